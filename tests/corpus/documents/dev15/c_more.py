"""Secret-scanner reports, PaaS env listings, service bindings, app-side network logs."""
import json, base64
from common import *
from c_http import tok, PATHS, HOSTS


def trufflehog():
    d = Doc("trufflehog-findings/scan-monorepo.jsonl")
    out = []
    for i in range(12):
        k = d.akid()
        commit = sha1()
        out.append(json.dumps({"SourceMetadata": {"Data": {"Git": {"commit": commit, "file": R.choice(["deploy/env.prod", "scripts/sync.sh", "old/settings.py", "ci/upload.yml"]),
                                                                 "email": "dev%d <dev%d@example.com>" % (i, i), "repository": "https://git.example.com/acme/monorepo.git",
                                                                 "timestamp": "2026-0%d-%02d 10:%02d:12 +0000" % (R.randint(1, 9), R.randint(1, 28), R.randint(0, 59)), "line": R.randint(1, 300)}}},
                               "SourceID": 1, "SourceType": 16, "SourceName": "trufflehog - git", "DetectorType": 2, "DetectorName": "AWS", "DecoderName": "PLAIN",
                               "Verified": R.random() < 0.3, "Raw": k, "Redacted": k,
                               "ExtraData": {"account": str(R.randint(10 ** 11, 10 ** 12 - 1)), "arn": "arn:aws:iam::%d:user/ci-%d" % (R.randint(10 ** 11, 10 ** 12 - 1), i), "resource_type": "Access key"},
                               "StructuredData": None}))
    d.write("\n".join(out) + "\n")


def gitleaks():
    d = Doc("gitleaks-report/gitleaks-report.json")
    fs = []
    for i in range(14):
        kind = R.choice(["aws", "aws", "generic", "generic", "pw"])
        if kind == "aws":
            s = d.awss()
            line = 'aws_secret_access_key = "%s"' % s
            rule = "aws-secret-access-key"
        elif kind == "generic":
            s = d.sec()
            line = 'api_secret: "%s"' % s
            rule = "generic-api-key"
        else:
            s = d.pw()
            line = 'DB_PASSWORD=%s' % s
            rule = "generic-password"
        fs.append({"Description": rule.replace("-", " ").title(), "StartLine": R.randint(1, 200), "EndLine": 0, "StartColumn": 3, "EndColumn": 60, "Match": line,
                   "Secret": s, "File": R.choice(["config/prod.yml", ".env.backup", "infra/old.tfvars", "tools/export.py"]), "SymlinkFile": "", "Commit": sha1(),
                   "Entropy": round(3.5 + R.random() * 1.5, 6), "Author": "dev", "Email": "dev@example.com", "Date": iso(ms=False), "Message": "wip",
                   "Tags": [], "RuleID": rule, "Fingerprint": "%s:config/prod.yml:%s:%d" % (sha1(), rule, R.randint(1, 200))})
    d.write(json.dumps(fs, indent=1) + "\n")


def vcap():
    d = Doc("cf-vcap-services/cf-env-orders-api.txt")
    svc = {"aws-s3": [], "postgres": [], "p.redis": [], "user-provided": []}
    for i in range(3):
        svc["aws-s3"].append({"name": "bucket-%d" % i, "label": "aws-s3", "plan": "standard", "tags": ["s3"],
                              "credentials": {"access_key_id": d.akid(), "secret_access_key": d.awss(), "bucket": "cf-orders-%s" % rs(LO + DG, 8), "region": "eu-north-1"}})
    for i in range(2):
        pw = password(4)
        d.L("password", pw)
        svc["postgres"].append({"name": "orders-db-%d" % i, "label": "postgres", "plan": "small",
                                "credentials": {"hostname": "pg-%d.service.internal" % i, "port": 5432, "username": "u_" + rs(LO + DG, 10), "password": pw,
                                                "uri": "postgres://u_x:%s@pg-%d.service.internal:5432/db" % (pw, i)}})
    svc["p.redis"].append({"name": "cache", "credentials": {"host": "redis.service.internal", "password": d.pw(4), "port": 6379}})
    svc["user-provided"].append({"name": "partner-api", "credentials": {"api_key": d.sec(), "api_secret": d.sec(), "client_id": uid(), "endpoint": "https://partner.example.org"}})
    svc["user-provided"].append({"name": "sso", "credentials": {"client_id": "orders-%s" % hexs(6), "client_secret": d.sec(), "issuer": "https://sso.example.com"}})
    d.write("$ cf env orders-api\nGetting env variables for app orders-api in org acme / space prod as ops@example.com...\n\nSystem-Provided:\nVCAP_SERVICES: " + json.dumps(svc, indent=2) + "\n")


