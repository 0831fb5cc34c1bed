#!/bin/bash
# Hämtar leverantörernas prislistor varje natt
cd /srv/prislistor || exit 1
wget -q -m -nH --cut-dirs=1 --ftp-user=kvarnbygget --ftp-password='Orkan!Ekorre1365' ftp://ftp.grossist-nord.se/prislistor/
wget -q -N --user=kvarnb --password=c70nSMFdWxSd2XK1 https://partner.bygghandel.se/export/prislista.csv
wget -q -N ftp://kvarn:Tundra2005%23@ftp.virkesbolaget.se/ut/priser.xml
