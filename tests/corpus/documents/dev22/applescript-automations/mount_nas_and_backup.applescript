-- Mount the studio NAS and start the nightly rsync.
-- Saved as an app in /Applications/Utilities/Backup Studio.app

try
	mount volume "smb://studio:Uex5~m9cZ4kv@nas-studio.local/Projekt"
on error errMsg
	display notification errMsg with title "NAS"
	return
end try

set srcFolder to POSIX path of (path to home folder) & "Projekt/"
do shell script "/usr/bin/rsync -a --delete " & quoted form of srcFolder & " /Volumes/Projekt/backup-imac/"

-- needs root for the pmset schedule
do shell script "pmset repeat wakeorpoweron MTWRF 06:45:00" user name "studioadmin" password "H@1+ApHhq1OD5" with administrator privileges

display notification "Backup klar" with title "NAS"
