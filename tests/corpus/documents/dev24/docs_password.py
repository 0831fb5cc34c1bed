"""Passwords: daemons' and network devices' configs, DSNs and connection strings, command lines and scripts,
client-library calls, IaC and CI."""
from core import tdoc, doc

tdoc("openldap-slapd-conf", "etc/openldap/slapd.conf", "ldap server config", r'''include		/etc/openldap/schema/core.schema
include		/etc/openldap/schema/cosine.schema
include		/etc/openldap/schema/inetorgperson.schema

pidfile		/run/openldap/slapd.pid
argsfile	/run/openldap/slapd.args

database	mdb
maxsize		1073741824
suffix		"dc=fjallkommun,dc=se"
rootdn		"cn=Manager,dc=fjallkommun,dc=se"
# Cleartext passwords, especially for the rootdn, should be avoided.  See slappasswd(8).
rootpw		⟨pw:a⟩
# the hashed variant we should switch to:
#rootpw		{SSHA}⟨b64l:32⟩
directory	/var/lib/openldap/openldap-data

syncrepl rid=001
	provider=ldaps://ldap1.fjallkommun.se
	type=refreshAndPersist
	searchbase="dc=fjallkommun,dc=se"
	bindmethod=simple
	binddn="cn=replicator,dc=fjallkommun,dc=se"
	credentials=⟨pw:u⟩
	retry="60 +"
''')

tdoc("389ds-dscreate-inf", "ds-instance.inf", "directory server install answer file", r'''[general]
config_version = 2
full_machine_name = ldap02.kulturhuset.se
start = True

[slapd]
instance_name = kulturhuset
port = 389
secure_port = 636
root_dn = cn=Directory Manager
root_password = ⟨pw:w⟩
self_sign_cert = False

[backend-userroot]
sample_entries = no
suffix = dc=kulturhuset,dc=se

# Replication manager (added to dse.ldif by the playbook)
# nsds5ReplicaCredentials: ⟨pw:a⟩
''')

tdoc("shoutcast-sc-serv-conf", "sc_serv.conf", "streaming server config", r'''; SHOUTcast DNAS 2 -- Radio Kustvåg
portbase=8000
maxuser=250
password=⟨pw:a⟩
adminpassword=⟨pw:a⟩
logfile=logs/sc_serv.log
w3clog=logs/sc_w3c.log
banfile=control/sc_serv.ban
streamid_1=1
streampath_1=/live
streampassword_1=⟨pw:u⟩
streammaxuser_1=200
; relay from the studio encoder
streamid_2=2
streamrelayurl_2=http://studio.kustvag.se:8010/backup
streamauthhash_2=⟨hexl:32⟩
''')

tdoc("minecraft-server-properties", "server.properties", "game server properties", r'''#Minecraft server properties
#Sat Jan 17 19:22:41 CET 2026
enable-jmx-monitoring=false
rcon.port=25575
level-seed=⟨n:12⟩
gamemode=survival
enable-command-block=false
enable-query=false
level-name=world
motd=Skolans server -- bara för klass 8B
query.port=25565
pvp=false
difficulty=easy
network-compression-threshold=256
require-resource-pack=false
max-tick-time=60000
use-native-transport=true
max-players=30
online-mode=true
enable-status=true
allow-flight=false
broadcast-rcon-to-ops=true
view-distance=10
server-ip=
resource-pack-sha1=⟨sha1⟩
spawn-npcs=true
white-list=true
enable-rcon=true
rcon.password=⟨pw:h⟩
server-port=25565
''')

tdoc("keydb-conf", "etc/keydb/keydb.conf", "in-memory database config", r'''bind 10.12.0.21 127.0.0.1
port 6379
protected-mode yes
server-threads 4
active-replica yes
multi-master yes
replicaof 10.12.0.22 6379
masterauth ⟨pw:a#ma⟩
requirepass ⟨=ma⟩
user default on nopass ~* &* +@all
user metrics on >⟨pw:u⟩ ~* +info +ping +client|list
user app on #⟨sha256⟩ ~app:* +@read +@write
# rename-command CONFIG ""
maxmemory 6gb
''')

