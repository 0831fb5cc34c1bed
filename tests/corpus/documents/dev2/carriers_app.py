"""Application configuration: Spring, Node, .NET, .env, connection strings."""
from doc import Doc
from gen_values import uenc, jesc
from common import host, user, db, app


def azure_conn(d, v, account=None, label=True):
    account = account or "st%s%d" % (v.choice(["prod", "data", "logs", "media", "backup"]), v.randint(10, 999))
    key = v.azure_key()
    if label:
        d.L("azure-storage-key", key)
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (account, key)), account


def sas_sig(d, v):
    return d.L("azure-storage-key", uenc(v.sas_sig_raw()))


def spring_yml(v, i):
    d = Doc("spring/application-%02d.yml" % i)
    pw = v.password(v.choice(["human", "strong", "alnum"]))
    dflt = v.safe_password()
    return d.set(f"""server:
  port: 8080
  ssl:
    key-store: classpath:keystore.p12
    key-store-password: {d.L('password', v.safe_password())}
    key-store-type: PKCS12

spring:
  application:
    name: {app(v)}
  datasource:
    url: jdbc:postgresql://{host(v)}:5432/{db(v)}
    username: {user(v)}
    password: '{d.L('password', pw)}'
    hikari:
      maximum-pool-size: 20
  rabbitmq:
    host: rabbitmq.example.com
    username: orders
    password: ${{RABBITMQ_PASSWORD:{d.L('password', dflt)}}}
  mail:
    host: smtp.example.com
    username: notifications
    password: ${{MAIL_PASSWORD}}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: {app(v)}
            client-secret: {d.L('generic-secret', v.alnum(32))}
            authorization-grant-type: authorization_code

app:
  jwt:
    secret: {d.L('generic-secret', v.b64(48))}
    expiration: 3600
  password-reset:
    token-ttl: 15m
    min-password-length: 12
""")


def spring_properties(v, i):
    d = Doc("spring/application-%02d.properties" % i)
    pw = v.password(v.choice(["human", "strong", "tricky", "alnum"]))
    pesc = pw.replace("\\", "\\\\").replace(" ", "\\ ").replace("#", "\\#") if pw[0] not in " #!" else pw
    return d.set(f"""# {app(v)} production profile
spring.datasource.url=jdbc:mysql://{host(v)}:3306/{db(v)}?useSSL=true&requireSSL=true
spring.datasource.username={user(v)}
spring.datasource.password={d.L('password', pesc)}
spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver
#spring.datasource.password=changeme
spring.data.redis.host=cache.example.org
spring.data.redis.password={d.L('password', v.alnum(28))}
spring.data.mongodb.uri=mongodb+srv://catalog:{d.L('url-credentials', uenc(v.password(v.choice(['tricky', 'human']))))}@cluster0.example.net/catalog?retryWrites=true&w=majority
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-orders" password="{d.L('password', v.strong_password(symbols='!$%*-_+.~'))}";
management.endpoints.web.exposure.include=health,info
app.encryption.key={d.L('generic-secret', v.hexs(64))}
app.webhook.signing-secret={d.L('generic-secret', v.b64url(32))}
app.security.password.min-length=12
app.security.password.encoder=bcrypt
app.build.commit={v.git_sha()}
""")


def node_config(v, i):
    d = Doc("json/node-config-production-%02d.json" % i)
    pw = jesc(v.password(v.choice(["tricky", "strong", "human"])))
    upw = uenc(v.safe_password())
    return d.set(f"""{{
  "server": {{ "port": 3000, "trustProxy": true }},
  "db": {{
    "client": "pg",
    "connection": {{
      "host": "{host(v)}",
      "user": "{user(v)}",
      "password": "{d.L('password', pw)}",
      "database": "{db(v)}"
    }},
    "pool": {{ "min": 2, "max": 10 }}
  }},
  "redis": {{ "url": "rediss://default:{d.L('url-credentials', upw)}@cache.example.org:6380/0" }},
  "amqp": {{ "url": "amqp://guest:guest@localhost:5672" }},
  "session": {{ "secret": "{d.L('generic-secret', v.alnum(40))}", "cookieName": "sid" }},
  "jwtSecret": "{d.L('generic-secret', v.b64(32))}",
  "auth": {{
    "passwordMinLength": 10,
    "passwordResetTokenTtl": 900,
    "google": {{ "clientId": "{v.randint(100000, 999999)}-{v.alnum(32).lower()}.apps.googleusercontent.com",
                "clientSecret": "{d.L('generic-secret', 'GOCSPX-' + v.alnum(28))}" }}
  }},
  "stripe": {{ "publishableKey": "pk_live_{v.alnum(40)}" }},
  "build": {{ "sha": "{v.git_sha()}", "integrity": "{v.integrity()}" }}
}}
""")


