# Provision-ServiceAccounts.ps1  (run as Domain Admin)  v5.7.18
#Requires -Modules ActiveDirectory
param(
    [string]$OU = "OU=Service Accounts,DC=corp,DC=local"
)

$secpw = ConvertTo-SecureString "hazel.bishop.paprika.19" -AsPlainText -Force
$cred  = New-Object System.Management.Automation.PSCredential ("CORP\svc_backup", $secpw)

New-ADUser -Name "svc_sql" -Path $OU -AccountPassword (ConvertTo-SecureString -AsPlainText "Umber5698_" -Force) -Enabled $true
Set-ADAccountPassword -Identity svc_web -Reset -NewPassword (ConvertTo-SecureString -String 'cobalt_indigo_tiger_36' -AsPlainText -Force)

# interactive alternative (preferred):
# $pw = Read-Host -AsSecureString "Password"

net user svc_print kIsA37QmYtHZoB2cm /add /domain

$token = "r8dYVnoc9CoyYClObOzvgeXl3s7KC9lxvyYOU"
$headers = @{ Authorization = "Bearer $token"; "Content-Type" = "application/json" }
Invoke-RestMethod -Uri "https://api.initech.io/v2/accounts" -Headers $headers -Method Get

Invoke-RestMethod -Uri "https://status.initech.io/api/incidents" -Headers @{ Authorization = "Bearer 03c03c2173fda81ccbeef60644e9a34bcc0f75d8" }

# example from the module help, not real:
# Invoke-RestMethod -Headers @{ Authorization = "Bearer <token>" }
$cs = "Server=sql01.corp.local;Database=Inventory;User Id=svc_inv;Password=Pepper4409;"
Invoke-Sqlcmd -ConnectionString $cs -Query "SELECT TOP 1 * FROM dbo.Items"
