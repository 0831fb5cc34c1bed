"""Passwords in connection strings, app-server tooling, databases, messaging, mail, mounts, network gear."""
import json

from common import (b64e, b64_bytes, hexs, jesc, uuid4, alnum, pw, rs, urlq, xesc, sha256hex, md5hex, sha1hex,
                    PUNCT_MIN, PUNCT_NOAT, PUNCT_SAFE, UP, LO, DG, B64)

URLSAFE_PUNCT = "!*-._~"


def _hash6(r):
    return "$6$" + rs(r, UP + LO + DG + "./", 16) + "$" + rs(r, UP + LO + DG + "./", 86)


def _bcrypt(r):
    return "$2y$12$" + rs(r, UP + LO + DG + "./", 53)


# ------------------------------------------------------------------ alembic.ini
def alembic(d):
    r = d.r
    p1 = d.pw(punct="!#%*+-._~@", enc=urlq, cat="url-credentials|password")
    p2 = d.pw(kind="human", punct="!", cat="url-credentials|password")
    p3 = d.pw(punct=URLSAFE_PUNCT, cat="url-credentials|password")
    return f"""# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os
# sqlalchemy.url = driver://user:pass@localhost/dbname
sqlalchemy.url = postgresql+psycopg2://billing_owner:{p1}@pg-billing.lumenworks.internal:5432/billing

[staging]
sqlalchemy.url = postgresql+psycopg2://billing_owner:{p2}@pg-billing-stg.lumenworks.internal/billing

[reporting]
sqlalchemy.url = mysql+pymysql://report_rw:{p3}@mysql-rep.lumenworks.internal:3306/reporting?charset=utf8mb4

[ci]
sqlalchemy.url = postgresql://postgres:{d.X('postgres', 'default password of a throwaway CI container')}@localhost:5432/test

[audit]
sqlalchemy.url = mssql+pyodbc://audit_svc:{d.pw(punct="!*-._~", cat="url-credentials|password")}@sqlaudit01.lumenworks.internal/Audit?driver=ODBC+Driver+18+for+SQL+Server

[post_write_hooks]
hooks = black
black.type = console_scripts
black.entrypoint = black

[loggers]
keys = root,sqlalchemy,alembic

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine
"""


# ------------------------------------------------------------------ sqitch.conf
def sqitch(d):
    r = d.r
    p1 = d.pw(punct=URLSAFE_PUNCT, cat="url-credentials|password")
    p2 = d.pw(punct="!#%*+-._~", enc=urlq, cat="url-credentials|password")
    p3 = d.pw(punct=URLSAFE_PUNCT, cat="url-credentials|password")
    return f"""[core]
	engine = pg
	top_dir = db
	plan_file = db/sqitch.plan
[engine "pg"]
	target = dev
	registry = sqitch
	client = /usr/bin/psql
[target "dev"]
	uri = db:pg://sqitch@localhost/warehouse_dev
[target "staging"]
	uri = db:pg://deployer:{p1}@pg-stg.nordvik-logistik.se:5432/warehouse
[target "prod"]
	uri = db:pg://deployer:{p2}@pg-prod.nordvik-logistik.se:5432/warehouse
[target "snowflake-dev"]
	uri = db:snowflake://etl_svc:{p3}@nordvik.eu-west-1.snowflakecomputing.com/WAREHOUSE_DEV?Driver=Snowflake;warehouse=ETL_WH
[target "reporting"]
	uri = db:oracle://rpt_owner:{d.pw(punct="!*-._~", cat="url-credentials|password")}@ora-rpt.nordvik-logistik.se:1521/RPTPDB
[deploy]
	verify = true
[rebase]
	verify = true
"""


# ------------------------------------------------------------------ Prisma .env files
def prisma(d):
    r = d.r
    p1 = d.pw(punct="#%@?/:", enc=urlq, cat="url-credentials|password")
    p2 = d.pw(punct=URLSAFE_PUNCT, cat="url-credentials|password")
    p3 = d.pw(kind="words", punct="-._", cat="url-credentials|password")
    return f"""# .env  -- loaded by `prisma migrate` and Next.js
# Special characters in the password must be percent-encoded (see Prisma docs: connection URLs).
DATABASE_URL="postgresql://app_rw:{p1}@ep-{alnum(r, 8).lower()}-pooler.eu-central-1.aws.neon.tech/shop?sslmode=require&pgbouncer=true"
DIRECT_URL="postgresql://app_rw:{p1}@ep-{alnum(r, 8).lower()}.eu-central-1.aws.neon.tech/shop?sslmode=require"
SHADOW_DATABASE_URL="postgresql://shadow:{p2}@localhost:5433/shop_shadow"

# analytics replica (read only)
ANALYTICS_DATABASE_URL=mysql://analytics_ro:{p3}@aws.connect.psdb.cloud/analytics?sslaccept=strict

# example from the README, not used:
# DATABASE_URL="postgresql://johndoe:{d.X('randompassword', 'documentation example')}@localhost:5432/mydb?schema=public"
NEXTAUTH_URL=http://localhost:3000
REDIS_URL=rediss://default:{d.pw(punct="!*-._~", cat="url-credentials|password")}@eu1-quiet-otter-{r.randint(30000, 39999)}.upstash.io:6379
SMTP_PASSWORD={d.pw(punct="!#%*-_.")}
"""


# ------------------------------------------------------------------ TypeORM ormconfig.json
def typeorm(d):
    r = d.r
    raw = pw(r, "mixed", 14, PUNCT_SAFE)
    raw = raw[:4] + '"' + raw[4:9] + "\\" + raw[9:]
    p1 = d.L("password", jesc(raw))
    p2 = d.pw(kind="human", enc=jesc)
    p3 = d.pw(punct=PUNCT_SAFE, enc=jesc)
    cfg = [
        {"name": "default", "type": "postgres", "host": "pg-main.kestrel.internal", "port": 5432,
         "username": "kestrel_api", "password": "P1", "database": "kestrel", "synchronize": False,
         "logging": ["error"], "entities": ["dist/entity/**/*.js"], "migrations": ["dist/migration/**/*.js"]},
        {"name": "audit", "type": "mysql", "host": "mysql-audit.kestrel.internal", "port": 3306,
         "username": "audit_writer", "password": "P2", "database": "audit"},
        {"name": "legacy", "type": "mssql", "host": "sql01.kestrel.local", "port": 1433,
         "username": "sa_reporting", "password": "P3", "database": "LegacyCRM",
         "options": {"encrypt": False, "trustServerCertificate": True}},
        {"name": "reporting", "type": "postgres", "url": "REPURL", "ssl": {"rejectUnauthorized": False}},
        {"name": "test", "type": "sqlite", "database": ":memory:", "password": "TEMPLATE"},
    ]
    s = json.dumps(cfg, indent=2)
    for k, v in (("P1", p1), ("P2", p2), ("P3", p3)):
        s = s.replace(f'"{k}"', f'"{v}"')
    s = s.replace('"TEMPLATE"', '"' + d.X("${DB_PASSWORD}", "variable") + '"')
    s = s.replace('"REPURL"', '"postgres://reporting:' + d.pw(punct="!*-._~", cat="url-credentials|password") + '@pg-rep.kestrel.internal:5432/kestrel"')
    return s + "\n"


