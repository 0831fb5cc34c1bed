terraform {
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.40" }
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.100" }
  }
  backend "azurerm" {
    storage_account_name = "sttfstate3"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
    access_key           = "//lO5P0fwiv7PfkZmFudQhicAbsNlV9Nrta1VNfrjSDTotQuVaY0AoqJLyQzrw5Wrq5mkxFRA2K68wsaNJtGLw=="
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIATXDGPX4MBWEBF32J"
  secret_key = "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"
}

provider "aws" {
  alias      = "docs"
  region     = "us-west-2"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier     = "orders-api-db"
  engine         = "postgres"
  username       = "dbadmin"
  password       = var.db_password
}

resource "aws_db_instance" "legacy" {
  identifier = "legacy-db"
  engine     = "mysql"
  username   = "root"
  password   = "qXYnnZpdsVgy5DP74YfkvQT8Bsfamz"
}
