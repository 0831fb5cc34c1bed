"""Phones of many countries: CDRs, SIP, SMS gateway webhooks, CRM exports,
vCards, HR forms, shipping labels, orders, hotel/airline records, e-mail
signatures, chat exports, OTP logs, PBX configs, calendars, HL7/FHIR.

Look-alikes beside them (not labelled): extensions, order and invoice numbers,
dates, times, versions, private/documentation IPs, ISBNs, postcodes, tracking
numbers, coordinates, amounts, meeting ids, PINs, Unix timestamps, and the
fictitious ranges (NANP 555-01xx, Ofcom drama numbers)."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *

EU = ["GB", "DE", "FR", "SE", "ES", "IT", "NL", "IE", "PL", "CH"]
WORLD = PHONE_CCS


def cc_for(r, pool=None):
    return r.choice(pool or WORLD)


def tracking(r):
    k = r.choice(["ups", "dhl", "fedex", "usps", "postnord", "royalmail"])
    if k == "ups":
        return "1Z" + rs(r, UPPER_DIG, 6) + digits(r, 10)
    if k == "dhl":
        return "JD" + digits(r, 18)
    if k == "fedex":
        return lk_digits(r, 12, "57")
    if k == "usps":
        return "9400 " + " ".join(digits(r, 4) for _ in range(4)) + " " + digits(r, 2)
    if k == "postnord":
        return rs(r, string.ascii_uppercase, 2) + digits(r, 9) + "SE"
    return rs(r, string.ascii_uppercase, 2) + digits(r, 9) + "GB"


def isbn13(r):
    p = "978" + digits(r, 9)
    s = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(p))
    c = (10 - s % 10) % 10
    full = p + str(c)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def fict_us(r):
    return f"({r.choice(US_AREAS)}) 555-01{r.randint(0, 99):02d}"


def fict_uk(r):
    return r.choice([f"020 7946 0{r.randint(0, 999):03d}", f"07700 900{r.randint(0, 999):03d}", f"01632 960{r.randint(0, 999):03d}", f"0113 496 0{r.randint(0, 999):03d}"])


# ------------------------------------------------------------------ telephony

def asterisk_cdr(d, i):
    r = d.rng
    rows = []
    base = 1718150000 + i * 86400 + 7 * 3600
    pool = ["US", "CA", "GB", "DE", "IN", "AU", "FR"] if i == 0 else ["SE", "NL", "ZA", "NG", "KE", "AE", "SG", "BR"]
    for k in range(15):
        ext = str(r.randint(200, 299))
        ext_name = person_en(r) if i == 0 else person_intl(r)
        outbound = k % 3 != 0
        if outbound:
            dst = d.phone(r.choice(pool), r.choice(["e164", "digits"]))
            src = ext
            clid = f'"{ext_name}" <{ext}>'
            ch = f"PJSIP/{ext}-{rs(r, HEX, 8)}"
            dch = f"PJSIP/trunk-sipgate-{rs(r, HEX, 8)}"
            ctx = "from-internal"
        else:
            src = d.phone(r.choice(pool), "e164")
            dst = r.choice(["s", "600", ext])
            clid = f'"" <{src}>'
            ch = f"PJSIP/trunk-sipgate-{rs(r, HEX, 8)}"
            dch = f"PJSIP/{ext}-{rs(r, HEX, 8)}"
            ctx = "from-trunk"
        st = base + k * r.randint(200, 900)
        dur = r.randint(3, 900)
        bill = max(0, dur - r.randint(2, 15))
        disp = r.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"])
        t = lambda x: f"2024-06-{12 + i} {(x - 1718150000 - i * 86400) // 3600 % 24:02d}:{x % 3600 // 60:02d}:{x % 60:02d}"
        rows.append(f'"","{src}","{dst}","{ctx}","{clid.replace(chr(34), chr(34) * 2)}","{ch}","{dch}","Dial","PJSIP/{dst}@trunk,60,Tt","{t(st)}","{t(st + 4)}","{t(st + dur)}",{dur},{bill},"{disp}","DOCUMENTATION","{st}.{r.randint(1, 999)}",""')
    return "\n".join(rows) + "\n"


def sip_trace(d, i):
    r = d.rng
    out = []
    for k in range(3):
        cc1, cc2 = r.choice(["DE", "FR", "NL", "GB", "CH"]), r.choice(["US", "GB", "ES", "IT", "AU"])
        frm = d.phone(cc1, "e164")
        to = d.phone(cc2, "e164")
        pai = d.phone(cc1, "e164")
        cid = f"{rs(r, HEX, 32)}@{ip_doc(r)}"
        src_ip = ip_doc(r)
        out.append(f"""U 2024/06/12 1{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100000, 999999)} {src_ip}:5060 -> 10.20.0.5:5060 #
INVITE sip:{to}@10.20.0.5;user=phone SIP/2.0
Via: SIP/2.0/UDP {src_ip}:5060;branch=z9hG4bK{rs(r, HEX, 16)};rport
Max-Forwards: 69
From: "{person_intl(r)}" <sip:{frm}@{src_ip};user=phone>;tag={rs(r, HEX, 10)}
To: <sip:{to}@10.20.0.5;user=phone>
Call-ID: {cid}
CSeq: {r.randint(1, 9999)} INVITE
Contact: <sip:{frm}@{src_ip}:5060>
P-Asserted-Identity: <tel:{pai}>
Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE
User-Agent: FPBX-16.0.40(18.22.0)
Content-Type: application/sdp
Content-Length: {r.randint(200, 300)}

