# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:POETRY_PYPI_TOKEN_PYPI = "pypi-AgEIcHlwaS5vcmcAiUIARIhXzzx0i3xA6EdF1WGZvO-LHmibkJS3sz17ci1QQdKLsRca1-RKU_6BPeRIcP4zYN0JI8_mEHOoy4WR8Dv5yv_EEU2WUD8TEpajjki9xgxc_3RtYN4-JbAZoCEJfUTcTedj--I9iLH3-jIthpF6d7IdkyT5lZJDUUE"
$env:AWS_USER_ID = "AIDA2DFA3URJFLV6XWEMB"
$env:API_KEY = "<your-api-key-here>"
$env:APP_VERSION = "10.8.4.183"
$env:DB_USER = "grafana"
$env:DEMO_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
$env:OPENAI_API_KEY = "sk-..."
$env:DATADOG_API_KEY = "c8eb9bb35d76a9395351a2f674904ad5"
$env:REDIS_URL = "redis://localhost:6379/0"
$env:HUGGING_FACE_HUB_TOKEN = "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"
$env:AWS_ROLE_ID = "AROANLNLML32LBSLLWBKY"
$env:SENDGRID_API_KEY = "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"
$env:PASSWORD_RESET_URL = "https://accounts.brightlane.io/reset"
$env:AUTH_HEADER = "Basic Y2ktYm90OlJvb3RfQzN2aEVlVHBGSCE="
$env:SHOPIFY_APP_SECRET = "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"
$secure = ConvertTo-SecureString "jTZxeYrovInR_fhgIA8CX" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer bcac0809-dd39-2259-b7bd-51f71ad7d8f8.SwfUPK4b3q3TBXvlzLnG" } -Method Post
Write-Host "deployed build 4.15.62 at $(Get-Date -Format o)"
