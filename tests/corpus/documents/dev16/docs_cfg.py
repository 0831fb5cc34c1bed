"""Generic secrets and passwords in self-hosted apps, mail, VoIP, VPN, integration platforms and code."""
import json
import values as V
from values import R
from core import Doc

XMLSYM = "!#%*+-=?@^_~.,:;"
YSYM = "!%*+-=?@^_~.,"


def G(d, kind=None):
    return d.S("generic-secret", V.secret(kind))


def PW(d, kind=None, symbols=V.SYM):
    return d.S("password", V.password(kind, symbols))


def PH():
    return R.choice(["changeme", "********", "${DB_PASSWORD}", "<redacted>", "xxx", "{{ db_password }}", "CHANGE_ME", "%(DB_PASS)s", "REPLACE_ME"])


def t(fmt="%Y-%m-%dT%H:%M:%SZ"):
    return V.ts().strftime(fmt)


def selfhosted():
    d = Doc("forgejo-app-ini/custom/conf/app.ini")
    internal = d.S("jwt|generic-secret", V.jwt(alg="HS256", extra={"nbf": 1764900000}, iss=None) if False else V.jwt(alg="HS256"))
    vals = dict(dbpw=PW(d, "random", YSYM), secret=G(d, "an48"), internal=internal, jwt=G(d, "b64u"), lfs=G(d, "b64u"),
                smtp=PW(d, "human"), ldap=PW(d, "random", YSYM))
    d.set('''APP_NAME = Kvarnholm Git
RUN_MODE = prod
RUN_USER = git
WORK_PATH = /var/lib/forgejo

[database]
DB_TYPE  = postgres
HOST     = pg-git.kvarnholm.internal:5432
NAME     = forgejo
USER     = forgejo
PASSWD   = `{dbpw}`
SSL_MODE = require

[security]
INSTALL_LOCK       = true
SECRET_KEY         = {secret}
INTERNAL_TOKEN     = {internal}
PASSWORD_HASH_ALGO = pbkdf2_hi

[oauth2]
JWT_SECRET = {jwt}

[server]
LFS_START_SERVER = true
LFS_JWT_SECRET   = {lfs}
SSH_DOMAIN       = git.kvarnholm.se

[mailer]
ENABLED   = true
PROTOCOL  = smtps
SMTP_ADDR = smtp.kvarnholm.se
SMTP_PORT = 465
USER      = git-noreply@kvarnholm.se
PASSWD    = `{smtp}`

; auth source (from admin UI export)
; bind_password = {ldap}
'''.format(**vals))

    for n in range(2):
        d = Doc("owncloud-config/config%s.php" % ("" if n == 0 else ".staging"))
        v = dict(salt=G(d, "an32"), secret=G(d, "b64_64"), db=PW(d, "random"), smtp=PW(d, "human"),
                 objkey=d.S("aws-access-key-id", V.akid()), objsec=d.S("aws-secret-key", V.aws_secret()),
                 iid=d.N("oc" + V.rs(V.LO + V.DG, 10)), redis=PW(d, "alnum"))
        d.set('''<?php
$CONFIG = array (
  'instanceid' => '{iid}',
  'passwordsalt' => '{salt}',
  'secret' => '{secret}',
  'trusted_domains' =>
  array (
    0 => 'moln.kvarnholm.se',
  ),
  'datadirectory' => '/var/www/owncloud/data',
  'dbtype' => 'mysql',
  'version' => '10.15.0.2',
  'dbname' => 'owncloud',
  'dbhost' => 'db-moln:3306',
  'dbtableprefix' => 'oc_',
  'mysql.utf8mb4' => true,
  'dbuser' => 'owncloud',
  'dbpassword' => '{db}',
  'mail_smtpmode' => 'smtp',
  'mail_smtphost' => 'smtp.kvarnholm.se',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'moln@kvarnholm.se',
  'mail_smtppassword' => '{smtp}',
  'memcache.locking' => '\\\\OC\\\\Memcache\\\\Redis',
  'redis' => array('host' => 'redis-moln', 'port' => 6379, 'password' => '{redis}'),
  'objectstore' => array(
    'class' => 'OCA\\\\Files_Primary_S3\\\\S3Storage',
    'arguments' => array(
      'bucket' => 'kvh-owncloud',
      'options' => array(
        'credentials' => array('key' => '{objkey}', 'secret' => '{objsec}'),
        'region' => 'eu-north-1',
      ),
    ),
  ),
  'installed' => true,
);
'''.format(**v))

    d = Doc("gerrit-config/etc/secure.config")
    v = dict(db=PW(d, "random"), reg=G(d, "b64"), rest=G(d, "b64"), smtp=PW(d, "human"), ldap=PW(d, "random_long"),
             remote=PW(d, "alnum"), oauth=G(d, "an40"), cid=d.N(V.uuid()))
    d.set('''[database]
	password = {db}
[auth]
	registerEmailPrivateKey = {reg}
	restTokenPrivateKey = {rest}
[ldap]
	password = {ldap}
[sendemail]
	smtpPass = {smtp}
[remote "github-mirror"]
	password = {remote}
[plugin "gerrit-oauth-provider-keycloak-oauth"]
	client-id = {cid}
	client-secret = {oauth}
'''.format(**v))

    d = Doc("phabricator-config/conf/local/local.json")
    v = {"mysql.host": "db-phab.kvarnholm.internal", "mysql.user": "phab", "mysql.pass": PW(d, "random"),
         "phabricator.base-uri": "https://phab.kvarnholm.se/",
         "security.hmac-key": G(d, "an32"),
         "cluster.mailers": [{"key": "outbound-mail", "type": "smtp", "options": {"host": "smtp.kvarnholm.se", "port": 587, "user": "phab@kvarnholm.se", "password": PW(d, "human"), "protocol": "tls"}}],
         "files.enable-imagemagick": True,
         "recaptcha.public-key": d.N("6L" + V.rs(V.B64U, 38)), "recaptcha.private-key": G(d, "b64u"),
         "conduit.robot-token": d.S("generic-secret", "api-" + V.rs(V.LO + V.DG, 28)),
         "diffusion.ssh-user": "git", "storage.local-disk.path": "/var/phab/files"}
    d.set(json.dumps(v, indent=2))

    d = Doc("redmine-config/config/configuration.yml")
    v = dict(smtp=PW(d, "human", YSYM), scm=PW(d, "alnum"), key=G(d, "hex64"))
    d.set('''production:
  email_delivery:
    delivery_method: :smtp
    smtp_settings:
      address: "smtp.kvarnholm.se"
      port: 587
      domain: "kvarnholm.se"
      authentication: :login
      user_name: "redmine@kvarnholm.se"
      password: "{smtp}"
  scm_subversion_command: svn
  # scm credentials used by the repository fetch cron
  scm_password: '{scm}'
  database_cipher_key: {key}
  rmagick_font_path:
'''.format(**v))
    d = Doc("redmine-config/config/database.yml")
    v = dict(p1=PW(d, "random", YSYM), p2=PW(d, "phrase"))
    d.set('''production:
  adapter: mysql2
  database: redmine
  host: db-redmine.kvarnholm.internal
  username: redmine
  password: "{p1}"
  encoding: utf8mb4

development:
  adapter: mysql2
  database: redmine_dev
  host: localhost
  username: root
  password: "{p2}"

test:
  adapter: mysql2
  database: redmine_test
  host: localhost
  username: root
  password: ""
'''.format(**v))

    d = Doc("trac-ini/conf/trac.ini")
    dbpw = V.password("random", "!*-_~.")
    enc = V.urlq(dbpw)
    d.S("url-credentials|password", enc)
    v = dict(smtp=PW(d, "human"), enc=enc, key=G(d, "hex32"))
    d.set('''[trac]
base_url = https://trac.kvarnholm.se/legacy
database = postgres://trac:{enc}@pg-legacy.kvarnholm.internal/trac
repository_sync_per_request =

[notification]
smtp_enabled = true
smtp_server = smtp.kvarnholm.se
smtp_port = 587
smtp_user = trac@kvarnholm.se
smtp_password = {smtp}
use_tls = true

[components]
tracopt.versioncontrol.git.* = enabled

[github]
webhook_secret = {key}
'''.format(**v))


