"""Generic secrets (API keys, client secrets, signing keys, webhook secrets) beside public look-alikes."""
from registry import doc


@doc('quart-app-config-py', 'kassabok/config.py', 'quart async web app configuration module')
def quart(d):
    return d.T('''"""Configuration for the kassabok Quart app.

Values here are the production defaults; anything in the environment wins.
"""
import os


class Config:
    SECRET_KEY = os.environ.get("KASSABOK_SECRET_KEY", "⟨gs:b64u_48⟩")
    SESSION_COOKIE_NAME = "kassabok"
    SESSION_COOKIE_SECURE = True
    QUART_AUTH_SALT = "cookie-session"   # itsdangerous salt name, not a secret

    DATABASE_URL = "postgresql+asyncpg://kassabok:⟨upw:x20⟩@pg-01.ekonomi.lan:5432/kassabok"

    # Swish callback is verified with the shared secret from the bank agreement
    SWISH_CALLBACK_SECRET = "⟨gs:hex64⟩"
    SWISH_PAYEE_ALIAS = "1234567890"  # Swish number shown to customers

    # Bookkeeping API
    BOKFORING_CLIENT_ID = "⟨uuid⟩"
    BOKFORING_CLIENT_SECRET = "⟨gs:an40⟩"

    SENTRY_DSN = "https://⟨hex:32⟩@o⟨int:6⟩.ingest.sentry.io/⟨int:7⟩"


class DevConfig(Config):
    SECRET_KEY = "dev"
    DATABASE_URL = "postgresql+asyncpg://kassabok:kassabok@localhost/kassabok"
''')


@doc('bottle-app-signed-cookie-py', 'app/main.py', 'bottle web app with signed cookies and an api key check')
def bottle(d):
    return d.T('''#!/usr/bin/env python3
"""Liten bokningssida för bastun vid sjön (Bottle 0.13)."""
import json
from bottle import Bottle, request, response, run, abort

app = Bottle()

COOKIE_SECRET = "⟨gs:an40⟩"
# API-nyckel som bokningsskärmen vid bryggan skickar i X-Api-Key
SCREEN_API_KEY = "⟨gs:hex32⟩"
BOOKINGS_FILE = "/srv/bastu/bokningar.json"


@app.get("/")
def index():
    name = request.get_cookie("namn", secret=COOKIE_SECRET)
    return {"hej": name or "gäst"}


@app.post("/login")
def login():
    response.set_cookie("namn", request.forms.getunicode("namn"), secret=COOKIE_SECRET, max_age=86400)
    return {"ok": True}


@app.get("/api/bokningar")
def bokningar():
    if request.headers.get("X-Api-Key") != SCREEN_API_KEY:
        abort(401, "fel nyckel")
    with open(BOOKINGS_FILE, encoding="utf-8") as f:
        return json.load(f)


if __name__ == "__main__":
    run(app, host="0.0.0.0", port=8080, server="waitress")
''')


@doc('falcon-hmac-middleware-py', 'src/ingest/middleware.py', 'falcon middleware verifying hmac-signed requests')
def falcon(d):
    return d.T('''import hashlib
import hmac
import time

import falcon

# One shared secret per sender. Rotated in PLAT-1880.
SENDER_SECRETS = {
    "vagnpark": b"⟨gs:hex64⟩",
    "laddstolpe": b"⟨gs:b64_32⟩",
    # "gamla-kassan": b"",  # decommissioned
}
MAX_SKEW = 300


class HmacAuth:
    def process_request(self, req, resp):
        sender = req.get_header("X-Sender")
        ts = req.get_header("X-Timestamp")
        sig = req.get_header("X-Signature")   # hex(hmac_sha256(secret, ts + body))
        if not (sender and ts and sig) or sender not in SENDER_SECRETS:
            raise falcon.HTTPUnauthorized(description="missing signature")
        if abs(time.time() - int(ts)) > MAX_SKEW:
            raise falcon.HTTPUnauthorized(description="stale request")
        body = req.bounded_stream.read()
        req.context.raw_body = body
        expected = hmac.new(SENDER_SECRETS[sender], ts.encode() + body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, sig):
            raise falcon.HTTPUnauthorized(description="bad signature")

# Example from the sender docs (computed with the documentation secret "s3cr3t"):
# X-Timestamp: 1768900000
# X-Signature: ⟨sha256⟩
''')