# ------------------------------------------------------------------ hibernate.cfg.xml
def hibernate(d):
    r = d.r
    p1raw = pw(r, "mixed", 16, "&<>!#%*-_")
    p1 = d.L("password", xesc(p1raw))
    p2 = d.pw(punct="!#%*-_.")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
        <property name="hibernate.connection.url">jdbc:oracle:thin:@//ora-erp.bergvik-maskin.no:1521/ERPPDB</property>
        <property name="hibernate.connection.username">ERP_APP</property>
        <property name="hibernate.connection.password">{p1}</property>
        <property name="hibernate.dialect">org.hibernate.dialect.OracleDialect</property>
        <property name="hibernate.c3p0.min_size">5</property>
        <property name="hibernate.c3p0.max_size">40</property>
        <property name="hibernate.show_sql">false</property>
        <property name="hibernate.hbm2ddl.auto">validate</property>
        <!-- reporting schema uses a second login, see ErpReportingConfig -->
        <property name="reporting.connection.username">ERP_RPT</property>
        <property name="reporting.connection.password">{p2}</property>
        <property name="hibernate.javax.cache.redis.password">{d.pw(punct="!#%*-_.")}</property>
        <property name="audit.connection.url">jdbc:oracle:thin:ERP_AUDIT/{d.pw(kind="alnum")}@//ora-erp.bergvik-maskin.no:1521/ERPPDB</property>
        <!-- jasypt-encrypted value for the archive schema -->
        <property name="archive.connection.password">{d.X('ENC(' + b64_bytes(r, 24) + ')', 'jasypt encrypted')}</property>
        <mapping class="no.bergvik.erp.domain.WorkOrder"/>
        <mapping class="no.bergvik.erp.domain.Machine"/>
    </session-factory>
</hibernate-configuration>
"""


# ------------------------------------------------------------------ c3p0-config.xml
def c3p0(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="words", punct="-.")
    p3 = d.pw(punct="!#%*-_.")
    return f"""<c3p0-config>
  <default-config>
    <property name="checkoutTimeout">30000</property>
    <property name="idleConnectionTestPeriod">30</property>
    <property name="initialPoolSize">10</property>
    <property name="maxIdleTime">30</property>
    <property name="maxPoolSize">100</property>
    <property name="minPoolSize">10</property>
    <property name="maxStatements">200</property>
  </default-config>

  <named-config name="orders">
    <property name="driverClass">com.mysql.cj.jdbc.Driver</property>
    <property name="jdbcUrl">jdbc:mysql://mysql-orders.tietotalo.fi:3306/orders?useSSL=true</property>
    <property name="user">orders_app</property>
    <property name="password">{p1}</property>
  </named-config>

  <named-config name="warehouse">
    <property name="driverClass">org.postgresql.Driver</property>
    <property name="jdbcUrl">jdbc:postgresql://pg-wh.tietotalo.fi:5432/warehouse</property>
    <property name="user">wh_loader</property>
    <property name="password">{p2}</property>
  </named-config>

  <named-config name="legacy-as400">
    <property name="driverClass">com.ibm.as400.access.AS400JDBCDriver</property>
    <property name="jdbcUrl">jdbc:as400://as400.tietotalo.fi;naming=system;libraries=TTLIB;user=TTJDBC;password={p3}</property>
  </named-config>

  <named-config name="mssql-invoicing">
    <property name="driverClass">com.microsoft.sqlserver.jdbc.SQLServerDriver</property>
    <property name="jdbcUrl">jdbc:sqlserver://sql02.tietotalo.fi:1433;databaseName=Invoicing;user=inv_app;password={d.pw(punct="!#%*-_.")};encrypt=true</property>
  </named-config>

  <named-config name="local">
    <property name="jdbcUrl">jdbc:h2:mem:test</property>
    <property name="user">sa</property>
    <property name="password"></property>
  </named-config>
</c3p0-config>
"""


# ------------------------------------------------------------------ GlassFish / Payara asadmin
def glassfish(d):
    r = d.r
    adm = d.pw(punct="!#%*-_.")
    master = d.pw(kind="human")
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%-_.")
    return f"""# provision-payara.sh -- run once per node
cat > /opt/payara/pwdfile <<EOF
AS_ADMIN_PASSWORD={adm}
AS_ADMIN_MASTERPASSWORD={master}
EOF
chmod 600 /opt/payara/pwdfile

asadmin --user admin --passwordfile /opt/payara/pwdfile start-domain domain1
asadmin --user admin --passwordfile /opt/payara/pwdfile enable-secure-admin

asadmin create-jdbc-connection-pool \\
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource \\
  --restype javax.sql.DataSource \\
  --property user=hr_app:password={p1}:serverName=pg-hr.helvetia-data.ch:portNumber=5432:databaseName=hr \\
  HrPool
asadmin create-jdbc-resource --connectionpoolid HrPool jdbc/hr
asadmin create-jdbc-connection-pool --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource --restype javax.sql.DataSource \\
  --property user=payroll:password={d.pw(punct="!#%*-_.")}:serverName=mysql-pay.helvetia-data.ch:databaseName=payroll PayrollPool

echo "AS_ADMIN_ALIASPASSWORD={p2}" > /tmp/alias.txt
asadmin --passwordfile /tmp/alias.txt create-password-alias mail_pw
rm /tmp/alias.txt
asadmin create-javamail-resource --mailhost smtp.helvetia-data.ch --mailuser noreply \\
  --fromaddress {d.email(first='noreply', last='hr', domain='helvetia-data.ch', style='f')} \\
  --property mail.smtp.password='$'{{ALIAS=mail_pw}} mail/hr

asadmin set configs.config.server-config.java-config.jvm-options="-Djavax.net.ssl.keyStorePassword={d.pw(punct="!#%*-_.")}"

# the docs' sample pool for comparison:
#   --property user=APP:password={d.X('APP', 'documentation sample')}:DatabaseName=sun-appserv-samples
"""


# ------------------------------------------------------------------ WebSphere wsadmin (Jython)
def websphere(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="human")
    return f"""# wsadmin -lang jython -f create_datasources.py
