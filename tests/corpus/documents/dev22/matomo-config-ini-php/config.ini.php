; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "mariadb"
username = "matomo"
password = "rUk2!%!.vwmaE*Rvn+"
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"
collation = "utf8mb4_general_ci"

[General]
salt = "374e1e6c6ebcb5d90379b5f6c72164b9"
trusted_hosts[] = "statistik.kulturhuset-ost.se"
force_ssl = 1
assume_secure_protocol = 1
proxy_client_headers[] = HTTP_X_FORWARDED_FOR

[mail]
transport = "smtp"
port = 587
host = "smtp.glesys.se"
type = "Login"
username = "statistik@kulturhuset-ost.se"
password = "bwnH72tS3uJ@@m@V"
encryption = "tls"

[Plugins]
Plugins[] = "CorePluginsAdmin"
Plugins[] = "CoreAdminHome"
