"""Generic secrets (API keys, signing and webhook secrets, client secrets, encryption keys) in app configs,
with public ids, digests, UUIDs, public keys and nonces beside them."""
import json

from common import (b64e, b64_bytes, b64url, hexs, jesc, uuid4, alnum, lalnum, pw, rs, urlq, xesc, sha256hex,
                    sha1hex, md5hex, secret, token, UP, LO, DG, PUNCT_MIN)


def _pub_ed25519(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, UP + LO + DG + "+/", 43)


# ------------------------------------------------------------------ Centrifugo config.json
def centrifugo(d):
    r = d.r
    hm = d.sec("alnum64")
    api = d.sec("hex32")
    ap = d.pw(punct="!#%*-_.")
    asec = d.sec("b64url43")
    cfg = {"token_hmac_secret_key": hm, "admin": True, "admin_password": ap, "admin_secret": asec,
           "api_key": api, "allowed_origins": ["https://app.kestrel-media.net"],
           "namespaces": [{"name": "chat", "presence": True, "join_leave": True, "history_size": 50,
                           "history_ttl": "300s"}],
           "proxy_connect_endpoint": "http://api.kestrel.internal/centrifugo/connect",
           "client_insecure": False,
           "token_jwks_public_endpoint": "https://auth.kestrel-media.net/.well-known/jwks.json",
           "engine": "redis", "redis_address": "redis://redis.kestrel.internal:6379",
           "redis_password": d.pw(punct="!#%*-_."),
           "grpc_api": True, "grpc_api_key": d.sec("hex40"),
           "proxy_static_http_headers": {"X-Centrifugo-Proxy-Secret": d.sec("b64url43")},
           "token_audience": "kestrel-chat", "client_channel_limit": 128}
    return json.dumps(cfg, indent=2) + "\n"


# ------------------------------------------------------------------ Plex Preferences.xml
def plex(d):
    r = d.r
    tok = d.L("generic-secret", rs(r, UP + LO + DG + "-_", 20))
    mid = d.X(uuid4(r), "machine identifier")
    pmid = d.X(sha1hex(r), "processed machine identifier")
    cert = d.X(sha256hex(r), "certificate uuid hash")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Preferences OldestPreviousVersion="1.32.8.7639-fb6452ebf" MachineIdentifier="{mid}" ProcessedMachineIdentifier="{pmid}" AnonymousMachineIdentifier="{d.X(uuid4(r), 'anonymous id')}" MetricsEpoch="1" AcceptedEULA="1" FriendlyName="nas-living-room" PublishServerOnPlexOnlineKey="1" PlexOnlineHome="1" PlexOnlineToken="{tok}" PlexOnlineUsername="{d.X('hemmaplex', 'user name')}" PlexOnlineMail="{d.email()}" CertificateUUID="{cert}" CustomCertificateKey="{d.L('generic-secret', b64e(rs(r, UP + LO + DG, 24)))}" LastAutomaticMappedPort="32400" ManualPortMappingMode="1" ManualPortMappingPort="32400" TranscoderTempDirectory="/transcode" secureConnections="1" GdmEnabled="1" DlnaEnabled="0" logDebug="0"/>
"""


# ------------------------------------------------------------------ Matomo config.ini.php + cron
def matomo(d):
    r = d.r
    p = d.pw(punct="!#%*-_.")
    salt = d.sec("hex32")
    ta = d.sec("hex32")
    smtp = d.pw(kind="human")
    return f"""; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "mariadb.saltmarsh.internal"
username = "matomo"
password = "{p}"
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "{salt}"
trusted_hosts[] = "stats.saltmarsh.io"
force_ssl = 1
assume_secure_protocol = 1

[mail]
transport = "smtp"
port = 587
host = "smtp.saltmarsh.io"
type = "Login"
username = "{d.L('email', 'matomo@saltmarsh.io')}"
password = "{smtp}"
encryption = "tls"

[QueuedTracking]
redisPassword = "{d.pw(punct='!#%*-_.')}"

[UserCountry]
maxmind_license_key = "{d.L('generic-secret', alnum(r, 16))}"

[Plugins]
Plugins[] = "CoreHome"
Plugins[] = "UserCountry"

; crontab -l (www-data):
; 5 * * * * /usr/bin/php /var/www/matomo/console core:archive --url=https://stats.saltmarsh.io/ > /dev/null
; 0 6 * * 1 curl -s "https://stats.saltmarsh.io/index.php?module=API&method=VisitsSummary.get&idSite=3&period=week&date=today&format=CSV&token_auth={ta}" | mail -s weekly {d.email(domain='saltmarsh.io')}
; placeholder in the README: token_auth={d.X('anonymous', 'public token value')}
"""


# ------------------------------------------------------------------ Roundcube config.inc.php
def roundcube(d):
    r = d.r
    p = d.pw(punct="!*-._~", cat="url-credentials|password")
    des = d.L("generic-secret", rs(r, UP + LO + DG + "!#%*", 24))
    mk = d.sec("hex40")
    return f"""<?php
