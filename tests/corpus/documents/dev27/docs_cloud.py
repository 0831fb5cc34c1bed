"""AWS keys and vendor tokens in storage libraries, release tooling, CLIs and SDK configuration."""
from registry import doc


@doc('django-storages-settings-py', 'mysite/settings/production.py', 'django production settings with s3 storage and anymail')
def django_storages(d):
    return d.T('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.loppis-online.se", "loppis-online.se"]
SECRET_KEY = "⟨gs:an50⟩"

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "storages.backends.s3.S3ManifestStaticStorage"},
}
AWS_ACCESS_KEY_ID = "⟨ak⟩"
AWS_SECRET_ACCESS_KEY = "⟨sk⟩"
AWS_STORAGE_BUCKET_NAME = "loppis-online-media"
AWS_S3_REGION_NAME = "eu-north-1"
AWS_S3_CUSTOM_DOMAIN = "cdn.loppis-online.se"
AWS_DEFAULT_ACL = None
# The docs use AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE" – never commit real ones (we did, see INC-77)

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "⟨mg⟩",
    "MAILGUN_SENDER_DOMAIN": "mg.loppis-online.se",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
    "MAILGUN_WEBHOOK_SIGNING_KEY": "⟨gs:hex32⟩",
}
DEFAULT_FROM_EMAIL = "Loppis Online <⟨em:role@loppis-online.se⟩>"

DATABASES["default"]["PASSWORD"] = "⟨pw:x24⟩"
'''.replace('"AKIAIOSFODNN7EXAMPLE"', '"⟨x:AKIAIOSFODNN7EXAMPLE⟩"'))


@doc('shrine-s3-storage-initializer-rb', 'config/initializers/shrine.rb', 'rails shrine initializer with s3 storage credentials')
def shrine(d):
    return d.T('''require "shrine"
require "shrine/storage/s3"

s3_options = {
  bucket:            "tavling-bilder-prod",
  region:            "eu-north-1",
  access_key_id:     "⟨ak⟩",
  secret_access_key: "⟨sk⟩",
}

Shrine.storages = {
  cache: Shrine::Storage::S3.new(prefix: "cache", **s3_options),
  store: Shrine::Storage::S3.new(**s3_options),
}

Shrine.plugin :activerecord
Shrine.plugin :cached_attachment_data
Shrine.plugin :restore_cached_data
Shrine.plugin :derivatives
Shrine.plugin :presign_endpoint, presign_options: { method: :put }
''')


@doc('rails-active-storage-yml', 'config/storage.yml', 'rails active storage service configuration')
def active_storage(d):
    return d.T('''test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-north-1
  bucket: kvitton-prod

# backup bucket in the old account, hard-coded until the migration is done (OPS-512)
amazon_backup:
  service: S3
  access_key_id: ⟨ak⟩
  secret_access_key: ⟨sk⟩
  region: eu-west-1
  bucket: kvitton-backup-legacy

azure_archive:
  service: AzureStorage
  storage_account_name: kvittonarkiv
  storage_access_key: ⟨azkey⟩
  container: arkiv
''')


@doc('goreleaser-env-and-config-yml', 'dot-goreleaser.yaml', 'release tool configuration with blob upload and inline tokens')
def goreleaser(d):
    return d.T('''# yaml-language-server: $schema=https://goreleaser.com/static/schema.json
version: 2

env:
  - GITHUB_TOKEN=⟨ghp⟩
  - HOMEBREW_TAP_TOKEN={{ .Env.TAP_TOKEN }}

before:
  hooks:
    - go mod tidy

builds:
  - env: [CGO_ENABLED=0]
    goos: [linux, darwin, windows]
    goarch: [amd64, arm64]
    ldflags:
      - -s -w -X main.version={{.Version}} -X main.commit={{.Commit}}

blobs:
  - provider: s3
    bucket: nedladdning-verktyg
    region: eu-north-1
    directory: "releases/{{ .Version }}"

release:
  github:
    owner: matverktyg
    name: matcli

announce:
  slack:
    enabled: true
    message_template: "matcli {{ .Tag }} är släppt!"
    channel: "#releaser"
  webhook:
    enabled: true
    endpoint_url: "⟨slackwh⟩"
