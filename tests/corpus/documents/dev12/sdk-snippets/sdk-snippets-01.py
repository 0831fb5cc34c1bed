import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIASELH3EDBOSOPUAGR",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)
# prod reads them from the environment instead:
# boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.getenv("AWS_SECRET_ACCESS_KEY"))


import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA2TBFSJZ2BGTNQXEA",
    aws_secret_access_key="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",
    region_name="us-west-2",
)
# prod reads them from the environment instead:
# boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.getenv("AWS_SECRET_ACCESS_KEY"))


import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAH7USACAUC3IQ56LK",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)
# prod reads them from the environment instead:
# boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.getenv("AWS_SECRET_ACCESS_KEY"))
