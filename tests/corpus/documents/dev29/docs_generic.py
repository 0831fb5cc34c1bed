"""dev29 generic-secret documents: signing, session and encryption keys in code and configs, api keys without prefix."""
import json
from registry import doc


@doc("godot-export-presets-cfg", "export_presets.cfg", "godot engine export presets with script encryption key and keystore passwords")
def _(d):
    k = d.gs("hex64")
    p1 = d.pw("z")
    return f"""[preset.0]

name="Android"
platform="Android"
runnable=true
dedicated_server=false
custom_features=""
export_filter="all_resources"
include_filter=""
exclude_filter=""
export_path="build/android/Fiskespelet.apk"
encryption_include_filters="*.gd,*.tscn"
encryption_exclude_filters=""
encrypt_pck=true
encrypt_directory=false
script_encryption_key="{k}"

[preset.0.options]

custom_template/debug=""
custom_template/release=""
gradle_build/use_gradle_build=false
architectures/arm64-v8a=true
keystore/debug=""
keystore/debug_user=""
keystore/debug_password=""
keystore/release="/home/bygg/nycklar/fiskespelet.keystore"
keystore/release_user="fiskespelet"
keystore/release_password="{p1}"
version/code=42
version/name="1.4.2"
package/unique_name="se.fiskespelet.app"
"""


@doc("nsupdate-tsig-keyfile", "etc/dhcp/ddns-update.key", "bind tsig key file used by dhcp and nsupdate for dynamic dns")
def _(d):
    k1 = d.gs("b64_32")
    k2 = d.gs("b64_64")
    return f"""# genererad med: tsig-keygen -a hmac-sha256 ddns-update
key "ddns-update" {{
	algorithm hmac-sha256;
	secret "{k1}";
}};

# nyckel for manuella uppdateringar (nsupdate -k /etc/dhcp/ddns-update.key)
key "drift-nsupdate" {{
	algorithm hmac-sha512;
	secret "{k2}";
}};
"""


@doc("gorilla-sessions-cookiestore-go", "internal/web/session.go", "go web package creating a gorilla sessions cookie store with hash and block keys")
def _(d):
    a, b = d.gs("an64"), d.gs("an32")
    return f"""package web

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// authKey signerar cookien (64 byte), encKey krypterar den (32 byte = AES-256).
var store = sessions.NewCookieStore(
	[]byte("{a}"),
	[]byte("{b}"),
)

func init() {{
	store.Options = &sessions.Options{{
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}}
}}

func Session(r *http.Request) (*sessions.Session, error) {{
	return store.Get(r, "bokning-session")
}}
"""


@doc("rust-jsonwebtoken-encodingkey-rs", "src/auth/tokens.rs", "rust module issuing jwts with the jsonwebtoken crate and a constant secret")
def _(d):
    k = d.gs("b64u_48")
    return f"""use jsonwebtoken::{{decode, encode, DecodingKey, EncodingKey, Header, Validation}};
use serde::{{Deserialize, Serialize}};

const JWT_SECRET: &[u8] = b"{k}";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {{
    pub sub: String,
    pub roll: String,
    pub exp: usize,
}}

pub fn utfarda(sub: &str, roll: &str, exp: usize) -> jsonwebtoken::errors::Result<String> {{
    let claims = Claims {{ sub: sub.to_owned(), roll: roll.to_owned(), exp }};
    encode(&Header::default(), &claims, &EncodingKey::from_secret(JWT_SECRET))
}}

pub fn verifiera(token: &str) -> jsonwebtoken::errors::Result<Claims> {{
    decode::<Claims>(token, &DecodingKey::from_secret(JWT_SECRET), &Validation::default()).map(|d| d.claims)
}}
"""


