"""Passwords in daemons' and network devices' configs, DSNs and connection strings, command lines and
client calls in many languages."""
from registry import doc


@doc("mikrotik-routeros-export-rsc", "backup/rb4011-kontor.rsc", "mikrotik routeros /export output")
def _(d):
    return d.T('''# 2026-01-19 08:02:11 by RouterOS 7.16.2
# software id = ⟨up:4⟩-⟨up:4⟩
#
# model = RB4011iGS+
# serial number = ⟨HEX:12⟩
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=kontor supplicant-identity="" wpa2-pre-shared-key="⟨pw:s⟩"
/ip pool
add name=dhcp_pool0 ranges=192.168.88.10-192.168.88.254
/ppp secret
add name=vpn-anna password=⟨pw:n⟩ profile=default-encryption service=l2tp
add name=vpn-lager password=⟨pw:n⟩ profile=default-encryption service=l2tp
/interface l2tp-server server
set enabled=yes ipsec-secret=⟨pw:a⟩ use-ipsec=required
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.10.0.0/24 name=⟨pw:a⟩
/system identity
set name=rb4011-kontor
/user
add group=full name=driftadmin password="⟨pw:h⟩"
''')


@doc("vyos-config-boot", "config/config.boot", "vyos router config.boot")
def _(d):
    return d.T('''interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
    }
    ethernet eth1 {
        address 10.20.0.1/24
        description LAN
    }
}
protocols {
    ospf {
        area 0 {
            network 10.20.0.0/24
        }
        interface eth1 {
            authentication {
                md5 {
                    key-id 1 {
                        md5-key ⟨pw:a⟩
                    }
                }
            }
        }
    }
}
service {
    ssh {
        port 22
    }
}
system {
    host-name gw-hamnen
    login {
        user vyos {
            authentication {
                encrypted-password $6$⟨b64u:16⟩$⟨b64u:86⟩
                plaintext-password ""
            }
        }
        user drift {
            authentication {
                plaintext-password "⟨pw:w⟩"
            }
        }
    }
}
vpn {
    ipsec {
        authentication {
            psk kontor {
                id 198.51.100.20
                secret "⟨pw:a⟩"
            }
        }
    }
}
''')


@doc("cisco-asa-change-script", "changes/CHG-20260119-asa.txt", "cisco asa change script (commands to paste)")
def _(d):
    return d.T('''! CHG-20260119 – ny site-to-site mot Göteborg + servicekonto
! Körs i config-läge på asa-fw01 (ASA 9.18)
username svc-backup password ⟨pw:n⟩ privilege 3
!
tunnel-group 203.0.113.45 type ipsec-l2l
tunnel-group 203.0.113.45 ipsec-attributes
 ikev2 remote-authentication pre-shared-key ⟨pw:a#psk⟩
 ikev2 local-authentication pre-shared-key ⟨=psk⟩
!
aaa-server RADIUS-NPS protocol radius
aaa-server RADIUS-NPS (inside) host 10.1.1.20
 key ⟨pw:a⟩
!
! Efter write mem visas de som:  username svc-backup password ⟨b64u:22⟩ pbkdf2 privilege 3
! och pre-shared-key *****
''')


@doc("procurve-switch-config", "configs/sw-lager-01.cfg", "hp procurve / aruba-os switch running config")
def _(d):
    return d.T('''; J9772A Configuration Editor; Created on release #YA.16.10.0020
; Ver #14:01.44.00.04.19.02.13.98.82.34.61.18.28.f3.84.9c.63.ff.37.27:05
hostname "SW-LAGER-01"
module 1 type j9772a
snmp-server community "⟨pw:a⟩" operator unrestricted
snmp-server community "public" restricted
radius-server host 10.1.1.20 key "⟨pw:n⟩"
vlan 1
   name "DEFAULT_VLAN"
   untagged 1-48
   ip address 10.30.0.2 255.255.255.0
   exit
password manager user-name "drift" plaintext "⟨pw:h⟩"
password operator user-name "lager" sha1 "⟨sha1⟩"
''')


