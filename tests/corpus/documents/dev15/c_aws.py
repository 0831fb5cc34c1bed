"""AWS keys in tools' output, data-platform SQL, backup/observability configs, CI, env dumps."""
import json, base64
from common import *
from c_http import tok

REG = ["eu-north-1", "eu-west-1", "us-east-1", "eu-central-1", "us-west-2"]


def console_csv():
    d = Doc("aws-console-csv/new_user_credentials.csv")
    rows = ["User name,Password,Access key ID,Secret access key,Console login link"]
    for i in range(24):
        u = R.choice(["svc-", "ci-", ""]) + R.choice(["etl", "grafana", "backup", "a.berg", "k.nyberg", "deploy", "lambda-pkg", "bi-reader", "s.falk", "ops"]) + str(R.randint(1, 99))
        pw = d.pw(R.choice([1, 1, 4])) if R.random() < 0.7 else ""
        rows.append("%s,%s,%s,%s,https://%d.signin.aws.amazon.com/console" % (u, pw, d.akid(), d.awss(), 123456789012 + i * 7919))
    d.write("\r\n".join(rows) + "\r\n")
    for n in range(2):
        d = Doc("aws-console-csv/%s_accessKeys.csv" % ["ci-artifacts", "velero-backup"][n])
        d.write("Access key ID,Secret access key\r\n%s,%s\r\n" % (d.akid(), d.awss()))


def iam_cli():
    d = Doc("iam-cli-output/rotate-keys-session.txt")
    out = ["$ aws iam list-access-keys --user-name svc-etl --output table"]
    old = [d.akid() for _ in range(2)]
    out += ["---------------------------------------------------------------------", "|                          ListAccessKeys                           |",
            "+-------------------------------------------------------------------+", "||                       AccessKeyMetadata                         ||",
            "|+----------------------+----------------------------+-----------+|", "||      AccessKeyId     |        CreateDate          |  Status   ||"]
    for k in old:
        out.append("||  %s|  2025-0%d-1%dT09:12:44+00:00 |  Active   ||" % (k, R.randint(1, 9), R.randint(0, 9)))
    out += ["|+----------------------+----------------------------+-----------+|", ""]
    for i in range(5):
        k, s = d.akid(), d.awss()
        u = "svc-" + R.choice(["etl", "bi", "ops", "cdn", "mail"]) + str(i)
        out.append("$ aws iam create-access-key --user-name %s" % u)
        out.append(json.dumps({"AccessKey": {"UserName": u, "AccessKeyId": k, "Status": "Active", "SecretAccessKey": s, "CreateDate": "2026-10-2%dT08:%02d:11+00:00" % (i, R.randint(0, 59))}}, indent=4))
        out.append("")
    out.append("$ aws iam update-access-key --access-key-id %s --status Inactive --user-name svc-etl" % old[0])
    out.append("$ aws iam get-user --user-name svc-etl --query User.UserId --output text")
    out.append(aws_lookalike_ids()[1])
    out.append("$ aws sts get-caller-identity")
    out.append(json.dumps({"UserId": aws_lookalike_ids()[0] + ":botocore-session-1792", "Account": "123456789012", "Arn": "arn:aws:sts::123456789012:assumed-role/ops/botocore-session-1792"}, indent=4))
    d.write("\n".join(out) + "\n")


def cred_process():
    for n in range(2):
        d = Doc("credential-process/%s" % ["creds-helper.log", "aws-config-and-output.txt"][n])
        out = []
        if n == 1:
            out += ["# ~/.aws/config", "[profile build]", "credential_process = /usr/local/bin/vault-aws-creds --role build --format json", "region = eu-north-1", "",
                    "[profile legacy]", "aws_access_key_id = %s" % d.akid(), "aws_secret_access_key = %s" % d.awss(), "", "$ /usr/local/bin/vault-aws-creds --role build --format json"]
        for i in range(3 if n == 0 else 1):
            k, s, st = d.akid("ASIA"), d.awss(), d.sec(aws_session())
            out.append(("%s INFO vault-aws-creds: issued lease aws/creds/build/%s\n" % (iso(), rs(AN, 24)) if n == 0 else "") +
                       json.dumps({"Version": 1, "AccessKeyId": k, "SecretAccessKey": s, "SessionToken": st, "Expiration": "2026-10-2%dT1%d:00:00Z" % (i, i)}))
        d.write("\n".join(out) + "\n")


