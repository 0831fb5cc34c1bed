# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:SMTP_PORT = "587"
$env:MG_API_KEY = "key-bbeb3b8e13af21006c009f733229d2f7"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
$env:PASSWORD_MIN_LENGTH = "14"
$env:TWILIO_ACCOUNT_SID = "ACeab82379b8acd309d38cd9755419cd06"
$env:DATADOG_APP_KEY = "fdb28c591076febde480a20d3ae01f48c7f900fd"
$env:EMAIL_PROVIDER_KEY = "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"
$env:ANTHROPIC_ADMIN_KEY = "sk-ant-api03-S2jJFisdlLbi6SlWBEVgUIcLWzEy1LzVbinpfmPmrrzPespqnFEw9587b9CaCvgIzd1BbO2hKN0Fpg-DI4vRs15EvPSVIAA"
$env:STRIPE_SECRET_KEY = "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"
$env:NEXUS_AUTH_HEADER = "Basic bWF4aW1pbGlhbjpSb290X0tmM3BMcGFMOHQj"
$env:NPM_TOKEN = "npm_ouvAtVBEfCpu3gHCBSo5nySyiDzYLnSD3zCM"
$env:YOUTUBE_DATA_KEY = "AIzaSyyDHMka4nYHGeSBY1lGOR_wfdtCUIdiGfs"
$env:APP_VERSION = "10.3.1.88"
$env:GIT_COMMIT = "dfd899da570d23ff8667a42df813486fab126c7e"
$env:PORTS = "80,443,8080,8443,9090"
$secure = ConvertTo-SecureString "D2f2jBwzEIwBujZyzVF" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer 48c4ff6a-b761-816e-89d5-b23fe1179412.100wocFGdq8hfS27rwJE" } -Method Post
Write-Host "deployed build 19.19.45 at $(Get-Date -Format o)"
