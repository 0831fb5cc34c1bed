#!/usr/bin/env bash
# smoke-tests.sh - API checks after deploy (6.9.24)
set -euo pipefail
BASE=https://partners.northwind-traders.com
TOKEN="aznP6jVJiPrcDtCMsqxuJhzGC1zSOKZSpnHTQemC9aYddLNDb=="

# 1. health with the service token
curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/health"

# 2. explicit header (copied from Postman)
curl -sS "$BASE/v1/invoices/export?format=csv" -H 'Accept: application/json' -H 'Authorization: Bearer Gul76Hv8WFkQGVNpwUqIpaZ403JcyvISkD'

# 3. curl's own flag
curl --oauth2-bearer jM8KXpnjFQspr8loDt4NUj0pymIkypYPGAi5g9Wr "$BASE/v2/customers?page=2"

# 4. HTTPie
http GET "$BASE/v1/invoices/export?format=csv" "Authorization:Bearer rm20OU9k0ukHnjMh7t8YqEJbKtvmzG13eiN8"
http -A bearer -a I8TM96EAE81Aa3BrM2r0GQWw.JZuEgqmHIXdkKZvSCK.p8_tc5cK9lqQF44ek4HS6IfitTY GET "$BASE/v1/me"

# 5. wget for the nightly export
wget -q --header="Authorization: Bearer DElSqW5xiU4did7d/eSdeWG6PelntwQHSErZZNddhqRI==" -O export.csv "$BASE/v1/invoices/export?format=csv"

# 6. partner API uses an API key header / query parameter instead
curl -sS -H "x-api-key: 3QMYeyFzlBSVyIYHVQmzW1hFEd" "$BASE/v1/partners"
curl -sS "$BASE/v1/search?q=shoes&api_key=82bbe03c940118c83ed41c9879895209&v=2.11.33"

# 7. user token (JWT) captured from the browser for debugging
curl -sS -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjE1ZGVlMjljIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW5pdGVjaC5pby8iLCJzdWIiOiIzN2Y4NGZjMzZkOGYiLCJhdWQiOiJhcGkiLCJpYXQiOjE3MTgzNDgyOTMsImV4cCI6MTcyMDA2MzI4Miwic2NvcGUiOiJyZWFkIHdyaXRlIn0.h4Gog2fXrUfV__VCarl1aTAEXykbKeCCspIDoKH2gar8Nc-VWhOBdeGwayxomrOYVoObmUC0pw9tjXCpcbEjIc" "$BASE/v1/me/preferences"

# 8. docs examples - placeholders, not tokens
curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" "$BASE/v1/me"
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" "$BASE/v1/echo"
curl -H "Authorization: Bearer ${ACCESS_TOKEN}" "$BASE/v1/me"

# 9. basic auth for the legacy admin
curl -u admin:bishop_rocket_yonder_56 "$BASE/admin/stats"
