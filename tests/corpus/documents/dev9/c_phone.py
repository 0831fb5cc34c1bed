"""Phone numbers of forty countries, national and international forms, with labels
in their languages and scripts, JSON-escaped labels, markdown tables, padded forms,
chats, SMS/telephony APIs and contact-centre logs; with order numbers, timestamps,
amounts, tracking numbers and ids as look-alikes."""
import json

from gen_common import carrier, jdump, DIG, pct, FIRST_ALL, LAST_ALL, COMPANY_DOMAINS

LBL = {
    "SE": ["Telefon", "Mobil", "Tfn"], "DE": ["Telefon", "Handy", "Mobil", "Tel."], "AT": ["Telefon", "Handy"],
    "CH": ["Telefon", "Natel"], "FR": ["Téléphone", "Portable", "Tél."], "ES": ["Teléfono", "Móvil", "Tfno."],
    "IT": ["Telefono", "Cellulare", "Tel."], "BR": ["Telefone", "Celular"], "NL": ["Telefoon", "Mobiel"],
    "PL": ["Telefon", "Tel. kom."], "RU": ["Телефон", "Моб. тел."], "UA": ["Телефон", "Мобільний"],
    "GR": ["Τηλέφωνο", "Κινητό"], "TR": ["Telefon", "Cep telefonu"], "SA": ["هاتف", "رقم الجوال"],
    "AE": ["هاتف", "الجوال"], "EG": ["رقم الهاتف", "موبايل"], "IN": ["फ़ोन", "मोबाइल नंबर", "ফোন নম্বর", "தொலைபேசி எண்", "ఫోన్ నంబర్"],
    "JP": ["電話番号", "携帯電話", "TEL"], "CN": ["电话", "手机号", "联系电话"], "TW": ["電話", "手機"], "KR": ["전화번호", "휴대폰"],
    "TH": ["โทรศัพท์", "เบอร์โทร"], "VN": ["Điện thoại", "SĐT"], "ID": ["Telepon", "Nomor HP"], "FI": ["Puhelin", "Matkapuhelin"],
    "NO": ["Telefon", "Mobil"], "DK": ["Telefon", "Mobil"], "IL": ["טלפון", "נייד"], "PH": ["Phone", "Mobile"],
    "US": ["Phone", "Cell"], "GB": ["Tel", "Mobile"], "AU": ["Ph", "Mobile"], "MX": ["Teléfono", "Celular"],
    "ZA": ["Tel", "Cell"], "NG": ["Phone", "GSM"], "KE": ["Simu", "Phone"], "PK": ["فون نمبر", "Mobile"], "BD": ["ফোন", "মোবাইল"],
    "IE": ["Phone", "Mobile"],
}
NAMES = {
    "SE": ("Karin", "Lindqvist"), "DE": ("Jonas", "Weber"), "AT": ("Lena", "Huber"), "CH": ("Reto", "Meier"), "FR": ("Léa", "Moreau"),
    "ES": ("Lucía", "García"), "IT": ("Marco", "Rossi"), "BR": ("Ana", "Souza"), "NL": ("Sanne", "de Vries"), "PL": ("Tomasz", "Kowalski"),
    "RU": ("Ольга", "Иванова"), "UA": ("Олена", "Коваленко"), "GR": ("Νίκος", "Παπαδόπουλος"), "TR": ("Elif", "Yılmaz"),
    "SA": ("فهد", "العتيبي"), "AE": ("مريم", "الهاشمي"), "EG": ("أحمد", "حسن"), "IN": ("प्रिया", "शर्मा"), "JP": ("由紀", "田中"),
    "CN": ("伟", "王"), "TW": ("怡君", "陳"), "KR": ("민준", "김"), "TH": ("สมชาย", "ใจดี"), "VN": ("Minh", "Nguyễn"),
    "ID": ("Dewi", "Lestari"), "FI": ("Aino", "Virtanen"), "NO": ("Ola", "Nordmann"), "DK": ("Mette", "Jensen"), "IL": ("נועה", "כהן"),
    "PH": ("Maria", "Santos"), "US": ("Emily", "Johnson"), "GB": ("Oliver", "Hughes"), "AU": ("Jack", "Wilson"), "MX": ("Diego", "Hernández"),
    "ZA": ("Thabo", "Nkosi"), "NG": ("Chinedu", "Okafor"), "KE": ("Wanjiru", "Kamau"), "PK": ("Ayesha", "Khan"), "BD": ("রহিম", "উদ্দিন"),
    "IE": ("Aoife", "Murphy"),
}
CCS = list(LBL)


