region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.2xlarge"
allowed_cidrs   = ["88.202.22.182/32", "10.0.0.0/8"]

db_master_password = "DEWN2B0eJItbxRkidaV7"
client_id = "710023f4-60e4-4e93-9208-622d107ff395"
slack_bot_token = "xoxe.xoxp-1-klfpnT1meeMZx18ohmxqjGN9NOckHRf899ugdGk2zNa6nz208jHceo4HJ2b7Y9UJlaEJn6DzJzDj1oerl2pQ2rIrijkFEtXv8CQK14AsXha37T14W6UKGz7NzGMjerBCB9IMXOPyKoe1"
notify_url = "https://hooks.slack.com/triggers/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"
pypi_api_token = "pypi-AgEIcHlwaS5vcmcCJZnpeqwPi2qW5hCvxBlTqOIK4NyH3pnWli0em5tGqn0nS2SbOxLzj-iYtCwZtUupiTNXhRmcNbOjJuMaYtrBmy--IA4m5dSvckcQTsNsat0PZ54qV__hghkkBwGnudiClLje7xNf4VC2nKYRsbcD3NlHed5fFledv"
algolia_app_id = "W9Y84ZDX7P"
openai_api_key = "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"
use_secret_manager = "0"
secret = ""
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
aws_secret_access_key = "sO8nZICCK1RYgNr6lUpVMim52yl+2mSGtXbXx10z"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
password = "${SMTP_PASS:-}"

tags = {
  owner       = "platform"
  cost_center = "CC-70874"
  ticket      = "OPS-8172"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAnchM7F0Ynqd6NI01WW+slWPv2FHsmQv6Iip2tdYCxj/fDThI
OkEIqmrE0c1eZRkapSGnhwoFuCXOgpdShfQltNar3PJdqvEOyUwaI+NF56yJf+Bt
FyU/QgjlmLi2C3fjYtHM9vzv/Uj+6NGAqwp7dTtRseAyMxMHHbzjxpwQn9uQyxsJ
0Ko8lAQj2gaVpfxcCS9cDFrj09zwJ7ido89GEuMg0xaRCYf0V7kcsv8KdrB1zSGG
UAUSFsoMkqptaMwHvdl+Zwt7YXnYb5l7uN/xtV8LqDj6ijAucvx3FhbRtUabRDuf
BN0cn/z6PrDXDmwWKkAC2FGFeBdC5Hy+RusyHZMHUczbv9NDahqlJu5fYyEa+Ydq
ZLuUfWVa4/BpQf8QEPxSqSnNJ3F7sE9qkquAQgvGj2Nt4Gec7EHX0OihDo4BfBoa
W9Kqxm2np86NxklOr4YQGjIVnmFXGE2mDt+yGG1DCh6U5+ubElysq0SeA61vXgWy
PIFrpwbKZTyJgFEahnwhmdUbsJWgF80QraPGUNidbqyOKmMw3ehEjkBCbBi3yPML
jl4GKUwR0X0cJ9yTgOM06ZIduxjcKrVECocQC/8qNvOFTbl4dJz2NooFZtrt6EQC
JOlzBeeuOyAceC13eTO0NruIxKFBvJZlDxeKdP3BNKJ7Uc2fGOL19kE+1PeaOl64
KQgYCpUS/86aq64O2jwWeUo3imdHp1WcgqsxkVuufUUooO8mF2L+wgXM1UD0PeGh
hHYRUgUi8GjAVbm1gg9xj5CISCuhb9zbroBPaQ3vw1ROnHkmTi4u0Wby1na61xzo
RKlXLSdtv9+NGjIm5GZcOCpWXzbqU0OXMbxXzxU32l/JDF9hSDDEbRDU5XN5thHw
EisKl7T2xHs6cxepgRrZ6imseP+4rdFaxart3lsooqnsRi6a6NrHXSU72OIL91SY
hsuEt9GNmWykwrd9UHZ2mIY7Ejp+qc+26Zs6mcbCDRqrrHtUL3PPuZjJ0dh40uKL
eT5Pf8rd6oIQfLJQFHXqYiX5ytG/zADH/bDQZ11r2cbPewXBlKMwhRgq8ln9pV8F
nqSysrCOgFP5X2PLn1GLlwmH/7cRV8UIEN9hmpZjgGLmHxi8v0Oh6+x251YAXNYh
64wgVW8TBDLpo+LvzsheyOs+LKj+CthW5+m9mF3DMpOG/R455QCd/IMyuwKhN1Y9
BJljEo0TyYBRS8XY3yjJmSOWEG+2buBFt06lHwkptCGYsTyHMXCeVEsNiMADq7nl
flttlwT1IHLRWa7mRiUlRCTHv7SzQASDEUTd77OP0S9EI3mKcZkn8pUZkzoMV0Zk
ViBAqu3uBM+xuJFrGbiaN6W5Rquyzzoni1Iw5ERzED1ZaJppm3S65URtIibihbQy
sBJ4amlTDPpSddIGx0OxhO2fjrHS2R+RVXzgzbZpGAOcgEkfC85T611jN4zHBYlF
GGz0byDL2A7gKmmfDC1KlpIalqQB2lG77cd7M2ldDXGiOitpkpbkZ+5vg+Im5SC6
cqX6/5XggbeNUmY1MGMddwlhCxDG0JNL/Lf+dHFy6z3Tl0ZSUfcQ
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIUxwPsioYyPrHoQBTERKVGElycT6r1EblVsS32ufXFPo hozkcv@build-01"