def appsettings(v, i):
    d = Doc("dotnet/appsettings.Production-%02d.json" % i)
    pw = jesc(v.password(v.choice(["human", "strong", "alnum"])).replace(";", ""))
    pw2 = v.password(v.choice(["tricky", "strong"]))
    if any(c in pw2 for c in ";'\" "):
        pw2_field = "'%s'" % d.L("password", jesc(pw2.replace("'", "''")))
    else:
        pw2_field = d.L("password", jesc(pw2))
    conn, acct = azure_conn(d, v)
    sb_key = v.b64(32)
    return d.set(f"""{{
  "Logging": {{ "LogLevel": {{ "Default": "Information", "Microsoft.AspNetCore": "Warning" }} }},
  "AllowedHosts": "*",
  "ConnectionStrings": {{
    "DefaultConnection": "Server=tcp:sql.example.com,1433;Initial Catalog={db(v)};Persist Security Info=False;User ID={user(v)};Password={d.L('password', pw)};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
    "Reporting": "Data Source={host(v)};Database=reporting;User Id=report_ro;Password={pw2_field};",
    "LocalDev": "Server=(localdb)\\\\mssqllocaldb;Database=dev;Trusted_Connection=True;",
    "Storage": "{conn}",
    "ServiceBus": "Endpoint=sb://bus-{app(v)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={d.L('generic-secret|azure-storage-key', sb_key)}"
  }},
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{v.uuid()}",
    "ClientId": "{v.uuid()}",
    "ClientSecret": "{d.L('generic-secret', v.alnum(5) + '~' + v.alnum(34))}"
  }},
  "BlobStorage": {{
    "AccountName": "{acct}",
    "AccountKey": "{d.L('azure-storage-key', v.azure_key())}",
    "ContainerSasUrl": "https://{acct}.blob.core.windows.net/uploads?sp=racwdl&st=2025-06-01T00:00:00Z&se=2026-06-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig={sas_sig(d, v)}"
  }},
  "Jwt": {{ "Issuer": "https://app.example.com", "Key": "{d.L('generic-secret', v.b64(48))}" }},
  "Smtp": {{ "Host": "smtp.example.com", "User": "noreply", "Password": "" }}
}}
""")


def dotenv(v, i):
    d = Doc("env/%s-%02d.env" % (app(v), i))
    lines = ["# generated by deploy/render-env.sh -- do not commit", "NODE_ENV=production",
             "APP_URL=https://app.example.com"]
    dbpw = v.password(v.choice(["human", "strong", "alnum"]))
    lines.append("DB_HOST=%s" % host(v))
    lines.append("DB_USER=%s" % user(v))
    if any(c in dbpw for c in "#$ '\"\\"):
        lines.append("DB_PASSWORD='%s'" % d.L("password", dbpw))
    else:
        lines.append("DB_PASSWORD=%s" % d.L("password", dbpw))
    lines.append("DB_PASSWORD_CONFIRM_REQUIRED=false")
    lines.append('MYSQL_ROOT_PASSWORD="%s"' % d.L("password", v.passphrase()))
    lines.append("DATABASE_URL=postgresql://%s:%s@%s:5432/%s" % (
        user(v), d.L("url-credentials", uenc(v.password(v.choice(["tricky", "human", "alnum"])))), host(v), db(v)))
    lines.append("REDIS_URL=redis://:%s@cache.example.org:6379/0" % d.L("url-credentials", v.alnum(32)))
    lines.append("AMQP_URL=amqps://events:%s@mq.example.com:5671/%%2F" % d.L("url-credentials", uenc(v.safe_password())))
    lines.append("SESSION_SECRET=%s" % d.L("generic-secret", v.hexs(64)))
    lines.append("API_KEY=%s" % d.L("generic-secret", v.generic()))
    lines.append("WEBHOOK_SECRET=\"%s\"" % d.L("generic-secret", v.b64(32)))
    if i % 2:
        lines.append("AWS_ACCESS_KEY_ID=%s" % d.L("aws-access-key-id", v.aws_akid()))
        lines.append("AWS_SECRET_ACCESS_KEY=%s" % d.L("aws-secret-key", v.aws_secret()))
        lines.append("AWS_DEFAULT_REGION=eu-west-1")
    else:
        conn, acct = azure_conn(d, v)
        lines.append('AZURE_STORAGE_CONNECTION_STRING="%s"' % conn)
        lines.append("AZURE_STORAGE_ACCOUNT=%s" % acct)
        lines.append("AZURE_STORAGE_KEY=%s" % d.L("azure-storage-key", v.azure_key()))
    if i % 3 == 0:
        sid = v.twilio_sid()
        lines.append("TWILIO_ACCOUNT_SID=%s" % sid)
        lines.append("TWILIO_AUTH_TOKEN=%s" % d.L("twilio-key", v.twilio_token()))
        lines.append("SLACK_BOT_TOKEN=%s" % d.L("slack-token", v.slack("xoxb")))
    lines.append("SMTP_PASSWORD=")
    lines.append("BUILD_SHA=%s" % v.git_sha())
    lines.append("# STRIPE_SECRET_KEY=sk_live_your-key-here")
    lines.append("PASSWORD_MIN_LENGTH=12")
    lines.append("FEATURE_FLAGS=checkout_v2,search_beta")
    return d.set("\n".join(lines) + "\n")


