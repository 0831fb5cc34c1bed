import sys
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext
from awsglue.context import GlueContext

args = getResolvedOptions(sys.argv, ["JOB_NAME"])
sc = SparkContext()
hconf = sc._jsc.hadoopConfiguration()
# partner bucket lives in their account; keys issued 2026-09 (rotate quarterly)
hconf.set("fs.s3a.access.key", "AKIALLZ7KHRSRXYZY7HN")
hconf.set("fs.s3a.secret.key", "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")
hconf.set("fs.s3a.endpoint", "s3.eu-north-1.amazonaws.com")
glue = GlueContext(sc)
df = glue.create_dynamic_frame.from_options("s3", {"paths": ["s3a://partner-drop/kund/"]}, "csv")
# masked column: personnummer -> YYYYMMDD-XXXX before writing
