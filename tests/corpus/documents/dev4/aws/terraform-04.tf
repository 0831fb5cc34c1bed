# terraform.tfvars - prod
region          = "ap-south-1"
aws_access_key  = "AKIA4WFWM62CHLDMROVV"
aws_secret_key  = "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"
db_password     = "W9Nf2H6BzLzq5hc0"
datadog_site    = "datadoghq.eu"
grafana_api_key = "ZzYUuDWTmWWs4ZYDFAxs6PHqqrzr6VaQeU_ax93q6ui3A"
instance_count  = 3
