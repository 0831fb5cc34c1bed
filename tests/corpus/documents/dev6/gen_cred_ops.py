"""Passwords and secrets in infrastructure, CI, shell, SQL, directory, network and VPN carriers."""
from gen_common import *

NOQ = '"\'\\'
BS = '\\'
SHQ = "'"            # inside single-quoted shell strings
AV_DQ = '"$`\\!'      # inside double-quoted shell strings
AV_HCL = '"\\$%'
AV_SP = ' "\'\\'
DQ = '"'

@tpl(2)
def ansible_group_vars(i):
    env = ['production', 'staging'][i - 1]
    d = Doc(f'iac/ansible/inventories/{env}/group_vars/all.yml')
    return d, f'''---
# group_vars for {env}; vault-encrypted values live in vault.yml
ansible_user: deploy
ansible_become: true
ansible_become_pass: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}

mysql_root_password: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
mysql_users:
  - name: app
    host: "10.%"
    password: "{d.pw(avoid=NOQ + '{{%')}"
    priv: "app.*:ALL"
  - name: backup
    host: localhost
    password: "{{{{ vault_mysql_backup_password }}}}"
    priv: "*.*:SELECT,LOCK TABLES,SHOW VIEW,EVENT,TRIGGER"

postgresql_users:
  - name: grafana
    password: '{d.pw(avoid=NOQ + '{{%')}'
    encrypted: yes
  - name: keycloak
    password: "{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/keycloak:db_password') }}}}"

rabbitmq_users:
  - user: celery
    password: {yq(d.pw(style='alnum'))}
    vhost: /celery
    configure_priv: .*

redis_requirepass: {yq(d.pw(style='alnum'))}
grafana_security_admin_password: "{d.pw(avoid=NOQ + '{{%')}"
nginx_htpasswd_users:
  - name: metrics
    password_hash: "{sha512crypt()}"

keycloak_admin_password: !vault |
{chr(10).join('          ' + l for l in ansible_vault().split(chr(10)))}

ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
app_secret_key_base: "{d.sec('hex128')}"
app_release: "{short_sha()}"
'''

@tpl(1)
def ansible_inventory(i):
    d = Doc('iac/ansible/inventories/legacy/hosts.ini')
    lines = ['# legacy estate - not yet moved to SSH keys (INFRA-%d)' % R.randint(100, 999), '[web]']
    for n in range(1, R.randint(6, 8)):
        lines.append(f'web{n:02d}.legacy.corp ansible_host={priv_ip()} ansible_user=admin ansible_ssh_pass={d.pw(avoid=AV_SP + "#;")} ansible_become_pass={d.pw(avoid=AV_SP + "#;")}')
    lines += ['', '[db]', f'db01.legacy.corp ansible_host={priv_ip()} ansible_user=root ansible_password={d.pw(avoid=AV_SP + "#;")}',
              f'db02.legacy.corp ansible_host={priv_ip()} ansible_user=root ansible_password="{{{{ vault_db02_root }}}}"',
              '', '[windows]',
              f'ws-fin-01.corp.internal ansible_connection=winrm ansible_winrm_transport=ntlm ansible_user=CORP\\svc_ansible ansible_password={d.pw(avoid=AV_SP + "#;")}',
              '', '[all:vars]', 'ansible_python_interpreter=/usr/bin/python3', f'ntp_server={priv_ip()}', 'ansible_ssh_common_args=-o StrictHostKeyChecking=no']
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def terraform_main(i):
    d = Doc('iac/terraform/rds-and-cache/main.tf')
    return d, f'''terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }}
    cloudflare = {{
      source = "cloudflare/cloudflare"
    }}
  }}
  backend "s3" {{
    bucket = "tfstate-{rs(6, LO + DG)}"
    key    = "rds/terraform.tfstate"
    region = "{pick(REGIONS)}"
  }}
}}

provider "cloudflare" {{
  api_token = "{d.L('generic-secret', rs(40, AN + '_-'))}"
}}

variable "db_password" {{
  type      = string
  sensitive = true
}}

resource "aws_db_instance" "main" {{
  identifier             = "orders-prod"
  engine                 = "postgres"
  engine_version         = "15.5"
  instance_class         = "db.r6g.large"
  allocated_storage      = 200
  username               = "orders_admin"
  password               = var.db_password
  skip_final_snapshot    = false
}}

resource "aws_db_instance" "reporting" {{
  identifier          = "reporting-prod"
  engine              = "mysql"
  instance_class      = "db.t4g.medium"
  username            = "admin"
  password            = "{d.pw(avoid=AV_HCL + '/@ ')}"
  skip_final_snapshot = true
}}

resource "aws_elasticache_replication_group" "sessions" {{
  replication_group_id       = "sessions"
  description                = "session store"
  transit_encryption_enabled = true
  auth_token                 = "{d.L('generic-secret|password', rs(32))}"
}}

resource "random_password" "app" {{
  length  = 24
  special = true
}}

resource "aws_secretsmanager_secret_version" "app" {{
  secret_id     = aws_secretsmanager_secret.app.id
  secret_string = jsonencode({{ password = random_password.app.result }})
}}

resource "aws_mq_broker" "events" {{
  broker_name = "events"
  engine_type = "RabbitMQ"
  user {{
    username = "events"
    password = "{d.pw(avoid=AV_HCL + ',:=')}"
  }}
}}
'''

@tpl(1)
def tfvars(i):
    d = Doc(f'iac/terraform/envs/{["prod", "dr"][i - 1]}/terraform.tfvars')
    return d, f'''region            = "{pick(REGIONS)}"
environment       = "{["prod", "dr"][i - 1]}"
vpc_cidr          = "10.{R.randint(10, 99)}.0.0/16"
db_username       = "app_admin"
db_password       = "{d.pw(avoid=AV_HCL)}"
grafana_admin_pw  = "{d.pw(avoid=AV_HCL)}"
datadog_api_key   = "{d.L('datadog-key', hexs(32))}"
datadog_app_key   = "{d.L('datadog-key', hexs(40))}"
pagerduty_token   = "{d.L('generic-secret', rs(20, AN + '_-+'))}"
github_webhook_secret = "{d.sec('hex40')}"
ssh_public_key    = "{ssh_pub()}"
ami_id            = "ami-{hexs(17)}"
kms_key_arn       = "arn:aws:kms:{pick(REGIONS)}:{R.randint(10**11, 10**12 - 1)}:key/{a_uuid()}"
tags = {{
  owner      = "platform"
  cost-center = "CC-{R.randint(1000, 9999)}"
}}
'''

