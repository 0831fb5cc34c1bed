#!/bin/sh
# Nightly snapshot of the ERP VMs on pool "kontor-pool" (XCP-ng 8.3)
XE="xe -s xcp-pool-master.kontor.local -u root -pw FIXNKb4zSg6MwxtfodEP1"

for uuid in $($XE vm-list tags:contains=erp-snapshot --minimal | tr ',' ' '); do
  $XE vm-snapshot uuid=$uuid new-name-label="nightly-$(date +%F)"
done

# prune snapshots older than 7 days
$XE snapshot-list --minimal | tr ',' '\n' | while read s; do
  ts=$($XE snapshot-param-get uuid=$s param-name=snapshot-time)
  [ "$(date -d "$ts" +%s)" -lt "$(date -d '7 days ago' +%s)" ] && $XE snapshot-uninstall uuid=$s force=true
done

# weekly export to the backup NAS (uses a password file instead)
xe -s xcp02.kontor.local -u root -pwf /root/.xe-pw vm-export vm=8d770797-6415-4b22-9591-b9a3e47da5e5 filename=/mnt/backup/erp01.xva

# pool join of the new host, done once 2025-11-20, kept for documentation:
# xe pool-join master-address=10.30.0.10 master-username=root master-password=Sorrel-Vargen-7888
