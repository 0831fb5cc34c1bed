#!/usr/bin/env bash
# smoke-tests.sh - API checks after deploy (9.4.32)
set -euo pipefail
BASE=https://gateway.globex-logistics.com
TOKEN="Yx9UL4P3uppc1hRQPR6kuzwthM8XxMv5r04bj8jy5IQklFXEf4R=="

# 1. health with the service token
curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/health"

# 2. explicit header (copied from Postman)
curl -sS "$BASE/v2/customers?page=2" -H 'Accept: application/json' -H 'Authorization: Bearer ZOiM71E1liNTSm2cAM4YHuunWZVamKPTK9nvZMT5axqc=='

# 3. curl's own flag
curl --oauth2-bearer u0B1deSKKPWMX7Mjq4ytLO-uUZowNHDGzne8I6adj0xlviI3Kumray "$BASE/v1/reports/daily"

# 4. HTTPie
http GET "$BASE/v2/inventory/items" "Authorization:Bearer SIc5azOwNvhWEVC_JfYS8p_Ils5SDd-eUsE0vmspr33WADQP7"
http -A bearer -a 4725133ac5098132aaa979e366941c6b3c09902fa77d5c05 GET "$BASE/v1/me"

# 5. wget for the nightly export
wget -q --header="Authorization: Bearer PnCYhxiCw6cF40I76wqABn8cMSsOuNdvlICEfSRePGFBlQJlV_06LYjhfV" -O export.csv "$BASE/v1/invoices/export?format=csv"

# 6. partner API uses an API key header / query parameter instead
curl -sS -H "x-api-key: P6LfeysLBMu3HcKO7rKbhgpmgM6qjlJPu" "$BASE/v1/partners"
curl -sS "$BASE/v1/search?q=shoes&api_key=2e8dd7af8481ca2dc852f327d191f23e&v=6.16.0"

# 7. user token (JWT) captured from the browser for debugging
curl -sS -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjNkYmIwNWIzIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW5pdGVjaC5pby8iLCJzdWIiOiJhNzE5MmU1ZWQ5ODgiLCJhdWQiOiJhcGkiLCJpYXQiOjE3MTk1NTUxODcsImV4cCI6MTcyMDczNzI1Niwic2NvcGUiOiJhZG1pbiJ9.zcGiaE0Q16n5gv2r-bu6eFKZld0wp6sdyBpNVinq1M_sg8zO3o6m-skR6iSfoTR3Xse3w8IVWZr0NxZYvTJX8F" "$BASE/v1/me/preferences"

# 8. docs examples - placeholders, not tokens
curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" "$BASE/v1/me"
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" "$BASE/v1/echo"
curl -H "Authorization: Bearer ${ACCESS_TOKEN}" "$BASE/v1/me"

# 9. basic auth for the legacy admin
curl -u admin:B4s1l.378 "$BASE/admin/stats"
