import datetime
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="AKIAG3262EXROMVQU2UI",
    aws_secret_access_key="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",
)

def ladda_upp(fil: str) -> None:
    nyckel = f"rapporter/{datetime.date.today():%Y/%m}/{fil}"
    s3.upload_file(fil, "ekonomi-rapporter-prod", nyckel, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    # ETag of last month's file: 29da385b551c7cf1033ee69ec278d0c7

if __name__ == "__main__":
    ladda_upp("utfall.xlsx")
