"""Passwords in every syntax: ORM configs, app servers, JAAS, network gear, Windows
scripts, T-SQL, BTEQ, shell tools, mail clients, bulk user uploads, C code."""
import json

from common import new, Clock, J, X, U, SQ, SH, AN, HEX, B64U, LO, DG, UP


def sequelize_config_json():
    d = new("sequelize-config-json", "config/config.json")
    g = d.g
    p1 = d.pw(enc=J)
    p2 = d.pw(enc=J)
    p3 = d.pw(style="human", enc=J)
    d.text = f"""{{
  "development": {{
    "username": "shop_dev",
    "password": "{p1}",
    "database": "shop_development",
    "host": "127.0.0.1",
    "dialect": "postgres"
  }},
  "test": {{
    "username": "root",
    "password": null,
    "database": "shop_test",
    "host": "127.0.0.1",
    "dialect": "postgres"
  }},
  "staging": {{
    "username": "shop_app",
    "password": "{p2}",
    "database": "shop",
    "host": "shop-staging.{g.s(12, LO + DG)}.eu-north-1.rds.amazonaws.com",
    "dialect": "postgres",
    "dialectOptions": {{ "ssl": {{ "require": true, "rejectUnauthorized": false }} }}
  }},
  "analytics": {{
    "username": "analytics_etl",
    "password": "{d.pw(enc=J)}",
    "database": "shop",
    "host": "shop-analytics.internal",
    "dialect": "postgres"
  }},
  "reporting": {{
    "username": "metabase_ro",
    "password": "{p3}",
    "database": "shop",
    "host": "replica.shop.internal",
    "dialect": "postgres"
  }},
  "production": {{
    "use_env_variable": "DATABASE_URL",
    "dialect": "postgres"
  }}
}}
"""
    return d


def knexfile_js():
    d = new("knexfile-js", "knexfile.js")
    g = d.g
    p1 = d.pw(enc=lambda s: s.replace("\\", "\\\\").replace("'", "\\'"))
    p2 = d.pw(cat="url-credentials|password", punct="-._~")
    p3 = d.pw(enc=lambda s: s.replace("\\", "\\\\").replace("'", "\\'"))
    d.text = f"""// Update with your config settings.

/**
 * @type {{ Object.<string, import("knex").Knex.Config> }}
 */
module.exports = {{
  development: {{
    client: 'mysql2',
    connection: {{
      host: '127.0.0.1',
      user: 'booking',
      password: '{p1}',
      database: 'booking_dev',
    }},
  }},

  staging: {{
    client: 'pg',
    connection: 'postgres://booking:{p2}@booking-stage.{d.dom()}:5432/booking',
    pool: {{ min: 2, max: 10 }},
    migrations: {{ tableName: 'knex_migrations' }},
  }},

  legacy_import: {{
    client: 'mssql',
    connection: {{
      server: 'sql-legacy01',
      user: 'import_ro',
      password: '{p3}',
      database: 'Bokningar',
      options: {{ encrypt: false }},
    }},
  }},

  production: {{
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: {{ min: 2, max: 20 }},
  }},
}};
"""
    return d


def jpa_persistence_xml():
    d = new("jpa-persistence-xml", "META-INF/persistence.xml")
    g = d.g
    p1, p2, p3 = d.pw(enc=X), d.pw(enc=X), d.pw(enc=X)
    d.text = f"""<?xml version="1.0" encoding="UTF-8"?>
<persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd">
  <persistence-unit name="claims" transaction-type="RESOURCE_LOCAL">
    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>
    <class>se.forsak.claims.Claim</class>
    <class>se.forsak.claims.Claimant</class>
    <properties>
      <property name="jakarta.persistence.jdbc.driver" value="org.postgresql.Driver"/>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://claims-db:5432/claims"/>
      <property name="jakarta.persistence.jdbc.user" value="claims_app"/>
      <property name="jakarta.persistence.jdbc.password" value="{p1}"/>
      <property name="hibernate.hbm2ddl.auto" value="validate"/>
    </properties>
  </persistence-unit>
  <persistence-unit name="audit" transaction-type="RESOURCE_LOCAL">
    <properties>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:oracle:thin:@//ora-audit.{d.dom()}:1521/AUDITPDB"/>
      <property name="jakarta.persistence.jdbc.user" value="AUDIT_WRITER"/>
      <property name="jakarta.persistence.jdbc.password" value="{p2}"/>
    </properties>
  </persistence-unit>
  <persistence-unit name="legacy" transaction-type="RESOURCE_LOCAL">
    <properties>
      <property name="hibernate.connection.url" value="jdbc:sqlserver://sql-legacy:1433;databaseName=Skador;encrypt=false"/>
      <property name="hibernate.connection.username" value="skador_ro"/>
      <property name="hibernate.connection.password" value="{p3}"/>
      <property name="hibernate.c3p0.max_size" value="20"/>
    </properties>
  </persistence-unit>
  <persistence-unit name="test">
    <properties>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:h2:mem:test"/>
      <property name="jakarta.persistence.jdbc.user" value="sa"/>
      <property name="jakarta.persistence.jdbc.password" value=""/>
    </properties>
  </persistence-unit>
</persistence>
"""
    return d


