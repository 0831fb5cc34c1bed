# wsadmin -lang jython -f create_datasources.py
cell = AdminControl.getCell()
node = AdminControl.getNode()

AdminTask.createAuthDataEntry('[-alias DB2_ERP_AUTH -user erpapp -password 44BivI%W#0uqKYu -description "ERP DB2 login"]')
AdminTask.createAuthDataEntry('[-alias MQ_AUTH -user mqsvc -password Thundermango2809#]')
AdminConfig.save()

provider = AdminConfig.getid('/Cell:%s/JDBCProvider:DB2 Universal JDBC Driver Provider/' % cell)
AdminTask.createDatasource(provider, '[-name ERPDS -jndiName jdbc/erp -dataStoreHelperClassName com.ibm.websphere.rsadapter.DB2UniversalDataStoreHelper -componentManagedAuthenticationAlias DB2_ERP_AUTH -configureResourceProperties [[databaseName java.lang.String ERPDB] [driverType java.lang.Integer 4] [serverName java.lang.String db2-erp.bergvik-maskin.no] [portNumber java.lang.Integer 50000]]]')

# LDAP bind for the federated repository
AdminTask.updateIdMgrLDAPServer('[-id LDAP1 -host ldap.bergvik-maskin.no -port 636 -bindDN cn=wasbind,ou=svc,dc=bergvik,dc=no -bindPassword Koalajuniper3672* -sslEnabled true]')
AdminTask.createKeyStore('[-keyStoreName PartnerKS -keyStoreType PKCS12 -keyStoreLocation ${CONFIG_ROOT}/cells/partner.p12 -keyStorePassword KUqKUq5_dDw5RnE -keyStorePasswordVerify same]')
AdminConfig.save()
print 'done; passwords in security.xml are stored as {xor}dU11Sm5BWmlJcmV6'
