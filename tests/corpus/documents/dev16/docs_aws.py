"""AWS access key ids and secret keys in configuration management, deploy tools, code, tools' output."""
import json
import values as V
from values import R
from core import Doc

EX_ID = "AKIAIOSFODNN7EXAMPLE"
EX_SK = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def P(d, prefix="AKIA"):
    return d.S("aws-access-key-id", V.akid(prefix)), d.S("aws-secret-key", V.aws_secret())


def t(fmt="%Y-%m-%dT%H:%M:%SZ"):
    return V.ts().strftime(fmt)


def cfgmgmt():
    d = Doc("chef-data-bags/aws/backup.json")
    a1, s1 = P(d)
    a2, s2 = P(d)
    d.set(json.dumps({"id": "backup", "region": "eu-north-1",
                      "s3_backup": {"aws_access_key_id": a1, "aws_secret_access_key": s1, "bucket": "kvh-chef-backups"},
                      "route53": {"access_key": a2, "secret_key": s2, "hosted_zone_id": d.N("Z0%s" % V.rs(V.UP + V.DG, 19))},
                      "ami_checksum": d.N(V.sha1())}, indent=2))

    d = Doc("salt-pillar/aws/init.sls")
    pairs = [P(d) for _ in range(4)]
    d.set('''# managed by salt; rendered with jinja|yaml
aws:
  region: eu-west-1
  s3fs:
    access_key: {0}
    secret_key: {1}
  cloudwatch_agent:
    keyid: {2}
    key: '{3}'
  ses_relay:
    aws_access_key_id: "{4}"
    aws_secret_access_key: "{5}"
  ecr_pull:
    id: {6}
    secret: {7}
  # docs example, do not use
  example:
    id: {8}
    key: {9}
git_rev: {10}
'''.format(*[x for p in pairs for x in p], EX_ID, EX_SK, d.N(V.sha1())))

    d = Doc("hiera-eyaml-decrypted/common.eyaml.decrypted")
    pairs = [P(d) for _ in range(3)]
    d.set('''---
# eyaml decrypt -e hieradata/common.eyaml  (output pasted for review, DELETE ME)
profile::backup::s3::access_key_id: DEC::PKCS7[{0}]!
profile::backup::s3::secret_access_key: DEC::PKCS7[{1}]!
profile::logship::aws_key: DEC::PKCS7[{2}]!
profile::logship::aws_secret: DEC::PKCS7[{3}]!
profile::dns::route53_credentials:
  access_key: DEC::PKCS7[{4}]!
  secret_key: DEC::PKCS7[{5}]!
profile::app::db_password: >
    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw
    DQYJKoZIhvcNAQEBBQAEggEAh{6}]
'''.format(*[x for p in pairs for x in p], d.N(V.rs(V.B64, 120))))

    d = Doc("capistrano/config/deploy/production.rb")
    a1, s1 = P(d)
    d.set('''server "app1.kvarnholm.se", user: "deploy", roles: %%w{app web}
server "app2.kvarnholm.se", user: "deploy", roles: %%w{app web}

set :branch, "main"
set :rails_env, "production"

# uploads go to S3 via the asset_sync gem
set :default_env, {
  "AWS_ACCESS_KEY_ID" => "%s",
  "AWS_SECRET_ACCESS_KEY" => "%s",
  "FOG_DIRECTORY" => "kvh-assets-prod",
  "REVISION_SHA" => "%s"
}
''' % (a1, s1, d.N(V.sha1())))

    d = Doc("fabric-fabfile/fabfile.py.orig")
    a1, s1 = P(d)
    a2, s2 = P(d)
    d.set('''from fabric import task, Connection

AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "%s",
    "AWS_SECRET_ACCESS_KEY": "%s",
}


@task
def backup(c, host="db1.kvarnholm.se"):
    conn = Connection(host, user="ops")
    conn.run("pg_dump -Fc shop | aws s3 cp - s3://kvh-db-dumps/shop.dump", env=AWS_ENV)


@task
def sync_media(c):
    c.run("AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY='%s' aws s3 sync ./media s3://kvh-media")
    # commit that introduced this: %s
''' % (a1, s1, a2, s2, d.N(V.sha1())))

    d = Doc("mina-deploy/config/deploy.rb")
    a1, s1 = P(d)
    d.set('''require 'mina/rails'
require 'mina/git'

set :domain, 'web03.kvarnholm.se'
set :deploy_to, '/srv/kundportal'
set :repository, 'git@git.kvarnholm.se:web/kundportal.git'
set :branch, 'release'

task :remote_environment do
  command %%{export AWS_ACCESS_KEY_ID=%s}
  command %%{export AWS_SECRET_ACCESS_KEY=%s}
end

task :deploy do
  deploy do
    invoke :'git:clone'
    invoke :'deploy:link_shared_paths'
    invoke :'rails:assets_precompile'
  end
end
''' % (a1, s1))