v=0
o=- {r.randint(10**8, 10**9)} {r.randint(10**8, 10**9)} IN IP4 {src_ip}
s=Asterisk
c=IN IP4 {src_ip}
t=0 0
m=audio {r.randint(10000, 20000)} RTP/AVP 8 0 101
a=rtpmap:8 PCMA/8000
a=rtpmap:101 telephone-event/8000
""")
        out.append(f"""U 2024/06/12 1{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100000, 999999)} 10.20.0.5:5060 -> {src_ip}:5060 #
SIP/2.0 180 Ringing
Via: SIP/2.0/UDP {src_ip}:5060;branch=z9hG4bK{rs(r, HEX, 16)};rport=5060
Call-ID: {cid}
CSeq: {r.randint(1, 9999)} INVITE
""")
    return "\n".join(out)


def twilio_webhooks(d, i):
    r = d.rng
    acct = "AC" + rs(r, HEX, 32)
    out = []
    for k in range(5):
        frm = new_phone(r, r.choice(["US", "GB", "CA", "AU", "IE"]), "e164")
        to = new_phone(r, "US", "e164")
        sid = "SM" + rs(r, HEX, 32)
        body = r.choice(["STOP", "Yes, confirm for 3pm", "Order 4471 arrived broken", "What time do you open?", "HELP"])
        fe = d.L("phone", urlenc(frm))
        te = d.L("phone", urlenc(to))
        out.append(f"POST /sms/inbound HTTP/1.1\nHost: hooks.corp.example\nX-Twilio-Signature: {b64(rbytes(r, 20))}\nContent-Type: application/x-www-form-urlencoded\n\n"
                   f"ToCountry=US&ToState=CA&SmsMessageSid={sid}&NumMedia=0&ToCity=&FromZip=&SmsSid={sid}&FromState=&SmsStatus=received&FromCity=&Body={formenc(body)}&FromCountry=&To={te}&ToZip=&NumSegments=1&MessageSid={sid}&AccountSid={acct}&From={fe}&ApiVersion=2010-04-01\n")
    frm = d.phone("US", "e164")
    to = d.phone("GB", "e164")
    out.append("POST /sms/status HTTP/1.1\nContent-Type: application/json\n\n" + json.dumps(
        {"MessageSid": "SM" + rs(r, HEX, 32), "MessageStatus": "delivered", "From": frm, "To": to, "AccountSid": acct,
         "ErrorCode": None, "RawDlrDoneDate": "2406121432"}, indent=2) + "\n")
    return "\n".join(out)


def vonage_inbound(d, i):
    r = d.rng
    out = []
    for k in range(6):
        cc = r.choice(["GB", "DE", "NL", "ES", "IT", "FR", "PL"])
        ev = {"msisdn": d.phone(cc, "digits"), "to": d.phone(r.choice(["GB", "DE"]), "digits"),
              "messageId": rs(r, HEX, 16).upper(), "text": r.choice(["JA", "STOP", "Termin bestätigt", "ok grazie", "Ik kom om 10:30"]),
              "type": "text", "keyword": "", "api-key": rs(r, HEX, 8), "message-timestamp": f"2024-06-12 0{k}:{r.randint(10, 59)}:{r.randint(10, 59)}"}
        out.append(json.dumps(ev, ensure_ascii=False))
    return "\n".join(out) + "\n"


def dlr_report(d, i):
    r = d.rng
    res = []
    for k in range(8):
        cc = r.choice(["NG", "KE", "ZA", "PH", "MX", "BR", "SG", "AE"])
        res.append({"bulkId": uuid4(r), "messageId": rs(r, LOWER_DIG, 20), "to": d.phone(cc, "digits"),
                    "sentAt": f"2024-06-12T0{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}+0000",
                    "doneAt": f"2024-06-12T0{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}+0000",
                    "smsCount": 1, "mccMnc": f"{r.randint(200, 700)}{r.randint(1, 99):02d}",
                    "price": {"pricePerMessage": round(r.uniform(0.005, 0.09), 4), "currency": "EUR"},
                    "status": {"groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET"},
                    "error": {"groupId": 0, "groupName": "OK", "id": 0, "name": "NO_ERROR", "permanent": False}})
    return json.dumps({"results": res}, indent=2) + "\n"


def otp_log(d, i):
    r = d.rng
    out = []
    pool = ["IN", "NG", "KE", "PH", "BR", "MX", "ZA", "US", "GB"] if i == 0 else ["DE", "FR", "ES", "IT", "SE", "PL", "NL", "CH", "AE", "SG", "JP", "CN"]
    for k in range(13):
        cc = r.choice(pool)
        p = d.phone(cc, r.choice(["e164", "intl"]))
        ts = f"2024-06-1{i}T{r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z"
        out.append(f"{ts} INFO  otp-service [{rs(r, HEX, 8)}] sending login OTP to {p} via {r.choice(['twilio', 'msg91', 'sinch', 'infobip'])} template=login_v3 ttl=300")
        if k % 3 == 0:
            out.append(f"{ts} WARN  otp-service [{rs(r, HEX, 8)}] rate limit: 3 OTPs in 600s for {p[:4]}******{p[-2:]} user_id={r.randint(10**6, 10**7)}")
        if k % 4 == 1:
            out.append(f"{ts} ERROR otp-service [{rs(r, HEX, 8)}] provider error code=21614 \"'To' number is not a valid mobile number\" to=+1555{digits(r, 7)} retry_in=30s")
    out.append(f"2024-06-1{i}T23:59:59.999Z INFO  otp-service stats sent=18234 failed=212 p95_latency_ms=840 version=3.12.1 build={sha1(r)[:12]}")
    return "\n".join(out) + "\n"


def pbx_conf(d, i):
    r = d.rng
    did1 = d.phone("DE", "e164")
    did2 = d.phone("DE", "e164")
    mob1 = d.phone("DE", "e164")
    emerg = d.phone("DE", "natl")
    return f"""; /etc/asterisk/extensions.conf  (excerpt)
