"""Generic secrets in CLI configs, SDK initialisation, app frameworks, IoT firmware configs,
with public ids, hashes and publishable keys beside them."""
import json

from core import (Doc, doc, T, alnum, lower_alnum, hexs, b64, b64url, uuid4, sha1, sha256, ts, iso, fmt_t,
                  password, email, role_email, jesc, urlenc, rnd, ssh_pub, recaptcha_site, apns_token, fcm_token,
                  akid, aws_secret, ipv4_private, UP, LO, DG, AN)


@doc
def akamai_edgerc():
    d = Doc("akamai-edgerc", "dot-edgerc", "cdn api credentials file")
    r = d.rng
    secs = []
    for name in ("default", "ccu"):
        host = d.X(f"akab-{lower_alnum(r, 16)}-{lower_alnum(r, 16)}.luna.akamaiapis.net")
        cs = d.L("generic-secret", b64(r, 32))
        at = d.L("generic-secret", f"akab-{lower_alnum(r, 16)}-{lower_alnum(r, 16)}")
        ct = d.L("generic-secret", f"akab-{lower_alnum(r, 16)}-{lower_alnum(r, 16)}")
        secs.append((name, host, cs, at, ct))
    out = ["; ~/.edgerc — Akamai EdgeGrid credentials",
           "; [default] = property manager read/write (API client 'pm-automation', created 2025-09-18 by nyman)",
           "; [ccu]     = fast purge only",
           ""]
    for name, host, cs, at, ct in secs:
        out += [f"[{name}]", f"client_secret = {cs}", f"host = {host}", f"access_token = {at}",
                f"client_token = {ct}", "max-body = 131072", ""]
    out += ["[ccu-staging]", "; revoked 2026-01-08, kept for reference",
            "client_secret = <revoked>", "host = akab-staging.luna.akamaiapis.net",
            "access_token = <revoked>", "client_token = <revoked>", ""]
    d.text = "\n".join(out)
    return d


@doc
def databrickscfg():
    d = Doc("databrickscfg", "dot-databrickscfg", "data platform cli config")
    r = d.rng
    toks = [d.L("generic-secret", "dapi" + hexs(r, 32)) for _ in range(3)]
    acs = d.L("generic-secret", alnum(r, 8) + "~" + b64url(r, 24)[:30])
    ws = [d.X(str(r.randint(1000000000000000, 9999999999999999))) for _ in range(3)]
    d.text = T('''; ~/.databrickscfg  (databricks-cli 0.235)
[DEFAULT]
host  = https://adb-⟨w0⟩.7.azuredatabricks.net
token = ⟨t0⟩

[analys-prod]
host      = https://adb-⟨w1⟩.11.azuredatabricks.net
token     = ⟨t1⟩
cluster_id = 0127-091544-x7k2abcd

[ml-staging]
host  = https://adb-⟨w2⟩.3.azuredatabricks.net
token = ⟨t2⟩
jobs-api-version = 2.1

[ml-sp]
; service principal for the nightly feature pipeline
host                = https://adb-⟨w2⟩.3.azuredatabricks.net
azure_tenant_id     = ⟨ten⟩
azure_client_id     = ⟨cli⟩
azure_client_secret = ⟨acs⟩
''', w0=ws[0], w1=ws[1], w2=ws[2], t0=toks[0], t1=toks[1], t2=toks[2], ten=d.X(uuid4(r)), cli=d.X(uuid4(r)), acs=acs)
    return d


@doc
def algolia():
    d = Doc("algolia-client-code", "search_indexer.py", "python search indexing code")
    r = d.rng
    app = d.X(rnd(r, UP + DG, 10))
    admin = d.L("generic-secret", hexs(r, 32))
    search = d.X(hexs(r, 32))
    writek = d.L("generic-secret", hexs(r, 32))
    d.text = T('''"""Reindex the product catalogue into Algolia (run by the catalogue-worker after each import)."""
import logging
import os

from algoliasearch.search.client import SearchClientSync

log = logging.getLogger(__name__)

ALGOLIA_APP_ID = os.getenv("ALGOLIA_APP_ID", "⟨app⟩")
# Admin API key: full rights incl. deleting indices. Server side only!
ALGOLIA_ADMIN_KEY = os.getenv("ALGOLIA_ADMIN_KEY", "⟨admin⟩")
# Search-only key, also shipped to the browser in templates/base.html
ALGOLIA_SEARCH_KEY = "⟨search⟩"

# restricted key for the suggestions index (addObject, deleteObject on query_suggestions_*)
SUGGESTIONS_WRITE_KEY = "⟨writek⟩"


def client(admin=True):
    return SearchClientSync(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY if admin else ALGOLIA_SEARCH_KEY)


def reindex(products):
    c = client()
    objs = [{"objectID": p["sku"], "name": p["name"], "price": p["price"], "brand": p.get("brand")} for p in products]
    res = c.replace_all_objects("products_sv", objs, batch_size=1000)
    log.info("reindexed %d products (task %s)", len(objs), res.copy_operation_response.task_id)


def push_suggestions(rows):
    c = SearchClientSync(ALGOLIA_APP_ID, SUGGESTIONS_WRITE_KEY)
    c.save_objects("query_suggestions_sv", rows)
''', app=app, admin=admin, search=search, writek=writek)
    return d


@doc
def pusher_ably():
    d = Doc("pusher-ably-server-code", "realtime.js", "node realtime sdk code")
    r = d.rng
    app_id = d.X(str(r.randint(1000000, 1999999)))
    key = d.X(hexs(r, 20))
    sec = d.L("generic-secret", hexs(r, 20))
    ably_id = alnum(r, 6) + "." + alnum(r, 6)
    ably = d.L("generic-secret", ably_id + ":" + b64url(r, 32)[:43])
    d.text = T('''// Realtime fan-out for the auction pages. Pusher for web clients, Ably for the mobile apps.
const Pusher = require('pusher');
const Ably = require('ably');

const pusher = new Pusher({
  appId: '⟨app⟩',
  key: '⟨key⟩', // public, also in client bundle
  secret: '⟨sec⟩',
  cluster: 'eu',
  useTLS: true,
});

const ably = new Ably.Rest({ key: '⟨ably⟩' });

async function bidPlaced(lot, bid) {
  const payload = { lot: lot.id, amount: bid.amount, bidder: bid.alias, at: Date.now() };
  await Promise.all([
    pusher.trigger(`private-lot-${lot.id}`, 'bid', payload),
    ably.channels.get(`lot:${lot.id}`).publish('bid', payload),
  ]);
}

function authorizeChannel(socketId, channel, user) {
  if (!user || !channel.startsWith('private-lot-')) return null;
  return pusher.authorizeChannel(socketId, channel);
}

module.exports = { bidPlaced, authorizeChannel };
''', app=app_id, key=key, sec=sec, ably=ably)
    return d


