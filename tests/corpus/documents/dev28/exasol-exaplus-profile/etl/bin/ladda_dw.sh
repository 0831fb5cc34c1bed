#!/usr/bin/env bash
# ladda_dw.sh -- laddar dagens filer till DW (EXASOL 7.1)
set -euo pipefail
EXA_HOST="exa-c1.dw.lan:8563"
RUN_ID=39530f78-0e29-4bd8-b247-60a3b37bb6c8
/opt/exaplus/exaplus -c "$EXA_HOST" -u ETL_LOADER -p 'sFT5=RTitcXqnXu' -s STAGE \
    -f /etl/sql/ladda_stage.sql -x -q -- "$RUN_ID"
/opt/exaplus/exaplus -c "$EXA_HOST" -u ETL_LOADER -p "$EXA_PASS" -s DW -f /etl/sql/publicera.sql -x -q
echo "klart $RUN_ID"
