"""Generic secrets (no vendor category): client secrets, signing keys, webhook secrets, API keys,
in CLI configs, framework configs, self-hosted apps, IoT and SDK initialisation."""
import base64
import json

from core import tdoc, doc, AN, ANL, HEXL

M = "generic"


@doc(M, "terraform-credentials-tfrc-json", "dot-terraform.d/credentials.tfrc.json", "terraform cli credentials file")
def tfrc(d):
    def tfc():
        return d.s(AN, 14) + ".atlasv1." + d.s(AN, 67)
    t1 = d.custom("generic-secret", tfc)
    t2 = d.custom("generic-secret", tfc)
    return json.dumps({"credentials": {"app.terraform.io": {"token": t1}, "tfe.hallonbolaget.se": {"token": t2}}},
                      indent=2) + "\n"


@doc(M, "toot-cli-config-json", "dot-config/toot/config.json", "mastodon cli client config")
def toot(d):
    cid1 = d.X(d.shape("b64u32", clean=False))
    cid2 = d.X(d.shape("b64u32", clean=False))
    handle1 = d.X("anna_lindqvist@mastodon.nu")
    handle2 = d.X("alindqvist@fosstodon.org")
    cfg = {
        "apps": {
            "mastodon.nu": {"base_url": "https://mastodon.nu", "client_id": cid1,
                            "client_secret": d.lab("gs", "b64u32"), "instance": "mastodon.nu"},
            "fosstodon.org": {"base_url": "https://fosstodon.org", "client_id": cid2,
                              "client_secret": d.lab("gs", "b64u32"), "instance": "fosstodon.org"},
        },
        "users": {
            handle1: {"access_token": d.lab("gsbt", "b64u32"), "instance": "mastodon.nu",
                      "username": "anna_lindqvist"},
            handle2: {"access_token": d.lab("gsbt", "b64u32"), "instance": "fosstodon.org",
                      "username": "alindqvist"},
        },
        "active_user": handle1,
    }
    return json.dumps(cfg, indent=4) + "\n"


@doc(M, "gh-cli-hosts-yml", "dot-config/gh/hosts.yml", "github cli hosts file (insecure storage)")
def gh_hosts(d):
    t1 = d.lab("ghp", "gho")
    t2 = d.lab("ghp", "ghp")
    return f"""github.com:
    users:
        jlundgren-hb:
            oauth_token: {t1}
    git_protocol: https
    oauth_token: {t1}
    user: jlundgren-hb
github.hallonbolaget.se:
    users:
        jonas-lundgren:
            oauth_token: {t2}
    git_protocol: ssh
    oauth_token: {t2}
    user: jonas-lundgren
"""


@doc(M, "github-app-manifest-conversion", "github-app/conversion-response.json", "github app manifest conversion response")
def gh_app(d):
    key = d.privkey("rsa")
    pem_json = key.replace("\n", "\\n") + "\\n"
    d.L("private-key", key.replace("\n", "\\n"))
    cid = d.X("Iv23li" + d.s(AN, 14))
    body = {
        "id": d.r.randint(900000, 1200000),
        "slug": "hallon-deploy-bot",
        "node_id": d.X("A_kwDOB" + d.s(AN, 12)),
        "client_id": cid,
        "owner": {"login": "hallonbolaget", "id": d.r.randint(40000000, 90000000), "type": "Organization",
                  "site_admin": False},
        "name": "Hallon deploy bot",
        "description": "Posts deployment status and opens release PRs",
        "external_url": "https://deploy.hallonbolaget.se",
        "html_url": "https://github.com/apps/hallon-deploy-bot",
        "created_at": "2026-01-14T09:12:44Z",
        "updated_at": "2026-01-14T09:12:44Z",
        "permissions": {"contents": "read", "deployments": "write", "metadata": "read", "pull_requests": "write"},
        "events": ["deployment", "pull_request"],
        "installations_count": 0,
        "client_secret": d.lab("gs", "hex40"),
        "webhook_secret": d.lab("gs", "an32"),
        "pem": "@@PEM@@",
    }
    txt = json.dumps(body, indent=2)
    return txt.replace('"@@PEM@@"', '"' + pem_json + '"') + "\n"


