"""Passwords in self-hosted apps, network gear, database tooling, Wi-Fi and desktop carriers."""
import urllib.parse

from core import tdoc, doc

M = "password"


@doc(M, "wallabag-parameters-yml", "app/config/parameters.yml", "read-it-later app parameters")
def wallabag(d):
    user, _ = d.make("rmail", "hemlabbet.se")
    enc_user = d.L("email", urllib.parse.quote(user, safe=""))
    return d.T(r'''# This file is auto-generated during the composer install
parameters:
    database_driver: pdo_pgsql
    database_host: postgres
    database_port: 5432
    database_name: wallabag
    database_user: wallabag
    database_password: ⟨pw:a⟩
    database_path: null
    database_table_prefix: wallabag_
    database_socket: null
    database_charset: utf8
    domain_name: https://lasa.hemlabbet.se
    server_name: "Läslistan"
    mailer_dsn: smtp://''' + enc_user + r''':⟨upw:u⟩@smtp.fastmail.com:465
    locale: sv
    secret: ⟨gs:an30⟩
    twofactor_sender: ⟨rmail:hemlabbet.se⟩
    fosuser_registration: false
    fosuser_confirmation: true
    fos_oauth_server_access_token_lifetime: 3600
    fos_oauth_server_refresh_token_lifetime: 1209600
    from_email: ⟨rmail:hemlabbet.se⟩
    rss_limit: 50
    rabbitmq_host: localhost
    rabbitmq_port: 5672
    rabbitmq_user: guest
    rabbitmq_password: guest
    rabbitmq_prefetch_count: 10
    redis_scheme: tcp
    redis_host: redis
    redis_port: 6379
    redis_path: null
    redis_password: ⟨pw:a⟩
    sentry_dsn: ~
''')


tdoc(M, "akhq-application-yml", "akhq/application.yml", "kafka web ui configuration", r'''micronaut:
  security:
    enabled: true
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: "⟨gs:an48⟩"
  server:
    context-path: /akhq

akhq:
  connections:
    prod-cluster:
      properties:
        bootstrap.servers: "kafka-1.prod.internal:9093,kafka-2.prod.internal:9093,kafka-3.prod.internal:9093"
        security.protocol: SASL_SSL
        sasl.mechanism: SCRAM-SHA-512
        sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="akhq" password="⟨pw:r⟩";
        ssl.truststore.location: /app/truststore.jks
        ssl.truststore.password: ⟨pw:a⟩
      schema-registry:
        url: "https://schema-registry.prod.internal:8081"
        type: "confluent"
        basic-auth-username: akhq
        basic-auth-password: ⟨pw:h⟩
      connect:
        - name: connect-prod
          url: "https://connect.prod.internal:8083"
          basic-auth-username: akhq
          basic-auth-password: ⟨pw:a⟩
  security:
    default-group: no-roles
    basic-auth:
      - username: ops
        password: "⟨sha256⟩"
        passwordHash: SHA256
        groups:
          - admin
      - username: utvecklare
        password: "⟨sha256⟩"
        passwordHash: SHA256
        groups:
          - reader
''')


tdoc(M, "gotify-config-yml", "gotify/config.yml", "push notification server config", r'''# Example configuration file for the server.
# Save it to `config.yml` when edited

server:
  keepaliveperiodseconds: 0
  listenaddr: ""
  port: 80
  ssl:
    enabled: false
    redirecttohttps: true
  responseheaders:
    X-Frame-Options: "DENY"
  trustedproxies:
    - ⟨ip4p⟩
  cors:
    alloworigins:
      - "push.hemlabbet.se"
  stream:
    pingperiodseconds: 45
database:
  dialect: mysql
  connection: gotify:⟨pw:a⟩@tcp(mariadb:3306)/gotify?charset=utf8&parseTime=True&loc=Local
defaultuser:
  name: admin
  pass: ⟨pw:h⟩
passstrength: 10
uploadedimagesdir: data/images
pluginsdir: data/plugins
registration: false

# test from the NAS:
#   curl "https://push.hemlabbet.se/message?token=⟨gs:A~an14⟩" -F "title=Backup" -F "message=klar" -F "priority=5"
''')

tdoc(M, "librenms-config-php", "opt/librenms/config.php", "network monitoring config", r'''<?php
## Have a look in misc/config_definitions.json for examples of settings you can set here.
## DO NOT set these settings in the web UI as well.

### Database config
$config['db_host'] = 'localhost';
$config['db_port'] = '3306';
$config['db_user'] = 'librenms';
$config['db_pass'] = '⟨pw:h|php⟩';
$config['db_name'] = 'librenms';
$config['db_socket'] = '';

$config['user'] = 'librenms';
$config['base_url'] = '/';

### Default community
$config['snmp']['community'] = ['⟨pw:a⟩'];

### SNMPv3 for the core switches
$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = 'librenms';
$config['snmp']['v3'][0]['authpass'] = '⟨pw:r⟩';
$config['snmp']['v3'][0]['authalgo'] = 'SHA';
$config['snmp']['v3'][0]['cryptopass'] = '⟨pw:r⟩';
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

### Authentication
$config['auth_mechanism'] = 'ldap';
$config['auth_ldap_server'] = 'ldaps://dc01.kontor.local';
$config['auth_ldap_binduser'] = 'svc-librenms';
$config['auth_ldap_bindpassword'] = '⟨pw:h|php⟩';
$config['auth_ldap_groupbase'] = 'OU=Grupper,DC=kontor,DC=local';

$config['update_channel'] = 'release';
$config['rrd_purge'] = 0;
''')


