"""Passwords and generic secrets in commands, provisioning, app envs, exports, mail and chat."""
import json
import values as V
from values import R
from core import Doc
from docs_cfg import G, PW, PH, t, YSYM

SH = "!%*+-=?@^_~.,:"


def u(fn, ln):
    return (fn + "." + ln).lower().replace("ö", "o").replace("å", "a").replace("ä", "a")


def terminals():
    for n in range(3):
        d = Doc("tmux-scrollback/%s.txt" % ["ops-bastion-2026-11-24", "db-migration-night", "mail-cutover"][n])
        L = []
        host = ["bastion01", "dbmig02", "mx-new"][n]
        cmds = [
            lambda: "mysql -h db-shop.kvarnholm.internal -u shop_admin -p'%s' shop -e 'SHOW PROCESSLIST'" % PW(d, "random", SH),
            lambda: "PGPASSWORD='%s' psql -h pg-main.kvarnholm.internal -U postgres -c 'select now()'" % PW(d, "random", SH),
            lambda: "redis-cli -h redis-sessions -a '%s' --no-auth-warning INFO keyspace" % PW(d, "alnum"),
            lambda: "mongosh 'mongodb://pg-audit:27017/audit' --username auditor --password '%s' --eval 'db.stats()'" % PW(d, "random", SH),
            lambda: "sshpass -p '%s' ssh -o StrictHostKeyChecking=no admin@switch-core-01" % PW(d, "human", SH),
            lambda: "htpasswd -b -B /etc/nginx/.htpasswd grafana-viewer '%s'" % PW(d, "phrase"),
            lambda: "smbclient //nas01/backup -U 'KVH\\svc_backup%%%s' -c 'ls'" % PW(d, "alnum"),
            lambda: "ldapsearch -x -H ldaps://ldap.kvarnholm.se -D 'cn=admin,dc=kvarnholm,dc=se' -w '%s' -b 'ou=people,dc=kvarnholm,dc=se' uid=erik*" % PW(d, "random", SH),
            lambda: "rabbitmqctl add_user orders_consumer '%s'" % PW(d, "alnum"),
            lambda: "mosquitto_passwd -b /etc/mosquitto/passwd sensor-gw-04 '%s'" % PW(d, "human", SH),
            lambda: "echo '%s' | sudo -S systemctl restart app" % PW(d, "human", SH),
            lambda: "mysqladmin -u root --password='%s' status" % PW(d, "random", SH),
            lambda: "curl -u deploy:'%s' https://nexus.kvarnholm.se/service/rest/v1/status" % PW(d, "random", SH),
            lambda: "useradd -m -p \"$(openssl passwd -6 '%s')\" kiosk" % PW(d, "pin_word", SH),
            lambda: "pg_dump 'host=pg-main.kvarnholm.internal user=backup password=%s dbname=shop' -Fc -f shop.dump" % PW(d, "alnum"),
            lambda: "vault login -method=userpass username=erik password='%s'" % PW(d, "random", SH),
            lambda: "net use Z: \\\\fil01\\ekonomi /user:KVH\\anna.l '%s'" % PW(d, "human", SH),
            lambda: "keytool -importcert -alias partner -file partner.crt -keystore truststore.jks -storepass '%s' -noprompt" % PW(d, "alnum"),
            lambda: "openssl pkcs12 -export -in web.crt -inkey web.key -out web.p12 -passout pass:%s" % PW(d, "alnum"),
            lambda: "zip -P '%s' lonelista-2026-11.zip lonelista-2026-11.xlsx" % PW(d, "human", SH),
        ]
        R.shuffle(cmds)
        for c in cmds:
            L.append("%s@%s:~$ %s" % (R.choice(["erik", "ops", "root"]), host, c()))
            L.append(R.choice(["", "OK", "Warning: Using a password on the command line interface can be insecure.", "done.", "Id  User  Host  db  Command  Time  State  Info"]))
        L += ["%s@%s:~$ mysql -u root -p" % ("ops", host), "Enter password: ", "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)",
              "%s@%s:~$ history | grep -c password" % ("ops", host), "14", "%s@%s:~$ export PGPASSWORD=$(pass show db/pg-main)" % ("ops", host)]
        d.set("\n".join(L))


