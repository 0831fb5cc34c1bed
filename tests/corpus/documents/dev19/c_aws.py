"""AWS access keys and secrets in infrastructure, data tools, IDE configs, process listings and backups."""
import json

from common import (b64e, hexs, jesc, uuid4, alnum, aws_account, aws_akid, aws_secret, aws_session, rs, UP, DG,
                    PUNCT_MIN, PUNCT_NOAT, pw, sha256hex, urlq, b64_bytes)

DOC_AKID = "AKIAIOSFODNN7EXAMPLE"
DOC_SAK = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _pair(d, prefix="AKIA"):
    return d.akid(prefix), d.sak()


def _role(d):
    return d.X(f"arn:aws:iam::{aws_account(d.r)}:role/{d.r.choice(['ci-deployer', 'backup-writer', 'etl-runner', 'readonly-audit'])}", "role arn")


# ------------------------------------------------------------------ Longhorn backup target secret (base64)
def longhorn(d):
    r = d.r
    a1, s1 = aws_akid(r), aws_secret(r)
    a2, s2 = aws_akid(r), aws_secret(r)
    ba1, bs1 = d.L("aws-access-key-id", b64e(a1)), d.L("aws-secret-key", b64e(s1))
    return f"""# longhorn-system/backup-target-secrets.yaml
apiVersion: v1
kind: Secret
metadata:
  name: aws-s3-backup
  namespace: longhorn-system
type: Opaque
data:
  AWS_ACCESS_KEY_ID: {ba1}
  AWS_SECRET_ACCESS_KEY: {bs1}
  AWS_ENDPOINTS: {b64e('https://s3.eu-north-1.amazonaws.com')}
---
apiVersion: v1
kind: Secret
metadata:
  name: aws-s3-backup-dr
  namespace: longhorn-system
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: {d.L('aws-access-key-id', a2)}
  AWS_SECRET_ACCESS_KEY: {d.L('aws-secret-key', s2)}
  VIRTUAL_HOSTED_STYLE: "true"
---
apiVersion: v1
kind: Secret
metadata:
  name: minio-lab-backup
  namespace: longhorn-system
type: Opaque
data:
  AWS_ACCESS_KEY_ID: {d.X(b64e('longhorn-lab'), 'base64 of a user name')}
  AWS_SECRET_ACCESS_KEY: {d.X(b64e('changeme'), 'base64 of a placeholder')}
  AWS_ENDPOINTS: {b64e('http://minio.minio.svc:9000')}
---
apiVersion: v1
kind: Secret
metadata:
  name: aws-s3-backup-archive
  namespace: longhorn-system
type: Opaque
data:
  AWS_ACCESS_KEY_ID: {d.L('aws-access-key-id', b64e(aws_akid(r)))}
  AWS_SECRET_ACCESS_KEY: {d.L('aws-secret-key', b64e(aws_secret(r)))}
  AWS_ENDPOINTS: {b64e('https://s3.eu-west-1.amazonaws.com')}
---
apiVersion: longhorn.io/v1beta2
kind: Setting
metadata:
  name: backup-target-credential-secret
  namespace: longhorn-system
value: aws-s3-backup
"""


# ------------------------------------------------------------------ KEDA TriggerAuthentication
def keda(d):
    r = d.r
    a1, s1 = aws_akid(r), aws_secret(r)
    a2, s2 = aws_akid(r), aws_secret(r)
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: sqs-scaler-credentials
  namespace: orders
data:
  AWS_ACCESS_KEY_ID: {d.L('aws-access-key-id', b64e(a1))}
  AWS_SECRET_ACCESS_KEY: {d.L('aws-secret-key', b64e(s1))}
---
apiVersion: v1
kind: Secret
metadata:
  name: dynamo-scaler-credentials
  namespace: orders
type: Opaque
data:
  awsAccessKeyID: {d.L('aws-access-key-id', b64e(aws_akid(r)))}
  awsSecretAccessKey: {d.L('aws-secret-key', b64e(aws_secret(r)))}
---
apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: keda-trigger-auth-aws-credentials
  namespace: orders
spec:
  secretTargetRef:
  - parameter: awsAccessKeyID
    name: sqs-scaler-credentials
    key: AWS_ACCESS_KEY_ID
  - parameter: awsSecretAccessKey
    name: sqs-scaler-credentials
    key: AWS_SECRET_ACCESS_KEY
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: order-worker
  namespace: orders
spec:
  scaleTargetRef:
    name: order-worker
  minReplicaCount: 1
  maxReplicaCount: 40
  triggers:
  - type: aws-sqs-queue
    authenticationRef:
      name: keda-trigger-auth-aws-credentials
    metadata:
      queueURL: https://sqs.eu-west-1.amazonaws.com/{aws_account(r)}/orders-inbound
      queueLength: "25"
      awsRegion: eu-west-1
---
# temporary: static keys inline while the IRSA role is being fixed (OPS-{r.randint(1000, 9999)})
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: invoice-worker
  namespace: orders
spec:
  scaleTargetRef:
    name: invoice-worker
  triggers:
  - type: aws-cloudwatch
    metadata:
      namespace: AWS/SQS
      metricName: ApproximateNumberOfMessagesVisible
      dimensionName: QueueName
      dimensionValue: invoices
      awsRegion: eu-west-1
      awsAccessKeyID: {d.L('aws-access-key-id', a2)}
      awsSecretAccessKey: {d.L('aws-secret-key', s2)}
      identityOwner: operator
"""


# ------------------------------------------------------------------ kaniko executor pod
def kaniko(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    acct = aws_account(r)
    return f"""apiVersion: v1
kind: Pod
metadata:
  name: kaniko-build-{hexs(r, 5)}
  namespace: ci
