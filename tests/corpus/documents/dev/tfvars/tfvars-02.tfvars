region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["179.61.94.155/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "ASDbHnXBYT4mhGuX"
slack_config_token = "xoxa-2-115189076180-253771839816-301833050306-e03d375666e2ef42494ef25950b3a712"
tls_key = <<EOT
-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQAAxBewVTuuDCcF
R18EfYSvY6fHfEzFwWZ/VP6HNwZxwM4Uu174Ix4wJFPiBfr+2r4pY5fdEGLOImeO
+T0O4WNJbLuojJipbLu8QetRlgXF+/sBmR5tbLXseamiVLfD0td40X9jfpsUbWCr
NcJoa1A4lz02JP+1QMFULCosWYUi0ha4qHQRdjSLUV3zPQapa/lyu7eA/lmvJRwG
KmM4jCc6xNM6h9L8KgETX1B63RSQKhWqwQdMkpKXs/+dKDIkswBLnSkFWUGmYAZU
TiC44wLmfdBgMHEt797MSUAD5hpTe9BIYZD1Hc2HmaolI5oml4iAulAPSsPx/8ui
m8Sv5bWNgBs+n6LW1c1KvNDpkBA9il7SP6SElQEjg5q1Ep055mhwBgEjrndZbMRd
3U+1IXtQLr8Bx5xIlGw7XB2sGJbos4MOXeq09BIl9xawJPvMDnehq1eJpVfWeMQ+
eIX4ru5EaSjgYAbfl19wgHcxwo6iW/lfgh7fkIldsSKdDGLhgEhKpZBHpgkA+ICo
fYr/xksyV9MJIt1t/a3MTgoZwpQvE11nGDhyiU9jF/LE623oMIh46pLcnsMt9JxJ
9Y/gVgfwHIIgbhNp97Mv8okYUg1ONa8sQWM4LaURMsOddJNmP9srV+/W+oE+FTuM
WlsAc+j68xt1ZGElZdUIWSAVwqdplMVzfPg+i1ZV4hSyyLAQjtNSqLZvqHPLFKZs
xqpmpxvneZAFrjCvtoa4buLsGhnAIWudCZLvngBZfC8mtEbwwgT1yqXNrwMHDYL4
o0rYMSxZnYCKQwPASk3gbmZ0kSCT6rX2nWfHK8M+z6KWkOAqSobQca4pcjFnf+Ob
STu6ixHQLnEaH0mvwSNeXIQPvY7x/gLPQalRYAyTY9QdTEOb4xEEQjuZl+1kz8oV
xk/g0klXBnCQtMC2Bh10mU7jKWsjHRn/I8JLDU2+2bn6fA0iFJTRWejtHHKi/dgl
PNWN+Yc5Mqjc1TDU/MRWdKPUSw4Npx64oVCwWP+He0Nhz86Rs45tDC1WG5aMb9mF
ufZxFs0qj2C+pO/9h1tjGyOPeVQVCO8aOYseTowSmtBvjMtacY9hlVvqYtui1UE7
bSRRvu9esD3yJVw1x4VSzteIgf1O79P63mXWzPcjO73OdWK5tlOyMTCog0I1l2nM
hrgn2PLA3rmrrnj32fTIqhHc6XXqc8g1ZwtoZmh3Bjpsh1RYzO6AZpTqlqcscHcR
g/lXbD5LvTT8hK8PwLG4Dp+n6giH5tpb68Kk06kWYHP7FyZ51C1NrtyQTRm3A3DT
A8v/VJI7rRGe1CBZ6kb1u+IMx8lBUMcitIKd8ejhxzPvEP1q05YSyy/4pb1XS93S
9v2PubMWMx4SsgR2iHmCXelQpD9rVy3bTzQ3Yrv7mwOd0K3J8tGMvcKRrOvHyHs5
IFZTKVXArWLpkAaNOFafaE7HHOo+9DBGBNfe9l0QnJaHeNmb6FvgOrwCI/CI3xN0
YvRbB1abIKR1vr7MSzfW2cLlyYSrRv+IM7T4U0fhR78hHl0IEPEdq3vP8XFlBWqW
oXGIDHfs8P4=
-----END PRIVATE KEY-----
EOT
redis_url = "redis://localhost:6379/0"
password_reset_url = "https://accounts.brightlane.io/reset"
github_token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
dd_trace_id = "1177513175664642257"
db_host = "10.193.249.197"
twilio_account_sid = "AC22aa9b5d9906b450bb996cbfeeea5974"
twilio_auth_token = "a9317940cacda184b24a9b346c1cb2ee"
aws_access_key_id = "AKIACTNTROYRUDIU3QMQ"
aws_secret_access_key = "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"
datadog_api_key = "95158fb7d7adf8ee7e69b90606989696"
export_sas_url = "https://stgnordicgrid.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=8CBFUJMzuj3jCsI47c8X8duTFAJtDQfMlZYywvm1Bls%3D"
port = "3000"
gitlab_private_token = "glrt-fvcW_nqp4ARviB5ImIfI"
shopify_access_token = "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"
email_provider_key = "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"
tags = {
  owner      = "mikko.fischer+travel@mail.kestrel-analytics.de"
  cost_center = "5727"
}
