#!/usr/bin/python3.11
"""Deterministic generator of the privguard DEV document corpus.

Run:  /usr/bin/python3.11 tests/corpus/documents/dev/generate.py
Writes the documents under tests/corpus/documents/dev/<carrier>/ and labels.tsv.
Python 3 standard library only; fixed seed (gen_values.R); same bytes every run.
"""
import base64
import collections
import json
import re
import os
import shutil
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_values as G  # noqa: E402
from gen_values import R, rs, uuid4, sha, jesc, pct, plus  # noqa: E402

COUNT = collections.Counter()
NOISE = collections.Counter()


def _counted(fn, kind):
    def w(*a, **k):
        NOISE[kind] += 1
        return fn(*a, **k)
    return w


for _n, _k in [("uuid4", "uuid"), ("sha", "hex digest"), ("snowflake", "snowflake id"), ("epoch", "epoch seconds"),
               ("epoch_ms", "epoch millis"), ("order_id", "order/invoice id"), ("ipv4_private", "private/doc ipv4|ipv6"),
               ("ipv6_private", "private/doc ipv4|ipv6"), ("mac", "mac address"), ("b64blob", "base64 binary"),
               ("date_nb", "non-birth date"), ("not_luhn", "luhn-failing digit run")]:
    setattr(G, _n, _counted(getattr(G, _n), _k))
uuid4, sha = G.uuid4, G.sha
DOCS = []

CATS = ["email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token",
        "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key", "anthropic-key",
        "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token", "password", "generic-secret",
        "azure-storage-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key", "twilio-key",
        "shopify-token", "datadog-key", "docker-auth", "mailgun-key", "ipv4", "ipv6", "date-of-birth", "passport",
        "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu", "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale",
        "in-aadhaar"]
FAKES = collections.Counter()


class Doc:
    def __init__(self, path):
        self.path = path
        self.labels = []
        self.text = None

    def L(self, cat, written):
        assert written, (self.path, cat)
        self.labels.append((cat, written))
        COUNT[cat.split("|")[0]] += 1
        return written

    def F(self, kind, s):
        """A look-alike (not labelled); counted for NOTES."""
        FAKES[kind] += 1
        return s


def pick(cands, k=1):
    order = sorted(cands, key=lambda c: (COUNT[c], R.random()))
    return order[:k]


# ------------------------------------------------------------------ encodings
def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sq_esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


ENC = {
    "raw": lambda s: s, "json": jesc, "xml": xml_esc, "url": pct, "form": plus,
    "yaml_sq": lambda s: s.replace("'", "''"), "sq": sq_esc, "sql": lambda s: s.replace("'", "''"),
    "nl": lambda s: s.replace("\n", "\\n"),
}


# ------------------------------------------------------------------ items: (key, raw, [(cat, part)], multiline)
def url_cred_item():
    scheme = R.choice(["postgresql", "postgres", "mysql", "mongodb+srv", "mongodb", "redis", "rediss", "amqp", "amqps",
                       "https", "ftp", "sftp", "smtp", "mssql", "clickhouse", "nats"])
    host = R.choice(["db-prod-01.internal", "10.20.4.11", "orders.cluster-c9xk2.eu-west-1.rds.amazonaws.com",
                     "cache.prod.svc.cluster.local", "mq.internal.brightlane.io", "cluster0.x7hqe.mongodb.net",
                     "ftp.kestrel-analytics.de", "smtp.mailhost.io", "pg-replica-2", "rabbitmq", "redis-master"])
    port = {"postgresql": 5432, "postgres": 5432, "mysql": 3306, "redis": 6379, "rediss": 6380, "amqp": 5672, "amqps": 5671,
            "mongodb": 27017, "ftp": 21, "sftp": 22, "smtp": 587, "mssql": 1433, "clickhouse": 9000, "nats": 4222}.get(scheme)
    pw_raw = G.password()
    enc_pw = pct(pw_raw) if R.random() < 0.6 else G.password(urlsafe=True)
    if enc_pw != pct(pw_raw):
        pass
    user = R.choice(G.USERS)
    if scheme in ("redis", "rediss") and R.random() < 0.5:
        auth = ":" + enc_pw
    else:
        auth = user + ":" + enc_pw
    path = {"postgresql": "/orders", "postgres": "/app?sslmode=require", "mysql": "/shop", "mongodb+srv": "/crm?retryWrites=true&w=majority",
            "mongodb": "/admin?authSource=admin", "redis": "/0", "rediss": "/2", "amqp": "/%2Fprod", "amqps": "/vhost"}.get(scheme, "/")
    hp = host if (port is None or scheme == "mongodb+srv") else f"{host}:{port}"
    if scheme == "https":
        hp = R.choice(["git.corvid-labs.io", "nexus.internal:8443", "registry.brightlane.io", "api.meridian-pay.eu"])
        path = R.choice(["/repo/app.git", "/repository/maven-releases/", "/v2/", "/"])
    url = f"{scheme}://{auth}@{hp}{path}"
    key = R.choice({"postgresql": ["DATABASE_URL", "SQLALCHEMY_DATABASE_URI"], "postgres": ["DATABASE_URL", "PG_DSN"],
                    "mysql": ["DATABASE_URL", "MYSQL_URL"], "mongodb+srv": ["MONGO_URI", "MONGODB_URL"], "mongodb": ["MONGO_URL"],
                    "redis": ["REDIS_URL", "CACHE_URL"], "rediss": ["REDIS_TLS_URL"], "amqp": ["CELERY_BROKER_URL", "AMQP_URL"],
                    "amqps": ["RABBITMQ_URL"]}.get(scheme, ["REMOTE_URL", "UPSTREAM_URL", "BACKUP_TARGET", "SMTP_URL"]))
    return [(key, url, [("url-credentials", enc_pw)], False)]


PW_KEYS = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "MYSQL_PASSWORD", "REDIS_PASSWORD", "SMTP_PASSWORD",
           "DB_PASS", "ADMIN_PASSWORD", "KEYSTORE_PASSWORD", "LDAP_BIND_PASSWORD", "RABBITMQ_DEFAULT_PASS", "PGPASSWORD",
           "SPRING_DATASOURCE_PASSWORD", "MONGO_INITDB_ROOT_PASSWORD", "PASSWORD", "PASSWD", "PWD_SFTP", "APP_PASSWORD_PROD",
           "ELASTIC_PASSWORD", "GRAFANA_ADMIN_PASSWORD", "TRUSTSTORE_PASS", "MAIL_PASSWORD", "MSSQL_SA_PASSWORD",
           "MINIO_ROOT_PASSWORD", "DB_ADMIN_PASSWORD_2", "JENKINS_USER_PASSWORD"]
GS_KEYS = ["API_KEY", "SECRET_KEY", "CLIENT_SECRET", "APP_SECRET", "AUTH_TOKEN", "ACCESS_TOKEN", "SESSION_SECRET",
           "JWT_SECRET", "WEBHOOK_SECRET", "SECRET_KEY_BASE", "ENCRYPTION_KEY", "APIKEY", "ALGOLIA_ADMIN_API_KEY",
           "SENTRY_AUTH_TOKEN", "OAUTH_CLIENT_SECRET", "PAGERDUTY_API_TOKEN", "MAPBOX_SECRET_TOKEN", "X_API_KEY",
           "SIGNING_SECRET", "NEWRELIC_LICENSE_KEY", "OKTA_API_TOKEN", "CONSUL_HTTP_TOKEN", "VAULT_TOKEN", "COOKIE_SECRET"]


