provider "vault" {
  address = "https://vault.acme.internal:8200"
  token   = "hvs.Zr1HrXGytgeIQuZWN8AfH_jnWxnvyZzCEYlfBcnHRDToeICIMDZWbLH-IfIAsRAi9adlGhflxAu98fDhpvzDdfWOl6G"
}

provider "grafana" {
  url  = "https://grafana.acme.internal"
  auth = "admin:yBK*Oz-B%ybosyY?Rzt"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "dsP3AKzVfxC6NF0F"
}

variable "redis_password" {
  type      = string
  sensitive = true
}

module "app" {
  source          = "git::https://git.acme.internal/infra/modules.git//app?ref=e05fedf5975a441fecc19a8a8497fc34d37a8ff8"
  db_password     = var.db_password
  redis_password  = var.redis_password
  image_digest    = "sha256:3fceaf7727253e70015fc77cf3bff05af8aa3ed2fd40ed65013a555b9088c115"
  webhook_secret  = "381e8b4358f1bea7e7e149f3463fbf3f1c4517d0946b0fc8c4e8caec81c43caa"
}