@doc("nslcd-conf-bindpw", "etc/nslcd.conf", "nss/pam ldap daemon configuration")
def _(d):
    return d.T('''# /etc/nslcd.conf
uid nslcd
gid nslcd
uri ldaps://ldap1.kvarnbygget.se/ ldaps://ldap2.kvarnbygget.se/
base dc=kvarnbygget,dc=se
binddn cn=nslcd,ou=tjanst,dc=kvarnbygget,dc=se
bindpw ⟨pw:w⟩
rootpwmoddn cn=Manager,dc=kvarnbygget,dc=se
rootpwmodpw ⟨pw:a⟩
ssl on
tls_reqcert demand
tls_cacertfile /etc/ssl/certs/ca-certificates.crt
filter passwd (&(objectClass=posixAccount)(memberOf=cn=linux,ou=grupper,dc=kvarnbygget,dc=se))
''')


@doc("sonic-search-config-cfg", "etc/sonic/config.cfg", "sonic search backend configuration")
def _(d):
    return d.T('''[server]
log_level = "warn"

[channel]
inet = "0.0.0.0:1491"
tcp_timeout = 300
auth_password = "⟨pw:a⟩"

[channel.search]
query_limit_default = 10
query_limit_maximum = 100

[store]
[store.kv]
path = "/var/lib/sonic/store/kv/"
''')


@doc("postfix-sasl-passwd-map", "etc/postfix/sasl_passwd", "postfix sasl_passwd lookup table")
def _(d):
    return d.T('''# postmap /etc/postfix/sasl_passwd  after every change
[smtp.relaytjanst.se]:587      ⟨em:role#u1⟩:⟨pw:w⟩
[smtp-backup.relaytjanst.se]:2525  kvarnbygget-relay:⟨pw:a⟩
# @kvarnbygget.se sender-dependent:
@faktura.kvarnbygget.se        faktura-relay:⟨pw:h⟩
''')


@doc("fetchmailrc-poll", "home/karin/.fetchmailrc", "fetchmail run control file")
def _(d):
    return d.T('''set daemon 300
set logfile ~/.fetchmail.log
set postmaster "karin"

poll imap.bredband.net protocol IMAP
    user '⟨em:person⟩' there with password '⟨pw:w⟩' is 'karin' here
    ssl sslcertck
    keep

poll mail.hedeby-redovisning.se proto imap
    user "karin.berg" there with password "⟨pw:p⟩" is karin here
    folder INBOX
    fetchall ssl
''')


@doc("msmtprc-accounts", "home/ebba/.msmtprc", "msmtp smtp client configuration")
def _(d):
    return d.T('''defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        jobb
host           smtp.office365.com
port           587
from           ⟨em:work#w⟩
user           ⟨=w⟩
password       ⟨pw:h⟩

account        privat
host           smtp.gmail.com
port           587
from           ⟨em:person#p⟩
user           ⟨=p⟩
passwordeval   "pass show mail/gmail-app"

account default : jobb
''')


@doc("gammu-smsdrc", "etc/gammu-smsdrc", "sms gateway daemon configuration")
def _(d):
    return d.T('''[gammu]
device = /dev/ttyUSB2
connection = at
logformat = textalldate

[smsd]
service = sql
driver = native_mysql
host = localhost
database = smsd
user = smsd
password = ⟨pw:n⟩
PIN = 4821
logfile = /var/log/gammu-smsd.log
debuglevel = 1
RunOnReceive = /usr/local/bin/sms-inkommande.sh
''')


@doc("rsyncd-conf-and-secrets", "etc/rsyncd.secrets", "rsync daemon secrets file")
def _(d):
    return d.T('''# user:password  (chmod 600, referenced by "secrets file" in rsyncd.conf)
backup:⟨pw:a⟩
webdeploy:⟨pw:n⟩
kamera:⟨pw:h⟩
''')


@doc("cifs-credentials-file", "root/.smbcredentials-ekonomi", "mount.cifs credentials file")
def _(d):
    return d.T('''username=svc-skanner
password=⟨pw:w⟩
domain=KONTOR
''')


