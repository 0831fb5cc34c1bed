"""Configuration carriers: .env, YAML, Helm, compose, k8s, INI, TOML, properties,
XML configs, PHP/Python settings, tfvars/HCL/terraform state, vault output,
dotfiles.  Mostly generic secrets, passwords and AWS keys, with placeholders,
references and non-secret hashes right beside them."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *


def lk_env_block(r):
    return (f"GIT_COMMIT={sha1(r)}\nBUILD_ID={r.randint(1000, 9999)}-{short_sha(r)}\n"
            f"RELEASE_VERSION={r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}\n")


# ------------------------------------------------------------------ .env files

def laravel_env(d, i):
    r = d.rng
    app = ["billing", "crm", "lms", "inventory"][i]
    ak = d.sec("laravel")
    dbpw = d.pw()
    mailpw = d.pw("random")
    kid, ks = d.aws()
    pusher_secret = d.sec("hex32" if i % 2 else "alnum24")
    redis = ["null", "", "${REDIS_PASSWORD}", "null"][i]
    return f"""APP_NAME="{app.capitalize()} Portal"
APP_ENV=production
APP_KEY={ak}
APP_DEBUG=false
APP_URL=https://{app}.corp.example

LOG_CHANNEL=stack
LOG_DEPRECATIONS_CHANNEL=null
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST={ip_private(r)}
DB_PORT=3306
DB_DATABASE={app}_prod
DB_USERNAME={app}_app
DB_PASSWORD={shq(dbpw) if i % 2 else '"' + dbpw + '"'}

BROADCAST_DRIVER=pusher
CACHE_DRIVER=redis
FILESYSTEM_DISK=s3
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120

REDIS_HOST=redis.{app}.svc.cluster.local
REDIS_PASSWORD={redis}
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.corp.example
MAIL_PASSWORD={mailpw}
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS="no-reply@corp.example"

AWS_ACCESS_KEY_ID={kid}
AWS_SECRET_ACCESS_KEY={ks}
AWS_DEFAULT_REGION={r.choice(['eu-west-1', 'ap-south-1', 'us-east-2', 'eu-north-1'])}
AWS_BUCKET={app}-uploads-{r.randint(100, 999)}
AWS_USE_PATH_STYLE_ENDPOINT=false

PUSHER_APP_ID={r.randint(1000000, 1999999)}
PUSHER_APP_KEY={rs(r, HEX, 20)}
PUSHER_APP_SECRET={pusher_secret}

JWT_SECRET={d.sec("alnum40" if False else "alnum32")}
JWT_TTL=60
PUSHER_APP_CLUSTER=ap2

VITE_PUSHER_APP_KEY="${{PUSHER_APP_KEY}}"
VITE_PUSHER_APP_CLUSTER="${{PUSHER_APP_CLUSTER}}"
# asset manifest {md5(r)}
"""


def node_env(d, i):
    r = d.rng
    sess = d.sec(["hex64", "b64_48", "alnum40"][i])
    jwt_secret = d.sec(["b64url_32", "hex64", "b64_32"][i])
    dbpw = new_password(r)
    stripe = d.L("stripe-key", new_stripe(r, "rk_live_" if i == 2 else "sk_live_"))
    whsec = d.L("generic-secret", REG.fresh(lambda: "whsec_" + rs(r, ALNUM, 32)))
    sentry_pub = md5(r)
    return f"""# .env.production -- loaded by dotenv-flow
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
{lk_env_block(r)}
DATABASE_URL=postgres://api:{d.L('password|url-credentials', urlenc(dbpw))}@pg-primary.internal:5432/api?sslmode=require
DATABASE_POOL_MAX=20
REDIS_URL=redis://redis-master.internal:6379/0

SESSION_SECRET={sess}
SESSION_COOKIE_NAME=sid
JWT_SECRET={jwt_secret}
JWT_ISSUER=https://auth.corp.example/
JWT_EXPIRES_IN=15m
COOKIE_SECRET={d.sec("b64url_32")}
FIELD_ENCRYPTION_KEY={d.sec("hex64")}

STRIPE_SECRET_KEY={stripe}
STRIPE_WEBHOOK_SECRET={whsec}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_{rs(r, ALNUM, 99)}

SENTRY_DSN=https://{sentry_pub}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}
NEXT_PUBLIC_POSTHOG_KEY=phc_{rs(r, ALNUM, 43)}
FEATURE_FLAGS=checkout_v2,new_onboarding,search-typeahead
CACHE_KEY_PREFIX=api:v{r.randint(2, 9)}:
"""


def django_env(d, i):
    r = d.rng
    sk = d.L("generic-secret", new_django_key(r))
    dbpw = new_password(r)
    emailpw = d.pw("random")
    kid, ks = d.aws()
    return f"""# Django settings via django-environ
DEBUG=False
SECRET_KEY='{sk}'
ALLOWED_HOSTS=portal.corp.example,.internal
DATABASE_URL=psql://portal:{d.L('password|url-credentials', urlenc(dbpw))}@10.20.{i}.15:5432/portal
CACHE_URL=rediscache://127.0.0.1:6379/1?client_class=django_redis.client.DefaultClient
EMAIL_HOST=smtp.sendgrid.net
EMAIL_HOST_USER=apikey
EMAIL_HOST_PASSWORD={emailpw}
EMAIL_PORT=587
DJANGO_AWS_ACCESS_KEY_ID={kid}
DJANGO_AWS_SECRET_ACCESS_KEY={ks}
DJANGO_AWS_STORAGE_BUCKET_NAME=portal-static-{sha1(r)[:8]}
CSRF_TRUSTED_ORIGINS=https://portal.corp.example
# staticfiles manifest hash: {md5(r)}
CELERY_BROKER_URL=amqp://guest:guest@localhost:5672//
"""


# ------------------------------------------------------------------ Rails

def rails_credentials(d, i):
    r = d.rng
    skb = d.sec("rails")
    kid, ks = d.aws()
    mk = d.L("generic-secret", new_hex(r, 32))
    pw = d.pw()
    ar_primary = d.sec("alnum32")
    ar_det = d.sec("alnum32")
    ar_salt = d.sec("alnum32")
    return f"""$ cat config/master.key
{mk}
$ EDITOR=cat bin/rails credentials:show
# aws:
#   access_key_id: 123
#   secret_access_key: 345

secret_key_base: {skb}

aws:
  access_key_id: {kid}
  secret_access_key: {ks}

active_record_encryption:
  primary_key: {ar_primary}
  deterministic_key: {ar_det}
  key_derivation_salt: {ar_salt}

database:
  password: {yq(pw)}

$ git log -1 --format='%H %s'
{sha1(r)} Rotate credentials after offboarding
$ bin/rails runner 'puts Rails.application.credentials.config.keys.inspect'
[:secret_key_base, :aws, :active_record_encryption, :database]
"""


def rails_database_yml(d, i):
    r = d.rng
    pw = d.pw()
    rpw = d.pw("random")
    return f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: shop_development
  username: shop
  password: <%= ENV["SHOP_DATABASE_PASSWORD"] %>

test:
  <<: *default
  database: shop_test

production:
  primary:
    <<: *default
    host: db-{i}.shop.internal
    database: shop_production
    username: shop_prod
    password: {yq(pw)}
  primary_replica:
    <<: *default
    host: db-{i}-ro.shop.internal
    database: shop_production
    username: shop_readonly
    password: {yq(rpw)}
    replica: true
  cache:
    <<: *default
    database: shop_production_cache
    migrations_paths: db/cache_migrate
"""


# ------------------------------------------------------------------ Spring

def spring_yaml(d, i):
    r = d.rng
    pw = d.pw()
    cs = d.sec(["alnum40", "b64url_32"][i % 2])
    jwt = d.sec(["b64_48", "hex64"][i % 2])
    mqpw = d.pw("alnum")
    return f"""server:
  port: 8443
  ssl:
    key-store: classpath:keystore.p12
    key-store-password: ${{KEYSTORE_PASSWORD}}
    key-store-type: PKCS12
spring:
  application:
    name: order-service
  datasource:
    url: jdbc:postgresql://orders-db.internal:5432/orders
    username: orders_svc
    password: {yq(pw)}
    hikari:
      maximum-pool-size: 15
  rabbitmq:
    host: mq.internal
    username: orders
    password: {yq(mqpw)}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: order-service
            client-secret: {cs}
            authorization-grant-type: client_credentials
            scope: openid,orders.write
        provider:
          keycloak:
            issuer-uri: https://sso.corp.example/realms/internal
app:
  jwt:
    signing-key: {jwt}
  encryption:
    key: {d.sec("hex32")}
    salt: {d.sec("hex32" if False else "hex64")}
    ttl: PT15M
  build:
    commit: {sha1(r)}
    version: 3.{i}.{r.randint(0, 20)}
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
"""


