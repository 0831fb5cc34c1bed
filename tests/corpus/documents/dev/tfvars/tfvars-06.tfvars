region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["22.101.5.109/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "/cHwy=qlYW%/=cMq"
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
price_cap_eur = "1184.25"
nexus_auth_header = "Basic cGF5bWVudHM6cGRjTmpqYVVZQ2tVNlBFNXM2RQ=="
smtp_password = "{{ .Values.smtp.password }}"
db_password = "changeme"
stripe_test_key = "sk_test_51Di4g2fCzET3ETayIsbB77ryu7J5dI5NoVLaKgfto57lh2QLR55hOoe7D8UaDazyg3klomRpAWkQCdpSCW55S08uNrCAZt6ICT"
# old: support=0491 570 923, hwaddr=5a:42:37:30:ff:b6
smtp_port = "587"
email_provider_key = "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"
token_ttl_seconds = "3600"
# TODO remove: chunk=GSFjv/gUKFtNAIzaSyjHsNVJOh9aBxYntvjqThXY6o8vPGfgnxaR9frzB48IvAu1fHT, test_card=3530111333300000, ports=22,443,9200,6379
anthropic_admin_key = "sk-ant-api03-izB7gAmcyTjSAlqSePhojhaH8Ts_FbIn0tBubVh2-Hf20qrnbYOcao9VLSt4yeczki37m62jaUolaUPmZFzzkwIp-iguvAA"
github_token = "ghu_VG4f11Bmaqe5jABow9xnChmdulfmuuZdgN8P"
# TODO remove: chunk=iNeXXEpNqdxGAIzaSyPhcmQfUbqLN5v6qAIg0axkoBY29d62fJpwXIIZUFC/UnXix8w, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, at=16:09:10
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
npm_publish_token = "npm_XN9YKyARuS9CvmJajTve2CrLSDEw7PQxUO0q"
api_key_header = "X-Api-Key"
mailgun_api_key = "key-513a7e4ede7c625123927f811fbd4a6e"
deploy_key = <<EOT
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2025

lQfGbpPYjHuvbV2u+XrT+tIS/gr6JtW9CpJ/+RIwt2gWC5v4FzVIxsuMAM0wOdNu
UQPOhXUGRVw7xCMR4JbTF54XjX17HJl3d9KvEVzX/KWlI07GONjHq93qc4z84j8q
EvfJFoap23IxUFr5xImKdToCrjgXIcU9tn0iQ2+6xBBKogJs3BPuyFgCamVhnV+G
HI01l3Ub32Y+jHkK5mn5VUwzj/UQWPEn+sfJwNJpHKkYRDL0NsrdUMJaaWG1X3F0
ji5jDyG2vRE2FSiCn4mEQ6357OxS+WXRWB7dLSPDe5JF5/kQnQuyWWJwNlDwA5F7
X4veRAKLukiBlOgLxZ+pjd+3azcD9qq8WCVT7CmVDqclBKfUwpfX0ZQ/vLrJb9sP
upbZF4o6HwWBw3uIitceY7+ZfgrEUiQWNZJSXhK7zCTY+bNMC2m9RO4o7yp219BK
cg3v5iYrzyzRK5i+0s3OleEOl9FcADcadjhLg//SnejrnpQ1tX5wL3ipYq/pbN91
vER+ghuw8bYXfjcAfsJ8p3hOFS1wOoRgtedPzzUixjPXS++x9c5LLi3VqoGBONTv
oMbX9GF+bLkUKdgX+tsNxn/adguwOJtPR1MgmkAoSuc+qMrMCDDK5sYZWhUdyr/p
DdV/FtPXq4tytpFdcAboSuoU5VS3owbGpluvzG+fyeWozc4pY/es4s84eI8tDCdj
PKT7iG2ssIlkVcd6WK/Hm4ZOVbxEVK2j4EkNi9CQPGw2etvzjWL/tz//u8eOz/mF
NM0IDtxR/fKRRxon4uFaX960JDrRB/YeQWxukmUIN0YT4vyEJxuhOZ0KPBIfrHP2
5YbrmdzqIiAJ2gY+kw3GPFfWilEuPfXWR6Z8/U1NY6ubwGcrXr7fx6fFHP5ORXzn
tYBPAcfBAieKAkaERKUS9Z/HfWyTRKbLm9CXLJQ1EEqs8Vx7BYCeQzMq8lJd+fwC
TfGEK9DHZrMyYIWjzX9f3a/oP4Y/YB8U7yaGgAeZupltqpkZGwJwvoUJwRQA+omW
TdFHO1BY/dG3KFba47AbQW8s/tyh9Jq9/J1UFr9ZTxLWj72vtZ6iOeZyiIVkIAIh
GfLRNmw/nA==
=6T+U
-----END PGP PRIVATE KEY BLOCK-----
EOT
build_sha = "6b006dba7394ef604770d9d5f50991e8785ecee4"
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# do not use: created=2021-02-08, frac=0.3694937039356883
api_key = "<your-api-key-here>"
stripe_restricted_key = "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"
tags = {
  owner      = "a.novak4@helio-cloud.fi"
  cost_center = "8518"
}
