"""People pasting credentials: chat exports, tickets, e-mail."""
import datetime
import json

from doc import Doc
from gen_values import basic, uenc, jesc, AWS_DOC_AKID, ALADDIN
from common import host, user, db, app, ts

PEOPLE = ["maria.k", "dev-jonas", "priya", "tom.w", "ops-lea", "chen", "sam-oncall", "noor"]


def slack_esc(s):
    return jesc(s).replace("/", "\\/")


def msgs_slack(d, v):
    """Yield (text, raw-values) chat lines; labels are added by the carrier via fn."""
    pw = v.password(v.choice(["human", "strong", "phrase"]))
    lines = [
        ("morning! is staging down again?", []),
        ("I rotated the {} db user, the new password is {} (same user {})".format(db(v), pw, user(v)), [("password", pw)]),
        ("thanks :pray: what was the old one? I still have ******** in my notes", []),
        ("don't put passwords in channels pls, use 1Password. The policy says min 14 chars", []),
    ]
    tok = v.bearer()
    lines.append(("for the smoke test just use token {} with the /v1/health endpoint".format(tok), [("bearer-token|generic-secret", tok)]))
    ak, sk = v.aws_akid(), v.aws_secret()
    lines.append(("temporary keys for the migration bucket:\nAWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}".format(ak, sk),
                  [("aws-access-key-id", ak), ("aws-secret-key", sk)]))
    lines.append(("careful, the docs example {} is not a real key".format(AWS_DOC_AKID), []))
    url_pw = v.password(v.choice(["tricky", "human"]))
    lines.append(("connection string: postgres://{}:{}@{}:5432/{}".format(user(v), uenc(url_pw), host(v), db(v)),
                  [("url-credentials", uenc(url_pw))]))
    if v.randint(0, 1):
        sid, tt = v.twilio_sid(), v.twilio_token()
        lines.append(("twilio for the SMS alerts -> account SID {} auth token {}".format(sid, tt), [("twilio-key", tt)]))
    else:
        sl = v.slack("xoxb")
        lines.append(("the bot token is {} (scopes chat:write, channels:read)".format(sl), [("slack-token", sl)]))
    k = v.azure_key()
    lines.append(("storage key for stlogs: {}".format(k), [("azure-storage-key", k)]))
    lines.append(("got it, revoking in 1h. FYI token: [REDACTED] in the incident doc", []))
    return lines


def slack_export(v, i):
    d = Doc("chat/slack-export-%02d.json" % i)
    recs = []
    t0 = 1760000000 + v.randint(0, 9000000)
    team = "T0%s" % v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8)
    for n, (text, labels) in enumerate(msgs_slack(d, v)):
        for cat, val in labels:
            d.L(cat, slack_esc(val))
        recs.append({"type": "message", "user": "U0%s" % v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8),
                     "text": text, "ts": "%d.%06d" % (t0 + n * 97, v.randint(0, 999999)),
                     "client_msg_id": v.uuid(), "team": team})
    body = json.dumps(recs, indent=4).replace("/", "\\/")
    return d.set(body + "\n")


def teams_chat(v, i):
    d = Doc("chat/teams-%02d.txt" % i)
    out = []
    t0 = datetime.datetime.strptime(ts(v), "%Y-%m-%dT%H:%M:%S")
    for n, (text, labels) in enumerate(msgs_slack(d, v)):
        for cat, val in labels:
            d.L(cat, val)
        who = v.choice(PEOPLE)
        when = t0 + datetime.timedelta(minutes=n * 3 + v.randint(0, 2))
        out.append("[%s] %s\n%s\n" % (when.strftime("%d/%m/%Y %H:%M"), who, text))
    return d.set("\n".join(out))


def ticket(v, i):
    d = Doc("tickets/support-%02d.txt" % i)
    pw = v.password(v.choice(["human", "strong", "phrase", "tricky"]))
    b = basic("integration", v.safe_password())
    secret = v.generic()
    return d.set(f"""Ticket #{v.randint(10000, 99999)}  Priority: High  Status: Open
Requester: customer-{v.randint(100, 999)}@example.org
Subject: API integration returns 401 since Monday

--- Customer (via web form) ---
Hi, our nightly import stopped working. We call your API like this:

    curl -H "Authorization: Basic {d.L('basic-auth', b)}" https://api.example.com/v1/import

We did not change anything. Our admin account is integration / {d.L('password', pw)} if you
need to log in and check. The API secret in the portal is {d.L('generic-secret', secret)}.
(The docs say to test with {ALADDIN} but that obviously fails.)

--- Agent ---
Thanks. Please never send your password by e-mail; I have asked you to rotate it.
The 401 is because Basic auth was retired for /v1/import, please switch to OAuth
client credentials. Your token endpoint is https://auth.example.com/oauth2/token.
Internal note: customer's old key ended in ...{secret[-4:]}, hash {v.sha256()}.

--- Customer ---
Rotated, new password is in your secure upload link. Thanks!
""")


def email_msg(v, i):
    d = Doc("email/handover-%02d.eml" % i)
    pw = v.password(v.choice(["human", "strong"]))
    upw = uenc(v.safe_password())
    tt = v.twilio_token()
    sid = v.twilio_sid()
    skey = v.twilio_api_key()
    ssec = v.alnum(32)
    bnd = "b1_" + v.hexs(16)
    when = ts(v, '%a, %d %b %Y %H:%M:%S')
    return d.set(f"""Return-Path: <ops@example.com>
Received: from mail.example.com (mail.example.com [192.0.2.25])
	by mx.example.net with ESMTPS id {v.alnum(12)}
	for <newhire@example.net>; {when} +0000
From: Ops Team <ops@example.com>
To: New Hire <newhire@example.net>
Subject: Handover: {app(v)} service accounts
Date: {when} +0000
Message-ID: <{v.uuid()}@mail.example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi,

as discussed, here are the accounts you'll inherit (please move them into the vault
this week and then change every password):

  * Grafana admin: admin / {d.L('password', pw)}
  * Broker: amqp://ops:{d.L('url-credentials', upw)}@mq.example.com:5672/
  * Twilio (SMS paging): Account SID {sid}
      Auth Token: {d.L('twilio-key', tt)}
      API key {d.L('twilio-key', skey)} / secret {d.L('twilio-key|generic-secret', ssec)}
  * Jenkins: use SSO, no password needed.

The old wiki page still says password: <ask ops> -- ignore it.

Cheers,
Ops
--{bnd}--
""")


def build(v):
    out = []
    for i in range(1, 4):
        out.append(slack_export(v, i))
    for i in range(1, 3):
        out.append(teams_chat(v, i))
    for i in range(1, 4):
        out.append(ticket(v, i))
    for i in range(1, 3):
        out.append(email_msg(v, i))
    return out
