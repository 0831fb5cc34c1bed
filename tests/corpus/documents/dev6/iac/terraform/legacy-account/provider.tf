provider "aws" {
  region     = "us-east-1"
  access_key = "AKIASTZ3T4ST4LPKXFO4"
  secret_key = "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"
}

provider "aws" {
  alias  = "dr"
  region = "ap-south-1"
  # access_key = "AKIAIOSFODNN7EXAMPLE"
  profile = "dr"
}
