INSERT INTO events_local
SELECT *
FROM s3('https://acme-events-0.s3.us-west-2.amazonaws.com/2026/10/*.parquet', 'AKIARJV6A3KT5RUVOP3K', 'yZQukB+rwJAcwjaIVOj9I+UXQbOoxXPb+ZwQWlF2', 'Parquet')
SETTINGS max_threads = 16;

INSERT INTO events_local
SELECT *
FROM s3('https://acme-events-1.s3.us-west-2.amazonaws.com/2026/10/*.parquet', 'AKIARLVB3Y3EFD4JMKHK', 'DvrA/a6yQq32dTmTazl7a8X66LRR2U5HRtzdf1CV', 'Parquet')
SETTINGS max_threads = 16;

INSERT INTO events_local
SELECT *
FROM s3('https://acme-events-2.s3.us-east-1.amazonaws.com/2026/10/*.parquet', 'AKIAI4Q74A43HIJHUABW', 'JLV/Odcz3XYFME7rgqOTMdU+RCUiyapcIj5JVg7f', 'Parquet')
SETTINGS max_threads = 16;

INSERT INTO events_local
SELECT *
FROM s3('https://acme-events-3.s3.eu-west-1.amazonaws.com/2026/10/*.parquet', 'AKIATVACI5FGCJITKV6M', 'ykxlhSuEy/IgYSwzFDXymLX/kYFKOdF2vdsc4lG8', 'Parquet')
SETTINGS max_threads = 16;

-- same with a named collection (preferred)
SELECT count() FROM s3(lake_conf, filename = '2026/10/*.parquet');

CREATE USER etl_loader IDENTIFIED WITH sha256_password BY 'RGyqce.jn5A=u-L^gRfE!#QA1';
CREATE USER bi_reader IDENTIFIED WITH sha256_hash BY '969f7bd00b872a4d803d7636727ed103a03e10a89f6f63b5c966f4f69f0aa0cb';
