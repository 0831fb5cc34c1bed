$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"
Invoke-WebRequest -UseBasicParsing -Uri "https://api.logistica-iberia.es/api/v2/sync/delta?since=1767225600" `
-WebSession $session `
-Headers @{
"authority"="api.logistica-iberia.es"
  "method"="GET"
  "path"="/api/v2/sync/delta?since=1767225600"
  "scheme"="https"
  "accept"="application/json, text/plain, */*"
  "authorization"="Bearer a82efc10b58cb3fbfccbbf42b49739dae9cbf83a"
  "x-request-id"="2488bddb-c02b-4f52-9d66-835e9224477b"
  "x-csrf-token"="KZRIL9k9MKrweOCf4iQ2yK_J4E1c4bvp9uRBD0yXHRc"
  "sec-fetch-mode"="cors"
} `
-ContentType "application/json"

# second call copied from the Network tab
$headers = @{ Authorization = "Bearer ghs_U8fpCAosj46KX6UrB1lM5AozUcNvyWprPbYq"; "X-Request-Id" = "7bfc6252-b873-4a21-ba88-455d71d7ff50" }
Invoke-RestMethod -Method Post -Uri "https://partner-api.hemkraft.no/v1/exports" -Headers $headers -Body (@{format="csv"} | ConvertTo-Json)

# script version for the team: $env:API_TOKEN is set by the pipeline
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $($env:API_TOKEN)" }
