"""Credentials in prose and commands: DSNs (Go, Oracle, ODBC, ADO.NET, JDBC),
dotfiles (.pgpass, .netrc, .my.cnf), wp-config.php, Dockerfile/compose,
systemd units, crontabs, shell history, PowerShell, Ansible/Chef/Puppet,
Jenkins/GitHub/GitLab CI, Kubernetes, .env, support tickets, chat, e-mails,
README snippets."""
import json

import gen_core as C
from gen_core import R, pick, chance, digits

PUP = "password|url-credentials"   # user:password@tcp(...) without a scheme


def special_pw():
    """A password with a quote or backslash (tests JSON/TSV escaping)."""
    return C._fresh(lambda: C.rstr(5) + pick(['"', "\\", '\\"']) + C.rstr(4) + str(R.randint(10, 99)) + pick(["!", "#", "%"]))


def host():
    return pick(["pg01.internal", "db-prod-2.corp.local", "mysql-replica.internal", "10.20.3.14",
                 "orders-db.cluster-c7x2k.ap-south-1.rds.amazonaws.com", "sql01.corp.local", "172.16.4.20"])


# ---------------------------------------------------------------------------
def go_dsn(d, i):
    p1 = d.L(PUP, C.password(safe="url"))
    p2 = d.L(PUP, C.password(safe="url"))
    p3 = d.pw(safe="url")
    p4 = d.L("url-credentials", C.password(safe="url"))
    p5 = d.pw(safe="url")
    p6 = d.L("url-credentials", C.password(safe="url"))
    gs = d.gs("hex64")
    return f"""package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// DSN format (go-sql-driver/mysql README):
//   [username[:password]@][protocol[(address)]]/dbname[?param1=value1&...&paramN=valueN]
// e.g. "user:password@tcp(localhost:5555)/dbname?tls=skip-verify&autocommit=true"
const legacyDSN = "orders_rw:{p1}@tcp({C.ipv4_private()}:3306)/orders?parseTime=true&loc=UTC"

// hmacKey signs the export URLs (rotate with the DSN, ticket OPS-{digits(4)})
var hmacKey = []byte("{gs}")

func OpenReporting() (*sql.DB, error) {{
	// TODO(ops): move to Vault before the audit
	return sql.Open("mysql", "report:{p2}@tcp(mysql-replica.internal:3306)/analytics?timeout=5s")
}}

func OpenETL() (*sql.DB, error) {{
	cfg := mysql.Config{{
		User:   "etl",
		Passwd: "{p5}",
		Net:    "tcp",
		Addr:   "etl-db.internal:3306",
		DBName: "warehouse",
		ParseTime: true,
	}}
	return sql.Open("mysql", cfg.FormatDSN())
}}

func OpenBilling(ctx context.Context) (*pgxpool.Pool, error) {{
	connStr := "host=pg01.internal port=5432 user=billing password={p3} dbname=billing sslmode=require"
	if os.Getenv("PGHOST") != "" {{
		connStr = fmt.Sprintf("postgres://%s:%s@%s/%s", os.Getenv("PGUSER"), os.Getenv("PGPASSWORD"),
			os.Getenv("PGHOST"), os.Getenv("PGDATABASE"))
	}}
	return pgxpool.New(ctx, connStr)
}}

const ledgerURL = "postgres://svc_ledger:{p4}@pg02.internal:5432/ledger?sslmode=disable"

var rdb = redis.NewClient(&redis.Options{{
	Addr:        "cache.internal:6379",
	Password:    "", // no password set
	DB:          0,
	DialTimeout: 3 * time.Second,
}})

var sessions, _ = redis.ParseURL("redis://:{p6}@sessions.internal:6380/1")

// Example from the docs, not ours: "postgres://username:password@localhost:5432/database_name"
"""


def oracle_sh(d, i):
    p = [d.pw(safe="ora") for _ in range(6)]
    return f"""#!/bin/bash
# nightly Oracle maintenance - {pick(['FIN', 'HR', 'ERP'])} cluster  (owner: dba-team, rev {C.version()})
set -euo pipefail
export ORACLE_SID={pick(['FINPROD', 'ORCL', 'ERPPRD'])}
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
LOG=/var/log/oracle/nightly_$(date +%Y%m%d).log

# data pump export of HR schema
expdp system/{p[0]}@ORCLPDB1 schemas=HR directory=DATA_PUMP_DIR dumpfile=hr_%U.dmp logfile=hr_exp.log parallel=4

# refresh materialized views
sqlplus -s app_owner/{p[1]}@//db-ora01.corp.local:1521/FINPDB @/opt/scripts/refresh_mv.sql >> "$LOG"

# the classic demo login from the Oracle docs - do NOT use: sqlplus scott/tiger@orcl
# reporting user (read only)
sqlplus -L rpt_ro/{p[2]}@"(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={C.ipv4_private()})(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=RPTPDB)))" <<EOF
ALTER USER app_ro IDENTIFIED BY "{p[3]}" ACCOUNT UNLOCK;
CREATE USER etl_loader IDENTIFIED BY {p[4]} DEFAULT TABLESPACE users QUOTA 10G ON users;
-- placeholder kept for the template: ALTER USER x IDENTIFIED BY <password>;
EXIT
EOF

# wallet for the batch jobs
orapki wallet create -wallet /u01/app/oracle/wallet -pwd {p[5]} -auto_login_local
mkstore -wrl /u01/app/oracle/wallet -createCredential FINPDB batch "$BATCH_PW"

# JDBC url used by the Java jobs: jdbc:oracle:thin:@//db-ora01.corp.local:1521/FINPDB (user/pass from wallet)
echo "done $(date -Iseconds)" >> "$LOG"
"""


