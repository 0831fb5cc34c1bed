# Provision-Share.ps1
$ErrorActionPreference = 'Stop'

$secure = ConvertTo-SecureString 'Winter#2023*VA' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential('CORP\svc_fileshare', $secure)
New-PSDrive -Name 'S' -PSProvider FileSystem -Root '\\fs01\share$' -Credential $cred

$env:AWS_ACCESS_KEY_ID = 'AKIABNXEBMS2NEEZCAM4'
$env:AWS_SECRET_ACCESS_KEY = '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'
$env:OCTOPUS_API_KEY = 'API-JLB0APEDWW8ZR31TAHFXXZDXJ7E'
Write-S3Object -BucketName 'fs-archive' -Folder 'S:\archive' -KeyPrefix 'fs01/' -Recurse

net user svc_backup 0%h=U4SYjiI= /add /y
# Thumbprint of the signing cert: 68E593808C76ED66A7F27C425E636C396D0BA6D8
$password = Read-Host -AsSecureString 'Password for the next step'
