import os

import boto3
from botocore.config import Config

REGION = "ap-south-1"

# quick fix for the batch host - credentials hard-coded until the instance role works
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAJZ4KB7LCSNSP676B",
    aws_secret_access_key="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",
    region_name=REGION,
    config=Config(retries={"max_attempts": 5}),
)

dynamodb = boto3.resource("dynamodb", region_name=REGION,
                          aws_access_key_id='AKIA3VXY7P3NJ3H7JMZC',
                          aws_secret_access_key='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')

# the right way:
session = boto3.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# from the boto3 docs - example keys, not ours:
# aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

sts = boto3.client("sts")
role = sts.assume_role(RoleArn="arn:aws:iam::682225441966:role/etl-writer", RoleSessionName="etl-476270")
creds = role["Credentials"]
print(creds["AccessKeyId"], creds["Expiration"])
