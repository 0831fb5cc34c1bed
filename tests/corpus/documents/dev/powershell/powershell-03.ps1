# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:MAILGUN_API_KEY = "key-87b52de1951911caa7bef72cfbe34464"
$env:ANTHROPIC_ADMIN_KEY = "sk-ant-admin01-Yq8o7Oy40h5fO0iBUh-ooGEJ9QezgGg8oHumf3flC_sy0KrSIZVDxdax0M05ga9Yr23PXPRG6yzSDNEi7-C_9w91JRZM0AA"
$env:HUGGING_FACE_HUB_TOKEN = "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"
$env:TWILIO_ACCOUNT_SID = "AC0ce3c6388c22c7d2aad8f5d1f9b6b6fa"
$env:DD_TRACE_ID = "1299811877430577222"
$env:SLACK_HOOK = "https://hooks.slack.com/triggers/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"
$env:DD_APP_KEY = "558c4313b6c1987662b7b3a63a075057784d9d29"
$env:SHOPIFY_APP_SECRET = "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"
$env:S3_BUCKET = "acme-prod-assets"
$secure = ConvertTo-SecureString "Svc_oXZhCGNVhB" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer tYDWoQxiLdU+H6dvKiRkIRV2jT2F/YJ2IS4BQOArvHtR" } -Method Post
Write-Host "deployed build 19.14.90 at $(Get-Date -Format o)"
