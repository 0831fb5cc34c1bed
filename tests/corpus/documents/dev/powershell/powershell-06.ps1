# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:SENDGRID_API_KEY = "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"
$env:AWS_ROLE_ID = "AROAC5ZPSF5XKGGO54T2L"
$env:ANTHROPIC_API_KEY = "sk-ant-api03-..."
$env:HUGGINGFACEHUB_API_TOKEN = "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"
$env:SNMP_POLL_OID = "1.3.6.1.4.1.2021.10.1.3.1"
$env:API_KEY_HEADER = "X-Api-Key"
$env:STRIPE_PUBLISHABLE_KEY = "pk_live_51OpTdYTykYJZHZoBBHZwUP55XHeJDJ8Vnsf2ENXmbAkMFtCq0Hq81pY0QbZM4XrMpOtkMavCPdJVOIdw4a96EeL8HYHPGHbwSJ"
$env:DATADOG_API_KEY = "5f430b8de4da62f82aeafe213a919020"
$env:NPM_TOKEN = "npm_PDL4LKyZ9b4wAX6YHo7RAb5ycNmC3ldLIDox"
$env:STRIPE_TEST_KEY = "sk_test_51hFiGZQSlnTbbwpcp3Qdnxl2ktt5Z5AW4stkCEbNoqiQClVB8lxpPXV6M9RHtKLQZaP4e680Qfgi0ndmTVoSbLDsD7x10z3lIl"
$env:STAGING_ANTHROPIC_API_KEY = "sk-ant-api03--4QUVOkoJpznUJqW57MoBXC1Pqv6ZWIgAGTYkj4jVwdERrQm7dJqYSk8bQPynXeLua9iaV5GI2cEcgXScHSL9GCi4I0z0AA"
$env:NODE_ENV = "production"
$env:DD_TRACE_ID = "1175683245642394804"
$env:SLACK_HOOK = "https://hooks.slack.com/services/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"
$secure = ConvertTo-SecureString "MH4YRLQkpsyn" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer hpxR9q6fNiRgU6yElw02Jfxf.VzBtLT9r1N01s7B4KlBDhMgH4fplWLjh" } -Method Post
Write-Host "deployed build 14.17.65 at $(Get-Date -Format o)"
