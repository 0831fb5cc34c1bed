region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["3.35.247.167/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Adm1n_0BrXrtWpXO!"
s3_bucket = "acme-prod-assets"
mailgun_key = "key-0d719a6dd2f9f567bb8cd005e45f5536"
google_api_key = "AIzaSyK1dbLDQozi9Y5-lKOkVRmYL6rz7TbVk3a"
demo_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
tls_key = <<EOT
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIKClVPnB999SCTwngguJdSjmVFVtbe5E0pm9Uu+cFxOK7YX33kPgb5Lv8knIkp
DCIeXgPA2nbwG1G//NxtsqxtSgRAIz8nSfGStRGIxJxkfNGJOYhcKAdjXeVPHuc/
a1npmJAcaQ2YwJNIysmqZ2nV4jtRaX0GwaD57dmkaI01fodIi8AGNs7bn76SMLIt
sHeoCwu4rV4AgIPjCpymdrC4Qz4Z8zxap52e49pIf9TyG8A+lGtzE5dMb8bzeLQU
zMJMvy+LQcb7HEILd9asI8gQUqCkttZ91eRetvUL5jrTZfOPxe45ApUouzNGHkc5
UqdoLQ/ZdopcA4/9spJv/VZEbYf19k8D4BgmlJPgmw3sVPwWxHsk91Eso089dEeg
POu2rayRnNWkDXLborjDni0PhWRvFr0U0cmgqn+cdjxkIfsYkXpgqc1Lm52X7cLX
PHghDwk8rl8AtcCXjgVVYwNyayLP391igSrnJiFVCWPZB4FI6fD96RCTqD6rq5+o
xUxYh/rKJuGNFyR3g6IURhJVQQ/Hyh3U4u791k5pSd8Vap73nqor61pe5Zv2/m2F
0ZCMtS+tdV5WMkY05R29Mmrp9MbG2T+0dgMG/OAaTfl796qlUCnUnnqzyFOAkDRr
n0SScfBZ7mV4tfp3fsrICLfAniNucNitWO4Z1SdVNVLQck6Rsn+iOgMoERkDQdYK
ny6nXjj71mVHmATQ3LGdi5a+Re7KbjaDPb0bcMuBjzMPJriQfubgv22PijHuOyYy
vr1/JS07vafbCZaCAlJpgPQIfYX58J/LcXq35FcrGJIMFTB2Md8QvsKgj0m5i5mz
B9Lff5/d+yoLeeqKcsyeNlDFQHMTAXPvTKDKr1I9d/bfxWlNrjfWA28pzTd6a+wj
T81IrOXAHea+oh7FoG40ckfvlst7TDFfqkzRxqPubcmHgr2fFK4/PzN/V2jEg9Xe
HLGVkHUiuKgSc6MQGdjET8tcEYOLVQ5KgO6BHSndGVwOe8h5qnTZSrmzeYE=
-----END ENCRYPTED PRIVATE KEY-----
EOT
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
stripe_key = "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"
smtp_user = "apikey"
smtp_password = "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"
npm_token = "${NPM_TOKEN}"
shopify_admin_api_token = "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"
slack_webhook_url = "https://hooks.slack.com/workflows/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"
gl_deploy_token = "gldt-GVHi8FD1oYQfLv3Uf1KS"
kafka_brokers = "kafka-0:9092,kafka-1:9092,kafka-2:9092"
llm_api_key = "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"
password_reset_url = "https://accounts.brightlane.io/reset"
tags = {
  owner      = "freya2003@brightlane.io"
  cost_center = "5965"
}