@doc('sinatra-session-secret-rb', 'app.rb', 'sinatra classic app with session secret and a webhook secret')
def sinatra(d):
    return d.T('''require "sinatra"
require "json"
require "openssl"

# Rack session cookie; must be at least 64 bytes.
set :sessions, true
set :session_secret, ENV.fetch("SESSION_SECRET") { "⟨gs:hex128⟩" }

# Webhook from the e-signing provider (Settings > Webhooks > Signing secret)
ESIGN_WEBHOOK_SECRET = "⟨gs:an32⟩"

helpers do
  def verify!(payload, signature)
    digest = OpenSSL::HMAC.hexdigest("SHA256", ESIGN_WEBHOOK_SECRET, payload)
    halt 401 unless Rack::Utils.secure_compare(digest, signature.to_s)
  end
end

post "/webhooks/esign" do
  payload = request.body.read
  verify!(payload, request.env["HTTP_X_ESIGN_SIGNATURE"])
  event = JSON.parse(payload)
  logger.info "esign event #{event["type"]} for document #{event["document_id"]}"
  status 204
end

get "/" do
  session[:visits] = (session[:visits] || 0) + 1
  erb :index
end
''')


@doc('hanami-dotenv-production', 'dot-env.production', 'hanami 2 application .env.production')
def hanami(d):
    return d.T('''# Hanami 2 – production settings (loaded by dotenv, overridden by the container env)
HANAMI_ENV=production
DATABASE_URL=postgres://kurser:⟨upw:x18⟩@db.kursportalen.lan:5432/kurser_production
SESSION_SECRET=⟨gs:hex128⟩
# Payment provider (live). Publishable key is safe to expose in JS:
PAYMENT_PUBLISHABLE_KEY=⟨pk:pub_live_~an32⟩
PAYMENT_SECRET_KEY=⟨gs:an40⟩
MAILER_SMTP_ADDRESS=smtp.kursportalen.se
MAILER_SMTP_USER=⟨em:role@kursportalen.se⟩
MAILER_SMTP_PASSWORD=⟨pw:y⟩
ASSETS_HOST=https://cdn.kursportalen.se
''')


@doc('roda-sessions-plugin-rb', 'config/app.rb', 'roda application with the sessions plugin')
def roda(d):
    return d.T('''# frozen_string_literal: true

require "roda"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://tidbok:⟨upw:x16⟩@localhost/tidbok"))

class App < Roda
  plugin :sessions,
         secret: ENV.fetch("SESSION_SECRET", "⟨gs:b64_64⟩"),
         key: "tidbok.session"
  plugin :route_csrf
  plugin :json

  # API key for the reception tablets (X-Reception-Key)
  RECEPTION_KEY = "⟨gs:an32⟩"

  route do |r|
    r.root { view "index" }

    r.on "api" do
      r.halt(401) unless r.env["HTTP_X_RECEPTION_KEY"] == RECEPTION_KEY
      r.get("idag") { DB[:bokningar].where(datum: Date.today).all }
    end
  end
end
''')


@doc('go-fiber-encryptcookie-go', 'cmd/server/main.go', 'go fiber server with encryptcookie and jwt middleware keys')
def fiber(d):
    return d.T('''package main

import (
	"log"
	"os"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/encryptcookie"
)

// cookieKey must be 32 bytes base64; generated with encryptcookie.GenerateKey()
const cookieKey = "⟨gs:b64_32⟩"

func main() {
	app := fiber.New(fiber.Config{AppName: "tvattstuga v1.4"})

	app.Use(encryptcookie.New(encryptcookie.Config{Key: cookieKey}))

	signing := os.Getenv("JWT_SIGNING_KEY")
	if signing == "" {
		signing = "⟨gs:an48⟩" // fallback for the single-node install
	}
	api := app.Group("/api", jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte(signing)}}))
	api.Get("/pass", listSlots)

	log.Fatal(app.Listen(":8080"))
}

func listSlots(c *fiber.Ctx) error { return c.JSON([]string{}) }
''')


