"""Passwords: connection strings of many drivers, command lines, SQL, network
devices, Wi-Fi, LDAP, SMTP, server products, provisioning files, config syntaxes,
logs and prose in many languages; with hashes, placeholders, masks and code that
only names a password beside them."""
import base64
import json

from gen_common import (carrier, jdump, jesc, xesc, pct, COMPANY_DOMAINS, TENANTS, HOSTS, DIG, LALNUM, HEX,
                        ALNUM, b64s)

SH_UNQ = "-_.+=@%^~,"
SH_SQ = "!#%*-_.+=?^~@$&()[]{}<>|;:,"
SQL = "!#%*-_.+=?^~@$&()[]{}<>|:,/"
YAML_Q = "!#%*-_.+=?^~@$&()[]<>|:,/"
INI = "!%*-_.+=?^~@$&()[]<>|:,/"
XMLS = "!#%*-_.+=?^~@$&<>()[]/"
URLS = "!#%*-_.+=?^~@$&:/,"

DBHOSTS = ["db01.prod.internal", "pg-main.nordhamn.lan", "sql-erp.kvarnbyn.local", "mysql-shop.internal",
           "ora-fin01.granitbank.lan", "10.20.4.15", "mongo-rs0.internal", "clickhouse.analytics.lan"]


def user(d):
    return d.pick(["app", "svc_orders", "etl_loader", "reporting", "shop_rw", "backup", "admin", "sa", "root",
                   "jenkins", "grafana", "keycloak", "odoo", "wiki", "nagios", "bi_reader"])


def bcrypt(d):
    return d.lk("$2b$12$" + d.s(53, ALNUM + "./"))


def sha512crypt(d):
    return d.lk("$6$" + d.s(16, ALNUM + "./") + "$" + d.s(86, ALNUM + "./"))


def md5crypt(d):
    return d.lk("$1$" + d.s(8, ALNUM + "./") + "$" + d.s(22, ALNUM + "./"))


def scram(d):
    return d.lk("SCRAM-SHA-256$4096:%s$%s:%s" % (d.b64(16), d.b64(32), d.b64(32)))


def mysql_native(d):
    return d.lk("*" + d.s(40, "0123456789ABCDEF"))


def placeholder(d):
    return d.lk(d.pick(["changeme", "********", "${DB_PASSWORD}", "<password>", "[REDACTED]", "%(db_password)s",
                        "{{ vault_db_password }}", "xxxxxx", "CHANGE_ME", "<redacted>", "REPLACE_WITH_PASSWORD"]))


def upw(d, syms=URLS, style=None):
    """A password inside a URL: percent-encoded as a client writes it."""
    raw = d.pw(cat="", syms=syms, style=style)
    enc = pct(raw, safe="!*-_.~")
    return d.lab("url-credentials|password", enc), raw


# ---------------------------------------------------------------- connection strings ---
@carrier("connstrings/appsettings.Production-{i}.json", 1)
def ado(d):
    p1, p2, p3 = d.pw(syms="!#%*-_.+=?^~@$&()"), d.pw(syms="!#%*-_.+=?^~@$&()"), d.pw(syms="!#%*-_.+=?^~@$&()")
    return jdump({"ConnectionStrings": {
        "Erp": "Server=tcp:%s,1433;Initial Catalog=Erp;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (d.pick(DBHOSTS), user(d), p1),
        "Reporting": "Host=%s;Port=5432;Database=reporting;Username=%s;Password=%s;SSL Mode=Require;Trust Server Certificate=true" % (d.pick(DBHOSTS), user(d), p2),
        "Cache": "redis-prod.internal:6380,password=%s,ssl=True,abortConnect=False" % p3,
        "Legacy": "Data Source=%s;Initial Catalog=Legacy;Integrated Security=SSPI;" % d.pick(DBHOSTS)},
        "Logging": {"LogLevel": {"Default": "Warning"}}})


@carrier("connstrings/Web-{i}.config", 1)
def webconfig(d):
    p1 = d.pw(syms=XMLS, cat="")
    p2 = d.pw(syms="!*-_.+=?^~@$%", cat="")
    return """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Billing" connectionString="Data Source={h1};Initial Catalog=Billing;User Id={u1};Password={x1};" providerName="System.Data.SqlClient" />
    <add name="Oracle" connectionString="Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={h2})(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=FINPDB)));User Id=FIN_APP;Password={x2};" providerName="Oracle.ManagedDataAccess.Client" />
    <add name="Access" connectionString="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\\\fs01\\finance\\ledger.accdb;Jet OLEDB:Database Password=;" />
  </connectionStrings>
  <system.web>
    <machineKey validationKey="{vk}" decryptionKey="{dk}" validation="HMACSHA256" decryption="AES" />
    <membership><providers><add name="Sql" minRequiredPasswordLength="12" passwordFormat="Hashed" /></providers></membership>
  </system.web>
</configuration>
""".format(h1=d.pick(DBHOSTS), u1=user(d), x1=d.lab("password", xesc(p1)), h2=d.pick(DBHOSTS), x2=d.lab("password", xesc(p2)),
           vk=d.secret("HEX64"), dk=d.secret("HEX48"))


@carrier("connstrings/odbc-{i}.ini", 1)
def odbc(d):
    p1 = d.pw(syms="!%*-_.+=?^~@$&()[]<>|:,/")
    raw = d.pw(syms="", cat="")
    p2 = raw[:5] + ";" + raw[5:]
    d.lab("password", p2)
    return """[ODBC Data Sources]
ERP = ODBC Driver 18 for SQL Server
WAREHOUSE = PostgreSQL Unicode

[ERP]
Driver = ODBC Driver 18 for SQL Server
Server = {h1}
Database = erp
UID = {u1}
PWD = {p1}
Encrypt = yes

[WAREHOUSE]
Driver = PostgreSQL Unicode
Servername = {h2}
Port = 5432
Database = dwh
Username = {u2}
Password = {ph}
; the nightly job uses a DSN-less string:
; Driver={{ODBC Driver 18 for SQL Server}};Server={h1};Database=erp;UID=etl_loader;PWD={{{p2}}};Encrypt=yes
""".format(h1=d.pick(DBHOSTS), u1=user(d), p1=p1, h2=d.pick(DBHOSTS), u2=user(d), ph=placeholder(d), p2=p2)


@carrier("connstrings/jdbc-{i}.properties", 2)
def jdbc(d):
    pg = d.pw(syms="!*-_.~")
    p_ms = d.pw(syms="!*-_.+=?^~@$")
    p_ora = d.pw(syms="_#$", style=d.pick(["human", "gen"]))
    p_db2 = d.pw(syms="-_.")
    return """# datasource definitions (DataGrip export, cleaned up by hand)
pg.url=jdbc:postgresql://{h1}:5432/orders?user={u1}&password={pg}&sslmode=require
mssql.url=jdbc:sqlserver://{h2}:1433;databaseName=Erp;user={u2};password={pms};encrypt=true;trustServerCertificate=true
oracle.url=jdbc:oracle:thin:FIN_APP/{pora}@//{h3}:1521/FINPDB
db2.url=jdbc:db2://{h4}:50000/SAMPLE:user=db2inst1;password={pdb2};
h2.url=jdbc:h2:mem:test;DB_CLOSE_DELAY=-1
h2.password=
pool.maximumPoolSize=20
""".format(h1=d.pick(DBHOSTS), u1=user(d), pg=pg, h2=d.pick(DBHOSTS), u2=user(d), pms=p_ms, h3=d.pick(DBHOSTS), pora=p_ora,
           h4=d.pick(DBHOSTS), pdb2=p_db2)


@carrier("connstrings/database-urls-{i}.env", 1)
def urls_env(d):
    out = ["# service URLs (staging)"]
    for scheme, port, path in [("postgresql", 5432, "/orders"), ("mysql", 3306, "/shop"), ("mongodb+srv", None, "/app?retryWrites=true&w=majority"),
                               ("amqps", 5671, "/%2F"), ("rediss", 6380, "/0")]:
        enc, _ = upw(d)
        u = user(d)
        hostpart = "cluster0.%s.mongodb.net" % d.s(5, LALNUM) if port is None else "%s:%d" % (d.pick(DBHOSTS), port)
        if scheme == "rediss":
            out.append("REDIS_URL=%s://:%s@%s%s" % (scheme, enc, hostpart, path))
        else:
            out.append("%s_URL=%s://%s:%s@%s%s" % (scheme.split("+")[0].upper().replace("POSTGRESQL", "DATABASE"), scheme, u, enc, hostpart, path))
    out.append("SHADOW_DATABASE_URL=postgresql://app:${SHADOW_PW}@localhost:5432/shadow")
    out.append("ELASTIC_URL=https://elastic:%s@es.internal:9200" % placeholder(d))
    return "\n".join(out)


