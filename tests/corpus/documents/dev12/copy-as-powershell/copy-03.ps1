$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"
Invoke-WebRequest -UseBasicParsing -Uri "https://api.mebleks.pl/internal/metrics/export" `
-WebSession $session `
-Headers @{
"authority"="api.mebleks.pl"
  "method"="GET"
  "path"="/internal/metrics/export"
  "scheme"="https"
  "accept"="application/json, text/plain, */*"
  "authorization"="Bearer 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"
  "x-client-version"="4.21.6"
  "x-correlation-id"="448b56f13ca526de67c170231e62a77d"
  "sec-fetch-mode"="cors"
} `
-ContentType "application/json"

# second call copied from the Network tab
$headers = @{ Authorization = "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InVkZmhJWm1TWHgxWF8tYmdramN0VzUifQ.eyJpc3MiOiJodHRwczovL2Rldi04d2Mwbms3dS5ldS5hdXRoMC5jb20vIiwic3ViIjoiY2FhNzdkNGItNjUxMi00ZDhhLWI4ODktMWY1ZGExOWZlNDIxIiwiYXVkIjoiYmlsbGluZy1zdmMiLCJpYXQiOjE3NDIxMTc2MDUsImV4cCI6MTc0MjIwNDAwNX0.qcj2jmfNvoB6aUjqf8_11BTAw-aWIswtjnv99otLPo-QLLkmbA1eOf-ZWukXmyXc4Oew_koKPad2LBboG2MNFCPE3UnB1bKJ6M9arT1RuMPQ9Qh5PisxrWQMfsS7qHHqPa4COpr3B3RrcChN3KKb2-TqGI00s-ugE-_n7EegvS8-5cKPkHhQOHOVGELO0NucaVaxKC0xK_9Sb6gQaAceydyjfw1ajSL4o2htgaelM2Bl4Uo7ZfvZA_oH0fn50efoDjk8iNKsM_uNKadzOfzhQeTslOGondi7yrBTZsil-lp9MdwUUn9WgO3a1mCfs6FQgT4gIHEI304I8pv0KXOIiw"; "X-Request-Id" = "b9912339-4e0b-4c6a-b3b7-b45c6057d88f" }
Invoke-RestMethod -Method Post -Uri "https://partner-api.hemkraft.no/v1/exports" -Headers $headers -Body (@{format="csv"} | ConvertTo-Json)

# script version for the team: $env:API_TOKEN is set by the pipeline
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $($env:API_TOKEN)" }