@tpl(1)
def helm_values(i):
    rel = pick(['keycloak', 'gitea', 'airflow', 'mattermost', 'wikijs'])
    d = Doc(f'k8s/helm/{rel}-{i}/values-prod.yaml')
    return d, f'''# helm upgrade --install {rel} ./chart -f values-prod.yaml
image:
  repository: registry.{pick(COMPANY_DOMAINS)}/{rel}
  tag: "{R.randint(1, 24)}.{R.randint(0, 9)}.{R.randint(0, 9)}"
  digest: sha256:{sha256()}
imagePullSecrets:
  - name: regcred

auth:
  adminUser: admin
  adminPassword: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
  existingSecret: ""

postgresql:
  enabled: true
  auth:
    username: {rel}
    password: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
    postgresPassword: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
    database: {rel}
  primary:
    persistence:
      size: 20Gi

redis:
  enabled: true
  auth:
    enabled: true
    password: "{d.pw(avoid=NOQ)}"

smtp:
  host: smtp.{pick(COMPANY_DOMAINS)}
  port: 587
  user: {rel}-mailer
  password: "{{{{ .Values.global.smtpPassword }}}}"

oidc:
  clientID: {rel}
  clientSecret: {d.sec('b62')}
  issuer: https://sso.{pick(COMPANY_DOMAINS)}/realms/main

extraEnv:
  - name: {rel.upper()}_SECRET_KEY
    value: "{d.sec()}"
  - name: {rel.upper()}_DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: {rel}-db
        key: password
  - name: LOG_LEVEL
    value: info

podAnnotations:
  checksum/config: {sha256()}
'''

@tpl(1)
def k8s_secret(i):
    app = pick(['payments', 'ledger', 'kyc-worker', 'notifier', 'search'])
    d = Doc(f'k8s/manifests/{app}-{i}/secret.yaml')
    user = pick(['app', app.replace('-', '_'), 'svc'])
    return d, f'''apiVersion: v1
kind: Secret
metadata:
  name: {app}-credentials
  namespace: {pick(['prod', 'default', app])}
  labels:
    app.kubernetes.io/name: {app}
    app.kubernetes.io/part-of: platform
  annotations:
    kubernetes.io/description: "db + broker credentials for {app}"
type: Opaque
data:
  DB_USER: {base64.b64encode(user.encode()).decode()}
  DB_HOST: {base64.b64encode(dbhost('pg').encode()).decode()}
  DB_PORT: {base64.b64encode(b'5432').decode()}
stringData:
  DB_PASSWORD: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
  AMQP_URL: amqp://{app}:{d.L('url-credentials|password', password(style='alnum'))}@rabbitmq.{app}.svc:5672/
  API_SIGNING_SECRET: "{d.sec()}"
  SMTP_PASSWORD: '{d.pw(avoid=NOQ)}'
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: {app}-legacy
  namespace: prod
spec:
  encryptedData:
    password: {sealed()}
---
apiVersion: v1
kind: Secret
metadata:
  name: {app}-tls
type: kubernetes.io/tls
data:
  tls.crt: {blob64(90)}
  tls.key: ""
'''

@tpl(2)
def docker_compose(i):
    stack = pick(['nextcloud', 'odoo', 'metabase', 'n8n', 'sentry-lite', 'zabbix'])
    d = Doc(f'compose/{stack}-{i}/docker-compose.yml')
    dbpw = password(avoid=NOQ + '$#: ')
    listform = chance(0.5)
    def env(k, v):
        return f'      - {k}={v}' if listform else f'      {k}: {v}'
    dbref = d.L('password', dbpw)
    lines = ['version: "3.9"', '', 'services:', '  db:', f'    image: {pick(["postgres:16-alpine", "mariadb:11", "mysql:8.3"])}',
             '    restart: unless-stopped', '    environment:',
             env('POSTGRES_USER', stack), env('POSTGRES_PASSWORD', dbref), env('MYSQL_ROOT_PASSWORD', d.pw(avoid=NOQ + '$#: ')),
             env('MYSQL_PASSWORD', '${MYSQL_PASSWORD:?set in .env}'), '    volumes:', '      - dbdata:/var/lib/postgresql/data', '',
             '  redis:', '    image: redis:7', f'    command: ["redis-server", "--requirepass", "{d.pw(style="alnum")}"]', '',
             '  app:', f'    image: ghcr.io/{pick(WORDS)}/{stack}:{R.randint(1, 9)}.{R.randint(0, 20)}', '    depends_on: [db, redis]',
             '    ports:', '      - "8080:8080"', '    environment:',
             env('DB_HOST', 'db'), env('DB_PASSWORD', d.again(dbref)), env('ADMIN_PASSWORD', d.pw(avoid=NOQ + '$#: ')),
             env('SECRET_KEY', d.sec()), env('ENCRYPTION_KEY', d.sec('b64')), env('SMTP_PASSWORD', '${SMTP_PASSWORD}'),
             env('OIDC_CLIENT_SECRET', '${OIDC_CLIENT_SECRET:-}'), env('TZ', 'Europe/Stockholm'),
             env('BUILD_SHA', git_sha()), '',
             '  backup:', '    image: prodrigestivill/postgres-backup-local', '    environment:',
             env('POSTGRES_HOST', 'db'), env('POSTGRES_PASSWORD_FILE', '/run/secrets/db_password'),
             env('S3_URL', 's3://backups-%s' % rs(6, LO + DG)), '    secrets: [db_password]', '',
             'secrets:', '  db_password:', '    file: ./secrets/db_password.txt', '', 'volumes:', '  dbdata: {}']
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def systemd_unit(i):
    d = Doc('system/systemd/report-exporter.service')
    return d, f'''[Unit]
Description=Nightly report exporter
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=reports
Group=reports
WorkingDirectory=/opt/report-exporter
Environment="PGHOST={dbhost('pg')}" "PGUSER=reports"
Environment="PGPASSWORD={d.pw(avoid=NOQ + '$% ')}"
Environment=EXPORT_SFTP_PASSWORD={d.pw(avoid=NOQ + '$% ')}
Environment=EXPORT_API_TOKEN={d.sec()}
EnvironmentFile=-/etc/default/report-exporter
ExecStart=/opt/report-exporter/bin/exporter --db-password-file=/etc/report-exporter/db.pass --smtp-pass {d.pw(avoid=NOQ + '$% ')} --out /var/lib/reports
Restart=on-failure
RestartSec=10s
NoNewPrivileges=yes
ProtectSystem=strict
ReadWritePaths=/var/lib/reports

[Install]
WantedBy=multi-user.target
'''

