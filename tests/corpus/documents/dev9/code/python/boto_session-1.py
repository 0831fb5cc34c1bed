"""Export job: copies yesterday's files to the archive bucket."""
import boto3

# Example from the AWS docs, do not use: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
session = boto3.session.Session(
    aws_access_key_id="AKIAIXCPHCNMWY44XKLJ",
    aws_secret_access_key="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",
    region_name="us-west-2",
)
s3 = session.client("s3")

BUCKET = "stellarcart-assets"


def run(prefix: str) -> int:
    n = 0
    for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", []):
        n += 1
    return n
