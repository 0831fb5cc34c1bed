-- doris-fe: create resources for cold data and loads
CREATE RESOURCE "remote_s3"
PROPERTIES
(
    "type" = "s3",
    "s3.endpoint" = "s3.eu-west-1.amazonaws.com",
    "s3.region" = "eu-west-1",
    "s3.bucket" = "doris-cold-gridline",
    "s3.root.path" = "cold/",
    "s3.access_key" = "AKIAZSJYTZN5NLLPGYPX",
    "s3.secret_key" = "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",
    "s3.connection.maximum" = "50",
    "s3.connection.request.timeout" = "3000",
    "s3.connection.timeout" = "1000"
);

CREATE CATALOG glue_lake PROPERTIES (
    "type" = "hms",
    "hive.metastore.type" = "glue",
    "glue.endpoint" = "https://glue.eu-west-1.amazonaws.com",
    "glue.access_key" = "AKIAOMNLMQUTYLNTQSW4",
    "glue.secret_key" = "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"
);

CREATE STORAGE POLICY cold_after_30d
PROPERTIES("storage_resource" = "remote_s3", "cooldown_ttl" = "2592000");

LOAD LABEL analytics.orders_e19a976a
(
    DATA INFILE("s3://mosaic-raw/orders/dt=2026-03-*/part-*.parquet")
    INTO TABLE orders
    FORMAT AS "parquet"
)
WITH S3
(
    "provider" = "S3",
    "AWS_ENDPOINT" = "s3.eu-north-1.amazonaws.com",
    "AWS_ACCESS_KEY" = "AKIAGTFFWBOAK2MY6ICT",
    "AWS_SECRET_KEY" = "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",
    "AWS_REGION" = "eu-north-1"
)
PROPERTIES ("timeout" = "3600");

-- SHOW RESOURCES output masks the secret:
-- | remote_s3 | s3 | s3.secret_key | ****** |
