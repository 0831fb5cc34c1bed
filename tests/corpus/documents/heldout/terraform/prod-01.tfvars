region          = "eu-central-1"
environment     = "prod"
instance_type   = "m6i.large"
allowed_cidrs   = ["93.127.3.139/32", "10.0.0.0/8"]

db_master_password = "Rz3FzMWIiE5HpkZydIt"
sendgrid_key = "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"
hf_api_token = "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"
twilio_api_key = "SK5e1fe9a7523aa6adaceb396dabf9964a"
mailgun_api_key = "key-6ab1dae1c181b74b2cecb8a2aed656ce"
stripe_test_secret_key = "pk_live_51ahmH7zJ8bkrUmYqbOBJPtxPz4ceuGdIj7vVoh0k0Zt68f0DLTZ7r6VfIZy5gnCFC5jcQ6JMQjrJubhfCQdPmhLqLpI3iAcugA"
db_password_file = "/var/run/secrets/api-key"
youtube_api_key = "AIzaSy64jeO3SsUjGH2iM04-7Z2ZfLP3BG_NJQ2"
s3_access_key = "AKIAHJCA6YS5AVVQ52N7"
anthropic_api_key = "sk-ant-api03-I01ayaTAap3joq_Fyfmlo6NIV5ks5IFTC8mNdJordUDhcHxwBt0QbJPZOWN-UMIrpb5vwJ9Sk9FlRIpTE0hWds42-__0KAA"
example_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

tags = {
  owner       = "platform"
  cost_center = "CC-37098"
  ticket      = "OPS-6498"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA7c6zw7n7hPdUqdnf/5SD3q94wCB93n5oL4wNJ9s8etCisiMv
j/qs4FIwYmAUcVt93NGVaSi+DyCSyzdQXXdhZw/SnS9/tiyQWKVJ9oqTypCISZ+D
aCxHs7v1/cj8QQZCUr+qrQ9jdyQ3d0wNKU5cJ3XP9WWwa2TXNATxuwby5D33FjuR
3MtVj1Y+/OuORXAYZ3rzh9trjzsUzZblNHNtCCPAuuI0P1/JvAditrm1Ln/yBExl
D/4uh8hUMCnQIWLtN1udq8dALQ1YgodBdodRrYT2gJiMTtoTEYuTO2ImK+VBsMW3
IpWKFr1E6D7SvEytftW3OkPo0JJkF9OI78AUlfZ9LR1/mkXLVgnYu3FDUIHQcoQ5
xn9m63yIdiy/dH8OjvWg51QZ70gBrMQ8GEPzqtC6ZflWeeEcIIl6nhBI8vHJXUTO
cN0YZMhlEkDf/pJBUP0I9I7bobY+LShULWRCiRFU/ftihP7GDNLjXE7zcCAel6hy
XJilBfys0YF9NMwXSW2cbGVja8Hs0PdRHkSvjUpyuhiQkDn7Ig+C59akEukrTYEw
JTCJDRwerfoyfcLmrq22nJRhFy8wDrgJGNtF99xgkc2rBbZSgO0T7eNPMiW51XBz
YBPaKo3V74oU36wiudsMHl566ThtTDWhTjw3RHnGhtnlhWMfomGBucGWT1xolfT9
n1YmfZ7jkgL2BeNRQHeofeO3csbWK9UygbrSs4bbs/u6R8o1pouT8l5ko++qrvUy
kOJAf7JLEbZGnYRctYSnFCNmtiQCYmaqwJsjatiRyRvpqhTytGremiZAjhTbzz3w
u2Yi0hyw2WuK1vYQQUimWBeJFZmgSf757v0/9ShLSwQClC56uuuc8skkKo/i93Jk
w7E9wUKPdC7W84WwCP2I7zqpxujpd6USdrm94/pQyzzS7f/iDApqlG5SsSO0QOah
tMksQWjYY1+HzxZIvDjXqgp/5QWzjoDNpJOS4TuCje8jU6mWpLm6loJQIdeyQO9l
89fxH8MqfGZtLwsIMMPvCe2wJn1ETshBEve/4ZOKQC6DrIj3cm29xKjWP1krvoww
ZITF1KjZDTHWLeFewwtSvGSwaInRsmrJyyenqLCNvIS3BB8CuLaqLuFFil5YuHw0
+KwDF/G5W9LXZQl1YH1XXwhomgbrqhI9eBiJ1vklgxQKgrgA8Wi8Vtng8dN1wGPz
0ZMYKd3mGIvgWae0bDh1IbhDyJETBGG07aeZQ41iBee/9GmQAzscm5ibup26KfyN
1PrJxHM98adhoVucFSgsxyd5VTCPIzM9RRilWihmL7+SYj66X4+W2pxQ2aWfdHQv
TKW2YQAB4in48LnjyHS+PJKTnJlwByZDHTtrGy/aqqzm4Y1j2Jx0yFGePKd84YpC
ETOGM92uc+owWTFc9kVAm4V/3G2VKC2cHLmFbN7F7U+/1xdDByljwQVkM85i+f2L
4m44LKaLHDm37c0jKynMvNUu3+NBKPNaXsbEZHrAq8dQCjA81cmKrFLPDHxJx2k6
v0CbWxxjkKQ6UB4sTaE8ksLCaUR5la22gZgubnxIzzAdFq5UXIxV
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI/vi6FPggyoc6TUhUMHQq06mYvV2RPfyv61A1kOJZ7qg btphyk@bastion"
