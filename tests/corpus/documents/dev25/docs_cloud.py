"""AWS keys, private keys and vendor tokens (Slack, Twilio, OpenAI, Anthropic, Hugging Face, npm,
PyPI, Stripe, SendGrid, Mailgun, Azure storage, Google API, GitHub, GitLab, Docker auth) in
infrastructure, CI and application configs."""
import base64
import json
import urllib.parse

from core import doc, tdoc, AN, ANU, HEXL

M = "cloud"


tdoc(M, "mountpoint-s3-systemd-unit", "etc/systemd/system/mount-s3-arkiv.service", "s3 fuse mount systemd unit", r'''[Unit]
Description=Mountpoint for Amazon S3 - hallon-arkiv-prod (read-only)
Documentation=https://wiki.hallonbolaget.se/drift/s3-arkiv
Wants=network-online.target
After=network-online.target
AssertPathIsDirectory=/mnt/arkiv

[Service]
Type=forking
User=arkiv
Group=arkiv
# IAM user svc-arkiv-read (policy: s3:GetObject/ListBucket on hallon-arkiv-prod)
Environment=AWS_ACCESS_KEY_ID=⟨ak⟩
Environment=AWS_SECRET_ACCESS_KEY=⟨sk⟩
Environment=AWS_REGION=eu-north-1
ExecStart=/usr/bin/mount-s3 hallon-arkiv-prod /mnt/arkiv --read-only --allow-other --cache /var/cache/mountpoint-s3 --max-cache-size 20480
ExecStop=/usr/bin/fusermount -u /mnt/arkiv
Restart=on-failure
RestartSec=30

[Install]
WantedBy=remote-fs.target
''')


@doc(M, "pghoard-json", "etc/pghoard/pghoard.json", "postgresql backup daemon configuration")
def pghoard(d):
    key = d.privkey("pkcs8")
    pub = d.pubkey_of_last()
    d.L("private-key", key.replace("\n", "\\n"))
    pub_esc = pub.replace("\n", "\\n")
    d.X(pub_esc)
    cfg = {
        "backup_location": "/var/lib/pghoard",
        "backup_sites": {
            "prod": {
                "nodes": [{"host": "127.0.0.1", "port": 5432, "user": "pghoard", "password": d.lab("pw", "a"), "sslmode": "disable"}],
                "object_storage": {"storage_type": "s3", "region": "eu-north-1", "bucket_name": "hallon-pgbackup",
                                   "aws_access_key_id": d.lab("ak"), "aws_secret_access_key": d.lab("sk")},
                "encryption_key_id": "pgbackup-2025",
                "encryption_keys": {"pgbackup-2025": {"public": "@@PUB@@", "private": "@@PRIV@@"}},
                "basebackup_interval_hours": 24,
                "basebackup_count": 7,
                "active_backup_mode": "pg_receivexlog",
                "pg_data_directory": "/var/lib/postgresql/16/main",
            }
        },
        "http_address": "127.0.0.1",
        "http_port": 16000,
        "log_level": "INFO",
        "json_state_file_path": "/var/lib/pghoard/pghoard_state.json",
    }
    txt = json.dumps(cfg, indent=4)
    return txt.replace('"@@PUB@@"', '"' + pub_esc + '\\n"').replace('"@@PRIV@@"', '"' + key.replace("\n", "\\n") + '\\n"') + "\n"


@doc(M, "scoutsuite-run-log", "audits/scout-2026-01-19.txt", "cloud security audit tool terminal log")
def scout(d):
    acct = d.num_safe(12, "4")
    return d.T(r'''$ scout aws --access-keys --access-key-id ⟨ak:ASIA⟩ --secret-access-key ⟨sk⟩ \
    --session-token ⟨gs:b64:280⟩ \
    --regions eu-north-1 eu-west-1 --report-dir /tmp/scout-2026-01-19 --no-browser
2026-01-19 11:02:11 audit-vm scout[41221] INFO Launching Scout
2026-01-19 11:02:11 audit-vm scout[41221] INFO Authenticating to cloud provider
2026-01-19 11:02:13 audit-vm scout[41221] INFO Gathering data from APIs
2026-01-19 11:02:13 audit-vm scout[41221] INFO Fetching resources for the ACM service
2026-01-19 11:02:15 audit-vm scout[41221] INFO Fetching resources for the Lambda service
2026-01-19 11:02:21 audit-vm scout[41221] INFO Fetching resources for the IAM service
2026-01-19 11:03:02 audit-vm scout[41221] ERROR iam.py L142: Failed to get credential report: An error occurred (ReportNotPresent)
2026-01-19 11:05:40 audit-vm scout[41221] INFO Fetching resources for the S3 service
2026-01-19 11:09:31 audit-vm scout[41221] INFO Running pre-processing engine
2026-01-19 11:09:33 audit-vm scout[41221] INFO Running rule engine
2026-01-19 11:09:40 audit-vm scout[41221] INFO Applying display filters
2026-01-19 11:09:40 audit-vm scout[41221] INFO Saving data to /tmp/scout-2026-01-19/scoutsuite-results/scoutsuite_results_aws-''' + acct + r'''.js
2026-01-19 11:09:41 audit-vm scout[41221] INFO Saving data to /tmp/scout-2026-01-19/scoutsuite-results/scoutsuite_exceptions_aws-''' + acct + r'''.js
2026-01-19 11:09:41 audit-vm scout[41221] INFO Creating /tmp/scout-2026-01-19/aws-''' + acct + r'''.html
''')