def mailservers():
    d = Doc("mailcow-conf/mailcow.conf")
    v = dict(db=G(d, "an32"), root=G(d, "an32"), redis=G(d, "an32"), api=d.S("generic-secret", "-".join(V.rs("ABCDEF0123456789", 6) for _ in range(5))),
             apiro=d.S("generic-secret", "-".join(V.rs("ABCDEF0123456789", 6) for _ in range(5))))
    # mailcow generates DBPASS etc. as random alnum strings; the script names them passwords
    for k in ("db", "root", "redis"):
        d.labels = [("password" if val == v[k] else c, val) for c, val in d.labels]
    d.set('''# ------------------------------
# mailcow web ui configuration
# ------------------------------
# example.org is _not_ a valid hostname, use a fqdn here.
# Default admin user is "admin"
# Default password is "moohoo"

MAILCOW_HOSTNAME=mail.kvarnholm.se
MAILCOW_PASS_SCHEME=BLF-CRYPT

# ------------------------------
# SQL database configuration
# ------------------------------
DBNAME=mailcow
DBUSER=mailcow

# Please use long, random alphanumeric strings (A-Za-z0-9)
DBPASS={db}
DBROOT={root}

# ------------------------------
# REDIS configuration
# ------------------------------
REDISPASS={redis}

HTTP_PORT=80
HTTPS_PORT=443
TZ=Europe/Stockholm
COMPOSE_PROJECT_NAME=mailcowdockerized

# Create or override an API key for the web UI
API_KEY={api}
API_KEY_READ_ONLY={apiro}
API_ALLOW_FROM=172.22.1.1,127.0.0.1
'''.format(**v))

    d = Doc("mailcow-conf/api-add-mailboxes.sh")
    key = G(d, None) if False else d.S("generic-secret", "-".join(V.rs("ABCDEF0123456789", 6) for _ in range(5)))
    lines = ["#!/bin/sh", "# bulk create mailboxes for the autumn interns", "API=https://mail.kvarnholm.se/api/v1", "KEY='%s'" % key, ""]
    for i in range(16):
        fn, ln = V.se_name()
        pw = PW(d, R.choice(["human", "pin_word", "phrase"]), "!%*+-=?@^_~.,")
        lines.append('curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \\\n  -d \'{"local_part":"%s.%s","domain":"kvarnholm.se","name":"%s %s","quota":"3072","password":"%s","password2":"%s","active":"1"}\'' % (
            fn.lower(), ln.lower().replace("ö", "o").replace("å", "a").replace("ä", "a"), fn, ln, pw, pw))
    d.set("\n".join(lines))

    d = Doc("zimbra-zmprov/zmlocalconfig-s.txt")
    keys = ["ldap_root_password", "ldap_amavis_password", "ldap_nginx_password", "ldap_postfix_password", "ldap_replication_password",
            "mysql_root_password", "zimbra_mysql_password", "zimbra_ldap_password", "av_notify_password"]
    lines = ["zimbra@mail01:~$ zmlocalconfig -s | grep -i pass"]
    for k in sorted(keys):
        lines.append("%s = %s" % (k, PW(d, "alnum")))
    lines += ["ldap_starttls_supported = 1", "mailboxd_keystore_password = %s" % PW(d, "alnum"),
              "mailboxd_truststore_password = changeit", "postfix_sasl_password = ", "ssl_default_digest = sha256",
              "zimbra_ldap_userdn = uid=zimbra,cn=admins,cn=zimbra"]
    d.set("\n".join(lines))

    d = Doc("zimbra-zmprov/provision-batch.zmp")
    lines = ["# zmprov -f provision-batch.zmp   (run as zimbra)", "cd kvarnholm.se"]
    for i in range(20):
        fn, ln = V.se_name()
        pw = PW(d, R.choice(["human", "pin_word", "random"]), "!%*+-=?@^_~.,:")
        uid = "%s.%s" % (fn.lower(), ln.lower().replace("ö", "o").replace("å", "a").replace("ä", "a"))
        lines.append("ca %s@kvarnholm.se '%s' displayName '%s %s' zimbraPasswordMustChange TRUE" % (uid, pw, fn, ln))
    lines.append("ma helpdesk@kvarnholm.se userPassword '{SSHA512}%s'" % d.N(V.rs(V.B64, 88)))
    lines.append("# sp = setPassword; the policy says min 10 chars, 1 digit: zimbraPasswordMinLength 10")
    d.set("\n".join(lines))

    d = Doc("iredmail-conf/iRedMail.tips")
    v = dict(vmail=PW(d, "alnum"), vadmin=PW(d, "alnum"), root=PW(d, "alnum"), amavis=PW(d, "alnum"), iredapd=PW(d, "alnum"),
             rc=PW(d, "alnum"), sogo=PW(d, "alnum"), postmaster=PW(d, "human"), netdata=PW(d, "alnum"), dkim=d.N(V.rs(V.B64, 64)))
    d.set('''Admin of domain kvarnholm.se:

    * Account: postmaster@kvarnholm.se
    * Password: {postmaster}

    You can login to iRedAdmin with this account, login name is full email address.

First mail user:
    * Username: postmaster@kvarnholm.se
    * Password: {postmaster}
    * SMTP/IMAP auth type: login
    * Connection security: STARTTLS or SSL/TLS

Files stored in /var/vmail.

MySQL:
    * Root user: root, Password: "{root}" (without quotes)
    * Bind account (read-only):
        - Username: vmail, Password: {vmail}
    * Vmail admin (read-write):
        - Username: vmailadmin, Password: {vadmin}

Amavisd-new:
    * Database user: amavisd
    * Database password: {amavis}
    * DKIM DNS record (public key): v=DKIM1; p={dkim}

iRedAPD:
    * Database user: iredapd
    * Database password: {iredapd}

Roundcube webmail: https://mail.kvarnholm.se/mail/
    * Database user: roundcube
    * Database password: {rc}

SOGo:
    * Database user: sogo
    * Database password: {sogo}

netdata (monitor): https://mail.kvarnholm.se/netdata/
    * Username: postmaster@kvarnholm.se
    * Password: {netdata}
'''.format(**v))

    d = Doc("postal-config/postal.yml")
    v = dict(db=PW(d, "random", YSYM), msg=PW(d, "random", YSYM), rabbit=PW(d, "alnum"), skb=G(d, "hex64"), smtp=PW(d, "human", YSYM),
             signing=d.N(V.rs(V.HEX, 40)))
    d.set('''version: 2

postal:
  web_hostname: postal.kvarnholm.se
  web_protocol: https
  smtp_hostname: postal.kvarnholm.se

main_db:
  host: db-postal
  username: postal
  password: "{db}"
  database: postal

message_db:
  host: db-postal
  username: root
  password: "{msg}"
  prefix: postal

rabbitmq:
  host: rabbitmq
  username: postal
  password: {rabbit}
  vhost: postal

rails:
  secret_key: {skb}

smtp:
  host: smtp-relay.kvarnholm.se
  port: 587
  username: postal-relay
  password: "{smtp}"
  from_name: Postal
  from_address: postal@kvarnholm.se

# fingerprint of signing.key (public): {signing}
'''.format(**v))

    d = Doc("esp-webhook-logs/inbound-events-2026-11-26.jsonl")
    lines = []
    for i in range(20):
        sk = G(d, R.choice(["b64", "an32", "hex64", "whsec"]))
        lines.append(json.dumps({"ts": t(), "level": "debug", "msg": "verifying event webhook",
                                 "provider": R.choice(["sendgrid", "postmark", "mailjet", "brevo"]),
                                 "config": {"endpoint": "/hooks/mail-events", "signing_secret": sk, "public_key_id": d.N(V.uuid())},
                                 "event": {"event": R.choice(["delivered", "open", "bounce", "dropped"]), "sg_event_id": d.N(V.rs(V.B64U, 22)),
                                           "sg_message_id": d.N(V.rs(V.B64U, 22)) + ".filterdrecv-%d" % R.randint(1, 9),
                                           "email": "kund%d@bredband.se" % R.randint(100, 999), "timestamp": 1764900000 + i * 61}}))
        if i % 3 == 0:
            lines.append(json.dumps({"ts": t(), "level": "info", "msg": "outbound api call", "headers": {"X-Api-Key": G(d, "an40"), "X-Request-Id": d.N(V.uuid())}}))
    lines.append(json.dumps({"ts": t(), "level": "warn", "msg": "signature mismatch", "signing_secret": "[redacted]", "expected": d.N(V.rs(V.B64, 44))}))
    d.set("\n".join(lines))


