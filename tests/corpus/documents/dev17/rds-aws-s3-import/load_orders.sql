-- one-off import of the legacy order archive into RDS PostgreSQL (aws_s3 extension)
CREATE EXTENSION IF NOT EXISTS aws_s3 CASCADE;

SELECT aws_s3.table_import_from_s3(
   'legacy.orders',
   'id,customer_id,total,created_at',
   '(format csv, header true)',
   aws_commons.create_s3_uri('legacy-order-archive', 'export/orders_2019_2023.csv', 'eu-north-1'),
   aws_commons.create_aws_credentials('AKIAIELYZQTVORCZ7FAE', 'hSM9Np75Ca8H70KZXN+D+qv8nEl1uct1/BTw2ggz', '')
);

SELECT aws_s3.query_export_to_s3(
   'SELECT * FROM legacy.orders WHERE created_at < ''2020-01-01''',
   aws_commons.create_s3_uri('legacy-order-archive', 'export/pre2020.csv', 'eu-north-1'),
   options := 'format csv',
   credentials := aws_commons.create_aws_credentials('AKIA57IOCJQJGOUCFHVH', 'eA9YjI8B0r9O8JmgxtfhE66AK8yejzSgE/k46jL/', '')
);
-- docs example: aws_commons.create_aws_credentials('sample_access_key', 'sample_secret_key', '')
