# 2026-01-19 08:02:11 by RouterOS 7.16.2
# software id = SWJD-DDTI
#
# model = RB4011iGS+
# serial number = 2B6CFF3203DF
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=kontor supplicant-identity="" wpa2-pre-shared-key="apelsin sol hamnen lampa 13"
/ip pool
add name=dhcp_pool0 ranges=192.168.88.10-192.168.88.254
/ppp secret
add name=vpn-anna password=aNo6pE-gLXt8 profile=default-encryption service=l2tp
add name=vpn-lager password=doscTud3-S5qnl3 profile=default-encryption service=l2tp
/interface l2tp-server server
set enabled=yes ipsec-secret=hEBWlzmD4f81lPDu3j use-ipsec=required
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.10.0.0/24 name=njS6TyZ7WniwKHSi
/system identity
set name=rb4011-kontor
/user
add group=full name=driftadmin password="Nebula2005?"