@carrier("connstrings/go-dsn.go", 1)
def go_dsn(d):
    p1 = d.pw(syms="!#%*-_.+=?^~&", cat="url-credentials|password")
    p2 = d.pw(syms="!#%*-_.+=?^~&")
    return """package store

import (
	"database/sql"

	"github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
)

const legacyDSN = "shop_rw:{p1}@tcp({h1}:3306)/shop?parseTime=true"

func openPG() (*sql.DB, error) {{
	return sql.Open("postgres", "host={h2} port=5432 user=reporting password={p2} dbname=dwh sslmode=verify-full")
}}

func mysqlCfg() *mysql.Config {{
	c := mysql.NewConfig()
	c.User = "shop_rw"
	c.Passwd = {pe}
	return c
}}
""".format(p1=p1, h1=d.pick(DBHOSTS), h2=d.pick(DBHOSTS), p2=p2, pe='os.Getenv("MYSQL_PASSWORD")')


@carrier("connstrings/sqldeveloper-connections.json", 1)
def sqldev(d):
    return jdump({"connections": [
        {"name": "FIN prod", "type": "jdbc", "info": {"role": "", "SavePassword": "true", "OracleConnectionType": "BASIC",
                                                       "hostname": d.pick(DBHOSTS), "port": "1521", "serviceName": "FINPDB",
                                                       "user": "FIN_APP", "password": d.lk(d.b64(32))}},
        {"name": "HR test", "type": "jdbc", "info": {"SavePassword": "false", "hostname": d.pick(DBHOSTS), "port": "1521",
                                                      "serviceName": "HRTEST", "user": "HR"}}]})


@carrier("connstrings/tnsnames-and-notes.txt", 1)
def ora_notes(d):
    p = d.pw(syms="_#$")
    return """FINPDB =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = {h})(PORT = 1521))
    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = FINPDB))
  )

# batch login used by the month-end scripts:
#   sqlplus -s FIN_BATCH/{p}@FINPDB @close_period.sql
""".format(h=d.pick(DBHOSTS), p=p)


# ---------------------------------------------------------------- command lines ---
def cmd_lines(d):
    L = []
    P = lambda syms=SH_SQ, style=None: d.pw(syms=syms, style=style)
    L.append(lambda: "mysql -h %s -u root -p'%s' shop" % (d.pick(DBHOSTS), P()))
    L.append(lambda: "mysql -u%s -p%s -e 'show processlist'" % (user(d), P(SH_UNQ)))
    L.append(lambda: "mysqldump --single-transaction -u backup --password=%s shop | gzip > shop.sql.gz" % P(SH_UNQ))
    L.append(lambda: "PGPASSWORD='%s' psql -h %s -U %s -d orders -c 'select 1'" % (P(), d.pick(DBHOSTS), user(d)))
    L.append(lambda: 'psql "postgresql://%s:%s@%s:5432/orders?sslmode=require"' % (user(d), upw(d, syms="!*-_.~@#")[0], d.pick(DBHOSTS)))
    L.append(lambda: "sqlcmd -S %s -U sa -P '%s' -Q \"SELECT @@VERSION\"" % (d.pick(DBHOSTS), P()))
    L.append(lambda: "bcp Erp.dbo.Invoices out invoices.dat -S %s -U etl_loader -P %s -c" % (d.pick(DBHOSTS), P(SH_UNQ)))
    L.append(lambda: "sqlplus system/%s@//%s:1521/ORCLPDB1" % (P("_#$", "human"), d.pick(DBHOSTS)))
    L.append(lambda: "expdp FIN_APP/%s@FINPDB schemas=FIN directory=DP_DIR dumpfile=fin.dmp" % P("_#$", "gen"))
    L.append(lambda: "mongodump --uri 'mongodb://admin:%s@%s:27017/?authSource=admin' --out /backup" % (upw(d, syms="!*-_.~")[0], d.pick(DBHOSTS)))
    L.append(lambda: "mongosh --host %s -u admin -p '%s' --authenticationDatabase admin" % (d.pick(DBHOSTS), P()))
    L.append(lambda: "redis-cli -h redis-prod.internal -p 6380 --tls -a '%s' INFO keyspace" % P())
    L.append(lambda: "cqlsh %s -u cassandra -p '%s'" % (d.pick(DBHOSTS), P()))
    L.append(lambda: "clickhouse-client --host %s --user default --password '%s' --query 'SELECT 1'" % (d.pick(DBHOSTS), P()))
    L.append(lambda: "influx setup --username admin --password '%s' --org nordhamn --bucket metrics --force" % P())
    L.append(lambda: "sshpass -p '%s' ssh -o StrictHostKeyChecking=no admin@10.0.12.%d" % (P(), d.r.randint(2, 250)))
    L.append(lambda: "sshpass -p %s scp backup.tar.gz deploy@10.0.7.%d:/srv/backup/" % (P(SH_UNQ), d.r.randint(2, 250)))
    L.append(lambda: "smbclient //fs01/finance -U 'NORDHAMN\\%s%%%s' -c 'ls'" % (user(d), P("!#*-_.+=?^~@$&")))
    L.append(lambda: "mount -t cifs //fs01/scans /mnt/scans -o username=scanner,password=%s,vers=3.0" % P("-_.+=@%^~"))
    L.append(lambda: "net use Z: \\\\fs01\\projekt %s /user:NORDHAMN\\%s /persistent:no" % (P("-_.+=@!#"), user(d)))
    L.append(lambda: "curl -u ci-bot:%s https://nexus.internal/service/rest/v1/status" % P(SH_UNQ))
    L.append(lambda: "wget --user=release --password='%s' https://artifacts.internal/releases/app-5.4.0.tar.gz" % P())
    L.append(lambda: "lftp -u edi,%s sftp://edi.%s -e 'mirror --reverse out/ /inbox; bye'" % (P("-_.+=@^~"), d.pick(COMPANY_DOMAINS)))
    L.append(lambda: "RSYNC_PASSWORD='%s' rsync -av rsync://backup@nas01/share/ /srv/mirror/" % P())
    L.append(lambda: "ldapsearch -x -H ldaps://dc01.nordhamn.lan -D 'CN=svc-ldap,OU=Service,DC=nordhamn,DC=lan' -w '%s' -b 'DC=nordhamn,DC=lan' '(sAMAccountName=jdoe)'" % P())
    L.append(lambda: "vault login -method=userpass username=ops password='%s'" % P())
    L.append(lambda: "echo '%s:%s' | sudo chpasswd" % (d.pick(["deploy", "kiosk", "pi"]), P("!#%*-_.+=?^~@$&()[]")))
    L.append(lambda: "sudo useradd -m -p \"$(openssl passwd -6 '%s')\" kiosk" % P("!#%*-_.+=?^~@&"))
    L.append(lambda: "net user svc_scan %s /add /expires:never" % P("-_.+=@!#"))
    L.append(lambda: "rabbitmqctl add_user shop %s && rabbitmqctl set_permissions -p / shop '.*' '.*' '.*'" % P(SH_UNQ))
    L.append(lambda: "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 %s" % P(SH_UNQ))
    L.append(lambda: "mc admin user add s3local reporting %s" % P(SH_UNQ))
    L.append(lambda: "az vm create -g rg-test -n vm-build01 --image Ubuntu2204 --admin-username azureuser --admin-password '%s'" % P())
    L.append(lambda: "aws rds create-db-instance --db-instance-identifier shop-stage --engine postgres --master-username shop --master-user-password '%s' --db-instance-class db.t4g.small --allocated-storage 20" % P())
    L.append(lambda: "gcloud sql users set-password root --host=%% --instance=shop-sql --password='%s'" % P())
    L.append(lambda: "helm repo add internal https://charts.internal --username ci --password '%s'" % P())
    L.append(lambda: "docker login registry.internal -u ci -p '%s'" % P())
    L.append(lambda: "git clone https://jdoe:%s@git.%s/shop/backend.git" % (upw(d, syms="!*-_.~@#")[0], d.pick(COMPANY_DOMAINS)))
    L.append(lambda: "openssl pkcs12 -export -in cert.pem -inkey key.pem -out client.p12 -passout pass:%s" % P(SH_UNQ))
    L.append(lambda: "keytool -importkeystore -srckeystore client.p12 -srcstoretype PKCS12 -srcstorepass %s -destkeystore app.jks -deststorepass %s" % (P(SH_UNQ), P(SH_UNQ)))
    L.append(lambda: "gpg --batch --pinentry-mode loopback --passphrase '%s' -d backup.tar.gpg > backup.tar" % P())
    L.append(lambda: "unzip -P '%s' payroll_2025-02.zip" % P())
    L.append(lambda: "ansible-playbook site.yml -i inventory/win -e 'ansible_user=Administrator ansible_password=%s'" % P("!#%*-_.+=?^~@$&()"))
    L.append(lambda: "psexec \\\\ws-%03d -u NORDHAMN\\helpdesk -p %s cmd" % (d.r.randint(1, 300), P("-_.+=@!#")))
    L.append(lambda: "xfreerdp /v:10.0.30.%d /u:Administrator /p:'%s' /cert:ignore" % (d.r.randint(2, 250), P()))
    L.append(lambda: "racadm -r 10.0.99.%d -u root -p '%s' serveraction powercycle" % (d.r.randint(2, 250), P()))
    L.append(lambda: "snmpwalk -v3 -l authPriv -u monitor -a SHA -A '%s' -x AES -X '%s' 10.0.0.1 sysDescr" % (P(), P()))
    L.append(lambda: "wp user create editor2 %s --role=editor --user_pass='%s'" % (d.mail("editor2"), P()))
    L.append(lambda: "htpasswd -nbB admin '%s'" % P())
    L.append(lambda: "export PGPASSWORD=%s" % P(SH_UNQ))
    L.append(lambda: "export MYSQL_PWD='%s'" % P())
    return L


