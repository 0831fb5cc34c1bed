# terraform.tfvars -- prod
environment          = "prod"
region               = "eu-west-1"
vpc_cidr             = "10.40.0.0/16"
db_instance_class    = "db.r6g.large"
db_master_username   = "dbadmin"
db_master_password   = "Bamboosavanna691@"
datadog_site         = "datadoghq.eu"
pagerduty_token      = "ce3014e82431372bea5edd80cd79e7e9434099097632ad871eef9ae2384f49df"
cloudflare_api_token = "bLhm21bJDRvXhPA9ESACeUiwZZJs3cByIsuTW09B"
aws_access_key       = "AKIAHGQFPNZMMYLWUMKQ"
aws_secret_key       = "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"
ami_id               = "ami-408d6e4a1ed257a8b"
kms_key_id           = "arn:aws:kms:eu-west-1:495899202649:key/6be5bd15-14e1-4768-93b7-52d67b2d9ba2"
tags = {
  CostCenter = "1805"
  Owner      = "platform"
  GitSha     = "fc8d3bdb3fc8f55340c04a8c6e97104a0d3c4891"
}
