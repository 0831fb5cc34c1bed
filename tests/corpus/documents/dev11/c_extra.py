"""More gateways (APISIX, Tyk, Caddy), AWS tooling (Serverless, rclone, s3cmd, botocore debug, Logstash, Vector),
Swedish member registers and shop payment logs."""
import json
from c_common import *
from c_infra import awspair
from c_sweden import svname, addr


def apisix(C):
    for i in range(1, 4):
        d = C.doc(f"apisix/access-{i}.log")
        out = []
        for j in range(R.randint(5, 8)):
            r = R.random()
            if r < 0.65:
                auth = "Bearer " + d.bearer()
            elif r < 0.8:
                auth = "Basic " + d.L("basic-auth", basic(choice(["partner", "edi", "monitor"]), password()))
            else:
                auth = "-"
            out.append(f'{ip_doc()} - - [{R.randint(1, 28):02d}/Apr/2025:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000] {host()} '
                       f'"{choice(["GET", "POST"])} /v1/{choice(["orders", "stock", "prices"])} HTTP/1.1" {choice([200, 401, 200])} {R.randint(100, 9000)} 0.0{R.randint(1, 99)} '
                       f'"-" "okhttp/4.12.0" {ip_priv()}:8080 {choice([200, 401])} 0.0{R.randint(1, 99)} "http://{host()}" "{auth}" {d.X(rs(HEX, 32))}')
        d.done("\n".join(out))
    for i in range(1, 3):
        d = C.doc(f"apisix/apisix-{i}.yaml")
        d.done(f"""deployment:
  role: traditional
  admin:
    admin_key:
      - name: admin
        key: {d.L('generic-secret', generic('alnum32'))}
        role: admin
      - name: viewer
        key: {d.L('generic-secret', generic('hex32'))}
        role: viewer
  etcd:
    host:
      - "https://etcd.corp.local:2379"
    user: apisix
    password: "{d.L('password', password())}"
consumers:
  - username: webshop
    plugins:
      key-auth:
        key: {d.L('generic-secret', generic())}
  - username: partner
    plugins:
      basic-auth:
        username: partner
        password: {d.L('password', password())}
      jwt-auth:
        key: partner-key
        secret: {d.L('generic-secret', generic('b64_32'))}
plugins:
  - name: http-logger
    conf:
      uri: https://logs.corp.local/apisix
      auth_header: "Bearer {d.bearer(choice(['opaque', 'hex']))}"
#END
""")


def tyk(C):
    for i in range(1, 3):
        d = C.doc(f"tyk/api-definition-{i}.json")
        d.done(json.dumps({"name": choice(["Orders", "Partner", "Legacy ERP"]), "api_id": d.X(rs(HEX, 32)), "org_id": rs(HEX, 24), "use_keyless": False,
                           "auth": {"auth_header_name": "Authorization"}, "version_data": {"not_versioned": True, "versions": {"Default": {"name": "Default",
                           "global_headers": {"Authorization": "Bearer " + d.bearer(), "X-Upstream-Key": d.L("generic-secret", generic())}}}},
                           "proxy": {"listen_path": "/orders/", "target_url": f"http://{host()}:8080", "strip_listen_path": True},
                           "active": True}, indent=2))
    for i in range(1, 3):
        d = C.doc(f"tyk/tyk-{i}.conf")
        d.done(json.dumps({"listen_port": 8080, "secret": d.L("generic-secret", generic("alnum32")), "node_secret": d.L("generic-secret", generic("alnum32")),
                           "template_path": "/opt/tyk-gateway/templates", "use_db_app_configs": False,
                           "storage": {"type": "redis", "host": "redis.corp.local", "port": 6379, "password": d.L("password", password())},
                           "analytics_config": {"type": "mongo", "mongo_url": "mongodb://tyk:" + d.L("url-credentials", pw_url(password())) + "@mongo.corp.local:27017/tyk_analytics"},
                           "hash_keys": True, "policies": {"policy_source": "file"}}, indent=2))
    d = C.doc("tyk/gateway.log")
    out = []
    for j in range(8):
        r = R.random()
        if r < 0.6:
            out.append(f'time="{ts_iso(False)}" level=debug msg="Attempted access with key" api_id={rs(HEX, 32)} key={d.L("bearer-token|generic-secret", bearer("hex")[0])} origin={ip_doc()} path=/orders/v1')
        else:
            out.append(f'time="{ts_iso(False)}" level=warning msg="Attempted access with malformed header." api_name=Orders key=****{rs(HEX, 4)} origin={ip_doc()} path=/orders/v1')
    d.done("\n".join(out))


