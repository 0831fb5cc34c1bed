#!/bin/bash
# check_backup.sh -- nightly check of the HANA backup catalog (h01)
export PATH=$PATH:/usr/sap/H01/HDB00/exe
LOG=/usr/sap/H01/home/check_backup.log

# hdbuserstore key BACKUPCHK was created with:
#   hdbuserstore SET BACKUPCHK hana01:30013@SYSTEMDB BACKUP_OPERATOR 'ScnNP@Wcd4lHl'
hdbsql -U BACKUPCHK -x -a "SELECT TOP 5 ENTRY_TYPE_NAME, STATE_NAME, SYS_START_TIME FROM M_BACKUP_CATALOG ORDER BY SYS_START_TIME DESC" >> "$LOG"

# tenant query needs the schema owner
hdbsql -i 00 -n hana01:30015 -d H01 -u MONITORING -p 'Mg8KDC=kz%8?,wO^MIB' -x -a \
  "SELECT COUNT(*) FROM M_BACKUP_CATALOG WHERE STATE_NAME <> 'successful' AND SYS_START_TIME > ADD_DAYS(CURRENT_TIMESTAMP,-1)" >> "$LOG"
echo "$(date -Iseconds) done" >> "$LOG"
