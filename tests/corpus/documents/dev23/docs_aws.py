"""AWS access keys in tool configs, code, process listings, CI logs, docs pages."""
import json

from core import (Doc, doc, T, alnum, lower_alnum, hexs, b64, b64url, uuid4, sha1, sha256, ts, iso, fmt_t,
                  password, akid, aws_secret, aws_session_token, amz_request_id, rnd, ipv4_private, UP, DG, AN)


def pair(d, prefix="AKIA"):
    r = d.rng
    return d.L("aws-access-key-id", akid(r, prefix)), d.L("aws-secret-key", aws_secret(r))


def acct(r):
    return str(r.randint(100000000000, 999999999999))


@doc
def wazuh():
    d = Doc("wazuh-ossec-aws-wodle", "ossec.conf", "siem agent config")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''<!-- /var/ossec/etc/ossec.conf (wazuh-manager 4.9) — excerpt, AWS integration -->
<ossec_config>
  <global>
    <jsonout_output>yes</jsonout_output>
    <alerts_log>yes</alerts_log>
    <logall>no</logall>
    <email_notification>no</email_notification>
  </global>

  <wodle name="aws-s3">
    <disabled>no</disabled>
    <interval>10m</interval>
    <run_on_start>yes</run_on_start>
    <skip_on_error>yes</skip_on_error>
    <bucket type="cloudtrail">
      <name>rederiet-org-cloudtrail</name>
      <aws_account_id>⟨acc1⟩</aws_account_id>
      <aws_account_alias>rederiet-prod</aws_account_alias>
      <access_key>⟨a1⟩</access_key>
      <secret_key>⟨s1⟩</secret_key>
      <regions>eu-north-1,eu-west-1</regions>
      <only_logs_after>2025-OCT-01</only_logs_after>
    </bucket>
    <bucket type="guardduty">
      <name>rederiet-guardduty-export</name>
      <aws_profile>default</aws_profile>
    </bucket>
    <service type="cloudwatchlogs">
      <aws_log_groups>/aws/lambda/booking-api,/aws/rds/instance/booking-db/postgresql</aws_log_groups>
      <access_key>⟨a2⟩</access_key>
      <secret_key>⟨s2⟩</secret_key>
      <regions>eu-north-1</regions>
    </service>
  </wodle>

  <!-- role assumed for the security account; the ARN is not a secret -->
  <!-- arn:aws:iam::⟨acc2⟩:role/WazuhReadOnly (AROA⟨roa⟩) -->
</ossec_config>
''', acc1=d.X(acct(r)), a1=a1, s1=s1, a2=a2, s2=s2, acc2=d.X(acct(r)), roa=d.X(rnd(r, UP + "234567", 17)))
    return d


@doc
def singlestore():
    d = Doc("singlestore-pipeline-sql", "pipelines.sql", "database pipeline ddl")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''-- SingleStore pipelines for the fleet telemetry warehouse
-- applied with: singlestore -h svc-3f2a-ddl.aws-stockholm-1.svc.singlestore.com -u admin -p < pipelines.sql

CREATE DATABASE IF NOT EXISTS fleet;
USE fleet;

CREATE TABLE IF NOT EXISTS positions (
  vehicle_id VARCHAR(16) NOT NULL,
  ts DATETIME(6) NOT NULL,
  lat DOUBLE, lon DOUBLE, speed_kmh FLOAT,
  SHARD KEY (vehicle_id), SORT KEY (ts)
);

CREATE OR REPLACE PIPELINE positions_s3
AS LOAD DATA S3 'fleet-telemetry-raw/positions/'
CONFIG '{"region": "eu-north-1", "suffixes": ["json"]}'
CREDENTIALS '{"aws_access_key_id": "⟨a1⟩", "aws_secret_access_key": "⟨s1⟩"}'
INTO TABLE positions
FORMAT JSON (vehicle_id <- vid, ts <- t, lat <- lat, lon <- lon, speed_kmh <- v);

CREATE OR REPLACE PIPELINE trips_s3
AS LOAD DATA S3 'fleet-telemetry-raw/trips/'
CONFIG '{"region": "eu-north-1"}'
CREDENTIALS '{"aws_access_key_id": "⟨a2⟩",
              "aws_secret_access_key": "⟨s2⟩",
              "aws_session_token": ""}'
INTO TABLE trips FIELDS TERMINATED BY ',' IGNORE 1 LINES;

START PIPELINE positions_s3;
START PIPELINE trips_s3;
''', a1=a1, s1=s1, a2=a2, s2=s2)
    return d


