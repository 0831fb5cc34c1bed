"""more carriers: Kubernetes audit events, Docker/curl/wget/httpie dotfiles, browser storage dumps, AWS SSO/CLI caches,
Helm values of charts not used before, Java/.NET/mobile build configs, and Swedish letters and exports"""
import base64
from gen_common import *
from c_bearer import any_bearer, tok, jw, HOSTS
from c_secret import S, P, XP, xesc
from c_pii import PN, booking, SE_STREETS, SE_CITIES

REG = ["eu-north-1", "eu-west-1", "us-east-1"]


def ts(d):
    return "2026-11-%02dT%02d:%02d:%02d.%06dZ" % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59), d.r.randint(0, 999999))


# ---------------- Kubernetes audit log ----------------
def k8s_audit(d, i):
    for _ in range(d.r.randint(2, 3)):
        sa = d.fresh(lambda r: jwt(r, None, "RS256", iss="https://oidc.eks.eu-north-1.amazonaws.com/id/" + rs(r, "0123456789ABCDEF", 32)))
        d.w(jd({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": uuid(d.r), "stage": "ResponseComplete",
                "requestURI": "/apis/authentication.k8s.io/v1/tokenreviews", "verb": "create", "user": {"username": "system:serviceaccount:kube-system:metrics-server", "groups": ["system:serviceaccounts"]},
                "sourceIPs": ["10.0.%d.%d" % (d.r.randint(0, 255), d.r.randint(1, 254))], "userAgent": "metrics-server/v0.7.1",
                "objectRef": {"resource": "tokenreviews", "apiGroup": "authentication.k8s.io", "apiVersion": "v1"},
                "requestObject": {"kind": "TokenReview", "apiVersion": "authentication.k8s.io/v1", "spec": {"token": d.L("jwt|bearer-token", sa)}},
                "responseStatus": {"metadata": {}, "code": 201}, "requestReceivedTimestamp": ts(d)}, separators=(",", ":")) + "\n")
    if i % 2:
        ak, sk = d.L("aws-access-key-id", d.fresh(aws_akid)), d.L("aws-secret-key", d.fresh(aws_secret))
        d.w(jd({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Request", "auditID": uuid(d.r), "verb": "create", "requestURI": "/api/v1/namespaces/ci/secrets",
                "user": {"username": "kubernetes-admin"}, "objectRef": {"resource": "secrets", "namespace": "ci", "name": "s3-uploader"},
                "requestObject": {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "s3-uploader"}, "stringData": {"AWS_ACCESS_KEY_ID": ak, "AWS_SECRET_ACCESS_KEY": sk}, "type": "Opaque"}}, separators=(",", ":")) + "\n")


# ---------------- client dotfiles ----------------
def docker_cfg(d, i):
    rt = tok(d, "b64u")
    it = d.fresh(gsecret, "b64u")
    reg = "registry." + d.r.choice(DOMAINS)
    d.w("$ cat ~/.docker/config.json\n")
    d.w(jd({"auths": {reg: {"identitytoken": d.L("generic-secret", it)},
                      "ghcr.io": {}, "%s.dkr.ecr.eu-north-1.amazonaws.com" % rs(d.r, DIG, 12): {}},
            "credHelpers": {"%s.dkr.ecr.eu-north-1.amazonaws.com" % rs(d.r, DIG, 12): "ecr-login"},
            "currentContext": "default"}, indent="\t") + "\n")
    d.w("$ echo %s | docker-credential-pass get\n" % reg)
    d.w('{"ServerURL":"https://%s","Username":"<token>","Secret":"%s"}\n' % (reg, d.L("bearer-token|generic-secret", rt)))


def curlrc(d, i):
    c, t = any_bearer(d)
    k = i % 3
    if k == 0:
        d.w("# ~/.curlrc\nsilent\nshow-error\nconnect-timeout = 5\nheader = \"Authorization: Bearer %s\"\nheader = \"X-Client: ops-cli\"\n# header = \"Authorization: Bearer <paste-token>\"\n" % d.L(c, t))
    elif k == 1:
        d.w("# ~/.wgetrc\ntries = 3\ntimeout = 20\nheader = Authorization: Bearer %s\nuser_agent = ops-mirror/1.2\n" % d.L(c, t))
    else:
        d.w(jd({"default_options": ["--style=monokai", "--auth-type=bearer", "--auth=%s" % d.L(c, t)], "__meta__": {"about": "HTTPie configuration file", "httpie": "3.2.4"}}, indent=4) + "\n")