@doc("rabbitmqctl-shell-history", "root/.bash_history", "root shell history on a message broker host")
def _(d):
    return d.T('''systemctl status rabbitmq-server
rabbitmqctl list_users
rabbitmqctl add_user orderflow '⟨pw:w⟩'
rabbitmqctl set_permissions -p /orders orderflow ".*" ".*" ".*"
rabbitmqctl add_user metrics ⟨pw:a⟩
rabbitmqctl set_user_tags metrics monitoring
rabbitmqctl change_password guest ⟨pw:n⟩
rabbitmqctl delete_user guest
rabbitmq-plugins enable rabbitmq_prometheus
curl -s -u metrics:⟨pw:a⟩ http://localhost:15672/api/overview | jq .object_totals
sha256sum /var/lib/rabbitmq/.erlang.cookie
''')


@doc("sqlplus-easy-connect-script", "opt/batch/bin/run_month_close.sh", "shell script calling sqlplus with easy connect")
def _(d):
    return d.T('''#!/bin/ksh
# Månadsbokslut – körs av batch-schemat sista vardagen
. /opt/oracle/env.sh
LOG=/opt/batch/log/month_close_$(date +%Y%m).log

sqlplus -s EKONOMI_BATCH/⟨pw:n⟩@//ora-prod-scan.int:1521/EKOPRD <<EOF >> $LOG
WHENEVER SQLERROR EXIT SQL.SQLCODE
SET SERVEROUTPUT ON
EXEC month_close.run(p_period => TO_CHAR(SYSDATE,'YYYYMM'));
EXIT
EOF

# rapportkopia till DW
sqlplus -s dw_loader/"⟨pw:w⟩"@DWPRD @/opt/batch/sql/copy_close.sql
''')


@doc("db2-clp-connect-script", "home/db2inst1/scripts/reorg_weekly.sh", "db2 command line processor script")
def _(d):
    return d.T('''#!/bin/sh
. /home/db2inst1/sqllib/db2profile
db2 connect to LAGERDB user db2admin using ⟨pw:a⟩
db2 "REORG TABLE LAGER.ARTIKEL"
db2 "RUNSTATS ON TABLE LAGER.ARTIKEL WITH DISTRIBUTION AND DETAILED INDEXES ALL"
db2 connect reset
db2 connect to RAPPDB user rapport using "⟨pw:h⟩"
db2 "CALL SYSPROC.ADMIN_CMD('REORG INDEXES ALL FOR TABLE RAPP.FORSALJNING')"
db2 terminate
''')


@doc("firebird-isql-input-sql", "db/migrations/2026-01-kassa.sql", "firebird isql input script")
def _(d):
    return d.T('''SET SQL DIALECT 3;
CONNECT 'kassa-db.int:/var/lib/firebird/data/KASSA.FDB' USER 'SYSDBA' PASSWORD '⟨pw:n|sql⟩';

ALTER TABLE KVITTO ADD MOMS_25 NUMERIC(12,2);
CREATE USER RAPPORT PASSWORD '⟨pw:q|sql⟩';
GRANT SELECT ON KVITTO TO USER RAPPORT;
COMMIT;
''')


@doc("mssql-linked-server-login-sql", "sql/linked-servers/affarssystem.sql", "sql server linked server setup script")
def _(d):
    return d.T('''USE [master]
GO
EXEC master.dbo.sp_addlinkedserver
    @server = N'AFFARSSYSTEM',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'affar-sql01.int,1433';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'AFFARSSYSTEM',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'lankad_las',
    @rmtpassword = N'⟨pw:p|sql⟩';
GO
CREATE LOGIN [rapport_app] WITH PASSWORD = N'⟨pw:w|sql⟩', CHECK_POLICY = ON;
GO
''')


@doc("postgres-fdw-user-mapping-sql", "migrations/V42__fdw_ekonomi.sql", "postgresql foreign data wrapper migration")
def _(d):
    return d.T('''CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER ekonomi_srv
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'pg-ekonomi.int', port '5432', dbname 'ekonomi');

CREATE USER MAPPING FOR rapport
  SERVER ekonomi_srv
  OPTIONS (user 'fdw_reader', password '⟨pw:q|sql⟩');

IMPORT FOREIGN SCHEMA public LIMIT TO (faktura, kund)
  FROM SERVER ekonomi_srv INTO ekonomi_remote;

ALTER ROLE etl_loader WITH LOGIN PASSWORD '⟨pw:a|sql⟩' VALID UNTIL '2026-12-31';
-- SCRAM verifier after the change (pg_authid.rolpassword):
-- SCRAM-SHA-256$4096:⟨b64:16⟩$⟨b64:32⟩:⟨b64:32⟩
''')


