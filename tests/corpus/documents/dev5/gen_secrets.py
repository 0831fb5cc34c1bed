"""Secrets in configuration and code: AWS keys (credentials files, IAM CSVs,
tfstate, rclone, s3cmd, boto, Hadoop/Spark, CI, Vault, notebooks, code in
many languages), passwords and generic secrets in HCL, Jsonnet, CUE, Nix,
Dhall, XML, Spring, Django, Rails, Laravel, Maven, Gradle, Docker, etc."""
import json
from gen_values import fmt_date, jesc

EX_ID = "AKIAIOSFODNN7EXAMPLE"
EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
URLSAFE = "-_.~"


def PW(v, d, kind="mixed", safe="!*-_.~^+="):
    return d.L("password", v.password(kind, safe))


def GS(v, d, shape=None):
    return d.L("generic-secret", v.secret(shape))


def AK(v, d, prefix="AKIA"):
    return d.L("aws-access-key-id", v.aws_id(prefix))


def AS(v, d):
    return d.L("aws-secret-key", v.aws_secret())


def UC(v, d, kind="alnum"):
    return d.L("url-credentials", v.password(kind, URLSAFE))


def acct(v):
    return v.safe_digits(12, "0123456789"[v.r.randint(1, 9)])


# ------------------------------------------------------------------ AWS files
def aws_credentials(v, d, k):
    out = []
    profs = [["default", "prod-deploy", "billing-ro", "old-ci", "example", "sso-dev", "cdn-purge", "analytics", "ses-sender", "logs-ro", "dr-region", "finops"],
             ["default", "data-lake", "backup", "legacy", "terraform", "sandbox", "mlops", "athena", "route53", "sqs-worker", "cloudfront", "qa"],
             ["default", "eu-prod", "ap-south-1-etl", "rotated-2024", "docs", "assume", "glacier", "kinesis", "ecr-push", "lambda-deploy", "audit-ro", "textract"]][k]
    for i, p in enumerate(profs):
        if i == 4:
            out += ["[%s]" % p, "aws_access_key_id = %s" % EX_ID, "aws_secret_access_key = %s" % EX_SECRET, ""]
        elif i == 3:
            out += ["# rotated %s, kept for rollback" % fmt_date(v.event_date(2024, 2025), "iso"), "#[%s]" % p,
                    "#aws_access_key_id=%s" % AK(v, d), "#aws_secret_access_key=%s" % AS(v, d), ""]
        elif i == 5 and k % 2 == 0:
            out += ["[%s]" % p, "aws_access_key_id = %s" % AK(v, d, "ASIA"), "aws_secret_access_key = %s" % AS(v, d),
                    "aws_session_token = %s" % d.L("generic-secret", v.session_token()), ""]
        elif i == 5:
            out += ["[%s]" % p, "credential_process = /usr/local/bin/aws-vault exec %s --json" % p, ""]
        else:
            sp = " = " if k != 1 else "="
            out += ["[%s]" % p, "aws_access_key_id%s%s" % (sp, AK(v, d)), "aws_secret_access_key%s%s" % (sp, AS(v, d))]
            if i == 1:
                out.append("region%s%s" % (sp, v.pick(["eu-west-1", "ap-south-1", "us-east-2"])))
            out.append("")
    return "\n".join(out)


def iam_csv(v, d, k):
    if k == 0:
        rows = ["User name,Password,Access key ID,Secret access key,Console login link"]
        for i in range(10):
            u = v.pick(["deploy", "ci", "reporting", "etl", "backup", "grafana"]) + "-" + v.digits(2, "0123456789")
            pw = PW(v, d, "rand", "!*-_.~^+=@#%") if i % 2 == 0 else ""
            rows.append("%s,%s,%s,%s,https://%s.signin.aws.amazon.com/console" % (u, pw, AK(v, d), AS(v, d), acct(v)))
    elif k == 1:
        rows = ["Access key ID,Secret access key"]
        for i in range(8):
            rows.append("%s,%s" % (AK(v, d), AS(v, d)))
    else:
        rows = ["\ufeffUser,Access key ID,Secret access key,Created,Last used"]
        for i in range(10):
            rows.append('"svc-%s","%s","%s","%s","%s"' % (v.pick(["loki", "velero", "thanos", "airflow", "dvc", "spark"]), AK(v, d), AS(v, d),
                                                          fmt_date(v.event_date(2023, 2024), "iso"), fmt_date(v.event_date(2025, 2025), "iso")))
        rows.append('"svc-docs","%s","%s","2020-01-01","N/A"' % (EX_ID, EX_SECRET))
    return "\n".join(rows) + "\n"


def create_key_json(v, d, k):
    if k == 0:
        return """$ aws iam create-access-key --user-name %s
{
    "AccessKey": {
        "UserName": "%s",
        "AccessKeyId": "%s",
        "Status": "Active",
        "SecretAccessKey": "%s",
        "CreateDate": "%sT10:12:44+00:00"
    }
}
$ aws iam list-access-keys --user-name %s --query 'AccessKeyMetadata[].AccessKeyId'
[
    "%s"
]
""" % (("ci-bot",) * 2 + (AK(v, d), AS(v, d), fmt_date(v.event_date(2025, 2025), "iso"), "ci-bot", v.aws_id("AIDA")))
    ak = AK(v, d, "ASIA")
    return """$ aws sts assume-role --role-arn arn:aws:iam::%s:role/OrganizationAccountAccessRole --role-session-name ops
{
    "Credentials": {
        "AccessKeyId": "%s",
        "SecretAccessKey": "%s",
        "SessionToken": "%s",
        "Expiration": "%sT13:40:02+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "%s:ops",
        "Arn": "arn:aws:sts::%s:assumed-role/OrganizationAccountAccessRole/ops"
    }
}
""" % (acct(v), ak, AS(v, d), d.L("generic-secret", v.session_token()), fmt_date(v.event_date(2025, 2025), "iso"), v.aws_id("AROA"), acct(v))