def caddy(C):
    for i in range(1, 4):
        d = C.doc(f"caddy/access-{i}.json.log")
        out = []
        for j in range(R.randint(5, 7)):
            hdrs = {"User-Agent": [choice(["curl/8.5.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"])], "Accept": ["*/*"]}
            r = R.random()
            if i == 1:
                hdrs["Authorization"] = ["REDACTED"]
            elif r < 0.65:
                hdrs["Authorization"] = ["Bearer " + d.bearer()]
            elif r < 0.85:
                hdrs["Authorization"] = ["Basic " + d.L("basic-auth", basic(choice(["ops", "backup", "grafana"]), password()))]
            else:
                hdrs["X-Api-Key"] = [d.L("generic-secret", generic())]
            out.append(json.dumps({"level": "info", "ts": R.randint(1735689600, 1767225600) + R.random(), "logger": "http.log.access.log0",
                                   "msg": "handled request", "request": {"remote_ip": ip_doc(), "remote_port": str(R.randint(30000, 65000)),
                                   "client_ip": ip_doc(), "proto": "HTTP/2.0", "method": "GET", "host": "files.nordkraft.se", "uri": "/api/v1/shares",
                                   "headers": hdrs, "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2", "server_name": "files.nordkraft.se"}},
                                   "bytes_read": 0, "user_id": "", "duration": R.random() / 10, "size": R.randint(100, 9000), "status": 200,
                                   "resp_headers": {"Server": ["Caddy"], "Etag": [d.X(etag())]}}))
        d.done("\n".join(out))
    d = C.doc("caddy/Caddyfile")
    d.done(f"""{{
	email {d.L('email', email(domain='nordkraft.se'))}
	servers {{
		log_credentials
	}}
}}

files.nordkraft.se {{
	log {{
		output file /var/log/caddy/access.log
		format json
	}}
	basic_auth /admin/* {{
		admin {d.X('$2a$14$' + rs(ALNUM + './', 53))}
	}}
	reverse_proxy {ip_priv()}:8080 {{
		header_up Authorization "Bearer {d.bearer(choice(['opaque', 'b64url']))}"
	}}
}}
""")


def serverless(C):
    for i in range(1, 6):
        d = C.doc(f"serverless/serverless-{i}.yml")
        ak, sk = awspair(d)
        d.done(f"""service: {svc()}-{choice(['api', 'jobs', 'webhooks'])}
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-north-1
  stage: ${{opt:stage, 'dev'}}
  environment:
    TABLE_NAME: ${{self:service}}-${{sls:stage}}
    PARTNER_API_KEY: {d.L('generic-secret', generic())}
    DB_PASSWORD: ${{ssm:/prod/db/password}}
    LEGACY_ACCESS_KEY_ID: {ak}
    LEGACY_SECRET_ACCESS_KEY: {sk}
    SENTRY_DSN: https://{d.X(rs(HEX, 32))}@o{R.randint(10**5, 10**6)}.ingest.sentry.io/{R.randint(10**6, 10**7)}

functions:
  webhook:
    handler: src/webhook.handler
    environment:
      WEBHOOK_SECRET: {d.L('generic-secret', generic())}
    events:
      - httpApi:
          path: /webhook
          method: post
""")
    d = C.doc("serverless/sls-deploy-verbose.log")
    ak, sk = awspair(d)
    d.done(f"""Deploying {svc()}-api to stage prod (eu-north-1)

Packaging
Retrieving CloudFormation stack
Uploading
Uploading CloudFormation file to S3
Uploading State file to S3
Uploading service api.zip file to S3 (2.1 MB)
Updating CloudFormation stack
Creating new change set
Waiting for new change set to be created
Change Set did not reach desired state, retrying
Executing created change set
  UPDATE_COMPLETE - AWS::Lambda::Function - WebhookLambdaFunction
  CREATE_COMPLETE - AWS::Lambda::Version - WebhookLambdaVersion{d.X(rs(ALNUM, 40))}

✔ Service deployed to stack {svc()}-api-prod (74s)

endpoint: POST - https://{rs('abcdefghijklmnopqrstuvwxyz0123456789', 10)}.execute-api.eu-north-1.amazonaws.com/webhook
functions:
  webhook: {svc()}-api-prod-webhook (2.1 MB)

Environment: SLS_DEBUG=* AWS_ACCESS_KEY_ID={ak} AWS_SECRET_ACCESS_KEY={sk}
""")


