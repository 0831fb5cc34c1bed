CREATE EXTENSION IF NOT EXISTS aws_s3 CASCADE;
SELECT aws_s3.table_import_from_s3(
  'events_2026_09', '', '(format csv, header true)',
  aws_commons.create_s3_uri('lake-export', 'events_2026_09.csv', 'eu-north-1'),
  aws_commons.create_aws_credentials('AKIAQEOAL6UX6F6G3VZS', 'NWYqSxKYvzBwUY66RiCtVl+pUwFgT6702tItHGUf', '')
);
SELECT aws_s3.table_import_from_s3(
  'events_2026_10', '', '(format csv, header true)',
  aws_commons.create_s3_uri('lake-export', 'events_2026_10.csv', 'eu-north-1'),
  aws_commons.create_aws_credentials('AKIAFNHEW2WDKSUJBFZN', 'WTdOtayYskadYtLfY5w1wQhn09m5dRAzaOh5Vpxo', '')
);
SELECT aws_s3.table_import_from_s3(
  'events_2026_11', '', '(format csv, header true)',
  aws_commons.create_s3_uri('lake-export', 'events_2026_11.csv', 'eu-north-1'),
  aws_commons.create_aws_credentials('AKIAVRPVB5YCTIMEWUE2', '9KiDgxIoZ9u2SfZYFkEY5bDsL125GtYJSd2m5aax', '')
);
SELECT aws_s3.table_import_from_s3(
  'events_2026_12', '', '(format csv, header true)',
  aws_commons.create_s3_uri('lake-export', 'events_2026_12.csv', 'eu-north-1'),
  aws_commons.create_aws_credentials('AKIALJMSFZVCQF73BLPQ', 'BaZ4PPGfdtBtawPHFAIuXuL+kgDItS995KZlb0GB', '')
);
SELECT aws_s3.table_import_from_s3(
  'clicks', '', '(format csv, header true)',
  aws_commons.create_s3_uri('lake-export', 'clicks.csv', 'eu-north-1'),
  aws_commons.create_aws_credentials('AKIAA5MFYGKMMLPY45QV', 'oV56eaIgmlK3aCPvJrHUY0kW9QKKIkCknYadCkL9', '')
);
SELECT aws_s3.table_import_from_s3(
  'sessions', '', '(format csv, header true)',
  aws_commons.create_s3_uri('lake-export', 'sessions.csv', 'eu-north-1'),
  aws_commons.create_aws_credentials('AKIAEDFNPVE52WT36YJN', 'AUjgEFbKKH5qUsXFOZEBbQqcm8pcVaQE8d/R/bz5', '')
);
-- preferred: IAM role attached to the cluster, no credentials in SQL
