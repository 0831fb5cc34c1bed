# install-agent.ps1
$SecurePass = ConvertTo-SecureString "d*W~uWS]CgeJE7tzT4B[qNdY%s" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ('CORP\svc_agent', $SecurePass)
Start-Process msiexec.exe -ArgumentList '/i agent.msi /qn' -Credential $Cred -Wait
$dsrm = ConvertTo-SecureString "harbour velvet violet2" -AsPlainText -Force
Install-ADDSForest -DomainName corp.local -SafeModeAdministratorPassword $dsrm -Force
