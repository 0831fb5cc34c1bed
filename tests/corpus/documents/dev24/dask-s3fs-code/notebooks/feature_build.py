import dask.dataframe as dd
import s3fs

fs = s3fs.S3FileSystem(key="AKIAYZ4UG3YSYICK47ZT", secret="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", client_kwargs={"region_name": "eu-west-1"})
events = dd.read_parquet("s3://ml-features-prod/events/", storage_options={"key": "AKIAYZ4UG3YSYICK47ZT", "secret": "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"})
features = events.groupby("user_id").agg({"amount": "sum", "session_id": "count"})
features.to_parquet("s3://ml-features-prod/aggregates/", storage_options={"anon": False, "profile": "ml"})
# run id 001f1e95-bedf-4941-9eb3-9ba0d4c150aa
