system {
    login {
        user ops {
            authentication {
                encrypted-password $6$yPBOt.vh6NCTcfqW$6DUDgI9cxk4oYQy.Nou3LJm4gbdTfhCw89xz4ihJP.UNpIUeghJSY38JhOPQ3o6OsRjJgD/zQlSYKnYeVqTs33
                plaintext-password "k+zcN.YHH9;4gvDKYZ"
            }
            level admin
        }
    }
    host-name edge-sto1
}
vpn {
    l2tp {
        remote-access {
            authentication {
                local-users {
                    username vpn-ops {
                        password E@:5=RGE74vV
                    }
                }
            }
        }
    }
}
