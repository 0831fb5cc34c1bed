"""dev29 password documents: daemons, devices, command lines, connection calls, user lists."""
import json
from registry import doc
from core import enc


@doc("cmdkey-add-credentials-bat", "drift/koppla-skrivare.bat", "windows batch storing credentials with cmdkey and mapping shares")
def _(d):
    p1, p2, p3 = d.pw("z"), d.pw("z"), d.pw("k")
    return f"""@echo off
rem Koppla skrivarserver och filserver for kassapersonal (korning vid inloggning)
rem Senast andrad: 2026-01-14 /MJ
setlocal
set FILSERVER=fs02.kassa.lan
set SKRIVARE=print01.kassa.lan

cmdkey /list | find "%FILSERVER%" >nul
if errorlevel 1 (
    cmdkey /add:%FILSERVER% /user:KASSA\\svc-kassadrift /pass:{p1}
)
cmdkey /add:%SKRIVARE% /user:KASSA\\svc-print /pass:{p2}
rem gammalt konto, tas bort efter migreringen: cmdkey /delete:fs01.kassa.lan

net use K: \\\\%FILSERVER%\\kassa /persistent:no
net use L: \\\\%FILSERVER%\\lager {p3} /user:KASSA\\lagerlasare /persistent:no
rem Lasarkontot for rapporter anvands via %RAPPORT_PW% (satts i GPO, inte har)
net use R: \\\\rapport01\\utdata %RAPPORT_PW% /user:KASSA\\rapport

if errorlevel 1 echo Kunde inte koppla enheter >> %TEMP%\\koppla.log
endlocal
"""


@doc("ldapmodify-bind-script-sh", "opt/ldap-scripts/reset_konsult.sh", "shell script binding with ldapmodify and ldappasswd to reset a contractor account")
def _(d):
    bind, new, initial = d.pw("y", "sh1"), d.pw("w"), d.pw("k")
    h = d.X("{SSHA}" + d.sec("b64_24"))
    return f"""#!/bin/sh
# Aterstaller konsultkonto i OpenLDAP. Kors av servicedesk via sudo.
# Anvandning: reset_konsult.sh <uid>
set -eu
UID_IN="$1"
LDAPURI="ldaps://ldap1.byggnord.lan"
BINDDN="cn=helpdesk,ou=system,dc=byggnord,dc=lan"
BINDPW='{bind}'

ldapmodify -x -H "$LDAPURI" -D "$BINDDN" -w "$BINDPW" <<LDIF
dn: uid=$UID_IN,ou=konsulter,dc=byggnord,dc=lan
changetype: modify
replace: shadowLastChange
shadowLastChange: 0
-
replace: pwdReset
pwdReset: TRUE
LDIF

# nytt startlosenord, anvandaren maste byta vid forsta inloggning
ldappasswd -x -H "$LDAPURI" -D "$BINDDN" -w "$BINDPW" -s '{new}' "uid=$UID_IN,ou=konsulter,dc=byggnord,dc=lan"

# mall for nya konton (ldapadd -f ny_konsult.ldif)
cat > /tmp/ny_konsult.ldif <<EOF
dn: uid=ny.konsult,ou=konsulter,dc=byggnord,dc=lan
objectClass: inetOrgPerson
uid: ny.konsult
cn: Ny Konsult
sn: Konsult
userPassword: {initial}
EOF
# referens: tjanstekontot har hash {h} i katalogen
"""


@doc("kcadm-config-credentials-session", "notes/kcadm-realm-setup.txt", "terminal session configuring a keycloak realm with kcadm.sh")
def _(d):
    adm, up, cs = d.pw("a"), d.pw("w"), d.gs("an32")
    u = d.uuid()
    return f"""$ cd /opt/keycloak/bin
$ ./kcadm.sh config credentials --server https://sso.hamnbolaget.lan --realm master --user admin --password '{adm}'
Logging into https://sso.hamnbolaget.lan as user admin of realm master
$ ./kcadm.sh create realms -s realm=hamn -s enabled=true
Created new realm with id 'hamn'
$ ./kcadm.sh create users -r hamn -s username=lotsbokning -s enabled=true
Created new user with id '{u}'
$ ./kcadm.sh set-password -r hamn --username lotsbokning --new-password '{up}' --temporary
$ ./kcadm.sh create clients -r hamn -s clientId=lotsportal -s 'redirectUris=["https://lots.hamnbolaget.lan/*"]' -s publicClient=false -s secret={cs}
Created new client with id '{d.uuid()}'
$ ./kcadm.sh get clients/{u}/client-secret -r hamn
Resource not found for url: https://sso.hamnbolaget.lan/admin/realms/hamn/clients/{u}/client-secret
$ ./kcadm.sh get clients -r hamn -q clientId=lotsportal --fields id,clientId
[ {{
  "id" : "{d.uuid()}",
  "clientId" : "lotsportal"
}} ]
"""


@doc("jboss-cli-datasource-add-cli", "deploy/cli/datasources.cli", "jboss-cli script adding datasources and a credential store alias")
def _(d):
    p1, p2, p3 = d.pw("z"), d.pw("y"), d.pw("w")
    return f"""# WildFly-konfiguration for fakturering (kors med jboss-cli.sh --file=datasources.cli)
embed-server --server-config=standalone-full.xml --std-out=echo
batch

/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)

data-source add --name=FakturaDS --jndi-name=java:jboss/datasources/FakturaDS --driver-name=postgresql \\
    --connection-url=jdbc:postgresql://pg-faktura.lan:5432/faktura --user-name=faktura_app --password={p1} \\
    --min-pool-size=5 --max-pool-size=30 --validate-on-match=true

# rapportdatabasen via credential store istallet for klartext i xml
/subsystem=elytron/credential-store=cs:add(path=cs.jceks,relative-to=jboss.server.config.dir,credential-reference={{clear-text="{p2}"}},create=true)
/subsystem=elytron/credential-store=cs:add-alias(alias=rapport-db,secret-value="{p3}")
data-source add --name=RapportDS --jndi-name=java:jboss/datasources/RapportDS --driver-name=postgresql \\
    --connection-url=jdbc:postgresql://pg-rapport.lan:5432/rapport --user-name=rapport_ro \\
    --credential-reference={{store=cs,alias=rapport-db}}

# gamla DS:en hade ${{env.FAKTURA_DB_PASSWORD}} - tas bort
run-batch
stop-embedded-server
"""


@doc("wlst-connect-script-py", "wlst/skapa_ds.py", "weblogic scripting tool script connecting and creating a jdbc datasource")
def _(d):
    p1, p2 = d.pw("x"), d.pw("z")
    return f"""# WLST - kors med: java weblogic.WLST skapa_ds.py
# Skapar JDBC-datakalla for lagersystemet i domanen lagerdom

connect('weblogic', '{p1}', 't3://wls-adm01.lager.lan:7001')
edit()
startEdit()

cd('/')
ds = cmo.createJDBCSystemResource('LagerDS')
res = ds.getJDBCResource()
res.setName('LagerDS')

params = res.getJDBCDataSourceParams()
params.setJNDINames(jarray.array([String('jdbc/LagerDS')], String))

drv = res.getJDBCDriverParams()
drv.setUrl('jdbc:oracle:thin:@//ora-lager.lan:1521/LAGERP')
drv.setDriverName('oracle.jdbc.OracleDriver')
drv.setPassword('{p2}')
props = drv.getProperties()
p = props.createProperty('user')
p.setValue('LAGER_APP')

cd('/JDBCSystemResources/LagerDS')
set('Targets', jarray.array([ObjectName('com.bea:Name=lagerkluster,Type=Cluster')], ObjectName))

save()
activate(block='true')
disconnect()
exit()
"""


