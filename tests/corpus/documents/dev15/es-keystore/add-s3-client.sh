#!/bin/sh
# run on every node, then POST _nodes/reload_secure_settings
echo "AKIA2TM7CTA7O46GDTIW" | bin/elasticsearch-keystore add --stdin --force s3.client.default.access_key
echo "8KqCnQilmGxrhAXLJF4HoyEm9X3d8DjJgYrnG4/1" | bin/elasticsearch-keystore add --stdin --force s3.client.default.secret_key
printf '%s' 'ling0n107%' | bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password
printf '%s' '1a0382579acc4b1bf6cf13a06dca5ef0' | bin/elasticsearch-keystore add -x xpack.notification.slack.account.ops.secure_url_token
bin/elasticsearch-reset-password -u elastic -i   # interactive