@doc(M, "mrtg-cfg", "etc/mrtg/mrtg.cfg", "mrtg traffic grapher config")
def mrtg(d):
    c1 = d.lab("pw", "a")
    c2 = d.lab("pw", "a")
    p1, p2 = d.ipv4_private(), d.ipv4_private()
    wan = d.lab("ip4")
    return f'''# Created by
# /usr/bin/cfgmaker --global 'WorkDir: /var/www/mrtg' --output /etc/mrtg/mrtg.cfg {c1}@{p1}
# (community strings are NOT 'public' here -- see ITSEC-44)

EnableIPv6: no
WorkDir: /var/www/mrtg
Options[_]: growright, bits
LoadMIBs: /usr/share/snmp/mibs/IF-MIB.txt

### Interface 2 >> Descr: 'GigabitEthernet0/1' | Name: 'Gi0/1' | Ip: '{p1}' | Eth: '00-1e-49-7c-21-01' ###

Target[core-sw_2]: 2:{c1}@{p1}:::::2
SetEnv[core-sw_2]: MRTG_INT_IP="{p1}" MRTG_INT_DESCR="GigabitEthernet0/1"
MaxBytes[core-sw_2]: 125000000
Title[core-sw_2]: Traffic Analysis for Gi0/1 -- core-sw
PageTop[core-sw_2]: <h1>Traffic Analysis for Gi0/1 -- core-sw</h1>
		<div id="sysdetails">
			<table>
				<tr><td>System:</td><td>core-sw in Serverrum plan -1</td></tr>
				<tr><td>Maintainer:</td><td>nätverksgruppen</td></tr>
			</table>
		</div>

### Interface wan1 >> Descr: 'wan1' | Name: 'wan1' | Ip: '{wan}' ###

Target[fw-wan1]: #wan1:{c2}@{p2}:::::2
SetEnv[fw-wan1]: MRTG_INT_IP="{wan}" MRTG_INT_DESCR="wan1"
MaxBytes[fw-wan1]: 62500000
Title[fw-wan1]: WAN -- fw01 (Bahnhof 500/500)
PageTop[fw-wan1]: <h1>WAN -- fw01</h1>
'''


tdoc(M, "unifi-config-gateway-json", "unifi/data/sites/default/config.gateway.json", "unifi security gateway config override", r'''{
	"service": {
		"dns": {
			"dynamic": {
				"interface": {
					"eth0": {
						"service": {
							"custom-loopia": {
								"host-name": [
									"kontor.dyn.loopia.se"
								],
								"login": "kontorsdyn",
								"password": "⟨pw:a⟩",
								"protocol": "dyndns2",
								"server": "dyndns.loopia.se"
							}
						}
					}
				}
			}
		}
	},
	"vpn": {
		"ipsec": {
			"site-to-site": {
				"peer": {
					"⟨ip4⟩": {
						"authentication": {
							"mode": "pre-shared-secret",
							"pre-shared-secret": "⟨pw:a⟩"
						},
						"connection-type": "initiate",
						"ike-group": "IKE_0",
						"local-address": "default",
						"tunnel": {
							"1": {
								"esp-group": "ESP_0",
								"local": { "prefix": "192.168.10.0/24" },
								"remote": { "prefix": "192.168.20.0/24" }
							}
						}
					}
				}
			}
		},
		"l2tp": {
			"remote-access": {
				"authentication": {
					"mode": "radius",
					"radius-server": {
						"192.168.10.5": { "key": "⟨pw:u⟩" }
					}
				},
				"ipsec-settings": {
					"authentication": {
						"mode": "pre-shared-secret",
						"pre-shared-secret": "⟨pw:h|json⟩"
					}
				}
			}
		}
	}
}
''')