spec:
  restartPolicy: Never
  containers:
  - name: kaniko
    image: gcr.io/kaniko-project/executor:v1.23.2
    args:
    - --dockerfile=Dockerfile
    - --context=git://git.gridline-systems.com/platform/api.git#refs/heads/main
    - --destination={acct}.dkr.ecr.eu-north-1.amazonaws.com/api:{hexs(r, 7)}
    - --cache=true
    - --cache-repo={acct}.dkr.ecr.eu-north-1.amazonaws.com/cache
    env:
    - name: AWS_REGION
      value: eu-north-1
    - name: AWS_ACCESS_KEY_ID
      value: {a}
    - name: AWS_SECRET_ACCESS_KEY
      value: "{s}"
    - name: AWS_SDK_LOAD_CONFIG
      value: "true"
    - name: GIT_TOKEN
      valueFrom:
        secretKeyRef:
          name: git-read
          key: token
    volumeMounts:
    - name: docker-config
      mountPath: /kaniko/.docker/
  - name: cache-warmer
    image: gcr.io/kaniko-project/warmer:v1.23.2
    args: ["--cache-dir=/cache", "--image={acct}.dkr.ecr.eu-north-1.amazonaws.com/base:22.04"]
    env:
    - {{name: AWS_ACCESS_KEY_ID, value: {a2}}}
    - {{name: AWS_SECRET_ACCESS_KEY, value: {s2}}}
  volumes:
  - name: docker-config
    configMap:
      name: ecr-credential-helper   # {{"credsStore": "ecr-login"}}
"""


# ------------------------------------------------------------------ Harness pipeline
def harness(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    return f"""pipeline:
  name: deploy-data-api
  identifier: deploydataapi
  projectIdentifier: data_platform
  orgIdentifier: default
  tags: {{}}
  stages:
    - stage:
        name: Build
        identifier: Build
        type: CI
        spec:
          cloneCodebase: true
          execution:
            steps:
              - step:
                  type: Run
                  name: upload artifacts
                  identifier: upload_artifacts
                  spec:
                    connectorRef: account.dockerhub
                    image: amazon/aws-cli:2.17.0
                    shell: Sh
                    command: |-
                      aws s3 cp dist/ s3://data-api-artifacts/<+pipeline.sequenceId>/ --recursive
                    envVariables:
                      AWS_ACCESS_KEY_ID: <+secrets.getValue("aws_ci_access_key")>
                      AWS_SECRET_ACCESS_KEY: <+secrets.getValue("aws_ci_secret_key")>
                      AWS_DEFAULT_REGION: eu-central-1
              - step:
                  type: Run
                  name: warm cache (legacy account)
                  identifier: warm_cache
                  spec:
                    image: amazon/aws-cli:2.17.0
                    shell: Bash
                    command: aws s3 sync s3://legacy-cache ./cache --only-show-errors
                    envVariables:
                      AWS_ACCESS_KEY_ID: {a1}
                      AWS_SECRET_ACCESS_KEY: {s1}
    - stage:
        name: Deploy
        identifier: Deploy
        type: Custom
        spec:
          execution:
            steps:
              - step:
                  type: ShellScript
                  name: invalidate cdn
                  identifier: invalidate_cdn
                  spec:
                    shell: Bash
                    source:
                      type: Inline
                      spec:
                        script: |-
                          export AWS_ACCESS_KEY_ID="{a2}"
                          export AWS_SECRET_ACCESS_KEY="{s2}"
                          # reports bucket lives in the data account
                          AWS_ACCESS_KEY_ID={d.akid()} AWS_SECRET_ACCESS_KEY={d.sak()} aws s3 cp s3://data-reports/latest.json ./
                          aws cloudfront create-invalidation --distribution-id E{rs(r, UP + DG, 13)} --paths '/*'
"""


# ------------------------------------------------------------------ Spacelift context export
def spacelift(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    ctx = {"contexts": [
        {"id": "aws-legacy-prod", "name": "aws-legacy-prod", "description": "Static keys for the legacy account (no OIDC yet)",
         "labels": ["autoattach:legacy"], "config": [
            {"id": "AWS_ACCESS_KEY_ID", "type": "ENVIRONMENT_VARIABLE", "value": a1, "writeOnly": False},
            {"id": "AWS_SECRET_ACCESS_KEY", "type": "ENVIRONMENT_VARIABLE", "value": s1, "writeOnly": False},
            {"id": "AWS_DEFAULT_REGION", "type": "ENVIRONMENT_VARIABLE", "value": "eu-west-1", "writeOnly": False}]},
        {"id": "aws-sandbox", "name": "aws-sandbox", "labels": [], "config": [
            {"id": "AWS_ACCESS_KEY_ID", "type": "ENVIRONMENT_VARIABLE", "value": a2, "writeOnly": False},
            {"id": "AWS_SECRET_ACCESS_KEY", "type": "ENVIRONMENT_VARIABLE", "value": s2, "writeOnly": False},
            {"id": "TF_VAR_db_password", "type": "ENVIRONMENT_VARIABLE", "value": None, "writeOnly": True,
             "checksum": d.X(sha256hex(r), "checksum of a write-only value")}]},
        {"id": "aws-dns", "name": "aws-dns", "labels": ["autoattach:dns"], "config": [
            {"id": "AWS_ACCESS_KEY_ID", "type": "ENVIRONMENT_VARIABLE", "value": d.akid(), "writeOnly": False},
            {"id": "AWS_SECRET_ACCESS_KEY", "type": "ENVIRONMENT_VARIABLE", "value": d.sak(), "writeOnly": False}]},
        {"id": "aws-oidc", "name": "aws-oidc", "labels": [], "config": [
            {"id": "AWS_ROLE_ARN", "type": "ENVIRONMENT_VARIABLE", "value": _role(d), "writeOnly": False}]}]}
    return "// spacectl whoami; spacectl context list -o json (trimmed)\n" + json.dumps(ctx, indent=2) + "\n"


# ------------------------------------------------------------------ Ray cluster launcher
def ray_cluster(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    return f"""# ray up -y cluster.yaml
cluster_name: feature-backfill
max_workers: 12
provider:
  type: aws
  region: eu-west-1
  availability_zone: eu-west-1a,eu-west-1b
  cache_stopped_nodes: false
auth:
  ssh_user: ubuntu
available_node_types:
  head:
    node_config:
      InstanceType: m6i.2xlarge
      ImageId: ami-0{hexs(r, 16)}
    resources: {{}}
  workers:
    min_workers: 0
    max_workers: 12
    node_config:
      InstanceType: r6i.4xlarge
      InstanceMarketOptions:
        MarketType: spot
