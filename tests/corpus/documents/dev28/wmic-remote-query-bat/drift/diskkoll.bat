@echo off
REM diskkoll.bat - kontrollerar ledigt utrymme på lagerservrarna
set ANV=LAGER\svc-wmi
set LOSEN=IA+Svt@2hHPD9D
for %%S in (LAGER-SQL01 LAGER-FIL02 LAGER-APP03) do (
  wmic /node:%%S /user:%ANV% /password:%LOSEN% logicaldisk where "DriveType=3" get DeviceID,FreeSpace,Size /format:csv >> C:\drift\disk.csv
)
wmic /node:10.12.4.20 /user:"10.12.4.20\lokaladmin" /password:"Girasol-Kompass49#" os get Caption,LastBootUpTime
