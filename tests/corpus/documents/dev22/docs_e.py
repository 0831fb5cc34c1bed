"""Personal data in forms and records, and people writing secrets in chats, issues and posts."""
import json
from core import urlq, jesc, b64s, UP, LO, DG, AN

DOCS = []


def doc(path, kind):
    def deco(fn):
        DOCS.append((path, fn, kind))
        return fn
    return deco


CC_NAMES = {"se": "SE", "de": "DE", "fr": "FR", "gb": "GB", "us": "US", "nl": "NL", "es": "ES", "it": "IT", "pl": "PL", "jp": "JP", "br": "BR", "in": "IN", "no": "NO", "fi": "FI"}


def traveller(d, cc, dfmt="%Y-%m-%d"):
    f, l = d.name(cc)
    dob = d.dob(1955, 2005)
    return {"f": f, "l": l, "dob": d.L("date-of-birth", dob.strftime(dfmt)), "pp": d.L("passport", d.passport(CC_NAMES[cc])),
            "tel": d.L("phone", d.phone(cc if cc not in ("se",) else "se", intl=True)),
            "mail": d.L("email", d.email(f, l, d.r.choice(["gmail.com", "outlook.com", "yahoo.com", "gmx.de", "orange.fr", "libero.it", "wp.pl", "web.de", "icloud.com"]))),
            "cc": CC_NAMES[cc]}


@doc("dive-center-waiver-csv/waivers-2026-03.csv", "dive centre waiver export")
def _(d):
    rows = ["waiver_id,signed_at,first_name,last_name,date_of_birth,nationality,passport_no,mobile,email,emergency_contact,emergency_phone,cert_level,cert_no"]
    for cc in ["de", "se", "gb", "nl", "fr", "us", "pl", "it", "jp", "no"]:
        t = traveller(d, cc)
        ef, el = d.name(cc)
        ep = d.L("phone", d.phone(cc, intl=True))
        rows.append(",".join([d.X("WV-" + d.s(8, UP + DG)), d.ts(2026, 2026).strftime("%Y-%m-%d %H:%M"), t["f"], t["l"], t["dob"], t["cc"], t["pp"],
                              t["tel"], t["mail"], f"{ef} {el}", ep, d.r.choice(["OWD", "AOWD", "Rescue", "DM"]), d.X(d.s(10, DG))]))
    return "\n".join(rows) + "\n"


@doc("language-school-enrolment-xml/enrolments-spring.xml", "language school enrolment xml")
def _(d):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<enrolments school="Scuola Lingua Firenze" term="2026-SPRING">']
    for cc in ["se", "de", "br", "in", "es", "fi"]:
        t = traveller(d, cc, "%d/%m/%Y")
        iban = d.L("iban", d.iban(d.r.choice(["SE", "DE", "FI", "ES", "NL"]))) if cc in ("se", "de", "fi") else None
        parts.append(f"""  <student id="{d.X('ST' + d.s(7, DG))}">
    <name given="{t['f']}" family="{t['l']}"/>
    <birthDate>{t['dob']}</birthDate>
    <nationality>{t['cc']}</nationality>
    <passportNumber>{t['pp']}</passportNumber>
    <contact><phone>{t['tel']}</phone><email>{t['mail']}</email></contact>
    <course level="{d.r.choice(['A2', 'B1', 'B2', 'C1'])}" weeks="{d.r.randint(2, 12)}"/>""" + (f"""
    <refundAccount><iban>{iban}</iban></refundAccount>""" if iban else "") + """
  </student>""")
    parts.append("</enrolments>")
    return "\n".join(parts) + "\n"


@doc("au-pair-agency-profiles/profiles-2026.yaml", "agency candidate profiles")
def _(d):
    out = ["# Au pair candidates — shared with host families only after matching", "candidates:"]
    for cc in ["br", "es", "pl", "de", "fr"]:
        t = traveller(d, cc, "%d.%m.%Y")
        out.append(f"""  - ref: AP-{d.X(d.s(6, DG))}
    name: "{t['f']} {t['l']}"
    date_of_birth: "{t['dob']}"
    passport_no: {t['pp']}
    passport_country: {t['cc']}
    phone: "{t['tel']}"
    email: {t['mail']}
    languages: [{d.r.choice(['en', 'de', 'sv'])}, {t['cc'].lower()}]
    driving_licence: {d.r.choice(['true', 'false'])}""")
    return "\n".join(out) + "\n"


