#!/usr/bin/env python3
"""Nightly export of the finance reports to S3.

Example credentials from the AWS docs, for local testing only:
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""
import datetime
import hashlib
import boto3

# FIXME: temporary until the instance profile is fixed (OPS-4744)
session = boto3.Session(
    aws_access_key_id="AKIAZPLJEVZF7R67UQID",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)
s3 = session.client("s3")


def upload(path: str) -> str:
    key = f"finance/{datetime.date.today():%Y/%m/%d}/{path.rsplit('/', 1)[-1]}"
    with open(path, "rb") as fh:
        body = fh.read()
    s3.put_object(Bucket="reports-hnsqyf", Key=key, Body=body,
                  ContentMD5=None, Metadata={"sha256": hashlib.sha256(body).hexdigest()})
    return key


if __name__ == "__main__":
    # last good run uploaded finance/2024/06/10/ledger.csv  etag "0eec15b38cb3773f05603581df7d3dd3"
    print(upload("/var/exports/ledger.csv"))