@doc(M, "django-allauth-socialapp-fixture", "fixtures/socialapps.json", "django fixture with allauth social apps")
def allauth(d):
    gid = d.X(d.num_safe(12) + "-" + d.s(ANL, 32) + ".apps.googleusercontent.com")
    apps = [
        {"model": "socialaccount.socialapp", "pk": 1,
         "fields": {"provider": "google", "provider_id": "", "name": "Google", "client_id": gid,
                    "secret": d.custom("generic-secret", lambda: "GOCSPX-" + d.s(AN + "-_", 28)),
                    "key": "", "settings": {"scope": ["profile", "email"]}, "sites": [1]}},
        {"model": "socialaccount.socialapp", "pk": 2,
         "fields": {"provider": "github", "provider_id": "", "name": "GitHub",
                    "client_id": d.X("Ov23li" + d.s(AN, 14)), "secret": d.lab("gs", "hex40"), "key": "",
                    "settings": {}, "sites": [1]}},
        {"model": "socialaccount.socialapp", "pk": 3,
         "fields": {"provider": "microsoft", "provider_id": "", "name": "Microsoft 365", "client_id": d.uuid(),
                    "secret": d.custom("generic-secret", lambda: d.s(AN, 3) + "8Q~" + d.s(AN + "_.-~", 34)),
                    "key": "", "settings": {"tenant": "organizations"}, "sites": [1]}},
        {"model": "sites.site", "pk": 1, "fields": {"domain": "medlem.korforbundet.se", "name": "Körförbundet"}},
    ]
    return json.dumps(apps, indent=2, ensure_ascii=False) + "\n"


tdoc(M, "better-auth-config-ts", "src/lib/auth.ts", "typescript auth library configuration", r'''import { betterAuth } from "better-auth";
import { organization, twoFactor } from "better-auth/plugins";
import { Pool } from "pg";

export const auth = betterAuth({
  appName: "Språkcafé",
  baseURL: "https://app.sprakcafe.se",
  // falls back to the value from the first deploy; BETTER_AUTH_SECRET is set in prod
  secret: process.env.BETTER_AUTH_SECRET ?? "⟨gs:b64:32⟩",
  database: new Pool({
    connectionString: "postgres://sprakcafe:⟨upw:u⟩@db.internal:5432/sprakcafe",
    max: 10,
  }),
  emailAndPassword: { enabled: true, minPasswordLength: 10, requireEmailVerification: true },
  socialProviders: {
    github: {
      clientId: "⟨x:Ov23liQk9Tz0pVb3sWn1⟩",
      clientSecret: "⟨gs:hex40⟩",
    },
    google: {
      clientId: process.env.GOOGLE_CLIENT_ID as string,
      clientSecret: process.env.GOOGLE_CLIENT_SECRET as string,
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  plugins: [organization(), twoFactor({ issuer: "Språkcafé" })],
});
''')

tdoc(M, "rails-devise-initializer", "config/initializers/devise.rb", "rails devise initializer", r'''# frozen_string_literal: true

# Use this hook to configure devise mailer, warden hooks and so forth.
Devise.setup do |config|
  # The secret key used by Devise. Devise uses this key to generate
  # random tokens. Changing this key will render invalid all existing
  # confirmation, reset password and unlock tokens in the database.
  config.secret_key = '⟨gs:hex128⟩'

  # ==> Controller configuration
  config.parent_controller = 'ApplicationController'

  # ==> Mailer Configuration
  config.mailer_sender = '⟨rmail:hyresportalen.se⟩'

  # ==> ORM configuration
  require 'devise/orm/active_record'

  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]

  # ==> Configuration for :database_authenticatable
  config.stretches = Rails.env.test? ? 1 : 12

  # Set up a pepper to generate the hashed password.
  config.pepper = '⟨gs:hex128⟩'

  config.reconfirmable = true
  config.expire_all_remember_me_on_sign_out = true
  config.password_length = 10..128
  config.email_regexp = /\A[^@\s]+@[^@\s]+\z/
  config.reset_password_within = 6.hours
  config.sign_out_via = :delete

  # ==> OmniAuth
  config.omniauth :microsoft_graph, '⟨uuid⟩', '⟨gs:an40⟩',
                  scope: 'openid email profile User.Read'
  config.omniauth :openid_connect, name: :bankid, issuer: 'https://idp.hyresportalen.se',
                  client_options: { identifier: 'hyresportalen', secret: ENV['BANKID_OIDC_SECRET'] }

  # ==> Hotwire/Turbo configuration
  config.responder.error_status = :unprocessable_entity
  config.responder.redirect_status = :see_other
end
''')