@doc("jsonwebtoken-sign-node-js", "src/auth/jwt.js", "node module signing access and refresh tokens with jsonwebtoken")
def _(d):
    a, r = d.gs("hex64"), d.gs("b64_48")
    return f"""const jwt = require('jsonwebtoken');

// TODO: läs från process.env i produktion (ärende PLAT-311)
const ACCESS_SECRET = process.env.JWT_ACCESS_SECRET || '{a}';
const REFRESH_SECRET = '{r}';

function signAccess(user) {{
  return jwt.sign({{ sub: user.id, roles: user.roles }}, ACCESS_SECRET, {{ expiresIn: '15m', issuer: 'medlemsportal' }});
}}

function signRefresh(user) {{
  return jwt.sign({{ sub: user.id, typ: 'refresh' }}, REFRESH_SECRET, {{ expiresIn: '30d' }});
}}

function verifyAccess(token) {{
  return jwt.verify(token, ACCESS_SECRET, {{ issuer: 'medlemsportal' }});
}}

module.exports = {{ signAccess, signRefresh, verifyAccess }};
"""


@doc("jjwt-hmac-key-java", "src/main/java/se/tidbok/security/TokenService.java", "java service building an hmac key with jjwt")
def _(d):
    k = d.gs("an64")
    return f"""package se.tidbok.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;

public class TokenService {{

    private static final SecretKey KEY =
            Keys.hmacShaKeyFor("{k}".getBytes(StandardCharsets.UTF_8));

    public String issue(String userId) {{
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(userId)
                .issuer("tidbok")
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(3600)))
                .signWith(KEY)
                .compact();
    }}
}}
"""


