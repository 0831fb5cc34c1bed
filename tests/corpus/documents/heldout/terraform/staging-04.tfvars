region          = "eu-central-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["18.23.172.91/32", "10.0.0.0/8"]

db_master_password = "ulEsH9EvdHmpfz"
slack_app_token = "xapp-1-AG3XELN9E1T-6526264454730-74b9ede81f8a318a41c458472abb16228c768599d0950d07ed4bfc05687e7faf"
openai_api_key = "${{ secrets.API_TOKEN }}"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
sendgrid_key = "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"
next_public_stripe_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
shopify_admin_api_token = "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"
stripe_test_secret_key = "pk_live_getrHNZC5VfFVuVhh3dS5wZt"
password_reset_enabled = "0"
notify_url = "https://hooks.slack.com/services/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"
redis_url = "mysql://root:password@127.0.0.1:3306/test"
twilio_api_key_sid = "SK86ced17838d2b8eaf32d872ea24fae67"
maps_api_key = "AIzaSySuyYhLku81KdWGiZleQOdB6UVCrxGFsGr"
claude_api_key = "sk-ant-api03-v-lL86OY3CwBqxJTD7dINVRzeFndCX5dKWHOgXT7vLOafw-F_ylo73eeUF4ulJ8VIIrxULYchc_5Vn0XxHcUlzGjCLlHiAA"
openai_api_key = "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"

tags = {
  owner       = "platform"
  cost_center = "CC-80684"
  ticket      = "OPS-5810"
}

ssh_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
hBrXu8Nmxq8ybg74ngCwjUHquQq6hNV+PXIx5OCtIfglY3eS79QLKkUO6D3qrHcTICJBvj
071AtiiHeqb/KvdpVFcaM+a7q0PaLMG1J5sZXHDRiJUK7xurn44GkmLEUfCC5NwbKUiNPu
/uB/LLo4diEbTQnKnJ0rj/G9u9s2m0sCfuL+aVyuYQESpvMoSecfuNIkgTcJB9/Dn3vTIv
QU7DGc6XKMeg5gc4GwIAEyTvhkb4/pUKeZZdvVNgAgqiSVin67iMJuAi2TZwwKpMCaVuMv
4kcLnaJ/Bux4RCMvI2WgsLhxIFMf8yVpf9lOxhiVbIFlgfvpH6IW6gxAQDF0cafTL3y28H
7/E2F9/t1TLbGETj9wmdO16bzChkcLQvHlNa8wTBDIuDnB9r
-----END OPENSSH PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIINruaRMQ5kFGTueraKiBOjbKSPI486Mw4x7hur7jlTj wcdpmr@laptop"
