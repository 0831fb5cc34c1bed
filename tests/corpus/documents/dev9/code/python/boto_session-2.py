"""Export job: copies yesterday's files to the archive bucket."""
import boto3

# Example from the AWS docs, do not use: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
s3 = boto3.client('s3', aws_access_key_id='AKIAQSNSXKJRABMHQHLA', aws_secret_access_key='6GeiXkvrRasgNohNgVYOH6+F02riVPGEKCJ9xNSp')
sqs = boto3.resource('sqs', region_name='us-east-1')

BUCKET = "stellarcart-assets"


def run(prefix: str) -> int:
    n = 0
    for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", []):
        n += 1
    return n