@doc
def sdk_js_v2():
    d = Doc("aws-sdk-js-v2-config", "s3client.js", "node aws sdk code")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''// lib/s3client.js — legacy upload service (aws-sdk v2, migration to v3 tracked in UPL-88)
const AWS = require('aws-sdk');

AWS.config.update({
  region: 'eu-north-1',
  accessKeyId: process.env.AWS_ACCESS_KEY_ID || '⟨a1⟩',
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || '⟨s1⟩',
  maxRetries: 3,
});

const s3 = new AWS.S3({ apiVersion: '2006-03-01', signatureVersion: 'v4' });

// The thumbnails bucket lives in the media account
const mediaS3 = new AWS.S3({
  credentials: new AWS.Credentials('⟨a2⟩', '⟨s2⟩'),
  region: 'eu-west-1',
});

// AWS docs example pair, used by the unit tests with the mock (not valid):
// new AWS.Credentials('AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')

async function putOriginal(key, body, contentType) {
  return s3.putObject({ Bucket: 'bildbanken-original', Key: key, Body: body, ContentType: contentType }).promise();
}

async function putThumb(key, body) {
  return mediaS3.putObject({ Bucket: 'bildbanken-thumbs', Key: key, Body: body, CacheControl: 'max-age=31536000' }).promise();
}

module.exports = { putOriginal, putThumb };
''', a1=a1, s1=s1, a2=a2, s2=s2)
    d.X("AKIAIOSFODNN7EXAMPLE")
    d.X("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    return d


@doc
def awsume():
    d = Doc("awsume-shell-output", "awsume-session.txt", "terminal transcript")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d, "ASIA"), pair(d, "ASIA")
    t1, t2 = d.L("generic-secret", aws_session_token(r)), d.L("generic-secret", aws_session_token(r))
    acc = d.X(acct(r))
    d.text = T('''nils@mbp ~ % awsume prod-admin --show-commands
Session token will expire at 2026-01-27 21:14:02
[prod-admin] Role credentials will expire 2026-01-27 14:14:02
export AWS_ACCESS_KEY_ID=⟨a1⟩
export AWS_SECRET_ACCESS_KEY=⟨s1⟩
export AWS_SESSION_TOKEN=⟨t1⟩
export AWS_REGION=eu-north-1
export AWS_DEFAULT_REGION=eu-north-1
export AWSUME_PROFILE=prod-admin
nils@mbp ~ % aws sts get-caller-identity
{
    "UserId": "AROA⟨roa⟩:nils",
    "Account": "⟨acc⟩",
    "Arn": "arn:aws:sts::⟨acc⟩:assumed-role/OrganizationAccountAccessRole/nils"
}
nils@mbp ~ % awsume staging-ro -s
export AWS_ACCESS_KEY_ID=⟨a2⟩
export AWS_SECRET_ACCESS_KEY=⟨s2⟩
export AWS_SESSION_TOKEN=⟨t2⟩
export AWS_REGION=eu-north-1
export AWSUME_PROFILE=staging-ro
nils@mbp ~ % awsume --unset
''', a1=a1, s1=s1, t1=t1, a2=a2, s2=s2, t2=t2, acc=acc, roa=d.X(rnd(r, UP + "234567", 17)))
    return d


@doc
def ciminstance():
    d = Doc("get-ciminstance-process", "processes-APP03.txt", "windows process listing")
    r = d.rng
    (a1, s1), (a2, s2), (a3, s3) = pair(d), pair(d), pair(d)
    d.X("17.0.13.11")  # JRE version in the path, not an address
    d.text = T('''PS C:\\Users\\adm-erik> Get-CimInstance Win32_Process -ComputerName APP03 | Where-Object CommandLine -match 'aws|s3|backup' | Format-List ProcessId,Name,CommandLine