@doc('redwood-env-file', 'dot-env', 'redwoodjs project .env with dbAuth and third-party secrets')
def redwood(d):
    return d.T('''# .env – RedwoodJS (do not commit; .env.defaults holds the non-secret defaults)
DATABASE_URL=postgresql://redwood:⟨upw:x20⟩@db.forening-app.se:5432/forening?connection_limit=5
TEST_DATABASE_URL=postgresql://postgres:postgres@localhost:5432/forening_test
SESSION_SECRET=⟨gs:an64⟩
REDWOOD_ENV_ANALYTICS_ID=⟨pk:G-~AN10⟩
# Mailing (transactional)
MAIL_API_KEY=⟨gs:an48⟩
# Storage
STORAGE_ACCESS_KEY=⟨AN:20⟩
STORAGE_SECRET=⟨gs:b64_30⟩
''')


@doc('astro-env-server-secrets', 'dot-env.production', 'astro site .env.production with server-only and public variables')
def astro(d):
    return d.T('''# Astro – only PUBLIC_ variables end up in the client bundle
PUBLIC_SITE_URL=https://www.tradgardsforeningen-vasa.se
PUBLIC_MAP_TOKEN=⟨pk:pk.~b64u_60⟩
PUBLIC_FORM_SITEKEY=⟨pk:0x4AAAAAAA~an14⟩
# server-only
CMS_PREVIEW_SECRET=⟨gs:hex40⟩
CMS_API_TOKEN=⟨gs:an64⟩
TURNSTILE_SECRET_KEY=⟨gs:0x4AAAAAAA~an24⟩
NEWSLETTER_API_KEY=⟨gs:hex32~-us21⟩
''')


@doc('sylius-env-prod-local', 'dot-env.prod.local', 'sylius (symfony e-commerce) .env.prod.local')
def sylius(d):
    return d.T('''###> symfony/framework-bundle ###
APP_ENV=prod
APP_DEBUG=0
APP_SECRET=⟨gs:hex32⟩
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="mysql://sylius:⟨upw:y⟩@127.0.0.1:3306/sylius_prod?serverVersion=8.0&charset=utf8mb4"
###< doctrine/doctrine-bundle ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=⟨pw:x24⟩
###< lexik/jwt-authentication-bundle ###

###> symfony/mailer ###
MAILER_DSN=smtp://butik%40hemslojden-ost.se:⟨upw:y⟩@smtp.hemslojden-ost.se:587
###< symfony/mailer ###

###> sylius/payum ###
PAYPLUG_SECRET_KEY=⟨gs:sk_live_~an40!generic-secret|stripe-key⟩
###< sylius/payum ###
''')


@doc('shopware-env-local', 'dot-env.local', 'shopware 6 .env.local')
def shopware(d):
    return d.T('''APP_ENV=prod
APP_URL=https://shop.cykelverkstan-boras.se
APP_SECRET=⟨gs:an96⟩
INSTANCE_ID=⟨an:32⟩
DATABASE_URL=mysql://shopware:⟨upw:x20⟩@db:3306/shopware
MAILER_DSN=smtp://ordrar%40cykelverkstan-boras.se:⟨upw:y⟩@send.one.com:587
OPENSEARCH_URL=http://opensearch:9200
SHOPWARE_ES_ENABLED=0
SHOPWARE_HTTP_CACHE_ENABLED=1
SHOPWARE_HTTP_DEFAULT_TTL=7200
# Store API access key of the headless sales channel (public, sent by the PWA)
SW_ACCESS_KEY=⟨pk:SWSC~AN22⟩
# Admin API integration "ERP-sync"
ERP_INTEGRATION_ACCESS_KEY=⟨pk:SWIA~AN22⟩
ERP_INTEGRATION_SECRET=⟨gs:an54⟩
''')


@doc('navidrome-toml', 'navidrome/navidrome.toml', 'navidrome music server configuration')
def navidrome(d):
    return d.T('''MusicFolder = "/srv/musik"
DataFolder = "/var/lib/navidrome"
LogLevel = "info"
Address = "0.0.0.0"
Port = 4533
BaseUrl = "/musik"
ScanSchedule = "@every 1h"
EnableSharing = true
EnableTranscodingConfig = false
DefaultTheme = "Spotify-ish"

# Last.fm scrobbling (app "Hemmaserver" on last.fm/api/accounts)
LastFM.Enabled = true
LastFM.ApiKey = "⟨hex:32⟩"
LastFM.Secret = "⟨gs:hex32⟩"
LastFM.Language = "sv"

# Spotify artist images
Spotify.ID = "⟨hex:32⟩"
Spotify.Secret = "⟨gs:hex32⟩"

# key used to encrypt stored passwords (set once, never change)
PasswordEncryptionKey = "⟨gs:an32⟩"
''')