''')


@doc('python-gitlab-cfg', 'home/utv/.python-gitlab.cfg', 'python-gitlab cli configuration with personal access tokens')
def python_gitlab(d):
    return d.T('''[global]
default = intern
ssl_verify = true
timeout = 10

[intern]
url = https://gitlab.bygg.lan
private_token = ⟨glpat⟩
api_version = 4

[gitlab.com]
url = https://gitlab.com
private_token = ⟨glpat⟩

[kund-acme]
url = https://git.kund-acme.se
job_token = ${CI_JOB_TOKEN}
''')


@doc('poetry-auth-toml', 'home/utv/.config/pypoetry/auth.toml', 'python packaging tool auth.toml with repository credentials')
def poetry(d):
    return d.T('''[http-basic.pypi]
username = "__token__"
password = "⟨pypi⟩"

[http-basic.intern]
username = "utv-ci"
password = "⟨pw:x20⟩"
''')


@doc('kaggle-api-json', 'home/analys/.kaggle/kaggle.json', 'data science competition platform api credentials file')
def kaggle(d):
    return d.T('''{"username":"elinanalys","key":"⟨gs:hex32⟩"}
''')


@doc('huggingface-stored-tokens-ini', 'home/ml/.cache/huggingface/stored_tokens', 'model hub cli stored tokens file')
def hf_stored(d):
    return d.T('''[read-only]
hf_token = ⟨hf⟩

[write-org-models]
hf_token = ⟨hf⟩
''')


@doc('themekit-config-yml', 'theme/config.yml', 'e-commerce theme kit configuration with store passwords')
def themekit(d):
    return d.T('''production:
  password: ⟨shpat:shppa_⟩
  theme_id: "⟨int:12⟩"
  store: kaffebonan-butik.myshopify.com
  ignore_files:
    - config/settings_data.json

development:
  password: ${THEMEKIT_PASSWORD}
  theme_id: "⟨int:12⟩"
  store: kaffebonan-butik-dev.myshopify.com
''')


@doc('datadog-synthetics-ci-config-json', 'datadog-ci.json', 'monitoring ci cli configuration with api and application keys')
def ddci(d):
    return d.T('''{
  "apiKey": "⟨dd⟩",
  "appKey": "⟨ddapp⟩",
  "datadogSite": "datadoghq.eu",
  "failOnCriticalErrors": true,
  "failOnTimeout": true,
  "files": ["e2e/**/*.synthetics.json"],
  "global": { "locations": ["aws:eu-north-1"], "retry": { "count": 1, "interval": 300 } },
  "proxy": { "protocol": "http", "host": "proxy.bygg.lan", "port": 3128 }
}
''')


@doc('hubot-slack-adapter-env', 'hubot/.env', 'chat bot adapter env file with bot and app tokens')
def hubot(d):
    return d.T('''# Hubot 11 + @hubot-friends/hubot-slack (socket mode)
HUBOT_SLACK_BOT_TOKEN=⟨xoxb⟩
HUBOT_SLACK_APP_TOKEN=⟨xapp⟩
HUBOT_LOG_LEVEL=info
REDIS_URL=redis://:⟨upw:x20⟩@redis:6379/2
HUBOT_JIRA_URL=https://jira.bygg.lan
HUBOT_JIRA_USER=hubot
HUBOT_JIRA_PASSWORD=⟨pw:y⟩
''')


@doc('spree-payment-method-seeds-rb', 'db/seeds/payment_methods.rb', 'e-commerce payment method seeds with a restricted live key')
def spree(d):
    return d.T('''# Payment methods for the production store. Run: bin/rails runner db/seeds/payment_methods.rb
Spree::Gateway::StripeElementsGateway.find_or_create_by!(name: "Kort (Stripe)") do |pm|
  pm.preferred_publishable_key = "⟨pk:pk_live_~an99⟩"
  pm.preferred_secret_key      = "⟨rklive⟩"
  pm.preferred_test_mode       = false
  pm.active = true
end

# staging (test mode keys from the Stripe docs sandbox)
if Rails.env.staging?
  Spree::Gateway::StripeElementsGateway.find_or_create_by!(name: "Kort (test)") do |pm|
    pm.preferred_publishable_key = "pk_test_⟨an:24⟩"
    pm.preferred_secret_key      = "sk_test_⟨an:24⟩"
    pm.preferred_test_mode       = true
  end