@doc(M, "keystone-config-ts", "keystone.ts", "keystone cms configuration")
def keystone(d):
    return d.T(r'''import { config } from '@keystone-6/core';
import { statelessSessions } from '@keystone-6/core/session';
import { createAuth } from '@keystone-6/auth';
import { lists } from './schema';

// Keystone needs at least 32 characters here; the env var wins in production.
const sessionSecret = process.env.SESSION_SECRET || '⟨gs:an64⟩';

const { withAuth } = createAuth({
  listKey: 'User',
  identityField: 'email',
  secretField: 'password',
  sessionData: 'id name isAdmin',
  initFirstItem: { fields: ['name', 'email', 'password'] },
});

export default withAuth(
  config({
    db: {
      provider: 'postgresql',
      url: 'postgresql://keystone:⟨upw:u⟩@pg.internal:5432/museum',
      enableLogging: ['warn', 'error'],
    },
    lists,
    session: statelessSessions({ secret: sessionSecret, maxAge: 60 * 60 * 24 * 30 }),
    storage: {
      samlingsbilder: {
        kind: 's3',
        type: 'image',
        bucketName: 'museum-samlingsbilder',
        region: 'eu-north-1',
        accessKeyId: '⟨ak⟩',
        secretAccessKey: '⟨sk⟩',
        signed: { expiry: 3600 },
      },
    },
    server: { port: 3000, cors: { origin: ['https://samlingar.lansmuseet-norr.se'], credentials: true } },
  })
);
''')


tdoc(M, "drupal-settings-local-php", "web/sites/default/settings.local.php", "drupal local settings override", r'''<?php

/**
 * @file
 * Local settings for the kommun.se production web nodes (web-01..web-04).
 * Managed by Ansible role drupal_site -- manual edits will be overwritten.
 */

$databases['default']['default'] = [
  'database' => 'drupal_kommun',
  'username' => 'drupal',
  'password' => '⟨pw:h|php⟩',
  'prefix' => '',
  'host' => 'mariadb-vip.internal',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = '⟨gs:b64u55⟩';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/srv/drupal/private';
$settings['trusted_host_patterns'] = [
  '^www\.kommun\.se$',
  '^kommun\.se$',
];
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['⟨ip4p⟩', '⟨ip4p⟩'];

// Symfony Mailer SMTP transport.
$config['symfony_mailer.mailer_transport.smtp']['configuration']['user'] = '⟨email:se@kommun.se⟩';
$config['symfony_mailer.mailer_transport.smtp']['configuration']['pass'] = '⟨pw:r|php⟩';

$config['system.logging']['error_level'] = 'hide';
$config['system.performance']['css']['preprocess'] = TRUE;
$config['system.performance']['js']['preprocess'] = TRUE;
''')


tdoc(M, "mailman3-web-settings-py", "etc/mailman3/settings.py", "mailing list web ui django settings", r'''# Mailman 3 web (Postorius + HyperKitty) -- Debian package layout
from mailman_web.settings.base import *  # noqa: F401,F403
from mailman_web.settings.mailman import *  # noqa: F401,F403

DEBUG = False
ADMINS = (("Listadministratör", "⟨email:se@listor.folkrorelsen.se⟩"),)
SITE_ID = 1
ALLOWED_HOSTS = ["localhost", "listor.folkrorelsen.se"]

#: django secret key, generated at install time
SECRET_KEY = "⟨gs:an50⟩"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mailmanweb",
        "USER": "mailmanweb",
        "PASSWORD": "⟨pw:a⟩",
        "HOST": "localhost",
        "PORT": "5432",
    }
}

MAILMAN_REST_API_URL = "http://localhost:8001"
MAILMAN_REST_API_USER = "restadmin"
MAILMAN_REST_API_PASS = "⟨pw:r⟩"
MAILMAN_ARCHIVER_KEY = "⟨gs:an40⟩"
MAILMAN_ARCHIVER_FROM = ("127.0.0.1", "::1")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.folkrorelsen.se"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "⟨email:se@folkrorelsen.se⟩"
EMAIL_HOST_PASSWORD = "⟨pw:h⟩"
DEFAULT_FROM_EMAIL = "⟨rmail:listor.folkrorelsen.se⟩"
SERVER_EMAIL = "⟨rmail:listor.folkrorelsen.se⟩"

TIME_ZONE = "Europe/Stockholm"
LANGUAGE_CODE = "sv"
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "xapian_backend.XapianEngine", "PATH": "/var/lib/mailman3/web/fulltext_index"}}
''')


