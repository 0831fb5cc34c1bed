terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.52"
    }
  }

  backend "s3" {
    bucket     = "tfstate-nordkraft"
    key        = "prod/network.tfstate"
    region     = "eu-north-1"
    access_key = "AKIARCKGD22M44MIE5T3"
    secret_key = "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"
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIAKYSXQS3P5QNP24YG"
  secret_key = "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"
}

provider "aws" {
  alias      = "replica"
  region     = "eu-west-1"
  access_key = "AKIAWXKDT2IYVOCYVPWY"
  secret_key = "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"
}

provider "aws" {
  alias      = "dr"
  region     = "eu-west-1"
  access_key = var.dr_access_key
  secret_key = var.dr_secret_key
}

# terraform.tfvars (committed by mistake, see INC-528)
# dr_access_key = "AKIAKBL2VI43GXYQJ3UJ"
# dr_secret_key = "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"

variable "dr_secret_key" {
  type      = string
  sensitive = true
}

# state: sha256:de129dba5f59d85b2577136f639f08401a5036c61b99b4e077c6c720f5c84ef3