head_node_type: head
setup_commands:
  - pip install -q "ray[default]==2.34.0" polars pyarrow boto3
  - echo 'export AWS_ACCESS_KEY_ID={a}' >> ~/.bashrc
  - echo 'export AWS_SECRET_ACCESS_KEY={s}' >> ~/.bashrc
  - echo 'export AWS_DEFAULT_REGION=eu-west-1' >> ~/.bashrc
file_mounts:
  /home/ubuntu/jobs: ./jobs
head_start_ray_commands:
  - ray stop
  - AWS_ACCESS_KEY_ID={a2} AWS_SECRET_ACCESS_KEY={s2} ray start --head --port=6379 --autoscaling-config=~/ray_bootstrap_config.yaml
"""


# ------------------------------------------------------------------ ZenML secrets
def zenml(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    return f"""$ zenml secret create s3_artifacts --aws_access_key_id={a1} --aws_secret_access_key='{s1}'
Created secret 's3_artifacts'.
$ zenml artifact-store register s3_store -f s3 --path=s3://zenml-artifacts-gridline --authentication_secret=s3_artifacts
Successfully registered artifact_store `s3_store`.
$ zenml service-connector register aws-legacy --type aws --auth-method secret-key \\
    --aws_access_key_id={a2} --aws_secret_access_key={s2} --region=eu-central-1
Successfully registered service connector `aws-legacy` with access to the following resources:
┏━━━━━━━━━━━━━━━━━━━━━━━┯━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃     RESOURCE TYPE     │ RESOURCE NAMES                                          ┃
┠───────────────────────┼─────────────────────────────────────────────────────────┨
┃ 🔶 aws-generic        │ eu-central-1                                            ┃
┃ 📦 s3-bucket          │ s3://zenml-artifacts-gridline                           ┃
┃ 🐳 docker-registry    │ {aws_account(r)}.dkr.ecr.eu-central-1.amazonaws.com           ┃
┗━━━━━━━━━━━━━━━━━━━━━━━┷━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
$ zenml secret create sagemaker_exec --aws_access_key_id="{d.akid()}" --aws_secret_access_key="{d.sak()}"
Created secret 'sagemaker_exec'.
$ zenml secret get s3_artifacts
                 Secret 's3_artifacts'
┏━━━━━━━━━━━━━━━━━━━━━━━┯━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ SECRET_KEY            │ SECRET_VALUE                              ┃
┠───────────────────────┼───────────────────────────────────────────┨
┃ aws_access_key_id     │ {d.X('**********', 'mask')}                                ┃
┃ aws_secret_access_key │ **********                                ┃
┗━━━━━━━━━━━━━━━━━━━━━━━┷━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
"""


# ------------------------------------------------------------------ Polars / PyArrow ETL scripts
def polars(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = d.akid("ASIA"), d.sak()
    st = d.L("generic-secret", aws_session(r))
    return f'''"""Nightly export of order lines to the analytics bucket."""
import os
import polars as pl
import pyarrow.fs as pafs

# Documentation values kept for the unit test of the credential loader:
EXAMPLE_KEY_ID = "{d.X(DOC_AKID, 'documentation key')}"
EXAMPLE_SECRET = "{d.X(DOC_SAK, 'documentation secret')}"

STORAGE = {{
    "aws_access_key_id": "{a1}",
    "aws_secret_access_key": "{s1}",
    "aws_region": "eu-north-1",
}}

def load_orders(day: str) -> pl.LazyFrame:
    return pl.scan_parquet(f"s3://mosaic-raw/orders/dt={{day}}/*.parquet", storage_options=STORAGE)

def archive_fs() -> pafs.S3FileSystem:
    # temporary STS creds from `aws sts assume-role` pasted by ops on call
    return pafs.S3FileSystem(
        access_key="{a2}",
        secret_key="{s2}",
        session_token="{st}",
        region="eu-north-1",
    )

def from_env() -> dict:
    return {{"aws_access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
            "aws_secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"]}}

if __name__ == "__main__":
    lf = load_orders(os.environ.get("DAY", "2026-03-01"))
    lf.group_by("store_id").agg(pl.col("amount").sum()).sink_parquet("s3://mosaic-analytics/daily/agg.parquet")
'''


# ------------------------------------------------------------------ NGINX S3 gateway settings
def s3_gateway(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    return f"""# settings.env for nginxinc/nginx-s3-gateway (docker run --env-file ./settings.env)
S3_BUCKET_NAME=kestrel-public-assets
AWS_ACCESS_KEY_ID={a}
AWS_SECRET_ACCESS_KEY={s}
AWS_SESSION_TOKEN=
S3_SERVER=s3.eu-west-2.amazonaws.com
S3_SERVER_PORT=443
S3_SERVER_PROTO=https
S3_REGION=eu-west-2
S3_STYLE=virtual
AWS_SIGS_VERSION=4
ALLOW_DIRECTORY_LIST=false
PROVIDE_INDEX_PAGE=true
APPEND_SLASH_FOR_POSSIBLE_DIRECTORY=true
PROXY_CACHE_VALID_OK=1h
DEBUG=false
# previous key (deactivated {d.ts():%Y-%m-%d}): {d.X('AKIA' + '*' * 12 + a[-4:], 'masked key id')}

