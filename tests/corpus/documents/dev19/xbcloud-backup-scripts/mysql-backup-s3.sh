#!/usr/bin/env bash
# /usr/local/bin/mysql-backup-s3.sh  (cron: 15 2 * * *)
set -o pipefail
STAMP=$(date +%F_%H%M)
xtrabackup --backup --stream=xbstream --extra-lsndir=/var/backups/lsn --target-dir=/var/backups/tmp \
    --user=backup --password='D+SnZ2-D!-u+' \
  | xbcloud put --storage=s3 \
      --s3-endpoint='s3.eu-west-1.amazonaws.com' \
      --s3-access-key='AKIAY7Z6Y4VR7GO3CI5V' \
      --s3-secret-key='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' \
      --s3-bucket='mysql-backups-mosaic' \
      --parallel=10 \
      "full/$STAMP"

# weekly copy to the second region (xbcloud via the AWS env vars)
AWS_ACCESS_KEY_ID=AKIAE4T2Y4YEHHRG2WSK AWS_SECRET_ACCESS_KEY=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 \
  xbcloud put --storage=s3 --s3-region=eu-north-1 --s3-bucket=mysql-backups-north "weekly/$STAMP" < /var/backups/last.xbstream

# restore test on the replica host, different account
xbcloud get --storage=s3 --s3-access-key=AKIAYH47MGVEQNI5BFP6 --s3-secret-key=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 \
    --s3-bucket=mysql-backups-dr "s3://mysql-backups-dr/full/latest" | xbstream -xv -C /var/lib/mysql-restore
