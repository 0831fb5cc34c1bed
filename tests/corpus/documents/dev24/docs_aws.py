"""AWS access key ids and secret keys in tools, code and infrastructure configs."""
from core import tdoc, doc

tdoc("minio-mc-config-json", "dot-mc/config.json", "object storage cli config", r'''{
	"version": "10",
	"aliases": {
		"gcs": {
			"url": "https://storage.googleapis.com",
			"accessKey": "YOUR-ACCESS-KEY-HERE",
			"secretKey": "YOUR-SECRET-KEY-HERE",
			"api": "S3v2",
			"path": "dns"
		},
		"local": {
			"url": "http://localhost:9000",
			"accessKey": "minioadmin",
			"secretKey": "minioadmin",
			"api": "S3v4",
			"path": "auto"
		},
		"s3": {
			"url": "https://s3.amazonaws.com",
			"accessKey": "⟨ak⟩",
			"secretKey": "⟨sk⟩",
			"api": "S3v4",
			"path": "dns"
		},
		"arkiv": {
			"url": "https://s3.eu-north-1.amazonaws.com",
			"accessKey": "⟨ak⟩",
			"secretKey": "⟨sk⟩",
			"api": "S3v4",
			"path": "auto"
		}
	}
}
''')

tdoc("polars-storage-options-code", "pipelines/load_sales.py", "python dataframe pipeline code", r'''import polars as pl

# Read-only key of the "sales-export" IAM user (arn:aws:iam::⟨n:12⟩:user/sales-export)
STORAGE = {
    "aws_access_key_id": "⟨ak⟩",
    "aws_secret_access_key": "⟨sk⟩",
    "aws_region": "eu-north-1",
}

df = pl.scan_parquet("s3://kassadata-export/sales/2026/01/*.parquet", storage_options=STORAGE)
summary = df.group_by("store_id").agg(pl.col("amount").sum()).collect()

# documentation example, not ours:
# storage_options={"aws_access_key_id": "AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
summary.write_csv("/tmp/sales_by_store.csv")
''')

tdoc("dask-s3fs-code", "notebooks/feature_build.py", "python distributed compute code", r'''import dask.dataframe as dd
import s3fs

fs = s3fs.S3FileSystem(key="⟨ak#k⟩", secret="⟨sk#s⟩", client_kwargs={"region_name": "eu-west-1"})
events = dd.read_parquet("s3://ml-features-prod/events/", storage_options={"key": "⟨=k⟩", "secret": "⟨=s⟩"})
features = events.groupby("user_id").agg({"amount": "sum", "session_id": "count"})
features.to_parquet("s3://ml-features-prod/aggregates/", storage_options={"anon": False, "profile": "ml"})
# run id ⟨uuid⟩
''')

tdoc("logstash-s3-output-conf", "pipeline/archive-s3.conf", "log pipeline config", r'''input {
  beats { port => 5044 }
}
filter {
  if [fields][app] == "kassa" { mutate { add_tag => ["kassa"] } }
}
output {
  s3 {
    access_key_id => "⟨ak⟩"
    secret_access_key => "⟨sk⟩"
    region => "eu-north-1"
    bucket => "loggarkiv-kassa"
    prefix => "logstash/%{+YYYY}/%{+MM}/%{+dd}"
    size_file => 104857600
    time_file => 15
    codec => "json_lines"
  }
  elasticsearch {
    hosts => ["https://es01.loggning.internal:9200"]
    user => "logstash_writer"
    password => "${ES_PW}"
  }
}
''')

tdoc("heroku-config-output", "heroku-config-get.txt", "paas cli terminal output", r'''$ heroku config -a bokhandeln-api
=== bokhandeln-api Config Vars
AWS_ACCESS_KEY_ID:     ⟨ak⟩
AWS_REGION:            eu-west-1
AWS_SECRET_ACCESS_KEY: ⟨sk⟩
DATABASE_URL:          postgres://u⟨anl:12⟩:⟨upw:a⟩@ec2-⟨n:2⟩-⟨n:3⟩-⟨n:2⟩-⟨n:2⟩.eu-west-1.compute.amazonaws.com:5432/d⟨anl:12⟩
S3_BUCKET:             bokhandeln-covers
SECRET_KEY_BASE:       ⟨gs:hex64⟩
$ heroku config:get AWS_ACCESS_KEY_ID -a bokhandeln-worker
⟨ak⟩
$ heroku config:unset OLD_AWS_KEY -a bokhandeln-worker
Unsetting OLD_AWS_KEY and restarting ⬢ bokhandeln-worker... done, v212
''')