@doc(M, "lemonsqueezy-webhook-route-ts", "app/api/webhooks/lemonsqueezy/route.ts", "next.js webhook route handler")
def lemon(d):
    return d.T(r'''import crypto from "node:crypto";
import { NextResponse } from "next/server";

import { db } from "@/lib/db";

// Settings > Webhooks > "Signing secret" (store: kursportalen)
const SIGNING_SECRET = process.env.LEMONSQUEEZY_WEBHOOK_SECRET ?? "⟨gs:an32⟩";
// API key used to look up the subscription after the webhook (Settings > API)
const LS_API_KEY = "⟨jbt:RS256⟩";

export async function POST(req: Request) {
  const raw = await req.text();
  const hmac = crypto.createHmac("sha256", SIGNING_SECRET);
  const digest = Buffer.from(hmac.update(raw).digest("hex"), "utf8");
  const signature = Buffer.from(req.headers.get("x-signature") ?? "", "utf8");
  if (digest.length !== signature.length || !crypto.timingSafeEqual(digest, signature)) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const event = JSON.parse(raw);
  const subId = event.data?.id;
  const sub = await fetch(`https://api.lemonsqueezy.com/v1/subscriptions/${subId}`, {
    headers: {
      Accept: "application/vnd.api+json",
      Authorization: `Bearer ${LS_API_KEY}`,
    },
  }).then((r) => r.json());
  await db.subscription.upsert({
    where: { lsId: subId },
    update: { status: sub.data.attributes.status },
    create: { lsId: subId, status: sub.data.attributes.status, email: sub.data.attributes.user_email },
  });
  return NextResponse.json({ ok: true });
}

// Local test:
// curl -X POST localhost:3000/api/webhooks/lemonsqueezy \
//   -H 'X-Signature: ⟨sha256⟩' -H 'X-Event-Name: subscription_updated' \
//   --data-binary @fixtures/subscription_updated.json
''')


tdoc(M, "shopify-app-remix-env", "dot-env", "shopify app env file", r'''# Generated by `shopify app env pull` on 2026-01-09, then edited by hand
SHOPIFY_API_SECRET=⟨shpat:shpss⟩
SCOPES=write_products,read_orders,read_inventory
SHOPIFY_APP_URL=https://lagerappen.fly.dev
HOST=https://lagerappen.fly.dev
DATABASE_URL=postgres://lagerappen:⟨upw:u⟩@lagerappen-db.flycast:5432/lagerappen?sslmode=disable
# dev store admin token, only for scripts/seed.ts
SHOPIFY_ADMIN_ACCESS_TOKEN=⟨shpat⟩
SHOP_CUSTOM_DOMAIN=lagerappen-dev.myshopify.com
SESSION_SECRET=⟨gs:hex64⟩
''')

tdoc(M, "soketi-app-env", "deploy/soketi.env", "websocket server env file", r'''# soketi (Pusher protocol) for the booking dashboard
SOKETI_DEBUG=0
SOKETI_PORT=6001
SOKETI_DEFAULT_APP_ID=app-4471
SOKETI_DEFAULT_APP_KEY=⟨lk:anl20⟩
SOKETI_DEFAULT_APP_SECRET=⟨gs:anl32#sec⟩
SOKETI_DEFAULT_APP_ENABLE_CLIENT_MESSAGES=false
SOKETI_DB_REDIS_HOST=redis
SOKETI_DB_REDIS_PORT=6379
SOKETI_DB_REDIS_PASSWORD=⟨pw:a⟩
SOKETI_METRICS_ENABLED=1
SOKETI_METRICS_SERVER_PORT=9601
SOKETI_APP_MANAGER_DRIVER=mysql
SOKETI_DB_MYSQL_HOST=mysql
SOKETI_DB_MYSQL_USERNAME=soketi
SOKETI_DB_MYSQL_PASSWORD=⟨pw:a⟩
SOKETI_DB_MYSQL_DATABASE=soketi
# Laravel side must match:
#   PUSHER_APP_ID=app-4471  PUSHER_APP_SECRET=⟨=sec⟩
''')