def dotnet_config(d, i):
    if i % 2 == 0:
        p1 = d.L("password", C.xesc(C.password(safe="xml")))
        p2 = d.L("password", C.xesc(C.password(safe="xml")))
        p3 = d.L("password", C.xesc(C.password(safe="")))
        g1 = d.gs("alnum")
        g2 = d.gs("b64")
        return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <connectionStrings>
    <add name="Billing" connectionString="Server=tcp:sql01.corp.local,1433;Initial Catalog=Billing;Persist Security Info=False;User ID=billing_app;Password={p1};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" providerName="System.Data.SqlClient" />
    <add name="Reports" connectionString="Data Source=rpt01;Initial Catalog=Reports;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
    <add name="Legacy" connectionString="Driver={{ODBC Driver 18 for SQL Server}};Server=legacy01.corp.local;Database=erp;Uid=erp_ro;Pwd={{{p2}}};Encrypt=yes;" providerName="System.Data.Odbc" />
    <add name="LocalDev" connectionString="Server=localhost,1433;Database=App_Dev;User Id=sa;Password=&lt;YourStrong@Passw0rd&gt;;TrustServerCertificate=True" />
  </connectionStrings>
  <appSettings>
    <add key="Smtp.Host" value="smtp.office365.com" />
    <add key="Smtp.User" value="{d.oem('alerts', pick(C.ORG_DOMAINS))}" />
    <add key="Smtp.Password" value="{p3}" />
    <add key="PaymentGateway.ApiKey" value="{g1}" />
    <add key="Auth.ClientSecret" value="{g2}" />
    <add key="Auth.ClientId" value="{C.uuid()}" />
    <add key="FeatureFlags.Version" value="{C.version()}" />
  </appSettings>
</configuration>
"""
    p1 = d.pw(safe="shell")
    p2 = d.L("password", C.jesc(special_pw()))
    g1 = d.gs("b64")
    return json.dumps({
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*",
        "ConnectionStrings": {
            "Default": f"Host={host()};Port=5432;Database=catalog;Username=catalog_app;Password={p1};SSL Mode=Require",
            "Odbc": "DSN=erp64;UID=erp_ro;PWD=${ERP_PWD};",
            "Template": "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;",
        },
        "Smtp": {"Host": "smtp.sendgrid.net", "Port": 587, "User": "apikey", "Password": "__SMTP_PASSWORD__"},
        "Jwt": {"Issuer": "https://auth.initech.io", "Audience": "catalog", "SigningKey": g1},
        "Ldap": {"BindDn": "CN=svc_catalog,OU=Service,DC=corp,DC=local", "BindPassword": "PLACEHOLDER"},
    }, indent=2).replace('"PLACEHOLDER"', f'"{p2}"') + "\n"


def spring_props(d, i):
    if i % 2 == 0:
        p1 = d.pw(safe="url")
        p2 = d.pw(safe="shell")
        p3 = d.pw(safe="shell")
        p4 = d.L("url-credentials", C.password(safe="url"))
        p5 = d.pw(safe="shell")
        g1 = d.gs("alnum")
        g2 = d.gs("b64")
        return f"""# application-prod.properties  (generated {C.ts()} by config-server {C.version()})
server.port=8443
spring.application.name=orders-service
spring.datasource.url=jdbc:postgresql://pg01.internal:5432/orders?user=orders&password={p1}&ssl=true
spring.datasource.username=orders
spring.datasource.password={p2}
#spring.datasource.password=${{DB_PASSWORD:changeme}}
spring.datasource.hikari.maximum-pool-size=20
spring.mail.host=smtp.office365.com
spring.mail.username={d.oem('noreply', pick(C.ORG_DOMAINS))}
spring.mail.password={p3}
spring.data.mongodb.uri=mongodb://orders_app:{p4}@mongo1.internal:27017,mongo2.internal:27017/orders?replicaSet=rs0&authSource=admin
spring.rabbitmq.host=mq.internal
spring.rabbitmq.username=orders
spring.rabbitmq.password={p5}
spring.security.oauth2.client.registration.keycloak.client-id=orders-service
spring.security.oauth2.client.registration.keycloak.client-secret={g1}
app.jwt.secret={g2}
app.jwt.expiry-minutes=15
app.crypto.salt-version={C.version()}
management.endpoints.web.exposure.include=health,info,prometheus
"""
    p1 = d.L(PUP, C.password(safe="url"))
    p2 = d.pw(safe="yaml")
    g1 = d.gs("hex40")
    g2 = d.gs("alnum")
    return f"""# application.yml
spring:
  datasource:
    url: jdbc:mysql://inventory_app:{p1}@mysql01.internal:3306/inventory?useSSL=true
    driver-class-name: com.mysql.cj.jdbc.Driver
  jpa:
    open-in-view: false
  redis:
    host: cache.internal
    password: {p2}
  cloud:
    config:
      password: ${{CONFIG_SERVER_PASSWORD}}
app:
  payment:
    gateway-url: https://pay.initech.io/v2
    api-key: {g1}
    webhook-secret: "{g2}"
  docs-example-key: "your-api-key-here"
logging:
  level:
    org.hibernate.SQL: INFO
