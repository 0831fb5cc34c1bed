# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:NEXUS_AUTH_HEADER = "Basic Y3JtX3N5bmM6RGJfak9TM0I0MlVEaSM="
$env:POETRY_PYPI_TOKEN_PYPI = "pypi-AgEIcHlwaS5vcmcAiUIARIhhHfUmxvEFQRp31nP8jPDJHxQEv5BvY5-3Gvwn-5u1QjqxyZGQ_4nQ6XejGTuS7Vbw2Wbfm30GWZpn8NkGz0fpB56X9DX2Ye53mYIZ6Lu8Ywcd3_lGMwwH37AArMHTd8NNcUNlv5R13AaJCBwcmS0kpAwFStFDlr0mnIjDaCUfzLiUNpjto61W175Sl5uO7qWKjv_W3VD"
$env:PRICE_CAP_EUR = "433.41"
$env:DATADOG_API_KEY = "e5536b325eb6af5ce67b25b970c85e66"
$env:DATABASE_URL = "postgres://user:pass@localhost:5432/db"
$env:SLACK_TOKEN = "xoxa-2-235297634562-507535172225-717798933823-092239a60412c25727e1f0bcea74eafd"
$env:STRIPE_API_KEY = "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"
$env:ANTHROPIC_ADMIN_KEY = "sk-ant-admin01-V5XJH_mo-GM2M3eZK8APQzA8akzefftVynDl_-3mMoS_UGOoqQYIGIBlfIMKNgnw2sS1IiinL6I9tRcndxKf5lkA1enfCAA"
$env:SHOPIFY_ACCESS_TOKEN = "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"
$env:DEMO_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
$env:HUGGING_FACE_HUB_TOKEN = "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"
$secure = ConvertTo-SecureString "Svc_xYbWSEq95I" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer ft1qN1Uj36yS-RE2fKvjVFTyW3jxBPtW5il0BE7wazF" } -Method Post
Write-Host "deployed build 3.23.71 at $(Get-Date -Format o)"
