"""Dense carriers: CDN/edge logs, API-proxy traces, SQL COPY dumps, KV dumps, provisioning CSVs."""
import json, base64, urllib.parse
from common import *
from c_http import tok, PATHS, UA, HOSTS


def cloudflare_logpush():
    d = Doc("cloudflare-logpush/http_requests-20261021T0800Z.log")
    out = []
    for i in range(32):
        r = R.random()
        if r < 0.7:
            auth = "Bearer " + tok(d)
        elif r < 0.8:
            auth = "Bearer REDACTED"
        elif r < 0.9:
            auth = ""
        else:
            auth = "Bearer <token>"
        rec = {"ClientIP": ip_doc(), "ClientRequestHost": R.choice(HOSTS), "ClientRequestMethod": R.choice(["GET", "POST"]), "ClientRequestURI": R.choice(PATHS),
               "EdgeStartTimestamp": iso(), "EdgeResponseStatus": R.choice([200, 200, 401, 429, 304]), "RayID": hexs(16), "CacheCacheStatus": R.choice(["miss", "hit", "dynamic"]),
               "ClientRequestUserAgent": R.choice(UA), "RequestHeaders": {"authorization": auth} if auth else {}, "WAFAction": "unknown", "ZoneName": "example.com"}
        out.append(json.dumps(rec, separators=(",", ":")))
    d.write("\n".join(out) + "\n")


def fastly():
    d = Doc("fastly-logs/syslog-edge-ams.log")
    out = []
    for i in range(26):
        r = R.random()
        auth = ("Bearer " + tok(d)) if r < 0.7 else ("(null)" if r < 0.85 else "Bearer ***")
        out.append('<134>2026-10-21T08:%02d:%02dZ cache-ams21%02d fastly-edge[%d]: %s "-" "-" %s "%s %s" %d %d "%s" "%s" req_id=%s' % (
            R.randint(0, 59), R.randint(0, 59), R.randint(10, 99), R.randint(100000, 999999), ip_doc(), "Wed, 21 Oct 2026 08:12:44 GMT",
            R.choice(["GET", "POST"]), R.choice(PATHS), R.choice([200, 401, 503]), R.randint(100, 90000), R.choice(UA), auth, hexs(32)))
    d.write("\n".join(out) + "\n")


def apigee():
    d = Doc("apigee-trace/trace-session-orders-v2.xml")
    pts = []
    for i in range(6):
        r = R.random()
        auth = ("Bearer " + tok(d)) if r < 0.8 else "Bearer {request.header.x-upstream-token}"
        pts.append("""    <Point id="StateChange">
      <DebugInfo>
        <Timestamp>21-10-26 08:%02d:%02d:%03d</Timestamp>
        <Properties><Property name="To">REQ_HEADERS_PARSED</Property></Properties>
      </DebugInfo>
      <RequestMessage>
        <Headers>
          <Header name="Host">api.example.com</Header>
          <Header name="Authorization">%s</Header>
          <Header name="X-Forwarded-For">%s</Header>
          <Header name="X-Request-Id">%s</Header>
        </Headers>
        <URI>%s</URI>
        <Verb>GET</Verb>
      </RequestMessage>
    </Point>
    <Point id="Execution">
      <DebugInfo>
        <Properties>
          <Property name="oauthV2.VerifyAccessToken.failed">false</Property>
          <Property name="client_id">%s</Property>
          <Property name="developer.app.name">partner-%d</Property>
        </Properties>
      </DebugInfo>
    </Point>""" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), auth, ip_doc(), uid(), R.choice(PATHS), rs(AN, 32), i))
    d.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Completed>\n  <Messages>\n' + "\n".join(pts) + "\n  </Messages>\n</Completed>\n")