def local_storage(d, i):
    at = jw(d, d.r.choice([None, 700]), "RS256")
    idt = jw(d, None, "RS256")
    okta = jd({"accessToken": {"accessToken": at, "tokenType": "Bearer", "expiresAt": 1764900000 + d.r.randint(0, 99999), "scopes": ["openid", "profile"]},
               "idToken": {"idToken": idt, "claims": {"sub": "00u" + rs(d.r, ALNUM, 17)}}})
    d.L("jwt|bearer-token", at)
    d.L("jwt", idt)
    rt = d.L("generic-secret", d.fresh(gsecret, "b64u"))
    dump = {"okta-token-storage": okta, "okta-cache-storage": jd({"https://login.%s/oauth2/default/.well-known/openid-configuration" % d.r.choice(DOMAINS): {"value": {"issuer": "..."}}}),
            "refresh_token": rt, "ajs_anonymous_id": '"%s"' % uuid(d.r), "theme": "dark", "csrf": rs(d.r, ALNUM, 32)}
    d.w("> copy(JSON.stringify(localStorage))\n< undefined\n// clipboard:\n" + jd(dump) + "\n")


# ---------------- AWS local caches ----------------
def aws_caches(d, i):
    sso = tok(d, "b64")
    ak, sk = d.L("aws-access-key-id", d.fresh(aws_akid, "ASIA")), d.L("aws-secret-key", d.fresh(aws_secret))
    st = d.L("generic-secret", "IQoJb3JpZ2luX2VjE" + rs(d.r, B64, 300))
    d.w("$ cat ~/.aws/sso/cache/%s.json\n" % sha1(d.r),
        jd({"startUrl": "https://d-%s.awsapps.com/start" % rs(d.r, DIG + LOWER, 10), "region": d.r.choice(REG), "accessToken": d.L("bearer-token|generic-secret", sso),
            "expiresAt": "2026-11-%02dT18:00:00Z" % d.r.randint(1, 28), "clientId": rs(d.r, ALNUM + "-_", 22), "clientSecret": d.L("jwt|generic-secret", jw(d, None, "HS256"))}, indent=2) + "\n",
        "$ cat ~/.aws/cli/cache/%s.json\n" % sha1(d.r),
        jd({"Credentials": {"AccessKeyId": ak, "SecretAccessKey": sk, "SessionToken": st, "Expiration": "2026-11-20T11:00:00+00:00"},
            "AssumedRoleUser": {"AssumedRoleId": "AROA%s:botocore-session-%d" % (rs(d.r, B32, 17), d.r.randint(10 ** 9, 10 ** 10)), "Arn": "arn:aws:sts::%s:assumed-role/dev/botocore-session" % rs(d.r, DIG, 12)}}, indent=2) + "\n")


def saml2aws(d, i):
    ak, sk = d.L("aws-access-key-id", d.fresh(aws_akid, "ASIA")), d.L("aws-secret-key", d.fresh(aws_secret))
    d.w("[saml]\naws_access_key_id        = %s\naws_secret_access_key    = %s\naws_session_token        = %s\naws_security_token       = %s\nx_principal_arn          = arn:aws:sts::%s:assumed-role/Admin/%s\nx_security_token_expires = 2026-11-%02dT17:00:00Z\n" % (
        ak, sk, d.L("generic-secret", "FwoGZXIvYXdzE" + rs(d.r, B64, 260)), "<same as session token>", rs(d.r, DIG, 12), email(d.r, dom="mail.invalid"), d.r.randint(1, 28)))