@doc
def launchdarkly():
    d = Doc("launchdarkly-sdk-config", "featureflags.yaml", "feature flag sdk config")
    r = d.rng
    sk1 = d.L("generic-secret", "sdk-" + uuid4(r))
    sk2 = d.L("generic-secret", "sdk-" + uuid4(r))
    c1, c2 = d.X(hexs(r, 24)), d.X(hexs(r, 24))
    d.text = T('''# config/featureflags.yaml — loaded by FlagsModule (Spring Boot), see ADR-014
launchdarkly:
  enabled: true
  environments:
    production:
      sdk-key: ⟨sk1⟩
      client-side-id: ⟨c1⟩   # public, used by the React app
      events-uri: https://events.launchdarkly.com
    staging:
      sdk-key: ⟨sk2⟩
      client-side-id: ⟨c2⟩
  offline-when-missing: true
  flush-interval: 5s
  private-attributes:
    - email
    - personnummer
defaults:
  new-checkout: false
  klarna-v2: true
''', sk1=sk1, sk2=sk2, c1=c1, c2=c2)
    return d


@doc
def mixpanel_amplitude():
    d = Doc("mixpanel-amplitude-export-scripts", "export_events.sh", "analytics export script")
    r = d.rng
    mp_tok = d.X(hexs(r, 32))
    mp_sec = d.L("generic-secret", hexs(r, 32))
    sa_user = d.X("export-bot." + lower_alnum(r, 6) + ".mp-service-account")
    sa_sec = d.L("generic-secret", alnum(r, 32))
    amp_key = d.X(hexs(r, 32))
    amp_sec = d.L("generic-secret", hexs(r, 32))
    d.text = T('''#!/usr/bin/env bash
# Daily raw-event export from Mixpanel and Amplitude into the warehouse bucket.
# cron: 15 3 * * *  /opt/analytics/export_events.sh >> /var/log/analytics-export.log 2>&1
set -euo pipefail

DAY=$(date -d yesterday +%F)
OUT=/data/raw/$DAY
mkdir -p "$OUT"

# --- Mixpanel -----------------------------------------------------------
MIXPANEL_PROJECT_ID=3310452
MIXPANEL_PROJECT_TOKEN=⟨mp_tok⟩          # the one in the web snippet, not a secret
MIXPANEL_API_SECRET=⟨mp_sec⟩             # legacy, only used by the old importer
MIXPANEL_SA_USER=⟨sa_user⟩
MIXPANEL_SA_SECRET=⟨sa_sec⟩

curl -fsS --compressed -u "$MIXPANEL_SA_USER:$MIXPANEL_SA_SECRET" \\
  "https://data-eu.mixpanel.com/api/2.0/export?project_id=$MIXPANEL_PROJECT_ID&from_date=$DAY&to_date=$DAY" \\
  -o "$OUT/mixpanel.ndjson"

# --- Amplitude ----------------------------------------------------------
AMPLITUDE_API_KEY=⟨amp_key⟩
AMPLITUDE_SECRET_KEY=⟨amp_sec⟩

curl -fsS -u "$AMPLITUDE_API_KEY:$AMPLITUDE_SECRET_KEY" \\
  "https://analytics.eu.amplitude.com/api/2/export?start=${DAY//-/}T00&end=${DAY//-/}T23" \\
  -o "$OUT/amplitude.zip"

gsutil -q cp -r "$OUT" gs://lagerhuset-raw-events/
echo "$(date -Is) export $DAY ok"
''', mp_tok=mp_tok, mp_sec=mp_sec, sa_user=sa_user, sa_sec=sa_sec, amp_key=amp_key, amp_sec=amp_sec)
    return d


@doc
def craftcms_env():
    d = Doc("craftcms-env", "dot-env", "cms env file")
    r = d.rng
    key = d.L("generic-secret", b64url(r, 24))
    pw = d.L("password", password(r, "mixed", punct="!#%-_.+=?@^"))
    appid = d.X("CraftCMS--" + uuid4(r))
    d.text = T('''# Craft CMS 5 — production (web01.kulturhuset-vast.se)
CRAFT_APP_ID=⟨appid⟩
CRAFT_ENVIRONMENT=production
CRAFT_SECURITY_KEY=⟨key⟩
CRAFT_DEV_MODE=false
CRAFT_ALLOW_ADMIN_CHANGES=false
CRAFT_DISALLOW_ROBOTS=false

CRAFT_DB_DRIVER=mysql
CRAFT_DB_SERVER=db01.kulturhuset-vast.se
CRAFT_DB_PORT=3306
CRAFT_DB_DATABASE=craft_kulturhuset
CRAFT_DB_USER=craft
CRAFT_DB_PASSWORD="⟨pw⟩"
CRAFT_DB_SCHEMA=public
CRAFT_DB_TABLE_PREFIX=

PRIMARY_SITE_URL=https://www.kulturhuset-vast.se
ASSETS_BASE_URL=https://media.kulturhuset-vast.se
MAILER_TRANSPORT=smtp
MAILER_HOST=smtp.kulturhuset-vast.se
''', appid=appid, key=key, pw=pw)
    return d


@doc
def payload_env():
    d = Doc("payload-cms-env", "dot-env.production", "headless cms env file")
    r = d.rng
    ps = d.L("generic-secret", hexs(r, 48))
    prev = d.L("generic-secret", b64url(r, 24))
    pw = d.L("url-credentials|password", password(r, "alnum", n=22))
    rk = d.L("generic-secret", "re_" + alnum(r, 8) + "_" + alnum(r, 24))
    ak = d.L("aws-access-key-id", akid(r))
    sk = d.L("aws-secret-key", aws_secret(r))
    d.text = T('''# Payload 3 on Railway — copy of the service variables, 2026-01-15
PAYLOAD_SECRET=⟨ps⟩
PAYLOAD_PUBLIC_SERVER_URL=https://cms.vinbaren-goteborg.se
PREVIEW_SECRET=⟨prev⟩
DATABASE_URI=postgresql://payload:⟨pw⟩@monorail.proxy.rlwy.net:41822/railway
RESEND_API_KEY=⟨rk⟩
S3_BUCKET=vinbaren-media
S3_REGION=eu-north-1
S3_ACCESS_KEY_ID=⟨ak⟩
S3_SECRET_ACCESS_KEY=⟨sk⟩
NEXT_PUBLIC_SITE_URL=https://www.vinbaren-goteborg.se
NODE_OPTIONS=--max-old-space-size=2048
''', ps=ps, prev=prev, pw=pw, rk=rk, ak=ak, sk=sk)
    return d


@doc
def frappe_site_config():
    d = Doc("frappe-site-config-json", "site_config.json", "erp site config")
    r = d.rng
    enc = d.L("generic-secret", b64url(r, 32) + "=")
    dbp = d.L("password", alnum(r, 16))
    admin = d.L("password", password(r, "words"))
    cfg = {"db_name": "_" + hexs(r, 16), "db_password": dbp, "db_type": "mariadb",
           "encryption_key": enc, "admin_password": admin,
           "host_name": "https://erp.snickeriet-dalarna.se", "maintenance_mode": 0,
           "mute_emails": 0, "developer_mode": 0, "user_type_doctype_limit": {"employee_self_service": 40},
           "limits": {"space_usage": {"backup_size": 1.2, "database_size": 380.4, "files_size": 2210.0, "total": 2591.6}}}
    d.text = json.dumps(cfg, indent=1) + "\n"
    return d


