"""dev12 personal-data carriers: Swedish dental, tenancy and driving-school records with personnummer beside
date-shaped Luhn-valid booking/contract numbers; phones in delivery manifests, SMS gateways, RSVP exports; a chat export."""
import json
from c_common import *
from c_common import _num, _asciify

CARRIERS = []


def carrier(dirname, n):
    def deco(fn):
        CARRIERS.append((dirname, fn, n))
        return fn
    return deco


def PH(d, cc=None, intl=None):
    return d.L("phone", phone(cc, intl))


def PNR(d, form=None):
    return d.L("se-personnummer", personnummer(form))


def LA(d, form=None):
    return d.X(datelike_luhn(form))


SE_STREETS = ["Storgatan", "Kungsgatan", "Vasavägen", "Björkvägen", "Skolgatan", "Drottninggatan", "Ringvägen", "Parkvägen"]
SE_CITIES = [("114 55", "Stockholm"), ("411 03", "Göteborg"), ("211 20", "Malmö"), ("753 20", "Uppsala"), ("582 22", "Linköping"), ("702 11", "Örebro")]


@carrier("se-tandvard", 5)
def tand(d, i):
    f, l = name()
    pc, city = choice(SE_CITIES)
    if i % 2 == 0:
        pn = PNR(d)
        bok = LA(d)
        ph = PH(d, "se")
        clinic_ph = PH(d, "se", False)
        d.L("email", "noreply@ftv-bokning.se")
        s = f"Från: Folktandvården {city} <noreply@ftv-bokning.se>\nTill: {f} {l}\nÄmne: Bekräftelse av tid – bokningsnummer {bok}\n\n"
        s += f"Hej {f}!\n\nDu har en bokad tid för undersökning hos Folktandvården {city}.\n\nDatum: {R.randint(1, 28)} {choice(['mars', 'april', 'maj', 'juni'])} 2026 kl. {R.randint(8, 16)}:{choice(['00', '15', '30', '45'])}\n"
        s += f"Patient: {f} {l}\nPersonnummer: {pn}\nVårdnadshavare: {' '.join(name())}, personnr {PNR(d)}\nBokningsnummer: {bok}\nDitt mobilnummer: {ph}\n\nAvbokning senast 24 timmar innan på {clinic_ph} eller via 1177.\n"
        s += f"Ej avbokad tid debiteras enligt taxa (avgift {R.randint(3, 9)}00 kr). Referens för betalning (OCR): {d.X(order_luhn(12))}\n\nMed vänliga hälsningar\nFolktandvården {city}\n"
        return s, "eml"
    rows = ["patient_id;personnummer;namn;mobil;senaste_besok;bokningsnr;faktura_ocr"]
    for _ in range(R.randint(6, 8)):
        f, l = name()
        rows.append(f"{R.randint(10000, 99999)};{PNR(d)};{f} {l};{PH(d, 'se', False)};2026-0{R.randint(1, 9)}-{R.randint(10, 28)};{LA(d)};{d.X(order_luhn(14))}")
    return "\n".join(rows) + "\n", "csv"


@carrier("se-hyresgast", 5)
def hyres(d, i):
    if i % 2 == 0:
        f, l = name()
        f2, l2 = name()
        kn = LA(d, "long")
        s = "HYRESKONTRAKT FÖR BOSTADSLÄGENHET\n\n"
        s += f"Kontraktsnummer: {kn}\nObjektsnummer: {R.randint(1000, 9999)}-{R.randint(100, 999)}-{R.randint(1000, 9999)}\n\n"
        s += f"§1 Parter\nHyresvärd: Bostads AB Granen, org.nr {orgnr()}\nHyresgäst 1: {f} {l}, personnummer {PNR(d)}, telefon {PH(d, 'se')}\n"
        s += f"Hyresgäst 2: {f2} {l2}, personnummer {PNR(d)}, telefon {PH(d, 'se')}\n\n"
        s += f"§2 Lägenhet\nAdress: {choice(SE_STREETS)} {R.randint(1, 99)}, lgh {R.randint(1001, 1704)}, {choice(SE_CITIES)[0]} {choice(SE_CITIES)[1]}\n"
        s += f"§5 Hyra\n{R.randint(6, 14)} {R.randint(100, 999)} kr per månad. Hyran betalas till bankgiro {R.randint(100, 999)}-{R.randint(1000, 9999)} med OCR {d.X(order_luhn(10))}.\n"
        s += f"Tidigare kontrakt {LA(d, 'short-')} upphör att gälla.\n"
        return s, "txt"
    rows = ["Kontraktsnr,Personnr,Namn,Telefon,Inflytt,Lgh"]
    for _ in range(R.randint(6, 8)):
        f, l = name()
        rows.append(f"{LA(d, 'long')},{PNR(d)},\"{l}, {f}\",{PH(d, 'se', False)},2025-{R.randint(1, 12):02d}-01,{R.randint(1001, 1704)}")
    return "\n".join(rows) + "\n", "csv"