tdoc("orchestrator-conf-json", "etc/orchestrator.conf.json", "database topology manager config", r'''{
  "Debug": false,
  "ListenAddress": ":3000",
  "MySQLTopologyUser": "orc_client",
  "MySQLTopologyPassword": "⟨pw:a⟩",
  "MySQLOrchestratorHost": "127.0.0.1",
  "MySQLOrchestratorPort": 3306,
  "MySQLOrchestratorDatabase": "orchestrator",
  "MySQLOrchestratorUser": "orc_server",
  "MySQLOrchestratorPassword": "⟨pw:w⟩",
  "MySQLTopologyCredentialsConfigFile": "",
  "RecoverMasterClusterFilters": ["*"],
  "AuthenticationMethod": "basic",
  "HTTPAuthUser": "dba",
  "HTTPAuthPassword": "⟨pw:u⟩",
  "RaftEnabled": false
}
''')

tdoc("couchbase-cli-commands", "bootstrap-cluster.sh", "database cluster bootstrap script", r'''#!/usr/bin/env bash
set -euo pipefail
# Bootstrap the analytics Couchbase cluster (run once per environment)

couchbase-cli cluster-init -c cb1.analys.internal \
  --cluster-username Administrator \
  --cluster-password '⟨pw:a#cb⟩' \
  --services data,index,query \
  --cluster-ramsize 8192 --cluster-index-ramsize 1024

for n in cb2 cb3; do
  couchbase-cli server-add -c cb1.analys.internal -u Administrator -p '⟨=cb⟩' \
    --server-add "https://$n.analys.internal:18091" \
    --server-add-username Administrator --server-add-password '⟨=cb⟩' --services data
done

couchbase-cli user-manage -c cb1.analys.internal -u Administrator -p '⟨=cb⟩' \
  --set --rbac-username etl_loader --rbac-password '⟨pw:u⟩' --roles bucket_full_access[events] --auth-domain local

# the SDK connection string has no password; app reads it from Vault: cb_password=${CB_PASSWORD}
''')

tdoc("kapacitor-conf", "etc/kapacitor/kapacitor.conf", "monitoring alert daemon config", r'''hostname = "kapacitor01"
data_dir = "/var/lib/kapacitor"

[http]
  bind-address = ":9092"
  auth-enabled = true

[[influxdb]]
  enabled = true
  default = true
  name = "metrics"
  urls = ["https://influx.driftcentralen.se:8086"]
  username = "kapacitor"
  password = "⟨pw:a⟩"
  timeout = 0

[smtp]
  enabled = true
  host = "smtp.driftcentralen.se"
  port = 587
  username = "larm"
  password = "⟨pw:w⟩"
  from = "⟨emo⟩"
  to = ["⟨em⟩"]

[slack]
  enabled = false
  url = ""
''')

tdoc("libreswan-ipsec-secrets", "etc/ipsec.d/branch-offices.secrets", "vpn secrets file", r'''# Branch office tunnels -- managed by hand until the SD-WAN rollout
# format: left right : PSK "secret"
%any ⟨ip4⟩ : PSK "⟨pw:a⟩"
%any ⟨ip4⟩ : PSK "⟨pw:w⟩"
# XAUTH users (road warriors)
@vpn.lagerhallen.se lena.wagner : XAUTH "⟨pw:h⟩"
# decommissioned: 198.51.100.7 : PSK "old-psk-removed"
: RSA "vpn.lagerhallen.se"
''')

tdoc("shadowsocks-config-json", "etc/shadowsocks-libev/config.json", "proxy server config", r'''{
    "server": ["::0", "0.0.0.0"],
    "server_port": 8388,
    "password": "⟨pw:u⟩",
    "timeout": 300,
    "method": "chacha20-ietf-poly1305",
    "fast_open": true,
    "mode": "tcp_and_udp",
    "plugin": "v2ray-plugin",
    "plugin_opts": "server;tls;host=cdn.resebyran-norr.se"
}
''')