@doc
def redash_env():
    d = Doc("redash-env", "env", "bi tool env file")
    r = d.rng
    cookie = d.L("generic-secret", hexs(r, 64))
    sk = d.L("generic-secret", alnum(r, 44))
    pw = d.L("url-credentials|password", alnum(r, 24))
    d.text = T('''# /opt/redash/env — generated by setup.sh on 2025-10-02, edited since
PYTHONUNBUFFERED=0
REDASH_LOG_LEVEL=INFO
REDASH_REDIS_URL=redis://redis:6379/0
POSTGRES_PASSWORD=⟨pw⟩
REDASH_COOKIE_SECRET=⟨cookie⟩
REDASH_SECRET_KEY=⟨sk⟩
REDASH_DATABASE_URL=postgresql://postgres:⟨pw⟩@postgres/postgres
REDASH_MAIL_SERVER=smtp-relay.brevo.com
REDASH_MAIL_PORT=587
REDASH_MAIL_USE_TLS=true
REDASH_MAIL_USERNAME=
REDASH_MAIL_PASSWORD=
REDASH_MAIL_DEFAULT_SENDER=redash@example.org
REDASH_HOST=https://bi.fjarrvarme-norr.se
REDASH_GOOGLE_CLIENT_ID=
REDASH_GOOGLE_CLIENT_SECRET=
''', pw=pw, cookie=cookie, sk=sk)
    return d


@doc
def tooljet_env():
    d = Doc("tooljet-env", "dot-env", "low-code platform env file")
    r = d.rng
    skb = d.L("generic-secret", hexs(r, 128))
    lock = d.L("generic-secret", hexs(r, 64))
    pw = d.L("password", password(r, "mixed", punct="-_.!"))
    d.text = T('''# ToolJet (internal tools) — docker compose .env
TOOLJET_HOST=https://verktyg.akeri-hallands.se
SERVE_CLIENT=true
LOCKBOX_MASTER_KEY=⟨lock⟩
SECRET_KEY_BASE=⟨skb⟩
PG_DB=tooljet_production
PG_USER=tooljet
PG_HOST=postgres
PG_PASS=⟨pw⟩
TOOLJET_DB=tooljet_db
TOOLJET_DB_USER=tooljet
TOOLJET_DB_HOST=postgres
TOOLJET_DB_PASS=⟨pw⟩
PGRST_HOST=postgrest
PGRST_JWT_SECRET=${SECRET_KEY_BASE}
DISABLE_SIGNUPS=true
CHECK_FOR_UPDATES=false
TELEMETRY_ENABLED=false
''', lock=lock, skb=skb, pw=pw)
    return d


@doc
def nocodb_env():
    d = Doc("nocodb-env", "nocodb.env", "no-code database env file")
    r = d.rng
    jw = d.L("generic-secret", b64url(r, 32))
    pw = d.L("password", password(r, "mixed", punct="!*-_.~"))
    adm = d.L("password", password(r, "pron"))
    d.text = T('''# NocoDB for the volunteer coordination base
NC_DB=pg://pg.drift.frivilligcentralen.se:5432?u=nocodb&p=⟨pwe⟩&d=nocodb
NC_AUTH_JWT_SECRET=⟨jw⟩
NC_PUBLIC_URL=https://data.frivilligcentralen.se
NC_ADMIN_EMAIL=admin@example.net
NC_ADMIN_PASSWORD=⟨adm⟩
NC_DISABLE_TELE=true
NC_INVITE_ONLY_SIGNUP=true
NC_SMTP_HOST=localhost
NC_SMTP_PORT=25
''', pwe=pw, jw=jw, adm=adm)
    return d


@doc
def bbb_properties():
    d = Doc("bigbluebutton-properties", "bbb-web.properties", "web conferencing server config")
    r = d.rng
    salt = d.L("generic-secret", alnum(r, 48))
    rp = d.L("password", alnum(r, 20))
    d.text = T('''#
# /etc/bigbluebutton/bbb-web.properties — overrides for the school district server
#
bigbluebutton.web.serverURL=https://mote.skolomrade-norr.se
securitySalt=⟨salt⟩
supportedChecksumAlgorithms=sha256,sha384,sha512

defaultWelcomeMessage=Välkommen till <b>%%CONFNAME%%</b>!
defaultWelcomeMessageFooter=Spelas mötet in visas en röd punkt.
defaultMaxUsers=60
defaultMeetingDuration=240
maxNumPages=200
allowRequestsWithoutSession=false
learningDashboardEnabled=true

redisHost=127.0.0.1
redisPort=6379
redisPassword=⟨rp⟩

defaultGuestPolicy=ASK_MODERATOR
breakoutRoomsEnabled=true
''', salt=salt, rp=rp)
    return d


@doc
def tornado_settings():
    d = Doc("tornado-app-settings", "settings.py", "python web framework settings")
    r = d.rng
    cs = d.L("generic-secret", b64(r, 32))
    tw = d.L("generic-secret", alnum(r, 50))
    twk = d.X(alnum(r, 25))
    d.text = T('''"""Tornado application settings for the kiosk backend (see app.py: tornado.web.Application(**settings))."""
import os

BASE = os.path.dirname(__file__)

settings = dict(
    debug=os.environ.get("KIOSK_DEBUG") == "1",
    template_path=os.path.join(BASE, "templates"),
    static_path=os.path.join(BASE, "static"),
    xsrf_cookies=True,
    cookie_secret=os.environ.get("KIOSK_COOKIE_SECRET", "⟨cs⟩"),
    login_url="/login",
    # "Sign in with X" for the visitor guestbook
    twitter_consumer_key="⟨twk⟩",
    twitter_consumer_secret="⟨tw⟩",
    websocket_ping_interval=20,
    compress_response=True,
)

DB_DSN = os.environ.get("KIOSK_DB", "sqlite:///var/lib/kiosk/kiosk.db")
''', cs=cs, tw=tw, twk=twk)
    return d


@doc
def beego_conf():
    d = Doc("beego-app-conf", "app.conf", "go web framework config")
    r = d.rng
    jw = d.L("generic-secret", alnum(r, 40))
    hk = d.L("generic-secret", hexs(r, 32))
    pw = d.L("password", password(r, "mixed", punct="!#%-_.+?@"))
    d.text = T('''appname = hamnportal
httpport = 8080
runmode = "${BEEGO_RUNMODE||prod}"
autorender = false
copyrequestbody = true
EnableDocs = false

sessionon = true
sessionprovider = redis
sessionproviderconfig = "127.0.0.1:6379,100"
sessionname = hpsid
sessionhashkey = ⟨hk⟩

[prod]
mysqluser = hamnportal
mysqlpass = ⟨pw⟩
mysqlurls = db-prod.hamnen.lan:3306
mysqldb   = hamnportal
jwtsecret = ⟨jw⟩
jwtexpire = 3600
oauth_gitea_client_id = ⟨gid⟩
oauth_gitea_client_secret = ⟨gcs⟩

[dev]
mysqluser = root
mysqlpass = root
mysqlurls = 127.0.0.1:3306
mysqldb   = hamnportal_dev
jwtsecret = dev
''', hk=hk, pw=pw, jw=jw, gid=d.X(uuid4(r)), gcs=d.L("generic-secret", "gto_" + lower_alnum(r, 52)))
    return d