@doc("asadmin-passwordfile", "glassfish/domain1-passwords.txt", "glassfish/payara asadmin password file used by deployment scripts")
def _(d):
    p1, p2, p3 = d.pw("w"), d.pw("z"), d.pw("x")
    return f"""# anvands som: asadmin --user admin --passwordfile /opt/payara/domain1-passwords.txt deploy ...
# rattigheter 600, agare payara
AS_ADMIN_PASSWORD={p1}
AS_ADMIN_MASTERPASSWORD={p2}
AS_ADMIN_ALIASPASSWORD={p3}
# AS_ADMIN_NEWPASSWORD anvands bara vid change-admin-password
"""


@doc("liberty-server-xml-datasource", "wlp/usr/servers/bokning/server.xml", "open liberty server.xml with a datasource and a basic registry")
def _(d):
    p1, p2 = d.pw("z", "xml"), d.pw("w", "xml")
    xor = d.X("{xor}" + d.sec("b64_12"))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<server description="bokningstjanst">
    <featureManager>
        <feature>jakartaee-10.0</feature>
        <feature>mpConfig-3.1</feature>
    </featureManager>

    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9080" httpsPort="9443"/>
    <keyStore id="defaultKeyStore" password="{xor}"/>

    <library id="pgLib">
        <fileset dir="${{server.config.dir}}/lib" includes="postgresql-42.7.3.jar"/>
    </library>

    <dataSource id="BokningDS" jndiName="jdbc/bokning">
        <jdbcDriver libraryRef="pgLib"/>
        <properties.postgresql serverName="pg-bokning.lan" portNumber="5432" databaseName="bokning"
                               user="bokning_app" password="{p1}"/>
    </dataSource>

    <basicRegistry id="basic" realm="BokningRealm">
        <user name="drift" password="{p2}"/>
        <user name="monitor" password="${{env.MONITOR_PASSWORD}}"/>
        <group name="admins"><member name="drift"/></group>
    </basicRegistry>
</server>
"""


@doc("classic-asp-global-asa", "wwwroot/global.asa", "classic asp global.asa with an application connection string")
def _(d):
    p1 = d.pw("z")
    p2 = d.pw("k")
    return f"""<SCRIPT LANGUAGE="VBScript" RUNAT="Server">
' Medlemsregistret - klassisk ASP, flyttad till IIS 10 2019
Sub Application_OnStart
    Application("ConnStr") = "Provider=SQLOLEDB;Data Source=SQL02\\MEDLEM;Initial Catalog=Medlem;User ID=webmedlem;Password={p1};"
    Application("SmtpServer") = "smtp.forening.lan"
    ' Application("ConnStrGammal") = "DSN=medlem;UID=sa;PWD=********"
    Application("AdminPin") = "{p2}"
    Application("Besokare") = 0
End Sub

Sub Session_OnStart
    Application.Lock
    Application("Besokare") = Application("Besokare") + 1
    Application.UnLock
    Session.Timeout = 30
End Sub
</SCRIPT>
"""


@doc("networkmanager-nmconnection", "etc/NetworkManager/system-connections/eduroam.nmconnection", "networkmanager keyfile for an 802.1x wireless network")
def _(d):
    p1 = d.pw("w")
    ident = d.L("email", d.rs("abcdefghijklmnopqrstuvwxyz", 2) + str(d.ri(100, 999)) + d.rs("abcdefghijklmnopqrstuvwxyz", 2) + "@student.lnu.se")
    return f"""[connection]
id=eduroam
uuid={d.uuid()}
type=wifi
interface-name=wlp2s0
permissions=

[wifi]
mode=infrastructure
ssid=eduroam

[wifi-security]
auth-alg=open
key-mgmt=wpa-eap

[802-1x]
anonymous-identity=@student.lnu.se
ca-cert=/etc/ssl/certs/DigiCert_Global_Root_G2.pem
domain-suffix-match=radius.lnu.se
eap=peap;
identity={ident}
password={p1}
phase2-auth=mschapv2

[ipv4]
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto

[proxy]
"""


@doc("nagios-resource-cfg", "usr/local/nagios/etc/resource.cfg", "nagios resource.cfg with user macros holding credentials")
def _(d):
    p1, p2, p3 = d.pw("z"), d.pw("x"), d.pw("y")
    return f"""###########################################################################
#
# RESOURCE.CFG - Resource File for Nagios
#
# You can define $USERx$ macros in this file, which can in turn be used
# in command definitions in your host config file(s).
#
###########################################################################

# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/local/nagios/libexec

# Sets $USER2$ to be the path to event handlers
#$USER2$=/usr/local/nagios/libexec/eventhandlers

# MySQL-check (check_mysql -u nagios -p $USER3$)
$USER3$={p1}

# SNMP community for the switches (check_snmp -C $USER5$)
$USER5$={p2}

# Windows-agent NSClient++ (check_nt -s $USER7$)
$USER7$={p3}

# old value kept for reference: $USER9$=changeme
"""


@doc("smf-settings-php", "forum/Settings.php", "simple machines forum Settings.php")
def _(d):
    p1 = d.pw("q", "php")
    s1 = d.gs("hex32")
    return f"""<?php

/**
 * The settings file contains all of the basic settings that need to be present when a database/cache is not available.
 *
 * Simple Machines Forum (SMF)
 */

########## Maintenance ##########
$maintenance = 0;
$mtitle = 'Underhåll';
$mmessage = 'Forumet är nere för underhåll en kort stund.';

########## Forum Info ##########
$mbname = 'Båtklubbens forum';
$language = 'swedish';
$boardurl = 'https://forum.batklubben.lan';
$webmaster_email = 'noreply@batklubben.invalid';
$cookiename = 'SMFCookie' . '471';

########## Database Info ##########
$db_type = 'mysql';
$db_port = 0;
$db_server = 'localhost';
$db_name = 'smf';
$db_user = 'smf_forum';
$db_passwd = '{p1}';
$ssi_db_user = '';
$ssi_db_passwd = '';
$db_prefix = 'smf_';
$db_persist = 0;
$db_error_send = 0;
$db_mb4 = null;

########## Cache Info ##########
$cache_accelerator = '';
$cache_enable = 0;

######### Image Proxy #########
$image_proxy_enabled = true;
$image_proxy_secret = '{s1}';
$image_proxy_maxsize = 5192;

########## Directories/Files ##########
$boarddir = '/var/www/forum';
$sourcedir = '/var/www/forum/Sources';
$packagesdir = '/var/www/forum/Packages';
$tasksdir = $sourcedir . '/tasks';
"""


@doc("dolibarr-conf-php", "htdocs/conf/conf.php", "dolibarr erp conf.php")
def _(d):
    p1 = d.pw("z", "php")
    s1 = d.gs("hex32")
    return f"""<?php
