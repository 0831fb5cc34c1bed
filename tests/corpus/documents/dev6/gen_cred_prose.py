"""Passwords and secrets in prose (tickets, chat, e-mail, wiki) and in logs that leak them."""
from gen_common import *

NOQ = '"\'\\'
TXT_AV = ' "\'\\`*_,.'
WIKI_AV = '`|\\ '
SQ1 = "'"   # values said in prose: no spaces, no trailing punctuation confusion

def proseword(d):
    return d.pw(avoid=TXT_AV, syms='!#%^-+=@$&?')

@tpl(2)
def jira_ticket(i):
    key = pick(['OPS', 'INFRA', 'SUP', 'DBA', 'SEC', 'HELP']) + '-' + str(R.randint(1000, 9999))
    d = Doc(f'tickets/jira/{key}.txt')
    f1, l1 = person(); f2, l2 = person()
    created = ts()
    sys_ = pick(['the reporting MySQL replica', 'the SFTP drop for the bank', 'the Grafana admin account', 'the legacy CRM database', 'the staging Kafka cluster'])
    comments = [
        f'''{f2} {l2} - {logts(stepts(created, 3600))}
Reset done. New credentials for {sys_}:
  user: {pick(['svc_report', 'bank_sftp', 'admin', 'crm_ro', 'kafka-admin'])}
  password: {proseword(d)}
Please store it in the vault and delete this comment afterwards.''',
        f'''{f1} {l1} - {logts(stepts(created, 7200))}
Thanks! Tried it, works. FYI the old one ({lk('placeholder', '********')}) is still accepted on the DR box, can you rotate that too?''',
        f'''{f2} {l2} - {logts(stepts(created, 9000))}
DR rotated as well, pw is now {proseword(d)} (same user). Closing.''',
    ]
    if chance(0.6):
        comments.insert(1, f'''{f1} {l1} - {logts(stepts(created, 5400))}
For the API integration I also need the client secret. Is it still {d.sec('b62')} or was that rotated in the last incident?''')
    variant = i % 3
    if variant == 0:
        title = f'Access to {sys_} broken after rotation'
        desc = f"""Since this morning's rotation our nightly job fails with "FATAL: password authentication failed for user". The runbook still lists {lk('placeholder', '<see vault>')}. Can someone post the new value?
Host: {dbhost('pg')}   Job: {pick(['nightly-export', 'bank-recon', 'kpi-refresh'])} (build {build_id()})"""
    elif variant == 1:
        title = f'Onboarding: new contractor needs {sys_}'
        desc = f"""New contractor starts Monday (PO {order_no()}). Needs read access to {sys_} and the shared test account.
Current test account per the handover doc: tester / {proseword(d)}
Manager approval attached (approval id {a_uuid()})."""
    else:
        title = f'Security finding: credentials in repository ({sys_})'
        desc = f"""Secret scanning flagged commit {git_sha()} in repo platform/{pick(['infra', 'etl', 'portal'])}.
File: config/{pick(['prod', 'shared'])}.yaml, line {R.randint(10, 300)}:
    password: {proseword(d)}
    api_secret: {d.sec()}
The placeholder in the template ({lk('placeholder', '${DB_PASSWORD}')}) was overwritten by a local edit. Please rotate both and confirm here."""
    body = f"""[{key}] {title}
Type: {pick(['Service Request', 'Incident', 'Task'])}    Priority: {pick(['High', 'Medium', 'Critical'])}    Status: {pick(['Resolved', 'In Progress', 'Waiting for customer'])}
Reporter: {f1} {l1}    Assignee: {f2} {l2}
Created: {logts(created)}
Labels: credentials, {pick(['rotation', 'access', 'onboarding', 'secret-scanning'])}

Description:
{desc}

Comments:
""" + '\n\n'.join(comments) + '\n'
    return d, body