[globals]
TRUNK=PJSIP/sipgate
MAIN_DID={did1}
SUPPORT_DID={did2}
ONCALL_MOBILE={mob1}

[from-trunk]
exten => {did1},1,NoOp(Main line)
 same => n,Goto(ivr-main,s,1)
exten => {did2},1,NoOp(Support)
 same => n,Queue(support,t,,,300)
 same => n,Dial(${{TRUNK}}/${{ONCALL_MOBILE}},45)

[from-internal]
exten => _2XX,1,Dial(PJSIP/${{EXTEN}},30)
exten => _0X.,1,Set(CALLERID(num)=${{MAIN_DID}})
 same => n,Dial(${{TRUNK}}/${{EXTEN:1}},60,T)
exten => 110,1,Dial(${{TRUNK}}/110)        ; Polizei
exten => 112,1,Dial(${{TRUNK}}/112)        ; Notruf
; facility manager (after hours): {emerg}
; voicemail pin for 201 is in voicemail.conf, not here
exten => *97,1,VoiceMailMain(${{CALLERID(num)}}@default)
"""


def yealink_phonebook(d, i):
    r = d.rng
    units = []
    for k in range(8):
        cc = r.choice(["SE", "SE", "NO" if False else "DE", "GB", "FI" if False else "NL"])
        nm = person_se(r) if cc == "SE" else person_intl(r)
        p1 = d.phone(cc, "natl" if cc == "SE" else "intl")
        p2 = d.phone(cc, "intl") if k % 2 else ""
        units.append(f'  <Unit Name="{nm}" Phone1="{p1}" Phone2="{p2}" Phone3="{r.randint(200, 299)}" default_photo="Resource:icon_family_b.png"/>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<YealinkIPPhoneBook>
 <Title>Corp Stockholm</Title>
 <Menu Name="Kollegor">
{chr(10).join(units)}
 </Menu>
 <Menu Name="Intern">
  <Unit Name="Reception" Phone1="200" Phone2="" Phone3=""/>
  <Unit Name="Konferens Stora" Phone1="250" Phone2="" Phone3=""/>
 </Menu>
</YealinkIPPhoneBook>
"""