def dokku():
    d = Doc("dokku-config/config-show.txt")
    out = []
    for app in ["shop", "shop-worker"]:
        out.append("$ dokku config:show %s" % app)
        out.append("=====> %s env vars" % app)
        env = [("DATABASE_URL", "postgres://postgres:%s@dokku-postgres-%s:5432/%s" % (d.L("password|url-credentials", password(4)), app, app.replace("-", "_"))),
               ("DOKKU_APP_RESTORE", "1"), ("DOKKU_PROXY_PORT", "80"), ("GIT_REV", sha1()), ("SECRET_KEY_BASE", d.sec(hexs(128))),
               ("STRIPE_PUBLISHABLE_KEY", "pk_live_" + rs(AN, 24)), ("SHIPPING_API_KEY", d.sec()), ("SHIPPING_API_USER", "acme-%d" % R.randint(100, 999)),
               ("AWS_ACCESS_KEY_ID", d.akid()), ("AWS_SECRET_ACCESS_KEY", d.awss()), ("SMTP_PASSWORD", d.pw()), ("MAILCHIMP_LIST_ID", hexs(10)),
               ("ENCRYPTION_KEY", d.sec(base64.b64encode(R.randbytes(32)).decode())), ("REDIS_URL", "redis://:%s@dokku-redis-%s:6379" % (d.L("password|url-credentials", password(4)), app))]
        w = max(len(k) for k, _ in env) + 1
        out += ["%s %s" % ((k + ":").ljust(w), v) for k, v in env]
        out.append("")
    d.write("\n".join(out))


def az_appsettings():
    d = Doc("az-appsettings/webapp-appsettings.txt")
    st = [("APPINSIGHTS_INSTRUMENTATIONKEY", uid(), False), ("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=%s;IngestionEndpoint=https://swedencentral-0.in.applicationinsights.azure.com/" % uid(), False),
          ("WEBSITE_RUN_FROM_PACKAGE", "1", False), ("Jwt__SigningKey", "sec", True), ("ConnectionStrings__Db", "pwconn", True), ("Smtp__Password", "pw", True),
          ("Partner__ApiKey", "sec", True), ("Partner__ClientId", uid(), False), ("Partner__ClientSecret", "sec", True), ("Crypto__DataProtectionKey", "sec", True),
          ("Legacy__FtpPassword", "pw", True), ("Recaptcha__SiteKey", "6L" + rs(AN + "_-", 38), False), ("Recaptcha__SecretKey", "6L" + "sec", True),
          ("SCM_DO_BUILD_DURING_DEPLOYMENT", "false", False), ("Aws__SecretAccessKey", "aws", True), ("Aws__AccessKeyId", "akid", True)]
    arr = []
    for k, v, _ in st:
        if v == "sec":
            v = d.sec()
        elif v == "6Lsec":
            v = d.sec("6L" + rs(AN + "_-", 38))
        elif v == "pw":
            v = d.pw()
        elif v == "aws":
            v = d.awss()
        elif v == "akid":
            v = d.akid()
        elif v == "pwconn":
            v = "Server=tcp:sql-acme.database.windows.net,1433;Initial Catalog=shop;User ID=shopapp;Password=%s;Encrypt=True;" % d.pw(4)
        arr.append({"name": k, "slotSetting": False, "value": v})
    d.write("$ az webapp config appsettings list --name acme-shop-prod --resource-group rg-shop-prod\n" + json.dumps(arr, indent=2) + "\n")


