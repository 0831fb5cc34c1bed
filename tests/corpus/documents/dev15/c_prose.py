"""Chat exports, help-desk tickets, IRC logs and e-mail threads in several languages."""
import json
from common import *
from c_http import tok


def aws_secret_noslash():
    return uniq(lambda: "".join(R.choice(AN + "+") for _ in range(40)))


def slack_export():
    users = [("U04%s" % rs(UP + DG, 8), n) for n in ["anna.lindqvist", "erik.b", "sara.holm", "ops-bot", "jonas.falk"]]
    for n, ch in enumerate(["ops-incidents", "dev-backend"]):
        d = Doc("slack-export/%s/2026-10-%02d.json" % (ch, 20 + n))
        msgs = []
        t0 = 1792570000 + n * 86400

        def m(text, u=None):
            nonlocal t0
            t0 += R.randint(20, 900)
            uu = u or R.choice(users)
            msgs.append({"client_msg_id": uid(), "type": "message", "text": text, "user": uu[0], "ts": "%d.%06d" % (t0, R.randint(0, 999999)), "team": "T02ABCD1234",
                         "user_profile": {"name": uu[1], "real_name": uu[1].replace(".", " ").title(), "display_name": uu[1]}})
        if n == 0:
            t = tok(d)
            m("payments API returns 401 for the reconciliation job since 08:10 :fire:")
            m("here's the failing call\n```curl -s -H \"Authorization: Bearer %s\" https:\\/\\/payments.example.com\\/v3\\/recon?date=2026-10-20```" % t)
            m("that token was rotated yesterday, the new one is in vault under kv\\/payments\\/recon. don't paste tokens here pls :pray:")
            m("ok, the job was still using `Bearer ${RECON_TOKEN}` from the old env file, fixing")
            pw = d.pw(4)
            m("db is fine btw, logged in as recon_ro with password %s from the bastion" % pw)
            k, s = d.akid(), d.L("aws-secret-key", aws_secret_noslash())
            m("also found this in the old cron: AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s :grimacing: deactivating now" % (k, s))
            m("on-call phone for the PSP is %s (their NOC), ticket ref %s" % (d.ph("UK"), "INC" + rs(DG, 7)))
            m("psp docs use %s as their sample number, not that one" % phone_fake())
            m("resolved :white_check_mark: new token deployed, old key %s deleted" % k)
        else:
            m("anyone knows what `token_type: \"Bearer\"` vs `\"bearer\"` does in the oauth client? spec says case-insensitive")
            m("it's case-insensitive. the header must be `Authorization: Bearer <token>` though")
            t = tok(d)
            m("staging token for testing the new endpoint (expires friday): `%s`" % t)
            m("and the webhook signing secret for the sandbox: `%s`" % d.sec())
            m("thx! and sandbox admin pw?")
            m("user admin, password %s — change it after the demo" % d.pw(0))
            m("presigned upload link for the fixtures: <https:\\/\\/acme-fixtures.s3.eu-north-1.amazonaws.com\\/dump.sql.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=%s%%2F20261021%%2Feu-north-1%%2Fs3%%2Faws4_request&amp;X-Amz-Date=20261021T091500Z&amp;X-Amz-Expires=3600&amp;X-Amz-SignedHeaders=host&amp;X-Amz-Signature=%s>" % (d.akid(), sha256()))
            m("password policy reminder: min 14 chars, no reuse of last 5. placeholders like `hunter2` in docs are fine")
        d.write(json.dumps(msgs, indent=4, ensure_ascii=False) + "\n")
    d = Doc("slack-export/users.json")
    d.write(json.dumps([{"id": u, "name": nm, "real_name": nm.replace(".", " ").title(), "profile": {"title": R.choice(["SRE", "Backend", "Ops"]), "phone": phone("SE", True) if False else "", "email": nm + "@example.com"}, "is_bot": nm == "ops-bot"} for u, nm in users], indent=4) + "\n")


def freshdesk():
    d = Doc("freshdesk-tickets/tickets-page-1.json")
    tks = []
    texts = [
        lambda: ("API key stops working", "Hi, our integration fails since the update. We call GET /api/v2/orders with header Authorization: Bearer %s and get 403. Please advise. /Mats, %s" % (tok(d), d.ph("SE", True))),
        lambda: ("Cannot log in to the portal", "Hej! Jag kommer inte in i portalen. Användarnamn: k.ekstrom, lösenord %s – det fungerade i fredags. Ring mig gärna på %s." % (d.pw(0), d.ph("SE", False))),
        lambda: ("SFTP credentials for the export", "Dear support, for the nightly export please use host sftp.example.com, user acme_export, password: %s. Contact: %s" % (d.pw(1), d.ph("DE"))),
        lambda: ("Webhook verification fails", "Our endpoint rejects your calls. We configured signing secret %s as described in the docs. Is the secret rotated on your side?" % d.sec()),
        lambda: ("Password reset link expired", "The reset link expired. Please do NOT send the new password by e-mail, call %s instead. Our policy: passwords >= 12 characters." % d.ph("NO")),
        lambda: ("S3 delivery failing", "We set up delivery to our bucket with key id %s and secret %s but uploads fail with SignatureDoesNotMatch." % (d.akid(), d.L("aws-secret-key", aws_secret_noslash()))),
    ]
    for i, f in enumerate(texts):
        subj, body = f()
        tks.append({"id": 48210 + i, "subject": subj, "description_text": body, "description": "<div>%s</div>" % body.replace("&", "&amp;"), "status": R.choice([2, 3, 4]),
                    "priority": R.randint(1, 4), "requester_id": R.randint(10 ** 10, 10 ** 11), "source": R.choice([1, 2, 3]), "created_at": iso(ms=False),
                    "custom_fields": {"cf_order_ref": "ORD-" + rs(DG, 8), "cf_customer_tier": R.choice(["gold", "silver"])}, "tags": ["api"] if i % 2 == 0 else []})
    d.write(json.dumps(tks, indent=2, ensure_ascii=False) + "\n")


