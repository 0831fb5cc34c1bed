"""Generic secrets (API keys, webhook/signing secrets, session/cookie secrets) in self-hosted apps,
SDK initialisation, frameworks, IoT firmware and CI, with public look-alikes beside them."""
from registry import doc


@doc("apollo-rover-config-toml", "dot-rover/config.toml", "apollo rover cli profile config")
def _(d):
    return d.T('''[profiles.default]
key = "user:gh.⟨x:kvarnbygget-platform⟩:⟨gs:b64u22⟩"

[profiles.ci]
key = "service:kvarnbygget-supergraph:⟨gs:b64u22⟩"
# graph ref used by CI: kvarnbygget-supergraph@prod
''')


@doc("sentryclirc-auth-ini", "dot-sentryclirc", "sentry cli rc file")
def _(d):
    return d.T('''[defaults]
url = https://sentry.lindholmen-it.se/
org = lindholmen
project = kundportal

[auth]
token = ⟨gs:sntrys_~b64u72⟩

; DSN for the browser SDK (public key, safe to ship):
; https://⟨hex:32⟩@sentry.lindholmen-it.se/14
''')


@doc("meilisearch-config-toml", "etc/meilisearch/config.toml", "meilisearch search engine configuration")
def _(d):
    return d.T('''# Meilisearch v1.12 configuration
env = "production"
master_key = "⟨gs:b64u44⟩"
db_path = "/var/lib/meilisearch/data"
dump_dir = "/var/lib/meilisearch/dumps"
snapshot_dir = "/var/lib/meilisearch/snapshots"
http_addr = "127.0.0.1:7700"
log_level = "INFO"
max_indexing_memory = "2 GiB"
no_analytics = true
# search-only key for the storefront (generated from the master key, uid ⟨uuid⟩):
# (only its sha256 is shown in the admin UI: ⟨sha256⟩)
''')


@doc("zincsearch-docker-env", "zincsearch/zinc.env", "zincsearch search engine env file")
def _(d):
    return d.T('''ZINC_DATA_PATH=/data
ZINC_FIRST_ADMIN_USER=admin
ZINC_FIRST_ADMIN_PASSWORD=⟨pw:w⟩
ZINC_PLUGIN_GSE_ENABLE=false
ZINC_SHARD_NUM=3
ZINC_S3_BUCKET=loggarkiv-zinc
# node id (public): ⟨uuid⟩
ZINC_SENTRY=false
ZINC_TELEMETRY=false
''')


@doc("outline-wiki-docker-env", "outline/docker.env", "outline wiki docker env file")
def _(d):
    return d.T('''NODE_ENV=production
# openssl rand -hex 32
SECRET_KEY=⟨gs:hex64⟩
UTILS_SECRET=⟨gs:hex64⟩
DATABASE_URL=postgres://outline:⟨upw:a⟩@postgres:5432/outline
REDIS_URL=redis://redis:6379
URL=https://wiki.hedeby-redovisning.se
PORT=3000
FILE_STORAGE=local
FILE_STORAGE_LOCAL_ROOT_DIR=/var/lib/outline/data

# OIDC via Keycloak
OIDC_CLIENT_ID=outline
OIDC_CLIENT_SECRET=⟨gs:an32⟩
OIDC_AUTH_URI=https://sso.hedeby-redovisning.se/realms/kontor/protocol/openid-connect/auth
OIDC_TOKEN_URI=https://sso.hedeby-redovisning.se/realms/kontor/protocol/openid-connect/token
OIDC_USERINFO_URI=https://sso.hedeby-redovisning.se/realms/kontor/protocol/openid-connect/userinfo
OIDC_DISPLAY_NAME=Kontorsinloggning

SLACK_CLIENT_ID=⟨x:4418⟩⟨int:8⟩.⟨int:13⟩
SLACK_CLIENT_SECRET=
SMTP_HOST=smtp.hedeby-redovisning.se
SMTP_FROM_EMAIL=⟨em:role⟩
''')


