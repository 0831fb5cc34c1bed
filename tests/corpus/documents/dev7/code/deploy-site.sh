#!/usr/bin/env bash
# deploy.sh -- push the static site and warm the CDN
set -euo pipefail

export AWS_ACCESS_KEY_ID="AKIAWBAOI3HDVQLBLWEE"
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION=eu-west-1
CDN_PURGE_TOKEN=1dfb08c2b10c131ce1358a1e1e38e5ceea951e46
RELEASE=$(git rev-parse HEAD)   # e.g. e4a5dacdde5afa82955f6493969716bcb2f8feff

aws s3 sync ./public "s3://www-e7fcei/" --delete
curl -fsS -X POST -H "X-Purge-Token: $CDN_PURGE_TOKEN" https://cdn.corp.example/purge

mysql -h db.internal -u deploy -p'Lotus657!' site -e "INSERT INTO releases(sha) VALUES ('$RELEASE')"
echo "RFM1yUNFx205iq9N" | docker login registry.corp.example -u deploy --password-stdin
echo "deployed $RELEASE"
