# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:PROXY_AUTHORIZATION = "Basic Z3JhZmFuYTpNeDhNK2s/S0A1Mn5YKkdeU2peP2NTU1Ut"
$env:PASSWORD_HASH = "$2b$12$d8udRL2y1qm12jdv4DURC5636DEIhyQIRjq9zsKwYuxjvFNbjjGm5"
$env:DEMO_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
$env:MG_API_KEY = "key-9c5d39e924a34599efe6f73cce4e4505"
$env:SLACK_CONFIG_TOKEN = "xoxe.xoxb-1-zKesCYmYncKyQqHLqh75wacV495n5SEIlElTKcWPANI4KgBdVrgVkkQyOVZpE9vkajxNNk4lHDokVV6Y9hvSpmVpULVUZST2galCAD3DQKmXoYO4NgER4zU9WYF7iJFR6KoCN9YmTY7Xe6rV4AyiFv2r75RJ6JzTCGeX"
$env:BUILD_ID = "1dee31e0-3a4f-428c-a346-45ed7e28bb25"
$env:PYPI_API_TOKEN = "pypi-AgEIcHlwaS5vcmcAiUIARIhV5OENPXP0ChjvPwnQXJKmdZr0TRj2ZqZPf5nf_OvbptnGrMQgCGIR7S6Nvz8wSooVpscQTxHEXlkAQZZK_vl5zoQBKkEvjYcLFTPRvW0hHkX96MCciKC64zfDkqQwc9St8oq8MnQOrXs0Db05SV8R6h77MGNYOn7I_KkEpPY83vKpaLtdC7O6rG_n9EbW49kpbhuxGxiM6kl089Xm1WsWG5Hq1v4NnqChM4"
$env:DATABASE_URL = "postgres://user:pass@localhost:5432/db"
$env:CLAUDE_API_KEY = "sk-ant-api03-ZhFNV6EmYgxIcqnfRaImVYRv-1aNW9iyk4eJvQiNurP6cjm7bAcUC5z_eR0LNsA3PXauHwp2P47T-Mv3vG6YGErIWrc9rAA"
$env:TWILIO_API_KEY_SID = "SKfe5d5897b3d3198b33d8122416078d03"
$env:SMTP_USER = "apikey"
$env:SMTP_PASSWORD = "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"
$env:TOKEN_TTL_SECONDS = "3600"
$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=meridianinvoices;AccountKey=HH/x5ogxf7JbIylsVOw63qYf0oJv7uv9pX8pZ8pws+pflRa86Me1KHBMVYEo6QlLW6nhCIGFJ6x2bm5avPrPVQ==;EndpointSuffix=core.windows.net"
$env:DD_TRACE_ID = "1100609245443870100"
$env:SMTP_PORT = "587"
$secure = ConvertTo-SecureString "Falcon8747Willow" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer EAAGJ9YY4WmYBYiV8RiUEjTjUCrtVXVojf7kFYilzSNXRKETF12vLQzKeYaWzj2lhIypUvsuuYTthaoxmsyYHrh5E9etPPmBT2yYGzfh2flBAj1DbmfbBqop40xpimuIi0AYufqlYYG3j0JlhY48Z7k2yh48FJN2Izkzisq2uc6uNvJiZ2JVnUyX" } -Method Post
Write-Host "deployed build 6.33.46 at $(Get-Date -Format o)"