@doc("plausible-analytics-conf-env", "plausible/plausible-conf.env", "plausible analytics community edition env")
def _(d):
    return d.T('''BASE_URL=https://statistik.bergslagens-bygg.se
SECRET_KEY_BASE=⟨gs:b64_48⟩
TOTP_VAULT_KEY=⟨gs:b64_32⟩
DISABLE_REGISTRATION=invite_only
MAILER_EMAIL=⟨em:role⟩
SMTP_HOST_ADDR=smtp.bergslagens-bygg.se
SMTP_HOST_PORT=587
SMTP_USER_NAME=plausible
SMTP_USER_PWD=⟨pw:w⟩
GOOGLE_CLIENT_ID=⟨int:12⟩-⟨low:32⟩.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=⟨gs:GOCSPX-~b64u28⟩
MAXMIND_LICENSE_KEY=⟨gs:an16⟩
MAXMIND_EDITION=GeoLite2-City
''')


@doc("vaultwarden-admin-env", "vaultwarden/vaultwarden.env", "vaultwarden password manager server env")
def _(d):
    return d.T('''DOMAIN=https://valv.ekdalens-el.se
SIGNUPS_ALLOWED=false
INVITATIONS_ALLOWED=true
# Old plain-text admin token (still active until the argon2 hash below is deployed)
ADMIN_TOKEN=⟨gs:b64_48⟩
#ADMIN_TOKEN='$argon2id$v=19$m=65540,t=3,p=4$⟨b64:16⟩$⟨b64:32⟩'
PUSH_ENABLED=true
PUSH_INSTALLATION_ID=⟨uuid⟩
PUSH_INSTALLATION_KEY=⟨gs:an20⟩
SMTP_HOST=smtp.ekdalens-el.se
SMTP_FROM=⟨em:role⟩
SMTP_USERNAME=valv
SMTP_PASSWORD=⟨pw:p⟩
''')


@doc("woodpecker-server-env", "woodpecker/server.env", "woodpecker ci server env")
def _(d):
    return d.T('''WOODPECKER_HOST=https://ci.lindholmen-it.se
WOODPECKER_OPEN=false
WOODPECKER_ADMIN=maja,henrik
WOODPECKER_AGENT_SECRET=⟨gs:hex64⟩
WOODPECKER_FORGEJO=true
WOODPECKER_FORGEJO_URL=https://kod.lindholmen-it.se
WOODPECKER_FORGEJO_CLIENT=⟨uuid⟩
WOODPECKER_FORGEJO_SECRET=⟨gs:gto_~low52⟩
WOODPECKER_DATABASE_DRIVER=postgres
WOODPECKER_DATABASE_DATASOURCE=postgres://woodpecker:⟨upw:a⟩@pg.int:5432/woodpecker?sslmode=disable
''')


@doc("nuxt-runtime-config-ts", "nuxt.config.ts", "nuxt runtimeConfig with private and public keys")
def _(d):
    return d.T('''// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    // server-only
    cmsPreviewSecret: '⟨gs:an32⟩',
    sessionPassword: '⟨gs:b64u48⟩',
    public: {
      cmsSpace: '⟨low:12⟩',
      cmsDeliveryToken: process.env.NUXT_PUBLIC_CMS_DELIVERY_TOKEN,
      analyticsId: 'G-⟨up:10⟩',
    },
  },
})
''')


@doc("express-session-cookie-parser-js", "server/app.js", "express app with session and cookie-parser secrets")
def _(d):
    return d.T('''const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redis = createClient({ url: 'redis://cache.int:6379' });
redis.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
app.use(cookieParser('⟨gs:an40⟩'));
app.use(session({
  store: new RedisStore({ client: redis, prefix: 'boka:' }),
  name: 'boka.sid',
  secret: ['⟨gs:hex48⟩', '⟨gs:hex48⟩'],
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
}));

// CSP nonce seed is per-request; this is only the build hash: ⟨sha256⟩
app.listen(3000);
''')


@doc("koa-app-keys-js", "src/server.js", "koa app with signed cookie keys")
def _(d):
    return d.T('''import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';

const app = new Koa();
app.keys = ['⟨gs:b64u40⟩', '⟨gs:b64u40⟩'];
app.use(session({ key: 'tvatt:sess', maxAge: 86400000, signed: true }, app));

const router = new Router();
router.get('/health', (ctx) => { ctx.body = { ok: true, build: '⟨sha1⟩' }; });
app.use(router.routes());
app.listen(8080);
''')