"""


def pgpass(d, i):
    rows = [f"# ~/.pgpass for {pick(['deploy', 'postgres', 'backup'])}@{pick(['bastion-1', 'etl-runner', 'ci-04'])} - chmod 0600",
            "# hostname:port:database:username:password"]
    for k in range(R.randint(4, 6)):
        pw = C.password(safe=pick(["shell", "url", "alnum"]))
        if k == 2:
            pw = C.rstr(4) + ":" + C.rstr(5) + str(R.randint(10, 99))
            shown = pw.replace(":", "\\:")
        else:
            shown = pw
        d.L("password", shown)
        rows.append(f"{pick(['pg01.internal', 'pg-replica.internal', '*', 'localhost', C.ipv4_private()])}:"
                    f"{pick(['5432', '6432', '*'])}:{pick(['billing', 'orders', '*', 'analytics'])}:"
                    f"{pick(['billing_ro', 'postgres', 'etl', 'replicator', 'svc_' + pick(C.WORDS)])}:{shown}")
    rows.append("# old entry kept for reference: db.example.com:5432:*:someone:changeme")
    return "\n".join(rows) + "\n"


def netrc(d, i):
    entries = []
    for k in range(R.randint(3, 4)):
        m = pick(["api.github.com", "gitlab.corp.local", "nexus.initech.io", "ftp.kaveri-textiles.in",
                  "artifactory.zentrix.de", "urs.earthdata.nasa.gov", "pypi.internal"])
        if chance(0.4):
            entries.append(f"machine {m}\n  login {pick(['deploy', 'ci-bot', 'jenkins'])}\n  password {d.pw(safe='shell')}")
        else:
            entries.append(f"machine {m} login {pick(['deploy', 'ci-bot', 'jenkins', 'svc_build'])} password {d.pw(safe='shell')}")
    entries.append(f"machine {pick(['api.heroku.com', 'git.heroku.com'])} login {d.em(pick(C.WEST['us'][0]), pick(C.WEST['us'][1]), 'us')} password {d.L('password|generic-secret', C.gsecret(pick(['hex32', 'alnum'])))}")
    entries.append("default login anonymous password user@example.com")
    return "# ~/.netrc\n" + "\n".join(entries) + "\n"


def mycnf(d, i):
    return f"""# ~/.my.cnf  - used by the backup cron on {pick(['db-backup-01', 'bastion-2'])}
[client]
user=backup
password="{d.pw(safe='shell')}"
host={host()}
port=3306
ssl-mode=REQUIRED

[mysqldump]
user=dump_ro
password={d.pw(safe='alnum')}
single-transaction
quick

[mysql]
prompt=\\u@\\h [\\d]>\\_
# password=your_password   <- template from the docs, leave commented

[client_replica]
user=repl
password='{d.pw(safe='shell')}'
"""


def wp_config(d, i):
    pw = d.L("password", C.password(safe="shell"))
    salts = []
    for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
              "LOGGED_IN_SALT", "NONCE_SALT"]:
        if i % 2 == 0 or k.endswith("KEY"):
            alpha = C.ALNUM + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"
            v = C._fresh(lambda: C.rstr(64, alpha))
            d.L("generic-secret", v)
            salts.append(f"define( '{k}',{' ' * (17 - len(k))}'{v}' );")
        else:
            salts.append(f"define( '{k}',{' ' * (17 - len(k))}'put your unique phrase here' );")
    return f"""<?php
/**
 * The base configuration for WordPress
 *
 * @link https://wordpress.org/documentation/article/editing-wp-config-php/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', '{pick(['wp_shop', 'wordpress', 'blog_prod'])}' );

/** Database username */
define( 'DB_USER', '{pick(['wp_user', 'wpadmin', 'shop'])}' );

/** Database password */
define( 'DB_PASSWORD', '{pw}' );
// define( 'DB_PASSWORD', 'password_here' );  // sample value from wp-config-sample.php

/** Database hostname */
define( 'DB_HOST', '{pick(['localhost', 'mysql.internal:3306', C.ipv4_private()])}' );

define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {{@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}}.
 */
{chr(10).join(salts)}
/**#@-*/

