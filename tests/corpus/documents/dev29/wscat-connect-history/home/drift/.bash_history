npm i -g wscat
wscat -c wss://realtid.trafik.lan/ws/positioner
wscat -c wss://realtid.trafik.lan/ws/positioner -H "Authorization: Bearer Xx-qrOpO0wZ2d94Zv8-vSu2izVkvPfn_s7bsSsTdV_M"
wscat -c wss://realtid.trafik.lan/ws/avgangar -H 'Authorization: Bearer pn6bKNWSOWuiX3W1qpY8sI6F0hYmUHoSylZuvTt4' -x '{"prenumerera":"hallplats:9021014001000000"}'
wscat -c "wss://realtid.trafik.lan/ws/avgangar" -H "Authorization: Bearer $TRAFIK_TOKEN"
history | grep wscat
