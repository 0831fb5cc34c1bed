#!/bin/bash
# Arkivering av HR-underlag (körs manuellt av lönegruppen vid årsskiftet)
set -euo pipefail
YEAR=2025

# 1. krypterat arkiv med dolda filnamn (-mhe)
7z a -t7z -mhe=on -mx=9 -pBxp6nn3drEBVgx2P4apn /backup/hr/hr-arkiv-$YEAR.7z /srv/hr/arkiv/$YEAR/

# 2. zip till revisorn (de har inget 7-zip...)
zip -e -P 'b.BG=mxuRR3na954EU' -r /tmp/lonefiler-$YEAR.zip /srv/hr/lon/$YEAR/

# 3. packa upp leveransen från löneleverantören
7z x -p"Sjo.varg.lingon87" /srv/inkommande/leverans-2026-01.7z -o/srv/hr/inkommande/

# 4. skanningar från receptionen
unzip -P Gubo.nuke.Sodo73 /srv/inkommande/skanningar-v03.zip -d /srv/hr/skanningar/

sha256sum /backup/hr/hr-arkiv-$YEAR.7z >> /backup/hr/SHA256SUMS
