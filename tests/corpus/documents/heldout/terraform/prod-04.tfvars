region          = "us-east-2"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["13.116.70.25/32", "10.0.0.0/8"]

db_master_password = "Maple1999_"
client_id = "1eb92f52-2ac5-4678-8fe5-9d5c1759c180"
openai_api_key = "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"
anthropic_api_key = "sk-ant-api03-UC2Af42Qu9xBUZgc4f9q8xoa5AQQ0XssNfhHpKv-lL86OY3CwBqxJTD7dINVRzeFndCX5dKWHOgXT7vLOafw-F_ylo73eAA"
password_reset_enabled = "1"
uv_publish_token = "pypi-AgEIcHlwaS5vcmcCJcy7p_Sv6Q5OChVeKudYKuMEaY18lAqcKMWL3naJTTELmg0z-nrBDRd9HAloiFMaIH7ho_J4HkX0-Ul6hbuD4ca7WEKejixshCmpt0wgd-L0LElbZyDHdl6Y4-Y9TfAwh"
smtp_password = "secret"
npm_publish_token = "npm_TrUOJWTk7lcradQCeRVGi0DQ12009VxIjCYJ"
aws_secret_key = "TgtZ8j2qgA+N0WbW+5+qYWHNxyQ2T3KSGCOQ1BB8"
hugging_face_hub_token = "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"

tags = {
  owner       = "platform"
  cost_center = "CC-10727"
  ticket      = "OPS-2509"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAxcOsljmjeGgmFJobzZVYL2Aigcy8o8xmbELwFUfXZfR1+rsC
cFF4mIdp6ZbOu3Bp9egUbwEJMsunXbYTl5H3cWzGca5PFsoGIujlpUL7DOBRgm9W
3tAB3mTSBFerXZt7dvAFUNzcXXf5fRlbxXF7Cw/vZUoDPAD4xrwT9XZb+O/Dm3vL
nHVOEvN0A9TlMA52M+Szb6P21yfnUGHFt+8J6+D6EVn4RzHgo33WKYZl+fnAwPqA
E/qrjj6WFNwmVBoYI1i9+uxGW06W+94T0zULvmg8Zs5bB0/pTEklpof+xjzh0JIN
LRBev10267v597dM/KnTi9Uo14/d5RmbNWSauqCGPz6mmcV3iU4ljY1fIYNuLr8C
YS8II/P/HUazUh3RGeo2Bq19jMEIm9sLxVlW6IRku9WmzYSVKAeRQVdkyQK/siSF
96ygUsngWrLDGkx5GedKDktvqzzZDSSsASaOp+dkkBT/PheiaPXM1TUzKK1gDeOi
8vfjaqcuCoDibBzb5Piw8vP7GMLnUtxJjgnKzYtB6g9jKn0k+gYOyBl8G97OMn5X
HsU+L4SBfpery7Uhb9inbAN78Y3kAjtnDN2fV6JGZdz9UFx1emWiJfpLmw59Nh40
ALbMk9qWXf7DSReuZ9Bd1XJQuqevIcpMgq8gf3jLT9yR18KC8ivvv+BvOEwnqUIH
8+tfVewHz5rpptil5UHUqNJHJuUPIaHL9kVhSAdg1xGXJl7U82FEJ4U7DsFgBKDP
Fv/HgB+MH7nyMTzhQ5/JRBAm1nosw4NtyMt91XiQTj/XRxo1sqt5dJREdPH/kmp2
WFYWSugQMgVS86qHs4PhOTl0h1ej6TQUNpGW+n/hLeVejqGave6uBZwE9UAzanzl
2O0/Ay7f+b0Um3cLr0Iw7ghYU5kD/2mp3Fq1iDhXvW6R4kLk/P0l1oODebeuHzVl
C+RW+n8XVLtUhofcdkjnwWS3AA+Lb0oRmH0joM5dM5otjoCy7aiGuVYbwMGIhQS6
N+Ob/CfmTA/nbJ4LT7Dlu2i7C1bia21cm79iasMr8Mc2TA8DY5jdby1Izvg+Q3K/
5+OCTjC7YZo2mvEDPDAxpNE3MXMNfSvC7JDAvKNMdr9CbnGYeLcYRqDnSZQuWen/
LWHJBAZ/cIrpmtH4p/BLg+YiROx/3Jf3wZXqDkiG+s+W1jNOGkxrVW4oeH3MAT1n
DuJ5WNoLHhgoFP87aBzsKXD2YMvis6B5AMdurb6LT9BLF1H2tqHUI4Qa17vDZsav
Mm4O+J4AsI1B6rkKuoTVfj1yMeTgrSH4JWN3ku/UCypFDug96qx3EyAiQb49O9QL
Yoh3qm/yr3aVRXGjPmu6tD2izBtSebGVxw0YiVCu8bq5+OBpJixFHwguTcGylIjT
7v7gfyy6OHYhG00JypydK4/xvbvbNptLAn7i/mlcrmEBEqbzKEnnH7jSJIE3CQff
w5970yL0FOwxnOlyjHoOYHOBsCABMk74ZG+P6VCnmWXb1TYAIKoklYp+u4jCbgIt
k2cMCqTAmlbjL+JHC52ifwbseEQjLyNloLC4cSBTH/MlaX/ZTsYY
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI2yPLGggY64X+/Jw+pWnf4jFhaYmIc2INruaRMQ5kFGT wzlztz@laptop"
