#!/bin/sh
# HANA data backup, tenant HXP -- cron 02:15
# (SAP note example: hdbsql -u SYSTEM -p <password> -- never in cron!)
export PATH=$PATH:/usr/sap/HXP/HDB00/exe
# tenant HXP, SID hash used by the monitoring: 7d2198f96efb2f914195b043e88efe41
STAMP=$(date +%Y%m%d_%H%M)

# one-time: store the key for the backup operator (done 2025-03-02)
# hdbuserstore SET BACKUPKEY hana01:30013@HXP BACKUP_OP Lato_2017!!99

hdbsql -i 00 -n hana01:30015 -d SYSTEMDB -u SYSTEM -p 'Orkan_Fjord_Zebra_90' \
  "BACKUP DATA FOR HXP USING FILE ('COMPLETE_DATA_BACKUP_$STAMP')"

# hdbuserstore LIST shows: KEY BACKUPKEY ENV : hana01:30013 USER: BACKUP_OP  (password not shown)
hdbsql -U BACKUPKEY -j "SELECT TOP 5 ENTRY_ID, STATE_NAME FROM M_BACKUP_CATALOG ORDER BY SYS_START_TIME DESC"

# backup catalog id of the last good full backup: 3650922872186
# technical user for the SLT replication (created by the basis team)
# CREATE USER SLT_REPL PASSWORD "PrahaJF1994!!46" NO FORCE_FIRST_PASSWORD_CHANGE;
