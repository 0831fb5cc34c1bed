# 2026-11-03 21:14:02 by RouterOS 7.16.1
# software id = XUKR-KYDT
#
# model = RB5009UG+S+
# serial number = HE3C0A27F75C
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-out1 user=kvarn-714238 password=ZdpnB99rber
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-home passphrase="Cobalt-willow-Cinder-1180_"
add authentication-types=wpa2-psk name=sec-guest passphrase=Älgtornblåbär1303!
add authentication-types=wpa2-psk name=sec-iot passphrase=9xZNggVmzfHNcNql
add authentication-types=wpa2-psk,wpa3-psk name=sec-office passphrase="EL5n9LlK2LxBd?"
add authentication-types=wpa2-psk name=sec-cameras passphrase=CEaEQGL0qMV
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-road private-key="n5QjwiB+yMjLjffAcDQpbviNKip80X9otHTPLUMGM44="
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-road name=maja-phone public-key="u9NV5ySDNpxyEHFCfLGtUOFwH1wS5ORilcLIlSLUvXE=" preshared-key="89ZMsOos2igxKXw1Y7TNHF1XaSMI1Veuqxqhv7NhrMQ="
/ip ipsec identity
add peer=office-vpn secret=M8!7XUb5IB@xOJDb3h6E#r
/ip hotspot user
add name=guest-lobby password=Au2AKtzIjLsy9
/ppp secret
add name=anna.l password=dtxx-n9zqE7HAKY profile=vpn-users service=l2tp
add name=erik.b password=060FTA7FzsYAN profile=vpn-users service=l2tp
add name=sara.n password=JunipervelvetNimbus6998- profile=vpn-users service=sstp
add name=site-bergen password=dYxC8Z4rg?#uNFy#wDvt!qqQ profile=site2site service=l2tp
add name=hampus.f password=FTcpan75g24 profile=vpn-users service=ovpn
add name=kassa-02 password=OZWxyHYfUBMF5U8 profile=pos service=pppoe
/radius
add address=10.0.0.20 secret=IiVDlgD1bpHFAzgv service=hotspot,wireless
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.0.0.0/16 authentication-password=eM3dwcbpvo9 authentication-protocol=SHA1 encryption-password=ld0vR4ccFdG encryption-protocol=AES name=monitor security=private
/system note
set note="Fallback admin: see KeePass entry 'Fortigate' -- NOT the router password"
/user
add group=full name=netadmin password=XYyn!%Ejn3B-Uh0L0
add group=read name=zabbix password=UvJ2tSSBJDLpeaq8
add group=write name=oxidized password=Walrus-saffron-Canyon-239_
/ip cloud
set ddns-enabled=yes
/tool e-mail
set from=router@kvarnbackens.se port=587 server=smtp.office365.com tls=starttls user=router@kvarnbackens.se password=QDYFpqqrGn1K7X