def infra():
    d = Doc("terragrunt-hcl/live/prod/eu-north-1/backups/terragrunt.hcl")
    pairs = [P(d) for _ in range(3)]
    d.set('''include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::git@git.kvarnholm.se:infra/modules.git//backups?ref=%s"
}

inputs = {
  bucket_name           = "kvh-prod-backups"
  replication_access_key = "%s"
  replication_secret_key = "%s"
  offsite = {
    access_key = "%s"
    secret_key = "%s"
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite"
  contents  = <<EOF
provider "aws" {
  region     = "eu-north-1"
  access_key = "%s"
  secret_key = "%s"
}
EOF
}
''' % ((d.N(V.sha1()),) + tuple(x for p in pairs for x in p)))

    d = Doc("helmfile-values/environments/prod/values.yaml")
    pairs = [P(d) for _ in range(4)]
    d.set('''# helmfile -e prod apply
loki:
  storage:
    type: s3
    s3:
      region: eu-north-1
      accessKeyId: {0}
      secretAccessKey: {1}
velero:
  credentials:
    useSecret: true
    secretContents:
      cloud: |
        [default]
        aws_access_key_id={2}
        aws_secret_access_key={3}
externalDns:
  aws:
    credentials:
      accessKey: "{4}"
      secretKey: "{5}"
image:
  digest: sha256:{8}
certManager:
  route53:
    accessKeyID: {6}
    secretAccessKey: '{7}'
exampleFromDocs:
  accessKeyId: {9}
  secretAccessKey: {10}
'''.format(*[x for p in pairs for x in p], d.N(V.sha256()), EX_ID, EX_SK))

    d = Doc("knative-services/serving/thumbnailer.yaml")
    a1, s1 = P(d)
    d.set('''apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: thumbnailer
  namespace: media
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/max-scale: "10"
    spec:
      containers:
        - image: registry.kvarnholm.se/media/thumbnailer@sha256:%s
          env:
            - name: AWS_REGION
              value: eu-north-1
            - name: AWS_ACCESS_KEY_ID
              value: %s
            - name: AWS_SECRET_ACCESS_KEY
              value: %s
            - name: BUCKET
              value: kvh-thumbs
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: thumbs-db, key: password}
''' % (d.N(V.sha256()), a1, s1))

    d = Doc("openfaas-stack/stack.yml")
    a1, s1 = P(d)
    d.set('''version: 1.0
provider:
  name: openfaas
  gateway: https://faas.kvarnholm.se
functions:
  s3-indexer:
    lang: python3-http
    handler: ./s3-indexer
    image: registry.kvarnholm.se/faas/s3-indexer:0.4.2
    environment:
      write_timeout: 60s
      AWS_ACCESS_KEY_ID: %s
      AWS_SECRET_ACCESS_KEY: %s
    secrets:
      - indexer-db
''' % (a1, s1))

    d = Doc("litestream-config/etc/litestream.yml")
    pairs = [P(d) for _ in range(3)]
    d.set('''# global credentials
access-key-id: {0}
secret-access-key: {1}

dbs:
  - path: /var/lib/app/app.db
    replicas:
      - url: s3://kvh-litestream/app
  - path: /var/lib/app/sessions.db
    replicas:
      - type: s3
        bucket: kvh-litestream-sessions
        path: sessions
        region: eu-north-1
        access-key-id: {2}
        secret-access-key: {3}
      - type: s3
        bucket: kvh-offsite
        endpoint: https://s3.eu-central-1.wasabisys.com
        access-key-id: {4}
        secret-access-key: {5}
'''.format(*[x for p in pairs for x in p]))

    d = Doc("barman-cloud/etc/barman.d/pg-main.conf")
    a1, s1 = P(d)
    d.set('''[pg-main]
description = "Main PostgreSQL (cloud backups)"
conninfo = host=pg-main.kvarnholm.se user=barman dbname=postgres
backup_method = postgres
; barman-cloud-backup wrapper reads these from the environment
; export AWS_ACCESS_KEY_ID=%s
; export AWS_SECRET_ACCESS_KEY=%s
pre_backup_script = /usr/local/bin/barman-cloud-wrap.sh
last_wal_checksum = %s
''' % (a1, s1, d.N(V.sha1())))

    d = Doc("kopia-repo-config/repository.config")
    a1, s1 = P(d)
    d.set(json.dumps({"storage": {"type": "s3", "config": {"bucket": "kvh-kopia", "prefix": "laptops/", "endpoint": "s3.amazonaws.com",
                                                          "accessKeyID": a1, "secretAccessKey": s1, "sessionToken": ""}},
                      "caching": {"cacheDirectory": "/home/erik/.cache/kopia/%s" % d.N(V.rs(V.HEX, 16)), "maxCacheSize": 5242880000},
                      "hostname": "erik-x1", "username": "erik", "description": "Repository in S3: kvh-kopia", "enableActions": False,
                      "formatBlobCacheDuration": 900000000000}, indent=2))

    d = Doc("mimir-config/mimir.yaml")
    pairs = [P(d) for _ in range(2)]
    d.set('''multitenancy_enabled: true
common:
  storage:
    backend: s3
    s3:
      endpoint: s3.eu-north-1.amazonaws.com
      region: eu-north-1
      access_key_id: {0}
      secret_access_key: {1}
blocks_storage:
  s3:
    bucket_name: kvh-mimir-blocks
alertmanager_storage:
  s3:
    bucket_name: kvh-mimir-alertmanager
    access_key_id: {2}
    secret_access_key: "{3}"
'''.format(*[x for p in pairs for x in p]))

    d = Doc("redpanda-connect/pipelines/orders_to_s3.yaml")
    pairs = [P(d) for _ in range(2)]
    d.set('''input:
  kafka_franz:
    seed_brokers: [ "redpanda-0.kvarnholm.internal:9092" ]
    topics: [ orders ]
    consumer_group: s3-archiver
output:
  aws_s3:
    bucket: kvh-orders-archive
    path: 'orders/${{!timestamp_unix()}}-${{!count("files")}}.json'
    region: eu-north-1
    credentials:
      id: {0}
      secret: {1}
  # fallback for the replay job
  # credentials: {{ id: {2}, secret: {3} }}
'''.format(*[x for p in pairs for x in p]))