def irc():
    d = Doc("irc-logs/weechat-irc.corp.#infra.weechat")
    lines = []
    t = ts()

    def L(nick, msg):
        nonlocal t
        t = t + datetime.timedelta(seconds=R.randint(4, 140))
        lines.append("%s\t%s\t%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), nick, msg))
    L("-->", "kalle (~kalle@10.1.4.22) has joined #infra")
    L("@mira", "kalle: the grafana admin login is admin / %s until we hook up SSO" % d.pw(2))
    L("kalle", "ty. and the influx token for the dashboards?")
    L("@mira", "%s" % d.sec(base64.b64encode(R.randbytes(64)).decode()) if False else "check 1password, vault 'infra'")
    L("jonte", "fwiw curl -H 'Authorization: Bearer %s' https://grafana.internal/api/health works" % tok(d))
    L("@mira", "jonte: please stop pasting tokens :(")
    L("jonte", "it's a viewer token, expires tonight")
    L("kalle", "mysql -u monitor -p%s -h db-3 -e 'show slave status\\G'  <- is that the right user?" % d.pw(4))
    L("@mira", "yes. and the new redis password is %s, old one revoked" % d.pw(4))
    L("kalle", "the password hint field in the LDAP schema says 'first pet' lol, not a password")
    L("<--", "kalle (~kalle@10.1.4.22) has quit (Quit: bye)")
    d.write("\n".join(lines) + "\n")


def mails():
    specs = [
        ("sv", "Inloggning till lönesystemet", """Hej %s,

Välkommen till ekonomiavdelningen! Här kommer dina uppgifter till lönesystemet:

Användarnamn: %s
Tillfälligt lösenord: %s

Du ombeds byta lösenord vid första inloggning (minst 12 tecken, siffror och
specialtecken). Lösenordet till VPN får du i ett separat SMS.

Det gemensamma kontot för leverantörsportalen har lösenordet %s – dela det inte
utanför avdelningen.

Frågor? Ring IT-supporten på %s eller mig direkt på %s.

Vänliga hälsningar
%s
Lönekontoret"""),
        ("de", "Zugangsdaten Testsystem", """Hallo %s,

anbei die Zugangsdaten für das Testsystem:

Benutzer: %s
Passwort: %s

Das Passwort für die Datenbank (Benutzer qa_owner) lautet %s. Bitte ändern
Sie es nach dem ersten Login. Das Feld "Passwort-Hinweis" im Profil bitte leer lassen.

Bei Fragen erreichen Sie mich unter %s, unsere Hotline unter %s.

Mit freundlichen Grüßen
%s"""),
        ("fr", "Accès au serveur SFTP", """Bonjour %s,

Voici les identifiants pour le dépôt des fichiers :

Identifiant : %s
Mot de passe : %s

Le mot de passe de l'archive ZIP est %s. Pour des raisons de sécurité,
ne répondez pas à ce message avec le mot de passe en clair.

Vous pouvez me joindre au %s ou le standard au %s.

Cordialement,
%s"""),
    ]
    for n, (lang, subj, tpl) in enumerate(specs):
        d = Doc("mail-threads-i18n/%s-%02d.eml" % (lang, n + 1))
        nm = se_name() if lang == "sv" else R.choice(["Jana Becker", "Lukas Schmidt", "Claire Martin", "Julien Petit"])
        sender = se_name()
        cc = {"sv": "SE", "de": "DE", "fr": "FR"}[lang]
        body = tpl % (nm.split()[0], nm.split()[0].lower() + "." + nm.split()[1].lower()[:4], d.pw(R.choice([1, 2])), d.pw(0), d.ph(cc), d.ph(cc), sender)
        hdr = """Return-Path: <noreply@example.com>
Received: from mail.example.com (mail.example.com [192.0.2.25])
	by mx.example.net with ESMTPS id %s
	for <%s@example.net>; Wed, 21 Oct 2026 09:%02d:11 +0200
Message-ID: <%s@mail.example.com>
Date: Wed, 21 Oct 2026 09:%02d:03 +0200
From: %s <hr@example.com>
To: %s <%s@example.net>
Subject: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s2026; bh=%s; b=%s

""" % (rs(AN, 12), "user", R.randint(10, 59), uid(), R.randint(10, 59), sender, nm, "user", subj, base64.b64encode(R.randbytes(32)).decode(), base64.b64encode(R.randbytes(128)).decode())
        d.write(hdr + body + "\n")


import base64


def build():
    slack_export(); freshdesk(); irc(); mails()