/* Local configuration for Roundcube Webmail */
$config['db_dsnw'] = 'mysql://roundcube:{p}@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.havnegade-tandlaeger.dk:993';
$config['smtp_host'] = 'tls://smtp.havnegade-tandlaeger.dk:587';
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['support_url'] = 'https://havnegade-tandlaeger.dk/it';
$config['product_name'] = 'Havnegade Webmail';
// this key is used to encrypt the users imap password which is stored
// in the session record. For the default cipher method it must be
// exactly 24 characters long.
$config['des_key'] = '{des}';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'twofactor_gauthenticator'];
$config['recaptcha_secret'] = '{d.L('generic-secret', '6L' + b64url(r, 38))}';
$config['twofactor_gauthenticator']['secret_encryption_key'] = '{mk}';
$config['language'] = 'da_DK';
$config['managesieve_auth_pw'] = '{d.pw(punct="!#%*-_.")}';
$config['password_db_dsn'] = 'mysql://rc_password:{d.pw(punct="!*-._~", cat="url-credentials|password")}@localhost/postfixadmin';
$config['password_hash_algorithm'] = 'dovecot';  // stored as {d.X('{SHA512-CRYPT}' + '$6$' + rs(r, UP + LO + DG, 16) + '$' + rs(r, UP + LO + DG + './', 86), 'password hash')}
// default from config.inc.php.sample: $config['des_key'] = '{d.X('rcmail-!24ByteDESkey*Str', 'sample default')}';
"""


# ------------------------------------------------------------------ Teleport join tokens
def teleport(d):
    r = d.r
    t1 = d.sec("hex32")
    t2 = d.sec("hex32")
    t3 = d.sec("hex32")
    pin = d.X("sha256:" + sha256hex(r), "CA pin")
    return f"""$ tctl tokens add --type=node --ttl=1h
The invite token: {t1}
This token will expire in 60 minutes.

Run this on the new node to join the cluster:

> teleport start \\
   --roles=node \\
   --token={t1} \\
   --ca-pin={pin} \\
   --auth-server=teleport.gridline-systems.com:443

Please note:

  - This invitation token will expire in 60 minutes
  - teleport.gridline-systems.com:443 must be reachable from the new node

$ tctl tokens ls
Token                            Type            Labels Expiry Time (UTC)
-------------------------------- --------------- ------ --------------------------
{t1} Node                   {d.ts():%d %b %y %H:%M UTC} (59m53s)
{t2} Db                     {d.ts():%d %b %y %H:%M UTC} (41m2s)
{d.X('*' * 32, 'masked token')} App                    {d.ts():%d %b %y %H:%M UTC} (6m10s)

$ cat /etc/teleport.yaml
version: v3
teleport:
  nodename: db-proxy-02
  data_dir: /var/lib/teleport
  join_params:
    token_name: {t3}
    method: token
  proxy_server: teleport.gridline-systems.com:443
  ca_pin: {pin}
  auth_token: {d.sec("hex32")}
db_service:
  enabled: true
  databases:
  - name: ledger
    protocol: postgres
    uri: pg-ledger.gridline.internal:5432
    static_labels: {{env: prod}}
auth_service:
  enabled: false
# kube agent join token (helm --set authToken=...): {d.sec("hex32")}
"""


# ------------------------------------------------------------------ Unreal Engine ini
def unreal(d):
    r = d.r
    cs = d.L("generic-secret", b64_bytes(r, 32))
    ek = d.L("generic-secret", b64_bytes(r, 32))
    sk = d.sec("hex64")
    cid = d.X("xyza" + lalnum(r, 28), "client id")
    return f"""; Config/DefaultEngine.ini (excerpt)
[OnlineSubsystem]
DefaultPlatformService=EOS

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=KestrelRivals
+Artifacts=(ArtifactName="KestrelRivals",ClientId="{cid}",ClientSecret="{cs}",ProductId="{hexs(r, 32)}",SandboxId="{hexs(r, 32)}",DeploymentId="{hexs(r, 32)}",EncryptionKey="{sk}")
bUseEAS=True
bUseEOSConnect=True