@doc("coworking-member-export/members.vcf", "contact export vcard")
def _(d):
    cards = []
    for cc in ["se", "se", "fi", "no", "de", "gb"]:
        f, l = d.name(cc)
        bd = d.L("date-of-birth", d.dob(1965, 2002).strftime("%Y-%m-%d"))
        tel = d.L("phone", d.phone(cc, intl=True))
        mail = d.L("email", d.email(f, l, d.r.choice(["gmail.com", "protonmail.com", "outlook.com", "hey.com"])))
        cards.append(f"""BEGIN:VCARD
VERSION:3.0
N:{l};{f};;;
FN:{f} {l}
ORG:Kontorshotellet Hamnen
TEL;TYPE=CELL:{tel}
EMAIL;TYPE=INTERNET:{mail}
BDAY:{bd}
NOTE:Medlemsnr {d.X(d.s(5, DG))}\\, nyckelbricka {d.X(d.s(8, "0123456789ABCDEF"))}
UID:{d.X(d.uuid())}
END:VCARD""")
    return "\r\n".join("\n".join(cards).split("\n")) + "\r\n"


@doc("freelancer-invoice-text/invoice-2026-017.txt", "invoice text")
def _(d):
    ib = d.L("iban", d.iban("DE"))
    ib_sp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    ib2 = d.L("iban", ib_sp)
    f, l = d.name("de")
    tel = d.L("phone", d.phone("de", intl=True))
    mail = d.L("email", d.email(f, l, "posteo.de"))
    return f"""RECHNUNG Nr. 2026-017

{f} {l} — Übersetzungen DE/SV/EN
Kastanienallee 12, 10435 Berlin
Tel. {tel} · {mail}
USt-IdNr. DE{d.X(d.s(9, DG))}

An: Förlaget Lyktan AB, Box 1123, 111 81 Stockholm

Leistung                                   Menge     Preis
Übersetzung "Vinterljus" Kap. 1-6 (SV→DE)  48 NS     2.880,00 EUR
Lektorat                                    6 h        390,00 EUR
                                                  ----------------
Netto                                                 3.270,00 EUR
Reverse Charge — Steuerschuldnerschaft des Leistungsempfängers

Zahlbar bis {d.ts(2026, 2026):%d.%m.%Y} ohne Abzug auf:
IBAN {ib_sp}
BIC  COBADEFFXXX
(Bitte nicht auf das alte Konto {d.X("DE89 3704 0044 0532 0130 00")} aus der Vorlage überweisen.)
Verwendungszweck: RE 2026-017
EPC-QR: BCD/002/1/SCT/COBADEFFXXX/{f} {l}/{ib}/EUR3270.00
""" if ib2 else ""


@doc("mailorder-moto-forms/phone-orders-2026-02.txt", "call centre order notes")
def _(d):
    out = ["TELEFONORDER — manuell inslagna kortköp (MOTO), februari", "Skrivs in i terminalen och makuleras efter 30 dagar!", ""]
    for i in range(6):
        f, l = d.name("se")
        net = d.r.choice(["visa", "mc", "visa", "amex"])
        c = d.card(net)
        if i % 2:
            c = " ".join(c[j:j + 4] for j in range(0, len(c), 4)) if net != "amex" else f"{c[:4]} {c[4:10]} {c[10:]}"
        c = d.L("credit-card", c)
        tel = d.L("phone", d.phone("se"))
        out.append(f"Order {d.X(d.s(6, DG))}  {d.ts(2026, 2026):%Y-%m-%d}  {f} {l}  tel {tel}")
        out.append(f"  Kort: {c}   giltigt {d.r.randint(1, 12):02d}/{d.r.randint(27, 30)}   belopp {d.r.randint(300, 4000)},00 kr")
        out.append(f"  Auth-kod {d.X(d.s(6, DG))}, terminal-ref {d.X(d.s(12, DG))}")
        out.append("")
    out.append("Återbetald order (kort maskat i kvittot): 4571 56** **** 3391")
    out.append("Testköp vid installation: 4111 1111 1111 1111, 12/30")
    return "\n".join(out) + "\n"


