"""Generic secrets (API secrets, signing keys, webhook secrets, salts, client
secrets, encryption and license keys, vendor tokens without a category) in
many carriers and namings."""
from gen_common import *

NOQ = '"\'\\'

def keyname(base, style=None):
    parts = base.split('_')
    st = style or pick(['snake', 'camel', 'kebab', 'scream', 'dotted', 'pascal'])
    if st == 'snake': return '_'.join(parts)
    if st == 'camel': return parts[0] + ''.join(p.capitalize() for p in parts[1:])
    if st == 'kebab': return '-'.join(parts)
    if st == 'scream': return '_'.join(parts).upper()
    if st == 'dotted': return '.'.join(parts)
    return ''.join(p.capitalize() for p in parts)

BASES = ['api_key', 'api_secret', 'client_secret', 'secret_key', 'signing_key', 'webhook_secret', 'session_secret',
         'auth_token', 'access_token', 'encryption_key', 'hmac_secret', 'private_token', 'app_secret', 'master_key',
         'license_key', 'shared_secret', 'jwt_secret', 'salt', 'consumer_secret', 'service_token', 'secret']
LOOK_KEYS = [('api_key_id', lambda: str(R.randint(1, 9999))), ('token_type', lambda: 'Bearer'),
             ('secret_name', lambda: pick(['db-credentials', 'prod/app/api', 'stripe-webhook'])),
             ('public_key', lambda: lk('public-key', b64(32))), ('key_id', lambda: a_uuid()),
             ('token_expires_in', lambda: str(pick([3600, 86400]))), ('request_id', lambda: a_uuid()),
             ('checksum', lambda: sha256()), ('etag', lambda: md5()), ('commit', lambda: git_sha()),
             ('api_key', lambda: sec_ph()), ('client_secret', lambda: sec_ph()), ('secret_key', lambda: sec_ph()),
             ('publishable_key', lambda: lk('publishable-key', 'pk_live_' + rs(24))), ('nonce', lambda: lk('nonce', b64(12))),
             ('integrity', lambda: lk('hash', 'sha512-' + b64(64))), ('token_url', lambda: 'https://auth.internal/oauth2/token'),
             ('secret_ref', lambda: 'arn:aws:secretsmanager:%s:%d:secret:prod/app-%s' % (pick(REGIONS), R.randint(10**11, 10**12 - 1), rs(6))),
             ('encrypted_value', lambda: sops()), ('site_key', lambda: lk('site-key', '6L' + rs(38, AN + '_-'))),
             ('build_id', lambda: build_id()), ('trace_id', lambda: lk('trace-id', hexs(32))), ('max_token_age', lambda: '900')]

def kv_pairs(d, n_real, n_look, style=None):
    real = [(keyname(pick(BASES), style), d.sec()) for _ in range(n_real)]
    look = [(keyname(k, style), f()) for k, f in R.sample(LOOK_KEYS, n_look)]
    items = real + look
    R.shuffle(items)
    return items

@tpl(2)
def dotenv(i):
    app = pick(['storefront', 'courier', 'dispatch', 'ledger-ui', 'partner-api'])
    d = Doc(f'env/{app}-{i}.env' if i != 2 else f'env/{app}/env.production')
    items = kv_pairs(d, R.randint(5, 7), R.randint(7, 9), 'scream')
    lines = [f'# {app} ({pick(["production", "staging"])}) – managed by {pick(["ops", "terraform", "hand, sorry"])}', f'NODE_ENV=production', f'PORT={R.randint(3000, 9000)}']
    for k, v in items:
        lines.append(f'{k}={maybeq(v) if "#" not in v and " " not in v else chr(34) + v + chr(34)}')
    lines += [f'STRIPE_SECRET_KEY={d.L("stripe-key", stripe_live())}', f'STRIPE_WEBHOOK_SECRET={d.sec("whsec")}',
              f'OPENAI_API_KEY={d.L("openai-key", openai_key())}', 'SENTRY_DSN=', f'NEXTAUTH_SECRET={d.sec("b64")}',
              '# NEXTAUTH_SECRET=' + lk('placeholder', 'generate-with-openssl-rand-base64-32'),
              f'FEATURE_FLAGS_SDK_KEY={d.L("generic-secret", "sdk-" + str(uuid.UUID(int=R.getrandbits(128), version=4)))}']
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def ini_config(i):
    d = Doc(f'config/ini/{pick(["integrations", "service", "app"])}-{i}.ini')
    secs = []
    for name in R.sample(['payment_gateway', 'sms', 'maps', 'crm', 'search', 'storage', 'webhooks', 'oauth'], 5):
        items = kv_pairs(d, R.randint(1, 2), R.randint(2, 3), 'snake')
        sep = pick([' = ', '=', ': '])
        secs.append(f'[{name}]\nenabled = true\nendpoint = https://{name.replace("_", "-")}.{pick(COMPANY_DOMAINS)}/v{R.randint(1, 3)}\n' + '\n'.join(f'{k}{sep}{v}' for k, v in items))
    return d, f'; generated {logts()}\n; values marked REPLACE are filled by the installer\n\n' + '\n\n'.join(secs) + '\n'

