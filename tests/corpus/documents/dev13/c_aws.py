"""AWS keys in SDK logs, task definitions, job configs, backups, HashiCorp tools and code."""
import base64, json
from values import *

REG = ["eu-north-1", "eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2"]


def kp(prefix="AKIA"):
    return lab("aws-access-key-id", aws_id(prefix)), lab("aws-secret-key", aws_secret())


def sess():
    return lab("generic-secret", aws_session())


def sig4(kid, svc="s3", reg=None):
    reg = reg or pick(REG)
    return (f"AWS4-HMAC-SHA256 Credential={kid}/2026{R.randint(10,11)}{R.randint(10,28)}/{reg}/{svc}/aws4_request, "
            f"SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={sha256()}")


def go_sdk():
    begin("aws-sdk-go-v2/uploader-debug.log")
    out = []
    for i in range(16):
        t = ts()
        if i % 2 == 0:
            kid, sk = kp()
            out.append(f"{t:%Y/%m/%d %H:%M:%S} creds: static provider loaded AccessKeyID={kid} SecretAccessKey={sk} Source=StaticCredentials")
            tokline = ""
        else:
            kid = lab("aws-access-key-id", aws_id("ASIA"))
            st = sess()
            out.append(f"{t:%Y/%m/%d %H:%M:%S} creds: assumed role arn:aws:iam::{acct()}:role/uploader expires {ts():%Y-%m-%dT%H:%M:%SZ}")
            tokline = f"X-Amz-Security-Token: {st}\n"
        out.append(f"SDK {t:%Y/%m/%d %H:%M:%S} DEBUG Request\nPUT /uploads/{uid()}.pdf?x-id=PutObject HTTP/1.1\nHost: nordvik-docs-prod.s3.eu-north-1.amazonaws.com\n"
                   f"User-Agent: aws-sdk-go-v2/1.30.4 os/linux lang/go#1.22.6 md/GOOS#linux md/GOARCH#amd64 api/s3#1.61.0\nContent-Length: {R.randint(1000, 900000)}\n"
                   f"Amz-Sdk-Invocation-Id: {uid()}\nAmz-Sdk-Request: attempt=1; max=3\nAuthorization: {sig4(kid)}\nContent-Md5: {base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()}\n"
                   f"X-Amz-Content-Sha256: UNSIGNED-PAYLOAD\nX-Amz-Date: {t:%Y%m%dT%H%M%SZ}\n{tokline}")
        out.append(f"SDK {t:%Y/%m/%d %H:%M:%S} DEBUG Response\nHTTP/1.1 200 OK\nEtag: {etag()}\nX-Amz-Id-2: {b64std(48)}\nX-Amz-Request-Id: {HEXU(16)}\nX-Amz-Version-Id: {b62(32)}\n")
    out.append("SDK 2026/11/30 10:00:00 DEBUG using documented example credentials for unit tests: "
               f"{look('AKIAIOSFODNN7EXAMPLE')} / {look('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}")
    end("\n".join(out) + "\n")


def rust_sdk():
    begin("aws-sdk-rust/ingest-tracing.log")
    out = []
    for i in range(14):
        t = ts()
        kid, sk = kp("ASIA" if i % 2 else "AKIA")
        out.append(f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999999):06d}Z DEBUG aws_config::environment::credentials: loaded credentials "
                   f"Credentials {{ provider_name: \"Environment\", access_key_id: \"{kid}\", secret_access_key: \"{look('** redacted **')}\", expires_after: \"never\" }}")
        out.append(f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999999):06d}Z TRACE aws_smithy_runtime::client::orchestrator: "
                   f"dispatching request=Request {{ method: POST, uri: \"https://kinesis.eu-north-1.amazonaws.com/\", headers: "
                   f"{{\"authorization\": \"{sig4(kid, 'kinesis')}\", \"x-amz-date\": \"{t:%Y%m%dT%H%M%SZ}\", \"amz-sdk-invocation-id\": \"{uid()}\"}} }}")
        out.append(f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999999):06d}Z ERROR ingest::bootstrap: env dump for support ticket: AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={sk}")
    end("\n".join(out) + "\n")