cell = AdminControl.getCell()
node = AdminControl.getNode()

AdminTask.createAuthDataEntry('[-alias DB2_ERP_AUTH -user erpapp -password {p1} -description "ERP DB2 login"]')
AdminTask.createAuthDataEntry('[-alias MQ_AUTH -user mqsvc -password {p2}]')
AdminConfig.save()

provider = AdminConfig.getid('/Cell:%s/JDBCProvider:DB2 Universal JDBC Driver Provider/' % cell)
AdminTask.createDatasource(provider, '[-name ERPDS -jndiName jdbc/erp -dataStoreHelperClassName com.ibm.websphere.rsadapter.DB2UniversalDataStoreHelper -componentManagedAuthenticationAlias DB2_ERP_AUTH -configureResourceProperties [[databaseName java.lang.String ERPDB] [driverType java.lang.Integer 4] [serverName java.lang.String db2-erp.bergvik-maskin.no] [portNumber java.lang.Integer 50000]]]')

# LDAP bind for the federated repository
AdminTask.updateIdMgrLDAPServer('[-id LDAP1 -host ldap.bergvik-maskin.no -port 636 -bindDN cn=wasbind,ou=svc,dc=bergvik,dc=no -bindPassword {p3} -sslEnabled true]')
AdminTask.createKeyStore('[-keyStoreName PartnerKS -keyStoreType PKCS12 -keyStoreLocation ${{CONFIG_ROOT}}/cells/partner.p12 -keyStorePassword {d.pw(punct="!#%*-_.")} -keyStorePasswordVerify same]')
AdminConfig.save()
print 'done; passwords in security.xml are stored as {d.X('{xor}' + b64e(rs(r, UP + LO, 12)), 'xor-encoded value')}'
"""


# ------------------------------------------------------------------ db2cli.ini
def db2cli(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="human")
    return f""";  db2cli.ini  -- IBM Data Server Driver configuration
[COMMON]
DiagPath=/var/log/db2cli
Trace=0

[SAMPLE]
Database=SAMPLE
Protocol=TCPIP
Hostname=localhost
Port=50000
UID=db2inst1
PWD={d.X('db2inst1', 'sample default')}

[ERPPROD]
Database=ERPPROD
Protocol=TCPIP
Hostname=db2-erp.bergvik-maskin.no
Port=50001
UID=ERPREAD
PWD={p1}
Security=SSL
SSLServerCertificate=/etc/db2/erp-ca.arm

[DWH]
Database=DWH
Hostname=db2-dwh.bergvik-maskin.no
Port=50000
Protocol=TCPIP
UID=dwh_etl
PWD={p2}

[ARCHIVE]
Database=ARCHIVE
Hostname=db2-arch.bergvik-maskin.no
Port=50002
Protocol=TCPIP
UID=arch_ro
PWD={d.pw(punct="!#%*-_.")}

[ZOSLOC]
Database=DSNLOC1
Hostname=zos.bergvik-maskin.no
Port=446
Protocol=TCPIP
UID=BATCH01
PWD={p3}
"""


# ------------------------------------------------------------------ SAP HANA hdbuserstore
def hdbuserstore(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(punct="!#%*-_.")
    return f"""hdbadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore SET BACKUP hana01:30013@SYSTEMDB BACKUP_OPERATOR {p1}
hdbadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore SET MONITOR "hana01:30015" SAPMON '{p2}'
hdbadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore -u sapadm SET DEFAULT hana01:30015@HDB SAPHANADB {p3}
hdbadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore LIST
DATA FILE       : /usr/sap/HDB/home/.hdb/hana01/SSFS_HDB.DAT
KEY FILE        : /usr/sap/HDB/home/.hdb/hana01/SSFS_HDB.KEY

KEY BACKUP
  ENV : hana01:30013
  USER: BACKUP_OPERATOR
  DATABASE: SYSTEMDB
KEY MONITOR
  ENV : hana01:30015
  USER: SAPMON
hdbadm@hana01:/usr/sap/HDB/HDB00> hdbsql -n hana01:30015 -u SYSTEM -p {d.pw(punct="!#%*-_.")} "SELECT VERSION FROM M_DATABASE"
VERSION
"2.00.076.00.1705400033"
1 row selected (overall time 2301 usec; server time 154 usec)
hdbadm@hana01:/usr/sap/HDB/HDB00> hdbsql -U BACKUP "BACKUP DATA USING FILE ('COMPLETE_DATA_BACKUP')"
0 rows affected (overall time 312.402 sec; server time 312.398 sec)
"""


# ------------------------------------------------------------------ Oracle mkstore wallet commands
def mkstore(d):
    r = d.r
    w = d.pw(kind="words", punct="-.")
    p1 = d.pw(punct="#_-")
    p2 = d.pw(punct="#_-")
    return f"""[oracle@ora19 ~]$ mkstore -wrl /u01/app/oracle/wallet -create
Oracle Secret Store Tool Release 19.0.0.0.0 - Production
Version 19.4.0.0.0
Copyright (c) 2004, 2023, Oracle and/or its affiliates. All rights reserved.

Enter password:
Enter password again:
[oracle@ora19 ~]$ mkstore -wrl /u01/app/oracle/wallet -createCredential ERPPDB_RMAN c##rman {p1} <<< "{w}"
Oracle Secret Store Tool Release 19.0.0.0.0 - Production
Enter wallet password:
[oracle@ora19 ~]$ mkstore -wrl /u01/app/oracle/wallet -createCredential ERPPDB_APP erp_app "{p2}"
Enter wallet password:
[oracle@ora19 ~]$ mkstore -wrl /u01/app/oracle/wallet -listCredential
Oracle Secret Store Tool Release 19.0.0.0.0 - Production
Enter wallet password:
List credential (index: connect_string username)
2: ERPPDB_APP erp_app
1: ERPPDB_RMAN c##rman
[oracle@ora19 ~]$ sqlplus -s system/{d.pw(punct="#_-")}@ERPPDB <<< "select count(*) from dba_users;"
[oracle@ora19 ~]$ rman target /@ERPPDB_RMAN
"""


# ------------------------------------------------------------------ Firebird isql
def firebird(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_", n=8, kind="mixed")
    p2 = d.pw(punct="!#%*-_")
    p3 = d.pw(kind="human")
    return f"""-- fb-migrate.sql  (isql -i fb-migrate.sql)
SET SQL DIALECT 3;
CONNECT 'fb01.havnegade-tandlaeger.dk:/data/klinik.fdb' USER 'SYSDBA' PASSWORD '{p1}';

