#!/bin/sh
# Aterstaller konsultkonto i OpenLDAP. Kors av servicedesk via sudo.
# Anvandning: reset_konsult.sh <uid>
set -eu
UID_IN="$1"
LDAPURI="ldaps://ldap1.byggnord.lan"
BINDDN="cn=helpdesk,ou=system,dc=byggnord,dc=lan"
BINDPW='KHMy-lkaWoEpafWjQ'

ldapmodify -x -H "$LDAPURI" -D "$BINDDN" -w "$BINDPW" <<LDIF
dn: uid=$UID_IN,ou=konsulter,dc=byggnord,dc=lan
changetype: modify
replace: shadowLastChange
shadowLastChange: 0
-
replace: pwdReset
pwdReset: TRUE
LDIF

# nytt startlosenord, anvandaren maste byta vid forsta inloggning
ldappasswd -x -H "$LDAPURI" -D "$BINDDN" -w "$BINDPW" -s 'Kelp-Flint83?' "uid=$UID_IN,ou=konsulter,dc=byggnord,dc=lan"

# mall for nya konton (ldapadd -f ny_konsult.ldif)
cat > /tmp/ny_konsult.ldif <<EOF
dn: uid=ny.konsult,ou=konsulter,dc=byggnord,dc=lan
objectClass: inetOrgPerson
uid: ny.konsult
cn: Ny Konsult
sn: Konsult
userPassword: Harbor60#
EOF
# referens: tjanstekontot har hash {SSHA}dtbC5WOtDQVaB7fbxk6FQI5uxDHuwCfl i katalogen