# settings-private.env (second container, private bucket behind basic auth)
S3_BUCKET_NAME=kestrel-private-docs
AWS_ACCESS_KEY_ID={a2}
AWS_SECRET_ACCESS_KEY={s2}
S3_REGION=eu-west-2
"""


# ------------------------------------------------------------------ MinIO client config
def mc_config(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    mk = d.X("minio-" + alnum(r, 10).lower(), "minio access key (a user name)")
    ms = d.L("aws-secret-key|generic-secret", aws_secret(r))
    cfg = {"version": "10", "aliases": {
        "gcs": {"url": "https://storage.googleapis.com", "accessKey": "YOUR-ACCESS-KEY-HERE",
                "secretKey": "YOUR-SECRET-KEY-HERE", "api": "S3v2", "path": "dns"},
        "local": {"url": "http://localhost:9000", "accessKey": mk, "secretKey": ms, "api": "S3v4", "path": "auto"},
        "s3": {"url": "https://s3.amazonaws.com", "accessKey": a1, "secretKey": s1, "api": "S3v4", "path": "dns"},
        "s3-archive": {"url": "https://s3.eu-north-1.amazonaws.com", "accessKey": a2, "secretKey": s2,
                       "api": "S3v4", "path": "dns"}}}
    d.X("YOUR-ACCESS-KEY-HERE", "placeholder")
    return json.dumps(cfg, indent=2) + "\n"


# ------------------------------------------------------------------ AWS SDK for pandas scripts
def awswrangler(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    return f'''# athena_reports.py -- weekly KPI extracts (run from the BI jump host)
import awswrangler as wr
import boto3

session = boto3.Session(
    aws_access_key_id="{a1}",
    aws_secret_access_key="{s1}",
    region_name="eu-west-1",
)

partner_session = boto3.Session(aws_access_key_id='{a2}',
                                aws_secret_access_key='{s2}',
                                region_name='us-east-1')

sql = """
SELECT store_id, date_trunc('week', sold_at) AS week, sum(amount) AS revenue
FROM sales.order_lines
WHERE sold_at >= date_add('week', -8, current_date)
GROUP BY 1, 2
"""

df = wr.athena.read_sql_query(sql, database="sales", boto3_session=session, ctas_approach=False)
wr.s3.to_parquet(df, path="s3://partner-dropbox-mosaic/kpi/", dataset=True, mode="overwrite",
                 boto3_session=partner_session)
# NB: the IAM user {d.X('AIDA' + rs(r, UP + DG, 17), 'IAM user id')} owns both keys; rotate in Q3.
'''


# ------------------------------------------------------------------ luigi.cfg
def luigi(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    p = d.pw(punct=PUNCT_MIN)
    return f"""[core]
default-scheduler-host = luigid.data.lumenworks.internal
default-scheduler-port = 8082
logging_conf_file = /etc/luigi/logging.cfg

[s3]
aws_access_key_id = {a}
aws_secret_access_key = {s}
region_name = eu-west-1

[redshift_copy]
# credentials used in the COPY ... CREDENTIALS clause
aws_access_key_id = {a2}
aws_secret_access_key = {s2}

[postgres]
marker-table = luigi_table_updates

[redshift]
host = analytics.c{hexs(r, 10)}.eu-west-1.redshift.amazonaws.com
port = 5439
database = analytics
user = luigi_loader
password = {p}

[email]
method = smtp
receiver = {d.X('data-alerts@example.com', 'reserved domain')}

[scheduler]
record_task_history = True
state_path = /var/lib/luigi/state.pickle
"""


# ------------------------------------------------------------------ Atmos stack
def atmos(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    return f"""# stacks/orgs/gridline/plat/euw1/dev.yaml
import:
  - orgs/gridline/plat/_defaults
  - catalog/vpc
  - catalog/eks/cluster

vars:
  environment: euw1
  stage: dev
  region: eu-west-1

env:
  # TODO(platform): remove once the Atmos runner has an instance profile
  AWS_ACCESS_KEY_ID: {a}
  AWS_SECRET_ACCESS_KEY: {s}
  AWS_PROFILE: ""

components:
  terraform:
    vpc:
      vars:
        ipv4_primary_cidr_block: 10.{r.randint(10, 99)}.0.0/18
        nat_gateway_enabled: true
    eks/cluster:
      vars:
        kubernetes_version: "1.30"
        map_additional_iam_roles:
          - rolearn: {_role(d)}
            username: deployer
            groups: ["system:masters"]
---
# stacks/orgs/gridline/plat/euw1/sandbox.yaml
import:
  - orgs/gridline/plat/_defaults
vars:
  stage: sandbox
env:
  AWS_ACCESS_KEY_ID: "{a2}"
  AWS_SECRET_ACCESS_KEY: "{s2}"
"""


# ------------------------------------------------------------------ moto fixtures
def moto(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    return f'''# tests/conftest.py
import os
import boto3
import pytest
from moto import mock_aws


@pytest.fixture(autouse=True)
def aws_credentials():
    """Mocked AWS Credentials for moto."""
    os.environ["AWS_ACCESS_KEY_ID"] = "{d.X('testing', 'moto fake credential')}"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1")


@pytest.fixture
def real_staging_bucket():
    """Integration tests against the staging account (marked slow, skipped in CI)."""
    client = boto3.client(
        "s3",
        aws_access_key_id="{a}",
        aws_secret_access_key="{s}",
        region_name="eu-north-1",
    )
    return client


@pytest.fixture
def sqs_load_test_queue():
    return boto3.resource("sqs", region_name="eu-north-1",
                          aws_access_key_id='{a2}', aws_secret_access_key='{s2}')


def test_doc_credentials_are_rejected():
    from app.creds import looks_real
    assert not looks_real("{d.X(DOC_AKID, 'documentation key')}", "{d.X(DOC_SAK, 'documentation secret')}")
'''


# ------------------------------------------------------------------ Bamboo Specs YAML
def bamboo(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    return f"""---
version: 2
plan:
  project-key: MOB
  key: RELEASE
  name: Mobile release
variables:
  aws.region: eu-west-1
  aws.access.key: {a1}
  aws.secret.key: {s1}
  password.appstore: {d.X('BAMSCRT@0@0@' + b64_bytes(r, 24), 'Bamboo encrypted value')}
stages:
  - Build:
      jobs:
        - Build app
Build app:
  tasks:
    - script:
        interpreter: SHELL
        scripts:
          - |-
            export AWS_ACCESS_KEY_ID=${{bamboo.aws.access.key}}
            export AWS_SECRET_ACCESS_KEY=${{bamboo.aws.secret.key}}
            ./gradlew assembleRelease
            aws s3 cp app/build/outputs/apk/release/ s3://mobile-builds/${{bamboo.buildNumber}}/ --recursive
    - script:
        interpreter: SHELL
        scripts:
          - aws configure set aws_access_key_id {d.akid()} --profile crashlogs && aws configure set aws_secret_access_key {d.sak()} --profile crashlogs
          - AWS_ACCESS_KEY_ID={a2} AWS_SECRET_ACCESS_KEY={s2} aws devicefarm schedule-run --project-arn "$DF_PROJECT" --app-arn "$APP_ARN"
