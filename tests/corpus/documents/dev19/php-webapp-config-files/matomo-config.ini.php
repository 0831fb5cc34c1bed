; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "mariadb.saltmarsh.internal"
username = "matomo"
password = "46U0%z#.yv*SXfwijjjBG"
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "26b3dda6961c5283c7b17c5cf533c3e6"
trusted_hosts[] = "stats.saltmarsh.io"
force_ssl = 1
assume_secure_protocol = 1

[mail]
transport = "smtp"
port = 587
host = "smtp.saltmarsh.io"
type = "Login"
username = "matomo@saltmarsh.io"
password = "Cactuspuffin2231?"
encryption = "tls"

[QueuedTracking]
redisPassword = "7Z6*apeEY%IFZQl"

[UserCountry]
maxmind_license_key = "p96AXOWRCONP7Egw"

[Plugins]
Plugins[] = "CoreHome"
Plugins[] = "UserCountry"

; crontab -l (www-data):
; 5 * * * * /usr/bin/php /var/www/matomo/console core:archive --url=https://stats.saltmarsh.io/ > /dev/null
; 0 6 * * 1 curl -s "https://stats.saltmarsh.io/index.php?module=API&method=VisitsSummary.get&idSite=3&period=week&date=today&format=CSV&token_auth=5d59825d15ca4f5df6847b50b96d8e64" | mail -s weekly olena_lopez@saltmarsh.io
; placeholder in the README: token_auth=anonymous
