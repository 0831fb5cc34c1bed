region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.2xlarge"
allowed_cidrs   = ["212.79.4.181/32", "10.0.0.0/8"]

db_master_password = "Quokka1235-"
internal_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguc3VuZHN2YWxsLWVuZXJnaS5zZSIsInN1YiI6ImF1dGgwfGJmYWY4OTMxZGZiODRiMzNlMWIwZDU2NyIsImF1ZCI6ImFwaTovL2RlZmF1bHQiLCJpYXQiOjE3NzY2NTE2NzIsImV4cCI6MTc3NjY1NTI3Miwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.GVkIUiXz7LWCWUqX0FmdgKFthmSzxgv78xaypA86Usc"
build_sha = "438082f864cc64be8f6af8316c65d251d387ea1b"
build_sha = "a4cdfa432e146fda6443e9b079257e12b187eb8d98dae66fd362e9e8175db4ba"
sendgrid_token = "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"
twilio_auth_token = "d81acca97362b1471ff0f6c096e028d8"
github_pat = "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"
datadog_api_key = "0c149d5f5856e865876b6db03c199e13809e97ae"
tls_key_path = "~/.ssh/id_ed25519"

tags = {
  owner       = "platform"
  cost_center = "CC-44997"
  ticket      = "OPS-5360"
}

ssh_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
snuQvp9nuuzxlQTbUY+4Trb4FC+Pqb3hIZq/ZFFAsFV/VIA1NUronCbUx/t5WEYQA1/I1z
O1eECOyObHqOCnKUYuNMav69EAf/8sOejl2zdH83h5fuYaKdJE6ya6HmneaNiTPHS/bpUd
7i4DexyJMxZA68zqSBQtuh0vMVkz1JDgGGoKyUAQIyPW19SWCM3ZB5PwGwdC0bvJSLQ//F
ymQxzHGXJlQON4QBr88Df6EZfRxuwEW7r8ogNDqns1bBVLfqvfGUb4Xv952TfNlYK4gD6D
rTsotb+MN9yQupbdFEOTQipNZirFELfm9tXziAah1wra93BL0I5ShqPQsYLcamnZL6/zct
cRo3PRmBIfBTGxUSy9hzC/6qAxH3U7sGpfKG36crfBUNQ5WV
-----END OPENSSH PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIizOfPAgPUG6N3bdg8+j7zu4enL6JNJ1J9Jrxo9kIdk5 snktfs@laptop"
