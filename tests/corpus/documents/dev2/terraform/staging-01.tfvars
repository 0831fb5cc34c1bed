# auth-service -- applied by atlantis
region              = "eu-west-1"
instance_type       = "t3.medium"
db_username         = "jenkins"
db_password         = "Planet7964*walnut"
grafana_admin_password = "DEO2mGHBwmExJCYKC3qGzIaXsYqoaKg"
datadog_site        = "datadoghq.eu"
pagerduty_token     = "UfIJbu3UWJqvVnyomTJC"
cloudflare_api_token = "8yJJxb86CnSqC2RmxkteK6LTx4JdIdQ9BAv20rP7"
storage_account_key = "6HgqQDP2+bxYFWSx7I6p0ITQJPkJ69omU2NPXexwv0Zcz5zfj/iNZm5fRaky0QsDMyAtDXum9L4yc8fwD7vksw=="
# admin_password    = "REPLACE_ME"
tags = {
  owner      = "platform"
  cost_center = "cc-268"
}
