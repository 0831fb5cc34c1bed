"""Phone numbers of many countries beside look-alikes (fictitious ranges, ids, IMEIs, tracking numbers)."""
import json
from values import *

CCS = ["SE", "US", "UK", "DE", "FR", "NO", "DK", "FI", "NL", "ES", "IT", "PL", "IN", "BR", "JP", "AU", "CA", "MX", "ZA", "NG", "KE",
       "SG", "HK", "CN", "TR", "AE", "CH", "IE", "AT", "BE", "PT"]


def P(cc=None):
    return lab("phone", phone(cc)[1])


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_check(body)


def e164(num):
    return "+" + "".join(c for c in num if c.isdigit()) if num.startswith("+") else None


def sip():
    begin("sip-trace/kamailio-invites.log")
    out = []
    for i in range(10):
        cc_from = pick(["SE", "SE", "NO", "DE", "UK", "US"])
        fr = phone(cc_from)[1]
        while not fr.startswith("+"):
            fr = phone(cc_from)[1]
        fr_e = "+" + "".join(c for c in fr if c.isdigit())
        to = phone("SE")[1]
        while not to.startswith("+"):
            to = phone("SE")[1]
        to_e = "+" + "".join(c for c in to if c.isdigit())
        lab("phone", fr_e); lab("phone", to_e)
        cid = f"{hexs(32)}@{priv_ip()}"
        out.append(f"""{ts():%b %d %H:%M:%S} sbc1 /usr/sbin/kamailio[{R.randint(1000, 9000)}]: INFO: <script>: INVITE from sip:{fr_e}@trunk.carrier.net to sip:{to_e}@sbc1.kaprifol.se
INVITE sip:{to_e}@sbc1.kaprifol.se;user=phone SIP/2.0
Via: SIP/2.0/UDP {doc_ip()}:5060;branch=z9hG4bK{hexs(16)}
From: <sip:{fr_e}@trunk.carrier.net;user=phone>;tag={hexs(10)}
To: <sip:{to_e}@sbc1.kaprifol.se;user=phone>
Call-ID: {cid}
CSeq: {R.randint(100, 99999)} INVITE
P-Asserted-Identity: <tel:{fr_e}>
Contact: <sip:{fr_e}@{doc_ip()}:5060>
Max-Forwards: 69
Content-Length: {R.randint(200, 400)}
""")
    out.append(f"{ts():%b %d %H:%M:%S} sbc1 /usr/sbin/kamailio[4411]: NOTICE: <script>: test call from {look(fake_phone())} rejected (fictitious range)")
    end("\n".join(out))


def hotel():
    begin("hotel-pms/in-house-guests-20261121.csv")
    rows = ["Room,Conf No,Guest,Nationality,Phone,Mobile,Email,Arrival,Departure,Company,Card"]
    for i in range(20):
        fn, ln = pick(INTL) if i % 2 else (pick(NAMES_F + NAMES_M), pick(SURN))
        cc = pick(CCS)
        rows.append(",".join([str(R.randint(101, 812)), look(str(R.randint(10**9, 10**10 - 1))), f"\"{ln}, {fn}\"", cc, f"\"{P(cc)}\"",
                              f"\"{P()}\"" if i % 3 == 0 else "", lab("email", email(fn, ln)) if i % 2 else "",
                              f"2026-11-{R.randint(15, 21)}", f"2026-11-{R.randint(22, 28)}", pick(["", "Trellbrook AB", "Nordvik GmbH"]),
                              look("XXXXXXXXXXXX" + str(R.randint(1000, 9999)))]))
    rows.append(f"999,{look('0000000000')},\"Test, Guest\",US,\"{look(fake_phone())}\",,,2026-11-21,2026-11-22,,")
    end("\n".join(rows) + "\n")