@doc
def litestar_config():
    d = Doc("litestar-app-config", "config.py", "python web framework settings")
    r = d.rng
    sk = d.L("generic-secret", b64url(r, 32))
    wh = d.L("generic-secret", "whsec_" + b64(r, 24))
    d.text = T('''from __future__ import annotations

from functools import lru_cache

from pydantic import Field, PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings for the booking API. Values come from the environment (prefix BOOK_)."""

    model_config = SettingsConfigDict(env_prefix="BOOK_", env_file=".env", extra="ignore")

    debug: bool = False
    database_url: PostgresDsn = Field(default="postgresql+asyncpg://booking@db/booking")
    secret_key: str = "⟨sk⟩"
    session_max_age: int = 60 * 60 * 8
    allowed_origins: list[str] = ["https://boka.simhallen-lerum.se"]
    # Svix-style signing secret for outgoing webhooks to the municipality
    webhook_signing_secret: str = "⟨wh⟩"
    sms_sender: str = "Simhallen"
    password_min_length: int = 10


@lru_cache
def get_settings() -> Settings:
    return Settings()
''', sk=sk, wh=wh)
    return d


@doc
def koa_keys():
    d = Doc("koa-session-keys-js", "server.js", "node web framework code")
    r = d.rng
    k1, k2 = d.L("generic-secret", b64(r, 24)), d.L("generic-secret", b64(r, 24))
    csrf = d.L("generic-secret", hexs(r, 40))
    d.text = T('''const Koa = require('koa');
const session = require('koa-session');
const CSRF = require('koa-csrf');
const bodyParser = require('koa-bodyparser');
const router = require('./routes');

const app = new Koa();

// Signed cookie keys, newest first. Rotate by prepending a new key.
app.keys = process.env.COOKIE_KEYS
  ? process.env.COOKIE_KEYS.split(',')
  : ['⟨k1⟩', '⟨k2⟩'];

app.use(session({ key: 'fs.sess', maxAge: 86400000, sameSite: 'lax', secure: true }, app));
app.use(bodyParser());
app.use(new CSRF({ invalidTokenMessage: 'Ogiltig CSRF-token', secret: '⟨csrf⟩' }));
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 3000, () => console.log('föreningssidan lyssnar'));
''', k1=k1, k2=k2, csrf=csrf)
    return d


@doc
def phalcon_config():
    d = Doc("phalcon-config-php", "config.php", "php framework config")
    r = d.rng
    ck = d.L("generic-secret", alnum(r, 32))
    pw = d.L("password", password(r, "mixed", punct="!#%-_.+=?@"))
    d.text = T('''<?php
/*
 * app/config/config.php — Phalcon 5, ticket shop
 */
use Phalcon\\Config\\Config;

defined('BASE_PATH') || define('BASE_PATH', getenv('BASE_PATH') ?: realpath(dirname(__FILE__) . '/../..'));
defined('APP_PATH') || define('APP_PATH', BASE_PATH . '/app');

return new Config([
    'database' => [
        'adapter'  => 'Mysql',
        'host'     => 'db.biljettkassan.lan',
        'username' => 'biljett',
        'password' => '⟨pw⟩',
        'dbname'   => 'biljettkassan',
        'charset'  => 'utf8mb4',
    ],
    'application' => [
        'appDir'         => APP_PATH . '/',
        'controllersDir' => APP_PATH . '/controllers/',
        'modelsDir'      => APP_PATH . '/models/',
        'viewsDir'       => APP_PATH . '/views/',
        'cacheDir'       => BASE_PATH . '/cache/',
        'baseUri'        => '/',
        'cryptKey'       => '⟨ck⟩',
    ],
    'swish' => [
        'merchant'    => '1231181189',
        'callbackUrl' => 'https://biljettkassan.se/swish/callback',
        'certPath'    => '/etc/biljettkassan/swish.p12',
    ],
]);
''', pw=pw, ck=ck)
    return d


@doc
def viper_defaults():
    d = Doc("go-viper-defaults", "defaults.go", "go config code")
    r = d.rng
    wh = d.L("generic-secret", "whsec_" + b64(r, 24))
    hm = d.L("generic-secret", hexs(r, 64))
    ek = d.L("generic-secret", b64(r, 32))
    sw = d.L("generic-secret", alnum(r, 48))
    d.text = T('''package config

import (
	"strings"
	"time"

	"github.com/spf13/viper"
)

// SetDefaults registers defaults. Anything secret is overridden from the
// environment in production (PAYSVC_*), the literals are for docker-compose.
func SetDefaults(v *viper.Viper) {
	v.SetEnvPrefix("PAYSVC")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	v.SetDefault("http.addr", ":8080")
	v.SetDefault("http.read_timeout", 10*time.Second)
	v.SetDefault("db.dsn", "postgres://paysvc@localhost:5432/paysvc?sslmode=disable")

	v.SetDefault("stripe.webhook_secret", "⟨wh⟩")
	v.SetDefault("receipts.hmac_key", "⟨hm⟩")
	// AES-256-GCM key for card fingerprints at rest (base64, 32 bytes)
	v.SetDefault("vault.encryption_key", "⟨ek⟩")

	v.SetDefault("swish.callback_secret", "⟨sw⟩")
	v.SetDefault("features.swish", true)
	v.SetDefault("build.commit", "⟨sha⟩")
}
''', wh=wh, hm=hm, ek=ek, sw=sw, sha=d.X(sha1(r)))
    return d


@doc
def t3_env():
    d = Doc("t3-env-schema-ts", "env.ts", "typescript env schema")
    r = d.rng
    ns = d.L("generic-secret", b64(r, 32))
    gh = d.L("generic-secret", hexs(r, 40))
    ghid = d.X("Ov23li" + alnum(r, 14))
    pk = d.X("pk_live_" + alnum(r, 40))
    ph = d.X("phc_" + alnum(r, 43))
    d.text = T('''import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    // shared preview deployments use these defaults; prod overrides them in Vercel
    NEXTAUTH_SECRET: z.string().min(32).default('⟨ns⟩'),
    GITHUB_CLIENT_ID: z.string().default('⟨ghid⟩'),
    GITHUB_CLIENT_SECRET: z.string().default('⟨gh⟩'),
  },
  client: {
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().default('⟨pk⟩'),
    NEXT_PUBLIC_POSTHOG_KEY: z.string().default('⟨ph⟩'),
    NEXT_PUBLIC_POSTHOG_HOST: z.string().default('https://eu.i.posthog.com'),
  },
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    NODE_ENV: process.env.NODE_ENV,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
    GITHUB_CLIENT_ID: process.env.GITHUB_CLIENT_ID,
    GITHUB_CLIENT_SECRET: process.env.GITHUB_CLIENT_SECRET,
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
    NEXT_PUBLIC_POSTHOG_KEY: process.env.NEXT_PUBLIC_POSTHOG_KEY,
    NEXT_PUBLIC_POSTHOG_HOST: process.env.NEXT_PUBLIC_POSTHOG_HOST,
  },
  emptyStringAsUndefined: true,
});
''', ns=ns, gh=gh, ghid=ghid, pk=pk, ph=ph)
    return d