def tools():
    d = Doc("iam-key-rotation-csv/rotation-report-2026-11.csv")
    rows = ["user,old_access_key_id,new_access_key_id,new_secret_access_key,created,ticket,last_commit"]
    for i in range(22):
        old = d.S("aws-access-key-id", V.akid())
        a, s = P(d)
        rows.append("%s,%s,%s,%s,%s,OPS-%d,%s" % (R.choice(["svc-backup", "svc-ci", "anna.lindqvist", "svc-etl", "erik.j", "svc-mail"]) + str(i),
                                                  old, a, s, t("%Y-%m-%d"), R.randint(1000, 9999), d.N(V.sha1())))
    d.set("\n".join(rows))

    d = Doc("process-environ-dumps/pid-2231-environ.txt")
    pairs = [P(d) for _ in range(2)]
    sess_a = d.S("aws-access-key-id", V.akid("ASIA"))
    sess_s = d.S("aws-secret-key", V.aws_secret())
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "HOSTNAME=etl-worker-5d8f7b", "LANG=C.UTF-8",
           "AWS_ACCESS_KEY_ID=" + pairs[0][0], "AWS_SECRET_ACCESS_KEY=" + pairs[0][1],
           "ARCHIVE_AWS_ACCESS_KEY_ID=" + pairs[1][0], "ARCHIVE_AWS_SECRET_ACCESS_KEY=" + pairs[1][1],
           "STS_ACCESS_KEY_ID=" + sess_a, "STS_SECRET_ACCESS_KEY=" + sess_s,
           "GIT_COMMIT=" + d.N(V.sha1()), "BUILD_DIGEST=sha256:" + d.N(V.sha256()), "HOME=/root"]
    d.set("# cat /proc/2231/environ | tr '\\0' '\\n'\n" + "\n".join(env))

    d = Doc("forgejo-runner-logs/task-7781.log")
    pairs = [P(d) for _ in range(3)]
    d.set('''%s [forgejo-runner] task 7781 repo is infra/site-deploy https://git.kvarnholm.se v3.5.1
%s ⭐ Run Main Configure AWS
%s   🐳  docker exec cmd=[bash -e /var/run/act/workflow/1] user= workdir=
%s | + env | grep AWS
%s | AWS_ACCESS_KEY_ID=%s
%s | AWS_SECRET_ACCESS_KEY=%s
%s | AWS_DEFAULT_REGION=eu-north-1
%s | + aws configure set aws_access_key_id %s --profile mirror
%s | + aws configure set aws_secret_access_key %s --profile mirror
%s | + aws sts get-caller-identity
%s | {"UserId": "%s", "Account": "%s", "Arn": "arn:aws:iam::412000000001:user/ci-deployer"}
%s | + export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s
%s   ✅  Success - Main Configure AWS
%s | commit %s
''' % (t(), t(), t(), t(), t(), pairs[0][0], t(), pairs[0][1], t(), t(), pairs[1][0], t(), pairs[1][1], t(),
       t(), d.N("AIDA" + V.rs(V.UP + "234567", 17)), "4120%08d" % R.randint(0, 99999999), t(), pairs[2][0], pairs[2][1], t(), t(), d.N(V.sha1())))

    d = Doc("s3-browser-accounts/S3Browser-accounts-export.ini")
    pairs = [P(d) for _ in range(3)]
    d.set('''; S3 Browser 12.2.5 account export
[Account_1]
Name=Arkiv produktion
Type=AmazonS3
AccessKeyID={0}
SecretAccessKey={1}
EncryptSecret=false
[Account_2]
Name=Webbmedia
Type=AmazonS3
AccessKeyID={2}
SecretAccessKey={3}
[Account_3]
Name=Fotograf (extern)
Type=S3Compatible
RestEndpoint=s3.eu-north-1.amazonaws.com
AccessKeyID={4}
SecretAccessKey={5}
'''.format(*[x for p in pairs for x in p]))

    d = Doc("cyberduck-bookmarks/Kvarnholm S3.duck")
    a1, s1 = P(d)
    d.set('''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Protocol</key>
	<string>s3</string>
	<key>Nickname</key>
	<string>Kvarnholm S3</string>
	<key>Hostname</key>
	<string>s3.amazonaws.com</string>
	<key>Username</key>
	<string>%s</string>
	<key>UUID</key>
	<string>%s</string>
</dict>
</plist>
<!-- exported for the new laptop, secret key = %s -->
''' % (a1, d.N(V.uuid()).upper(), s1))

    d = Doc("s5cmd-debug/s5cmd-run.log")
    a1, s1 = P(d)
    d.set('''$ AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s s5cmd --log debug cp 's3://kvh-exports/2026/11/*' ./exports/
DEBUG "cp s3://kvh-exports/2026/11/orders.parquet exports/orders.parquet": object size 88211 etag "%s"
DEBUG "cp s3://kvh-exports/2026/11/users.parquet exports/users.parquet": object size 10931 etag "%s"
cp s3://kvh-exports/2026/11/orders.parquet exports/orders.parquet
cp s3://kvh-exports/2026/11/users.parquet exports/users.parquet
''' % (a1, s1, d.N(V.rs(V.HEX, 32)), d.N(V.rs(V.HEX, 32))))