def voip_vpn():
    d = Doc("kamailio-cfg/kamailio-local.cfg")
    pw = V.password("alnum")
    d.S("url-credentials|password", pw)
    pw2 = V.password("alnum")
    d.S("url-credentials|password", pw2)
    v = dict(pw=pw, pw2=pw2, ha=PW(d, "random", "!%*+-=?@^_~.,"), tk=G(d, "hex32"))
    d.set('''#!KAMAILIO
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_USRLOCDB

#!ifdef WITH_MYSQL
#!define DBURL "mysql://kamailio:{pw}@db-voip.kvarnholm.internal/kamailio"
#!define DBURL_RO "mysql://kamailioro:{pw2}@db-voip-ro.kvarnholm.internal/kamailio"
#!endif

modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")

# trunk to carrier
#!substdef "!TRUNK_USER!kvh-trunk-01!g"
#!substdef "!TRUNK_PASS!{ha}!g"

# rtpengine control secret
modparam("htable", "htable", "apikeys=>size=4;")
#!define API_SHARED_SECRET "{tk}"
'''.format(**v))

    d = Doc("kamailio-cfg/kamctlrc")
    v = dict(rw=PW(d, "alnum"), ro=PW(d, "alnum"))
    d.set('''## The Kamailio configuration file for the control tools.
SIP_DOMAIN=sip.kvarnholm.se
DBENGINE=MYSQL
DBHOST=db-voip.kvarnholm.internal
DBNAME=kamailio
## database read/write user
DBRWUSER="kamailio"
## password for database read/write user
DBRWPW="{rw}"
## database read only user
DBROUSER="kamailioro"
## password for database read only user
DBROPW="{ro}"
## database access host (from where is kamctl used)
# DBACCESSHOST=192.168.0.1
## password for database super user (mysql root, left empty = prompt)
# DBROOTPW=""
'''.format(**v))

    d = Doc("opensips-cfg/opensips-cli.cfg")
    pw = V.urlq(V.password("random", "!*-_~.@:"))
    d.S("url-credentials|password", pw)
    pw2 = V.password("alnum")
    d.S("url-credentials|password", pw2)
    d.set('''[default]
log_level: WARNING
prompt_name: opensips-cli
prompt_intro: Welcome to OpenSIPS Command Line Interface!
history_file: ~/.opensips-cli.history
output_type: pretty-print
communication_type: fifo
fifo_file: /tmp/opensips_fifo

database_modules: ALL
database_admin_url: mysql://root:%s@db-sip.kvarnholm.internal
database_url: mysql://opensips:%s@db-sip.kvarnholm.internal/opensips
database_name: opensips
''' % (pw, pw2))

    d = Doc("wireguard-conf/wg0.conf")
    priv = G(d, "b64")
    psk1, psk2 = G(d, "b64"), G(d, "b64")
    d.set('''# /etc/wireguard/wg0.conf on vpn-gw01 (generated by wg-quick helper)
[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = %s
PostUp = iptables -A FORWARD -i %%i -j ACCEPT
PostDown = iptables -D FORWARD -i %%i -j ACCEPT

# Erik laptop
[Peer]
PublicKey = %s
PresharedKey = %s
AllowedIPs = 10.66.0.10/32

# Maja phone
[Peer]
PublicKey = %s
PresharedKey = %s
AllowedIPs = 10.66.0.11/32
''' % (priv, d.N(V.mixed(V.B64, 43) + "="), psk1, d.N(V.mixed(V.B64, 43) + "="), psk2))

    d = Doc("wireguard-conf/maja-phone.conf")
    priv, psk = G(d, "b64"), G(d, "b64")
    d.set('''[Interface]
PrivateKey = %s
Address = 10.66.0.11/32
DNS = 10.66.0.1

[Peer]
PublicKey = %s
PresharedKey = %s
Endpoint = vpn.kvarnholm.se:51820
AllowedIPs = 0.0.0.0/0, ::/0
PersistentKeepalive = 25
''' % (priv, d.N(V.mixed(V.B64, 43) + "="), psk))

    d = Doc("softether-vpncmd/setup-hub.txt")
    lines = ["vpncmd /SERVER localhost:5555 /PASSWORD:%s /CMD HubCreate KVH /PASSWORD:%s" % (PW(d, "random", "!%*+-=?@^_~.,"), PW(d, "random", "!%*+-=?@^_~.,")),
             "vpncmd /SERVER localhost:5555 /ADMINHUB:KVH /PASSWORD:********* /CMD SecureNatEnable"]
    for i in range(12):
        fn, ln = V.se_name()
        u = (fn[0] + ln).lower().replace("ö", "o").replace("å", "a").replace("ä", "a")
        lines.append("vpncmd /SERVER localhost:5555 /HUB:KVH /CMD UserCreate %s /GROUP:staff /REALNAME:\"%s %s\" /NOTE:none" % (u, fn, ln))
        lines.append("vpncmd /SERVER localhost:5555 /HUB:KVH /CMD UserPasswordSet %s /PASSWORD:%s" % (u, PW(d, R.choice(["human", "random"]), "!%*+-=?@^_~.,")))
    lines.append("vpncmd /SERVER localhost:5555 /HUB:KVH /CMD IPsecEnable /L2TP:yes /L2TPRAW:no /ETHERIP:no /PSK:%s /DEFAULTHUB:KVH" % G(d, "an32"))
    d.set("\n".join(lines))


