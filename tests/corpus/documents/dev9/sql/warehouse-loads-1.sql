-- Snowflake: external stage for the raw events
CREATE OR REPLACE STAGE raw.events_stage
  URL = 's3://lumenpay-statements/events/'
  CREDENTIALS = (AWS_KEY_ID = 'AKIA6WCEACYXEERYVAAE' AWS_SECRET_KEY = 'xVIZRqcy/msxx+Gv3qwYt0DlZEFWB0jeolutJtmY')
  FILE_FORMAT = (TYPE = PARQUET);

-- Redshift: nightly load
COPY analytics.orders
FROM 's3://nordhamn-backups/orders/2025-03-04/'
CREDENTIALS 'aws_access_key_id=AKIAREEJIGAAYM76NBLV;aws_secret_access_key=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'
FORMAT AS PARQUET;