def ph(d, cc, form=None):
    return d.phone(cc, form or d.pick(["intl", "nat", "nat", "e164"]))


def order_no(d):
    return d.lk(d.pick(["#%d" % d.r.randint(100000, 9999999), "SO-%d" % d.r.randint(10**6, 10**7), "%d-%d" % (d.r.randint(100, 999), d.r.randint(10**6, 10**7))]))


def amount(d):
    return d.lk(d.pick(["%d,%02d €" % (d.r.randint(1, 999), d.r.randint(0, 99)), "SEK %d %03d,00" % (d.r.randint(1, 99), d.r.randint(0, 999)),
                        "¥%d,%03d" % (d.r.randint(1, 99), d.r.randint(0, 999)), "$%d.%02d" % (d.r.randint(1, 9999), d.r.randint(0, 99))]))


def tracking(d):
    return d.lk(d.pick(["1Z%s%s" % (d.s(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), d.s(10, DIG)), "JD%s" % d.s(18, DIG),
                        "%s SE" % d.s(11, DIG), "RR%sCN" % d.s(9, DIG)]))


# ---------------------------------------------------------------- tables / forms ---
@carrier("phones/team-directory.md", 1)
def directory(d):
    rows = ["# Regional contacts (updated 2025-03)", "", "| Region | Name | Role | Phone | Mobile |", "|---|---|---|---|---|"]
    for cc in ["SE", "DE", "FR", "GB", "US", "JP", "IN", "BR", "ZA", "AU", "AE", "PL"]:
        f, l = NAMES[cc]
        rows.append("| %s | %s %s | %s | %s | %s |" % (cc, f, l, d.pick(["Sales", "Support", "Logistics", "Finance"]), ph(d, cc, "intl"), ph(d, cc, "nat")))
    rows += ["", "Conference bridge: dial-in PIN %s, meeting id %s (not phone numbers)." % (d.lk(d.s(6, DIG)), d.lk("%s %s %s" % (d.s(3, DIG), d.s(4, DIG), d.s(4, DIG))))]
    return "\n".join(rows) + "\n"


@carrier("phones/padded-form-{i}.txt", 2)
def padded(d):
    ccs = [["DE", "AT", "CH", "NL"], ["FR", "ES", "IT", "BR"], ["FI", "NO", "DK", "SE"]][d.i - 1]
    out = ["=" * 72, " KUNDENSTAMMBLATT / FICHE CLIENT / SCHEDA CLIENTE".ljust(72), "=" * 72]
    for cc in ccs:
        f, l = NAMES[cc]
        lab = d.pick(LBL[cc])
        out.append("%s %s" % ("Name".ljust(28, "."), "%s %s" % (f, l)))
        out.append("%s %s" % (lab.ljust(28, "."), ph(d, cc)))
        out.append("%s %s" % ((LBL[cc][-1] + " (2)").ljust(40), ph(d, cc, "intl")))
        out.append("%s %s" % ("Kundennr. / N° client".ljust(28, "."), d.lk(str(d.r.randint(100000, 999999)))))
        out.append("%s %s" % ("Datum".ljust(28, "."), d.lk(d.ts("%d.%m.%Y %H:%M"))))
        out.append("-" * 72)
    return "\n".join(out) + "\n"


