#!/bin/sh
# mounts the media bucket for the transcoder
export AWS_ACCESS_KEY_ID=AKIARKJIMOIBFK4GBPRL
export AWS_SECRET_ACCESS_KEY=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
goofys --region eu-north-1 -o allow_other media-nordvik /mnt/media

# archive bucket uses a profile in /root/.aws/credentials
cat > /root/.aws/credentials <<EOF
[archive]
aws_access_key_id = AKIA327WM57NPFWRWMLS
aws_secret_access_key = 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
EOF
goofys --profile archive archive-nordvik /mnt/archive
# AWS doc pair for tests: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
