"""Nightly export of order lines to the analytics bucket."""
import os
import polars as pl
import pyarrow.fs as pafs

# Documentation values kept for the unit test of the credential loader:
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

STORAGE = {
    "aws_access_key_id": "AKIA3NMRTUTIF2YAZC5E",
    "aws_secret_access_key": "LU4MS65np4qsJ9BHlkht6KhgYE0K90d5QJAwz9eT",
    "aws_region": "eu-north-1",
}

def load_orders(day: str) -> pl.LazyFrame:
    return pl.scan_parquet(f"s3://mosaic-raw/orders/dt={day}/*.parquet", storage_options=STORAGE)

def archive_fs() -> pafs.S3FileSystem:
    # temporary STS creds from `aws sts assume-role` pasted by ops on call
    return pafs.S3FileSystem(
        access_key="ASIA3RCOWUSHPKEOZNLE",
        secret_key="wCSqQvuvcxyxTH7vEeOqCMalpsZljwycAg4z6nID",
        session_token="IQoJb3JpZ2luX2Vj4O+dXOQhIZnsHBNF0nBm0xJB5Ozpe69XCW/c5MVy+ZeqnQBjR3ng3jEW8oGYKxQdXqH5a7LbVf7xDAZnVwJNWfZk/eJ0qxWh7+pGpFo+P1Qzet+wt2TT8aKCwPDGB5EfSNzQR4NBPtVZAh0c8Oep71See/AK+0zKR/OwX2EzHlgMVlDsS5swGEYTgV3vfbMIKfn2uvMn6nNLoZ5JADPH0xPX3cykbBSTiZ7apr3KB5mg3KmvE/y85KWxCbsyhLfoaRZW7jU0TW4UvRu7VRjrvFXDfHO/k1aMb+nUtYDp09YuvJ/Ma+usDXH7TiGFe4+NbxlgyIYA18eZ8+3nAK97k+e+3Ugyd2V4r1QXtcSLsu26APTSOhfMeRwCefvPjC3CtlGkCq+R3eRKd+S0Hkwp9hsxJgwM7DjlrDKF",
        region="eu-north-1",
    )

def from_env() -> dict:
    return {"aws_access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
            "aws_secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"]}

if __name__ == "__main__":
    lf = load_orders(os.environ.get("DAY", "2026-03-01"))
    lf.group_by("store_id").agg(pl.col("amount").sum()).sink_parquet("s3://mosaic-analytics/daily/agg.parquet")