def provisioning():
    for name in ["app_db", "ldap_bind", "smtp_relay"]:
        d = Doc("chef-data-bags/credentials/%s.json" % name)
        items = {"id": name}
        for env in ["production", "staging", "qa", "dev", "dr"]:
            items[env] = {"username": "svc_" + name, "password": PW(d), "rotated": t("%Y-%m-%d")}
        items["_comment"] = "encrypted_data_bag_secret lives in /etc/chef/encrypted_data_bag_secret; this bag is NOT encrypted (yet)"
        d.set(json.dumps(items, indent=2))

    d = Doc("salt-pillar/mysql/users.sls")
    L = ["mysql:", "  server:", "    root_password: '%s'" % PW(d, "random", YSYM), "  user:"]
    for usr in ["shop", "reporting", "grafana", "backup", "matomo", "keycloak", "wiki", "nextcloud", "zabbix", "gitea", "bookstack", "kimai"]:
        L += ["    %s:" % usr, "      password: '%s'" % PW(d, None, YSYM), "      host: '10.20.%%'", "      databases:", "        - database: %s" % usr, "          grants: ['all privileges']"]
    L += ["    legacy:", "      password_hash: '*%s'" % d.N(V.rs(V.HEX, 40).upper()), "      host: localhost"]
    d.set("\n".join(L))

    d = Doc("freeipa-commands/onboard-nov.sh")
    L = ["#!/bin/bash", "kinit admin <<< '%s'" % PW(d, "random", SH)]
    for i in range(12):
        fn, ln = V.se_name()
        L.append("echo '%s' | ipa user-add %s --first=%s --last=%s --password" % (PW(d, R.choice(["human", "pin_word"]), SH), u(fn, ln), fn, ln))
    L += ["ipa pwpolicy-mod --minlength=12 --minclasses=3 --maxlife=180", "# users must change password on first login (ipa default)"]
    d.set("\n".join(L))

    d = Doc("autoyast-xml/autoinst-kiosk.xml")
    v = dict(root=PW(d, "random", "!%*+-=?@^_~.,:"), kiosk=PW(d, "human", "!%*+-=?@^_~.,:"), hash=d.N("$6$" + V.rs(V.AN, 16) + "$" + V.rs(V.AN + "./", 86)))
    d.set('''<?xml version="1.0"?>
<!DOCTYPE profile>
<profile xmlns="http://www.suse.com/1.0/yast2ns" xmlns:config="http://www.suse.com/1.0/configns">
  <users config:type="list">
    <user>
      <username>root</username>
      <user_password>{root}</user_password>
      <encrypted config:type="boolean">false</encrypted>
    </user>
    <user>
      <username>kiosk</username>
      <user_password>{kiosk}</user_password>
      <encrypted config:type="boolean">false</encrypted>
    </user>
    <user>
      <username>service</username>
      <user_password>{hash}</user_password>
      <encrypted config:type="boolean">true</encrypted>
    </user>
  </users>
</profile>
'''.format(**v))

    d = Doc("sftpgo-api-calls/create-partner-users.http")
    L = ["### SFTPGo REST API - create partner users", "# token from POST /api/v2/token (admin)", ""]
    tok = d.S("jwt|bearer-token", V.jwt(alg="ES256", iss="sftpgo"))
    for i in range(10):
        L += ["POST https://sftp.kvarnholm.se/api/v2/users", "Authorization: Bearer %s" % tok if i == 0 else "Authorization: Bearer {{admin_token}}",
              "Content-Type: application/json", "",
              json.dumps({"status": 1, "username": "partner%02d" % (i + 1), "password": PW(d, None, SH), "home_dir": "/srv/sftpgo/data/partner%02d" % (i + 1),
                          "permissions": {"/": ["list", "download", "upload"]}}), "", "###", ""]
    d.set("\n".join(L))

    d = Doc("mfp-config-export/kyocera-ecosys-m3655-settings.xml")
    v = dict(smtp=PW(d, "human", "!%*+-=?@^_~.,:"), smb=PW(d, "alnum"), ldap=PW(d, "random", "!%*+-=?@^_~.,:"), admin=PW(d, "alnum"))
    d.set('''<?xml version="1.0" encoding="UTF-8"?>
<DeviceSettings model="ECOSYS M3655idn" serial="{serial}">
  <Network><Hostname>MFP-PLAN3</Hostname></Network>
  <SMTP server="smtp.kvarnholm.se" port="587" auth="SMTP" user="scanner@kvarnholm.se" password="{smtp}"/>
  <SendToFolder protocol="SMB" host="fil01" path="scan" login="KVH\\svc_scan" password="{smb}"/>
  <LDAP server="ldap.kvarnholm.se" bindDN="cn=mfp,ou=svc,dc=kvarnholm,dc=se" password="{ldap}"/>
  <Admin loginName="Admin" loginPassword="{admin}" />
  <Note>Default password on delivery was the serial number; changed on install.</Note>
</DeviceSettings>
'''.format(serial=d.N(V.rs(V.UP + V.DG, 10)), **v))


