"""Deployment carriers: Ansible, Terraform, Docker, Kubernetes, Helm, CI."""
import base64
import json

from doc import Doc
from gen_values import uenc, jesc
from common import host, user, db, app
from carriers_app import azure_conn


def ansible_group_vars(v, i):
    d = Doc("ansible/group_vars-%s-%02d.yml" % (v.choice(["prod", "db", "web"]), i))
    return d.set(f"""---
# group_vars/prod/vars.yml
postgresql_version: 16
postgresql_users:
  - name: {user(v)}
    password: "{d.L('password', v.safe_password())}"
    role_attr_flags: LOGIN
  - name: replicator
    password: "{{{{ vault_replicator_password }}}}"
mysql_root_password: {d.L('password', v.human_password())}
mysql_users:
  - name: wp
    host: "%"
    password: '{d.L('password', v.strong_password())}'
    priv: "wordpress.*:ALL"
rabbitmq_users:
  - user: events
    password: {d.L('password', v.alnum(24))}
    vhost: /
app_secret_key: "{d.L('generic-secret', v.hexs(64))}"
app_admin_password_min_length: 12
nginx_htpasswd_hash: "{v.bcrypt()}"
backup_s3_access_key: {d.L('aws-access-key-id', v.aws_akid())}
backup_s3_secret_key: {d.L('aws-secret-key', v.aws_secret())}
ansible_become_pass: "{{{{ vault_become_pass }}}}"
""")


def tfstate(v, i):
    d = Doc("terraform/terraform-%02d.tfstate" % i)
    rp = v.strong_password(20, symbols="!#$%&*()-_=+[]{}<>:?")
    ak = v.azure_key()
    sk = v.azure_key()
    d.L("password", jesc(rp))
    d.L("azure-storage-key", ak)
    d.L("azure-storage-key", sk)
    akid = d.L("aws-access-key-id", v.aws_akid())
    asec = d.L("aws-secret-key", v.aws_secret())
    acct = "sttfstate%d" % v.randint(100, 999)
    conn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, ak)
    state = {
        "version": 4, "terraform_version": "1.7.%d" % v.randint(0, 5), "serial": v.randint(3, 90),
        "lineage": v.uuid(), "outputs": {
            "db_password": {"value": rp, "type": "string", "sensitive": True}},
        "resources": [
            {"mode": "managed", "type": "random_password", "name": "db", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
             "instances": [{"schema_version": 3, "attributes": {
                 "bcrypt_hash": v.bcrypt(), "id": "none", "keepers": None, "length": 20, "lower": True,
                 "min_numeric": 0, "min_special": 0, "numeric": True, "override_special": "!#$%&*()-_=+[]{}<>:?",
                 "result": rp, "special": True, "upper": True}, "sensitive_attributes": []}]},
            {"mode": "managed", "type": "azurerm_storage_account", "name": "state",
             "provider": "provider[\"registry.terraform.io/hashicorp/azurerm\"]",
             "instances": [{"schema_version": 4, "attributes": {
                 "name": acct, "account_tier": "Standard", "account_replication_type": "GRS",
                 "id": "/subscriptions/%s/resourceGroups/rg-tfstate/providers/Microsoft.Storage/storageAccounts/%s" % (v.uuid(), acct),
                 "primary_access_key": ak, "secondary_access_key": sk,
                 "primary_connection_string": conn,
                 "primary_blob_endpoint": "https://%s.blob.core.windows.net/" % acct}}]},
            {"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
             "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 0, "attributes": {
                 "id": akid, "user": "ci-deployer", "status": "Active", "pgp_key": None,
                 "secret": asec, "ses_smtp_password_v4": d.L("password", v.b64(32)),
                 "create_date": "2025-04-0%dT10:00:00Z" % v.randint(1, 9)}}]},
        ]}
    return d.set(json.dumps(state, indent=2) + "\n")