@tpl(1)
def crontab(i):
    d = Doc('system/cron/crontab-db01.txt')
    return d, f'''# m h  dom mon dow   command
MAILTO=dba-alerts
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
15 2 * * * /usr/bin/mysqldump -u backup -p'{d.pw(avoid=SHQ + '%')}' --single-transaction --all-databases | gzip > /backup/mysql-$(date +\\%F).sql.gz
30 2 * * * PGPASSWORD='{d.pw(avoid=SHQ + '%')}' pg_dump -h {dbhost('pg')} -U dump billing | gzip > /backup/billing-$(date +\\%F).sql.gz
0 3 * * 0 /usr/local/bin/rotate-logs.sh --keep 14
*/5 * * * * curl -fsS -m 10 --retry 3 https://hc-ping.com/{a_uuid()} > /dev/null
45 3 * * * lftp -u sync,{d.pw(avoid=SHQ + '% ,"')} sftp://files.{pick(COMPANY_DOMAINS)} -e "mirror -R /backup /incoming; quit"
0 4 * * * /usr/bin/redis-cli -a {d.pw(style='alnum')} --no-auth-warning BGSAVE
0 5 * * 1 /opt/scripts/check-certs.sh --password-file /root/.certpass
# 0 6 * * * mysql -u root -pchangeme -e "FLUSH LOGS"
'''

@tpl(1)
def jenkinsfile(i):
    d = Doc('ci/jenkins/release.Jenkinsfile')
    return d, f'''pipeline {{
    agent {{ label 'linux-docker' }}
    environment {{
        REGISTRY      = 'registry.{pick(COMPANY_DOMAINS)}'
        REGISTRY_CRED = credentials('registry-push')
        SONAR_TOKEN   = '{d.L('generic-secret', 'squ_' + hexs(40))}'
        DB_TEST_PASS  = '{d.pw(avoid=NOQ + '$')}'
        NEXUS_PASSWORD = credentials('nexus-deploy')
    }}
    stages {{
        stage('Build') {{
            steps {{
                sh './gradlew clean build -x test'
            }}
        }}
        stage('Integration tests') {{
            steps {{
                sh 'docker run -d --name itdb -e POSTGRES_PASSWORD=$DB_TEST_PASS postgres:16'
                sh './gradlew integrationTest -Ddb.password=$DB_TEST_PASS'
            }}
        }}
        stage('Publish') {{
            steps {{
                withCredentials([usernamePassword(credentialsId: 'registry-push', usernameVariable: 'U', passwordVariable: 'P')]) {{
                    sh 'echo $P | docker login $REGISTRY -u $U --password-stdin'
                }}
                sh "docker login legacy-registry.corp -u jenkins -p {d.pw(avoid=NOQ + '$ ')}"
                sh 'docker push $REGISTRY/app:${{GIT_COMMIT}}'
            }}
        }}
        stage('Deploy') {{
            steps {{
                sh """
                  sshpass -p '{d.pw(avoid=NOQ + '$ ')}' ssh -o StrictHostKeyChecking=no deploy@{priv_ip()} \\\\
                    'sudo systemctl restart app'
                """
            }}
        }}
    }}
    post {{
        failure {{
            slackSend channel: '#ci', message: "Build failed: ${{env.BUILD_URL}}"
        }}
    }}
}}
'''

@tpl(1)
def gitlab_ci(i):
    d = Doc('ci/gitlab/gitlab-ci.yml')
    return d, f'''stages: [test, build, deploy]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: "{d.pw(avoid=NOQ + '$')}"
  DATABASE_URL: "postgres://runner:$POSTGRES_PASSWORD@postgres:5432/app_test"
  DOCKER_DRIVER: overlay2
  NPM_TOKEN: $NPM_TOKEN
  MINIO_ROOT_PASSWORD: "{d.pw(avoid=NOQ + '$')}"

test:
  stage: test
  image: node:20
  services:
    - postgres:16
  script:
    - npm ci
    - npm test

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
    - docker login -u deploybot -p {d.pw(avoid=NOQ + '$ ')} harbor.{pick(COMPANY_DOMAINS)}
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy_prod:
  stage: deploy
  image: alpine:3.19
  variables:
    DEPLOY_WEBHOOK_SECRET: "{d.sec('hex40')}"
    SFTP_PASS: "{d.pw(avoid=NOQ + '$')}"
  script:
    - apk add --no-cache curl sshpass openssh-client
    - sshpass -p "$SFTP_PASS" scp -o StrictHostKeyChecking=no dist.tgz upload@{priv_ip()}:/srv/
    - 'curl -X POST -H "X-Hook-Secret: $DEPLOY_WEBHOOK_SECRET" https://deploy.internal/hooks/app'
  only: [main]
'''