define( 'SMTP_USER', '{d.oem('wordpress', pick(C.ORG_DOMAINS))}' );
define( 'SMTP_PASS', '{d.pw(safe='shell')}' );
define( 'WP_CACHE_KEY_SALT', '{pick(['shop_', 'blog_'])}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
"""


def dockerfile(d, i):
    if i == 2:
        p1 = d.pw(safe="yaml")
        p2 = d.pw(safe="yaml")
        g1 = d.gs("hex32")
        return f"""# docker-compose.yml
services:
  db:
    image: postgres:{pick(['15.6', '16.2'])}
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: {p1}
      POSTGRES_DB: shop
    volumes:
      - pgdata:/var/lib/postgresql/data
  mysql:
    image: mysql:8.0
    environment:
      - MYSQL_ROOT_PASSWORD={p2}
      - MYSQL_PASSWORD=${{MYSQL_PASSWORD:-changeme}}
  api:
    build: .
    environment:
      DATABASE_URL: postgres://shop:${{POSTGRES_PASSWORD}}@db:5432/shop
      PAYMENTS_API_KEY: "{g1}"
      SENTRY_DSN: https://{C.rstr(32, C.HEX)}@o{digits(6)}.ingest.sentry.io/{digits(7)}
    ports:
      - "8080:8080"
volumes:
  pgdata: {{}}
"""
    p1 = d.pw(safe="shell")
    p2 = d.pw(safe="alnum")
    p3 = d.pw(safe="shell")
    g1 = d.gs("alnum")
    g2 = d.gs("hex40")
    return f"""# syntax=docker/dockerfile:1.{R.randint(4, 7)}
FROM python:3.{R.randint(10, 12)}-slim AS base
LABEL maintainer="platform-team" version="{C.version()}"

ARG PIP_INDEX_URL
ARG NPM_TOKEN
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    DB_HOST=pg01.internal \\
    DB_USER=app \\
    DB_PASSWORD={p1}
ENV API_KEY {g1}
ENV ANALYTICS_SECRET="{g2}"
# ENV DB_PASSWORD=${{DB_PASSWORD}}  <- intended, see README

RUN apt-get update && apt-get install -y --no-install-recommends default-mysql-client \\
 && rm -rf /var/lib/apt/lists/*
RUN mysql -h legacy-db.internal -u migrator -p{p2} -e "SELECT 1" || true
RUN echo "machine nexus.initech.io login deploy password {p3}" > /root/.netrc \\
 && pip install --no-cache-dir -r requirements.txt \\
 && rm /root/.netrc

COPY . /app
WORKDIR /app
HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000", "--workers", "4"]
"""


def systemd_unit(d, i):
    p1 = d.pw(safe="shell")
    p2 = d.L("url-credentials", C.password(safe="url"))
    g1 = d.gs(pick(["hex64", "alnum"]))
    g2 = d.gs("b64url")
    svc = pick(["ledger-worker", "report-api", "sync-agent"])
    return f"""# /etc/systemd/system/{svc}.service
[Unit]
Description={svc.replace('-', ' ').title()} ({C.version()})
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User={svc.split('-')[0]}
WorkingDirectory=/opt/{svc}
Environment="DB_PASSWORD={p1}" "DB_USER={svc.split('-')[0]}"
Environment=REDIS_URL=redis://:{p2}@cache.internal:6379/2
Environment=API_TOKEN={g1}
Environment="SIGNING_SECRET={g2}"
Environment=LOG_LEVEL=info
# secrets should come from here instead:
EnvironmentFile=-/etc/{svc}/env
# Environment=DB_PASSWORD=changeme
ExecStart=/opt/{svc}/bin/{svc} --config /etc/{svc}/config.toml
Restart=on-failure
RestartSec=5s
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
"""


def crontab(d, i):
    bt = d.L("bearer-token", C.bearer("hex"))
    return f"""# crontab -l  (user backup on {pick(['db-backup-01', 'util-02'])})
SHELL=/bin/bash
MAILTO={d.oem(pick(['dba', 'ops-alerts', 'sre']), pick(C.ORG_DOMAINS))}
PATH=/usr/local/bin:/usr/bin:/bin
# m h dom mon dow command
15 2 * * * PGPASSWORD='{d.pw(safe='shell')}' pg_dump -h pg01.internal -U backup -Fc billing > /backups/billing-$(date +\\%F).dump 2>> /var/log/pgdump.err
30 2 * * * /usr/bin/mysqldump -u backup -p{d.pw(safe='alnum')} --single-transaction --all-databases | gzip > /backups/mysql-$(date +\\%F).sql.gz
45 2 * * 0 /usr/local/bin/restic -r s3:s3.amazonaws.com/acme-backups backup /backups --password-file /root/.restic-pass
*/5 * * * * curl -fsS -m 10 -H 'Authorization: Bearer {bt}' https://hc.initech.io/ping/{C.uuid()} > /dev/null
0 4 * * * sshpass -p '{d.pw(safe='shell')}' rsync -az /backups/ backup@{C.ipv4_private()}:/srv/offsite/
0 5 * * 1 /opt/scripts/rotate.sh --user admin --password "$ADMIN_PASSWORD"   # from /root/.env
0 6 * * * curl -s "https://api.statuspage.io/v1/pages/{C.rstr(12, C.ALNUM.lower())}/incidents?api_key={d.gs('hex32')}" | jq .
@reboot redis-cli -a {d.pw(safe='alnum')} CONFIG SET maxmemory 2gb
"""


def shell_history(d, i):
    cmds = []
    cmds.append(f"ssh -i ~/.ssh/id_ed25519 ubuntu@{C.ipv4_private()}")
    cmds.append(f"mysql -h {host()} -u root -p'{d.pw(safe='shell')}' -e 'show databases;'")
    cmds.append(f"mysql -uadmin -p{d.pw(safe='alnum')} shop < dump.sql")
    cmds.append("mysql -u root -p   # prompts, fine")
    cmds.append(f"sshpass -p '{d.pw(safe='shell')}' ssh -o StrictHostKeyChecking=no deploy@{C.ipv4_private()}")
    cmds.append(f"docker login -u {pick(['ci-bot', 'deploy', 'jenkins'])} -p {d.pw(safe='shell')} registry.initech.io")
    cmds.append("echo \"$REGISTRY_PASSWORD\" | docker login --username ci-bot --password-stdin registry.initech.io")
    cmds.append(f"helm upgrade --install pg bitnami/postgresql -n data --set auth.postgresPassword={d.pw(safe='alnum')} --set auth.password={d.pw(safe='alnum')} --set primary.persistence.size=50Gi")
    cmds.append(f"helm install grafana grafana/grafana --set adminPassword='{d.pw(safe='shell')}'")
    cmds.append(f"kubectl create secret generic db-creds -n prod --from-literal=username=app --from-literal=password='{d.pw(safe='shell')}'")
    cmds.append(f"kubectl create secret generic payments-api -n prod --from-literal=api-key={d.gs('alnum')}")
    cmds.append(f"kubectl create secret docker-registry regcred --docker-server=registry.initech.io --docker-username=ci-bot --docker-password={d.pw(safe='alnum')} --docker-email={d.oem('ci-bot', pick(C.ORG_DOMAINS))}")
    cmds.append("kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d")
    cmds.append(f"export AWS_ACCESS_KEY_ID={d.akid()}")
    cmds.append(f"export AWS_SECRET_ACCESS_KEY={d.asec()}")
    cmds.append(f"export AWS_SECRET_ACCESS_KEY={C.AWS_EXAMPLE_SECRET}   # from the docs page, wrong one")
    cmds.append(f"curl -u admin:{d.pw(safe='url')} -X POST https://jenkins.internal/job/deploy/build")
    cmds.append(f"psql \"host={host()} user=analytics password={d.pw(safe='url')} dbname=warehouse sslmode=require\"")
    cmds.append(f"redis-cli -h cache.internal -a '{d.pw(safe='shell')}' --no-auth-warning info keyspace")
    cmds.append(f"htpasswd -bc /etc/nginx/.htpasswd admin {d.pw(safe='alnum')}")
    cmds.append(f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{d.pw(safe='alnum')}")
    cmds.append(f"mongosh \"mongodb://admin:{d.L('url-credentials', C.password(safe='url'))}@{C.ipv4_private()}:27017/admin\"")
    cmds.append(f"curl -H \"Authorization: Bearer {d.bt()}\" https://api.initech.io/v1/me")
    cmds.append(f"vault login token={d.L('generic-secret', 'hvs.' + C.rstr(24, C.B64URL))}")
    cmds.append("history | grep -i pass")
    cmds.append("git log --oneline | head")
    R.shuffle(cmds)
    if i % 2 == 0:
        t = C.epoch(C.Clock().t)
        out = []
        for c in cmds:
            t += R.randint(5, 600)
            out.append(f"#{t}")
            out.append(c)
        return "\n".join(out) + "\n"
    return "\n".join(f"{n + 500:5d}  {c}" for n, c in enumerate(cmds)) + "\n"


def powershell(d, i):
    p1 = d.pw(safe="shell")
    p2 = d.pw(safe="shell")
    p3 = d.pw(safe="shell")
    tok = d.L("bearer-token|generic-secret", C.bearer(pick(["b64url", "alnum"])))
    return f"""# Provision-ServiceAccounts.ps1  (run as Domain Admin)  v{C.version()}
#Requires -Modules ActiveDirectory
param(
    [string]$OU = "OU=Service Accounts,DC=corp,DC=local"
)

$secpw = ConvertTo-SecureString "{p1}" -AsPlainText -Force
$cred  = New-Object System.Management.Automation.PSCredential ("CORP\\svc_backup", $secpw)

New-ADUser -Name "svc_sql" -Path $OU -AccountPassword (ConvertTo-SecureString -AsPlainText "{p2}" -Force) -Enabled $true
Set-ADAccountPassword -Identity svc_web -Reset -NewPassword (ConvertTo-SecureString -String '{p3}' -AsPlainText -Force)

# interactive alternative (preferred):
# $pw = Read-Host -AsSecureString "Password"

net user svc_print {d.pw(safe='alnum')} /add /domain

$token = "{tok}"
$headers = @{{ Authorization = "Bearer $token"; "Content-Type" = "application/json" }}
Invoke-RestMethod -Uri "https://api.initech.io/v2/accounts" -Headers $headers -Method Get

Invoke-RestMethod -Uri "https://status.initech.io/api/incidents" -Headers @{{ Authorization = "Bearer {d.bt()}" }}

# example from the module help, not real:
# Invoke-RestMethod -Headers @{{ Authorization = "Bearer <token>" }}
$cs = "Server=sql01.corp.local;Database=Inventory;User Id=svc_inv;Password={d.pw(safe='alnum')};"
Invoke-Sqlcmd -ConnectionString $cs -Query "SELECT TOP 1 * FROM dbo.Items"
"""


def ansible(d, i):
    if i % 2 == 0:
        return f"""---
# group_vars/db_servers.yml
ansible_user: deploy
ansible_password: {d.pw(safe='yaml')}
ansible_become: true
ansible_become_pass: "{d.pw(safe='yaml')}"
mysql_root_password: "{{{{ vault_mysql_root_password }}}}"
replication_password: {d.pw(safe='alnum')}
app_db:
  name: shop
  user: shop_app
  password: '{d.pw(safe='yaml')}'
monitoring:
  api_key: {d.gs('hex32')}
backup_encryption_passphrase: "{{{{ lookup('env', 'BACKUP_PASSPHRASE') }}}}"
vault_smtp_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          {C.rstr(64, '0123456789')}
          {C.rstr(64, C.HEX)}
          {C.rstr(64, C.HEX)}
"""
    return f"""---
# roles/app/tasks/main.yml
- name: Create application database user
  community.mysql.mysql_user:
    name: app
    password: {d.pw(safe='yaml')}
    priv: "app.*:ALL"
    state: present

- name: Create postgres role
  community.postgresql.postgresql_user:
    name: reporting
    password: "{{{{ reporting_password | default('changeme') }}}}"

- name: Configure API client
  ansible.builtin.template:
    src: client.ini.j2
    dest: /etc/app/client.ini
  vars:
    client_secret: "{d.gs('b64url')}"

- name: Add mysql user (legacy shell way)
  ansible.builtin.shell: mysql -uroot -p{d.pw(safe='alnum')} -e "CREATE USER IF NOT EXISTS 'ro'@'%' IDENTIFIED BY '{d.pw(safe='shell')}'"
  no_log: true

- name: Join domain
  ansible.windows.win_domain_membership:
    dns_domain_name: corp.local
    domain_admin_user: CORP\\\\svc_join
    domain_admin_password: {d.pw(safe='yaml')}
    state: domain
"""


def chef_puppet(d, i):
    if i % 2 == 0:
        return f"""# cookbooks/shop/attributes/default.rb
default['shop']['db']['host'] = 'pg01.internal'
default['shop']['db']['user'] = 'shop'
default['shop']['db']['password'] = '{d.pw(safe='shell')}'
default['shop']['redis']['password'] = "{d.pw(safe='alnum')}"
default['shop']['stripe']['webhook_secret'] = nil  # set via data bag
default['shop']['api']['secret_key'] = '{d.gs('hex64')}'
# default['shop']['db']['password'] = 'changeme'

# cookbooks/shop/recipes/db.rb
mysql_service 'default' do
  port '3306'
  version '8.0'
  initial_root_password '{d.pw(safe='shell')}'
  action [:create, :start]
end

creds = data_bag_item('passwords', 'mysql')  # proper way
"""
    return f"""# modules/profile/manifests/db.pp
class profile::db {{
  class {{ 'mysql::server':
    root_password           => '{d.pw(safe='shell')}',
    remove_default_accounts => true,
  }}

  mysql::db {{ 'shop':
    user     => 'shop',
    password => '{d.pw(safe='shell')}',
    host     => 'localhost',
    grant    => ['SELECT', 'UPDATE', 'INSERT', 'DELETE'],
  }}

  postgresql::server::db {{ 'ledger':
    user     => 'ledger',
    password => postgresql::postgresql_password('ledger', '{d.pw(safe='alnum')}'),
  }}

  $api_token = '{d.gs('alnum')}'
  $placeholder = lookup('profile::db::password')   # hiera-eyaml, fine
}}
"""


def jenkinsfile(d, i):
    return f"""pipeline {{
    agent {{ label 'docker' }}
    environment {{
        REGISTRY     = 'registry.initech.io'
        AWS_ACCESS_KEY_ID     = '{d.akid()}'
        AWS_SECRET_ACCESS_KEY = '{d.asec()}'
        API_TOKEN    = '{d.gs('alnum')}'
        SONAR_TOKEN  = credentials('sonar-token')
        DB_PASSWORD  = "{d.pw(safe='shell')}"
    }}
    options {{ timestamps() }}
    stages {{
        stage('Build') {{
            steps {{
                sh 'docker build -t $REGISTRY/shop:${{BUILD_NUMBER}} .'
            }}
        }}
        stage('Push') {{
            steps {{
                sh "docker login -u jenkins -p {d.pw(safe='alnum')} $REGISTRY"
                withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {{
                    sh 'curl -u $NEXUS_USER:$NEXUS_PASS -T build/shop.tgz https://nexus.initech.io/repository/raw/'
                }}
                sh 'docker push $REGISTRY/shop:${{BUILD_NUMBER}}'
            }}
        }}
        stage('Smoke') {{
            steps {{
                sh "curl -fsS -H 'Authorization: Bearer {d.bt()}' https://staging.initech.io/api/health"
                sh "mysql -h staging-db -u qa -p{d.pw(safe='alnum')} -e 'select count(*) from orders' shop"
            }}
        }}
    }}
    post {{
        failure {{
            mail to: '{d.oem(pick(['team-shop', 'build-alerts']), pick(C.ORG_DOMAINS))}', subject: "Build ${{BUILD_NUMBER}} failed", body: "${{BUILD_URL}}"
        }}
    }}
}}
"""


def gh_actions(d, i):
    if i == 2:
        return f"""# .gitlab-ci.yml
variables:
  POSTGRES_DB: test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: {d.pw(safe='yaml')}
  DEPLOY_TOKEN: "{d.gs('b64url')}"
  DOCKER_AUTH: $CI_REGISTRY_PASSWORD

test:
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements-dev.txt
    - pytest -q
    - 'curl --header "Authorization: Bearer {d.bt()}" https://coverage.initech.io/upload -F file=@coverage.xml'

deploy:
  stage: deploy
  script:
    - sshpass -p "{d.pw(safe='shell')}" scp dist/app.tar.gz deploy@{C.ipv4_private()}:/srv/releases/
  only: [main]
"""
    return f"""name: ci
on:
  push:
    branches: [main]
  pull_request:

env:
  NODE_VERSION: 20
  API_BASE: https://api.initech.io
  STAGING_API_KEY: {d.gs('hex40')}

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: {d.pw(safe='yaml')}
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{{{ env.NODE_VERSION }}}}
      - run: npm ci && npm test
        env:
          DB_PASSWORD: ${{{{ secrets.DB_PASSWORD }}}}
      - name: seed
        run: mysql -h 127.0.0.1 -uroot -p{d.pw(safe='alnum')} -e "source seed.sql" app
      - name: notify
        run: |
          curl -X POST -H "Authorization: Bearer {d.bt()}" \\
               -d '{{"text":"build ok"}}' https://notify.initech.io/hooks/ci
      - uses: docker/login-action@v3
        with:
          registry: registry.initech.io
          username: ci-bot
          password: ${{{{ secrets.REGISTRY_PASSWORD }}}}