def tfvars(v, i):
    d = Doc("terraform/%s-%02d.tfvars" % (v.choice(["prod", "staging", "shared"]), i))
    return d.set(f"""# {app(v)} -- applied by atlantis
region              = "eu-west-1"
instance_type       = "t3.medium"
db_username         = "{user(v)}"
db_password         = "{d.L('password', jesc(v.password(v.choice(['human', 'strong', 'tricky']))))}"
grafana_admin_password = "{d.L('password', v.safe_password())}"
datadog_site        = "datadoghq.eu"
pagerduty_token     = "{d.L('generic-secret', v.alnum(20))}"
cloudflare_api_token = "{d.L('generic-secret', v.b64url(30))}"
storage_account_key = "{d.L('azure-storage-key', v.azure_key())}"
# admin_password    = "REPLACE_ME"
tags = {{
  owner      = "platform"
  cost_center = "cc-{v.randint(100, 999)}"
}}
""")


def compose(v, i):
    d = Doc("docker/docker-compose-%02d.yml" % i)
    pg = v.safe_password()
    rb = v.safe_password()
    list_style = i % 2 == 0
    if list_style:
        env_db = f"""      - POSTGRES_USER={user(v)}
      - POSTGRES_PASSWORD={d.L('password', pg)}
      - POSTGRES_DB={db(v)}"""
        env_app = f"""      - "DATABASE_URL=postgres://app:{d.L('url-credentials', uenc(v.password('tricky')))}@db:5432/app"
      - SECRET_KEY_BASE={d.L('generic-secret', v.hexs(128))}
      - RABBITMQ_DEFAULT_PASS=${{RABBITMQ_PASS}}
      - ADMIN_PASSWORD_FILE=/run/secrets/admin_password"""
    else:
        env_db = f"""      POSTGRES_USER: {user(v)}
      POSTGRES_PASSWORD: "{d.L('password', pg)}"
      POSTGRES_DB: {db(v)}"""
        env_app = f"""      DATABASE_URL: "postgres://app:{d.L('url-credentials', uenc(v.human_password()))}@db:5432/app"
      SECRET_KEY_BASE: {d.L('generic-secret', v.hexs(128))}
      RABBITMQ_DEFAULT_PASS: ${{RABBITMQ_PASS:-guest}}
      ADMIN_PASSWORD_FILE: /run/secrets/admin_password"""
    return d.set(f"""services:
  db:
    image: postgres:16@{v.digest()}
    restart: unless-stopped
    environment:
{env_db}
    volumes:
      - pgdata:/var/lib/postgresql/data
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: events
      RABBITMQ_DEFAULT_PASS: {d.L('password', rb)}
  app:
    build: .
    depends_on: [db, mq]
    environment:
{env_app}
    secrets:
      - admin_password
  redis:
    image: redis:7
    command: redis-server --requirepass {d.L('password', v.alnum(24))} --appendonly yes
secrets:
  admin_password:
    file: ./secrets/admin_password.txt
volumes:
  pgdata: {{}}
""")


def k8s_secret(v, i):
    d = Doc("k8s/secret-%s-%02d.yaml" % (app(v), i))
    ak = d.L("azure-storage-key", v.azure_key())
    cfg = base64.b64encode(("logLevel: info\nregion: eu-west-1\nreplicas: %d\n" % v.randint(2, 6)).encode()).decode()
    return d.set(f"""apiVersion: v1
kind: Secret
metadata:
  name: {app(v)}-credentials
  namespace: prod
  annotations:
    kubernetes.io/description: "password rotation: quarterly"
type: Opaque
stringData:
  DB_PASSWORD: "{d.L('password', v.password(v.choice(['human', 'strong', 'alnum'])))}"
  db-url: "postgresql://app:{d.L('url-credentials', uenc(v.safe_password()))}@pg-primary.example.net:5432/app"
  api-token: {d.L('generic-secret', v.generic())}
  AWS_SECRET_ACCESS_KEY: {d.L('aws-secret-key', v.aws_secret())}
  AWS_ACCESS_KEY_ID: {d.L('aws-access-key-id', v.aws_akid())}
data:
  username: {base64.b64encode(b"app").decode()}
  config.yaml: {cfg}
---
apiVersion: v1
kind: Secret
metadata:
  name: azure-files
  namespace: prod
type: Opaque
stringData:
  azurestorageaccountname: stfiles{i}
  azurestorageaccountkey: {ak}
""")