ProcessId   : 4412
Name        : java.exe
CommandLine : "C:\\Program Files\\Eclipse Adoptium\\jre-17.0.13.11-hotspot\\bin\\java.exe" -Xmx2g -Daws.accessKeyId=⟨a1⟩ -Daws.secretKey=⟨s1⟩ -Daws.region=eu-north-1 -jar D:\\apps\\dokumentarkiv\\arkiv-service.jar --spring.profiles.active=prod

ProcessId   : 7730
Name        : powershell.exe
CommandLine : powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "Set-AWSCredential -AccessKey ⟨a2⟩ -SecretKey ⟨s2⟩ -StoreAs backup; Write-S3Object -BucketName app03-sqlbackup -Folder D:\\SQLBackup -KeyPrefix nightly -Recurse -ProfileName backup"

ProcessId   : 9102
Name        : rclone.exe
CommandLine : "C:\\Tools\\rclone\\rclone.exe" sync D:\\Scans :s3:skanning-arkiv/APP03 --s3-provider AWS --s3-access-key-id ⟨a3⟩ --s3-secret-access-key ⟨s3⟩ --s3-region eu-north-1 --log-file C:\\Tools\\rclone\\sync.log

ProcessId   : 9230
Name        : aws.exe
CommandLine : "C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe" s3 ls s3://app03-sqlbackup/nightly/ --profile backup

''', a1=a1, s1=s1, a2=a2, s2=s2, a3=a3, s3=s3)
    d.text = d.text.replace("\n", "\r\n")
    return d


@doc
def pgrep():
    d = Doc("pgrep-a-output", "pgrep-af-backup01.txt", "process listing")
    r = d.rng
    (a1, s1), (a2, s2), (a3, s3) = pair(d), pair(d), pair(d)
    d.text = T('''root@backup01:~# pgrep -af 's3|restic|rclone|duplicity|aws'
1187 /usr/bin/python3 /usr/local/bin/s3-sync.py --bucket kontorsbackup-veckovis --access-key ⟨a1⟩ --secret-key ⟨s1⟩ --src /srv/share
2203 restic -r s3:s3.eu-north-1.amazonaws.com/kontorsbackup-restic backup /etc /home --tag nightly
2204 /bin/sh -c AWS_ACCESS_KEY_ID=⟨a2⟩ AWS_SECRET_ACCESS_KEY=⟨s2⟩ RESTIC_PASSWORD_FILE=/root/.restic-pw restic -r s3:s3.eu-north-1.amazonaws.com/kontorsbackup-restic backup /etc /home --tag nightly
3319 rclone mount :s3:kontorsbackup-arkiv /mnt/arkiv --s3-provider=AWS --s3-region=eu-north-1 --s3-access-key-id=⟨a3⟩ --s3-secret-access-key=⟨s3⟩ --read-only --daemon
3390 /usr/bin/aws s3 cp /var/backups/pg/ s3://kontorsbackup-pg/2026-01-29/ --recursive --sse AES256
root@backup01:~# ps -o pid,etime,user,cmd -p 1187,2203
    PID     ELAPSED USER     CMD
   1187  2-04:11:52 root     /usr/bin/python3 /usr/local/bin/s3-sync.py --bucket kontorsbackup-veckovis --access-key ⟨a1⟩ --secret-key ⟨s1⟩ --src /srv/share
   2203       41:08 root     restic -r s3:s3.eu-north-1.amazonaws.com/kontorsbackup-restic backup /etc /home --tag nightly
