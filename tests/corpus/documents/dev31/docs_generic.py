"""Group 1: generic secrets in framework configs, CLI output, code, JSON logs, package configs."""
from registry import doc
from core import fill, php_json, json_str

G = "generic"

WP_NAMES = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
            "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]


def wp_defines(d, style="core"):
    vals = {n: d.S("wp") for n in WP_NAMES}
    lines = []
    for n in WP_NAMES:
        if style == "api":
            lines.append(f"define('{n}',{' ' * (17 - len(n))}'{vals[n]}');")
        else:
            lines.append(f"define( '{n}',{' ' * (17 - len(n))}'{vals[n]}' );")
    return vals, "\n".join(lines)


@doc("wp-config-php-secret-key-service-salts", "public_html/wp-config.php",
     "wordpress wp-config.php with the eight keys and salts from the secret-key service, database and redis passwords", G)
def wp_config(d):
    dbpw = d.L("password", d.secret("print:20"))
    redispw = d.L("password", d.secret("alnum:28"))
    _, defs = wp_defines(d)
    return fill('''<?php
/**
 * The base configuration for WordPress
 *
 * The wp-config.php creation script uses this file during the installation.
 * You don't have to use the website, you can copy this file to "wp-config.php"
 * and fill in the values.
 *
 * This file contains the following configurations:
 *
 * * Database settings
 * * Secret keys
 * * Database table prefix
 * * ABSPATH
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_tradgardsforeningen' );

/** Database username */
define( 'DB_USER', 'wp_tgf' );

/** Database password */
define( 'DB_PASSWORD', '@dbpw@' );

/** Database hostname */
define( 'DB_HOST', 'mysql-2.internal.hostingbolaget.net:3306' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * You can change these at any point in time to invalidate all existing cookies.
 * This will force all users to have to log in again.
 *
 * @since 2.6.0
 */
@defs@

/**#@-*/

/* Redis object cache (Till Krüss' redis-cache plugin) */
define( 'WP_REDIS_HOST', '10.40.2.17' );
define( 'WP_REDIS_PORT', 6379 );
define( 'WP_REDIS_PASSWORD', '@redispw@' );
define( 'WP_REDIS_DATABASE', 3 );
define( 'WP_CACHE_KEY_SALT', 'tradgardsforeningen.se:' );
define( 'WP_CACHE', true );

/**
 * WordPress database table prefix.
 *
 * You can have multiple installations in one database if you give each
 * a unique prefix. Only numbers, letters, and underscores please!
 */
$table_prefix = 'tgf7_';

/**
 * For developers: WordPress debugging mode.
 *
 * @link https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/
 */
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_ENVIRONMENT_TYPE', 'production' );
define( 'FORCE_SSL_ADMIN', true );
define( 'WP_POST_REVISIONS', 10 );

/* Add any custom values between this line and the "stop editing" line. */



/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
''', dbpw=dbpw, redispw=redispw, defs=defs)


@doc("wp-cli-shuffle-salts-json-terminal", "docs/drift/2026-11-salt-rotation.txt",
     "operations note with wp config shuffle-salts, wp config get and wp config list --format=json output (slashes escaped by json_encode)", G)
def wp_shuffle(d):
    new = {n: d.secret("wp") for n in WP_NAMES}
    # force a few values to contain a slash so json_encode escapes it
    for n in ("AUTH_KEY", "NONCE_SALT", "LOGGED_IN_KEY"):
        v = new[n]
        if "/" not in v:
            v = v[:20] + "/" + v[21:]
            new[n] = v
    for n in WP_NAMES:
        d.L("generic-secret", php_json(new[n]))
    for n in ("AUTH_KEY", "NONCE_SALT"):
        d.L("generic-secret", new[n])
    dbpw = d.secret("print:18")
    d.L("password", dbpw)
    d.L("password", php_json(dbpw)) if "/" in dbpw else None
    items = [("DB_NAME", "wp_kulturhuset"), ("DB_USER", "kulturhuset"), ("DB_PASSWORD", dbpw),
             ("DB_HOST", "localhost"), ("DB_CHARSET", "utf8mb4"), ("DB_COLLATE", "")]
    items += [(n, new[n]) for n in WP_NAMES]
    items += [("WP_DEBUG", False), ("WP_HOME", "https://kulturhusetvaxjo.se"), ("WP_SITEURL", "https://kulturhusetvaxjo.se/wp")]
    rows = []
    for n, v in items:
        if isinstance(v, bool):
            rows.append('{"name":"%s","value":%s,"type":"constant"}' % (n, "false"))
        else:
            rows.append('{"name":"%s","value":"%s","type":"constant"}' % (n, php_json(v)))
    rows.append('{"name":"table_prefix","value":"kh_","type":"variable"}')
    jsonout = "[" + ",".join(rows) + "]"
    ident = d.hex(7)
    return fill('''Saltrotation kulturhusetvaxjo.se – 2026-11-09
=============================================

Bakgrund: en gammal redaktörsdator blev stulen, vi loggar ut alla genom att byta salter.
Körs som www-data på web-03 (ärende OPS-@ident@).

deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp config get AUTH_KEY
(gamla värdet visades här, raderat ur anteckningen)

deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp config shuffle-salts
Success: Shuffled the salt keys.

deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp config get AUTH_KEY
@auth@
deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp config get NONCE_SALT
@nonce@

Kontroll att alla åtta är nya och att DB-uppgifterna ligger kvar:

deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp config list --format=json
@jsonout@

deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp cache flush
Success: The cache was flushed.
deploy@web-03:/srv/www/kulturhuset/current$ sudo -u www-data wp option get siteurl
https://kulturhusetvaxjo.se/wp

Klart 10:42. Alla inloggade redaktörer fick logga in igen, ingen felanmälan.
''', ident=ident, auth=new["AUTH_KEY"], nonce=new["NONCE_SALT"], jsonout=jsonout)


@doc("wp-cli-dotenv-command-list-output", "notes/staging-dotenv.txt",
     "terminal output of the wp-cli dotenv package (wp dotenv salts regenerate and wp dotenv list) on a staging host", G)
def wp_dotenv(d):
    vals = {n: d.S("wp") for n in WP_NAMES}
    dbpw = d.L("password", d.secret("alnum:22"))
    smtp = d.L("password", d.secret("print:16"))
    lines = "\n".join(f"{n}='{vals[n]}'" for n in WP_NAMES)
    return fill('''stage@stg-wp-01:~/sites/bokhandeln$ wp package list
+------------------------------------+--------------------------------------------------------------+---------+
| name                               | description                                                  | version |
+------------------------------------+--------------------------------------------------------------+---------+
| aaemnnosttv/wp-cli-dotenv-command  | Dotenv commands for WP-CLI                                   | v2.1.0  |
+------------------------------------+--------------------------------------------------------------+---------+
stage@stg-wp-01:~/sites/bokhandeln$ wp dotenv salts regenerate
Success: Salts regenerated.
stage@stg-wp-01:~/sites/bokhandeln$ wp dotenv list
DB_NAME='bokhandeln_stage'
DB_USER='bokhandeln'
DB_PASSWORD='@dbpw@'
DB_HOST='127.0.0.1'
DB_PREFIX='bh_'
WP_ENV='staging'
WP_HOME='https://stage.bokhandelnlund.se'
WP_SITEURL='${WP_HOME}/wp'
SMTP_HOST='smtp.mailgun.org'
SMTP_USER='@smtpuser@'
SMTP_PASS='@smtp@'
@lines@
stage@stg-wp-01:~/sites/bokhandeln$ wp dotenv get WP_ENV
staging
stage@stg-wp-01:~/sites/bokhandeln$ wp dotenv set DISABLE_WP_CRON true
Success: 'DISABLE_WP_CRON' set.
stage@stg-wp-01:~/sites/bokhandeln$ wp core version --extra
WordPress version: 6.7.1
Database revision: 58975
TinyMCE version:   4.9110 (49110-20201110)
Package language:  sv_SE
''', dbpw=dbpw, smtp=smtp, lines=lines, smtpuser=d.L("email", "postmaster@mg.bokhandelnlund.se"))


@doc("wordpress-salt-api-curl-runbook", "runbook/wordpress/ny-sajt.md",
     "internal runbook for new wordpress sites with the output of curl against the secret-key service pasted in", G)
def wp_runbook(d):
    vals, defs = wp_defines(d, style="api")
    dbpw = d.L("password", d.secret("alnum:24"))
    return fill('''# Ny WordPress-sajt på delad hosting (kundmall)

Senast uppdaterad 2026-11-04 av webbgruppen.

## 1. Databas

```sql
CREATE DATABASE wp_fiskeklubben CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wp_fiskeklubben'@'10.20.%' IDENTIFIED BY '@dbpw@';
GRANT ALL PRIVILEGES ON wp_fiskeklubben.* TO 'wp_fiskeklubben'@'10.20.%';
```

## 2. Nycklar och salter

Hämta alltid nya värden, återanvänd aldrig mellan sajter:

```console
$ curl -s https://api.wordpress.org/secret-key/1.1/salt/
@defs@
```

Klistra in blocket i `wp-config.php` i stället för raderna med
`put your unique phrase here`.

> Obs: exemplet ovan är från fiskeklubbens installation 2026-11-04 och ligger
> nu i produktion. (TODO: ta bort härifrån.)

## 3. Filrättigheter

```console
$ find . -type d -exec chmod 755 {} \\;
$ find . -type f -exec chmod 644 {} \\;
$ chmod 600 wp-config.php
```

## 4. Kontroll

- `wp core verify-checksums` ska ge `Success: WordPress installation verifies against checksums.`
- Sidan `/wp-admin/site-health.php` ska inte visa några kritiska problem.
''', dbpw=dbpw, defs=defs)


@doc("trellis-wordpress-sites-vault-yml", "trellis/group_vars/production/vault.yml",
     "roots trellis production vault.yml (decrypted) with mysql root password, admin user password, database password and the eight wordpress salts", G)
def trellis(d):
    root = d.L("password", d.secret("print:24"))
    admin = d.L("password", d.secret("alnum:18"))
    dbpw = d.L("password", d.secret("alnum:26"))
    s = {n: d.S("wp") for n in WP_NAMES}
    return fill('''# Documentation: https://roots.io/trellis/docs/vault/
vault_mysql_root_password: "@root@"

# Documentation: https://roots.io/trellis/docs/security/
vault_users:
  - name: "{{ admin_user }}"
    password: "@admin@"
    salt: "{{ vault_users_salt | default('') }}"

# Variables to accompany `group_vars/production/wordpress_sites.yml`
# Note: the site name (`ridskolan-aby.se`) must match up with the site name in the above file.
vault_wordpress_sites:
  ridskolan-aby.se:
    env:
      db_password: "@dbpw@"
      # Generate your keys here: https://roots.io/salts.html
      auth_key: "@a1@"
      secure_auth_key: "@a2@"
      logged_in_key: "@a3@"
      nonce_key: "@a4@"
      auth_salt: "@a5@"
      secure_auth_salt: "@a6@"
      logged_in_salt: "@a7@"
      nonce_salt: "@a8@"
''', root=root, admin=admin, dbpw=dbpw, a1=s["AUTH_KEY"], a2=s["SECURE_AUTH_KEY"], a3=s["LOGGED_IN_KEY"],
        a4=s["NONCE_KEY"], a5=s["AUTH_SALT"], a6=s["SECURE_AUTH_SALT"], a7=s["LOGGED_IN_SALT"], a8=s["NONCE_SALT"])


def dots(name, value, width=98):
    n = width - len(name) - len(value) - 4
    return f"  {name} {'.' * max(n, 3)} {value}  "


@doc("laravel-artisan-config-show-services-output", "storage/app/support/config-show-2026-11-12.txt",
     "php artisan config:show app and services output saved for a support case, with the app key, previous keys and third-party credentials", G)
def laravel_show(d):
    key = d.S("b64:32"); prev1 = d.S("b64:32"); prev2 = d.S("b64:32")
    mg = d.L("mailgun-key", d.mailgun())
    h = d.hex(32)
    pm = d.L("generic-secret", f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}")
    ak = d.L("aws-access-key-id", d.akia()); sk = d.L("aws-secret-key", d.aws_secret())
    xb = d.L("slack-token", d.xoxb())
    rows = [("app", ""), ("name", "Hyresgästportalen"), ("env", "production"), ("debug", "false"),
            ("url", "https://portal.bostadsbolaget-ostra.se"), ("frontend_url", "http://localhost:3000"),
            ("asset_url", "null"), ("timezone", "Europe/Stockholm"), ("locale", "sv"), ("fallback_locale", "en"),
            ("faker_locale", "sv_SE"), ("cipher", "AES-256-CBC"), ("key", "base64:" + key),
            ("previous_keys ⇁ 0", "base64:" + prev1), ("previous_keys ⇁ 1", "base64:" + prev2),
            ("maintenance ⇁ driver", "file"), ("maintenance ⇁ store", "database")]
    rows2 = [("services", ""), ("postmark ⇁ token", pm), ("resend ⇁ key", "null"),
             ("ses ⇁ key", ak), ("ses ⇁ secret", sk), ("ses ⇁ region", "eu-north-1"),
             ("mailgun ⇁ domain", "mg.bostadsbolaget-ostra.se"), ("mailgun ⇁ secret", mg),
             ("mailgun ⇁ endpoint", "api.eu.mailgun.net"), ("mailgun ⇁ scheme", "https"),
             ("slack ⇁ notifications ⇁ bot_user_oauth_token", xb),
             ("slack ⇁ notifications ⇁ channel", "#felanmalan-larm")]
    def table(rows):
        out = []
        for k, v in rows:
            if not v:
                out.append(f"  {k} {'.' * (100 - len(k))}  ")
            else:
                out.append(dots(k, v, 104))
        return "\n".join(out)
    return fill('''$ php artisan config:show app

@t1@

$ php artisan config:show services

@t2@

$ php artisan about --only=environment

  Environment ....................................................................................  
  Application Name ........................................................ Hyresgästportalen  
  Laravel Version ........................................................................ 11.31.0  
  PHP Version ............................................................................. 8.3.13  
  Composer Version ......................................................................... 2.8.2  
  Environment ........................................................................ production  
  Debug Mode ............................................................................ OFF  
  URL ......................................................... portal.bostadsbolaget-ostra.se  
  Maintenance Mode ...................................................................... OFF  
  Timezone ..................................................................... Europe/Stockholm  
  Locale ...................................................................................... sv  
''', t1=table(rows), t2=table(rows2))


@doc("laravel-config-app-php-cipher-key", "config/app.php",
     "laravel config/app.php where a developer hard-coded env() fallbacks for the app key and the previous keys", G)
