#!/bin/bash
set -euo pipefail
TARGET=/backup/mariadb/$(date +%F)
mkdir -p "$TARGET"
mariabackup --backup --target-dir="$TARGET" --user=backup --password='Ekorre_Vinter4456'
mariabackup --prepare --target-dir="$TARGET"
mysql -u monitor -psasXOmCNqAOkr9 -e "INSERT INTO ops.backup_log (host, dir) VALUES ('$(hostname)', '$TARGET')"
PGPASSWORD='Blabar1976!' pg_dump -h pg-prod.int -U backup -Fc bokning > "$TARGET/bokning.dump"
