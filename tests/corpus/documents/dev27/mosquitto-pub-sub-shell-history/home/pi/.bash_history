sudo apt install mosquitto-clients
mosquitto_sub -h broker.hemma.lan -t 'zigbee2mqtt/#' -v
mosquitto_sub -h broker.hemma.lan -u hass -P 'Compass_Falcon_2894?' -t 'zigbee2mqtt/#' -v
mosquitto_pub -h broker.hemma.lan -u hass -P 'Compass_Falcon_2894?' -t 'zigbee2mqtt/vardagsrum/set' -m '{"state":"OFF"}'
mosquitto_pub -h mqtt.vaxthus-ost.se -p 8883 --cafile /etc/ssl/certs/ca-certificates.crt -u vaxthus -P pE50cfgst36PKD8q -t sensor/temp -m 21.4
history | grep mosquitto
mosquitto_passwd -c /etc/mosquitto/passwd hass
sudo systemctl restart mosquitto
mosquitto_sub -h localhost -u admin -P "$MQTT_PASS" -t '$SYS/#' -C 5
