"""AWS key pairs and vendor tokens in code, tools and configs."""
from registry import doc


@doc("boto3-session-upload-script", "tools/upload_invoices.py", "python boto3 script with a hard-coded session")
def _(d):
    return d.T('''#!/usr/bin/env python3
"""Laddar upp månadens fakturor till arkiv-bucketen."""
import pathlib
import boto3

session = boto3.Session(
    aws_access_key_id="⟨ak⟩",
    aws_secret_access_key="⟨sk⟩",
    region_name="eu-north-1",
)
s3 = session.client("s3")
# docs example, do not use: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

for pdf in pathlib.Path("/srv/fakturor/2026-01").glob("*.pdf"):
    key = f"fakturor/2026/01/{pdf.name}"
    s3.upload_file(str(pdf), "hedeby-arkiv-prod", key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    print("uploaded", key)
''')


@doc("juicefs-format-command-notes", "docs/juicefs-setup.md", "distributed file system setup notes with object storage keys")
def _(d):
    return d.T('''# JuiceFS för bygg-cachen

Metadata i Redis, data i S3 (eu-north-1).

```sh
juicefs format \\
    --storage s3 \\
    --bucket https://byggcache-juicefs.s3.eu-north-1.amazonaws.com \\
    --access-key ⟨ak⟩ \\
    --secret-key ⟨sk⟩ \\
    "redis://:⟨upw:a⟩@redis.int:6379/4" \\
    byggcache
```

Volymens UUID efter format: ⟨uuid⟩
''')


@doc("aws-sdk-php-credentials-array", "config/filesystems.php", "php framework filesystem config with s3 credentials")
def _(d):
    return d.T('''<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),
    'disks' => [
        'local' => ['driver' => 'local', 'root' => storage_path('app')],
        's3' => [
            'driver' => 's3',
            'key' => env('AWS_ACCESS_KEY_ID', '⟨ak⟩'),
            'secret' => env('AWS_SECRET_ACCESS_KEY', '⟨sk⟩'),
            'region' => 'eu-north-1',
            'bucket' => 'medlemsportal-uploads',
            'url' => env('AWS_URL'),
            'throw' => false,
        ],
    ],
];
''')


@doc("spring-cloud-aws-application-yml", "src/main/resources/application-aws.yml", "spring cloud aws configuration")
def _(d):
    return d.T('''spring:
  cloud:
    aws:
      region:
        static: eu-west-1
      credentials:
        access-key: ⟨ak⟩
        secret-key: ⟨sk⟩
      sqs:
        endpoint: https://sqs.eu-west-1.amazonaws.com
app:
  queues:
    orders: https://sqs.eu-west-1.amazonaws.com/⟨int:12⟩/orders-prod
  role-arn: arn:aws:iam::⟨int:12⟩:role/orders-consumer
''')


@doc("cloudberry-backup-account-xml", "ProgramData/CloudBerryLab/Settings/accounts.xml", "windows backup client storage accounts file")
def _(d):
    return d.T('''<?xml version="1.0" encoding="utf-8"?>
<Accounts>
  <Account type="AmazonS3">
    <DisplayName>Kontor-backup</DisplayName>
    <AccessKey>⟨ak⟩</AccessKey>
    <SecretKey>⟨sk⟩</SecretKey>
    <Bucket>kontor-backup-hedeby</Bucket>
    <UseSSL>true</UseSSL>
    <ID>⟨uuid⟩</ID>
  </Account>
  <Account type="Azure">
    <DisplayName>Arkiv-Azure</DisplayName>
    <AccountName>hedebyarkiv</AccountName>
    <SharedKey>⟨azkey⟩</SharedKey>
    <Container>arkiv</Container>
  </Account>
  <Account type="AmazonS3">
    <DisplayName>Gammal (avstängd)</DisplayName>
    <AccessKey>AKIA****************</AccessKey>
    <SecretKey></SecretKey>
  </Account>
</Accounts>
''')


@doc("ecs-task-env-overrides-json", "deploy/run-task-overrides.json", "container task run overrides with temporary credentials")
def _(d):
    return d.T('''{
  "containerOverrides": [
    {
      "name": "migrate",
      "environment": [
        {"name": "AWS_ACCESS_KEY_ID", "value": "⟨ak:ASIA⟩"},
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "⟨sk⟩"},
        {"name": "AWS_SESSION_TOKEN", "value": "⟨st:b64_200⟩"},
        {"name": "DB_HOST", "value": "orders.cluster-⟨low:12⟩.eu-north-1.rds.amazonaws.com"}
      ]
    }
  ],
  "taskRoleArn": "arn:aws:iam::⟨int:12⟩:role/migrate-task"
}
''')


@doc("gh-actions-workflow-inline-token-yml", ".github/workflows/release-notes.yml", "ci workflow with a personal access token inline")
def _(d):
    return d.T('''name: release-notes
on:
  push:
    tags: ["v*"]
jobs:
  notes:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@⟨sha1⟩
      - name: Create release
        env:
          # FIXME: move to secrets.RELEASE_TOKEN
          GH_TOKEN: ⟨ghp⟩
          NODE_AUTH_TOKEN: ⟨npm⟩
        run: gh release create "$GITHUB_REF_NAME" --generate-notes
      - name: Notify
        run: curl -fsS -X POST -H 'Content-type: application/json' --data '{"text":"released"}' ⟨slackwh⟩
''')


@doc("gitlab-trigger-pipeline-script", "scripts/trigger-downstream.sh", "shell script triggering gitlab pipelines")
def _(d):
    return d.T('''#!/bin/bash
set -e
GITLAB=https://gitlab.lindholmen-it.se
PRIVATE_TOKEN="⟨glpat⟩"

curl -fsS --request POST --header "PRIVATE-TOKEN: $PRIVATE_TOKEN" \\
  "$GITLAB/api/v4/projects/412/pipeline?ref=main"

git clone "https://oauth2:⟨ugl⟩@gitlab.lindholmen-it.se/plattform/helm-charts.git" /tmp/charts
''')


