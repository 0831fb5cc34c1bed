job "s3-exporter" {
  datacenters = ["sto1"]
  type        = "service"

  group "exporter" {
    count = 2
    task "exporter" {
      driver = "docker"
      config {
        image = "registry.internal/s3-exporter:1.8.0"
        ports = ["metrics"]
      }
      env {
        AWS_ACCESS_KEY_ID     = "AKIATT7MQDZ37FIX24O7"
        AWS_SECRET_ACCESS_KEY = "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"
        AWS_REGION            = "eu-north-1"
        PUSHGATEWAY_TOKEN     = "SvIsxpLXTxHI24FbZgIiX1CVrKS1ggDTZ5XqTLFNMeK5S7DMlZEbMyZGb4kPn6BC"
      }
      template {
        data        = <<EOH
{{ with secret "aws/creds/exporter" }}
AWS_ACCESS_KEY_ID={{ .Data.access_key }}
AWS_SECRET_ACCESS_KEY={{ .Data.secret_key }}
{{ end }}
EOH
        destination = "secrets/aws.env"
        env         = true
      }
      resources {
        cpu    = 200
        memory = 128
      }
    }
  }
}