"""


def k8s_secret(d, i):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: {pick(['shop-backend', 'ledger-api', 'reports'])}-secrets
  namespace: prod
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
stringData:
  DB_PASSWORD: "{d.pw(safe='yaml')}"
  REDIS_PASSWORD: {d.pw(safe='alnum')}
  JWT_SECRET: {d.gs('b64url')}
  PAYMENT_API_KEY: "{d.gs('hex32')}"
  SMTP_PASSWORD: "{{{{ .Values.smtp.password }}}}"
  DATABASE_URL: postgres://shop:{d.L('url-credentials', C.password(safe='url'))}@pg01.internal:5432/shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-backend
  namespace: prod
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: registry.initech.io/shop:{C.version()}
          env:
            - name: ADMIN_PASSWORD
              value: "{d.pw(safe='yaml')}"
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {{name: shop-backend-secrets, key: DB_PASSWORD}}
"""


def dotenv(d, i):
    return f"""# .env.production  - DO NOT COMMIT (committed anyway in {C.rstr(7, C.HEX)})
APP_ENV=production
APP_KEY=base64:{d.L('generic-secret', C.rstr(43, C.B64) + '=')}
APP_URL=https://shop.northwind-traders.com
DB_CONNECTION=mysql
DB_HOST={host()}
DB_PORT=3306
DB_DATABASE=shop
DB_USERNAME=shop
DB_PASSWORD={d.pw(safe='shell')}
REDIS_PASSWORD=null
MAIL_MAILER=smtp
MAIL_USERNAME={d.oem('mailer', pick(C.ORG_DOMAINS))}
MAIL_PASSWORD="{d.pw(safe='shell')}"
SESSION_SECRET={d.gs('hex64')}
ENCRYPTION_KEY={d.gs('b64')}
PAYMENTS_API_KEY=
SEARCH_API_KEY=your-search-api-key
AWS_ACCESS_KEY_ID={d.akid()}
AWS_SECRET_ACCESS_KEY={d.asec()}
AWS_DEFAULT_REGION={pick(['eu-west-1', 'ap-south-1', 'us-east-1'])}
AWS_BUCKET=shop-media-prod
# example values from .env.example:
# AWS_ACCESS_KEY_ID={C.AWS_EXAMPLE_ID}
# DB_PASSWORD=secret
"""


