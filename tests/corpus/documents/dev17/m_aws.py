"""PaaS manifests and AWS credentials in data/backup tools."""
import base64
import json as _json


class json:  # noqa: N801 - every JSON document here is written as UTF-8, not \u-escaped
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


from common import uenc, jesc


def render(S):
    d = S.doc("render-blueprint/render.yaml")
    d.set(f"""# Render Blueprint - https://render.com/docs/blueprint-spec
services:
  - type: web
    name: shop-api
    runtime: node
    plan: standard
    region: frankfurt
    buildCommand: npm ci && npm run build
    startCommand: node dist/server.js
    healthCheckPath: /healthz
    envVars:
      - key: NODE_ENV
        value: production
      - key: DATABASE_URL
        fromDatabase:
          name: shop-db
          property: connectionString
      - key: SESSION_SECRET
        generateValue: true
      - key: AWS_REGION
        value: eu-central-1
      - key: AWS_ACCESS_KEY_ID
        value: {d.ak()}
      - key: AWS_SECRET_ACCESS_KEY
        value: {d.sk()}
      - key: MAILER_API_KEY
        value: {d.gs('b64url')}
      - key: SHIPPING_WEBHOOK_SECRET
        sync: false   # set in dashboard
      - fromGroup: shop-shared
  - type: worker
    name: shop-jobs
    runtime: node
    buildCommand: npm ci
    startCommand: node dist/worker.js
    envVars:
      - key: REDIS_URL
        fromService:
          type: redis
          name: shop-cache
          property: connectionString
      - key: S3_UPLOADS_ACCESS_KEY_ID
        value: {d.ak()}
      - key: S3_UPLOADS_SECRET_ACCESS_KEY
        value: "{d.sk()}"
  - type: redis
    name: shop-cache
    ipAllowList: []
envVarGroups:
  - name: shop-shared
    envVars:
      - key: JWT_SIGNING_SECRET
        value: {d.gs('hex64')}
      - key: SENTRY_DSN
        value: https://{d.hexid(32)}@o{S.g.randint(100000, 999999)}.ingest.de.sentry.io/{S.g.randint(1000000, 9999999)}
databases:
  - name: shop-db
    databaseName: shop
    user: shop
""")


def railway(S):
    d = S.doc("railway-cli/variables.txt")
    g = S.g
    pw = g.password("alnum")
    d.lab("password", pw)
    d.lab("url-credentials|password", pw)
    rows = [("AWS_ACCESS_KEY_ID", d.ak()), ("AWS_SECRET_ACCESS_KEY", d.sk()), ("AWS_DEFAULT_REGION", "eu-west-1"),
            ("BACKUP_S3_KEY_ID", d.ak()), ("BACKUP_S3_SECRET", d.sk()), ("SESSION_SECRET", d.gs("hex64")),
            ("DATABASE_URL", "postgresql://postgres:" + pw + "@postgres.railway.internal:5432/railway"),
            ("PGPASSWORD", pw), ("PGUSER", "postgres"), ("RAILWAY_ENVIRONMENT", "production"),
            ("RAILWAY_PRIVATE_DOMAIN", "worker.railway.internal"),
            ("OPENSEARCH_API_TOKEN", d.gs("alnum40")), ("WEBHOOK_SIGNING_SECRET", d.gs("prefixed")),
            ("FEATURE_FLAGS", "beta_checkout,new_nav")]
    d.labels = [l for l in d.labels if l != ("password", pw)]
    d.labels.insert(0, ("password|url-credentials", pw))
    d.labels = [l for l in d.labels if l != ("url-credentials|password", pw)]
    w = max(len(k) for k, _ in rows)
    out = ["$ railway variables --service worker", "╔" + "═" * 20 + " Variables for worker " + "═" * 20 + "╗"]
    for k, v in rows:
        out.append("║ %s │ %s" % (k.ljust(w), v))
        out.append("║" + "─" * 62)
    out.append("╚" + "═" * 62 + "╝")
    out.append("$ railway variables --service worker --kv | grep -c =")
    out.append(str(len(rows)))
    d.set("\n".join(out))


def caprover(S):
    d = S.doc("caprover-app/app-definition.json")
    g = S.g
    envs = [{"key": "NODE_ENV", "value": "production"},
            {"key": "AWS_ACCESS_KEY_ID", "value": d.ak()},
            {"key": "AWS_SECRET_ACCESS_KEY", "value": d.sk()},
            {"key": "MONGO_URL", "value": "mongodb://srv-captain--mongo:27017/app"},
            {"key": "MONGO_PASSWORD", "value": d.labj("password", g.password("mix", punct="!#%*-=?@_."))},
            {"key": "ADMIN_API_TOKEN", "value": d.gs("hex40")},
            {"key": "PUBLIC_MAPBOX_STYLE", "value": "mapbox://styles/kvarnen/cl0x9k2ab000114o8"}]
    body = {"status": 100, "description": "App definitions are retrieved.",
            "data": {"appDefinitions": [{"appName": "booking-api", "hasPersistentData": False, "instanceCount": 2,
                                         "captainDefinitionRelativeFilePath": "./captain-definition",
                                         "envVars": envs, "volumes": [], "ports": [],
                                         "customDomain": [{"publicDomain": "api.bokning.kvarnbackens.se", "hasSsl": True}],
                                         "httpAuth": {"user": "staff", "password": d.labj("password", g.password("words"))},
                                         "appPushWebhook": {"tokenVersion": d.uuid(), "pushWebhookToken": d.labj("generic-secret", g.secret("hex64"))}}],
                     "rootDomain": "apps.kvarnbackens.se", "defaultNginxConfig": "..."}}
    d.set("# caprover api --path /user/apps/appDefinitions --method GET\n" + json.dumps(body, indent=2, ensure_ascii=False))


