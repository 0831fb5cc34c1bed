#!/usr/bin/env bash
set -euo pipefail
# Bootstrap the analytics Couchbase cluster (run once per environment)

couchbase-cli cluster-init -c cb1.analys.internal \
  --cluster-username Administrator \
  --cluster-password 'r192vxkWizrOxHNDA' \
  --services data,index,query \
  --cluster-ramsize 8192 --cluster-index-ramsize 1024

for n in cb2 cb3; do
  couchbase-cli server-add -c cb1.analys.internal -u Administrator -p 'r192vxkWizrOxHNDA' \
    --server-add "https://$n.analys.internal:18091" \
    --server-add-username Administrator --server-add-password 'r192vxkWizrOxHNDA' --services data
done

couchbase-cli user-manage -c cb1.analys.internal -u Administrator -p 'r192vxkWizrOxHNDA' \
  --set --rbac-username etl_loader --rbac-password 'y2~TYv56FklPlTbZ' --roles bucket_full_access[events] --auth-domain local

# the SDK connection string has no password; app reads it from Vault: cb_password=${CB_PASSWORD}
