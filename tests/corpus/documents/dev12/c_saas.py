"""dev12 generic-secret carriers: SaaS keys with their public ids, self-hosted apps' secrets, CMS salts, webhook signing
secrets, license keys, payment gateways, OAuth clients, encryption keys."""
import json
from c_common import *
from c_common import _num, _asciify

CARRIERS = []


def carrier(dirname, n):
    def deco(fn):
        CARRIERS.append((dirname, fn, n))
        return fn
    return deco


def G(d, v):
    return d.L("generic-secret", v)


# vendor: (env prefix, public-id env name or None, secret env name, generator)
VENDORS = [
    ("auth0", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"),
    ("okta", "OKTA_OAUTH2_CLIENT_ID", "OKTA_OAUTH2_CLIENT_SECRET"),
    ("entra", "AZURE_AD_CLIENT_ID", "AZURE_AD_CLIENT_SECRET"),
    ("google", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"),
    ("github_app", "GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"),
    ("mixpanel", None, "MIXPANEL_API_SECRET"),
    ("plaid", "PLAID_CLIENT_ID", "PLAID_SECRET"),
    ("braintree", "BRAINTREE_MERCHANT_ID", "BRAINTREE_PRIVATE_KEY"),
    ("razorpay", "RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET"),
    ("square", "SQUARE_APPLICATION_ID", "SQUARE_APPLICATION_SECRET"),
    ("twitch", "TWITCH_CLIENT_ID", "TWITCH_CLIENT_SECRET"),
    ("spotify", "SPOTIFY_CLIENT_ID", "SPOTIFY_CLIENT_SECRET"),
    ("discord", "DISCORD_APPLICATION_ID", "DISCORD_CLIENT_SECRET"),
    ("slack_app", "SLACK_CLIENT_ID", "SLACK_SIGNING_SECRET"),
    ("stream", "NEXT_PUBLIC_STREAM_KEY", "STREAM_API_SECRET"),
    ("agora", "AGORA_APP_ID", "AGORA_APP_CERTIFICATE"),
    ("xero", "XERO_CLIENT_ID", "XERO_CLIENT_SECRET"),
    ("quickbooks", "QBO_CLIENT_ID", "QBO_CLIENT_SECRET"),
    ("alpaca", "APCA_API_KEY_ID", "APCA_API_SECRET_KEY"),
    ("b2", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY"),
    ("contentful", "CONTENTFUL_SPACE_ID", "CONTENTFUL_DELIVERY_TOKEN"),
    ("recaptcha", "NEXT_PUBLIC_RECAPTCHA_SITE_KEY", "RECAPTCHA_SECRET_KEY"),
    ("turnstile", "NEXT_PUBLIC_TURNSTILE_SITE_KEY", "TURNSTILE_SECRET_KEY"),
    ("hcaptcha", "NEXT_PUBLIC_HCAPTCHA_SITEKEY", "HCAPTCHA_SECRET"),
    ("pusher", "NEXT_PUBLIC_PUSHER_KEY", "PUSHER_SECRET"),
    ("mailjet", None, "MJ_APIKEY_PRIVATE"),
]
SINGLES = [
    ("newrelic_license", "NEW_RELIC_LICENSE_KEY"), ("newrelic_user", "NEW_RELIC_API_KEY"), ("honeycomb", "HONEYCOMB_API_KEY"),
    ("rollbar", "ROLLBAR_ACCESS_TOKEN"), ("launchdarkly", "LAUNCHDARKLY_SDK_KEY"), ("pagerduty", "PAGERDUTY_ROUTING_KEY"),
    ("pagerduty_api", "PAGERDUTY_API_TOKEN"), ("telegram", "TELEGRAM_BOT_TOKEN"), ("discord_bot", "DISCORD_BOT_TOKEN"),
    ("fcm_legacy", "FCM_SERVER_KEY"), ("expo", "EXPO_ACCESS_TOKEN"), ("zendesk", "ZENDESK_API_TOKEN"),
    ("freshdesk", "FRESHDESK_API_KEY"), ("airtable", "AIRTABLE_TOKEN"), ("atlassian", "JIRA_API_TOKEN"),
    ("trello_token", "TRELLO_TOKEN"), ("clickup", "CLICKUP_API_TOKEN"), ("shippo", "SHIPPO_API_TOKEN"),
    ("easypost", "EASYPOST_API_KEY"), ("lob", "LOB_API_KEY"), ("mollie", "MOLLIE_API_KEY"), ("paddle", "PADDLE_API_KEY"),
    ("cloudflare_token", "CLOUDFLARE_API_TOKEN"), ("fastly", "FASTLY_API_TOKEN"), ("hetzner", "HCLOUD_TOKEN"),
    ("linode", "LINODE_TOKEN"), ("vultr", "VULTR_API_KEY"), ("onesignal", "ONESIGNAL_REST_API_KEY"),
    ("contentful_cma", "CONTENTFUL_MANAGEMENT_TOKEN"), ("hex64", "NEXTAUTH_SECRET"), ("b64_32", "SESSION_SECRET"),
    ("alnum48", "JWT_SECRET"), ("whsec", "STRIPE_WEBHOOK_SECRET"), ("b64url", "ENCRYPTION_KEY"), ("adyen", "ADYEN_API_KEY"),
]
PUBLIC_LINES = [
    lambda d: f"NEXT_PUBLIC_SENTRY_DSN=https://{d.X(rs(HEX, 32))}@o{_num(6)}.ingest.de.sentry.io/{_num(7)}",
    lambda d: f"NEXT_PUBLIC_GA_MEASUREMENT_ID=G-{rs('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}",
    lambda d: f"NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY={d.X('pk_live_' + rs(ALNUM, 99))}",
    lambda d: f"CLOUDFLARE_ZONE_ID={d.X(rs(HEX, 32))}",
    lambda d: f"CLOUDFLARE_ACCOUNT_ID={d.X(rs(HEX, 32))}",
    lambda d: f"ONESIGNAL_APP_ID={d.X(uuid4())}",
    lambda d: f"NEXT_PUBLIC_LD_CLIENT_SIDE_ID={d.X(rs(HEX, 24))}",
    lambda d: f"ALGOLIA_APP_ID={rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}",
    lambda d: f"ADYEN_CLIENT_KEY={d.X('live_' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}",
    lambda d: f"FASTLY_SERVICE_ID={d.X(rs(ALNUM, 22))}",
    lambda d: f"BUILD_SHA={d.X(git_sha())}",
    lambda d: f"PUSHER_APP_ID={_num(7)}",
    lambda d: f"NEXT_PUBLIC_FIREBASE_PROJECT_ID=nordkraft-app-{_num(4)}",
]
PH_LINES = ["STRIPE_SECRET_KEY=sk_test_replace_me", "OPENAI_API_KEY=", "SENDGRID_API_KEY=changeme", "SLACK_BOT_TOKEN=xoxb-your-token",
            "MAILGUN_API_KEY=${MAILGUN_API_KEY}", "SECRET_KEY=<generate with openssl rand -hex 32>", "ALGOLIA_ADMIN_KEY=xxxxxxxxxxxxxxxx",
            "TWILIO_AUTH_TOKEN=your_auth_token", "DATABASE_URL=postgres://user:password@localhost:5432/app"]


def vendor_lines(d, k, fmt=lambda n, v: f"{n}={v}"):
    lines = []
    for ven, pub, secn in R.sample(VENDORS, k):
        pid, sv = saas(ven)
        if pub:
            lines.append(fmt(pub, d.X(pid) if len(pid) > 12 else pid))
        lines.append(fmt(secn, G(d, sv)))
    return lines


def single_lines(d, k, fmt=lambda n, v: f"{n}={v}"):
    out = []
    for kind, n in R.sample(SINGLES, k):
        out.append(fmt(n, G(d, sec(kind))))
    return out


@carrier("saas-env", 7)
def saasenv(d, i):
    k = i % 4
    lines = vendor_lines(d, R.randint(5, 7)) + single_lines(d, R.randint(4, 6)) + [f(d) for f in R.sample(PUBLIC_LINES, 3)]
    R.shuffle(lines)
    if k == 0:
        s = "# Created by Vercel CLI\n" + "\n".join(f'{l.split("=", 1)[0]}="{l.split("=", 1)[1]}"' for l in lines)
        s += f'\nVERCEL_ENV="production"\nVERCEL_GIT_COMMIT_SHA="{d.X(git_sha())}"\n'
        return s, "env.local"
    if k == 1:
        s = f"=== {choice(['nordkraft-web', 'fakturera-api', 'brightwave-prod'])} Config Vars\n"
        s += "\n".join(f"{l.split('=', 1)[0] + ':':<34}{l.split('=', 1)[1]}" for l in lines) + "\n"
        return s, "txt"
    if k == 2:
        s = "# .dev.vars (wrangler) - local only\n" + "\n".join(lines) + "\n\n# .env.example (committed)\n" + "\n".join(R.sample(PH_LINES, 4)) + "\n"
        return s, "env"
    s = "# .env.production\nNODE_ENV=production\nPORT=3000\n" + "\n".join(lines) + "\n# rotated 2026-01: old NEXTAUTH_SECRET=" + "*" * 20 + "\n"
    return s, "env"


SDK_INIT = {
    "py": [
        lambda d: f'pusher_client = pusher.Pusher(\n    app_id="{_num(7)}",\n    key="{d.X(saas("pusher")[0])}",\n    secret="{G(d, saas("pusher")[1])}",\n    cluster="eu",\n    ssl=True,\n)',
        lambda d: f'plaid_config = plaid.Configuration(\n    host=plaid.Environment.Production,\n    api_key={{"clientId": "{d.X(rs(HEX, 24))}", "secret": "{G(d, saas("plaid")[1])}"}},\n)',
        lambda d: f'stream_client = stream.connect("{rs("abcdefghijklmnopqrstuvwxyz0123456789", 12)}", "{G(d, saas("stream")[1])}", location="eu-west")',
        lambda d: f'client = Client(api_key="{G(d, sec("zendesk"))}", subdomain="nordkraft")',
        lambda d: f'newrelic.agent.initialize(config_file=None)\nos.environ.setdefault("NEW_RELIC_LICENSE_KEY", "{G(d, sec("newrelic_license"))}")',
        lambda d: f'bot = telegram.Bot(token="{G(d, sec("telegram"))}")',
        lambda d: f'ld_client = ldclient.Config(sdk_key="{G(d, sec("launchdarkly"))}")',
    ],
    "js": [
        lambda d: f"const algolia = algoliasearch('{rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}', '{G(d, rs(HEX, 32))}'); // admin key, server only",
        lambda d: f"Sentry.init({{ dsn: 'https://{d.X(rs(HEX, 32))}@o{_num(6)}.ingest.us.sentry.io/{_num(7)}', tracesSampleRate: 0.2 }});",
        lambda d: f"const mollie = createMollieClient({{ apiKey: '{G(d, sec('mollie'))}' }});",
        lambda d: f"const shippo = new Shippo({{ apiKeyHeader: '{G(d, sec('shippo'))}' }});",
        lambda d: f"const discord = new REST({{ version: '10' }}).setToken('{G(d, sec('discord_bot'))}');",
        lambda d: f"const ably = new Ably.Realtime({{ key: '{G(d, rs(ALNUM, 6) + '.' + rs(ALNUM, 6) + ':' + rs(B64URL, 43))}' }});",
        lambda d: f"export const cms = contentful.createClient({{\n  space: '{rs('abcdefghijklmnopqrstuvwxyz0123456789', 12)}',\n  accessToken: '{G(d, saas('contentful')[1])}',\n}});",
        lambda d: f"const airtable = new Airtable({{ apiKey: '{G(d, sec('airtable'))}' }}).base('app{rs(ALNUM, 14)}');",
    ],
    "rb": [
        lambda d: f"Braintree::Gateway.new(\n  environment: :production,\n  merchant_id: '{rs('abcdefghijklmnopqrstuvwxyz0123456789', 16)}',\n  public_key: '{rs('abcdefghijklmnopqrstuvwxyz0123456789', 16)}',\n  private_key: '{G(d, saas('braintree')[1])}'\n)",
        lambda d: f"Rollbar.configure do |config|\n  config.access_token = '{G(d, sec('rollbar'))}'\n  config.environment = Rails.env\nend",
        lambda d: f"EasyPost::Client.new(api_key: '{G(d, sec('easypost'))}')",
    ],
    "php": [
        lambda d: f"$razorpay = new Api('{d.X(saas('razorpay')[0])}', '{G(d, saas('razorpay')[1])}');",
        lambda d: f"$pusher = new Pusher\\Pusher('{d.X(rs(HEX, 20))}', '{G(d, rs(HEX, 20))}', '{_num(7)}', ['cluster' => 'eu']);",
        lambda d: f"\\Lob\\Configuration::getDefaultConfiguration()->setUsername('{G(d, sec('lob'))}');",
        lambda d: f"$freshdesk = new Client('{G(d, sec('freshdesk'))}', 'nordkraft');",
    ],
    "go": [
        lambda d: f'client := pagerduty.NewClient("{G(d, sec("pagerduty_api"))}")',
        lambda d: f'api, err := cloudflare.NewWithAPIToken("{G(d, sec("cloudflare_token"))}")',
        lambda d: f'hc := hcloud.NewClient(hcloud.WithToken("{G(d, sec("hetzner"))}"))',
        lambda d: f'linodeClient := linodego.NewClient(oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{{AccessToken: "{G(d, sec("linode"))}"}})))',
    ],
    "java": [
        lambda d: f'Config config = new Config.Builder()\n    .environment(Environment.LIVE)\n    .apiKey("{G(d, sec("adyen"))}")\n    .build();',
        lambda d: f'LDClient ldClient = new LDClient("{G(d, sec("launchdarkly"))}");',
        lambda d: f'Honeycomb hc = Honeycomb.builder().apiKey("{G(d, sec("honeycomb"))}").dataset("orders").build();',
    ],
    "cs": [
        lambda d: f'var xero = new XeroConfiguration {{ ClientId = "{d.X(saas("xero")[0])}", ClientSecret = "{G(d, saas("xero")[1])}" }};',
        lambda d: f'Syncfusion.Licensing.SyncfusionLicenseProvider.RegisterLicense("{G(d, sec("syncfusion"))}");',
        lambda d: f'var square = new SquareClient.Builder().Environment(Square.Environment.Production).AccessToken("{G(d, "EAAA" + rs(ALNUM + "-_", 60))}").Build();',
    ],
    "swift": [
        lambda d: f'OneSignal.initialize("{d.X(uuid4())}", withLaunchOptions: launchOptions)\n// server-side REST key must never ship in the app:\nlet restKey = "{G(d, sec("onesignal"))}"',
        lambda d: f'let agoraEngine = AgoraRtcEngineKit.sharedEngine(withAppId: "{d.X(rs(HEX, 32))}", delegate: self)\nlet appCertificate = "{G(d, rs(HEX, 32))}"',
    ],
}


@carrier("sdk-init", 7)
def sdkinit(d, i):
    lang = list(SDK_INIT)[i % len(SDK_INIT)]
    fns = R.sample(SDK_INIT[lang], min(len(SDK_INIT[lang]), R.randint(5, 7)))
    body = "\n\n".join(f(d) for f in fns)
    hdr = {"py": "import os\nimport pusher, plaid, stream, newrelic.agent, telegram, ldclient\n\n",
           "js": "import algoliasearch from 'algoliasearch';\nimport * as Sentry from '@sentry/node';\n\n",
           "rb": "# config/initializers/vendors.rb\n\n", "php": "<?php\n// bootstrap/vendors.php\n\n",
           "go": "package vendors\n\nfunc setup(ctx context.Context) {\n", "java": "// VendorConfig.java\n\n", "cs": "// Startup.Vendors.cs\n\n",
           "swift": "// AppDelegate+Vendors.swift\n\n"}[lang]
    tail = {"py": '\n\n# in CI: os.environ["PUSHER_SECRET"]\n', "go": "\n\t_ = os.Getenv(\"HCLOUD_TOKEN\")\n}\n", "php": "\n// getenv('RAZORPAY_KEY_SECRET') in production\n"}.get(lang, "\n")
    if lang == "go":
        body = "\t" + body.replace("\n", "\n\t")
    ext = {"py": "py", "js": "mjs", "rb": "rb", "php": "php", "go": "go", "java": "java", "cs": "cs", "swift": "swift"}[lang]
    return hdr + body + tail, ext


WP_CHARS = string.ascii_letters + string.digits + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"


@carrier("wp-config", 4)
def wpconfig(d, i):
    dbp = d.L("password", php_sq(pw(SAFE + "#%&()[]{}<>,;'\\ ")))
    s = "<?php\n/**\n * The base configuration for WordPress\n *\n * @package WordPress\n */\n\n// ** Database settings - You can get this info from your web host ** //\n"
    s += f"define( 'DB_NAME', 'wp_{choice(['shop', 'blogg', 'kunden'])}' );\ndefine( 'DB_USER', 'wp_{rs('abcdefghijklmnopqrstuvwxyz', 5)}' );\ndefine( 'DB_PASSWORD', '{dbp}' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\n\n"
    s += "/**#@+\n * Authentication unique keys and salts.\n *\n * Change these to different unique phrases! You can generate these using\n * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.\n */\n"
    for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]:
        if i == 4:
            s += f"define( '{k}',{' ' * (17 - len(k))}'put your unique phrase here' );\n"
            continue
        while True:
            v = rs(WP_CHARS, 64)
            if v == v.strip() and "  " not in v and v not in USED:
                break
        USED.add(v)
        s += f"define( '{k}',{' ' * (17 - len(k))}'{G(d, v)}' );\n"
    s += "\n/**#@-*/\n\n$table_prefix = 'wp_';\n\ndefine( 'WP_DEBUG', false );\n"
    if i % 2 == 0:
        smtp = d.L("password", php_sq(pw(SAFE + "#%&")))
        s += f"define( 'WPMS_ON', true );\ndefine( 'WPMS_SMTP_HOST', 'smtp.office365.com' );\ndefine( 'WPMS_SMTP_USER', 'noreply' );\ndefine( 'WPMS_SMTP_PASS', '{smtp}' );\n"
    s += "\nif ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\n\nrequire_once ABSPATH . 'wp-settings.php';\n"
    return s, "php"


@carrier("cms-conf", 5)
def cms(d, i):
    k = i % 5
    if k == 0:  # Joomla
        p = d.L("password", php_sq(pw(SAFE + "#%&()'")))
        sp = d.L("password", php_sq(pw(SAFE + "#%&")))
        sec_ = G(d, rs(ALNUM, 16))
        s = "<?php\nclass JConfig {\n\tpublic $offline = false;\n\tpublic $sitename = 'Kranbolaget';\n\tpublic $dbtype = 'mysqli';\n\tpublic $host = 'localhost';\n"
        s += f"\tpublic $user = 'joomla';\n\tpublic $password = '{p}';\n\tpublic $db = 'joomla_prod';\n\tpublic $dbprefix = 'jx7_';\n\tpublic $secret = '{sec_}';\n"
        s += f"\tpublic $mailer = 'smtp';\n\tpublic $smtpauth = true;\n\tpublic $smtpuser = 'webmaster';\n\tpublic $smtppass = '{sp}';\n\tpublic $smtphost = 'smtp.telia.com';\n\tpublic $smtpport = 587;\n}}\n"
        return s, "php"
    if k == 1:  # Drupal
        p = d.L("password", php_sq(pw(SAFE + "#%&()[]{}")))
        hs = G(d, b64u(R.randbytes(55)))
        s = "<?php\n\n$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n"
        s += f"  'password' => '{p}',\n  'prefix' => '',\n  'host' => 'db.internal',\n  'port' => '3306',\n  'driver' => 'mysql',\n];\n\n"
        s += f"$settings['hash_salt'] = '{hs}';\n$settings['config_sync_directory'] = '../config/sync';\n// $settings['hash_salt'] = file_get_contents('/run/secrets/hash_salt');\n"
        return s, "php"
    if k == 2:  # Magento env.php
        p = d.L("password", php_sq(pw(SAFE + "#%&")))
        ck = G(d, rs("abcdefghijklmnopqrstuvwxyz0123456789", 32))
        s = "<?php\nreturn [\n    'backend' => [\n        'frontName' => 'admin_" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 7) + "'\n    ],\n"
        s += f"    'crypt' => [\n        'key' => '{ck}'\n    ],\n    'db' => [\n        'table_prefix' => '',\n        'connection' => [\n            'default' => [\n                'host' => 'mysql',\n                'dbname' => 'magento',\n                'username' => 'magento',\n                'password' => '{p}',\n                'active' => '1'\n            ]\n        ]\n    ],\n"
        s += f"    'install' => [\n        'date' => 'Tue, 14 Jan 2026 09:12:01 +0000'\n    ],\n    'cache' => ['frontend' => ['default' => ['id_prefix' => '{rs(HEX, 3)}_']]]\n];\n"
        return s, "php"
    if k == 3:  # PrestaShop parameters.php
        p = d.L("password", php_sq(pw(SAFE + "#%&")))
        s = "<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '127.0.0.1',\n    'database_port' => '',\n    'database_name' => 'prestashop',\n    'database_user' => 'ps_user',\n"
        s += f"    'database_password' => '{p}',\n    'database_prefix' => 'ps_',\n    'mailer_transport' => 'smtp',\n"
        s += f"    'secret' => '{G(d, rs(ALNUM, 64))}',\n    'ps_caching' => 'CacheMemcache',\n    'cookie_key' => '{G(d, rs(ALNUM, 64))}',\n    'cookie_iv' => '{G(d, rs(ALNUM, 32))}',\n"
        s += f"    'new_cookie_key' => '{G(d, 'def00000' + rs(HEX, 200))}',\n    'ps_creation_date' => '2025-06-11',\n    'locale' => 'sv-SE',\n  ),\n);\n"
        return s, "php"
    p = d.L("password", php_sq(pw(SAFE + "#%&")))
    s = "<?php\nreturn [\n    'BE' => [\n        'debug' => false,\n"
    s += f"        'installToolPassword' => '{d.X(argon2())}',\n        'passwordHashing' => ['className' => 'TYPO3\\\\CMS\\\\Core\\\\Crypto\\\\PasswordHashing\\\\Argon2iPasswordHash'],\n    ],\n"
    s += f"    'DB' => [\n        'Connections' => [\n            'Default' => [\n                'dbname' => 'typo3',\n                'host' => 'db',\n                'password' => '{p}',\n                'port' => 3306,\n                'user' => 'typo3',\n            ],\n        ],\n    ],\n"
    s += f"    'SYS' => [\n        'encryptionKey' => '{G(d, rs(HEX, 96))}',\n        'sitename' => 'Stadtwerke Lenz',\n    ],\n];\n"
    return s, "php"


@carrier("selfhosted-env", 8)
def selfhosted(d, i):
    k = i % 8
    if k == 0:  # Authelia
        lp = d.L("password", yaml_sq(pw(SAFE + "#%&()[]{}<>,;' ")))
        sp = d.L("password", yaml_sq(pw(SAFE + "#%&")))
        dbp = d.L("password", yaml_sq(pw(SAFE + "#%&()")))
        s = "---\nserver:\n  address: 'tcp://:9091'\nlog:\n  level: info\n\nidentity_validation:\n  reset_password:\n"
        s += f"    jwt_secret: '{G(d, rs(ALNUM, 64))}'\n\nauthentication_backend:\n  ldap:\n    address: 'ldaps://ldap.corp.local'\n    base_dn: 'dc=nordkraft,dc=se'\n    user: 'cn=authelia,ou=service,dc=nordkraft,dc=se'\n    password: '{lp}'\n\n"
        s += f"session:\n  secret: '{G(d, rs(ALNUM, 64))}'\n  cookies:\n    - domain: 'nordkraft.se'\n      authelia_url: 'https://auth.nordkraft.se'\n\n"
        s += f"storage:\n  encryption_key: '{G(d, rs(ALNUM, 72))}'\n  postgres:\n    address: 'tcp://db:5432'\n    database: 'authelia'\n    username: 'authelia'\n    password: '{dbp}'\n\n"
        s += f"notifier:\n  smtp:\n    address: 'submission://smtp.fastmail.com:587'\n    username: 'auth@nordkraft.se'\n    password: '{sp}'\n    sender: 'Authelia <auth@nordkraft.se>'\n"
        d.L("email", "auth@nordkraft.se")
        return s, "yml"
    if k == 1:  # oauth2-proxy
        pid, cs = saas(choice(["google", "okta", "entra", "github_app"]))
        s = f'provider = "oidc"\noidc_issuer_url = "https://login.nordkraft.se/realms/corp"\nclient_id = "{d.X(pid)}"\nclient_secret = "{G(d, cs)}"\n'
        s += f'cookie_secret = "{G(d, b64u(R.randbytes(32)))}"\ncookie_secure = true\nemail_domains = ["nordkraft.se"]\nupstreams = ["http://127.0.0.1:8080/"]\n'
        s += '# redis_password = "${REDIS_PASSWORD}"\n'
        return s, "cfg"
    if k == 2:  # Gitea app.ini
        p = d.L("password", pw(SAFE + "#%&()[]{}<>,'\" "))
        it = d.L("jwt|generic-secret", b64u(b'{"alg":"HS256","typ":"JWT"}') + "." + b64u(json.dumps({"nbf": R.randint(1700000000, 1760000000)}).encode()) + "." + b64u(R.randbytes(32)))
        s = "APP_NAME = Nordkraft Git\nRUN_MODE = prod\nRUN_USER = git\n\n[database]\nDB_TYPE  = postgres\nHOST     = 127.0.0.1:5432\nNAME     = gitea\nUSER     = gitea\n"
        s += f"PASSWD   = `{p}`\nSSL_MODE = disable\n\n[security]\nINSTALL_LOCK       = true\nSECRET_KEY         = {G(d, rs(ALNUM, 64))}\nINTERNAL_TOKEN     = {it}\nPASSWORD_HASH_ALGO = pbkdf2\n\n"
        s += f"[oauth2]\nJWT_SECRET = {G(d, b64u(R.randbytes(32)))}\n\n[server]\nLFS_JWT_SECRET = {G(d, b64u(R.randbytes(32)))}\nSSH_DOMAIN = git.nordkraft.se\nHTTP_PORT = 3000\n"
        return s, "ini"
    if k == 3:  # Nextcloud
        p = d.L("password", php_sq(pw(SAFE + "#%&()")))
        s = "<?php\n$CONFIG = array (\n"
        s += f"  'instanceid' => '{d.X('oc' + rs('abcdefghijklmnopqrstuvwxyz0123456789', 10))}',\n  'passwordsalt' => '{G(d, rs(ALNUM + '/+', 30))}',\n  'secret' => '{G(d, rs(ALNUM + '/+', 48))}',\n"
        s += "  'trusted_domains' => \n  array (\n    0 => 'cloud.vandenberg-installatie.nl',\n  ),\n  'datadirectory' => '/var/www/html/data',\n  'dbtype' => 'pgsql',\n  'version' => '30.0.4.1',\n"
        s += f"  'dbname' => 'nextcloud',\n  'dbhost' => 'db',\n  'dbuser' => 'oc_admin',\n  'dbpassword' => '{p}',\n  'installed' => true,\n);\n"
        return s, "php"
    if k == 4:  # Mastodon
        dbp = d.L("password", pw(SAFE + "#%&"))
        smp = d.L("password", pw(SAFE + "%&"))
        s = "LOCAL_DOMAIN=social.brightwave.io\nREDIS_HOST=redis\nREDIS_PORT=6379\nDB_HOST=db\nDB_USER=mastodon\nDB_NAME=mastodon_production\n"
        s += f"DB_PASS={dbp}\nDB_PORT=5432\nSECRET_KEY_BASE={G(d, rs(HEX, 128))}\nOTP_SECRET={G(d, rs(HEX, 128))}\n"
        s += f"ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY={G(d, rs(ALNUM, 32))}\nACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT={G(d, rs(ALNUM, 32))}\nACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY={G(d, rs(ALNUM, 32))}\n"
        s += f"VAPID_PRIVATE_KEY={G(d, b64u(R.randbytes(32)) + '=')}\nVAPID_PUBLIC_KEY={d.X('B' + b64u(R.randbytes(64)) + '=')}\n"
        s += f"SMTP_SERVER=smtp.mailgun.org\nSMTP_PORT=587\nSMTP_LOGIN=postmaster@mg.brightwave.io\nSMTP_PASSWORD={smp}\n"
        d.L("email", "postmaster@mg.brightwave.io")
        return s, "env.production"
    if k == 5:  # Strapi
        keys = [G(d, base64.b64encode(R.randbytes(16)).decode()) for _ in range(4)]
        dbp = d.L("password", pw(SAFE + "#%&"))
        s = f"HOST=0.0.0.0\nPORT=1337\nAPP_KEYS={','.join(keys)}\nAPI_TOKEN_SALT={G(d, base64.b64encode(R.randbytes(16)).decode())}\nADMIN_JWT_SECRET={G(d, base64.b64encode(R.randbytes(16)).decode())}\n"
        s += f"TRANSFER_TOKEN_SALT={G(d, base64.b64encode(R.randbytes(16)).decode())}\nJWT_SECRET={G(d, base64.b64encode(R.randbytes(16)).decode())}\n"
        s += f"DATABASE_CLIENT=postgres\nDATABASE_HOST=db\nDATABASE_NAME=strapi\nDATABASE_USERNAME=strapi\nDATABASE_PASSWORD={dbp}\n"
        return s, "env"
    if k == 6:  # n8n + vaultwarden compose env
        s = "services:\n  n8n:\n    image: docker.n8n.io/n8nio/n8n:1.74.1\n    environment:\n"
        s += f"      - N8N_ENCRYPTION_KEY={G(d, rs(ALNUM, 32))}\n      - N8N_HOST=flows.kranbolaget.se\n      - WEBHOOK_URL=https://flows.kranbolaget.se/\n"
        s += f"  vaultwarden:\n    image: vaultwarden/server:1.32.7\n    environment:\n      ADMIN_TOKEN: '{d.X(argon2())}'\n      DOMAIN: https://vault.kranbolaget.se\n"
        s += f"      SMTP_PASSWORD: '{d.L('password', yaml_sq(pw(SAFE + '#%&()[]{}<>,;')))}'\n"
        s += f"      PUSH_INSTALLATION_ID: {d.X(uuid4())}\n      PUSH_INSTALLATION_KEY: {G(d, rs(ALNUM, 20))}\n"
        return s, "yml"
    # paperless
    s = f"PAPERLESS_URL=https://docs.mebleks.pl\nPAPERLESS_SECRET_KEY={G(d, sec('django'))}\nPAPERLESS_DBHOST=db\nPAPERLESS_DBPASS={d.L('password', pw(SAFE + '%&'))}\n"
    s += "PAPERLESS_ADMIN_USER=admin\nPAPERLESS_ADMIN_PASSWORD=changeme\nPAPERLESS_OCR_LANGUAGE=pol+eng\n"
    return s, "env"


@carrier("cloud-cli-configs", 5)
def cloudcli(d, i):
    k = i % 5
    if k == 0:
        s = ""
        for sect in R.sample(["default", "ccu", "papi", "dns"], 2):
            s += f"[{sect}]\nclient_secret = {G(d, sec('akamai_secret'))}\nhost = {d.X('akab-' + rs('abcdefghijklmnopqrstuvwxyz0123456789', 16) + '-' + rs('abcdefghijklmnopqrstuvwxyz0123456789', 16))}.luna.akamaiapis.net\n"
            s += f"access_token = {G(d, sec('akamai_token'))}\nclient_token = {G(d, sec('akamai_token'))}\n\n"
        return s, "edgerc"
    if k == 1:
        return (f'active_context = "prod"\n\n[[contexts]]\n  name = "prod"\n  token = "{G(d, sec("hetzner"))}"\n\n[[contexts]]\n  name = "lab"\n  token = "{G(d, sec("hetzner"))}"\n'), "toml"
    if k == 2:
        return (f"access-token: {G(d, 'dop_v1_' + rs(HEX, 64))}\ncontext: default\nauth-contexts:\n  staging: {G(d, 'dop_v1_' + rs(HEX, 64))}\noutput: text\n"), "yaml"
    if k == 3:
        return (f"[DEFAULT]\ndefault-user = ops-nordkraft\n\n[ops-nordkraft]\ntoken = {G(d, sec('linode'))}\nregion = se-sto\ntype = g6-standard-2\nimage = linode/debian12\n"), "linode-cli"
    return (f"api-key: {G(d, sec('vultr'))}\noutput: json\n# cloudflare\nCF_API_TOKEN: {G(d, sec('cloudflare_token'))}\nCF_ACCOUNT_ID: {d.X(rs(HEX, 32))}\nCF_API_KEY: {G(d, sec('cloudflare_global'))}\n"), "yaml"


@carrier("captcha-conf", 4)
def captcha(d, i):
    ven = ["recaptcha", "turnstile", "hcaptcha"][i % 3]
    site, secret = saas(ven)
    d.X(site)
    k = i % 4
    if k == 0:
        return (f"# settings/production.py\nRECAPTCHA_PUBLIC_KEY = '{site}'\nRECAPTCHA_PRIVATE_KEY = '{G(d, secret)}'\nSILENCED_SYSTEM_CHECKS = ['django_recaptcha.recaptcha_test_key_error']\n"
                f"# test keys from the docs, never in prod:\n# RECAPTCHA_PUBLIC_KEY = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI'\n"), "py"
    if k == 1:
        return (f"NOCAPTCHA_SITEKEY={site}\nNOCAPTCHA_SECRET={G(d, secret)}\nTURNSTILE_SITE_KEY=1x00000000000000000000AA\nTURNSTILE_SECRET_KEY=1x0000000000000000000000000000000AA\n"), "env"
    if k == 2:
        return (f"app:\n  captcha:\n    provider: {ven}\n    site-key: {site}\n    secret-key: {G(d, secret)}\n    verify-url: https://challenges.cloudflare.com/turnstile/v0/siteverify\n"), "yml"
    return (f"INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES\n('gglcptch_options', 'a:3:{{s:10:\"public_key\";s:40:\"{site}\";s:11:\"private_key\";s:40:\"{G(d, secret)}\";s:7:\"version\";s:2:\"v3\";}}', 'yes');\n"), "sql"


@carrier("webhook-handlers", 5)
def webhooks(d, i):
    k = i % 5
    if k == 0:
        wh = G(d, sec("whsec"))
        return (f"const endpointSecret = '{wh}';\n\napp.post('/webhooks/stripe', express.raw({{ type: 'application/json' }}), (req, res) => {{\n"
                "  const sig = req.headers['stripe-signature'];\n  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);\n  res.sendStatus(200);\n});\n\n"
                f"// sample delivery header:\n// Stripe-Signature: t={R.randint(1767225600, 1798761600)},v1={d.X(sha256())},v0={d.X(sha256())}\n"), "js"
    if k == 1:
        gh = G(d, rs(HEX, 40))
        return (f"GITHUB_WEBHOOK_SECRET = \"{gh}\"\n\ndef verify(payload: bytes, header: str) -> bool:\n    digest = hmac.new(GITHUB_WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(\"sha256=\" + digest, header)\n\n"
                f"# X-Hub-Signature-256: sha256={d.X(sha256())}\n# X-GitHub-Delivery: {d.X(uuid4())}\n"), "py"
    if k == 2:
        sv = G(d, sec("svix"))
        return (f"CLERK_WEBHOOK_SIGNING_SECRET={sv}\n# headers of a delivery we replayed:\n# svix-id: msg_{d.X(rs(ALNUM, 27))}\n# svix-timestamp: {R.randint(1767225600, 1798761600)}\n# svix-signature: v1,{d.X(base64.b64encode(R.randbytes(32)).decode())}\n"), "env"
    if k == 3:
        ss = G(d, rs(HEX, 32))
        return (f"slack:\n  client-id: \"{_num(11)}.{_num(13)}\"\n  signing-secret: \"{ss}\"\n  # X-Slack-Signature: v0={d.X(sha256())}\n  # X-Slack-Request-Timestamp: {R.randint(1767225600, 1798761600)}\n"
                f"typeform:\n  webhook-secret: \"{G(d, rs(ALNUM, 44))}\"\n  # Typeform-Signature: sha256={d.X(base64.b64encode(R.randbytes(32)).decode())}\n"), "yml"
    ls = G(d, "lin_wh_" + rs(ALNUM, 40))
    return (f"[webhooks.linear]\nsecret = \"{ls}\"\n# Linear-Signature: {d.X(sha256())}\n\n[webhooks.paddle]\nendpoint_secret_key = \"pdl_ntfset_{d.X(rs(ALNUM, 26))}_{G(d, rs(ALNUM, 32))}\"\n"), "toml"


@carrier("license-keys", 6)
def licenses(d, i):
    k = i % 6
    if k == 0:
        return (f"common: &default_settings\n  license_key: '{G(d, sec('newrelic_license'))}'\n  app_name: Fakturera API\n  distributed_tracing:\n    enabled: true\n\nproduction:\n  <<: *default_settings\n"), "yml"
    if k == 1:
        return (f"# GeoIP.conf\nAccountID {_num(6)}\nLicenseKey {G(d, rs(ALNUM, 6) + '_' + rs(ALNUM, 29) + '_mmk')}\nEditionIDs GeoLite2-ASN GeoLite2-City GeoLite2-Country\n"), "conf"
    if k == 2:
        tok = "dt0c01." + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24) + "." + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 64)
        return (f"# dynatrace operator values\napiUrl: https://{rs('abcdefghijklmnopqrstuvwxyz', 3)}{_num(5)}.live.dynatrace.com/api\ntokens:\n  apiToken: {G(d, tok)}\n  dataIngestToken: {G(d, 'dt0c01.' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 24) + '.' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 64))}\n"
                f"instana:\n  agent:\n    key: {G(d, rs(B64URL, 22))}\n    endpointHost: ingress-red-saas.instana.io\n"), "yaml"
    if k == 3:
        lic = jwt(iss="https://duendesoftware.com", sub=rs("abcdefghijklmnopqrstuvwxyz", 8), aud="IdentityServer", alg="PS256")
        d.L("jwt|generic-secret", lic)
        return (json.dumps({"IdentityServer": {"LicenseKey": lic, "IssuerUri": "https://id.fakturera.io"},
                            "Syncfusion": {"LicenseKey": G(d, sec("syncfusion"))},
                            "Blackfire": {"ServerId": d.X(uuid4()), "ServerToken": G(d, rs(HEX, 64))}}, indent=2)), "json"
    if k == 4:
        return (f"[newrelic]\nlicense_key = {G(d, sec('newrelic_license'))}\napp_name = Billing Worker\nmonitor_mode = true\n\n[airbrake]\nproject_id = {_num(6)}\nproject_key = {G(d, rs(HEX, 32))}\n"), "ini"
    return (f"elastic_apm:\n  server_url: https://apm.nordkraft.se:8200\n  secret_token: {G(d, rs(ALNUM, 24))}\n  service_name: orders\nscout:\n  key: {G(d, rs(ALNUM, 20))}\n  monitor: true\nraygun:\n  api_key: {G(d, rs(ALNUM, 22))}\n"), "yml"