@doc("revel-app-conf", "conf/app.conf", "go revel framework application configuration")
def _(d):
    return d.T('''app.name = medlemsportal
app.secret = ⟨gs:an64⟩
app.behind.proxy = true
http.addr =
http.port = 9000
cookie.prefix = MP
cookie.secure = true
session.expires = 8h
format.date = 2006-01-02
results.chunked = false

[prod]
mode.dev = false
db.driver = mysql
db.spec = medlem:⟨pw:n⟩@tcp(10.8.0.14:3306)/medlem?charset=utf8mb4
log.all.output = /var/log/medlemsportal/app.log
''')


@doc("pyramid-production-ini", "production.ini", "python pyramid paste deploy ini")
def _(d):
    return d.T('''[app:main]
use = egg:bokningsportal

pyramid.reload_templates = false
pyramid.default_locale_name = sv

sqlalchemy.url = postgresql+psycopg2://bokning:⟨upw:h⟩@db.int:5432/bokning

session.type = ext:redis
session.url = redis://cache.int:6379/3
session.secret = ⟨gs:hex64⟩
session.validate_key = ⟨gs:an32⟩
auth.secret = ⟨gs:b64u48⟩

retry.attempts = 3

[server:main]
use = egg:waitress#main
listen = 127.0.0.1:6543
''')


@doc("jooby-application-conf", "conf/application.conf", "jooby java framework HOCON configuration")
def _(d):
    return d.T('''application.env = prod
server.port = 8080
db {
  url = "jdbc:postgresql://pg.int:5432/arkiv"
  user = arkiv
  password = "⟨pw:w⟩"
}
jwt {
  secret = "⟨gs:b64u48⟩"
  issuer = "https://arkiv.solhem-fastigheter.se"
}
pac4j.oidc {
  client.id = arkiv-backend
  client.secret = "⟨gs:an32⟩"
  discoveryURI = "https://sso.solhem-fastigheter.se/realms/intern/.well-known/openid-configuration"
}
scanner.tenant = "⟨uuid⟩"
''')


@doc("micronaut-jwt-generator-yml", "src/main/resources/application-prod.yml", "micronaut security configuration")
def _(d):
    return d.T('''micronaut:
  application:
    name: tidrapport
  security:
    authentication: bearer
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: "⟨gs:an48⟩"
              jws-algorithm: HS256
      generator:
        refresh-token:
          secret: "⟨gs:an48⟩"
    oauth2:
      clients:
        azure:
          client-id: "⟨uuid⟩"
          client-secret: "⟨gs:an40⟩"
          openid:
            issuer: "https://login.microsoftonline.com/⟨uuid⟩/v2.0"
datasources:
  default:
    url: jdbc:mariadb://db.int:3306/tid
    username: tid
    password: "⟨pw:h⟩"
''')


@doc("dotnet-usersecrets-secrets-json", "AppData/Roaming/Microsoft/UserSecrets/3f6d2a91-0c47-4b8e-9a15-d27c8e4f1b60/secrets.json", "asp.net core user secrets store")
def _(d):
    return d.T('''{
  "Authentication:Google:ClientId": "⟨int:12⟩-⟨low:32⟩.apps.googleusercontent.com",
  "Authentication:Google:ClientSecret": "⟨gs:GOCSPX-~b64u28⟩",
  "Payments:Klarna:Username": "K⟨int:6⟩_⟨hex:12⟩",
  "Payments:Klarna:Password": "⟨pw:a⟩",
  "Webhooks:SigningKey": "⟨gs:b64_32⟩",
  "ConnectionStrings:Default": "Server=(localdb)\\\\mssqllocaldb;Database=Butik;Trusted_Connection=True"
}
''')


@doc("ably-rest-client-init-js", "functions/notify.js", "ably realtime rest client initialisation")
def _(d):
    return d.T('''const Ably = require('ably');

// app id and key id are public; the part after ':' is the secret
const ably = new Ably.Rest({ key: '⟨x:Kx7Qpw⟩.⟨an:6⟩:⟨gs:b64u43⟩' });

exports.handler = async (event) => {
  const channel = ably.channels.get('order-status');
  await channel.publish('update', JSON.parse(event.body));
  return { statusCode: 202 };
};
''')