; Config/DefaultCrypto.ini
[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey={ek}
bEncryptPakIniFiles=True
bEncryptPakIndex=True
bEncryptUAssetFiles=False
SecondaryEncryptionKeys=(Guid={d.X(uuid4(r).upper().replace('-', ''), 'key guid')},Name="DLC1",Key={d.L('generic-secret', b64_bytes(r, 32))})
bEnablePakSigning=True

; Config/DefaultGame.ini
[/Script/AnalyticsBlueprintLibrary]
[Analytics]
ProviderModuleName=KestrelTelemetry
ApiKeyET={d.sec("hex32")}
ServerSecret={d.sec("alnum40")}
"""


# ------------------------------------------------------------------ Lemmy lemmy.hjson
def lemmy(d):
    r = d.r
    dbp = d.pw(punct="!#%*-_.")
    pk = d.sec("alnum40")
    smtp = d.pw(kind="human")
    admin = d.pw(punct="!#%*-_.")
    return f"""{{
  # settings related to the postgresql database
  database: {{
    host: "postgres"
    user: "lemmy"
    password: "{dbp}"
    database: "lemmy"
    pool_size: 30
  }}
  # reverse proxy shared secret for the health endpoint
  prometheus_auth_token: "{d.sec("hex40")}"
  hostname: "forum.tidewater-analytics.com"
  bind: "0.0.0.0"
  port: 8536
  tls_enabled: true
  pictrs: {{
    url: "http://pictrs:8080/"
    api_key: "{pk}"
  }}
  # key for the Matrix bridge bot
  matrix_bridge_token: "{d.sec("b64url43")}"
  email: {{
    smtp_server: "smtp.tidewater-analytics.com:587"
    smtp_login: "lemmy"
    smtp_password: "{smtp}"
    smtp_from_address: "Tidewater Forum <noreply@example.com>"
    tls_type: "starttls"
  }}
  setup: {{
    admin_username: "tideadmin"
    admin_password: "{admin}"
    site_name: "Tidewater community"
  }}
}}
"""


# ------------------------------------------------------------------ Misskey default.yml
def misskey(d):
    r = d.r
    dbp = d.pw(punct="!#%*-_.")
    rp = d.pw(punct="!#%*-_.")
    mk = d.sec("b64url43")
    return f"""#━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
# Misskey configuration
#━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
url: https://mk.kestrel-media.net/
port: 3000

db:
  host: db
  port: 5432
  db: misskey
  user: misskey
  pass: {dbp}

redis:
  host: redis
  port: 6379
  pass: {rp}

meilisearch:
  host: meilisearch
  port: 7700
  apiKey: '{mk}'
  ssl: false
  index: 'mk'
  scope: local

id: 'aidx'

# set via the control panel, exported with `misskey export-meta`
# objectStorageSecretKey: {d.L("aws-secret-key|generic-secret", __import__("common").aws_secret(r))}
# hcaptchaSecretKey: {d.L("generic-secret", "0x" + hexs(r, 40))}
proxyBypassHosts:
  - api.deepl.com
  - api-free.deepl.com
# signToActivityPubGet: true
"""


# ------------------------------------------------------------------ ntfy server.yml + CLI
def ntfy(d):
    r = d.r
    priv = d.L("generic-secret", b64url(r, 43))
    pub = d.X("B" + b64url(r, 86), "web push public key")
    up = d.L("generic-secret", "tk_" + lalnum(r, 29))
    t1 = d.L("generic-secret", "tk_" + lalnum(r, 29))
    t2 = d.L("generic-secret", "tk_" + lalnum(r, 29))
    return f"""# /etc/ntfy/server.yml
base-url: "https://ntfy.gridline-systems.com"
listen-http: ":2586"
behind-proxy: true
cache-file: "/var/cache/ntfy/cache.db"
auth-file: "/var/lib/ntfy/user.db"
auth-default-access: "deny-all"
upstream-base-url: "https://ntfy.sh"
upstream-access-token: "{up}"
web-push-public-key: {pub}
web-push-private-key: {priv}
web-push-file: /var/lib/ntfy/webpush.db
web-push-email-address: {d.email(domain='gridline-systems.com')}

# $ ntfy token add --expires=90d alertmanager
# token {t1} created for user alertmanager, expires Sat Jun 13 10:02:11 UTC 2026
# $ ntfy token list
# user alertmanager
# - {t1} (expires Sat Jun 13 10:02:11 UTC 2026, accessed from {d.ip4()} at Mon Mar 16 08:14:02 UTC 2026)
# user grafana
# - {t2} (never expires, never accessed)
# curl -H "Authorization: Bearer $NTFY_TOKEN" -d "disk full" https://ntfy.gridline-systems.com/alerts
"""


# ------------------------------------------------------------------ gethomepage services.yaml
def homepage(d):
    r = d.r
    k1 = d.sec("hex32")
    k2 = d.sec("hex32")
    pve_id = d.X("api@pam!homepage", "token id")
    pve = d.L("generic-secret", uuid4(r))
    p1 = d.pw(punct="!#%*-_.")
    k3 = d.sec("alnum32")
    return f"""# config/services.yaml (gethomepage)
- Media:
    - Sonarr:
        icon: sonarr.png
        href: https://sonarr.hemma.lan
        widget:
          type: sonarr
          url: http://sonarr:8989
          key: {k1}
    - Radarr:
        icon: radarr.png
        href: https://radarr.hemma.lan
        widget:
          type: radarr
          url: http://radarr:7878
          key: {k2}
- Infrastructure:
    - Proxmox:
        href: https://pve.hemma.lan:8006
        widget:
          type: proxmox
          url: https://pve.hemma.lan:8006
          username: {pve_id}
          password: {pve}
    - Pi-hole:
        widget:
          type: pihole
          url: http://pihole.hemma.lan
          version: 6
          key: {{{{HOMEPAGE_VAR_PIHOLE_KEY}}}}
    - qBittorrent:
        widget:
          type: qbittorrent
          url: http://qbit.hemma.lan:8080
          username: admin
          password: {p1}
    - Paperless:
        widget:
          type: paperlessngx
          url: http://paperless.hemma.lan:8000
          key: {d.sec("hex40")}
    - Home Assistant:
        widget:
          type: homeassistant
          url: http://ha.hemma.lan:8123
          key: {d.L("jwt|bearer-token|generic-secret", __import__("common").jwt(r, {"iss": hexs(r, 32)}, alg="HS256", kid=False))}
    - Immich:
        widget:
          type: immich
          url: http://immich.hemma.lan:2283
          key: {k3}
          version: 2
"""


# ------------------------------------------------------------------ Overseerr settings.json
def overseerr(d):
    r = d.r
    main = d.L("generic-secret", b64_bytes(r, 48))
    sk = d.sec("hex32")
    rk = d.sec("hex32")
    cs = d.sec("alnum40")
    tok = d.L("generic-secret", rs(r, UP + LO + DG + "-_", 20))
    s = {"clientId": d.X(uuid4(r), "client id"), "vapidPrivate": d.L("generic-secret", b64url(r, 43)),
         "vapidPublic": d.X("B" + b64url(r, 86), "vapid public key"),
         "main": {"apiKey": main, "applicationTitle": "Overseerr", "applicationUrl": "https://requests.hemma.se",
                  "localLogin": True, "defaultPermissions": 32},
         "plex": {"name": "nas", "ip": "192.168.1.20", "port": 32400, "useSsl": False, "machineId": d.X(sha1hex(r), "machine id")},
         "plexToken": tok,
         "tautulli": {"hostname": "192.168.1.20", "port": 8181, "apiKey": cs},
         "radarr": [{"id": 0, "name": "Radarr", "hostname": "192.168.1.20", "port": 7878, "apiKey": rk,
                     "useSsl": False, "activeProfileId": 4}],
         "sonarr": [{"id": 0, "name": "Sonarr", "hostname": "192.168.1.20", "port": 8989, "apiKey": sk,
                     "useSsl": False}],
         "notifications": {"agents": {"email": {"enabled": True, "options": {"emailFrom": d.L("email", "requests@hemma.se"), "smtpHost": "smtp.hemma.se",
                                                                               "authUser": "requests", "authPass": d.pw(punct="!#%*-_.", enc=jesc)}},
                                           "pushover": {"enabled": True, "options": {"accessToken": d.L("generic-secret", rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 30)),
                                                                                    "userToken": d.L("generic-secret", rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 30))}}}}}
    return json.dumps(s, indent=1) + "\n"


# ------------------------------------------------------------------ Tautulli config.ini
def tautulli(d):
    r = d.r
    api = d.sec("hex32")
    pms = d.L("generic-secret", rs(r, UP + LO + DG + "-_", 20))
    hp = d.pw(kind="human")
    jwt = d.sec("hex64")
    disc = rs(r, DG, 19) + "/" + d.L("generic-secret", b64url(r, 68))
    return f"""[General]
first_run_complete = 1
api_enabled = 1
api_key = {api}
http_username = tautulli
http_password = {hp}
http_hash_password = 0
jwt_secret = {jwt}
pms_ip = 192.168.1.20
pms_port = 32400
pms_token = {pms}
pms_identifier = {d.X(sha1hex(r), 'server identifier')}
pms_uuid = {d.X(hexs(r, 32), 'uuid')}

[Newsletter]
newsletter_password = {d.X('', 'empty') or '""'}

[PMS]
pms_url_manual = 0
pms_web_url = https://app.plex.tv/desktop

[Telegram]
telegram_bot_token = {d.L("generic-secret", str(r.randint(10**9, 10**10 - 1)) + ":AA" + b64url(r, 33))}
telegram_chat_id = -100{r.randint(10**9, 10**10 - 1)}

[Notifiers]
; Discord webhook for the "new episode" notifier (id 3)
discord_hook = https://discord.com/api/webhooks/{disc}
"""


# ------------------------------------------------------------------ Mopidy mopidy.conf
def mopidy(d):
    r = d.r
    cid = d.X(uuid4(r), "client id")
    cs = d.L("generic-secret", b64url(r, 43) + "=")
    lf = d.pw(kind="human")
    sub = d.pw(punct="!#%*-_.")
    return f"""[core]
cache_dir = /var/cache/mopidy
data_dir = /var/lib/mopidy

[audio]
output = alsasink device=hw:1,0

[spotify]
enabled = true
client_id = {cid}
client_secret = {cs}
bitrate = 320

[scrobbler]
enabled = true
username = vardagsrum
password = {lf}

[subidy]
enabled = true
url = https://music.hemma.se
username = mopidy
password = {sub}
legacy_auth = no

[youtube]
enabled = true
youtube_api_key = {d.L("google-api-key|generic-secret", "AIza" + b64url(r, 35))}

[soundcloud]
enabled = true
auth_token = {d.L("generic-secret", "1-" + str(r.randint(100000, 999999)) + "-" + str(r.randint(10**8, 10**9 - 1)) + "-" + alnum(r, 14))}

[http]
hostname = ::
port = 6680
"""


# ------------------------------------------------------------------ Play Framework application.conf (HOCON)
def play_conf(d):
    r = d.r
    sk = d.sec("alnum64")
    p = d.pw(punct="!#%*-_.")
    cs = d.sec("gocspx")
    sg = d.sec("b64")
    return f"""# conf/application.conf
include "base.conf"

play.http.secret.key = "{sk}"
play.http.secret.key = ${{?APPLICATION_SECRET}}

play.filters.hosts.allowed = ["portal.brightpath.co.uk", "localhost:9000"]

db.default {{
  driver = org.postgresql.Driver
  url = "jdbc:postgresql://pg-portal.brightpath.internal:5432/portal"
  username = portal
  password = "{p}"
}}

akka.http.client.auth.api-key = "{d.sec("hex40")}"

silhouette {{
  authenticator.signer.key = "{sg}"
  authenticator.crypter.key = ${{?AUTHENTICATOR_CRYPTER_KEY}}
  google {{
    clientID = "{d.X(str(r.randint(10**11, 10**12 - 1)) + '-' + lalnum(r, 32) + '.apps.googleusercontent.com', 'public client id')}"
    clientSecret = "{cs}"
    redirectURL = "https://portal.brightpath.co.uk/authenticate/google"
  }}
}}

play.mailer {{
  host = "smtp.brightpath.co.uk"
  port = 587
  user = "portal-mailer"
  password = "{d.pw(punct='!#%*-_.')}"
}}
pac4j.encryptionKey = "{d.sec("alnum32")}"

# default from the template, must be changed in prod: play.http.secret.key = "{d.X('changeme', 'template default')}"
"""


# ------------------------------------------------------------------ Micronaut application.yml
def micronaut(d):
    r = d.r
    js = d.sec("alnum64")
    p = d.pw(punct="!#%*-_.")
    cs = d.sec("alnum40")
    return f"""micronaut:
  application:
    name: ledger-service
  security:
    authentication: bearer
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: '"{js}"'
              jws-algorithm: HS256
    oauth2:
      clients:
        keycloak:
          client-id: ledger-service
          client-secret: {cs}
          openid:
            issuer: https://sso.brightpath.co.uk/realms/finance
datasources:
  default:
    url: jdbc:postgresql://pg-ledger.brightpath.internal:5432/ledger
    username: ledger
    password: {p}
    driver-class-name: org.postgresql.Driver
redis:
  uri: redis://:{d.pw(punct="!*-._~", cat="url-credentials|password")}@redis-ledger.brightpath.internal:6379
micronaut.session.http.redis.encryption-key: {d.sec("b64")}
endpoints:
  health:
    sensitive: false
"""


# ------------------------------------------------------------------ Helidon microprofile-config.properties
def helidon(d):
    r = d.r
    cs = d.sec("alnum32")
    p = d.pw(punct="!#%*-_.")
    pub = d.X("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, UP + LO + DG + "+/", 300) + "IDAQAB", "public key")
    ck = d.sec("b64")
    return f"""# src/main/resources/META-INF/microprofile-config.properties
server.port=8080
server.host=0.0.0.0

security.providers.0.oidc.client-id=inventory-api
security.providers.0.oidc.client-secret={cs}
security.providers.0.oidc.identity-uri=https://sso.bergvik-maskin.no/realms/ops
security.providers.0.oidc.frontend-uri=https://inventory.bergvik-maskin.no

javax.sql.DataSource.inventory.dataSourceClassName=org.postgresql.ds.PGSimpleDataSource
javax.sql.DataSource.inventory.dataSource.url=jdbc:postgresql://pg-inv.bergvik.internal:5432/inventory
javax.sql.DataSource.inventory.dataSource.user=inventory
javax.sql.DataSource.inventory.dataSource.password={p}

mp.jwt.verify.publickey={pub}
mp.jwt.verify.issuer=https://sso.bergvik-maskin.no/realms/ops
app.cookie.encryption-key={ck}
app.webhook.signing-secret={d.sec("whsec")}
mail.smtp.password={d.pw(punct="!#%*-_.")}
"""


# ------------------------------------------------------------------ Ballerina Config.toml
def ballerina(d):
    r = d.r
    cs = d.sec("alnum40")
    ak = d.sec("hex32")
    p = d.pw(punct="!#%*-_.")
    return f"""# Config.toml for the order-sync integration
[order_sync]
port = 9090
pollInterval = 30

[order_sync.salesforce]
baseUrl = "https://brightpath.my.salesforce.com"
clientId = "{d.X('3MVG9' + rs(r, UP + LO + DG + '._', 80), 'connected app consumer key')}"
clientSecret = "{cs}"
refreshUrl = "https://login.salesforce.com/services/oauth2/token"

[order_sync.erp]
apiKey = "{ak}"
host = "erp.brightpath.internal"

[order_sync.webhook]
signingSecret = "{d.sec("hex64")}"

[order_sync.jira]
email = "{d.email(domain='brightpath.co.uk')}"
apiToken = "{d.L("generic-secret", __import__("common").token(r, "atlassian"))}"

[order_sync.erp.oauth]
clientSecret = "{d.sec("alnum40")}"

[order_sync.db]
host = "mysql-sync.brightpath.internal"
user = "order_sync"
password = "{p}"
database = "sync"
"""


# ------------------------------------------------------------------ Rocket.toml
def rocket(d):
    r = d.r
    sk1 = d.sec("b64")
    sk2 = d.sec("b64")
    p = d.pw(punct="!*-._~", cat="url-credentials|password")
    return f"""## Rocket.toml
[default]
address = "0.0.0.0"
port = 8000
limits = {{ form = "64 kB", json = "1 MiB" }}

[debug]
# generated with `openssl rand -base64 32`
secret_key = "{sk1}"

[release]
secret_key = "{sk2}"
ident = "gridline-api"

[release.jwt]
secret = "{d.sec("hex64")}"

[default.databases.main]
url = "postgres://rocket:{p}@pg-api.gridline.internal/api"
pool_size = 20

# generate with: openssl rand -base64 32   (never commit the release key; set ROCKET_SECRET_KEY)
"""


# ------------------------------------------------------------------ Yii2 main-local.php
def yii2(d):
    r = d.r
    ck = d.L("generic-secret", rs(r, UP + LO + DG + "-_", 32))
    p = d.pw(punct="!#%*-_.")
    mp = d.pw(kind="human")
    return f"""<?php
// common/config/main-local.php
return [
    'components' => [
        'db' => [
            'class' => \\yii\\db\\Connection::class,
            'dsn' => 'mysql:host=mysql-crm.panaderia-sol.es;dbname=crm',
            'username' => 'crm_app',
            'password' => '{p}',
            'charset' => 'utf8mb4',
        ],
        'mailer' => [
            'class' => \\yii\\symfonymailer\\Mailer::class,
            'viewPath' => '@common/mail',
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.panaderia-sol.es',
                'username' => '{d.L("email", "pedidos@panaderia-sol.es")}',
                'password' => '{mp}',
                'port' => 465,
            ],
        ],
        'reCaptcha' => [
            'class' => 'himiklab\\yii2\\recaptcha\\ReCaptchaConfig',
            'siteKeyV3' => '{d.X('6L' + b64url(r, 38), 'reCAPTCHA site key (public)')}',
            'secretV3' => '{d.L('generic-secret', '6L' + b64url(r, 38))}',
        ],
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => '{ck}',
        ],
    ],
];
"""


# ------------------------------------------------------------------ Feathers config/default.json
def feathers(d):
    r = d.r
    sec = d.sec("b64url43")
    gs = d.sec("gocspx")
    p = d.pw(punct="!*-._~", cat="url-credentials|password")
    gh = d.sec("hex40")
    pm = d.L("generic-secret", uuid4(r))
    cfg = {"postmark": {"serverToken": pm, "from": "helpdesk@example.com"}, "host": "localhost", "port": 3030, "public": "./public/", "origins": ["http://localhost:3030"],
           "paginate": {"default": 10, "max": 50},
           "mongodb": f"mongodb://feathers:{p}@mongo.lumenworks.internal:27017/helpdesk?authSource=admin",
           "authentication": {"entity": "user", "service": "users", "secret": sec,
                              "authStrategies": ["jwt", "local"], "cookieSecret": d.sec("hex64"),
                              "jwtOptions": {"header": {"typ": "access"}, "audience": "https://helpdesk.lumenworks.com",
                                             "algorithm": "HS256", "expiresIn": "1d"},
                              "local": {"usernameField": "email", "passwordField": "password"},
                              "oauth": {"google": {"key": d.X(str(r.randint(10**11, 10**12 - 1)) + "-" + lalnum(r, 32) + ".apps.googleusercontent.com", "public client id"),
                                                   "secret": gs, "scope": ["email", "profile", "openid"]},
                                        "github": {"key": d.X("Iv1." + hexs(r, 16), "GitHub app client id"), "secret": gh}}}}
    return json.dumps(cfg, indent=2) + "\n"


# ------------------------------------------------------------------ Meteor settings.json
def meteor(d):
    r = d.r
    s1 = d.sec("whsec")
    s2 = d.sec("brevo")
    s3 = d.sec("hex64")
    pub1 = d.X("pk_live_" + alnum(r, 24), "publishable key")
    cfg = {"public": {"stripePublishableKey": pub1, "sentryDsnPublicKey": d.X(hexs(r, 32), "sentry public key"),
                      "analytics": {"plausibleDomain": "booking.fjallbyggen.se"}, "algoliaAppId": d.X(rs(r, UP + DG, 10), "Algolia app id"),
                      "algoliaSearchKey": d.X(hexs(r, 32), "search-only key (public)")},
           "private": {"stripeWebhookSecret": s1, "brevoApiKey": s2, "oauthEncryptionKey": s3, "resendApiKey": d.sec("resend"), "algoliaAdminKey": d.sec("hex32"),
                       "mailUrl": "smtp://apikey:" + d.X("${SMTP_KEY}", "variable") + "@smtp-relay.brevo.com:587"},
           "galaxy.meteor.com": {"env": {"ROOT_URL": "https://booking.fjallbyggen.se", "MONGO_URL": "mongodb+srv://"}}}
    return json.dumps(cfg, indent=2) + "\n"


# ------------------------------------------------------------------ PagerDuty Events API payloads
def pagerduty(d):
    r = d.r
    out = []
    for svc in ["checkout", "search", "payments"]:
        rk = d.L("generic-secret", hexs(r, 32))
        out.append(json.dumps({"routing_key": rk, "event_action": "trigger", "dedup_key": d.X(uuid4(r), "dedup key"),
                               "payload": {"summary": f"{svc}: error rate above 5% for 10m", "severity": "critical",
                                           "source": f"{svc}-api.mosaic-retail.com", "component": svc,
                                           "custom_details": {"runbook": f"https://wiki.mosaic-retail.com/runbooks/{svc}"}},
                               "client": "Alertmanager", "client_url": "https://alertmanager.mosaic-retail.com"}))
    ik = d.L("generic-secret", hexs(r, 32))
    out.append(f"# alertmanager.yml receiver: pagerduty_configs: - routing_key: {ik}")
    out.append("# template for new services: routing_key: " + d.X("<32-character integration key>", "placeholder"))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ Instana agent config
def instana(d):
    r = d.r
    ak = d.L("generic-secret", b64url(r, 22))
    dk = d.L("generic-secret", b64url(r, 22))
    pp = d.pw(punct="!#%*-_.")
    return f"""# /opt/instana/agent/etc/instana/configuration.yaml (excerpt) and the agent environment
