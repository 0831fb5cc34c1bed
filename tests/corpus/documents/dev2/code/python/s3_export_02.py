import boto3
from sqlalchemy import create_engine

# Example from the docs -- do not use:
#   boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
#                aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIA26KTZAA3AAMAXJDE",
    aws_secret_access_key="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",
)

engine = create_engine("postgresql+psycopg2://billing_rw:vB%2C~n-%5ENGh%257wel%2B8615%25DO4@203.0.113.9:5432/app_prod", pool_pre_ping=True)


def export(day):
    with engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id, total FROM orders WHERE day = %(day)s", {"day": day}).fetchall()
    body = "\n".join(f"{r.id},{r.total}" for r in rows)
    s3.put_object(Bucket="exports-example", Key=f"orders/{day}.csv", Body=body.encode())
