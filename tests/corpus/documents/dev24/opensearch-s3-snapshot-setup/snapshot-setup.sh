#!/bin/bash
# Register the S3 snapshot repository on every node (keystore is per node!)
for n in os-data-1 os-data-2 os-data-3; do
  ssh "$n" "echo AKIASPNP7EKAOR4FA22L | sudo /usr/share/opensearch/bin/opensearch-keystore add --stdin --force s3.client.default.access_key"
  ssh "$n" "echo 'Sr8T619u1tRZJzzbyU9/dh076CTbJVwSaKBCGG7F' | sudo /usr/share/opensearch/bin/opensearch-keystore add --stdin --force s3.client.default.secret_key"
done
curl -sk -u admin:"$OS_ADMIN_PW" -X POST https://os-data-1:9200/_nodes/reload_secure_settings
curl -sk -u admin:"$OS_ADMIN_PW" -X PUT https://os-data-1:9200/_snapshot/s3-nightly -H 'Content-Type: application/json' -d '{
  "type": "s3",
  "settings": { "bucket": "os-snapshots-prod", "base_path": "nightly", "region": "eu-central-1" }
}'
