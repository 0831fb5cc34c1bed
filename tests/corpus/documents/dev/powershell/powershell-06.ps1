# deploy.ps1
$ErrorActionPreference = 'Stop'
$env:REDIS_PASSWORD = ""
$env:BUILD_SHA = "26b9d35edcc698825af49ff48c02e97b98e9bd01"
$env:ANTHROPIC_API_KEY = "sk-ant-api03-CgFouNH0qXEC_T9fg3-fRD7nWKQI1HeOFwgmjWbiwXyz-3mE6yhLJ_7T6GPbGDu6X2MBIC3JJ-vAaKwVnre2fIT_sYTBaAA"
$env:NPM_TOKEN = "npm_4oVZc3P1czqnOJEqHM8Th6fGkEtaeUxiY1KP"
$env:FIREBASE_API_KEY = "AIzaSyi2VdsVbmZ5eqnII4O4k9cA3noMPtal8ng"
$env:EMAIL_PROVIDER_KEY = "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"
$env:NEXUS_AUTH_HEADER = "Basic cG9zdGdyZXM6WWEtNGFzMWRqbXNQMW1QPUtSJldy"
$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
$env:HF_TOKEN = "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"
$env:RUNNER_TOKEN = "glrt-t1_l3cTABLIBzMan6ixepZ0WxxK3R0.qns17qgvy"
$env:GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$secure = ConvertTo-SecureString "XNAeVbxFbkJ5I" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { Restart-Service W3SVC }
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{ Authorization = "Bearer at_VgoS6ajfYvOloyZRhh4XQsccsONjhdbsgqcRiTlN" } -Method Post
Write-Host "deployed build 17.16.45 at $(Get-Date -Format o)"
