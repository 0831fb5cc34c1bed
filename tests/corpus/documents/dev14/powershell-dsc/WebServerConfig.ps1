$ConfigData = @{
    AllNodes = @(
        @{
            NodeName = 'web01'
            PSDscAllowPlainTextPassword = $true
            PSDscAllowDomainUser = $true
        }
    )
}

$AppPoolCred = New-Object System.Management.Automation.PSCredential('CORP\svc-apppool', (ConvertTo-SecureString 'cn2_{Hs8WORa' -AsPlainText -Force))
$SqlCred = New-Object System.Management.Automation.PSCredential('CORP\svc-sql', (ConvertTo-SecureString 'c~Lba6JN47ahep+<GFCw*KzV' -AsPlainText -Force))
$ShareCred = New-Object System.Management.Automation.PSCredential('CORP\svc-share', (ConvertTo-SecureString 'NjCAWGufg1Ln..OKX' -AsPlainText -Force))
$CertPassword = Read-Host -AsSecureString -Prompt 'PFX password'
$CertCred = Get-Credential -UserName 'pfx' -Message 'PFX password'

Configuration WebServer {
    param([PSCredential]$AppPoolCredential, [PSCredential]$SqlCredential)
    Import-DscResource -ModuleName xWebAdministration
    Node $AllNodes.NodeName {
        xWebAppPool Portal {
            Name = 'Portal'
            identityType = 'SpecificUser'
            Credential = $AppPoolCredential
        }
    }
}

WebServer -ConfigurationData $ConfigData -AppPoolCredential $AppPoolCred -SqlCredential $SqlCred -OutputPath .\mof