def dotnet_sdk():
    begin("aws-sdk-dotnet/appsettings.Production.json")
    kid, sk = kp()
    kid2, sk2 = kp()
    tenants = []
    for t in ["se", "no", "dk", "fi"]:
        a, b = kp()
        tenants.append({"Tenant": t, "Bucket": f"trellbrook-{t}-docs", "AccessKeyId": a, "SecretAccessKey": b, "ETag": etag().strip('"')})
    end(json.dumps({"Logging": {"LogLevel": {"Default": "Information", "Amazon": "Debug"}}, "Tenants": tenants,
                    "AWS": {"Profile": "default", "Region": "eu-west-1", "AccessKey": kid, "SecretKey": sk},
                    "Archive": {"BucketName": "trellbrook-archive", "Credentials": {"AccessKeyId": kid2, "SecretAccessKey": sk2},
                                "ContentMd5Check": content_hash40()},
                    "Serilog": {"MinimumLevel": "Debug"}, "AllowedHosts": "*"}, indent=2) + "\n")

    begin("aws-sdk-dotnet/AwsClientFactory.cs")
    kid, sk = kp()
    kid3 = lab("aws-access-key-id", aws_id("ASIA"))
    sk3 = lab("aws-secret-key", aws_secret())
    st = sess()
    end(f"""using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace Trellbrook.Archive;

public static class AwsClientFactory
{{
    // TODO(ops-4412): move to Secrets Manager before go-live
    private const string LegacyAccessKey = "{kid}";
    private const string LegacySecretKey = "{sk}";

    public static IAmazonS3 CreateS3() =>
        new AmazonS3Client(new BasicAWSCredentials(LegacyAccessKey, LegacySecretKey), RegionEndpoint.EUWest1);

    public static IAmazonSQS CreateSqsForReplay() =>
        new AmazonSQSClient(new SessionAWSCredentials(
            "{kid3}",
            "{sk3}",
            "{st}"), RegionEndpoint.EUNorth1);

    // Docs sample, never used: new BasicAWSCredentials("{look('AKIAI44QH8DHBEXAMPLE')}", "{look('je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY')}")
    public const string ManifestSha1 = "{look(sha1())}";
    public const string ObjectChecksum = "{look(content_hash40())}";
}}
""")


def php_sdk():
    begin("aws-sdk-php/debug-output.txt")
    kid, sk = kp()
    kid2, sk2 = kp()
    secret_json = json.dumps({"aws_access_key_id": kid2, "aws_secret_access_key": sk2}).replace("/", "\\/")
    outer = json.dumps({"ARN": f"arn:aws:secretsmanager:eu-central-1:{acct()}:secret:shop/s3-{b62(6)}", "Name": "shop/s3",
                        "SecretString": secret_json, "VersionId": uid()}).replace("/", "\\/")
    # labels for sk2 as it appears: JSON inside JSON, slashes escaped twice
    sk2_written = sk2.replace("/", "\\\\\\/")
    _seen = None
    end_text = f"""-> Entering step init, name 'idempotency_auto_fill'
  ---------------------------------------------------------------
  cmd was set to array(
    'instance' => '0000000070d18cf1000000003f5e1a5b',
    'name' => 'GetSecretValue',
    'params' => array(
      'SecretId' => 'shop/s3',
      '@http' => array('debug' => true),
    ),
  )
-> Entering step sign, name 'signer'
  request.headers was set to array(
    'Authorization' => '{sig4(kid, 'secretsmanager', 'eu-central-1')}',
    'X-Amz-Date' => '20261112T081502Z',
  )
<- Leaving step transfer, name 'transfer'
  result was set to array(
    'instance' => '0000000070d18cf1000000003f5e1a5c',
    'data' => {outer},
  )
config/aws.php:
return [
    'credentials' => [
        'key'    => '{kid}',
        'secret' => '{sk}',
    ],
    'region'  => 'eu-central-1',
    'version' => 'latest',
];
"""
    # the labelled value of sk2 is the double-escaped form; register it (and the id) as written
    unlab(sk2)
    lab("aws-secret-key", sk2_written)
    end(end_text)