def tfstate(v, d, k):
    res = []
    names = ["ci", "loki", "backup", "ses", "app", "thanos", "velero", "cur-export", "athena", "glue", "mwaa", "cdn"]
    for i in range(12):
        ak, sk = AK(v, d), AS(v, d)
        res.append("""    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "%s",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "%sT09:00:00Z",
            "encrypted_secret": null,
            "id": "%s",
            "key_fingerprint": null,
            "pgp_key": null,
            "secret": "%s",
            "ses_smtp_password_v4": "%s",
            "status": "Active",
            "user": "%s"
          },
          "sensitive_attributes": [],
          "dependencies": ["aws_iam_user.%s"]
        }
      ]
    }""" % (names[i], fmt_date(v.event_date(2024, 2025), "iso"), ak, sk, d.L("password", "B" + v.rand(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")) if names[i] == "ses" else "", names[i], names[i]))
    rp = PW(v, d, "rand", "!*-_.~^+=#%")
    res.append("""    {
      "mode": "managed",
      "type": "random_password",
      "name": "db",
      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
      "instances": [{"schema_version": 3, "attributes": {"id": "none", "length": %d, "result": "%s", "special": true}, "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]
    }""" % (len(rp), rp))
    dbp = PW(v, d, "alnum")
    res.append("""    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "main",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [{"schema_version": 2, "attributes": {"identifier": "main-%s", "engine": "postgres", "username": "app_admin", "password": "%s", "port": 5432, "manage_master_user_password": null}}]
    }""" % (v.digits(2), dbp))
    return """{
  "version": 4,
  "terraform_version": "1.%d.%d",
  "serial": %d,
  "lineage": "%s",
  "outputs": {},
  "resources": [
%s
  ],
  "check_results": null
}
""" % (v.r.randint(5, 9), v.r.randint(0, 5), v.r.randint(10, 400), v.uuid(), ",\n".join(res))


def rclone_conf(v, d, k):
    return f"""[s3-prod]
type = s3
provider = AWS
env_auth = false
access_key_id = {AK(v, d)}
secret_access_key = {AS(v, d)}
region = eu-central-1
acl = private

[s3-archive]
type = s3
provider = AWS
access_key_id = {AK(v, d)}
secret_access_key = {AS(v, d)}
storage_class = DEEP_ARCHIVE

[minio-lab]
type = s3
provider = Minio
access_key_id = labuser
secret_access_key = {GS(v, d, 'alnum32')}
endpoint = http://10.0.8.20:9000

[s3-env]
type = s3
provider = AWS
env_auth = true

[crypt-archive]
type = crypt
remote = s3-archive:backups
password = *** ENCRYPTED ***
"""


def s3cfg(v, d, k):
    return f"""[default]
access_key = {AK(v, d)}
access_token =
add_encoding_exts =
bucket_location = EU
check_ssl_certificate = True
default_mime_type = binary/octet-stream
encrypt = False
gpg_command = /usr/bin/gpg
gpg_passphrase = {PW(v, d, 'phrase')}
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
proxy_host = proxy.corp.internal
proxy_port = 3128
secret_key = {AS(v, d)}
signature_v2 = False
use_https = True
"""


def boto_cfg(v, d, k):
    return f"""# ~/.boto (generated by gsutil config, edited by hand)
[Credentials]
aws_access_key_id = {AK(v, d)}
aws_secret_access_key = {AS(v, d)}

[Boto]
https_validate_certificates = True
proxy = proxy.corp.internal
proxy_port = 3128
proxy_user = svc-boto
proxy_pass = {PW(v, d, 'alnum')}

[GSUtil]
default_project_id = analytics-{v.digits(6)}
parallel_composite_upload_threshold = 150M
"""


def core_site(v, d, k):
    return f"""<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{AK(v, d)}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{AS(v, d)}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.landing-zone.access.key</name>
    <value>{AK(v, d)}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.landing-zone.secret.key</name>
    <value>{AS(v, d)}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.public-data.aws.credentials.provider</name>
    <value>org.apache.hadoop.fs.s3a.AnonymousAWSCredentialsProvider</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs@nn1.cluster.internal:8020/user/etl/s3.jceks</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>{PW(v, d, 'alnum')}</value>
  </property>
</configuration>
"""


def spark_defaults(v, d, k):
    return f"""# spark-defaults.conf
spark.master                                   k8s://https://10.96.0.1:443
spark.eventLog.enabled                         true
spark.eventLog.dir                             s3a://spark-logs-{v.digits(4)}/events
spark.hadoop.fs.s3a.access.key                 {AK(v, d)}
spark.hadoop.fs.s3a.secret.key                 {AS(v, d)}
spark.hadoop.fs.s3a.endpoint                   s3.eu-west-1.amazonaws.com
spark.kubernetes.authenticate.submission.oauthToken   {d.L('generic-secret', v.secret('b64u43'))}
spark.ssl.keyStorePassword                     {PW(v, d, 'word')}
spark.ssl.keyPassword                          ${{env:SPARK_KEY_PASSWORD}}
spark.executor.memory                          8g
"""


def ci_github(v, d, k):
    ak, sk = AK(v, d), AS(v, d)
    ak2, sk2 = AK(v, d), AS(v, d)
    ak3, sk3 = AK(v, d), AS(v, d)
    tok = GS(v, d, "alnum36")
    d.L("generic-secret", tok)
    d.L("aws-access-key-id", ak)
    d.L("aws-secret-key", sk)
    return f"""2025-03-0{k + 4}T10:11:02.1183921Z ##[group]Run aws-actions/configure-aws-credentials@v4
2025-03-0{k + 4}T10:11:02.1184473Z with:
2025-03-0{k + 4}T10:11:02.1185011Z   aws-access-key-id: ***
2025-03-0{k + 4}T10:11:02.1185419Z   aws-secret-access-key: ***
2025-03-0{k + 4}T10:11:02.1185823Z   aws-region: eu-west-1
2025-03-0{k + 4}T10:11:02.1186240Z ##[endgroup]
2025-03-0{k + 4}T10:11:05.5523019Z ##[group]Run ./scripts/deploy.sh --debug
2025-03-0{k + 4}T10:11:05.5590122Z + export AWS_ACCESS_KEY_ID={ak}
2025-03-0{k + 4}T10:11:05.5590541Z + AWS_ACCESS_KEY_ID={ak}
2025-03-0{k + 4}T10:11:05.5591002Z + export AWS_SECRET_ACCESS_KEY={sk}
2025-03-0{k + 4}T10:11:05.5591413Z + AWS_SECRET_ACCESS_KEY={sk}
2025-03-0{k + 4}T10:11:05.5594020Z + export DEPLOY_TOKEN={tok}
2025-03-0{k + 4}T10:11:05.5594423Z + DEPLOY_TOKEN={tok}
2025-03-0{k + 4}T10:11:06.0012745Z + aws configure set aws_access_key_id {ak2} --profile artifacts
2025-03-0{k + 4}T10:11:06.0013188Z + aws configure set aws_secret_access_key {sk2} --profile artifacts
2025-03-0{k + 4}T10:11:07.2200114Z + python tools/mirror.py --src-key {ak3} --src-secret {sk3}
2025-03-0{k + 4}T10:11:08.7712003Z upload: dist/app.tar.gz to s3://artifacts-{v.digits(6)}/releases/{v.r.randint(1, 9)}.{v.r.randint(0, 30)}.0/app.tar.gz
2025-03-0{k + 4}T10:11:09.1180001Z Error: the secret DOCKERHUB_TOKEN is not set; skipping push (value: )
2025-03-0{k + 4}T10:11:09.2011932Z ##[endgroup]
"""


def ci_gitlab(v, d, k):
    ak, sk = AK(v, d), AS(v, d)
    dbp = PW(v, d, "word")
    uc = UC(v, d)
    return f"""Running with gitlab-runner 17.2.0 (6428c282)
  on shared-runner-03 xYz12AbC, system ID: s_{v.hexs(12)}
Preparing the "docker" executor
Using docker image sha256:{v.hexs(64)} for python:3.12-slim ...
Executing "step_script" stage of the job script
++ echo 'CI_DEBUG_TRACE=true'
++ export CI_JOB_TOKEN=[MASKED]
++ export AWS_ACCESS_KEY_ID={ak}
++ export AWS_SECRET_ACCESS_KEY={sk}
++ export AWS_DEFAULT_REGION=eu-north-1
++ export POSTGRES_PASSWORD={dbp}
++ export DATABASE_URL=postgresql://ci_user:{uc}@postgres:5432/ci_test
++ export SENTRY_DSN=
$ pytest -q --maxfail=1
........................................................ [100%]
56 passed in 41.02s
Cleaning up project directory and file based variables
Job succeeded
"""


def ci_jenkins(v, d, k):
    ak, sk = AK(v, d), AS(v, d)
    pw = PW(v, d, "rand", "!*-_.~^+=")
    return f"""Started by user admin
[Pipeline] withCredentials
Masking supported pattern matches of $AWS_SECRET_ACCESS_KEY or $NEXUS_PASSWORD
[Pipeline] {{
[Pipeline] sh
+ set +x
+ echo 'debug: env dump for ticket OPS-{v.digits(4)}'
debug: env dump for ticket OPS-{v.digits(4)}
+ env
+ sort
AWS_ACCESS_KEY_ID={ak}
AWS_SECRET_ACCESS_KEY=****
BUILD_NUMBER={v.r.randint(100, 999)}
JENKINS_URL=http://jenkins.ci.internal:8080/
LEGACY_AWS_SECRET_ACCESS_KEY={sk}
NEXUS_PASSWORD=****
NEXUS_PASSWORD_OLD={pw}
NODE_NAME=agent-{v.digits(2)}
[Pipeline] }}
[Pipeline] // withCredentials
Finished: SUCCESS
"""


def vault_out(v, d, k):
    ak, sk = AK(v, d), AS(v, d)
    tok = d.L("generic-secret", "hvs." + v.rand(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    pw = d.L("password", v.password("alnum"))
    return f"""$ vault login -method=userpass username=ops-{v.digits(2)}
Password (will be hidden):
Success! You are now authenticated. The token information displayed below
is already stored in the token helper. You do NOT need to run "vault login"
again. Future Vault requests will automatically use this token.

Key                    Value
---                    -----
token                  {tok}
token_accessor         {v.rand(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}
token_duration         768h
token_renewable        true
token_policies         ["default" "ops"]

$ vault read aws/creds/deploy-role
Key                Value
---                -----
lease_id           aws/creds/deploy-role/{v.rand(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}
lease_duration     1h
lease_renewable    true
access_key         {ak}
secret_key         {sk}
security_token     <nil>

$ vault kv get -field=password secret/db/reporting
{pw}
"""


def notebook(v, d, k):
    ak, sk = AK(v, d), AS(v, d)
    uc = UC(v, d)
    api = GS(v, d, "hex32")
    bt = d.L("bearer-token", v.bearer("alnum40"))
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Churn feature extraction\n", "Pull raw events from S3 and the reporting DB.\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import boto3, pandas as pd, requests\n", "from sqlalchemy import create_engine\n", "\n",
            "s3 = boto3.client('s3',\n", "    aws_access_key_id='%s',\n" % ak, "    aws_secret_access_key='%s')\n" % sk,
            "engine = create_engine('postgresql+psycopg2://analyst:%s@reporting-db.internal:5432/events')\n" % uc,
            "WEATHER_API_KEY = \"%s\"\n" % api]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["GET https://api.brightwave.io/v2/segments -> 200\n", "headers={'Authorization': 'Bearer %s'}\n" % bt]}],
         "source": ["r = requests.get(SEG_URL, headers=HEADERS)\n", "print('GET', SEG_URL, '->', r.status_code)\n", "print('headers=%s' % HEADERS)\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "# TODO move to env: os.environ['AWS_SECRET_ACCESS_KEY']\n", "password = getpass.getpass()\n"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["{'AccessKeyId': '%s', 'SecretAccessKey': '%s', 'Status': 'Active'}\n" % (AK(v, d), AS(v, d))]}],
         "source": ["iam.create_access_key(UserName='etl-export')['AccessKey']\n"]},
        {"cell_type": "code", "execution_count": 5, "metadata": {}, "outputs": [], "source": [
            "os.environ['AWS_ACCESS_KEY_ID'] = '%s'\n" % AK(v, d), "os.environ['AWS_SECRET_ACCESS_KEY'] = '%s'\n" % AS(v, d),
            "MLFLOW_TRACKING_TOKEN = '%s'\n" % GS(v, d, "alnum48")]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ code in many languages
def code_go(v, d, k):
    return f"""package storage

import (
\t"context"
\t"database/sql"
\t"os"

\t"github.com/aws/aws-sdk-go-v2/aws"
\t"github.com/aws/aws-sdk-go-v2/config"
\t"github.com/aws/aws-sdk-go-v2/credentials"
)

// TODO(sec): remove hard-coded fallback before release
const (
\tfallbackAccessKey = "{AK(v, d)}"
\tfallbackSecretKey = "{AS(v, d)}"
\t// backup bucket (separate account)
\tbackupAccessKey = "{AK(v, d)}"
\tbackupSecretKey = "{AS(v, d)}"
\twebhookSecret     = "{GS(v, d, 'hex64')}"
)

type DBConfig struct {{
\tHost     string
\tUser     string
\tPassword string
}}

var defaultDB = DBConfig{{Host: "10.1.2.3", User: "orders", Password: "{PW(v, d, 'word')}"}}

func Load(ctx context.Context) (aws.Config, error) {{
\tif id := os.Getenv("AWS_ACCESS_KEY_ID"); id != "" {{
\t\treturn config.LoadDefaultConfig(ctx)
\t}}
\treturn config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(
\t\tcredentials.NewStaticCredentialsProvider(fallbackAccessKey, fallbackSecretKey, "")))
}}

func Open(cfg DBConfig) (*sql.DB, error) {{
\tpassword := os.Getenv("DB_PASSWORD") // never log this
\t_ = password
\treturn sql.Open("pgx", "postgres://"+cfg.User+":"+cfg.Password+"@"+cfg.Host+"/orders")
}}
"""


def code_rust(v, d, k):
    return f"""use aws_credential_types::Credentials;
use reqwest::header::{{HeaderMap, HeaderValue, AUTHORIZATION}};

const API_SECRET: &str = "{GS(v, d, 'alnum48')}";
// const API_SECRET: &str = "REPLACE_ME";

pub fn s3_credentials() -> Credentials {{
    Credentials::new(
        "{AK(v, d)}",
        "{AS(v, d)}",
        None,
        None,
        "static",
    )
}}

pub fn headers(token: &str) -> HeaderMap {{
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {{}}", token)).unwrap());
    h.insert("x-service", HeaderValue::from_static("ledger"));
    h
}}

#[cfg(test)]
mod tests {{
    #[test]
    fn smoke() {{
        let token = "{d.L('generic-secret', v.secret('hex48'))}";
        let h = super::headers(token);
        assert!(h.contains_key("authorization"));
    }}
}}
"""


def code_java(v, d, k):
    return f"""package com.brightwave.storage;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public final class S3Config {{
    private static final String ACCESS_KEY = "{AK(v, d)}";
    private static final String SECRET_KEY = "{AS(v, d)}";
    private static final String ARCHIVE_ACCESS_KEY = "{AK(v, d)}";
    private static final String ARCHIVE_SECRET_KEY = "{AS(v, d)}";
    private static final String KEYSTORE_PASSWORD = "{PW(v, d, 'rand', '!*-_.~^+=')}";
    private static final String TRUSTSTORE_PASSWORD = System.getenv("TRUSTSTORE_PASSWORD");

    public static AmazonS3 client() {{
        BasicAWSCredentials creds = new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY);
        return AmazonS3ClientBuilder.standard()
                .withRegion("eu-west-1")
                .withCredentials(new AWSStaticCredentialsProvider(creds))
                .build();
    }}

    static java.net.HttpURLConnection open(java.net.URL url) throws java.io.IOException {{
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) url.openConnection();
        c.setRequestProperty("Authorization", "Basic {d.L('basic-auth', v.basic('svc-reports'))}");
        return c;
    }}
}}
"""


def code_kotlin(v, d, k):
    return f"""package io.pixelforge.media

import aws.sdk.kotlin.services.s3.S3Client
import aws.smithy.kotlin.runtime.auth.awscredentials.Credentials

object Secrets {{
    val s3Creds = Credentials(
        accessKeyId = "{AK(v, d)}",
        secretAccessKey = "{AS(v, d)}",
    )
    const val SIGNING_SECRET = "{GS(v, d, 'b64u43')}"
    val dbPassword: String = System.getenv("DB_PASSWORD") ?: ""
    val smtpPassword = "{PW(v, d, 'word')}"
}}

suspend fun client() = S3Client.fromEnvironment {{
    region = "eu-west-1"
    credentialsProvider = aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProvider {{ Secrets.s3Creds }}
}}
"""


def code_csharp(v, d, k):
    pw = PW(v, d, "rand", "!*-_.~^+=")
    return f"""using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Lumen.Billing
{{
    public static class Clients
    {{
        // legacy; see SEC-{v.digits(4)}
        private const string AwsAccessKey = "{AK(v, d)}";
        private const string AwsSecretKey = "{AS(v, d)}";
        private const string ConnString = "Server=sql01.lumen.internal;Database=Billing;User Id=billing_app;Password={pw};TrustServerCertificate=True;";

        public static AmazonS3Client S3() =>
            new AmazonS3Client(new BasicAWSCredentials(AwsAccessKey, AwsSecretKey), RegionEndpoint.EUWest1);

        public static HttpClient Partner()
        {{
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{d.L('bearer-token', v.bearer('alnum64'))}");
            http.DefaultRequestHeaders.Add("X-Api-Key", "{GS(v, d, 'hex32')}");
            return http;
        }}
    }}
}}
"""


def code_php(v, d, k):
    salts = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~`+=,.;:/?|"
    lines = []
    for s in salts:
        val = v.uniq(lambda: v.rand(64, alpha))
        d.L("generic-secret", val)
        lines.append("define( '%s',%s'%s' );" % (s, " " * (17 - len(s)), val))
    return f"""<?php
/**
 * The base configuration for WordPress
 */
define( 'DB_NAME', 'wp_{v.pick(['casaverde', 'dunmore', 'helios'])}' );
define( 'DB_USER', 'wp_user' );
define( 'DB_PASSWORD', '{PW(v, d, 'rand', '!*-_.~^+=')}' );
define( 'DB_HOST', '10.0.3.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

/* S3 offload plugin */
define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => '{AK(v, d)}',
    'secret-access-key' => '{AS(v, d)}',
) ) );

/**#@+
 * Authentication unique keys and salts.
 * Generate these using the WordPress.org secret-key service
 */
{chr(10).join(lines)}
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'JWT_AUTH_SECRET_KEY', '{GS(v, d, 'alnum48')}' );
"""


def code_ruby(v, d, k):
    return f"""# config/initializers/storage.rb
require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-1",
  credentials: Aws::Credentials.new("{AK(v, d)}", "{AS(v, d)}")
)

Sidekiq.configure_server do |config|
  config.redis = {{ url: "redis://:{UC(v, d)}@redis.internal:6379/0" }}
end

STRIPE_WEBHOOK_SIGNING = ENV.fetch("STRIPE_WEBHOOK_SECRET")
MAPS_API_KEY = "{GS(v, d, 'alnum32')}"
ADMIN_PASSWORD = ENV["ADMIN_PASSWORD"] || "{PW(v, d, 'weak')}"
"""


def code_swift(v, d, k):
    return f"""import Foundation
import AWSS3

enum Config {{
    static let apiBaseURL = URL(string: "https://api.pixelforge.dev/v3")!
    static let apiKey = "{GS(v, d, 'hex48')}"
    static let awsAccessKey = "{AK(v, d)}"
    static let awsSecretKey = "{AS(v, d)}"
}}

func makeRequest(path: String) -> URLRequest {{
    var req = URLRequest(url: Config.apiBaseURL.appendingPathComponent(path))
    req.setValue("Bearer {d.L('bearer-token', v.bearer('b64u43'))}", forHTTPHeaderField: "Authorization")
    req.setValue(Config.apiKey, forHTTPHeaderField: "X-Api-Key")
    return req
}}
"""


def code_scala(v, d, k):
    return f"""# application.conf (HOCON)
akka.http.server.idle-timeout = 60 s

app {{
  db {{
    url = "jdbc:postgresql://10.2.0.5:5432/ledger"
    user = "ledger"
    password = "{PW(v, d, 'word')}"
    password = ${{?LEDGER_DB_PASSWORD}}
  }}
  aws {{
    access-key-id = "{AK(v, d)}"
    secret-access-key = "{AS(v, d)}"
  }}
  jwt.secret = "{GS(v, d, 'b64_44')}"
  partner.api-key = ${{?PARTNER_API_KEY}}
}}
"""


def code_elixir(v, d, k):
    return f"""import Config

config :ex_aws,
  access_key_id: "{AK(v, d)}",
  secret_access_key: "{AS(v, d)}",
  region: "eu-west-1"

config :shop, Shop.Repo,
  username: "shop",
  password: "{PW(v, d, 'alnum')}",
  hostname: "db.internal",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  secret_key_base: "{GS(v, d, 'hex64')}",
  live_view: [signing_salt: "{GS(v, d, 'alnum24')}"]

config :shop, :mailer, password: System.get_env("SMTP_PASSWORD")
"""


def code_lua(v, d, k):
    return f"""-- /etc/nginx/lua/upstream_auth.lua (OpenResty)
local aws_access_key = "{AK(v, d)}"
local aws_secret_key = "{AS(v, d)}"
local api_key = "{GS(v, d, 'alnum32')}"
local redis_password = "{PW(v, d, 'alnum')}"

local function sign(req)
  ngx.req.set_header("Authorization", "Bearer {d.L('bearer-token', v.bearer('hex64'))}")
  ngx.req.set_header("X-Api-Key", api_key)
end

local red = require("resty.redis"):new()
local ok, err = red:auth(redis_password)
return {{ sign = sign }}
"""


def code_r(v, d, k):
    return f"""# analysis/load_data.R
library(aws.s3)
library(DBI)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "{AK(v, d)}",
  "AWS_SECRET_ACCESS_KEY" = "{AS(v, d)}",
  "AWS_DEFAULT_REGION" = "eu-west-1"
)

con <- dbConnect(RPostgres::Postgres(), host = "10.4.0.7", dbname = "survey",
                 user = "analyst", password = "{PW(v, d, 'word')}")
# password = rstudioapi::askForPassword("DB password")
census_api_key <- "{GS(v, d, 'hex48')}"
raw <- s3read_using(read.csv, object = "s3://survey-raw/2025/wave3.csv")
"""


def code_python(v, d, k):
    return f"""# settings.py - Django settings for tatvasoft portal
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = '{GS(v, d, 'alnum48' if k else 'alnum48')}'
DEBUG = False
ALLOWED_HOSTS = ['portal.tatvasoft.co.in']

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'portal',
        'USER': 'portal',
        'PASSWORD': '{PW(v, d, 'rand', '!*-_.~^+=')}',
        'HOST': 'db.internal',
        'PORT': '5432',
    }},
    'replica': {{
        'ENGINE': 'django.db.backends.postgresql',
        'PASSWORD': os.environ.get('REPLICA_PASSWORD'),
    }},
}}

EMAIL_HOST = 'smtp.internal'
EMAIL_HOST_USER = 'noreply'
EMAIL_HOST_PASSWORD = '{PW(v, d, 'word')}'

AWS_ACCESS_KEY_ID = '{AK(v, d)}'
AWS_SECRET_ACCESS_KEY = '{AS(v, d)}'
AWS_STORAGE_BUCKET_NAME = 'portal-media'
AWS_SES_ACCESS_KEY_ID = '{AK(v, d)}'
AWS_SES_SECRET_ACCESS_KEY = '{AS(v, d)}'
CELERY_BROKER_URL = 'amqp://portal:{UC(v, d)}@rabbitmq.internal:5672//'
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = '{GS(v, d, 'alnum24')}'
"""


# ------------------------------------------------------------------ framework configs
def spring_yml(v, d, k):
    return f"""spring:
  datasource:
    url: jdbc:mysql://mysql.internal:3306/orders?useSSL=true
    username: orders_rw
    password: "{PW(v, d, 'rand', '!*-_.~^+=')}"
  rabbitmq:
    addresses: amqp://orders:{UC(v, d)}@rabbit-0.internal:5672
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: orders-service
            client-secret: {GS(v, d, 'alnum32')}
            scope: openid,profile
  mail:
    password: ${{MAIL_PASSWORD:}}
cloud:
  aws:
    credentials:
      access-key: {AK(v, d)}
      secret-key: {AS(v, d)}
jwt:
  secret: {GS(v, d, 'hex64')}
app:
  hmac-secret: "{GS(v, d, 'b64u43')}"
  expiration: 3600
management:
  endpoints.web.exposure.include: health,info
"""


def rails_creds(v, d, k):
    return f"""# config/credentials.yml.enc -- decrypted with `bin/rails credentials:show`
secret_key_base: {d.L('generic-secret', v.secret('hex64') + v.hexs(64))}
aws:
  access_key_id: {AK(v, d)}
  secret_access_key: {AS(v, d)}
aws_backup:
  access_key_id: {AK(v, d)}
  secret_access_key: {AS(v, d)}
database:
  password: "{PW(v, d, 'alnum')}"
stripe:
  publishable_key: pk_live_{v.rand(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}
active_record_encryption:
  primary_key: {GS(v, d, 'alnum32')}
  deterministic_key: {GS(v, d, 'alnum32')}
  key_derivation_salt: {GS(v, d, 'alnum32')}
"""


def laravel_env(v, d, k):
    appkey = d.L("generic-secret", "base64:" + v.secret("b64_44"))
    return f"""APP_NAME=CasaVerde
APP_ENV=production
APP_KEY={appkey}
APP_DEBUG=false
APP_URL=https://loja.casaverde.com.br

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=10.0.2.8
DB_PORT=3306
DB_DATABASE=casaverde
DB_USERNAME=casaverde
DB_PASSWORD={PW(v, d, 'alnum')}

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME={d.L('email', 'postmaster@mg.casaverde.com.br')}
MAIL_PASSWORD={PW(v, d, 'alnum')}

AWS_ACCESS_KEY_ID={AK(v, d)}
AWS_SECRET_ACCESS_KEY={AS(v, d)}
AWS_DEFAULT_REGION=sa-east-1
AWS_BUCKET=casaverde-uploads

PUSHER_APP_ID={v.digits(7)}
PUSHER_APP_KEY={v.hexs(20)}
PUSHER_APP_SECRET={GS(v, d, 'alnum24')}
"""


def dotnet_config(v, d, k):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Main" connectionString="Data Source=sql02.dunmore.internal;Initial Catalog=Reservations;User ID=res_app;Password={PW(v, d, 'rand', '!*-_.~^+=')};Encrypt=True" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Server=sql03;Database=Rpt;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
    <add name="Audit" connectionString="Server=sql04;Database=Audit;User Id=audit;Pwd={PW(v, d, 'word')};" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="AWSAccessKey" value="{AK(v, d)}" />
    <add key="AWSSecretKey" value="{AS(v, d)}" />
    <add key="PaymentApiKey" value="{GS(v, d, 'hex32')}" />
    <add key="SmtpPassword" value="" />
    <add key="ClientSecret" value="#{{ClientSecret}}#" />
  </appSettings>
  <system.web>
    <machineKey validationKey="{d.L('generic-secret', (v.secret('hex64') + v.hexs(64)).upper())}" decryptionKey="{d.L('generic-secret', v.secret('hex48').upper())}" validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
"""


def keystore_props(v, d, k):
    if k == 0:
        return f"""# keystore.properties (Android release signing) - DO NOT COMMIT
storeFile=../keys/release.jks
storePassword={PW(v, d, 'alnum')}
keyAlias=upload
keyPassword={PW(v, d, 'word')}
"""
    return f"""# ~/.gradle/gradle.properties
org.gradle.jvmargs=-Xmx4g
org.gradle.parallel=true
systemProp.http.proxyHost=proxy.corp.internal
systemProp.http.proxyPort=3128
systemProp.http.proxyUser=svc-gradle
systemProp.http.proxyPassword={PW(v, d, 'alnum')}
mavenCentralUsername={v.rand(8, 'abcdefghijklmnopqrstuvwxyz')}
mavenCentralPassword={PW(v, d, 'rand', '!*-_.~^+=')}
signing.keyId={v.hexs(8).upper()}
signing.password={PW(v, d, 'phrase')}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
artifactoryApiKey={GS(v, d, 'alnum48')}
"""


def maven_settings(v, d, k):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deploy</username>
      <password>{PW(v, d, 'rand', '!*-_.~^+=')}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deploy</username>
      <password>${{env.NEXUS_PASSWORD}}</password>
    </server>
    <server>
      <id>github</id>
      <username>ci-bot</username>
      <password>{{COQLCE6DU6GtcS5P=}}</password>
    </server>
  </servers>
  <proxies>
    <proxy>
      <id>corp</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>proxy.corp.internal</host>
      <port>3128</port>
      <username>svc-maven</username>
      <password>{PW(v, d, 'word')}</password>
    </proxy>
  </proxies>
</settings>
"""


def docker_compose(v, d, k):
    return f"""services:
  api:
    image: registry.internal/shop/api:{v.r.randint(1, 9)}.{v.r.randint(0, 30)}.{v.r.randint(0, 9)}
    environment:
      DATABASE_URL: "postgres://shop:{UC(v, d)}@db:5432/shop"
      REDIS_URL: redis://:{UC(v, d)}@cache:6379/1
      SEARCH_URL: "https://elastic:{UC(v, d)}@search:9200"
      AWS_ACCESS_KEY_ID: {AK(v, d)}
      AWS_SECRET_ACCESS_KEY: {AS(v, d)}
      SESSION_SECRET: "{GS(v, d, 'b64u43')}"
      SMTP_PASSWORD: ${{SMTP_PASSWORD}}
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: "{PW(v, d, 'alnum')}"
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "{PW(v, d, 'alnum')}"]
  adminer:
    image: adminer
    environment:
      ADMINER_DEFAULT_PASSWORD: changeme
"""


def k8s_secret(v, d, k):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
  namespace: payments
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: "{AK(v, d)}"
  AWS_SECRET_ACCESS_KEY: "{AS(v, d)}"
  DB_PASSWORD: "{PW(v, d, 'rand', '!*-_.~^+=')}"
  WEBHOOK_SIGNING_SECRET: "{GS(v, d, 'hex64')}"
  PLACEHOLDER_TOKEN: "<set-by-external-secrets>"
data:
  # base64 of the values, managed by sealed-secrets controller
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJ...
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  API_BASE: https://api.internal
  PASSWORD_MIN_LENGTH: "12"
"""


def helm_values(v, d, k):
    return f"""# values-prod.yaml
image:
  tag: "{v.r.randint(1, 9)}.{v.r.randint(0, 30)}.{v.r.randint(0, 9)}"
postgresql:
  auth:
    username: app
    password: "{PW(v, d, 'alnum')}"
    postgresPassword: "{{{{ .Values.global.pgAdminPassword }}}}"
    existingSecret: ""
externalS3:
  accessKey: {AK(v, d)}
  secretKey: {AS(v, d)}
  bucket: thanos-prod
oauth2Proxy:
  clientSecret: {GS(v, d, 'alnum32')}
  cookieSecret: {GS(v, d, 'b64_44')}
grafana:
  adminPassword: "{PW(v, d, 'word')}"
"""


def env_file(v, d, k):
    lines = ["# .env.%s" % ["production", "staging", "local.bak"][k], "NODE_ENV=production", "PORT=8080"]
    lines.append("DATABASE_URL=postgresql://app:%s@pg-%d.internal:5432/app?sslmode=require" % (UC(v, d), k))
    lines.append("AWS_ACCESS_KEY_ID=%s" % AK(v, d))
    lines.append("AWS_SECRET_ACCESS_KEY=%s" % AS(v, d))
    lines.append("JWT_SECRET=%s" % GS(v, d, "hex64"))
    lines.append("NEXTAUTH_SECRET=%s" % GS(v, d, "b64_44"))
    lines.append("ENCRYPTION_KEY=%s" % GS(v, d, "hex32"))
    lines.append("COOKIE_SECRET='%s'" % GS(v, d, "alnum48"))
    lines.append("GITHUB_WEBHOOK_SECRET=%s" % GS(v, d, "hex48"))
    lines.append("PAYMENT_API_SECRET=%s" % GS(v, d, "alnum48"))
    lines.append("HMAC_SECRET=%s" % GS(v, d, "b64_44"))
    lines.append("INTERNAL_API_TOKEN=\"%s\"" % GS(v, d, "alnum32"))
    lines.append("CACHE_URL=memcache://cache:%s@memcached.internal:11211" % UC(v, d))
    lines.append("AMQP_URL=amqps://app:%s@mq.internal:5671/app" % UC(v, d))
    lines.append("SMTP_PASSWORD=%s" % PW(v, d, "alnum"))
    lines.append("ADMIN_PASSWORD=\"%s\"" % PW(v, d, "rand", "!*-_.~^+=#"))
    lines.append("MAPBOX_TOKEN=")
    lines.append("API_KEY=your-api-key-here")
    lines.append("SECRET=${VAULT_SECRET}")
    lines.append("REDIS_URL=redis://default:%s@redis.internal:6379" % UC(v, d))
    return "\n".join(lines) + "\n"


def hcl_tf(v, d, k):
    return f"""terraform {{
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "~> 5.0" }}
  }}
}}

provider "aws" {{
  region     = "eu-west-1"
  access_key = "{AK(v, d)}"
  secret_key = "{AS(v, d)}"
}}

variable "db_password" {{
  type      = string
  sensitive = true
  default   = "{PW(v, d, 'rand', '!*-_.~^+=')}"
}}

variable "datadog_app_name" {{
  default = "ledger"
}}

resource "aws_db_instance" "ledger" {{
  identifier        = "ledger-prod"
  engine            = "postgres"
  username          = "ledger"
  password          = var.db_password
  allocated_storage = 50
}}

resource "aws_elasticache_replication_group" "cache" {{
  replication_group_id = "cache"
  auth_token           = "{GS(v, d, 'alnum32')}"
  transit_encryption_enabled = true
}}
"""


def jsonnet_cfg(v, d, k):
    return f"""// config.jsonnet
local env = std.extVar('env');
{{
  db: {{
    host: 'pg.internal',
    user: 'reporting',
    password: '{PW(v, d, 'alnum')}',
  }},
  api: {{
    key: std.extVar('API_KEY'),
    clientSecret: '{GS(v, d, 'alnum32')}',
  }},
  smtp: {{ password: '' }},
}}
"""


def cue_cfg(v, d, k):
    return f"""package deploy

#Database: {{
\thost:     string
\tuser:     string
\tpassword: string
}}

db: #Database & {{
\thost:     "pg.internal"
\tuser:     "billing"
\tpassword: "{PW(v, d, 'word')}"
}}

broker: {{
\turl:      "amqps://billing:{UC(v, d)}@mq.internal:5671/billing"
\tapiToken: "{GS(v, d, 'hex48')}"
}}

admin: password: "{PW(v, d, 'alnum')}"
"""


def nix_cfg(v, d, k):
    return f"""{{ config, pkgs, ... }}:
{{
  users.users.deploy = {{
    isNormalUser = true;
    initialPassword = "{PW(v, d, 'word')}";
    hashedPassword = "$6$rounds=656000${v.rand(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./')}${v.rand(86, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./')}";
  }};

  services.grafana = {{
    enable = true;
    settings.security.admin_password = "{PW(v, d, 'alnum')}";
    settings.security.secret_key = "{GS(v, d, 'alnum32')}";
  }};

  services.restic.backups.s3 = {{
    environmentFile = "/run/secrets/restic.env";
    passwordFile = "/run/secrets/restic-password";
    repository = "s3:s3.amazonaws.com/backups-{v.digits(6)}";
  }};
}}
"""


def dhall_cfg(v, d, k):
    return f"""-- config.dhall
let Db = {{ host : Text, user : Text, password : Text }}

let db
    : Db
    = {{ host = "pg.internal", user = "events", password = "{PW(v, d, 'alnum')}" }}

in  {{ db
    , apiToken = "{GS(v, d, 'b64u43')}"
    , awsAccessKeyId = "{AK(v, d)}"
    , awsSecretAccessKey = "{AS(v, d)}"
    , slackWebhook = env:SLACK_WEBHOOK_URL as Text ? ""
    }}
"""


def airflow_conns(v, d, k):
    ak, sk = AK(v, d), AS(v, d)
    pg = PW(v, d, "alnum")
    extra = jesc('{"aws_access_key_id": "%s", "aws_secret_access_key": "%s", "region_name": "eu-west-1"}' % (ak, sk))
    return f"""{{
  "aws_default": {{
    "conn_type": "aws",
    "extra": "{extra}"
  }},
  "postgres_dwh": {{
    "conn_type": "postgres",
    "host": "dwh.internal",
    "login": "airflow",
    "password": "{pg}",
    "port": 5432,
    "schema": "dwh"
  }},
  "http_partner": {{
    "conn_type": "http",
    "host": "https://partner.api",
    "extra": "{jesc('{"api_key": "%s"}' % GS(v, d, 'hex32'))}"
  }},
  "smtp_default": {{"conn_type": "email", "login": "airflow", "password": ""}}
}}
"""


def passwd_s3fs(v, d, k):
    if k == 0:
        return "%s:%s\n" % (AK(v, d), AS(v, d))
    return "# /etc/passwd-s3fs  (chmod 600)\n%s:%s\nbackups-%s:%s:%s\nmedia-%s:%s:%s\n" % (AK(v, d), AS(v, d), v.digits(4), AK(v, d), AS(v, d), v.digits(4), AK(v, d), AS(v, d))


def velero_creds(v, d, k):
    return "[default]\naws_access_key_id=%s\naws_secret_access_key=%s\n" % (AK(v, d), AS(v, d))


def fluentbit(v, d, k):
    return f"""[OUTPUT]
    Name                 s3
    Match                kube.*
    bucket               logs-archive-{v.digits(5)}
    region               eu-central-1
    total_file_size      50M
    use_put_object       On

# credentials injected via env for the daemonset
# AWS_ACCESS_KEY_ID={AK(v, d)}
# AWS_SECRET_ACCESS_KEY={AS(v, d)}

[OUTPUT]
    Name        es
    Match       app.*
    Host        es.logging.internal
    HTTP_User   fluentbit
    HTTP_Passwd {PW(v, d, 'alnum')}
    tls         On
"""


def logstash(v, d, k):
    return f"""output {{
  s3 {{
    access_key_id => "{AK(v, d)}"
    secret_access_key => "{AS(v, d)}"
    region => "us-east-1"
    bucket => "siem-archive"
    codec => "json_lines"
  }}
  elasticsearch {{
    hosts => ["https://es01.internal:9200"]
    user => "logstash_writer"
    password => "{PW(v, d, 'word')}"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
  }}
}}
"""


def grafana_ds(v, d, k):
    return f"""apiVersion: 1
datasources:
  - name: CloudWatch
    type: cloudwatch
    jsonData:
      authType: keys
      defaultRegion: eu-west-1
    secureJsonData:
      accessKey: {AK(v, d)}
      secretKey: {AS(v, d)}
  - name: Loki
    type: loki
    url: http://loki:3100
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: "Bearer {d.L('bearer-token', v.bearer('alnum40'))}"
  - name: Postgres
    type: postgres
    url: pg.internal:5432
    user: grafana
    secureJsonData:
      password: "{PW(v, d, 'alnum')}"
"""


def incident_md(v, d, k):
    rows = []
    for i in range(12):
        rows.append("| %s | `%s` | `%s` | %s | %s |" % (v.pick(["ci-bot", "legacy-etl", "cdn", "backup", "grafana"]), AK(v, d), AS(v, d), fmt_date(v.event_date(2025, 2025), "iso"),
                                                  v.pick(["deactivated", "deleted", "pending"])))
    return f"""# Incident INC-{v.digits(4)}: AWS keys committed to public gist

**Status:** remediation in progress   **Owner:** secops

## Exposed credentials

The following pairs were found by the gist scanner. All must be rotated;
the table is kept here (private wiki) for the audit trail.

| IAM user | Access key id | Secret access key | Found | State |
|---|---|---|---|---|
{chr(10).join(rows)}

Example values in our README (`{EX_ID}` / `{EX_SECRET}`) are AWS documentation
placeholders and were not rotated.

## Timeline
- {fmt_date(v.event_date(2025, 2025), 'iso')} 09:12 alert from scanner
- {fmt_date(v.event_date(2025, 2025), 'iso')} 09:40 keys deactivated
"""


def printenv(v, d, k):
    return f"""root@worker-{v.digits(2)}:/app# printenv | sort
AWS_ACCESS_KEY_ID={AK(v, d)}
AWS_DEFAULT_REGION=ap-south-1
AWS_SECRET_ACCESS_KEY={AS(v, d)}
HOME=/root
HOSTNAME=worker-{v.hexs(10)}
KUBERNETES_SERVICE_HOST=10.96.0.1
MYSQL_PWD={PW(v, d, 'alnum')}
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PYTHON_VERSION=3.12.4
RABBITMQ_URL=amqp://worker:{UC(v, d)}@rabbitmq:5672/
SENTRY_AUTH_TOKEN=
TERM=xterm
root@worker-{v.digits(2)}:/app# aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************{v.rand(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}              env
secret_key     ****************{v.rand(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123')}              env
    region               ap-south-1              env    AWS_DEFAULT_REGION
"""


def dvc_cfg(v, d, k):
    return f"""[core]
    remote = storage
['remote "storage"']
    url = s3://ml-datasets-{v.digits(5)}/dvc
    access_key_id = {AK(v, d)}
    secret_access_key = {AS(v, d)}
['remote "lab"']
    url = s3://lab/dvc
    endpointurl = http://10.0.8.20:9000
    access_key_id = labuser
    secret_access_key = {GS(v, d, 'alnum32')}
"""


DOCS = []
for _k in range(3):
    DOCS.append(("aws/credentials_%02d" % (_k + 1), aws_credentials, _k))
for _k in range(3):
    DOCS.append(("aws/%s" % ["new_user_credentials.csv", "accessKeys.csv", "key_inventory.csv"][_k], iam_csv, _k))
for _k in range(2):
    DOCS.append(("aws/%s" % ["create_access_key.txt", "assume_role.txt"][_k], create_key_json, _k))
for _k in range(1):
    DOCS.append(("terraform/terraform_%02d.tfstate" % (_k + 1), tfstate, _k))
DOCS.append(("config/rclone.conf", rclone_conf, 0))
DOCS.append(("config/s3cfg", s3cfg, 0))
DOCS.append(("config/boto", boto_cfg, 0))
DOCS.append(("hadoop/core-site.xml", core_site, 0))
DOCS.append(("hadoop/spark-defaults.conf", spark_defaults, 0))
for _k in range(1):
    DOCS.append(("ci/github_actions_deploy_%02d.log" % (_k + 1), ci_github, _k))
DOCS.append(("ci/gitlab_job_debug.log", ci_gitlab, 0))
DOCS.append(("ci/jenkins_console.log", ci_jenkins, 0))
DOCS.append(("vault/session.txt", vault_out, 0))
for _k in range(1):
    DOCS.append(("notebooks/churn_features_%02d.ipynb" % (_k + 1), notebook, _k))
DOCS.append(("code/go/storage.go", code_go, 0))
DOCS.append(("code/rust/creds.rs", code_rust, 0))
DOCS.append(("code/java/S3Config.java", code_java, 0))
DOCS.append(("code/kotlin/Secrets.kt", code_kotlin, 0))
DOCS.append(("code/csharp/Clients.cs", code_csharp, 0))
DOCS.append(("code/php/wp-config.php", code_php, 0))
DOCS.append(("code/ruby/storage.rb", code_ruby, 0))
DOCS.append(("code/swift/Config.swift", code_swift, 0))
DOCS.append(("code/scala/application.conf", code_scala, 0))
DOCS.append(("code/elixir/prod.exs", code_elixir, 0))
DOCS.append(("code/lua/upstream_auth.lua", code_lua, 0))
DOCS.append(("code/r/load_data.R", code_r, 0))
DOCS.append(("code/python/settings.py", code_python, 0))
DOCS.append(("config/application-prod.yml", spring_yml, 0))
DOCS.append(("config/credentials.yml", rails_creds, 0))
DOCS.append(("config/laravel.env", laravel_env, 0))
DOCS.append(("config/Web.config", dotnet_config, 0))
DOCS.append(("config/keystore.properties", keystore_props, 0))
DOCS.append(("config/gradle.properties", keystore_props, 1))
DOCS.append(("config/maven-settings.xml", maven_settings, 0))
DOCS.append(("config/docker-compose.yml", docker_compose, 0))
DOCS.append(("k8s/app-secrets.yaml", k8s_secret, 0))
DOCS.append(("k8s/values-prod.yaml", helm_values, 0))
for _k in range(2):
    DOCS.append(("config/env_%02d.env" % (_k + 1), env_file, _k))
DOCS.append(("terraform/main.tf", hcl_tf, 0))
DOCS.append(("config/config.jsonnet", jsonnet_cfg, 0))
DOCS.append(("config/deploy.cue", cue_cfg, 0))
DOCS.append(("config/configuration.nix", nix_cfg, 0))
DOCS.append(("config/config.dhall", dhall_cfg, 0))
DOCS.append(("airflow/connections.json", airflow_conns, 0))
DOCS.append(("config/passwd-s3fs", passwd_s3fs, 1))
DOCS.append(("config/fluent-bit.conf", fluentbit, 0))
DOCS.append(("config/logstash-s3.conf", logstash, 0))
DOCS.append(("config/grafana-datasources.yaml", grafana_ds, 0))
DOCS.append(("wiki/incident_aws_keys.md", incident_md, 0))
DOCS.append(("shell/printenv_worker.txt", printenv, 0))
DOCS.append(("config/dvc_config", dvc_cfg, 0))
