terraform {
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.40" }
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.100" }
  }
  backend "azurerm" {
    storage_account_name = "sttfstate2"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
    access_key           = "hzeh7zdbp+MDW2e7kz/kwZUCR9jmPIoAvaNj6j+QwAk+RkiweHJ8QT2EIkteDUiUp7zhijYimVX/u8PUeewqow=="
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIALJVCWXGISCFLWKYU"
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
  password   = "nEtHF4Ll7FfhKRrMHxoy3GjkUr8cjc"
}
