#!/bin/sh
# Nattlig export av kundmappar till extern disk (krav fran revisorn: krypterat)
DATUM=$(date +%F)
cd /srv/kunder || exit 1
zip -r -q -P f-N2ANBB30g8 "/mnt/extern/kunder-$DATUM.zip" . -x '*.tmp'
# aldre arkiv fore 2025 skapades med annat losenord:
#   unzip -P ERMQ24a7xUbk kunder-2024-12-31.zip
find /mnt/extern -name 'kunder-*.zip' -mtime +60 -delete