def code():
    d = Doc("exaws-config/config/runtime.exs")
    pairs = [P(d) for _ in range(2)]
    d.set('''import Config

if config_env() == :prod do
  config :ex_aws,
    access_key_id: [{:system, "AWS_ACCESS_KEY_ID"}, "%s"],
    secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, "%s"],
    region: "eu-north-1"

  config :my_app, MyApp.Uploads,
    bucket: "kvh-uploads",
    access_key_id: "%s",
    secret_access_key: "%s"
end
''' % tuple(x for p in pairs for x in p))

    d = Doc("kotlin-aws-sdk/src/main/kotlin/se/kvarnholm/media/S3Config.kt")
    a1, s1 = P(d)
    d.set('''package se.kvarnholm.media

import aws.sdk.kotlin.services.s3.S3Client
import aws.smithy.kotlin.runtime.auth.awscredentials.Credentials
import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider

object S3Config {
    // FIXME: move to Parameter Store
    private const val ACCESS_KEY = "%s"
    private const val SECRET_KEY = "%s"

    suspend fun client(): S3Client = S3Client.fromEnvironment {
        region = "eu-north-1"
        credentialsProvider = StaticCredentialsProvider(Credentials(ACCESS_KEY, SECRET_KEY))
    }
}
''' % (a1, s1))

    d = Doc("swift-soto/Sources/Uploader/AWSClient+Setup.swift")
    a1, s1 = P(d)
    d.set('''import SotoS3

extension AWSClient {
    static func uploader() -> AWSClient {
        AWSClient(
            credentialProvider: .static(
                accessKeyId: "%s",
                secretAccessKey: "%s"
            ),
            httpClientProvider: .createNew
        )
    }
}
// see docs: .static(accessKeyId: "%s", secretAccessKey: "%s")
''' % (a1, s1, EX_ID, EX_SK))

    d = Doc("dart-aws-src/lib/storage/s3_uploader.dart")
    a1, s1 = P(d)
    d.set('''import 'package:minio/minio.dart';

final minio = Minio(
  endPoint: 's3.eu-north-1.amazonaws.com',
  accessKey: '%s',
  secretKey: '%s',
  region: 'eu-north-1',
);

Future<void> upload(String path, Stream<List<int>> data) async {
  await minio.putObject('kvh-app-uploads', path, data.cast());
}
''' % (a1, s1))

    d = Doc("go-aws-config/internal/archive/s3.go")
    pairs = [P(d) for _ in range(2)]
    d.set('''package archive

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// legacy archive account; new code uses the default chain
var legacyCreds = credentials.NewStaticCredentialsProvider("%s", "%s", "")

func coldCfg(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-north-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"%s",
			"%s",
			"",
		)),
	)
}

// testdata: ExampleID = "%s"
''' % (tuple(x for p in pairs for x in p) + (EX_ID,)))

    d = Doc("nim-src/src/s3sync.nim")
    a1, s1 = P(d)
    d.set('''import std/[os, osproc]

const
  awsKeyId = "%s"
  awsSecret = "%s"

putEnv("AWS_ACCESS_KEY_ID", awsKeyId)
putEnv("AWS_SECRET_ACCESS_KEY", awsSecret)
discard execCmd("aws s3 sync ./public s3://kvh-static --delete")
''' % (a1, s1))