@carrier("se-korskola", 5)
def korskola(d, i):
    if i % 2 == 0:
        obj = {"skola": "Trafikskolan Nordstjärnan", "export": ts_iso(), "elever": []}
        for _ in range(R.randint(4, 6)):
            f, l = name()
            obj["elever"].append({"namn": f"{f} {l}", "personnummer": PNR(d), "mobil": PH(d, "se"), "kundnummer": LA(d, "short"),
                                  "provbokning": {"bokningsnummer": LA(d, "long"), "typ": choice(["Kunskapsprov B", "Körprov B"]),
                                                  "provort": choice(["Sollentuna", "Järfälla", "Mölndal", "Malmö"])},
                                  "handledare": {"namn": " ".join(name()), "telefon": PH(d, "se", False)}})
        return json.dumps(obj, ensure_ascii=False, indent=2), "json"
    f, l = name()
    s = f"Bokningsbekräftelse från Trafikverket\n\nBokningsnummer: {LA(d, 'long')}\nProv: Körprov behörighet B\nProvort: Farsta\n\n"
    s += f"Provdeltagare: {f} {l}\nPersonnummer: {PNR(d, 'long-')}\nMobilnummer: {PH(d, 'se', False)}\n\n"
    s += f"Betalningsreferens: {LA(d, 'short')}\nKontakta oss på {d.L('phone', '0771-42 14 14')} om du behöver omboka.\n"
    return s, "txt"


@carrier("delivery-manifests", 4)
def manifests(d, i):
    rows = ["shipment_id,carrier,tracking,recipient,phone,postcode,city,country,order_ref,weight_kg"]
    for _ in range(R.randint(3, 4)):
        f, l = name()
        cc = choice(["se", "de", "fr", "nl", "pl", "es", "it", "dk", "no", "fi", "at", "be"])
        ph = PH(d, cc, True)
        rows.append(f"SHP{_num(8)},{choice(['PostNord', 'DHL', 'Bring', 'DPD', 'GLS', 'UPS'])},{d.X(choice(['00', '37', 'JJD']) + _num(18) if R.random() < .5 else '1Z' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))},\"{f} {l}\",{ph},{_num(5)},{choice(['Berlin', 'Lyon', 'Utrecht', 'Kraków', 'Sevilla', 'Bologna', 'Aarhus', 'Bergen', 'Tampere', 'Graz', 'Gent', 'Uppsala'])},{cc.upper()},{d.X(order_luhn(16))},{R.randint(1, 30)}.{R.randint(0, 9)}")
    rows.append(f"SHP{_num(8)},DHL,{d.X('JJD' + _num(18))},\"Test Recipient\",{d.X(fake_phone())},00000,Testville,GB,TEST-ORDER,0.1")
    return "\n".join(rows) + "\n", "csv"


