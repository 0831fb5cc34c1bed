"""AWS access key ids and secret access keys wherever AWS credentials show up."""
from gen_common import *

def acct():
    return str(R.randint(10**11, 10**12 - 1))

def pair(d, temp=False):
    return d.akid(temp), d.asec()

@tpl(3)
def aws_credentials_file(i):
    d = Doc(f'aws/dotaws/{["ci-runner", "laptop-jdoe", "bastion"][i - 1]}.credentials')
    blocks = []
    for prof in R.sample(['default', 'prod', 'staging', 'billing-ro', 'terraform', 'backup', 'sandbox', 'ses-smtp', 'route53', 'athena', 'glacier'], R.randint(5, 7)):
        k, s = pair(d)
        sp = pick([' = ', '=', ' ='])
        blocks.append(f'[{prof}]\naws_access_key_id{sp}{k}\naws_secret_access_key{sp}{s}' + (f'\nregion{sp}{pick(REGIONS)}' if chance(0.3) else ''))
    k, s = pair(d, temp=True)
    blocks.append(f'[sso-session-cache]\naws_access_key_id = {k}\naws_secret_access_key = {s}\naws_session_token = {d.L("generic-secret", aws_session_token())}\n# expires {iso()}')
    blocks.append('[docs]\n# copied from the AWS CLI user guide\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
    blocks.append(f'[vault]\ncredential_process = /usr/local/bin/aws-vault export --format=json {pick(WORDS)}')
    R.shuffle(blocks)
    return d, '\n\n'.join(blocks) + '\n'

@tpl(1)
def aws_config_file(i):
    d = Doc('aws/dotaws/laptop-jdoe.config')
    k, s = pair(d)
    return d, f'''[default]
region = {pick(REGIONS)}
output = json

[profile prod-admin]
role_arn = arn:aws:iam::{acct()}:role/OrganizationAccountAccessRole
source_profile = default
mfa_serial = arn:aws:iam::{acct()}:mfa/jdoe
role_session_name = jdoe-{rs(6, LO + DG)}

[profile legacy]
# static keys still needed by the old deploy scripts (SEC-{R.randint(100, 999)})
aws_access_key_id = {k}
aws_secret_access_key = {s}
region = {pick(REGIONS)}

[sso-session corp]
sso_start_url = https://{rs(10, LO)}.awsapps.com/start
sso_region = {pick(REGIONS)}
'''

@tpl(1)
def aws_env_exports(i):
    d = Doc(f'aws/env/{["deploy.env", "export-creds.sh"][i - 1]}')
    k, s = pair(d)
    k2, s2 = pair(d, temp=True)
    pre = 'export ' if i == 2 else ''
    return d, f'''{'#!/bin/sh' + chr(10) if i == 2 else ''}# pasted from `aws configure export-credentials --format env`
{pre}AWS_ACCESS_KEY_ID={k}
{pre}AWS_SECRET_ACCESS_KEY={s}
{pre}AWS_DEFAULT_REGION={pick(REGIONS)}
# temporary creds from assume-role (1h)
{pre}AWS_ACCESS_KEY_ID_ASSUMED="{k2}"
{pre}AWS_SECRET_ACCESS_KEY_ASSUMED="{s2}"
{pre}AWS_SESSION_TOKEN_ASSUMED="{d.L('generic-secret', aws_session_token())}"
{pre}AWS_ROLE_ARN=arn:aws:iam::{acct()}:role/deploy
{pre}AWS_PROFILE=
{pre}S3_BUCKET=artifacts-{rs(8, LO + DG)}
'''

@tpl(8)
def aws_sdk_code(i):
    lang = ['python', 'node', 'java', 'go', 'csharp', 'ruby', 'php', 'rust'][i - 1]
    ext = {'python': 'py', 'node': 'js', 'java': 'java', 'go': 'go', 'csharp': 'cs', 'ruby': 'rb', 'php': 'php', 'rust': 'rs'}[lang]
    d = Doc(f'code/{lang}/aws_{pick(["uploader", "s3_sync", "sqs_worker", "report_export"])}.{ext}')
    k, s = pair(d)
    reg = pick(REGIONS)
    bucket = f'{pick(WORDS)}-{rs(6, LO + DG)}'
    ex = 'AKIAIOSFODNN7EXAMPLE'
    if lang == 'python':
        body = f'''import boto3
from botocore.config import Config

# NOTE: hardcoded for the migration window only - remove after cut-over
session = boto3.session.Session(
    aws_access_key_id="{k}",
    aws_secret_access_key="{s}",
    region_name="{reg}",
)
s3 = session.client("s3", config=Config(retries={{"max_attempts": 5}}))

# docs example, never valid:
# boto3.client("s3", aws_access_key_id="{ex}", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
ROLE = "arn:aws:iam::{acct()}:role/{aws_other_id('AROA')}"

def upload(path, key):
    s3.upload_file(path, "{bucket}", key, ExtraArgs={{"ServerSideEncryption": "aws:kms"}})
'''
    elif lang == 'node':
        body = f'''const {{ S3Client, PutObjectCommand }} = require('@aws-sdk/client-s3');

const s3 = new S3Client({{
  region: '{reg}',
  credentials: {{
    accessKeyId: '{k}',
    secretAccessKey: '{s}',
  }},
}});

// const AWS = require('aws-sdk'); AWS.config.update({{ accessKeyId: process.env.AWS_ACCESS_KEY_ID }});
module.exports.put = (Key, Body) => s3.send(new PutObjectCommand({{ Bucket: '{bucket}', Key, Body }}));
'''
    elif lang == 'java':
        body = f'''package com.{pick(WORDS)}.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

public class QueueFactory {{
    private static final AwsBasicCredentials CREDS =
            AwsBasicCredentials.create("{k}", "{s}");

    public static SqsClient create() {{
        return SqsClient.builder()
                .region(Region.of("{reg}"))
                .credentialsProvider(StaticCredentialsProvider.create(CREDS))
                .build();
    }}
    // Javadoc sample: new BasicAWSCredentials("{ex}", "...")
}}
'''
    elif lang == 'go':
        body = f'''package export

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

func loadCfg(ctx context.Context) (aws.Config, error) {{
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("{reg}"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"{k}",
			"{s}",
			"",
		)),
	)
}}
'''
    elif lang == 'csharp':
        body = f'''using Amazon;
using Amazon.Runtime;
using Amazon.S3;

public static class S3Factory
{{
    // TODO(INFRA-{R.randint(100, 999)}): switch to instance profile
    private static readonly BasicAWSCredentials Credentials =
        new BasicAWSCredentials("{k}", "{s}");

    public static IAmazonS3 Create() =>
        new AmazonS3Client(Credentials, RegionEndpoint.GetBySystemName("{reg}"));
}}
'''
    elif lang == 'ruby':
        body = f'''require "aws-sdk-s3"

Aws.config.update(
  region: "{reg}",
  credentials: Aws::Credentials.new("{k}", "{s}")
)

S3 = Aws::S3::Client.new
def upload(key, io) = S3.put_object(bucket: "{bucket}", key: key, body: io)
'''
    elif lang == 'php':
        body = f'''<?php
require 'vendor/autoload.php';

use Aws\\S3\\S3Client;

$s3 = new S3Client([
    'version' => 'latest',
    'region'  => '{reg}',
    'credentials' => [
        'key'    => '{k}',
        'secret' => '{s}',
    ],
]);
// 'key' => 'AKIAIOSFODNN7EXAMPLE' in the SDK guide
'''
    else:
        body = f'''use aws_credential_types::Credentials;
use aws_sdk_s3::config::{{Region, Builder}};

pub fn client() -> aws_sdk_s3::Client {{
    let creds = Credentials::new(
        "{k}",
        "{s}",
        None,
        None,
        "hardcoded",
    );
    let conf = Builder::new().region(Region::new("{reg}")).credentials_provider(creds).build();
    aws_sdk_s3::Client::from_conf(conf)
}}
'''
    return d, body

@tpl(3)
def aws_cli_output(i):
    d = Doc(f'aws/cli/{["create-access-key", "get-session-token", "assume-role"][i - 1]}.txt')
    if i == 1:
        k, s = pair(d)
        u = pick(WORDS) + '-ci'
        return d, f'''$ aws iam create-access-key --user-name {u}
{{
    "AccessKey": {{
        "UserName": "{u}",
        "AccessKeyId": "{k}",
        "Status": "Active",
        "SecretAccessKey": "{s}",
        "CreateDate": "{iso()}"
    }}
}}
$ aws iam list-access-keys --user-name {u}
{{
    "AccessKeyMetadata": [
        {{
            "UserName": "{u}",
            "AccessKeyId": "{d.again(k)}",
            "Status": "Active",
            "CreateDate": "{iso()}"
        }}
    ]
}}
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************{k[-4:]} shared-credentials-file
secret_key     ****************{s[-4:]} shared-credentials-file
    region                {pick(REGIONS)}      config-file    ~/.aws/config
'''
    if i == 2:
        k, s = pair(d, temp=True)
        return d, f'''$ aws sts get-session-token --serial-number arn:aws:iam::{acct()}:mfa/ops --token-code {R.randint(100000, 999999)}
{{
    "Credentials": {{
        "AccessKeyId": "{k}",
        "SecretAccessKey": "{s}",
        "SessionToken": "{d.L('generic-secret', aws_session_token())}",
        "Expiration": "{iso()}"
    }}
}}
$ aws sts get-caller-identity
{{
    "UserId": "{aws_other_id('AIDA')}",
    "Account": "{acct()}",
    "Arn": "arn:aws:iam::{acct()}:user/ops"
}}
'''
    k, s = pair(d, temp=True)
    return d, f'''$ aws sts assume-role --role-arn arn:aws:iam::{acct()}:role/deploy --role-session-name gha-{R.randint(1000, 9999)}
{{
    "Credentials": {{
        "AccessKeyId": "{k}",
        "SecretAccessKey": "{s}",
        "SessionToken": "{d.L('generic-secret', aws_session_token())}",
        "Expiration": "{iso()}"
    }},
    "AssumedRoleUser": {{
        "AssumedRoleId": "{aws_other_id('AROA')}:gha-{R.randint(1000, 9999)}",
        "Arn": "arn:aws:sts::{acct()}:assumed-role/deploy/gha"
    }}
}}
$ aws configure
AWS Access Key ID [****************{rs(4, B32)}]: {d.akid()}
AWS Secret Access Key [****************{rs(4, AN)}]: {d.asec()}
Default region name [{pick(REGIONS)}]:
Default output format [json]:
'''

@tpl(1)
def cloudformation(i):
    d = Doc('iac/cloudformation/legacy-exporter.yaml')
    k, s = pair(d)
    return d, f'''AWSTemplateFormatVersion: "2010-09-09"
Description: Legacy report exporter (Lambda)
Parameters:
  ExportAccessKeyId:
    Type: String
    Default: {k}
  ExportSecretAccessKey:
    Type: String
    NoEcho: true
    Default: {s}
  DbPassword:
    Type: String
    NoEcho: true
Resources:
  ExporterFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt ExporterRole.Arn
      Environment:
        Variables:
          PARTNER_BUCKET: partner-drop-{rs(6, LO + DG)}
          PARTNER_ACCESS_KEY_ID: !Ref ExportAccessKeyId
          PARTNER_SECRET_ACCESS_KEY: !Ref ExportSecretAccessKey
          DB_PASSWORD: "{{{{resolve:secretsmanager:prod/exporter:SecretString:password}}}}"
          API_TOKEN: {d.sec()}
  ServiceUserKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref ServiceUser
Outputs:
  AccessKeyId:
    Value: !Ref ServiceUserKey
'''

@tpl(1)
def cdk_ts(i):
    d = Doc('iac/cdk/lib/pipeline-stack.ts')
    k, s = pair(d)
    return d, f'''import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import {{ Construct }} from 'constructs';

export class PipelineStack extends cdk.Stack {{
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {{
    super(scope, id, props);

    new lambda.Function(this, 'Mirror', {{
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/mirror'),
      environment: {{
        // cross-account mirror; the partner cannot issue a role yet
        MIRROR_AWS_ACCESS_KEY_ID: '{k}',
        MIRROR_AWS_SECRET_ACCESS_KEY: '{s}',
        MIRROR_BUCKET: 'partner-mirror-{rs(6, LO + DG)}',
        SLACK_WEBHOOK_URL: '{d.L('slack-webhook', slack_webhook())}',
      }},
    }});
  }}
}}
'''

@tpl(2)
def terraform_aws(i):
    if i == 1:
        d = Doc('iac/terraform/legacy-account/provider.tf')
        k, s = pair(d)
        return d, f'''provider "aws" {{
  region     = "{pick(REGIONS)}"
  access_key = "{k}"
  secret_key = "{s}"
}}

provider "aws" {{
  alias  = "dr"
  region = "{pick(REGIONS)}"
  # access_key = "AKIAIOSFODNN7EXAMPLE"
  profile = "dr"
}}
'''
    d = Doc('iac/terraform/iam-users/terraform.tfstate')
    users = []
    for n in range(R.randint(3, 5)):
        k, s = pair(d)
        name = pick(WORDS) + '-' + pick(['ci', 'backup', 'smtp', 'sync'])
        users.append({'mode': 'managed', 'type': 'aws_iam_access_key', 'name': name.replace('-', '_'), 'provider': 'provider["registry.terraform.io/hashicorp/aws"]',
                      'instances': [{'schema_version': 0, 'attributes': {'create_date': iso(), 'encrypted_secret': None, 'id': k,
                                                                         'key_fingerprint': None, 'pgp_key': None, 'secret': s,
                                                                         'ses_smtp_password_v4': d.L('password', 'B' + b64(32)[1:]), 'status': 'Active', 'user': name},
                                     'sensitive_attributes': [], 'private': lk('base64-blob', b64(60))}]})
    users.append({'mode': 'managed', 'type': 'aws_iam_user', 'name': 'ci', 'instances': [{'attributes': {'arn': f'arn:aws:iam::{acct()}:user/ci', 'unique_id': aws_other_id('AIDA'), 'name': 'ci'}}]})
    return d, json.dumps({'version': 4, 'terraform_version': '1.7.4', 'serial': R.randint(10, 300), 'lineage': a_uuid(), 'outputs': {}, 'resources': users}, indent=2) + '\n'

@tpl(1)
def serverless_yml(i):
    d = Doc('iac/serverless/serverless.yml')
    k, s = pair(d)
    return d, f'''service: thumbnailer
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: {pick(REGIONS)}
  environment:
    SOURCE_BUCKET: uploads-{rs(6, LO + DG)}
    CDN_AWS_ACCESS_KEY_ID: {k}
    CDN_AWS_SECRET_ACCESS_KEY: {s}
    IMGIX_TOKEN: {d.sec('hex32')}
    STAGE: ${{sls:stage}}

functions:
  resize:
    handler: handler.resize
    events:
      - s3:
          bucket: uploads
          event: s3:ObjectCreated:*
'''

@tpl(2)
def ci_aws(i):
    if i == 1:
        d = Doc('ci/github/workflows/deploy-static.yml')
        k, s = pair(d)
        return d, f'''name: deploy-static
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
          aws-access-key-id: {k}
          aws-secret-access-key: {s}
          aws-region: {pick(REGIONS)}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{{{ secrets.AWS_ACCESS_KEY_ID }}}}
          aws-secret-access-key: ${{{{ secrets.AWS_SECRET_ACCESS_KEY }}}}
          aws-region: {pick(REGIONS)}
      - run: aws s3 sync ./public s3://www-{rs(6, LO)} --delete
'''
    d = Doc('ci/bitbucket/bitbucket-pipelines.yml')
    k, s = pair(d)
    return d, f'''image: atlassian/default-image:4

pipelines:
  branches:
    main:
      - step:
          name: Deploy to S3
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: '{k}'
                AWS_SECRET_ACCESS_KEY: '{s}'
                AWS_DEFAULT_REGION: '{pick(REGIONS)}'
                S3_BUCKET: 'site-{rs(6, LO)}'
                LOCAL_PATH: 'build'
      - step:
          name: Invalidate
          script:
            - export AWS_ACCESS_KEY_ID=$PROD_KEY_ID AWS_SECRET_ACCESS_KEY=$PROD_SECRET
            - aws cloudfront create-invalidation --distribution-id E{rs(13, UP + DG)} --paths "/*"
'''

@tpl(1)
def s3cmd_cfg(i):
    d = Doc('aws/tools/backup.s3cfg')
    k, s = pair(d)
    return d, f'''[default]
access_key = {k}
secret_key = {s}
access_token =
bucket_location = {pick(REGIONS)}
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_passphrase = {d.pw(avoid=' %')}
use_https = True
signature_v2 = False
'''

@tpl(1)
def rclone_conf(i):
    d = Doc('aws/tools/rclone.conf')
    k, s = pair(d)
    k2, s2 = pair(d)
    return d, f'''[s3-archive]
type = s3
provider = AWS
access_key_id = {k}
secret_access_key = {s}
region = {pick(REGIONS)}
storage_class = GLACIER_IR

[wasabi]
type = s3
provider = Wasabi
access_key_id = {rs(20, UP + DG)}
secret_access_key = {d.L('aws-secret-key|generic-secret', rs(40, AN))}
endpoint = s3.eu-central-1.wasabisys.com

[partner]
type = s3
provider = AWS
env_auth = false
access_key_id = {k2}
secret_access_key = {s2}

[crypt-archive]
type = crypt
remote = s3-archive:vault
password = {d.L('password', rs(40, AN + '-_'))}
'''

@tpl(1)
def s3fs_passwd(i):
    d = Doc('aws/tools/reports.passwd-s3fs')
    k, s = pair(d)
    k2, s2 = pair(d)
    k3, s3 = pair(d)
    return d, f'''{k}:{s}
reports-archive:{k2}:{s2}
media-{rs(5, LO)}:{k3}:{s3}
'''

@tpl(1)
def hadoop_core_site(i):
    d = Doc('aws/hadoop/core-site.xml')
    k, s = pair(d)
    return d, f'''<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://namenode:8020</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{k}</value>
    <description>AWS access key ID.</description>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{s}</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.{pick(REGIONS)}.amazonaws.com</value>
  </property>
  <property>
    <name>fs.s3a.bucket.landing.access.key</name>
    <value>{d.akid()}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.landing.secret.key</name>
    <value>{d.asec()}</value>
  </property>
  <property>
    <name>fs.s3a.security.credential.provider.path</name>
    <value>jceks://hdfs@namenode:8020/user/etl/s3.jceks</value>
  </property>
</configuration>
'''

@tpl(1)
def spark_defaults(i):
    d = Doc('aws/spark/spark-defaults.conf')
    k, s = pair(d)
    return d, f'''spark.master                          k8s://https://k8s.internal:6443
spark.executor.memory                 8g
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key        {k}
spark.hadoop.fs.s3a.secret.key        {s}
spark.hadoop.fs.s3a.fast.upload       true
spark.eventLog.dir                    s3a://spark-logs-{rs(6, LO + DG)}/events
spark.kubernetes.container.image      registry.internal/spark:3.5.1
'''

@tpl(0)
def trino_catalog(i):
    d = Doc('aws/trino/catalog/hive.properties')
    k, s = pair(d)
    return d, f'''connector.name=hive
hive.metastore.uri=thrift://metastore.internal:9083
hive.s3.aws-access-key={k}
hive.s3.aws-secret-key={s}
hive.s3.endpoint=https://s3.{pick(REGIONS)}.amazonaws.com
hive.metastore.username=trino
'''

@tpl(1)
def docker_registry_config(i):
    d = Doc('aws/registry/config.yml')
    k, s = pair(d)
    return d, f'''version: 0.1
log:
  level: info
storage:
  s3:
    accesskey: {k}
    secretkey: {s}
    region: {pick(REGIONS)}
    bucket: registry-{rs(6, LO + DG)}
    encrypt: true
  delete:
    enabled: true
http:
  addr: :5000
  secret: {d.sec('b62')}
auth:
  htpasswd:
    realm: basic-realm
    path: /auth/htpasswd
'''

@tpl(1)
def fluentbit_loki(i):
    d = Doc('aws/logging/fluent-bit.conf')
    k, s = pair(d)
    return d, f'''[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log
    Tag    kube.*

[OUTPUT]
    Name                         s3
    Match                        kube.*
    bucket                       logs-{rs(8, LO + DG)}
    region                       {pick(REGIONS)}
    total_file_size              50M
    # static creds because IRSA is not enabled on this cluster yet
    aws_key_id                   {k}
    aws_sec_key                  {s}

[OUTPUT]
    Name   cloudwatch_logs
    Match  audit.*
    region {pick(REGIONS)}
    log_group_name /k8s/audit
'''

@tpl(0)
def velero_boto(i):
    d = Doc('aws/tools/velero-credentials')
    k, s = pair(d)
    return d, f'''[default]
aws_access_key_id={k}
aws_secret_access_key={s}
'''

@tpl(1)
def airflow_conn_uri(i):
    d = Doc('aws/airflow/connections.env')
    k, s = d.akid(), unique(aws_secret)
    k2 = unique(aws_key_id); s2 = unique(aws_secret)
    return d, f'''AIRFLOW_CONN_AWS_DEFAULT=aws://{k}:{d.L('aws-secret-key', U(s))}@/?region_name={pick(REGIONS)}
AIRFLOW_CONN_S3_PARTNER='{{"conn_type": "aws", "login": "{d.L('aws-access-key-id', k2)}", "password": "{d.L('aws-secret-key|password', s2)}", "extra": {{"region_name": "{pick(REGIONS)}"}}}}'
AIRFLOW_CONN_POSTGRES_DW=postgresql://etl:{d.L('url-credentials|password', password(style='alnum'))}@{dbhost('pg')}:5432/dw
'''.replace(f'aws://{k}:', f'aws://{k}:')

@tpl(3)
def aws_logs_chat(i):
    if i == 1:
        d = Doc('logs/app/botocore-debug.log')
        k = d.akid(temp=True)
        t = ts()
        date = t.strftime('%Y%m%d')
        reg = pick(REGIONS)
        return d, f'''{logts(t)},{R.randint(0, 999):03d} - botocore.credentials - DEBUG - Looking for credentials via: env
{logts(t)},{R.randint(0, 999):03d} - botocore.credentials - INFO - Found credentials in environment variables.
{logts(t)},{R.randint(0, 999):03d} - botocore.auth - DEBUG - CanonicalRequest:
PUT
/reports/{date}/daily.csv

content-md5:{b64(16)}
host:exports-{rs(6, LO)}.s3.{reg}.amazonaws.com
x-amz-content-sha256:UNSIGNED-PAYLOAD
x-amz-date:{date}T{t.strftime('%H%M%S')}Z
x-amz-security-token:{d.L('generic-secret', aws_session_token())}

content-md5;host;x-amz-content-sha256;x-amz-date;x-amz-security-token
UNSIGNED-PAYLOAD
{logts(t)},{R.randint(0, 999):03d} - botocore.auth - DEBUG - Signature:
{lk('sigv4-signature', hexs(64))}
{logts(t)},{R.randint(0, 999):03d} - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, url=https://exports-{rs(6, LO)}.s3.{reg}.amazonaws.com/reports/{date}/daily.csv, headers={{'Authorization': b'AWS4-HMAC-SHA256 Credential={k}/{date}/{reg}/s3/aws4_request, SignedHeaders=content-md5;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature={lk('sigv4-signature', hexs(64))}', 'X-Amz-Date': b'{date}T{t.strftime('%H%M%S')}Z'}}>
{logts(t)},{R.randint(0, 999):03d} - botocore.parsers - DEBUG - Response headers: {{'x-amz-id-2': '{b64(56)}', 'x-amz-request-id': '{rs(16, UP + DG)}', 'ETag': '"{md5()}"'}}
'''
    if i == 2:
        d = Doc('chat/slack/aws-keys-leak.txt')
        a, b = pick(FIRST), pick(FIRST)
        k, s = pair(d)
        return d, f'''#{pick(["devops", "data-platform"])} — {logts(ts(), "%B %d, %Y")}
{a}  10:02  can someone give me access to the exports bucket? aws says AccessDenied
{b}  10:05  use the shared user for now:
{b}  10:05  ```
aws_access_key_id={k}
aws_secret_access_key={s}
```
{a}  10:06  works, thanks!! 🙏
{b}  10:07  (will rotate on friday, don't commit it)
{a}  10:31  the AWS docs example `AKIAIOSFODNN7EXAMPLE` confused me earlier btw, thought that was ours lol
{b}  10:33  also the CloudTrail event shows {aws_other_id('AROA')} as the role id, that's fine
'''
    d = Doc('logs/cloudtrail/event-history.json')
    recs = []
    for n in range(R.randint(8, 11)):
        temp = chance(0.7)
        kid = d.akid(temp=temp)
        ip = d.ip4()
        recs.append({'eventVersion': '1.09', 'userIdentity': {'type': 'AssumedRole' if temp else 'IAMUser',
                     'principalId': aws_other_id('AROA' if temp else 'AIDA') + (':' + pick(WORDS) if temp else ''),
                     'arn': f'arn:aws:sts::{acct()}:assumed-role/deploy/{pick(WORDS)}', 'accountId': acct(), 'accessKeyId': kid},
                     'eventTime': iso().replace('.', '')[:19] + 'Z', 'eventSource': pick(['s3.amazonaws.com', 'iam.amazonaws.com', 'ec2.amazonaws.com']),
                     'eventName': pick(['GetObject', 'CreateAccessKey', 'DescribeInstances', 'PutObject']), 'awsRegion': pick(REGIONS),
                     'sourceIPAddress': ip, 'userAgent': pick(['aws-cli/2.15.30', 'Boto3/1.34.60', 'console.amazonaws.com']),
                     'requestID': a_uuid(), 'eventID': a_uuid()})
    return d, json.dumps({'Records': recs}, indent=2) + '\n'

@tpl(1)
def presigned_urls(i):
    d = Doc('logs/access/cdn-presigned.log')
    out = []
    t = ts()
    for n in range(R.randint(6, 9)):
        t = stepts(t, R.randint(1, 60))
        date = t.strftime('%Y%m%d')
        reg = pick(REGIONS)
        k = d.akid(temp=n % 2 == 1)
        q = f'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={k}%2F{date}%2F{reg}%2Fs3%2Faws4_request&X-Amz-Date={date}T{t.strftime("%H%M%S")}Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host'
        if n % 2 == 1:
            q += '&X-Amz-Security-Token=' + d.L('generic-secret', U(aws_session_token()))
        q += '&X-Amz-Signature=' + lk('sigv4-signature', hexs(64))
        out.append(f'{priv_ip()} - - [{t.strftime("%d/%b/%Y:%H:%M:%S +0000")}] "GET /media-{rs(5, LO)}/{a_uuid()}.jpg?{q} HTTP/2.0" 200 {R.randint(10000, 900000)} "-" "Mozilla/5.0"')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def jira_aws(i):
    d = Doc('tickets/jira/SEC-%d.txt' % R.randint(1000, 9999))
    k, s = pair(d)
    return d, f'''Summary: Exposed AWS access key in public repository
Severity: Critical
Detected by: GitHub secret scanning alert #{R.randint(10, 400)}

Details:
The following key pair was pushed to {pick(WORDS)}/{pick(WORDS)}-scripts (commit {git_sha()}):

    AWS_ACCESS_KEY_ID={k}
    AWS_SECRET_ACCESS_KEY={s}

The key belongs to IAM user "{pick(WORDS)}-uploader" ({aws_other_id('AIDA')}).

Actions:
[x] key deactivated at {iso()}
[ ] CloudTrail review for {k[:8]}... activity
[ ] replace with role + OIDC
Note: the AKIAIOSFODNN7EXAMPLE strings in docs/ are fine (AWS documentation examples).
'''.replace(f'{k[:8]}...', f'{k[:8]}...')


@tpl(1)
def aws_key_inventory(i):
    d = Doc('aws/audit/access-key-inventory.csv')
    rows = ['account_id,user_name,access_key_id,status,created,last_used,last_used_service,owner_team']
    for n in range(R.randint(20, 24)):
        st = pick(['Active', 'Active', 'Inactive'])
        rows.append(','.join([acct(), pick(WORDS) + '-' + pick(['ci', 'svc', 'backup', 'etl', 'legacy']), d.akid(), st, iso()[:10],
                              pick([iso()[:10], 'N/A']), pick(['s3', 'sqs', 'ses', 'N/A', 'dynamodb']), pick(['platform', 'data', 'web', 'finance-it'])]))
    rows.append(','.join([acct(), 'docs-sample', 'AKIAIOSFODNN7EXAMPLE', 'Inactive', '2015-01-01', 'N/A', 'N/A', 'n/a']))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def ci_printenv(i):
    d = Doc('ci/gitlab/job-%d-trace.log' % R.randint(100000, 999999))
    k, s = pair(d)
    k2, s2 = pair(d)
    return d, f"""Running with gitlab-runner 16.9.1 (782c6ecb)
  on shared-runner-{R.randint(1, 9)} {rs(8, LO + DG)}, system ID: s_{hexs(12)}
Preparing the "docker" executor
Using Docker executor with image python:3.12 ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out {hexs(8)} as detached HEAD (ref is main)...
$ printenv | sort
AWS_ACCESS_KEY_ID={k}
AWS_DEFAULT_REGION={pick(REGIONS)}
AWS_SECRET_ACCESS_KEY={s}
BACKUP_AWS_ACCESS_KEY_ID={k2}
BACKUP_AWS_SECRET_ACCESS_KEY={s2}
CI_COMMIT_SHA={git_sha()}
CI_JOB_ID={R.randint(100000, 999999)}
CI_JOB_TOKEN=[MASKED]
CI_REGISTRY_PASSWORD=[MASKED]
DATABASE_PASSWORD={d.pw(avoid=' ')}
HOME=/root
HOSTNAME=runner-{rs(8, LO + DG)}-project-{R.randint(10, 999)}-concurrent-0
SENTRY_AUTH_TOKEN={d.L('generic-secret', 'sntrys_' + b64(90, url=True, pad=False).replace('-', 'A').replace('_', 'b'))}
$ aws s3 cp dist/ s3://releases-{rs(6, LO)}/ --recursive
upload: dist/app.tar.gz to s3://releases-{rs(6, LO)}/app.tar.gz
Job succeeded
"""

@tpl(1)
def postman_aws_env(i):
    d = Doc('http/postman/aws-sigv4.postman_environment.json')
    k, s = pair(d)
    k2, s2 = pair(d)
    vals = [{'key': 'accessKey', 'value': k, 'type': 'default', 'enabled': True},
            {'key': 'secretKey', 'value': s, 'type': 'secret', 'enabled': True},
            {'key': 'region', 'value': pick(REGIONS), 'enabled': True},
            {'key': 'stagingAccessKey', 'value': k2, 'enabled': True},
            {'key': 'stagingSecretKey', 'value': s2, 'type': 'secret', 'enabled': True},
            {'key': 'sessionToken', 'value': '', 'enabled': False}]
    return d, json.dumps({'id': a_uuid(), 'name': 'AWS API Gateway (SigV4)', 'values': vals, '_postman_variable_scope': 'environment',
                          '_postman_exported_at': iso(), '_postman_exported_using': 'Postman/10.24.3'}, indent='\t') + '\n'

@tpl(1)
def notebook_boto(i):
    d = Doc('code/notebooks/athena-exploration.ipynb')
    k, s = pair(d)
    src1 = ["import boto3\n", "import pandas as pd\n", "\n", f"ACCESS_KEY = '{k}'\n", f"SECRET_KEY = '{s}'\n",
            f"athena = boto3.client('athena', region_name='{pick(REGIONS)}', aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)"]
    cells = [{'cell_type': 'markdown', 'metadata': {}, 'source': ['# Athena exploration\n', 'Quick look at the clickstream tables.']},
             {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [], 'source': src1},
             {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [{'name': 'stdout', 'output_type': 'stream',
               'text': [f"QueryExecutionId: {a_uuid()}\n"]}], 'source': ["q = athena.start_query_execution(QueryString='SELECT 1')\n", "print('QueryExecutionId:', q['QueryExecutionId'])"]}]
    return d, json.dumps({'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}, 'nbformat': 4, 'nbformat_minor': 5}, indent=1) + '\n'

@tpl(0)
def boto_file(i):
    d = Doc('aws/tools/boto.cfg')
    k, s = pair(d)
    return d, f"""[Credentials]
aws_access_key_id = {k}
aws_secret_access_key = {s}
gs_access_key_id = GOOG1E{rs(55, UP + DG)}
gs_secret_access_key = {d.L('generic-secret', rs(40, AN + '/+'))}

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = {pick(WORDS)}-{R.randint(100000, 999999)}
"""

@tpl(1)
def k8s_aws_secret(i):
    d = Doc('k8s/manifests/external-dns/aws-credentials.yaml')
    k, s = pair(d)
    k2, s2 = pair(d)
    return d, f"""apiVersion: v1
kind: Secret
metadata:
  name: external-dns-aws
  namespace: kube-system
type: Opaque
stringData:
  credentials: |
    [default]
    aws_access_key_id = {k}
    aws_secret_access_key = {s}
---
apiVersion: v1
kind: Secret
metadata:
  name: velero-cloud
  namespace: velero
stringData:
  AWS_ACCESS_KEY_ID: "{k2}"
  AWS_SECRET_ACCESS_KEY: "{s2}"
"""

@tpl(1)
def readme_docker_run(i):
    d = Doc('docs/README-local-dev.md')
    k, s = pair(d)
    return d, f"""# Local development

1. Copy `.env.example` to `.env` and fill in `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE` style values (ask #platform).
2. Start localstack or use the shared sandbox account:

```sh
docker run --rm -it \\
  -e AWS_ACCESS_KEY_ID={k} \\
  -e AWS_SECRET_ACCESS_KEY={s} \\
  -e AWS_REGION={pick(REGIONS)} \\
  -p 8080:8080 ghcr.io/{pick(WORDS)}/ingest:latest
```

3. For localstack use `test`/`test` as key and secret.

> The sandbox account id is {acct()}; the role `{aws_other_id('AROA')}` is assumed automatically.
"""

@tpl(1)
def spring_cloud_aws(i):
    d = Doc('config/spring/media-service/application-aws.properties')
    k, s = pair(d)
    return d, f"""spring.cloud.aws.credentials.access-key={k}
spring.cloud.aws.credentials.secret-key={s}
spring.cloud.aws.region.static={pick(REGIONS)}
spring.cloud.aws.s3.bucket=media-{rs(6, LO + DG)}
spring.cloud.aws.sqs.endpoint=https://sqs.{pick(REGIONS)}.amazonaws.com
# cloud.aws.credentials.accessKey=${{AWS_ACCESS_KEY_ID}}
"""

@tpl(0)
def packer_json(i):
    d = Doc('iac/packer/base-ami.json')
    k, s = pair(d)
    return d, json.dumps({'variables': {'aws_access_key': k, 'aws_secret_key': s, 'region': pick(REGIONS)},
                          'builders': [{'type': 'amazon-ebs', 'access_key': '{{user `aws_access_key`}}', 'secret_key': '{{user `aws_secret_key`}}',
                                        'region': '{{user `region`}}', 'source_ami': 'ami-' + hexs(17), 'instance_type': 't3.medium',
                                        'ssh_username': 'ubuntu', 'ami_name': 'base-{{timestamp}}'}],
                          'provisioners': [{'type': 'shell', 'script': 'setup.sh'}]}, indent=2) + '\n'

@tpl(1)
def logstash_s3(i):
    d = Doc('aws/logging/logstash-s3-output.conf')
    k, s = pair(d)
    return d, f"""output {{
  s3 {{
    access_key_id => "{k}"
    secret_access_key => "{s}"
    region => "{pick(REGIONS)}"
    bucket => "audit-archive-{rs(6, LO + DG)}"
    size_file => 104857600
    time_file => 15
    codec => "json_lines"
    canned_acl => "private"
  }}
}}
"""


@tpl(1)
def jenkins_script_console(i):
    d = Doc('ci/jenkins/script-console-credentials-dump.txt')
    out = ["Result of Groovy script (Manage Jenkins » Script Console), run by admin at " + logts(),
           "",
           "def creds = com.cloudbees.plugins.credentials.CredentialsProvider.lookupCredentials(",
           "    com.cloudbees.plugins.credentials.common.StandardCredentials, Jenkins.instance, null, null)",
           "creds.each { c -> println(c.id + ' | ' + c.class.simpleName + ' | ' + (c.properties.collect{k,v -> k + '=' + v}.join(', '))) }",
           ""]
    for n in range(R.randint(3, 4)):
        k, s = pair(d)
        out.append(f"aws-{pick(WORDS)}-{n} | AWSCredentialsImpl | accessKey={k}, secretKey={s}, iamRoleArn=, description=legacy deploy user")
    for n in range(R.randint(4, 5)):
        out.append(f"{pick(WORDS)}-{pick(['db', 'sftp', 'nexus', 'ldap'])} | UsernamePasswordCredentialsImpl | username={pick(WORDS)}_{pick(['svc', 'ci', 'ro'])}, password={d.pw(avoid=', ')}, description=")
    out.append(f"sonar-token | StringCredentialsImpl | secret={d.L('generic-secret', 'squ_' + hexs(40))}, description=SonarQube")
    out.append(f"slack-bot | StringCredentialsImpl | secret={d.L('slack-token', slack_bot())}, description=")
    out.append(f"gh-app | GitHubAppCredentials | appID={R.randint(100000, 999999)}, privateKey=****, owner={pick(WORDS)}")
    out.append(f"old-docker | UsernamePasswordCredentialsImpl | username=ci, password={lk('encrypted', '{AQAAABAAAAAQ' + b64(48) + '}')}, description=encrypted export")
    out.append("Result: [" + ", ".join(f"com.cloudbees...@{hexs(8)}" for _ in range(3)) + ", ...]")
    return d, "\n".join(out) + "\n"


@tpl(1)
def aws_handover_email(i):
    d = Doc('email/aws/partner-key-handover.eml')
    f1, l1 = person(); f2, l2 = person()
    frm = d.email(f1, l1, pick(COMPANY_DOMAINS)); to = d.email(f2, l2, pick(COMPANY_DOMAINS))
    pairs = [pair(d) for _ in range(3)]
    body = "\n".join(f"  {env:<8} access key id:     {k}\n  {'':<8} secret access key: {s}" for env, (k, s) in zip(['prod', 'staging', 'reports'], pairs))
    return d, f"""From: {f1} {l1} <{frm}>
To: {f2} {l2} <{to}>
Subject: S3 drop credentials for the data exchange
Date: {ts().strftime('%a, %d %b %Y %H:%M:%S')} +0000
Message-ID: <{rs(16, LO + DG)}.{rs(8, DG)}@mail.corp.example>
Content-Type: text/plain; charset=utf-8

Hi {f2},

as agreed in the kick-off, these are the IAM users for the S3 drop (bucket
exchange-{rs(6, LO + DG)}, region {pick(REGIONS)}). Each is limited to its prefix.

{body}

Please confirm receipt and delete this mail; we rotate every 90 days.
The role ARN for the future OIDC setup is arn:aws:iam::{R.randint(10**11, 10**12 - 1)}:role/partner-exchange.
(The AKIAIOSFODNN7EXAMPLE key in the attached PDF is just the AWS documentation sample.)

Best,
{f1}
"""
