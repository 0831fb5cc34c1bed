$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"
Invoke-WebRequest -UseBasicParsing -Uri "https://api.brightwave.io/v2/invoices/INV-2026-0412" `
-WebSession $session `
-Headers @{
"authority"="api.brightwave.io"
  "method"="GET"
  "path"="/v2/invoices/INV-2026-0412"
  "scheme"="https"
  "accept"="application/json, text/plain, */*"
  "authorization"="Bearer OnTvZPUnRjHBH0rpHkSzd3fMAB7JcU1yOhJbGToF"
  "idempotency-key"="8e87976e-f28b-4e73-9e58-c612e7c12f21"
  "x-device-id"="a63578fa-c624-40de-aff6-1deb9a647284"
  "sec-fetch-mode"="cors"
} `
-ContentType "application/json"

# second call copied from the Network tab
$headers = @{ Authorization = "Bearer EAAZbClMFSikTiNeNitRK9yaQtOkEanAxpNd1XHhnEayvRjRr6iNQV4omVCh8cZcqbF91F6XqSsqYbQGIFmIg9s0Q49YnA9pcoTr8cKY9KcAPlEuTUhHh17w6a7vVGvT8JYTVw6XAySjV0oMEHf8EIPEIm5LDkxEMH4Kqp0aJi3ffSlgQTINbWT"; "X-Request-Id" = "e5a19ebe-bf98-4537-a673-6c2f60842631" }
Invoke-RestMethod -Method Post -Uri "https://api.brightwave.io/v1/exports" -Headers $headers -Body (@{format="csv"} | ConvertTo-Json)

# second call copied from the Network tab
$headers = @{ Authorization = "Bearer ory_at_LYANBO8bpcKe41Ylp0JOKX0FcbEehx808hUf9GgXuvP.UZ7G4CPd3MRKUSxioUwc3LkSHah6oVQrj1t0jdPv4Bs"; "X-Request-Id" = "82ee96dc-aabc-40da-8037-3e7db1e25fce" }
Invoke-RestMethod -Method Post -Uri "https://api.fakturera.io/v1/exports" -Headers $headers -Body (@{format="csv"} | ConvertTo-Json)

# script version for the team: $env:API_TOKEN is set by the pipeline
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $($env:API_TOKEN)" }
