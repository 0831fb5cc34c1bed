#!/usr/bin/env bash
# smoke-tests.sh - API checks after deploy (6.4.27)
set -euo pipefail
BASE=https://api.initech.io
TOKEN="4XNKZnVRZw6DdcA+Fa/24C1TJhObqUXAH7xvuhW9t5YsrA6VApUA=="

# 1. health with the service token
curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/health"

# 2. explicit header (copied from Postman)
curl -sS "$BASE/v2/customers?page=2" -H 'Accept: application/json' -H 'Authorization: Bearer ya29.X3-Q0r_oJFsKh4lMOcTnlvlNLWqWa5fuM4tzxn86kz3c_LMY4syZx6BKYppxUyjzHMZo-NHGvFsDuoTOtzyUgUrxEhZiaBqgEHYusFD09_NWuHiGSF9ROglsAwY4mOO3fghKP4lSzp3I'

# 3. curl's own flag
curl --oauth2-bearer KljJktK+eDrP3/KmuAYqeKUYfYxjyvcu+Vbp7TC86zsG/ok9JpM== "$BASE/v2/customers?page=2"

# 4. HTTPie
http GET "$BASE/v1/invoices/export?format=csv" "Authorization:Bearer iUVJ5ho6qiDmJVcRW2wjxwBh.yDiiYmw0WjA2UOQz09.n0dkwNFe5_Xfme-XdURmZ9SOtWL"
http -A bearer -a ya29.n14_JSMPBtHMoQR514kRZ88QjJsBvaV3bBtrqfjbT3gSkByVy0ztAuOT9gIC2kRn_z4FRONE5E3RJqroZaLSl-GavwtH GET "$BASE/v1/me"

# 5. wget for the nightly export
wget -q --header="Authorization: Bearer ZNtUSpk6-FKSNwmp1sVyvIFStVaXv8K1TPDPmCf7WfiLXfOBREztjN-33" -O export.csv "$BASE/v1/invoices/export?format=csv"

# 6. partner API uses an API key header / query parameter instead
curl -sS -H "x-api-key: dch0C1v3g4T91hwKgeWSkzmICuQT1LO2ZjOT" "$BASE/v1/partners"
curl -sS "$BASE/v1/search?q=shoes&api_key=238ac8cbcebc3e2d3f99b3b02d68f19c&v=4.4.36"

# 7. user token (JWT) captured from the browser for debugging
curl -sS -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ijg2ZDUwNDI5In0.eyJpc3MiOiJodHRwczovL2F1dGguaW5pdGVjaC5pby8iLCJzdWIiOiJhZWZkZTM5MTc2ZmEiLCJhdWQiOiJhcGkiLCJpYXQiOjE3MTkyMzI3MjMsImV4cCI6MTcyNzA5NzI1Nywic2NvcGUiOiJyZWFkIHdyaXRlIn0.B7Hz9IWoaYG0wsfKDLnC6dfCR2r5vzcLtLKddaIFI-u" "$BASE/v1/me/preferences"

# 8. docs examples - placeholders, not tokens
curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" "$BASE/v1/me"
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" "$BASE/v1/echo"
curl -H "Authorization: Bearer ${ACCESS_TOKEN}" "$BASE/v1/me"

# 9. basic auth for the legacy admin
curl -u admin:Maple_4674_ "$BASE/admin/stats"
