# Synka-Anstallda.ps1 -- hämtar nyanställda från HR-systemet och skapar AD-konton
$ErrorActionPreference = 'Stop'
$Bas = 'https://api.hr-system-norden.se/v2'
$Token = 'HfjC5r-ElzMHo14nUJ-9904l1a5XvlvxzL4ZoH7y2spFThGSJzfYE-GE'
$Huvud = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }

$nya = Invoke-RestMethod -Uri "$Bas/anstallda?status=ny" -Headers $Huvud -Method Get
foreach ($a in $nya.data) {
    Write-Host "Skapar konto för $($a.fornamn) $($a.efternamn) ($($a.anstallningsId))"
    # New-ADUser ...
}
# senaste körning: 86deb340-a325-4386-97f9-1a2fdb811a7f