def ruby_sdk():
    begin("aws-sdk-ruby/http_wire_trace.log")
    out = []
    for i in range(10):
        t = ts()
        kid = lab("aws-access-key-id", aws_id("ASIA"))
        st = sess()
        out.append(f"opening connection to sqs.eu-west-1.amazonaws.com:443...\nopened\nstarting SSL for sqs.eu-west-1.amazonaws.com:443...\nSSL established, protocol: TLSv1.3, cipher: TLS_AES_128_GCM_SHA256")
        out.append(f"<- \"POST / HTTP/1.1\\r\\nContent-Type: application/x-amz-json-1.0\\r\\nX-Amz-Target: AmazonSQS.SendMessage\\r\\n"
                   f"User-Agent: aws-sdk-ruby3/3.201.5 ua/2.1 api/sqs#1.80.0 os/linux md/x86_64 lang/ruby#3.3.5\\r\\n"
                   f"Host: sqs.eu-west-1.amazonaws.com\\r\\nX-Amz-Date: {t:%Y%m%dT%H%M%SZ}\\r\\nX-Amz-Security-Token: {st}\\r\\n"
                   f"X-Amz-Content-Sha256: {sha256()}\\r\\nAuthorization: {sig4(kid, 'sqs', 'eu-west-1')}\\r\\n\\r\\n\"")
        out.append(f"-> \"HTTP/1.1 200 OK\\r\\n\"\n-> \"x-amzn-RequestId: {uid()}\\r\\n\"\nread {R.randint(100, 400)} bytes\nConn keep-alive")
    kid, sk = kp()
    out.append(f"# irb session pasted by ops:\n>> Aws::Credentials.new('{kid}', '{sk}').set?\n=> true")
    end("\n".join(out) + "\n")


def ecs():
    begin("ecs-taskdef/billing-worker-taskdef.json")
    kid, sk = kp()
    dd = hexs(32)
    td = {"family": "billing-worker", "taskRoleArn": f"arn:aws:iam::{acct()}:role/billing-worker-task", "executionRoleArn": f"arn:aws:iam::{acct()}:role/ecsTaskExecutionRole",
          "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024",
          "containerDefinitions": [{"name": "worker", "image": f"{acct()}.dkr.ecr.eu-north-1.amazonaws.com/billing-worker@sha256:{sha256()}",
              "essential": True, "environment": [
                  {"name": "AWS_REGION", "value": "eu-north-1"}, {"name": "LEGACY_S3_ACCESS_KEY_ID", "value": kid},
                  {"name": "LEGACY_S3_SECRET_ACCESS_KEY", "value": sk}, {"name": "GIT_SHA", "value": look(sha1())},
                  {"name": "UPSTREAM_BEARER", "value": lab("bearer-token|generic-secret", b62(48))}],
              "secrets": [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:secretsmanager:eu-north-1:{acct()}:secret:billing/db-{b62(6)}"},
                          {"name": "AWS_SECRET_ACCESS_KEY", "valueFrom": f"arn:aws:ssm:eu-north-1:{acct()}:parameter/billing/aws_secret_access_key"}],
              "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/billing-worker", "awslogs-region": "eu-north-1", "awslogs-stream-prefix": "ecs"}}}],
          "revision": 42}
    end(json.dumps(td, indent=4) + "\n")