def app_envs():
    specs = [
        ("outline-env/.env", [("SECRET_KEY", "g:hex64"), ("UTILS_SECRET", "g:hex64"), ("DATABASE_PASSWORD", "p"), ("SLACK_CLIENT_ID", "n:id"),
                              ("SLACK_CLIENT_SECRET", "g:hex32"), ("SLACK_VERIFICATION_TOKEN", "g:an32"), ("SMTP_PASSWORD", "p")]),
        ("plausible-conf/plausible-conf.env", [("BASE_URL", "l:https://stats.kvarnholm.se"), ("SECRET_KEY_BASE", "g:b64_64"), ("TOTP_VAULT_KEY", "g:b64"),
                                               ("MAILER_EMAIL", "l:stats@kvarnholm.se"), ("SMTP_USER_PWD", "p"), ("GOOGLE_CLIENT_ID", "n:gid"), ("GOOGLE_CLIENT_SECRET", "g:pre")]),
        ("vaultwarden-env/vaultwarden.env", [("DOMAIN", "l:https://vault.kvarnholm.se"), ("ADMIN_TOKEN", "g:b64_64"), ("SMTP_USERNAME", "l:vault@kvarnholm.se"),
                                             ("SMTP_PASSWORD", "p"), ("PUSH_INSTALLATION_ID", "n:uuid"), ("PUSH_INSTALLATION_KEY", "g:an32")]),
        ("authentik-env/.env", [("PG_PASS", "p"), ("AUTHENTIK_SECRET_KEY", "g:an48"), ("AUTHENTIK_EMAIL__PASSWORD", "p"), ("AUTHENTIK_ERROR_REPORTING__ENABLED", "l:false")]),
        ("paperless-ngx-env/docker-compose.env", [("PAPERLESS_SECRET_KEY", "g:an48"), ("PAPERLESS_DBPASS", "p"), ("PAPERLESS_ADMIN_USER", "l:erik"),
                                                  ("PAPERLESS_ADMIN_PASSWORD", "p"), ("PAPERLESS_EMAIL_HOST_PASSWORD", "p"), ("PAPERLESS_OCR_LANGUAGE", "l:swe+eng")]),
        ("directus-env/.env", [("KEY", "n:uuid"), ("SECRET", "g:b64u"), ("DB_PASSWORD", "p"), ("ADMIN_EMAIL", "l:admin@kvarnholm.se"), ("ADMIN_PASSWORD", "p"),
                               ("STORAGE_S3_KEY", "a:id"), ("STORAGE_S3_SECRET", "a:sk"), ("EMAIL_SMTP_PASSWORD", "p")]),
        ("adonisjs-env/.env", [("APP_KEY", "g:an32"), ("SESSION_DRIVER", "l:cookie"), ("DB_PASSWORD", "p"), ("SMTP_PASSWORD", "p"), ("DRIVE_DISK", "l:fs"),
                               ("ALLY_GITHUB_CLIENT_ID", "n:hex20"), ("ALLY_GITHUB_CLIENT_SECRET", "g:hex40")]),
        ("listmonk-config/config.env", [("LISTMONK_app__admin_username", "l:admin"), ("LISTMONK_app__admin_password", "p"), ("LISTMONK_db__password", "p"),
                                        ("LISTMONK_db__user", "l:listmonk"), ("LISTMONK_smtp__0__password", "p")]),
    ]
    for path, keys in specs:
        d = Doc(path)
        L = ["# %s" % R.choice(["generated by install script", "prod", "copied from 1Password on 2026-11-12", "DO NOT COMMIT"])]
        for k, kind in keys:
            typ, _, arg = kind.partition(":")
            if typ == "g":
                val = G(d, arg)
            elif typ == "p":
                val = PW(d, R.choice(["random", "alnum", "human", "random_long"]), "!%*+-=?@^_~.,:")
            elif typ == "l":
                val = arg
            elif typ == "a":
                val = d.S("aws-access-key-id", V.akid()) if arg == "id" else d.S("aws-secret-key", V.aws_secret())
            else:
                val = d.N({"id": "B0" + V.rs(V.UP + V.DG, 9) + "." + V.rs(V.DG, 13), "gid": "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), V.rs(V.LO + V.DG, 32)),
                           "uuid": V.uuid(), "hex20": V.rs(V.HEX, 20)}[arg])
            L.append("%s=%s" % (k, val))
        L.append("# %s=%s" % (R.choice(["OLD_SECRET", "SMTP_PASSWORD", "API_KEY"]), PH()))
        d.set("\n".join(L))

    d = Doc("ghost-config/config.production.json")
    v = {"url": "https://blogg.kvarnholm.se", "server": {"port": 2368, "host": "127.0.0.1"},
         "database": {"client": "mysql", "connection": {"host": "localhost", "user": "ghost", "password": PW(d, "random"), "database": "ghost_prod"}},
         "mail": {"transport": "SMTP", "options": {"service": "Mailgun", "host": "smtp.eu.mailgun.org", "port": 465, "secure": True,
                                                     "auth": {"user": "postmaster@mg.kvarnholm.se", "pass": PW(d, "alnum")}}},
         "logging": {"transports": ["file", "stdout"]}, "process": "systemd", "paths": {"contentPath": "/var/www/ghost/content"}}
    d.set(json.dumps(v, indent=2))

    d = Doc("rails-credentials-show/credentials-production.txt")
    v = dict(skb=G(d, "hex64") + G(d, "hex64")[:0], pg=PW(d, "random", YSYM), k1=G(d, "an32"), k2=G(d, "hex32"), k3=G(d, "b64"), ar1=G(d, "an32"), ar2=G(d, "an32"), ar3=G(d, "an32"))
    # remove the empty-slice artefact label
    d.labels = [(c, x) for c, x in d.labels if x in (v["skb"], v["pg"], v["k1"], v["k2"], v["k3"], v["ar1"], v["ar2"], v["ar3"])]
    d.set('''$ EDITOR=cat bin/rails credentials:show --environment production
# aws:
#   access_key_id: 123
#   secret_access_key: 345

secret_key_base: {skb}

database:
  password: "{pg}"

postmark:
  api_token: {k1}
mapbox:
  secret_token: {k2}
lockbox:
  master_key: "{k3}"

active_record_encryption:
  primary_key: {ar1}
  deterministic_key: {ar2}
  key_derivation_salt: {ar3}
'''.format(**v))