@doc('tandoor-recipes-env', 'tandoor/.env', 'tandoor recipes docker env file')
def tandoor(d):
    return d.T('''# only set this to true when testing/debugging
DEBUG=0
SQL_DEBUG=0
DEBUG_TOOLBAR=0
ALLOWED_HOSTS=recept.familjen-hem.se
SECRET_KEY=⟨gs:an50⟩
TZ=Europe/Stockholm

DB_ENGINE=django.db.backends.postgresql
POSTGRES_HOST=db_recipes
POSTGRES_DB=djangodb
POSTGRES_PORT=5432
POSTGRES_USER=djangouser
POSTGRES_PASSWORD=⟨pw:x20⟩

# e-mail for password resets
EMAIL_HOST=smtp.gmail.com
EMAIL_PORT=587
EMAIL_HOST_USER=⟨em:sv⟩
EMAIL_HOST_PASSWORD=⟨pw:l⟩
EMAIL_USE_TLS=1
DEFAULT_FROM_EMAIL=⟨em:role@familjen-hem.se⟩

ENABLE_SIGNUP=0
GUNICORN_MEDIA=0
''')


@doc('invidious-config-yml', 'invidious/config/config.yml', 'invidious front-end configuration')
def invidious(d):
    return d.T('''db:
  user: kemal
  password: ⟨pw:x24⟩
  host: invidious-db
  port: 5432
  dbname: invidious
check_tables: true
external_port: 443
domain: video.hemmanatet.se
https_only: true
hmac_key: "⟨gs:an20⟩"
signature_server: inv_sig_helper:12999
visitor_data: "⟨b64:60⟩"
po_token: "⟨gs:b64u_96⟩"
default_user_preferences:
  locale: sv-SE
  region: SE
  quality: dash
''')


@doc('searxng-settings-yml', 'searxng/settings.yml', 'searxng metasearch settings')
def searxng(d):
    return d.T('''use_default_settings: true
general:
  instance_name: "Sök – kontoret"
  contact_url: mailto:⟨em:role@arkitektkontoret-lund.se⟩
server:
  base_url: https://sok.arkitektkontoret-lund.se/
  secret_key: "⟨gs:hex64⟩"
  limiter: true
  image_proxy: true
redis:
  url: redis://:⟨upw:x24⟩@redis:6379/0
search:
  safe_search: 1
  autocomplete: duckduckgo
engines:
  - name: wolframalpha
    engine: wolframalpha_api
    api_key: "⟨gs:AN6~-~AN10⟩"
    disabled: true
''')


@doc('mautrix-whatsapp-config-yaml', 'mautrix-whatsapp/config.yaml', 'mautrix whatsapp matrix bridge configuration')
def mautrix(d):
    return d.T('''homeserver:
  address: https://matrix.familjen-berg.se
  domain: familjen-berg.se
  software: standard
  async_media: false

appservice:
  address: http://mautrix-whatsapp:29318
  hostname: 0.0.0.0
  port: 29318
  database:
    type: postgres
    uri: postgres://mautrix:⟨upw:x20⟩@postgres/mautrix_whatsapp?sslmode=disable
  id: whatsapp
  bot:
    username: whatsappbot
    displayname: WhatsApp bridge bot
  ephemeral_events: true
  as_token: "⟨gs:an64⟩"
  hs_token: "⟨gs:an64⟩"

bridge:
  username_template: whatsapp_{{.}}
  displayname_template: "{{or .BusinessName .PushName .JID}} (WA)"
  permissions:
    "*": relay
    "familjen-berg.se": user
    "@anders:familjen-berg.se": admin
  encryption:
    allow: true
    default: true
    pickle_key: "⟨gs:an32⟩"
  provisioning:
    prefix: /_matrix/provision
    shared_secret: "⟨gs:an64⟩"
    # shared_secret: disable
''')


@doc('codecov-coveralls-ci-yml', 'dot-github/workflows/coverage.yml', 'ci workflow uploading coverage to two services')
def codecov(d):
    return d.T('''name: coverage
on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test -- --coverage
      - name: Upload to Codecov
        uses: codecov/codecov-action@v4
        with:
          token: ⟨uuid!generic-secret⟩
          files: ./coverage/lcov.info
          fail_ci_if_error: true
      - name: Upload to Coveralls
        uses: coverallsapp/github-action@v2
        with:
          github-token: ${{ secrets.GITHUB_TOKEN }}
        env:
          COVERALLS_REPO_TOKEN: ⟨gs:an32⟩
''')