def aws_vault(d, i):
    ak, sk = d.L("aws-access-key-id", d.fresh(aws_akid, "ASIA")), d.L("aws-secret-key", d.fresh(aws_secret))
    d.w("$ aws-vault exec prod -- env | grep AWS\nAWS_VAULT=prod\nAWS_REGION=%s\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_SESSION_TOKEN=%s\nAWS_CREDENTIAL_EXPIRATION=2026-11-20T12:00:00Z\n" % (
        d.r.choice(REG), ak, sk, d.L("generic-secret", "IQoJb3JpZ2luX2VjE" + rs(d.r, B64, 240))),
        "$ aws-vault list\nProfile                  Credentials              Sessions\n=======                  ===========              ========\nprod                     prod                     sts.GetSessionToken:%dm\n" % d.r.randint(10, 59))


# ---------------- Helm values of charts not used before ----------------
def helm_values(d, i):
    k = i % 6
    if k == 0:
        d.w("# oauth2-proxy values\nconfig:\n  clientID: \"%s\"\n  clientSecret: \"%s\"\n  cookieSecret: \"%s\"\n  configFile: |-\n    email_domains = [ \"*\" ]\n    upstreams = [ \"file:///dev/null\" ]\n" % (uuid(d.r), S(d, "alnum"), d.L("generic-secret", b64url(rbytes(d.r, 32)))))
    elif k == 1:
        d.w("# bitnami/keycloak values\nauth:\n  adminUser: admin\n  adminPassword: \"%s\"\npostgresql:\n  enabled: true\n  auth:\n    postgresPassword: %s\n    password: \"%s\"\n    existingSecret: \"\"\nproxy: edge\n" % (P(d), P(d, "words", bad="#:"), P(d)))
    elif k == 2:
        d.w("# minio values\nmode: distributed\nrootUser: minio-admin\nrootPassword: \"%s\"\nusers:\n  - accessKey: loki\n    secretKey: %s\n    policy: readwrite\n  - accessKey: console\n    existingSecret: minio-console\n    existingSecretKey: password\n" % (P(d), S(d, "alnum")))
    elif k == 3:
        d.w("# bitnami/mongodb values\narchitecture: replicaset\nauth:\n  enabled: true\n  rootUser: root\n  rootPassword: \"%s\"\n  usernames: [\"app\", \"report\"]\n  passwords: [\"%s\", \"%s\"]\n  databases: [\"app\", \"app\"]\n  replicaSetKey: %s\n" % (P(d), P(d), P(d), S(d, "alnum")))
    elif k == 4:
        d.w("# bitnami/rabbitmq values\nauth:\n  username: admin\n  password: \"%s\"\n  erlangCookie: %s\n  securePassword: true\nmetrics:\n  enabled: true\n" % (P(d), d.L("generic-secret", rs(d.r, UPPER, 20) + rs(d.r, ALNUM, 12))))
    else:
        d.w("# apache-airflow/airflow values\nwebserverSecretKey: %s\nfernetKey: %s\ndata:\n  metadataConnection:\n    user: airflow\n    pass: %s\n    host: pg.airflow.svc\n    db: airflow\nwebserver:\n  defaultUser:\n    username: admin\n    password: %s\n" % (
            S(d, "hex32"), d.L("generic-secret", base64.urlsafe_b64encode(rbytes(d.r, 32)).decode()), P(d, None, bad="#:"), P(d, "words", bad="#:")))


