# passwords and generic secrets (exec'd by generate.py)

HOSTS = ["db01.int.nordvik", "pg-primary.svc", "10.20.4.17", "mysql-ro.lan", "192.168.40.12", "sql-prod-03"]
USERS = ["svc_etl", "app_rw", "reporting", "backup", "deploy", "grafana", "billing_app", "kiosk"]


@doc("emacs-authinfo/authinfo")
def _(d, v, r):
    out = []
    for h, port in [("imap.fastmail.com", 993), ("smtp.fastmail.com", 587), ("irc.libera.chat", 6697), ("api.github.com", None), ("mail.nordvik-data.se", 465)]:
        p = d.L(PW, v.pw(punct="!#%*-_.+=@^"))
        out.append("machine %s login %s password %s%s" % (h, r.choice(USERS), p, " port %d" % port if port else ""))
    out.insert(2, "machine smtp.gmail.com login me password <app-password>")
    out.append("# old: machine news.eternal-september.org login jd password ********")
    return "\n".join(out) + "\n"


@doc("lftp-rc-bookmarks/bookmarks")
def _(d, v, r):
    out = []
    for name in ["mirror-up", "ftp-archiv", "sftp-prod", "sftp-stage"]:
        p = v.pw(punct="!*-_.~")
        enc = urllib.parse.quote(p, safe="")
        d.L(UP, enc)
        out.append("%s\t%s://%s:%s@files%d.nordvik-data.se/pub/" % (name, r.choice(["ftp", "sftp"]), r.choice(USERS), enc, r.randint(1, 9)))
    out.append("anon\tftp://anonymous:anonymous@ftp.sunet.se/pub/")
    return "\n".join(out) + "\n"


@doc("lftp-rc-bookmarks/lftprc")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="!#%-_.+="))
    p2 = d.L(PW, v.pw(punct="!#%-_.+="))
    return ("set ssl:verify-certificate no\nset net:max-retries 3\n"
            "alias prod 'open -u deploy,%s sftp://172.16.9.4'\n"
            "alias logs \"open --user logship --password '%s' ftps://192.168.7.30\"\n"
            "# alias dev 'open -u dev,$DEV_FTP_PASS sftp://dev'\n" % (p1, p2))


@doc("mosquitto-passwd-provisioning/provision.sh")
def _(d, v, r):
    lines = ["#!/bin/sh", "set -eu", "PWFILE=/etc/mosquitto/passwd", ": > \"$PWFILE\""]
    for u in ["sensor-gw", "node-red", "telegraf", "zigbee", "frigate", "ha-core", "shelly-kok", "shelly-garage", "valetudo", "esp-door"]:
        p = d.L(PW, v.pw(punct="#%-_.+=@^"))
        lines.append("mosquitto_passwd -b \"$PWFILE\" %s '%s'" % (u, p))
    lines.append("mosquitto_passwd -b \"$PWFILE\" guest \"${GUEST_PASS:-guest}\"")
    lines.append("# hashed result looks like: ha-core:$7$101$" + d.X(v.b64url(16)) + "$" + v.b64url(86))
    lines.append("systemctl reload mosquitto")
    return "\n".join(lines) + "\n"


@doc("mssql-bcp-commands/nightly_export.cmd")
def _(d, v, r):
    out = ["@echo off", "REM nightly BCP export - owner: DBA team", "setlocal"]
    for t in ["Sales.Orders", "Sales.OrderLines", "dbo.Customers", "HR.Timesheets", "dbo.Invoices", "dbo.Payments", "Stock.Moves", "dbo.Prices"]:
        p = d.L(PW, v.pw(punct="#-_.+=@~"))
        out.append('bcp %s out "D:\\export\\%s.dat" -S sql-prod-03\\ERP -U %s -P %s -c -t"|"' % (t, t.split(".")[1].lower(), r.choice(USERS), p))
    out.append('bcp dbo.Audit out D:\\export\\audit.dat -S sql-prod-03 -T -c')
    out.append('bcp dbo.Stage in D:\\import\\stage.dat -S sql-prod-03 -U etl -P %%BCP_PWD%% -c')
    return "\r\n".join(out) + "\r\n"


@doc("sqlpackage-publish/publish.ps1")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="#-_.+=@!"))
    p2 = d.L(PW, v.pw(punct="#-_.+=@!"))
    p3 = d.L(PW, v.pw(punct="#-_.+=@!"))
    return ("$ErrorActionPreference = 'Stop'\n"
            "& SqlPackage.exe /Action:Publish /SourceFile:.\\bin\\Release\\Warehouse.dacpac `\n"
            "  /TargetServerName:sql-prod-03.nordvik.local /TargetDatabaseName:Warehouse `\n"
            "  /TargetUser:dacpac_deploy /TargetPassword:%s /p:BlockOnPossibleDataLoss=false\n\n"
            "& SqlPackage.exe /Action:Extract /TargetFile:.\\snap.dacpac `\n"
            "  /SourceConnectionString:\"Server=tcp:sql-stage;Database=Warehouse;User ID=extract;Password=%s;Encrypt=True\"\n\n"
            "# pipeline variant (secret comes from the library):\n"
            "#   /TargetPassword:$(SqlAdminPassword)\n"
            "& SqlPackage.exe /Action:Export /SourceServerName:sql-dev /SourceUser:sa /SourcePassword:'%s' /TargetFile:dev.bacpac\n" % (p1, p2, p3))