def ics_invite(d, i):
    r = d.rng
    us = d.phone("US", "intl")
    uk = d.phone("GB", "intl")
    de = d.phone("DE", "intl")
    inn = d.phone("IN", "intl")
    mid = f"{r.randint(800, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    pin_ = r.randint(100000, 999999)
    return f"""BEGIN:VCALENDAR
PRODID:-//Corp//Calendar 2.4//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uuid4(r)}@corp.example
DTSTAMP:20240612T081500Z
DTSTART;TZID=Europe/London:20240618T150000
DTEND;TZID=Europe/London:20240618T160000
SUMMARY:Q2 vendor review
ORGANIZER;CN=Programme Office:mailto:pmo@corp.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Vendor Team:mailto:vendor-team@partner.example
LOCATION:Bridge (details below)
DESCRIPTION:Join by phone\\n{us},,{mid.replace(' ', '')}# US\\n{uk},,{mid.replace(' ', '')}# UK\\n{de} Germany\\n{inn} India\\nMeeting ID: {mid}\\nPasscode: {pin_}\\nVersion 4.2.1 of the bridge\\, ref #{r.randint(10000, 99999)}
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")


# ------------------------------------------------------------------ CRM / contacts

def crm_csv(d, i):
    r = d.rng
    pool = ["US", "CA", "GB", "AU", "IE"] if i == 0 else ["DE", "FR", "ES", "IT", "NL", "CH", "PL", "SE"]
    rows = ["Id,FirstName,LastName,Title,AccountName,Phone,MobilePhone,Fax,MailingPostalCode,AccountNumber,LeadSource,AnnualRevenue,CreatedDate"]
    for k in range(16):
        cc = r.choice(pool)
        fn, ln = (person_en(r) if i == 0 else person_intl(r)).split(" ", 1)
        ph = d.phone(cc, r.choice(["natl", "intl"]))
        mo = d.phone(cc, "intl") if k % 3 else ""
        fax = d.phone(cc, "natl") if k % 5 == 0 else ""
        pc = r.choice([f"{r.randint(10000, 99999)}", f"{rs(r, 'ABCDEFGHJKLMNPRSTUWYZ', 2)}{r.randint(1, 20)} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}", f"{r.randint(1000, 9999)}"])
        rows.append(f"003{rs(r, ALNUM, 15)},{fn},{ln},{r.choice(['CFO', 'Head of IT', 'Buyer', 'Office Manager', 'CTO'])},{r.choice(WORDS).capitalize()} {r.choice(['GmbH', 'Ltd', 'SA', 'BV', 'Inc', 'AB', 'S.r.l.'])},\"{ph}\",\"{mo}\",\"{fax}\",{pc},ACC-{r.randint(10000, 99999)},{r.choice(['Web', 'Partner', 'Trade Show'])},{r.randint(1, 90) * 100000},2024-0{r.randint(1, 6)}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:00.000Z")
    return "\n".join(rows) + "\n"


def hubspot_json(d, i):
    r = d.rng
    res = []
    for k in range(9):
        cc = r.choice(["US", "GB", "AU", "SG", "IN", "ZA"])
        res.append({"id": str(r.randint(10**10, 10**11)), "properties": {
            "firstname": person_en(r).split()[0], "company": r.choice(WORDS).capitalize() + " Ltd",
            "phone": d.phone(cc, "intl"), "mobilephone": d.phone(cc, "e164") if k % 2 else None,
            "hs_object_id": str(r.randint(10**10, 10**11)), "hubspotscore": str(r.randint(0, 100)),
            "createdate": f"2024-05-{r.randint(10, 31)}T{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z",
            "lastmodifieddate": f"2024-06-{r.randint(10, 12)}T0{r.randint(1, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z"},
            "archived": False})
    return json.dumps({"results": res, "paging": {"next": {"after": str(r.randint(100, 999)), "link": "https://api.hubapi.com/crm/v3/objects/contacts?after=" + str(r.randint(100, 999))}}}, indent=2) + "\n"


def vcards(d, i):
    r = d.rng
    cards = []
    pool = ["US", "GB", "FR", "JP", "BR", "MX"] if i == 0 else ["DE", "SE", "IN", "AU", "CN", "IE"]
    for k in range(5):
        cc = pool[k % len(pool)]
        nm = person_intl(r) if cc not in ("US", "GB", "AU", "IE") else person_en(r)
        fn, ln = nm.split(" ", 1)
        c1 = d.phone(cc, "intl")
        c2 = d.phone(cc, "e164")
        bday = d.dobv("iso", 1960, 1999) if k % 2 == 0 else None
        lines = ["BEGIN:VCARD", "VERSION:" + ("4.0" if k % 2 else "3.0"), f"N:{ln};{fn};;;", f"FN:{nm}",
                 f"ORG:{r.choice(WORDS).capitalize()} {r.choice(['Consulting', 'Foods', 'Medical', 'Logistics'])}"]
        if k % 2:
            lines += [f"TEL;TYPE=cell;VALUE=uri:tel:{c2}", f"TEL;TYPE=work,voice:{c1}"]
        else:
            lines += [f"TEL;TYPE=CELL:{c1}", f"TEL;TYPE=WORK:{c2}"]
        lines += [f"EMAIL;TYPE=work:{mailbox(nm, r)}", f"ADR;TYPE=work:;;{r.randint(1, 200)} {r.choice(['High St', 'Rue de Rivoli', 'Hauptstraße', 'Main Rd'])};{r.choice(['London', 'Paris', 'Berlin', 'Pune', 'Sydney'])};;{r.randint(10000, 99999)};"]
        if bday:
            lines.append(f"BDAY:{bday}")
        lines += [f"UID:urn:uuid:{uuid4(r)}", f"REV:2024061{r.randint(0, 2)}T{r.randint(10, 23)}{r.randint(10, 59)}{r.randint(10, 59)}Z", "END:VCARD"]
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards) + "\r\n"


def google_contacts(d, i):
    r = d.rng
    rows = ["Name,Given Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name"]
    for k in range(12):
        cc = r.choice(["IT", "ES", "NL", "PL", "CH", "AE", "KE", "NG"])
        nm = person_intl(r)
        p1 = d.phone(cc, "intl")
        if k % 3 == 0:
            p2 = d.phone(cc, "natl")
            p1v = f"{p1} ::: {p2}"
        else:
            p1v = p1
        p3 = d.phone(cc, "intl") if k % 2 else ""
        rows.append(f"{nm},{nm.split()[0]},{nm.split(' ', 1)[1]},,,* myContacts,* Work,{mailbox(nm, r)},Mobile,{p1v},{'Work' if p3 else ''},{p3},{r.choice(WORDS).capitalize()} {r.choice(['S.p.A.', 'S.L.', 'Sp. z o.o.', 'AG', 'Ltd'])}")
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ commerce / travel

def shipping_label(d, i):
    r = d.rng
    cc = ["GB", "US", "DE", "AU", "SE", "FR"][i]
    nm = person_en(r) if cc in ("GB", "US", "AU") else (person_se(r) if cc == "SE" else person_intl(r))
    p = d.phone(cc, r.choice(["natl", "intl"]))
    sender_p = d.phone(["GB", "US", "DE", "AU", "SE", "FR"][(i + 1) % 6], "intl")
    return f"""================ SHIPPING LABEL ================
FROM: Corp Fulfilment Centre 3, Unit {r.randint(1, 40)}, {r.choice(['Magna Park', 'Hub Road', 'Logistics Way'])}
      Tel {sender_p}
TO:   {nm}
      {r.randint(1, 300)} {r.choice(['Station Road', 'Elm Street', 'Kungsgatan', 'Rue Victor Hugo', 'Bahnhofstraße'])}
      {r.choice(['Leeds LS1 4DY', 'Austin, TX 78701', '10115 Berlin', 'Parramatta NSW 2150', '411 36 Göteborg', '69002 Lyon'])}
      Phone: {p}
