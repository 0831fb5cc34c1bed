"""Generic secrets: api_key / secret / token assignments in CLI configs, SDK initialisation, frameworks, firmware
headers and CI variables, with public ids, publishable keys, hashes and placeholders beside them."""
from core import tdoc, doc

tdoc("acme-sh-account-conf", "dot-acme.sh/account.conf", "acme client account config", r'''LOG_FILE='/root/.acme.sh/acme.sh.log'
#LOG_LEVEL=1
AUTO_UPGRADE='1'
#NO_TIMESTAMP=1
ACCOUNT_EMAIL='⟨emo⟩'
SAVED_CF_Token='⟨gs:an⟩'
SAVED_CF_Account_ID='⟨hexl:32⟩'
SAVED_GD_Key='⟨gs:short⟩'
SAVED_GD_Secret='⟨gs:short⟩'
SAVED_LOOPIA_User='dnsapi@loopiaapi'
SAVED_LOOPIA_Password='⟨pw:a⟩'
USER_PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
UPGRADE_HASH='⟨sha1⟩'
''')

tdoc("certbot-dns-plugin-ini", "etc/letsencrypt/dns-credentials.ini", "certificate bot dns plugin credentials", r'''# Cloudflare API token used by Certbot (Zone:DNS:Edit on skolnet.se only)
dns_cloudflare_api_token = ⟨gs:an⟩

# Old global key, do NOT use (kept for the rollback playbook)
# dns_cloudflare_email = hostmaster@example.org
# dns_cloudflare_api_key = 0123456789abcdef0123456789abcdef01234

# RFC2136 for the internal zone
dns_rfc2136_server = 10.40.0.53
dns_rfc2136_port = 53
dns_rfc2136_name = certbot-key.
dns_rfc2136_secret = ⟨gs:b64_44⟩
dns_rfc2136_algorithm = HMAC-SHA512
''')

tdoc("dnscontrol-creds-json", "creds.json", "dns-as-code credentials file", r'''{
  "bind": {
    "TYPE": "BIND",
    "directory": "zones"
  },
  "gandi": {
    "TYPE": "GANDI_V5",
    "token": "⟨gs:hex40⟩",
    "sharing_id": "⟨uuid⟩"
  },
  "hetzner": {
    "TYPE": "HETZNER",
    "api_key": "⟨gs:an⟩"
  },
  "porkbun": {
    "TYPE": "PORKBUN",
    "api_key": "⟨gs:hex64|pk1_⟩",
    "secret_key": "⟨gs:hex64|sk1_⟩"
  },
  "cloudflare": {
    "TYPE": "CLOUDFLAREAPI",
    "accountid": "⟨hexl:32⟩",
    "apitoken": "$CLOUDFLARE_API_TOKEN"
  }
}
''')

tdoc("sanity-cli-config", "studio/sanity.cli.ts", "headless cms cli config", r'''import { defineCliConfig } from 'sanity/cli';

// projectId and dataset are public (they are in every image URL)
export default defineCliConfig({
  api: {
    projectId: '⟨x:q7kz3vme⟩',
    dataset: 'production',
  },
  studioHost: 'nyhetsbrevet',
  autoUpdates: true,
});

// Migration script token (Editor role). Remove after the January import!
export const MIGRATION_TOKEN = '⟨gs:sk⟩';
''')

tdoc("braintree-gateway-config", "config/initializers/braintree.rb", "payment sdk initialiser", r'''# Braintree production gateway
# merchant_id and public_key are identifiers; private_key is the secret half.
BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: "⟨x:9hvp4ztm2kx7wq3d⟩",
  public_key: "⟨x:r6wcq2yv8n4gkt5b⟩",
  private_key: "⟨gs:hex32⟩",
)

# Sandbox (shared with the agency, harmless)
BRAINTREE_SANDBOX = Braintree::Gateway.new(
  environment: :sandbox,
  merchant_id: "use_your_merchant_id",
  public_key: "use_your_public_key",
  private_key: "use_your_private_key",
)

# Client-side tokenization key is public by design
BRAINTREE_TOKENIZATION_KEY = "production_⟨x:k9w4t7zd_9hvp4ztm2kx7wq3d⟩"
''')