@doc("htpasswd-commands/setup_basic_auth.sh")
def _(d, v, r):
    out = ["#!/bin/bash", "# creates basic auth for the staging vhosts"]
    first = True
    for u in ["qa", "pm-anna", "pm-erik", "customer-demo", "monitoring", "uat-1", "uat-2", "partner-ext"]:
        p = d.L(PW, v.pw(punct="#%-_.+=@^"))
        out.append("htpasswd -b%s /etc/nginx/.htpasswd %s '%s'" % ("c" if first else "", u, p))
        first = False
    out.append("htpasswd -nbB ci \"$CI_BASIC_PASS\" >> /etc/nginx/.htpasswd")
    out.append("# resulting line: monitoring:$apr1$%s$%s" % (d.X(v.s(8)), v.s(22, ALNUM + "./")))
    return "\n".join(out) + "\n"


@doc("nmcli-connection-scripts/wifi-enroll.sh")
def _(d, v, r):
    out = ["#!/bin/sh"]
    for ssid in ["Lager-WLAN", "Kontor 2.4", "Butik-Gäst"]:
        p = d.L(PW, v.pw(punct="#%-_.+=@", style=r.choice(["words", "sv", "mix"])))
        out.append("nmcli connection add type wifi ifname wlan0 con-name '%s' ssid '%s' wifi-sec.key-mgmt wpa-psk wifi-sec.psk '%s'" % (ssid, ssid, p))
    p = d.L(PW, v.pw(punct="#%-_.+="))
    out.append("nmcli con add type wifi con-name corp-8021x ssid NordvikCorp 802-1x.eap peap 802-1x.phase2-auth mschapv2 \\\n"
               "  802-1x.identity svc-scanner01 802-1x.password '%s' wifi-sec.key-mgmt wpa-eap" % p)
    p = d.L(PW, v.pw(punct="#%-_.+="))
    out.append("nmcli con add type vpn vpn-type openconnect con-name ac vpn.data gateway=vpn.nordvik.se vpn.secrets 'password=%s'" % p)
    out.append("nmcli con modify Lager-WLAN wifi-sec.psk-flags 1   # agent-owned from now on")
    return "\n".join(out) + "\n"


@doc("cntlm-conf/cntlm.conf")
def _(d, v, r):
    p = d.L(PW, v.pw(punct="%-_.+=@!"))
    return ("#\n# Cntlm Authentication Proxy Configuration\n#\nUsername\tsvc-proxy\nDomain\t\tNORDVIK\n"
            "Password\t%s\n# NOTE: use hashes instead of plain text where possible\n"
            "PassLM\t\t%s\nPassNT\t\t%s\nPassNTLMv2\t%s\n\nProxy\t\t10.0.0.41:8080\nNoProxy\t\tlocalhost, 127.0.0.*, 10.*, 192.168.*\nListen\t\t3128\n"
            % (p, d.X(v.hex(32).upper()), d.X(v.hex(32).upper()), d.X(v.hex(32).upper())))


@doc("mariadb-client-cnf/my.cnf")
def _(d, v, r):
    out = []
    for grp in ["client", "mysqldump", "mariadb-backup", "client-replica", "mysqladmin", "client-analytics"]:
        p = d.L(PW, v.pw(punct="#%-_.+=@^!"))
        out.append("[%s]\nuser=%s\npassword=\"%s\"\nhost=%s\n" % (grp, r.choice(USERS), p, r.choice(HOSTS)))
    out.append("[mysql]\n# password is prompted\npassword\nprompt=\\u@\\h [\\d]>\\_\n")
    return "\n".join(out)


