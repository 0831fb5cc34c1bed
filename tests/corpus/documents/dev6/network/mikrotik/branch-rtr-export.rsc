# feb/04/2024 11:17:32 by RouterOS 7.13.2
# software id = J89X-0Z05
#
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff wpa2-pre-shared-key="Otter!8658"
/interface l2tp-client
add connect-to=vpn.copperline.net name=l2tp-hq password="PT&.4i+6ww!5i6J3jZN5" user=branch07 ipsec-secret=1uS9i7fbPTFWjonOTD6zl1tPZ6Xq use-ipsec=yes
/ppp secret
add name=roadwarrior password=V@qE3s8Nq+BNvh32~ profile=default-encryption service=l2tp
/user
add name=monitor group=read password=QedG7cJMWOtcUZe1ZK
/snmp community
set [ find default=yes ] disabled=yes
/system identity
set name=branch07-rtr