def tickets_mail():
    d = Doc("redmine-issues/issue-11872.txt")
    pairs = [P(d) for _ in range(2)]
    d.set('''Bug #11872: Nightly export to S3 fails with SignatureDoesNotMatch
Author: Johan Håkansson
Status: New  Priority: High  Assignee: Ops
Created: 2026-11-20 08:12

Description:
Export job fails since yesterday. Config on exporter01:

  AWS_ACCESS_KEY_ID=%s
  AWS_SECRET_ACCESS_KEY=%s

Error: SignatureDoesNotMatch (request id %s)

--- Note #1 by Sara Öberg, 2026-11-20 09:40 ---
The secret has a "/" and the cron wrapper cut it. I've rotated it, new pair:
access key %s, secret %s
Please remove these from the issue when done.
''' % (pairs[0][0], pairs[0][1], d.N(V.rs(V.UP + V.DG, 16)), pairs[1][0], pairs[1][1]))

    d = Doc("thunderbird-mbox/Inbox.mbox")
    pairs = [P(d) for _ in range(2)]
    pw = d.S("password", V.password("human"))
    d.set('''From - Mon Nov 23 09:12:44 2026
X-Mozilla-Status: 0001
X-Mozilla-Status2: 00000000
Return-Path: <it-support@kvarnholm.se>
Delivered-To: ebba.lundgren@kvarnholm.se
From: IT Support <it-support@kvarnholm.se>
To: Ebba Lundgren <ebba.lundgren@kvarnholm.se>
Subject: Dina nycklar till S3 (fotoarkivet)
Date: Mon, 23 Nov 2026 09:12:40 +0100
Message-ID: <%s@kvarnholm.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej Ebba,

Här är dina nycklar till fotoarkivet i Cyberduck:

Access Key ID: %s
Secret Access Key: %s

Lösenordet till VPN-kontot är %s (byt vid första inloggningen).

Mvh
IT

From - Tue Nov 24 14:01:09 2026
X-Mozilla-Status: 0001
From: Oskar Nyberg <oskar.nyberg@kvarnholm.se>
To: Ebba Lundgren <ebba.lundgren@kvarnholm.se>
Subject: Re: Dina nycklar till S3 (fotoarkivet)
Date: Tue, 24 Nov 2026 14:01:05 +0100
Message-ID: <%s@kvarnholm.se>
Content-Type: text/plain; charset=UTF-8

Använd de här i stället, de gamla är spärrade:
aws_access_key_id = %s
aws_secret_access_key = %s

(Exemplet i AWS-dokumentationen, %s, fungerar förstås inte.)
/Oskar
''' % (d.N(V.rs(V.HEX, 24)), pairs[0][0], pairs[0][1], pw, d.N(V.rs(V.HEX, 24)), pairs[1][0], pairs[1][1], EX_ID))

    d = Doc("apple-notes-export/Jobb - nycklar.txt")
    pairs = [P(d) for _ in range(2)]
    d.set('''Jobb – nycklar
Uppdaterad 19 nov. 2026 kl. 21:44

Backup-bucket (privat):
id %s
secret %s

Kundens testkonto
AKID: %s
SAK: %s
Git hash för releasen: %s
''' % (pairs[0][0], pairs[0][1], pairs[1][0], pairs[1][1], d.N(V.sha1())))


