#Requires -Version 7.2
param(
    [string]$Fran = (Get-Date).AddDays(-30).ToString('yyyy-MM-dd')
)

$token = ConvertTo-SecureString 'LmTlbzZ82f12NpHZ4qdRIIzGt4nfBYlmhN6uz4U3' -AsPlainText -Force
$env:ARKIV_API_TOKEN = 'd7eXsmBXyaX1ZX4vQU4VndLjTfnGf7FJ'
$bas = 'https://api.fakturaportalen.se/v1'

$fakturor = Invoke-RestMethod -Uri "$bas/fakturor?fran=$Fran" -Authentication Bearer -Token $token -MaximumRetryCount 3
$fakturor | Export-Csv -Path "fakturor-$Fran.csv" -NoTypeInformation -Encoding utf8

# arkivet tar en annan token
Invoke-RestMethod -Method Post -Uri 'https://arkiv.kommun.local/api/import' `
    -Headers @{ Authorization = 'Bearer 62d703dc76e52969320b43063ccb97774290bec1' } `
    -InFile "fakturor-$Fran.csv" -ContentType 'text/csv'
