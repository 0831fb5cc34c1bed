# analysis/load_data.R
library(aws.s3)
library(DBI)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "AKIAYDQRRW2A26P2BLAB",
  "AWS_SECRET_ACCESS_KEY" = "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",
  "AWS_DEFAULT_REGION" = "eu-west-1"
)

con <- dbConnect(RPostgres::Postgres(), host = "10.4.0.7", dbname = "survey",
                 user = "analyst", password = "Velvet+7585")
# password = rstudioapi::askForPassword("DB password")
census_api_key <- "d8089e3d8092d996d4b4320db7f3a8b94ba8a8655f02d2a4"
raw <- s3read_using(read.csv, object = "s3://survey-raw/2025/wave3.csv")
