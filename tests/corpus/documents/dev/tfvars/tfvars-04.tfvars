region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["87.122.55.175/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "QXLstP/LR1OYcntW"
npm_token = "npm_qFWFwQVEQ3rP7UQdYfx2OtlyzxxRYz8l6sig"
smtp_port = "587"
sendgrid_api_key = "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"
allowed_hosts = "api.internal,localhost"
github_token = "ghr_lDaGMgwzNcLa22i3ujWO6TsAM47zJlaWMjRq"
password_hash = "$2b$12$DEK1PFedvebXUTyc1c5h11/zv94PC27F509erl30NcUEkLX7DZ9IT"
postgres_password = "<redacted>"
stripe_secret_key = "rk_live_XA550GwEiOaME55jESxZQdVf"
twilio_api_key = "SK23433a2e772641c4965c6c31bfd3c752"
azure_storage_account = "meridianinvoices"
azure_storage_key = "AzlI3NU4jRWsWCrZdfB8SfYRgxuhATCLc0lyudA8uO1z5zz95uNiWpY7sJN/Gaf6CLLbJxCfenZ7487rWb6RDQ=="
db_password = "${DB_PASSWORD}"
tls_key = <<EOT
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2024

lQfGzXmg/Iy1xKuKeIEfa+/fA5N3sYHOvltC7pu2wCJX3KXdJbOIiaClh2QLOVPM
kyefFKo6LYsxtdItNG4wiZkOhr1XDkAGOOwWirw8hQyO/JlHGEdU1cXfqdQ0Clgj
/iH3YgUesJFUHWk3tAdhEYcNCeFfx9x2ze1MoJT5M3QKo4zK9q92H9csGxdkUfHG
/4CYOHrLwrt69GVKzWtd7VMNSSnEsHRzaWzfbf+dX+eW6ppSoWUUF8u4Bmzm1Ezf
qRNr9fjFtUXWF8fLUtc9mOhriRiAvoAunRrRvq7OEd8XWInze3qM5ib654Z3u4dD
sn5eqFKEyb9+1xEVRO7Pb3gILuw06qT0BhFMJ2UgvoeGB8nE+pw+sB4VdSoKNd9l
7TmQTOyy+wh9ZgapOVMqrIsZCtqHkY17i6Uh8VKYBZEQ++aqGr2RDo7IEuL845qS
jNQn+ukRGHXYKj1dsuLohqsgcjzkeu7h02Ypo+k1iVoBwxzB52w6YCwHVgsOl7tV
dUdHhzMA9JV8LyqDCpBS/ktKGqLoDcnMMrO6kH7F/DlzurnwNguren5Ul4ujaZli
x9WHthhJ67WagcDOn3rUv4rEzDaeiVUTsPl8xR6ucqz7SxXWxL8OVh0SR5iFZWzt
1xKf+hBaTYR8lkVM+paMzPrKwqKbnyEJUbMoHOD5iTt2INHVU0CwVdmbdb0IMuzp
pGDYQdt7fOMVne/hThS6w3Mx6QS7rz/kLG6S4ef5E2BYJrNVR1OzDGMthsBFAsDH
ggfaeeNv6hVy8+gDUD1vcKEjZxSdg4kYfX+V+yK1EBmD+MbBSO9L25mK4AuJO7me
Y52CzYos7iVD2WR0WwMG8hwSef7THQScl2jN75KKJQJj4cv++mX+3Q0ZOHaEJyje
osDbXPtpo8kq2gwvxNwDO18Sg70RO9Fh0RREKCKCEgKt13YOTN3ExqwXzbLaJyoC
ruvn7D1Ca33ppLMPPEHQ38rF2zv+8Qm2LG1y1s6m8OXC12keKz8Qj1Z7/iLsTvHF
p203YYqthLBul+CrcSYDwaSr40SPbAGNKw/QrJ6kleEAqjtc3yikWOQMadJqiHfy
+GMCq+TF8Q==
=uy5d
-----END PGP PRIVATE KEY BLOCK-----
EOT
aws_access_key_id = "AKIAOU7JKZDQIPGOXZMJ"
aws_secret_access_key = "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"
slack_webhook_url = "https://hooks.slack.com/triggers/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"
tags = {
  owner      = "lefebvre.f@bluepeak-energy.com"
  cost_center = "7022"
}