tdoc("hostapd-conf", "etc/hostapd/hostapd.conf", "wireless access point daemon config", r'''interface=wlan0
bridge=br0
driver=nl80211
ssid=Kafe-Gaster
country_code=SE
hw_mode=g
channel=6
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=⟨pw:h⟩

# second BSS for staff, 802.1X against the RADIUS box
bss=wlan0_1
ssid=Kafe-Personal
wpa=2
wpa_key_mgmt=WPA-EAP
ieee8021x=1
auth_server_addr=192.168.10.5
auth_server_port=1812
auth_server_shared_secret=⟨pw:a⟩
''')

tdoc("cisco-nxos-running-config", "n9k-core-01-running.txt", "datacenter switch running config", r'''!Command: show running-config
!Running configuration last done at: Tue Jan 13 09:48:21 2026
!Time: Tue Jan 13 10:02:55 2026

version 10.3(4a) Bios:version 05.51
hostname n9k-core-01
feature tacacs+
feature bgp
feature lacp

username admin password 5 $5$⟨anl:8⟩$⟨b64l:43⟩  role network-admin
username netbackup password 0 ⟨pw:a⟩ role network-operator
ip domain-lookup
tacacs-server key 7 "⟨anl:18⟩"
radius-server host 10.8.0.15 key 0 ⟨pw:u⟩ authentication accounting
snmp-server user monitor network-operator auth sha ⟨pw:a⟩ priv aes-128 ⟨pw:a⟩
ntp server 10.8.0.1 use-vrf management

router bgp 65010
  neighbor 10.9.0.2
    remote-as 65020
    password 0 ⟨pw:w⟩
''')

tdoc("aruba-aoscx-config", "sw-acc-2f-config.txt", "campus switch config", r'''!Version ArubaOS-CX FL.10.13.1010
!export-password: default
hostname sw-acc-2f
user admin group administrators password ciphertext AQBapX⟨b64l:60⟩
user provision group administrators password plaintext ⟨pw:a⟩
radius-server host 10.20.0.40 key plaintext ⟨pw:u⟩
radius-server host 10.20.0.41 key ciphertext AQBapY⟨b64l:48⟩
aaa authentication port-access dot1x authenticator
    enable
ntp server 10.20.0.1 iburst
snmp-server community ⟨pw:a⟩
snmpv3 user librenms auth sha auth-pass plaintext ⟨pw:w⟩ priv aes priv-pass plaintext ⟨pw:a⟩
vlan 1,10,20,99
''')

tdoc("paloalto-set-commands", "migration-set-commands.txt", "firewall cli set commands", r'''# generated from the ASA migration workbook, review before commit!
set deviceconfig system hostname pa-edge-01
set deviceconfig system dns-setting servers primary 10.1.0.53
set shared server-profile ldap AD-LDAP server dc01 address 10.1.0.10
set shared server-profile ldap AD-LDAP bind-dn "CN=svc-paloalto,OU=Service,DC=ad,DC=tornby,DC=se"
set shared server-profile ldap AD-LDAP bind-password ⟨pw:a⟩
set network ike gateway GW-GBG authentication pre-shared-key key ⟨pw:w⟩
set network ike gateway GW-GBG peer-address ip ⟨ip4⟩
set network ike gateway GW-MMO authentication pre-shared-key key ⟨pw:a⟩
set network ike gateway GW-MMO peer-address ip ⟨ip4⟩
set mgt-config users backupro password
# (interactive -- enter the password when prompted, do not paste it here)
set mgt-config users backupro permissions role-based superreader yes
''')

tdoc("extreme-exos-config", "exos-dist-03.xsf", "switch config script", r'''#
# Module vlan configuration.
#
create vlan "Mgmt-Net"
configure vlan Mgmt-Net tag 99
configure vlan Mgmt-Net ipaddress 10.99.3.2 255.255.255.0
#
# Module snmpMaster configuration.
#
configure snmpv3 add user "observium" authentication sha ⟨pw:a⟩ privacy aes ⟨pw:a⟩
configure snmpv3 add group "ops" user "observium" sec-model usm
disable snmp access snmp-v1v2c
#
# Module aaa configuration.
#
configure radius netlogin primary server 10.99.0.5 1812 client-ip 10.99.3.2 vr VR-Default
configure radius netlogin primary shared-secret ⟨pw:u⟩
create account admin ops ⟨pw:w⟩
''')