def waypoint(S):
    d = S.doc("waypoint-hcl/waypoint.hcl")
    d.set(f"""project = "ledger"

runner {{
  enabled = true
  data_source "git" {{
    url  = "https://git.kvarnbackens.se/platform/ledger.git"
    path = "deploy"
    username = "waypoint-runner"
    password = "{d.pw('alnum')}"
  }}
}}

app "ledger-api" {{
  build {{
    use "docker" {{}}
    registry {{
      use "aws-ecr" {{
        region     = "eu-north-1"
        repository = "ledger-api"
        tag        = gitrefpretty()
      }}
    }}
  }}

  deploy {{
    use "nomad-jobspec" {{
      jobspec = templatefile("${{path.app}}/ledger.nomad.tpl")
    }}
  }}

  config {{
    env = {{
      "AWS_ACCESS_KEY_ID"     = "{d.ak()}"
      "AWS_SECRET_ACCESS_KEY" = "{d.sk()}"
      "LEDGER_DB_PASSWORD"    = "{d.pw('mix', punct='!#%*-=?@_.')}"
      "LEDGER_SIGNING_KEY"    = "{d.gs('b64')}"
      "LOG_LEVEL"             = "info"
      "VAULT_TOKEN"           = dynamic("vault", {{ path = "secret/data/ledger", key = "/data/token" }})
    }}
  }}
}}
""")


def kamal(S):
    d = S.doc("kamal-deploy/.kamal/secrets")
    d.set(f"""# Secrets defined here are available for reference under registry/password, env/secret, builder/secrets,
# and accessories/*/env/secret in config/deploy.yml. All secrets should be pulled from either
# password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE! This file needs to be safe for git.

# Option 1: Read secrets from the environment
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD

# Option 2: Read secrets via a command
# RAILS_MASTER_KEY=$(cat config/master.key)

# Option 3: Read secrets via kamal secrets helpers
# SECRETS=$(kamal secrets fetch --adapter 1password --account my-account --from MyVault/MyItem KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY)

# ...but someone did enter raw ones anyway (ticket OPS-2291):
RAILS_MASTER_KEY={d.gs('hex32')}
POSTGRES_PASSWORD={d.pw('alnum')}
AWS_ACCESS_KEY_ID={d.ak()}
AWS_SECRET_ACCESS_KEY={d.sk()}
""")
    d = S.doc("kamal-deploy/config/deploy.yml")
    d.set(f"""service: bokhylla
image: kvarnbackens/bokhylla

servers:
  web:
    - 10.50.0.21
    - 10.50.0.22
  job:
    hosts:
      - 10.50.0.23
    cmd: bin/jobs

proxy:
  ssl: true
  host: bokhylla.kvarnbackens.se

registry:
  server: ghcr.io
  username: kvarnbackens-deploy
  password:
    - KAMAL_REGISTRY_PASSWORD

env:
  secret:
    - RAILS_MASTER_KEY
    - POSTGRES_PASSWORD
  clear:
    SOLID_QUEUE_IN_PUMA: true
    DB_HOST: 10.50.0.30

accessories:
  db:
    image: postgres:16
    host: 10.50.0.30
    port: "127.0.0.1:5432:5432"
    env:
      clear:
        POSTGRES_USER: bokhylla
        POSTGRES_DB: bokhylla_production
      secret:
        - POSTGRES_PASSWORD
  redis:
    image: redis:7.2
    host: 10.50.0.30
    cmd: redis-server --requirepass {d.pw('alnum')}
""")


def coolify(S):
    d = S.doc("coolify-env/production.env")
    d.set(f"""# Exported from Coolify > Project "nordlycke" > Environment "production" > Resource "portal" > Environment Variables (Developer view)
APP_NAME=Nordlycke Portal
APP_ENV=production
APP_KEY=base64:{d.gs('b64')}
APP_URL=https://portal.nordlyckebygg.se
DB_CONNECTION=mysql
DB_HOST=mysql-o4kc08gs
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD={d.pw('alnum')}
MAIL_MAILER=smtp
MAIL_HOST=smtp.eu.mailgun.org
MAIL_USERNAME=postmaster@mg.nordlyckebygg.se
MAIL_PASSWORD={d.pw('mix', punct='!#%*-=?@_.')}
AWS_ACCESS_KEY_ID={d.ak()}
AWS_SECRET_ACCESS_KEY={d.sk()}
AWS_DEFAULT_REGION=eu-north-1
AWS_BUCKET=nordlycke-portal-uploads
BACKUP_AWS_ACCESS_KEY_ID={d.ak()}
BACKUP_AWS_SECRET_ACCESS_KEY={d.sk()}
SERVICE_FQDN_PORTAL=https://portal.nordlyckebygg.se
SERVICE_PASSWORD_MYSQL={d.pw('alnum')}
SERVICE_USER_MYSQL=portal
# shown masked in the UI:
PUSHER_APP_SECRET=**********
""")
    d.labels = [l for l in d.labels]
    d.lab("email", "postmaster@mg.nordlyckebygg.se")


def platformsh(S):
    d = S.doc("platformsh-cli/variable-list.txt")
    g = S.g
    ak, sk = d.ak(), d.sk()
    d.set(f"""$ platform variable:list -p q4nx7kd2ab3ce -e main
Variables on the project Shop (q4nx7kd2ab3ce), environment main:
+-------------------------------+-------------+------------------------------------------+
| Name                          | Level       | Value                                    |
+-------------------------------+-------------+------------------------------------------+
| env:AWS_ACCESS_KEY_ID         | project     | {ak}                     |
| env:AWS_SECRET_ACCESS_KEY     | project     | [Hidden: sensitive value]                |
| env:PAYMENT_CALLBACK_SECRET   | environment | [Hidden: sensitive value]                |
| env:MAPS_KEY                  | environment | {d.la('pk.' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 60))[:38]} |
| php:memory_limit              | project     | 512M                                     |
+-------------------------------+-------------+------------------------------------------+
$ platform variable:get env:AWS_SECRET_ACCESS_KEY -p q4nx7kd2ab3ce -e main --property value
{sk}
$ platform variable:update env:PAYMENT_CALLBACK_SECRET -e main --value '{d.gs('alnum40')}' --sensitive true
Updating variable env:PAYMENT_CALLBACK_SECRET on the environment main
Variable env:PAYMENT_CALLBACK_SECRET updated
$ platform ssh -e main -- 'echo $PLATFORM_RELATIONSHIPS | base64 -d | jq .database[0].password'
"{d.pw('alnum')}"
""")