# INSTANA_AGENT_KEY={ak}
# INSTANA_DOWNLOAD_KEY={dk}
# INSTANA_AGENT_ENDPOINT=ingress-red-saas.instana.io
com.instana.plugin.host:
  tags:
    - 'prod'
    - 'gridline'
com.instana.plugin.postgresql:
  user: 'instana_mon'
  password: '{pp}'
  database: 'postgres'
com.instana.plugin.redis:
  password: '{d.pw(punct="!#%*-_.")}'
com.instana.plugin.generic.hardware:
  enabled: true
com.instana.plugin.http:
  # synthetic checks API token
  apiToken: '{d.sec("b64url43")}'
# /opt/instana/agent/etc/mvn-settings.xml uses <password>${{INSTANA_DOWNLOAD_KEY}}</password>
"""


# ------------------------------------------------------------------ AppSignal config/appsignal.yml
def appsignal(d):
    r = d.r
    k1 = d.L("generic-secret", uuid4(r))
    k2 = d.L("generic-secret", uuid4(r))
    fe = d.X(uuid4(r), "front-end (public) key")
    return f"""default: &defaults
  push_api_key: "<%= ENV['APPSIGNAL_PUSH_API_KEY'] %>"
  name: "Fjällbyggen Booking"
  ignore_actions:
    - "HealthController#show"
  filter_parameters:
    - password
    - personnummer

