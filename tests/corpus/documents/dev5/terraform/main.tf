terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAONOY3DQCAFSF7PF3"
  secret_key = "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"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "GQQB3VJZewmt5x"
}

variable "datadog_app_name" {
  default = "ledger"
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger-prod"
  engine            = "postgres"
  username          = "ledger"
  password          = var.db_password
  allocated_storage = 50
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "cache"
  auth_token           = "XDc4IN0bPyp3ySaL2rQtWXbxwUukZBPR"
  transit_encryption_enabled = true
}
