$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
Invoke-WebRequest -UseBasicParsing -Uri "https://api.zelenypark.cz/v2/invoices/INV-2026-0412" `
-WebSession $session `
-Headers @{
"authority"="api.zelenypark.cz"
  "method"="GET"
  "path"="/v2/invoices/INV-2026-0412"
  "scheme"="https"
  "accept"="application/json, text/plain, */*"
  "authorization"="Bearer 001cbuWmc_TdimFKUwJ3RKbecq2keXOWLP844YQ03K"
  "x-client-version"="4.27.4"
  "if-none-match"="`"bebe2b105a98aebb5ffeb1bc317960b2`""
  "sec-fetch-mode"="cors"
} `
-ContentType "application/json"

# second call copied from the Network tab
$headers = @{ Authorization = "Bearer xai-VOtVXLEC6J4qkintMYKETBBNF1y6xoY9z6gZMADPXiEOiQR5ZqeByIxc39suf2bAr1MhSmKOzAcNONsh"; "X-Request-Id" = "5761cf3d-7ba8-42a3-b9e4-3e34f4752c87" }
Invoke-RestMethod -Method Post -Uri "https://core.transportes-lusos.pt/v1/exports" -Headers $headers -Body (@{format="csv"} | ConvertTo-Json)

# script version for the team: $env:API_TOKEN is set by the pipeline
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $($env:API_TOKEN)" }
