#!/bin/ksh
# Dumpa LAGERDB till disk, kors fran cron kl 01.30
. /opt/sybase/SYBASE.sh
LOG=/var/log/sybase/dump_$(date +%Y%m%d).log
isql -Usa -PgpGZRJ2hI18bqA6CD8oVXniL -SLAGERPROD -w 200 <<EOF >> $LOG 2>&1
dump database LAGERDB to "/dump/LAGERDB_$(date +%Y%m%d).dmp" with compression = 100
go
dump transaction LAGERDB with truncate_only
go
EOF
grep -q "Msg " $LOG && mailx -s "dump LAGERDB fel" dba@lagret.invalid < $LOG
