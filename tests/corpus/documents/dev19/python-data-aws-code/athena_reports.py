# athena_reports.py -- weekly KPI extracts (run from the BI jump host)
import awswrangler as wr
import boto3

session = boto3.Session(
    aws_access_key_id="AKIANMT744OEASP2CECR",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)

partner_session = boto3.Session(aws_access_key_id='AKIAI4PHIHCJ6COPZEZW',
                                aws_secret_access_key='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',
                                region_name='us-east-1')

sql = """
SELECT store_id, date_trunc('week', sold_at) AS week, sum(amount) AS revenue
FROM sales.order_lines
WHERE sold_at >= date_add('week', -8, current_date)
GROUP BY 1, 2
"""

df = wr.athena.read_sql_query(sql, database="sales", boto3_session=session, ctas_approach=False)
wr.s3.to_parquet(df, path="s3://partner-dropbox-mosaic/kpi/", dataset=True, mode="overwrite",
                 boto3_session=partner_session)
# NB: the IAM user AIDAV7E1ZI9X0YYXZZCB2 owns both keys; rotate in Q3.