//
// File generated by Dolibarr installer 19.0.2 on 2025-03-11
//
// Take a look at conf.php.example file for an example of conf.php file
// and explanations for all possibles parameters.
//
$dolibarr_main_url_root='https://erp.snickeriet.lan';
$dolibarr_main_document_root='/var/www/dolibarr/htdocs';
$dolibarr_main_url_root_alt='/custom';
$dolibarr_main_document_root_alt='/var/www/dolibarr/htdocs/custom';
$dolibarr_main_data_root='/var/lib/dolibarr/documents';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_port='3306';
$dolibarr_main_db_name='dolibarr';
$dolibarr_main_db_prefix='llx_';
$dolibarr_main_db_user='dolibarrusr';
$dolibarr_main_db_pass='{p1}';
$dolibarr_main_db_type='mysqli';
$dolibarr_main_db_character_set='utf8';
$dolibarr_main_db_collation='utf8_unicode_ci';
// Authentication settings
$dolibarr_main_authentication='dolibarr';
$dolibarr_main_prod='1';
$dolibarr_main_force_https='1';
$dolibarr_main_restrict_os_commands='mysqldump, mysql, pg_dump, pgrestore';
$dolibarr_nocsrfcheck='0';
$dolibarr_main_instance_unique_id='{s1}';
$dolibarr_mailing_limit_sendbyweb='0';
"""


@doc("prosody-cfg-lua", "etc/prosody/prosody.cfg.lua", "prosody xmpp server configuration in lua")
def _(d):
    p1, p2 = d.pw("w"), d.pw("z")
    s1 = d.gs("an40")
    return f"""-- Prosody XMPP Server Configuration
admins = {{ }} -- administratorer satts via prosodyctl

modules_enabled = {{
    "roster"; "saslauth"; "tls"; "dialback"; "disco"; "carbons"; "pep";
    "private"; "blocklist"; "vcard4"; "vcard_legacy"; "version"; "uptime";
    "time"; "ping"; "register"; "admin_adhoc"; "mam"; "turn_external";
}}

allow_registration = false
c2s_require_encryption = true
s2s_secure_auth = true
authentication = "internal_hashed"

storage = "sql"
sql = {{ driver = "PostgreSQL", database = "prosody", username = "prosody", password = "{p1}", host = "pg01.lan" }}

archive_expires_after = "1y"

turn_external_host = "turn.kommunen.lan"
turn_external_secret = "{s1}"

log = {{
    info = "/var/log/prosody/prosody.log";
    error = "/var/log/prosody/prosody.err";
}}

certificates = "certs"

VirtualHost "chatt.kommunen.lan"

Component "konferens.chatt.kommunen.lan" "muc"
    modules_enabled = {{ "muc_mam" }}

-- SMS-gateway (extern komponent)
Component "sms.chatt.kommunen.lan"
    component_secret = "{p2}"
"""


@doc("hgrc-auth-section", "home/bygg/.hgrc", "mercurial user configuration with auth section and a path with credentials")
def _(d):
    p1 = d.pw("z")
    p2 = d.pw("z", "url", cat="url-credentials|password")
    return f"""[ui]
username = Byggserver <bygg@ritverket.invalid>
ssh = ssh -C
merge = internal:merge3

[extensions]
rebase =
purge =
largefiles =

[auth]
ritverket.prefix = https://hg.ritverket.lan/
ritverket.username = bygg
ritverket.password = {p1}
ritverket.schemes = https

[paths]
default = https://hg.ritverket.lan/ritningar
arkiv = https://bygg:{p2}@hg-arkiv.ritverket.lan/ritningar-2019
"""


@doc("qpdf-encrypt-batch-sh", "opt/lonebesked/kryptera.sh", "batch script encrypting payslip pdfs with qpdf")
def _(d):
    owner = d.pw("y", "sh1")
    return f"""#!/bin/bash
# Krypterar lonebesked innan de skickas ut. Anvandarlosenordet ar den anstalldes
# anstallningsnummer (lasbart av den anstallde), agarlosenordet ar gemensamt.
set -euo pipefail
IN=/srv/lon/ut
OUT=/srv/lon/krypterat
OWNER_PW='{owner}'

