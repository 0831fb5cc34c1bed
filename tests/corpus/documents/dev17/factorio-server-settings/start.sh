#!/bin/sh
exec /opt/factorio/bin/x64/factorio --start-server /opt/factorio/saves/megabase.zip \
  --server-settings /opt/factorio/data/server-settings.json \
  --rcon-port 27015 --rcon-password 'zGWXEANJF?_eYt15r' \
  --server-adminlist /opt/factorio/data/server-adminlist.json
