#Requires -Modules VMware.PowerCLI
# Adds the new hosts in cluster "Skola-02" and prepares the template VM.
Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false | Out-Null

Connect-VIServer -Server vc01.kommunen-ost.lan -User 'administrator@vsphere.local' -Password 'g.2LE7VZnQ@W9#eZb'

$cluster = Get-Cluster -Name "Skola-02"
foreach ($h in 'esx21.kommunen-ost.lan', 'esx22.kommunen-ost.lan') {
    Add-VMHost -Name $h -Location $cluster -User root -Password "QSW3A8Ot4vSou8" -Force -Confirm:$false
    Get-VMHost $h | Set-VMHost -State Maintenance -Confirm:$false | Out-Null
}

# sysprep'd template: set the local admin and join the domain
$vm = Get-VM -Name "tmpl-win11-skola"
Invoke-VMScript -VM $vm -ScriptType Powershell -GuestUser Administrator -GuestPassword 'jotu-meda-Tego37' `
    -ScriptText 'Get-Service -Name InvAgent | Select-Object Status'

# store credentials for the nightly report job (runs as svc-vcreport)
New-VICredentialStoreItem -Host vc01.kommunen-ost.lan -User 'svc-vcreport@vsphere.local' -Password 'F.-_cU4@dAIH@slfI'

Disconnect-VIServer -Confirm:$false
