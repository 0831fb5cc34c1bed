region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["118.131.90.252/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "8uzbkk87Jaomo$0"
aws_user_id = "AIDA65D3W5JT6YPWUJFIP"
db_name = "orders"
# e.g. hash=-5913223842156026874, ports=22,443,9090,80, principal=ANPAME7XS64TB4RHL7O23
app_version = "10.1.4.103"
export_sas_url = "https://kestrelbackup.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=K%2FuCFqLpuTKYoAaO5y1L0S%2FsvfYzWff3D9pRUg5ZwgY%3D"
secret_name = "prod/db/credentials"
aws_access_key_id = "AKIAUFPNUZN6IVN2M3XV"
aws_secret_access_key = "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"
github_pat = "ghp_31nHaERnrA5ZeZgvXKmRV2iPFYApkCrPJ7BD"
# format: driver_version=30.11.22.12, principal=ANPAMWP6GE4YBI2BEMXIB, frac=0.8126462806264303
port = "9000"
db_password = "${DB_PASSWORD}"
aws_role_id = "AROALC3YI3LXCMBGJUHDK"
# TODO remove: hwaddr=31:79:18:ac:04:92, example_token=sk_test_dcHAuIhvyyz3j44Y5JFqNEJQ, password_hint=XXXXXXXXXXXX
secret_key = "xxxxxxxxxxxxxxxxxxxxxxxx"
auth_header = "Basic ZGVwbG95OjljUkR0VmtNdDVIajZwTQ=="
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
slack_token = "xoxs-44925365570-jSq87MmyfokInhIhOZWTcJGIDG1S7e"
smtp_user = "apikey"
smtp_password = "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"
request_timeout_ms = "30000"
# sample values from the vendor docs: sample_iban=ES9121000418450200051332, test_card=367446****7447
twilio_account_sid = "ACe0a9bec10934e08d14030f06a75cb808"
twilio_auth_token = "741617336133539a9343914c1130ba05"
hf_token = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
openai_api_key = "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"
build_id = "55d7b899-ad66-44a1-b1a8-e45826bf70b7"
jwt_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAApUouzNGHkc5UqdoLQ/ZdopcA4/9spJv/VZEbYf19k8D4Bgm
lJPgmw3sVPwWxHsk91Eso089dEegPOu2rayRnNWkDXLborjDni0PhWRvFr0U0cmg
qn+cdjxkIfsYkXpgqc1Lm52X7cLXPHghDwk8rl8AtcCXjgVVYwNyayLP391igSrn
JiFVCWPZB4FI6fD96RCTqD6rq5+oxUxYh/rKJuGNFyR3g6IURhJVQQ/Hyh3U4u79
1k5pSd8Vap73nqor61pe5Zv2/m2F0ZCMtS+tdV5WMkY05R29Mmrp9MbG2T+0dgMG
/OAaTfl796qlUCnUnnqzyFOAkDRrn0SScfBZ7mV4tfp3fsrICLfAniNucNitWO4Z
1SdVNVLQck6Rsn+iOgMoERkDQdYKny6nXjj71mVHmATQ3LGdi5a+Re7KbjaDPb0b
cMuBjzMPJriQfubgv22PijHuOyYyvr1/JS07vafbCZaCAlJpgPQIfYX58J/LcXq3
5FcrGJIMFTB2Md8QvsKgj0m5i5mzB9Lff5/d+yoLeeqKcsyeNlDFQHMTAXPvTKDK
r1I9d/bfxWlNrjfWA28pzTd6a+wjT81IrOXAHea+oh7FoG40ckfvlst7TDFfqkzR
xqPubcmHgr2fFK4/PzN/V2jEg9XeHLGVkHUiuKgSc6MQGdjET8tcEYOLVQ5KgO6B
HSndGVwOe8h5qnTZSrmzeYEW/eXm4QBKLXUbvAsmqZBL6eXq2oauVDP1n1rqjAug
xfUFuyBKhroOoLCj5ceFxsooCk+SuU6HydClBd0mEG026aXkN1gmQ9xIWrsjJmBH
6AbUeBeRqGjQ2yD0kfpTZnO8vIfC0w0GXe1FXvlYUztvlRoYWZHO/EyRSDBECB3l
ojAGcEnCfGo2UgGdk5djhd1UTiKZ3pMpfuwyT8LDZ0r+DOW23VwVTd3/cACvPUkI
5HhNkay23F70bPc2x7V2U5sUujOHKQpjYRReKtR3by8NQaHOivVg5v+UKDqRVEaY
YSzrrc/vTGxWkd5rhENyQpC+egHjH+OAl3iK6A9Iv8+1R8ntKV/KyWIypuyTAa4S
GlYfivMXD9agY0B8Lb3dUX/XKEjkHsvo7jIQQfWsWVKG2vrddyMcoAnctqXI4TuS
R63T0o75w3FH9kNg7vh8ns9E5onGvN0rvIGrpQchxMedvcrH+NnbQorhyHsvCnqh
3GPWr0bt5e3pcSOuxvnvefS0UMEc+gqCP0Voz4a7i181qlD4/ilz47QLMmPmu6Y/
YAs+WWzs4ygbTauNtnhFcrpBk3eWp1fzxt+rsK0lQBVcZu9mXqiUJRk0qf41bjzQ
4kmsLUg6Zfunglqgtmjrh/65LNYuGRVAeYmguLRnWeSvxvJ1eX0RZEIaEJ8Pp83v
ryVHC/QmF7oeMkh8dgwpFm14CttdHCXWXxUSrx9XMbi+bRsVbCdB+bOxs/s77cJx
XS/PdRAlNG6NcWBfD3j+5XboPFEQBblJSlkAfTdG6Qgk4kkONvAAjfGgcB7kmdsX
z/SXQQwVtl8zWLzap09bUkAHWPQbc7MaUujKj6nICWqxUZLcFBSe8Q==
-----END RSA PRIVATE KEY-----
EOT
stripe_publishable_key = "pk_live_51VGjQfvSACMQHzljGQPUrOHSjvren70W2FLR1GWyYVS8z5f55XXuvWLcyvh9SORQWI0uq9ByHBfhtbGvxRSqT5DotmLrqlkIEK"
tags = {
  owner      = "lars-kelly@pinecrest.edu"
  cost_center = "7236"
}
