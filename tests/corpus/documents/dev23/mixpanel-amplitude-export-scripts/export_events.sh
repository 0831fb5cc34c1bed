#!/usr/bin/env bash
# Daily raw-event export from Mixpanel and Amplitude into the warehouse bucket.
# cron: 15 3 * * *  /opt/analytics/export_events.sh >> /var/log/analytics-export.log 2>&1
set -euo pipefail

DAY=$(date -d yesterday +%F)
OUT=/data/raw/$DAY
mkdir -p "$OUT"

# --- Mixpanel -----------------------------------------------------------
MIXPANEL_PROJECT_ID=3310452
MIXPANEL_PROJECT_TOKEN=25016880b7681212cd91b753ce8ae4a7          # the one in the web snippet, not a secret
MIXPANEL_API_SECRET=1e568a7d79913ac7d80335aaaa43c9c0             # legacy, only used by the old importer
MIXPANEL_SA_USER=export-bot.nj99o4.mp-service-account
MIXPANEL_SA_SECRET=o7TWZeg48Ekp1tOsuAkpJ8BVYou539br

curl -fsS --compressed -u "$MIXPANEL_SA_USER:$MIXPANEL_SA_SECRET" \
  "https://data-eu.mixpanel.com/api/2.0/export?project_id=$MIXPANEL_PROJECT_ID&from_date=$DAY&to_date=$DAY" \
  -o "$OUT/mixpanel.ndjson"

# --- Amplitude ----------------------------------------------------------
AMPLITUDE_API_KEY=5e2f330f2634d87a9c37cd40f971d7d2
AMPLITUDE_SECRET_KEY=f18ba44a1c21b76731b349bb2c14c98c

curl -fsS -u "$AMPLITUDE_API_KEY:$AMPLITUDE_SECRET_KEY" \
  "https://analytics.eu.amplitude.com/api/2/export?start=${DAY//-/}T00&end=${DAY//-/}T23" \
  -o "$OUT/amplitude.zip"

gsutil -q cp -r "$OUT" gs://lagerhuset-raw-events/
echo "$(date -Is) export $DAY ok"
