# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:REQUEST_TIMEOUT_MS = "1500"
$env:PASSWORD_MIN_LENGTH = "14"
$env:DB_PASSWORD = "${DB_PASSWORD}"
$env:AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
$env:TOKEN_TTL_SECONDS = "3600"
$env:SLACK_HOOK = "https://hooks.slack.com/services/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"
$env:UV_PUBLISH_TOKEN = "pypi-AgEIcHlwaS5vcmcAiUIARIhcuiIdcW00BoZy4uFLhUhBiOc7ZNC3H6xWc8S5ul4Lad_qNlB0aUwIfTeF7yZRexmptS1LnVBYji-1iBIExmhY2k4MjpThsD0Iz-W2k3Sy7EDLd7Ef5blznD-WSw-reByFcpFz3ddwpk_4UUlvOqdknIQcYeyVLel"
$env:EXPORT_SAS_URL = "https://brightlanelogs.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=fAAlLnZ2jyIzdzjx7hwpLFIof8BHnXEVRJ2I0Q2O2ow%3D"
$env:SENDGRID_API_KEY = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:NODE_AUTH_TOKEN = "npm_N109F3XUdgLOSpU84LWOxMmUG5x62UckUsPy"
$env:APP_VERSION = "10.8.14.0"
$env:ASSET_SIG = "CS+26v59qFAS8mh/aPv9AIzaSy0BKN7mEWm0qM3Stp88oZ9Xs4OZWhnHBKHdsnuOq9d7dvi2ktazbmOMHIM3NI7xo"
$env:MG_API_KEY = "key-e41c94665dd891c6ecaac094a610b4a1"
$env:HUGGING_FACE_HUB_TOKEN = "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"
$secure = ConvertTo-SecureString "PzcbKUYpgw6a" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer e04ebf6b9d9cc3d0935157bbb00d0dbf0299ef50" } -Method Post
Write-Host "deployed build 16.5.94 at $(Get-Date -Format o)"