def cfmanifest(S):
    d = S.doc("cf-manifest-yml/manifest.yml")
    d.set(f"""---
applications:
- name: invoice-renderer
  memory: 1G
  instances: 2
  buildpacks:
  - java_buildpack_offline
  path: target/invoice-renderer-2.7.1.jar
  routes:
  - route: invoice-renderer.apps.cf.kvarnbackens.se
  services:
  - invoices-postgres
  env:
    JBP_CONFIG_OPEN_JDK_JRE: '{{ jre: {{ version: 21.+ }} }}'
    SPRING_PROFILES_ACTIVE: cloud
    ARCHIVE_S3_BUCKET: invoice-archive-prod
    ARCHIVE_S3_ACCESS_KEY: {d.ak()}
    ARCHIVE_S3_SECRET_KEY: {d.sk()}
    PDF_LICENSE_KEY: {d.gs('alnum32')}
    SMTP_PASSWORD: '{d.pw('mix', enc='sq', punct="!#%*-=?@_.'")}'
    # rotated via `cf set-env invoice-renderer SMTP_PASSWORD ...` - value above may be stale
""")


def doapp(S):
    d = S.doc("do-app-spec/app.yaml")
    g = S.g
    d.set(f"""# doctl apps spec get {d.uuid()}
alerts:
- rule: DEPLOYMENT_FAILED
domains:
- domain: kundportal.solvik-energi.se
  type: PRIMARY
name: kundportal
region: ams
services:
- name: web
  environment_slug: python
  github:
    branch: main
    deploy_on_push: true
    repo: solvik/kundportal
  http_port: 8080
  instance_count: 2
  instance_size_slug: apps-s-1vcpu-1gb
  run_command: gunicorn --worker-tmp-dir /dev/shm kundportal.wsgi
  envs:
  - key: DJANGO_SECRET_KEY
    scope: RUN_TIME
    type: SECRET
    value: EV[1:{g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 32)}:{g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 88)}]
  - key: DATABASE_URL
    scope: RUN_TIME
    value: ${{db.DATABASE_URL}}
  - key: SPACES_KEY
    scope: RUN_AND_BUILD_TIME
    value: {d.ak()}
  - key: SPACES_SECRET
    scope: RUN_AND_BUILD_TIME
    value: {d.sk()}
  - key: SMS_GATEWAY_TOKEN
    scope: RUN_TIME
    value: {d.gs('alnum40')}
databases:
- engine: PG
  name: db
  production: true
  cluster_name: kundportal-pg
""")


def gae(S):
    d = S.doc("gae-app-yaml/app.yaml")
    d.set(f"""runtime: python312
entrypoint: gunicorn -b :$PORT main:app
instance_class: F2

env_variables:
  FLASK_ENV: "production"
  CLOUD_SQL_CONNECTION_NAME: "kvarn-prod:europe-north1:kvarn-pg"
  DB_USER: "booking"
  DB_PASS: "{d.pw('mix', punct='!#%*-=?@_.')}"
  DB_NAME: "booking"
  S3_MIRROR_ACCESS_KEY_ID: "{d.ak()}"
  S3_MIRROR_SECRET_ACCESS_KEY: "{d.sk()}"
  RECAPTCHA_SITE_KEY: "6Lc{S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 37)}"
  SESSION_COOKIE_SECRET: "{d.gs('hex64')}"

automatic_scaling:
  min_instances: 1
  max_instances: 6

handlers:
- url: /static
  static_dir: static
- url: /.*
  script: auto
  secure: always
""")


def ebext(S):
    d = S.doc("ebextensions/01-environment.config")
    d.set(f"""option_settings:
  aws:elasticbeanstalk:application:environment:
    RAILS_ENV: production
    RACK_ENV: production
    SECRET_KEY_BASE: {d.gs('hex64')}{S.g.chars('0123456789abcdef', 64)}
    DATABASE_PASSWORD: "{d.pw('alnum')}"
    PAPERCLIP_AWS_ACCESS_KEY_ID: {d.ak()}
    PAPERCLIP_AWS_SECRET_ACCESS_KEY: {d.sk()}
    SIDEKIQ_WEB_PASSWORD: {d.pw('words')}
  aws:elasticbeanstalk:environment:proxy:staticfiles:
    /assets: public/assets
  aws:autoscaling:launchconfiguration:
    IamInstanceProfile: aws-elasticbeanstalk-ec2-role
    EC2KeyName: eb-prod-2026
""")
    # SECRET_KEY_BASE is 128 hex: the label is the full value
    full = [l for l in d.labels if l[0] == "generic-secret"][0][1]
    import re
    m = re.search(r"SECRET_KEY_BASE: ([0-9a-f]+)", d.text)
    d.labels = [("generic-secret", m.group(1)) if l == ("generic-secret", full) else l for l in d.labels]
    d2 = S.doc("ebextensions/02-logs-to-s3.config")
    d2.set(f"""files:
  "/etc/aws-s3-logship.conf":
    mode: "000600"
    owner: root
    group: root
    content: |
      [default]
      aws_access_key_id = {d2.ak()}
      aws_secret_access_key = {d2.sk()}
      region = eu-west-1
      bucket = eb-app-logs-archive

container_commands:
  01_migrate:
    command: "bundle exec rake db:migrate"
    leader_only: true
""")


