region          = "eu-central-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["52.77.190.100/32", "10.0.0.0/8"]

db_master_password = "esTakqgQ-xjYb4Z"
blob_sas_url = "https://2boih4l34m.blob.core.windows.net/logs?sv=2023-01-03&sp=racwdl&se=2027-03-01T00:00:00Z&sr=c&sig=HbsY3Cq1RAqHEAv%2FKjbzhU25eHSc9jaKBWba7ehEAiQ%3D"
npm_auth_token = "npm_aD7wVTneJTLL0Z81du1H6RqVLJbv3jGMJ5ZX"
admin_password = "{{ db_password }}"
aws_access_key_id = "AKIAI44QH8DHBEXAMPLE"
gl_token = "gloas-727f713fa5eff79f2fa2ec40cbdf0635bb0abca12a12ccc338ea0b44ad206b75"
slack_user_token = "xoxb-82339731709-852355423256-lt9xeOcFqgG26Kreur0Wxq73"
twilio_account_sid = "W003R1IJ7M"
stripe_secret_key = "0000000000000000"
iam_user_id = "AIDA72GASHCUXYNBRG33I"
test_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
huggingfacehub_api_token = "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"
aws_access_key_id = "AKIACEDPF6SNZRVMW7RK"
alert_webhook = "http://hooks.slack.com/services/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"
secret = ""

tags = {
  owner       = "platform"
  cost_center = "CC-67365"
  ticket      = "OPS-1870"
}

ssh_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
K2mSluRn7m+D4iblILpypfr/leCBt41SZjUwYx13CWELEMbQk0v8t/50cXLrPdOXRlJR9x
CiiCixYoBho7Afk9CBWUWpUK0wgZWtZR9WlI4P7oNQIAOAJ88JIhX1K8vR3QwIS6i8ZKw4
/Cd1V75rCef3N0orWCTrzW9tXT4vogseUDt1zFL98xKofcuGJwK0TJllFPPYr8DN0IMzOg
6tCX3EJ6T5nF2HSkftJkjiSEfboyH3nAUy3v7u2WjUDR/hhoM1IsxiCYj+BAs0hD5M2myH
DnYQWK6ZyQn32FKNsg+n9WeSG5NZhE0XpjvcWKnXNDIXqXre2Zbk5WHhF9jSqqVcoNnq16
mqqnKoJL8fK4E4F1dpYZgB3Xve1Zeq0UgxGWoOP95s20fTlQ
-----END OPENSSH PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIrwyomdOYKuFRfF9/D+ZwBkb4AIj2iFS3BdSWUCrB7th vuwepx@build-01"