@doc(M, "cisco-sb-switch-config", "sw-kontor-2-startup-config.txt", "small business switch startup config")
def cisco_sb(d):
    return d.T(r'''config-file-header
sw-kontor-2
v⟨x:2.5.9.54⟩ / RCBS⟨x:3.0.0.1⟩_930_77_012
CLI v1.0
file SSD indicator encrypted
@
ssd-control-start
ssd config
ssd file passphrase control unrestricted
no ssd file integrity control
ssd-control-end ⟨hex:32⟩
!
!
unit-type-control-start
unit-type unit 1 network gi uplink none
unit-type-control-end
!
vlan database
vlan 10,20,99
exit
voice vlan oui-table add 0001e3 Siemens_AG_phone________
voice vlan oui-table add 00036b Cisco_phone_____________
!
hostname sw-kontor-2
username cisco password encrypted ⟨sha1⟩ privilege 15
username backup password ⟨pw:a⟩ privilege 7
enable password level 15 encrypted ⟨sha1⟩
!
radius-server host 10.99.0.5 key ⟨pw:a⟩ usage login
aaa authentication login default radius local
!
ip ssh server
ip ssh password-auth
!
snmp-server server
snmp-server location "Plan 2, teknikrum"
snmp-server contact "natverk"
snmp-server community ⟨pw:a⟩ ro view Default
snmp-server community ⟨pw:a⟩ rw view Default
!
interface vlan 99
 name mgmt
 ip address 10.99.0.12 255.255.255.0
!
interface GigabitEthernet1
 description uplink-core
 switchport mode trunk
!
interface GigabitEthernet2
 switchport access vlan 10
!
exit
ip default-gateway 10.99.0.1
''')


tdoc(M, "autofs-cifs-map", "etc/auto.kontor", "automounter cifs map", r'''# mounted via /etc/auto.master:
#   /mnt/kontor  /etc/auto.kontor  --timeout=300 --ghost
# TODO: move every entry to credentials= files (see ITSEC-51)
ekonomi   -fstype=cifs,rw,username=svc-filer,password=⟨pw:a⟩,domain=KONTOR,uid=1000,gid=1000,vers=3.0   ://fs01.kontor.local/Ekonomi
projekt   -fstype=cifs,rw,credentials=/etc/samba/creds-projekt,uid=1000,gid=1000,vers=3.0               ://fs01.kontor.local/Projekt
arkiv     -fstype=cifs,ro,username=arkivlas,password=⟨pw:u⟩,vers=2.1                                     ://nas-arkiv.kontor.local/Arkiv
scan      -fstype=cifs,rw,guest,uid=1000,vers=3.0                                                         ://printer-3f.kontor.local/scan
''')


@doc(M, "remmina-connection-profiles", "dot-local/share/remmina/group_rdp_fs01_localhost-13389.remmina", "remote desktop client connection profile")
def remmina(d):
    return d.T(r'''[remmina]
password=⟨b64:32⟩
gateway_username=
notes_text=Lokalt konto om domänen strular: .\\Administrator / ⟨pw:h⟩ (fråga Jonas innan)
vc=
preferipv6=0
ssh_tunnel_loopback=0
serialname=
sound=off
printer_overrides=
name=fs01 via bastion
console=0
colordepth=99
security=
precommand=sshpass -p '⟨pw:q⟩' ssh -fN -L 13389:fs01.kontor.local:3389 ⟨x:jump@bastion.kontor.se⟩
ssh_tunnel_enabled=0
group=Kontor
server=localhost:13389
ssh_tunnel_password=⟨b64:32⟩
glyph-cache=0
ssh_tunnel_server=
ssh_tunnel_auth=0
username=anna.berg
domain=KONTOR
protocol=RDP
resolution_mode=2
window_maximize=1
viewmode=1
scale=2
disableclipboard=0
gateway_password=⟨b64:24⟩
''')


tdoc(M, "mysql-replication-setup-sql", "runbooks/replica-03-setup.sql", "mysql replica setup script", r'''-- Run on the new replica db-replica-03 after restoring the xtrabackup snapshot (2026-01-17).
-- GTID set from xtrabackup_binlog_info.
STOP REPLICA;
RESET REPLICA ALL;

CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='db-primary-01.internal',
  SOURCE_PORT=3306,
  SOURCE_USER='repl',
  SOURCE_PASSWORD='⟨pw:q|sq⟩',
  SOURCE_AUTO_POSITION=1,
  SOURCE_SSL=1,
  SOURCE_SSL_CA='/etc/mysql/ssl/ca.pem',
  GET_SOURCE_PUBLIC_KEY=1;

SET GLOBAL gtid_purged='⟨uuid⟩:1-4471239';
START REPLICA;

-- monitoring user for PMM
CREATE USER IF NOT EXISTS 'pmm'@'10.20.%' IDENTIFIED WITH caching_sha2_password BY '⟨pw:r|sq⟩' WITH MAX_USER_CONNECTIONS 10;
GRANT SELECT, PROCESS, REPLICATION CLIENT, RELOAD, BACKUP_ADMIN ON *.* TO 'pmm'@'10.20.%';

-- rotate the application user (CHG-9120)
ALTER USER 'app_rw'@'10.20.%' IDENTIFIED BY '⟨pw:h|sq⟩';
-- previous mysql_native_password hash, kept for rollback: *⟨x:3F9A1C0E6B2D84A7C5E019B3D6F28A4C7E1B0D95⟩

SHOW REPLICA STATUS\G
''')


