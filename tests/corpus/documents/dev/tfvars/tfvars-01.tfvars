region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["75.204.213.1/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Cp6gcZYHiiA2Hv43"
git_auth_token = "ghp_v8qtmd4VGvjrGMDFRE6VcF0XtIFKZ2IXF12R"
# format: support=+44 7700 900204, contact=marco.korhonen@example.org
port = "9000"
price_cap_eur = "1068.58"
nexus_auth_header = "Basic Y2ktYm90OlByMGRfS1k3T0g1VnRRcyE="
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
openai_api_key = "sk-..."
uv_publish_token = "pypi-AgEIcHlwaS5vcmcAiUIARIhXNJCiH_AOQl8xxg3v5kso7Lo82UIzBg4cZL05n0c4EZkk--GlccAVLi5pZzTwok-lUcZk-xPHnUX3UyroRLCMdPms9rNpd3cLLGOnYPFPJRPf9HClFxlgk8ot_vqfxKcOXdQ1bcMmJFaoYie7zZxCxQKIWgXWYcxT4SAd_YD2P47V6bRKzDzHLdBWs6vOAI5tcCfl0669CL6oxIYVDD3zWJws45aYdZE_x4"
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
db_password = "changeme"
azure_storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=meridianinvoices;AccountKey=9E6OW4kyJFtN1vCWHl5Ublpr4l+U83+WTG4ZQUEpql4j0zrKG0qcV+N8M8hsBGtwi4tP7+4HlPRGcQTFo7L3AQ==;EndpointSuffix=core.windows.net"
dd_app_key = "1a2ec9a4d43c6c465cf046afd2f9a6e11b008ac8"
anthropic_admin_key = "sk-ant-api03-zK4m1LijimG8RGeSdCGs8PmTBHUJWjTQ7zT9CFOHK-TATOwjfe9wMfXbi6BsRbaij-LoMj8zCM7VqrJ7mcV_ciKgzvYMDAA"
jwt_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACCKRP+jkgUjOyDp2VFxXpRByMfqBk3oMQ95n7NP2djiIwAAAJD6mdeSA5fR
Nr3WU79ZSB67BoxeKrNelqWPLw94e4s2PxuM04p3bVpHva8i8yGdI2104gukiYT06pBu/T
25Ld9hcDWOeVEVBnpRuZDJeuxfeErbqtS3JR1yp4sGGZYcdWfkQud5bmCfmI6EEk+VaEvR
e05ZjXTfdj8BZxEbQ27V5vYeVchrChOCX3ujNALa/aY=
-----END OPENSSH PRIVATE KEY-----
EOT
feature_checkout_v2 = "true"
# old: password_hint=REPLACE_ME, span=a5a04bffc980, test_card=XXXX-XXXX-XXXX-2851
app_version = "10.7.30.163"
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
mailgun_api_key = "key-bf0c5a45e236625ca5342653fd1a81d8"
stripe_restricted_key = "sk_live_oEhdjaHBWDicVM6rdedTNo94"
legacy_openai_api_key = "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"
# TODO remove: password_hint=<redacted>, created=2026-06-09, chunk=VaD18gUb/dvIAIzaSyNVVvlei3rCx1juAnwk99GB0ONUfwomOOi8S7wIeie4lqMUW5z
tags = {
  owner      = "y.hansen4@kestrel-analytics.de"
  cost_center = "7465"
}
