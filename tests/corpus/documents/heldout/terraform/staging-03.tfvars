region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["45.189.249.133/32", "10.0.0.0/8"]

db_master_password = "3YEJBdpO-uGKuIh"
npm_publish_token = "npm_96FbACMypXtElk9cbxcrTFyBI65pQD4UgbV3"
password_reset_enabled = "true"
sendgrid_key = "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"
anthropic_api_key = "sk-ant-api03-RsjtnJaF0eztDnmkSeGWIvubmUMayff7nSvQ3XBwXEROjpOMbD-EFsryUDgryBSptNm8MlHl3eGSATyKfL0aZUwG1XF2OAA"
slack_token = "xoxs-544342662954-7737021865354-350929868952-f07c1a8cabefc491f6360b92cbea494ff95d79480ba0884148c90c24bc8471c0"
min_client_version = "17.9.12"
gl_token = "glpat-Bk8OwGH5T6LfGxpc80TK"
example_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
mailgun_key = "key-cf1fc9aed7751eb92f522ac526787fe5"
gh_token = "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"
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
aws_access_key_id = "AKIAGN65R525WVFSEMBU"
require_token = "1"

tags = {
  owner       = "platform"
  cost_center = "CC-82947"
  ticket      = "OPS-5247"
}

ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEARqDnSZQuWen/LWHJBAZ/cIrpmtH4p/BLg+YiROx/3Jf3wZXq
DkiG+s+W1jNOGkxrVW4oeH3MAT1nDuJ5WNoLHhgoFP87aBzsKXD2YMvis6B5AMdu
rb6LT9BLF1H2tqHUI4Qa17vDZsavMm4O+J4AsI1B6rkKuoTVfj1yMeTgrSH4JWN3
ku/UCypFDug96qx3EyAiQb49O9QLYoh3qm/yr3aVRXGjPmu6tD2izBtSebGVxw0Y
iVCu8bq5+OBpJixFHwguTcGylIjT7v7gfyy6OHYhG00JypydK4/xvbvbNptLAn7i
/mlcrmEBEqbzKEnnH7jSJIE3CQffw5970yL0FOwxnOlyjHoOYHOBsCABMk74ZG+P
6VCnmWXb1TYAIKoklYp+u4jCbgItk2cMCqTAmlbjL+JHC52ifwbseEQjLyNloLC4
cSBTH/MlaX/ZTsYYlWyBZYH76R+iFuoMQEAxdHGn0y98tvB+/xNhff7dUy2xhE4/
cJnTtem8woZHC0Lx5TWvMEwQyLg5wfa2bBD+gxrIV7FdNCIYIOyic0jHCg2Lnibe
t8pczZrIxTxXNe/m7BVEA8scRzaEFCQerbURcaZ5sJT3dYMZYHFjdvfnqs+//ENd
VuX6d7VGS5Mnv0azFB/4fGaPBxfmDFggBxq0JYEy1sZ/OeY+PPy8YzNf4+c2x7HN
5h7tPHiW3IiZQayikjX/khTrFmllOmhRVa1enGYaP6c+3LZv4jpClv+JrRZiAS2G
byzOrLSQrEqMH/DVz3SPWQ9JiwWH0jjsa8+zt0FYcPEhWlFx9t3guLfo8d+AOl0P
8+ipCgApIG2thpdQ8P2Ju6dd/TFt763yE4PlX2+oPG1tHpvk1jHcWzrhWve086hC
L6kC242jdvh6vszEw7+QSH+tTI0w0GtXV/KhXfvUb7ONKP/vA+WVm+ncS1HLEtMa
azAq6rQRIahy6318v7DZFBl/AwEpte/ZZ31v+tsFgah7RwnO6m2xwItqS+C3dtJj
GFd3eff7yie1AqyQDfStgbPcqX130F+hfg2z/jBIlb58GLSfW+4bKYO2+AMNzDDj
eTpi6+gHxyC5KY2L3qLQBnDbQsYCUeUg0GWhDpEV41iLFgS1X6O0R4eS8Og4/2hZ
H71euWt8bjoOr+ArY42eGUus4JnC+cUkOiNXsxdhXvV6gdh4bsKL0hG0duwHUZe4
4a8F71lLjDEfq3nvEhlZxZoHCLuu03RCCTt3gWcXnOTbcm8KHTM4hz0Nsm2mrQjg
DR/kpZRzkamjvVAVjhjzSoZ1hmsjc5ONxj5ZA2QNBCyAWL58/9GBUZjZO41jQJNk
oUYly4g6VM+WP8ux7hQKVC2GVJKxMwRK8JHE0TIdzicDYgpV3C5AUSCug9BAo7Mo
e5o0VgIvq+ubTgnbvxok/M0zIUy3+iKC6ZpDC7/vKr49fmfPjeH+fLUEmWmYAao+
vV2ZbDNtBM4Z2rDPgWJZ/+PxKjok6Br0EeRCtG1NbUUo6ml65oaapRQ1opqLf4Be
ksK4pYd9lu0U9sE07MSBue8J/xgoGTSN7yguKBQo3tLCzqrF7SG7
-----END RSA PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICeGA6IT+gC1fwssLCb07bKmr47Q0RE9Ixq9IKBWI+lJ suuaqk@bastion"
