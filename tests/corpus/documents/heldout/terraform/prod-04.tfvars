region          = "us-east-2"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["81.21.217.29/32", "10.0.0.0/8"]

db_master_password = "fG3zMfVH-Lhgflq"
npm_auth_token = "npm_HCLTwsli074fLuOdIGTCynnKj8vu2NmSAf4a"
password_reset_enabled = "false"
mongo_uri = "redis://:password@localhost:6379"
api_key = "{{ .Values.apiKey }}"
claude_api_key = "sk-ant-admin01-Lqq7kyAH3lI-RuZWrNCbTmH2Fn0Fr12ux1VbmHBx3Wkfh5nYwbBeYYbY5G-Vm7h348MjkXsWwCD_4lRi_HkZnNm1q3U8-AA"
api_key = ""
huggingfacehub_api_token = "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"
firebase_api_key = "AIzaSyoRNzZ3HAgF_e5YQSx7FViHe7JQRgedFx7"
github_pat = "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"
sentry_dsn_public = "UHJ05TG16Z"
db_password = "secret"
shopify_admin_api_token = "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"

tags = {
  owner       = "platform"
  cost_center = "CC-62843"
  ticket      = "OPS-8189"
}