CLEAN_CMDS = ["ls -la", "cd /srv/app", "git pull --rebase", "docker ps", "sudo systemctl restart nginx", "history | grep psql",
              "mysql -u root -p shop", "psql -h db01.prod.internal -U app -W", "passwd", "vault kv get secret/db",
              "kubectl get pods -n shop", "tail -f /var/log/syslog", "ssh-keygen -t ed25519 -C deploy@ci",
              "sudo -i", "read -s DB_PASS && export DB_PASS", "htop", "df -h", "aws sts get-caller-identity"]


@carrier("shell/bash_history-{i}.txt", 5)
def bash_hist(d):
    L = cmd_lines(d)
    d.r.shuffle(L)
    chosen = L[:11]
    out = []
    for f in chosen:
        out.append(f())
        for _ in range(d.r.randint(0, 2)):
            out.append(d.pick(CLEAN_CMDS))
    return "\n".join(out)


@carrier("shell/zsh_history-{i}.txt", 1)
def zsh_hist(d):
    L = cmd_lines(d)
    d.r.shuffle(L)
    t = 1740000000 + d.r.randint(0, 5000000)
    out = []
    for f in L[:8]:
        t += d.r.randint(5, 4000)
        out.append(": %d:0;%s" % (t, f()))
        if d.r.random() < 0.5:
            t += 3
            out.append(": %d:0;%s" % (t, d.pick(CLEAN_CMDS)))
    return "\n".join(out)


@carrier("shell/ConsoleHost_history.txt", 1)
def ps_hist(d):
    p1, p2, p3 = d.pw(syms="!#%*-_.+=?^~@&()"), d.pw(syms="!#%*-_.+=?^~@&()"), d.pw(syms="!#%*-_.+=?^~@&()")
    return """Get-ADUser -Filter 'Name -like "*svc*"'
New-LocalUser -Name kiosk -Password (ConvertTo-SecureString '{p1}' -AsPlainText -Force) -PasswordNeverExpires
Set-ADAccountPassword -Identity jdoe -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "{p2}" -Force)
$cred = New-Object System.Management.Automation.PSCredential('NORDHAMN\\svc-backup', (ConvertTo-SecureString '{p3}' -AsPlainText -Force))
Invoke-Command -ComputerName fs01 -Credential $cred -ScriptBlock {{ Get-Volume }}
$pw = Read-Host -AsSecureString
Get-Credential
""".format(p1=p1, p2=p2, p3=p3)


@carrier("shell/provision-db.sh", 1)
def provision(d):
    return """#!/usr/bin/env bash
set -euo pipefail
DB_ADMIN_PASSWORD='{p1}'
APP_DB_PASSWORD="{p2}"
: "${{REPL_PASSWORD:?set REPL_PASSWORD}}"

psql -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE app LOGIN PASSWORD '$APP_DB_PASSWORD';
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '$REPL_PASSWORD';
SQL
mysql -uroot -p"$DB_ADMIN_PASSWORD" -e "CREATE USER 'shop'@'%' IDENTIFIED BY '{p3}';"
""".format(p1=d.pw(syms="!#%*-_.+=?^~@&()"), p2=d.pw(syms="!#%*-_.+=?^~@&()"), p3=d.pw(syms="!#%*-_.+=?^~@&()"))


# ---------------------------------------------------------------- SQL ---
@carrier("sql/users-and-roles-{i}.sql", 2)
def sql_users(d):
    P = lambda: d.pw(syms=SQL)
    stmts = [
        lambda: "CREATE USER 'report'@'10.%%' IDENTIFIED BY '%s';" % P(),
        lambda: "ALTER USER 'shop'@'%%' IDENTIFIED WITH caching_sha2_password BY '%s';" % P(),
        lambda: "SET PASSWORD FOR 'legacy'@'localhost' = '%s';" % P(),
        lambda: "CREATE USER 'old_app'@'%%' IDENTIFIED BY PASSWORD '%s';" % mysql_native(d),
        lambda: "CREATE ROLE analytics WITH LOGIN PASSWORD '%s' VALID UNTIL '2026-01-01';" % P(),
        lambda: "ALTER ROLE app WITH PASSWORD '%s';" % P(),
        lambda: "ALTER ROLE migrator PASSWORD '%s';" % scram(d),
        lambda: "CREATE LOGIN svc_reports WITH PASSWORD = '%s', CHECK_POLICY = ON;" % P(),
        lambda: "ALTER LOGIN sa WITH PASSWORD = '%s';" % P(),
        lambda: 'ALTER USER fin_app IDENTIFIED BY "%s" ACCOUNT UNLOCK;' % d.pw(syms="_#$"),
        lambda: "CREATE USER etl PASSWORD='%s' DEFAULT_ROLE=LOADER MUST_CHANGE_PASSWORD=FALSE;" % P(),
        lambda: "CREATE USER web IDENTIFIED WITH sha256_password BY '%s';" % P(),
        lambda: "CREATE ROLE reader WITH PASSWORD = '%s' AND LOGIN = true;" % P(),
        lambda: "CREATE USER neo_reader SET PASSWORD '%s' CHANGE NOT REQUIRED;" % P(),
        lambda: "-- minimum length enforced by validate_password.length = 14",
        lambda: "ALTER ROLE ci PASSWORD NULL;",
    ]
    d.r.shuffle(stmts)
    return "-- %s\n" % d.pick(["accounts for the new reporting stack", "grants after the migration", "ticket DBA-2231"]) + "\n".join(f() for f in stmts[:9]) + "\n"


@carrier("sql/mongo-redis-init-{i}.js", 1)
def mongo_init(d):
    return """// docker-entrypoint-initdb.d/01-users.js
db = db.getSiblingDB("shop");
db.createUser({{
  user: "shop_rw",
  pwd: "{p1}",
  roles: [{{ role: "readWrite", db: "shop" }}]
}});
db.createUser({{ user: "metrics", pwd: passwordPrompt(), roles: ["clusterMonitor"] }});

// redis (run via redis-cli):
//   ACL SETUSER worker on >{p2} ~jobs:* +@list +@connection
//   CONFIG SET requirepass "{p3}"
""".format(p1=d.pw(syms="!#%*-_.+=?^~@&()"), p2=d.pw(syms="!#%*-_.+=?^~@&()"), p3=d.pw(syms="!#%*-_.+=?^~@&()"))


@carrier("sql/pg-server.log", 1)
def pglog(d):
    return """2025-03-05 09:12:44.118 CET [41233] postgres@orders LOG:  statement: ALTER ROLE reporting PASSWORD '{p1}';
2025-03-05 09:12:44.120 CET [41233] postgres@orders LOG:  duration: 1.204 ms
2025-03-05 09:13:02.551 CET [41240] app@orders FATAL:  password authentication failed for user "app"
2025-03-05 09:13:02.551 CET [41240] app@orders DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 103: "host all all 10.0.0.0/8 scram-sha-256"
2025-03-05 09:14:10.004 CET [41301] postgres@postgres LOG:  statement: CREATE USER bi_reader WITH PASSWORD '{p2}';
""".format(p1=d.pw(syms=SQL), p2=d.pw(syms=SQL))


@carrier("sql/mysql-general.log", 1)
def mysqlgen(d):
    return """/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
2025-03-05T10:01:12.441203Z	   81 Connect	root@localhost on  using Socket
2025-03-05T10:01:12.441590Z	   81 Query	CREATE USER 'bi'@'10.%' IDENTIFIED BY <secret>
2025-03-05T10:01:30.002114Z	   82 Query	SET PASSWORD FOR 'legacy'@'%' = '{p1}'
2025-03-05T10:02:44.913377Z	   83 Query	select user, host, authentication_string from mysql.user
2025-03-05T10:02:44.913377Z	   83 Query	UPDATE mysql.user SET authentication_string = '{h}' WHERE user = 'old'
""".format(p1=d.pw(syms=SQL), h=mysql_native(d))


