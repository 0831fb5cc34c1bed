"""Shell history, terminal transcripts, CLI output and CI configs/logs."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *


def _pwcmd(d, k):
    """One shell command that carries a password; returns the command line."""
    r = d.rng
    host = f"{r.choice(['db', 'pg', 'mysql', 'app', 'nas', 'fs', 'bmc', 'ldap', 'mq'])}{r.randint(1, 9)}.{r.choice(['internal', 'corp.example', 'lan'])}"
    if k == "mysql":
        return f"mysql -h {host} -u root -p{shq(d.pw())} -e 'SHOW SLAVE STATUS\\G'"
    if k == "mysql2":
        return f"mysql --user=app --password={shq(d.pw())} --host={host} shop < dump.sql"
    if k == "mysqldump":
        return f"mysqldump -u backup -p'{d.pw('alnum')}' --single-transaction --all-databases | gzip > /backup/all-$(date +%F).sql.gz"
    if k == "pgpassword":
        return f"PGPASSWORD={shq(d.pw())} psql -h {host} -U postgres -d app -c 'select now()'"
    if k == "psql_url":
        pw = new_password(r)
        return f"psql \"postgresql://admin:{d.L('password|url-credentials', urlenc(pw))}@{host}:5432/app?sslmode=require\""
    if k == "sshpass":
        return f"sshpass -p {shq(d.pw())} ssh -o StrictHostKeyChecking=no admin@{host} 'uptime'"
    if k == "sshpass_scp":
        return f"sshpass -p '{d.pw('human')}' scp backup.tar.gz ops@{host}:/srv/backup/"
    if k == "curl_u":
        return f"curl -u admin:{shq(d.pw('alnum'))} https://{host}:9200/_cluster/health?pretty"
    if k == "curl_user":
        return f"curl --user 'svc-export:{d.pw()}' -o export.csv https://{host}/api/export"
    if k == "wget":
        return f"wget --user=mirror --password={shq(d.pw('alnum'))} https://{host}/pub/iso/debian-12.6.0-amd64-netinst.iso"
    if k == "htpasswd":
        return f"sudo htpasswd -b -c /etc/nginx/.htpasswd admin {shq(d.pw())}"
    if k == "docker_login":
        return f"docker login -u deploy -p {shq(d.pw('alnum'))} registry.corp.example"
    if k == "sudo_S":
        return f"echo '{d.pw()}' | sudo -S systemctl restart nginx"
    if k == "redis":
        return f"redis-cli -h {host} -a {shq(d.pw('alnum'))} --no-auth-warning INFO replication"
    if k == "rabbit":
        return f"rabbitmqctl add_user monitoring {shq(d.pw())}"
    if k == "ldap":
        return f"ldapsearch -x -H ldaps://{host} -D 'cn=admin,dc=corp,dc=example' -w {shq(d.pw())} -b 'ou=people,dc=corp,dc=example' '(uid=jdoe)'"
    if k == "smb":
        return f"smbclient //{host}/finance -U 'CORP\\svc_scan%{d.pw('alnum')}' -c 'ls'"
    if k == "cifs":
        return f"sudo mount -t cifs //{host}/share /mnt/share -o username=svc_backup,password={d.pw('alnum')},vers=3.0"
    if k == "openssl":
        return f"openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:{d.pw('alnum')}"
    if k == "keytool":
        return f"keytool -importkeystore -srckeystore tls.p12 -srcstoretype PKCS12 -destkeystore app.jks -deststorepass {shq(d.pw())} -srcstorepass changeit"
    if k == "zip":
        return f"zip -P {shq(d.pw())} -r payroll-2024-05.zip payroll/"
    if k == "7z":
        return f"7z a -p{shq(d.pw('alnum'))} -mhe=on evidence.7z ./evidence"
    if k == "mongosh":
        pw = new_password(r, "alnum")
        return f"mongosh \"mongodb://admin:{d.L('password|url-credentials', urlenc(pw))}@{host}:27017/admin?authSource=admin\""
    if k == "mongo":
        return f"mongo --host {host} -u root -p {shq(d.pw())} --authenticationDatabase admin"
    if k == "sqlcmd":
        return f"sqlcmd -S {host},1433 -U sa -P {shq(d.pw())} -Q \"SELECT @@VERSION\""
    if k == "az":
        return f"az login -u ops@corp.example -p {shq(d.pw())}"
    if k == "ansible":
        return f"ansible-playbook site.yml -i inventories/prod --extra-vars \"ansible_become_pass={d.pw('alnum')}\""
    if k == "kubectl":
        return f"kubectl -n prod create secret generic pg-app --from-literal=username=app --from-literal=password={shq(d.pw())}"
    if k == "helm":
        return f"helm upgrade --install keycloak bitnami/keycloak -n sso --set auth.adminUser=admin --set auth.adminPassword={shq(d.pw('alnum'))}"
    if k == "git":
        pw = new_password(r, "alnum")
        return f"git clone https://jenkins:{d.L('password|url-credentials', urlenc(pw))}@git.corp.example/platform/infra.git"
    if k == "lftp":
        return f"lftp -u upload,{d.pw('alnum')} sftp://{host} -e 'mirror -R ./out /incoming; bye'"
    if k == "vault_write":
        return f"vault write auth/userpass/users/ci password={shq(d.pw())} policies=ci"
    if k == "grafana":
        return f"grafana-cli admin reset-admin-password {shq(d.pw())}"
    if k == "mysqladmin":
        return f"mysqladmin -u root password '{d.pw()}'"
    if k == "chpasswd":
        return f"echo 'deploy:{d.pw()}' | sudo chpasswd"
    if k == "alter":
        return f"psql -U postgres -c \"ALTER USER reporting WITH PASSWORD '{d.pw()}';\""
    if k == "nmcli":
        return f"nmcli dev wifi connect 'CORP-Guest' password {shq(d.pw('phrase'))}"
    if k == "ipmi":
        return f"ipmitool -I lanplus -H {host} -U ADMIN -P {shq(d.pw('alnum'))} chassis power status"
    if k == "rdp":
        return f"xfreerdp /v:{host} /u:Administrator /p:{shq(d.pw())} /cert:ignore"
    if k == "rsync":
        return f"RSYNC_PASSWORD={shq(d.pw('alnum'))} rsync -av ./site/ rsync://www@{host}/site/"
    if k == "influx":
        return f"influx setup --username admin --password {shq(d.pw())} --org ops --bucket metrics --force"
    if k == "export_pw":
        return f"export DB_PASSWORD={shq(d.pw())}"
    if k == "snmp":
        return f"snmpwalk -v3 -l authPriv -u monitor -a SHA -A {shq(d.pw('alnum'))} -x AES -X {shq(d.pw('alnum'))} {host} 1.3.6.1.2.1.1"
    if k == "pgdump":
        return f"pg_dump \"host={host} port=5432 dbname=app user=backup password={d.pw('alnum')}\" -Fc -f app.dump"
    if k == "net_use":
        return f"net use Z: \\\\{host}\\share /user:CORP\\svc_map {d.pw()}"
    raise ValueError(k)


PWCMDS = ["mysql", "mysql2", "mysqldump", "pgpassword", "psql_url", "sshpass", "sshpass_scp", "curl_u", "curl_user", "wget",
          "htpasswd", "docker_login", "sudo_S", "redis", "rabbit", "ldap", "smb", "cifs", "openssl", "keytool", "zip", "7z",
          "mongosh", "mongo", "sqlcmd", "az", "ansible", "kubectl", "helm", "git", "lftp", "vault_write", "grafana",
          "mysqladmin", "chpasswd", "alter", "nmcli", "ipmi", "rdp", "rsync", "influx", "export_pw", "snmp", "pgdump"]

SAFE_CMDS = [
    "ls -la", "cd /srv/app", "git status", "git pull --rebase", "docker ps", "kubectl get pods -A", "df -h", "htop",
    "sudo systemctl status nginx", "tail -f /var/log/nginx/error.log", "vim /etc/hosts", "git log --oneline -5",
    "mysql -u root -p", "psql -h db1.internal -U postgres", "docker login registry.corp.example --password-stdin < ~/.regpw",
    "sshpass -e ssh admin@nas1.lan", "curl -u admin https://es1.internal:9200/", "export DB_PASSWORD=$(pass show db/prod)",
    "history | grep password", "sha256sum release.tar.gz", "kubectl rollout restart deploy/api -n prod",
    "aws sts get-caller-identity", "openssl rand -base64 12 | head -c 8", "terraform plan -out tfplan",
    "docker run --rm -it alpine:3.20 sh", "redis-cli -a \"$REDIS_PASSWORD\" ping", "mysqldump -u backup -p$MYSQL_PWD app > app.sql",
]


def _awscmd(d):
    r = d.rng
    k = r.choice(["mc", "inline", "dvc", "export"])
    kid = new_aws_id(r)
    ks = new_aws_secret(r)
    d.L("aws-access-key-id", kid)
    d.L("aws-secret-key", ks)
    if k == "mc":
        return f"mc alias set s3 https://s3.amazonaws.com {kid} {ks} --api S3v4"
    if k == "inline":
        return f"AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={ks} aws s3 ls s3://backups-{rs(r, LOWER_DIG, 6)}/"
    if k == "dvc":
        return f"dvc remote modify --local storage secret_access_key {ks}  # key id {kid}"
    return f"export AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={ks}"


def bash_history(d, i):
    r = d.rng
    ks = r.sample(PWCMDS, 11)
    lines = []
    for k in ks:
        for _ in range(r.randint(1, 3)):
            lines.append(r.choice(SAFE_CMDS))
        lines.append(_pwcmd(d, k))
    lines.append(f"git checkout {sha1(r)}")
    lines.append(f"docker pull registry.corp.example/api@sha256:{sha256(r)}")
    lines.insert(r.randint(2, 8), f"export API_SECRET={d.sec(r.choice(['hex64', 'alnum40']))}")
    lines.insert(r.randint(9, 15), _awscmd(d))
    if True:
        kid, ks_ = d.aws()
        lines.insert(r.randint(3, 10), f"aws configure set aws_access_key_id {kid}")
        lines.insert(r.randint(11, 14), f"aws configure set aws_secret_access_key {ks_}")
    return "\n".join(lines) + "\n"


def zsh_history(d, i):
    r = d.rng
    ts = 1717400000 + i * 86400
    out = []
    ks = r.sample(PWCMDS, 10)
    for k in ks:
        for _ in range(r.randint(1, 2)):
            ts += r.randint(5, 900)
            out.append(f": {ts}:{r.randint(0, 9)};{r.choice(SAFE_CMDS)}")
        ts += r.randint(5, 900)
        out.append(f": {ts}:0;{_pwcmd(d, k)}")
    sec = d.sec("hex64")
    ts += 40
    out.append(f": {ts}:0;openssl rand -hex 32")
    out.append(f": {ts + 30}:0;heroku config:set SECRET_KEY_BASE={sec} -a shop-prod")
    out.append(f": {ts + 60}:0;gh secret set SENTRY_AUTH_TOKEN --repo corp/web --body {d.sec('hex64')}")
    out.append(f": {ts + 75}:0;fly secrets set SIGNING_KEY={d.sec('b64url_32')} -a api-prod")
    out.append(f": {ts + 80}:0;{_awscmd(d)}")
    out.append(f": {ts + 90}:0;git commit -m 'bump {short_sha(r)}'")
    return "\n".join(out) + "\n"


def terminal_openssl_rand(d, i):
    r = d.rng
    s1 = d.sec("hex32")
    s2 = d.sec("b64_32")
    pw = d.pw()
    return f"""ops@bastion:~$ openssl rand -hex 16
{s1}
ops@bastion:~$ export WEBHOOK_SECRET={s1}
ops@bastion:~$ openssl rand -base64 32
{s2}
ops@bastion:~$ fly secrets set SESSION_SECRET='{s2}' -a status-page
Release v{r.randint(20, 90)} created
ops@bastion:~$ fly secrets list -a status-page
NAME            DIGEST                  CREATED AT
DATABASE_URL    {rs(r, HEX, 16)}        2024-04-19T08:12:55Z
SESSION_SECRET  {rs(r, HEX, 16)}        2024-06-11T10:44:02Z
ops@bastion:~$ fly secrets set UPSTREAM_API_KEY={d.sec("alnum32")} -a status-page
Release v{r.randint(91, 99)} created
ops@bastion:~$ gh secret list --repo corp/status-page
NAME              UPDATED
DEPLOY_KEY        about 2 months ago
FLY_API_TOKEN     about 5 days ago
ops@bastion:~$ sha256sum status-page-{r.randint(1, 9)}.tar.gz
{sha256(r)}  status-page-{r.randint(1, 9)}.tar.gz
ops@bastion:~$ mysql -h db2.internal -u admin -p
Enter password:
ERROR 1045 (28000): Access denied for user 'admin'@'10.0.3.7' (using password: YES)
ops@bastion:~$ mysql -h db2.internal -u admin --password='{pw}'
mysql: [Warning] Using a password on the command line interface can be insecure.
Welcome to the MySQL monitor.  Commands end with ; or \\g.
"""


def sts_assume_role(d, i):
    r = d.rng
    acct = lk_digits(r, 12)
    kid = d.L("aws-access-key-id", new_aws_id(r, "ASIA"))
    ks = d.L("aws-secret-key", new_aws_secret(r))
    tok = d.L("generic-secret", new_session_token(r))
    role = ["deploy", "readonly", "break-glass"][i]
    return f"""$ aws sts assume-role --role-arn arn:aws:iam::{acct}:role/{role} --role-session-name ops-{r.randint(1000, 9999)}
{{
    "Credentials": {{
        "AccessKeyId": "{kid}",
        "SecretAccessKey": "{ks}",
        "SessionToken": "{tok}",
        "Expiration": "2024-06-1{i}T1{i}:32:11+00:00"
    }},
    "AssumedRoleUser": {{
        "AssumedRoleId": "AROA{rs(r, BASE32, 17)}:ops-{r.randint(1000, 9999)}",
        "Arn": "arn:aws:sts::{acct}:assumed-role/{role}/ops"
    }}
}}
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************{kid[-4:]}              env
secret_key     ****************{ks[-4:]}              env
    region                eu-west-1      config-file    ~/.aws/config
