"""Generic secrets: signing keys, salts, cookie and session secrets, HMAC and encryption keys in framework configs,
code and JSON logs, beside public look-alikes."""
import base64
import json

from core import AN, B64U, HEX, LOW, DIG, UP, b64u
from registry import doc

G = 'generic'
GP = 'generic-secret|password'


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace('@' + k + '@', str(v))
    return text


def wp_salt(d):
    # WordPress salt alphabet without quote, backslash and space
    return d.gs('wp')


def fernet(d):
    return d.L('generic-secret', d.uniq(lambda: base64.urlsafe_b64encode(bytes(d.ri(0, 255) for _ in range(32))).decode()))


def b64key(d, n=32, cat='generic-secret'):
    return d.L(cat, d.uniq(lambda: base64.b64encode(bytes(d.ri(0, 255) for _ in range(n))).decode())) if cat else \
        d.uniq(lambda: base64.b64encode(bytes(d.ri(0, 255) for _ in range(n))).decode())


# --------------------------------------------------------------------------------------------- PHP / WordPress


@doc('bedrock-wordpress-dotenv-salts', 'site/.env',
     'roots bedrock wordpress .env with database settings and the eight authentication keys and salts', G)
def bedrock(d):
    names = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT',
             'LOGGED_IN_SALT', 'NONCE_SALT']
    salts = '\n'.join(f"{n}='{wp_salt(d)}'" for n in names)
    return f"""DB_NAME='bedrock_fastighet'
DB_USER='fastighet_wp'
DB_PASSWORD='{d.pw('y')}'

# Optionally, you can use a data source name (DSN)
# When using the DSN, you can remove the DB_NAME, DB_USER, DB_PASSWORD, and DB_HOST variables
# DATABASE_URL='mysql://database_user:database_password@database_host:database_port/database_name'

# Optional database variables
DB_HOST='10.20.0.12'
# DB_PREFIX='wp_'

WP_ENV='production'
WP_HOME='https://www.fastighetsbolaget-norr.se'
WP_SITEURL="${{WP_HOME}}/wp"

# Generate your keys here: https://roots.io/salts.html
{salts}
"""


@doc('wp-cli-config-list-table-output', 'notes/wp-cli-flytt-2026-01.txt',
     'terminal notes from a wordpress move with wp config get and wp config list output', G)
def wpcli(d):
    a, b, c = wp_salt(d), wp_salt(d), wp_salt(d)
    pw = d.pw('w')
    rows = [('DB_NAME', 'wp_tandlakarna', 'constant'), ('DB_USER', 'wp_tandlakarna', 'constant'), ('DB_PASSWORD', pw, 'constant'),
            ('DB_HOST', 'localhost', 'constant'), ('AUTH_KEY', a, 'constant'), ('table_prefix', 'tl_', 'variable')]
    w = max(len(r[1]) for r in rows)
    tab = ['+' + '-' * 14 + '+' + '-' * (w + 2) + '+----------+', f'| {"name":<12} | {"value":<{w}} | type     |',
           '+' + '-' * 14 + '+' + '-' * (w + 2) + '+----------+']
    for r in rows:
        tab.append(f'| {r[0]:<12} | {r[1]:<{w}} | {r[2]:<8} |')
    tab.append(tab[0])
    return '\n'.join(['flytt av tandlakarna.se till nya servern, 2026-01-17', '',
                      '$ wp config list --fields=name,value,type --allow-root', *tab, '',
                      '$ wp config get SECURE_AUTH_KEY --allow-root', b,
                      '$ wp config get NONCE_SALT --allow-root', c, '',
                      '$ wp search-replace https://tandlakarna.se https://www.tandlakarna.se --all-tables --dry-run',
                      'Success: 412 replacements to be made.'])


@doc('laravel-dotenv-app-previous-keys', 'webshop/.env.production',
     'laravel 11 production .env with app key, previous keys for rotation and service secrets', G)
def laravel_env(d):
    k0 = b64key(d)
    k1 = b64key(d)
    k2 = b64key(d)
    return f"""APP_NAME="Cykelboden"
APP_ENV=production
APP_KEY=base64:{k0}
APP_PREVIOUS_KEYS=base64:{k1},base64:{k2}
APP_DEBUG=false
APP_TIMEZONE=Europe/Stockholm
APP_URL=https://www.cykelboden.se

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=10.0.5.20
DB_PORT=3306
DB_DATABASE=cykelboden
DB_USERNAME=cykelboden
DB_PASSWORD={d.pw('x')}

SESSION_DRIVER=redis
SESSION_LIFETIME=120
SESSION_ENCRYPT=true

PUSHER_APP_ID={d.num(7)}
PUSHER_APP_KEY={d.anx(20, LOW + DIG)}
PUSHER_APP_SECRET={d.gs('lower20')}
PUSHER_APP_CLUSTER=eu
"""


