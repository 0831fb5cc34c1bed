"""CI/CD, developer platforms, log shippers, frameworks and code in several languages."""
import base64, json
from values import *
from c_aws import kp, sess


def woodpecker():
    begin("woodpecker/.woodpecker/deploy.yaml")
    end(f"""when:
  - event: push
    branch: main

steps:
  - name: build
    image: golang:1.23
    commands:
      - go build ./...
  - name: publish
    image: plugins/s3
    settings:
      bucket: trellbrook-artifacts
      access_key:
        from_secret: aws_access_key_id
      secret_key:
        from_secret: aws_secret_access_key
      source: dist/**/*
  - name: notify
    image: curlimages/curl
    environment:
      DEPLOY_TOKEN:
        from_secret: deploy_token
    commands:
      - 'curl -fsS -H "Authorization: Bearer $DEPLOY_TOKEN" https://deploy.trellbrook.com/hooks/api'
""")
    begin("woodpecker/admin-shell-history.txt")
    kid, sk = kp()
    t1, t2 = b62(40), jwt(iss="https://ci.trellbrook.com", aud="woodpecker")
    end(f"""  501  woodpecker-cli info
  502  export WOODPECKER_SERVER=https://ci.trellbrook.com
  503  export WOODPECKER_TOKEN={lab('jwt|generic-secret', t2)}
  504  woodpecker-cli repo secret add --repository trellbrook/api --name aws_access_key_id --value {kid}
  505  woodpecker-cli repo secret add --repository trellbrook/api --name aws_secret_access_key --value '{sk}'
  506  woodpecker-cli repo secret add --repository trellbrook/api --name deploy_token --value {lab('bearer-token|generic-secret', t1)}
  507  woodpecker-cli repo secret ls --repository trellbrook/api
  508  curl -s -H "Authorization: Bearer ${{WOODPECKER_TOKEN}}" https://ci.trellbrook.com/api/repos/lookup/trellbrook/api | jq .id
  509  git log -1 --format=%H   # {look(sha1())}
""")


def earthly():
    begin("earthly/build-log.txt")
    kid, sk = kp()
    tok = "ghs_" + b62(36)
    end(f"""$ earthly --ci --push --secret AWS_ACCESS_KEY_ID={kid} --secret AWS_SECRET_ACCESS_KEY={sk} --secret GITHUB_TOKEN={lab('github-token', tok)} +release
 Init 🚀
————————————————————————————————————————————————————————————————————————————————
           buildkitd | Found buildkit daemon as docker container (earthly-buildkitd)
 Build 🔧
————————————————————————————————————————————————————————————————————————————————
              +base | --> FROM golang:1.23-alpine
              +base | [----------] 100% resolve docker.io/library/golang:1.23-alpine@sha256:{sha256()}
           +release | --> RUN --secret AWS_ACCESS_KEY_ID --secret AWS_SECRET_ACCESS_KEY aws s3 cp dist/ s3://trellbrook-releases/ --recursive
           +release | upload: dist/api-linux-amd64 to s3://trellbrook-releases/api-linux-amd64
 🛰️ Reuse cache from +base: {look(sha256())}
""")


def bazel():
    begin("bazel/.netrc")
    end(f"""machine artifacts.trellbrook.com
  login ci-bazel
  password {lab('password', b62(24))}
machine storage.googleapis.com
  password {lab('bearer-token|password', 'ya29.c.' + b64u(180))}
""")
    begin("bazel/credential-helper-trace.txt")
    out = []
    for i in range(6):
        tok, cat = bearer_any()
        host = pick(["remote-cache.trellbrook.com", "bcr.trellbrook.com", "artifacts.trellbrook.com"])
        out.append(f"$ echo '{{\"uri\":\"https://{host}/ac/{sha256()}\"}}' | tools/credential-helper get")
        out.append(json.dumps({"headers": {"Authorization": ["Bearer " + lab(cat, tok)]}, "expires": f"2026-11-{R.randint(10,28)}T{R.randint(10,23)}:00:00Z"}))
    out.append("$ cat .bazelrc | grep remote")
    out.append("build --remote_cache=grpcs://remote-cache.trellbrook.com --credential_helper=*.trellbrook.com=%workspace%/tools/credential-helper")
    out.append(f"build:legacy --remote_header=Authorization=Bearer\\ {look('${REMOTE_CACHE_TOKEN}')}")
    t = b64std(48)
    out.append(f"build:ci-old --remote_header=authorization=Bearer\\ {lab('bearer-token', t)}")
    end("\n".join(out) + "\n")