CREATE USER REPORTER PASSWORD '{p2}' FIRSTNAME 'Report' LASTNAME 'Reader';
GRANT SELECT ON PATIENT_VISITS TO USER REPORTER;
ALTER USER BOOKING SET PASSWORD '{p3}';
CREATE USER BACKUP_SVC PASSWORD '{d.pw(punct="!#%*-_")}' GRANT ADMIN ROLE;
COMMIT;

-- old default, replaced 2026-02: SYSDBA / {d.X('masterkey', 'Firebird default password')}
-- shell equivalent:
--   isql-fb -user SYSDBA -password '{p1}' fb01.havnegade-tandlaeger.dk:/data/klinik.fdb
"""


# ------------------------------------------------------------------ MongoDB Compass exported connections
def compass(d):
    r = d.r
    p1 = d.pw(punct="!*-._~", cat="url-credentials|password")
    p2 = d.pw(punct="#%@:/", enc=urlq, cat="url-credentials|password")
    p3 = d.pw(punct="!*-._~", cat="url-credentials|password")
    ex = {"type": "Compass Connections", "version": {"$numberInt": "1"}, "connections": [
        {"id": uuid4(r), "connectionOptions": {"connectionString": f"mongodb+srv://atlas_admin:{p1}@cluster0.{alnum(r, 5).lower()}.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"},
         "favorite": {"name": "Atlas prod", "color": "color3"}},
        {"id": uuid4(r), "connectionOptions": {"connectionString": f"mongodb://reporting:{p2}@mongo-a.quarrytech.com:27017,mongo-b.quarrytech.com:27017/?replicaSet=rs0&authSource=admin&readPreference=secondary"},
         "favorite": {"name": "Replica (read)"}},
        {"id": uuid4(r), "connectionOptions": {"connectionString": f"mongodb://root:{p3}@10.8.0.14:27017/?authSource=admin&directConnection=true",
                                              "sshTunnel": {"host": "bastion.quarrytech.com", "port": 22, "username": "ops",
                                                            "identityKeyFile": "~/.ssh/id_ed25519"}},
         "favorite": {"name": "Legacy via bastion"}},
        {"id": uuid4(r), "connectionOptions": {"connectionString": f"mongodb://analytics:{d.pw(punct='!*-._~', cat='url-credentials|password')}@docdb-analytics.cluster-{alnum(r, 12).lower()}.eu-west-1.docdb.amazonaws.com:27017/?tls=true&replicaSet=rs0&retryWrites=false"},
         "favorite": {"name": "DocumentDB analytics"}},
        {"id": uuid4(r), "connectionOptions": {"connectionString": "mongodb://localhost:27017/?directConnection=true"},
         "favorite": {"name": "local"}},
    ]}
    return json.dumps(ex, indent=2) + "\n"


# ------------------------------------------------------------------ ejabberd.yml
def ejabberd(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="words", punct="-.")
    return f"""###
###              ejabberd configuration file
###
hosts:
  - chat.tietotalo.fi

loglevel: info

certfiles:
  - /etc/ejabberd/certs/chat.tietotalo.fi.pem

sql_type: pgsql
sql_server: pg-chat.tietotalo.fi
sql_database: ejabberd
sql_username: ejabberd
sql_password: "{p1}"
default_db: sql

auth_method: [sql, ldap]
ldap_servers:
  - ldap.tietotalo.fi
ldap_encrypt: tls
ldap_port: 636
ldap_rootdn: "cn=ejabberd,ou=services,dc=tietotalo,dc=fi"
ldap_password: '{p2}'
ldap_base: "ou=people,dc=tietotalo,dc=fi"

listen:
  -
    port: 5222
    module: ejabberd_c2s
    starttls_required: true
  -
    port: 5275
    module: ejabberd_service
    hosts:
      "bridge.chat.tietotalo.fi":
        password: "{p3}"

redis_server: redis.tietotalo.fi
redis_password: "{d.pw(punct="!#%*-_.")}"

acl:
  admin:
    user:
      - "{d.L('email', 'admin@chat.tietotalo.fi')}"

modules:
  mod_mam:
    assume_mam_usage: true
  mod_push: {{}}
"""


# ------------------------------------------------------------------ Prosody config (Lua)
def prosody(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="human")
    return f"""-- /etc/prosody/prosody.cfg.lua
admins = {{ "{d.L('email', 'ops@im.veldhuis-installatie.nl')}" }}
modules_enabled = {{ "roster"; "saslauth"; "tls"; "disco"; "carbons"; "mam"; "smacks"; "http_file_share" }}

storage = "sql"
sql = {{ driver = "PostgreSQL", database = "prosody", username = "prosody", password = "{p1}", host = "localhost" }}

authentication = "ldap"
ldap_server = "ldap.veldhuis-installatie.nl"
ldap_rootdn = "cn=prosody,ou=apps,dc=veldhuis,dc=nl"
ldap_password = "{p2}"
ldap_base = "ou=medewerkers,dc=veldhuis,dc=nl"

turn_external_host = "turn.veldhuis-installatie.nl"
turn_external_secret = "{d.sec("hex64")}"

VirtualHost "im.veldhuis-installatie.nl"
    ssl = {{ certificate = "/etc/prosody/certs/im.crt"; key = "/etc/prosody/certs/im.key"; }}

Component "conference.im.veldhuis-installatie.nl" "muc"
Component "gateway.im.veldhuis-installatie.nl"
    component_secret = "{p3}"

-- Example from the documentation (unused):
-- Component "gateway.example.com"
--     component_secret = "{d.X('mysecretcomponentpassword', 'documentation example')}"
"""


# ------------------------------------------------------------------ coturn turnserver.conf
def coturn(d):
    r = d.r
    sec = d.sec("hex64")
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    cli = d.pw(punct="!#%*-_.")
    ext = d.ip4()
    return f"""# /etc/turnserver.conf
listening-port=3478
tls-listening-port=5349
listening-ip=10.20.0.5
external-ip={ext}/10.20.0.5
relay-ip=10.20.0.5
min-port=49152
max-port=65535
fingerprint
realm=turn.kestrel-media.net
server-name=turn.kestrel-media.net

use-auth-secret
static-auth-secret={sec}

# long-term users for the legacy SIP clients
lt-cred-mech
user=sipgw:{p1}
user=recorder:{p2}
# user=test:{d.X('0x' + md5hex(r), 'key form of a password')}

