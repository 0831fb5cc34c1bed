system {
    login {
        user ubnt {
            authentication {
                encrypted-password $6$EXdNle24xmVjJkGQ$OOE.uH7i248SjiyKbamnGA/y8RZW5ojKMGbuAbrv7iHrTGqzr8UnCJOcUefT4gIuSlCybQQlDeI1U99pyFdml8
                plaintext-password ""
            }
            level admin
        }
        user support {
            authentication {
                plaintext-password "Nuagemond9003_"
            }
        }
    }
}
vpn {
    ipsec {
        site-to-site {
            peer 198.51.100.77 {
                authentication {
                    mode pre-shared-secret
                    pre-shared-secret 33Sq5L2irSdsjkT7uKT2mMP
                }
            }
        }
    }
}