''', a1=a1, s1=s1, a2=a2, s2=s2, a3=a3, s3=s3)
    return d


@doc
def tetragon():
    d = Doc("tetragon-process-exec-json", "tetragon-exec.jsonl", "runtime security events")
    r = d.rng
    pairs = [pair(d) for _ in range(3)]
    evs = []
    cmds = [
        ("/usr/local/bin/aws", "configure set aws_access_key_id {a} --profile etl && aws configure set aws_secret_access_key {s} --profile etl"),
        ("/usr/bin/env", "AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={s} python /app/export_to_s3.py --date 2026-01-29"),
        ("/usr/local/bin/s5cmd", "--credentials-file /dev/null --endpoint-url https://s3.eu-north-1.amazonaws.com cp --access-key {a} --secret-key {s} /data/out/*.parquet s3://etl-curated/2026/01/29/"),
    ]
    for (a, s), (binary, args) in zip(pairs, cmds):
        evs.append({"process_exec": {"process": {
            "exec_id": b64(r, 24), "pid": r.randint(1000, 60000), "uid": 0, "cwd": "/app",
            "binary": binary, "arguments": args.format(a=a, s=s), "flags": "execve clone",
            "start_time": iso(ts(r), ms=True), "auid": 4294967295,
            "pod": {"namespace": "etl", "name": "nightly-export-" + lower_alnum(r, 5),
                    "container": {"id": "containerd://" + d.X(sha256(r)), "name": "export",
                                  "image": {"id": "registry.data.lan/etl/export@sha256:" + d.X(sha256(r)), "name": "registry.data.lan/etl/export:2.3.1"},
                                  "start_time": iso(ts(r)), "pid": 12}},
            "docker": hexs(r, 31), "parent_exec_id": b64(r, 24)},
            "parent": {"binary": "/bin/sh", "arguments": "-c /app/run.sh"}},
            "node_name": "k8s-worker-0" + str(r.randint(1, 6)), "time": iso(ts(r), ms=True)})
    d.text = "\n".join(json.dumps(e, separators=(",", ":")) for e in evs) + "\n"
    return d


@doc
def compose_config():
    d = Doc("docker-compose-config-output", "compose-config-resolved.yaml", "container tool output")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    pw = d.L("url-credentials|password", password(r, "alnum", n=20))
    g = d.L("generic-secret", b64(r, 32))
    d.text = T('''$ docker compose --env-file .env.prod config
name: fakturaflode
services:
  api:
    build:
      context: /srv/fakturaflode/api
      dockerfile: Dockerfile
    environment:
      APP_ENV: production
      AWS_ACCESS_KEY_ID: ⟨a1⟩
      AWS_REGION: eu-north-1
      AWS_SECRET_ACCESS_KEY: ⟨s1⟩
      DATABASE_URL: postgres://faktura:⟨pw⟩@db:5432/faktura
      INVOICE_BUCKET: fakturaflode-pdf
      JWT_SIGNING_KEY: ⟨g⟩
    networks:
      default: null
    ports:
      - mode: ingress
        target: 8080
        published: "8080"
        protocol: tcp
  db:
    environment:
      POSTGRES_DB: faktura
      POSTGRES_PASSWORD: ⟨pw⟩
      POSTGRES_USER: faktura
    image: postgres:16.6
    volumes:
      - type: volume
        source: pgdata
        target: /var/lib/postgresql/data
  ocr-worker:
    image: registry.fakturaflode.se/ocr-worker@sha256:⟨dig⟩
    environment:
      AWS_ACCESS_KEY_ID: ⟨a2⟩
      AWS_SECRET_ACCESS_KEY: ⟨s2⟩
      QUEUE_URL: https://sqs.eu-north-1.amazonaws.com/⟨acc⟩/ocr-jobs
