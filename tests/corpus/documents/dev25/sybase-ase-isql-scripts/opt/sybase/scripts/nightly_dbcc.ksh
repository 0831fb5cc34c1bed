#!/bin/ksh
# nightly dbcc + dump for ASE 16.0 SP04 PL05 on sybprod01
# crontab: 15 1 * * * /opt/sybase/scripts/nightly_dbcc.ksh
. /opt/sybase/SYBASE.sh
SA_PW='ZQ^*px7-,%q8Co/b*uc'
TODAY=$(date +%Y%m%d)

isql -Usa -P"$SA_PW" -SSYBPROD -w300 <<EOF > /var/log/sybase/dbcc_${TODAY}.log
dbcc checkstorage(fakturadb)
go
dbcc checkverify(fakturadb)
go
dump database fakturadb to "/sybdump/fakturadb_${TODAY}.dmp" compression = 100
go
EOF

# replication server heartbeat ticket
isql -Ursa_maint -PX457YqE6nVfCMH5m -SSYBREP -i /opt/sybase/scripts/rs_ticket.sql -o /var/log/sybase/rs_ticket_${TODAY}.log

# export customers for the CRM load
bcp fakturadb..kund out /data/export/kund_${TODAY}.bcp -c -t'|' -Ubcp_export -P'MDPelccITMWT7Ru3oGHZ' -SSYBPROD

grep -E "Msg [0-9]+, Level (1[6-9]|2[0-9])" /var/log/sybase/dbcc_${TODAY}.log && mailx -s "dbcc errors sybprod01" kontakt@kontor.se < /var/log/sybase/dbcc_${TODAY}.log
exit 0