@doc(M, "pocketbase-settings-patch", "provision/settings.patch.json", "pocketbase settings provisioning request body")
def pocketbase(d):
    body = {
        "meta": {"appName": "Loppis", "appUrl": "https://loppis.fly.dev", "hideControls": False,
                 "senderName": "Loppis", "senderAddress": d.lab("rmail", "loppis-app.se")},
        "logs": {"maxDays": 7, "minLevel": 0, "logIp": True},
        "smtp": {"enabled": True, "host": "smtp.eu.mailgun.org", "port": 587,
                 "username": d.lab("rmail", "mg.loppis-app.se"), "password": d.lab("pw", "a"),
                 "authMethod": "PLAIN", "tls": False, "localName": ""},
        "backups": {"cron": "0 3 * * *", "cronMaxKeep": 7,
                    "s3": {"enabled": True, "bucket": "loppis-backup", "region": "auto",
                           "endpoint": "https://" + d.X(d.hexs(32)) + ".r2.cloudflarestorage.com",
                           "accessKey": d.X(d.hexs(32)), "secret": d.lab("gs", "hex64"), "forcePathStyle": False}},
        "recordAuthToken": {"secret": d.lab("gs", "an50"), "duration": 1209600},
        "recordPasswordResetToken": {"secret": d.lab("gs", "an50"), "duration": 1800},
    }
    return json.dumps(body, indent=2) + "\n"


@doc(M, "flagsmith-docker-env", "flagsmith/flagsmith.env", "feature flag server env file")
def flagsmith(d):
    dj = "abcdefghijklmnopqrstuvwxyz0123456789!@%^&*(-_=+)"
    key = d.custom("generic-secret", lambda: d.s(dj, 50))
    return d.T(r'''DATABASE_URL=postgresql://flagsmith:⟨upw:u⟩@flagsmith-db:5432/flagsmith
DJANGO_SECRET_KEY=''' + key + r'''
ENVIRONMENT=production
DJANGO_ALLOWED_HOSTS=flags.hallonbolaget.se
ALLOW_ADMIN_INITIATION_VIA_CLI=true
ADMIN_EMAIL=⟨email:se@hallonbolaget.se⟩
ORGANISATION_NAME=Hallonbolaget
ALLOW_REGISTRATION_WITHOUT_INVITE=false
EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_USE_TLS=true
EMAIL_HOST_USER=⟨email:se@hallonbolaget.se#fsmail⟩
EMAIL_HOST_PASSWORD=⟨pw:r⟩
SENDER_EMAIL=⟨=fsmail⟩
SENTRY_SDK_DSN=https://⟨hex:32⟩@o4507.ingest.de.sentry.io/4508123
FLAGSMITH_ON_FLAGSMITH_SERVER_KEY=⟨gs:ser.~an22⟩
PREVENT_SIGNUP=true
''') + ""


@doc(M, "apprise-config-yml", "dot-config/apprise/apprise.yml", "notification router configuration (apprise yaml)")
def apprise(d):
    bot = d.custom("generic-secret", lambda: d.num_safe(10, "5678") + ":AA" + d.s(AN + "-_", 33))
    wid = d.num_safe(19, "1")
    wtok = d.custom("generic-secret", lambda: d.s(AN + "-_", 68))
    pov_user = d.X(d.s(ANL, 30))
    pov_app = d.custom("generic-secret", lambda: d.s(ANL, 30))
    chat = "-100" + d.num_safe(10, "1")
    return d.T(f'''version: 1
# global tags
tag: hallon

urls:
  - tgram://{bot}/{chat}:
      - tag: drift
        format: markdown
  - discord://{wid}/{wtok}:
      - tag: drift, kunder
        avatar: no
  - pover://{pov_user}@{pov_app}:
      - tag: jour
        priority: high
  - mailtos://drift:⟨upw:u⟩@smtp.fastmail.com?to=⟨email:se@hallonbolaget.se⟩&from=⟨email:se@hallonbolaget.se⟩:
      - tag: drift
  - ntfys://ntfy.hallonbolaget.se/drift-larm:
      - tag: jour
''')


@doc(M, "discordjs-bot-config-json", "config.json", "discord bot configuration")
def discord(d):
    uid = d.num_safe(19, "1")
    tok = d.custom("generic-secret", lambda: base64.b64encode(uid.encode()).decode().rstrip("=") + "." + d.s(AN + "-_", 6) + "." + d.s(AN + "-_", 38))
    cfg = {
        "token": tok,
        "clientId": uid,
        "guildId": d.num_safe(18, "1"),
        "prefix": "!",
        "owners": [d.num_safe(18, "1"), d.num_safe(18, "1")],
        "database": "mongodb+srv://klubbot:" + d.lab("upw", "u") + "@cluster0." + d.s(ANL, 5) + ".mongodb.net/klubbot?retryWrites=true&w=majority",
        "weatherApiKey": d.lab("gs", "hex32"),
        "welcomeChannel": d.num_safe(19, "1"),
        "locale": "sv-SE",
    }
    return json.dumps(cfg, indent=2) + "\n"


