#!/usr/bin/env bash
# source me before running the backup job (do NOT commit)
set -euo pipefail

export AWS_ACCESS_KEY_ID=AKIAZIOAABEAJRK3EXFG
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION=eu-north-1
export BACKUP_BUCKET=s3://stark-backups
export RESTIC_PASSWORD='iXYICHHfiERD3F'
export RESTIC_REPOSITORY=s3:s3.amazonaws.com/lendwise-restic
# old key, disabled on 2025-03-13: AKIANXXVLDYETXIZPPGZ (kept for audit)
export SNAPSHOT_SHA256=9ae94dec244c18b655de8ac2d5844264fab36d3d4afa26e06a450f560b66c1dd
export GIT_COMMIT=6d2240e11eb410b9798d89a6b97d8893157e4492
