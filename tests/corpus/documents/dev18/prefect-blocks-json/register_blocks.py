"""Registers the blocks our flows load by name. Run once per workspace.

$ prefect block inspect aws-credentials/prod-etl
┏━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┓
┃ Block Type              ┃ AWS Credentials      ┃
┃ Block id                ┃ 0ec9385f-71d4-458b-8244-af54e4d738f5 ┃
┣━━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━┫
┃ aws_access_key_id       ┃ AKIATTKHBU5M3R2FI4NL ┃
┃ aws_secret_access_key   ┃ ********             ┃
┃ region_name             ┃ eu-west-1            ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━┛
"""
from prefect_aws import AwsCredentials, S3Bucket
from prefect_sqlalchemy import SqlAlchemyConnector, ConnectionComponents, SyncDriver
from prefect.blocks.notifications import SlackWebhook

creds = AwsCredentials(
    aws_access_key_id="AKIATTKHBU5M3R2FI4NL",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)
creds.save("prod-etl", overwrite=True)

AwsCredentials(
    aws_access_key_id="AKIASOM3Q4ECLUXZY4D5",
    aws_secret_access_key="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",
    region_name="eu-north-1",
).save("archive-writer", overwrite=True)

S3Bucket(bucket_name="etl-landing-prod", credentials=creds).save("landing", overwrite=True)

SqlAlchemyConnector(
    connection_info=ConnectionComponents(
        driver=SyncDriver.POSTGRESQL_PSYCOPG2,
        username="etl",
        password="Juventus1978%u",
        host="dwh.arkdal.cloud",
        port=5432,
        database="dwh",
    )
).save("dwh", overwrite=True)

SlackWebhook(url="https://hooks.slack.com/services/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").save("etl-alerts", overwrite=True)