def item(cat):
    if cat in ("aws-access-key-id", "aws-secret-key"):
        kid, sec = G.aws_key_id(), G.aws_secret()
        out = [("AWS_ACCESS_KEY_ID", kid, [("aws-access-key-id", kid)], False),
               ("AWS_SECRET_ACCESS_KEY", sec, [("aws-secret-key", sec)], False)]
        if kid.startswith("ASIA"):
            tok = "IQoJb3JpZ2luX2VjE" + rs(G.B64, 300)
            out.append(("AWS_SESSION_TOKEN", tok, [("generic-secret", tok)], False))
        return out
    simple = {
        "github-token": (["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GIT_AUTH_TOKEN", "HOMEBREW_GITHUB_API_TOKEN"], G.github_token),
        "gitlab-token": (["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "RUNNER_TOKEN", "GL_DEPLOY_TOKEN", "GITLAB_TRIGGER_TOKEN"], G.gitlab_token),
        "slack-token": (["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_TOKEN", "SLACK_REFRESH_TOKEN", "SLACK_CONFIG_TOKEN"], G.slack_token),
        "slack-webhook": (["SLACK_WEBHOOK_URL", "ALERTMANAGER_SLACK_URL", "NOTIFY_WEBHOOK", "SLACK_HOOK"], lambda: G.slack_webhook(R.random() < 0.15)),
        "stripe-key": (["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_RESTRICTED_KEY", "STRIPE_KEY"], G.stripe_key),
        "google-api-key": (["GOOGLE_MAPS_API_KEY", "FIREBASE_API_KEY", "GOOGLE_API_KEY", "YOUTUBE_DATA_KEY", "GEMINI_API_KEY"], G.google_key),
        "openai-key": (["OPENAI_API_KEY", "OPENAI_KEY", "LLM_API_KEY"], G.openai_key),
        "anthropic-key": (["ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "ANTHROPIC_ADMIN_KEY"], G.anthropic_key),
        "npm-token": (["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_PUBLISH_TOKEN"], G.npm_token),
        "pypi-token": (["PYPI_API_TOKEN", "UV_PUBLISH_TOKEN", "POETRY_PYPI_TOKEN_PYPI"], G.pypi_token),
        "huggingface-token": (["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN"], G.hf_token),
        "sendgrid-key": (["SENDGRID_API_KEY", "EMAIL_PROVIDER_KEY"], G.sendgrid_key),
        "shopify-token": (["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_API_TOKEN", "SHOPIFY_APP_SECRET"], G.shopify_token),
        "mailgun-key": (["MAILGUN_API_KEY", "MAILGUN_KEY", "MG_API_KEY"], G.mailgun_key),
        "password": (PW_KEYS, G.password),
        "generic-secret": (GS_KEYS, G.generic_secret),
        "jwt": (["SERVICE_JWT", "INTERNAL_API_JWT", "ID_TOKEN", "PARTNER_JWT"], G.jwt),
        "email": (["ADMIN_EMAIL", "ALERT_EMAIL", "SUPPORT_CONTACT", "GIT_AUTHOR_EMAIL", "LETSENCRYPT_EMAIL", "BILLING_CONTACT"], lambda: G.email(org=R.random() < 0.5)),
        "phone": (["ONCALL_PHONE", "SMS_FROM_NUMBER", "ESCALATION_PHONE", "SUPPORT_HOTLINE"], G.phone),
        "ipv4": (["ALLOWED_IP", "EGRESS_IP", "OFFICE_IP", "PARTNER_SFTP_IP", "BASTION_PUBLIC_IP"], G.ipv4),
        "ipv6": (["ALLOWED_IPV6", "EGRESS_IPV6", "OFFICE_IPV6"], G.ipv6),
    }
    if cat in simple:
        keys, fn = simple[cat]
        v = fn()
        k = R.choice(keys)
        if cat == "slack-token":
            k = {"xoxb": "SLACK_BOT_TOKEN", "xoxp": "SLACK_USER_TOKEN", "xapp": "SLACK_APP_TOKEN", "xoxe": "SLACK_CONFIG_TOKEN" if v.startswith("xoxe.") else "SLACK_REFRESH_TOKEN"}.get(v[:4], "SLACK_TOKEN")
        if cat == "pypi-token" and R.random() < 0.3:
            return [("TWINE_USERNAME", "__token__", [], False), ("TWINE_PASSWORD", v, [("pypi-token|password", v)], False)]
        if cat == "sendgrid-key" and R.random() < 0.3:
            return [("SMTP_USER", "apikey", [], False), ("SMTP_PASSWORD", v, [("sendgrid-key|password", v)], False)]
        return [(k, v, [(cat, v)], False)]
    if cat == "twilio-key":
        if R.random() < 0.5:
            sid = "AC" + rs(G.HEX, 32)
            tok = G.hex32()
            return [("TWILIO_ACCOUNT_SID", sid, [], False), ("TWILIO_AUTH_TOKEN", tok, [("twilio-key", tok)], False)]
        v = G.twilio_sk()
        return [(R.choice(["TWILIO_API_KEY", "TWILIO_API_KEY_SID"]), v, [("twilio-key", v)], False)]
    if cat == "datadog-key":
        if R.random() < 0.6:
            v = G.hex32()
            return [(R.choice(["DD_API_KEY", "DATADOG_API_KEY"]), v, [("datadog-key", v)], False)]
        v = G.hex40()
        return [(R.choice(["DD_APP_KEY", "DATADOG_APP_KEY", "DD_APPLICATION_KEY"]), v, [("datadog-key", v)], False)]
    if cat == "azure-storage-key":
        k = R.randrange(4)
        acct = R.choice(["acmeprodassets", "brightlanelogs", "kestrelbackup", "meridianinvoices", "stgnordicgrid"])
        if k == 0:
            key = G.azure_key()
            cs = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
            return [("AZURE_STORAGE_CONNECTION_STRING", cs, [("azure-storage-key", key)], False)]
        if k == 1:
            key = G.azure_key()
            return [("AZURE_STORAGE_ACCOUNT", acct, [], False), ("AZURE_STORAGE_KEY", key, [("azure-storage-key", key)], False)]
        if k == 3:
            sig = pct(G.azure_sig())
            cs = (f"BlobEndpoint=https://{acct}.blob.core.windows.net/;QueueEndpoint=https://{acct}.queue.core.windows.net/;"
                  f"SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig={sig}")
            return [("AZURE_STORAGE_SAS_CONNECTION_STRING", cs, [("azure-storage-key", sig)], False)]
        sig = pct(G.azure_sig())
        url = (f"https://{acct}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z"
               f"&st=2026-01-01T00:00:00Z&spr=https&sig={sig}")
        return [("EXPORT_SAS_URL", url, [("azure-storage-key", sig)], False)]
    if cat == "url-credentials":
        return url_cred_item()
    if cat == "bearer-token":
        t = G.bearer_opaque()
        return [(R.choice(["AUTH_HEADER", "UPSTREAM_AUTHORIZATION", "API_AUTH_HEADER"]), "Bearer " + t, [("bearer-token", t)], False)]
    if cat == "basic-auth":
        b = G.basic_cred()
        return [(R.choice(["AUTH_HEADER", "PROXY_AUTHORIZATION", "NEXUS_AUTH_HEADER"]), "Basic " + b, [("basic-auth", b)], False)]
    if cat == "private-key":
        pk = G.private_key()
        return [(R.choice(["TLS_KEY", "SSH_PRIVATE_KEY", "JWT_PRIVATE_KEY", "SAML_SP_KEY", "DEPLOY_KEY"]), pk, [("private-key", pk)], True)]
    raise KeyError(cat)


CFG_CATS = ["aws-access-key-id", "github-token", "gitlab-token", "slack-token", "slack-webhook", "stripe-key",
            "google-api-key", "openai-key", "anthropic-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key",
            "shopify-token", "mailgun-key", "password", "generic-secret", "jwt", "twilio-key", "datadog-key",
            "azure-storage-key", "url-credentials", "bearer-token", "basic-auth", "email", "password", "generic-secret",
            "url-credentials", "private-key", "aws-secret-key"]


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIy"
          "fQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def fake_item():
    """A look-alike assignment (never labelled)."""
    c = R.randrange(44)
    B32 = G.B32AWS
    L = [
        ("DB_PASSWORD", "changeme"), ("DB_PASSWORD", "${DB_PASSWORD}"), ("POSTGRES_PASSWORD", "<redacted>"),
        ("ADMIN_PASSWORD", "********"), ("REDIS_PASSWORD", ""), ("API_KEY", "REPLACE_ME"), ("API_KEY", "<your-api-key-here>"),
        ("SECRET_KEY", "x" * R.choice([16, 24, 32])), ("GITHUB_TOKEN", "ghp_" + "x" * 36), ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
        ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), ("STRIPE_PUBLISHABLE_KEY", "pk_live_51" + rs(G.ALNUM, 97)),
        ("STRIPE_TEST_KEY", "sk_test_51" + rs(G.ALNUM, 97)), ("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
        ("OPENAI_API_KEY", "sk-..."), ("DEMO_JWT", JWT_IO), ("DATABASE_URL", "postgres://user:pass@localhost:5432/db"),
        ("DATABASE_URL", "postgresql://app:${DB_PASSWORD}@db:5432/app"), ("REDIS_URL", "redis://localhost:6379/0"),
        ("AWS_ROLE_ID", "AROA" + rs(B32, 17)), ("AWS_USER_ID", "AIDA" + rs(B32, 17)), ("GIT_COMMIT", sha(40)),
        ("BUILD_ID", uuid4()), ("CACHE_KEY", sha(64)), ("DD_SITE", "datadoghq.eu"), ("DD_TRACE_ID", G.snowflake()),
        ("TWILIO_ACCOUNT_SID", "AC" + rs(G.HEX, 32)), ("PORTS", "80,443,8080,8443,9090"), ("SNMP_POLL_OID", "1.3.6.1.4.1.2021.10.1.3.1"),
        ("PASSWORD_MIN_LENGTH", str(R.choice([8, 12, 14]))), ("PASSWORD_RESET_URL", "https://accounts.brightlane.io/reset"),
        ("TOKEN_TTL_SECONDS", "3600"), ("SECRET_NAME", "prod/db/credentials"), ("API_KEY_HEADER", "X-Api-Key"),
        ("ASSET_SIG", rs(G.B64, 20) + "AIzaSy" + rs(G.ALNUM, 33) + rs(G.B64, 30)), ("PASSWORD_HASH", "$2b$12$" + rs(G.ALNUM + "./", 53)),
        ("SMTP_PASSWORD", "{{ .Values.smtp.password }}"), ("OPENAI_API_KEY", "${{ secrets.OPENAI_API_KEY }}"),
        ("NPM_TOKEN", "${NPM_TOKEN}"), ("APP_VERSION", "10.%d.%d.%d" % (R.randrange(9), R.randrange(50), R.randrange(200))),
        ("HF_TOKEN", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("SENDGRID_API_KEY", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("GOOGLE_API_KEY", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("ANTHROPIC_API_KEY", "sk-ant-api03-...")]
    k, v = L[c % len(L)]
    return (k, v, [], False)


def noise_setting():
    c = R.randrange(22)
    return [("PORT", str(R.choice([3000, 8000, 8080, 8443, 9000]))), ("LOG_LEVEL", R.choice(["info", "debug", "warn"])),
            ("WORKERS", str(R.randrange(2, 17))), ("FEATURE_CHECKOUT_V2", R.choice(["true", "false"])),
            ("CACHE_TTL_SECONDS", str(R.choice([60, 300, 900]))), ("TZ", R.choice(["Europe/Berlin", "UTC", "America/New_York"])),
            ("APP_VERSION", G.version()), ("BUILD_SHA", sha(40)), ("INSTANCE_ID", uuid4()), ("MAX_UPLOAD_MB", "25"),
            ("ALLOWED_HOSTS", "api.internal,localhost"), ("SMTP_PORT", "587"), ("DB_HOST", G.ipv4_private()), ("DB_NAME", "orders"),
            ("DB_USER", R.choice(G.USERS)), ("S3_BUCKET", "acme-prod-assets"), ("KAFKA_BROKERS", "kafka-0:9092,kafka-1:9092,kafka-2:9092"),
            ("RELEASE", "2026.%d.%d" % (R.randrange(1, 12), R.randrange(1, 30))), ("PRICE_CAP_EUR", G.price()),
            ("REQUEST_TIMEOUT_MS", str(R.choice([1500, 30000, 60000]))), ("NODE_ENV", "production"), ("OTEL_SERVICE_NAME", "checkout")][c]


def cfg_items(n_real, n_fake, n_noise, cats=None, allow_multiline=True):
    items = []
    pool = [c for c in (cats or CFG_CATS) if allow_multiline or c != "private-key"]
    for c in pick(list(dict.fromkeys(pool)), n_real):
        items.append(item(c))
    for _ in range(n_fake):
        items.append([fake_item()])
    for _ in range(n_noise):
        k, v = noise_setting()
        items.append([(k, v, [], None)])
    R.shuffle(items)
    out, keys = [], set()
    for grp in items:
        if grp[0][3] is False and not any(x[2] for x in grp) and grp[0][0] not in keys:
            FAKES["config look-alike: " + grp[0][0]] += 1
        grp = [(k, v, labs, bool(ml)) for k, v, labs, ml in grp]
        if grp[0][2] and any(k in keys for k, _, _, _ in grp):
            pre = R.choice(["LEGACY_", "BACKUP_", "STAGING_", "DR_", "OLD_", "EU_", "US_"])
            grp = [(pre + k, v, labs, ml) for k, v, labs, ml in grp]
        if any(k in keys for k, _, _, _ in grp):
            continue
        keys.update(k for k, _, _, _ in grp)
        out += grp
    return out


# ------------------------------------------------------------------ key styles
def camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def dotted(k):
    return k.lower().replace("_", ".", 1).replace("_", "-")


def keyf(k, style):
    return {"upper": k, "lower": k.lower(), "camel": camel(k), "dotted": dotted(k), "pascal": camel(k)[0].upper() + camel(k)[1:],
            "kebab": k.lower().replace("_", "-")}[style]


def emit(doc, items, fmt, kstyle="upper", indent=""):
    """Render items as lines in a config syntax, labelling parts as written."""
    out = []
    for k, v, labels, ml in items:
        kk = keyf(k, kstyle)
        if fmt == "env":
            if ml:
                enc = "nl"
                line = f'{kk}="{ENC[enc](v)}"'
            elif v == "" or any(ch in v for ch in " #'\"$&;()") or R.random() < 0.3:
                if "'" not in v and R.random() < 0.5:
                    enc, line = "raw", f"{kk}='{v}'"
                else:
                    enc, line = "json", f'{kk}="{jesc(v)}"'
            else:
                enc, line = "raw", f"{kk}={v}"
            if R.random() < 0.15:
                line = "export " + line
        elif fmt == "yaml":
            if ml:
                enc = "raw"
                body = v.replace("\n", "\n" + indent + "  ")
                line = f"{kk}: |\n{indent}  {body}"
                for cat, part in labels:
                    doc.L(cat, part.replace("\n", "\n" + indent + "  "))
                out.append(indent + line)
                continue
            if v == "" or not v.replace("-", "").replace("_", "").replace(".", "").replace("/", "").replace("+", "").isalnum() or R.random() < 0.4:
                if R.random() < 0.5:
                    enc, line = "json", f'{kk}: "{jesc(v)}"'
                else:
                    enc, line = "yaml_sq", f"{kk}: '{v.replace(chr(39), chr(39) * 2)}'"
            else:
                enc, line = "raw", f"{kk}: {v}"
        elif fmt == "json":
            enc, line = "json", f'"{kk}": "{jesc(v)}"'
        elif fmt == "toml":
            if ml:
                enc, line = "raw", f'{kk} = """\n{v}\n"""'
            elif "'" not in v and R.random() < 0.3:
                enc, line = "raw", f"{kk} = '{v}'"
            else:
                enc, line = "json", f'{kk} = "{jesc(v)}"'
        elif fmt in ("ini", "props"):
            sep = R.choice([" = ", "=", ": "]) if fmt == "props" else R.choice([" = ", "="])
            enc, line = ("nl" if ml else "raw"), f"{kk}{sep}{ENC['nl'](v) if ml else v}"
        elif fmt == "tfvars":
            if ml:
                enc, line = "raw", f"{kk} = <<EOT\n{v}\nEOT"
            else:
                enc, line = "json", f'{kk} = "{jesc(v)}"'
        elif fmt == "py":
            if ml:
                enc, line = "raw", f'{kk} = """{v}"""'
            elif R.random() < 0.5:
                enc, line = "json", f'{kk} = "{jesc(v)}"'
            else:
                enc, line = "sq", f"{kk} = '{sq_esc(v)}'"
        elif fmt == "js":
            enc = "nl" if ml else "sq"
            line = f"  {kk}: '{ENC['nl'](v) if ml else sq_esc(v)}',"
        elif fmt == "k8s_env":
            enc = "nl" if ml else "json"
            line = f"- name: {kk}\n{indent}  value: \"{jesc(v) if not ml else jesc(v)}\""
            enc = "json"
        elif fmt == "compose":
            if ml:
                enc, line = "nl", f"- {kk}={ENC['nl'](v)}"
            else:
                enc, line = "raw", f"- {kk}={v}"
        elif fmt == "dockerfile":
            enc, line = "json", f'ENV {kk}="{jesc(v)}"'
        elif fmt == "ps1":
            enc, line = "nl" if ml else "raw", f"$env:{kk} = \"{ENC['nl'](v) if ml else v}\""
        elif fmt == "xml":
            enc, line = "xml", f'<add key="{kk}" value="{xml_esc(v)}" />'
        elif fmt == "go":
            enc, line = "json", f'\t{kk}: "{jesc(v)}",'
        elif fmt == "shell":
            if "'" in v or ml:
                enc, line = "json", f'export {kk}="{jesc(v)}"'
            else:
                enc, line = "raw", f"export {kk}='{v}'" if R.random() < 0.5 else f"export {kk}={v}"
                if not line.endswith("'") and any(ch in v for ch in " $&;()#!?*"):
                    line = f"export {kk}='{v}'"
        else:
            raise KeyError(fmt)
        for cat, part in labels:
            w = ENC[enc](part)
            assert w in line, (fmt, part, line)
            doc.L(cat, w)
        out.append(indent + line)
    return out


# ------------------------------------------------------------------ people
PID_CATS = ["credit-card", "us-ssn", "iban", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
            "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar"]
PID_FIELDS = {
    "credit-card": ["card_number", "pan", "cc_number", "cardNumber"], "us-ssn": ["ssn", "social_security_number", "SSN"],
    "iban": ["iban", "IBAN", "payout_iban"], "date-of-birth": ["dob", "date_of_birth", "birth_date", "birthDate", "geburtsdatum", "date_de_naissance"],
    "passport": ["passport_no", "passport_number", "passportNumber", "reisepass_nr"], "uk-nino": ["ni_number", "nino", "national_insurance_no"],
    "nl-bsn": ["bsn", "burgerservicenummer"], "se-personnummer": ["personnummer", "personal_identity_number"],
    "fi-hetu": ["hetu", "henkilotunnus"], "de-steuer-id": ["steuer_id", "steueridentifikationsnummer", "tax_id_de"],
    "fr-nir": ["nir", "numero_securite_sociale", "no_insee"], "es-dni": ["dni", "nif", "documento_identidad"],
    "it-codice-fiscale": ["codice_fiscale", "cf", "tax_code"], "in-aadhaar": ["aadhaar", "aadhaar_no", "uid_aadhaar"],
}
PID_PROSE = {
    "credit-card": "card number", "us-ssn": "SSN", "iban": "IBAN", "date-of-birth": "date of birth", "passport": "passport no.",
    "uk-nino": "NI number", "nl-bsn": "BSN", "se-personnummer": "personnummer", "fi-hetu": "henkilötunnus",
    "de-steuer-id": "Steuer-ID", "fr-nir": "n° de sécurité sociale", "es-dni": "DNI", "it-codice-fiscale": "codice fiscale",
    "in-aadhaar": "Aadhaar",
}


def pid_value(cat):
    return {
        "credit-card": lambda: G.card()[0], "us-ssn": G.ssn, "iban": lambda: G.iban_format(G.iban_raw()), "date-of-birth": G.dob,
        "passport": G.passport, "uk-nino": G.nino, "nl-bsn": G.bsn, "se-personnummer": G.personnummer, "fi-hetu": G.hetu,
        "de-steuer-id": G.steuer_id, "fr-nir": G.nir, "es-dni": G.dni, "it-codice-fiscale": G.codice_fiscale,
        "in-aadhaar": G.aadhaar,
    }[cat]()


def person(n_ids=3, email=True, phone=True):
    f, l = G.person_name()
    p = {"first": f, "last": l, "name": f + " " + l, "ids": []}
    if email:
        p["email"] = G.email(f, l)
    if phone:
        p["phone"] = G.phone()
    for c in pick(PID_CATS, n_ids):
        p["ids"].append((R.choice(PID_FIELDS[c]), c, pid_value(c)))
    p["fakes"] = [fake_pid(c) for c in R.sample(PID_CATS, R.randrange(1, 3))]
    return p


from check_labels import check_value  # noqa: E402


def fake_pid(cat):
    """(field, value) that looks like `cat` but is not one: failed checksum, masked, documentation or wrong context."""
    FAKES["pid look-alike (" + cat + ")"] += 1
    if cat == "date-of-birth":
        return R.choice(["created_at", "updated_at", "last_login", "valid_until", "consent_date"]), G.date_nb()
    if cat == "passport":
        return R.choice(["booking_ref", "voucher_code", "locker_id"]), G.passport.__wrapped__() if hasattr(G.passport, "__wrapped__") else rs(G.UP, 2) + rs(G.DG, 7)
    if cat == "uk-nino":
        return R.choice(PID_FIELDS[cat]), R.choice(["QQ 12 34 56 C", "QQ123456C", "BG%06dA" % R.randrange(10 ** 6), "AB%06dE" % R.randrange(10 ** 6), "TN%06dB" % R.randrange(10 ** 6)])
    if cat == "credit-card":
        d = G.card_digits()
        G.USED.discard(d)
        return R.choice(["card_display", "masked_pan", "card_last4"]), R.choice([d[:6] + "*" * (len(d) - 10) + d[-4:], "**** " + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:]])
    if cat == "us-ssn":
        return R.choice(PID_FIELDS[cat]), R.choice(["***-**-%04d" % R.randrange(1, 9999), "000-%02d-%04d" % (R.randrange(1, 99), R.randrange(1, 9999)),
                                                     "666-%02d-%04d" % (R.randrange(1, 99), R.randrange(1, 9999)), "078-05-1120", "123-45-6789"])
    v = pid_value(cat)
    G.USED.discard(v)
    for _ in range(50):
        i = max(j for j, ch in enumerate(v) if ch.isalnum())
        ch = v[i]
        pool = G.DG if ch.isdigit() else G.UP
        w = v[:i] + R.choice([x for x in pool if x != ch]) + v[i + 1:]
        if check_value(cat, w):
            return R.choice(PID_FIELDS[cat]), w
    return "ref", rs(G.HEX, 12)


CITIES = [("Berlin", "10115", "DE"), ("Paris", "75011", "FR"), ("London", "EC1V 9BD", "GB"), ("Amsterdam", "1012 AB", "NL"),
          ("Madrid", "28013", "ES"), ("Milano", "20121", "IT"), ("Stockholm", "111 22", "SE"), ("Helsinki", "00100", "FI"),
          ("Boston", "02116", "US"), ("Austin", "78701", "US"), ("Dublin", "D02 X285", "IE"), ("Pune", "411001", "IN")]


def address():
    c = R.choice(CITIES)
    return f"{R.randrange(1, 250)} {R.choice(['High Street', 'Hauptstraße', 'rue de la Paix', 'Via Roma', 'Calle Mayor', 'Main St', 'Keizersgracht', 'Storgatan'])}", c[0], c[1], c[2]


# ------------------------------------------------------------------ small helpers
import datetime as _dt  # noqa: E402


def lv(doc, cat, raw, enc="raw"):
    return doc.L(cat, ENC[enc](raw))


def ip(doc):
    return lv(doc, "ipv4", G.ipv4())


def ip6(doc):
    return lv(doc, "ipv6", G.ipv6())


def anyip(doc):
    r = R.random()
    if r < 0.55:
        return ip(doc)
    if r < 0.75:
        return ip6(doc)
    return doc.F("private/doc ip", R.choice([G.ipv4_private, G.ipv6_private])())


def em(doc, enc="raw", org=False):
    return lv(doc, "email", G.email(org=org), enc)


def ph(doc, enc="raw", country=None):
    return lv(doc, "phone", G.phone(country), enc)


class Clock:
    def __init__(self):
        self.t = _dt.datetime(2026, R.randrange(1, 12), R.randrange(1, 28), R.randrange(0, 23), R.randrange(60), R.randrange(60), R.randrange(10 ** 6))

    def tick(self, lo=0.01, hi=30.0):
        self.t += _dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t

    def iso(self, ms=3):
        t = self.tick()
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond)[:ms] + "Z"

    def clf(self):
        return self.tick().strftime("%d/%b/%Y:%H:%M:%S +0000")

    def syslog(self):
        return self.tick().strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if False else self.tick().strftime("%b %e %H:%M:%S")

    def sp(self):
        t = self.tick()
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)

    def epoch(self):
        return int(self.tick().replace(tzinfo=_dt.timezone.utc).timestamp())


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)", "okhttp/4.12.0", "curl/8.5.0",
       "python-requests/2.31.0", "Go-http-client/2.0", "kube-probe/1.29", "Prometheus/2.51.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "Apache-HttpClient/4.5.14 (Java/17.0.10)"]


def fake_card(doc):
    k = R.randrange(6)
    d = G.card_digits()
    G.USED.discard(d)
    if k == 0:
        return doc.F("masked card", d[:6] + "*" * (len(d) - 10) + d[-4:])
    if k == 1:
        return doc.F("masked card", "XXXX-XXXX-XXXX-" + d[-4:])
    if k == 2:
        return doc.F("test card", R.choice(sorted(G.TEST_CARDS)))
    if k == 3:
        bad = d[:-1] + str((int(d[-1]) + R.randrange(1, 10)) % 10)
        return doc.F("luhn-failing card", G.card_format(bad))
    if k == 4:
        return doc.F("masked card", "**** **** **** " + d[-4:])
    return doc.F("test card", R.choice(["4242 4242 4242 4242", "4111-1111-1111-1111", "5555 5555 5555 4444", "3782 822463 10005"]))


def fake_phone(doc):
    k = R.randrange(8)
    x = "%02d" % R.randrange(100)
    return doc.F("fictitious phone", [f"(212) 555-01{x}", f"+1 415 555 01{x}", f"020 7946 0{R.randrange(100, 999)}",
                                      f"07700 900{R.randrange(100, 999)}", f"+44 7700 900{R.randrange(100, 999)}",
                                      f"01632 960{R.randrange(100, 999)}", f"+44 1632 960{R.randrange(100, 999)}",
                                      f"0491 570 {R.randrange(100, 999)}"][k])


def fake_email(doc):
    n = G.slug(R.choice(G.FIRST))
    return doc.F("reserved/non-email", R.choice([f"{n}@example.com", f"{n}.{G.slug(R.choice(G.LAST))}@example.org",
                                                   f"noreply@{n}.test", f"ops@corp.example", f"{n}@localhost",
                                                   f"admin@service.invalid", f"logo@2x.png", f"icon-{n}@3x.webp",
                                                   f"user@example.net", "your.name@example.com"]))


def fake_ssn(doc):
    return doc.F("invalid ssn", R.choice(["000-%02d-%04d" % (R.randrange(1, 99), R.randrange(1, 9999)),
                                          "666-%02d-%04d" % (R.randrange(1, 99), R.randrange(1, 9999)),
                                          "9%02d-%02d-%04d" % (R.randrange(100), R.randrange(1, 99), R.randrange(1, 9999)),
                                          "078-05-1120", "123-45-6789", "***-**-%04d" % R.randrange(1, 9999),
                                          "%03d-00-%04d" % (R.randrange(1, 600), R.randrange(1, 9999))]))


def fake_iban(doc):
    v = G.iban_raw()
    G.USED.discard(v)
    k = R.randrange(3)
    if k == 0:
        return doc.F("doc iban", R.choice(sorted(G.DOC_IBANS)))
    if k == 1:
        cd = int(v[2:4])
        bad = v[:2] + "%02d" % ((cd + R.randrange(1, 50)) % 97 + 2) + v[4:]
        if G.iban_ok(bad):
            bad = v[:2] + "00" + v[4:]
        return doc.F("bad-check iban", bad)
    return doc.F("masked iban", v[:4] + " **** **** " + v[-4:])


def fake_num(doc):
    k = R.randrange(9)
    return doc.F("number look-alike", [G.order_id(), G.snowflake(), G.epoch(), G.epoch_ms(), "3.%s" % G.not_luhn(16, "1"),
                                       "-%s" % G.not_luhn(19, "4"), "252.227-7013", "1.3.6.1.4.1.%d.%d.%d" % (R.randrange(9999), R.randrange(9), R.randrange(9)),
                                       G.mac()][k])


def lookalikes(doc, n=3, sep=" "):
    """n unlabelled look-alikes as key=value pairs (keys that do not make them sensitive)."""
    gens = [
        ("test_card", lambda: fake_card(doc)), ("support", lambda: fake_phone(doc)), ("contact", lambda: fake_email(doc)),
        ("legacy_ref", lambda: fake_ssn(doc)), ("sample_iban", lambda: fake_iban(doc)), ("ref", lambda: fake_num(doc)),
        ("build", lambda: doc.F("4-part version", "%d.%d.%d.%d" % (R.randrange(1, 30), R.randrange(0, 20), R.randrange(0, 300), R.randrange(0, 9999)))),
        ("driver_version", lambda: doc.F("4-part version (ip-shaped)", "%d.%d.%d.%d" % (R.randrange(1, 60), R.randrange(0, 12), R.randrange(0, 255), R.randrange(1, 255)))),
        ("card_mask", lambda: doc.F("#### placeholder", R.choice(["####-####-####-####", "#### #### #### ####", "###-##-####", "XXXX XXXX XXXX XXXX", "0000 0000 0000 0000"]))),
        ("oid", lambda: doc.F("snmp oid", "1.3.6.1.4.1.%d.%d.%d.%d" % (R.randrange(9999), R.randrange(20), R.randrange(9), R.randrange(9)))),
        ("hwaddr", lambda: doc.F("mac", G.mac())), ("at", lambda: doc.F("time", "%02d:%02d:%02d" % (R.randrange(24), R.randrange(60), R.randrange(60)))),
        ("example_token", lambda: doc.F("placeholder token", R.choice(["ghp_" + "x" * 36, "sk_test_" + rs(G.ALNUM, 24), "xoxb-your-bot-token", "AKIAIOSFODNN7EXAMPLE",
                                                                          "glpat-XXXXXXXXXXXXXXXXXXXX", "npm_" + "0" * 36, "hf_" + "a" * 34, "SG.xxxxx.yyyyy", "key-" + "0" * 32,
                                                                          "shpat_" + "0" * 32, "sk-ant-api03-REPLACE_ME", "sk-proj-...", "<your-token-here>", "${API_TOKEN}",
                                                                          "ghp_1234567890abcdefghijklmnopqrstuvwxyz", "sk_live_1234567890abcdefghijklmn",
                                                                          "xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx", "AIzaSyA-REPLACE-WITH-YOUR-KEY-HERE00000"]))),
        ("pk", lambda: doc.F("publishable key", "pk_live_" + rs(G.ALNUM, 24))), ("principal", lambda: doc.F("aws unique id", R.choice(["AIDA", "AROA", "AGPA", "ANPA"]) + rs(G.B32AWS, 17))),
        ("frac", lambda: doc.F("float fraction", "0.%s" % G.not_luhn(16, str(R.randrange(1, 10))))), ("hash", lambda: doc.F("negative hash", "-%s" % G.not_luhn(19, "5"))),
        ("chunk", lambda: doc.F("AIza inside base64 run", rs(G.B64, 12) + "AIzaSy" + rs(G.ALNUM, 33) + rs(G.B64, 16))),
        ("span", lambda: doc.F("uuid piece", rs(G.HEX, 12))), ("clause", lambda: doc.F("clause number", R.choice(["252.227-7013", "52.204-21", "252.204-7012"]))),
        ("ports", lambda: doc.F("port list", ",".join(str(R.choice([22, 80, 443, 5432, 6379, 8080, 9090, 9200])) for _ in range(4)))),
        ("created", lambda: doc.F("non-birth date", "%s" % G.date_nb())), ("demo_jwt", lambda: doc.F("jwt.io token", JWT_IO)),
        ("password_hint", lambda: doc.F("placeholder password", R.choice(["changeme", "********", "<redacted>", "xxx", "REPLACE_ME", "{{ .Values.db.password }}", "${DB_PASSWORD}",
                                                                                       "XXXXXXXXXXXX", "abcdefgh", "12345678", "%(DB_PASS)s", "$(cat /run/secrets/db)", "..."]))),
    ]
    return sep.join(f"{k}={f()}" for k, f in R.sample(gens, n))


# ================================================================== carriers
def c_java_log(doc):
    ck = Clock()
    svc = R.choice(["order-service", "billing-api", "customer-portal", "payments-gateway"])
    out = []
    thr = lambda: R.choice(["http-nio-8080-exec-%d" % R.randrange(1, 20), "scheduling-1", "kafka-consumer-%d" % R.randrange(3), "main"])
    for i in range(R.randrange(14, 22)):
        k = R.randrange(10)
        pre = f"{ck.sp()}  {R.choice(['INFO', 'INFO', 'DEBUG', 'WARN'])} 1 --- [{thr():>15}] "
        if k == 0:
            out.append(pre + f"c.a.{svc.split('-')[0]}.web.OrderController   : Created order {G.order_id()} for customer {em(doc)} total={G.price()} EUR traceId={sha(32)}")
        elif k == 1:
            out.append(pre + f"o.s.web.servlet.DispatcherServlet        : Completed 200 OK in {R.randrange(3, 900)}ms remoteAddr={anyip(doc)} requestId={uuid4()}")
        elif k == 2:
            out.append(pre + f"c.a.p.client.PspClient                   : POST https://api.psp.example/v1/charges card={fake_card(doc)} amount={G.price()}")
        elif k == 3:
            pw = G.password()
            out.append(pre + f"com.zaxxer.hikari.HikariConfig           : jdbcUrl.........................jdbc:postgresql://db-prod:5432/orders?user=svc_orders&password={lv(doc, 'password', pw)}")
            out.append(pre + "com.zaxxer.hikari.HikariConfig           : password........................<masked>")
        elif k == 4:
            out.append(pre + f"c.a.c.service.KycService                 : verifying customer id={G.snowflake()} phone={ph(doc)} dob={lv(doc, 'date-of-birth', G.dob(0))}")
        elif k == 5:
            t = G.jwt()
            out.append(pre + f"o.s.s.o.s.r.a.JwtAuthenticationProvider  : Authenticating request with header Authorization=Bearer {lv(doc, 'jwt|bearer-token', t)}")
        elif k == 6:
            out.append(pre + f"c.a.b.export.SepaExporter               : payout batch {G.order_id()} to {lv(doc, 'iban', G.iban_raw())} ({G.price()} EUR), fallback account {fake_iban(doc)}")
        elif k == 7:
            out.append(pre + f"c.a.o.metrics.Timer                     : p99={R.uniform(1, 900):.3f}ms count={R.randrange(10, 99999)} epoch={G.epoch_ms()} build={G.version()}")
        elif k == 8:
            out.append(pre + f"c.a.n.SmsNotifier                       : SMS queued to {ph(doc)} (test number {fake_phone(doc)} skipped) msgId={uuid4()}")
        else:
            out.append(pre + f"c.a.c.CustomerController                 : PATCH /customers/{R.randrange(10**5, 10**7)} email {fake_email(doc)} -> {em(doc)}")
        if R.random() < 0.7:
            out.append(f"{ck.sp()} DEBUG 1 --- [{thr():>15}] c.a.o.diag.Snapshot                     : {lookalikes(doc, R.randrange(3, 6))}")
    # stack trace
    pw = G.password()
    user = R.choice(G.USERS)
    out.append(f"{ck.sp()} ERROR 1 --- [{thr():>15}] o.h.engine.jdbc.spi.SqlExceptionHelper   : FATAL: password authentication failed for user \"{user}\"")
    out.append(f"{ck.sp()} ERROR 1 --- [{thr():>15}] c.a.o.config.DataSourceConfig           : Unable to connect with url=jdbc:mysql://{user}:{lv(doc, 'url-credentials', pct(pw))}@mysql-primary:3306/shop?useSSL=true")
    out.append("org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"%s\"" % user)
    frames = ["org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)",
              "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)",
              "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
              "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)", "org.postgresql.Driver.makeConnection(Driver.java:443)",
              "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)", "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:477)",
              "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)", "java.base/java.lang.Thread.run(Thread.java:840)"]
    out += ["\tat " + f for f in frames] + ["\t... %d common frames omitted" % R.randrange(3, 40)]
    out.append("Caused by: java.net.SocketTimeoutException: Connect timed out (host=10.0.%d.%d port=5432, elapsed=%dms)" % (R.randrange(256), R.randrange(1, 255), R.randrange(1000, 30000)))
    out.append("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)")
    out.append(f"{ck.sp()}  WARN 1 --- [{thr():>15}] c.a.security.ApiKeyFilter                : rejected X-API-Key {doc.F('placeholder', '${API_KEY}')} from {anyip(doc)}")
    return "\n".join(out) + "\n"


def c_python_log(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(12, 20)):
        k = R.randrange(8)
        lvl = R.choice(["INFO", "INFO", "WARNING", "DEBUG"])
        pre = f"[{ck.sp()}] {lvl} [{R.choice(['celery.worker', 'app.api', 'app.tasks.sync', 'urllib3.connectionpool', 'gunicorn.access'])}:{R.randrange(20, 400)}] "
        if k == 0:
            out.append(pre + f"Starting new HTTPS connection (1): api.crm.internal:443 request_id={G.reqid()}")
        elif k == 1:
            key = G.generic_secret()
            out.append(pre + f"https://api.weather-feed.io:443 \"GET /v2/forecast?lat=52.52&lon=13.40&api_key={lv(doc, 'generic-secret', key)}&units=metric HTTP/1.1\" 200 {R.randrange(200, 9000)}")
        elif k == 2:
            out.append(pre + f"user signup email={em(doc)} phone={ph(doc)} referrer={fake_email(doc)}")
        elif k == 3:
            out.append(pre + f"task app.tasks.sync.push_contact[{uuid4()}] succeeded in {R.uniform(0.01, 9):.6f}s: {{'synced': {R.randrange(1, 500)}, 'etag': '{sha(32)}'}}")
        elif k == 4:
            out.append(pre + f"{anyip(doc)} - - [{ck.clf()}] \"POST /api/v1/login HTTP/1.1\" 200 {R.randrange(90, 900)} \"-\" \"{R.choice(UAS)}\"")
        elif k == 5:
            p = person(1, phone=False)
            f, c, v = p["ids"][0]
            out.append(pre + f"kyc check queued for {p['name']} <{lv(doc, 'email', p['email'])}> {f}={lv(doc, c, v)}")
        elif k == 6:
            out.append(pre + f"retrying charge for order {G.order_id()} card={fake_card(doc)} attempt={R.randrange(1, 4)}")
        else:
            out.append(pre + f"cache miss key=user:{R.randrange(10**6, 10**8)}:profile ttl=300 took={R.uniform(0.1, 40):.2f}ms")
        if R.random() < 0.7:
            out.append(f"[{ck.sp()}] DEBUG [app.diag:12] {lookalikes(doc, R.randrange(3, 6))}")
    pw = G.password()
    host = R.choice(["pg-primary.internal", "10.12.0.5", "orders-db"])
    out.append(f"[{ck.sp()}] ERROR [app.api:88] Exception on /api/v1/orders [POST]")
    out.append("Traceback (most recent call last):")
    out.append('  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 145, in __init__')
    out.append("    self._dbapi_connection = engine.raw_connection()")
    out.append('  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect')
    out.append("    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)")
    out.append(f"psycopg2.OperationalError: connection to server at \"{host}\" (10.12.0.5), port 5432 failed: FATAL:  password authentication failed for user \"app\"")
    out.append("")
    out.append(f"(Background on this error at: https://sqlalche.me/e/20/e3q8) [engine url: postgresql+psycopg2://app:{lv(doc, 'url-credentials', pct(pw))}@{host}:5432/orders]")
    out.append("During handling of the above exception, another exception occurred:")
    out.append('  File "/srv/app/api/auth.py", line 57, in login')
    out.append("    password = get_password(request)")
    doc.F("code naming password", "password = get_password(request)")
    out.append('  File "/srv/app/api/auth.py", line 61, in login')
    out.append("    self.password = self.form.password")
    out.append("requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.partner.io/v1/token?client_id=%s&client_secret=%s" % (
        rs(G.ALNUM, 20), lv(doc, "generic-secret", G.generic_secret())))
    return "\n".join(out) + "\n"


def c_go_log(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(15, 25)):
        k = R.randrange(7)
        if k == 0:
            out.append(f'time={ck.iso()} level=info msg="http request" method=GET path=/v1/accounts/{R.randrange(10**5, 10**7)} status=200 remote_addr={anyip(doc)}:{R.randrange(1024, 65535)} dur={R.uniform(0.1, 900):.3f}ms req_id={G.reqid()}')
        elif k == 1:
            t = R.choice([G.bearer_opaque, G.jwt])()
            cat = "jwt|bearer-token" if t.startswith("eyJ") else "bearer-token"
            out.append(f'time={ck.iso()} level=debug msg="upstream call" url=https://billing.internal/v2/invoices authorization="Bearer {lv(doc, cat, t)}" attempt=1')
        elif k == 2:
            out.append(json.dumps({"level": "info", "ts": ck.epoch() + R.random(), "caller": "server/handler.go:%d" % R.randrange(40, 400),
                                   "msg": "login ok", "user": G.email(org=False), "client_ip": G.ipv4(), "trace_id": sha(32)}))
            d = json.loads(out[-1])
            doc.L("email", d["user"])
            doc.L("ipv4", d["client_ip"])
        elif k == 3:
            out.append(f'time={ck.iso()} level=warn msg="slow query" query="SELECT id, email FROM users WHERE id = $1" args="[{R.randrange(10**6)}]" elapsed={R.uniform(1, 9):.2f}s')
        elif k == 4:
            out.append(f'time={ck.iso()} level=info msg="peer connected" peer=[{ip6(doc)}]:{R.randrange(1024, 65535)} proto=h2 mac={doc.F("mac", G.mac())}')
        elif k == 5:
            out.append(f'time={ck.iso()} level=info msg="build info" version=v{G.version()} commit={sha(40)} go=go1.22.{R.randrange(9)} started={ck.iso()}')
        else:
            out.append(f'time={ck.iso()} level=error msg="webhook delivery failed" url={lv(doc, "slack-webhook", G.slack_webhook(R.random() < 0.3))} status=500 retry_in=30s')
        if R.random() < 0.7:
            out.append(f'time={ck.iso()} level=debug msg="diag" {lookalikes(doc, R.randrange(3, 6))}')
    out.append("panic: runtime error: invalid memory address or nil pointer dereference")
    out.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]" % (R.randrange(16, 4096), R.randrange(0x400000, 0x9fffff)))
    out.append("")
    out.append("goroutine %d [running]:" % R.randrange(1, 9000))
    out.append("main.(*Server).handleCharge(0xc000%06x, {0x%x, 0xc000%06x}, 0xc000%06x)" % tuple(R.randrange(0xffffff) for _ in range(4)))
    out.append("\t/src/cmd/api/charge.go:%d +0x%x" % (R.randrange(40, 300), R.randrange(16, 900)))
    out.append("net/http.HandlerFunc.ServeHTTP(0x%x?, {0xbc7e30?, 0xc0001c6000?}, 0xc00047a000?)" % R.randrange(0x400000, 0x9fffff))
    out.append("\t/usr/local/go/src/net/http/server.go:2166 +0x29")
    return "\n".join(out) + "\n"


def c_node_log(doc):
    ck = Clock()
    out = []
    host = R.choice(["web-7d9f8c-x2k4p", "api-5b6c7d-qq8rz", "worker-0"])
    for i in range(R.randrange(10, 18)):
        k = R.randrange(6)
        base = {"level": R.choice([30, 30, 40, 20]), "time": int(ck.epoch() * 1000 + R.randrange(1000)), "pid": R.randrange(1, 400), "hostname": host}
        labs = []
        if k == 0:
            t = R.choice([G.bearer_opaque(), G.jwt(), G.github_token()])
            cat = "jwt|bearer-token" if t.startswith("eyJ") else ("github-token|bearer-token" if t.startswith(("gh", "github_pat_")) else "bearer-token")
            xff = G.ipv4()
            base["req"] = {"id": R.randrange(1, 9999), "method": "POST", "url": "/api/orders", "headers": {"host": "api.brightlane.io",
                           "authorization": "Bearer " + t, "x-forwarded-for": xff + ", 10.0.1.12", "user-agent": R.choice(UAS)}}
            base["msg"] = "incoming request"
            labs = [(cat, t), ("ipv4", xff)]
        elif k == 1:
            e, p = G.email(), G.phone()
            base["body"] = {"email": e, "phone": p, "newsletter": True, "cart_total": float(G.price())}
            base["msg"] = "signup payload"
            labs = [("email", e), ("phone", p)]
        elif k == 2:
            base["res"] = {"statusCode": 200, "headers": {"x-request-id": uuid4(), "etag": 'W/"%s"' % rs(G.HEX, 20)}}
            base["responseTime"] = R.randrange(1, 900)
            base["diag"] = lookalikes(doc, 3)
            base["msg"] = "request completed"
        elif k == 3:
            pw = G.password()
            base["msg"] = "login failed"
            base["err"] = {"type": "AuthError", "message": "invalid credentials", "stack": "AuthError: invalid credentials\n    at Auth.verify (/app/src/auth.js:%d:11)\n    at async /app/src/routes/login.js:%d:5" % (R.randrange(10, 200), R.randrange(10, 90))}
            base["attempt"] = {"username": R.choice(G.USERS), "password": pw}
            labs = [("password", pw)]
        elif k == 4:
            c = G.card()[0]
            base["msg"] = "payment intent"
            base["card"] = {"number": c, "exp": "%02d/%d" % (R.randrange(1, 13), R.randrange(27, 32)), "brand": "auto"}
            base["masked"] = fake_card(doc)
            labs = [("credit-card", c)]
        else:
            base["msg"] = "kafka batch"
            base["partition"] = R.randrange(12)
            base["offset"] = int(G.not_luhn(11, "4"))
            base["payloadB64"] = G.b64blob(R.randrange(40, 120))
            FAKES["base64 payload"] += 1
        line = json.dumps(base, ensure_ascii=False)
        for cat, v in labs:
            doc.L(cat, jesc(v))
        out.append(line)
    return "\n".join(out) + "\n"


def c_rails_log(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(4, 7)):
        rid = uuid4()
        ipx = anyip(doc)
        t = ck.tick().strftime("%Y-%m-%d %H:%M:%S +0000")
        path = R.choice(["/users/sign_in", "/users", "/checkout/payment", "/account/profile", "/api/v2/contacts"])
        out.append(f'I, [{ck.iso(6)[:-1]} #{R.randrange(1, 99)}]  INFO -- : [{rid}] Started POST "{path}" for {ipx} at {t}')
        out.append(f"I, [{ck.iso(6)[:-1]} #{R.randrange(1, 99)}]  INFO -- : [{rid}] Processing by {R.choice(['Users::SessionsController#create', 'CheckoutController#payment', 'ProfilesController#update'])} as HTML")
        k = R.randrange(4)
        if k == 0:
            params = f'{{"authenticity_token"=>"[FILTERED]", "user"=>{{"email"=>"{em(doc)}", "password"=>"[FILTERED]", "remember_me"=>"0"}}, "commit"=>"Log in"}}'
            FAKES["filtered password"] += 1
        elif k == 1:
            pw = G.password()
            params = f'{{"authenticity_token"=>"[FILTERED]", "user"=>{{"email"=>"{em(doc)}", "password"=>"{lv(doc, "password", pw, "json")}", "password_confirmation"=>"{jesc(pw)}"}}}}'
            doc.L("password", jesc(pw))
        elif k == 2:
            c = G.card()[0]
            params = f'{{"order_id"=>"{G.order_id()}", "payment"=>{{"card_number"=>"{lv(doc, "credit-card", c)}", "cvc"=>"[FILTERED]", "name"=>"{R.choice(G.FIRST)} {R.choice(G.LAST)}"}}, "amount_cents"=>"{R.randrange(100, 99999)}"}}'
        else:
            p = person(1)
            f, c, v = p["ids"][0]
            params = f'{{"profile"=>{{"phone"=>"{lv(doc, "phone", p["phone"])}", "{f}"=>"{lv(doc, c, v)}", "created_at"=>"{G.date_nb()}"}}}}'
        out.append(f"I, [{ck.iso(6)[:-1]} #{R.randrange(1, 99)}]  INFO -- : [{rid}]   Parameters: {params}")
        out.append(f"D, [{ck.iso(6)[:-1]} #{R.randrange(1, 99)}] DEBUG -- : [{rid}]   User Load ({R.uniform(0.1, 9):.1f}ms)  SELECT \"users\".* FROM \"users\" WHERE \"users\".\"id\" = $1 LIMIT $2  [[\"id\", {R.randrange(1, 99999)}], [\"LIMIT\", 1]]")
        out.append(f"I, [{ck.iso(6)[:-1]} #{R.randrange(1, 99)}]  INFO -- : [{rid}] Completed {R.choice(['302 Found', '200 OK', '422 Unprocessable Entity'])} in {R.randrange(5, 900)}ms (Views: {R.uniform(1, 90):.1f}ms | ActiveRecord: {R.uniform(0.1, 30):.1f}ms | Allocations: {R.randrange(1000, 90000)})")
        out.append("")
    return "\n".join(out)


def _qs_value(doc):
    k = R.randrange(8)
    if k == 0:
        return "email=" + lv(doc, "email", G.email(), "url")
    if k == 1:
        return "phone=" + lv(doc, "phone", G.phone(), R.choice(["url", "form"]))
    if k == 2:
        return R.choice(["api_key=", "apikey=", "token=", "access_token="]) + lv(doc, "generic-secret", G.generic_secret(), "url")
    if k == 3:
        return "key=" + lv(doc, "google-api-key", G.google_key())
    if k == 4:
        return "q=" + plus(R.choice(["winter boots", "usb-c hub 100w", "order status", "return label"]))
    if k == 5:
        return "utm_source=newsletter&utm_campaign=%s" % rs(G.LO, 8)
    if k == 6:
        return "ts=%s&sig=%s" % (G.epoch(), sha(64))
    return "email=" + fake_email(doc).replace("@", "%40")


def c_nginx_access(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(25, 40)):
        path = R.choice(["/api/v1/search", "/track", "/maps/embed", "/newsletter/subscribe", "/static/app.%s.js" % rs(G.HEX, 8),
                         "/healthz", "/api/v2/users/lookup", "/reset-password"])
        qs = "" if path.startswith(("/static", "/healthz")) else "?" + "&".join(_qs_value(doc) for _ in range(R.randrange(1, 3)))
        st = R.choice([200, 200, 200, 301, 304, 401, 404, 499, 502])
        ref = R.choice(['"-"', '"https://www.brightlane.io/checkout?step=2"', '"https://www.google.com/"'])
        if R.random() < 0.3:
            qs = (qs + "&" if qs else "?") + lookalikes(doc, R.randrange(1, 3), "&").replace(" ", "%20")
        line = f'{anyip(doc)} - - [{ck.clf()}] "GET {path}{qs} HTTP/{R.choice(["1.1", "2.0"])}" {st} {R.randrange(0, 90000)} {ref} "{R.choice(UAS)}" rt={R.uniform(0, 3):.3f} uct="{R.uniform(0, 0.1):.3f}" upstream={doc.F("private ip", G.ipv4_private())}:8080'
        out.append(line)
    return "\n".join(out) + "\n"


def c_apache_access(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(20, 35)):
        user = R.choice(["-", "-", "-", R.choice(G.USERS)])
        path = R.choice(["/index.php", "/wp-login.php", "/cgi-bin/status", "/download/report.pdf", "/api/contact", "/server-status"])
        qs = "?" + _qs_value(doc) if R.random() < 0.6 else ""
        if R.random() < 0.3:
            qs = (qs + "&" if qs else "?") + lookalikes(doc, 2, "&").replace(" ", "%20")
        out.append(f'{anyip(doc)} - {user} [{ck.clf()}] "{R.choice(["GET", "POST"])} {path}{qs} HTTP/1.1" {R.choice([200, 302, 403, 404])} {R.randrange(200, 40000)} "-" "{R.choice(UAS)}" {R.randrange(100, 900000)}')
    out.append(f"[{ck.tick().strftime('%a %b %d %H:%M:%S.%f %Y')}] [auth_basic:error] [pid {R.randrange(1000, 9999)}] [client {ip(doc)}:{R.randrange(1024, 65535)}] AH01618: user {R.choice(G.USERS)} not found: /admin")
    out.append(f"[{ck.tick().strftime('%a %b %d %H:%M:%S.%f %Y')}] [ssl:warn] [pid {R.randrange(1000, 9999)}] AH01909: www.brightlane.io:443:0 server certificate does NOT include an ID which matches the server name; OpenSSL/{R.choice(['3.0.13', '1.1.1w'])}")
    return "\n".join(out) + "\n"


def c_syslog(doc):
    ck = Clock()
    host = R.choice(["web01", "bastion", "mx1", "db-backup-02"])
    out = []
    for i in range(R.randrange(20, 32)):
        ts = ck.syslog()
        k = R.randrange(9)
        if k == 0:
            out.append(f"{ts} {host} sshd[{R.randrange(1000, 99999)}]: Failed password for invalid user {R.choice(['admin', 'oracle', 'test', 'ubnt'])} from {anyip(doc)} port {R.randrange(1024, 65535)} ssh2")
        elif k == 1:
            out.append(f"{ts} {host} sshd[{R.randrange(1000, 99999)}]: Accepted publickey for deploy from {anyip(doc)} port {R.randrange(1024, 65535)} ssh2: ED25519 SHA256:{rs(G.B64, 43)}")
        elif k == 2:
            out.append(f"{ts} {host} postfix/smtpd[{R.randrange(1000, 99999)}]: {rs('0123456789ABCDEF', 10)}: client=mail-{rs(G.LO, 6)}.outbound.protection.outlook.com[{ip(doc)}]")
        elif k == 3:
            out.append(f"{ts} {host} postfix/qmgr[{R.randrange(1000, 99999)}]: {rs('0123456789ABCDEF', 10)}: from=<{em(doc)}>, size={R.randrange(900, 90000)}, nrcpt=1 (queue active)")
        elif k == 4:
            out.append(f"{ts} {host} postfix/smtp[{R.randrange(1000, 99999)}]: {rs('0123456789ABCDEF', 10)}: to=<{em(doc)}>, relay=aspmx.l.google.com[{ip(doc)}]:25, delay={R.uniform(0, 3):.2f}, dsn=2.0.0, status=sent (250 2.0.0 OK {G.epoch()} {rs(G.ALNUM, 12)}.{R.randrange(100, 999)} - gsmtp)")
        elif k == 5:
            pw = G.password(urlsafe=True)
            out.append(f"{ts} {host} sudo[{R.randrange(1000, 99999)}]:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysqldump -u backup -p{lv(doc, 'password', pw)} --all-databases")
        elif k == 6:
            out.append(f"{ts} {host} kernel: [{R.uniform(1000, 99999):.6f}] [UFW BLOCK] IN=eth0 OUT= MAC={G.mac()}:{G.mac()}:08:00 SRC={anyip(doc)} DST={G.ipv4_private()} LEN=60 TOS=0x00 PREC=0x00 TTL={R.randrange(30, 64)} ID={R.randrange(1, 65535)} DF PROTO=TCP SPT={R.randrange(1024, 65535)} DPT={R.choice([22, 23, 3389, 5900])} WINDOW=64240 RES=0x00 SYN URGP=0")
            FAKES["mac"] += 1
        elif k == 7:
            out.append(f"{ts} {host} CRON[{R.randrange(1000, 99999)}]: (root) CMD (/usr/local/bin/rotate-logs --keep {R.randrange(3, 30)} --since {G.epoch()})")
        elif R.random() < 0.5:
            out.append(f"{ts} {host} app[{R.randrange(1000, 99999)}]: diag {lookalikes(doc, R.randrange(3, 6))}")
        else:
            out.append(f"{ts} {host} systemd[1]: Started Session {R.randrange(1, 9999)} of User deploy. (uid={R.randrange(1000, 1100)} snmp oid {doc.F('oid', '1.3.6.1.2.1.25.%d.%d' % (R.randrange(9), R.randrange(9)))})")
    return "\n".join(out) + "\n"


def c_journald(doc):
    ck = Clock()
    out = []
    unit = R.choice(["billing-worker.service", "api.service", "docker.service"])
    for i in range(R.randrange(5, 9)):
        t = ck.tick()
        out.append(f"{t.strftime('%a %Y-%m-%d %H:%M:%S.%f')[:-3]} UTC [s={sha(32)};i={R.randrange(1000, 99999):x};b={sha(32)};m={R.randrange(1000, 999999):x};t={int(t.timestamp() * 1e6):x};x={sha(16)}]")
        out.append(f"    _HOSTNAME=node-{R.randrange(1, 9)}")
        out.append(f"    _SYSTEMD_UNIT={unit}")
        out.append(f"    _PID={R.randrange(100, 99999)}")
        out.append(f"    _BOOT_ID={sha(32)}")
        out.append(f"    _MACHINE_ID={sha(32)}")
        out.append(f"    __REALTIME_TIMESTAMP={int(t.timestamp() * 1e6)}")
        k = R.randrange(5)
        if k == 0:
            out.append(f"    MESSAGE=connected to broker amqp://worker:{lv(doc, 'url-credentials', G.password(urlsafe=True))}@mq.internal:5672/prod")
        elif k == 1:
            out.append(f"    MESSAGE=level=info msg=\"client connected\" remote={anyip(doc)} session={uuid4()}")
        elif k == 2:
            it = item(pick(["openai-key", "anthropic-key", "huggingface-token", "npm-token", "stripe-key", "sendgrid-key", "mailgun-key"])[0])
            k0, v0, labs, _ = it[-1]
            out.append(f"    MESSAGE=warning: env {k0}={v0} is set in unit file; move it to a credential")
            for c, p in labs:
                doc.L(c, p)
        elif k == 3:
            out.append(f"    MESSAGE=invoice mailed to {em(doc)} amount={G.price()} EUR ref={G.order_id()}")
        else:
            out.append(f"    MESSAGE=healthcheck ok latency={R.uniform(0.1, 99):.2f}ms version={G.version()} {lookalikes(doc, 3)}")
        out.append(f"    PRIORITY={R.choice([3, 4, 6, 6, 7])}")
        out.append("")
    return "\n".join(out)


def c_events_ndjson(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(10, 16)):
        ev = R.choice(["Order Completed", "Signed Up", "Profile Updated", "Page Viewed", "Payment Failed"])
        e = {"type": "track", "event": ev, "messageId": uuid4(), "timestamp": ck.iso(), "userId": str(G.snowflake()),
             "anonymousId": uuid4(), "context": {"ip": None, "userAgent": R.choice(UAS), "library": {"name": "analytics-node", "version": G.version()}},
             "properties": {}}
        labs = []
        r = R.random()
        ipv = G.ipv4() if r < 0.6 else (G.ipv6() if r < 0.85 else G.ipv4_private())
        e["context"]["ip"] = ipv
        if r < 0.85:
            labs.append(("ipv6" if ":" in ipv else "ipv4", ipv))
        if ev in ("Signed Up", "Profile Updated"):
            p = person(1)
            e["traits"] = {"email": p["email"], "phone": p["phone"], "name": p["name"], p["ids"][0][0]: p["ids"][0][2], "createdAt": G.date_nb()}
            for f, v in p["fakes"]:
                e["traits"].setdefault("unverified_" + f, v)
            labs += [("email", p["email"]), ("phone", p["phone"]), (p["ids"][0][1], p["ids"][0][2])]
        elif ev == "Order Completed":
            e["properties"] = {"order_id": G.order_id(), "total": float(G.price()), "currency": "EUR", "coupon": rs(G.UP, 8),
                               "products": [{"sku": "SKU-%d" % R.randrange(10 ** 5, 10 ** 6), "price": float(G.price()), "quantity": R.randrange(1, 4)}]}
        elif ev == "Payment Failed":
            c = G.card()[0]
            e["properties"] = {"reason": "card_declined", "card": c, "last4_display": fake_card(doc), "amount": float(G.price())}
            labs.append(("credit-card", c))
        else:
            e["properties"] = {"path": "/products/%d" % R.randrange(1000), "referrer": "https://www.google.com/", "duration_ms": R.randrange(10, 90000),
                               "debug": lookalikes(doc, 3)}
        out.append(json.dumps(e, ensure_ascii=False))
        for c, v in labs:
            doc.L(c, jesc(v))
    return "\n".join(out) + "\n"


def c_api_response(doc):
    data = []
    for i in range(R.randrange(3, 6)):
        p = person(R.randrange(4, 6))
        a = address()
        rec = {"id": "cus_" + rs(G.ALNUM, 14), "object": "customer", "name": p["name"], "email": p["email"], "phone": p["phone"],
               "address": {"line1": a[0], "city": a[1], "postal_code": a[2], "country": a[3]},
               "created": R.randrange(1_600_000_000, 1_780_000_000), "created_at": G.date_nb(), "livemode": True,
               "default_source": {"brand": "visa", "last4": "%04d" % R.randrange(10000), "display": fake_card(doc)},
               "metadata": {}}
        doc.L("email", jesc(p["email"]))
        doc.L("phone", jesc(p["phone"]))
        for f, c, v in p["ids"]:
            rec["metadata"][f] = v
            doc.L(c, jesc(v))
        for f, v in p["fakes"]:
            rec["metadata"].setdefault(f, v)
        rec["metadata"]["import_note"] = lookalikes(doc, 2, "; ")
        if R.random() < 0.4:
            rec["metadata"]["support_phone"] = fake_phone(doc)
        if R.random() < 0.3:
            rec["metadata"]["legacy_ssn"] = fake_ssn(doc)
        data.append(rec)
    body = {"object": "list", "url": "/v1/customers", "has_more": True, "data": data,
            "request": {"id": "req_" + rs(G.ALNUM, 14), "idempotency_key": uuid4()}}
    hdr = "HTTP/1.1 200 OK\nContent-Type: application/json\nRequest-Id: req_%s\nX-RateLimit-Remaining: %d\n\n" % (rs(G.ALNUM, 14), R.randrange(1, 100))
    return hdr + json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def c_oauth_response(doc):
    out = []
    cid = rs(G.ALNUM, 24) if R.random() < 0.5 else "%d-%s.apps.googleusercontent.com" % (R.randrange(10 ** 11, 10 ** 12), rs(G.LO + G.DG, 32))
    cs = G.generic_secret() if R.random() < 0.6 else "GOCSPX-" + rs(G.B64URL, 28)
    G.USED.add(cs)
    basic = base64.b64encode(f"{cid}:{cs}".encode()).decode()
    G.USED.add(basic)
    out.append(f"$ curl -s -X POST https://auth.{R.choice(G.ORG_DOMAINS)}/oauth2/token \\")
    if R.random() < 0.5:
        out.append(f"    -H 'Authorization: Basic {lv(doc, 'basic-auth', basic)}' \\")
        out.append("    -d grant_type=client_credentials -d scope=orders.read")
    else:
        out.append(f"    -d grant_type=refresh_token -d client_id={cid} -d client_secret={lv(doc, 'generic-secret', cs)} \\")
        out.append(f"    -d refresh_token={doc.F('placeholder', '$REFRESH_TOKEN')}")
    at = R.choice([G.jwt(), "ya29.a0" + rs(G.B64URL, 170), G.generic_secret()])
    G.USED.add(at)
    rt = "1//0" + rs(G.B64URL, 99) if R.random() < 0.5 else rs(G.ALNUM, 48)
    G.USED.add(rt)
    resp = {"access_token": at, "token_type": "Bearer", "expires_in": R.choice([3599, 3600, 86400]), "refresh_token": rt,
            "scope": "openid email profile", "id_token": G.jwt()}
    out.append(json.dumps(resp, indent=R.choice([2, 4])))
    doc.L("jwt" if at.startswith("eyJ") else "generic-secret", at)
    doc.L("generic-secret", rt)
    doc.L("jwt", resp["id_token"])
    out.append("")
    out.append("# decoded id_token header: " + json.dumps({"alg": "RS256", "kid": rs(G.HEX, 40), "typ": "JWT"}))
    out.append("# docs example (not ours): " + doc.F("jwt.io token", JWT_IO))
    out.append('# RFC 6749 example: {"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600,"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}')
    FAKES["rfc example token"] += 1
    return "\n".join(out) + "\n"


def c_gcp_sa(doc):
    proj = R.choice(["acme-prod-4821", "brightlane-data", "kestrel-ml-eu", "meridian-billing"]) + "-%d" % R.randrange(100, 999)
    pk = G.private_key(1) + "\n"
    sa = R.choice(["terraform", "bq-loader", "github-actions", "firebase-adminsdk-" + rs(G.LO + G.DG, 5)])
    cemail = f"{sa}@{proj}.iam.gserviceaccount.com"
    d = {"type": "service_account", "project_id": proj, "private_key_id": sha(40), "private_key": pk, "client_email": cemail,
         "client_id": G.not_luhn(21, "1"), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + pct(cemail), "universe_domain": "googleapis.com"}
    s = json.dumps(d, indent=2) + "\n"
    doc.L("private-key", jesc(pk.rstrip("\n")))
    doc.L("email", cemail)
    return s


def c_http_raw(doc):
    out = []
    host = R.choice(["api.stripe.com", "api.brightlane.io", "payments.meridian-pay.eu", "graph.northwind-traders.com"])
    k = R.randrange(3)
    lines = [f"POST /v1/{R.choice(['charges', 'customers', 'login', 'graphql'])} HTTP/1.1", f"Host: {host}"]
    if k == 0:
        t = G.stripe_key()
        lines.append(f"Authorization: Bearer {lv(doc, 'stripe-key|bearer-token', t)}")
    elif k == 1:
        b = G.basic_cred()
        lines.append(f"Authorization: Basic {lv(doc, 'basic-auth', b)}")
    else:
        t = G.bearer_opaque()
        lines.append(f"authorization: bearer {lv(doc, 'bearer-token', t)}")
    lines += [f"User-Agent: {R.choice(UAS)}", f"X-Request-Id: {uuid4()}", f"X-Forwarded-For: {ip(doc)}, {G.ipv4_private()}",
              "Cookie: _ga=GA1.2.%d.%d; consent=analytics" % (R.randrange(10 ** 8, 10 ** 9), R.randrange(1_600_000_000, 1_800_000_000)),
              "Content-Type: application/x-www-form-urlencoded"]
    pw = G.password()
    body = f"email={lv(doc, 'email', G.email(), 'url')}&password={lv(doc, 'password', pw, 'form')}&remember=1&phone={lv(doc, 'phone', G.phone(), 'form')}"
    lines.append(f"Content-Length: {len(body)}")
    lines.append("")
    lines.append(body)
    out.append("\r\n".join(lines))
    resp = ["HTTP/1.1 200 OK", "Date: " + Clock().tick().strftime("%a, %d %b %Y %H:%M:%S GMT"), "Content-Type: application/json",
            "Set-Cookie: locale=%s; Path=/; Max-Age=%d; SameSite=Lax" % (R.choice(["en-GB", "de-DE", "fr-FR"]), R.choice([86400, 2592000])),
            "Strict-Transport-Security: max-age=31536000", "X-Trace: " + sha(32), "", json.dumps({"ok": True, "user_id": G.snowflake(), "expires_at": G.epoch()})]
    out.append("\r\n".join(resp))
    return "\r\n\r\n".join(out) + "\r\n"


def c_curl_verbose(doc):
    host = R.choice(["api.github.com", "gitlab.com", "registry.npmjs.org", "api.openai.com", "api.anthropic.com", "huggingface.co", "api.sendgrid.com", "api.mailgun.net", "api.shopify.com", "api.datadoghq.eu"])
    srv = G.ipv4()
    out = [f"*   Trying {lv(doc, 'ipv4', srv)}:443...", f"* Connected to {host} ({srv}) port 443", "* ALPN: curl offers h2,http/1.1",
           "* TLSv1.3 (OUT), TLS handshake, Client hello (1):", "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS",
           f"* Server certificate:", f"*  subject: CN={host}", f"*  start date: {Clock().tick().strftime('%b %d %H:%M:%S %Y GMT')}",
           f"*  serial: {':'.join(rs(G.HEX, 2) for _ in range(16))}"]
    hk = {"api.github.com": ("github-token", G.github_token, "Authorization: token "),
          "gitlab.com": ("gitlab-token", G.gitlab_token, "PRIVATE-TOKEN: "),
          "registry.npmjs.org": ("npm-token", G.npm_token, "Authorization: Bearer "),
          "api.openai.com": ("openai-key", G.openai_key, "Authorization: Bearer "),
          "api.anthropic.com": ("anthropic-key", G.anthropic_key, "x-api-key: "),
          "huggingface.co": ("huggingface-token", G.hf_token, "Authorization: Bearer "),
          "api.sendgrid.com": ("sendgrid-key", G.sendgrid_key, "Authorization: Bearer "),
          "api.mailgun.net": ("basic-auth", lambda: base64.b64encode(("api:" + G.mailgun_key()).encode()).decode(), "Authorization: Basic "),
          "api.shopify.com": ("shopify-token", G.shopify_token, "X-Shopify-Access-Token: "),
          "api.datadoghq.eu": ("datadog-key", G.hex32, "DD-API-KEY: ")}[host]
    cat, fn, hdr = hk
    v = fn()
    if hdr.startswith("Authorization: Bearer") and cat != "bearer-token":
        cat = cat + "|bearer-token"
    out += [f"> GET /{R.choice(['user', 'v1/models', 'api/v4/projects', '-/whoami', 'v3/messages'])} HTTP/2", f"> Host: {host}", f"> User-Agent: curl/8.5.0",
            f"> Accept: */*", f"> {hdr}{lv(doc, cat, v)}", ">"]
    out += ["< HTTP/2 200", "< date: " + Clock().tick().strftime("%a, %d %b %Y %H:%M:%S GMT"), "< content-type: application/json; charset=utf-8",
            f"< x-request-id: {G.reqid()}", f"< x-ratelimit-remaining: {R.randrange(100, 5000)}", f"< etag: W/\"{sha(40)}\"", "<",
            json.dumps({"login": R.choice(G.USERS), "id": R.randrange(10 ** 6, 10 ** 8), "email": None, "created_at": G.date_nb() + "T10:00:00Z"}),
            f"* Connection #0 to host {host} left intact"]
    return "\n".join(out) + "\n"


def c_sepa(doc):
    ck = Clock()
    dn = "%s %s GmbH" % (R.choice(G.LAST), R.choice(["Logistik", "Handel", "Software", "Bau"]))
    txs = []
    total = 0.0
    for i in range(R.randrange(3, 7)):
        amt = float(G.price())
        total += amt
        f, l = G.person_name()
        ib = G.iban_raw()
        txs.append(f"""    <CdtTrfTxInf>
      <PmtId><EndToEndId>E2E-{rs(G.UP + G.DG, 16)}</EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR">{amt:.2f}</InstdAmt></Amt>
      <CdtrAgt><FinInstnId><BIC>{rs(G.UP, 4)}{R.choice(['DE', 'FR', 'NL', 'IT', 'ES'])}{rs(G.UP + G.DG, 2)}</BIC></FinInstnId></CdtrAgt>
      <Cdtr><Nm>{xml_esc(f + ' ' + l)}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>{lv(doc, 'iban', ib)}</IBAN></Id></CdtrAcct>
      <RmtInf><Ustrd>Rechnung {G.order_id()} vom {G.date_nb()}</Ustrd></RmtInf>
    </CdtTrfTxInf>""")
    dib = G.iban_raw("DE")
    s = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>MSG-{ck.tick().strftime('%Y%m%d%H%M%S')}-{R.randrange(1000, 9999)}</MsgId>
      <CreDtTm>{ck.iso()[:19]}</CreDtTm>
      <NbOfTxs>{len(txs)}</NbOfTxs>
      <CtrlSum>{total:.2f}</CtrlSum>
      <InitgPty><Nm>{xml_esc(dn)}</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-{rs(G.UP + G.DG, 12)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt>{G.date_nb()}</ReqdExctnDt>
      <Dbtr><Nm>{xml_esc(dn)}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{lv(doc, 'iban', dib)}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></DbtrAgt>
      <!-- template row, not sent: {fake_iban(doc)} {lookalikes(doc, 2)} -->
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""
    return s


def c_soap(doc):
    pw = G.password()
    p = person(2)
    user = R.choice(G.USERS)
    ids = "\n".join(f"        <cus:{f}>{lv(doc, c, v, 'xml')}</cus:{f}>" for f, c, v in p["ids"])
    return f"""<?xml version="1.0" encoding="utf-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cus="http://services.brightlane.io/customer/v3"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
    xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken wsu:Id="UsernameToken-{sha(32).upper()}">
        <wsse:Username>{user}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{lv(doc, 'password', pw, 'xml')}</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">{doc.F('nonce', G.b64blob(16))}</wsse:Nonce>
        <wsu:Created>{Clock().iso()}</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <cus:UpdateCustomerRequest>
      <cus:CustomerId>{G.snowflake()}</cus:CustomerId>
      <cus:Customer>
        <cus:FullName>{xml_esc(p['name'])}</cus:FullName>
        <cus:Email>{lv(doc, 'email', p['email'], 'xml')}</cus:Email>
        <cus:Phone>{lv(doc, 'phone', p['phone'], 'xml')}</cus:Phone>
{ids}
        <cus:CreatedAt>{G.date_nb()}T09:00:00Z</cus:CreatedAt>
        <cus:LoyaltyNumber>{G.not_luhn(16, '9')}</cus:LoyaltyNumber>
{chr(10).join(f"        <cus:Legacy_{f}>{xml_esc(v)}</cus:Legacy_{f}>" for f, v in p['fakes'])}
      </cus:Customer>
    </cus:UpdateCustomerRequest>
  </soapenv:Body>
</soapenv:Envelope>
"""


def c_sql_dump(doc):
    out = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--", "-- Host: 10.0.4.21    Database: shop", "-- ------------------------------------------------------",
           "-- Server version\t8.0.36", "", "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;", "/*!40103 SET TIME_ZONE='+00:00' */;", "",
           "DROP TABLE IF EXISTS `customers`;", "CREATE TABLE `customers` (", "  `id` bigint NOT NULL AUTO_INCREMENT,", "  `full_name` varchar(200) NOT NULL,",
           "  `email` varchar(254) NOT NULL,", "  `phone` varchar(40) DEFAULT NULL,", "  `id_type` varchar(40) DEFAULT NULL,", "  `id_value` varchar(64) DEFAULT NULL,",
           "  `birth_date` varchar(20) DEFAULT NULL,", "  `password_hash` char(60) NOT NULL,", "  `created_at` datetime NOT NULL,", "  PRIMARY KEY (`id`)",
           ") ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4;" % R.randrange(1000, 99999), "", "LOCK TABLES `customers` WRITE;"]
    rows = []
    for i in range(R.randrange(5, 9)):
        p = person(1)
        f, c, v = p["ids"][0]
        d = G.dob(0)
        rows.append("(%d,'%s','%s','%s','%s','%s','%s','%s','%s 10:%02d:00')" % (
            R.randrange(1, 99999), p["name"].replace("'", "''"), lv(doc, "email", p["email"], "sql"), lv(doc, "phone", p["phone"], "sql"),
            f, lv(doc, c, v, "sql"), lv(doc, "date-of-birth", d), "$2y$10$" + rs(G.ALNUM + "./", 53), G.date_nb(), R.randrange(60)))
    FAKES["bcrypt hash"] += len(rows)
    out.append("INSERT INTO `customers` VALUES " + ",".join(rows) + ";")
    out.append("UNLOCK TABLES;")
    out.append("")
    out.append("DROP TABLE IF EXISTS `payment_methods`;")
    out.append("CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));")
    rows = []
    for i in range(R.randrange(3, 6)):
        if R.random() < 0.5:
            rows.append("(%d,%d,'%s',NULL,'%s')" % (R.randrange(1, 9999), R.randrange(1, 9999), lv(doc, "credit-card", G.card()[0]), fake_card(doc)))
        else:
            rows.append("(%d,%d,NULL,'%s','%s')" % (R.randrange(1, 9999), R.randrange(1, 9999), lv(doc, "iban", G.iban_format(G.iban_raw())), fake_iban(doc)))
    out.append("INSERT INTO `payment_methods` VALUES " + ",\n".join(rows) + ";")
    out.append("-- sample rows from the vendor docs (not customers): " + lookalikes(doc, R.randrange(3, 6), ", "))
    out.append("-- Dump completed on %s" % G.date_nb())
    return "\n".join(out) + "\n"


def c_pg_log(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(12, 20)):
        pre = f"{ck.sp()} UTC [{R.randrange(1000, 99999)}] {R.choice(['postgres', 'app', 'migrator'])}@{R.choice(['orders', 'postgres', 'crm'])} "
        k = R.randrange(8)
        u = R.choice(G.USERS)
        if k == 0:
            out.append(pre + f"LOG:  statement: CREATE USER {u.replace('-', '_')} WITH LOGIN PASSWORD '{lv(doc, 'password', G.password(), 'sql')}';")
        elif k == 1:
            out.append(pre + f"LOG:  statement: ALTER ROLE {u.replace('-', '_')} WITH PASSWORD '{lv(doc, 'password', G.password(), 'sql')}' VALID UNTIL '2027-01-01';")
        elif k == 2:
            out.append(pre + f"LOG:  statement: ALTER USER report_ro PASSWORD 'md5{doc.F('md5 hash', rs(G.HEX, 32))}';")
        elif k == 3:
            out.append(pre + f"LOG:  duration: {R.uniform(0.01, 900):.3f} ms  execute <unnamed>: SELECT * FROM customers WHERE email = $1")
            out.append(pre + f"DETAIL:  parameters: $1 = '{lv(doc, 'email', G.email(), 'sql')}'")
        elif k == 4:
            out.append(f"{ck.sp()} UTC [{R.randrange(1000, 99999)}] [unknown]@[unknown] LOG:  connection received: host={anyip(doc)} port={R.randrange(1024, 65535)}")
        elif k == 5:
            out.append(pre + f"FATAL:  password authentication failed for user \"{u}\"")
            out.append(pre + f"DETAIL:  Connection matched pg_hba.conf line {R.randrange(80, 120)}: \"host all all 0.0.0.0/0 scram-sha-256\"")
        elif k == 6:
            out.append(pre + f"LOG:  statement: INSERT INTO contacts(name, phone, created_at) VALUES ('{R.choice(G.FIRST)}', '{lv(doc, 'phone', G.phone(), 'sql')}', '{G.date_nb()}')")
        elif R.random() < 0.4:
            out.append(pre + f"LOG:  statement: SELECT * FROM audit WHERE {lookalikes(doc, 2, ' AND ').replace('=', ' = ')}")
        else:
            out.append(pre + f"LOG:  checkpoint complete: wrote {R.randrange(10, 9999)} buffers ({R.uniform(0, 9):.1f}%); 0 WAL file(s) added, {R.randrange(5)} removed; write={R.uniform(0, 30):.3f} s, lsn={R.randrange(16):X}/{rs('0123456789ABCDEF', 8)}")
    out.append(f"{ck.sp()} UTC [{R.randrange(1000, 99999)}] postgres@postgres LOG:  statement: ALTER USER app WITH PASSWORD '{doc.F('placeholder', '********')}'; -- masked by pgaudit")
    return "\n".join(out) + "\n"


def c_mysql_log(doc):
    ck = Clock()
    out = ["/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:", "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock",
           "Time                 Id Command    Argument"]
    for i in range(R.randrange(12, 20)):
        t = ck.iso(6)
        cid = R.randrange(8, 400)
        k = R.randrange(8)
        u = R.choice(G.USERS).replace("-", "_")
        if k == 0:
            out.append(f"{t}\t   {cid} Connect\t{u}@{anyip(doc)} on shop using TCP/IP")
        elif k == 1:
            out.append(f"{t}\t   {cid} Query\tCREATE USER '{u}'@'%' IDENTIFIED BY '{lv(doc, 'password', G.password(), 'sql')}'")
        elif k == 2:
            out.append(f"{t}\t   {cid} Query\tALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '{lv(doc, 'password', G.password(), 'sql')}'")
        elif k == 3:
            out.append(f"{t}\t   {cid} Query\tSET PASSWORD FOR '{u}'@'10.0.%%' = '{lv(doc, 'password', G.password(), 'sql')}'")
        elif k == 4:
            out.append(f"{t}\t   {cid} Query\tGRANT SELECT, INSERT ON shop.* TO '{u}'@'%'")
        elif k == 5:
            out.append(f"{t}\t   {cid} Query\tUPDATE customers SET email='{lv(doc, 'email', G.email(), 'sql')}', updated_at='{G.date_nb()} 12:00:00' WHERE id={R.randrange(1, 99999)}")
        elif k == 6:
            out.append(f"{t}\t   {cid} Query\tSELECT * FROM orders WHERE order_ref = '{G.order_id()}' AND total > {G.price()}")
        elif R.random() < 0.5:
            out.append(f"{t}\t   {cid} Query\tSELECT 1 /* {lookalikes(doc, 3)} */")
        else:
            out.append(f"{t}\t   {cid} Query\tCREATE USER 'ro'@'%' IDENTIFIED BY {doc.F('placeholder', chr(39) + '<password>' + chr(39))}")
        if R.random() < 0.2:
            out.append(f"{t}\t   {cid} Quit\t")
    return "\n".join(out) + "\n"


def c_csv(doc):
    cats = pick(PID_CATS, R.randrange(4, 6))
    cols = ["customer_id", "first_name", "last_name", "email", "phone"] + [R.choice(PID_FIELDS[c]) for c in cats] + ["created_at", "order_total", "card_display", "notes"]
    out = [",".join(cols)]
    for i in range(R.randrange(8, 14)):
        f, l = G.person_name()
        row = [str(R.randrange(10 ** 5, 10 ** 7)), f, l]
        if R.random() < 0.1:
            row.append(fake_email(doc))
        else:
            row.append(lv(doc, "email", G.email(f, l)))
        row.append(lv(doc, "phone", G.phone()) if R.random() < 0.85 else fake_phone(doc))
        for c in cats:
            if R.random() < 0.85:
                row.append(lv(doc, c, pid_value(c)))
            else:
                row.append({"credit-card": lambda: fake_card(doc), "us-ssn": lambda: fake_ssn(doc), "iban": lambda: fake_iban(doc)}.get(c, lambda: "")())
        row += [G.date_nb() + " %02d:%02d:%02d" % (R.randrange(24), R.randrange(60), R.randrange(60)), G.price(), fake_card(doc), lookalikes(doc, 2, "; ")]
        row = ['"%s"' % x if ("," in x or " " in x and R.random() < 0.5) else x for x in row]
        out.append(",".join(row))
    return "\r\n".join(out) + "\r\n"


def c_vcard(doc):
    out = []
    for i in range(R.randrange(3, 6)):
        f, l = G.person_name()
        a = address()
        out += ["BEGIN:VCARD", "VERSION:" + R.choice(["3.0", "4.0"]), f"N:{l};{f};;;", f"FN:{f} {l}",
                f"ORG:{R.choice(['Northwind Traders', 'Kestrel Analytics GmbH', 'Brightlane Ltd'])}",
                f"EMAIL;TYPE=INTERNET,HOME:{lv(doc, 'email', G.email(f, l))}",
                f"EMAIL;TYPE=work:{lv(doc, 'email', G.email(f, l, org=True))}",
                f"TEL;TYPE=CELL:{ph(doc)}", f"TEL;TYPE=WORK,VOICE:{ph(doc)}" if R.random() < 0.7 else f"TEL;TYPE=FAX:{fake_phone(doc)}",
                f"ADR;TYPE=HOME:;;{a[0]};{a[1]};;{a[2]};{a[3]}",
                f"BDAY:{lv(doc, 'date-of-birth', G.dob(R.choice([0, 6])))}",
                f"REV:{G.date_nb()}T{R.randrange(10, 23)}:00:00Z", f"UID:urn:uuid:{uuid4()}", f"X-IMPORT-NOTE:{lookalikes(doc, 2, ' ')}"]
        if R.random() < 0.3:
            out.append(f"NOTE:Passport {lv(doc, 'passport', G.passport())} (renew before {G.date_nb()})")
        out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def c_mail(doc):
    ck = Clock()
    f, l = G.person_name()
    frm = G.email(f, l)
    to_f, to_l = G.person_name()
    to = G.email(to_f, to_l, org=True)
    bnd = "----=_Part_%d_%d.%d" % (R.randrange(10 ** 6), R.randrange(10 ** 9), R.randrange(10 ** 12, 10 ** 13))
    mid = f"<CA{rs(G.ALNUM + '+_-', 40)}@mail.gmail.com>"
    FAKES["message-id"] += 1
    hdr = [f"Return-Path: <{lv(doc, 'email', frm)}>",
           f"Received: from mail-{rs(G.LO, 6)}.google.com (mail-{rs(G.LO, 6)}.google.com [{ip(doc)}])\n\tby mx1.{R.choice(G.ORG_DOMAINS)} (Postfix) with ESMTPS id {rs('0123456789ABCDEF', 11)}\n\tfor <{to}>; {ck.tick().strftime('%a, %d %b %Y %H:%M:%S +0000')}",
           f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t={G.epoch()};\n\th=to:subject:message-id:date:from:mime-version:from:to:cc:subject;\n\tbh={G.b64blob(32)};\n\tb={G.b64blob(120)[:76]}\n\t {G.b64blob(90)}",
           f"From: \"{f} {l}\" <{frm}>", f"To: {to_f} {to_l} <{lv(doc, 'email', to)}>",
           f"Cc: {em(doc, org=True)}, {fake_email(doc)}", f"Subject: Re: {R.choice(['Refund for order', 'Account update', 'Invoice', 'Payroll details'])} {G.order_id()}",
           f"Date: {ck.tick().strftime('%a, %d %b %Y %H:%M:%S +0100')}", f"Message-ID: {mid}", "MIME-Version: 1.0",
           f"Content-Type: multipart/mixed; boundary=\"{bnd}\""]
    p = person(2, email=False)
    ids = "\n".join(f"  {PID_PROSE[c]}: {lv(doc, c, v)}" for _, c, v in p["ids"])
    body_txt = f"""Hi {to_f},

thanks for getting back to me. As requested, here are my details so you can update the account:

{ids}
  phone: {lv(doc, 'phone', p['phone'])}

Please send the refund to {lv(doc, 'iban', G.iban_format(G.iban_raw(), 1))} (not the old one ending {fake_iban(doc)[-4:]}).
You can also call me on {ph(doc)} between 9 and 5.

Best,
{f}

On {ck.tick().strftime('%a, %d %b %Y at %H:%M')}, {to_f} {to_l} <{to}> wrote:
> Could you confirm your details? Our support line is {fake_phone(doc)} ext. {R.randrange(100, 999)}.
> Ticket ref {G.order_id()}
> [system] {lookalikes(doc, R.randrange(3, 5), '; ')}
"""
    html = f"<html><body><p>Hi {to_f},</p><p>Contact: <a href=\"mailto:{lv(doc, 'email', G.email(), 'raw')}\">my other address</a></p><img src=\"cid:logo@2x.png\"></body></html>"
    FAKES["logo@2x"] += 1
    altb = "alt-" + rs(G.HEX, 16)
    parts = [f"--{bnd}", f"Content-Type: multipart/alternative; boundary=\"{altb}\"", "",
             "--" + altb, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", body_txt,
             "--" + altb, "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "", html, "--" + altb + "--", "",
             f"--{bnd}", "Content-Type: application/pdf; name=\"invoice-%d.pdf\"" % R.randrange(10000, 99999), "Content-Transfer-Encoding: base64",
             "Content-Disposition: attachment; filename=\"invoice.pdf\"", ""]
    blob = base64.b64encode(b"%PDF-1.7\n" + G.rbytes(900)).decode()
    parts += [blob[i:i + 76] for i in range(0, len(blob), 76)]
    FAKES["base64 attachment"] += 1
    parts += [f"--{bnd}--", ""]
    # the From header above repeats frm; that is a second occurrence of the same labelled value
    return "\n".join(hdr) + "\n\n" + "\n".join(parts)


def c_chat_slack(doc):
    ck = Clock()
    msgs = []
    users = ["U0%s" % rs(G.UP + G.DG, 9) for _ in range(3)]
    for i in range(R.randrange(8, 14)):
        k = R.randrange(10)
        labs = []
        if k == 0:
            pw = G.password()
            txt = f"prod db password is {pw} — rotate after the migration pls"
            labs.append(("password", pw))
        elif k == 1:
            it = item(pick(["github-token", "openai-key", "slack-token", "stripe-key", "npm-token", "huggingface-token", "anthropic-key", "gitlab-token"])[0])
            kk, v, ll, _ = it[0]
            txt = f"here's the {kk.lower().replace('_', ' ')} for the staging job: `{v}`"
            labs += ll
        elif k == 2:
            e, p = G.email(), G.phone()
            txt = f"customer asked for a callback: {p}, email {e}"
            labs += [("email", e), ("phone", p)]
        elif k == 3:
            txt = f"deploy {G.version()} done in {R.randrange(30, 900)}s, build {sha(12)} :rocket:"
        elif k == 4 and R.random() < 0.5:
            txt = "these are the sample values from the docs, not real: " + lookalikes(doc, 3, ", ")
        elif k == 4:
            txt = R.choice([f"use the placeholder in docs: `{doc.F('placeholder', 'OPENAI_API_KEY=sk-...')}` and never a real key",
                            f"the README still says `{doc.F('placeholder', 'STRIPE_SECRET_KEY=sk_live_...')}`, fine as is",
                            f"set `{doc.F('placeholder', 'DB_PASSWORD=<redacted>')}` in the ticket, the vault has the real one",
                            f"who pasted `{doc.F('aws example', 'AKIAIOSFODNN7EXAMPLE')}` into the runbook? that's the AWS docs key"])
        elif k == 5:
            w = G.slack_webhook()
            txt = f"new alert hook <{w}>"
            labs.append(("slack-webhook", w))
        elif k == 6:
            c = G.card()[0]
            txt = f"card on file that keeps failing: {c} (the test one {fake_card(doc)} works)"
            labs.append(("credit-card", c))
        elif k == 7:
            t = G.jwt()
            txt = f"token from the failing request: {t}"
            labs.append(("jwt", t))
        elif k == 8:
            txt = f"incident {G.order_id()} started {ck.iso()} from {G.ipv4()}"
            labs.append(("ipv4", txt.split(" from ")[1]))
        else:
            txt = f"my password is {G.password(1)} if you need to log in as me, don't tell anyone"
            labs.append(("password", txt.split("my password is ")[1].split(" if ")[0]))
        m = {"type": "message", "user": R.choice(users), "text": txt, "ts": "%d.%06d" % (ck.epoch(), R.randrange(10 ** 6)),
             "client_msg_id": uuid4(), "team": "T0" + rs(G.UP + G.DG, 9)}
        msgs.append(m)
        for c, v in labs:
            doc.L(c, jesc(v))
    return json.dumps(msgs, indent=4, ensure_ascii=False) + "\n"


def c_chat_whatsapp(doc):
    ck = Clock()
    a, b = G.person_name(), G.person_name()
    out = []
    for i in range(R.randrange(12, 20)):
        t = ck.tick(30, 900)
        who = R.choice([a[0], b[0]])
        k = R.randrange(9)
        if k == 0:
            msg = f"my number changed, new one is {ph(doc)}"
        elif k == 1:
            msg = f"the wifi password is {lv(doc, 'password', G.password(R.choice([1, 3, 5])))}"
        elif k == 2:
            msg = f"send it to {em(doc)} please"
        elif k == 3:
            msg = f"IBAN for the rent: {lv(doc, 'iban', G.iban_format(G.iban_raw(), 1))}"
        elif k == 4:
            msg = f"ok see you at {R.randrange(7, 11)}:{R.choice(['00', '15', '30', '45'])}, flight {rs(G.UP, 2)}{R.randrange(100, 9999)} lands {t.strftime('%H:%M')}"
        elif k == 5:
            p = person(1, email=False, phone=False)
            _, c, v = p["ids"][0]
            msg = f"for the form they need your {PID_PROSE[c]}: {lv(doc, c, v)}"
        elif k == 6:
            dv = G.dob(R.choice([1, 2, 4, 5]))
            age = 2026 - int(dv[-4:])
            j = R.randrange(3)
            if j == 0:
                msg = f"born {lv(doc, 'date-of-birth', dv)}, he'll be {age} this year"
            elif j == 1:
                msg = f"her date of birth is {lv(doc, 'date-of-birth', dv)} btw"
            else:
                msg = f"DOB {lv(doc, 'date-of-birth', dv)} (needed for the insurance form)"
        elif k == 7:
            msg = "<Media omitted>"
        elif R.random() < 0.5:
            msg = f"ignore that number, it's the one from the tv show {fake_phone(doc)}"
        else:
            msg = f"copy of the sample from the manual: {lookalikes(doc, 2, ', ')}"
        out.append(f"[{t.strftime('%d/%m/%Y, %H:%M:%S')}] {who}: {msg}")
    return "\n".join(out) + "\n"


def c_ticket(doc):
    ck = Clock()
    f, l = G.person_name()
    e = G.email(f, l)
    p = person(2, email=False)
    out = [f"Ticket #{R.randrange(10000, 999999)} — {R.choice(['Cannot log in', 'Double charge', 'Update bank details', 'Account locked'])}",
           f"Status: {R.choice(['open', 'pending', 'solved'])}   Priority: {R.choice(['normal', 'high'])}   Created: {ck.sp()}",
           f"Requester: {f} {l} <{lv(doc, 'email', e)}>", f"Phone: {lv(doc, 'phone', p['phone'])}", f"Channel: {R.choice(['web', 'email', 'chat'])}", "",
           f"--- {f} ({ck.sp()}) ---",
           f"Hello, I was charged twice for order {G.order_id()}. The card is {lv(doc, 'credit-card', G.card()[0])}, exp {R.randrange(1, 13):02d}/{R.randrange(27, 32)}.",
           f"For verification my {PID_PROSE[p['ids'][0][1]]} is {lv(doc, p['ids'][0][1], p['ids'][0][2])} and {PID_PROSE[p['ids'][1][1]]} {lv(doc, p['ids'][1][1], p['ids'][1][2])}.",
           f"I tried logging in with password {lv(doc, 'password', G.password())} but it says locked.", "",
           f"--- Agent {R.choice(G.FIRST)} ({ck.sp()}) ---",
           f"Thanks {f}. I can see the card ending {fake_card(doc)[-4:]} — we never need your full card number or password, please don't send them.",
           f"I've redacted them from the ticket: card [REDACTED], password {doc.F('redacted', '<redacted>')}.",
           f"Refund reference: RF-{R.randrange(10 ** 7, 10 ** 8)}, amount {G.price()} EUR, expected in 3-5 business days.",
           f"Internal note: customer IP {anyip(doc)}, device id {uuid4()}, risk score 0.{R.randrange(10, 99)}",
           f"Our hotline is {fake_phone(doc)} (test line), escalation {ph(doc)}.",
           f"System fields: {lookalikes(doc, R.randrange(3, 6), ', ')}"]
    return "\n".join(out) + "\n"


def c_dotenv(doc):
    its = cfg_items(R.randrange(14, 22), R.randrange(14, 22), R.randrange(4, 8))
    out = [f"# {R.choice(['generated by ops', 'local overrides', 'production', 'staging'])} — last edited {G.date_nb()}"]
    out += emit(doc, its, "env")
    for _ in range(R.randrange(2, 4)):
        out.insert(R.randrange(1, len(out)), "# e.g. " + lookalikes(doc, 2, ", "))
    out.insert(R.randrange(1, len(out)), "# DB_PASSWORD=" + doc.F("placeholder", "your-password-here"))
    return "\n".join(out) + "\n"


def c_k8s(doc):
    name = R.choice(["orders-api", "billing-worker", "crm-sync", "gateway"])
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), 0, allow_multiline=True)
    sd = emit(doc, its, "yaml", "upper", indent="  ")
    env_its = cfg_items(R.randrange(5, 8), R.randrange(5, 8), R.randrange(2, 4), allow_multiline=False)
    env = emit(doc, env_its, "k8s_env", "upper", indent="            ")
    datas = "\n".join(f"  {k}: {base64.b64encode(v.encode()).decode()}" for k, v in [("DB_HOST", "postgres.db.svc"), ("DB_NAME", "orders"), ("DB_PORT", "5432")])
    dauth = G.docker_auth()
    dcj = json.dumps({"auths": {"registry.brightlane.io": {"username": "ci-pusher", "auth": dauth}}})
    doc.L("docker-auth", dauth)
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: prod
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{dcj}'
---
apiVersion: v1
kind: Secret
metadata:
  name: {name}-secrets
  namespace: prod
  labels:
    app.kubernetes.io/name: {name}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
