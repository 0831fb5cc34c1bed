#!/bin/sh
# /etc/cron.d/mysqldump -> 02:15 every night
set -e
DAY=$(date +%F)
DEST=/backup/mysql/$DAY
mkdir -p "$DEST"

for db in webshop crm; do
  mysqldump -h db-primary.webbhuset.internal -u backup -pbWu4XfG7bgHwEQX0G4X5 --single-transaction --routines "$db" \
    | gzip > "$DEST/$db.sql.gz"
done

# reporting replica uses its own user
mysqldump --host=db-replica.webbhuset.internal --user=report_dump --password='NFWlpFhP3axN.gZ.b6k' reporting | gzip > "$DEST/reporting.sql.gz"

# mysql -u root -p   <- interactive, do not add the password here
find /backup/mysql -maxdepth 1 -mtime +14 -exec rm -rf {} \;
