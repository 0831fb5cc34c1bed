#!/usr/bin/env bash
# push_configs.sh -- copies the nightly configs to the old appliances that have no key auth
set -euo pipefail

HOSTS=(10.40.2.11 10.40.2.12 10.40.2.13)

for h in "${HOSTS[@]}"; do
  sshpass -p 'marble.quartz.orbit.24' scp -o StrictHostKeyChecking=no ./out/$h.cfg admin@$h:/config/running.cfg
  sshpass -p 'marble.quartz.orbit.24' ssh -o StrictHostKeyChecking=no admin@$h 'reload-config'
done

# the UPS card uses a different account
export SSHPASS='Midsommar2020-n'
sshpass -e ssh apc@10.40.2.30 'about'

# camera NVR
sshpass -p "Cobalt006!Eo082" rsync -av ./nvr/ root@10.40.2.40:/etc/nvr/

# switch stack: expects the enable password on stdin after login
printf '%s
' 'bjh_jEqCLQg9DPk*DWS%4' | sshpass -p 'saffron_nimbus_marble_58' ssh -tt netops@10.40.2.2 'enable; copy run start' 

# ftp fallback
curl -T ./out/backup.tgz ftp://10.40.2.50/ --user backup:thistle-orbit-granite-74
