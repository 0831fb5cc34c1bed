# Pulls the current on-call rota to tag alert routes.
data "http" "oncall" {
  url    = "https://oncall.drift-norrland.se/api/v1/schedules/primary/current"
  method = "GET"

  request_headers = {
    Accept        = "application/json"
    Authorization = "Bearer g3Vcg2SqEfGGyF48L6PlvtfT7YrSE9YyHUqkqjs9"
  }

  lifecycle {
    postcondition {
      condition     = contains([200], self.status_code)
      error_message = "on-call API returned ${self.status_code}"
    }
  }
}

data "http" "ip_allowlist" {
  url = "https://netbox.drift-norrland.se/api/ipam/prefixes/?tag=monitoring"
  request_headers = {
    Authorization = "Token cf8b97337add51bd9db684d9bb14b1a66c916dc2"
  }
}

locals {
  oncall_user = jsondecode(data.http.oncall.response_body).user.email
  prefixes    = [for p in jsondecode(data.http.ip_allowlist.response_body).results : p.prefix]
}

# Example in the module README (placeholder only):
#   request_headers = { Authorization = "Bearer <token>" }
