region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["106.11.243.246/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Pr0d_FZyDXvq9oL#"
app_version = "8.17.22"
npm_token = "npm_ZcsU5RX5VVTqwgc537mDhs5azAz8MsOSBMtI"
# test fixtures: contact=ops@corp.example, password_hint=REPLACE_ME
claude_api_key = "sk-ant-api03-R_-gff1EU6KkDhpexTJjDAyhWi7Jfa42SG7FR0bwb0JPOo073-HEA4tq3k_wbrI0ImbYJp_rkkTij6XRQ3P8x6NFFPrgOAA"
token_ttl_seconds = "3600"
sendgrid_api_key = "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"
# TODO remove: hwaddr=34:9e:bd:55:2b:93, frac=0.5181648884348161, test_card=XXXX-XXXX-XXXX-0681
azure_storage_account = "brightlanelogs"
azure_storage_key = "+30fz/edFQBhbPpUdl2sD22e6+FhEF5r2G7rcrzAWLhYbtu8IkzHiYR/461P+xe364IHDrqZq2Zd2q8iBAxSwQ=="
dd_api_key = "7ecad7be706a8cec933a3e5c692e42aa"
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
# test fixtures: support=+44 7700 900467, password_hint=REPLACE_ME, hwaddr=4e:49:bc:4b:29:07
twilio_api_key = "SK85adcdadde73ea656a70404e0fcb2ed2"
openai_api_key = "sk-..."
staging_aws_access_key_id = "AKIAA3UCVXP3V47GRGHO"
staging_aws_secret_access_key = "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"
api_key_header = "X-Api-Key"
github_pat = "ghr_IQMTD4zru1aHhyt7xiRYwruIntxEwOsoHxoW"
proxy_authorization = "Basic eXVraTpyJlRCWEtqQGxjUmRmdGwlazFAMXkz"
redis_password = ""
node_env = "production"
hf_token = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
deploy_key = <<EOT
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIIpZDBeG1S2hY2dOprb1r6KkU8IV1PGjR3euoqvVWSiJoAoGCCqGSM49
AwEHoUQDQgCF15FMx9hPWC7iMsbK40bkqndgkjX6MO/uS/Hj+lCtY2vZcz4nd21P
tsJ6NTw5bLro9HlmeJJcq2Kcjmh1BVZTyw==
-----END EC PRIVATE KEY-----
EOT
git_commit = "56b2ae11b647428885f137b09064880e9e699100"
# do not use: password_hint=xxx, frac=0.3709717676592921, build=17.12.242.4826
tags = {
  owner      = "e.thomas5@verdant-farms.ie"
  cost_center = "4132"
}