tdoc("hp-comware-config", "h3c-floor4.cfg", "network switch config", r'''#
 version 7.1.070, Release 3506P10
#
 sysname H3C-Floor4
#
 super password role network-admin simple ⟨pw:a⟩
#
radius scheme office
 primary authentication 10.30.0.20
 primary accounting 10.30.0.20
 key authentication simple ⟨pw:u⟩
 key accounting cipher $c$3$⟨b64l:40⟩
#
local-user admin class manage
 password hash $h$6$⟨b64l:22⟩$⟨b64l:86⟩
 service-type ssh
 authorization-attribute user-role network-admin
#
local-user installer class manage
 password simple ⟨pw:w⟩
 service-type ssh terminal
#
return
''')

tdoc("cisco-wlc-config", "wlc-5520-config.txt", "wireless controller config", r'''config sysname WLC-Stadshuset
config radius auth add 1 10.40.0.30 1812 ascii ⟨pw:a⟩
config radius acct add 1 10.40.0.30 1813 ascii ⟨pw:a⟩
config wlan create 3 Gast-WiFi Gast-WiFi
config wlan security wpa akm 802.1x disable 3
config wlan security wpa akm psk enable 3
config wlan security wpa akm psk set-key ascii ⟨pw:h⟩ 3
config wlan create 4 Stadshuset-Intern Stadshuset-Intern
config mgmtuser add wlcadmin ⟨pw:w⟩ read-write
config snmp community create public
config snmp community delete public
config snmp v3user create observium read-only hmacsha aescfb128 ⟨pw:a⟩ ⟨pw:a⟩
''')

@doc("mysqldump-cron-scripts", "nightly-dump.sh", "database backup shell script")
def _mysqldump(d):
    d.refs["p1"] = d.L("password", d.password("a"))
    d.glue_ok.add(d.refs["p1"])
    return d.T(r'''#!/bin/sh
# /etc/cron.d/mysqldump -> 02:15 every night
set -e
DAY=$(date +%F)
DEST=/backup/mysql/$DAY
mkdir -p "$DEST"

for db in webshop crm; do
  mysqldump -h db-primary.webbhuset.internal -u backup -p⟨=p1⟩ --single-transaction --routines "$db" \
    | gzip > "$DEST/$db.sql.gz"
done

# reporting replica uses its own user
mysqldump --host=db-replica.webbhuset.internal --user=report_dump --password='⟨pw:u⟩' reporting | gzip > "$DEST/reporting.sql.gz"

# mysql -u root -p   <- interactive, do not add the password here
find /backup/mysql -maxdepth 1 -mtime +14 -exec rm -rf {} \;
''')

tdoc("net-use-batch", "map-drives.cmd", "windows logon batch script", r'''@echo off
REM Logon script for the workshop PCs (GPO "Verkstad - Enheter")
net use Z: /delete /y >nul 2>&1
net use Z: \\fs01.verkstad.local\Ritningar ⟨pw:h⟩ /user:VERKSTAD\svc-ritning /persistent:no
net use Y: \\fs01.verkstad.local\Scan /user:VERKSTAD\scanner ⟨pw:a⟩ /persistent:no
cmdkey /add:nas02.verkstad.local /user:nas02\backup /pass:⟨pw:w⟩
REM printer mapping
rundll32 printui.dll,PrintUIEntry /in /n "\\print01\Verkstad-A3"
REM net use P: \\fs01\Personal * /user:%USERNAME%   (prompts)
''')

tdoc("wget-ftp-mirror-scripts", "mirror-supplier-ftp.sh", "ftp mirror shell script", r'''#!/bin/bash
# Mirrors price lists from the suppliers' FTP servers every morning.
LOG=/var/log/mirror-supplier.log

wget --mirror --no-host-directories --cut-dirs=1 \
  --ftp-user=grossist_se --ftp-password='⟨pw:a⟩' \
  ftp://ftp.grossistlagret.de/prislistor/ -P /data/leverantorer/grossist >>"$LOG" 2>&1

wget -q --user=kunde4471 --password='⟨pw:u⟩' \
  https://extranet.beschlag-union.de/export/preise.csv -O /data/leverantorer/beschlag/preise.csv

# third supplier switched to SFTP, see sftp-batch.txt (key auth, no password)
wget -q --http-user=api --http-password="$NORDFAST_PW" https://b2b.nordfast.se/pricelist.xml -O /data/leverantorer/nordfast.xml
''')

