"""More carriers: proxy logs, webhook deliveries, netrc, git credentials, key spellings."""
import datetime
import json

from doc import Doc
from gen_values import basic, uenc, jesc, ALADDIN
from common import host, user, db, app, ts, priv_ip

SECRET_KEYS = ["secret_key", "clientSecret", "x-api-key", "apiToken", "auth-token", "api_secret",
               "app_secret", "private_token", "webhook_secret", "signing_key", "encryption_key",
               "API_KEY", "apikey", "access_token", "auth_token", "client_secret", "token",
               "consumerSecret", "hmacKey", "SECRET", "masterKey", "sharedSecret"]


def haproxy_log(v, i):
    d = Doc("logs/haproxy-%02d.log" % i)
    out = []
    for _ in range(v.randint(10, 14)):
        k = v.randint(0, 4)
        if k <= 2:
            a = "Basic " + d.L("basic-auth", basic(user(v), v.password()))
        elif k == 3:
            a = "Bearer " + d.L("bearer-token", v.bearer())
        else:
            a = v.choice(["", "Basic " + ALADDIN, "Basic <credentials>"])
        when = datetime.datetime.strptime(ts(v), "%Y-%m-%dT%H:%M:%S")
        out.append('%s haproxy[%d]: %s:%d [%s] fe_https~ be_api/api%d 0/0/1/%d/%d %d %d - - ---- 12/12/3/1/0 0/0 {api.example.com|%s} "%s %s HTTP/1.1"'
                   % (when.strftime("%b %d %H:%M:%S"), v.randint(1000, 9000), priv_ip(v), v.randint(30000, 65000),
                      when.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % v.randint(0, 999), v.randint(1, 4),
                      v.randint(1, 300), v.randint(1, 400), v.choice([200, 200, 401, 404]), v.randint(100, 9000),
                      a, v.choice(["GET", "POST"]), v.choice(["/v1/orders", "/v2/items?page=2", "/admin/stats"])))
    return d.set("\n".join(out) + "\n")


def webhook_deliveries(v, i):
    d = Doc("json/webhook-deliveries-%02d.json" % i)
    items = []
    for n in range(4):
        if n % 2 == 0:
            auth = "Basic " + d.L("basic-auth", basic("hook", v.safe_password()))
        else:
            auth = "Bearer " + d.L("bearer-token", v.bearer())
        items.append({"id": v.uuid(), "delivered_at": ts(v) + "Z", "status_code": v.choice([200, 500, 410]),
                      "duration_ms": v.randint(40, 9000), "url": "https://hooks.example.org/%s" % app(v),
                      "request": {"headers": {"Authorization": auth, "Content-Type": "application/json",
                                              "X-Hub-Signature-256": "sha256=" + v.sha256(),
                                              "X-Delivery": v.uuid()},
                                  "payload": {"event": "order.paid", "order_id": v.randint(10000, 99999)}}})
    items.append({"id": v.uuid(), "delivered_at": ts(v) + "Z", "status_code": 401,
                  "request": {"headers": {"Authorization": "Basic ********"}}})
    return d.set(json.dumps({"hook_id": v.randint(100, 999), "deliveries": items}, indent=2) + "\n")


def netrc(v, i):
    d = Doc("dotfiles/netrc-%02d" % i)
    return d.set(f"""machine api.example.com
  login {user(v)}
  password {d.L('password', v.safe_password())}

machine nexus.example.com login deploy password {d.L('password', v.alnum(24))}

machine ftp.example.org
login anonymous
password guest@
default login anonymous password user@example.com
""")


def git_credentials(v, i):
    d = Doc("dotfiles/git-credentials-%02d" % i)
    lines = []
    for h in ["git.example.com", "gitlab.example.net", "bitbucket.example.org"][: v.randint(2, 3)]:
        lines.append("https://%s:%s@%s" % (user(v), d.L("url-credentials", uenc(v.password(v.choice(["alnum", "tricky", "human"])))), h))
    lines.append("https://oauth2:%s@git.example.org" % d.L("url-credentials", v.alnum(40)))
    return d.set("\n".join(lines) + "\n")