tdoc("plaid-client-config", "services/plaid/config.py", "python fintech sdk initialisation", r'''import plaid
from plaid.api import plaid_api

PLAID_CLIENT_ID = "⟨hexl:24⟩"          # public identifier
PLAID_SECRET_PRODUCTION = "⟨gs:hex⟩"
PLAID_SECRET_SANDBOX = "⟨gs:hex32⟩"
PLAID_WEBHOOK_VERIFICATION_KEY_ID = "⟨uuid⟩"

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={"clientId": PLAID_CLIENT_ID, "secret": PLAID_SECRET_PRODUCTION, "plaidVersion": "2020-09-14"},
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))
''')

tdoc("mollie-api-config", "config/packages/mollie.yaml", "payment api bundle config", r'''mollie:
    # live key for the web shop; the test key below is only for CI
    api_key: '⟨gs:mollie⟩'
    test_api_key: '%env(MOLLIE_TEST_KEY)%'
    profile_id: '⟨x:pfl_Wq7cTz4kPm⟩'
    organization_access_token: '⟨gs:an⟩'
    webhook_url: 'https://www.tygstugan.nl/webhooks/mollie'
    redirect_url: 'https://www.tygstugan.nl/checkout/return'
''')

tdoc("onesignal-rest-config", "notifications/onesignal.env", "push notification service env file", r'''# OneSignal (web + app push)
ONESIGNAL_APP_ID=⟨uuid⟩
ONESIGNAL_REST_API_KEY=⟨gs:an|os_v2_app_⟩
ONESIGNAL_USER_AUTH_KEY=⟨gs:b64_44⟩
ONESIGNAL_SAFARI_WEB_ID=web.onesignal.auto.⟨uuid⟩
# Legacy v1 key, revoked: ONESIGNAL_REST_API_KEY_OLD=<revoked 2025-10-01>
''')

tdoc("inngest-trigger-env", "apps/worker/.env.production", "background job platform env file", r'''NODE_ENV=production
INNGEST_EVENT_KEY=⟨gs:an⟩
INNGEST_SIGNING_KEY=⟨gs:hex64|signkey-prod-⟩
INNGEST_SIGNING_KEY_FALLBACK=
TRIGGER_SECRET_KEY=⟨gs:short|tr_prod_⟩
TRIGGER_PROJECT_REF=proj_⟨x:rtyqkbzwpmxhcvdf⟩
UPSTASH_REDIS_REST_URL=https://eu1-brave-heron-40211.upstash.io
UPSTASH_REDIS_REST_TOKEN=⟨gs:b64_44⟩
SENTRY_DSN=https://⟨hexl:32⟩@o⟨n:6⟩.ingest.de.sentry.io/⟨n:7⟩
''')

tdoc("xata-turso-env", ".env.local", "serverless database env file", r'''# generated by `xata init`
XATA_API_KEY=⟨gs:an|xau_⟩
XATA_BRANCH=main
# Turso (libsql) -- token created with `turso db tokens create kvitto-prod`
TURSO_DATABASE_URL=libsql://kvitto-prod-jonasb.turso.io
TURSO_AUTH_TOKEN=⟨jwtonly⟩
# Pinecone
PINECONE_API_KEY=⟨gs:an|pcsk_⟩
PINECONE_INDEX=receipts-v2
''')

tdoc("deepl-elevenlabs-keys", "translate_tts.py", "python translation and speech script", r'''"""Translate the weekly newsletter and read it aloud for the audio edition."""
import deepl
from elevenlabs.client import ElevenLabs

DEEPL_AUTH_KEY = "⟨gs:uuidtok||:fx⟩"
ELEVEN_API_KEY = "⟨gs:hex|sk_⟩"
VOICE_ID = "⟨x:EXAVITQu4vr4xnSDxMaL⟩"   # public stock voice id

translator = deepl.Translator(DEEPL_AUTH_KEY)
tts = ElevenLabs(api_key=ELEVEN_API_KEY)


def run(text: str) -> bytes:
    sv = translator.translate_text(text, target_lang="SV").text
    return b"".join(tts.text_to_speech.convert(voice_id=VOICE_ID, text=sv, model_id="eleven_multilingual_v2"))
''')