@doc('agora-token-server-env', 'token-server/.env', 'video call token server env file')
def agora(d):
    return d.T('''# RTC token server for the telehealth app
APP_ID=⟨hex:32⟩
APP_CERTIFICATE=⟨gs:hex32⟩
CUSTOMER_ID=⟨hex:32⟩
CUSTOMER_SECRET=⟨gs:hex32⟩
TOKEN_EXPIRE_SECONDS=3600
PORT=8082
CORS_ORIGIN=https://video.halsocentralen-app.se
''')


@doc('vonage-server-sdk-js', 'src/sms/vonage.js', 'node vonage server sdk initialisation for sms and voice')
def vonage(d):
    return d.T('''const { Vonage } = require('@vonage/server-sdk');
const { Auth } = require('@vonage/auth');

// SMS uses key/secret, Voice uses the application id + private key
const credentials = new Auth({
  apiKey: '⟨hex:8⟩',
  apiSecret: '⟨gs:an16⟩',
  applicationId: '⟨uuid⟩',
  privateKey: process.env.VONAGE_PRIVATE_KEY_PATH || './private.key',
});

const vonage = new Vonage(credentials);

// signature secret for inbound SMS webhooks (Settings > Signature secret)
const SIGNATURE_SECRET = '⟨gs:an48⟩';

async function sendReminder(to, text) {
  return vonage.sms.send({ to, from: 'Vardcentral', text });
}

module.exports = { vonage, sendReminder, SIGNATURE_SECRET };
''')


@doc('plivo-client-py', 'notifier/sms.py', 'python plivo client sending sms alerts')
def plivo(d):
    return d.T('''import plivo

# Account > Overview. Auth ID is an identifier, the auth token is the secret.
AUTH_ID = "MA⟨AN:18⟩"
AUTH_TOKEN = "⟨gs:an40⟩"
SRC = "⟨ph:se.mobe⟩"   # our Plivo number (rented)

client = plivo.RestClient(auth_id=AUTH_ID, auth_token=AUTH_TOKEN)


def alert(number: str, text: str) -> str:
    resp = client.messages.create(src=SRC, dst=number, text=text)
    return resp.message_uuid[0]


if __name__ == "__main__":
    print(alert("⟨ph:se.mobe⟩", "Larm: frys 3 över -12 °C"))
''')


@doc('elks46-sms-send-py', 'scripts/skicka_sms.py', 'python script sending sms through a swedish sms api with basic auth')
def elks(d):
    return d.T('''#!/usr/bin/env python3
"""Skickar påminnelse-SMS om tvättid. API-användarnamnet börjar med u, lösenordet är API-lösenordet."""
import sys
import requests

API_USERNAME = "u⟨hex:32⟩"
API_PASSWORD = "⟨gs:AN32!password|generic-secret⟩"

def skicka(till, text):
    r = requests.post(
        "https://api.46elks.com/a1/sms",
        auth=(API_USERNAME, API_PASSWORD),
        data={"from": "Tvattstugan", "to": till, "message": text},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["id"]

if __name__ == "__main__":
    for nummer in sys.argv[1:]:
        print(skicka(nummer, "Påminnelse: din tvättid börjar kl 18."))
# exempel: ./skicka_sms.py ⟨ph:se.mobe⟩ ⟨ph:se.mobe⟩
''')


@doc('klarna-payments-credentials-properties', 'src/main/resources/klarna.properties', 'java properties with payment provider api credentials')
def klarna(d):
    return d.T('''# Klarna Payments – production (EU)
klarna.api.base-url=https://api.klarna.com
klarna.api.username=PK⟨int:5⟩_⟨hex:12⟩
klarna.api.password=⟨gs:an16⟩
# playground account (test data only)
klarna.playground.base-url=https://api.playground.klarna.com
klarna.playground.username=PK⟨int:5⟩_⟨hex:12⟩
klarna.playground.password=${KLARNA_PLAYGROUND_PASSWORD}
klarna.merchant.reference-prefix=VB-
klarna.push.hmac-secret=⟨gs:b64_32⟩
''')


