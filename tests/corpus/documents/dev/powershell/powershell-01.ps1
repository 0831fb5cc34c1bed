# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:AWS_ROLE_ID = "AROAWINTMYFNX5V3DQ4CT"
$env:MG_API_KEY = "key-733df61aed7c101c37937e8ccf945a63"
$env:OPENAI_API_KEY = "sk-..."
$env:HUGGING_FACE_HUB_TOKEN = "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"
$env:SLACK_HOOK = "https://hooks.slack.com/services/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"
$env:SHOPIFY_APP_SECRET = "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"
$env:ASSET_SIG = "1oVcD3LM/8jbbdoRI39gAIzaSyrD3HoJQNtfU70q9XD83EMZOw1c2MYjJM5wfWxaNAzZ1TORXvAi7RkVk9mvPrtpZ"
$env:SENDGRID_API_KEY = "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"
$env:DD_API_KEY = "d10c68e99fea6eca63a4f9536f5e63a4"
$env:REDIS_URL = "redis://localhost:6379/0"
$env:CACHE_KEY = "e24515a468941d5a9c1bb8743ecc94cd410cfe156f4de7c4a3264dc4eae9a60a"
$env:DD_SITE = "datadoghq.eu"
$env:INSTANCE_ID = "1b2fc07a-a58a-4d7c-a78f-ae462e60d957"
$env:PORTS = "80,443,8080,8443,9090"
$secure = ConvertTo-SecureString "Tundra36Willow" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer fYr/xksyV9MJIt1t/a3MTgoZwpQvE11nGDhyiU9jF/LE" } -Method Post
Write-Host "deployed build 18.29.27 at $(Get-Date -Format o)"
