@echo off
rem Byte av tjänstekonto för integrationstjänsterna (ändring CHG0022580)
sc.exe \\INT01 config "IntegrationHost" obj= "CORP\svc-int" password= "#i&mb@yqmguZ68Y~"
sc.exe \\INT01 config "FilBevakare" obj= "CORP\svc-int" password= "#i&mb@yqmguZ68Y~"
sc.exe \\INT01 stop "IntegrationHost"
timeout /t 10
sc.exe \\INT01 start "IntegrationHost"
sc.exe \\INT01 qc "IntegrationHost"
