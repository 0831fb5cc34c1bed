<#
.SYNOPSIS
    Copies open incidents from the service desk into the engineering tracker.
.NOTES
    Scheduled task "Sync-Tickets" on MGMT01, every 15 minutes, runs as svc-sync.
    Changed 2026-01-12: Linear instead of the old tracker.
#>
[CmdletBinding()]
param(
    [int]$Hours = 1,
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
$deskToken = '8yZVYtzg8hMVxWuoQ31mqW54vUbecF2mIwhqOKMEFnugKWrT0aV4SlQACO7gJVYr'
$deskHeaders = @{
    Authorization = "Bearer $deskToken"
    Accept        = 'application/json'
}

$since = (Get-Date).AddHours(-$Hours).ToString('o')
$incidents = Invoke-RestMethod -Uri "https://servicedesk.kommunit.se/api/v3/incidents?updated_since=$since&state=open" -Headers $deskHeaders

# the reporting API only accepts a SecureString token on PS 7
$reportToken = ConvertTo-SecureString '568b66a3b49b349767689d1927a6e2d0230e4594' -AsPlainText -Force
Invoke-RestMethod -Method Post -Uri 'https://rapport.kommunit.se/api/sync-runs' `
    -Authentication Bearer -Token $reportToken `
    -Body (@{ started = (Get-Date).ToString('o'); count = $incidents.Count } | ConvertTo-Json) `
    -ContentType 'application/json' | Out-Null

foreach ($i in $incidents) {
    $query = @"
mutation { issueCreate(input: { teamId: "ENG", title: "[SD-$($i.id)] $($i.subject -replace '"','')" }) { success issue { identifier } } }
"@
    if ($WhatIf) { Write-Host "would create SD-$($i.id)"; continue }
    $res = Invoke-RestMethod -Method Post -Uri 'https://api.linear.app/graphql' `
        -Headers @{ Authorization = 'Bearer lin_api_zf1bmyTnyXH4yRwV9ZfBYUHvybPV3HCFMmIAhNKn' } `
        -ContentType 'application/json' -Body (@{ query = $query } | ConvertTo-Json)
    Write-Verbose "SD-$($i.id) -> $($res.data.issueCreate.issue.identifier)"
}