@tpl(2)
def slack_export(i):
    d = Doc(f'chat/slack/{pick(["ops", "dev-backend", "data-eng", "it-helpdesk"])}-{i}.json')
    t0 = ts()
    users = [('U0' + rs(8, UP + DG), ' '.join(person())) for _ in range(3)]
    msgs = []
    def m(u, text):
        nonlocal t0
        t0 = stepts(t0, R.randint(20, 600))
        msgs.append('  {\n    "type": "message",\n    "user": "%s",\n    "user_name": "%s",\n    "text": "%s",\n    "ts": "%d.%06d"\n  }' % (u[0], u[1], text, int(t0.timestamp()), R.randint(0, 999999)))
    pwv = password(avoid=TXT_AV + '<>&')
    m(users[0], f"anyone have the creds for the staging {pick(['RabbitMQ', 'Postgres', 'Jenkins', 'Redis'])}? the wiki says {lk('placeholder', '<ask ops>')}")
    m(users[1], f"user `admin`, password `{d.L('password', J(pwv))}` — please don't paste it anywhere else :sweat_smile:")
    m(users[0], 'thx!')
    m(users[2], f"also the new webhook signing secret for the payments callback is {d.sec(pick(['whsec', 'hex40']))} (prod) and `{lk('placeholder', 'whsec_test_xxxxxxxx')}` in sandbox")
    m(users[1], f"and DB_PASSWORD={d.L('password', J(password_with(chr(92), avoid=TXT_AV + '<>&')))} for the reporting replica, until we move it to vault")
    if chance(0.7):
        m(users[2], f"fyi connection string for the BI tool: Server=bi-sql01;Database=BI;User Id=bi_user;Password={d.pw(avoid=TXT_AV + ';=<>&')};")
    m(users[0], f"got it. reverted my commit {short_sha()} that had {lk('placeholder', '${DB_PASSWORD}')} hardcoded in the wrong place")
    m(users[1], f"my personal api key for the pricing service is {d.sec('b62')} if you need to test quickly")
    return d, '[\n' + ',\n'.join(msgs) + '\n]\n'

@tpl(1)
def teams_chat(i):
    d = Doc(f'chat/teams/conversation-{i}.txt')
    a, b = ' '.join(person()), ' '.join(person())
    t = ts()
    lines = [f'[{logts(t, "%d/%m/%Y %H:%M")}] {a}: Hi! Locked out of the {pick(["VPN", "finance share", "HR portal", "SAP GUI"])} again :(',
             f'[{logts(stepts(t, 60), "%d/%m/%Y %H:%M")}] {b}: Reset it for you. Temporary password is {proseword(d)} - you will be asked to change it at first login.',
             f'[{logts(stepts(t, 120), "%d/%m/%Y %H:%M")}] {a}: Thanks, in. I set it to {proseword(d)} now, hope that is ok',
             f'[{logts(stepts(t, 180), "%d/%m/%Y %H:%M")}] {b}: Please never send me your new password 🙈. Also the shared mailbox password changed to {proseword(d)}',
             f'[{logts(stepts(t, 240), "%d/%m/%Y %H:%M")}] {a}: noted. my phone is {d.phone(pick(["SE", "DE", "GB", "NL"]))} if MFA breaks again',
             f'[{logts(stepts(t, 300), "%d/%m/%Y %H:%M")}] {b}: 👍 Ticket INC{R.randint(1000000, 9999999)} closed.']
    return d, '\n'.join(lines) + '\n'

def _eml_headers(d, frm, to, subj, t):
    return f'''Return-Path: <{frm}>
Received: from mail-{rs(6, LO)}.{pick(COMPANY_DOMAINS)} ([{doc_ip()}])
        by mx.google.com with ESMTPS id {rs(14, LO + DG)}
        for <{to}>; {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={frm.split('@')[1]}; s=selector1;
 h=from:to:subject:date:message-id; bh={b64(32)};
 b={b64(128)[:120]}
From: {frm}
To: {to}
Subject: {subj}
Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} +0100
Message-ID: <{rs(24, LO + DG)}@mail.example.com>
MIME-Version: 1.0
'''