@doc('laravel-key-generate-show-output', 'docs/drift/nyckelbyte.txt',
     'operations note with artisan key:generate --show and env:encrypt output', G)
def laravel_keygen(d):
    k = b64key(d)
    enc = b64key(d)
    return f"""Nyckelbyte för bokningsappen (ärende OPS-2231)

1. Generera ny nyckel utan att skriva .env:

$ php artisan key:generate --show
base64:{k}

2. Kryptera produktions-env för deploy:

$ php artisan env:encrypt --env=production --key=base64:{enc}

   INFO  Environment successfully encrypted.

  Key ........................................................ base64:{enc}
  Cipher ................................................... AES-256-CBC
  Encrypted file .................................... .env.production.encrypted

3. Lägg gamla nyckeln i APP_PREVIOUS_KEYS så att befintliga sessioner överlever.
"""


@doc('codeigniter4-dotenv-encryption-key', 'app-portal/.env',
     'codeigniter 4 .env with an encryption key and database settings', G)
def ci4(d):
    k = d.gs('hex64')
    return f"""#--------------------------------------------------------------------
# ENVIRONMENT
#--------------------------------------------------------------------

CI_ENVIRONMENT = production

#--------------------------------------------------------------------
# APP
#--------------------------------------------------------------------

app.baseURL = 'https://portal.vardforbundet-syd.se/'
app.forceGlobalSecureRequests = true

#--------------------------------------------------------------------
# DATABASE
#--------------------------------------------------------------------

database.default.hostname = 10.1.4.7
database.default.database = portal
database.default.username = portal
database.default.password = {d.pw('a')}
database.default.DBDriver = MySQLi

#--------------------------------------------------------------------
# ENCRYPTION
#--------------------------------------------------------------------

encryption.key = hex2bin:{k}

#--------------------------------------------------------------------
# SESSION
#--------------------------------------------------------------------

session.driver = 'CodeIgniter\\Session\\Handlers\\DatabaseHandler'
session.cookieName = 'portal_session'
"""


@doc('php-hash-hmac-webhook-signer-php', 'src/Webhook/Signer.php',
     'php class signing outgoing webhooks with hash_hmac and per-partner secrets', G)
def php_hmac(d):
    return fill('''<?php

declare(strict_types=1);

namespace Bokning\\Webhook;

final class Signer
{
    /** @var array<string, string> partner id => signing secret */
    private const SECRETS = [
        'hotellkedjan' => '@A@',
        'resebyran-nord' => '@B@',
        'konferens-syd' => '@C@',
    ];

    public static function sign(string $partner, string $body, int $ts): string
    {
        $mac = hash_hmac('sha256', $ts . '.' . $body, self::SECRETS[$partner]);
        return "t={$ts},v1={$mac}";
    }
}
''', A=d.gs('hex64'), B=d.gs('an40'), C=d.gs('b64_32'))


@doc('php-sodium-secretbox-key-php', 'lib/Crypto/Vault.php',
     'php helper encrypting personal fields with sodium secretbox and a hard-coded key', G)
def sodium(d):
    return fill('''<?php

final class Vault
{
    // 32 bytes, generated with bin2hex(sodium_crypto_secretbox_keygen())
    private const KEY_HEX = '@A@';

    public static function encrypt(string $plain): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        $box = sodium_crypto_secretbox($plain, $nonce, sodium_hex2bin(self::KEY_HEX));
        return base64_encode($nonce . $box);
    }

    public static function decrypt(string $encoded): string
    {
        $raw = base64_decode($encoded, true);
        $nonce = substr($raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        return sodium_crypto_secretbox_open(substr($raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), $nonce, sodium_hex2bin(self::KEY_HEX));
    }
}
''', A=d.gs('hex64'))


# --------------------------------------------------------------------------------------------- Ruby / Elixir


@doc('rails-dotenv-production-secret-key-base', 'deploy/shared/.env.production',
     'rails production environment file with secret_key_base and other application secrets', G)
def rails_env(d):
    return f"""RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
RAILS_SERVE_STATIC_FILES=1
SECRET_KEY_BASE={d.gs('hex128')}
DEVISE_JWT_SECRET_KEY={d.gs('hex128')}
LOCKBOX_MASTER_KEY={d.gs('hex64')}
ACTIVE_STORAGE_SIGNING_SECRET={d.gs('hex64')}
DATABASE_URL=postgres://kursportal@10.3.0.15:5432/kursportal_production
REDIS_URL=redis://10.3.0.16:6379/1
SMTP_ADDRESS=smtp.kursportal.se
"""


