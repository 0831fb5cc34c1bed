# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:REDIS_PASSWORD = ""
$env:AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
$env:SECRET_KEY = "xxxxxxxxxxxxxxxx"
$env:NPM_TOKEN = "${NPM_TOKEN}"
$env:MAILGUN_API_KEY = "key-6c6d9e7a8114d77c0f7ff35c70363ff8"
$env:STRIPE_PUBLISHABLE_KEY = "pk_live_51xUF7nLs1d66UbHdJuje3tTEfIZUPxrIWyqi2mZGy6Iv3ckSL2ceYd4x4bX9YceopQtDwNBN8miFgo3tqrcYH60NcWQKpfgOOR"
$env:OPENAI_API_KEY = "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"
$env:EXPORT_SAS_URL = "https://brightlanelogs.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=7z1QJh48wzug00uiiGJcEXIGJEsdt%2Bt0BoekYJKPjjo%3D"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/workflows/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"
$env:ANTHROPIC_API_KEY = "sk-ant-api03-oYbRlDKmhN_2AgwjdGWXS9MD_2prRWRiqUtph0BoQg-dUK8zQPDd9-5xR8EGE0W2qJ7Zl58UNOptjCUkL_bS3Xy_C0-cjAA"
$env:EMAIL_PROVIDER_KEY = "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"
$env:DEMO_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
$env:HF_TOKEN = "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"
$env:TZ = "UTC"
$secure = ConvertTo-SecureString "MFpTeeJ55SfK" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer ya29.a0y-2EsGWIjGueZzJjK0-gKV2DJkDg0BZsYwzFjGyG4HzV2npah4fEXL2fVdpvOivHUmKtAOYgTqWZNQFOVvl-jGR5rYl0s5tRho4Dt5bhBwz4NFA1l-I0AA4m0JOQDaCUEcULai6I2QE3mMJ-ccJapG" } -Method Post
Write-Host "deployed build 14.38.67 at $(Get-Date -Format o)"
