@echo off
set OUT=C:\collect\%DATE:~0,4%
plink -batch -ssh admin@10.0.8.11 -pw KgMVoqFeypNknfm1 "show log" > %OUT%\10.0.8.11.txt
plink -batch -ssh admin@10.0.8.12 -pw V4Cf5sSlOcEiopLT7SLRVrf8 "show log" > %OUT%\10.0.8.12.txt
plink -batch -ssh admin@10.0.8.13 -pw Skärgårdpepper469- "show log" > %OUT%\10.0.8.13.txt
plink -batch -ssh admin@switch-core -pw Ödemarkfalcon275_ "show log" > %OUT%\switch-core.txt
plink -batch -ssh admin@fw-edge -pw 235@MD2Sn9Oi "show log" > %OUT%\fw-edge.txt
plink -batch -ssh admin@nas01 -pw Blåbärcobalt396_ "show log" > %OUT%\nas01.txt
pscp -pw Hästhovmarble190~ -r root@nas01:/var/log/samba %OUT%\samba
psftp -pw 8A6H=Np4pcPk backup@10.0.8.20 -b getlist.txt
rem plink -ssh user@host -pw PASSWORD
