"""generic secrets and passwords in self-hosted apps, database operations, game/VoIP/media servers and mail threads"""
import json
from urllib.parse import quote
from gen_common import *


def S(d, kind=None):
    return d.L("generic-secret", d.fresh(gsecret, kind))


def P(d, style=None, bad=""):
    def gen(r, st):
        v = password(r, st)
        for c in bad:
            v = v.replace(c, "x")
        return v
    return d.L("password", d.fresh(gen, style))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def XP(d):
    """password written XML-escaped; label as written"""
    raw = d.fresh(password)
    return d.L("password", xesc(raw))


# ---------------- self-hosted apps ----------------
def vaultwarden_env(d, i):
    d.w("## Vaultwarden configuration\nDOMAIN=https://vault.%s\nSIGNUPS_ALLOWED=false\n" % d.r.choice(DOMAINS),
        "ADMIN_TOKEN=%s\n" % S(d, "b64"),
        "# ADMIN_TOKEN='$argon2id$v=19$m=65540,t=3,p=4$%s$%s'\n" % (rs(d.r, B64, 22), rs(d.r, B64, 43)),
        "PUSH_INSTALLATION_ID=%s\nPUSH_INSTALLATION_KEY=%s\n" % (uuid(d.r), S(d, "alnum")),
        "SMTP_HOST=smtp.%s\nSMTP_USERNAME=vault@%s\nSMTP_PASSWORD=%s\n" % (d.r.choice(DOMAINS), "mail.invalid", P(d)))


def plex_prefs(d, i):
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<Preferences MachineIdentifier="%s" ProcessedMachineIdentifier="%s" AnonymousMachineIdentifier="%s" ' % (uuid(d.r), sha1(d.r), uuid(d.r)),
        'FriendlyName="media-%s" PlexOnlineToken="%s" PlexOnlineUsername="%s" CertificateUUID="%s" PubSubServer="%s" AcceptedEULA="1"/>\n' % (
            rs(d.r, LOWER, 4), d.L("generic-secret", rs(d.r, ALNUM + "-_", 20)), rs(d.r, LOWER, 8), rs(d.r, HEX, 32), "208.%d.%d.%d" % (d.r.randint(0, 255), d.r.randint(0, 255), d.r.randint(1, 254)) if False else "pubsub.plex.bz"))


def arr_config(d, i):
    app = ["Sonarr", "Radarr", "Prowlarr", "Lidarr"][i % 4]
    d.w("<Config>\n  <LogLevel>info</LogLevel>\n  <Port>%d</Port>\n  <UrlBase></UrlBase>\n  <BindAddress>*</BindAddress>\n  <ApiKey>%s</ApiKey>\n" % (8989 + i, S(d, "hex32")),
        "  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <Branch>main</Branch>\n  <InstanceName>%s</InstanceName>\n  <PostgresUser>%s</PostgresUser>\n  <PostgresPassword>%s</PostgresPassword>\n</Config>\n" % (app, app.lower(), XP(d)))


def syncthing(d, i):
    d.w('<configuration version="37">\n    <folder id="%s-%s" label="Photos" path="/data/photos" type="sendreceive"></folder>\n' % (rs(d.r, LOWER + DIG, 5), rs(d.r, LOWER + DIG, 5)),
        '    <device id="%s" name="nas" compression="metadata"></device>\n' % "-".join(rs(d.r, B32, 7) for _ in range(8)),
        '    <gui enabled="true" tls="true">\n        <address>0.0.0.0:8384</address>\n        <user>admin</user>\n        <password>$2a$10$%s</password>\n        <apikey>%s</apikey>\n        <theme>default</theme>\n    </gui>\n</configuration>\n' % (rs(d.r, B64.replace("+", "."), 53), d.L("generic-secret", rs(d.r, ALNUM, 32))))