@doc("payroll-bank-change-requests/bank-change-requests.eml", "e-mail thread")
def _(d):
    f1, l1 = d.name("nl")
    f2, l2 = d.name("fi")
    f3, l3 = d.name("pl")
    m1 = d.L("email", d.email(f1, l1, "gmail.com"))
    m2 = d.L("email", d.email(f2, l2, "elisanet.fi"))
    m3 = d.L("email", d.email(f3, l3, "onet.pl"))
    i1 = d.L("iban", d.iban("NL"))
    i2 = d.L("iban", d.iban("FI"))
    i3 = d.L("iban", d.iban("PL"))
    hr = d.L("email", "lon@verkstadsgruppen.se")
    t1 = d.L("phone", d.phone("nl", intl=True))
    return f"""From: Löneadministration <{hr}>
To: Ekonomi <ekonomi@verkstadsgruppen.se>
Subject: Fwd: Nya bankkonton inför lönekörningen 25/2
Date: {d.ts(2026, 2026):%a, %d %b %Y %H:%M:%S} +0100
Message-ID: <{d.X(d.hx(24) + "@verkstadsgruppen.se")}>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej, tre ändringar inför februarilönen. Jag har ringt och verifierat alla tre.

1) {f1} {l1} <{m1}>, tel {t1}
   Nytt konto: {i1}
2) {f2} {l2} <{m2}>
   Uusi tili / nytt konto: {i2}
3) {f3} {l3} <{m3}>
   Nowe konto: {i3}

Mvh
Löneadministrationen

-------- Vidarebefordrat meddelande --------
From: {f1} {l1} <{m1}>
Subject: new bank account

Hi, please pay my salary to {i1} from next month. Thanks!
""".replace("ekonomi@verkstadsgruppen.se", d.L("email", "ekonomi@verkstadsgruppen.se"))


# ---------------------------------------------------------------- prose and chats

def vt(d, kind):
    if kind == "ghp":
        return d.L("github-token", "ghp_" + d.s(36, AN))
    if kind == "xoxb":
        return d.L("slack-token", f"xoxb-{d.s(12, DG)}-{d.s(13, DG)}-{d.s(24, AN)}")
    if kind == "hook":
        return d.L("slack-webhook", f"https://hooks.slack.com/services/T{d.s(10, UP + DG)}/B{d.s(10, UP + DG)}/{d.s(24, AN)}")
    if kind == "aiza":
        return d.L("google-api-key", "AIza" + d.s(35, AN + "-_"))
    if kind == "openai":
        return d.L("openai-key", "sk-proj-" + d.s(56, AN + "-_") + "T3BlbkFJ" + d.s(56, AN + "-_"))
    if kind == "ant":
        return d.L("anthropic-key", "sk-ant-api03-" + d.s(93, AN + "-_") + "AA")
    if kind == "sg":
        return d.L("sendgrid-key", "SG." + d.s(22, AN + "-_") + "." + d.s(43, AN + "-_"))
    if kind == "hf":
        return d.L("huggingface-token", "hf_" + d.s(34, UP + LO))
    if kind == "shp":
        return d.L("shopify-token", "shpat_" + d.hx(32))
    if kind == "mg":
        return d.L("mailgun-key", "key-" + d.hx(32))
    if kind == "pypi":
        return d.L("pypi-token", "pypi-AgEIcHlwaS5vcmc" + d.s(60, AN + "-_"))
    if kind == "npm":
        return d.L("npm-token", "npm_" + d.s(36, AN))
    raise KeyError(kind)


@doc("skype-export-json/messages.json", "chat export json")
def _(d):
    p1 = d.L("password", d.pw(punct="!#%*-_.@+"))
    p2 = d.L("password", d.pw(words=True, punct="!-."))
    p3 = d.L("password", d.pw(punct="!#%*-_.+"))
    k, s = d.L("aws-access-key-id", d.akia()), d.L("aws-secret-key", d.awssec())
    gh = vt(d, "ghp")
    msgs = [
        ("8:live:.cid.4a1f", "Jonas", f"the NAS admin login is admin / {p1} — please change it after you log in"),
        ("8:live:.cid.99b2", "Sabine", f"Danke! Das WLAN-Passwort im Büro ist übrigens {p2}"),
        ("8:live:.cid.4a1f", "Jonas", "ok. and the password for the old FTP is ******** (in the vault)"),
        ("8:live:.cid.51c0", "Mateo", f"la contraseña del panel de Plesk es {p3} y el usuario es mateo.adm"),
        ("8:live:.cid.51c0", "Mateo", f"para el script de backup uso estas claves: {k} / {s}"),
        ("8:live:.cid.99b2", "Sabine", f"Token für die CI: {gh} (nur read:packages)"),
        ("8:live:.cid.4a1f", "Jonas", "thanks, I'll move all of these to Bitwarden tonight"),
    ]
    conv = {"userId": "8:live:.cid.4a1f", "exportDate": d.ts(2026, 2026).isoformat(), "conversations": [{
        "id": "19:" + d.X(d.hx(32) + "@thread.skype"), "displayName": "Webbprojekt 2026", "version": 1,
        "MessageList": [{"id": str(d.r.randint(10**12, 10**13)), "originalarrivaltime": d.ts(2026, 2026).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                         "messagetype": "RichText", "version": 1, "content": c, "conversationid": "19:group", "from": f, "displayName": n}
                        for f, n, c in msgs]}]}
    return json.dumps(conv, ensure_ascii=False, indent=1) + "\n"