------------------------------------------------
Order:     #{r.randint(100000, 999999)}-{r.randint(10, 99)}
Tracking:  {tracking(r)}
Weight:    {r.randint(1, 20)}.{r.randint(0, 9)} kg     Pieces: 1/1
Service:   {r.choice(['Express 12:00', 'Economy', 'Next Day'])}
Ref:       INV-2024-{r.randint(10000, 99999)}   SKU {r.choice(['TB', 'HX', 'QL'])}-{r.randint(100, 999)}-{r.randint(10, 99)}
Date:      2024-06-1{i % 3}  {r.randint(10, 18)}:{r.randint(10, 59)}
Routing:   {r.choice(['LHR', 'STN', 'ARN', 'CDG', 'JFK'])}-{r.randint(10, 99)}-{r.randint(1000, 9999)}
================================================
"""


def order_json(d, i):
    r = d.rng
    cc = ["US", "CA", "GB", "JP", "BR", "MX"][i]
    nm = person_en(r) if cc in ("US", "CA", "GB") else person_intl(r)
    ship_p = d.phone(cc, "intl")
    bill_p = d.phone(cc, "natl")
    order = {"id": r.randint(10**12, 10**13), "name": f"#{r.randint(1000, 9999)}", "order_number": r.randint(1000, 9999),
             "created_at": f"2024-06-1{i % 3}T{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}-04:00",
             "currency": "USD", "total_price": f"{r.randint(10, 900)}.{r.randint(0, 99):02d}", "total_tax": f"{r.randint(1, 90)}.{r.randint(0, 99):02d}",
             "checkout_token": md5(r), "cart_token": rs(r, ALNUM, 26), "confirmation_number": rs(r, UPPER_DIG, 9),
             "customer": {"id": r.randint(10**12, 10**13), "first_name": nm.split()[0], "email": mailbox(nm, r, "shop.example"), "phone": None},
             "shipping_address": {"name": nm, "address1": f"{r.randint(1, 999)} {r.choice(['Oak Ave', 'Queen St W', 'Baker St'])}", "zip": f"{r.randint(10000, 99999)}",
                                  "phone": ship_p, "latitude": round(r.uniform(-40, 60), 6), "longitude": round(r.uniform(-120, 140), 6)},
             "billing_address": {"name": nm, "phone": bill_p},
             "line_items": [{"id": r.randint(10**12, 10**13), "sku": f"SKU-{r.randint(10000, 99999)}", "quantity": r.randint(1, 3),
                             "price": f"{r.randint(5, 200)}.00", "variant_id": r.randint(10**12, 10**13)} for _ in range(2)],
             "fulfillments": [{"tracking_number": tracking(r), "tracking_company": "UPS"}]}
    return json.dumps(order, indent=2) + "\n"


def hotel_ota(d, i):
    r = d.rng
    nm = person_intl(r)
    p = d.phone("FR", "intl")
    p2 = d.phone("IT", "e164")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="{uuid4(r)}" TimeStamp="2024-06-12T09:14:11Z" Version="3.0">
  <HotelReservations>
    <HotelReservation CreateDateTime="2024-06-12T09:14:02Z" ResStatus="Book">
      <UniqueID Type="14" ID="{r.randint(10**9, 10**10)}"/>
      <RoomStays>
        <RoomStay>
          <RoomRates><RoomRate RoomTypeCode="DBL" RatePlanCode="BAR" NumberOfUnits="1"/></RoomRates>
          <TimeSpan Start="2024-07-02" End="2024-07-05"/>
          <Total AmountAfterTax="612.30" CurrencyCode="EUR"/>
          <BasicPropertyInfo HotelCode="{r.randint(10000, 99999)}"/>
        </RoomStay>
      </RoomStays>
      <ResGuests>
        <ResGuest>
          <Profiles><ProfileInfo><Profile><Customer>
            <PersonName><GivenName>{nm.split()[0]}</GivenName><Surname>{nm.split(' ', 1)[1]}</Surname></PersonName>
            <Telephone PhoneTechType="5" PhoneNumber="{p}"/>
            <Telephone PhoneTechType="1" PhoneNumber="{p2}" FormattedInd="false"/>
            <Email>{mailbox(nm, r)}</Email>
            <Address><AddressLine>{r.randint(1, 90)} Via Roma</AddressLine><CityName>Torino</CityName><PostalCode>101{r.randint(10, 99)}</PostalCode><CountryName Code="IT"/></Address>
          </Customer></Profile></ProfileInfo></Profiles>
        </ResGuest>
      </ResGuests>
      <ResGlobalInfo><HotelReservationIDs><HotelReservationID ResID_Type="16" ResID_Value="CNF{r.randint(10**7, 10**8)}"/></HotelReservationIDs></ResGlobalInfo>
    </HotelReservation>
  </HotelReservations>
</OTA_HotelResNotifRQ>
"""


def airline_pnr(d, i):
    r = d.rng
    p1 = d.phone("GB", "digits")
    p2 = d.phone("US", "intl")
    p3 = d.phone("IE", "digits")
    tkt = f"125-{lk_digits(r, 10)}"
    return f"""--- RLOC {rs(r, UPPER_DIG, 6)}
  1.1{r.choice(LAST_EN).upper()}/{r.choice(FIRST_EN).upper()} MR  2.1{r.choice(LAST_EN).upper()}/{r.choice(FIRST_EN).upper()} MRS
  1 BA 117 Y 18JUN 2 LHRJFK HK2  1125 1425  *1A/E*
  2 BA 178 Y 29JUN 6 JFKLHR HK2  1845 0650+1 *1A/E*
  3 AP LON {p2} - CORP TRAVEL - A
  4 APM {p1}
  5 TK OK12JUN/LONBA28AA
  6 SSR CTCM BA HK1/{p1}/P1
  7 SSR CTCM BA HK1/{p3}/P2
  8 SSR CTCE BA HK1/TRAVEL//CORP.EXAMPLE/P1
  9 FA PAX {tkt}/ETBA/GBP1234.50/12JUN24/LONBA28AA/{r.randint(10**7, 10**8)}/S1-2/P1
 10 FP CCVIXXXXXXXXXXXX{digits(r, 4)}/1227
 11 RM BOOKED VIA ONLINE TOOL REF {r.randint(100000, 999999)} COST CENTRE 4410-{r.randint(100, 999)}
"""