def amplify(S):
    d = S.doc("amplify-cli-config/local-aws-info.json")
    g = S.g
    data = {"dev": {"configLevel": "project", "useProfile": False, "accessKeyId": d.ak(), "secretAccessKey": d.sk(), "region": "eu-north-1"},
            "prod": {"configLevel": "project", "useProfile": True, "profileName": "kvarn-prod"},
            "sandbox": {"configLevel": "project", "useProfile": False, "accessKeyId": d.ak(), "secretAccessKey": d.sk(), "region": "eu-west-1"}}
    d.set(json.dumps(data, indent=4))
    d = S.doc("amplify-cli-config/team-provider-info.json")
    data = {"dev": {"awscloudformation": {"AuthRoleName": "amplify-bokapp-dev-101512-authRole",
                                          "UnauthRoleArn": "arn:aws:iam::%d:role/amplify-bokapp-dev-101512-unauthRole" % g.randint(100000000000, 999999999999),
                                          "Region": "eu-north-1", "DeploymentBucketName": "amplify-bokapp-dev-101512-deployment",
                                          "StackId": "arn:aws:cloudformation:eu-north-1:%d:stack/amplify-bokapp-dev-101512/%s" % (g.randint(100000000000, 999999999999), d.uuid())},
                    "categories": {"function": {"bokappNotify": {"secretsPathAmplifyAppId": "d2k%s" % g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 11),
                                                                 "deploymentBucketName": "amplify-bokapp-dev-101512-deployment",
                                                                 "smtpPassword": d.labj("password", g.password("mix", punct="!#%*-=?@_.")),
                                                                 "pushApiKey": d.labj("generic-secret", g.secret("alnum40"))}},
                                   "auth": {"bokappAuth": {"googleAppIdUserPool": "%d-%s.apps.googleusercontent.com" % (g.randint(100000000000, 999999999999), g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 32)),
                                                           "googleAppSecretUserPool": d.labj("generic-secret", "GOCSPX-" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 28))}}}}}
    d.set(json.dumps(data, indent=2, ensure_ascii=False))


def steampipe(S):
    d = S.doc("steampipe-spc/aws.spc")
    parts = []
    for name, regions in [("aws_prod", '["eu-north-1", "eu-west-1"]'), ("aws_staging", '["eu-north-1"]'),
                          ("aws_logging", '["*"]'), ("aws_sandbox", '["us-east-1"]'), ("aws_security", '["*"]'),
                          ("aws_data", '["eu-north-1"]'), ("aws_shared_services", '["eu-north-1", "us-east-1"]'),
                          ("aws_legacy", '["eu-west-1"]')]:
        parts.append(f"""connection "{name}" {{
  plugin     = "aws"
  regions    = {regions}
  access_key = "{d.ak()}"
  secret_key = "{d.sk()}"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}}
""")
    parts.append("""connection "aws_all" {
  plugin      = "aws"
  type        = "aggregator"
  connections = ["aws_*"]
}

# example from the plugin docs (not ours):
# connection "aws_example" {
#   plugin     = "aws"
#   access_key = "AKIAIOSFODNN7EXAMPLE"
#   secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# }
""")
    d.set("\n".join(parts))
    d = S.doc("steampipe-spc/query-iam-keys.txt")
    rows = []
    g = S.g
    for u in ["ci-deployer", "backup-agent", "anna.lindqvist", "grafana-cloudwatch", "legacy-ftp-sync", "terraform"]:
        rows.append("| %-20s | %s | %-8s | 2026-%02d-%02d 08:%02d:11 |" % (u, d.ak(), g.choice(["Active", "Active", "Inactive"]), g.randint(1, 10), g.randint(1, 28), g.randint(0, 59)))
    d.set("""> select user_name, access_key_id, status, create_date from aws_prod.aws_iam_access_key order by create_date;
+----------------------+----------------------+----------+---------------------+
| user_name            | access_key_id        | status   | create_date         |
+----------------------+----------------------+----------+---------------------+
""" + "\n".join(rows) + """
+----------------------+----------------------+----------+---------------------+
> select arn, role_id from aws_prod.aws_iam_role where role_name like 'eks-%';
+--------------------------------------------------------------+-----------------------+
| arn                                                          | role_id               |
+--------------------------------------------------------------+-----------------------+
| arn:aws:iam::204871331672:role/eks-node-group-prod           | AROA""" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17) + """ |
| arn:aws:iam::204871331672:role/eks-cluster-prod              | AROA""" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17) + """ |
+--------------------------------------------------------------+-----------------------+
""")


def prowler(S):
    d = S.doc("prowler-output/prowler-output-204871331672-20261103.csv")
    g = S.g
    hdr = "AUTH_METHOD;TIMESTAMP;ACCOUNT_UID;REGION;CHECK_ID;STATUS;STATUS_EXTENDED;RESOURCE_UID;SEVERITY"
    rows = [hdr]
    for i in range(9):
        k = i % 3
        if k == 0:
            ak = d.ak()
            rows.append("profile: default;2026-11-03 06:12:%02d;204871331672;eu-north-1;iam_rotate_access_key_90_days;FAIL;User svc-%s has not rotated access key %s in over 90 days (412 days).;arn:aws:iam::204871331672:user/svc-%s;medium"
                        % (i, g.choice(["backup", "etl", "ftp", "ci"]), ak, g.choice(["backup", "etl", "ftp", "ci"])))
        elif k == 1:
            ak = d.ak()
            rows.append("profile: default;2026-11-03 06:12:%02d;204871331672;eu-north-1;iam_user_accesskey_unused;FAIL;User %s has not used access key %s in the last 45 days (last used never).;arn:aws:iam::204871331672:user/%s;low"
                        % (i, "jonas.mattsson", ak, "jonas.mattsson"))
        else:
            rows.append("profile: default;2026-11-03 06:12:%02d;204871331672;eu-north-1;iam_no_root_access_key;PASS;Root account has no access keys.;arn:aws:iam::204871331672:root;critical" % i)
    rows.append("profile: default;2026-11-03 06:13:40;204871331672;eu-north-1;awslambda_function_no_secrets_in_variables;FAIL;Potential secret found in Lambda function invoice-export variables -> Secret Keyword in variable AWS_SECRET_ACCESS_KEY (value redacted).;arn:aws:lambda:eu-north-1:204871331672:function:invoice-export;critical")
    rows.append("profile: default;2026-11-03 06:13:41;204871331672;eu-north-1;ec2_instance_secrets_user_data;FAIL;Potential secret found in EC2 instance i-0%s User Data -> Base64 High Entropy String on line 12.;arn:aws:ec2:eu-north-1:204871331672:instance/i-0%s;critical" % (g.chars("0123456789abcdef", 16), g.chars("0123456789abcdef", 16)))
    d.set("\n".join(rows))


