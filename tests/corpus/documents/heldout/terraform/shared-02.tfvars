region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.large"
allowed_cidrs   = ["104.203.41.244/32", "10.0.0.0/8"]

db_master_password = "Kestrel421#"
app_version = "20.25.13"
shopify_admin_api_token = "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"
hugging_face_hub_token = "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"
algolia_app_id = "DNZML1FKD0"
openai_api_key = "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"
min_client_version = "2.22.30"
aws_role_unique_id = "ANPAP5VCWUM7XCM3JIPS4"
stripe_secret = "sk_live_A1PTELiOcx7DEWhwCQPdX1m5Ra5T7lm1wQ"
test_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
slack_hook = "https://hooks.slack.com/triggers/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"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"

tags = {
  owner       = "platform"
  cost_center = "CC-64575"
  ticket      = "OPS-9237"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAJtTH+3lYRhADX8jXM7V4QI7I5seo4KcpRi40xq/r0QB//yw5
6OXbN0fzeHl+5hop0kTrJroead5o2JM8dL9ulR3uLgN7HIkzFkDrzOpIFC26HS8x
WTPUkOAYagrJQBAjI9bX1JYIzdkHk/AbB0LRu8lItD/8XKZDHMcZcmVA43hAGvzw
N/oRl9HG7ARbuvyiA0OqezVsFUt+q98ZRvhe/3nZN82VgriAPoOtOyi1v4w33JC6
lt0UQ5NCKk1mKsUQt+b21fOIBqHXCtr3cEvQjlKGo9Cxgtxqadkvr/Ny1xGjc9GY
Eh8FMbFRLL2HML/qoDEfdTuwal8obfpyt8FQ1DlZXlzgRGccPx4ByUEfmCnmDXWG
GsTNbjY6QXl94ONGi9Sm17N3Z1y9kYNw/Z082vSY2JFOpRd1uxP+nuka5oSV1rfH
xoUSaxN6lBJWh9vCY+xQe7VJEDpJkLmTcpZr9dLoUJrX/tws69KSBPsVuFCUkOEG
Oo8jGPKxG/j7iWnrTV6Wg1bUkLQbMSSY/zlvyYTdhead+1FtKLiQogKLFw48yzs1
zSco2flLvEZts0XUTMmF5pOBoSm5hnaBTf3K+jOwntkiOtgNrXC00GSCCp27JqlA
41ozeaPVRm1VkkGJvYnFAXzHkLkbp2mwvZ0sNyyV3X3L47PHcn3+/aNUozGZ9fUs
DhqVgmJl+OKKIZxsvK4m245vFSQNhwT1044c5CCy6uvDnb9rA7IDeS26zxSDvG7q
BKPn6gPHSh92YsJeMBwO913kOhORGD/e6/ZuK+T0oI3i5vw9zWWbsB6kYKVyNZuA
chALj6lvcH58b0PP9IrCgF30Tn/ZCNQL7lZaXENbI7qVELId9BO9dh2Yp3/O5VJU
nWTqAiTxxGDiJmGB9Wn5RseQdGmo9WrUpUjeKg67o9zAXEcu7E513g9feKWVYPvT
uxsRCpL73IbcFpy/A/06uWYlXWQxQ8aqF7ZIXXhrFTst85UMRTNKPZ4h/MDyHc/h
OgPxdd/HKI8rkQVXxu9itw0LWQxWWNB6D4w7PnAeWGQjZxXrYqdfaI7DF6AFVP59
mmBiRcXoMuCzZ3Rv3pMIjJw/Qpcc5MhEb9S+FVmVz0a84c2ydvSpUXgf7+wUhGpF
lTun6NoTqeFyl1QU+djJIsbCeeTiUXXoq/Q05dL4wTjCzFzEd2DhGwtVdVLlY4z3
pGL4wnFt+SeZUhcJSruVrSmGzhmAujT5c7sjbO9X6SBMY+dNwTJJC37pj2jEn+lt
lSZYH7Gyx8k4qDs5TZ/5BogGDfFYLnbSYb7Udjt5vMfsH3WCbcGP2kiVV1f3CXMu
6f0r+kOTgoVXirnWCrjBGmNfJQKnCjFi952iU0xC5oNM/p6wQ0XfRwJaIhTGiB+4
aPyeB5F9PlJeoW7g+HGu1hCno4sbIQpqbdMIHfi9CxJW2cgx3ZemOPmPU3wMIVSY
UNzwjizSOfW5IW7yLJoFS6w86P9o4q/wG3Re/BMsNo0TyG5Mr1A6JlpOk+6Xc61p
d0MKekdVGYnQDkLU2dLQ91XHIo8IYv4kLUQlPxT0UF1dxgw2whLl
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJjycYjVlm3BkUC2Af42Qu9xBUZgc4f9q8xoa5AQQ0Xs lsdvst@laptop"