def exports():
    d = Doc("apikey-admin-csv/api_keys_export_2026-11-30.csv")
    rows = ["key_id,owner,scopes,secret,secret_sha256,created_at,last_used_ip,status"]
    for i in range(60):
        kid = d.N("ak_" + V.rs(V.LO + V.DG, 12))
        status = R.choice(["active", "active", "active", "revoked"])
        sec = G(d, R.choice(["an40", "pre", "b64u", "hex48"])) if status == "active" else "(revoked)"
        rows.append("%s,%s,%s,%s,%s,%s,%s,%s" % (kid, R.choice(["partner-norrfrakt", "mobile-app", "bi-export", "crm-sync", "kassa-%02d" % R.randint(1, 30)]),
                                                  R.choice(["orders:read", "\"orders:read,orders:write\"", "reports:read"]), sec, d.N(V.sha256()), t("%Y-%m-%d %H:%M:%S"), V.ip(), status))
    d.set("\n".join(rows))

    d = Doc("webhook-endpoints-export/endpoints.json")
    eps = []
    for i in range(30):
        eps.append({"id": d.N("ep_" + V.rs(V.AN, 24)), "url": "https://%s/hooks/%s" % (R.choice(["crm.kvarnholm.se", "erp-gw.kvarnholm.se", "partner.norrfrakt.se", "lager.kvarnholm.se"]), V.ident(8)),
                    "secret": G(d, R.choice(["whsec", "b64", "hex64"])), "version": 1, "filterTypes": [R.choice(["order.created", "invoice.paid", "shipment.updated"])],
                    "createdAt": t(), "disabled": R.random() < 0.1, "uid": d.N(V.uuid())})
    d.set(json.dumps({"data": eps, "iterator": d.N(V.rs(V.AN, 28)), "done": True}, indent=2))

    d = Doc("confluence-storage/page-51207-integrationsnycklar.xml")
    rows = []
    for sys_ in ["Fortnox", "Visma eEkonomi", "Klarna Checkout", "PostNord", "DHL Freight", "Bring", "Sendify", "Mailchimp", "Hotjar", "Trustpilot",
                 "Instabox", "Budbee", "Nets Easy", "Zettle", "Unifaun"]:
        cid = d.N(V.uuid())
        rows.append("<tr><td><p>%s</p></td><td><p><code>%s</code></p></td><td><p><code>%s</code></p></td><td><p>%s</p></td></tr>" % (sys_, cid, G(d), R.choice(["Saga", "Hugo", "Linnea", "Amir"])))
    d.set('''<p>Integrationsnycklar (produktion). Uppdatera när ni roterar.</p>
<table data-layout="default"><colgroup><col /><col /><col /><col /></colgroup><tbody>
<tr><th><p>System</p></th><th><p>Client ID / konto</p></th><th><p>Secret / API-nyckel</p></th><th><p>Ansvarig</p></th></tr>
%s
</tbody></table>
<ac:structured-macro ac:name="warning"><ac:rich-text-body><p>Ersätt med <code>&lt;secret&gt;</code> innan sidan delas externt.</p></ac:rich-text-body></ac:structured-macro>
''' % "\n".join(rows))

    d = Doc("hapi-request-logs/api-2026-11-27.log")
    L = []
    for i in range(33):
        kind = i % 3
        base = {"level": 30, "time": 1764220000000 + i * 7311, "pid": 41, "hostname": "api-7f9c", "req": {"id": "%d:api-7f9c:%d" % (1764220000 + i, i),
                                                                                                        "method": "post", "remoteAddress": V.ip()}}
        if kind == 0:
            base["req"]["url"] = "/v1/auth/login"
            base["req"]["payload"] = {"username": "user%03d@kvarnholm.se" % R.randint(1, 999), "password": PW(d, None, SH), "remember": True}
            base["msg"] = "request payload (debug)"
        elif kind == 1:
            base["req"]["url"] = "/v1/partners/register"
            base["req"]["headers"] = {"x-api-key": G(d, R.choice(["an40", "hex32"])), "content-type": "application/json", "x-request-id": d.N(V.uuid())}
            base["msg"] = "partner request"
        else:
            base["req"]["url"] = "/v1/users/me/password"
            base["req"]["payload"] = {"currentPassword": PW(d, None, SH), "newPassword": PW(d, None, SH), "newPasswordConfirm": "[same]"}
            base["msg"] = "change password"
        L.append(json.dumps(base))
    L.append(json.dumps({"level": 40, "msg": "payload redacted", "req": {"url": "/v1/auth/login", "payload": {"username": "erik", "password": "[Redacted]"}}}))
    d.set("\n".join(L))

    d = Doc("temporal-worker-logs/worker-partner-sync.log")
    L = []
    for i in range(20):
        L.append("%s INFO  ActivityTask started {\"Namespace\": \"integrations\", \"ActivityType\": \"SyncPartner\", \"Attempt\": %d, \"Input\": [{\"partnerId\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"https://api.partner%02d.se\"}]}" % (
            t("%Y-%m-%dT%H:%M:%S.%fZ"), R.randint(1, 4), d.N(V.uuid()), G(d), i))
    L.append("%s WARN  Input logging enabled in prod; set DataConverter with codec to encrypt payloads" % t("%Y-%m-%dT%H:%M:%S.%fZ"))
    d.set("\n".join(L))