@doc(M, "ansible-semaphore-key-store-json", "provision/semaphore-keys.json", "automation ui key store provisioning body")
def semaphore(d):
    key = d.privkey("rsa")
    d.L("private-key", key.replace("\n", "\\n"))
    keys = [
        {"name": "deploy-ssh", "type": "ssh", "project_id": 1,
         "ssh": {"login": "deploy", "passphrase": "", "private_key": "@@KEY@@"}},
        {"name": "vault-pass", "type": "login_password", "project_id": 1,
         "login_password": {"login": "", "password": d.lab("pw", "p")}},
        {"name": "git-readonly", "type": "login_password", "project_id": 1,
         "login_password": {"login": "semaphore", "password": d.lab("pw", "a")}},
        {"name": "None", "type": "none", "project_id": 1},
    ]
    txt = json.dumps(keys, indent=2)
    return txt.replace('"@@KEY@@"', '"' + key.replace("\n", "\\n") + '\\n"') + "\n"


@doc(M, "apple-signin-p8-config", "dot-env.production", "sign in with apple and app store settings (env file)")
def apple(d):
    key = d.privkey("ec")
    esc = d.L("private-key", key.replace("\n", "\\n"))
    team = d.X(d.s(ANU, 10))
    kid = d.X(d.s(ANU, 10))
    return d.T(f'''# Sign in with Apple (services id se.kvartersappen.web)
APPLE_CLIENT_ID=se.kvartersappen.web
APPLE_TEAM_ID={team}
APPLE_KEY_ID={kid}
APPLE_PRIVATE_KEY="{esc}"
APPLE_REDIRECT_URI=https://www.kvartersappen.se/auth/apple/callback

# App Store Server Notifications / receipt validation
APPSTORE_SHARED_SECRET=⟨gs:hex32⟩
APPSTORE_BUNDLE_ID=se.kvartersappen.app
APPSTORE_ENVIRONMENT=Production
''')


tdoc(M, "gatus-config-yaml", "gatus/config.yaml", "status page and health check configuration", r'''alerting:
  slack:
    webhook-url: "⟨slackwh⟩"
    default-alert:
      description: "health check failed"
      send-on-resolved: true
      failure-threshold: 3
      success-threshold: 2
  twilio:
    sid: "AC⟨hex:32⟩"
    token: "⟨twauth⟩"
    from: "⟨phone:SE,e⟩"
    to: "⟨phone:SE,e⟩"
  custom:
    url: "https://alerts.hallonbolaget.se/api/v1/incidents"
    method: "POST"
    headers:
      Authorization: "Bearer ⟨bt:an40⟩"
      Content-Type: application/json
    body: |
      {"title": "[ENDPOINT_NAME]", "status": "[ALERT_TRIGGERED_OR_RESOLVED]", "detail": "[ALERT_DESCRIPTION]"}

storage:
  type: postgres
  path: "postgres://gatus:⟨upw:u⟩@pg.internal:5432/gatus?sslmode=require"

endpoints:
  - name: web
    group: kvartersappen
    url: "https://www.kvartersappen.se/"
    interval: 60s
    conditions:
      - "[STATUS] == 200"
      - "[RESPONSE_TIME] < 800"
    alerts:
      - type: slack
  - name: api
    group: kvartersappen
    url: "https://api.kvartersappen.se/healthz"
    interval: 30s
    conditions:
      - "[STATUS] == 200"
      - "[BODY].status == ok"
    alerts:
      - type: slack
      - type: twilio
        failure-threshold: 5
  - name: partner-api
    group: partners
    url: "https://api.partner.grossist.se/v2/ping"
    headers:
      Authorization: "Bearer ⟨bt:hex40⟩"
    conditions:
      - "[STATUS] == 200"
    alerts:
      - type: custom
''')