@doc("efcore-appsettings/appsettings.Production.json")
def _(d, v, r):
    p1 = v.pw(punct="#%-_.+=!^")
    p2 = v.pw(punct="#%-_.+=!^") + "\\q"
    d.L(PW, p1)
    d.L(PW, jesc(p2))
    p3 = d.L(PW, v.pw(punct="#%-_.+=!^"))
    return json.dumps({"Logging": {"LogLevel": {"Default": "Warning"}},
                       "ConnectionStrings": {"Default": "Server=sql-prod-03;Database=Shop;User Id=shop_app;Password=%s;TrustServerCertificate=True" % p1,
                                             "Reporting": "Host=pg-primary.svc;Username=reporting;Password=%s;Database=dw" % p2,
                                             "Identity": "Server=(localdb)\\mssqllocaldb;Database=Identity;Trusted_Connection=True"},
                       "Smtp": {"Host": "smtp.office365.com", "User": "noreply@nordvik-data.se", "Password": p3},
                       "Jwt": {"Issuer": "shop", "Key": "__set_in_keyvault__"}}, indent=2, ensure_ascii=False).replace(
        "noreply@nordvik-data.se", d.L("email", "noreply@nordvik-data.se")) + "\n"


@doc("mysql-go-driver-dsn/db.go")
def _(d, v, r):
    ps = [d.L(PW, v.pw(punct="#%-_.+=!^")) for _ in range(3)]
    return ('package store\n\nimport (\n\t"database/sql"\n\t"os"\n\n\t_ "github.com/go-sql-driver/mysql"\n)\n\n'
            '// legacyDSN is kept until the migration to Vault finishes.\nconst legacyDSN = "orders:%s@tcp(10.20.4.17:3306)/orders?parseTime=true"\n\n'
            'func Open() (*sql.DB, error) {\n\tif dsn := os.Getenv("ORDERS_DSN"); dsn != "" {\n\t\treturn sql.Open("mysql", dsn)\n\t}\n\treturn sql.Open("mysql", legacyDSN)\n}\n\n'
            'func OpenReplica() (*sql.DB, error) {\n\tcfg := mysql.Config{User: "ro", Passwd: "%s", Net: "tcp", Addr: "mysql-ro.lan:3306", DBName: "orders"}\n\treturn sql.Open("mysql", cfg.FormatDSN())\n}\n\n'
            '// Example from the driver README: "user:password@/dbname"\nvar auditDSN = "audit:%s@unix(/var/run/mysqld/mysqld.sock)/audit"\n' % tuple(ps))


@doc("ecto-repo-config/runtime.exs")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    p2 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    p3 = v.pw(punct="!*-_.~")
    d.L(UP, urllib.parse.quote(p3, safe=""))
    return ('import Config\n\nconfig :shop, Shop.Repo,\n  username: "shop",\n  password: "%s",\n  hostname: "pg-primary.svc",\n  database: "shop_prod",\n  pool_size: 15\n\n'
            'config :shop, Shop.AnalyticsRepo,\n  url: "ecto://analytics:%s@10.20.4.30/analytics"\n\n'
            'if config_env() == :prod do\n  config :shop, Shop.Repo, password: System.fetch_env!("DB_PASSWORD")\nend\n\n'
            'config :shop, Shop.Mailer, adapter: Swoosh.Adapters.SMTP, relay: "smtp.nordvik.se", username: "shop", password: "%s"\n' % (p1, urllib.parse.quote(p3, safe=""), p2))


@doc("raku-dbiish-scripts/sync.raku")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    p2 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    return ("use DBIish;\n\nmy $src = DBIish.connect('Pg', :host<pg-primary.svc>, :database<crm>, :user<sync>, :password('%s'));\n"
            "my $dst = DBIish.connect('mysql', :host<10.20.4.17>, :database<crm_copy>, :user<sync>, :password<%s>);\n"
            "# my $dev = DBIish.connect('Pg', :user<dev>, :password(%%*ENV<DEV_PW>));\n"
            "for $src.execute('SELECT id, name FROM accounts').allrows -> @row { $dst.execute('REPLACE INTO accounts VALUES (?, ?)', |@row) }\n" % (p1, p2))


@doc("pascal-zeos-code/DataModule.pas")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    p2 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    return ("unit DataModule;\n\ninterface\n\nuses ZConnection, SysUtils;\n\nprocedure ConnectAll;\n\nimplementation\n\n"
            "procedure ConnectAll;\nbegin\n  ZConn.Protocol := 'firebird';\n  ZConn.HostName := '192.168.40.12';\n  ZConn.Database := 'C:\\Data\\KASSA.FDB';\n"
            "  ZConn.User := 'KASSA';\n  ZConn.Password := '%s';\n  ZConn.Connect;\n\n  ZLog.Protocol := 'postgresql';\n"
            "  ZLog.Properties.Add('password=%s');\n  ZLog.Password := GetEnvironmentVariable('LOGDB_PASS');\nend;\n\nend.\n" % (p1.replace("'", "''"), p2))


