region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.large"
allowed_cidrs   = ["137.106.12.212/32", "10.0.0.0/8"]

db_master_password = "nvhYkV2F.atdwKE"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
mailgun_api_key = "key-dc0e5238c90de456a55dd6aedff56f34"
uv_publish_token = "pypi-AgEIcHlwaS5vcmcCJRitnu_U6Q1qHgbLoMWf35Q5WPL-Bq0e0DTMAytIx2cHW9YrdZjLhqrBYj2KYinr2ZAxdhz-twYK9Pyi92O-S-cc9zQgGuv7FigYQHXkkNtsEdyT5ZXCITxioLoTOEc0D"
service_jwt = "eyJhbGciOiJFUzI1NiIsImtpZCI6IldMZjdfWS1ILV82RjBfRDF5WHdldlQiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiI1MzIxMDQ3MjQwMjg3Nzk4MjAiLCJhdWQiOiJhcGk6Ly9kZWZhdWx0IiwiaWF0IjoxNzg4NzQ4MzIwLCJleHAiOjE3ODg3NDkyMjAsInNjb3BlIjoicmVhZDpvcmRlcnMgd3JpdGU6b3JkZXJzIn0.HXhOMhDalrOZBQTS7BTsiOPK7Zhqg6S09yMx4qFAGrpWdUsoz1IrGeVEjYtNyepyvG2pZUuZfGzWTIEkDbdbsw"
stripe_publishable_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
build_sha = "d107ff3954815c9ad6deba8e3c1f8eedc9b3f66b"
sample_id_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
ssl_key = "/etc/ssl/private/server.key"
gh_token = "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"
shopify_admin_api_token = "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"
claude_api_key = "sk-ant-admin01-8ZzNaad5Pj-7Ma1O48PT2wpS0ISHTG9hQKJvFgUAv0msoVNaNZ9DFDQZvdeV8GNgyNWCNQ5NVedwvw5u_w7SIYelb7BGsAA"
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"

tags = {
  owner       = "platform"
  cost_center = "CC-53190"
  ticket      = "OPS-6235"
}