# ------------------------------------------------------------------ HR / people

def hr_form(d, i):
    r = d.rng
    cc = ["US", "GB", "AU", "IE"][i]
    nm = person_en(r)
    home = d.phone(cc, "natl")
    mob = d.phone(cc, "intl")
    ec = d.phone(cc, "natl")
    dob = d.dobv("mdy/" if cc == "US" else "dmy/", 1965, 2002)
    return f"""NEW STARTER FORM — People Operations                         Form HR-07 rev 3.2
------------------------------------------------------------------------------
Employee ID:        E{r.randint(10000, 99999)}             Start date: 2024-07-01
Full legal name:    {nm}
Date of birth:      {dob}
Home address:       {r.randint(1, 300)} {r.choice(['Willow Way', 'King St', 'Ocean Pde', 'Main Street'])}, {r.choice(['Bristol BS1 5TR', 'Denver, CO 80202', 'Manly NSW 2095', 'Galway H91 E2K3'])}
Home phone:         {home}
Mobile:             {mob}
Work extension:     x{r.randint(2000, 2999)}
Emergency contact:  {person_en(r)} (spouse) — {ec}
Bank sort/route:    {r.choice([f'{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}', str(r.randint(10**8, 10**9))])}   (account on file in payroll system)
Salary band:        L{r.randint(3, 7)}  /  {r.randint(45, 140)},000 per annum
Laptop asset tag:   LT-{r.randint(10000, 99999)}   Badge: {r.randint(100000, 999999)}
Policy version acknowledged: 2024.2 (signed 12/06/2024 10:41)
"""


def cv_text(d, i):
    r = d.rng
    cc = ["NL", "ZA", "SG"][i]
    nm = person_intl(r)
    p = d.phone(cc, "intl")
    return f"""{nm.upper()}
Senior Data Engineer  ·  {r.choice(['Amsterdam', 'Cape Town', 'Singapore'])}
{p}  ·  linkedin.com/in/{nm.lower().replace(' ', '-')}-{rs(r, LOWER_DIG, 6)}  ·  github.com/{nm.split()[0].lower()}{r.randint(10, 99)}

EXPERIENCE
2021 – present   Lead Data Engineer, {r.choice(WORDS).capitalize()} Payments
                 Cut batch latency from 4.5 h to 38 min; Spark 3.5, Delta 3.1, dbt 1.7.
2017 – 2021      Data Engineer, {r.choice(WORDS).capitalize()} Telecom
                 Built CDR pipeline processing 2.1 bn records/day (Kafka 2.8 → 3.6).

EDUCATION
2013 – 2017      BSc Computer Science, GPA 3.8/4.0

CERTIFICATIONS   AWS DA-C01 (ID {rs(r, UPPER_DIG, 10)}), CKA {r.randint(2020, 2024)}-{r.randint(1000, 9999)}
LANGUAGES        English (C2), Dutch (B2)
[pdftotext -layout, page 1/2]
"""


# ------------------------------------------------------------------ e-mail / chat / tickets

def email_signature(d, i):
    r = d.rng
    cc = ["GB", "DE", "US", "FR", "ES", "JP"][i]
    nm = person_en(r) if cc in ("GB", "US") else person_intl(r)
    tel = d.phone(cc, "intl")
    mob = d.phone(cc, "natl")
    fax = d.phone(cc, "intl") if i % 2 == 0 else None
    mid = f"<{uuid4(r)}@mail.corp.example>"
    return f"""Return-Path: <{mailbox(nm, r, 'partner.example')}>
Received: from mx1.partner.example (mx1.partner.example [{ip_doc(r)}])
	by mx.corp.example (Postfix) with ESMTPS id 4W{rs(r, UPPER_DIG, 8)}
	for <procurement@corp.example>; Wed, 12 Jun 2024 10:{r.randint(10, 59)}:{r.randint(10, 59)} +0100 (BST)
Message-ID: {mid}
Date: Wed, 12 Jun 2024 11:{r.randint(10, 59)}:{r.randint(10, 59)} +0200
From: {nm} <{mailbox(nm, r, 'partner.example')}>
To: Procurement <procurement@corp.example>
Subject: Re: Quote Q-2024-{r.randint(1000, 9999)} rev 3
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hello,

Attached is revision 3 of the quote (valid until 30.06.2024). Unit price drops to
EUR 14.75 above 2,500 pcs; lead time 6-8 weeks from PO. Our VAT no. is DE{r.randint(10**8, 10**9)}.
Please reference PO 4500{r.randint(100000, 999999)} on all correspondence.

Best regards / Mit freundlichen Grüßen
{nm}
Key Account Manager
Tel.  {tel}
Mobile {mob}
{('Fax   ' + fax) if fax else ''}
{r.choice(WORDS).capitalize()} Components — Registered office: {r.randint(1, 99)} {r.choice(['Industriestraße', 'Calle Mayor', 'Avenue Foch', 'Harbour Rd'])}

> On 11 Jun 2024 at 16:02, Procurement <procurement@corp.example> wrote:
> Could you confirm pricing for 3,000 units (part no. 7731-0042-B)?
"""


