region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["184.229.200.65/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "jpl5doJfPJD7j%RB"
cache_ttl_seconds = "300"
dd_application_key = "9e996d9763426e337d4983ac297ccf02f4732aff"
secret_key = "xxxxxxxxxxxxxxxxxxxxxxxx"
api_key = "REPLACE_ME"
gh_token = "ghp_IC1xJVlsevMjpHMVHIezrhRXTljqKJOMO2qw"
openai_api_key = "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"
# e.g. demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, hash=-5747363969861682565
stripe_api_key = "rk_live_Cr3c5AEzrcQt4nQT2WoP728s"
app_version = "10.4.18.191"
tz = "UTC"
auth_header = "Bearer KNZbjwDKZgWH4C90w6Q660kX.1wkDrUfA8J8QvWiC03uN0FwZPkTlWYtb"
admin_password = "********"
dd_site = "datadoghq.eu"
dd_trace_id = "1105733072794731806"
email_provider_key = "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"
aws_access_key_id = "AKIA3LCUVZL7ALLNW37P"
aws_secret_access_key = "5HTyJKHlY0Va6uox9sE0UbhCr0RftInfXD3IakKz"
npm_token = "${NPM_TOKEN}"
# sample values from the vendor docs: clause=52.204-21, legacy_ref=***-**-5033
build_sha = "826529ef065123a024d904ad51c1a1e2d3ba00a1"
asset_sig = "7LK3z1Bl6KbZa74ALTSRAIzaSyaQajTJisl7zMAdrftvutyIFnF5uITllrfRjnfgaW9xl6j6yW35JVmlEiLWL2a5Q"
demo_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
# e.g. demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, clause=252.227-7013, legacy_ref=000-05-7739
tls_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,E0C9FC7E765358550CDE3B5322851803

MIIEowIBAAKCAQEAhHP+5lWc0V3GHHJSlc8YjgsulhyKGv9IBZHxOsIYH+ZP6i99
G8ekcvDQTCk2sF/BRM3YhCqOyusF4aPw0uDSKd4CE2W7JuPY454tDUSEGKPerQPI
CK+69uwKobru+zK34/cXHsqVBngBJ+y39+ucJOgHYB3sZt5PocITI7OOY/tTyyd9
KU2pNDBHsY23nSZqFtF4zbYOn5iTS3gaWyC9um2ZUTNryH5875xLvkPdXAXDXxBG
O42kOzNtDPsRF7OsyFAPg67JBUmktDSY8jOVHJbfeRpJAk3JKHwv0WpnUcAa1FwV
2TkxpZMTgx/GVPpJDBwy+Ddl/K89fV78Q97ZB/cFds8YrozLoLjq9MpKlhz6bTxo
ALqTLs675aBDmUD+8Z9X3nCYT4QPvqsPg45MHkKKw5EOwCJNvcOJT3YdwAgtPj5j
eIeJIUz1WNr78Zx/jzVr8+mI6dXtsawtlSBlCqRycumvaSlt/lq9CgiBZtT5fwZd
KO4WhGEQsKcH0rRwrt2ESvM/asoWrf4vqKntkcgAHt6UI/pGumdarTYJb06YH9kX
ntAXrdfbucTVV2yZHwfG31uQfYblnGHCbQZ4YWJvY+ca+1aZ7ITd4/EwjJJcslvC
CQ3+4JZEiP4dkGacNZnWqt1R8PsCes4c8rEWPTBQKHfQOFLgwfMB3Z+WL6NHNc1k
3R0AgxT9euRjQ0vG7xdVix177ydBRIJ7dhfF7t/si+N913s2pfMaMKHTTFmKPxBc
m/9YcO1CNpsTV22WBf3SucIDJVGTP0lvEw72RClj5fQdwedAAmWcyN6hym0AQUj8
3ARazxgUrF+OFv8N8IhHX0fL40CnPkrT/5wx2Mo/LBiBgGPp4l75/CbD+qdbnX/g
jheFa2GYIXLYIDSvumhEMUDnkRQbTbl5r2sriQY5j2wpSDwi4vLqM8Hjx+yHuqzv
jZZOjSg/+cwPLhmwQA80S2T+cn14x2e/bD158YJrKC3SynXQoqq8zTR+fd91hC3E
AlveWZQ/6bMekgpw1oOx4UK0ouJ0uh8UAFJA26G7Y9onvt552to8YrZ0tYVeBez1
kf6YYNavrrrfUAeWoiQ01mBUI0Pl+/koMv4GAlLP+94K948T29SW7ccwr+7yTgUb
+u+//BthkfkxtzdTBhtg83TED0BTDOCFBKJByx0qsC0Jv45w0bM+vdf53HUdV8Yz
l0l1Rq4uw7308N0j7A+jCrOXYz7yJTOzDhHohBN3788u5N8UO2ZxehvbERo+5qAr
MJTq1kbnfbIHyBsJWbH4onfGgciMS3SpfygUqFqoZgiUZTpOBsUVql2Ao0GBUfdo
rQRfnRI1SWZCmEWHF1R7/c74CdMCfbrYZ9sIM8SzVHRINCKF2prailDT9Clr/7z6
KWgTMVEzaFBdUShRQwl7GwHpIk74ggrUf8GzsywIbtHtbCqYruLuQdNHEfUhxKj3
ICgEWyP5lScNpydRlCPVvxe9lpQA3XPUW/Cd0Q8gtrc9/X4KXEy+kOp3p7bM7u0i
j7elVkyr3hkmb2MqZpE7Za2Icu6lolwPIcCuyUXDeTevZQpgOeC7/Q==
-----END RSA PRIVATE KEY-----
EOT
password_hash = "$2b$12$oKhiM.08AuLdBtcldh2osR//djHqMNP4xI7KXsmW3/o564kgVKvD7"
tags = {
  owner      = "jonas1998@riverstone-legal.com"
  cost_center = "7586"
}
