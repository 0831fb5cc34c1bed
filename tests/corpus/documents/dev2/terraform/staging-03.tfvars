# orders-api -- applied by atlantis
region              = "eu-west-1"
instance_type       = "t3.medium"
db_username         = "postgres"
db_password         = "kMzu=Zn/5Gx5"
grafana_admin_password = "uJbGk-0W0OmVrw6Kc"
datadog_site        = "datadoghq.eu"
pagerduty_token     = "LaId3MmQRQYeAxwzNE94"
cloudflare_api_token = "9pTKjOQc8Jj68An13k2u1OuGwrDYi5ZQ3IOmjDmi"
storage_account_key = "AbBZtZc5UGtPEfGXUAjEseHqwUaz+GzMRMRimbrvy7tCBug8iqlrzUhYuTui3vpV/0BpNEmu3BrhgVAiJusfRQ=="
# admin_password    = "REPLACE_ME"
tags = {
  owner      = "platform"
  cost_center = "cc-983"
}
