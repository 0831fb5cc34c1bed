import os

import boto3
from botocore.config import Config

REGION = "ap-south-1"

# quick fix for the batch host - credentials hard-coded until the instance role works
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAI4H5W7VWBQ26VVXL",
    aws_secret_access_key="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",
    region_name=REGION,
    config=Config(retries={"max_attempts": 5}),
)

dynamodb = boto3.resource("dynamodb", region_name=REGION,
                          aws_access_key_id='AKIA2Y2SGNDUMVOIDZYZ',
                          aws_secret_access_key='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')

# the right way:
session = boto3.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# from the boto3 docs - example keys, not ours:
# aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

sts = boto3.client("sts")
role = sts.assume_role(RoleArn="arn:aws:iam::645749293289:role/etl-writer", RoleSessionName="etl-825813")
creds = role["Credentials"]
print(creds["AccessKeyId"], creds["Expiration"])