@tpl(1)
def toml_config(i):
    d = Doc(f'config/toml/{pick(["relay", "indexer", "gateway"])}-{i}.toml')
    return d, f'''# service configuration
[server]
listen = "0.0.0.0:{R.randint(3000, 9000)}"
workers = {R.randint(2, 16)}

[auth]
jwt_secret = "{d.sec('b62long')}"
session_key = '{d.sec('hex64')}'
cookie_secure = true
admin_token = "{sec_ph()}"

[upstream.search]
url = "https://search.{pick(COMPANY_DOMAINS)}"
api_key = "{d.sec()}"
timeout_ms = 2500

[upstream.billing]
url = "https://billing.internal"
api-key = "{d.sec()}"
client_id = "{a_uuid()}"
client_secret = """{d.sec('b62')}"""

[telemetry]
honeycomb_key = "{d.sec('hex32')}"
sample_rate = 0.1
build = "{build_id()}"

[[webhooks]]
name = "erp"
url = "https://erp.internal/hook"
secret = "{d.sec('b64url')}"

[[webhooks]]
name = "docs-example"
url = "https://example.com/hook"
secret = "{sec_ph()}"
'''

@tpl(1)
def xml_app_settings(i):
    d = Doc(f'config/xml/{pick(["integration", "ApplicationSettings", "services"])}-{i}.xml')
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <integration name="erp" enabled="true">
    <endpoint>https://erp.{pick(COMPANY_DOMAINS)}/api</endpoint>
    <clientId>{a_uuid()}</clientId>
    <clientSecret>{d.sec('b62')}</clientSecret>
    <apiKey encrypted="false">{d.sec()}</apiKey>
  </integration>
  <integration name="sms" enabled="true" apiKey="{d.sec('hex32')}" senderId="ALERTS"/>
  <integration name="maps" enabled="false" apiKey="{sec_ph()}"/>
  <signing algorithm="HS512" key="{d.sec('b64')}" keyId="{a_uuid()}"/>
  <crypto>
    <encryption-key>{d.sec('hex64')}</encryption-key>
    <iv-length>16</iv-length>
    <checksum algorithm="sha256">{sha256()}</checksum>
  </crypto>
  <license key="{d.sec('license')}" seats="{R.randint(10, 500)}" expires="2026-0{R.randint(1, 9)}-01"/>
