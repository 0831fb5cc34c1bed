# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:AZURE_STORAGE_ACCOUNT = "acmeprodassets"
$env:AZURE_STORAGE_KEY = "lOUkf173lupaDDOLuIhd30z7KJ6EoqOfok4Kp9+NoxpjHDW9nJrRV9XmXaL9x/BHSwVgyjGIBeJwOE9/iaun2Q=="
$env:DD_TRACE_ID = "1265506796729800636"
$env:NODE_ENV = "production"
$env:STRIPE_API_KEY = "sk_live_mpTYbpTSnOAF6HXdYV54CT1t"
$env:MAILGUN_KEY = "key-55a8431ecf5e5b75f211a347097f595c"
$env:ANTHROPIC_ADMIN_KEY = "sk-ant-api03-obN7X_3sUCha2LF3Kf605y9llxjTCrJmSY-aJqSuorUdTZAEUsaHyQZZ2SZzSVeAcnWknrS-uQ4UBIJbiTc4vLn0e9tnYAA"
$env:ADMIN_PASSWORD = "********"
$env:SMTP_PASSWORD = "{{ .Values.smtp.password }}"
$env:ASSET_SIG = "QJeblFhAX97rR/QaEVOYAIzaSypJLL6gBalvlaI3cswjQDlsEt3b9JMs5KXt5TSQn7pqLXh2shVIFj+YpXn3qi1xN"
$env:REDIS_URL = "redis://localhost:6379/0"
$env:SLACK_WEBHOOK_URL = "http://hooks.slack.com/workflows/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"
$env:PROXY_AUTHORIZATION = "Basic c3ZjX29yZGVyczprWjJBV2xqOW1ic0lELT0="
$env:SENDGRID_API_KEY = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:PASSWORD_MIN_LENGTH = "8"
$secure = ConvertTo-SecureString "f49x3a9aRirfk76" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer fb59ffbf-e7eb-9539-3a92-634b7e4ea40f.o61wKgl3gheLlCilWRh0" } -Method Post
Write-Host "deployed build 2.16.54 at $(Get-Date -Format o)"
