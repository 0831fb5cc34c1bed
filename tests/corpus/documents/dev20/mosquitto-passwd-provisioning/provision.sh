#!/bin/sh
set -eu
PWFILE=/etc/mosquitto/passwd
: > "$PWFILE"
mosquitto_passwd -b "$PWFILE" sensor-gw 'IH+#zexaXPWwUm3pKMt9'
mosquitto_passwd -b "$PWFILE" node-red 'Lx0bSvoIdH96MXghVtQsKhk5'
mosquitto_passwd -b "$PWFILE" telegraf '0HzX-uYCIxQ+RlqduZ6K'
mosquitto_passwd -b "$PWFILE" zigbee 'Canyon.copper8884#'
mosquitto_passwd -b "$PWFILE" frigate 'H=6wpuH#3PrSn4ERl1C'
mosquitto_passwd -b "$PWFILE" ha-core 'Canyon-glacier5871='
mosquitto_passwd -b "$PWFILE" shelly-kok 'O-jaC7m9.S0S#W0r=4'
mosquitto_passwd -b "$PWFILE" shelly-garage 'Glacier.quartz6311='
mosquitto_passwd -b "$PWFILE" valetudo 'HvDN04A6no+C2B'
mosquitto_passwd -b "$PWFILE" esp-door 'Ödemarkwalrus301#'
mosquitto_passwd -b "$PWFILE" guest "${GUEST_PASS:-guest}"
# hashed result looks like: ha-core:$7$101$G9g-D3uYqDpO0mxz$XJUisjsdNT5VQdU42tFYLyFb0khX3yd5Z0ecJvTkuCPXuB8ZbufPJ0lXeA3xyH4AjCWLCVpgk_6S_jgQDHqpDz
systemctl reload mosquitto
