-- DuckDB
CREATE SECRET s3_prod (
    TYPE S3,
    KEY_ID 'AKIAIQEZKAEXAXDVMFWU',
    SECRET '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',
    REGION 'ap-northeast-1'
);
SELECT count(*) FROM read_parquet('s3://lumenpay-statements/events/*.parquet');

-- ClickHouse
INSERT INTO events_archive
SELECT * FROM s3('https://stellarcart-assets.s3.ap-northeast-1.amazonaws.com/archive/*.csv.gz', 'AKIAAI7RWQQGC4VT7OC3', 'I+3f+8ReoSEXuW0IWO6ds6JJBB8dDWDkP1GN8u+Z', 'CSVWithNames');

-- Redshift UNLOAD
UNLOAD ('select * from finance.ledger where day = current_date - 1')
TO 's3://lumenpay-statements/unload/ledger_'
ACCESS_KEY_ID 'AKIAYUHAYFQUYHVN3W7H' SECRET_ACCESS_KEY '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'
PARQUET;