@doc('active-record-encryption-init-output', 'notes/encryption-init-2026-01.txt',
     'terminal output of bin/rails db:encryption:init pasted into a setup note', G)
def ar_enc(d):
    return f"""$ bin/rails db:encryption:init
Add this entry to the credentials of the target environment:

active_record_encryption:
  primary_key: {d.gs('an32')}
  deterministic_key: {d.gs('an32')}
  key_derivation_salt: {d.gs('an32')}

$ EDITOR=vim bin/rails credentials:edit --environment production
File encrypted and saved.
"""


@doc('phoenix-config-runtime-exs-endpoint', 'config/runtime.exs',
     'phoenix runtime.exs with the endpoint secret_key_base, a guardian secret and public signing salts', G)
def phoenix(d):
    salt = d.anx(8, AN)
    return f"""import Config

if System.get_env("PHX_SERVER") do
  config :bokningar, BokningarWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise \"\"\"
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      \"\"\"

  config :bokningar, Bokningar.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "{d.gs('an64')}"

  host = System.get_env("PHX_HOST") || "bokningar.simhallen.se"

  config :bokningar, BokningarWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {{0, 0, 0, 0, 0, 0, 0, 0}}, port: 4000],
    secret_key_base: secret_key_base,
    live_view: [signing_salt: "{salt}"]

  config :bokningar, Bokningar.Guardian,
    issuer: "bokningar",
    secret_key: "{d.gs('b64u_48')}"
end
"""


@doc('ruby-openssl-hmac-signature-rb', 'lib/partner_api/signature.rb',
     'ruby module computing request signatures with OpenSSL::HMAC and a shared secret', G)
def ruby_hmac(d):
    return fill('''require "openssl"
require "base64"

module PartnerApi
  module Signature
    KEY_ID = "@K@"
    SHARED_SECRET = "@A@"

    module_function

    def header_for(method, path, body, time = Time.now.utc)
      date = time.httpdate
      string = [method.upcase, path, date, OpenSSL::Digest::SHA256.hexdigest(body.to_s)].join("\\n")
      sig = Base64.strict_encode64(OpenSSL::HMAC.digest("SHA256", SHARED_SECRET, string))
      { "Date" => date, "X-Signature" => %(keyId="#{KEY_ID}",algorithm="hmac-sha256",signature="#{sig}") }
    end
  end
end
''', K=d.anx(12, UP + DIG), A=d.gs('b64_32'))


# --------------------------------------------------------------------------------------------- Python


@doc('django-settings-secret-key-fallbacks-py', 'intranat/settings/production.py',
     'django production settings with SECRET_KEY, SECRET_KEY_FALLBACKS and a simplejwt signing key', G)
def django_settings(d):
    return f'''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["intranat.akeriet.se", "10.4.1.20"]

SECRET_KEY = "{d.gs('django')}"
SECRET_KEY_FALLBACKS = [
    "{d.gs('django')}",
    "{d.gs('django')}",
]

SIMPLE_JWT = {{
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
    "ALGORITHM": "HS512",
    "SIGNING_KEY": "{d.gs('an64')}",
}}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://intranat.akeriet.se"]
'''


@doc('flask-instance-config-py', 'instance/config.py',
     'flask instance config with secret key, security password salt and csrf secret', G)
def flask_cfg(d):
    return f'''# instance/config.py: not in git (see .gitignore)
SECRET_KEY = "{d.gs('hex64')}"
SECURITY_PASSWORD_SALT = "{d.gs('an32')}"
WTF_CSRF_SECRET_KEY = "{d.gs('hex32')}"
REMEMBER_COOKIE_SECRET = "{d.gs('an40')}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://medlem@10.2.0.5/medlemsregister"
MAIL_SERVER = "smtp.forening-mail.se"
MAIL_DEFAULT_SENDER = "{d.L('email', 'noreply@forening-mail.se', 'rest')}"
'''


@doc('python-multifernet-rotation-keys-py', 'reports/crypto.py',
     'python module rotating field encryption with cryptography MultiFernet keys', G)
def multifernet(d):
    return f'''from cryptography.fernet import Fernet, MultiFernet

# newest first; drop the last one after the 2026-03 re-encryption run
KEYS = [
    "{fernet(d)}",
    "{fernet(d)}",
]

_f = MultiFernet([Fernet(k) for k in KEYS])


def encrypt(value: str) -> str:
    return _f.encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    return _f.decrypt(token.encode()).decode()


def rotate(token: str) -> str:
    return _f.rotate(token.encode()).decode()
'''