end
''')


@doc('django-two-factor-twilio-settings-py', 'portal/settings/otp.py', 'django two-factor settings with sms provider credentials')
def twofactor(d):
    return d.T('''# django-two-factor-auth: SMS/voice tokens via Twilio
TWO_FACTOR_SMS_GATEWAY = "two_factor.gateways.twilio.gateway.Twilio"
TWO_FACTOR_CALL_GATEWAY = "two_factor.gateways.twilio.gateway.Twilio"
TWILIO_ACCOUNT_SID = "⟨x:AC⟩⟨hex:32⟩"
TWILIO_AUTH_TOKEN = "⟨twauth⟩"
TWILIO_CALLER_ID = "⟨ph:se.mobe⟩"
# API key used by the status-callback verifier (Console > API keys)
TWILIO_API_KEY_SID = "⟨twsk⟩"
TWILIO_API_KEY_SECRET = "⟨gs:an32⟩"
OTP_TOTP_ISSUER = "Kundportalen"
''')


@doc('umbraco-azure-blob-media-appsettings-json', 'src/Webb/appsettings.Production.json', 'cms appsettings with blob media storage connection string')
def umbraco(d):
    return d.T('''{
  "$schema": "appsettings-schema.json",
  "ConnectionStrings": {
    "umbracoDbDSN": "Server=sql01.webb.lan;Database=umbraco;User Id=umbraco;Password=⟨pw:y⟩;TrustServerCertificate=true",
    "umbracoDbDSN_ProviderName": "Microsoft.Data.SqlClient"
  },
  "Umbraco": {
    "CMS": {
      "Global": { "Id": "⟨uuid⟩", "SanitizeTinyMce": true },
      "Content": { "ContentVersionCleanupPolicy": { "EnableCleanup": true } }
    },
    "Storage": {
      "AzureBlob": {
        "Media": {
          "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=webbmedia;AccountKey=⟨azkey⟩;EndpointSuffix=core.windows.net",
          "ContainerName": "media"
        }
      }
    }
  },
  "Geocoding": { "Provider": "Google", "ApiKey": "⟨aiza⟩" }
}
''')


@doc('dockerconfigjson-secret-decode-terminal-txt', 'notes/felsokning-imagepull.txt', 'terminal session decoding a registry pull secret')
def regcred(d):
    return d.T('''$ kubectl -n butik get pods
NAME                         READY   STATUS             RESTARTS   AGE
api-6d9c7b8f5-2kq8x          0/1     ImagePullBackOff   0          12m
$ kubectl -n butik describe pod api-6d9c7b8f5-2kq8x | tail -3
  Warning  Failed     11m (x4 over 12m)  kubelet  Failed to pull image "registry.bygg.lan/butik/api:2.8.1": unauthorized: authentication required
$ kubectl -n butik get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq .
{
  "auths": {
    "registry.bygg.lan": {
      "username": "butik-pull",
      "password": "⟨pw:x20#p⟩",
      "auth": "⟨dauth:butik-pull⟩"
    }
  }
}
$ # the auth field encodes another password than the one above (old robot account) -> recreate
$ kubectl -n butik create secret docker-registry regcred --docker-server=registry.bygg.lan \\
    --docker-username=butik-pull --docker-password='⟨=p⟩' --dry-run=client -o yaml | kubectl apply -f -
secret/regcred configured
''')


@doc('semantic-release-ci-dotenv', 'ci/release.env', 'release automation env file with repository and registry tokens')
def semrel(d):
    return d.T('''# sourced by ci/release.sh before `npx semantic-release`
GH_TOKEN=⟨ghpat⟩
NPM_TOKEN=⟨npm⟩
GIT_AUTHOR_NAME=release-bot
GIT_AUTHOR_EMAIL=⟨em:role@matverktyg.se⟩
SLACK_WEBHOOK=${SLACK_RELEASE_WEBHOOK}
''')


@doc('aws-sso-get-role-credentials-output-json', 'notes/sso-role-creds.json', 'saved output of an sso get-role-credentials call with temporary credentials')
def sso_creds(d):
    return d.T('''{
    "roleCredentials": {
        "accessKeyId": "⟨ak:ASIA⟩",
        "secretAccessKey": "⟨sk⟩",
        "sessionToken": "⟨st⟩",
        "expiration": 1768836130000
    }
}
''')
