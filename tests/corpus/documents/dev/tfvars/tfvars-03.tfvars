region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["47.145.16.137/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "Vf#I=PMgauiQPpmCt"
git_auth_token = "gho_xNJvrCa86kUPXqmDO6CatgGnoJuYK4uXAkBp"
build_id = "c3cdd8cd-7d9c-480c-aed9-11e4174dded1"
aws_user_id = "AIDA4XB7PIY4BLANPCBQL"
s3_bucket = "acme-prod-assets"
api_key = "<your-api-key-here>"
aws_access_key_id = "ASIAOTOUELYUUNB3KNDN"
aws_secret_access_key = "k85FdGcNkDcJYECQXmc0rOAKUzEkeoF8plPYdHrS"
aws_session_token = "IQoJb3JpZ2luX2VjE7BDvSipPtJUj4xA0W6FYxzqZnoFywBLzp1W8P2/jTAhpXmqfSglKGsUJjXfYwJ33HkB1iWvHAKrTVaJ1fJ+wBHoUe5HU+obur9qfvCj6lCzlQlqXHAKXx8CH8xJZghdzLeesE3lhDH7WlRimaDVVbT0uBe19KJ0l95BF1Rsw3WLDBxqFEUUbarEJvWaL3Fu2Hl8EL6bvBnZL+pKCcpbQwQyQRZfouRc/YIHtGlweKO3k4guaD0RNzhpH8WSx1T6nrWEbaa0FB0Z5AROequm1s0uslNsVhuFMIfRvvpXBbao2"
# do not use: hwaddr=5b:16:20:ff:ba:a6, password_hint=${DB_PASSWORD}, span=e96bb5a15fce
stripe_key = "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"
password_reset_url = "https://accounts.brightlane.io/reset"
slack_bot_token = "xoxp-765416862226-128817639318-3424187648529-dd41dc8d1a355fa1b140554ac4a908e9"
# format: ref=1290149479978882272, principal=ANPA7EBS7T5DPR4FJ5T24
release = "2026.10.1"
# test fixtures: test_card=371449635398431, created=2021-04-20
jwt_private_key = <<EOT
-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCImLQTBK2Y+Np8
W0Vhma6cFd+yAx2/xLjVbHjFU4M/YKdz3CgFHjYmvZ8sWr6X7Fw7+IMNFJ+AIjsu
48/iNmAJAw2lJk+Eb00+a1PXC/a+aoHXpgjRAOUJ6wLBo6HtJLNT6mZ0NVTUlnE+
OaLi9EglIW27dSgc/p4MSTBcI1CfrnuIB/fNn+4FHqcyfYUjSMSe3XzCm1nN8sg3
WRF9NEEbsj3Rjk+MtDTHrcYkf6fE0lzGt5YcrsJMMkEhS0P4wV11DHdKSu7wByXB
MR3Xrb8XIgTQFGSFhwCL1hW6wf91bQaUxAmvyh1XI/NQ1lZMf+i86zYVWWGoDh1q
8QtBfcOozPV3kCRB5hyXhJShwJtTBR3dtSm/PwHBvnR0wQz/VezfIY9yQm5Un1lh
KT8rc2DN2P04ahazDZIzm56Mnew1sHnWkV6rKIORx1h6iSxEsnecBW/HdwqHMO0m
17fS7E95Y7zBvt5F1wTzBOBXbpuVEAAXbM+6NNpGmEEA1NKsgXAkDGK+FAghIfU/
c5WCfSvzdjpdE4U5eo9vE2ug50K/nnA4k1sSVm2DulJ2vUSuYY7ix40rsQk6eHKo
iH7xAW0ngpAxTKvkAFmh97oHNXVGmrsTMeUis0IB0VFTeQx8T3f5jpPjVC+1W+HM
1oArglpSNLjFq1ygQHQy+s1IRbL2/30Sjy+sLkzHFQ5tShtvt9wsxlD8TymVqa6R
345YeXd/jZjA8kKrMNTaKYJ1l8pupcr1fruR5F6CsNiy29didNSZyZtS0kWJPBH3
HshoB4lzo8Ww5rpkupi2Hu/znSOXe6B/Oi1altV/eNSEXQM63zgQKNoUge/lsyeG
PJYBFMx6xi/17I+EdIjEW0s7tmDFWO0QDx+21ZoIaiL5Fu/4UwGl/+QGGYbQUh9g
s24eTqiGgdW1XRoJQ1ABHsZEl/RiqULBXWEDrn4HujPH6u10qKKbvFUoVPwO8Tyw
taS66F4gFJL3umtVCVL0DP/13QYPnX7QDBVzYkcXvTisIGZQi4RpHT4Porw3CHIH
qAkCBXcLFpMsZo5aABK/C9Lsb5lc+P5q+Xf5v396UiThxis89QNPShR1FUcp7yBk
wxW/HII7ZUN59n7DnmptzRc/rh1hzNMCzyQYUB2f/2jsEqcMEzWlfext9L+WypEp
+PmLzidg8UfkbzcZBDIFbuoltac5PZO32JtfQl6tFhESzMVnqYwlbX/X5O2m38pB
nigVoRzQvgcA/zOiNnGZnjkJxeLMO1qblWMdy+Rw6jyx8kpCNo+D1mwRcRDJnDqa
zDADEeslCtIotmzXQnEkFs3dVbbUYgKUjGpjbwW/O0Plkz1wMRVNw7KqxtIlOhVQ
zj15EgAJQuX9OoRAYrI0/fIsoaIsrKSIbr/YVXjMylMNnxydmMp3dsNvd0HcFtc3
YlcVW3HAfSvys7tVEHwNizlPN/dAJLSZcQG1C75Jd2X462VCpbHMnZw/in+ObxQU
u8t1yS5AGqWCzdR4up0DPLKVrHS3jzZJrqD2pPen5UqJPh3TISbpE70wwC5FxYiB
Fm0Q5i8h1Ac=
-----END PRIVATE KEY-----
EOT
feature_checkout_v2 = "false"
hf_token = "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"
openai_key = "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"
twine_username = "__token__"
twine_password = "pypi-AgEIcHlwaS5vcmcAiUIARIhAoTpN2xFwgKppBWooCR80h_TkNYPEg0hvJGUT162lHJkhVnftbr67P86Q2a80Z6mQYYjC8Hu5C32MZD2HPkWvg8r-_IgZOznVDCIpJo62b9Xmf-8HtbqLjWZEWqxgqN-8vqSIi1wjoIvbSGSQBXlw55_sEARsyGQHUtccFR3dZMMucOy4rG-GM9WsPtcKgwuo2a3PqYZLfMbM9w_d05XAmB3PZ1TQBZkzZA"
node_auth_token = "npm_KrFjnH97rT9O9T62qQer1xKcpBN8NZbBDR69"
dd_site = "datadoghq.eu"
secret_name = "prod/db/credentials"
azure_storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=brightlanelogs;AccountKey=lWomhRnWCkSUXwTccaqlvGLGTgLXjdaT0RdM+YJ6CmiHDiN/J7S8Rws552mxbrd/ilaRNYEnOxt1v1uAIdBElg==;EndpointSuffix=core.windows.net"
# TODO remove: principal=AGPAP32C4CKJDDPNCCRJA, driver_version=39.10.162.129, support=0491 570 221
tags = {
  owner      = "aisha_obrien89@bluepeak-energy.com"
  cost_center = "6284"
}
