"""Database / service configuration files."""
from doc import Doc
from gen_values import uenc, jesc, ALNUM
from common import host, user, db, app


def pgpass(v, i):
    d = Doc("dotfiles/pgpass-%02d" % i)
    rows = ["# hostname:port:database:username:password",
            "# passwords containing : or \\ must be escaped with a backslash"]
    for _ in range(v.randint(3, 4)):
        raw = v.password(v.choice(["human", "strong", "alnum", "tricky"]))
        esc = raw.replace("\\", "\\\\").replace(":", "\\:")
        rows.append("%s:5432:%s:%s:%s" % (host(v), v.choice([db(v), "*"]), user(v), d.L("password", esc)))
    rows.insert(3, "# replicator uses a client certificate, no password line")
    return d.set("\n".join(rows) + "\n")


def mycnf(v, i):
    d = Doc("dotfiles/my-%02d.cnf" % i)
    p1 = v.safe_password()
    p2 = v.passphrase()
    p3 = v.strong_password()
    return d.set(f"""# ~/.my.cnf -- read by mysql, mysqldump, mysqladmin
[client]
user={user(v)}
password={d.L('password', p1)}
host={host(v)}
default-character-set=utf8mb4

[mysqldump]
user=backup
password="{d.L('password', p2)}"
single-transaction
quick

[mysqladmin]
user = root
password = '{d.L('password', p3)}'

# [mysql]
# password=<set me>
""")


def redis_conf(v, i):
    d = Doc("redis/redis-%02d.conf" % i)
    req = v.choice([v.hexs(64), v.alnum(32), v.safe_password()])
    ma = v.choice([v.hexs(64), v.alnum(32)])
    acl = v.strong_password(symbols="!$%^*-_+.")
    return d.set(f"""# Redis configuration file example.
bind 0.0.0.0 -::1
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
daemonize no
supervised systemd
loglevel notice
databases 16

################################## SECURITY ###################################
# IMPORTANT NOTE: starting with Redis 6 "requirepass" is just a compatibility
# layer on top of the new ACL system.
#
# requirepass foobared
requirepass {d.L('password', req)}

################################# REPLICATION #################################
replicaof 10.0.4.11 6379
# masterauth <master-password>
masterauth {d.L('password', ma)}
masteruser replica-user

user default on #{v.sha256()} ~* &* +@all
user app on >{d.L('password', acl)} ~app:* +@read +@write -@dangerous
user metrics on nopass ~* +info +ping

maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
""")


def pgbouncer_userlist(v, i):
    d = Doc("pgbouncer/userlist-%02d.txt" % i)
    rows = []
    for _ in range(v.randint(3, 5)):
        u = user(v) + str(v.randint(1, 99))
        k = v.randint(0, 3)
        if k == 0:
            rows.append('"%s" "md5%s"' % (u, v.sha256()[:32]))
        elif k == 1:
            salt = v.chars(ALNUM + "+/", 22) + "=="
            rows.append('"%s" "SCRAM-SHA-256$4096:%s$%s=:%s="' % (u, salt, v.chars(ALNUM + "+/", 43), v.chars(ALNUM + "+/", 43)))
        else:
            pw = v.password(v.choice(["human", "strong", "alnum"])).replace('"', '""')
            rows.append('"%s" "%s"' % (u, d.L("password", pw)))
    if not d.labels:
        rows.append('"pgbouncer_admin" "%s"' % d.L("password", v.safe_password()))
    return d.set("\n".join(rows) + "\n")


def wp_config(v, i):
    d = Doc("php/wp-config-%02d.php" % i)
    salt_chars = ALNUM + "!@#%^&*()-_=+[]{}<>~`|;:,.?/ "
    salts = []
    for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT"]:
        val = v._u(lambda: v.chars(salt_chars, 64).strip())
        salts.append("define( '%s',%s'%s' );" % (k, " " * (17 - len(k)), d.L("generic-secret", val)))
    pw = v.password(v.choice(["human", "strong", "alnum"])).replace("'", "")
    return d.set(f"""<?php
/**
 * The base configuration for WordPress
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', '{db(v)}' );
define( 'DB_USER', 'wp_{user(v)}' );
define( 'DB_PASSWORD', '{d.L('password', pw)}' );
define( 'DB_HOST', '{host(v)}' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using the
 * {{@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}}.
 */
{chr(10).join(salts)}
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""")


def laravel_db(v, i):
    d = Doc("php/laravel-database-%02d.php" % i)
    pw = v.safe_password()
    rpw = v.alnum(24)
    return d.set(f"""<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '{host(v)}'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '{d.L('password', pw)}'),
            'charset' => 'utf8mb4',
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'host' => '{host(v)}',
            'username' => 'legacy_ro',
            'password' => env('LEGACY_DB_PASSWORD', ''),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', null),
            'port' => env('REDIS_PORT', '6379'),
        ],
        'cache' => [
            'url' => 'tls://default:{d.L('url-credentials', rpw)}@cache.example.org:6380',
            'password' => null,
        ],
    ],
];
""")


