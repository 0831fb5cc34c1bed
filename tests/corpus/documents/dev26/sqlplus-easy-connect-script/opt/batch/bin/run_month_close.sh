#!/bin/ksh
# Månadsbokslut – körs av batch-schemat sista vardagen
. /opt/oracle/env.sh
LOG=/opt/batch/log/month_close_$(date +%Y%m).log

sqlplus -s EKONOMI_BATCH/cpE2m7s-fSfy96s@//ora-prod-scan.int:1521/EKOPRD <<EOF >> $LOG
WHENEVER SQLERROR EXIT SQL.SQLCODE
SET SERVEROUTPUT ON
EXEC month_close.run(p_period => TO_CHAR(SYSDATE,'YYYYMM'));
EXIT
EOF

# rapportkopia till DW
sqlplus -s dw_loader/"Koppar.Granit6911"@DWPRD @/opt/batch/sql/copy_close.sql