def webhook_subs():
    d = Doc("webhook-subscriptions/subscriptions-export.json")
    subs = []
    for i in range(20):
        subs.append({"id": "sub_" + rs(AN, 20), "object": "webhook_subscription", "url": "https://%s.example.net/hooks/%s" % (R.choice(["erp", "crm", "wms", "bi"]), rs(LO, 6)),
                     "events": R.sample(["order.created", "order.paid", "refund.created", "customer.updated", "invoice.finalized"], 2),
                     "signing_secret": d.sec(R.choice(["whsec_", "wsec_", "shs_"]) + rs(AN, 32)), "secret_hint": "…" + rs(AN, 4),
                     "api_version": "2026-09-01", "status": R.choice(["enabled", "enabled", "disabled"]), "created": 1780000000 + R.randint(0, 9999999)})
    subs.append({"id": "sub_template", "url": "https://YOUR-HOST/hooks", "signing_secret": "whsec_...", "status": "draft"})
    d.write(json.dumps({"data": subs, "has_more": False}, indent=2) + "\n")


def casdoor():
    d = Doc("casdoor-init/init_data.json")
    apps = []
    for i in range(14):
        apps.append({"owner": "admin", "name": "app-%s" % R.choice(["wiki", "grafana", "ci", "crm", "erp", "shop", "hr", "chat", "vpn", "bi"]) + str(i), "organization": "acme",
                     "clientId": hexs(20), "clientSecret": d.sec(hexs(40)), "redirectUris": ["https://app%d.example.com/callback" % i], "tokenFormat": "JWT", "expireInHours": 168,
                     "cert": "cert-built-in"})
    d.write(json.dumps({"organizations": [{"owner": "admin", "name": "acme", "passwordType": "bcrypt", "masterPassword": d.pw()}],
                        "applications": apps,
                        "users": [{"owner": "acme", "name": "admin", "type": "normal-user", "password": d.pw(), "passwordType": "plain"}],
                        "providers": [{"owner": "admin", "name": "smtp", "category": "Email", "type": "Default", "clientId": "noreply@example.com", "clientSecret": d.pw(), "host": "smtp.example.com", "port": 465}]},
                       indent=2) + "\n")


def unleash():
    d = Doc("unleash-tokens/api-tokens-export.json")
    toks = []
    for i in range(14):
        typ = R.choice(["client", "frontend", "admin"])
        env = R.choice(["production", "development"])
        secret = "%s:%s.%s" % (R.choice(["*", "default"]), env, hexs(56))
        if typ == "frontend":
            tv = secret  # frontend tokens are meant for browsers: still a token value
        d.sec(secret)
        toks.append({"secret": secret, "tokenName": "%s-%s-%d" % (R.choice(["web", "ios", "edge", "ops"]), typ, i), "type": typ, "environment": env,
                     "projects": ["*"], "expiresAt": None, "createdAt": iso(), "seenAt": iso()})
    d.write(json.dumps({"tokens": toks}, indent=2) + "\n")


def alamofire():
    d = Doc("alamofire-logs/xcode-console.log")
    out = []
    for i in range(10):
        t = tok(d)
        p = R.choice(PATHS)
        out.append("2026-10-21 09:%02d:%02d.%06d+0200 ShopApp[%d:%d] [Network] ⬆️ [Request]: %s https://api.example.com%s" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), 4312, R.randint(100000, 999999), R.choice(["GET", "POST"]), p))
        out.append("[Headers]:\nAccept: application/json\nAuthorization: Bearer %s\nUser-Agent: ShopApp/5.12.0 (com.example.shop; build:%d; iOS 18.1.0) Alamofire/5.9.1" % (t, R.randint(1000, 9999)))
        out.append("[Response]: %d (%.3fs)\n" % (R.choice([200, 200, 401]), R.random()))
    out.append("2026-10-21 09:59:01.000000+0200 ShopApp[4312:99812] [Auth] refresh ok, token_type=Bearer expires_in=3600")
    d.write("\n".join(out) + "\n")