# ---------------------------------------------------------------- network devices ---
@carrier("network/cisco-ios-{i}.cfg", 1)
def cisco(d):
    pw1 = d.pw(syms="!#%*-_.+=@$&")
    comm = d.pw(style="gen", cat="password|generic-secret")
    return """!
version 17.9
hostname sw-core-0{i}
!
enable secret 9 {s9}
!
username admin privilege 15 password 0 {pw1}
username netops privilege 15 secret 5 {s5}
!
aaa new-model
tacacs server ISE
 address ipv4 10.0.1.{t}
 key 0 {tk}
!
snmp-server community {comm} RO SNMP-ACL
snmp-server user monitor MON v3 auth sha {a} priv aes 128 {p}
!
line con 0
 password 7 {t7}
 login
line vty 0 15
 transport input ssh
!
end
""".format(i=d.i, s9=d.lk("$9$" + d.s(14, ALNUM + "./") + "$" + d.s(43, ALNUM + "./")), pw1=pw1, s5=md5crypt(d), t=d.r.randint(2, 250),
           tk=d.pw(style="gen", cat="password|generic-secret"), comm=comm, a=d.pw(syms="-_.+=@"), p=d.pw(syms="-_.+=@"),
           t7=d.lk("%02d" % d.r.randint(0, 15) + d.s(18, "0123456789ABCDEF")))


@carrier("network/arista-eos.cfg", 1)
def arista(d):
    return """hostname leaf-03
username admin privilege 15 role network-admin secret sha512 {h}
username ztp privilege 15 secret 0 {p}
!
management api http-commands
   no shutdown
""".format(h=sha512crypt(d), p=d.pw(syms="-_.+=@!"))


@carrier("network/procurve-and-mikrotik.txt", 1)
def procurve(d):
    return """; HP 2930F running-config (excerpt)
password manager user-name "admin" plaintext "{p1}"
password operator user-name "ops" sha1 "{sh}"

# MikroTik RouterOS 7 export (excerpt)
/user add name=backup group=read password={p2} comment="nightly export"
/ip hotspot user add name=guest-lobby password={p3}
/interface wireless security-profiles set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key={p4}
""".format(p1=d.pw(syms="-_.+=@!"), sh=d.lk_sha1(), p2=d.pw(syms="-_.+=@"), p3=d.pw(style="short"), p4=d.pw(syms="-_.+=@"))


@carrier("network/edgeos-config.boot", 1)
def edgeos(d):
    return """system {{
    login {{
        user ubnt {{
            authentication {{
                encrypted-password {h}
                plaintext-password ""
            }}
            level admin
        }}
        user support {{
            authentication {{
                plaintext-password "{p}"
            }}
        }}
    }}
}}
vpn {{
    ipsec {{
        site-to-site {{
            peer 198.51.100.77 {{
                authentication {{
                    mode pre-shared-secret
                    pre-shared-secret {psk}
                }}
            }}
        }}
    }}
}}
""".format(h=sha512crypt(d), p=d.pw(syms="-_.+=@!#"), psk=d.pw(style="gen", cat="password|generic-secret"))


@carrier("network/juniper-and-fortigate.txt", 1)
def junos(d):
    return """## JunOS (display set)
set system root-authentication encrypted-password "{h}"
set system login user noc class super-user authentication encrypted-password "{h2}"
set snmp community {c} authorization read-only

## FortiGate
config system admin
    edit "admin"
        set password ENC {enc}
    next
end
config vpn ipsec phase1-interface
    edit "to-branch"
        set psksecret {psk}
    next
end
""".format(h=sha512crypt(d), h2=d.lk("$9$" + d.s(30, ALNUM + "./")), c=d.pw(style="gen", cat="password|generic-secret"),
           enc=d.lk("SH2" + d.b64(45)), psk=d.pw(style="gen", cat="password|generic-secret"))


@carrier("network/pfsense-config.xml", 1)
def pfsense(d):
    return """<?xml version="1.0"?>
<pfsense>
  <system>
    <user>
      <name>admin</name>
      <bcrypt-hash>{b}</bcrypt-hash>
    </user>
  </system>
  <authserver>
    <name>AD</name>
    <type>ldap</type>
    <host>dc01.nordhamn.lan</host>
    <ldap_binddn>CN=svc-pfsense,OU=Service,DC=nordhamn,DC=lan</ldap_binddn>
    <ldap_bindpw>{p}</ldap_bindpw>
  </authserver>
</pfsense>
""".format(b=bcrypt(d), p=d.lab("password", xesc(d.pw(syms=XMLS, cat=""))))


# ---------------------------------------------------------------- Wi-Fi ---
@carrier("wifi/{i}-office.nmconnection", 1)
def nm(d):
    return """[connection]
id={ssid}
uuid={u}
type=wifi
interface-name=wlp2s0

[wifi]
mode=infrastructure
ssid={ssid}

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk={p}

[ipv4]
method=auto
""".format(ssid=d.pick(["Nordhamn-Office", "KVARNBYN-GUEST", "Lab-5G", "Lager2"]), u=d.lk_uuid(), p=d.pw(syms="!#%*-_.+=?^~@$&"))


@carrier("wifi/netsh-wlan-profile.txt", 1)
def netsh(d):
    return """C:\\Users\\jdoe> netsh wlan show profile name="Nordhamn-Office" key=clear

Profile Nordhamn-Office on interface Wi-Fi:
=======================================================================

Applied: All User Profile

Profile information
-------------------
    Version                : 1
    Type                   : Wireless LAN
    Name                   : Nordhamn-Office

Security settings
-----------------
    Authentication         : WPA2-Personal
    Cipher                 : CCMP
    Security key           : Present
    Key Content            : {p}

Cost settings
-------------
    Cost                   : Unrestricted
""".format(p=d.pw(syms="!#%*-_.+=?^~@$&"))


@carrier("wifi/WifiConfigStore.xml", 1)
def android_wifi(d):
    p = d.pw(syms="!#%*-_.+=?^~@$", cat="")
    return """<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<WifiConfigStoreData>
<int name="Version" value="3" />
<NetworkList>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;Hemma-2G&quot;WPA_PSK</string>
<string name="SSID">&quot;Hemma-2G&quot;</string>
<string name="PreSharedKey">&quot;{p}&quot;</string>
<boolean name="HiddenSSID" value="false" />
</WifiConfiguration>
</Network>
</NetworkList>
</WifiConfigStoreData>
""".format(p=d.lab("password", xesc(p)))


@carrier("wifi/hostapd-and-openwrt.conf", 1)
def hostapd(d):
    return """# /etc/hostapd/hostapd.conf
interface=wlan0
ssid=Lager2
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase={p1}
rsn_pairwise=CCMP

# /etc/config/wireless (OpenWrt)
config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'Butik-Kassa'
	option encryption 'psk2'
	option key '{p2}'
""".format(p1=d.pw(syms="!#%*-_.+=?^~@$&"), p2=d.pw(syms="!#%*-_.+=?^~@$&"))


@carrier("wifi/macos-keychain.txt", 1)
def macos(d):
    return """$ security find-generic-password -ga "Nordhamn-Office" | grep password
password: "{p}"
$ security find-generic-password -wa "Lab-5G"
{p2}
""".format(p=d.pw(syms="!#%*-_.+=?^~@$&"), p2=d.pw(syms="!#%*-_.+=?^~@$&"))


@carrier("wifi/netplan-and-cloudinit.yaml", 1)
def netplan(d):
    return """# /etc/netplan/50-wifi.yaml
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "Lager2":
          password: "{p1}"
---
# cloud-init user-data for the kiosk
#cloud-config
chpasswd:
  expire: false
  users:
    - name: kiosk
      password: {p2}
      type: text
    - name: admin
      password: {h}
""".format(p1=d.pw(syms="!#%*-_.+=?^~@$&"), p2=d.pw(syms="-_.+=^~"), h=sha512crypt(d))


@carrier("wifi/esphome-sensor.yaml", 1)
def esphome(d):
    return """esphome:
  name: lager-temp-02
wifi:
  ssid: "Lager2"
  password: "{p1}"
  ap:
    ssid: "Lager-Temp-Fallback"
    password: "{p2}"
api:
  encryption:
    key: "{k}"
ota:
  - platform: esphome
    password: "{p3}"
""".format(p1=d.pw(syms="!#%*-_.+=?^~@$&"), p2=d.pw(style="gen"), k=d.secret("b64-32"), p3=d.pw(style="gen"))


@carrier("wifi/arduino_sketch.ino", 1)
def arduino(d):
    return """#include <WiFi.h>

const char* ssid = "Verkstad";
const char* password = "{p}";
const char* mqtt_user = "sensor07";
const char* mqtt_pass = "{p2}";

void setup() {{
  Serial.begin(115200);
  WiFi.begin(ssid, password);
}}
""".format(p=d.pw(syms="!#%*-_.+=?^~@$&"), p2=d.pw(syms="!#%*-_.+=?^~@$&"))


