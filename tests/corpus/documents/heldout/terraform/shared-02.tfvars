region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.large"
allowed_cidrs   = ["79.21.246.59/32", "10.0.0.0/8"]

db_master_password = "26Kreur0Wxq73"
password_reset_enabled = "true"
sendgrid_api_key = "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"
slack_api_token = "xoxr-975192065333-8464647365276-PTfy36gEfsUFd6YJy0vzAxs0"
mailgun_private_key = "key-cca97362b1471ff0f6c096e028d814d0"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
stripe_api_key = "rk_live_9hBsvpCHmGREx3Bel2ZVAJpUygP8wyIHsM"
twilio_api_key = "SK84b6e0c0ee27b3dc16b821996d1f6b16"
uv_publish_token = "pypi-AgEIcHlwaS5vcmcCJCIjmF71CPJ-FC3CvlJRyLEQYFC3MdKwVHTtWNJlcJUO2nvCnE4ec92SgXgvwIDan32573ZjiGoUwh8oG-6wSe47wQaXbIiqxbrTr5Rd5NdoFxDg_-J_kyD7zHoYznnQo"
aws_secret_key = "IrEIwxxPMh7rAuQQq3JCZvfWFruZPcAZBbreCxJJ"
openai_token = "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"
twilio_account_sid = "G-QIWHH2DXB1"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
sample_id_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
aws_role_unique_id = "AIDAW6EVCRX6R24LJW6V7"
aws_role_unique_id = "AIDAIZ36VJGF5DIN63UMJ"

tags = {
  owner       = "platform"
  cost_center = "CC-80158"
  ticket      = "OPS-1672"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAmeVGaOZP7JeZ1cFCrItqxVH0oHc2/ZvNNn5pHfuJuTP9EqF3
rbC+SXS7Qwyarrg+LW5bJ+35jsSrx11UMxYaIh3nRwVCgxa9y3zDRpw3IPal7mBl
yeU0JVhwR8x/MYxXeYBF1oQbqZzFog/6tpg1ZzC1mMIvba4V25MqD85p44LYHUKl
PMitdf1XCViOUDCM+aR/XgvaMW8m0yGWPUrgmZNzRHSSC7J7kL6fZ7rs8ZUE21GP
uE62+BQvj6m94SGav2RRQLBVf1SANTVK6Jwm1Mf7eVhGEANfyNcztXhAjsjmx6jg
pylGLjTGr+vRAH//LDno5ds3R/N4eX7mGinSROsmuh5p3mjYkzx0v26VHe4uA3sc
iTMWQOvM6kgULbodLzFZM9SQ4BhqCslAECMj1tfUlgjN2QeT8BsHQtG7yUi0P/xc
pkMcxxlyZUDjeEAa/PA3+hGX0cbsBFu6/KIDQ6p7NWwVS36r3xlG+F7/edk3zZWC
uIA+g607KLW/jDfckLqW3RRDk0IqTWYqxRC35vbV84gGodcK2vdwS9COUoaj0LGC
3Gpp2S+v83LXEaNz0ZgSHwUxsVEsvYcwv+qgMR91O7BqXyht+nK3wVDUOVleXOBE
Zxw/HgHJQR+YKeYNdYYaxM1uNjpBeX3g40aL1KbXs3dnXL2Rg3D9nTza9JjYkU6l
F3W7E/6e6RrmhJXWt8fGhRJrE3qUElaH28Jj7FB7tUkQOkmQuZNylmv10uhQmtf+
3Czr0pIE+xW4UJSQ4QY6jyMY8rEb+PuJaetNXpaDVtSQtBsxJJj/OW/JhN2F5p37
UW0ouJCiAosXDjzLOzXNJyjZ+Uu8Rm2zRdRMyYXmk4GhKbmGdoFN/cr6M7Ce2SI6
2A2tcLTQZIIKnbsmqUDjWjN5o9VGbVWSQYm9icUBfMeQuRunabC9nSw3LJXdfcvj
s8dyff79o1SjMZn19SwOGpWCYmX44oohnGy8ribbjm8VJA2HBPXTjhzkILLq68Od
v2sDsgN5LbrPFIO8buoEo+fqA8dKH3Ziwl4wHA73XeQ6E5EYP97r9m4r5PSgjeLm
/D3NZZuwHqRgpXI1m4ByEAuPqW9wfnxvQ8/0isKAXfROf9kI1AvuVlpcQ1sjupUQ
sh30E712HZinf87lUlSdZOoCJPHEYOImYYH1aflGx5B0aaj1atSlSN4qDruj3MBc
Ry7sTnXeD194pZVg+9O7GxEKkvvchtwWnL8D/Tq5ZiVdZDFDxqoXtkhdeGsVOy3z
lQxFM0o9niH8wPIdz+E6A/F138cojyuRBVfG72K3DQtZDFZY0HoPjDs+cB5YZCNn
Fetip19ojsMXoAVU/n2aYGJFxegy4LNndG/ekwiMnD9ClxzkyERv1L4VWZXPRrzh
zbJ29KlReB/v7BSEakWVO6fo2hOp4XKXVBT52MkixsJ55OJRdeir9DTl0vjBOMLM
XMR3YOEbC1V1UuVjjPekYvjCcW35J5lSFwlKu5WtKYbOGYC6NPlzuyNs71fpIExj
503BMkkLfumPaMSf6W2VJlgfsbLHyTioOzlNn/kGiAYN8VgudtJh
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI7d8P62krrE5XVhrFNxvSBFYxpmhmhijBtRKP0D+fpv3 ovcuur@laptop"