tdoc("zephyr-prj-conf", "firmware/prj.conf", "embedded rtos project config", r'''CONFIG_NETWORKING=y
CONFIG_NET_SOCKETS=y
CONFIG_MQTT_LIB=y
CONFIG_MQTT_LIB_TLS=y
CONFIG_WIFI=y
CONFIG_WIFI_SSID="Vaxthus-IoT"
CONFIG_WIFI_PSK="⟨pw:a⟩"
# application
CONFIG_APP_MQTT_BROKER_HOSTNAME="mqtt.odlingsdata.se"
CONFIG_APP_MQTT_CLIENT_ID="gh-sensor-⟨n:4⟩"
CONFIG_APP_CLOUD_API_KEY="⟨gs:hex32⟩"
CONFIG_APP_OTA_TOKEN="⟨gs:an⟩"
CONFIG_APP_OTA_PUBKEY_SHA256="⟨sha256⟩"
CONFIG_LOG=y
''')

tdoc("tuya-device-config-h", "main/include/tuya_config.h", "iot firmware header", r'''#ifndef TUYA_CONFIG_H_
#define TUYA_CONFIG_H_

/* Product: smart plug SP-2 (PID is public, printed on the box QR) */
#define TUYA_PRODUCT_KEY      "⟨x:kqwzh9tnymb3v2rd⟩"
#define TUYA_DEVICE_UUID      "tuya⟨hexl:16⟩"
#define TUYA_DEVICE_AUTHKEY   "⟨gs:an⟩"
#define TUYA_DEVICE_PSK       "⟨gs:hex64⟩"

/* firmware signing public key fingerprint */
#define FW_PUBKEY_FPR         "⟨sha1⟩"

#endif
''')

tdoc("blynk-firmware-sketch", "greenhouse/greenhouse.ino", "microcontroller sketch", r'''/*************************************************************
  Greenhouse controller -- ESP32 DevKit
 *************************************************************/
#define BLYNK_TEMPLATE_ID "TMPL⟨x:4kR8pzQ2w⟩"
#define BLYNK_TEMPLATE_NAME "Greenhouse"
#define BLYNK_AUTH_TOKEN "⟨gs:an⟩"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>

char ssid[] = "Lindgarden";
char pass[] = "⟨pw:h⟩";

// Weather API used for frost warnings
const char* OWM_API_KEY = "⟨gs:hex32⟩";

void setup() {
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() { Blynk.run(); }
''')

tdoc("gitlab-ci-variables-api-json", "project-412-variables.json", "ci variables api response", r'''[
  {
    "variable_type": "env_var",
    "key": "DEPLOY_API_KEY",
    "value": "⟨gs:an⟩",
    "protected": true,
    "masked": true,
    "raw": false,
    "environment_scope": "production",
    "description": "Deploy hook of the hosting panel"
  },
  {
    "variable_type": "env_var",
    "key": "MAPS_PUBLIC_KEY",
    "value": "⟨pk:pk.⟩",
    "protected": false,
    "masked": false,
    "raw": false,
    "environment_scope": "*",
    "description": "browser key, public"
  },
  {
    "variable_type": "env_var",
    "key": "SIGNING_SECRET",
    "value": "⟨gs:b64_44⟩",
    "protected": true,
    "masked": true,
    "raw": true,
    "environment_scope": "*",
    "description": null
  },
  {
    "variable_type": "file",
    "key": "KUBECONFIG_STAGING",
    "value": "[MASKED]",
    "protected": true,
    "masked": true,
    "raw": false,
    "environment_scope": "staging",
    "description": null
  },
  {
    "variable_type": "env_var",
    "key": "SENTRY_RELEASE_SHA",
    "value": "⟨git⟩",
    "protected": false,
    "masked": false,
    "raw": false,
    "environment_scope": "*",
    "description": "pinned release"
  }
]
''')

tdoc("sourcehut-builds-yml", ".build.yml", "ci build manifest", r'''image: alpine/3.20
packages:
  - go
  - rsync
sources:
  - https://git.sr.ht/~malin/turlista
secrets:
  - ⟨uuid⟩
  - ⟨uuid⟩
environment:
  GOFLAGS: -mod=vendor
  # release webhook of the download mirror
  MIRROR_API_KEY: ⟨gs:hex40⟩
  TRANSLATE_API_KEY: ⟨gs:an⟩
tasks:
  - build: |
      cd turlista
      go build ./...
  - publish: |
      cd turlista
      curl -fsS -H "X-Api-Key: $MIRROR_API_KEY" -F file=@turlista https://mirror.turlista.nu/upload
''')