def laravel_app(d):
    k = d.S("b64:32"); p1 = d.S("b64:32"); p2 = d.S("b64:32")
    return fill('''<?php

use Illuminate\\Support\\Facades\\Facade;
use Illuminate\\Support\\ServiceProvider;

return [

    /*
    |--------------------------------------------------------------------------
    | Application Name
    |--------------------------------------------------------------------------
    |
    | This value is the name of your application, which will be used when the
    | framework needs to place the application's name in a notification or
    | other UI elements where an application name needs to be displayed.
    |
    */

    'name' => env('APP_NAME', 'Skolskjutsplaneraren'),

    'env' => env('APP_ENV', 'production'),

    'debug' => (bool) env('APP_DEBUG', false),

    'url' => env('APP_URL', 'https://skjuts.gotlandsbuss-planering.se'),

    'timezone' => 'Europe/Stockholm',

    'locale' => env('APP_LOCALE', 'sv'),

    'fallback_locale' => env('APP_FALLBACK_LOCALE', 'en'),

    'faker_locale' => env('APP_FAKER_LOCALE', 'sv_SE'),

    /*
    |--------------------------------------------------------------------------
    | Encryption Key
    |--------------------------------------------------------------------------
    |
    | This key is utilized by Laravel's encryption services and should be set
    | to a random, 32 character string to ensure that all encrypted values
    | are secure. You should do this prior to deploying the application.
    |
    */

    'cipher' => 'AES-256-CBC',

    // FIXME(jw): fallbacks added during the 2026-10 outage when the
    // container lost its env file, remove once Forge injects APP_KEY again
    'key' => env('APP_KEY', 'base64:@k@'),

    'previous_keys' => [
        ...array_filter(
            explode(',', env('APP_PREVIOUS_KEYS', 'base64:@p1@,base64:@p2@'))
        ),
    ],

    /*
    |--------------------------------------------------------------------------
    | Maintenance Mode Driver
    |--------------------------------------------------------------------------
    */

    'maintenance' => [
        'driver' => env('APP_MAINTENANCE_DRIVER', 'file'),
        'store' => env('APP_MAINTENANCE_STORE', 'database'),
    ],

    'providers' => ServiceProvider::defaultProviders()->merge([
        App\\Providers\\AppServiceProvider::class,
        App\\Providers\\RouteServiceProvider::class,
    ])->toArray(),

    'aliases' => Facade::defaultAliases()->merge([
        // 'Example' => App\\Facades\\Example::class,
    ])->toArray(),

];
''', k=k, p1=p1, p2=p2)


@doc("django-get-random-secret-key-shell-transcript", "ops/notes/2026-11-rotate-django-key.txt",
     "shell transcript generating django secret keys and loading them into a kubernetes secret with the old key as fallback", G)
def django_rotate(d):
    old = d.S("django"); new = d.S("django")
    dbpw = d.L("password", d.secret("alnum:24"))
    rid = d.hex(10)
    return fill('''# Rotating SECRET_KEY for bokningsportal (prod), ticket SEC-@rid@
# keep the old key in SECRET_KEY_FALLBACKS for 14 days so sessions and
# password reset links survive, then drop it.

ops@bastion-1:~$ kubectl -n bokning get secret django-env -o jsonpath='{.data.SECRET_KEY}' | base64 -d; echo
@old@
ops@bastion-1:~$ docker run --rm python:3.12-slim sh -c 'pip -q install "django>=5.1" && python -c "from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())"'
WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager.
@new@
ops@bastion-1:~$ kubectl -n bokning create secret generic django-env \\
>   --from-literal=SECRET_KEY='@new@' \\
>   --from-literal=SECRET_KEY_FALLBACKS='@old@' \\
>   --from-literal=DATABASE_PASSWORD='@dbpw@' \\
>   --dry-run=client -o yaml | kubectl apply -f -
secret/django-env configured
ops@bastion-1:~$ kubectl -n bokning rollout restart deploy/web deploy/worker
deployment.apps/web restarted
deployment.apps/worker restarted
ops@bastion-1:~$ kubectl -n bokning rollout status deploy/web
Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...
Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...
deployment "web" successfully rolled out
ops@bastion-1:~$ kubectl -n bokning exec deploy/web -- python manage.py check --deploy
System check identified no issues (0 silenced).
''', rid=rid, old=old, new=new, dbpw=dbpw)


@doc("django-encrypted-model-fields-key-py", "config/settings/production.py",
     "django production settings with a field encryption key, a hashid salt, a rotation list and an oidc client secret beside the public client id", G)
def django_fields(d):
    sk = d.S("django")
    fek = d.L("generic-secret", d.b64u_bytes(32, pad=True))
    old1 = d.L("generic-secret", d.b64u_bytes(32, pad=True))
    hsalt = d.S("alnum:32")
    oidc = d.S("url:48")
    cid = d.X(d.lowalnum(24))
    dbpw = d.L("password", d.secret("alnum:20"))
    return fill('''"""Production settings for the member register (medlemsregistret)."""
from .base import *  # noqa: F401,F403

import os

DEBUG = False
ALLOWED_HOSTS = ["medlem.idrottsforbundet-norr.se", "admin.idrottsforbundet-norr.se"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "@sk@")

# django-encrypted-model-fields: Fernet key, urlsafe base64 of 32 bytes.
# The first key encrypts, the rest only decrypt (rotation 2026-09).
FIELD_ENCRYPTION_KEY = "@fek@"
FIELD_ENCRYPTION_KEYS_OLD = [
    "@old1@",
]

# django-hashid-field: the salt makes the public ids unguessable
HASHID_FIELD_SALT = "@hsalt@"
HASHID_FIELD_MIN_LENGTH = 9

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "medlem",
        "USER": "medlem_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", "@dbpw@"),
        "HOST": "pg-medlem.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

# mozilla-django-oidc against the federation's Keycloak
OIDC_RP_CLIENT_ID = "@cid@"
OIDC_RP_CLIENT_SECRET = "@oidc@"
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_OP_JWKS_ENDPOINT = "https://sso.idrottsforbundet-norr.se/realms/medlem/protocol/openid-connect/certs"
OIDC_OP_AUTHORIZATION_ENDPOINT = "https://sso.idrottsforbundet-norr.se/realms/medlem/protocol/openid-connect/auth"
OIDC_OP_TOKEN_ENDPOINT = "https://sso.idrottsforbundet-norr.se/realms/medlem/protocol/openid-connect/token"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING["root"]["level"] = "WARNING"  # noqa: F405
''', sk=sk, fek=fek, old1=old1, hsalt=hsalt, oidc=oidc, cid=cid, dbpw=dbpw)


@doc("rails-secret-heroku-config-terminal", "notes/heroku-rotate-2026-11.txt",
     "terminal notes rotating a rails secret_key_base on heroku, with heroku config output listing the database url and other secrets", G)
def rails_heroku(d):
    new = d.S("hex:128"); old = d.S("hex:128")
    mk = d.S("hex:32")
    u = d.lowalnum(14); pw = d.L("url-credentials", d.hex(64))
    rk = d.L("url-credentials", d.secret("alnum:32"))
    return fill('''$ heroku config -a matkassen-prod
=== matkassen-prod Config Vars

DATABASE_URL:             postgres://@u@:@pw@@ec2-54-228-31-70.eu-west-1.compute.amazonaws.com:5432/d7n0q2pl1kr3c
LANG:                     en_US.UTF-8
RACK_ENV:                 production
RAILS_ENV:                production
RAILS_LOG_TO_STDOUT:      enabled
RAILS_MASTER_KEY:         @mk@
RAILS_SERVE_STATIC_FILES: enabled
REDIS_URL:                rediss://:@rk@@ec2-34-243-19-88.eu-west-1.compute.amazonaws.com:21430
SECRET_KEY_BASE:          @old@
WEB_CONCURRENCY:          2

$ bin/rails secret
@new@

$ heroku config:set SECRET_KEY_BASE=@new@ -a matkassen-prod
Setting SECRET_KEY_BASE and restarting ⬢ matkassen-prod... done, v418
SECRET_KEY_BASE: @new@

$ heroku releases -a matkassen-prod -n 2
=== matkassen-prod Releases - Current: v418
v418  Set SECRET_KEY_BASE config vars  drift@matkassen.se  2026/11/10 09:14:22 +0100 (~ 1m ago)
v417  Deploy 9f3c2e1                   drift@matkassen.se  2026/11/08 16:02:51 +0100
''', u=u, pw=pw, mk=mk, rk=rk, old=old, new=new).replace("drift@matkassen.se", d.L("email", "drift@matkassen.se"))


@doc("rails-cookies-rotator-initializer-rb", "config/initializers/cookie_rotator.rb",
     "rails initializer rotating encrypted and signed cookies from an old secret_key_base and a legacy session secret", G)
def rails_rotator(d):
    old = d.S("hex:128"); legacy = d.S("hex:64")
    return fill('''# frozen_string_literal: true

# Cookies written before the move from the old Heroku app (2026-09) were
# signed and encrypted with its secret_key_base. Keep reading them for a
# while so members are not logged out; new cookies use the current key.
# See https://guides.rubyonrails.org/security.html#rotating-encrypted-and-signed-cookies-configurations
Rails.application.config.after_initialize do
  Rails.application.config.action_dispatch.cookies_rotations.tap do |cookies|
    authenticated_encrypted_cookie_salt = Rails.application.config.action_dispatch.authenticated_encrypted_cookie_salt
    signed_cookie_salt = Rails.application.config.action_dispatch.signed_cookie_salt

    OLD_SECRET_KEY_BASE = "@old@"

    key_generator = ActiveSupport::KeyGenerator.new(
      OLD_SECRET_KEY_BASE, iterations: 1000, hash_digest_class: OpenSSL::Digest::SHA1
    )
    key_len = ActiveSupport::MessageEncryptor.key_len

    old_encrypted_secret = key_generator.generate_key(authenticated_encrypted_cookie_salt, key_len)
    old_signed_secret = key_generator.generate_key(signed_cookie_salt)

    cookies.rotate :encrypted, old_encrypted_secret
    cookies.rotate :signed, old_signed_secret

    # Sinatra-era remember-me cookie, signed with a plain HMAC secret
    LEGACY_REMEMBER_ME_SECRET = "@legacy@"
    cookies.rotate :signed, LEGACY_REMEMBER_ME_SECRET, digest: "SHA256", serializer: JSON
  end
end
''', old=old, legacy=legacy)


@doc("phoenix-mix-gen-secret-fly-terminal", "docs/deploy/fly-secrets-2026-11.txt",
     "terminal notes generating phoenix secrets with mix phx.gen.secret and setting them on fly.io, with fly secrets list digests", G)
def phx_fly(d):
    skb = d.S("b64:48"); tok = d.S("alnum:32")
    dg = [d.X(d.hex(16)) for _ in range(5)]
    return fill('''~/src/kollektivet (main) $ mix phx.gen.secret
@skb@
~/src/kollektivet (main) $ mix phx.gen.secret 32
@tok@
~/src/kollektivet (main) $ fly secrets set SECRET_KEY_BASE=@skb@ GUARDIAN_SECRET_KEY=@tok@ --app kollektivet-prod --stage
Secrets have been staged, but not set on VMs. Deploy or update machines in this app for the secrets to take effect.
~/src/kollektivet (main) $ fly deploy --app kollektivet-prod
==> Verifying app config
Validating /Users/ebba/src/kollektivet/fly.toml
✓ Configuration is valid
--> Verified app config
==> Building image
...
 ✔ Machine 48ed6e9c2d3089 [app] update succeeded
 ✔ Machine 9185e1a7b42d68 [app] update succeeded
Visit your newly deployed app at https://kollektivet-prod.fly.dev/
~/src/kollektivet (main) $ fly secrets list --app kollektivet-prod
NAME                    DIGEST                  CREATED AT
DATABASE_URL            @d0@        2026-03-02T11:20:08Z
GUARDIAN_SECRET_KEY     @d1@        2026-11-11T08:41:55Z
PHX_HOST                @d2@        2026-03-02T11:20:08Z
RELEASE_COOKIE          @d3@        2026-03-02T11:20:09Z
SECRET_KEY_BASE         @d4@        2026-11-11T08:41:55Z
''', skb=skb, tok=tok, d0=dg[0], d1=dg[1], d2=dg[2], d3=dg[3], d4=dg[4])


@doc("phoenix-prod-secret-exs-legacy", "config/prod.secret.exs",
     "phoenix 1.5 style prod.secret.exs with literal fallbacks for the database url, secret_key_base, a guardian key and a joken signer", G)
def phx_prod(d):
    pw = d.L("url-credentials", d.secret("alnum:20"))
    skb = d.S("b64:48"); gk = d.S("b64:32"); jk = d.S("alnum:40")
    salt = d.X(d.alnum(8))
    return fill('''# In this file, we load production configuration and secrets
# from environment variables. You can also hardcode secrets,
# although such is generally not recommended and you have to
# remember to add this file to your .gitignore.
use Mix.Config

database_url =
  System.get_env("DATABASE_URL") ||
    "ecto://vardnad:@pw@@pg-primary.vardnad.internal/vardnad_prod"

config :vardnad, Vardnad.Repo,
  ssl: true,
  url: database_url,
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

secret_key_base =
  System.get_env("SECRET_KEY_BASE") ||
    "@skb@"

config :vardnad, VardnadWeb.Endpoint,
  http: [
    port: String.to_integer(System.get_env("PORT") || "4000"),
    transport_options: [socket_opts: [:inet6]]
  ],
  secret_key_base: secret_key_base,
  live_view: [signing_salt: "@salt@"]

config :vardnad, Vardnad.Guardian,
  issuer: "vardnad",
  secret_key: System.get_env("GUARDIAN_SECRET") || "@gk@"

# API tokens for the mobile app are signed with Joken (HS256)
config :joken, default_signer: System.get_env("JOKEN_SIGNER") || "@jk@"

# ## Using releases (Elixir v1.9+)
#
# If you are doing OTP releases, you need to instruct Phoenix
# to start each relevant endpoint:
#
#     config :vardnad, VardnadWeb.Endpoint, server: true
''', pw=pw, skb=skb, gk=gk, jk=jk, salt=salt)


@doc("flask-security-production-config-class-py", "app/config.py",
     "flask config classes with a secret key, flask-security password salt, a totp secrets rotation dict and a csrf secret", G)
def flask_sec(d):
    sk = d.S("hex:64"); salt = d.S("alnum:30"); t1 = d.S("url:43"); t2 = d.S("url:43")
    csrf = d.S("hex:48")
    pw = d.L("url-credentials", d.secret("alnum:18"))
    return fill('''import os
from datetime import timedelta


class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SECURITY_PASSWORD_HASH = "argon2"
    SECURITY_REGISTERABLE = False
    SECURITY_TRACKABLE = True
    SECURITY_TWO_FACTOR = True
    SECURITY_TWO_FACTOR_ENABLED_METHODS = ["authenticator", "email"]
    SECURITY_TOTP_ISSUER = "Föreningskassan"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    WTF_CSRF_TIME_LIMIT = 3600
    BABEL_DEFAULT_LOCALE = "sv"


class DevelopmentConfig(Config):
    DEBUG = True
    SECRET_KEY = "dev"
    SECURITY_PASSWORD_SALT = "dev-salt"
    SECURITY_TOTP_SECRETS = {"1": "dev-only"}
    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"


class ProductionConfig(Config):
    SECRET_KEY = os.environ.get("SECRET_KEY") or "@sk@"
    SECURITY_PASSWORD_SALT = os.environ.get("SECURITY_PASSWORD_SALT") or "@salt@"
    # Flask-Security: newest key first is used to encrypt, all are tried on decrypt
    SECURITY_TOTP_SECRETS = {
        "2": "@t2@",
        "1": "@t1@",
    }
    WTF_CSRF_SECRET_KEY = "@csrf@"
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL",
        "postgresql+psycopg://kassan:@pw@@db1.foreningskassan.internal:5432/kassan",
    )
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"


config = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
}
''', sk=sk, salt=salt, t1=t1, t2=t2, csrf=csrf, pw=pw)


