@echo off
:: skapa-schemalagda-jobb.cmd (körs från jumphost, se Confluence DRIFT-778)
schtasks /Create /S APP02 /U FORETAG\deploy /P m5,1_B0R-d0KD /RU FORETAG\svc-batch /RP I_G1DtFazgE2s /TN "Ekonomi\Import bankfiler" /TR "C:\Jobb\bankimport.exe --kontor alla" /SC DAILY /ST 05:30 /F
schtasks /Create /S APP02 /U FORETAG\deploy /P * /RU SYSTEM /TN "Ekonomi\Rensa temp" /TR "C:\Jobb\rensa.cmd" /SC WEEKLY /D SUN /ST 03:00 /F
schtasks /Query /S APP02 /TN "Ekonomi\Import bankfiler" /V /FO LIST