def spring_properties(d, i):
    r = d.rng
    pw = d.pw()
    kid, ks = d.aws()
    enc = d.sec("hex32")
    mailpw = d.pw("phrase")
    return f"""# application-prod.properties
spring.datasource.url=jdbc:mysql://mysql-prod.internal:3306/ledger?useSSL=true
spring.datasource.username=ledger
spring.datasource.password={pw}
spring.jpa.hibernate.ddl-auto=validate
spring.mail.host=smtp.office365.com
spring.mail.username=alerts@corp.example
spring.mail.password={mailpw}
cloud.aws.credentials.access-key={kid}
cloud.aws.credentials.secret-key={ks}
cloud.aws.region.static=eu-central-1
jasypt.encryptor.password=${{JASYPT_PASSWORD}}
ledger.crypto.encryption-key={enc}
ledger.crypto.key-id=kms-{uuid4(r)}
info.app.git.commit={sha1(r)}
logging.level.org.hibernate.SQL=WARN
"""


# ------------------------------------------------------------------ compose

def compose(d, i):
    r = d.rng
    pgpw = d.pw()
    rootpw = d.pw("random")
    minio = d.pw("alnum")
    secret = d.sec("hex64")
    v = ["3.8", "3.9", ""][i]
    return f"""{'version: "' + v + '"' if v else '# compose spec'}
services:
  db:
    image: postgres:16.3@sha256:{sha256(r)}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {yq(pgpw)}
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD={rootpw}
      - MYSQL_DATABASE=legacy
  minio:
    image: quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: {yq(minio)}
  api:
    build:
      context: .
      args:
        GIT_SHA: {sha1(r)}
    environment:
      DATABASE_URL: postgres://app:${{POSTGRES_PASSWORD}}@db:5432/app
      APP_SECRET: {secret}
      SECRET_KEY_BASE: {d.sec("rails")}
      AWS_ACCESS_KEY_ID: {d.L("aws-access-key-id", new_aws_id(r))}
      AWS_SECRET_ACCESS_KEY: {yq(d.L("aws-secret-key", new_aws_secret(r)))}
      HEALTHCHECK_TOKEN_HEADER: X-Health-Check
    depends_on: [db, mysql, minio]
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "{d.pw("alnum")}", "--appendonly", "yes"]
  worker:
    image: ghcr.io/corp/worker@sha256:{sha256(r)}
    env_file: .env.worker
volumes:
  pgdata: {{}}
"""


# ------------------------------------------------------------------ Helm / k8s

def helm_values(d, i):
    r = d.rng
    pgpw = d.pw()
    pgadmin = d.pw("random")
    redispw = d.pw("alnum")
    sk = d.sec(["hex64", "b64_32", "alnum40"][i])
    return f"""# values-prod.yaml for charts/platform
image:
  repository: registry.corp.example/platform/api
  tag: "{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
  digest: sha256:{sha256(r)}
  pullPolicy: IfNotPresent

postgresql:
  enabled: true
  auth:
    username: platform
    password: {yq(pgpw)}
    postgresPassword: {yq(pgadmin)}
    database: platform
    existingSecret: ""

redis:
  architecture: standalone
  auth:
    enabled: true
    password: {yq(redispw)}

persistence:
  s3:
    bucket: platform-media
    accessKey: {d.L("aws-access-key-id", new_aws_id(r))}
    secretKey: {yq(d.L("aws-secret-key", new_aws_secret(r)))}

app:
  secretKey: {sk}
  jwtSecret: {d.sec("b64url_48")}
  # rendered from the chart, do not hardcode
  databasePassword: "{{{{ .Values.postgresql.auth.password }}}}"
  smtpPassword: ""
  featureFlags:
    - billing.v2
    - search.semantic
  podAnnotations:
    checksum/config: {sha256(r)}

ingress:
  enabled: true
  hosts:
    - host: platform.corp.example
      paths: ["/"]
"""


def k8s_secret_stringdata(d, i):
    r = d.rng
    ns = ["payments", "identity", "search"][i]
    pw = d.pw()
    api_secret = d.sec(["hex64", "b64url_32", "alnum32"][i])
    kid, ks = d.aws()
    hmac = d.sec("b64_32")
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: {ns}-runtime
  namespace: {ns}
  labels:
    app.kubernetes.io/name: {ns}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
stringData:
  DB_PASSWORD: {yq(pw)}
  API_SECRET: {api_secret}
  AWS_ACCESS_KEY_ID: {kid}
  AWS_SECRET_ACCESS_KEY: {ks}
  WEBHOOK_HMAC_KEY: {hmac}
  SESSION_SECRET: {d.sec("hex64")}
  ENCRYPTION_KEY: {d.sec("b64_32")}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {ns}-config
  namespace: {ns}
data:
  LOG_LEVEL: info
  CONFIG_CHECKSUM: {sha256(r)}
  OTEL_SERVICE_NAME: {ns}
  BUILD_SHA: {sha1(r)}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {ns}
  namespace: {ns}
spec:
  replicas: 3
  selector:
    matchLabels: {{app: {ns}}}
  template:
    metadata:
      labels: {{app: {ns}}}
      annotations:
        checksum/secret: {sha256(r)}
    spec:
      containers:
        - name: {ns}
          image: registry.corp.example/{ns}@sha256:{sha256(r)}
          envFrom:
            - secretRef:
                name: {ns}-runtime
            - configMapRef:
                name: {ns}-config
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: redis
                  key: redis-password
"""


def k8s_secret_data(d, i):
    r = d.rng
    pw = new_password(r)
    tok = new_secret(r, "hex40")
    pw_b = d.L("password", b64(pw.encode()))
    tok_b = d.L("generic-secret", b64(tok.encode()))
    user_b = b64(b"grafana-admin")
    ca = b64(pem_cert(r, 6).encode())
    return f"""$ kubectl -n monitoring get secret grafana-admin -o yaml
apiVersion: v1
data:
  admin-password: {pw_b}
  admin-user: {user_b}
  api-token: {tok_b}
  ca.crt: {ca}
kind: Secret
metadata:
  creationTimestamp: "2024-05-02T09:14:51Z"
  name: grafana-admin
  namespace: monitoring
  resourceVersion: "{r.randint(10000000, 99999999)}"
  uid: {uuid4(r)}
type: Opaque
$ kubectl -n monitoring describe secret grafana-admin
Name:         grafana-admin
Namespace:    monitoring
Labels:       <none>
Annotations:  <none>

Type:  Opaque