def whatsapp_export(d, i):
    r = d.rng
    pool = ["GB", "IN", "ZA", "NG"] if i == 0 else ["ES", "BR", "MX", "IT", "AE"]
    senders = [d.phone(r.choice(pool), "intl") for _ in range(3)]
    msgs = ["Running 10 min late, train delayed at 08:42", "Order 88213 is ready for pickup", "Can you call me back on my other number? " + d.phone(pool[0], "natl"),
            "Price is 1,250.00 incl VAT", "Meeting moved to 14:30 on 18/06", "Ticket #4471-22 resolved", "Thanks!", "Here's the invoice INV-2024-00412",
            "Gate code is 4821#", "Ok 👍", "new office number: " + d.phone(pool[1 % len(pool)], "intl"), "see you at 7.30pm"]
    out = []
    for k, m in enumerate(msgs):
        s = r.choice(senders + ["Priya (Ops)", "Marco"])
        out.append(f"[{12 + k // 6:02d}/06/2024, {8 + k}:{r.randint(10, 59)}:{r.randint(10, 59)}] {s}: {m}")
    out.insert(0, f"[12/06/2024, 07:59:01] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.")
    for s in senders:
        if not any(s in line for line in out):
            out.append(f"[13/06/2024, 18:00:00] {s}: 👍")
    return "\n".join(out) + "\n"


def zendesk_ticket(d, i):
    r = d.rng
    p = d.phone("AU", "intl")
    p2 = d.phone("AU", "natl")
    t = {"ticket": {"id": r.randint(100000, 999999), "via": {"channel": "voice", "source": {"from": {"formatted_phone": p, "phone": p}, "to": {"formatted_phone": "+61 2 8000 0000" if False else "(02) 5550 " + str(r.randint(1000, 9999)), "name": "Support line (test)"}, "rel": "voicemail"}},
                    "created_at": "2024-06-12T01:22:10Z", "subject": f"Voicemail from: {p}", "status": "open", "priority": "normal",
                    "description": f"Call recording: https://corp.zendesk.example/v2/recordings/{r.randint(10**10, 10**11)}\nTranscription: hi it's about order {r.randint(100000, 999999)}, please call me back on {p2} after 3pm, thanks\nLength of phone call: 41 seconds",
                    "custom_fields": [{"id": r.randint(10**8, 10**9), "value": f"ORD-{r.randint(100000, 999999)}"}, {"id": r.randint(10**8, 10**9), "value": "v2.14.0"}],
                    "requester_id": int(lk_digits(r, 12)), "tags": ["voicemail", "au"]}}
    return json.dumps(t, indent=2) + "\n"


def leadform_access(d, i):
    r = d.rng
    lines = []
    for k in range(8):
        cc = r.choice(["GB", "US", "IE", "AU", "DE", "FR"])
        raw = new_phone(r, cc, r.choice(["intl", "natl"]))
        enc = d.L("phone", formenc(raw))
        nm = person_en(r).replace(" ", "+")
        ip = ip_any(r)
        lines.append(f'{ip} - - [12/Jun/2024:{10 + k}:{r.randint(10, 59)}:{r.randint(10, 59)} +0100] "GET /contact/thanks?name={nm}&phone={enc}&product=ESP-{r.randint(100, 999)}&utm_source=google HTTP/2.0" 200 {r.randint(2000, 9000)} "https://www.corp.example/contact" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"')
        lines.append(f'{ip} - - [12/Jun/2024:{10 + k}:{r.randint(10, 59)}:{r.randint(10, 59)} +0100] "GET /static/app.{md5(r)[:8]}.js HTTP/2.0" 304 0 "-" "-"')
    return "\n".join(lines) + "\n"


def hl7_siu(d, i):
    r = d.rng
    out = []
    for k in range(3):
        nm = person_en(r)
        h = d.phone("US", "natl")
        w = d.phone("US", "natl")
        dob = d.dobv("ymd", 1940, 2015)
        f, l = nm.split()
        out.append("\r".join([
            f"MSH|^~\\&|SCHED|CLINIC|EHR|CLINIC|20240612{10 + k}{r.randint(10, 59)}||SIU^S12^SIU_S12|{r.randint(10**6, 10**7)}|P|2.5.1",
            f"SCH|{r.randint(10**5, 10**6)}^SCHED||||||ROUTINE^Routine visit|OFFICE|30|MIN|^^30^20240619{9 + k}00^20240619{9 + k}30",
            f"PID|1||MRN{r.randint(10**6, 10**7)}^^^CLINIC^MR||{l.upper()}^{f.upper()}||{dob}|{r.choice('MF')}|||{r.randint(100, 9999)} {r.choice(['ELM ST', 'OAK AVE', 'PINE RD'])}^^{r.choice(['DENVER', 'AUSTIN', 'BOSTON'])}^{r.choice(['CO', 'TX', 'MA'])}^{r.randint(10000, 99999)}||{h}|{w}",
            f"AIP|1||{r.randint(1000, 9999)}^{r.choice(LAST_EN).upper()}^{r.choice(FIRST_EN).upper()}^^^MD|ATTENDING"]))
    return "\r\n".join(out) + "\r\n"


def fhir_patient_intl(d, i):
    r = d.rng
    cc = ["NL", "JP"][i]
    nm = person_intl(r)
    pat = {"resourceType": "Patient", "id": uuid4(r), "meta": {"versionId": "3", "lastUpdated": "2024-06-12T08:01:22.019+02:00"},
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.4.6.3" if cc == "NL" else "urn:oid:1.2.392.100495.20.3.51", "value": "REDACTED"}],
           "name": [{"family": nm.split(" ", 1)[1], "given": [nm.split()[0]]}],
           "telecom": [{"system": "phone", "value": d.phone(cc, "intl"), "use": "mobile", "rank": 1},
                       {"system": "phone", "value": d.phone(cc, "natl"), "use": "home"},
                       {"system": "email", "value": mailbox(nm, r, "hospital.example")}],
           "gender": r.choice(["male", "female"]), "birthDate": d.dobv("iso", 1940, 2010),
           "address": [{"use": "home", "postalCode": f"{r.randint(1000, 9999)} {rs(r, 'ABCDEFGHJKLMNPRSTVWXZ', 2)}" if cc == "NL" else f"{r.randint(100, 999)}-{r.randint(1000, 9999)}", "country": cc}]}
    return json.dumps(pat, indent=2, ensure_ascii=False) + "\n"


