#!/bin/ksh
# nightly_reorg.db2.sh — run by db2inst1 cron at 01:30 (AIX lpar db2prod)
. ~db2inst1/sqllib/db2profile
LOG=/db2/log/reorg.$(date +%Y%m%d).log

db2 connect to BANKDB user db2inst1 using jbzm5FTZCqdHEH >> $LOG 2>&1
db2 -x "select rtrim(tabschema)||'.'||rtrim(tabname) from syscat.tables where tabschema='LEDGER' and type='T'" | while read t; do
  db2 "reorg table $t inplace allow write access" >> $LOG 2>&1
  db2 "runstats on table $t with distribution and detailed indexes all" >> $LOG 2>&1
done
db2 connect reset

# 2026-01-07: password for the batch user expired; changed via CLP (ticket DBA-2290)
# db2 connect to BANKDB user batchusr using c0fM7JHUVvOR8- new a4_y@mkv3UGainyA. confirm a4_y@mkv3UGainyA.

db2 catalog tcpip node RPTNODE remote db2rpt.bank.lan server 50000
db2 catalog database RPTDB as RPTDB at node RPTNODE
db2 connect to RPTDB user rptload using b6SyNn5EcYFt >> $LOG 2>&1
db2 "call sysproc.admin_cmd('load from /db2/export/ledger.ixf of ixf replace into rpt.ledger')" >> $LOG 2>&1
db2 terminate