</configuration>
'''

@tpl(2)
def cli_flags_history(i):
    d = Doc(f'shell/history/cli-tools-{i}.zsh_history')
    cmds = [
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;stripe listen --api-key {d.L('stripe-key', stripe_live('rk_live_'))} --forward-to localhost:4242/webhook",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;./bin/importer --api-key={d.sec()} --source s3://imports/2024",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;terraform apply -var 'client_secret={d.sec('b62')}' -auto-approve",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;helm upgrade app ./chart --set secrets.signingKey={d.sec('hex64')} --set image.tag={short_sha()}",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;vault write auth/approle/login role_id={a_uuid()} secret_id={d.sec('uuid')}",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;export SENTRY_AUTH_TOKEN={d.L('generic-secret', 'sntrys_' + b64(90, url=True, pad=False).replace('-', 'A').replace('_', 'b'))}",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;consul acl set-agent-token agent {d.sec('uuid')}",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;ngrok config add-authtoken {d.L('generic-secret', rs(27) + '_' + rs(21))}",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;gh secret set WEBHOOK_SECRET --body '{d.sec('hex40')}'",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;kubectl create secret generic api --from-literal=API_SECRET={d.sec()} -n prod",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;docker run -e LICENSE_KEY={d.sec('license')} -p 8080:8080 vendor/appliance:4.2",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;heroku config:set SESSION_SECRET={d.sec('b62long')} -a {pick(WORDS)}-prod",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;openssl enc -aes-256-cbc -K {d.sec('hex64')} -iv {lk('iv', hexs(32))} -in dump.sql -out dump.sql.enc",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;curl -s 'https://api.{pick(COMPANY_DOMAINS)}/v2/items?apikey={d.sec()}&limit=100'",
        lambda: f": {1700000000 + R.randint(0, 9999999)}:0;doctl auth init --access-token {d.L('generic-secret', 'dop_v1_' + hexs(64))}",
    ]
    noise = [lambda: f": {1700000000 + R.randint(0, 9999999)}:0;git log --oneline -5", lambda: f": {1700000000 + R.randint(0, 9999999)}:0;git show {git_sha()}",
             lambda: f": {1700000000 + R.randint(0, 9999999)}:0;sha256sum release.tgz  # {sha256()}", lambda: f": {1700000000 + R.randint(0, 9999999)}:0;export API_KEY={sec_ph()}",
             lambda: f": {1700000000 + R.randint(0, 9999999)}:0;kubectl get secret api -o jsonpath='{{.data.API_SECRET}}' | base64 -d",
             lambda: f": {1700000000 + R.randint(0, 9999999)}:0;uuidgen  # {a_uuid()}"]
    out = [c() for c in R.sample(cmds, R.randint(7, 9))] + [n() for n in noise]
    R.shuffle(out)
    return d, '\n'.join(out) + '\n'

@tpl(1)
def raw_http_apikey(i):
    d = Doc(f'http/raw/api-key-request-{i}.http')
    host = 'api.' + pick(COMPANY_DOMAINS)
    hdr = pick(['X-Api-Key', 'X-API-KEY', 'x-api-key', 'Api-Key', 'X-Auth-Token', 'X-Access-Token', 'X-Client-Secret', 'apikey'])
    return d, f'''### list shipments
GET https://{host}/v3/shipments?status=in_transit&page=2
{hdr}: {d.sec()}
Accept: application/json
X-Request-ID: {a_uuid()}

### create webhook
POST https://{host}/v3/webhooks
Content-Type: application/json
{hdr}: {d.sec()}
Idempotency-Key: {a_uuid()}

{{
  "url": "https://hooks.{pick(COMPANY_DOMAINS)}/carrier",
  "events": ["shipment.delivered", "shipment.exception"],
  "secret": "{d.sec('hex40')}"
}}

### legacy basic auth endpoint
GET https://legacy.{host}/export.csv
Authorization: Basic {d.L('basic-auth', base64.b64encode(('export:' + password(avoid=':')).encode()).decode())}

### RFC 7617 example (not ours)
GET https://example.com/
Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==

### sandbox (docs key, safe)
GET https://sandbox.{host}/v3/ping
{hdr}: {sec_ph()}