def rclone(C):
    for i in range(1, 4):
        d = C.doc(f"rclone/rclone-{i}.conf")
        ak, sk = awspair(d)
        ak2, sk2 = awspair(d)
        d.done(f"""[s3-backup]
type = s3
provider = AWS
access_key_id = {ak}
secret_access_key = {sk}
region = eu-north-1
acl = private

[wasabi]
type = s3
provider = Wasabi
access_key_id = {ak2}
secret_access_key = {sk2}
endpoint = s3.eu-central-1.wasabisys.com

[nas]
type = sftp
host = nas.corp.local
user = backup
key_file = ~/.ssh/id_ed25519_backup
md5sum_command = md5sum

[crypt]
type = crypt
remote = s3-backup:vault
# password set through RCLONE_CONFIG_CRYPT_PASSWORD in the systemd unit
""")


def s3cmd(C):
    for i in range(1, 6):
        d = C.doc(f"s3cmd/s3cfg-{i}")
        ak, sk = awspair(d)
        d.done(f"""[default]
access_key = {ak}
secret_key = {sk}
access_token =
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_command = /usr/bin/gpg
gpg_passphrase = {d.L('password', password('phrase'))}
encrypt = False
signature_v2 = False
use_https = True
""")


def botocore(C):
    for i in range(1, 4):
        d = C.doc(f"botocore-debug/debug-{i}.log")
        ak, sk = awspair(d)
        ak2 = d.L("aws-access-key-id", aws_id())
        lines = [f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.credentials - DEBUG - Looking for credentials via: env",
                 f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.credentials - INFO - Found credentials in shared credentials file: ~/.aws/credentials",
                 f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.auth - DEBUG - Calculating signature using v4 auth.",
                 f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.auth - DEBUG - StringToSign:\nAWS4-HMAC-SHA256\n20250304T102201Z\n20250304/eu-north-1/s3/aws4_request\n{d.X(sha256())}",
                 f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.auth - DEBUG - Signature:\n{d.X(sha256())}",
                 f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=https://nordkraft-backups.s3.eu-north-1.amazonaws.com/?list-type=2, headers={{'User-Agent': b'Boto3/1.35.10 md/Botocore#1.35.10 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.3', 'X-Amz-Date': b'20250304T102201Z', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential={ak2}/20250304/eu-north-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={d.X(sha256())}'}}>",
                 f"{ts_iso(False)[:19].replace('T', ' ')},{R.randint(100, 999)} - MainThread - botocore.parsers - DEBUG - Response headers: {{'x-amz-id-2': '{d.X(b64s(56))}', 'x-amz-request-id': '{rs('0123456789ABCDEF', 16)}', 'ETag': '{d.X(etag())}'}}",
                 f"# pasted from the user's ~/.aws/credentials while debugging:",
                 f"# aws_access_key_id = {ak}",
                 f"# aws_secret_access_key = {sk}",
                 f"# (docs example, ignore) aws_access_key_id = {AWS_DOC_ID} / {AWS_DOC_SECRET}"]
        d.done("\n".join(lines))
    d = C.doc("botocore-debug/aws-configure-list.txt")
    d.done(f"""$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                  default           manual    --profile
access_key     ****************{rs(B32, 4)} shared-credentials-file
secret_key     ****************{rs(ALNUM, 4)} shared-credentials-file
    region               eu-north-1      config-file    ~/.aws/config
$ aws sts get-caller-identity
{{
    "UserId": "{d.X(aroa())}",
    "Account": "{R.randint(10**11, 10**12)}",
    "Arn": "arn:aws:iam::{R.randint(10**11, 10**12)}:user/ci-deployer"
}}
""")


def logstash(C):
    for i in range(1, 5):
        d = C.doc(f"logstash/pipeline-{i}.conf")
        ak, sk = awspair(d)
        d.done(f"""input {{
  s3 {{
    bucket => "nordkraft-elb-logs"
    region => "eu-north-1"
    access_key_id => "{ak}"
    secret_access_key => "{sk}"
    prefix => "AWSLogs/"
  }}
  jdbc {{
    jdbc_connection_string => "jdbc:postgresql://{ip_priv()}:5432/orders"
    jdbc_user => "logstash"
    jdbc_password => "{d.L('password', password())}"
    statement => "SELECT * FROM audit WHERE id > :sql_last_value"
  }}
}}
filter {{
  mutate {{ remove_field => ["[headers][authorization]"] }}
  fingerprint {{ source => "message" method => "SHA256" key => "{d.L('generic-secret', generic('hex32'))}" }}
}}
output {{
  elasticsearch {{
    hosts => ["https://es.corp.local:9200"]
    user => "logstash_writer"
    password => "{d.L('password', password())}"
    api_key => "${{ES_API_KEY}}"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
  }}
}}
""")