# ---------------- Java / .NET / mobile build configs ----------------
def java_cfg(d, i):
    k = i % 6
    host = "db-%d.internal" % d.r.randint(1, 9)
    if k == 0:
        d.w("changeLogFile=db/changelog/db.changelog-master.yaml\nurl=jdbc:postgresql://%s:5432/app\nusername=liquibase\npassword=%s\nliquibase.hub.mode=off\n" % (host, P(d)))
    elif k == 1:
        d.w("flyway.url=jdbc:mysql://%s:3306/shop\nflyway.user=flyway\nflyway.password=%s\nflyway.locations=classpath:db/migration\nflyway.placeholders.readerPassword=%s\n" % (host, P(d), P(d)))
    elif k == 2:
        d.w("org.quartz.scheduler.instanceName = ReportScheduler\norg.quartz.jobStore.dataSource = qzDS\norg.quartz.dataSource.qzDS.driver = oracle.jdbc.OracleDriver\norg.quartz.dataSource.qzDS.URL = jdbc:oracle:thin:@%s:1521/ORCLPDB1\norg.quartz.dataSource.qzDS.user = quartz\norg.quartz.dataSource.qzDS.password = %s\n" % (host, P(d)))
    elif k == 3:
        d.w("dataSourceClassName=org.postgresql.ds.PGSimpleDataSource\ndataSource.user=hikari\ndataSource.password=%s\ndataSource.databaseName=orders\ndataSource.portNumber=5432\ndataSource.serverName=%s\nmaximumPoolSize=20\n" % (P(d), host))
    elif k == 4:
        d.w('<?xml version="1.0" encoding="UTF-8"?>\n<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">\n  <persistence-unit name="ordersPU">\n    <properties>\n      <property name="jakarta.persistence.jdbc.url" value="jdbc:mariadb://%s:3306/orders"/>\n      <property name="jakarta.persistence.jdbc.user" value="orders"/>\n      <property name="jakarta.persistence.jdbc.password" value="%s"/>\n      <property name="hibernate.hbm2ddl.auto" value="validate"/>\n    </properties>\n  </persistence-unit>\n</persistence>\n' % (host, XP(d)))
    else:
        d.w('<Configuration status="warn">\n  <Appenders>\n    <SMTP name="Mail" subject="[prod] error" to="oncall@%s" from="alerts@%s" smtpHost="smtp.%s" smtpPort="587" smtpUsername="alerts" smtpPassword="%s" bufferSize="50"/>\n  </Appenders>\n</Configuration>\n' % (
            "mail.invalid", "mail.invalid", d.r.choice(DOMAINS), XP(d)))


def dotnet_cfg(d, i):
    if i % 2 == 0:
        d.w(jd({"ConnectionStrings:Default": "Server=sql.internal;Database=Orders;User Id=orders_app;Password=%s;TrustServerCertificate=True" % P(d, None, bad=";"),
                "Stripe:WebhookSecret": "whsec_" + d.L("generic-secret", rs(d.r, ALNUM, 32)) if False else S(d, "pref"),
                "Jwt:SigningKey": S(d, "b64"), "Jwt:Issuer": "https://auth.%s" % d.r.choice(DOMAINS), "Smtp:Password": P(d)}, indent=2) + "\n")
    else:
        d.w(jd({"profiles": {"Api": {"commandName": "Project", "launchBrowser": True, "applicationUrl": "https://localhost:7043",
                "environmentVariables": {"ASPNETCORE_ENVIRONMENT": "Development", "API__ClientSecret": S(d), "API__ClientId": uuid(d.r), "DB_PASSWORD": P(d),
                                         "UPSTREAM__BearerToken": d.L("bearer-token|generic-secret", tok(d))}}}}, indent=2) + "\n")


def mobile_cfg(d, i):
    k = i % 4
    if k == 0:
        d.w("# keystore.properties (do not commit)\nstoreFile=../release.jks\nstorePassword=%s\nkeyAlias=upload\nkeyPassword=%s\n" % (P(d), P(d)))
    elif k == 1:
        d.w("# fastlane/.env.default\nFASTLANE_USER=ci@%s\nFASTLANE_PASSWORD=%s\nMATCH_PASSWORD=%s\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s\nAPP_STORE_CONNECT_API_KEY_ID=%s\n" % (
            "mail.invalid", P(d), P(d), d.L("password", "-".join(rs(d.r, LOWER, 4) for _ in range(4))), rs(d.r, UPPER + DIG, 10)))
    elif k == 2:
        d.w("// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = se.nordvik.app\nAPI_BASE_URL = https:/$()/api.%s\nAPI_CLIENT_SECRET = %s\nSENTRY_DSN_PUBLIC_KEY = %s\nAPPCENTER_SECRET = %s\n" % (d.r.choice(DOMAINS), S(d), rs(d.r, HEX, 32), uuid(d.r)))
    else:
        d.w("sdk.dir=/Users/ci/Library/Android/sdk\nMAPS_API_KEY=${MAPS_API_KEY}\nRELEASE_STORE_PASSWORD=%s\nRELEASE_KEY_PASSWORD=%s\nbackend.hmacSecret=%s\nbackend.publicKeyPin=sha256/%s=\n" % (P(d), P(d), S(d, "hex64"), rs(d.r, B64, 43)))