def dotenv_example(v, i):
    d = Doc("env/env-example-%02d.env" % i)
    return d.set("""# Copy to .env and fill in real values. Never commit .env!
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=changeme
DATABASE_URL=postgresql://app:password@localhost:5432/app
REDIS_URL=redis://:${REDIS_PASSWORD}@localhost:6379/0
SESSION_SECRET=your-session-secret-here
API_KEY=<your-api-key>
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AZURE_STORAGE_KEY=
TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
JWT_SECRET=${JWT_SECRET}
MAIL_PASSWORD=********
""")


def conn_strings_doc(v, i):
    d = Doc("docs/connection-strings-%02d.md" % i)
    mpw = uenc(v.password(v.choice(["tricky", "human"])))
    return d.set(f"""# Connection strings -- {app(v)} (ops wiki, restricted)

General form (from the vendor docs): `mongodb://<username>:<password>@host:27017/?authSource=admin`.
Do **not** paste `user:pass@` examples into tickets, link here instead.

## Production

| system | connection string |
|---|---|
| MongoDB | `mongodb://catalog_rw:{d.L('url-credentials', mpw)}@mongo1.example.net:27017,mongo2.example.net:27017/catalog?replicaSet=rs0&authSource=admin` |
| SQL Server | `Server=sql.example.com;Database={db(v)};User Id=svc_app;Password={d.L('password', v.safe_password())};Encrypt=True;` |
| PostgreSQL (libpq keyword) | `host={host(v)} port=5432 dbname={db(v)} user=app password={d.L('password', v.alnum(20))} sslmode=require` |
| Redis | `redis://default:{d.L('url-credentials', v.hexs(32))}@cache.example.org:6379` |
| RabbitMQ | `amqp://orders:{d.L('url-credentials', uenc(v.human_password()))}@mq.example.com:5672/orders` |
| Oracle (JDBC) | `jdbc:oracle:thin:scott/{d.L('password', v.safe_password())}@//ora.example.com:1521/ORCLPDB1` |
| MySQL (Go DSN) | `billing:{d.L('password', v.alnum(18))}@tcp(mysql01.corp.example.org:3306)/billing?parseTime=true` |
| Storage | `DefaultEndpointsProtocol=https;AccountName=stshared{i};AccountKey={d.L('azure-storage-key', v.azure_key())};EndpointSuffix=core.windows.net` |

## Staging

Staging uses the same layout but credentials come from Vault (`vault kv get secret/staging/db`),
e.g. `postgresql://app:${{STAGING_DB_PASSWORD}}@staging-db.example.com/app`.
The old shared default password was removed in March; the password policy needs 14+ chars.
""")


def build(v):
    out = []
    for i in range(1, 4):
        out += [spring_yml(v, i), spring_properties(v, i), node_config(v, i), appsettings(v, i)]
    for i in range(1, 6):
        out.append(dotenv(v, i))
    out.append(dotenv_example(v, 1))
    for i in range(1, 3):
        out.append(conn_strings_doc(v, i))
    return out
