import std/[os, osproc]

const
  awsKeyId = "AKIAE7F73M6HHKCY5VQO"
  awsSecret = "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"

putEnv("AWS_ACCESS_KEY_ID", awsKeyId)
putEnv("AWS_SECRET_ACCESS_KEY", awsSecret)
discard execCmd("aws s3 sync ./public s3://kvh-static --delete")