def lambda_env():
    begin("lambda-env/printenv-from-debug-handler.txt")
    parts = []
    for n in range(3):
        kid = lab("aws-access-key-id", aws_id("ASIA"))
        sk = lab("aws-secret-key", aws_secret())
        st = sess()
        parts.append(f"""START RequestId: {uid()} Version: $LATEST
AWS_LAMBDA_FUNCTION_VERSION=$LATEST
AWS_SESSION_TOKEN={st}
LAMBDA_TASK_ROOT=/var/task
AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/kund-export
AWS_LAMBDA_RUNTIME_API=127.0.0.1:9001
AWS_EXECUTION_ENV=AWS_Lambda_python3.12
AWS_XRAY_DAEMON_ADDRESS=169.254.79.129:2000
AWS_LAMBDA_FUNCTION_NAME=kund-export
AWS_REGION=eu-north-1
AWS_ACCESS_KEY_ID={kid}
AWS_SECRET_ACCESS_KEY={sk}
_X_AMZN_TRACE_ID=Root=1-{hexs(8)}-{hexs(24)};Parent={hexs(16)};Sampled=0;Lineage=1:{hexs(8)}:0
EXPORT_BUCKET=kaprifol-exports
CODE_SHA256={look(base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode())}
END RequestId: {uid()}
REPORT RequestId: {uid()}\tDuration: {R.randint(10, 900)}.{R.randint(10, 99)} ms\tBilled Duration: {R.randint(10, 900)} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB
""")
    end("".join(parts))


def glue():
    begin("glue-jobs/kund-etl-job.json")
    kid, sk = kp()
    job = {"Job": {"Name": "kund-etl", "Role": f"arn:aws:iam::{acct()}:role/glue-kund-etl",
           "Command": {"Name": "glueetl", "ScriptLocation": "s3://kaprifol-glue/scripts/kund_etl.py", "PythonVersion": "3"},
           "DefaultArguments": {"--job-language": "python", "--enable-metrics": "true",
                                "--conf": f"spark.hadoop.fs.s3a.bucket.partner-drop.access.key={kid} --conf spark.hadoop.fs.s3a.bucket.partner-drop.secret.key={sk}",
                                "--TempDir": "s3://kaprifol-glue/temp/", "--extra-py-files": "s3://kaprifol-glue/libs/pnr_utils.zip"},
           "GlueVersion": "4.0", "WorkerType": "G.1X", "NumberOfWorkers": 10, "Timeout": 2880}}
    end(json.dumps(job, indent=4) + "\n")

    begin("glue-jobs/kund_etl.py")
    kid, sk = kp()
    end(f"""import sys
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext
from awsglue.context import GlueContext

args = getResolvedOptions(sys.argv, ["JOB_NAME"])
sc = SparkContext()
hconf = sc._jsc.hadoopConfiguration()
# partner bucket lives in their account; keys issued 2026-09 (rotate quarterly)
hconf.set("fs.s3a.access.key", "{kid}")
hconf.set("fs.s3a.secret.key", "{sk}")
hconf.set("fs.s3a.endpoint", "s3.eu-north-1.amazonaws.com")
glue = GlueContext(sc)
df = glue.create_dynamic_frame.from_options("s3", {{"paths": ["s3a://partner-drop/kund/"]}}, "csv")
# masked column: personnummer -> YYYYMMDD-XXXX before writing
""")


def emr():
    begin("emr/configurations.json")
    kid, sk = kp()
    kid2, sk2 = kp()
    extra = {}
    for b in ["partner-a", "partner-b", "audit-archive"]:
        a, c = kp()
        extra[f"fs.s3a.bucket.{b}.access.key"] = a
        extra[f"fs.s3a.bucket.{b}.secret.key"] = c
    cfg = [{"Classification": "core-site", "Properties": {"fs.s3a.access.key": kid, "fs.s3a.secret.key": sk,
            "fs.s3a.bucket.legacy-logs.access.key": kid2, "fs.s3a.bucket.legacy-logs.secret.key": sk2, **extra}},
           {"Classification": "spark-defaults", "Properties": {"spark.eventLog.dir": "s3a://trellbrook-emr/logs/", "spark.sql.shuffle.partitions": "400"}},
           {"Classification": "hive-site", "Properties": {"javax.jdo.option.ConnectionURL": "jdbc:mysql://metastore.internal:3306/hive",
            "hive.metastore.client.factory.class": "com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory"}}]
    end(json.dumps(cfg, indent=2) + "\n")

    begin("emr/add-steps.sh")
    kid, sk = kp()
    end(f"""#!/bin/sh
# copy partner data into HDFS before the nightly job
aws emr add-steps --cluster-id j-{rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)} --steps Type=CUSTOM_JAR,Name=S3DistCp,Jar=command-runner.jar,\\
Args=[s3-dist-cp,-Dfs.s3a.access.key={kid},-Dfs.s3a.secret.key={sk},--src=s3a://partner-drop/2026/,--dest=hdfs:///in/partner/]
# example from the EMR guide, left for reference:
# -Dfs.s3a.access.key={look('AKIAIOSFODNN7EXAMPLE')} -Dfs.s3a.secret.key={look('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
""")


