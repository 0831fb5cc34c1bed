import boto3
from botocore.config import Config

# NOTE: hardcoded for the migration window only - remove after cut-over
session = boto3.session.Session(
    aws_access_key_id="AKIAYD3375I6LWZKBGQG",
    aws_secret_access_key="JDJXAq8YxwO4gRvGzdaagnfZP5RI+6Dlu3gpwZKw",
    region_name="eu-central-1",
)
s3 = session.client("s3", config=Config(retries={"max_attempts": 5}))

# docs example, never valid:
# boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
ROLE = "arn:aws:iam::955728487084:role/AROASZPKPKNNPKD62C5U"

def upload(path, key):
    s3.upload_file(path, "walnut-mu0ngb", key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