for f in "$IN"/*.pdf; do
    anr=$(basename "$f" .pdf | cut -d_ -f2)
    qpdf --encrypt "$anr" "$OWNER_PW" 256 --print=full --modify=none -- "$f" "$OUT/$(basename "$f")"
done
# verifiera: qpdf --show-encryption --password="$anr" fil.pdf
"""


@doc("zip-encrypt-backup-script", "usr/local/sbin/nattbackup-kund.sh", "nightly backup script creating password-protected zip archives")
def _(d):
    p1, p2 = d.pw("z"), d.pw("x")
    return f"""#!/bin/sh
# Nattlig export av kundmappar till extern disk (krav fran revisorn: krypterat)
DATUM=$(date +%F)
cd /srv/kunder || exit 1
zip -r -q -P {p1} "/mnt/extern/kunder-$DATUM.zip" . -x '*.tmp'
# aldre arkiv fore 2025 skapades med annat losenord:
#   unzip -P {p2} kunder-2024-12-31.zip
find /mnt/extern -name 'kunder-*.zip' -mtime +60 -delete
"""


@doc("nut-upsmon-monitor-conf", "etc/nut/upsmon.conf", "network ups tools upsmon.conf with monitor lines")
def _(d):
    p1, p2 = d.pw("z"), d.pw("x")
    return f"""# Network UPS Tools: upsmon configuration
RUN_AS_USER root

# MONITOR <system> <powervalue> <username> <password> ("primary"|"secondary")
MONITOR rack1@localhost 1 upsmon {p1} primary
MONITOR rack2@10.20.0.15 1 monslave {p2} secondary

MINSUPPLIES 1
SHUTDOWNCMD "/sbin/shutdown -h +0"
NOTIFYCMD /usr/sbin/upssched
POLLFREQ 5
POLLFREQALERT 5
HOSTSYNC 15
DEADTIME 15
POWERDOWNFLAG /etc/killpower
NOTIFYFLAG ONLINE SYSLOG+EXEC
NOTIFYFLAG ONBATT SYSLOG+EXEC
RBWARNTIME 43200
NOCOMMWARNTIME 300
FINALDELAY 5
"""


@doc("kea-dhcp4-conf-json", "etc/kea/kea-dhcp4.conf", "isc kea dhcpv4 server configuration with database backends")
def _(d):
    p1, p2 = d.pw("z", "json"), d.pw("a", "json")
    return f"""{{
"Dhcp4": {{
    "interfaces-config": {{ "interfaces": [ "ens192" ] }},
    "control-socket": {{ "socket-type": "unix", "socket-name": "/run/kea/kea4-ctrl-socket" }},
    "lease-database": {{
        "type": "mysql",
        "name": "kea",
        "host": "db-dhcp.lan",
        "user": "kea",
        "password": "{p1}",
        "max-reconnect-tries": 10
    }},
    "hosts-database": {{
        "type": "postgresql",
        "name": "kea_hosts",
        "host": "pg-dhcp.lan",
        "user": "kea_hosts",
        "password": "{p2}"
    }},
    "valid-lifetime": 14400,
    "subnet4": [
        {{
            "id": 1,
            "subnet": "10.40.0.0/22",
            "pools": [ {{ "pool": "10.40.1.10 - 10.40.3.240" }} ],
            "option-data": [ {{ "name": "routers", "data": "10.40.0.1" }}, {{ "name": "domain-name-servers", "data": "10.40.0.5, 10.40.0.6" }} ]
        }}
    ],
    "loggers": [ {{ "name": "kea-dhcp4", "output_options": [ {{ "output": "/var/log/kea/kea-dhcp4.log" }} ], "severity": "INFO" }} ]
}}
}}
"""


@doc("glpi-config-db-php", "glpi/config/config_db.php", "glpi config_db.php with a rawurlencoded database password")
def _(d):
    raw = d.pwr("a")
    p = d.L("password", enc(raw, "url"))
    return f"""<?php
class DB extends DBmysql {{
   public $dbhost = 'localhost';
   public $dbuser = 'glpi';
   public $dbpassword = '{p}';
   public $dbdefault = 'glpi';
   public $use_utf8mb4 = true;
   public $allow_myisam = false;
   public $allow_datetime = false;
   public $allow_signed_keys = false;
}}
"""


@doc("moodle-config-php", "moodle/config.php", "moodle config.php")
def _(d):
    p1 = d.pw("q", "php")
    s1 = d.gs("django")
    return f"""<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'pg-lms.gymnasiet.lan';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '{p1}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
);

$CFG->wwwroot   = 'https://lms.gymnasiet.lan';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';

$CFG->directorypermissions = 0777;
$CFG->passwordsaltmain = '{s1}';

require_once(__DIR__ . '/lib/setup.php');

// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!
"""


@doc("opencart-config-php", "shop/admin/config.php", "opencart admin config.php")
def _(d):
    p1 = d.pw("z", "php")
    return f"""<?php
// APPLICATION
define('APPLICATION', 'Admin');

// HTTP
define('HTTP_SERVER', 'https://butik.fiskedon.lan/admin/');
define('HTTP_CATALOG', 'https://butik.fiskedon.lan/');

// DIR
define('DIR_APPLICATION', '/var/www/butik/admin/');
define('DIR_SYSTEM', '/var/www/butik/system/');
define('DIR_IMAGE', '/var/www/butik/image/');
define('DIR_STORAGE', '/var/www/storage/');
define('DIR_CATALOG', '/var/www/butik/catalog/');

// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'oc_butik');
define('DB_PASSWORD', '{p1}');
define('DB_DATABASE', 'opencart');
define('DB_PORT', '3306');
define('DB_PREFIX', 'oc_');

// OpenCart API
define('OPENCART_SERVER', 'https://www.opencart.com/');
"""


@doc("openvpn-auth-user-pass-file", "etc/openvpn/client/kontoret-auth.txt", "openvpn auth-user-pass credentials file")
def _(d):
    p1 = d.pw("w")
    return f"""vpn-filial-vaxjo
{p1}
"""


@doc("svn-auth-simple-cache", "home/ci/.subversion/auth/svn.simple/4f1a22c9e0d6b8a317c5e2f09b6d4a71", "subversion cached plaintext credentials file")
def _(d):
    p1 = d.pw("x")
    return f"""K 8
passtype
V 6
simple
K 8
password
V {len(p1)}
{p1}
K 15
svn:realmstring
V 48
<https://svn.kartverket.lan:443> Kartverket SVN
K 8
username
V 9
ci-bygget
END
"""


@doc("coldfusion-cfquery-cfm", "wwwroot/rapporter/lagersaldo.cfm", "coldfusion page querying a datasource with inline credentials")
def _(d):
    p1, p2 = d.pw("z"), d.pw("k")
    return f"""<cfsetting enablecfoutputonly="true">
<!--- Lagersaldo per butik. Inloggning via datakalla, men gamla servern kraver anv/losen i cfquery --->
<cfparam name="url.butik" default="0">
<cfquery name="qSaldo" datasource="lager" username="cf_lager" password="{p1}">
    SELECT artikelnr, benamning, saldo
    FROM   lagersaldo
    WHERE  butik_id = <cfqueryparam value="#url.butik#" cfsqltype="cf_sql_integer">
    ORDER BY artikelnr
</cfquery>

<cfhttp url="https://prislista.grossisten.lan/api/priser" method="get" username="butik14" password="{p2}" result="priser" timeout="20">

<cfoutput query="qSaldo">#artikelnr#;#benamning#;#saldo##chr(10)#</cfoutput>
"""


@doc("autohotkey-login-macro-ahk", "Skrivbord/kassa-login.ahk", "autohotkey macro logging into a point-of-sale terminal")
def _(d):
    p1, p2 = d.pw("k"), d.pw("z")
    return f"""; Kassa-inloggning, startas fran autostart
#NoEnv
SetTitleMatchMode, 2
Run, C:\\Program Files (x86)\\KassaPro\\kassa.exe
WinWaitActive, KassaPro - Inloggning,, 30
Sleep, 800
Send, kassa3{{Tab}}
Send, {p1}{{Enter}}
WinWaitActive, KassaPro - Huvudmeny,, 30

; Bakkontoret (F12) kraver chefslosen
F12::
Send, {{F12}}
Sleep, 400
SendRaw, {p2}
Send, {{Enter}}
return
"""


@doc("playwright-auth-setup-ts", "e2e/auth.setup.ts", "playwright authentication setup file storing login state")
def _(d):
    p1, p2 = d.pw("w"), d.pw("a", "c")
    return f"""import {{ test as setup, expect }} from '@playwright/test';

const authFile = 'playwright/.auth/handlaggare.json';

setup('logga in som handläggare', async ({{ page }}) => {{
  await page.goto('https://stage.bidragsportal.lan/login');
  await page.getByLabel('Användarnamn').fill('e2e.handlaggare');
  await page.getByLabel('Lösenord').fill('{p1}');
  await page.getByRole('button', {{ name: 'Logga in' }}).click();
  await expect(page.getByRole('heading', {{ name: 'Mina ärenden' }})).toBeVisible();
  await page.context().storageState({{ path: authFile }});
}});

setup('logga in som admin', async ({{ page }}) => {{
  const pw = process.env.E2E_ADMIN_PASSWORD ?? "{p2}";
  await page.goto('https://stage.bidragsportal.lan/login');
  await page.getByLabel('Användarnamn').fill('e2e.admin');
  await page.getByLabel('Lösenord').fill(pw);
  await page.getByRole('button', {{ name: 'Logga in' }}).click();
  await page.context().storageState({{ path: 'playwright/.auth/admin.json' }});
}});
"""


@doc("mongodump-uri-crontab", "etc/cron.d/mongo-backup", "cron file running mongodump with a connection uri")
def _(d):
    p1 = d.pw("z", "url", cat="url-credentials|password")
    return f"""# m h dom mon dow user command
SHELL=/bin/bash
MAILTO=""
15 2 * * * mongobak /usr/bin/mongodump --uri="mongodb://backup:{p1}@mongo1.lan:27017,mongo2.lan:27017/?replicaSet=rs0&authSource=admin&readPreference=secondary" --gzip --archive=/backup/mongo/$(date +\\%F).gz >> /var/log/mongo-backup.log 2>&1
45 3 * * 0 mongobak find /backup/mongo -name '*.gz' -mtime +28 -delete
# restore-test varje manad:
# 0 5 1 * * mongobak /usr/bin/mongorestore --uri="mongodb://restore:${{RESTORE_PW}}@mongo-test.lan:27017/" --gzip --archive=/backup/mongo/latest.gz --drop
"""


@doc("sybase-isql-cron-sh", "home/sybase/bin/dump_db.sh", "sybase ase dump script using isql with an inline password")
def _(d):
    p1 = d.glue(d.pw("x"))
    return f"""#!/bin/ksh
# Dumpa LAGERDB till disk, kors fran cron kl 01.30
. /opt/sybase/SYBASE.sh
LOG=/var/log/sybase/dump_$(date +%Y%m%d).log
isql -Usa -P{p1} -SLAGERPROD -w 200 <<EOF >> $LOG 2>&1
dump database LAGERDB to "/dump/LAGERDB_$(date +%Y%m%d).dmp" with compression = 100
go
dump transaction LAGERDB with truncate_only
go
EOF
grep -q "Msg " $LOG && mailx -s "dump LAGERDB fel" dba@lagret.invalid < $LOG
"""


@doc("putty-reg-sessions", "export/putty-sessions.reg", "registry export of putty sessions with a proxy password")
def _(d):
    p1 = d.pw("z")
    return f"""Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\brandvagg-hq]
"HostName"="fw-hq.lan"
"Protocol"="ssh"
"PortNumber"=dword:00000016
"UserName"="netadmin"
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy.lan"
"ProxyPort"=dword:00000c38
"ProxyUsername"="netadmin"
"ProxyPassword"="{p1}"
"ProxyTelnetCommand"="connect %host %port\\\\n"
"TerminalType"="xterm"
"PublicKeyFile"="C:\\\\Users\\\\netadmin\\\\.ssh\\\\hq.ppk"

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\switch-kallare]
"HostName"="10.0.0.4"
"Protocol"="telnet"
"PortNumber"=dword:00000017
"ProxyMethod"=dword:00000000
"ProxyPassword"=""
"""


@doc("x11vnc-rc", "home/skylt/.x11vncrc", "x11vnc rc file for a digital signage screen")
def _(d):
    p1, p2 = d.pw("x"), d.pw("k")
    return f"""# x11vnc for informationsskarmen i receptionen
display :0
forever
shared
noxdamage
passwd {p1}
viewpasswd {p2}
rfbport 5900
# listen localhost   (avstangt, tekniker ansluter direkt)
logappend /var/log/x11vnc.log
"""


@doc("tigervnc-passwd-setup-history", "home/labb/.bash_history", "shell history setting up tigervnc and a lab account")
def _(d):
    p1, p2 = d.pw("k", "sh1"), d.pw("y", "sh1")
    return f"""sudo apt install tigervnc-standalone-server xfce4
vncserver -list
mkdir -p ~/.vnc
echo '{p1}' | vncpasswd -f > ~/.vnc/passwd
chmod 600 ~/.vnc/passwd
vncserver :1 -geometry 1920x1080 -localhost no
vncserver -kill :1
cat ~/.vnc/xstartup
sudo useradd -m -s /bin/bash labbelev
echo 'labbelev:{p2}' | sudo chpasswd
sudo systemctl enable --now vncserver@:1
journalctl -u vncserver@:1 -n 50
"""


@doc("qbittorrent-conf-webui", "home/media/.config/qBittorrent/qBittorrent.conf", "qbittorrent configuration with web ui and proxy credentials")
def _(d):
    p1 = d.pw("z")
    salt = d.X("@ByteArray(" + d.sec("b64_16") + ":" + d.sec("b64_64") + ")")
    return f"""[Application]
FileLogger\\Enabled=true
FileLogger\\Path=/home/media/.local/share/qBittorrent/logs

[BitTorrent]
Session\\DefaultSavePath=/srv/media/nedladdat
Session\\Port=51413
Session\\QueueingSystemEnabled=true

[Network]
Proxy\\AuthEnabled=true
Proxy\\IP=vpn-proxy.lan
Proxy\\OnlyForTorrents=true
Proxy\\Password={p1}
Proxy\\Port=@Variant(\\0\\0\\0\\x85\\x4\\x38)
Proxy\\Type=SOCKS5
Proxy\\Username=mediaserver

[Preferences]
WebUI\\Address=*
WebUI\\LocalHostAuth=false
WebUI\\Password_PBKDF2="{salt}"
WebUI\\Port=8080
WebUI\\Username=media
"""


@doc("jdownloader-myjd-json", "jd2/cfg/org.jdownloader.api.myjdownloader.MyJDownloaderSettings.json", "jdownloader my.jdownloader settings json")
def _(d):
    e = d.email("Oskar", "Lindqvist", "gmail.com", "num")
    p1 = d.pw("w", "json")
    return f"""{{
  "serverhost" : "api.jdownloader.org",
  "autoconnectenabledv2" : true,
  "email" : "{e}",
  "password" : "{p1}",
  "devicename" : "nas-kallare",
  "uniquedeviceidv2" : "{d.hexx(32)}",
  "lastlocalport" : 3128,
  "directconnectmode" : "LAN",
  "latesterror" : "NONE"
}}
"""


@doc("resilio-sync-conf", "etc/resilio-sync/config.json", "resilio sync config.json with web ui login and a folder secret")
def _(d):
    p1 = d.pw("z", "json")
    s1 = d.gs("upper33")
    return f"""{{
  "device_name": "kontor-nas",
  "listening_port": 0,
  "storage_path": "/var/lib/resilio-sync/",
  "pid_file": "/var/run/resilio-sync/sync.pid",
  "use_upnp": false,
  "download_limit": 0,
  "upload_limit": 0,
  "webui": {{
    "listen": "0.0.0.0:8888",
    "login": "kontor",
    "password": "{p1}",
    "force_https": true
  }},
  "shared_folders": [
    {{
      "secret": "{s1}",
      "dir": "/srv/ritningar",
      "use_relay_server": true,
      "use_tracker": true,
      "search_lan": true,
      "use_sync_trash": true,
      "overwrite_changes": false
    }}
  ]
}}
"""


@doc("meshcentral-config-json", "meshcentral-data/config.json", "meshcentral server config.json")
def _(d):
    p1 = d.pw("z", "url", cat="url-credentials|password")
    p2 = d.pw("w", "json")
    s1 = d.gs("an48")
    return f"""{{
  "$schema": "https://raw.githubusercontent.com/Ylianst/MeshCentral/master/meshcentral-config-schema.json",
  "settings": {{
    "cert": "support.ithjalp.lan",
    "WANonly": true,
    "port": 443,
    "redirPort": 80,
    "mongoDb": "mongodb://mesh:{p1}@127.0.0.1:27017/meshcentral",
    "sessionKey": "{s1}",
    "_sessionKey": "MyReallySecretPassword1",
    "allowLoginToken": true
  }},
  "domains": {{
    "": {{
      "title": "IT-hjälpen",
      "newAccounts": false,
      "userNameIsEmail": true
    }}
  }},
  "smtp": {{
    "host": "smtp.ithjalp.lan",
    "port": 587,
    "from": "support@ithjalp.invalid",
    "user": "meshcentral",
    "pass": "{p2}",
    "tls": false
  }}
}}
"""


@doc("orapwd-create-script-sh", "u01/scripts/skapa_standby.sh", "oracle standby build script calling orapwd and rman")
def _(d):
    p1, p2 = d.pw("x"), d.pw("z")
    return f"""#!/bin/bash
# Bygg standby for EKONP pa ora-dr01. Kor som oracle.
export ORACLE_SID=EKONP
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
PATH=$ORACLE_HOME/bin:$PATH

# losenordsfil maste vara identisk pa primar och standby
orapwd file=$ORACLE_HOME/dbs/orapw$ORACLE_SID password={p1} entries=10 format=12.2 force=y
scp $ORACLE_HOME/dbs/orapw$ORACLE_SID ora-dr01:$ORACLE_HOME/dbs/

rman target sys/{p2}@EKONP auxiliary sys/{p2}@EKONP_DR <<EOF
duplicate target database for standby from active database dorecover nofilenamecheck;
EOF
"""


@doc("camunda-application-yaml", "src/main/resources/application.yaml", "camunda spring boot application.yaml with admin user and datasource")
def _(d):
    p1, p2 = d.pw("w"), d.pw("z")
    return f"""camunda.bpm:
  admin-user:
    id: process-admin
    password: "{p1}"
    firstName: Process
  filter:
    create: Alla uppgifter
  generic-properties:
    properties:
      historyTimeToLive: P180D

spring:
  datasource:
    url: jdbc:postgresql://pg-bpm.lan:5432/camunda
    username: camunda
    password: {p2}
    hikari:
      maximum-pool-size: 20
  jpa:
    open-in-view: false

server:
  port: 8085
"""


@doc("artemis-users-properties", "opt/artemis/broker01/etc/artemis-users.properties", "activemq artemis users properties file")
def _(d):
    p1, p2, p3 = d.pw("z"), d.pw("x"), d.pw("k")
    h = d.X("ENC(" + d.sec("hex32") + ":" + d.sec("hex64") + ")")
    return f"""## ---------------------------------------------------------------------------
## Licensed to the Apache Software Foundation (ASF) under one or more
## contributor license agreements.
## ---------------------------------------------------------------------------

artemis={h}
order-service={p1}
invoice-service={p2}
monitor={p3}
"""


@doc("icinga2-api-users-conf", "etc/icinga2/conf.d/api-users.conf", "icinga 2 api users configuration")
def _(d):
    p1, p2, p3 = d.pw("x"), d.pw("z"), d.pw("x")
    return f"""/**
 * The ApiUser objects are used for authentication against the API.
 */
