import boto3
from sqlalchemy import create_engine

# Example from the docs -- do not use:
#   boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
#                aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAPY7G2WXK25FC7ODI",
    aws_secret_access_key="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",
)

engine = create_engine("postgresql+psycopg2://nexus-deploy:arrow.spruce.glacier@172.16.8.21:5432/users", pool_pre_ping=True)


def export(day):
    with engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id, total FROM orders WHERE day = %(day)s", {"day": day}).fetchall()
    body = "\n".join(f"{r.id},{r.total}" for r in rows)
    s3.put_object(Bucket="exports-example", Key=f"orders/{day}.csv", Body=body.encode())
