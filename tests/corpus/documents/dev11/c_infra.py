"""Infrastructure-as-code, configuration management, service managers, containers, GitOps."""
import json, base64
from c_common import *


def awspair(d, kind="AKIA"):
    return d.L("aws-access-key-id", aws_id(kind)), d.L("aws-secret-key", aws_secret())


def tfplan(C):
    for i in range(1, 8):
        d = C.doc(f"tfplan/plan-{choice(['network', 'rds', 'iam', 'apps', 'edge'])}-{i}.json")
        rcs = []
        pw = d.L("password", password("gen"))
        rcs.append({"address": "aws_db_instance.main", "mode": "managed", "type": "aws_db_instance", "name": "main",
                    "provider_name": "registry.terraform.io/hashicorp/aws", "change": {"actions": ["create"], "before": None,
                    "after": {"allocated_storage": 100, "engine": "postgres", "engine_version": "16.3", "instance_class": "db.t4g.large",
                              "username": "app_admin", "password": pw, "skip_final_snapshot": False, "tags": {"team": "platform"}},
                    "after_unknown": {"arn": True, "endpoint": True, "id": True}, "before_sensitive": False,
                    "after_sensitive": {"password": True, "tags": {}}}})
        ak, sk = awspair(d)
        rcs.append({"address": "aws_iam_access_key.ci", "mode": "managed", "type": "aws_iam_access_key", "name": "ci",
                    "provider_name": "registry.terraform.io/hashicorp/aws", "change": {"actions": ["no-op"],
                    "before": {"id": ak, "user": "ci-deployer", "secret": sk, "status": "Active", "encrypted_secret": None, "pgp_key": None,
                               "ses_smtp_password_v4": d.L("password", b64s(33)), "create_date": ts_iso(False)},
                    "after": {"id": ak, "user": "ci-deployer", "secret": sk, "status": "Active"}, "after_unknown": {},
                    "before_sensitive": {"secret": True, "ses_smtp_password_v4": True}, "after_sensitive": {"secret": True}}})
        if R.random() < 0.6:
            rcs.append({"address": "kubernetes_secret.api", "mode": "managed", "type": "kubernetes_secret", "name": "api",
                        "change": {"actions": ["update"], "before": {"data": {"API_KEY": "(sensitive value)"}},
                                   "after": {"metadata": [{"name": "api-secrets", "namespace": "prod"}],
                                             "data": {"API_KEY": d.L("generic-secret", generic()), "WEBHOOK_SECRET": d.L("generic-secret", generic("vendor"))}},
                                   "after_sensitive": {"data": True}}})
        rcs.append({"address": "aws_s3_object.config", "mode": "managed", "type": "aws_s3_object", "name": "config",
                    "change": {"actions": ["update"], "before": {"etag": d.X(md5()), "source_hash": d.X(sha256())},
                               "after": {"etag": md5(), "kms_key_id": "arn:aws:kms:eu-north-1:" + str(R.randint(10**11, 10**12)) + ":key/" + d.X(uuid4())}}})
        doc = {"format_version": "1.2", "terraform_version": f"1.{R.randint(5, 9)}.{R.randint(0, 5)}",
               "variables": {"region": {"value": "eu-north-1"}, "db_password": {"value": pw},
                             "grafana_api_token": {"value": d.L("generic-secret", "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8))}},
               "resource_changes": rcs,
               "configuration": {"provider_config": {"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws",
                                                             "expressions": {"region": {"references": ["var.region"]},
                                                                             "access_key": {"constant_value": AWS_DOC_ID}}}}},
               "timestamp": ts_iso(False), "applyable": True, "complete": True, "errored": False}
        d.done(json.dumps(doc, indent=2))
    d = C.doc("tfplan/terraform-plan.txt")
    ak, sk = awspair(d)
    d.done(f"""Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_ssm_parameter.db_password will be created
  + resource "aws_ssm_parameter" "db_password" {{
      + arn            = (known after apply)
      + id             = (known after apply)
      + name           = "/prod/orders/db_password"
      + type           = "SecureString"
      + value          = (sensitive value)
    }}

  # null_resource.bootstrap will be updated in-place
  ~ resource "null_resource" "bootstrap" {{
        id       = "{R.randint(10**18, 10**19)}"
      ~ triggers = {{
          ~ "env" = "AWS_ACCESS_KEY_ID={ak} AWS_SECRET_ACCESS_KEY={sk}" -> "AWS_PROFILE=deploy"
            "sha" = "{d.X(sha1())}"
        }}
    }}

  # local_file.pgpass will be created
  + resource "local_file" "pgpass" {{
      + content              = "orders-db.internal:5432:orders:app:{d.L('password', password(avoid=':'))}"
      + content_md5          = (known after apply)
      + filename             = "/home/deploy/.pgpass"
      + file_permission      = "0600"
    }}

Plan: 2 to add, 1 to change, 0 to destroy.
""")


def pulumi(C):
    for i in range(1, 4):
        stack = choice(["dev", "prod", "staging"])
        d = C.doc(f"pulumi/Pulumi.{stack}-{i}.yaml")
        d.done(f"""encryptionsalt: v1:{d.X(b64s(8))}:v1:{b64s(12)}:{b64s(32)}
config:
  aws:region: eu-north-1
  aws:accessKey: {d.L('aws-access-key-id', aws_id())}
  aws:secretKey: {d.L('aws-secret-key', aws_secret())}
  orders:dbPassword:
    secure: v1:{d.X(b64s(12))}:{b64s(40)}
  orders:stripeWebhookSecret:
    secure: v1:{b64s(12)}:{b64s(48)}
  orders:adminPassword: {d.L('password', password())}
  orders:sentryDsn: https://{d.X(rs(HEX, 32))}@o{R.randint(10**5, 10**6)}.ingest.de.sentry.io/{R.randint(10**6, 10**7)}
  orders:apiKey: {d.L('generic-secret', generic())}
  orders:replicas: "3"
""")
    for i in range(1, 3):
        d = C.doc(f"pulumi/stack-export-{i}.json")
        ak, sk = awspair(d)
        d.done(json.dumps({"version": 3, "deployment": {"manifest": {"time": ts_iso(), "magic": d.X(sha256()), "version": "v3.130.0"},
            "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:" + b64s(8) + ":v1:" + b64s(12) + ":" + b64s(32)}},
            "resources": [{"urn": f"urn:pulumi:prod::orders::aws:iam/accessKey:AccessKey::ci", "custom": True, "id": ak,
                           "type": "aws:iam/accessKey:AccessKey", "inputs": {"user": "ci"},
                           "outputs": {"id": ak, "secret": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "plaintext": json.dumps(sk)},
                                       "status": "Active", "user": "ci"}},
                          {"urn": "urn:pulumi:prod::orders::random:index/randomPassword:RandomPassword::db", "custom": True, "id": "none",
                           "type": "random:index/randomPassword:RandomPassword",
                           "outputs": {"length": 24, "result": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                                                                "ciphertext": "v1:" + b64s(12) + ":" + b64s(44)}, "special": True}},
                          {"urn": "urn:pulumi:prod::orders::aws:rds/instance:Instance::main", "custom": True, "id": "orders-main",
                           "type": "aws:rds/instance:Instance", "outputs": {"username": "orders", "password": d.L("password", password("gen")),
                                                                             "endpoint": "orders-main.c" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 11) + ".eu-north-1.rds.amazonaws.com:5432"}}]}}, indent=4))
    # the escaped secret is written as JSON string inside JSON: the secret contains no quotes/backslashes so it stays raw


