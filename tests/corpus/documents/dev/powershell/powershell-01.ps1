# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:SLACK_APP_TOKEN = "xoxe.xoxp-1-oNtu9nbyjd2IGYuYRkwQgwNr4Cg4hLNIJ4MHXuHbSKSHSCYwMuxledzsEKSbhQKEtHJuYrWs5DPoNXyqXKLPw5l5vlNn9D4U0bg0ua0EE3nuuCOfYbOPDiBJpyUXHOeRMGhNnzVeMRozTPDE189J6sXk8j3p9qTfoog"
$env:NODE_AUTH_TOKEN = "npm_Kx2ehNXyR8oqld6DEJSh2M70oI5zd0VoTw6M"
$env:UV_PUBLISH_TOKEN = "pypi-AgEIcHlwaS5vcmcAiUIARIhC46AXNQ6mRBUUZl5yaHYUZVff2RwLa0gEkpQyAzrcdxKgIveBBJeR5Qj05skWQrP-L5EgYOvhFJWWdGC6Nq30AML0h3NFjcYeQ1b7ouTMKuzqPcG54gajeb17wxiAy7ftx4Bg5UihIIGnIn7viurQTQJ2MEZY3KNKVeHwXzHzYPsHeIhWe0sRG3o60orv0m06Kf7c1SgWRktOAKzI6bmpGkeWgp98TI_u-M"
$env:AUTH_HEADER = "Basic Z3JhZmFuYTpEYl80NDFjZXNpb3E2JQ=="
$env:TZ = "UTC"
$env:OPENAI_KEY = "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"
$env:GOOGLE_API_KEY = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
$env:SHOPIFY_ACCESS_TOKEN = "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"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
$env:DD_SITE = "datadoghq.eu"
$env:HUGGINGFACEHUB_API_TOKEN = "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"
$secure = ConvertTo-SecureString "Falcon1385Maple" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer a88ec8b5-d948-ecc4-8af0-95c54fd97c07.fRjX3hTPXU5b3PD5eZkc" } -Method Post
Write-Host "deployed build 5.27.70 at $(Get-Date -Format o)"
