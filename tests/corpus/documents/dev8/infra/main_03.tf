# main.tf - monitoring stack
resource "kubernetes_secret" "alertmanager" {
  metadata {
    name      = "alertmanager-smtp"
    namespace = "monitoring"
  }
  data = {
    smtp_password = "Nebula@7117!"
    pagerduty_key = var.pagerduty_key
  }
}

resource "helm_release" "grafana" {
  name  = "grafana"
  chart = "grafana/grafana"
  set_sensitive {
    name  = "adminPassword"
    value = "ZuS5Z2tcJ+9-lU@4O"
  }
  set {
    name  = "image.tag"
    value = "10.4.2"
  }
}

resource "random_password" "db" {
  length  = 32
  special = true
}

output "db_password" {
  value     = random_password.db.result
  sensitive = true
}