def kafka_connect():
    for n in range(2):
        d = Doc("kafka-connect/connectors-%s.json" % ["s3-sinks", "cdc-sources"][n])
        conns = []
        if n == 0:
            for i in range(4):
                conns.append({"name": "s3-sink-%s" % R.choice(["orders", "clicks", "payments", "audit"]) + str(i), "config": {
                    "connector.class": "io.confluent.connect.s3.S3SinkConnector", "tasks.max": "4", "topics": "prod.%d" % i,
                    "s3.bucket.name": "acme-lake-raw", "s3.region": R.choice(REG), "flush.size": "10000",
                    "aws.access.key.id": d.akid(), "aws.secret.access.key": d.awss(),
                    "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat", "storage.class": "io.confluent.connect.s3.storage.S3Storage",
                    "schema.registry.basic.auth.user.info": "sr-reader:" + d.pw(4),
                    "consumer.override.sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\\"connect\\\" password=\\\"%s\\\";" % d.pw(4)}})
            conns.append({"name": "s3-sink-template", "config": {"aws.access.key.id": "${file:/opt/secrets/aws.properties:key}", "aws.secret.access.key": "${file:/opt/secrets/aws.properties:secret}"}})
        else:
            for i in range(4):
                conns.append({"name": "dbz-%s" % R.choice(["crm", "erp", "shop", "hr"]) + str(i), "config": {
                    "connector.class": R.choice(["io.debezium.connector.postgresql.PostgresConnector", "io.debezium.connector.mysql.MySqlConnector"]),
                    "database.hostname": "db-%d.internal" % i, "database.port": "5432", "database.user": "debezium", "database.password": d.pw(),
                    "database.server.id": str(R.randint(100000, 999999)), "topic.prefix": "cdc%d" % i,
                    "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
                    "schema.history.internal.producer.sasl.jaas.config": "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"dbz\" password=\"%s\";" % d.pw(4)}})
            conns.append({"name": "dbz-template", "config": {"database.password": "${secrets:cdc/db:password}"}})
        d.write(json.dumps(conns, indent=2).replace('\\\\\\"', '\\"') + "\n")


def telegraf():
    d = Doc("telegraf/telegraf.conf")
    blocks = ["[agent]\n  interval = \"60s\"\n  hostname = \"edge-07\"\n",
              "[[outputs.influxdb_v2]]\n  urls = [\"https://influx.example.com:8086\"]\n  token = \"%s\"\n  organization = \"ops\"\n  bucket = \"telegraf\"\n" % d.sec(base64.b64encode(R.randbytes(64)).decode())]
    for i in range(3):
        blocks.append("[[inputs.cloudwatch]]\n  region = \"%s\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n  period = \"5m\"\n  namespaces = [\"AWS/ELB\", \"AWS/RDS\"]\n" % (R.choice(REG), d.akid(), d.awss()))
    blocks.append("[[inputs.cloudwatch]]\n  region = \"us-east-1\"\n  ## Credentials are loaded from the instance profile when access_key/secret_key are empty\n  access_key = \"\"\n  secret_key = \"\"\n  profile = \"metrics\"\n")
    blocks.append("[[inputs.mqtt_consumer]]\n  servers = [\"tcp://10.20.1.5:1883\"]\n  topics = [\"sensors/#\"]\n  username = \"telegraf\"\n  password = \"%s\"\n" % d.pw())
    blocks.append("[[inputs.postgresql]]\n  address = \"host=10.20.1.9 user=telegraf password=%s sslmode=require dbname=postgres\"\n" % d.pw(4))
    blocks.append("[[inputs.sqlserver]]\n  servers = [\"Server=10.20.1.11;Port=1433;User Id=telegraf;Password=${SQL_PASSWORD};app name=telegraf;log=1;\"]\n")
    d.write("\n".join(blocks))


