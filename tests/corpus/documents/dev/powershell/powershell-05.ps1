# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:RELEASE = "2026.4.21"
$env:AZURE_STORAGE_ACCOUNT = "brightlanelogs"
$env:AZURE_STORAGE_KEY = "C+baeH6vAd0/TAc6wsDOqbdVVprl6b2bRFRDh//tdWcecUuZLwbY1TIm6jDG2BF/Z+fEE6vXN33gpd4UkrWSmg=="
$env:STRIPE_API_KEY = "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"
$env:TWINE_USERNAME = "__token__"
$env:TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmcAiUIARIhdOJoN1seDRWXMz9b26bT8Egl79JZoXRslY-Mvl5hZ8SDk9WIw2Pg40hnCfWpE7iz9OBGnvff9QPG0WmXzdqriKJJVdk9umEfGuJsmBr_VdosKmBQ7wR_Yy96Wcgvz792KdaEwfTvIX6u-1jH-EmdgqGbafgdJYTY"
$env:ANTHROPIC_API_KEY = "sk-ant-api03-crxngtdmPSb4_8gEt44v8cUmSjI7xcr-eiUWF3_C2f1OkGdEU4_CApCB4Z0JrJ3SS7JmmidL7gdvRid3c-nirLTCjxMyUAA"
$env:PROXY_AUTHORIZATION = "Basic YXBwX3J3OnZ6aHhZSGRHTGd4NHA="
$env:DD_API_KEY = "7aa211c6f340ff6a32bc30fbbe1405c2"
$env:SLACK_APP_TOKEN = "xapp-1-A0H8XYU1E3A-7408896581201-403f27f789f9cc97cbfe74e362c90fa0a6d514fe603900ccde9a99da2f5fbdfa"
$env:OPENAI_API_KEY = "sk-..."
$env:OPENAI_API_KEY = "${{ secrets.OPENAI_API_KEY }}"
$secure = ConvertTo-SecureString "rz2cbcPVdEp9H3A" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer A0Yzx9UvLYkPlGmdFMYkXPz5L0fRf3-_AViFJNZx9RP" } -Method Post
Write-Host "deployed build 2.9.36 at $(Get-Date -Format o)"
