# terraform.tfvars - prod
region          = "ap-south-1"
aws_access_key  = "AKIAYT4VQU7CDUJOHNUC"
aws_secret_key  = "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"
db_password     = "pepper_velvet_willow_63"
datadog_site    = "datadoghq.eu"
grafana_api_key = "3Fyey669eWaazH8evva9cNjuTacttTIb3Xny3"
instance_count  = 3