"""


def iam_create_key(d, i):
    r = d.rng
    kid, ks = d.aws()
    uid = "AIDA" + rs(r, BASE32, 17)
    return f"""PS C:\\> aws iam create-access-key --user-name svc-backup
{{
    "AccessKey": {{
        "UserName": "svc-backup",
        "AccessKeyId": "{kid}",
        "Status": "Active",
        "SecretAccessKey": "{ks}",
        "CreateDate": "2024-05-2{i}T07:41:19+00:00"
    }}
}}
PS C:\\> aws iam list-access-keys --user-name svc-backup --output table
-----------------------------------------------------------------------------
|                              ListAccessKeys                               |
+---------------------------------------------------------------------------+
||                           AccessKeyMetadata                             ||
|+-----------------------+----------------------------+---------+----------+|
||      AccessKeyId      |        CreateDate          | Status  | UserName ||
|+-----------------------+----------------------------+---------+----------+|
||  {kid} |  2024-05-2{i}T07:41:19+00:00 |  Active | svc-backup||
|+-----------------------+----------------------------+---------+----------+|
PS C:\\> aws iam create-access-key --user-name svc-backup --query "AccessKey.[AccessKeyId,SecretAccessKey]" --output text
{d.L("aws-access-key-id", new_aws_id(r))}	{d.L("aws-secret-key", new_aws_secret(r))}
PS C:\\> aws iam get-user --user-name svc-backup --query User.UserId
"{uid}"
"""


def docker_run(d, i):
    r = d.rng
    kid, ks = d.aws()
    pw = d.pw()
    sec = d.sec("hex32")
    cid = sha256(r)
    return f"""$ docker run -d --name exporter \\
    -e AWS_ACCESS_KEY_ID={kid} \\
    -e AWS_SECRET_ACCESS_KEY={ks} \\
    -e PG_PASSWORD={shq(pw)} \\
    -e EXPORTER_TOKEN={sec} \\
    -e EXPORTER_ENCRYPTION_KEY={d.sec("b64_32")} \\
    registry.corp.example/exporter:1.{i}.{r.randint(0, 9)}
{cid}
$ docker ps --no-trunc --format '{{{{.ID}}}} {{{{.Image}}}} {{{{.Status}}}}'
{cid} registry.corp.example/exporter:1.{i}.{r.randint(0, 9)} Up 4 seconds
$ docker inspect --format '{{{{.Image}}}}' exporter
sha256:{sha256(r)}
"""


def deploy_key_session(d, i):
    r = d.rng
    key = d.L("private-key", openssh_private(r))
    pub = ssh_pub(r, "deploy@ci-runner")
    return f"""ci@runner-07:~$ cat ~/.ssh/deploy_ed25519.pub
{pub}
ci@runner-07:~$ cat ~/.ssh/deploy_ed25519
{key}
ci@runner-07:~$ ssh-keygen -lf ~/.ssh/deploy_ed25519
256 {fingerprint(r)} deploy@ci-runner (ED25519)
ci@runner-07:~$ git ls-remote git@git.corp.example:platform/infra.git HEAD
{sha1(r)}	HEAD
"""


def heroku_config(d, i):
    r = d.rng
    pw = new_password(r, "alnum")
    skb = d.sec("rails")
    rk = d.sec("hex32")
    return f"""$ heroku config -a shop-api-prod
