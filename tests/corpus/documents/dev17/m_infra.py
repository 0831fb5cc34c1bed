"""Network gear, self-hosted services, secrets-manager CLIs and mobile CI."""
import json as _json


class json:  # noqa: N801
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


def mikrotik(S):
    d = S.doc("mikrotik-export/export-show-sensitive.rsc")
    g = S.g
    d.set(f"""# 2026-11-03 21:14:02 by RouterOS 7.16.1
# software id = {g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4)}-{g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4)}
#
# model = RB5009UG+S+
# serial number = HE{g.chars('0123456789ABCDEF', 10)}
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-out1 user=kvarn-{g.randint(100000, 999999)} password={d.pw('alnum')}
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-home passphrase="{d.pw('words', punct='!-_.')}"
add authentication-types=wpa2-psk name=sec-guest passphrase={d.pw('sv', punct='!')}
add authentication-types=wpa2-psk name=sec-iot passphrase={d.pw('alnum')}
add authentication-types=wpa2-psk,wpa3-psk name=sec-office passphrase="{d.pw('mix', punct='!#%*-=?@_.')}"
add authentication-types=wpa2-psk name=sec-cameras passphrase={d.pw('alnum')}
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-road private-key="{d.lab('generic-secret', S.g.b64(32))}"
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-road name=maja-phone public-key="{d.la(S.g.b64(32))}" preshared-key="{d.lab('generic-secret', S.g.b64(32))}"
/ip ipsec identity
add peer=office-vpn secret={d.pw('mixlong', punct='!#%*-=?@_.')}
/ip hotspot user
add name=guest-lobby password={d.pw('alnum')}
/ppp secret
add name=anna.l password={d.pw('mix', punct='!#%*-=?@_.')} profile=vpn-users service=l2tp
add name=erik.b password={d.pw('alnum')} profile=vpn-users service=l2tp
add name=sara.n password={d.pw('words', punct='!-_.')} profile=vpn-users service=sstp
add name=site-bergen password={d.pw('mixlong', punct='!#%*-=?@_.')} profile=site2site service=l2tp
add name=hampus.f password={d.pw('alnum')} profile=vpn-users service=ovpn
add name=kassa-02 password={d.pw('alnum')} profile=pos service=pppoe
/radius
add address=10.0.0.20 secret={d.pw('alnum')} service=hotspot,wireless
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.0.0.0/16 authentication-password={d.pw('alnum')} authentication-protocol=SHA1 encryption-password={d.pw('alnum')} encryption-protocol=AES name=monitor security=private
/system note
set note="Fallback admin: see KeePass entry 'Fortigate' -- NOT the router password"
/user
add group=full name=netadmin password={d.pw('mix', punct='!#%*-=?@_.')}
add group=read name=zabbix password={d.pw('alnum')}
add group=write name=oxidized password={d.pw('words', punct='!-_.')}
/ip cloud
set ddns-enabled=yes
/tool e-mail
set from=router@kvarnbackens.se port=587 server=smtp.office365.com tls=starttls user=router@kvarnbackens.se password={d.pw('alnum')}
""")
    d.lab("email", "router@kvarnbackens.se")


