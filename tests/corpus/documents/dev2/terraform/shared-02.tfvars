# auth-service -- applied by atlantis
region              = "eu-west-1"
instance_type       = "t3.medium"
db_username         = "readonly"
db_password         = "October2025!"
grafana_admin_password = "wipSmpAjGWXR1yk1e1Fgs8Mpbs6W0feM"
datadog_site        = "datadoghq.eu"
pagerduty_token     = "8JJLh8ZNIzGUnFnvCO1T"
cloudflare_api_token = "N4oJTq-mmsmubYmDuyko9C9r4_lnTY_m5T7BniaY"
storage_account_key = "A7FZfiC0Co+DcpqEBFRLhwUCwFRRDq8nQF09J6uI1FzTuwC6UqqtZgnkXHJ59s+TN4X+vihgUiwG0cPnzdR+fQ=="
# admin_password    = "REPLACE_ME"
tags = {
  owner      = "platform"
  cost_center = "cc-257"
}