@carrier("payment-conf", 6)
def payment(d, i):
    k = i % 6
    if k == 0:
        cid = d.X("A" + rs(B64URL, 79))
        return (f"paypal:\n  mode: live\n  client-id: {cid}\n  client-secret: {G(d, 'E' + rs(B64URL, 79))}\n  webhook-id: {d.X(rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 17))}\n"), "yml"
    if k == 1:
        return (f"adyen.environment=LIVE\nadyen.merchantAccount=NordkraftECOM\nadyen.apiKey={G(d, sec('adyen'))}\nadyen.clientKey={d.X('live_' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}\nadyen.hmacKey={G(d, rs('0123456789ABCDEF', 64))}\nadyen.liveEndpointUrlPrefix={rs(HEX, 16)}-NordkraftAB\n"), "properties"
    if k == 2:
        return (f"authorizenet:\n  api_login_id: \"{rs(ALNUM, 9)}\"\n  transaction_key: \"{G(d, rs(ALNUM, 16))}\"\n  signature_key: \"{G(d, rs('0123456789ABCDEF', 128))}\"\n"), "yml"
    if k == 3:
        mid, pk = saas("braintree")
        return (f"BRAINTREE_ENVIRONMENT=production\nBRAINTREE_MERCHANT_ID={mid}\nBRAINTREE_PUBLIC_KEY={rs('abcdefghijklmnopqrstuvwxyz0123456789', 16)}\nBRAINTREE_PRIVATE_KEY={G(d, pk)}\n"
                f"RAZORPAY_KEY_ID={d.X(saas('razorpay')[0])}\nRAZORPAY_KEY_SECRET={G(d, saas('razorpay')[1])}\nRAZORPAY_WEBHOOK_SECRET={G(d, rs(ALNUM, 24))}\n"), "env"
    if k == 4:
        return (json.dumps({"Square": {"ApplicationId": d.X(saas("square")[0]), "AccessToken": G(d, "EAAA" + rs(ALNUM + "-_", 60)),
                                       "LocationId": d.X("L" + rs("ABCDEFGHJKMNPQRSTVWXYZ0123456789", 12))},
                            "Mollie": {"ApiKey": G(d, sec("mollie")), "ProfileId": "pfl_" + rs(ALNUM, 10)},
                            "Checkout": {"OrderNumberPrefix": "NK", "LastOrderNo": order_luhn(14)}}, indent=2)), "json"
    return (f"<?php\nreturn [\n    'paddle' => [\n        'seller_id' => {_num(6)},\n        'api_key' => '{G(d, sec('paddle'))}',\n        'environment' => 'production',\n    ],\n"
            f"    'lob' => ['api_key' => '{G(d, sec('lob'))}'],\n    'easypost' => ['api_key' => env('EASYPOST_API_KEY')],\n];\n"), "php"