# ---------------------------------------------------------------------------
PROSE_PW = [
    "the password is {pw}",
    "pw: {pw}",
    "password => {pw}",
    "pwd {pw} (case sensitive)",
    "login is {user} / {pw}",
    "creds: user={user} pass={pw}",
    "temporary password: {pw} - please change it at first login",
    "Passwort: {pw}",
    "mot de passe : {pw}",
    "contraseña: {pw}",
    "use {pw} as the password",
    "my password is {pw}",
]
PROSE_SECRET = [
    "use token {tok} to log in to the API",
    "API key: {tok}",
    "here is the client secret {tok} (keep it safe)",
    "webhook secret is {tok}",
    "the integration token {tok} expires in 90 days",
]


def prose_pw(d, user=None):
    pw = C.password(safe=pick(["shell", "alnum", "yaml"]))
    d.L("password", pw)
    return pick(PROSE_PW).format(pw=pw, user=user or pick(["admin", "ops", "root", "svc_report", "jdoe"]))


def prose_secret(d):
    tok = C.gsecret(pick(["hex32", "alnum", "b64url", "hex40"]))
    d.L("generic-secret", tok)
    return pick(PROSE_SECRET).format(tok=tok)


def ticket(d, i):
    out = []
    for k in range(R.randint(3, 4)):
        f, l, _ = C.person(pick(["us", "uk", "in", "de"]))
        tid = f"{pick(['SUP', 'HD', 'INC'])}-{C.lookalike(5, '123456789')}"
        sys_ = pick(["staging admin panel", "VPN", "the SFTP drop", "Grafana", "the reporting DB", "Jira service account"])
        reporter = d.em(f, l, pick(["us", "uk", "in"]), domain=pick(C.ORG_DOMAINS))
        parts = [f"[{tid}] {pick(['Cannot log in to', 'Access request for', 'Reset credentials for', 'Locked out of'])} {sys_}",
                 f"Reporter: {f} {l} <{reporter}>   Created: {C.ts('%Y-%m-%d %H:%M')}   Priority: {pick(['P2', 'P3', 'P4'])}",
                 "",
                 f"{f}: Hi team, I can't get into {sys_} since this morning. Tried the password from the wiki (********) but it says invalid.",
                 f"Agent ({pick(['M. Ortiz', 'S. Iyer', 'K. Weber'])}): Reset done - {prose_pw(d, pick(['admin', f.lower()]))}. The old one (changeme) is disabled.",
                 ]
        if chance(0.5):
            parts.append(f"{f}: thanks! Also need API access for the exporter - {prose_secret(d)}? or do I use <your-token> from the docs?")
            parts.append(f"Agent: the docs value <your-token> is only a placeholder; {prose_secret(d)}")
        if chance(0.4):
            parts.append(f"{f}: For the DB I'm using mysql -u report -p{d.pw(safe='alnum')} reporting - correct?")
        if chance(0.4):
            parts.append(f"{f}: callback on {d.ph(pick(['us', 'uk', 'in', 'de']))} if easier.")
        parts.append(f"Status: {pick(['Resolved', 'Waiting for customer', 'Closed'])}   SLA: {R.randint(1, 8)}h   KB: KB{digits(5)}")
        out.append("\n".join(parts))
    return ("\n" + "-" * 72 + "\n").join(out) + "\n"