def ansible_inv(C):
    for i in range(1, 4):
        d = C.doc(f"ansible-inventory/hosts-{choice(['prod', 'lab', 'dc2'])}-{i}.ini")
        lines = ["[webservers]"]
        for j in range(R.randint(2, 4)):
            lines.append(f"web{j + 1}.corp.local ansible_host={ip_priv()} ansible_user=deploy ansible_password={d.L('password', password())}")
        lines += ["", "[dbservers]"]
        for j in range(2):
            lines.append(f"db{j + 1}.corp.local ansible_host={ip_priv()} ansible_become_password={d.L('password', password())}")
        lines += ["", "[windows]", f"win-fs01.corp.local ansible_host={ip_priv()}", "", "[windows:vars]", "ansible_connection=winrm",
                  "ansible_user=CORP\\svc_ansible", f"ansible_password={d.L('password', password())}", "ansible_winrm_transport=ntlm",
                  "", "[all:vars]", "ansible_python_interpreter=/usr/bin/python3", "ansible_ssh_pass='{{ vault_ssh_pass }}'"]
        d.done("\n".join(lines))
    for i in range(1, 4):
        d = C.doc(f"ansible-inventory/group_vars-{choice(['all', 'app', 'db'])}-{i}.yml")
        ak, sk = awspair(d)
        d.done(f"""---
app_env: production
app_db_host: {ip_priv()}
app_db_user: orders
app_db_password: "{d.L('password', password())}"
app_secret_key: "{d.L('generic-secret', generic())}"
aws_access_key: {ak}
aws_secret_key: {sk}
smtp_relay_password: "{{{{ vault_smtp_password }}}}"
mysql_root_password: "{d.L('password', password())}"
admin_users:
  - name: {choice(['anna', 'erik', 'lukas'])}
    email: {d.L('email', email())}
    ssh_key: "{d.X(ssh_pub())} admin@laptop"
release_sha: {d.X(git_sha())}
""")


