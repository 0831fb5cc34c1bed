object DailyRollup {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder.appName("daily-rollup").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.s3a.access.key", "AKIADSJZJZAFWK7S3VJG")
    hc.set("fs.s3a.secret.key", "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")
    hc.set("fs.s3a.endpoint", "s3.eu-north-1.amazonaws.com")
    spark.read.parquet("s3a://helix-datalake-raw/events/").groupBy("day").count().show()
  }
}
