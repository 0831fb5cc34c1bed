#!/bin/ksh
# nightly runstats/reorgchk for the ERP database -- called from cron as db2inst1
. /home/db2inst1/sqllib/db2profile
LOG=/var/log/db2/runstats_$(date +%Y%m%d).log
# db2 instance id 3234819B417B0D28

db2 connect to ERPPROD user db2inst1 using G%k-I9Bm!Pfub5mk >> $LOG 2>&1
db2 -x "select rtrim(tabschema)||'.'||rtrim(tabname) from syscat.tables where type='T' and tabschema='ERP'" |
while read t; do
  db2 "runstats on table $t with distribution and detailed indexes all" >> $LOG 2>&1
done
db2 reorgchk current statistics on schema ERP >> $LOG
db2 connect reset

# report user for the BI extract (read-only)
db2 "connect to ERPPROD user bi_reader using 'pK3b!fHG*8UkbK7TRMhhy'" >> $LOG 2>&1
db2 -tvf /opt/bi/extract_daily.sql >> $LOG 2>&1
db2 terminate
# checksum of extract_daily.sql as deployed: ee1c4a0020b364c7ab7ed9898b444dd35ee4b1c27d9a4f0469de8f86f8ecd319
# NOTE: never put the password in this file again, use: db2 connect to ERPPROD user bi_reader using ${BI_DB_PASSWORD}