def pg_copy():
    for n in range(2):
        d = Doc("pg-copy-dumps/%s.sql" % ["integrations_schema_data", "tenants_data"][n])
        out = ["--", "-- PostgreSQL database dump", "--", "", "-- Dumped from database version 16.4", "-- Dumped by pg_dump version 16.4", "",
               "SET statement_timeout = 0;", "SET client_encoding = 'UTF8';", ""]
        if n == 0:
            out.append("COPY public.webhook_endpoints (id, tenant_id, url, signing_secret, public_id, created_at) FROM stdin;")
            for i in range(18):
                out.append("\t".join([str(1000 + i), str(R.randint(1, 90)), "https://hooks.%s.example.net/in/%s" % (R.choice(["a", "b", "c"]), rs(LO + DG, 10)), d.sec(),
                                      "we_" + rs(AN, 24), "2026-0%d-%02d %02d:%02d:11.%06d+00" % (R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 999999))]))
            out += ["\\.", "", "COPY public.oauth_clients (id, client_id, client_secret, redirect_uri, scopes) FROM stdin;"]
            for i in range(10):
                out.append("\t".join([str(i + 1), uid(), d.sec(), "https://app%d.example.com/callback" % i, "{orders:read,orders:write}"]))
            out += ["\\.", "", "COPY public.users (id, email, password_hash, last_login) FROM stdin;"]
            for i in range(6):
                out.append("\t".join([str(i + 1), "user%d@example.com" % i, "$2b$12$" + rs(AN + "./", 53), "\\N"]))
            out += ["\\.", ""]
        else:
            out.append("COPY public.tenant_integrations (tenant_id, provider, api_key, api_key_last4, account_ref, enabled) FROM stdin;")
            for i in range(18):
                prov = R.choice(["fortnox", "visma", "zendesk", "brevo", "pipedrive", "square", "notion", "databricks", "grafana"])
                k = d.sec(secret_vendor(prov) if prov in ("brevo", "square", "notion", "databricks", "grafana") else None)
                out.append("\t".join([str(R.randint(1, 400)), prov, k, k[-4:] if len(k) > 4 else k,
                                      "acct_" + rs(AN, 14), R.choice(["t", "f"])]))
            out += ["\\.", "", "COPY public.smtp_relays (id, host, username, password, port) FROM stdin;"]
            for i in range(6):
                out.append("\t".join([str(i + 1), "smtp%d.example.net" % i, "relay-%d" % i, d.pw(R.choice([1, 4])), "587"]))
            out += ["\\.", ""]
        d.write("\n".join(out) + "\n")


def etcd():
    d = Doc("etcdctl-dumps/get-prefix-config.txt")
    out = ["$ ETCDCTL_API=3 etcdctl --endpoints=https://10.60.0.21:2379 --user root:%s get --prefix /config/" % d.pw(4)]
    specs = [("/config/billing/db/password", "pw"), ("/config/billing/db/user", "u"), ("/config/billing/stripe_webhook_secret", "whsec"), ("/config/billing/build_sha", "sha"),
             ("/config/search/admin_api_key", "sec"), ("/config/vault/approle_token", "vault"), ("/config/crm/notion_token", "notion"), ("/config/search/search_only_key", "pub"), ("/config/search/app_id", "appid"), ("/config/mail/smtp_password", "pw"),
             ("/config/mail/dkim_selector", "sel"), ("/config/auth/jwt_secret", "sec"), ("/config/auth/cookie_secret", "sec"), ("/config/auth/issuer", "iss"),
             ("/config/cdn/purge_token", "sec"), ("/config/cdn/zone_id", "zone"), ("/config/queue/password", "pw"), ("/config/queue/vhost", "vh"),
             ("/config/reports/s3_secret_access_key", "aws"), ("/config/reports/s3_access_key_id", "akid"), ("/config/legacy/ftp_password", "pw"), ("/config/legacy/ftp_user", "u")]
    for k, kind in specs:
        v = {"pw": lambda: d.pw(), "vault": lambda: d.sec(secret_vendor("vault")), "notion": lambda: d.sec(secret_vendor("notion")), "u": lambda: "svc_" + rs(LO, 6), "whsec": lambda: d.sec("whsec_" + rs(AN, 32)), "sha": sha1, "sec": lambda: d.sec(),
             "pub": lambda: hexs(32), "appid": lambda: rs(UP + DG, 10), "sel": lambda: "s2026", "iss": lambda: "https://auth.example.com", "zone": lambda: hexs(32),
             "vh": lambda: "/billing", "aws": lambda: d.awss(), "akid": lambda: d.akid()}[kind]()
        out += [k, v]
    d.write("\n".join(out) + "\n")