tdoc(M, "circuitpython-settings-toml", "CIRCUITPY/settings.toml", "microcontroller settings file", r'''# CircuitPython settings.toml -- values are read with os.getenv()
CIRCUITPY_WIFI_SSID = "Vaxthuset"
CIRCUITPY_WIFI_PASSWORD = "⟨pw:h⟩"
CIRCUITPY_WEB_API_PASSWORD = "⟨pw:a⟩"
CIRCUITPY_WEB_API_PORT = 80
CIRCUITPY_WEB_INSTANCE_NAME = "vaxthus-pico"

ADAFRUIT_AIO_USERNAME = "kalle_odlar"
ADAFRUIT_AIO_KEY = "⟨gs:aio_~an28⟩"
OPENWEATHER_TOKEN = "⟨gs:hex32⟩"
LATITUDE = "59.8586"
LONGITUDE = "17.6389"
TZ = "Europe/Stockholm"
''')

tdoc(M, "esp-nvs-partition-csv", "factory/nvs_data.csv", "esp32 nvs partition generator input", r'''key,type,encoding,value
wifi,namespace,,
ssid,data,string,Ladugarden-IoT
pass,data,string,⟨pw:h⟩
cloud,namespace,,
device_id,data,string,barn-sensor-07
api_key,data,string,⟨gs:an40⟩
mqtt_host,data,string,mqtt.ladugarden.se
mqtt_user,data,string,barn-sensor-07
mqtt_pass,data,string,⟨pw:a⟩
cert,file,string,certs/barn-sensor-07.pem.crt
boot_count,data,u32,0
fw_sig,data,hex2bin,⟨hex:64⟩
''')

tdoc(M, "gin-sessions-go", "cmd/bokning/main.go", "go gin web server setup", r'''package main

import (
	"log"
	"net/http"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// cookie store keys: first is the HMAC auth key, second the AES-256 encryption key (32 bytes)
var (
	cookieAuthKey = []byte("⟨gs:an64⟩")
	cookieEncKey  = []byte("⟨gs:an32⟩")
	jwtSigningKey = []byte("⟨gs:b64:48⟩")
)

func main() {
	r := gin.New()
	r.Use(gin.Recovery())

	store := cookie.NewStore(cookieAuthKey, cookieEncKey)
	store.Options(sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("bokning_session", store))

	r.POST("/api/token", func(c *gin.Context) {
		t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
			"sub": c.PostForm("user"),
			"exp": time.Now().Add(15 * time.Minute).Unix(),
		})
		s, err := t.SignedString(jwtSigningKey)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": s, "token_type": "Bearer", "expires_in": 900})
	})

	log.Fatal(r.Run(":8080"))
}
''')

tdoc(M, "jhipster-application-yml", "src/main/resources/config/application-prod.yml", "jhipster production profile", r'''# ===================================================================
# Spring Boot configuration for the "prod" profile.
# ===================================================================
logging:
  level:
    ROOT: INFO
    tech.jhipster: INFO
    se.turistbyran.reseplan: INFO

management:
  prometheus:
    metrics:
      export:
        enabled: false

spring:
  devtools:
    restart:
      enabled: false
  datasource:
    type: com.zaxxer.hikari.HikariDataSource
    url: jdbc:postgresql://pg-prod.internal:5432/reseplan
    username: reseplan
    password: ⟨pw:r⟩
    hikari:
      poolName: Hikari
      auto-commit: false
  liquibase:
    contexts: prod
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: ⟨sg⟩
  thymeleaf:
    cache: true

server:
  port: 8080
  shutdown: graceful

jhipster:
  http:
    cache:
      timeToLiveInDays: 1461
  security:
    authentication:
      jwt:
        # generated by JHipster on project creation -- should be overridden by JHIPSTER_SECURITY_AUTHENTICATION_JWT_BASE64_SECRET
        base64-secret: ⟨gs:b64:64⟩
        token-validity-in-seconds: 86400
        token-validity-in-seconds-for-remember-me: 2592000
    remember-me:
      key: ⟨gs:hex64⟩
  mail:
    from: ⟨email:se@turistbyran-nord.se⟩
    base-url: https://reseplan.turistbyran-nord.se
  logging:
    use-json-format: true
''')

