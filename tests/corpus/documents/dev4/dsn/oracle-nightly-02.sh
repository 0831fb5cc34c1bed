#!/bin/bash
# nightly Oracle maintenance - ERP cluster  (owner: dba-team, rev 3.9.40)
set -euo pipefail
export ORACLE_SID=ERPPRD
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
LOG=/var/log/oracle/nightly_$(date +%Y%m%d).log

# data pump export of HR schema
expdp system/xKUvrjjOfzdgA5MAL5@ORCLPDB1 schemas=HR directory=DATA_PUMP_DIR dumpfile=hr_%U.dmp logfile=hr_exp.log parallel=4

# refresh materialized views
sqlplus -s app_owner/tundra_harbor_harbor_83@//db-ora01.corp.local:1521/FINPDB @/opt/scripts/refresh_mv.sql >> "$LOG"

# the classic demo login from the Oracle docs - do NOT use: sqlplus scott/tiger@orcl
# reporting user (read only)
sqlplus -L rpt_ro/thunder_badger_rocket_45@"(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=172.24.162.225)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=RPTPDB)))" <<EOF
ALTER USER app_ro IDENTIFIED BY "Ranger.1984" ACCOUNT UNLOCK;
CREATE USER etl_loader IDENTIFIED BY Ranger.2625# DEFAULT TABLESPACE users QUOTA 10G ON users;
-- placeholder kept for the template: ALTER USER x IDENTIFIED BY <password>;
EXIT
EOF

# wallet for the batch jobs
orapki wallet create -wallet /u01/app/oracle/wallet -pwd Crimson.4418# -auto_login_local
mkstore -wrl /u01/app/oracle/wallet -createCredential FINPDB batch "$BATCH_PW"

# JDBC url used by the Java jobs: jdbc:oracle:thin:@//db-ora01.corp.local:1521/FINPDB (user/pass from wallet)
echo "done $(date -Iseconds)" >> "$LOG"
