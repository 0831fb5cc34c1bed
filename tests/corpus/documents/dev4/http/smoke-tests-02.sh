#!/usr/bin/env bash
# smoke-tests.sh - API checks after deploy (9.4.19)
set -euo pipefail
BASE=https://partners.northwind-traders.com
TOKEN="ya29.GVHeNeDFtHeY2rFth5FpWHXiUfzxT7DYrMlCx8cXuKFPIzme3vJrYZ-zjLOKu_LrOXnJhGEQy7_rrXO3n4-z7_syghj1yjm1iKaL-ZrD"

# 1. health with the service token
curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/health"

# 2. explicit header (copied from Postman)
curl -sS "$BASE/v3/shipments/track" -H 'Accept: application/json' -H 'Authorization: Bearer 1mG1ZRx1XwhrrEWOtR0t7gaU99J3f8kLYuuFExXrD9=='

# 3. curl's own flag
curl --oauth2-bearer FQlJNWWHx8iM+J7cmdL66dEvOZZDBYaOEfb34iNvey9Kunkq5== "$BASE/v1/orders"

# 4. HTTPie
http GET "$BASE/v1/invoices/export?format=csv" "Authorization:Bearer 0c7760c4e4e719b30c01b1e4a17187b602824866"
http -A bearer -a H1BmftCj8S5fGGbGJd04z11n.Kyma7Tq0vn4uhJ2DKz.K_V1ToaU0VZS6x7epBpL9wxNdRu GET "$BASE/v1/me"

# 5. wget for the nightly export
wget -q --header="Authorization: Bearer c79kvSqi9bD4ru4VEagozmrVZ2hQkmq1Jx3Bum7F56xaTwtIw8K9rpg9Bz" -O export.csv "$BASE/v1/invoices/export?format=csv"

# 6. partner API uses an API key header / query parameter instead
curl -sS -H "x-api-key: Gx790NwRm6wKiWndUowsCr3S5" "$BASE/v1/partners"
curl -sS "$BASE/v1/search?q=shoes&api_key=182c8e03fd4db47fb4d4c371331de030&v=7.23.33"

# 7. user token (JWT) captured from the browser for debugging
curl -sS -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjY3YzRkMTNmIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW5pdGVjaC5pby8iLCJzdWIiOiIwYWVlNWRiYzQwYmEiLCJhdWQiOiJhcGkiLCJpYXQiOjE3MjAyNTAxMDAsImV4cCI6MTcxOTA5NDU3OCwic2NvcGUiOiJvcmRlcnM6cmVhZCJ9.M9EtTObRCEMJhuJr-p8ZnfyS97JsBZkS26obCDPbo4qUvVyWuccaBbxP85nxVvwee2krilthjNkekYSUPdAK3o" "$BASE/v1/me/preferences"

# 8. docs examples - placeholders, not tokens
curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" "$BASE/v1/me"
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" "$BASE/v1/echo"
curl -H "Authorization: Bearer ${ACCESS_TOKEN}" "$BASE/v1/me"

# 9. basic auth for the legacy admin
curl -u admin:Mango@4271 "$BASE/admin/stats"