def synapse(S):
    d = S.doc("synapse-homeserver/homeserver.yaml")
    d.set(f"""# Synapse homeserver config for matrix.kvarnbackens.se
server_name: "kvarnbackens.se"
pid_file: /data/homeserver.pid
public_baseurl: https://matrix.kvarnbackens.se/
listeners:
  - port: 8008
    tls: false
    type: http
    x_forwarded: true
    resources:
      - names: [client, federation]
        compress: false
database:
  name: psycopg2
  args:
    user: synapse
    password: "{d.pw('alnum')}"
    database: synapse
    host: 10.30.0.50
    cp_min: 5
    cp_max: 10
log_config: "/data/matrix.kvarnbackens.se.log.config"
media_store_path: /data/media_store
registration_shared_secret: "{d.gs('b64url')}"
macaroon_secret_key: "{d.gs('b64url')}"
form_secret: "{d.gs('b64url')}"
signing_key_path: "/data/matrix.kvarnbackens.se.signing.key"
report_stats: false
email:
  smtp_host: smtp.office365.com
  smtp_port: 587
  smtp_user: "{d.email(domain='kvarnbackens.se')}"
  smtp_pass: "{d.pw('mix', punct='!#%*-=?@_.')}"
  require_transport_security: true
  notif_from: "Kvarn chat <%(app)s@kvarnbackens.se>"
turn_uris: ["turn:turn.kvarnbackens.se?transport=udp", "turn:turn.kvarnbackens.se?transport=tcp"]
turn_shared_secret: "{d.gs('alnum40')}"
oidc_providers:
  - idp_id: keycloak
    idp_name: "Kvarn SSO"
    issuer: "https://sso.kvarnbackens.se/realms/staff"
    client_id: "synapse"
    client_secret: "{d.gs('alnum32')}"
    scopes: ["openid", "profile"]
app_service_config_files:
  - /data/appservices/mautrix-telegram.yaml
trusted_key_servers:
  - server_name: "matrix.org"
""")
    d2 = S.doc("synapse-homeserver/mautrix-telegram.yaml")
    d2.set(f"""id: telegram
url: http://10.30.0.51:29317
as_token: {d2.gs('alnum40')}
hs_token: {d2.gs('alnum40')}
sender_localpart: {d2.la(S.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}
rate_limited: false
namespaces:
  users:
  - exclusive: true
    regex: '@telegram_.*:kvarnbackens\\.se'
  aliases:
  - exclusive: true
    regex: '#telegram_.*:kvarnbackens\\.se'
# bridge section (from config.yaml)
telegram:
  api_id: {S.g.randint(1000000, 29999999)}
  api_hash: {d2.gs('hex32')}
whatsapp_bridge:
  as_token: {d2.gs('alnum40')}
  hs_token: {d2.gs('alnum40')}
  provisioning_shared_secret: {d2.gs('alnum32')}
  bot_token: {d2.lab('generic-secret', '%d:AA%s' % (S.g.randint(5000000000, 7999999999), S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)))}
""")


def pomerium(S):
    d = S.doc("pomerium-config/config.yaml")
    d.set(f"""# Pomerium - identity-aware proxy for internal tools
authenticate_service_url: https://authenticate.kvarnbackens.se
shared_secret: {d.gs('b64')}
cookie_secret: {d.gs('b64')}
signing_key: {d.la(S.g.b64(180))}
idp_provider: oidc
idp_provider_url: https://sso.kvarnbackens.se/realms/staff
idp_client_id: pomerium
idp_client_secret: {d.gs('alnum32')}
databroker_storage_type: postgres
databroker_storage_connection_string: postgresql://pomerium:{d.lab('url-credentials|password', S.g.password('alnum'))}@10.30.0.60:5432/pomerium?sslmode=require
routes:
  - from: https://grafana.kvarnbackens.se
    to: http://10.30.0.70:3000
    pass_identity_headers: true
    policy:
      - allow:
          or:
            - domain:
                is: kvarnbackens.se
  - from: https://legacy-crm.kvarnbackens.se
    to: http://10.30.0.71:8080
    set_request_headers:
      Authorization: Bearer {d.bt('hex')}
      X-Legacy-Api-Key: {d.gs('alnum40')}
  - from: https://jenkins.kvarnbackens.se
    to: http://10.30.0.72:8080
    set_request_headers:
      Authorization: Basic {d.la('cG9tZXJpdW06' + S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 16))}
""")
    # the Basic credential above is unlabelled on purpose? no: basic-auth is a category - label it
    import re
    m = re.search(r"Authorization: Basic (\S+)", d.text)
    d.looks = [v for v in d.looks if v != m.group(1)]
    d.lab("basic-auth", m.group(1))


