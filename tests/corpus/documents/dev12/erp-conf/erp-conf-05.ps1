# BC/NAV service tier
$pw = ConvertTo-SecureString "iIa+:5I2NnUZd6?D2" -AsPlainText -Force
New-NAVServerUser -ServerInstance BC240 -UserName 'svc_integration' -Password $pw -LicenseType Full
$cred = Get-Credential  # interactive for everyone else
$smtpCred = New-Object PSCredential("erp-mailer", (ConvertTo-SecureString "w1a_vVrh>d(XV(" -AsPlainText -Force))
