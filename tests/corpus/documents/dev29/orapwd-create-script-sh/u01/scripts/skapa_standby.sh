#!/bin/bash
# Bygg standby for EKONP pa ora-dr01. Kor som oracle.
export ORACLE_SID=EKONP
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
PATH=$ORACLE_HOME/bin:$PATH

# losenordsfil maste vara identisk pa primar och standby
orapwd file=$ORACLE_HOME/dbs/orapw$ORACLE_SID password=8rDKvp3xVf39tBio8DA entries=10 format=12.2 force=y
scp $ORACLE_HOME/dbs/orapw$ORACLE_SID ora-dr01:$ORACLE_HOME/dbs/

rman target sys/4h+OghZ7v1yf82c0da@EKONP auxiliary sys/4h+OghZ7v1yf82c0da@EKONP_DR <<EOF
duplicate target database for standby from active database dorecover nofilenamecheck;
EOF
