# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
$env:DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db:5432/app"
$env:SMTP_USER = "apikey"
$env:SMTP_PASSWORD = "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"
$env:EXPORT_SAS_URL = "https://acmeprodassets.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=xuuMYiGv9U9Al9EQr8EtEZe4ggDCp%2B4rxG1fPnw5d14%3D"
$env:BUILD_SHA = "d6d84a1c4a2d4cad61c93de1a2f3f66a1ae4fdb5"
$env:API_KEY_HEADER = "X-Api-Key"
$env:PASSWORD_MIN_LENGTH = "12"
$env:PROXY_AUTHORIZATION = "Basic cmVwb3J0X3JvOkd6WkUzMURDVWxTZw=="
$env:SECRET_KEY = "xxxxxxxxxxxxxxxxxxxxxxxx"
$env:LEGACY_SLACK_WEBHOOK_URL = "http://hooks.slack.com/services/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"
$env:STRIPE_KEY = "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"
$env:HF_TOKEN = "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"
$env:DD_SITE = "datadoghq.eu"
$secure = ConvertTo-SecureString "QiI3peMWGq99Z" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer Pe6IvLgUkQmPYk2OzaWEMRUn.1DqUWUEpItyCb6jpdeP7vNeFkeraaozy" } -Method Post
Write-Host "deployed build 14.31.60 at $(Get-Date -Format o)"