@doc("mux-video-sdk-init-ts", "src/lib/mux.ts", "mux video sdk initialisation")
def _(d):
    return d.T('''import Mux from "@mux/mux-node";

export const mux = new Mux({
  tokenId: "⟨uuid⟩",
  tokenSecret: "⟨gs:b64_60⟩",
  webhookSecret: "⟨gs:an32⟩",
});

// playback ids are public
export const INTRO_PLAYBACK_ID = "⟨an:40⟩";
''')


@doc("cloudinary-url-dotenv", "dot-env.production", "cloudinary / image cdn env file")
def _(d):
    return d.T('''CLOUDINARY_URL=cloudinary://⟨int:15#k⟩:⟨ugs:b64u27⟩@fjallvind
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=fjallvind
NEXT_PUBLIC_CLOUDINARY_API_KEY=⟨=k⟩
CLOUDINARY_UPLOAD_PRESET=produktbilder
IMGPROXY_KEY=⟨gs:hex64⟩
IMGPROXY_SALT=⟨gs:hex64⟩
''')


@doc("contentful-management-init-js", "scripts/migrate-content.js", "contentful management sdk script")
def _(d):
    return d.T('''const contentful = require('contentful-management');

const client = contentful.createClient({
  accessToken: '⟨gs:CFPAT-~b64u43⟩',
});

// delivery token (read-only, published in the web bundle): ⟨b64u:43⟩
const SPACE_ID = '⟨low:12⟩';
const PREVIEW_TOKEN = '⟨gs:b64u43⟩'; // Content Preview API
const ENV_ID = 'master';

(async () => {
  const space = await client.getSpace(SPACE_ID);
  const env = await space.getEnvironment(ENV_ID);
  const entries = await env.getEntries({ content_type: 'product', limit: 100 });
  console.log(entries.items.length);
})();
''')


@doc("sanity-client-config-ts", "studio/lib/client.ts", "sanity client configuration")
def _(d):
    return d.T('''import { createClient } from '@sanity/client'

export const previewSecret = '⟨gs:an32⟩'

export const writeClient = createClient({
  projectId: '⟨low:8⟩',
  dataset: 'production',
  apiVersion: '2025-02-19',
  useCdn: false,
  token: '⟨gs:sk~an180⟩',
})
''')


@doc("mapbox-tokens-env", "apps/karta/.env.local", "map sdk tokens env file (public and secret)")
def _(d):
    return d.T('''# public token for the map tiles (URL-restricted)
NEXT_PUBLIC_MAPBOX_TOKEN=pk.⟨x:eyJ1Ijoia2FsbWFyaGFtbiIsImEiOiJjbHg⟩⟨b64u:14⟩.⟨b64u:22⟩
# secret token for the downloads API (scope DOWNLOADS:READ), never ship to the client
MAPBOX_DOWNLOADS_TOKEN=⟨gs:sk.eyJ1IjoiZmphbGx2aW5kIiwiYSI6I~b64u40⟩
''')


@doc("hcaptcha-siteverify-php", "includes/contact-form.php", "php contact form verifying a captcha")
def _(d):
    return d.T('''<?php
const HCAPTCHA_SITEKEY = '⟨uuid⟩';
const HCAPTCHA_SECRET = '⟨gs:0x~HEX40⟩';

function verify_captcha(string $response): bool {
    $ch = curl_init('https://api.hcaptcha.com/siteverify');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POSTFIELDS => http_build_query([
            'secret' => HCAPTCHA_SECRET,
            'response' => $response,
            'sitekey' => HCAPTCHA_SITEKEY,
        ]),
    ]);
    $out = json_decode(curl_exec($ch), true);
    return !empty($out['success']);
}
''')