"""


# ------------------------------------------------------------------ VS Code launch.json
def vscode_launch(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    a3 = d.akid("ASIA")
    s3 = d.sak()
    st = d.L("generic-secret", aws_session(r))
    p = d.pw(punct=PUNCT_NOAT, enc=jesc)
    return f"""{{
    // Use IntelliSense to learn about possible attributes.
    "version": "0.2.0",
    "configurations": [
        {{
            "name": "ingest: local against staging",
            "type": "debugpy",
            "request": "launch",
            "module": "ingest.main",
            "env": {{
                "AWS_ACCESS_KEY_ID": "{a1}",
                "AWS_SECRET_ACCESS_KEY": "{s1}",
                "AWS_REGION": "eu-north-1",
                "DATABASE_PASSWORD": "{p}"
            }},
            "justMyCode": false
        }},
        {{
            "name": "lambda: invoice-renderer",
            "type": "node",
            "request": "launch",
            "program": "${{workspaceFolder}}/functions/invoice-renderer/local.js",
            "env": {{
                "AWS_ACCESS_KEY_ID": "{a2}",
                "AWS_SECRET_ACCESS_KEY": "{s2}"
            }}
        }},
        {{
            "name": "go: exporter (assumed role)",
            "type": "go",
            "request": "launch",
            "program": "${{workspaceFolder}}/cmd/exporter",
            "env": {{
                "AWS_ACCESS_KEY_ID": "{a3}",
                "AWS_SECRET_ACCESS_KEY": "{s3}",
                "AWS_SESSION_TOKEN": "{st}"
            }}
        }},
        {{
            "name": "cdk: synth (sandbox)",
            "type": "node",
            "request": "launch",
            "program": "${{workspaceFolder}}/node_modules/aws-cdk/bin/cdk",
            "args": ["synth"],
            "env": {{ "AWS_ACCESS_KEY_ID": "{d.akid()}", "AWS_SECRET_ACCESS_KEY": "{d.sak()}" }}
        }},
        {{
            "name": "go: exporter (profile)",
            "type": "go",
            "request": "launch",
            "program": "${{workspaceFolder}}/cmd/exporter",
            "env": {{ "AWS_PROFILE": "gridline-dev", "AWS_ACCESS_KEY_ID": "${{env:AWS_ACCESS_KEY_ID}}" }}
        }}
    ]
}}
"""


# ------------------------------------------------------------------ IntelliJ run configurations
def intellij(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    p = d.pw(punct=PUNCT_MIN)
    return f"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="ReportService [staging]" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
    <option name="ACTIVE_PROFILES" value="staging" />
    <envs>
      <env name="AWS_ACCESS_KEY_ID" value="{a1}" />
      <env name="AWS_SECRET_ACCESS_KEY" value="{s1}" />
      <env name="AWS_REGION" value="eu-west-1" />
      <env name="SPRING_DATASOURCE_PASSWORD" value="{p}" />
    </envs>
    <module name="report-service" />
    <option name="SPRING_BOOT_MAIN_CLASS" value="com.gridline.reports.ReportServiceApplication" />
    <method v="2">
      <option name="Make" enabled="true" />
    </method>
  </configuration>
  <configuration default="false" name="IngestTest" type="JUnit" factoryName="JUnit">
    <module name="ingest" />
    <option name="TEST_OBJECT" value="class" />
    <option name="MAIN_CLASS_NAME" value="com.gridline.ingest.S3IngestIT" />
    <envs>
      <env name="AWS_ACCESS_KEY_ID" value="{d.akid()}" />
      <env name="AWS_SECRET_ACCESS_KEY" value="{d.sak()}" />
    </envs>
  </configuration>
  <configuration default="false" name="S3Migrator" type="Application" factoryName="Application">
    <option name="MAIN_CLASS_NAME" value="com.gridline.tools.S3Migrator" />
    <module name="tools" />
    <option name="PROGRAM_PARAMETERS" value="--source s3://old-reports --target s3://reports-v2" />
    <option name="VM_PARAMETERS" value="-Daws.accessKeyId={a2} -Daws.secretAccessKey={s2} -Xmx2g" />
    <method v="2">
      <option name="Make" enabled="true" />
    </method>
  </configuration>
</component>
"""


# ------------------------------------------------------------------ SigV4 signing debug output
def sigv4(d):
    r = d.r
    a1 = d.akid()
    a2 = d.akid()
    a3 = d.akid("ASIA")
    s1 = d.sak()
    day = f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    amz = f"{day}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}Z"
    return f"""$ python sign_debug.py --service execute-api --region eu-west-1 GET https://{hexs(r, 10)}.execute-api.eu-west-1.amazonaws.com/prod/reports
# sign_debug.py loads keys from ./debug-creds.ini:
#   [default]
#   access_key = {a1}
#   secret_key = {s1}
---- canonical request ----
GET
/prod/reports

host:{hexs(r, 10)}.execute-api.eu-west-1.amazonaws.com
x-amz-date:{amz}

host;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
---- string to sign ----
AWS4-HMAC-SHA256
{amz}
{day}/eu-west-1/execute-api/aws4_request
{d.X(sha256hex(r), 'hash of canonical request')}
---- authorization header ----
Authorization: AWS4-HMAC-SHA256 Credential={a1}/{day}/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature={d.X(sha256hex(r), 'signature')}

---- presigned url (second key, s3) ----
https://mosaic-exports.s3.eu-west-1.amazonaws.com/weekly.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={a2}%2F{day}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date={amz}&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={sha256hex(r)}

---- rejected request (temporary credentials without token) ----
<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>{a3}</AWSAccessKeyId><RequestId>{rs(r, UP + DG, 16)}</RequestId></Error>
"""


# ------------------------------------------------------------------ SES SMTP credentials CSV
def ses_smtp(d):
    r = d.r
    rows = ["IAM user name,Smtp username,Smtp password"]
    for name in ["ses-smtp-user.20260114-101233", "ses-smtp-crm", "ses-smtp-billing-eu"]:
        a = d.akid()
        p = d.L("password", "B" + b64_bytes(r, 32)[:43])
        rows.append(f"{name},{a},{p}")
    out = "\n".join(rows) + "\n"
    return out + f"""# pasted into the mail relay ticket afterwards:
# relayhost = [email-smtp.eu-north-1.amazonaws.com]:587
# smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd   (username is the AKIA id above)
"""


