region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["165.134.105.234/32", "10.0.0.0/8"]

db_master_password = "OR0jHTYP.UIKtJ0"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
min_client_version = "10.9.10"
smtp_password = "***"
tenant_id = "6a57fd70-07e6-45bf-a3a2-eb1d37bb015e"
mailgun_private_key = "key-b5f856a5b4c824bb834e2312411caa3d"
ga_measurement_id = "G-Q0I0F7AM88"
gl_token = "glcbt-15_Cwrhi1lYVWkb2UuJOgzO"
stripe_secret = "sk_live_DJpbJNyC0UeP2PCfJdnTdrNFjAbnE6l6iC"
aws_secret_access_key = "vKSot/ZGA6NjPPaW8GeulS4OS0NfZzVnoodWjSn0"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
node_auth_token = "npm_iWLS6bUPbE0DnEGIMD9JhYQ6hMN8fmNHI08v"

tags = {
  owner       = "platform"
  cost_center = "CC-15295"
  ticket      = "OPS-7685"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAN+lMox+6eovAKCivN/0ANWwE3cbXhOXVDcM1AzQZZMq8itHf
os6zPH/sKAkyTyGks5KKBQcBu7FIhydMEXXtub/QwFJBDrAeAKaQwrkIpYpPAcow
0QjpMBOAN/24XmH4lTPJhg+daG2UlpNM/5tr9mKtxFSyPGXZUvmsAmF+VLydywRl
u3CyCCzdMAfgk1dBel/s1Go1ZpVz1XC20t2D92SjHDNCXIyt9eWYDo938/+QQpb8
Ra5vzyaKnnlGqkt+7xiAK4uamfolY0yGINUgrPJyY0dEpWzotVTMru1dcLMU7GjW
G7vWkkre1fqBABbAfecS31C6nFmh7X4VsMl18zuxjJa+/OHwg0OOku9f1YOSY9x9
UenobQ7RfWaaWdGvEuo7jRCBbKJd7aUNS3O1cCYIsZ/3VOiq078tF23zX3DU3XQL
EDzUUyEzF2Mwd0QcgWCBMhwrM+YwJzlvPBRbxZCV/FqBKWY4Ry/iyM0MwA6ejzf0
D34RmMFs+be1NDCEqR0CajqWFT2EuY4P7wJyGx0AttewDtLs6Bj2Q+5YTOmqC8bA
rd8cFNNGu2sJLMRpG5zNCPyTa1qBOTNrJuGoVm8WuDUXfsWn7MDpIVxtwVC7ejD5
gRRAYEpq4g/RvImswoWcRpfO3xQ962gNlT9Lbg0jRiWyEdtM9ilRbujr5qyrKfXg
q4mDBeZSXj+CMBzEsyd0jG6A+cbEZX3OChZkQv6ToeIIEVrF1gz20rCKjQni87vT
UCDbA9ZhOVlZn3spxFHQcKs+a+ViUrSKJWSZIsyBNZZdsLbwo7u2Jt5EI8oac88X
OolC9Y11hURxwnvUdRZUWn2Jo8kONZ3C02OkzpWKKgrzZGd3qBYU2uOab8bvsWZq
8YYCSop07BQ2Mrk0hal3ce8AFvzz2iatg5jhpiUiaUFpjE0niLOU7c0yAXSvfLS/
ubfIIBSeFeW5Ik2Wlax+I/a9mEZPP0E0m54s1e16YsJKdUd0j/FlLcbsb9r/csES
Kk1KCEUW/Cz6yOEXbcI11XMh1w678Rmc0Jcj7pZ6Ap3IgcM4laOlkORKVrm7g1mU
WMT3lM3Kuxn06QE95Id3sZkdVcSNj3L8Ew4NN1KbmkXsNzJRoKq10AUh3B/vEEqw
AWfgiberxinEVCE4SEm7hWgp4IsN86ItGkI8daBCY/MGED5NGF+/nMMjDqbwwZ6Q
GM1SpjeSiE08x9qaNegGb9pwtuTJ9TNw0elBwxetmGs5Y8Z1tZTGKsphAW0fFMOh
9D0r8qV6oigzh0ss2FdMSVsTf1dzhcEGMqlbkIJ8kv5l8Yqz7oy4zl/bWHyFZEOc
1BK5TbUhHnDvJFPpvPtf5nA72JhrFfd/mxPZ9x1oPLlT56hkOri/DrguWL+H1zZL
ZofOjeDOwOHr+U+jyN9xiijctIk8QN/iOHDrD4pAXcfSPX/eH+BjK3YA7FzlCkFx
S7bWOfmAsl7A/Nqn3jl7fwYlb9NNUjNG19n7IuUbtOLP2QSGWN2cu5kV+no9lAen
D5btvJf8bSMD4xHhbq1t65H+yZijIRgVajdmlFllyOycdXCUQMIV
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAImQIAF/pFgB1O8UzWf087RuYhud2xblhUtmo8wLC382h dbrduf@build-01"
