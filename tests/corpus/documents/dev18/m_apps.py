"""Application and self-hosted service configs with several secrets each."""
import json

from common import new, Clock, J, X, U, SQ, AN, HEX, B64U, LO, DG, UP


def grafana_ini():
    d = new("grafana-ini", "grafana.ini")
    g = d.g
    admin = d.pw(punct="!#%*+-.?_@")
    sk = d.gs("an32")
    dbp = d.pw(punct="!#%*+-.?_")
    smtp = d.pw(punct="!#%*+-.?_")
    cs = d.gs("an40")
    ldap_cs = d.gs("b64_32")
    smtp_user = d.role_email("grafana", d.dom("se"))
    d.text = f""";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
; /etc/grafana/grafana.ini  -- grafana.{d.dom('se')}
;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
[server]
protocol = http
http_port = 3000
domain = grafana.{d.dom('se')}
root_url = https://%(domain)s/

[database]
type = postgres
host = pg-grafana:5432
name = grafana
user = grafana
# If the password contains # or ; you have to wrap it with triple quotes. Ex \"\"\"#password;\"\"\"
password = \"\"\"{dbp}\"\"\"
ssl_mode = require

[security]
admin_user = admin
admin_password = {admin}
secret_key = {sk}
disable_gravatar = true
cookie_secure = true

[smtp]
enabled = true
host = smtp.office365.com:587
user = {smtp_user}
password = {smtp}
from_address = {smtp_user}
from_name = Grafana

[auth.generic_oauth]
enabled = true
name = Keycloak
allow_sign_up = true
client_id = grafana
client_secret = {cs}
scopes = openid email profile offline_access roles
auth_url = https://sso.{d.dom('se')}/realms/ops/protocol/openid-connect/auth
token_url = https://sso.{d.dom('se')}/realms/ops/protocol/openid-connect/token
api_url = https://sso.{d.dom('se')}/realms/ops/protocol/openid-connect/userinfo

[auth.azuread]
enabled = false
client_id = {d.uuid()}
client_secret = {ldap_cs}
;client_secret = some_client_secret

[external_image_storage.s3]
bucket = grafana-snapshots-{g.s(5, LO + DG)}
region = eu-north-1
access_key = {d.akid()}
secret_key = {d.awssec()}

[unified_alerting]
enabled = true

[plugin.grafana-image-renderer]
rendering_token = {d.gs("an32")}

[analytics]
reporting_enabled = false
"""
    return d


def kibana_yml():
    d = new("kibana-yml", "kibana.yml")
    g = d.g
    pw = d.pw(punct="!#%*+-.?_")
    k1, k2, k3 = d.gs("an32"), d.gs("an32"), d.gs("an32")
    sa = d.L("generic-secret", "AAEAAWVsYXN0aWMva2liYW5hL" + g.s(60, AN))
    pkcs = d.pw(punct="!#%*+-.?_")
    d.text = f"""# =================== System: Kibana Server ===================
server.port: 5601
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.{d.dom()}"
server.ssl.enabled: true
server.ssl.keystore.path: /etc/kibana/certs/kibana.p12
server.ssl.keystore.password: "{pkcs}"

# =================== System: Elasticsearch ===================
elasticsearch.hosts: ["https://es01:9200", "https://es02:9200", "https://es03:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "{pw}"
# elasticsearch.serviceAccountToken: "my_token"
#elasticsearch.serviceAccountToken: "{sa}"
elasticsearch.ssl.certificateAuthorities: [ "/etc/kibana/certs/ca.crt" ]

# =================== Encryption keys ===================
xpack.encryptedSavedObjects.encryptionKey: {k1}
xpack.reporting.encryptionKey: {k2}
xpack.security.encryptionKey: "{k3}"

logging:
  appenders:
    file:
      type: file
      fileName: /var/log/kibana/kibana.log
      layout:
        type: json
  root:
    appenders: [default, file]
"""
    return d


def quarkus_application_properties():
    d = new("quarkus-application-properties", "src/main/resources/application.properties")
    g = d.g
    p1 = d.pw(punct="!#%*+-.?_")
    p2 = d.pw(punct="!#%*+-.?_")
    cs = d.gs("an32")
    sig = d.gs("b64_32")
    ak, sk = d.akid(), d.awssec()
    kpw = d.pw(punct="!#%*+-.?_")
    d.text = f"""# Datasource
quarkus.datasource.db-kind=postgresql
quarkus.datasource.username=tickets
quarkus.datasource.password={p1}
quarkus.datasource.jdbc.url=jdbc:postgresql://tickets-db:5432/tickets
%dev.quarkus.datasource.password=tickets
%test.quarkus.datasource.devservices.enabled=true

# Reactive messaging
kafka.bootstrap.servers=kafka-0.kafka:9093
kafka.security.protocol=SASL_SSL
kafka.sasl.mechanism=SCRAM-SHA-512
kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="tickets" password="{p2}";

# OIDC
quarkus.oidc.auth-server-url=https://sso.{d.dom()}/realms/support
quarkus.oidc.client-id=tickets-backend
quarkus.oidc.credentials.secret={cs}
%dev.quarkus.oidc.credentials.secret=secret

# JWT signing for the customer links
smallrye.jwt.sign.key={sig}
mp.messaging.outgoing.sms.twilio-auth-token={d.vtok("twilio_auth", cat="twilio-key|generic-secret")}
mp.messaging.outgoing.sms.twilio-account-sid=AC{g.hexs(32)}

# S3 attachments
quarkus.s3.aws.region=eu-north-1
quarkus.s3.aws.credentials.type=static
quarkus.s3.aws.credentials.static-provider.access-key-id={ak}
quarkus.s3.aws.credentials.static-provider.secret-access-key={sk}

# TLS
quarkus.http.ssl.certificate.key-store-file=/certs/tickets.p12
quarkus.http.ssl.certificate.key-store-password={kpw}
"""
    return d


