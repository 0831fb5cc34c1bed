"""Shell history, CLI sessions and application logs."""
import json

from doc import Doc
from gen_values import basic, uenc
from common import host, user, db, app, ts, tsz, priv_ip


def shq(s):
    """Single-quote for POSIX sh."""
    return "'" + s.replace("'", "'\\''") + "'"


def bash_history(v, i):
    d = Doc("shell/bash_history-%02d" % i)
    n = 500 + i * 37
    cmds = []
    pw1 = v.safe_password()
    cmds.append("mysql -h %s -u root -p%s %s" % (host(v), d.L("password", pw1), db(v)))
    pw2 = v.password(v.choice(["tricky", "phrase", "strong"]))
    q = shq(pw2)
    cmds.append("PGPASSWORD=%s psql -h %s -U %s -d %s -c 'select count(*) from orders'" % (q, host(v), user(v), db(v)))
    d.L("password", q[1:-1])
    cmds.append("redis-cli -h cache.example.org -a %s --no-auth-warning info replication" % d.L("password", v.alnum(32)))
    cmds.append('docker run -d --name pg -e POSTGRES_PASSWORD="%s" -e POSTGRES_USER=app -p 5432:5432 postgres:16'
                % d.L("password", v.safe_password()))
    cmds.append("docker run --rm -e MYSQL_ROOT_PASSWORD=%s -e MYSQL_PASSWORD=%s mysql:8.4"
                % (d.L("password", v.safe_password()), d.L("password", v.alnum(16))))
    cmds.append("kubectl create secret generic %s-db --from-literal=username=app --from-literal=password='%s' -n prod"
                % (app(v), d.L("password", v.password("strong"))))
    cmds.append("kubectl create secret generic api-keys --from-literal=API_KEY=%s --from-literal=WEBHOOK_SECRET=%s"
                % (d.L("generic-secret", v.generic()), d.L("generic-secret", v.hexs(40))))
    cmds.append("kubectl -n prod get secret %s-db -o jsonpath='{.data.password}' | base64 -d" % app(v))
    cmds.append("export AWS_SECRET_ACCESS_KEY=%s" % d.L("aws-secret-key", v.aws_secret()))
    cmds.append("mongosh \"mongodb://admin:%s@mongo1.example.net:27017/admin?authSource=admin\""
                % d.L("url-credentials", uenc(v.password(v.choice(["tricky", "human"])))))
    cmds.append("curl -H 'Authorization: Bearer %s' https://api.example.com/v1/me | jq ." % d.L("bearer-token", v.bearer()))
    cmds.append("curl --user deploy:%s https://nexus.example.com/service/rest/v1/status" % d.L("password", v.safe_password()))
    cmds.append("htpasswd -bB /etc/nginx/.htpasswd ops %s" % d.L("password", v.human_password()))
    cmds.append("mysqldump --user=backup --password=%s --single-transaction %s > dump.sql"
                % (d.L("password", v.safe_password()), db(v)))
    cmds.append("psql \"host=%s dbname=%s user=app password=%s sslmode=require\"" % (host(v), db(v), d.L("password", v.alnum(20))))
    cmds.append("read -s DB_PASSWORD && export DB_PASSWORD")
    cmds.append("docker login -u ci-bot -p %s registry.example.com" % d.L("password", v.alnum(32)))
    cmds.append("git log --oneline | head -3")
    cmds.append("sha256sum release.tar.gz  # %s" % v.sha256())
    v.r.shuffle(cmds)
    out = []
    for c in cmds:
        out.append("#%d" % (1760000000 + n * 60))
        out.append(c)
        n += 1
    return d.set("\n".join(out) + "\n")


def kubectl_output(v, i):
    d = Doc("shell/kubectl-describe-%02d.txt" % i)
    return d.set(f"""$ kubectl -n prod get deploy {app(v)} -o yaml | yq '.spec.template.spec.containers[0].env'
- name: SPRING_PROFILES_ACTIVE
  value: prod
- name: SPRING_DATASOURCE_PASSWORD
  value: {d.L('password', v.safe_password())}
- name: SPRING_DATASOURCE_USERNAME
  value: {user(v)}
- name: APP_CLIENT_SECRET
  value: "{d.L('generic-secret', v.alnum(36))}"
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: redis
      key: redis-password
- name: AZURE_STORAGE_CONNECTION_STRING
  value: DefaultEndpointsProtocol=https;AccountName=stevents{i};AccountKey={d.L('azure-storage-key', v.azure_key())};EndpointSuffix=core.windows.net
$ kubectl -n prod get secret redis
NAME    TYPE     DATA   AGE
redis   Opaque   1      {v.randint(2, 300)}d
$ kubectl -n prod get secret redis -o jsonpath='{{.data.redis-password}}' | base64 -d | wc -c
33
""")