@doc("symfony-secrets-list-reveal-output", "var/support/secrets-prod-2026-11-12.txt",
     "php bin/console secrets:list --reveal output for the prod vault pasted into a support file", G)
def sf_reveal(d):
    app = d.S("hex:32"); dbp = d.L("password", d.secret("alnum:22")); oc = d.S("url:40")
    jp = d.L("generic-secret|password", d.secret("print:28"))
    sl = d.L("stripe-key", d.stripe())
    wh = d.L("generic-secret", "whsec_" + d.alnum(32))
    pk = d.X("pk_live_51" + d.alnum(97))
    rows = [("APP_SECRET", app), ("DATABASE_PASSWORD", dbp), ("JWT_PASSPHRASE", jp), ("OAUTH_AZURE_CLIENT_SECRET", oc),
            ("STRIPE_PUBLIC_KEY", pk), ("STRIPE_SECRET_KEY", sl), ("STRIPE_WEBHOOK_SECRET", wh)]
    w1 = max(len(r[0]) for r in rows) + 2
    w2 = max(len(r[1]) for r in rows) + 4
    line = " " + "-" * w1 + " " + "-" * w2 + " " + "-" * 13
    body = "\n".join(f"  {k.ljust(w1 - 1)}" + f'"{v}"'.ljust(w2 + 1) + "" for k, v in rows)
    return fill('''$ APP_RUNTIME_ENV=prod php bin/console secrets:list --reveal

 // Use "%env(<name>)%" to reference a secret in a config file.

@line@
  @h1@@h2@Local Value
@line@
@body@
@line@

 // Local values override secret values.
 // Use secrets:set --local to define them.

$ ls config/secrets/prod/
prod.decrypt.private.php  prod.encrypt.public.php  prod.list.php
prod.APP_SECRET.6f0e21.php  prod.DATABASE_PASSWORD.0c4a77.php  prod.JWT_PASSPHRASE.b21d90.php
''', line=line, h1="Secret".ljust(w1 - 1), h2="Value".ljust(w2 + 1), body=body)


@doc("symfony-dotenv-local-app-secret", ".env.prod.local",
     "symfony .env.prod.local with the app secret, database and mailer dsns, a jwt passphrase and messenger settings", G)
def sf_env(d):
    app = d.S("hex:32")
    dbpw = d.L("url-credentials", d.secret("alnum:24"))
    mpw = d.L("url-credentials", d.secret("alnum:20"))
    jp = d.L("generic-secret|password", d.secret("print:32"))
    mer = d.S("url:40")
    return fill('''# This file was generated by Ansible (role symfony_app) – do not commit.
# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#  * .env.$APP_ENV       committed environment-specific defaults
#  * .env.$APP_ENV.local uncommitted environment-specific overrides

###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=@app@
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://tidrapport:@dbpw@@pg-tidrapport.internal:5432/tidrapport?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###

###> symfony/mailer ###
MAILER_DSN=smtp://tidrapport%40kommunkoncernen.se:@mpw@@smtp.office365.com:587
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=@jp@
###< lexik/jwt-authentication-bundle ###

###> nelmio/cors-bundle ###
CORS_ALLOW_ORIGIN='^https?://(tid\\.kommunkoncernen\\.se|localhost)(:[0-9]+)?$'
###< nelmio/cors-bundle ###

###> symfony/lock ###
LOCK_DSN=flock
###< symfony/lock ###

# Mercure hub (symfony/mercure-bundle)
MERCURE_URL=https://tid.kommunkoncernen.se/.well-known/mercure
MERCURE_PUBLIC_URL=https://tid.kommunkoncernen.se/.well-known/mercure
MERCURE_JWT_SECRET="@mer@"
''', app=app, dbpw=dbpw, mpw=mpw, jp=jp, mer=mer).replace("tidrapport%40kommunkoncernen.se", d.L("email", "tidrapport%40kommunkoncernen.se"))


@doc("dotnet-user-secrets-list-output", "docs/onboarding/user-secrets-exempel.txt",
     "onboarding note with dotnet user-secrets set and list output of a developer's real secrets", G)
def dn_us(d):
    jwtk = d.S("b64:48"); pw = d.L("password", d.secret("print:18")); wh = d.L("generic-secret", "whsec_" + d.alnum(32))
    gcs = d.L("generic-secret", "GOCSPX-" + d.b64url(28))
    gid = d.X(d.digits(12) + "-" + d.lowalnum(32) + ".apps.googleusercontent.com")
    usid = d.uuid()
    return fill('''Kom igång lokalt (Kursbokning.Api)
=================================

Projektet använder Secret Manager (UserSecretsId @usid@).
Så här såg det ut hos mig efter att jag satt upp allt – kopiera INTE värdena,
be om egna i #kursbokning-dev.

PS C:\\src\\kursbokning\\src\\Kursbokning.Api> dotnet user-secrets init
Set UserSecretsId to '@usid@' for MSBuild project 'C:\\src\\kursbokning\\src\\Kursbokning.Api\\Kursbokning.Api.csproj'.
PS C:\\src\\kursbokning\\src\\Kursbokning.Api> dotnet user-secrets set "Jwt:SigningKey" "@jwtk@"
Successfully saved Jwt:SigningKey to the secret store.
PS C:\\src\\kursbokning\\src\\Kursbokning.Api> dotnet user-secrets set "ConnectionStrings:Kursbokning" "Server=localhost,1433;Database=Kursbokning;User Id=sa;Password=@pw@;TrustServerCertificate=True"
Successfully saved ConnectionStrings:Kursbokning to the secret store.
PS C:\\src\\kursbokning\\src\\Kursbokning.Api> dotnet user-secrets list
Authentication:Google:ClientId = @gid@
Authentication:Google:ClientSecret = @gcs@
ConnectionStrings:Kursbokning = Server=localhost,1433;Database=Kursbokning;User Id=sa;Password=@pw@;TrustServerCertificate=True
Jwt:Audience = kursbokning-api
Jwt:Issuer = https://localhost:7081
Jwt:SigningKey = @jwtk@
Stripe:PublishableKey = pk_test_51Hq...
Stripe:WebhookSecret = @wh@
PS C:\\src\\kursbokning\\src\\Kursbokning.Api> dotnet run --launch-profile https
Building...
info: Microsoft.Hosting.Lifetime[14]
      Now listening on: https://localhost:7081
info: Microsoft.Hosting.Lifetime[0]
      Application started. Press Ctrl+C to shut down.
''', usid=usid, jwtk=jwtk, pw=pw, gid=gid, gcs=gcs, wh=wh)


@doc("dotnet-user-jwts-create-key-output", "notes/user-jwts-lokal-test.txt",
     "developer note with dotnet user-jwts create and key output: the signing key of the dev issuer and a token used with curl", G)
def dn_jwts(d):
    key = d.S("b64:32")
    import base64 as _b, json as _j
    claims = {"unique_name": "ingrid", "sub": "ingrid", "jti": d.hex(8), "scope": "lager:read lager:write",
              "aud": ["http://localhost:5190", "https://localhost:7233"], "nbf": 1794210000, "exp": 1802158800,
              "iat": 1794210001, "iss": "dotnet-user-jwts"}
    tok = d.L("jwt|bearer-token", d.jwt(claims))
    jid = d.X(d.hex(8))
    return fill('''PS C:\\src\\lager\\Lager.Api> dotnet user-jwts create --scope "lager:read" --scope "lager:write" --name ingrid
New JWT saved with ID '@jid@'.
Name: ingrid
Scopes: lager:read, lager:write

Token: @tok@

PS C:\\src\\lager\\Lager.Api> dotnet user-jwts key --issuer dotnet-user-jwts
Signing Key for issuer 'dotnet-user-jwts': @key@

PS C:\\src\\lager\\Lager.Api> dotnet user-jwts list
Project: C:\\src\\lager\\Lager.Api\\Lager.Api.csproj
User Secrets ID: 5c0f7e0a-2f7b-4a53-9c2b-6a8d0d7e1f44
------------------------------------------------------------------------------------------
| ID       | Name   | Audience                                    | Issued On  | Expires On |
------------------------------------------------------------------------------------------
| @jid@ | ingrid | http://localhost:5190, https://localhost:7233 | 2026-11-10 | 2027-02-10 |
------------------------------------------------------------------------------------------

PS C:\\src\\lager\\Lager.Api> curl.exe -i -H "Authorization: Bearer @tok@" http://localhost:5190/api/lagersaldo/artikel/40021
HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8
Date: Tue, 10 Nov 2026 09:31:02 GMT
Server: Kestrel
Transfer-Encoding: chunked

{"artikelnr":40021,"benamning":"Fönsterbleck 2m vit","saldo":118,"lagerplats":"B-14-2"}
''', jid=jid, tok=tok, key=key)


# ------------------------------------------------------------------ code
@doc("python-hmac-webhook-verifier-rotation-py", "kassa/webhooks/verify.py",
     "python module verifying webhook signatures against a current, an old and fallback hex keys", G)
def py_hmac(d):
    cur = d.S("hex:64"); old = d.S("hex:64"); fb1 = d.S("hex:64"); fb2 = d.S("hex:64")
    sig = d.X(d.hex(64))
    return fill('''"""Verify signatures on webhooks from the card terminal provider.

Header format (see provider docs, section 7.3)::

    X-Kassa-Signature: t=1794211200,v1=@sig@

``v1`` is hex(HMAC-SHA256(key, f"{t}.{body}")). During a key rotation the
provider signs with the new key only, so we try every key we know about.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from typing import Iterator

# current key, rotated 2026-11-02 (ticket KASSA-2231)
WEBHOOK_SIGNING_KEY_HEX = "@cur@"
# previous key, keep until 2026-12-01
OLD_WEBHOOK_SIGNING_KEY_HEX = "@old@"
# keys of the two test terminals in the shop at Drottninggatan
FALLBACK_SIGNING_KEYS_HEX = (
    "@fb1@",
    "@fb2@",
)

TOLERANCE_SECONDS = 300
SIGNATURE_HEADER = "X-Kassa-Signature"


def _keys() -> Iterator[bytes]:
    yield bytes.fromhex(WEBHOOK_SIGNING_KEY_HEX)
    yield bytes.fromhex(OLD_WEBHOOK_SIGNING_KEY_HEX)
    for k in FALLBACK_SIGNING_KEYS_HEX:
        yield bytes.fromhex(k)


def parse_header(value: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in value.split(","):
        k, _, v = part.strip().partition("=")
        if k == "t":
            ts = int(v)
        elif k == "v1":
            sigs.append(v)
    return ts, sigs


def verify(body: bytes, header: str, now: float | None = None) -> bool:
    ts, sigs = parse_header(header)
    if not sigs or abs((now or time.time()) - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode() + body
    for key in _keys():
        expected = hmac.new(key, signed, hashlib.sha256).hexdigest()
        if any(hmac.compare_digest(expected, s) for s in sigs):
            return True
    return False
''', sig=sig, cur=cur, old=old, fb1=fb1, fb2=fb2)


@doc("node-createhmac-partner-secrets-ts", "src/partners/signing.ts",
     "typescript module signing outbound partner callbacks with a map of partner name to hmac secret, partner ids beside them", G)
def ts_partner(d):
    names = ["bokcirkeln", "lasplattan", "bibliotekstjanst", "ljudboksbolaget"]
    secs = {n: d.S("url:40") for n in names}
    ids = {n: d.uuid() for n in names}
    rows = "\n".join(f'  {n}: {{ partnerId: "{ids[n]}", secret: "{secs[n]}" }},' for n in names)
    return fill('''import { createHmac, timingSafeEqual } from "node:crypto";

export type PartnerName = "bokcirkeln" | "lasplattan" | "bibliotekstjanst" | "ljudboksbolaget";

interface PartnerConfig {
  /** public id, sent in X-Partner-Id */
  partnerId: string;
  /** shared HMAC secret, never sent */
  secret: string;
}

// TODO(#412): move to Secrets Manager, these were pasted from the partner portal
const PARTNERS: Record<PartnerName, PartnerConfig> = {
@rows@
};

export function signCallback(partner: PartnerName, body: string, timestamp = Date.now()): Record<string, string> {
  const { partnerId, secret } = PARTNERS[partner];
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("base64");
  return {
    "X-Partner-Id": partnerId,
    "X-Timestamp": String(timestamp),
    "X-Signature": `sha256=${mac}`,
  };
}

export function verifyIncoming(partner: PartnerName, body: string, timestamp: string, signature: string): boolean {
  const { secret } = PARTNERS[partner];
  const expected = Buffer.from(
    `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("base64")}`,
  );
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
''', rows=rows)


@doc("fastify-secure-session-key-rotation-ts", "src/plugins/session.ts",
     "fastify plugin registering @fastify/secure-session with a rotation list of hex keys, a cookie secret and a csrf hmac key", G)
def fastify(d):
    k1 = d.S("hex:64"); k2 = d.S("hex:64"); cs = d.S("url:43"); hk = d.S("b64:32")
    return fill('''import fp from "fastify-plugin";
import fastifyCookie from "@fastify/cookie";
import fastifySecureSession from "@fastify/secure-session";
import fastifyCsrf from "@fastify/csrf-protection";
import type { FastifyInstance } from "fastify";

// 32-byte keys, hex. The first key encrypts; every key in the list can
// decrypt, so the previous key stays here until all sessions have expired.
const SESSION_KEYS_HEX = [
  "@k1@", // 2026-11
  "@k2@", // 2026-05, remove after 2026-12-15
];

const COOKIE_SECRET = process.env.COOKIE_SECRET ?? "@cs@";
const CSRF_HMAC_KEY = "@hk@";

export default fp(async function sessionPlugin(app: FastifyInstance) {
  await app.register(fastifyCookie, { secret: COOKIE_SECRET });

  await app.register(fastifySecureSession, {
    sessionName: "session",
    cookieName: "vardplan-session",
    key: SESSION_KEYS_HEX.map((hex) => Buffer.from(hex, "hex")),
    expiry: 8 * 60 * 60,
    cookie: {
      path: "/",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production",
      sameSite: "lax",
    },
  });

  await app.register(fastifyCsrf, {
    sessionPlugin: "@fastify/secure-session",
    csrfOpts: { hmacKey: CSRF_HMAC_KEY },
  });
});
''', k1=k1, k2=k2, cs=cs, hk=hk)


@doc("go-securecookie-codecs-rotation-go", "internal/web/cookies.go",
     "go package building gorilla securecookie codecs from current and old hash and block keys in hex", G)