def dvc():
    d = Doc("dvc-config/config.local")
    out = []
    for nm in ["storage", "models", "archive"]:
        out += ["['remote \"%s\"']" % nm, "    url = s3://acme-ml-%s/dvc" % nm, "    access_key_id = %s" % d.akid(), "    secret_access_key = %s" % d.awss(), "    region = %s" % R.choice(REG)]
    out += ["['remote \"gdrive\"']", "    url = gdrive://1aB%s" % rs(AN, 30), "    gdrive_client_id = %d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(LO + DG, 32)),
            "    gdrive_client_secret = %s" % d.sec("GOCSPX-" + rs(AN + "-_", 28))]
    d.write("\n".join(out) + "\n")


def duckdb():
    d = Doc("duckdb-secrets/attach_lake.sql")
    out = ["-- run with: duckdb lake.duckdb < attach_lake.sql", "INSTALL httpfs; LOAD httpfs;", ""]
    for i in range(4):
        out.append("CREATE OR REPLACE PERSISTENT SECRET lake_%d (\n    TYPE S3,\n    KEY_ID '%s',\n    SECRET '%s',\n    REGION '%s',\n    SCOPE 's3://acme-lake-%d'\n);" % (i, d.akid(), d.awss(), R.choice(REG), i))
    out.append("CREATE SECRET docs_example (TYPE S3, KEY_ID 'AKIAIOSFODNN7EXAMPLE', SECRET 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', REGION 'us-east-1');")
    out.append("CREATE SECRET from_chain (TYPE S3, PROVIDER credential_chain);")
    out.append("ATTACH 'postgres:host=pg.internal dbname=ops user=duck password=%s' AS ops (TYPE POSTGRES, READ_ONLY);" % d.pw(4))
    out.append("SELECT count(*), md5(string_agg(id::varchar, ',')) FROM read_parquet('s3://acme-lake-0/events/*.parquet');")
    d.write("\n".join(out) + "\n")


def clickhouse():
    d = Doc("clickhouse-sql/backfill_events.sql")
    out = []
    for i in range(4):
        out.append("INSERT INTO events_local\nSELECT *\nFROM s3('https://acme-events-%d.s3.%s.amazonaws.com/2026/10/*.parquet', '%s', '%s', 'Parquet')\nSETTINGS max_threads = 16;\n" % (i, R.choice(REG), d.akid(), d.awss()))
    out.append("-- same with a named collection (preferred)\nSELECT count() FROM s3(lake_conf, filename = '2026/10/*.parquet');\n")
    out.append("CREATE USER etl_loader IDENTIFIED WITH sha256_password BY '%s';\nCREATE USER bi_reader IDENTIFIED WITH sha256_hash BY '%s';\n" % (d.pw(), sha256()))
    d.write("\n".join(out))
    d = Doc("clickhouse-sql/config.d-named-collections.xml")
    d.write("""<clickhouse>
    <named_collections>
        <lake_conf>
            <url>https://acme-lake-raw.s3.eu-north-1.amazonaws.com/events/</url>
            <access_key_id>%s</access_key_id>
            <secret_access_key>%s</secret_access_key>
            <format>Parquet</format>
        </lake_conf>
    </named_collections>
    <remote_servers>
        <prod><shard><replica><host>ch-1</host><port>9000</port><user>cluster</user><password>%s</password></replica></shard></prod>
    </remote_servers>
</clickhouse>
""" % (d.akid(), d.awss(), d.pw()))


def snowflake():
    d = Doc("snowflake-stages/stages.sql")
    out = ["USE ROLE SYSADMIN;", "USE DATABASE RAW;", ""]
    for i in range(4):
        out.append("CREATE OR REPLACE STAGE raw.public.s3_%s\n  URL = 's3://acme-exports-%d/%s/'\n  CREDENTIALS = (AWS_KEY_ID = '%s' AWS_SECRET_KEY = '%s')\n  FILE_FORMAT = (TYPE = PARQUET);\n" % (R.choice(["orders", "web", "crm", "ads"]) + str(i), i, R.choice(["daily", "hourly"]), d.akid(), d.awss()))
    out.append("-- better: storage integration\nCREATE STORAGE INTEGRATION s3_int TYPE = EXTERNAL_STAGE STORAGE_PROVIDER = 'S3' ENABLED = TRUE\n  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::123456789012:role/snowflake-loader' STORAGE_ALLOWED_LOCATIONS = ('s3://acme-exports-0/');\n")
    out.append("ALTER USER loader_svc SET PASSWORD = '%s';" % d.pw(1))
    d.write("\n".join(out) + "\n")


