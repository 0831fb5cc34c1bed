@echo off
:: nas_backup.cmd -- scheduled on FS01, 23:30
set NAS=\\nas01\backup
set LOG=C:\Logs\nas_backup_%date:~-4%%date:~3,2%%date:~0,2%.log

net use %NAS% /user:nas01\backupuser orbit_raven_falcon_92 >> %LOG% 2>&1
robocopy D:\Shares %NAS%\shares /MIR /R:2 /W:5 /NP /LOG+:%LOG%

:: SQL backups via sqlcmd
sqlcmd -S SQL01 -U backup_operator -P "q*fi4wnxHi6j.ZY!c*WC" -Q "BACKUP DATABASE [Orders] TO DISK='\\nas01\backup\sql\Orders.bak' WITH COMPRESSION, INIT"

:: copy offsite with 7-Zip encryption
"C:\Program Files\7-Zip\7z.exe" a -pcUHqoHA2EIZ#2+oOhppu -mhe=on %NAS%\offsite\shares.7z D:\Shares\Ekonomi

:: notify
powershell -NoProfile -Command "Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From backup@kaisten.se -To it@kaisten.se -Subject 'NAS backup done' -Credential (New-Object PSCredential('backup@kaisten.se', (ConvertTo-SecureString 'Juventus1971+1' -AsPlainText -Force)))"
net use %NAS% /delete /y