@carrier("phones/contacts-escaped.json", 1)
def escaped(d):
    entries = []
    for cc in ["JP", "CN", "KR", "RU", "GR", "TH", "SA", "IN", "IL", "UA", "TW", "EG"]:
        f, l = NAMES[cc]
        entries.append({"name": "%s %s" % (l, f), LBL[cc][0]: ph(d, cc), LBL[cc][1]: ph(d, cc, "intl"), "country": cc,
                        "updated": d.lk(d.ts("%Y-%m-%dT%H:%M:%SZ"))})
    return json.dumps({"contacts": entries, "exportId": d.lk_uuid()}, ensure_ascii=True, indent=2)


@carrier("phones/lieferantenliste.csv", 1)
def suppliers(d):
    rows = ["Lieferant;Land;Ansprechpartner;Telefon;Mobil;Fax;USt-IdNr;Rahmenvertrag"]
    for cc in ["DE", "AT", "CH", "PL", "NL", "IT", "FR", "ES"]:
        f, l = NAMES[cc]
        rows.append("%s GmbH;%s;%s %s;%s;%s;%s;%s;%s" % (l, cc, f, l, ph(d, cc, "nat"), ph(d, cc, "intl"), ph(d, cc, "nat"),
                                                       d.lk(cc + d.s(9, DIG)), d.lk("RV-%d/%d" % (d.r.randint(2019, 2025), d.r.randint(1, 999)))))
    return "\n".join(rows) + "\n"


@carrier("phones/business-cards-ocr.txt", 1)
def cards_ocr(d):
    out = []
    for cc in ["JP", "CN", "KR", "TW", "RU", "IN", "SA", "TH", "VN", "ID"]:
        f, l = NAMES[cc]
        out.append("--- card %s ---\n%s %s\n%s: %s\n%s: %s\n%s" % (cc, l, f, LBL[cc][0], ph(d, cc, "nat"), LBL[cc][1], ph(d, cc, "intl"),
                                                                  d.lk("www.%s.example" % d.s(6, "abcdefghijklmnopqrstuvwxyz"))))
    return "\n\n".join(out) + "\n"


@carrier("phones/india-forms.txt", 1)
def india(d):
    out = ["ग्राहक पंजीकरण फ़ॉर्म (OCR)", "नाम: प्रिया शर्मा", "मोबाइल नंबर: %s" % ph(d, "IN", "nat"), "वैकल्पिक फ़ोन: %s" % ph(d, "IN", "intl"),
           "पिन कोड: %s   ऑर्डर संख्या: %s" % (d.lk(d.s(6, DIG)), d.lk(d.s(10, DIG))), "",
           "গ্রাহক ফর্ম", "নাম: রহিম উদ্দিন", "ফোন নম্বর: %s" % ph(d, "IN", "nat"), "",
           "வாடிக்கையாளர் படிவம்", "பெயர்: கார்த்திக் ராஜ்", "தொலைபேசி எண்: %s" % ph(d, "IN", "intl"), "",
           "కస్టమర్ ఫారం", "పేరు: లక్ష్మి రెడ్డి", "ఫోన్ నంబర్: %s" % ph(d, "IN", "nat"),
           "ಮೊಬೈಲ್ ಸಂಖ್ಯೆ: %s" % ph(d, "IN", "nat"), "മൊബൈൽ നമ്പർ: %s" % ph(d, "IN", "e164"),
           "Invoice no. %s dated %s, amount ₹%d.00" % (d.lk("INV/24-25/%05d" % d.r.randint(1, 99999)), d.lk(d.ts("%d/%m/%Y")), d.r.randint(100, 99999))]
    return "\n".join(out) + "\n"


@carrier("phones/arabic-invoice.txt", 1)
def arabic(d):
    return """فاتورة ضريبية
رقم الفاتورة: {inv}
التاريخ: {dt}
اسم العميل: فهد العتيبي
رقم الجوال: {p1}
هاتف المكتب: {p2}
الرقم الضريبي: {vat}
المبلغ الإجمالي: {amt} ر.س

Dubai branch / فرع دبي
هاتف: {p3}
الجوال: {p4}
Cairo office / مكتب القاهرة — رقم الهاتف: {p5}
""".format(inv=d.lk("INV-%d" % d.r.randint(100000, 999999)), dt=d.lk(d.ts("%Y/%m/%d")), p1=ph(d, "SA", "nat"), p2=ph(d, "SA", "intl"),
           vat=d.lk("3" + d.s(13, DIG) + "3"), amt=d.r.randint(100, 99999), p3=ph(d, "AE", "intl"), p4=ph(d, "AE", "nat"), p5=ph(d, "EG", "intl"))


