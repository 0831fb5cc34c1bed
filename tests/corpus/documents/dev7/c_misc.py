"""Logs, syslog, events, SQL logs and dumps, chat, tickets, e-mail, wiki and
OCR'd documents, password-manager and browser exports: secrets, passwords and
bearer tokens that leaked into places where people and tools write text."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *
from c_http import any_bearer


def python_worker_log(d, i):
    r = d.rng
    ak = d.sec("alnum32")
    sec = d.sec("hex64")
    pw = new_password(r, "alnum")
    pwl = d.L("password|url-credentials", pw)
    t1 = any_bearer(d)
    return f"""2024-06-12 03:00:01,002 INFO  [celery.worker] Connected to redis://redis.internal:6379/0
2024-06-12 03:00:01,118 DEBUG [sync.settings] loaded settings: {{'PARTNER_API_KEY': '{ak}', 'WEBHOOK_SECRET': '{sec}', 'DB_URL': '<redacted>', 'BATCH': 500, 'AWS_ACCESS_KEY_ID': '{d.L("aws-access-key-id", new_aws_id(r))}', 'AWS_SECRET_ACCESS_KEY': '{d.L("aws-secret-key", new_aws_secret(r))}'}}
2024-06-12 03:00:02,440 INFO  [sync.tasks] task sync_contacts[{uuid4(r)}] received
2024-06-12 03:00:02,881 DEBUG [urllib3.connectionpool] Starting new HTTPS connection (1): api.partner.example:443
2024-06-12 03:00:02,882 DEBUG [sync.client] request headers: {{'User-Agent': 'python-requests/2.32.3', 'Authorization': 'Bearer {t1}', 'X-Request-Id': '{uuid4(r)}'}}
2024-06-12 03:00:03,990 ERROR [sync.tasks] task sync_contacts[{uuid4(r)}] raised unexpected: OperationalError
Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/app/sync/tasks.py", line 88, in sync_contacts
    engine = create_engine(settings.DB_URL, pool_pre_ping=True)
  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 640, in create_engine
    u = _url.make_url(url)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-sync.internal" (10.3.1.20), port 5432 failed: FATAL:  password authentication failed for user "sync"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