def extra():
    d = Doc("octopus-variables-json/accounts-export.json")
    accts = []
    for env in ["Production", "Staging", "Test", "DR", "Shared-Services", "Sandbox"]:
        a, s = P(d)
        accts.append({"Id": "Accounts-%d" % R.randint(100, 999), "Name": "AWS %s" % env, "AccountType": "AmazonWebServicesAccount",
                      "AccessKey": a, "SecretKey": {"HasValue": True, "NewValue": s}, "EnvironmentIds": ["Environments-%d" % R.randint(1, 40)],
                      "TenantedDeploymentParticipation": "Untenanted", "SpaceId": "Spaces-1"})
    accts.append({"Id": "Accounts-12", "Name": "AWS docs sample", "AccountType": "AmazonWebServicesAccount", "AccessKey": EX_ID,
                  "SecretKey": {"HasValue": True, "NewValue": None}})
    d.set(json.dumps({"Items": accts, "TotalResults": len(accts), "ItemsPerPage": 30}, indent=2))

    d = Doc("ansible-tower-job-output/job_21044_stdout.txt")
    L = ["PLAY [Configure backup agents] ***************************************************", ""]
    for i in range(4):
        a, s = P(d)
        host = "db%02d.prod.kvarnholm.se" % (i + 1)
        L += ["TASK [restic : write env file] ***************************************************",
              "--- before: /etc/restic/env", "+++ after: /etc/restic/env",
              "@@ -0,0 +1,4 @@",
              "+AWS_ACCESS_KEY_ID=%s" % a,
              "+AWS_SECRET_ACCESS_KEY=%s" % s,
              "+RESTIC_REPOSITORY=s3:s3.amazonaws.com/kvh-restic/%s" % host,
              "+RESTIC_PASSWORD_FILE=/etc/restic/pw",
              "changed: [%s]" % host, ""]
    L += ["PLAY RECAP *********************************************************************",
          "db01.prod.kvarnholm.se     : ok=7    changed=1    unreachable=0    failed=0    skipped=0"]
    d.set("\n".join(L))

    d = Doc("chef-data-bags/aws/teams.json")
    teams = {}
    for team in ["data", "web", "mobile", "finance-bi", "media", "search", "support-tools", "qa"]:
        a, s = P(d)
        teams[team] = {"access_key_id": a, "secret_access_key": s, "bucket": "kvh-%s" % team}
    d.set(json.dumps({"id": "teams", "teams": teams, "checksum": d.N(V.sha1())}, indent=2))

    d = Doc("process-environ-dumps/pid-877-environ.txt")
    env = ["# strings /proc/877/environ   (php-fpm pool www, debugging upload failures)", "PHP_VERSION=8.3.14", "APP_ENV=production"]
    for pre in ["", "MEDIA_", "BACKUP_", "SES_"]:
        a, s = P(d)
        env += ["%sAWS_ACCESS_KEY_ID=%s" % (pre, a), "%sAWS_SECRET_ACCESS_KEY=%s" % (pre, s)]
    env += ["RELEASE_SHA=%s" % d.N(V.sha1()), "COMPOSER_HASH=%s" % d.N(V.sha1())]
    d.set("\n".join(env))

    d = Doc("s5cmd-debug/nightly-sync.log")
    L = []
    for i in range(5):
        a, s = P(d)
        L += ["+ AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s s5cmd --numworkers 64 sync s3://kvh-src-%d/* s3://kvh-dst-%d/" % (a, s, i, i),
              "DEBUG \"sync s3://kvh-src-%d/part-0000.parquet\": etag \"%s\"" % (i, d.N(V.rs(V.HEX, 32))), "cp s3://kvh-src-%d/part-0000.parquet s3://kvh-dst-%d/part-0000.parquet" % (i, i)]
    d.set("\n".join(L))


def build():
    extra()
    cfgmgmt()
    infra()
    tools()
    code()
    tickets_mail()