@carrier("phones/asia-shop-orders.txt", 1)
def asia(d):
    return """[TH] คำสั่งซื้อ {o1}  ชื่อ: สมชาย ใจดี  เบอร์โทร: {p1}  ยอดรวม ฿{a1}
[TH] ที่อยู่จัดส่ง กรุงเทพฯ 10110  โทรศัพท์: {p2}
[VN] Đơn hàng {o2}  Người nhận: Nguyễn Minh  SĐT: {p3}  Tổng: {a2}₫
[VN] Điện thoại cửa hàng: {p4}
[ID] Pesanan {o3}  Penerima: Dewi Lestari  Nomor HP: {p5}  Total Rp{a3}
[PH] Order {o4}  Recipient: Maria Santos  Mobile: {p6}  Tracking {trk}
[JP] 注文番号 {o5}  お届け先電話番号: {p7}  合計 ¥{a4}
[CN] 订单号 {o6}  收货人手机号: {p8}  运单号 {trk2}
[KR] 주문번호 {o7}  받는 분 휴대폰: {p9}
""".format(o1=order_no(d), p1=ph(d, "TH", "nat"), a1=d.r.randint(100, 9999), p2=ph(d, "TH", "intl"), o2=order_no(d), p3=ph(d, "VN", "nat"),
           a2=d.r.randint(100000, 9999999), p4=ph(d, "VN", "intl"), o3=order_no(d), p5=ph(d, "ID", "nat"), a3=d.r.randint(10000, 999999),
           o4=order_no(d), p6=ph(d, "PH", "nat"), trk=tracking(d), o5=d.lk(d.s(12, DIG)), p7=ph(d, "JP", "nat"), a4=d.r.randint(1000, 99999),
           o6=d.lk(d.s(18, DIG)), p8=ph(d, "CN", "nat"), trk2=tracking(d), o7=d.lk(d.s(14, DIG)), p9=ph(d, "KR", "nat"))


@carrier("phones/emergency-contacts.yaml", 1)
def emergency(d):
    out = ["# HR: emergency contacts (ICE)", "employees:"]
    for cc in ["SE", "NO", "FI", "DE", "GB", "IE", "PL", "UA"]:
        f, l = NAMES[cc]
        out.append("  - name: %s %s\n    employee_no: %s\n    ice:\n      relation: %s\n      phone: \"%s\"\n      alt_phone: \"%s\"" % (
            f, l, d.lk(str(d.r.randint(10000, 99999))), d.pick(["spouse", "parent", "partner", "sibling"]), ph(d, cc, "intl"), ph(d, cc, "nat")))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- chats ---
CHATS = [
    ("SE", "ring mig på {p} efter fyra, ordernumret är {o}"), ("DE", "ruf mich an unter {p}, ich bin bis 18 Uhr im Büro"),
    ("FR", "appelle-moi au {p} quand tu arrives, code porte {code}"), ("ES", "llámame al {p} o escríbeme por WhatsApp"),
    ("BR", "me liga no {p} amanhã cedo"), ("IT", "chiamami al {p}, il pacco {trk} è fermo in dogana"),
    ("NL", "bel me op {p} als het niet lukt"), ("PL", "zadzwoń do mnie pod numer {p}"),
    ("RU", "позвони мне на {p}, заказ {o}"), ("UA", "зателефонуй мені {p}"), ("JP", "着いたら {p} に電話してね"),
    ("CN", "到了打给我 {p}，订单 {o}"), ("KR", "도착하면 {p}로 전화해"), ("TH", "โทรหาฉันที่ {p} นะ"),
    ("SA", "اتصل بي على {p} بعد الظهر"), ("IN", "मुझे {p} पर कॉल करो"), ("GR", "τηλεφώνησέ μου στο {p}"),
    ("TR", "beni {p} numarasından ara"), ("VN", "gọi cho tôi theo số {p}"), ("ID", "hubungi saya di {p} ya"),
    ("FI", "soita minulle numeroon {p}"), ("NO", "ring meg på {p}"), ("DK", "ring til mig på {p}"), ("IL", "תתקשר אליי ל-{p}"),
    ("US", "call me at {p} whenever, it's my cell"), ("GB", "give me a ring on {p} (mobile)"), ("MX", "márcame al {p}"),
    ("NG", "abeg call me on {p}"), ("KE", "nipigie kwa {p}"), ("AU", "give us a bell on {p}"),
]


