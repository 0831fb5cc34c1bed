# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:SHOPIFY_APP_SECRET = "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"
$env:HF_TOKEN = "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"
$env:TOKEN_TTL_SECONDS = "3600"
$env:AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
$env:DATADOG_API_KEY = "59173f7ebd1f47e7fe3020c67774f887"
$env:SNMP_POLL_OID = "1.3.6.1.4.1.2021.10.1.3.1"
$env:UV_PUBLISH_TOKEN = "pypi-AgEIcHlwaS5vcmcAiUIARIhtAU6aIEHhTt7QA976aTf-K2P1Aq1p8EjTcKbn0lej1nCp5NRDm_w62EnS9n-bVXp5yujFrxOllSON9c870IhKM0jXh8rXaZ808sTdpYWd581L-4y78wts1UwrkxS69HMkamY_4EnzhnC-aBrH4sYC0w-EeP29RfC"
$env:STRIPE_SECRET_KEY = "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"
$env:PORT = "3000"
$env:APP_VERSION = "10.0.30.154"
$env:API_KEY_HEADER = "X-Api-Key"
$env:DB_PASSWORD = "changeme"
$env:EMAIL_PROVIDER_KEY = "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"
$env:ANTHROPIC_API_KEY = "sk-ant-admin01-ct4l8zVUvuGLVDyfK0_No7AeVmgKbkZWHeqx3gq-a0biUH1blLZhFo3HX-zUdrareNsFdClN5hLyALcD_qIAMnxNBguYyAA"
$secure = ConvertTo-SecureString "Adm1n_Qh6UyQpV8k" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer EAAGYXHy1TXBzRZgY4YUNbbMg49uPAZmrVDxfFV62TOV27RFbtRr8TsCHOmbx9WrG7EP0CtJhkKeIAJkficYy1qLSb18b8A99mVhSgaNVKzEBcZw846ynUGm5AvBCerIg0vwoqOhoi1FkE6AbjXmblCnwVGmECc1pTFmZwnqfUTsHJzoqS33Yjno" } -Method Post
Write-Host "deployed build 1.0.17 at $(Get-Date -Format o)"
