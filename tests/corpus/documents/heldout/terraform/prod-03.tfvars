region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["165.17.58.249/32", "10.0.0.0/8"]

db_master_password = "3lpOjUfDIVmU38j"
accesskeyid = "ASIA5A4U6242F3ACMXE4"
password_reset_enabled = "1"
stripe_test_secret_key = "pk_test_pmxdiTJjjXIgbLvAYLCI8HRs"
api_key_rotation = "true"
storage_account_key = "xgOWKTNAOYvg0aXP8futcdk/e1V5YsXJUNmtpMbFtjXgc6sBgiEgg6tp8YAvWFiUGq6Rnz5DD1KGgxTctsVesA=="
role_id = "AROAB7CCWVZKBQVZAJUWG"
test_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
slack_webhook = "https://hooks.slack.com/services/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"
npm_token = "npm_i0DQ12009VxIjCYJLRJPF9UXXxDNwE53ERZO"
datadog_api_key = "526787fe59d5c1759c18029181f409f3c11e4e27"
password_reset_enabled = "true"

tags = {
  owner       = "platform"
  cost_center = "CC-41633"
  ticket      = "OPS-3595"
}
