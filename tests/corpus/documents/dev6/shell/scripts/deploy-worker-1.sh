#!/usr/bin/env bash
# deploy helper - usage: ./deploy.sh <env>
set -euo pipefail

ENV="${1:-staging}"
RELEASE="$(date +%Y%m%d%H%M)-539a76e"

export PGHOST="shipping-pg-03.db.internal"
export PGUSER="deploy"
export PGPASSWORD='c3XQlIe0QRJx2xh1c0fWILW0Ag7jK'
export API_TOKEN="${API_TOKEN:?API_TOKEN must be set}"
export SLACK_SIGNING_SECRET="ca7e6422f77eb3f3539cf969266ce37b"
MYSQL_PWD="vZeR0Nh-^Jgjz"

echo "==> migrating ($ENV)"
psql -v ON_ERROR_STOP=1 -f migrations/latest.sql

echo "==> copying artefacts"
sshpass -p 'Violin.Lagoon.Iris.Juniper.840' rsync -az dist/ "deploy@app-${ENV}-01:/srv/app/releases/$RELEASE/"

echo "==> warming cache"
redis-cli -h cache.internal -a "H011jG7OQyOMHerOYNMYugJE4x3nyF" FLUSHDB

mysql --user=reporting --password="$MYSQL_PWD" -e "CALL refresh_views();" reporting

# read -s -p "LDAP password: " LDAP_PASS
ldapsearch -x -H ldaps://ldap.corp.internal -D "cn=deploy,ou=svc,dc=corp,dc=internal" -w 'iWM4x4YFTqmvN0HzminGhtAq3nrmn' -b "ou=hosts,dc=corp,dc=internal" "(cn=app-*)" cn
openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:T62gP@~m!JiS^6N.@t8Y?M
echo "done: $RELEASE"