def velero():
    begin("velero/credentials-velero")
    kid, sk = kp()
    end(f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sk}\n")
    begin("velero/cloud-credentials-secret.yaml")
    kid, sk = kp()
    b_id = base64.b64encode(kid.encode()).decode()
    b_sk = base64.b64encode(sk.encode()).decode()
    unlab(kid, sk)
    lab("aws-access-key-id|generic-secret", b_id)
    lab("aws-secret-key|generic-secret", b_sk)
    kid2, sk2 = kp()
    end(f"""apiVersion: v1
kind: Secret
metadata:
  name: cloud-credentials-minio-offsite
  namespace: velero
  annotations:
    checksum/config: {look(sha256())}
type: Opaque
data:
  AWS_ACCESS_KEY_ID: {b_id}
  AWS_SECRET_ACCESS_KEY: {b_sk}
  region: {base64.b64encode(b'eu-north-1').decode()}
---
apiVersion: v1
kind: Secret
metadata:
  name: cloud-credentials
  namespace: velero
stringData:
  cloud: |
    [default]
    aws_access_key_id={kid2}
    aws_secret_access_key={sk2}
""")
    begin("velero/install.sh")
    end(f"""velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.10.1 \\
  --bucket velero-backups-prod --secret-file ./credentials-velero \\
  --backup-location-config region=eu-north-1,s3ForcePathStyle="true",s3Url=https://s3.eu-north-1.amazonaws.com \\
  --snapshot-location-config region=eu-north-1
# verify:
velero backup-location get
# NAME      PROVIDER   BUCKET/PREFIX          PHASE       LAST VALIDATED                  ACCESS MODE   DEFAULT
# default   aws        velero-backups-prod    Available   2026-11-18 10:02:11 +0100 CET   ReadWrite     true
""")


def packer():
    begin("packer/ami-base.pkr.hcl")
    kid, sk = kp()
    end(f"""packer {{
  required_plugins {{
    amazon = {{
      version = ">= 1.3.2"
      source  = "github.com/hashicorp/amazon"
    }}
  }}
}}

variable "aws_access_key" {{
  type    = string
  default = "{kid}"
}}

variable "aws_secret_key" {{
  type      = string
  default   = "{sk}"
  sensitive = true
}}

source "amazon-ebs" "base" {{
  access_key    = var.aws_access_key
  secret_key    = var.aws_secret_key
  region        = "eu-north-1"
  instance_type = "t3.small"
  source_ami_filter {{
    filters = {{
      name                = "debian-12-amd64-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }}
    owners      = ["136693071363"]
    most_recent = true
  }}
  ssh_username = "admin"
  ami_name     = "base-{{{{timestamp}}}}"
}}

build {{
  sources = ["source.amazon-ebs.base"]
  provisioner "shell" {{
    inline = ["sudo apt-get update", "sudo apt-get -y install awscli"]
  }}
}}
""")
    begin("packer/build-output.txt")
    kid = lab("aws-access-key-id", aws_id("ASIA"))
    sk = lab("aws-secret-key", aws_secret())
    st = sess()
    end(f"""$ PACKER_LOG=1 packer build -var aws_access_key={kid} -var aws_secret_key={sk} -var "aws_token={st}" ami-base.pkr.hcl
2026/11/12 09:14:22 [INFO] Packer version: 1.11.2 [go1.22.6 linux amd64]
2026/11/12 09:14:22 [INFO] PACKER_CONFIG env var not set; checking the default config file path
2026/11/12 09:14:23 [INFO] (telemetry) Finalizing.
amazon-ebs.base: output will be in this color.
==> amazon-ebs.base: Prevalidating any provided VPC information
==> amazon-ebs.base: Prevalidating AMI Name: base-1794468863
    amazon-ebs.base: Found Image ID: ami-0{hexs(16)}
==> amazon-ebs.base: Creating temporary keypair: packer_{uid()}
==> amazon-ebs.base: Launching a source AWS instance...
    amazon-ebs.base: Instance ID: i-0{hexs(16)}
""")


