"""docs_e: personal data carriers (passports, birth dates, IBANs, phones, e-mail) and people writing secrets in chats, tickets and notes."""
import base64
import json

from generate import doc, jesc

PROSE = "!%*-_.+?#"


def fmt_date(dt, style):
    mon_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    if style == "iso":
        return dt.isoformat()
    if style == "dot":
        return "%02d.%02d.%04d" % (dt.day, dt.month, dt.year)
    if style == "slash":
        return "%02d/%02d/%04d" % (dt.day, dt.month, dt.year)
    if style == "en":
        return "%d %s %d" % (dt.day, mon_en[dt.month - 1], dt.year)
    raise ValueError(style)


@doc("race-registration-export-csv/anmalningar-stadsloppet-2026.csv")
def race(d):
    rows = ["registration_id,bib,first_name,last_name,gender,birth_date,nationality,club,email,mobile,tshirt,start_group,chip_id,payment_ref"]
    ccs = [("SE", "SWE"), ("NO", "NOR"), ("DK", "DEN"), ("FI", "FIN"), ("DE", "GER"), ("NL", "NED"), ("PL", "POL"),
           ("UK", "GBR"), ("FR", "FRA"), ("ES", "ESP"), ("IT", "ITA"), ("SE", "SWE")]
    firsts = {"SE": ["Linnea", "Oskar"], "NO": ["Ingrid", "Sindre"], "DK": ["Mette", "Rasmus"], "FI": ["Aino", "Juho"],
              "DE": ["Lena", "Jonas"], "NL": ["Sanne", "Daan"], "PL": ["Zofia", "Kacper"], "UK": ["Olivia", "Harry"],
              "FR": ["Camille", "Hugo"], "ES": ["Lucía", "Pablo"], "IT": ["Giulia", "Matteo"]}
    lasts = {"SE": ["Wikström", "Dahl"], "NO": ["Haugen", "Bakke"], "DK": ["Nielsen", "Mortensen"], "FI": ["Korhonen", "Mäkinen"],
             "DE": ["Schneider", "Becker"], "NL": ["de Vries", "Bakker"], "PL": ["Kowalska", "Wiśniewski"], "UK": ["Hughes", "Patel"],
             "FR": ["Moreau", "Lefebvre"], "ES": ["García", "Navarro"], "IT": ["Russo", "Ferrari"]}
    for i, (cc, ioc) in enumerate(ccs):
        f = d.choice(firsts[cc])
        l = d.choice(lasts[cc])
        dob = d.L("date-of-birth", d.date(1950, 2007).isoformat())
        em = d.L("email", d.email(f, l.replace(" ", "").replace("ś", "s").replace("í", "i"),
                                  d.choice(["gmail.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"]))) if i % 3 == 0 else ""
        ph = d.L("phone", d.phone(cc, intl=True)) if i % 3 == 1 else ""
        rows.append(",".join([d.lk("uuid"), str(1001 + i * 7), f, l, d.choice("FM"), dob, ioc,
                              d.choice(["", "Hässelby SK", "IFK Göteborg Friidrott", "Spårvägen FK", "Team Nordic Runners", ""]),
                              em, '"%s"' % ph if ph else "", d.choice(["S", "M", "L", "XL"]),
                              d.choice(["A", "B", "C", "D"]), d.lk("literal", d.HEXU(12)),
                              d.lk("literal", "pi_" + d.alnum(24))]))
    return "\n".join(rows) + "\n"


