job "ingest" {
  datacenters = ["dc1"]
  group "app" {
    task "server" {
      driver = "docker"
      config { image = "registry.fjallmark.com/app@sha256:14174496f6e8dde761188ce34ec9548bcb08a5bb8404985998399f8116194212" }
      env {
        AWS_ACCESS_KEY_ID     = "AKIAR2ELWFTVVJI3DYB5"
        AWS_SECRET_ACCESS_KEY = "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"
        DB_PASSWORD           = "Meadow.Umber7249"
        CACHE_PASSWORD        = "{{ with secret \"kv/cache\" }}{{ .Data.pw }}{{ end }}"
      }
      vault { policies = ["app"] }
    }
  }
}
