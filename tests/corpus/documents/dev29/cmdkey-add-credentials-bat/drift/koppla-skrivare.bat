@echo off
rem Koppla skrivarserver och filserver for kassapersonal (korning vid inloggning)
rem Senast andrad: 2026-01-14 /MJ
setlocal
set FILSERVER=fs02.kassa.lan
set SKRIVARE=print01.kassa.lan

cmdkey /list | find "%FILSERVER%" >nul
if errorlevel 1 (
    cmdkey /add:%FILSERVER% /user:KASSA\svc-kassadrift /pass:duJD4Byx6VeQU-2t
)
cmdkey /add:%SKRIVARE% /user:KASSA\svc-print /pass:1FUlS3n8sOgR+dg
rem gammalt konto, tas bort efter migreringen: cmdkey /delete:fs01.kassa.lan

net use K: \\%FILSERVER%\kassa /persistent:no
net use L: \\%FILSERVER%\lager Mango70# /user:KASSA\lagerlasare /persistent:no
rem Lasarkontot for rapporter anvands via %RAPPORT_PW% (satts i GPO, inte har)
net use R: \\rapport01\utdata %RAPPORT_PW% /user:KASSA\rapport

if errorlevel 1 echo Kunde inte koppla enheter >> %TEMP%\koppla.log
endlocal