def backstage():
    begin("backstage/app-config.production.yaml")
    kid, sk = kp()
    gh = "ghp_" + b62(36)
    pd = b64u(20)
    bk = b64std(24)
    end(f"""app:
  title: Trellbrook Developer Portal
  baseUrl: https://portal.trellbrook.com
backend:
  baseUrl: https://portal.trellbrook.com
  auth:
    externalAccess:
      - type: static
        options:
          token: {lab('generic-secret', bk)}
          subject: cicd-catalog-refresh
  database:
    client: pg
    connection:
      host: ${{POSTGRES_HOST}}
      user: ${{POSTGRES_USER}}
      password: ${{POSTGRES_PASSWORD}}
integrations:
  github:
    - host: github.com
      token: {lab('github-token', gh)}
  awsS3:
    - endpoint: https://s3.eu-north-1.amazonaws.com
      accessKeyId: {kid}
      secretAccessKey: {sk}
proxy:
  endpoints:
    /pagerduty:
      target: https://api.pagerduty.com
      headers:
        Authorization: Token token={lab('generic-secret', pd)}
    /sonarqube:
      target: https://sonar.trellbrook.com/api
      headers:
        Authorization: Bearer {lab('bearer-token', 'squ_' + hexs(40))}
    /grafana/api:
      target: https://grafana.trellbrook.com/
      headers:
        Authorization: Bearer ${{GRAFANA_TOKEN}}
techdocs:
  publisher:
    type: awsS3
    awsS3:
      bucketName: trellbrook-techdocs
      credentials:
        roleArn: arn:aws:iam::{acct()}:role/techdocs
""")


def spinnaker():
    begin("spinnaker/hal-config.yml")
    kid, sk = kp()
    kid2, sk2 = kp()
    arts = []
    for name in ["releases", "manifests", "partner-drop"]:
        a, b = kp()
        arts.append(f"      - name: {name}\n        region: eu-north-1\n        awsAccessKeyId: {a}\n        awsSecretAccessKey: {b}")
    ARTS = "\n".join(arts)
    end(f"""currentDeployment: default
deploymentConfigurations:
- name: default
  version: 1.35.3
  providers:
    aws:
      enabled: true
      accounts:
      - name: prod
        requiredGroupMembership: []
        accountId: '{acct()}'
        regions:
        - name: eu-north-1
        assumeRole: role/spinnakerManaged
      primaryAccount: prod
      accessKeyId: {kid}
      secretAccessKey: {sk}
      defaultKeyPairTemplate: '{{{{name}}}}-keypair'
  persistentStorage:
    persistentStoreType: s3
    s3:
      bucket: trellbrook-spinnaker
      rootFolder: front50
      region: eu-north-1
      accessKeyId: {kid2}
      secretAccessKey: {sk2}
  artifacts:
    s3:
      enabled: true
      accounts:
{ARTS}
  security:
    authn:
      oauth2:
        enabled: true
        client:
          clientId: spinnaker-gate
          clientSecret: {lab('generic-secret', b62(40))}
""")


def fluentbit():
    begin("fluent-bit/fluent-bit.conf")
    end(f"""[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name              tail
    Path              /var/log/containers/*.log
    multiline.parser  docker, cri
    Tag               kube.*

[OUTPUT]
    Name                         s3
    Match                        kube.*
    bucket                       trellbrook-logs
    region                       eu-north-1
    total_file_size              50M
    upload_timeout               10m
    # credentials come from the environment below (systemd drop-in)

[OUTPUT]
    Name            http
    Match           audit.*
    Host            siem.trellbrook.com
    Port            443
    URI             /ingest
    Header          Authorization Bearer {lab('bearer-token', b62(56))}
    tls             On
    Format          json_lines

[OUTPUT]
    Name            loki
    Match           kube.*
    host            loki.trellbrook.com
    bearer_token    {lab('bearer-token', hexs(64))}
    labels          job=fluent-bit
""")
    begin("fluent-bit/fluent-bit.service.d-override.conf")
    kid, sk = kp()
    end(f"""[Service]
Environment="AWS_ACCESS_KEY_ID={kid}"
Environment="AWS_SECRET_ACCESS_KEY={sk}"
Environment="HTTP_PROXY=http://proxy.internal:3128"
""")


def fluentd():
    begin("fluentd/td-agent.conf")
    kid, sk = kp()
    kid2, sk2 = kp()
    end(f"""<source>
  @type forward
  port 24224
  bind 0.0.0.0
</source>

<match app.**>
  @type s3
  aws_key_id {kid}
  aws_sec_key {sk}
  s3_bucket kaprifol-app-logs
  s3_region eu-north-1
  path logs/%Y/%m/%d/
  <buffer time>
    @type file
    path /var/log/td-agent/s3
    timekey 3600
    timekey_wait 10m
  </buffer>
</match>

<match audit.**>
  @type cloudwatch_logs
  log_group_name /kaprifol/audit
  auto_create_stream true
  aws_key_id "{kid2}"
  aws_sec_key "{sk2}"
  region eu-north-1
</match>

<match metrics.**>
  @type http
  endpoint https://ingest.kaprifol.se/v1/metrics
  <auth>
    method bearer
  </auth>
  headers {{"Authorization":"Bearer {lab('bearer-token', b64u(72))}"}}
</match>
""")