def vector(C):
    for i in range(1, 4):
        d = C.doc(f"vector/vector-{i}.toml")
        ak, sk = awspair(d)
        d.done(f"""[sources.app_logs]
type = "file"
include = ["/var/log/app/*.log"]

[sinks.s3_archive]
type = "aws_s3"
inputs = ["app_logs"]
bucket = "nordkraft-log-archive"
region = "eu-north-1"
auth.access_key_id = "{ak}"
auth.secret_access_key = "{sk}"
encoding.codec = "json"

[sinks.datadog]
type = "http"
inputs = ["app_logs"]
uri = "https://logs.corp.local/ingest"
auth.strategy = "bearer"
auth.token = "{d.L('bearer-token|generic-secret', bearer(choice(['opaque', 'b64url']))[0])}"

[sinks.loki]
type = "loki"
inputs = ["app_logs"]
endpoint = "https://logs-prod-eu-west-0.grafana.net"
auth.strategy = "basic"
auth.user = "{R.randint(100000, 999999)}"
auth.password = "{d.L('generic-secret|password', 'glc_' + b64s(60, pad=False))}"
labels.app = "{{{{ app }}}}"
""")


def medlemsregister(C):
    for i in range(1, 5):
        d = C.doc(f"se-medlemsregister/{choice(['idrottsforening', 'bostadsrattsforening', 'kor', 'fackklubb'])}-{i}.csv")
        rows = ["Medlemsnr,Förnamn,Efternamn,Personnummer,Adress,Postnr,Ort,Telefon,E-post,Medlem sedan,Senaste faktura"]
        for k in range(R.randint(5, 7)):
            fn, ln = svname()
            st, z, c = addr()
            rows.append(",".join([d.X(datelike_luhn(choice(["short", "long"]))), fn, ln, d.L("se-personnummer", personnummer(choice(["short-", "long-", "long", "short"]))),
                                  f'"{st}"', z, c, d.L("phone", phone("se", R.random() < 0.3)), d.L("email", email(fn, ln)),
                                  f"20{R.randint(10, 24)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", d.X(datelike_luhn("short-"))]))
        d.done("\n".join(rows))


def shoplogs(C):
    for i in range(1, 4):
        d = C.doc(f"woocommerce/fatal-errors-{i}.log")
        out = []
        for j in range(R.randint(3, 5)):
            order = d.X(luhn_order(8))
            r = R.random()
            if r < 0.5:
                cn = d.L("credit-card", card())
                out.append(f"{ts_iso(False)} DEBUG payment-gateway-legacy: Request: {{\"order_id\":\"{order}\",\"card_number\":\"{cn}\",\"exp\":\"{R.randint(1, 12):02d}/{R.randint(26, 30)}\",\"cvc\":\"***\",\"email\":\"{d.L('email', email())}\"}}")
            else:
                out.append(f"{ts_iso(False)} INFO payment-gateway-legacy: order {order} paid with card {d.X(masked_card())} (test card {choice(TEST_CARDS)} in staging)")
            out.append(f"{ts_iso(False)} DEBUG payment-gateway-legacy: Response: {{\"status\":\"approved\",\"txn\":\"{d.X(uuid4())}\",\"reference\":\"{d.X(luhn_order(16))}\"}}")
        out.append(f"{ts_iso(False)} CRITICAL Uncaught Error: Call to undefined method WC_Order::get_shipping_phone() in /var/www/html/wp-content/plugins/legacy-gateway/gateway.php:{R.randint(100, 900)}")
        d.done("\n".join(out))
    d = C.doc("woocommerce/wp-config-excerpt.php")
    d.done(f"""<?php
define( 'DB_NAME', 'shop' );
define( 'DB_USER', 'shop' );
define( 'DB_PASSWORD', '{d.L('password', password())}' );
define( 'DB_HOST', '{ip_priv()}' );
define( 'AUTH_KEY',         '{d.L('generic-secret', rs(ALNUM + '!*-_.+=?~^@:[]{{}}|<>', 64).replace("'", '!'))}' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'NONCE_SALT',       '{d.L('generic-secret', rs(ALNUM + '!*-_.+=?~^@:', 64))}' );
define( 'WP_DEBUG', false );
""")
