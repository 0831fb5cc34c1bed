<#
.SYNOPSIS
    Provisions service accounts and mounts the share.
#>
param(
    [string]$Server = "APP14",
    [securestring]$AdminPassword
)

$ErrorActionPreference = 'Stop'
$svcPassword = ConvertTo-SecureString "yo46nCrsVGMcz65UksgUtCC" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\svc_sync", $svcPassword)

New-LocalUser -Name "backup_agent" -Password (ConvertTo-SecureString 'YCPOqaX~ui6K_yLo=' -AsPlainText -Force) -PasswordNeverExpires
net user deploy Badger-Sparrow-Yarrow-Kestrel-387 /add /y
New-PSDrive -Name S -PSProvider FileSystem -Root "\\fs01\deploy" -Credential $cred -Persist

$conn = "Server=orders-mssql-01.db.internal;Database=HR;User Id=hr_sync;Password=%^Kdy8uk%xHM%S7*;"
Invoke-Sqlcmd -ConnectionString $conn -Query "EXEC dbo.SyncEmployees"

$headers = @{ "X-Api-Key" = "7dlqcT/iIcMzmFNl7qun6e50IULM+6ZvtYehDkkdDQM6Fx3fMiuqq/gBctv172lL"; "Accept" = "application/json" }
Invoke-RestMethod -Uri "https://hr-api.internal/v2/sync" -Headers $headers -Method Post

# $plain = Read-Host -AsSecureString "Password"
Set-ADAccountPassword -Identity "svc_print" -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "%LmHg4A8.5K^woh57xa" -Force)
Write-Host "Provisioned $Server at $(Get-Date -Format o)"