@doc("hikaricp-datasource-properties", "config/hikari.properties", "hikaricp datasource properties")
def _(d):
    return d.T('''dataSourceClassName=org.postgresql.ds.PGSimpleDataSource
dataSource.serverName=pg-prod.int
dataSource.portNumber=5432
dataSource.databaseName=bokning
dataSource.user=bokning_app
dataSource.password=⟨pw:w⟩
maximumPoolSize=20
connectionTimeout=30000
poolName=bokning-pool
''')


@doc("appsettings-connectionstrings-json", "src/Lager.Api/appsettings.Production.json", "asp.net core appsettings with connection strings")
def _(d):
    return d.T('''{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "ConnectionStrings": {
    "Lager": "Server=tcp:lager-sql.int,1433;Initial Catalog=Lager;User ID=lager_api;Password=⟨pw:n|json⟩;Encrypt=True;TrustServerCertificate=False;",
    "Rapport": "Host=pg-rapport.int;Port=5432;Database=rapport;Username=rapport_ro;Password=⟨pw:p|json⟩;SSL Mode=Require",
    "Cache": "redis.int:6380,password=⟨pw:a|json⟩,ssl=True,abortConnect=False"
  },
  "AllowedHosts": "*"
}
''')


@doc("sqlalchemy-create-engine-py", "etl/db.py", "python sqlalchemy engine setup with url-encoded passwords")
def _(d):
    return d.T('''from sqlalchemy import create_engine
from sqlalchemy.engine import URL

# source: old ERP (MySQL)
erp = create_engine(
    "mysql+pymysql://erp_read:⟨upw:p⟩@erp-db.int:3306/erp?charset=utf8mb4",
    pool_pre_ping=True,
)

# target: warehouse (Postgres)
dw = create_engine(
    URL.create(
        "postgresql+psycopg",
        username="dw_loader",
        password="⟨pw:q|json⟩",
        host="dw.int",
        database="dw",
    )
)
''')


@doc("node-pg-pool-config-js", "src/db/pool.js", "node-postgres pool configuration")
def _(d):
    return d.T('''const { Pool } = require('pg');

const pool = new Pool({
  host: process.env.PGHOST || 'pg-prod.int',
  port: 5432,
  user: 'tidbok',
  password: process.env.PGPASSWORD || '⟨pw:w⟩',
  database: 'tidbok',
  max: 15,
  idleTimeoutMillis: 30000,
  ssl: { rejectUnauthorized: false },
});

module.exports = pool;
''')


@doc("ruby-sequel-connect-rb", "db/connection.rb", "ruby sequel database connection")
def _(d):
    return d.T('''require "sequel"

DB = Sequel.connect(
  adapter: "postgres",
  host: "pg-medlem.int",
  database: "medlem",
  user: "medlem_app",
  password: "⟨pw:h⟩",
  max_connections: 10,
  logger: nil
)

ARCHIVE = Sequel.connect("mysql2://arkiv:⟨upw:a⟩@arkiv-db.int/arkiv")
''')


@doc("paramiko-ssh-client-script", "tools/collect_configs.py", "python paramiko script collecting switch configs")
def _(d):
    return d.T('''#!/usr/bin/env python3
import paramiko

SWITCHES = ["10.30.0.2", "10.30.0.3", "10.30.0.4"]
USER = "backup"
PASSWORD = "⟨pw:n⟩"

for host in SWITCHES:
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username=USER, password=PASSWORD, look_for_keys=False, timeout=10)
    _, out, _ = c.exec_command("show running-config")
    with open(f"configs/{host}.cfg", "w") as f:
        f.write(out.read().decode())
    c.close()

# jump host for the remote site
jump = paramiko.SSHClient()
jump.set_missing_host_key_policy(paramiko.AutoAddPolicy())
jump.connect("jump.kalmarhamn.se", username="drift", password="⟨pw:w⟩")
''')