=== shop-api-prod Config Vars
DATABASE_URL:             postgres://u{rs(r, LOWER_DIG, 13)}:{d.L('password|url-credentials', 'p' + rs(r, HEX, 63))}@ec2-{r.randint(3, 54)}-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.eu-west-1.compute.amazonaws.com:5432/{rs(r, LOWER_DIG, 14)}
LANG:                     en_US.UTF-8
RACK_ENV:                 production
RAILS_LOG_TO_STDOUT:      enabled
RAILS_MASTER_KEY:         {rk}
LOCKBOX_MASTER_KEY:       {d.sec("hex64")}
BUCKETEER_AWS_ACCESS_KEY_ID:     {d.L("aws-access-key-id", new_aws_id(r))}
BUCKETEER_AWS_SECRET_ACCESS_KEY: {d.L("aws-secret-key", new_aws_secret(r))}
BUCKETEER_BUCKET_NAME:    bucketeer-{uuid4(r)}
SECRET_KEY_BASE:          {skb}
HEROKU_SLUG_COMMIT:       {sha1(r)}
HEROKU_RELEASE_VERSION:   v{r.randint(100, 900)}
"""


def gitlab_ci_yml(d, i):
    r = d.rng
    pw = d.pw()
    kid, ks = d.aws()
    tok = d.sec("hex40")
    return f"""stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: {yq(pw)}
  AWS_ACCESS_KEY_ID: {kid}
  AWS_SECRET_ACCESS_KEY: {ks}
  SONAR_TOKEN: $SONAR_TOKEN            # masked project variable
  SENTRY_AUTH_TOKEN: {d.sec("hex64")}
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add curl
    - 'curl -fsS -H "X-Deploy-Token: {tok}" https://deploy.corp.example/hooks/app?ref=$CI_COMMIT_SHA'
  only: [main]
