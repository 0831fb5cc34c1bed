region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["75.163.15.115/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Db_g8lR7QPwTL%"
uv_publish_token = "pypi-AgEIcHlwaS5vcmcAiUIARIhmYDe3ELcgaF-8XrSSkw04g7jBJSvZ7KITMEIXNopf1aZDzyEvJMBmr1SBXGQlD18FTJiXNLZLEWg7Ffxi2_YGc5yvDa_VC5CtXnkj4PqXUJs_824C7ybkfNutjufp6SHOVTjGc0WqhaSqOKr_d-1pNEpyfGVEJoF2bVkhcQZONKKEJ4i275V1lmXjfsadSCVv3LofUWrv8e-zGBGSfPH2ECpvqnEY0WASKU"
twilio_account_sid = "AC18c1319fc034d44dcc6adeaa5e03205a"
twilio_auth_token = "e4e9ee1e857809296ae9a78f8c9f9601"
anthropic_admin_key = "sk-ant-admin01-33xIWbZbSqsU1GpiqHF8mI50dqVUZxC-zmcXL5yrNLWP7LIRjOEH2qk-hAdUyiL95Z13LF19W-wArd-slXaThFS2Jmb8YAA"
app_version = "10.3.25.73"
email_provider_key = "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"
api_key_header = "X-Api-Key"
mg_api_key = "key-b103bd73f2df49a8047d51c0c10ba91d"
password_reset_url = "https://accounts.brightlane.io/reset"
otel_service_name = "checkout"
deploy_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,52BED733B89203EE2538E5ECA5C7828D

MIIEowIBAAKCAQEANRPUVv142JuWgRXt5LRA5m0T/Ao0rN0owPQOvMBGInU6d2Vo
Xy3EEMB+5yXFKch3Whg+8rxuvTxPdVg1C09l/rCO0xd0cFAjTHrOE4LYMvxU9WNx
M/p8eT7dNhKSvk+yU4WQhjYn8uo8k6Er7ZQACOGoqqm8T1J5jA0stvmpfds0cA9N
eTT5nH/oSqdLT8szi3XfbauoWOqGMLfHEyEZgp/Wg4AQ/y6/x0yQqtyhtpY7yzdx
xO3WR4lc0Xmc0ILjIaehp/9Idgml67IywTPMnJpo/bsFhc/3CZxMximWM8MIiKQW
VSx9AcQKJelVdN4MXRr3lu2BI/WP8+NMjoCWnBxACl1IXyoTjQy6oUD6axsMUaRN
GkOYX64SOHnlNTPPHz5yznjSOqMA8JvjqE9ZBmiFCbkKDUSriMo2uS1UXwtThogo
SEjmebvQunXZROKGwzs9I3AxyKxgq1omN7slDyx+HwZJqYA7Ko7+biqlxz685lfn
nR3SmaTE7tEJdNeAAe6PLtsjHWi+44kzDJ6dqsVjBqmIoZ5Nwub8j5k1ps4k14mP
hOF2aY66tyCapGi8cyvTjY+fo4XpLoA0uJKfbquy1UJ62qeao01D7pecIBl/e1kr
9W1lvRuONc5JFMrfPzznHQrO2M3e1pzAAaClQbg0WUt4ZP6MvR2isdgjSp4ywahm
W1eU85NU3IS9CZ3zFKNaOHIE7EHDWxaIs+CDbSLGDs4mvQGzZ2uhS2YhtvwTQkIo
5aqyBDCqe9hRnqYX3Hb3oaLFMwPR6xkq8bs8Ol1dq1r6aIXGQd2k5JBnXsG6wTx1
uDTOT98w+Qr/di8lVFmK9NQiZ0AUDz0PKitooxPgHbVSlK1n17d5LdDAmsmxA+Bp
djxUt5/8zq6O7DbOhqdq5px0w/w6/AAl4G/QFkdVan5O6A496ztOGvxDY4FlFqDa
sXIiy1VuGlxyEWDgacZP8FvdYzVVKqz9H/aqwX15kLayvgKdAFOAtuHhDItDpHhV
mQGNNWbFBONnJfoz0yP0zfnKdff3hFwKhHjubt8kkIP8M4/ia1p7LeHe8CshlTM4
z2K+J2pbZ18X1jXRsG/iXTKjwAZCRdFAREGppj1stTu8cK0K01ABjxX5GNb6BIJS
kONNMDsvrJb12HlXSpqMs0GNg6Syj8Fzj1COOujyvCk89UwAB0dDRcubRUAw1YFt
kSbTGRr57OCdnk6TmrDuzbCpTeOkcBLyg21ggiTTaUoZTWZ+51S3RDU8W2Tny28o
JjlkwsziNSpYH+Ty3ly0BFH5QTKrfFnAr0m2F4odavy89hh/g3AW/OqndcPulRsk
MQPZzEA91WUpha88uj6jp++OXd6xrI6t7VahxOVq4wVn23H+F3cyLQQr8ficD6lN
0JpejIu1jap8NsVQ6h36DeoCAfzDTWXJudMrUJ0CVm54vk9H2ASNtoCNRMr+N8Ao
lJhJ1J9mQUgBa+w1npyRmY2VS9DsQbEjdK5SRgcVhSxqvHL/gSBZrmM7yHmq7iVF
sqGoR+w0OduhWroWAkg1kWX1BAwpqqEamsDpZazJGWYZKc6MbXrPyg==
-----END RSA PRIVATE KEY-----
EOT
instance_id = "4484ca1a-4fde-4c90-9668-543163d6cba5"
stripe_restricted_key = "sk_live_PwHydX7L93ccPqli2pH2YzNd"
node_auth_token = "npm_5Fgoopq2PYLDfjFWp3lFGINpS7GP016EglST"
tags = {
  owner      = "jonas-wisniewski@uk.brightlane.io"
  cost_center = "9998"
}
