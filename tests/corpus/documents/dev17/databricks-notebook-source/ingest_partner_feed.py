# Databricks notebook source
# MAGIC %md
# MAGIC ## Partner feed ingest
# MAGIC Reads the nightly partner drop from their S3 bucket (cross-account, static keys - see INC-2290).

# COMMAND ----------

ACCESS_KEY = "AKIAORJ7HCBYLUBNQZJI"
SECRET_KEY = "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"
spark.conf.set("fs.s3a.bucket.partner-drop-eu.access.key", ACCESS_KEY)
spark.conf.set("fs.s3a.bucket.partner-drop-eu.secret.key", SECRET_KEY)

# COMMAND ----------

# better: secrets scope
# ACCESS_KEY = dbutils.secrets.get(scope="partner", key="aws-access-key")
df = spark.read.option("header", True).csv("s3a://partner-drop-eu/feed/2026/11/*.csv")
display(df.limit(10))

# COMMAND ----------

jdbc_url = "jdbc:sqlserver://erp-db.kvarnbackens.se:1433;database=erp;user=dbx_reader;password=Q1laGBTB29pD;encrypt=true"
orders = spark.read.jdbc(jdbc_url, "dbo.Orders")

# COMMAND ----------

# MAGIC %sh
# MAGIC AWS_ACCESS_KEY_ID=AKIAWQUJRHOHSODKWUIY AWS_SECRET_ACCESS_KEY=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 aws s3 ls s3://partner-drop-eu/feed/ --recursive | tail -5
