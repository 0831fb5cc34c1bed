region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["3.248.47.60/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Lantern_6353Velvet"
alertmanager_slack_url = "https://hooks.slack.com/services/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"
ssh_private_key = <<EOT
-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,E95945832FECD2F784356D11B0228F64

MIIEowIBAAKCAQEA4kujzmgeI+Ek7vtVfkV0zm5Tmh8ztuDMArmmgw2yU3Lh6Ue7
cil5zrzSYzwwtnfApm3UKRgZCuYP3g3GRBOMmEDyjI7GCudAINCSJ3M437xo8oSU
41847fzNNLtHKL8fNkbdSQsY0iYjhpjldQTrozCeEh/K2l06AeD8mMDGnTR5Prg4
0xFqPg+7BvT/NqKtLMRP3Qk/B9i+43vcJmogE94PRmNo4JhP+0SBmFFb58Unyu93
atIF0OjBhVMwBuUW8YNFNMgOuphNIuf7/pgUGfiDWhVxrMKqgd89I2jKQ1T8ouVg
DeQyM0VMZW9uf9oteTYP+cwCgkOnopfEV/Jo5WV2ghguYOroBLuZ1GiKLWtttbEi
nNKn+eqBP6Tm/3e+UL218lIN1yizyA1kR7xEKSQD6pOr9C+DftkZp4l6f3B4g6Nt
LZ/Sdt4BTf4QCmzCo82z9YgIG2fPCC+FIAgPvmEPpfzrd+NfmMq5m1Vc+KigKsf+
zRlmOHJT1ERMoGsWbgo7JagF88wRiVo5x5Pj1YH8ok0xwjB5VsbcM0QVLIz2I1gD
ShAGuMbuk+a0ZrBzyxgN22fc3kbLEccM0evTB2y7K07toDHSa7EyNi6uYaIShJSw
hF1QDIVHhkkIzS20xflecq4DTUs92n+RCSpQym2hL1naJ49xb5Rf6mUu2U5ddEFK
vCdB8QeJNo/xLjJwKX+CpyAg877YLVuRRpRCR89JzPFaCtfBTR6tWjbWhyoXsuR3
4GnBrpGrrbeibexH+ArO+qr4iXoHKkQV+HjUzAYrSEkW3MM24iXVzwUiBAVp2tLt
1bOkefDJRzNGFJs+cZwO8A+ocZ+UaT+iGRUw57HMaAekkZdg//+r0zUkN92uHaLW
G8zOlpI4LW1I3HheYXtCSCuzbKtk1GUXCziRzRSWjrg7wpxWTK8SQpzKQFTCXjHG
pZlmrn5hjsubgMGHhzwsWGK4K6npGhW1bEJ6QSGOg4xZ/RQ/ercDlAtvR4iOAuib
62yTlBADCNuHTNmKBwqjZlmeVCqO+17IQbiUuUN2XtyRMxJwfqXfDgV9lRHz9uvE
sYVgAsYg2fuMe8cjP/mk/uT0RSl1qTHVhtF+0DXFBXoQqva29cSyg2SXZaXDPEhT
TEE5fmX+5Lh3PG1sV+8G7XY9sL8MHiOo2/Da8ng4Kxv/qxSL53PCpru5wMCXI++q
5nJiY+24rjJGexmR+b96nfJFvcHLAI/BMzlCja+vzGCv8WooG0xJC5OvVaW3k8s9
Ce2FDZCZe+L9/W2oGn6MiLljwPRS4nJsgYyEGqu0g2gXBP/rjwdLxhgporlLUhWL
ZvJ31Ur9AQ8PCtup2Iw+m6z03xQ468ZgcdXeJfi2HfpyzFYHD9UHouUO75mti67J
vzKp/oFn4tiTEbKAoQ00TvQ0+IXHosV4Ca7upCYKStGAIRT9xl9j6xddeXL/rDzM
u5Uo8oeh0+/LyanZ/8/8WFUvCEJlKJ+cBj0zTxBQQQ0N3NOihHDlGijN5E9MAVFt
Tgv/iMv+Pbhpx/ejg94UJMRqKP20C2+8+OhH+aDwYVv+DJH8e1+waw==
-----END RSA PRIVATE KEY-----
EOT
dd_app_key = "2f4b2fc3079a7dd9b522284cd80c6e783ca68dbf"
# test fixtures: build=17.14.180.9364, chunk=bu/zRuzwUwqDAIzaSyjw901SORSGNf7nea8JWh4EXy58SHlh2IzBWn0xNvVDW7ouayy, legacy_ref=957-80-7179
build_id = "53e95b75-34d3-4716-8fab-b9637692f179"
aws_access_key_id = "AKIAZX3G74DFDDMEVPVQ"
aws_secret_access_key = "WaRWP6bWuoBK1/r27W7niUWrtIR1BC9pclL6ksaI"
github_token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
s3_bucket = "acme-prod-assets"
# old: example_token=${API_TOKEN}, build=27.12.252.1937, chunk=zGzZ3cw68ypEAIzaSyvPNPUZUcWRu6fCjUha0pakPVyUXbxh4xw7kL29IYJ4nKjB87p
aws_user_id = "AIDA7ZBBLT4UOAMLZ4GAG"
# do not use: at=15:53:56, card_mask=XXXX XXXX XXXX XXXX, chunk=CyGnYyxJKnqSAIzaSyVMA3EQYHalkrCwD8HSEeUWfBcjw91o6mtq5w/06WYv5lvf4ut
hugging_face_hub_token = "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"
aws_role_id = "AROAWPT2N2D7YZXTC3XAB"
twilio_api_key = "SK7bd0db056d2462a1ff01c6dd08b8b7b0"
api_key = "<your-api-key-here>"
sendgrid_api_key = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
azure_storage_account = "stgnordicgrid"
azure_storage_key = "4L3Cld4sO5V12xNfjEVhNsLru1nNZDWZqS3zV9XSOGfaN86OWPoHV2l0xa483ruCR4JYRVDSlSCusbvfza6KbQ=="
email_provider_key = "SG.MnSG832Dgtx1QEc3GH_lst.nASIT6JXG4B46IXQb3T8sCwbXtGj6G0JnxJF4vsSwRL"
# TODO remove: test_card=474699*********1425, legacy_ref=666-80-4433, oid=1.3.6.1.4.1.9255.4.2.5
openai_api_key = "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"
db_name = "orders"
# TODO remove: driver_version=57.9.155.71, frac=0.9420871301345568, chunk=Lzx3yuEUSo6ZAIzaSypRd36PxTeOmccjQB5iAziB7HAxgOw46idYNd6n1MdscOi7m2I
proxy_authorization = "Basic YWRtaW46Z0lCcThOZDF5ZVpVT0lrNEk5"
# sample values from the vendor docs: support=(212) 555-0162, span=d3bfd83d427e, at=02:34:53
tags = {
  owner      = "arjun.haddad+github@tallinn-logistics.ee"
  cost_center = "1968"
}
