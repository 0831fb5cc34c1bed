"""Payment cards, Swedish personnummer and IBANs, with many unlabelled
look-alikes: order/invoice/SKU numbers (some passing Luhn), RRNs, ARNs,
organisationsnummer, dates followed by four digits, BBANs, creditor ids."""
from gen_values import phone, fmt_date, jesc, luhn_ok

NETS = ["visa", "mc", "amex", "discover", "jcb", "diners", "unionpay", "rupay", "maestro", "visa", "mc"]


def C(v, d, net=None, sep=None):
    s = v.card(net or v.pick(NETS))
    if sep is not None:
        s = v.fmt_card(s, sep)
    return d.L("credit-card", s)


def mask(pan):
    return pan[:6] + "*" * (len(pan) - 10) + pan[-4:]


# ------------------------------------------------------------------ cards
def iso8583(v, d, k):
    out = []
    for i in range(7):
        pan = v.card(["visa", "mc", "rupay", "unionpay", "visa", "maestro", "mc", "discover"][i])
        d.L("credit-card", pan)
        d.L("credit-card", pan)
        exp = "%02d%02d" % (v.r.randint(26, 31), v.r.randint(1, 12))
        out.append("---- %s message %s (%s) ----" % (["0200", "0210", "0100", "0110"][i % 4], v.safe_digits(6), fmt_date(v.event_date(2025, 2025), "iso")))
        out.append("  MTI ........................ %s" % ["0200", "0210", "0100", "0110"][i % 4])
        out.append("  [002] PAN .................. %02d %s" % (len(pan), pan))
        out.append("  [003] Processing code ...... 000000")
        out.append("  [004] Amount, txn ......... %012d" % v.r.randint(100, 999999))
        out.append("  [007] Transmission d/t ..... %s" % v.safe_digits(10, "01"))
        out.append("  [011] STAN ................. %s" % v.digits(6, "0123456789"))
        out.append("  [014] Expiration date ...... %s" % exp)
        out.append("  [035] Track 2 data ......... %s=%s101%s" % (pan, exp, v.digits(12, "0123456789")[:10]))
        out.append("  [037] Retrieval ref no ..... %s" % v.safe_digits(12, "5"))
        out.append("  [041] Terminal id .......... %s" % ("T" + v.digits(7, "0123456789")))
        out.append("  [042] Card acceptor id ..... %s" % ("M" + v.digits(14, "0123456789")))
        out.append("  [049] Currency ............. %s" % v.pick(["356", "978", "840"]))
    return "\n".join(out) + "\n"