@doc('fastapi-users-jwtstrategy-secret-py', 'app/users.py',
     'fastapi-users setup with a jwt strategy secret and reset/verification token secrets', G)
def fastapi_users(d):
    return f'''import uuid

from fastapi_users import BaseUserManager, FastAPIUsers, UUIDIDMixin
from fastapi_users.authentication import AuthenticationBackend, BearerTransport, JWTStrategy

from app.db import User, get_user_db

SECRET = "{d.gs('hex64')}"


class UserManager(UUIDIDMixin, BaseUserManager[User, uuid.UUID]):
    reset_password_token_secret = "{d.gs('an40')}"
    verification_token_secret = "{d.gs('an40')}"


async def get_user_manager(user_db=Depends(get_user_db)):
    yield UserManager(user_db)


bearer_transport = BearerTransport(tokenUrl="auth/jwt/login")


def get_jwt_strategy() -> JWTStrategy:
    return JWTStrategy(secret=SECRET, lifetime_seconds=3600)


auth_backend = AuthenticationBackend(name="jwt", transport=bearer_transport, get_strategy=get_jwt_strategy)
fastapi_users = FastAPIUsers[User, uuid.UUID](get_user_manager, [auth_backend])
'''


# --------------------------------------------------------------------------------------------- JVM / .NET


@doc('spring-boot-prod-properties-hmac-keys', 'src/main/resources/application-prod.properties',
     'spring boot production properties with jwt and webhook hmac keys and a datasource password', G)
def spring_props(d):
    return f"""spring.datasource.url=jdbc:postgresql://10.6.0.11:5432/matsedel
spring.datasource.username=matsedel
spring.datasource.password={d.pw('w')}
spring.jpa.open-in-view=false

app.security.jwt.secret={b64key(d, 48)}
app.security.jwt.expiration=PT30M
app.webhook.hmac-key={d.gs('hex64')}
app.remember-me.key={d.gs('an32')}
app.webhook.partner-id={d.num(6)}

server.servlet.session.cookie.secure=true
management.endpoints.web.exposure.include=health,info
"""


@doc('aspnet-core-appsettings-production-json', 'src/Tidbok.Web/appsettings.Production.json',
     'asp.net core production appsettings with jwt signing key, hmac key and connection string', G)
def aspnet(d):
    pw = d.pw('a')
    cfg = {'Logging': {'LogLevel': {'Default': 'Warning', 'Microsoft.AspNetCore': 'Warning'}},
           'ConnectionStrings': {'Tidbok': f'Server=sql02.vard.local;Database=Tidbok;User Id=tidbok_app;Password={pw};'
                                           'TrustServerCertificate=True'},
           'Jwt': {'Issuer': 'https://tidbok.vardcentralen-ost.se', 'Audience': 'tidbok-api',
                   'SigningKey': d.gs('b64_48'), 'ExpiresMinutes': 30},
           'Sms': {'WebhookHmacKey': d.gs('hex64'), 'Sender': 'Vardcentralen'},
           'DataProtection': {'ApplicationName': 'tidbok', 'KeyEncryptionKey': d.gs('b64_32')},
           'AllowedHosts': '*'}
    return json.dumps(cfg, indent=2)


@doc('kotlin-mac-hmacsha256-signer-kt', 'src/main/kotlin/se/parkering/api/QrSigner.kt',
     'kotlin object signing parking permit qr payloads with javax.crypto.Mac and a constant key', G)
def kotlin_hmac(d):
    return fill('''package se.parkering.api

import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object QrSigner {
    private const val KEY = "@A@"
    private const val OLD_KEY = "@B@"
    private val spec = SecretKeySpec(KEY.toByteArray(Charsets.UTF_8), "HmacSHA256")

    fun sign(payload: String): String {
        val mac = Mac.getInstance("HmacSHA256").apply { init(spec) }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.toByteArray()))
    }
}
''', A=d.gs('an48'), B=d.gs('an48'))


@doc('csharp-hmacsha256-request-signing-cs', 'src/Integrations/Kassa/KassaSigner.cs',
     'c# class signing requests to a point-of-sale api with HMACSHA256', G)
def cs_hmac(d):
    return fill('''using System.Security.Cryptography;
using System.Text;

namespace Integrations.Kassa;

public static class KassaSigner
{
    private const string ClientId = "@C@";
    private static readonly byte[] Secret = Convert.FromBase64String("@A@");

    public static string Sign(string method, string path, string body, long unixTime)
    {
        var message = $"{ClientId}\\n{method}\\n{path}\\n{unixTime}\\n{body}";
        using var hmac = new HMACSHA256(Secret);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(message))).ToLowerInvariant();
    }
}
''', C=d.uuid(), A=d.gs('b64_32'))