networks:
  default:
    name: fakturaflode_default
volumes:
  pgdata:
    name: fakturaflode_pgdata
''', a1=a1, s1=s1, a2=a2, s2=s2, pw=pw, g=g, dig=d.X(sha256(r)), acc=d.X(acct(r)))
    return d


@doc
def zuul_job_output():
    d = Doc("zuul-job-output", "job-output.txt", "ci job log")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    base = ts(r)
    def st(k):
        return fmt_t(base + k, "%Y-%m-%d %H:%M:%S") + ".%06d" % r.randint(0, 999999)
    d.text = T('''⟨t0⟩ | Job console starting
⟨t1⟩ | Updating git repos
⟨t2⟩ | Cloning repos into workspace
⟨t3⟩ | Executing pre-run playbook: opendev.org/zuul/zuul-jobs/playbooks/base/pre.yaml
⟨t4⟩ | PLAY [all]
⟨t5⟩ | TASK [Upload artifacts to S3 : Show environment (debug)]
⟨t6⟩ | ubuntu-jammy | ok: Runtime: 0:00:00.004211
⟨t6⟩ | ubuntu-jammy | HOME=/home/zuul
⟨t6⟩ | ubuntu-jammy | AWS_DEFAULT_REGION=eu-north-1
⟨t6⟩ | ubuntu-jammy | AWS_ACCESS_KEY_ID=⟨a1⟩
⟨t6⟩ | ubuntu-jammy | AWS_SECRET_ACCESS_KEY=⟨s1⟩
⟨t6⟩ | ubuntu-jammy | ZUUL_PROJECT=infra/tidtabell-api
⟨t7⟩ | TASK [Upload artifacts to S3 : Copy wheels]
⟨t8⟩ | ubuntu-jammy | upload: dist/tidtabell_api-3.4.1-py3-none-any.whl to s3://tidtabell-artifacts/3.4.1/tidtabell_api-3.4.1-py3-none-any.whl
⟨t9⟩ | TASK [Publish docs : sync]
⟨t10⟩ | ubuntu-jammy | + aws configure set aws_access_key_id ⟨a2⟩ --profile docs
⟨t10⟩ | ubuntu-jammy | + aws configure set aws_secret_access_key ⟨s2⟩ --profile docs
⟨t11⟩ | ubuntu-jammy | + aws s3 sync site/ s3://docs.tidtabell.se/ --delete --profile docs
⟨t12⟩ | ubuntu-jammy | delete: s3://docs.tidtabell.se/old/index.html
⟨t13⟩ | ubuntu-jammy | ok: Runtime: 0:00:12.118402
⟨t14⟩ | PLAY RECAP
⟨t14⟩ | ubuntu-jammy | ok: 14 changed: 6 unreachable: 0 failed: 0 skipped: 3 rescued: 0 ignored: 0
⟨t15⟩ | Job console ending
''', **{f"t{i}": st(i * 3) for i in range(16)}, a1=a1, s1=s1, a2=a2, s2=s2)
    return d


@doc
def mkdocs():
    d = Doc("mkdocs-runbook-md", "s3-export-runbook.md", "internal docs page")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''---
title: Export till Skatteverket-arkivet (S3)
tags: [runbook, ekonomi, aws]
---

# Export till arkivet i S3

!!! warning "Uppdaterad 2026-01-14"
    Nycklarna nedan hör till IAM-användaren `arkiv-export`. De ska flyttas till
    Secrets Manager (EKO-311). Tills dess: **dela inte sidan utanför ekonomi-IT**.

## Förutsättningar

- AWS CLI v2
- profil `arkiv` i `~/.aws/credentials`:

```ini
[arkiv]
aws_access_key_id = ⟨a1⟩
aws_secret_access_key = ⟨s1⟩
region = eu-north-1
```

> AWS dokumentation använder exempelnyckeln `AKIAIOSFODNN7EXAMPLE` – det är *inte* vår nyckel.

## Köra exporten

```bash
aws --profile arkiv s3 cp ./export/2025/ s3://ekonomi-arkiv-2025/ --recursive --sse aws:kms
```

## Gamla läsnyckeln (revisorn)

Revisorn har en egen läsnyckel med `s3:GetObject` på `ekonomi-arkiv-*`:

| Nyckel | Värde |
|---|---|
| Access key ID | `⟨a2⟩` |
| Secret access key | `⟨s2⟩` |
| Skapad | 2025-03-02 |
''', a1=a1, s1=s1, a2=a2, s2=s2)
    d.X("AKIAIOSFODNN7EXAMPLE")
    return d