data:
{datas}
stringData:
{chr(10).join(sd)}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: prod
spec:
  replicas: {R.randrange(1, 6)}
  selector:
    matchLabels:
      app: {name}
  template:
    metadata:
      labels:
        app: {name}
      annotations:
        checksum/config: {sha(64)}
    spec:
      containers:
        - name: {name}
          image: registry.brightlane.io/{name}:{G.version()}@sha256:{sha(64)}
          ports:
            - containerPort: {R.choice([8080, 8000, 3000])}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {name}-secrets
                  key: DB_PASSWORD
            {(chr(10) + '            ').join(x.strip() if False else x[12:] for x in env)}
          resources:
            limits: {{cpu: "{R.choice(['500m', '1', '2'])}", memory: "{R.choice(['512Mi', '1Gi'])}"}}
"""


def c_helm(doc):
    its1 = cfg_items(R.randrange(6, 9), R.randrange(6, 9), R.randrange(1, 3))
    its2 = cfg_items(R.randrange(4, 7), R.randrange(4, 7), R.randrange(1, 3), allow_multiline=False)
    a = emit(doc, its1, "yaml", "camel", indent="  ")
    b = emit(doc, its2, "yaml", "camel", indent="    ")
    return f"""# Default values for {R.choice(['orders', 'billing', 'crm'])}.
