include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::git@git.kvarnholm.se:infra/modules.git//backups?ref=20460bb6244f6ac0dee670459a3a98c60b794f82"
}

inputs = {
  bucket_name           = "kvh-prod-backups"
  replication_access_key = "AKIASSBR7TUICRWUDYHR"
  replication_secret_key = "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"
  offsite = {
    access_key = "AKIA4LEPRPN6ERBDRHXY"
    secret_key = "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"
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite"
  contents  = <<EOF
provider "aws" {
  region     = "eu-north-1"
  access_key = "AKIAK75KLTICWESQJ3F5"
  secret_key = "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"
}
EOF
}