@doc(M, "psql-session-transcript", "notes/2026-01-19-psql-roles.txt", "psql terminal session transcript")
def psql(d):
    salt = d.X(d.shape("b64:16", clean=False))
    k1 = d.X(d.shape("b64:32", clean=False))
    k2 = d.X(d.shape("b64:32", clean=False))
    return d.T(r'''$ psql "host=pg-prod-01.internal dbname=postgres user=postgres sslmode=require"
Password for user postgres:
psql (16.4 (Ubuntu 16.4-1.pgdg24.04+1), server 15.8)
SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off, ALPN: none)
Type "help" for help.

postgres=# CREATE ROLE rapport_las WITH LOGIN PASSWORD '⟨pw:h|sq⟩' VALID UNTIL '2026-12-31';
CREATE ROLE
postgres=# GRANT pg_read_all_data TO rapport_las;
GRANT ROLE
postgres=# \password app_svc
Enter new password for user "app_svc":
Enter it again:
postgres=# ALTER ROLE etl_loader PASSWORD '⟨pw:a⟩';
ALTER ROLE
postgres=# SELECT rolname, rolvaliduntil FROM pg_roles WHERE rolname LIKE 'rapport%';
   rolname   |     rolvaliduntil
-------------+------------------------
 rapport_las | 2026-12-31 00:00:00+01
(1 row)

postgres=# SELECT usename, passwd FROM pg_shadow WHERE usename = 'rapport_las';
   usename   |                                                                passwd
-------------+---------------------------------------------------------------------------------------------------------------------------------------
 rapport_las | SCRAM-SHA-256$4096:''' + salt + "$" + k1 + ":" + k2 + r'''
(1 row)

postgres=# \q
$ PGPASSWORD='⟨pw:q⟩' pg_dump -h pg-prod-01.internal -U etl_loader -Fc -f /backup/etl-$(date +%F).dump etl
$ ls -lh /backup/etl-2026-01-19.dump
-rw-r--r-- 1 jonas jonas 1.2G Jan 19 11:42 /backup/etl-2026-01-19.dump
''')


@doc(M, "sybase-ase-isql-scripts", "opt/sybase/scripts/nightly_dbcc.ksh", "sybase ase maintenance shell script")
def sybase(d):
    txt = d.T(r'''#!/bin/ksh
# nightly dbcc + dump for ASE 16.0 SP04 PL05 on sybprod01
# crontab: 15 1 * * * /opt/sybase/scripts/nightly_dbcc.ksh
. /opt/sybase/SYBASE.sh
SA_PW='⟨pw:q⟩'
TODAY=$(date +%Y%m%d)

isql -Usa -P"$SA_PW" -SSYBPROD -w300 <<EOF > /var/log/sybase/dbcc_${TODAY}.log
dbcc checkstorage(fakturadb)
go
dbcc checkverify(fakturadb)
go
dump database fakturadb to "/sybdump/fakturadb_${TODAY}.dmp" compression = 100
go
EOF

# replication server heartbeat ticket
isql -Ursa_maint -P⟨pw:a#rsa⟩ -SSYBREP -i /opt/sybase/scripts/rs_ticket.sql -o /var/log/sybase/rs_ticket_${TODAY}.log

# export customers for the CRM load
bcp fakturadb..kund out /data/export/kund_${TODAY}.bcp -c -t'|' -Ubcp_export -P'⟨pw:u⟩' -SSYBPROD

grep -E "Msg [0-9]+, Level (1[6-9]|2[0-9])" /var/log/sybase/dbcc_${TODAY}.log && mailx -s "dbcc errors sybprod01" ⟨rmail:kontor.se⟩ < /var/log/sybase/dbcc_${TODAY}.log
exit 0
''')
    d.glue_ok.add(d.refs["rsa"][2])
    return txt


tdoc(M, "cups-printers-conf", "etc/cups/printers.conf", "print server printer definitions", r'''# Printer configuration file for CUPS v2.4.7
# Written by cupsd
# DO NOT EDIT THIS FILE WHEN CUPSD IS RUNNING
NextPrinterId 7
<Printer Ekonomi-Kyocera>
PrinterId 3
UUID urn:uuid:⟨uuid⟩
Info Kyocera TASKalfa 3554ci plan 2
Location Plan 2, vid ekonomi
MakeModel Kyocera TASKalfa 3554ci (KPDL)
DeviceURI smb://KONTOR/svc-print:⟨upw:x⟩@printsrv01.kontor.local/Ekonomi-Kyocera
State Idle
StateTime 1768812011
ConfigTime 1768210944
Type 8425556
Accepting Yes
Shared No
JobSheets none none
QuotaPeriod 0
PageLimit 0
KLimit 0
OpPolicy default
ErrorPolicy retry-job
</Printer>
<Printer Lager-Zebra>
PrinterId 5
UUID urn:uuid:⟨uuid⟩
Info Zebra ZD421 lager
Location Lager, packbord 1
MakeModel Zebra ZPL Label Printer
DeviceURI ipp://zebra-lager.kontor.local/ipp/print
State Idle
StateTime 1768790400
Type 8564756
Accepting Yes
Shared No
JobSheets none none
OpPolicy default
ErrorPolicy stop-printer
</Printer>
<Printer Filial-Lund>
PrinterId 6
UUID urn:uuid:⟨uuid⟩
Info Brother MFC filial Lund
Location Lund
DeviceURI ipps://filial-lund:⟨upw:u⟩@print.filial-lund.kontor.se:631/printers/MFC
State Stopped
StateMessage Unable to locate printer "print.filial-lund.kontor.se".
StateTime 1768790555
Accepting Yes
Shared No
JobSheets none none
OpPolicy default
ErrorPolicy retry-job
</Printer>
''')