def mail_chat():
    d = Doc("outlook-msg-text/RE_ Åtkomst till lönesystemet.txt")
    v = dict(p1=PW(d, "human"), p2=PW(d, "pin_word"), p3=PW(d, "random"))
    d.set('''From:	Ida Forsberg <ida.forsberg@kvarnholm.se>
Sent:	den 25 november 2026 08:47
To:	Karl Wallin <karl.wallin@kvarnholm.se>
Cc:	Lön <lon@kvarnholm.se>
Subject:	RE: Åtkomst till lönesystemet
Importance:	High

Hej Karl,

Ditt konto i lönesystemet är upplåst. Tillfälligt lösenord: {p1}
Du blir ombedd att byta det vid första inloggningen (minst 12 tecken, en siffra, ett specialtecken).

Lösenordet till den krypterade Excel-filen med semesterlistan är {p2}

Hälsningar
Ida

-----Original Message-----
From:	Karl Wallin
Sent:	den 24 november 2026 16:02
Subject:	Åtkomst till lönesystemet

Hej! Jag har låst mitt konto igen... Mitt gamla lösenord var {p3} om det hjälper att hitta rätt konto.
/Karl
'''.format(**v))

    d = Doc("outlook-msg-text/FW_ Zugangsdaten Partnerportal.txt")
    v = dict(p1=PW(d, "random"), p2=PW(d, "human"), k=G(d, "an32"))
    d.set('''From:	Jonas Weber <j.weber@lagertechnik-nord.de>
Sent:	Thursday, November 26, 2026 2:14 PM
To:	Erik Johansson <erik.johansson@kvarnholm.se>
Subject:	FW: Zugangsdaten Partnerportal

Hallo Erik,

anbei die Zugangsdaten für das Partnerportal:

Benutzername: kvarnholm-se
Passwort: {p1}
API-Schlüssel: {k}

Das Kennwort für das SFTP-Konto lautet {p2} (bitte nach dem ersten Login ändern).

Mit freundlichen Grüßen
Jonas Weber
'''.format(**v))

    d = Doc("zulip-export/messages-000002.json")
    msgs = []
    texts = ["the wifi password for the guest network is now %s" % PW(d, "phrase"),
             "salasana testiympäristöön on %s — älä jaa eteenpäin" % PW(d, "human"),
             "la contraseña del usuario admin de la tienda es %s" % PW(d, "random"),
             "staging admin: user `admin`, pw `%s`" % PW(d, "random"),
             "new api key for the freight integration: `%s`" % G(d, "an40"),
             "webhook signing secret (prod): %s" % G(d, "whsec"),
             "passwords must be at least 12 characters, e.g. not `Password123`",
             "I reset it, the new password is in 1Password (vault: Ops)",
             "password: ******** (redacted by the bot)"]
    for i, tx in enumerate(texts):
        msgs.append({"id": 481000 + i * 13, "sender_full_name": V.name(), "timestamp": 1764950000 + i * 311, "subject": "access", "content": tx})
    d.set(json.dumps({"zerver_message": msgs}, indent=1, ensure_ascii=False))

    d = Doc("intercom-conversations/conversation_21561102.json")
    pw1, pw2 = PW(d, "human"), PW(d, "random", "!%*+-=?@^_~.,:")
    parts = [{"part_type": "comment", "author": {"type": "user", "name": V.name()}, "body": "<p>I can't log in to the dashboard. I'm using my usual password %s</p>" % pw1},
             {"part_type": "note", "author": {"type": "admin", "name": "Support"}, "body": "<p>Reset done. Temporary password: <b>%s</b></p>" % pw2},
             {"part_type": "comment", "author": {"type": "admin", "name": "Support"}, "body": "<p>Please never share your password with us. Your password must have 10+ characters.</p>"}]
    d.set(json.dumps({"type": "conversation", "id": "21561102", "conversation_parts": {"conversation_parts": parts}}, indent=2))

    d = Doc("phabricator-paste/P1187-staging-config.txt")
    v = dict(p1=PW(d, "random"), p2=PW(d, "alnum"), k=G(d, "hex64"), c=G(d, "an40"))
    d.set('''P1187 staging config (for Hugo)
Author: saga  Created: Nov 22 2026, 3:31 PM  Visibility: All Users

DB_HOST=pg-staging.kvarnholm.internal
DB_USER=shop
DB_PASS={p1}
RABBIT_PASS={p2}
JWT_SECRET={k}
PAYMENT_CLIENT_SECRET={c}
# prod values: see vault, path secret/shop/prod (DB_PASS=${{DB_PASS}})
'''.format(**v))

    d = Doc("trac-tickets/ticket-2291.txt")
    v = dict(p1=PW(d, "human"), p2=PW(d, "random"))
    d.set('''Ticket #2291 (defect) — Backup script cannot mount the NAS
Reported by: nils   Owned by: ops   Priority: major   Milestone: 2026-Q4

Description
The cron job logs "mount error(13): Permission denied". /etc/fstab line:
//nas02/backup /mnt/backup cifs username=svc_backup,password={p1},vers=3.0 0 0

Comment 1 by ops:
Password was rotated on the NAS; the new one is {p2}. Please use a credentials= file instead of inline password= next time.

Comment 2 by nils:
Changed to credentials=/root/.smbcred (password=<hidden>). Closing.
'''.format(**v))

    d = Doc("redmine-issues/issue-11903.txt")
    v = dict(p1=PW(d, "pin_word"), p2=PW(d, "alnum"), k=G(d, "an32"))
    d.set('''Support #11903: Ny leverantör – inloggning till fakturaportalen
Author: Linnea Ekström
Status: Resolved

Description:
Leverantören har skickat inloggning:
Användarnamn: kvarnholm_ekonomi
Lösenord: {p1}
Kod för tvåfaktor (backup): 88213 00412 (engångskoder, förbrukade)

--- Note #2 by Viktor Holm ---
Satte upp integrationen. API-nyckel: {k}
Servicekontot har lösenord {p2} tills vidare.
'''.format(**v))