# ---------------- Swedish letters and exports ----------------
def inkasso(d, i):
    f, l = person(d.r)
    ocr = rs(d.r, DIG, 9)
    ocr += luhn_digit(ocr)
    d.w("%s Inkasso AB                                   Org.nr %s\nBox %d, %s %s\n\n" % (d.r.choice(["Norrviken", "Kvarn", "Östkust"]), orgnr(d.r), d.r.randint(100, 9999), *d.r.choice(SE_CITIES)),
        "INKASSOKRAV\n\n%s %s\n%s %d\n%s %s\n\nPersonnummer: %s\nÄrendenummer: %s\nFakturanummer: %s\nOCR-nummer: %s\nBankgiro: %d-%04d\n\n" % (
            f, l, d.r.choice(SE_STREETS), d.r.randint(1, 90), *d.r.choice(SE_CITIES), PN(d, d.r.random() < 0.5), booking(d), booking(d, ""), ocr, d.r.randint(100, 9999), d.r.randint(0, 9999)),
        "Kapitalbelopp           %d,00 kr\nPåminnelseavgift          60,00 kr\nInkassoavgift            180,00 kr\n\nBetala senast 2026-12-%02d. Frågor? Ring %s vardagar 9-16.\n" % (d.r.randint(300, 9000), d.r.randint(1, 28), d.L("phone", d.fresh(lambda r: "08-%03d %02d %02d" % (r.randint(500, 799), r.randint(0, 99), r.randint(0, 99))))))


def gym_csv(d, i):
    d.w("Medlemsnr;Personnummer;Förnamn;Efternamn;Mobil;Kort;Startdatum;Avtalsnr\n")
    for _ in range(d.r.randint(4, 7)):
        f, l = person(d.r)
        d.w("%s;%s;%s;%s;%s;%s;2026-0%d-01;%s\n" % (booking(d, ""), PN(d, True, ""), f, l, d.L("phone", d.fresh(lambda r: phone(r, "SE").replace(" ", "").replace("-", ""))), rs(d.r, DIG, 10), d.r.randint(1, 9), booking(d)))


def telecom_contract(d, i):
    f, l = person(d.r)
    d.w(jd({"contractId": "C-" + booking(d), "createdAt": ts(d), "customer": {"type": "private", "civicRegistrationNumber": PN(d, True, ""), "firstName": f, "lastName": l,
            "email": d.L("email", d.fresh(email, f, l)), "contactPhone": d.L("phone", d.fresh(phone, "SE"))},
            "subscription": {"msisdn": d.L("phone", d.fresh(lambda r: "467%d%07d" % (r.choice([0, 2, 3, 6]), r.randint(0, 9999999)))), "iccid": "8946" + rs(d.r, DIG, 15), "imei": "35" + rs(d.r, DIG, 13), "plan": "Fri Surf 20GB"},
            "invoice": {"ocr": rs(d.r, DIG, 12), "invoiceNumber": booking(d, "")}, "company": {"orgNo": orgnr(d.r)}}, indent=2) + "\n")


def parking_fine(d, i):
    d.w("KONTROLLAVGIFT\n\nAvgiftsnummer: %s\nDatum/tid: 2026-11-%02d %02d:%02d\nRegnr: %s %03d\nPlats: %s %d, %s\nÖverträdelse: Ej betald parkering (kod %d)\nBelopp: %d kr\n\n" % (
        booking(d), d.r.randint(1, 28), d.r.randint(8, 20), d.r.randint(0, 59), rs(d.r, "ABCDEFGHJKLMNOPRSTUWXYZ", 3), d.r.randint(0, 999), d.r.choice(SE_STREETS), d.r.randint(1, 80), d.r.choice(SE_CITIES)[1], d.r.randint(10, 99), d.r.choice([450, 600, 800])),
        "Bestridande inkommet via webbformulär:\n  Namn: %s\n  Personnummer: %s\n  E-post: %s\n  Meddelande: Jag betalade via app, kvitto %s.\n" % (" ".join(person(d.r)), PN(d), d.L("email", d.fresh(email)), booking(d, "")))