def weblogic_domain_files():
    d = new("weblogic-domain-files", "servers/AdminServer/security/boot.properties")
    pw = d.pw(punct="!#%*+-.?_")
    d.text = f"""# Written by the installer; WebLogic encrypts both values on first start.
username=weblogic
password={pw}
"""
    d2 = new("weblogic-domain-files", "wlst/create_datasources.py")
    g = d2.g
    admin = d2.pw(enc=lambda s: s.replace("'", "\\'"), punct="!#%*+-.?_")
    ds1 = d2.pw(enc=lambda s: s.replace("'", "\\'"), punct="!#%*+-.?_")
    ds2 = d2.pw(enc=lambda s: s.replace("'", "\\'"), punct="!#%*+-.?_")
    enc = "{AES256}" + g.b64(48)
    d2.K(enc)
    d2.text = f"""# WLST: wlst.sh create_datasources.py
connect('weblogic', '{admin}', 't3://wls-admin.{d.dom()}:7001')
edit()
startEdit()

def create_ds(name, jndi, url, user, password, target):
    cd('/')
    ds = cmo.createJDBCSystemResource(name)
    res = ds.getJDBCResource()
    res.setName(name)
    res.getJDBCDataSourceParams().setJNDINames([jndi])
    params = res.getJDBCDriverParams()
    params.setUrl(url)
    params.setDriverName('oracle.jdbc.OracleDriver')
    params.setPassword(password)
    props = params.getProperties()
    p = props.createProperty('user')
    p.setValue(user)
    ds.addTarget(getMBean('/Clusters/' + target))

create_ds('OrdersDS', 'jdbc/orders', 'jdbc:oracle:thin:@//ora-prod:1521/ORDERS', 'ORDERS_APP', '{ds1}', 'AppCluster')
create_ds('BillingDS', 'jdbc/billing', 'jdbc:oracle:thin:@//ora-prod:1521/BILLING', 'BILLING_APP', '{ds2}', 'AppCluster')
# existing domain still has the encrypted value: PasswordEncrypted='{enc}'
save()
activate()
disconnect()
"""
    return [d, d2]


def jetty_realm_properties():
    d = new("jetty-realm-properties", "etc/realm.properties")
    g = d.g
    p = [d.pw(punct="!#%*+-.?_@") for _ in range(6)]
    obf = "OBF:" + "".join(g.pick(["1v2j", "1uo9", "1vu9", "1wn1", "1xtx", "1ri7", "1t3u", "1z0f"]) for _ in range(8))
    md5 = "MD5:" + g.hexs(32)
    crypt = "CRYPT:" + g.s(13, AN + "./")
    for x in (obf, md5, crypt):
        d.K(x)
    d.text = f"""#
# This file defines users passwords and roles for a HashUserRealm
#
# The format is
#  <username>: <password>[,<rolename> ...]
#
# Passwords may be clear text, obfuscated or checksummed.  The class
# org.eclipse.jetty.util.security.Password should be used to generate obfuscated
# passwords or password checksums
#
# If DIGEST Authentication is used, the password must be in a recoverable
# format, either plain text or OBF:.
#
admin: {p[0]},server-administrator,content-administrator,admin
deployer: {p[1]},deployer
monitor: {p[2]},monitor
hawtio: {p[3]},admin,viewer
jolokia: {p[4]},jolokia
guest-portal: {p[5]},guest
legacy-sync: {obf},sync
reports: {md5},reports
olduser: {crypt},user
# plain: plain,user   (example from the docs, removed)
"""
    return d


