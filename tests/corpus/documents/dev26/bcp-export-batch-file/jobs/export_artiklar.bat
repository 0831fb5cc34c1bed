@echo off
REM Exporterar artikelregistret till leverantörsportalen
set SERVER=affar-sql01
set DB=Affar
bcp "SELECT ArtNr, Benamning, Pris FROM dbo.Artikel WHERE Aktiv = 1" queryout C:\export\artiklar.csv -c -t; -S %SERVER% -d %DB% -U export_user -P z2CGyJIfv.0LAfOKr
sqlcmd -S %SERVER% -d %DB% -U export_user -P "I3HxUWyokEzXFMp" -Q "EXEC dbo.MarkeraExporterat"