def go_sc(d):
    hk = d.S("hex:128"); bk = d.S("hex:64"); ohk = d.S("hex:128"); obk = d.S("hex:64")
    return fill('''package web

import (
	"encoding/hex"
	"net/http"
	"time"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// Key pairs for the session cookie. The first pair signs and encrypts new
// cookies; the second is only used to read cookies issued before the
// rotation on 2026-10-28. Hash keys are 64 bytes, block keys 32 (AES-256).
const (
	hashKeyHex     = "@hk@"
	blockKeyHex    = "@bk@"
	oldHashKeyHex  = "@ohk@"
	oldBlockKeyHex = "@obk@"
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic("web: bad cookie key: " + err.Error())
	}
	return b
}

// NewStore returns the cookie store used by the member portal.
func NewStore() *sessions.CookieStore {
	store := sessions.NewCookieStore(
		mustHex(hashKeyHex), mustHex(blockKeyHex),
		mustHex(oldHashKeyHex), mustHex(oldBlockKeyHex),
	)
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   int((12 * time.Hour).Seconds()),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
	return store
}

// Codecs is used by the "remember device" cookie which is not a session.
var Codecs = securecookie.CodecsFromPairs(
	mustHex(hashKeyHex), mustHex(blockKeyHex),
	mustHex(oldHashKeyHex), mustHex(oldBlockKeyHex),
)
''', hk=hk, bk=bk, ohk=ohk, obk=obk)


@doc("go-partner-signing-keys-map-go", "internal/callback/partners.go",
     "go package with a map of carrier name to webhook signing secret and a function computing the signature header", G)
def go_map(d):
    names = ["postnord", "dhl-freight", "bring", "schenker", "budbee"]
    secs = {n: d.S("alnum:40") for n in names}
    rows = "\n".join(f'\t"{n}":{" " * (13 - len(n))}[]byte("{secs[n]}"),' for n in names)
    acct = d.X(d.num(10))
    return fill('''package callback

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// carrierSecrets holds the shared secret each carrier gave us for signing
// status callbacks (see docs/carriers.md). Our customer number with
// PostNord is @acct@.
var carrierSecrets = map[string][]byte{
@rows@
}

// ErrUnknownCarrier is returned for carriers we have no secret for.
var ErrUnknownCarrier = fmt.Errorf("callback: unknown carrier")

// Sign returns the value for the X-Signature header.
func Sign(carrier string, body []byte, now time.Time) (string, error) {
	key, ok := carrierSecrets[carrier]
	if !ok {
		return "", ErrUnknownCarrier
	}
	ts := strconv.FormatInt(now.Unix(), 10)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(ts))
	mac.Write([]byte("."))
	mac.Write(body)
	return "t=" + ts + ",sha256=" + hex.EncodeToString(mac.Sum(nil)), nil
}
''', rows=rows, acct=acct)


@doc("java-secretkeyspec-aes-gcm-java", "src/main/java/se/forsakring/skade/crypto/FieldCipher.java",
     "java class encrypting claim fields with aes-gcm from base64 key constants, a deterministic iv constant beside them", G)
def java_gcm(d):
    k = d.S("b64:32"); ok_ = d.S("b64:32"); iv = d.X(d.hex(24))
    return fill('''package se.forsakring.skade.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts free-text fields of claims (skadebeskrivning) before they are
 * written to the database. Format: version(1) | iv(12) | ciphertext+tag.
 */
public final class FieldCipher {

    private static final String KEY_B64 = "@k@";
    /** key version 1, only used to decrypt rows written before 2026-10 */
    private static final String OLD_KEY_B64 = "@ok@";

    /** fixed IV for the deterministic search column only (not secret) */
    private static final byte[] SEARCH_IV = HexFormat.of().parseHex("@iv@");

    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey current = new SecretKeySpec(Base64.getDecoder().decode(KEY_B64), "AES");
    private final SecretKey previous = new SecretKeySpec(Base64.getDecoder().decode(OLD_KEY_B64), "AES");

    public byte[] encrypt(String plain) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, iv));
        byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + iv.length + ct.length).put((byte) 2).put(iv).put(ct).array();
    }

    public String decrypt(byte[] blob) throws GeneralSecurityException {
        ByteBuffer buf = ByteBuffer.wrap(blob);
        byte version = buf.get();
        byte[] iv = new byte[12];
        buf.get(iv);
        byte[] ct = new byte[buf.remaining()];
        buf.get(ct);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, version == 2 ? current : previous, new GCMParameterSpec(TAG_BITS, iv));
        return new String(c.doFinal(ct), StandardCharsets.UTF_8);
    }

    public byte[] searchToken(String normalised) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, SEARCH_IV));
        return c.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    }
}
''', k=k, ok=ok_, iv=iv)


@doc("spring-security-remember-me-key-java", "src/main/java/se/hyra/portal/config/SecurityConfig.java",
     "spring security configuration with a remember-me key and a literal hmac secret for the jwt decoder", G)
def spring_rm(d):
    rm = d.S("alnum:36"); js = d.S("b64:48")
    return fill('''package se.hyra.portal.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    // Key used to sign the remember-me cookie (TokenBasedRememberMeServices)
    private static final String REMEMBER_ME_KEY = "@rm@";

    // HS256 secret shared with the mobile BFF; base64 of 36 random bytes
    private static final String JWT_HMAC_SECRET_B64 = "@js@";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, UserDetailsService users) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/login", "/css/**", "/js/**", "/actuator/health").permitAll()
                .requestMatchers("/api/**").authenticated()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll())
            .rememberMe(rm -> rm
                .key(REMEMBER_ME_KEY)
                .rememberMeParameter("kom-ihag-mig")
                .tokenValiditySeconds(14 * 24 * 3600)
                .userDetailsService(users))
            .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(jwtDecoder())));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder() {
        byte[] secret = Base64.getDecoder().decode(JWT_HMAC_SECRET_B64.getBytes(StandardCharsets.US_ASCII));
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
''', rm=rm, js=js)


@doc("ktor-sessions-transport-encrypt-kt", "src/main/kotlin/no/bysykkel/admin/plugins/Sessions.kt",
     "ktor server sessions plugin with hex encrypt and sign keys and an old sign key for message authentication", G)
def ktor_sess(d):
    ek = d.S("hex:32"); sk = d.S("hex:64"); osk = d.S("hex:64")
    return fill('''package no.bysykkel.admin.plugins

import io.ktor.server.application.*
import io.ktor.server.sessions.*
import io.ktor.util.*
import kotlinx.serialization.Serializable

@Serializable
data class AdminSession(val userId: String, val displayName: String, val roles: List<String>)

@Serializable
data class Preferences(val language: String = "nb", val theme: String = "light")

fun Application.configureSessions() {
    // 16-byte AES key and 32-byte HMAC key, hex encoded
    val secretEncryptKey = hex("@ek@")
    val secretSignKey = hex("@sk@")
    // sign key from before the 2026-10 rotation, still accepted for preference cookies
    val oldSecretSignKey = hex("@osk@")

    install(Sessions) {
        cookie<AdminSession>("admin_session") {
            cookie.path = "/"
            cookie.maxAgeInSeconds = 8 * 60 * 60
            cookie.httpOnly = true
            cookie.secure = true
            cookie.extensions["SameSite"] = "lax"
            transform(SessionTransportTransformerEncrypt(secretEncryptKey, secretSignKey))
        }
        cookie<Preferences>("prefs") {
            cookie.path = "/"
            transform(SessionTransportTransformerMessageAuthentication(secretSignKey))
            transform(SessionTransportTransformerMessageAuthentication(oldSecretSignKey))
        }
    }
}
''', ek=ek, sk=sk, osk=osk)


@doc("csharp-aes-key-b64-constants-cs", "src/Socialregister.Infrastructure/Crypto/IdentityNumberProtector.cs",
     "c# class protecting identity numbers with aes keys from base64 constants and a blind-index hmac key in hex", G)
def cs_aes(d):
    k = d.S("b64:32"); pk = d.S("b64:32"); bi = d.S("HEX:64")
    thumb = d.X(d.hex(40, upper=True))
    return fill('''using System;
using System.Security.Cryptography;
using System.Text;

namespace Socialregister.Infrastructure.Crypto;

/// <summary>
/// Encrypts personal identity numbers at rest and computes a blind index so
/// that rows can be looked up without decrypting. Keys were moved here from
/// the old Key Vault (certificate thumbprint @thumb@) during the migration.
/// </summary>
public sealed class IdentityNumberProtector
{
    private static readonly byte[] CurrentKey = Convert.FromBase64String("@k@");
    private static readonly byte[] PreviousKey = Convert.FromBase64String("@pk@");
    private const string BlindIndexKeyHex = "@bi@";

    private const byte CurrentVersion = 3;

    public string Protect(string identityNumber)
    {
        using var aes = new AesGcm(CurrentKey, AesGcm.TagByteSizes.MaxSize);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.UTF8.GetBytes(identityNumber);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        aes.Encrypt(nonce, plain, cipher, tag);
        return $"v{CurrentVersion}:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(cipher)}:{Convert.ToBase64String(tag)}";
    }

    public string Unprotect(string value)
    {
        var parts = value.Split(':');
        var key = parts[0] == $"v{CurrentVersion}" ? CurrentKey : PreviousKey;
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        var nonce = Convert.FromBase64String(parts[1]);
        var cipher = Convert.FromBase64String(parts[2]);
        var tag = Convert.FromBase64String(parts[3]);
        var plain = new byte[cipher.Length];
        aes.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string BlindIndex(string identityNumber)
    {
        using var hmac = new HMACSHA256(Convert.FromHexString(BlindIndexKeyHex));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(identityNumber.Replace("-", string.Empty)));
        return Convert.ToHexString(digest, 0, 16);
    }
}
''', thumb=thumb, k=k, pk=pk, bi=bi)


@doc("ruby-messageencryptor-rotate-rb", "lib/invite_box.rb",
     "ruby class encrypting invitation payloads with ActiveSupport::MessageEncryptor, a rotated old key and a message verifier secret", G)
def rb_enc(d):
    s = d.S("hex:64"); o = d.S("hex:64"); v = d.S("alnum:48")
    return fill('''# frozen_string_literal: true

require "active_support"
require "active_support/message_encryptor"
require "active_support/message_verifier"

# Encrypts the payload of invitation links sent to new board members.
# Keys are hex; [..].pack("H*") turns them into the 32 raw bytes AES-256-GCM wants.
class InviteBox
  SECRET = ["@s@"].pack("H*")
  OLD_SECRET = ["@o@"].pack("H*") # before 2026-10-30

  UNSUBSCRIBE_VERIFIER_SECRET = "@v@"

  class << self
    def encryptor
      @encryptor ||= ActiveSupport::MessageEncryptor.new(SECRET, cipher: "aes-256-gcm").tap do |e|
        e.rotate OLD_SECRET
      end
    end

    def verifier
      @verifier ||= ActiveSupport::MessageVerifier.new(UNSUBSCRIBE_VERIFIER_SECRET, digest: "SHA256", serializer: JSON)
    end

    def seal(payload, expires_in: 7 * 24 * 3600)
      encryptor.encrypt_and_sign(payload, expires_in: expires_in, purpose: :invite)
    end

    def open(token)
      encryptor.decrypt_and_verify(token, purpose: :invite)
    rescue ActiveSupport::MessageEncryptor::InvalidMessage
      nil
    end

    def unsubscribe_token(member_id)
      verifier.generate(member_id, purpose: :unsubscribe)
    end
  end
end
''', s=s, o=o, v=v)


@doc("rack-session-cookie-old-secret-ru", "config.ru",
     "rackup file of a sinatra app using Rack::Session::Cookie with a secret and an old_secret", G)
def rack_ru(d):
    s = d.S("hex:128"); o = d.S("hex:128")
    return fill('''# frozen_string_literal: true

require "bundler/setup"
require "rack/session"
require "rack/protection"
require_relative "app/kolonilott"

use Rack::CommonLogger
use Rack::Session::Cookie,
    key: "kolonilott.session",
    path: "/",
    expire_after: 60 * 60 * 12,
    same_site: :lax,
    secure: ENV.fetch("RACK_ENV", "development") == "production",
    # Rack 3 wants at least 64 bytes; generated with SecureRandom.hex(64)
    secret: ENV.fetch("SESSION_SECRET", "@s@"),
    old_secret: "@o@"
use Rack::Protection, except: [:session_hijacking]
use Rack::Protection::AuthenticityToken

run Kolonilott::App
''', s=s, o=o)


@doc("php-defuse-crypto-key-ascii-php", "src/Security/EncryptionKeyProvider.php",
     "php class loading defuse/php-encryption keys from ascii-safe literals, current and legacy", G)
def php_defuse(d):
    k = d.S("hex:128"); lk = d.S("hex:128")
    k = d.L("generic-secret", "def00000" + k); lk = d.L("generic-secret", "def00000" + lk)
    # the raw 128-hex parts were registered as labels by S(); drop them
    d.labels = [(c, v) for c, v in d.labels if v.startswith("def00000")]
    return fill('''<?php

declare(strict_types=1);

namespace App\\Security;

use Defuse\\Crypto\\Crypto;
use Defuse\\Crypto\\Exception\\WrongKeyOrModifiedCiphertextException;
use Defuse\\Crypto\\Key;

/**
 * Keys for encrypting bank account numbers in the member register.
 * Generated with vendor/bin/generate-defuse-key.
 */
final class EncryptionKeyProvider
{
    private const CURRENT_KEY_ASCII = '@k@';

    // Key from the 2024 installation; rows are re-encrypted lazily on read.
    private const LEGACY_KEY_ASCII = '@lk@';

    private ?Key $current = null;
    private ?Key $legacy = null;

    public function current(): Key
    {
        return $this->current ??= Key::loadFromAsciiSafeString(self::CURRENT_KEY_ASCII);
    }

    public function decrypt(string $ciphertext): string
    {
        try {
            return Crypto::decrypt($ciphertext, $this->current());
        } catch (WrongKeyOrModifiedCiphertextException) {
            $this->legacy ??= Key::loadFromAsciiSafeString(self::LEGACY_KEY_ASCII);

            return Crypto::decrypt($ciphertext, $this->legacy);
        }
    }

    public function encrypt(string $plaintext): string
    {
        return Crypto::encrypt($plaintext, $this->current());
    }
}
''', k=k, lk=lk)


@doc("spatie-webhook-client-configs-php", "config/webhook-client.php",
     "spatie laravel-webhook-client config with several incoming webhook configs, each with its signing secret", G)