def zookeeper_jaas_conf():
    d = new("zookeeper-jaas-conf", "kafka_server_jaas.conf")
    g = d.g
    ps = [d.pw(enc=lambda s: s.replace("\\", "\\\\").replace('"', '\\"'), punct="!#%*+-.?_") for _ in range(5)]
    d.text = f"""// /etc/kafka/kafka_server_jaas.conf  (-Djava.security.auth.login.config=...)
KafkaServer {{
   org.apache.kafka.common.security.plain.PlainLoginModule required
   username="admin"
   password="{ps[0]}"
   user_admin="{ps[0]}"
   user_connect="{ps[1]}"
   user_schema-registry="{ps[2]}";
}};

Client {{
   org.apache.zookeeper.server.auth.DigestLoginModule required
   username="kafka"
   password="{ps[3]}";
}};

// zookeeper side: /etc/zookeeper/zookeeper_jaas.conf
Server {{
   org.apache.zookeeper.server.auth.DigestLoginModule required
   user_super="{ps[4]}"
   user_kafka="{ps[3]}";
}};

KafkaClient {{
   org.apache.kafka.common.security.scram.ScramLoginModule required
   username="alice"
   password="alice-secret";
}};
"""
    return d


def cisco_ios_running_config():
    d = new("cisco-ios-running-config", "rtr-sto-edge01.cfg")
    g = d.g
    en9 = "$9$" + g.s(14, AN + "./") + "$" + g.s(43, AN + "./")
    d.K(en9)
    u_pw = d.pw(punct="!#%*+-.?_@")
    t7 = g.hexs(24).upper()
    d.K(t7)
    ro = d.pw(style="alnum", n=14)
    rw = d.pw(style="alnum", n=16)
    tac = d.pw(punct="!#%*+-.?_", cat="password|generic-secret")
    psk = d.pw(punct="!#%*+-.?_", cat="password|generic-secret")
    ntpk = d.pw(style="alnum", n=12)
    bgp = d.pw(style="alnum", n=18)
    wan, peer, nbr, ntp = d.ip4(), d.ip4(), d.ip4(), d.ip4()
    tacsrv = d.priv4()
    d.text = f"""Building configuration...

Current configuration : 6123 bytes
!
! Last configuration change at 09:12:44 CET Tue Mar 11 2025 by netadmin
!
version 17.9
service timestamps debug datetime msec
service timestamps log datetime msec
service password-encryption
!
hostname rtr-sto-edge01
!
boot-start-marker
boot-end-marker
!
enable secret 9 {en9}
!
aaa new-model
aaa authentication login default group tacacs+ local
aaa authorization exec default group tacacs+ local
!
username netadmin privilege 15 secret 9 $9${g.s(14, AN + './')}${g.s(43, AN + './')}
username breakglass privilege 15 password 0 {u_pw}
username monitor privilege 1 password 7 {t7}
!
crypto isakmp policy 10
 encryption aes 256
 hash sha256
 authentication pre-share
 group 14
crypto isakmp key {psk} address {peer}
!
interface GigabitEthernet0/0/0
 description WAN
 ip address {wan} 255.255.255.248
 negotiation auto
!
interface GigabitEthernet0/0/1
 description LAN
 ip address 10.40.0.1 255.255.255.0
!
router bgp 65010
 bgp log-neighbor-changes
 neighbor {nbr} remote-as 3301
 neighbor {nbr} password {bgp}
!
ip route 0.0.0.0 0.0.0.0 {nbr}
!
snmp-server community {ro} RO 90
snmp-server community {rw} RW 91
snmp-server community public RO
snmp-server location Stockholm DC2 rack B14
snmp-server contact noc
!
tacacs server ISE1
 address ipv4 {tacsrv}
 key 0 {tac}
!
ntp authentication-key 1 md5 {ntpk}
ntp authenticate
ntp trusted-key 1
ntp server {ntp} key 1
!
line vty 0 4
 transport input ssh
!
end
"""
    d2 = new("cisco-ios-running-config", "sw-gbg-core01-show-run.txt")
    g2 = d2.g
    en = d2.pw(punct="!#%*+-.?_@")
    u1 = d2.pw(punct="!#%*+-.?_@")
    u2 = d2.pw(punct="!#%*+-.?_@")
    vtp = d2.pw(style="alnum", n=12)
    rad = d2.pw(punct="!#%*+-.?_")
    c1 = d2.pw(style="alnum", n=14)
    ospf = d2.pw(style="alnum", n=8)
    d2.text = f"""sw-gbg-core01#show running-config
Building configuration...

Current configuration : 18422 bytes
!
version 15.2
no service pad
service timestamps debug datetime msec
no service password-encryption
!
hostname sw-gbg-core01
!
enable password {en}
!
username admin privilege 15 password {u1}
username backup privilege 3 password 0 {u2}
!
vtp domain GBG
vtp mode transparent
vtp password {vtp}
!
radius server ISE-GBG
 address ipv4 10.50.0.21 auth-port 1812 acct-port 1813
 key {rad}
!
interface Vlan50
 ip address 10.50.0.2 255.255.255.0
 ip ospf authentication message-digest
 ip ospf message-digest-key 1 md5 {ospf}
!
snmp-server community {c1} RO
!
line con 0
 password 7 {g2.hexs(20).upper()}
 login
line vty 0 15
 password {d2.pw(style="alnum", n=10)}
 login local
!
end
"""
    return [d, d2]


