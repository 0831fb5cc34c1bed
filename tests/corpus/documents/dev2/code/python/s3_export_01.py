import boto3
from sqlalchemy import create_engine

# Example from the docs -- do not use:
#   boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
#                aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAWSWWKRKRXPUYTNVP",
    aws_secret_access_key="21dAVtl0tx0jdnrGXyqZ/tJaRzDtAJCsL28r4LYC",
)

engine = create_engine("postgresql+psycopg2://sonar:p9GMA0c%217jkGwT%5E@db.example.com:5432/orders", pool_pre_ping=True)


def export(day):
    with engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id, total FROM orders WHERE day = %(day)s", {"day": day}).fetchall()
    body = "\n".join(f"{r.id},{r.total}" for r in rows)
    s3.put_object(Bucket="exports-example", Key=f"orders/{day}.csv", Body=body.encode())