tdoc(M, "litellm-proxy-config-yaml", "litellm/config.yaml", "llm gateway proxy configuration", r'''model_list:
  - model_name: gpt-4o
    litellm_params:
      model: openai/gpt-4o
      api_key: ⟨oai⟩
  - model_name: claude-sonnet
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20241022
      api_key: ⟨ant⟩
  - model_name: azure-gpt-4o
    litellm_params:
      model: azure/gpt-4o-prod
      api_base: https://hallon-openai-swe.openai.azure.com/
      api_key: ⟨gs:hex32⟩
      api_version: "2024-10-21"
  - model_name: llama-3-8b
    litellm_params:
      model: huggingface/meta-llama/Meta-Llama-3-8B-Instruct
      api_key: ⟨hf⟩

litellm_settings:
  drop_params: true
  success_callback: ["langfuse"]
  failure_callback: ["langfuse"]

general_settings:
  # docs default, replaced by LITELLM_MASTER_KEY in the container env
  master_key: sk-1234
  database_url: postgresql://litellm:⟨upw:u⟩@litellm-db:5432/litellm

environment_variables:
  LANGFUSE_HOST: https://langfuse.hallonbolaget.se
  LANGFUSE_PUBLIC_KEY: pk-lf-⟨uuid⟩
  LANGFUSE_SECRET_KEY: ⟨gs:sk-lf-~hex32⟩
''')


@doc(M, "lerna-publish-ci-log", "ci/job-8812211-publish.log", "ci job log of a monorepo package publish")
def lerna(d):
    npm = d.lab("npm")
    gl, _ = d.make("glpat", "")
    d.L("gitlab-token|url-credentials", gl)
    sha = d.X(d.hexs(8))
    return f'''Running with gitlab-runner 17.7.0 (3153ccc6)
  on hallon-shared-runner-03 t3_Zx81Q, system ID: s_2b8c71d0e1aa
Preparing the "docker" executor
Using Docker executor with image node:22-bookworm ...
Pulling docker image node:22-bookworm ...
Using docker image sha256:{d.sha256()} for node:22-bookworm with digest node@sha256:{d.sha256()} ...
Preparing environment
Running on runner-t3zx81q-project-412-concurrent-0 via hallon-runner-03...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out {sha} as detached HEAD (ref is v3.14.0)...
Skipping Git submodules setup
Executing "step_script" stage of the job script
$ npm ci --no-audit --no-fund
added 1412 packages in 41s
$ echo "//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}" > .npmrc && cat .npmrc
//registry.npmjs.org/:_authToken={npm}
$ npx lerna publish from-package --yes --no-private
lerna notice cli v8.1.9
lerna info ci enabled
lerna info publish Found 3 packages to publish:
 - @hallon/ui-kit => 3.14.0
 - @hallon/icons => 2.8.1
 - @hallon/eslint-config => 1.6.0
lerna info auto-confirmed
lerna info publish Publishing packages to npm...
lerna success published @hallon/icons 2.8.1
lerna success published @hallon/eslint-config 1.6.0
lerna success published @hallon/ui-kit 3.14.0
Successfully published:
 - @hallon/eslint-config@1.6.0
 - @hallon/icons@2.8.1
 - @hallon/ui-kit@3.14.0
lerna success published 3 packages
$ git push https://oauth2:{gl}@gitlab.hallonbolaget.se/frontend/hallon-ui.git --tags
To https://gitlab.hallonbolaget.se/frontend/hallon-ui.git
 * [new tag]         v3.14.0 -> v3.14.0
Cleaning up project directory and file based variables
Job succeeded
'''


tdoc(M, "hatch-publish-config-toml", "dot-config/hatch/config.toml", "python project manager user config", r'''mode = "local"
project = ""
shell = ""

[dirs]
project = []
python = "isolated"
data = "~/.local/share/hatch"
cache = "~/.cache/hatch"

[dirs.env]

[projects]

[publish.index]
user = "__token__"
auth = "⟨pypi⟩"

[publish.index.repos.internal]
url = "https://pypi.hallonbolaget.se/legacy/"
user = "ci-publish"
auth = "⟨pw:a⟩"

[template]
name = "Jonas Lundgren"
email = "⟨email:se@hallonbolaget.se⟩"

[template.licenses]
headers = true
default = ["MIT"]

[template.plugins.default]
tests = true
ci = false
src-layout = true
''')