def vyos_commands():
    d = new("vyos-commands", "config.commands")
    g = d.g
    ip1, gw, peer = d.ip4(), d.ip4(), d.ip4()
    psk = d.pw(punct="!#%*+-.?_", cat="password|generic-secret")
    pppoe = d.pw(style="alnum", n=12)
    wgk = d.gs("b64_44")
    wgpub = d.wg_pub()
    radius = d.pw(punct="!#%*+-.?_", cat="password|generic-secret")
    user_pw = d.pw(punct="!#%*+-.?_")
    d.text = f"""set interfaces ethernet eth0 address '{ip1}/29'
set interfaces ethernet eth0 description 'WAN'
set interfaces pppoe pppoe0 authentication username 'bb{g.digits(8)}@{g.pick(['bahnhof', 'telia', 'bredband2'])}'
set interfaces pppoe pppoe0 authentication password '{pppoe}'
set interfaces pppoe pppoe0 source-interface 'eth2'
set interfaces wireguard wg0 address '10.99.0.1/24'
set interfaces wireguard wg0 port '51820'
set interfaces wireguard wg0 private-key '{wgk}'
set interfaces wireguard wg0 peer laptop-kim allowed-ips '10.99.0.10/32'
set interfaces wireguard wg0 peer laptop-kim public-key '{wgpub}'
set protocols static route 0.0.0.0/0 next-hop {gw}
set system login user ops authentication plaintext-password '{user_pw}'
set system login user vyos authentication encrypted-password '$6${g.s(16, AN + './')}${g.s(86, AN + './')}'
set vpn ipsec authentication psk branch-oslo id '{ip1}'
set vpn ipsec authentication psk branch-oslo id '{peer}'
set vpn ipsec authentication psk branch-oslo secret '{psk}'
set vpn ipsec site-to-site peer branch-oslo remote-address '{peer}'
set vpn ipsec site-to-site peer branch-oslo authentication mode 'pre-shared-secret'
set system login radius server 10.40.0.20 key '{radius}'
"""
    return d