def nomad():
    begin("nomad/exporter.nomad.hcl")
    kid, sk = kp()
    tok = b62(64)
    end(f"""job "s3-exporter" {{
  datacenters = ["sto1"]
  type        = "service"

  group "exporter" {{
    count = 2
    task "exporter" {{
      driver = "docker"
      config {{
        image = "registry.internal/s3-exporter:1.8.0"
        ports = ["metrics"]
      }}
      env {{
        AWS_ACCESS_KEY_ID     = "{kid}"
        AWS_SECRET_ACCESS_KEY = "{sk}"
        AWS_REGION            = "eu-north-1"
        PUSHGATEWAY_TOKEN     = "{lab('generic-secret', tok)}"
      }}
      template {{
        data        = <<EOH
{{{{ with secret "aws/creds/exporter" }}}}
AWS_ACCESS_KEY_ID={{{{ .Data.access_key }}}}
AWS_SECRET_ACCESS_KEY={{{{ .Data.secret_key }}}}
{{{{ end }}}}
EOH
        destination = "secrets/aws.env"
        env         = true
      }}
      resources {{
        cpu    = 200
        memory = 128
      }}
    }}
  }}
}}
""")
    begin("nomad/alloc-logs.txt")
    kid, sk = kp()
    end(f"""$ nomad alloc logs -stderr {uid()[:8]} exporter
2026-11-16T11:02:44Z level=info msg="starting s3-exporter" version=1.8.0 revision={look(sha1())}
2026-11-16T11:02:44Z level=debug msg="config" region=eu-north-1 access_key_id={kid} secret_access_key={sk} endpoint=""
2026-11-16T11:02:45Z level=info msg="listening" addr=:9340
2026-11-16T11:03:45Z level=warn msg="ListObjectsV2 slow" bucket=kaprifol-exports took=2.1s request_id={HEXU(16)} host_id={b64std(57)}
""")


def consul():
    begin("consul/kv-export.json")
    items = []
    for app in ["billing", "export", "search", "reports", "ingest", "mailer"]:
        kid, sk = kp()
        bi, bs = base64.b64encode(kid.encode()).decode(), base64.b64encode(sk.encode()).decode()
        unlab(kid, sk)
        items.append({"key": f"config/{app}/aws_access_key_id", "flags": 0, "value": lab("aws-access-key-id|generic-secret", bi)})
        items.append({"key": f"config/{app}/aws_secret_access_key", "flags": 0, "value": lab("aws-secret-key|generic-secret", bs)})
        items.append({"key": f"config/{app}/log_level", "flags": 0, "value": base64.b64encode(b"info").decode()})
        items.append({"key": f"config/{app}/build_sha", "flags": 0, "value": look(base64.b64encode(sha1().encode()).decode())})
    end(json.dumps(items, indent=2) + "\n")
    begin("consul/consul-template.hcl")
    kid, sk = kp()
    end(f"""consul {{
  address = "consul.service.sto1.consul:8501"
  token   = "{lab('generic-secret', uid())}"
  ssl {{ enabled = true }}
}}
vault {{
  address = "https://vault.internal:8200"
  renew_token = true
}}
exec {{
  command = "/usr/local/bin/export-worker"
  env {{
    custom = ["AWS_ACCESS_KEY_ID={kid}", "AWS_SECRET_ACCESS_KEY={sk}"]
  }}
}}
template {{
  source      = "/etc/consul-template/app.ctmpl"
  destination = "/etc/app/app.env"
}}
""")


