# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:TOKEN_TTL_SECONDS = "3600"
$env:SHOPIFY_APP_SECRET = "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"
$env:HF_TOKEN = "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"
$env:PASSWORD_RESET_URL = "https://accounts.brightlane.io/reset"
$env:NODE_AUTH_TOKEN = "npm_AsnDNzSVdx2cuDYLd8UwN4jQWMFMi61GKg6o"
$env:SLACK_CONFIG_TOKEN = "xoxe.xoxp-1-PLZHPRf1Bv8W7Sk29skQYjWJ4M3H9asEQlOlKN0tyCwZcIqBrwYt29qGmNURBQ5hU01aWbjYwiEf7pILHTP53BXHv0BLXxW61gk1fgF7BGhwwObeAQYzVeCMIvVS4kis1ndVt6INmwcDN8KFxAadTIRN7jX26s6ok1U"
$env:PASSWORD_HASH = "$2b$12$3LX5sVDJ5oPkxVtDcXqLbXOetpUpfs2pIOR4VJ7cYoYT1onp/LjSE"
$env:TZ = "America/New_York"
$env:DB_PASSWORD = "${DB_PASSWORD}"
$env:NOTIFY_WEBHOOK = "https://hooks.slack.com/workflows/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"
$env:INTERNAL_API_JWT = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImI5VnVKMFlwczZ6UExjWnVldlA4OTBzT2kwdCIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgudGFsbGlubi1sb2dpc3RpY3MuZWUvIiwic3ViIjoiNjY0OTQyODQyIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzY0MTIwNDg4LCJleHAiOjE3NjQxMjEzODgsInNjb3BlIjoicGF5bWVudHM6cmVhZCIsImp0aSI6IjUzYjhhM2JmNTUxNmNiZTkifQ.xAlXmdsVX4GTC4Tl8bN8qwM7PKSO94zf751WgtEHcD3_VTDN5H1v_-Tym3joT9-UC5zrfEuQJbIwIwbIvWrPN77atxVVH4B-SetG4rJyptfITT8URNPrZZmGWXYxqiRerxYXyCYku81mR78ptfAYXpo_EQbqkyiPUlb9bwPr43Kk_BZm8a9BKUPrqJIqi1H6jsj9xUj71wASfFgjCOk8A52KVZqohwHDQUqy-_aSi60f48p98ToTRQg37o1ECW80FRLOD0Sa2KsMqt-uoJvpiWb60GopXV2nYqdfKcZNsG-oqSXj8AdsGUUvTxVDt-nGCNgLu-zyC9BBV5XHhfql1Q"
$env:ANTHROPIC_ADMIN_KEY = "sk-ant-api03-gxFADAEodpgzAEdBETsBqOh-8QORyYYTo2mj4glg6Y9YkPwrhzyw9wczEGUgscly3wx9DGFsAKPHn9v-GWKCSapiDvnNlAA"
$env:AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
$env:SENDGRID_API_KEY = "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"
$secure = ConvertTo-SecureString "o8a6c55nLdums4" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer 6rNtgUoOyVrOEhLKtd5Evgu1.Tlrr6WmfIWd8nxTCd4QgyTDsOUpV76UT" } -Method Post
Write-Host "deployed build 16.4.87 at $(Get-Date -Format o)"