@carrier("oauth-clients", 5)
def oauth(d, i):
    k = i % 5
    if k == 0:
        clients = []
        for cid in R.sample(["orders-api", "backoffice", "grafana", "mobile-bff"], 3):
            clients.append({"id": uuid4(), "clientId": cid, "enabled": True, "clientAuthenticatorType": "client-secret",
                            "secret": G(d, rs(ALNUM, 32)), "redirectUris": [f"https://{cid}.nordkraft.se/*"], "publicClient": False})
        clients.append({"id": uuid4(), "clientId": "web-spa", "publicClient": True, "secret": "**********"})
        for c in clients:
            d.X(c["id"])
        return json.dumps({"realm": "corp", "enabled": True, "clients": clients}, indent=2), "json"
    if k == 1:
        pid, cs = saas(choice(["google", "entra", "okta", "auth0"]))
        return (f"spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          corp:\n            client-id: {d.X(pid)}\n            client-secret: {G(d, cs)}\n            scope: openid,profile,email\n"
                f"          github:\n            client-id: {d.X(saas('github_app')[0])}\n            client-secret: {G(d, saas('github_app')[1])}\n"), "yml"
    if k == 2:
        s = "issuer: https://dex.corp.local\nstorage:\n  type: kubernetes\nstaticClients:\n"
        for cid in R.sample(["argo-cd", "grafana", "kubectl", "harbor"], 2):
            s += f"- id: {cid}\n  name: '{cid.title()}'\n  secret: {G(d, rs(ALNUM, 32))}\n  redirectURIs:\n  - 'https://{cid}.corp.local/callback'\n"
        s += "- id: public-cli\n  public: true\n  name: 'CLI'\n"
        return s, "yaml"
    if k == 3:
        pid, cs = saas("okta")
        return (f"[auth.generic_oauth]\nenabled = true\nname = Okta\nclient_id = {d.X(pid)}\nclient_secret = {G(d, cs)}\nscopes = openid profile email groups\nauth_url = https://nordkraft.okta.com/oauth2/v1/authorize\n"), "ini"
    pid, cs = saas("discord")
    return (f"export const authOptions = {{\n  providers: [\n    DiscordProvider({{\n      clientId: '{pid}',\n      clientSecret: '{G(d, cs)}',\n    }}),\n    GitHubProvider({{ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! }}),\n  ],\n  secret: '{G(d, b64s(32))}',\n}};\n"), "ts"


