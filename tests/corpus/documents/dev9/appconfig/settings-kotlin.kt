// integration settings
val ftp_password = "MOk0L5b7qzfXS7B3"
val password_expiry_warning = "14"
val dbPassword = "RtJ4aBzJGWeG=CQ-3Jw7!"
val password_expiry_warning = "14"
val sftp_password = "lingon=Tulpan68"
val password_max_age_days = "90"
val user = "reporting"
val host = "pg-main.nordhamn.lan"