def taxi():
    begin("taxi-dispatch/trips.jsonl")
    out = []
    for i in range(16):
        cc = pick(["SE", "SE", "NO", "DK", "FI", "DE", "UK"])
        t = ts()
        rec = {"trip_id": uid(), "created": f"{t:%Y-%m-%dT%H:%M:%SZ}", "passenger": {"name": sv_name(), "phone": P(cc)},
               "driver": {"id": f"DRV-{R.randint(10000, 99999)}", "phone_masked": look(pick(["+46 70 XXX XX " + str(R.randint(10, 99)), "070-*** ** " + str(R.randint(10, 99))])),
                          "vehicle_imei": look(imei())},
               "pickup": {"lat": round(59 + R.random(), 6), "lon": round(17 + R.random(), 6)}, "fare_sek": R.randint(120, 900),
               "callback": f"tel:{lab('phone', '+46' + pick(['70', '72', '73', '76']) + str(R.randint(2000000, 9999999)))}" if i % 4 == 0 else None,
               "order_no": look(str(R.randint(100000000000, 999999999999)))}
        out.append(json.dumps(rec, ensure_ascii=False))
    end("\n".join(out) + "\n")


def ats():
    begin("recruiting-ats/candidates-export.json")
    cands = []
    for i in range(14):
        fn, ln = pick(INTL)
        cc = pick(CCS)
        cands.append({"id": R.randint(10**7, 10**8), "first_name": fn, "last_name": ln,
                      "phone_numbers": [{"value": P(cc), "type": "mobile"}] + ([{"value": P(), "type": "home"}] if i % 3 == 0 else []),
                      "email_addresses": [{"value": lab("email", email(fn, ln)), "type": "personal"}],
                      "applications": [{"id": R.randint(10**7, 10**8), "job": "Senior Backend Engineer", "status": "active",
                                        "source": pick(["LinkedIn", "Referral", "Careers page"])}],
                      "notes": pick(["", f"Phone screen {ts():%Y-%m-%d}: ok. Reference: {look(fake_phone())} (manager, fictional in CV template)",
                                     f"Salary expectation 62 000 SEK; portfolio hash {look(sha1()[:12])}"])})
    end(json.dumps(cands, indent=2, ensure_ascii=False) + "\n")


def zpl():
    begin("shipping-labels/labels-batch-1121.zpl")
    out = []
    for i in range(9):
        cc = pick(["SE", "NO", "DK", "FI", "DE", "NL", "UK", "US"])
        trk = "JJD" + "".join(R.choice("0123456789") for _ in range(18))
        out.append(f"""^XA
^CF0,30
^FO50,40^FDFrom: Nordvik Lager AB, Tel {P('SE')}^FS
^FO50,90^FDTo: {sv_name() if cc == 'SE' else ' '.join(pick(INTL))}^FS
^FO50,130^FDPhone: {P(cc)}^FS
^FO50,170^FDRef: {look(str(R.randint(10**11, 10**12 - 1)))}^FS
^BY3,2,120
^FO50,220^BCN,,Y,N^FD{look(trk)}^FS
^FO50,380^FDWeight {R.randint(1, 30)}.{R.randint(0, 9)} kg  GTIN {look('73' + ''.join(R.choice('0123456789') for _ in range(11)))}^FS
^XZ""")
    end("\n".join(out) + "\n")


def whois():
    begin("whois/lookups.txt")
    out = []
    for i in range(6):
        cc = pick(["US", "DE", "UK", "NL", "SE", "CA"])
        num = phone(cc)[1]
        while not num.startswith("+") or num.startswith("+1 (") is False and "(" in num:
            num = phone(cc)[1]
        e = "+" + "".join(c for c in num if c.isdigit())
        if cc in ("US", "CA"):
            dotted = "+1." + e[2:]
        else:
            dotted = e[:3] + "." + e[3:] if cc != "SE" else "+46." + e[3:]
        fax = phone(cc)[1]
        while not fax.startswith("+") or "(" in fax:
            fax = phone(cc)[1]
        fe = "+" + "".join(c for c in fax if c.isdigit())
        fdot = "+1." + fe[2:] if cc in ("US", "CA") else (fe[:3] + "." + fe[3:] if cc != "SE" else "+46." + fe[3:])
        dom = f"{pick(['kaffebryggeriet', 'nordlys-design', 'fjallstuga', 'bytesize', 'grovkok'])}{R.randint(1, 99)}.{pick(['com', 'net', 'org'])}"
        out.append(f"""$ whois {dom}
   Domain Name: {dom.upper()}
   Registry Domain ID: {R.randint(10**9, 10**10)}_DOMAIN_COM-VRSN
   Registrar WHOIS Server: whois.registrar.example
   Updated Date: 2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}T10:11:12Z
   Creation Date: 20{R.randint(10, 22)}-0{R.randint(1, 9)}-2{R.randint(0, 8)}T08:00:00Z
Registrant Organization: {pick(['Kaffebryggeriet HB', 'Nordlys Design', 'Private person'])}
Registrant Country: {cc}
Registrant Phone: {lab('phone', dotted)}
Registrant Phone Ext:
Registrant Fax: {lab('phone', fdot)}
Registrant Email: {lab('email', email(*pick(INTL)))}
Admin Phone: {look('+1.5555550123')}
Registrar Abuse Contact Phone: {look('+1.555' + '55501' + str(R.randint(10, 99)))}
DNSSEC: unsigned
>>> Last update of whois database: 2026-11-21T10:00:00Z <<<
""")
    end("\n".join(out))


