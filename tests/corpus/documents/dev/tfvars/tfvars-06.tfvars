region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["64.205.193.135/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Adm1n_RtjbFi4WJ7#"
twilio_account_sid = "AC701c844e21db959871ffe09576fa664f"
twilio_auth_token = "1e24f4738c36eb0d4103252d8128e507"
# format: oid=1.3.6.1.4.1.1289.6.4.2, password_hint=$(cat /run/secrets/db), principal=ANPAOKRDPOUJZUQQYONUM
postgres_password = "<redacted>"
# sample values from the vendor docs: ports=8080,6379,5432,22, ref=po_6JShMeTQ657CUs, example_token=sk-ant-api03-REPLACE_ME
otel_service_name = "checkout"
api_key = "<your-api-key-here>"
gitlab_token = "glpat-vTmhwxCCBB9YgtiDYOad"
password_reset_url = "https://accounts.brightlane.io/reset"
# e.g. card_mask=0000 0000 0000 0000, ref=INV-1640026, principal=AROAGOXEZACJHBJJKAVNZ
smtp_password = "{{ .Values.smtp.password }}"
azure_storage_sas_connection_string = "BlobEndpoint=https://kestrelbackup.blob.core.windows.net/;QueueEndpoint=https://kestrelbackup.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=5dxVUrxYHziZPirZaq3B79U7R%2FDDNcGSEODMQVyljTo%3D"
database_url = "postgresql://app:${DB_PASSWORD}@db:5432/app"
secret_name = "prod/db/credentials"
stripe_restricted_key = "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"
tls_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,0017C2B06F69A29431FAAAF4FAC7DC84

MIIEowIBAAKCAQEAs29rhI2I8yvUg0HfEVAKDS4167hbz6gqHaQaIM9bjDNzTt/r
BcUYw5BuiH6hj58NzT5EGo/0eThHDEybicU3mHgNwgO2Wz6a1q4ReRQpB+snCau/
8RYoPuAlJ2s24PnU+35ONytP8K2l0sAkYJpyTMIjQFFATJY+AQhBKXJ6pOE3ZHfQ
NN4mSBroHEnGaG3Bf4MVZEnCBnFraD6115dRgkN9dK/MTdoNChDdXX/K0+VZiFzB
vhzKUctVUunQV9KLGn4B+XWRA3EKMMWuO0v4tEZtvqDZUXFV2zSx4GxnPUNFH0Z8
slaRCR+c0BKaUteM+ZHro0suQxF1CCP2X3JOb13x/qkNr+RFTowV8r5uF5vURevb
3t8B3uPW5kNH1CvOvaeEKgTr8OmJz0F/8vZTjizHzQyTsMog4dypbnhBBMBwRKDF
1LF3fbv+qhzGnSJDGWop/dBzM9U/4eHle2GOhbZZW4bklawcqYE94nQOCxCPAX7s
hIkr528P9nMDQMI7T0D7e6NAEt0ezBBL7ZZVMdGIGZy31XsLxlrUgEMapEmq/912
GyfzNykRC9mybAWG6YLqpntonK77wFD6c1DFJH+0xq4JRLM0HkN9SS4XvgmMCBaI
vginEBbRhmK9aa2XTQN954vDezyggHHPj6B2JKyAm+aGmxcKQmZGWse8qgZLNRSb
CnZtYpBvdrN26ux4cs7hY7wMC2LZtqt9MZ5C4vBmBUF8cgHVlt1Z8lMKnJsR6416
hVfoyurjTJNMLAud9c6VlFjzQI2oJvHtuAk8zbGxYs5+HWSBHZLfPxUgPNR6TDgs
m0aEvkeuosT8kBrR2fPZPDwdC9Tt2FpjiUIo8EKJko+SYwXrkUt+YHkVFSYY/2kF
Zsl65XW8RiZIS5LZXqqq9qHmfn96iDIWauD/+9Emr0Ocp9ntixKtk1C1vntCO5DP
SQ6suRP/B+dlLLoCW7aAxDkVJe8HXfXIK2UF2HIcwsuqlGFb/HIxqnLwe+pkh1B9
EBDThAyqTlFceMwsq/Ur6kAeFMbNQpRhVPuME4Wc9FwApCuPCkZ/zdhV3sqesqAJ
TjC+0SQCl9ZefzuFt32xx6QNpsUBbGsPRDZ1w2wCX3nFGXc7a1dOT9T5Hu4O1Thn
I9D4RQTA5Mr9viEwyaJLL45LhkjReH4jBa+/q4I4axNQLHTieG4kj8KuqiqbUyMg
veme4JRYQmUVK1L49bSIbnbMeGAD/5IJUplQLr283tozua4HA+MHftPEEhHOTWFg
Av6B9AlQ9MiwvmnGSzfx7oTbgyvLOwii0KETc2l5LT8DyHYVUd7aydNEJuLrkpF3
gkEgOYTgvyO3zsBTQ02qmCAQjuUB4ngri1Zo8roX20FENnntimw8ryyFPctlsXxF
h/k5S+NJEspUwQsYy2KQn7k94uB0h62e3/O09gAPkLBgSTbDpnYFyEpOS64UsciI
Xg+5Hl6SraG5ORDCJHHwFRtm6+MqM7O0V4guPK69E3Ghg5ZyN4IAqHFTG/uGER7M
NBbbvM+5c1rMIJL/j0pnkpLHY0XF8IEUi5HOylFUMj85tcQSCZa2VQ==
-----END RSA PRIVATE KEY-----
EOT
db_password = "${DB_PASSWORD}"
dd_trace_id = "1223826288554253894"
# sample values from the vendor docs: legacy_ref=123-45-6789, driver_version=47.4.22.64
demo_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
aws_access_key_id = "AKIANNXCXQTYMFSN3D77"
aws_secret_access_key = "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"
# format: hash=-5452701581342649099, pk=pk_live_TNJ6vIHlUFS5wUKyxDOVfHZL
huggingfacehub_api_token = "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"
log_level = "debug"
tags = {
  owner      = "jack.nieminen@bluepeak-energy.com"
  cost_center = "5567"
}
