#!/bin/bash
# Hourly clickstream load from S3 into Vertica (vdb01). Called by Airflow's BashOperator.
set -euo pipefail
HOUR=${1:-$(date -u -d '1 hour ago' +%Y/%m/%d/%H)}

vsql -h vdb01.analys.lan -d analytics -U dbadmin -w 7B1ufwjEWxdsWfKEin -v ON_ERROR_STOP=1 <<SQL
ALTER SESSION SET AWSRegion='eu-north-1';
ALTER SESSION SET AWSAuth='AKIAZVE5DZMGIJDXH6MS:9vgXaUJdxE7tG+oGJaMMcq7YWOiEQS0ZL29iqLhr';
COPY raw.clickstream FROM 's3://webbutiken-clickstream/$HOUR/*.parquet' PARQUET
  REJECTED DATA AS TABLE raw.clickstream_rejects;
SELECT COUNT(*) FROM raw.clickstream WHERE load_hour = '$HOUR';
SQL

# one-off 2026-01-19: reset the analyst account after the lockout
#   ALTER USER analyst IDENTIFIED BY 'pXh3mtb=6O=_+iIv' REPLACE 'lingon.karlek.saffron9';