def vet():
    begin("vet-clinic/sms-reminders.csv")
    rows = ["id;owner;mobile;pet;chip;due;message"]
    for i in range(16):
        cc = pick(["SE", "SE", "SE", "NO", "FI", "DK"])
        num = P(cc)
        chip = "752" + "".join(R.choice("0123456789") for _ in range(12))
        rows.append(";".join([str(1000 + i), sv_name(), num, pick(["Sixten", "Molly", "Bamse", "Luna", "Ozzy"]), look(chip),
                              f"2026-12-{R.randint(1, 28):02d}",
                              f"\"Hej! Dags för vaccination. Avboka på {lab('phone', '0771-' + str(R.randint(100, 999)) + ' ' + str(R.randint(100, 999)))} eller svara NEJ. Ref {look(str(R.randint(10**6, 10**7)))}\""]))
    end("\n".join(rows) + "\n")


def conference():
    begin("conference-badges/attendees.xml")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<attendees event=\"NordSec 2026\" generated=\"2026-11-20T08:00:00Z\">"]
    for i in range(14):
        fn, ln = pick(INTL)
        cc = pick(CCS)
        num = phone(cc)[1]
        w = num.replace("&", "&amp;")
        out.append(f'  <attendee id="{R.randint(10000, 99999)}" badge="{look(str(R.randint(10**9, 10**10 - 1)))}">\n'
                   f'    <name>{fn} {ln}</name>\n    <company>{pick(["Trellbrook", "Nordvik", "Halvmåne &amp; Co", "Kaprifol"])}</company>\n'
                   f'    <phone country="{cc}">{lab("phone", w)}</phone>\n    <email>{lab("email", email(fn, ln))}</email>\n'
                   f'    <ticket>{look("TCK-" + hexs(10).upper())}</ticket>\n  </attendee>')
    out.append(f'  <attendee id="0" badge="0"><name>Demo Badge</name><phone country="US">{look(fake_phone())}</phone></attendee>')
    out.append("</attendees>")
    end("\n".join(out) + "\n")


def callback_widget():
    begin("callback-widget/requests-log.txt")
    out = []
    for i in range(14):
        cc = pick(CCS)
        num = phone(cc)[1]
        t = ts()
        enc = urlq(num)
        k = i % 3
        if k == 0:
            out.append(f"{t:%Y-%m-%d %H:%M:%S} POST /api/callback body=name={pick(NAMES_F)}&phone={lab('phone', enc)}&topic=billing -> 202")
        elif k == 1:
            out.append(f"{t:%Y-%m-%d %H:%M:%S} POST /api/callback json={{\"phone\":\"{lab('phone', num)}\",\"lang\":\"{cc.lower()}\",\"slot\":\"{t:%H}:30\"}} -> 202")
        else:
            out.append(f"{t:%Y-%m-%d %H:%M:%S} callback placed to {lab('phone', num)} by agent {R.randint(100, 999)}, duration {R.randint(30, 900)}s, "
                       f"queue id {look(str(R.randint(10**9, 10**10)))} at {t:%Y%m%d%H%M%S}")
    out.append(f"2026-11-21 23:59:59 nightly: purged {R.randint(100, 999)} requests older than 30 days; test number {look(fake_phone())} ignored")
    end("\n".join(out) + "\n")


def run():
    sip(); hotel(); taxi(); ats(); zpl(); whois(); vet(); conference(); callback_widget()
