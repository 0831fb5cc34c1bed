#!/bin/bash
# Satt NTP-server pa alla kameror i parkeringshuset (ISAPI)
KAMERAPW='Moss_Wren69%'
for ip in 10.60.1.{11..24}; do
  curl -s --digest -u "admin:$KAMERAPW" -X PUT \
    -H 'Content-Type: application/xml' \
    -d '<NTPServer><id>1</id><addressingFormatType>ipaddress</addressingFormatType><ipAddress>10.60.0.1</ipAddress><portNo>123</portNo><synchronizeInterval>60</synchronizeInterval></NTPServer>' \
    "http://$ip/ISAPI/System/time/ntpServers/1" | grep -o '<statusString>.*</statusString>'
done