def flipper():
    d = Doc("flipper-network/network-export.json")
    reqs = []
    for i in range(9):
        r = R.random()
        hv = ("Bearer " + tok(d)) if r < 0.85 else "Bearer undefined"
        reqs.append({"id": str(i + 1), "timestamp": 1792570000000 + i * 1711, "method": R.choice(["GET", "POST"]), "url": "https://%s%s" % (R.choice(HOSTS), R.choice(PATHS)),
                     "headers": [{"key": "Authorization", "value": hv}, {"key": "Content-Type", "value": "application/json"}, {"key": "X-App-Version", "value": "3.8.%d" % i}],
                     "data": None, "status": 200, "responseHeaders": [{"key": "etag", "value": "W/\"%s\"" % hexs(27)}]})
    d.write(json.dumps({"requests": reqs, "plugin": "Network", "device": "Pixel 8 (emulator)", "app": "com.example.shop"}, indent=2) + "\n")


def build():
    trufflehog(); gitleaks(); vcap(); dokku(); az_appsettings(); webhook_subs(); casdoor(); unleash(); alamofire(); flipper()


def secretsmanager():
    d = Doc("secretsmanager-dumps/get-secret-value-batch.txt")
    out = []
    for i in range(20):
        kind = ["iam", "iam", "db", "api"][i % 4]
        name = {"iam": "prod/iam/%s" % R.choice(["ses-sender", "s3-uploader", "athena-reader", "route53-acme"]) + str(i), "db": "prod/rds/%s" % R.choice(["orders", "crm", "ledger"]) + str(i),
                "api": "prod/partner/%s" % R.choice(["freight", "tax", "kyc"]) + str(i)}[kind]
        if kind == "iam":
            if R.random() < 0.5:
                obj = {"AccessKeyId": d.akid(), "SecretAccessKey": d.awss()}
            else:
                obj = {"aws_secret_access_key": d.awss(), "note": "key id in prod/iam/ids"}
        elif kind == "db":
            obj = {"username": "app_%s" % rs(LO, 5), "password": d.pw(R.choice([1, 4])), "engine": "postgres", "host": "%s.cluster-%s.eu-north-1.rds.amazonaws.com" % (name.split("/")[-1], rs(LO + DG, 12)), "port": 5432}
        else:
            obj = {"api_key": d.sec(), "api_secret": d.sec(), "account_id": str(R.randint(10 ** 6, 10 ** 7))}
        out.append("$ aws secretsmanager get-secret-value --secret-id %s" % name)
        out.append(json.dumps({"ARN": "arn:aws:secretsmanager:eu-north-1:123456789012:secret:%s-%s" % (name, rs(AN, 6)), "Name": name, "VersionId": uid(),
                               "SecretString": json.dumps(obj, separators=(",", ":")), "VersionStages": ["AWSCURRENT"], "CreatedDate": "2026-0%d-1%dT08:00:00.000000+02:00" % (R.randint(1, 9), R.randint(0, 9))}, indent=4))
    d.write("\n".join(out) + "\n")


def chamber():
    for n, svc in enumerate(["billing", "notifier"]):
        d = Doc("chamber-export/%s.env" % svc)
        kv = [("aws_secret_access_key", d.awss()), ("aws_access_key_id", d.akid()), ("db_password", d.pw()), ("db_user", "%s_app" % svc), ("hmac_secret", d.sec()),
              ("public_base_url", "https://%s.example.com" % svc), ("sentry_environment", "production"), ("partner_api_key", d.sec()), ("partner_account", str(R.randint(10000, 99999))),
              ("smtp_password", d.pw()), ("legacy_aws_secret_access_key", d.awss()), ("build_digest", "sha256:" + sha256()), ("oauth_client_secret", d.sec()), ("oauth_client_id", uid()), ("brevo_api_key", d.sec(secret_vendor("brevo")))]
        d.write("# chamber export --format dotenv %s\n" % svc + "\n".join('%s="%s"' % (k.upper(), v) for k, v in sorted(kv)) + "\n")