def directory_page(d, i):
    r = d.rng
    rows = []
    for cc, city in [("GB", "London"), ("DE", "Berlin"), ("SE", "Stockholm"), ("SG", "Singapore"), ("US", "New York"), ("IN", "Bengaluru"), ("AE", "Dubai"), ("BR", "São Paulo")]:
        rows.append(f"| {city:<10} | {d.phone(cc, 'intl'):<22} | {r.randint(1, 200)} {r.choice(['Bishopsgate', 'Friedrichstraße', 'Sveavägen', 'Raffles Pl', 'Broadway', 'MG Road', 'Sheikh Zayed Rd', 'Av. Paulista'])} | UTC{r.choice(['+0', '+1', '+2', '+8', '-5', '+5:30', '+4', '-3'])} |")
    return f"""# Office directory

Last reviewed 2024-06-10 (page version 17, id {uuid4(r)}).

| Office     | Switchboard            | Address | Time zone |
|------------|------------------------|---------|-----------|
{chr(10).join(rows)}

## Examples used in our UI copy (fictional, never dial)

* US: {fict_us(r)}, {fict_us(r)}
* UK: {fict_uk(r)}, {fict_uk(r)}
* AU: 0491 570 {r.randint(110, 159)}

Internal extensions are four digits (e.g. 4410). The IT service desk is on extension 2222;
escalations via the on-call rota (PagerDuty schedule P{rs(r, UPPER_DIG, 6)}).
Coordinates of the London office: 51.5194, -0.0816. ISBN of the brand book: {isbn13(r)}.
"""


def clean_timetable(d, i):
    r = d.rng
    rows = []
    for k in range(14):
        rows.append(f"{r.choice(['IC', 'RE', 'ICE', 'S'])} {r.randint(100, 2999):<5} {r.randint(5, 22):02d}:{r.choice(['04', '17', '32', '49'])}  {r.choice(['Hamburg Hbf', 'Berlin Hbf', 'München Hbf', 'Köln Hbf', 'Frankfurt(M) Hbf'])}  Gl. {r.randint(1, 14)}  {r.choice(['+0', '+3', '+12', 'cancelled'])}")
    return f"""Departures — Hannover Hbf — 12.06.2024 (export v2.3.11, build {short_sha(r)})
Train     Time   Destination        Platform  Delay
{chr(10).join(rows)}
Service hotline: see website. Generated 2024-06-12T05:00:03+02:00, feed version 20240612.1, {r.randint(100, 999)} stops, checksum {md5(r)}
"""


def clean_stock_report(d, i):
    r = d.rng
    rows = []
    for k in range(15):
        rows.append(f"{rs(r, string.ascii_uppercase, 4):<6} {r.randint(10, 900)}.{r.randint(0, 99):02d}  {r.choice(['+', '-'])}{r.randint(0, 9)}.{r.randint(0, 99):02d}%  vol {r.randint(10**5, 10**7):,}  ISIN US{lk_digits(r, 9, '0123456789')}{r.randint(0, 9)}  {r.randint(2020, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
    return "End-of-day prices (delayed 15 min)\n" + "\n".join(rows) + f"\nFeed id {uuid4(r)}; server 10.2.{r.randint(0, 255)}.{r.randint(1, 254)}; version 5.12.0.4811\n"


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("csv/asterisk-cdr-{i}.csv", asterisk_cdr, 2)
_add("syslog/sngrep-sip-trace.txt", sip_trace)
_add("http/twilio-sms-webhooks.txt", twilio_webhooks)
_add("events/vonage-inbound-sms.ndjson", vonage_inbound)
_add("api/infobip-delivery-reports.json", dlr_report)
_add("app-logs/otp-service.log", otp_log)
_add("config/extensions.conf", pbx_conf)
_add("xml/yealink-phonebook.xml", yealink_phonebook)
_add("email/vendor-review-invite.ics", ics_invite)
_add("csv/salesforce-contacts-{i}.csv", crm_csv, 2)
_add("api/hubspot-contacts.json", hubspot_json)
_add("docs/contacts.vcf", vcards)
_add("csv/google-contacts.csv", google_contacts)
_add("ocr/shipping-label-{i}.txt", shipping_label, 3)
_add("api/shop-order-{i}.json", order_json, 2)
_add("xml/ota-hotel-res-notif.xml", hotel_ota)
_add("docs/pnr-display.txt", airline_pnr)
_add("docs/new-starter-form-{i}.txt", hr_form, 2)
_add("ocr/cv.txt", cv_text)
_add("email/quote-reply-{i}.eml", email_signature, 3)
_add("chat/whatsapp-export-{i}.txt", whatsapp_export, 2)
_add("tickets/zendesk-voicemail.json", zendesk_ticket)
_add("access-logs/www-contact-form.log", leadform_access)
_add("health/clinic-siu-s12.hl7", hl7_siu)
_add("health/fhir-patient-nl.json", fhir_patient_intl)
_add("docs/office-directory.md", directory_page)
_add("docs/departures-hannover.txt", clean_timetable)
_add("csv/eod-prices.txt", clean_stock_report)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
