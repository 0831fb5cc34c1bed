packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.2"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "aws_access_key" {
  type    = string
  default = "AKIAJMCA4HVWBITEW2GL"
}

variable "aws_secret_key" {
  type      = string
  default   = "hb2Aq4avYrpRP4HihKSfbN/lSiL6VMLGcdsbAeru"
  sensitive = true
}

source "amazon-ebs" "base" {
  access_key    = var.aws_access_key
  secret_key    = var.aws_secret_key
  region        = "eu-north-1"
  instance_type = "t3.small"
  source_ami_filter {
    filters = {
      name                = "debian-12-amd64-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = ["136693071363"]
    most_recent = true
  }
  ssh_username = "admin"
  ami_name     = "base-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.base"]
  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get -y install awscli"]
  }
}