@tpl(1)
def github_actions(i):
    d = Doc('ci/github/workflows/ci.yml')
    return d, f'''name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      mysql:
        image: mysql:8.0
        env:
          MYSQL_ROOT_PASSWORD: {d.pw(style='alnum')}
          MYSQL_DATABASE: app_test
        ports: ["3306:3306"]
        options: --health-cmd="mysqladmin ping" --health-interval=10s
      redis:
        image: redis:7
    env:
      DB_PASSWORD: ${{{{ secrets.DB_PASSWORD }}}}
      RAILS_MASTER_KEY: {d.sec('hex32')}
      CODECOV_TOKEN: {d.sec('uuid')}
    steps:
      - uses: actions/checkout@{git_sha()}
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - run: bin/rails db:setup
        env:
          DATABASE_URL: mysql2://root:{d.L('url-credentials|password', password(style='alnum'))}@127.0.0.1:3306/app_test
      - run: bundle exec rspec
  publish:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{{{ github.actor }}}}
          password: ${{{{ secrets.GITHUB_TOKEN }}}}
      - uses: docker/login-action@v3
        with:
          registry: quay.io
          username: {pick(WORDS)}+ci
          password: {d.L('password', rs(64, UP + DG))}
'''

@tpl(1)
def circleci(i):
    d = Doc('ci/circleci/config.yml')
    return d, f'''version: 2.1

executors:
  app:
    docker:
      - image: cimg/python:3.12
        auth:
          username: {pick(WORDS)}ci
          password: {d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`$')}
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: {d.pw(style='alnum')}

jobs:
  test:
    executor: app
    environment:
      DJANGO_SECRET_KEY: {d.sec('b62long')}
      DATABASE_URL: postgresql://circle@localhost/circle_test
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest -q
  deploy:
    executor: app
    steps:
      - checkout
      - run:
          name: Deploy
          command: |
            fab deploy --password='{d.pw(avoid=NOQ + '$')}' --hosts={priv_ip()}

workflows:
  main:
    jobs: [test, deploy]
'''

@tpl(1)
def azure_pipelines(i):
    d = Doc('ci/azure/azure-pipelines.yml')
    return d, f'''trigger:
  - main

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  sqlAdminPassword: '{d.pw(avoid=NOQ + '$')}'
  - group: shared-secrets

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: '--configuration $(buildConfiguration)'
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: prod-connection
      ServerName: {rs(8, LO)}.database.windows.net
      DatabaseName: app
      SqlUsername: sqladmin
      SqlPassword: $(sqlAdminPassword)
  - script: |
      sqlcmd -S tcp:{rs(8, LO)}.database.windows.net -U migrator -P '{d.pw(avoid=NOQ + '$')}' -i migrate.sql
    displayName: Run migrations
  - script: az storage blob upload-batch --account-name {rs(10, LO)} --account-key "{d.L('azure-storage-key', azure_key())}" -d '$web' -s dist
    displayName: Upload static site
'''

@tpl(1)
def makefile(i):
    d = Doc('build/catalog.mk')
    return d, f'''SHELL := /bin/bash
APP ?= catalog
DB_USER ?= catalog
DB_PASS ?= {d.pw(avoid=NOQ + '$#% ')}
DB_HOST ?= localhost
REGISTRY_PASSWORD ?= $(shell cat ~/.registry-pass)
VERSION := $(shell git describe --tags --always)

.PHONY: db-shell migrate seed push

db-shell:
\tmysql -h $(DB_HOST) -u $(DB_USER) -p$(DB_PASS) $(APP)

migrate:
\tDATABASE_URL="mysql://$(DB_USER):$(DB_PASS)@$(DB_HOST)/$(APP)" ./bin/migrate up

seed:
\tPGPASSWORD={d.pw(avoid=NOQ + '$#% ')} psql -h $(DB_HOST) -U seed -f fixtures/seed.sql

push:
\techo "$(REGISTRY_PASSWORD)" | docker login -u ci --password-stdin registry.internal
\tdocker push registry.internal/$(APP):$(VERSION)

sign:
\tjarsigner -storepass {d.pw(avoid=NOQ + '$#% ')} -keystore release.jks dist/$(APP).jar release
'''

@tpl(1)
def deploy_script(i):
    d = Doc(f'shell/scripts/deploy-{pick(["api", "worker", "batch"])}-{i}.sh')
    return d, f'''#!/usr/bin/env bash
# deploy helper - usage: ./deploy.sh <env>
set -euo pipefail

ENV="${{1:-staging}}"
RELEASE="$(date +%Y%m%d%H%M)-{short_sha()}"

export PGHOST="{dbhost('pg')}"
export PGUSER="deploy"
export PGPASSWORD='{d.pw(avoid=SHQ)}'
export API_TOKEN="${{API_TOKEN:?API_TOKEN must be set}}"
export SLACK_SIGNING_SECRET="{d.sec('hex32')}"
MYSQL_PWD="{d.pw(avoid=AV_DQ)}"

echo "==> migrating ($ENV)"
psql -v ON_ERROR_STOP=1 -f migrations/latest.sql

echo "==> copying artefacts"
sshpass -p '{d.pw(avoid=SHQ)}' rsync -az dist/ "deploy@app-${{ENV}}-01:/srv/app/releases/$RELEASE/"

echo "==> warming cache"
redis-cli -h cache.internal -a "{d.pw(avoid=AV_DQ, style='alnum')}" FLUSHDB

mysql --user=reporting --password="$MYSQL_PWD" -e "CALL refresh_views();" reporting

# read -s -p "LDAP password: " LDAP_PASS
ldapsearch -x -H ldaps://ldap.corp.internal -D "cn=deploy,ou=svc,dc=corp,dc=internal" -w '{d.pw(avoid=SHQ)}' -b "ou=hosts,dc=corp,dc=internal" "(cn=app-*)" cn
openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{d.pw(avoid=NOQ + ' $&;|<>()`')}
echo "done: $RELEASE"
'''

