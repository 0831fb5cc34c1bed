#!/bin/bash
# Mirrors price lists from the suppliers' FTP servers every morning.
LOG=/var/log/mirror-supplier.log

wget --mirror --no-host-directories --cut-dirs=1 \
  --ftp-user=grossist_se --ftp-password='ClkuBPraE5jOZcnNQV' \
  ftp://ftp.grossistlagret.de/prislistor/ -P /data/leverantorer/grossist >>"$LOG" 2>&1

wget -q --user=kunde4471 --password='5QIg.DVQlOil' \
  https://extranet.beschlag-union.de/export/preise.csv -O /data/leverantorer/beschlag/preise.csv

# third supplier switched to SFTP, see sftp-batch.txt (key auth, no password)
wget -q --http-user=api --http-password="$NORDFAST_PW" https://b2b.nordfast.se/pricelist.xml -O /data/leverantorer/nordfast.xml