@doc("mongoose-os-mos-yml", "fw/vaxthus/mos.yml", "mongoose os application manifest with config defaults")
def _(d):
    return d.T('''author: Ekdalens El
description: Växthus sensor
version: 1.3
platform: esp32
libs_version: ${mos.version}
sources:
  - src
config_schema:
  - ["wifi.sta.enable", true]
  - ["wifi.sta.ssid", "Vaxthuset"]
  - ["wifi.sta.pass", "⟨pw:w⟩"]
  - ["mqtt.enable", true]
  - ["mqtt.server", "mqtt.ekdalens-el.se:8883"]
  - ["mqtt.user", "vaxthus-01"]
  - ["mqtt.pass", "⟨pw:a⟩"]
  - ["app.ota_hmac_key", "s", "⟨gs:hex64⟩", {title: "OTA signing key"}]
  - ["device.id", "vaxthus-⟨hex:6⟩"]
libs:
  - origin: https://github.com/mongoose-os-libs/mqtt
  - origin: https://github.com/mongoose-os-libs/wifi
''')


@doc("blynk-template-sketch-ino", "firmware/pool/pool.ino", "blynk iot sketch with auth token")
def _(d):
    return d.T('''#define BLYNK_TEMPLATE_ID "TMPL4⟨an:8⟩"
#define BLYNK_TEMPLATE_NAME "Poolstyrning"
#define BLYNK_AUTH_TOKEN "⟨gs:b64u32⟩"
#define BLYNK_PRINT Serial

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>

char ssid[] = "Stugan-2G";
char pass[] = "⟨pw:h⟩";

BLYNK_WRITE(V1) { digitalWrite(26, param.asInt()); }

void setup() {
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() { Blynk.run(); }
''')


@doc("tuya-local-devices-json", "tinytuya/devices.json", "tinytuya local device list with local keys")
def _(d):
    return d.T('''[
    {
        "name": "Tvättstuga fläkt",
        "id": "bf⟨hex:20⟩",
        "key": "⟨gs:an16⟩",
        "mac": "a4:cf:12:⟨x:8e:3b:91⟩",
        "uuid": "⟨hex:16⟩",
        "category": "fs",
        "product_name": "Smart Fan",
        "ip": "192.168.50.41",
        "version": "3.3"
    },
    {
        "name": "Garage uttag",
        "id": "bf⟨hex:20⟩",
        "key": "⟨gs:an16⟩",
        "mac": "d8:1f:12:⟨x:04:77:ac⟩",
        "uuid": "⟨hex:16⟩",
        "category": "cz",
        "product_name": "Smart Plug",
        "ip": "192.168.50.52",
        "version": "3.4"
    }
]
''')


@doc("zephyr-prj-conf-mqtt", "app/prj.conf", "zephyr rtos project configuration with mqtt credentials")
def _(d):
    return d.T('''CONFIG_NETWORKING=y
CONFIG_NET_IPV4=y
CONFIG_NET_TCP=y
CONFIG_NET_SOCKETS=y
CONFIG_MQTT_LIB=y
CONFIG_MQTT_LIB_TLS=y
CONFIG_APP_MQTT_BROKER_HOST="mqtt.ekdalens-el.se"
CONFIG_APP_MQTT_BROKER_PORT=8883
CONFIG_APP_MQTT_CLIENT_ID="elmatare-⟨hex:8⟩"
CONFIG_APP_MQTT_USERNAME="elmatare"
CONFIG_APP_MQTT_PASSWORD="⟨pw:a⟩"
CONFIG_APP_OTA_SIGNING_SECRET="⟨gs:hex64⟩"
CONFIG_WIFI=y
CONFIG_LOG=y
''')


@doc("buildkite-agent-cfg", "etc/buildkite-agent/buildkite-agent.cfg", "buildkite agent configuration")
def _(d):
    return d.T('''# The token from your Buildkite "Agents" page
token="⟨gs:hex50⟩"
name="%hostname-%spawn"
tags="queue=deploy,os=linux"
build-path="/var/lib/buildkite-agent/builds"
hooks-path="/etc/buildkite-agent/hooks"
plugins-path="/etc/buildkite-agent/plugins"
spawn=2
# signed pipelines: public JWKS key id ⟨uuid⟩
''')


@doc("svix-webhook-verify-py", "webhooks/views.py", "django view verifying webhooks with svix")
def _(d):
    return d.T('''from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from svix.webhooks import Webhook, WebhookVerificationError

WEBHOOK_SECRET = "⟨gs:whsec_~b64_24⟩"
RESEND_API_KEY = "⟨gs:re_~b64u32⟩"
# app id shown in the portal: app_⟨an:27⟩

@csrf_exempt
def incoming(request):
    headers = {k.lower(): v for k, v in request.headers.items()}
    try:
        msg = Webhook(WEBHOOK_SECRET).verify(request.body, headers)
    except WebhookVerificationError:
        return HttpResponseBadRequest()
    handle(msg)
    return HttpResponse(status=204)
''')