@doc
def dokuwiki():
    d = Doc("dokuwiki-pages", "backup_nas.txt", "wiki page source")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    pw = d.L("password", password(r, "mixed", punct="!#*-_.+=?@"))
    d.text = T('''====== Backup NAS (Synology DS923+) ======

//Senast ändrad av [[user:mattias|Mattias]] 2026-01-09//

===== Hyper Backup → AWS S3 =====

Uppgift **Kontor-S3** kör varje natt 01:00. Inställningar:

  * Målbucket: ''kontoret-hyperbackup''
  * Region: eu-north-1 (Stockholm)
  * Åtkomstnyckel: ''⟨a1⟩''
  * Hemlig nyckel: ''⟨s1⟩''
  * Kryptering på klientsidan: på (lösenord i kassaskåpet, **inte** här)

===== Cloud Sync (foton) =====

<code>
Access Key: ⟨a2⟩
Secret Key: ⟨s2⟩
Bucket:     kontoret-foton
</code>

===== DSM-admin =====

Konto ''nasadmin'', lösenord ''⟨pw⟩''. 2FA är påslaget för alla andra konton.

===== Gammalt =====

<del>Backblaze B2-nyckeln</del> avslutad 2025-11-30.
''', a1=a1, s1=s1, a2=a2, s2=s2, pw=pw)
    return d


@doc
def clearml():
    d = Doc("clearml-conf", "clearml.conf", "ml platform client config")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    ak = d.X(rnd(r, UP + DG, 30))
    sk = d.L("generic-secret", alnum(r, 60))
    d.text = T('''# ClearML SDK configuration file (~/clearml.conf)
api {
    web_server: https://app.ml.vattenfall-analys.se
    api_server: https://api.ml.vattenfall-analys.se
    files_server: s3://ml-artifacts-vfa/clearml
    credentials {
        "access_key" = "⟨ak⟩"
        "secret_key" = "⟨sk⟩"
    }
}
sdk {
    aws {
        s3 {
            region: "eu-north-1"
            key: "⟨a1⟩"
            secret: "⟨s1⟩"
            use_credentials_chain: false
            credentials: [
                {
                    bucket: "ml-datasets-vfa"
                    key: "⟨a2⟩"
                    secret: "⟨s2⟩"
                    region: "eu-west-1"
                }
            ]
        }
        boto3 {
            pool_connections: 512
            max_multipart_concurrency: 16
        }
    }
    development {
        default_output_uri: "s3://ml-artifacts-vfa/models"
    }
}
''', ak=ak, sk=sk, a1=a1, s1=s1, a2=a2, s2=s2)
    return d


@doc
def s3backer():
    d = Doc("s3backer-passwd", "s3backer_passwd", "block device credentials file")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''# ~/.s3backer_passwd — one accessID:accessKey per line, the first matching line is used