replicaCount: {R.randrange(1, 5)}
image:
  repository: ghcr.io/brightlane/app
  tag: "{G.version()}"
  pullPolicy: IfNotPresent
imagePullSecrets:
  - name: regcred
secrets:
{chr(10).join(a)}
postgresql:
  auth:
    username: app
    password: "{doc.F('helm template', '{{ .Values.global.postgresPassword }}')}"
    existingSecret: ""
  primary:
    persistence:
      size: 20Gi
integrations:
  enabled: true
  credentials:
{chr(10).join(b)}
ingress:
  enabled: true
  hosts:
    - host: app.brightlane.io
      paths: ["/"]
  tls:
    - secretName: app-tls
resources: {{}}
nodeSelector: {{}}
"""


def c_compose(doc):
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), R.randrange(2, 4), allow_multiline=False)
    env = emit(doc, its, "compose", "upper", indent="      ")
    pw = G.password(urlsafe=True)
    its2 = cfg_items(R.randrange(3, 6), R.randrange(3, 6), 1, allow_multiline=False)
    env2 = emit(doc, its2, "yaml", "upper", indent="      ")
    return f"""version: "3.9"
services:
  app:
    image: ghcr.io/brightlane/app:{G.version()}
    restart: unless-stopped
    ports:
      - "8080:8080"
      - "9464:9464"
    environment:
{chr(10).join(env)}
    depends_on: [db, redis]
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {lv(doc, 'password', pw)}
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "{lv(doc, 'password', G.password(urlsafe=True))}"]
  worker:
    image: ghcr.io/brightlane/worker:{G.version()}
    environment:
{chr(10).join(env2)}
      REDIS_PASSWORD: {doc.F('placeholder', '${REDIS_PASSWORD:?err}')}