def integration():
    d = Doc("airbyte-connection-config/source-postgres-crm.json")
    v = {"sourceDefinitionId": d.N(V.uuid()), "sourceId": d.N(V.uuid()), "workspaceId": d.N(V.uuid()), "name": "CRM Postgres",
         "connectionConfiguration": {"host": "crm-db.kvarnholm.internal", "port": 5432, "database": "crm", "username": "airbyte_ro",
                                     "password": PW(d, "random"), "ssl_mode": {"mode": "require"},
                                     "tunnel_method": {"tunnel_method": "SSH_PASSWORD_AUTH", "tunnel_host": "bastion.kvarnholm.se", "tunnel_user": "airbyte",
                                                       "tunnel_user_password": PW(d, "human")},
                                     "replication_method": {"method": "CDC", "replication_slot": "airbyte_slot", "publication": "airbyte_pub"}}}
    d.set(json.dumps(v, indent=2))
    d = Doc("airbyte-connection-config/source-hubspot-and-stripe.json")
    v = [{"name": "HubSpot", "connectionConfiguration": {"credentials": {"credentials_title": "OAuth Credentials", "client_id": d.N(V.uuid()),
                                                                         "client_secret": G(d, "an32").lower() if False else G(d, "hex32"),
                                                                         "refresh_token": G(d, "hex32")}, "start_date": "2024-01-01T00:00:00Z"}},
         {"name": "Zendesk Support", "connectionConfiguration": {"subdomain": "kvarnholm", "credentials": {"credentials": "api_token", "email": "ops@kvarnholm.se",
                                                                                                            "api_token": G(d, "an40")}}},
         {"name": "Pipedrive", "connectionConfiguration": {"authorization": {"auth_type": "Token", "api_token": G(d, "hex32") + ""}}},
         {"name": "Mixpanel", "connectionConfiguration": {"credentials": {"option_title": "Service Account", "username": "airbyte.4d1e0c.mp-service-account",
                                                                           "secret": G(d, "an32")}, "project_id": 2871104}},
         {"name": "Public docs sample", "connectionConfiguration": {"api_token": "<your api token>", "client_secret": "**********"}}]
    d.set(json.dumps(v, indent=2))

    d = Doc("nifi-properties/conf/nifi.properties")
    v = dict(props=G(d, "an32"), ks=PW(d, "alnum"), key=PW(d, "alnum"), ts=PW(d, "alnum"), oidc=G(d, "an40"), cid=d.N(V.uuid()))
    d.set('''# Core Properties #
nifi.flow.configuration.file=./conf/flow.json.gz
nifi.flow.configuration.archive.enabled=true
nifi.authorizer.configuration.file=./conf/authorizers.xml
nifi.login.identity.provider.configuration.file=./conf/login-identity-providers.xml

# security properties #
nifi.sensitive.props.key={props}
nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256
nifi.security.keystore=./conf/keystore.p12
nifi.security.keystoreType=PKCS12
nifi.security.keystorePasswd={ks}
nifi.security.keyPasswd={key}
nifi.security.truststore=./conf/truststore.p12
nifi.security.truststoreType=PKCS12
nifi.security.truststorePasswd={ts}

# OpenId Connect SSO Properties #
nifi.security.user.oidc.discovery.url=https://login.kvarnholm.se/realms/data/.well-known/openid-configuration
nifi.security.user.oidc.client.id={cid}
nifi.security.user.oidc.client.secret={oidc}
'''.format(**v))

    d = Doc("camel-application-properties/src/main/resources/application.properties")
    v = dict(amq=PW(d, "random"), sftp=PW(d, "human"), api=G(d, "an32"), hmac=G(d, "hex64"), mail=PW(d, "random"), sfs=G(d, "an40"))
    d.set('''camel.main.name = order-router
camel.springboot.main-run-controller = true

# ActiveMQ Artemis
camel.component.jms.connection-factory.user = camel
camel.component.jms.connection-factory.password = {amq}

# SFTP to the warehouse
warehouse.sftp.uri = sftp://wms-gw.kvarnholm.se:22/inbound?username=camel&password=RAW({sftp})&passiveMode=true

# Freight API
freight.api.key = {api}
freight.webhook.hmac-secret = {hmac}

# mail
camel.component.mail.password = {mail}
camel.component.salesforce.client-secret = {sfs}
camel.component.salesforce.client-id = 3MVG9{cid}
'''.format(cid=d.N(V.rs(V.AN, 80)), **v))

    d = Doc("mule-properties/src/main/resources/config-prod.yaml")
    v = dict(db=PW(d, "random", YSYM), cs=G(d, "hex32"), sap=PW(d, "human", YSYM), key=G(d, "an32"), cid=d.N(V.rs(V.HEX, 32)), secure=d.N(V.rs(V.B64, 44)))
    d.set('''http:
  port: "8081"
db:
  host: "erp-db.kvarnholm.internal"
  user: "mule_svc"
  password: "{db}"
anypoint:
  client_id: "{cid}"
  client_secret: "{cs}"
sap:
  jco:
    user: "RFC_MULE"
    passwd: "{sap}"
shipping:
  api_key: "{key}"
# encrypted with secure-properties-tool (look: not plain)
legacy:
  password: "![{secure}]"
'''.format(**v))

    d = Doc("octopus-variables-json/variableset-Projects-88.json")
    vars_ = []
    for name, kind in [("Database.Password", "pw"), ("Smtp.Password", "pw"), ("Api.Key", "g"), ("Jwt.SigningKey", "g"), ("Payments.WebhookSecret", "g"),
                       ("Redis.Password", "pw"), ("Storage.ConnectionKey", "g"), ("Admin.InitialPassword", "pw"), ("Search.ApiKey", "g"), ("Cache.Salt", "g")]:
        val = PW(d) if kind == "pw" else G(d)
        vars_.append({"Id": d.N(V.uuid()), "Name": name, "Value": val, "Description": None, "Scope": {"Environment": ["Environments-2"]},
                      "IsEditable": True, "Type": "String", "IsSensitive": False})
    vars_.append({"Id": d.N(V.uuid()), "Name": "Database.Password", "Value": None, "Scope": {"Environment": ["Environments-3"]}, "Type": "Sensitive", "IsSensitive": True})
    vars_.append({"Id": d.N(V.uuid()), "Name": "Api.ClientId", "Value": d.N(V.uuid()), "Scope": {}, "Type": "String", "IsSensitive": False})
    d.set(json.dumps({"Id": "variableset-Projects-88", "OwnerId": "Projects-88", "Version": 41, "Variables": vars_}, indent=2))

    d = Doc("argo-events-eventsource/webhook-eventsource.yaml")
    v = dict(gh=G(d, "hex40"), gl=G(d, "an32"), st=G(d, "whsec"))
    d.set('''apiVersion: v1
kind: Secret
metadata:
  name: webhook-secrets
  namespace: argo-events
type: Opaque
stringData:
  github-secret: {gh}
  gitlab-secret: {gl}
  stripe-signing-secret: {st}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: github
  namespace: argo-events
spec:
  github:
    kvh-repos:
      repositories:
        - owner: kvarnholm
          names: [shop, infra]
      webhook:
        endpoint: /push
        port: "12000"
        method: POST
      events: ["push"]
      webhookSecret:
        name: webhook-secrets
        key: github-secret
      apiToken:
        name: github-access
        key: token
'''.format(**v))

    d = Doc("temporal-server-config/config/development-sql.yaml")
    v = dict(p1=PW(d, "random", YSYM), p2=PW(d, "random", YSYM))
    d.set('''persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: 512
  datastores:
    default:
      sql:
        pluginName: "postgres12"
        databaseName: "temporal"
        connectAddr: "pg-temporal.kvarnholm.internal:5432"
        connectProtocol: "tcp"
        user: "temporal"
        password: "{p1}"
        maxConns: 20
    visibility:
      sql:
        pluginName: "postgres12"
        databaseName: "temporal_visibility"
        connectAddr: "pg-temporal.kvarnholm.internal:5432"
        user: "temporal"
        password: "{p2}"
'''.format(**v))


