bucket         = "tfstate-ekonomi-prod"
key            = "network/terraform.tfstate"
region         = "eu-north-1"
dynamodb_table = "tfstate-lock"
encrypt        = true
kms_key_id     = "arn:aws:kms:eu-north-1:924154170318:key/fbc2da07-a4a8-448d-85da-f21a7651c126"
# CI user "tf-backend" (only s3:* on the state bucket + dynamodb lock table)
access_key     = "AKIAD3WZIPA2K2YSYRM6"
secret_key     = "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"