@carrier("wifi/guest-wifi-qr.txt", 1)
def wifiqr(d):
    return """Gäst-wifi (skrivs ut på receptionens skylt, QR-innehåll):
WIFI:T:WPA;S:Nordhamn-Guest;P:{p};;
Byts varje månad. Förra månadens: se IT-wikin (inte här).
""".format(p=d.pw(syms="!#%*-_.+=?^~@$&"))


# ---------------------------------------------------------------- LDAP ---
@carrier("ldap/nslcd-sssd-{i}.conf", 1)
def nslcd(d):
    return """# /etc/nslcd.conf
uri ldaps://dc01.nordhamn.lan
base dc=nordhamn,dc=lan
binddn cn=svc-nslcd,ou=service,dc=nordhamn,dc=lan
bindpw {p1}

# /etc/sssd/sssd.conf
[domain/nordhamn.lan]
id_provider = ldap
ldap_uri = ldaps://dc01.nordhamn.lan
ldap_default_bind_dn = cn=svc-sssd,ou=service,dc=nordhamn,dc=lan
ldap_default_authtok_type = password
ldap_default_authtok = {p2}
""".format(p1=d.pw(syms="!%*-_.+=?^~@$&"), p2=d.pw(syms="!%*-_.+=?^~@$&"))


@carrier("ldap/slapd.conf", 1)
def slapd(d):
    return """database  mdb
suffix    "dc=kvarnbyn,dc=se"
rootdn    "cn=admin,dc=kvarnbyn,dc=se"
rootpw    {ssha}
# old test instance on port 1389 (still running!):
# rootpw  {p}
""".format(ssha=d.lk("{SSHA}" + d.b64(24)), p=d.pw(syms="!%*-_.+=?^~@$&"))



@carrier("ldap/keycloak-ldap-provider.json", 1)
def kc_ldap(d):
    return jdump({"name": "ad", "providerId": "ldap", "providerType": "org.keycloak.storage.UserStorageProvider",
                  "config": {"vendor": ["ad"], "connectionUrl": ["ldaps://dc01.nordhamn.lan"], "bindDn": ["CN=svc-keycloak,OU=Service,DC=nordhamn,DC=lan"],
                             "bindCredential": [d.pw(syms="!%*-_.+=?^~@&")], "usersDn": ["OU=Staff,DC=nordhamn,DC=lan"],
                             "editMode": ["READ_ONLY"], "pagination": ["true"]}})


@carrier("ldap/grafana-ldap.toml", 1)
def grafana_ldap(d):
    return """[[servers]]
host = "dc01.nordhamn.lan"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Service,DC=nordhamn,DC=lan"
bind_password = '{p}'
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Staff,DC=nordhamn,DC=lan"]
""".format(p=d.pw(syms="!%*-_.+=?^~@$&"))



@carrier("ldap/ldap_bind_examples.txt", 1)
def ldap_code(d):
    return """# python-ldap
conn = ldap.initialize("ldaps://dc01.nordhamn.lan")
conn.simple_bind_s("CN=svc-sync,OU=Service,DC=nordhamn,DC=lan", "{p1}")

// Java JNDI
env.put(Context.SECURITY_PRINCIPAL, "CN=svc-portal,OU=Service,DC=nordhamn,DC=lan");
env.put(Context.SECURITY_CREDENTIALS, "{p2}");

<?php // PHP
$ok = ldap_bind($ds, "CN=svc-intranet,OU=Service,DC=nordhamn,DC=lan", '{p3}');

# PowerShell ADSI
$de = New-Object DirectoryServices.DirectoryEntry("LDAP://dc01.nordhamn.lan", "NORDHAMN\\svc-report", "{p4}")

# but this one reads it from the environment:
conn.simple_bind_s(BIND_DN, os.environ["LDAP_BIND_PASSWORD"])
""".format(p1=d.pw(syms="!%*-_.+=?^~@&"), p2=d.pw(syms="!%*-_.+=?^~@&"), p3=d.pw(syms="!%*-_.+=?^~@&"), p4=d.pw(syms="!%*-_.+=?^~@&"))


# ---------------------------------------------------------------- SMTP ---
@carrier("smtp/mail-settings-{i}.txt", 2)
def smtp(d):
    D = lambda: d.pick(COMPANY_DOMAINS)
    M = d.mail
    P = lambda syms="!#%*-_.+=?^~@&": d.pw(syms=syms)
    variants = [
        lambda: "# Django settings\nEMAIL_HOST = \"smtp.office365.com\"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = \"%s\"\nEMAIL_HOST_PASSWORD = \"%s\"\nEMAIL_USE_TLS = True\n" % (M("noreply"), P()),
        lambda: "<?php // PHPMailer\n$mail->isSMTP();\n$mail->Host = 'smtp.%s';\n$mail->SMTPAuth = true;\n$mail->Username = '%s';\n$mail->Password = '%s';\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\n" % (D(), M("web"), P()),
        lambda: "// nodemailer\nconst transporter = nodemailer.createTransport({\n  host: \"smtp.%s\",\n  port: 465,\n  secure: true,\n  auth: { user: \"%s\", pass: \"%s\" },\n});\n" % (D(), M("alerts"), P()),
        lambda: "# /etc/ssmtp/ssmtp.conf\nroot=postmaster\nmailhub=smtp.%s:587\nAuthUser=%s\nAuthPass=%s\nUseSTARTTLS=YES\n" % (D(), M("cron"), P("!%*-_.+=?^~@&")),
        lambda: "# /etc/exim4/passwd.client\n*.%s:%s:%s\n" % (D(), M("relay"), P("!%*-_.+=?^~@&")),
        lambda: "spring.mail.host=smtp.%s\nspring.mail.port=587\nspring.mail.username=%s\nspring.mail.password=%s\nspring.mail.properties.mail.smtp.starttls.enable=true\n" % (D(), M("billing"), P("!%*-_.+=?^~@&")),
        lambda: "# config/environments/production.rb\nconfig.action_mailer.smtp_settings = {\n  address: 'smtp.%s',\n  port: 587,\n  user_name: '%s',\n  password: '%s',\n  authentication: :login\n}\n" % (D(), M("app"), P()),
        lambda: "// wp-config.php (WP Mail SMTP)\ndefine( 'WPMS_ON', true );\ndefine( 'WPMS_SMTP_USER', '%s' );\ndefine( 'WPMS_SMTP_PASS', '%s' );\n" % (M("shop"), P()),
        lambda: "# gitlab.rb\ngitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_user_name'] = \"%s\"\ngitlab_rails['smtp_password'] = \"%s\"\n" % (M("gitlab"), P()),
        lambda: "$ swaks --to %s --server smtp.%s:587 --tls --auth LOGIN --auth-user %s --auth-password '%s'\n" % (d.email(), D(), M("noreply"), P()),
        lambda: "# python\nwith smtplib.SMTP_SSL(\"smtp.%s\", 465) as s:\n    s.login(\"%s\", \"%s\")\n    s.send_message(msg)\n" % (D(), M("reports"), P()),
        lambda: "// C#\nvar client = new SmtpClient(\"smtp.%s\", 587)\n{\n    Credentials = new NetworkCredential(\"%s\", \"%s\"),\n    EnableSsl = true\n};\n" % (D(), M("invoices"), P()),
        lambda: "[smtp]\nenabled = true\nhost = smtp.%s:587\nuser = %s\npassword = \"\"\"%s\"\"\"\nfrom_address = grafana-alerts@example.com\n" % (D(), M("grafana"), P("!%*-_.+=?^~@&")),
    ]
    d.r.shuffle(variants)
    return "\n".join(f() for f in variants[:5]) + "\n# SMTP_PASSWORD is injected by the platform; see also password_min_length in the policy\n"


# ---------------------------------------------------------------- server products ---
@carrier("servers/wildfly-standalone.xml", 1)
def wildfly(d):
    p = d.pw(syms=XMLS, cat="")
    return """<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:jboss/datasources/ErpDS" pool-name="ErpDS">
            <connection-url>jdbc:postgresql://{h}:5432/erp</connection-url>
            <driver>postgresql</driver>
            <security>
                <user-name>erp_app</user-name>
                <password>{x}</password>
            </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
            <connection-url>jdbc:postgresql://{h}:5432/audit</connection-url>
            <security>
                <credential-reference store="credstore" alias="audit-db"/>
            </security>
        </datasource>
    </datasources>
</subsystem>
""".format(h=d.pick(DBHOSTS), x=d.lab("password", xesc(p)))