@tpl(3)
def bash_history(i):
    user = pick(['ubuntu', 'ops', 'root', 'deploy', 'jdoe'])
    d = Doc(f'shell/history/{user}-{i}.bash_history')
    cmds = [
        lambda: f"mysql -uroot -p'{d.pw(avoid=SHQ)}' -e 'show databases'",
        lambda: f"mysql -h {dbhost('mysql')} -u app -p{d.pw(avoid=NOQ + ' $&;|<>()`!#*?')} app",
        lambda: f"psql \"postgresql://admin:{d.L('url-credentials|password', U(password(avoid=SHQ + DQ)))}@{dbhost('pg')}:5432/postgres\"",
        lambda: f"sshpass -p '{d.pw(avoid=SHQ)}' ssh root@{priv_ip()}",
        lambda: f"curl -u admin:{d.pw(avoid=NOQ + ' $&;|<>()`!#*?@:')} http://{priv_ip()}:9200/_cat/indices",
        lambda: f"htpasswd -b -c /etc/nginx/.htpasswd metrics '{d.pw(avoid=SHQ)}'",
        lambda: f"redis-cli -h {priv_ip()} -a {d.pw(style='alnum')} info replication",
        lambda: f"docker login -u {pick(WORDS)} -p '{d.pw(avoid=SHQ)}' registry.{pick(COMPANY_DOMAINS)}",
        lambda: f"export DB_PASSWORD='{d.pw(avoid=SHQ)}'",
        lambda: f"mongosh \"mongodb://root:{d.L('url-credentials|password', password(style='alnum'))}@{priv_ip()}:27017/admin\"",
        lambda: f"echo '{d.pw(avoid=SHQ)}' | sudo -S systemctl restart nginx",
        lambda: f"rabbitmqctl add_user events '{d.pw(avoid=SHQ)}'",
        lambda: f"rabbitmqctl change_password guest {d.pw(style='alnum')}",
        lambda: f"mount -t cifs //fs01/share /mnt/share -o username=svc_backup,password={d.pw(avoid=NOQ + ' ,$&;|<>()`!#*?')}",
        lambda: f"keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass {d.pw(avoid=NOQ + ' $&;|<>()`!#*?')} -noprompt",
        lambda: f"smbclient //nas01/backup -U 'backup%{d.pw(avoid=SHQ + '%')}' -c 'ls'",
        lambda: f"wget --user=mirror --password='{d.pw(avoid=SHQ)}' https://repo.internal/packages/index.json",
        lambda: f"git clone https://ci-bot:{d.L('url-credentials|password', password(style='alnum'))}@git.{pick(COMPANY_DOMAINS)}/platform/infra.git",
        lambda: f"sqlcmd -S {priv_ip()} -U sa -P '{d.pw(avoid=SHQ)}' -Q 'SELECT @@VERSION'",
        lambda: f"sqlplus system/{d.pw(avoid=NOQ + ' $&;|<>()`!#*?@/')}@//{dbhost('ora')}:1521/ORCLPDB1",
        lambda: f"ipmitool -I lanplus -H {priv_ip()} -U ADMIN -P '{d.pw(avoid=SHQ)}' chassis power status",
        lambda: f"vault login -method=userpass username=ops password='{d.pw(avoid=SHQ)}'",
        lambda: f"az login --service-principal -u {a_uuid()} -p '{d.L('generic-secret|password', rs(3) + '8Q~' + rs(34, AN + '~._-'))}' --tenant {a_uuid()}",
    ]
    noise = [f'git show {git_sha()}', f'docker pull registry.internal/app@sha256:{sha256()}', 'ls -la', 'cd /srv/app', 'git pull', 'sudo systemctl status nginx', 'df -h', 'tail -f /var/log/syslog',
             'kubectl get pods -n prod', 'history | grep mysql', 'vim /etc/hosts', 'docker ps', 'top', 'exit',
             'mysql -u root -p', 'psql -U postgres -W', f'git checkout {short_sha()}', 'echo $PGPASSWORD',
             'docker run -p 5432:5432 postgres:16', 'ssh -p 2222 ops@bastion', 'passwd', 'sudo passwd deploy',
             'cat ~/.pgpass', 'unset DB_PASSWORD', 'export DB_PASSWORD=$(vault kv get -field=password secret/db)']
    picks = R.sample(cmds, R.randint(9, 12))
    out = []
    for c in picks:
        for _ in range(R.randint(1, 3)):
            out.append(pick(noise))
        out.append(c())
    if chance(0.5):
        t0 = 1700000000 + R.randint(0, 30000000)
        stamped = []
        for c in out:
            t0 += R.randint(3, 900)
            stamped.append(f'#{t0}\n{c}')
        out = stamped
    return d, '\n'.join(out) + '\n'

@tpl(1)
def powershell(i):
    d = Doc(f'shell/powershell/{pick(["Provision-Server", "Sync-Users", "Deploy-Site"])}-{i}.ps1')
    return d, f'''<#
.SYNOPSIS
    Provisions service accounts and mounts the share.
#>
param(
    [string]$Server = "{pick(["APP", "SQL", "WEB"])}{R.randint(1, 20):02d}",
    [securestring]$AdminPassword
)

$ErrorActionPreference = 'Stop'
$svcPassword = ConvertTo-SecureString "{d.pw(avoid=AV_DQ)}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_sync", $svcPassword)

New-LocalUser -Name "backup_agent" -Password (ConvertTo-SecureString '{d.pw(avoid=SHQ)}' -AsPlainText -Force) -PasswordNeverExpires
net user deploy {d.pw(avoid=NOQ + ' $&;|<>()`!#*?^%')} /add /y
New-PSDrive -Name S -PSProvider FileSystem -Root "\\\\fs01\\deploy" -Credential $cred -Persist

$conn = "Server={dbhost('mssql')};Database=HR;User Id=hr_sync;Password={d.pw(avoid=AV_DQ + ';=')};"
Invoke-Sqlcmd -ConnectionString $conn -Query "EXEC dbo.SyncEmployees"

$headers = @{{ "X-Api-Key" = "{d.sec()}"; "Accept" = "application/json" }}
Invoke-RestMethod -Uri "https://hr-api.internal/v2/sync" -Headers $headers -Method Post

# $plain = Read-Host -AsSecureString "Password"
Set-ADAccountPassword -Identity "svc_print" -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "{d.pw(avoid=AV_DQ)}" -Force)
Write-Host "Provisioned $Server at $(Get-Date -Format o)"
'''