development:
  <<: *defaults
  active: false

staging:
  <<: *defaults
  active: true
  push_api_key: "{k1}"

production:
  <<: *defaults
  active: true
  push_api_key: "{k2}"
  # the APPSIGNAL_PUSH_API_KEY on the old VPS (decommissioned, key still valid):
  # {d.L("generic-secret", uuid4(r))}
  # log drain ingestion key
  logging_endpoint_key: "{d.L('generic-secret', hexs(r, 40))}"
  # front-end error tracking key (safe to expose in the browser bundle)
  frontend_key: "{fe}"
"""


# ------------------------------------------------------------------ age keys (SOPS)
def age_keys(d):
    r = d.r
    k1 = d.sec("age")
    k2 = d.sec("age")
    pub1 = d.X("age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "age public key")
    pub2 = d.X("age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "age public key")
    return f"""# ~/.config/sops/age/keys.txt
# created: {d.ts():%Y-%m-%dT%H:%M:%S}+01:00
# public key: {pub1}
{k1}
# created: {d.ts():%Y-%m-%dT%H:%M:%S}+01:00
# public key: {pub2}
{k2}

# GitLab CI variable SOPS_AGE_KEY (masked):
# SOPS_AGE_KEY={d.sec("age")}

# ~/.config/sops/age/keys.txt on the CI runner also holds the YubiKey plugin identity (not a secret key):
# {d.X("AGE-PLUGIN-YUBIKEY-" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 40), 'plugin identity stub')}

