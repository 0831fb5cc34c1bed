terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.42"
    }
  }

  backend "s3" {
    bucket     = "tfstate-nordkraft"
    key        = "prod/network.tfstate"
    region     = "eu-north-1"
    access_key = "AKIAHUEZBH5CG47SDZBE"
    secret_key = "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"
  }
}

provider "aws" {
  region     = "ap-northeast-1"
  access_key = "AKIAAXWSOTPGK4LF7TOG"
  secret_key = "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"
}

provider "aws" {
  alias      = "replica"
  region     = "eu-west-1"
  access_key = "AKIA66CVDWOKFTRDADE4"
  secret_key = "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"
}

provider "aws" {
  alias      = "dr"
  region     = "eu-west-1"
  access_key = var.dr_access_key
  secret_key = var.dr_secret_key
}

# terraform.tfvars (committed by mistake, see INC-379)
# dr_access_key = "AKIAQA3T6URBLMVVRDQA"
# dr_secret_key = "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"

variable "dr_secret_key" {
  type      = string
  sensitive = true
}

# state: sha256:26b8047dab1fdd5ed8140d762db2db835c701524dd18de3eace1392cf2b067dc
