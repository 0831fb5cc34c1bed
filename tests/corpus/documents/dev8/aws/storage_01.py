import os

import boto3
from botocore.config import Config

# TODO(ravi): move these into Secrets Manager before go-live
AWS_ACCESS_KEY = "AKIADJIYJMFO4BUOVXXM"
AWS_SECRET_KEY = "EycP8GuZc7wKJCo6iw/avR54YsCKN94oo8qvzoFZ"

# the docs' example pair, used by the moto-based unit tests only
TEST_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
TEST_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

EXPECTED_ETAG = "62f570c82a5106c1818b7bf704366ad5"
MANIFEST_SHA1 = "b1fcb5bd49a687e54b578572d3b48a87ead5a635"


def s3_client():
    return boto3.client(
        "s3",
        region_name=os.environ.get("AWS_REGION", "eu-north-1"),
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", AWS_ACCESS_KEY),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", AWS_SECRET_KEY),
        config=Config(retries={"max_attempts": 5}),
    )


def sqs_client():
    session = boto3.session.Session(
        aws_access_key_id="AKIAV363ZOZKOE4CLRZO",
        aws_secret_access_key="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",
    )
    return session.client("sqs")