@carrier("phones/chat-{i}.txt", 3)
def chats(d):
    out = []
    for j in range(5):
        cc, tpl = CHATS[((d.i - 1) * 5 + j) % len(CHATS)]
        f, l = NAMES[cc]
        out.append("[%s] %s: %s" % (d.ts("%Y-%m-%d %H:%M"), f, tpl.format(p=ph(d, cc), o=order_no(d), trk=tracking(d), code=d.lk(d.s(4, DIG)))))
        out.append("[%s] support: %s" % (d.ts("%Y-%m-%d %H:%M"), d.pick(["👍", "ok!", "noted, ticket %s" % d.lk(str(d.r.randint(100000, 999999))), "thanks", "🙏"])))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- SMS / telephony APIs ---
@carrier("phones/plivo-messages.json", 1)
def plivo(d):
    objs = []
    for k in range(4):
        cc = d.pick(["IN", "US", "GB", "DE", "SE"])
        objs.append({"from_number": d.phone(cc, "e164-noplus"), "to_number": d.phone(d.pick(["IN", "US", "BR"]), "e164-noplus"),
                     "message_direction": d.pick(["inbound", "outbound"]), "message_state": "delivered", "message_time": d.ts("%Y-%m-%d %H:%M:%S+00:00"),
                     "message_uuid": d.lk_uuid(), "total_amount": "0.00%d" % d.r.randint(100, 999), "units": 1})
    return jdump({"api_id": d.lk_uuid(), "meta": {"limit": 20, "offset": 0, "total_count": 4}, "objects": objs})