def presigned(S):
    d = S.doc("presigned-url-logs/alb-access.log")
    g = S.g
    lines = []
    for i in range(10):
        ip = d.ip4() if i % 3 else "10.%d.%d.%d" % (g.randint(0, 255), g.randint(0, 255), g.randint(1, 254))
        if i % 4 == 3:
            ak = d.ak()
            q = "AWSAccessKeyId=%s&Expires=%d&Signature=%s" % (ak, 1793960000 + i * 97, uenc(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 27) + "="))
        else:
            ak = d.ak() if i % 2 == 0 else g.akid("ASIA")
            if i % 2:
                d.lab("aws-access-key-id", ak)
            q = ("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20261104%%2Feu-north-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261104T0%d1522Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s"
                 % (ak, i % 10, d.sha256()))
        lines.append('https 2026-11-04T0%d:15:%02d.%06dZ app/docs-alb/%s %s:%d 10.80.1.%d:8080 0.001 0.044 0.000 302 302 812 410 "GET https://docs.kvarnbackens.se:443/download?file=report-%d.pdf&redirect=https%%3A%%2F%%2Fdocs-archive.s3.eu-north-1.amazonaws.com%%2Freports%%2Freport-%d.pdf%%3F%s HTTP/1.1" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-north-1:204871331672:targetgroup/docs/%s "Root=1-%s-%s" "docs.kvarnbackens.se" "arn:aws:acm:eu-north-1:204871331672:certificate/%s" 0 2026-11-04T0%d:15:%02d.%06dZ "forward" "-" "-" "10.80.1.%d:8080" "302" "-" "-"'
                     % (i % 10, i * 5, g.randint(0, 999999), g.chars("0123456789abcdef", 16), ip, g.randint(1024, 65000), g.randint(2, 250), 4400 + i, 4400 + i, uenc(q), g.chars("0123456789abcdef", 16), g.chars("0123456789abcdef", 8), g.chars("0123456789abcdef", 24), d.uuid(), i % 10, i * 5, g.randint(0, 999999), g.randint(2, 250)))
    d.set("\n".join(lines))
    # the credential is URL-encoded twice inside redirect=, the key id itself has no reserved characters


def kinesis(S):
    d = S.doc("kinesis-agent-json/agent.json")
    d.set(f"""{{
  "cloudwatch.emitMetrics": true,
  "kinesis.endpoint": "https://kinesis.eu-north-1.amazonaws.com",
  "firehose.endpoint": "https://firehose.eu-north-1.amazonaws.com",
  "awsAccessKeyId": "{d.ak()}",
  "awsSecretAccessKey": "{d.sk()}",
  "flows": [
    {{
      "filePattern": "/var/log/tomcat9/access_log*",
      "deliveryStream": "web-access-logs",
      "dataProcessingOptions": [
        {{ "optionName": "LOGTOJSON", "logFormat": "COMMONAPACHELOG" }}
      ]
    }},
    {{
      "filePattern": "/var/log/app/audit.log",
      "kinesisStream": "audit-events",
      "partitionKeyOption": "RANDOM"
    }}
  ]
}}
""")


def filebeat(S):
    d = S.doc("filebeat-yml/filebeat.yml")
    d.set(f"""filebeat.inputs:
- type: aws-s3
  queue_url: https://sqs.eu-north-1.amazonaws.com/204871331672/cloudtrail-notifications
  expand_event_list_from_field: Records
  access_key_id: {d.ak()}
  secret_access_key: {d.sk()}
- type: aws-s3
  bucket_arn: arn:aws:s3:::alb-access-logs-eu
  number_of_workers: 5
  access_key_id: '{d.ak()}'
  secret_access_key: '{d.sk()}'
- type: aws-cloudwatch
  log_group_arn: arn:aws:logs:eu-north-1:204871331672:log-group:/aws/lambda/invoice-export:*
  scan_frequency: 1m
  credential_profile_name: logging
- type: filestream
  id: nginx-access
  paths: [/var/log/nginx/access.log]

output.elasticsearch:
  hosts: ["https://es-0.logs.internal:9200"]
  username: "filebeat_writer"
  password: "{d.pw('mix', punct='!#%*-=?@_.')}"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]

setup.kibana:
  host: "https://kibana.logs.internal:5601"
  username: "elastic"
  password: "${{ES_PWD}}"

# cloud.auth: "elastic:YOUR_PASSWORD"
monitoring.enabled: true
monitoring.elasticsearch:
  api_key: "{S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 20)}:{d.gs('b64url')[:22]}"
""")
    import re
    m = re.search(r'api_key: "[^:]+:([^"]+)"', d.text)
    d.labels = [("generic-secret", m.group(1)) if (c == "generic-secret") else (c, v) for c, v in d.labels]


def cwagent(S):
    d = S.doc("cloudwatch-agent-config/credentials")
    d.set(f"""# /opt/aws/amazon-cloudwatch-agent/etc/credentials  (referenced from common-config.toml)
# on-premises host ops-nas-02, IAM user cwagent-onprem
[AmazonCloudWatchAgent]
aws_access_key_id = {d.ak()}
aws_secret_access_key = {d.sk()}
region = eu-north-1
""")


