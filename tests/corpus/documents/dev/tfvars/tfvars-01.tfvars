region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["13.154.20.113/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "TFP^#TeXeUoI-M5&SM"
hugging_face_hub_token = "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"
# old: card_mask=0000 0000 0000 0000, span=f3a17dc68f5c
npm_token = "npm_IlEbtb4RtTpHCKtImsPhMcnVSDiwAqu5fWbl"
# sample values from the vendor docs: card_mask=###-##-####, contact=user@example.net
saml_sp_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDhnjBcIgaCaCMg0RcPffD9NpZSQ4UdX8KSo9Nu0+K+pAAAAJCB5z7BFvGO
4Ovcwpm6MPVpa7Pfx6MXRVTtBH8acZF1ghDVvMozNUMVC0qkSrodmTVGi/7aL0t/hREW78
SQFPfqd6JkZyYPOiE2EnkIRw24El+4GLVOjCRALROvOBTs6kKhCyQtGdrRDv3OFvbC89/2
vhdxYV3k7ywsjYh2CTh9HNgsVYEEo/EvhPiMZDsOo4Y=
-----END OPENSSH PRIVATE KEY-----
EOT
auth_header = "Bearer 992362ca-3913-d813-2b80-db07d0c7a3f4.m1GsloFzEroxU2nbrjKY"
password_reset_url = "https://accounts.brightlane.io/reset"
admin_password = "********"
# sample values from the vendor docs: test_card=9792484280326267, clause=252.227-7013
ports = "80,443,8080,8443,9090"
app_version = "18.34.5"
cache_key = "5a85714a28c617f2abf0e672e9c3f1eb62eb3a182cdc628c73124d7bf954dd86"
pypi_api_token = "pypi-AgEIcHlwaS5vcmcAiUIARIhG6mc8k2dXF3M7TiJrlpP2zRkTMy4cFStvmymhmKvKm-_Gb7CkGDbIOfzIyRXFfZ15y81UvC1t1GNXLpKdhep2fuh7O13JXT9dBo19qlf5vHzfJ7_IfigKOrFSgHPutf2CmExVLO_C6a_xqITIq4QIcPGxD8xh-2tAblCQareJwlkvX1ZFay7ZT1yAGQFbqx6CMYlJqKX"
slack_app_token = "xapp-1-A02WRJJRJQB-2234858517313-8584fe4371a8ca480d36874a68e27bdde8d4462fdda1ae083afd30931abc6083"
mailgun_key = "key-668c12e6fa3877b51312172f96c8a6bf"
feature_checkout_v2 = "false"
db_password = "changeme"
datadog_api_key = "4bc43dcfcbd822a54ef9d81cdc810f33"
# TODO remove: hash=-5610503346770707952, created=2021-06-21
aws_access_key_id = "AKIAQQ3GCXBKTE7HJNHG"
aws_secret_access_key = "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"
tags = {
  owner      = "anna.wilson@riverstone-legal.com"
  cost_center = "6533"
}
