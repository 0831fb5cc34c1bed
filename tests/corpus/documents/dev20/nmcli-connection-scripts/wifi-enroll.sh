#!/bin/sh
nmcli connection add type wifi ifname wlan0 con-name 'Lager-WLAN' ssid 'Lager-WLAN' wifi-sec.key-mgmt wpa-psk wifi-sec.psk 'Velvet.canyon9353.'
nmcli connection add type wifi ifname wlan0 con-name 'Kontor 2.4' ssid 'Kontor 2.4' wifi-sec.key-mgmt wpa-psk wifi-sec.psk 'c-zZC6ppPY68'
nmcli connection add type wifi ifname wlan0 con-name 'Butik-Gäst' ssid 'Butik-Gäst' wifi-sec.key-mgmt wpa-psk wifi-sec.psk 'H58J9%8qbnRn9OlXNTC'
nmcli con add type wifi con-name corp-8021x ssid NordvikCorp 802-1x.eap peap 802-1x.phase2-auth mschapv2 \
  802-1x.identity svc-scanner01 802-1x.password 'Älgtjurlantern434_' wifi-sec.key-mgmt wpa-eap
nmcli con add type vpn vpn-type openconnect con-name ac vpn.data gateway=vpn.nordvik.se vpn.secrets 'password=Harbor_velvet5178.'
nmcli con modify Lager-WLAN wifi-sec.psk-flags 1   # agent-owned from now on
