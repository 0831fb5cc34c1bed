terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
  backend "s3" {
    bucket = "fleetops-tfstate"
    key    = "prod/network.tfstate"
    region = "ap-south-1"
  }
}

provider "aws" {
  region     = "ap-south-1"
  access_key = "AKIAOMKJIKCSC3VAUOBC"
  secret_key = "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"
}

provider "cloudflare" {
  api_token = "zHlE_FvB7Vngpc0apSLFBL0znxsHtIQoainChOse"
}

resource "aws_db_instance" "main" {
  identifier        = "fleetops-prod"
  engine            = "postgres"
  engine_version    = "15.5"
  instance_class    = "db.t4g.medium"
  username          = "app_admin"
  password          = "silver.copper.harbor72"
  kms_key_id        = "arn:aws:kms:ap-south-1:325433389706:key/940c7b71-2de2-49c3-976a-62f8f51f9001"
  skip_final_snapshot = false
}

resource "aws_ssm_parameter" "api" {
  name  = "/prod/api/signing_key"
  type  = "SecureString"
  value = var.signing_key
}