Data
====
admin-password:  {len(pw)} bytes
admin-user:      13 bytes
api-token:       40 bytes
ca.crt:          {len(ca) * 3 // 4} bytes
"""


def kubectl_decode(d, i):
    r = d.rng
    pw = d.pw()
    sec = d.sec("hex64")
    return f"""$ kubectl get secret -n argocd argocd-initial-admin-secret -o jsonpath="{{.data.password}}" | base64 -d; echo
{pw}
$ kubectl get secret -n vault vault-unseal -o jsonpath='{{.data.unseal-key}}' | base64 --decode
{sec}
$ kubectl get pods -n argocd
NAME                                                READY   STATUS    RESTARTS   AGE
argocd-application-controller-0                     1/1     Running   0          12d
argocd-repo-server-{short_sha(r)[:10]}-{rs(r, LOWER_DIG, 5)}          1/1     Running   0          12d
argocd-server-{short_sha(r)[:10]}-{rs(r, LOWER_DIG, 5)}               1/1     Running   0          12d
$ argocd login argocd.corp.example --username admin --password '{pw}' --grpc-web
'admin:login' logged in successfully
Context 'argocd.corp.example' updated
$ argocd account update-password --current-password '*****' --new-password '*****'
"""


# ------------------------------------------------------------------ INI / dotfiles

def my_cnf(d, i):
    r = d.rng
    pw = d.pw()
    pw2 = d.pw("random")
    return f"""# ~/.my.cnf  (chmod 600)
[client]
user=backup
password={pw}
host=mysql-{i}.db.internal
default-character-set=utf8mb4

[mysqldump]
user=dump
password="{pw2}"
single-transaction
quick

[mysql]
prompt=\\u@\\h [\\d]>\\_
# server-id = {r.randint(1, 99)}
# ssl-ca=/etc/mysql/ca.pem   sha1 {sha1(r)}
"""


def pgpass(d, i):
    r = d.rng
    lines = ["# hostname:port:database:username:password"]
    for k in range(4):
        pw = d.pw()
        lines.append(f"pg-{['primary', 'replica', 'analytics', 'reporting'][k]}.internal:5432:{['app', 'app', 'dwh', '*'][k]}:{['app', 'readonly', 'etl', 'report'][k]}:{pw.replace(':', chr(92) + ':')}")
    lines.append("localhost:5432:*:postgres:*")
    for cat, v in list(d.labels):
        pass
    text = "\n".join(lines) + "\n"
    # passwords containing ':' are written escaped; relabel those
    return text


def odbc_ini(d, i):
    r = d.rng
    pw = d.pw("alnum")
    pw2 = d.pw("human")
    return f"""[ODBC Data Sources]
WAREHOUSE=ODBC Driver 18 for SQL Server
CRM=MySQL ODBC 8.0 Unicode Driver

[WAREHOUSE]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:sql-dwh-{i}.corp.example,1433
Database=dwh
UID=svc_reports
PWD={pw}
Encrypt=yes
TrustServerCertificate=no

[CRM]
Driver=MySQL ODBC 8.0 Unicode Driver
SERVER=crm-db.internal
DATABASE=crm
USER=crm_ro
PASSWORD={pw2}
OPTION=3

[LEGACY]
Driver=PostgreSQL Unicode
Servername=pg-legacy.internal
Port=5432
Database=erp
Username=erp_report
Password={d.pw("alnum")}
"""


def supervisord(d, i):
    r = d.rng
    pw = d.pw("simple")
    return f"""[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700

[inet_http_server]
port=127.0.0.1:9001
username=ops
password={pw}

[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/var/run/supervisord.pid

[program:worker]
command=/opt/app/venv/bin/celery -A app worker -l info
environment=CELERY_BROKER_URL="redis://:%(ENV_REDIS_PASSWORD)s@redis:6379/0",APP_BUILD="{short_sha(r)}"
autorestart=true
"""


def grafana_ini(d, i):
    r = d.rng
    adminpw = d.pw()
    sk = d.sec("alnum32" if i == 0 else "hex32")
    dbpw = d.pw("random")
    smtppw = d.pw("alnum")
    return f"""[server]
protocol = https
domain = grafana.corp.example
root_url = %(protocol)s://%(domain)s/

[database]
type = postgres
host = pg.internal:5432
name = grafana
user = grafana
# If the password contains # or ; you have to wrap it with triple quotes
password = \"\"\"{dbpw}\"\"\"

[security]
admin_user = admin
admin_password = {adminpw}
secret_key = {sk}
disable_gravatar = true
cookie_secure = true

[auth.generic_oauth]
enabled = true
client_id = grafana
client_secret = ${{GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET}}

[auth.github]
enabled = true
client_id = Iv1.{rs(r, HEX, 16)}
client_secret = {d.sec("hex40")}

[smtp]
enabled = true
host = smtp.corp.example:587
user = grafana@corp.example
password = {smtppw}
from_address = grafana@corp.example
"""


def redis_conf(d, i):
    r = d.rng
    pw = d.sec("hex64", cat="password")
    mpw = d.pw("alnum")
    return f"""# redis.conf (excerpt)
bind 0.0.0.0
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
# requirepass foobared
requirepass {pw}
masterauth {mpw}
rename-command CONFIG ""
appendonly yes
appendfilename "appendonly.aof"
user default on #{sha256(r)} ~* &* +@all
user metrics on >{pw} ~* &* +info +ping
"""


def netrc(d, i):
    r = d.rng
    p1 = d.pw()
    p2 = d.L("generic-secret", new_hex(r, 40))
    p3 = d.pw("random")
    return f"""machine artifactory.corp.example
  login deploy-bot
  password {p1}

machine api.heroku.com login ops@corp.example password {p2}

machine ftp.partner.example login exchange password {p3}

default login anonymous password guest@
"""


def git_credentials(d, i):
    r = d.rng
    t1 = d.L("github-token|url-credentials", new_github(r))
    p2 = new_password(r, "random")
    t3 = d.L("gitlab-token|url-credentials", new_gitlab(r))
    return f"""https://octo-ci:{t1}@github.com
https://jdoe:{d.L('password|url-credentials', urlenc(p2))}@bitbucket.corp.example
https://oauth2:{t3}@gitlab.com
"""


def rclone_conf(d, i):
    r = d.rng
    kid, ks = d.aws()
    b2key = d.sec("alnum32")
    obscured = rs(r, B64URL, 40)
    return f"""[s3-archive]
type = s3
provider = AWS
access_key_id = {kid}
secret_access_key = {ks}
region = eu-west-2
storage_class = DEEP_ARCHIVE

[b2]
type = b2
account = {rs(r, HEX, 12)}
key = {b2key}
hard_delete = true

[sftp-nas]
type = sftp
host = nas.lan
user = backup
key_file = ~/.ssh/id_ed25519_backup
md5sum_command = md5sum
"""


def s3cfg(d, i):
    r = d.rng
    kid, ks = d.aws()
    gpg = d.pw("phrase")
    return f"""[default]
access_key = {kid}
secret_key = {ks}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_command = /usr/bin/gpg
gpg_passphrase = {gpg}
signature_v2 = False
use_https = True
# example from the docs, kept for reference:
# access_key = {AWS_EXAMPLE_ID}
# secret_key = {AWS_EXAMPLE_SECRET}
"""


def aws_credentials(d, i):
    r = d.rng
    k1, s1 = d.aws()
    k2, s2 = d.aws()
    k3 = new_aws_id(r, "ASIA")
    d.L("aws-access-key-id", k3)
    s3 = d.L("aws-secret-key", new_aws_secret(r))
    tok = d.L("generic-secret", new_session_token(r))
    return f"""[default]
aws_access_key_id = {k1}
aws_secret_access_key = {s1}

[{['prod-deploy', 'billing', 'data-lake'][i]}]
aws_access_key_id={k2}
aws_secret_access_key={s2}
region=eu-west-1

[mfa]
aws_access_key_id = {k3}
aws_secret_access_key = {s3}
aws_session_token = {tok}
# expires 2024-06-11T17:42:09Z

[{['analytics', 'legacy-s3'][i]}]
aws_access_key_id = {d.L("aws-access-key-id", new_aws_id(r))}
aws_secret_access_key = {d.L("aws-secret-key", new_aws_secret(r))}

[{['backup', 'terraform'][i]}]
aws_access_key_id={d.L("aws-access-key-id", new_aws_id(r))}
aws_secret_access_key={d.L("aws-secret-key", new_aws_secret(r))}
output=json

[docs-example]
aws_access_key_id = {AWS_EXAMPLE_ID}
aws_secret_access_key = {AWS_EXAMPLE_SECRET}
"""


def aws_config_sso(d, i):
    r = d.rng
    acct = lk_digits(r, 12)
    return f"""[default]
region = eu-west-1
output = json

[profile sandbox]
sso_session = corp
sso_account_id = {acct}
sso_role_name = PowerUserAccess
region = eu-north-1

[profile ci]
role_arn = arn:aws:iam::{acct}:role/ci-deployer
source_profile = default
external_id = {uuid4(r)}
mfa_serial = arn:aws:iam::{lk_digits(r, 12)}:mfa/ops

[sso-session corp]
sso_start_url = https://d-{rs(r, LOWER_DIG, 10)}.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
"""


# ------------------------------------------------------------------ TOML

def gitlab_runner_toml(d, i):
    r = d.rng
    tok = d.L("gitlab-token", new_gitlab(r, "glrt-"))
    kid, ks = d.aws()
    return f"""concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "build-{i}.ci.internal"
  url = "https://gitlab.corp.example"
  id = {r.randint(100, 999)}
  token = "{tok}"
  token_obtained_at = 2024-04-02T10:11:12Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "{kid}"
      SecretKey = "{ks}"
      BucketName = "runner-cache-{rs(r, LOWER_DIG, 6)}"
      BucketLocation = "eu-west-1"
  [runners.docker]
    tls_verify = false
    image = "alpine:3.20"
    privileged = true
    volumes = ["/cache"]
"""


def telegraf_conf(d, i):
    r = d.rng
    tok = d.L("generic-secret", REG.fresh(lambda: b64(rbytes(r, 64)).replace("+", "-").replace("/", "_")))
    pw = d.pw()
    return f"""[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "edge-{i}"

[[outputs.influxdb_v2]]
  urls = ["https://influx.corp.example:8086"]
  token = "{tok}"
  organization = "ops"
  bucket = "telegraf"

[[inputs.mysql]]
  servers = ["monitor:{pw}@tcp(127.0.0.1:3306)/?tls=false"]
  perf_events_statements_digest_text_limit = 120

[[inputs.cpu]]
  percpu = true
  totalcpu = true
"""


def gitea_app_ini(d, i):
    r = d.rng
    sk = d.sec("alnum40" if False else "b64url_48")
    it = d.jwt({"nbf": 1700000000 + r.randrange(10**6)}, alg="HS256", cat="jwt|generic-secret")
    js = d.sec("b64url_32")
    dbpw = d.pw()
    lfs = d.sec("b64url_32")
    return f"""APP_NAME = Gitea: Git with a cup of tea
RUN_MODE = prod
RUN_USER = git

[database]
DB_TYPE  = postgres
HOST     = 127.0.0.1:5432
NAME     = gitea
USER     = gitea
PASSWD   = `{dbpw}`
SSL_MODE = disable

[server]
DOMAIN           = git.corp.example
ROOT_URL         = https://git.corp.example/
LFS_START_SERVER = true
LFS_JWT_SECRET   = {lfs}

[security]
INSTALL_LOCK   = true
SECRET_KEY     = {sk}
INTERNAL_TOKEN = {it}
PASSWORD_HASH_ALGO = pbkdf2

[oauth2]
JWT_SECRET = {js}

[service]
DISABLE_REGISTRATION = true
"""


def streamlit_secrets(d, i):
    r = d.rng
    pw = d.pw()
    key = d.L("openai-key", new_openai(r))
    tok = d.sec("hex40")
    return f"""# .streamlit/secrets.toml
[connections.snowflake]
account = "xy{r.randint(10000, 99999)}.eu-central-1"
user = "STREAMLIT_APP"
password = "{pw}"
warehouse = "COMPUTE_WH"
database = "ANALYTICS"
schema = "PUBLIC"
role = "REPORTER"

OPENAI_API_KEY = "{key}"
internal_api_token = "{tok}"
cache_namespace = "{md5(r)[:12]}"
"""


# ------------------------------------------------------------------ Terraform / HCL / Vault

def tfvars(d, i):
    r = d.rng
    dbpw = d.pw()
    tok = d.sec(["hex64", "alnum40"][i])
    cf = d.sec("alnum40")
    return f"""# terraform.tfvars -- {['prod', 'staging'][i]}
environment          = "{['prod', 'staging'][i]}"
region               = "eu-west-1"
vpc_cidr             = "10.{40 + i}.0.0/16"
db_instance_class    = "db.r6g.large"
db_master_username   = "dbadmin"
db_master_password   = "{dbpw}"
datadog_site         = "datadoghq.eu"
pagerduty_token      = "{tok}"
cloudflare_api_token = "{cf}"
aws_access_key       = "{d.L("aws-access-key-id", new_aws_id(r))}"
aws_secret_key       = "{d.L("aws-secret-key", new_aws_secret(r))}"
ami_id               = "ami-{rs(r, HEX, 17)}"
kms_key_id           = "arn:aws:kms:eu-west-1:{lk_digits(r, 12)}:key/{uuid4(r)}"
tags = {{
  CostCenter = "{r.randint(1000, 9999)}"
  Owner      = "platform"
  GitSha     = "{sha1(r)}"
}}
"""


def provider_tf(d, i):
    r = d.rng
    kid, ks = d.aws()
    vt = d.sec("vault")
    return f"""terraform {{
  required_version = ">= 1.6.0"
  required_providers {{
    aws   = {{ source = "hashicorp/aws", version = "~> 5.50" }}
    vault = {{ source = "hashicorp/vault", version = "4.2.0" }}
  }}
  backend "s3" {{
    bucket         = "tfstate-{rs(r, LOWER_DIG, 8)}"
    key            = "network/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks"
  }}
}}

# TODO(ops): move these to the shared credentials file before merging
provider "aws" {{
  region     = "eu-west-1"
  access_key = "{kid}"
  secret_key = "{ks}"
}}

provider "vault" {{
  address = "https://vault.corp.example:8200"
  token   = "{vt}"
}}

variable "db_password" {{
  type      = string
  sensitive = true
}}

resource "aws_db_instance" "main" {{
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "dbadmin"
  password          = var.db_password
  allocated_storage = 50
}}
"""


def consul_hcl(d, i):
    r = d.rng
    enc = d.sec("b64_32")
    mgmt = d.sec("uuid")
    agent = d.sec("uuid")
    return f"""datacenter = "eu-west-1"
data_dir   = "/opt/consul"
server     = true
bootstrap_expect = 3
encrypt    = "{enc}"
retry_join = ["provider=aws tag_key=consul tag_value=server"]
node_id    = "{uuid4(r)}"

acl {{
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  tokens {{
    initial_management = "{mgmt}"
    agent              = "{agent}"
  }}
}}

tls {{
  defaults {{
    ca_file   = "/etc/consul.d/consul-agent-ca.pem"
    cert_file = "/etc/consul.d/dc1-server-consul-0.pem"
    key_file  = "/etc/consul.d/dc1-server-consul-0-key.pem"
  }}
}}
"""


def consul_token_output(d, i):
    r = d.rng
    s1 = d.sec("uuid")
    acc = uuid4(r)
    return f"""$ consul acl token create -description "payments service" -service-identity "payments"
AccessorID:       {acc}
SecretID:         {s1}
Partition:        default
Namespace:        default
Description:      payments service
Local:            false
Create Time:      2024-05-14 11:02:33.18811 +0000 UTC
Service Identities:
   payments (Datacenters: all)
$ consul acl token list -format=json | jq -r '.[].AccessorID'
{uuid4(r)}
{acc}
{uuid4(r)}
$ consul acl token read -id {acc} | grep -i secret
SecretID:         {s1}
"""


def vault_kv(d, i):
    r = d.rng
    app = ["checkout", "ledger", "notifier"][i]
    apikey = d.sec(["alnum40", "hex64", "b64url_32"][i])
    pw = d.pw()
    hmac = d.sec("hex64")
    return f"""$ vault kv get -mount=secret {app}/prod
======= Secret Path =======
secret/data/{app}/prod

======= Metadata =======
Key                Value
---                -----
created_time       2024-06-0{i + 1}T08:31:12.442918Z
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            {r.randint(3, 19)}

======== Data ========
Key             Value
---             -----
api_key         {apikey}
db_password     {pw}
db_username     {app}_svc
hmac_key        {hmac}
webhook_secret  {d.sec("alnum40")}
aws_access_key_id      {d.L("aws-access-key-id", new_aws_id(r))}
aws_secret_access_key  {d.L("aws-secret-key", new_aws_secret(r))}
$ vault token lookup | grep -E 'accessor|policies|ttl'
accessor            {rs(r, ALNUM, 24)}
policies            [default {app}-read]
ttl                 767h58m41s
"""


def vault_login(d, i):
    r = d.rng
    tok = d.sec("vault")
    acc = rs(r, ALNUM, 24)
    pw = d.pw()
    return f"""$ vault login -method=userpass username=deploy password='{pw}'
Success! You are now authenticated. The token information displayed below
is already stored in the token helper. You do NOT need to run "vault login"
again. Future Vault requests will automatically use this token.

Key                    Value
---                    -----
token                  {tok}
token_accessor         {acc}
token_duration         768h
token_renewable        true
token_policies         ["default" "deploy"]
identity_policies      []
policies               ["default" "deploy"]
token_meta_username    deploy
$ vault token revoke -accessor {acc}
Success! Revoked token (if it existed)
"""


def tfstate(d, i):
    r = d.rng
    PRIV = pem_private(r, "RSA")
    d.L("private-key", json_inner(PRIV))
    SECRET_STRING_PLACEHOLDER = "SECRET_STRING_PLACEHOLDER"
    acct = lk_digits(r, 12)
    kid = new_aws_id(r)
    ks = new_aws_secret(r)
    d.L("aws-access-key-id", kid)
    d.L("aws-secret-key", ks)
    smtp = d.L("password", new_secret(r, "b64_32"))
    dbpw = d.pw("alnum")
    rnd = d.pw("random")
    state = {
        "version": 4, "terraform_version": "1.8.4", "serial": r.randint(10, 400),
        "lineage": uuid4(r), "outputs": {"db_endpoint": {"value": f"main.{rs(r, LOWER_DIG, 12)}.eu-west-1.rds.amazonaws.com:5432", "type": "string"}},
        "resources": [
            {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 0, "attributes": {
                 "create_date": "2024-03-11T09:12:44Z", "encrypted_secret": None, "id": kid, "key_fingerprint": None,
                 "secret": ks, "ses_smtp_password_v4": smtp, "status": "Active", "user": "ci-deployer"},
                 "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]},
            {"mode": "managed", "type": "aws_iam_access_key", "name": "exporter", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 0, "attributes": {"id": d.L("aws-access-key-id", new_aws_id(r)), "secret": d.L("aws-secret-key", new_aws_secret(r)),
                                                                 "status": "Active", "user": "exporter", "pgp_key": None}}]},
            {"mode": "managed", "type": "aws_secretsmanager_secret_version", "name": "api", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 0, "attributes": {"arn": f"arn:aws:secretsmanager:eu-west-1:{acct}:secret:api-{rs(r, ALNUM, 6)}",
                                                                 "secret_string": SECRET_STRING_PLACEHOLDER, "version_id": uuid4(r)}}]},
            {"mode": "managed", "type": "tls_private_key", "name": "deploy", "provider": "provider[\"registry.terraform.io/hashicorp/tls\"]",
             "instances": [{"schema_version": 1, "attributes": {"algorithm": "RSA", "ecdsa_curve": "P224", "id": sha1(r),
                                                                 "private_key_pem": PRIV + "\n", "public_key_fingerprint_md5": ":".join(rs(r, HEX, 2) for _ in range(16)),
                                                                 "public_key_openssh": ssh_pub(r, "").strip() + "\n", "public_key_pem": pem_pubkey(r) + "\n", "rsa_bits": 2048},
                            "sensitive_attributes": [[{"type": "get_attr", "value": "private_key_pem"}]]}]},
            {"mode": "managed", "type": "random_password", "name": "db", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
             "instances": [{"schema_version": 3, "attributes": {
                 "bcrypt_hash": "$2a$10$" + rs(r, ALNUM + "./", 53), "id": "none", "keepers": None, "length": len(rnd),
                 "lower": True, "min_lower": 0, "numeric": True, "override_special": "!#%&*+-=?@^_~", "result": rnd, "special": True}}]},
            {"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 2, "attributes": {
                 "arn": f"arn:aws:rds:eu-west-1:{acct}:db:main", "engine": "postgres", "engine_version": "16.3",
                 "password": dbpw, "username": "dbadmin", "resource_id": "db-" + rs(r, UPPER_DIG, 26),
                 "kms_key_id": f"arn:aws:kms:eu-west-1:{acct}:key/{uuid4(r)}"}}]},
        ]}
    api_key = new_secret(r, "alnum40")
    inner = json.dumps({"api_key": api_key, "endpoint": "https://api.partner.example"})
    d.L("generic-secret", api_key)
    text = json.dumps(state, indent=2) + "\n"
    return text.replace('"SECRET_STRING_PLACEHOLDER"', json.dumps(inner))


def terraform_plan_clean(d, i):
    r = d.rng
    return f"""Terraform used the selected providers to generate the following execution plan.
Resource actions are indicated with the following symbols:
  ~ update in-place

Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {{
        id                     = "db-{rs(r, UPPER_DIG, 26)}"
      ~ password               = (sensitive value)
        tags                   = {{
            "GitSha" = "{sha1(r)}"
        }}
        # (52 unchanged attributes hidden)
    }}

  # aws_secretsmanager_secret_version.api will be updated in-place
  ~ resource "aws_secretsmanager_secret_version" "api" {{
        id             = "arn:aws:secretsmanager:eu-west-1:{lk_digits(r, 12)}:secret:api-{rs(r, ALNUM, 6)}|{uuid4(r).upper()}"
      ~ secret_string  = (sensitive value)
        version_id     = "{uuid4(r)}"
    }}

Plan: 0 to add, 2 to change, 0 to destroy.

Changes to Outputs:
  ~ db_endpoint = "main.{rs(r, LOWER_DIG, 12)}.eu-west-1.rds.amazonaws.com:5432"
  ~ api_secret  = (sensitive value)

─────────────────────────────────────────────────────────────────────────────
Saved the plan to: tfplan-{short_sha(r)}
"""


# ------------------------------------------------------------------ properties / XML

def gradle_properties(d, i):
    r = d.rng
    sp = d.pw()
    op = d.pw("random")
    gpg = d.pw("phrase")
    return f"""org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official
signing.keyId={rs(r, '0123456789ABCDEF', 8)}
signing.password={gpg}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername=corp-release
ossrhPassword={op}
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD={sp}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD={sp}
VERSION_NAME=4.{i}.{r.randint(0, 20)}
VERSION_CODE={r.randint(400, 900)}
"""


def kafka_client_properties(d, i):
    r = d.rng
    pw = d.pw("alnum")
    ts = d.pw()
    sr = d.pw("random")
    return f"""bootstrap.servers=b-1.kafka.internal:9096,b-2.kafka.internal:9096
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders-producer" password="{pw}";
ssl.truststore.location=/etc/kafka/truststore.jks
ssl.truststore.password={ts}
client.id=orders-producer-{short_sha(r)}
schema.registry.url=https://schema-registry.internal
basic.auth.credentials.source=USER_INFO
schema.registry.basic.auth.user.info=sr-client:{sr}
acks=all
"""


def core_site_xml(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>s3a://datalake-{rs(r, LOWER_DIG, 6)}</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{kid}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{ks}</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.eu-west-1.amazonaws.com</value>
  </property>
  <property>
    <name>fs.s3a.server-side-encryption.key</name>
    <value>arn:aws:kms:eu-west-1:{lk_digits(r, 12)}:key/{uuid4(r)}</value>
  </property>
</configuration>
"""


def maven_settings(d, i):
    r = d.rng
    p1 = d.pw()
    p2 = d.L("password", xesc(new_password(r, "random")))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>corp-releases</id>
      <username>deployer</username>
      <password>{p1}</password>
    </server>
    <server>
      <id>corp-snapshots</id>
      <username>deployer</username>
      <password>{{COQLCE6DU6GtcS5P=}}</password>
    </server>
    <server>
      <id>github</id>
      <username>ci-bot</username>
      <password>${{env.GITHUB_TOKEN}}</password>
    </server>
    <server>
      <id>nexus-legacy</id>
      <username>admin</username>
      <password>{p2}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>corp-central</id>
      <url>https://nexus.corp.example/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
"""


def tomcat_users(d, i):
    r = d.rng
    p1 = d.L("password", xesc(new_password(r)))
    p2 = d.pw("alnum")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>
  <user username="robot" password="<must-be-changed>" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="ops" password="{p1}" roles="manager-gui"/>
  <user username="jenkins" password="{p2}" roles="manager-script"/>
  <user username="monitor" password="{d.L("password", xesc(new_password(r, "human")))}" roles="manager-status"/>
</tomcat-users>
"""


def web_config(d, i):
    r = d.rng
    p1 = d.pw()
    p2 = d.pw("alnum")
    mk = d.L("generic-secret", REG.fresh(lambda: rs(r, "0123456789ABCDEF", 128)))
    dk = d.L("generic-secret", REG.fresh(lambda: rs(r, "0123456789ABCDEF", 64)))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Server=tcp:sql-{i}.corp.example,1433;Initial Catalog=Intranet;Persist Security Info=False;User ID=intranet_app;Password={p1};MultipleActiveResultSets=False;Encrypt=True;" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Data Source=rpt-sql;Initial Catalog=Reports;User Id=rpt;Pwd={p2};" providerName="System.Data.SqlClient" />
    <add name="Local" connectionString="Server=(localdb)\\MSSQLLocalDB;Database=Intranet;Trusted_Connection=True;" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="{mk}" decryptionKey="{dk}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="2880" />
    </authentication>
  </system.web>
  <appSettings>
    <add key="BuildHash" value="{sha1(r)}" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
</configuration>
"""


def nuget_config(d, i):
    r = d.rng
    p = d.pw("alnum")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="corp" value="https://pkgs.corp.example/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <corp>
      <add key="Username" value="build-agent" />
      <add key="ClearTextPassword" value="{p}" />
    </corp>
  </packageSourceCredentials>
  <trustedSigners>
    <author name="microsoft">
      <certificate fingerprint="{rs(r, '0123456789ABCDEF', 64)}" hashAlgorithm="SHA256" allowUntrustedRoot="false" />
    </author>
  </trustedSigners>
</configuration>
"""


def jenkins_credentials(d, i):
    r = d.rng
    secret_text = d.sec("hex40")
    enc = "{AQAAABAAAAAQ" + b64(rbytes(r, 48)) + "}"
    return f"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>deployer</username>
          <password>{enc}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <description>migrated from env, re-encrypt!</description>
          <secret>{secret_text}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""


# ------------------------------------------------------------------ app config files

def wp_config(d, i):
    r = d.rng
    dbpw = d.pw()
    keys = []
    for name in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]:
        v = new_secret(r, "wp").replace("'", "").replace("\\", "")
        keys.append(f"define( '{name}',{' ' * (17 - len(name))}'{d.L('generic-secret', v)}' );")
    return f"""<?php
/**
 * The base configuration for WordPress
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_site{i}' );
define( 'DB_USER', 'wp_site{i}' );
define( 'DB_PASSWORD', '{dbpw}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {{@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}}.
 */
{chr(10).join(keys)}
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WP_CACHE_KEY_SALT', 'site{i}.corp.example:' );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
"""


def drupal_settings(d, i):
    r = d.rng
    pw = d.pw()
    salt = d.L("generic-secret", new_b64url(r, 55))
    return f"""<?php
$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '{pw}',
  'prefix' => '',
  'host' => 'mariadb.internal',
  'port' => '3306',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];
$settings['hash_salt'] = '{salt}';
$settings['config_sync_directory'] = '../config/sync';
$settings['deployment_identifier'] = '{sha1(r)}';
$settings['trusted_host_patterns'] = ['^intranet\\.corp\\.example$'];
"""


def mediawiki(d, i):
    r = d.rng
    pw = d.pw()
    sk = d.sec("hex64")

    return f"""<?php
# This file was automatically generated by the MediaWiki 1.41.1
# installer. If you make manual changes, please keep track in case you
# need to recreate them later.
if ( !defined( 'MEDIAWIKI' ) ) {{ exit; }}

$wgSitename = "Ops Wiki";
$wgServer = "https://wiki.corp.example";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBname = "wikidb";
$wgDBuser = "wikiuser";
$wgDBpassword = "{pw}";
$wgSecretKey = "{sk}";
# Changing this will log out all existing sessions.
$wgAuthenticationTokenVersion = "1";
$wgUpgradeKey = "{d.L("generic-secret", new_hex(r, 16))}";
$wgCacheEpoch = "20240511093211";
"""


def symfony_params(d, i):
    r = d.rng
    sec = d.sec("hex40" if False else "hex32")
    pw = d.pw()
    return f"""# config/parameters.yml (legacy Symfony 3 app)
parameters:
    database_host: 127.0.0.1
    database_port: ~
    database_name: shop
    database_user: shop
    database_password: {yq(pw)}
    mailer_transport: smtp
    mailer_host: 127.0.0.1
    mailer_user: ~
    mailer_password: ~
    secret: {sec}
    assets_version: {short_sha(r)}
"""


def appsettings_json(d, i):
    r = d.rng
    PW_BACKSLASH = new_password(r, "human")[:-1] + "\\" + rs(r, ALNUM, 4)
    d.L("password", json_inner(PW_BACKSLASH))
    pw = d.pw()
    jk = d.sec(["b64_48", "alnum40"][i % 2])
    cs = d.sec("alnum40" if False else "b64url_32")
    cfg = {
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*",
        "ConnectionStrings": {"Default": f"Server=sql-prod-{i}.corp.example;Database=Tickets;User Id=tickets_app;Password={pw};TrustServerCertificate=True"},
        "Jwt": {"Issuer": "https://tickets.corp.example", "Audience": "tickets-api", "Key": jk, "ExpiryMinutes": 30},
        "LegacyConnection": "Server=sql-old\\SQLEXPRESS;Database=Tickets;User Id=tickets;Password=" + PW_BACKSLASH + ";",
        "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": uuid4(r), "ClientId": uuid4(r), "ClientSecret": cs},
        "Stripe": {"WebhookSecret": d.L("generic-secret", REG.fresh(lambda: "whsec_" + rs(r, ALNUM, 32))), "PublishableKey": "pk_live_" + rs(r, ALNUM, 99)},
        "Build": {"Commit": sha1(r), "Version": f"2.{i}.{r.randint(0, 99)}"},
    }
    return json.dumps(cfg, indent=2) + "\n"


def keycloak_realm(d, i):
    r = d.rng
    cs1 = d.sec("alnum32")
    cs2 = d.sec("alnum32")
    realm = {"id": uuid4(r), "realm": "internal", "enabled": True, "sslRequired": "external",
             "clients": [
                 {"id": uuid4(r), "clientId": "grafana", "enabled": True, "clientAuthenticatorType": "client-secret",
                  "secret": cs1, "redirectUris": ["https://grafana.corp.example/*"], "publicClient": False},
                 {"id": uuid4(r), "clientId": "portal-spa", "enabled": True, "publicClient": True,
                  "redirectUris": ["https://portal.corp.example/*"], "attributes": {"pkce.code.challenge.method": "S256"}},
                 {"id": uuid4(r), "clientId": "batch-export", "enabled": True, "clientAuthenticatorType": "client-secret",
                  "secret": cs2, "serviceAccountsEnabled": True},
                 {"id": uuid4(r), "clientId": "argocd", "enabled": True, "clientAuthenticatorType": "client-secret", "secret": d.sec("alnum32")},
                 {"id": uuid4(r), "clientId": "vault-oidc", "enabled": True, "clientAuthenticatorType": "client-secret", "secret": d.sec("alnum32")},
                 {"id": uuid4(r), "clientId": "legacy-crm", "enabled": False, "secret": "**********"}],
             "keys": {"kid": rs(r, B64URL, 43), "certificate_sha256": sha256(r)},
             "smtpServer": {"host": "smtp.corp.example", "from": "sso@corp.example", "auth": "true", "user": "sso", "password": "**********"}}
    return json.dumps(realm, indent=2) + "\n"


def airflow_cfg(d, i):
    r = d.rng
    fk = d.sec("fernet")
    sk = d.sec("b64_32")
    pw = new_password(r)
    return f"""[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
fernet_key = {fk}
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:{d.L('password|url-credentials', urlenc(pw))}@pg-airflow.internal:5432/airflow

[celery]
broker_url = redis://:@redis-airflow:6379/0
result_backend = db+postgresql://airflow:{d.labels[-1][1]}@pg-airflow.internal:5432/airflow

[webserver]
base_url = https://airflow.corp.example
secret_key = {sk}
expose_config = False

[logging]
remote_logging = True
remote_base_log_folder = s3://airflow-logs-{rs(r, LOWER_DIG, 6)}/logs
"""


def superset_config(d, i):
    r = d.rng
    sk = d.sec("b64_48")
    pw = new_password(r)
    return f"""# superset_config.py
import os

ROW_LIMIT = 5000
SECRET_KEY = "{sk}"
# previous key, kept for `superset re-encrypt-secrets`
PREVIOUS_SECRET_KEY = os.environ.get("SUPERSET_PREVIOUS_SECRET_KEY")
SQLALCHEMY_DATABASE_URI = "postgresql://superset:{d.L('password|url-credentials', urlenc(pw))}@pg-superset:5432/superset"
WTF_CSRF_ENABLED = True
WTF_CSRF_EXEMPT_LIST = []
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {{"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}}
CACHE_CONFIG = {{"CACHE_TYPE": "RedisCache", "CACHE_KEY_PREFIX": "superset_{short_sha(r)}_"}}
"""


def mattermost_config(d, i):
    r = d.rng
    pw = new_password(r)
    enc = d.sec("alnum32")
    salt = d.sec("alnum32")
    cfg = {"ServiceSettings": {"SiteURL": "https://chat.corp.example", "ListenAddress": ":8065"},
           "SqlSettings": {"DriverName": "postgres",
                           "DataSource": f"postgres://mmuser:{d.L('password|url-credentials', urlenc(pw))}@pg-mm:5432/mattermost?sslmode=disable&connect_timeout=10",
                           "AtRestEncryptKey": enc, "QueryTimeout": 30},
           "FileSettings": {"PublicLinkSalt": salt, "DriverName": "amazons3", "AmazonS3AccessKeyId": d.L("aws-access-key-id", new_aws_id(r)), "AmazonS3SecretAccessKey": d.L("aws-secret-key", new_aws_secret(r))},
           "EmailSettings": {"SMTPServer": "smtp.corp.example", "SMTPUsername": "mattermost", "SMTPPassword": d.pw("random"), "PushNotificationContents": "generic"},
           "PluginSettings": {"Plugins": {"com.github.manland.mattermost-plugin-gitlab": {"webhooksecret": "", "encryptionkey": ""}}}}
    return json.dumps(cfg, indent=4) + "\n"


def gitlab_rb(d, i):
    r = d.rng
    dbpw = d.pw()
    rootpw = d.pw("random")
    smtp = d.pw("alnum")
    return f"""## GitLab configuration settings
external_url 'https://gitlab.corp.example'

gitlab_rails['initial_root_password'] = '{rootpw}'
gitlab_rails['db_adapter'] = "postgresql"
gitlab_rails['db_host'] = "pg-gitlab.internal"
gitlab_rails['db_username'] = "gitlab"
gitlab_rails['db_password'] = "{dbpw}"

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.corp.example"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "gitlab"
gitlab_rails['smtp_password'] = "{smtp}"
gitlab_rails['smtp_domain'] = "corp.example"

# gitlab_rails['ldap_servers'] = {{ 'main' => {{ 'password' => '_the_password_of_the_bind_user' }} }}
gitlab_rails['ldap_servers'] = {{
  'main' => {{ 'label' => 'CORP', 'host' => 'ldap.corp.example', 'port' => 636, 'encryption' => 'simple_tls',
              'bind_dn' => 'cn=gitlab,ou=svc,dc=corp,dc=example', 'password' => '{d.pw()}', 'base' => 'ou=people,dc=corp,dc=example' }}
}}
gitlab_shell['secret_token'] = '{d.sec("hex64")}'
gitlab_rails['otp_key_base'] = '{d.sec("rails")}'
gitlab_rails['db_key_base'] = '{d.sec("rails")}'
gitlab_rails['object_store']['connection'] = {{
  'provider' => 'AWS', 'region' => 'eu-west-1',
  'aws_access_key_id' => '{d.L("aws-access-key-id", new_aws_id(r))}',
  'aws_secret_access_key' => '{d.L("aws-secret-key", new_aws_secret(r))}'
}}
registry['storage'] = {{ 's3' => {{ 'accesskey' => 'AKIA...', 'secretkey' => '...' }} }}
"""


def nextcloud_config(d, i):
    r = d.rng
    salt = d.sec("alnum40" if False else "alnum32")
    secret = d.sec("b64_48")
    pw = d.pw()
    return f"""<?php
$CONFIG = array (
  'instanceid' => 'oc{rs(r, LOWER_DIG, 10)}',
  'passwordsalt' => '{salt}',
  'secret' => '{secret}',
  'trusted_domains' =>
  array (
    0 => 'cloud.corp.example',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '29.0.2.2',
  'overwrite.cli.url' => 'https://cloud.corp.example',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{pw}',
  'installed' => true,
  'maintenance' => false,
);
"""


def harbor_yml(d, i):
    r = d.rng
    apw = d.pw()
    dpw = d.pw("random")
    return f"""hostname: registry.corp.example
http:
  port: 80
https:
  port: 443
  certificate: /data/cert/server.crt
  private_key: /data/cert/server.key
harbor_admin_password: {yq(apw)}
database:
  password: {yq(dpw)}
  max_idle_conns: 100
  max_open_conns: 900
data_volume: /data
storage_service:
  s3:
    region: eu-west-1
    bucket: harbor-{rs(r, LOWER_DIG, 6)}
    accesskey: {d.L("aws-access-key-id", new_aws_id(r))}
    secretkey: {yq(d.L("aws-secret-key", new_aws_secret(r)))}
trivy:
  ignore_unfixed: false
  skip_update: false
jobservice:
  max_job_workers: 10
_version: 2.11.0
"""


def authelia(d, i):
    r = d.rng
    js = d.sec("alnum40" if False else "b64url_48")
    ss = d.sec("alnum32")
    ek = d.sec("hex64")
    lp = d.pw()
    return f"""server:
  address: 'tcp://:9091/'
log:
  level: info
identity_validation:
  reset_password:
    jwt_secret: '{js}'
authentication_backend:
  ldap:
    address: 'ldaps://ldap.corp.example'
    base_dn: 'dc=corp,dc=example'
    user: 'cn=authelia,ou=service,dc=corp,dc=example'
    password: '{lp}'
session:
  secret: '{ss}'
  cookies:
    - domain: 'corp.example'
      authelia_url: 'https://auth.corp.example'
storage:
  encryption_key: '{ek}'
  postgres:
    address: 'tcp://pg:5432'
    database: 'authelia'
    username: 'authelia'
    password: {{{{ secret "/run/secrets/PG_PASSWORD" }}}}
identity_providers:
  oidc:
    hmac_secret: '{d.sec("b64url_48")}'
    clients:
      - client_id: 'grafana'
        client_secret: '$pbkdf2-sha512$310000${rs(r, B64URL, 22)}${rs(r, B64URL, 86)}'
notifier:
  smtp:
    address: 'submission://smtp.corp.example:587'
    username: 'authelia'
    password: ''
"""


def synapse_yaml(d, i):
    r = d.rng
    rs_ = d.sec("alnum40" if False else "b64url_32")
    ms = d.sec("alnum40" if False else "b64url_32")
    fs = d.sec("alnum40" if False else "b64url_32")
    pw = d.pw()
    return f"""server_name: "matrix.corp.example"
pid_file: /data/homeserver.pid
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
    password: {yq(pw)}
    database: synapse
    host: pg-synapse
    cp_min: 5
    cp_max: 10
log_config: "/data/matrix.corp.example.log.config"
media_store_path: /data/media_store
registration_shared_secret: "{rs_}"
report_stats: false
macaroon_secret_key: "{ms}"
form_secret: "{fs}"
turn_shared_secret: "{d.sec("alnum40" if False else "b64url_32")}"
signing_key_path: "/data/matrix.corp.example.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"
"""


def wireguard(d, i):
    r = d.rng
    pk = d.sec("b64_32")
    psk = d.sec("b64_32")
    peer_pub = b64(rbytes(r, 32))
    return f"""# /etc/wireguard/wg0.conf on gw-{i}
[Interface]
Address = 10.66.{i}.1/24
ListenPort = 51820
PrivateKey = {pk}
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

[Peer]
# laptop-{r.randint(100, 999)}
PublicKey = {peer_pub}
PresharedKey = {psk}
AllowedIPs = 10.66.{i}.{r.randint(2, 200)}/32

[Peer]
# site-b
PublicKey = {b64(rbytes(r, 32))}
Endpoint = 198.51.100.{r.randint(2, 250)}:51820
AllowedIPs = 10.67.0.0/16
PersistentKeepalive = 25
"""


def ansible_vars(d, i):
    r = d.rng
    bp = d.pw()
    mp = d.pw("random")
    ak = d.sec("hex32" if False else "alnum32")
    vault_blob = "\n".join("          " + rs(r, "0123456789abcdef", 80) for _ in range(5))
    return f"""---
# group_vars/{['webservers', 'dbservers'][i]}/main.yml
ansible_user: deploy
ansible_become: true
ansible_become_password: {yq(bp)}
mysql_root_password: {yq(mp)}
mysql_replication_password: "{{{{ vault_mysql_replication_password }}}}"
newrelic_license_key: "{{{{ lookup('env', 'NEW_RELIC_LICENSE_KEY') }}}}"
app_api_key: {ak}
ansible_ssh_pass: {yq(d.pw("random"))}
aws_access_key: {d.L("aws-access-key-id", new_aws_id(r))}
aws_secret_key: {yq(d.L("aws-secret-key", new_aws_secret(r)))}
app_release_sha: {sha1(r)}
smtp_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{vault_blob}
"""


def npmrc(d, i):
    r = d.rng
    tok = d.L("npm-token", new_npm(r))
    gh = d.L("github-token", new_github(r))
    return f"""registry=https://registry.npmjs.org/
@corp:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken={gh}
//registry.npmjs.org/:_authToken={tok}
//nexus.corp.example/repository/npm/:_authToken=${{NEXUS_NPM_TOKEN}}
always-auth=true
save-exact=true
"""


def pip_conf(d, i):
    r = d.rng
    pw = new_password(r, "alnum")
    return f"""[global]
index-url = https://pypi-mirror:{d.L('password|url-credentials', urlenc(pw))}@nexus.corp.example/repository/pypi/simple
extra-index-url = https://pypi.org/simple
trusted-host = nexus.corp.example
timeout = 60

[install]
require-hashes = false
# pin: cryptography==42.0.8 --hash=sha256:{sha256(r)}
"""


def pypirc(d, i):
    r = d.rng
    tok = d.L("pypi-token", REG.fresh(lambda: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 160)))
    pw = d.pw()
    return f"""[distutils]
index-servers =
    pypi
    corp

[pypi]
username = __token__
password = {tok}

[corp]
repository = https://nexus.corp.example/repository/pypi-internal/
username = release-bot
password = {pw}

[testpypi]
username = __token__
password = <your TestPyPI token>
"""


def composer_auth(d, i):
    r = d.rng
    gh = d.L("github-token", new_github(r, "gho_"))
    pw = d.pw()
    return json.dumps({"http-basic": {"repo.packagist.com": {"username": "token", "password": pw},
                                       "satis.corp.example": {"username": "ci", "password": "${SATIS_PASSWORD}"}},
                       "github-oauth": {"github.com": gh},
                       "bearer": {}}, indent=4) + "\n"


def docker_config(d, i):
    r = d.rng
    pw1 = new_password(r)
    a1 = d.L("docker-auth", b64(f"ci-pusher:{pw1}".encode()))
    a2 = d.L("docker-auth", b64(f"_json_key_base64:{b64(rbytes(r, 45))}".encode()))
    return json.dumps({"auths": {"registry.corp.example": {"auth": a1},
                                 "europe-docker.pkg.dev": {"auth": a2},
                                 "https://index.docker.io/v1/": {}},
                       "credsStore": "desktop",
                       "currentContext": "default",
                       "plugins": {"-x-cli-hints": {"enabled": "true"}}}, indent=2) + "\n"


def gem_credentials(d, i):
    r = d.rng
    k = d.L("generic-secret", REG.fresh(lambda: "rubygems_" + rs(r, HEX, 48)))
    return f"""---
:rubygems_api_key: {k}
:https://gems.corp.example/: Basic {'*' * 16}
"""


def wg_clean_ssh_config(d, i):
    r = d.rng
    return f"""# ~/.ssh/config
Host bastion
  HostName bastion.corp.example
  User ops
  IdentityFile ~/.ssh/id_ed25519
  IdentitiesOnly yes
  # host key: {fingerprint(r)}

Host *.internal
  ProxyJump bastion
  User deploy
  ServerAliveInterval 30

# authorized on bastion:
# {ssh_pub(r, 'ops@laptop-' + str(r.randint(10, 99)))}
"""


# ------------------------------------------------------------------ clean configs

def clean_helm(d, i):
    r = d.rng
    return f"""# templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{{{ include "api.fullname" . }}}}
  annotations:
    checksum/config: {{{{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}}}
spec:
  template:
    spec:
      containers:
        - name: api
          image: "{{{{ .Values.image.repository }}}}@{{{{ .Values.image.digest }}}}"
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{{{ .Values.db.existingSecret }}}}
                  key: password
            - name: API_TOKEN
              valueFrom:
                secretKeyRef: {{name: api-token, key: token}}
            - name: JWT_SECRET
              value: {{{{ .Values.jwt.secret | quote }}}}
            - name: GIT_SHA
              value: "{sha1(r)}"
---
# values.yaml
image:
  repository: registry.corp.example/api
  digest: sha256:{sha256(r)}
db:
  existingSecret: api-db
  password: ""          # set via --set db.password=... or existingSecret
jwt:
  secret: changeme      # overridden in every real environment
"""


def clean_env_example(d, i):
    r = d.rng
    return f"""# .env.example -- copy to .env and fill in
APP_KEY=
APP_SECRET=<generate with: openssl rand -hex 32>
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=changeme
REDIS_PASSWORD=
JWT_SECRET=your-jwt-secret
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
AWS_ACCESS_KEY_ID={AWS_EXAMPLE_ID}
AWS_SECRET_ACCESS_KEY={AWS_EXAMPLE_SECRET}
SENTRY_DSN=
OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4317
# checksum of the schema this example matches
SCHEMA_SHA256={sha256(r)}
LOCKFILE_MD5={md5(r)}
"""


def clean_k8s_sealed(d, i):
    r = d.rng
    enc = {k: "Ag" + b64(rbytes(r, 300)).rstrip("=") for k in ("password", "api-token")}
    return f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: app-credentials
  namespace: prod
  annotations:
    sealedsecrets.bitnami.com/cluster-wide: "false"
spec:
  encryptedData:
    password: {enc['password']}
    api-token: {enc['api-token']}
  template:
    metadata:
      name: app-credentials
      namespace: prod
    type: Opaque
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: payments-db
  data:
    - secretKey: password
      remoteRef:
        key: secret/data/payments/db
        property: password
"""


def clean_sops(d, i):
    r = d.rng
    def enc(n):
        return f"ENC[AES256_GCM,data:{b64(rbytes(r, n))},iv:{b64(rbytes(r, 32))},tag:{b64(rbytes(r, 16))},type:str]"
    return f"""db:
    user: app
    password: {enc(18)}
api:
    token: {enc(30)}
    url: https://api.corp.example
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:{lk_digits(r, 12)}:key/{uuid4(r)}
          created_at: "2024-04-18T09:12:01Z"
          enc: {b64(rbytes(r, 150))}
          aws_profile: ""
    lastmodified: "2024-06-02T14:55:10Z"
    mac: {enc(32)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
"""


def clean_nginx(d, i):
    r = d.rng
    return f"""upstream api {{
    server 10.0.{i}.11:8080 max_fails=3;
    server 10.0.{i}.12:8080 max_fails=3;
    keepalive 32;
}}

server {{
    listen 443 ssl http2;
    server_name api.corp.example;
    ssl_certificate     /etc/nginx/tls/api.crt;
    ssl_certificate_key /etc/nginx/tls/api.key;
    # pin-sha256="{b64(rbytes(r, 32))}"
    ssl_session_ticket_key /etc/nginx/tls/ticket.key;

    location /private/ {{
        auth_basic           "restricted";
        auth_basic_user_file /etc/nginx/.htpasswd;
    }}
    location / {{
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Request-Id $request_id;
        proxy_pass http://api;
    }}
    add_header Content-Security-Policy "script-src 'self' 'sha256-{b64(rbytes(r, 32))}'";
    add_header ETag "\\"{md5(r)}\\"";
}}
"""


def pgpass_fix(d, i):
    return pgpass(d, i)


DOCS = []
def _add(folder, name, fn, n=1):
    for i in range(n):
        nm = name if n == 1 else name.replace("{i}", str(i + 1))
        DOCS.append((f"{folder}/{nm}", fn, i))


_add("config", "laravel-{i}.env", laravel_env, 2)
_add("config", "api-{i}.env.production", node_env, 2)
_add("config", "portal.env", django_env)
_add("config", "rails-credentials-show.txt", rails_credentials)
_add("config", "database.yml", rails_database_yml)
_add("config", "application.yml", spring_yaml)
_add("config", "application-prod.properties", spring_properties)
_add("config", "docker-compose-{i}.yml", compose, 2)
_add("config", "values-prod-{i}.yaml", helm_values, 2)
_add("k8s", "secret-runtime-{i}.yaml", k8s_secret_stringdata, 2)
_add("k8s", "kubectl-get-secret-grafana.txt", k8s_secret_data)
_add("k8s", "argocd-bootstrap-session.txt", kubectl_decode)
_add("config", "my.cnf", my_cnf)
_add("config", "odbc.ini", odbc_ini)
_add("config", "supervisord.conf", supervisord)
_add("config", "grafana.ini", grafana_ini)
_add("config", "redis.conf", redis_conf)
_add("config", "netrc.txt", netrc)
_add("config", "git-credentials.txt", git_credentials)
_add("config", "rclone.conf", rclone_conf)
_add("config", "s3cfg.ini", s3cfg)
_add("config", "aws-credentials-{i}.ini", aws_credentials, 2)
_add("config", "aws-config.ini", aws_config_sso)
_add("config", "gitlab-runner-config.toml", gitlab_runner_toml)
_add("config", "telegraf.conf", telegraf_conf)
_add("config", "gitea-app.ini", gitea_app_ini)
_add("config", "streamlit-secrets.toml", streamlit_secrets)
_add("iac", "terraform.tfvars", tfvars)
_add("iac", "providers.tf", provider_tf)
_add("iac", "consul-server.hcl", consul_hcl)
_add("iac", "consul-acl-session.txt", consul_token_output)
_add("iac", "vault-kv-get-{i}.txt", vault_kv, 2)
_add("iac", "vault-login.txt", vault_login)
_add("iac", "terraform.tfstate", tfstate)
_add("iac", "plan-output.txt", terraform_plan_clean)
_add("config", "gradle.properties", gradle_properties)
_add("config", "kafka-client.properties", kafka_client_properties)
_add("config", "core-site.xml", core_site_xml)
_add("config", "maven-settings.xml", maven_settings)
_add("config", "tomcat-users.xml", tomcat_users)
_add("config", "web.config", web_config)
_add("config", "NuGet.Config", nuget_config)
_add("config", "jenkins-credentials.xml", jenkins_credentials)
_add("config", "wp-config.php", wp_config)
_add("config", "drupal-settings.php", drupal_settings)
_add("config", "LocalSettings.php", mediawiki)
_add("config", "parameters.yml", symfony_params)
_add("config", "appsettings.json", appsettings_json)
_add("config", "realm-export.json", keycloak_realm)
_add("config", "airflow.cfg", airflow_cfg)
_add("config", "superset_config.py", superset_config)
_add("config", "mattermost-config.json", mattermost_config)
_add("config", "gitlab.rb", gitlab_rb)
_add("config", "nextcloud-config.php", nextcloud_config)
_add("config", "harbor.yml", harbor_yml)
_add("config", "authelia-configuration.yml", authelia)
_add("config", "homeserver.yaml", synapse_yaml)
_add("config", "wg0.conf", wireguard)
_add("config", "group_vars-webservers.yml", ansible_vars)
_add("config", "npmrc.txt", npmrc)
_add("config", "pip.conf", pip_conf)
_add("config", "pypirc.ini", pypirc)
_add("config", "docker-config.json", docker_config)
_add("config", "ssh-config.txt", wg_clean_ssh_config)
_add("k8s", "deployment-template.yaml", clean_helm)
_add("config", "env.example", clean_env_example)
_add("k8s", "sealed-and-external-secrets.yaml", clean_k8s_sealed)
_add("config", "secrets.enc.yaml", clean_sops)
_add("config", "nginx-api.conf", clean_nginx)
_add("config", "pgpass.txt", pgpass)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        text = fn(d, i)
        if fn is pgpass:
            # pgpass escapes ':' and '\\' inside the password field
            fixed = []
            for cat, v in d.labels:
                fixed.append((cat, v.replace("\\", "\\\\").replace(":", "\\:")))
            for (cat, v), (_, nv) in zip(d.labels, fixed):
                if nv != v:
                    d._cat.pop(v)
                    REG.labels.pop(v)
                    d._cat[nv] = cat
                    REG.labels[nv] = path
            d.labels = fixed
        out.append(d.finish(text))
    return out