@doc('adyen-hmac-webhook-config-yml', 'config/payments.yml', 'payment service config with api key and webhook hmac keys')
def adyen(d):
    return d.T('''payments:
  provider: adyen
  environment: LIVE
  live_url_prefix: ⟨hex:16⟩-MatkassenNordAB
  merchant_account: MatkassenNordECOM
  api_key: "⟨gs:AQE~b64u_120⟩"
  client_key: "live_⟨AN:32⟩"   # used by the drop-in on the web, public
  webhooks:
    username: adyen-webhook
    password: "⟨pw:x20⟩"
    hmac_keys:
      - ⟨gs:HEX64⟩   # current
      - ⟨gs:HEX64⟩   # previous, remove after 2026-02-01
  recurring:
    shopper_interaction: ContAuth
''')


@doc('paypal-rest-client-config-json', 'config/paypal.production.json', 'paypal rest client configuration')
def paypal(d):
    return d.T('''{
  "mode": "live",
  "client_id": "A⟨an:79⟩",
  "client_secret": "⟨gs:E~b64u_60⟩",
  "webhook_id": "⟨AN:17⟩",
  "return_url": "https://biljett.teatern-kalmar.se/checkout/return",
  "cancel_url": "https://biljett.teatern-kalmar.se/checkout/cancel",
  "brand_name": "Teatern Kalmar"
}
''')


@doc('tink-open-banking-env', 'services/kontoinfo/.env', 'open banking aggregator client env file')
def tink(d):
    return d.T('''# Open banking (account information) – production app "Budgetkollen"
TINK_CLIENT_ID=⟨hex:32⟩
TINK_CLIENT_SECRET=⟨gs:hex32⟩
TINK_REDIRECT_URI=https://app.budgetkollen.se/callback
TINK_MARKET=SE
TINK_WEBHOOK_SECRET=⟨gs:an32⟩
# internal
KONTOINFO_DB_URL=postgres://kontoinfo:⟨upw:x20⟩@pg.budgetkollen.internal:5432/kontoinfo
ENCRYPTION_KEY=⟨gs:b64_32⟩
''')


@doc('mailchimp-marketing-client-rb', 'lib/nyhetsbrev/prenumeration.rb', 'ruby newsletter signup with the mailchimp marketing client')
def mailchimp(d):
    return d.T('''require "MailchimpMarketing"
require "digest"

module Nyhetsbrev
  LIST_ID = "⟨hex:10⟩"

  def self.client
    @client ||= MailchimpMarketing::Client.new.tap do |c|
      c.set_config(api_key: "⟨gs:hex32~-us14⟩", server: "us14")
    end
  end

  def self.prenumerera(epost, namn)
    hash = Digest::MD5.hexdigest(epost.downcase)
    client.lists.set_list_member(LIST_ID, hash, {
      email_address: epost,
      status_if_new: "pending",
      merge_fields: { FNAME: namn }
    })
  end
end
''')


@doc('postmark-server-token-cs', 'src/Notiser/EpostTjanst.cs', 'c# e-mail service using the postmark client')
def postmark(d):
    return d.T('''using PostmarkDotNet;

namespace Bokning.Notiser;

public sealed class EpostTjanst
{
    // Server API token (Servers > Bokning > API Tokens). Account token is NOT needed here.
    private const string ServerToken = "⟨uuid!generic-secret⟩";
    private static readonly PostmarkClient Client = new(ServerToken);

    public async Task SkickaBekraftelse(string till, string namn, DateTime tid)
    {
        var msg = new TemplatedPostmarkMessage
        {
            From = "⟨em:role@frisorsalongen-lyktan.se⟩",
            To = till,
            TemplateAlias = "bekraftelse",
            TemplateModel = new { namn, tid = tid.ToString("yyyy-MM-dd HH:mm") },
            MessageStream = "outbound"
        };
        var res = await Client.SendEmailWithTemplateAsync(msg);
        if (res.Status != PostmarkStatus.Success)
            throw new InvalidOperationException(res.Message);
    }
}
''')


