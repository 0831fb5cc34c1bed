terraform {
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.40" }
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.100" }
  }
  backend "azurerm" {
    storage_account_name = "sttfstate1"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
    access_key           = "i7M2orD8r8Aver1h8APvhpc/rB0I/9T/Vxe70wE1OZTSKJtsiZhzEZCUM3ZHVUQnjXjgjCtfYC+Mjd1oY3b7ZA=="
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA3FIKU2I3EUFLQD24"
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
  identifier     = "checkout-db"
  engine         = "postgres"
  username       = "dbadmin"
  password       = var.db_password
}

resource "aws_db_instance" "legacy" {
  identifier = "legacy-db"
  engine     = "mysql"
  username   = "root"
  password   = "Bk%~^,5RpSY0Rjpe*g,Z"
}
