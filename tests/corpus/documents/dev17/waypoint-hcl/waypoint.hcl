project = "ledger"

runner {
  enabled = true
  data_source "git" {
    url  = "https://git.kvarnbackens.se/platform/ledger.git"
    path = "deploy"
    username = "waypoint-runner"
    password = "NgyFEafBnbw8vnfo"
  }
}

app "ledger-api" {
  build {
    use "docker" {}
    registry {
      use "aws-ecr" {
        region     = "eu-north-1"
        repository = "ledger-api"
        tag        = gitrefpretty()
      }
    }
  }

  deploy {
    use "nomad-jobspec" {
      jobspec = templatefile("${path.app}/ledger.nomad.tpl")
    }
  }

  config {
    env = {
      "AWS_ACCESS_KEY_ID"     = "AKIA6XQHMBW3MHAGZ3PV"
      "AWS_SECRET_ACCESS_KEY" = "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"
      "LEDGER_DB_PASSWORD"    = "A-2qlZ-pQNZ-!YL"
      "LEDGER_SIGNING_KEY"    = "KuxC6QP81Yf7JwlXK78bWEzQijaqtuLEAXb/ZpARhL8="
      "LOG_LEVEL"             = "info"
      "VAULT_TOKEN"           = dynamic("vault", { path = "secret/data/ledger", key = "/data/token" })
    }
  }
}
