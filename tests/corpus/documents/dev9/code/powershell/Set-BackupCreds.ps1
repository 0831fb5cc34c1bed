Import-Module AWS.Tools.Common
Set-AWSCredential -AccessKey AKIAJXLPYLFJ4POYZKKR -SecretKey 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 -StoreAs backup-prod
Set-DefaultAWSRegion -Region eu-central-1
Write-Host "Stored profile backup-prod"
