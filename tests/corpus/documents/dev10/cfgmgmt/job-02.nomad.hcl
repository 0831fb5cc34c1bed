job "reports" {
  datacenters = ["dc1"]
  group "app" {
    task "server" {
      driver = "docker"
      config { image = "registry.nordvik-logistik.se/app@sha256:5bb1f6a68c30dd7196b1f6ae5914aeaa4849e9ee542257273f7a8d6d5c474002" }
      env {
        AWS_ACCESS_KEY_ID     = "AKIAEKW2UTGSOCDDVCDR"
        AWS_SECRET_ACCESS_KEY = "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"
        DB_PASSWORD           = "Blåbär$Juniper5012"
        CACHE_PASSWORD        = "{{ with secret \"kv/cache\" }}{{ .Data.pw }}{{ end }}"
      }
      vault { policies = ["app"] }
    }
  }
}