def salt(C):
    for i in range(1, 5):
        d = C.doc(f"salt/pillar/{choice(['mysql', 'app', 'rabbit', 'backup'])}-{i}.sls")
        ak, sk = awspair(d)
        d.done(f"""# managed by platform team - do not edit on minions
mysql:
  server:
    root_password: '{d.L('password', password())}'
  user:
    orders:
      password: '{d.L('password', password())}'
      host: '10.%'
      databases:
        - database: orders
          grants: ['all privileges']
backup:
  s3:
    bucket: nordkraft-backups-{R.randint(100, 999)}
    access_key: {ak}
    secret_key: {sk}
  encryption_passphrase: '{d.L('password', password('phrase'))}'
app:
  secret_key: {d.L('generic-secret', generic())}
  sentry_dsn: {{{{ salt['vault'].read_secret('secret/app/sentry')['dsn'] }}}}
  deploy_rev: {d.X(git_sha())}
""")


def chef(C):
    for i in range(1, 5):
        d = C.doc(f"chef/data_bags/{choice(['credentials', 'apps', 'users'])}/{choice(['orders', 'mysql', 'smtp', 'deploy'])}-{i}.json")
        item = {"id": choice(["orders", "mysql", "smtp", "deploy"]) + f"_{i}", "environment": choice(["production", "staging"])}
        r = R.random()
        item["db_password"] = d.L("password", password())
        item["api_token"] = d.L("generic-secret", generic())
        if r < 0.9:
            ak, sk = awspair(d)
            item["aws"] = {"access_key_id": ak, "secret_access_key": sk, "region": "eu-north-1"}
        item["smtp"] = {"user": d.L("email", email()), "password": d.L("password", password())}
        item["checksum"] = d.X(sha256())
        d.done(json.dumps(item, indent=2))
    d = C.doc("chef/knife.rb")
    d.done(f"""current_dir = File.dirname(__FILE__)
log_level                :info
node_name                "ops-{choice(['anna', 'erik', 'jonas'])}"
client_key               "#{{current_dir}}/ops.pem"
chef_server_url          "https://chef.corp.local/organizations/nordkraft"
cookbook_path            ["#{{current_dir}}/../cookbooks"]
knife[:aws_access_key_id]     = "{d.L('aws-access-key-id', aws_id())}"
knife[:aws_secret_access_key] = "{d.L('aws-secret-key', aws_secret())}"
knife[:vault_mode] = "client"
knife[:secret_file] = "/etc/chef/encrypted_data_bag_secret"
""")