def redshift():
    d = Doc("redshift-copy/load_facts.sql")
    out = []
    for i in range(4):
        out.append("COPY facts.sales_%d\nFROM 's3://acme-dw-stage/sales/2026-10-%02d/'\nCREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key=%s'\nFORMAT AS PARQUET;\n" % (i, 10 + i, d.akid(), d.awss()))
    out.append("UNLOAD ('select * from facts.sales_0')\nTO 's3://acme-dw-archive/sales_0_'\nACCESS_KEY_ID '%s'\nSECRET_ACCESS_KEY '%s'\nPARALLEL OFF;\n" % (d.akid(), d.awss()))
    out.append("COPY facts.sales_9 FROM 's3://acme-dw-stage/x/' IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopy' FORMAT AS CSV;\n")
    out.append("CREATE USER looker PASSWORD '%s';\nALTER USER etl PASSWORD 'md5%s';" % (d.pw(1), hexs(32)))
    d.write("\n".join(out) + "\n")


def mlflow():
    d = Doc("mlflow-env/mlflow-server.env")
    d.write("""# /etc/mlflow/server.env  (systemd EnvironmentFile)
MLFLOW_BACKEND_STORE_URI=postgresql://mlflow:%s@pg.internal:5432/mlflow
MLFLOW_ARTIFACTS_DESTINATION=s3://acme-mlflow-artifacts
MLFLOW_S3_ENDPOINT_URL=https://s3.eu-north-1.amazonaws.com
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
MLFLOW_TRACKING_USERNAME=admin
MLFLOW_TRACKING_PASSWORD=%s
MLFLOW_FLASK_SERVER_SECRET_KEY=%s
GIT_COMMIT=%s
""" % (d.L("password|url-credentials", password(4)), d.akid(), d.awss(), d.pw(), d.sec(), sha1()))


