datacenter = "eu-west-1"
data_dir   = "/opt/consul"
server     = true
bootstrap_expect = 3
encrypt    = "6SZI/2ZJpwUkY8CbpNvTTN+cn6TNXpOZxZntwvZvf1M="
retry_join = ["provider=aws tag_key=consul tag_value=server"]
node_id    = "8b09289c-8626-4efc-9110-1d336df2c1cb"

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  tokens {
    initial_management = "b8e121ec-82d8-4794-8888-6ffe25aa3eb0"
    agent              = "1680671e-dada-45a5-b09f-319c69686e11"
  }
}

tls {
  defaults {
    ca_file   = "/etc/consul.d/consul-agent-ca.pem"
    cert_file = "/etc/consul.d/dc1-server-consul-0.pem"
    key_file  = "/etc/consul.d/dc1-server-consul-0-key.pem"
  }
}