@doc("tailscale-authkey-cloud-init", "cloud-init/edge-node-user-data.yaml", "cloud-init user data joining a node to a tailnet with an auth key")
def _(d):
    k = d.L("generic-secret", "tskey-auth-k" + d.rs("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 10) + "CNTRL-" + d.sec("an33"))
    return f"""#cloud-config
hostname: edge-lulea-01
package_update: true
packages:
  - curl
runcmd:
  - ['sh', '-c', 'curl -fsSL https://tailscale.com/install.sh | sh']
  - ['tailscale', 'up', '--authkey={k}', '--advertise-tags=tag:edge', '--ssh']
  - ['tailscale', 'set', '--auto-update']
# Nyckeln ar reusable + pre-approved, byts varje kvartal i admin-konsolen.
"""


@doc("linkwarden-env", "linkwarden/.env", "bookmark archiver .env")
def _(d):
    s = d.gs("b64_33")
    p = d.pw("x")
    m = d.gs("an32")
    return f"""NEXTAUTH_URL=https://lankar.familjen.lan/api/v1/auth
NEXTAUTH_SECRET={s}

# Docker postgres
POSTGRES_PASSWORD={p}
DATABASE_URL=postgresql://postgres:${{POSTGRES_PASSWORD}}@postgres:5432/postgres

# Meilisearch
MEILI_HOST=http://meilisearch:7700
MEILI_MASTER_KEY={m}

NEXT_PUBLIC_DISABLE_REGISTRATION=true
NEXT_PUBLIC_CREDENTIALS_ENABLED=true
STORAGE_FOLDER=data
"""


@doc("cal-com-env", "calcom/.env", "scheduling platform self-hosted .env")
def _(d):
    s, e = d.gs("b64_32"), d.gs("an32")
    p = d.pw("z", "url", cat="url-credentials|password")
    ps = d.pw("w")
    return f"""# ********** INDEX **********
# - LICENSE (DEPRECATED)
# - DATABASE
# - SHARED
# - NEXTAUTH
# - E-MAIL SETTINGS

NEXT_PUBLIC_WEBAPP_URL=https://boka.klinikenhavet.se
NEXT_PUBLIC_WEBSITE_URL=https://boka.klinikenhavet.se
NEXT_PUBLIC_LICENSE_CONSENT=agree

# ***********************************************************************************************************
# - DATABASE ************************************************************************************************
DATABASE_URL="postgresql://calcom:{p}@db:5432/calendso"
DATABASE_DIRECT_URL=${{DATABASE_URL}}

# - NEXTAUTH
# @see: https://github.com/calendso/calendso/issues/263
# Required for Vercel hosting - set NEXTAUTH_URL to equal your NEXT_PUBLIC_WEBAPP_URL
NEXTAUTH_URL=https://boka.klinikenhavet.se
# @see: https://next-auth.js.org/configuration/options#secret
# You can use: `openssl rand -base64 32` to generate one
NEXTAUTH_SECRET={s}

# Encryption key that will be used to encrypt CalDAV credentials, choose a random string, for example with `dd if=/dev/urandom bs=1K count=1 | md5sum`
CALENDSO_ENCRYPTION_KEY={e}

# - E-MAIL SETTINGS
EMAIL_FROM=notifications@klinikenhavet.invalid
EMAIL_SERVER_HOST=smtp.klinikenhavet.lan
EMAIL_SERVER_PORT=587
EMAIL_SERVER_USER=calcom
EMAIL_SERVER_PASSWORD={ps}
"""


@doc("hapi-cookie-password-js", "server/plugins/auth.js", "hapi plugin registering cookie authentication with an iron password")
def _(d):
    k = d.gs("an48", cat="generic-secret|password")
    return f"""'use strict';

const Cookie = require('@hapi/cookie');

exports.plugin = {{
    name: 'auth',
    register: async (server) => {{
        await server.register(Cookie);
        server.auth.strategy('session', 'cookie', {{
            cookie: {{
                name: 'medlem-sid',
                password: '{k}',
                isSecure: true,
                ttl: 24 * 60 * 60 * 1000
            }},
            redirectTo: '/logga-in',
            validate: async (request, session) => {{
                const konto = await request.server.methods.hamtaKonto(session.id);
                return {{ isValid: Boolean(konto), credentials: konto }};
            }}
        }});
        server.auth.default('session');
    }}
}};
"""


@doc("aspnet-machinekey-web-config", "wwwroot/Web.config", "asp.net web.config with a fixed machineKey for a web farm")
def _(d):
    v, k = d.gs("HEX128"), d.gs("HEX64")
    d.X("3.0.0.0")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <!-- samma nyckel pa web01-web03 bakom lastbalanseraren -->
    <machineKey validationKey="{v}" decryptionKey="{k}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Konto/LoggaIn" timeout="30" requireSSL="true" />
    </authentication>
  </system.web>
</configuration>
"""


@doc("slim-jwt-middleware-php", "app/middleware.php", "slim framework middleware registration with a jwt authentication secret")
def _(d):
    k = d.gs("b64_48")
    return f"""<?php
declare(strict_types=1);

use Slim\\App;
use Tuupola\\Middleware\\JwtAuthentication;

return function (App $app) {{
    $app->addBodyParsingMiddleware();
    $app->add(new JwtAuthentication([
        "path" => "/api",
        "ignore" => ["/api/token", "/api/status"],
        "secret" => getenv("JWT_SECRET") ?: "{k}",
        "algorithm" => ["HS256"],
        "secure" => true,
        "relaxed" => ["localhost", "api.lan"],
    ]));
    $app->addErrorMiddleware(false, true, true);
}};
"""


@doc("hue-ini", "etc/hue/conf/hue.ini", "hue sql assistant hue.ini with secret key and database password")
def _(d):
    k = d.gs("django")
    p = d.pw("z")
    return f"""[desktop]
  # Set this to a random string, the longer the better.
  # This is used for secure hashing in the session store.
  secret_key={k}
  http_host=0.0.0.0
  http_port=8888
  time_zone=Europe/Stockholm
  django_debug_mode=false

  [[database]]
    engine=postgresql_psycopg2
    host=pg-hue.lan
    port=5432
    user=hue
    password={p}
    name=hue

[notebook]
  [[interpreters]]
    [[[hive]]]
      name=Hive
      interface=hiveserver2
"""


@doc("thingsboard-device-credentials", "exports/enheter-atkomsttokens-2026-01.csv", "iot platform device list export with access tokens")
def _(d):
    rows = ["name,type,label,credentialsType,credentialsId,createdTime"]
    for i, (n, t) in enumerate([("pump-stn-03", "Pump"), ("nivagivare-14", "Level"), ("flode-7", "Flow"),
                                ("pump-stn-04", "Pump"), ("temp-verket-2", "Temp"),
                                ("ventil-22", "Valve"), ("nivagivare-15", "Level")]):
        tok = d.gs("an20")
        rows.append(f"{n},{t},Vattenverket,ACCESS_TOKEN,{tok},2025-{10 + i % 3:02d}-{d.ri(10, 28)} 09:{d.ri(10, 59)}:00")
    rows.append("gateway-1,Gateway,Vattenverket,X509_CERTIFICATE," + d.sha256() + ",2025-09-02 13:00:00")
    return "\n".join(rows) + "\n"


@doc("phpmyadmin-blowfish-secret-config", "phpmyadmin/config.inc.php", "phpmyadmin config with blowfish secret and control user")
def _(d):
    k = d.gs("an32")
    p = d.pw("z", "php")
    return f"""<?php
/**
 * phpMyAdmin configuration file
 */
declare(strict_types=1);

$cfg['blowfish_secret'] = '{k}'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'db01.lan';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/* control user for advanced features */
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '{p}';
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
"""


@doc("tornado-cookie-secret-py", "app/server.py", "tornado web application settings with cookie secret")
def _(d):
    k = d.gs("b64_32")
    x = d.gs("hex40")
    return f"""import tornado.ioloop
import tornado.web

from app import handlers

settings = dict(
    cookie_secret="{k}",
    xsrf_cookies=True,
    login_url="/logga-in",
    template_path="templates",
    static_path="static",
    debug=False,
)

# intern nyckel for /internal/metrics (skickas i X-Metrics-Key)
METRICS_KEY = "{x}"


def make_app():
    return tornado.web.Application([
        (r"/", handlers.Start),
        (r"/logga-in", handlers.LoggaIn),
        (r"/internal/metrics", handlers.Metrics, dict(key=METRICS_KEY)),
    ], **settings)


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
"""


@doc("aiohttp-session-fernet-key-py", "webapp/main.py", "aiohttp application with encrypted cookie sessions and a fernet key")
def _(d):
    k = d.gs("b64u_32")
    k = k + "=" if not k.endswith("=") else k
    # fernet keys are url-safe base64 of 32 bytes with one '=' padding
    d.labels[-1] = ("generic-secret", k, "generic")
    return f"""import base64

from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from cryptography import fernet

FERNET_KEY = b"{k}"


def create_app():
    app = web.Application()
    f = fernet.Fernet(FERNET_KEY)
    setup(app, EncryptedCookieStorage(f, cookie_name="SKOLA_SESSION", max_age=3600))
    app.router.add_get("/", index)
    return app


async def index(request):
    return web.Response(text="ok")


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
"""


@doc("starlette-sessionmiddleware-py", "service/app.py", "starlette application with session middleware and an admin api key")
def _(d):
    k = d.gs("hex64")
    a = d.gs("an40")
    return f"""from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

ADMIN_API_KEY = "{a}"


async def health(request):
    return JSONResponse({{"status": "ok"}})


async def admin(request):
    if request.headers.get("x-api-key") != ADMIN_API_KEY:
        return JSONResponse({{"error": "forbidden"}}, status_code=403)
    return JSONResponse({{"sessions": 0}})


app = Starlette(
    routes=[Route("/health", health), Route("/admin", admin)],
    middleware=[Middleware(SessionMiddleware, secret_key="{k}", https_only=True)],
)
"""


@doc("poco-hmacengine-cpp", "src/signering.cpp", "c++ source signing requests with poco hmacengine")
def _(d):
    k = d.gs("an40")
    return f"""#include <Poco/HMACEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/DigestStream.h>
#include <string>

namespace {{
// Delad nyckel med lagerleverantoren (se avtal bilaga 3)
const std::string kDeladNyckel = "{k}";

class SHA256Engine : public Poco::SHA2Engine {{
public:
    enum {{ BLOCK_SIZE = 64, DIGEST_SIZE = 32 }};
    SHA256Engine() : Poco::SHA2Engine(SHA_256) {{}}
}};
}}

std::string signera(const std::string& kropp, const std::string& tidsstampel)
{{
    Poco::HMACEngine<SHA256Engine> hmac(kDeladNyckel);
    hmac.update(tidsstampel);
    hmac.update(".");
    hmac.update(kropp);
    return Poco::DigestEngine::digestToHex(hmac.digest());
}}
"""


@doc("lua-resty-jwt-sign-lua", "lua/utfarda_token.lua", "openresty lua handler issuing jwts with lua-resty-jwt")
def _(d):
    k = d.gs("an40")
    return f"""local jwt = require "resty.jwt"
local cjson = require "cjson"

local SECRET = os.getenv("PORTAL_JWT_SECRET") or "{k}"

local user = ngx.var.remote_user or "anonym"
local token = jwt:sign(SECRET, {{
    header = {{ typ = "JWT", alg = "HS256" }},
    payload = {{ sub = user, iss = "portal", exp = ngx.time() + 900 }}
}})

ngx.header["Content-Type"] = "application/json"
ngx.say(cjson.encode({{ token = token, expires_in = 900 }}))
"""


@doc("dancer2-config-yml", "config/production.yml", "perl dancer2 production config with cookie session key and database password")
def _(d):
    k = d.gs("an48")
    p = d.pw("z")
    return f"""# configuration file for production environment
logger: "file"
log: "warning"
show_stacktrace: 0
no_server_tokens: 1

engines:
  session:
    Cookie:
      cookie_key: "{k}"
      cookie_name: "loppis.session"
      default_duration: 604800
      with_request_address: 0

plugins:
  Database:
    driver: 'Pg'
    database: 'loppis'
    host: 'pg-loppis.lan'
    port: 5432
    username: 'loppis'
    password: '{p}'
    dbi_params:
      RaiseError: 1
      AutoCommit: 1
"""


@doc("gleam-wisp-secret-key-base-gleam", "src/kvitto/web.gleam", "gleam wisp web application with a secret key base")
def _(d):
    k = d.gs("an64")
    return f"""import gleam/erlang/process
import mist
import wisp
import wisp/wisp_mist
import kvitto/router

pub fn main() {{
  wisp.configure_logger()
  let secret_key_base = "{k}"

  let assert Ok(_) =
    wisp_mist.handler(router.handle_request, secret_key_base)
    |> mist.new
    |> mist.port(8000)
    |> mist.start_http

  process.sleep_forever()
}}
"""


@doc("elysia-jwt-plugin-ts", "src/index.ts", "bun elysia server using the jwt plugin with a secret")
def _(d):
    k = d.gs("b64u_32")
    return f"""import {{ Elysia, t }} from 'elysia'
import {{ jwt }} from '@elysiajs/jwt'

const app = new Elysia()
  .use(
    jwt({{
      name: 'jwt',
      secret: Bun.env.JWT_SECRET ?? '{k}',
      exp: '7d',
    }})
  )
  .post('/login', async ({{ jwt, body }}) => {{
    return {{ token: await jwt.sign({{ sub: body.user }}) }}
  }}, {{ body: t.Object({{ user: t.String() }}) }})
  .get('/me', async ({{ jwt, headers }}) => {{
    const profile = await jwt.verify(headers.authorization?.slice(7))
    return profile || {{ error: 'unauthorized' }}
  }})
  .listen(3000)

console.log(`running at ${{app.server?.hostname}}:${{app.server?.port}}`)
"""


@doc("hono-jwt-middleware-ts", "src/app.ts", "hono application protecting routes with the jwt middleware")
def _(d):
    k = d.gs("hex64")
    return f"""import {{ Hono }} from 'hono'
import {{ jwt }} from 'hono/jwt'

const app = new Hono()

app.use(
  '/api/*',
  jwt({{
    secret: '{k}',
    alg: 'HS256',
  }})
)

app.get('/api/bokningar', (c) => {{
  const payload = c.get('jwtPayload')
  return c.json({{ user: payload.sub, bokningar: [] }})
}})

export default app
"""


@doc("redwoodjs-env", "redwood-app/.env", "redwoodjs application .env with session secret")
def _(d):
    s = d.gs("b64_32")
    p = d.pw("x", cat="url-credentials|password")
    return f"""# THIS FILE SHOULD NOT BE CHECKED INTO YOUR VERSION CONTROL SYSTEM
#
# Environment variables set here will override those in .env.defaults.
DATABASE_URL=postgresql://redwood:{p}@localhost:5432/medlemmar
TEST_DATABASE_URL=postgresql://redwood:redwood@localhost:5432/medlemmar_test
SESSION_SECRET={s}
LOG_LEVEL=info
"""


@doc("varnish-admin-secret-file", "etc/varnish/secret", "varnish management interface shared secret file")
def _(d):
    k = d.gs("hex32")
    return f"""{k}
"""


@doc("ntp-keys-symmetric", "etc/ntpsec/ntp.keys", "ntp symmetric key file")
def _(d):
    k1, k2, k3 = d.gs("hex40"), d.gs("hex40"), d.gs("hex64")
    return f"""# ntp.keys - symmetriska nycklar for autentiserad tid till OT-natet
# id  typ    nyckel
1     SHA1   {k1}
2     SHA1   {k2}
10    SHA256 {k3}
11    SHA256 {d.gs("hex64")}
"""


@doc("dnsdist-conf-lua", "etc/dnsdist/dnsdist.conf", "dnsdist lua configuration with console key, webserver password and api key")
def _(d):
    k = d.gs("b64_32")
    p = d.pw("w")
    a = d.gs("an32")
    return f"""-- dnsdist.conf
setLocal("0.0.0.0:53")
addLocal("[::]:53")
setACL({{"10.0.0.0/8", "192.168.0.0/16"}})

newServer({{address="10.0.10.11", name="resolver1", pool=""}})
newServer({{address="10.0.10.12", name="resolver2", pool=""}})

controlSocket("127.0.0.1:5199")
setKey("{k}")

webserver("127.0.0.1:8083")
setWebserverConfig({{password="{p}", apiKey="{a}", acl="127.0.0.1/32"}})

addAction(QNameRule("annonser.lan."), DropAction())
setServerPolicy(leastOutstanding)
"""


@doc("wso2-apim-applications-export-json", "apim-export/applications-2026-01.json", "api manager applications export with consumer keys and secrets")
def _(d):
    apps = []
    for name in ("Kundportal", "Faktura-integration", "Mobilappen", "Lager-sync", "Partnerportal"):
        ck = d.X(d.sec("an28"))
        cs = d.gs("an28")
        apps.append({"name": name, "owner": "admin", "throttlingPolicy": "Unlimited", "tokenType": "JWT",
                     "keys": [{"keyType": "PRODUCTION", "consumerKey": ck, "consumerSecret": cs,
                               "supportedGrantTypes": ["client_credentials", "refresh_token"]}]})
    apps.append({"name": "Testapp", "owner": "admin", "keys": [{"keyType": "SANDBOX", "consumerKey": d.X(d.sec("an28")),
                                                                  "consumerSecret": "********"}]})
    return json.dumps({"count": len(apps), "list": apps}, indent=2) + "\n"


@doc("django-oauth-toolkit-application-fixture-json", "fixtures/oauth_applications.json", "django oauth toolkit applications fixture with client secrets")
def _(d):
    rows = []
    for i, (n, g) in enumerate([("Intranät SPA", "authorization-code"), ("Lönesystem", "client-credentials"),
                                ("Passersystem", "client-credentials"),
                                ("Schemaläggning", "client-credentials"), ("Rapportverktyg", "client-credentials")], 1):
        rows.append({"model": "oauth2_provider.application", "pk": i, "fields": {
            "client_id": d.X(d.sec("an40")), "user": None, "redirect_uris": "https://intra.kommun.lan/callback" if i == 1 else "",
            "client_type": "public" if i == 1 else "confidential", "authorization_grant_type": g,
            "client_secret": ("" if i == 1 else d.gs("an128")), "name": n, "skip_authorization": i != 1,
            "algorithm": "RS256" if i == 1 else ""}})
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


@doc("chezmoi-data-toml", "home/linnea/.config/chezmoi/chezmoi.toml", "dotfile manager config with template data holding tokens")
def _(d):
    a, b = d.gs("an40"), d.gs("hex32")
    e = d.email("Linnea", "Berglund", "bahnhof.se", "dot")
    d.X("backup@nas.hemma.lan")
    return f"""[data]
    name = "Linnea Berglund"
    email = "{e}"
    arbetsdator = false
    # anvands i dot_config/restic/env.tmpl
    restic_repo = "sftp:backup@nas.hemma.lan:/restic/laptop"
    # anvands i dot_config/todoist/config.json.tmpl
    todoist_api_key = "{a}"
    # hemautomation, dot_local/bin/executable_lampor.tmpl
    hass_webhook_secret = "{b}"

[git]
    autoCommit = true
    autoPush = false
"""


@doc("mise-toml-env", "projekt/kartappen/mise.toml", "mise tool manager project file with env section")
def _(d):
    a, b = d.gs("an32"), d.gs("b64_24")
    return f"""[tools]
node = "22"
python = "3.12"

[env]
_.file = ".env.local"
KARTTJANST_URL = "https://kartor.lantmateriet-test.lan/wmts"
KARTTJANST_API_KEY = "{a}"
TILE_SIGNING_SECRET = "{b}"
GEOCODER_TOKEN = "{d.gs('hex40')}"
MAPBOX_STYLE = "streets-v12"
SENTRY_DSN = "{{{{ env.SENTRY_DSN }}}}"

[tasks.dev]
run = "npm run dev"
"""


@doc("devcontainer-json-remoteenv", ".devcontainer/devcontainer.json", "dev container definition with remoteEnv values")
def _(d):
    a = d.gs("hex40")
    p = d.pw("z")
    return f"""// For format details, see https://aka.ms/devcontainer.json.
{{
  "name": "Bokningssystem",
  "dockerComposeFile": "docker-compose.yml",
  "service": "app",
  "workspaceFolder": "/workspaces/${{localWorkspaceFolderBasename}}",
  "features": {{
    "ghcr.io/devcontainers/features/node:1": {{ "version": "20" }}
  }},
  "forwardPorts": [3000, 5432],
  "remoteEnv": {{
    "PGHOST": "db",
    "PGUSER": "bokning",
    "PGPASSWORD": "{p}",
    "BETALNING_API_KEY": "{a}",
    "GITHUB_TOKEN": "${{localEnv:GITHUB_TOKEN}}"
  }},
  "postCreateCommand": "npm ci && npm run db:migrate"
}}
"""


@doc("aichat-config-yaml", "home/erik/.config/aichat/config.yaml", "llm command line chat tool configuration with provider keys")
def _(d):
    a, b = d.gs("an32"), d.gs("hex48")
    return f"""model: intern:llama-3.1-70b
stream: true
save: true
keybindings: emacs
clients:
  - type: openai-compatible
    name: intern
    api_base: https://llm.ai-labbet.lan/v1
    api_key: {a}
    models:
      - name: llama-3.1-70b
        max_input_tokens: 128000
  - type: openai-compatible
    name: mistral
    api_base: https://api.mistral.ai/v1
    api_key: {b}
  - type: openai-compatible
    name: embeddings
    api_base: https://embed.ai-labbet.lan/v1
    api_key: {d.gs("b64u_32")}
  - type: ollama
    api_base: http://localhost:11434
    api_key: null
"""


@doc("llm-cli-keys-json", "home/sara/.config/io.datasette.llm/keys.json", "llm cli stored keys json")
def _(d):
    a, b = d.gs("an32"), d.gs("hex40")
    return f"""{{
  "// Note": "This file stores secret API credentials. Do not share!",
  "mistral": "{a}",
  "perplexity-intern": "{b}",
  "groq": "{d.gs('an48')}"
}}
"""


@doc("openwebui-env", "open-webui/.env", "self-hosted llm web ui environment file")
def _(d):
    s = d.gs("an24")
    o = d.gs("hex32")
    return f"""OLLAMA_BASE_URL=http://ollama:11434
WEBUI_SECRET_KEY={s}
ENABLE_SIGNUP=false
DEFAULT_USER_ROLE=pending
# extern embeddings-tjanst
RAG_OPENAI_API_BASE_URL=https://embed.ai-labbet.lan/v1
RAG_OPENAI_API_KEY={o}
WEBUI_AUTH=true
"""


@doc("api-key-inventory-spreadsheet-csv", "sakerhet/api-nycklar-inventering-2026Q1.csv", "security team inventory of partner api keys exported from a spreadsheet")
def _(d):
    rows = ["Partner;System;Nyckel-ID;API-nyckel;Skapad;Roteras senast;Ägare"]
    for p, s in [("Fraktbolaget", "Frakt-API"), ("Betalväxeln", "Callback"), ("Kartdata AB", "Geokod"),
                 ("SMS-tjänsten", "Utskick"), ("Lönebyrån", "Filöverföring"),
                 ("Bokningssystemet", "Webhook"), ("Passersystem AB", "Synk"), ("Skolplattformen", "Elevdata")]:
        rows.append(f"{p};{s};{d.X('kid_' + d.sec('lower12'))};{d.gs(d.ch(['an32', 'hex40', 'b64u_32', 'an40']))};2025-{d.ri(1, 12):02d}-{d.ri(1, 28):02d};2026-{d.ri(3, 12):02d}-01;IT-säkerhet")
    rows.append("Testpartner;Sandbox;kid_sandbox01;(se valv);2025-01-01;-;IT-säkerhet")
    return "\n".join(rows) + "\n"


@doc("outgoing-webhooks-psql-expanded-output", "notes/webhooks-felsokning.txt", "psql expanded output of an outgoing webhooks table with signing secrets")
def _(d):
    recs = []
    for i in range(5):
        recs.append(f"""-[ RECORD {i + 1} ]---+-------------------------------------------------------------
id              | {d.ri(10, 99)}
url             | https://{d.ch(['erp', 'crm', 'lager'])}.kund{i + 1}.lan/hooks/orders
events          | {{order.created,order.shipped}}
signing_secret  | {d.L('generic-secret', 'whsec_' + d.sec('b64_24'))}
active          | t
created_at      | 2025-{10 + i % 3}-0{i + 2} 09:12:44.120+01""")
    return "bestall=> \\x\nExpanded display is on.\nbestall=> SELECT id, url, events, signing_secret, active, created_at FROM webhook_endpoints WHERE active;\n" + "\n".join(recs) + "\n\nbestall=> \\q\n"


@doc("redis-cli-hgetall-api-keys-output", "notes/redis-apinycklar.txt", "redis-cli session listing a hash of api keys per tenant")
def _(d):
    out = ["$ redis-cli -h cache01.lan -n 3", "cache01.lan:6379[3]> HGETALL tenant:apikeys"]
    n = 1
    for t in ("kommun-norr", "kommun-syd", "regionen", "bolaget-ab", "kommun-vast", "stiftelsen"):
        out.append(f'{n}) "{t}"')
        out.append(f'{n + 1}) "{d.gs(d.ch(["an32", "hex32", "an40"]))}"')
        n += 2
    out.append("cache01.lan:6379[3]> TTL tenant:apikeys")
    out.append("(integer) -1")
    return "\n".join(out) + "\n"


@doc("kubectl-view-secret-plugin-output", "notes/view-secret-betalning.txt", "terminal output of the kubectl view-secret plugin decoding a secret")
def _(d):
    return f"""$ kubectl view-secret -n betalning betalning-config -a
API_SIGNING_KEY='{d.gs('hex64')}'
CALLBACK_HMAC_SECRET='{d.gs('b64_32')}'
DB_PASSWORD='{d.pw('z')}'
FEATURE_FLAGS_SDK_KEY='{d.gs('an32')}'
JWT_ISSUER_SECRET='{d.gs('b64_48')}'
LOG_LEVEL='info'
$ kubectl get secret -n betalning betalning-config -o jsonpath='{{.metadata.resourceVersion}}'
{d.ri(1000000, 9999999)}
"""


@doc("teampass-export-csv", "export/teampass-drift-2026-01.csv", "team password manager folder export (csv)")
def _(d):
    rows = ['"Label","Login","Password","URL","Comments"']
    for lab, login in [("Brandvägg HQ", "admin"), ("NAS backup", "backup"), ("Skrivare 3 vån", "admin"),
                       ("Lönesystemet", "lon-admin"), ("Wi-Fi gäst", "")]:
        rows.append(f'"{lab}","{login}","{d.pw(d.ch(["z", "w", "x"]))}","https://{d.ch(["fw", "nas", "print", "lon", "wifi"])}.drift.lan","{d.ch(["", "byt kvartalsvis", "delas med konsult"])}"')
    rows.append('"API Fakturering","integration","","https://faktura.drift.lan","se nyckel i valvet"')
    return "\n".join(rows) + "\n"