# .sops.yaml in the repo only lists the public keys:
# creation_rules:
#   - path_regex: secrets/.*\\.yaml$
#     age: {pub1},{pub2}
"""


# ------------------------------------------------------------------ Proxmox API tokens
def proxmox(d):
    r = d.r
    v1 = d.L("generic-secret", uuid4(r))
    v2 = d.L("generic-secret", uuid4(r))
    return f"""root@pve01:~# pveum user token add terraform@pve provider --privsep 0
┌──────────────┬──────────────────────────────────────┐
│ key          │ value                                │
╞══════════════╪══════════════════════════════════════╡
│ full-tokenid │ terraform@pve!provider               │
├──────────────┼──────────────────────────────────────┤
│ info         │ {{"privsep":"0"}}                      │
├──────────────┼──────────────────────────────────────┤
│ value        │ {v1} │
└──────────────┴──────────────────────────────────────┘
root@pve01:~# pveum user token list terraform@pve
┌─────────────┬─────────┬────────┬─────────┐
│ tokenid     │ comment │ expire │ privsep │
╞═════════════╪═════════╪════════╪═════════╡
│ provider    │         │      0 │ 0       │
└─────────────┴─────────┴────────┴─────────┘
root@pve01:~# curl -s -k -H 'Authorization: PVEAPIToken=monitoring@pve!grafana={v2}' \\
    https://pve01.hemma.lan:8006/api2/json/cluster/resources | jq '.data | length'