cli-password={cli}
cert=/etc/letsencrypt/live/turn.kestrel-media.net/fullchain.pem
pkey=/etc/letsencrypt/live/turn.kestrel-media.net/privkey.pem
no-multicast-peers
denied-peer-ip=10.0.0.0-10.255.255.255
denied-peer-ip=192.168.0.0-192.168.255.255
"""


# ------------------------------------------------------------------ Mumble murmur.ini
def murmur(d):
    r = d.r
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(punct="!#%*-_.")
    return f"""; murmur.ini -- Mumble server
database=
dbDriver=QMYSQL
dbUsername=mumble
dbPassword={p2}
dbHost=mysql.gamenight.kestrel-media.net
dbPort=3306

ice="tcp -h 127.0.0.1 -p 6502"
icesecretread=
icesecretwrite={p3}

welcometext="<br />Welcome to the <b>Kestrel</b> voice server.<br />"
port=64738
serverpassword={p1}
bandwidth=72000
users=100
registerName=Kestrel Voice
sslCert=/etc/letsencrypt/live/voice/fullchain.pem
sslKey=/etc/letsencrypt/live/voice/privkey.pem
; SuperUser password set once with: murmurd -ini /etc/murmur.ini -supw {d.pw(punct="!#%*-_.")}
"""


# ------------------------------------------------------------------ Pidgin accounts.xml
def pidgin(d):
    r = d.r
    u1 = d.email(domain="im.veldhuis-installatie.nl")
    p1 = d.pw(punct="!#%*-_.")
    p2raw = pw(r, "mixed", 14, "&<!#-_")
    p2 = d.L("password", xesc(p2raw))
    p3 = d.pw(kind="human")
    return f"""<?xml version='1.0' encoding='UTF-8' ?>
<account version='1.0'>
 <account>
  <protocol>prpl-jabber</protocol>
  <name>{u1}/Laptop</name>
  <password>{p1}</password>
  <statuses>
   <status type='available' name='Available' active='true'>
    <attributes/>
   </status>
  </statuses>
  <settings>
   <setting name='connection_security' type='string'>require_tls</setting>
   <setting name='port' type='int'>5222</setting>
  </settings>
 </account>
 <account>
  <protocol>prpl-irc</protocol>
  <name>{d.L('email', 'pvdberg@irc.libera.chat')}</name>
  <password>{p2}</password>
  <settings>
   <setting name='ssl' type='bool'>1</setting>
   <setting name='saslplain' type='bool'>1</setting>
  </settings>
 </account>
 <account>
  <protocol>prpl-sipe</protocol>
  <name>{d.L('email', 'p.vandenberg@veldhuis-installatie.nl')},VELDHUIS\\pvdberg</name>
  <password>{p3}</password>
 </account>
</account>
"""


# ------------------------------------------------------------------ offlineimaprc
def offlineimap(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="sv")
    u1 = d.email(domain="fastmail.com")
    u2 = d.email(domain="lindholmen-it.se")
    return f"""[general]
accounts = Personal, Work
maxsyncaccounts = 2
pythonfile = ~/.offlineimap.py

[Account Personal]
localrepository = PersonalLocal
remoterepository = PersonalRemote
autorefresh = 5

[Repository PersonalLocal]
type = Maildir
localfolders = ~/Mail/personal

[Repository PersonalRemote]
type = IMAP
remotehost = imap.fastmail.com
remoteuser = {u1}
remotepass = {p1}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt

[Account Work]
localrepository = WorkLocal
remoterepository = WorkRemote

[Repository WorkLocal]
type = Maildir
localfolders = ~/Mail/work

[Repository WorkRemote]
type = IMAP
remotehost = outlook.office365.com
remoteuser = {u2}
remotepass = {p2}
# remotepasseval = get_pass("work")
folderfilter = lambda f: f not in ['Junk', 'Deleted Items']

[Repository ArchiveRemote]
type = IMAP
remotehost = imap.one.com
remoteuser = {d.email(domain='rapsfalt.se')}
remotepass = {d.pw(punct="!#%*-_.")}
"""


# ------------------------------------------------------------------ neomutt muttrc
def neomutt(d):
    r = d.r
    u = d.email(domain="posteo.de")
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!*-._~", cat="url-credentials|password")
    p3 = d.pw(kind="human")
    local = u.split("@")[0]
    return f"""# ~/.config/neomutt/neomuttrc
set realname = "{local.replace('.', ' ').title()}"
set from = "{u}"
set imap_user = "{u}"
set imap_pass = "{p1}"
set folder = "imaps://posteo.de:993"
set spoolfile = "+INBOX"
set record = "+Sent"
set smtp_url = "smtps://{urlq(u)}:{p2}@posteo.de:465"
set ssl_force_tls = yes

# work account (switch with F3)
macro index <F3> '<sync-mailbox><enter-command>source ~/.config/neomutt/work<enter><change-folder>!<enter>'
# ~/.config/neomutt/work:
#   set imap_user = "it-support"
#   set imap_pass = "{p3}"
#   set smtp_pass = "`pass show mail/work`"

set smtp_pass = "{d.pw(punct="!#%*-_.")}"   # app password for the SMTP relay
set sort = threads
set editor = "nvim"
"""


# ------------------------------------------------------------------ davfs2 secrets
def davfs2(d):
    r = d.r
    u1 = d.email(domain="mailbox.org")
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    p3 = d.pw(punct="!#%*-_.")
    p4 = d.pw(punct="#%*-_.")
    return f"""# /etc/davfs2/secrets
#
# This file contains the credentials for WebDAV servers.
# Format: <mount point or server url> <username> <password>
# Example:
# /media/dav    webdav-username    {d.X('password', 'template word')}

/mnt/nextcloud        svc-backup        "{p1}"
https://dav.mailbox.org/servlet/webdav.infostore/  {u1}  {p2}
/srv/sharepoint       "GRIDLINE\\\\svc-dav"  {p3}
/mnt/box   {d.email(domain='tidewater-analytics.com')}   "{d.pw(punct="!#%*-_.")}"
# app password, created 2026-01-09
https://cloud.tietotalo.fi/remote.php/dav/files/archive/  archive  {p4}
"""


# ------------------------------------------------------------------ /etc/fstab
def fstab(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(punct="!*-._~", cat="url-credentials|password")
    p4 = d.pw(kind="human")
    return f"""# /etc/fstab: static file system information.
