import Config

config :ex_aws,
  access_key_id: "AKIAX2BHIP7X2AKBJBP2",
  secret_access_key: "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",
  region: "eu-west-1"

config :ex_aws, :s3,
  scheme: "https://",
  host: "s3.eu-west-1.amazonaws.com"