def nodered(d, i):
    d.w("module.exports = {\n    flowFile: 'flows.json',\n    credentialSecret: \"%s\",\n" % S(d),
        "    adminAuth: {\n        type: \"credentials\",\n        users: [{ username: \"admin\", password: \"$2b$08$%s\", permissions: \"*\" }]\n    },\n" % rs(d.r, B64.replace("+", "."), 53),
        "    httpNodeAuth: {user: \"hooks\", pass: \"$2b$08$%s\"},\n    uiPort: process.env.PORT || 1880,\n    functionGlobalContext: { mqttPassword: \"%s\" }\n}\n" % (rs(d.r, B64.replace("+", "."), 53), P(d)))


def zigbee2mqtt(d, i):
    d.w("homeassistant: true\npermit_join: false\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://192.168.1.%d\n  user: z2m\n  password: %s\n" % (d.r.randint(2, 250), P(d)),
        "serial:\n  port: /dev/ttyUSB0\nadvanced:\n  network_key: [%s]\n  pan_id: %d\n  ext_pan_id: [%s]\n" % (", ".join(str(d.r.randint(0, 255)) for _ in range(16)), d.r.randint(1000, 65000), ", ".join(str(d.r.randint(0, 255)) for _ in range(8))),
        "frontend:\n  port: 8080\n  auth_token: %s\n" % S(d, "alnum"))


def graylog_conf(d, i):
    d.w("is_leader = true\nnode_id_file = /etc/graylog/server/node-id\n",
        "password_secret = %s\n" % d.L("generic-secret", rs(d.r, ALNUM, 96)),
        "root_username = admin\nroot_password_sha2 = %s\n" % sha256(d.r),
        "elasticsearch_hosts = https://graylog:%s@opensearch-0:9200\n" % d.L("url-credentials|password", quote(d.fresh(password), safe="")),
        "mongodb_uri = mongodb://mongo-0:27017/graylog\ntransport_email_auth_password = %s\n" % P(d))


def mattermost_cfg(d, i):
    cfg = {"ServiceSettings": {"SiteURL": "https://chat.%s" % d.r.choice(DOMAINS), "ListenAddress": ":8065"},
           "SqlSettings": {"DriverName": "postgres", "DataSource": "postgres://mmuser:%s@db:5432/mattermost?sslmode=disable&connect_timeout=10" % d.L("url-credentials|password", d.fresh(password, "random").replace("%", "x").replace("@", "x").replace("?", "x").replace("#", "x")),
                           "AtRestEncryptKey": S(d, "alnum")},
           "FileSettings": {"PublicLinkSalt": S(d, "alnum"), "AmazonS3AccessKeyId": d.L("aws-access-key-id", d.fresh(aws_akid)), "AmazonS3SecretAccessKey": d.L("aws-secret-key", d.fresh(aws_secret))},
           "EmailSettings": {"SMTPPassword": P(d), "PushNotificationServer": "https://push.mattermost.com"},
           "GitLabSettings": {"Enable": True, "Id": rs(d.r, HEX, 64), "Secret": S(d, "hex64")}}
    d.w(jd(cfg, indent=4) + "\n")


def backstage(d, i):
    d.w("app:\n  baseUrl: https://portal.%s\nbackend:\n  auth:\n    keys:\n      - secret: %s\n" % (d.r.choice(DOMAINS), S(d, "b64")),
        "  database:\n    client: pg\n    connection:\n      host: ${POSTGRES_HOST}\n      user: backstage\n      password: %s\n" % P(d),
        "integrations:\n  github:\n    - host: github.com\n      apps:\n        - appId: %d\n          clientId: Iv23li%s\n          clientSecret: %s\n          webhookSecret: %s\n" % (d.r.randint(100000, 999999), rs(d.r, ALNUM, 14), S(d, "hex40"), S(d)),
        "auth:\n  providers:\n    microsoft:\n      production:\n        clientId: %s\n        clientSecret: ${AUTH_MICROSOFT_CLIENT_SECRET}\n        tenantId: %s\n" % (uuid(d.r), uuid(d.r)))