def infisical(S):
    d = S.doc("infisical-export/infisical-export-prod.env")
    g = S.g
    d.set(f"""# infisical export --env=prod --path=/ --format=dotenv   (workspace: kvarn-platform)
AWS_ACCESS_KEY_ID='{d.ak()}'
AWS_SECRET_ACCESS_KEY='{d.sk()}'
AWS_REGION='eu-north-1'
BACKUP_AWS_ACCESS_KEY_ID='{d.ak()}'
BACKUP_AWS_SECRET_ACCESS_KEY='{d.sk()}'
SES_SMTP_USERNAME='{d.ak()}'
SES_SMTP_PASSWORD='{d.lab('password|generic-secret', 'B' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43))}'
DATABASE_URL='postgresql://platform:{d.lab('url-credentials|password', g.password('alnum'))}@10.30.0.80:5432/platform'
REDIS_PASSWORD='{d.pw('alnum')}'
JWT_SECRET='{d.gs('hex64')}'
SESSION_SECRET='{d.gs('b64')}'
ENCRYPTION_KEY='{d.gs('hex32')}'
INTERNAL_API_TOKEN='{d.gs('alnum40')}'
PAYMENT_WEBHOOK_SECRET='{d.gs('prefixed')}'
SEARCH_ADMIN_KEY='{d.gs('alnum32')}'
MAPS_PUBLIC_KEY='pk_{g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}'
SMTP_PASSWORD='{d.pw('mix', punct='!#%*-=?@_.')}'
LDAP_BIND_PASSWORD='{d.pw('words')}'
GRAFANA_SA_TOKEN='{d.lab('generic-secret', 'glsa_' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32) + '_' + g.chars('0123456789abcdef', 8))}'
FEATURE_FLAG_SDK_KEY='{d.gs('alnum24')}'
OIDC_CLIENT_ID='platform-web'
OIDC_CLIENT_SECRET='{d.gs('alnum32')}'
STATUSPAGE_API_KEY='{d.gs('hex32')}'
CDN_PURGE_TOKEN='{d.gs('alnum40')}'
ANALYTICS_SECRET='{d.gs('b64url')}'
PDF_SERVICE_KEY='{d.gs('alnum32')}'
SFTP_PARTNER_PASSWORD='{d.pw('alnum')}'
KAFKA_SASL_PASSWORD='{d.pw('alnum')}'
ARCHIVE_AWS_ACCESS_KEY_ID='{d.ak()}'
ARCHIVE_AWS_SECRET_ACCESS_KEY='{d.sk()}'
MEDIA_AWS_ACCESS_KEY_ID='{d.ak()}'
MEDIA_AWS_SECRET_ACCESS_KEY='{d.sk()}'
VAULT_TOKEN='{d.lab('generic-secret', 'hvs.' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 90))}'
GEOIP_LICENSE_KEY='{d.gs('alnum24')}'
TRANSLATION_API_KEY='{d.gs('b64url')}'
PUSH_VAPID_PRIVATE_KEY='{d.gs('b64url')}'
PUSH_VAPID_PUBLIC_KEY='{d.la(S.g.b64(65, url=True, pad=False))}'
SMS_API_SECRET='{d.gs('hex40')}'
ERP_SERVICE_PASSWORD='{d.pw('mix', punct='!#%*-=?@_.')}'
LOG_LEVEL='info'
""")


