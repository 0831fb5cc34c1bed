"""dev12 password carriers: database clients, brokers, mail, LDAP, ERP, game servers, IoT, routers, NAS/backup,
developer tools, Puppet, Dockerfiles, compose, direnv, driver connection strings, shell history, installers, prose."""
import json
from c_common import *
from c_common import _num, _asciify

CARRIERS = []


def carrier(dirname, n, rep=1, sep="\n"):
    def deco(fn):
        CARRIERS.append((dirname, fn, n, rep, sep))
        return fn
    return deco


def P(d, v):
    return d.L("password", v)


ALL_NOBS = ALLP.replace("\\", "")
SQ_OK = ALLP.replace("'", "")               # inside shell single quotes
DQ_OK = "".join(c for c in ALLP if c not in "\"$`!\\")  # inside shell double quotes
UNQ = "-_.+=@:%^~,"                          # unquoted shell word / env value
INI_OK = SAFE + "&()[]{}<>,#"
PROP_OK = ALL_NOBS
ENV_OK = "-_.+=@:%^~!*?"
URL_OK = SAFE + "#%&()[]{}<>,;'\" /"

HASH_LA = [bcrypt, argon2, sha512crypt, ssha, lambda: "md5" + md5(), lambda: "*" + rs("0123456789ABCDEF", 40)]


def hash_la(d):
    return d.X(choice(HASH_LA)())


# ------------------------------------------------------------------ database clients
@carrier("db-client-conf", 9)
def dbconf(d, i):
    k = i % 9
    if k == 0:
        p = P(d, pw(INI_OK.replace("%", "") + "'\""))
        return (f"; ~/.cassandra/cqlshrc\n[authentication]\nusername = ops_{rs('abcdefghijklmnopqrstuvwxyz', 4)}\npassword = {p}\n\n[connection]\nhostname = cass-1.data.internal\nport = 9042\nssl = true\n\n[ssl]\ncertfile = ~/.cassandra/ca.pem\n"), "cqlshrc"
    if k == 1:
        p = P(d, pw(SAFE + "#%&()[]<>,;'\" "))
        p2 = P(d, pw(SAFE + "#%&"))
        return (f"[ERP_PROD]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:sql-erp.corp.local,1433\nDatabase=NAV_PROD\nUID=svc_reports\nPWD={{{p}}}\nEncrypt=yes\nTrustServerCertificate=no\n\n"
                f"[DWH]\nDriver=PostgreSQL Unicode\nServername=dwh.corp.local\nPort=5432\nDatabase=dwh\nUsername=bi_reader\nPassword={p2}\n"), "odbc.ini"
    if k == 2:
        p = P(d, pw("!*-_.+=?~^#%&"))
        p2 = P(d, pw(SAFE + "#%&()[]{}<>,;' "))
        return (f"-- deploy_grants.sql, run as SYSTEM\nCONNECT system/{p}@//ora-prod.corp.local:1521/ORCLPDB1\n\nCREATE USER app_reader IDENTIFIED BY \"{p2}\";\nGRANT CREATE SESSION TO app_reader;\nALTER USER app_writer IDENTIFIED BY VALUES '{d.X('S:' + rs('0123456789ABCDEF', 60))}';\n"
                f"-- tnsnames.ora entry\nORCLPDB1 =\n  (DESCRIPTION =\n    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-prod.corp.local)(PORT = 1521))\n    (CONNECT_DATA = (SERVICE_NAME = orclpdb1))\n  )\n"), "sql"
    if k == 3:
        p = P(d, pw(PROP_OK.replace("'", "")))
        return (f"changeLogFile: db/changelog/db.changelog-master.yaml\nurl: jdbc:postgresql://pg-main.corp.local:5432/orders\nusername: liquibase\npassword: {p}\nreferenceUrl: jdbc:postgresql://localhost:5432/orders_ref\nreferenceUsername: postgres\nreferencePassword: ${{REF_DB_PASSWORD}}\nliquibase.hub.mode: off\n"), "properties"
    if k == 4:
        p = P(d, pw(PROP_OK))
        return (f"flyway.url=jdbc:mysql://mysql-01.corp.local:3306/billing\nflyway.user=flyway\nflyway.password={p}\nflyway.schemas=billing\nflyway.locations=filesystem:sql\n# flyway.password=${{env.FLYWAY_PASSWORD}}\n"), "conf"
    if k == 5:
        p = xml(pw(ALLP))
        P(d, p)
        p2 = xml(pw(SAFE + "#%&<>\"'"))
        P(d, p2)
        return (f"<clickhouse>\n  <users>\n    <default>\n      <password_sha256_hex>{d.X(sha256())}</password_sha256_hex>\n      <networks><ip>::1</ip></networks>\n    </default>\n"
                f"    <etl>\n      <password>{p}</password>\n      <profile>default</profile>\n      <quota>default</quota>\n    </etl>\n    <grafana>\n      <password>{p2}</password>\n      <profile>readonly</profile>\n    </grafana>\n  </users>\n</clickhouse>\n"), "xml"
    if k == 6:
        p = P(d, pw(INI_OK))
        return (f"[couchdb]\nsingle_node=true\nuuid = {d.X(rs(HEX, 32))}\n\n[admins]\nadmin = {d.X('-pbkdf2-' + rs(HEX, 40) + ',' + rs(HEX, 32) + ',10')}\nreplicator = {p}\n\n[chttpd]\nbind_address = 0.0.0.0\n"), "ini"
    if k == 7:
        p = P(d, pw("!*-_.+?~^#%&"))
        p2 = P(d, pw("!*-_.+?~^#%&"))
        p3 = P(d, pw(SAFE + "#%&()[]{}<>,;' "))
        return (f'datadir="/var/lib/proxysql"\n\nadmin_variables=\n{{\n    admin_credentials="admin:{p};radmin:{p2}"\n    mysql_ifaces="0.0.0.0:6032"\n}}\n\n'
                f'mysql_users =\n(\n    {{\n        username = "app"\n        password = "{p3}"\n        default_hostgroup = 0\n    }},\n    {{\n        username = "report"\n        password = "{d.X("*" + rs("0123456789ABCDEF", 40))}"\n        default_hostgroup = 1\n    }}\n)\n'), "cnf"
    p = P(d, yaml_sq(pw(SQ_OK)))
    p2 = P(d, yaml_sq(pw(SQ_OK)))
    return (f"# pgpool.conf (excerpt)\nsr_check_user = 'pgpool'\nsr_check_password = '{p}'\nhealth_check_user = 'pgpool'\nhealth_check_password = '{p2}'\n"
            f"# pool_passwd\n# app:md5{d.X(md5())}\n# report:AES{d.X(base64.b64encode(R.randbytes(32)).decode())}\n"), "conf"


@carrier("broker-conf", 6)
def broker(d, i):
    k = i % 6
    if k == 0:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;' "))
        return (f"bootstrap.servers=kafka-1.corp.local:9093,kafka-2.corp.local:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
                f"sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"svc-orders\" password=\"{p}\";\nssl.truststore.location=/etc/kafka/truststore.jks\nssl.truststore.password={P(d, pw(PROP_OK))}\n"), "properties"
    if k == 1:
        p = P(d, pw(PROP_OK))
        return (f"## ActiveMQ credentials.properties\nactivemq.username=system\nactivemq.password={p}\nguest.password={P(d, pw(PROP_OK))}\n"), "properties"
    if k == 2:
        p = P(d, pw(PROP_OK))
        return (f"# artemis-users.properties\nadmin = ENC({d.X(rs(HEX, 64))})\nbilling = {p}\n# artemis-roles.properties\namq = admin\nproducers = billing\n"), "properties"
    if k == 3:
        t = jwt(sub="svc-ledger", iss="pulsar", aud="pulsar", alg="HS256")
        d.L("jwt|generic-secret", t)
        return (f"webServiceUrl=https://pulsar.corp.local:8443/\nbrokerServiceUrl=pulsar+ssl://pulsar.corp.local:6651/\nauthPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:{t}\n"), "conf"
    if k == 4:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;'"))
        return (f"connection messaging-cloud\naddress mqtt.brightwave.io:8883\ntopic sensors/# out 1 site-a/ \"\"\nremote_username site-a\nremote_password {p}\nbridge_cafile /etc/mosquitto/ca.crt\n# password_file /etc/mosquitto/passwd  (hashes: site-b:{d.X('$7$101$' + b64s(12) + '$' + b64s(64))})\n"), "conf"
    p = j(pw(ALLP))
    P(d, p)
    return (json.dumps({"name": "jdbc-sink-invoices", "config": {"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "tasks.max": "2",
                                                                 "connection.url": "jdbc:postgresql://pg-dwh.corp.local:5432/dwh", "connection.user": "connect",
                                                                 "connection.password": "PLACEHOLDER", "topics": "invoices"}}, indent=2).replace('"PLACEHOLDER"', f'"{p}"') + "\n"), "json"


@carrier("mail-clients", 5)
def mailcl(d, i):
    k = i % 5
    f, l = name()
    em = d.L("email", email(f, l, choice(["gmail.com", "fastmail.com", "posteo.de", "outlook.com", "proton.me"])))
    if k == 0:
        p = P(d, pw(DQ_OK.replace("'", "")))
        return (f'# ~/.muttrc\nset realname = "{f} {l}"\nset from = "{em}"\nset imap_user = "{em}"\nset imap_pass = "{p}"\nset folder = "imaps://imap.fastmail.com:993"\nset spoolfile = "+INBOX"\n'
                f'set smtp_url = "smtps://smtp.fastmail.com:465"\nset smtp_user = "{em}"\nset smtp_pass = "{p}"\nset ssl_force_tls = yes\n'), "muttrc"
    if k == 1:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;"))
        return (f"IMAPAccount work\nHost outlook.office365.com\nUser {em}\nPass {p}\nSSLType IMAPS\n\nIMAPAccount private\nHost imap.posteo.de\nUser {em}\nPassCmd \"pass show mail/posteo\"\nSSLType IMAPS\n"), "mbsyncrc"
    if k == 2:
        p = P(d, pw(INI_OK))
        return (f"[general]\naccounts = Work\n\n[Account Work]\nlocalrepository = Local\nremoterepository = Remote\n\n[Repository Remote]\ntype = IMAP\nremotehost = imap.gmail.com\nremoteuser = {em}\nremotepass = {p}\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\n"), "offlineimaprc"
    if k == 3:
        p = P(d, pw("!*-_.+?~^@"))
        return (f"# /etc/ssmtp/ssmtp.conf\nroot={em}\nmailhub=smtp.gmail.com:587\nAuthUser={em}\nAuthPass={p}\nUseSTARTTLS=YES\nFromLineOverride=YES\n"), "conf"
    p = P(d, pw(INI_OK))
    return (f"[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.gmail.com\nusername = {em}\npassword = {p}\n\n[destination]\ntype = Maildir\npath = ~/Maildir/\n"), "getmailrc"


@carrier("ldap-clients", 5)
def ldapcl(d, i):
    k = i % 5
    if k == 0:
        p = P(d, pw(INI_OK))
        return (f"[sssd]\nservices = nss, pam\ndomains = corp.local\n\n[domain/corp.local]\nid_provider = ldap\nauth_provider = ldap\nldap_uri = ldaps://ldap.corp.local\nldap_search_base = dc=corp,dc=local\n"
                f"ldap_default_bind_dn = cn=sssd,ou=services,dc=corp,dc=local\nldap_default_authtok_type = password\nldap_default_authtok = {p}\n"), "conf"
    if k == 1:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;'\""))
        return (f"# /etc/nslcd.conf\nuid nslcd\ngid nslcd\nuri ldap://ldap1.corp.local/ ldap://ldap2.corp.local/\nbase dc=corp,dc=local\nbinddn cn=nslcd,ou=services,dc=corp,dc=local\nbindpw {p}\nssl start_tls\n"), "conf"
    if k == 2:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;'"))
        return (f"database mdb\nsuffix \"dc=corp,dc=local\"\nrootdn \"cn=admin,dc=corp,dc=local\"\nrootpw {d.X(ssha())}\n\nsyncrepl rid=001\n  provider=ldaps://ldap1.corp.local\n  bindmethod=simple\n  binddn=\"cn=replicator,dc=corp,dc=local\"\n  credentials=\"{p}\"\n  searchbase=\"dc=corp,dc=local\"\n  type=refreshAndPersist\n"), "conf"
    if k == 3:
        p = P(d, pw(SQ_OK))
        return (f"$ ldapsearch -H ldaps://ldap.corp.local -D 'cn=helpdesk,ou=services,dc=corp,dc=local' -w '{p}' -b 'ou=people,dc=corp,dc=local' '(uid=mlind)' mail\n"
                f"# extended LDIF\ndn: uid=mlind,ou=people,dc=corp,dc=local\nmail: {d.L('email', 'm.lind@nordkraft.se')}\nuserPassword:: {d.X(base64.b64encode(ssha().encode()).decode())}\n"), "txt"
    p = j(pw(ALLP))
    P(d, p)
    return (f'conn = ldap.initialize("ldaps://ldap.corp.local")\nconn.simple_bind_s("cn=sync,ou=services,dc=corp,dc=local", "{p}")\n# prod: conn.simple_bind_s(BIND_DN, os.environ["LDAP_BIND_PASSWORD"])\n'), "py"


@carrier("erp-conf", 5)
def erp(d, i):
    k = i % 5
    if k == 0:
        a = P(d, pw(INI_OK))
        b = P(d, pw(INI_OK))
        return (f"[options]\naddons_path = /opt/odoo/addons,/opt/odoo/custom\nadmin_passwd = {a}\ndb_host = pg-erp\ndb_port = 5432\ndb_user = odoo\ndb_password = {b}\nproxy_mode = True\nworkers = 6\n"
                f"; old master password hash: {d.X(argon2())}\n"), "conf"
    if k == 1:
        p = j(pw(ALLP))
        P(d, p)
        return (json.dumps({"db_name": "_" + rs(HEX, 16), "db_password": "X", "db_type": "mariadb",
                            "encryption_key": "Y", "host_name": "https://erp.mebleks.pl", "developer_mode": 0}, indent=1)
                .replace('"X"', f'"{p}"').replace('"Y"', f'"{G_(d, b64u(R.randbytes(32)) + "=")}"') + "\n"), "json"
    if k == 2:
        p = P(d, php_sq(pw(ALLP)))
        return (f"<?php\n$dolibarr_main_url_root='https://erp.atelier-moreau.fr';\n$dolibarr_main_document_root='/var/www/dolibarr/htdocs';\n$dolibarr_main_db_host='localhost';\n$dolibarr_main_db_name='dolibarr';\n"
                f"$dolibarr_main_db_user='dolibarr';\n$dolibarr_main_db_pass='{p}';\n$dolibarr_main_instance_unique_id='{d.X(rs(HEX, 32))}';\n"), "php"
    if k == 3:
        p = P(d, pw(DQ_OK))
        return (f"# SAP HANA secure store for the backup job\n$ hdbuserstore SET BACKUPKEY hana01.corp.local:30015 BACKUP_OPERATOR \"{p}\"\n$ hdbuserstore LIST BACKUPKEY\nDATA FILE       : /usr/sap/HDB/home/.hdb/hana01/SSFS_HDB.DAT\nKEY FILE        : /usr/sap/HDB/home/.hdb/hana01/SSFS_HDB.KEY\n\nKEY BACKUPKEY\n  ENV : hana01.corp.local:30015\n  USER: BACKUP_OPERATOR\n"), "txt"
    p = P(d, pw(DQ_OK))
    return (f"# BC/NAV service tier\n$pw = ConvertTo-SecureString \"{p}\" -AsPlainText -Force\nNew-NAVServerUser -ServerInstance BC240 -UserName 'svc_integration' -Password $pw -LicenseType Full\n"
            "$cred = Get-Credential  # interactive for everyone else\n"), "ps1"


def G_(d, v):
    return d.L("generic-secret", v)


@carrier("game-servers", 6)
def games(d, i):
    k = i % 6
    if k == 0:
        p = P(d, pw(PROP_OK.replace(" ", "")))
        return (f"#Minecraft server properties\n#{http_date()}\nenable-rcon=true\nrcon.port=25575\nrcon.password={p}\nserver-port=25565\nmotd=Kranbolaget survival\nwhite-list=true\nlevel-seed={_num(9)}\n"), "properties"
    if k == 1:
        a = P(d, pw(DQ_OK.replace(" ", "")))
        b = P(d, pw("!*-_.+?~^@"))
        return (f'hostname "Nordkraft LAN #2"\nrcon_password "{a}"\nsv_password "{b}"\nsv_setsteamaccount {G_(d, rs("0123456789ABCDEF", 32))}\nsv_lan 0\nsv_region 3\nmp_autoteambalance 1\nexec banned_user.cfg\n'), "cfg"
    if k == 2:
        p = j(pw(ALLP))
        P(d, p)
        return (json.dumps({"name": "Fabrik 24/7", "description": "vanilla, no mods", "visibility": {"public": True, "lan": True},
                            "username": "kranbolaget", "password": "", "token": "TOKEN", "game_password": "GP",
                            "require_user_verification": True, "max_upload_in_kilobytes_per_second": 0}, indent=2)
                .replace('"TOKEN"', f'"{G_(d, rs(HEX, 30))}"').replace('"GP"', f'"{p}"') + "\n"), "json"
    if k == 3:
        a = P(d, pw("!*-_.+?~^@#%&()[]{}<>,;'\""))
        b = P(d, pw("!*-_.+?~^@#%&"))
        return (f"[ServerSettings]\nServerPassword={a}\nServerAdminPassword={b}\nDifficultyOffset=1.000000\nMaxPlayers=24\nRCONEnabled=True\nRCONPort=27020\n[SessionSettings]\nSessionName=Nordkraft ARK\n"), "ini"
    if k == 4:
        p = P(d, pw(DQ_OK.replace(" ", "")))
        return (f'#!/bin/bash\nexport templdpath=$LD_LIBRARY_PATH\nexport LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH\nexport SteamAppId=892970\n\n./valheim_server.x86_64 -name "Fjordheim" -port 2456 -world "Fjordheim" -password "{p}" -crossplay -public 0\n\nexport LD_LIBRARY_PATH=$templdpath\n'), "sh"
    p = P(d, pw(PROP_OK.replace(" ", "")))
    return (f"# ts3server.ini\nmachine_id=\ndefault_voice_port=9987\nquery_port=10011\nserveradmin_password={p}\ndbplugin=ts3db_sqlite3\n\n"
            f"# from ts3server_1.log\n{ts_iso()}|WARNING |VirtualServer |1  |--------------------------------------------------------\n{ts_iso()}|WARNING |VirtualServer |1  |ServerAdmin privilege key created, please use it to gain\n"
            f"{ts_iso()}|WARNING |VirtualServer |1  |serveradmin rights for your virtualserver. please\n{ts_iso()}|WARNING |VirtualServer |1  |also check the doc/privilegekey_guide.txt for details.\n\n"
            f"{ts_iso()}|WARNING |VirtualServer |1  |token={G_(d, rs(ALNUM + '+', 40))}\n"), "ini"


@carrier("iot-hubs", 5)
def iot(d, i):
    k = i % 5
    if k == 0:
        w = P(d, yaml_sq(pw(ALLP.replace("\\", ""))))
        o = P(d, pw("!*-_.+?~^@%&"))
        a = P(d, pw("!*-_.+?~^@%&"))
        return (f"esphome:\n  name: vardagsrum-sensor\n\nesp32:\n  board: esp32dev\n\nwifi:\n  ssid: 'Granvagen12'\n  password: '{w}'\n  ap:\n    ssid: \"Vardagsrum Fallback\"\n    password: \"{a}\"\n\n"
                f"api:\n  encryption:\n    key: \"{G_(d, b64s(32))}\"\n\nota:\n  - platform: esphome\n    password: \"{o}\"\n\nlogger:\n"), "yaml"
    if k == 1:
        a = P(d, pw("!*-_.+?~^@%&="))
        b = P(d, yaml_sq(pw(ALLP)))
        return (f"# secrets.yaml\nhome_latitude: 59.3{_num(4)}\nhome_longitude: 18.0{_num(4)}\nwifi_ssid: Granvagen12\nwifi_password: {a}\nmqtt_user: homeassistant\nmqtt_password: '{b}'\n"
                f"influxdb_token: {G_(d, b64s(64, url=False))}\nopenweathermap_api_key: {G_(d, rs(HEX, 32))}\nalarm_code: '{_num(4)}'\n"), "yaml"
    if k == 2:
        p = P(d, yaml_sq(pw(ALLP)))
        return (f"homeassistant:\n  enabled: true\nfrontend:\n  enabled: true\n  auth_token: {G_(d, rs(ALNUM, 32))}\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://core-mosquitto:1883\n  user: z2m\n  password: '{p}'\nserial:\n  port: /dev/ttyUSB0\n"
                f"advanced:\n  network_key: GENERATE\n  pan_id: GENERATE\n  ext_pan_id: GENERATE\n  log_level: info\n"), "yaml"
    if k == 3:
        a = P(d, pw("!*-_.+?~^@%&=#"))
        b = P(d, pw("!*-_.+?~^@%&=#"))
        return (f"Backlog SSID1 Granvagen12; Password1 {a}; MqttHost 192.168.1.10; MqttUser tasmota; MqttPassword {b}; Topic plug_%06X; SetOption19 1\n"
                f"12:01:33.412 CMD: Backlog SSID1 Granvagen12; Password1 ****; MqttHost 192.168.1.10\n12:01:34.020 MQT: stat/plug_3A4F1C/RESULT = {{\"Password1\":\"****\"}}\n"), "txt"
    p = pw(URL_OK.replace("/", "").replace(" ", ""))
    pe = d.L("url-credentials", url(p))
    return (f"mqtt:\n  host: core-mosquitto\n  user: frigate\n  password: '{{FRIGATE_MQTT_PASSWORD}}'\n\ncameras:\n  entre:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:{pe}@192.168.1.64:554/Streaming/Channels/101\n          roles: [detect, record]\n"), "yml"


@carrier("router-exports", 4)
def router(d, i):
    k = i % 4
    if k == 0:
        a = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;'"))
        b = P(d, pw("!*-_.+?~^@%&"))
        return (f"# 2026-02-11 10:02:17 by RouterOS 7.16.2\n# software id = {rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}-{rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}\n"
                f"/interface wireless security-profiles\nset [ find default=yes ] supplicant-identity=MikroTik\nadd authentication-types=wpa2-psk mode=dynamic-keys name=office supplicant-identity=\"\" wpa2-pre-shared-key=\"{a}\"\n"
                f"/ppp secret\nadd name=vpn-lars password={b} profile=default-encryption service=l2tp\n/ip ipsec peer\nadd address=0.0.0.0/0 exchange-mode=main-l2tp name=l2tp-in passive=yes secret=\"{P(d, pw('!*-_.+?~^@%&'))}\"\n"), "rsc"
    if k == 1:
        a = P(d, pw(SQ_OK.replace(" ", "")))
        b = P(d, pw(SQ_OK))
        return (f"# /etc/config/wireless\nconfig wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'Fjellvann-5G'\n\toption encryption 'sae-mixed'\n\toption key '{a}'\n\n"
                f"# /etc/config/network\nconfig interface 'wan'\n\toption proto 'pppoe'\n\toption username 'k{_num(7)}@telia'\n\toption password '{b}'\n"), "uci"
    if k == 2:
        a = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;'"))
        return (f"system {{\n    login {{\n        user ops {{\n            authentication {{\n                encrypted-password {d.X(sha512crypt())}\n                plaintext-password \"{a}\"\n            }}\n            level admin\n        }}\n    }}\n    host-name edge-sto1\n}}\n"), "boot"
    a = P(d, pw("!*-_.+=~^@:%&()[]{}<>,;'\""))
    b = P(d, pw("!*-_.+=~^@:%&"))
    return (f"hostname core-sw1\n!\nenable secret 9 {d.X('$9$' + rs(ALNUM + './', 14) + '$' + rs(ALNUM + './', 43))}\n!\nusername netadmin privilege 15 secret 5 {d.X('$1$' + rs(ALNUM, 4) + '$' + rs(ALNUM + './', 22))}\n"
            f"username backup privilege 15 password 0 {a}\n!\nradius server NPS01\n address ipv4 10.10.0.5 auth-port 1812 acct-port 1813\n key 0 {b}\n!\nline vty 0 4\n transport input ssh\n"), "ios"


@carrier("nas-backup", 6)
def nas(d, i):
    k = i % 6
    if k == 0:
        p = P(d, pw("!*-_.+?~^@%&#"))
        return (f"# /etc/fstab\nUUID={d.X(uuid4())} /        ext4 defaults 0 1\n//nas01.corp.local/backup /mnt/backup cifs username=svc_backup,password={p},vers=3.0,uid=1000,gid=1000 0 0\n"
                "//nas01.corp.local/media /mnt/media cifs credentials=/etc/samba/media.cred,vers=3.0 0 0\n"), "fstab"
    if k == 1:
        p = P(d, pw(ALLP.replace("\n", "")))
        return (f"username=svc_media\npassword={p}\ndomain=CORP\n"), "cred"
    if k == 2:
        a = P(d, pw("!*-_.+=?~^@#%&()[]{}<>,;'\" "))
        b = P(d, pw("!*-_.+=?~^@#%&"))
        return (f"# rsyncd.secrets (chmod 600)\nbackup:{a}\nmirror:{b}\n"), "secrets"
    if k == 3:
        a = P(d, pw(DQ_OK.replace(" ", "").replace(";", "")))
        b = P(d, pw(DQ_OK.replace(" ", "").replace(";", "")))
        return (f'Director {{\n  Name = bacula-dir\n  DIRport = 9101\n  QueryFile = "/etc/bacula/scripts/query.sql"\n  WorkingDirectory = "/var/lib/bacula"\n  Password = "{a}"\n  Messages = Daemon\n}}\n\n'
                f'Client {{\n  Name = fs01-fd\n  Address = fs01.corp.local\n  FDPort = 9102\n  Catalog = MyCatalog\n  Password = "{b}"\n  File Retention = 60 days\n}}\n'), "conf"
    if k == 4:
        p = P(d, yaml_sq(pw(ALLP)))
        return (f"source_directories:\n    - /home\n    - /etc\nrepositories:\n    - path: ssh://u{_num(6)}@u{_num(6)}.your-storagebox.de:23/./borg\n      label: storagebox\nencryption_passphrase: '{p}'\n"
                "keep_daily: 7\nkeep_weekly: 4\n# encryption_passcommand: secret-tool lookup borg-repository repo-name\n"), "yaml"
    p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,;'"))
    return (f"# /etc/davfs2/secrets\nhttps://cloud.vandenberg-installatie.nl/remote.php/dav/files/backup/ backup {p}\n/mnt/owncloud     ops   \"{P(d, pw('!*-_.+=?~^@:#%&()[]{}<>,;'))}\"\n"), "secrets"


@carrier("dev-tool-conf", 7)
def devtool(d, i):
    k = i % 7
    if k == 0:
        p = j(pw(ALLP))
        P(d, p)
        return ('{\n    // The tab key will cycle through the settings when first created\n    "type": "sftp",\n    "save_before_upload": true,\n    "upload_on_save": true,\n    "sync_down_on_open": false,\n'
                f'    "host": "web01.atelier-moreau.fr",\n    "user": "deploy",\n    "password": "{p}",\n    "port": "22",\n    "remote_path": "/var/www/site/",\n    "ignore_regexes": ["\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json"],\n    "connect_timeout": 30\n}}\n'), "json"
    if k == 1:
        p = j(pw(ALLP))
        P(d, p)
        return ('{\n  "editor.formatOnSave": true,\n  "sqltools.connections": [\n    {\n      "previewLimit": 50,\n      "server": "pg-main.corp.local",\n      "port": 5432,\n      "driver": "PostgreSQL",\n'
                f'      "name": "orders-prod",\n      "database": "orders",\n      "username": "readonly",\n      "password": "{p}"\n    }},\n    {{\n      "name": "local",\n      "driver": "SQLite",\n      "database": "./dev.db"\n    }}\n  ],\n'
                f'  "rest-client.environmentVariables": {{\n    "prod": {{ "token": "{G_(d, rs(ALNUM, 40))}" }}\n  }}\n}}\n'), "json"
    if k == 2:
        p = xml(pw(ALLP))
        P(d, p)
        return (f'<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deploy</username>\n      <password>{p}</password>\n    </server>\n'
                f'    <server>\n      <id>nexus-snapshots</id>\n      <username>deploy</username>\n      <password>{{{d.X(b64s(32))}}}</password>\n    </server>\n  </servers>\n</settings>\n'), "xml"
    if k == 3:
        a = P(d, pw(PROP_OK))
        b = P(d, pw(PROP_OK))
        return (f"org.gradle.jvmargs=-Xmx2g\nossrhUsername=nordkraft\nossrhPassword={a}\nsigning.keyId={d.X(rs('0123456789ABCDEF', 8))}\nsigning.password={b}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n"), "properties"
    if k == 4:
        p = xml(pw(ALLP))
        P(d, p)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="corp" value="https://nuget.corp.local/v3/index.json" />\n  </packageSources>\n'
                f'  <packageSourceCredentials>\n    <corp>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="{p}" />\n    </corp>\n  </packageSourceCredentials>\n</configuration>\n'), "config"
    if k == 5:
        pp = pw(URL_OK.replace(" ", ""))
        pe = d.L("url-credentials", url(pp))
        return (f"[global]\nindex-url = https://build:{pe}@pypi.corp.local/simple\ntrusted-host = pypi.corp.local\ntimeout = 60\n"), "pip.conf"
    p = j(pw(ALLP))
    P(d, p)
    return (json.dumps({"$schema": "https://json.schemastore.org/launchsettings.json", "profiles": {"Api": {"commandName": "Project",
            "environmentVariables": {"ASPNETCORE_ENVIRONMENT": "Development", "DB__Password": "PW", "Jwt__Issuer": "https://id.local"}}}}, indent=2)
            .replace('"PW"', f'"{p}"') + "\n"), "json"


@carrier("puppet-hiera", 4)
def puppet(d, i):
    a = P(d, yaml_sq(pw(ALLP)))
    b = P(d, pw("!*-_.+=?~^@%&"))
    s = f"---\nprofile::postgresql::replication_password: '{a}'\nprofile::app::db_password: {b}\n"
    s += f"profile::ldap::bind_password: >\n    ENC[PKCS7,{d.X(base64.b64encode(R.randbytes(180)).decode())}]\n"
    s += "profile::smtp::password: \"%{lookup('vault::smtp')}\"\n"
    if i % 2 == 0:
        c = php_sq(pw(ALLP))
        P(d, c)
        s += f"\n# site/profile/manifests/mysql.pp\n# mysql::db {{ 'wiki':\n#   user     => 'wiki',\n#   password => '{c}',\n#   host     => 'localhost',\n# }}\n"
    return s, "yaml"


@carrier("dockerfiles", 3)
def dockerfiles(d, i):
    k = i % 3
    if k == 0:
        a = P(d, pw(ENV_OK))
        b = P(d, pw(SQ_OK.replace(":", "")))
        return (f"FROM mariadb:11.4\nENV MARIADB_ROOT_PASSWORD={a}\nENV MARIADB_DATABASE=shop\nCOPY init.sql /docker-entrypoint-initdb.d/\nRUN useradd -m ops && echo 'ops:{b}' | chpasswd\n"
                "# better: RUN --mount=type=secret,id=dbpw MARIADB_ROOT_PASSWORD=$(cat /run/secrets/dbpw) ...\n"), "Dockerfile"
    if k == 1:
        a = P(d, pw(ENV_OK))
        b = P(d, pw(DQ_OK))
        return (f"FROM eclipse-temurin:21-jre\nARG KEYSTORE_PASSWORD={a}\nCOPY app.jar /app/app.jar\nRUN keytool -genkeypair -alias app -keystore /app/ks.p12 -storetype PKCS12 -storepass \"$KEYSTORE_PASSWORD\" -dname CN=app\n"
                f"ENV SPRING_DATASOURCE_PASSWORD=\"{b}\"\nENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]\n"), "Dockerfile"
    a = P(d, pw("!*-_.+=?~^@%&"))
    return (f"FROM mcr.microsoft.com/mssql/server:2022-latest\nENV ACCEPT_EULA=Y\nENV MSSQL_SA_PASSWORD {a}\nCOPY seed.sql /seed.sql\n"
            f"RUN /opt/mssql/bin/sqlservr & sleep 20 && /opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P \"$MSSQL_SA_PASSWORD\" -C -i /seed.sql\n"), "Dockerfile"


@carrier("compose-override", 4)
def compose(d, i):
    a = P(d, pw("!*-_.+=?~^@%&"))
    b = P(d, pw(SAFE + "#%&()[]{}<>,'\" ").replace("'", "''"))
    c = P(d, pw(DQ_OK.replace("'", "").replace(" ", "").replace("#", "")))
    s = "services:\n  db:\n    environment:\n"
    s += f"      POSTGRES_PASSWORD: {a}\n      POSTGRES_USER: app\n  mq:\n    environment:\n      RABBITMQ_DEFAULT_USER: app\n      RABBITMQ_DEFAULT_PASS: '{b}'\n"
    s += f"  cache:\n    command: [\"redis-server\", \"--requirepass\", \"{c}\", \"--appendonly\", \"yes\"]\n"
    if True:
        e = P(d, pw("!*-_.+=?~^@%&"))
        s += f"  grafana:\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD={e}\n      - GF_SECURITY_SECRET_KEY={G_(d, rs(ALNUM, 32))}\n"
    s += "  keycloak:\n    environment:\n      KC_BOOTSTRAP_ADMIN_PASSWORD: ${KC_ADMIN_PASSWORD:?set it in .env}\n      KC_DB_PASSWORD_FILE: /run/secrets/kc_db\n"
    return s, "yml"


@carrier("direnv", 4)
def direnv(d, i):
    a = P(d, pw(SQ_OK))
    b = P(d, pw(UNQ))
    c = P(d, pw(DQ_OK))
    s = f"# .envrc\nexport PGHOST=localhost\nexport PGUSER=orders\nexport PGPASSWORD='{a}'\nexport MYSQL_PWD={b}\nexport REDIS_PASSWORD=\"{c}\"\n"
    s += "export DB_ADMIN_PASSWORD=\"$(pass show corp/db-admin)\"\nexport OP_PASSWORD=$(op read op://dev/mysql/password)\n"
    if True:
        s += f"export VAULT_TOKEN={G_(d, 'hvs.' + rs(ALNUM, 24))}\n"
    s += "dotenv_if_exists .env.local\nlayout python3\n"
    return s, "envrc"


@carrier("driver-urls", 8)
def driver(d, i):
    k = i % 8
    if k == 0:
        pp = pw(URL_OK)
        pe = d.L("password", formenc(pp))
        return (f"spring.datasource.url=jdbc:postgresql://pg-main.corp.local:5432/orders?user=orders_app&password={pe}&sslmode=require\nspring.datasource.hikari.maximum-pool-size=20\n"), "properties"
    if k == 1:
        p = P(d, j(pw(SAFE + "#%&()[]<>,;\" ")))
        p2 = P(d, pw(SAFE + "#%&()[]<>"))
        return (json.dumps({"ConnectionStrings": {"Erp": "PLACEHOLDER1", "Reporting": "PLACEHOLDER2",
                                                   "Local": "Server=(localdb)\\mssqllocaldb;Database=Erp;Trusted_Connection=True"}}, indent=2)
                .replace("PLACEHOLDER1", f"Server=tcp:sql-erp.corp.local,1433;Database=ERP;User ID=erp_app;Password='{p}';Encrypt=True")
                .replace("PLACEHOLDER2", f"Data Source=sql-rep.corp.local;Initial Catalog=Reports;User Id=rep;Password={j(p2)};") + "\n"), "json"
    if k == 2:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,'"))
        return (f'dsn := "ledger:{p}@tcp(mysql-01.corp.local:3306)/ledger?parseTime=true&tls=custom"\ndb, err := sql.Open("mysql", dsn)\n'), "go"
    if k == 3:
        pp = pw(SAFE + "#%&()[]<>,; \\")
        pv = pp.replace("\\", "\\\\")
        P(d, pv)
        return (f"# conninfo used by the nightly ETL (libpq keyword/value form)\nhost=pg-main.corp.local port=5432 dbname=orders user=etl password='{pv}' sslmode=verify-full\n"), "txt"
    if k == 4:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]{}<>,"))
        return (f"jdbc:oracle:thin:app_owner/{p}@//ora-prod.corp.local:1521/ORCLPDB1\n"
                f"User Id=app_owner;Password=\"{P(d, pw('!*-_.+=?~^@:#%&()[]{}<>,;'))}\";Data Source=ora-prod.corp.local:1521/ORCLPDB1;\n"), "txt"
    if k == 5:
        pp = pw(URL_OK)
        pe = d.L("url-credentials", url(pp))
        pp2 = pw(URL_OK)
        pe2 = d.L("url-credentials", url(pp2))
        return (f"CELERY_BROKER_URL=amqps://celery:{pe}@mq.corp.local:5671/prod\nCACHE_URL=rediss://:{pe2}@redis.corp.local:6380/2\nSENTRY_DSN=https://{d.X(rs(HEX, 32))}@o{_num(6)}.ingest.sentry.io/{_num(7)}\n"), "env"
    if k == 6:
        p = P(d, pw("!*-_.+=?~^@:#%&()[]<>,'\" "))
        return (f"Host=pg-main.corp.local;Port=5432;Database=orders;Username=orders_app;Password={p};SSL Mode=Require;Trust Server Certificate=false\n"
                f"Server=mysql-01.corp.local;Port=3306;Database=shop;Uid=shop;Pwd={P(d, pw('!*-_.+=?~^@:#%&()[]<>,'))};SslMode=Required;\n"), "txt"
    p = P(d, pw("!*-_.+=?~^@:#%&()[]<>,"))
    return (f"account=nk{_num(5)}.eu-central-1;user=SVC_DBT;password={p};warehouse=TRANSFORM_WH;db=ANALYTICS;schema=STAGING;role=TRANSFORMER\n"), "txt"


@carrier("zsh-history", 5)
def zsh(d, i):
    t0 = R.randint(1767225600, 1798761600)
    cmds = [
        lambda: f"mysql -h db01.corp.local -u root -p'{P(d, pw(SQ_OK))}' shop",
        lambda: f"PGPASSWORD='{P(d, pw(SQ_OK))}' psql -h pg-main.corp.local -U postgres -c 'select now()'",
        lambda: f"sshpass -p '{P(d, pw(SQ_OK))}' ssh ops@{ip_priv()}",
        lambda: f"redis-cli -h redis.corp.local -a '{P(d, pw(SQ_OK))}' --no-auth-warning info replication",
        lambda: f"mongosh --host mongo-1.corp.local -u admin -p '{P(d, pw(SQ_OK))}' --authenticationDatabase admin",
        lambda: f"htpasswd -b -B /etc/nginx/.htpasswd grafana '{P(d, pw(SQ_OK))}'",
        lambda: f"smbclient //nas01/backup -U 'CORP\\svc_backup%{P(d, pw(SQ_OK.replace('%', '')))}'",
        lambda: f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout 'pass:{P(d, pw(SQ_OK))}'",
        lambda: f"keytool -importcert -alias corp-ca -file ca.crt -keystore truststore.jks -storepass '{P(d, pw(SQ_OK))}' -noprompt",
        lambda: f"7z a -p'{P(d, pw(SQ_OK))}' -mhe=on export-2026.7z export/",
        lambda: f"curl -u 'admin:{P(d, pw(SQ_OK.replace(':', '')))}' https://jenkins.corp.local/api/json",
        lambda: f"docker login registry.corp.local -u ci -p '{P(d, pw(SQ_OK))}'",
        lambda: f"rabbitmqctl add_user billing '{P(d, pw(SQ_OK))}'",
        lambda: f"vault login -method=userpass username=ops password='{P(d, pw(SQ_OK))}'",
        lambda: f"ansible-playbook site.yml -e 'ansible_become_pass={P(d, pw(SQ_OK.replace(' ', '')))}'",
        lambda: f"echo '{P(d, pw(SQ_OK))}' | sudo -S systemctl restart nginx",
        lambda: f"mysqladmin -uroot -p{d.L('password', pw('-_.+=@:%^~'), glued=True)} status",
        lambda: f"zip -P '{P(d, pw(SQ_OK))}' payroll.zip payroll.csv",
    ]
    noise = ["git pull --rebase", "kubectl get pods -n prod", "ls -la", "vim ~/.ssh/config", f"git checkout {d.X(short_sha())}",
             "mysql -u root -p shop", "export PGPASSWORD=$(vault kv get -field=password secret/pg)", "history | grep psql",
             f"sha256sum backup.tar.gz  # {d.X(sha256())}", "docker login registry.corp.local -u ci --password-stdin < ~/.ci-token"]
    lines = []
    for f in R.sample(cmds, R.randint(9, 11)):
        lines.append(f())
    lines += R.sample(noise, 4)
    R.shuffle(lines)
    out = []
    for l in lines:
        t0 += R.randint(5, 900)
        out.append(f": {t0}:{R.randint(0, 30)};{l}")
    return "\n".join(out) + "\n", "zsh_history"


@carrier("install-scripts", 6)
def install(d, i):
    k = i % 6
    if k == 0:
        p = P(d, pw(UNQ.replace(",", "")))
        return (f"#!/bin/bash\nset -euo pipefail\nDB_ROOT_PASS=\"{p}\"\ndebconf-set-selections <<< \"mysql-server mysql-server/root_password password {p}\"\n"
                f"debconf-set-selections <<< \"mysql-server mysql-server/root_password_again password {p}\"\napt-get install -y mysql-server\nmysql -uroot -p\"$DB_ROOT_PASS\" -e \"CREATE DATABASE app\"\n"), "sh"
    if k == 1:
        p = P(d, pw("!*-_.+=?~^@%&#"))
        return (f"#version=RHEL9\ntext\nlang sv_SE.UTF-8\nkeyboard se\ntimezone Europe/Stockholm --utc\nrootpw --plaintext {p}\nuser --name=ops --groups=wheel --iscrypted --password={d.X(sha512crypt())}\n%packages\n@^minimal-environment\n%end\n"), "ks"
    if k == 2:
        p = P(d, pw("!*-_.+=?~^@%&#"))
        return (f"d-i passwd/root-login boolean false\nd-i passwd/user-fullname string Ops\nd-i passwd/username string ops\nd-i passwd/user-password password {p}\nd-i passwd/user-password-again password {p}\n"
                f"d-i grub-installer/password-crypted password {d.X('grub.pbkdf2.sha512.10000.' + rs('0123456789ABCDEF', 128))}\n"), "preseed"
    if k == 3:
        p = xml(pw(ALLP))
        P(d, p)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup">\n      <UserAccounts>\n        <AdministratorPassword>\n'
                f'          <Value>{p}</Value>\n          <PlainText>true</PlainText>\n        </AdministratorPassword>\n      </UserAccounts>\n      <AutoLogon>\n        <Password>\n          <Value>{d.X(base64.b64encode((pw(SAFE) + "Password").encode("utf-16-le")).decode())}</Value>\n          <PlainText>false</PlainText>\n        </Password>\n      </AutoLogon>\n    </component>\n  </settings>\n</unattend>\n'), "xml"
    if k == 4:
        p = P(d, pw("!*-_.+=?~^@%&#"))
        return (f"#cloud-config\nusers:\n  - name: ops\n    groups: sudo\n    shell: /bin/bash\n    lock_passwd: false\n    passwd: {d.X(sha512crypt())}\nchpasswd:\n  expire: false\n  users:\n    - name: root\n      password: {p}\n      type: text\n"), "yaml"
    p = P(d, pw(DQ_OK))
    return (f"# install-agent.ps1\n$SecurePass = ConvertTo-SecureString \"{p}\" -AsPlainText -Force\n$Cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_agent', $SecurePass)\n"
            "Start-Process msiexec.exe -ArgumentList '/i agent.msi /qn' -Credential $Cred -Wait\n"), "ps1"


# ------------------------------------------------------------------ prose in many languages
PROSE = {
    "en": ["The admin password for the {sys} is {q}{p}{q} (please change it after the first login).",
           "Wi-Fi for guests: network Kranbolaget-Guest, password: {p}",
           "I reset the {sys} password to {q}{p}{q} until you are back on Monday.",
           "The old password ******** no longer works, ticket #{n} has the details."],
    "de": ["Das Passwort für den {sys} lautet: {p}", "Zugangsdaten {sys}: Benutzer admin, Kennwort {q}{p}{q}.",
           "Ich habe das Passwort auf „{p}“ zurückgesetzt, bitte beim nächsten Login ändern.", "Das alte Passwort (********) ist gesperrt, siehe Ticket {n}."],
    "fr": ["Le mot de passe du {sys} est : {p}", "Identifiants {sys} : utilisateur admin, mot de passe « {p} ».",
           "J'ai réinitialisé le mot de passe à {q}{p}{q}, merci de le changer.", "Le mot de passe ne doit pas être envoyé par e-mail (dossier {n})."],
    "es": ["La contraseña del {sys} es: {p}", "Usuario: admin / contraseña: {q}{p}{q}", "He cambiado la clave del wifi a «{p}».",
           "La contraseña anterior ******** ya no sirve (incidencia {n})."],
    "it": ["La password del {sys} è: {p}", "Credenziali {sys}: utente admin, password «{p}».", "Ho reimpostato la password a {q}{p}{q}.",
           "La vecchia password non funziona più, vedi ticket {n}."],
    "pt": ["A senha do {sys} é: {p}", "Credenciais do {sys}: utilizador admin, palavra-passe «{p}».", "Troquei a senha para {q}{p}{q}, altere no primeiro acesso.",
           "A senha antiga ******** foi bloqueada (chamado {n})."],
    "nl": ["Het wachtwoord voor de {sys} is: {p}", "Inloggegevens {sys}: gebruiker admin, wachtwoord {q}{p}{q}.", "Ik heb het wachtwoord gereset naar {p}",
           "Het oude wachtwoord werkt niet meer, zie melding {n}."],
    "sv": ["Lösenordet till {sys} är: {p}", "Inloggning {sys}: användare admin, lösenord {q}{p}{q}.", "Jag har återställt lösenordet till {p}",
           "Det gamla lösenordet (********) är spärrat, se ärende {n}."],
    "no": ["Passordet til {sys} er: {p}", "Innlogging {sys}: bruker admin, passord {q}{p}{q}.", "Jeg har tilbakestilt passordet til «{p}».",
           "Det gamle passordet virker ikke lenger, se sak {n}."],
    "da": ["Adgangskoden til {sys} er: {p}", "Login {sys}: bruger admin, kodeord {q}{p}{q}.", "Jeg har nulstillet adgangskoden til {p}",
           "Den gamle adgangskode ******** er spærret (sag {n})."],
    "fi": ["{sys}: salasana on {p}", "Tunnukset {sys}: käyttäjä admin, salasana {q}{p}{q}.", "Vaihdoin salasanaksi {p}",
           "Vanha salasana ei enää toimi, katso tiketti {n}."],
    "pl": ["Hasło do {sys} to: {p}", "Dane logowania {sys}: użytkownik admin, hasło „{p}”.", "Zresetowałem hasło na {q}{p}{q}, proszę je zmienić.",
           "Stare hasło ******** jest zablokowane (zgłoszenie {n})."],
    "cs": ["Heslo k {sys} je: {p}", "Přihlašovací údaje {sys}: uživatel admin, heslo „{p}“.", "Heslo jsem nastavil na {q}{p}{q}.",
           "Staré heslo už nefunguje, viz požadavek {n}."],
    "tr": ["{sys} şifresi: {p}", "{sys} giriş bilgileri: kullanıcı admin, parola {q}{p}{q}.", "Şifreyi {p} olarak sıfırladım, lütfen değiştirin.",
           "Eski şifre ******** artık çalışmıyor (talep {n})."],
    "ru": ["Пароль от {sys}: {p}", "Доступ к {sys}: логин admin, пароль «{p}».", "Я сбросил пароль на {q}{p}{q}, смените его при входе.",
           "Старый пароль ******** больше не работает (заявка {n})."],
    "ja": ["{sys}のパスワードは「{p}」です。", "{sys}のログイン情報：ユーザー admin、パスワード {p}", "パスワードを「{p}」にリセットしました。初回ログイン後に変更してください。",
           "古いパスワード（********）は無効です。チケット{n}を参照してください。"],
}
SYSTEMS = {"en": ["NAS", "router", "build server", "VPN"], "de": ["Router", "NAS", "Buchhaltungsserver"], "fr": ["routeur", "NAS", "serveur de compta"],
           "es": ["router", "NAS", "servidor de nóminas"], "it": ["router", "NAS", "gestionale"], "pt": ["router", "NAS", "servidor de faturação"],
           "nl": ["router", "NAS", "boekhoudserver"], "sv": ["routern", "NAS:en", "bokföringsservern"], "no": ["ruteren", "NAS-en", "regnskapsserveren"],
           "da": ["routeren", "NAS'en", "regnskabsserveren"], "fi": ["Reititin", "NAS", "Kirjanpitopalvelin"], "pl": ["routera", "NAS-a", "serwera księgowego"],
           "cs": ["routeru", "NASu", "účetnímu serveru"], "tr": ["Router", "NAS", "Muhasebe sunucusu"], "ru": ["роутера", "NAS", "сервера 1С"],
           "ja": ["ルーター", "NAS", "経理サーバー"]}


def prose_pw():
    # prose passwords: no quotes/space (they are delimited by the sentence), may end with ! ? # etc.
    return pw("!*-_.+=?~^@#%&$")


@carrier("handover-notes", 9)
def handover(d, i):
    langs = list(PROSE)
    chosen = [langs[(i * 3 + k) % len(langs)] for k in range(3)]
    f, l = name()
    em = d.L("email", email(f, l))
    out = [f"From: {f} {l} <{em}>", f"Subject: Übergabe / handover / overdracht {R.randint(1, 52)}/2026", ""]
    for lg in chosen:
        tmpls = PROSE[lg]
        out.append(f"[{lg}]")
        for t in R.sample(tmpls[:3], 3) + [tmpls[3]]:
            p = prose_pw()
            if "{p}" in t and "********" not in t:
                P(d, p)
            q = choice(['"', "`", "'", ""]) if lg != "ja" else ""
            if q == "'" and "'" in p:
                q = '"'
            out.append(t.format(sys=choice(SYSTEMS[lg]), p=p, q=q, n=d.X(str(order_luhn(9)))))
        out.append("")
    out.append(f"-- \n{f} {l}")
    return "\n".join(out) + "\n", "eml"


@carrier("forum-posts", 5, rep=2, sep="\n\n-----\n\n")
def forum(d, i):
    k = i % 5
    user = choice(["fjellmann", "kaffekopp", "paella_dev", "tulipan77", "anadolu_ops", "brumbar"])
    if k == 0:
        p = P(d, pw("!*-_.+=?~^@#%&"))
        return (f"[quote=\"{user}\"]Which config do you use for the NAS backup?[/quote]\n\nThis one, works since DSM 7.2:\n[code]\nrsync -avz --password-file=/volume1/scripts/rsync.pass backup@nas02::backup /volume1/backup\n[/code]\n"
                f"and rsync.pass only contains one line: {p}\n(yes I know, I'll change it)\n"), "bbcode"
    if k == 1:
        p = P(d, pw(SQ_OK.replace(" ", "")))
        return (f"## mysqldump fails with `Access denied for user 'backup'@'localhost'`\n\nPosted by **{user}**\n\n```\n$ mysqldump -u backup -p'{p}' --all-databases > all.sql\nmysqldump: Got error: 1045: Access denied for user 'backup'@'localhost' (using password: YES)\n```\n\n"
                "Grants look fine (`SHOW GRANTS FOR 'backup'@'localhost'`). Any idea?\n\n> **Answer:** you created the user with `IDENTIFIED BY PASSWORD '*...'` (a hash), use `IDENTIFIED BY 'plain'` instead.\n"), "md"
    if k == 2:
        p = P(d, pw("!*-_.+=?~^@#%&"))
        return (f"Re: Fritzbox hinter Glasfaser-Modem\n\nBei mir steht unter Internet > Zugangsdaten:\nAnschlusskennung: 00{_num(10)}\nZugangsnummer: {_num(12)}\nMitbenutzersuffix: 0001\nPersönliches Kennwort: {p}\n\nGruß {user}\n"), "txt"
    if k == 3:
        p = P(d, yaml_sq(pw(ALLP)))
        return (f"Question: Home Assistant can't connect to Mosquitto\n\nmy configuration.yaml:\n\n    mqtt:\n      broker: 192.168.1.10\n      username: ha\n      password: '{p}'\n\nlog says `Connection refused - not authorised`. The addon password is `homeassistant`?\n"), "md"
    p = P(d, pw("!*-_.+=?~^@#%&"))
    return (f"Тема: Не подключается 1С к PostgreSQL\n\n{user} пишет:\nСервер: pg1c.local, пользователь postgres, пароль {p}\nОшибка: FATAL: password authentication failed for user \"postgres\"\nВ pg_hba.conf метод scram-sha-256, хэш в pg_authid: {d.X('SCRAM-SHA-256$4096:' + b64s(16) + '$' + b64s(32) + ':' + b64s(32))}\n"), "txt"


# ------------------------------------------------------------------ a second (third) credential in the same file
def _id(x):
    return x


def _php(x):
    return php_sq(x)


EXTRA = {
    "db-client-conf": [
        ("\n; read-only account for the analytics notebook\n; username = analytics\n; password = {p}\n", INI_OK, _id, "password"),
        ("\n[ERP_TEST]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:sql-test.corp.local,1433\nUID=sa\nPWD={p}\n", SAFE + "#%&()<>", _id, "password"),
        ("\nALTER USER report_ro IDENTIFIED BY \"{p}\" ACCOUNT UNLOCK;\n", SAFE + "#%&()[]<>,;' ", _id, "password"),
        ("liquibase.command.password: {p}\n", PROP_OK, _id, "password"),
        ("flyway.placeholders.app_password={p}\n", PROP_OK, _id, "password"),
        ("<!-- backup user: <password>{p}</password> -->\n", ALLP.replace("-", ""), xml, "password"),
        ("\n[replicator]\n; remote password for the pull replication\npassword = {p}\n", INI_OK, _id, "password"),
        ("\nmysql_variables=\n{{\n    monitor_username=\"monitor\"\n    monitor_password=\"{p}\"\n}}\n", SAFE + "#%&()[]{}<>,;' ", _id, "password"),
        ("wd_authkey = '{p}'\n", SQ_OK, _id, "password"),
    ],
    "broker-conf": [
        ("ssl.keystore.password={p}\n", PROP_OK, _id, "password"),
        ("jmx.password={p}\n", PROP_OK, _id, "password"),
        ("reporting = {p}\n", PROP_OK, _id, "password"),
        ("tlsTrustStorePassword={p}\n", PROP_OK, _id, "password"),
        ("\nconnection backup-broker\naddress mqtt-dr.brightwave.io:8883\nremote_username site-a\nremote_password {p}\n", "!*-_.+=?~^@:#%&()[]{}<>,;'", _id, "password"),
        None,
    ],
    "mail-clients": [
        [('set my_gmail_pass = "{p}"\n', DQ_OK.replace("'", ""), _id, "password"), ("set my_work_pass = '{p}'\n", SQ_OK.replace('"', ""), _id, "password")],
        ("\nIMAPAccount archive\nHost imap.gmx.net\nUser archive-box\nPass {p}\nSSLType IMAPS\n", "!*-_.+=?~^@:#%&()[]{}<>,;", _id, "password"),
        [("\n[Repository Archive]\ntype = IMAP\nremotehost = imap.gmx.net\nremoteuser = archive\nremotepass = {p}\n", INI_OK, _id, "password"),
         ("\n[Repository Work]\ntype = Gmail\nremoteuser = ops.shared\nremotepass = {p}\n", INI_OK, _id, "password")],
        ("# old relay, kept for reference\n# AuthPass={p}\n", "!*-_.+?~^@", _id, "password"),
        ("\n[filter-1]\ntype = Filter_external\npath = /usr/bin/spamc\n# app password of the second account: {p}\n", "!*-_.+=?~^@#%&", _id, "password"),
    ],
    "ldap-clients": [
        [("\n[domain/legacy.local]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,dc=legacy,dc=local\nldap_default_authtok = {p}\n", INI_OK, _id, "password"),
         ("; krb5 keytab fallback, remove after migration\n; ldap_krb5_init_creds_password = {p}\n", INI_OK, _id, "password")],
        ("rootpwmoddn cn=admin,dc=corp,dc=local\nrootpwmodpw {p}\n", "!*-_.+=?~^@:#%&()[]{}<>,;'\"", _id, "password"),
        [("\ndatabase config\nrootdn \"cn=config\"\nrootpw {p}\n", "!*-_.+=?~^@:#%&()[]{}<>,;'", _id, "password"),
         ("\ndatabase monitor\nrootdn \"cn=monitor\"\nrootpw {p}\n", "!*-_.+=?~^@:#%&()[]{}<>,;'", _id, "password")],
        ("$ ldappasswd -H ldaps://ldap.corp.local -D 'cn=admin,dc=corp,dc=local' -w '{p}' -s '{p2}' uid=mlind,ou=people,dc=corp,dc=local\n", SQ_OK, _id, "password"),
        ('admin = ldap.initialize("ldaps://ldap.corp.local")\nadmin.simple_bind_s("cn=admin,dc=corp,dc=local", "{p}")\n', ALLP, j, "password"),
    ],
    "erp-conf": [
        ("smtp_password = {p}\n", INI_OK, _id, "password"),
        None,
        ("$dolibarr_main_auth_ldap_admin_pass='{p}';\n", ALLP, _php, "password"),
        ('$ hdbuserstore SET SYSKEY hana01.corp.local:30013 SYSTEM "{p}"\n', DQ_OK, _id, "password"),
        ('$smtpCred = New-Object PSCredential("erp-mailer", (ConvertTo-SecureString "{p}" -AsPlainText -Force))\n', DQ_OK, _id, "password"),
    ],
    "game-servers": [
        None,
        ('tv_password "{p}"\n', DQ_OK.replace(" ", ""), _id, "password"),
        None,
        None,
        ('# last season\'s world: ./valheim_server.x86_64 -name "Fjordheim S1" -password "{p}"\n', DQ_OK.replace(" ", ""), _id, "password"),
        ('{t}|INFO    |VirtualServer |1  |         loginname= "serveradmin", password= "{p}"\n', "!*-_.+=?~^@#%&", _id, "password"),
    ],
    "iot-hubs": [
        ("\nweb_server:\n  port: 80\n  auth:\n    username: admin\n    password: '{p}'\n", ALLP.replace("\\", ""), yaml_sq, "password"),
        ("router_password: '{p}'\n", ALLP, yaml_sq, "password"),
        None,
        ("Backlog WebPassword {p}; SetOption65 1\n", "!*-_.+?~^@%&=#", _id, "password"),
        None,
    ],
    "router-exports": [
        ("/user add name=backup group=read password=\"{p}\"\n", "!*-_.+=?~^@:#%&()[]{}<>,;'", _id, "password"),
        ("\nconfig wifi-iface 'guest'\n\toption ssid 'Fjellvann-Gjest'\n\toption encryption 'psk2'\n\toption key '{p}'\n", SQ_OK.replace(" ", ""), _id, "password"),
        ("vpn {{\n    l2tp {{\n        remote-access {{\n            authentication {{\n                local-users {{\n                    username vpn-ops {{\n                        password {p}\n                    }}\n                }}\n            }}\n        }}\n    }}\n}}\n", "!*-_.+=?~^@:#%&", _id, "password"),
        ("username monitor privilege 1 password 0 {p}\n", "!*-_.+=~^@:%&", _id, "password"),
    ],
    "nas-backup": [
        ("//nas01.corp.local/scans /mnt/scans cifs username=scanner,password={p},vers=2.1 0 0\n", "!*-_.+?~^@%&#", _id, "password"),
        None,
        ("archive:{p}\n", "!*-_.+=?~^@#%&()[]{}<>,;'\" ", _id, "password"),
        ('\nStorage {{\n  Name = File1\n  Address = sd01.corp.local\n  SDPort = 9103\n  Password = "{p}"\n  Device = FileChgr1\n}}\n', DQ_OK.replace(" ", "").replace(";", ""), _id, "password"),
        ("\n# the second repository has its own key:\n# encryption_passphrase: '{p}'\n", ALLP, yaml_sq, "password"),
        None,
    ],
    "dev-tool-conf": [
        None, None, None,
        ("artifactoryPassword={p}\n", PROP_OK, _id, "password"),
        None,
        ("\n[install]\nextra-index-url = https://build:{p}@pypi-mirror.corp.local/simple\n", URL_OK, url, "url-credentials"),
        None,
    ],
    "dockerfiles": [
        [("RUN mysql -uroot -p\"$MARIADB_ROOT_PASSWORD\" -e \"CREATE USER 'shop'@'%' IDENTIFIED BY '{p}'\"\n", SAFE + "#%&()", _id, "password"),
         ("ENV MARIADB_PASSWORD={p}\n", ENV_OK, _id, "password")],
        [("ENV TRUSTSTORE_PASSWORD={p}\n", ENV_OK, _id, "password"), ("ENV MAIL_PASSWORD=\"{p}\"\n", DQ_OK, _id, "password")],
        [("ENV REPORT_DB_PASSWORD={p}\n", ENV_OK, _id, "password"), ("RUN echo 'report:{p}' | chpasswd\n", SQ_OK.replace(":", ""), _id, "password")],
    ],
    "compose-override": [[
        ("  mailer:\n    image: boky/postfix\n    environment:\n      RELAYHOST_USERNAME: apikey\n      RELAYHOST_PASSWORD: \"{p}\"\n", DQ_OK.replace("'", ""), _id, "password"),
        ("  minio:\n    environment:\n      MINIO_ROOT_USER: minio\n      MINIO_ROOT_PASSWORD: {p}\n", "!*-_.+=?~^@%&", _id, "password")],
    ],
    "direnv": [[
        ("export SMTP_PASSWORD='{p}'\n", SQ_OK, _id, "password"),
        ("export KEYSTORE_PASS={p}\n", UNQ, _id, "password")],
    ],
    "driver-urls": [
        ("spring.flyway.password={p}\n", PROP_OK, _id, "password"),
        None,
        ('replicaDSN := "ledger_ro:{p}@tcp(mysql-02.corp.local:3306)/ledger"\n', "!*-_.+=?~^@:#%&()[]{}<>,'", _id, "password"),
        ("host=pg-replica.corp.local dbname=orders user=etl_ro password={p}\n", "!*-_.+=?~^@:#%&()[]<>,", _id, "password"),
        ("jdbc:oracle:thin:report/{p}@ora-rep.corp.local:1521:REP\n", "!*-_.+=?~^#%&()[]{}<>,", _id, "password"),
        ("DATABASE_URL=postgres://app:{p}@pg-main.corp.local:5432/app?sslmode=require\n", URL_OK, url, "url-credentials"),
        ("Server=sql02.corp.local;Database=Archive;User Id=archiver;Password={p};\n", SAFE + "#%&()[]<>,", _id, "password"),
        ("account=nk-eu;user=LOADER;password={p};warehouse=LOAD_WH\n", SAFE + "#%&()[]<>,", _id, "password"),
    ],
    "install-scripts": [
        ("mysql -uroot -p\"$DB_ROOT_PASS\" -e \"CREATE USER 'app'@'localhost' IDENTIFIED BY '{p}'\"\n", SAFE + "#%&()", _id, "password"),
        ("sshpw --username=install {p} --plaintext\n", "!*-_.+=?~^@%&#", _id, "password"),
        ("d-i mirror/http/proxy string http://svc_proxy:{p}@proxy.corp.local:3128/\n", URL_OK, url, "url-credentials"),
        None,
        ("    - name: ops\n      password: {p}\n      type: text\n", "!*-_.+=?~^@%&", _id, "password"),
        ('$dsrm = ConvertTo-SecureString "{p}" -AsPlainText -Force\nInstall-ADDSForest -DomainName corp.local -SafeModeAdministratorPassword $dsrm -Force\n', DQ_OK, _id, "password"),
    ],
    "puppet-hiera": [[
        ("profile::redis::requirepass: '{p}'\n", ALLP, yaml_sq, "password"),
        ("profile::jenkins::admin_password: \"{p}\"\n", DQ_OK.replace("'", "").replace("#", ""), _id, "password")],
    ],
}


def _with_extra(dirname, fn):
    lst = EXTRA[dirname]

    def w(d, i):
        s, ext = fn(d, i)
        e = lst[i % len(lst)]
        for e in (e if isinstance(e, list) else [e]):
            if not e:
                continue
            tmpl, allow, esc, cat = e
            vals = {}
            for key in ("p", "p2"):
                if "{" + key + "}" in tmpl:
                    vals[key] = d.L(cat, esc(pw(allow)))
            vals["t"] = ts_iso()
            s = s + ("" if s.endswith("\n") else "\n") + tmpl.format(**vals)
        return s, ext
    return w


CARRIERS[:] = [(dn, _with_extra(dn, fn) if dn in EXTRA else fn, n) + tuple(rest) for dn, fn, n, *rest in CARRIERS]
