# PowerShell profile – Mette, laptop LT-0417
Import-Module posh-git
Import-Module Terminal-Icons
Set-PSReadLineOption -PredictionSource History -EditMode Windows

$env:GITLAB_TOKEN = "glpat-SUnbPzm2bCmRvw7UdqEr"
$env:TODOIST_TOKEN = 'TENOFCNFjIv7cDM0m45baekDc3SUbNSCpxLZUycI'
$env:PATH += ";C:\tools\bin"

$BookingApiToken = "cJ664w9aBZ5fo3uCPUUIg9cZx6B_MtAty1-MXpsHA2mLg0iXXa5p"

function Get-Bookings {
    param([string]$Date = (Get-Date -Format yyyy-MM-dd))
    $headers = @{ Authorization = "Bearer $BookingApiToken" }
    Invoke-RestMethod -Uri "https://booking.kontoret-aarhus.dk/api/rooms?date=$Date" -Headers $headers
}

Set-Alias k kubectl
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression
