terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws   = { source = "hashicorp/aws", version = "~> 5.50" }
    vault = { source = "hashicorp/vault", version = "4.2.0" }
  }
  backend "s3" {
    bucket         = "tfstate-4n0kzinq"
    key            = "network/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks"
  }
}

# TODO(ops): move these to the shared credentials file before merging
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA4Z6JSQTQTL24VFNI"
  secret_key = "Jf0KY4+L0gqwdMZiF7umNyrslSMkmISTp2Q4mGMT"
}

provider "vault" {
  address = "https://vault.corp.example:8200"
  token   = "hvs.oO_1Z8Z_hMTCEh8qPgpNj_dStBj4raxepG4G6jw8yDRH2t8bqPC_agZGJWcQF3R73YF4HSGJx7rBJoFQiqQzHAg6JGI"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "dbadmin"
  password          = var.db_password
  allocated_storage = 50
}
