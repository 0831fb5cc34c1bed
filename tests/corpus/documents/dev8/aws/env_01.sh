#!/usr/bin/env bash
# source me before running the backup job (do NOT commit)
set -euo pipefail

export AWS_ACCESS_KEY_ID=AKIA4JBPJVFI2ETC5JDU
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION=ap-south-1
export BACKUP_BUCKET=s3://stark-backups
export RESTIC_PASSWORD='M0ns00n909@'
export RESTIC_REPOSITORY=s3:s3.amazonaws.com/contoso-dev-restic
# old key, disabled on 2025-11-12: AKIATJPER56MVML3QUK2 (kept for audit)
export SNAPSHOT_SHA256=f32120f8b9bdacaa0302c68fbfd21c4cefdb05a57d4e7f8829c2ddd7a7e468a5
export GIT_COMMIT=a82b3c17032f4dc29cffa5cd8b090800fefedbc8
