$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
$session.Cookies.Add((New-Object System.Net.Cookie("theme", "dark", "/", "app.fakturera.io")))
Invoke-WebRequest -UseBasicParsing -Uri "https://api.fakturera.io/api/v2/sync/delta?since=1767225600" `
-WebSession $session `
-Headers @{
"authority"="api.fakturera.io"
  "method"="GET"
  "path"="/api/v2/sync/delta?since=1767225600"
  "scheme"="https"
  "accept"="application/json, text/plain, */*"
  "authorization"="Bearer SeB6RS8JXQcNwi/CmlwtX0+/LF/u9dtqQv2RugB0z1fSyild"
  "x-device-id"="d6397a09-f8de-4f79-9402-54740b659241"
  "x-correlation-id"="346283950519746b12edda0f56e0d23f"
  "sec-fetch-mode"="cors"
} `
-ContentType "application/json"

# second call copied from the Network tab
$headers = @{ Authorization = "Bearer 00DL1ZldrNFJOjz!JVYJUaEqJaomlOT81emnjUEV0qsCyYHzfOVI2lb326INDp8QerHeCN6vaXpH5nsCW32VmwSL.b3OJ5YqXBDvYveEFemqy2Vg"; "X-Request-Id" = "9de1e942-f71e-48bc-89c8-fcc824f6d940" }
Invoke-RestMethod -Method Post -Uri "https://gateway.kranbolaget.se/v1/exports" -Headers $headers -Body (@{format="csv"} | ConvertTo-Json)

# script version for the team: $env:API_TOKEN is set by the pipeline
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $($env:API_TOKEN)" }