@doc("sshpass-rsync-crontab", "var/spool/cron/crontabs/backup", "crontab using sshpass with rsync")
def _(d):
    return d.T('''# m h  dom mon dow   command
MAILTO=""
15 2 * * * sshpass -p '⟨pw:a⟩' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" /srv/data/ backup@192.168.20.5:/volume1/backup/srv/
45 2 * * 0 sshpass -p ⟨pw:n⟩ scp -o StrictHostKeyChecking=no /var/backups/db.sql.gz arkiv@10.9.0.4:/arkiv/db/
0 6 * * * /usr/local/bin/check-backup.sh >> /var/log/check-backup.log 2>&1
''')


@doc("wget-ftp-mirror-script", "opt/scripts/hamta-prislistor.sh", "shell script mirroring a supplier ftp with wget")
def _(d):
    return d.T('''#!/bin/bash
# Hämtar leverantörernas prislistor varje natt
cd /srv/prislistor || exit 1
wget -q -m -nH --cut-dirs=1 --ftp-user=kvarnbygget --ftp-password='⟨pw:w⟩' ftp://ftp.grossist-nord.se/prislistor/
wget -q -N --user=kvarnb --password=⟨pw:a⟩ https://partner.bygghandel.se/export/prislista.csv
wget -q -N ftp://kvarn:⟨upw:h⟩@ftp.virkesbolaget.se/ut/priser.xml
''')


@doc("linphonerc-auth-info", "home/reception/.linphonerc", "linphone sip client configuration")
def _(d):
    return d.T('''[sip]
default_proxy=0
sip_port=5060
guess_hostname=1
register_only_when_network_is_up=1

[proxy_0]
reg_proxy=<sip:sip.telefonivaxel.se;transport=tls>
reg_identity="Receptionen" <sip:4631⟨int:6⟩@sip.telefonivaxel.se>
reg_expires=3600
reg_sendregister=1
publish=0

[auth_info_0]
username=4631⟨int:6⟩
userid=4631⟨int:6⟩
passwd=⟨pw:a⟩
realm=sip.telefonivaxel.se
domain=sip.telefonivaxel.se
''')


@doc("nmcli-connection-add-history", "home/tekniker/.zsh_history", "zsh extended history with nmcli commands")
def _(d):
    return d.T(''': 1768812201:0;nmcli dev wifi list
: 1768812244:0;nmcli con add type wifi ifname wlan0 con-name Lager-Skanner ssid Lager-Skanner wifi-sec.key-mgmt wpa-psk wifi-sec.psk "⟨pw:s⟩"
: 1768812290:0;nmcli con up Lager-Skanner
: 1768812350:0;nmcli con add type wifi ifname wlan0 con-name Kontor-8021x ssid KONTOR 802-1x.eap peap 802-1x.phase2-auth mschapv2 802-1x.identity tekniker 802-1x.password '⟨pw:h⟩' wifi-sec.key-mgmt wpa-eap
: 1768812402:0;nmcli -s con show Lager-Skanner | grep psk
: 1768812460:0;ip a
''')


@doc("iwd-network-psk-file", "var/lib/iwd/Stugan-5G.psk", "iwd wireless daemon network profile")
def _(d):
    return d.T('''[Security]
Passphrase=⟨pw:s⟩

[Settings]
AutoConnect=true
''')


@doc("keytool-openssl-notes-md", "docs/certifikat-rutin.md", "team runbook with keytool and openssl commands")
def _(d):
    return d.T('''# Förnya certifikat för kassa-api

1. Skapa CSR:

```
openssl req -new -newkey rsa:3072 -nodes -keyout kassa-api.key -out kassa-api.csr -subj "/CN=kassa-api.kvarnbygget.se"
```

2. Bygg PKCS#12 när det signerade certet kommit (lösenordet ligger i Bitwarden, men för att det ska gå snabbt):

```
openssl pkcs12 -export -in kassa-api.crt -inkey kassa-api.key -certfile chain.pem -out kassa-api.p12 -passout pass:⟨pw:a⟩
```

3. Importera i keystore:

```
keytool -importkeystore -srckeystore kassa-api.p12 -srcstoretype PKCS12 -srcstorepass ⟨pw:n⟩ -destkeystore /opt/kassa/keystore.jks -deststorepass ⟨pw:w⟩ -destkeypass ⟨pw:w⟩
```

4. Kontrollera fingeravtrycket: `SHA256 ⟨x:C3:9A:41:7E:0B:D6:22:F1:8C:5E:63:A4:90:1B:7D:E8⟩...`
''')