volumes:
  pgdata: {{}}
"""


def c_ci_yaml(doc):
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), R.randrange(1, 3), allow_multiline=False)
    env = emit(doc, its, "yaml", "upper", indent="  ")
    tok = G.github_token()
    if R.random() < 0.5:
        return f"""name: release
on:
  push:
    tags: ["v*"]
env:
{chr(10).join(env)}
  DOCKER_PASSWORD: {doc.F('gha secret', '${{ secrets.DOCKER_PASSWORD }}')}
jobs:
  publish:
    runs-on: ubuntu-22.04
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@{sha(40)}  # v4.1.1
      - uses: actions/setup-node@v4
        with:
          node-version: 20.11.1
      - run: npm ci && npm run build
      - name: Publish
        run: |
          echo "//registry.npmjs.org/:_authToken=${{{{ secrets.NPM_TOKEN }}}}" > ~/.npmrc
          curl -sf -H "Authorization: token {lv(doc, 'github-token', tok)}" https://api.github.com/repos/brightlane/app/releases
          npm publish --access public
"""
    dauth = G.docker_auth()
    doc.L("docker-auth", dauth)
    return f"""stages: [test, deploy]
variables:
{chr(10).join(env)}
  DOCKER_AUTH_CONFIG: '{{"auths": {{"registry.brightlane.io:5000": {{"auth": "{dauth}"}}}}}}'
  POSTGRES_PASSWORD: {doc.F('placeholder', '$CI_DB_PASSWORD')}
