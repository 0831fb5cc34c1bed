terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "AKIA4YQVEC3SZZ6AHFMJ"
  secret_key = "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"
}

resource "aws_s3_bucket" "logs" {
  bucket = "stellarcart-assets"
}
