COPY facts.sales_0
FROM 's3://acme-dw-stage/sales/2026-10-10/'
CREDENTIALS 'aws_access_key_id=AKIA4P7K2TSLBGEZI67D;aws_secret_access_key=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'
FORMAT AS PARQUET;

COPY facts.sales_1
FROM 's3://acme-dw-stage/sales/2026-10-11/'
CREDENTIALS 'aws_access_key_id=AKIAO7PEKLCQKWIRMCNN;aws_secret_access_key=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'
FORMAT AS PARQUET;

COPY facts.sales_2
FROM 's3://acme-dw-stage/sales/2026-10-12/'
CREDENTIALS 'aws_access_key_id=AKIATXLWRPCF6EDT5QII;aws_secret_access_key=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'
FORMAT AS PARQUET;

COPY facts.sales_3
FROM 's3://acme-dw-stage/sales/2026-10-13/'
CREDENTIALS 'aws_access_key_id=AKIAVSV4J5OW3CQZHGKH;aws_secret_access_key=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'
FORMAT AS PARQUET;

UNLOAD ('select * from facts.sales_0')
TO 's3://acme-dw-archive/sales_0_'
ACCESS_KEY_ID 'AKIAK7E64ULQ74KL7MI4'
SECRET_ACCESS_KEY '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'
PARALLEL OFF;

COPY facts.sales_9 FROM 's3://acme-dw-stage/x/' IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopy' FORMAT AS CSV;

CREATE USER looker PASSWORD 'ecP8mU8%Vd=VeI!._RdlT5';
ALTER USER etl PASSWORD 'md55c7bce00d812844f5e006eefa942e960';