@doc("pidgin-html-logs/2026-01-15.143002+0100CET.html", "im client log")
def _(d):
    p1 = d.L("password", d.pw(punct="!#%*-_.+"))
    p2 = d.L("password", d.pw(punct="!#%*-_.+"))
    p3 = d.L("password", d.pw(words=True, punct="-."))
    t = d.ts(2026, 2026)
    return f"""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Conversation with marek@jabber.cz at 15.01.2026 14:30:02 on ondra@jabbim.cz/Pidgin (jabber)</title></head><body><h3>Conversation with marek@jabber.cz at 15.01.2026 14:30:02 on ondra@jabbim.cz/Pidgin (jabber)</h3>
<font color="#A82F2F"><font size="2">(14:30:02)</font> <b>marek@jabber.cz/Gajim:</b></font> ahoj, potřebuju se dostat na ten router u klienta<br/>
<font color="#16569E"><font size="2">(14:30:40)</font> <b>ondra:</b></font> login admin, heslo je {p1}<br/>
<font color="#A82F2F"><font size="2">(14:31:12)</font> <b>marek@jabber.cz/Gajim:</b></font> díky. a k VPN?<br/>
<font color="#16569E"><font size="2">(14:31:55)</font> <b>ondra:</b></font> uživatel marek.vpn, hasło / heslo: {p2} (polski klient ma to samo)<br/>
<font color="#A82F2F"><font size="2">(14:32:20)</font> <b>marek@jabber.cz/Gajim:</b></font> a heslo k wifi na skladě?<br/>
<font color="#16569E"><font size="2">(14:32:41)</font> <b>ondra:</b></font> {p3}<br/>
<font color="#16569E"><font size="2">(14:33:02)</font> <b>ondra:</b></font> a prosím nepiš hesla do tiketů, jen &lt;heslo v trezoru&gt;<br/>
</body></html>
""".replace("marek@jabber.cz", d.L("email", "marek@jabber.cz")).replace("ondra@jabbim.cz", d.L("email", "ondra@jabbim.cz"))


@doc("lark-messages-json/group-chat-export.json", "chat export json")
def _(d):
    p1 = d.L("password", d.pw(punct="!#%*-_.@+"))
    p2 = d.L("password", d.pw(punct="!#%*-_.+"))
    p3 = d.L("password", d.pw(punct="!#%*-_.+"))
    ak = vt(d, "openai")
    msgs = [
        ("ou_" + d.hx(32), "王磊", f"测试环境数据库密码：{p1}，用户名 app_rw"),
        ("ou_" + d.hx(32), "佐藤", f"ステージングの管理画面のパスワードは {p2} です。ユーザー名は admin"),
        ("ou_" + d.hx(32), "王磊", "收到，谢谢！生产环境的密码我放到 1Password 了，不要发群里 🙏"),
        ("ou_" + d.hx(32), "김민준", f"VPN 비밀번호: {p3} (임시, 다음 주에 변경)"),
        ("ou_" + d.hx(32), "佐藤", f"OpenAIのキーはこれ: {ak}"),
    ]
    items = [{"message_id": "om_" + d.X(d.hx(32)), "create_time": str(d.epoch() * 1000), "msg_type": "text",
              "sender": {"id": d.X(sid), "id_type": "open_id", "name": n}, "body": {"content": json.dumps({"text": c}, ensure_ascii=False)}}
             for sid, n, c in msgs]
    return json.dumps({"chat_id": "oc_" + d.X(d.hx(32)), "name": "平台组 / Platform", "items": items}, ensure_ascii=False, indent=2) + "\n"