def redis_monitor():
    d = Doc("redis-monitor/monitor-capture.txt")
    out = ["$ redis-cli -h cache.internal -a '%s' --no-auth-warning MONITOR" % d.pw(), "OK"]
    t0 = 1792570000.0
    for i in range(24):
        t0 += R.random() * 3
        cli = "[0 %s:%d]" % (ip_private(), R.randint(30000, 65000))
        r = R.random()
        if r < 0.25:
            args = '"AUTH" "%s"' % d.pw(R.choice([1, 4]))
        elif r < 0.35:
            args = '"AUTH" "worker" "%s"' % d.pw(4)
        elif r < 0.55:
            args = '"SET" "session:%s" "{\\"uid\\":%d,\\"csrf\\":\\"%s\\"}" "EX" "3600"' % (hexs(32), R.randint(1, 99999), hexs(32))
        elif r < 0.7:
            args = '"HSET" "tenant:%d:integrations" "api_key" "%s"' % (R.randint(1, 300), d.sec())
        elif r < 0.8:
            args = '"SETEX" "oauth:access:%s" "3600" "%s"' % (hexs(16), d.sec(bearer_opaque()))
        else:
            args = '"GET" "ratelimit:%s"' % ip_doc()
        out.append("%.6f %s %s" % (t0, cli, args))
    out.append('%.6f [0 10.1.2.3:51000] "AUTH" "(redacted)"' % (t0 + 1))
    d.write("\n".join(out) + "\n")


def partner_csv():
    d = Doc("partner-credentials-csv/integrations-handover.csv")
    rows = ["partner;environment;public_key;secret_key;merchant_id;issued;owner;notes"]
    for i in range(22):
        rows.append(";".join([R.choice(["Klarna-like PSP", "Fraud scoring", "Address lookup", "SMS gateway", "Loyalty", "Tax engine", "Freight API", "E-sign"]) + " %d" % i,
                              R.choice(["prod", "prod", "test"]), "pk_" + rs(AN, 24), d.sec(), str(R.randint(100000, 999999)), "2026-0%d-%02d" % (R.randint(1, 9), R.randint(1, 28)),
                              R.choice(["ops", "finance", "e-com", "crm"]), R.choice(["", "rotated", "IP allow-list", "see ticket OPS-%d" % R.randint(100, 999)])]))
    rows.append("Template;prod;pk_xxxxxxxx;<secret from vault>;000000;;ops;do not fill in")
    d.write("\r\n".join(rows) + "\r\n")


def moodle():
    d = Doc("moodle-user-upload/ht2026-elever.csv")
    rows = ["username,password,firstname,lastname,email,cohort1,auth"]
    for i in range(30):
        fn, ln = R.choice(FN_SE), R.choice(LN_SE)
        uname = (fn[:3] + ln[:3]).lower().replace("å", "a").replace("ä", "a").replace("ö", "o") + str(R.randint(10, 99))
        pw = d.pw(R.choice([0, 0, 2, 3]))
        rows.append("%s,%s,%s,%s,%s@elev.skola.example,klass-%d%s,manual" % (uname, pw, fn, ln, uname, R.randint(7, 9), R.choice("ABC")))
    rows.append("testelev,changeme,Test,Elev,test@elev.skola.example,klass-9A,manual")
    d.write("\n".join(rows) + "\n")


