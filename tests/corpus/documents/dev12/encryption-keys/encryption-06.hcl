datacenter = "sto1"
data_dir = "/opt/consul"
encrypt = "6Z76rkv1V7jWHaoWEN8hYutgsa/e+oSGEOezUG7wIn8="
encrypt_verify_incoming = true

acl {
  enabled = true
  default_policy = "deny"
}
# nomad agent uses its own gossip key:
# encrypt = "qvrNXsF8uf1sAwLv7JHRlxAW8NpBWWrPzArQWJs65Gc="