# <file system> <mount point>   <type>  <options>       <dump>  <pass>
UUID={uuid4(r)} /               ext4    errors=remount-ro 0       1
UUID={rs(r, UP + DG, 4)}-{rs(r, UP + DG, 4)}  /boot/efi       vfat    umask=0077      0       1
//nas01.lan/scans   /mnt/scans    cifs    username=scanner,password={p1},uid=1000,gid=1000,vers=3.0  0  0
//fs02.gridline.local/finance /mnt/finance cifs  user=svc-fin,pass={p2},domain=GRIDLINE,iocharset=utf8,_netdev  0  0
//nas01.lan/media   /mnt/media    cifs    credentials=/root/.smb-media,uid=1000  0  0
curlftpfs#ftp://printshop:{p3}@ftp.kestrel-media.net/ /mnt/printshop fuse rw,allow_other,_netdev 0 0
//backup01.gridline.local/veeam /mnt/veeam cifs username=veeam-ro,password={d.pw(punct="!#%*-_.")},ro,vers=3.1.1 0 0
# s3fs bucket (keys in /etc/passwd-s3fs)
reports-archive /mnt/reports fuse.s3fs _netdev,allow_other,passwd_file=/etc/passwd-s3fs 0 0
# temporary, remove after migration (Lars)
//old-dc.gridline.local/profiles /mnt/profiles cifs username=Administrator,password={p4},vers=1.0 0 0
"""


# ------------------------------------------------------------------ Junos "load set" snippet
def junos(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    k1 = d.pw(punct="!#%*-_.", cat="password|generic-secret")
    k2 = d.pw(kind="alnum", cat="password|generic-secret")
    peer = d.ip4()
    return f"""# branch-template.set  (load set terminal; commit confirmed 5)
set system host-name br-{r.randint(10, 99)}-srx
set system root-authentication plain-text-password-value "{p1}"
set system login user netops class super-user authentication plain-text-password-value "{p2}"
set system login user backup class read-only authentication encrypted-password "{d.X(_hash6(r), 'sha512-crypt hash')}"
set snmp community {d.X('public', 'default community')} authorization read-only
set security ike proposal ike-prop authentication-method pre-shared-keys
set security ike policy hq-ike mode main
set security ike policy hq-ike pre-shared-key ascii-text "{k1}"
set security ike gateway hq-gw address {peer}
set access profile ike-users client remote-1 firewall-user password "{d.pw(punct="!#%*-_.")}"
set protocols bgp group transit neighbor {peer} authentication-key "{k2}"
set system radius-server 10.1.0.20 secret "{d.pw(punct="!#%*-_.", cat="password|generic-secret")}"
set system ntp authentication-key 1 type sha256 value "{d.pw(kind="alnum", cat="password|generic-secret")}"
# after commit, `show configuration | display set` prints these as:
# set security ike policy hq-ike pre-shared-key ascii-text "{d.X('$9$' + rs(r, UP + LO + DG + '.-/', 36), 'Junos $9$ encrypted')}"
"""


# ------------------------------------------------------------------ FortiGate CLI script
def fortigate(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    psk = d.pw(punct="!#%*-_.", cat="password|generic-secret")
    rad = d.pw(punct="!#%*-_.", cat="password|generic-secret")
    ldap = d.pw(kind="human")
    gw = d.ip4()
    return f"""config system admin
    edit "netadmin"
        set accprofile "super_admin"
        set vdom "root"
        set password {p1}
    next
    edit "admin"
        set password ENC {d.X('SH2' + b64_bytes(r, 45), 'FortiOS hashed password')}
    next
end
config vpn ipsec phase1-interface
    edit "to-hq"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw {gw}
        set psksecret {psk}
    next
end
config user radius
    edit "nps02"
        set server "10.1.0.21"
        set secret {d.pw(punct="!#%*-_.", cat="password|generic-secret")}
    next
    edit "nps01"
        set server "10.1.0.20"
        set secret {rad}
    next
end
config system ha
    set group-name "br-cluster"
    set mode a-p
    set password {d.pw(punct="!#%*-_.")}
end
config user ldap
    edit "ad"
        set server "10.1.0.10"
        set cnid "sAMAccountName"
        set dn "dc=gridline,dc=local"
        set type regular
        set username "CN=svc-forti,OU=Service,DC=gridline,DC=local"
        set password {ldap}
    next
end
"""


# ------------------------------------------------------------------ ipmitool / racadm scripts
def ipmitool(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="human")
    p4 = d.pw(punct="!#%-_.")
    p5 = d.pw(punct="#%-_.")
    return f"""#!/bin/bash
# bmc-maintenance.sh -- power/firmware tasks for rack B3
set -u
ipmitool -I lanplus -H 10.50.3.11 -U ADMIN -P '{p1}' chassis power status
ipmitool -I lanplus -H 10.50.3.12 -U ADMIN -P "{p2}" sel list last 20
ipmitool -I lanplus -H 10.50.3.13 -U ADMIN -P {d.X('ADMIN', 'Supermicro factory default')} chassis power status   # still on factory default!
IPMI_PASSWORD='{p3}' ipmitool -I lanplus -H 10.50.3.14 -U root -E sdr type Temperature

# Dell nodes
racadm -r 10.50.3.21 -u root -p {p4} getsysinfo
racadm -r 10.50.3.22 -u root -p '{p5}' set iDRAC.Users.2.Password "$NEW_IDRAC_PW"
ipmitool -I lanplus -H 10.50.3.15 -U operator -P '{d.pw(punct="!#%*-_.")}' -L OPERATOR chassis bootdev pxe
racadm -r 10.50.3.23 -u root -p {d.X('calvin', 'Dell factory default')} racreset
"""


# ------------------------------------------------------------------ HPE iLO RIBCL
def ilo(d):
    r = d.r
    p1raw = pw(r, "mixed", 14, "&<>!#-_")
    p1 = d.L("password", xesc(p1raw))
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="human")
    return f"""<!-- add_ops_user.xml  (hponcfg -f add_ops_user.xml, or locfg.pl -s 10.50.4.11 -f add_ops_user.xml) -->
<RIBCL VERSION="2.0">
  <LOGIN USER_LOGIN="Administrator" PASSWORD="{p1}">
    <USER_INFO MODE="write">
      <ADD_USER
        USER_NAME="Ops Automation"
        USER_LOGIN="opsauto"
        PASSWORD="{p2}">
        <ADMIN_PRIV value="Y"/>
        <REMOTE_CONS_PRIV value="Y"/>
        <RESET_SERVER_PRIV value="Y"/>
        <VIRTUAL_MEDIA_PRIV value="Y"/>
        <CONFIG_ILO_PRIV value="N"/>
      </ADD_USER>
      <MOD_USER USER_LOGIN="Administrator">
        <PASSWORD value="{p3}"/>
      </MOD_USER>
    </USER_INFO>
    <DIR_INFO MODE="write">
      <MOD_DIR_CONFIG>
        <DIR_AUTHENTICATION_ENABLED value="Yes"/>
        <DIR_SERVER_ADDRESS value="ldap.gridline.local"/>
        <DIR_OBJECT_DN value="CN=svc-ilo,OU=Service,DC=gridline,DC=local"/>
        <DIR_OBJECT_PASSWORD value="{d.pw(punct="!#%*-_.")}"/>
      </MOD_DIR_CONFIG>
    </DIR_INFO>
  </LOGIN>
