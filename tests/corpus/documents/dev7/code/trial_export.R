library(aws.s3)
library(DBI)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "AKIAGQ2K3GLGXX33IA5X",
  "AWS_SECRET_ACCESS_KEY" = "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",
  "AWS_DEFAULT_REGION" = "eu-west-1"
)

con <- dbConnect(RPostgres::Postgres(), host = "dwh.internal", dbname = "dwh",
                 user = "analyst", password = "ginger-copper-lagoon-35")
trials <- dbGetQuery(con, "SELECT * FROM trial_summary WHERE site_id = 17")
s3write_using(trials, FUN = write.csv, object = "exports/trial_summary.csv", bucket = "stats-r0a1ei")
# object etag "c3d4bb0f1c8a3b9a86a50c1d3559c415"