def systemd_units(C):
    for i in range(1, 6):
        s = choice(["orders-api", "invoice-worker", "metrics-agent", "mailer", "sync-erp", "backup"])
        d = C.doc(f"systemd-units/{s}-{i}.service")
        env = [f'Environment="SPRING_PROFILES_ACTIVE=prod"', f'Environment="DB_PASSWORD={d.L("password", password())}"',
               f'Environment=API_TOKEN={d.L("generic-secret", generic())}']
        if R.random() < 0.8:
            ak, sk = awspair(d)
            env.append(f'Environment="AWS_ACCESS_KEY_ID={ak}" "AWS_SECRET_ACCESS_KEY={sk}" "AWS_REGION=eu-north-1"')
        if R.random() < 0.5:
            env.append(f'Environment="DATABASE_URL=postgres://orders:{d.L("url-credentials", pw_url(password()))}@{ip_priv()}:5432/orders?sslmode=require"')
        env.append("EnvironmentFile=-/etc/default/" + s)
        d.done(f"""[Unit]
Description={s} service
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User={s}
{chr(10).join(env)}
ExecStart=/opt/{s}/bin/{s} --config /etc/{s}/config.yml
ExecStartPre=/usr/bin/test -f /etc/{s}/config.yml
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
""")
    d = C.doc("systemd-units/systemctl-show-orders.txt")
    tok = d.L("generic-secret", generic())
    pw = d.L("password", password())
    d.done(f"""Type=simple
Restart=on-failure
MainPID={R.randint(1000, 90000)}
ExecMainStartTimestamp=Tue 2025-03-04 10:22:01 CET
ExecStart={{ path=/opt/orders/bin/orders ; argv[]=/opt/orders/bin/orders --config /etc/orders/config.yml ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }}
Environment=SPRING_PROFILES_ACTIVE=prod DB_PASSWORD={pw} API_TOKEN={tok} JAVA_OPTS=-Xmx2g
EnvironmentFiles=/etc/default/orders (ignore_errors=yes)
InvocationID={d.X(rs(HEX, 32))}
ControlGroup=/system.slice/orders.service
""")
    d = C.doc("systemd-units/override.conf")
    d.done(f"""# /etc/systemd/system/grafana-agent.service.d/override.conf
[Service]
Environment="GCLOUD_RW_API_KEY={d.L('generic-secret', generic('vendor'))}"
Environment="HTTP_PROXY=http://proxyuser:{d.L('url-credentials', pw_url(password()))}@proxy.corp.local:3128"
Environment="NO_PROXY=localhost,127.0.0.1,.corp.local"
""")


def supervisord(C):
    for i in range(1, 5):
        d = C.doc(f"supervisord/supervisord-{i}.conf")
        progs = []
        for j in range(R.randint(2, 3)):
            p = choice(["celery", "gunicorn", "worker", "scheduler", "horizon"]) + str(j)
            envs = [f'DJANGO_SETTINGS_MODULE="app.settings.prod"', f'SECRET_KEY="{d.L("generic-secret", generic())}"',
                    f'DATABASE_PASSWORD="{d.L("password", password())}"']
            if R.random() < 0.8:
                ak, sk = awspair(d)
                envs += [f'AWS_ACCESS_KEY_ID="{ak}"', f'AWS_SECRET_ACCESS_KEY="{sk}"']
            progs.append(f"""[program:{p}]
command=/srv/app/venv/bin/{p.rstrip('0123456789')} --workers {R.randint(2, 8)}
directory=/srv/app
user=app
autostart=true
autorestart=true
stdout_logfile=/var/log/supervisor/{p}.log
environment={','.join(envs)}
""")
        d.done(f"""[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700

[inet_http_server]
port=127.0.0.1:9001
username=admin
password={d.L('password', password())}

[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/var/run/supervisord.pid

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///var/run/supervisor.sock
password={{SHA}}{d.X(sha1())}

""" + "\n".join(progs))


