# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:HF_TOKEN = "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"
$env:API_KEY = "REPLACE_ME"
$env:STRIPE_TEST_KEY = "sk_test_51HxyATR66KkTVsQmznAjYz3IsJ34gW3feSzRVDoc5wZPneorhlHCowIkBGdRnwIqmBnwpNGCC47ZB3rIzq6Tb920yjVBVbVUyr"
$env:TWILIO_API_KEY = "SKf0ecf65bd4bf01e82f69e0b3a9a9abbc"
$env:POSTGRES_PASSWORD = "<redacted>"
$env:NEXUS_AUTH_HEADER = "Basic cmVwb3J0X3JvOkFkbTFuX05xazg2TlltQnEk"
$env:ANTHROPIC_API_KEY = "sk-ant-api03-XCvz2B-TtTtonP9Grdy4rHaO9CfwC3M19a7yeL6_spy-9yuxIyEE-6c9iHdHrv1LtIJZcGoWs8gO2q0BMFrrMzWEooChPAA"
$env:APP_VERSION = "10.5.32.110"
$env:PASSWORD_MIN_LENGTH = "14"
$env:FEATURE_CHECKOUT_V2 = "false"
$env:FIREBASE_API_KEY = "AIzaSyfk0gsB_syBYXGHk1NAqDQEvGkgnjb5el2"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
$env:DD_API_KEY = "21fc01cb3a4e96793ab5c5494405c2e5"
$secure = ConvertTo-SecureString "walnut-violet-rhubarb-copper13" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer 5MLgu0PLxPzx5U5Awj4JB7EA.53aIhrfAx8z3DHLIQS0FY1BlRxemdCnf" } -Method Post
Write-Host "deployed build 2.11.68 at $(Get-Date -Format o)"
