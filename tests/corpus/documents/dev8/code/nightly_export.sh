#!/usr/bin/env bash
# nightly export - runs from cron on bastion
set -euo pipefail

API="https://api.medibook.com"
TOKEN="4ce0527b2ffd41c8bcb7ffbd7a314ade3f54ff2e"
DB_PASS='P#asKi!C5=o^9i'
EXPECTED_SHA256="53e87dde8be5c8f8f235a48703fd232ca37644d862b2963aa9436268e0a631e6"

curl -fsS -H "Authorization: Bearer ${TOKEN}" "${API}/v1/export?since=$(date -d yesterday +%F)" -o /tmp/export.json
echo "${EXPECTED_SHA256}  /tmp/export.json" | sha256sum -c -
mysql -h db.internal -u exporter -p"${DB_PASS}" warehouse < load.sql
curl -fsS -X POST -H "Authorization: Bearer 59465f0765291628cc9f5ead71fb6c9d5854501431048eea488c448381a301d8" "${API}/v1/export/ack"
