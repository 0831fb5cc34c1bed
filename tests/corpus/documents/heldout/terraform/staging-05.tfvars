region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.large"
allowed_cidrs   = ["92.6.57.72/32", "10.0.0.0/8"]

db_master_password = "HrtEcpesl9dgGY"
stripe_secret = "sk_live_SjMHqe7EGWxmBCur0dQCOdgZ"
build_sha = "3ebfe0c9fc7e765358550cde3b5322851803191e"
iam_user_id = "AROAVRO5UULBEYVZIYPGV"
twilio_account_sid = "G-EB6UEKSE0X"
firebase_api_key = "AIzaSyN1YVIQ5--KM_BAUz-3C9jE21l7xMr78TB"
aws_access_key_id = "AKIAI44QH8DHBEXAMPLE"
anthropic_api_key = "sk-ant-api03-QmRhFVe_z-C0Afu2Z2CMxsVdSNIh2m2iU09Ka_v-KaEMUMaUXUKUQCeGA6IT-gC1fwssLCb07bKmr47Q0RE9Ixq9IKBWIAA"
accesskeyid = "ASIARJOVPFCVLVMBSMHJ"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
ci_registration_token = "glpat-AUQ2ouY2Jv3e22PYtdth"
mailgun_key = "key-b637f8622dc7daabc377d782c05d593e"

tags = {
  owner       = "platform"
  cost_center = "CC-48323"
  ticket      = "OPS-7586"
}

ssh_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
/illgVod4Aj30MHrQ+jp0pBf1cOQDqxQfALwJvFCvliKCtHfuzbQF/zCZz6QTJVbY7RvBe
J7+K5P4SUp8Mr3d7O4QvszjsZaWBOYPPqkuPGvsZMWSa72RNl9lBFnKjHUZuGOwm2JdSrR
yZ6mS7Oq0MJFCe09cmb9rdc5+aQm9BX2vlvhxbwKvq+4QSCe92quKmGgxvPT0YC9kZrlfF
+KRgcwV3be/lRr0hPjPUWEIs+jORlXyY6U6GiD8sEqk/9c75H8rF9P+Svf5/HXxqIXzj1d
fXigRkluLgv7yFD2++jy3Ky0zFTtZYovf5ACLC/3NfpYbNB//T9ziidlEpAOxqzkprF12F
BietWFaSmzQgRX5CK71oxPuqoHbxE1SBXjwZoiIgnXxiVXlr
-----END OPENSSH PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIYOZqPR8jumUTdZcXnk6knZ0meaOQLa7ONf0RngPrxJn hmmzpa@laptop"
