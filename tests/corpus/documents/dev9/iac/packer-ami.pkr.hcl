source "amazon-ebs" "base" {
  access_key    = "AKIAMKS2MCFMFACYTF5D"
  secret_key    = "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"
  region        = "ap-northeast-1"
  instance_type = "t3.small"
  source_ami_filter {
    filters = {
      name = "debian-12-amd64-*"
    }
    owners      = ["136693071363"]
    most_recent = true
  }
  ssh_username = "admin"
  ami_name     = "base-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.base"]
}