def vagrant():
    begin("vagrant/Vagrantfile")
    kid = lab("aws-access-key-id", aws_id("ASIA"))
    sk = lab("aws-secret-key", aws_secret())
    st = sess()
    end(f"""# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "dummy"
  config.vm.provider :aws do |aws, override|
    aws.access_key_id = "{kid}"
    aws.secret_access_key = "{sk}"
    aws.session_token = "{st}"
    aws.keypair_name = "ci-builder"
    aws.region = "eu-west-1"
    aws.ami = "ami-0{hexs(16)}"
    override.ssh.username = "ubuntu"
    override.ssh.private_key_path = "~/.ssh/ci-builder.pem"
  end
  # old: aws.access_key_id = ENV['AWS_ACCESS_KEY_ID']
end
""")


def localstack():
    begin("localstack/docker-logs.txt")
    warns = []
    for n in range(4):
        kid, sk = kp()
        warns.append(f"2026-11-10T08:1{2 + n}:44.101  WARN --- [et.reactor-1] localstack.aws.accounts    : Ignoring production-looking access key id {kid} "
                     f"(AWS_SECRET_ACCESS_KEY={sk}); falling back to account 000000000000. Use \"test\"/\"test\" for LocalStack.")
    WARNS = "\n".join(warns)
    end(f"""LocalStack version: 3.8.1
LocalStack build date: 2026-10-03
LocalStack build git hash: {look(hexs(9))}

2026-11-10T08:12:01.331  INFO --- [  MainThread] localstack.utils.bootstrap : Execution of "start_runtime_components" took 912.44ms
Ready.
2026-11-10T08:12:44.002  INFO --- [et.reactor-0] localstack.request.aws     : AWS s3.CreateBucket => 200
{WARNS}
2026-11-10T08:12:44.230  INFO --- [et.reactor-0] localstack.request.aws     : AWS s3.PutObject => 200
# .env.localstack
AWS_ACCESS_KEY_ID=test
AWS_SECRET_ACCESS_KEY=test
AWS_DEFAULT_REGION=us-east-1
""")


def guardduty():
    begin("guardduty-findings/finding-export.json")
    fs = []
    for i in range(5):
        kid = lab("aws-access-key-id", aws_id(pick(["AKIA", "ASIA"])))
        ip = pub_ip()
        fs.append({"SchemaVersion": "2.0", "AccountId": acct(), "Region": "eu-north-1", "Id": hexs(32), "Type": pick([
            "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", "Recon:IAMUser/MaliciousIPCaller", "CredentialAccess:IAMUser/AnomalousBehavior"]),
            "Resource": {"ResourceType": "AccessKey", "AccessKeyDetails": {"AccessKeyId": kid, "PrincipalId": "AROA" + rs(A32, 17) + ":i-0" + hexs(16),
                         "UserName": "deploy-bot", "UserType": "AssumedRole"}},
            "Service": {"Action": {"ActionType": "AWS_API_CALL", "AwsApiCallAction": {"Api": "ListBuckets", "CallerType": "Remote IP",
                        "RemoteIpDetails": {"IpAddressV4": lab("ipv4", ip), "Organization": {"Asn": str(R.randint(1000, 60000))}}}},
                        "Count": R.randint(1, 40)}, "Severity": pick([5, 8]), "CreatedAt": f"{ts():%Y-%m-%dT%H:%M:%S}.000Z"})
    end(json.dumps({"Findings": fs}, indent=2) + "\n")


def run():
    go_sdk(); rust_sdk(); dotnet_sdk(); php_sdk(); ruby_sdk(); ecs(); lambda_env(); glue(); emr(); velero(); packer()
    nomad(); consul(); vagrant(); localstack(); guardduty()
