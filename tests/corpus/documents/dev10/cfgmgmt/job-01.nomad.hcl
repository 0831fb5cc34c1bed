job "thumbs" {
  datacenters = ["dc1"]
  group "app" {
    task "server" {
      driver = "docker"
      config { image = "registry.bluecedar.com.au/app@sha256:ca367fa6db7509b697d0a1a3f92c8aba4599948dbe94b034a6198bbdc7c5deca" }
      env {
        AWS_ACCESS_KEY_ID     = "AKIAKC2UONH5NFTLAYBX"
        AWS_SECRET_ACCESS_KEY = "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"
        DB_PASSWORD           = "zN5YUb9Y-f67"
        CACHE_PASSWORD        = "{{ with secret \"kv/cache\" }}{{ .Data.pw }}{{ end }}"
      }
      vault { policies = ["app"] }
    }
  }
}