def telegraf(d, i):
    d.w("[agent]\n  interval = \"10s\"\n\n[[outputs.influxdb_v2]]\n  urls = [\"https://influx.%s:8086\"]\n  token = \"%s\"\n  organization = \"ops\"\n  bucket = \"telegraf\"\n\n" % (d.r.choice(DOMAINS), d.L("generic-secret", b64url(rbytes(d.r, 64)) + "==")),
        "[[inputs.mysql]]\n  servers = [\"telegraf:%s@tcp(db-%d:3306)/?tls=false\"]\n\n" % (d.L("url-credentials|password", d.fresh(password, "words").replace("@", "-").replace("%", "-")), d.r.randint(1, 9)),
        "[[inputs.snmp]]\n  agents = [\"udp://10.0.0.1:161\"]\n  version = 3\n  sec_name = \"monitor\"\n  auth_protocol = \"SHA\"\n  auth_password = \"%s\"\n  priv_password = \"%s\"\n" % (P(d), P(d)))


def filebeat(d, i):
    kid = rs(d.r, ALNUM + "-_", 20)
    d.w("filebeat.inputs:\n  - type: filestream\n    id: app-logs\n    paths: [/var/log/app/*.log]\n\noutput.elasticsearch:\n  hosts: [\"https://es.%s:9243\"]\n" % d.r.choice(DOMAINS),
        "  api_key: \"%s:%s\"\n" % (kid, d.L("generic-secret", rs(d.r, ALNUM + "-_", 22))),
        "\nsetup.kibana:\n  host: \"https://kb.%s\"\n  username: elastic\n  password: \"%s\"\n\ncloud.id: \"prod:%s\"\n" % (d.r.choice(DOMAINS), P(d), base64_like(d)))


def base64_like(d):
    import base64
    return base64.b64encode(("eu-north-1.aws.elastic-cloud.com$%s$%s" % (rs(d.r, HEX, 32), rs(d.r, HEX, 32))).encode()).decode()


def pulsar_conf(d, i):
    t = d.fresh(lambda r: jwt(r, None, "HS256", iss="pulsar"))
    d.w("webServiceUrl=https://pulsar.%s:8443/\nbrokerServiceUrl=pulsar+ssl://pulsar.%s:6651/\n" % (d.r.choice(DOMAINS), d.r.choice(DOMAINS)),
        "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:%s\n" % d.L("jwt|generic-secret", t),
        "tlsAllowInsecureConnection=false\ntlsTrustCertsFilePath=/etc/ssl/certs/ca.pem\n")


def authentik_env(d, i):
    d.w("PG_PASS=%s\nAUTHENTIK_SECRET_KEY=%s\nAUTHENTIK_ERROR_REPORTING__ENABLED=false\n" % (P(d), S(d, "b64")),
        "AUTHENTIK_EMAIL__HOST=smtp.%s\nAUTHENTIK_EMAIL__USERNAME=idp\nAUTHENTIK_EMAIL__PASSWORD=%s\nAUTHENTIK_EMAIL__FROM=idp@%s\n" % (d.r.choice(DOMAINS), P(d), "mail.invalid"),
        "COMPOSE_PORT_HTTP=80\nAUTHENTIK_TAG=2024.10.%d\n" % d.r.randint(1, 5))


def n8n_env(d, i):
    d.w("N8N_HOST=automation.%s\nN8N_PROTOCOL=https\nN8N_ENCRYPTION_KEY=%s\n" % (d.r.choice(DOMAINS), S(d)),
        "DB_TYPE=postgresdb\nDB_POSTGRESDB_PASSWORD=%s\nN8N_USER_MANAGEMENT_JWT_SECRET=%s\nWEBHOOK_URL=https://automation.%s/\nGENERIC_TIMEZONE=Europe/Stockholm\n" % (P(d), S(d, "hex64"), d.r.choice(DOMAINS)))


def artifactory(d, i):
    d.w("configVersion: 1\nshared:\n  node:\n    id: art-%d\n  database:\n    type: postgresql\n    driver: org.postgresql.Driver\n    url: jdbc:postgresql://db:5432/artifactory\n    username: artifactory\n    password: %s\n" % (d.r.randint(1, 3), P(d)),
        "  security:\n    joinKey: %s\n    masterKeyFile: /opt/jfrog/artifactory/var/etc/security/master.key\n" % S(d, "hex32"),
        "# master.key (hex, 256 bit)\n# %s\n" % d.L("generic-secret", rs(d.r, HEX, 64)))