def spatie_wh(d):
    a = d.S("alnum:40"); b = d.S("hex:64"); c = d.S("url:32")
    return fill('''<?php

return [
    'configs' => [
        [
            /*
             * This package supports multiple webhook receiving endpoints. If you only have
             * one endpoint receiving webhooks, you can use 'default'.
             */
            'name' => 'kassasystem',

            /*
             * We expect that every webhook call will be signed using a secret. This secret
             * is used to verify that the payload has not been tampered with.
             */
            'signing_secret' => env('WEBHOOK_KASSA_SECRET', '@a@'),

            /*
             * The name of the header containing the signature.
             */
            'signature_header_name' => 'Signature',

            'signature_validator' => \\Spatie\\WebhookClient\\SignatureValidator\\DefaultSignatureValidator::class,
            'webhook_profile' => \\Spatie\\WebhookClient\\WebhookProfile\\ProcessEverythingWebhookProfile::class,
            'webhook_response' => \\Spatie\\WebhookClient\\WebhookResponse\\DefaultRespondsTo::class,
            'webhook_model' => \\Spatie\\WebhookClient\\Models\\WebhookCall::class,
            'store_headers' => [],
            'process_webhook_job' => \\App\\Jobs\\Webhooks\\ProcessKassaWebhook::class,
        ],
        [
            'name' => 'fortnox',
            'signing_secret' => env('WEBHOOK_FORTNOX_SECRET', '@b@'),
            'signature_header_name' => 'X-Fortnox-Signature',
            'signature_validator' => \\App\\Webhooks\\HexHmacValidator::class,
            'webhook_profile' => \\Spatie\\WebhookClient\\WebhookProfile\\ProcessEverythingWebhookProfile::class,
            'webhook_response' => \\Spatie\\WebhookClient\\WebhookResponse\\DefaultRespondsTo::class,
            'webhook_model' => \\Spatie\\WebhookClient\\Models\\WebhookCall::class,
            'store_headers' => ['X-Fortnox-Event'],
            'process_webhook_job' => \\App\\Jobs\\Webhooks\\ProcessFortnoxWebhook::class,
        ],
        [
            'name' => 'bokningsmotor',
            'signing_secret' => '@c@',
            'signature_header_name' => 'X-Signature',
            'signature_validator' => \\Spatie\\WebhookClient\\SignatureValidator\\DefaultSignatureValidator::class,
            'webhook_profile' => \\Spatie\\WebhookClient\\WebhookProfile\\ProcessEverythingWebhookProfile::class,
            'webhook_response' => \\Spatie\\WebhookClient\\WebhookResponse\\DefaultRespondsTo::class,
            'webhook_model' => \\Spatie\\WebhookClient\\Models\\WebhookCall::class,
            'store_headers' => [],
            'process_webhook_job' => \\App\\Jobs\\Webhooks\\ProcessBookingWebhook::class,
        ],
    ],

    /*
     * The integer amount of days after which models should be deleted.
     */
    'delete_after_days' => 30,

    'add_unique_token_to_route_name' => false,
];
''', a=a, b=b, c=c)


@doc("rust-hmac-new-from-slice-rs", "src/signing.rs",
     "rust module signing outbound requests with hmac-sha256 from a byte-string key and a fallback key list", G)
def rs_hmac(d):
    k = d.S("alnum:40"); f1 = d.S("alnum:40"); f2 = d.S("alnum:40")
    return fill('''//! Request signing for the timetable export API.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Key issued by Trafikdata AB on 2026-10-14.
const SIGNING_KEY: &[u8] = b"@k@";

/// Keys still accepted when verifying callbacks during the overlap window.
const FALLBACK_SIGNING_KEYS: [&[u8]; 2] = [
    b"@f1@",
    b"@f2@",
];

pub fn sign(method: &str, path: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(SIGNING_KEY).expect("HMAC can take key of any size");
    mac.update(method.as_bytes());
    mac.update(b"\\n");
    mac.update(path.as_bytes());
    mac.update(b"\\n");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b"\\n");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

pub fn verify_callback(body: &[u8], signature_hex: &str) -> bool {
    let Ok(sig) = hex::decode(signature_hex) else { return false };
    std::iter::once(SIGNING_KEY)
        .chain(FALLBACK_SIGNING_KEYS)
        .any(|key| {
            let mut mac = HmacSha256::new_from_slice(key).expect("HMAC can take key of any size");
            mac.update(body);
            mac.verify_slice(&sig).is_ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_hex_sha256() {
        let s = sign("GET", "/v2/stops", 1_794_211_200, b"");
        assert_eq!(s.len(), 64);
    }
}
''', k=k, f1=f1, f2=f2)


@doc("rust-aes-gcm-key-hex-literal-rs", "src/vault.rs",
     "rust module encrypting stored api credentials with aes-gcm from hex! key literals, a fixed test nonce beside them", G)
def rs_gcm(d):
    k = d.S("hex:64"); ok_ = d.S("hex:64"); n = d.X(d.hex(24))
    return fill('''use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use hex_literal::hex;

/// AES-256 key for the credentials table (version 2).
const KEY_V2: [u8; 32] = hex!("@k@");
/// Version 1 key, decrypt only.
const KEY_V1: [u8; 32] = hex!("@ok@");

pub struct Vault {
    v2: Aes256Gcm,
    v1: Aes256Gcm,
}

impl Vault {
    pub fn new() -> Self {
        Self {
            v2: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&KEY_V2)),
            v1: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&KEY_V1)),
        }
    }

    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let mut out = vec![2u8];
        out.extend_from_slice(&nonce);
        out.extend(self.v2.encrypt(&nonce, plain).expect("encrypt"));
        out
    }

    pub fn open(&self, blob: &[u8]) -> Option<Vec<u8>> {
        let (ver, rest) = blob.split_first()?;
        let (nonce, ct) = rest.split_at(12);
        let cipher = if *ver == 2 { &self.v2 } else { &self.v1 };
        cipher.decrypt(Nonce::from_slice(nonce), ct).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // fixed nonce so the test vector is stable; never used outside tests
    const TEST_NONCE: [u8; 12] = hex!("@n@");

    #[test]
    fn roundtrip() {
        let v = Vault::new();
        let sealed = v.seal(b"hello");
        assert_eq!(v.open(&sealed).unwrap(), b"hello");
        let ct = v.v2.encrypt(Nonce::from_slice(&TEST_NONCE), b"x".as_ref()).unwrap();
        assert_eq!(ct.len(), 17);
    }
}
''', k=k, ok=ok_, n=n)


@doc("elixir-plug-crypto-sign-secret-ex", "lib/kursbokning/invite_token.ex",
     "elixir module signing invitation tokens with Plug.Crypto.sign using a module attribute secret and old secrets", G)
def ex_plug(d):
    s = d.S("b64:48"); o = d.S("b64:48")
    return fill('''defmodule Kursbokning.InviteToken do
  @moduledoc """
  Signed, expiring tokens for course invitations.

  The salt ("course invite") is public; the secret is not.
  """

  @salt "course invite"
  @max_age 7 * 24 * 60 * 60

  # generated with `mix phx.gen.secret 48`
  @secret "@s@"
  @old_secrets ["@o@"]

  @spec sign(integer(), integer()) :: binary()
  def sign(course_id, member_id) do
    Plug.Crypto.sign(@secret, @salt, %{c: course_id, m: member_id}, max_age: @max_age)
  end

  @spec verify(binary()) :: {:ok, map()} | {:error, :expired | :invalid}
  def verify(token) do
    Enum.reduce_while([@secret | @old_secrets], {:error, :invalid}, fn secret, acc ->
      case Plug.Crypto.verify(secret, @salt, token, max_age: @max_age) do
        {:ok, data} -> {:halt, {:ok, data}}
        {:error, :expired} -> {:halt, {:error, :expired}}
        {:error, _} -> {:cont, acc}
      end
    end)
  end
end
''', s=s, o=o)


@doc("elixir-partner-hmac-keyword-list-exs", "config/partners.exs",
     "elixir config file with a keyword list of payment partners, their public merchant ids and hmac secrets", G)
def ex_part(d):
    sec = [d.S("hex:64") for _ in range(3)]
    mids = [d.X(d.num(8)) for _ in range(3)]
    return fill('''import Config

# Imported from config/runtime.exs. Merchant ids are public (they are printed
# on receipts); the hmac secrets are what the partners use to sign callbacks.
config :betalning, :partners,
  swish_handel: [
    merchant_id: "@m0@",
    callback_hmac_secret: "@s0@",
    url: "https://mss.cpc.getswish.net/swish-cpcapi/api/v2"
  ],
  klarna: [
    merchant_id: "@m1@",
    callback_hmac_secret: "@s1@",
    url: "https://api.klarna.com"
  ],
  trustly: [
    merchant_id: "@m2@",
    callback_hmac_secret: "@s2@",
    url: "https://api.trustly.com/1"
  ]

config :betalning, Betalning.Callbacks,
  max_clock_skew: 300,
  signature_header: "x-signature"
''', m0=mids[0], m1=mids[1], m2=mids[2], s0=sec[0], s1=sec[1], s2=sec[2])


@doc("swift-cryptokit-symmetrickey-hex-swift", "Sources/KassaKit/Crypto/ReceiptSigner.swift",
     "swift enum signing digital receipts with cryptokit hmac from hex key constants (current and previous)", G)
def swift_ck(d):
    k = d.S("hex:64"); p = d.S("hex:64")
    return fill('''import CryptoKit
import Foundation

/// Signs digital receipts so the customer app can show a "verified" badge.
enum ReceiptSigner {
    private static let signingKeyHex = "@k@"
    /// Receipts issued before build 4.12 were signed with this key.
    private static let previousSigningKeyHex = "@p@"

    private static var signingKey: SymmetricKey { SymmetricKey(data: Data(hexString: signingKeyHex)!) }
    private static var previousKey: SymmetricKey { SymmetricKey(data: Data(hexString: previousSigningKeyHex)!) }

    static func sign(_ receipt: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: receipt, using: signingKey)
        return Data(mac).base64EncodedString()
    }

    static func isValid(_ receipt: Data, signature: String) -> Bool {
        guard let sig = Data(base64Encoded: signature) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(sig, authenticating: receipt, using: signingKey)
            || HMAC<SHA256>.isValidAuthenticationCode(sig, authenticating: receipt, using: previousKey)
    }
}

extension Data {
    init?(hexString: String) {
        var data = Data(capacity: hexString.count / 2)
        var index = hexString.startIndex
        while index < hexString.endIndex {
            let next = hexString.index(index, offsetBy: 2)
            guard let byte = UInt8(hexString[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        self = data
    }
}
''', k=k, p=p)


@doc("scala-hmac-partner-secrets-map-scala", "src/main/scala/fi/kauppa/integraatio/PartnerSigner.scala",
     "scala object with a map of partner name to hmac secret used with javax.crypto.Mac", G)
def scala_map(d):
    s = [d.S("alnum:32") for _ in range(3)]
    return fill('''package fi.kauppa.integraatio

import java.nio.charset.StandardCharsets.UTF_8
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object PartnerSigner {

  // partner -> shared secret (from the onboarding e-mails, see INT-88)
  private val secrets: Map[String, String] = Map(
    "verkkokauppa-oy" -> "@s0@",
    "tukkuri-abp"     -> "@s1@",
    "kuljetus-nordic" -> "@s2@"
  )

  private val Algorithm = "HmacSHA256"

  def sign(partner: String, payload: String): Either[String, String] =
    secrets.get(partner) match {
      case None => Left(s"unknown partner: $partner")
      case Some(secret) =>
        val mac = Mac.getInstance(Algorithm)
        mac.init(new SecretKeySpec(secret.getBytes(UTF_8), Algorithm))
        Right(Base64.getEncoder.encodeToString(mac.doFinal(payload.getBytes(UTF_8))))
    }

  def verify(partner: String, payload: String, signature: String): Boolean =
    sign(partner, payload).exists(expected =>
      java.security.MessageDigest.isEqual(expected.getBytes(UTF_8), signature.getBytes(UTF_8)))
}
''', s0=s[0], s1=s[1], s2=s[2])


@doc("shell-openssl-dgst-hmac-script-sh", "bin/notify-lagerpartner.sh",
     "bash script signing a json body with openssl dgst -hmac using a literal key default and an old key for the overlap", G)
def sh_hmac(d):
    k = d.S("alnum:40"); o = d.S("alnum:40")
    return fill('''#!/usr/bin/env bash
# Skickar orderhändelser till lagerpartnern. Kör från cron var femte minut.
set -euo pipefail

PARTNER_URL="https://api.lagerpartner-norden.se/v2/events"
HMAC_KEY="${HMAC_KEY:-@k@}"
# partnern accepterar gamla nyckeln till 2026-12-01
OLD_HMAC_KEY="@o@"
STATE_DIR=/var/lib/notify-lagerpartner

sign() {
  local key="$1" body="$2"
  printf '%s' "$body" | openssl dgst -sha256 -hmac "$key" -binary | base64
}

last_id=$(cat "$STATE_DIR/last_id" 2>/dev/null || echo 0)
events=$(psql -XAtq "service=orders" -c "select coalesce(json_agg(e), '[]') from (select id, order_no, status, changed_at from order_events where id > $last_id order by id limit 200) e")

if [ "$(jq length <<<"$events")" -eq 0 ]; then
  exit 0
fi

body=$(jq -c '{source: "webshop", events: .}' <<<"$events")
ts=$(date +%s)
sig=$(sign "$HMAC_KEY" "$ts.$body")

if [ "${USE_OLD_KEY:-0}" = 1 ]; then
  sig=$(sign "$OLD_HMAC_KEY" "$ts.$body")
fi

curl -fsS -X POST "$PARTNER_URL" \\
  -H 'Content-Type: application/json' \\
  -H "X-Timestamp: $ts" \\
  -H "X-Signature: sha256=$sig" \\
  --data-binary "$body"

jq -r 'map(.id) | max' <<<"$events" > "$STATE_DIR/last_id"
''', k=k, o=o)


@doc("python-pycryptodome-aes-new-literal-py", "etl/decrypt_export.py",
     "python etl script decrypting a partner export with pycryptodome AES.new on a hex key literal and a fernet key literal", G)
def py_aes(d):
    k = d.S("hex:64"); fk = d.L("generic-secret", d.b64u_bytes(32, pad=True))
    sha = d.sha256()
    return fill('''#!/usr/bin/env python3
"""Decrypt the nightly member export from the booking system and re-encrypt
it with our own Fernet key before it lands in the data lake."""
import hashlib
import sys
from pathlib import Path

from Crypto.Cipher import AES
from cryptography.fernet import Fernet

# AES-256-GCM key agreed with the booking system vendor (INT-207)
VENDOR_KEY = bytes.fromhex("@k@")
LAKE = Fernet(b"@fk@")

# sha256 of the sample file in tests/fixtures, used by the smoke test
SAMPLE_SHA256 = "@sha@"


def decrypt(blob: bytes) -> bytes:
    nonce, tag, ct = blob[:12], blob[12:28], blob[28:]
    cipher = AES.new(VENDOR_KEY, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ct, tag)


def main(src: str, dst: str) -> None:
    raw = Path(src).read_bytes()
    plain = decrypt(raw)
    Path(dst).write_bytes(LAKE.encrypt(plain))
    print(f"{src}: {len(plain)} bytes, sha256 {hashlib.sha256(plain).hexdigest()}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
''', k=k, fk=fk, sha=sha)


@doc("node-createcipheriv-buffer-literal-js", "lib/crypto/tokens.js",
     "node module encrypting refresh tokens at rest with createCipheriv and a hex key literal, plus a base64 hmac key", G)
def node_cipher(d):
    k = d.S("hex:64"); hk = d.S("b64:32")
    return fill('''"use strict";

const crypto = require("node:crypto");

// 32-byte key for aes-256-gcm (hex) and the key for the lookup hash (base64).
// Copied from the old .env when we moved to Kubernetes – should be a Secret.
const ENC_KEY = Buffer.from("@k@", "hex");
const LOOKUP_HMAC_KEY = Buffer.from("@hk@", "base64");

function seal(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", ENC_KEY, iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), ct].map((b) => b.toString("base64url")).join(".");
}

function open(sealed) {
  const [iv, tag, ct] = sealed.split(".").map((s) => Buffer.from(s, "base64url"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", ENC_KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString("utf8");
}

function lookupHash(token) {
  return crypto.createHmac("sha256", LOOKUP_HMAC_KEY).update(token).digest("hex");
}

module.exports = { seal, open, lookupHash };
''', k=k, hk=hk)