def bws(S):
    d = S.doc("bws-cli-output/bws-secret-list.json")
    g = S.g
    org = d.uuid()
    proj = d.uuid()
    items = [("DB_PASSWORD", lambda: d.labj("password", g.password("mix", punct="!#%*-=?@_."))),
             ("AWS_ACCESS_KEY_ID", lambda: d.ak()), ("AWS_SECRET_ACCESS_KEY", lambda: d.sk()),
             ("DEPLOY_AWS_ACCESS_KEY_ID", lambda: d.ak()), ("DEPLOY_AWS_SECRET_ACCESS_KEY", lambda: d.sk()),
             ("API_SIGNING_SECRET", lambda: d.gs("hex64")), ("SLACKLESS_WEBHOOK_TOKEN", lambda: d.gs("alnum32")),
             ("PARTNER_API_KEY", lambda: d.gs("b64url")), ("RABBITMQ_PASSWORD", lambda: d.labj("password", g.password("alnum"))),
             ("ADMIN_BOOTSTRAP_PASSWORD", lambda: d.labj("password", g.password("words"))),
             ("PUBLIC_SITE_KEY", lambda: d.la("6Lc" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 37))),
             ("CACHE_TTL_SECONDS", lambda: "3600"), ("BACKUP_AWS_ACCESS_KEY_ID", lambda: d.ak()),
             ("BACKUP_AWS_SECRET_ACCESS_KEY", lambda: d.sk()), ("OIDC_CLIENT_SECRET", lambda: d.gs("alnum32")),
             ("SMTP_PASSWORD", lambda: d.labj("password", g.password("mix", punct="!#%*-=?@_."))),
             ("ENCRYPTION_KEY_V2", lambda: d.gs("b64")), ("REDIS_URL", lambda: "rediss://:" + d.labj("url-credentials|password", g.password("alnum")) + "@10.30.0.90:6380/0")]
    out = []
    for k, fn in items:
        out.append({"object": "secret", "id": g.uuid(), "organizationId": org, "projectId": proj, "key": k, "value": fn(),
                    "note": "", "creationDate": "2026-09-%02dT10:14:22.118Z" % g.randint(1, 28), "revisionDate": "2026-10-%02dT08:02:11.004Z" % g.randint(1, 28)})
    d.set("$ bws secret list " + proj + " --output json\n" + json.dumps(out, indent=2, ensure_ascii=False))


def codemagic(S):
    d = S.doc("codemagic-yaml/codemagic.yaml")
    d.set(f"""workflows:
  ios-release:
    name: iOS release
    max_build_duration: 60
    instance_type: mac_mini_m2
    environment:
      groups:
        - app_store_credentials
      vars:
        APP_STORE_APPLE_ID: 6478123390
        # should be in a group, moved here "temporarily" in March
        AWS_ACCESS_KEY_ID: {d.ak()}
        AWS_SECRET_ACCESS_KEY: {d.sk()}
        SENTRY_AUTH_TOKEN: {d.gs('hex64')}
        MATCH_PASSWORD: {d.pw('words')}
        KEYCHAIN_PASSWORD: "{d.pw('alnum')}"
      flutter: stable
      xcode: latest
    scripts:
      - name: Set up keychain
        script: keychain initialize --password "$KEYCHAIN_PASSWORD"
      - name: Build
        script: flutter build ipa --release --dart-define=API_TOKEN={d.gs('alnum40')}
      - name: Upload symbols
        script: |
          curl -sS -X POST https://crash.kvarnbackens.se/api/symbols \\
            -H "Authorization: Bearer {d.bt('opaque')}" -F file=@build/ios/archive/Runner.xcarchive.zip
    publishing:
      email:
        recipients:
          - {d.email(domain='kvarnbackens.se')}
      app_store_connect:
        api_key: $APP_STORE_CONNECT_PRIVATE_KEY
        key_id: 8XK2Q4J9TR
        issuer_id: {d.uuid()}
  android-release:
    name: Android release
    environment:
      android_signing:
        - kvarn_upload_key
      vars:
        PLAY_UPLOAD_STORE_PASSWORD: {d.pw('alnum')}
        PLAY_UPLOAD_KEY_PASSWORD: {d.pw('alnum')}
        FIREBASE_CI_TOKEN: "1//{d.gs('alnum40')}"
        AWS_ACCESS_KEY_ID: {d.ak()}
        AWS_SECRET_ACCESS_KEY: {d.sk()}
""")


ALL = [mikrotik, synapse, pomerium, infisical, bws, codemagic]