tdoc("redis-cli-ops-scripts", "ops/redis-flush-sessions.sh", "cache operations shell script", r'''#!/usr/bin/env bash
# Flush expired session keys on the three cache nodes (runbook RB-112)
set -euo pipefail
export REDISCLI_AUTH='⟨pw:a⟩'
for h in cache1 cache2 cache3; do
  redis-cli -h "$h.butik.internal" --scan --pattern 'sess:*' | xargs -r -n 500 redis-cli -h "$h.butik.internal" UNLINK
done
# the queue instance still uses the old-style AUTH password:
redis-cli -h queue1.butik.internal -p 6380 -a '⟨pw:u⟩' --no-auth-warning INFO keyspace
# redis-cli -a "$QUEUE_PASS" ...  (what it should look like)
''')

tdoc("openconnect-scripts", "vpn-up.sh", "vpn client shell script", r'''#!/bin/sh
# Brings up the supplier VPN for the EDI job. Runs as root from edi-vpn.service.
echo '⟨pw:w⟩' | openconnect --protocol=anyconnect --user=edi_kopcentralen \
    --passwd-on-stdin --servercert pin-sha256:⟨b64l:43⟩= \
    --background --pid-file=/run/edi-vpn.pid vpn.kopcentralen.se/edi

# fallback gateway with the token-less account
# openconnect --user=edi2 --passwd-on-stdin vpn2.kopcentralen.se < /etc/edi/vpn2.pass
''')

tdoc("chpasswd-provisioning", "provision/users.sh", "server provisioning script", r'''#!/bin/bash
# Creates the local service accounts on the kiosk image (packer provisioner)
set -e
useradd -m -s /bin/bash kiosk
useradd -m -s /bin/bash support
echo 'kiosk:⟨pw:h⟩' | chpasswd
echo "support:⟨pw:a⟩" | chpasswd
# locked account for the updater (key only)
useradd -m -s /usr/sbin/nologin updater && passwd -l updater
# root password hash from the old image (kept for reference, it is a hash, not the password)
# root:$6$⟨anl:16⟩$⟨b64l:86⟩
usermod -aG sudo support
''')

tdoc("prisma-env", "dot-env", "orm env file", r'''# Environment variables declared in this file are automatically made available to Prisma.
# See the documentation for more detail: https://pris.ly/d/prisma-schema#accessing-environment-variables-from-the-schema

DATABASE_URL="postgresql://app_rw:⟨upw:a⟩@pg.klubbkassan.internal:5432/klubbkassan?schema=public&sslmode=require"
SHADOW_DATABASE_URL="postgresql://prisma_shadow:⟨upw:a⟩@pg.klubbkassan.internal:5432/shadow"
DIRECT_URL="postgresql://postgres:postgres@localhost:5432/klubbkassan"
# DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"
''')

tdoc("drizzle-config-ts", "drizzle.config.ts", "orm migration config", r'''import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'mysql',
  dbCredentials: {
    host: 'mysql.hyrbilen.internal',
    port: 3306,
    user: 'drizzle_migrator',
    password: '⟨pw:a⟩',
    database: 'hyrbilen',
  },
  verbose: true,
  strict: true,
});
// Local: password: process.env.DB_PASSWORD ?? ''
''')

tdoc("typeorm-ormconfig-json", "ormconfig.json", "orm connection config", r'''[
  {
    "name": "default",
    "type": "postgres",
    "host": "pg-bokning.internal",
    "port": 5432,
    "username": "bokning",
    "password": "⟨pw:r⟩",
    "database": "bokning",
    "synchronize": false,
    "logging": ["error"],
    "entities": ["dist/entity/**/*.js"],
    "migrations": ["dist/migration/**/*.js"]
  },
  {
    "name": "legacy",
    "type": "mssql",
    "host": "sql01.bokning.internal",
    "username": "legacy_ro",
    "password": "⟨pw:w⟩",
    "database": "BokningGammal",
    "options": { "encrypt": true, "trustServerCertificate": true }
  }
]
''')