def koha_patrons(d, i):
    d.w("cardnumber,surname,firstname,dateofbirth,branchcode,categorycode,email,phone,borrowernotes\n")
    for _ in range(d.r.randint(3, 6)):
        f, l = person(d.r)
        d.w("%s,%s,%s,%s,HUVUD,VUXEN,%s,%s,\"%s\"\n" % (PN(d, True, ""), l, f, d.L("date-of-birth", dob(d.r, "iso")), d.L("email", d.fresh(email, f, l)), d.L("phone", d.fresh(phone, "SE")),
                                                      d.r.choice(["", "Lånekort ersatt, gammalt kortnr %s" % rs(d.r, DIG, 10), "Reservation %s" % booking(d)])))


def eu_onboarding(d, i):
    """multinational HR onboarding export: national ids under their own labels"""
    rows = []
    for k in range(d.r.randint(3, 5)):
        f, l = person(d.r)
        c = ["NL", "GB", "ES", "FI", "NL", "GB"][(i + k) % 6]
        rec = {"worker_id": "W%06d" % d.r.randint(0, 999999), "legal_name": {"first": f, "last": l}, "country": c,
               "birth_date": d.L("date-of-birth", dob(d.r, "iso")), "personal_email": d.L("email", d.fresh(email, f, l)), "mobile": d.L("phone", d.fresh(phone, c if c in PHONE_FMT else None))}
        if c == "NL":
            rec["national_ids"] = [{"type": "BSN", "label": "burgerservicenummer", "value": d.L("nl-bsn", d.fresh(nl_bsn))}]
        elif c == "GB":
            rec["national_ids"] = [{"type": "NINO", "label": "National Insurance number", "value": d.L("uk-nino", d.fresh(uk_nino))}]
        elif c == "ES":
            rec["national_ids"] = [{"type": "DNI", "label": "Documento Nacional de Identidad", "value": d.L("es-dni", d.fresh(es_dni))}]
        else:
            rec["national_ids"] = [{"type": "HETU", "label": "henkilötunnus", "value": d.L("fi-hetu", d.fresh(fi_hetu))}]
        rec["passport"] = {"number": d.L("passport", d.fresh(passport, c if c != "FI" else "NL")), "expires": "20%d-0%d-01" % (d.r.randint(27, 34), d.r.randint(1, 9))}
        rec["bank"] = {"iban": d.L("iban", d.fresh(iban, {"NL": "NL", "GB": "GB", "ES": "ES", "FI": "DK"}[c], False)), "bic": rs(d.r, UPPER, 6) + "2X"}
        rec["employee_reference"] = "EMP-" + luhn_booking(d.r)
        rows.append(rec)
    d.w(jd({"export": "onboarding", "generated": ts(d), "records": rows}, indent=2) + "\n")


BUILDERS = [("hr-intl", "onboarding", "json", eu_onboarding, 8), 
    ("k8s-audit", "audit", "jsonl", k8s_audit, 6), ("dotfiles", "docker-config", "json", docker_cfg, 4), ("dotfiles", "client-rc", "conf", curlrc, 9),
    ("dotfiles", "localstorage", "txt", local_storage, 6), ("aws-cache", "sso-cli-cache", "txt", aws_caches, 6), ("aws-cache", "saml2aws-credentials", "ini", saml2aws, 4),
    ("aws-cache", "aws-vault", "txt", aws_vault, 4), ("helm", "values", "yaml", helm_values, 12), ("buildcfg", "java", "properties", java_cfg, 12),
    ("buildcfg", "dotnet", "json", dotnet_cfg, 6), ("buildcfg", "mobile", "properties", mobile_cfg, 8),
    ("se-letters", "inkasso", "txt", inkasso, 6), ("se-letters", "gym-medlemmar", "csv", gym_csv, 5), ("se-letters", "abonnemang", "json", telecom_contract, 6),
    ("se-letters", "kontrollavgift", "txt", parking_fine, 5), ("se-letters", "koha-patrons", "csv", koha_patrons, 5),
]