@carrier("clinic-sms", 4)
def clinicsms(d, i):
    msgs = []
    for _ in range(R.randint(2, 3)):
        cc = choice(["se", "no", "dk", "fi", "de", "uk"])
        raw = phone(cc, True)
        e164 = "+" + re.sub(r"\D", "", raw)
        d.L("phone", e164)
        msgs.append({"id": "s" + rs(HEX, 32), "direction": "outgoing", "from": "Vardcentral", "to": e164,
                     "message": f"Påminnelse: du har en tid {R.randint(1, 28)}/{R.randint(1, 12)} kl {R.randint(8, 16)}:{choice(['00', '30'])}. Svara AVBOKA för att avboka. Ref {d.X(str(order_luhn(8)))}",
                     "created": ts_iso(), "status": choice(["delivered", "sent", "failed"]), "cost": R.randint(3500, 5200), "parts": 1})
    for m in msgs:
        d.X(m["id"])
    return json.dumps({"data": msgs, "next": None}, ensure_ascii=False, indent=2), "json"


@carrier("event-rsvp", 4)
def rsvp(d, i):
    rows = ["Order #,Order Date,First Name,Last Name,Email,Cell Phone,Ticket Type,Attendee #,Barcode #"]
    for _ in range(R.randint(3, 4)):
        f, l = name()
        cc = choice(["us", "uk", "de", "fr", "es", "it", "nl", "pt", "br", "in", "jp", "au", "ie", "ch", "mx", "ca", "tr"])
        rows.append(f"{d.X(_num(10))},{ts_iso(False)[:10]},{f},{l},{d.L('email', email(f, l))},{PH(d, cc)},{choice(['Early Bird', 'General', 'Workshop'])},{_num(11)},{d.X(_num(22))}")
    rows.append(f"{_num(10)},2026-01-02,Demo,User,demo.user@example.com,{d.X(fake_phone())},Comp,{_num(11)},{d.X(_num(22))}")
    return "\n".join(rows) + "\n", "csv"


@carrier("mattermost", 5)
def mm(d, i):
    from c_aws import pair
    users = [_asciify(choice(FIRST)) for _ in range(3)]
    t = R.randint(1767225600, 1798761600) * 1000
    posts = []

    def post(u, msg):
        nonlocal t
        t += R.randint(10000, 900000)
        posts.append({"type": "post", "post": {"team": "ops", "channel": choice(["infra", "deploys", "helpdesk"]), "user": u, "message": msg, "create_at": t, "reactions": None, "replies": None}})
    k = i % 3
    if k == 0:
        a, b = pair(d)
        post(users[0], "can someone check why the export job fails? it's using the old key")
        post(users[1], f"the one in the cron is `AWS_ACCESS_KEY_ID={a}` / `AWS_SECRET_ACCESS_KEY={b}`, was that disabled?")
        post(users[0], f"yes, IAM says {a} is inactive since monday. The docs example AKIAIOSFODNN7EXAMPLE won't work either :)")
        post(users[2], "please move it to the parameter store, not in chat")
    elif k == 1:
        tok = d.bearer(bearer_shape())
        p = d.L("password", pw("!*-_.+=?~^@#%&"))
        post(users[0], f"```\ncurl -H \"Authorization: Bearer {tok}\" https://{api_host()}/v1/orders?limit=1\n```\nreturns 401, request id {d.X(uuid4())}")
        post(users[1], f"token looks expired. btw the grafana admin login is admin / {p} until we hook up SSO")
        post(users[2], "Bearer <redacted> next time please 🙏")
    else:
        f, l = name()
        ph = PH(d, choice(["se", "de", "nl", "uk"]))
        p = d.L("password", pw("!*-_.+=?~^@#%&"))
        post(users[0], f"on-call this weekend is {f}, reach them on {ph}")
        post(users[1], f"VPN for the contractor: user ext-{_asciify(l)}, temporary password {p} (must change at first login)")
        post(users[0], f"and the status page API key for the bot is {d.L('generic-secret', rs(ALNUM, 40))} (api_key in the bot config)")
        post(users[2], f"noted. Incident number for the record: {d.X(datelike_luhn('long'))}")
    lines = [json.dumps({"type": "version", "version": 1})] + [json.dumps(p_, ensure_ascii=False) for p_ in posts]
    return "\n".join(lines) + "\n", "jsonl"