def athena(S):
    d = S.doc("athena-jdbc/connections.txt")
    lines = ["# DBeaver -> Export connections (plaintext, shared in #bi-team by mistake)"]
    for name in ["athena-prod", "athena-finance", "athena-sandbox", "athena-marketing", "athena-hr"]:
        lines.append(f"[{name}]")
        lines.append(f"url=jdbc:awsathena://AwsRegion=eu-north-1;S3OutputLocation=s3://athena-results-{name}/;Workgroup=primary;User={d.ak()};Password={d.lab('aws-secret-key|password', S.g.aws_secret())}")
        lines.append("driver=com.simba.athena.jdbc.Driver")
        lines.append("")
    lines.append("[athena-v3-driver]")
    lines.append(f"url=jdbc:athena://Region=eu-west-1;OutputLocation=s3://athena-results-eu/;AccessKeyId={d.ak()};SecretAccessKey={d.sk()};SessionToken=")
    lines.append("[athena-profile]")
    lines.append("url=jdbc:awsathena://AwsRegion=eu-north-1;AwsCredentialsProviderClass=com.simba.athena.amazonaws.auth.profile.ProfileCredentialsProvider;AwsCredentialsProviderArguments=bi")
    d.set("\n".join(lines))


def juicefs(S):
    d = S.doc("juicefs-cli/format-and-mount.sh")
    rp = S.g.password("alnum")
    d.lab("url-credentials|password", rp)
    d.set(f"""#!/bin/bash
# shared media volume for the render farm
juicefs format \\
    --storage s3 \\
    --bucket https://render-media.s3.eu-north-1.amazonaws.com \\
    --access-key {d.ak()} \\
    --secret-key {d.sk()} \\
    --trash-days 3 \\
    "redis://:{rp}@10.33.0.5:6379/1" \\
    render-media

juicefs format --storage s3 --bucket https://render-cache.s3.eu-north-1.amazonaws.com \\
    --access-key {d.ak()} --secret-key {d.sk()} \\
    "redis://:{rp}@10.33.0.5:6379/2" render-cache

juicefs mount -d --cache-size 204800 "redis://:{rp}@10.33.0.5:6379/1" /mnt/render-media
# META_PASSWORD can be used instead of the URL password:
# META_PASSWORD=... juicefs mount redis://10.33.0.5:6379/1 /mnt/render-media
""")


def duplicacy(S):
    d = S.doc("duplicacy-preferences/preferences")
    g = S.g
    prefs = [{"name": "default", "id": "fileserver-01", "repository": "", "storage": "s3://eu-north-1@s3.amazonaws.com/dupl-backups/fileserver",
              "encrypted": True, "no_backup": False, "no_restore": False, "no_save_password": False, "nobackup_file": "", "exclude_by_attribute": False,
              "keys": {"s3_id": d.ak(), "s3_secret": d.sk(), "password": d.labj("password", g.password("words"))}},
             {"name": "offsite", "id": "fileserver-01", "repository": "", "storage": "b2://dupl-offsite",
              "encrypted": True, "keys": {"b2_id": g.chars("0123456789abcdef", 12) + "0000000003", "b2_key": d.labj("generic-secret", "K003" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 27)),
                                          "password": d.labj("password", g.password("mix", punct="!#%*-=?@_."))}}]
    d.set(json.dumps(prefs, indent=4, ensure_ascii=False))


def k8up(S):
    d = S.doc("k8up-backup/schedule.yaml")
    d.set(f"""apiVersion: v1
kind: Secret
metadata:
  name: backup-credentials
  namespace: nextcloud
type: Opaque
stringData:
  username: {d.ak()}
  password: {d.lab('aws-secret-key|password', S.g.aws_secret())}
---
apiVersion: v1
kind: Secret
metadata:
  name: backup-repo
  namespace: nextcloud
type: Opaque
stringData:
  password: {d.pw('words')}
---
apiVersion: k8up.io/v1
kind: Schedule
metadata:
  name: nextcloud-nightly
  namespace: nextcloud
spec:
  backend:
    repoPasswordSecretRef:
      name: backup-repo
      key: password
    s3:
      endpoint: https://s3.eu-north-1.amazonaws.com
      bucket: k8up-nextcloud
      accessKeyIDSecretRef:
        name: backup-credentials
        key: username
      secretAccessKeySecretRef:
        name: backup-credentials
        key: password
  backup:
    schedule: '@daily-random'
    failedJobsHistoryLimit: 2
    successfulJobsHistoryLimit: 2
  prune:
    schedule: '0 3 * * 0'
    retention:
      keepDaily: 14
      keepWeekly: 8
""")


def dlt(S):
    d = S.doc("dlt-secrets-toml/.dlt/secrets.toml")
    d.set(f"""# dlt pipeline secrets - DO NOT COMMIT (it was committed, see PR #412)
[sources.sql_database.credentials]
drivername = "postgresql"
database = "crm"
username = "dlt_reader"
password = "{d.pw('mix', punct='!#%*-=?@_.')}"
host = "10.40.0.12"
port = 5432

[sources.rest_api]
api_key = "{d.gs('alnum40')}"

[destination.filesystem]
bucket_url = "s3://lake-raw-eu/crm"

[destination.filesystem.credentials]
aws_access_key_id = "{d.ak()}"
aws_secret_access_key = "{d.sk()}"
region_name = "eu-north-1"

[destination.athena.credentials]
aws_access_key_id = "{d.ak()}"
aws_secret_access_key = "{d.sk()}"
region_name = "eu-north-1"

[destination.s3_archive.credentials]
aws_access_key_id = "{d.ak()}"
aws_secret_access_key = "{d.sk()}"

[destination.snowflake.credentials]
database = "ANALYTICS"
password = "<configure me>"
username = "loader"
host = "kvarn-xy12345"
""")