tdoc(M, "lobe-chat-env", "docker/lobe-chat.env", "self-hosted chat ui env file", r'''# LobeChat (server DB mode) -- hemlabbet
APP_URL=https://chat.hemlabbet.se
ACCESS_CODE=⟨pw:p⟩
KEY_VAULTS_SECRET=⟨gs:b64:32⟩
NEXT_AUTH_SECRET=⟨gs:b64:32⟩
NEXT_AUTH_SSO_PROVIDERS=authentik
AUTH_AUTHENTIK_ID=⟨lk:an40⟩
AUTH_AUTHENTIK_SECRET=⟨gs:an96⟩
AUTH_AUTHENTIK_ISSUER=https://sso.hemlabbet.se/application/o/lobe-chat/
DATABASE_URL=postgresql://lobe:⟨upw:u⟩@postgres:5432/lobechat
OPENAI_API_KEY=⟨oai⟩
OPENAI_PROXY_URL=
S3_ENDPOINT=https://s3.hemlabbet.se
S3_BUCKET=lobe
S3_ACCESS_KEY_ID=⟨lk:an20⟩
S3_SECRET_ACCESS_KEY=⟨gs:an40⟩
S3_ENABLE_PATH_STYLE=1
''')

tdoc(M, "anycable-yml", "config/anycable.yml", "anycable websocket server rails config", r'''# AnyCable configuration (anycable-rails 1.5)
default: &default
  broadcast_adapter: http
  http_broadcast_url: "http://anycable-go.internal:8090/_broadcast"
  log_level: info
  persistent_session_enabled: true

development:
  <<: *default
  secret: "anycable-local-secret"

test:
  <<: *default

production:
  <<: *default
  secret: "⟨gs:hex64⟩"
  broadcast_key: "⟨gs:hex40⟩"
  redis_url: "redis://:⟨upw:u⟩@redis-prod.internal:6379/1"
  websocket_url: "wss://ws.hyresportalen.se/cable"
''')

tdoc(M, "novu-docker-env", "docker/.env", "notification infrastructure self-hosted env file", r'''# Novu self-hosted -- generated from .env.example 2025-12-02
NODE_ENV=production
JWT_SECRET=⟨gs:an48⟩
STORE_ENCRYPTION_KEY=⟨gs:an32⟩
NOVU_SECRET_KEY=⟨gs:hex32⟩
MONGO_URL=mongodb://novu:⟨upw:u⟩@mongodb:27017/novu-db?authSource=admin
MONGO_MAX_POOL_SIZE=200
REDIS_HOST=redis
REDIS_PORT=6379
REDIS_PASSWORD=⟨pw:a⟩
REDIS_CACHE_SERVICE_HOST=redis
S3_BUCKET_NAME=novu-bilagor
S3_REGION=eu-north-1
AWS_ACCESS_KEY_ID=⟨ak⟩
AWS_SECRET_ACCESS_KEY=⟨sk⟩
API_ROOT_URL=https://notify-api.hallonbolaget.se
FRONT_BASE_URL=https://notify.hallonbolaget.se
DISABLE_USER_REGISTRATION=true
''')

tdoc(M, "documenso-env", "documenso/.env", "document signing platform env file", r'''NEXTAUTH_SECRET="⟨gs:b64:32⟩"
NEXT_PRIVATE_ENCRYPTION_KEY="⟨gs:an32⟩"
NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY="⟨gs:an32⟩"
NEXT_PUBLIC_WEBAPP_URL="https://sign.advokatbyran-norr.se"
NEXT_PRIVATE_DATABASE_URL="postgres://documenso:⟨upw:u#dbpw⟩@db:5432/documenso"
NEXT_PRIVATE_DIRECT_DATABASE_URL="postgres://documenso:⟨=dbpw⟩@db:5432/documenso"
NEXT_PRIVATE_SIGNING_TRANSPORT="local"
NEXT_PRIVATE_SIGNING_PASSPHRASE="⟨pw:p⟩"
NEXT_PRIVATE_SIGNING_LOCAL_FILE_PATH="/opt/documenso/cert.p12"
NEXT_PRIVATE_SMTP_TRANSPORT="smtp-auth"
NEXT_PRIVATE_SMTP_HOST="smtp.glesys.se"
NEXT_PRIVATE_SMTP_PORT=587
NEXT_PRIVATE_SMTP_USERNAME="⟨email:se@advokatbyran-norr.se#smtpuser⟩"
NEXT_PRIVATE_SMTP_PASSWORD="⟨pw:r⟩"
NEXT_PRIVATE_SMTP_FROM_NAME="Advokatbyrån Norr"
NEXT_PRIVATE_SMTP_FROM_ADDRESS="⟨=smtpuser⟩"
''')

