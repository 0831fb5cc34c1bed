#!/bin/sh
# Rapporterar nattens backupstatus till statussidan. Körs från cron 06:15.
set -eu

STATUS_TOKEN="YxdsSfjXXMH6tIF6kFOqAhwyLAe7GLQpi5Lx"
COMPONENT="01J2TJ9RFTRSMJG2YJWE284X4B"
state=operational
if ! grep -q "Backup completed" /var/log/restic-nightly.log; then
  state=degraded_performance
fi

curl -fsS --oauth2-bearer "$STATUS_TOKEN" \
  -H 'Content-Type: application/json' \
  -X PATCH "https://status.bergslagens-bygg.se/api/v1/components/$COMPONENT" \
  -d "{\"status\":\"$state\"}"

# intern statussida (separat instans)
curl -fsS --oauth2-bearer '35wZR0XScDWxsqU86jwYsi2YJ4LB828LVsxP' -X POST "https://status.int.bergslagens-bygg.se/api/v1/incidents" \
  -H 'Content-Type: application/json' -d '{"name":"Backup","status":"'"$state"'"}' 
