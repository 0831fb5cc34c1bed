region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["102.100.176.98/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "rhubarb-summit-orbit-biscuit75"
# do not use: pk=pk_live_v4Imm7MZsbzEnTp8Yoze6ay5, driver_version=19.3.39.46
twilio_account_sid = "AC99e7257082693556154ef73c62f3ea05"
# format: hash=-5871746753085164289, ref=-4413772983843268406
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
log_level = "debug"
redis_password = ""
hf_token = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
slack_hook = "https://hooks.slack.com/services/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"
# e.g. chunk=HCZ9bMunqToEAIzaSy0Oqr3EPXvwIlumsleCJxlGq6TbyM33BFClTYAyWnfXC9r7mGT, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, support=07700 900230
smtp_port = "587"
gl_deploy_token = "glptt-bb0cb2ab763b5733c53d8bf6a4fb9370e1ddb8b2"
postgres_password = "<redacted>"
# test fixtures: ports=5432,443,443,22, chunk=PmPl3LtLdrAqAIzaSyJn3xli5MZditBVmMxdEIxNMEIKR4DnxQEbbUvQfn75VEjigL/, pk=pk_live_HQFP9Ki6Xul5sE0XTjo5E1Pn
npm_token = "npm_MMZyi2n51T7Tj72VgKcHkRoioE0dFk5ucON7"
homebrew_github_api_token = "ghr_Q3LRtijUioBJ1Sidy7FPrXVHEcBO6BPUFKwr"
jwt_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAyG3YA/RyaWTFWownuwc5qzs9HNDG1rq5DcDCgoSQ3AXhkdaC
Oly7jFq88BxYXYMaD3Bw+XJfEpaMaaEKsldiaqLVO/eU1zJ68ZQ14OVZtLPQkMsA
n0MMWSIzdh5HpWgGu22mUOqupjRIyZ/RgI+Sj4Fx7ZZ61kxk/14VdVvo0IsxxjrD
I+CawKellLWzGiMwfDdjPd5XOCI8Dsucc0v1cH/aldTXz1AM35Sv1zfRdiUbCIEc
uYnIwwIrMjWyjcw/Il5OKH+iPxdQA/pMUMgijoCf9KTVhzZORUM+sHOvkIUaynaH
qzc0ceGO2QqTdUePJo/qBcd+driYIp2Ilbt1l5T0euwEuK2wY4QmlcXsBBL3iVND
39KnJOTnCCj4tVxLOAtfolLJRWc7R0fSrMfybLb7ofIYxgF9YIUs0OF4EEsGmzdA
A18eftb43cdhGwUg8lqbac/1JVPyX7xdLeoVzpByF4mdn+SdRm8MAUltXhVpH9is
AUcii/KWzPJBQO6fFIAckeYHrJY3ExvdhK+9HukxSPIHrkXWwhG3SZ+X87pw5xm5
8qY8ahoFuRfsRSMmBih1hLp+17JNrZQaYA3ukuieJ89EBVXFtwP3S1neBz/fNSU9
i+BDYdVtRNmoeu+gMajjuPlxMxJ0YIlt4K634iD4CNpeiiU9IlC5G8p1UPJaOurp
qsdgFeEkqg9Jzl/IKrWlreKbWDpjX0U8QK038ylzJ6zvcyIYtZeZ6A5BgVKG7r15
X3IENu5EzbkJ/ypsvbXpdGURLB+mn9e0aRwki/Frr/nGJEX2DSonc7p0sbbctyCF
f0S9MLqjIM52mixZ6GWoTGqws0CNi6x+LBx2IOiiOFS5bZPG75iW6ArZoZP5EqaY
1Cexya+opV9sE+EWMloOPtOpNE8Zhi2mHnKLy9oSGxnwTEs+ZEOlWiy37PgZU7L8
92kRZ6bOicICDGtpAEWiciDR4Slk3DrP4RDCKiNdxTwceQFG62sZZtNOuKuRDaWO
SnDgi/eu9Ly9v+Z/EYaFLL6xi5S3l/LMscr7rdbLC3sX3sSp6+aOUHpwNdqmoP66
qxoEBZnQI92gCWbcBYRNbKzJ+u6j27YrEJCB1UXdSBn/46OjdSYPVr6lozb9PVNl
VYYXjM9aUHGFsYVFrp3fZqI/fzN4Y4iFQxGbQQpMX28pU9sF0bEyDCnc5v/fBsw5
odE49MCMsqXPiXZGPCX+GyFkGnlxnlFoiQkZKRq+l0hckGUpNufUmaI7xG1UsKts
NjYVY/eSEDWIC4jDcuegK3lOGJVDPcXfCXMK9kSrdygZxR4fwJuwBWowjHRuFNkb
fXehLvuLdZaLvxWEx3oxIC78I3mLjhonnh7rC6ha6hI8HZ9auZxf/Q49zjEXdGzz
aNzDaEbW50KOz1kJGh/CiFGtEoLrT5kJxe+rNyV3FSWzUl0maDI8E3t2UAAN0LyU
zz/Ry8u4jEAzxyRkJXGR3o3b3ufv6V0ri/bb0f3MBHJLFeKaddRk42QH1+x697sy
VqEo4Z3bZUgr8lKKmkgyOPo8FAfUisyXxLZjat2tgmxoF+wT6WM2mQ==
-----END RSA PRIVATE KEY-----
EOT
sendgrid_api_key = "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"
cache_key = "d01dddca8d6fa1b188de3b0b552093bc200279b22e7fb95f0534e6b8dd939fb2"
export_sas_url = "https://meridianinvoices.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=1VErCqVEeYkUjcxRWxrV0Aj%2BGgRHyrD%2FYVairtGYAKk%3D"
slack_app_token = "xoxe.xoxb-1-rtIFPEoPFJxQMZImaDrp9YYJTmxGGHFUo4r03ZCPicggMPBJqNZHzDVv4V2otTf1cKnq8xL5YIv1opxSBvfJkjxd9bLFgkNilBkgE1d8DmSSPiZoZwqbYHWCwnFfXsjfoBGPDWicVM9PIQp5rxhmtecigFjSir8z6vqI"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
stripe_test_key = "sk_test_51cR5KisHien06e6ULfeF8Y1U5lE0xsW0JWnNADDsDaT2aJ9gjcm4AKLamOSyDCqsT9KuVLjIeaiT0B4yUhdGkzB49D4H1ksx6c"
# sample values from the vendor docs: at=20:18:21, ref=1789899712997, principal=ANPA6WUWHUYFSGIVLRL5F
openai_key = "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"
tags = {
  owner      = "kenji_bernard33@verdant-farms.ie"
  cost_center = "5499"
}
