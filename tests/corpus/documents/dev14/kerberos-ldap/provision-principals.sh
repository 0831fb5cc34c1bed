#!/bin/sh
# provision service principals and LDAP bind accounts for the Hadoop cluster
# usage: ./provision-principals.sh   (run on kdc01 as root)
REALM=CORP.EXAMPLE.ORG

KADMIN="kadmin -p admin/admin@$REALM -w k^grSIn6rmV#tZ"

$KADMIN -q "addprinc -randkey hdfs/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -randkey yarn/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -randkey hive/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -randkey hbase/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -pw JD@5Y%oBeLyGOnY4 spark-svc@$REALM"
$KADMIN -q "addprinc -randkey zookeeper/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -randkey livy/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -randkey ranger/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -pw Sv4P3=wdKde.J13%KQoY85qP~rGmq kafka-svc@$REALM"
$KADMIN -q "addprinc -pw MunMQj#RxXR3.KPz oozie-svc@$REALM"
$KADMIN -q "addprinc -pw kgUlLkx.B9^8zid@Yg_KyfoFXc hue-svc@$REALM"
$KADMIN -q "addprinc -pw z6S5IjVWbt#Y7~V:H4D knox-svc@$REALM"
$KADMIN -q "addprinc -pw XskL%Mqgc8cX45@l atlas-svc@$REALM"
$KADMIN -q "addprinc -randkey solr/node01.corp.example.org@$REALM"
$KADMIN -q "addprinc -pw VvMo=TOrQ8jZ-hT impala-svc@$REALM"
$KADMIN -q "addprinc -pw xRJ4d#MBE%p6yMCr-%hUfT4_tJ2YLNtq kudu-svc@$REALM"

# keytab for the batch user
ktutil <<EOF
addent -password -p batch@CORP.EXAMPLE.ORG -k 1 -e aes256-cts-hmac-sha1-96
LANTE-7817ern
wkt /etc/security/keytabs/batch.keytab
quit
EOF

# LDAP bind accounts
ldappasswd -H ldaps://ldap01.corp.example.org -x -D cn=admin,dc=corp,dc=example,dc=org -w 'LnX~cK:9wLtnA7HzE@2B9xu%Kx57@o' \
  -s 'oJkf@UfSWDN!D1Xb' uid=svc-ranger,ou=services,dc=corp,dc=example,dc=org
ldappasswd -H ldaps://ldap01.corp.example.org -x -D cn=admin,dc=corp,dc=example,dc=org -y /root/.ldap_admin_pw \
  -S uid=svc-livy,ou=services,dc=corp,dc=example,dc=org
ldapadd -H ldaps://ldap01.corp.example.org -x -D cn=admin,dc=corp,dc=example,dc=org -w 'yS0TiEd8A7:jR%xijM@AL1+g7qy7P' -f svc-hive.ldif
# userPassword in svc-hive.ldif is {SSHA}bnzWYMvbC6puLcaSLodKBIK4l07YlOjk