@tpl(1)
def sql_mysql(i):
    d = Doc('sql/mysql/001_create_users.sql')
    lines = ['-- MySQL 8 user bootstrap', "-- run as: mysql -u root -p < 001_create_users.sql", '']
    for u in R.sample(['app', 'reporting', 'etl', 'grafana', 'replicator', 'backup', 'metabase', 'debezium', 'keycloak'], R.randint(6, 8)):
        lines.append(f"CREATE USER IF NOT EXISTS '{u}'@'10.%' IDENTIFIED BY '{d.pw(avoid=NOQ)}';")
        lines.append(f"GRANT SELECT ON *.* TO '{u}'@'10.%';")
    lines += ["ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY '%s';" % d.pw(avoid=NOQ),
              f"CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '*{hexs(40).upper()}';",
              "CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-primary.internal', SOURCE_USER='replicator', SOURCE_PASSWORD='%s', SOURCE_AUTO_POSITION=1;" % d.pw(avoid=NOQ),
              "SET PASSWORD FOR 'backup'@'10.%' = '" + d.pw(avoid=NOQ) + "';",
              "-- password policy", "SET GLOBAL validate_password.length = 14;", 'FLUSH PRIVILEGES;']
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def sql_postgres(i):
    d = Doc('sql/postgres/roles.sql')
    return d, f'''--
-- PostgreSQL database cluster dump (roles only)
--

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';

CREATE ROLE app;
ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '{scram()}';
CREATE ROLE reporting;
ALTER ROLE reporting WITH LOGIN PASSWORD 'md5{hexs(32)}';

-- added manually during incident INC-{R.randint(10000, 99999)}, rotate!
ALTER ROLE etl WITH LOGIN PASSWORD '{d.pw(avoid=NOQ)}' VALID UNTIL '2025-12-31';
CREATE USER airflow WITH ENCRYPTED PASSWORD '{d.pw(avoid=NOQ)}';
CREATE ROLE readonly_analyst LOGIN PASSWORD '{d.pw(avoid=NOQ)}' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE warehouse TO readonly_analyst;
GRANT USAGE ON SCHEMA public TO readonly_analyst;
CREATE USER MAPPING FOR app SERVER legacy_mysql OPTIONS (username 'pgfdw', password '{d.pw(avoid=NOQ)}');
CREATE SUBSCRIPTION orders_sub CONNECTION 'host={dbhost('pg')} port=5432 user=repl password={d.pw(avoid=NOQ + ' ')} dbname=orders' PUBLICATION orders_pub;
ALTER ROLE app SET statement_timeout = '30s';
'''

@tpl(1)
def sql_mssql_oracle(i):
    d = Doc('sql/mssql/create_logins.sql')
    return d, f'''USE [master]
GO
CREATE LOGIN [etl_loader] WITH PASSWORD = N'{d.pw(avoid=NOQ)}', DEFAULT_DATABASE = [Staging], CHECK_EXPIRATION = OFF, CHECK_POLICY = ON
GO
CREATE LOGIN [legacy_app] WITH PASSWORD = 0x0200{hexs(136).upper()} HASHED, CHECK_POLICY = OFF
GO
ALTER LOGIN [sa] WITH PASSWORD = N'{d.pw(avoid=NOQ)}'
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '{d.pw(avoid=NOQ)}';
GO
CREATE DATABASE SCOPED CREDENTIAL BlobCred WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
    SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-06-30T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig={d.L('azure-storage-key', U(b64(32)))}';
GO
-- Oracle side (linked server)
-- CREATE USER fin_link IDENTIFIED BY "{d.pw(avoid=NOQ)}" DEFAULT TABLESPACE users;
-- ALTER USER system IDENTIFIED BY {d.pw(avoid=NOQ + ' ;"', syms='#_$')} ACCOUNT UNLOCK;
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ORAFIN', @useself = N'False', @locallogin = NULL, @rmtuser = N'FIN_LINK', @rmtpassword = N'{d.pw(avoid=NOQ)}'
GO
'''

@tpl(1)
def ldif(i):
    d = Doc('directory/ldap/service-accounts.ldif')
    ents = []
    for n in range(R.randint(5, 7)):
        f, l = person()
        uid = ascii_fold(f[0] + l).lower()
        pwv = d.pw(avoid=' ') if n % 2 == 0 else pick([ssha(), '{CRYPT}' + sha512crypt(), '{PBKDF2-SHA512}10000$' + b64(16) + '$' + b64(64)])
        ents.append(f'''dn: uid={uid},ou=people,dc=corp,dc=internal
objectClass: inetOrgPerson
objectClass: posixAccount
cn: {ascii_fold(f)} {ascii_fold(l)}
sn: {ascii_fold(l)}
uid: {uid}
uidNumber: {R.randint(10000, 20000)}
gidNumber: 10000
homeDirectory: /home/{uid}
userPassword: {pwv}''')
    ents.append(f'''dn: cn=svc-jira,ou=services,dc=corp,dc=internal
objectClass: simpleSecurityObject
objectClass: organizationalRole
cn: svc-jira
description: bind account for Jira user sync
userPassword: {d.pw(avoid=' ')}''')
    ents.append(f'''dn: olcDatabase={{1}}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: {ssha()}''')
    return d, '# generated by ldapsearch / edited for import\nversion: 1\n\n' + '\n\n'.join(ents) + '\n'

@tpl(1)
def slapd_and_sssd(i):
    d = Doc('directory/sssd/sssd.conf')
    return d, f'''[sssd]
services = nss, pam, ssh
domains = corp.internal

[domain/corp.internal]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap1.corp.internal, ldaps://ldap2.corp.internal
ldap_search_base = dc=corp,dc=internal
ldap_default_bind_dn = cn=svc-sssd,ou=services,dc=corp,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = {d.pw(avoid=' ')}
ldap_tls_reqcert = demand
cache_credentials = true
ldap_user_ssh_public_key = sshPublicKey

[pam]
offline_credentials_expiration = 7
'''