@doc("yacht-charter-crew-list/crew-list-SB-4412.txt")
def crew(d):
    nat = [("DE", "Njemačka / Germany"), ("DE", "Njemačka / Germany"), ("AT", "Austrija / Austria"),
           ("NL", "Nizozemska / Netherlands"), ("PL", "Poljska / Poland"), ("SE", "Švedska / Sweden"),
           ("CZ", "Češka / Czech Republic")]
    names = ["Tobias Hartmann", "Katrin Hartmann", "Florian Gruber", "Joris van Dijk", "Marta Zielińska",
             "Emil Sundqvist", "Petra Nováková"]
    lines = []
    for i, ((cc, natname), nm) in enumerate(zip(nat, names)):
        dob = d.date(1958, 2005)
        dob_s = d.L("date-of-birth", "%02d.%02d.%04d" % (dob.day, dob.month, dob.year)) + "."
        pp = d.L("passport", d.passport("DE" if cc == "AT" else cc))
        valid = d.X("%02d.%02d.%04d" % (d.randint(1, 28), d.randint(1, 12), d.randint(2027, 2034))) + "."
        role = "Skipper" if i == 0 else ("Co-skipper" if i == 1 else "Član posade / Crew")
        lines.append("%d. %-18s | %-12s | %-26s | %-11s | %-12s | %-11s" % (i + 1, nm, role, natname, dob_s, pp, valid))
    sk = d.L("phone", d.phone("DE", intl=True))
    d.X("SB-4412-2025")
    lic = d.X("ICC-" + d.digits(7))
    return f"""POPIS POSADE / CREW LIST
Jahta / Yacht: "Sveti Bartul" (Bavaria C45), reg. oznaka ST-{d.digits(4)}
Charter ugovor / Charter contract: SB-4412-2025   Luka polaska / Port of departure: ACI Marina Split
Razdoblje / Period: 11.10.2025. - 18.10.2025.

Rb | Ime i prezime      | Funkcija     | Državljanstvo              | Datum rođ.  | Br. putovnice| Vrijedi do
---+--------------------+--------------+----------------------------+-------------+--------------+------------
""" + "\n".join(lines) + f"""

Skipper licence: {lic}   Mobitel skippera / Skipper mobile: {sk}
Potpis voditelja / Signature of skipper: ______________________
Ovjera lučke kapetanije / Harbour master stamp:
"""


@doc("mt103-swift-messages/outgoing-20251103.fin")
def mt103(d):
    msgs = []
    pairs = [("SE", "DE", "EUR"), ("SE", "FI", "EUR"), ("SE", "NL", "EUR"), ("SE", "PL", "PLN"), ("SE", "IT", "EUR")]
    bics = {"DE": "COBADEFFXXX", "FI": "NDEAFIHHXXX", "NL": "INGBNL2AXXX", "PL": "PKOPPLPWXXX", "IT": "UNCRITMMXXX"}
    bens = {"DE": ("MUELLER HOLZHANDEL GMBH", "HAUPTSTR 12", "DE-10115 BERLIN"),
            "FI": ("SAHA-JA PUU OY", "TEOLLISUUSTIE 8", "FI-90620 OULU"),
            "NL": ("VAN DER BERG BOUWMATERIALEN BV", "INDUSTRIEWEG 41", "NL-3044 AS ROTTERDAM"),
            "PL": ("KOWALCZYK DREWNO SP Z O O", "UL. LESNA 7", "PL-62-080 TARNOWO"),
            "IT": ("FERRAMENTA BIANCHI SRL", "VIA ROMA 118", "IT-20121 MILANO")}
    own = d.L("iban", d.iban("SE", spaced=False))
    for i, (a, b, cur) in enumerate(pairs):
        ref = d.X("LB251103%04d" % (i + 1))
        uetr = d.X(d.uuid())
        ben = d.L("iban", d.iban(b, spaced=False))
        amt = "%d,%02d" % (d.randint(1200, 98000), d.randint(0, 99))
        chk = d.X(d.HEXU(12))
        b1, b2, b3 = bens[b]
        msgs.append(f"""{{1:F01ESSESESSAXXX{d.digits(10)}}}{{2:I103{bics[b][:8]}XXXXN}}{{3:{{108:{ref}}}{{121:{uetr}}}}}{{4:
:20:{ref}
:23B:CRED
:32A:251103{cur}{amt}
:33B:{cur}{amt}
:50K:/{own}
LINDBERGS BYGG AB
INDUSTRIVAGEN 4
SE-55302 JONKOPING
:52A:ESSESESS
:57A:{bics[b]}
:59:/{ben}
{b1}
{b2}
{b3}
:70:/INV/{d.digits(4)}-{d.digits(3)}
:71A:SHA
-}}{{5:{{CHK:{chk}}}}}""")
    d.X("DE89370400440532013000")
    return "\n$".join(msgs) + "\n\n// template row kept by the bank's sample: :59:/DE89370400440532013000\n"