test:
  stage: test
  image: python:3.12-slim
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q --maxfail=1
deploy:
  stage: deploy
  script:
    - curl --fail -X POST -F token={lv(doc, 'gitlab-token', G.gitlab_token())} -F ref=main https://gitlab.com/api/v4/projects/{R.randrange(10 ** 6, 10 ** 8)}/trigger/pipeline
    - git push https://oauth2:{lv(doc, 'gitlab-token|url-credentials', G.gitlab_token())}@gitlab.com/brightlane/infra.git HEAD:main
  only: [main]
"""


def c_properties(doc):
    its = cfg_items(R.randrange(8, 12), R.randrange(8, 12), R.randrange(3, 6), allow_multiline=False)
    body = emit(doc, its, "props", "dotted")
    pw = G.password(urlsafe=True)
    return f"""# application-prod.properties
server.port=8080
spring.application.name=orders
spring.datasource.url=jdbc:mysql://mysql-primary:3306/shop?useSSL=true&user=svc_orders&password={lv(doc, 'password', pw)}
spring.datasource.username=svc_orders
spring.datasource.password={lv(doc, 'password', G.password())}
spring.datasource.hikari.maximum-pool-size={R.randrange(5, 50)}
spring.mail.host=smtp.office365.com
spring.mail.username={em(doc, org=True)}
spring.mail.password={doc.F('placeholder', '${MAIL_PASSWORD}')}
management.endpoints.web.exposure.include=health,info,prometheus
{chr(10).join(body)}
app.security.password-min-length=12
app.build.version={G.version()}
"""


def c_ini(doc):
    k = R.randrange(3)
    if k == 0:
        return f"""[client]
user=root
password={lv(doc, 'password', G.password())}
host=127.0.0.1
port=3306

[mysqldump]
user=backup
password="{lv(doc, 'password', G.password(urlsafe=True))}"
single-transaction
max_allowed_packet=512M

[mysqld]
bind-address = 0.0.0.0
server-id = {R.randrange(1, 99)}
log_bin = /var/log/mysql/mysql-bin.log
"""
    if k == 1:
        return f"""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {lv(doc, 'pypi-token|password', G.pypi_token())}

[internal]
repository = https://nexus.internal/repository/pypi-hosted/
username = deploy
password = {lv(doc, 'password', G.password())}

[testpypi]
username = __token__
password = {doc.F('placeholder', '<your testpypi token>')}
"""
    its = cfg_items(R.randrange(8, 12), R.randrange(8, 12), R.randrange(2, 4), allow_multiline=False)
    body = emit(doc, its, "ini", "lower")
    return f"""; app.ini — {G.date_nb()}
[server]
http_port = 3000
domain = git.brightlane.io

[database]
DB_TYPE = postgres
HOST = 10.0.5.4:5432
NAME = gitea
USER = gitea
PASSWD = `{lv(doc, 'password', G.password(urlsafe=True))}`

[secrets]
{chr(10).join(body)}

[security]
INSTALL_LOCK = true
MIN_PASSWORD_LENGTH = 10
"""


def c_toml(doc):
    its = cfg_items(R.randrange(8, 12), R.randrange(8, 12), R.randrange(2, 4))
    body = emit(doc, its, "toml", "lower")
    return f"""# config.toml
title = "orders"
version = "{G.version()}"

[server]
bind = "0.0.0.0:8080"
read_timeout = "15s"

[database]
url = "postgres://app:{lv(doc, 'url-credentials', G.password(urlsafe=True))}@db.internal:5432/orders?sslmode=verify-full"
max_connections = {R.randrange(5, 100)}
password_env = "DB_PASSWORD"

[credentials]
{chr(10).join(body)}

[[upstreams]]
name = "pricing"
url = "https://pricing.internal"
timeout_ms = {R.randrange(100, 5000)}
"""


def c_tfvars(doc):
    its = cfg_items(R.randrange(8, 12), R.randrange(8, 12), R.randrange(2, 4))
    body = emit(doc, its, "tfvars", "lower")
    return f"""region         = "eu-west-1"
environment    = "prod"
instance_type  = "t3.medium"
allowed_cidrs  = ["{ip(doc)}/32", "10.0.0.0/8"]
db_username    = "app"
db_password    = "{lv(doc, 'password', G.password())}"
{chr(10).join(body)}
tags = {{
  owner      = "{em(doc, org=True)}"
  cost_center = "{R.randrange(1000, 9999)}"
}}
"""


def c_aws_creds(doc):
    out = []
    for prof in ["default", "prod", "ci-deployer", "legacy"][:R.randrange(2, 5)]:
        out.append(f"[{prof}]")
        if R.random() < 0.2:
            out.append(f"aws_access_key_id = {doc.F('aws example', 'AKIAIOSFODNN7EXAMPLE')}")
            out.append(f"aws_secret_access_key = {doc.F('aws example', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}")
        else:
            out.append(f"aws_access_key_id = {lv(doc, 'aws-access-key-id', G.aws_key_id())}")
            out.append(f"aws_secret_access_key = {lv(doc, 'aws-secret-key', G.aws_secret())}")
        if R.random() < 0.3:
            tok = "IQoJb3JpZ2luX2VjE" + rs(G.B64, 280)
            out.append(f"aws_session_token = {lv(doc, 'generic-secret', tok)}")
        out.append(f"region = {R.choice(['eu-west-1', 'us-east-1', 'eu-central-1'])}")
        out.append("")
    acct = G.not_luhn(12, "1") if R.random() < 0.5 else "0" + G.not_luhn(11, "3")
    out += ["[profile assume-admin]", f"role_arn = arn:aws:iam::{acct}:role/OrganizationAccountAccessRole", "source_profile = default",
            f"# principal AIDA{rs(G.B32AWS, 17)} / role AROA{rs(G.B32AWS, 17)}", ""]
    FAKES["AIDA/AROA ids"] += 2
    return "\n".join(out)


def c_nginx_conf(doc):
    b = G.basic_cred()
    return f"""user www-data;
worker_processes auto;
events {{ worker_connections 1024; }}
http {{
    log_format main '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_user_agent" rt=$request_time';
    resolver {ip(doc)} {ip(doc)} valid=300s;
    upstream app {{
        server 10.0.1.21:8080 max_fails=3;
        server 10.0.1.22:8080 max_fails=3;
    }}
    server {{
        listen 443 ssl http2;
        server_name api.brightlane.io;
        ssl_certificate     /etc/nginx/tls/fullchain.pem;
        ssl_certificate_key /etc/nginx/tls/privkey.pem;
        location /admin/ {{
            allow {ip(doc)};
            allow {ip6(doc)};
            allow 192.168.0.0/16;
            deny all;
            auth_basic "restricted";
            auth_basic_user_file /etc/nginx/.htpasswd;
        }}
        location /partner/ {{
            proxy_set_header Authorization "Basic {lv(doc, 'basic-auth', b)}";
            proxy_set_header X-Api-Key "{lv(doc, 'generic-secret', G.generic_secret())}";
            proxy_pass https://partner.meridian-pay.eu/;
        }}
        location /internal/ {{
            proxy_set_header Authorization "Bearer {lv(doc, 'bearer-token', G.bearer_opaque())}";
            proxy_pass http://app;
        }}
        location /legacy/ {{
            proxy_set_header Authorization "Basic {doc.F('rfc7617 example', 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==')}";
            proxy_pass http://10.0.1.30:8000;
        }}
    }}
}}
"""


def c_pem(doc):
    out = []
    k = R.randrange(3)
    out.append("# exported by certbot; " + lookalikes(doc, 2))
    if k == 0:
        pk = G.private_key(R.choice([0, 1, 2, 6]))
        out.append(lv(doc, "private-key", pk))
        out.append(doc.F("certificate", G.public_block(1)))
        out.append(doc.F("certificate", G.public_block(1)))
    elif k == 1:
        out.append("Bag Attributes\n    friendlyName: api.brightlane.io\n    localKeyID: " + " ".join(rs("0123456789ABCDEF", 2) for _ in range(20)))
        out.append("Key Attributes: <No Attributes>")
        out.append(lv(doc, "private-key", G.private_key(R.choice([1, 4]))))
        out.append("subject=CN = api.brightlane.io\nissuer=C = US, O = Let's Encrypt, CN = R3")
        out.append(doc.F("certificate", G.public_block(1)))
    else:
        out.append(doc.F("public key", G.public_block(0)))
        out.append(doc.F("csr", G.public_block(2)))
        out.append(lv(doc, "private-key", G.private_key(2)))
    return "\n".join(out) + "\n"


def c_openssh(doc):
    pk = G.private_key(3)
    return lv(doc, "private-key", pk) + "\n"


def c_openssh_pub(doc):
    out = [doc.F("ssh public key", G.ssh_pub()) for _ in range(R.randrange(3, 7))]
    out.insert(1, "# placeholder from the wiki:\n" + doc.F("placeholder key", "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----"))
    return "\n".join(out) + "\n"


def c_pgp(doc):
    f, l = G.person_name()
    e = G.email(f, l)
    return f"""sec   rsa4096/{rs('0123456789ABCDEF', 16)} {G.date_nb()} [SC]
      {rs('0123456789ABCDEF', 40)}
uid                 [ultimate] {f} {l} <{lv(doc, 'email', e)}>
ssb   rsa4096/{rs('0123456789ABCDEF', 16)} {G.date_nb()} [E]

{doc.F('pgp public', G.public_block(3))}
{lv(doc, 'private-key', G.private_key(5))}
"""


def c_docker_config(doc):
    auths = {}
    labs = []
    for reg in R.sample(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "123456789012.dkr.ecr.eu-west-1.amazonaws.com".replace("123456789012", G.not_luhn(12, "1")),
                         "europe-west3-docker.pkg.dev", "registry.brightlane.io", "quay.io", "harbor.internal:8443"], R.randrange(4, 8)):
        a = G.docker_auth()
        auths[reg] = {"auth": a}
        labs.append(a)
        if R.random() < 0.2:
            auths[reg]["email"] = G.email()
            doc.L("email", auths[reg]["email"])
    auths["docker.example.com"] = {"auth": doc.F("empty docker auth", "")}
    d = {"auths": auths, "credsStore": R.choice(["desktop", "osxkeychain", "pass"]), "currentContext": "default",
         "plugins": {"-x-cli-hints": {"enabled": "true"}}, "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}
    for a in labs:
        doc.L("docker-auth", a)
    return json.dumps(d, indent="\t") + "\n"


def c_shell_history(doc):
    out = []
    for i in range(R.randrange(25, 40)):
        k = R.randrange(22)
        if k == 0:
            out.append(f"mysql -u root -p{lv(doc, 'password', G.password(urlsafe=True))} -h 10.0.4.21 shop")
        elif k == 1:
            out.append(f"psql \"postgresql://app:{lv(doc, 'url-credentials', pct(G.password()))}@pg-prod.internal:5432/orders\" -c 'select count(*) from orders'")
        elif k == 2:
            u = R.choice(G.USERS)
            out.append(f"curl -u {u}:{lv(doc, 'password', G.password(urlsafe=True))} https://nexus.internal/service/rest/v1/status")
        elif k == 3:
            out.append(f"export AWS_ACCESS_KEY_ID={lv(doc, 'aws-access-key-id', G.aws_key_id())}")
            out.append(f"export AWS_SECRET_ACCESS_KEY={lv(doc, 'aws-secret-key', G.aws_secret())}")
        elif k == 4:
            out.append(f"docker login -u deploybot -p {lv(doc, 'password', G.password(urlsafe=True))} registry.brightlane.io")
        elif k == 5:
            out.append(f"sshpass -p '{lv(doc, 'password', G.password())}' ssh admin@{ip(doc)}")
        elif k == 6:
            out.append(f"git clone https://{R.choice(G.USERS)}:{lv(doc, 'github-token|url-credentials', G.github_token())}@github.com/brightlane/infra.git")
        elif k == 7:
            out.append(f"redis-cli -h cache.internal -a {lv(doc, 'password', G.password(urlsafe=True))} info memory")
        elif k == 8:
            out.append(f"kubectl create secret generic api --from-literal=password={lv(doc, 'password', G.password(urlsafe=True))} --from-literal=api_key={lv(doc, 'generic-secret', G.generic_secret())}")
        elif k == 9:
            out.append(f"curl -H \"Authorization: Bearer {lv(doc, 'bearer-token', G.bearer_opaque())}\" https://api.brightlane.io/v1/me")
        elif k == 10:
            it = item(pick(["openai-key", "anthropic-key", "stripe-key", "huggingface-token", "npm-token", "sendgrid-key", "mailgun-key", "shopify-token", "slack-token", "datadog-key", "twilio-key"])[0])
            out += emit(doc, it, "shell", "upper")
        elif k == 11:
            out.append("mysql -u root -p")
            out.append(f"curl -u admin:$ADMIN_PASS https://jenkins.internal/api/json")
            FAKES["shell var"] += 2
        elif k == 12:
            out.append(f"htpasswd -b /etc/nginx/.htpasswd {R.choice(G.USERS)} {lv(doc, 'password', G.password(urlsafe=True))}")
        elif k == 13:
            out.append(f"mongosh \"mongodb+srv://admin:{lv(doc, 'url-credentials', G.password(urlsafe=True))}@cluster0.x7hqe.mongodb.net/test\"")
        elif k == 14:
            out.append(f"ssh -p {R.choice([22, 2222])} deploy@{ip(doc)}")
        elif k == 15:
            out.append(f"echo {G.b64blob(24)} | base64 -d | xxd | head")
        elif k == 16:
            j = R.randrange(4)
            if j == 0:
                out.append(f"mysql --user=admin --password={lv(doc, 'password', G.password(urlsafe=True))} -h 10.0.4.21")
            elif j == 1:
                out.append(f"mongodump --username backup --password {lv(doc, 'password', G.password(urlsafe=True))} --out /backup")
            elif j == 2:
                out.append(f"rabbitmqctl change_password worker '{lv(doc, 'password', G.password())}'")
            else:
                out.append("openssl rand -hex 32")
        elif k == 17:
            out.append(f"PGPASSWORD={lv(doc, 'password', G.password(urlsafe=True))} pg_dump -h 10.0.4.30 -U postgres orders > /tmp/orders-{G.date_nb()}.sql")
        elif k == 18:
            out.append(f"az storage blob list --account-name acmeprodassets --account-key {lv(doc, 'azure-storage-key', G.azure_key())} -c exports -o table")
        else:
            out.append(R.choice(["ls -la", "cd /srv/app", "git pull --rebase", "sudo systemctl restart nginx", "tail -f /var/log/nginx/error.log",
                                 "htop", "docker ps -a", "kubectl get pods -n prod -o wide", "vim .env", "git log --oneline | head -20", f"ping -c 3 {G.ipv4_private()}"]))
    return "\n".join(out) + "\n"


def c_kubectl(doc):
    out = ["$ kubectl get pods -n prod -o wide", "NAME                              READY   STATUS    RESTARTS   AGE   IP            NODE"]
    for i in range(R.randrange(3, 6)):
        out.append(f"{R.choice(['orders', 'billing', 'gateway'])}-{rs(G.LO + G.DG, 10)}-{rs(G.LO + G.DG, 5)}   1/1     Running   {R.randrange(0, 4)}          {R.randrange(1, 40)}d   10.244.{R.randrange(256)}.{R.randrange(1, 255)}   ip-10-0-{R.randrange(256)}-{R.randrange(256)}.eu-west-1.compute.internal")
    out += ["", "$ kubectl get nodes -o wide", "NAME         STATUS   ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP      OS-IMAGE"]
    for i in range(R.randrange(2, 4)):
        out.append(f"node-{i}       Ready    <none>   {R.randrange(10, 300)}d  v1.29.{R.randrange(9)}   10.0.{R.randrange(256)}.{R.randrange(1, 255)}    {ip(doc)}   Ubuntu 22.04.4 LTS")
    out += ["", "$ kubectl describe pod orders-" + rs(G.LO + G.DG, 10), "Name:         orders-" + rs(G.LO, 5), "Namespace:    prod",
            f"Start Time:   {Clock().tick().strftime('%a, %d %b %Y %H:%M:%S +0000')}", "Containers:", "  orders:", f"    Image:          registry.brightlane.io/orders:{G.version()}",
            f"    Image ID:       registry.brightlane.io/orders@sha256:{sha(64)}", "    Environment:"]
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), R.randrange(2, 4), allow_multiline=False)
    for k, v, labs, _ in its:
        out.append(f"      {k}:{' ' * max(1, 28 - len(k))}{v}")
        for c, p in labs:
            doc.L(c, p)
    out.append("      DB_PASSWORD:                 <set to the key 'DB_PASSWORD' in secret 'orders-secrets'>  Optional: false")
    FAKES["kubectl secret ref"] += 1
    out.append(f"      APP_DIAG:                    {lookalikes(doc, 2, ',')}")
    out += ["", "$ kubectl logs deploy/orders --tail=5"]
    ck = Clock()
    for i in range(5):
        out.append(json.dumps({"ts": ck.iso(), "level": "info", "msg": "order placed", "order": G.order_id(), "amount": float(G.price())}))
    return "\n".join(out) + "\n"


def c_ci_output(doc):
    ck = Clock()
    out = []
    def ln(s):
        out.append(f"{ck.iso(7)} {s}")
    ln("##[group]Run actions/checkout@v4")
    ln("with:")
    ln(f"  repository: brightlane/app")
    ln(f"  token: ***")
    FAKES["masked ***"] += 1
    ln("##[endgroup]")
    ln("##[group]Run ./scripts/deploy.sh")
    ln("env:")
    ln("  AWS_ACCESS_KEY_ID: ***")
    ln("  AWS_REGION: eu-west-1")
    ln("##[endgroup]")
    ln("+ set -x")
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), R.randrange(1, 3), allow_multiline=False)
    for k, v, labs, _ in its:
        ln(f"+ export {k}={v}" if " " not in v else f"+ export '{k}={v}'")
        for c, p in labs:
            doc.L(c, p)
    ln(f"+ curl -sS -X POST -H 'Authorization: Bearer {lv(doc, 'bearer-token', G.bearer_opaque())}' https://deploy.brightlane.io/api/releases -d '{{\"version\":\"{G.version()}\"}}'")
    ln(f"{{\"id\":{R.randrange(10 ** 5, 10 ** 6)},\"status\":\"queued\",\"created_at\":\"{ck.iso()}\"}}")
    ln(f"+ docker login -u AWS -p {lv(doc, 'password', 'eyJwYXlsb2FkIjoi' + rs(G.B64, 120) + '==')} {G.not_luhn(12, '1')}.dkr.ecr.eu-west-1.amazonaws.com")
    ln("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
    ln("Login Succeeded")
    ln(f"test fixtures loaded: {lookalikes(doc, R.randrange(3, 6))}")
    ln(f"#12 [build 4/9] RUN npm ci --no-audit  # {R.uniform(1, 90):.1f}s")
    ln(f"#12 sha256:{sha(64)} done")
    ln(f"Successfully tagged app:{G.version()}")
    ln("##[error]Process completed with exit code 1." if R.random() < 0.3 else "Cleaning up orphan processes")
    return "\n".join(out) + "\n"


def c_src_python(doc):
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), R.randrange(1, 3))
    body = emit(doc, its, "py", "upper")
    pw = G.password()
    return f'''"""Settings for the {R.choice(['orders', 'crm', 'billing'])} service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