tdoc(M, "sbt-global-credentials", "dot-sbt/1.0/global.sbt", "scala build tool global credentials", r'''// ~/.sbt/1.0/global.sbt -- shared by all sbt projects on the CI agents
credentials += Credentials(Path.userHome / ".sbt" / ".credentials")

credentials += Credentials(
  "GitHub Package Registry",
  "maven.pkg.github.com",
  "hallon-ci",
  "⟨ghp⟩"
)

credentials += Credentials(
  "Artifactory Realm",
  "artifactory.hallonbolaget.se",
  "sbt-ci",
  "⟨pw:a⟩"
)

resolvers += "Hallon Artifactory" at "https://artifactory.hallonbolaget.se/artifactory/sbt-release/"
''')

tdoc(M, "rex-rexfile", "deploy/Rexfile", "perl rex deployment file", r'''use Rex -feature => ['1.4'];
use Rex::Commands::Rsync;

user "deploy";
password "⟨pw:a⟩";
sudo_password "⟨pw:u⟩";
pass_auth;

group webservers => "web01.kontor.se", "web02.kontor.se";
group db         => "db01.kontor.se";

desc "Deploy the shop";
task "deploy", group => "webservers", sub {
   sync "build/*", "/var/www/shop/", { exclude => ["*.log"] };
   sudo sub { service "php8.3-fpm" => "reload"; };
};

desc "Dump the shop database";
task "db_backup", group => "db", sub {
   run "mysqldump -u backup -p'⟨pw:u⟩' --single-transaction shop | gzip > /backup/shop-\$(date +%F).sql.gz";
};
''')

tdoc(M, "xe-cli-scripts", "root/bin/erp-snapshots.sh", "hypervisor cli script", r'''#!/bin/sh
# Nightly snapshot of the ERP VMs on pool "kontor-pool" (XCP-ng 8.3)
XE="xe -s xcp-pool-master.kontor.local -u root -pw ⟨pw:a⟩"

for uuid in $($XE vm-list tags:contains=erp-snapshot --minimal | tr ',' ' '); do
  $XE vm-snapshot uuid=$uuid new-name-label="nightly-$(date +%F)"
done

# prune snapshots older than 7 days
$XE snapshot-list --minimal | tr ',' '\n' | while read s; do
  ts=$($XE snapshot-param-get uuid=$s param-name=snapshot-time)
  [ "$(date -d "$ts" +%s)" -lt "$(date -d '7 days ago' +%s)" ] && $XE snapshot-uninstall uuid=$s force=true
done

# weekly export to the backup NAS (uses a password file instead)
xe -s xcp02.kontor.local -u root -pwf /root/.xe-pw vm-export vm=⟨uuid⟩ filename=/mnt/backup/erp01.xva

# pool join of the new host, done once 2025-11-20, kept for documentation:
# xe pool-join master-address=10.30.0.10 master-username=root master-password=⟨pw:h⟩
''')

tdoc(M, "f5-tmsh-commands", "changes/CHG-8812-tmsh.txt", "load balancer shell command list", r'''# BIG-IP 17.1.1 -- migration of LB config from the old pair (change CHG-8812)
# run on lb-a.kontor.se as admin, then sync to group dg-kontor

tmsh create auth user svc-ansible password ⟨pw:a⟩ partition-access add { all-partitions { role admin } } shell none
tmsh modify auth user admin password "⟨pw:r⟩"
tmsh modify sys snmp communities add { ro_nms { community-name ⟨pw:a⟩ source 10.50.0.0/24 oid-subset .1 access ro } }
tmsh create ltm monitor https mon_api_health { defaults-from https send "GET /health HTTP/1.1\r\nHost: api.kontor.se\r\nAuthorization: Basic ⟨basic:lbmonitor⟩\r\nConnection: close\r\n\r\n" recv "200 OK" interval 5 timeout 16 }
tmsh create ltm pool pool_api members add { 10.50.1.11:443 10.50.1.12:443 } monitor mon_api_health
tmsh create ltm virtual vs_api_443 destination ⟨ip4⟩:443 ip-protocol tcp pool pool_api profiles add { http clientssl-api serverssl }
tmsh modify sys global-settings gui-setup disabled
tmsh save sys config
tmsh run cm config-sync to-group dg-kontor
''')


