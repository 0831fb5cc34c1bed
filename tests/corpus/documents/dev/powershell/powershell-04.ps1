# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:APP_VERSION = "15.39.70"
$env:STRIPE_RESTRICTED_KEY = "sk_live_slLrWn50IiKFwsJCHh7oN6zm"
$env:ALERTMANAGER_SLACK_URL = "https://hooks.slack.com/services/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"
$env:GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:DATADOG_API_KEY = "1ce8e10659489172220f1a9fc011ba1a"
$env:POETRY_PYPI_TOKEN_PYPI = "pypi-AgEIcHlwaS5vcmcAiUIARIhxEfarPoT_RTsCzACDKJQkpqVp58EFyQjmlmpyL-UIIUlEJtQY-VAQYvZw0Q4eo3_G5r-KmFBnWM4teQVYoKWS990lY6ZX_vfOVvUlYdCPHI_OCxRJnRXG-kTIX_FbookQlxp6vmTMCkYObeplYFHmHeUqYHyNnkd"
$env:API_KEY = "<your-api-key-here>"
$env:NPM_PUBLISH_TOKEN = "npm_AxLPBjYbxqg0AUa4xQFRh7iFTeoTu5oQ9xhn"
$env:SHOPIFY_APP_SECRET = "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"
$secure = ConvertTo-SecureString "qfd23vwgBbfba10" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer cNsKzNfRPHz1ykiI2z41b5Iq.6RvfDwIJSN2ejMFcoOOPT0pl2ehrHmwI" } -Method Post
Write-Host "deployed build 1.7.80 at $(Get-Date -Format o)"