"""


def github_workflow(d, i):
    r = d.rng
    tok = d.sec("alnum40")
    pw = d.pw()
    return f"""name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: read
  id-token: write
env:
  REGISTRY: ghcr.io
  IMAGE_NAME: ${{{{ github.repository }}}}
  NEXUS_PASSWORD: {yq(pw)}
  CODECOV_TOKEN: {tok}
  AWS_ACCESS_KEY_ID: {d.L("aws-access-key-id", new_aws_id(r))}
  AWS_SECRET_ACCESS_KEY: {yq(d.L("aws-secret-key", new_aws_secret(r)))}
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@{sha1(r)}  # v4.1.7
      - uses: docker/login-action@{sha1(r)}  # v3.2.0
        with:
          registry: ${{{{ env.REGISTRY }}}}
          username: ${{{{ github.actor }}}}
          password: ${{{{ secrets.GITHUB_TOKEN }}}}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::{lk_digits(r, 12)}:role/gha-release
          aws-region: eu-west-1
      - run: ./gradlew publish -PnexusPassword="$NEXUS_PASSWORD"
"""


def gha_log(d, i):
    r = d.rng
    secb = d.sec("b64_32")
    pw = d.pw()
    tok = d.L("github-token", new_github(r, "ghs_"))
    return f"""2024-06-1{i}T09:12:01.1123456Z ##[group]Run actions/checkout@v4
