"""AWS keys, vendor tokens, url credentials, basic and docker auth, private keys and JWTs."""
import json

from registry import doc
from core import b64


@doc('aws-export-credentials-env-output', 'notes/felsokning-s3-export.txt', 'terminal session exporting aws credentials as environment variables')
def _(d):
    return f"""$ aws configure export-credentials --profile lager-prod --format env
export AWS_ACCESS_KEY_ID={d.ak('ASIA')}
export AWS_SECRET_ACCESS_KEY={d.sk()}
export AWS_SESSION_TOKEN={d.sts()}
export AWS_CREDENTIAL_EXPIRATION=2026-01-20T18:14:02+00:00
$ aws sts get-caller-identity
{{
    "UserId": "{d.X('AROA' + d.rnd('AN17'))}:lisa.berg",
    "Account": "{d.intx(12)}",
    "Arn": "arn:aws:sts::{d.looks[-1]}:assumed-role/LagerAdmin/lisa.berg"
}}
$ # docs example for comparison: AKIAIOSFODNN7EXAMPLE
"""


@doc('python-boto3-client-explicit-keys-py', 'scripts/ladda_upp_rapporter.py', 'python script uploading reports to s3 with explicit boto3 keys')
def _(d):
    return f"""import datetime
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="{d.ak()}",
    aws_secret_access_key="{d.sk()}",
)

def ladda_upp(fil: str) -> None:
    nyckel = f"rapporter/{{datetime.date.today():%Y/%m}}/{{fil}}"
    s3.upload_file(fil, "ekonomi-rapporter-prod", nyckel, ExtraArgs={{"ServerSideEncryption": "aws:kms"}})
    # ETag of last month's file: {d.hexx(32)}

if __name__ == "__main__":
    ladda_upp("utfall.xlsx")
"""


@doc('git-remote-v-output-tokens-txt', 'notes/git-remotes-byggserver.txt', 'terminal output of git remote -v on a build server with tokens in remote urls')
def _(d):
    g = d.ghp(cat='github-token|url-credentials')
    gl = d.glpat(cat='gitlab-token|url-credentials')
    return f"""byggare@ci01:~/src/kassa$ git remote -v
origin	https://x-access-token:{g}@github.com/norrbutiken/kassa.git (fetch)
origin	https://x-access-token:{g}@github.com/norrbutiken/kassa.git (push)
mirror	https://oauth2:{gl}@gitlab.com/norrbutiken/kassa-mirror.git (fetch)
mirror	https://oauth2:{gl}@gitlab.com/norrbutiken/kassa-mirror.git (push)
upstream	https://github.com/kassa-oss/kassa-core.git (fetch)
upstream	https://github.com/kassa-oss/kassa-core.git (push)
byggare@ci01:~/src/kassa$ git log -1 --format=%H
{d.commit()}
"""