### signed request
POST https://{host}/v3/labels
X-Signature: sha256={lk('hmac-signature', hexs(64))}
X-Timestamp: {1700000000 + R.randint(0, 9999999)}
X-Api-Key: {d.sec()}
Content-Length: 0
'''

@tpl(1)
def access_log_apikey(i):
    d = Doc(f'logs/access/api-gateway-{i}.log')
    out = []
    t = ts()
    for n in range(R.randint(12, 16)):
        t = stepts(t, R.randint(0, 20))
        ip = d.ip4() if chance(0.35) else priv_ip()
        k = n % 6
        if k == 0: q = f'/v1/geocode?address={U(pick(WORDS) + " street " + str(R.randint(1, 99)))}&key={d.sec()}'
        elif k == 1: q = f'/v2/rates?apikey={d.sec("hex32")}&from=SEK&to=EUR'
        elif k == 2: q = f'/hooks/deploy?token={d.sec("hex40")}'
        elif k == 3: q = f'/v1/items/{R.randint(1000, 99999)}?fields=name,price&request_id={a_uuid()}'
        elif k == 4: q = f'/oauth/callback?code={lk("oauth-code-single-use", rs(32))}&state={lk("oauth-state", rs(16))}'
        else: q = f'/v1/search?q={pick(WORDS)}&api_key={sec_ph() if chance(0.5) else "demo"}'
        out.append(json.dumps({'time': iso(t), 'remote_addr': ip, 'method': 'GET', 'uri': q, 'status': pick([200, 200, 200, 403, 429]),
                               'bytes': R.randint(100, 50000), 'upstream_ms': R.randint(2, 900), 'ua': pick(['okhttp/4.12.0', 'Go-http-client/2.0', 'axios/1.6.7'])}, ensure_ascii=False).replace('/', '/'))
    return d, '\n'.join(out) + '\n'

CODE_LANGS = ['python', 'javascript', 'typescript', 'java', 'kotlin', 'csharp', 'go', 'rust', 'ruby', 'php', 'elixir', 'cpp']

@tpl(12)
def code_secrets(i):
    lang = CODE_LANGS[i - 1]
    ext = {'python': 'py', 'javascript': 'js', 'typescript': 'ts', 'java': 'java', 'kotlin': 'kt', 'csharp': 'cs', 'go': 'go',
           'rust': 'rs', 'ruby': 'rb', 'php': 'php', 'swift': 'swift', 'scala': 'scala', 'elixir': 'ex', 'perl': 'pl', 'dart': 'dart', 'cpp': 'hpp'}[lang]
    name = pick(['payments_client', 'webhook_verifier', 'geo_service', 'crm_sync', 'mailer', 'storage_gateway'])
    d = Doc(f'code/{lang}/{name}.{ext}')
    s1, s2, s3 = d.sec(), d.sec(pick(['hex64', 'b64', 'whsec'])), d.sec(pick(['b62', 'vendor', 'uuid']))
    ph = sec_ph()
    sha = git_sha()
    uid = a_uuid()
    host = 'api.' + pick(COMPANY_DOMAINS)
    if lang == 'python':
        body = f'''import hmac, hashlib, os
import requests

API_BASE = "https://{host}/v2"
API_KEY = os.environ.get("PAYMENTS_API_KEY", "{s1}")
WEBHOOK_SECRET = b"{s2}"
# example from the vendor docs: api_key = "{ph}"
CLIENT_ID = "{uid}"
client_secret = '{s3}'
REVISION = "{sha}"


def verify(payload: bytes, signature: str) -> bool:
    mac = hmac.new(WEBHOOK_SECRET, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


def token():
    r = requests.post(f"{{API_BASE}}/oauth/token", data={{"grant_type": "client_credentials",
                      "client_id": CLIENT_ID, "client_secret": client_secret}}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
'''
    elif lang in ('javascript', 'typescript'):
        t = ': string' if lang == 'typescript' else ''
        body = f'''import crypto from 'node:crypto';
import axios from 'axios';

const API_KEY{t} = process.env.GEO_API_KEY ?? '{s1}';
const SIGNING_SECRET{t} = "{s2}";
export const config = {{
  baseURL: 'https://{host}',
  clientId: '{uid}',
  clientSecret: `{s3}`,
  // apiKey: '{ph}',  // docs sample
  release: '{sha}',
}};

export function sign(body{t}) {{
  return crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
}}

export const client = axios.create({{
  baseURL: config.baseURL,
  headers: {{ 'x-api-key': API_KEY, 'x-client-version': '4.2.0' }},
}});
'''
    elif lang == 'java':
        body = f'''package com.{pick(WORDS)}.integration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class PaymentsClient {{
    private static final String API_KEY = "{s1}";
    private static final String WEBHOOK_SECRET = "{s2}";
    private static final String CLIENT_ID = "{uid}";
    private static final String CLIENT_SECRET = System.getenv().getOrDefault("CLIENT_SECRET", "{s3}");
    /** Sample key from the vendor documentation: {ph} */
    static final String BUILD = "{sha}";

    public static String sign(String body) throws Exception {{
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes()));
    }}
}}
'''
    elif lang == 'kotlin':
        body = f'''package io.{pick(WORDS)}.crm