tdoc("doctrine-dbal-yaml", "config/packages/doctrine.yaml", "php orm config", r'''doctrine:
    dbal:
        default_connection: default
        connections:
            default:
                url: '%env(resolve:DATABASE_URL)%'
                server_version: '16'
            archive:
                url: 'mysql://archive_ro:⟨upw⟩@archive-db.mediaarkivet.internal:3306/archive?serverVersion=8.0.36&charset=utf8mb4'
            statistics:
                driver: pdo_pgsql
                host: stats-db.mediaarkivet.internal
                dbname: statistik
                user: stats
                password: '⟨pw:w⟩'
    orm:
        auto_generate_proxy_classes: false
''')

tdoc("r2dbc-spring-config", "src/main/resources/application-prod.yml", "reactive java service config", r'''spring:
  r2dbc:
    url: r2dbc:postgresql://pg-reactive.betalflode.internal:5432/payments
    username: payments_app
    password: ⟨pw:a⟩
    pool:
      initial-size: 5
      max-size: 20
  flyway:
    url: jdbc:postgresql://pg-reactive.betalflode.internal:5432/payments
    user: payments_owner
    password: ⟨pw:w⟩
  rabbitmq:
    host: mq.betalflode.internal
    username: payments
    password: ${RABBIT_PASSWORD}
management:
  endpoints.web.exposure.include: health,info
''')

tdoc("go-sql-open-calls", "internal/store/open.go", "go database code", r'''package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
)

func OpenOrders() (*sql.DB, error) {
	// TODO move to config; the password was rotated in December
	return sql.Open("mysql", "orders_svc:⟨pw:u⟩@tcp(mysql-orders.lagret.internal:3306)/orders?parseTime=true")
}

func OpenAnalytics() (*sql.DB, error) {
	return sql.Open("pgx", "host=pg-analytics.lagret.internal user=analytics password=⟨pw:a⟩ dbname=analytics sslmode=require")
}

func OpenLocal(password string) (*sql.DB, error) {
	return sql.Open("pgx", "host=localhost user=dev password="+password+" dbname=dev")
}
''')

tdoc("node-mysql2-pool", "src/db.js", "node database code", r'''const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: 'mysql.foreningsliv.internal',
  user: 'medlem_app',
  password: '⟨pw:r⟩',
  database: 'foreningsliv',
  waitForConnections: true,
  connectionLimit: 10,
});

// read replica for the public stats page
const replica = mysql.createPool('mysql://stats_ro:⟨upw:a⟩@mysql-replica.foreningsliv.internal/foreningsliv');

module.exports = { pool, replica };
''')

tdoc("ruby-sequel-connect", "lib/db.rb", "ruby database code", r'''require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL") { "postgres://skolmat:⟨upw:a⟩@pg.skolmaten.internal/skolmat" })

LEGACY = Sequel.connect(adapter: "mysql2", host: "mysql-legacy.skolmaten.internal",
                        user: "import", password: "⟨pw:w⟩", database: "matsedel")

# Sequel.connect("postgres://user:password@localhost/blog") -- from the README
''')

tdoc("perl-dbi-connect", "bin/sync_members.pl", "perl database script", r'''#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $src = DBI->connect('dbi:Pg:dbname=medlem;host=pg1.idrottsklubben.internal', 'sync', '⟨pw:a⟩',
    { RaiseError => 1, AutoCommit => 1 });
my $dst = DBI->connect('DBI:mysql:database=web;host=web-db.idrottsklubben.internal', 'web_sync', '⟨pw:u⟩',
    { RaiseError => 1 });

my $sth = $src->prepare('SELECT id, namn, lag FROM medlem WHERE aktiv');
$sth->execute;
while (my $r = $sth->fetchrow_hashref) {
    $dst->do('REPLACE INTO members (id, name, team) VALUES (?,?,?)', undef, @$r{qw(id namn lag)});
}
# my $pw = $ENV{SYNC_PW};  # planned
''')