tdoc(M, "wifi-qr-guest-cards", "print/gast-wifi-v04.html", "printable guest wi-fi cards (html)", r'''<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Gäst-wifi – utskrift vecka 4</title>
<style>
  .card { border: 1px dashed #999; width: 85mm; height: 55mm; padding: 4mm; font-family: Inter, sans-serif; display: inline-block; }
  .card h2 { margin: 0 0 2mm; }
  small { color: #666; }
</style>
</head>
<body>
<div class="card">
  <h2>Välkommen till Kafé Kvarnen!</h2>
  <p>Nätverk: <b>Kvarnen Gäst</b><br>Lösenord: <b>⟨pw:w#g1⟩</b></p>
  <img alt="WIFI:T:WPA;S:Kvarnen Gäst;P:⟨=g1⟩;;" src="qr/guest-2026w04.png" width="120">
  <small>Giltigt vecka 4, 2026 · byts varje måndag</small>
</div>
<div class="card">
  <h2>Personal</h2>
  <p>Nätverk: <b>Kvarnen-Personal</b><br>Lösenord: <b>⟨pw:h#g2⟩</b></p>
  <!-- qr payload: WIFI:S:Kvarnen-Personal;T:WPA;P:⟨=g2⟩;H:false;; -->
  <img src="qr/staff.png" width="120" alt="QR personal">
</div>
</body>
</html>
''')


@doc(M, "android-wificonfigstore-xml", "misc/apexdata/com.android.wifi/WifiConfigStore.xml", "android wi-fi configuration store")
def wificonfig(d):
    mac = d.X(":".join("%02x" % d.r.randint(0, 255) for _ in range(6)))
    mac2 = d.X(":".join("%02x" % d.r.randint(0, 255) for _ in range(6)))
    return d.T(r'''<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<WifiConfigStoreData>
<int name="Version" value="3" />
<NetworkList>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;Hemma-5G&quot;WPA_PSK</string>
<string name="SSID">&quot;Hemma-5G&quot;</string>
<null name="BSSID" />
<string name="PreSharedKey">&quot;⟨pw:h|xml⟩&quot;</string>
<null name="WEPKeys" />
<int name="WEPTxKeyIndex" value="0" />
<boolean name="HiddenSSID" value="false" />
<boolean name="RequirePMF" value="false" />
<byte-array name="AllowedKeyMgmt" num="1">02</byte-array>
<byte-array name="AllowedProtocols" num="1">03</byte-array>
<byte-array name="AllowedAuthAlgos" num="1">01</byte-array>
<byte-array name="AllowedGroupCiphers" num="1">0f</byte-array>
<byte-array name="AllowedPairwiseCiphers" num="1">06</byte-array>
<boolean name="Shared" value="true" />
<boolean name="AutoJoinEnabled" value="true" />
<string name="CreatorName">android.uid.system</string>
<int name="CreatorUid" value="1000" />
<int name="MacRandomizationSetting" value="3" />
<string name="RandomizedMacAddress">''' + mac + r'''</string>
</WifiConfiguration>
<NetworkStatus>
<string name="SelectionStatus">NETWORK_SELECTION_ENABLED</string>
<string name="DisableReason">NETWORK_SELECTION_ENABLE</string>
<boolean name="HasEverConnected" value="true" />
</NetworkStatus>
<IpConfiguration>
<string name="IpAssignment">DHCP</string>
<string name="ProxySettings">NONE</string>
</IpConfiguration>
</Network>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;Kontoret&quot;WPA_EAP</string>
<string name="SSID">&quot;Kontoret&quot;</string>
<null name="PreSharedKey" />
<boolean name="HiddenSSID" value="false" />
<byte-array name="AllowedKeyMgmt" num="1">0c</byte-array>
<string name="RandomizedMacAddress">''' + mac2 + r'''</string>
</WifiConfiguration>
<WifiEnterpriseConfiguration>
<string name="Identity">⟨email:se@kontor.se⟩</string>
<string name="AnonIdentity">anonymous</string>
<string name="Password">⟨pw:s|xml⟩</string>
<string name="CaCert"></string>
<string name="DomSuffixMatch">radius.kontor.se</string>
<int name="EapMethod" value="0" />
<int name="Phase2Method" value="4" />
</WifiEnterpriseConfiguration>
</Network>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;Stugan&quot;WPA_PSK</string>
<string name="SSID">&quot;Stugan&quot;</string>
<string name="PreSharedKey">&quot;⟨pw:p|xml⟩&quot;</string>
<boolean name="HiddenSSID" value="false" />
<boolean name="AutoJoinEnabled" value="true" />
</WifiConfiguration>
</Network>
</NetworkList>
<MacAddressMap>
<map name="MacMapEntry">
</map>
</MacAddressMap>
</WifiConfigStoreData>
''')


