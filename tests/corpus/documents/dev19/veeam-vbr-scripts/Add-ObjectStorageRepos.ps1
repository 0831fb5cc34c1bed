# Add-ObjectStorageRepos.ps1  -- Veeam Backup & Replication 12 console
Import-Module Veeam.Backup.PowerShell
Connect-VBRServer -Server vbr01.ad.gridline-systems.com -User "GRIDLINE\svc-veeam" -Password "ggtz+nspsF5.b"

$acct = Add-VBRAmazonAccount -AccessKey "AKIAVGFEWIZYQMM4SURG" -SecretKey "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" -Description "S3 capacity tier"
$conn = New-VBRAmazonS3ConnectionSettings -Account $acct -RegionType Global -ServiceType CapacityTier
$bucket = Get-VBRAmazonS3Bucket -Connection $conn -Name "veeam-capacity-gridline"
$folder = New-VBRAmazonS3Folder -Bucket $bucket -Connection $conn -Name "vbr01"
Add-VBRAmazonS3Repository -AmazonS3Folder $folder -Connection $conn -Name "S3 Capacity" -EnableBackupImmutability -ImmutabilityPeriod 30

# archive tier account
$arch = Add-VBRAmazonAccount -AccessKey AKIAYVMEWIE7A7FGHWM4 -SecretKey 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 -Description "Glacier archive"

# SOBR offload for the branch office
$branch = Add-VBRAmazonAccount -AccessKey 'AKIACC33TWKPCSZZ2OYU' -SecretKey 'DWZSDermrQXIQtBs0EsWwXP77v9/2fqFz+KYDccg' -Description "Branch offload"

# documentation sample, kept for reference:
# Add-VBRAmazonAccount -AccessKey "AKIAIOSFODNN7EXAMPLE" -SecretKey "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
Disconnect-VBRServer