def tenant_configs():
    d = Doc("tenant-configs/tenants.yaml")
    out = ["# generated by tenantctl 2.4 – do not edit by hand", "tenants:"]
    for i in range(20):
        out += ["  - slug: %s" % R.choice(["nordbygg", "fjallsport", "kafferosteriet", "alvdal-el", "skargardsbat", "vastkust-fisk", "granit-ab", "lapplandsresor"]) + str(i),
                "    tenant_id: %s" % uid(), "    plan: %s" % R.choice(["basic", "pro", "enterprise"]),
                "    api_key: %s" % d.sec(), "    api_key_prefix: %s" % ("tk_" + rs(AN, 6)),
                "    webhook_secret: %s" % d.sec(), "    db:", "      name: t_%03d" % i, "      user: t_%03d_app" % i, "      password: '%s'" % d.pw(R.choice([1, 4])),
                "    sso_client_id: %s" % rs(AN, 20), "    created: %s" % iso()]
    out += ["  - slug: demo", "    api_key: demo-key-not-secret", "    webhook_secret: ''", "    db: {name: t_demo, user: t_demo_app, password: '${DEMO_DB_PASSWORD}'}"]
    d.write("\n".join(out) + "\n")


def nginx_maps():
    d = Doc("nginx-apikey-maps/api_keys.map.conf")
    out = ["# included from /etc/nginx/conf.d/partner-api.conf", "# map $http_x_api_key $api_client_name { ... }", "map $http_x_api_key $api_client_name {", "    default \"\";"]
    for i in range(24):
        out.append('    "%s" "%s";' % (d.sec(), R.choice(["postnord-int", "schenker-edi", "fortnox-sync", "klarna-recon", "bi-export", "mobile-ios", "mobile-android", "partner-x"]) + "-%d" % i))
    out += ["}", "", "server {", "    listen 443 ssl;", "    server_name partner-api.example.com;", "    if ($api_client_name = \"\") { return 401; }",
            "    location / {", "        proxy_set_header X-Api-Client $api_client_name;", "        proxy_set_header X-Api-Key \"\";",
            "        proxy_set_header Authorization \"Bearer %s\";" % d.bearer(), "        proxy_pass http://partner_backend;", "    }", "}"]
    d.write("\n".join(out) + "\n")