@doc("slack-bolt-app-config-py", "bot/app.py", "python slack bolt app")
def _(d):
    return d.T('''import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "⟨xoxb⟩"),
    signing_secret="⟨gs:hex32⟩",
)

@app.command("/lager")
def lager(ack, respond, command):
    ack()
    respond(f"Söker lagersaldo för {command['text']} …")

if __name__ == "__main__":
    SocketModeHandler(app, "⟨xapp⟩").start()
''')


@doc("nodemailer-transports-js", "src/mail/transports.js", "node mail transports for two providers")
def _(d):
    return d.T('''const nodemailer = require('nodemailer');
const mg = require('nodemailer-mailgun-transport');

exports.sendgrid = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: { user: 'apikey', pass: '⟨sg⟩' },
});

exports.mailgun = nodemailer.createTransport(mg({
  auth: { api_key: '⟨mg⟩', domain: 'mg.fjallvind.se' },
}));
''')


@doc("llm-batch-summarise-script-py", "scripts/summarise_tickets.py", "python script calling two llm apis")
def _(d):
    return d.T('''from openai import OpenAI
import anthropic

oa = OpenAI(api_key="⟨oai⟩")
claude = anthropic.Anthropic(api_key="⟨ant⟩")

def summarise(text: str) -> str:
    r = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
''')


@doc("pdm-global-config-toml", "dot-config/pdm/config.toml", "python package manager global config")
def _(d):
    return d.T('''[repository.pypi]
username = "__token__"
password = "⟨pypi⟩"

[pypi]
url = "https://pypi.org/simple"

[venv]
in_project = true
''')


@doc("saleor-stripe-app-env", "apps/stripe/.env", "commerce platform payment app env file")
def _(d):
    return d.T('''APP_API_BASE_URL=https://stripe-app.northwind-outfitters.com
SALEOR_API_URL=https://shop-api.northwind-outfitters.com/graphql/
SECRET_KEY=⟨gs:hex64⟩
STRIPE_SECRET_KEY=⟨rklive⟩
STRIPE_PUBLISHABLE_KEY=⟨pk:pk_live_~an99⟩
STRIPE_TEST_SECRET_KEY=sk_test_⟨an:99⟩
STRIPE_ACCOUNT_ID=acct_⟨an:16⟩
APL=file
''')


@doc("hf-hub-token-and-shopify-env", "ml/.env", "ml service env file with hub and shop tokens")
def _(d):
    return d.T('''HF_TOKEN=⟨hf⟩
SHOPIFY_STORE=fjallvind-shop.myshopify.com
SHOPIFY_ADMIN_TOKEN=⟨shpat⟩
SHOPIFY_API_KEY=⟨hex:32⟩
MODEL_ID=fjallvind/produktkategorier-v3
''')


@doc("android-manifest-maps-meta-xml", "app/src/main/AndroidManifest.xml", "android manifest with a maps api key")
def _(d):
    return d.T('''<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="⟨aiza⟩" />
        <meta-data
            android:name="com.google.firebase.messaging.default_notification_channel_id"
            android:value="leveranser" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')


@doc("datadog-agent-docker-run-sh", "ops/run-dd-agent.sh", "shell script starting a monitoring agent container")
def _(d):
    return d.T('''#!/bin/sh
docker run -d --name dd-agent \\
  -e DD_API_KEY=⟨dd⟩ \\
  -e DD_APP_KEY=⟨ddapp⟩ \\
  -e DD_SITE="datadoghq.eu" \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  -v /proc/:/host/proc/:ro \\
  gcr.io/datadoghq/agent:7
''')


@doc("twilio-sms-notify-rb", "lib/tasks/sms_reminders.rake", "rake task sending sms reminders")
def _(d):
    return d.T('''namespace :reminders do
  task send: :environment do
    client = Twilio::REST::Client.new("AC⟨hex:32⟩", "⟨twauth⟩")
    Booking.tomorrow.find_each do |b|
      client.messages.create(from: "⟨ph:se.e164⟩", to: b.phone, body: "Påminnelse: din tid imorgon kl #{b.time}")
    end
  end
end
''')


@doc("kaniko-docker-config-secret-json", "ci/kaniko/config.json", "container build docker config with registry auth")
def _(d):
    return d.T('''{
  "auths": {
    "registry.lindholmen-it.se": {
      "auth": "⟨dauth:ci-builder⟩"
    },
    "https://index.docker.io/v1/": {
      "auth": "⟨dauth:lindholmen⟩"
    }
  },
  "credHelpers": {
    "⟨int:12⟩.dkr.ecr.eu-north-1.amazonaws.com": "ecr-login"
  }
}
''')


@doc("webhook-relay-basic-auth-log", "logs/webhook-relay-2026-01-19.log", "webhook relay access log with forwarded headers")
def _(d):
    return d.T('''2026-01-19T08:14:02Z relay fwd id=⟨ulid⟩ dest=https://erp.kvarnbygget.se/hooks/order hdr.authorization="Basic ⟨basic:erp-hook⟩" status=200 ms=81
2026-01-19T08:14:09Z relay fwd id=⟨ulid⟩ dest=https://erp.kvarnbygget.se/hooks/order hdr.authorization="Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==" status=401 ms=12 note="doc example creds from vendor sample"
2026-01-19T08:15:44Z relay fwd id=⟨ulid⟩ dest=https://lager.kvarnbygget.se/in hdr.authorization="Bearer ⟨bt:an40⟩" status=202 ms=40
''')
