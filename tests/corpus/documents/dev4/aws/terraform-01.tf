terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.45"
    }
  }
  backend "s3" {
    bucket     = "tfstate-shop-prod"
    key        = "network/terraform.tfstate"
    region     = "eu-west-1"
    access_key = "AKIATUBRHR7RFVXOBMTQ"
    secret_key = "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"
  }
}

provider "aws" {
  region     = var.region
  access_key = "AKIAVB3ZOMMDRXTRADVM"
  secret_key = "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"
}

# provider "aws" {
#   access_key = "my-access-key"
#   secret_key = "my-secret-key"
# }

resource "aws_db_instance" "shop" {
  identifier        = "shop-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  username          = "shop"
  password          = "limTGUQu,@S3h%%r"
  allocated_storage = 50
}