27
root@pve01:~# proxmox-backup-manager user generate-token backup@pbs pve01
Result: {{
  "tokenid": "backup@pbs!pve01",
  "value": "{d.L('generic-secret', uuid4(r))}"
}}
root@pve01:~# cat /etc/pve/priv/token.cfg
terraform@pve!provider {d.X(uuid4(r), 'stored token hash id')}
"""


CARRIERS = [
    ("centrifugo-config-json", "config.json", centrifugo),
    ("homelab-media-configs", "Preferences.xml", plex),
    ("php-webapp-config-files", "matomo-config.ini.php", matomo),
    ("php-webapp-config-files", "roundcube-config.inc.php", roundcube),
    ("infra-access-tokens", "tokens-and-config.txt", teleport),
    ("unreal-engine-ini", "DefaultEngine-and-Crypto.ini", unreal),
    ("lemmy-hjson", "lemmy.hjson", lemmy),
    ("misskey-default-yml", "default.yml", misskey),
    ("ntfy-server-yml", "server.yml", ntfy),
    ("homelab-media-configs", "services.yaml", homepage),
    ("homelab-media-configs", "settings.json", overseerr),
    ("homelab-media-configs", "config.ini", tautulli),
    ("mopidy-conf", "mopidy.conf", mopidy),
    ("play-application-conf", "application.conf", play_conf),
    ("micronaut-application-yml", "application.yml", micronaut),
    ("helidon-mp-config", "microprofile-config.properties", helidon),
    ("ballerina-config-toml", "Config.toml", ballerina),
    ("rocket-toml", "Rocket.toml", rocket),
    ("php-webapp-config-files", "main-local.php", yii2),
    ("feathers-default-json", "default.json", feathers),
    ("meteor-settings-json", "settings.json", meteor),
    ("pagerduty-events-payloads", "events.jsonl", pagerduty),
    ("observability-agent-keys", "configuration.yaml", instana),
    ("observability-agent-keys", "appsignal.yml", appsignal),
    ("age-sops-keys", "keys.txt", age_keys),
    ("infra-access-tokens", "pve01-terminal.txt", proxmox),
]