def docker_inspect(C):
    for i in range(1, 6):
        d = C.doc(f"docker-inspect/{choice(['orders', 'keycloak', 'grafana', 'minio', 'worker'])}-{i}.json")
        env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"]
        env.append("POSTGRES_PASSWORD=" + d.L("password", password()))
        env.append("APP_SECRET=" + d.L("generic-secret", generic()))
        if R.random() < 0.9:
            ak, sk = awspair(d)
            env += ["AWS_ACCESS_KEY_ID=" + ak, "AWS_SECRET_ACCESS_KEY=" + sk]
        if R.random() < 0.5:
            env.append("REDIS_URL=redis://:" + d.L("url-credentials", pw_url(password())) + "@redis:6379/0")
        env.append("GF_SECURITY_ADMIN_PASSWORD__FILE=/run/secrets/admin_password")
        env.append("JAVA_VERSION=jdk-21.0.4+7")
        cid = d.X(sha256())
        doc = [{"Id": cid, "Created": ts_iso(), "Path": "/docker-entrypoint.sh", "Args": ["start", "--optimized"],
                "State": {"Status": "running", "Running": True, "Pid": R.randint(1000, 90000), "ExitCode": 0, "StartedAt": ts_iso()},
                "Image": "sha256:" + d.X(sha256()), "Name": "/" + choice(["orders", "kc", "grafana"]) + f"-{i}",
                "RestartCount": 0, "Driver": "overlay2", "Platform": "linux",
                "HostConfig": {"NetworkMode": "bridge", "PortBindings": {"8080/tcp": [{"HostIp": "", "HostPort": "8080"}]}, "RestartPolicy": {"Name": "unless-stopped"}},
                "Config": {"Hostname": cid[:12], "User": "1000", "Env": env, "Cmd": ["start"], "Image": f"registry.corp.local/{svc()}:{R.randint(1, 3)}.{R.randint(0, 30)}.{R.randint(0, 9)}",
                           "Labels": {"org.opencontainers.image.revision": d.X(git_sha()), "com.docker.compose.project": "stack",
                                      "com.docker.compose.config-hash": d.X(sha256())}},
                "NetworkSettings": {"Networks": {"bridge": {"IPAddress": ip_priv(), "Gateway": "172.17.0.1", "MacAddress": "02:42:ac:11:00:0" + str(R.randint(2, 9))}}}}]
        d.done(json.dumps(doc, indent=4))


def k8s_cm(C):
    for i in range(1, 7):
        d = C.doc(f"k8s-configmaps/{choice(['orders', 'billing', 'crm', 'reports'])}-secret-{i}.yaml")
        ak, sk = awspair(d)
        d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: {svc()}-env
  namespace: {choice(['prod', 'staging', 'apps'])}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
stringData:
  DB_PASSWORD: "{d.L('password', password())}"
  API_KEY: {d.L('generic-secret', generic())}
  AWS_ACCESS_KEY_ID: {ak}
  AWS_SECRET_ACCESS_KEY: {sk}
  SMTP_PASSWORD: "{d.L('password', password())}"
  OAUTH_CLIENT_SECRET: {d.L('generic-secret', generic())}
  PLACEHOLDER_TOKEN: "<your-token>"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {svc()}-config
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "checkout_v2,new_pricing"
  BUILD_SHA: {d.X(git_sha())}
  TRACE_SAMPLER_ARG: "0.25"
  DB_PASSWORD: ${{DB_PASSWORD}}
  application.properties: |
    spring.datasource.url=jdbc:postgresql://{ip_priv()}:5432/orders
    spring.datasource.username=orders
    spring.datasource.password={d.L('password', password())}
    app.jwt.signing-key={d.L('generic-secret', generic('b64_48'))}
""")
    d = C.doc("k8s-configmaps/kubectl-get-cm-o-yaml.txt")
    d.done(f"""$ kubectl -n prod get cm app-config -o yaml
apiVersion: v1
data:
  config.json: |
    {{
      "partnerApi": {{"url": "https://partner.bring.se/api", "apiKey": "{d.L('generic-secret', generic())}"}},
      "mail": {{"user": "{d.L('email', email(domain='nordkraft.se'))}", "password": "{d.L('password', password())}"}},
      "support": {{"phone": "{d.L('phone', phone('se'))}"}}
    }}
kind: ConfigMap
metadata:
  creationTimestamp: "{ts_iso(False)}"
  name: app-config
  namespace: prod
  resourceVersion: "{R.randint(10**6, 10**8)}"
  uid: {d.X(uuid4())}
