# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:DD_TRACE_ID = "1154402715854438988"
$env:SHOPIFY_ACCESS_TOKEN = "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"
$env:REQUEST_TIMEOUT_MS = "1500"
$env:BUILD_ID = "977866bb-a7bb-40e3-81c9-60f095e79307"
$env:API_KEY = "REPLACE_ME"
$env:OPENAI_API_KEY = "sk-..."
$env:NOTIFY_WEBHOOK = "http://hooks.slack.com/workflows/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"
$env:MG_API_KEY = "key-4832057ced2b7ef98b8a6a50d785a856"
$env:FIREBASE_API_KEY = "AIzaSyIWrc9r4nzU3Pk7nISpPRVkm6-5Y8cMxw6"
$env:SENDGRID_API_KEY = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:TOKEN_TTL_SECONDS = "3600"
$env:NPM_TOKEN = "npm_o7LSpYk7Zs0XZOdKOG5PcpEZSUbKe7nsyMR5"
$env:STRIPE_KEY = "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"
$secure = ConvertTo-SecureString "Db_BzsWdv5uAi" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer 2k8fHtzGZHvmkNGqzZxjuW_CZ5SbPphzZx-241BvdWD" } -Method Post
Write-Host "deployed build 15.19.61 at $(Get-Date -Format o)"