@doc("vapor-configure-swift/configure.swift")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    p2 = d.L(PW, v.pw(punct="#%-_.+=!^@"))
    return ('import Vapor\nimport Fluent\nimport FluentPostgresDriver\n\npublic func configure(_ app: Application) throws {\n'
            '    app.databases.use(.postgres(configuration: .init(\n        hostname: Environment.get("DATABASE_HOST") ?? "localhost",\n'
            '        username: "vapor",\n        password: Environment.get("DATABASE_PASSWORD") ?? "%s",\n        database: "vapor_prod",\n        tls: .disable)), as: .psql)\n\n'
            '    app.redis.configuration = try RedisConfiguration(hostname: "cache.int", password: "%s")\n'
            '    // docs sample: password: "vapor_password"\n}\n' % (p1, p2))


@doc("foreman-hammer-commands/bootstrap.sh")
def _(d, v, r):
    out = ["#!/bin/bash", "hammer -u admin -p \"$FOREMAN_PW\" ping"]
    for u in ["ops-lina", "ops-omar", "audit-ro", "api-ansible", "ops-ines", "ops-pavel", "api-terraform"]:
        p = d.L(PW, v.pw(punct="#%-_.+=@^"))
        out.append("hammer user create --login %s --password '%s' --mail %s --auth-source-id 1 --organizations Nordvik" % (u, p, u + "@nordvik.example"))
    p = d.L(PW, v.pw(punct="#%-_.+=@^"))
    out.append("hammer compute-resource create --name vcenter01 --provider Vmware --server vc01.int --user svc_foreman@vsphere.local --password '%s' --datacenter DC1" % p)
    p = d.L(PW, v.pw(punct="#%-_.+=@^"))
    out.append("hammer host set-parameter --host web07 --name root_pass --value '%s'" % p)
    return "\n".join(out) + "\n"


@doc("cobbler-settings/settings.yaml")
def _(d, v, r):
    p1 = d.L(PW, v.pw(punct="#%-_.+=@^"))
    p2 = d.L(PW, v.pw(punct="#%-_.+=@^"))
    return ("---\nauto_migrate_settings: false\nbind_master: 127.0.0.1\n"
            "default_password_crypted: \"$6$%s$%s\"\n"
            "power_management_default_type: ipmilanplus\n"
            "# plain BMC credentials used by the power scripts\npower_user: ADMIN\npower_pass: \"%s\"\n"
            "ldap_server: ldap.int\nldap_search_bind_dn: 'cn=cobbler,ou=svc,dc=nordvik,dc=local'\nldap_search_passwd: '%s'\n"
            "server: 10.0.0.5\nnext_server_v4: 10.0.0.5\n" % (d.X(v.s(16, ALNUM + "./")), v.s(86, ALNUM + "./"), p1, p2))


@doc("uci-batch-files/wireless_and_network")
def _(d, v, r):
    k1 = d.L(PW, v.pw(punct="#%-_.+=@", style="words"))
    k2 = d.L(PW, v.pw(punct="#%-_.+=@"))
    p3 = d.L(PW, v.pw(punct="#%-_.+=@"))
    p4 = d.L(PW, v.pw(punct="#%-_.+=@"))
    return ("config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'Stuga'\n\toption encryption 'sae-mixed'\n\toption key '%s'\n\n"
            "config wifi-iface 'guest'\n\toption device 'radio1'\n\toption ssid 'Stuga-guest'\n\toption encryption 'psk2'\n\toption key '%s'\n\n"
            "config interface 'wan'\n\toption proto 'pppoe'\n\toption username 'b123456'\n\toption password '%s'\n\n"
            "config interface 'wg0'\n\toption proto 'wireguard'\n\toption private_key '%s'\n\n"
            "config ddns 'home'\n\toption service_name 'dynu.com'\n\toption username 'stuga'\n\toption password '%s'\n" % (k1, k2, p3, d.L(GS, v.s(43, B64) + "="), p4))


@doc("threema-chat-txt/Chat_med_IT.txt")
def _(d, v, r):
    lines = []
    t = datetime.datetime(2026, 11, 3, 8, 2)
    msgs = [("Kerstin", "Hej! Jag kommer inte in i kassasystemet, det står fel lösenord."),
            ("IT Jonas", "Jag har återställt det. Nytt tillfälligt lösenord: %s (byt vid första inloggning)" % d.L(PW, v.pw(punct="#%-_.+=!"))),
            ("Kerstin", "Tack! Och wifi-lösenordet för lagret?"),
            ("IT Jonas", "Lagret: %s   gästnätet är fortfarande ******** (fråga receptionen)" % d.L(PW, v.pw(punct="#%-_.+=!", style="sv"))),
            ("Markus", "Hallo zusammen, mein VPN-Passwort lautet jetzt %s – bitte nicht weitergeben :)" % d.L(PW, v.pw(punct="#%-_.+=!"))),
            ("IT Jonas", "Markus, schick bitte keine Passwörter im Chat. Für alle: Muster wie Passwort123 sind verboten."),
            ("Aino", "Salasana vaihdettu, uusi on %s" % d.L(PW, v.pw(punct="#%-_.+=!"))),
            ("IT Jonas", "Mot de passe du compte partagé compta: %s" % d.L(PW, v.pw(punct="#%-_.+=!")))]
    for who, m in msgs:
        t += datetime.timedelta(minutes=r.randint(1, 40))
        lines.append("[%s] %s: %s" % (t.strftime("%d.%m.%y, %H:%M"), who, m))
    return "\n".join(lines) + "\n"