def openwrt_uci_config():
    d = new("openwrt-uci-config", "uci-export.txt")
    g = d.g
    k1 = d.pw(style="human", punct="!#%*+-.?_", cat="password|generic-secret")
    k2 = d.pw(punct="!#%*+-.?_", cat="password|generic-secret")
    ppp = d.pw(style="alnum", n=10)
    wg = d.gs("b64_44")
    ddns = d.pw(style="alnum", n=24)
    d.text = f"""root@OpenWrt:~# uci export wireless
package wireless

config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '36'
	option band '5g'
	option htmode 'HE80'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'Lindqvist'
	option encryption 'sae-mixed'
	option key '{k1}'

config wifi-iface 'guest'
	option device 'radio0'
	option network 'guest'
	option mode 'ap'
	option ssid 'Lindqvist-Gast'
	option encryption 'psk2'
	option key '{k2}'
	option isolate '1'

root@OpenWrt:~# uci export network | grep -A8 wan
config interface 'wan'
	option device 'eth1'
	option proto 'pppoe'
	option username 'kund{g.digits(7)}'
	option password '{ppp}'
	option ipv6 'auto'

config interface 'wg0'
	option proto 'wireguard'
	option private_key '{wg}'
	list addresses '10.14.0.1/24'

root@OpenWrt:~# uci show ddns.myddns_ipv4
ddns.myddns_ipv4.service_name='duckdns.org'
ddns.myddns_ipv4.domain='lindqvist-hem.duckdns.org'
ddns.myddns_ipv4.username='NA'
ddns.myddns_ipv4.password='{ddns}'
"""
    return d


def snmpd_conf():
    d = new("snmpd-conf", "snmpd.conf")
    g = d.g
    c1 = d.pw(style="alnum", n=14)
    c2 = d.pw(style="alnum", n=16)
    a1, p1 = d.pw(punct="!#%*+-._"), d.pw(punct="!#%*+-._")
    a2, p2 = d.pw(punct="!#%*+-._"), d.pw(punct="!#%*+-._")
    d.text = f"""###############################################################################
# /etc/snmp/snmpd.conf  (managed by ansible role snmp, do not edit by hand)
###############################################################################
sysLocation    Göteborg, serverrum 2
sysContact     NOC <noc@{d.dom('se')}>
sysServices    72

master  agentx
agentAddress udp:161,udp6:[::1]:161

# SNMPv2c read-only for the monitoring subnet
rocommunity  {c1}  10.40.10.0/24
rocommunity6 {c1}  fd00:40:10::/64
# write community for the legacy UPS poller
rwcommunity  {c2}  10.40.10.25
# rocommunity public  default    -V systemonly   (package default, removed)

# SNMPv3 users (net-snmp-create-v3-user writes these into /var/lib/snmp/snmpd.conf)
createUser librenms SHA-512 "{a1}" AES "{p1}"
createUser zabbix   SHA "{a2}" AES "{p2}"
rouser librenms priv
rouser zabbix priv

view   systemonly  included   .1.3.6.1.2.1.1
view   systemonly  included   .1.3.6.1.2.1.25.1
extend  .1.3.6.1.4.1.2021.7890.1 distro /usr/bin/distro
"""
    d.role_email("noc", d.dom("se"))
    return d


def windows_bat_scripts():
    d = new("windows-bat-scripts", "map_and_deploy.bat")
    g = d.g
    dom = d.dom("se").split(".")[0].upper()
    ps = [d.pw(punct="!#*+-.?_@") for _ in range(6)]
    d.text = f"""@echo off
REM ============================================================
REM  map_and_deploy.bat  -- run by the deploy account on APP01
REM ============================================================
setlocal

net use Z: \\\\fs01\\deploy {ps[0]} /user:{dom}\\svc_deploy /persistent:no
net use Y: \\\\fs02\\backup /user:{dom}\\svc_backup {ps[1]}
cmdkey /generic:TERMSRV/app02 /user:{dom}\\svc_deploy /pass:{ps[2]}

REM stop the service remotely
psexec \\\\app02 -u {dom}\\svc_deploy -p {ps[3]} -h net stop OrdersService

xcopy /E /Y Z:\\orders\\release\\* \\\\app02\\c$\\Services\\Orders\\

REM migrate the database
sqlcmd -S sql01\\PROD -U orders_migrator -P {ps[4]} -d Orders -i Z:\\orders\\migrations\\V42__add_index.sql

schtasks /Create /S app02 /RU {dom}\\svc_jobs /RP {ps[5]} /SC DAILY /ST 02:00 /TN "Orders\\Nightly" /TR "C:\\Services\\Orders\\nightly.exe"

psexec \\\\app02 -u {dom}\\svc_deploy -p {ps[3]} -h net start OrdersService
REM runas /user:{dom}\\administrator cmd    (prompts for the password)
net use Z: /delete /y
net use Y: /delete /y
endlocal
"""
    d2 = new("windows-bat-scripts", "nas_backup.cmd")
    g2 = d2.g
    dom2 = d2.dom("se").split(".")[0].upper()
    q = [d2.pw(punct="!#*+-.?_@") for _ in range(4)]
    d2.noboundary.add(q[2])  # 7-Zip takes the password glued to -p
    d2.text = f"""@echo off
:: nas_backup.cmd -- scheduled on FS01, 23:30
set NAS=\\\\nas01\\backup
set LOG=C:\\Logs\\nas_backup_%date:~-4%%date:~3,2%%date:~0,2%.log

net use %NAS% /user:nas01\\backupuser {q[0]} >> %LOG% 2>&1
robocopy D:\\Shares %NAS%\\shares /MIR /R:2 /W:5 /NP /LOG+:%LOG%

:: SQL backups via sqlcmd
sqlcmd -S SQL01 -U backup_operator -P "{q[1]}" -Q "BACKUP DATABASE [Orders] TO DISK='\\\\nas01\\backup\\sql\\Orders.bak' WITH COMPRESSION, INIT"

:: copy offsite with 7-Zip encryption
"C:\\Program Files\\7-Zip\\7z.exe" a -p{q[2]} -mhe=on %NAS%\\offsite\\shares.7z D:\\Shares\\Ekonomi

:: notify
powershell -NoProfile -Command "Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From backup@{d.dom('se')} -To it@{d.dom('se')} -Subject 'NAS backup done' -Credential (New-Object PSCredential('backup@{d.dom('se')}', (ConvertTo-SecureString '{q[3]}' -AsPlainText -Force)))"
net use %NAS% /delete /y
"""
    d2.role_email("backup", d.dom("se"))
    d2.role_email("it", d.dom("se"))
    return [d, d2]


