# /etc/restic/env -- sourced by restic-backup.service
export RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/backup-4h5wodcx/host-0
export RESTIC_PASSWORD='crystal-tundra-fiddle-56'
export AWS_ACCESS_KEY_ID=AKIAA2IA55IPS2PPY5Q2
export AWS_SECRET_ACCESS_KEY=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
# snapshot id of the last good run: 54658ddf (full: 819264e538cc215e9370904ba9f98a626b0b9ad95b6742241941a9b54ddfafc7)