@doc
def arduino_secrets():
    d = Doc("arduino-secrets-h", "arduino_secrets.h", "firmware secrets header")
    r = d.rng
    pw = d.L("password", password(r, "words"))
    dk = d.L("generic-secret", alnum(r, 20))
    did = d.X(uuid4(r))
    d.text = T('''// arduino_secrets.h — Arduino IoT Cloud sketch "Vaxthus_Klimat_jan26"
// This tab is generated by the Cloud Editor; values are per device.
#define SECRET_SSID "Vaxthuset-2G"
#define SECRET_OPTIONAL_PASS "⟨pw⟩"
#define SECRET_DEVICE_KEY "⟨dk⟩"

// thingProperties.h uses:  const char DEVICE_LOGIN_NAME[] = "⟨did⟩";
''', pw=pw, dk=dk, did=did)
    return d


@doc
def platformio_ini():
    d = Doc("platformio-ini", "platformio.ini", "embedded build config")
    r = d.rng
    wp = d.L("password", password(r, "mixed", punct="!#%-_.+=?@"))
    mp = d.L("password", alnum(r, 18))
    ota = d.L("password", password(r, "pron"))
    api = d.L("generic-secret", hexs(r, 32))
    d.text = T('''; PlatformIO Project Configuration File — energy meter reader (ESP32-C3)
; https://docs.platformio.org/page/projectconf.html

[platformio]
default_envs = c3-mini

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.2.1
build_flags =
    -DWIFI_SSID=\\"Elmatare\\"
    -DWIFI_PASSWORD=\\"⟨wp⟩\\"
    -DMQTT_HOST=\\"mqtt.energi-koop.lan\\"
    -DMQTT_USER=\\"meter\\"
    -DMQTT_PASS=\\"⟨mp⟩\\"
    -DCLOUD_API_KEY=\\"⟨api⟩\\"
    -DCORE_DEBUG_LEVEL=1

[env:c3-mini]
platform = espressif32@6.9.0
board = lolin_c3_mini

[env:c3-mini-ota]
extends = env:c3-mini
upload_protocol = espota
upload_port = 192.168.40.31
upload_flags =
    --auth=⟨ota⟩
''', wp=wp, mp=mp, api=api, ota=ota)
    return d


@doc
def micropython_config():
    d = Doc("micropython-config-py", "config.py", "microcontroller config module")
    r = d.rng
    wp = d.L("password", password(r, "human"))
    aio = d.L("generic-secret", "aio_" + alnum(r, 28))
    mp = d.L("password", alnum(r, 16))
    d.text = T('''# config.py — copied to the Pico W with `mpremote cp config.py :`
# Weather station in the allotment garden (koloni 14)

WIFI_SSID = "Koloni14"
WIFI_PASSWORD = "⟨wp⟩"
WIFI_COUNTRY = "SE"

# Adafruit IO dashboard "kolonin"
AIO_USERNAME = "kolonilotten14"
AIO_KEY = "⟨aio⟩"

# local Home Assistant broker
MQTT_BROKER = "192.168.1.10"
MQTT_PORT = 1883
MQTT_USER = "picow"
MQTT_PASSWORD = "⟨mp⟩"
MQTT_TOPIC = "koloni/väder"

SAMPLE_EVERY_S = 300
DEEPSLEEP = True
''', wp=wp, aio=aio, mp=mp)
    return d


@doc
def esp_idf_sdkconfig():
    d = Doc("esp-idf-sdkconfig", "sdkconfig.defaults", "embedded sdk config")
    r = d.rng
    wp = d.L("password", password(r, "mixed", punct="!#%-_.+=?@"))
    mp = d.L("password", alnum(r, 20))
    d.text = T('''# sdkconfig.defaults for the door controller (ESP-IDF v5.3)
CONFIG_IDF_TARGET="esp32s3"
CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y
CONFIG_PARTITION_TABLE_CUSTOM=y
CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions.csv"

#
# Door controller
#
CONFIG_DOOR_WIFI_SSID="Porten-IoT"
CONFIG_DOOR_WIFI_PASSWORD="⟨wp⟩"
CONFIG_DOOR_WIFI_MAXIMUM_RETRY=10
CONFIG_DOOR_MQTT_URI="mqtts://mqtt.fastighet-syd.se:8883"
CONFIG_DOOR_MQTT_USERNAME="door-b12"
CONFIG_DOOR_MQTT_PASSWORD="⟨mp⟩"
CONFIG_DOOR_RELAY_GPIO=4

CONFIG_ESP_TLS_USING_MBEDTLS=y
CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y
CONFIG_LOG_DEFAULT_LEVEL_INFO=y
CONFIG_FREERTOS_HZ=1000
''', wp=wp, mp=mp)
    return d


@doc
def azdo_variable_group():
    d = Doc("azdo-variable-group-json", "variable-groups.json", "ci variable group export")
    r = d.rng
    s1 = d.L("generic-secret", alnum(r, 32))
    s2 = d.L("generic-secret", b64(r, 32))
    s3 = d.L("generic-secret", "sntrys_" + b64url(r, 60))
    pw = d.L("password", password(r, "mixed", punct="!#%-_.+=?@"))
    t = iso(ts(r), ms=True)
    vg = [{
        "id": 14, "name": "app-prod", "type": "Vsts", "description": "Production settings for the booking web",
        "createdBy": {"displayName": "Pipeline admin", "id": uuid4(r), "uniqueName": "pipeline-admin@example.com"},
        "createdOn": t, "isShared": False,
        "variables": {
            "ApiBaseUrl": {"value": "https://api.bokningen.se"},
            "Sendgrid.Template.Welcome": {"value": "d-" + d.X(hexs(r, 32))},
            "PaymentProvider.ApiKey": {"isSecret": True, "value": None},
            "PaymentProvider.MerchantId": {"value": "BKN-" + str(r.randint(100000, 999999))},
            "Search.AdminKey": {"value": s1},
            "DataProtection.MasterKey": {"value": s2},
            "SqlAdminPassword": {"value": pw},
            "SENTRY_AUTH_TOKEN": {"value": s3},
            "Maps.ServerApiKey": {"value": d.L("generic-secret", alnum(r, 40))},
            "BuildCommit": {"value": d.X(sha1(r))},
        },
        "variableGroupProjectReferences": [{"name": "app-prod", "projectReference": {"id": uuid4(r), "name": "Bokningen"}}],
    }]
    d.text = "$ az pipelines variable-group list --org https://dev.azure.com/bokningen --project Bokningen --group-name app-prod -o json\n" + json.dumps(vg, indent=2) + "\n"
    return d


@doc
def netlify_env():
    d = Doc("netlify-env-list-json", "env-production.json", "hosting cli output")
    r = d.rng
    vals = {
        "CONTENTFUL_SPACE_ID": d.X(lower_alnum(r, 12)),
        "CONTENTFUL_DELIVERY_TOKEN": d.X(b64url(r, 32)),
        "CONTENTFUL_MANAGEMENT_TOKEN": d.L("generic-secret", "CFPAT-" + b64url(r, 32)),
        "ALGOLIA_APP_ID": d.X(rnd(r, UP + DG, 10)),
        "ALGOLIA_ADMIN_KEY": d.L("generic-secret", hexs(r, 32)),
        "REVALIDATE_SECRET": d.L("generic-secret", alnum(r, 36)),
        "NEXT_PUBLIC_SITE_URL": "https://www.fjallstugor-jamtland.se",
        "SHOPIFY_STOREFRONT_TOKEN": d.X(hexs(r, 32)),
        "BOOKING_API_KEY": d.L("generic-secret", b64url(r, 30)),
        "SANITY_API_WRITE_TOKEN": d.L("generic-secret", "sk" + alnum(r, 180)),
        "SANITY_PROJECT_ID": d.X(lower_alnum(r, 8)),
    }
    d.text = "$ netlify env:list --context production --json\n" + json.dumps(vals, indent=2) + "\n"
    return d


