region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["138.117.118.99/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "we2r2hvwInglv!67"
# format: test_card=XXXX-XXXX-XXXX-5407, at=20:00:28, legacy_ref=078-05-1120
git_auth_token = "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"
openai_key = "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"
mailgun_api_key = "key-76520ebc9055898d43b46ca5e654270c"
proxy_authorization = "Basic cm9vdDpvQm9YIz1ycUxBYTRKNQ=="
otel_service_name = "checkout"
cache_ttl_seconds = "60"
datadog_app_key = "080507866fe9f75b610f0a64f73d3c731c4bdd79"
release = "2026.4.21"
anthropic_api_key = "sk-ant-api03-..."
twilio_account_sid = "ACefa63c13f3005c92d9f092f86999cf5a"
# TODO remove: sample_iban=SE4550000000058398257466, created=2025-08-27, example_token=shpat_00000000000000000000000000000000
twilio_auth_token = "ef6d71b3987d5ca8d11658eca9493ab8"
secret_key = "xxxxxxxxxxxxxxxxxxxxxxxx"
redis_url = "redis://localhost:6379/0"
# old: example_token=xoxb-your-bot-token, ref=1288814364531809443, legacy_ref=***-**-7114
redis_password = ""
app_version = "10.8.35.153"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
stripe_api_key = "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"
slack_app_token = "xoxb-720132484762-9187769435268-IXmyYtRWP957eAxTRPbUPiXz"
dd_site = "datadoghq.eu"
saml_sp_key = <<EOT
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2023

lQfG0GyuJ78HCiRGA++v5te/Qfd8SFCUZrGUMRYKzoCEXg3nYeDjhm3tqZ+TupWf
pxmcGPKpdLfZAGOuIRevIkGzxVm54k+62FgGszC1aMaQqoZ2IrJINm6I+tGDi9v2
8UFn3TWYynt9XNqW8BOcu8kCTBWif/h2X6/FpLmc6hUVYR714OG4vKkma7Rri2yg
rG+za7f7MOH3r8LnrCBAMRMpcNNWDV4xzh6ZFwP91JEoJZGKPzF8edcXMiS/JUzl
npYmhdoHNEqnid/Raeg8yM7E0ZPTAceJqDGdA/2eNuuvnY3yw+5Pu445chjlM8SM
kkNlJ/AFzK6fL/zGpboKFy4tH7i2uEfOr8njuCXFnhZMTPajF+UPYRpkXW8MEZap
YF0O29RxHX9THxB/1qKia7OJn12ICYv889LS9genb9yGOZTbZB+f3xsJCShtA5/D
/gFXyX40o1pyf1vPpzp9C4SaT321O5lnyINB1ZBLECMGA3AFfEOpk8s9ChW3aY6W
Os+YQIom8ijXiCvZX69p7eefB/ia+xJF0vFjcvEeEdbZjKnxruxCFcAoxOxdHVwm
zOXQyJ0Uz6bi2B5RqqcireSqHq/6BU5AO5LShiTjp+/qIMnWFD1hL+trZx2k8ak0
7c25sGwxuSTWZTD1SSLOCwcadGdfew5J2QaF7yMl1i4azaPyY5oa1bPXOTZqeRBv
xYgJKQpR2X+G0AL5gs5aVo8bSwGBFC2KzvVrdGJmyS8fUH/1TbzKKGG9F8gR8uUn
F2HA+YA3o2fcGsIPsGYv1zUaRCnd+UJZ2qr2V11AEh2Z40pvgrn93oCVEi60IHJs
MyAs9h5Y+YJP2unaniTKlDH+BO3o7iyMhRgFYb398JuM3MlI2RgfGt3qE8r7XoNg
CdlwnCWzM02ojRZv24PIZt2qqMARCo0lIv+Pk3LrhPD5XA7cyUPyUSMzZYG4o9+j
9lCwEYEN/85PmJTvSnh6R/StRYD4NekV2Jwb82zDFMxotgNVkXNFweCXbcmKN+rU
M9z8G4CGXvBFegtggYotUrUmNE5xCepkyKHRj3MXLBHiv0AiFRfM5IFzepPmZU5F
LKklwgwkGA==
=ez3H
-----END PGP PRIVATE KEY BLOCK-----
EOT
aws_user_id = "AIDA7OJLO7DC6IQWMBMW3"
tags = {
  owner      = "payroll@halcyonhealth.co.uk"
  cost_center = "8127"
}