def iis_web_config():
    d = new("iis-web-config", "Web.config")
    g = d.g
    p1 = d.pw(enc=X, punct="!#%*+-.?_&")
    p2 = d.pw(enc=X, punct="!#%*+-.?_&")
    mk = d.gs("HEX128")
    dk = d.gs("HEX64")
    smtp = d.pw(enc=X)
    api = d.vtok("aiza")
    em = d.role_email("no-reply", d.dom("se"))
    d.nonip.add("3.0.0.0")  # webpages:Version, a version number
    d.text = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Data Source=SQL01\\PROD;Initial Catalog=Intranet;User ID=intranet_app;Password={p1};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="HrConnection" connectionString="Server=hr-sql.{d.dom('se')};Database=HR;User Id=hr_reader;Pwd={p2};" providerName="System.Data.SqlClient" />
    <add name="Local" connectionString="Server=(localdb)\\MSSQLLocalDB;Integrated Security=true" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="MapsApiKey" value="{api}" />
    <add key="Smtp.User" value="{em}" />
    <add key="Smtp.Password" value="{smtp}" />
    <add key="Recaptcha.SiteKey" value="{d.sitekey()}" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <machineKey validationKey="{mk}" decryptionKey="{dk}" validation="HMACSHA256" decryption="AES" />
    <customErrors mode="RemoteOnly" />
  </system.web>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
"""
    return d


def appwrite_env():
    d = new("appwrite-env", ".env")
    g = d.g
    ok = d.gs("an32")
    dbp = d.pw(punct="-._")
    dbr = d.pw(punct="-._")
    rp = d.pw(punct="-._")
    sp = d.pw(punct="-._")
    ex = d.gs("an40")
    sm = d.role_email("no-reply", d.dom())
    d.text = f"""_APP_ENV=production
_APP_LOCALE=en
_APP_OPTIONS_ABUSE=enabled
_APP_OPTIONS_FORCE_HTTPS=enabled
_APP_OPENSSL_KEY_V1={ok}
_APP_DOMAIN=appwrite.{d.dom()}
_APP_DOMAIN_TARGET=appwrite.{d.dom()}
_APP_CONSOLE_WHITELIST_ROOT=enabled
_APP_SYSTEM_EMAIL_NAME=Appwrite
_APP_SYSTEM_EMAIL_ADDRESS={sm}
_APP_REDIS_HOST=redis
_APP_REDIS_PORT=6379
_APP_REDIS_USER=
_APP_REDIS_PASS={rp}
_APP_DB_HOST=mariadb
_APP_DB_PORT=3306
_APP_DB_SCHEMA=appwrite
_APP_DB_USER=appwrite
_APP_DB_PASS={dbp}
_APP_DB_ROOT_PASS={dbr}
_APP_SMTP_HOST=smtp.eu.mailgun.org
_APP_SMTP_PORT=587
_APP_SMTP_SECURE=tls
_APP_SMTP_USERNAME=postmaster@mg.{d.dom()}
_APP_SMTP_PASSWORD={sp}
_APP_EXECUTOR_SECRET={ex}
_APP_FUNCTIONS_RUNTIMES=node-18.0,php-8.0,python-3.9
_APP_USAGE_STATS=enabled
"""
    d.role_email("postmaster", "mg." + d.dom())
    return d


def peertube_production_yaml():
    d = new("peertube-production-yaml", "production.yaml")
    g = d.g
    sec = d.gs("hex64")
    dbp = d.pw(punct="-._")
    smtp = d.pw(punct="!#%*+-.?_")
    ak, sk = d.akid(), d.awssec()
    admin = d.role_email("admin", d.dom())
    d.text = f"""listen:
  hostname: '0.0.0.0'
  port: 9000

webserver:
  https: true
  hostname: 'video.{d.dom()}'
  port: 443

secrets:
  # Generate one using `openssl rand -hex 32`
  peertube: '{sec}'

database:
  hostname: 'postgres'
  port: 5432
  ssl: false
  suffix: '_prod'
  username: 'peertube'
  password: '{dbp}'
  pool:
    max: 5

redis:
  hostname: 'redis'
  port: 6379
  auth: null
  db: 0

smtp:
  transport: smtp
  hostname: 'smtp.{d.dom()}'
  port: 465
  username: 'peertube'
  password: '{smtp}'
  tls: true
  from_address: '{admin}'

object_storage:
  enabled: true
  endpoint: 's3.eu-central-1.amazonaws.com'
  region: 'eu-central-1'
  credentials:
    access_key_id: '{ak}'
    secret_access_key: '{sk}'
  streaming_playlists:
    bucket_name: 'peertube-playlists'
  web_videos:
    bucket_name: 'peertube-videos'

admin:
  email: '{admin}'
"""
    return d


CARRIERS = [grafana_ini, kibana_yml, quarkus_application_properties, iis_web_config, appwrite_env, peertube_production_yaml]
