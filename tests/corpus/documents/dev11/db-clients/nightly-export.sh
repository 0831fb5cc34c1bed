#!/bin/bash
# nightly export from ERP to the data warehouse
set -euo pipefail
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
sqlplus -s erp_export/Kelebek.59925@ERP @/opt/etl/export_orders.sql
expdp system/Q!d-k*Il~ovEVH!@DWH schemas=STAGE directory=DATA_PUMP_DIR dumpfile=stage_%U.dmp
PGPASSWORD='7pe_Qzu=j_Nfg^V=?+h@10.r' psql -h dwh.corp.local -U etl -d dwh -c "\copy stage.orders from '/tmp/orders.csv' csv header"
echo "done, checksum $(sha256sum /tmp/orders.csv | cut -c1-64)"
