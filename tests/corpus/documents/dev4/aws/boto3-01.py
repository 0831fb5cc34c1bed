import os

import boto3
from botocore.config import Config

REGION = "us-east-1"

# quick fix for the batch host - credentials hard-coded until the instance role works
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIADCZ3I5NMORDBDKYF",
    aws_secret_access_key="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",
    region_name=REGION,
    config=Config(retries={"max_attempts": 5}),
)

dynamodb = boto3.resource("dynamodb", region_name=REGION,
                          aws_access_key_id='AKIAJ4VS7PTQ4JPB6XP3',
                          aws_secret_access_key='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')

# the right way:
session = boto3.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# from the boto3 docs - example keys, not ours:
# aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

sts = boto3.client("sts")
role = sts.assume_role(RoleArn="arn:aws:iam::178421615780:role/etl-writer", RoleSessionName="etl-021884")
creds = role["Credentials"]
print(creds["AccessKeyId"], creds["Expiration"])