object ApiUser "root" {{
  password = "{p1}"
  // client_cn = ""

  permissions = [ "*" ]
}}

object ApiUser "icingaweb2" {{
  password = "{p2}"
  permissions = [ "status/query", "actions/*", "objects/modify/*", "objects/query/*" ]
}}

object ApiUser "grafana" {{
  password = "{p3}"
  permissions = [ "objects/query/Host", "objects/query/Service" ]
}}
"""


@doc("cacti-config-php", "cacti/include/config.php", "cacti include/config.php")
def _(d):
    p1 = d.pw("z", "php")
    return f"""<?php
/*
 +-------------------------------------------------------------------------+
 | Copyright (C) 2004-2024 The Cacti Group                                 |
 +-------------------------------------------------------------------------+
*/

$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = '{p1}';
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;

/* Remote Poller */
#$rdatabase_type     = 'mysql';
#$rdatabase_default  = 'cacti';
#$rdatabase_hostname = 'localhost';
#$rdatabase_username = 'cactiuser';
#$rdatabase_password = 'cactiuser';

$poller_id = 1;
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
"""


@doc("observium-config-php", "opt/observium/config.php", "observium config.php with database and snmp settings")
def _(d):
    p1, c1, c2 = d.pw("z", "php"), d.pw("x"), d.pw("x")
    return f"""<?php

