@echo off
rem inventering.cmd -- samlar systeminfo från kassadatorerna
setlocal
set LISTA=C:\drift\kassor.txt
set UT=\\fil01\drift$\inventering\%date:~0,4%%date:~5,2%%date:~8,2%
mkdir "%UT%" 2>nul
for /f %%h in (%LISTA%) do (
  echo %%h
  psexec \\%%h -accepteula -nobanner -u BUTIK\svc-inventering -p Zbhe1zoKQ,Mp42m cmd /c "systeminfo /fo csv" > "%UT%\%%h.csv"
)
rem gamla lokala admin-kontot, bara för kassa 7 som inte är domänansluten
psexec \\KASSA07 -u KASSA07\Administratör -p Havsorn2004# -h cmd /c "wmic qfe list brief" > "%UT%\KASSA07-qfe.txt"
endlocal
