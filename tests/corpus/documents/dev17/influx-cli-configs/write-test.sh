#!/usr/bin/env bash
# quick line-protocol write used when Telegraf on the substation gateway is down
set -euo pipefail
curl -sS --request POST \
  "https://influx.iot.solvik-energi.se/api/v2/write?org=solvik&bucket=substations&precision=s" \
  --header "Authorization: Bearer Fj2Mt_abL-PTSWHRO6uV_bhxOUkyPrS7lZNs1-uMXIjKxbwtuHpW690c46tVwJ4FIuJkhkEftTnPjBgLVthFNQ==" \
  --header "Content-Type: text/plain; charset=utf-8" \
  --data-binary "power,station=kv-04,phase=L1 active_kw=412.6,reactive_kvar=38.1 $(date +%s)"

# influx v1 compat endpoint, uses username/password
curl -sS -XPOST "https://influx.iot.solvik-energi.se/write?db=legacy&rp=autogen" \
  -u "gateway-kv04:iMcE3tnVal3oH" \
  --data-binary "temp,room=ctrl value=21.4"
