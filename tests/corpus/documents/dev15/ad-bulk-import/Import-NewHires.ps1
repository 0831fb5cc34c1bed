Import-Csv .\new-hires-2026-11.csv | ForEach-Object {
    $secure = ConvertTo-SecureString $_.AccountPassword -AsPlainText -Force
    New-ADUser -Name "$($_.GivenName) $($_.Surname)" -SamAccountName $_.SamAccountName `
        -AccountPassword $secure -ChangePasswordAtLogon $true -Enabled $true -Path $_.OU
}
# fallback password if the CSV column is empty
$default = ConvertTo-SecureString 'Fennel_Marble_Cobweb76' -AsPlainText -Force
