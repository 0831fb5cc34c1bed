region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["128.60.239.79/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "BJaDtgj?5z05U=#zZY"
nexus_auth_header = "Basic amVua2luczpzQ3dFZUdvY0oxbWx3THRacnk="
dd_api_key = "436406661e64a0c30f91a2efee7fc4bb"
db_password = "${DB_PASSWORD}"
notify_webhook = "https://hooks.slack.com/services/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"
git_commit = "26bdb283d2a86e0b077eb17436ede9abc809fa05"
jwt_private_key = <<EOT
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2023

lQfGlutO7HD6PPa9B5NZD+YvYLuWZ2lIKu8wb5vUxwTtj4LkPXpd7SpOI9IvgVJD
C18f0LalaxL7yDiuc9UaqKoVZJbVDTp/llu/7vaat43Ri+4g+z0+BJjX7ltrJPZG
A0v5c+GBg1gdmiPU5+p0K/CpbgiHHzLO//Z0zSgglXyZE8MxZtAyNURXr+7s0AB7
xlRY9JMEvx9BLUh1/GFSQgGfqoNEszuzAt0HilKcq90ok0ZYMQQsKvi8rchhV3d1
yKlN0eglGpa8SVjYSf3sP0CWVzxmLeoW2vL/c2MafX02IJtAKcWADeelzTwIoWRj
9o6Kw+nGpJUSaMZ1ZfGA6RMn5evRMz4v3cg2jaQSmyA050uxb5rtPQVchrtCROGA
EP8lgYBC09dbgl0987+YwtJh3q8YW1v+tYmQ/zSj0eRQa2RSuHEDiRF9hZVcbOO8
cpGT+XmpsNxEfOBYjzvuWZVnaGsuMz/alzISDeH8VtNs5zD/aK26d1X19cmGzu+L
Rp1lPx5EarlLMIqiZJlyaeKVks7/DntcuRd+kPK3tUlgqlQvWFr5B/eo8191NX66
NM76k/+h4Hi4GshpPSGtNbZU9+8xlb+ASsXrF6gZmj2UGqToLIpuIRq6bCt3W5Qx
cl1U3RNiLZelWYd+AWxrp0u4BKb+38OZkUQ2c3JrUPGmiGMyLIyGUpFXXtkwKB5R
VUGbqXXdPfTY/TUKWKuiTFJ2V3VHdyZUV7F2tIfVMx41EOhDazL++nG7BwgFzkFi
PWhNPA5Y3lkGCFOr2Kj915cgLSuo82JVbrjrxenC6q/oeO05aKvPQD0yHU8Jo7o4
+P36Qsv3W47T38cPuw2kAFbhzVY3IBC7Ip6Ut6lck0kkGhP+HzxxtakmNyLkWmlf
GmdGanrzvtMyP4MpIe7ZYXRG0i0zIrGwAu3pQFqPi4UGmgsHZqT5q90fEaerqdJ6
zHDbuWZ5tL0BX8BYcyRY/PnNkRitooHPDymsF6OCx/xSeW3o6Rkt1ZQXeDrkYeRy
41vl3LHaqYpBaZR25UPze4RDgI0gm+WMCiiIIqPQ3dCoF3Wv9ClVIcRwOoGq7SmN
zVzzYDrGfQ==
=y5U1
-----END PGP PRIVATE KEY BLOCK-----
EOT
aws_access_key_id = "AKIAHJJJ5HKGRYKSK3PA"
aws_secret_access_key = "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"
redis_url = "redis://localhost:6379/0"
gitlab_trigger_token = "glpat-1xcrO1nXcTOiwfo2arM2"
shopify_access_token = "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"
id_token = "eyJhbGciOiJFUzI1NiIsImtpZCI6IjBRaVNvWjMxTk1fY2pveldoeWUwQ2JfMU9SaiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubHVtZW5iYW5rLm5sLyIsInN1YiI6Ijk0ODI5MjE2OSIsImF1ZCI6Im9yZGVycy1zZXJ2aWNlIiwiaWF0IjoxNzEzOTAzNzEzLCJleHAiOjE3MTM5OTAxMTMsInNjb3BlIjoib3BlbmlkIHByb2ZpbGUgZW1haWwiLCJqdGkiOiJiZDI2YWUwMzFlMGM5MWU4In0.QEuxp9mOpeLfMRHgtULG7fiPhy-D-2WshDZyIThWbRVhYYUK0v-8d5ORdC-k6ng9xnaUgPi8-Csdjh4eFgPk5w"
s3_bucket = "acme-prod-assets"
node_auth_token = "npm_39DvV7acl5HxaXW7nAEDnqyks9BXpBwMlI6J"
request_timeout_ms = "60000"
anthropic_api_key = "sk-ant-admin01-0qn3bhUsXTq4HKbPonj8-NadaFg7UEhGp6eB8GCl4Yg_y8ol0ZAIc0aAdGWDI2Wae-4XeUEn7myifWLcgYm3KsUkSg8ASAA"
openai_key = "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"
tags = {
  owner      = "aisha1998@kestrel-analytics.de"
  cost_center = "6463"
}