# ---------------- database operations ----------------
def patroni(d, i):
    d.w("scope: pg-%s\nnamespace: /service/\nname: pg-%d\n\nrestapi:\n  listen: 0.0.0.0:8008\n  authentication:\n    username: patroni\n    password: %s\n\n" % (rs(d.r, LOWER, 4), d.r.randint(0, 2), P(d)),
        "postgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /var/lib/postgresql/16/main\n  authentication:\n    superuser:\n      username: postgres\n      password: '%s'\n    replication:\n      username: replicator\n      password: '%s'\n    rewind:\n      username: rewind_user\n      password: %s\n" % (P(d), P(d), P(d)),
        "  pg_hba:\n  - host replication replicator 10.0.0.0/8 scram-sha-256\n")


def repmgr(d, i):
    d.w("node_id=%d\nnode_name='pg%d'\nconninfo='host=pg%d.internal user=repmgr dbname=repmgr password=%s connect_timeout=2'\ndata_directory='/var/lib/postgresql/16/main'\n" % (i + 1, i + 1, i + 1, P(d, "random", bad="'")),
        "# postgresql.auto.conf on the standby\nprimary_conninfo = 'user=replicator password=%s host=pg1.internal port=5432 sslmode=prefer application_name=pg%d'\n" % (P(d), i + 1))


def proxysql(d, i):
    d.w("datadir=\"/var/lib/proxysql\"\nadmin_variables=\n{\n    admin_credentials=\"admin:%s;radmin:%s\"\n    mysql_ifaces=\"0.0.0.0:6032\"\n}\n" % (P(d, "random", bad=';:'), P(d, "words")),
        "mysql_variables=\n{\n    monitor_username=\"monitor\"\n    monitor_password=\"%s\"\n}\n" % P(d),
        "mysql_users=\n(\n    { username = \"app\", password = \"%s\", default_hostgroup = 0 },\n    { username = \"legacy\", password = \"*%s\", default_hostgroup = 1 }\n)\n" % (P(d), rs(d.r, "0123456789ABCDEF", 40)))


def orchestrator(d, i):
    d.w(jd({"Debug": False, "MySQLTopologyUser": "orchestrator", "MySQLTopologyPassword": P(d), "MySQLOrchestratorHost": "127.0.0.1",
                    "MySQLOrchestratorPassword": P(d), "RaftEnabled": True, "RaftNodes": ["10.0.1.%d" % k for k in range(3)], "HostnameResolveMethod": "default"}, indent=2) + "\n")


def maxscale(d, i):
    d.w("[maxscale]\nthreads=auto\n\n[server1]\ntype=server\naddress=10.0.2.11\nport=3306\n\n[Galera-Monitor]\ntype=monitor\nmodule=galeramon\nservers=server1\nuser=maxmon\npassword=%s\n\n" % P(d),
        "[RW-Service]\ntype=service\nrouter=readwritesplit\nuser=maxsvc\npassword=%s\n\n" % d.L("password", rs(d.r, "0123456789ABCDEF", 32) if False else d.fresh(password)),
        "# galera node my.cnf\n[galera]\nwsrep_sst_method=mariabackup\nwsrep_sst_auth=mariabackup:%s\n" % P(d, "random", bad=':'))


def clickhouse_users(d, i):
    d.w("<clickhouse>\n    <users>\n        <default>\n            <password_sha256_hex>%s</password_sha256_hex>\n            <networks><ip>::1</ip></networks>\n        </default>\n" % sha256(d.r),
        "        <etl>\n            <password>%s</password>\n            <profile>default</profile>\n        </etl>\n" % XP(d),
        "        <grafana>\n            <password>%s</password>\n            <readonly>1</readonly>\n        </grafana>\n    </users>\n</clickhouse>\n" % XP(d))


