job "thumbs" {
  datacenters = ["dc1"]
  group "app" {
    task "server" {
      driver = "docker"
      config { image = "registry.nordvik-logistik.se/app@sha256:6cee8889b20bea5eec13d78b91acb29ed5f51a9b819627ac9573c1f1e6dfde32" }
      env {
        AWS_ACCESS_KEY_ID     = "AKIAIC4DQP6TT24FIYGN"
        AWS_SECRET_ACCESS_KEY = "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"
        DB_PASSWORD           = "juniper-oak-saffron-harbor69"
        CACHE_PASSWORD        = "{{ with secret \"kv/cache\" }}{{ .Data.pw }}{{ end }}"
      }
      vault { policies = ["app"] }
    }
  }
}
