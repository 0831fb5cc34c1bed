region          = "eu-central-1"
environment     = "prod"
instance_type   = "m6i.2xlarge"
allowed_cidrs   = ["217.25.77.148/32", "10.0.0.0/8"]

db_master_password = "KQL0hyNcRNgyKQlr3r2"
subscription_id = "833ec8f8-3620-408f-ad29-f38bf6775628"
sendgrid_key = "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"
github_token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
stripe_key = "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"
twilio_api_key = "SK46fda6443e9b079257e12b187eb8d98d"
datadog_api_key = "ba623438082f864cc64be8f6af8316c6"
client_secret = "abcdefghijklmnopqrstuvwxyz123456"
db_password_file = "/var/run/secrets/api-key"
openai_token = "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"
secret_path = "/etc/app/secret.key"

tags = {
  owner       = "platform"
  cost_center = "CC-72717"
  ticket      = "OPS-2213"
}

ssh_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
sVEsvYcwv+qgMR91O7BqXyht+nK3wVDUOVleXOBEZxw/HgHJQR+YKeYNdYYaxM1uNjpBeX
3g40aL1KbXs3dnXL2Rg3D9nTza9JjYkU6lF3W7E/6e6RrmhJXWt8fGhRJrE3qUElaH28Jj
7FB7tUkQOkmQuZNylmv10uhQmtf+3Czr0pIE+xW4UJSQ4QY6jyMY8rEb+PuJaetNXpaDVt
SQtBsxJJj/OW/JhN2F5p37UW0ouJCiAosXDjzLOzXNJyjZ+Uu8Rm2zRdRMyYXmk4GhKbmG
doFN/cr6M7Ce2SI62A2tcLTQZIIKnbsmqUDjWjN5o9VGbVWSQYm9icUBfMeQuRunabC9nS
w3LJXdfcvjs8dyff79o1SjMZn19SwOGpWCYmX44oohnGy8ri
-----END OPENSSH PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI3KSGCOQ1BB8WK3CBlP7xvYOHudJMf3VeyPw5a5IF34/ pnizry@bastion"