@tpl(2)
def email_credentials(i):
    d = Doc(f'email/credentials/msg-{i}.eml')
    f1, l1 = person(); f2, l2 = person()
    dom = pick(COMPANY_DOMAINS)
    frm = d.email(f1, l1, dom); to = d.email(f2, l2, pick(COMPANY_DOMAINS + FREEMAIL))
    t = ts()
    boundary = '----=_Part_%d_%d.%d' % (R.randint(0, 999), R.randint(10**8, 10**9), 1700000000000 + R.randint(0, 10**10))
    sys_ = pick(['SFTP account', 'partner portal', 'test environment', 'reporting database'])
    pwv = password(avoid=TXT_AV + '<>&=')
    user = pick(['partner_', 'ext_', 'vendor_']) + rs(5, LO)
    plain = f'''Hi {f2},

as discussed, here are the credentials for the {sys_}:

  Host:     {pick(['sftp', 'portal', 'test'])}.{dom}
  Username: {user}
  Password: {d.L('password', pwv)}

The API key for the upload endpoint is {d.sec()}.
Please change the password after the first login (min. 12 characters).
Do not reply with the password; use {lk('placeholder', '[REDACTED]')} when quoting this mail.

Kind regards,
{f1} {l1}
{pick(['IT Operations', 'Partner Integrations', 'Service Desk'])}
Tel. {d.phone()}
'''
    htmlpart = plain.replace('\n\n', '</p><p>').replace('\n', '<br>')
    body = _eml_headers(d, frm, to, f'Zugangsdaten / credentials {sys_}', t) + f'''Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{plain}
--{boundary}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body><p>{htmlpart}</p></body></html>
--{boundary}--
'''
    for v in list(d.labels):
        cnt = body.count(v)
        d.labels[v][1] = cnt
    return d, body

@tpl(1)
def wiki_page(i):
    d = Doc(f'wiki/confluence/{pick(["runbook-db-failover", "onboarding-dev-env", "vendor-access", "legacy-systems"])}-{i}.md')
    return d, f'''# {pick(["Runbook: database failover", "Dev environment setup", "Vendor access overview", "Legacy systems cheat sheet"])}

> Owner: platform team · Last updated {logts(ts(), "%Y-%m-%d")} · **Contains secrets — restricted space**

## Access

| System | URL | User | Password |
|---|---|---|---|
| Jenkins (legacy) | https://jenkins-old.internal | admin | `{d.pw(avoid=WIKI_AV)}` |
| pgAdmin | https://pgadmin.internal | ops@corp.example | {d.pw(avoid=WIKI_AV)} |
| Kibana | https://kibana.internal | elastic | *see vault* |
| Router (branch 7) | https://{priv_ip()} | admin | `{d.pw(avoid=WIKI_AV)}` |
| Example row | https://example.com | user | `{lk('placeholder', 'changeme')}` |

## Connecting to the replica

```bash
export PGPASSWORD='{d.pw(avoid=SQ1)}'
psql -h {dbhost('pg')} -U replica_admin -d postgres
```

Use `{lk('placeholder', '<your-password>')}` for your personal account; the shared one above is only for emergencies.

## API keys

* Maps (server side): `{d.sec()}`
* Internal metrics push: `curl -H "X-Api-Key: {d.sec('hex32')}" https://metrics.internal/push`
* Sandbox key (safe to share): `{lk('placeholder', 'test_00000000000000000000')}`
'''