@doc("freescout-conversation-export/conversations.csv")
def _(d, v, r):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Conversation ID", "Subject", "Customer", "Customer Email", "Thread Type", "Body"])
    rows = [
        ("Cannot log in", "en", "Hi, I reset it but still fails. The password I set is %s - can you check the account?"),
        ("Acceso FTP", "es", "Buenos días, la contraseña del FTP es %s y el usuario es proveedor07."),
        ("Zugang Webshop", "de", "Guten Tag, mein Kennwort: %s. Bitte das Konto entsperren."),
        ("Accesso portale", "it", "Salve, la mia password è %s, ma il portale dice che è scaduta."),
        ("Inloggning", "sv", "Hej, lösenordet jag använde var %s. Användarnamn: kund4412."),
        ("Wachtwoord", "nl", "Mijn wachtwoord is %s, graag snel oplossen."),
        ("Hasło", "pl", "Dzień dobry, hasło do panelu to %s."),
    ]
    for i, (subj, lang, body) in enumerate(rows):
        e = d.L("email", v.email())
        p = d.L(PW, v.pw(punct="#%-_.+=!@"))
        w.writerow([str(48810 + i), subj, "Customer %d" % i, e, "customer", body % p])
        w.writerow([str(48810 + i), subj, "Customer %d" % i, e, "message", "Thanks, we never need your password. Your new one-time code was sent by SMS; please ignore 'Passw0rd!' examples in our FAQ."])
    return buf.getvalue()