## Check http://www.observium.org/docs/config_options/ for documentation of possible settings

// Database config
$config['db_extension'] = 'mysqli';
$config['db_host']      = 'localhost';
$config['db_user']      = 'observium';
$config['db_pass']      = '{p1}';
$config['db_name']      = 'observium';

// Base directory
#$config['install_dir'] = "/opt/observium";

// Default community list to use when adding/discovering
$config['snmp']['community'] = array("{c1}", "{c2}");

// Authentication Model
$config['auth_mechanism'] = "mysql";

$config['rrd_dir'] = "/var/lib/observium/rrd";
$config['log_file'] = "/var/log/observium/observium.log";
$config['fping'] = "/usr/bin/fping";
"""


@doc("nornir-hosts-yaml", "inventory/hosts.yaml", "nornir inventory hosts file with device credentials")
def _(d):
    p1, p2, p3 = d.pw("z"), d.pw("y"), d.pw("x")
    return f"""---
core-sw01:
  hostname: 10.1.0.2
  platform: ios
  groups: [core]
  username: netops
  password: {p1}
  connection_options:
    netmiko:
      extras:
        secret: {p2}

edge-fw01:
  hostname: 10.1.0.1
  platform: fortinet
  groups: [edge]
  username: api-backup
  password: "{p3}"

access-sw14:
  hostname: 10.1.14.2
  platform: ios
  groups: [access]
  # password arvs fran groups.yaml (hamtas fran vault vid korning)
"""


@doc("snom-settings-xml", "provisioning/snom/000413AB77C2.xml", "snom desk phone provisioning settings xml")
def _(d):
    p1, p2 = d.pw("x", "xmltext"), d.pw("k", "xmltext")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings e="2">
    <language perm="R">Svenska</language>
    <web_language perm="R">Svenska</web_language>
    <timezone perm="R">SWE+1</timezone>
    <user_realname idx="1" perm="R">Vaxel Reception</user_realname>
    <user_name idx="1" perm="R">4101</user_name>
    <user_host idx="1" perm="R">pbx.vardcentralen.lan</user_host>
    <user_pass idx="1" perm="R">{p1}</user_pass>
    <user_outbound idx="1" perm="R">pbx.vardcentralen.lan;transport=tls</user_outbound>
    <admin_mode_password perm="R">{p2}</admin_mode_password>
    <http_user perm="R">admin</http_user>
    <http_pass perm="R">********</http_pass>
  </phone-settings>
</settings>
"""


@doc("hikvision-isapi-curl-digest", "drift/kameror/satt-ntp.sh", "script configuring ip cameras through isapi with curl digest auth")
def _(d):
    p1 = d.pw("w", "sh1")
    return f"""#!/bin/bash
# Satt NTP-server pa alla kameror i parkeringshuset (ISAPI)
KAMERAPW='{p1}'
for ip in 10.60.1.{{11..24}}; do
  curl -s --digest -u "admin:$KAMERAPW" -X PUT \\
    -H 'Content-Type: application/xml' \\
    -d '<NTPServer><id>1</id><addressingFormatType>ipaddress</addressingFormatType><ipAddress>10.60.0.1</ipAddress><portNo>123</portNo><synchronizeInterval>60</synchronizeInterval></NTPServer>' \\
    "http://$ip/ISAPI/System/time/ntpServers/1" | grep -o '<statusString>.*</statusString>'
done
"""


@doc("sqlrpgle-embedded-connect", "QSOURCE/LONEXPORT.sqlrpgle", "ibm i sqlrpgle program connecting to a remote database")
def _(d):
    p1 = d.L("password", d.pwr("x").upper()[:10])
    return f"""**free
// LONEXPORT - skickar loneunderlag till koncernens DB2 (remote RDB)
ctl-opt dftactgrp(*no) actgrp(*new) option(*srcstmt);

dcl-s rdb    char(18) inz('KONCERNDB');
dcl-s usr    char(10) inz('LONEXP');
dcl-s pwd    char(10) inz('{p1}');
dcl-s antal  int(10);

exec sql set option commit = *none, naming = *sys;

exec sql connect to :rdb user :usr using :pwd;
if sqlcode <> 0;
  dsply ('Connect misslyckades ' + %char(sqlcode));
  *inlr = *on;
  return;
endif;

exec sql insert into LONUNDERLAG select * from LOCAL/LONPERIOD where period = '202601';
exec sql get diagnostics :antal = row_count;
exec sql disconnect :rdb;
*inlr = *on;
"""