def key_spellings(v, i):
    fmt = ["toml", "ini", "yaml", "json", "php", "rb"][i % 6]
    d = Doc("config/integrations-%02d.%s" % (i, fmt))
    keys = v.r.sample(SECRET_KEYS, 7)
    pairs = [(k, d.L("generic-secret", v.generic())) for k in keys]
    ph_key = v.choice(["secret", "api_key", "token"])
    ph = v.choice(["your-api-key-here", "REDACTED", "<token>", "xxx", "${API_SECRET}", "changeme"])
    pw_key = v.choice(["passwd", "pwd", "pass", "db_pass", "smtp_password", "admin-password"])
    pw = d.L("password", v.safe_password())
    if fmt == "toml":
        body = "[integrations]\n" + "".join('"%s" = "%s"\n' % (k, s) for k, s in pairs)
        body += '\n[placeholders]\n%s = "%s"\n\n[db]\n%s = "%s"\nhost = "%s"\n' % (ph_key, ph, pw_key, pw, host(v))
    elif fmt == "ini":
        body = "[integrations]\n" + "".join("%s = %s\n" % (k, s) for k, s in pairs)
        body += "; %s = %s\n\n[db]\n%s: %s\n" % (ph_key, ph, pw_key, pw)
    elif fmt == "yaml":
        body = "integrations:\n" + "".join("  %s: %s\n" % (k, s if v.randint(0, 1) else '"%s"' % s) for k, s in pairs)
        body += "  %s: '%s'\ndb:\n  %s: %s\n" % (ph_key, ph, pw_key, pw)
    elif fmt == "json":
        body = json.dumps({"integrations": dict(pairs), "example": {ph_key: ph}, "db": {pw_key: pw}}, indent=2) + "\n"
    elif fmt == "php":
        body = "<?php\nreturn [\n" + "".join("    '%s' => '%s',\n" % (k, s) for k, s in pairs)
        body += "    '%s' => getenv('API_SECRET'),\n    '%s' => '%s',\n];\n" % (ph_key, pw_key, pw)
    else:
        body = "CONFIG = {\n" + "".join("  %s: '%s',\n" % (k.replace("-", "_"), s) for k, s in pairs)
        body += "  %s: ENV.fetch('API_SECRET'),\n  %s: '%s',\n}.freeze\n" % (ph_key, pw_key, pw)
    return d.set(body)


def webhook_slack_cfg(v, i):
    d = Doc("config/alerting-%02d.yaml" % i)
    tok = v.slack(v.choice(["xoxb", "xoxp"]))
    apptok = v.slack("xapp")
    return d.set(f"""# alertmanager-bot
slack:
  bot_token: {d.L('slack-token', tok)}
  app_token: "{d.L('slack-token', apptok)}"
  signing_secret: {d.L('generic-secret', v.hexs(32))}
  channel: "#alerts"
pagerduty:
  routing_key: {d.L('generic-secret', v.hexs(32))}
smtp:
  smarthost: smtp.example.com:587
  auth_username: alertmanager
  auth_password: '{d.L('password', v.human_password())}'
  auth_identity: ""
basic_auth:
  username: prometheus
  password: {d.L('password', v.alnum(24))}
  password_file: /etc/secrets/prom-password
http_config:
  authorization:
    type: Bearer
    credentials: {d.L('bearer-token|generic-secret', v.bearer())}
""")


def docker_json_log(v, i):
    d = Doc("logs/docker-json-%02d.log" % i)
    out = []
    for n in range(v.randint(6, 9)):
        k = n % 4
        if k == 0:
            inner = {"level": "debug", "msg": "outgoing request", "url": "https://partner.example.net/v2/sync",
                     "headers": {"Authorization": "Bearer " + d.L("bearer-token", v.bearer()), "Accept": "application/json"}}
        elif k == 1:
            pw = v.password(v.choice(["tricky", "strong", "human"]))
            inner = {"level": "warn", "msg": "config loaded", "db": {"user": user(v), "password": pw, "host": host(v)}}
            d.L("password", json.dumps(json.dumps(pw))[3:-3])
        elif k == 2:
            inner = {"level": "info", "msg": "login ok", "user_id": v.randint(1000, 99999), "session": v.uuid(),
                     "password": "[FILTERED]", "trace_id": v.sha256()[:32]}
        else:
            inner = {"level": "debug", "msg": "callback", "headers": {"authorization": "Basic " + d.L("basic-auth", basic(user(v), v.password())),
                                                                   "x-forwarded-for": priv_ip(v)}}
        line = json.dumps(inner)
        out.append(json.dumps({"log": line + "\n", "stream": "stdout", "time": ts(v) + ".%09dZ" % v.randint(0, 999999999)}))
    return d.set("\n".join(out) + "\n")


def build(v):
    out = []
    for i in range(1, 4):
        out += [haproxy_log(v, i), webhook_deliveries(v, i)]
    for i in range(1, 3):
        out += [netrc(v, i), git_credentials(v, i), webhook_slack_cfg(v, i)]
    for i in range(1, 7):
        out.append(key_spellings(v, i))
    for i in range(1, 4):
        out.append(docker_json_log(v, i))
    return out
