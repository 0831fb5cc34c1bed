#!/bin/bash
# Run as hdbadm on hana01 (SID HDB, instance 00). Creates the backup and monitoring users
# and stores their keys in the secure user store for Backint / the monitoring agent.
set -e

# 1) technical users (run once; SYSTEM password from the sealed envelope in the safe)
hdbsql -i 00 -d SYSTEMDB -u SYSTEM -p 'bakq1ngaDy5h8WTBH' <<'SQL'
CREATE USER BACKUP_OPERATOR PASSWORD "Mv0?Vm76M9#oiTqw" NO FORCE_FIRST_PASSWORD_CHANGE;
ALTER USER BACKUP_OPERATOR DISABLE PASSWORD LIFETIME;
GRANT BACKUP ADMIN, CATALOG READ, DATABASE BACKUP ADMIN TO BACKUP_OPERATOR;
CREATE USER MON_AGENT PASSWORD "T+a?nIl53G8gr" NO FORCE_FIRST_PASSWORD_CHANGE;
GRANT MONITORING TO MON_AGENT;
SQL

# 2) secure store keys
hdbuserstore -i SET BACKUP "hana01:30013@SYSTEMDB" BACKUP_OPERATOR 'Mv0?Vm76M9#oiTqw'
hdbuserstore SET MONITOR hana01:30015 MON_AGENT "T+a?nIl53G8gr"
hdbuserstore LIST

# 3) ETL user in the tenant
hdbsql -i 00 -d HDB -U BACKUP "CREATE USER ETL_LOADER PASSWORD EJPUw9G5Mf0sazHmVvm1 NO FORCE_FIRST_PASSWORD_CHANGE"