def slack_export(d, i):
    msgs = []
    ts0 = C.epoch(C.Clock().t)
    users = [("U0" + C.rstr(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), pick(C.WEST["us"][0])) for _ in range(3)]
    texts = [
        "anyone has the staging creds? :pray:",
        lambda: f"sure - user `deploy`, {prose_pw(d, 'deploy')}",
        lambda: f"and for the grafana admin: `{d.pw(safe='shell')}`",
        "thx! please don't paste passwords here though :sweat_smile:",
        lambda: f"fine, rotated. new API key in 1password. (old one was {C.rstr(4, C.HEX)}**** anyway)",
        lambda: f"cURL for the docs: `curl -H \"Authorization: Bearer {d.bt()}\" https://api.initech.io/v1/orders`",
        lambda: f"the example in the README uses `Bearer <token>` and `password: changeme` - those are placeholders",
        lambda: f"{prose_secret(d)}",
        lambda: f"for the backfill job use the temp IAM user: key id {d.akid()} secret {d.asec()} - deleting it friday",
        lambda: f"psql connection: `postgresql://reporter:{d.L('url-credentials', C.password(safe='url'))}@pg-replica.internal:5432/analytics`",
        lambda: (lambda p: (d.L("password", C.jesc(p)), f"mysql -h db -u root -p'{p}' -- with the quote it breaks, escape it")[1])(special_pw()),
        "deployed v" + C.version(),
    ]
    for k, t in enumerate(texts):
        u = pick(users)
        text = t() if callable(t) else t
        ts0 += R.randint(20, 900)
        msgs.append({"type": "message", "user": u[0], "text": text, "ts": f"{ts0}.{digits(6)}",
                     "user_profile": {"real_name": u[1], "display_name": u[1].lower()},
                     "client_msg_id": C.uuid()})
    body = json.dumps(msgs, indent=4, ensure_ascii=False)
    return body + "\n"