@doc("slick-hocon-application-conf", "src/main/resources/application.conf", "scala slick hocon configuration with database credentials")
def _(d):
    p1, p2 = d.pw("w"), d.pw("z")
    return f"""akka {{
  loglevel = "INFO"
  http.server.idle-timeout = 60s
}}

slick.dbs.default {{
  profile = "slick.jdbc.PostgresProfile$"
  db {{
    driver = "org.postgresql.Driver"
    url = "jdbc:postgresql://pg-tidrapport.lan:5432/tidrapport"
    user = "tidrapport"
    password = "{p1}"
    numThreads = 10
    maxConnections = 10
  }}
}}

slick.dbs.rapport {{
  profile = "slick.jdbc.PostgresProfile$"
  db {{
    url = "jdbc:postgresql://pg-rapport.lan:5432/rapport"
    user = "rapport_ro"
    password = {p2}
    password = ${{?RAPPORT_DB_PASSWORD}}
  }}
}}
"""


@doc("postgrex-start-link-exs", "scripts/flytta_bokningar.exs", "elixir script moving bookings with postgrex")
def _(d):
    p1 = d.pw("w", "c")
    return f"""# mix run scripts/flytta_bokningar.exs
{{:ok, pid}} =
  Postgrex.start_link(
    hostname: "pg-bokning.lan",
    username: "bokning_admin",
    password: "{p1}",
    database: "bokning",
    ssl: true
  )

%Postgrex.Result{{num_rows: n}} =
  Postgrex.query!(pid, "UPDATE bokning SET lokal_id = $1 WHERE lokal_id = $2 AND datum >= CURRENT_DATE", [14, 9])

IO.puts("flyttade #{{n}} bokningar")
"""


@doc("epgsql-connect-erl", "src/matdata_db.erl", "erlang module connecting to postgres with epgsql")
def _(d):
    p1 = d.pw("x")
    return f"""-module(matdata_db).
-export([start/0, spara/3]).

start() ->
    {{ok, C}} = epgsql:connect(#{{host => "pg-matdata.lan",
                                username => "matdata",
                                password => "{p1}",
                                database => "matdata",
                                timeout => 4000}}),
    register(matdata_conn, spawn(fun() -> loop(C) end)),
    ok.

spara(Sensor, Tid, Varde) ->
    matdata_conn ! {{spara, Sensor, Tid, Varde}}.

loop(C) ->
    receive
        {{spara, S, T, V}} ->
            {{ok, 1}} = epgsql:equery(C, "INSERT INTO matning(sensor, tid, varde) VALUES ($1, $2, $3)", [S, T, V]),
            loop(C)
    end.
"""


@doc("npgsql-connectionstring-cs", "src/Arkiv/ArkivDb.cs", "c# class opening an npgsql connection with a connection string constant")
def _(d):
    p1 = d.pw("z")
    return f"""using Npgsql;

namespace Kommun.Arkiv;

public static class ArkivDb
{{
    // TODO: flytta till Key Vault (arende 4471)
    private const string ConnStr =
        "Host=pg-arkiv.kommun.lan;Port=5432;Database=earkiv;Username=earkiv_app;Password={p1};SSL Mode=Require;Trust Server Certificate=true";

    public static async Task<NpgsqlConnection> OpenAsync()
    {{
        var conn = new NpgsqlConnection(ConnStr);
        await conn.OpenAsync();
        return conn;
    }}
}}
"""


@doc("mysqli-connect-php", "intranat/inc/db.php", "php include opening a mysqli connection")
def _(d):
    p1 = d.pw("q", "php")
    return f"""<?php
// Intranätet - databaskoppling (inkluderas av alla sidor)
$mysqli = new mysqli('db01.intra.lan', 'intranat', '{p1}', 'intranat');
if ($mysqli->connect_errno) {{
    error_log('DB-fel: ' . $mysqli->connect_error);
    http_response_code(500);
    exit('Tekniskt fel, försök igen senare.');
}}
$mysqli->set_charset('utf8mb4');
"""


@doc("cx-oracle-connect-py", "etl/hamta_kunder.py", "python etl script connecting to oracle with cx_Oracle")
def _(d):
    p1 = d.pw("z")
    return f"""import csv
import os

import cx_Oracle

DSN = cx_Oracle.makedsn("ora-crm.lan", 1521, service_name="CRMP")


def main():
    conn = cx_Oracle.connect(user="ETL_LAS", password=os.environ.get("CRM_PW", "{p1}"), dsn=DSN, encoding="UTF-8")
    cur = conn.cursor()
    cur.execute("SELECT kundnr, namn, ort FROM kund WHERE aktiv = 1")
    with open("/srv/etl/kunder.csv", "w", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        for row in cur:
            w.writerow(row)
    conn.close()


if __name__ == "__main__":
    main()
"""


@doc("pgx-connconfig-go", "internal/store/pg.go", "go package opening a pgx pool with a connection url")
def _(d):
    p1 = d.pw("z", "url", cat="url-credentials|password")
    return f"""package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

const fallbackURL = "postgres://lager:{p1}@pg-lager.lan:5432/lager?sslmode=require&pool_max_conns=20"

func Open(ctx context.Context) (*pgxpool.Pool, error) {{
	url := os.Getenv("DATABASE_URL")
	if url == "" {{
		url = fallbackURL
	}}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {{
		return nil, err
	}}
	return pgxpool.NewWithConfig(ctx, cfg)
}}
"""


@doc("tiberius-sqlserver-config-rs", "src/kassa_db.rs", "rust module connecting to sql server with tiberius")
def _(d):
    p1 = d.pw("w", "c")
    return f"""use tiberius::{{AuthMethod, Client, Config}};
use tokio::net::TcpStream;
use tokio_util::compat::TokioAsyncWriteCompatExt;

pub async fn anslut() -> anyhow::Result<Client<tokio_util::compat::Compat<TcpStream>>> {{
    let mut config = Config::new();
    config.host("sql-kassa.lan");
    config.port(1433);
    config.database("Kassa");
    config.authentication(AuthMethod::sql_server("kassa_rapport", "{p1}"));
    config.trust_cert();

    let tcp = TcpStream::connect(config.get_addr()).await?;
    tcp.set_nodelay(true)?;
    Ok(Client::connect(config, tcp.compat_write()).await?)
}}
"""


@doc("node-oracledb-getconnection-js", "src/lib/ora.js", "node module fetching invoices with node-oracledb")
def _(d):
    p1 = d.pw("y", "c")
    return f"""'use strict';
const oracledb = require('oracledb');

oracledb.outFormat = oracledb.OUT_FORMAT_OBJECT;

async function hamtaFakturor(kundnr) {{
  const conn = await oracledb.getConnection({{
    user: 'FAKTURA_API',
    password: process.env.ORA_PASSWORD || "{p1}",
    connectString: 'ora-faktura.lan:1521/FAKTP',
  }});
  try {{
    const res = await conn.execute(
      'SELECT fakturanr, belopp, forfallodag FROM faktura WHERE kundnr = :k',
      {{ k: kundnr }}
    );
    return res.rows;
  }} finally {{
    await conn.close();
  }}
}}

module.exports = {{ hamtaFakturor }};
"""