def couchdb_ini(d, i):
    d.w("[couchdb]\nuuid = %s\n\n[chttpd_auth]\nsecret = %s\n\n[admins]\nadmin = %s\nbackup = -pbkdf2:sha256-%s,%s,600000\n" % (rs(d.r, HEX, 32), S(d, "hex32"), P(d), rs(d.r, HEX, 64), rs(d.r, HEX, 32)))


def activemq(d, i):
    d.w("## credentials.properties\nactivemq.username=system\nactivemq.password=%s\nguest.password=%s\n\n## jetty-realm.properties\nadmin: %s, admin\nuser: ENC(%s), user\n" % (P(d), P(d), P(d), rs(d.r, B64, 24)))


def nats_conf(d, i):
    d.w("port: 4222\nhttp: 8222\nauthorization {\n  users = [\n    {user: ingest, password: \"%s\"}\n    {user: reader, password: \"$2a$11$%s\"}\n  ]\n}\n" % (P(d), rs(d.r, B64.replace("+", "."), 53)),
        "cluster {\n  name: c1\n  authorization { user: route, password: %s }\n}\nleafnodes { remotes = [ { url: \"nats-leaf://leaf:%s@hub.%s:7422\" } ] }\n" % (P(d, "mixed", bad='$#%?'), d.L("url-credentials|password", rs(d.r, ALNUM, 20)), d.r.choice(DOMAINS)))


def redis_monitor(d, i):
    ts = 1764800000.0 + d.r.random() * 1e6
    pw = d.fresh(password, "random").replace('"', "x").replace("\\", "x")
    d.w("$ redis-cli -h cache-%d MONITOR\nOK\n" % d.r.randint(1, 9),
        '%.6f [0 10.0.4.%d:%d] "AUTH" "app" "%s"\n' % (ts, d.r.randint(2, 250), d.r.randint(30000, 60000), d.L("password", pw)),
        '%.6f [0 10.0.4.%d:%d] "HSET" "session:%s" "csrf" "%s"\n' % (ts + 0.01, d.r.randint(2, 250), d.r.randint(30000, 60000), uuid(d.r), rs(d.r, ALNUM, 32)),
        '%.6f [0 10.0.4.%d:%d] "SET" "apikey:partner:%d" "%s"\n' % (ts + 0.02, d.r.randint(2, 250), d.r.randint(30000, 60000), d.r.randint(100, 999), S(d)),
        '%.6f [0 10.0.4.%d:%d] "CONFIG" "SET" "masterauth" "%s"\n' % (ts + 0.03, d.r.randint(2, 250), d.r.randint(30000, 60000), P(d, "random", bad='"\\')))


def sqlplus_spool(d, i):
    d.w("SQL*Plus: Release 19.0.0.0.0 - Production on %s Nov %d 10:12:33 2026\n\nSQL> CREATE USER app_%s IDENTIFIED BY \"%s\" DEFAULT TABLESPACE users;\n\nUser created.\n\n" % (d.r.choice(["Mon", "Tue"]), d.r.randint(1, 28), rs(d.r, LOWER, 4), P(d, "random", bad='"')),
        "SQL> ALTER USER reporting IDENTIFIED BY %s;\n\nUser altered.\n\nSQL> ALTER USER sys IDENTIFIED BY VALUES 'S:%s';\n\nUser altered.\n\nSQL> CONNECT scott/%s@//db.%s:1521/ORCLPDB1\nConnected.\n" % (
            P(d, "words", bad='.@-!#%&*$'), rs(d.r, "0123456789ABCDEF", 60), P(d, "mixed", bad='@/'), d.r.choice(DOMAINS)))


def sqlite_users(d, i):
    d.w("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, email TEXT, password TEXT, pw_hash TEXT, api_key TEXT);\n")
    for k in range(d.r.randint(3, 5)):
        f, l = person(d.r)
        em = d.L("email", d.fresh(email, f, l))
        pw = d.fresh(password).replace("'", "")
        d.w("INSERT INTO users VALUES(%d,'%s','%s','%s',NULL,'%s');\n" % (k + 1, deaccent(f)[:6] + str(k), em, d.L("password", pw), S(d, "hex40")))
    d.w("INSERT INTO users VALUES(99,'migrated','ops@mail.invalid',NULL,'$2y$10$%s',NULL);\nCOMMIT;\n" % rs(d.r, B64.replace("+", "."), 53))