object CrmSecrets {{
    const val apiKey = "{s1}"
    val hmacKey: ByteArray = "{s2}".toByteArray()
    const val clientId = "{uid}"
    var clientSecret: String = "{s3}"
    // val placeholder = "{ph}"
    const val gitSha = "{sha}"
}}
'''
    elif lang == 'csharp':
        body = f'''namespace Contoso.Storage
{{
    public static class GatewaySettings
    {{
        public const string ApiKey = "{s1}";
        public static readonly string SigningKey = "{s2}";
        public static string ClientId {{ get; }} = "{uid}";
        public static string ClientSecret {{ get; set; }} = Environment.GetEnvironmentVariable("CLIENT_SECRET") ?? "{s3}";
        // "ApiKey": "{ph}" in appsettings.Development.json
        internal const string SourceRevision = "{sha}";
    }}
}}
'''
    elif lang == 'go':
        body = f'''package mailer

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

const (
	apiKey        = "{s1}"
	webhookSecret = "{s2}"
	clientID      = "{uid}"
)

var clientSecret = "{s3}" // TODO: move to secret manager

// Example: apiKey := "{ph}"
var buildSHA = "{sha}"

func Sign(body []byte) string {{
	m := hmac.New(sha256.New, []byte(webhookSecret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}}
'''
    elif lang == 'rust':
        body = f'''use hmac::{{Hmac, Mac}};
use sha2::Sha256;

pub const API_KEY: &str = "{s1}";
pub const WEBHOOK_SECRET: &[u8] = b"{s2}";
pub static CLIENT_ID: &str = "{uid}";
pub static CLIENT_SECRET: &str = r#"{s3}"#;
// let api_key = "{ph}";
pub const GIT_SHA: &str = "{sha}";

pub fn sign(body: &[u8]) -> Vec<u8> {{
    let mut mac = Hmac::<Sha256>::new_from_slice(WEBHOOK_SECRET).expect("key");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}}
'''
    elif lang == 'ruby':
        body = f'''require "openssl"

module GeoService
  API_KEY = ENV.fetch("GEO_API_KEY", "{s1}")
  WEBHOOK_SECRET = "{s2}"
  CLIENT_ID = "{uid}"
  CLIENT_SECRET = '{s3}'
  # api_key: "{ph}"
  REVISION = "{sha}"

  def self.sign(body)
    OpenSSL::HMAC.hexdigest("SHA256", WEBHOOK_SECRET, body)
  end
end
'''
    elif lang == 'php':
        body = f'''<?php

namespace App\\Integrations;

final class CrmSync
{{
    private const API_KEY = '{s1}';
    private string $webhookSecret = "{s2}";
    public const CLIENT_ID = '{uid}';
    private static $clientSecret = '{s3}';
    // $apiKey = '{ph}'; // from docs
    public const BUILD = '{sha}';

    public function sign(string $body): string
    {{
        return hash_hmac('sha256', $body, $this->webhookSecret);
    }}
}}
'''
    elif lang == 'swift':
        body = f'''import Foundation
import CryptoKit

enum Secrets {{
    static let apiKey = "{s1}"
    static let webhookSecret = "{s2}"
    static let clientID = "{uid}"
    static let clientSecret = "{s3}"
    // static let apiKey = "{ph}"
    static let buildSHA = "{sha}"
}}

func sign(_ body: Data) -> String {{
    let key = SymmetricKey(data: Data(Secrets.webhookSecret.utf8))
    return HMAC<SHA256>.authenticationCode(for: body, using: key).map {{ String(format: "%02x", $0) }}.joined()
}}
'''
    elif lang == 'scala':
        body = f'''package com.{pick(WORDS)}.storage

object GatewayConfig {{
  val apiKey: String = sys.env.getOrElse("API_KEY", "{s1}")
  val signingKey = "{s2}"
  val clientId = "{uid}"
  val clientSecret = "{s3}"
  // val apiKey = "{ph}"
  val revision = "{sha}"
}}
'''
    elif lang == 'elixir':
        body = f'''import Config

config :payments, Payments.Client,
  api_key: "{s1}",
  webhook_secret: "{s2}",
  client_id: "{uid}",
  client_secret: System.get_env("CLIENT_SECRET") || "{s3}"

# config :payments, api_key: "{ph}"
config :payments, :build, "{sha}"
'''
    elif lang == 'perl':
        body = f'''#!/usr/bin/perl
use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);

my $api_key        = '{s1}';
my $webhook_secret = "{s2}";
my %oauth = (client_id => '{uid}', client_secret => '{s3}');
# my $api_key = '{ph}';
my $rev = '{sha}';

sub sign {{ my ($body) = @_; return hmac_sha256_hex($body, $webhook_secret); }}
1;
'''
    elif lang == 'dart':
        body = f'''class Env {{
  static const apiKey = '{s1}';
  static const webhookSecret = "{s2}";
  static const clientId = '{uid}';
  static const clientSecret = '{s3}';
  // static const apiKey = '{ph}';
  static const gitSha = '{sha}';
}}
'''
    else:
        body = f'''#pragma once
// Generated by tools/embed_keys.py - DO NOT COMMIT (it was committed anyway)
#define TELEMETRY_API_KEY "{s1}"
#define FIRMWARE_SIGNING_SECRET "{s2}"
static const char *kClientId = "{uid}";
static const char kClientSecret[] = "{s3}";
// #define TELEMETRY_API_KEY "{ph}"
constexpr const char *kBuildSha = "{sha}";
'''
    return d, body

@tpl(1)
def google_client_secret(i):
    d = Doc('config/json/client_secret_%d.apps.googleusercontent.com.json' % R.randint(10**11, 10**12))
    return d, json.dumps({'web': {'client_id': '%d-%s.apps.googleusercontent.com' % (R.randint(10**11, 10**12), rs(32, LO + DG)),
                                  'project_id': '%s-%d' % (pick(WORDS), R.randint(100000, 999999)),
                                  'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token',
                                  'auth_provider_x509_cert_url': 'https://www.googleapis.com/oauth2/v1/certs',
                                  'client_secret': d.L('generic-secret', 'GOCSPX-' + rs(28, AN + '_-')),
                                  'redirect_uris': ['https://app.%s/oauth2/callback' % pick(COMPANY_DOMAINS)]}}, indent=2) + '\n'

@tpl(1)
def auth0_json(i):
    d = Doc('config/json/auth0-tenant-export.json')
    return d, json.dumps({'tenant': pick(WORDS) + '-prod', 'clients': [
        {'name': 'Backoffice', 'client_id': rs(32), 'client_secret': d.sec('b62long'), 'app_type': 'regular_web'},
        {'name': 'Mobile', 'client_id': rs(32), 'app_type': 'native', 'client_secret': None},
        {'name': 'M2M reporting', 'client_id': rs(32), 'client_secret': d.L('generic-secret', rs(64, AN + '_-')), 'app_type': 'non_interactive'}],
        'emailProvider': {'name': 'smtp', 'credentials': {'smtp_host': 'smtp.%s' % pick(COMPANY_DOMAINS), 'smtp_user': 'auth0', 'smtp_pass': d.pw()}},
        'signing_keys': [{'kid': rs(22, AN + '-_'), 'cert': lk('certificate', pem_cert().split('\n')[1])}]}, indent=2) + '\n'

@tpl(1)
def android_strings(i):
    d = Doc('code/android/app/src/main/res/values/secrets.xml')
    return d, f'''<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">{pick(WORDS).capitalize()} Rides</string>
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">{d.L('google-api-key', google_key())}</string>
    <string name="facebook_app_id">{R.randint(10**14, 10**15)}</string>
    <string name="facebook_client_token">{d.sec('hex32')}</string>
    <string name="analytics_write_key">{d.sec('b62')}</string>
    <string name="payment_sdk_secret">{d.sec()}</string>
    <string name="placeholder_key">{sec_ph()}</string>
    <string name="build_sha">{git_sha()}</string>
</resources>
'''

@tpl(1)
def ios_plist(i):
    d = Doc('code/ios/Config/Secrets.plist')
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>{d.sec()}</string>
	<key>REVENUECAT_SECRET</key>
	<string>{d.L('generic-secret', 'appl_' + rs(27))}</string>
	<key>MIXPANEL_API_SECRET</key>
	<string>{d.sec('hex32')}</string>
	<key>GOOGLE_API_KEY</key>
	<string>{d.L('google-api-key', google_key())}</string>
	<key>CLIENT_ID</key>
	<string>{a_uuid()}</string>
	<key>BUILD_ID</key>
	<string>{build_id()}</string>
</dict>
</plist>
'''

@tpl(1)
def debug_headers_log(i):
    d = Doc(f'logs/app/http-client-debug-{i}.log')
    t = ts()
    out = []
    for n in range(R.randint(3, 4)):
        t = stepts(t, R.randint(1, 30))
        rid = a_uuid()
        out.append(f'{iso(t)} DEBUG outbound request id={rid} method=POST url=https://{pick(["api", "hooks", "partner"])}.{pick(COMPANY_DOMAINS)}/v1/{pick(["events", "orders", "sync"])}')
        hdrs = {'Content-Type': 'application/json', 'User-Agent': 'ledger-sync/3.1', pick(['X-Api-Key', 'X-Auth-Token', 'X-Partner-Secret', 'Api-Secret']): d.sec(), 'X-Request-Id': rid}
        if chance(0.5):
            hdrs['X-Hub-Signature-256'] = 'sha256=' + lk('hmac-signature', hexs(64))
        out.append(f'{iso(stepts(t, 0))} DEBUG outbound headers {json.dumps(hdrs)}')
        out.append(f'{iso(stepts(t, 1))} DEBUG inbound response id={rid} status={pick([200, 201, 202, 401])} took={R.randint(20, 900)}ms')
    out.append(f'{iso(stepts(t, 5))} INFO config loaded: {{"partner.secret":"{lk("placeholder", "****")}","partner.clientSecret":"{d.sec("b62")}","partner.timeoutMs":5000}}')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def webhook_settings(i):
    d = Doc('config/json/webhook-subscriptions.json')
    subs = []
    for n in range(R.randint(3, 5)):
        subs.append({'id': 'we_' + rs(24), 'url': 'https://%s.%s/webhooks/%s' % (pick(['erp', 'crm', 'ops']), pick(COMPANY_DOMAINS), pick(['payments', 'orders'])),
                     'enabled_events': R.sample(['charge.succeeded', 'invoice.paid', 'payout.failed', 'customer.created'], 2),
                     'secret': d.sec('whsec') if n != 2 else '••••••••', 'created': 1700000000 + R.randint(0, 9999999)})
    return d, json.dumps({'object': 'list', 'data': subs, 'has_more': False}, indent=2, ensure_ascii=False) + '\n'

@tpl(0)
def license_file(i):
    d = Doc('config/license/product.lic')
    return d, f'''# {pick(WORDS).capitalize()}Suite Enterprise license
Licensee: {pick(COMPANY_DOMAINS).split('.')[0].replace('-', ' ').title()}
Seats: {R.randint(25, 1000)}
Expires: 2026-12-31
LicenseId: {a_uuid()}
LicenseKey: {d.sec('license')}
Signature: {lk('license-signature', b64(256))}
'''

@tpl(1)
def chat_secret(i):
    d = Doc(f'chat/mattermost/integrations-{i}.log')
    t = ts()
    a, b = pick(FIRST).lower(), pick(FIRST).lower()
    lines = [
        f'{logts(t)} @{a}: who owns the {pick(["Zendesk", "HubSpot", "Segment", "Algolia"])} integration? it is returning 401',
        f'{logts(stepts(t, 90))} @{b}: me. rotated the key yesterday, new one is {d.sec()}',
        f'{logts(stepts(t, 200))} @{a}: and the webhook secret? the old value in the runbook is {lk("placeholder", "<rotated>")}',
        f'{logts(stepts(t, 300))} @{b}: `{d.sec("hex64")}` - set it as WEBHOOK_SIGNING_SECRET',
        f'{logts(stepts(t, 400))} @{a}: 👍 deployed in build {build_id()}',
        f'{logts(stepts(t, 500))} @{b}: btw the admin API token for the search cluster: {d.L("generic-secret", rs(32, AN))} (expires in 30 days)',
    ]
    return d, '\n'.join(lines) + '\n'
