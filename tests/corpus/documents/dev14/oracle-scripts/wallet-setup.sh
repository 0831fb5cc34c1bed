#!/bin/bash
# Secure External Password Store for the batch jobs
set -euo pipefail
WALLET=/u01/app/oracle/wallet

orapki wallet create -wallet $WALLET -pwd 'tSCU6DXIixN1H_!q5#tSGj-1OG' -auto_login
mkstore -wrl $WALLET -createCredential FINPRD_BATCH fin_batch 'rkwv%35O963PhUqhl3r_+Z+qIRz' <<< "$WALLET_PW"
mkstore -wrl $WALLET -createCredential DWHPRD dwh_loader 'ZM1-jhO-XK.sqwwkpr6Kue' <<< "$WALLET_PW"
mkstore -wrl $WALLET -createCredential CRMPRD crm_sync 'J0#fhCv1HRvzaLu%Xk%!zB2zlSKP' <<< "$WALLET_PW"
mkstore -wrl $WALLET -createCredential HRPRD hr_export 'wrazLWQCRO9d#cr6+Q-u.5T1iUk%OaF5' <<< "$WALLET_PW"

# test
sqlplus -L /@FINPRD_BATCH <<'EOF'
select user from dual;
EOF
# expdp with password on the command line (ticket OPS-4411: move to wallet)
expdp system/Fr0m@g3490!@FINPRD schemas=FIN_APP directory=DATA_PUMP_DIR dumpfile=fin_app_%U.dmp parallel=4