</RIBCL>
<!-- the sample from the scripting guide uses PASSWORD="{d.X('password', 'documentation sample')}" -->
"""


# ------------------------------------------------------------------ OpenStack clouds.yaml
def openstack(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="words", punct="-.")
    acs = d.sec("b64url43")
    p3 = d.pw(punct="!#%*-_.")
    return f"""# ~/.config/openstack/clouds.yaml
clouds:
  citycloud-sto2:
    auth:
      auth_url: https://sto2.citycloud.com:5000/v3
      username: "gridline-ops"
      password: "{p1}"
      project_id: {hexs(r, 32)}
      project_name: "gridline-prod"
      user_domain_name: "CCP_Domain_{r.randint(10000, 99999)}"
    region_name: Sto2
    interface: public
    identity_api_version: 3
  ovh-gra:
    auth:
      auth_url: https://auth.cloud.ovh.net/v3
      username: user-{alnum(r, 12)}
      password: {p2}
      project_name: "{r.randint(10**15, 10**16 - 1)}"
      user_domain_name: Default
    region_name: GRA11
  lab:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.lab.gridline.internal:5000/v3
      application_credential_id: "{d.X(hexs(r, 32), 'application credential id')}"
      application_credential_secret: "{acs}"
    region_name: RegionOne
  backup-swift:
    auth:
      auth_url: https://swift.citycloud.com:5000/v3
      username: "gridline-backup"
      password: "{d.pw(punct="!#%*-_.")}"
      project_name: "gridline-backup"
      user_domain_name: "CCP_Domain_{r.randint(10000, 99999)}"
  devstack:
    auth:
      auth_url: http://10.0.0.5/identity
      username: admin
      password: {d.X('secret', 'devstack default')}
      project_name: admin
# openrc for the ops VM (source ./ops-openrc.sh)
#   export OS_USERNAME=svc-terraform
#   export OS_PASSWORD='{p3}'
"""


# ------------------------------------------------------------------ pppd chap-secrets
def chap(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    p3 = d.pw(punct="#%*-_.")
    p4 = d.pw(punct="!#%*-_.")
    return f"""# /etc/ppp/chap-secrets
# Secrets for authentication using CHAP
# client                server  secret                          IP addresses
"{d.L('email', 'gridline@fiber.bahnhof.se')}"  *  "{p1}"  *
l2tp-anna               l2tpd   "{p2}"                          10.99.0.11
l2tp-johan              l2tpd   "{p3}"                          10.99.0.12
l2tp-lager              l2tpd   "{d.pw(punct="#%*-_.")}"                          10.99.0.14
l2tp-guest              l2tpd   "{d.X('********', 'mask')}"                      10.99.0.13
# 4G backup modem (APN login)
"tele2"                 *       "{d.X('tele2', 'operator APN default')}"                         *
"m2m-gridline"          *       "{p4}"                          *
"""


# ------------------------------------------------------------------ smbclient commands
def smbclient(d):
    r = d.r
    p1 = d.pw(punct="!#*-_.")
    p2 = d.pw(punct="!#*-_.")
    p3 = d.pw(kind="human")
    p4 = d.pw(punct="!#*-_.")
    return f"""$ smbclient //fs02.gridline.local/finance -U 'GRIDLINE\\svc-fin%{p1}' -c 'ls "2026/Q1/*"'
  .                                   D        0  Mon Mar  2 08:14:11 2026
  ..                                  D        0  Fri Jan  9 10:02:55 2026
  budget-q1.xlsx                      A   482211  Tue Feb 24 16:40:02 2026

		104857599 blocks of size 1024. 33719102 blocks available
$ smbclient -L nas01.lan -U scanner%{p2}
	Sharename       Type      Comment
	---------       ----      -------
	scans           Disk
	media           Disk
	IPC$            IPC       IPC Service (Samba 4.19.5)
$ smbget -U 'backup%{p3}' -R smb://nas01.lan/media/photos/2025
$ rpcclient -U 'GRIDLINE\\helpdesk%{p4}' dc01.gridline.local -c 'queryuser jonas.berg'
$ mount -t cifs //fs02.gridline.local/hr /mnt/hr -o username=svc-hr,password='{d.pw(punct="!#*-_.")}',domain=GRIDLINE
$ smbclient //nas01.lan/scans -U 'scanner%{d.X('%PASSWORD%', 'batch variable')}'
"""


# ------------------------------------------------------------------ xfreerdp scripts
def xfreerdp(d):
    r = d.r
    p1 = d.pw(punct="!#*-_.")
    p2 = d.pw(punct="!#*-_.")
    p3 = d.pw(kind="human")
    return f"""#!/bin/sh
# ~/bin/rdp-jump  -- quick connects from the ops laptop
case "$1" in
  erp)  xfreerdp /v:ts-erp01.gridline.local /u:ops-anna /d:GRIDLINE /p:'{p1}' /dynamic-resolution /cert:ignore ;;
  sql)  xfreerdp /v:10.40.2.15 /u:Administrator /p:"{p2}" +clipboard /size:1920x1080 ;;
  kiosk) xfreerdp3 /v:kiosk-07.gridline.local /u:kiosk /p:{p3} /f ;;
  old)  rdesktop -u Administrator -p '{d.pw(punct="!#*-_.")}' -g 1600x900 10.40.1.9 ;;
  vault) xfreerdp /v:vault-ws.gridline.local /u:"$USER" /p:"$(pass show rdp/vault)" ;;
  *) echo "usage: rdp-jump erp|sql|kiosk|vault"; exit 1 ;;
esac
# Remmina stores the same entries encrypted: password={d.X(b64_bytes(r, 24), 'Remmina encrypted value')}
"""


# ------------------------------------------------------------------ Perforce P4CONFIG / tickets
def p4config(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    t = d.L("generic-secret", hexs(r, 32).upper())
    return f"""# .p4config (game/main workspace)
P4PORT=ssl:perforce.kestrel-media.net:1666
P4USER=build_farm
P4CLIENT=build_farm_main_ws
P4PASSWD={p1}
P4CHARSET=utf8
P4IGNORE=.p4ignore

# .p4config (art/ workspace, same machine)
# P4USER=art_sync
# P4PASSWD={p2}

# scripts/p4-trigger.env
P4TRIGGER_USER=swarm
P4TRIGGER_PASSWD={d.pw(punct="!#%*-_.")}

