-- Sync Photos to Archive.applescript (run from Calendar alarm every Sunday)
set nasPassword to "nT4mul-urbj*9Ud"
set awsKey to "AKIAYCEQYSPVTCJE3LAK"
set awsSecret to "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"

tell application "Finder"
    try
        mount volume "smb://photos@nas.hemma.lan/Photos" as user name "photos" with password nasPassword
    end try
end tell

do shell script "export AWS_ACCESS_KEY_ID=" & awsKey & " AWS_SECRET_ACCESS_KEY=" & awsSecret & "; /opt/homebrew/bin/aws s3 sync /Volumes/Photos/2026 s3://hemma-photo-archive/2026 --storage-class DEEP_ARCHIVE"

-- admin step for the launchd job
do shell script "launchctl kickstart -k system/se.hemma.photosync" user name "admin" password "Vinterdolphin6935?" with administrator privileges
display notification "Photo archive synced" with title "Archive"