# ------------------------------------------------------------------ JSON logs
def ms(dt):
    import calendar
    return calendar.timegm(dt.timetuple()) * 1000 + dt.microsecond // 1000


def iso(dt, frac=3, z=True):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + ("%06d" % dt.microsecond)[:frac]
    return s + ("Z" if z else "+01:00")


def seq(d, n, start=None, step=(1, 40)):
    import datetime as _dt
    t = start or d.ts()
    out = []
    for _ in range(n):
        t = t + _dt.timedelta(seconds=d.rng.randrange(*step), microseconds=d.rng.randrange(0, 999999))
        out.append(t)
    return out


@doc("pino-json-session-csrf-log", "logs/medlemsportal/api.log",
     "pino json log of a node api printing a created session id and csrf token after login, with request ids and client addresses", G)
def pino(d):
    ts = seq(d, 12)
    ip1, ip2 = d.ip(), d.ip()
    sid = d.S("url:43"); csrf = d.S("url:36"); sid2 = d.S("url:43")
    e1 = d.email(*d.name("se"), domain="telia.com")
    host = "api-6d9f7c5b8-q2kzn"
    L = []
    def line(i, lvl, body):
        L.append('{"level":%d,"time":%d,"pid":17,"hostname":"%s",%s}' % (lvl, ms(ts[i]), host, body))
    line(0, 30, '"msg":"Server listening at http://0.0.0.0:3000"')
    line(1, 30, '"reqId":"req-1b","req":{"method":"GET","url":"/health","hostname":"10.42.3.17:3000","remoteAddress":"10.42.0.1","remotePort":40122},"msg":"incoming request"')
    line(2, 30, '"reqId":"req-1b","res":{"statusCode":200},"responseTime":0.81,"msg":"request completed"')
    line(3, 30, '"reqId":"req-1c","req":{"method":"POST","url":"/api/v1/auth/login","hostname":"medlem.paddelklubben-malaren.se","remoteAddress":"%s","remotePort":52811},"msg":"incoming request"' % ip1)
    line(4, 30, '"reqId":"req-1c","module":"auth","email":"%s","userId":3318,"sessionId":"%s","csrfToken":"%s","expiresAt":"%s","msg":"session created"' % (e1, sid, csrf, iso(ts[4].replace(hour=(ts[4].hour + 8) % 24))))
    line(5, 30, '"reqId":"req-1c","res":{"statusCode":200},"responseTime":212.4,"msg":"request completed"')
    line(6, 30, '"reqId":"req-1d","req":{"method":"GET","url":"/api/v1/bookings?week=46","hostname":"medlem.paddelklubben-malaren.se","remoteAddress":"%s","remotePort":52811},"msg":"incoming request"' % ip1)
    line(7, 30, '"reqId":"req-1d","res":{"statusCode":200},"responseTime":38.9,"msg":"request completed"')
    line(8, 40, '"reqId":"req-1e","module":"auth","userId":1207,"attempt":2,"msg":"invalid password"')
    line(9, 30, '"reqId":"req-1f","module":"auth","userId":1207,"sessionId":"%s","rotatedFrom":null,"msg":"session created"' % sid2)
    line(10, 30, '"reqId":"req-20","req":{"method":"POST","url":"/api/v1/auth/logout","hostname":"medlem.paddelklubben-malaren.se","remoteAddress":"%s","remotePort":61002},"msg":"incoming request"' % ip2)
    line(11, 30, '"reqId":"req-20","res":{"statusCode":204},"responseTime":4.1,"msg":"request completed"')
    return "\n".join(L)


@doc("bunyan-json-email-verification-log", "var/log/kundportal/app.log",
     "bunyan json log printing e-mail verification tokens and an api key created for an integration", G)
def bunyan(d):
    ts = seq(d, 10)
    t1 = d.S("hex:40"); t2 = d.S("hex:40"); ak = d.S("alnum:40")
    n1 = d.name("fi"); n2 = d.name("se")
    e1 = d.email(*n1, domain="elisanet.fi"); e2 = d.email(*n2, domain="bredband2.com")
    pre = d.X(ak[:6]) if False else None
    L = []
    def line(i, lvl, body):
        L.append('{"name":"kundportal","hostname":"web-2","pid":2211,"level":%d,%s,"time":"%s","v":0}' % (lvl, body, iso(ts[i])))
    line(0, 30, '"msg":"kundportal listening on :8080"')
    line(1, 30, '"component":"signup","userId":88120,"email":"%s","verifyToken":"%s","msg":"verification mail queued"' % (e1, t1))
    line(2, 30, '"component":"mailer","messageId":"<%s>","template":"verify-email","msg":"sent"' % d.X(d.hex(20) + "@kundportal.mail"))
    line(3, 30, '"component":"signup","userId":88121,"email":"%s","verifyToken":"%s","msg":"verification mail queued"' % (e2, t2))
    line(4, 40, '"component":"mailer","err":{"message":"451 4.7.1 Try again later","name":"SMTPError","code":"EENVELOPE"},"msg":"retrying"')
    line(5, 30, '"component":"signup","userId":88120,"msg":"email verified"')
    line(6, 30, '"component":"integrations","orgId":412,"keyId":"ik_%s","apiKey":"%s","scopes":["orders:read"],"msg":"integration key created"' % (d.X(d.lowalnum(10)), ak))
    line(7, 30, '"component":"http","req_id":"%s","method":"GET","url":"/api/orders?since=2026-11-01","statusCode":200,"ms":41,"msg":"request"' % d.uuid())
    line(8, 30, '"component":"http","req_id":"%s","method":"GET","url":"/api/orders/20261104-118","statusCode":200,"ms":12,"msg":"request"' % d.uuid())
    line(9, 50, '"component":"jobs","job":"nightly-export","err":{"message":"connect ETIMEDOUT 10.0.4.12:5432","name":"Error"},"msg":"job failed"')
    return "\n".join(L)


@doc("go-slog-jsonhandler-session-log", "logs/bokningsapi/stderr.log",
     "go log/slog json handler output with session ids, a password reset token and request ids", G)
def slog(d):
    ts = seq(d, 10)
    s1 = d.S("url:32"); s2 = d.S("url:32"); rt = d.S("url:43")
    ip = d.ip()
    L = []
    def line(i, lvl, msg, rest):
        L.append('{"time":"%s","level":"%s","msg":"%s"%s}' % (iso(ts[i], 6, False), lvl, msg, rest))
    line(0, "INFO", "starting", ',"addr":":8080","version":"v2.14.1","commit":"%s"' % d.X(d.hex(7)))
    line(1, "INFO", "request", ',"method":"POST","path":"/v1/login","status":200,"dur_ms":87,"req_id":"%s"' % d.uuid())
    line(2, "INFO", "session started", ',"user_id":20417,"session_id":"%s","remote":"%s:50112","ttl":"12h0m0s"' % (s1, ip))
    line(3, "DEBUG", "cache miss", ',"key":"timeslots:2026-11-12:bana-3"')
    line(4, "INFO", "request", ',"method":"GET","path":"/v1/timeslots","status":200,"dur_ms":14,"req_id":"%s"' % d.uuid())
    line(5, "INFO", "password reset requested", ',"user_id":3311,"reset_token":"%s","expires":"%s"' % (rt, iso(ts[5], 0, False)))
    line(6, "WARN", "rate limited", ',"route":"/v1/login","remote":"10.3.0.9","limit":10')
    line(7, "INFO", "session started", ',"user_id":3311,"session_id":"%s","remote":"10.3.0.9:40312","ttl":"12h0m0s"' % s2)
    line(8, "INFO", "request", ',"method":"DELETE","path":"/v1/bookings/77120","status":204,"dur_ms":22,"req_id":"%s"' % d.uuid())
    line(9, "ERROR", "smtp send failed", ',"err":"dial tcp 10.0.8.25:587: i/o timeout","template":"reset-password"')
    return "\n".join(L)


@doc("logrus-json-confirmation-token-log", "var/log/signup-svc/signup.log",
     "logrus json formatter output of a signup service printing e-mail confirmation tokens and an invite secret", G)
def logrus(d):
    ts = seq(d, 9)
    c1 = d.S("hex:32"); c2 = d.S("hex:32"); inv = d.S("alnum:24")
    e1 = d.email(*d.name("dk"), domain="mail.dk"); e2 = d.email(*d.name("no"), domain="online.no")
    L = []
    def line(i, lvl, msg, fields):
        L.append('{%s"level":"%s","msg":"%s","time":"%s"}' % (fields, lvl, msg, ts[i].strftime("%Y-%m-%dT%H:%M:%S+01:00")))
    line(0, "info", "signup-svc started", '"port":9090,"env":"prod",')
    line(1, "info", "account created", '"account_id":"%s","email":"%s","plan":"family",' % (d.uuid(), e1))
    line(2, "info", "confirmation mail queued", '"confirm_token":"%s","email":"%s",' % (c1, e1))
    line(3, "info", "account created", '"account_id":"%s","email":"%s","plan":"single",' % (d.uuid(), e2))
    line(4, "info", "confirmation mail queued", '"confirm_token":"%s","email":"%s",' % (c2, e2))
    line(5, "warning", "mx lookup slow", '"domain":"online.no","elapsed_ms":1840,',)
    line(6, "info", "household invite created", '"household_id":7731,"invite_secret":"%s","expires_in":"72h",' % inv)
    line(7, "info", "account confirmed", '"email":"%s",' % e1)
    line(8, "error", "stripe customer create failed", '"error":"Post \\"https://api.stripe.com/v1/customers\\": context deadline exceeded","email":"%s",' % e2)
    return "\n".join(L)


@doc("tracing-subscriber-json-reset-token-log", "logs/identitet/identitet.log",
     "rust tracing-subscriber json output with password reset tokens, an api key and span fields", G)
def tracing(d):
    ts = seq(d, 8)
    rt1 = d.S("url:43"); rt2 = d.S("url:43"); ak = d.S("hex:48")
    L = []
    def line(i, lvl, target, fields, span=None):
        sp = ""
        if span:
            sp = ',"span":{"request_id":"%s","name":"request"},"spans":[{"method":"POST","uri":"%s","name":"http"},{"request_id":"%s","name":"request"}]' % (span[0], span[1], span[0])
        L.append('{"timestamp":"%s","level":"%s","fields":{%s},"target":"%s"%s}' % (iso(ts[i], 6), lvl, fields, target, sp))
    r1, r2, r3 = d.uuid(), d.uuid(), d.uuid()
    line(0, "INFO", "identitet", '"message":"listening","addr":"0.0.0.0:8443"')
    line(1, "INFO", "identitet::reset", '"message":"reset token issued","user_id":41187,"reset_token":"%s","valid_minutes":30' % rt1, (r1, "/api/password/forgot"))
    line(2, "DEBUG", "lettre::transport::smtp", '"message":"connection established","server":"smtp.internal:587"')
    line(3, "INFO", "identitet::reset", '"message":"reset token issued","user_id":50212,"reset_token":"%s","valid_minutes":30' % rt2, (r2, "/api/password/forgot"))
    line(4, "WARN", "identitet::reset", '"message":"reset token expired","user_id":41187')
    line(5, "INFO", "identitet::keys", '"message":"service key created","client":"lonesystem","api_key":"%s","key_id":"%s"' % (ak, d.X(d.hex(12))), (r3, "/admin/keys"))
    line(6, "INFO", "tower_http::trace::on_response", '"message":"finished processing request","latency":"18 ms","status":201')
    line(7, "ERROR", "identitet::db", '"message":"pool timed out","waited_ms":5000')
    return "\n".join(L)


@doc("dotnet-jsonconsole-formatter-apikey-log", "logs/Tenant.Api/console-2026-11-10.json",
     "asp.net core json console formatter output printing a created tenant api key and a webhook secret in State", G)
