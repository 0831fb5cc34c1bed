consul {
  address = "consul.service.sto1.consul:8501"
  token   = "1725d926-6b77-48fa-a9d1-d726a56b1073"
  ssl { enabled = true }
}
vault {
  address = "https://vault.internal:8200"
  renew_token = true
}
exec {
  command = "/usr/local/bin/export-worker"
  env {
    custom = ["AWS_ACCESS_KEY_ID=AKIAC5ZWXNKC3YRA3TST", "AWS_SECRET_ACCESS_KEY=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"]
  }
}
template {
  source      = "/etc/consul-template/app.ctmpl"
  destination = "/etc/app/app.env"
}