@carrier("encryption-keys", 7)
def enckeys(d, i):
    k = i % 7
    if k == 0:
        return (f"$ bin/rails credentials:show --environment production\nsecret_key_base: {G(d, sec('rails_skb'))}\n\nactive_record_encryption:\n  primary_key: {G(d, rs(ALNUM, 32))}\n  deterministic_key: {G(d, rs(ALNUM, 32))}\n  key_derivation_salt: {G(d, rs(ALNUM, 32))}\n\naws:\n  region: eu-north-1\n"), "txt"
    if k == 1:
        return (f"APP_NAME=Fakturera\nAPP_ENV=production\nAPP_KEY={G(d, sec('laravel'))}\nAPP_DEBUG=false\nAPP_PREVIOUS_KEYS={G(d, sec('laravel'))}\nLOG_CHANNEL=stack\n"), "env"
    if k == 2:
        return (f"# created: 2026-01-14T09:12:01+01:00\n# public key: {d.X('age1' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}\n{G(d, sec('age'))}\n"), "txt"
    if k == 3:
        s = "$ vault operator init -key-shares=5 -key-threshold=3\n"
        for n in range(1, 6):
            s += f"Unseal Key {n}: {G(d, sec('vault_unseal'))}\n"
        s += f"\nInitial Root Token: {G(d, 'hvs.' + rs(ALNUM, 24))}\n\nVault initialized with 5 key shares and a key threshold of 3. Please securely\ndistribute the key shares printed above.\n"
        return s, "txt"
    if k == 4:
        return (f"# settings.py\nSECRET_KEY = '{G(d, sec('django'))}'\nFERNET_KEYS = [\n    '{G(d, sec('fernet'))}',\n    '{G(d, sec('fernet'))}',\n]\nDEBUG = False\n# SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n"), "py"
    if k == 5:
        return (f'datacenter = "sto1"\ndata_dir = "/opt/consul"\nencrypt = "{G(d, sec("consul_gossip"))}"\nencrypt_verify_incoming = true\n\nacl {{\n  enabled = true\n  default_policy = "deny"\n}}\n'), "hcl"
    return (f"config :fakturera, FaktureraWeb.Endpoint,\n  secret_key_base: \"{G(d, b64s(48))}\",\n  live_view: [signing_salt: \"{G(d, rs(ALNUM, 16))}\"]\n\nconfig :fakturera, Fakturera.Vault,\n  ciphers: [default: {{Cloak.Ciphers.AES.GCM, tag: \"AES.GCM.V1\", key: Base64.decode!(\"{G(d, b64s(32))}\")}}]\n"), "exs"