def mage(S):
    d = S.doc("mage-io-config/io_config.yaml")
    d.set(f"""version: 0.1.1
default:
  # AWS
  AWS_ACCESS_KEY_ID: {d.ak()}
  AWS_SECRET_ACCESS_KEY: {d.sk()}
  AWS_SESSION_TOKEN: session_token (Used to generate Redshift credentials)
  AWS_REGION: eu-north-1
  # PostgreSQL
  POSTGRES_CONNECT_TIMEOUT: 10
  POSTGRES_DBNAME: warehouse
  POSTGRES_SCHEMA: public
  POSTGRES_USER: mage
  POSTGRES_PASSWORD: {d.pw('alnum')}
  POSTGRES_HOST: 10.40.0.20
  POSTGRES_PORT: 5432
  # MongoDB
  MONGODB_CONNECTION_STRING: "mongodb+srv://mage:{d.lab('url-credentials|password', S.g.password('alnum'))}@cluster0.x7kq2.mongodb.net/?retryWrites=true"
dev:
  AWS_ACCESS_KEY_ID: "{{{{ env_var('AWS_ACCESS_KEY_ID') }}}}"
  AWS_SECRET_ACCESS_KEY: "{{{{ env_var('AWS_SECRET_ACCESS_KEY') }}}}"
  POSTGRES_PASSWORD: password
""")


def labelstudio(S):
    d = S.doc("label-studio-storage/export-storage.json")
    g = S.g
    data = [{"id": 3, "type": "s3", "synchronizable": True, "presign": True, "last_sync": "2026-10-30T11:02:44.188312Z",
             "last_sync_count": 1840, "status": "completed", "title": "Invoices (raw scans)", "bucket": "ls-invoice-scans",
             "prefix": "2026/", "regex_filter": ".*\\.png", "use_blob_urls": True,
             "aws_access_key_id": d.ak(), "aws_secret_access_key": d.sk(), "aws_session_token": None,
             "region_name": "eu-north-1", "s3_endpoint": "", "project": 12},
            {"id": 4, "type": "s3", "title": "Annotations export", "bucket": "ls-annotations", "prefix": "export/",
             "aws_access_key_id": d.ak(), "aws_secret_access_key": d.sk(),
             "aws_session_token": d.labj("generic-secret", g.session_token()), "region_name": "eu-north-1", "project": 12}]
    d.set("# GET /api/storages/s3?project=12\n" + json.dumps(data, indent=2))


def codebuild(S):
    d = S.doc("codebuild-buildspec/buildspec.yml")
    d.set(f"""version: 0.2

env:
  variables:
    DEPLOY_BUCKET: "static-site-prod-eu"
    # TODO move to parameter-store (SEC-118)
    CDN_AWS_ACCESS_KEY_ID: "{d.ak()}"
    CDN_AWS_SECRET_ACCESS_KEY: "{d.sk()}"
    NPM_CONFIG_LOGLEVEL: warn
  parameter-store:
    CMS_API_TOKEN: /static-site/prod/cms-token
  secrets-manager:
    SENTRY_AUTH: prod/static-site:sentry_auth_token

phases:
  install:
    runtime-versions:
      nodejs: 20
  build:
    commands:
      - npm ci
      - npm run build
      - |
        curl -fsS -X POST https://cms.kvarnbackens.se/api/hooks/build-done \\
          -H "Authorization: Bearer {d.bt('opaque')}" \\
          -d "{{\\"build\\": \\"$CODEBUILD_BUILD_NUMBER\\"}}"
  post_build:
    commands:
      - AWS_ACCESS_KEY_ID=$CDN_AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$CDN_AWS_SECRET_ACCESS_KEY aws s3 sync dist/ s3://$DEPLOY_BUCKET --delete
""")


def ipython(S):
    d = S.doc("ipython-session/boto3-debug.txt")
    ak, sk = d.ak(), d.sk()
    ak2 = S.g.akid("ASIA")
    d.lab("aws-access-key-id", ak2)
    sk2 = d.sk()
    st = S.g.session_token()
    d.lab("generic-secret", st)
    d.set(f"""Python 3.12.4 (main, Jun 12 2024, 09:12:33) [GCC 12.2.0]
Type 'copyright', 'credits' or 'license' for more information
IPython 8.26.0 -- An enhanced Interactive Python. Type '?' for help.

In [1]: import boto3

In [2]: s = boto3.Session(profile_name="etl")

In [3]: c = s.get_credentials().get_frozen_credentials()

In [4]: c
Out[4]: ReadOnlyCredentials(access_key='{ak}', secret_key='{sk}', token=None)

In [5]: sts = s.client("sts")

In [6]: r = sts.assume_role(RoleArn="arn:aws:iam::204871331672:role/etl-writer", RoleSessionName="debug-anna")

In [7]: r["Credentials"]
Out[7]:
{{'AccessKeyId': '{ak2}',
 'SecretAccessKey': '{sk2}',
 'SessionToken': '{st}',
 'Expiration': datetime.datetime(2026, 11, 4, 10, 14, 2, tzinfo=tzutc())}}

In [8]: r["AssumedRoleUser"]
Out[8]:
{{'AssumedRoleId': 'AROA{S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:debug-anna',
 'Arn': 'arn:aws:sts::204871331672:assumed-role/etl-writer/debug-anna'}}

In [9]: exit
""")


