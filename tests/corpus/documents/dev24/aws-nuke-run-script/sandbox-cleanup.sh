#!/bin/sh
# Weekly cleanup of the training sandbox account (NOT prod!)
# account: 682223484733  (alias kurs-sandbox)
aws-nuke run --config nuke-config.yml \
  --access-key-id AKIAY26AGDYCGPEGXVRZ \
  --secret-access-key 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 \
  --no-dry-run --force --force-sleep 5 2>&1 | tee /var/log/aws-nuke-$(date +%F).log