def crossplane():
    d = Doc("crossplane/provider-aws.yaml")
    k, s = d.akid(), d.awss()
    k2, s2 = akid(), aws_secret()
    blob = base64.b64encode(("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (k2, s2)).encode()).decode()
    d.write("""apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: crossplane-system
type: Opaque
stringData:
  creds: |
    [default]
    aws_access_key_id = %s
    aws_secret_access_key = %s
---
apiVersion: v1
kind: Secret
metadata:
  name: aws-creds-eu
  namespace: crossplane-system
type: Opaque
data:
  creds: %s
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-creds
      key: creds
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: irsa
spec:
  credentials:
    source: IRSA
""" % (k, s, blob))


def printenv():
    for n in range(3):
        d = Doc("printenv-dumps/%s-job-%d.log" % (["buildkite-agent", "teamcity-agent", "semaphore"][n], R.randint(1000, 99999)))
        env = {"HOME": "/home/ci", "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "CI": "true", "HOSTNAME": "runner-%s" % hexs(8),
               "GIT_COMMIT": sha1(), "BUILD_NUMBER": str(R.randint(100, 9999)), "AWS_DEFAULT_REGION": R.choice(REG),
               "AWS_ACCESS_KEY_ID": d.akid(), "AWS_SECRET_ACCESS_KEY": d.awss(), "DOCKER_BUILDKIT": "1",
               "ARTIFACT_SHA256": sha256(), "NPM_CONFIG_CACHE": "/cache/npm", "SENTRY_AUTH_TOKEN": d.sec("sntrys_" + b64u(R.randbytes(90))),
               "DB_PASSWORD": d.pw(), "APP_SECRET": d.sec(), "PUBLIC_KEY_ID": uid(), "LANG": "C.UTF-8",
               "PROD_AWS_SECRET_ACCESS_KEY": d.awss(), "STAGING_AWS_SECRET_ACCESS_KEY": d.awss(), "PROD_AWS_ACCESS_KEY_ID": d.akid(), "TF_VAR_db_admin_password": d.pw(),
               "MASKED_EXAMPLE": "********", "REGISTRY_PASSWORD": "[MASKED]"}
        keys = list(env)
        R.shuffle(keys)
        pre = ["%s [2026-10-2%d %02d:%02d:%02d] Running commands" % ("~~~", n, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "$ printenv | sort"]
        d.write("\n".join(pre + ["%s=%s" % (k, env[k]) for k in sorted(keys)] + ["$ ./ci/deploy.sh", "deploy: uploading to s3://acme-artifacts/%s/" % env["GIT_COMMIT"][:12], ""]))


def cloud_init():
    for n in range(2):
        d = Doc("cloud-init/user-data-%s.yaml" % ["bastion", "worker"][n])
        k, s = d.akid(), d.awss()
        d.write("""#cloud-config
hostname: %s-%02d
users:
  - name: ops
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: false
    passwd: $6$%s$%s
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@laptop
  - name: support
    plain_text_passwd: %s
    lock_passwd: false
chpasswd:
  expire: false
  users:
    - {name: root, password: %s, type: text}
    - {name: ubuntu, password: RANDOM, type: RANDOM}
write_files:
  - path: /root/.aws/credentials
    permissions: '0600'
    content: |
      [default]
      aws_access_key_id = %s
      aws_secret_access_key = %s
      region = %s
  - path: /etc/app/env
    content: |
      DATABASE_PASSWORD=%s
      SESSION_SECRET=%s
runcmd:
  - [sh, -c, "aws s3 cp s3://acme-bootstrap/%s.tar.gz /opt/"]
  - echo 'mysql-server mysql-server/root_password password %s' | debconf-set-selections
""" % (["bastion", "worker"][n], R.randint(1, 20), rs(AN + "./", 16), rs(AN + "./", 86), rs(AN + "+/", 43), d.pw(), d.pw(), k, s, R.choice(REG), d.pw(), d.sec(), sha1(), d.pw()))


def winreg():
    d = Doc("windows-reg-export/backup-agent.reg")
    d.write("""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\BackupAgent]
"InstallDir"="C:\\\\Program Files\\\\Acme\\\\BackupAgent"
"Version"="7.4.1022"
"ProductId"="%s"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\BackupAgent\\Destinations\\S3-Primary]
"Bucket"="acme-backups-sto"
"Region"="eu-north-1"
"AccessKeyId"="%s"
"SecretAccessKey"="%s"
"ChunkSizeMB"=dword:00000040

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\BackupAgent\\Destinations\\S3-Offsite]
"Bucket"="acme-backups-offsite"
"AccessKeyId"="%s"
"SecretAccessKey"="%s"
"LastManifestSha1"="%s"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\BackupAgent\\Sql]
"Server"="SQL01\\\\PROD"
"User"="backup_operator"
"Password"="%s"
"EncryptionPassphrase"="%s"

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump01]
"HostName"="jump01.corp.example.com"
"UserName"="ops"
"PortNumber"=dword:00000016

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultPassword"="%s"
"DefaultDomainName"="CORP"
""" % (uid().upper(), d.akid(), d.awss(), d.akid(), d.awss(), sha1(), d.pw(), d.pw(2), d.pw()))


def ci_files():
    d = Doc("bitbucket-pipelines/bitbucket-pipelines.yml")
    d.write("""image: node:20
definitions:
  caches:
    npmcache: ~/.npm
pipelines:
  branches:
    main:
      - step:
          name: Build
          caches: [npmcache]
          script:
            - npm ci && npm run build
          artifacts: [dist/**]
      - step:
          name: Deploy to S3
          deployment: production
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: '%s'
                AWS_SECRET_ACCESS_KEY: '%s'
                AWS_DEFAULT_REGION: 'eu-north-1'
                S3_BUCKET: 'acme-web-prod'
                LOCAL_PATH: 'dist'
            - pipe: atlassian/aws-cloudfront-invalidate:0.10.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                DISTRIBUTION_ID: 'E2%s'
    staging:
      - step:
          script:
            - export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s
            - aws s3 sync dist s3://acme-web-staging --delete
            - curl -fsS -H "Authorization: Bearer %s" https://status.example.com/api/deploys -d env=staging
""" % (d.akid(), d.awss(), rs(B32, 12), d.akid(), d.awss(), tok(d)))
    d = Doc("concourse/pipeline.yml")
    d.write("""resource_types: []
resources:
- name: release-tarball
  type: s3
  source:
    bucket: acme-releases
    regexp: app/app-(.*).tgz
    access_key_id: %s
    secret_access_key: %s
    region_name: eu-north-1
- name: nightly-dump
  type: s3
  source:
    bucket: acme-db-dumps
    versioned_file: dump.sql.gz
    access_key_id: ((aws.access_key_id))
    secret_access_key: ((aws.secret_access_key))
- name: src
  type: git
  source:
    uri: https://git.example.com/acme/app.git
    username: concourse
    password: %s
- name: image
  type: registry-image
  source:
    repository: registry.example.com/acme/app
    username: robot$concourse
    password: %s
jobs:
- name: publish
  plan:
  - get: src
    trigger: true
  - put: release-tarball
    params: {file: out/app-*.tgz}
""" % (d.akid(), d.awss(), d.pw(), d.sec()))
    d = Doc("travis-yml/.travis.yml")
    d.write("""language: python
python: ["3.12"]
install: pip install -r requirements.txt
script: pytest -q
env:
  global:
    - secure: "%s"
    - PGPASSWORD=%s
deploy:
  - provider: s3
    access_key_id: %s
    secret_access_key: %s
    bucket: acme-docs
    local_dir: site
    skip_cleanup: true
    on:
      branch: main
  - provider: pypi
    username: __token__
    password:
      secure: "%s"
""" % (base64.b64encode(R.randbytes(256)).decode(), d.pw(), d.akid(), d.awss(), base64.b64encode(R.randbytes(256)).decode()))
    d = Doc("zappa-settings/zappa_settings.json")
    d.write(json.dumps({"production": {"app_function": "app.app", "aws_region": "eu-north-1", "profile_name": "default", "project_name": "shop-api",
                                       "runtime": "python3.12", "s3_bucket": "zappa-shop-api-%s" % rs(LO + DG, 9),
                                       "aws_environment_variables": {"AWS_ACCESS_KEY_ID_S3": d.akid(), "AWS_SECRET_ACCESS_KEY_S3": d.awss(),
                                                                     "DB_PASSWORD": d.pw(), "STRIPE_WEBHOOK_SECRET": d.sec("whsec_" + rs(AN, 32)), "FLASK_SECRET_KEY": d.sec()},
                                       "environment_variables": {"LOG_LEVEL": "INFO", "BUILD_SHA": sha1()}},
                        "dev": {"extends": "production", "aws_environment_variables": {"DB_PASSWORD": "${DEV_DB_PASSWORD}"}}}, indent=4) + "\n")


def objstore():
    d = Doc("loki-config/loki.yaml")
    d.write("""auth_enabled: false
server:
  http_listen_port: 3100
common:
  path_prefix: /loki
  replication_factor: 1
  storage:
    s3:
      endpoint: s3.eu-north-1.amazonaws.com
      bucketnames: acme-loki-chunks
      region: eu-north-1
      access_key_id: %s
      secret_access_key: %s
      s3forcepathstyle: false
ruler:
  storage:
    type: s3
    s3:
      bucketnames: acme-loki-ruler
      access_key_id: ${RULER_AWS_ACCESS_KEY_ID}
      secret_access_key: ${RULER_AWS_SECRET_ACCESS_KEY}
schema_config:
  configs:
    - from: 2024-04-01
      store: tsdb
      object_store: s3
      schema: v13
      index: {prefix: index_, period: 24h}
""" % (d.akid(), d.awss()))
    d = Doc("thanos-objstore/objstore.yml")
    d.write("""type: S3
config:
  bucket: acme-thanos-long-term
  endpoint: s3.eu-west-1.amazonaws.com
  region: eu-west-1
  access_key: %s
  secret_key: %s
  insecure: false
  signature_version2: false
  sse_config:
    type: SSE-KMS
    kms_key_id: %s
prefix: prod-eu
""" % (d.akid(), d.awss(), uid()))
    d = Doc("harbor/harbor.yml")
    d.write("""hostname: registry.example.com
https:
  port: 443
  certificate: /data/cert/registry.crt
  private_key: /data/cert/registry.key
harbor_admin_password: %s
database:
  password: %s
  max_idle_conns: 100
  max_open_conns: 900
data_volume: /data
storage_service:
  s3:
    accesskey: %s
    secretkey: %s
    region: eu-north-1
    bucket: acme-harbor
    rootdirectory: /registry
jobservice:
  max_job_workers: 10
log:
  level: info
_version: 2.11.0
""" % (d.pw(), d.pw(), d.akid(), d.awss()))
    d = Doc("discourse/app.yml")
    d.write("""templates:
  - "templates/postgres.template.yml"
  - "templates/redis.template.yml"
  - "templates/web.template.yml"
expose:
  - "80:80"
  - "443:443"
env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: forum.example.com
  DISCOURSE_DEVELOPER_EMAILS: 'admin@example.com'
  DISCOURSE_SMTP_ADDRESS: smtp.example.com
  DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: forum@example.com
  DISCOURSE_SMTP_PASSWORD: "%s"
  DISCOURSE_USE_S3: true
  DISCOURSE_S3_REGION: eu-north-1
  DISCOURSE_S3_ACCESS_KEY_ID: %s
  DISCOURSE_S3_SECRET_ACCESS_KEY: %s
  DISCOURSE_S3_BUCKET: acme-forum-uploads
  DISCOURSE_MAXMIND_LICENSE_KEY: %s
hooks:
  after_assets_precompile:
    - exec:
        cd: $home
        cmd:
          - sudo -E -u discourse bundle exec rake s3:upload_assets
""" % (d.pw(), d.akid(), d.awss(), d.sec(rs(AN, 6) + "_" + rs(AN, 29) + "_mmk")))
    d = Doc("pgbackrest/pgbackrest.conf")
    d.write("""[global]
repo1-type=s3
repo1-s3-bucket=acme-pgbackrest
repo1-s3-endpoint=s3.eu-north-1.amazonaws.com
repo1-s3-region=eu-north-1
repo1-s3-key=%s
repo1-s3-key-secret=%s
repo1-path=/pgbackrest
repo1-retention-full=4
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=%s
repo2-type=s3
repo2-s3-bucket=acme-pgbackrest-dr
repo2-s3-endpoint=s3.eu-west-1.amazonaws.com
repo2-s3-region=eu-west-1
repo2-s3-key=%s
repo2-s3-key-secret=%s
process-max=4
start-fast=y

[main]
pg1-path=/var/lib/postgresql/16/main
""" % (d.akid(), d.awss(), d.sec(), d.akid(), d.awss()))
    d = Doc("clickhouse-backup/config.yml")
    d.write("""general:
  remote_storage: s3
  backups_to_keep_local: 2
  backups_to_keep_remote: 14
clickhouse:
  username: backup
  password: "%s"
  host: localhost
  port: 9000
s3:
  access_key: "%s"
  secret_key: "%s"
  bucket: acme-ch-backups
  region: eu-north-1
  path: "shard-{shard}"
  sse: aws:kms
""" % (d.pw(), d.akid(), d.awss()))
    d = Doc("sentry-selfhosted/config.yml")
    d.write("""mail.host: 'smtp.example.com'
mail.port: 587
mail.username: 'sentry'
mail.password: '%s'
mail.use-tls: true
system.secret-key: '%s'
filestore.backend: 's3'
filestore.options:
  access_key: '%s'
  secret_key: '%s'
  bucket_name: 'acme-sentry-files'
  region_name: 'eu-north-1'
symbolicator.enabled: true
github-app.webhook-secret: '%s'
github-app.client-id: 'Iv1.%s'
github-app.client-secret: '%s'
""" % (d.pw(), d.sec(rs(AN + "!@#%^&*(-_=+)", 50)), d.akid(), d.awss(), d.sec(), hexs(16), d.sec(hexs(40))))


def build():
    console_csv(); iam_cli(); cred_process(); kafka_connect(); telegraf(); dvc(); duckdb(); clickhouse(); snowflake(); redshift(); mlflow()
    crossplane(); printenv(); cloud_init(); winreg(); ci_files(); objstore()


def aws_secret_plain():
    return uniq(lambda: rs(AN, 40))


def cfn_tf():
    d = Doc("cfn-describe-stacks/describe-stacks-iam-users.json")
    stacks = []
    for i in range(6):
        k, s = d.akid(), d.awss()
        stacks.append({"StackId": "arn:aws:cloudformation:eu-north-1:123456789012:stack/iam-%s/%s" % (R.choice(["ses", "uploader", "backup", "ci"]) + str(i), uid()),
                       "StackName": "iam-user-%d" % i, "CreationTime": iso(), "StackStatus": "CREATE_COMPLETE",
                       "Outputs": [{"OutputKey": "AccessKeyId", "OutputValue": k, "Description": "Access key for the service user"},
                                   {"OutputKey": "SecretAccessKey", "OutputValue": s, "Description": "Secret (move to Secrets Manager!)"},
                                   {"OutputKey": "UserArn", "OutputValue": "arn:aws:iam::123456789012:user/svc-%d" % i},
                                   {"OutputKey": "TemplateHash", "OutputValue": sha1()}]})
    d.write(json.dumps({"Stacks": stacks}, indent=4) + "\n")
    d = Doc("terraform-output/terraform-output.txt")
    out = ["$ terraform output", 'ci_user_access_key_id = "%s"' % akid(), "ci_user_secret = <sensitive>", 'bucket_arn = "arn:aws:s3:::acme-ci-cache"', "", "$ terraform output -json"]
    # the first access key id is printed only redacted-free; label it too
    d.L("aws-access-key-id", out[1].split('"')[1])
    obj = {}
    for i in range(7):
        obj["svc_%d_access_key_id" % i] = {"sensitive": False, "type": "string", "value": d.akid()}
        obj["svc_%d_secret_access_key" % i] = {"sensitive": True, "type": "string", "value": d.awss()}
    obj["db_master_password"] = {"sensitive": True, "type": "string", "value": d.pw(1)}
    obj["bucket_arn"] = {"sensitive": False, "type": "string", "value": "arn:aws:s3:::acme-ci-cache"}
    obj["lambda_source_hash"] = {"sensitive": False, "type": "string", "value": base64.b64encode(R.randbytes(30)).decode()}
    d.write("\n".join(out) + "\n" + json.dumps(obj, indent=2) + "\n")
    d = Doc("duplicati-export/backup-jobs-export.json")
    jobs = []
    for i in range(4):
        k, s = d.akid(), d.L("aws-secret-key", aws_secret_plain())
        jobs.append({"Backup": {"ID": str(i + 1), "Name": R.choice(["Ekonomi", "Foton", "Servrar", "Hemkatalog"]) + " %d" % i,
                                "TargetURL": "s3://acme-duplicati-%d/backup?s3-server-name=s3.eu-north-1.amazonaws.com&s3-location-constraint=eu-north-1&auth-username=%s&auth-password=%s" % (i, k, s),
                                "Settings": [{"Name": "passphrase", "Value": d.pw()}, {"Name": "encryption-module", "Value": "aes"}]},
                     "Schedule": {"Repeat": "1D", "Time": "2026-10-21T01:00:00Z"}})
    d.write(json.dumps(jobs, indent=2) + "\n")
    d = Doc("walg-envdir/wal-g.env")
    d.write("""# /etc/wal-g.d/env (envdir exported with `for f in *; do echo "$f=$(cat $f)"; done`)
WALG_S3_PREFIX=s3://acme-walg/pg-main
AWS_REGION=eu-north-1
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
WALG_LIBSODIUM_KEY=%s
WALG_COMPRESSION_METHOD=brotli
PGHOST=/var/run/postgresql
PGPASSWORD=%s
""" % (d.akid(), d.awss(), d.sec(hexs(64)), d.pw()))


_old_build = build


def build():
    _old_build(); cfn_tf()
