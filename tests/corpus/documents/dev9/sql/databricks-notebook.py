# Databricks notebook source
# MAGIC %md ## Mount the raw bucket

# COMMAND ----------
ACCESS_KEY = "AKIA2LUZHUQJKHKB2UQS"
SECRET_KEY = "aIPW0C9a+UmYLUDgky8sWgSEshj5OO5LJ1xVvbbg"
ENCODED_SECRET_KEY = SECRET_KEY.replace("/", "%2F")
dbutils.fs.mount(f"s3a://{ACCESS_KEY}:{ENCODED_SECRET_KEY}@stellarcart-assets", "/mnt/raw")

# COMMAND ----------
display(dbutils.fs.ls("/mnt/raw"))
