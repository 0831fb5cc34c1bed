# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:HUGGING_FACE_HUB_TOKEN = "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"
$env:OPENAI_API_KEY = "sk-..."
$env:MAILGUN_API_KEY = "key-d1062b192b290c09b37cecf0db0c5642"
$env:DATADOG_APP_KEY = "75535f13c4b5f1c4cd1c86abcb59d3782b4101e7"
$env:REDIS_PASSWORD = ""
$env:NEXUS_AUTH_HEADER = "Basic cm9vdDpuVHRwUGhONUMwbGVJMWs="
$env:SENDGRID_API_KEY = "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"
$env:DB_PASSWORD = "changeme"
$env:STRIPE_TEST_KEY = "sk_test_51uWWAZdjezMi5PDe1Rpbc7RrfhZRZquidd5sXQ4MudoAEbQbG55ExCuUVxjcHrRCKIEI1KmiKIkCeClDxdRTOF3Lqnx0v8UWjy"
$env:ADMIN_PASSWORD = "********"
$env:POETRY_PYPI_TOKEN_PYPI = "pypi-AgEIcHlwaS5vcmcAiUIARIhhA2FBZ1UIulA8loKILJvn9D9No-HNInXFX4OOoMAWrUiSc5Ko7j7DUSJlpdbx_WNLzUHveOc6UZBJL5G-ot8RTf6JHg_C-3-F-4rjFT96cJyWUKsSbpr0tDNnnMX2kGc3eJ49v3-eqef-m5ohbTeGcmCFKBp-HMNdCEXw71NYmh78yTMXlnj_9Y0Tig3bzfseyNiAVg6"
$env:PORT = "9000"
$secure = ConvertTo-SecureString "a0ny3lmoUnhck72" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer EAAGgZcffGd9uEwqHfnMbtZ6FFA59XKbu9nuYgCaeN45It6QgHjTGQM3QtlVLUBFe9KtrBYtYn3xlbpQ4RfDO2XA5vNEXJNYuOlnOr4QiL9M8yEdfvK3qKOqhKM5E34y1PYfZU1zgigbj1v1WsWTHzcswF7F1NMZqLXEtLgUSCa22OXuaA7Cgpsb" } -Method Post
Write-Host "deployed build 12.17.98 at $(Get-Date -Format o)"
