region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["49.99.143.241/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "violet-tango-orbit-meadow23"
mg_api_key = "key-c02a99e84f7fefac55b6fd5af9d44611"
openai_key = "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"
slack_bot_token = "xoxa-2-144352738540-114865946487-857474172799-e5df8209dc3d4d62da3590b3349b1347"
instance_id = "9917a170-dc7d-47ae-99f5-fb3a5fe49505"
node_auth_token = "npm_dSj6M22qRgPcJdszDnQqjpeSwnnWpuKrNFxY"
github_token = "ghp_Ew4QOV4iCAmHY0Z5OiOhMvnhf6hHdHAirwVP"
gitlab_private_token = "gldt-mipjqq_76ew-dYAhgHYS"
workers = "13"
stripe_restricted_key = "sk_live_zkoO5o6t1kHdIHTsvQdfKhjo"
workers = "9"
jwt_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDLvOeuDd/EcP+HITAVFC3mCC3USHyZLNGn0L+64aGB7wAAAJACYk6Hv0P0
2rQlLq3MHYq0AoWVHLnaPh1eqqqu6G9P2UPWu3c0uaKnSjY2aldELblkPVYtp9HtDvUrXk
bRYaL3seitgo5ZF/1PMsr+7dW8J7QEEZPOfvNe79XWRHR5PglFIdHykIx/FYzkmF5bTBIg
404hGbU83D+J4cJ1LDNc5lYMREUmBEkloBqmU4Lb73g=
-----END OPENSSH PRIVATE KEY-----
EOT
secret_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
openai_api_key = "${{ secrets.OPENAI_API_KEY }}"
ports = "80,443,8080,8443,9090"
hugging_face_hub_token = "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"
tags = {
  owner      = "arjun-vandijk@corp.oakhollow.org"
  cost_center = "9723"
}