def app_log(v, i):
    d = Doc("logs/%s-%02d.log" % (app(v), i))
    out = []
    t = lambda: ts(v, "%Y-%m-%d %H:%M:%S") + ",%03d" % v.randint(0, 999)
    out.append("%s INFO  [main] o.s.b.StartupInfoLogger - Starting Application v2.%d.%d using Java 17.0.10" % (t(), v.randint(0, 9), v.randint(0, 9)))
    out.append("%s DEBUG [main] c.e.config.ConfigDump - spring.datasource.url=jdbc:postgresql://%s:5432/%s" % (t(), host(v), db(v)))
    out.append("%s DEBUG [main] c.e.config.ConfigDump - spring.datasource.password=******" % t())
    out.append("%s DEBUG [main] c.e.config.ConfigDump - spring.rabbitmq.password=%s" % (t(), d.L("password", v.safe_password())))
    out.append("%s DEBUG [main] c.e.config.ConfigDump - app.jwt.secret=%s" % (t(), d.L("generic-secret", v.b64(32))))
    out.append("%s INFO  [main] c.e.db.Migrations - connecting to postgres://flyway:%s@%s:5432/%s"
               % (t(), d.L("url-credentials", uenc(v.password(v.choice(["human", "tricky"])))), host(v), db(v)))
    out.append("%s INFO  [main] c.e.db.Migrations - connecting to postgres://flyway:*****@%s:5432/%s" % (t(), host(v), db(v)))
    for _ in range(v.randint(3, 5)):
        rid = v.request_id()
        k = v.randint(0, 3)
        if k == 0:
            hdrs = {"host": "api.example.com", "authorization": "Bearer " + d.L("bearer-token", v.bearer()),
                    "x-request-id": rid, "user-agent": "okhttp/4.12.0"}
            out.append("%s DEBUG [http-nio-8080-exec-%d] c.e.web.RequestLogger - headers=%s" % (t(), v.randint(1, 20), json.dumps(hdrs)))
        elif k == 1:
            out.append("%s DEBUG [http-nio-8080-exec-%d] c.e.web.RequestLogger - headers={host=api.example.com, authorization=Basic %s, accept=*/*}"
                       % (t(), v.randint(1, 20), d.L("basic-auth", basic(user(v), v.password()))))
        elif k == 2:
            out.append("%s WARN  [http-nio-8080-exec-%d] c.e.web.AuthFilter - invalid token Bearer [REDACTED] rid=%s" % (t(), v.randint(1, 20), rid))
        else:
            out.append("%s INFO  [http-nio-8080-exec-%d] c.e.web.RequestLogger - GET /api/v1/orders?api_key=%s 200 %dms"
                       % (t(), v.randint(1, 20), d.L("generic-secret", v.alnum(32)), v.randint(3, 400)))
    out.append("%s ERROR [pool-3-thread-1] c.e.mail.Mailer - SMTP auth failed for user alerts (password=%s)" % (t(), d.L("password", v.human_password())))
    out.append("org.springframework.mail.MailAuthenticationException: Authentication failed")
    out.append("\tat org.springframework.mail.javamail.JavaMailSenderImpl.connectTransport(JavaMailSenderImpl.java:440)")
    out.append("\tat org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:361)")
    out.append("Caused by: jakarta.mail.AuthenticationFailedException: 535 5.7.8 Username and Password not accepted")
    out.append("\tat org.eclipse.angus.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:954)")
    out.append("%s INFO  [main] c.e.security.PasswordPolicy - password policy loaded: minLength=12, history=5" % t())
    out.append("%s INFO  [main] c.e.security.Users - user admin changed password (hash=%s)" % (t(), v.bcrypt()))
    return d.set("\n".join(out) + "\n")


def py_debug_log(v, i):
    d = Doc("logs/python-requests-debug-%02d.log" % i)
    b = d.L("basic-auth", basic(user(v), v.password()))
    tok = d.L("bearer-token", v.bearer())
    return d.set(f"""DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.example.com:443
send: b'GET /v1/orders HTTP/1.1\\r\\nHost: api.example.com\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Basic {b}\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json
header: X-Request-Id: {v.uuid()}
DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /v1/orders HTTP/1.1" 200 1532
send: b'POST /v1/exports HTTP/1.1\\r\\nHost: api.example.com\\r\\nAuthorization: Bearer {tok}\\r\\nContent-Length: 17\\r\\nContent-Type: application/json\\r\\n\\r\\n'
send: b'{{"format": "csv"}}'
reply: 'HTTP/1.1 202 Accepted\\r\\n'
DEBUG:urllib3.connectionpool:https://api.example.com:443 "POST /v1/exports HTTP/1.1" 202 0
""")


def syslog_auth(v, i):
    d = Doc("logs/syslog-%02d.log" % i)
    h = "web-%02d" % v.randint(1, 20)
    t = lambda: ts(v, "%b %d %H:%M:%S")
    return d.set(f"""{t()} {h} sshd[{v.randint(1000, 60000)}]: Failed password for invalid user admin from 198.51.100.{v.randint(2, 250)} port {v.randint(30000, 65000)} ssh2
{t()} {h} sshd[{v.randint(1000, 60000)}]: Accepted publickey for deploy from 10.0.{v.randint(0, 9)}.{v.randint(2, 250)} port {v.randint(30000, 65000)} ssh2: ED25519 SHA256:{v.b64(32).rstrip('=')}
{t()} {h} sudo: deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart {app(v)}
{t()} {h} {app(v)}[{v.randint(1000, 60000)}]: level=info msg="connected to broker" url="amqp://events:{d.L('url-credentials', uenc(v.safe_password()))}@mq.example.com:5672/"
{t()} {h} {app(v)}[{v.randint(1000, 60000)}]: level=debug msg="env" REDIS_PASSWORD={d.L('password', v.alnum(24))} LOG_LEVEL=debug
{t()} {h} {app(v)}[{v.randint(1000, 60000)}]: level=warn msg="password for user reporting expires in 7 days"
{t()} {h} CRON[{v.randint(1000, 60000)}]: (root) CMD (/usr/local/bin/backup.sh --password-file /etc/backup/.pw)
""")


def build(v):
    out = []
    for i in range(1, 5):
        out += [bash_history(v, i), app_log(v, i)]
    for i in range(1, 4):
        out += [kubectl_output(v, i), py_debug_log(v, i), syslog_auth(v, i)]
    return out
