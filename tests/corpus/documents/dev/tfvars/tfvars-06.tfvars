region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["134.39.16.39/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "socket-orbit-puzzle-lemon25"
hf_token = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
dd_api_key = "4080660c77cf40601711025d5997fc14"
anthropic_api_key = "sk-ant-admin01-FApaJr8Nvp7x8bNx8tSIhS9DQHdYsHt2SlKAvAk1mrO2FXUwnDMMB_TksPulll1MI-tsbahji8K1gQ3EUCDLN6uWzqKHpAA"
pypi_api_token = "pypi-AgEIcHlwaS5vcmcAiUIARIhz1uMM3NO3-sFxRjDkG6IfqGPnw3NPkQaj_R5OEcMTJuJxTeYeA3CA7ZbPprWrhF5FCkH6ycJq7_xFig-4CUnazbg-dT7fk43K0_wraXSwCRgmnJMwiNAUUBMlj4BCEEpcnqk4Tdkd9A03iZIGugcScZobcF_gxVk"
mailgun_key = "key-c6fc72cd89b6ad5891684806b8c3aabc"
# old: span=2de1f094872b, legacy_ref=078-05-1120
openai_api_key = "sk-..."
# TODO remove: hwaddr=de:d5:22:14:0c:68, support=+44 1632 960663
database_url = "postgresql://app:${DB_PASSWORD}@db:5432/app"
github_pat = "gho_ZrCXH33vyaywkdXAuTmMJzJS2m6ReJ9v8Idf"
saml_sp_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA6vLba0+lLtAAKR8N8EuoTlsVAAN8gNDVBMYucsPME9bGvV09
FV2ZGcoOG9nO58FSVI+c/6lRB1ZIjkWLXoeGW8dTs6g6u1zFYnBRNe7ogw7m00uo
3DcksDJk0j/GB4RJyu3zV2WsR1wEL0NLeWwko+s7P4rdkwGPJqkkJPLo1BJAOndN
meFsXJRry32vOIOEPZjTY4IdaSbGBff8UVj8VZCFX0TFIYNoYPeRB9oFiWZxZyTY
4o15BNoUvgJ+tzB1lcbti9YdqBXKHvlbSjeTJ6/wdkGFfeWnnYsqxur7Mq2/1eSP
dY+RjGhPGsD91LkR1bANyEjXJMydNN/p23rvxqaRosyqSAeo1LmjiwLKTFn9i1CH
Qlg3Ammmc3P9M0pCnzj3/rXPO+yLFqpQwwe4pwABbag/qb3/OT9Hc1rCBYBQylSG
y9/Hubvb3PTuI+/IcNXTkWZOctSqOhykwmyNl9U7BTMpCH+qmXIfVDhKfJ+i/rsV
0BaLr2dlKb4D3wjnf169RGy5vez2ymhCu7+OUxttvj/leBnTdAaE2vrici7Lv2Ja
LsXNmdBHxuguwPDZ9/7bruWqOh3AeYTrj+QwEQHHOYPJLXyWvzqlbZHPdPQ1oeTk
WTsEl66Ku2s0aBwjYb1XSztTTS53UaB0NjigUE2zKc2LozNxREYohNRbH/+jbYvZ
AX/x5BSL37fzTQLlvAPnEvocwOTFoM8Rdj46ZfxfGH493X69CuTL2otqwBQMKqOr
14Hrc9LPonbcsyCSb6MBymXETmTshGW2zQ/n7Tno3FEV9N6gjVHFzdWVbu1xAacD
7OVohKjvugh03q4mA6YbHk1E0Hx7Q5lwFlETD1xbhLpm+s7L4lDu+KnLxcH8I7zG
IwskK+xzyDCi2GNgNIbeaXAHA8TuX6X65eAIDzOZgkFg0+7l04k2Qre2yyCc6sFY
ENnwou+wF9/q/l+7Jmyb+exQzWRjeexir4hTrdjUT+ZFpAINxxDXGpSOUABUJEtc
z6Ea3DyhU5M4Qt3P6jgWriK5ZbbEfaxZwV+CHZIX6rQxdhDHpTUizYQurq9S/6mc
hrKfPI6nrL6tjL10G7w6fLsWoF0nYXAwHDUUFvx9j1fZ2u6kZl8RN79mAQILOqAX
LGlU66/SbggAqMpOHysHrVHlkiZnuXjwBdW9zxycAwlupfTKog9oWDuAK+tRU80e
U1+a65D9TzRwa3ZS5istUZHzUJIKQ91wYLVSTt/LKV+entZ0T4KFfoEVLcLhROPP
cvf/49Etf6yOucOh8hkaSeko2gYTStgir2wGk7kCkvLrOdS98FoT/7xCy/hFVA8q
t5YBp4EDH3qYoWzhp8X+Ziq67wpEu93+5ZZDAWFJyUTFBJJjeQWTgdRCq7tCDDae
EhKQT+UO4EZde/jZ5QEkjLMMU3KvRrTc0ulPZaztdlIz9vOE5HfjxoLLRi3/fWS7
GTNO9RzLNxYgk421dbo2A4EuTmX1xhXQLUtmAnUROUfdOSVgculaiCrjNjvpCCp+
roUHy5kNsv/TeTyj+I4+n2z84OAWtSZ23m77E8r0MnNBvm86U+2TPg==
-----END RSA PRIVATE KEY-----
EOT
api_key = "<your-api-key-here>"
price_cap_eur = "1590.51"
sendgrid_api_key = "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"
notify_webhook = "https://hooks.slack.com/workflows/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"
dd_site = "datadoghq.eu"
build_id = "711d80a4-557c-4af2-9411-cc4965f8189f"
# format: created=2024-10-10, ports=80,9200,443,8080, build=19.2.86.6295
port = "8080"
tags = {
  owner      = "maximilian_okafor42@pinecrest.edu"
  cost_center = "9882"
}
