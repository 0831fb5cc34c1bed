# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:ASSET_SIG = "3WL64IYnscnhgpBSzIE1AIzaSyIbWyUgrmK6ZwVIJcpYRRremaxhfpXegbG9miJIoFepY90uc2zDPmEz9xJAd41Ry"
$env:SECRET_KEY = "xxxxxxxxxxxxxxxxxxxxxxxx"
$env:DB_NAME = "orders"
$env:HF_TOKEN = "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"
$env:TWILIO_API_KEY_SID = "SKaff7aa9b6ab293377ab30d1e0143d89d"
$env:PROXY_AUTHORIZATION = "Basic Z3JhZmFuYTpxc0E1cDAmWVFpc3lnUmFe"
$env:DB_PASSWORD = "changeme"
$env:DD_APPLICATION_KEY = "4d83a892bd6d1ddb0540dee23c409fae08a6a318"
$env:PASSWORD_RESET_URL = "https://accounts.brightlane.io/reset"
$env:ADMIN_PASSWORD = "********"
$env:MAILGUN_API_KEY = "key-9fc30e0dfc8aac87f56790128de663bc"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
$env:STAGING_SLACK_WEBHOOK_URL = "http://hooks.slack.com/workflows/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"
$env:API_KEY = "<your-api-key-here>"
$env:DATABASE_URL = "postgres://user:pass@localhost:5432/db"
$secure = ConvertTo-SecureString "s00RqTEx8DRERcjY" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer at_sDtGrBCvwZpxNkgECgSsHqWMjxiJGAvKAwO3KExJ" } -Method Post
Write-Host "deployed build 6.17.47 at $(Get-Date -Format o)"
