#!/bin/bash
# duplicity nightly
export AWS_ACCESS_KEY_ID="AKIAEUZH2FNWNQAENIKE"
export AWS_SECRET_ACCESS_KEY="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"
export PASSPHRASE='canyon-piano-violet10'
# archive bucket uses its own user:
# AWS_ACCESS_KEY_ID=AKIAZHXU3BWL4UY55JXF AWS_SECRET_ACCESS_KEY=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 duplicity ... boto3+s3://archive-srv-data
duplicity --full-if-older-than 1M --s3-use-new-style /srv/data boto3+s3://backup-srv-data/daily
unset PASSPHRASE AWS_SECRET_ACCESS_KEY