tdoc("spacelift-context-export", "contexts/prod-shared.json", "iac platform context export", r'''{
  "id": "prod-shared",
  "name": "prod-shared",
  "description": "Variables shared by all production stacks",
  "labels": ["autoattach:prod"],
  "config": [
    { "id": "TF_VAR_region", "type": "ENVIRONMENT_VARIABLE", "value": "eu-north-1", "writeOnly": false },
    { "id": "TF_VAR_datadog_site", "type": "ENVIRONMENT_VARIABLE", "value": "datadoghq.eu", "writeOnly": false },
    { "id": "TF_VAR_pagerduty_token", "type": "ENVIRONMENT_VARIABLE", "value": "⟨gs:short⟩", "writeOnly": true },
    { "id": "TF_VAR_cloudflare_api_token", "type": "ENVIRONMENT_VARIABLE", "value": "⟨gs:an⟩", "writeOnly": true },
    { "id": "TF_VAR_grafana_auth", "type": "ENVIRONMENT_VARIABLE", "value": null, "writeOnly": true },
    { "id": "backend.tfvars", "type": "FILE_MOUNT", "checksum": "⟨sha256⟩", "writeOnly": false }
  ]
}
''')

tdoc("sveltekit-env-private", "dot-env.production", "web framework env file", r'''# SvelteKit: PUBLIC_* are shipped to the browser, everything else stays on the server
PUBLIC_SITE_URL=https://www.bokcirkeln.se
PUBLIC_TURNSTILE_SITEKEY=0x4AAAAAAA⟨x:Bk7rT2wqPzY3mN⟩
PUBLIC_POSTHOG_KEY=phc_⟨x:Qm3zW8kTq2VxP7rJ9cLn4fYd6hBs1uAa⟩
TURNSTILE_SECRET_KEY=⟨gs:short|0x4AAAAAAA⟩
AUTH_SECRET=⟨gs:b64_44⟩
RESEND_API_KEY=⟨gs:re⟩
DATABASE_URL=postgres://bokcirkeln:⟨upw⟩@db.bokcirkeln.internal:5432/bokcirkeln
''')

tdoc("remix-session-storage", "app/sessions.server.ts", "web framework session code", r'''import { createCookieSessionStorage } from '@remix-run/node';

// Rotation: put the new secret first, keep the old one until all cookies have expired (30 days).
const secrets = ['⟨gs:an⟩', '⟨gs:an⟩'];

export const { getSession, commitSession, destroySession } = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 30,
    path: '/',
    sameSite: 'lax',
    secrets: process.env.SESSION_SECRET ? [process.env.SESSION_SECRET] : secrets,
    secure: true,
  },
});
''')

tdoc("fastify-secure-session", "src/plugins/session.js", "node web framework plugin", r'''import fp from 'fastify-plugin';
import secureSession from '@fastify/secure-session';

export default fp(async (app) => {
  app.register(secureSession, {
    sessionName: 'session',
    cookieName: 'sid',
    // generated with: npx @fastify/secure-session > secret-key  (then hex-encoded)
    key: Buffer.from('⟨gs:hex64⟩', 'hex'),
    cookie: { path: '/', httpOnly: true, secure: true },
  });
  app.decorate('csrfSalt', '⟨gs:short⟩');
});
''')

tdoc("echo-jwt-middleware-go", "internal/server/routes.go", "go web framework code", r'''package server

import (
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var signingKey = []byte("⟨gs:an⟩")

func Register(e *echo.Echo) {
	e.Use(middleware.Logger())
	api := e.Group("/api")
	api.Use(echojwt.WithConfig(echojwt.Config{SigningKey: signingKey}))
	api.GET("/tours", listTours)

	internal := e.Group("/internal")
	internal.Use(middleware.KeyAuth(func(key string, c echo.Context) (bool, error) {
		return key == "⟨gs:hex40⟩", nil
	}))
}
''')

tdoc("actix-web-config", "config/production.toml", "rust web service config", r'''[server]
bind = "0.0.0.0:8080"
workers = 4

[session]
# 64-byte cookie signing/encryption key (actix-session Key::from), base64
cookie_key = "⟨gs:b64⟩"
cookie_name = "bokning_sid"

[integrations]
sms_api_key = "⟨gs:an⟩"
maps_api_key_public = "⟨pk:pk.⟩"
webhook_secret = "⟨gs:whsec⟩"
''')

