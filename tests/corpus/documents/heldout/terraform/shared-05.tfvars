region          = "us-east-2"
environment     = "prod"
instance_type   = "m6i.2xlarge"
allowed_cidrs   = ["93.23.133.242/32", "10.0.0.0/8"]

db_master_password = "EyuOw9tbEgGyVsXN"
role_id = "AIDAXDU7AJQWCNFZPTWY3"
gitlab_token = "glpat-vllA3c1W8n0DIttP-fCX"
password = "<password>"
pypi_upload_token = "pypi-AgEIcHlwaS5vcmcCJrRZiAS2GbyzOrLSQrEqMH_DVz3SPWQ9JiwWH0jjsa8-zt0FYcPEhWlFx9t3guLfo8d-AOl0P8-ipCgApIG2thpdQ8P2Ju6dd_TFt763yE4PlX2-oPG1tHpvk1jHcWzrhWve086hCL6kC242jdvh6vszEw7-QSH-tTI0w0GtXV_KhXQ"
db_password = ""
dd_application_key = "13464948157fcf0d07bd6d03cb574328d9d85df2"
stripe_test_secret_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
sample_id_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
openai_api_key = "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"
google_api_key = "AIzaSyQCeGA6IT-gC1fwssLCb07bKmr47Q0RE9I"
password_file = "/etc/app/secret.key"
alert_webhook = "https://hooks.slack.com/services/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"

tags = {
  owner       = "platform"
  cost_center = "CC-61939"
  ticket      = "OPS-2455"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAlBFnKjHUZuGOwm2JdSrRyZ6mS7Oq0MJFCe09cmb9rdc5+aQm
9BX2vlvhxbwKvq+4QSCe92quKmGgxvPT0YC9kZrlfF+KRgcwV3be/lRr0hPjPUWE
Is+jORlXyY6U6GiD8sEqk/9c75H8rF9P+Svf5/HXxqIXzj1dfXigRkluLgv7yFD2
++jy3Ky0zFTtZYovf5ACLC/3NfpYbNB//T9ziidlEpAOxqzkprF12FBietWFaSmz
QgRX5CK71oxPuqoHbxE1SBXjwZoiIgnXxiVXlrN7vDGNpB0z/1UeI3nPr4VHXUyW
jKsoJzoyOdirwb4uqE/yl51IvI919Myz2UiXT5Hj1NcyadRMPPQ16hwgkbOvqsUX
NHfaHevThxqdP5SYj9FpIk9AHlesYroSTjzs12dl1894ANUS5nknp7ylyrE8tdMZ
FVG5q814e67yzCJ6tEet/I9AzB8hJxX/gssIQ0fPWD02rgTM6JsD7wo1LRrrncFc
BdilAKPCcXjo/mFjz8ox4nK+E8JfyHaBbJXvN69Bdfx3ZYZhKwZVTM/iH776OLQ5
u+cnmZppOotfogLhM9LEmSh9a+no1OIbYZjgxznC7tpX11NOI1bkq5VWKmDFeDPN
7xqqYkVHrfWqM3UqkexzkUEbTG3SNNfjUpY28mK4PZJUfQeoRebdrAQFtqqFKStC
wD7kqjhDaRJfgM8G1hUcxphApXIdkbumlltriIerIOLpG2Kt1VyVvKHNwy9SNeFq
V56FAIxk70CgLfZh5cU1wnm36sZ6rdVvHtU7xz0w/Vv5SAuw5jFUqX8+8q6ab98t
vHwm9UOV9Q+JG7aQaOUR41vFWBccYzZS/JAQQbZsGa46fb7VxtEbnv3KS0ULs0n0
3nEknvqwHXnxQLSN7EtnPnxaz54oiq0JTZWWvgpdIQ+iF2GLSq2ss0l7r11ZeV+U
Dpp0VLG51vFJIoLxUmBvgrbjVJ+y4zBVYHbAkKnI3icV8XA9IWNa2Fb52E31Vs3D
7+5XTwpUk72Q5zkEjtNEY5Q7TgT3laMoDBy6Z7PPFxEPgzfNPC/kXJaMtgrJZlb7
6OOOcjJQZDidDd5nIwqNlWLhNSOALDIPzbKGKeT3mFbIkrO0Vsp0NSumCSo+VWLQ
CKpAfVAx8YXkAOyjcZikLxM5ELMjv0qjEk7bKKO/pnP1gjhy558nH7vg3b1HYITO
DFZFAOsDfzaLKU9AzawsbBjL9tI5H4qHokCvSErEiifc64ShkJWW9RAAideG42T3
07J+jZQOlOksKF1Rt0Sx/GZuYxr23+sNa1w7FzRLpAQeUm1t+DkF1gQDkFzAZ3Zj
JxI0mJqfDKfynjBTbqMNX8kdwcQTr02/pCqePV3B7qoSSO/3mQ0l3yLuftuA+TrA
ZJiKDsd2f0sNU81fgyZaAV62Ifiw2yKfTG3m/YNkbZl3T36aeCE7YILc37CK70oJ
dgYBmrThtsMno0e1BMNShHFqX2MFTyUnQSR7cWoinDv1KGnMltmU4y0B+IJ+Ryc2
1RbtEZX23Di4FkYsUy4I0sRHFpsfiRxVEVSeh17qBNtFuYjwpqvY
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIUY1IjkGMo9+k7Ea5g13RAg2FBAvEef1iLW4LvYwZAXO uusgrt@build-01"
