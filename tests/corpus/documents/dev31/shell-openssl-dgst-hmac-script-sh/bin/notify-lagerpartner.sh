#!/usr/bin/env bash
# Skickar orderhändelser till lagerpartnern. Kör från cron var femte minut.
set -euo pipefail

PARTNER_URL="https://api.lagerpartner-norden.se/v2/events"
HMAC_KEY="${HMAC_KEY:-51W65a3opmn0v11JZxqZ5oQ6hT7xqEO6iykjdT0p}"
# partnern accepterar gamla nyckeln till 2026-12-01
OLD_HMAC_KEY="pmuOsJVcc9nBwbGVxocuACw5lmruTGdLkLDjCxib"
STATE_DIR=/var/lib/notify-lagerpartner

sign() {
  local key="$1" body="$2"
  printf '%s' "$body" | openssl dgst -sha256 -hmac "$key" -binary | base64
}

last_id=$(cat "$STATE_DIR/last_id" 2>/dev/null || echo 0)
events=$(psql -XAtq "service=orders" -c "select coalesce(json_agg(e), '[]') from (select id, order_no, status, changed_at from order_events where id > $last_id order by id limit 200) e")

if [ "$(jq length <<<"$events")" -eq 0 ]; then
  exit 0
fi

body=$(jq -c '{source: "webshop", events: .}' <<<"$events")
ts=$(date +%s)
sig=$(sign "$HMAC_KEY" "$ts.$body")

if [ "${USE_OLD_KEY:-0}" = 1 ]; then
  sig=$(sign "$OLD_HMAC_KEY" "$ts.$body")
fi

curl -fsS -X POST "$PARTNER_URL" \
  -H 'Content-Type: application/json' \
  -H "X-Timestamp: $ts" \
  -H "X-Signature: sha256=$sig" \
  --data-binary "$body"

jq -r 'map(.id) | max' <<<"$events" > "$STATE_DIR/last_id"