tdoc("slim-php-settings", "app/settings.php", "php micro framework settings", r'''<?php
declare(strict_types=1);

use DI\ContainerBuilder;

return function (ContainerBuilder $containerBuilder) {
    $containerBuilder->addDefinitions([
        'settings' => [
            'displayErrorDetails' => false,
            'jwt' => [
                'secret' => '⟨gs:an⟩',
                'algorithm' => 'HS256',
            ],
            'mailer' => [
                'dsn' => 'smtp://⟨lit:email=bokning%40kanotcenter.se⟩:⟨upw:a⟩@smtp.kanotcenter.se:587',
            ],
            'recaptcha' => [
                'site_key' => '6L⟨x:c9QwEqAAAAAKm3ZpT8vRyL2nXfB4jWdHs7gUeO⟩',
                'secret_key' => '⟨gs:an|6L⟩',
            ],
        ],
    ]);
};
''')

tdoc("sanic-config-py", "kiosk/config.py", "python async web framework config", r'''class Config:
    FORWARDED_SECRET = "⟨gs:short⟩"
    REQUEST_MAX_SIZE = 10_000_000
    KEEP_ALIVE_TIMEOUT = 15
    # payment terminal cloud API
    TERMINAL_API_KEY = "⟨gs:an⟩"
    TERMINAL_API_SECRET = "⟨gs:b64_44⟩"
    TERMINAL_MERCHANT_ID = "⟨n:9⟩"
    # used only to compare request digests, not a secret
    HEALTHCHECK_SALT_SHA1 = "⟨sha1⟩"


class DevConfig(Config):
    TERMINAL_API_KEY = "dev"
    TERMINAL_API_SECRET = "dev"
''')

tdoc("loopback-datasources-json", "server/datasources.json", "node api framework datasources", r'''{
  "db": {
    "name": "db",
    "connector": "postgresql",
    "host": "pg-main.skolportalen.internal",
    "port": 5432,
    "database": "skolportalen",
    "user": "lb_app",
    "password": "⟨pw#lb⟩"
  },
  "email": {
    "name": "email",
    "connector": "mail",
    "transports": [
      {
        "type": "smtp",
        "host": "smtp.sendpulse.com",
        "port": 465,
        "secure": true,
        "auth": { "user": "⟨emo⟩", "pass": "⟨pw⟩" }
      }
    ]
  },
  "schoolsoft": {
    "name": "schoolsoft",
    "connector": "rest",
    "options": { "headers": { "x-api-key": "⟨gs:an⟩", "accept": "application/json" } }
  }
}
''')

tdoc("mongodb-atlas-cli-config-toml", "dot-config/atlascli/config.toml", "database cloud cli config", r'''[default]
  org_id = "⟨hexl:24⟩"
  project_id = "⟨hexl:24⟩"
  output = "json"
  public_api_key = "⟨x:qkzwhtrb⟩"
  private_api_key = "⟨gs:uuidtok⟩"
  service = "cloud"

[reporting]
  org_id = "⟨hexl:24⟩"
  public_api_key = "⟨x:vnxpdgme⟩"
  private_api_key = "⟨gs:uuidtok⟩"
''')

tdoc("contentstack-sdk-init", "lib/contentstack.ts", "headless cms sdk initialisation", r'''import contentstack from '@contentstack/delivery-sdk';
import { client as managementClient } from '@contentstack/management';

// Delivery: stack api key + delivery token are shipped to the browser build (read-only, published content)
export const stack = contentstack.stack({
  apiKey: 'blt⟨x:3f9c0d2ab71e54c6⟩',
  deliveryToken: 'cs⟨x:9a1e3b7c5d2f4a6b8c0e1d3f⟩',
  environment: 'production',
  region: 'eu',
});

// Server only: management token for the nightly import job
export const mgmt = managementClient().stack({
  api_key: 'blt⟨x:3f9c0d2ab71e54c6⟩',
  management_token: '⟨gs:hex32|cs⟩',
});

export const PREVIEW_TOKEN = '⟨gs:hex32|cs⟩';
''')