@carrier("servers/weblogic-boot-and-glassfish.txt", 1)
def weblogic(d):
    return """# servers/AdminServer/security/boot.properties (before first start)
username=weblogic
password={p1}

# glassfish passwordfile used by asadmin --passwordfile
AS_ADMIN_PASSWORD={p2}
AS_ADMIN_MASTERPASSWORD={p3}

# websphere soap.client.props (encoded, not clear text)
com.ibm.SOAP.loginPassword={xor}
""".format(p1=d.pw(syms="!%*-_.+=?^~@&"), p2=d.pw(syms="!%*-_.+=?^~@&"), p3=d.pw(syms="!%*-_.+=?^~@&"),
           xor=d.lk("{xor}" + d.b64(12)))


@carrier("servers/atlassian-{i}.xml", 2)
def atlassian(d):
    p = d.pw(syms=XMLS, cat="")
    if d.i == 1:
        return """<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <jdbc-datasource>
    <url>jdbc:postgresql://{h}:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jira</username>
    <password>{x}</password>
    <pool-max-size>40</pool-max-size>
  </jdbc-datasource>
</jira-database-config>
""".format(h=d.pick(DBHOSTS), x=d.lab("password", xesc(p)))
    return """<confluence-configuration>
  <properties>
    <property name="hibernate.connection.url">jdbc:postgresql://{h}:5432/confluence</property>
    <property name="hibernate.connection.username">confluence</property>
    <property name="hibernate.connection.password">{x}</property>
    <property name="confluence.setup.server.id">{sid}</property>
  </properties>
</confluence-configuration>
""".format(h=d.pick(DBHOSTS), x=d.lab("password", xesc(p)), sid=d.lk("B%s-%s-%s-%s" % (d.s(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), d.s(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), d.s(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), d.s(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))))


@carrier("servers/php-apps-{i}.php", 2)
def php_apps(d):
    v = [
        lambda: "<?php  // Moodle config.php\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->dbtype    = 'pgsql';\n$CFG->dbhost    = '%s';\n$CFG->dbname    = 'moodle';\n$CFG->dbuser    = 'moodle';\n$CFG->dbpass    = '%s';\n$CFG->passwordsaltmain = '%s';\n" % (d.pick(DBHOSTS), d.pw(syms="!#%*-_.+=?^~@&"), d.secret("alnum32")),
        lambda: "<?php // Drupal settings.php\n$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n  'password' => '%s',\n  'host' => '%s',\n  'driver' => 'mysql',\n];\n$settings['hash_salt'] = '%s';\n" % (d.pw(syms="!#%*-_.+=?^~@&"), d.pick(DBHOSTS), d.secret("b64u43")),
        lambda: "<?php // Joomla configuration.php\nclass JConfig {\n\tpublic $dbtype = 'mysqli';\n\tpublic $host = '%s';\n\tpublic $user = 'joomla';\n\tpublic $password = '%s';\n\tpublic $db = 'joomla';\n\tpublic $secret = '%s';\n}\n" % (d.pick(DBHOSTS), d.pw(syms="!#%*-_.+=?^~@&"), d.secret("alnum16")),
        lambda: "<?php // MediaWiki LocalSettings.php\n$wgDBtype = \"mysql\";\n$wgDBserver = \"%s\";\n$wgDBuser = \"wiki\";\n$wgDBpassword = \"%s\";\n$wgSecretKey = \"%s\";\n$wgMinimalPasswordLength = 10;\n" % (d.pick(DBHOSTS), d.pw(syms="!#%*-_.+=?^~@&"), d.secret("hex64")),
        lambda: "<?php // phpMyAdmin config.inc.php\n$cfg['blowfish_secret'] = '%s';\n$i = 0;\n$i++;\n$cfg['Servers'][$i]['auth_type'] = 'config';\n$cfg['Servers'][$i]['user'] = 'pma';\n$cfg['Servers'][$i]['password'] = '%s';\n" % (d.secret("alnum32"), d.pw(syms="!#%*-_.+=?^~@&")),
        lambda: "<?php // Roundcube config.inc.php\n$config['db_dsnw'] = 'mysql://roundcube:%s@localhost/roundcube';\n$config['des_key'] = '%s';\n" % (upw(d)[0], d.secret("alnum24")),
        lambda: "<?php // PrestaShop app/config/parameters.php\nreturn array('parameters' => array(\n  'database_host' => '%s',\n  'database_user' => 'presta',\n  'database_password' => '%s',\n  'cookie_key' => '%s',\n));\n" % (d.pick(DBHOSTS), d.pw(syms="!#%*-_.+=?^~@&"), d.secret("alnum56")),
    ]
    d.r.shuffle(v)
    return "\n".join(f() for f in v[:3])


@carrier("servers/odoo.conf", 1)
def odoo(d):
    return """[options]
admin_passwd = {p1}
db_host = {h}
db_port = 5432
db_user = odoo
db_password = {p2}
list_db = False
""".format(p1=d.pw(syms="!%*-_.+=?^~@&"), h=d.pick(DBHOSTS), p2=d.pw(syms="!%*-_.+=?^~@&"))


@carrier("servers/monitoring-{i}.cfg", 1)
def monitoring(d):
    return """# nagios resource.cfg
$USER1$=/usr/lib/nagios/plugins
$USER3$={p1}
$USER4$=svc-nagios

# icinga2 api-users.conf
object ApiUser "dashboard" {{
  password = "{p2}"
  permissions = [ "status/query", "objects/query/*" ]
}}

# zabbix_agent2.conf (PSK, not a password)
TLSPSKIdentity=web-0{i}
TLSPSKFile=/etc/zabbix/web.psk
""".format(p1=d.pw(syms="!%*-_.+=?^~@&"), p2=d.pw(syms="!%*-_.+=?^~@&"), i=d.i)


# ---------------------------------------------------------------- provisioning ---
@carrier("provisioning/kickstart-{i}.cfg", 1)
def kickstart(d):
    return """lang sv_SE.UTF-8
keyboard --vckeymap=se --xlayouts='se'
timezone Europe/Stockholm --utc
rootpw --iscrypted {h}
user --name=ansible --groups=wheel --password={p} --plaintext
network --bootproto=dhcp --hostname=app0{i}.nordhamn.lan
%packages
@^minimal-environment
%end
""".format(h=sha512crypt(d), p=d.pw(syms="-_.+=^~@"), i=d.i)


@carrier("provisioning/preseed.cfg", 1)
def preseed(d):
    return """d-i passwd/root-login boolean false
d-i passwd/user-fullname string Deploy User
d-i passwd/username string deploy
d-i passwd/user-password password {p}
d-i passwd/user-password-again password {p}
d-i passwd/user-password-crypted password {h}
""".format(p=d.pw(syms="-_.+=^~@!"), h=md5crypt(d))


@carrier("provisioning/autounattend.xml", 1)
def unattend(d):
    p1 = d.pw(syms=XMLS, cat="")
    p2 = d.pw(syms=XMLS, cat="")
    return """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>{x1}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>{x2}</Value>
              <PlainText>true</PlainText>
            </Password>
            <Name>support</Name>
            <Group>Administrators</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Enabled>false</Enabled>
        <Username>support</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
""".format(x1=d.lab("password", xesc(p1)), x2=d.lab("password", xesc(p2)))



@carrier("provisioning/main.bicep", 1)
def bicep(d):
    return """param location string = resourceGroup().location
@secure()
param adminPassword string = '{p}'
param sqlAdminLogin string = 'sqladmin'

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {{
  name: 'sql-shop-prod'
  location: location
  properties: {{
    administratorLogin: sqlAdminLogin
    administratorLoginPassword: adminPassword
  }}
}}
""".format(p=d.pw(syms="!#%*-_.+=?^~@&"))


