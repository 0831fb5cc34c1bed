region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["76.84.102.198/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "pickle-orbit-biscuit-copper80"
postgres_password = "<redacted>"
npm_publish_token = "npm_tL8s2VLriKYjxvt0OFGYwt3G4Ldv0QeXD2pW"
# sample values from the vendor docs: oid=1.3.6.1.4.1.4935.10.7.4, driver_version=39.5.224.188, chunk=P8/CCvVWStbRAIzaSyEfrcFcHrmuFo939ZOTdX6OGTfgoeRWM0Rvb0tPNsqbqduYBBZ
db_user = "grafana"
# sample values from the vendor docs: contact=ava.williams@example.org, oid=1.3.6.1.4.1.4184.6.2.1
poetry_pypi_token_pypi = "pypi-AgEIcHlwaS5vcmcAiUIARIhbyJ_kXHuqd5eroiYdD_gT6ZY-z_TCrSRmrwpm_aDF2sOKSwQl2GBtzxvROWKViZnebQ2dJt_Xf40BrEaxm7sTYG2G4Uhgld-1izSR0IP-c--zC-qet0M3zr_obio0de1m5y8o8K-B9gIAaFmrqEmr7hCJzmr7QeztTCE1t0w9SI-RUqV_pNWRNjW5e9CT9XGj3lHe_L3"
jwt_private_key = <<EOT
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2023

lQfGBykeucXv1xEh9NJUSBorT61eFvo9MgJ9EXMk09I1GLVsY6x6Lw5nTqXKhaVy
fkaqizXhe5h+IzUFBLncdfXRKMp+EIYolS+WNl6DBnWqNdvjK6ai2bDzk+n3gjf8
5YUt+e0HW4M3eUSZJglE0QqepuOIw90uIa1QsGSUrnmayg6XU4UsZG3jK2Ey9n3v
0HfqAeNrGQcZMnNDrUjqoxm3aetmGLDEcPrawTieIV/FIMl/1cGTJNebWA3kUrD/
0wLzKg4+cDmL5IsS7LfES8J1ELSf8wfLqDGmf7Rq/iGjGwvaQ3rTLfzmtl/cXAlt
NoeC0Oek4RvylSeiZtdhbqch9kWksEJSSNiEk7qgJyOlm4Z6EDRdIYJpROlxX5Qt
eBhfrlEIs0NhlgLXBwh59LiLEJqDHBY/FaMcwn6FMfra9kSlxCUwEymHCc516DFM
dKCjvX6wuCdUKn3zmMKrXFgmf2gWHUAOGsNPQz6mqFHHPwzb99YJtypjI+Ba3Z5L
Nd1DoD+h0K0rXCqJyy9WagVQAMUtOXYmPopkYnBGGuARnzy59+HVwqw9FiavOGLU
m16IFQaSDklGueSA+knW5b9QtEvalkuCEWG+OvehH5WSIaXLqIAPavKrNrOgU5tA
UalKsb+utDBFonhxnZED0FU8q0BMnu+h17nYZwgnkRgG+FY98caSLMP5GnnQbCD5
tjKHF7Cd/f67lvzb7GwsnxBiePizemsDnjRcpUsv5vkEcICKaSyp4CjRr9R9K62q
afepGpmGse7U3n+rWAlZlPkpBj5XNgMjoWstcDk5ZKHnC7Y800IFP1FzSMiEOwrb
Tly54l026rVYp+RxAjjE6ZThbS/75lqtEK5tAf5zXJ60ieRgPtGVYgPYfryWHghr
Xx9nBRjeJ2xSwPPB3kMKfeS1Wzbb/sET3qtdDEibvhDUCx2redFIi+DgX6th26Ng
C3io5K2e+mFxKwUMW0OZHpK/c6KuzhuQLd+o8Zx+6dmvNnzlJJa6uAA5WKiDiraH
jbV5EXZkfUPc25TeCZq1lMakZdS3o6wlzgXz1zcgScGm67vfb5PlQa4iU9Sdpv95
+zpyiUd8GA==
=V/n0
-----END PGP PRIVATE KEY BLOCK-----
EOT
partner_jwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjBNSnNTWW9jR1BIX3JZSFR4aG5iS0F2OHEwMCIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYmx1ZXBlYWstZW5lcmd5LmNvbS8iLCJzdWIiOiIzODEyNTQzOTMiLCJhdWQiOiJhcGkiLCJpYXQiOjE3MDI3NzcwNjQsImV4cCI6MTcwMjc4MDY2NCwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCIsImp0aSI6ImU1NDNmN2NiMDEyNDcxYmYifQ.0fv7OUqZB0wG08_HmG1MKD9bmpVMmIbytSUhILMBQNJ8ruZ1MozBPJFixz299pvgnGpyBa4GaeU3UtJN7o8yMUN9bQvy5eA4g2D5X9ZuJryhNjJEE4P8mUAvx-IERQepQGO5cw0cuwN2KfrC_4gPcZkyMLWkP5YN8DxVYp4WNmvt09SfE21WtkZe0DMJKasjgxzJjLKJcne2e3vT3nW7lhvprYfBeOMAct7h3OrXd4HiM4L3cVAFulrtOnqXaC1OD19z9r4SF5FGhRAJWd6N3OmcznHKhMNBAZry0K_XopSVoRTsDuoN8Krx1QZxbWxSdDZZrrUuDNRbDZ5JX_qSyw"
stripe_publishable_key = "pk_live_51L5hdclz2dNTxgjUKq9sRxmpu1DoTg2UrlvEKUvJFSmK0qgnfsknwfVjJC6Mo7zpFXwi5CBjaXMa3dlO5vroXyqS5mT5uPgCW6"
release = "2026.7.17"
api_key = "<your-api-key-here>"
# do not use: at=02:37:26, legacy_ref=123-45-6789, sample_iban=FR1420041010050500013M02606
aws_user_id = "AIDAIKTEIYL6LF4E7GTUG"
# TODO remove: pk=pk_live_JLP8GMkcR7zBaRrQhYvLRyC8, legacy_ref=983-47-1245
stripe_test_key = "sk_test_51FhcPOBfd389XtymXJdUoEgutAVzf8zoAtIUQFN258qais4jq5WVeLrhNmVC040SYn8OJwKflPTvqSH20IeJwRfc2RCxT3PCJL"
google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
dd_app_key = "2097b1d20de3864fe60fc6d1db6187ff5fb1d962"
llm_api_key = "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"
mailgun_key = "key-1a8b3f9e57aafac4397788e4ee6b946a"
ports = "80,443,8080,8443,9090"
# e.g. oid=1.3.6.1.4.1.4403.12.0.0, ports=22,22,22,8080
proxy_authorization = "Basic YXBwX3J3OmRYbGJHVkxBNDRPY1R2NzBD"
api_key_header = "X-Api-Key"
tags = {
  owner      = "aino_ferrari10@verdant-farms.ie"
  cost_center = "2026"
}