@doc("invoke-sqlcmd-ps1", "jobb/Rensa-Loggtabeller.ps1", "powershell job cleaning log tables with Invoke-Sqlcmd")
def _(d):
    p1 = d.pw("z", "sh1")
    return f"""# Rensar gamla rader i loggtabeller. Schemalagt jobb sondagar 03:00.
Import-Module SqlServer

$servrar = @('SQL01\\PROD', 'SQL02\\PROD')
foreach ($s in $servrar) {{
    Invoke-Sqlcmd -ServerInstance $s -Database 'Drift' -Username 'rensjobb' -Password '{p1}' `
        -Query "DELETE FROM dbo.AppLog WHERE Tid < DATEADD(day, -90, SYSUTCDATETIME());" -QueryTimeout 600
}}
# Invoke-Sqlcmd -ServerInstance 'SQL03\\TEST' -Username 'rensjobb' -Password $env:RENS_PW ...
"""


@doc("lazarus-zeos-connection-lfm", "src/dmdata.lfm", "lazarus form file with a zeos database connection component")
def _(d):
    p1 = d.pw("x")
    return f"""object dmData: TdmData
  OldCreateOrder = False
  Height = 240
  Width = 320
  object ZConnection1: TZConnection
    ControlsCodePage = cCP_UTF8
    ClientCodepage = 'utf8mb4'
    Properties.Strings = (
      'RawStringEncoding=DB_CP'
    )
    Connected = False
    HostName = 'db.verkstad.lan'
    Port = 3306
    Database = 'verkstad'
    User = 'verkstad_app'
    Password = '{p1}'
    Protocol = 'mysql'
    Left = 48
    Top = 32
  end
  object qryOrder: TZQuery
    Connection = ZConnection1
    SQL.Strings = (
      'select * from arbetsorder where status < 9'
    )
    Left = 160
    Top = 32
  end
end
"""


@doc("matlab-database-toolbox-m", "analys/hamtaMatserie.m", "matlab function fetching a measurement series with database toolbox")
def _(d):
    p1 = d.pw("w")
    return f"""function T = hamtaMatserie(sensorId, fran, till)
%HAMTAMATSERIE Hamtar matvarden fran labbdatabasen.
%   T = hamtaMatserie(12, datetime(2026,1,1), datetime(2026,1,31))

conn = database('labbdata', 'matlab_las', '{p1}', ...
    'Vendor', 'PostgreSQL', 'Server', 'pg-labb.lan', 'PortNumber', 5432);
q = sprintf(['SELECT tid, varde FROM matning WHERE sensor = %d ' ...
    'AND tid BETWEEN ''%s'' AND ''%s'' ORDER BY tid'], sensorId, ...
    string(fran, 'yyyy-MM-dd'), string(till, 'yyyy-MM-dd'));
T = fetch(conn, q);
close(conn);
end
"""


@doc("hponcfg-ribcl-xml", "ilo/satt_anvandare.xml", "hp ilo ribcl script adding a user with hponcfg")
def _(d):
    p1, p2 = d.pw("z", "xml"), d.pw("w", "xml")
    return f"""<!-- hponcfg -f satt_anvandare.xml -l ilo.log -->
<RIBCL VERSION="2.0">
  <LOGIN USER_LOGIN="Administrator" PASSWORD="{p1}">
    <USER_INFO MODE="write">
      <ADD_USER USER_NAME="Driftgruppen" USER_LOGIN="drift" PASSWORD="{p2}">
        <ADMIN_PRIV value="Y"/>
        <REMOTE_CONS_PRIV value="Y"/>
        <RESET_SERVER_PRIV value="Y"/>
        <VIRTUAL_MEDIA_PRIV value="Y"/>
        <CONFIG_ILO_PRIV value="Y"/>
      </ADD_USER>
    </USER_INFO>
  </LOGIN>
</RIBCL>
"""


@doc("ovirt-engine-setup-answers", "root/ovirt-answers.conf", "ovirt engine-setup answer file")
def _(d):
    p1, p2 = d.pw("w"), d.pw("z")
    return f"""# engine-setup --config-append=ovirt-answers.conf
[environment:default]
OVESETUP_CORE/engineStop=none:None
OVESETUP_DIALOG/confirmSettings=bool:True
OVESETUP_DB/database=str:engine
OVESETUP_DB/fixDbViolations=none:None
OVESETUP_DB/secured=bool:False
OVESETUP_DB/host=str:localhost
OVESETUP_DB/user=str:engine
OVESETUP_DB/password=str:{p1}
OVESETUP_DB/port=int:5432
OVESETUP_ENGINE_CORE/enable=bool:True
OVESETUP_CONFIG/applicationMode=str:virt
OVESETUP_CONFIG/adminPassword=str:{p2}
OVESETUP_CONFIG/fqdn=str:ovirt-engine.lan
OVESETUP_PKI/organization=str:lan
OVESETUP_CONFIG/firewallManager=str:firewalld
"""


@doc("foreman-installer-answers-yaml", "etc/foreman-installer/scenarios.d/foreman-answers.yaml", "foreman installer answers file")
def _(d):
    p1, p2 = d.pw("w"), d.pw("x")
    return f"""---
foreman:
  initial_admin_username: admin
  initial_admin_password: {p1}
  initial_organization: Kommunen
  initial_location: Datahallen
  db_manage: true
  db_password: {p2}
  server_url: https://foreman.kommun.lan
foreman::cli: true
foreman_proxy:
  tftp: true
  dhcp: false
  oauth_consumer_key: <%= @foreman_oauth_key %>
puppet:
  server: true
"""


@doc("kolla-ansible-generated-passwords-yml", "etc/kolla/passwords.yml", "kolla-ansible generated passwords file")
def _(d):
    keys = ["database_password", "keystone_admin_password", "keystone_database_password", "glance_database_password",
            "nova_database_password", "rabbitmq_password", "horizon_secret_key", "memcache_secret_key",
            "placement_database_password", "neutron_database_password", "keystone_admin_secret_key",
            "heat_auth_encryption_secret_key"]
    lines = []
    for k in keys:
        if "secret_key" in k:
            lines.append(f"{k}: {d.gs('an40')}")
        else:
            lines.append(f"{k}: {d.pw('x')}")
    lines.append("octavia_ca_password: null")
    lines.append(f"rabbitmq_cluster_cookie: {d.gs('an40')}")
    return "---\n" + "\n".join(sorted(lines)) + "\n"


@doc("dsadd-user-bat", "ad/nyanstallda-vecka03.bat", "batch file creating active directory users with dsadd")
def _(d):
    rows = []
    for dept in ("Ekonomi", "Lager", "Kundtjanst"):
        f, l, _ = d.person("se")
        p = d.pw("z")
        rows.append(f'dsadd user "CN={f} {l},OU={dept},OU=Personal,DC=foretag,DC=lan" -samid {f.lower()[:3]}{l.lower()[:3]} '
                    f'-fn {f} -ln {l} -display "{f} {l}" -dept {dept} -pwd {p} -mustchpwd yes -disabled no')
    return "@echo off\nrem Nyanstallda vecka 3 (underlag fran HR)\n" + "\n".join(rows) + \
        "\nrem Vikarier skapas med -pwd * (fragar efter losenord)\n"


@doc("google-workspace-bulk-upload-csv", "import/nya-elever-ht25.csv", "admin console bulk user upload csv for new students")
def _(d):
    rows = ["First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],New Primary Email [UPLOAD ONLY],Change Password at Next Sign-In"]
    for i in range(5):
        f, l, _ = d.person("se")
        em = d.email(f, l, "elev.kunskapsskolan-nord.se", "dot")
        if i == 3:
            rows.append(f"{f},{l},{em},,,/Elever/Ak7,,TRUE")
        else:
            rows.append(f"{f},{l},{em},{d.pw('k')},,/Elever/Ak7,,TRUE")
    return "\n".join(rows) + "\n"
