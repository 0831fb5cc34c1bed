"""Application carriers: build tools, mobile, frameworks, PaaS, secret managers, Windows, FTP, vendors."""
import base64
import json

from vals import j, xml_attr, xml_text, sq_sql, php_sq, url, csvq, sh_dq

PW, GS, TW, AZ = "password", "generic-secret", "twilio-key", "azure-storage-key"
TWS = "twilio-key|generic-secret"   # a Twilio API key's secret (32 alphanumerics)
P_ALL = "!#$%&*+-./:;<=>?@[]^_{|}~"
P_NOSEMI = "!#$%&*+-./:<=>?@[]^_{|}~"
P_Q = '!#$%&*+-./:;<=>?@[]^_{|}~"\\\''


def build(s):
    g = s.g
    r = g.r

    # ------------------------------------------------------------ maven
    s.desc("maven-settings", "Maven ~/.m2/settings.xml with server credentials")
    d = s.doc("maven-settings/settings.xml")
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"\n',
        '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n',
        '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">\n',
        "  <localRepository>${user.home}/.m2/repository</localRepository>\n  <servers>\n")
    for sid in ["nexus-releases", "nexus-snapshots", "artifactory-remote", "ossrh", "github", "docker-registry", "sonar", "deploy-ssh"]:
        d.w(f"    <server>\n      <id>{sid}</id>\n")
        k = r.randrange(6)
        if sid == "github":
            d.w("      <username>ci-bot</username>\n      <password>${env.GITHUB_TOKEN}</password>\n")
        elif sid == "deploy-ssh":
            d.w("      <username>deploy</username>\n      <privateKey>${user.home}/.ssh/id_ed25519</privateKey>\n",
                f"      <passphrase>{d.L(PW, xml_text(g.pw_phrase(sep=' ')))}</passphrase>\n")
        elif k == 0:
            d.w("      <username>deployment</username>\n      <password>${env.NEXUS_PASSWORD}</password>\n")
        else:
            d.w(f"      <username>{r.choice(['deployment', 'jenkins', 'svc-maven', 'ossrh-user'])}</username>\n",
                f"      <password>{d.L(PW, xml_text(g.pw_any(punct=P_ALL)))}</password>\n")
        d.w("    </server>\n")
    d.w("  </servers>\n  <profiles>\n    <profile>\n      <id>sonar</id>\n      <properties>\n        <sonar.host.url>https://sonar.example.org</sonar.host.url>\n",
        f"        <sonar.login>{d.L(GS, 'squ_' + g.hex(40))}</sonar.login>\n",
        f"        <gpg.keyname>{d.F(g.hex(16, upper=True))}</gpg.keyname>\n",
        f"        <gpg.passphrase>{d.L(PW, xml_text(g.pw_phrase(sep='-')))}</gpg.passphrase>\n",
        "      </properties>\n    </profile>\n  </profiles>\n  <activeProfiles>\n    <activeProfile>sonar</activeProfile>\n  </activeProfiles>\n</settings>\n")

    # ------------------------------------------------------------ gradle
    s.desc("gradle-props", "~/.gradle/gradle.properties and a CI init script")
    d = s.doc("gradle-props/gradle.properties")
    d.w("org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g\norg.gradle.parallel=true\norg.gradle.caching=true\n\n",
        "# Sonatype (publishing)\nossrhUsername=kvdberg\n", f"ossrhPassword={d.L(PW, g.pw_rand(punct='!#$%&*+-./;<>?@[]^_{|}~'))}\n",
        "# in-memory PGP signing\nsigning.keyId=", d.F(g.hex(8, upper=True)), "\n",
        f"signing.password={d.L(PW, g.pw_phrase(sep=' '))}\n", "signing.secretKeyRingFile=/home/kvdberg/.gnupg/secring.gpg\n\n",
        "# Artifactory\nartifactory_user=kvdberg\n", f"artifactory_password={d.L(PW, g.pw_human())}\n",
        "artifactory_contextUrl=https://artifactory.example.org/artifactory\n\n",
        "# Gradle Enterprise / Develocity\n", f"develocity.accessKey=ge.example.org={d.L(GS, g.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}\n\n",
        "# Mapbox SDK download token lives in ~/.netrc\nMAPBOX_DOWNLOADS_TOKEN=\n\n",
        "# Firebase App Distribution service account file (path, not a secret)\nfirebaseServiceCredentialsFile=/home/kvdberg/keys/firebase-distribution.json\n",
        "# Play Console upload key (see keystore.properties)\n",
        f"systemProp.gradle.wrapperPassword={d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}\nsystemProp.gradle.wrapperUser=wrapper\n",
        f"sentryAuthToken={d.L(GS, g.hex(64))}\n",
        f"crashlyticsApiKey={d.F(g.hex(40))}\n")  # public, lives in the app
    d = s.doc("gradle-props/ci-init.gradle")
    d.w("// init script used by the build agents (copied into ~/.gradle/init.d/)\nallprojects {\n    repositories {\n        maven {\n",
        "            url 'https://nexus.example.org/repository/maven-public/'\n            credentials {\n                username 'ci-reader'\n",
        f"                password '{d.L(PW, php_sq(g.pw_rand(punct=P_ALL)))}'\n            }}\n        }}\n",
        "        maven {\n            url 'https://nexus.example.org/repository/thirdparty/'\n            credentials {\n                username = System.getenv('NEXUS_USER')\n                password = System.getenv('NEXUS_PASSWORD')\n            }\n        }\n    }\n}\n",
        "settingsEvaluated { settings ->\n    settings.buildCache {\n        remote(HttpBuildCache) {\n            url = 'https://gradle-cache.example.org/cache/'\n            credentials {\n",
        f"                username = 'cache-writer'\n                password = '{d.L(PW, g.pw_human())}'\n            }}\n            push = true\n        }}\n    }}\n}}\n")

    # ------------------------------------------------------------ android signing
    s.desc("android-signing", "Android keystore.properties and signingConfigs in build.gradle.kts")
    d = s.doc("android-signing/keystore.properties")
    d.w("# Do not commit. Used by app/build.gradle.kts (signingConfigs.release)\n",
        f"storePassword={d.L(PW, g.pw_rand(punct='!#$%&*+-./;<>?@[]^_{|}~'))}\n",
        f"keyPassword={d.L(PW, g.pw_rand(punct='!#$%&*+-./;<>?@[]^_{|}~'))}\nkeyAlias=upload\nstoreFile=../keys/upload-keystore.jks\n\n",
        "# wear module\n", f"wear.storePassword={d.L(PW, g.pw_human())}\n", f"wear.keyPassword={d.L(PW, g.pw_human())}\nwear.keyAlias=wear-upload\n")
    d = s.doc("android-signing/build.gradle.kts")
    d.w("import java.util.Properties\n\nplugins {\n    id(\"com.android.application\")\n    kotlin(\"android\")\n}\n\n",
        "val keystoreProperties = Properties().apply {\n    val f = rootProject.file(\"keystore.properties\")\n    if (f.exists()) load(f.inputStream())\n}\n\n",
        "android {\n    namespace = \"nl.example.fietsapp\"\n    compileSdk = 35\n\n    signingConfigs {\n        create(\"release\") {\n",
        "            storeFile = file(keystoreProperties[\"storeFile\"] as String? ?: \"missing.jks\")\n",
        "            storePassword = keystoreProperties[\"storePassword\"] as String?\n            keyAlias = keystoreProperties[\"keyAlias\"] as String?\n",
        "            keyPassword = System.getenv(\"KEY_PASSWORD\")\n        }\n        create(\"qa\") {\n            storeFile = file(\"../keys/qa.jks\")\n",
        f"            storePassword = \"{d.L(PW, j(g.pw_rand(punct='!#%&*+-./:;<=>?@[]^_{|}~')).replace('$', '_'))}\"\n            keyAlias = \"qa\"\n",
        f"            keyPassword = \"{d.L(PW, g.pw_human().replace('$', '_'))}\"\n        }}\n        getByName(\"debug\") {{\n",
        "            storeFile = file(\"debug.keystore\")\n            storePassword = \"android\"\n            keyAlias = \"androiddebugkey\"\n            keyPassword = \"android\"\n        }\n    }\n\n",
        "    defaultConfig {\n        applicationId = \"nl.example.fietsapp\"\n        minSdk = 26\n",
        f"        buildConfigField(\"String\", \"MAPS_API_KEY_NAME\", \"\\\"maps_key\\\"\")\n",
        f"        buildConfigField(\"String\", \"BACKEND_HMAC_SECRET\", \"\\\"{d.L(GS, g.b64(32))}\\\"\")\n",
        f"        buildConfigField(\"String\", \"ANALYTICS_WRITE_KEY\", \"\\\"{d.L(GS, g.alnum(32))}\\\"\")\n",
        f"        manifestPlaceholders[\"appAuthRedirectScheme\"] = \"nl.example.fietsapp\"\n    }}\n}}\n")

    # ------------------------------------------------------------ fastlane
    s.desc("fastlane", "fastlane .env.default read before every lane")
    d = s.doc("fastlane/.env.default")
    d.w("# loaded by fastlane (dotenv) before every lane; Matchfile: git_url(\"git@gitlab.example.org:mobile/certificates.git\")\n",
        f"# team_id {d.F(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}, app_identifier nl.example.fietsapp\n\n")
    d.w("# fastlane environment for the CI macOS runners\nFASTLANE_USER=mobile-ci@example.org\n",
        f"FASTLANE_PASSWORD='{d.L(PW, g.pw_rand(punct=P_NOSEMI.replace(chr(39), '')))}'\n",
        f"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={d.L(PW, '-'.join(g.chars('abcdefghijklmnopqrstuvwxyz', 4) for _ in range(4)))}\n",
        f"MATCH_PASSWORD=\"{d.L(PW, g.pw_phrase(sep=' '))}\"\n",
        f"MATCH_KEYCHAIN_PASSWORD={d.L(PW, g.pw_human())}\nMATCH_KEYCHAIN_NAME=fastlane_tmp_keychain\n",
        f"MATCH_GIT_BASIC_AUTHORIZATION={d.F('$(echo -n user:$CI_JOB_TOKEN | base64)')}\n",
        "APP_STORE_CONNECT_API_KEY_KEY_ID=", d.F(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)), "\n",
        "APP_STORE_CONNECT_API_KEY_ISSUER_ID=", d.F(g.uuid()), "\n",
        "APP_STORE_CONNECT_API_KEY_KEY_FILEPATH=./fastlane/AuthKey.p8\n",
        f"SLACK_URL=\nFIREBASE_CLI_TOKEN={d.L(GS, '1//' + g.b64(70, url=True, pad=False)[:90])}\n",
        f"SENTRY_AUTH_TOKEN={d.L(GS, g.hex(64))}\nSENTRY_ORG=example\nSENTRY_PROJECT=fietsapp-ios\n",
        f"BROWSERSTACK_USERNAME=mobileci_{g.alnum(6).lower()}\nBROWSERSTACK_ACCESS_KEY={d.L(GS, g.alnum(20))}\n",
        "# copy to .env.secret and fill in:\n# MATCH_PASSWORD=<password>\n# FASTLANE_PASSWORD=your-apple-id-password\n")

    # ------------------------------------------------------------ cargo
    s.desc("cargo-credentials", "~/.cargo/credentials.toml with several registries")
    d = s.doc("cargo-credentials/credentials.toml")
    d.w("[registry]\n", f"token = \"{d.L(GS, 'cio' + g.alnum(32))}\"\n\n",
        "[registries.company-cargo]\n", f"token = \"{d.L(GS, g.b64(32, url=True, pad=False))}\"\n\n",
        "[registries.kellnr]\n", f"token = \"{d.L(GS, g.alnum(32))}\"\n\n",
        "# [registries.shipyard]\n# token = \"<token from shipyard.rs>\"\n")

    # ------------------------------------------------------------ elixir
    s.desc("elixir-phoenix", "Phoenix config/runtime.exs and prod.secret.exs")
    d = s.doc("elixir-phoenix/runtime.exs")
    d.w("import Config\n\nif config_env() == :prod do\n  database_url =\n    System.get_env(\"DATABASE_URL\") ||\n      raise \"\"\"\n      environment variable DATABASE_URL is missing.\n      \"\"\"\n\n",
        "  config :ledger, Ledger.Repo,\n    url: database_url,\n    pool_size: String.to_integer(System.get_env(\"POOL_SIZE\") || \"10\")\n\n",
        "  # The secret key base is used to sign/encrypt cookies and other secrets.\n  secret_key_base =\n    System.get_env(\"SECRET_KEY_BASE\") ||\n      raise \"environment variable SECRET_KEY_BASE is missing.\"\n\n",
        "  config :ledger, LedgerWeb.Endpoint,\n    url: [host: \"ledger.example.org\", port: 443, scheme: \"https\"],\n    secret_key_base: secret_key_base\n\n",
        "  # TODO(ops-221): move to env before go-live\n  config :ledger, Ledger.Mailer,\n    adapter: Swoosh.Adapters.SMTP,\n    relay: \"smtp.example.org\",\n    username: \"ledger@example.org\",\n",
        f"    password: \"{d.L(PW, j(g.pw_rand(punct=P_ALL.replace('#', ''))))}\",\n    tls: :always,\n    port: 587\n\n",
        "  config :ledger, Ledger.Guardian,\n    issuer: \"ledger\",\n",
        f"    secret_key: \"{d.L(GS, g.b64(48))}\"\n\n",
        "  config :ledger, LedgerWeb.Endpoint,\n", f"    live_view: [signing_salt: \"{d.L(GS, g.alnum(32))}\"]\n\n",
        "  config :ex_aws,\n    access_key_id: {:system, \"AWS_ACCESS_KEY_ID\"},\n    secret_access_key: {:system, \"AWS_SECRET_ACCESS_KEY\"}\n\n",
        "  config :ledger, :mollie,\n", f"    api_key: \"{d.L(GS, 'live_' + g.alnum(30))}\",\n",
        f"    profile_id: \"{d.F('pfl_' + g.alnum(10))}\"\nend\n")
    d = s.doc("elixir-phoenix/prod.secret.exs")
    d.w("# In this file, we load production configuration and secrets\n# from environment variables. You can also hardcode secrets,\n# although such is generally not recommended and you have to\n# remember to add this file to your .gitignore.\nuse Mix.Config\n\n",
        "config :shopfloor, Shopfloor.Repo,\n  username: \"shopfloor\",\n", f"  password: \"{d.L(PW, j(g.pw_human()))}\",\n",
        "  database: \"shopfloor_prod\",\n  hostname: \"10.12.0.9\",\n  pool_size: 15\n\n",
        "config :shopfloor, ShopfloorWeb.Endpoint,\n", f"  secret_key_base: \"{d.L(GS, g.b64(64)[:64])}\"\n\n",
        "config :shopfloor, Shopfloor.Vault,\n  ciphers: [\n    default: {Cloak.Ciphers.AES.GCM, tag: \"AES.GCM.V1\",\n",
        f"      key: Base.decode64!(\"{d.L(GS, g.b64(32))}\"), iv_length: 12}}\n  ]\n\n",
        "config :shopfloor, :basic_auth,\n  username: \"dashboard\",\n", f"  password: \"{d.L(PW, g.pw_short())}\"\n\n",
        "config :joken, default_signer: System.fetch_env!(\"JOKEN_SIGNER\")\n")

    # ------------------------------------------------------------ cakephp / codeigniter
    s.desc("php-frameworks", "CakePHP config/app_local.php and CodeIgniter 4 .env")
    d = s.doc("php-frameworks/app_local.php")
    d.w("<?php\n/*\n * Local configuration file to provide any overrides to your app.php configuration.\n * Copy and save this file as app_local.php and make changes as required.\n */\nreturn [\n",
        "    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),\n\n",
        "    'Security' => [\n", f"        'salt' => env('SECURITY_SALT', '{d.L(GS, g.hex(64))}'),\n    ],\n\n",
        "    'Datasources' => [\n        'default' => [\n            'host' => 'localhost',\n            'username' => 'cake_app',\n",
        f"            'password' => '{d.L(PW, php_sq(g.pw_rand(punct=P_Q)))}',\n            'database' => 'cake_shop',\n            'url' => env('DATABASE_URL', null),\n        ],\n",
        "        'test' => [\n            'host' => 'localhost',\n            'username' => 'my_app',\n            'password' => 'secret',\n            'database' => 'test_myapp',\n        ],\n    ],\n\n",
        "    'EmailTransport' => [\n        'default' => [\n            'className' => 'Smtp',\n            'host' => 'smtp.example.org',\n            'port' => 587,\n            'username' => 'shop@example.org',\n",
        f"            'password' => '{d.L(PW, php_sq(g.pw_human()))}',\n            'tls' => true,\n        ],\n    ],\n\n",
        "    'Payments' => [\n", f"        'webhookSigningKey' => '{d.L(GS, g.b64(32, url=True, pad=False))}',\n",
        f"        'merchantId' => '{d.F(str(r.randrange(10**8, 10**9)))}',\n", "        'apiKey' => env('PAYMENT_API_KEY'),\n    ],\n];\n")
    d = s.doc("php-frameworks/codeigniter.env")
    d.w("#--------------------------------------------------------------------\n# Example Environment Configuration file\n#\n# This file can be used as a starting place for your own\n# .env files, and contains the most common settings.\n#--------------------------------------------------------------------\n\n",
        "CI_ENVIRONMENT = production\n\napp.baseURL = 'https://portal.example.org/'\n\n",
        "database.default.hostname = 10.14.0.6\ndatabase.default.database = portal\ndatabase.default.username = portal_app\n",
        f"database.default.password = '{d.L(PW, g.pw_rand(punct=P_NOSEMI.replace(chr(39), '')))}'\ndatabase.default.DBDriver = MySQLi\n\n",
        "# database.tests.password = root\n\n",
        f"encryption.key = hex2bin:{d.L(GS, g.hex(64))}\n\n",
        "email.protocol = smtp\nemail.SMTPHost = smtp.example.org\nemail.SMTPUser = portal@example.org\n",
        f"email.SMTPPass = \"{d.L(PW, g.pw_human())}\"\nemail.SMTPPort = 587\n\n",
        f"security.tokenName = csrf_token_name\nsecurity.tokenRandomize = true\n",
        f"app.sessionCookieName = ci_session\nrecaptcha.secret = {d.L(GS, '6L' + g.b64(30, url=True, pad=False)[:38])}\nrecaptcha.sitekey = {d.F('6L' + g.b64(30, url=True, pad=False)[:38])}\n")

    # ------------------------------------------------------------ flask / fastapi / nestjs
    s.desc("python-web-settings", "Flask instance/config.py, FastAPI pydantic settings and .env")
    d = s.doc("python-web-settings/instance-config.py")
    d.w("# instance/config.py -- loaded with app.config.from_pyfile('config.py', silent=True)\nimport os\n\n",
        f"SECRET_KEY = {d.L(GS, repr(bytes(r.getrandbits(8) for _ in range(16))))}\n" if False else "",
        f"SECRET_KEY = \"{d.L(GS, g.hex(64))}\"\n",
        "SQLALCHEMY_DATABASE_URI = os.environ.get(\"DATABASE_URL\", \"sqlite:///instance/app.db\")\n",
        f"SECURITY_PASSWORD_SALT = \"{d.L(GS, g.alnum(32))}\"\n",
        "SECURITY_PASSWORD_HASH = \"argon2\"\n",
        "MAIL_SERVER = \"smtp.example.org\"\nMAIL_PORT = 587\nMAIL_USE_TLS = True\nMAIL_USERNAME = \"noreply@example.org\"\n",
        f"MAIL_PASSWORD = \"{d.L(PW, j(g.pw_rand(punct=P_ALL)))}\"\n",
        "LDAP_BIND_USER_DN = \"cn=flask,ou=svc,dc=example,dc=org\"\n",
        f"LDAP_BIND_USER_PASSWORD = r'{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~').replace(chr(39), ''))}'\n",
        "WTF_CSRF_SECRET_KEY = os.environ[\"CSRF_KEY\"]\n",
        f"STRIPE_PUBLISHABLE_KEY = \"{d.F('pk_live_' + g.alnum(24))}\"\n",
        f"RECAPTCHA_PRIVATE_KEY = \"{d.L(GS, '6Le' + g.b64(30, url=True, pad=False)[:37])}\"\n",
        "ADMIN_PASSWORD = None  # set via `flask create-admin`\n")
    d = s.doc("python-web-settings/settings.py")
    d.w("from functools import lru_cache\n\nfrom pydantic import Field, SecretStr\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\n",
        "class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=\".env\", env_file_encoding=\"utf-8\")\n\n",
        "    app_name: str = \"tickets-api\"\n    db_user: str = \"tickets\"\n    db_password: SecretStr\n    password: str | None = None\n",
        "    jwt_secret: SecretStr = Field(..., min_length=32)\n    api_key_header: str = \"X-Api-Key\"\n    smtp_password: SecretStr | None = None\n",
        f"    # fallback for local runs only\n    internal_api_key: str = \"{d.L(GS, g.alnum(40))}\"\n",
        "\n    def db_dsn(self) -> str:\n        pw = self.db_password.get_secret_value()\n        return f\"postgresql+asyncpg://{self.db_user}:{pw}@db:5432/tickets\"\n\n\n",
        "@lru_cache\ndef get_settings() -> Settings:\n    return Settings()\n\n\n",
        "def check_password(password: str, hashed: str) -> bool:\n    if password is None:\n        return False\n    return pwd_context.verify(password, hashed)\n")
    d = s.doc("python-web-settings/env.production")
    d.w("# tickets-api production env (synced from the vault by ops)\nAPP_NAME=tickets-api\nDB_USER=tickets\n",
        f"DB_PASSWORD='{d.L(PW, g.pw_rand(punct=P_NOSEMI.replace(chr(39), '')))}'\n",
        f"JWT_SECRET={d.L(GS, g.b64(48, url=True, pad=False))}\n",
        f"SMTP_PASSWORD=\"{d.L(PW, g.pw_phrase(sep=' '))}\"\n",
        f"WEBHOOK_SIGNING_SECRET={d.L(GS, 'whsec_' + g.b64(24))}\n",
        "SENTRY_ENVIRONMENT=production\nPASSWORD_MIN_LENGTH=12\nPASSWORD_RESET_TOKEN_TTL=3600\n",
        f"ENCRYPTION_KEY={d.L(GS, g.b64(32, url=True))}\n",
        "REDIS_PASSWORD=\n# REDIS_PASSWORD is empty: redis is on the unix socket\n")
    s.desc("nestjs-config", "NestJS .env and configuration.ts")
    d = s.doc("nestjs-config/configuration.ts")
    d.w("export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  database: {\n    host: process.env.DATABASE_HOST,\n    port: parseInt(process.env.DATABASE_PORT ?? '5432', 10),\n",
        "    username: process.env.DATABASE_USER,\n    password: process.env.DATABASE_PASSWORD,\n  },\n  jwt: {\n",
        f"    secret: process.env.JWT_SECRET ?? '{d.L(GS, g.alnum(48))}',\n    expiresIn: '15m',\n  }},\n",
        f"  refresh: {{\n    secret: process.env.JWT_REFRESH_SECRET ?? '{d.L(GS, g.b64(32))}',\n    expiresIn: '7d',\n  }},\n",
        "  mail: {\n    host: 'smtp.example.org',\n    user: 'no-reply@example.org',\n",
        f"    pass: process.env.MAIL_PASS || '{d.L(PW, php_sq(g.pw_rand(punct=P_Q)))}',\n  }},\n",
        "  throttler: { ttl: 60, limit: 100 },\n});\n\n",
        "export interface DatabaseConfig {\n  host: string;\n  port: number;\n  username: string;\n  password: string;\n}\n")
    d = s.doc("nestjs-config/.env.production")
    d.w("NODE_ENV=production\nPORT=3000\nDATABASE_HOST=10.16.0.4\nDATABASE_PORT=5432\nDATABASE_USER=nest_app\n",
        f"DATABASE_PASSWORD={d.L(PW, g.pw_human())}\n", f"JWT_SECRET={d.L(GS, g.hex(64))}\n",
        f"JWT_REFRESH_SECRET={d.L(GS, g.hex(64))}\n", f"MAIL_PASS=\"{d.L(PW, g.pw_rand(punct=P_NOSEMI.replace(chr(34), '').replace('$', '')))}\"\n",
        f"COOKIE_SECRET={d.L(GS, g.alnum(32))}\n", f"ALGOLIA_APP_ID={d.F(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}\n",
        f"ALGOLIA_ADMIN_KEY={d.L(GS, g.hex(32))}\n", f"ALGOLIA_SEARCH_KEY={d.F(g.hex(32))}\n",
        "THROTTLE_TTL=60\n")

    # ------------------------------------------------------------ wrangler
    s.desc("wrangler", "Cloudflare wrangler.toml, .dev.vars and wrangler secret commands")
    d = s.doc("wrangler/wrangler.toml")
    d.w("name = \"edge-api\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-09-01\"\n\n",
        "[vars]\nENVIRONMENT = \"production\"\nAPI_BASE = \"https://api.example.org\"\n",
        f"TURNSTILE_SITE_KEY = \"{d.F('0x4AAAAAAA' + g.alnum(14))}\"\n",
        "# FIXME: secrets do not belong in [vars]; use `wrangler secret put`\n",
        f"TURNSTILE_SECRET_KEY = \"{d.L(GS, '0x4AAAAAAA' + g.alnum(22))}\"\n",
        f"UPSTREAM_API_KEY = \"{d.L(GS, g.alnum(40))}\"\n\n",
        "[[kv_namespaces]]\nbinding = \"SESSIONS\"\n", f"id = \"{d.F(g.hex(32))}\"\n\n",
        "[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"edge-prod\"\n", f"database_id = \"{d.F(g.uuid())}\"\n\n",
        "[[r2_buckets]]\nbinding = \"ASSETS\"\nbucket_name = \"edge-assets\"\n")
    d = s.doc("wrangler/terminal.txt")
    d.w("$ cat .dev.vars\n# local secrets for `wrangler dev` -- never commit\n", f"SESSION_SECRET=\"{d.L(GS, g.b64(32))}\"\n",
        f"DB_PASSWORD=\"{d.L(PW, j(g.pw_rand(punct=P_ALL)))}\"\n", f"GITHUB_OAUTH_CLIENT_SECRET=\"{d.L(GS, g.hex(40))}\"\n",
        f"GITHUB_OAUTH_CLIENT_ID=\"{d.F('Iv1.' + g.hex(16))}\"\n", f"RESEND_API_KEY=\"{d.L(GS, 're_' + g.alnum(8) + '_' + g.alnum(24))}\"\n")
    d.w("\n$ npx wrangler secret put STRIPE_WEBHOOK_SECRET --env production\n✔ Enter a secret value: … ********************************\n",
        "🌀 Creating the secret for the Worker \"edge-api-production\" \n✨ Success! Uploaded secret STRIPE_WEBHOOK_SECRET\n\n",
        f"$ echo \"{d.L(GS, g.alnum(48))}\" | npx wrangler secret put SIGNING_KEY --env production\n",
        "🌀 Creating the secret for the Worker \"edge-api-production\" \n✨ Success! Uploaded secret SIGNING_KEY\n\n",
        f"$ printf '%s' '{d.L(PW, g.pw_rand(punct=P_ALL))}' | npx wrangler secret put ADMIN_PASSWORD --env production\n",
        "✨ Success! Uploaded secret ADMIN_PASSWORD\n\n$ npx wrangler secret list --env production\n[\n")
    names = ["ADMIN_PASSWORD", "DB_PASSWORD", "SIGNING_KEY", "STRIPE_WEBHOOK_SECRET", "SESSION_SECRET"]
    d.w(",\n".join(f"  {{\n    \"name\": \"{n}\",\n    \"type\": \"secret_text\"\n  }}" for n in names), "\n]\n")

    # ------------------------------------------------------------ paas env dumps
    s.desc("paas-env", "heroku config, netlify env:list and vercel env pull output")
    d = s.doc("paas-env/heroku-config.txt")
    d.w("$ heroku config -a orderdesk-prod\n=== orderdesk-prod Config Vars\n")
    rows = [("ADMIN_PASSWORD", PW), ("LANG", "en_US.UTF-8"), ("MAILER_PASSWORD", PW),
            ("NEW_RELIC_APP_NAME", "orderdesk"), ("RAILS_MASTER_KEY", "hex32"), ("SECRET_KEY_BASE", "hex128"),
            ("PAPERTRAIL_API_TOKEN", "alnum20"), ("RACK_ENV", "production"), ("SIDEKIQ_WEB_PASSWORD", PW),
            ("SHOPIFY_API_KEY_ID", "fake"), ("EASYPOST_API_KEY", "ep")]
    width = max(len(k) for k, _ in rows) + 2
    for k, kind in rows:
        if kind is None:
            v = "postgres://" + d.F("u" + g.hex(13)) + "@ec2-198-51-100-24.eu-west-1.compute.amazonaws.com:5432/" + d.F("d" + g.hex(13))
        elif kind == PW:
            v = d.L(PW, g.pw_any(punct=P_ALL))
        elif kind == "hex32":
            v = d.L(GS, g.hex(32))
        elif kind == "hex128":
            v = d.L(GS, g.hex(128))
        elif kind == "alnum20":
            v = d.L(GS, g.alnum(20))
        elif kind == "fake":
            v = d.F(g.hex(32))
        elif kind == "ep":
            v = d.L(GS, "EZAK" + g.hex(54))
        else:
            v = kind
        d.w(f"{(k + ':').ljust(width)}{v}\n")
    d.w("\n$ heroku config:get SIDEKIQ_WEB_USER -a orderdesk-prod\nops\n")
    d = s.doc("paas-env/netlify-env-list.txt")
    d.w("$ netlify env:list --context production --plain\n")
    for k, cat, v in [(f"PARTNER_{p}_API_KEY", GS, g.alnum(r.choice([32, 40, 48]))) for p in ["BOL", "ZALANDO", "AMAZON_SP", "CDISCOUNT", "OTTO", "ALLEGRO", "EMAG", "KAUFLAND"]] + [
                      (f"PARTNER_{p}_SECRET", GS, g.b64(32)) for p in ["BOL", "ZALANDO", "OTTO", "KAUFLAND"]] + [("CONTENTFUL_SPACE_ID", None, g.alnum(12).lower()), ("CONTENTFUL_DELIVERY_TOKEN", GS, g.b64(32, url=True, pad=False)),
                      ("CONTENTFUL_PREVIEW_TOKEN", GS, g.b64(32, url=True, pad=False)), ("NEXTAUTH_SECRET", GS, g.b64(32)),
                      ("NEXTAUTH_URL", None, "https://shop.example.org"), ("DB_PASSWORD", PW, g.pw_human()),
                      ("BASIC_AUTH_PASSWORD", PW, g.pw_short()), ("MAILCHIMP_API_KEY", GS, g.hex(32) + "-us21"),
                      ("SANITY_PROJECT_ID", None, g.alnum(8).lower()), ("SANITY_API_TOKEN", GS, "sk" + g.alnum(80) if False else g.alnum(80))]:
        if cat:
            d.w(f"{k}={d.L(cat, v)}\n")
        else:
            d.w(f"{k}={d.F(v)}\n")
    d = s.doc("paas-env/vercel-env.local")
    d.w("# Created by Vercel CLI\n", "NEXT_PUBLIC_SUPABASE_URL=\"https://", d.F(g.chars('abcdefghijklmnopqrstuvwxyz', 20)), ".supabase.co\"\n",
        f"SUPABASE_DB_PASSWORD=\"{d.L(PW, g.pw_rand(punct=P_NOSEMI.replace(chr(34), '').replace('$', '')))}\"\n",
        f"CRON_SECRET=\"{d.L(GS, g.alnum(32))}\"\n", f"REVALIDATE_TOKEN=\"{d.L(GS, g.hex(32))}\"\n",
        "VERCEL=\"1\"\nVERCEL_ENV=\"development\"\nVERCEL_URL=\"\"\nVERCEL_GIT_COMMIT_SHA=\"", d.F(g.hex(40)), "\"\n",
        f"UPSTASH_REDIS_REST_TOKEN=\"{d.L(GS, 'A' + g.b64(45, url=True, pad=False))}\"\n",
        f"KV_REST_API_READ_ONLY_TOKEN=\"{d.L(GS, 'Ag' + g.b64(45, url=True, pad=False))}\"\n",
        f"ADMIN_PASSWORD=\"{d.L(PW, g.pw_phrase(sep='-'))}\"\n")

    # ------------------------------------------------------------ fly.io
    s.desc("flyio", "flyctl secrets set / list / postgres create session")
    d = s.doc("flyio/secrets-session.txt")
    d.w("$ fly secrets set -a billing-api \\\n")
    setv = []
    for k, cat, v in [("DATABASE_PASSWORD", PW, g.pw_rand(punct="!#%*+-.:=@^_~")), ("PHX_SECRET_KEY_BASE", GS, g.b64(48)),
                      ("POSTMARK_SERVER_TOKEN", None, g.uuid()), ("ADMIN_BASIC_AUTH_PASSWORD", PW, g.pw_human().replace("$", "S").replace("&", "and")),
                      ("HMAC_SECRET", GS, g.hex(64))]:
        if cat:
            setv.append(f"  {k}={d.L(cat, v)}")
        else:
            setv.append(f"  {k}={d.F(v)}")
    d.w(" \\\n".join(setv), "\nSecrets are staged for the first deployment\n\n$ fly secrets list -a billing-api\n",
        "NAME                     \tDIGEST          \tCREATED AT\n")
    for k in ["ADMIN_BASIC_AUTH_PASSWORD", "DATABASE_PASSWORD", "HMAC_SECRET", "PHX_SECRET_KEY_BASE", "POSTMARK_SERVER_TOKEN"]:  # digests only
        d.w(f"{k.ljust(25)}\t{d.F(g.hex(16))}\t2m ago\n")
    d.w("\n$ fly postgres create --name billing-db --region ams\n...\nPostgres cluster billing-db created\n  Username:    postgres\n",
        f"  Password:    {d.L(PW, g.alnum(16))}\n  Hostname:    billing-db.internal\n  Flycast:     fdaa:0:1a2b:0:1::3\n  Proxy port:  5432\n  Postgres port:  5433\n",
        "Save your credentials in a secure place -- you won't be able to see them again!\n")

    # ------------------------------------------------------------ doppler
    s.desc("doppler", "doppler secrets download JSON and the secrets table")
    d = s.doc("doppler/secrets-download.json")
    obj = {}
    order = []
    for k, cat, v in [("DOPPLER_CONFIG", None, "prd"), ("DOPPLER_ENVIRONMENT", None, "prd"), ("DOPPLER_PROJECT", None, "payments"),
                      ("DB_PASSWORD", PW, g.pw_rand(punct=P_Q)), ("DB_USER", None, "payments"), ("ADYEN_HMAC_KEY", GS, g.hex(64, upper=True)),
                      ("ADYEN_MERCHANT_ACCOUNT", None, "ExampleECOM"), ("INTERNAL_API_TOKEN", GS, g.alnum(40)),
                      ("RABBITMQ_PASSWORD", PW, g.pw_human()), ("FEATURE_FLAGS_SDK_KEY", GS, "sdk-" + g.uuid()),
                      ("LOG_LEVEL", None, "info"), ("TOTP_ENCRYPTION_KEY", GS, g.b64(32))] + [
                      (f"{p}_API_KEY", GS, g.alnum(r.choice([24, 32, 40]))) for p in ["MOLLIE_PROFILE", "BUCKAROO", "MULTISAFEPAY", "PAY_NL", "CM_PAYMENTS", "WORLDLINE", "SISOW", "ICEPAY", "PAYPRO", "TARGETPAY"]] + [
                      (f"{p}_WEBHOOK_SECRET", GS, g.hex(64)) for p in ["BUCKAROO", "MULTISAFEPAY", "WORLDLINE", "CM_PAYMENTS"]] + [
                      ("PAYOUT_DB_PASSWORD", PW, g.pw_any(punct=P_Q)), ("LEDGER_ENCRYPTION_KEY", GS, g.b64(32)), ("LEDGER_HMAC_KEY", GS, g.hex(64))]:
        obj[k] = v
        order.append((k, cat, v))
    text = json.dumps(obj, indent=2)
    d.w("$ doppler secrets download --no-file --format json -p payments -c prd\n", text, "\n")
    for k, cat, v in order:
        if cat:
            d.L(cat, json.dumps(v)[1:-1])
    d.w("\n$ doppler secrets -p notifications -c stg\n┌─────────────────────┬──────────────────────────────────────────────────┐\n",
        "│ NAME                │ VALUE                                            │\n├─────────────────────┼──────────────────────────────────────────────────┤\n")
    for k, cat, v in [("DOPPLER_CONFIG", None, "stg"), ("DOPPLER_ENVIRONMENT", None, "stg"), ("DOPPLER_PROJECT", None, "notifications"),
                      ("FCM_SERVER_KEY", GS, "AAAA" + g.alnum(7) + ":" + g.b64(100, url=True, pad=False)[:130]),
                      ("ONESIGNAL_APP_ID", None, g.uuid()), ("ONESIGNAL_REST_KEY", GS, g.b64(36)),
                      ("SMTP_PASSWORD", PW, g.pw_human()), ("TWILIO_ACCOUNT_SID", None, None), ("TWILIO_AUTH_TOKEN", TW, None)]:
        if k == "TWILIO_ACCOUNT_SID":
            v = g.twilio_sid()
        if k == "TWILIO_AUTH_TOKEN":
            v = g.twilio_token()
        if len(v) > 48:
            shown = v  # doppler prints long values on one line, widening the column
        else:
            shown = v.ljust(48)
        if cat:
            d.L(cat, v)
        d.w(f"│ {k.ljust(19)} │ {shown} │\n")
    d.w("└─────────────────────┴──────────────────────────────────────────────────┘\n")

    # ------------------------------------------------------------ 1password cli
    s.desc("onepassword-cli", "op item get --format json --reveal output")
    d1 = s.doc("onepassword-cli/op-item-get-session.txt")
    for title, cat_, fields in [
        ("Postgres prod (billing)", "DATABASE", [("username", "STRING", None, "billing_owner"), ("password", "CONCEALED", PW, g.pw_rand(punct=P_Q)),
                                                 ("server", "STRING", None, "pg-billing.internal"), ("port", "STRING", None, "5432")]),
        ("Mailjet API", "API_CREDENTIAL", [("username", "STRING", None, g.hex(32)), ("credential", "CONCEALED", GS, g.hex(32)),
                                           ("type", "MENU", None, "other"), ("hostname", "STRING", None, "api.mailjet.com")]),
        ("Router admin", "LOGIN", [("username", "STRING", None, "admin"), ("password", "CONCEALED", PW, g.pw_human()),
                                   ("one-time password", "OTP", GS, g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))]),
        ("Backup encryption", "PASSWORD", [("password", "CONCEALED", PW, g.pw_phrase(sep=" "))]),
    ]:
        d = d1
        item = {"id": g.chars("abcdefghijklmnopqrstuvwxyz234567", 26), "title": title, "version": r.randrange(1, 9),
                "vault": {"id": g.chars("abcdefghijklmnopqrstuvwxyz234567", 26), "name": "Infrastructure"},
                "category": cat_, "last_edited_by": g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 26),
                "created_at": "2025-03-11T09:14:52Z", "updated_at": "2026-10-02T13:40:07Z", "fields": []}
        d.F(item["id"])
        for label, typ, cat, v in fields:
            f = {"id": label if label in ("username", "password", "credential") else g.chars("abcdefghijklmnopqrstuvwxyz234567", 26),
                 "type": typ, "purpose": "USERNAME" if label == "username" else ("PASSWORD" if label == "password" else None),
                 "label": label, "value": v if typ != "OTP" else f"otpauth://totp/Router:admin?secret={v}&issuer=Router",
                 "reference": f"op://Infrastructure/{title}/{label}"}
            if f["purpose"] is None:
                del f["purpose"]
            if typ == "OTP":
                f["totp"] = str(r.randrange(100000, 999999))
            if cat == PW and typ == "CONCEALED" and r.random() < 0.5:
                f["password_details"] = {"strength": "FANTASTIC"}
            item["fields"].append(f)
            if cat:
                d.L(cat, json.dumps(v)[1:-1])
            else:
                d.F(v)
        d.w(f"$ op item get \"{title}\" --vault Infrastructure --format json --reveal\n", json.dumps(item, indent=2, ensure_ascii=False), "\n")

    # ------------------------------------------------------------ sops
    s.desc("sops", "a SOPS-encrypted YAML and its sops -d output")
    keys = [("db_password", PW), ("redis_password", PW), ("oidc_client_secret", GS), ("session_secret", GS),
            ("smtp_password", PW), ("s3_secret_key", GS), ("minio_root_password", PW)]
    vals_ = {}
    for k, cat in keys:
        if cat == PW:
            vals_[k] = g.pw_any(punct=P_ALL)
        elif k == "oidc_client_secret":
            vals_[k] = g.alnum(32)
        elif k == "session_secret":
            vals_[k] = g.b64(48)
        else:
            vals_[k] = g.alnum(40)
    d = s.doc("sops/terminal.txt")
    d.w("$ cat secrets.enc.yaml\n")
    for k, _ in keys:
        d.w(f"{k}: {d.F('ENC[AES256_GCM,data:' + g.b64(len(vals_[k]), pad=True) + ',iv:' + g.b64(32) + ',tag:' + g.b64(16) + ',type:str]')}\n")
    d.w("sops:\n    kms: []\n    gcp_kms: []\n    azure_kv: []\n    hc_vault: []\n    age:\n        - recipient: age1", g.chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        "\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n")
    for _ in range(5):
        d.w("            ", g.b64(48), "\n")
    d.w("            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2026-11-28T10:21:44Z\"\n",
        f"    mac: ENC[AES256_GCM,data:{g.b64(64)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]\n    pgp: []\n    unencrypted_suffix: _unencrypted\n    version: 3.9.1\n")
    d.w("\n$ sops -d secrets.enc.yaml\n")
    for k, cat in keys:
        v = vals_[k]
        if any(c in v for c in ":#{}[]&*!|>%@`,?'\"") or v[0] in "-":
            d.w(f"{k}: '{d.L(cat, v.replace(chr(39), chr(39) * 2))}'\n")
        else:
            d.w(f"{k}: {d.L(cat, v)}\n")

    # ------------------------------------------------------------ vault kv
    s.desc("vault-kv", "vault kv get output (table and JSON)")
    d = s.doc("vault-kv/kv-get.txt")
    d.w("$ vault kv get -mount=secret apps/checkout/prod\n======= Secret Path =======\nsecret/data/apps/checkout/prod\n\n",
        "======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2026-11-20T08:12:33.418221Z\ncustom_metadata    <nil>\n",
        "deletion_time      n/a\ndestroyed          false\nversion            7\n\n====== Data ======\nKey                      Value\n---                      -----\n")
    for k, cat, v in [("db_password", PW, g.pw_rand(punct=P_ALL)), ("db_username", None, "checkout"),
                      ("klarna_api_secret", GS, g.b64(32, url=True, pad=False)), ("klarna_username", None, "PK" + str(r.randrange(10**5, 10**6)) + "_" + g.hex(12)),
                      ("psp_webhook_hmac", GS, g.hex(64)), ("rabbit_password", PW, g.pw_human())]:
        d.w(f"{k.ljust(25)}{d.L(cat, v) if cat else d.F(v)}\n")
    d.w("\n$ vault kv get -format=json -mount=secret apps/partner-gateway/prod\n")
    data = {}
    labs = []
    for k, cat, v in [("api_key", GS, g.alnum(32)), ("api_key_id", None, "ak_" + g.hex(10)), ("client_secret", GS, g.b64(32, url=True, pad=False)),
                      ("client_id", None, g.uuid()), ("ldap_bind_password", PW, g.pw_rand(punct=P_Q)), ("note", None, "rotated by ops, see OPS-5120")]:
        data[k] = v
        if cat:
            labs.append((cat, json.dumps(v)[1:-1]))
    out = {"request_id": g.uuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
           "data": {"data": data, "metadata": {"created_time": "2026-10-14T12:01:09.2291Z", "custom_metadata": None,
                                               "deletion_time": "", "destroyed": False, "version": 3}}, "warnings": None}
    d.w(json.dumps(out, indent=2), "\n")
    for c, v in labs:
        d.L(c, v)

    # ------------------------------------------------------------ password manager exports
    s.desc("pwmanager-export", "Bitwarden, KeePass and Chrome password CSV exports")
    d = s.doc("pwmanager-export/bitwarden_export_20261130.csv")
    d.w("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n")
    sites = ["bol.example", "ing.example", "ziggo.example", "github.com", "belastingdienst.example", "marktplaats.example",
             "ns.example", "coolblue.example", "thuisbezorgd.example", "kpn.example", "digid.example", "linkedin.com",
             "netflix.com", "spotify.com", "ah.example", "vattenfall.example", "stackoverflow.com", "dropbox.com", "proton.me",
             "booking.com", "tweakers.example", "npo.example"] + [w + ".example" for w in [
             "gemeente", "zorgverzekeraar", "energie", "huisarts", "tandarts", "sportschool", "bibliotheek", "kinderopvang",
             "werkgever-portal", "pensioenfonds", "belegger", "crypto-beurs", "webhosting", "domeinregistrar", "mailprovider",
             "fotoalbum", "reisbureau", "autoverhuur", "parkeren", "ov-chipkaart", "verzekeraar", "hypotheek", "makelaar",
             "schoolportaal", "vereniging", "forum-fietsen", "game-store", "streaming2", "muziekles", "opslagbox",
             "webwinkel2", "dierenarts", "kapper", "garage", "printservice", "loterij", "donaties", "energie-oud"]]
    for i, site in enumerate(sites):
        pw = g.pw_any(punct=P_Q, space=True)
        folder = r.choice(["", "Bank", "Werk", "Shopping", "Social"])
        totp = ""
        if r.random() < 0.25:
            totp = d.L(GS, g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))
        notes = r.choice(["", "", "klantnummer " + str(r.randrange(10**6, 10**7)), "\"oude account, niet gebruiken\""])
        fields = "" if r.random() < 0.8 else f"\"PIN: {r.randrange(1000, 9999)}\""
        user = r.choice(["j.vermeulen", "jvermeulen82", "jasper.vermeulen", "jasperv"]) + "@example.net"
        pwf = csvq(pw)
        if any(c in pw for c in ',"\n '):
            cell = f"\"{d.L(PW, pwf)}\""
        else:
            cell = d.L(PW, pwf)
        d.w(f"{folder},{r.choice(['', '1'])},login,{site.split('.')[0].capitalize()},{notes},{fields},0,https://{site}/login,{user},{cell},{totp}\n")
    d.w("Werk,,note,Wifi kantoor,\"SSID: Gast, wachtwoord staat op het whiteboard\",,0,,,,\n")
    d = s.doc("pwmanager-export/keepass.csv")
    d.w("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\",\"Last Modified\",\"Created\"\n")
    for t, u in [("Root/Servers", "root@nas01"), ("Root/Servers", "admin@pfsense"), ("Root/Servers", "ipmi@r740-01"),
                 ("Root/Servers", "idrac@r740-02"), ("Root/Network", "admin@unifi"), ("Root/Network", "enable@core-sw"),
                 ("Root/Databases", "sa@sql01"), ("Root/Databases", "postgres@pg01"), ("Root/Cloud", "break-glass@azure"),
                 ("Root/Cloud", "root@hetzner"), ("Root/Backup", "veeam@backup01"), ("Root/Backup", "restic repo"),
                 ("Root/Printers", "admin@mfp-2e"), ("Root/Wifi", "WPA2 Personeel"), ("Root/Wifi", "WPA2 Gasten")] + [
                 ("Root/Servers", f"root@web{i:02d}") for i in range(1, 11)] + [("Root/Network", f"admin@ap-{i:02d}") for i in range(1, 8)] + [
                 ("Root/Databases", f"dbo@sql{i:02d}") for i in range(2, 8)] + [("Root/Cloud", "owner@ovh"), ("Root/Cloud", "admin@tenant-o365")]:
        pw = g.pw_any(punct=P_Q, space=True)
        d.w(f"\"{t}\",\"{u.split('@')[-1]}\",\"{u.split('@')[0]}\",\"{d.L(PW, csvq(pw))}\",\"\",\"\",\"\",\"0\",\"2026-06-0{r.randrange(1, 9)}T10:00:00Z\",\"2023-01-1{r.randrange(0, 9)}T09:00:00Z\"\n")
    d.w("\"Root/Templates\",\"new server\",\"root\",\"\",\"\",\"copy this entry\",\"\",\"0\",\"2026-01-01T00:00:00Z\",\"2026-01-01T00:00:00Z\"\n")
    d = s.doc("pwmanager-export/Chrome Passwords.csv")
    d.w("name,url,username,password,note\n")
    for site in ["accounts.example.de", "shop.example.fr", "portal.example.es", "webmail.example.it", "intranet.example.com",
                 "192.168.1.1", "grafana.example.org", "jira.example.org", "kibana.example.org", "outlook.example.com",
                 "bank.example.pl", "mijn.example.nl"] + [f"{w}.example.{tld}" for w, tld in [
                 ("konto", "de"), ("panier", "fr"), ("tienda", "es"), ("negozio", "it"), ("sklep", "pl"), ("loja", "pt"),
                 ("butik", "se"), ("kauppa", "fi"), ("verkkopankki", "fi"), ("moje", "cz"), ("portal", "at"), ("login", "ch"),
                 ("kunde", "dk"), ("min-side", "no"), ("webmail", "be"), ("intranet", "lu"), ("hr", "ie"), ("payroll", "co.uk"),
                 ("tickets", "org"), ("wiki", "org"), ("git", "org"), ("ci", "org"), ("status", "org"), ("vpn", "org"),
                 ("backup", "net"), ("nas", "net"), ("camera", "net"), ("router", "net")]]:
        pw = g.pw_any(punct=P_Q)
        cell = f"\"{d.L(PW, csvq(pw))}\"" if any(c in pw for c in ',"') else d.L(PW, pw)
        d.w(f"{site},https://{site}/,{r.choice(['mkoch', 'm.koch', 'marie.koch', 'mk'])},{cell},\n")

    # ------------------------------------------------------------ windows unattend
    s.desc("windows-unattend", "Windows autounattend.xml / sysprep answer files")
    for n in range(2):
        d = s.doc(f"windows-unattend/autounattend-{['ws2022', 'win11-kiosk'][n]}.xml")
        d.w('<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n',
            '  <settings pass="specialize">\n    <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">\n',
            "      <Identification>\n        <Credentials>\n          <Domain>corp.example.org</Domain>\n",
            f"          <Password>{d.L(PW, xml_text(g.pw_rand(punct=P_ALL)))}</Password>\n          <Username>svc-domainjoin</Username>\n",
            "        </Credentials>\n        <JoinDomain>corp.example.org</JoinDomain>\n        <MachineObjectOU>OU=Servers,DC=corp,DC=example,DC=org</MachineObjectOU>\n      </Identification>\n    </component>\n  </settings>\n",
            '  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">\n',
            "      <UserAccounts>\n        <AdministratorPassword>\n")
        adm = g.pw_human()
        if n == 0:
            d.w(f"          <Value>{d.L(PW, xml_text(adm))}</Value>\n          <PlainText>true</PlainText>\n")
        else:
            enc = base64.b64encode((adm + "AdministratorPassword").encode("utf-16-le")).decode()
            d.w(f"          <Value>{d.L(PW, enc)}</Value>\n          <PlainText>false</PlainText>\n")
        d.w("        </AdministratorPassword>\n        <LocalAccounts>\n")
        for acct in ["kiosk", "support", "deploy"][: 2 + n]:
            pw = g.pw_any(punct=P_ALL)
            if n == 1 and acct != "kiosk":
                val = base64.b64encode((pw + "Password").encode("utf-16-le")).decode()
                pt = "false"
            else:
                val = xml_text(pw)
                pt = "true"
            d.w(f"          <LocalAccount wcm:action=\"add\">\n            <Password>\n              <Value>{d.L(PW, val)}</Value>\n              <PlainText>{pt}</PlainText>\n            </Password>\n",
                f"            <Group>Administrators</Group>\n            <Name>{acct}</Name>\n          </LocalAccount>\n")
        d.w("        </LocalAccounts>\n      </UserAccounts>\n      <AutoLogon>\n        <Password>\n")
        al = g.pw_rand(punct=P_ALL)
        d.w(f"          <Value>{d.L(PW, xml_text(al))}</Value>\n          <PlainText>true</PlainText>\n        </Password>\n",
            "        <Enabled>true</Enabled>\n        <LogonCount>1</LogonCount>\n        <Username>kiosk</Username>\n      </AutoLogon>\n",
            f"      <ProductKey>{d.F('-'.join(g.chars('BCDFGHJKMNPQRTVWXY2346789', 5) for _ in range(5)))}</ProductKey>\n",
            "      <TimeZone>W. Europe Standard Time</TimeZone>\n    </component>\n  </settings>\n</unattend>\n")

    # ------------------------------------------------------------ gpp
    s.desc("gpp-sysvol", "Group Policy Preferences XML in SYSVOL with cpassword attributes")
    d = s.doc("gpp-sysvol/Groups.xml")
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">\n')
    for name in ["Administrator (built-in)", "LocalSupport", "KioskAdmin", "ScanUser"]:
        cp = g.b64(16 * r.randrange(2, 5), pad=False)
        d.w(f'  <User clsid="{{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}}" name="{name}" image="2" changed="2019-0{r.randrange(1, 9)}-1{r.randrange(0, 9)} 09:2{r.randrange(0, 9)}:11" uid="{{{d.F(g.uuid().upper())}}}">\n',
            f'    <Properties action="U" newName="" fullName="" description="" cpassword="{d.L(PW, cp)}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="{name}"/>\n  </User>\n')
    d.w("</Groups>\n")
    d = s.doc("gpp-sysvol/ScheduledTasks.xml")
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">\n')
    for task in ["NightlyInventory", "CleanupTemp", "SyncPrinters"]:
        cp = g.b64(32, pad=False)
        d.w(f'  <TaskV2 clsid="{{D8896631-B747-47a7-84A6-C155337F3BC8}}" name="{task}" image="2" changed="2018-11-02 14:05:33" uid="{{{d.F(g.uuid().upper())}}}">\n',
            f'    <Properties action="U" name="{task}" runAs="CORP\\svc-tasks" logonType="Password" cpassword="{d.L(PW, cp)}">\n',
            "      <Task version=\"1.2\"><Principals><Principal id=\"Author\"><UserId>CORP\\svc-tasks</UserId><LogonType>Password</LogonType></Principal></Principals></Task>\n    </Properties>\n  </TaskV2>\n")
    d.w('  <TaskV2 clsid="{D8896631-B747-47a7-84A6-C155337F3BC8}" name="Reboot" image="2" changed="2021-02-02 10:00:00" uid="{', d.F(g.uuid().upper()), '}">\n',
        '    <Properties action="U" name="Reboot" runAs="NT AUTHORITY\\System" logonType="S4U" cpassword=""/>\n  </TaskV2>\n</ScheduledTasks>\n')

    # ------------------------------------------------------------ powershell dsc
    s.desc("powershell-dsc", "PowerShell DSC configuration script and the compiled MOF")
    d = s.doc("powershell-dsc/WebServerConfig.ps1")
    d.w("$ConfigData = @{\n    AllNodes = @(\n        @{\n            NodeName = 'web01'\n            PSDscAllowPlainTextPassword = $true\n            PSDscAllowDomainUser = $true\n        }\n    )\n}\n\n")
    creds = []
    for var, user in [("AppPoolCred", "CORP\\svc-apppool"), ("SqlCred", "CORP\\svc-sql"), ("ShareCred", "CORP\\svc-share")]:
        pw = g.pw_rand(punct=P_ALL + "'")
        creds.append(pw)
        d.w(f"${var} = New-Object System.Management.Automation.PSCredential('{user}', (ConvertTo-SecureString '{d.L(PW, pw.replace(chr(39), chr(39) * 2))}' -AsPlainText -Force))\n")
    d.w("$CertPassword = Read-Host -AsSecureString -Prompt 'PFX password'\n",
        "$CertCred = Get-Credential -UserName 'pfx' -Message 'PFX password'\n\n",
        "Configuration WebServer {\n    param([PSCredential]$AppPoolCredential, [PSCredential]$SqlCredential)\n    Import-DscResource -ModuleName xWebAdministration\n",
        "    Node $AllNodes.NodeName {\n        xWebAppPool Portal {\n            Name = 'Portal'\n            identityType = 'SpecificUser'\n            Credential = $AppPoolCredential\n        }\n    }\n}\n\n",
        "WebServer -ConfigurationData $ConfigData -AppPoolCredential $AppPoolCred -SqlCredential $SqlCred -OutputPath .\\mof\n")
    d = s.doc("powershell-dsc/web01.mof")
    d.w("/*\n@TargetNode='web01'\n@GeneratedBy=svc-build\n@GenerationDate=11/29/2026 14:02:11\n@GenerationHost=BUILD01\n*/\n\n")
    for i, (user, pw) in enumerate([("CORP\\\\svc-apppool", g.pw_rand(punct=P_ALL)), ("CORP\\\\svc-sql", g.pw_rand(punct=P_ALL))]):
        d.w(f"instance of MSFT_Credential as $MSFT_Credential{i + 1}ref\n{{\nPassword = \"{d.L(PW, j(pw))}\";\n UserName = \"{user}\";\n\n}};\n\n")
    d.w("instance of MSFT_xWebAppPool as $MSFT_xWebAppPool1ref\n{\nResourceID = \"[xWebAppPool]Portal\";\n identityType = \"SpecificUser\";\n Credential = $MSFT_Credential1ref;\n Name = \"Portal\";\n ModuleName = \"xWebAdministration\";\n ModuleVersion = \"3.3.0\";\n ConfigurationName = \"WebServer\";\n};\n\n",
        "instance of OMI_ConfigurationDocument\n{\n Version=\"2.0.0\";\n MinimumCompatibleVersion = \"1.0.0\";\n CompatibleVersionAdditionalProperties= {\"Omi_BaseResource:ConfigurationName\"};\n Author=\"svc-build\";\n GenerationDate=\"11/29/2026 14:02:11\";\n GenerationHost=\"BUILD01\";\n Name=\"WebServer\";\n};\n")

    # ------------------------------------------------------------ filezilla
    s.desc("filezilla", "FileZilla sitemanager.xml and recentservers.xml")
    d = s.doc("filezilla/sitemanager.xml")
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.67.1" platform="windows">\n\t<Servers>\n')
    for host, user in [("ftp.drukkerij-example.nl", "upload"), ("sftp.partner.example", "edi_in"), ("www.example-hosting.nl", "site1234"),
                       ("files.example.org", "marketing"), ("10.20.30.40", "backup"), ("ftps.bank.example", "sepa-batch"),
                       ("media.example.com", "cdnpush"), ("sftp.example.net", "invoice")]:
        pw = g.pw_any(punct=P_Q, space=True)
        enc = r.random() < 0.6
        d.w(f"\t\t<Server>\n\t\t\t<Host>{host}</Host>\n\t\t\t<Port>{r.choice([21, 22, 990])}</Port>\n\t\t\t<Protocol>{r.choice([0, 1, 4])}</Protocol>\n\t\t\t<Type>0</Type>\n\t\t\t<User>{user}</User>\n")
        if enc:
            d.w(f"\t\t\t<Pass encoding=\"base64\">{d.L(PW, base64.b64encode(pw.encode()).decode())}</Pass>\n")
        else:
            d.w(f"\t\t\t<Pass>{d.L(PW, xml_text(pw))}</Pass>\n")
        d.w(f"\t\t\t<Logontype>1</Logontype>\n\t\t\t<PasvMode>MODE_DEFAULT</PasvMode>\n\t\t\t<Name>{host}</Name>\n\t\t\t<SyncBrowsing>0</SyncBrowsing>\n\t\t</Server>\n")
    d.w("\t\t<Server>\n\t\t\t<Host>sftp.keyonly.example</Host>\n\t\t\t<Port>22</Port>\n\t\t\t<Protocol>1</Protocol>\n\t\t\t<User>deploy</User>\n\t\t\t<Keyfile>C:\\Users\\pvdmeer\\.ssh\\deploy.ppk</Keyfile>\n\t\t\t<Logontype>5</Logontype>\n\t\t\t<Name>keyonly</Name>\n\t\t</Server>\n",
        "\t\t<Server>\n\t\t\t<Host>ftp.askpass.example</Host>\n\t\t\t<Port>21</Port>\n\t\t\t<User>jan</User>\n\t\t\t<Logontype>2</Logontype>\n\t\t\t<Name>ask for password</Name>\n\t\t</Server>\n\t</Servers>\n</FileZilla3>\n")
    d = s.doc("filezilla/recentservers.xml")
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.67.1" platform="windows">\n\t<RecentServers>\n')
    for host, user in [("ftp.oude-webshop.example", "shop"), ("192.168.10.5", "scanner"), ("ftp.leverancier.example", "orders")]:
        pw = g.pw_human()
        d.w(f"\t\t<Server>\n\t\t\t<Host>{host}</Host>\n\t\t\t<Port>21</Port>\n\t\t\t<Protocol>0</Protocol>\n\t\t\t<Type>0</Type>\n\t\t\t<User>{user}</User>\n",
            f"\t\t\t<Pass encoding=\"base64\">{d.L(PW, base64.b64encode(pw.encode()).decode())}</Pass>\n\t\t\t<Logontype>1</Logontype>\n\t\t</Server>\n")
    d.w("\t</RecentServers>\n</FileZilla3>\n")

    # ------------------------------------------------------------ twilio
    s.desc("twilio-integrations", "Twilio credentials in app env files, SDK code and twilio-cli profiles")
    d = s.doc("twilio-integrations/django-settings.env")
    d.w("# SMS 2FA + appointment reminders\n")
    for env in ["PROD", "STAGING", "DR", "BE", "DE", "LAB"]:
        d.w(f"TWILIO_{env}_ACCOUNT_SID={g.twilio_sid()}\nTWILIO_{env}_AUTH_TOKEN={d.L(TW, g.twilio_token())}\n",
            f"TWILIO_{env}_MESSAGING_SERVICE_SID=MG{d.F(g.hex(32))}\n")
    d.w(f"TWILIO_VERIFY_SID=VA{d.F(g.hex(32))}\nTWILIO_TEST_ACCOUNT_SID=AC{d.F(g.hex(32))}\n",
        "TWILIO_TEST_AUTH_TOKEN=${TWILIO_TEST_AUTH_TOKEN}\n",
        f"TWILIO_API_KEY={d.L(TW, g.twilio_sk())}\nTWILIO_API_SECRET={d.L(TWS, g.alnum(32))}\n",
        "DJANGO_SETTINGS_MODULE=clinic.settings.production\n")
    d = s.doc("twilio-integrations/reminders.js")
    sid = g.twilio_sid()
    d.w("// scripts/send-reminders.js -- run by cron at 07:00\nconst twilio = require('twilio');\n\n",
        f"const accountSid = process.env.TWILIO_ACCOUNT_SID || '{sid}';\n",
        f"const authToken = process.env.TWILIO_AUTH_TOKEN || '{d.L(TW, g.twilio_token())}';\n",
        "const client = twilio(accountSid, authToken);\n\n",
        "// the sub-account for the Belgian clinics\n",
        f"const beClient = twilio('{g.twilio_sid()}', '{d.L(TW, g.twilio_token())}');\n\n",
        "// API key (preferred): twilio(apiKeySid, apiKeySecret, { accountSid })\n",
        f"const apiClient = twilio('{d.L(TW, g.twilio_sk())}', '{d.L(TWS, g.alnum(32))}', {{ accountSid }});\n\n",
        "async function remind(appt) {\n  return client.messages.create({\n    body: `Herinnering: afspraak ${appt.time}`,\n    messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID,\n    to: appt.phone,\n  });\n}\n\nmodule.exports = { remind };\n")
    d = s.doc("twilio-integrations/twilio-cli-config.json")
    prof = {}
    for p in ["clinic-prod", "clinic-staging", "marketing", "support-ivr", "lab"]:
        prof[p] = {"accountSid": g.twilio_sid(), "apiKey": g.twilio_sk(), "apiSecret": g.alnum(32), "region": r.choice(["ie1", "us1"])}
    d.w(json.dumps({"profiles": prof, "activeProfile": "clinic-prod", "edge": "dublin", "requireProfileInput": True}, indent=2), "\n")
    for p in prof.values():
        d.L(TW, p["apiKey"])
        d.L(TWS, p["apiSecret"])
    d = s.find("asterisk/pjsip.conf")
    d.w("\n; pjsip_wizard.conf (included) -- Twilio Elastic SIP Trunk\n[twilio-trunk]\ntype = wizard\ntransport = transport-tls\nremote_hosts = example-clinic.pstn.dublin.twilio.com\n",
        "sends_auth = yes\noutbound_auth/username = asterisk-clinic\n",
        f"outbound_auth/password = {d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}\n",
        "; credential list in the Twilio console: CL", d.F(g.hex(32)), "\n",
        "; account used for the Programmable Voice fallback webhook\n", f"; AC sid: {g.twilio_sid()}\n",
        f"; auth token: {d.L(TW, g.twilio_token())}\n")

    # ------------------------------------------------------------ azure storage
    s.desc("azure-storage", "Azure Functions local.settings.json, az storage output, azcopy SAS commands")
    d = s.doc("azure-storage/local.settings.json")
    acct1, acct2 = "stfuncinvoices" + g.hex(4), "stexportarchive" + g.hex(4)
    k1, k2 = g.azure_key(), g.azure_key()
    ls = {"IsEncrypted": False, "Values": {
        "AzureWebJobsStorage": f"DefaultEndpointsProtocol=https;AccountName={acct1};AccountKey={k1};EndpointSuffix=core.windows.net",
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "ExportStorage": f"DefaultEndpointsProtocol=https;AccountName={acct2};AccountKey={k2};EndpointSuffix=core.windows.net",
        "DevStorage": "UseDevelopmentStorage=true",
        "SqlPassword": g.pw_rand(punct=P_Q),
        "ServiceBusConnection__fullyQualifiedNamespace": "sb-invoices.servicebus.windows.net",
        "PdfRenderApiKey": g.alnum(40)},
        "Host": {"LocalHttpPort": 7071, "CORS": "*"}}
    d.w(json.dumps(ls, indent=2), "\n")
    d.L(AZ, k1)
    d.L(AZ, k2)
    d.L(PW, json.dumps(ls["Values"]["SqlPassword"])[1:-1])
    d.L(GS, ls["Values"]["PdfRenderApiKey"])
    d = s.doc("azure-storage/keys-list.txt")
    d.w("$ az storage account keys list --resource-group rg-data-prod --account-name stdatalakeprodweu --output json\n")
    keys_ = [{"creationTime": "2026-04-02T09:11:40.551236+00:00", "keyName": "key1", "permissions": "FULL", "value": g.azure_key()},
             {"creationTime": "2026-04-02T09:11:40.551236+00:00", "keyName": "key2", "permissions": "FULL", "value": g.azure_key()}]
    d.w(json.dumps(keys_, indent=2), "\n\n")
    for k in keys_:
        d.L(AZ, k["value"])
    d.w("$ az storage account keys list -g rg-web -n stwebassets01 --query \"[0].value\" -o tsv\n", d.L(AZ, g.azure_key()), "\n\n",
        "".join(f"$ az storage account keys list -g rg-branch-{b} -n stbranch{b}{n} --query \"[0].value\" -o tsv\n{d.L(AZ, g.azure_key())}\n\n" for b, n in [("ams", "01"), ("rtm", "01"), ("utr", "02"), ("ehv", "01"), ("gro", "03")]),
        "$ az storage account show-connection-string -g rg-web -n stwebassets02 -o tsv\n",
        f"DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName=stwebassets02;AccountKey={d.L(AZ, g.azure_key())};BlobEndpoint=https://stwebassets02.blob.core.windows.net/\n\n",
        "$ az storage container generate-sas --account-name stwebassets01 --name uploads --permissions acdlrw --expiry 2027-01-31 --auth-mode key -o tsv\n",
        f"se=2027-01-31&sp=racwdl&sv=2022-11-02&sr=c&sig={d.L(AZ, url(g.azure_sig()))}\n\n",
        "$ az storage account keys renew -g rg-web -n stwebassets01 --key key2 --query \"[1].keyName\"\n\"key2\"\n")
    d = s.doc("azure-storage/azcopy-sync.sh")
    d.w("#!/usr/bin/env bash\n# nightly copy of the scanned post to the archive account\nset -euo pipefail\n\n")
    for i, cont in enumerate(["scans", "invoices", "contracts", "payroll-exports", "hr-dossiers", "photos", "cad-drawings", "mail-archive", "ledger-backups", "sftp-drop"]):
        sig = url(g.azure_sig())
        d.w(f"azcopy sync \"/data/{cont}\" \"https://starchivenl01.blob.core.windows.net/{cont}?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig={d.L(AZ, sig)}\" --delete-destination=true\n")
    d.w("\n# account key for the legacy blobfuse mount\n", "export AZURE_STORAGE_ACCOUNT=starchivenl01\n",
        f"export AZURE_STORAGE_ACCESS_KEY='{d.L(AZ, g.azure_key())}'\n", "export AZURE_STORAGE_SAS_TOKEN=\"${SAS_FROM_KEYVAULT}\"\n")
