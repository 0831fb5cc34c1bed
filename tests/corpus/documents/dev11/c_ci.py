"""CI systems: workflows and job logs."""
import json
from c_common import *
from c_infra import awspair


def _gts():
    return ts_iso(False)[:-1] + "." + rs("0123456789", 7) + "Z"


def gha(C):
    for i in range(1, 5):
        d = C.doc(f"gha/workflows/{choice(['deploy', 'release', 'e2e', 'nightly'])}-{i}.yml")
        ak, sk = awspair(d)
        d.done(f"""name: deploy
on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  id-token: write
  contents: read

env:
  AWS_REGION: eu-north-1
  AWS_ACCESS_KEY_ID: {ak}
  AWS_SECRET_ACCESS_KEY: {sk}
  NPM_CONFIG_REGISTRY: https://npm.corp.local

jobs:
  deploy:
    runs-on: ubuntu-24.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: {d.L('password', password())}
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@{d.X(git_sha())} # v4.2.2
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Smoke test
        env:
          API_TOKEN: ${{{{ secrets.API_TOKEN }}}}
          PARTNER_KEY: {d.L('generic-secret', generic())}
        run: |
          curl -fsS -H "Authorization: Bearer {d.bearer(choice(['opaque', 'hex', 'gho', 'jwt']))}" https://api.nordkraft.se/healthz
          curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.nordkraft.se/v1/ping
      - name: Notify
        run: |
          curl -u deploybot:{d.L('password', password())} -X POST https://jira.corp.local/rest/api/2/issue/OPS-{R.randint(100, 9999)}/comment -d '{{"body":"deployed"}}'
""")
    for i in range(1, 6):
        d = C.doc(f"gha/logs/{R.randint(10**9, 10**10)}_{choice(['build', 'deploy', 'test'])}.txt")
        ak, sk = awspair(d)
        tok = d.bearer(choice(["opaque", "hex", "jwt", "b64url"]))
        pw = d.L("password", password())
        lines = [
            "Current runner version: '2.321.0'", "##[group]Operating System", "Ubuntu", "24.04.1", "LTS", "##[endgroup]",
            "##[group]GITHUB_TOKEN Permissions", "Contents: read", "Metadata: read", "##[endgroup]",
            f"Download action repository 'actions/checkout@v4' (SHA:{d.X(git_sha())})",
            "##[group]Run ./scripts/deploy.sh", "./scripts/deploy.sh", "shell: /usr/bin/bash -e {0}", "env:",
            "  AWS_REGION: eu-north-1", f"  AWS_ACCESS_KEY_ID: {ak}", f"  AWS_SECRET_ACCESS_KEY: {sk}",
            "  DEPLOY_TOKEN: ***", f"  DB_PASSWORD: {pw}", "##[endgroup]",
            f"+ curl -sS -H 'Authorization: Bearer {tok}' https://api.nordkraft.se/v1/deployments",
            f"{{\"id\":{R.randint(1000, 9999)},\"status\":\"queued\",\"sha\":\"{git_sha()}\"}}",
            "+ aws s3 sync dist/ s3://nordkraft-web-prod --delete",
            f"upload: dist/index.html to s3://nordkraft-web-prod/index.html",
            f"+ echo \"psql postgresql://deploy:{d.L('url-credentials', pw_url(password()))}@{ip_priv()}:5432/app\"",
            "Error: Process completed with exit code 1." if R.random() < 0.3 else "Post job cleanup.",
            "Cleaning up orphan processes"]
        d.done("\n".join(_gts() + " " + l for l in lines))


