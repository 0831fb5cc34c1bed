"""AWS secret access keys wherever they show up: IAM console CSV downloads,
rootkey.csv, aws configure transcripts, Lambda/ECS/CloudFormation JSON,
EC2 user-data, Packer/Vagrant/Serverless files, SDK debug logs, env dumps.
The AWS documentation example key pair appears unlabelled beside them."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *


def console_csv(d, i):
    r = d.rng
    rows = ["User name,Password,Access key ID,Secret access key,Console login link"]
    for k in range(6):
        u = f"{r.choice(['svc', 'ci', 'etl', 'backup'])}-{r.choice(WORDS)}"
        kid, ks = d.aws()
        pw = d.pw("random") if k == 0 else ""
        rows.append(f"{u},{pw},{kid},{ks},https://{lk_digits(r, 12)}.signin.aws.amazon.com/console")
    return "\n".join(rows) + "\n"


def accesskeys_csv(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"Access key ID,Secret access key\n{kid},{ks}\n"


def rootkey(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"AWSAccessKeyId={kid}\nAWSSecretKey={ks}\n"


def configure_transcript(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""$ aws configure --profile {['migration', 'legacy-billing', 'sandbox'][i]}
AWS Access Key ID [None]: {kid}
AWS Secret Access Key [None]: {ks}
Default region name [None]: eu-west-1
Default output format [None]: json
$ aws sts get-caller-identity --profile {['migration', 'legacy-billing', 'sandbox'][i]}
{{
    "UserId": "AIDA{rs(r, BASE32, 17)}",
    "Account": "{lk_digits(r, 12)}",
    "Arn": "arn:aws:iam::{lk_digits(r, 12)}:user/{r.choice(['migration', 'billing', 'sandbox'])}-bot"
}}
$ aws configure list --profile {['migration', 'legacy-billing', 'sandbox'][i]}
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                {['migration', 'legacy-billing', 'sandbox'][i]:<16}           manual    --profile
access_key     ****************{kid[-4:]} shared-credentials-file
secret_key     ****************{ks[-4:]} shared-credentials-file
"""


def lambda_config(d, i):
    r = d.rng
    kid, ks = d.aws()
    pw = d.pw()
    sec = d.sec("hex32")
    cfg = {"FunctionName": f"{r.choice(['thumbnailer', 'invoice-mailer', 'csv-import'])}-prod",
           "FunctionArn": f"arn:aws:lambda:eu-west-1:{lk_digits(r, 12)}:function:fn-prod",
           "Runtime": "python3.12", "Role": f"arn:aws:iam::{lk_digits(r, 12)}:role/lambda-exec",
           "Handler": "app.handler", "CodeSize": r.randint(10**5, 10**7), "Timeout": 30, "MemorySize": 512,
           "LastModified": "2024-06-03T10:22:41.000+0000", "CodeSha256": b64(rbytes(r, 32)),
           "Version": "$LATEST",
           "Environment": {"Variables": {"S3_BUCKET": f"uploads-{rs(r, LOWER_DIG, 6)}", "AWS_ACCESS_KEY": kid, "AWS_SECRET_KEY": ks,
                                         "DB_PASSWORD": pw, "SIGNING_SECRET": sec, "LOG_LEVEL": "INFO"}},
           "TracingConfig": {"Mode": "PassThrough"}, "RevisionId": uuid4(r), "PackageType": "Zip",
           "Architectures": ["arm64"], "EphemeralStorage": {"Size": 512}}
    return "$ aws lambda get-function-configuration --function-name fn-prod\n" + json.dumps(cfg, indent=4) + "\n"


