# more passwords, generic secrets, AWS keys (exec'd by generate.py)


@doc("mysqlsh-history/history.sql")
def _(d, v, r):
    out = []
    for i in range(6):
        p = v.pw(punct="!*-_.~")
        out.append("\\connect %s:%s@%s:3306" % (r.choice(USERS), d.L(UP, urllib.parse.quote(p, safe="")), r.choice(["10.20.4.17", "mysql-ro.lan", "db01.int.nordvik"])))
        out.append(r.choice(["\\sql", "SHOW DATABASES;", "\\status", "SELECT COUNT(*) FROM orders;"]))
    out.append("CREATE USER 'metrics'@'%%' IDENTIFIED BY '%s';" % d.L(PW, v.pw(punct="#%-_.+=!^")))
    out.append("ALTER USER 'app_rw'@'10.%%' IDENTIFIED BY '%s';" % d.L(PW, v.pw(punct="#%-_.+=!^")))
    out.append("\\connect root@localhost:3306")
    out.append("ALTER USER 'root'@'localhost' IDENTIFIED BY '********';")
    return "\n".join(out) + "\n"


@doc("ovftool-commands/deploy-appliances.sh")
def _(d, v, r):
    out = ["#!/bin/bash", "set -e"]
    for name in ["vcsa-lab", "nsx-mgr", "log-insight", "backup-proxy", "vrops"]:
        p = v.pw(punct="!*-_.~#@$")
        enc = urllib.parse.quote(p, safe="")
        d.L(UP, enc)
        out.append("ovftool --acceptAllEulas --name=%s --datastore=vsanDatastore --prop:guestinfo.cis.appliance.root.passwd='%s' \\\n  ./%s.ova 'vi://administrator%%40vsphere.local:%s@vc01.int/DC1/host/Cluster01'"
                   % (name, d.L(PW, v.pw(punct="#%-_.+=!^")), name, enc))
    out.append("ovftool --noSSLVerify vi://root@esx07.nordvik.local/ ./probe   # prompts for the password")
    return "\n".join(out) + "\n"


@doc("samba-tool-user-commands/onboard.sh")
def _(d, v, r):
    out = ["#!/bin/sh", "# AD onboarding, December intake"]
    for u in ["lina.ek", "jonas.berg", "pavel.novak", "ines.ferreira", "omar.aziz", "tuva.holm", "kiosk-lager"]:
        out.append("samba-tool user create %s '%s' --given-name=%s --must-change-at-next-login" % (u, d.L(PW, v.pw(punct="#%-_.+=!^@")), u.split(".")[0].title()))
    out.append("samba-tool user setpassword svc-backup --newpassword='%s'" % d.L(PW, v.pw(punct="#%-_.+=!^@")))
    out.append("samba-tool user setpassword svc-scan --newpassword=\"%s\"" % d.L(PW, v.pw(punct="#%-_.+=^@")))
    out.append("samba-tool user add test-user Passw0rd   # lab only, deleted")
    out.append("samba-tool domain passwordsettings set --min-pwd-length=12")
    return "\n".join(out) + "\n"


@doc("pywinrm-scripts/patch_windows.py")
def _(d, v, r):
    out = ["import winrm", "", "HOSTS = {"]
    for h in ["FS01", "PRINT02", "RDS01", "SQL03", "DC02"]:
        out.append("    '%s.nordvik.local': ('NORDVIK\\\\svc_patch', '%s')," % (h, d.L(PW, v.pw(punct="#%-_.+=!^@"))))
    out.append("}\n")
    out.append("def run(host, cmd):\n    user, pw = HOSTS[host]\n    s = winrm.Session(host, auth=(user, pw), transport='ntlm')\n    return s.run_ps(cmd)\n")
    out.append("lab = winrm.Session('lab-win11', auth=('Administrator', '%s'))" % d.L(PW, v.pw(punct="#%-_.+=!^@")))
    out.append("dev = winrm.Session('dev-win', auth=('dev', os.environ['WINRM_PASSWORD']))")
    return "\n".join(out) + "\n"


@doc("plink-putty-commands/collect_logs.bat")
def _(d, v, r):
    out = ["@echo off", "set OUT=C:\\collect\\%DATE:~0,4%"]
    for h in ["10.0.8.11", "10.0.8.12", "10.0.8.13", "switch-core", "fw-edge", "nas01"]:
        out.append("plink -batch -ssh admin@%s -pw %s \"show log\" > %%OUT%%\\%s.txt" % (h, d.L(PW, v.pw(punct="#-_.+=@~")), h))
    out.append("pscp -pw %s -r root@nas01:/var/log/samba %%OUT%%\\samba" % d.L(PW, v.pw(punct="#-_.+=@~")))
    out.append("psftp -pw %s backup@10.0.8.20 -b getlist.txt" % d.L(PW, v.pw(punct="#-_.+=@~")))
    out.append("rem plink -ssh user@host -pw PASSWORD")
    return "\r\n".join(out) + "\r\n"