def helm_values(v, i):
    d = Doc("helm/values-%s-%02d.yaml" % (app(v), i))
    return d.set(f"""replicaCount: 3
image:
  repository: registry.example.com/{app(v)}
  tag: "2.{v.randint(0, 30)}.{v.randint(0, 9)}"
  digest: {v.digest()}
postgresql:
  auth:
    username: {user(v)}
    password: {d.L('password', v.safe_password())}
    postgresPassword: "{d.L('password', v.alnum(20))}"
    existingSecret: ""
redis:
  auth:
    enabled: true
    password: '{d.L('password', v.strong_password())}'
externalDatabase:
  password: "{{{{ .Values.global.dbPassword }}}}"
env:
  - name: OAUTH_CLIENT_SECRET
    value: "{d.L('generic-secret', v.alnum(40))}"
  - name: SIGNING_KEY
    value: {d.L('generic-secret', v.b64(32))}
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: {{ name: {app(v)}-db, key: password }}
ingress:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: basic-auth
    nginx.ingress.kubernetes.io/auth-realm: "Authentication Required"
""")


def gha(v, i):
    d = Doc("ci/github-actions-%02d.yml" % i)
    return d.set(f"""name: deploy
on:
  push:
    branches: [main]
env:
  AWS_REGION: eu-west-1
  AWS_ACCESS_KEY_ID: {d.L('aws-access-key-id', v.aws_akid())}
  AWS_SECRET_ACCESS_KEY: {d.L('aws-secret-key', v.aws_secret())}
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@{v.git_sha()}
      - run: make test
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{v.git_sha()}
      - name: Login to registry
        run: echo "{d.L('password', v.alnum(32))}" | docker login registry.example.com -u ci-bot --password-stdin
      - name: Notify
        run: |
          curl -sS -X POST https://hooks.example.com/deploy \\
            -H "Authorization: Bearer {d.L('bearer-token', v.bearer())}" \\
            -d '{{"sha":"${{{{ github.sha }}}}"}}'
      - name: Migrate
        env:
          PGPASSWORD: ${{{{ secrets.PGPASSWORD }}}}
          API_TOKEN: ${{{{ secrets.API_TOKEN }}}}
        run: ./bin/migrate
""")


def gitlab_ci(v, i):
    d = Doc("ci/gitlab-ci-%02d.yml" % i)
    return d.set(f"""stages: [test, deploy]
variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: "runner"
  MYSQL_ROOT_PASSWORD: $MYSQL_ROOT_PASSWORD
  SONAR_TOKEN: "{d.L('generic-secret', v.hexs(40))}"
  DEPLOY_PASSWORD: "{d.L('password', v.safe_password())}"
test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q
deploy:
  stage: deploy
  script:
    - export AWS_ACCESS_KEY_ID={d.L('aws-access-key-id', v.aws_akid())}
    - export AWS_SECRET_ACCESS_KEY={d.L('aws-secret-key', v.aws_secret())}
    - aws s3 sync build/ s3://static-example-com/
    - curl -u deploy:{d.L('password', v.safe_password())} -T build.tgz https://artifacts.example.com/upload/
    - 'curl --header "PRIVATE-TOKEN: $CI_JOB_TOKEN" https://gitlab.example.com/api/v4/projects'
  only: [main]
""")


def build(v):
    out = []
    for i in range(1, 4):
        out += [ansible_group_vars(v, i), tfstate(v, i), tfvars(v, i), k8s_secret(v, i),
                helm_values(v, i), gha(v, i), gitlab_ci(v, i)]
    for i in range(1, 5):
        out.append(compose(v, i))
    return out