@doc("travel-insurance-quote-json/quotes-2025-11-03.jsonl")
def insurance(d):
    lines = []
    for i in range(5):
        trav = []
        for j in range(d.choice([2, 2, 3])):
            cc = d.choice(["DE", "SE", "NL", "FR", "ES", "IT", "UK", "FI"])
            trav.append({"first_name": d.choice(["Lea", "Max", "Eva", "Noah", "Clara", "Luca", "Mila", "Jan"]),
                         "last_name": d.choice(["Fischer", "Berg", "Janssen", "Martin", "Romero", "Esposito", "Evans", "Virtanen"]),
                         "date_of_birth": d.L("date-of-birth", d.date(1948, 2015).isoformat()),
                         "nationality": cc,
                         "passport_number": d.L("passport", d.passport(cc))})
        contact = {"email": d.L("email", d.email(trav[0]["first_name"], trav[0]["last_name"]))}
        if i % 2 == 0:
            contact["phone"] = d.L("phone", d.phone(d.choice(["DE", "NL", "FR", "IT", "ES"]), intl=True))
        qt = d.L("jwt", d.jwt("RS256", {"iss": "https://quotes.reiseschutz-direkt.de", "quote": "Q-%d" % d.randint(100000, 999999)}))
        lines.append(json.dumps({
            "quote_id": "Q-2025-11-03-%04d" % (i + 1), "created_at": "2025-11-03T%02d:%02d:11Z" % (8 + i, d.randint(0, 59)),
            "product": d.choice(["single-trip", "annual-multi-trip", "ski"]),
            "destination": d.choice(["TH", "US", "WORLD", "EU", "JP"]),
            "trip": {"start": "2026-0%d-%02d" % (d.randint(1, 6), d.randint(1, 28)), "days": d.randint(5, 30)},
            "travellers": trav, "contact": contact, "premium": {"amount": d.randint(29, 340), "currency": "EUR"},
            "quote_token": qt, "partner_ref": d.X(d.hex(24)), "payment_intent": d.lk("literal", "pi_" + d.alnum(24))}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ prose

@doc("webex-space-export/drift-messages.json")
def webex(d):
    people = [("Daan", "Visser", "drift-partners.nl"), ("Sabine", "Krüger", "drift-partners.nl"),
              ("Johan", "Ek", "lagerkedjan.se"), ("Priya", "Nair", "lagerkedjan.se")]
    emails = []
    for f, l, dom in people:
        emails.append(d.L("email", d.email(f, l.replace("ü", "ue"), dom)))
    p1 = d.L("password", d.pw(punct=PROSE))
    p2 = d.L("password", d.pw(punct=PROSE))
    p3 = d.L("password", d.pw(punct=PROSE))
    p4 = d.L("password", d.pw(punct=PROSE))
    a, s = d.L("aws-access-key-id", d.aws_id()), d.L("aws-secret-key", d.aws_secret())
    tok = d.L("bearer-token", d.opaque("b64url"))
    p5 = d.L("password", d.pw(punct=PROSE))
    k1 = d.L("generic-secret", d.hex(32))
    tok2 = d.L("bearer-token", d.opaque("alnum"))
    room = d.X(base64.b64encode(("ciscospark://us/ROOM/" + d.uuid()).encode()).decode().rstrip("="))
    texts = [
        (2, "Morning! Who has the admin login for the new NAS in Rotterdam? Need to add the backup share."),
        (0, "user is admin, password {p1} -- I'll rotate it after you're done"),
        (1, "Das Passwort für den Drucker-Admin (HP im 2. OG) ist übrigens {p2}, falls jemand die Scan-to-Mail-Einstellung braucht."),
        (0, "Wachtwoord van het gasten-wifi is deze week {p3} (staat ook op het whiteboard bij de receptie)"),
        (3, "For the S3 export I used these, please move them to the vault:\naccess key {a}\nsecret {s}"),
        (2, "Repro for the 401 from the partner API:\ncurl -H \"Authorization: Bearer {tok}\" https://api.partner-nord.se/v2/orders"),
        (1, "Neues Passwort für den Jira-Servicekonto jira-svc: {p4}"),
        (3, "the old one ******** still works until Friday, after that only the new one"),
        (0, "ok. VPN login for the contractor: vpn-ext07 / {p5}"),
        (3, "Weather widget on the dashboard needs this key: {k1}"),
        (2, "and the service account token for Grafana, if you need to script dashboards: Authorization: Bearer {tok2}"),
    ]
    items = []
    for i, (who, t) in enumerate(texts):
        txt = t.format(p1=p1, p2=p2, p3=p3, p4=p4, p5=p5, a=a, s=s, tok=tok, k1=k1, tok2=tok2)
        items.append({"id": d.X(base64.b64encode(("ciscospark://us/MESSAGE/" + d.uuid()).encode()).decode().rstrip("=")),
                      "roomId": room, "roomType": "group", "text": txt,
                      "personId": base64.b64encode(("ciscospark://us/PEOPLE/" + d.uuid()).encode()).decode().rstrip("="),
                      "personEmail": emails[who],
                      "created": "2025-11-03T%02d:%02d:%02d.%03dZ" % (7 + i // 3, (i * 7) % 60, d.randint(0, 59), d.randint(0, 999))})
    d.X("********")
    return json.dumps({"items": items}, indent=2, ensure_ascii=False) + "\n"


def fb(s):
    """Facebook's export: UTF-8 bytes written as \\u00XX escapes."""
    return json.dumps(s.encode("utf-8").decode("latin-1"), ensure_ascii=True)[1:-1]


@doc("messenger-json-export/message_1.json")
def messenger(d):
    p1 = d.L("password", d.pw(punct="!*-_.+?#"))
    p2 = d.L("password", d.pw(punct="!*-_.+?#"))
    p3 = d.L("password", d.pw(punct="!*-_.+?#"))
    p4 = d.L("password", d.pw(punct="!*-_.+?#"))
    msgs = [
        ("Carmen López", "¿Alguien sabe la contraseña del wifi de la casa de la abuela? Llegamos mañana."),
        ("Javier López", "la contraseña del router es {p1} (la red se llama MOVISTAR_4F2A)"),
        ("Inês Ferreira", "Obrigada! E a senha da Netflix mudou, agora é {p2} -- não partilhem fora da família 😅"),
        ("Carmen López", "Giulia me pidió la cuenta del correo de la asociación"),
        ("Giulia Romano", "sì, la password della mail dell'associazione è {p3}, l'utente è segreteria"),
        ("Javier López", "Y para la cámara del garaje: usuario admin, contraseña {p4}"),
        ("Carmen López", "El código de la app de la cámara es el que viene en la pegatina, no la contraseña"),
        ("Inês Ferreira", "A senha antiga (••••••) já não funciona, usem a nova."),
    ]
    d.X(fb("••••••"))
    out = []
    ts = 1762156800000
    for i, (who, t) in enumerate(reversed(msgs)):
        out.append('    {\n      "sender_name": "%s",\n      "timestamp_ms": %d,\n      "content": "%s",\n      "is_geoblocked_for_viewer": false\n    }'
                   % (fb(who), ts - i * 173000, fb(t.format(p1=p1, p2=p2, p3=p3, p4=p4))))
    parts = ",\n".join('    {\n      "name": "%s"\n    }' % fb(n) for n in ["Carmen López", "Javier López", "Inês Ferreira", "Giulia Romano"])
    return '{\n  "participants": [\n' + parts + '\n  ],\n  "messages": [\n' + ",\n".join(out) + \
        '\n  ],\n  "title": "%s",\n  "is_still_participant": true,\n  "image": {"uri": "messages/inbox/photos/%s.jpg", "creation_timestamp": 1700000000},\n  "thread_path": "inbox/familia_%s",\n  "magic_words": []\n}\n' % (
            fb("Família 🏡"), d.X(d.hex(16) + "_" + d.digits(15)), d.X(d.lower_alnum(10)))


@doc("viber-chat-txt/Viber-Biuro-Serwis.csv")
def viber(d):
    ppl = [("Tomasz Nowak", d.L("phone", d.phone("PL", intl=True))),
           ("Jana Dvořáková", d.L("phone", d.phone("CZ", intl=True))),
           ("Emre Yıldız", d.L("phone", d.phone("TR", intl=True))),
           ("Kasia Wójcik", d.L("phone", d.phone("PL", intl=True)))]
    p1 = d.L("password", d.pw(punct=PROSE))
    p2 = d.L("password", d.pw(punct=PROSE))
    p3 = d.L("password", d.pw(punct=PROSE))
    p4 = d.L("password", d.pw(punct=PROSE))
    p5 = d.L("password", d.pw(punct=PROSE))
    k1 = d.L("generic-secret", d.alnum(40))
    tok = d.L("bearer-token", d.opaque("b64url"))
    msgs = [
        (0, "Cześć, kto ma dostęp do panelu hostingu? Trzeba odnowić certyfikat."),
        (3, "login: biuro-admin, hasło: {p1}"),
        (1, "Heslo k VPN pro pobočku v Brně je {p2}, uživatel brno-vpn"),
        (2, "Merhaba, muhasebe programının yönetici şifresi {p3} -- lütfen kimseyle paylaşmayın"),
        (0, "Dzięki. Hasło do Wi-Fi dla gości zmienione na {p4}"),
        (1, "A heslo do routeru Mikrotik (admin) je teď {p5}, staré už neplatí."),
        (3, "Nowe hasło wyślę SMS-em, nie tutaj: <hasło>"),
        (0, "Klucz API do kuriera (InPost) dla sklepu: {k1}"),
        (2, "Test için: curl -H \"Authorization: Bearer {tok}\" https://api.faturam-portal.com.tr/v1/invoices"),
    ]
    d.X("<hasło>")
    rows = ["Date,Time,Sender Name,Sender Phone Number,Message"]
    for i, (w, t) in enumerate(msgs):
        txt = t.format(p1=p1, p2=p2, p3=p3, p4=p4, p5=p5, k1=k1, tok=tok).replace('"', '""')
        rows.append('03/11/2025,%02d:%02d,%s,%s,"%s"' % (8 + i // 2, (i * 11) % 60, ppl[w][0], ppl[w][1], txt))
    rows.append('03/11/2025,11:02,Kasia Wójcik,%s,"Zdjęcie: IMG_%s.jpg (MD5 %s)"' % (ppl[3][1], d.digits(8), d.lk("md5")))
    rows.append('03/11/2025,11:05,Tomasz Nowak,%s,"Numer zgłoszenia u dostawcy: %s"' % (ppl[0][1], d.lk("uuid")))
    return "\n".join(rows) + "\n"


@doc("servicenow-incident-json/incidents-export.json")
def servicenow(d):
    callers = [("Aurélie", "Marchand", "groupe-vauban.fr"), ("Mikko", "Laine", "groupe-vauban.fr"),
               ("Sarah", "Whitfield", "groupe-vauban.fr"), ("Elsa", "Nordin", "groupe-vauban.fr")]
    ems = [d.L("email", d.email(f, l, dom)) for f, l, dom in callers]
    p1 = d.L("password", d.pw(punct="!*-_.+?#"))
    p2 = d.L("password", d.pw(punct="!*-_.+?#"))
    p3 = d.L("password", d.pw(punct="!*-_.+?#"))
    p4 = d.L("password", d.pw(punct="!*-_.+?#"))
    k1 = d.L("generic-secret", d.alnum(40))
    k2 = d.L("generic-secret", d.hex(48))
    tok = d.L("jwt|bearer-token", d.jwt("RS256", {"iss": "https://sso.groupe-vauban.fr", "aud": "erp-api"}))
    incs = [
        (0, "Réinitialisation du mot de passe -- compte SAP",
         "Bonjour, je n'arrive plus à me connecter à SAP depuis ce matin.",
         f"[Work notes] Compte débloqué, mot de passe temporaire : {p1} (à changer à la première connexion). Communiqué par téléphone."),
        (1, "Salasana vanhentunut / password expired",
         "Hei, salasanani vanhentui lomalla enkä pääse VPN:ään.",
         f"[Work notes] Reset done. Väliaikainen salasana: {p2} -- user informed by SMS."),
        (2, "Integration with carrier API failing (401)",
         f"Our nightly job fails since Friday. Request we send:\nPOST /v1/consignments\nAuthorization: Bearer {tok}\nx-api-key: {k1}",
         "[Comments] The x-api-key above is the production one, please rotate. Assigned to Integration team."),
        (3, "Nytt lösenord till kundportalen",
         f"Hej! Jag har bytt lösenord till {p3} men det fungerar inte, vad gör jag fel?",
         "[Comments] Please never send passwords in tickets. Account unlocked, user asked to pick a new one."),
        (2, "Monitoring agent key",
         f"Installed the agent on srv-lyon-04, config has api_key: {k2}",
         f"[Work notes] Local admin on srv-lyon-04 reset to {p4}, stored in the PAM vault afterwards."),
    ]
    res = []
    for i, (c, short, desc, notes) in enumerate(incs):
        res.append({"number": "INC00%05d" % d.randint(10000, 99999), "sys_id": d.X(d.hex(32)),
                    "assignment_group": {"value": d.X(d.hex(32))},
                    "short_description": short, "description": desc, "comments_and_work_notes": notes,
                    "caller_id": {"display_value": " ".join(callers[c][:2]), "link": "https://groupevauban.service-now.com/api/now/table/sys_user/" + d.X(d.hex(32))},
                    "u_caller_email": ems[c], "state": d.choice(["2", "6", "7"]), "priority": d.choice(["3", "4"]),
                    "opened_at": "2025-11-0%d %02d:%02d:00" % (d.randint(1, 3), d.randint(7, 17), d.randint(0, 59))})
    return json.dumps({"result": res}, indent=2, ensure_ascii=False) + "\n"


@doc("evernote-enex-export/Hemma-och-stugan.enex")
def enex(d):
    p1 = d.L("password", d.pw(punct="!*-_.+?#"))
    p2 = d.L("password", d.pw(punct="!*-_.+?#"))
    p3 = d.L("password", d.pw(punct="!*-_.+?#"))
    p4 = d.L("password", d.pw(punct="!*-_.+?#"))
    u1 = d.L("url-credentials|password", d.pw(punct="-_.~"))
    p5 = d.L("password", d.pw(punct="!*-_.+?#"))
    mac = d.lk("literal", ":".join(d.hex(2) for _ in range(6)))
    hat = d.L("jwt|generic-secret", d.jwt("HS256", {"iss": d.hex(32)}))
    tib = d.L("generic-secret", d.b64url(30))
    h1 = d.X(d.hex(32))
    h2 = d.X(d.hex(32))
    notes = [
        ("Hytta på Geilo", f"<div>Ruter (Telenor): passord <b>{p1}</b></div><div>Alarm: ring Verisure før dere går inn</div><en-media hash=\"{h1}\" type=\"image/jpeg\"/>"),
        ("Sommerhus Rømø", f"<div>Wifi: Sommerhus-5G</div><div>Adgangskode: {p2}</div><div>Nøgle hos naboen (nr. 14)</div>"),
        ("Wifi hos Kalle", f"<div>Wifi-lösenordet står på routern (baksidan). Nätverk: Kalles-5G</div><div>Mac-adress skrivaren: {mac}</div>"),
        ("Stugan -- bra att veta", f"<div>Lösenord till värmepumpens app (Thermia Online): {p3}</div><div>Sophämtning varannan onsdag</div>"),
        ("NAS och backup", f"<div>Synology admin: {p4}</div><div>FTP till gamla servern: ftp://backup:{u1}@ftp.familjenholm.se/arkiv</div><en-media hash=\"{h2}\" type=\"application/pdf\"/>"),
        ("Mammas dator", f"<div>Windows-inloggning: mamma / {p5}</div><div>BankID på mobilen, inte på datorn!</div>"),
        ("Home Assistant", f"<div>Langtids-token (Home Assistant, laget 2025-09-02): {hat}</div><div>API-nøgle til Tibber: {tib}</div>"),
    ]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="20251104T081500Z" application="Evernote" version="10.105.4">']
    for i, (title, body) in enumerate(notes):
        out.append(f"""  <note>
    <title>{title}</title>
    <created>2023{d.randint(1, 12):02d}{d.randint(1, 28):02d}T{d.randint(0, 23):02d}1200Z</created>
    <updated>2025{d.randint(1, 10):02d}{d.randint(1, 28):02d}T{d.randint(0, 23):02d}0500Z</updated>
    <note-attributes><author>Maria Holm</author><source>mobile.android</source><source-application>{d.lk("uuid")}</source-application></note-attributes>
    <content>
      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note>{body}</en-note>]]>
    </content>
  </note>""")
    out.append("</en-export>")
    return "\n".join(out) + "\n"
