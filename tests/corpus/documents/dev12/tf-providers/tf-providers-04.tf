terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.37"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "AKIAWPXNEKGZTOBJDO7Q"
  secret_key = "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"
}

provider "aws" {
  alias      = "replica"
  region     = "eu-west-1"
  access_key = "AKIANG5GMDZO7ODNBKQ2"
  secret_key = "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"
}

provider "aws" {
  alias      = "dr"
  region     = "eu-west-1"
  access_key = var.dr_access_key
  secret_key = var.dr_secret_key
}

# terraform.tfvars (committed by mistake, see INC-413)
# dr_access_key = "AKIAB3YW4JE6X3KSKFHZ"
# dr_secret_key = "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"

variable "dr_secret_key" {
  type      = string
  sensitive = true
}

# state: sha256:0c3345b2c3235f2cca7ca7463b72f1e26fef62de3a11dff7dc45aa607466cdbf