def gitlab_ci(C):
    for i in range(1, 4):
        d = C.doc(f"gitlab-ci/{choice(['backend', 'frontend', 'infra'])}-{i}.gitlab-ci.yml")
        ak, sk = awspair(d)
        d.done(f"""stages: [test, build, deploy]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: "{d.L('password', password())}"
  DOCKER_AUTH_CONFIG: $DOCKER_AUTH_CONFIG
  AWS_ACCESS_KEY_ID: "{ak}"
  AWS_SECRET_ACCESS_KEY: "{sk}"
  SONAR_TOKEN: "{d.L('generic-secret', 'sqp_' + rs(HEX, 40))}"

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q --db-url "postgresql://runner:$POSTGRES_PASSWORD@postgres/app_test"

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add curl
    - 'curl --fail -H "Authorization: Bearer {d.bearer()}" -X POST https://deploy.corp.local/api/v1/releases -d "sha=$CI_COMMIT_SHA"'
    - 'curl --fail --user "ci:{d.L("password", password())}" https://nexus.corp.local/service/rest/v1/components?repository=releases -F "raw.asset1=@dist/app.tgz"'
  only: [main]
""")
    for i in range(1, 4):
        d = C.doc(f"gitlab-ci/job-{R.randint(10**6, 10**7)}.log")
        tok = d.bearer()
        lines = [f"Running with gitlab-runner 17.{R.randint(0, 5)}.0 (a{rs(HEX, 7)})", "  on docker-runner-2 " + rs("abcdefghijklmnopqrstuvwxyz0123456789", 8) + ", system ID: r_" + rs(ALNUM, 12),
                 "Preparing the \"docker\" executor", "Using Docker executor with image alpine:3.20 ...",
                 f"Getting source from Git repository", f"Checking out {d.X(short_sha())} as detached HEAD (ref is main)...",
                 "Executing \"step_script\" stage of the job script",
                 f"$ export VAULT_TOKEN={d.L('generic-secret', 'hvs.' + rs(ALNUM, 24))}",
                 f"$ curl -s -H \"Authorization: Bearer {tok}\" https://registry.corp.local/v2/_catalog",
                 '{"repositories":["apps/orders","apps/web"]}',
                 f"$ mysql -h {ip_priv()} -u migrator -p{d.L('password', password(), glued=True)} app < migrations/0042.sql",
                 "mysql: [Warning] Using a password on the command line interface can be insecure.",
                 f"$ echo $CI_JOB_TOKEN  # [MASKED]", "[MASKED]",
                 "Cleaning up project directory and file based variables", "Job succeeded"]
        d.done("\n".join(lines))