tdoc(M, "twenty-crm-env", "twenty/.env", "open-source crm env file", r'''SERVER_URL=https://crm.byggfirman-syd.se
APP_SECRET=⟨gs:b64:32⟩
PG_DATABASE_URL=postgres://twenty:⟨upw:u⟩@twenty-db:5432/default
REDIS_URL=redis://redis:6379
STORAGE_TYPE=local
AUTH_GOOGLE_ENABLED=true
AUTH_GOOGLE_CLIENT_ID=⟨x:417203958861-k1m0qs2v8d7c3r9u5n4b6a0e2f1h3j5l.apps.googleusercontent.com⟩
AUTH_GOOGLE_CLIENT_SECRET=⟨gs:GOCSPX-~an28⟩
AUTH_GOOGLE_CALLBACK_URL=https://crm.byggfirman-syd.se/auth/google/redirect
EMAIL_DRIVER=smtp
EMAIL_SMTP_HOST=smtp.office365.com
EMAIL_SMTP_PORT=587
EMAIL_SMTP_USER=⟨email:se@byggfirman-syd.se⟩
EMAIL_SMTP_PASSWORD=⟨pw:r⟩
EMAIL_FROM_NAME="Byggfirman Syd CRM"
''')


@doc(M, "mercadopago-sdk-init", "src/payments/mercadopago.js", "payment sdk initialisation (node)")
def mercadopago(d):
    tok = d.custom("bearer-token|generic-secret",
                   lambda: "APP_USR-" + d.num_safe(16, "78") + "-" + d.num_safe(6, "01") + "-" + d.s(HEXL, 32) + "-" + d.num_safe(9, "123456789"))
    pub = d.X("APP_USR-" + d.hexs(8) + "-" + d.hexs(4) + "-4" + d.hexs(3) + "-a" + d.hexs(3) + "-" + d.hexs(12))
    return d.T(r'''// Mercado Pago -- producción (cuenta Argentina). La public key va al frontend.
import { MercadoPagoConfig, Preference, Payment } from 'mercadopago';

const client = new MercadoPagoConfig({
  accessToken: process.env.MP_ACCESS_TOKEN || ''' + "'" + tok + "'" + r''',
  options: { timeout: 5000 },
});

export const MP_PUBLIC_KEY = ''' + "'" + pub + "'" + r''';

// Tus integraciones > Webhooks > Clave secreta
export const MP_WEBHOOK_SECRET = '⟨gs:hex64⟩';

export async function crearPreferencia(pedido) {
  const preference = new Preference(client);
  return preference.create({
    body: {
      items: pedido.items.map((i) => ({ id: i.sku, title: i.nombre, quantity: i.cantidad, unit_price: i.precio, currency_id: 'ARS' })),
      external_reference: pedido.id,
      notification_url: 'https://tienda.mateyyerba.com.ar/api/mp/webhook',
      back_urls: { success: 'https://tienda.mateyyerba.com.ar/gracias', failure: 'https://tienda.mateyyerba.com.ar/carrito' },
    },
  });
}

export async function consultarPago(id) {
  return new Payment(client).get({ id });
}
''')


tdoc(M, "nets-easy-checkout-config", "config/packages/nets_easy.yaml", "payment checkout bundle config (symfony)", r'''# Nets Easy (Nexi) -- live keys since 2025-09-01, test keys in .env.test
nets_easy:
    environment: live
    secret_key: '⟨gs:live-secret-key-~hex32⟩'
    checkout_key: 'live-checkout-key-⟨hex:32⟩'
    # value Nets sends in the Authorization header of webhook calls (we chose it in the portal)
    webhook_auth: '⟨gs:an32⟩'
    merchant_number: '100017120'
    terms_url: 'https://www.cykelbutiken-umea.se/kopvillkor'
    privacy_url: 'https://www.cykelbutiken-umea.se/integritet'
    checkout:
        integration_type: EmbeddedCheckout
        charge: false
        merchant_handles_consumer_data: true
        countries: [SWE, NOR, FIN, DNK]
''')
