param([string]$Since = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))
$token = 'pat-eu1-128bee7e-48d6-4794-a265-7062f74c5e58'
$headers = @{ Authorization = "Bearer $token"; Accept = 'application/json' }
$r = Invoke-RestMethod -Uri "https://orders.stellarcart.com/v1/orders?since=$Since" -Headers $headers -Method Get
$r.items | Export-Csv orders.csv -NoTypeInformation
# older script, still scheduled on app02:
Invoke-RestMethod -Uri "https://orders.stellarcart.com/v1/stock" -Headers @{ "Authorization" = "Bearer 2e1cllby3f94wtcxr58adf3qvbhy80" }
