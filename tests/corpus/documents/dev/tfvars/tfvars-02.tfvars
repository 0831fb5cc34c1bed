region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["72.79.4.43/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Pepper-86Harbor"
# do not use: oid=1.3.6.1.4.1.4982.16.4.1, chunk=D4HVB8FUy8zVAIzaSylQQVK0tgwlEdnFOJ5Uwwx1WxYQLoLOfPyy0NxyPT61SyEv3YB, legacy_ref=000-83-5578
db_name = "orders"
# test fixtures: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, legacy_ref=986-39-5940, pk=pk_live_q3BSovZZdaDyFAuuE6NeWDXf
password_reset_url = "https://accounts.brightlane.io/reset"
# e.g. clause=252.227-7013, ports=22,8080,22,9090
stripe_publishable_key = "pk_live_51oeuriFryPrvITkkEU4ANPatshbJK7DkCEthzrojY2NLO4IdIvBELRTcwwOyri422ktWTQ7AfjWQfiEmpdE8XIVf6OwRLtkkAS"
shopify_app_secret = "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"
slack_refresh_token = "xoxe.xoxb-1-OEVYfrpdPxepWuKs0sYxD7fBQgH67Iv4rNZoQX0RL5nGmVlK9frfxFurOwqcWBGMcntXUH3MvBzHLNdcF6D486vwyJVRWPI6orO3XISzrpOmSp46UK2eY3bVvtwy9WsVElICLMkdlM7rLnz5VSohE7kiDGozVfGN9H3a"
hf_token = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
kafka_brokers = "kafka-0:9092,kafka-1:9092,kafka-2:9092"
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
api_key = "<your-api-key-here>"
node_env = "production"
anthropic_api_key = "sk-ant-api03-..."
db_password = "${DB_PASSWORD}"
gemini_api_key = "AIzaSyFQeioutZW5rx8defEZQGEnDpz7rJRC9JF"
auth_header = "Basic amVua2luczpBZG0xbl9JaE9aV1RjSkdJIQ=="
datadog_app_key = "9c4e8cbd2b8aa02cc9bccfdd48ec7207ad6da4ee"
# format: driver_version=28.8.173.231, contact=chloe.vandijk@example.org, principal=AGPAYYQ4M4Z6EGNO4N6AF
gitlab_token = "glpat-SrLSOZ_pgWota6h-uL1L"
app_version = "10.1.20.96"
poetry_pypi_token_pypi = "pypi-AgEIcHlwaS5vcmcAiUIARIhuh4ySHx2DCkWbXgK210cJdZfFRKvH1cxuL5tGxVsJ0H5s7Gz-zvtwnFdL891ECU0bo1xYF8PeP7ldug8URAFuUlKWQB9N0bpCCTiSQ428ACN8aBwHuSZ2xfP9JdBDBW2XzNYvNqnT1tSQAdY9BtzsxpS6MqPqcgJarFRktwUFJ7xm5qzK_uCFqLpuTKYoAaO5y1L0S_svfYzWff3D9pRUg5ZwgbW_EOAl2c"
npm_publish_token = "npm_m0u1cgHSImokV4aaRfY7x4O0IeIMpdnvnf6P"
git_auth_token = "ghu_ZOijU7FyPNUxZozNempIkVNjaMrbxhnXV1BA"
stripe_test_key = "sk_test_51TdbOdGsKCRnR0k4zTlSm2vR7MTHDOiWJKS2UzYK5dPIw0MOQNsXf4xupLjR8nwbSQTOBlL9WcCjRhJTY8gIRdDCye3PllI9gH"
dd_site = "datadoghq.eu"
aws_user_id = "AIDAK7DWSFMCXVYH2IPXA"
ssh_private_key = <<EOT
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIKCkegPOu2rayRnNWkDXLborjDni0PhWRvFr0U0cmgqn+cdjxkIfsYkXpgqc1L
m52X7cLXPHghDwk8rl8AtcCXjgVVYwNyayLP391igSrnJiFVCWPZB4FI6fD96RCT
qD6rq5+oxUxYh/rKJuGNFyR3g6IURhJVQQ/Hyh3U4u791k5pSd8Vap73nqor61pe
5Zv2/m2F0ZCMtS+tdV5WMkY05R29Mmrp9MbG2T+0dgMG/OAaTfl796qlUCnUnnqz
yFOAkDRrn0SScfBZ7mV4tfp3fsrICLfAniNucNitWO4Z1SdVNVLQck6Rsn+iOgMo
ERkDQdYKny6nXjj71mVHmATQ3LGdi5a+Re7KbjaDPb0bcMuBjzMPJriQfubgv22P
ijHuOyYyvr1/JS07vafbCZaCAlJpgPQIfYX58J/LcXq35FcrGJIMFTB2Md8QvsKg
j0m5i5mzB9Lff5/d+yoLeeqKcsyeNlDFQHMTAXPvTKDKr1I9d/bfxWlNrjfWA28p
zTd6a+wjT81IrOXAHea+oh7FoG40ckfvlst7TDFfqkzRxqPubcmHgr2fFK4/PzN/
V2jEg9XeHLGVkHUiuKgSc6MQGdjET8tcEYOLVQ5KgO6BHSndGVwOe8h5qnTZSrmz
eYEW/eXm4QBKLXUbvAsmqZBL6eXq2oauVDP1n1rqjAugxfUFuyBKhroOoLCj5ceF
xsooCk+SuU6HydClBd0mEG026aXkN1gmQ9xIWrsjJmBH6AbUeBeRqGjQ2yD0kfpT
ZnO8vIfC0w0GXe1FXvlYUztvlRoYWZHO/EyRSDBECB3lojAGcEnCfGo2UgGdk5dj
hd1UTiKZ3pMpfuwyT8LDZ0r+DOW23VwVTd3/cACvPUkI5HhNkay23F70bPc2x7V2
U5sUujOHKQpjYRReKtR3by8NQaHOivVg5v+UKDqRVEaYYSzrrc/vTGxWkd5rhENy
QpC+egHjH+OAl3iK6A9Iv8+1R8ntKV/KyWIypuyTAa4SGlYfivMXD9agY0A=
-----END ENCRYPTED PRIVATE KEY-----
EOT
tags = {
  owner      = "roberts.s@parcelwise.es"
  cost_center = "4313"
}