@doc(M, "netsh-wlan-key-clear-output", "kassa01-wlan-profiles.txt", "windows wlan profile dump (key=clear)")
def netsh(d):
    def prof(name, auth):
        pw = d.lab("pw", "h" if auth == "WPA2-Personal" else "p")
        return f'''C:\\Users\\kassa>netsh wlan show profile name="{name}" key=clear

Profile {name} on interface Wi-Fi:
=======================================================================

Applied: All User Profile

Profile information
-------------------
    Version                : 1
    Type                   : Wireless LAN
    Name                   : {name}
    Control options        :
        Connection mode    : Connect automatically
        Network broadcast  : Connect only if this network is broadcasting
        AutoSwitch         : Do not switch to other networks
        MAC Randomization  : Disabled

Connectivity settings
---------------------
    Number of SSIDs        : 1
    SSID name              : "{name}"
    Network type           : Infrastructure
    Radio type             : [ Any Radio Type ]
    Vendor extension          : Not present

Security settings
-----------------
    Authentication         : {auth}
    Cipher                 : CCMP
    Authentication         : {auth}
    Cipher                 : GCMP
    Security key           : Present
    Key Content            : {pw}

Cost settings
-------------
    Cost                   : Unrestricted
    Congested              : No
    Approaching Data Limit : No
    Over Data Limit        : No
    Roaming                : No
    Cost Source            : Default

'''
    head = '''Microsoft Windows [Version 10.0.19045.5371]
(c) Microsoft Corporation. All rights reserved.

C:\\Users\\kassa>netsh wlan show profiles

Profiles on interface Wi-Fi:

Group policy profiles (read only)
---------------------------------
    <None>

User profiles
-------------
    All User Profile     : Butiken-Lager
    All User Profile     : Butiken-Gast
    All User Profile     : iPhone (Elin)

'''
    return head + prof("Butiken-Lager", "WPA2-Personal") + prof("Butiken-Gast", "WPA3-Personal") + "C:\\Users\\kassa>\n"


tdoc(M, "macos-security-cli-transcript", "notes/keychain-migration.txt", "macos keychain cli terminal transcript", r'''Last login: Mon Jan 19 08:03:11 on ttys002
jonas@mbp-jonas ~ % security find-generic-password -s "Kvartersappen Staging" -a deploy -w
⟨pw:r⟩
jonas@mbp-jonas ~ % security find-internet-password -s git.kontor.se -g
keychain: "/Users/jonas/Library/Keychains/login.keychain-db"
version: 512
class: "inet"
attributes:
    0x00000007 <blob>="git.kontor.se"
    0x00000008 <blob>=<NULL>
    "acct"<blob>="jonas"
    "atyp"<blob>="form"
    "cdat"<timedate>=0x32303235313130343038313231335A00  "20251104081213Z\000"
    "crtr"<uint32>=<NULL>
    "cusi"<sint32>=<NULL>
    "desc"<blob>=<NULL>
    "icmt"<blob>=<NULL>
    "invi"<sint32>=<NULL>
    "mdat"<timedate>=0x32303235313130343038313231335A00  "20251104081213Z\000"
    "nega"<sint32>=<NULL>
    "path"<blob>=<NULL>
    "port"<uint32>=0x00000000
    "prot"<blob>=<NULL>
    "ptcl"<uint32>="htps"
    "scrp"<sint32>=<NULL>
    "sdmn"<blob>=<NULL>
    "srvr"<blob>="git.kontor.se"
    "type"<uint32>=<NULL>
password: "⟨pw:h|dq⟩"
jonas@mbp-jonas ~ % security add-generic-password -a svc-backup -s "restic-nas" -w '⟨pw:q⟩' -U
jonas@mbp-jonas ~ % security find-generic-password -D "AirPort network password" -a "Kontoret" -w
⟨pw:p⟩
''')


tdoc(M, "openliberty-server-xml", "wlp/usr/servers/reseplan/server.xml", "java application server configuration", r'''<?xml version="1.0" encoding="UTF-8"?>
<server description="reseplan">

    <featureManager>
        <feature>jakartaee-10.0</feature>
        <feature>mpConfig-3.1</feature>
        <feature>mpHealth-4.0</feature>
    </featureManager>

    <variable name="http.port" defaultValue="9080"/>
    <variable name="https.port" defaultValue="9443"/>

    <keyStore id="defaultKeyStore" password="{aes}⟨b64:48⟩"/>

    <basicRegistry id="basic" realm="BasicRealm">
        <user name="ops" password="{aes}⟨b64:48⟩"/>
        <user name="monitor" password="⟨pw:h|xml⟩"/>
    </basicRegistry>

    <administrator-role>
        <user>ops</user>
    </administrator-role>

    <library id="PostgresLib">
        <fileset dir="${shared.resource.dir}/jdbc" includes="postgresql-42.7.4.jar"/>
    </library>

    <dataSource id="DefaultDataSource" jndiName="jdbc/reseplan">
        <jdbcDriver libraryRef="PostgresLib"/>
        <properties.postgresql serverName="pg-prod.internal" portNumber="5432" databaseName="reseplan"
                               user="reseplan" password="⟨pw:s|xml⟩"/>
    </dataSource>

    <mailSession mailSessionID="notify" jndiName="mail/notify" host="smtp.turistbyran-nord.se"
                 user="reseplan" password="⟨pw:r|xml⟩" from="⟨rmail:turistbyran-nord.se⟩">
        <property name="mail.smtp.starttls.enable" value="true"/>
    </mailSession>

    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="${http.port}" httpsPort="${https.port}"/>
    <applicationManager autoExpand="true"/>
</server>
''')