@doc
def gcloud_secrets_terminal():
    d = Doc("gcloud-secrets-access-terminal", "rotate-webhooks.txt", "terminal transcript")
    r = d.rng
    v1 = d.L("generic-secret", "whsec_" + b64(r, 24))
    v2 = d.L("generic-secret", hexs(r, 64))
    v3 = d.L("generic-secret", b64url(r, 32))
    d.text = T('''maja@cloudshell:~ (lunchapp-prod)$ gcloud secrets list --filter="name~webhook"
NAME                         CREATED              REPLICATION_POLICY  LOCATIONS
stripe-webhook-signing       2025-03-11T09:12:40  user_managed        europe-north1
swish-callback-hmac          2025-03-11T09:14:02  user_managed        europe-north1
partner-webhook-key          2025-08-27T13:40:51  automatic           -
maja@cloudshell:~ (lunchapp-prod)$ gcloud secrets versions access latest --secret=stripe-webhook-signing; echo
⟨v1⟩
maja@cloudshell:~ (lunchapp-prod)$ gcloud secrets versions access latest --secret=swish-callback-hmac; echo
⟨v2⟩
maja@cloudshell:~ (lunchapp-prod)$ openssl rand -base64 32 | tr '+/' '-_' | tr -d '=' | gcloud secrets versions add partner-webhook-key --data-file=-
Created version [4] of the secret [partner-webhook-key].
maja@cloudshell:~ (lunchapp-prod)$ gcloud secrets versions access 4 --secret=partner-webhook-key; echo
⟨v3⟩
maja@cloudshell:~ (lunchapp-prod)$ gcloud secrets versions disable 3 --secret=partner-webhook-key
Disabled version [3] of the secret [partner-webhook-key].
maja@cloudshell:~ (lunchapp-prod)$ gcloud run services update lunch-api --region europe-north1 --update-secrets=PARTNER_WEBHOOK_KEY=partner-webhook-key:4
Deploying...
  Creating Revision...done
  Routing traffic...done
Done.
Service [lunch-api] revision [lunch-api-00231-qaz] has been deployed and is serving 100 percent of traffic.
''', v1=v1, v2=v2, v3=v3)
    return d


@doc
def az_keyvault():
    d = Doc("az-keyvault-secret-show", "kv-show.json", "cloud cli output")
    r = d.rng
    v1 = d.L("generic-secret", b64(r, 48))
    v2 = d.L("generic-secret", alnum(r, 40))
    out = []
    for name, val, ct in (("MaskinportenClientSecret", v2, "text/plain"), ("DataProtectionKeyRing", v1, "application/octet-stream")):
        ver = hexs(r, 32)
        out.append({"attributes": {"created": iso(ts(r)).replace("Z", "+00:00"), "enabled": True, "expires": None,
                                   "notBefore": None, "recoverableDays": 90, "recoveryLevel": "Recoverable",
                                   "updated": iso(ts(r)).replace("Z", "+00:00")},
                    "contentType": ct, "id": f"https://kv-vardportal-prod.vault.azure.net/secrets/{name}/{d.X(ver)}",
                    "kid": None, "managed": None, "name": name, "tags": {"owner": "plattform", "rotate": "yearly"},
                    "value": val})
    d.text = ("PS C:\\src\\vardportal> az keyvault secret show --vault-name kv-vardportal-prod --name MaskinportenClientSecret\n"
              + json.dumps(out[0], indent=2) + "\n"
              "PS C:\\src\\vardportal> az keyvault secret show --vault-name kv-vardportal-prod --name DataProtectionKeyRing\n"
              + json.dumps(out[1], indent=2) + "\n")
    return d


@doc
def akeyless():
    d = Doc("akeyless-cli-output", "migrate-secrets.log", "secrets manager cli output")
    r = d.rng
    v1 = d.L("generic-secret", alnum(r, 32))
    v2 = d.L("generic-secret", hexs(r, 48))
    v3 = d.L("generic-secret", b64url(r, 40))
    v4 = d.L("generic-secret", hexs(r, 32))
    d.text = T('''$ akeyless list-items --path /prod/integrations --json | jq -r '.items[].item_name'
/prod/integrations/klarna-api-secret
/prod/integrations/postnord-apikey
/prod/integrations/fortnox-client-secret
/prod/integrations/mailgun-signing-key
$ for s in klarna-api-secret postnord-apikey fortnox-client-secret mailgun-signing-key; do
>   printf '%s=' "$s"; akeyless get-secret-value --name /prod/integrations/$s
> done
klarna-api-secret=⟨v1⟩
postnord-apikey=⟨v2⟩
fortnox-client-secret=⟨v3⟩
mailgun-signing-key=⟨v4⟩
$ akeyless get-secret-value --name /prod/integrations/klarna-api-secret --version 2
Error: failed to get secret value: item version 2 not found
$ akeyless describe-item --name /prod/integrations/postnord-apikey --json | jq '{item_id, last_version, modification_date}'
{
  "item_id": 184402211,
  "last_version": 3,
  "modification_date": "2026-01-14T11:08:44Z"
}
''', v1=v1, v2=v2, v3=v3, v4=v4)
    return d


@doc
def conjur_cli():
    d = Doc("conjur-cli-output", "conjur-session.txt", "secrets manager cli output")
    r = d.rng
    pw = d.L("password", password(r, "mixed", punct="!#%-_.+=?@"))
    k1 = d.L("generic-secret", lower_alnum(r, 54))
    k2 = d.L("generic-secret", lower_alnum(r, 54))
    d.text = T('''$ conjur login -i admin
Enter your password or API key (this will not be echoed):
Logged in
$ conjur variable get -i prod/billing/db/password
⟨pw⟩
$ conjur host rotate-api-key -i billing/worker-01
⟨k1⟩
$ conjur host rotate-api-key -i billing/worker-02
⟨k2⟩
$ conjur whoami
{
  "client_ip": "10.40.2.15",
  "user_agent": "Go-http-client/1.1",
  "account": "hamnbolaget",
  "username": "admin",
  "token_issued_at": "2026-01-30T10:14:02.000+00:00"
}
$ conjur policy load -b root -f billing.yml
Loaded policy 'root'
{
  "created_roles": {},
  "version": 17
}
''', pw=pw, k1=k1, k2=k2)
    return d