@tpl(1)
def github_issue(i):
    d = Doc('tickets/github/issue-%d.md' % R.randint(100, 2000))
    return d, f'''### Bug: migration fails with `ER_ACCESS_DENIED_ERROR`

**Environment**
- version: {R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)} ({short_sha()})
- OS: Ubuntu 22.04

**Steps to reproduce**

1. set up `.env`:

```
DB_HOST=127.0.0.1
DB_USER=root
DB_PASSWORD={d.pw(avoid=' "#$')}
APP_SECRET={d.sec()}
```

2. run `npm run migrate`

**Logs**

```
Error: Access denied for user 'root'@'172.18.0.1' (using password: YES)
    at Packet.asError (node_modules/mysql2/lib/packets/packet.js:728:17)
```

---

> **maintainer** commented: Please redact secrets from issues! I've rotated nothing since these are your local values, but the `APP_SECRET` looks like a production one.
'''

@tpl(2)
def app_log_connstring(i):
    d = Doc(f'logs/app/{svc()}-{i}.log')
    t = ts()
    lines = []
    def L(level, logger, msg):
        nonlocal t
        t = stepts(t)
        lines.append(f'{t.strftime("%Y-%m-%d %H:%M:%S")},{R.randint(0,999):03d} {level:5} [{pick(["main", "pool-1-thread-3", "http-nio-8080-exec-7"])}] {logger} - {msg}')
    L('INFO', 'o.s.b.StartupInfoLogger', f'Starting Application v{R.randint(1,9)}.{R.randint(0,30)}.{R.randint(0,9)} using Java 17.0.{R.randint(1,10)}')
    L('INFO', 'c.z.h.HikariDataSource', 'HikariPool-1 - Starting...')
    pwv = password(avoid=' ;"\'\\')
    L('ERROR', 'c.z.h.pool.HikariPool', f'HikariPool-1 - Exception during pool initialization. url=jdbc:sqlserver://{dbhost("mssql")}:1433;databaseName=orders;user=orders_app;password={d.L("password", pwv)};encrypt=true')
    lines.append('com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user \'orders_app\'. ClientConnectionId:' + a_uuid())
    lines.append('\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)')
    lines.append('\tat com.microsoft.sqlserver.jdbc.TDSTokenHandler.onEOF(tdsparser.java:316)')
    lines.append('\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:562)')
    L('WARN', 'o.s.c.s.AbstractApplicationContext', 'Exception encountered during context initialization - cancelling refresh attempt')
    L('DEBUG', 'c.a.config.ConfigDump', f'effective config: {{"db.user":"orders_app","db.password":"{d.pw(enc=J)}","mq.password":"{lk("placeholder", "******")}","api.key":"{d.sec()}","trace":true}}')
    L('INFO', 'c.a.auth.LoginController', f'login attempt user=jsmith password=[PROTECTED] result=FAILURE ip={priv_ip()}')
    L('WARN', 'c.a.auth.LoginController', f'login attempt user={pick(WORDS)} password={d.pw(avoid=" ")} result=FAILURE (masking disabled in DEBUG profile)')
    L('INFO', 'c.a.sync.LdapSync', f'bind cn=svc-sync,ou=svc,dc=corp,dc=internal using credential {lk("placeholder", "<redacted>")}')
    L('INFO', 'c.a.Build', f'build={build_id()} commit={git_sha()} request_id={a_uuid()}')
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def access_log_password_query(i):
    d = Doc('logs/access/legacy-portal-access.log')
    lines = []
    t = ts()
    for n in range(R.randint(10, 14)):
        t = stepts(t, R.randint(1, 90))
        ip = d.ip4() if chance(0.3) else priv_ip()
        stamp = t.strftime('%d/%b/%Y:%H:%M:%S +0000')
        kind = n % 5
        if kind == 0:
            path = f'/login.php?username={pick(WORDS)}&password={d.pw(enc=UPL, syms="!#%&+=@$? ")}&remember=1'
        elif kind == 1:
            path = f'/api/v1/export?api_key={d.sec()}&format=csv'
        elif kind == 2:
            path = f'/static/app.{hexs(8)}.js'
        elif kind == 3:
            path = f'/reset?token={d.sec("hex32")}&password=&confirm='
        else:
            path = f'/orders/{order_no()}?view=full'
        lines.append(f'{ip} - - [{stamp}] "GET {path} HTTP/1.1" {pick([200, 200, 302, 401, 404])} {R.randint(200, 90000)} "-" "{pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36", "curl/8.5.0", "python-requests/2.31.0"])}"')
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def mysql_general_log(i):
    d = Doc('logs/db/mysql-general.log')
    t = ts()
    rows = [f'/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:',
            'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock', 'Time                 Id Command    Argument']
    stmts = [
        lambda: f"CREATE USER 'analytics'@'%' IDENTIFIED BY <secret>",
        lambda: f"ALTER USER 'app'@'10.%' IDENTIFIED BY '{d.pw(avoid=NOQ)}'",
        lambda: "SELECT id, email_hash FROM users WHERE id = %d" % R.randint(1, 99999),
        lambda: f"GRANT ALL ON shop.* TO 'shop'@'localhost' IDENTIFIED BY '{d.pw(avoid=NOQ)}'",
        lambda: f"UPDATE integrations SET api_secret = '{d.sec()}' WHERE id = {R.randint(1, 40)}",
        lambda: "SET PASSWORD FOR 'web'@'%' = '" + d.pw(avoid=NOQ) + "'",
        lambda: f"INSERT INTO users (login, password_hash) VALUES ('{pick(WORDS)}', '{bcrypt()}')",
        lambda: 'COMMIT',
    ]
    for s in stmts:
        t = stepts(t, R.randint(1, 30))
        rows.append(f'{t.strftime("%Y-%m-%dT%H:%M:%S")}.{R.randint(0, 999999):06d}Z\t{R.randint(10, 999):5d} Query\t{s()}')
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def postgres_log(i):
    d = Doc('logs/db/postgresql-Mon.log')
    t = ts()
    out = []
    for s in [f"statement: ALTER ROLE etl WITH PASSWORD '{d.pw(avoid=NOQ)}';",
              'connection authorized: user=app database=orders application_name=psql',
              f"statement: CREATE ROLE bi_reader LOGIN PASSWORD '{d.pw(avoid=NOQ)}';",
              'FATAL:  password authentication failed for user "report"',
              'DETAIL:  Connection matched pg_hba.conf line 98: "host all all 10.0.0.0/8 scram-sha-256"',
              f"statement: ALTER USER replicator PASSWORD 'SCRAM-SHA-256$4096:{b64(16)}${b64(32)}:{b64(32)}';",
              "statement: \\password app",
              f"statement: SELECT dblink_connect('host={dbhost('pg')} user=fdw password={d.pw(avoid=NOQ + ' ')} dbname=legacy');"]:
        t = stepts(t, R.randint(1, 200))
        out.append(f'{t.strftime("%Y-%m-%d %H:%M:%S")}.{R.randint(0,999):03d} UTC [{R.randint(1000, 99999)}] {pick(["postgres", "app", "etl"])}@{pick(["orders", "postgres"])} LOG:  {s}')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def python_traceback(i):
    d = Doc('logs/app/worker-traceback.log')
    pwv = password(avoid=NOQ)
    return d, f'''{logts()} ERROR celery.app.trace Task reports.tasks.export_to_sftp[{a_uuid()}] raised unexpected: AuthenticationException('Authentication failed.')
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/app/reports/tasks.py", line 88, in export_to_sftp
    client.connect(hostname=host, username=user, password=password, timeout=30)
  File "/usr/local/lib/python3.11/site-packages/paramiko/client.py", line 485, in connect
    self._auth(
  File "/usr/local/lib/python3.11/site-packages/paramiko/client.py", line 818, in _auth
    raise saved_exception
paramiko.ssh_exception.AuthenticationException: Authentication failed.

Local variables (sentry-style capture):
    host = 'sftp.{pick(COMPANY_DOMAINS)}'
    user = 'export_{rs(4, LO)}'
    password = '{d.L('password', pwv)}'
    api_token = '{d.sec()}'
    retries = 3
    previous_password = '{lk('placeholder', '[Filtered]')}'
'''