# ------------------------------------------------------------------ EC2 user data
def ec2_userdata(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    a3, s3 = d.akid("ASIA"), d.sak()
    st = d.L("generic-secret", aws_session(r))
    return f"""#!/bin/bash
# launch template lt-0{hexs(r, 16)} version 14 -- user data
set -euxo pipefail
exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1

yum install -y amazon-cloudwatch-agent jq
mkdir -p /root/.aws
cat > /root/.aws/credentials <<'EOF'
[default]
aws_access_key_id = {a1}
aws_secret_access_key = {s1}
EOF

aws configure set default.region eu-central-1
aws s3 cp s3://ops-bootstrap-gridline/agent.json /opt/aws/amazon-cloudwatch-agent/etc/agent.json

# second account for the log shipper
sudo -u shipper aws configure set aws_access_key_id {a2} --profile logs
sudo -u shipper aws configure set aws_secret_access_key {s2} --profile logs

# cross-account read for the config bucket (creds minted by the provisioning Lambda, valid 12h)
export AWS_ACCESS_KEY_ID={a3}
export AWS_SECRET_ACCESS_KEY={s3}
export AWS_SESSION_TOKEN={st}
aws s3 cp s3://shared-config-gridline/fleet.yaml /etc/fleet.yaml
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

INSTANCE_ID=$(curl -s http://169.254.169.254/latest/meta-data/instance-id)
aws ec2 create-tags --resources "$INSTANCE_ID" --tags Key=bootstrapped,Value=true
"""


# ------------------------------------------------------------------ Apache Doris S3 resource
def doris(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    return f"""-- doris-fe: create resources for cold data and loads
CREATE RESOURCE "remote_s3"
PROPERTIES
(
    "type" = "s3",
    "s3.endpoint" = "s3.eu-west-1.amazonaws.com",
    "s3.region" = "eu-west-1",
    "s3.bucket" = "doris-cold-gridline",
    "s3.root.path" = "cold/",
    "s3.access_key" = "{a1}",
    "s3.secret_key" = "{s1}",
    "s3.connection.maximum" = "50",
    "s3.connection.request.timeout" = "3000",
    "s3.connection.timeout" = "1000"
);

CREATE CATALOG glue_lake PROPERTIES (
    "type" = "hms",
    "hive.metastore.type" = "glue",
    "glue.endpoint" = "https://glue.eu-west-1.amazonaws.com",
    "glue.access_key" = "{d.akid()}",
    "glue.secret_key" = "{d.sak()}"
);

CREATE STORAGE POLICY cold_after_30d
PROPERTIES("storage_resource" = "remote_s3", "cooldown_ttl" = "2592000");

LOAD LABEL analytics.orders_{hexs(r, 8)}
(
    DATA INFILE("s3://mosaic-raw/orders/dt=2026-03-*/part-*.parquet")
    INTO TABLE orders
    FORMAT AS "parquet"
)
WITH S3
(
    "provider" = "S3",
    "AWS_ENDPOINT" = "s3.eu-north-1.amazonaws.com",
    "AWS_ACCESS_KEY" = "{a2}",
    "AWS_SECRET_KEY" = "{s2}",
    "AWS_REGION" = "eu-north-1"
)
PROPERTIES ("timeout" = "3600");

-- SHOW RESOURCES output masks the secret:
-- | remote_s3 | s3 | s3.secret_key | {d.X('******', 'mask')} |
"""


# ------------------------------------------------------------------ xbcloud backups
def xbcloud(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    p = d.pw(punct=PUNCT_MIN)
    return f"""#!/usr/bin/env bash
# /usr/local/bin/mysql-backup-s3.sh  (cron: 15 2 * * *)
set -o pipefail
STAMP=$(date +%F_%H%M)
xtrabackup --backup --stream=xbstream --extra-lsndir=/var/backups/lsn --target-dir=/var/backups/tmp \\
    --user=backup --password='{p}' \\
  | xbcloud put --storage=s3 \\
      --s3-endpoint='s3.eu-west-1.amazonaws.com' \\
      --s3-access-key='{a1}' \\
      --s3-secret-key='{s1}' \\
      --s3-bucket='mysql-backups-mosaic' \\
      --parallel=10 \\
      "full/$STAMP"

# weekly copy to the second region (xbcloud via the AWS env vars)
AWS_ACCESS_KEY_ID={d.akid()} AWS_SECRET_ACCESS_KEY={d.sak()} \\
  xbcloud put --storage=s3 --s3-region=eu-north-1 --s3-bucket=mysql-backups-north "weekly/$STAMP" < /var/backups/last.xbstream

# restore test on the replica host, different account
xbcloud get --storage=s3 --s3-access-key={a2} --s3-secret-key={s2} \\
    --s3-bucket=mysql-backups-dr "s3://mysql-backups-dr/full/latest" | xbstream -xv -C /var/lib/mysql-restore
"""


# ------------------------------------------------------------------ jcmd VM.system_properties
def jcmd(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    a3, s3 = _pair(d)
    p = d.pw(punct="!#%*+-_~")
    pid = r.randint(1000, 60000)
    return f"""$ jcmd {pid} VM.system_properties
{pid}:
#{d.ts():%a %b %d %H:%M:%S} UTC 2026
aws.accessKeyId={a1}
aws.region=eu-west-1
aws.secretAccessKey={s1}
awt.toolkit=sun.awt.X11.XToolkit
catalina.base=/opt/report-service
file.encoding=UTF-8
java.class.path=/opt/report-service/app.jar
java.home=/usr/lib/jvm/java-21-openjdk-amd64
java.vm.version=21.0.3+9-LTS
line.separator=\\n
os.name=Linux
spring.datasource.password={p}
spring.datasource.url=jdbc\\:postgresql\\://pg-reports.gridline.internal\\:5432/reports
spring.datasource.username=reports
legacy.s3.key={a2}
legacy.s3.secret={s2}
user.dir=/opt/report-service
user.name=reports

$ jcmd $(pgrep -f exporter.jar) VM.command_line
VM Arguments:
jvm_args: -Xms512m -Daws.accessKeyId={a3} -Daws.secretAccessKey={s3} -Dlogging.level.root=INFO
java_command: /opt/exporter/exporter.jar --schedule=hourly
"""


# ------------------------------------------------------------------ ps auxww snapshots
def ps_aux(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    p1 = d.pw(punct="!%+-._~")
    p2 = d.pw(punct="!%+-._~")
    pids = sorted(r.sample(range(800, 99999), 9))
    return f"""$ ps auxww | grep -v grep | egrep 'java|rclone|mysql|aws|python'
USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
app        {pids[0]:5d}  3.1  8.2 8412344 1345120 ?   Ssl  Mar03  41:07 /usr/bin/java -Xmx4g -Daws.accessKeyId={a1} -Daws.secretKey={s1} -jar /opt/ingest/ingest.jar
backup     {pids[1]:5d}  0.4  0.3 1283304 51872 ?     Sl   02:15   0:12 rclone sync /srv/exports s3remote:exports --s3-access-key-id {a2} --s3-secret-access-key {s2} --transfers 8
root       {pids[2]:5d}  0.0  0.0  14276  3120 ?      S    09:02   0:00 mysql -u root -px xxxxxxxxxx -h 127.0.0.1 shop
app        {pids[3]:5d}  0.0  0.1  39084 19220 pts/2  S+   09:10   0:00 mysqldump --user=report --password={p1} --single-transaction shop orders
app        {pids[4]:5d}  1.2  0.9 412332 152004 ?     Sl   Mar02  12:44 python3 /opt/sync/sync.py --db-pass {p2} --api-key-file /etc/sync/key
etl        {pids[6]:5d}  2.2  1.4 902112 231044 ?     Sl   08:00   3:41 /usr/local/bin/aws s3 sync /data/out s3://etl-out --endpoint-url https://s3.eu-north-1.amazonaws.com   (env: AWS_ACCESS_KEY_ID={d.akid()} AWS_SECRET_ACCESS_KEY={d.sak()})
root       {pids[5]:5d}  0.0  0.0   6480  2212 pts/0  S+   09:12   0:00 grep --color=auto -E java|rclone|mysql|aws|python
"""


# ------------------------------------------------------------------ crictl inspect
def crictl(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    a3, s3 = d.akid("ASIA"), d.sak()
    st = d.L("generic-secret", aws_session(r))
    cid = hexs(r, 64)
    info = {"status": {"id": cid, "metadata": {"attempt": 0, "name": "exporter"}, "state": "CONTAINER_RUNNING",
                       "createdAt": d.ts().isoformat() + ".123456789Z", "image": {"image": "registry.gridline-systems.com/exporter:1.9.2"},
                       "imageRef": "registry.gridline-systems.com/exporter@sha256:" + d.X(sha256hex(r), "image digest"),
                       "labels": {"io.kubernetes.pod.name": "exporter-7c9d8-" + alnum(r, 5).lower(),
                                  "io.kubernetes.pod.namespace": "observability"}},
            "info": {"sandboxID": hexs(r, 64), "pid": r.randint(1000, 90000), "runtimeSpec": {"process": {
                "user": {"uid": 65532, "gid": 65532}, "args": ["/exporter", "--config=/etc/exporter/config.yaml"],
                "env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME=exporter",
                        f"AWS_ACCESS_KEY_ID={a1}", f"AWS_SECRET_ACCESS_KEY={s1}", "AWS_REGION=eu-west-1",
                        f"BACKUP_AWS_ACCESS_KEY_ID={a2}", f"BACKUP_AWS_SECRET_ACCESS_KEY={s2}",
                        f"ARCHIVE_AWS_ACCESS_KEY_ID={a3}", f"ARCHIVE_AWS_SECRET_ACCESS_KEY={s3}", f"ARCHIVE_AWS_SESSION_TOKEN={st}",
                        "KUBERNETES_SERVICE_HOST=10.96.0.1", "KUBERNETES_SERVICE_PORT=443"],
                "cwd": "/"}}}}
    return f"$ sudo crictl inspect {cid[:13]}\n" + json.dumps(info, indent=2) + "\n"


# ------------------------------------------------------------------ TrueNAS cloud sync credentials
def truenas(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    a3, s3 = _pair(d)
    b2id = d.X("005" + hexs(r, 22), "B2 key id")
    b2key = d.L("generic-secret", "K005" + alnum(r, 27))
    creds = [{"id": 1, "name": "aws-backup", "provider": "S3", "attributes": {
        "access_key_id": a1, "secret_access_key": s1, "endpoint": "", "region": "eu-north-1",
        "skip_region": False, "signatures_v2": False, "max_upload_parts": 10000}},
        {"id": 2, "name": "aws-offsite", "provider": "S3", "attributes": {
            "access_key_id": a2, "secret_access_key": s2, "endpoint": "s3.eu-central-1.amazonaws.com"}},
        {"id": 4, "name": "aws-glacier-family", "provider": "S3", "attributes": {
            "access_key_id": a3, "secret_access_key": s3, "region": "eu-west-1", "skip_region": True}},
        {"id": 3, "name": "b2-photos", "provider": "B2", "attributes": {"account": b2id, "key": b2key}}]
    return "# midclt call cloudsync.credentials.query | jq\n" + json.dumps(creds, indent=2) + "\n"


# ------------------------------------------------------------------ Veeam B&R PowerShell
def veeam(d):
    r = d.r
    a1, s1 = _pair(d)
    a2, s2 = _pair(d)
    p = d.pw(punct="!#%*+-._~")
    return f"""# Add-ObjectStorageRepos.ps1  -- Veeam Backup & Replication 12 console
Import-Module Veeam.Backup.PowerShell
Connect-VBRServer -Server vbr01.ad.gridline-systems.com -User "GRIDLINE\\svc-veeam" -Password "{p}"

$acct = Add-VBRAmazonAccount -AccessKey "{a1}" -SecretKey "{s1}" -Description "S3 capacity tier"
$conn = New-VBRAmazonS3ConnectionSettings -Account $acct -RegionType Global -ServiceType CapacityTier
$bucket = Get-VBRAmazonS3Bucket -Connection $conn -Name "veeam-capacity-gridline"
$folder = New-VBRAmazonS3Folder -Bucket $bucket -Connection $conn -Name "vbr01"
Add-VBRAmazonS3Repository -AmazonS3Folder $folder -Connection $conn -Name "S3 Capacity" -EnableBackupImmutability -ImmutabilityPeriod 30

# archive tier account
$arch = Add-VBRAmazonAccount -AccessKey {a2} -SecretKey {s2} -Description "Glacier archive"

# SOBR offload for the branch office
$branch = Add-VBRAmazonAccount -AccessKey '{d.akid()}' -SecretKey '{d.sak()}' -Description "Branch offload"

# documentation sample, kept for reference:
# Add-VBRAmazonAccount -AccessKey "{d.X(DOC_AKID, 'documentation key')}" -SecretKey "{d.X(DOC_SAK, 'documentation secret')}"
Disconnect-VBRServer
"""


# ------------------------------------------------------------------ Tiltfile
def tiltfile(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    return f"""# Tiltfile
load('ext://restart_process', 'docker_build_with_restart')
load('ext://secret', 'secret_from_dict')

k8s_yaml(kustomize('deploy/overlays/dev'))

k8s_yaml(secret_from_dict("aws-dev", inputs = {{
    "AWS_ACCESS_KEY_ID" : "{a}",
    "AWS_SECRET_ACCESS_KEY" : "{s}",
}}))

docker_build_with_restart('registry.local/uploader', '.', entrypoint=['/app/uploader'],
    live_update=[sync('./bin/uploader', '/app/uploader')])

local_resource('localstack-seed',
    cmd='aws --endpoint-url=http://localhost:4566 s3 mb s3://uploads-dev',
    env={{'AWS_ACCESS_KEY_ID': '{d.X('test', 'localstack dummy')}', 'AWS_SECRET_ACCESS_KEY': 'test'}},
    resource_deps=['localstack'])

k8s_resource('uploader', port_forwards=8080, resource_deps=['localstack-seed'])

# thumbnailer talks to the real dev bucket
k8s_yaml(secret_from_dict("aws-thumbs", inputs = {{"AWS_ACCESS_KEY_ID": "{a2}", "AWS_SECRET_ACCESS_KEY": "{s2}"}}))
"""


# ------------------------------------------------------------------ docker buildx bake
def bake(d):
    r = d.r
    a, s = _pair(d)
    return f"""// docker-bake.hcl
variable "TAG" {{
  default = "dev"
}}

variable "AWS_ACCESS_KEY_ID" {{
  default = "{a}"
}}

variable "AWS_SECRET_ACCESS_KEY" {{
  default = "{s}"
}}

group "default" {{
  targets = ["api", "worker"]
}}

target "api" {{
  context    = "."
  dockerfile = "docker/api.Dockerfile"
  tags       = ["{aws_account(r)}.dkr.ecr.eu-west-1.amazonaws.com/api:${{TAG}}"]
  secret     = ["id=aws,env=AWS_SECRET_ACCESS_KEY"]
  args = {{
    AWS_ACCESS_KEY_ID = "${{AWS_ACCESS_KEY_ID}}"
  }}
  cache-from = ["type=s3,region=eu-west-1,bucket=buildx-cache-gridline,name=api"]
  cache-to   = ["type=s3,region=eu-west-1,bucket=buildx-cache-gridline,name=api,mode=max"]
}}

target "worker" {{
  inherits   = ["api"]
  dockerfile = "docker/worker.Dockerfile"
  tags       = ["registry.gridline-systems.com/worker:${{TAG}}"]
}}
"""


# ------------------------------------------------------------------ Pkl configuration
def pkl(d):
    r = d.r
    a, s = _pair(d)
    a2, s2 = _pair(d)
    p = d.pw(punct="!#%*+-._~")
    return f"""// config/staging.pkl
amends "AppConfig.pkl"

environment = "staging"

storage {{
  bucket = "kestrel-staging-uploads"
  region = "eu-west-2"
  accessKeyId = "{a}"
  secretAccessKey = "{s}"
}}

backups {{
  bucket = "kestrel-staging-backups"
  accessKeyId = "{a2}"
  secretAccessKey = "{s2}"
}}

database {{
  host = "db-staging.kestrel.internal"
  port = 5432
  user = "kestrel_app"
  password = "{p}"
}}

// production reads these from the environment:
//   accessKeyId = read("env:AWS_ACCESS_KEY_ID")
//   secretAccessKey = read("env:AWS_SECRET_ACCESS_KEY")
"""


CARRIERS = [
    ("longhorn-backup-target", "backup-target-secrets.yaml", longhorn),
    ("keda-trigger-auth", "sqs-scaler.yaml", keda),
    ("container-build-defs", "kaniko-build.yaml", kaniko),
    ("harness-pipeline-yaml", "deploy-data-api.yaml", harness),
    ("iac-runner-contexts", "contexts.json", spacelift),
    ("ml-platform-configs", "cluster.yaml", ray_cluster),
    ("ml-platform-configs", "zenml-setup.txt", zenml),
    ("python-data-aws-code", "export_orders.py", polars),
    ("s3-client-configs", "settings.env", s3_gateway),
    ("s3-client-configs", "config.json", mc_config),
    ("python-data-aws-code", "athena_reports.py", awswrangler),
    ("luigi-cfg", "luigi.cfg", luigi),
    ("iac-runner-contexts", "dev.yaml", atmos),
    ("python-data-aws-code", "conftest.py", moto),
    ("bamboo-specs-yaml", "bamboo.yml", bamboo),
    ("vscode-launch-json", "launch.json", vscode_launch),
    ("intellij-run-configurations", "workspace-run-configs.xml", intellij),
    ("sigv4-signing-debug", "sign-debug.txt", sigv4),
    ("ses-smtp-credentials-csv", "credentials.csv", ses_smtp),
    ("ec2-userdata-bash", "user-data.sh", ec2_userdata),
    ("doris-s3-resource-sql", "cold-storage.sql", doris),
    ("xbcloud-backup-scripts", "mysql-backup-s3.sh", xbcloud),
    ("jcmd-vm-system-properties", "jcmd-report-service.txt", jcmd),
    ("ps-auxww-snapshots", "ps-app01.txt", ps_aux),
    ("crictl-inspect-json", "crictl-inspect-exporter.json", crictl),
    ("truenas-cloudsync-json", "cloudsync-credentials.json", truenas),
    ("veeam-vbr-scripts", "Add-ObjectStorageRepos.ps1", veeam),
    ("container-build-defs", "Tiltfile", tiltfile),
    ("container-build-defs", "docker-bake.hcl", bake),
    ("pkl-configs", "staging.pkl", pkl),
]
