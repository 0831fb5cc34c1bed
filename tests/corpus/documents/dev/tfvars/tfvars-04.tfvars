region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["160.198.21.244/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "hc=%~H+eS3X8m%Q+e^r!ZHg@7"
slack_user_token = "xoxp-982014940169-843504275885-1585890881910-630b0ff3aa2c4d030dbe7d2621d0466e"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
asset_sig = "Tk+sfVvyd99ePUmVKeafAIzaSy4EA0PsHz6cvzOQo0AbptRAqEsMAqLu540IVda0uRMg/QMcOx5FQq5GsXF4ZWNum"
aws_user_id = "AIDARLOC4PNLEPY4VCSS7"
s3_bucket = "acme-prod-assets"
postgres_password = "<redacted>"
build_id = "53e95b75-34d3-4716-8fab-b9637692f179"
# TODO remove: hwaddr=e9:df:4d:f7:74:2a, clause=252.227-7013
tls_key = <<EOT
-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDeC2LqNvQm6TxW
f1qGZxzZzyMHbcnKR+jzkVNSnD0hhIWDmI+DlN3bnPE7Pm6AdwyY8xSY0nLNdibr
jyNaRCDJO7lT7Cb2hzuutTPL7bD54Z0MG3frEHlTqKAt6kbzqcNFz/K9xxOEvbId
IHcBIpJiRTyMOxC12Px9FwdlAsz8GF5/oyfKiy9Kt1g3GhF0JfUCkVQXm1LAJSvS
PP6ogkPzYmYCmoXVPzWwy77PSvpZD1aElvCRdxrYkcm1IZVtnovr8zyvvBrBRMDj
xfSgrW27Slt4XuuGELpjyhHC7ZBeB5cSm4yvBSyDSllnBnvTr00VU9B9i6+pMyba
N9BUHKh/i0uu4ioYbjtu/TVT+R6cpwD06otVW2gNvxGKlOUV0d/fF0xkhZmj/kSa
orIpvW1y3XX/ggto3ADnqsEbEGnacXcbi/uKUJQS+I6QBiwkooqMwN0r5Qh8Dn9O
I9qVLXaqLVx279vwzgCmTCiYAfu8K5NSwtXKYTHjiH3UOC19TVOJIM6ZvyOJYh5R
GONDsqs+pwB7IcKavF02dXHVGU38G2ugE1qCoWEEVrFIh5VzoOQfpzEad3bXuceu
21a4su2Y24DWVmEx21zDynqCdCNVWqbtPF+S02bbXLaBd1fhZi244FeWj27gq9db
k/OaRzEAJWIhDLG21Vt+rVLFg9RP9Zx0c58+lCDl9aDULlLJGSVE2EW3Rl/7U5rS
ObRpwf5KBH6Y2oWwf7EY+8CQJMj8r4UeZXA0O5vdyr1Uqmsb4G8cWzn13rMXdbEC
QbYHYRkadL+PwqOFYULHqYCoVXh9mZ5RozyZNCmqzLNieBfHjtaRLIZGMvITuHv0
wfE2a+jotrd66CSn6wIe13ql0S8DLhxrZ11XcKrypwq2/geSU7LPp9u4Cituzoxa
CtfpMPJaEZe1TvPT8fppPQNRnzrTPRYLgjjM8a3arICFVYu3JNGB/yMvXoM2mHgr
jXnPFjGMm/I8UiSBuqnkb9YVS16LWxestxAQdDu0FHjKLl2RLXq9bW4CTQqUrpyF
K62cFFOxB/qKB8onRyqOiWhSQfgNf/TKzuqZlqga7jcmLw4iK4bwc/Z06ZjwZNLS
cm3RgU0N5CtqLlmNAf2s1uEKUyInpRE7DiyYBwoDshckO+GmS0hmV5O6LeF3v3kx
kKHOOuqeHN6mVIu3rnDSWdbLLpq0qJw0fPR2p3DSKIbNPiueiRDDkLD+OjIJk7F9
aP0RDcfkvyaAPAEDqFlPuwCMFUe1YR2h2tm/hJihnNRSOFWTYWSY+bmp9KfdU5or
NS9oZx4XD9/9GAEthweMGoa+MRgwAmZb5UysJednOcwoIvrtG6zfXlNXdML2Pm/C
m9mDICxw9ICdd0fddTAbIFWmgL/60uL4cZyJldzgMeg9uaiEoZUcl5+nNaFxG2MH
pDTnzzOzbAqdHm0E/s6wic7YqFzFiU0K9S8y2r49xZXJROgz3uZSriU7osX4185u
l1LyK6jOWGKZyvMu/7x9ujDmpq6zS7nnB+vFh/fDiI9pRkPFp6U+/lQuPvqCAWLO
i54wyPOR/74=
-----END PRIVATE KEY-----
EOT
llm_api_key = "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"
azure_storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=brightlanelogs;AccountKey=U9RETKBrFm4KOyWoBfPMEYlaOceT49WB/KJNMcIweVbG3DNEFSyM9iNYA0oQBrjG7pPmtGawc8sYDdtn3N5Gyw==;EndpointSuffix=core.windows.net"
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
# TODO remove: card_mask=#### #### #### ####, clause=52.204-21
stripe_restricted_key = "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"
# format: ports=5432,22,443,80, driver_version=54.1.57.135, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
node_auth_token = "npm_zplJfsIQw5ThKL7n2cY5EZdONaAvgrao4dY1"
alertmanager_slack_url = "https://hooks.slack.com/triggers/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"
gitlab_trigger_token = "glrt-t1_MyOf_pjLwigK4yY3I6pbEsrjLzi.ew0c1jbwh"
# do not use: test_card=XXXX-XXXX-XXXX-3117, oid=1.3.6.1.4.1.5486.16.8.0
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
api_key = "REPLACE_ME"
db_password = "changeme"
github_token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
anthropic_admin_key = "sk-ant-api03-ND_zAgQpolxV8a5ZdgGLY66Bum1aiLabtsIn0p_6gPp5-dvUvt8UD1KsyDZRvRKJA6kq9Lgf2GpiefcegobLn0d3AT-ECAA"
dd_application_key = "cacbf8016c028200b60afe7e59cb955faa2cfc16"
# TODO remove: example_token=SG.xxxxx.yyyyy, span=d33b1d3c459c
db_name = "orders"
dr_github_token = "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"
tags = {
  owner      = "lucas-garcia@halcyonhealth.co.uk"
  cost_center = "2014"
}
