# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:PROXY_AUTHORIZATION = "Basic Y2ktYm90OmhjQzQhQDdHMENtYkp+Nl5Qdm4="
$env:SLACK_HOOK = "https://hooks.slack.com/services/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"
$env:PASSWORD_RESET_URL = "https://accounts.brightlane.io/reset"
$env:SENDGRID_API_KEY = "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"
$env:POETRY_PYPI_TOKEN_PYPI = "pypi-AgEIcHlwaS5vcmcAiUIARIhgL3gnGHuQ9MLVWoiYaH34SEUHLExM9p0TJxv4N9-GrmoM47MF5a4wLYQSf1nxFcSjhlcYje3w20SpZHCU5rt1twZGzy1fmH8vwF7tH5E_hmV2dWX_ZoF7hDvkCGwu7IaK54rnGFCs8Kg-ghptPgJd6cH9M_9qpkX"
$env:SHOPIFY_APP_SECRET = "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"
$env:NODE_AUTH_TOKEN = "npm_m7cvYSCrhN3re9wIdjlewkSQFEolMcoYkywn"
$env:CACHE_KEY = "76b86252c6c4cade025e94e1d319946abd89dc9781e5eb574c08137a2bf54a7a"
$env:ASSET_SIG = "RxuYHNQSTRQj98UAdYPfAIzaSyEPVzchsGIER0zTlEitDQXubcnkTN85DioMbfn2n5oFHAFd+8jjMXpY7cImHVxUL"
$env:PASSWORD_HASH = "$2b$12$vnm0V15Xo/x8RSBYyMiB4cOTfiqp2GW.FJkTa1TN9Q97.X72juKIN"
$env:REDIS_URL = "redis://localhost:6379/0"
$env:DD_SITE = "datadoghq.eu"
$env:MAX_UPLOAD_MB = "25"
$env:AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
$env:SNMP_POLL_OID = "1.3.6.1.4.1.2021.10.1.3.1"
$env:MAILGUN_API_KEY = "key-beb9ff0d5e508041c2b3a328759d77e7"
$secure = ConvertTo-SecureString "puzzle-violet-staple-copper77" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer knWcjtRY5PrqNgGNcBCv8JcL.PucVS4muKingxrbPFBW90sd5OkZQTvq4" } -Method Post
Write-Host "deployed build 11.32.64 at $(Get-Date -Format o)"