@doc('actix-web-sessionmiddleware-builder-rs', 'src/main.rs',
     'rust actix-web main with a cookie session middleware key decoded from hex', G)
def actix(d):
    return fill('''use actix_session::{storage::CookieSessionStore, SessionMiddleware};
use actix_web::{cookie::Key, web, App, HttpServer};

// 64 bytes; generated once with `openssl rand -hex 64`
const SESSION_KEY_HEX: &str = "@A@";

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let key = Key::from(&hex::decode(SESSION_KEY_HEX).expect("hex"));
    HttpServer::new(move || {
        App::new()
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_name("hemtjanst_sid".into())
                    .cookie_secure(true)
                    .build(),
            )
            .service(web::scope("/api").configure(routes::config))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
''', A=d.gs('hex128'))


# --------------------------------------------------------------------------------------------- Node / TypeScript


@doc('nestjs-jwt-module-register-secret-ts', 'src/auth/auth.module.ts',
     'nestjs auth module registering the jwt module with access and refresh secrets', G)
def nestjs(d):
    return fill('''import { Module } from "@nestjs/common";
import { JwtModule } from "@nestjs/jwt";
import { PassportModule } from "@nestjs/passport";
import { AuthService } from "./auth.service";
import { JwtStrategy } from "./jwt.strategy";

export const REFRESH_SECRET = "@B@";

@Module({
  imports: [
    PassportModule,
    JwtModule.register({
      global: true,
      secret: "@A@",
      signOptions: { expiresIn: "15m", issuer: "lagerapi" },
    }),
  ],
  providers: [AuthService, JwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}
''', A=d.gs('an48'), B=d.gs('an48'))


@doc('express-jwt-middleware-secret-js', 'server/middleware/auth.js',
     'express middleware protecting routes with express-jwt and a literal secret', G)
def express_jwt(d):
    return fill('''const { expressjwt } = require("express-jwt");
const cookieParser = require("cookie-parser");

const COOKIE_SECRET = "@B@";
const cookies = cookieParser(COOKIE_SECRET);

const requireAuth = expressjwt({
  secret: "@A@",
  algorithms: ["HS256"],
  audience: "skolmat-admin",
}).unless({ path: ["/health", "/api/login", /^\\/public\\//] });

module.exports = { requireAuth, cookies };
''', A=d.gs('b64u_32'), B=d.gs('an32'))


@doc('node-crypto-createhmac-signer-js', 'lib/signed-urls.js',
     'node module creating signed download urls with crypto.createHmac', G)
def node_hmac(d):
    return fill('''const crypto = require("node:crypto");

const URL_SIGNING_SECRET = "@A@";
const PREVIOUS_URL_SIGNING_SECRET = "@B@"; // accepted until 2026-02-01
const DEFAULT_TTL = 15 * 60;

function sign(path, expires = Math.floor(Date.now() / 1000) + DEFAULT_TTL) {
  const sig = crypto.createHmac("sha256", URL_SIGNING_SECRET).update(`${path}:${expires}`).digest("hex");
  return `${path}?expires=${expires}&sig=${sig}`;
}

function verify(path, expires, sig) {
  const expected = crypto.createHmac("sha256", URL_SIGNING_SECRET).update(`${path}:${expires}`).digest("hex");
  return expires > Date.now() / 1000 && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
}

module.exports = { sign, verify };
''', A=d.gs('hex64'), B=d.gs('hex64'))


@doc('iron-session-options-password-ts', 'lib/session.ts',
     'next.js iron-session options with a sealing password', G)
def iron(d):
    return fill('''import type { SessionOptions } from "iron-session";

export interface SessionData {
  userId?: string;
  isLoggedIn: boolean;
}

export const sessionOptions: SessionOptions = {
  password: "@A@",
  cookieName: "foreningen_session",
  cookieOptions: {
    secure: process.env.NODE_ENV === "production",
    httpOnly: true,
    sameSite: "lax",
  },
};
''', A=d.gs('an40', cat=GP))


@doc('nuxt-dotenv-session-password', 'nuxt-app/.env.production',
     'nuxt production .env with a session sealing password and oauth client secret', G)
def nuxt_env(d):
    return f"""NUXT_PUBLIC_SITE_URL=https://medlem.scoutkaren.se
NUXT_SESSION_PASSWORD={d.gs('an40', cat=GP)}
NUXT_OAUTH_GITHUB_CLIENT_ID={d.anx(20, LOW + DIG)}
NUXT_OAUTH_GITHUB_CLIENT_SECRET={d.gs('hex40')}
NUXT_PUBLIC_PLAUSIBLE_DOMAIN=medlem.scoutkaren.se
"""


