#!/bin/bash
# Krypterar lonebesked innan de skickas ut. Anvandarlosenordet ar den anstalldes
# anstallningsnummer (lasbart av den anstallde), agarlosenordet ar gemensamt.
set -euo pipefail
IN=/srv/lon/ut
OUT=/srv/lon/krypterat
OWNER_PW='gINRNhmSp8nTL=:JAG'

for f in "$IN"/*.pdf; do
    anr=$(basename "$f" .pdf | cut -d_ -f2)
    qpdf --encrypt "$anr" "$OWNER_PW" 256 --print=full --modify=none -- "$f" "$OUT/$(basename "$f")"
done
# verifiera: qpdf --show-encryption --password="$anr" fil.pdf
