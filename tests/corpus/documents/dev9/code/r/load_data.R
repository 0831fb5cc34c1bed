library(aws.s3)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "AKIA7OYCL72MVEHZBJRX",
  "AWS_SECRET_ACCESS_KEY" = "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",
  "AWS_DEFAULT_REGION" = "us-east-1"
)

sales <- s3read_using(FUN = read.csv, object = "exports/sales_2024.csv", bucket = "arcticbyte-logs")
summary(sales)