# --------------------------------------------------------------------------------------------- Go


@doc('go-chi-jwtauth-new-hs256-go', 'internal/server/auth.go',
     'go chi router with jwtauth.New using an hs256 secret', G)
def chi(d):
    return fill('''package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
)

var tokenAuth = jwtauth.New("HS256", []byte("@A@"), nil)

// refresh tokens are signed with their own key
var refreshAuth = jwtauth.New("HS512", []byte("@B@"), nil)

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth))
		r.Use(jwtauth.Authenticator(tokenAuth))
		r.Get("/api/vaktlista", vaktlista)
	})
	r.Post("/api/login", login)
	return r
}
''', A=d.gs('an40'), B=d.gs('an64'))


# --------------------------------------------------------------------------------------------- self-hosted .env


@doc('supabase-selfhost-docker-env', 'supabase/docker/.env',
     'self-hosted supabase docker .env with jwt secret, api keys, dashboard and database passwords', G)
def supabase(d):
    jwt_secret = d.gs('an40')
    anon = d.jwt('HS256', {'role': 'anon', 'iss': 'supabase', 'iat': 1767225600, 'exp': 1924992000}, cat='jwt')
    service = d.jwt('HS256', {'role': 'service_role', 'iss': 'supabase', 'iat': 1767225600, 'exp': 1924992000}, cat='jwt')
    return f"""############
# Secrets
# YOU MUST CHANGE THESE BEFORE GOING INTO PRODUCTION
############

POSTGRES_PASSWORD={d.pw('x')}
JWT_SECRET={jwt_secret}
ANON_KEY={anon}
SERVICE_ROLE_KEY={service}
DASHBOARD_USERNAME=supabase
DASHBOARD_PASSWORD={d.pw('w')}
SECRET_KEY_BASE={d.gs('an64')}
VAULT_ENC_KEY={d.gs('an32')}

############
# Database
############

POSTGRES_HOST=db
POSTGRES_DB=postgres
POSTGRES_PORT=5432

############
# API Proxy
############

KONG_HTTP_PORT=8000
KONG_HTTPS_PORT=8443

SITE_URL=https://app.hyresgastportalen.se
API_EXTERNAL_URL=https://api.hyresgastportalen.se
"""


@doc('openproject-docker-env-secret', 'openproject/.env',
     'openproject docker .env with secret key base and seed admin password', G)
def openproject(d):
    return f"""TAG=15-slim
OPENPROJECT_HTTPS=true
OPENPROJECT_HOST__NAME=projekt.byggbolaget-vast.se
SECRET_KEY_BASE={d.gs('hex128')}
OPENPROJECT_SEED__ADMIN__USER__PASSWORD={d.pw('w')}
OPENPROJECT_SEED__ADMIN__USER__PASSWORD__RESET=false
DATABASE_URL=postgres://openproject@db/openproject?pool=20&encoding=unicode&reconnect=true
PORT=8080
"""


@doc('homarr-dashboard-env', 'homarr/.env',
     'homarr dashboard .env with encryption key and auth secret', G)
def homarr(d):
    return f"""# homarr v1 (docker compose in /opt/homarr)
SECRET_ENCRYPTION_KEY={d.gs('hex64')}
AUTH_SECRET={d.gs('b64_32')}
AUTH_PROVIDERS=credentials,oidc
AUTH_OIDC_ISSUER=https://sso.hemma-nat.se/application/o/homarr/
AUTH_OIDC_CLIENT_ID={d.anx(40, AN)}
AUTH_OIDC_CLIENT_SECRET={d.gs('an64')}
TZ=Europe/Stockholm
"""


@doc('dify-docker-env-secret-key', 'dify/docker/.env',
     'dify docker .env excerpt with the secret key, init password and plugin daemon keys', G)
def dify(d):
    return f"""# ------------------------------
# Common Variables
# ------------------------------
CONSOLE_API_URL=https://ai.konsultbyran.se
APP_WEB_URL=https://ai.konsultbyran.se

# A secret key that is used for securely signing the session cookie and encrypting sensitive information on the database.
SECRET_KEY={d.L('generic-secret', 'sk-' + d.gs('b64u_32', label=False))}

# Password for admin user initialization.
INIT_PASSWORD={d.pw('a')}

DEPLOY_ENV=PRODUCTION
LOG_LEVEL=INFO

# ------------------------------
# Plugin Daemon Configuration
# ------------------------------
PLUGIN_DAEMON_KEY={d.gs('b64_48')}
PLUGIN_DIFY_INNER_API_KEY={d.gs('b64_48')}
PLUGIN_DIFY_INNER_API_URL=http://api:5001
"""