def tsql_linked_servers():
    d = new("tsql-linked-servers", "setup_linked_servers.sql")
    g = d.g
    ps = [d.pw(enc=SQ, punct="!#%*+-.?_'") for _ in range(7)]
    d.text = f"""/* setup_linked_servers.sql -- SQL01\\PROD, run as sysadmin */
USE [master];
GO
CREATE LOGIN [reporting_ro] WITH PASSWORD = N'{ps[0]}', DEFAULT_DATABASE = [Reporting], CHECK_POLICY = ON;
GO
ALTER LOGIN [etl_loader] WITH PASSWORD = N'{ps[1]}' OLD_PASSWORD = N'{ps[2]}';
GO
EXEC master.dbo.sp_addlinkedserver @server = N'ERP', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'erp-sql02.{d.dom()}';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ERP', @useself = N'False', @locallogin = NULL, @rmtuser = N'linked_erp', @rmtpassword = N'{ps[3]}';
GO
USE [Reporting];
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '{ps[4]}';
GO
BACKUP CERTIFICATE TDECert TO FILE = 'D:\\keys\\TDECert.cer'
    WITH PRIVATE KEY (FILE = 'D:\\keys\\TDECert.pvk', ENCRYPTION BY PASSWORD = '{ps[5]}');
GO
CREATE USER [app_reader] WITH PASSWORD = N'{ps[6]}';   -- contained database user
GO
CREATE DATABASE SCOPED CREDENTIAL [BlobCred] WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '<sas token goes here>';
GO
-- password hash for reference, from sys.sql_logins:
-- 0x0200{g.hexs(136).upper()}
"""
    return d


def teradata_bteq_scripts():
    d = new("teradata-bteq-scripts", "load_daily_sales.bteq")
    g = d.g
    p1 = d.pw(punct="!#%*+-.?_")
    p2 = d.pw(punct="!#%*+-.?_")
    d.text = f""".SET ERROROUT STDOUT
.SET WIDTH 200
.LOGON tdprod.{d.dom()}/etl_sales,{p1};

DATABASE SALES_STG;

DELETE FROM SALES_STG.DAILY_SALES WHERE SALES_DT = CURRENT_DATE - 1;
.IF ERRORCODE <> 0 THEN .QUIT 8;

INSERT INTO SALES_STG.DAILY_SALES
SELECT * FROM SALES_LAND.DAILY_SALES_V WHERE SALES_DT = CURRENT_DATE - 1;
.IF ERRORCODE <> 0 THEN .QUIT 8;

.LOGOFF;

/* second hop into the mart with the mart owner */
.LOGON tdprod.{d.dom()}/mart_owner,{p2};
COLLECT STATISTICS ON SALES_MART.DAILY_SALES COLUMN (SALES_DT);
.LOGOFF;
.QUIT 0;
/* tdwallet would be: .LOGON tdprod/etl_sales,$tdwallet(etl_sales_pw) */
"""
    return d


