terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.50"
    }
  }
  backend "s3" {
    bucket     = "tfstate-shop-prod"
    key        = "network/terraform.tfstate"
    region     = "eu-west-1"
    access_key = "AKIA5ZF5KQTKVBFTCWFN"
    secret_key = "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"
  }
}

provider "aws" {
  region     = var.region
  access_key = "AKIAE27IBBLSJGG3JESW"
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
  password          = "C0m3t:163"
  allocated_storage = 50
}