# ---------------- VoIP, game, media and hardware servers ----------------
def pjsip(d, i):
    d.w("[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n\n")
    for k in range(d.r.randint(2, 4)):
        ext = 100 + k
        d.w("[%d]\ntype=endpoint\ncontext=internal\nauth=%d-auth\naors=%d\n\n[%d-auth]\ntype=auth\nauth_type=userpass\nusername=%d\npassword=%s\n\n" % (ext, ext, ext, ext, ext, P(d, "random", bad=';')))
    d.w("[trunk-auth]\ntype=auth\nauth_type=md5\nusername=trunk\nmd5_cred=%s\n" % rs(d.r, HEX, 32))


def freeswitch_user(d, i):
    d.w('<include>\n  <user id="%d">\n    <params>\n      <param name="password" value="%s"/>\n      <param name="vm-password" value="%d"/>\n      <param name="a1-hash" value="%s"/>\n    </params>\n' % (1000 + i, XP(d), d.r.randint(1000, 9999), rs(d.r, HEX, 32)),
        '    <variables>\n      <variable name="effective_caller_id_number" value="%d"/>\n    </variables>\n  </user>\n</include>\n' % (1000 + i))


def icecast(d, i):
    d.w("<icecast>\n  <location>Earth</location>\n  <admin>icemaster@%s</admin>\n  <authentication>\n    <source-password>%s</source-password>\n    <relay-password>%s</relay-password>\n    <admin-user>admin</admin-user>\n    <admin-password>%s</admin-password>\n  </authentication>\n</icecast>\n" % ("localhost", XP(d), XP(d), XP(d)))


def murmur(d, i):
    d.w("; Murmur configuration file\ndatabase=/var/lib/mumble-server/mumble-server.sqlite\nwelcometext=\"<br />Welcome to the guild server.<br />\"\nport=64738\nserverpassword=%s\nbandwidth=72000\nusers=100\nregisterName=Guild\n" % P(d, "words"))


def minecraft(d, i):
    d.w("#Minecraft server properties\n#%s Nov %02d 18:22:10 UTC 2026\nenable-rcon=true\nrcon.port=25575\nrcon.password=%s\nlevel-seed=%d\nmotd=A Minecraft Server\nserver-port=25565\nwhite-list=true\n" % (
        d.r.choice(["Mon", "Sat"]), d.r.randint(1, 28), P(d), d.r.randint(-2 ** 62, 2 ** 62)))


def gameservers(d, i):
    k = i % 4
    if k == 0:
        d.w("// server.cfg\nhostname \"EU #%d | 128 tick\"\nrcon_password \"%s\"\nsv_password \"%s\"\nsv_setsteamaccount %s\n" % (i, P(d, "random", bad='"'), P(d, "words"), d.L("generic-secret", rs(d.r, "0123456789ABCDEF", 32))))
    elif k == 1:
        d.w("[ServerSettings]\nServerAdminPassword=%s\nServerPassword=%s\nDifficultyOffset=1.0\nMaxPlayers=70\n[SessionSettings]\nSessionName=Tribe-%d\n" % (P(d), P(d, "words"), d.r.randint(10, 99)))
    elif k == 2:
        d.w(jd({"name": "Factory %d" % i, "visibility": {"public": False, "lan": True}, "username": "", "token": S(d, "hex32"), "game_password": P(d), "require_user_verification": True, "max_upload_in_kilobytes_per_second": 0}, indent=2) + "\n")
    else:
        d.w("#!/bin/sh\n./valheim_server.x86_64 -name \"Nordheim\" -port 2456 -world \"Dedicated\" -password \"%s\" -public 0 -savedir /data\n" % P(d, "words"))