@tpl(1)
def samba_fstab(i):
    d = Doc('system/mounts/fileserver.fstab')
    cred = password(avoid=' ,\t#')
    return d, f'''# /etc/fstab: static file system information.
# <file system> <mount point>   <type>  <options>       <dump>  <pass>
UUID={a_uuid()} /               ext4    errors=remount-ro 0       1
UUID={a_uuid()[:9].upper()} /boot/efi       vfat    umask=0077      0       1
/swapfile                                 none            swap    sw              0       0
//fs01.corp.internal/finance  /mnt/finance  cifs  username=svc_fin,password={d.L('password', cred)},domain=CORP,vers=3.0,uid=1001,gid=1001  0  0
//nas02/media  /mnt/media  cifs  credentials=/etc/samba/creds-media,iocharset=utf8  0  0
nfs01.corp.internal:/export/home  /home  nfs4  rw,hard,intr,sec=krb5  0  0
s3fs#reports-archive /mnt/reports fuse _netdev,allow_other,passwd_file=/etc/passwd-s3fs 0 0
'''

@tpl(0)
def samba_creds(i):
    d = Doc('system/mounts/creds-media')
    return d, f'''username=media_ro
password={d.pw(avoid=' ')}
domain=CORP
'''

@tpl(0)
def autofs_map(i):
    d = Doc('system/mounts/auto.cifs')
    return d, f'''# autofs map for department shares
hr        -fstype=cifs,rw,username=svc_hr,password={d.pw(avoid=' ,#')},uid=hr    ://fs01/hr
legal     -fstype=cifs,ro,credentials=/etc/auto.legal.cred                  ://fs01/legal
scans     -fstype=cifs,rw,username=scanner,password={d.pw(avoid=' ,#')}     ://mfp-3f/scans
'''

@tpl(1)
def wpa_supplicant(i):
    d = Doc('network/wifi/wpa_supplicant.conf')
    return d, f'''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=SE

network={{
    ssid="{pick(WORDS).capitalize()}-Guest"
    psk="{d.pw(avoid=NOQ)}"
    key_mgmt=WPA-PSK
    priority=1
}}

network={{
    ssid="CORP-8021X"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="svc-kiosk"
    password="{d.pw(avoid=NOQ)}"
    phase2="auth=MSCHAPV2"
    ca_cert="/etc/ssl/certs/corp-root.pem"
}}

network={{
    ssid="warehouse-iot"
    psk={d.L('generic-secret|password', hexs(64))}
}}

network={{
    ssid="lab"
    psk="{lk('placeholder', 'PUT_PSK_HERE')}"
    disabled=1
}}
'''

@tpl(0)
def nm_keyfile(i):
    d = Doc('network/wifi/Office-5G.nmconnection')
    return d, f'''[connection]
id=Office-5G
uuid={a_uuid()}
type=wifi
interface-name=wlp2s0
timestamp={1700000000 + R.randint(0, 9999999)}

[wifi]
mode=infrastructure
ssid=Office-5G

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk={d.pw(avoid=' ')}

[ipv4]
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto

[vpn-secrets]
password={d.pw(avoid=' ')}
'''

@tpl(1)
def cisco_ios(i):
    d = Doc('network/cisco/core-sw01-running-config.txt')
    return d, f'''Building configuration...

Current configuration : {R.randint(8000, 20000)} bytes
!
version 15.2
service timestamps debug datetime msec
service password-encryption
!
hostname core-sw01
!
enable secret 9 {lk('hash', '$9$' + rs(14, AN + './') + '$' + rs(43, AN + './'))}
!
username netadmin privilege 15 secret 5 {lk('hash', '$1$' + rs(4, AN) + '$' + rs(22, AN + './'))}
username breakglass privilege 15 password 0 {d.pw(avoid=' ?"')}
!
aaa new-model
aaa authentication login default group tacacs+ local
!
tacacs server TAC1
 address ipv4 {priv_ip()}
 key 0 {d.L('generic-secret|password', rs(24))}
!
radius server NPS1
 address ipv4 {priv_ip()} auth-port 1812 acct-port 1813
 key {d.L('generic-secret|password', rs(20))}
!
snmp-server community {d.L('password', pick(WORDS) + '-' + rs(8))} RO SNMP-ACL
snmp-server user monitor SNMPV3GRP v3 auth sha {d.pw(avoid=' ?"')} priv aes 128 {d.pw(avoid=' ?"')}
!
interface GigabitEthernet1/0/1
 description uplink-to-fw01
 switchport mode trunk
!
line vty 0 4
 login local
 transport input ssh
!
ntp authentication-key 1 md5 {d.pw(avoid=' ?"', style='alnum')}
ntp server {priv_ip()}
end
'''

@tpl(1)
def mikrotik(i):
    d = Doc('network/mikrotik/branch-rtr-export.rsc')
    return d, f'''# {ts().strftime('%b/%d/%Y %H:%M:%S').lower()} by RouterOS 7.13.2
# software id = {rs(4, UP + DG)}-{rs(4, UP + DG)}
#
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff wpa2-pre-shared-key="{d.pw(avoid=NOQ + '$')}"
/interface l2tp-client
add connect-to=vpn.{pick(COMPANY_DOMAINS)} name=l2tp-hq password="{d.pw(avoid=NOQ + '$')}" user=branch07 ipsec-secret={d.L('generic-secret|password', rs(28))} use-ipsec=yes
/ppp secret
add name=roadwarrior password={d.pw(avoid=NOQ + '$ ')} profile=default-encryption service=l2tp
/user
add name=monitor group=read password={d.pw(avoid=NOQ + '$ ')}
/snmp community
set [ find default=yes ] disabled=yes
/system identity
set name=branch07-rtr
'''

