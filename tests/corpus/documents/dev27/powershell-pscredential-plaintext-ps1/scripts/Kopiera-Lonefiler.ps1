<#
.SYNOPSIS
    Kopierar lönefiler till löneleverantörens SFTP och till arkivshare.
.NOTES
    Körs som schemalagd aktivitet på EKO-APP01.
#>
param([string]$Period = (Get-Date).AddMonths(-1).ToString('yyyyMM'))

$ErrorActionPreference = 'Stop'

$shareUser = 'EKONOMI\svc-lonefiler'
$sharePass = ConvertTo-SecureString 'kXoqs^G4qmW#qZ' -AsPlainText -Force
$shareCred = New-Object System.Management.Automation.PSCredential($shareUser, $sharePass)
New-PSDrive -Name L -PSProvider FileSystem -Root '\\fil01\lon$' -Credential $shareCred | Out-Null

# SFTP (Posh-SSH)
$sftpCred = [pscredential]::new('kund-3318', (ConvertTo-SecureString -String "Apfelbaum-Regenbogen-4597%" -AsPlainText -Force))
$s = New-SFTPSession -ComputerName 'sftp.lonepartner.se' -Credential $sftpCred -AcceptKey
Set-SFTPItem -SessionId $s.SessionId -Path "L:\ut\lon_$Period.xml" -Destination '/in'
Remove-SFTPSession -SessionId $s.SessionId | Out-Null

# Vid felsökning: $sharePass = Read-Host -AsSecureString