[SQL: connect] [parameters: postgresql://sync:{pwl}@pg-sync.internal:5432/sync]
2024-06-12 03:00:04,002 INFO  [celery.worker] Task retry in 60s; etag={md5(r)} commit={sha1(r)[:12]}
"""


def pino_log(d, i):
    r = d.rng
    out = []
    for k in range(20):
        t = 1718160000000 + k * r.randint(500, 90000)
        if k % 3 == 2:
            auth = "[Redacted]"
        else:
            auth = "Bearer " + any_bearer(d)
        ev = {"level": 30 if k % 4 else 40, "time": t, "pid": 1, "hostname": f"api-{rs(r, LOWER_DIG, 10)}-{rs(r, LOWER_DIG, 5)}",
              "reqId": f"req-{r.randint(1, 9999)}", "req": {"method": r.choice(["GET", "POST", "DELETE"]), "url": f"/v1/{r.choice(['projects', 'members', 'invoices'])}/{uuid4(r)}",
                                                          "headers": {"host": "api.corp.example", "authorization": auth, "x-request-id": uuid4(r), "if-none-match": f'W/"{md5(r)[:16]}"'},
                                                          "remoteAddress": ip_doc(r)},
              "res": {"statusCode": r.choice([200, 200, 204, 401, 403])}, "responseTime": round(r.uniform(2, 300), 3), "msg": "request completed"}
        out.append(json.dumps(ev, separators=(",", ":")))
    js = d.sec("b64url_32")
    out.append(json.dumps({"level": 50, "time": 1718170000000, "pid": 1, "msg": "config validation failed", "err": {"type": "ZodError", "message": "REDIS_URL: Required"},
                           "config": {"jwtSecret": js, "redisUrl": None, "port": 8080, "gitSha": sha1(r),
                                      "s3": {"accessKeyId": d.L("aws-access-key-id", new_aws_id(r)), "secretAccessKey": d.L("aws-secret-key", new_aws_secret(r)), "bucket": "uploads"}}}, separators=(",", ":")))
    return "\n".join(out) + "\n"


def okhttp_log(d, i):
    r = d.rng
    out = []
    for k in range(12):
        t = any_bearer(d)
        tm = f"06-12 10:{10 + k}:{r.randint(10, 59)}.{r.randint(100, 999)}"
        out.append(f"""{tm}  8812  9011 I okhttp.OkHttpClient: --> GET https://api.corp.example/mobile/v4/feed?page={k + 1}
{tm}  8812  9011 I okhttp.OkHttpClient: Authorization: Bearer {t}
{tm}  8812  9011 I okhttp.OkHttpClient: X-Device-Id: {uuid4(r)}
{tm}  8812  9011 I okhttp.OkHttpClient: --> END GET
{tm}  8812  9011 I okhttp.OkHttpClient: <-- 200 https://api.corp.example/mobile/v4/feed?page={k + 1} ({r.randint(40, 900)}ms)
{tm}  8812  9011 I okhttp.OkHttpClient: etag: "{md5(r)}"
{tm}  8812  9011 I okhttp.OkHttpClient: <-- END HTTP ({r.randint(500, 9000)}-byte body)""")
    out.append(f"06-12 10:20:00.000  8812  9011 I okhttp.OkHttpClient: Authorization: ██")
    return "\n".join(out) + "\n"


def spring_debug(d, i):
    r = d.rng
    out = []
    for k in range(7):
        t = any_bearer(d)
        out.append(f"2024-06-12T08:4{k}:{r.randint(10, 59)}.{r.randint(100, 999)}Z DEBUG 1 --- [task-{k + 1}] o.s.web.client.RestTemplate : HTTP GET https://inventory.internal/api/stock/{r.randint(10000, 99999)}")
        out.append(f"2024-06-12T08:4{k}:{r.randint(10, 59)}.{r.randint(100, 999)}Z DEBUG 1 --- [task-{k + 1}] o.s.web.client.RestTemplate : Accept=[application/json, application/*+json], headers=[Authorization:\"Bearer {t}\", X-B3-TraceId:\"{trace_id(r)}\"]")
        out.append(f"2024-06-12T08:4{k}:{r.randint(10, 59)}.{r.randint(100, 999)}Z DEBUG 1 --- [task-{k + 1}] o.s.web.client.RestTemplate : Response 200 OK")
    pw = d.pw()
    out.append(f"2024-06-12T08:50:00.000Z  INFO 1 --- [main] c.c.inventory.Boot : datasource url=jdbc:postgresql://pg.internal:5432/inv user=inv password={pw}")
    out.append(f"2024-06-12T08:50:00.100Z  INFO 1 --- [main] o.s.b.a.e.web.EndpointLinksResolver : /actuator/env shows spring.datasource.password=******")
    return "\n".join(out) + "\n"


def axios_error(d, i):
    r = d.rng
    t = any_bearer(d)
    return json.dumps({"message": "Request failed with status code 502", "name": "AxiosError", "code": "ERR_BAD_RESPONSE",
                       "config": {"transitional": {"silentJSONParsing": True}, "timeout": 10000, "method": "post", "url": "https://billing.internal/v2/invoices",
                                  "headers": {"Accept": "application/json, text/plain, */*", "Content-Type": "application/json", "Authorization": f"Bearer {t}",
                                              "User-Agent": "axios/1.7.2", "X-Idempotency-Key": uuid4(r)},
                                  "data": json.dumps({"customer": "cus_" + rs(r, ALNUM, 14), "amount": r.randint(100, 99999)})},
                       "status": 502, "stack": "AxiosError: Request failed with status code 502\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11)"}, indent=2) + "\n"


def httpclient_debug(d, i):
    r = d.rng
    out = []
    for k in range(5):
        t = any_bearer(d)
        out.append(f"send: b'GET /v1/accounts/{uuid4(r)} HTTP/1.1\\r\\nHost: ledger.internal\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {t}\\r\\n\\r\\n'")
        out.append(f"reply: 'HTTP/1.1 200 OK\\r\\n'\nheader: Content-Type: application/json\nheader: ETag: \"{sha1(r)}\"\nheader: X-Request-Id: {uuid4(r)}")
    return "\n".join(out) + "\n"


def auth_log(d, i):
    r = d.rng
    out = []
    h = "bastion-01"
    for k in range(21):
        ts = f"Jun 12 {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}"
        kind = k % 7
        if kind == 0:
            out.append(f"{ts} {h} sshd[{r.randint(1000, 99999)}]: Accepted publickey for ops from {ip_doc(r)} port {r.randint(30000, 65000)} ssh2: ED25519 {fingerprint(r)}")
        elif kind == 1:
            out.append(f"{ts} {h} sudo:      ops : TTY=pts/{r.randint(0, 5)} ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p{d.pw('alnum')} -e FLUSH PRIVILEGES")
        elif kind == 2:
            out.append(f"{ts} {h} sshd[{r.randint(1000, 99999)}]: Failed password for invalid user admin from {ip_doc(r)} port {r.randint(30000, 65000)} ssh2")
        elif kind == 3:
            out.append(f"{ts} {h} CRON[{r.randint(1000, 99999)}]: (backup) CMD (PGPASSWORD={d.pw()} pg_dumpall -h pg.internal -U postgres | gzip > /backup/pg-$(date +\\%F).gz)")
        elif kind == 4:
            out.append(f"{ts} {h} sudo: pam_unix(sudo:session): session opened for user root(uid=0) by ops(uid=1001)")
        elif kind == 5:
            out.append(f"{ts} {h} sudo:   deploy : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd metrics {d.pw()}")
        else:
            out.append(f"{ts} {h} systemd-logind[812]: New session {r.randint(100, 9999)} of user ops.")
    return "\n".join(out) + "\n"


def syslog_services(d, i):
    r = d.rng
    tok = d.sec("hex40")
    sec = d.sec("b64_32")
    pw = d.pw()
    return f"""2024-06-12T06:00:01.112233+00:00 app-03 systemd[1]: Starting report-exporter.service - Nightly report exporter...
2024-06-12T06:00:01.220011+00:00 app-03 report-exporter[41822]: starting with EXPORT_TOKEN={tok} DEST=s3://reports/ BATCH=1000
2024-06-12T06:00:01.220871+00:00 app-03 report-exporter[41822]: smtp relay login user=reports password={pw}
2024-06-12T06:00:02.004521+00:00 app-03 kernel: [812345.123456] audit: type=1400 audit({r.randint(1700000000, 1720000000)}.{r.randint(100, 999)}:{r.randint(100, 999)}): apparmor="ALLOWED" operation="open" profile="exporter"
2024-06-12T06:00:02.991002+00:00 app-03 report-exporter[41822]: signing payload with key id kid-{short_sha(r)} secret={sec}
2024-06-12T06:03:44.000120+00:00 app-03 report-exporter[41822]: uploaded 3 files, sha256 {sha256(r)}
2024-06-12T06:03:44.010231+00:00 app-03 systemd[1]: report-exporter.service: Deactivated successfully.
2024-06-12T06:03:44.010501+00:00 app-03 systemd[1]: Finished report-exporter.service - Nightly report exporter.
"""


def audit_events(d, i):
    r = d.rng
    out = []
    for k in range(20):
        ev = {"event_id": uuid4(r), "ts": f"2024-06-12T0{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z",
              "actor": {"type": "service", "id": f"svc-{r.choice(WORDS)}"}, "trace_id": trace_id(r), "span_id": span_id(r)}
        if k % 3 == 0:
            ev.update({"action": "oauth.token", "outcome": "success", "request": {"grant_type": "client_credentials", "client_id": uuid4(r), "client_secret": d.sec(r.choice(["alnum40", "b64url_32", "hex32"]))}})
        elif k % 3 == 1:
            ev.update({"action": "apikey.used", "outcome": "success", "api_key_prefix": rs(r, ALNUM, 8), "api_key_sha256": sha256(r), "ip": ip_doc(r)})
        else:
            ev.update({"action": "integration.updated", "outcome": "success", "changes": {"webhook_url": "https://hooks.partner.example/in", "signing_secret": d.sec(r.choice(["hex64", "alnum32"]))}})
        out.append(json.dumps(ev, separators=(",", ":")))
    return "\n".join(out) + "\n"


def webhook_deliveries(d, i):
    r = d.rng
    s1 = d.sec("alnum40")
    dels = []
    for k in range(3):
        body = json.dumps({"action": "completed", "check_run": {"id": r.randint(10**10, 10**11), "head_sha": sha1(r), "status": "completed"}})
        dels.append({"id": r.randint(10**10, 10**11), "guid": uuid4(r), "delivered_at": f"2024-06-12T0{k}:11:0{k}Z", "event": "check_run",
                     "request": {"headers": {"X-GitHub-Delivery": uuid4(r), "X-Hub-Signature": "sha1=" + sha1(r), "X-Hub-Signature-256": "sha256=" + sha256(r),
                                             "User-Agent": "GitHub-Hookshot/" + rs(r, HEX, 7)}, "payload": json.loads(body)},
                     "response": {"status_code": 200, "payload": "ok"}})
    return json.dumps({"hook": {"id": r.randint(10**8, 10**9), "config": {"url": "https://ci.corp.example/github-webhook/", "content_type": "json", "insecure_ssl": "0", "secret": s1}},
                       "deliveries": dels}, indent=2) + "\n"


def mysql_general(d, i):
    r = d.rng
    rows = []
    tid = r.randint(100, 999)
    stmts = [f"CREATE USER 'reporting'@'10.%' IDENTIFIED BY '{d.pw()}'",
             "GRANT SELECT ON analytics.* TO 'reporting'@'10.%'",
             f"ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY '{d.pw('random')}'",
             f"SET PASSWORD FOR 'legacy'@'localhost' = '{d.pw()}'",
             f"UPDATE integrations SET api_secret = '{d.sec('hex40')}', updated_at = NOW() WHERE id = {r.randint(1, 99)}",
             f"INSERT INTO api_keys (owner_id, key_prefix, key_sha256) VALUES ({r.randint(1, 9999)}, '{rs(r, ALNUM, 8)}', '{sha256(r)}')",
             f"SELECT id, email FROM users WHERE password_reset_token_hash = '{sha256(r)}'",
             f"CREATE USER 'etl'@'%' IDENTIFIED BY '{d.pw('alnum')}' PASSWORD EXPIRE INTERVAL 90 DAY",
             f"INSERT INTO oauth_clients (client_id, client_secret, redirect_uri) VALUES ('{uuid4(r)}', '{d.sec('alnum40')}', 'https://app.corp.example/cb')",
             f"ALTER USER 'monitor'@'localhost' IDENTIFIED BY '{d.pw('alnum')}'",
             f"GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.%' IDENTIFIED BY '{d.pw()}'"]
    for k, s in enumerate(stmts):
        rows.append(f"2024-06-12T09:{10 + k}:{r.randint(10, 59)}.{r.randint(100000, 999999)}Z\t   {tid} Query\t{s}")
    return "/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:\nTcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock\nTime                 Id Command    Argument\n" + \
        f"2024-06-12T09:09:58.000001Z\t   {tid} Connect\tadmin@10.0.3.7 on  using SSL/TLS\n" + "\n".join(rows) + f"\n2024-06-12T09:30:00.000001Z\t   {tid} Quit\t\n"


def pg_log(d, i):
    r = d.rng
    out = []
    for k, s in enumerate([f"ALTER ROLE analytics WITH LOGIN PASSWORD '{d.pw()}';",
                           "CREATE ROLE readonly NOLOGIN;",
                           f"CREATE ROLE grafana LOGIN PASSWORD 'md5{md5(r)}';",
                           f"ALTER USER app PASSWORD '{d.pw('random')}' VALID UNTIL '2025-01-01';",
                           f"CREATE USER MAPPING FOR etl SERVER legacy_mysql OPTIONS (user 'etl', password '{d.pw()}');",
                           f"UPDATE settings SET value = '{d.sec('b64_32')}' WHERE key = 'session_secret';",
                           f"ALTER ROLE replicator WITH REPLICATION LOGIN PASSWORD '{d.pw('alnum')}';"]):
        out.append(f"2024-06-12 09:{10 + k}:{r.randint(10, 59)}.{r.randint(100, 999)} UTC [{r.randint(1000, 99999)}] postgres@app LOG:  statement: {s}")
    out.append(f"2024-06-12 09:20:11.001 UTC [{r.randint(1000, 99999)}] app@app FATAL:  password authentication failed for user \"app\"")
    out.append(f"2024-06-12 09:20:11.001 UTC [{r.randint(1000, 99999)}] app@app DETAIL:  Connection matched pg_hba.conf line 98: \"host all all 10.0.0.0/8 scram-sha-256\"")
    return "\n".join(out) + "\n"


def app_dump(d, i):
    r = d.rng
    clients = []
    for k in range(10):
        clients.append(f"({k + 1},'{uuid4(r)}','{d.sec(r.choice(['alnum40', 'b64url_32', 'hex64']))}','{r.choice(['mobile', 'partner-portal', 'reporting', 'zapier', 'cli'])}','https://{r.choice(WORDS)}.corp.example/oauth/cb',1)")
    users = []
    for k in range(5):
        users.append(f"({k + 1},'{mailbox(person_en(r), r)}','$2b$12${rs(r, ALNUM + './', 53)}',NULL,'2024-0{r.randint(1, 6)}-1{r.randint(0, 9)} 10:00:00')")
    toks = []
    for k in range(8):
        legacy = d.sec("hex40") if k % 2 == 0 else None
        toks.append(f"({k + 1},{r.randint(1, 5)},'{sha256(r)}',{repr(legacy) if legacy else 'NULL'},'{rs(r, ALNUM, 8)}')")
    return f"""-- pg_dump of app (partial)
COPY public.oauth_clients (id, client_id, client_secret, name, redirect_uri, active) FROM stdin;
-- (converted to INSERT for review)
INSERT INTO public.oauth_clients VALUES {','.join(clients)};
INSERT INTO public.users (id, email, password_hash, password_reset_token, created_at) VALUES {','.join(users)};
-- legacy_plain_token is being dropped in migration 0142
INSERT INTO public.api_tokens (id, user_id, token_sha256, legacy_plain_token, prefix) VALUES {','.join(toks)};
"""


def slack_devops(d, i):
    r = d.rng
    kid, ks = d.aws()
    msgs = [
        f"staging db is back, same creds as before: user `app` pw `{d.pw()}`",
        "thx!",
        f"new webhook secret for the payments sandbox: {d.sec('alnum32')}",
        f"can't log into grafana, password reset link expired",
        f"try `admin` / `{d.pw('human')}` — it's the break-glass one, rotate after",
        f"for the load test use this token: Bearer {any_bearer(d)}",
        f"here are the keys the contractor used: {kid} {ks}",
        "REMINDER: never paste secrets here, use 1Password share links",
        f"mqtt broker password is {d.pw('alnum')} (device fleet, not prod)",
        f"api secret for the analytics vendor = {d.sec('hex32')}",
        f"the sentry auth token for CI is {d.sec('hex64')} fyi",
        f"redis on the batch host: redis-cli -a {d.pw('alnum')}",
        f"and the old datadog-less metrics endpoint wants header X-Api-Key: {d.sec('alnum32')}",
        f"second key pair (eu bucket) secret is {d.aws(label_id=False)[1]}",
        f"commit {sha1(r)} fixes the flaky test; image sha256:{sha256(r)}",
    ]
    out = []
    for k, m in enumerate(msgs):
        out.append({"type": "message", "user": "U" + rs(r, UPPER_DIG, 10), "text": m,
                    "ts": f"{1718170000 + k * r.randint(30, 600)}.{r.randint(100000, 999999)}",
                    "client_msg_id": uuid4(r), "team": "T" + rs(r, UPPER_DIG, 10)})
    return json.dumps(out, indent=4, ensure_ascii=False) + "\n"


def teams_transcript(d, i):
    r = d.rng
    a, b = person_en(r), person_intl(r)
    return f"""[12/06/2024 09:14] {a}: morning! can you share the VPN password for the test lab?
[12/06/2024 09:15] {b}: it's {d.pw('human')} (changes on the 1st)
[12/06/2024 09:15] {a}: and the lab switch?
[12/06/2024 09:16] {b}: admin / {d.pw('leet')}
[12/06/2024 09:18] {a}: thx. the wiki still says password: <ask Tomasz> lol
[12/06/2024 09:20] {b}: yeah and the old one (********) is disabled
[12/06/2024 09:41] {a}: btw my temp password for the HR portal is {d.pw('mixed')} – is that supposed to expire?
[12/06/2024 09:43] {b}: yes, 24h. also FYI the printer admin pin is 4471, not a secret
[12/06/2024 10:02] {a}: sftp for the partner: user upload, password {d.pw('random')}
[12/06/2024 10:03] {b}: 👍 and the signing secret for their callback is {d.sec('b64url_32')}
[12/06/2024 10:05] {a}: and the API key for their sandbox? we need it for the demo
[12/06/2024 10:06] {b}: {d.sec('alnum32')} — sandbox only
[12/06/2024 10:09] {a}: last one, the jump host root password?
[12/06/2024 10:10] {b}: {d.pw('random')} but please use your own key
"""


def jira_csv(d, i):
    r = d.rng
    kid, ks = d.aws()
    rows = ["Issue key,Summary,Status,Reporter,Created,Description"]
    descs = [
        f"Cannot connect to reporting DB. Using user rpt and password {d.pw()} from the onboarding doc.",
        f"Rotate leaked key. Exposed in build log: AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={ks}",
        f"Partner API returns 401. Token we send: Authorization: Bearer {any_bearer(d)}",
        f"Add config for vendor X. api_key={d.sec('alnum32')} api_secret={d.sec('hex64')}",
        f"Set default admin password to {d.pw('random')} in the seed script (temporary)",
        "Password policy: min length 14, see PASSWORD_MIN_LENGTH; no secrets here",
        f"SMTP relay auth failing with password {d.pw('human')}; ticket for mail team",
        f"Webhook secret mismatch, ours is {d.sec('alnum40')} – theirs differs",
        f"Service token for the status page: {d.sec('hex40')}; please move to vault",
        f"Backup job uses SFTP password {d.pw('alnum')} for user backup-02",
        f"Old integration still sends Authorization: Bearer {any_bearer(d)} (expired?)",
        f"Mobile team key {d.L('aws-access-key-id', new_aws_id(r))} with secret in the app bundle, see screenshot",
    ]
    for k, ds in enumerate(descs):
        title = ["Reporting DB connection fails", "Rotate leaked AWS key", "Partner API 401", "Vendor X config", "Seed script admin password",
                 "Password policy", "SMTP relay auth", "Webhook secret mismatch", "Status page token", "Backup SFTP", "Old integration token",
                 "Mobile AWS key in bundle"][k]
        rows.append(f"OPS-{r.randint(1000, 9999)},\"{title}\",{r.choice(['Open', 'Done', 'In Progress'])},{person_en(r)},12/Jun/24 {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])},\"{ds}\"")
    return "\n".join(rows) + "\n"


def servicenow(d, i):
    r = d.rng
    return f"""Number: INC00{r.randint(10**5, 10**6)}          State: Resolved           Priority: 3 - Moderate
Caller: {person_en(r)}       Assignment group: Service Desk L2
Short description: Shared mailbox sync failing after password change

Work notes:
2024-06-12 08:40:12 - {person_en(r)}
User changed password to {d.pw('mixed')} yesterday, Outlook keeps prompting. Cleared credential manager.
2024-06-12 09:02:45 - {person_en(r)}
Service account svc-mailsync still had the old password configured. Updated it to {d.pw('random')} in the connector.
Connector API key regenerated: {d.sec('alnum32')} (old key revoked).
Connector client secret (Azure app reg) updated as well: {d.sec('b64url_32')}
2024-06-12 09:30:00 - {person_en(r)}
Mail archive export to S3 still uses IAM user mail-archive (key {d.L("aws-access-key-id", new_aws_id(r))}, secret {d.L("aws-secret-key", new_aws_secret(r))}) - raised CHG to move it to a role.
Confirmed working. Reminder sent: never send passwords by ticket. KB0011{r.randint(100, 999)} updated.
Correlation ID: {uuid4(r)}
"""


def handover_email(d, i):
    r = d.rng
    p1, p2, p3 = new_password(r), new_password(r, "random"), new_password(r, "phrase")
    s1 = new_secret(r, "hex40")
    d.L("password", p1); d.L("password", p2); d.L("password", p3); d.L("generic-secret", s1)
    xp1 = d.L("password", xesc(p1)) if xesc(p1) != p1 else p1
    xp2 = d.L("password", xesc(p2)) if xesc(p2) != p2 else p2
    xp3 = d.L("password", xesc(p3)) if xesc(p3) != p3 else p3
    bnd = "=_" + md5(r)
    nm = person_en(r)
    return f"""From: {nm} <{mailbox(nm, r)}>
To: {mailbox(person_en(r), r)}
Subject: Handover - hosting accounts
Date: Fri, 07 Jun 2024 17:48:03 +0100
Message-ID: <{uuid4(r)}@corp.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset="utf-8"

Hi,

before I leave, here is what you need:

- Hosting control panel: user corp-admin, password {p1}
- DNS registrar: password {p2} (2FA on my phone, I'll move it on Monday)
- Backup encryption passphrase: {p3}
- Monitoring API token: {s1}

Everything else is in the vault.

--{bnd}
Content-Type: text/html; charset="utf-8"

<html><body><p>Hi,</p><p>before I leave, here is what you need:</p><ul>
<li>Hosting control panel: user <b>corp-admin</b>, password <code>{xp1}</code></li>
<li>DNS registrar: password <code>{xp2}</code> (2FA on my phone)</li>
<li>Backup encryption passphrase: <code>{xp3}</code></li>
<li>Monitoring API token: <code>{s1}</code></li>
</ul><p>Everything else is in the vault.</p></body></html>

--{bnd}--
"""


def vendor_email(d, i):
    r = d.rng
    nm = person_intl(r)
    ak = d.sec("alnum32")
    asec = d.sec("b64_32")
    ws = d.sec("hex64")
    return f"""From: {nm} <onboarding@partner.example>
To: integrations@corp.example
Subject: Your production API credentials
Date: Thu, 06 Jun 2024 12:00:41 +0000
Message-ID: <{uuid4(r)}@partner.example>
Content-Type: text/plain; charset=utf-8

Welcome aboard! Your production credentials are below. Store them securely.

  Merchant ID:     M{r.randint(10**6, 10**7)}
  API key:         {ak}
  API secret:      {asec}
  Webhook signing secret: {ws}
  Public key (for the JS widget, safe to embed): pub_{rs(r, ALNUM, 32)}
  Reporting API token: {d.sec('hex40')}
  SFTP (settlement files): user corp-{r.randint(100, 999)}, password {d.pw('random')}

Sandbox credentials (for testing only) will follow separately.
Docs: https://docs.partner.example/api  (API version 2024-05-01)

{nm}
Partner Onboarding
"""


def runbook(d, i):
    r = d.rng
    return f"""# Runbook: database failover (prod-eu)

Owner: team-data · Last updated 2024-05-28 · Page id {uuid4(r)}

## Credentials

| System | User | Password |
|---|---|---|
| Patroni REST API | `patroni` | `{d.pw('alnum')}` |
| PgBouncer admin | `pgbouncer` | `{d.pw()}` |
| Replication | `replicator` | `{d.pw('random')}` |
| App (read-only) | `app_ro` | see Vault `secret/db/app_ro` |

> Do not paste these into tickets. The app user password is `<in vault>`.

## Steps

1. Check leader: `curl -s -u patroni:$PATRONI_PW http://pg-1:8008/cluster | jq`
2. Switch over: `patronictl -c /etc/patroni.yml switchover --leader pg-1 --candidate pg-2 --force`
3. Pause: `psql "host=pg-2 user=pgbouncer password={d.pw()} dbname=pgbouncer port=6432" -c 'PAUSE app;'`
4. Verify LSN: replication slots should show `{r.randint(1, 9)}/{rs(r, '0123456789ABCDEF', 8)}`.
5. Notify #data-oncall with the incident id (e.g. `INC-{r.randint(10000, 99999)}`).

Monitoring token for the status page API: `{d.sec('hex40')}`
Patroni REST API `restapi.authentication` in `/etc/patroni.yml` also carries the PgBouncer `auth_query` secret `{d.sec('alnum32')}`.
"""


def confluence_html(d, i):
    r = d.rng
    rows = []
    for k in range(9):
        pw = new_password(r, r.choice(["human", "random", "alnum", "leet"]))
        rows.append(f"<tr><td>{r.choice(['Jenkins', 'Nexus', 'SonarQube', 'Grafana', 'Kibana', 'Harbor', 'ArgoCD'])}</td><td>{r.choice(['admin', 'svc-ci', 'ops'])}</td><td><code>{d.L('password', xesc(pw))}</code></td><td>{r.choice(['prod', 'stage'])}</td></tr>")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Team Tools - Service Accounts</title>
<meta name="ajs-page-id" content="{r.randint(10**8, 10**9)}"><meta name="ajs-atl-token" content="{rs(r, HEX, 40)}">
</head><body>
<h1>Team Tools – Service Accounts</h1>
<p><em>Exported from Confluence on 2024-06-12. Version {r.randint(20, 90)}.</em></p>
<table class="confluenceTable">
<tr><th>Tool</th><th>User</th><th>Password</th><th>Env</th></tr>
{chr(10).join(rows)}
<tr><td>Vault</td><td>-</td><td><code>&lt;use OIDC&gt;</code></td><td>all</td></tr>
</table>
<p>Token for the wiki bot: <code>{d.sec('alnum40')}</code></p>
<p>SonarQube analysis token (CI): <code>{d.sec('hex40')}</code></p>
</body></html>
"""


def handover_ocr(d, i):
    r = d.rng
    return f"""SITE HANDOVER — Branch office {r.choice(['Leeds', 'Lyon', 'Graz', 'Aarhus'])}          page 1/3   [pdftotext -layout]
Prepared by: {person_en(r)}     Date: 12.06.2024     Doc ref: HO-{r.randint(1000, 9999)}

Network
  Router admin (192.168.1.1) ........ admin / {d.pw('random')}
  Wi-Fi "CORP-STAFF" WPA2 key ....... {d.pw('phrase')}
  Wi-Fi "CORP-GUEST" ................ {d.pw('human')}
  Switch (10.10.0.2) ................ manager / {d.pw('alnum')}
Building
  Alarm code ........................ 4417 (change after handover)
  Door entry ........................ 2580#
Printers
  Kyocera admin .................... Admin / {d.pw('simple')}
NAS
  Synology DSM ...................... admin / {d.pw('leet')}
  Hyper Backup encryption key ....... {d.sec('b64_32')}
  UPS network card ................. apc / {d.pw('human')}
Asset tags: LT-{r.randint(10000, 99999)}, LT-{r.randint(10000, 99999)}; serial {rs(r, UPPER_DIG, 12)}
"""


def chrome_passwords(d, i):
    r = d.rng
    rows = ["name,url,username,password,note"]
    sites = ["appleid.apple.com", "www.dropbox.com", "app.slack.com", "zoom.us", "accounts.google.com", "github.com", "login.microsoftonline.com", "app.hubspot.com", "id.atlassian.com", "portal.azure.com",
             "signin.aws.amazon.com", "www.linkedin.com", "gitlab.corp.example", "vpn.corp.example", "jira.corp.example", "bank.example",
             "intranet.corp.example", "pypi.org"]
    for s in sites:
        pw = d.pw(r.choice(["human", "leet", "random", "phrase", "mixed", "simple"]))
        if "," in pw or '"' in pw:
            pw = '"' + pw.replace('"', '""') + '"'
        rows.append(f"{s},https://{s}/,{mailbox(person_en(r), r)},{pw},")
    rows.append("router.lan,http://192.168.0.1/,admin,,saved without password")
    return "\n".join(rows) + "\n"


def keepass_csv(d, i):
    r = d.rng
    rows = ['"Group","Title","Username","Password","URL","Notes"']
    for k in range(14):
        title = r.choice(["Postgres prod", "Jenkins", "VPN", "Firewall", "Office 365 admin", "Registrar", "SFTP partner", "Backup NAS", "iDRAC", "Grafana"])
        pw = d.pw(r.choice(["random", "random", "alnum", "phrase"]))
        rows.append(f'"Root/{r.choice(["Infra", "Apps", "Vendors"])}","{title}","{r.choice(["admin", "root", "ops", "svc-backup"])}","{pw}","https://{r.choice(WORDS)}.corp.example","created {2020 + k % 5}-0{1 + k % 9}-1{k % 9}"')
    rows.append(f'"Root/API","Payments API","merchant","","https://api.partner.example","API key: {d.sec("alnum32")}"')
    rows.append(f'"Root/Cloud","AWS billing-export user","billing-export","","https://console.aws.amazon.com","Access key ID: {d.L("aws-access-key-id", new_aws_id(r))} Secret access key: {d.L("aws-secret-key", new_aws_secret(r))}"')
    rows.append(f'"Root/API","Mail relay","apikey","{d.sec("b64url_32", cat="password")}","smtp.partner.example:587",""')
    return "\n".join(rows) + "\n"


def api_keys_sheet(d, i):
    r = d.rng
    rows = ["Service\tEnvironment\tKey ID\tSecret\tOwner\tCreated\tRotate by"]
    for k in range(16):
        rows.append(f"{r.choice(['Mapbox', 'Algolia', 'Segment', 'Mixpanel', 'Braze', 'Pusher', 'Cloudinary', 'Intercom', 'Auth0'])}\t{r.choice(['prod', 'staging'])}\t{rs(r, ALNUM, 12)}\t{d.sec(r.choice(['alnum32', 'hex40', 'b64url_32', 'alnum40', 'hex64']))}\t{person_en(r)}\t2024-0{r.randint(1, 5)}-{r.randint(10, 28)}\t2024-{r.randint(7, 12):02d}-01")
    rows.append(f"AWS SES (SMTP user)\tprod\t{d.L('aws-access-key-id', new_aws_id(r))}\t{d.L('aws-secret-key', new_aws_secret(r))}\t{person_en(r)}\t2024-02-14\t2024-08-14")
    rows.append(f"AWS S3 (partner drop)\tprod\t{d.L('aws-access-key-id', new_aws_id(r))}\t{d.L('aws-secret-key', new_aws_secret(r))}\t{person_en(r)}\t2024-03-01\t2024-09-01")
    return "Sheet1 (exported from integrations-secrets.xlsx)\n" + "\n".join(rows) + "\n"


def vault_read_json(d, i):
    r = d.rng
    return json.dumps({"request_id": uuid4(r), "lease_id": f"database/creds/readonly/{rs(r, ALNUM, 24)}", "lease_duration": 3600, "renewable": True,
                       "data": {"username": f"v-token-readonly-{rs(r, ALNUM, 20)}-{r.randint(10**9, 10**10)}", "password": d.pw("alnum")},
                       "warnings": None}, indent=2) + "\n$ vault kv get -format=json secret/integrations/crm\n" + json.dumps(
        {"request_id": uuid4(r), "lease_id": "", "lease_duration": 0, "renewable": False,
         "data": {"data": {"client_id": uuid4(r), "client_secret": d.sec("alnum40"), "refresh_token": d.sec("b64url_48"), "instance_url": "https://corp.my.salesforce.example"},
                  "metadata": {"created_time": "2024-05-30T07:12:10.12Z", "version": r.randint(2, 9)}}}, indent=2) + "\n"


def oauth_clients_json(d, i):
    r = d.rng
    cl = []
    for k in range(10):
        masked = k % 3 == 2
        cl.append({"client_id": uuid4(r), "name": r.choice(["mobile-ios", "mobile-android", "partner-portal", "reporting", "zapier", "cli"]),
                   "client_secret": "••••••••" + rs(r, ALNUM, 4) if masked else d.sec(r.choice(["alnum40", "b64url_48", "hex64"])),
                   "grant_types": ["client_credentials"] if k % 2 else ["authorization_code", "refresh_token"],
                   "created_at": f"2024-0{r.randint(1, 5)}-{r.randint(10, 28)}T10:00:00Z", "jwks_uri": None})
    return json.dumps({"clients": cl, "next_page_token": cursor(r), "total": 6}, indent=2, ensure_ascii=False) + "\n"


def rails_log(d, i):
    r = d.rng
    return f"""Started POST "/users/sign_in" for 203.0.113.{r.randint(2, 250)} at 2024-06-12 10:11:12 +0000
Processing by Users::SessionsController#create as HTML
  Parameters: {{"authenticity_token"=>"[FILTERED]", "user"=>{{"email"=>"{mailbox(person_en(r), r)}", "password"=>"[FILTERED]", "remember_me"=>"0"}}, "commit"=>"Log in"}}
Completed 302 Found in 212ms (ActiveRecord: 8.1ms | Allocations: 12003)
Started POST "/legacy/api/v1/sessions" for 203.0.113.{r.randint(2, 250)} at 2024-06-12 10:12:40 +0000
Processing by Legacy::Api::V1::SessionsController#create as JSON
  Parameters: {{"login"=>"ops", "passwd"=>"{d.pw()}", "api_key"=>"{d.sec('hex32')}", "session"=>{{"login"=>"ops"}}}}
Completed 200 OK in 45ms (Views: 0.3ms | ActiveRecord: 3.9ms | Allocations: 4011)
Started PATCH "/admin/settings" for 10.0.4.12 at 2024-06-12 10:14:02 +0000
Processing by Admin::SettingsController#update as HTML
  Parameters: {{"setting"=>{{"smtp_password"=>"{d.pw('random')}", "smtp_user"=>"mailer"}}, "id"=>"{r.randint(1, 9)}"}}
Completed 302 Found in 31ms (ActiveRecord: 5.2ms | Allocations: 2211)
"""


def php_error(d, i):
    r = d.rng
    p1, p2 = d.pw(), d.pw("alnum")
    return f"""[12-Jun-2024 09:41:22 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.2.15' (using password: YES) in /var/www/shop/lib/db.php:12
Stack trace:
#0 /var/www/shop/lib/db.php(12): PDO->__construct('mysql:host=db.in...', 'shop', '{p1}', Array)
#1 /var/www/shop/index.php(8): Db::connect()
#2 {{main}}
  thrown in /var/www/shop/lib/db.php on line 12
[12-Jun-2024 09:45:03 UTC] PHP Warning:  ldap_bind(): Unable to bind to server: Invalid credentials in /var/www/intranet/auth.php on line 44
[12-Jun-2024 09:45:03 UTC] PHP Stack trace:
[12-Jun-2024 09:45:03 UTC] PHP   1. {{main}}() /var/www/intranet/login.php:0
[12-Jun-2024 09:45:03 UTC] PHP   2. ldap_bind($ldap = resource(4) of type (ldap link), $dn = 'cn=intranet,ou=svc,dc=corp,dc=example', $password = '{p2}') /var/www/intranet/auth.php:44
[12-Jun-2024 09:46:00 UTC] PHP Notice:  Undefined index: password in /var/www/intranet/login.php on line 19
"""


def go_panic(d, i):
    r = d.rng
    pw = d.pw()
    ak = d.sec("alnum32")
    return f"""panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{rs(r, HEX, 7)}]

goroutine 1 [running]:
main.(*Exporter).Run(0xc000{rs(r, HEX, 6)}, {{0xc0000{rs(r, HEX, 5)}, 0x1a}})
	/src/cmd/exporter/main.go:142 +0x2f4
main.main()
	/src/cmd/exporter/main.go:61 +0x1c5
2024/06/12 04:00:00 config: &{{DBHost:pg.internal DBUser:exporter DBPassword:{pw} APIKey:{ak} Bucket:exports-{rs(r, LOWER_DIG, 5)} AWSAccessKeyID:{d.L("aws-access-key-id", new_aws_id(r))} AWSSecretAccessKey:{d.L("aws-secret-key", new_aws_secret(r))} Workers:8 Build:{sha1(r)[:12]}}}
"""


def clean_security_advisory(d, i):
    r = d.rng
    return f"""# Security advisory CORP-2024-007

Published 2024-06-10 · CVSS 7.5 · affects `gateway` < 3.14.2

## Summary
A path traversal in the static file handler allowed reading files outside the web root.

## Fixed in
- 3.14.2 (commit `{sha1(r)}`)
- 3.13.9 (commit `{sha1(r)}`)

## Verify your download

```
sha256  {sha256(r)}  gateway-3.14.2-linux-amd64.tar.gz
sha256  {sha256(r)}  gateway-3.14.2-darwin-arm64.tar.gz
md5     {md5(r)}  gateway-3.14.2.zip
```

Signed with key `{colon_fp(r, 20)}` (fingerprint).
Container image: `ghcr.io/corp/gateway@sha256:{sha256(r)}`

## Indicators
Request ids seen in exploitation attempts: `{uuid4(r)}`, `{uuid4(r)}`.
No credentials were exposed. If you rotated tokens anyway, new tokens look like `gw_live_…` and old ones were revoked.
"""


def clean_cloudtrail(d, i):
    r = d.rng
    recs = []
    for k in range(4):
        recs.append({"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA" + rs(r, BASE32, 17) + ":ops",
                                                             "arn": f"arn:aws:sts::{lk_digits(r, 12)}:assumed-role/ops/ops", "accountId": lk_digits(r, 12),
                                                             "accessKeyId": "ASIA" + "X" * 12 + rs(r, BASE32, 4) if False else "ASIA****************",
                                                             "sessionContext": {"attributes": {"creationDate": "2024-06-12T08:00:00Z", "mfaAuthenticated": "true"}}},
                     "eventTime": f"2024-06-12T08:{10 + k}:00Z", "eventSource": "s3.amazonaws.com", "eventName": r.choice(["GetObject", "PutObject", "ListBucket"]),
                     "awsRegion": "eu-west-1", "sourceIPAddress": ip_doc(r), "userAgent": "aws-cli/2.15.30",
                     "requestParameters": {"bucketName": f"reports-{rs(r, LOWER_DIG, 6)}", "key": f"2024/06/{uuid4(r)}.csv"},
                     "responseElements": None, "requestID": rs(r, UPPER_DIG, 16), "eventID": uuid4(r), "readOnly": True,
                     "resources": [{"type": "AWS::S3::Object", "ARN": f"arn:aws:s3:::reports/2024/06/{md5(r)}.csv"}]})
    return json.dumps({"Records": recs}, indent=2) + "\n"


def clean_celery_log(d, i):
    r = d.rng
    out = []
    for k in range(12):
        out.append(f"[2024-06-12 0{k % 10}:{r.randint(10, 59)}:{r.randint(10, 59)},{r.randint(100, 999)}: INFO/ForkPoolWorker-{r.randint(1, 8)}] Task reports.build[{uuid4(r)}] succeeded in {r.uniform(0.1, 40):.3f}s: {{'rows': {r.randint(100, 99999)}, 'etag': '{md5(r)}', 'key': 'reports/2024/06/{short_sha(r)}.parquet'}}")
    out.append(f"[2024-06-12 09:00:00,000: WARNING/MainProcess] Substantial drift from celery@worker-{r.randint(1, 9)} may mean clocks are out of sync. Current drift is 31 seconds. [orig: 2024-06-12 08:59:29 recv: 2024-06-12 09:00:00]")
    return "\n".join(out) + "\n"


def clean_release_notes(d, i):
    r = d.rng
    items = []
    for k in range(8):
        items.append(f"- {r.choice(['Fix', 'Add', 'Improve', 'Remove'])} {r.choice(['token refresh retry', 'password strength meter', 'secret rotation reminder', 'API key scopes UI', 'session timeout banner', 'idempotency keys for refunds', 'cursor pagination'])} (#{r.randint(2000, 4999)}, {sha1(r)[:7]})")
    return f"""# Release 4.{r.randint(10, 30)}.0 — 2024-06-12

Tag `v4.{r.randint(10, 30)}.0` → commit `{sha1(r)}`; previous release 4.{r.randint(1, 9)}.3 (`{sha1(r)[:12]}`).

## Changes
{chr(10).join(items)}

## Upgrade notes
- The `SESSION_SECRET` environment variable is now **required**; generate one with `openssl rand -hex 32`.
- `api_key` query parameters are deprecated in favour of the `Authorization: Bearer <token>` header.
- Database migration `2024061201_add_token_hash` runs online (~{r.randint(2, 9)} min on 40 M rows).

## Checksums
```
{sha256(r)}  app-4.x-linux-amd64.tar.gz
{sha256(r)}  app-4.x-linux-arm64.tar.gz
```
Container: `ghcr.io/corp/app@sha256:{sha256(r)}`
"""


def clean_feature_flags(d, i):
    r = d.rng
    flags = []
    for name in ["checkout.v2", "auth.passwordless", "auth.password_rotation_prompt", "search.semantic", "billing.tax_engine", "api.token_scopes", "ui.dark_mode"]:
        flags.append(f"""  - key: {name}
    id: {uuid4(r)}
    enabled: {r.choice(['true', 'false'])}
    rollout: {r.choice([0, 5, 10, 25, 50, 100])}
    salt: {rs(r, HEX, 8)}
    variants: [control, treatment]
    updated: 2024-06-{r.randint(1, 12):02d}T{r.randint(10, 23)}:{r.randint(10, 59)}:00Z""")
    return f"""# flags.yaml — synced from the flag service (revision {r.randint(100, 999)}, etag "{md5(r)}")
environment: production
sdk_key_ref: vault://secret/flags/sdk-key   # the key itself is not in this file
flags:
{chr(10).join(flags)}
"""


def clean_cache_log(d, i):
    r = d.rng
    out = []
    for k in range(16):
        key = r.choice([f"session:{uuid4(r)}", f"user:{r.randint(10**5, 10**7)}:profile:v3", f"rate:{ip_private(r)}:{r.randint(1718000000, 1718200000)}",
                        f"thumb:{sha1(r)}:320x240", f"s3://media-cache/{uuid4(r)}/{md5(r)}.webp", f"i18n:{r.choice(['en', 'de', 'sv', 'hi'])}:{short_sha(r)}"])
        out.append(f"2024-06-12T10:{10 + k // 2}:{r.randint(10, 59)}.{r.randint(100, 999)}Z cache {r.choice(['HIT', 'MISS', 'SET', 'EVICT'])} key={key} ttl={r.choice([60, 300, 3600])} size={r.randint(80, 90000)} req={uuid4(r)} dur_us={r.randint(20, 9000)}")
    out.append(f"2024-06-12T10:30:00.000Z cache stats hits=18231 misses=2212 evictions=87 mem=1.21GiB version=7.2.5 build={sha1(r)[:12]}")
    return "\n".join(out) + "\n"


def clean_s3_listing(d, i):
    r = d.rng
    owner = sha256(r)
    contents = []
    for k in range(8):
        contents.append({"Key": f"exports/2024/06/{r.randint(1, 12):02d}/{uuid4(r)}.csv.gz", "LastModified": f"2024-06-{r.randint(1, 12):02d}T0{r.randint(1, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}+00:00",
                         "ETag": f'"{md5(r)}"' if k % 3 else f'"{md5(r)}-{r.randint(2, 40)}"', "Size": r.randint(1000, 10**9), "StorageClass": r.choice(["STANDARD", "STANDARD_IA"]),
                         "Owner": {"ID": owner}})
    return "$ aws s3api list-objects-v2 --bucket exports-" + rs(r, LOWER_DIG, 6) + " --prefix exports/2024/06/ --max-items 8\n" + \
        json.dumps({"Contents": contents, "RequestCharged": None, "NextToken": b64(json.dumps({"ContinuationToken": rs(r, B64, 40), "boto_truncate_amount": 8}).encode())}, indent=4) + "\n"


def clean_describe_pod(d, i):
    r = d.rng
    return f"""$ kubectl -n payments describe pod api-{rs(r, LOWER_DIG, 10)}-{rs(r, LOWER_DIG, 5)}
Name:             api-{rs(r, LOWER_DIG, 10)}-{rs(r, LOWER_DIG, 5)}
Namespace:        payments
Priority:         0
Service Account:  api
Node:             ip-10-40-{r.randint(0, 255)}-{r.randint(1, 254)}.eu-west-1.compute.internal/10.40.{r.randint(0, 255)}.{r.randint(1, 254)}
Start Time:       Wed, 12 Jun 2024 07:41:03 +0000
Labels:           app=api
                  pod-template-hash={rs(r, LOWER_DIG, 10)}
Annotations:      checksum/config: {sha256(r)}
                  checksum/secret: {sha256(r)}
Status:           Running
IP:               10.40.{r.randint(0, 255)}.{r.randint(1, 254)}
Containers:
  api:
    Container ID:   containerd://{sha256(r)}
    Image:          registry.corp.example/payments/api:2.14.0
    Image ID:       registry.corp.example/payments/api@sha256:{sha256(r)}
    Port:           8080/TCP
    State:          Running
    Environment Variables from:
      api-env     Secret     Optional: false
    Environment:
      DB_PASSWORD:      <set to the key 'password' in secret 'api-db'>  Optional: false
      JWT_SECRET:       <set to the key 'jwt-secret' in secret 'api-env'>  Optional: false
      OTEL_TRACES_SAMPLER_ARG:  0.1
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rs(r, LOWER_DIG, 5)} (ro)
      /etc/tls from tls (ro)
Volumes:
  tls:
    Type:        Secret (a volume populated by a Secret)
    SecretName:  api-tls
Events:
  Type    Reason   Age   From     Message
  ----    ------   ----  ----     -------
  Normal  Pulled   12m   kubelet  Successfully pulled image "registry.corp.example/payments/api:2.14.0" in 2.101s (2.101s including waiting). Image size: {r.randint(10**7, 10**9)} bytes.
"""


def clean_inventory(d, i):
    r = d.rng
    rows = ["SKU,EAN,Description,Lot,Best before,Qty,Bin,Supplier postcode,Unit cost"]
    for k in range(15):
        while True:
            p = "40" + digits(r, 10)
            ean = p + str((10 - sum(int(c) * (3 if n % 2 else 1) for n, c in enumerate(p)) % 10) % 10)
            if not card_ok(ean):
                break
        rows.append(f"{rs(r, string.ascii_uppercase, 3)}-{r.randint(1000, 9999)},{ean},{r.choice(['Oat drink 1L', 'Coffee beans 500g', 'Rye crispbread', 'Lingonberry jam', 'Pasta 1kg'])},L{r.randint(10**5, 10**6)},{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d},{r.randint(0, 900)},{rs(r, 'ABCDEF', 1)}{r.randint(1, 40):02d}-{r.randint(1, 9)},{r.randint(10000, 99999)},{r.randint(1, 90)}.{r.randint(0, 99):02d}")
    return "\n".join(rows) + "\n"


def clean_incident_chat(d, i):
    r = d.rng
    return f"""#inc-2024-06-12-api-latency (exported)
[08:02] pagerbot: Triggered P{r.randint(100000, 999999)} "p99 latency > 2s" on api-gateway (service id P{rs(r, UPPER_DIG, 6)})
[08:04] {person_en(r)}: looking. deploy {sha1(r)[:8]} went out at 07:55
[08:06] {person_en(r)}: traces show redis timeouts, trace id {trace_id(r)}
[08:09] {person_en(r)}: rolling back to {sha1(r)[:8]}; image digest sha256:{sha256(r)}
[08:15] {person_en(r)}: p99 back to 310ms. root cause: connection pool 10 → 2 in values.yaml (PR #{r.randint(1000, 9999)})
[08:17] {person_en(r)}: no secrets were rotated or exposed, nothing to do on that side
[08:20] pagerbot: Resolved P{r.randint(100000, 999999)} after 18m
"""


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("app-logs/sync-worker.log", python_worker_log)
_add("app-logs/api-pino.ndjson", pino_log)
_add("app-logs/android-okhttp.logcat", okhttp_log)
_add("app-logs/inventory-resttemplate.log", spring_debug)
_add("app-logs/billing-axios-error.json", axios_error)
_add("app-logs/ledger-httpclient-debug.txt", httpclient_debug)
_add("syslog/auth.log", auth_log)
_add("syslog/app-03-journal.log", syslog_services)
_add("events/audit-events.ndjson", audit_events)
_add("api/github-hook-deliveries.json", webhook_deliveries)
_add("sql/mysql-general.log", mysql_general)
_add("sql/postgresql-statements.log", pg_log)
_add("sql/app-partial-dump.sql", app_dump)
_add("chat/slack-devops-export.json", slack_devops)
_add("chat/teams-lab-access.txt", teams_transcript)
_add("tickets/jira-ops-export.csv", jira_csv)
_add("tickets/servicenow-mailsync.txt", servicenow)
_add("email/handover-hosting.eml", handover_email)
_add("email/partner-api-credentials.eml", vendor_email)
_add("docs/runbook-db-failover.md", runbook)
_add("docs/service-accounts.html", confluence_html)
_add("ocr/site-handover.txt", handover_ocr)
_add("csv/chrome-passwords.csv", chrome_passwords)
_add("csv/keepass-export.csv", keepass_csv)
_add("csv/integrations-secrets.tsv", api_keys_sheet)
_add("api/vault-read.json.txt", vault_read_json)
_add("api/oauth-clients.json", oauth_clients_json)
_add("app-logs/rails-production.log", rails_log)
_add("app-logs/php-error.log", php_error)
_add("app-logs/exporter-panic.log", go_panic)
_add("docs/security-advisory-2024-007.md", clean_security_advisory)
_add("events/cloudtrail-s3.json", clean_cloudtrail)
_add("app-logs/celery-reports.log", clean_celery_log)
_add("docs/release-notes-4.x.md", clean_release_notes)
_add("config/feature-flags.yaml", clean_feature_flags)
_add("app-logs/cache-service.log", clean_cache_log)
_add("api/s3-list-objects.json.txt", clean_s3_listing)
_add("k8s/describe-pod-api.txt", clean_describe_pod)
_add("csv/warehouse-inventory.csv", clean_inventory)
_add("chat/incident-channel-export.txt", clean_incident_chat)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