@tpl(1)
def fortigate(i):
    d = Doc('network/fortigate/fw01-backup.conf')
    return d, f'''#config-version=FGT60F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=admin
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC {lk('encrypted', 'SH2' + b64(45))}
    next
end
config vpn ipsec phase1-interface
    edit "to-aws"
        set interface "wan1"
        set peertype any
        set remote-gw {doc_ip()}
        set psksecret ENC {lk('encrypted', b64(60))}
    next
end
config user local
    edit "vpn-contractor"
        set type password
        set passwd {d.pw(avoid=' "')}
    next
end
config system ha
    set group-name "fw-ha"
    set password {d.pw(avoid=' "')}
end
'''

@tpl(0)
def openvpn(i):
    d = Doc('network/vpn/openvpn/client-auth.txt')
    return d, f'''{pick(WORDS)}.{pick(LAST).lower()}
{d.pw(avoid=' ')}
'''

@tpl(1)
def openvpn_conf(i):
    d = Doc('network/vpn/openvpn/site.ovpn')
    return d, f'''client
dev tun
proto udp
remote vpn.{pick(COMPANY_DOMAINS)} 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
auth-user-pass client-auth.txt
askpass key.pass
cipher AES-256-GCM
verb 3
<ca>
{pem_cert()}
</ca>
<key>
{d.L('private-key', pem_key(pick(['pkcs8', 'ec'])))}
</key>
<tls-crypt>
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
{chr(10).join(hexs(32) for _ in range(16))}
-----END OpenVPN Static key V1-----
</tls-crypt>
'''

@tpl(1)
def strongswan(i):
    d = Doc('network/vpn/strongswan/ipsec.secrets')
    return d, f'''# /etc/ipsec.secrets - strongSwan IPsec secrets file
# This file holds shared secrets or RSA private keys for authentication.

{doc_ip()} {doc_ip()} : PSK "{d.L('generic-secret|password', rs(32, AN + '+/'))}"
%any branch-07.{pick(COMPANY_DOMAINS)} : PSK 0s{d.L('generic-secret|password', b64(32))}
: RSA moon.key
carol : EAP "{d.pw(avoid=NOQ)}"
dave : XAUTH "{d.pw(avoid=NOQ)}"
# placeholder for the new site: : PSK "{lk('placeholder', 'replace-me')}"
'''

@tpl(1)
def wireguard(i):
    d = Doc('network/vpn/wireguard/wg0.conf')
    peers = []
    for n in range(R.randint(2, 4)):
        peers.append(f'''[Peer]
# {pick(FIRST).lower()}-laptop
PublicKey = {lk('public-key', b64(32))}
PresharedKey = {d.L('generic-secret', b64(32))}
AllowedIPs = 10.66.0.{n + 2}/32''')
    return d, f'''[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = {d.L('generic-secret', b64(32))}
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT

''' + '\n\n'.join(peers) + '\n'

@tpl(1)
def postfix_sasl(i):
    d = Doc('mail/postfix/relay.sasl_passwd')
    lines = ['# postmap /etc/postfix/sasl_passwd']
    for relay in ['[smtp.sendgrid.net]:587', '[email-smtp.%s.amazonaws.com]:587' % pick(REGIONS), '[smtp.office365.com]:587']:
        if 'sendgrid' in relay:
            lines.append(f'{relay} apikey:{d.L("sendgrid-key", sendgrid_key())}')
        elif 'amazonaws' in relay:
            lines.append(f'{relay} {d.akid()}:{d.L("password", "B" + b64(32)[1:])}')
        else:
            lines.append(f'{relay} {d.email(first="relay", last="mx")}:{d.pw(avoid=" :")}')
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def dovecot_users(i):
    d = Doc('mail/dovecot/vmail.users')
    lines = []
    for n in range(R.randint(8, 11)):
        u = ascii_fold(pick(FIRST)).lower() + str(R.randint(1, 99))
        if n % 2 == 0:
            lines.append(f'{u}:{{PLAIN}}{d.pw(avoid=": ")}:5000:5000::/var/vmail/{u}::')
        else:
            lines.append(f'{u}:{{SHA512-CRYPT}}{sha512crypt()}:5000:5000::/var/vmail/{u}::')
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def mail_clients(i):
    d = Doc('dotfiles/mail/jdoe.muttrc')
    return d, f'''set realname = "{' '.join(person())}"
set imap_user = "{pick(WORDS)}.{pick(WORDS)}"
set imap_pass = "{d.pw(avoid=NOQ + '`$')}"
set smtp_url = "smtps://smtp.{pick(COMPANY_DOMAINS)}:465/"
set smtp_pass = "{d.pw(avoid=NOQ + '`$')}"
set folder = "imaps://imap.{pick(COMPANY_DOMAINS)}:993"
set spoolfile = "+INBOX"
set header_cache = ~/.cache/mutt
set ssl_force_tls = yes
# set imap_pass = `pass show mail/imap`
'''

@tpl(1)
def fetchmail_msmtp(i):
    d = Doc('dotfiles/mail/alerts.msmtprc')
    return d, f'''defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        work
host           smtp.{pick(COMPANY_DOMAINS)}
port           587
from           noreply@corp.example
user           alerts
password       {d.pw(avoid=' ')}

account        backup
host           mail.{pick(COMPANY_DOMAINS)}
port           465
tls_starttls   off
user           backup-reports
passwordeval   "gpg -q --for-your-eyes-only --no-tty -d ~/.msmtp-backup.gpg"

account default : work
'''

@tpl(0)
def fetchmailrc(i):
    d = Doc('dotfiles/mail/fetchmailrc')
    return d, f'''set daemon 300
set logfile /var/log/fetchmail.log
poll imap.{pick(COMPANY_DOMAINS)} protocol IMAP port 993
    user "helpdesk" there with password "{d.pw(avoid=NOQ)}" is helpdesk here
    ssl sslcertck
    folder INBOX
poll pop.{pick(COMPANY_DOMAINS)} protocol POP3
    user "scanner" there with password "{d.pw(avoid=NOQ)}" is scans here
    keep
'''