def ad_bulk():
    d = Doc("ad-bulk-import/new-hires-2026-11.csv")
    rows = ["SamAccountName,GivenName,Surname,Department,Title,AccountPassword,ChangePasswordAtLogon,OU"]
    for i in range(18):
        fn, ln = R.choice(FN_SE), R.choice(LN_SE)
        rows.append('%s,%s,%s,%s,%s,%s,TRUE,"OU=Users,OU=Stockholm,DC=corp,DC=example,DC=com"' % ((fn[0] + "." + ln).lower(), fn, ln, R.choice(["Ekonomi", "IT", "Sälj", "Lager", "HR"]),
                                                                                         R.choice(["Handläggare", "Utvecklare", "Säljare", "Lagerarbetare"]), d.pw(R.choice([0, 3, 1]))))
    d.write("\n".join(rows) + "\n")
    d2 = Doc("ad-bulk-import/Import-NewHires.ps1")
    d2.write('''Import-Csv .\\new-hires-2026-11.csv | ForEach-Object {
    $secure = ConvertTo-SecureString $_.AccountPassword -AsPlainText -Force
    New-ADUser -Name "$($_.GivenName) $($_.Surname)" -SamAccountName $_.SamAccountName `
        -AccountPassword $secure -ChangePasswordAtLogon $true -Enabled $true -Path $_.OU
}
# fallback password if the CSV column is empty
$default = ConvertTo-SecureString '%s' -AsPlainText -Force
''' % d2.pw())


def imapsync():
    d = Doc("imapsync-batch/migration-wave3.txt")
    out = ["# host1;user1;password1;host2;user2;password2  (imapsync --host1 ... batch file for imapsync_cidone.sh)"]
    for i in range(18):
        u = (R.choice(FN_SE)[0] + R.choice(LN_SE)).lower()
        out.append("imap.oldhost.example.net;%s@old.example.net;%s;outlook.office365.com;%s@example.com;%s" % (u, d.pw(R.choice([0, 2, 4])), u, d.pw(1)))
    out.append("imap.oldhost.example.net;shared@old.example.net;********;outlook.office365.com;shared@example.com;********")
    out += ["", "# single run", "imapsync --host1 imap.oldhost.example.net --user1 ceo@old.example.net --password1 '%s' --host2 outlook.office365.com --user2 ceo@example.com --password2 '%s' --ssl1 --ssl2" % (d.pw(), d.pw())]
    d.write("\n".join(out) + "\n")


def netinv():
    d = Doc("network-inventory/oob-devices.tsv")
    out = ["hostname\tmgmt_ip\tvendor\tmodel\tadmin_user\tadmin_password\tenable_secret\tsnmp_community\tserial"]
    for i in range(12):
        out.append("\t".join(["%s-%s-%02d" % (R.choice(["sw", "rtr", "fw", "ap"]), R.choice(["sto", "gbg", "mmo"]), i), "10.255.%d.%d" % (R.randint(0, 9), R.randint(1, 250)),
                              R.choice(["Cisco", "Juniper", "Aruba", "MikroTik"]), R.choice(["C9300-48P", "EX2300", "CX6100", "CCR2004"]), "netadmin", d.pw(R.choice([1, 3, 4])),
                              d.pw(4) if R.random() < 0.5 else "-", rs(AN, 12) if False else "public", rs(UP + DG, 11)]))
    d.write("\n".join(out) + "\n")