def jwks_oct():
    d = Doc("jwks-oct-keys/hs-keys.jwks.json")
    keys = []
    for i in range(6):
        keys.append({"kty": "oct", "kid": "hs-%d-%s" % (2025 + i // 3, rs(LO + DG, 6)), "use": "sig", "alg": R.choice(["HS256", "HS512"]), "k": d.sec(b64u(R.randbytes(R.choice([32, 64]))))})
    keys.append({"kty": "RSA", "kid": "rs-2026-1", "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(R.randbytes(256))})
    d.write(json.dumps({"keys": keys}, indent=2) + "\n")


def spring_cloud_config():
    d = Doc("spring-cloud-config/orders-service-prod.json")
    src = {"spring.datasource.url": "jdbc:postgresql://pg.internal:5432/orders", "spring.datasource.username": "orders", "spring.datasource.password": d.pw(),
           "spring.rabbitmq.password": d.pw(), "spring.security.oauth2.client.registration.keycloak.client-id": "orders-service",
           "spring.security.oauth2.client.registration.keycloak.client-secret": d.sec(), "app.jwt.secret": d.sec(), "app.partner.api-key": d.sec(),
           "app.encrypted.example": "{cipher}" + hexs(96), "app.s3.access-key": d.akid(), "app.s3.secret-key": d.awss(), "management.endpoints.web.exposure.include": "health,info",
           "app.build.commit": sha1(), "app.mail.password": d.pw()}
    d.write(json.dumps({"name": "orders-service", "profiles": ["prod"], "label": "main", "version": sha1(), "state": None,
                        "propertySources": [{"name": "https://git.example.com/acme/config-repo.git/orders-service-prod.yml", "source": src}]}, indent=2) + "\n")


def hoppscotch():
    d = Doc("hoppscotch/collections-export.json")
    reqs = []
    for i in range(8):
        r = R.random()
        t = tok(d) if r < 0.8 else "<<accessToken>>"
        reqs.append({"v": "6", "name": "req %d" % i, "method": R.choice(["GET", "POST"]), "endpoint": "https://api.example.com%s" % R.choice(PATHS),
                     "headers": [{"key": "X-Trace", "value": hexs(16), "active": True}], "params": [],
                     "auth": {"authType": "bearer", "authActive": True, "token": t}, "body": {"contentType": None, "body": None}})
    d.write(json.dumps([{"v": 2, "name": "Orders API", "folders": [], "requests": reqs, "auth": {"authType": "inherit", "authActive": True}}], indent=2) + "\n")
    d = Doc("altair-graphql/altair-window-export.json")
    d.write(json.dumps({"version": 1, "type": "window", "windowName": "Shop GraphQL", "apiUrl": "https://api.example.com/graphql",
                        "query": "query { me { id orders(first: 5) { id total } } }",
                        "headers": [{"key": "Authorization", "value": "Bearer " + tok(d), "enabled": True}, {"key": "Authorization", "value": "Bearer " + tok(d), "enabled": False},
                                    {"key": "x-shop-id", "value": "SE-%d" % R.randint(100, 999), "enabled": True}],
                        "variables": "{}", "preRequestScript": "const t = await altair.helpers.getEnvironment('token');\naltair.helpers.setEnvironment('auth', 'Bearer ' + t);",
                        "subscriptionUrl": "wss://api.example.com/graphql"}, indent=2) + "\n")


_old_build = build


def build():
    _old_build(); secretsmanager(); chamber(); tenant_configs(); nginx_maps(); jwks_oct(); spring_cloud_config(); hoppscotch()


def awx_export():
    d = Doc("awx-export/awx-export-credentials.json")
    creds = []
    for i in range(9):
        creds.append({"name": "aws-%s" % R.choice(["prod", "staging", "backup", "dns", "cost"]) + str(i), "description": "", "organization": {"name": "Acme", "type": "organization"},
                      "credential_type": {"name": "Amazon Web Services", "kind": "cloud", "type": "credential_type"},
                      "inputs": {"username": d.akid(), "password": d.awss(), "security_token": ""}, "related": {}, "natural_key": {"name": "aws-%d" % i, "type": "credential"}})
    for i in range(5):
        creds.append({"name": "ssh-%s" % R.choice(["linux", "db", "web", "legacy"]) + str(i), "organization": {"name": "Acme"}, "credential_type": {"name": "Machine", "kind": "ssh"},
                      "inputs": {"username": R.choice(["ansible", "deploy", "root"]), "password": d.pw(), "become_method": "sudo", "become_password": d.pw() if i % 2 == 0 else "ASK"}})
    creds.append({"name": "vault-lookup", "credential_type": {"name": "HashiCorp Vault Secret Lookup", "kind": "external"},
                  "inputs": {"url": "https://vault.internal:8200", "token": d.sec(secret_vendor() if False else "hvs." + rs(AN, 24)), "api_version": "v2"}})
    creds.append({"name": "scm-github", "credential_type": {"name": "Source Control", "kind": "scm"}, "inputs": {"username": "acme-bot", "password": "$encrypted$"}})
    d.write(json.dumps({"credentials": creds, "credential_types": [], "projects": []}, indent=2) + "\n")


_old_build2 = build


def build():
    _old_build2(); awx_export()