@doc('jupyter-notebook-openai-ipynb', 'analys/kundtjanst-klassning.ipynb', 'jupyter notebook classifying support tickets with llm apis')
def _(d):
    nb = {'cells': [
        {'cell_type': 'markdown', 'metadata': {}, 'source': ['# Klassning av kundtjänstärenden\n', 'Test av två modeller på 200 ärenden.']},
        {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [],
         'source': ['import os\n', 'from openai import OpenAI\n', 'import anthropic\n', '\n',
                    f'os.environ["OPENAI_API_KEY"] = "{d.oai()}"\n', f'claude = anthropic.Anthropic(api_key="{d.ant()}")\n',
                    'oa = OpenAI()']},
        {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [
            {'name': 'stdout', 'output_type': 'stream', 'text': [f'request id: req_{d.X(d.rnd("hex24"))}\n', 'kategori: Faktura\n']}],
         'source': ['r = oa.chat.completions.create(model="gpt-4.1-mini", messages=[{"role": "user", "content": text}])\n', 'print(r.choices[0].message.content)']}],
        'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                     'language_info': {'name': 'python', 'version': '3.12.3'}}, 'nbformat': 4, 'nbformat_minor': 5}
    return json.dumps(nb, ensure_ascii=False, indent=1) + '\n'


@doc('laravel-mail-sendgrid-config-php', 'config/services.php', 'laravel services config with mail and sms provider keys')
def _(d):
    return f"""<?php

return [

    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY', '{d.sg()}'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.bokningsappen.se'),
        'secret' => env('MAILGUN_SECRET', '{d.mg()}'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'twilio' => [
        'sid' => '{d.X('AC' + d.rnd('hex32'))}',
        'token' => '{d.twauth()}',
        'from' => '{d.phone("se", style=3)}',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
];
"""


@doc('stripe-ruby-initializer-rb', 'config/initializers/stripe.rb', 'rails initializer configuring the stripe ruby library')
def _(d):
    return f"""Rails.configuration.stripe = {{
  publishable_key: "pk_live_{d.X(d.rnd('an99'))}",
  secret_key: ENV.fetch("STRIPE_SECRET_KEY") {{ "{d.sklive()}" }},
  webhook_secret: "whsec_{d.gs('an32') if False else ''}"
}}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""".replace('"whsec_"', f'"{d.gs("an32", pre="whsec_")}"')


@doc('datadog-helm-values-yaml', 'helm/datadog/values-prod.yaml', 'helm values for the datadog agent with api and app keys')
def _(d):
    return f"""datadog:
  site: datadoghq.eu
  apiKey: {d.dd()}
  appKey: {d.dd(40)}
  clusterName: prod-north-1
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
  tags:
    - "env:prod"
    - "team:drift"
clusterAgent:
  enabled: true
  token: {d.gs('an32')}
agents:
  image:
    digest: sha256:{d.sha256()}
"""


@doc('docker-cli-config-json-auths', 'home/ci/.docker/config.json', 'docker cli config.json with registry auths')
def _(d):
    p1 = d.pwraw('x')
    p2 = d.pwraw('x')
    a1 = d.L('docker-auth', b64('ci-push:' + p1))
    a2 = d.L('docker-auth', b64('robot$bygg+ci:' + p2))
    return f"""{{
	"auths": {{
		"registry.norrbutiken.se": {{
			"auth": "{a1}"
		}},
		"harbor.int.norrbutiken.se": {{
			"auth": "{a2}"
		}},
		"https://index.docker.io/v1/": {{}}
	}},
	"credsStore": "desktop",
	"currentContext": "default",
	"plugins": {{
		"-x-cli-hints": {{ "enabled": "true" }}
	}}
}}
"""


@doc('azure-blob-python-uploader-py', 'tools/arkivera_loggar.py', 'python script archiving logs to azure blob storage with a connection string')
def _(d):
    return f"""from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=norrloggarkiv;"
    "AccountKey={d.azkey()};"
    "EndpointSuffix=core.windows.net"
)
# Azurite default for local runs (public, documented): see README

def arkivera(sokvag: str) -> None:
    svc = BlobServiceClient.from_connection_string(CONN)
    blob = svc.get_blob_client(container="loggar", blob=sokvag.split("/")[-1])
    with open(sokvag, "rb") as f:
        blob.upload_blob(f, overwrite=True)
"""


@doc('ansible-ssh-private-key-group-vars-yml', 'inventories/prod/group_vars/backup.yml', 'ansible group vars with an inline ssh private key for the backup user')
def _(d):
    key = d.pem('OPENSSH')
    d.labels.remove(('private-key', key))
    ind = '  ' + d.L('private-key', key.replace('\n', '\n  '))
    return f"""---
backup_user: borg
backup_repo: ssh://{d.X('borg@backup01.lan')}:22/./repos/{{{{ inventory_hostname }}}}
backup_passphrase: "{d.pw('p')}"
backup_ssh_public_key: "ssh-ed25519 {d.X('AAAAC3NzaC1lZDI1NTE5AAAAI' + d.rnd('b64_32')[:43])} borg@backup01"
backup_ssh_private_key: |
{ind}
backup_retention:
  daily: 7
  weekly: 4
  monthly: 6
"""


@doc('express-jwt-unauthorized-error-log', 'logs/api-error.log', 'node api error log printing a rejected jwt and a basic auth header')
def _(d):
    j = d.jwtraw('HS256', {'sub': 'u_4471', 'role': 'kassor'})
    d.L('jwt|bearer-token', j)
    pw = d.pwraw('x')
    ba = d.basic('rapport', pw)
    return f"""2026-01-20T08:41:02.118Z error UnauthorizedError: jwt expired
    at /srv/api/node_modules/express-jwt/dist/index.js:125:31
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {{
  code: 'invalid_token',
  status: 401,
  inner: TokenExpiredError: jwt expired
      at /srv/api/node_modules/jsonwebtoken/verify.js:190:21 {{
    expiredAt: 2026-01-20T08:40:00.000Z
  }}
}} request={{"method":"GET","url":"/v1/kassor/7/dagsrapport","headers":{{"authorization":"Bearer {j}","x-request-id":"{d.uuid()}"}}}}
2026-01-20T08:41:09.552Z warn  legacy basic auth used on /v1/export: authorization="Basic {ba}" ip=10.20.4.30
"""


@doc('slack-bot-systemd-environment-file', 'etc/default/driftbot', 'environment file of a chat bot systemd service')
def _(d):
    return f"""# /etc/default/driftbot -- read by driftbot.service (EnvironmentFile=)
SLACK_BOT_TOKEN={d.xox('xoxb')}
SLACK_APP_TOKEN={d.xox('xapp')}
SLACK_SIGNING_SECRET={d.gs('hex32')}
SLACK_ALERT_WEBHOOK={d.slackwh()}
DRIFTBOT_CHANNEL=C0{d.X(d.rnd('AN9'))}
HF_TOKEN={d.hf()}
NPM_TOKEN={d.npm()}
"""


@doc('shopify-cli-app-env', 'apps/lagerkoll/.env', 'e-commerce app .env with admin api token, google maps key and pypi upload token')
def _(d):
    return f"""SHOPIFY_API_KEY={d.X(d.rnd('hex32'))}
SHOPIFY_API_SECRET={d.gs('hex32')}
SHOPIFY_ADMIN_TOKEN={d.shpat()}
SHOP=norrbutiken.myshopify.com
SCOPES=read_products,write_inventory
GOOGLE_MAPS_API_KEY={d.aiza()}
# publishing the helper package
TWINE_USERNAME=__token__
TWINE_PASSWORD={d.pypi()}
HOST=https://lagerkoll.norrbutiken.se
"""


@doc('tls-private-key-leaked-in-pastebin-txt', 'paste/raw-8Kq2mZ.txt', 'paste of a web server tls key and certificate bundle')
def _(d):
    key = d.pem('RSA')
    cert_body = d.rnd('b64_600')
    d.X(cert_body[:64])
    lines = '\n'.join(cert_body[i:i + 64] for i in range(0, len(cert_body), 64))
    return f"""hej, här är certet till webbshoppen som ni bad om (kombinerad pem för haproxy)

{key}
-----BEGIN CERTIFICATE-----
MIIFazCCA1OgAwIBAgIU{lines}
-----END CERTIFICATE-----

fingerprint: SHA256 {d.sha256()}
"""


@doc('wp-config-nginx-ip-allowlist-conf', 'etc/nginx/snippets/admin-allow.conf', 'nginx snippet allowing admin access from office ip addresses')
def _(d):
    return f"""# kontoret + drift-VPN (uppdaterad 2026-01-12)
location ^~ /wp-admin/ {{
    allow {d.ipv4()};        # kontoret Storgatan (fiber)
    allow {d.ipv4()};        # drift-vpn
    allow {d.ipv6()};  # kontoret IPv6
    allow 10.0.0.0/8;
    allow 192.0.2.10;      # dokumentationsadress i exemplet
    deny all;
    try_files $uri $uri/ /index.php?$args;
}}
"""