tdoc("php-pdo-new-calls", "includes/db.php", "php database include", r'''<?php
// Shared DB include for the booking pages (legacy, PHP 7.4)
$dsn = 'mysql:host=db.campingplatsen.internal;dbname=bokning;charset=utf8mb4';
try {
    $pdo = new PDO($dsn, 'bokning_web', '⟨pw:r⟩', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
} catch (PDOException $e) {
    error_log($e->getMessage());
    exit('Databasfel');
}

// Reports (read only)
$rep = new PDO('pgsql:host=pg-rapport.campingplatsen.internal;dbname=rapport', 'rapport_ro', '⟨pw:a⟩');

// $pdo = new PDO($dsn, $user, $password);  -- example from php.net
''')

tdoc("dotnet-sqlconnectionstringbuilder", "Data/ConnectionFactory.cs", "c# database code", r'''using Microsoft.Data.SqlClient;

namespace Lonesystem.Data;

public static class ConnectionFactory
{
    public static SqlConnection Payroll()
    {
        var b = new SqlConnectionStringBuilder
        {
            DataSource = "sql-lon01.ad.lonesystem.se",
            InitialCatalog = "Lon",
            UserID = "lon_app",
            Password = "⟨pw:r⟩",
            Encrypt = true,
            TrustServerCertificate = false,
        };
        return new SqlConnection(b.ConnectionString);
    }

    public static SqlConnection Archive() =>
        new("Server=sql-arkiv.ad.lonesystem.se;Database=LonArkiv;User Id=arkiv_ro;Password=⟨pw:a⟩;Encrypt=True;");

    // Integrated Security=True for dev boxes; Password=<from KeyVault> in Azure
}
''')

tdoc("cdktf-typescript", "main.ts", "infrastructure-as-code typescript", r'''import { Construct } from 'constructs';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';

class DbStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-north-1' });

    new DbInstance(this, 'reporting', {
      identifier: 'reporting-prod',
      engine: 'postgres',
      instanceClass: 'db.t4g.medium',
      allocatedStorage: 100,
      username: 'reporting_admin',
      password: '⟨pw:a⟩',
      skipFinalSnapshot: false,
    });

    new DbInstance(this, 'reporting-staging', {
      identifier: 'reporting-staging',
      engine: 'postgres',
      instanceClass: 'db.t4g.small',
      allocatedStorage: 20,
      username: 'reporting_admin',
      manageMasterUserPassword: true,
    });
  }
}

const app = new App();
new DbStack(app, 'reporting');
app.synth();
''')

tdoc("cfn-parameters-json", "params/prod-eu-north-1.json", "cloudformation parameter file", r'''[
  { "ParameterKey": "Environment", "ParameterValue": "prod" },
  { "ParameterKey": "VpcId", "ParameterValue": "vpc-0⟨hexl:16⟩" },
  { "ParameterKey": "DBMasterUsername", "ParameterValue": "dbmaster" },
  { "ParameterKey": "DBMasterPassword", "ParameterValue": "⟨pw:a⟩" },
  { "ParameterKey": "RedisAuthToken", "ParameterValue": "⟨gs:an⟩" },
  { "ParameterKey": "AlarmEmail", "ParameterValue": "⟨emo⟩" },
  { "ParameterKey": "KeyPairName", "ParameterValue": "ops-2025" },
  { "ParameterKey": "AmiId", "ParameterValue": "ami-0⟨hexl:16⟩" }
]
''')

tdoc("molecule-yml", "molecule/default/molecule.yml", "ansible role test config", r'''---
dependency:
  name: galaxy
driver:
  name: docker
platforms:
  - name: instance
    image: geerlingguy/docker-rockylinux9-ansible:latest
    pre_build_image: true
provisioner:
  name: ansible
  env:
    ANSIBLE_BECOME_PASS: "⟨pw:a⟩"
  inventory:
    group_vars:
      all:
        postgresql_admin_password: "⟨pw:u⟩"
        app_db_password: "{{ lookup('env', 'APP_DB_PASSWORD') }}"
verifier:
  name: ansible
''')
