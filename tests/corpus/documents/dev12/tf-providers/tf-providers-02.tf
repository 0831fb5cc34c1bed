terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.77"
    }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "AKIA6UWZDBAU3F6ZGHHA"
  secret_key = "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"
}

provider "aws" {
  alias      = "replica"
  region     = "eu-west-1"
  access_key = "AKIA7EP7WGC37M7VIJIB"
  secret_key = "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"
}

provider "aws" {
  alias      = "dr"
  region     = "eu-west-1"
  access_key = var.dr_access_key
  secret_key = var.dr_secret_key
}

# terraform.tfvars (committed by mistake, see INC-764)
# dr_access_key = "AKIAK5TNZ4PWGTQJZYUE"
# dr_secret_key = "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"

variable "dr_secret_key" {
  type      = string
  sensitive = true
}

# state: sha256:5082faf7a4e6221faa3a61a9b7f5de6ee66829818645e6b2399537f4c889cecf
