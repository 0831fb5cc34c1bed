region          = "us-east-2"
environment     = "prod"
instance_type   = "m6i.2xlarge"
allowed_cidrs   = ["146.123.233.219/32", "10.0.0.0/8"]

db_master_password = "cpmPtDHQ_VFB2MM"
role_id = "AROA4WGY4EDQTFWJAAFIN"
request_id = "a61509b8-6702-4ac0-bfa2-d4c87dcecac0"
hf_api_token = "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"
openai_key = "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"
admin_password = "***"
twilio_key = "SK3df5c145dba212b4d299385ddb9ecd2d"
redis_url = "postgres://user:pass@localhost:5432/app"
shopify_token = "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"
secret = ""
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
azure_storage_key = "Bz38jKdZ2ay5fPFqhFg1Kel7z4esVGfeA/wBworbgCO3BpzJCqtm4t6hdX+W0EaU4L1ploXJx9AYQvjfdzICfg=="

tags = {
  owner       = "platform"
  cost_center = "CC-92082"
  ticket      = "OPS-6742"
}
