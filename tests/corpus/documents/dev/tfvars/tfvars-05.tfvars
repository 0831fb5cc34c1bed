region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["174.205.214.208/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "kuGC6rppmE7MG1BOvLP"
jwt_private_key = <<EOT
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIKCvclWnSWWdDWq2yOn5jn+53iQxoiDpiSDIqxoz0dRsoyWRec0WoKTGiqQwVQ
4TghKczAwINdUMNbIFrRwVojAuIVmQYyBnhOce295Eq2Myu0+/1eqWjCx5aNfe7Q
QFRNbLNJgJbNfJkreSSeDYRMGNL/5Qp2Na/BY6Ijp/97X7802K/Wjq2GAf/sbhBH
Sz6c51G/m8MPX5BcYvHVpz0ZZNkGQ53EYt8Pph1VDO3uFZCSeM+sSW9brnVs/0/b
hOj1ToulDD0cZ5/kM+IswUnMWG1na72dw/vjUgJDoezCBpR5ykcsz2amQ1qLl47E
26l7shbA2U4xlEhl0qzLRVQqTtsD5SnVwyW4HDnTAdTDZxdC/RXxsNA3ase2Dm9e
nBoxixtEHoHLsCQhVmibli+YI0iR0vYRqxF4DfTCNG8uBiMHOl4qsQ01kipDiWe5
sEA5fR+GLBoboZBZj7A6xi5mDs/UkXcVNwmBQV6epX3us3zA4yDl/POy4NP6boHM
Ml3UDBYxZfNZawazGePqLnxnCPHpqiKUMW4LWKQddEBOZDDbG7NU+QrKwZ/KIYhK
EnnHwmlfHJH1rMFqTM5XeZV9u/SE3TxnDVVEp22e5c/8pGG369i0CrTUm5cBkOVL
J1lqslsBcF3+nf5u5ErSp1JwubM083tMA9Hniqw3PLHhErHJyER7izcZQYH/KVt6
1duMrkX6u/vyMAKALGpiLdLtL4Fr18Yqxg+IQO/ilDbFtwMaQgq7Z0l0zf3e3B7d
XoKGskfa9Xsvn7XfaqIXtyYyN6QZaC79qZ+OgZI2MVE0Ek9JtO7B5JZ0uz8fDD8v
iSNpm5kcOZRVKc1pZx3sT/Ju5BjgY7HAPTnuBIfDT+5efFMLUOGhSJYBPE+YS1BI
mE6brgsThTtW9RXwHIUdD/tZlSTfn1wsVFyw55HMwxptcipo8oklT2wXCAI1FV1/
7v8j/bUn0j+6wEQ2eDLzCZf/OPg72yfDCmMGDXsF0oDHT+DLrbkLjSrHVlk=
-----END ENCRYPTED PRIVATE KEY-----
EOT
shopify_access_token = "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"
slack_token = "xoxr-41492812297-sN0o0ymz2Y4O0g7N8a6T4Y2XkQUwFl"
claude_api_key = "sk-ant-api03-MyRMW6Z_XhoxXOnJrtG1bMgz5we4M4Fx4x1j3JoIIlFniSrQnFv6wooBuJqk-808b5Mtgh8bzU8HEvj4gQm4mWaptmvF9AA"
db_password = "changeme"
cache_key = "d84ecfb7728f9ec92850fa58e4caff0f822f176dd05de0f855bce8379b00cbdc"
runner_token = "gldt-PQrY4FqvqMj1OTkPBXAa"
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
dd_trace_id = "1144842560962103938"
github_token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
slack_webhook_url = "https://hooks.slack.com/services/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"
azure_storage_sas_connection_string = "BlobEndpoint=https://stgnordicgrid.blob.core.windows.net/;QueueEndpoint=https://stgnordicgrid.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=25VlNM1j6DNffTkfgXI94cgbk8XDoLgAOO4mr442R34%3D"
# old: card_mask=0000 0000 0000 0000, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, support=01632 960662
datadog_app_key = "1d47338945d6558e633138e2e494506c6b0a362a"
request_timeout_ms = "1500"
# sample values from the vendor docs: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, example_token=SG.xxxxx.yyyyy
password_hash = "$2b$12$9Dm/2y37wY1z9k01DbxhvgOvApaFazeucZdgcLCvzBK.qnsQW.yFp"
app_version = "10.3.42.11"
us_sendgrid_api_key = "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"
password_min_length = "12"
db_host = "10.21.120.18"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
dd_site = "datadoghq.eu"
old_aws_access_key_id = "AKIAVLDNN3AMVVVWLIFP"
# old: pk=pk_live_3PTpdwaFUTbph4uA5BjCBnVy, hwaddr=52:ca:79:62:6d:14, frac=0.1548444430939197
old_aws_secret_access_key = "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"
stripe_publishable_key = "pk_live_51UFcatrnBUWIIKOEcUHyM3joEjkiceGsHrUaw0tkc28ElNrYQlCVaTxbgGTpQUw2bgYpT5XLRaSZTlQltS1FtRpsoERhbk8EOv"
# old: driver_version=39.7.92.97, hwaddr=c6:be:bc:69:27:4a
tags = {
  owner      = "mikko-roberts@quartzsoft.fr"
  cost_center = "4546"
}