def dn_json(d):
    import datetime as _dt
    ts = seq(d, 7, start=_dt.datetime(2026, 11, 10, 6, 58, 2))
    ak = d.S("url:40"); ws = d.S("b64:32")
    L = []
    def line(i, lvl, cat, msg, state=None, eid=0):
        st = ',"State":{%s}' % state if state else ""
        L.append('{"Timestamp":"%s","EventId":%d,"LogLevel":"%s","Category":"%s","Message":"%s"%s}' % (ts[i].strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+01:00", eid, lvl, cat, msg, st))
    line(0, "Information", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080", '"Message":"Now listening on: http://[::]:8080","address":"http://[::]:8080","{OriginalFormat}":"Now listening on: {address}"', 14)
    line(1, "Information", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl\\u002BC to shut down.", '"Message":"Application started. Press Ctrl\\u002BC to shut down.","{OriginalFormat}":"Application started. Press Ctrl\\u002BC to shut down."')
    line(2, "Information", "Tenant.Api.Controllers.ApiKeysController", "Created API key %s for tenant 4471" % ak,
         '"Message":"Created API key %s for tenant 4471","ApiKey":"%s","TenantId":4471,"{OriginalFormat}":"Created API key {ApiKey} for tenant {TenantId}"' % (ak, ak))
    line(3, "Information", "Tenant.Api.Controllers.WebhooksController", "Registered webhook https://hooks.skolappen.se/in/4471 with secret %s" % ws,
         '"Message":"Registered webhook https://hooks.skolappen.se/in/4471 with secret %s","Url":"https://hooks.skolappen.se/in/4471","Secret":"%s","{OriginalFormat}":"Registered webhook {Url} with secret {Secret}"' % (ws, ws))
    line(4, "Warning", "Microsoft.EntityFrameworkCore.Query", "Compiling a query which loads related collections for more than one collection navigation", None, 20504)
    line(5, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request finished HTTP/1.1 POST http://tenant-api/api/tenants/4471/webhooks - 201 - application/json 47.1210ms", None, 2)
    line(6, "Error", "Tenant.Api.Jobs.KeyExpiryJob", "Key expiry job failed", '"Message":"Key expiry job failed","{OriginalFormat}":"Key expiry job failed"')
    return "\n".join(L)


@doc("monolog-jsonformatter-reset-token-log", "var/log/prod-2026-11-10.log",
     "symfony monolog json formatter log printing a password reset token inside a reset url and a login link signature", G)
def monolog(d):
    import datetime as _dt
    ts = seq(d, 8, start=_dt.datetime(2026, 11, 10, 9, 12, 40))
    rt = d.S("alnum:40"); ll = d.S("hex:64")
    e = d.email(*d.name("fr"), domain="orange.fr")
    ip = d.ip()
    L = []
    def line(i, msg, ctx, lvl=200, ch="app"):
        names = {100: "DEBUG", 200: "INFO", 250: "NOTICE", 300: "WARNING", 400: "ERROR"}
        L.append('{"message":"%s","context":{%s},"level":%d,"level_name":"%s","channel":"%s","datetime":"%s","extra":{}}' % (msg, ctx, lvl, names[lvl], ch, ts[i].strftime("%Y-%m-%dT%H:%M:%S.%f+01:00")))
    line(0, 'Matched route \\"app_forgot_password_request\\".', '"route":"app_forgot_password_request","route_parameters":{"_route":"app_forgot_password_request"},"request_uri":"https://espace.mediatheque-vienne.fr/reset-password","method":"POST"', 200, "request")
    line(1, "Password reset requested", '"email":"%s","ip":"%s"' % (e, ip), 200, "security")
    line(2, "Reset link generated", '"user_id":20871,"token":"%s","url":"https://espace.mediatheque-vienne.fr/reset-password/reset/%s","expires_at":"%s"' % (rt, rt, ts[2].strftime("%Y-%m-%dT%H:%M:%S+01:00")), 200, "security")
    line(3, "Email sent", '"transport":"smtp","message_id":"%s"' % d.X(d.hex(32) + "@espace.mediatheque-vienne.fr"), 200, "mailer")
    line(4, "Login link created", '"user_id":411,"expires":1794215000,"hash":"%s"' % ll, 200, "security")
    line(5, "Deprecated since symfony/security-bundle 7.3", '"exception":"[object] (Symfony\\\\Component\\\\ErrorHandler\\\\Exception\\\\SilencedErrorContext: {\\"severity\\":16384})"', 200, "php")
    line(6, "Authentication failure", '"user_identifier":"inconnu","reason":"Invalid credentials."', 250, "security")
    line(7, "Uncaught PHP Exception Doctrine\\\\DBAL\\\\Exception\\\\ConnectionLost", '"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionLost(code: 2006): MySQL server has gone away)"', 400, "request")
    return "\n".join(L)


@doc("python-json-logger-session-log", "logs/elevportal/app.json.log",
     "python-json-logger output of a flask school portal printing session keys and a csrf token", G)
def pyjson(d):
    ts = seq(d, 8)
    sk1 = d.S("low:32"); sk2 = d.S("low:32"); csrf = d.S("hex:40")
    L = []
    def line(i, lvl, name, msg, extra=""):
        L.append('{"asctime": "%s", "levelname": "%s", "name": "%s", "message": "%s"%s}' % (ts[i].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (ts[i].microsecond // 1000), lvl, name, msg, extra))
    line(0, "INFO", "gunicorn.error", "Booting worker with pid: 41")
    line(1, "INFO", "elevportal.auth", "login ok", ', "user_id": 77812, "role": "guardian", "session_key": "%s"' % sk1)
    line(2, "DEBUG", "elevportal.auth", "csrf token issued", ', "session_key": "%s", "csrf_token": "%s"' % (sk1, csrf))
    line(3, "INFO", "elevportal.views.absence", "absence reported", ', "user_id": 77812, "pupil_id": 30211, "date": "2026-11-11"')
    line(4, "INFO", "elevportal.auth", "login ok", ', "user_id": 80115, "role": "teacher", "session_key": "%s"' % sk2)
    line(5, "WARNING", "elevportal.sms", "sms gateway slow", ', "elapsed": 3.2')
    line(6, "INFO", "elevportal.auth", "logout", ', "user_id": 77812')
    line(7, "ERROR", "elevportal.views.schedule", "schedule import failed", ', "exc_info": "Traceback (most recent call last):\\n  File \\"/app/elevportal/views/schedule.py\\", line 88, in import_ics\\n    cal = Calendar.from_ical(raw)\\nValueError: Content line could not be parsed into parts"')
    return "\n".join(L)


@doc("log4j2-jsontemplatelayout-ecs-csrf-log", "logs/kundtjanst-web/app.json",
     "log4j2 json template layout (ecs) output with thread context fields holding a csrf token, a remember-me token and a session id", G)
def log4j(d):
    ts = seq(d, 8)
    csrf = d.S("uuidlike:0") if False else None
    h = d.hex(32); csrf = d.L("generic-secret", f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    rm = d.S("b64:32"); sid = d.S("HEX:32")
    L = []
    def line(i, lvl, logger, msg, extra="", th="http-nio-8080-exec-4"):
        L.append('{"@timestamp":"%s","ecs.version":"1.2.0","log.level":"%s","message":"%s","process.thread.name":"%s","log.logger":"%s"%s}' % (iso(ts[i]), lvl, msg, th, logger, extra))
    tid = d.X(d.hex(32))
    line(0, "INFO", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'", th="main")
    line(1, "INFO", "se.kundtjanst.web.LoginController", "Login succeeded", ',"trace.id":"%s","user.id":"ag-4471","session.id":"%s"' % (tid, sid))
    line(2, "DEBUG", "org.springframework.security.web.csrf.CsrfFilter", "Generated CSRF token", ',"trace.id":"%s","csrf.token":"%s","session.id":"%s"' % (tid, csrf, sid))
    line(3, "INFO", "org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices", "Added remember-me cookie for user 'ag-4471'", ',"trace.id":"%s","rememberMe.cookie":"%s"' % (tid, rm))
    line(4, "INFO", "se.kundtjanst.web.CaseController", "Case opened", ',"trace.id":"%s","case.id":"KT-2026-11-0412","user.id":"ag-4471"' % d.X(d.hex(32)))
    line(5, "WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).", th="HikariPool-1 housekeeper")
    line(6, "INFO", "se.kundtjanst.web.LoginController", "Logout", ',"user.id":"ag-4471"')
    line(7, "ERROR", "se.kundtjanst.integration.CrmClient", "CRM call failed: 503 Service Unavailable", ',"error.type":"org.springframework.web.client.HttpServerErrorException$ServiceUnavailable"', th="task-3")
    return "\n".join(L)


@doc("semantic-logger-json-confirmation-log", "log/production.json",
     "rails semantic_logger json output printing devise confirmation and unlock tokens and an omniauth state", G)
def semlog(d):
    ts = seq(d, 7)
    ct = d.S("url:20"); ut = d.S("url:20"); st = d.S("hex:48")
    e = d.email(*d.name("de"), domain="gmx.de")
    L = []
    def line(i, lvl, idx, name, msg, payload=""):
        L.append('{"host":"web-3","application":"Vereinsverwaltung","environment":"production","timestamp":"%s","level":"%s","level_index":%d,"pid":1187,"thread":"puma srv tp 002","name":"%s","message":"%s"%s}' % (iso(ts[i], 6), lvl, idx, name, msg, payload))
    line(0, "info", 2, "Rails", 'Started POST \\"/users\\" for 10.8.0.6')
    line(1, "info", 2, "Users::RegistrationsController", "Completed #create", ',"payload":{"controller":"Users::RegistrationsController","action":"create","format":"HTML","method":"POST","path":"/users","status":302,"view_runtime":0.0,"db_runtime":14.2},"duration":188.4')
    line(2, "info", 2, "DeviseMailer", "confirmation_instructions queued", ',"payload":{"email":"%s","confirmation_token":"%s"}' % (e, ct))
    line(3, "info", 2, "DeviseMailer", "unlock_instructions queued", ',"payload":{"user_id":1882,"unlock_token":"%s"}' % ut)
    line(4, "debug", 1, "OmniAuth", "request phase initiated", ',"payload":{"provider":"openid_connect","state":"%s"}' % st)
    line(5, "warn", 3, "Rack::Attack", "throttled", ',"payload":{"discriminator":"10.8.0.6","matched":"logins/ip"}')
    line(6, "error", 4, "Mitgliedsbeitrag::Sepa", "Mandate export failed", ',"exception":{"name":"Errno::ECONNREFUSED","message":"Connection refused - connect(2) for \\"sftp.bank.internal\\" port 22"}')
    return "\n".join(L)


@doc("logger-json-elixir-magic-link-log", "log/app.jsonl",
     "elixir logger_json basic formatter output printing magic login tokens and a phoenix session token", G)
def loggerjson(d):
    ts = seq(d, 7)
    m1 = d.S("url:43"); m2 = d.S("url:43"); pt = d.S("url:43")
    e1 = d.email(*d.name("nl"), domain="ziggo.nl"); e2 = d.email(*d.name("nl"), domain="kpnmail.nl")
    L = []
    def line(i, sev, msg, md):
        L.append('{"message":"%s","metadata":{%s},"severity":"%s","time":"%s"}' % (msg, md, sev, iso(ts[i])))
    line(0, "info", "Running ZorgroosterWeb.Endpoint with Bandit 1.6.1 at :::4000 (http)", '"domain":["elixir"],"application":"phoenix"')
    line(1, "info", "magic link issued", '"request_id":"F%s","user_email":"%s","token":"%s","valid_for":"15m"' % (d.X(d.b64url(19)), e1, m1))
    line(2, "info", "magic link issued", '"request_id":"F%s","user_email":"%s","token":"%s","valid_for":"15m"' % (d.X(d.b64url(19)), e2, m2))
    line(3, "info", "user logged in", '"user_id":2207,"session_token":"%s"' % pt)
    line(4, "warning", "magic link reused", '"user_email":"%s"' % e1)
    line(5, "info", "GET /rooster/week/46", '"request_id":"F%s","status":200,"duration_us":8812' % d.X(d.b64url(19)))
    line(6, "error", "Postgrex.Protocol (#PID<0.2841.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv: closed", '"domain":["elixir"]')
    return "\n".join(L)


# ------------------------------------------------------------------ package channels
@doc("cloudsmith-apt-sources-list-entitlement", "etc/apt/sources.list.d/kassasystem-stable.list",
     "apt sources list for a private cloudsmith repository with the entitlement token in the url path, plus the keyring comment", G)
def cs_apt(d):
    t = d.S("alnum:16"); t2 = d.S("alnum:16")
    fp = d.X(d.hex(40, upper=True))
    return fill('''# Kassasystem POS packages (Cloudsmith, org "kassagruppen", repo "pos-stable")
# Installed by ansible role pos_repo on 2026-11-03.
# Key: /usr/share/keyrings/kassagruppen-pos-stable-archive-keyring.gpg
#      fingerprint @fp@
deb [signed-by=/usr/share/keyrings/kassagruppen-pos-stable-archive-keyring.gpg] https://dl.cloudsmith.io/@t@/kassagruppen/pos-stable/deb/debian bookworm main
deb-src [signed-by=/usr/share/keyrings/kassagruppen-pos-stable-archive-keyring.gpg] https://dl.cloudsmith.io/@t@/kassagruppen/pos-stable/deb/debian bookworm main

# printer drivers from the hardware vendor, separate entitlement
deb [signed-by=/usr/share/keyrings/kassagruppen-pos-drivers-archive-keyring.gpg] https://dl.cloudsmith.io/@t2@/kassagruppen/pos-drivers/deb/debian bookworm main
''', t=t, t2=t2, fp=fp)


@doc("package-lock-resolved-gemfury-token-url", "web/package-lock.json",
     "npm package-lock.json whose resolved urls for private packages carry a gemfury token in the path", G)
def plock(d):
    t = d.S("alnum:20")
    ig = [d.X("sha512-" + d.b64(64)) for _ in range(5)]
    return fill('''{
  "name": "bokningswebb",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "bokningswebb",
      "version": "3.8.0",
      "dependencies": {
        "@vardbokning/design-system": "^5.2.0",
        "@vardbokning/api-client": "^2.11.3",
        "date-fns": "^4.1.0",
        "react": "^18.3.1"
      },
      "devDependencies": {
        "vite": "^5.4.10"
      }
    },
    "node_modules/@vardbokning/api-client": {
      "version": "2.11.3",
      "resolved": "https://npm-proxy.fury.io/@t@/vardbokning/@vardbokning/api-client/-/api-client-2.11.3.tgz",
      "integrity": "@i0@",
      "license": "UNLICENSED"
    },
    "node_modules/@vardbokning/design-system": {
      "version": "5.2.0",
      "resolved": "https://npm-proxy.fury.io/@t@/vardbokning/@vardbokning/design-system/-/design-system-5.2.0.tgz",
      "integrity": "@i1@",
      "license": "UNLICENSED",
      "peerDependencies": {
        "react": ">=18"
      }
    },
    "node_modules/date-fns": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-4.1.0.tgz",
      "integrity": "@i2@",
      "license": "MIT",
      "funding": {
        "type": "github",
        "url": "https://github.com/sponsors/kossnocorp"
      }
    },
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "@i3@",
      "license": "MIT",
      "dependencies": {
        "loose-envify": "^1.1.0"
      },
      "engines": {
        "node": ">=0.10.0"
      }
    },
    "node_modules/vite": {
      "version": "5.4.10",
      "resolved": "https://registry.npmjs.org/vite/-/vite-5.4.10.tgz",
      "integrity": "@i4@",
      "dev": true,
      "license": "MIT"
    }
  }
}
''', t=t, i0=ig[0], i1=ig[1], i2=ig[2], i3=ig[3], i4=ig[4])


@doc("requirements-txt-cloudsmith-index-url", "services/prognos/requirements.txt",
     "pip requirements file with an extra index url of a private cloudsmith python repository carrying the entitlement token, hashes beside it", G)
def req_txt(d):
    t = d.S("alnum:16")
    hs = [d.sha256() for _ in range(4)]
    return fill('''#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --generate-hashes --output-file=requirements.txt requirements.in
#
--extra-index-url https://dl.cloudsmith.io/@t@/energibolaget/ml-internal/python/simple/

elprognos-features==0.14.2 \\
    --hash=sha256:@h0@
    # via -r requirements.in
numpy==2.1.3 \\
    --hash=sha256:@h1@
    # via
    #   elprognos-features
    #   pandas
pandas==2.2.3 \\
    --hash=sha256:@h2@
    # via -r requirements.in
python-dateutil==2.9.0.post0 \\
    --hash=sha256:@h3@
    # via pandas
''', t=t, h0=hs[0], h1=hs[1], h2=hs[2], h3=hs[3])


@doc("gemfile-source-gemfury-token", "Gemfile",
     "ruby Gemfile with a private gemfury source whose token sits in the url, beside the public rubygems source", G)
def gemfile(d):
    t = d.S("alnum:20")
    return fill('''# frozen_string_literal: true

source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.3.6"

gem "rails", "~> 7.2.2"
gem "pg", "~> 1.5"
gem "puma", ">= 6.4"
gem "sidekiq", "~> 7.3"
gem "devise", "~> 4.9"
gem "pundit"
gem "bootsnap", require: false

# internal gems (Gemfury account "skolverket-it"); TODO move token to BUNDLE_GEM__FURY__IO
source "https://@t@@gem.fury.io/skolverket-it/" do
  gem "elevregister-client", "~> 1.8"
  gem "sso-kommun", "~> 0.9"
end

group :development, :test do
  gem "debug", platforms: %i[mri windows]
  gem "rspec-rails", "~> 7.0"
  gem "factory_bot_rails"
end

group :development do
  gem "web-console"
  gem "rubocop-rails-omakase", require: false
end
''', t=t)


@doc("deno-auth-tokens-envrc", "tools/deploy-scripts/.envrc",
     "direnv .envrc for deno scripts with DENO_AUTH_TOKENS holding bearer tokens for private module hosts", G)
def deno(d):
    t1 = d.L("bearer-token|generic-secret", d.secret("alnum:32"))
    t2 = d.L("bearer-token|generic-secret", d.secret("hex:40"))
    return fill('''# direnv: loaded when entering tools/deploy-scripts
# DENO_AUTH_TOKENS is a semicolon separated list of token@host; deno sends
# each as "Authorization: Bearer <token>" when fetching modules from that host.
export DENO_DIR="$PWD/.deno"
export DENO_AUTH_TOKENS="@t1@@deno.pkg.vattenfall-intern.se;@t2@@raw.git.kommunen-intern.se"
export DENO_NO_UPDATE_CHECK=1

# public mirrors, no auth
export NPM_CONFIG_REGISTRY="https://registry.npmjs.org/"

PATH_add bin
''', t1=t1, t2=t2).replace(f"{t1}@deno", f"{t1}@deno")


@doc("rprofile-repos-cloudsmith-token", "analys/.Rprofile",
     "R project .Rprofile setting repos with a private cloudsmith cran repository whose token is in the url", G)
def rprof(d):
    t = d.S("alnum:16")
    return fill('''## Project profile for the regional statistics project
local({
  r <- getOption("repos")
  r["CRAN"] <- "https://packagemanager.posit.co/cran/2026-10-15"
  # internal packages (regionstat, kartbas) – entitlement token for the build server
  r["REGION"] <- "https://dl.cloudsmith.io/@t@/regionen/r-internal/cran/"
  options(repos = r)
})

options(
  renv.config.auto.snapshot = FALSE,
  scipen = 999,
  OutDec = ","
)

if (interactive()) {
  message("Regionstatistik – R ", getRversion(), ", repos: ", paste(names(getOption("repos")), collapse = ", "))
}
''', t=t)


# ------------------------------------------------------------------ self-hosted products
@doc("strapi-dotenv-app-keys-salts", "cms/.env",
     "strapi 5 .env with the four app keys, api token and transfer token salts, admin and users-permissions jwt secrets, encryption key and database password", G)
def strapi(d):
    ak = [d.S("b64:16") for _ in range(4)]
    ats = d.S("b64:16"); ajs = d.S("b64:16"); tts = d.S("b64:16"); js = d.S("b64:16"); ek = d.S("b64:16")
    dbpw = d.L("password", d.secret("alnum:24"))
    return fill('''HOST=0.0.0.0
PORT=1337

# Secrets
APP_KEYS="@a0@,@a1@,@a2@,@a3@"
API_TOKEN_SALT=@ats@
ADMIN_JWT_SECRET=@ajs@
TRANSFER_TOKEN_SALT=@tts@
JWT_SECRET=@js@
ENCRYPTION_KEY=@ek@

# Database
DATABASE_CLIENT=postgres
DATABASE_HOST=pg-cms.internal
DATABASE_PORT=5432
DATABASE_NAME=strapi
DATABASE_USERNAME=strapi
DATABASE_PASSWORD=@dbpw@
DATABASE_SSL=false
DATABASE_FILENAME=

# Uploads (provider-upload-local)
PUBLIC_URL=https://cms.konserthuset-orebro.se
IS_PROXIED=true
''', a0=ak[0], a1=ak[1], a2=ak[2], a3=ak[3], ats=ats, ajs=ajs, tts=tts, js=js, ek=ek, dbpw=dbpw)


@doc("mastodon-env-production-otp-secret", "live/.env.production",
     "mastodon .env.production with secret_key_base, otp secret, active record encryption keys, vapid keys and database and smtp passwords", G)
def mastodon(d):
    import base64 as _b
    skb = d.S("hex:128"); otp = d.S("hex:128")
    det = d.S("alnum:32"); salt = d.S("alnum:32"); prim = d.S("alnum:32")
    vpriv = d.L("generic-secret", d.b64u_bytes(32, pad=True))
    vpub = d.X(_b.urlsafe_b64encode(bytes([4]) + bytes(d.rng.randrange(256) for _ in range(64))).decode())
    dbpw = d.L("password", d.secret("alnum:24"))
    smtp = d.L("password", d.secret("alnum:32"))
    return fill('''# Generated with mastodon:setup on 2024-03-02, edited by hand since
# This is a sample configuration file. You can generate your configuration
# with the `bundle exec rails mastodon:setup` interactive setup wizard.

LOCAL_DOMAIN=fedi.bokcirkeln-norr.se
SINGLE_USER_MODE=false

# Redis
REDIS_HOST=localhost
REDIS_PORT=6379

# PostgreSQL
DB_HOST=/var/run/postgresql
DB_USER=mastodon
DB_NAME=mastodon_production
DB_PASS=@dbpw@
DB_PORT=5432

# Elasticsearch (optional)
ES_ENABLED=false

# Secrets
SECRET_KEY_BASE=@skb@
OTP_SECRET=@otp@

# Encryption secrets (bin/rails db:encryption:init, added for 4.3)
ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY=@det@
ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT=@salt@
ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=@prim@

# Web Push
VAPID_PRIVATE_KEY=@vpriv@
VAPID_PUBLIC_KEY=@vpub@

# Sending mail
SMTP_SERVER=smtp.eu.mailgun.org
SMTP_PORT=587
SMTP_LOGIN=fedi@mg.bokcirkeln-norr.se
SMTP_PASSWORD=@smtp@
SMTP_FROM_ADDRESS=notifications@fedi.bokcirkeln-norr.se

# File storage (optional)
S3_ENABLED=false

# IP and session retention
IP_RETENTION_PERIOD=31556952
SESSION_RETENTION_PERIOD=31556952
''', dbpw=dbpw, skb=skb, otp=otp, det=det, salt=salt, prim=prim, vpriv=vpriv, vpub=vpub, smtp=smtp).replace(
        "fedi@mg.bokcirkeln-norr.se", d.L("email", "fedi@mg.bokcirkeln-norr.se")).replace(
        "notifications@fedi.bokcirkeln-norr.se", d.L("email", "notifications@fedi.bokcirkeln-norr.se"))


@doc("typo3-settings-php-encryption-key", "config/system/settings.php",
     "typo3 13 system settings.php with the encryption key, database and smtp passwords beside the argon2 install tool hash", G)
def typo3(d):
    ek = d.S("hex:96"); dbpw = d.L("password", d.secret("alnum:22")); smtp = d.L("password", d.secret("print:18"))
    h = d.X("$argon2i$v=19$m=65536,t=16,p=1$" + d.b64(16).rstrip("=") + "$" + d.b64(32).rstrip("="))
    return fill('''<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '@h@',
        'passwordHashing' => [
            'className' => 'TYPO3\\\\CMS\\\\Core\\\\Crypto\\\\PasswordHashing\\\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'typo3_hembygd',
                'driver' => 'mysqli',
                'host' => 'mariadb.internal',
                'password' => '@dbpw@',
                'port' => 3306,
                'tableoptions' => [
                    'charset' => 'utf8mb4',
                    'collate' => 'utf8mb4_unicode_ci',
                ],
                'user' => 'typo3_hembygd',
            ],
        ],
    ],
    'EXTENSIONS' => [
        'backend' => [
            'backendFavicon' => '',
            'backendLogo' => '',
            'loginBackgroundImage' => '',
            'loginFootnote' => '',
            'loginHighlightColor' => '',
            'loginLogo' => '',
            'loginLogoAlt' => '',
        ],
        'extensionmanager' => [
            'automaticInstallation' => '1',
            'offlineMode' => '0',
        ],
    ],
    'FE' => [
        'debug' => false,
        'passwordHashing' => [
            'className' => 'TYPO3\\\\CMS\\\\Core\\\\Crypto\\\\PasswordHashing\\\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'GFX' => [
        'processor' => 'ImageMagick',
        'processor_effects' => true,
        'processor_enabled' => true,
        'processor_path' => '/usr/bin/',
    ],
    'MAIL' => [
        'transport' => 'smtp',
        'transport_sendmail_command' => '',
        'transport_smtp_encrypt' => true,
        'transport_smtp_password' => '@smtp@',
        'transport_smtp_server' => 'mailout.hembygdsforbundet.se:465',
        'transport_smtp_username' => 'webb',
        'defaultMailFromAddress' => 'no-reply@hembygdsforbundet.se',
        'defaultMailFromName' => 'Hembygdsförbundet',
    ],
    'SYS' => [
        'UTF8filesystem' => true,
        'devIPmask' => '',
        'displayErrors' => 0,
        'encryptionKey' => '@ek@',
        'exceptionalErrors' => 4096,
        'features' => [
            'frontend.cache.autoTagging' => true,
        ],
        'sitename' => 'Hembygdsförbundet',
        'systemMaintainers' => [1, 3],
        'trustedHostsPattern' => '(www\\\\.)?hembygdsforbundet\\\\.se',
    ],
];
''', h=h, dbpw=dbpw, smtp=smtp, ek=ek).replace("no-reply@hembygdsforbundet.se", d.L("email", "no-reply@hembygdsforbundet.se"))


@doc("pterodactyl-panel-env-hashids-salt", "var/www/pterodactyl/.env",
     "pterodactyl game panel .env with the laravel app key, hashids salt, recaptcha secret beside its public site key, database and mail passwords", G)
def ptero(d):
    ak = d.S("b64:32"); hs = d.S("alnum:20"); rs = d.L("generic-secret", "6L" + d.b64url(38))
    site = d.X("6L" + d.b64url(38))
    dbpw = d.L("password", d.secret("alnum:24")); mpw = d.L("password", d.secret("print:20"))
    return fill('''APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:@ak@
APP_THEME=pterodactyl
APP_TIMEZONE=Europe/Stockholm
APP_URL=https://panel.lanpartyt-norr.se
APP_LOCALE=sv
APP_ENVIRONMENT_ONLY=false

LOG_CHANNEL=daily
LOG_DEPRECATIONS_CHANNEL=null
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=panel
DB_USERNAME=pterodactyl
DB_PASSWORD=@dbpw@

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis

HASHIDS_SALT=@hs@
HASHIDS_LENGTH=8

MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_PORT=587
MAIL_USERNAME=lanpartyt.norr@gmail.com
MAIL_PASSWORD=@mpw@
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=lanpartyt.norr@gmail.com
MAIL_FROM_NAME="LAN-partyt Norr"

RECAPTCHA_ENABLED=true
RECAPTCHA_WEBSITE_KEY=@site@
RECAPTCHA_SECRET_KEY=@rs@

PTERODACTYL_TELEMETRY_ENABLED=false
TRUSTED_PROXIES=10.0.0.0/8
''', ak=ak, dbpw=dbpw, hs=hs, mpw=mpw, site=site, rs=rs).replace("lanpartyt.norr@gmail.com", d.L("email", "lanpartyt.norr@gmail.com"))


@doc("taiga-docker-env-erlang-cookie", "taiga-docker/.env",
     "taiga-docker .env with the django secret key, postgres, smtp and rabbitmq passwords and the rabbitmq erlang cookie", G)
def taiga(d):
    sk = d.S("alnum:50"); pg = d.L("password", d.secret("alnum:20")); em = d.L("password", d.secret("print:16"))
    rq = d.L("password", d.secret("alnum:18")); ck = d.S("alnum:32")
    return fill('''# Taiga's URLs - Variables to define where Taiga should be served
TAIGA_SCHEME=https  # serve Taiga using "http" or "https" (secured) connection
TAIGA_DOMAIN=projekt.byggkooperativet.se  # Taiga's base URL
SUBPATH="" # it'll be "" or "/subpath"
WEBSOCKETS_SCHEME=wss  # events connection protocol (use either "ws" or "wss")

# Taiga's Secret Key - Variable to provide cryptographic signing
SECRET_KEY="@sk@"  # Please, change it to an unpredictable value!!

# Taiga's Database settings - Variables to create the Taiga database and connect to it
POSTGRES_USER=taiga  # user to connect to PostgreSQL
POSTGRES_PASSWORD=@pg@  # database user's password

# Taiga's SMTP settings - Variables to send Taiga's emails to the users
EMAIL_BACKEND=smtp  # use an SMTP server or display the emails in the console (either "smtp" or "console")
EMAIL_HOST=smtp.office365.com  # SMTP server address
EMAIL_PORT=587   # default SMTP port
EMAIL_HOST_USER=projekt@byggkooperativet.se  # user to connect the SMTP server
EMAIL_HOST_PASSWORD=@em@  # SMTP user's password
EMAIL_DEFAULT_FROM=projekt@byggkooperativet.se  # default email address for the automated emails
# EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive (only set one of those to True)
EMAIL_USE_TLS=True  # use TLS (secure) connection with the SMTP server
EMAIL_USE_SSL=False  # use implicit TLS (secure) connection with the SMTP server

# Taiga's RabbitMQ settings - Variables to leave messages for the realtime and asynchronous events
RABBITMQ_USER=taiga  # user to connect to RabbitMQ
RABBITMQ_PASS=@rq@  # RabbitMQ user's password
RABBITMQ_VHOST=taiga  # RabbitMQ container name
RABBITMQ_ERLANG_COOKIE=@ck@  # unique value shared by any connected instance of RabbitMQ

# Taiga's Attachments - Variable to define how long the attachments will be accesible
ATTACHMENTS_MAX_AGE=360  # token expiration date (in seconds)

# Taiga's Telemetry - Variable to enable or disable the anonymous telemetry
ENABLE_TELEMETRY=False
''', sk=sk, pg=pg, em=em, rq=rq, ck=ck).replace("projekt@byggkooperativet.se", d.L("email", "projekt@byggkooperativet.se"))


@doc("conduit-toml-registration-token", "etc/matrix-conduit/conduit.toml",
     "conduit matrix homeserver config with the registration token and the turn shared secret", G)
def conduit(d):
    rt = d.S("alnum:32"); ts = d.S("hex:64")
    return fill('''# =============================================================================
#  This is the official example config for Conduit.
#  If you use it for your server, you will need to adjust it to your own needs.
#  At the very least, change the server_name field!
# =============================================================================

[global]
# The server_name is the pretty name of this server. It is used as a suffix for user
# and room ids. Examples: matrix.org, conduit.rs
server_name = "kooperativet.se"

# This is the only directory where Conduit will save its data
database_path = "/var/lib/matrix-conduit/"
database_backend = "rocksdb"

# The port Conduit will be running on. You need to set up a reverse proxy in
# your web server (e.g. apache or nginx), so all requests to /_matrix on port
# 443 and 8448 will be forwarded to the Conduit instance running on this port
port = 6167

# Max size for uploads
max_request_size = 20_000_000 # in bytes

# Enables registration. If set to false, no users can register on this server.
allow_registration = true

# A static registration token that new users will have to provide when creating
# an account. YOU NEED TO EDIT THIS.
registration_token = "@rt@"

allow_check_for_updates = true
allow_federation = true

# Enable the display name lightning bolt on registration.
enable_lightning_bolt = false

trusted_servers = ["matrix.org"]

#max_concurrent_requests = 100 # How many requests Conduit sends to other servers at the same time
#log = "warn,state_res=warn,rocket=off,_=off,sled=off"

address = "127.0.0.1" # This makes sure Conduit can only be reached using the reverse proxy

# coturn, static-auth-secret must match
turn_uris = ["turn:turn.kooperativet.se?transport=udp", "turn:turn.kooperativet.se?transport=tcp"]
turn_secret = "@ts@"
turn_ttl = 86400

[global.well_known]
client = "https://matrix.kooperativet.se"
server = "matrix.kooperativet.se:443"
''', rt=rt, ts=ts)
