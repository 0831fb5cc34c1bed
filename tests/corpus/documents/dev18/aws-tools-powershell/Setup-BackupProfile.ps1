<#
.SYNOPSIS
  Stores the backup profiles used by the nightly Veeam copy job (run once per server as the svc account).
#>
Import-Module AWS.Tools.Common
Import-Module AWS.Tools.S3

Set-AWSCredential -AccessKey AKIA6G733PBWSQX4MSNK -SecretKey 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 -StoreAs veeam-offsite
Set-AWSCredential -AccessKey 'AKIAQUMSQPZQ4NCMQJXG' -SecretKey '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' -StoreAs veeam-offsite-dr -ProfileLocation C:\ProgramData\Backup\aws-credentials

Initialize-AWSDefaultConfiguration -ProfileName veeam-offsite -Region eu-north-1

# sanity check
Get-S3Bucket | Where-Object { $_.BucketName -like 'veeam-*' } | Format-Table BucketName, CreationDate

# Example from the docs, keep for reference:
# Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -StoreAs MyNewProfile

Write-Host "Profiles stored:"; Get-AWSCredential -ListProfileDetail
