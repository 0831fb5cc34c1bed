interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
    }
    ethernet eth1 {
        address 10.20.0.1/24
        description LAN
    }
}
protocols {
    ospf {
        area 0 {
            network 10.20.0.0/24
        }
        interface eth1 {
            authentication {
                md5 {
                    key-id 1 {
                        md5-key bJ8Rvp1bRMcQ9o0
                    }
                }
            }
        }
    }
}
service {
    ssh {
        port 22
    }
}
system {
    host-name gw-hamnen
    login {
        user vyos {
            authentication {
                encrypted-password $6$Qxkgw7TPFlPjD5qQ$vG1dKb6epxwqW1Z5lzsWLMJ-LZT2NEQkacaoTG43NNA9LPAv79OT9YJMH5GGgFUeQbTkaxxoo5i6taWxNY4jXr
                plaintext-password ""
            }
        }
        user drift {
            authentication {
                plaintext-password "Orkan-Ekorre5072"
            }
        }
    }
}
vpn {
    ipsec {
        authentication {
            psk kontor {
                id 198.51.100.20
                secret "dYwLNQEzUx7KYXRuE"
            }
        }
    }
}
