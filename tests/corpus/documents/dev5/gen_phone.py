"""Telephone numbers of many countries: CDRs, PBX/SIP logs, SMS gateways,
CPaaS webhooks, CRM and address-book exports, fixed-width reports, HTML
links, e-mail signatures, directories; with look-alikes beside them."""
import datetime
from gen_values import phone, phone_digits, fmt_date, jesc


def P(v, d, cc, i=None):
    return d.L("phone", phone(v, cc, i))


def _ts(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def asterisk_cdr(v, d, k):
    rows = []
    base = 1735700000 + k * 86400 * 40
    ccs = ["IN", "GB", "DE", "ZA", "KE", "NG", "US", "FR", "AE", "BR"]
    for i in range(12):
        ext = str(v.r.randint(201, 299))
        name = " ".join(v.name_w())
        t0 = base + i * 731 + v.r.randint(0, 300)
        dur = v.r.randint(5, 900)
        disp = v.pick(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"])
        if i % 3 == 2:
            dst = "+" + phone_digits(v, ccs[(i + k) % 10])
            d.L("phone", dst)
            d.L("phone", dst)
            rows.append('"%s","%s","%s","from-internal","""%s"" <%s>","PJSIP/%s-%08x","PJSIP/trunk-%08x","Dial","PJSIP/%s@trunk,60","%s","%s","%s",%d,%d,"%s","DOCUMENTATION","%d.%d",""' % (
                v.pick(["sales", "support"]), ext, dst, name, ext, ext, v.r.getrandbits(32), v.r.getrandbits(32), dst, _ts(t0), _ts(t0 + 4), _ts(t0 + dur), dur, dur - 4, disp, t0, i))
        else:
            src = phone_digits(v, ccs[(i + k) % 10])
            d.L("phone", src)
            d.L("phone", src)
            rows.append('"%s","%s","%s","from-trunk","""%s"" <%s>","PJSIP/trunk-%08x","PJSIP/%s-%08x","Dial","PJSIP/%s,30,tT","%s","%s","%s",%d,%d,"%s","DOCUMENTATION","%d.%d",""' % (
                "inbound", src, ext, name, src, v.r.getrandbits(32), ext, v.r.getrandbits(32), ext, _ts(t0), _ts(t0 + 3), _ts(t0 + dur), dur, dur - 3, disp, t0, i))
    rows.append('"inbound","anonymous","s","from-trunk","""Anonymous"" <anonymous>","PJSIP/trunk-0000a1f2","","Hangup","","%s","","%s",0,0,"FAILED","DOCUMENTATION","%d.99",""' % (_ts(base), _ts(base + 1), base))
    return "\n".join(rows) + "\n"


def freeswitch(v, d, k):
    out = []
    for i in range(5):
        u = v.uuid()
        cc = ["DE", "FR", "GB", "AU", "JP"][i]
        num = "+" + phone_digits(v, cc)
        d.L("phone", num)
        d.L("phone", num)
        d.L("phone", num)
        cid = "+" + phone_digits(v, ["US", "CA", "IN", "SE", "ZA"][i])
        d.L("phone", cid)
        d.L("phone", cid)
        d.L("phone", cid)
        t = "2025-0%d-%02d %02d:%02d:%02d.%06d" % (v.r.randint(1, 9), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999999))
        out.append("%s [NOTICE] switch_channel.c:1142 New Channel sofia/external/%s@sbc.carrier.internal [%s]" % (t, cid, u))
        out.append("%s [INFO] mod_dialplan_xml.c:637 Processing %s <%s>->%s in context public" % (t, v.pick(["Anna", "Kofi", "Wei"]), cid, num))
        out.append("%s [DEBUG] sofia.c:7493 Channel sofia/external/%s@sbc.carrier.internal entering state [calling][0]" % (t, cid))
        out.append("%s [NOTICE] sofia.c:8736 Hangup sofia/gateway/out/sip:%s@gw.provider.internal [CS_EXCHANGE_MEDIA] [NORMAL_CLEARING]" % (t, num))
        out.append("%s [DEBUG] switch_core_state_machine.c:585 (sofia/gateway/out/%s) Running State Change CS_HANGUP" % (t, num))
    out.append("2025-01-01 00:00:00.000001 [INFO] mod_sofia.c:2601 sofia version 1.13.17, build 10.0.0.12 (git 2a4f7c9)")
    # sofia/external/+1... cid shows up in 3 lines; fix counts below
    return "\n".join(out) + "\n"


def twilio_webhook(v, d, k):
    out = []
    to = "%2B" + phone_digits(v, ["US", "CA"][k])
    for i in range(4):
        frm = "%2B" + phone_digits(v, ["US", "GB", "MX", "AU", "CA", "PH", "ZA", "NL"][i + 4 * k])
        d.L("phone", frm)
        d.L("phone", to)
        body = v.pick(["STOP", "Yes+please+confirm", "Running+10+min+late", "Call+me+back"])
        sid = "SM" + v.hexs(32)
        out.append("POST /hooks/twilio/sms HTTP/1.1\nHost: hooks.brightwave.io\nContent-Type: application/x-www-form-urlencoded\nI-Twilio-Idempotency-Token: %s\nUser-Agent: TwilioProxy/1.1\n\nToCountry=%s&ToState=&SmsMessageSid=%s&NumMedia=0&ToCity=&FromZip=&SmsSid=%s&FromState=&SmsStatus=received&FromCity=&Body=%s&FromCountry=%s&To=%s&MessagingServiceSid=MG%s&ToZip=&NumSegments=1&MessageSid=%s&AccountSid=AC%s&From=%s&ApiVersion=2010-04-01\n" % (
            v.uuid(), ["US", "CA"][k], sid, sid, body, ["US", "GB", "MX", "AU", "CA", "PH", "ZA", "NL"][i + 4 * k], to, v.hexs(32), sid, v.hexs(32), frm))
    return "\n".join(out)


def vonage_json(v, d, k):
    items = []
    for i in range(4):
        msisdn = d.L("phone", phone_digits(v, ["GB", "DE", "SE", "IT"][i]))
        to = "447700900%03d" % v.r.randint(0, 999)
        items.append('{"msisdn":"%s","to":"%s","messageId":"%s","text":"%s","type":"text","keyword":"%s","message-timestamp":"%s %02d:%02d:%02d"}' % (
            msisdn, to, v.hexs(16).upper(), v.pick(["Hello", "Ja bitte", "Stop", "Grazie"]), v.pick(["HELLO", "JA", "STOP", "GRAZIE"]),
            fmt_date(v.event_date(2025, 2025), "iso"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59)))
    return "\n".join(items) + "\n"


def messagebird(v, d, k):
    rec = []
    for i in range(3):
        rec.append('{"recipient": %s, "status": "delivered", "statusDatetime": "%sT10:%02d:00+00:00", "messagePartCount": 1}' % (
            d.L("phone", phone_digits(v, ["NL", "DE", "FR"][i])), fmt_date(v.event_date(2025, 2025), "iso"), v.r.randint(0, 59)))
    return """{
  "id": "%s",
  "href": "https://rest.messagebird.com/messages/%s",
  "direction": "mt",
  "type": "sms",
  "originator": "%s",
  "body": "Uw afspraak bij de tandarts is bevestigd. Vragen? Bel %s",
  "reference": "order-%s",
  "createdDatetime": "%sT09:59:58+00:00",
  "recipients": {
    "totalCount": 3,
    "totalSentCount": 3,
    "totalDeliveredCount": 3,
    "items": [
      %s
    ]
  }
}
""" % (v.hexs(32), v.hexs(32), P(v, d, "NL", 0), P(v, d, "NL", 1), v.safe_digits(8), fmt_date(v.event_date(2025, 2025), "iso"), ",\n      ".join(rec))


def crm_csv(v, d, k):
    if k == 0:
        rows = ["Id,FirstName,LastName,Account.Name,Phone,MobilePhone,Fax,Email,MailingCountry,CreatedDate,LastModifiedDate"]
        ccs = ["US", "CA", "GB", "DE", "FR", "BR"]
    else:
        rows = ["Contact ID,Name,Company,Business Phone,Mobile Phone,Home Phone,E-mail Address,Country/Region,Notes"]
        ccs = ["ZA", "NG", "KE", "AE", "SA", "PH"]
    for i, cc in enumerate(ccs):
        fn, ln = v.name_w()
        p1, p2 = P(v, d, cc, 0), P(v, d, cc)
        p3 = P(v, d, cc, 1) if i % 2 == 0 else ""
        em = d.L("email", v.email(fn, ln))
        if k == 0:
            rows.append('003%s,%s,%s,%s,%s,%s,%s,%s,%s,%sT10:00:00.000+0000,%sT11:30:00.000+0000' % (
                v.rand(15, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"), fn, ln, v.pick(["Brightwave", "Lumen Pay", "Fjord Tech"]),
                '"%s"' % p1, p2, p3, em, cc, fmt_date(v.event_date(2019, 2024), "iso"), fmt_date(v.event_date(2025, 2025), "iso")))
        else:
            note = v.pick(["prefers WhatsApp", "call after 5pm", "PO #%s pending" % v.safe_digits(10), "ref %s" % v.safe_digits(9)])
            rows.append('%d,"%s %s",%s,"%s","%s","%s",%s,%s,"%s"' % (v.r.randint(1000, 9999), fn, ln, v.pick(["Kilimanjaro Tours", "Lagos Mart", "Desert Rose LLC"]), p1, p2, p3, em, cc, note))
    return "\n".join(rows) + "\n"


def fixed_report(v, d, k):
    out = ["RUN DATE: %s                 CUSTOMER MASTER LISTING                PAGE    %d" % (fmt_date(v.event_date(2025, 2025), "mdy/"), k + 1), "=" * 78]
    for i in range(4):
        fn, ln = v.name_w()
        cc = ["US", "CA", "US", "GB"][(i + k) % 4]
        out += ["CUSTOMER NO     : %s" % v.safe_digits(8),
                "NAME            : %s, %s" % (ln.upper(), fn.upper()),
                "TELEPHONE       : %s" % P(v, d, cc, 1 if cc != "GB" else 0),
                "ALT TELEPHONE   : %s" % (P(v, d, cc, 2) + " x%d" % v.r.randint(10, 999) if i % 2 == 0 else "NONE"),
                "FAX             : %s" % (P(v, d, cc, 0) if i == 1 else ""),
                "ORDER NO        : %s" % v.safe_digits(10, "4"),
                "LAST ORDER DATE : %s" % fmt_date(v.event_date(2024, 2025), "mdy/"),
                "CREDIT LIMIT    : %10.2f" % (v.r.randint(1000, 90000)),
                "-" * 78]
    out.append("SUPPORT LINE    : 1-800-555-0%d%d (TEST)" % (v.r.randint(1, 1), v.r.randint(10, 99)))
    out.append("*** END OF REPORT ***   RECORDS: 4   JOB: CUSLST%s" % v.digits(4))
    return "\n".join(out) + "\n"


def contact_html(v, d, k):
    de = "+" + phone_digits(v, "DE")
    wa = phone_digits(v, "IN")
    gb = P(v, d, "GB", 1)
    sip = "+" + phone_digits(v, "FR")
    call = "+" + phone_digits(v, "AU")
    for x in (de, de, wa, sip, call, call):
        d.L("phone", x)
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact us | Helios Energie</title>
<meta name="format-detection" content="telephone=no"></head>
<body>
<section class="contact">
  <h2>Talk to us</h2>
  <ul>
    <li>Berlin office: <a href="tel:{de}">{de}</a></li>
    <li>WhatsApp (India desk): <a href="https://wa.me/{wa}?text=Hi%20Helios">chat with us</a></li>
    <li>UK sales: <span itemprop="telephone">{gb}</span></li>
    <li>Lyon SIP: <a href="sip:{sip}@voip.helios-energie.fr">sip</a></li>
    <li>Sydney (Skype): <a href="callto:{call}">{call}</a></li>
    <li>Order hotline for invoices no. {v.safe_digits(10, '3')} and later: see your portal</li>
  </ul>
  <p>Build {v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(100, 999)} &middot; &copy; 2025 &middot; Demo number for screenshots: <a href="tel:+1-212-555-0147">+1-212-555-0147</a></p>
</section>
</body></html>
"""


def kannel(v, d, k):
    out = []
    for i in range(7):
        cc = ["NG", "KE", "ZA", "NG", "KE", "ZA", "NG"][i]
        frm = "+" + phone_digits(v, cc)
        d.L("phone", frm)
        t = "2025-%02d-%02d %02d:%02d:%02d" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59))
        if i % 2 == 0:
            out.append("%s [%d] [6] INFO: Receive SMS [SMSC:%s] [SVC:] [ACT:] [BINF:] [FID:] [META:] [from:%s] [to:%s] [flags:-1:0:-1:0:-1] [msg:%d:%s] [udh:0:]" % (
                t, v.r.randint(1000, 9999), v.pick(["mtn-ng", "safaricom", "vodacom"]), frm, v.pick(["32811", "40404", "21422"]), 12, v.pick(["BAL", "STOP", "HELP"])))
        else:
            out.append("%s [%d] [5] INFO: Sent SMS [SMSC:%s] [SVC:bulk] [ACT:] [BINF:] [FID:%s] [META:] [from:%s] [to:%s] [flags:-1:0:-1:0:19] [msg:45:Your code is %s. Do not share it] [udh:0:]" % (
                t, v.r.randint(1000, 9999), v.pick(["mtn-ng", "safaricom", "vodacom"]), v.hexs(12), v.pick(["LagosMart", "KiliTours"]), frm, v.digits(6)))
    out.append("2025-03-01 00:00:00 [1187] [0] WARNING: SMSC[mtn-ng]: connection to 10.10.4.2:2775 lost, reconnecting in 10 s")
    return "\n".join(out) + "\n"


def otp_json_log(v, d, k):
    out = []
    for i in range(7):
        cc = ["ID", "PH", "MX", "BR", "TR", "SA", "JP"][i]
        num = P(v, d, cc, 2 if cc != "JP" else 3)
        out.append('{"time":"%sT%02d:%02d:%02d.%03dZ","level":"info","service":"otp-sender","msg":"otp dispatched","phone_e164":"%s","channel":"%s","template":"login_v3","attempt":%d,"request_id":"%s","latency_ms":%d}' % (
            fmt_date(v.event_date(2025, 2025), "iso"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999), num, v.pick(["sms", "whatsapp"]), v.r.randint(1, 3), v.uuid(), v.r.randint(80, 900)))
    out.append('{"time":"2025-05-05T00:00:00.000Z","level":"warn","service":"otp-sender","msg":"rate limited","phone_e164":"+1555010%s","note":"fictitious test range"}' % v.digits(4, "0123456789")[:4])
    return "\n".join(out) + "\n"


def signature_mail(v, d, k):
    fn, ln = v.name_w()
    cc = ["DE", "GB"][k]
    frm = d.L("email", v.email(fn, ln, ["helios-energie.fr", "kestrel-logistics.co.uk"][k]))
    to = d.L("email", v.email())
    t1 = P(v, d, cc, 5 if cc == "DE" else 2)
    m1 = P(v, d, cc, 5 if cc == "DE" else 2)
    sw = P(v, d, "CH" if k == 0 else "FR", 0)
    return f"""From: {fn} {ln} <{frm}>
To: <{to}>
Subject: AW: Lieferung KW {v.r.randint(10, 50)} / delivery week
Date: Thu, {v.r.randint(1, 28)} Feb 2025 16:0{v.r.randint(0, 9)}:44 +0100
Content-Type: text/plain; charset=utf-8

Hallo,

die Lieferung mit Tracking-Nr. 1Z{v.rand(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{v.digits(10, '0123456789')} ist unterwegs. Rechnungsnummer
{v.safe_digits(10, '2')}, Auftrag {v.safe_digits(8)}. Bei Rückfragen gern anrufen.

Mit freundlichen Grüßen / Best regards

{fn} {ln}
Key Account Manager

T {t1}
M {m1}
Swiss desk: {sw}
VAT ID DE{v.digits(9, '0123456789')} | Amtsgericht Bremen HRB {v.digits(5)}
"""


def directory(v, d, k):
    region = [("Africa distributors", ["NG", "KE", "ZA", "NG", "KE", "ZA"]),
              ("APAC offices", ["JP", "AU", "PH", "ID", "AU", "JP"]),
              ("Gulf & Levant partners", ["AE", "SA", "AE", "SA", "AE", "SA"]),
              ("LatAm clinics", ["BR", "MX", "BR", "MX", "BR", "MX"])][k]
    out = ["# %s - phone directory (updated %s)" % (region[0], fmt_date(v.event_date(2025, 2025), "iso")), "",
           "| City | Contact | Phone | Alt / Fax | Notes |", "|---|---|---|---|---|"]
    for i, cc in enumerate(region[1]):
        fn, ln = v.name_w()
        p1 = P(v, d, cc)
        p2 = P(v, d, cc) if i % 2 == 0 else "-"
        note = v.pick(["ext. %d" % v.r.randint(10, 99), "office hours 9-17", "PO box %d" % v.r.randint(100, 9999), "since %d" % v.r.randint(2001, 2024)])
        out.append("| %s | %s %s | %s | %s | %s |" % (v.pick(["Lagos", "Nairobi", "Tokyo", "Manila", "Dubai", "Riyadh", "São Paulo", "Monterrey"]), fn, ln, p1, p2, note))
    out += ["", "Version 4.2.1120 of this list. Do not call numbers marked (test), e.g. +61 491 570 156."]
    return "\n".join(out) + "\n"


def callcenter_ext(v, d, k):
    rows = ["agent_id,agent_name,direct_line,extension,queue,mobile,shift_start"]
    for i in range(6):
        fn, ln = v.name_w()
        cc = ["US", "GB", "PH", "IN", "ZA", "MX"][i]
        rows.append('%s,"%s %s","%s",%s,%s,"%s",%s' % ("A" + v.digits(4), fn, ln, P(v, d, cc, 0), v.pick(["x%d" % v.r.randint(100, 999), "ext. %d" % v.r.randint(10, 99)]),
                                                   v.pick(["billing", "tech", "sales"]), P(v, d, cc), "%02d:00" % v.r.randint(6, 14)))
    return "\n".join(rows) + "\n"


def sip_invite(v, d, k):
    frm = "+" + phone_digits(v, "DE")
    to = "+" + phone_digits(v, "GB")
    pai = "+" + phone_digits(v, "DE")
    for x in (frm, frm, to, to, to, pai):
        d.L("phone", x)
    cid = v.hexs(24)
    return f"""U 2025/03/04 09:12:44.118204 192.0.2.10:5060 -> 198.51.100.20:5060 #42
INVITE sip:{to}@sbc.uk-carrier.internal;user=phone SIP/2.0
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK{v.hexs(10)};rport
Max-Forwards: 70
From: "Helios Sales" <sip:{frm}@pbx.helios.internal>;tag={v.hexs(8)}
To: <sip:{to}@sbc.uk-carrier.internal>
P-Asserted-Identity: <sip:{pai}@pbx.helios.internal>
Call-ID: {cid}@192.0.2.10
CSeq: 102 INVITE
Contact: <sip:{frm}@192.0.2.10:5060>
User-Agent: Asterisk PBX 20.6.0
Content-Type: application/sdp
Content-Length: 0

U 2025/03/04 09:12:44.201877 198.51.100.20:5060 -> 192.0.2.10:5060 #43
SIP/2.0 180 Ringing
To: <sip:{to}@sbc.uk-carrier.internal>;tag={v.hexs(8)}
Call-ID: {cid}@192.0.2.10
CSeq: 102 INVITE
"""


def lookalikes_order(v, d, k):
    fn, ln = v.name_w()
    cc = ["US", "GB", "AU"][k]
    ph = P(v, d, cc)
    em = d.L("email", v.email(fn, ln))
    return f"""Order confirmation #{v.safe_digits(10, '3')}
Placed: {fmt_date(v.event_date(2025, 2025), 'iso')} 14:{v.digits(2, '012345')}:{v.digits(2, '012345')} UTC     Customer: {fn} {ln} <{em}>
Delivery phone: {ph}

Items
  1 x "The Pragmatic Engineer" ISBN 978-{v.digits(1, '01')}-{v.digits(3, '0123456789')}-{v.digits(5, '0123456789')}-{v.digits(1, '0123456789')}    $42.10
  2 x USB-C cable SKU {v.digits(4)}-{v.digits(4)}-{v.digits(2)}                 $19.98
  1 x Router firmware v{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(1000, 9999)} (build {v.digits(8, '0123456789')})

Shipment: UPS 1Z{v.rand(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{v.digits(10, '0123456789')}, USPS {v.digits(22, '9')}
Warehouse ref {v.digits(3)}-{v.digits(3)}-{v.digits(4)}-{v.digits(2)} | Pick list {v.safe_digits(11)}
Gateway host 10.{v.r.randint(0, 255)}.{v.r.randint(0, 255)}.{v.r.randint(1, 254)} | Payment auth code {v.digits(6)}
Questions? Reply to this e-mail. (Do not call 555-01{v.digits(2, '0123456789')}; that is our fictitious demo line.)
"""


def adb_contacts(v, d, k):
    out = []
    for i in range(6):
        cc = ["DE", "TR", "PL", "RU", "ES", "PT"][i]
        fn, ln = v.name_w()
        num = P(v, d, cc)
        norm = "+" + "".join(c for c in num if c.isdigit())
        if not num.startswith("+"):
            norm = "NULL"
        else:
            d.L("phone", norm) if norm != num else d.L("phone", norm)
        out.append("Row: %d _id=%d, display_name=%s %s, mimetype=vnd.android.cursor.item/phone_v2, data1=%s, data2=%d, data4=%s, times_contacted=%d, last_time_contacted=%d" % (
            i, v.r.randint(100, 9999), fn, ln, num, v.r.choice([1, 2, 3]), norm, v.r.randint(0, 40), 1700000000000 + v.r.randint(0, 60000000000)))
    return "\n".join(out) + "\n"


def google_contacts(v, d, k):
    rows = ["Name,Given Name,Family Name,Birthday,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Group Membership"]
    for i in range(5):
        fn, ln = v.name_w()
        cc = ["IT", "NL", "FI", "PT", "CH"][i]
        p1 = P(v, d, cc)
        p2 = P(v, d, cc) if i % 2 else ""
        bday = d.L("date-of-birth", fmt_date(v.dob(1960, 2000), "iso"))
        rows.append("%s %s,%s,%s,%s,* Home,%s,Mobile,%s,%s,%s,* myContacts" % (fn, ln, fn, ln, bday, d.L("email", v.email(fn, ln)), p1, "Work" if p2 else "", '"%s"' % p2 if p2 else ""))
    return "\n".join(rows) + "\n"


def msisdn_access(v, d, k):
    out = []
    for i in range(6):
        cc = ["NG", "KE", "GB", "IN", "PH", "ID"][i]
        raw = phone_digits(v, cc)
        enc = "%2B" + raw if i % 2 == 0 else raw
        d.L("phone", enc)
        out.append('192.168.%d.%d - - [%02d/Apr/2025:%02d:%02d:%02d +0000] "GET /v1/lookup?msisdn=%s&fields=carrier,ported HTTP/1.1" 200 %d "-" "okhttp/4.12.0" rt=0.%03d' % (
            v.r.randint(0, 255), v.r.randint(1, 254), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), enc, v.r.randint(100, 900), v.r.randint(1, 999)))
    out.append('192.168.1.10 - - [01/Apr/2025:00:00:01 +0000] "GET /v1/lookup?msisdn=%2B15550100&fields=carrier HTTP/1.1" 400 61 "-" "curl/8.5.0" rt=0.002')
    return "\n".join(out) + "\n"


def dialplan(v, d, k):
    a = "+" + phone_digits(v, "DE")
    b = phone(v, "GB", 3)
    c = "+" + phone_digits(v, "SE")
    for x in (a, a, b, c):
        d.L("phone", x)
    return f"""; /etc/asterisk/extensions.conf (excerpt)
[globals]
OFFICE_MAIN={a}
AFTER_HOURS_FORWARD={b}
EMERGENCY=112

[from-internal]
exten => _9.,1,Set(CALLERID(num)={a})
 same => n,Dial(PJSIP/${{EXTEN:1}}@trunk,60)
exten => 800,1,Dial(PJSIP/{c}@trunk,30)   ; Stockholm on-call
exten => 112,1,Dial(PJSIP/112@trunk)
exten => _X.,n,Hangup()
"""


def chat_prose(v, d, k):
    a = P(v, d, "KE")
    b = P(v, d, "IN", 1)
    c = P(v, d, "PH")
    e = P(v, d, "BR")
    return f"""[09:14] <amara> hey, the courier keeps calling the old number. new one is {a}
[09:15] <farhan> ok noted. for the Pune vendor call {b} (after 11 am IST)
[09:15] <amara> and the Manila team lead? her cell {c} works on Viber too
[09:17] <diego> Recife clinic asked for a callback on {e}
[09:18] <farhan> ticket #{v.safe_digits(7)} updated. conf bridge is 10.{v.r.randint(0, 255)}.0.5, PIN {v.digits(6)}
[09:19] <amara> 👍 build {v.r.randint(1, 5)}.{v.r.randint(0, 30)}.{v.r.randint(1000, 9999)} deployed at 09:20
"""


DOCS = []
for _k in range(1):
    DOCS.append(("cdr/asterisk_master_%02d.csv" % (_k + 1), asterisk_cdr, _k))
DOCS.append(("pbx/freeswitch.log", freeswitch, 0))
for _k in range(1):
    DOCS.append(("webhooks/twilio_inbound_%02d.http" % (_k + 1), twilio_webhook, _k))
DOCS.append(("webhooks/vonage_inbound.jsonl", vonage_json, 0))
for _k in range(1, 2):
    DOCS.append(("crm/contacts_export_%02d.csv" % (_k + 1), crm_csv, _k))
for _k in range(1):
    DOCS.append(("reports/customer_master_%02d.txt" % (_k + 1), fixed_report, _k))
DOCS.append(("html/contact.html", contact_html, 0))
DOCS.append(("sms/kannel_access.log", kannel, 0))
DOCS.append(("logs/otp_sender.jsonl", otp_json_log, 0))
for _k in range(1):
    DOCS.append(("email/signature_%02d.eml" % (_k + 1), signature_mail, _k))
for _k in (0, 3):
    DOCS.append(("directory/%s.md" % ["africa", "apac", "gulf", "latam"][_k], directory, _k))
DOCS.append(("crm/callcenter_agents.csv", callcenter_ext, 0))
DOCS.append(("pbx/sip_invite.txt", sip_invite, 0))
for _k in range(1):
    DOCS.append(("email/order_confirmation_%02d.txt" % (_k + 1), lookalikes_order, _k))
DOCS.append(("android/contacts_query.txt", adb_contacts, 0))
DOCS.append(("crm/google_contacts.csv", google_contacts, 0))
DOCS.append(("logs/hlr_lookup_access.log", msisdn_access, 0))
DOCS.append(("pbx/extensions.conf", dialplan, 0))
