region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["66.15.52.181/32", "10.0.0.0/8"]

db_master_password = "Tiger1045#"
hugging_face_hub_token = "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"
private_key_path = "/etc/ssl/private/server.key"
next_public_stripe_key = "pk_live_vWiC03uN0FwZPkTlWYtbB4er"
mongo_uri = "postgres://user:pass@localhost:5432/app"
password_file = "/run/secrets/db_password"
gh_token = "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"
s3_access_key = "ASIAFNCGKGNKLKFKIBPD"
storage_account_key = "bR6b5NYx3Fs64Vr3tPOoQi+pAtuNo3b4er7MxMO/kEh/rUyNMNBrV1fyoV371G+zjSj/7wPllZvp3EtRyxLTGg=="
datadog_api_key = "d02bb3f7054b9e7abcee28ba54ad126626936a87"
internal_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguc3VuZHN2YWxsLWVuZXJnaS5zZSIsInN1YiI6IjJiMjBiODdkLWIzYmQtNGQ3MS04YzM5LTQ3NGEyY2JmZmQyZSIsImF1ZCI6Imh0dHBzOi8vYXBpLmJyaWdodHdhdmUuaW8iLCJpYXQiOjE3ODcwMzQ2NDksImV4cCI6MTc4NzAzNDk0OSwic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMifQ.DQQsgFi-fP_RgVGY2TuNY0CTZKFGJcuIOlTPlj_Lse4"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
redis_url = "amqp://guest:guest@localhost:5672/"
gemini_api_key = "AIzaSyU9arBXnENSZQmRhFVe_z-C0Afu2Z2CMxs"
pypi_token = "pypi-AgEIcHlwaS5vcmcCJpF2afsZ0ss4Bw_GHqGLuT9r2m3lkPnSwPzDcLp38uh4quqmHQiy6LQZnaXXFGVgpGxbYjccRqkAsDeP8RQS1GQuaSYELrNxw5QETzK9xQLbjn0JO2VqgPPrv2vKz9TOnqcyM1DQrNGZujsMN_illgVod4Aj30MHr"

tags = {
  owner       = "platform"
  cost_center = "CC-62840"
  ticket      = "OPS-8141"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-128-CBC,4414AF636A34F8B954767599E996D976

MIIEowIBAAKCAQEA6hwgkbOvqsUXNHfaHevThxqdP5SYj9FpIk9AHlesYroSTjzs
12dl1894ANUS5nknp7ylyrE8tdMZFVG5q814e67yzCJ6tEet/I9AzB8hJxX/gssI
Q0fPWD02rgTM6JsD7wo1LRrrncFcBdilAKPCcXjo/mFjz8ox4nK+E8JfyHaBbJXv
N69Bdfx3ZYZhKwZVTM/iH776OLQ5u+cnmZppOotfogLhM9LEmSh9a+no1OIbYZjg
xznC7tpX11NOI1bkq5VWKmDFeDPN7xqqYkVHrfWqM3UqkexzkUEbTG3SNNfjUpY2
8mK4PZJUfQeoRebdrAQFtqqFKStCwD7kqjhDaRJfgM8G1hUcxphApXIdkbumlltr
iIerIOLpG2Kt1VyVvKHNwy9SNeFqV56FAIxk70CgLfZh5cU1wnm36sZ6rdVvHtU7
xz0w/Vv5SAuw5jFUqX8+8q6ab98tvHwm9UOV9Q+JG7aQaOUR41vFWBccYzZS/JAQ
QbZsGa46fb7VxtEbnv3KS0ULs0n03nEknvqwHXnxQLSN7EtnPnxaz54oiq0JTZWW
vgpdIQ+iF2GLSq2ss0l7r11ZeV+UDpp0VLG51vFJIoLxUmBvgrbjVJ+y4zBVYHbA
kKnI3icV8XA9IWNa2Fb52E31Vs3D7+5XTwpUk72Q5zkEjtNEY5Q7TgT3laMoDBy6
Z7PPFxEPgzfNPC/kXJaMtgrJZlb76OOOcjJQZDidDd5nIwqNlWLhNSOALDIPzbKG
KeT3mFbIkrO0Vsp0NSumCSo+VWLQCKpAfVAx8YXkAOyjcZikLxM5ELMjv0qjEk7b
KKO/pnP1gjhy558nH7vg3b1HYITODFZFAOsDfzaLKU9AzawsbBjL9tI5H4qHokCv
SErEiifc64ShkJWW9RAAideG42T307J+jZQOlOksKF1Rt0Sx/GZuYxr23+sNa1w7
FzRLpAQeUm1t+DkF1gQDkFzAZ3ZjJxI0mJqfDKfynjBTbqMNX8kdwcQTr02/pCqe
PV3B7qoSSO/3mQ0l3yLuftuA+TrAZJiKDsd2f0sNU81fgyZaAV62Ifiw2yKfTG3m
/YNkbZl3T36aeCE7YILc37CK70oJdgYBmrThtsMno0e1BMNShHFqX2MFTyUnQSR7
cWoinDv1KGnMltmU4y0B+IJ+Ryc21RbtEZX23Di4FkYsUy4I0sRHFpsfiRxVEVSe
h17qBNtFuYjwpqvYTyndMZexahFGSZiSgwwZklDneoCuy6+bfZZIpa+Mdwg0ur9z
QMFrj4y5nPJurKi6IgFAbQsCrabkwwDfX6sIPT9rRRctcdgXkYCdyuvfkMRfMGEy
AfAu69+LouP12x2lpPqRNt6N45tw41ASEby1qi5mIQrvkGEotwulobz6UWhUDdxm
HDgC8lkoVgRoUi1neYHrPlrQoTRw1Bc/VLt3TyWRv0qHLOkFUi2k+Sz/r77CfyRe
L5J4P4+s74LX1MBq3HLA3+mfX7XhcfZ9Mv1xq/tbZH6yPZQoYhao4mjohz92AEw7
gWz23H/vTFI+FR4XIu+MDQj8FLIq1FREKMQ7iAsk2M5WruQRRmKn
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEf+Kru9D5bdJ5myN9F4saI5tOqGhKx1ybJhycOFKS2e qlprzz@build-01"