def gateway_log(v, d, k):
    out = []
    for i in range(14):
        ts = "%sT%02d:%02d:%02d.%03dZ" % (fmt_date(v.event_date(2025, 2025), "iso"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999))
        oid = v.luhn_id(16, v.pick(["4", "5"])) if i in (2, 9) else v.safe_digits(12, "1")
        if i % 3 == 1:
            pan = v.card()
            out.append('%s DEBUG [checkout-%d] PaymentRequest{orderId=%s, amount=%d, currency=EUR, card=CardData{number=%s, holder=%s, expMonth=%d, expYear=%d, cvc=***}}' % (
                ts, k, oid, v.r.randint(100, 99999), d.L("credit-card", pan), " ".join(v.name_w()), v.r.randint(1, 12), v.r.randint(2026, 2031)))
        elif i % 3 == 0:
            pan = v.card()
            out.append('%s INFO  [checkout-%d] {"event":"authorize","order_id":"%s","pan":"%s","bin":"%s","last4":"%s","result":"APPROVED","auth_code":"%s"}' % (
                ts, k, oid, d.L("credit-card", v.fmt_card(pan, " ")), pan[:6], pan[-4:], v.rand(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
        else:
            pan = v.card()
            out.append('%s INFO  [checkout-%d] tokenized card %s as tok_%s for order %s (raw field was %s)' % (
                ts, k, mask(pan), v.rand(24, "abcdefghijklmnopqrstuvwxyz0123456789"), oid, d.L("credit-card", v.fmt_card(pan, "-"))))
    out.append("%s INFO  [checkout-%d] test card 4242 4242 4242 4242 accepted in sandbox; 4111-1111-1111-1111 declined (expected)" % (ts, k))
    return "\n".join(out) + "\n"


def card_ticket(v, d, k):
    fn, ln = v.name_w()
    em = d.L("email", v.email(fn, ln))
    c1 = C(v, d, ["visa", "amex", "mc"][k], " ")
    c2 = C(v, d, ["mc", "visa", "discover"][k], ["", "-", " "][k])
    inv = v.luhn_id(16, "4")
    return f"""Ticket #{v.safe_digits(6)}  |  Status: Open  |  Priority: Normal  |  Channel: Web form
Requester: {fn} {ln} <{em}>
Created: {fmt_date(v.event_date(2025, 2025), 'iso')} 18:{v.digits(2, '012345')}

Subject: Charged twice for invoice {inv}

Hi, I was charged twice for invoice no. {inv} (order {v.safe_digits(9)}).
The card I used was {c1}, exp 0{v.r.randint(1, 9)}/{v.r.randint(27, 30)}. Please refund to my other card
instead: {c2}. My bank says the reference is {v.digits(23, '27')}.

Thanks

---- agent note (internal) ----
Customer pasted full PANs in the ticket body; redact after refund. Card on file shows ************{c1[-4:]}.
"""


def chargebacks(v, d, k):
    rows = ["case_id,order_id,invoice_no,card_number,card_brand,amount,currency,reason_code,arn,opened_at"]
    for i in range(10):
        net = ["visa", "mc", "amex", "discover", "jcb", "visa", "mc", "diners", "unionpay", "visa"][i]
        pan = C(v, d, net)
        oid = v.luhn_id(16, v.pick(["4", "5", "3"])) if i % 3 == 0 else v.safe_digits(10)
        rows.append("CB-%s,%s,INV-%s,%s,%s,%d.%02d,%s,%s,%s,%s" % (v.digits(6), oid, v.safe_digits(8), pan, net.upper(), v.r.randint(10, 900), v.r.randint(0, 99),
                                                           v.pick(["USD", "EUR", "GBP"]), v.pick(["10.4", "4837", "13.1", "4853"]), v.digits(23, "27"), fmt_date(v.event_date(2025, 2025), "iso")))
    rows.append("CB-000000,0000000000,INV-00000000,4111111111111111,VISA,0.00,USD,TEST,00000000000000000000000,1970-01-01")
    return "\n".join(rows) + "\n"


def orders_sql(v, d, k):
    vals = []
    for i in range(6):
        fn, ln = v.name_w()
        pan = C(v, d, None, None if i % 2 else " ")
        vals.append("(%d, '%s', '%s', '%s', '%02d/%02d', '%s', %d.%02d, '%s')" % (
            v.r.randint(10000, 99999), v.luhn_id(16, v.pick(["4", "5"])) if i % 2 == 0 else v.safe_digits(14), (fn + " " + ln).replace("'", "''"), pan, v.r.randint(1, 12), v.r.randint(26, 31),
            v.luhn_id(13, "6") if i == 3 else "SKU-" + v.digits(8), v.r.randint(5, 900), v.r.randint(0, 99), fmt_date(v.event_date(2024, 2025), "iso")))
    return """-- legacy_shop.orders (pg_dump --inserts, table data only)
-- NOTE: cc_number stored unencrypted before PCI remediation ticket SEC-%s
INSERT INTO public.orders (id, order_ref, billing_name, cc_number, cc_exp, product_code, total, created_on) VALUES
%s;
""" % (v.digits(4), ",\n".join(vals))


def cof_json(v, d, k):
    items = []
    for i in range(9):
        net = ["visa", "mc", "amex", "jcb", "unionpay", "rupay", "discover", "maestro", "mc"][i]
        pan = C(v, d, net)
        items.append('    {"customerRef": "%s", "pan": "%s", "expiry": "%02d%02d", "network": "%s", "panLast4": "%s", "migratedAt": "%sT00:00:00Z", "legacyId": %s}' % (
            v.uuid(), pan, v.r.randint(26, 31), v.r.randint(1, 12), net.upper(), pan[-4:], fmt_date(v.event_date(2025, 2025), "iso"),
            v.luhn_id(16, "4") if i == 2 else v.safe_digits(15)))
    return '{\n  "migration": "vault-v1-to-v2",\n  "batch": %d,\n  "records": [\n%s\n  ]\n}\n' % (v.r.randint(1, 99), ",\n".join(items))


def receipt(v, d, k):
    pan = C(v, d, "visa", " ")
    return f"""        CAFE LUMEN - BERLIN MITTE
      Torstr. {v.r.randint(1, 200)}, 10119 Berlin
   St.-Nr. {v.digits(2)}/{v.digits(3)}/{v.digits(5, '0123456789')}

Beleg-Nr. {v.safe_digits(6)}      {fmt_date(v.event_date(2025, 2025), 'dmy.')} 12:{v.digits(2, '012345')}
2x Flat White                     9,20
1x Franzbrötchen                  3,10
---------------------------------------
SUMME EUR                        12,30

Kartenzahlung  VISA   contactless
Karte: ############{pan[-4:]}
Terminal-ID {v.digits(8)}   TA-Nr. {v.digits(6, '0123456789')}
AID A0000000031010
Genehmigungs-Nr. {v.digits(6, '0123456789')}
[Händlerbeleg - debug print enabled]
PAN: {pan}
"""


def call_transcript(v, d, k):
    fn, ln = v.name_w()
    c1 = C(v, d, "amex", " ")
    c2 = C(v, d, "visa", "")
    return f"""[call-transcript] id={v.uuid()} queue=billing agent=a.{v.pick(['rossi', 'otieno', 'kaur'])} asr=whisper-large-v3
00:00:03 AGENT: Thank you for calling, how can I help?
00:00:07 CALLER: Hi, I want to update the card on my subscription, account {v.safe_digits(8)}.
00:00:15 AGENT: Sure. For security, please don't read the full number... okay, go ahead.
00:00:19 CALLER: It's {c1}, expiry twelve twenty-eight.
00:00:31 AGENT: And the old one ending {v.digits(4, '0123456789')} should be removed?
00:00:35 CALLER: Yes. Actually use my husband's card instead, {c2}.
00:00:52 AGENT: Done, confirmation number {v.safe_digits(10)}.
[redaction] pci-redactor skipped: confidence 0.41 below threshold
"""


def hotel_fax(v, d, k):
    fn, ln = v.name_w()
    c1 = C(v, d, "mc", " ")
    c2 = C(v, d, "diners", " ")
    c3 = C(v, d, "jcb", "-")
    return f"""FAX TRANSMISSION - GROUP BOOKING GUARANTEE           {fmt_date(v.event_date(2025, 2025), 'dmy/')}
To: Reservations, Hotel Dunmore, Dublin          From: Fjord Tech travel desk
Confirmation no. {v.safe_digits(9)}   Group block {v.safe_digits(6)}

Guarantee for rooms 1-4:  MasterCard {c1}   exp 09/28
Guarantee for rooms 5-6:  Diners Club {c2}  exp 11/27
Incidentals (J. Tanaka): JCB {c3}  exp 03/29
Corporate account / AR no.: {v.luhn_id(16, '5')}  (not a card; invoice us)
Signature: ______________________
"""


def lookalike_db(v, d, k):
    rows = ["id,sku,ean13,invoice_no,customer_no,serial,last_payment_card,created_at"]
    for i in range(8):
        rows.append("%s,%s,%s,%s,%s,%s,%s,%s" % (v.luhn_id(16, v.pick(["4", "5", "6"])) if i % 2 == 0 else v.safe_digits(16), "SKU" + v.digits(9, "0123456789"),
                                             v.safe_digits(13, "4"), v.luhn_id(16, "4") if i % 3 == 0 else v.safe_digits(12), v.safe_digits(10), v.rand(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + v.digits(12, "0123456789")[:8],
                                             "**** **** **** " + v.digits(4, "0123456789"), "%s %02d:%02d:%02d" % (fmt_date(v.event_date(2024, 2025), "iso"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59))))
    pan = C(v, d, "visa")
    rows.append("%s,SKU-GIFTCARD,,,%s,,%s,%s 00:00:00" % (v.safe_digits(16), v.safe_digits(10), pan, fmt_date(v.event_date(2025, 2025), "iso")))
    return "\n".join(rows) + "\n"


def pci_scan(v, d, k):
    out = ["PCI DSS cardholder-data discovery report", "Scanner: cc-discover 3.4   Target: fs://fileserver01/shares/finance   Run: %s" % fmt_date(v.event_date(2025, 2025), "iso"), ""]
    for i in range(7):
        pan = C(v, d, ["visa", "mc", "amex", "visa", "discover", "jcb", "mc"][i], [" ", "", "-", "", " ", "", " "][i])
        out.append("MATCH %d  file=\\\\fileserver01\\finance\\%s  line=%d  brand=%s  value=%s" % (i + 1, v.pick(["refunds_2023.xlsx", "callnotes.txt", "export_old.csv"]), v.r.randint(2, 900), ["VISA", "MC", "AMEX", "VISA", "DISC", "JCB", "MC"][i], pan))
    out.append("FALSE POSITIVE  file=\\\\fileserver01\\finance\\ids.csv  value=%s  reason=in column 'invoice_id'" % v.luhn_id(16, "4"))
    out.append("FALSE POSITIVE  file=\\\\fileserver01\\finance\\ids.csv  value=%s  reason=timestamp" % ("17" + v.digits(11, "0123456789")))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ Sweden
def PN(v, d, style, y0=1935, y1=2008):
    dt, six, four = v.personnummer(y0, y1)
    return d.L("se-personnummer", v.fmt_pnr(dt, six, four, style))


def lonelista(v, d, k):
    rows = ["Anställningsnr;Namn;Personnummer;Clearingnr;Kontonr;Bruttolön;Skatt;Utbetalningsdag;IBAN"]
    for i in range(9):
        fn, ln = v.name_w()
        pn = PN(v, d, ["long", "short", "long12", "long", "ten", "short"][(i + k) % 6], 1955, 2003)
        rows.append("%s;%s %s;%s;%s;%s;%d,00;%d,00;%s;%s" % (v.digits(4), fn, ln, pn, v.digits(4, "5689"), v.safe_digits(10), v.r.randint(28000, 72000), v.r.randint(7000, 20000),
                                                         fmt_date(v.event_date(2025, 2025), "iso"), d.L("iban", v.iban("SE")) if i % 2 == 0 else ""))
    rows.append("Arbetsgivare: Aurora Freight AB, org.nr %s, bankgiro %s-%s" % (v.orgnr(), v.digits(4), v.digits(4, "0123456789")))
    return "\n".join(rows) + "\n"


def skatteverket(v, d, k):
    fn, ln = v.name_w()
    a = PN(v, d, "long")
    b = PN(v, d, "short")
    ref = v.pnr_lookalike()
    return f"""SKATTEVERKET                                            Datum {fmt_date(v.event_date(2025, 2025), 'iso')}
Beslut om slutlig skatt för inkomstår 2024                Dnr {ref[:8]}-{ref[8:]}

{fn} {ln}
Personnummer: {a}
{v.pick(['Storgatan', 'Kungsgatan', 'Drottninggatan'])} {v.r.randint(1, 80)}, 411 {v.digits(2, '0123456789')} Göteborg

Arbetsgivare: Aurora Freight AB (organisationsnummer {v.orgnr()})
Medsökande make/maka: {b}
Överskott: 2 {v.digits(3, '0123456789')} kr betalas ut till ditt konto senast {fmt_date(v.event_date(2025, 2025), 'iso')}.
OCR-nummer för inbetalning: {v.safe_digits(14)}
"""


def journal(v, d, k):
    pn1 = PN(v, d, ["long", "short"][k], 1938, 1962)
    pn2 = PN(v, d, ["ten", "long"][k], 1975, 2000)
    pn3 = PN(v, d, "long12", 1940, 1965)
    pn4 = PN(v, d, "plus", 1915, 1924) if k == 0 else PN(v, d, "short")
    return f"""JOURNALANTECKNING - Vårdcentralen {v.pick(['Majorna', 'Söder', 'Fröslunda'])}
Patient: {pn1}   Besöksdatum: {fmt_date(v.event_date(2025, 2025), 'iso')}   Remiss-ID: {v.pnr_lookalike()}
Anteckningstyp: Mottagningsbesök läkare

Aktuellt: Kontroll av blodtryck. Anhörig (dotter, pnr {pn2}) med vid besöket.
Tidigare: se anteckning {fmt_date(v.event_date(2024, 2024), 'iso')} (journal-id {v.pnr_lookalike()}).
Läkemedel: Enalapril 10 mg 1x1.
Labb: Krea 84, K 4,1 (provnr {v.safe_digits(10)}).
Bedömning: Välreglerat. Åter om 6 mån.
Make (samma hushåll) {pn3} erbjuds influensavaccin.
Äldre anhörig i listning: {pn4}
Signerad: {fmt_date(v.event_date(2025, 2025), 'iso')} 14:{v.digits(2, '012345')} av ST-läkare
"""


def bolag(v, d, k):
    out = ["Bolagsuppgifter (utdrag, Bolagsverket näringslivsregister)", ""]
    for i in range(3):
        out.append("Organisationsnummer: %s  Firma: %s AB  Registrerat: %s" % (v.orgnr(), v.pick(["Nordvind", "Kustfrakt", "Granit", "Solstråle", "Älvdal"]), fmt_date(v.event_date(1995, 2020), "iso")))
    out += ["", "Styrelse:"]
    for i in range(7):
        fn, ln = v.name_w()
        out.append("  %-22s %-11s %s" % (ln + ", " + fn, ["Ordförande", "Ledamot", "Ledamot", "Ledamot", "Suppleant", "Suppleant", "VD"][i], PN(v, d, ["long", "short", "long", "short", "long", "long", "short"][i], 1950, 1990)))
    out.append("Revisor: KPMG AB, org.nr %s" % v.orgnr())
    out.append("Ärende %s registrerat %s" % (v.pnr_lookalike(), fmt_date(v.event_date(2025, 2025), "iso")))
    return "\n".join(out) + "\n"


def bankid_json(v, d, k):
    evs = []
    for i in range(7):
        fn, ln = v.name_w()
        pn = PN(v, d, "long12", 1950, 2005)
        evs.append("""  {
    "orderRef": "%s",
    "status": "complete",
    "completionData": {
      "user": {"personalNumber": "%s", "name": "%s", "givenName": "%s", "surname": "%s"},
      "device": {"ipAddress": "192.168.%d.%d", "uhi": "%s"},
      "bankIdIssueDate": "%s",
      "signature": "[base64 xml omitted]",
      "ocspResponse": "[omitted]"
    }
  }""" % (v.uuid(), pn, jesc(fn + " " + ln), jesc(fn), jesc(ln), v.r.randint(0, 255), v.r.randint(1, 254), v.rand(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), fmt_date(v.event_date(2020, 2024), "iso")))
    return "[\n%s\n]\n" % ",\n".join(evs)


def se_sql(v, d, k):
    vals = []
    for i in range(8):
        fn, ln = v.name_w()
        vals.append("(%d,'%s','%s','%s','%s','%s')" % (i + 1, (fn + " " + ln).replace("'", "''"), PN(v, d, ["long", "short", "long12", "ten", "long", "short", "long", "long12"][i]), d.L("phone", phone(v, "SE")),
                                                   d.L("email", v.email(fn, ln)), fmt_date(v.event_date(2023, 2025), "iso") + " 08:00:00"))
    return "INSERT INTO kund (id, namn, personnr, telefon, epost, skapad) VALUES\n%s;\n-- kontrollsiffra verifierad med Luhn; orgnr %s exkluderade\n" % (",\n".join(vals), v.orgnr())


def klasslista(v, d, k):
    out = ["Klasslista 4B  -  Läsår 2025/26  -  %s skola" % v.pick(["Hagaskolan", "Björkskolan"]), "Nr  Elev                    Personnummer    Vårdnadshavare tel", ""]
    for i in range(9):
        fn, ln = v.name_w()
        out.append("%-3d %-23s %-15s %s" % (i + 1, fn + " " + ln, PN(v, d, ["long", "short"][i % 2], 2014, 2016), d.L("phone", phone(v, "SE")) if i % 3 == 0 else "-"))
    out.append("")
    out.append("Schema-ID %s, utskrivet %s" % (v.pnr_lookalike(), fmt_date(v.event_date(2025, 2025), "iso")))
    return "\n".join(out) + "\n"


def pnr_urls(v, d, k):
    out = []
    for i in range(7):
        pn = PN(v, d, ["long", "long12", "short", "ten", "long", "short", "long12"][i])
        enc = pn
        out.append('172.20.%d.%d - - [%02d/May/2025:%02d:%02d:%02d +0200] "GET /api/folkbokforing/v2/person?pnr=%s&fields=namn,adress HTTP/1.1" 200 %d "-" "Java/17.0.9"' % (
            v.r.randint(0, 255), v.r.randint(1, 254), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), enc, v.r.randint(300, 900)))
    out.append('172.20.0.9 - - [01/May/2025:00:00:00 +0200] "GET /api/folkbokforing/v2/person?pnr=YYYYMMDD-XXXX HTTP/1.1" 400 77 "-" "curl/8.5.0"')
    out.append('172.20.0.9 - - [01/May/2025:00:00:02 +0200] "GET /api/foretag/v1/%s HTTP/1.1" 200 512 "-" "curl/8.5.0"' % v.orgnr())
    return "\n".join(out) + "\n"


def se_mail(v, d, k):
    fn, ln = v.name_w()
    frm = d.L("email", v.email(fn, ln, "aurorafreight.se"))
    a = PN(v, d, "long")
    b = PN(v, d, "short", 2018, 2021)
    c = PN(v, d, "plus", 1916, 1924)
    return f"""From: {fn} {ln} <{frm}>
To: lon@aurorafreight.se.invalid
Subject: Ändrade uppgifter inför lönekörning
Date: Mon, 3 Mar 2025 08:12:40 +0100

Hej,

kan ni uppdatera min skattetabell? Mitt personnummer är {a}.
Lägg också till min dotter ({b}) för friskvårdsbidrag om det går.
Min farmor {c} ska inte längre stå som förmånstagare.

Fakturanr {v.pnr_lookalike()} gäller förra månaden.
/{fn}
"""


def id_kort(v, d, k):
    pn = PN(v, d, "long")
    fn, ln = v.name_w()
    return f"""[ocr] idkort_{v.hexs(6)}.png
SVERIGE  SWEDEN
IDENTITETSKORT / IDENTITY CARD
Efternamn / Surname        {ln.upper()}
Förnamn / Given names      {fn.upper()}
Personnummer / Personal identity no.
{pn}
Giltig t.o.m. / Date of expiry   {fmt_date(v.event_date(2027, 2030), 'dd MON y')}
Kortnummer / Card no.   {v.digits(8, '0123456789')}
Utfärdat / Date of issue {fmt_date(v.event_date(2020, 2025), 'iso')}
"""


# ------------------------------------------------------------------ IBAN
def I(v, d, cc, grouped=False):
    return d.L("iban", v.fmt_iban(v.iban(cc), grouped))


def pain001(v, d, k):
    dbtr = I(v, d, "DE")
    txs = []
    for i in range(5):
        cc = ["DE", "FR", "NL", "AT", "BE"][i]
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>E2E-{v.safe_digits(10)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{v.r.randint(50, 9000)}.{v.digits(2, '0123456789')}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{v.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'GIBAATWWXXX', 'GEBABEBB'])}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{' '.join(v.name_w())}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{I(v, d, cc)}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Rechnung {v.safe_digits(8)}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>MSG-{v.safe_digits(12)}</MsgId>
      <CreDtTm>{fmt_date(v.event_date(2025, 2025), 'iso')}T09:30:00</CreDtTm>
      <NbOfTxs>5</NbOfTxs>
      <InitgPty><Nm>Ostsee Handels GmbH</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-{v.digits(8)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt><Dt>{fmt_date(v.event_date(2025, 2025), 'iso')}</Dt></ReqdExctnDt>
      <Dbtr><Nm>Ostsee Handels GmbH</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{dbtr}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>OSTSDE21XXX</BICFI></FinInstnId></DbtrAgt>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>DE{v.digits(2, '0123456789')}ZZZ{v.digits(11, '0123456789')}</Id></Othr></PrvtId></Id></CdtrSchmeId>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""


def camt053(v, d, k):
    acct = I(v, d, "NL")
    ents = []
    for i in range(4):
        ents.append(f"""      <Ntry>
        <Amt Ccy="EUR">{v.r.randint(10, 5000)}.{v.digits(2, '0123456789')}</Amt>
        <CdtDbtInd>{v.pick(['CRDT', 'DBIT'])}</CdtDbtInd>
        <BookgDt><Dt>{fmt_date(v.event_date(2025, 2025), 'iso')}</Dt></BookgDt>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>{v.safe_digits(16)}</AcctSvcrRef></Refs>
          <RltdPties><Dbtr><Nm>{' '.join(v.name_w())}</Nm></Dbtr><DbtrAcct><Id><IBAN>{I(v, d, ['DE', 'BE', 'LU', 'IE'][i])}</IBAN></Id></DbtrAcct></RltdPties>
        </TxDtls></NtryDtls>
      </Ntry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT{v.digits(10)}</MsgId><CreDtTm>{fmt_date(v.event_date(2025, 2025), 'iso')}T23:59:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>{v.safe_digits(10)}</Id>
      <Acct><Id><IBAN>{acct}</IBAN></Id><Ccy>EUR</Ccy></Acct>
{chr(10).join(ents)}
    </Stmt>
  </BkToCstmrStmt>
</Document>
"""


def mt940(v, d, k):
    acct = I(v, d, "CH")
    lines = [":20:STMT%s" % v.digits(8), ":25:%s" % acct, ":28C:%d/1" % v.r.randint(1, 300), ":60F:C%sCHF%d,%02d" % (fmt_date(v.event_date(2025, 2025), "compact")[2:], v.r.randint(1000, 90000), v.r.randint(0, 99))]
    for i in range(3):
        dt = fmt_date(v.event_date(2025, 2025), "compact")[2:]
        lines.append(":61:%s%sC%d,%02dNTRFNONREF//%s" % (dt, dt[2:], v.r.randint(10, 9000), v.r.randint(0, 99), v.safe_digits(10)))
        lines.append(":86:166?00GUTSCHRIFT?20%s?30%s?31%s?32%s" % (v.pick(["RE ", "INV "]) + v.digits(6), v.pick(["UBSWCHZH80A", "ZKBKCHZZ80A", "POFICHBEXXX"]), I(v, d, ["CH", "DE", "AT"][i]), " ".join(v.name_w())))
    lines.append(":62F:C%sCHF%d,%02d" % (fmt_date(v.event_date(2025, 2025), "compact")[2:], v.r.randint(1000, 90000), v.r.randint(0, 99)))
    lines.append("-")
    return "{1:F01%sAXXX%s}{2:O940%s}{4:\n%s}\n" % ("UBSWCHZH80", v.digits(10, "0123456789"), v.digits(10, "0123456789"), "\n".join(lines))


def invoice_de(v, d, k):
    iban = I(v, d, ["DE", "AT"][k], True)
    iban2 = I(v, d, ["CH", "DE"][k], True)
    bad = v.fmt_iban(v.iban_bad("DE"), True)
    return f"""RECHNUNG Nr. {v.safe_digits(8)}                                 Datum: {fmt_date(v.event_date(2025, 2025), 'dmy.')}
Kundennummer: {v.safe_digits(6)}     Leistungszeitraum: {fmt_date(v.event_date(2025, 2025), 'dmy.')} - {fmt_date(v.event_date(2025, 2025), 'dmy.')}

Pos  Bezeichnung                         Menge   Einzelpreis   Gesamt
1    Wartungsvertrag Heizung Q1            1        420,00     420,00
2    Anfahrtspauschale                     1         45,00      45,00
                                                      Netto    465,00
                                                  USt. 19 %     88,35
                                                      Summe    553,35

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:
Kontoinhaber: Helios Haustechnik GmbH
IBAN: {iban}      BIC: {v.pick(['COBADEFFXXX', 'DEUTDEDBHAM', 'GENODEF1S10'])}
Für Zahlungen aus der Schweiz: IBAN {iban2}
(Achtung: die alte Bankverbindung {bad} ist erloschen; Beispiel aus Anleitung: DE89 3704 0044 0532 0130 00)
Gläubiger-ID: DE{v.digits(2, '0123456789')}ZZZ0000{v.digits(7, '0123456789')}   USt-IdNr.: DE{v.digits(9, '0123456789')}
"""


def payout_json(v, d, k):
    rows = []
    for i in range(3):
        cc = ["FR", "ES", "IT"][i]
        rows.append('    {"payee": "%s", "bank_account": {"iban": "%s", "bic": "%s", "country": "%s"}, "amount_cents": %d, "status": "%s", "scheduled_for": "%s"}' % (
            jesc(" ".join(v.name_w())), I(v, d, cc), v.pick(["BNPAFRPP", "CAIXESBB", "UNCRITMM"]), cc, v.r.randint(1000, 900000), v.pick(["paid", "pending"]), fmt_date(v.event_date(2025, 2025), "iso")))
    rows.append('    {"payee": "Doc Example", "bank_account": {"iban": "GB82 WEST 1234 5698 7654 32", "bic": "WESTGB2L", "country": "GB"}, "amount_cents": 0, "status": "test", "scheduled_for": null}')
    return '{\n  "object": "list",\n  "data": [\n%s\n  ]\n}\n' % ",\n".join(rows)


def bank_change_mail(v, d, k):
    fn, ln = v.name_w()
    frm = d.L("email", v.email(fn, ln, "lumenpay.com"))
    old = I(v, d, "GB", True)
    new = I(v, d, "PT", True)
    bad = v.iban_bad("PT")
    return f"""From: {fn} {ln} <{frm}>
To: accounts-payable@lumenpay.com.invalid
Subject: URGENT: updated remittance details
Date: Fri, 7 Mar 2025 17:45:02 +0000

Hello,

Please note our bank details have changed with immediate effect. Kindly stop
using {old} and remit all open invoices (incl. {v.safe_digits(7)}) to:

  Beneficiary: Lumen Pay Unipessoal Lda
  IBAN: {new}
  SWIFT: BCOMPTPL

(Earlier today I sent {bad} by mistake - that one has a typo.)

Regards,
{fn}
"""


def bacs_payroll(v, d, k):
    rows = ["Payee,Sort Code,Account,IBAN,Amount,Reference"]
    for i in range(4):
        fn, ln = v.name_w()
        cc = ["GB", "IE", "GB", "IE"][i]
        ib = v.iban(cc)
        d.L("iban", ib)
        rows.append('"%s %s",%s-%s-%s,%s,%s,%d.%02d,SAL%s' % (fn, ln, ib[8:10], ib[10:12], ib[12:14], ib[14:], ib, v.r.randint(1500, 5000), v.r.randint(0, 99), fmt_date(v.event_date(2025, 2025), "compact")[2:6]))
    return "\n".join(rows) + "\n"


DOCS = []
for _k in range(1):
    DOCS.append(("payments/iso8583_trace_%02d.txt" % (_k + 1), iso8583, _k))
for _k in range(1):
    DOCS.append(("payments/checkout_service_%02d.log" % (_k + 1), gateway_log, _k))
for _k in range(2):
    DOCS.append(("tickets/billing_%02d.txt" % (_k + 1), card_ticket, _k))
DOCS.append(("payments/chargebacks.csv", chargebacks, 0))
DOCS.append(("sql/legacy_orders.sql", orders_sql, 0))
DOCS.append(("payments/card_vault_migration.json", cof_json, 0))
DOCS.append(("ocr/receipt_cafe.txt", receipt, 0))
DOCS.append(("callcenter/billing_call.txt", call_transcript, 0))
DOCS.append(("fax/group_booking_guarantee.txt", hotel_fax, 0))
DOCS.append(("csv/product_ids_export.csv", lookalike_db, 0))
DOCS.append(("reports/pci_discovery.txt", pci_scan, 0))
for _k in range(2):
    DOCS.append(("se/lonelista_%02d.csv" % (_k + 1), lonelista, _k))
DOCS.append(("se/skatteverket_beslut.txt", skatteverket, 0))
for _k in range(1):
    DOCS.append(("se/journal_%02d.txt" % (_k + 1), journal, _k))
DOCS.append(("se/bolagsutdrag.txt", bolag, 0))
for _k in range(1):
    DOCS.append(("se/bankid_collect_%02d.json" % (_k + 1), bankid_json, _k))
DOCS.append(("se/kund_insert.sql", se_sql, 0))
DOCS.append(("se/klasslista.txt", klasslista, 0))
DOCS.append(("se/folkbokforing_access.log", pnr_urls, 0))
DOCS.append(("se/lon_mail.eml", se_mail, 0))
DOCS.append(("se/idkort_ocr.txt", id_kort, 0))
DOCS.append(("banking/pain001_batch.xml", pain001, 0))
DOCS.append(("banking/camt053_statement.xml", camt053, 0))
DOCS.append(("banking/mt940_statement.sta", mt940, 0))
for _k in range(1):
    DOCS.append(("banking/rechnung_%02d.txt" % (_k + 1), invoice_de, _k))
DOCS.append(("banking/payouts.json", payout_json, 0))
DOCS.append(("email/remittance_change.eml", bank_change_mail, 0))
DOCS.append(("banking/bacs_payroll.csv", bacs_payroll, 0))