def hw_history(d, i):
    cmds = [
        lambda: "ipmitool -I lanplus -H 10.10.0.%d -U ADMIN -P '%s' chassis power status" % (d.r.randint(2, 250), P(d, "random", bad="'")),
        lambda: "export GOVC_URL=vcenter.corp.local GOVC_USERNAME='VSPHERE.LOCAL\\svc-govc' GOVC_PASSWORD='%s'" % P(d, "random", bad="'"),
        lambda: "qm set %d --ciuser deploy --cipassword '%s' --sshkeys ~/.ssh/id_ed25519.pub" % (d.r.randint(100, 999), P(d, "random", bad="'")),
        lambda: "x11vnc -display :0 -passwd %s -forever -shared" % P(d, "words", bad='$&*'),
        lambda: "pveum passwd backup@pve --password '%s'" % P(d, "random", bad="'"),
        lambda: "smbpasswd -a svcscan <<< $'%s\\n%s'" % ((lambda p: (p, p))(P(d, "words", bad="'"))),
    ]
    order = list(range(len(cmds)))
    d.r.shuffle(order)
    n = d.r.randint(300, 900)
    for k, j in enumerate(order[:d.r.randint(3, 6)]):
        d.w("%5d  %s\n%5d  %s\n" % (n + 2 * k, cmds[j](), n + 2 * k + 1, d.r.choice(["ls", "history | grep -c ssh", "ipmitool -H 10.10.0.9 -U ADMIN -P \"$IPMI_PW\" sel list", "govc ls /dc1/vm"])))


def putty_reg(d, i):
    pw = d.fresh(password).replace('"', "").replace("\\", "")
    d.w("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump-%s]\r\n\"HostName\"=\"jump.%s\"\r\n\"PortNumber\"=dword:00000016\r\n" % (rs(d.r, LOWER, 3), d.r.choice(DOMAINS)),
        "\"ProxyMethod\"=dword:00000003\r\n\"ProxyHost\"=\"proxy.corp.local\"\r\n\"ProxyUsername\"=\"svc-proxy\"\r\n\"ProxyPassword\"=\"%s\"\r\n\"PublicKeyFile\"=\"C:\\\\Users\\\\ops\\\\.ssh\\\\id.ppk\"\r\n" % d.L("password", pw))


# ---------------- mail threads with quoted replies ----------------
MAILTXT = {
    "sv": ("Hej", "Lösenordet till det delade kontot är {pw} – byt det efter första inloggningen.", "Tack! Funkar.", "Den %s skrev"),
    "de": ("Hallo", "das Passwort für den Testzugang lautet {pw}, bitte nicht weitergeben.", "Danke, klappt.", "Am %s schrieb"),
    "fr": ("Bonjour", "le mot de passe du compte de service est {pw} (à changer au premier login).", "Merci, c'est bon.", "Le %s, a écrit"),
    "es": ("Hola", "la contraseña del usuario de pruebas es {pw}; cámbiala cuando puedas.", "Gracias, ya entro.", "El %s escribió"),
    "nl": ("Hoi", "het wachtwoord voor de beheeromgeving is {pw}, graag direct wijzigen.", "Top, werkt.", "Op %s schreef"),
    "pt": ("Olá", "a senha provisória do painel é {pw} e expira em 24 horas.", "Obrigado!", "Em %s escreveu"),
    "en": ("Hi", "the temporary password for the vendor portal is {pw} - please rotate it after login.", "Thanks, in now.", "On %s wrote"),
    "it": ("Ciao", "la password dell'account condiviso è {pw}, cambiala al primo accesso.", "Grazie, funziona.", "Il %s ha scritto"),
    "pl": ("Cześć", "hasło do konta testowego to {pw} – zmień je po pierwszym logowaniu.", "Dzięki, działa.", "W dniu %s napisał"),
}


