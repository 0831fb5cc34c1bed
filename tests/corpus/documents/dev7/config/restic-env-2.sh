# /etc/restic/env -- sourced by restic-backup.service
export RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/backup-bmi2gtaj/host-1
export RESTIC_PASSWORD='spruce-garnet-crystal-15'
export AWS_ACCESS_KEY_ID=AKIADZ3CAYP72GLIKJHZ
export AWS_SECRET_ACCESS_KEY=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
# snapshot id of the last good run: c2bd31db (full: 4fecc0c5796831083b4eae9cb28aae5722d3be1307b49b73e2d016ceecc9abb7)