@doc("github-webhook-hmac-go", "cmd/deployhook/main.go", "go github webhook receiver validating the hmac signature")
def _(d):
    return d.T('''package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
)

var hookSecret = []byte("⟨gs:an40⟩")

// deployToken is sent as X-Deploy-Token to the deploy API
const deployToken = "⟨gs:an40⟩"

// sample delivery for the unit test: X-Hub-Signature-256: sha256=⟨sha256⟩
func valid(sig string, body []byte) bool {
	m := hmac.New(sha256.New, hookSecret)
	m.Write(body)
	return hmac.Equal([]byte(sig), []byte("sha256="+hex.EncodeToString(m.Sum(nil))))
}

func main() {
	http.HandleFunc("/hook", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if !valid(r.Header.Get("X-Hub-Signature-256"), b) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		log.Printf("delivery %s", r.Header.Get("X-GitHub-Delivery"))
	})
	log.Fatal(http.ListenAndServe(":9000", nil))
}
''')


@doc("paddle-billing-webhook-php", "app/Http/Controllers/PaddleWebhookController.php", "laravel controller verifying paddle billing webhooks")
def _(d):
    return d.T('''<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;

class PaddleWebhookController extends Controller
{
    private string $secret = '⟨gs:pdl_ntfset_~low58⟩';
    private string $clientToken = 'live_⟨hex:27⟩'; // client-side token, public

    public function __invoke(Request $request)
    {
        [$ts, $h1] = $this->parse($request->header('Paddle-Signature'));
        $expected = hash_hmac('sha256', $ts . ':' . $request->getContent(), $this->secret);
        abort_unless(hash_equals($expected, $h1), 401);
        return response()->noContent();
    }
}
''')


@doc("listmonk-config-toml", "listmonk/config.toml", "listmonk newsletter manager configuration")
def _(d):
    return d.T('''[app]
address = "0.0.0.0:9000"
admin_username = "redaktion"
admin_password = "⟨pw:w⟩"

[db]
host = "db"
port = 5432
user = "listmonk"
password = "⟨pw:a⟩"
database = "listmonk"
ssl_mode = "disable"
max_open = 25
max_idle = 25
max_lifetime = "300s"
''')


@doc("hedgedoc-config-json", "hedgedoc/config.json", "hedgedoc collaborative markdown editor configuration")
def _(d):
    return d.T('''{
  "production": {
    "domain": "anteckningar.kvarnbygget.se",
    "protocolUseSSL": true,
    "sessionSecret": "⟨gs:hex64⟩",
    "db": {
      "username": "hedgedoc",
      "password": "⟨pw:p|json⟩",
      "database": "hedgedoc",
      "host": "db.int",
      "port": "5432",
      "dialect": "postgres"
    },
    "oauth2": {
      "providerName": "Kontors-SSO",
      "clientID": "hedgedoc",
      "clientSecret": "⟨gs:an32⟩",
      "authorizationURL": "https://sso.kvarnbygget.se/auth",
      "tokenURL": "https://sso.kvarnbygget.se/token"
    },
    "allowAnonymous": false
  }
}
''')


@doc("paperless-ngx-docker-env", "paperless/docker-compose.env", "paperless-ngx document manager env")
def _(d):
    return d.T('''PAPERLESS_URL=https://arkiv.hemma.nu
PAPERLESS_SECRET_KEY=⟨gs:b64u50⟩
PAPERLESS_TIME_ZONE=Europe/Stockholm
PAPERLESS_OCR_LANGUAGE=swe+eng
PAPERLESS_DBHOST=db
PAPERLESS_DBPASS=⟨pw:h⟩
PAPERLESS_ADMIN_USER=karin
PAPERLESS_ADMIN_PASSWORD=⟨pw:w⟩
PAPERLESS_EMAIL_TASK_CRON=*/10 * * * *
# consumption template checksum: ⟨md5⟩
''')