@carrier("provisioning/azuredeploy.parameters.json", 1)
def arm(d):
    return jdump({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0",
                  "parameters": {"adminUsername": {"value": "azureadmin"}, "adminPassword": {"value": d.pw(syms="!#%*-_.+=?^~@&")},
                                 "vmSize": {"value": "Standard_B2s"},
                                 "sqlPassword": {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv-shop" % d.lk_uuid()}, "secretName": "sqlPassword"}}}})


@carrier("provisioning/ansible-group-vars-{i}.yml", 1)
def ansible(d):
    return """---
ansible_user: deploy
ansible_become_password: "{p1}"
postgresql_users:
  - name: app
    password: "{p2}"
  - name: readonly
    password: "{{{{ vault_readonly_password }}}}"
mysql_root_password: {p3}
grafana_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  {v1}
  {v2}
""".format(p1=d.pw(syms=YAML_Q.replace('"', "")), p2=d.pw(syms=YAML_Q.replace('"', "")), p3=d.pw(syms="-_.+=^~"),
           v1=d.lk(d.hx(64)), v2=d.lk(d.hx(64)))


@carrier("provisioning/Dockerfile.legacy", 1)
def dockerfile_pw(d):
    return """FROM ubuntu:22.04
RUN apt-get update && apt-get install -y openssh-server sudo
RUN useradd -m -s /bin/bash support && echo 'support:{p}' | chpasswd
ENV ADMIN_PASSWORD={p2}
ARG NPM_TOKEN
EXPOSE 22
""".format(p=d.pw(syms="!#%*-_.+=?^~@&()"), p2=d.pw(syms="-_.+=^~@"))


# ---------------------------------------------------------------- app config packs ---
SVC = [("postgres", "POSTGRES_PASSWORD"), ("mysql_root", "MYSQL_ROOT_PASSWORD"), ("rabbitmq", "RABBITMQ_DEFAULT_PASS"),
       ("minio", "MINIO_ROOT_PASSWORD"), ("grafana_admin", "GF_SECURITY_ADMIN_PASSWORD"), ("keycloak_admin", "KEYCLOAK_ADMIN_PASSWORD"),
       ("pgadmin", "PGADMIN_DEFAULT_PASSWORD"), ("elastic", "ELASTIC_PASSWORD"), ("redis", "REDIS_PASSWORD"),
       ("couchdb", "COUCHDB_PASSWORD"), ("mongo_root", "MONGO_INITDB_ROOT_PASSWORD"), ("neo4j", "NEO4J_AUTH")]


@carrier("compose/docker-compose-{i}.yml", 3)
def compose(d):
    svcs = list(SVC)
    d.r.shuffle(svcs)
    out = ["services:"]
    for name, var in svcs[:4]:
        p = d.pw(syms="-_.+=^~@!", cat="")
        val = "neo4j/" + p if var == "NEO4J_AUTH" else p
        d.lab("password", p)
        style = d.r.random()
        out.append("  %s:\n    image: %s\n    environment:" % (name.split("_")[0], name.split("_")[0] + ":latest"))
        if style < 0.5:
            out.append("      %s: %s" % (var, val if d.r.random() < 0.5 else '"%s"' % val))
        else:
            out.append("      - %s=%s" % (var, val))
    out.append("  app:\n    image: ghcr.io/nordhamn/app:5.4.0\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:?}\n      PASSWORD_MIN_LENGTH: \"12\"\n      SESSION_COOKIE_SECURE: \"true\"")
    return "\n".join(out)


KEYFORMS = [
    ("yaml", lambda k, v: "%s: %s" % (k, v)), ("yamlq", lambda k, v: '%s: "%s"' % (k, v)),
    ("toml", lambda k, v: '%s = "%s"' % (k, v)), ("ini", lambda k, v: "%s = %s" % (k, v)),
    ("props", lambda k, v: "%s=%s" % (k, v)), ("json", lambda k, v: '"%s": "%s"' % (k, v)),
    ("php", lambda k, v: "'%s' => '%s'," % (k, v)), ("ruby", lambda k, v: ":%s => '%s'," % (k, v)),
    ("go", lambda k, v: '%s: "%s",' % (k[0].upper() + k[1:], v)), ("perl", lambda k, v: "%s => '%s'," % (k, v)),
    ("py", lambda k, v: "%s = '%s'" % (k, v)), ("walrus", lambda k, v: '%s := "%s"' % (k, v)),
    ("xmlattr", lambda k, v: '<setting name="%s" value="%s" />' % (k, v)), ("kotlin", lambda k, v: 'val %s = "%s"' % (k, v)),
]
PWKEYS = ["password", "db_password", "dbPassword", "db_pass", "passwd", "pwd", "pass", "admin_password", "smtp_password",
          "redis_password", "rabbitmq_password", "keystore_password", "truststore_password", "ldap_bind_password",
          "master_password", "root_password", "ftp_password", "sftp_password", "proxy_password", "api_password",
          "svc_account_password", "cluster_password", "replication_password", "vnc_password"]
NOTPW = [("password_min_length", "12"), ("password_max_age_days", "90"), ("password_reset_url", "https://id.{dom}/reset"),
         ("password_policy", "strong"), ("password_hash_algorithm", "argon2id"), ("password_file", "/run/secrets/db_password"),
         ("passwordless_login", "true"), ("password_expiry_warning", "14")]


EXT = {"yaml": "yaml", "yamlq": "yml", "toml": "toml", "ini": "ini", "props": "properties", "json": "json", "php": "php",
       "ruby": "rb", "go": "go", "perl": "pl", "py": "py", "walrus": "go", "xmlattr": "xml", "kotlin": "kt"}


def make_pw_pack(form, fn):
    def build(d):
        syms = {"yaml": "-_.+=^~", "xmlattr": "!%*-_.+=?^~@$", "json": "!#%*-_.+=?^~@$&()", "ini": "!%*-_.+=?^~@$&"}.get(form, "!#%*-_.+=?^~@$&()")
        keys = list(PWKEYS)
        d.r.shuffle(keys)
        notpw = list(NOTPW)
        d.r.shuffle(notpw)
        lines = ["# %s" % d.pick(["deploy settings", "service accounts", "legacy config", "integration settings"])]
        if form in ("json", "php", "ruby", "perl", "go", "walrus", "kotlin", "xmlattr"):
            lines = ["// " + lines[0][2:]]
        for k in keys[:d.r.randint(4, 6)]:
            x = d.r.random()
            if x < 0.15:
                v = placeholder(d)
            elif x < 0.25:
                v = bcrypt(d)
            else:
                v = d.pw(syms=syms)
            lines.append(fn(k, v))
            if d.r.random() < 0.6 and notpw:
                nk, nv = notpw.pop()
                lines.append(fn(nk, nv.format(dom=d.pick(COMPANY_DOMAINS))))
        lines.append(fn("user", user(d)))
        lines.append(fn("host", d.pick(DBHOSTS)))
        if form == "json":
            return "{\n  " + ",\n  ".join(lines[1:]) + "\n}"
        return "\n".join(lines)
    return build


for _form, _fn in KEYFORMS:
    if _form in ("walrus", "perl", "kotlin", "yamlq", "ruby"):
        continue
    carrier("appconfig/settings-%s.%s" % (_form, EXT[_form]), 1)(make_pw_pack(_form, _fn))


@carrier("appconfig/spring-datasource-{i}.yml", 1)
def spring(d):
    return """spring:
  datasource:
    url: jdbc:postgresql://{h}:5432/orders
    username: orders
    password: '{p1}'
  rabbitmq:
    host: mq.internal
    username: orders
    password: {p2}
  security:
    user:
      password: ${{ADMIN_PASSWORD:}}
server:
  ssl:
    key-store: classpath:keystore.p12
    key-store-password: {p3}
    key-store-type: PKCS12
""".format(h=d.pick(DBHOSTS), p1=d.pw(syms="!#%*-_.+=?^~@$&()"), p2=d.pw(syms="-_.+=^~"), p3=d.pw(syms="-_.+=^~"))


@carrier("appconfig/quarkus-and-micronaut.properties", 1)
def quarkus(d):
    return """quarkus.datasource.username=inventory
quarkus.datasource.password={p1}
quarkus.oidc.credentials.secret={s}
%dev.quarkus.datasource.password=dev
micronaut.security.token.jwt.signatures.secret.generator.secret={s2}
datasources.default.password={p2}
""".format(p1=d.pw(syms="!%*-_.+=?^~@$&"), s=d.secret("alnum32"), s2=d.secret("alnum48"), p2=d.pw(syms="!%*-_.+=?^~@$&"))


@carrier("appconfig/keystore-notes.md", 1)
def keystore(d):
    return """# TLS keystores on the payment hosts

| host | keystore | password | expires |
|---|---|---|---|
| pay01 | /etc/pay/keystore.p12 | `{p1}` | 2026-02-01 |
| pay02 | /etc/pay/keystore.p12 | `{p2}` | 2026-02-01 |
| pay-dr | /etc/pay/keystore.p12 | `********` | 2025-11-30 |

Truststore password is the JDK default (`changeit`), not a secret.
""".format(p1=d.pw(syms="!#%*-_.+=?^~@$&"), p2=d.pw(syms="!#%*-_.+=?^~@$&"))


# ---------------------------------------------------------------- logs ---
@carrier("logs/auth-debug-{i}.log", 1)
def auth_log(d):
    nxt = d.clock()
    out = []
    for k in range(5):
        t = nxt().strftime("%Y-%m-%d %H:%M:%S,%f")[:23]
        u = d.pick(["jdoe", "k.lindberg", "admin", "o.holm", "support"])
        if k == 1:
            out.append("%s DEBUG [http-nio-8080-exec-%d] LoginController - login attempt username=%s password=%s ip=%s" % (t, k, u, d.pw(syms="!#%*-_.+=?^~@$&()"), d.ip()))
        elif k == 3:
            out.append("%s DEBUG [http-nio-8080-exec-%d] LoginController - login attempt username=%s password=****** ip=%s" % (t, k, u, d.ip()))
        elif k == 2:
            out.append("%s DEBUG [main] DataSourceConfig - connection params: {'host': '%s', 'user': '%s', 'password': '%s', 'sslmode': 'require'}" % (t, d.pick(DBHOSTS), user(d), d.pw(syms="!#%*-_.+=?^~@$&()")))
        elif k == 4:
            out.append("%s ERROR [main] o.h.engine.jdbc.spi.SqlExceptionHelper - Cannot create PoolableConnectionFactory (FATAL: password authentication failed for user \"%s\") url=jdbc:postgresql://%s/orders?user=%s&password=%s" % (t, user(d), d.pick(DBHOSTS), user(d), d.pw(syms="!*-_.~")))
        else:
            out.append("%s INFO  [http-nio-8080-exec-%d] LoginController - password reset requested for %s (token sent)" % (t, k, u))
    return "\n".join(out)


@carrier("logs/bitwarden-export.csv", 1)
def bitwarden(d):
    rows = ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"]
    for k in range(5):
        site = d.pick(["https://portal.%s" % d.pick(COMPANY_DOMAINS), "https://bank.granitbank.se", "https://admin.%s" % d.pick(COMPANY_DOMAINS),
                       "https://router.lan", "https://nas.lan:5001"])
        p = d.pw(syms="!#%*-_.+=?^~@$&()")
        totp = d.secret("B32x32") if k == 2 else ""
        rows.append("Work,,login,%s,,,0,%s,%s,%s,%s" % (site.split("//")[1], site, d.email() if k % 2 == 0 else user(d), p, totp))
    return "\n".join(rows) + "\n"


@carrier("logs/credentials-sheet.tsv", 1)
def cred_sheet(d):
    rows = ["System\tURL\tAnvändare\tLösenord\tAnsvarig\tUppdaterad"]
    for k in range(6):
        rows.append("%s\t%s\t%s\t%s\t%s\t2025-0%d-%02d" % (
            d.pick(["Fortnox", "Visma", "Router", "NAS", "Kameror", "Larm", "Webbhotell", "Domänregistrar"]), "https://%s" % d.pick(HOSTS),
            user(d), d.pw(syms="!#%*-_.+=?^~@$&()") if k != 4 else d.lk("(se 1Password)"), d.pick(["Anna", "Per", "Elin"]), d.r.randint(1, 3), d.r.randint(1, 28)))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- prose ---
PROSE = [
    ("de", "Hallo {n}, das WLAN-Passwort für das Lager ist {p} – bitte nicht weitergeben.\nMein Passwort ist übrigens {p2}, falls du dich an meinem Rechner anmelden musst.\nKennwort für den Drucker-Admin: {p3}"),
    ("fr", "Salut {n}, le mot de passe du compte partagé est {p}\nEt le mot de passe administrateur du routeur : {p2}\nMerci de le changer après la migration. (mot de passe minimum : 12 caractères)"),
    ("es", "Hola {n}: la contraseña del servidor FTP es {p}\nMi contraseña del portal es {p2}, cámbiala si la usas.\nContraseña del wifi de invitados: {p3}"),
    ("sv", "Hej {n}! Lösenordet till kassasystemet är {p}\nMitt lösenord till Fortnox: {p2} (byt det sen)\nlösenord wifi lagret = {p3}"),
    ("pt", "Oi {n}, a senha do e-mail da loja é {p}\nSenha do roteador: {p2}"),
    ("it", "Ciao {n}, la password del gestionale è {p}\nPassword amministratore NAS: {p2}"),
    ("nl", "Hoi {n}, het wachtwoord voor de gedeelde mailbox is {p}\nWachtwoord van de server: {p2}"),
    ("pl", "Cześć {n}, hasło do panelu to {p}\nHasło do wifi: {p2}"),
    ("fi", "Moi {n}, palvelimen salasana on {p}\nSalasana vierasverkkoon: {p2}"),
    ("no", "Hei {n}, passordet til regnskapssystemet er {p}\nPassord for skriveren: {p2}"),
    ("da", "Hej {n}, adgangskoden til kundeportalen er {p}"),
    ("tr", "Merhaba {n}, sunucu şifresi {p}\nWifi şifresi: {p2}"),
    ("ru", "Привет, {n}! Пароль от сервера: {p}\nПароль от почты: {p2}"),
    ("ja", "{n}さん、共有アカウントのパスワードは {p} です。\n管理画面のパスワード：{p2}"),
    ("zh", "{n}你好，服务器密码是 {p}\n邮箱密码：{p2}"),
    ("ko", "{n}님, 관리자 비밀번호는 {p} 입니다.\n와이파이 비밀번호: {p2}"),
    ("ar", "مرحبا {n}، كلمة المرور للحساب المشترك هي {p}\nكلمة المرور للراوتر: {p2}"),
    ("hi", "नमस्ते {n}, सर्वर का पासवर्ड {p} है।\nवाईफाई पासवर्ड: {p2}"),
    ("el", "Γεια σου {n}, ο κωδικός πρόσβασης του server είναι {p}\nΚωδικός wifi: {p2}"),
    ("en", "Hi {n}, the password for the shared inbox is {p}\nmy password is {p2} if you need to log in as me today.\nNote: the policy requires a password_min_length of 12; never share passwords like \"********\"."),
]


@carrier("prose/chat-password-{i}.txt", 7)
def prose(d):
    idx = (d.i - 1) * 3 % len(PROSE)
    out = []
    for j in range(3 if d.i <= 4 else 2):
        lang, tpl = PROSE[(idx + j) % len(PROSE)]
        need = tpl.count("{p")
        vals = {"n": d.pick(["Anna", "Jonas", "Léa", "Mateo", "Yuki", "Priya", "Erik", "Olga"])}
        for key in ["p", "p2", "p3"][:need]:
            vals[key] = d.pw(syms="!#%*-_.+=?^~@$&", style=d.pick(["human", "leet", "random", "word2", "short"]))
        out.append("[%s] %s" % (d.ts("%Y-%m-%d %H:%M"), tpl.format(**vals)))
    return "\n\n".join(out)


@carrier("prose/helpdesk-ticket-{i}.eml", 2)
def helpdesk(d):
    f, l = d.name("sv")
    p = d.pw(syms="!#%*-_.+=?^~@$&", style="human")
    return """From: {f} {l} <{em}>
To: {hd}
Subject: Kan inte logga in i Visma
Date: Mon, 03 Mar 2025 08:{m}:11 +0100
Content-Type: text/plain; charset=utf-8

Hej!

Jag har försökt logga in hela morgonen. Användarnamn {u}, lösenord {p} (det
nya som jag satte i fredags). Får "Felaktigt lösenord". Kan ni återställa?

Mvh {f}

-- 
Helpdesk svar: Vi har återställt kontot. Det tillfälliga lösenordet skickas per SMS.
Skicka aldrig ditt lösenord i e-post igen. Ärende #{t}
""".format(f=f, l=l, em=d.email(f, l, domain=d.pick(COMPANY_DOMAINS)), hd=d.mail("helpdesk"), m="%02d" % d.r.randint(0, 59),
           u=(f[0] + l[:5]).lower().replace("ö", "o").replace("å", "a").replace("ä", "a"), p=p, t=d.r.randint(10000, 99999))


# ---------------------------------------------------------------- code that only names passwords (clean) ---
@carrier("clean/password_policy.py", 1)
def clean_policy(d):
    return '''"""Password policy helpers (no secrets here)."""
import os
import bcrypt

PASSWORD_MIN_LENGTH = 12
PASSWORD_HISTORY = 5


def check(password: str) -> bool:
    return len(password) >= PASSWORD_MIN_LENGTH and not password.isdigit()


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


DB_PASSWORD = os.environ["DB_PASSWORD"]
password = get_password_from_vault("db/app")
example_hash = "{h}"
'''.format(h=bcrypt(d))


@carrier("clean/LoginForm.java", 1)
def clean_java(d):
    return """public class LoginForm {
    @NotBlank
    @Size(min = 12, max = 128)
    private String password;

    private String passwordConfirmation;

    public boolean matches() {
        return password != null && password.equals(passwordConfirmation);
    }

    public void setPassword(String password) { this.password = password; }
}
"""


@carrier("clean/htpasswd-and-shadow.txt", 1)
def clean_hashes(d):
    return """# /etc/nginx/.htpasswd
admin:{b}
ops:{a}

# /etc/shadow (excerpt)
root:{s}:19782:0:99999:7:::
deploy:!:19782:0:99999:7:::

# pg_authid
app | {sc}
""".format(b=bcrypt(d), a=d.lk("$apr1$" + d.s(8, ALNUM + "./") + "$" + d.s(22, ALNUM + "./")), s=sha512crypt(d), sc=scram(d))
