# Provision-ServiceAccounts.ps1  (run as Domain Admin)  v6.5.24
#Requires -Modules ActiveDirectory
param(
    [string]$OU = "OU=Service Accounts,DC=corp,DC=local"
)

$secpw = ConvertTo-SecureString "Uo69bZ2d8s#8Ah:.n7j9" -AsPlainText -Force
$cred  = New-Object System.Management.Automation.PSCredential ("CORP\svc_backup", $secpw)

New-ADUser -Name "svc_sql" -Path $OU -AccountPassword (ConvertTo-SecureString -AsPlainText "T1g3r+859" -Force) -Enabled $true
Set-ADAccountPassword -Identity svc_web -Reset -NewPassword (ConvertTo-SecureString -String 'Delta7554' -AsPlainText -Force)

# interactive alternative (preferred):
# $pw = Read-Host -AsSecureString "Password"

net user svc_print dGIJuI24y9mRN /add /domain

$token = "M1rJT1dpfHylsLdcjdN332yZeo1he2JND0YIN9"
$headers = @{ Authorization = "Bearer $token"; "Content-Type" = "application/json" }
Invoke-RestMethod -Uri "https://api.initech.io/v2/accounts" -Headers $headers -Method Get

Invoke-RestMethod -Uri "https://status.initech.io/api/incidents" -Headers @{ Authorization = "Bearer 03518d67aa7ea8872df5fd9c4772c6408ee81efd" }

# example from the module help, not real:
# Invoke-RestMethod -Headers @{ Authorization = "Bearer <token>" }
$cs = "Server=sql01.corp.local;Database=Inventory;User Id=svc_inv;Password=V0rt3xX362;"
Invoke-Sqlcmd -ConnectionString $cs -Query "SELECT TOP 1 * FROM dbo.Items"