def appservers():
    d = Doc("tomcat/tomcat-users.xml")
    us = []
    for nm, roles in [("manager", "manager-gui"), ("deployer", "manager-script"), ("jmx", "manager-jmx"), ("status", "manager-status"), ("admin", "admin-gui,manager-gui")]:
        us.append('  <user username="%s" password="%s" roles="%s"/>' % (nm, d.pw(), roles))
    us.append('  <!-- <user username="tomcat" password="<must-be-changed>" roles="tomcat"/> -->')
    us.append('  <user username="digest" password="%s" roles="manager-script"/>  <!-- sha-256 digest, CredentialHandler -->' % (hexs(16) + "$1$" + hexs(64)))
    d.write('<?xml version="1.0" encoding="UTF-8"?>\n<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">\n' + "\n".join(us) + "\n</tomcat-users>\n")
    d = Doc("wildfly/standalone-datasources.xml")
    dss = []
    for nm in ["OrdersDS", "CrmDS", "ReportingDS"]:
        dss.append("""        <datasource jndi-name="java:jboss/datasources/%s" pool-name="%s" enabled="true">
            <connection-url>jdbc:postgresql://pg.internal:5432/%s</connection-url>
            <driver>postgresql</driver>
            <security>
                <user-name>%s</user-name>
                <password>%s</password>
            </security>
        </datasource>""" % (nm, nm, nm.lower()[:-2], nm.lower()[:-2] + "_app", d.pw()))
    dss.append("""        <datasource jndi-name="java:jboss/datasources/VaultDS" pool-name="VaultDS">
            <security><user-name>vault</user-name><password>${VAULT::ds_vault::password::1}</password></security>
        </datasource>""")
    d.write('<subsystem xmlns="urn:jboss:domain:datasources:7.1">\n    <datasources>\n' + "\n".join(dss) + "\n    </datasources>\n</subsystem>\n")
    d = Doc("pm2-ecosystem/ecosystem.config.js")
    d.write('''module.exports = {
  apps: [
    {
      name: "api",
      script: "dist/server.js",
      instances: 4,
      env_production: {
        NODE_ENV: "production",
        DATABASE_URL: "postgres://api:%s@pg.internal:5432/api",
        JWT_SECRET: "%s",
        COOKIE_SECRET: "%s",
        ALGOLIA_APP_ID: "%s",
        ALGOLIA_ADMIN_KEY: "%s",
        ALGOLIA_SEARCH_KEY: "%s",
      },
    },
    {
      name: "worker",
      script: "dist/worker.js",
      env_production: {
        REDIS_PASSWORD: "%s",
        MAILER_PASSWORD: "%s",
        PUSHER_APP_KEY: "%s",
        PUSHER_APP_SECRET: "%s",
        SENTRY_DSN: process.env.SENTRY_DSN,
      },
    },
  ],
  deploy: {
    production: { user: "deploy", host: ["10.70.0.5"], ref: "origin/main", repo: "git@git.example.com:acme/api.git", path: "/srv/api" },
  },
};
''' % (d.L("password|url-credentials", password(4)), d.sec(), d.sec(), rs(UP + DG, 10), d.sec(hexs(32)), hexs(32), d.pw(), d.pw(), hexs(20), d.sec(hexs(20))))
    d = Doc("php-fpm/pool.d-shop.conf")
    d.write("""[shop]
user = www-data
group = www-data
listen = /run/php/php8.3-fpm-shop.sock
pm = dynamic
pm.max_children = 40
env[APP_ENV] = prod
env[DB_PASSWORD] = %s
env[APP_SECRET] = %s
env[MAILER_DSN] = smtp://shop:%s@smtp.example.com:587
env[PAYMENT_HMAC_KEY] = %s
env[PAYMENT_MERCHANT_ID] = %s
php_admin_value[error_log] = /var/log/php-fpm/shop-error.log
php_value[session.save_path] = "tcp://cache.internal:6379?auth=%s"
""" % (d.pw(), d.sec(), d.L("password|url-credentials", password(4)), d.sec(hexs(64)), str(R.randint(10 ** 7, 10 ** 8)), d.pw(4)))
    d = Doc("kettle-properties/kettle.properties")
    d.write("""# Pentaho Data Integration - kettle.properties
DWH_HOST=dwh.internal
DWH_USER=etl
DWH_PASSWORD=%s
CRM_API_URL=https://crm.example.com/api
CRM_API_KEY=%s
CRM_API_SECRET=%s
SFTP_USER=pdi
SFTP_PASSWORD=%s
# obfuscated (Encr) values are not clear passwords:
LEGACY_DB_PASSWORD=Encrypted 2be98afc86aa7f2e4cb79ce10be85acd7
KETTLE_SHARED_OBJECTS=/opt/pdi/shared.xml
""" % (d.pw(), d.sec(), d.sec(), d.pw()))
    d = Doc("great-expectations/config_variables.yml")
    d.write("""# uncommitted/config_variables.yml
my_postgres_db_yaml_creds:
  drivername: postgresql
  host: dwh.internal
  port: 5432
  username: ge_reader
  password: %s
  database: analytics
snowflake_password: "%s"
slack_webhook_token: %s
datadocs_site_secret: %s
s3_store:
  aws_access_key_id: %s
  aws_secret_access_key: %s
""" % (d.pw(), d.pw(), d.sec(), d.sec(), d.akid(), d.awss()))
    d = Doc("druid/common.runtime.properties")
    d.write("""druid.extensions.loadList=["druid-s3-extensions", "postgresql-metadata-storage", "druid-kafka-indexing-service"]
druid.metadata.storage.type=postgresql
druid.metadata.storage.connector.connectURI=jdbc:postgresql://pg.internal:5432/druid
druid.metadata.storage.connector.user=druid
druid.metadata.storage.connector.password=%s
druid.storage.type=s3
druid.storage.bucket=acme-druid-segments
druid.s3.accessKey=%s
druid.s3.secretKey=%s
druid.indexer.logs.type=s3
druid.indexer.logs.s3Bucket=acme-druid-logs
druid.escalator.internalClientPassword=%s
druid.auth.authenticator.basic.initialAdminPassword=%s
""" % (d.pw(), d.akid(), d.awss(), d.pw(), d.pw()))
    d = Doc("nextflow/nextflow.config")
    d.write("""aws {
    accessKey = '%s'
    secretKey = '%s'
    region = 'eu-north-1'
    batch { cliPath = '/home/ec2-user/miniconda/bin/aws' }
}
process.executor = 'awsbatch'
process.queue = 'genomics-spot'
workDir = 's3://acme-nf-work/scratch'
tower {
    accessToken = '%s'
    enabled = true
}
params.reference = 's3://acme-ref/GRCh38/'
// alternate account used by the QC pipeline
profiles {
    qc {
        aws.accessKey = '%s'
        aws.secretKey = '%s'
    }
}
""" % (d.akid(), d.awss(), d.sec(jwt(alg="HS256")), d.akid(), d.awss()))
    d = Doc("shell-provisioners/bootstrap-ci-runner.sh")
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# one-off bootstrap for the on-prem runners (to be replaced by IMDS roles)"]
    for prof in ["default", "artifacts", "backup", "dns"]:
        lines.append("aws configure set aws_access_key_id %s --profile %s" % (d.akid(), prof))
        lines.append("aws configure set aws_secret_access_key %s --profile %s" % (d.awss(), prof))
    lines += ["aws configure list --profile default", "#      Name                    Value             Type    Location",
              "#    access_key     ****************%s shared-credentials-file" % rs(B32, 4),
              "#    secret_key     ****************%s shared-credentials-file" % rs(AN, 4),
              "juicefs format --storage s3 --bucket https://acme-jfs.s3.eu-north-1.amazonaws.com --access-key %s --secret-key %s \"redis://:%s@cache.internal:6379/1\" jfs" % (d.akid(), d.awss(), d.L("password|url-credentials", password(4))),
              "echo '%s' | docker login registry.example.com -u ci --password-stdin" % d.pw(), ""]
    d.write("\n".join(lines))
    d = Doc("es-keystore/add-s3-client.sh")
    d.write("""#!/bin/sh
# run on every node, then POST _nodes/reload_secure_settings
echo "%s" | bin/elasticsearch-keystore add --stdin --force s3.client.default.access_key
echo "%s" | bin/elasticsearch-keystore add --stdin --force s3.client.default.secret_key
printf '%%s' '%s' | bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password
printf '%%s' '%s' | bin/elasticsearch-keystore add -x xpack.notification.slack.account.ops.secure_url_token
bin/elasticsearch-reset-password -u elastic -i   # interactive
""" % (d.akid(), d.awss(), d.pw(), d.sec()))


def build():
    cloudflare_logpush(); fastly(); apigee(); pg_copy(); etcd(); redis_monitor(); partner_csv(); moodle(); ad_bulk(); imapsync(); netinv(); appservers()