@carrier("phones/sinch-batch.json", 1)
def sinch(d):
    return jdump({"id": d.lk(d.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")), "from": "NORDHAMN",
                  "to": [d.phone(cc, "e164-noplus") for cc in ["SE", "NO", "DK", "FI", "DE"]], "body": "Ditt paket %s kan hämtas." % tracking(d),
                  "type": "mt_text", "created_at": d.ts("%Y-%m-%dT%H:%M:%S.000Z"), "delivery_report": "summary"})


@carrier("phones/telnyx-webhooks.jsonl", 1)
def telnyx(d):
    out = []
    for k in range(3):
        cc1, cc2 = d.pick(["US", "MX", "GB"]), d.pick(["US", "BR", "AU"])
        out.append(json.dumps({"data": {"event_type": "message.received", "id": d.lk_uuid(), "occurred_at": d.ts("%Y-%m-%dT%H:%M:%S.000+00:00"),
                                        "payload": {"from": {"phone_number": d.phone(cc1, "e164"), "carrier": "T-Mobile USA", "line_type": "Wireless"},
                                                    "to": [{"phone_number": d.phone(cc2, "e164"), "status": "webhook_delivered"}],
                                                    "text": "STOP", "parts": 1}}}))
    return "\n".join(out)


@carrier("phones/africastalking-callbacks.log", 1)
def africas(d):
    out = []
    for k in range(4):
        cc = d.pick(["KE", "NG", "ZA"])
        p = d.phone(cc, "e164", cat="")
        enc = d.lab("phone", "%2B" + p[1:])
        out.append("%s POST /sms/delivery from=AT phoneNumber=%s&status=Success&networkCode=%d&id=ATXid_%s&retryCount=0" % (
            d.ts("%Y-%m-%d %H:%M:%S"), enc, d.r.randint(62000, 64000), d.lk(d.hx(32))))
    return "\n".join(out)


@carrier("phones/twilio-voice-status.log", 1)
def twilio_voice(d):
    out = []
    for k in range(4):
        f = d.phone(d.pick(["US", "GB", "SE", "AU"]), "e164", cat="")
        t = d.phone(d.pick(["US", "GB", "SE"]), "e164", cat="")
        fe, te = d.lab("phone", "%2B" + f[1:]), d.lab("phone", "%2B" + t[1:])
        out.append("%s POST /voice/status AccountSid=AC%s&CallSid=CA%s&CallStatus=%s&CallDuration=%d&Direction=inbound&From=%s&To=%s&ApiVersion=2010-04-01" % (
            d.ts("%Y-%m-%dT%H:%M:%SZ"), d.lk(d.hx(32)), d.lk(d.hx(32)), d.pick(["completed", "no-answer", "busy"]), d.r.randint(0, 900), fe, te))
    return "\n".join(out)


@carrier("phones/amazon-connect-ctr-{i}.json", 1)
def connect(d):
    cc = d.pick(["US", "GB", "DE", "AU", "SE"])
    return jdump({"AWSAccountId": d.lk(d.s(12, DIG)), "Channel": "VOICE", "ContactId": d.lk_uuid(), "InitiationMethod": "INBOUND",
                  "InitiationTimestamp": d.ts("%Y-%m-%dT%H:%M:%SZ"),
                  "CustomerEndpoint": {"Address": d.phone(cc, "e164"), "Type": "TELEPHONE_NUMBER"},
                  "SystemEndpoint": {"Address": d.phone(cc, "e164"), "Type": "TELEPHONE_NUMBER"},
                  "Queue": {"Name": "BasicQueue", "Duration": d.r.randint(5, 400)},
                  "Attributes": {"callbackNumber": d.phone(cc, "e164"), "orderId": order_no(d), "lang": "en"},
                  "Agent": {"Username": "agent.%s" % d.pick(["holm", "falk", "weber"]), "AfterContactWorkDuration": d.r.randint(10, 90)}})


@carrier("phones/genesys-conversation.json", 1)
def genesys(d):
    parts = []
    for purpose in ["customer", "ivr", "acd", "agent"]:
        parts.append({"participantId": d.lk_uuid(), "purpose": purpose,
                      "sessions": [{"mediaType": "voice", "ani": "tel:" + d.phone("DE", "e164"), "dnis": "tel:" + d.phone("DE", "e164"),
                                    "direction": "inbound"}]})
    return jdump({"conversationId": d.lk_uuid(), "conversationStart": d.ts("%Y-%m-%dT%H:%M:%S.000Z"), "participants": parts})


@carrier("phones/contact-centre-{i}.log", 1)
def cc_log(d):
    nxt = d.clock()
    out = []
    for k in range(6):
        t = nxt().strftime("%Y-%m-%d %H:%M:%S")
        cc = d.pick(["SE", "NO", "FI", "DK", "DE", "GB"])
        ev = d.pick(["CALL_OFFERED", "IVR_INPUT", "QUEUED", "CALLBACK_REQUESTED", "ANSWERED", "ABANDONED"])
        if ev == "CALLBACK_REQUESTED":
            out.append("%s %-18s callid=%s ani=%s callback=%s queue=kundtjanst pos=%d" % (t, ev, d.lk(d.s(10, DIG)), d.phone(cc, "e164"), d.phone(cc, "nat"), d.r.randint(1, 30)))
        elif ev == "IVR_INPUT":
            out.append("%s %-18s callid=%s ani=%s digits=%s menu=main" % (t, ev, d.lk(d.s(10, DIG)), d.phone(cc, "e164"), d.lk(d.s(d.r.randint(1, 8), DIG))))
        else:
            out.append("%s %-18s callid=%s ani=%s dnis=%s wait=%ds" % (t, ev, d.lk(d.s(10, DIG)), d.phone(cc, "e164"), d.phone(cc, "e164"), d.r.randint(0, 600)))
    return "\n".join(out)


@carrier("phones/3cx-call-log.csv", 1)
def cx3(d):
    rows = ["Call Time,From,To,Direction,Status,Ringing,Talking,Cost"]
    for k in range(8):
        cc = d.pick(["DE", "AT", "CH", "GB", "FR"])
        frm = d.phone(cc, "nat") if k % 2 else "Ext.%d" % d.r.randint(100, 199)
        to = d.phone(cc, "intl") if k % 2 == 0 else "Ext.%d" % d.r.randint(100, 199)
        rows.append("%s,%s,%s,%s,%s,00:00:%02d,00:%02d:%02d,%s" % (d.ts("%d/%m/%Y %H:%M:%S"), frm, to, "Outbound" if k % 2 == 0 else "Inbound",
                                                               d.pick(["Answered", "Unanswered"]), d.r.randint(1, 40), d.r.randint(0, 59), d.r.randint(0, 59), amount(d)))
    return "\n".join(rows) + "\n"


@carrier("phones/kamailio.log", 1)
def kamailio(d):
    out = []
    for k in range(5):
        cc = d.pick(["SE", "NL", "ES", "IT", "PL"])
        a, b = d.phone(cc, "e164"), d.phone(cc, "e164")
        out.append("Mar  5 10:1%d:%02d sbc01 /usr/sbin/kamailio[2211]: NOTICE: <script>: INVITE from=sip:%s@pbx.internal ruri=sip:%s@trunk.carrier.net;user=phone callid=%s" % (
            k, d.r.randint(0, 59), a, b, d.lk(d.hx(24))))
    return "\n".join(out)


@carrier("phones/telegram-export-contacts.json", 1)
def tg(d):
    lst = []
    for cc in ["RU", "UA", "DE", "TR", "IL", "GR", "PL"]:
        f, l = NAMES[cc]
        lst.append({"first_name": f, "last_name": l, "phone_number": d.phone(cc, "intl"), "date": d.ts("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": d.lk(str(d.r.randint(1600000000, 1740000000)))})
    return jdump({"about": "Here is the data you requested.", "contacts": {"about": "Contacts you've synced.", "list": lst}})


@carrier("phones/delivery-notes-{i}.txt", 1)
def delivery(d):
    ccs = [["PL", "GR", "ES", "IT"], ["MX", "BR", "ZA", "NG"]][d.i - 1]
    lbl = {"PL": "Telefon odbiorcy", "GR": "Τηλ. παραλήπτη", "ES": "Tel. destinatario", "IT": "Tel. destinatario", "MX": "Tel. destinatario",
           "BR": "Telefone do destinatário", "ZA": "Recipient cell", "NG": "Recipient phone"}
    out = []
    for cc in ccs:
        out.append("Sendung %s | Auftrag %s | %s: %s | Betrag %s | Gewicht %d,%d kg | %s" % (
            tracking(d), order_no(d), lbl[cc], ph(d, cc), amount(d), d.r.randint(0, 30), d.r.randint(0, 9), d.lk(d.ts("%Y-%m-%d %H:%M"))))
    return "\n".join(out) + "\n"


@carrier("phones/clean-lookalikes.txt", 1)
def clean_lk(d):
    out = ["Warehouse KPIs 2025-03-05", ""]
    for k in range(6):
        out.append("order %s  sku %s  ean %s  qty %d  total %s  ts %s  imei %s" % (
            order_no(d), d.lk("SKU-%d" % d.r.randint(10000, 99999)), d.lk("73" + d.s(11, DIG)), d.r.randint(1, 50), amount(d),
            d.lk(str(d.r.randint(1700000000, 1740000000))), d.lk("35" + d.s(13, DIG))))
    out.append("Support hours 08:00-17:00 CET, ext. 4411. Version 10.4.2.1 (build 20250305.1142).")
    return "\n".join(out) + "\n"