def jenkins(C):
    for i in range(1, 4):
        d = C.doc(f"jenkins/Jenkinsfile-{choice(['api', 'web', 'batch'])}-{i}")
        ak, sk = awspair(d)
        d.done(f"""pipeline {{
  agent {{ label 'linux' }}
  environment {{
    REGISTRY = 'registry.corp.local'
    REGISTRY_CREDS = credentials('registry-creds')
    AWS_ACCESS_KEY_ID = '{ak}'
    AWS_SECRET_ACCESS_KEY = '{sk}'
    SLACK_CHANNEL = '#deploys'
  }}
  stages {{
    stage('Build') {{
      steps {{
        sh './gradlew clean build -Pnexus.password={d.L("password", password())}'
      }}
    }}
    stage('Deploy') {{
      steps {{
        withCredentials([string(credentialsId: 'deploy-token', variable: 'TOKEN')]) {{
          sh 'curl -H "Authorization: Bearer $TOKEN" https://deploy.corp.local/api/release'
        }}
        sh "curl -H 'Authorization: Bearer {d.bearer()}' https://status.corp.local/api/incidents"
        sh "sshpass -p '{d.L('password', password())}' ssh deploy@{ip_priv()} 'systemctl restart orders'"
      }}
    }}
  }}
}}
""")
    for i in range(1, 3):
        d = C.doc(f"jenkins/console-{R.randint(100, 999)}.log")
        pw = d.L("password", password())
        d.done(f"""Started by user Erik Lindqvist
Running as SYSTEM
Building in workspace /var/lib/jenkins/workspace/orders-deploy
The recommended git tool is: NONE
using credential gitlab-ci
 > git rev-parse --resolve-git-dir /var/lib/jenkins/workspace/orders-deploy/.git # timeout=10
Checking out Revision {d.X(git_sha())} (refs/remotes/origin/main)
[orders-deploy] $ /bin/sh -xe /tmp/jenkins{R.randint(10**17, 10**18)}.sh
+ export NEXUS_PASSWORD={pw}
+ docker login -u ci -p {d.L('password', password())} registry.corp.local
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
+ curl -s -H 'Authorization: Bearer ****' https://deploy.corp.local/api/release
+ curl -s -H 'Authorization: Bearer {d.bearer()}' https://grafana.corp.local/api/annotations -d '{{"text":"deploy"}}'
{{"id":{R.randint(100, 9999)},"message":"Annotation added"}}
Masking supported pattern matches of $TOKEN
Finished: SUCCESS
""")
    d = C.doc("jenkins/credentials.xml")
    d.done(f"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>gitlab-ci</id>
          <username>jenkins</username>
          <password>{{{d.X(b64s(64))}}}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""")


def circleci(C):
    for i in range(1, 4):
        d = C.doc(f"circleci/config-{i}.yml")
        ak, sk = awspair(d)
        dbpw = d.L("password|url-credentials", password(avoid="!*+=?~^@:"))
        d.done(f"""version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  test:
    docker:
      - image: cimg/ruby:3.3
        environment:
          RAILS_ENV: test
          DATABASE_URL: postgres://circle:{dbpw}@localhost:5432/app_test
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: {dbpw}
    steps:
      - checkout
      - run: bundle exec rspec
  deploy:
    docker:
      - image: cimg/base:stable
        auth:
          username: nordkraftci
          password: {d.L('password', password())}
    environment:
      AWS_ACCESS_KEY_ID: {ak}
      AWS_SECRET_ACCESS_KEY: {sk}
    steps:
      - run: |
          curl -X POST -H "Authorization: Bearer {d.bearer()}" https://api.rollbar.com/api/1/deploy
workflows:
  main:
    jobs: [test, deploy]
""")


def buildkite(C):
    for i in range(1, 3):
        d = C.doc(f"buildkite/pipeline-{i}.yml")
        ak, sk = awspair(d)
        d.done(f"""env:
  AWS_ACCESS_KEY_ID: "{ak}"
  AWS_SECRET_ACCESS_KEY: "{sk}"
  BUILDKITE_PLUGIN_S3_CACHE_BUCKET: nordkraft-ci-cache
steps:
  - label: ":docker: build"
    command: make image
    plugins:
      - docker-login#v3.0.0:
          username: buildkite
          password-env: DOCKER_PASSWORD
  - label: ":rocket: deploy"
    command: |
      curl -H "Authorization: Bearer {d.bearer()}" https://deploy.corp.local/api/deploy
    env:
      DEPLOY_API_KEY: "{d.L('generic-secret', generic())}"
""")
    for i in range(1, 3):
        d = C.doc(f"buildkite/agent-{i}.log")
        d.done(f"""{ts_iso(False)} INFO   Starting buildkite-agent v3.{R.randint(70, 90)}.0 with PID: {R.randint(1000, 9999)}
{ts_iso(False)} INFO   Registering agent with Buildkite...
{ts_iso(False)} INFO   Successfully registered agent "ci-{i}" with tags [queue=default]
{ts_iso(False)} DEBUG  POST https://agent.buildkite.com/v3/connect Authorization: Token {d.X('bkua_' + '*' * 10)}
{ts_iso(False)} INFO   Assigned job {d.X(uuid4())}. Accepting...
{ts_iso(False)} DEBUG  Job env: BUILDKITE_COMMIT={d.X(git_sha())} DB_PASSWORD={d.L('password', password())} STRIPE_WEBHOOK_SECRET={d.L('generic-secret', 'whsec_' + rs(ALNUM, 32))}
{ts_iso(False)} DEBUG  Fetching artifact with header Authorization: Bearer {d.bearer()}
{ts_iso(False)} INFO   Finished job {uuid4()}
""")


def drone(C):
    for i in range(1, 4):
        d = C.doc(f"drone/drone-{i}.yml")
        ak, sk = awspair(d)
        d.done(f"""kind: pipeline
type: docker
name: default

steps:
- name: test
  image: golang:1.23
  environment:
    DB_DSN: "app:{d.L('password', password())}@tcp(mysql:3306)/app_test?parseTime=true"
  commands:
  - go test ./...

- name: publish
  image: plugins/s3
  settings:
    bucket: nordkraft-artifacts
    access_key: {ak}
    secret_key: {sk}
    source: dist/**/*
    target: /releases/${{DRONE_TAG}}

- name: notify
  image: curlimages/curl
  environment:
    WEBHOOK_TOKEN:
      from_secret: webhook_token
  commands:
  - 'curl -H "Authorization: Bearer {d.bearer()}" -d "build=$DRONE_BUILD_NUMBER" https://chatops.corp.local/hooks/ci'

services:
- name: mysql
  image: mysql:8
  environment:
    MYSQL_ROOT_PASSWORD: {d.L('password', password())}
    MYSQL_DATABASE: app_test
""")
