#!/bin/vbash
# EdgeRouter ER-4, branch office Jönköping -- run with: sg vyattacfg -c ./setup-branch.sh
source /opt/vyatta/etc/functions/script-template
configure

set system host-name er-jkpg
set service gui ca-file /config/auth/ca.pem   # sha256 dc095369f27d7f6ea8bca343f6ed7f29285e5f7ce170a8e6b4f2f45f8641b7e2
set system login user ops authentication plaintext-password 'Lakrits_Falke_Hamster_328'
set system login user ops level admin
# previous admin, kept until handover (already hashed by the router)
set system login user ubnt authentication encrypted-password '$6$VGPrB7Mw0t1vTiz5$qEECH6xaD2aEbRnhEkpF/xO/0UsfwWRxu8XVZ9idnqL0h83BpsqitIDVMgie2oXPRvCrz.pVdcl3aRmPh/s1wL'

set interfaces ethernet eth0 pppoe 0 user-id jkpg-0172
set interfaces ethernet eth0 pppoe 0 password 'Nu6%kMK5a!#j'
set interfaces ethernet eth0 pppoe 0 default-route auto

set vpn ipsec site-to-site peer 198.51.100.24 authentication mode pre-shared-secret
set vpn ipsec site-to-site peer 198.51.100.24 authentication pre-shared-secret 'Nebula+Pilot+Nebula+443'
set vpn ipsec site-to-site peer 198.51.100.24 local-address any
set vpn ipsec site-to-site peer 198.51.100.24 tunnel 1 local prefix 192.168.50.0/24
set vpn ipsec site-to-site peer 198.51.100.24 tunnel 1 remote prefix 10.0.0.0/16

set system login user ops authentication public-keys ops@laptop type ssh-ed25519
set system login user ops authentication public-keys ops@laptop key AAAAC3NzaC1lZDI1NTE5AAAAIdSlJ2NX+5of/AQmwV69mIClkUqpqO3QIhDaAvCuXlY
commit
save
exit
