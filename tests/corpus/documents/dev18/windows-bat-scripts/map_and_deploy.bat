@echo off
REM ============================================================
REM  map_and_deploy.bat  -- run by the deploy account on APP01
REM ============================================================
setlocal

net use Z: \\fs01\deploy Z+#.g14h-I-+rKG!yAZ /user:KAISTEN\svc_deploy /persistent:no
net use Y: \\fs02\backup /user:KAISTEN\svc_backup Pingvin1984@d
cmdkey /generic:TERMSRV/app02 /user:KAISTEN\svc_deploy /pass:HQY7Tfi9*E.Db7X0

REM stop the service remotely
psexec \\app02 -u KAISTEN\svc_deploy -p 4BTfX*KjCcv0cih.-9O -h net stop OrdersService

xcopy /E /Y Z:\orders\release\* \\app02\c$\Services\Orders\

REM migrate the database
sqlcmd -S sql01\PROD -U orders_migrator -P Djurgarden2024-v -d Orders -i Z:\orders\migrations\V42__add_index.sql

schtasks /Create /S app02 /RU KAISTEN\svc_jobs /RP 9v8clGF6JWl64 /SC DAILY /ST 02:00 /TN "Orders\Nightly" /TR "C:\Services\Orders\nightly.exe"

psexec \\app02 -u KAISTEN\svc_deploy -p 4BTfX*KjCcv0cih.-9O -h net start OrdersService
REM runas /user:KAISTEN\administrator cmd    (prompts for the password)
net use Z: /delete /y
net use Y: /delete /y
endlocal