def ecs_taskdef(d, i):
    r = d.rng
    kid, ks = d.aws()
    pw = d.pw()
    td = {"family": "reporting-worker", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024",
          "executionRoleArn": f"arn:aws:iam::{lk_digits(r, 12)}:role/ecsTaskExecutionRole",
          "containerDefinitions": [{"name": "worker", "image": f"{lk_digits(r, 12)}.dkr.ecr.eu-west-1.amazonaws.com/reporting@sha256:{sha256(r)}",
                                    "essential": True,
                                    "environment": [{"name": "AWS_ACCESS_KEY_ID", "value": kid}, {"name": "AWS_SECRET_ACCESS_KEY", "value": ks},
                                                    {"name": "PGPASSWORD", "value": pw}, {"name": "GIT_SHA", "value": sha1(r)}],
                                    "secrets": [{"name": "API_TOKEN", "valueFrom": f"arn:aws:secretsmanager:eu-west-1:{lk_digits(r, 12)}:secret:reporting/api-{rs(r, ALNUM, 6)}"}],
                                    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/reporting", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "worker"}}},
                                   {"name": "log-shipper", "image": "amazon/aws-for-fluent-bit:2.32.2", "essential": False,
                                    "environment": [{"name": "AWS_ACCESS_KEY_ID", "value": d.L("aws-access-key-id", new_aws_id(r))},
                                                    {"name": "AWS_SECRET_ACCESS_KEY", "value": d.L("aws-secret-key", new_aws_secret(r))}]}]}
    return json.dumps(td, indent=2) + "\n"


def cfn_template(d, i):
    r = d.rng
    kid, ks = d.aws()
    pw = d.pw()
    return f"""AWSTemplateFormatVersion: '2010-09-09'
Description: legacy reporting stack (imported 2019, do not copy patterns from here)
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: {yq(pw)}
  ArtifactSha:
    Type: String
    Default: {sha1(r)}
Resources:
  ReportBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'reports-${{AWS::AccountId}}-{rs(r, LOWER_DIG, 4)}'
  Exporter:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-{rs(r, HEX, 17)}
      InstanceType: t3.small
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<CREDS
          [default]
          aws_access_key_id = {kid}
          aws_secret_access_key = {ks}
          CREDS
          /opt/exporter/run --bucket ${{ReportBucket}}
Outputs:
  BucketArn:
    Value: !GetAtt ReportBucket.Arn
"""


def userdata(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""$ aws ec2 describe-instance-attribute --instance-id i-{rs(r, HEX, 17)} --attribute userData --query UserData.Value --output text | base64 -d
#cloud-config
package_update: true
packages: [awscli, jq]
write_files:
  - path: /etc/profile.d/aws.sh
    permissions: '0644'
    content: |
      export AWS_ACCESS_KEY_ID={kid}
      export AWS_SECRET_ACCESS_KEY={ks}
      export AWS_DEFAULT_REGION=ap-south-1
runcmd:
  - aws s3 cp s3://bootstrap-{rs(r, LOWER_DIG, 6)}/agent.tar.gz /tmp/ && tar -C /opt -xzf /tmp/agent.tar.gz
  - echo "bootstrap {uuid4(r)} done" >> /var/log/bootstrap.log
"""


def packer(d, i):
    r = d.rng
    kid, ks = d.aws()
    return json.dumps({"variables": {"aws_access_key": kid, "aws_secret_key": ks, "region": "eu-central-1"},
                       "builders": [{"type": "amazon-ebs", "access_key": "{{user `aws_access_key`}}", "secret_key": "{{user `aws_secret_key`}}",
                                     "region": "{{user `region`}}", "source_ami": "ami-" + rs(r, HEX, 17), "instance_type": "t3.micro",
                                     "ssh_username": "ubuntu", "ami_name": "base-{{timestamp}}"}],
                       "provisioners": [{"type": "shell", "inline": ["sudo apt-get update", "sudo apt-get install -y nginx"]}],
                       "_comment": f"template rev {short_sha(r)}"}, indent=2) + "\n"


def vagrantfile(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "dummy"
  config.vm.provider :aws do |aws, override|
    aws.access_key_id = "{kid}"
    aws.secret_access_key = "{ks}"
    aws.keypair_name = "vagrant-{r.randint(10, 99)}"
    aws.ami = "ami-{rs(r, HEX, 8)}"
    aws.region = "us-east-1"
    override.ssh.username = "ubuntu"
    override.ssh.private_key_path = "~/.ssh/vagrant.pem"
  end
end
"""


def serverless_yml(d, i):
    r = d.rng
    kid, ks = d.aws()
    sec = d.sec("b64url_32")
    return f"""# serverless config credentials --provider aws --key {kid} --secret {ks}
service: image-resize
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    RESIZE_SIGNING_SECRET: {sec}
    STAGE: ${{sls:stage}}
functions:
  resize:
    handler: handler.resize
    events:
      - httpApi: 'GET /img/{{key}}'
"""


def sdk_debug_log(d, i):
    r = d.rng
    kid, ks = d.aws()
    sig = sha256(r)
    return f"""2024-06-12 10:14:02,118 botocore.credentials [DEBUG] Looking for credentials via: env
2024-06-12 10:14:02,118 botocore.credentials [INFO] Found credentials in environment variables.
2024-06-12 10:14:02,120 app.config [DEBUG] effective settings: {{'bucket': 'ingest-{rs(r, LOWER_DIG, 6)}', 'region': 'eu-west-1', 'aws_access_key_id': '{kid}', 'aws_secret_access_key': '{ks}', 'retries': 5}}
2024-06-12 10:14:02,140 app.archive [DEBUG] archive client: aws_access_key_id={d.L("aws-access-key-id", new_aws_id(r))} aws_secret_access_key={d.L("aws-secret-key", new_aws_secret(r))} bucket=archive
2024-06-12 10:14:02,231 botocore.endpoint [DEBUG] Making request for OperationModel(name=PutObject) with params: {{'url_path': '/ingest/part-0001.parquet', 'method': 'PUT'}}
2024-06-12 10:14:02,232 botocore.auth [DEBUG] CanonicalRequest:
PUT
/ingest/part-0001.parquet

host:ingest.s3.eu-west-1.amazonaws.com
x-amz-content-sha256:UNSIGNED-PAYLOAD
x-amz-date:20240612T101402Z

host;x-amz-content-sha256;x-amz-date
UNSIGNED-PAYLOAD
2024-06-12 10:14:02,232 botocore.auth [DEBUG] Signature:
{sig}
2024-06-12 10:14:02,233 botocore.hooks [DEBUG] Event request-created.s3.PutObject: calling handler <function add_expect_header>
2024-06-12 10:14:02,233 urllib3.connectionpool [DEBUG] https://ingest.s3.eu-west-1.amazonaws.com:443 "PUT /ingest/part-0001.parquet HTTP/1.1" 200 0
2024-06-12 10:14:02,235 botocore.parsers [DEBUG] Response headers: {{'x-amz-id-2': '{b64(rbytes(r, 54))}', 'x-amz-request-id': '{rs(r, UPPER_DIG, 16)}', 'ETag': '"{md5(r)}"'}}
"""


def java_sdk_log(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""2024-06-12 11:02:11.401 DEBUG 1 --- [           main] c.c.a.AwsConfig                        : Using static credentials accessKey={kid} secretKey={ks} (profile=null)
2024-06-12 11:02:11.902 DEBUG 1 --- [           main] s.a.a.c.i.ExecutionInterceptorChain     : Creating an interceptor chain that will apply interceptors in the following order: []
2024-06-12 11:02:12.118  INFO 1 --- [           main] c.c.a.SqsPoller                         : polling https://sqs.eu-west-1.amazonaws.com/{lk_digits(r, 12)}/orders-{rs(r, LOWER_DIG, 4)}
2024-06-12 11:02:12.330 DEBUG 1 --- [           main] software.amazon.awssdk.request         : Received successful response: 200, Request ID: {uuid4(r)}, Extended Request ID: not available
2024-06-12 11:02:12.331  WARN 1 --- [           main] c.c.a.AwsConfig                        : static AWS credentials in use; migrate to IRSA (JIRA PLAT-{r.randint(1000, 9999)})
"""


def env_dump(d, i):
    r = d.rng
    kid, ks = d.aws()
    kid2 = d.L("aws-access-key-id", new_aws_id(r, "ASIA"))
    ks2 = d.L("aws-secret-key", new_aws_secret(r))
    tok = d.L("generic-secret", new_session_token(r))
    return f"""$ kubectl exec -n etl deploy/loader -- env | sort
AWS_ACCESS_KEY_ID={kid}
AWS_DEFAULT_REGION=eu-west-1
AWS_SECRET_ACCESS_KEY={ks}
HOME=/root
HOSTNAME=loader-{rs(r, LOWER_DIG, 10)}-{rs(r, LOWER_DIG, 5)}
KUBERNETES_SERVICE_HOST=10.96.0.1
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
$ kubectl exec -n etl deploy/loader-canary -- printenv | grep ^AWS_
AWS_ACCESS_KEY_ID={kid2}
AWS_SECRET_ACCESS_KEY={ks2}
AWS_SESSION_TOKEN={tok}
AWS_ROLE_SESSION_NAME=loader-canary
$ kubectl exec -n etl deploy/exporter -- sh -c 'echo $AWS_ACCESS_KEY_ID $AWS_SECRET_ACCESS_KEY'
{d.L("aws-access-key-id", new_aws_id(r))} {d.L("aws-secret-key", new_aws_secret(r))}
"""


def java_properties_aws(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""# aws.properties -- loaded by AwsConfig.java
aws.accessKeyId={kid}
aws.secretKey={ks}
aws.region=ap-southeast-2
sqs.queue.url=https://sqs.ap-southeast-2.amazonaws.com/{lk_digits(r, 12)}/ingest
# for local tests use the docs pair:
# aws.accessKeyId={AWS_EXAMPLE_ID}
# aws.secretKey={AWS_EXAMPLE_SECRET}
"""


def codebuild_log(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""[Container] 2024/06/12 07:41:02.118411 Running on CodeBuild On-demand
[Container] 2024/06/12 07:41:02.118472 Waiting for agent ping
[Container] 2024/06/12 07:41:03.521083 Phase is DOWNLOAD_SOURCE
[Container] 2024/06/12 07:41:05.002101 CODEBUILD_SRC_DIR=/codebuild/output/src{r.randint(10**8, 10**9)}/src
[Container] 2024/06/12 07:41:05.102244 Entering phase INSTALL
[Container] 2024/06/12 07:41:05.102401 Running command echo "configuring deploy user for legacy bucket"
configuring deploy user for legacy bucket
[Container] 2024/06/12 07:41:05.111822 Running command aws configure set aws_access_key_id {kid} --profile legacy
[Container] 2024/06/12 07:41:06.203311 Running command aws configure set aws_secret_access_key {ks} --profile legacy
[Container] 2024/06/12 07:41:06.503311 Running command export AWS_SECRET_ACCESS_KEY={d.L("aws-secret-key", new_aws_secret(r))} AWS_ACCESS_KEY_ID={d.L("aws-access-key-id", new_aws_id(r))}
[Container] 2024/06/12 07:41:07.018821 Running command aws s3 sync build/ s3://legacy-site-{rs(r, LOWER_DIG, 6)}/ --profile legacy
[Container] 2024/06/12 07:41:19.442100 Phase complete: BUILD State: SUCCEEDED
[Container] 2024/06/12 07:41:19.442152 Phase context status code:  Message:
"""


def chat_aws(d, i):
    r = d.rng
    kid, ks = d.aws()
    kid2, ks2 = d.aws()
    return f"""#platform-help — exported 2024-06-12
[09:02] {person_en(r)}: can someone give me creds for the analytics bucket? the role assume fails for me
[09:05] {person_en(r)}: use these for now, rotate after: {kid} / {ks}
[09:06] {person_en(r)}: 🙈 please don't paste keys in channels
[09:07] {person_en(r)}: also the old one from the wiki still works apparently:
aws_access_key_id={kid2}
aws_secret_access_key={ks2}
[09:08] {person_en(r)}: and for the eu account: key {d.L("aws-access-key-id", new_aws_id(r))} secret {d.L("aws-secret-key", new_aws_secret(r))}
[09:10] {person_en(r)}: for docs please only ever use {AWS_EXAMPLE_ID} / {AWS_EXAMPLE_SECRET}
[09:31] secbot: :warning: possible AWS credentials detected in this channel (msg {uuid4(r)}). Key(s) disabled: 2
"""


def ticket_aws(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""INC-{r.randint(10000, 99999)}  Sev3  "Partner cannot upload to SFTP-to-S3 bridge"
Opened by: {person_en(r)}  2024-06-11 15:40
Description:
Partner {r.choice(WORDS).capitalize()} Foods gets AccessDenied on PutObject since the 10th.
Their script uses the IAM user 'partner-upload'. Current key per their email:
  Access key: {kid}
  Secret:     {ks}
Checked CloudTrail event {uuid4(r)}: policy condition aws:SourceIp excludes their new IP 203.0.113.{r.randint(2, 250)}.
Resolution: updated bucket policy, asked partner to rotate the key (exposed in email). Closing after confirmation.
"""


def email_aws(d, i):
    r = d.rng
    kid, ks = d.aws()
    nm = person_en(r)
    return f"""From: {nm} <{mailbox(nm, r, 'partner.example')}>
To: integrations@corp.example
Subject: S3 drop credentials for June
Date: Tue, 11 Jun 2024 08:02:12 +0000
Message-ID: <{uuid4(r)}@partner.example>
Content-Type: text/plain; charset=us-ascii

Hi team,

As discussed, here are the credentials for the drop bucket (read/write to prefix incoming/):

  Bucket:            partner-drop-{rs(r, LOWER_DIG, 6)}
  Access key ID:     {kid}
  Secret access key: {ks}
  Region:            eu-west-2

Files should be named YYYYMMDD_<batch>.csv.gz; checksum file alongside (sha256).
Example from last month: 20240531_0042.csv.gz  sha256 {sha256(r)}

Thanks,
{nm}
"""


def wiki_aws(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""# Runbook: restoring the legacy media bucket

> **Status:** outdated — the `media-restore` user is scheduled for deletion (PLAT-{r.randint(1000, 9999)}).

1. Export the restore user's key (kept here until the vault migration is finished):

   ```ini
   [media-restore]
   aws_access_key_id = {kid}
   aws_secret_access_key = {ks}
   ```

   The older `media-archive` profile is still referenced by the cron job:

   ```ini
   [media-archive]
   aws_access_key_id = {d.L("aws-access-key-id", new_aws_id(r))}
   aws_secret_access_key = {d.L("aws-secret-key", new_aws_secret(r))}
   ```

2. List versions: `aws s3api list-object-versions --bucket media-{rs(r, LOWER_DIG, 6)} --prefix 2023/`
3. Restore a version: `aws s3api copy-object --copy-source media/key?versionId=<version-id> ...`
   Version ids look like `{rs(r, B64URL, 32)}`.
4. Verify ETag (`"{md5(r)}"`) matches the manifest.

For screenshots and examples in this wiki always use the AWS docs pair
`{AWS_EXAMPLE_ID}` / `{AWS_EXAMPLE_SECRET}`.
"""


def s3fs_passwd(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""$ cat /etc/passwd-s3fs
{kid}:{ks}
$ ls -l /etc/passwd-s3fs
-rw------- 1 root root 61 Jun 12 07:12 /etc/passwd-s3fs
$ grep s3fs /etc/fstab
s3fs#media-{rs(r, LOWER_DIG, 6)} /mnt/media fuse _netdev,allow_other,passwd_file=/etc/passwd-s3fs,url=https://s3.eu-west-1.amazonaws.com 0 0
"""


def spark_conf(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""# spark-defaults.conf
spark.master                          k8s://https://k8s-api.internal:6443
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key        {kid}
spark.hadoop.fs.s3a.secret.key        {ks}
spark.hadoop.fs.s3a.fast.upload       true
spark.eventLog.enabled                true
spark.eventLog.dir                    s3a://spark-history-{rs(r, LOWER_DIG, 6)}/events
spark.kubernetes.container.image      registry.corp.example/spark@sha256:{sha256(r)}
"""


def clean_iam_policy(d, i):
    r = d.rng
    acct = lk_digits(r, 12)
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
         "Resource": [f"arn:aws:s3:::reports-{acct}", f"arn:aws:s3:::reports-{acct}/*"]},
        {"Sid": "DecryptWithKey", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": f"arn:aws:kms:eu-west-1:{acct}:key/{uuid4(r)}"},
        {"Sid": "DenyOldKeys", "Effect": "Deny", "Action": "*", "Resource": "*",
         "Condition": {"StringEquals": {"aws:userid": ["AIDA" + rs(r, BASE32, 17), "AROA" + rs(r, BASE32, 17) + ":ops"]}}}],
        "_docs_example": {"AccessKeyId": AWS_EXAMPLE_ID, "SecretAccessKey": AWS_EXAMPLE_SECRET}}, indent=2) + "\n"


def kinesis_agent(d, i):
    r = d.rng
    kid, ks = d.aws()
    return json.dumps({"cloudwatch.emitMetrics": True, "kinesis.endpoint": "kinesis.eu-west-1.amazonaws.com",
                       "awsAccessKeyId": kid, "awsSecretAccessKey": ks,
                       "flows": [{"filePattern": "/var/log/app/*.log", "deliveryStream": "app-logs", "dataProcessingOptions": [{"optionName": "LOGTOJSON", "logFormat": "COMMONAPACHELOG"}]}]}, indent=2) + "\n"


def fluentbit(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""# td-agent.conf (fluentd)
<match app.**>
  @type s3
  aws_key_id {kid}
  aws_sec_key {ks}
  s3_bucket logs-archive-{rs(r, LOWER_DIG, 6)}
  s3_region eu-west-1
  path logs/%Y/%m/%d/
  <buffer time>
    @type file
    path /var/log/td-agent/s3
    timekey 3600
    chunk_limit_size 256m
  </buffer>
</match>
"""


def logstash(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""output {{
  s3 {{
    access_key_id => "{kid}"
    secret_access_key => "{ks}"
    region => "us-west-2"
    bucket => "audit-{rs(r, LOWER_DIG, 6)}"
    prefix => "logstash/%{{+YYYY}}/%{{+MM}}/%{{+dd}}"
    codec => "json_lines"
    rotation_strategy => "time"
    time_file => 15
  }}
}}
"""


def restic_env(d, i):
    r = d.rng
    kid, ks = d.aws()
    pw = d.pw("phrase")
    return f"""# /etc/restic/env -- sourced by restic-backup.service
export RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/backup-{rs(r, LOWER_DIG, 8)}/host-{i}
export RESTIC_PASSWORD='{pw}'
export AWS_ACCESS_KEY_ID={kid}
export AWS_SECRET_ACCESS_KEY={ks}
# snapshot id of the last good run: {rs(r, HEX, 8)} (full: {sha256(r)})
"""


def velero_creds(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""$ cat credentials-velero
[default]
aws_access_key_id={kid}
aws_secret_access_key={ks}
$ velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.9.2 --bucket velero-{rs(r, LOWER_DIG, 6)} \
    --secret-file ./credentials-velero --backup-location-config region=eu-west-1 --snapshot-location-config region=eu-west-1
CustomResourceDefinition/backups.velero.io: created
...
Velero is installed! ⛵ Use 'kubectl logs deployment/velero -n velero' to view the status.
"""


def loki_config(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""auth_enabled: false
server:
  http_listen_port: 3100
common:
  path_prefix: /loki
  replication_factor: 1
schema_config:
  configs:
    - from: "2024-04-01"
      store: tsdb
      object_store: s3
      schema: v13
      index: {{prefix: index_, period: 24h}}
storage_config:
  aws:
    bucketnames: loki-chunks-{rs(r, LOWER_DIG, 6)}
    region: eu-west-1
    access_key_id: {kid}
    secret_access_key: {yq(ks)}
    s3forcepathstyle: false
"""


def thanos_objstore(d, i):
    r = d.rng
    kid, ks = d.aws()
    return f"""type: S3
config:
  bucket: "thanos-{rs(r, LOWER_DIG, 6)}"
  endpoint: "s3.eu-north-1.amazonaws.com"
  region: "eu-north-1"
  access_key: "{kid}"
  secret_key: "{ks}"
  insecure: false
  signature_version2: false
prefix: "prod-{i}"
"""


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("csv/new_user_credentials.csv", console_csv)
_add("config/rootkey.csv", rootkey)
_add("shell/aws-configure-{i}.txt", configure_transcript, 2)
_add("api/lambda-configuration.json", lambda_config)
_add("iac/ecs-taskdef-reporting.json", ecs_taskdef)
_add("iac/legacy-reporting.cfn.yaml", cfn_template)
_add("shell/ec2-userdata-decoded.txt", userdata)
_add("iac/packer-base.json", packer)
_add("code/Vagrantfile", vagrantfile)
_add("config/serverless.yml", serverless_yml)
_add("app-logs/ingest-botocore-debug.log", sdk_debug_log)
_add("app-logs/sqs-poller.log", java_sdk_log)
_add("k8s/kubectl-exec-env.txt", env_dump)
_add("config/aws-{i}.properties", java_properties_aws, 2)
_add("ci/codebuild-legacy-site.log", codebuild_log)
_add("chat/platform-help-export.txt", chat_aws)
_add("tickets/inc-partner-upload.txt", ticket_aws)
_add("email/s3-drop-credentials.eml", email_aws)
_add("docs/runbook-media-restore.md", wiki_aws)
_add("shell/s3fs-mount.txt", s3fs_passwd)
_add("config/spark-defaults.conf", spark_conf)
_add("iac/iam-policy-reports.json", clean_iam_policy)
_add("config/kinesis-agent.json", kinesis_agent)
_add("config/td-agent.conf", fluentbit)
_add("config/logstash-s3-output.conf", logstash)
_add("config/restic-env-{i}.sh", restic_env, 2)
_add("shell/velero-install.txt", velero_creds)
_add("config/loki-config.yaml", loki_config)
_add("config/thanos-objstore.yml", thanos_objstore)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
