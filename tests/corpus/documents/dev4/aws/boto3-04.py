import os

import boto3
from botocore.config import Config

REGION = "eu-west-1"

# quick fix for the batch host - credentials hard-coded until the instance role works
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQRJQRCGHKYTLAYCJ",
    aws_secret_access_key="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",
    region_name=REGION,
    config=Config(retries={"max_attempts": 5}),
)

dynamodb = boto3.resource("dynamodb", region_name=REGION,
                          aws_access_key_id='AKIAYQSDCMVXXYQKD42H',
                          aws_secret_access_key='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')

# the right way:
session = boto3.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# from the boto3 docs - example keys, not ours:
# aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

sts = boto3.client("sts")
role = sts.assume_role(RoleArn="arn:aws:iam::670057497447:role/etl-writer", RoleSessionName="etl-458442")
creds = role["Credentials"]
print(creds["AccessKeyId"], creds["Expiration"])
