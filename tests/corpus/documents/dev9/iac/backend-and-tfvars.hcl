# backend.hcl
bucket     = "stellarcart-assets"
key        = "shop/prod/terraform.tfstate"
region     = "eu-west-1"
access_key = "AKIACJQNMEGOIVJ7RZLT"
secret_key = "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"

# prod.tfvars
aws_access_key = "AKIAJNBJYEC7QGGFHYAX"
aws_secret_key = "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"
instance_count = 3
