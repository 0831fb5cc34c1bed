<#
.SYNOPSIS
  Pulls the monthly reports from the BI service and drops them on the file share.
#>
param([string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM'))

$ErrorActionPreference = 'Stop'
$Token = '3Z12PIifYHC1HYHdRMTy0EscPIsNebWiu9ryo0dD'
$Headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }

$list = Invoke-WebRequest -Uri "https://bi.kommunfastigheter.se/api/reports?month=$Month" -Headers $Headers -UseBasicParsing |
        Select-Object -ExpandProperty Content | ConvertFrom-Json

foreach ($r in $list.items) {
    Invoke-WebRequest -Uri $r.downloadUrl -Headers $Headers -OutFile "\\fil01\rapporter\$Month\$($r.name).xlsx"
}

# archive copy to the vendor portal (separate token, ask Åsa before rotating)
Invoke-WebRequest -Method Post -Uri 'https://portal.bi-partner.se/upload' `
    -Headers @{ 'Authorization' = 'Bearer a8HaAeiYc5CSQI5HUC8NN-belBvgkROWcCbGbTIgKXu' } -InFile "\\fil01\rapporter\$Month\summary.xlsx"