def symfony():
    begin("symfony/.env.local")
    kid = lab("aws-access-key-id", aws_id())
    sk = aws_secret()
    while "/" not in sk:
        sk = aws_secret()
    lab("aws-secret-key", sk)
    end(f"""###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET={lab('generic-secret', hexs(32))}
###< symfony/framework-bundle ###

###> async-aws/simple-s3 ###
AWS_S3_ACCESS_ID={kid}
AWS_S3_ACCESS_SECRET={sk}
###< async-aws/simple-s3 ###

###> symfony/mailer ###
MAILER_DSN=ses+api://{kid}:{sk.replace('/', '%2F').replace('+', '%2B')}@default?region=eu-west-1
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PASSPHRASE={lab('password', b62(20))}
###< lexik/jwt-authentication-bundle ###

PARTNER_API_BEARER={lab('bearer-token|generic-secret', b62(64))}
""")
    # the mailer DSN carries the secret URL-encoded: label that form as well
    enc = sk.replace('/', '%2F').replace('+', '%2B')
    if enc != sk:
        lab("aws-secret-key|url-credentials", enc)


def scala():
    begin("scala-code/S3Uploader.scala")
    kid, sk = kp()
    tok = jwt(iss="https://id.trellbrook.com", aud="reports")
    end(f"""package com.trellbrook.reports

import software.amazon.awssdk.auth.credentials.{{AwsBasicCredentials, StaticCredentialsProvider}}
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import sttp.client3._

object S3Uploader {{
  // FIXME: hard-coded for the demo on 2026-11-14, remove afterwards
  private val creds = AwsBasicCredentials.create("{kid}", "{sk}")

  val s3: S3Client = S3Client.builder()
    .region(Region.EU_NORTH_1)
    .credentialsProvider(StaticCredentialsProvider.create(creds))
    .build()

  private val backend = HttpClientSyncBackend()

  def notifyReady(reportId: String): Unit = {{
    val r = basicRequest
      .post(uri"https://hooks.trellbrook.com/reports/$reportId/ready")
      .auth.bearer("{lab('jwt|bearer-token', tok)}")
      .send(backend)
    require(r.code.isSuccess, s"notify failed: ${{r.code}}")
  }}

  // Expected ETag for the fixture file: {look(etag())}
}}
""")


def elixir_cfg():
    begin("elixir-config/runtime.exs")
    kid, sk = kp()
    end(f"""import Config

if config_env() == :prod do
  config :ex_aws,
    access_key_id: "{kid}",
    secret_access_key: "{sk}",
    region: "eu-north-1"

  config :kaprifol, Kaprifol.Partner,
    base_url: "https://api.partner.se/v2",
    bearer_token: "{lab('bearer-token|generic-secret', b64u(48))}"

  config :kaprifol, KaprifolWeb.Endpoint,
    secret_key_base: "{lab('generic-secret', b64std(48))}"
end
""")
    begin("elixir-config/sys.config")
    kid, sk = kp()
    end(f"""[
 {{erlcloud, [
   {{aws_access_key_id, "{kid}"}},
   {{aws_secret_access_key, "{sk}"}},
   {{aws_region, "eu-north-1"}}
 ]}},
 {{kernel, [{{logger_level, info}}]}}
].
""")


