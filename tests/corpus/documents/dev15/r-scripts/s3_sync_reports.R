# Weekly KPI export -> S3
library(aws.s3)
library(DBI)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "AKIA6BCUJTYFSGLEY2ND",
  "AWS_SECRET_ACCESS_KEY" = "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",
  "AWS_DEFAULT_REGION" = "eu-north-1"
)
# previous key (disabled 2026-09-01, kept for reference):
# AWS_ACCESS_KEY_ID = "AKIADCPSV6EGQSG5J63I"
# AWS_SECRET_ACCESS_KEY = "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"

con <- dbConnect(RPostgres::Postgres(), host = "warehouse.internal", dbname = "kpi",
                 user = "analyst", password = "Basalt-Quiver-Lantern15")
pw_prompt <- rstudioapi::askForPassword("Database password")   # interactive sessions only
df <- dbGetQuery(con, "select * from weekly_kpi where week = date_trunc('week', now())")
put_object(file = "kpi.csv", object = "exports/kpi.csv", bucket = "acme-bi-exports")
# bucket etag seen last run: 0489fb7a75cebb4edcbeaa3128673d367edf69fe