def notes_more():
    d = Doc("notion-export/Integrationer 3f2a9c/Nycklar och konton 77a0.md")
    rows = []
    for sys_ in ["Fortnox", "Shipmondo", "Mailjet", "Algolia (admin)", "Klaviyo (private)", "Typesense", "Pusher", "Plausible API", "Cloudinary", "Ably",
                 "Postmark server", "Lokalise"]:
        rows.append("| %s | `%s` | `%s` |" % (sys_, d.N(R.choice([V.uuid(), V.rs(V.HEX, 16), V.rs(V.DG, 8)])), G(d)))
    pw_rows = []
    for acc in ["Fortnox admin", "Bankgirot portal", "PostNord företagsportal", "Domännamn (registrar)"]:
        pw_rows.append("| %s | ekonomi@kvarnholm.se | %s |" % (acc, PW(d)))
    d.set("""# Nycklar och konton

Owner: Hugo Dahl
Last edited: November 29, 2026

## API-nycklar

| System | Public / client id | Secret |
| --- | --- | --- |
%s

## Konton

| Konto | Användare | Lösenord |
| --- | --- | --- |
%s

Exempel för dokumentationen: `api_key: <din-nyckel>`, `password: ********`.
""" % ("\n".join(rows), "\n".join(pw_rows)))

    d = Doc("obsidian-vault/Homelab/Services.md")
    v = dict(p1=PW(d, "random"), p2=PW(d, "phrase"), p3=PW(d, "human"), p4=PW(d, "alnum"), p5=PW(d, "random"),
             g1=G(d, "hex64"), g2=G(d, "an32"), g3=G(d, "b64"), g4=G(d, "hex32"), g5=G(d, "an40"))
    d.set("""---
tags: [homelab]
---
# Services

## Proxmox
- root pw: `{p1}`
- API token id `root@pam!terraform`, secret `{g1}`

## Unifi
- controller admin: admin / {p2}
- wifi (IoT SSID): {p3}

## Home Assistant
- mqtt user `ha`, password `{p4}`
- webhook id (not secret): {wid}

## Misc
- Pi-hole API key: {g2}
- Syncthing API key: {g4}
- Frigate restream secret: {g3}
- Immich API key: {g5}
- NAS admin: {p5}
- password hint for the old NAS: "first dog + year"
""".format(wid=d.N(V.rs(V.AN, 24)), **v))

    d = Doc("outlook-msg-text/VS_ Tunnukset ja Contraseñas.txt")
    v = dict(p1=PW(d, "human"), p2=PW(d, "random"), p3=PW(d, "pin_word"), p4=PW(d, "alnum"))
    d.set("""From:	Hanna Virtanen <hanna.virtanen@pohjoislogistiikka.fi>
Sent:	perjantai 27. marraskuuta 2026 11.05
To:	Erik Johansson <erik.johansson@kvarnholm.se>; Mateo García <mateo.garcia@almacenes-norte.es>
Subject:	VS: Tunnukset ja Contraseñas

Hei Erik,

tässä tunnukset varastojärjestelmään:
käyttäjätunnus: kvarnholm
salasana: {p1}

Mateo, aquí tienes tus credenciales para el portal:
usuario: almacenes-norte
contraseña: {p2}
La contraseña del Wi-Fi del almacén es {p3}

Ystävällisin terveisin / Saludos,
Hanna

P.S. Vanha salasana ({p4}) ei enää toimi.
""".format(**v))

    d = Doc("helpscout-threads/thread-88340.txt")
    v = dict(p1=PW(d, "human"), p2=PW(d, "random"), p3=PW(d, "pin_word"))
    d.set("""Conversation #88340 — "Kan inte logga in i kassan"
Customer: Amir Haddad <amir@cafehaddad.se>
Mailbox: Kassa-support

--- Customer, Nov 28 2026 07:51 ---
Hej! Kassan säger fel lösenord. Jag skriver {p1} som vanligt. Personalkontot har lösenord {p3}.

--- Lucas (agent), Nov 28 2026 08:05 ---
Hej Amir! Jag har återställt kontot. Nytt tillfälligt lösenord: {p2}
Tips: skriv aldrig ditt lösenord i mejl, vi frågar aldrig efter det. (Lösenordet måste vara minst 10 tecken.)
""".format(**v))


def build():
    notes_more()
    terminals()
    provisioning()
    app_envs()
    exports()
    mail_chat()