def sshpass_scripts():
    d = new("sshpass-scripts", "push_configs.sh")
    g = d.g
    ps = [d.pw(punct="!#%*+-._@") for _ in range(4)]
    d.text = f"""#!/usr/bin/env bash
# push_configs.sh -- copies the nightly configs to the old appliances that have no key auth
set -euo pipefail

HOSTS=(10.40.2.11 10.40.2.12 10.40.2.13)

for h in "${{HOSTS[@]}}"; do
  sshpass -p '{ps[0]}' scp -o StrictHostKeyChecking=no ./out/$h.cfg admin@$h:/config/running.cfg
  sshpass -p '{ps[0]}' ssh -o StrictHostKeyChecking=no admin@$h 'reload-config'
done

# the UPS card uses a different account
export SSHPASS='{ps[1]}'
sshpass -e ssh apc@10.40.2.30 'about'

# camera NVR
sshpass -p "{ps[2]}" rsync -av ./nvr/ root@10.40.2.40:/etc/nvr/

# switch stack: expects the enable password on stdin after login
printf '%s\n' '{d.pw(punct="!#%*+-._@")}' | sshpass -p '{d.pw(punct="!#%*+-._@")}' ssh -tt netops@10.40.2.2 'enable; copy run start' 

# ftp fallback
curl -T ./out/backup.tgz ftp://10.40.2.50/ --user backup:{ps[3]}
"""
    return d


def aerc_accounts_conf():
    d = new("aerc-accounts-conf", "accounts.conf")
    g = d.g
    p = d.person("de")
    em = d.email(p, domain="posteo.de")
    pw = d.pw(cat="url-credentials|password", punct="-._~")
    em2 = d.email(p, domain=d.dom("de"), style="f.l")
    pw2 = d.pw(cat="url-credentials|password", punct="-._~")
    fm = d.email(p, domain="fastmail.com", style="f.l.n")
    d.L("email", U(em))
    d.L("email", U(em2))
    d.text = f"""# ~/.config/aerc/accounts.conf  (aerc refuses to start unless this file is chmod 600)
[Posteo]
source        = imaps://{U(em)}:{pw}@posteo.de:993
outgoing      = smtps+plain://{U(em)}:{pw}@posteo.de:465
default       = INBOX
from          = {p.name} <{em}>
copy-to       = Sent
cache-headers = true

[Arbeit]
source        = imaps://{U(em2)}:{pw2}@mail.{d.dom('de')}:993
outgoing      = smtp+login://{U(em2)}:{pw2}@mail.{d.dom('de')}:587
smtp-starttls = yes
default       = INBOX
from          = {p.name} <{em2}>
signature-file = ~/.config/aerc/signature-work

[Fastmail]
source          = jmap://{U(fm)}@api.fastmail.com/.well-known/jmap
source-cred-cmd = pass show mail/fastmail-app-password
outgoing        = jmap://
default         = Inbox
from            = {p.name} <{fm}>
"""
    d.L("email", U(fm))
    d.nonemail.add(f"{U(fm)}@api.fastmail.com")  # URL userinfo (encoded address) + host
    return d


def exim4_passwd_client():
    d = new("exim4-passwd-client", "passwd.client")
    g = d.g
    rows = []
    for host, who in [("*.google.com", "gmail.com"), ("smtp.office365.com", d.dom()), ("mail.smtp2go.com", None),
                      ("smtp.eu.mailgun.org", "mg." + d.dom()), ("email-smtp.eu-north-1.amazonaws.com", None),
                      ("smtp.fastmail.com", "fastmail.com")]:
        p = d.person(g.pick(["se", "en", "de"]))
        user = d.email(p, domain=who) if who else g.pick(["relay-nas", "printer01"])
        pw = d.pw(punct="!#%*+-.?_@")
        rows.append(f"{host}:{user}:{pw}")
    d.text = """# password file used when the local exim is authenticating to a remote
# host as a client.
#
# see exim4_passwd_client(5) for more documentation
#
# Example:
### target.mail.server.example:login:password
""" + "\n".join(rows) + "\n"
    return d