@doc("chatwoot-conversation-json/conversation_5521.json")
def _(d, v, r):
    msgs = []
    texts = ["Hola, no puedo entrar. Mi contraseña es %s", "Olá! A senha da conta é %s, podem verificar?",
             "Hi, the shared mailbox password is %s", "Merhaba, şifrem %s ama giriş yapamıyorum."]
    for i, tx in enumerate(texts):
        p = d.L(PW, v.pw(punct="#%-_.+=!@"))
        msgs.append({"id": 90001 + i, "content": tx % jesc(p) if False else tx % p, "message_type": 0, "created_at": 1796100000 + i * 60,
                     "sender": {"type": "contact", "name": "Visitor"}})
        msgs.append({"id": 90101 + i, "content": "Please reset via the link; never share your password (we show it as ••••••••).", "message_type": 1,
                     "created_at": 1796100030 + i * 60, "sender": {"type": "user", "name": "Agent"}})
    return json.dumps({"id": 5521, "inbox_id": 3, "status": "resolved", "messages": msgs}, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------ generic secrets
@doc("svix-webhook-config/endpoints.yaml")
def _(d, v, r):
    out = ["# svix endpoint registry (exported)", "endpoints:"]
    for n in ["orders", "refunds", "shipping", "crm-sync", "ledger", "payouts", "kyc", "returns", "loyalty", "search-index"]:
        sec = d.L(GS, "whsec_" + v.s(32, B64))
        out.append("  - uid: ep_%s\n    app_id: app_%s\n    url: https://hooks.%s.nordvik-data.se/svix\n    secret: %s\n    version: 1\n    filterTypes: [\"invoice.paid\", \"invoice.failed\"]"
                   % (d.X(v.s(27)), d.X(v.s(27)), n, sec))
    out.append("  - uid: ep_sandbox\n    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw   # docs example\n    url: http://localhost:3000/hook")
    return "\n".join(out) + "\n"


@doc("hmac-verifier-code/verify.ts")
def _(d, v, r):
    s1 = d.L(GS, v.hex(64))
    s2 = d.L(GS, v.b64url(48))
    s3 = d.L(GS, "shpss_" + v.hex(32)) if False else d.L(GS, v.s(40))
    return ("import { createHmac, timingSafeEqual } from 'node:crypto';\n\n"
            "// TODO move to secret store (ticket OPS-2231)\nconst GITEA_WEBHOOK_SECRET = '%s';\nconst LINEAR_SIGNING_SECRET = \"%s\";\nconst TYPEFORM_SECRET = `%s`;\n"
            "const CALENDLY_SIGNING_KEY = process.env.CALENDLY_SIGNING_KEY ?? '';\n\n"
            "// sha256 of the empty body, for the unit test\nconst EMPTY_SHA256 = '%s';\n"
            "const REQUEST_ID = '%s';\n\n"
            "export function verify(body: string, sig: string, secret = GITEA_WEBHOOK_SECRET): boolean {\n"
            "  const mac = createHmac('sha256', secret).update(body).digest('hex');\n  return timingSafeEqual(Buffer.from(mac), Buffer.from(sig));\n}\n"
            % (s1, s2, s3, d.X("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), d.X(v.uuid())))


@doc("lago-env/.env")
def _(d, v, r):
    rows = [("LAGO_API_URL", "https://billing-api.nordvik-data.se"), ("POSTGRES_USER", "lago"),
            ("POSTGRES_PASSWORD", d.L(PW, v.pw(punct="-_.+"))),
            ("SECRET_KEY_BASE", d.L(GS, v.hex(128))),
            ("LAGO_ENCRYPTION_PRIMARY_KEY", d.L(GS, v.s(32))),
            ("LAGO_ENCRYPTION_DETERMINISTIC_KEY", d.L(GS, v.s(32))),
            ("LAGO_ENCRYPTION_KEY_DERIVATION_SALT", d.L(GS, v.s(32))),
            ("LAGO_RSA_PRIVATE_KEY", "\"$(openssl genrsa 2048 | base64)\""),
            ("LAGO_WEBHOOK_SIGNATURE", "hmac"),
            ("STRIPE_PUBLISHABLE_KEY", d.X("pk_live_" + v.s(24))),
            ("LAGO_ORGANIZATION_ID", d.X(v.uuid())),
            ("LAGO_API_KEY", d.L(GS, v.uuid()))]
    return "# Lago self-hosted\n" + "\n".join("%s=%s" % kv for kv in rows) + "\n"


@doc("hedgedoc-config/config.json")
def _(d, v, r):
    cfg = {"production": {"domain": "pad.nordvik-data.se", "protocolUseSSL": True,
                          "sessionSecret": d.L(GS, v.b64url(64)),
                          "db": {"dialect": "postgres", "host": "pg-primary.svc", "username": "hedgedoc", "password": d.L(PW, v.pw(punct="-_.+!#"))},
                          "oauth2": {"providerName": "Keycloak", "clientID": d.X("hedgedoc"), "clientSecret": d.L(GS, v.s(32)),
                                     "authorizationURL": "https://sso.nordvik-data.se/realms/main/protocol/openid-connect/auth"},
                          "github": {"clientID": d.X("Ov23li" + v.s(14)), "clientSecret": d.L(GS, v.hex(40))},
                          "s3": {"accessKeyId": d.L(AK, v.akid("AKIA")), "secretAccessKey": "", "region": "eu-north-1"},
                          "minio": {"accessKey": "minio", "secretKey": "minio123"}}}
    sk = d.L(AS, v.awssecret())
    cfg["production"]["s3"]["secretAccessKey"] = sk
    return json.dumps(cfg, indent=2) + "\n"


@doc("zitadel-yaml/steps.yaml")
def _(d, v, r):
    mk = d.L(GS, v.s(32))
    return ("# zitadel start-from-init --masterkey \"%s\" --steps steps.yaml\nFirstInstance:\n  Org:\n    Human:\n      UserName: root\n"
            "      Password: \"%s\"\n      PasswordChangeRequired: true\n  Machine:\n    Machine:\n      Username: automation\n    Pat:\n      ExpirationDate: 2027-12-31T00:00:00Z\n"
            "Database:\n  postgres:\n    User:\n      Username: zitadel\n      Password: '%s'\n    Admin:\n      Username: postgres\n      Password: \"%s\"\n"
            "SystemAPIUsers:\n  - superuser:\n      KeyData: %s\n"
            % (mk, d.L(PW, v.pw(punct="-_.+!#")), d.L(PW, v.pw(punct="-_.+!#")), d.L(PW, v.pw(punct="-_.+!#")),
               d.X(base64.b64encode(b"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqh" + v.s(40).encode() + b"\n-----END PUBLIC KEY-----\n").decode())))


@doc("supabase-config-toml/config.toml")
def _(d, v, r):
    return ('project_id = "%s"\n\n[api]\nport = 54321\n\n[auth]\nsite_url = "https://app.tallgrove.io"\njwt_expiry = 3600\n'
            '# jwt_secret = "super-secret-jwt-token-with-at-least-32-characters-long"\njwt_secret = "%s"\n\n'
            '[auth.external.github]\nenabled = true\nclient_id = "%s"\nsecret = "%s"\n\n'
            '[auth.external.google]\nenabled = true\nclient_id = "%s.apps.googleusercontent.com"\nsecret = "env(SUPABASE_AUTH_GOOGLE_SECRET)"\n\n'
            '[auth.sms.twilio]\nenabled = false\naccount_sid = "%s"\nmessage_service_sid = "MG%s"\n\n[auth.hook.send_email]\nsecrets = "v1,whsec_%s"\n'
            % (d.X(v.s(20, string.ascii_lowercase)), d.L(GS, v.b64url(48)), d.X("Iv1." + v.hex(16)), d.L(GS, v.hex(40)),
               d.X("%d-%s" % (r.randint(10 ** 11, 10 ** 12), v.s(32, string.ascii_lowercase + string.digits))), d.X("AC" + v.hex(32)), v.hex(32), d.L(GS, v.s(40, B64))))


@doc("growthbook-env/.env.production")
def _(d, v, r):
    return ("NODE_ENV=production\nAPP_ORIGIN=https://gb.tallgrove.io\nAPI_HOST=https://gb-api.tallgrove.io\n"
            "MONGODB_URI=mongodb://growthbook:%s@mongo-0.int:27017/growthbook?authSource=admin\n"
            "JWT_SECRET=%s\nENCRYPTION_KEY=%s\nEMAIL_HOST_PASSWORD=%s\n"
            "SSO_CONFIG={\"clientId\":\"%s\",\"clientSecret\":\"%s\",\"metadata\":{}}\n"
            "# SDK client key is public: sdk-%s\n"
            % (d.L(UP, v.pw(punct="-_.~", style="alnum")), d.L(GS, v.b64url(48)), d.L(GS, v.hex(64)), d.L(PW, v.pw(punct="-_.+!#")),
               d.X(v.uuid()), d.L(GS, v.b64url(40)), d.X(v.s(16))))


@doc("posthog-env/docker-compose.override.yml")
def _(d, v, r):
    return ("services:\n  web:\n    environment:\n      SECRET_KEY: '%s'\n      ENCRYPTION_SALT_KEYS: %s\n      DATABASE_URL: postgres://posthog:%s@db:5432/posthog\n"
            "      OBJECT_STORAGE_ACCESS_KEY_ID: %s\n      OBJECT_STORAGE_SECRET_ACCESS_KEY: %s\n      POSTHOG_PROJECT_API_KEY: phc_%s   # public, goes in the browser\n"
            "      SENTRY_DSN: https://%s/%d\n"
            % (d.L(GS, v.s(50, ALNUM + "!@#%^&*(-_=+)")), d.L(GS, v.hex(32)), d.L(UP, v.pw(punct="-_.~", style="alnum")),
               d.L(AK, v.akid("AKIA")), d.L(AS, v.awssecret()), d.X(v.s(43)), d.X(v.hex(32) + "@o%d.ingest.sentry.io" % r.randint(10 ** 5, 10 ** 6)), r.randint(10 ** 6, 10 ** 7)))


@doc("calcom-env/.env")
def _(d, v, r):
    return ("NEXT_PUBLIC_WEBAPP_URL=https://boka.nordvik-data.se\nNEXTAUTH_SECRET='%s'\nCALENDSO_ENCRYPTION_KEY='%s'\n"
            "DATABASE_URL=\"postgresql://calcom:%s@pg-primary.svc:5432/calcom\"\n"
            "GOOGLE_API_CREDENTIALS='{\"web\":{\"client_id\":\"%s.apps.googleusercontent.com\",\"client_secret\":\"GOCSPX-%s\"}}'\n"
            "MS_GRAPH_CLIENT_ID=%s\nMS_GRAPH_CLIENT_SECRET=%s\nZOOM_CLIENT_ID=%s\nZOOM_CLIENT_SECRET=%s\nEMAIL_SERVER_PASSWORD='%s'\n"
            "# generate with: openssl rand -base64 32\n"
            % (d.L(GS, v.s(43, B64) + "="), d.L(GS, v.s(32)), d.L(UP, v.pw(punct="-_.~", style="alnum")),
               d.X("%d-%s" % (r.randint(10 ** 11, 10 ** 12), v.s(32, string.ascii_lowercase + string.digits))), d.L(GS, v.s(28, ALNUM + "-_")),
               d.X(v.uuid()), d.L(GS, v.s(4) + "~" + v.s(34, ALNUM + "._~-")), d.X(v.s(22)), d.L(GS, v.s(32)), d.L(PW, v.pw(punct="-_.+!#"))))


@doc("medusa-config-js/medusa-config.js")
def _(d, v, r):
    return ("const { defineConfig } = require('@medusajs/framework/utils')\n\nmodule.exports = defineConfig({\n  projectConfig: {\n"
            "    databaseUrl: process.env.DATABASE_URL,\n    http: {\n      storeCors: 'https://shop.tallgrove.io',\n"
            "      jwtSecret: process.env.JWT_SECRET || '%s',\n      cookieSecret: process.env.COOKIE_SECRET || \"%s\",\n    },\n  },\n"
            "  modules: [{ resolve: '@medusajs/medusa/payment', options: { providers: [{ id: 'stripe', options: {\n"
            "    apiKey: process.env.STRIPE_API_KEY,\n    webhookSecret: '%s',\n  } }] } }],\n"
            "  // default in the starter: jwtSecret: 'supersecret'\n})\n"
            % (d.L(GS, v.b64url(40)), d.L(GS, v.hex(48)), d.L(GS, "whsec_" + v.s(32))))


@doc("vendure-config-ts/vendure-config.ts")
def _(d, v, r):
    return ("export const config: VendureConfig = {\n  authOptions: {\n    tokenMethod: ['bearer', 'cookie'],\n    superadminCredentials: {\n"
            "      identifier: 'superadmin',\n      password: '%s',\n    },\n    cookieOptions: { secret: '%s' },\n  },\n"
            "  dbConnectionOptions: { type: 'postgres', username: 'vendure', password: \"%s\", host: '10.20.4.30' },\n"
            "  plugins: [MolliePlugin.init({ vendureHost: 'https://shop.tallgrove.io' }),\n    EmailPlugin.init({ transport: { type: 'smtp', host: 'smtp.nordvik.se', auth: { user: 'shop', pass: '%s' } } })],\n};\n"
            "// channel token is public: %s\n"
            % (d.L(PW, v.pw(punct="-_.+!#")), d.L(GS, v.s(48)), d.L(PW, v.pw(punct="-_.+!#")), d.L(PW, v.pw(punct="-_.+!#")), d.X(v.s(20, string.ascii_lowercase + string.digits))))


@doc("funkwhale-env/env")
def _(d, v, r):
    return ("FUNKWHALE_HOSTNAME=musik.nordvik-data.se\nDJANGO_SECRET_KEY=%s\nDATABASE_URL=postgresql://funkwhale:%s@postgres:5432/funkwhale\n"
            "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_STORAGE_BUCKET_NAME=funkwhale-media\nAWS_S3_REGION_NAME=eu-north-1\n"
            "EMAIL_CONFIG=smtp+tls://funkwhale%%40nordvik-data.se:%s@smtp.nordvik.se:587\n"
            "# EMAIL_CONFIG=smtp+tls://user:password@youremail.host:587\n"
            "FUNKWHALE_SPA_HTML_ROOT=http://nginx/\n"
            % (d.L(GS, v.s(50, ALNUM + "!@#%^*(-_=+)")), d.L(UP, v.pw(punct="-_.~", style="alnum")), d.L(AK, v.akid()), d.L(AS, v.awssecret()),
               d.L(UP, v.pw(punct="-_.~", style="alnum")))).replace("funkwhale%40nordvik-data.se", d.L("email", "funkwhale%40nordvik-data.se"))


@doc("keygen-license-server-env/keygen.env")
def _(d, v, r):
    return ("KEYGEN_HOST=licens.nordvik-data.se\nKEYGEN_MODE=singleplayer\nKEYGEN_ACCOUNT_ID=%s\nSECRET_KEY_BASE=%s\n"
            "ENCRYPTION_DETERMINISTIC_KEY=%s\nENCRYPTION_PRIMARY_KEY=%s\nENCRYPTION_KEY_DERIVATION_SALT=%s\n"
            "KEYGEN_ADMIN_EMAIL=%s\nKEYGEN_ADMIN_PASSWORD=%s\n# product token used by CI (prod-...):\nKEYGEN_PRODUCT_TOKEN=prod-%s\n"
            "# public ed25519 verify key: %s\n"
            % (d.X(v.uuid()), d.L(GS, v.hex(128)), d.L(GS, v.s(32)), d.L(GS, v.s(32)), d.L(GS, v.s(32)), d.L("email", v.email("licens", "admin")),
               d.L(PW, v.pw(punct="-_.+!#")), d.L(GS, v.hex(64) + "v3"), d.X(v.hex(64))))


@doc("flipt-config-yml/config.yml")
def _(d, v, r):
    return ("log:\n  level: INFO\nauthentication:\n  required: true\n  session:\n    domain: flags.tallgrove.io\n    secure: true\n"
            "  methods:\n    token:\n      enabled: true\n      bootstrap:\n        token: \"%s\"\n    oidc:\n      enabled: true\n      providers:\n        keycloak:\n"
            "          issuer_url: https://sso.kestrelpay.com/realms/main\n          client_id: flipt\n          client_secret: %s\n          redirect_address: https://flags.tallgrove.io\n"
            "    github:\n      enabled: true\n      client_id: %s\n      client_secret: %s\n"
            "db:\n  url: postgres://flipt:%s@pg-primary.svc:5432/flipt?sslmode=require\n"
            % (d.L(GS, v.s(40)), d.L(GS, v.s(32)), d.X("Iv23" + v.hex(16)), d.L(GS, v.hex(40)), d.L(UP, v.pw(punct="-_.~", style="alnum"))))