@doc("gpg-batch-passphrase-cron", "etc/cron.daily/krypterad-export", "cron script encrypting exports with gpg")
def _(d):
    return d.T('''#!/bin/sh
# Krypterar dagens export innan den skickas till banken
EXPORT=/srv/export/betalningar-$(date +%F).xml
gpg --batch --yes --pinentry-mode loopback --passphrase '⟨pw:s⟩' \\
    --local-user 0x⟨HEX:16⟩ --sign --encrypt -r bank-filoverforing \\
    -o "$EXPORT.gpg" "$EXPORT"
zip -P ⟨pw:a⟩ /srv/export/arkiv-$(date +%F).zip "$EXPORT"
''')


@doc("mariabackup-cron-script", "usr/local/sbin/db-backup.sh", "mariadb backup script")
def _(d):
    t = d.T('''#!/bin/bash
set -euo pipefail
TARGET=/backup/mariadb/$(date +%F)
mkdir -p "$TARGET"
mariabackup --backup --target-dir="$TARGET" --user=backup --password='⟨pw:w⟩'
mariabackup --prepare --target-dir="$TARGET"
mysql -u monitor -p⟨pw:a#m⟩ -e "INSERT INTO ops.backup_log (host, dir) VALUES ('$(hostname)', '$TARGET')"
PGPASSWORD='⟨pw:h⟩' pg_dump -h pg-prod.int -U backup -Fc bokning > "$TARGET/bokning.dump"
''')
    d.glue_ok.add(d.V("m"))
    return t


@doc("bcp-export-batch-file", "jobs/export_artiklar.bat", "windows batch file calling bcp")
def _(d):
    return d.T('''@echo off
REM Exporterar artikelregistret till leverantörsportalen
set SERVER=affar-sql01
set DB=Affar
bcp "SELECT ArtNr, Benamning, Pris FROM dbo.Artikel WHERE Aktiv = 1" queryout C:\\export\\artiklar.csv -c -t; -S %SERVER% -d %DB% -U export_user -P ⟨pw:n⟩
sqlcmd -S %SERVER% -d %DB% -U export_user -P "⟨pw:a⟩" -Q "EXEC dbo.MarkeraExporterat"
''')


@doc("ldapsearch-shell-history", "home/henrik/.bash_history", "shell history with ldap tools")
def _(d):
    return d.T('''ldapsearch -x -H ldaps://dc01.kontor.local -D "CN=svc-ldap,OU=Tjanst,DC=kontor,DC=local" -w '⟨pw:w⟩' -b "DC=kontor,DC=local" "(sAMAccountName=anna.lind)" memberOf
ldapsearch -x -H ldaps://dc01.kontor.local -D "CN=svc-ldap,OU=Tjanst,DC=kontor,DC=local" -W -b "OU=Personal,DC=kontor,DC=local" mail
ldappasswd -x -H ldap://ldap1.int -D "cn=Manager,dc=kvarnbygget,dc=se" -w ⟨pw:a⟩ -s ⟨pw:h⟩ "uid=lisa,ou=people,dc=kvarnbygget,dc=se"
smbclient //fil01/ekonomi -U 'KONTOR\\henrik%⟨pw:n⟩' -c 'ls'
history | tail -5
''')


@doc("racadm-remote-commands", "docs/idrac-byte-av-lösenord.txt", "dell racadm remote command notes")
def _(d):
    return d.T('''iDRAC – byte av root-lösenord på hela racket (2026-01-19)

Gamla lösenordet (alla noder): ⟨pw:n#pw2⟩
Nya lösenordet:                ⟨pw:w#pw3⟩

for h in 10.99.0.11 10.99.0.12 10.99.0.13; do
  racadm -r $h -u root -p '⟨=pw2⟩' set iDRAC.Users.2.Password '⟨=pw3⟩'
done

Kontroll: racadm -r 10.99.0.11 -u root -p ... getsysinfo
''')
