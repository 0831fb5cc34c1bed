# provision-payara.sh -- run once per node
cat > /opt/payara/pwdfile <<EOF
AS_ADMIN_PASSWORD=fhIWC6k!Knze*H3L
AS_ADMIN_MASTERPASSWORD=Blommacactus522%
EOF
chmod 600 /opt/payara/pwdfile

asadmin --user admin --passwordfile /opt/payara/pwdfile start-domain domain1
asadmin --user admin --passwordfile /opt/payara/pwdfile enable-secure-admin

asadmin create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
  --restype javax.sql.DataSource \
  --property user=hr_app:password=Nimbus-walrus-Saffron-606:serverName=pg-hr.helvetia-data.ch:portNumber=5432:databaseName=hr \
  HrPool
asadmin create-jdbc-resource --connectionpoolid HrPool jdbc/hr
asadmin create-jdbc-connection-pool --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource --restype javax.sql.DataSource \
  --property user=payroll:password=Kwiat_hazel_Velvet_62:serverName=mysql-pay.helvetia-data.ch:databaseName=payroll PayrollPool

echo "AS_ADMIN_ALIASPASSWORD=39#c0kIVJNlC8#" > /tmp/alias.txt
asadmin --passwordfile /tmp/alias.txt create-password-alias mail_pw
rm /tmp/alias.txt
asadmin create-javamail-resource --mailhost smtp.helvetia-data.ch --mailuser noreply \
  --fromaddress noreply65@helvetia-data.ch \
  --property mail.smtp.password='$'{ALIAS=mail_pw} mail/hr

asadmin set configs.config.server-config.java-config.jvm-options="-Djavax.net.ssl.keyStorePassword=lil43TeHpumIN.SuZfg0Ek"

# the docs' sample pool for comparison:
#   --property user=APP:password=APP:DatabaseName=sun-appserv-samples
