-- run with: duckdb lake.duckdb < attach_lake.sql
INSTALL httpfs; LOAD httpfs;

CREATE OR REPLACE PERSISTENT SECRET lake_0 (
    TYPE S3,
    KEY_ID 'AKIAFOIHZ6CNIRUD54NE',
    SECRET 'QXGDTeagASN5muTdy6r9fckupZOZWFjsdOFgURRb',
    REGION 'eu-west-1',
    SCOPE 's3://acme-lake-0'
);
CREATE OR REPLACE PERSISTENT SECRET lake_1 (
    TYPE S3,
    KEY_ID 'AKIAZAICHQTXEAEXIRXV',
    SECRET 'uqEDw6yglX/M2/VP6I0TVwg1jlV/zV0Mdt2Na5yq',
    REGION 'eu-north-1',
    SCOPE 's3://acme-lake-1'
);
CREATE OR REPLACE PERSISTENT SECRET lake_2 (
    TYPE S3,
    KEY_ID 'AKIANHRQQSAY7JKW3CW5',
    SECRET '1fXRG2GYFevVnFJMRqYkc/j4uBpByziJTe5A44ne',
    REGION 'eu-west-1',
    SCOPE 's3://acme-lake-2'
);
CREATE OR REPLACE PERSISTENT SECRET lake_3 (
    TYPE S3,
    KEY_ID 'AKIATUKVZQL44OUGUDZA',
    SECRET 'cTAhofWextBU33VP7yuTSAHfYz+R9bT9tBEI9k3C',
    REGION 'eu-central-1',
    SCOPE 's3://acme-lake-3'
);
CREATE SECRET docs_example (TYPE S3, KEY_ID 'AKIAIOSFODNN7EXAMPLE', SECRET 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', REGION 'us-east-1');
CREATE SECRET from_chain (TYPE S3, PROVIDER credential_chain);
ATTACH 'postgres:host=pg.internal dbname=ops user=duck password=crOVngzbtVzEPjqc' AS ops (TYPE POSTGRES, READ_ONLY);
SELECT count(*), md5(string_agg(id::varchar, ',')) FROM read_parquet('s3://acme-lake-0/events/*.parquet');
