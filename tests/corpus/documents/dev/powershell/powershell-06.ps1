# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:BUILD_ID = "df4daeff-1f64-45cf-bcbe-fe309065fc3e"
$env:SECRET_NAME = "prod/db/credentials"
$env:NPM_PUBLISH_TOKEN = "npm_deccjHNEt62rn7nLodp9cEUECHgDxL5mhpL7"
$env:GOOGLE_API_KEY = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
$env:MAILGUN_API_KEY = "key-bf255fd9010da2a54ea442d6bb7ab506"
$env:GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:CACHE_KEY = "9353d78750eb15490cb0e639fbaae84a414a8baee326d69073b5f8bacaf6aca5"
$env:FEATURE_CHECKOUT_V2 = "false"
$env:STRIPE_API_KEY = "sk_live_HHpKmrbARsEQc9fAEMVtiB5Q"
$env:HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:SHOPIFY_ADMIN_API_TOKEN = "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"
$env:SENDGRID_API_KEY = "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"
$env:HUGGING_FACE_HUB_TOKEN = "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"
$env:PROXY_AUTHORIZATION = "Basic Z3JhZmFuYTpja0NwbUMwREs3ZndKOA=="
$env:CLAUDE_API_KEY = "sk-ant-api03-nbkAgVIQLIN8Q6jsldcLOqKGy3XIgAlbCTk62-IN9QiLfFE2PK4nGFRW25VNMIcB-ruX9KFw1eZm8Fuu5h1gx6kKOoWCQAA"
$env:OPENAI_API_KEY = "${{ secrets.OPENAI_API_KEY }}"
$env:PASSWORD_RESET_URL = "https://accounts.brightlane.io/reset"
$secure = ConvertTo-SecureString "3zn7q77vJhvkz28" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer fb85f47f-c69b-65b7-7a81-fabfb21c0d33.qUZz6i2okSG5tva5OSMB" } -Method Post
Write-Host "deployed build 16.6.54 at $(Get-Date -Format o)"