@doc('langfuse-compose-env-salt-encryption', 'langfuse/.env',
     'langfuse self-hosted .env with nextauth secret, salt, encryption key and project keys', G)
def langfuse(d):
    pk = d.X('pk-lf-' + d.uuid_raw())
    return f"""NEXTAUTH_URL=https://langfuse.analys.local
NEXTAUTH_SECRET={d.gs('b64_32')}
SALT={d.gs('b64_32')}
ENCRYPTION_KEY={d.gs('hex64')}
DATABASE_URL=postgresql://langfuse@postgres:5432/langfuse
CLICKHOUSE_USER=clickhouse
CLICKHOUSE_PASSWORD={d.pw('x')}
LANGFUSE_INIT_ORG_ID=analys
LANGFUSE_INIT_PROJECT_ID=rag-prod
LANGFUSE_INIT_PROJECT_PUBLIC_KEY={pk}
LANGFUSE_INIT_PROJECT_SECRET_KEY={d.L('generic-secret', 'sk-lf-' + d.uuid_raw())}
"""


@doc('flowise-dotenv-secretkey-overwrite', 'flowise/.env',
     'flowise .env with secret key overwrite, admin password and jwt secrets', G)
def flowise(d):
    return f"""PORT=3000
DATABASE_PATH=/root/.flowise
FLOWISE_USERNAME=admin
FLOWISE_PASSWORD={d.pw('w')}
FLOWISE_SECRETKEY_OVERWRITE={d.gs('an32')}
JWT_AUTH_TOKEN_SECRET={d.gs('hex64')}
JWT_REFRESH_TOKEN_SECRET={d.gs('hex64')}
LOG_LEVEL=info
"""


@doc('teable-dotenv-backend-secrets', 'teable/.env',
     'teable self-hosted .env with secret key and backend jwt and session secrets', G)
def teable(d):
    return f"""TIMEZONE=Europe/Stockholm
PUBLIC_ORIGIN=https://tabeller.foreningshuset.se
SECRET_KEY={d.gs('an40')}
BACKEND_JWT_SECRET={d.gs('an40')}
BACKEND_SESSION_SECRET={d.gs('an40')}
PRISMA_DATABASE_URL=postgresql://teable@teable-db:5432/teable
BACKEND_CACHE_PROVIDER=redis
"""


@doc('chatwoot-dotenv-secret-key-base', 'chatwoot/.env',
     'chatwoot self-hosted .env with secret_key_base and smtp password', G)
def chatwoot(d):
    d.L('email', 'support@elcykelbutiken.se', 'rest')
    return f"""SECRET_KEY_BASE={d.gs('hex128')}
FRONTEND_URL=https://support.elcykelbutiken.se
DEFAULT_LOCALE=sv
FORCE_SSL=true
ENABLE_ACCOUNT_SIGNUP=false
REDIS_URL=redis://redis:6379
POSTGRES_HOST=postgres
POSTGRES_USERNAME=chatwoot
MAILER_SENDER_EMAIL=Elcykelbutiken <support@elcykelbutiken.se>
SMTP_ADDRESS=smtp.elcykelbutiken.se
SMTP_PORT=587
SMTP_USERNAME=support@elcykelbutiken.se
SMTP_PASSWORD={d.pw('y')}
ACTIVE_STORAGE_SERVICE=local
"""


@doc('zoom-app-dotenv-webhook-secret-token', 'zoom-recordings/.env',
     'zoom server-to-server app .env with client secret and webhook secret token', G)
def zoom(d):
    return f"""ZOOM_ACCOUNT_ID={d.anx(22, AN)}
ZOOM_CLIENT_ID={d.anx(22, AN)}
ZOOM_CLIENT_SECRET={d.gs('an32')}
ZOOM_WEBHOOK_SECRET_TOKEN={d.gs('an22')}
RECORDINGS_DIR=/srv/inspelningar
"""


@doc('mollie-php-client-live-key', 'src/Betalning/MollieFactory.php',
     'php factory creating a mollie api client with a live key and webhook hmac secret', G)
def mollie(d):
    return fill('''<?php

namespace Betalning;

use Mollie\\Api\\MollieApiClient;

final class MollieFactory
{
    public const WEBHOOK_HMAC = '@B@';

    public static function create(): MollieApiClient
    {
        $mollie = new MollieApiClient();
        $mollie->setApiKey('@A@');
        return $mollie;
    }
}
''', A=d.L('generic-secret', 'live_' + d.gs('an30', label=False)), B=d.gs('hex64'))