def cred_email(d, i):
    f, l, _ = C.person(pick(["us", "uk", "in"]))
    af, al, _ = C.person("us")
    dom = pick(C.ORG_DOMAINS)
    to = d.em(f, l, "us", domain=pick(["gmail.com", "outlook.com", dom]))
    frm = d.L("email", C.email(af, al, "us", domain=dom))
    vpn_psk = d.gs("alnum")
    return f"""From: {af} {al} <{frm}>
To: {f} {l} <{to}>
Subject: Your accounts - welcome aboard!
Date: {C.ts('%a, %d %b %Y %H:%M:%S -0500')}
Message-ID: <{C.uuid()}@{dom}>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi {f},

Welcome to the team! Here are your starting credentials. Please change all of
them on first login (policy: 14 chars, no reuse).

  Windows / e-mail : {f[0].lower()}{l.lower()}  /  {d.pw(safe='shell')}
  VPN (GlobalProtect): portal vpn.{dom}, same user, password {d.pw(safe='alnum')}
  VPN pre-shared key (for the Linux client): {vpn_psk}
  Jira / Confluence: SSO, nothing to do
  Staging DB       : psql -h staging-db.internal -U {f.lower()} (password: {d.pw(safe='url')})
  Shared mailbox   : {d.oem('orders', dom)} - ask me for delegation
  AWS (programmatic, read-only S3): {d.akid()} / {d.asec()}

The old sheet said "Password: ********" for the mailbox; ignore that, it is
masked. The wiki template shows DB_PASSWORD=<your-password>, that's just a
placeholder.

For the reporting API, {prose_secret(d)}

Ping me on {d.ph(pick(['us', 'uk']))} if anything breaks.

Thanks,
{af}
--
{af} {al} | IT Operations | {dom}
"""


def readme(d, i):
    return f"""# {pick(['ledger-sync', 'shop-api', 'report-exporter'])}

Small service that syncs orders into the ledger. Version {C.version()}.

## Quick start

```bash
cp .env.example .env
export API_KEY=<your-api-key>
export DATABASE_URL=postgres://user:password@localhost:5432/ledger
docker compose up -d
```

The docs example credentials (`AKIAIOSFODNN7EXAMPLE` / `{C.AWS_EXAMPLE_SECRET}`)
will not work against a real bucket.

## Staging (internal)

Staging uses a shared account until SSO lands:

```bash
psql "postgresql://ledger:{d.L('url-credentials', C.password(safe='url'))}@staging-db.internal:5432/ledger"
curl -H "Authorization: Bearer {d.bt()}" https://staging.initech.io/api/v1/ledger/health
mysql -h staging-mysql -u ledger -p{d.pw(safe='alnum')} ledger
```

Admin UI: https://staging.initech.io/admin - {prose_pw(d, 'admin')}.

## Config reference

| key | example | notes |
|---|---|---|
| `DB_PASSWORD` | `changeme` | required |
| `API_TOKEN` | `${{API_TOKEN}}` | from Vault |
| `WEBHOOK_SECRET` | `xxxxxxxxxxxxxxxx` | 32 chars |

```yaml
# config/production.yml (real values, ask @ops)
api:
  token: {d.gs('hex40')}
  secret: "{d.gs('b64url')}"
db:
  password: {d.pw(safe='yaml')}
```
"""


DOCS = [
    ("dsn/store-{:02d}.go", go_dsn, 2),
    ("dsn/oracle-nightly-{:02d}.sh", oracle_sh, 2),
    ("dsn/dotnet-config-{:02d}.config", dotnet_config, 2),
    ("dsn/spring-{:02d}.properties", spring_props, 2),
    ("dotfiles/host-{:02d}.pgpass", pgpass, 2),
    ("dotfiles/user-{:02d}.netrc", netrc, 2),
    ("dotfiles/backup-{:02d}.my.cnf", mycnf, 2),
    ("php/wp-config-{:02d}.php", wp_config, 2),
    ("docker/Dockerfile-{:02d}", dockerfile, 2),
    ("docker/docker-compose-{:02d}.yml", lambda d, i: dockerfile(d, 2), 1),
    ("systemd/service-{:02d}.service", systemd_unit, 2),
    ("cron/crontab-{:02d}.txt", crontab, 2),
    ("shell/bash_history-{:02d}.txt", shell_history, 4),
    ("powershell/provision-{:02d}.ps1", powershell, 2),
    ("config-mgmt/ansible-{:02d}.yml", ansible, 2),
    ("config-mgmt/chef-attributes-{:02d}.rb", lambda d, i: chef_puppet(d, 0), 1),
    ("config-mgmt/puppet-db-{:02d}.pp", lambda d, i: chef_puppet(d, 1), 1),
    ("ci/Jenkinsfile-{:02d}", jenkinsfile, 2),
    ("ci/workflow-{:02d}.yml", gh_actions, 3),
    ("k8s/secret-{:02d}.yaml", k8s_secret, 2),
    ("env/dotenv-{:02d}.env", dotenv, 2),
    ("tickets/helpdesk-{:02d}.txt", ticket, 4),
    ("chat/slack-export-{:02d}.json", slack_export, 2),
    ("messages/credentials-handover-{:02d}.eml", cred_email, 3),
    ("docs/README-{:02d}.md", readme, 2),
]