def django_settings(v, i):
    d = Doc("django/settings-%02d.py" % i)
    sk = v._u(lambda: v.chars(ALNUM + "!@#%^&*(-_=+)", 50))
    pw = v.password(v.choice(["human", "strong", "phrase"])).replace("'", "")
    epw = v.alnum(16)
    return d.set(f'''"""Django settings for {app(v).replace("-", "_")} project (production)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '{d.L('generic-secret', sk)}'

DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]

AUTH_PASSWORD_VALIDATORS = [
    {{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}},
    {{"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"}},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "{db(v)}",
        "USER": "{user(v)}",
        "PASSWORD": '{d.L('password', pw)}',
        "HOST": "{host(v)}",
        "PORT": "5432",
    }},
    "replica": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "{db(v)}",
        "USER": os.environ.get("REPLICA_USER"),
        "PASSWORD": os.environ["REPLICA_PASSWORD"],
        "HOST": "replica-2.db.example.com",
    }},
}}

EMAIL_HOST = "smtp.example.com"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = "{d.L('password', epw)}"
EMAIL_USE_TLS = True

CELERY_BROKER_URL = "amqp://celery:{d.L('url-credentials', uenc(v.safe_password()))}@rabbitmq.example.com:5672/prod"
CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.redis.RedisCache",
                        "LOCATION": os.getenv("REDIS_URL", "redis://localhost:6379/1")}}}}
''')


def rails_database_yml(v, i):
    d = Doc("rails/database-%02d.yml" % i)
    pw = v.password(v.choice(["human", "strong", "alnum"]))
    upw = uenc(v.password(v.choice(["human", "tricky", "strong"])))
    return d.set(f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: {db(v)}_development
  username: dev
  password: dev

test:
  <<: *default
  database: {db(v)}_test

production:
  <<: *default
  database: {db(v)}_production
  username: {user(v)}
  password: "{d.L('password', pw.replace(chr(92), chr(92) * 2).replace('"', chr(92) + '"'))}"
  host: {host(v)}

analytics:
  <<: *default
  url: postgres://analytics:{d.L('url-credentials', upw)}@warehouse.example.com:5432/analytics?sslmode=verify-full
  password: <%= ENV["ANALYTICS_DATABASE_PASSWORD"] %>
""")


def rails_credentials(v, i):
    d = Doc("rails/credentials-show-%02d.txt" % i)
    skb = v.hexs(128)
    ak = v.aws_akid()
    sk = v.aws_secret()
    return d.set(f"""$ EDITOR=cat bin/rails credentials:show --environment production
# aws:
#   access_key_id: 123
#   secret_access_key: 345

secret_key_base: {d.L('generic-secret', skb)}

aws:
  access_key_id: {d.L('aws-access-key-id', ak)}
  secret_access_key: {d.L('aws-secret-key', sk)}

smtp:
  user_name: apikey
  password: {d.L('password', v.safe_password())}

active_record_encryption:
  primary_key: {d.L('generic-secret', v.alnum(32))}
  deterministic_key: {d.L('generic-secret', v.alnum(32))}
  key_derivation_salt: {d.L('generic-secret', v.alnum(32))}
""")


def odbc_ini(v, i):
    d = Doc("ini/odbc-%02d.ini" % i)
    return d.set(f"""[ODBC Data Sources]
Warehouse = ODBC Driver 18 for SQL Server
Legacy    = MySQL ODBC 8.0 Unicode Driver

[Warehouse]
Driver    = ODBC Driver 18 for SQL Server
Server    = tcp:sql.example.com,1433
Database  = {db(v)}
UID       = etl_loader
PWD       = {d.L('password', v.safe_password())}
Encrypt   = yes
TrustServerCertificate = no

[Legacy]
Driver   = MySQL ODBC 8.0 Unicode Driver
SERVER   = {host(v)}
PORT     = 3306
USER     = reporting
PASSWORD = {d.L('password', v.safe_password())}
OPTION   = 3

[Sandbox]
Driver   = PostgreSQL Unicode
Servername = localhost
Username = sandbox
Password = 
""")


def build(v):
    out = []
    for i in range(1, 3):
        out += [pgpass(v, i), mycnf(v, i), redis_conf(v, i), pgbouncer_userlist(v, i)]
    for i in range(1, 3):
        out += [wp_config(v, i), laravel_db(v, i), django_settings(v, i),
                rails_database_yml(v, i), rails_credentials(v, i), odbc_ini(v, i)]
    return out