@doc("shift-log-prose-md/driftlogg_vecka48.md")
def _(d, v, r):
    P = lambda: d.L(PW, v.pw(punct="#%-_.+=!@"))
    items = [
        "**Mån** – Bytte lösenordet på servicekontot `svc-ekonomi` till `%s`, meddelat ekonomi per telefon." % P(),
        "**Tis** – Nytt lösenord för Wi-Fi i lagret: %s. Det gamla (`Lager2025!`) slutar fungera fredag." % P(),
        "**Mi (DE)** – Das Admin-Passwort der Telefonanlage ist jetzt %s, bitte in den Tresor übernehmen." % P(),
        "**Thu (EN)** – Temporary password for the new starter Omar: %s – he must change it at first logon." % P(),
        "**Fre (FI)** – Tulostimen hallintasalasana: %s" % P(),
        "**Fre (FR)** – Le mot de passe du NAS de sauvegarde est %s (ne pas diffuser)." % P(),
        "**Lör (ES)** – Contraseña provisional del portal de proveedores: %s" % P(),
        "**Sön** – Inget nytt. Påminnelse: skriv aldrig riktiga lösenord här, använd `<se valvet>`.",
        "**Mån (NO)** – Passordet til gjestenettet er endret til %s." % P(),
        "**Tis (NL)** – Het wachtwoord van de kassa-beheerder is nu %s." % P(),
    ]
    return "# Driftlogg vecka 48\n\n" + "\n".join("- " + x for x in items) + "\n"


@doc("openssl-enc-scripts/encrypt_exports.sh")
def _(d, v, r):
    out = ["#!/bin/bash", "# symmetric keys for the partner exports (hex, AES-256-CBC)"]
    for p in ["bank", "payroll", "insurer", "pension", "auditor", "union", "tax", "benefits", "travel", "lunch"]:
        out.append("openssl enc -aes-256-cbc -in %s.csv -out %s.csv.enc -K %s -iv %s" % (p, p, d.L(GS, v.hex(64)), d.X(v.hex(32))))
    out.append("openssl enc -aes-256-cbc -pbkdf2 -in hr.csv -out hr.csv.enc -pass pass:%s" % d.L(PW, v.pw(punct="#%-_.+=@^")))
    out.append("openssl enc -aes-256-cbc -pbkdf2 -in x.csv -pass env:EXPORT_PASS")
    out.append("sha256sum *.enc   # e.g. %s  bank.csv.enc" % d.X(v.hex(64)))
    return "\n".join(out) + "\n"


@doc("hookdeck-sources-export/sources.json")
def _(d, v, r):
    src = []
    for n in ["shopify", "github", "stripe", "twilio", "typeform", "mailgun", "intercom", "calendly", "paddle", "zendesk", "linear", "sanity", "contentful", "clerk", "resend", "postmark", "square", "hubspot", "webflow", "gitea"]:
        src.append({"id": d.X("src_" + v.s(14, string.ascii_lowercase + string.digits)), "name": n, "url": "https://hkdk.events/" + d.X(v.s(14, string.ascii_lowercase + string.digits)),
                    "verification": {"type": n.upper(), "configs": {"webhook_secret_key": d.L(GS, r.choice(["", "whsec_", "shpss_"]) + v.s(r.choice([32, 40, 48])))}}})
    src.append({"id": "src_demo", "name": "demo", "verification": {"type": "HMAC", "configs": {"webhook_secret_key": "<your-secret>"}}})
    return json.dumps({"models": src, "count": len(src)}, indent=2) + "\n"


@doc("logto-applications-export/applications.json")
def _(d, v, r):
    apps = []
    for n in ["Web shop", "Admin portal", "Mobile (native)", "Backoffice M2M", "Grafana", "Outline", "Metabase", "Nextcloud", "Vikunja", "Immich", "Paperless", "Jellyfin", "Kimai", "Wiki.js"]:
        a = {"id": d.X(v.s(21, string.ascii_lowercase + string.digits)), "name": n, "type": "Native" if "native" in n else "Traditional",
             "secret": d.L(GS, v.s(32)), "oidcClientMetadata": {"redirectUris": ["https://%s.tallgrove.io/callback" % n.split()[0].lower()]}}
        if "native" in n:
            a["secret"] = ""
            d.labels.pop()
        apps.append(a)
    return json.dumps(apps, indent=2) + "\n"