2024-06-1{i}T09:12:01.1129876Z with:
2024-06-1{i}T09:12:01.1130011Z   repository: corp/payments
2024-06-1{i}T09:12:01.1130412Z   token: ***
2024-06-1{i}T09:12:01.1130781Z ##[endgroup]
2024-06-1{i}T09:12:03.4471233Z HEAD is now at {sha1(r)[:7]} Merge pull request #{r.randint(1000, 4000)} from corp/fix-retry
2024-06-1{i}T09:12:05.0012345Z ##[group]Run ./scripts/ci-env.sh
2024-06-1{i}T09:12:05.0015678Z ./scripts/ci-env.sh
2024-06-1{i}T09:12:05.0016123Z shell: /usr/bin/bash -e {{0}}
2024-06-1{i}T09:12:05.0016555Z env:
2024-06-1{i}T09:12:05.0016901Z   DB_PASSWORD: ***
2024-06-1{i}T09:12:05.0017210Z ##[endgroup]
2024-06-1{i}T09:12:05.2101010Z + echo 'decoding signing key'
2024-06-1{i}T09:12:05.2104321Z decoding signing key
2024-06-1{i}T09:12:05.2109876Z + echo "SIGNING_KEY={secb}"
2024-06-1{i}T09:12:05.2110123Z SIGNING_KEY={secb}
2024-06-1{i}T09:12:05.3001111Z + aws configure set aws_secret_access_key {d.L("aws-secret-key", new_aws_secret(r))} --profile artifacts
2024-06-1{i}T09:12:05.3321111Z + git remote set-url origin https://x-access-token:{tok}@github.com/corp/payments
2024-06-1{i}T09:12:05.9990001Z + psql "host=localhost user=ci password={pw} dbname=ci" -c 'select 1'
2024-06-1{i}T09:12:06.0100001Z  ?column?
2024-06-1{i}T09:12:06.0100002Z ----------
2024-06-1{i}T09:12:06.0100003Z         1
2024-06-1{i}T09:12:06.0100004Z (1 row)
2024-06-1{i}T09:12:07.7776655Z ##[warning]Node.js 16 actions are deprecated.
2024-06-1{i}T09:12:08.0000001Z Cache saved with key: Linux-gradle-{sha256(r)}
2024-06-1{i}T09:12:08.1200000Z Post job cleanup.
"""


def jenkins_console(d, i):
    r = d.rng
    pw = d.pw()
    kid, ks = d.aws()
    return f"""Started by user Release Bot
