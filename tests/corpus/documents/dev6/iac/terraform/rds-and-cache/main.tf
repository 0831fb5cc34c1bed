terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    cloudflare = {
      source = "cloudflare/cloudflare"
    }
  }
  backend "s3" {
    bucket = "tfstate-ir2egs"
    key    = "rds/terraform.tfstate"
    region = "sa-east-1"
  }
}

provider "cloudflare" {
  api_token = "wzplz4NKuum4lbrHLtcl3jBZUCD5Q7DHo9GCO2yi"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier             = "orders-prod"
  engine                 = "postgres"
  engine_version         = "15.5"
  instance_class         = "db.r6g.large"
  allocated_storage      = 200
  username               = "orders_admin"
  password               = var.db_password
  skip_final_snapshot    = false
}

resource "aws_db_instance" "reporting" {
  identifier          = "reporting-prod"
  engine              = "mysql"
  instance_class      = "db.t4g.medium"
  username            = "admin"
  password            = "jasper^ROWAN83"
  skip_final_snapshot = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  transit_encryption_enabled = true
  auth_token                 = "6anCu81bLjf2aaV9ADYb1qtcU5O7Xixt"
}

resource "random_password" "app" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret_version" "app" {
  secret_id     = aws_secretsmanager_secret.app.id
  secret_string = jsonencode({ password = random_password.app.result })
}

resource "aws_mq_broker" "events" {
  broker_name = "events"
  engine_type = "RabbitMQ"
  user {
    username = "events"
    password = "Marigold_Lantern_Velvet_615"
  }
}