# used by: s3backer --blockSize=1M --size=2T --listBlocks vmdisk-archive /mnt/s3b   (see /etc/fstab)
⟨a1⟩:⟨s1⟩
# second account for the off-site copy (eu-west-1)
⟨a2⟩:⟨s2⟩
''', a1=a1, s1=s1, a2=a2, s2=s2)
    return d


@doc
def greenplum_pxf():
    d = Doc("greenplum-pxf-s3-site-xml", "s3-site.xml", "database connector config")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''<?xml version="1.0" encoding="UTF-8"?>
<!-- $PXF_BASE/servers/s3srv/s3-site.xml — PXF server for the landing zone -->
<configuration>
    <property>
        <name>fs.s3a.endpoint</name>
        <value>s3.eu-north-1.amazonaws.com</value>
    </property>
    <property>
        <name>fs.s3a.access.key</name>
        <value>⟨a1⟩</value>
    </property>
    <property>
        <name>fs.s3a.secret.key</name>
        <value>⟨s1⟩</value>
    </property>
    <property>
        <name>fs.s3a.fast.upload</name>
        <value>true</value>
    </property>
    <!-- per-bucket override for the partner drop bucket -->
    <property>
        <name>fs.s3a.bucket.partner-drop-lager.access.key</name>
        <value>⟨a2⟩</value>
    </property>
    <property>
        <name>fs.s3a.bucket.partner-drop-lager.secret.key</name>
        <value>⟨s2⟩</value>
    </property>
</configuration>
''', a1=a1, s1=s1, a2=a2, s2=s2)
    return d


@doc
def carrierwave():
    d = Doc("carrierwave-fog-initializer", "carrierwave.rb", "ruby upload library config")
    r = d.rng
    (a1, s1), (a2, s2) = pair(d), pair(d)
    d.text = T('''# config/initializers/carrierwave.rb
CarrierWave.configure do |config|
  config.storage = :fog
  config.fog_provider = "fog/aws"
  config.fog_directory = Rails.env.production? ? "klubbsidan-uploads" : "klubbsidan-uploads-staging"
  config.fog_public = false
  config.fog_attributes = { cache_control: "public, max-age=#{365.days.to_i}" }

  config.fog_credentials =
    if Rails.env.production?
      {
        provider: "AWS",
        aws_access_key_id: ENV.fetch("AWS_ACCESS_KEY_ID", "⟨a1⟩"),
        aws_secret_access_key: ENV.fetch("AWS_SECRET_ACCESS_KEY", "⟨s1⟩"),
        region: "eu-north-1"
      }
    else
      {
        provider: "AWS",
        aws_access_key_id: "⟨a2⟩",
        aws_secret_access_key: "⟨s2⟩",
        region: "eu-north-1",
        path_style: true
      }
    end
end
''', a1=a1, s1=s1, a2=a2, s2=s2)
    return d


@doc
def snakemake():
    d = Doc("snakemake-s3-remote", "Snakefile", "workflow definition")
    r = d.rng
    a1, s1 = pair(d)
    d.text = T('''# Snakefile — variant calling for the biobank pilot
from snakemake.remote.S3 import RemoteProvider as S3RemoteProvider

S3 = S3RemoteProvider(access_key_id="⟨a1⟩", secret_access_key="⟨s1⟩")

SAMPLES = ["BB0412", "BB0413", "BB0419", "BB0420"]
REF = "ref/GRCh38.fa"

rule all:
    input:
        S3.remote(expand("biobank-pilot-results/vcf/{s}.vcf.gz", s=SAMPLES))

rule align:
    input:
        r1=S3.remote("biobank-pilot-raw/{s}_R1.fastq.gz"),
        r2=S3.remote("biobank-pilot-raw/{s}_R2.fastq.gz"),
    output:
        temp("bam/{s}.bam")
    threads: 16
    shell:
        "bwa mem -t {threads} {REF} {input.r1} {input.r2} | samtools sort -o {output}"

rule call:
    input:
        "bam/{s}.bam"
    output:
        S3.remote("biobank-pilot-results/vcf/{s}.vcf.gz")
    shell:
        "bcftools mpileup -f {REF} {input} | bcftools call -mv -Oz -o {output}"
''', a1=a1, s1=s1)
    return d