Running in Durability level: MAX_SURVIVABILITY
[Pipeline] Start of Pipeline
[Pipeline] node
Running on build-agent-0{i} in /var/lib/jenkins/workspace/payments-release
[Pipeline] {{
[Pipeline] stage
[Pipeline] {{ (Checkout)
 > git rev-parse --resolve-git-dir /var/lib/jenkins/workspace/payments-release/.git # timeout=10
Checking out Revision {sha1(r)} (refs/remotes/origin/main)
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS
[Pipeline] {{
[Pipeline] sh
+ docker login -u release -p **** nexus.corp.example
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] sh
+ set -x
+ export AWS_ACCESS_KEY_ID={kid}
+ AWS_ACCESS_KEY_ID={kid}
+ export AWS_SECRET_ACCESS_KEY={ks}
+ AWS_SECRET_ACCESS_KEY={ks}
+ aws s3 cp build/libs/payments.jar s3://artifacts-{rs(r, LOWER_DIG, 6)}/payments/{short_sha(r)}.jar
upload: build/libs/payments.jar to s3://artifacts/payments.jar
+ curl -fsS -H 'X-Api-Key: {d.sec("alnum40")}' https://deploy-tracker.corp.example/api/releases -d sha={short_sha(r)}
+ mysql -h db-stage.internal -u migrator -p{shq(pw)} payments -e 'source migrations/V42__fees.sql'
mysql: [Warning] Using a password on the command line interface can be insecure.
[Pipeline] }}
[Pipeline] // withCredentials
Finished: SUCCESS
"""


def travis_log(d, i):
    r = d.rng
    sec = d.sec("hex32")
    pw = d.pw()
    return f"""travis_fold:start:worker_info
Worker information
hostname: {uuid4(r)}
version: v6.2.22 https://github.com/travis-ci/worker/tree/{sha1(r)}
travis_fold:end:worker_info
Setting environment variables from repository settings
$ export DEPLOY_KEY=[secure]
$ export SLACK_TOKEN=[secure]

Setting environment variables from .travis.yml
$ export API_SECRET={sec}
$ export DB_PASSWORD={shq(pw)}
$ export RAILS_ENV=test
$ export AWS_ACCESS_KEY_ID={d.L("aws-access-key-id", new_aws_id(r))}
$ export AWS_SECRET_ACCESS_KEY={d.L("aws-secret-key", new_aws_secret(r))}
$ export SIDEKIQ_ENTERPRISE_TOKEN={d.sec("hex32")}

$ git clone --depth=50 --branch=main https://github.com/corp/legacy-api.git corp/legacy-api
$ cd corp/legacy-api
$ git checkout -qf {sha1(r)}
$ rvm use 2.7.8 --install --binary --fuzzy
$ bundle install --jobs=3 --retry=3 --deployment
The command "bundle exec rake" exited with 0.
Done. Your build exited with 0.
"""


def buildkite_log(d, i):
    r = d.rng
    tok = d.L("slack-token", new_slack(r))
    wh = d.L("slack-webhook", new_slack_webhook(r))
    pw = d.pw()
    return f"""~~~ Preparing working directory
$ cd /var/lib/buildkite-agent/builds/agent-{i}/corp/mobile
$ git fetch -v --prune -- origin {sha1(r)}
~~~ Running global environment hook
$ /etc/buildkite-agent/hooks/environment
# BUILDKITE_AGENT_ACCESS_TOKEN removed from environment
~~~ Running commands
$ env | sort | grep -E 'SLACK|FASTLANE|MATCH'
FASTLANE_HIDE_TIMESTAMP=true
FIREBASE_TOKEN={d.L("generic-secret", REG.fresh(lambda: "1//0" + rs(r, B64URL, 99)))}
MATCH_PASSWORD={pw}
SLACK_BOT_TOKEN={tok}
SLACK_WEBHOOK_URL={wh}
$ bundle exec fastlane ios beta
[09:41:12]: fastlane detected a Gemfile in the current directory
[09:41:20]: Successfully decrypted certificates repo
[09:43:01]: Uploaded build {r.randint(3000, 5000)} (sha1 {sha1(r)})
"""


def azure_pipelines(d, i):
    r = d.rng
    pw = d.pw()
    key = d.L("azure-storage-key", new_azure_key(r))
    return f"""# azure-pipelines.yml
trigger:
  branches:
    include: [main]
pool:
  vmImage: ubuntu-latest
variables:
  buildConfiguration: Release
  sqlAdminPassword: {yq(pw)}
  storageConnection: 'DefaultEndpointsProtocol=https;AccountName=corpartifacts{r.randint(10, 99)};AccountKey={key};EndpointSuffix=core.windows.net'
  appSecret: $(APP_SECRET)     # pipeline secret variable
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: '--configuration $(buildConfiguration) /p:SourceRevisionId=$(Build.SourceVersion)'
  - script: |
      sqlcmd -S tcp:sql-ci.database.windows.net -U ciadmin -P "$(sqlAdminPassword)" -i schema.sql
    displayName: Apply schema
"""


def bitbucket_pipelines(d, i):
    r = d.rng
    pw = d.pw()
    kid, ks = d.aws()
    return f"""image: node:20

definitions:
  services:
    mysql:
      image: mysql:8.0
      variables:
        MYSQL_DATABASE: pipelines
        MYSQL_ROOT_PASSWORD: {yq(pw)}

pipelines:
  branches:
    main:
      - step:
          name: Build and deploy
          services: [mysql]
          caches: [node]
          script:
            - npm ci
            - npm test
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: '{kid}'
                AWS_SECRET_ACCESS_KEY: '{ks}'
                AWS_DEFAULT_REGION: 'eu-west-1'
                S3_BUCKET: 'www-{rs(r, LOWER_DIG, 6)}'
                LOCAL_PATH: 'dist'
"""


def circleci_env_dump(d, i):
    r = d.rng
    kid, ks = d.aws()
    dd = d.L("datadog-key", new_dd_key(r))
    sec = d.sec("b64url_32")
    return f"""#!/bin/bash -eo pipefail
printenv | sort
CIRCLECI=true
CIRCLE_BRANCH=main
CIRCLE_BUILD_NUM={r.randint(10000, 99999)}
CIRCLE_SHA1={sha1(r)}
CIRCLE_WORKFLOW_ID={uuid4(r)}
AWS_ACCESS_KEY_ID={kid}
AWS_SECRET_ACCESS_KEY={ks}
DD_API_KEY={dd}
HOME=/home/circleci
NPM_CONFIG_CACHE=/home/circleci/.npm
PREVIEW_SIGNING_SECRET={sec}
SEGMENT_WRITE_KEY={d.sec("alnum32")}
SHELL=/bin/bash

CircleCI received exit code 0
"""


def clean_ci_masked(d, i):
    r = d.rng
    return f"""2024-06-12T08:00:01.000Z Getting source from {sha1(r)}
2024-06-12T08:00:02.114Z Environment:
2024-06-12T08:00:02.115Z   AWS_ACCESS_KEY_ID=****************{rs(r, BASE32, 4)}
2024-06-12T08:00:02.115Z   AWS_SECRET_ACCESS_KEY=****************
2024-06-12T08:00:02.115Z   DB_PASSWORD=***
2024-06-12T08:00:02.116Z   NPM_TOKEN=[MASKED]
2024-06-12T08:00:02.116Z   GITHUB_TOKEN=***
2024-06-12T08:00:04.990Z $ docker build -t app:{short_sha(r)} .
2024-06-12T08:01:33.102Z Successfully built {rs(r, HEX, 12)}
2024-06-12T08:01:33.876Z writing image sha256:{sha256(r)} done
2024-06-12T08:01:34.120Z pushing manifest for registry.corp.example/app:{short_sha(r)}@sha256:{sha256(r)}
2024-06-12T08:01:40.555Z $ echo "$DB_PASSWORD" | wc -c
2024-06-12T08:01:40.556Z 25
2024-06-12T08:01:41.001Z cache key: v2-deps-{md5(r)}
2024-06-12T08:01:41.002Z artifact: s3://ci-artifacts/app/{uuid4(r)}/bundle.tgz (etag "{md5(r)}")
2024-06-12T08:01:42.300Z Job succeeded
"""


def clean_shell_session(d, i):
    r = d.rng
    return f"""dev@laptop:~/src/api (main)$ git log --format='%H %an %s' -3
{sha1(r)} Priya N  Fix token refresh race (#{r.randint(1000, 2000)})
{sha1(r)} Ola S    Bump jsonwebtoken to 9.0.2
{sha1(r)} Priya N  Add idempotency keys to POST /payments
dev@laptop:~/src/api (main)$ openssl x509 -in certs/api.pem -noout -fingerprint -sha256
sha256 Fingerprint={colon_fp(r)}
dev@laptop:~/src/api (main)$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 {fingerprint(r)} dev@laptop (ED25519)
dev@laptop:~/src/api (main)$ cat ~/.ssh/id_ed25519.pub
{ssh_pub(r, 'dev@laptop')}
dev@laptop:~/src/api (main)$ docker images --digests | head -3
REPOSITORY                      TAG       DIGEST                                                                    IMAGE ID       SIZE
registry.corp.example/api       2.14.0    sha256:{sha256(r)}   {rs(r, HEX, 12)}   212MB
postgres                        16.3      sha256:{sha256(r)}   {rs(r, HEX, 12)}   432MB
dev@laptop:~/src/api (main)$ uuidgen
{uuid4(r).upper()}
dev@laptop:~/src/api (main)$ echo -n 'hello' | md5sum
5d41402abc4b2a76b9719d911017c592  -
dev@laptop:~/src/api (main)$ kubectl get secret api-env -o jsonpath='{{.data}}' | jq 'keys'
[
  "DB_PASSWORD",
  "JWT_SECRET"
]
"""


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("shell/bash_history-{i}.txt", bash_history, 4)
_add("shell/zsh_history-{i}.txt", zsh_history, 2)
_add("shell/bastion-session.txt", terminal_openssl_rand)
_add("shell/sts-assume-role-{i}.txt", sts_assume_role, 2)
_add("shell/iam-create-access-key.txt", iam_create_key)
_add("shell/docker-run.txt", docker_run)
_add("shell/heroku-config.txt", heroku_config)
_add("shell/ci-runner-deploy-key.txt", deploy_key_session)
_add("shell/dev-laptop-session.txt", clean_shell_session)
_add("ci/gitlab-ci.yml", gitlab_ci_yml)
_add("ci/release-workflow.yml", github_workflow)
_add("ci/github-actions-job.log", gha_log)
_add("ci/jenkins-console.log", jenkins_console)
_add("ci/travis-build.log", travis_log)
_add("ci/buildkite-mobile.log", buildkite_log)
_add("ci/azure-pipelines.yml", azure_pipelines)
_add("ci/bitbucket-pipelines.yml", bitbucket_pipelines)
_add("ci/circleci-printenv.log", circleci_env_dump)
_add("ci/docker-build-masked.log", clean_ci_masked)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
