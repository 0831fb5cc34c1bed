-- SingleStore pipelines for the fleet telemetry warehouse
-- applied with: singlestore -h svc-3f2a-ddl.aws-stockholm-1.svc.singlestore.com -u admin -p < pipelines.sql

CREATE DATABASE IF NOT EXISTS fleet;
USE fleet;

CREATE TABLE IF NOT EXISTS positions (
  vehicle_id VARCHAR(16) NOT NULL,
  ts DATETIME(6) NOT NULL,
  lat DOUBLE, lon DOUBLE, speed_kmh FLOAT,
  SHARD KEY (vehicle_id), SORT KEY (ts)
);

CREATE OR REPLACE PIPELINE positions_s3
AS LOAD DATA S3 'fleet-telemetry-raw/positions/'
CONFIG '{"region": "eu-north-1", "suffixes": ["json"]}'
CREDENTIALS '{"aws_access_key_id": "AKIAGEZ4V4O7PG5V7TUJ", "aws_secret_access_key": "QF25UrcJN/ZILlBREaA18gwEXqKnYvY6uwLFieKQ"}'
INTO TABLE positions
FORMAT JSON (vehicle_id <- vid, ts <- t, lat <- lat, lon <- lon, speed_kmh <- v);

CREATE OR REPLACE PIPELINE trips_s3
AS LOAD DATA S3 'fleet-telemetry-raw/trips/'
CONFIG '{"region": "eu-north-1"}'
CREDENTIALS '{"aws_access_key_id": "AKIAL2CV2RQL4DHC3ZED",
              "aws_secret_access_key": "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",
              "aws_session_token": ""}'
INTO TABLE trips FIELDS TERMINATED BY ',' IGNORE 1 LINES;

START PIPELINE positions_s3;
START PIPELINE trips_s3;