@doc("secret-sprawl-audit-csv/findings.csv")
def _(d, v, r):
    out = ["repo,file,line,kind,value,fingerprint_sha256,status"]
    kinds = [("api_key", lambda: v.s(40)), ("signing_secret", lambda: v.hex(64)), ("client_secret", lambda: v.b64url(43)), ("encryption_key", lambda: v.s(43, B64) + "=")]
    for i in range(30):
        k, g = r.choice(kinds)
        val = d.L(GS, g())
        out.append("%s,%s,%d,%s,%s,%s,open" % (r.choice(["web", "billing", "infra", "mobile"]), r.choice(["config/prod.yml", ".env", "src/settings.py"]), r.randint(2, 300), k, val, d.X(v.hex(64))))
    out.append("infra,.env.sample,4,api_key,your-api-key-here,-,false-positive")
    out.append("web,config/prod.yml,12,api_key,%s****,-,rotated" % v.s(6))
    return "\n".join(out) + "\n"


@doc("mercure-hub-caddyfile/Caddyfile")
def _(d, v, r):
    return ("{\n\torder mercure after encode\n}\n\nhub.tallgrove.io {\n\tmercure {\n\t\tpublisher_jwt %s\n\t\tsubscriber_jwt %s HS512\n\t\tanonymous\n\t}\n"
            "\tbasicauth /admin/* {\n\t\tops %s\n\t}\n}\n\n# dev: publisher_jwt !ChangeThisMercureHubJWTSecretKey!\n"
            % (d.L(GS, v.s(48)), d.L(GS, v.hex(64)), d.X("$2a$14$" + v.s(53, ALNUM + "./"))))


@doc("wagtail-settings-py/production.py")
def _(d, v, r):
    return ('from .base import *  # noqa\n\nDEBUG = False\nSECRET_KEY = "%s"\nALLOWED_HOSTS = ["www.nordvik-data.se"]\n\n'
            'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "wagtail", "USER": "wagtail", "PASSWORD": "%s", "HOST": "pg-primary.svc"}}\n\n'
            'WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.elasticsearch8", "URLS": ["https://es.int:9200"], "OPTIONS": {"api_key": "%s"}}}\n'
            'RECAPTCHA_PUBLIC_KEY = "6L%s"\nRECAPTCHA_PRIVATE_KEY = "%s"\nMAILCHIMP_API_KEY = os.environ.get("MAILCHIMP_API_KEY", "")\n'
            'EMAIL_HOST_PASSWORD = "%s"\nAWS_ACCESS_KEY_ID = "%s"\nAWS_SECRET_ACCESS_KEY = "%s"\n'
            % (d.L(GS, v.s(50, ALNUM + "!@#%^*(-_=+)")), d.L(PW, v.pw(punct="#%-_.+=!^@")), d.L(GS, v.s(22) + "==" if False else v.b64url(60)),
               d.X(v.s(38, ALNUM + "-_")), d.L(GS, "6L" + v.s(38, ALNUM + "-_")), d.L(PW, v.pw(punct="#%-_.+=!^@")), d.L(AK, v.akid("AKIA")), d.L(AS, v.awssecret())))


@doc("s3-upload-crontab/crontab")
def _(d, v, r):
    out = ["# m h dom mon dow command", "MAILTO=\"\""]
    for i, b in enumerate(["logs", "db-dumps", "photos", "invoices"]):
        a, s = awspair(d, v)
        out.append("%d 3 * * * AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s /usr/local/bin/aws s3 sync /srv/%s s3://nordvik-%s --only-show-errors" % (i * 10, a, s, b, b))
    out.append("30 4 * * * /usr/local/bin/aws --profile default s3 sync /srv/misc s3://nordvik-misc")
    return "\n".join(out) + "\n"


@doc("geoserver-s3-properties/s3.properties")
def _(d, v, r):
    out = ["# GeoTIFF S3 plugin aliases"]
    for alias in ["ortho", "dem", "landcover"]:
        a, s = awspair(d, v, "AKIA")
        out += ["%s.s3.endpoint=https://s3.eu-north-1.amazonaws.com/" % alias, "%s.s3.user=%s" % (alias, a), "%s.s3.password=%s" % (alias, s)]
    out += ["public.s3.endpoint=https://s3.eu-north-1.amazonaws.com/", "public.s3.user=", "public.s3.password="]
    return "\n".join(out) + "\n"