# ------------------------------------------------------------------ a further secret in the same file
def _k(kind):
    return lambda: sec(kind)


GK = {
    "mailchimp": lambda: rs(HEX, 32) + "-us" + str(R.randint(1, 21)),
    "recaptcha_s": lambda: saas("recaptcha")[1],
    "hcaptcha_s": lambda: saas("hcaptcha")[1],
    "turnstile_s": lambda: saas("turnstile")[1],
    "deepl": lambda: uuid4() + ":fx",
    "nr_insert": lambda: "NRII-" + rs(B64URL, 32),
    "gocardless": lambda: "live_" + rs(B64URL, 40),
    "spring_azure": lambda: saas("entra")[1],
    "grafana_gh": lambda: rs(HEX, 40),
}


def gv(kind):
    v = GK[kind]() if kind in GK else sec(kind)
    USED.add(v)
    return v


GEXTRA = {
    "cms-conf": [
        "\n// added by the newsletter extension\n$mailchimpApiKey = '{g:mailchimp}';\n",
        "$config['recaptcha.settings']['secret_key'] = '{g:recaptcha_s}';\n",
        "// app/etc/config.php: 'payment/braintree/private_key' => '{g:hex32}'\n",
        "// modules/ps_checkout: PS_CHECKOUT_PAYPAL_CLIENT_SECRET = '{g:b64url}'\n",
        "// $GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['solr']['apiKey'] = '{g:alnum32}';\n",
    ],
    "selfhosted-env": [
        "\nidentity_providers:\n  oidc:\n    hmac_secret: '{g:alnum48}'\n",
        "# staging IdP\n# client_secret = \"{g:b64url}\"\n",
        "\n[metrics]\nENABLED = true\nTOKEN = {g:alnum32}\n",
        "// objectstore: 'arguments' => ['key' => 'nextcloud', 'secret' => '{g:b64_32}']\n",
        "DEEPL_API_KEY={g:deepl}\n",
        "PREVIEW_SECRET={g:b64_24}\n",
        "  watchtower:\n    image: containrrr/watchtower\n    environment:\n      WATCHTOWER_HTTP_API_TOKEN: {g:alnum32}\n",
        "PAPERLESS_EMAIL_TASK_CRON=*/10 * * * *\nPAPERLESS_TIKA_ENABLED=1\n# PAPERLESS_AUTO_LOGIN_USERNAME=admin\nPAPERLESS_API_TOKEN={g:hex40}\n",
    ],
    "cloud-cli-configs": ["\n[purge]\nclient_secret = {g:akamai_secret}\nhost = akab-purge.luna.akamaiapis.net\naccess_token = {g:akamai_token}\nclient_token = {g:akamai_token}\n", "\n[[contexts]]\n  name = \"dr\"\n  token = \"{g:hetzner}\"\n", "# spaces keys for s3cmd-compatible tools\nspaces-secret: {g:b64url}\n",
                          "\n[staging]\ntoken = {g:linode}\nregion = de-fra-2\n", "FASTLY_API_TOKEN: {g:fastly}\n"],
    "captcha-conf": ["HCAPTCHA_SECRET = '{g:hcaptcha_s}'\n", "HCAPTCHA_SECRET={g:hcaptcha_s}\n",
                     "    fallback-secret-key: {g:turnstile_s}\n",
                     "INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES ('cfturnstile_secret', '{g:turnstile_s}', 'yes');\n"],
    "webhook-handlers": ["const connectEndpointSecret = '{g:whsec}';\n", "GITHUB_APP_WEBHOOK_SECRET = \"{g:hex40}\"\n",
                         "RESEND_WEBHOOK_SECRET={g:svix}\n", None, None],
    "license-keys": ["  # insights insert key\n  insert_key: '{g:nr_insert}'\n", "# old key, revoked? LicenseKey {g:alnum32}\n", None, None, None, None],
    "payment-conf": ["gocardless:\n  access-token: {g:gocardless}\n  environment: live\n", "adyen.reportApiKey={g:adyen}\n", None, None, None, None],
    "oauth-clients": [None, "          azure:\n            client-id: ${AZURE_CLIENT_ID}\n            client-secret: {g:spring_azure}\n",
                      "- id: vault\n  name: 'Vault'\n  secret: {g:alnum32}\n  redirectURIs:\n  - 'https://vault.corp.local/ui/vault/auth/oidc/oidc/callback'\n",
                      "\n[auth.github]\nenabled = false\nclient_id = Iv23li" + "{pub}" + "\nclient_secret = {g:grafana_gh}\n", None],
    "encryption-keys": ["\nstripe:\n  webhook_secret: {g:whsec}\n", "JWT_SECRET={g:alnum48}\nPUSHER_APP_SECRET={g:hex32}\n", None, None,
                        "SIGNING_KEY = '{g:b64url}'\n", "# nomad agent uses its own gossip key:\n# encrypt = \"{g:consul_gossip}\"\n",
                        "config :joken, default_signer: \"{g:alnum48}\"\n"],
}


def _with_g(dirname, fn):
    lst = GEXTRA[dirname]

    def w(d, i):
        s, ext = fn(d, i)
        t = lst[i % len(lst)]
        if t:
            out = t.replace("{pub}", rs(ALNUM, 14))
            for m in re.findall(r"\{g:([a-z0-9_]+)\}", t):
                out = out.replace("{g:" + m + "}", d.L("generic-secret", gv(m)), 1)
            s = s + ("" if s.endswith("\n") else "\n") + out
        return s, ext
    return w


CARRIERS[:] = [(dn, _with_g(dn, fn) if dn in GEXTRA else fn, n) for dn, fn, n in CARRIERS]