""")


def argocd(C):
    for i in range(1, 4):
        d = C.doc(f"argocd/repo-secret-{i}.yaml")
        d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: repo-{choice(['platform', 'apps', 'charts'])}-{i}
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.corp.local/platform/{choice(['apps', 'infra', 'charts'])}.git
  username: argocd
  password: {d.L('password', password('gen'))}
---
apiVersion: v1
kind: Secret
metadata:
  name: helm-repo-{i}
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: helm
  name: internal-charts
  url: https://charts.corp.local
  username: helm
  password: {d.L('password', password())}
""")
    for i in range(1, 3):
        d = C.doc(f"argocd/application-{i}.yaml")
        ak, sk = awspair(d)
        d.done(f"""apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {svc()}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://gitlab.corp.local/platform/apps.git
    targetRevision: {d.X(git_sha())}
    path: charts/{svc()}
    helm:
      valuesObject:
        image:
          tag: "{R.randint(1, 3)}.{R.randint(0, 40)}.{R.randint(0, 9)}"
        postgresql:
          auth:
            password: {d.L('password', password())}
            postgresPassword: {d.L('password', password())}
        backup:
          s3:
            accessKeyId: {ak}
            secretAccessKey: {sk}
        slackToken: "{{{{ .Values.slack.token }}}}"
  destination:
    server: https://kubernetes.default.svc
    namespace: prod
  syncPolicy:
    automated:
      prune: true
""")
    d = C.doc("argocd/argocd-cm.yaml")
    d.done(f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  url: https://argocd.corp.local
  dex.config: |
    connectors:
      - type: github
        id: github
        name: GitHub
        config:
          clientID: {d.X(rs(HEX, 20))}
          clientSecret: {d.L('generic-secret', generic('hex40'))}
          orgs:
          - name: nordkraft
  oidc.config: |
    name: Keycloak
    issuer: https://auth.nordkraft.se/realms/prod
    clientID: argocd
    clientSecret: $oidc.keycloak.clientSecret
""")


def flux(C):
    for i in range(1, 4):
        d = C.doc(f"flux/{choice(['apps', 'infra', 'clusters'])}-{i}.yaml")
        d.done(f"""---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 1m
  url: https://gitlab.corp.local/platform/apps
  ref:
    branch: main
  secretRef:
    name: apps-auth
---
apiVersion: v1
kind: Secret
metadata:
  name: apps-auth
  namespace: flux-system
type: Opaque
stringData:
  username: flux
  password: {d.L('password', password())}
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: {svc()}
  namespace: prod
spec:
  interval: 10m
  chart:
    spec:
      chart: ./charts/app
      sourceRef:
        kind: GitRepository
        name: apps
  values:
    env:
      API_KEY: {d.L('generic-secret', generic())}
      REDIS_PASSWORD: "{d.L('password', password())}"
      GIT_SHA: {d.X(git_sha())}
  valuesFrom:
    - kind: Secret
      name: app-values
      valuesKey: values.yaml
---
apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Provider
metadata:
  name: teams
  namespace: flux-system
spec:
  type: msteams
  secretRef:
    name: teams-webhook
""")
    d = C.doc("flux/flux-bootstrap.log")
    d.done(f"""$ flux bootstrap gitlab --owner=platform --repository=fleet --hostname=gitlab.corp.local --token-auth --path=clusters/prod
► connecting to https://gitlab.corp.local
► cloning branch "main" from Git repository "https://gitlab.corp.local/platform/fleet.git"
✔ cloned repository
► generating component manifests
✔ generated component manifests
✔ committed component manifests to "main" ("{d.X(git_sha())}")
► pushing component manifests to "https://gitlab.corp.local/platform/fleet.git"
► installing components in "flux-system" namespace
✔ installed components
✔ reconciled components
► determining if source secret "flux-system/flux-system" exists
► generating source secret
► applying source secret "flux-system/flux-system"
✔ reconciled source secret
# GITLAB_TOKEN was exported as {d.L('gitlab-token|generic-secret', 'glpat-' + rs(B64URL, 20))} in this shell (rotate it!)
✔ all components are healthy
""")
