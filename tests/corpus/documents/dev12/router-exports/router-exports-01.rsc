# 2026-02-11 10:02:17 by RouterOS 7.16.2
# software id = 7KUR-M7HR
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=office supplicant-identity="" wpa2-pre-shared-key="Lapin8215!"
/ppp secret
add name=vpn-lars password=Br@twurst903! profile=default-encryption service=l2tp
/ip ipsec peer
add address=0.0.0.0/0 exchange-mode=main-l2tp name=l2tp-in passive=yes secret="M@rm3l@d3102%"
/user add name=backup group=read password="Bacalhaukompass1923?"