def mail_thread(d, i):
    lang = sorted(MAILTXT)[i % len(MAILTXT)]
    hi, body, thx, on = MAILTXT[lang]
    f1, l1 = person(d.r)
    f2, l2 = person(d.r)
    e1 = d.L("email", d.fresh(email, f1, l1))
    e2 = d.L("email", d.fresh(email, f2, l2))
    pw = d.L("password", d.fresh(password, d.r.choice(["words", "random", "mixed"])))
    ph = d.L("phone", d.fresh(phone))
    date = "2026-11-%02d %02d:%02d" % (d.r.randint(1, 28), d.r.randint(8, 17), d.r.randint(0, 59))
    d.w("From: %s %s <%s>\nTo: %s %s <%s>\nSubject: Re: Re: %s\nDate: Thu, %d Nov 2026 10:%02d:00 +0100\nMessage-ID: <%s@mail.%s>\nIn-Reply-To: <%s@mail.%s>\nContent-Type: text/plain; charset=utf-8\n\n" % (
        f2, l2, e2, f1, l1, e1, "access", d.r.randint(1, 28), d.r.randint(0, 59), rs(d.r, HEX, 20), d.r.choice(DOMAINS), rs(d.r, HEX, 20), d.r.choice(DOMAINS)),
        "%s\n\n%s\n\n%s\n\n" % (thx, f2, on % date + " %s <%s>:" % (f1, e1)),
        "> %s %s,\n>\n> %s\n>\n> /%s\n> %s\n" % (hi, f2, body.format(pw=pw), f1, ph),
        ">\n> > %s <%s>:\n> > %s\n" % (on % date, e2, {"sv": "Kan du skicka inloggningen till portalen? Det gamla lösenordet (********) funkar inte.", "en": "Could you send me the login? The old one (********) no longer works."}.get(lang, "Login? ******** no longer works.")))


BUILDERS = [
    ("selfhost", "vaultwarden", "env", vaultwarden_env, 5), ("selfhost", "Preferences", "xml", plex_prefs, 4), ("selfhost", "arr-config", "xml", arr_config, 4),
    ("selfhost", "syncthing-config", "xml", syncthing, 4), ("selfhost", "settings", "js", nodered, 4), ("selfhost", "zigbee2mqtt", "yaml", zigbee2mqtt, 4),
    ("selfhost", "graylog-server", "conf", graylog_conf, 4), ("selfhost", "mattermost-config", "json", mattermost_cfg, 5), ("selfhost", "app-config.production", "yaml", backstage, 5),
    ("selfhost", "telegraf", "conf", telegraf, 5), ("selfhost", "filebeat", "yml", filebeat, 4), ("selfhost", "pulsar-client", "conf", pulsar_conf, 4),
    ("selfhost", "authentik", "env", authentik_env, 4), ("selfhost", "n8n", "env", n8n_env, 4), ("selfhost", "artifactory-system", "yaml", artifactory, 4),
    ("dbops", "patroni", "yml", patroni, 5), ("dbops", "repmgr", "conf", repmgr, 4), ("dbops", "proxysql", "cnf", proxysql, 4), ("dbops", "orchestrator", "conf.json", orchestrator, 4),
    ("dbops", "maxscale", "cnf", maxscale, 4), ("dbops", "users", "xml", clickhouse_users, 4), ("dbops", "couchdb-local", "ini", couchdb_ini, 4),
    ("dbops", "activemq-credentials", "properties", activemq, 4), ("dbops", "nats-server", "conf", nats_conf, 4), ("dbops", "redis-monitor", "txt", redis_monitor, 5),
    ("dbops", "sqlplus-spool", "lst", sqlplus_spool, 4), ("dbops", "legacy-users", "sql", sqlite_users, 5),
    ("servers", "pjsip", "conf", pjsip, 4), ("servers", "directory-user", "xml", freeswitch_user, 4), ("servers", "icecast", "xml", icecast, 3), ("servers", "murmur", "ini", murmur, 3),
    ("servers", "server", "properties", minecraft, 4), ("servers", "gameserver", "cfg", gameservers, 8), ("servers", "admin-history", "txt", hw_history, 6), ("servers", "putty-sessions", "reg", putty_reg, 4),
    ("mail", "thread", "eml", mail_thread, 18),
]