tdoc(M, "roundcube-config-inc-php", "roundcube/config/config.inc.php", "webmail configuration", r'''<?php

/* Local configuration for Roundcube Webmail */

$config = [];

$config['db_dsnw'] = 'mysql://roundcube:⟨upw:x⟩@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.kontor.se:993';
$config['smtp_host'] = 'tls://smtp.kontor.se:587';
// use the logged-in user's credentials for SMTP
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['support_url'] = 'https://it.kontor.se/support';
$config['product_name'] = 'Kontor Webmail';
$config['des_key'] = '⟨gs:an24⟩';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'password', 'markasjunk'];
$config['language'] = 'sv_SE';
$config['spellcheck_engine'] = 'pspell';

// password plugin -- changes passwords directly in the mail server database
$config['password_driver'] = 'sql';
$config['password_db_dsn'] = 'mysql://pwchange:⟨upw:u⟩@localhost/mailserver';
$config['password_query'] = 'UPDATE mailbox SET password=%P WHERE username=%u';
$config['password_algorithm'] = 'dovecot';
$config['password_dovecotpw_method'] = 'BLF-CRYPT';

$config['managesieve_host'] = 'tls://imap.kontor.se';
''')

tdoc(M, "grandstream-cfg-xml", "provisioning/cfg000b82a1c3f4.xml", "ip phone provisioning file", r'''<?xml version="1.0" encoding="UTF-8" ?>
<!-- GXP2170 reception, generated by provisioning portal 2026-01-12 -->
<gs_provision version="1">
  <mac>000b82a1c3f4</mac>
  <config version="1">
    <!-- Account 1 -->
    <P271>1</P271>
    <P270>Reception</P270>
    <P47>sip.kontor-tele.se</P47>
    <P48></P48>
    <P35>4601</P35>
    <P36>4601</P36>
    <P34>⟨pw:a⟩</P34>
    <P3>Reception</P3>
    <!-- Account 2 (kö växel) -->
    <P401>1</P401>
    <P417>Vaxel</P417>
    <P402>sip.kontor-tele.se</P402>
    <P404>4600</P404>
    <P405>4600</P405>
    <P406>⟨pw:a⟩</P406>
    <!-- admin / end-user web passwords -->
    <P2>⟨pw:h|xml⟩</P2>
    <P196>⟨pw:n⟩</P196>
    <P64>CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00</P64>
    <P30>se.pool.ntp.org</P30>
    <P212>2</P212>
    <P237>https://prov.kontor-tele.se/gs</P237>
  </config>
</gs_provision>
''')

tdoc(M, "vpnc-conf", "etc/vpnc/kontor.conf", "cisco-compatible vpn client config", r'''# converted from the old Cisco client profile kontor.pcf
#   enc_GroupPwd=⟨lk:HEX96⟩
# (decoded with cisco-decrypt, result below)
IPSec gateway vpn.kontor.se
IPSec ID kontor-klienter
IPSec secret ⟨pw:a⟩
IKE Authmode psk
Xauth username anna.berg
Xauth password ⟨pw:r⟩
Local Port 0
NAT Traversal Mode natt
DPD idle timeout (our side) 0
''')

tdoc(M, "lighttpd-plain-userfile", "etc/lighttpd/lighttpd.user", "web server plain-text user file", r'''kamera:⟨pw:a⟩
driftstatus:⟨pw:h⟩
leverantor-nord:⟨pw:u⟩
''')


@doc(M, "vsftpd-virtual-users-txt", "etc/vsftpd/virtual_users.txt", "ftp server virtual users source file")
def vsftpd(d):
    lines = []
    for u in ["leverantor_ab", "tryckeriet", "kamera01", "revisor2025"]:
        lines.append(u)
        lines.append(d.lab("pw", d.pick("ahu")))
    return "\n".join(lines) + "\n"


tdoc(M, "hg-hgrc-auth", "dot-hgrc", "mercurial user configuration", r'''[ui]
username = Jonas Lundgren <⟨email:se@kontor.se⟩>
editor = vim
merge = internal:merge3

[auth]
kontor.prefix = https://hg.kontor.se/
kontor.username = jonas
kontor.password = ⟨pw:r⟩
legacy.prefix = https://hg.legacy-host.se/
legacy.username = jlundgren
legacy.password = ⟨pw:h⟩

[extensions]
rebase =
histedit =
evolve =

[paths]
default = https://hg.kontor.se/erp-integration
''')