{chr(10).join(body)}

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "{lv(doc, 'password', pw, 'json')}",
        "HOST": os.environ.get("DB_HOST", "10.0.4.21"),
        "PORT": 5432,
    }}
}}


@dataclass
class Credentials:
    username: str
    password: Optional[HiddenText] = None
    token: Optional[str] = None

    def __post_init__(self):
        self.password = self.password or get_password(self.username)


def get_password(user: str) -> str:
    password = os.environ["DB_PASSWORD"]
    return password


def connect(password=None):
    # password = "<set in vault>"  (see docs/secrets.md)
    password = password or get_password("app")
    return psycopg.connect(host="db", user="app", password=password)
'''


def c_src_js(doc):
    its = cfg_items(R.randrange(7, 11), R.randrange(7, 11), R.randrange(1, 3))
    body = emit(doc, its, "js", "camel")
    gk = G.google_key()
    return f"""// config/production.js
'use strict';

const firebaseConfig = {{
  apiKey: "{lv(doc, 'google-api-key', gk)}",
  authDomain: "brightlane-{rs(G.LO + G.DG, 5)}.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "{R.randrange(10 ** 11, 10 ** 12)}",
  appId: "1:{R.randrange(10 ** 11, 10 ** 12)}:web:{rs(G.HEX, 22)}",
}};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = {{ apiKey: "{doc.F('firebase sample', 'AIzaSyDOCAbC123dEf456GhI789jKl012-MnO')}", projectId: "my-project" }};

module.exports = {{
{chr(10).join(body)}
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
}};

async function callApi(token) {{
  return fetch('https://api.brightlane.io/v1/orders', {{ headers: {{ Authorization: `Bearer ${{token}}` }} }});
}}
"""


def c_src_java(doc):
    pw = G.password()
    u = R.choice(G.USERS)
    kid, sec = G.aws_key_id(), G.aws_secret()
    return f"""package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {{
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user={u};password={lv(doc, 'password', pw, 'json')};encrypt=true";
    private static final String SMTP_PASSWORD = "{lv(doc, 'password', G.password(), 'json')}";
    private static final String API_TOKEN = "{lv(doc, 'generic-secret', G.generic_secret())}";

    // TODO move to vault
    static BasicAWSCredentials aws() {{
        return new BasicAWSCredentials("{lv(doc, 'aws-access-key-id', kid)}", "{lv(doc, 'aws-secret-key', sec)}");
    }}

    static Connection report() throws Exception {{
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "{lv(doc, 'password', G.password(), 'json')}");
    }}

    static Connection fromEnv() throws Exception {{
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }}

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "{G.version()}+{sha(7)}";
}}
"""


def c_src_go(doc):
    its = cfg_items(R.randrange(7, 10), R.randrange(7, 10), R.randrange(1, 2), allow_multiline=False)
    body = emit(doc, its, "go", "pascal")
    return f"""package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{{
{chr(10).join(body)}
\tListenAddr: ":8080",
\tPassword:   os.Getenv("DB_PASSWORD"),
}}

type Config struct {{
\tPassword string `json:"password"`
\tToken    string `json:"token,omitempty"`
}}

func openLegacy() (*sql.DB, error) {{
	dbPassword := "{lv(doc, 'password', G.password(), 'json')}"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}}

func (c *Config) Redacted() Config {{
\tc2 := *c
\tc2.Password = "REDACTED"
\treturn c2
}}
"""


def c_markdown(doc):
    gh = G.github_token()
    f, l = G.person_name()
    return f"""# Orders service

## Quick start

```bash
cp .env.example .env
export OPENAI_API_KEY={doc.F('placeholder', '<your key here>')}
export DATABASE_URL=postgres://user:password@localhost:5432/orders
make run
```

The API listens on `:8080`. Example request (replace the token):

```bash
curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/v1/orders
curl -u {doc.F('placeholder', 'user:pass')} http://localhost:8080/admin
```

AWS examples use the documentation key pair `{doc.F('aws example', 'AKIAIOSFODNN7EXAMPLE')}` /
`{doc.F('aws example', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}`; never commit real keys.

## Test cards

| brand | number | result |
|---|---|---|
| Visa | {doc.F('test card', '4242 4242 4242 4242')} | success |
| Mastercard | {doc.F('test card', '5555 5555 5555 4444')} | success |
| Visa (declined) | {doc.F('test card', '4000 0000 0000 0002')} | declined |

## Contacts

| role | name | e-mail | phone |
|---|---|---|---|
| owner | {f} {l} | {lv(doc, 'email', G.email(f, l, org=True))} | {ph(doc)} |
| on-call | {R.choice(G.FIRST)} | {em(doc, org=True)} | {ph(doc)} |
| example | Jane Doe | {fake_email(doc)} | {fake_phone(doc)} |

## Known issue

Until the CI secret is fixed the release job uses this token (rotate after {G.date_nb()}):

    GITHUB_TOKEN={lv(doc, 'github-token', gh)}

Sample values used by the test-suite: {lookalikes(doc, R.randrange(4, 7), ', ')}.

Clause {doc.F('clause', '252.227-7013')} applies. Ports: {doc.F('ports', '80, 443, 8080, 8443')}. Release {G.version()}.
"""


def c_har(doc):
    ck = Clock()
    entries = []
    for i in range(R.randrange(2, 4)):
        t = R.choice([G.jwt(), G.bearer_opaque()])
        cat = "jwt|bearer-token" if t.startswith("eyJ") else "bearer-token"
        e, pw = G.email(), G.password()
        body = json.dumps({"email": e, "password": pw, "device": uuid4()})
        sip = G.ipv4()
        resp_body = json.dumps({"user": {"id": G.snowflake(), "email": e, "phone": G.phone()}, "session_expires": int(G.epoch())})
        ent = {"startedDateTime": ck.iso(), "time": R.uniform(10, 900),
               "request": {"method": "POST", "url": "https://app.brightlane.io/api/session?lang=en&email=" + pct(e), "httpVersion": "HTTP/2",
                           "headers": [{"name": "authorization", "value": "Bearer " + t}, {"name": "content-type", "value": "application/json"},
                                       {"name": "x-client-version", "value": G.version()}, {"name": "x-debug", "value": lookalikes(doc, 3, ";")}],
                           "queryString": [{"name": "lang", "value": "en"}, {"name": "email", "value": e}],
                           "postData": {"mimeType": "application/json", "text": body}, "headersSize": -1, "bodySize": len(body)},
               "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "x-request-id", "value": uuid4()}],
                            "content": {"size": len(resp_body), "mimeType": "application/json", "text": resp_body}, "redirectURL": ""},
               "serverIPAddress": sip, "connection": str(R.randrange(100, 99999)),
               "timings": {"blocked": R.uniform(0, 5), "dns": -1, "connect": -1, "send": 0.1, "wait": R.uniform(5, 500), "receive": 0.3}}
        entries.append(ent)
        ph_ = json.loads(resp_body)["user"]["phone"]
        doc.L(cat, t)
        doc.L("email", e)
        doc.L("email", pct(e))
        doc.L("password", jesc(jesc(pw)))
        doc.L("phone", jesc(jesc(ph_)))
        doc.L("ipv4", sip)
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": ck.iso(), "id": "page_1", "title": "https://app.brightlane.io/login", "pageTimings": {"onLoad": R.uniform(100, 900)}}],
                   "entries": entries}}
    return json.dumps(har, indent=2, ensure_ascii=False) + "\n"


def c_postman(doc):
    items_ = []
    t = G.bearer_opaque()
    b_user, b_pw = R.choice(G.USERS), G.password()
    items_.append({"name": "List orders", "request": {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": t, "type": "string"}]},
                   "method": "GET", "header": [], "url": {"raw": "{{baseUrl}}/v1/orders?limit=50", "host": ["{{baseUrl}}"], "path": ["v1", "orders"]}}})
    doc.L("bearer-token", t)
    items_.append({"name": "Admin login", "request": {"auth": {"type": "basic", "basic": [{"key": "password", "value": b_pw, "type": "string"},
                   {"key": "username", "value": b_user, "type": "string"}]}, "method": "POST", "url": "{{baseUrl}}/admin/login"}})
    doc.L("password", jesc(b_pw))
    ak = G.generic_secret()
    items_.append({"name": "Partner lookup", "request": {"auth": {"type": "apikey", "apikey": [{"key": "value", "value": ak, "type": "string"},
                   {"key": "key", "value": "X-API-Key", "type": "string"}]}, "method": "GET", "url": "https://partner.meridian-pay.eu/v2/lookup"}})
    doc.L("generic-secret", ak)
    e, p, pw2 = G.email(), G.phone(), G.password()
    raw = json.dumps({"email": e, "phone": p, "password": pw2}, indent=2)
    items_.append({"name": "Create user", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                   "body": {"mode": "raw", "raw": raw}, "url": "{{baseUrl}}/v1/users"}})
    doc.L("email", e)
    doc.L("phone", jesc(jesc(p)) if False else jesc(p))
    doc.L("password", jesc(jesc(pw2)))
    items_.append({"name": "Fixtures", "request": {"method": "GET", "url": "{{baseUrl}}/fixtures?" + lookalikes(doc, 3, "&").replace(" ", "%20")}})
    items_.append({"name": "Webhook test", "request": {"method": "POST", "header": [{"key": "Authorization", "value": "Bearer {{token}}"}],
                   "url": "{{baseUrl}}/hooks"}})
    FAKES["postman variable"] += 1
    coll = {"info": {"_postman_id": uuid4(), "name": "Brightlane API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                     "_exporter_id": str(R.randrange(10 ** 7, 10 ** 8))},
            "item": items_, "variable": [{"key": "baseUrl", "value": "https://api.brightlane.io"}, {"key": "token", "value": ""}]}
    return json.dumps(coll, indent="\t", ensure_ascii=False) + "\n"


def c_connstrings(doc):
    k = R.randrange(3)
    if k == 0:
        pw1, pw2 = G.password(), G.password()
        az = G.azure_key()
        d = {"Logging": {"LogLevel": {"Default": "Information"}},
             "ConnectionStrings": {
                 "Orders": f"Server=tcp:sql-prod-weu.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=svc_orders;Password={pw1};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
                 "Reports": f"Data Source=10.0.4.40;Initial Catalog=reports;User Id=report_ro;Pwd={pw2};",
                 "Local": "Server=(localdb)\\mssqllocaldb;Database=dev;Trusted_Connection=True;",
                 "Storage": f"DefaultEndpointsProtocol=https;AccountName=acmeprodassets;AccountKey={az};EndpointSuffix=core.windows.net",
                 "Dev": "Server=localhost;Database=dev;User Id=sa;Password=;"},
             "AllowedHosts": "*"}
        doc.L("password", jesc(pw1))
        doc.L("password", jesc(pw2))
        doc.L("azure-storage-key", az)
        FAKES["empty password"] += 1
        return json.dumps(d, indent=2) + "\n"
    if k == 1:
        pw = G.password()
        return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Main" connectionString="Data Source=sql01;Initial Catalog=crm;User ID=crm_app;Password={lv(doc, 'password', pw, 'xml')};" providerName="System.Data.SqlClient" />
    <add name="Oracle" connectionString="User Id=scott;Password={doc.F('oracle sample', 'tiger')};Data Source=ORCL" />
    <add name="Audit" connectionString="Server=10.1.2.3;Database=audit;Integrated Security=SSPI;" />
  </connectionStrings>
  <appSettings>
    <add key="PaymentApiKey" value="{lv(doc, 'generic-secret', G.generic_secret(), 'xml')}" />
    <add key="PasswordPolicy" value="min=12;upper=1;digit=1" />
    <add key="SmtpPassword" value="{lv(doc, 'password', G.password(), 'xml')}" />
  </appSettings>
  <system.web>
    <machineKey validationKey="{lv(doc, 'generic-secret', rs('0123456789ABCDEF', 128))}" decryptionKey="{lv(doc, 'generic-secret', rs('0123456789ABCDEF', 48))}" validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
"""
    pw = G.password(urlsafe=True)
    return f"""[ODBC Data Sources]
orders = ODBC Driver 18 for SQL Server

[orders]
Driver   = ODBC Driver 18 for SQL Server
Server   = tcp:sql-prod.internal,1433
Database = orders
UID      = svc_orders
PWD      = {lv(doc, 'password', pw)}
Encrypt  = yes

; DSN-less string used by the nightly export
; Driver={{PostgreSQL Unicode}};Server=10.0.4.21;Port=5432;Database=dwh;Uid=etl_loader;Pwd={lv(doc, 'password', G.password(urlsafe=True))};sslmode=require;
; JDBC: jdbc:postgresql://10.0.4.21:5432/dwh?user=etl_loader&password={doc.F('placeholder', '${{ETL_PASSWORD}}')}
"""


def c_npmrc(doc):
    k = R.randrange(2)
    if k == 0:
        return f"""registry=https://registry.npmjs.org/
@brightlane:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken={lv(doc, 'npm-token', G.npm_token())}
//npm.pkg.github.com/:_authToken={lv(doc, 'github-token', G.github_token())}
//nexus.internal/repository/npm-private/:_authToken={doc.F('placeholder', '${NEXUS_TOKEN}')}
always-auth=true
save-exact=true
"""
    return f"""[global]
timeout = 60
index-url = https://deploy:{lv(doc, 'url-credentials', G.password(urlsafe=True))}@nexus.internal/repository/pypi-all/simple
extra-index-url = https://__token__:{lv(doc, 'gitlab-token|url-credentials', G.gitlab_token())}@gitlab.com/api/v4/projects/{R.randrange(10 ** 6, 10 ** 8)}/packages/pypi/simple
trusted-host = nexus.internal
"""


def c_tfstate(doc):
    pw = G.password()
    kid, sec = G.aws_key_id(), G.aws_secret()
    rnd = G.password(0)
    st = {"version": 4, "terraform_version": "1.7.%d" % R.randrange(6), "serial": R.randrange(1, 900), "lineage": uuid4(), "outputs": {
        "db_endpoint": {"value": "orders.cluster-c9xk2.eu-west-1.rds.amazonaws.com:5432", "type": "string"}},
        "resources": [
            {"mode": "managed", "type": "aws_db_instance", "name": "orders", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 2, "attributes": {"allocated_storage": 100, "engine": "postgres", "engine_version": "16.2",
                                                                "username": "app", "password": pw, "port": 5432, "id": "db-" + rs(G.UP + G.DG, 26)},
                            "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]},
            {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": kid, "secret": sec,
                                                                                                            "user": "ci-deployer", "status": "Active", "create_date": G.date_nb() + "T10:00:00Z"}}]},
            {"mode": "managed", "type": "random_password", "name": "grafana", "instances": [{"attributes": {"result": rnd, "length": len(rnd), "special": True,
                                                                                                             "id": "none", "bcrypt_hash": "$2a$10$" + rs(G.ALNUM + "./", 53)}}]},
            {"mode": "managed", "type": "aws_eip", "name": "nat", "instances": [{"attributes": {"public_ip": G.ipv4(), "private_ip": G.ipv4_private(), "allocation_id": "eipalloc-" + rs(G.HEX, 17)}}]}]}
    s = json.dumps(st, indent=2) + "\n"
    doc.L("password", jesc(pw))
    doc.L("aws-access-key-id", kid)
    doc.L("aws-secret-key", jesc(sec))
    doc.L("password", jesc(rnd))
    doc.L("ipv4", st["resources"][3]["instances"][0]["attributes"]["public_ip"])
    FAKES["bcrypt hash"] += 1
    return s


def c_kafka(doc):
    ck = Clock()
    out = [f"% Reached end of topic customers.v1 [{R.randrange(12)}] at offset {G.not_luhn(9, '3')}"]
    for i in range(R.randrange(8, 14)):
        k = R.randrange(3)
        if k == 0:
            p = person(1)
            f, c, v = p["ids"][0]
            after = {"id": R.randrange(10 ** 6), "email": p["email"], "phone": p["phone"], f: v}
            before = {"id": after["id"]}
            for ff, fv in p["fakes"]:
                before[ff] = fv
            val = json.dumps({"op": "u", "ts_ms": int(ck.epoch() * 1000), "before_invalid": before, "after": after}, ensure_ascii=False)
            doc.L("email", jesc(p["email"]))
            doc.L("phone", jesc(p["phone"]))
            doc.L(c, jesc(v))
        elif k == 1:
            val = G.b64blob(R.randrange(30, 140))
            FAKES["protobuf base64"] += 1
        else:
            val = json.dumps({"event": "heartbeat", "seq": G.snowflake(), "ts": ck.iso(), "node": uuid4()})
        out.append(f"Key: {uuid4()}\tPartition: {R.randrange(12)}\tOffset: {R.randrange(10 ** 6, 10 ** 9)}\tTimestamp: {int(ck.epoch() * 1000)}\tHeaders: trace-id={sha(32)}")
        out.append(val)
    return "\n".join(out) + "\n"


def c_hexdump(doc):
    ck = Clock()
    out = [f"{ck.sp()} DEBUG tls.handshake peer={ip(doc)}:{R.randrange(1024, 65535)} cipher=TLS_AES_128_GCM_SHA256 session={sha(64)}",
           f"{ck.sp()} DEBUG dumping {R.randrange(128, 512)} bytes of record payload:"]
    data = G.rbytes(R.randrange(10, 20) * 16)
    out.append(G.hexdump_lines(data, xxd=R.random() < 0.5))
    FAKES["hexdump random bytes"] += 1
    out.append(f"{ck.sp()} DEBUG marshalled session ticket: {G.b64blob(96)}")
    out.append(f"{ck.sp()} INFO  client {ip6(doc)} resumed session, rtt={R.uniform(1, 200):.2f}ms")
    out.append(f"{ck.sp()} DEBUG {lookalikes(doc, R.randrange(3, 6))}")
    out.append(f"$ xxd -l 64 /dev/urandom")
    out.append(G.hexdump_lines(G.rbytes(64)))
    return "\n".join(out) + "\n"


def c_sentry(doc):
    ck = Clock()
    pw = G.password()
    t = G.bearer_opaque()
    e = G.email()
    ipx = G.ipv4()
    ev = {"event_id": rs(G.HEX, 32), "timestamp": ck.iso(), "platform": "python", "level": "error", "release": "orders@" + G.version(),
          "environment": "production", "server_name": "orders-" + rs(G.LO, 5),
          "user": {"id": str(R.randrange(10 ** 6)), "email": e, "ip_address": ipx},
          "request": {"url": "https://api.brightlane.io/v1/login", "method": "POST",
                      "headers": [["Authorization", "Bearer " + t], ["User-Agent", R.choice(UAS)], ["X-Forwarded-For", ipx]],
                      "data": {"username": R.choice(G.USERS), "password": "[Filtered]"}, "env": {"REMOTE_ADDR": "10.0.1.5", "SERVER_PORT": "8000"}},
          "exception": {"values": [{"type": "AuthenticationFailed", "value": "invalid credentials", "stacktrace": {"frames": [
              {"filename": "api/auth.py", "function": "login", "lineno": 57, "vars": {"password": repr(pw), "self": "<LoginView object at 0x7f%010x>" % R.randrange(16 ** 10), "retries": 3}},
              {"filename": "api/backends.py", "function": "check", "lineno": 12, "vars": {"password": "'[Filtered]'", "hashed": "'pbkdf2_sha256$600000$%s$%s'" % (rs(G.ALNUM, 22), G.b64blob(32))}}]}}]},
          "contexts": {"runtime": {"name": "CPython", "version": "3.11.%d" % R.randrange(9)}, "trace": {"trace_id": rs(G.HEX, 32), "span_id": rs(G.HEX, 16)}}}
    doc.L("email", e)
    doc.L("ipv4", ipx)
    doc.L("bearer-token", t)
    doc.L("password", jesc(pw))
    FAKES["filtered"] += 2
    return json.dumps(ev, indent=2) + "\n"


def c_cloudtrail(doc):
    ck = Clock()
    recs = []
    for i in range(R.randrange(3, 6)):
        kid = G.aws_key_id()
        src = G.ipv4()
        acct = G.not_luhn(12, "4")
        r = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:%s" % (rs(G.B32AWS, 17), R.choice(G.USERS)),
                                                      "arn": f"arn:aws:sts::{acct}:assumed-role/ci-deployer/session-{R.randrange(10 ** 9)}",
                                                      "accountId": acct, "accessKeyId": kid},
             "eventTime": ck.iso()[:19] + "Z", "eventSource": "s3.amazonaws.com", "eventName": R.choice(["GetObject", "PutObject", "ListBuckets", "AssumeRole"]),
             "awsRegion": "eu-west-1", "sourceIPAddress": src, "userAgent": "aws-cli/2.15.%d Python/3.11.6" % R.randrange(40),
             "requestParameters": {"bucketName": "acme-prod-assets", "key": "exports/%s.csv" % uuid4()}, "requestID": rs("0123456789ABCDEF", 16),
             "eventID": uuid4(), "readOnly": True, "eventType": "AwsApiCall", "recipientAccountId": acct}
        doc.L("aws-access-key-id", kid)
        doc.L("ipv4", src)
        FAKES["AROA id"] += 1
        recs.append(r)
    return json.dumps({"Records": recs}) + "\n"


def c_firewall(doc):
    ck = Clock()
    out = []
    for i in range(R.randrange(15, 25)):
        six = R.random() < 0.35
        src = ip6(doc) if six else anyip(doc)
        dst = G.ipv6_private() if six else G.ipv4_private()
        if R.random() < 0.3:
            out.append(f"{ck.syslog()} fw01 conntrackd[{R.randrange(100, 999)}]: {lookalikes(doc, 3)}")
        out.append(f"{ck.syslog()} fw01 kernel: [{R.uniform(1000, 99999):.6f}] {R.choice(['DROP', 'ACCEPT', 'REJECT'])} IN=wan0 OUT=lan0 MAC={G.mac()}:{G.mac()}:{'86:dd' if six else '08:00'} SRC={src} DST={dst} LEN={R.randrange(40, 1500)} PROTO={R.choice(['TCP', 'UDP'])} SPT={R.randrange(1024, 65535)} DPT={R.choice([22, 53, 443, 3389, 5060])}")
    out.append(f"{ck.syslog()} fw01 suricata[{R.randrange(100, 9999)}]: [1:2010935:3] ET SCAN Suspicious inbound to MSSQL port 1433 [Classification: Potentially Bad Traffic] [Priority: 2] {{TCP}} {ip(doc)}:{R.randrange(1024, 65535)} -> {G.ipv4_private()}:1433")
    out.append(f"{ck.syslog()} fw01 snmpd[{R.randrange(100, 9999)}]: Connection from UDP: [{G.ipv4_private()}]:{R.randrange(1024, 65535)} oid {doc.F('oid', '1.3.6.1.2.1.2.2.1.10.%d' % R.randrange(1, 9))} at {ck.tick().strftime('%H:%M:%S')}")
    return "\n".join(out) + "\n"


def c_hr_xml(doc):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<EmployeeExport generated="{Clock().iso()}" system="Personio" version="{G.version()}">']
    for i in range(R.randrange(3, 6)):
        p = person(R.randrange(4, 6))
        out.append(f'  <Employee id="{R.randrange(1000, 99999)}" hired="{G.date_nb()}">')
        out.append(f"    <Name>{xml_esc(p['name'])}</Name>")
        out.append(f"    <WorkEmail>{lv(doc, 'email', G.email(p['first'], p['last'], org=True), 'xml')}</WorkEmail>")
        out.append(f"    <PrivateEmail>{lv(doc, 'email', p['email'], 'xml')}</PrivateEmail>")
        out.append(f"    <Mobile>{lv(doc, 'phone', p['phone'], 'xml')}</Mobile>")
        for f, c, v in p["ids"]:
            tag = "".join(x.capitalize() for x in f.split("_"))
            out.append(f"    <{tag}>{lv(doc, c, v, 'xml')}</{tag}>")
        for f, v in p["fakes"]:
            tag = "Previous" + "".join(x.capitalize() for x in f.split("_")) if f in sum(PID_FIELDS.values(), []) else "".join(x.capitalize() for x in f.split("_"))
            out.append(f"    <{tag} status=\"invalid\">{xml_esc(v)}</{tag}>")
        out.append(f"    <Salary currency=\"EUR\">{R.randrange(30000, 140000)}.00</Salary>")
        out.append(f"    <LastReview>{G.date_nb()}</LastReview>")
        out.append("  </Employee>")
    out.append(f"  <!-- {lookalikes(doc, 3)} -->")
    out.append("</EmployeeExport>")
    return "\n".join(out) + "\n"


def c_invoice(doc):
    f, l = G.person_name()
    shop_phone = G.phone()
    lines = [f"{R.choice(['Kestrel Analytics GmbH', 'Northwind Traders Ltd', 'Quartzsoft SAS'])}", f"Tel. {lv(doc, 'phone', shop_phone)} · {em(doc, org=True)}",
             f"USt-IdNr. DE{G.not_luhn(9, '2')} · Handelsregister HRB {R.randrange(10000, 99999)}", "",
             f"RECHNUNG / INVOICE {G.order_id()}", f"Datum: {G.date_nb()}    Kunde: {R.randrange(10 ** 5, 10 ** 6)}", "",
             f"{f} {l}", f"{address()[0]}", "", "Pos  Artikel                         Menge   Preis      Summe"]
    tot = 0
    for i in range(R.randrange(2, 6)):
        p_ = float(G.price())
        q = R.randrange(1, 4)
        tot += p_ * q
        lines.append(f"{i + 1:<4} {R.choice(['USB-C Hub', 'Licence 12m', 'Support plan', 'Cable 2m', 'Monitor arm']):<31} {q:<7} {p_:>8.2f}  {p_ * q:>9.2f}")
    lines += ["", f"Netto: {tot:.2f} EUR   MwSt 19%: {tot * 0.19:.2f} EUR   Brutto: {tot * 1.19:.2f} EUR", "",
              f"Bezahlt mit Karte {fake_card(doc)} am {G.date_nb()}.",
              f"Bankverbindung: IBAN {lv(doc, 'iban', G.iban_format(G.iban_raw('DE'), 1))} · BIC COBADEFFXXX",
              f"Bitte überweisen Sie nicht an die alte Verbindung {fake_iban(doc)}.",
              f"Fragen? Rufen Sie uns an: {lv(doc, 'phone', G.phone('DE'))}"]
    return "\n".join(lines) + "\n"


def c_notebook(doc):
    ok = G.openai_key()
    e1, e2 = G.email(), G.email()
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Churn analysis\n", "Data pulled on %s\n" % G.date_nb()]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import openai, pandas as pd\n", f"openai.api_key = \"{ok}\"\n", "df = pd.read_csv('customers.csv')\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df.head(2)"],
         "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": [
             "   customer_id                 email   ltv\n", f"0       {R.randrange(10 ** 5, 10 ** 6)}  {e1}  {G.price()}\n", f"1       {R.randrange(10 ** 5, 10 ** 6)}  {e2}  {G.price()}"]}}]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import hashlib\n", "hashlib.sha256(b'x').hexdigest()"],
         "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {}, "data": {"text/plain": ["'%s'" % sha(64)]}}]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": ["api_key = os.environ['OPENAI_API_KEY']  # not \"sk-...\"\n"], "outputs": []}]
    doc.L("openai-key", ok)
    doc.L("email", e1)
    doc.L("email", e2)
    FAKES["placeholder"] += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % R.randrange(9)}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def c_git_credentials(doc):
    out = []
    for i in range(R.randrange(3, 6)):
        k = R.randrange(4)
        if k == 0:
            out.append(f"https://{R.choice(G.USERS)}:{lv(doc, 'github-token|url-credentials', G.github_token())}@github.com")
        elif k == 1:
            out.append(f"https://oauth2:{lv(doc, 'gitlab-token|url-credentials', G.gitlab_token())}@gitlab.com")
        elif k == 2:
            out.append(f"https://{R.choice(G.USERS)}:{lv(doc, 'url-credentials', pct(G.password()))}@bitbucket.org")
        else:
            out.append(f"https://x-access-token:{doc.F('placeholder', '${GITHUB_TOKEN}')}@github.com")
    return "\n".join(out) + "\n"


def c_systemd_cron(doc):
    if R.random() < 0.5:
        its = cfg_items(R.randrange(6, 9), R.randrange(6, 9), 1, allow_multiline=False)
        env = []
        for k, v, labs, _ in its:
            if " " in v or '"' in v or "\\" in v:
                env.append(f"Environment=\"{k}={jesc(v)}\"")
                for c, p in labs:
                    doc.L(c, jesc(p))
            else:
                env.append(f"Environment={k}={v}")
                for c, p in labs:
                    doc.L(c, p)
        return f"""[Unit]
Description=Billing worker
After=network-online.target

[Service]
User=billing
WorkingDirectory=/srv/billing
{chr(10).join(env)}
EnvironmentFile=-/etc/billing/env
ExecStart=/srv/billing/bin/worker --concurrency {R.randrange(2, 16)}
Restart=on-failure
RestartSec=5s

[Install]
WantedBy=multi-user.target
"""
    pw = G.password(urlsafe=True)
    return f"""# m h  dom mon dow   command
MAILTO={em(doc, org=True)}
15 2 * * * /usr/bin/mysqldump -u backup -p{lv(doc, 'password', pw)} --all-databases | gzip > /backup/db-$(date +\\%F).sql.gz
*/5 * * * * curl -fsS -m 10 https://status.internal/ping/billing-backup > /dev/null
0 4 * * 0 PGPASSWORD={lv(doc, 'password', G.password(urlsafe=True))} /usr/bin/vacuumdb -h 10.0.4.21 -U postgres --all --analyze
30 3 * * * /usr/local/bin/rclone sync /backup remote:backups --s3-secret-access-key {lv(doc, 'aws-secret-key', G.aws_secret())} --s3-access-key-id {lv(doc, 'aws-access-key-id', G.aws_key_id())}
"""


def c_wpconfig(doc):
    salts = "\n".join(f"define( '{k}', '{lv(doc, 'generic-secret', rs(G.ALNUM + '!#%&()*+,-.:;<=>?@[]^_{{|}}~', 64), 'sq')}' );"
                      for k in R.sample(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT"], 3))
    return f"""<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_{rs(G.LO, 5)}' );
define( 'DB_PASSWORD', '{lv(doc, 'password', G.password(), 'sq')}' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

{salts}
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
"""


def c_powershell(doc):
    its = cfg_items(R.randrange(6, 9), R.randrange(6, 9), 1, allow_multiline=False)
    env = emit(doc, its, "ps1", "upper")
    pw = G.password(urlsafe=True)
    return f"""# deploy.ps1
$ErrorActionPreference = 'Stop'
{chr(10).join(env)}
$secure = ConvertTo-SecureString "{lv(doc, 'password', pw)}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_deploy', $secure)
$prompted = Read-Host -AsSecureString "Password"
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock {{ Restart-Service W3SVC }}
Invoke-RestMethod -Uri https://api.brightlane.io/v1/deploy -Headers @{{ Authorization = "Bearer {lv(doc, 'bearer-token', G.bearer_opaque())}" }} -Method Post
Write-Host "deployed build {G.version()} at $(Get-Date -Format o)"
"""


def c_makefile(doc):
    pw = G.password(urlsafe=True)
    its = cfg_items(R.randrange(3, 5), R.randrange(3, 5), 1, allow_multiline=False)
    body = []
    for k, v, labs, _ in its:
        op = R.choice([":=", "?=", "=", ":="])
        body.append(f"{k} {op} {v}")
        for c, p in labs:
            doc.L(c, p)
    return f"""# Makefile
SHELL := /bin/bash
VERSION ?= {G.version()}
REGISTRY := registry.brightlane.io
DB_PASS := {lv(doc, 'password', pw)}
{chr(10).join(body)}
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
\tPGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
\tdocker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
\tdocker push $(REGISTRY)/app:$(VERSION)
"""


# ================================================================== driver
CARRIERS = [
    ("logs/java", "log", c_java_log), ("logs/python", "log", c_python_log), ("logs/go", "log", c_go_log),
    ("logs/node", "ndjson", c_node_log), ("logs/rails", "log", c_rails_log), ("access/nginx", "log", c_nginx_access),
    ("access/apache", "log", c_apache_access), ("syslog", "log", c_syslog), ("journald", "txt", c_journald),
    ("events", "ndjson", c_events_ndjson), ("api-responses", "http", c_api_response), ("oauth", "txt", c_oauth_response),
    ("gcp", "json", c_gcp_sa), ("http", "http", c_http_raw), ("curl", "txt", c_curl_verbose), ("sepa", "xml", c_sepa),
    ("soap", "xml", c_soap), ("sql-dumps", "sql", c_sql_dump), ("pg-logs", "log", c_pg_log), ("mysql-logs", "log", c_mysql_log),
    ("csv", "csv", c_csv), ("vcard", "vcf", c_vcard), ("mail", "eml", c_mail), ("chat/slack", "json", c_chat_slack),
    ("chat/whatsapp", "txt", c_chat_whatsapp), ("tickets", "txt", c_ticket), ("dotenv", "env", c_dotenv),
    ("k8s", "yaml", c_k8s), ("helm", "yaml", c_helm), ("compose", "yml", c_compose), ("ci", "yml", c_ci_yaml),
    ("properties", "properties", c_properties), ("ini", "ini", c_ini), ("toml", "toml", c_toml), ("tfvars", "tfvars", c_tfvars),
    ("aws", "credentials", c_aws_creds), ("nginx-conf", "conf", c_nginx_conf), ("keys/pem", "pem", c_pem),
    ("keys/openssh", "key", c_openssh), ("keys/openssh-pub", "pub", c_openssh_pub), ("keys/pgp", "asc", c_pgp),
    ("docker-config", "json", c_docker_config), ("shell-history", "txt", c_shell_history), ("kubectl", "txt", c_kubectl),
    ("ci-output", "log", c_ci_output), ("src/python", "py", c_src_python), ("src/js", "js", c_src_js), ("src/java", "java", c_src_java),
    ("src/go", "go", c_src_go), ("docs", "md", c_markdown), ("har", "har", c_har), ("postman", "json", c_postman),
    ("connstrings", "config", c_connstrings), ("pkg-config", "conf", c_npmrc), ("tfstate", "tfstate", c_tfstate),
    ("kafka", "txt", c_kafka), ("hexdump", "log", c_hexdump), ("sentry", "json", c_sentry), ("cloudtrail", "json", c_cloudtrail),
    ("firewall", "log", c_firewall), ("hr", "xml", c_hr_xml), ("invoices", "txt", c_invoice), ("notebooks", "ipynb", c_notebook),
    ("git-credentials", "txt", c_git_credentials), ("systemd-cron", "conf", c_systemd_cron), ("php", "php", c_wpconfig),
    ("powershell", "ps1", c_powershell), ("make", "mk", c_makefile),
]

MIN_PER_CAT = 56
ROUNDS = int(os.environ.get("ROUNDS", "6"))
TOPUP_MAX = int(os.environ.get("TOPUP_MAX", "40"))


def esc_label(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    out_dir = HERE
    for name, _, _ in CARRIERS:
        top = os.path.join(out_dir, name.split("/")[0])
        if os.path.isdir(top):
            shutil.rmtree(top)
    seq = collections.Counter()
    rounds = 0
    while True:
        for name, ext, fn in CARRIERS:
            seq[name] += 1
            d = Doc(f"{name}/{name.split('/')[-1]}-{seq[name]:02d}.{ext}")
            d.text = fn(d)
            DOCS.append(d)
        rounds += 1
        short = [c for c in CATS if COUNT[c] < MIN_PER_CAT]
        if rounds >= ROUNDS and not short:
            break
        if rounds >= ROUNDS:
            # top up only with carriers that carry the short categories
            break
    # top-up rounds using person/config carriers until every category has MIN_PER_CAT
    topup = [c for c in CARRIERS if c[0] in ("csv", "hr", "dotenv", "api-responses", "shell-history", "curl", "docs", "access/nginx", "firewall", "keys/pem", "docker-config", "chat/slack")]
    guard = 0
    while [c for c in CATS if COUNT[c] < MIN_PER_CAT] and guard < TOPUP_MAX:
        guard += 1
        for name, ext, fn in topup:
            seq[name] += 1
            d = Doc(f"{name}/{name.split('/')[-1]}-{seq[name]:02d}.{ext}")
            d.text = fn(d)
            DOCS.append(d)
    # comment lines with look-alikes in every carrier that has '#' comments (top-level key lines only)
    key_line = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*( = |=| : |: )[^=]")
    for d in DOCS:
        ext = d.path.rsplit(".", 1)[-1]
        if ext not in ("env", "yaml", "yml", "toml", "ini", "properties", "tfvars", "conf", "credentials", "py") and "shell-history" not in d.path:
            continue
        if d.path.endswith(".conf") and "nginx" not in d.path and "systemd" not in d.path:
            continue
        lines = d.text.split("\n")
        inside, blk = set(), False
        for i, l in enumerate(lines):
            if "-----BEGIN" in l:
                blk = True
            if blk:
                inside.add(i)
            if "-----END" in l:
                blk = False
                inside.add(i + 1)
        spots = [i for i, l in enumerate(lines) if i > 0 and i not in inside and (key_line.match(l) or "shell-history" in d.path)
                 and not lines[i - 1].rstrip().endswith(("\\", "|", '"""', "<<EOT")) and "-----" not in lines[i - 1]
                 and (lines[i - 1] == "" or " " in lines[i - 1] or lines[i - 1].startswith(("#", ";", "[")) or key_line.match(lines[i - 1]))]
        if not spots:
            continue
        pre = ";" if ext == "ini" and R.random() < 0.5 else "#"
        for i in sorted(R.sample(spots, min(len(spots), R.randrange(3, 7))), reverse=True):
            lead = R.choice(["e.g.", "sample values from the vendor docs:", "do not use:", "old:", "test fixtures:", "TODO remove:", "format:"])
            lines.insert(i, f"{pre} {lead} {lookalikes(d, R.randrange(2, 4), ', ')}")
        d.text = "\n".join(lines)
    rows = []
    for d in DOCS:
        p = os.path.join(out_dir, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
        seen = set()
        for cat, v in d.labels:
            if v not in d.text:
                raise SystemExit(f"label not in text: {d.path} {cat} {v!r}")
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            rows.append(f"{d.path}\t{cat}\t{esc_label(v)}")
    with open(os.path.join(out_dir, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tcategory\tvalue\n" + "\n".join(rows) + "\n")
    with open(os.path.join(out_dir, "stats.json"), "w", encoding="utf-8", newline="") as f:
        json.dump({"documents": len(DOCS), "carriers": len(CARRIERS), "labels": len(rows),
                   "per_category": {c: COUNT[c] for c in CATS}, "lookalikes": dict(sorted(FAKES.items())),
                   "noise_lookalikes": dict(sorted(NOISE.items()))}, f, indent=1, sort_keys=False)
        f.write("\n")
    print(len(DOCS), "documents,", len(rows), "labels")
    for c in CATS:
        print(f"  {c:20s} {COUNT[c]}")
    print("look-alikes:", sum(FAKES.values()), "explicit,", sum(NOISE.values()), "noise")


if __name__ == "__main__":
    main()