# --------------------------------------------------------------------------------------------- JSON logs printing tokens


@doc('structlog-json-session-token-log', 'var/log/kundtjanst/app.jsonl',
     'structlog json log of a support portal printing session and password reset tokens', G)
def structlog(d):
    out = []
    t = 1768900000 + d.ri(0, 400000)
    for ev in [dict(event='login succeeded', user_id=d.ri(1000, 9999), session_token=d.gs('b64u_32'), ip='10.0.8.41'),
               dict(event='password reset requested', user_id=d.ri(1000, 9999), reset_token=d.gs('b64u_32'),
                    expires_in=3600),
               dict(event='password reset link sent', user_id=d.ri(1000, 9999), channel='email'),
               dict(event='api key created', user_id=d.ri(1000, 9999), key_prefix=d.anx(8, LOW + DIG),
                    api_key=d.gs('an40'))]:
        t += d.ri(3, 900)
        ev.update(level='info', logger='portal.auth', timestamp=f'2026-01-21T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}.{d.ri(100000, 999999)}Z')
        out.append(json.dumps(ev))
    return '\n'.join(out)


@doc('winston-json-password-reset-log', 'logs/combined.log',
     'winston json log of a node service printing password reset tokens and reset urls', G)
def winston(d):
    out = []
    for i in range(2):
        tok = d.gs('hex40')
        out.append(json.dumps({'level': 'info', 'message': 'password reset requested', 'service': 'konto-api',
                               'userId': d.uuid(), 'resetToken': tok,
                               'timestamp': f'2026-01-2{i}T0{d.ri(7, 9)}:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)}Z'}))
        out.append(json.dumps({'level': 'debug', 'message': 'sending mail', 'service': 'konto-api', 'template': 'reset',
                               'resetUrl': f'https://konto.golfklubben.se/aterstall?token={tok}',
                               'timestamp': f'2026-01-2{i}T0{d.ri(7, 9)}:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)}Z'}))
    return '\n'.join(out)


@doc('serilog-compact-json-reset-token-clef', 'logs/identity-20260121.clef',
     'serilog compact json (clef) log printing issued password reset and email confirmation tokens', G)
def serilog(d):
    out = []
    for mt, prop, val in [('Issued password reset token {ResetToken} for {UserId}', 'ResetToken', d.gs('b64_48')),
                          ('Email confirmation token {ConfirmToken} generated for {UserId}', 'ConfirmToken', d.gs('b64_48'))]:
        out.append(json.dumps({'@t': f'2026-01-21T{d.ri(8, 16):02d}:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(1000000, 9999999)}Z',
                               '@mt': mt, prop: val, 'UserId': d.uuid(), 'SourceContext': 'Identity.Tokens',
                               'RequestId': f'0HN{d.rs(7, UP + DIG)}:0000000{d.ri(1, 9)}'}))
    return '\n'.join(out)


@doc('logback-logstash-encoder-session-json', 'logs/portal-json.log',
     'logback logstash encoder json log printing a created session id and csrf token', G)
def logback_json(d):
    out = []
    sid = d.gs('HEX32')
    out.append(json.dumps({'@timestamp': f'2026-01-22T10:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)}+01:00', '@version': '1',
                           'message': 'Created session for user', 'logger_name': 'se.kommun.portal.auth.SessionListener',
                           'thread_name': 'http-nio-8080-exec-3', 'level': 'DEBUG', 'level_value': 10000,
                           'session_id': sid, 'csrf_token': d.gs('b64u_32'), 'user': 'e' + d.num(6)}))
    out.append(json.dumps({'@timestamp': f'2026-01-22T10:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)}+01:00', '@version': '1',
                           'message': 'Session expired', 'logger_name': 'se.kommun.portal.auth.SessionListener',
                           'thread_name': 'Catalina-utility-2', 'level': 'DEBUG', 'level_value': 10000, 'session_id': sid}))
    return '\n'.join(out)


@doc('zap-json-magic-link-log', 'var/log/inloggning/server.log',
     'go zap json log printing magic login links with one-time tokens', G)
def zap_json(d):
    out = []
    for _ in range(2):
        tok = d.gs('b64u_32')
        out.append(json.dumps({'level': 'debug', 'ts': round(1768900000 + d.rng.uniform(0, 400000), 3), 'caller': 'auth/magic.go:77',
                               'msg': 'magic link issued', 'user': d.hexx(24),
                               'link': f'https://bokning.frisorkedjan.se/auth/magic?token={tok}', 'ttl': '15m0s'}))
    return '\n'.join(out)
