terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.30"
    }
  }

  backend "s3" {
    bucket     = "tfstate-brightwave"
    key        = "prod/network.tfstate"
    region     = "eu-north-1"
    access_key = "AKIARTUHH4ZPB6HJECCD"
    secret_key = "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"
  }
}

provider "aws" {
  region     = "eu-north-1"
  access_key = "AKIAW6BWPAKCCXCJAKJD"
  secret_key = "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"
}

provider "aws" {
  alias      = "replica"
  region     = "eu-west-1"
  access_key = "AKIARG7KAQJEDALM2VCM"
  secret_key = "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"
}

provider "aws" {
  alias      = "dr"
  region     = "eu-west-1"
  access_key = var.dr_access_key
  secret_key = var.dr_secret_key
}

# terraform.tfvars (committed by mistake, see INC-407)
# dr_access_key = "AKIA5TXO4SV6LOHTJ7L7"
# dr_secret_key = "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"

variable "dr_secret_key" {
  type      = string
  sensitive = true
}

# state: sha256:b5bccea17b9eb41e0c7546d06cd994f84445ff0f0d7ab095e660f5da3f683eea
