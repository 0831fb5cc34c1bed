-- load_partner_orders.sql -- run from the scheduler with
--   mysql -h starrocks-fe.polqua-energi.tech -P 9030 -u loader -p"$SR_PASSWORD" < load_partner_orders.sql

LOAD LABEL partner.orders_20250311_4826
(
    DATA INFILE("s3://partner-drops-1yob3/orders/dt=2025-03-10/*.parquet")
    INTO TABLE orders
    FORMAT AS "parquet"
)
WITH BROKER
(
    "aws.s3.use_instance_profile" = "false",
    "aws.s3.access_key" = "AKIA6EJA7DKLBGSHP4SE",
    "aws.s3.secret_key" = "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",
    "aws.s3.region" = "eu-west-1"
)
PROPERTIES
(
    "timeout" = "3600"
);

CREATE EXTERNAL CATALOG lake_hive
PROPERTIES
(
    "type" = "hive",
    "hive.metastore.uris" = "thrift://hms.polqua-energi.tech:9083",
    "aws.s3.use_instance_profile" = "false",
    "aws.s3.access_key" = "AKIAHPDEHVKCPQ4357LD",
    "aws.s3.secret_key" = "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",
    "aws.s3.region" = "eu-west-1"
);

-- instance profile variant (what the docs recommend)
-- "aws.s3.use_instance_profile" = "true",
-- "aws.s3.iam_role_arn" = "arn:aws:iam::429720776230:role/starrocks-s3"

INSERT INTO FILES(
    "path" = "s3://bi-exports-bsvwd/daily/",
    "format" = "parquet",
    "aws.s3.access_key" = "AKIAZZOUXJYHM3VTSNKZ",
    "aws.s3.secret_key" = "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",
    "aws.s3.region" = "eu-west-1"
)
SELECT * FROM partner.orders WHERE dt = '2025-03-10';

CREATE USER IF NOT EXISTS 'bi_reader'@'%' IDENTIFIED BY '0_gbUV.JWbQix4Op';
CREATE USER IF NOT EXISTS 'loader'@'%' IDENTIFIED BY 'FMdj9161gcAQfACW1';
GRANT SELECT ON ALL TABLES IN DATABASE partner TO USER 'bi_reader'@'%';
SHOW LOAD WHERE LABEL LIKE 'orders_20250311%';