def argo():
    begin("argo-workflows/artifact-repositories.yaml")
    kid, sk = kp()
    end(f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: artifact-repositories
  annotations:
    workflows.argoproj.io/default-artifact-repository: default-v1
data:
  default-v1: |
    s3:
      bucket: trellbrook-argo
      endpoint: s3.amazonaws.com
      region: eu-north-1
      accessKeySecret:
        name: argo-s3
        key: accessKey
      secretKeySecret:
        name: argo-s3
        key: secretKey
---
apiVersion: v1
kind: Secret
metadata:
  name: argo-s3
stringData:
  accessKey: {kid}
  secretKey: {sk}
""")
    begin("argo-workflows/argo-cli-session.txt")
    tok = jwt(alg="RS256", iss="https://kubernetes.default.svc.cluster.local", aud="https://kubernetes.default.svc.cluster.local",
              extra={"kubernetes.io": {"namespace": "argo", "serviceaccount": {"name": "ci-submitter"}}})
    tok2 = jwt(alg="RS256", iss="https://kubernetes.default.svc.cluster.local", aud="https://kubernetes.default.svc.cluster.local")
    end(f"""$ ARGO_TOKEN="Bearer $(kubectl create token ci-submitter -n argo)"
$ echo $ARGO_TOKEN
Bearer {lab('jwt|bearer-token', tok)}
$ argo submit -n argo --from workflowtemplate/nightly-export --token "{look('$ARGO_TOKEN')}"
Name:                nightly-export-{rs('abcdefghijklmnopqrstuvwxyz0123456789', 5)}
Namespace:           argo
ServiceAccount:      ci-submitter
Status:              Pending
$ curl -sk https://argo.trellbrook.com/api/v1/workflows/argo -H "Authorization: Bearer {lab('jwt|bearer-token', tok2)}" | jq '.items | length'
14
""")


def tekton():
    begin("tekton/pipelinerun-logs.txt")
    parts = []
    for n in range(3):
        kid = lab("aws-access-key-id", aws_id("ASIA"))
        sk = lab("aws-secret-key", aws_secret())
        st = sess()
        parts.append(f"""--- PipelineRun api-release-run-{rs('abcdefghijklmnopqrstuvwxyz0123456789', 5)} ---
[fetch-source : clone] + git init /workspace/output/
[fetch-source : clone] {{"level":"info","ts":{epoch()}.12,"caller":"git/git.go:176","msg":"Successfully cloned https://github.com/trellbrook/api.git @ {look(sha1())} (grafted, HEAD) in path /workspace/output/"}}
[build : build-and-push] + env | grep AWS_ | sort
[build : build-and-push] AWS_ACCESS_KEY_ID={kid}
[build : build-and-push] AWS_DEFAULT_REGION=eu-north-1
[build : build-and-push] AWS_SECRET_ACCESS_KEY={sk}
[build : build-and-push] AWS_SESSION_TOKEN={st}
[build : build-and-push] INFO[0004] Retrieving image manifest golang:1.23
[build : build-and-push] INFO[0031] Pushing image to {acct()}.dkr.ecr.eu-north-1.amazonaws.com/api:{look(sha1()[:12])}
""")
    end("\n".join(parts))


def cli_flags():
    begin("cli-tokens/ops-runbook-commands.md")
    rows = []
    for tool, flag in [("vault", None), ("kubectl", "--token"), ("helm", None), ("grpcurl", "-H"), ("websocat", "-H"), ("gcloud", None),
                       ("argocd", "--auth-token"), ("doctl", "--access-token"), ("flyctl", "--access-token"), ("gh", None)]:
        tok, cat = bearer_any()
        if tool == "kubectl":
            rows.append(f"kubectl --server https://k8s-api.trellbrook.com:6443 --token {lab(cat if cat.startswith('jwt') else 'bearer-token', tok)} get pods -A")
        elif tool == "grpcurl":
            rows.append(f"grpcurl -H 'authorization: Bearer {lab(cat, tok)}' -d '{{\"id\":\"{uid()}\"}}' orders.trellbrook.com:443 orders.v1.Orders/Get")
        elif tool == "websocat":
            rows.append(f"websocat -H='Authorization: Bearer {lab(cat, tok)}' wss://stream.trellbrook.com/v1/ticks")
        elif tool == "argocd":
            t = jwt(alg="HS256", iss="argocd", aud="argocd")
            rows.append(f"argocd app sync api-prod --server argocd.trellbrook.com --auth-token {lab('jwt|generic-secret', t)}")
        elif tool == "doctl":
            rows.append(f"doctl kubernetes cluster kubeconfig save sto1 --access-token {lab('generic-secret', 'dop_v1_' + hexs(64))}")
        elif tool == "flyctl":
            rows.append(f"FLY_API_TOKEN=\"FlyV1 {lab('generic-secret', 'fm2_' + b64std(90).rstrip('='))}\" flyctl deploy --remote-only")
        elif tool == "gcloud":
            t = "ya29.a0" + b64u(190)
            rows.append(f"curl -H \"Authorization: Bearer {lab('bearer-token', t)}\" https://storage.googleapis.com/storage/v1/b/trellbrook-tf/o")
        elif tool == "gh":
            t = "gho_" + b62(36)
            rows.append(f"curl -H 'Authorization: bearer {lab('bearer-token|github-token', t)}' https://api.github.com/user")
        elif tool == "helm":
            rows.append(f"helm registry login registry.trellbrook.com --username robot$ci --password {lab('password', b62(32))}")
        else:
            rows.append(f"vault login -method=token {look('hvs.' + 'X' * 24)}   # use your own token")
    end("# Ops runbook: commands copied from the incident channel (2026-11)\n\n```sh\n" + "\n".join(rows) +
        f"\ncurl -H \"Authorization: Bearer {look('<token>')}\" https://api.trellbrook.com/v1/ping\n```\n")


def run():
    woodpecker(); earthly(); bazel(); backstage(); spinnaker(); fluentbit(); fluentd(); symfony(); scala(); elixir_cfg()
    argo(); tekton(); cli_flags()
