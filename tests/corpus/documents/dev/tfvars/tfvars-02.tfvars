region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["89.119.205.54/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "o0wikNSEqJVhs"
slack_app_token = "xoxp-605396959618-557294050356-9903467005871-a5bac28a21a0ef1a13c801b8dcf8f7a4"
openai_key = "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"
token_ttl_seconds = "3600"
datadog_api_key = "cfe17e4c19f45af8011dfd553f6ef9bf"
aws_access_key_id = "AKIAXYYS5BMSGCBJPAFD"
aws_secret_access_key = "g6LDGNdPR/XTrvhLXIOn6j0s7wsBlHW31TkQy6aK"
ports = "80,443,8080,8443,9090"
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
# TODO remove: contact=user@example.net, legacy_ref=***-**-0142, test_card=XXXX-XXXX-XXXX-7217
feature_checkout_v2 = "true"
# sample values from the vendor docs: frac=0.1760415843112840, at=09:01:33, span=93c1bdef124d
app_version = "5.18.74"
twilio_api_key = "SK1bfa8744866a71f05f184a789284e09a"
# do not use: example_token=AKIAIOSFODNN7EXAMPLE, hwaddr=7b:08:23:5c:aa:18, ports=443,80,9090,8080
saml_sp_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAhx4ZGViQ4ZvrPOyCeMu70nxQkbU6ti3Nu750vT+Kpkpwd63j
RRs+A41H4EDj5edFx+xb15UMRsM8K6VvaLsEJP27Dpj6QHIn/PSAInRS9EZBzB4j
pUbQgeintNVYQ4WajnmZQ36g5pkQjpF0z7SUyYCEu76Gq+1ESiPt6hgZGJJrHGhp
FD9s8NB3XkPP43ab/hmwSANd+SLfeB3fJkvVUTITtf1hxUvH/1eteA1Qe4wglCiv
VwkC3jQ2yySlhliiMbHE4rFxAT8sY2q5Q76VqmxMuUi1acK/8H24X4YEAEVhQKF2
fmU8HJuxJTudoz2AllGfNtge6VeRvWrTnVU17+9ewUW7CaLqieJnZOkvWexyhITj
SXzL6TqjkgHdGoXSCZGKmsTxwKIjVwqVtMIdH95hSkd/s2ZE6zL+b5u6YvVjaMYV
4Jfh1ogzYih6tPZyXJC5tGJnRcH6uNnN0XUSBEtp1p1GwVei92mmFZ/LYx8O6qPr
gon7jD/ZtaF6HSzRDrMpB65753NNlw1c8dBRg61TrCZN+X2amdK33bxiYEc89QDH
+1AmSUPU1bztvf/kbHMPOIQYJqr1P28jNYPBuaeMimbbritAl0pAbPoYduX0Hr4P
OKMoMkSnyTM+8h3fA1kF1j+RF/Dai2feRCSe//WlS8hV6Q+gucK4/VLM96u3WlpO
hTq9Jc0Q16vV2iJQ3oLJx7InxC7UHPtEyP3BGgl2i0M1OJVQUYZU6l+TEEQJOGQP
G0/dxCP070QU+MO5YSug1o8qiFIwTgZ3TaEvZpQGngnUd4zWCKWaM/HaNg0VMSiE
efq6WcybMS883hbnJCGD9q+axB3Dm4YKM3dcRzZ0CaRi8LAALtIzbsNC4kWx3Mpa
2sbCwKCr1dC60UnHwzDqYHdIm3vK5OE8fxXEAfGpFCtsm44Qa1llzvDSrRVsIK0L
ZhINS54OhvLjEJSUoF8c4y5RYV1ILi/xRyUTlGX+uyk13IMhWTpR8v7oOQ2DC2Wb
NNVJdDgY1JrhpbZaXtu+gLerpahKtXSsA3a3RbtxaoT2JWx9Vp52aIUtn1fldjqO
vxDRWXqZsx2371k26I/DsFZwwKt2CwRrst+F/kdb6DH4hYK3JmfVHVk335ReNzSP
ezkiznfih0IZeg3Hu548nIqhK9hb5yJt1ChKb17vH0QZBKXc5JeEm1UdNnSZ8tmZ
Pk2+a/HQ+TXPkOUepc5qSpDct+Yi8lpC3uldPGzi4GhPhN6V3PVntu9CIW/UFX/a
/diV7Uzcy+FeWDFK7ro5Ty0gdsJ4B55r3oFV1kXfZiaDYvZUw3Q+Q4CuSofp2gmE
Uz7ShbqEUiOGIu7NKDsOXXTmzuJpu4Mh/9lDfn6RUT09Y+e5rHXm7AYmgIyCqDwb
xKqyAGUmBBj32uZ+qPjTGphecxQuUhyf2LYL73lnhb2Bn1pRTrlF0EE5bwwxObzY
Vu/6ll8E+vOl7WMm7PALjpDptC/cU/TbwKCutOb9kOJSL9AqGjTvjZgo2Od8KI0U
RP53NBpZJ5nnIPwN5sfKPje6FlUIRQ8VGn7E0tl4hNXbhza5fi+s8w==
-----END RSA PRIVATE KEY-----
EOT
password_reset_url = "https://accounts.brightlane.io/reset"
dd_trace_id = "1103302743368347913"
npm_publish_token = "npm_FqwMK3ngrpJcgKzLEQR9TK68NResDcdMbcHZ"
anthropic_api_key = "sk-ant-api03-..."
# e.g. hash=-5128535003938217153, clause=252.204-7012, example_token=${API_TOKEN}
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
claude_api_key = "sk-ant-api03-O6xMUhVXJvi6Kn5j1u6YXuw5zJX80D5G5ZIf8oFSVyFsNul8B57uDoCj0VlLNu21hMDW2HTtAY-8l3Tw1MYh61m93sYFGAA"
mailgun_api_key = "key-dc5f8ad7fc41c057679708107f8bd0a6"
secret_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# TODO remove: oid=1.3.6.1.4.1.9130.10.5.5, hash=-5004187255463711568
hf_token = "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"
tags = {
  owner      = "grace.garcia+news@corvid-labs.io"
  cost_center = "6987"
}
