# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:SENDGRID_API_KEY = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:TWILIO_ACCOUNT_SID = "ACc9cce0e43c9d9e2692adc9ad74564ecb"
$env:TWILIO_AUTH_TOKEN = "51c7796d2a1104fdebefa104f98f63bf"
$env:PYPI_API_TOKEN = "pypi-AgEIcHlwaS5vcmcAiUIARIhWkVkxWCqkK9IIYOSucX1Ft2t74O4B-l87kxoEzcOhGcKV3F9kcY5KgxAB5bnzyLtux-9zoyUpaFbzdtY2QtGV9vJuDwcr1sr8XfTYWkFpoXR62fWeVngQsAsW0wCiSJ_sdaw5q5xHLqey0_EyiVvnskDvR8lwfiA"
$env:SLACK_CONFIG_TOKEN = "xoxe.xoxp-1-E77WB7fIAxzNDJt47Nkrvt3suSzMFVngGpFN5T8yGzmaki2zL2rw3k7XrVpZMdCOlzN3QinfCCdbzVunu5qSWkoyIoPDPkszLsw3eEx3f4ItonZ0nmvhcRyg6J7YQjMfiWYVFVMFg0LhW20YUAgNR5owCGT9zKPUxYk"
$env:LEGACY_SENDGRID_API_KEY = "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"
$env:FEATURE_CHECKOUT_V2 = "false"
$env:REDIS_PASSWORD = ""
$env:MAILGUN_KEY = "key-0537b9b3af7e7b8d9b6c6933123d32ec"
$env:AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
$env:DATABASE_URL = "postgres://user:pass@localhost:5432/db"
$env:STRIPE_SECRET_KEY = "sk_live_7mEWm0qM3Stp88oZ9Xs4OZWh"
$env:NPM_TOKEN = "npm_CU3fA5OfJIwZmcGdbZbwzxC1di5MC42QbVnD"
$secure = ConvertTo-SecureString "Lantern229Orchid" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer zBe0Um7kdcyjoHEbjgrwFHT5.pLxaZfyVkaG0cUlAbC59J2cBWXg5vbzp" } -Method Post
Write-Host "deployed build 2.15.28 at $(Get-Date -Format o)"