def winscp(S):
    d = S.doc("winscp-ini/WinSCP.ini")
    g = S.g
    d.set(f"""[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd
CollectUsage=0

[Sessions\\invoices-archive%20(S3)]
HostName=s3.amazonaws.com
FSProtocol=7
UserName={d.ak()}
Password={g.chars('0123456789ABCDEF', 92)}
S3DefaultRegion=eu-north-1
RemoteDirectory=/invoices-archive-prod

[Sessions\\media-bucket%20(S3)]
HostName=s3.eu-north-1.amazonaws.com
FSProtocol=7
UserName={d.ak()}
Password={g.chars('0123456789ABCDEF', 92)}
S3UrlStyle=1

[Sessions\\sftp-partner]
HostName=sftp.partner-logistik.de
UserName=kvarnbackens
PublicKeyFile=C:%5CUsers%5Cops%5C.ssh%5Cpartner.ppk
Password={g.chars('0123456789ABCDEF', 76)}
""")


def rds_s3(S):
    d = S.doc("rds-aws-s3-import/load_orders.sql")
    d.set(f"""-- one-off import of the legacy order archive into RDS PostgreSQL (aws_s3 extension)
CREATE EXTENSION IF NOT EXISTS aws_s3 CASCADE;

SELECT aws_s3.table_import_from_s3(
   'legacy.orders',
   'id,customer_id,total,created_at',
   '(format csv, header true)',
   aws_commons.create_s3_uri('legacy-order-archive', 'export/orders_2019_2023.csv', 'eu-north-1'),
   aws_commons.create_aws_credentials('{d.ak()}', '{d.sk()}', '')
);

SELECT aws_s3.query_export_to_s3(
   'SELECT * FROM legacy.orders WHERE created_at < ''2020-01-01''',
   aws_commons.create_s3_uri('legacy-order-archive', 'export/pre2020.csv', 'eu-north-1'),
   options := 'format csv',
   credentials := aws_commons.create_aws_credentials('{d.ak()}', '{d.sk()}', '')
);
-- docs example: aws_commons.create_aws_credentials('sample_access_key', 'sample_secret_key', '')
""")


def databricks(S):
    d = S.doc("databricks-notebook-source/ingest_partner_feed.py")
    d.set(f"""# Databricks notebook source
# MAGIC %md
# MAGIC ## Partner feed ingest
# MAGIC Reads the nightly partner drop from their S3 bucket (cross-account, static keys - see INC-2290).

# COMMAND ----------

ACCESS_KEY = "{d.ak()}"
SECRET_KEY = "{d.sk()}"
spark.conf.set("fs.s3a.bucket.partner-drop-eu.access.key", ACCESS_KEY)
spark.conf.set("fs.s3a.bucket.partner-drop-eu.secret.key", SECRET_KEY)

# COMMAND ----------

# better: secrets scope
# ACCESS_KEY = dbutils.secrets.get(scope="partner", key="aws-access-key")
df = spark.read.option("header", True).csv("s3a://partner-drop-eu/feed/2026/11/*.csv")
display(df.limit(10))

# COMMAND ----------

jdbc_url = "jdbc:sqlserver://erp-db.kvarnbackens.se:1433;database=erp;user=dbx_reader;password={d.pw('alnum')};encrypt=true"
orders = spark.read.jdbc(jdbc_url, "dbo.Orders")

# COMMAND ----------

# MAGIC %sh
# MAGIC AWS_ACCESS_KEY_ID={d.ak()} AWS_SECRET_ACCESS_KEY={d.sk()} aws s3 ls s3://partner-drop-eu/feed/ --recursive | tail -5
""")


def pyiceberg(S):
    d = S.doc("pyiceberg-yaml/.pyiceberg.yaml")
    d.set(f"""catalog:
  default:
    type: glue
    glue.region: eu-north-1
    glue.access-key-id: {d.ak()}
    glue.secret-access-key: {d.sk()}
    s3.region: eu-north-1
  rest_prod:
    uri: https://iceberg-catalog.data.kvarnbackens.se/api/catalog
    credential: lakehouse-client:{d.gs('alnum32')}
    warehouse: prod
    s3.access-key-id: {d.ak()}
    s3.secret-access-key: {d.sk()}
  local:
    uri: sqlite:////tmp/pyiceberg_catalog.db
    warehouse: file:///tmp/warehouse
""")


def lakefs(S):
    d = S.doc("lakefs-config/lakefs.yaml")
    d.set(f"""---
database:
  type: "postgres"
  postgres:
    connection_string: "postgres://lakefs:{d.lab('url-credentials|password', S.g.password('alnum'))}@10.40.0.50:5432/lakefs?sslmode=require"

auth:
  encrypt:
    # replace this with a randomly-generated string. Make sure to keep it safe!
    secret_key: "{d.gs('alnum40')}"

blockstore:
  type: s3
  s3:
    region: eu-north-1
    credentials:
      access_key_id: {d.ak()}
      secret_access_key: {d.sk()}
""")


def gitannex(S):
    d = S.doc("git-annex-remotes/initremote.txt")
    d.set(f"""$ export AWS_ACCESS_KEY_ID="{d.ak()}"
$ export AWS_SECRET_ACCESS_KEY="{d.sk()}"
$ git annex initremote glacier-photos type=S3 encryption=shared bucket=annex-photos-eu datacenter=eu-north-1 storageclass=DEEP_ARCHIVE
initremote glacier-photos (encryption setup) (shared cipher) (checking bucket...) (creating bucket in eu-north-1...) ok
(recording state in git...)
$ git annex copy --to glacier-photos 2026/
copy 2026/IMG_0412.HEIC (to glacier-photos...) ok
copy 2026/IMG_0413.HEIC (to glacier-photos...) ok
(recording state in git...)
$ git annex info glacier-photos | head -4
uuid: {d.uuid()}
description: [glacier-photos]
remote: glacier-photos
trust: semitrusted
""")


ALL = [render, railway, caprover, waypoint, kamal, coolify, platformsh, cfmanifest, doapp, gae, ebext, amplify, steampipe,
       prowler, presigned, kinesis, filebeat, cwagent, athena, juicefs, duplicacy, k8up, dlt, mage, labelstudio, codebuild,
       ipython, winscp, rds_s3, databricks, pyiceberg, lakefs, gitannex]
