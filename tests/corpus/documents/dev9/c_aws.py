"""AWS access key ids and secret keys: code in a dozen languages, CLI transcripts,
tool configs, IaC, CI, Jenkins, Kubernetes, Vault, data warehouses, observability
stacks, self-hosted apps, spreadsheets, chat."""
import base64
import json

from gen_common import (carrier, jdump, jesc, COMPANY_DOMAINS, TENANTS, DIG, LALNUM, B32, HEX, b64s)

REGIONS = ["eu-north-1", "eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-south-1", "ap-northeast-1"]
BUCKETS = ["nordhamn-backups", "brightpeak-media-prod", "lumenpay-statements", "orbit-freight-docs",
           "helix-datalake-raw", "stellarcart-assets", "polaris-app-uploads", "arcticbyte-logs"]


def pair(d, prefix="AKIA"):
    return d.akid(prefix), d.awssec()


def sess(d):
    return d.akid("ASIA"), d.awssec(), d.session_token()


def acct(d):
    return d.lk(d.s(12, DIG))


def doc_pair(d):
    """The AWS documentation example pair (never labelled)."""
    return d.lk("AKIAIOSFODNN7EXAMPLE"), d.lk("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def masked(d):
    return d.lk("****************" + d.s(4, B32))


def other_id(d):
    return d.lk(d.pick(["AIDA", "AROA", "ANPA", "AGPA", "AIPA"]) + d.s(17, B32))


# ---------------------------------------------------------------- code ---
@carrier("code/java/S3Config-{i}.java", 1)
def java(d):
    a, s = pair(d)
    return """package se.{t}.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Config {{
    // FIXME: read from the environment once the deploy pipeline passes them
    private static final String ACCESS_KEY = "{a}";
    private static final String SECRET_KEY = "{s}";

    public static S3Client client() {{
        return S3Client.builder()
                .region(Region.of("{r}"))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }}
}}
""".format(t=d.pick(TENANTS).replace("-", ""), a=a, s=s, r=d.pick(REGIONS))


@carrier("code/go/uploader.go", 1)
def go(d):
    a, s = pair(d)
    return """package uploader

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func newClient(ctx context.Context) (*s3.Client, error) {{
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("{r}"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"{a}",
			"{s}",
			"",
		)),
	)
	if err != nil {{
		return nil, err
	}}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {{ o.UsePathStyle = true }}), nil
}}

var _ = aws.String
""".format(r=d.pick(REGIONS), a=a, s=s)


@carrier("code/python/boto_session-{i}.py", 3)
def boto(d):
    a, s = pair(d)
    da, ds = doc_pair(d)
    if d.i == 1:
        body = """session = boto3.session.Session(
    aws_access_key_id="{a}",
    aws_secret_access_key="{s}",
    region_name="{r}",
)
s3 = session.client("s3")
""".format(a=a, s=s, r=d.pick(REGIONS))
    elif d.i == 2:
        body = """s3 = boto3.client('s3', aws_access_key_id='{a}', aws_secret_access_key='{s}')
sqs = boto3.resource('sqs', region_name='{r}')
""".format(a=a, s=s, r=d.pick(REGIONS))
    else:
        body = """CREDS = {{
    'aws_access_key_id': '{a}',
    'aws_secret_access_key': '{s}',
}}
dynamo = boto3.resource('dynamodb', region_name='{r}', **CREDS)
""".format(a=a, s=s, r=d.pick(REGIONS))
    return '''"""Export job: copies yesterday's files to the archive bucket."""
import boto3

# Example from the AWS docs, do not use: {da} / {ds}
{body}
BUCKET = "{b}"


def run(prefix: str) -> int:
    n = 0
    for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", []):
        n += 1
    return n
'''.format(body=body, b=d.pick(BUCKETS), da=da, ds=ds)


@carrier("code/js/s3-client-{i}.mjs", 2)
def js(d):
    a, s = pair(d)
    if d.i == 1:
        return """import {{ S3Client, PutObjectCommand }} from "@aws-sdk/client-s3";

export const s3 = new S3Client({{
  region: "{r}",
  credentials: {{
    accessKeyId: "{a}",
    secretAccessKey: "{s}",
  }},
}});

export async function upload(key, body) {{
  return s3.send(new PutObjectCommand({{ Bucket: "{b}", Key: key, Body: body }}));
}}
""".format(r=d.pick(REGIONS), a=a, s=s, b=d.pick(BUCKETS))
    return """const AWS = require('aws-sdk');

AWS.config.update({{
  region: '{r}',
  accessKeyId: '{a}',
  secretAccessKey: '{s}'
}});

module.exports = new AWS.SES({{ apiVersion: '2010-12-01' }});
""".format(r=d.pick(REGIONS), a=a, s=s)


@carrier("code/dotnet/StorageModule.cs", 1)
def cs(d):
    a, s = pair(d)
    return """using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Ledger.Infrastructure;

public static class StorageModule
{{
    public static IAmazonS3 Create()
    {{
        var credentials = new BasicAWSCredentials("{a}", "{s}");
        return new AmazonS3Client(credentials, RegionEndpoint.{r});
    }}
}}
""".format(a=a, s=s, r=d.pick(["EUNorth1", "EUWest1", "USEast1"]))


@carrier("code/ruby/aws.rb", 1)
def rb(d):
    a, s = pair(d)
    return """# config/initializers/aws.rb
Aws.config.update(
  region: '{r}',
  credentials: Aws::Credentials.new('{a}', '{s}')
)

S3_BUCKET = Aws::S3::Resource.new.bucket('{b}')
""".format(r=d.pick(REGIONS), a=a, s=s, b=d.pick(BUCKETS))


@carrier("code/php/filesystems.php", 1)
def php(d):
    a, s = pair(d)
    return """<?php

return [
    'default' => 's3',
    'disks' => [
        's3' => [
            'driver' => 's3',
            'key' => '{a}',
            'secret' => '{s}',
            'region' => '{r}',
            'bucket' => '{b}',
            'url' => env('AWS_URL'),
            'use_path_style_endpoint' => false,
        ],
    ],
];
""".format(a=a, s=s, r=d.pick(REGIONS), b=d.pick(BUCKETS))


@carrier("code/rust/storage.rs", 1)
def rust(d):
    a, s = pair(d)
    return """use aws_credential_types::Credentials;
use aws_sdk_s3::config::{{Builder, Region}};

pub fn client() -> aws_sdk_s3::Client {{
    let creds = Credentials::new(
        "{a}",
        "{s}",
        None,
        None,
        "static",
    );
    let conf = Builder::new()
        .region(Region::new("{r}"))
        .credentials_provider(creds)
        .behavior_version_latest()
        .build();
    aws_sdk_s3::Client::from_conf(conf)
}}
""".format(a=a, s=s, r=d.pick(REGIONS))




@carrier("code/elixir/config.exs", 1)
def exs(d):
    a, s = pair(d)
    return """import Config

config :ex_aws,
  access_key_id: "{a}",
  secret_access_key: "{s}",
  region: "{r}"

config :ex_aws, :s3,
  scheme: "https://",
  host: "s3.{r}.amazonaws.com"
""".format(a=a, s=s, r=d.pick(REGIONS))


@carrier("code/r/load_data.R", 1)
def rlang(d):
    a, s = pair(d)
    return """library(aws.s3)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "{a}",
  "AWS_SECRET_ACCESS_KEY" = "{s}",
  "AWS_DEFAULT_REGION" = "{r}"
)

sales <- s3read_using(FUN = read.csv, object = "exports/sales_2024.csv", bucket = "{b}")
summary(sales)
""".format(a=a, s=s, r=d.pick(REGIONS), b=d.pick(BUCKETS))


@carrier("code/powershell/Set-BackupCreds.ps1", 1)
def ps(d):
    a, s = pair(d)
    return """Import-Module AWS.Tools.Common
Set-AWSCredential -AccessKey {a} -SecretKey {s} -StoreAs backup-prod
Set-DefaultAWSRegion -Region {r}
Write-Host "Stored profile backup-prod"
""".format(a=a, s=s, r=d.pick(REGIONS))


@carrier("code/scala/SparkJob.scala", 1)
def scala(d):
    a, s = pair(d)
    return """object DailyRollup {{
  def main(args: Array[String]): Unit = {{
    val spark = SparkSession.builder.appName("daily-rollup").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.s3a.access.key", "{a}")
    hc.set("fs.s3a.secret.key", "{s}")
    hc.set("fs.s3a.endpoint", "s3.{r}.amazonaws.com")
    spark.read.parquet("s3a://{b}/events/").groupBy("day").count().show()
  }}
}}
""".format(a=a, s=s, r=d.pick(REGIONS), b=d.pick(BUCKETS))


# ---------------------------------------------------------------- CLI ---
@carrier("cli/aws-configure-{i}.txt", 3)
def configure(d):
    a, s = pair(d)
    prof = d.pick(["prod", "billing", "backup", "default", "ci"])
    return """$ aws configure --profile {p}
AWS Access Key ID [None]: {a}
AWS Secret Access Key [None]: {s}
Default region name [None]: {r}
Default output format [None]: json
$ aws configure list --profile {p}
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                     {p}           manual    --profile
access_key     {m1} shared-credentials-file
secret_key     {m2} shared-credentials-file
    region               {r}      config-file    ~/.aws/config
$ aws sts get-caller-identity --profile {p}
{{
    "UserId": "{uid}",
    "Account": "{acct}",
    "Arn": "arn:aws:iam::{acct}:user/svc-{p}"
}}
""".format(p=prof, a=a, s=s, r=d.pick(REGIONS), m1=masked(d), m2=masked(d), uid=other_id(d), acct=acct(d))


@carrier("cli/export-credentials-{i}.txt", 1)
def export_creds(d):
    a, s, t = sess(d)
    return """$ aws configure export-credentials --profile sso-admin --format env
export AWS_ACCESS_KEY_ID={a}
export AWS_SECRET_ACCESS_KEY={s}
export AWS_SESSION_TOKEN={t}
export AWS_CREDENTIAL_EXPIRATION=2025-03-0{dd}T1{h}:24:51+00:00
""".format(a=a, s=s, t=t, dd=d.r.randint(1, 9), h=d.r.randint(0, 9))


@carrier("cli/credential-process.json", 1)
def cred_process(d):
    a, s, t = sess(d)
    return jdump({"Version": 1, "AccessKeyId": a, "SecretAccessKey": s, "SessionToken": t,
                  "Expiration": "2025-03-06T11:02:41Z"})


@carrier("cli/imds-ssrf-report.md", 1)
def imds(d):
    a, s, t = sess(d)
    role = d.pick(["app-ec2-role", "web-prod-instance", "worker-node"])
    return """## Finding: SSRF in the PDF renderer reaches the instance metadata service

Severity: Critical. Reported by the external pentest on 2025-03-04.

The `url` parameter of `/render` is fetched server-side without an allow-list. IMDSv1 is
still enabled on the renderer instances, so the following request returns live role
credentials:

```
GET /render?url=http://169.254.169.254/latest/meta-data/iam/security-credentials/{role} HTTP/1.1
Host: pdf.{dom}
```

Response body (verbatim, credentials have since been revoked by deleting the role session):

```json
{{
  "Code" : "Success",
  "LastUpdated" : "2025-03-04T09:12:44Z",
  "Type" : "AWS-HMAC",
  "AccessKeyId" : "{a}",
  "SecretAccessKey" : "{s}",
  "Token" : "{t}",
  "Expiration" : "2025-03-04T15:41:02Z"
}}
```

Recommendation: require IMDSv2 (`HttpTokens=required`), add an egress allow-list.
""".format(role=role, dom=d.pick(COMPANY_DOMAINS), a=a, s=s, t=t)


@carrier("cli/ecs-task-creds.log", 1)
def ecs(d):
    a, s, t = sess(d)
    return """$ curl -s 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI
{{"RoleArn":"arn:aws:iam::{acct}:role/ecs-task-exporter","AccessKeyId":"{a}","SecretAccessKey":"{s}","Token":"{t}","Expiration":"2025-03-05T17:22:01Z"}}
""".format(acct=acct(d), a=a, s=s, t=t)


@carrier("cli/vault-aws-creds-{i}.txt", 2)
def vault(d):
    a, s = pair(d)
    lease = "aws/creds/deploy/" + d.lk(d.s(24, LALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    out = """$ vault read aws/creds/deploy
Key                Value
---                -----
lease_id           {lease}
lease_duration     768h
lease_renewable    true
access_key         {a}
secret_key         {s}
security_token     <nil>
""".format(lease=lease, a=a, s=s)
    if d.i == 2:
        a2, s2 = pair(d)
        out += """$ vault kv get -format=json secret/ci/aws
{{
  "request_id": "{rid}",
  "lease_id": "",
  "lease_duration": 0,
  "renewable": false,
  "data": {{
    "data": {{
      "AWS_ACCESS_KEY_ID": "{a}",
      "AWS_SECRET_ACCESS_KEY": "{s}"
    }},
    "metadata": {{
      "created_time": "2025-02-11T08:14:03.118Z",
      "version": 4
    }}
  }}
}}
""".format(rid=d.lk_uuid(), a=a2, s=s2)
    return out


@carrier("cli/mc-alias.txt", 1)
def mc(d):
    a, s = pair(d)
    return """$ mc alias set s3prod https://s3.{r}.amazonaws.com {a} {s} --api S3v4
Added `s3prod` successfully.
$ mc ls s3prod/{b}/2025/03/
[2025-03-05 02:00:12 CET]  41MiB STANDARD db-{sha}.sql.gz
""".format(r=d.pick(REGIONS), a=a, s=s, b=d.pick(BUCKETS), sha=d.lk(d.hx(12)))


@carrier("cli/docker-run-history.txt", 1)
def docker_run(d):
    a, s = pair(d)
    a2, s2 = pair(d)
    return """  501  docker pull amazon/aws-cli:2.15.30
  502  docker run --rm -e AWS_ACCESS_KEY_ID={a} -e AWS_SECRET_ACCESS_KEY={s} -e AWS_DEFAULT_REGION={r} amazon/aws-cli s3 ls
  503  docker run -d --name exporter -e "AWS_ACCESS_KEY_ID={a2}" -e "AWS_SECRET_ACCESS_KEY={s2}" ghcr.io/{t}/exporter:1.4
  504  docker logs -f exporter
  505  docker inspect exporter | grep -i image
""".format(a=a, s=s, a2=a2, s2=s2, r=d.pick(REGIONS), t=d.pick(TENANTS))


@carrier("cli/docker-inspect.json", 1)
def docker_inspect(d):
    a, s = pair(d)
    return jdump([{"Id": d.lk_sha256(), "Created": "2025-03-01T10:11:12.123456789Z", "Path": "/entrypoint.sh",
                   "State": {"Status": "running", "Running": True, "Pid": 48121},
                   "Image": "sha256:" + d.lk_sha256(), "Name": "/backup-agent",
                   "Config": {"Hostname": d.lk(d.hx(12)), "Env": ["AWS_ACCESS_KEY_ID=" + a, "AWS_SECRET_ACCESS_KEY=" + s,
                                                                    "AWS_REGION=" + d.pick(REGIONS), "BACKUP_BUCKET=" + d.pick(BUCKETS),
                                                                    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                              "Image": "backup-agent:3.1.0"}}])


@carrier("cli/env-dump-{i}.txt", 2)
def env_dump(d):
    a, s = pair(d)
    return """HOSTNAME=worker-{h}
HOME=/root
LANG=C.UTF-8
AWS_DEFAULT_REGION={r}
AWS_ACCESS_KEY_ID={a}
AWS_SECRET_ACCESS_KEY={s}
GIT_COMMIT={sha}
PATH=/usr/local/bin:/usr/bin:/bin
PWD=/app
SHLVL=1
_=/usr/bin/env
""".format(h=d.lk(d.hx(6)), r=d.pick(REGIONS), a=a, s=s, sha=d.lk_sha1())


@carrier("cli/serverless-config.txt", 1)
def sls(d):
    a, s = pair(d)
    return """$ serverless config credentials --provider aws --key {a} --secret {s} --profile sls-deploy
✔ Profile "sls-deploy" has been configured
$ serverless deploy --stage prod --aws-profile sls-deploy
Deploying orders-api to stage prod ({r})
✔ Service deployed to stack orders-api-prod (84s)
""".format(a=a, s=s, r=d.pick(REGIONS))


# ---------------------------------------------------------------- tool configs ---
@carrier("config/s3cfg-{i}.ini", 1)
def s3cfg(d):
    a, s = pair(d)
    return """[default]
access_key = {a}
secret_key = {s}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_passphrase =
use_https = True
signature_v2 = False
""".format(a=a, s=s)


@carrier("config/rclone.conf", 1)
def rclone(d):
    a, s = pair(d)
    return """[aws-archive]
type = s3
provider = AWS
env_auth = false
access_key_id = {a}
secret_access_key = {s}
region = {r}
storage_class = DEEP_ARCHIVE

[local-nas]
type = sftp
host = nas.lan
user = backup
key_file = ~/.ssh/id_ed25519
""".format(a=a, s=s, r=d.pick(REGIONS))



@carrier("config/passwd-s3fs.txt", 1)
def s3fs(d):
    a, s = pair(d)
    return "%s:%s\n" % (a, s)


@carrier("config/credentials-velero.ini", 1)
def velero(d):
    a, s = pair(d)
    return "[default]\naws_access_key_id=%s\naws_secret_access_key=%s\n" % (a, s)


@carrier("config/loki-storage.yaml", 1)
def loki(d):
    a, s = pair(d)
    return """storage_config:
  aws:
    s3: s3://{r}/{b}
    access_key_id: {a}
    secret_access_key: {s}
    s3forcepathstyle: false
  tsdb_shipper:
    active_index_directory: /loki/index
    cache_location: /loki/index_cache
""".format(r=d.pick(REGIONS), b=d.pick(BUCKETS), a=a, s=s)


@carrier("config/thanos-objstore.yml", 1)
def thanos(d):
    a, s = pair(d)
    return """type: S3
config:
  bucket: "{b}"
  endpoint: "s3.{r}.amazonaws.com"
  access_key: "{a}"
  secret_key: "{s}"
  insecure: false
  signature_version2: false
""".format(b=d.pick(BUCKETS), r=d.pick(REGIONS), a=a, s=s)


@carrier("config/fluentd-s3.conf", 1)
def fluentd(d):
    a, s = pair(d)
    return """<match app.**>
  @type s3
  aws_key_id {a}
  aws_sec_key {s}
  s3_bucket {b}
  s3_region {r}
  path logs/%Y/%m/%d/
  <buffer time>
    timekey 3600
  </buffer>
</match>
""".format(a=a, s=s, b=d.pick(BUCKETS), r=d.pick(REGIONS))


@carrier("config/grafana-cloudwatch.yaml", 1)
def gcw(d):
    a, s = pair(d)
    return """apiVersion: 1
datasources:
  - name: CloudWatch
    type: cloudwatch
    jsonData:
      authType: keys
      defaultRegion: {r}
    secureJsonData:
      accessKey: {a}
      secretKey: {s}
""".format(r=d.pick(REGIONS), a=a, s=s)


@carrier("config/gitlab.rb", 1)
def gitlab_rb(d):
    a, s = pair(d)
    return """external_url 'https://git.{dom}'
gitlab_rails['object_store']['enabled'] = true
gitlab_rails['object_store']['connection'] = {{
  'provider' => 'AWS',
  'region' => '{r}',
  'aws_access_key_id' => '{a}',
  'aws_secret_access_key' => '{s}'
}}
gitlab_rails['object_store']['objects']['artifacts']['bucket'] = '{b}'
""".format(dom=d.pick(COMPANY_DOMAINS), r=d.pick(REGIONS), a=a, s=s, b=d.pick(BUCKETS))


@carrier("config/nextcloud-config.php", 1)
def nextcloud(d):
    a, s = pair(d)
    return """<?php
$CONFIG = array (
  'instanceid' => '{iid}',
  'objectstore' => array (
    'class' => '\\\\OC\\\\Files\\\\ObjectStore\\\\S3',
    'arguments' => array (
      'bucket' => '{b}',
      'autocreate' => false,
      'key' => '{a}',
      'secret' => '{s}',
      'region' => '{r}',
      'use_ssl' => true,
    ),
  ),
);
""".format(iid=d.lk(d.s(12, LALNUM)), b=d.pick(BUCKETS), a=a, s=s, r=d.pick(REGIONS))


@carrier("config/mastodon.env.production", 1)
def mastodon(d):
    a, s = pair(d)
    return """LOCAL_DOMAIN=social.{dom}
S3_ENABLED=true
S3_BUCKET={b}
AWS_ACCESS_KEY_ID={a}
AWS_SECRET_ACCESS_KEY={s}
S3_ALIAS_HOST=files.social.{dom}
""".format(dom=d.pick(COMPANY_DOMAINS), b=d.pick(BUCKETS), a=a, s=s)


@carrier("config/harbor.yml", 1)
def harbor(d):
    a, s = pair(d)
    return """hostname: registry.{dom}
storage_service:
  s3:
    accesskey: {a}
    secretkey: {s}
    region: {r}
    bucket: {b}
    secure: true
""".format(dom=d.pick(COMPANY_DOMAINS), a=a, s=s, r=d.pick(REGIONS), b=d.pick(BUCKETS))


@carrier("config/elasticsearch-keystore.sh", 1)
def es_keystore(d):
    a, s = pair(d)
    return """#!/bin/sh
# snapshot repository credentials
echo "{a}" | bin/elasticsearch-keystore add --stdin --force s3.client.default.access_key
echo "{s}" | bin/elasticsearch-keystore add --stdin --force s3.client.default.secret_key
curl -s -X POST "localhost:9200/_nodes/reload_secure_settings"
""".format(a=a, s=s)


@carrier("config/trino-hive.properties", 1)
def trino(d):
    a, s = pair(d)
    return """connector.name=hive
hive.metastore.uri=thrift://metastore:9083
hive.s3.aws-access-key={a}
hive.s3.aws-secret-key={s}
hive.s3.path-style-access=false
""".format(a=a, s=s)


# ---------------------------------------------------------------- SQL / warehouses ---
@carrier("sql/warehouse-loads-{i}.sql", 2)
def warehouse(d):
    a, s = pair(d)
    a2, s2 = pair(d)
    if d.i == 1:
        return """-- Snowflake: external stage for the raw events
CREATE OR REPLACE STAGE raw.events_stage
  URL = 's3://{b}/events/'
  CREDENTIALS = (AWS_KEY_ID = '{a}' AWS_SECRET_KEY = '{s}')
  FILE_FORMAT = (TYPE = PARQUET);

-- Redshift: nightly load
COPY analytics.orders
FROM 's3://{b2}/orders/2025-03-04/'
CREDENTIALS 'aws_access_key_id={a2};aws_secret_access_key={s2}'
FORMAT AS PARQUET;
""".format(b=d.pick(BUCKETS), a=a, s=s, b2=d.pick(BUCKETS), a2=a2, s2=s2)
    return """-- DuckDB
CREATE SECRET s3_prod (
    TYPE S3,
    KEY_ID '{a}',
    SECRET '{s}',
    REGION '{r}'
);
SELECT count(*) FROM read_parquet('s3://{b}/events/*.parquet');

-- ClickHouse
INSERT INTO events_archive
SELECT * FROM s3('https://{b2}.s3.{r}.amazonaws.com/archive/*.csv.gz', '{a2}', '{s2}', 'CSVWithNames');

-- Redshift UNLOAD
UNLOAD ('select * from finance.ledger where day = current_date - 1')
TO 's3://{b}/unload/ledger_'
ACCESS_KEY_ID '{a3}' SECRET_ACCESS_KEY '{s3}'
PARQUET;
""".format(a=a, s=s, r=d.pick(REGIONS), b=d.pick(BUCKETS), b2=d.pick(BUCKETS), a2=a2, s2=s2,
           a3=d.akid(), s3=d.awssec())


@carrier("sql/athena-jdbc.properties", 1)
def athena(d):
    a = d.akid()
    s = d.awssec(cat="aws-secret-key|password")
    return """# DBeaver / JDBC connection for Athena
url=jdbc:awsathena://AwsRegion={r};S3OutputLocation=s3://{b}/athena-results/
User={a}
Password={s}
Workgroup=analysts
""".format(r=d.pick(REGIONS), b=d.pick(BUCKETS), a=a, s=s)


@carrier("sql/databricks-notebook.py", 1)
def databricks(d):
    a, s = pair(d)
    return """# Databricks notebook source
# MAGIC %md ## Mount the raw bucket

# COMMAND ----------
ACCESS_KEY = "{a}"
SECRET_KEY = "{s}"
ENCODED_SECRET_KEY = SECRET_KEY.replace("/", "%2F")
dbutils.fs.mount(f"s3a://{{ACCESS_KEY}}:{{ENCODED_SECRET_KEY}}@{b}", "/mnt/raw")

# COMMAND ----------
display(dbutils.fs.ls("/mnt/raw"))
""".format(a=a, s=s, b=d.pick(BUCKETS))


# ---------------------------------------------------------------- IaC ---
@carrier("iac/provider-{i}.tf", 1)
def tf(d):
    a, s = pair(d)
    return """terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }}
  }}
}}

provider "aws" {{
  region     = "{r}"
  access_key = "{a}"
  secret_key = "{s}"
}}

resource "aws_s3_bucket" "logs" {{
  bucket = "{b}"
}}
""".format(r=d.pick(REGIONS), a=a, s=s, b=d.pick(BUCKETS))


@carrier("iac/terraform.tfstate", 1)
def tfstate(d):
    a, s = pair(d)
    smtp = d.pw(style="gen", cat="password")
    return jdump({"version": 4, "terraform_version": "1.7.5", "serial": 41, "lineage": d.lk_uuid(), "outputs": {},
                  "resources": [{"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                                 "instances": [{"schema_version": 0, "attributes": {
                                     "create_date": "2025-01-14T09:12:41Z", "encrypted_secret": None, "encrypted_ses_smtp_password_v4": None,
                                     "id": a, "key_fingerprint": None, "pgp_key": None, "secret": s,
                                     "ses_smtp_password_v4": smtp, "status": "Active", "user": "ci-deployer"},
                                     "sensitive_attributes": []}]}]})


@carrier("iac/packer-ami.pkr.hcl", 1)
def packer(d):
    a, s = pair(d)
    return """source "amazon-ebs" "base" {{
  access_key    = "{a}"
  secret_key    = "{s}"
  region        = "{r}"
  instance_type = "t3.small"
  source_ami_filter {{
    filters = {{
      name = "debian-12-amd64-*"
    }}
    owners      = ["136693071363"]
    most_recent = true
  }}
  ssh_username = "admin"
  ami_name     = "base-{{{{timestamp}}}}"
}}

build {{
  sources = ["source.amazon-ebs.base"]
}}
""".format(a=a, s=s, r=d.pick(REGIONS))


@carrier("iac/cdk-deploy-output.txt", 1)
def cdk(d):
    a, s = pair(d)
    return """$ npx cdk deploy ReportingUserStack

✨  Synthesis time: 6.12s

ReportingUserStack: deploying... [1/1]
ReportingUserStack: creating CloudFormation changeset...

 ✅  ReportingUserStack

✨  Deployment time: 41.77s

Outputs:
ReportingUserStack.AccessKeyId = {a}
ReportingUserStack.SecretAccessKey = {s}
Stack ARN:
arn:aws:cloudformation:{r}:{acct}:stack/ReportingUserStack/{u}

✨  Total time: 47.89s
""".format(a=a, s=s, r=d.pick(REGIONS), acct=acct(d), u=d.lk_uuid())


@carrier("iac/describe-stacks.json", 1)
def cfn(d):
    a, s = pair(d)
    return jdump({"Stacks": [{"StackId": "arn:aws:cloudformation:eu-north-1:%s:stack/legacy-sftp/%s" % (acct(d), d.lk_uuid()),
                              "StackName": "legacy-sftp", "Parameters": [{"ParameterKey": "Env", "ParameterValue": "prod"}],
                              "StackStatus": "UPDATE_COMPLETE",
                              "Outputs": [{"OutputKey": "TransferUserAccessKey", "OutputValue": a},
                                          {"OutputKey": "TransferUserSecretKey", "OutputValue": s, "Description": "secret for the partner"},
                                          {"OutputKey": "BucketName", "OutputValue": d.pick(BUCKETS)}]}]})



# ---------------------------------------------------------------- CI / k8s ---
@carrier("ci/jenkins-casc.yaml", 1)
def jcasc(d):
    a, s = pair(d)
    a2, s2 = pair(d)
    return """credentials:
  system:
    domainCredentials:
      - credentials:
          - aws:
              scope: GLOBAL
              id: "aws-deploy-prod"
              description: "deploy user (prod)"
              accessKey: "{a}"
              secretKey: "{s}"
          - aws:
              scope: GLOBAL
              id: "aws-artifacts"
              accessKey: "{a2}"
              secretKey: "{s2}"
          - string:
              scope: GLOBAL
              id: "sonar-token"
              secret: "${{SONAR_TOKEN}}"
""".format(a=a, s=s, a2=a2, s2=s2)


@carrier("ci/jenkins-credentials.xml", 1)
def jenkins_xml(d):
    a = d.akid()
    return """<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl plugin="aws-credentials@231.v08a_59f17d742">
          <scope>GLOBAL</scope>
          <id>aws-backup</id>
          <description>backup user</description>
          <accessKey>{a}</accessKey>
          <secretKey>{{{enc}}}</secretKey>
          <iamRoleArn></iamRoleArn>
          <iamMfaSerialNumber></iamMfaSerialNumber>
        </com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""".format(a=a, enc=d.lk("AQAAABAAAAAw" + d.b64(48, pad=True)))


@carrier("ci/github-workflow-{i}.yml", 1)
def gha(d):
    a, s = pair(d)
    return """name: deploy-static
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: {a}
          aws-secret-access-key: {s}
          aws-region: {r}
      - run: aws s3 sync ./dist s3://{b} --delete
      - name: notify
        env:
          SLACK_WEBHOOK: ${{{{ secrets.SLACK_WEBHOOK }}}}
        run: ./scripts/notify.sh
""".format(a=a, s=s, r=d.pick(REGIONS), b=d.pick(BUCKETS))


@carrier("ci/gitlab-job-trace.log", 1)
def gl_trace(d):
    a, s = pair(d)
    return """Running with gitlab-runner 16.9.1 (782c6ecb)
  on docker-runner-3 xS1vQ2bP, system ID: s_{sid}
Preparing the "docker" executor
Using Docker executor with image amazon/aws-cli:2.15.30 ...
$ export AWS_ACCESS_KEY_ID={a}
$ export AWS_SECRET_ACCESS_KEY={s}
$ aws s3 cp build.tar.gz s3://{b}/releases/$CI_COMMIT_SHA/
upload: ./build.tar.gz to s3://{b}/releases/{sha}/build.tar.gz
Cleaning up project directory and file based variables
Job succeeded
""".format(sid=d.lk(d.hx(12)), a=a, s=s, b=d.pick(BUCKETS), sha=d.lk_sha1())


@carrier("k8s/secret-aws-{i}.yaml", 2)
def k8s_secret(d):
    if d.i == 1:
        a, s = d.akid(cat=""), d.awssec(cat="")
        ba = d.lab("aws-access-key-id", b64s(a))
        bs = d.lab("aws-secret-key|generic-secret", b64s(s))
        return """apiVersion: v1
kind: Secret
metadata:
  name: s3-backup
  namespace: velero
  uid: {u}
  resourceVersion: "{rv}"
type: Opaque
data:
  AWS_ACCESS_KEY_ID: {ba}
  AWS_SECRET_ACCESS_KEY: {bs}
  BUCKET: {bb}
""".format(u=d.lk_uuid(), rv=d.r.randint(100000, 9999999), ba=ba, bs=bs, bb=d.lk(b64s(d.pick(BUCKETS))))
    a, s = pair(d)
    return """apiVersion: v1
kind: Secret
metadata:
  name: loki-s3
  namespace: monitoring
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: {a}
  AWS_SECRET_ACCESS_KEY: "{s}"
  AWS_REGION: {r}
""".format(a=a, s=s, r=d.pick(REGIONS))


@carrier("k8s/external-secret.yaml", 1)
def ext_secret(d):
    return """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: s3-creds
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: s3-creds
  data:
    - secretKey: AWS_ACCESS_KEY_ID
      remoteRef:
        key: prod/s3/uploader
        property: access_key_id
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef:
        key: prod/s3/uploader
        property: secret_access_key
# rotation check: last key id {m}, fingerprint {fp}
""".format(m=masked(d), fp=d.lk_sha256())


# ---------------------------------------------------------------- logs ---
@carrier("logs/app-config-dump-{i}.log", 1)
def cfg_dump(d):
    a, s = pair(d)
    ts = d.ts("%Y-%m-%d %H:%M:%S,%f")[:23]
    return """{ts} INFO  [main] exporter.settings: Loaded config: {{'bucket': '{b}', 'region': '{r}', 'aws_access_key_id': '{a}', 'aws_secret_access_key': '{s}', 'batch_size': 500}}
{ts} INFO  [main] exporter.settings: AWS SDK credentials: AwsBasicCredentials(accessKeyId={a}, secretAccessKey=*** Sensitive Data Redacted ***)
{ts} INFO  [main] exporter.run: starting with commit {sha}
""".format(ts=ts, b=d.pick(BUCKETS), r=d.pick(REGIONS), a=a, s=s, sha=d.lk_sha1())


@carrier("logs/lombok-tostring.log", 1)
def lombok(d):
    a, s = pair(d)
    return """2025-03-05T08:01:44.219+01:00  INFO 1 --- [           main] s.n.storage.StorageAutoConfiguration     : Storage properties: StorageProperties(bucket={b}, region={r}, accessKey={a}, secretKey={s}, pathStyle=false)
2025-03-05T08:01:44.512+01:00  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'
""".format(b=d.pick(BUCKETS), r=d.pick(REGIONS), a=a, s=s)


@carrier("logs/airflow-task.log", 1)
def airflow(d):
    a, s = pair(d)
    extra = jesc(json.dumps({"aws_access_key_id": a, "aws_secret_access_key": s, "region_name": d.pick(REGIONS)}))
    return """[2025-03-05, 02:00:14 UTC] {{taskinstance.py:2198}} INFO - Starting attempt 1 of 3
[2025-03-05, 02:00:14 UTC] {{base.py:84}} INFO - Using connection ID 'aws_raw' for task execution.
[2025-03-05, 02:00:14 UTC] {{debug_conn.py:12}} INFO - conn extra: "{extra}"
[2025-03-05, 02:00:19 UTC] {{taskinstance.py:1138}} INFO - Marking task as SUCCESS. dag_id=raw_sync, task_id=copy, run_id=scheduled__2025-03-04T02:00:00+00:00
""".format(extra=extra)


@carrier("logs/presigned-access.log", 1)
def presign(d):
    out = []
    for k in range(3):
        a = d.akid()
        sig = d.lk_sha256()
        out.append('%s - - [05/Mar/2025:10:1%d:22 +0000] "GET /%s/exports/report-%d.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20250305%%2F%s%%2Fs3%%2Faws4_request&X-Amz-Date=20250305T101022Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1" 200 48211 "-" "Mozilla/5.0"' % (
            d.ip(), k, d.pick(BUCKETS), k, a, d.pick(REGIONS), sig))
    return "\n".join(out)


# ---------------------------------------------------------------- sheets / chat ---
@carrier("sheets/access-keys-{i}.csv", 2)
def keys_csv(d):
    if d.i == 1:
        a, s = pair(d)
        return "Access key ID,Secret access key\n%s,%s\n" % (a, s)
    rows = ["service,owner,access_key_id,secret_access_key,created,notes"]
    for k in range(10):
        a, s = pair(d)
        rows.append("%s,%s,%s,%s,2024-%02d-%02d,%s" % (d.pick(["backup", "ci", "reporting", "sftp-bridge", "exporter", "cdn-purge"]),
                                                     d.pick(["ops", "data", "platform", "finance"]), a, s, d.r.randint(1, 12), d.r.randint(1, 28),
                                                     d.pick(["rotate Q2", "", "legacy", "do not delete"])))
    rows.append("old-deployer,ops,%s,<deleted>,2022-01-10,revoked" % masked(d))
    return "\n".join(rows) + "\n"


@carrier("sheets/cloud-inventory.tsv", 1)
def inv_tsv(d):
    rows = ["Account\tAlias\tIAM user\tKey ID\tSecret\tLast used"]
    for k in range(9):
        a, s = pair(d)
        rows.append("%s\t%s\t%s\t%s\t%s\t2025-0%d-1%d" % (acct(d), d.pick(TENANTS), d.pick(["svc-backup", "svc-etl", "svc-sftp"]), a, s, d.r.randint(1, 3), k))
    return "\n".join(rows) + "\n"


@carrier("chat/aws-keys-handover-{i}.txt", 1)
def chat(d):
    a, s = pair(d)
    who = d.pick(["Elin", "Gustav", "Chloe", "Mateo"])
    return """[10:02] {w}: kan du skicka nycklarna till staging-bucketen?
[10:05] Per: Access key: {a}
[10:05] Per: Secret: {s}
[10:06] Per: region {r}. radera meddelandet när du sparat dem
[10:07] {w}: tack! (AKIA... i docs-exemplet {da} funkade såklart inte 😅)
""".format(w=who, a=a, s=s, r=d.pick(REGIONS), da=doc_pair(d)[0])


@carrier("chat/support-ticket-aws.eml", 1)
def ticket(d):
    a, s = pair(d)
    f, l = d.name("int")
    return """From: {f} {l} <{em}>
To: {sup}
Subject: Backups stopped after key rotation
Date: Thu, 06 Mar 2025 07:41:12 +0000
Content-Type: text/plain; charset=utf-8

Hello,

since the rotation the backup agent logs AccessDenied. This is what is in
/etc/backup-agent/agent.conf now:

  aws_access_key_id     = {a}
  aws_secret_access_key = {s}
  bucket                = {b}

The request id from the error is {rid}.

Thanks,
{f}
""".format(f=f, l=l, em=d.email(f, l), sup=d.mail("support"), a=a, s=s, b=d.pick(BUCKETS), rid=d.lk(d.s(16, "0123456789ABCDEF")))


# ---------------------------------------------------------------- more AWS carriers ---
@carrier("dotfiles/aws-credentials-{i}.ini", 2)
def aws_credentials(d):
    out = []
    for prof in ["default", "prod-admin", "billing-ro", "backup"][: 3 + d.i - 1]:
        a, s = pair(d)
        out.append("[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (prof, a, s))
    a, s, t = sess(d)
    out.append("[sso-temp]\naws_access_key_id=%s\naws_secret_access_key=%s\naws_session_token=%s\n" % (a, s, t))
    out.append("[docs-example]\n# copied from the AWS docs, never worked\naws_access_key_id = %s\naws_secret_access_key = %s\n" % doc_pair(d))
    return "\n".join(out)


@carrier("dotfiles/rootkey.csv", 1)
def rootkey(d):
    a, s = pair(d)
    return "AWSAccessKeyId=%s\r\nAWSSecretKey=%s\r\n" % (a, s)


@carrier("wiki/aws-service-users.md", 1)
def wiki_table(d):
    rows = ["# Service users (prod account)", "", "| user | purpose | access key id | secret | rotated |", "|---|---|---|---|---|"]
    for k in range(7):
        a, s = pair(d)
        rows.append("| svc-%s | %s | `%s` | `%s` | 2025-0%d-%02d |" % (d.pick(["backup", "etl", "cdn", "sftp", "mail"]) + str(k), d.pick(["nightly backup", "ETL", "CDN purge", "SFTP bridge", "SES"]),
                                                                      a, s, d.r.randint(1, 3), d.r.randint(1, 28)))
    rows.append("| svc-legacy | old uploader | `%s` | *deleted* | 2023-11-02 |" % masked(d))
    return "\n".join(rows) + "\n"


@carrier("config/kafka-connect-s3-sink.json", 1)
def kconnect(d):
    a, s = pair(d)
    return jdump({"name": "orders-s3-sink", "config": {"connector.class": "io.confluent.connect.s3.S3SinkConnector", "tasks.max": "2",
                                                       "topics": "orders.v1", "s3.region": d.pick(REGIONS), "s3.bucket.name": d.pick(BUCKETS),
                                                       "aws.access.key.id": a, "aws.secret.access.key": s,
                                                       "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat",
                                                       "flush.size": "10000"}})


@carrier("config/spark-defaults.conf", 1)
def spark(d):
    a, s = pair(d)
    return """spark.master                        yarn
spark.hadoop.fs.s3a.impl            org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key      {a}
spark.hadoop.fs.s3a.secret.key      {s}
spark.eventLog.enabled              true
spark.eventLog.dir                  s3a://{b}/spark-events
""".format(a=a, s=s, b=d.pick(BUCKETS))


@carrier("config/ansible-aws-vars.yml", 1)
def ansible_aws(d):
    a, s = pair(d)
    return """---
aws_region: {r}
aws_access_key: "{a}"
aws_secret_key: "{s}"
ec2_instances:
  - name: app01
    type: t3.medium
""".format(r=d.pick(REGIONS), a=a, s=s)


@carrier("config/logstash-s3.conf", 1)
def logstash_s3(d):
    a, s = pair(d)
    return """input {{
  s3 {{
    bucket => "{b}"
    region => "{r}"
    access_key_id => "{a}"
    secret_access_key => "{s}"
    prefix => "alb/"
  }}
}}
""".format(b=d.pick(BUCKETS), r=d.pick(REGIONS), a=a, s=s)


@carrier("config/postman-aws-env.json", 1)
def postman_aws(d):
    a, s = pair(d)
    return jdump({"info": {"name": "S3 admin", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "auth": {"type": "awsv4", "awsv4": [{"key": "secretKey", "value": s, "type": "string"},
                                                      {"key": "accessKey", "value": a, "type": "string"},
                                                      {"key": "region", "value": d.pick(REGIONS), "type": "string"},
                                                      {"key": "service", "value": "s3", "type": "string"}]},
                  "item": [{"name": "ListBuckets", "request": {"method": "GET", "url": "https://s3.amazonaws.com/"}}]})


@carrier("config/external-dns-values.yaml", 1)
def extdns(d):
    a, s = pair(d)
    a2 = d.akid()
    return """provider: aws
aws:
  region: {r}
  zoneType: public
  credentials:
    accessKey: {a}
    secretKey: {s}
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-dns
spec:
  acme:
    solvers:
      - dns01:
          route53:
            region: {r}
            accessKeyID: {a2}
            secretAccessKeySecretRef:
              name: route53-credentials
              key: secret-access-key
""".format(r=d.pick(REGIONS), a=a, s=s, a2=a2)


@carrier("config/app-storage-{i}.txt", 3)
def app_storage(d):
    a, s = pair(d)
    v = d.i
    if v == 1:
        return "# Laravel .env\nFILESYSTEM_DISK=s3\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_DEFAULT_REGION=%s\nAWS_BUCKET=%s\nAWS_USE_PATH_STYLE_ENDPOINT=false\n" % (a, s, d.pick(REGIONS), d.pick(BUCKETS))
    if v == 2:
        return "# Django settings (django-storages)\nDEFAULT_FILE_STORAGE = \"storages.backends.s3boto3.S3Boto3Storage\"\nAWS_ACCESS_KEY_ID = \"%s\"\nAWS_SECRET_ACCESS_KEY = \"%s\"\nAWS_STORAGE_BUCKET_NAME = \"%s\"\nAWS_S3_SIGNATURE_VERSION = \"s3v4\"\n" % (a, s, d.pick(BUCKETS))
    return "<?php\n// wp-config.php (WP Offload Media)\ndefine( 'AS3CF_SETTINGS', serialize( array(\n    'provider' => 'aws',\n    'access-key-id' => '%s',\n    'secret-access-key' => '%s',\n) ) );\n" % (a, s)


@carrier("cli/jvm-start.sh", 1)
def jvm(d):
    a, s = pair(d)
    return """#!/bin/sh
exec java -Xms512m -Xmx2g \\
  -Daws.accessKeyId={a} \\
  -Daws.secretKey={s} \\
  -Daws.region={r} \\
  -Dspring.profiles.active=prod \\
  -jar /opt/uploader/uploader.jar
""".format(a=a, s=s, r=d.pick(REGIONS))


@carrier("cli/notebook-frozen-credentials.txt", 1)
def frozen(d):
    a, s = pair(d)
    return """In [7]: session = boto3.Session(profile_name="analytics")
In [8]: session.get_credentials().get_frozen_credentials()
Out[8]: ReadOnlyCredentials(access_key='{a}', secret_key='{s}', token=None)
In [9]: session.client("sts").get_caller_identity()["Arn"]
Out[9]: 'arn:aws:iam::{acct}:user/analytics'
""".format(a=a, s=s, acct=acct(d))


@carrier("cli/iam-sts-output.txt", 1)
def iam_sts(d):
    a, s = pair(d)
    a2, s2, t2 = sess(d)
    return """$ aws iam create-access-key --user-name svc-reports
{{
    "AccessKey": {{
        "UserName": "svc-reports",
        "AccessKeyId": "{a}",
        "Status": "Active",
        "SecretAccessKey": "{s}",
        "CreateDate": "2025-03-05T08:12:44+00:00"
    }}
}}
$ aws sts assume-role --role-arn arn:aws:iam::{acct}:role/deploy --role-session-name ci-4411
{{
    "Credentials": {{
        "AccessKeyId": "{a2}",
        "SecretAccessKey": "{s2}",
        "SessionToken": "{t2}",
        "Expiration": "2025-03-05T09:12:51+00:00"
    }},
    "AssumedRoleUser": {{
        "AssumedRoleId": "{aro}:ci-4411",
        "Arn": "arn:aws:sts::{acct}:assumed-role/deploy/ci-4411"
    }}
}}
""".format(a=a, s=s, a2=a2, s2=s2, t2=t2, acct=acct(d), aro=d.lk("AROA" + d.s(17, B32)))


@carrier("ci/ci-printenv-{i}.log", 2)
def ci_printenv(d):
    a, s = pair(d)
    a2, s2 = pair(d)
    sysname = ["CircleCI", "Buildkite"][d.i - 1]
    return """{sysname} job #{n} - step "debug env"
+ printenv | sort
AWS_ACCESS_KEY_ID={a}
AWS_DEFAULT_REGION={r}
AWS_SECRET_ACCESS_KEY={s}
CI=true
S3_UPLOAD_KEY={a2}
S3_UPLOAD_SECRET={s2}
GIT_SHA={sha}
HOME=/home/circleci
""".format(sysname=sysname, n=d.r.randint(1000, 99999), a=a, r=d.pick(REGIONS), s=s, a2=a2, s2=s2, sha=d.lk_sha1())


@carrier("chat/slack-export-aws.json", 1)
def slack_aws(d):
    a, s = pair(d)
    a2, s2 = pair(d)
    msgs = [{"type": "message", "user": "U02QWERTY", "text": "who owns the `%s` key? it shows up in the GuardDuty finding" % a, "ts": "1741170000.000100"},
            {"type": "message", "user": "U03ASDFGH", "text": "mine, sorry. secret was `%s`, I've deactivated it" % s, "ts": "1741170060.000200"},
            {"type": "message", "user": "U03ASDFGH", "text": "new pair for the uploader:\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s" % (a2, s2), "ts": "1741170120.000300"},
            {"type": "message", "user": "U02QWERTY", "text": "please use the parameter store next time :pray:", "ts": "1741170180.000400"}]
    return jdump(msgs)


@carrier("iac/backend-and-tfvars.hcl", 1)
def tf_backend(d):
    a, s = pair(d)
    a2, s2 = pair(d)
    return """# backend.hcl
bucket     = "{b}"
key        = "shop/prod/terraform.tfstate"
region     = "{r}"
access_key = "{a}"
secret_key = "{s}"

# prod.tfvars
aws_access_key = "{a2}"
aws_secret_key = "{s2}"
instance_count = 3
""".format(b=d.pick(BUCKETS), r=d.pick(REGIONS), a=a, s=s, a2=a2, s2=s2)


@carrier("logs/upload-worker.log", 1)
def upload_worker(d):
    out = []
    for k in range(5):
        a, s = pair(d)
        out.append("2025-03-0%d 02:00:1%d,118 ERROR upload.worker S3 upload failed for key=exports/%s.csv: InvalidAccessKeyId (client config: access_key=%s secret_key=%s region=%s)" % (
            k + 1, k, d.lk(d.hx(32)), a, s, d.pick(REGIONS)))
        out.append("2025-03-0%d 02:00:1%d,121 INFO  upload.worker request id %s, host id %s" % (k + 1, k, d.lk(d.s(16, "0123456789ABCDEF")), d.lk(d.b64(56))))
    return "\n".join(out)
