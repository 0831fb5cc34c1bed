import polars as pl

# Read-only key of the "sales-export" IAM user (arn:aws:iam::444039804185:user/sales-export)
STORAGE = {
    "aws_access_key_id": "AKIARIUALF3M2OG6H42H",
    "aws_secret_access_key": "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",
    "aws_region": "eu-north-1",
}

df = pl.scan_parquet("s3://kassadata-export/sales/2026/01/*.parquet", storage_options=STORAGE)
summary = df.group_by("store_id").agg(pl.col("amount").sum()).collect()

# documentation example, not ours:
# storage_options={"aws_access_key_id": "AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
summary.write_csv("/tmp/sales_by_store.csv")