@doc(M, "djstripe-settings-py", "loppis/settings/payments.py", "django payment and mail settings module")
def djstripe(d):
    sk_test = d.X("sk_test_" + d.s(AN, 99))
    pk = d.X("pk_live_" + d.s(AN, 99))
    return d.T(r'''"""Payment and transactional e-mail settings (imported from settings/production.py)."""
import os

STRIPE_LIVE_SECRET_KEY = os.environ.get("STRIPE_LIVE_SECRET_KEY", "⟨sklive⟩")
STRIPE_TEST_SECRET_KEY = "''' + sk_test + r'''"
STRIPE_LIVE_MODE = True
STRIPE_PUBLIC_KEY = "''' + pk + r'''"
# restricted key used only by the nightly reporting export
STRIPE_REPORTING_KEY = "⟨sklive:rk⟩"

DJSTRIPE_WEBHOOK_SECRET = "⟨gs:whsec_~an32⟩"
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
DJSTRIPE_USE_NATIVE_JSONFIELD = True

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {
    "SENDGRID_API_KEY": "⟨sg⟩",
    # old provider, kept for the fallback backend until March
    "MAILGUN_API_KEY": "⟨mg⟩",
    "MAILGUN_SENDER_DOMAIN": "mg.loppis-app.se",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}
DEFAULT_FROM_EMAIL = "Loppis <⟨rmail:loppis-app.se⟩>"
SERVER_EMAIL = "⟨rmail:loppis-app.se⟩"
''')


@doc(M, "blobfuse2-config-yaml", "etc/blobfuse2/arkiv.yaml", "azure blob fuse mount configuration")
def blobfuse(d):
    sig = d.L("azure-storage-key", urllib.parse.quote(base64.b64encode(bytes(d.r.getrandbits(8) for _ in range(32))).decode(), safe=""))
    return d.T(r'''allow-other: true

logging:
  type: syslog
  level: log_warning

components:
  - libfuse
  - file_cache
  - attr_cache
  - azstorage

libfuse:
  attribute-expiration-sec: 120
  entry-expiration-sec: 120
  negative-entry-expiration-sec: 240

file_cache:
  path: /mnt/blobfuse-cache
  timeout-sec: 120
  max-size-mb: 4096

attr_cache:
  timeout-sec: 7200

azstorage:
  type: block
  account-name: hallonarkiv
  account-key: ⟨azkey⟩
  endpoint: https://hallonarkiv.blob.core.windows.net
  mode: key
  container: skannade-fakturor

# read-only mount for the auditors uses a SAS instead:
#   mode: sas
#   sas: "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-06-30T21:59:59Z&st=2026-01-19T08:00:00Z&spr=https&sig=''' + sig + r'''"
#
# local testing against Azurite (emulator default account):
#   account-name: devstoreaccount1
#   account-key: Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==
#   endpoint: http://127.0.0.1:10000/devstoreaccount1
''')


@doc(M, "android-google-services-json", "app/google-services.json", "mobile app firebase configuration")
def gservices(d):
    num = d.num_safe(12, "7")
    clients = []
    for pkg in ["se.kvartersappen.app", "se.kvartersappen.app.staging"]:
        clients.append({
            "client_info": {"mobilesdk_app_id": f"1:{num}:android:{d.X(d.hexs(22))}",
                            "android_client_info": {"package_name": pkg}},
            "oauth_client": [{"client_id": f"{num}-{d.X(d.s('abcdefghijklmnopqrstuvwxyz0123456789', 32))}.apps.googleusercontent.com", "client_type": 3}],
            "api_key": [{"current_key": d.lab("aiza")}],
            "services": {"appinvite_service": {"other_platform_oauth_client": [
                {"client_id": f"{num}-{d.X(d.s('abcdefghijklmnopqrstuvwxyz0123456789', 32))}.apps.googleusercontent.com", "client_type": 3}]}}})
    cfg = {"project_info": {"project_number": num, "project_id": "kvartersappen-prod",
                            "storage_bucket": "kvartersappen-prod.appspot.com"},
           "client": clients, "configuration_version": "1"}
    return json.dumps(cfg, indent=2) + "\n"


tdoc(M, "errbot-config-py", "srv/errbot/config.py", "chatops bot configuration", r'''import logging

BACKEND = 'SlackV3'

BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'
BOT_LOG_FILE = r'/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': '⟨xoxb⟩',
    'app_token': '⟨xapp⟩',
    'signing_secret': '⟨gs:hex32⟩',
}

BOT_ADMINS = ('@jonas.lundgren', '@megan.reid')
CHATROOM_PRESENCE = ('#drift',)
BOT_PREFIX = '!'
BOT_ALT_PREFIXES = ('@errbot',)

# deploy plugin -> Jenkins
DEPLOY_JENKINS = {
    'url': 'https://ci.hallonbolaget.se',
    'user': 'errbot',
    'api_token': '⟨gs:11~hex32⟩',
}
''')


@doc(M, "helm-registry-config-json", "dot-config/helm/registry/config.json", "helm oci registry credentials")
def helm_reg(d):
    def auth(user):
        raw, _ = d.make("dockerauth", user)
        return d.L("docker-auth", raw)
    cfg = {"auths": {"registry.gitlab.hallonbolaget.se": {"auth": auth("jlundgren")},
                     "ghcr.io": {"auth": auth("jlundgren-hb")},
                     "harbor.hallonbolaget.se": {"auth": auth("robot$helm-ci")}}}
    return json.dumps(cfg, indent=2) + "\n"