@doc("gitlab-issue-notes-json/issue-412-notes.json", "issue tracker export")
def _(d):
    p1 = d.L("password", d.pw(punct="!#%*-_.@+"))
    p2 = d.L("password", d.pw(punct="!#%*-_.+"))
    hook = vt(d, "hook")
    sg = vt(d, "sg")
    xo = vt(d, "xoxb")
    notes = [
        ("amelie.roux", f"J'ai reproduit le bug sur la préprod. Identifiants : recette / {p1}"),
        ("luca.greco", f"Confermo. La password del DB di staging è `{p2}`, l'ho ruotata ieri."),
        ("amelie.roux", f"Pour les alertes j'ai branché le webhook {hook}"),
        ("oliver.smith", f"SendGrid key for the mailer in staging: {sg} — will rotate after the fix"),
        ("luca.greco", f"il bot Slack usa {xo}"),
        ("oliver.smith", "Closing. Password placeholder in the README is now `<DB_PASSWORD>`."),
    ]
    out = [{"id": d.r.randint(10**8, 10**9), "type": None, "body": b, "attachment": None,
            "author": {"id": d.r.randint(1000, 9999), "username": u, "name": u.replace(".", " ").title(), "state": "active"},
            "created_at": d.ts(2026, 2026).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "system": False, "noteable_type": "Issue", "noteable_iid": 412,
            "confidential": False, "internal": False}
           for u, b in notes]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


@doc("asana-tasks-json/it-onboarding-tasks.json", "task tracker export")
def _(d):
    p1 = d.L("password", d.pw(punct="!#%*-_.+"))
    p2 = d.L("password", d.pw(punct="!#%*-_.+"))
    p3 = d.L("password", d.pw(words=True, punct="-!."))
    p4 = d.L("password", d.pw(punct="!#%*-_.+"))
    hf = vt(d, "hf")
    shp = vt(d, "shp")
    tasks = [
        ("Laptop beállítása — Kovács Anna", f"Ideiglenes jelszó: {p1}\nElső bejelentkezéskor változtassa meg."),
        ("Cont nou ERP — Popescu Ion", f"Utilizator: ipopescu, parola: {p2}"),
        ("Πρόσβαση στο Wi-Fi αποθήκης", f"Ο κωδικός του Wi-Fi είναι {p3}"),
        ("Muhasebe paylaşımı", f"Kullanıcı adı muhasebe, şifre: {p4}"),
        ("ML pipeline", f"Hugging Face token for the private model repo: {hf}"),
        ("Shopify export", f"Admin API access token (custom app 'ERP sync'): {shp}"),
        ("Reset policy", "Passwords must never be written here — use ******** and the vault link."),
    ]
    data = [{"gid": d.X(d.s(16, DG)), "resource_type": "task", "name": n, "notes": t, "completed": d.r.random() < .5,
             "assignee": {"gid": d.X(d.s(16, DG)), "resource_type": "user"}, "created_at": d.ts(2026, 2026).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             "projects": [{"gid": "1207781234567001", "name": "IT onboarding"}]} for n, t in tasks]
    return json.dumps({"data": data}, ensure_ascii=False, indent=2) + "\n"


@doc("usenet-nntp-article/de.comp.os.unix.linux.misc-48812.txt", "usenet article")
def _(d):
    f, l = d.name("de")
    m = d.L("email", d.email(f, l, "t-online.de"))
    p = d.L("password", d.pw(punct="!#%*-_.+"))
    p2 = d.L("password", d.pw(punct="!#%*-_.+"))
    mid = d.X(d.s(10, LO + DG) + "$" + d.s(4, LO) + "$1@dont-email.me")
    return f"""Path: news.eternal-september.org!eternal-september.org!.POSTED!not-for-mail
From: {f} {l} <{m}>
Newsgroups: de.comp.os.unix.linux.misc
Subject: fetchmail holt keine Mails mehr seit Provider-Umstellung
Date: {d.ts(2026, 2026):%a, %d %b %Y %H:%M:%S} +0100
Organization: A noiseless patient Spider
Lines: 24
Message-ID: <{mid}>
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
User-Agent: Mozilla Thunderbird

Hallo zusammen,

seit mein Provider auf neue Server umgestellt hat, bekomme ich nur noch
"Authorization failure". Meine ~/.fetchmailrc sieht so aus:

poll imap.provider-neu.de proto IMAP port 993
   user "{l.lower()}" there with password "{p}" is "{f.lower()}" here
   ssl sslcertck

Mit Thunderbird und demselben Passwort geht es. Das alte war übrigens
{p2}, falls das jemand für relevant hält (ist eh abgeschaltet).

Hat jemand eine Idee?

Gruß
{f}

-- 
Signatur bitte ignorieren
"""