@doc
def keeper_export():
    d = Doc("keeper-commander-export-json", "shared-folder-it.json", "password manager export")
    r = d.rng
    recs = []
    for title, login, url, kind in [
        ("Brandvägg Fortinet admin", "admin", "https://fw01.kansliet.lan", "pw"),
        ("Skrivarportal Konica", "kmadmin", "http://10.1.4.20", "pw"),
        ("UniFi controller", "it-admin", "https://unifi.kansliet.lan:8443", "pw"),
        ("Bokföring API (integration)", "", "https://apps.fortnox.se", "api"),
        ("SMS-gateway 46elks", "", "https://api.46elks.com", "api2"),
    ]:
        rec = {"uid": b64url(r, 16), "title": title, "login": login, "login_url": url, "notes": "", "custom_fields": {}}
        if kind == "pw":
            rec["password"] = d.L("password", password(r, "mixed", punct="!#%-_.+=?@^"))
        elif kind == "api":
            rec["password"] = ""
            rec["custom_fields"] = {"Client ID": d.X(uuid4(r)), "Client Secret": d.L("generic-secret", alnum(r, 24))}
        else:
            rec["password"] = d.L("generic-secret", hexs(r, 32))
            rec["login"] = "u" + hexs(r, 32)
            d.X(rec["login"])
            rec["notes"] = "API password for the SMS gateway, username is the API username."
        rec["folders"] = [{"shared_folder": "IT-drift", "can_edit": True, "can_share": False}]
        recs.append(rec)
    d.text = json.dumps({"shared_folders": [{"path": "IT-drift", "manage_users": True, "manage_records": True}],
                         "records": recs}, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def pass_show():
    d = Doc("pass-show-terminal", "pass-session.txt", "terminal transcript")
    r = d.rng
    p1 = d.L("password", password(r, "mixed", punct="!#%-_.+=?@^"))
    p2 = d.L("password", password(r, "words"))
    g1 = d.L("generic-secret", alnum(r, 40))
    g2 = d.L("generic-secret", b64(r, 30))
    d.text = T('''jonas@t14:~$ pass ls drift
drift
├── backup
│   ├── b2-application-key
│   └── restic-repo
├── mail
│   └── postmaster
└── nas01-admin
jonas@t14:~$ pass show drift/nas01-admin
⟨p1⟩
user: admin
url: https://nas01.hemma.lan:5001
2fa: totp i Aegis
jonas@t14:~$ pass show drift/backup/restic-repo
⟨p2⟩
repo: b2:jonas-backup:/t14
jonas@t14:~$ pass show drift/backup/b2-application-key
keyID: 004⟨kid⟩0000000012
applicationKey: ⟨g1⟩
jonas@t14:~$ pass show drift/mail/postmaster
(gpg: decryption failed: No secret key)
jonas@t14:~$ pass generate -n drift/syncthing-api 40
The generated password for drift/syncthing-api is:
⟨g2⟩
jonas@t14:~$ pass git push
To git.hemma.lan:jonas/password-store.git
   ⟨s1⟩..⟨s2⟩  main -> main
''', p1=p1, p2=p2, g1=g1, g2=g2, kid=d.X(hexs(r, 12)), s1=d.X(sha1(r)[:7]), s2=d.X(sha1(r)[:7]))
    return d


@doc
def teller():
    d = Doc("teller-export-output", "teller-export.txt", "secrets tool output")
    r = d.rng
    vals = [d.L("generic-secret", v) for v in (alnum(r, 32), hexs(r, 40), b64url(r, 32), "xkeysib-" + hexs(r, 64) + "-" + alnum(r, 16))]
    d.text = T('''$ cat .teller.yml
project: kassasystem
opts:
  stage: production
providers:
  vault:
    kind: hashicorp_vault
    maps:
      - id: app
        path: secret/data/{{stage}}/kassasystem
$ teller show
[vault app secret/data/production/kassasystem] PAYMENT_API_KEY   = ⟨m0⟩*****
[vault app secret/data/production/kassasystem] RECEIPT_SIGN_KEY  = ⟨m1⟩*****
[vault app secret/data/production/kassasystem] SESSION_SECRET    = ⟨m2⟩*****
[vault app secret/data/production/kassasystem] BREVO_API_KEY     = xkeys*****
$ teller export env --format=shell > /tmp/kassa.env && cat /tmp/kassa.env
export PAYMENT_API_KEY='⟨v0⟩'
export RECEIPT_SIGN_KEY='⟨v1⟩'
export SESSION_SECRET='⟨v2⟩'
export BREVO_API_KEY='⟨v3⟩'
$ shred -u /tmp/kassa.env
''', m0=vals[0][:2], m1=vals[1][:2], m2=vals[2][:2], v0=vals[0], v1=vals[1], v2=vals[2], v3=vals[3])
    return d


@doc
def dagger_pipeline():
    d = Doc("dagger-go-pipeline", "main.go", "ci pipeline code")
    r = d.rng
    s1 = d.L("generic-secret", alnum(r, 36))
    s2 = d.L("generic-secret", "sntrys_" + b64url(r, 60))
    d.text = T('''// ci/main.go — build, test and publish the booking service with Dagger.
package main

import (
	"context"
	"fmt"
	"os"

	"dagger.io/dagger"
)

func main() {
	ctx := context.Background()
	client, err := dagger.Connect(ctx, dagger.WithLogOutput(os.Stderr))
	if err != nil {
		panic(err)
	}
	defer client.Close()

	// TODO: read from the CI secret store; hard-coded while we migrate off Jenkins
	registryPass := client.SetSecret("registry-pass", "⟨s1⟩")
	sentryTok := client.SetSecret("sentry-auth-token", "⟨s2⟩")

	src := client.Host().Directory(".", dagger.HostDirectoryOpts{Exclude: []string{"ci/", ".git"}})
	build := client.Container().From("golang:1.23").
		WithDirectory("/src", src).WithWorkdir("/src").
		WithExec([]string{"go", "test", "./..."}).
		WithExec([]string{"go", "build", "-o", "/out/booking", "./cmd/booking"})

	ref, err := client.Container().From("gcr.io/distroless/static-debian12").
		WithFile("/booking", build.File("/out/booking")).
		WithEntrypoint([]string{"/booking"}).
		WithRegistryAuth("registry.bokningen.se", "ci", registryPass).
		Publish(ctx, "registry.bokningen.se/booking:"+os.Getenv("GIT_SHA"))
	if err != nil {
		panic(err)
	}
	_, err = client.Container().From("getsentry/sentry-cli:2").
		WithSecretVariable("SENTRY_AUTH_TOKEN", sentryTok).
		WithExec([]string{"sentry-cli", "releases", "new", os.Getenv("GIT_SHA")}).Sync(ctx)
	fmt.Println("published", ref, err)
}
''', s1=s1, s2=s2)
    return d


@doc
def screwdriver():
    d = Doc("screwdriver-yaml", "screwdriver.yaml", "ci pipeline config")
    r = d.rng
    s1 = d.L("generic-secret", hexs(r, 40))
    s2 = d.L("generic-secret", alnum(r, 32))
    d.text = T('''# Screwdriver.cd pipeline for the route planner
shared:
  image: node:22
  environment:
    NODE_ENV: test
    MAPS_TILE_URL: https://tiles.ruttplaneraren.se
    # TODO move to `secrets:` — kept inline because the secret UI was broken (SD-1422)
    GEOCODER_API_KEY: ⟨s1⟩
    ROUTING_ENGINE_TOKEN: ⟨s2⟩

jobs:
  main:
    requires: [~pr, ~commit]
    steps:
      - install: npm ci
      - lint: npm run lint
      - test: npm test -- --ci
  publish:
    requires: [main]
    secrets:
      - NPM_TOKEN
    steps:
      - bump: npm version patch --no-git-tag-version
      - publish: npm publish --access restricted
''', s1=s1, s2=s2)
    return d


@doc
def ktor_conf():
    d = Doc("ktor-application-conf", "application.conf", "kotlin web framework config")
    r = d.rng
    js = d.L("generic-secret", b64(r, 48))
    sk = d.L("generic-secret", hexs(r, 32))
    d.text = T('''ktor {
    deployment {
        port = 8080
        port = ${?PORT}
    }
    application {
        modules = [ se.bibliotek.lan.ApplicationKt.module ]
    }
}

jwt {
    domain = "https://lan.bibliotek-sydost.se/"
    audience = "lan-api"
    realm = "Biblioteket låneservice"
    secret = "⟨js⟩"
    secret = ${?JWT_SECRET}
}

session {
    signKey = "⟨sk⟩"
}

oauth {
    provider = "skolfederation"
    clientId = "⟨cid⟩"
    clientSecret = "⟨ocs⟩"
}

database {
    url = "jdbc:postgresql://db:5432/lan"
    user = "lan"
    password = ${?DB_PASSWORD}
}
''', js=js, sk=sk, cid=d.X(uuid4(r)), ocs=d.L("generic-secret", b64url(r, 36)))
    return d


@doc
def nuxt_runtime_config():
    d = Doc("nuxt-runtime-config", "nuxt.config.ts", "web framework config")
    r = d.rng
    s1 = d.L("generic-secret", hexs(r, 32) + "-us21")
    s2 = d.L("generic-secret", hexs(r, 64))
    site = d.X(recaptcha_site(r))
    d.text = T('''// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  modules: ['@nuxtjs/i18n', '@pinia/nuxt'],
  runtimeConfig: {
    // server only
    mailchimpApiKey: '⟨s1⟩',
    sessionPassword: '⟨s2⟩',
    public: {
      apiBase: 'https://api.orkesterforeningen.se',
      recaptchaSiteKey: '⟨site⟩',
    },
  },
  i18n: { locales: ['sv', 'en'], defaultLocale: 'sv' },
});
''', s1=s1, s2=s2, site=site)
    return d


@doc
def razorpay_config():
    d = Doc("razorpay-config-php", "razorpay.php", "payment gateway config")
    r = d.rng
    kid = d.X("rzp_live_" + alnum(r, 14))
    ks = d.L("generic-secret", alnum(r, 24))
    wh = d.L("generic-secret", alnum(r, 32))
    d.text = T('''<?php
// config/razorpay.php — India storefront (Laravel)

return [
    'key_id'         => env('RAZORPAY_KEY_ID', '⟨kid⟩'),
    'key_secret'     => env('RAZORPAY_KEY_SECRET', '⟨ks⟩'),
    'webhook_secret' => env('RAZORPAY_WEBHOOK_SECRET', '⟨wh⟩'),
    'currency'       => 'INR',
    'capture'        => 'automatic',
    'checkout'       => [
        'name'  => 'Nordic Knits India',
        'image' => 'https://in.nordicknits.example/logo.png',
        'theme' => ['color' => '#1c3f5e'],
    ],
];
''', kid=kid, ks=ks, wh=wh)
    return d


@doc
def square_config():
    d = Doc("square-app-config", "square.yml", "payment sdk config")
    r = d.rng
    app = d.X("sq0idp-" + b64url(r, 16)[:22])
    sec = d.L("generic-secret", "sq0csp-" + b64url(r, 32)[:43])
    at = d.L("generic-secret", "EAAA" + b64url(r, 46)[:60])
    loc = d.X(rnd(r, UP + DG, 13))
    d.text = T('''# config/square.yml — POS sync for the three cafés
production:
  environment: production
  application_id: ⟨app⟩
  application_secret: ⟨sec⟩
  access_token: ⟨at⟩
  location_ids:
    - ⟨loc⟩   # Södermalm
  webhook_url: https://pos-sync.kafferosteriet.se/square/webhook
sandbox:
  environment: sandbox
  application_id: sandbox-sq0idp-placeholder
  access_token: ${SQUARE_SANDBOX_TOKEN}
''', app=app, sec=sec, at=at, loc=loc)
    return d


@doc
def livekit_yaml():
    d = Doc("livekit-server-yaml", "livekit.yaml", "media server config")
    r = d.rng
    k1, k2, k3 = d.X("API" + alnum(r, 12)), d.X("API" + alnum(r, 12)), d.X("API" + alnum(r, 12))
    s1, s2, s3 = d.L("generic-secret", alnum(r, 43)), d.L("generic-secret", alnum(r, 43)), d.L("generic-secret", alnum(r, 43))
    d.text = T('''port: 7880
bind_addresses:
  - ""
rtc:
  tcp_port: 7881
  port_range_start: 50000
  port_range_end: 60000
  use_external_ip: true
redis:
  address: redis.video.lan:6379
keys:
  ⟨k1⟩: ⟨s1⟩
  ⟨k2⟩: ⟨s2⟩
  ⟨k3⟩: ⟨s3⟩   # egress / recording service
turn:
  enabled: true
  domain: turn.distansmottagning.se
  tls_port: 5349
webhook:
  api_key: ⟨k1⟩
  urls:
    - https://mottagning.distansmottagning.se/livekit/webhook
logging:
  level: info
''', k1=k1, k2=k2, k3=k3, s1=s1, s2=s2, s3=s3)
    return d


@doc
def qdrant_config():
    d = Doc("qdrant-config-yaml", "production.yaml", "vector database config")
    r = d.rng
    k1 = d.L("generic-secret", alnum(r, 40))
    k2 = d.L("generic-secret", alnum(r, 40))
    d.text = T('''# /qdrant/config/production.yaml
log_level: INFO
storage:
  storage_path: /qdrant/storage
  snapshots_path: /qdrant/snapshots
  on_disk_payload: true
service:
  host: 0.0.0.0
  http_port: 6333
  grpc_port: 6334
  enable_tls: true
  api_key: ⟨k1⟩
  read_only_api_key: ⟨k2⟩
cluster:
  enabled: false
tls:
  cert: /qdrant/tls/cert.pem
  key: /qdrant/tls/key.pem
telemetry_disabled: true
''', k1=k1, k2=k2)
    return d


@doc
def weaviate_env():
    d = Doc("weaviate-env", "weaviate.env", "vector database env file")
    r = d.rng
    k1, k2, k3 = d.L("generic-secret", alnum(r, 32)), d.L("generic-secret", alnum(r, 32)), d.L("generic-secret", alnum(r, 32))
    d.text = T('''QUERY_DEFAULTS_LIMIT=25
PERSISTENCE_DATA_PATH=/var/lib/weaviate
DEFAULT_VECTORIZER_MODULE=none
ENABLE_MODULES=backup-filesystem
CLUSTER_HOSTNAME=node1
AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=false
AUTHENTICATION_APIKEY_ENABLED=true
AUTHENTICATION_APIKEY_ALLOWED_KEYS=⟨k1⟩,⟨k2⟩,⟨k3⟩
AUTHENTICATION_APIKEY_USERS=ingest@kunskapsbanken,search@kunskapsbanken,backup@kunskapsbanken
AUTHORIZATION_ADMINLIST_ENABLED=true
AUTHORIZATION_ADMINLIST_USERS=ingest@kunskapsbanken
AUTHORIZATION_ADMINLIST_READONLY_USERS=search@kunskapsbanken
''', k1=k1, k2=k2, k3=k3)
    return d
