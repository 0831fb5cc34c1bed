# jan/09/2025 10:22:01 by RouterOS 7.15.3
# software id = A2EQ-EZC0
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=office wpa2-pre-shared-key=ZephyrKanelbulle6158+
/ppp secret
add name=vpn-erik password=rBSJV8H=J!@w!j profile=vpn service=l2tp
/ip ipsec identity
add peer=hq secret=l:b:w~6_~eNMk*
/user
add group=full name=backup password=Kelebek142?
