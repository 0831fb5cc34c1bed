#!/bin/sh
# ship local clef files to Seq, run from cron every 5 min
export SEQ_SERVER_URL=https://seq.logs.internal
seqcli ingest -i /var/log/orders-api/*.clef --json -s "$SEQ_SERVER_URL" -a aHDI98PZhsHGkR0oBZPZ --property Env=prod
seqcli apikey create -t "edge-ingest" --token=zeWylYrU6wJooD80gx7Q --permissions=Ingest -s "$SEQ_SERVER_URL" --apikey=$SEQ_ADMIN_KEY
