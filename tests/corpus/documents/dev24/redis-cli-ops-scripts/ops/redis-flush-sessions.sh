#!/usr/bin/env bash
# Flush expired session keys on the three cache nodes (runbook RB-112)
set -euo pipefail
export REDISCLI_AUTH='tw2nQ5H5kAs2fJ7qwB'
for h in cache1 cache2 cache3; do
  redis-cli -h "$h.butik.internal" --scan --pattern 'sess:*' | xargs -r -n 500 redis-cli -h "$h.butik.internal" UNLINK
done
# the queue instance still uses the old-style AUTH password:
redis-cli -h queue1.butik.internal -p 6380 -a 'C7VRArnib5.ah' --no-auth-warning INFO keyspace
# redis-cli -a "$QUEUE_PASS" ...  (what it should look like)