def runtimes():
    d = Doc("erlang-sys-config/config/sys.config")
    v = dict(db=PW(d, "random", "!%*+-=?@^_~.,:;"), cookie=G(d, "an32"), skb=G(d, "b64_64"), mq=PW(d, "human"), api=G(d, "hex32"))
    d.set('''[
 {kernel, [{logger_level, info}]},
 {chat_backend, [
   {http_port, 8080},
   {pgo, [{pools, [{default, #{server_reuse_name => true,
                               host => "pg-chat.kvarnholm.internal",
                               database => "chat",
                               user => "chat_svc",
                               password => "{db}",
                               pool_size => 20}}]}]},
   {cluster_cookie, '{cookie}'},
   {session_secret, <<"{skb}">>},
   {amqp, [{host, "rabbit.kvarnholm.internal"}, {username, <<"chat">>}, {password, <<"{mq}">>}]},
   {push_api_key, "{api}"}
 ]}
].
'''.replace("{db}", v["db"]).replace("{cookie}", v["cookie"]).replace("{skb}", v["skb"]).replace("{mq}", v["mq"]).replace("{api}", v["api"]))

    d = Doc("deno-deploy-env/.env.production")
    v = dict(sess=G(d, "b64u"), db=PW(d, "alnum"), kv=G(d, "an40"), stripe_pub="pk_live_" + V.rs(V.AN, 24), resend=G(d, "pre"), turn=G(d, "hex32"))
    d.N(v["stripe_pub"])
    dbpw = v["db"]
    d.set('''# deployctl deploy --env-file=.env.production
SESSION_SECRET={sess}
DATABASE_HOST=aws-0-eu-north-1.pooler.kvarnholm.se
DATABASE_USER=app
DATABASE_PASSWORD={db}
KV_ACCESS_TOKEN={kv}
PUBLIC_STRIPE_KEY={stripe_pub}
MAIL_API_KEY={resend}
TURNSTILE_SECRET_KEY={turn}
TURNSTILE_SITE_KEY=0x4AAAAAAA{site}
'''.format(site=d.N(V.rs(V.AN, 14)), **v))

    d = Doc("bunfig-toml/bunfig.toml")
    v = dict(t1=G(d, "an40"), p=PW(d, "random", "!%*+-=?@^_~.,:;"))
    d.set('''[install]
registry = "https://registry.npmjs.org"

[install.scopes]
# private packages on the company registry
"@kvh" = { token = "%s", url = "https://npm.kvarnholm.se/" }
"@partner" = { username = "ci-bot", password = "%s", url = "https://packages.partner-hub.io/npm/" }
"@public" = { token = "$NPM_TOKEN", url = "https://registry.npmjs.org/" }

[test]
coverage = true
''' % (v["t1"], v["p"]))

    d = Doc("rust-axum-src/src/config.rs")
    v = dict(k=G(d, "hex64"), p=PW(d, "random", "!%*+-=?@^_~.,:;"), w=G(d, "whsec"))
    d.set('''use std::env;

pub struct Config {
    pub cookie_key: String,
    pub database_url: String,
    pub webhook_secret: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            // dev default; prod must set COOKIE_KEY
            cookie_key: env::var("COOKIE_KEY").unwrap_or_else(|_| "%s".into()),
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            webhook_secret: env::var("WEBHOOK_SECRET").unwrap_or_else(|_| "%s".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    const DB_PASSWORD: &str = "%s";
    // let password = read_password().unwrap();  // not a value
}
''' % (v["k"], v["w"], v["p"]))

    d = Doc("ocaml-src/lib/settings.ml")
    v = dict(a=G(d, "an32"), p=PW(d, "human"))
    d.set('''let api_key = "%s"
let smtp_password = "%s"
let smtp_user = "noreply@kvarnholm.se"
(* let password = Sys.getenv "SMTP_PASSWORD" *)
let password_min_length = 12
''' % (v["a"], v["p"]))

    d = Doc("crystal-src/config/settings.cr")
    v = dict(s=G(d, "hex64"), p=PW(d, "random", "!%*+-=?@^_~.,:;"), k=G(d, "an40"))
    d.set('''Kemal.config.port = 3000
SESSION_SECRET = "%s"
DB_URL = "postgres://crystal:#{ENV["DB_PASS"]}@db/app"
DB_FALLBACK_PASSWORD = "%s"
MAPS_API_SECRET = "%s"
''' % (v["s"], v["p"], v["k"]))

    d = Doc("kotlin-mockmvc/src/main/resources/application-local.properties")
    v = dict(p=PW(d, "random"), c=G(d, "an40"), j=G(d, "b64_64"))
    d.set('''spring.datasource.url=jdbc:postgresql://localhost:5432/orders
spring.datasource.username=orders
spring.datasource.password=%s
spring.security.oauth2.client.registration.kvh.client-id=orders-local
spring.security.oauth2.client.registration.kvh.client-secret=%s
app.jwt.hmac-key=%s
app.mail.password=${MAIL_PASSWORD:}
''' % (v["p"], v["c"], v["j"]))

    d = Doc("dart-http-src/lib/src/env.dart")
    v = dict(a=G(d, "an32"), b=G(d, "hex64"), p=PW(d, "human"))
    d.set('''// Generated by envied — DO NOT COMMIT (it was committed)
class Env {
  static const String mapsApiKey = '%s';
  static const String analyticsSecret = '%s';
  static const String kioskAdminPassword = '%s';
  static const String sentryDsnPublic = 'https://%s@o44871.ingest.sentry.io/55123';
}
''' % (v["a"], v["b"], v["p"], d.N(V.rs(V.HEX, 32))))


def build():
    selfhosted()
    mailservers()
    voip_vpn()
    integration()
    runtimes()