tdoc("kubectl-create-secret-commands", "runbooks/create-secrets.md", "kubernetes runbook", r'''# Secrets for the `media` namespace

Run once per cluster. The values below were rotated 2026-01-08 (ticket OPS-3317).

```bash
kubectl -n media create secret generic s3-uploader \
  --from-literal=AWS_ACCESS_KEY_ID=⟨ak⟩ \
  --from-literal=AWS_SECRET_ACCESS_KEY=⟨sk⟩

kubectl -n media create secret generic transcoder-db \
  --from-literal=username=transcoder \
  --from-literal=password='⟨pw:a⟩'
```

Check with `kubectl -n media get secret s3-uploader -o jsonpath='{.data.AWS_ACCESS_KEY_ID}' | base64 -d`.
Do **not** use `--from-literal=AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` from the AWS docs.
''')

tdoc("clickhouse-s3-disk-xml", "config.d/storage.xml", "analytics database storage config", r'''<clickhouse>
    <storage_configuration>
        <disks>
            <s3_cold>
                <type>s3</type>
                <endpoint>https://ch-cold-tier.s3.eu-north-1.amazonaws.com/tables/</endpoint>
                <access_key_id>⟨ak⟩</access_key_id>
                <secret_access_key>⟨sk⟩</secret_access_key>
                <metadata_path>/var/lib/clickhouse/disks/s3_cold/</metadata_path>
            </s3_cold>
            <s3_backup>
                <type>s3</type>
                <endpoint>https://ch-backup.s3.eu-north-1.amazonaws.com/</endpoint>
                <use_environment_credentials>true</use_environment_credentials>
            </s3_backup>
        </disks>
        <policies>
            <tiered>
                <volumes>
                    <hot><disk>default</disk></hot>
                    <cold><disk>s3_cold</disk></cold>
                </volumes>
            </tiered>
        </policies>
    </storage_configuration>
</clickhouse>
''')

tdoc("opensearch-s3-snapshot-setup", "snapshot-setup.sh", "search cluster snapshot setup script", r'''#!/bin/bash
# Register the S3 snapshot repository on every node (keystore is per node!)
for n in os-data-1 os-data-2 os-data-3; do
  ssh "$n" "echo ⟨ak#a⟩ | sudo /usr/share/opensearch/bin/opensearch-keystore add --stdin --force s3.client.default.access_key"
  ssh "$n" "echo '⟨sk#b⟩' | sudo /usr/share/opensearch/bin/opensearch-keystore add --stdin --force s3.client.default.secret_key"
done
curl -sk -u admin:"$OS_ADMIN_PW" -X POST https://os-data-1:9200/_nodes/reload_secure_settings
curl -sk -u admin:"$OS_ADMIN_PW" -X PUT https://os-data-1:9200/_snapshot/s3-nightly -H 'Content-Type: application/json' -d '{
  "type": "s3",
  "settings": { "bucket": "os-snapshots-prod", "base_path": "nightly", "region": "eu-central-1" }
}'
''')

tdoc("terraform-backend-config-hcl", "backend-prod.hcl", "terraform partial backend config", r'''bucket         = "tfstate-ekonomi-prod"
key            = "network/terraform.tfstate"
region         = "eu-north-1"
dynamodb_table = "tfstate-lock"
encrypt        = true
kms_key_id     = "arn:aws:kms:eu-north-1:⟨n:12⟩:key/⟨uuid⟩"
# CI user "tf-backend" (only s3:* on the state bucket + dynamodb lock table)
access_key     = "⟨ak⟩"
secret_key     = "⟨sk⟩"
''')

tdoc("ansible-aws-ec2-inventory", "inventories/prod/aws_ec2.yml", "configuration management dynamic inventory", r'''plugin: amazon.aws.aws_ec2
regions:
  - eu-north-1
  - eu-west-1
aws_access_key: ⟨ak⟩
aws_secret_key: ⟨sk⟩
filters:
  tag:Environment: prod
  instance-state-name: running
keyed_groups:
  - key: tags.Role
    prefix: role
hostnames:
  - private-ip-address
compose:
  ansible_host: private_ip_address
''')

tdoc("salt-cloud-providers-conf", "etc/salt/cloud.providers.d/aws.conf", "configuration management cloud provider config", r'''ec2-stockholm:
  driver: ec2
  id: '⟨ak⟩'
  key: '⟨sk⟩'
  private_key: /etc/salt/keys/salt-cloud.pem
  keyname: salt-cloud
  securitygroup: salt-minions
  location: eu-north-1
  ssh_username: ec2-user

ec2-ireland:
  driver: ec2
  id: 'use-instance-role-credentials'
  key: 'use-instance-role-credentials'
  location: eu-west-1
''')

