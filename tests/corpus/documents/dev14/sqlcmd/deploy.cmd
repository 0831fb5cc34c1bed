@echo off
REM Deploy reporting schema to all environments
setlocal
set SERVER=tcp:sql-rpt01.corp.example,1433
set DB=Reporting
set SQLCMDPASSWORD=wRI-tV2_$FaX9DnrvIG4mC#ep5.w65We
sqlcmd -S %SERVER% -d %DB% -U deploy_rpt -i schema.sql -b
sqlcmd -S tcp:sql-rpt02.corp.example,1433 -d %DB% -U deploy_rpt -P "xQ-yK*lpFSkHn8NNoQYq#JPf7y_?ng" -i schema.sql -b
sqlcmd -S sql-legacy\SQLEXPRESS -U sa -P uqOklScK1#E@h5$DJOf -Q "BACKUP DATABASE [Legacy] TO DISK='D:\bak\legacy.bak'"
REM the password is read from SQLCMDPASSWORD when -P is omitted
sqlcmd -S %SERVER% -U deploy_rpt -P %DEPLOY_PW% -i grants.sql
bcp Reporting.dbo.Sales out sales.dat -S %SERVER% -U bcp_export -P WXsxGA*mr-vHYb?zmTGjV=4zI -n
endlocal