def gworkspace_bulk_users_csv():
    d = new("gworkspace-bulk-users-csv", "new_hires_2025-03.csv")
    g = d.g
    dom = d.dom("se")
    rows = ["First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],New Primary Email [UPLOAD ONLY],Recovery Email,Home Secondary Email,Work Secondary Email,Recovery Phone [MUST BE IN THE E.164 FORMAT],Work Phone,Home Phone,Mobile Phone,Employee ID,Department,Change Password at Next Sign-In"]
    for i in range(16):
        p = d.person(g.pick(["se", "se", "fi", "no", "de"]))
        em = d.email(p, domain=dom, style="f.l")
        if i == 4:
            pw = d.sha1()
            hf = "SHA-1"
        else:
            pw = d.pw(punct="!#%*+-.?_@")
            hf = ""
        rec = d.email(p) if i % 2 == 0 else ""
        ph = d.phone("se_m" if p.cc == "se" else p.cc if p.cc in ("fi", "no", "de") else "se_m", "e164")
        rows.append(f"{p.first},{p.last},{em},{pw},{hf},/Staff/{g.pick(['Ekonomi', 'Lager', 'IT', 'Sälj'])},,{rec},,,{ph},,,,{g.num(10000, 99999)},{g.pick(['Finance', 'Warehouse', 'IT', 'Sales'])},TRUE")
    d.text = "\n".join(rows) + "\n"
    return d


def c_libcurl_src():
    d = new("c-libcurl-src", "uploader.c")
    g = d.g
    tok = d.bearer("opaque48")
    up = d.pw(punct="!#%*+-._")
    xo = d.bearer("opaque", cat="bearer-token|generic-secret")
    pxp = d.pw(punct="!#%*+-._")
    d.text = f"""/* uploader.c -- sends meter readings to the collector; built into the field gateway image */
#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>

#define COLLECTOR_URL "https://collector.{d.dom()}/v1/readings"
#define API_TOKEN     "{tok}"
#define FTP_USERPWD   "meter:{up}"
#define PROXY_USERPWD "gw-proxy:{pxp}"

static int post_readings(const char *json)
{{
    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;
    struct curl_slist *hdrs = NULL;
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    hdrs = curl_slist_append(hdrs, "Authorization: Bearer " API_TOKEN);
    curl_easy_setopt(curl, CURLOPT_URL, COLLECTOR_URL);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(curl, CURLOPT_PROXY, "http://proxy.{d.dom()}:3128");
    curl_easy_setopt(curl, CURLOPT_PROXYUSERPWD, PROXY_USERPWD);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}}

static int ftp_fallback(const char *path)
{{
    CURL *curl = curl_easy_init();
    FILE *fp = fopen(path, "rb");
    curl_easy_setopt(curl, CURLOPT_URL, "ftp://ftp.{d.dom()}/incoming/");
    curl_easy_setopt(curl, CURLOPT_USERPWD, FTP_USERPWD);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READDATA, fp);
    CURLcode rc = curl_easy_perform(curl);
    fclose(fp);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}}

static int oauth_smtp_alert(void)
{{
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, "smtps://smtp.office365.com:587");
    curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, "{xo}");
    /* curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, getenv("SMTP_TOKEN")); */
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}}

int main(int argc, char **argv)
{{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int rc = post_readings(argc > 1 ? argv[1] : "{{}}");
    if (rc != 0)
        rc = ftp_fallback("/var/spool/meter/latest.json");
    if (rc != 0)
        oauth_smtp_alert();
    curl_global_cleanup();
    return rc;
}}
"""
    return d


CARRIERS = [sequelize_config_json, knexfile_js, jpa_persistence_xml, weblogic_domain_files, jetty_realm_properties,
            zookeeper_jaas_conf, cisco_ios_running_config, vyos_commands, openwrt_uci_config, snmpd_conf,
            windows_bat_scripts, tsql_linked_servers, teradata_bteq_scripts, sshpass_scripts, aerc_accounts_conf,
            exim4_passwd_client, gworkspace_bulk_users_csv, c_libcurl_src]
