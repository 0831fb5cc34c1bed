region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["86.171.239.108/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "dbpefos8Oxspz*8"
# e.g. password_hint=<redacted>, example_token=glpat-XXXXXXXXXXXXXXXXXXXX, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
shopify_app_secret = "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"
db_password = "changeme"
stripe_key = "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"
node_env = "production"
twilio_account_sid = "AC00279b22e7fb95f0534e6b8dd939fb2e"
id_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguaGFsY3lvbmhlYWx0aC5jby51ay8iLCJzdWIiOiIzOTg0MjIzOTgiLCJhdWQiOiJhcGkiLCJpYXQiOjE3ODIxODI5NzgsImV4cCI6MTc4MjI2OTM3OCwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCIsImp0aSI6Ijg1YTE4OWEzODRkNjc4NDQifQ.Xeij7H5n4iF23VjB3sJAEta0p6MB_iUvQB60DG8RnPA"
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# format: oid=1.3.6.1.4.1.2225.18.4.4, password_hint={{ .Values.db.password }}
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
tls_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACA332GbV9U16Y/sDRa8O0RKKS97jrwMIHXKY7bGmoWDeAAAAJDka1AZvlD8
51IAZ1i386nbaQfIdHe1idmUn7VvkPsP1gadtgJm+SNrgYoeen0AlzLIzQtoQZLS99wMPa
56mphNWbdsQnSMY0XNLVCvL+q2xkf/N+x6Hjr9pBSe2EUuG9hwf0Vz6EMZ/dDCpZbJJ7xU
xqQzow7p/cE5vJEcr55pnmzvkyukA3ImggM7DTTmBXs=
-----END OPENSSH PRIVATE KEY-----
EOT
aws_access_key_id = "AKIAO3T4PO4WTBDYSH7T"
aws_secret_access_key = "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"
# TODO remove: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, password_hint={{ .Values.db.password }}
mailgun_api_key = "key-a61da49d4244e2da6e97d0ed4570903e"
# format: test_card=XXXX-XXXX-XXXX-9884, support=+1 415 555 0107
port = "8443"
twilio_api_key_sid = "SK6004910207f752b5d548f63ac888c300"
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
npm_token = "npm_Oq7TozVxfr9mxVh32BSNnaRrD0ncgGgO2FV2"
# sample values from the vendor docs: chunk=/IU/fqpGSKnMAIzaSysjW11e4V0ygzpcAxI7R6TgoNdZVAbIM1E8++M74aE1vgYq08Q, oid=1.3.6.1.4.1.6635.10.1.5
gitlab_private_token = "glrt-bwHw2Fg2cF2zUkwnHAX1"
# test fixtures: build=24.19.221.792, frac=0.1455442130901173, chunk=fITP49hMCYvgAIzaSyiM1ZpBLoqUKI9vSYLdx421hJqfYT62et1U1vUgYKlxK7mnloE
anthropic_api_key = "sk-ant-api03-puxDKc38q1IHEUrKouOUn8eoeNGR-PdrO42oakKa86JJr8a4AlWOc0HuiNQOgz1Q5Tv9BD-BKEd7u636Gl1w5vSA855NqAA"
aws_user_id = "AIDAQ64FSILRXYWDYSJKR"
demo_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
tags = {
  owner      = "liam1964@bluepeak-energy.com"
  cost_center = "2565"
}