@doc('recaptcha-verify-node-js', 'server/routes/kontakt.js', 'express route verifying a captcha and forwarding to a crm')
def recaptcha(d):
    return d.T('''const express = require('express');
const router = express.Router();

// site key is embedded in the page; the secret key stays on the server
const RECAPTCHA_SITE_KEY = '6L⟨an:38⟩';
const RECAPTCHA_SECRET_KEY = '⟨gs:6L~az_38⟩';
const CRM_API_KEY = '⟨gs:hex40⟩';

router.post('/kontakt', async (req, res) => {
  const params = new URLSearchParams({ secret: RECAPTCHA_SECRET_KEY, response: req.body['g-recaptcha-response'] });
  const v = await fetch('https://www.google.com/recaptcha/api/siteverify', { method: 'POST', body: params }).then(r => r.json());
  if (!v.success || v.score < 0.5) return res.status(400).json({ error: 'captcha' });

  await fetch('https://crm.fastighetsforvaltning-ost.se/api/leads', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': CRM_API_KEY },
    body: JSON.stringify({ namn: req.body.namn, meddelande: req.body.meddelande }),
  });
  res.json({ ok: true });
});

module.exports = { router, RECAPTCHA_SITE_KEY };
''')


@doc('librechat-dotenv', 'librechat/.env', 'librechat self-hosted ai chat .env')
def librechat(d):
    return d.T('''#=====================================================================#
#                       LibreChat Configuration                       #
#=====================================================================#
HOST=0.0.0.0
PORT=3080
MONGO_URI=mongodb://librechat:⟨upw:x20⟩@mongodb:27017/LibreChat?authSource=admin
DOMAIN_CLIENT=https://chat.konsultbolaget-ost.se
DOMAIN_SERVER=https://chat.konsultbolaget-ost.se

#===================================================#
#                     Endpoints                     #
#===================================================#
ENDPOINTS=openAI,anthropic,azureOpenAI
OPENAI_API_KEY=⟨oai⟩
ANTHROPIC_API_KEY=⟨ant⟩
# AZURE_API_KEY=user_provided

#==================================================#
#                     Security                     #
#==================================================#
CREDS_KEY=⟨gs:hex64⟩
CREDS_IV=⟨hex:32⟩
JWT_SECRET=⟨gs:hex64⟩
JWT_REFRESH_SECRET=⟨gs:hex64⟩
ALLOW_REGISTRATION=false
ALLOW_SOCIAL_LOGIN=true
OPENID_CLIENT_ID=⟨uuid⟩
OPENID_CLIENT_SECRET=⟨gs:an40⟩
OPENID_ISSUER=https://login.microsoftonline.com/⟨uuid⟩/v2.0
OPENID_SESSION_SECRET=⟨gs:an48⟩
''')


@doc('continue-dev-config-json', 'dot-continue/config.json', 'ai coding assistant ide extension config with model api keys')
def continue_dev(d):
    return d.T('''{
  "models": [
    {
      "title": "Claude (team key)",
      "provider": "anthropic",
      "model": "claude-3-5-sonnet-latest",
      "apiKey": "⟨ant⟩"
    },
    {
      "title": "GPT-4o",
      "provider": "openai",
      "model": "gpt-4o",
      "apiKey": "⟨oai⟩"
    },
    {
      "title": "Lokal Llama",
      "provider": "ollama",
      "model": "llama3.1:8b",
      "apiBase": "http://192.168.1.50:11434"
    }
  ],
  "tabAutocompleteModel": {
    "title": "Codestral",
    "provider": "mistral",
    "model": "codestral-latest",
    "apiKey": "⟨gs:an32⟩"
  },
  "contextProviders": [
    { "name": "code" },
    { "name": "docs" },
    { "name": "jira", "params": { "domain": "konsultbolaget.atlassian.net", "token": "⟨gs:ATATT3x~b64u_140⟩" } }
  ],
  "allowAnonymousTelemetry": false
}
''')


@doc('aider-conf-yml', 'home/utv/.aider.conf.yml', 'ai pair programming cli configuration')
def aider(d):
    return d.T('''##########################################################
# Sample .aider.conf.yml
# Place in your home dir, or at the root of your git repo.
##########################################################

## Specify the OpenAI API key
openai-api-key: ⟨oai⟩

## Specify the Anthropic API key
anthropic-api-key: ⟨ant⟩

## Specify the model to use for the main chat
model: sonnet

## Other providers: api-key is a list of provider=key
api-key:
  - gemini=⟨aiza⟩
  - deepseek=⟨gs:sk-~hex32⟩

dark-mode: true
auto-commits: false
''')