tdoc("nextcloud-objectstore-config-php", "config/objectstore.config.php", "file sync server config", r'''<?php
$CONFIG = array (
  'objectstore' => array (
    'class' => '\\OC\\Files\\ObjectStore\\S3',
    'arguments' => array (
      'bucket' => 'nextcloud-primary-forsamling',
      'autocreate' => false,
      'key'    => '⟨ak⟩',
      'secret' => '⟨sk⟩',
      'hostname' => 's3.eu-north-1.amazonaws.com',
      'region' => 'eu-north-1',
      'use_ssl' => true,
      'use_path_style' => false,
    ),
  ),
  'instanceid' => 'oc⟨anl:10⟩',
  'passwordsalt' => '⟨gs:short⟩',
  'secret' => '⟨gs:b64⟩',
);
''')

tdoc("cortex-config-yaml", "cortex.yaml", "metrics storage config", r'''target: all
auth_enabled: true
server:
  http_listen_port: 9009
blocks_storage:
  backend: s3
  s3:
    endpoint: s3.eu-west-1.amazonaws.com
    bucket_name: cortex-blocks-ops
    access_key_id: ⟨ak⟩
    secret_access_key: ⟨sk⟩
  tsdb:
    dir: /data/cortex/tsdb
ruler_storage:
  backend: s3
  s3:
    endpoint: s3.eu-west-1.amazonaws.com
    bucket_name: cortex-ruler-ops
    access_key_id: ${RULER_AWS_KEY_ID}
    secret_access_key: ${RULER_AWS_SECRET}
''')

tdoc("docker-buildx-s3-cache-cmd", "ci/build-image.sh", "container build script", r'''#!/usr/bin/env bash
set -euo pipefail
# Build cache lives in S3 so the ephemeral runners share layers.
export AWS_ACCESS_KEY_ID=⟨ak:ASIA#a⟩
export AWS_SECRET_ACCESS_KEY=⟨sk#b⟩
export AWS_SESSION_TOKEN=⟨st⟩
docker buildx build \
  --cache-to "type=s3,region=eu-north-1,bucket=buildcache-plattform,name=api,access_key_id=⟨=a⟩,secret_access_key=⟨=b⟩" \
  --cache-from "type=s3,region=eu-north-1,bucket=buildcache-plattform,name=api" \
  -t registry.plattform.internal/api:"$GIT_SHA" --push .
''')

tdoc("cloudquery-spec-yaml", "cloudquery/aws-to-postgres.yml", "cloud asset inventory sync spec", r'''kind: source
spec:
  name: aws
  path: cloudquery/aws
  registry: cloudquery
  version: "v27.5.0"
  tables: ["aws_ec2_instances", "aws_s3_buckets", "aws_iam_users"]
  destinations: ["postgresql"]
  spec:
    regions: [eu-north-1, eu-west-1]
    accounts:
      - id: "prod"
        local_profile: "prod-readonly"
      - id: "legacy"
        # legacy account has no SSO yet -- static key of the "cq-inventory" user
        access_key_id: "⟨ak⟩"
        secret_access_key: "⟨sk⟩"
---
kind: destination
spec:
  name: postgresql
  path: cloudquery/postgresql
  registry: cloudquery
  version: "v8.6.0"
  spec:
    connection_string: "postgresql://cq:⟨upw:a⟩@pg-inventory.internal:5432/cloudquery?sslmode=require"
''')

tdoc("aws-nuke-run-script", "sandbox-cleanup.sh", "cloud account cleanup script", r'''#!/bin/sh
# Weekly cleanup of the training sandbox account (NOT prod!)
# account: ⟨n:12⟩  (alias kurs-sandbox)
aws-nuke run --config nuke-config.yml \
  --access-key-id ⟨ak⟩ \
  --secret-access-key ⟨sk⟩ \
  --no-dry-run --force --force-sleep 5 2>&1 | tee /var/log/aws-nuke-$(date +%F).log
''')

tdoc("gitlab-runner-cache-toml", "etc/gitlab-runner/config.toml", "ci runner config", r'''concurrent = 6
check_interval = 0

[[runners]]
  name = "docker-autoscaler-01"
  url = "https://git.bygglagret.se/"
  token = "⟨glrt⟩"
  executor = "docker"
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "⟨ak⟩"
      SecretKey = "⟨sk⟩"
      BucketName = "runner-cache-bygglagret"
      BucketLocation = "eu-north-1"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
''')