# ~/.p4tickets after `p4 login -a`
perforce.kestrel-media.net:1666=build_farm:{t}
"""


# ------------------------------------------------------------------ NUT upsd.users / upsmon.conf
def nut(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="human")
    return f"""# /etc/nut/upsd.users
[admin]
	password = {p1}
	actions = SET
	instcmds = ALL

[upsmon_primary]
	password = {p2}
	upsmon primary

[monuser]
	password = {p3}
	upsmon secondary

# /etc/nut/upsmon.conf (primary)
MONITOR serverroom@localhost 1 upsmon_primary {p2} primary
# /etc/nut/upsmon.conf on the backup server (secondary)
MONITOR {d.X('serverroom@10.0.0.5', 'NUT ups@host, not an address')} 1 monuser {p3} secondary
# /etc/nut/upssched.conf notify via the mail relay
# NOTIFYCMD "/usr/local/bin/ups-mail --smtp-pass {d.pw(punct="!#%*-_.")}"
# /etc/nut/upsmon.conf on the NAS (Synology expects these fixed values)
MONITOR {d.X('ups@10.0.0.4', 'NUT ups@host, not an address')} 1 monuser {d.X('secret', 'Synology fixed default')} secondary
SHUTDOWNCMD "/sbin/shutdown -h +0"
"""


# ------------------------------------------------------------------ phpMyAdmin config.inc.php
def phpmyadmin(d):
    r = d.r
    bf = d.sec("alnum32")
    p1 = d.pw(punct="!#%*-_.@")
    p2 = d.pw(punct="!#%*-_.")
    return f"""<?php
/**
 * phpMyAdmin configuration file (config.inc.php)
 */
$cfg['blowfish_secret'] = '{bf}'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'mysql-shop.mosaic-retail.internal';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/* storage for the configuration tables */
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '{p1}';
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';

$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = '127.0.0.1';
$cfg['Servers'][$i]['user'] = 'readonly';
$cfg['Servers'][$i]['password'] = '{p2}';
$cfg['Servers'][$i]['verbose'] = 'local (read only)';

$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'mysql-legacy.mosaic-retail.internal';
$cfg['Servers'][$i]['user'] = 'root';
$cfg['Servers'][$i]['password'] = '{d.pw(punct="!#%*-_.")}';

// sample values from config.sample.inc.php, left commented:
// $cfg['Servers'][$i]['controlpass'] = '{d.X('pmapass', 'sample value')}';
$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
"""


# ------------------------------------------------------------------ MediaWiki LocalSettings.php
def mediawiki(d):
    r = d.r
    dbp = d.pw(punct="!#%*-_.")
    sk = d.sec("hex64")
    uk = d.L("generic-secret", hexs(r, 16))
    smtp = d.pw(kind="human")
    adm_mail = d.email(domain="tietotalo.fi")
    return f"""<?php
# This file was automatically generated by the MediaWiki 1.41.1 installer.
if ( !defined( 'MEDIAWIKI' ) ) {{
	exit;
}}
$wgSitename = "Tietotalo Wiki";
$wgServer = "https://wiki.tietotalo.fi";
$wgEmergencyContact = "{adm_mail}";
$wgPasswordSender = "{adm_mail}";

## Database settings
$wgDBtype = "mysql";
$wgDBserver = "mariadb.tietotalo.internal";
$wgDBname = "wiki";
$wgDBuser = "wikiuser";
$wgDBpassword = "{dbp}";

$wgSMTP = [
	'host' => 'ssl://smtp.tietotalo.fi',
	'IDHost' => 'tietotalo.fi',
	'port' => 465,
	'auth' => true,
	'username' => 'wiki-mailer',
	'password' => '{smtp}'
];

$wgLDAPProxyAgentPassword = [ 'TIETOTALO' => '{d.pw(punct="!#%*-_.")}' ];

$wgSecretKey = "{sk}";
# Changing this will log out all existing sessions.
$wgAuthenticationTokenVersion = "1";
# Site upgrade key. Must be set to a string (default provided) to turn on the web installer
$wgUpgradeKey = "{uk}";
$wgRightsIcon = "$wgResourceBasePath/resources/assets/licenses/cc-by-sa.png";
"""


CARRIERS = [
    ("migration-tool-configs", "alembic.ini", alembic),
    ("migration-tool-configs", "sqitch.conf", sqitch),
    ("migration-tool-configs", ".env", prisma),
    ("migration-tool-configs", "ormconfig.json", typeorm),
    ("java-orm-pool-xml", "hibernate.cfg.xml", hibernate),
    ("java-orm-pool-xml", "c3p0-config.xml", c3p0),
    ("glassfish-asadmin", "provision-payara.sh", glassfish),
    ("websphere-wsadmin-jython", "create_datasources.py", websphere),
    ("enterprise-db-logins", "db2cli.ini", db2cli),
    ("enterprise-db-logins", "hana01-terminal.txt", hdbuserstore),
    ("enterprise-db-logins", "wallet-setup.txt", mkstore),
    ("enterprise-db-logins", "fb-migrate.sql", firebird),
    ("mongodb-compass-connections", "compass-connections.json", compass),
    ("xmpp-server-configs", "ejabberd.yml", ejabberd),
    ("xmpp-server-configs", "prosody.cfg.lua", prosody),
    ("coturn-turnserver-conf", "turnserver.conf", coturn),
    ("murmur-ini", "murmur.ini", murmur),
    ("desktop-mail-im-clients", "accounts.xml", pidgin),
    ("desktop-mail-im-clients", ".offlineimaprc", offlineimap),
    ("desktop-mail-im-clients", "neomuttrc", neomutt),
    ("davfs2-secrets", "secrets", davfs2),
    ("fstab-entries", "fstab", fstab),
    ("junos-load-set", "branch-template.set", junos),
    ("fortigate-cli-scripts", "branch-fw.conf", fortigate),
    ("ipmitool-racadm-scripts", "bmc-maintenance.sh", ipmitool),
    ("hp-ilo-ribcl-xml", "add_ops_user.xml", ilo),
    ("openstack-clouds-yaml", "clouds.yaml", openstack),
    ("pppd-chap-secrets", "chap-secrets", chap),
    ("smbclient-commands", "fileserver-session.txt", smbclient),
    ("xfreerdp-scripts", "rdp-jump", xfreerdp),
    ("p4config-files", "p4config-and-tickets.txt", p4config),
    ("nut-upsd-users", "upsd.users", nut),
    ("php-webapp-config-files", "phpmyadmin-config.inc.php", phpmyadmin),
    ("php-webapp-config-files", "LocalSettings.php", mediawiki),
]
