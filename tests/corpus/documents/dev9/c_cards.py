"""Payment card numbers in gateway logs, SOAP/XML, receipts, chargeback files,
support chats, legacy database dumps and forms; with published test cards, masked
PANs, Luhn-valid ids without card context (snowflake ids, account numbers), ARNs,
RRNs, STANs, IMEIs beside them."""
import json

from gen_common import carrier, jdump, DIG, HEX, pct, COMPANY_DOMAINS, FIRST_ALL, LAST_ALL


def exp(d):
    return "%02d/%02d" % (d.r.randint(1, 12), d.r.randint(25, 31))


def arn(d):
    return d.lk_digits(23, first="7")


def rrn(d):
    return d.lk(d.s(12, DIG))


def snowflake(d, first=None):
    return d.lk_luhn_id(16, first=first or d.pick(["4", "5", "1"]))


def holder(d):
    return "%s %s" % (d.pick(FIRST_ALL), d.pick(LAST_ALL))


@carrier("cards/gateway-debug-{i}.log", 2)
def gw(d):
    nxt = d.clock()
    out = []
    for k in range(10):
        t = nxt().strftime("%Y-%m-%d %H:%M:%S,%f")[:23]
        kind = (k + d.i) % 4
        if kind == 0:
            c = d.card(fmt="plain")
            out.append("%s DEBUG [pay-%d] AimClient - POST https://secure.example-gw.net/gateway/transact.dll body=x_login=%s&x_type=AUTH_CAPTURE&x_amount=%d.%02d&x_card_num=%s&x_exp_date=%s&x_card_code=%s&x_invoice_num=%s" % (
                t, k, d.lk(d.s(10)), d.r.randint(1, 999), d.r.randint(0, 99), c, exp(d).replace("/", ""), d.lk(d.s(3, DIG)), d.lk(str(d.r.randint(100000, 999999)))))
        elif kind == 1:
            c = d.card(fmt="plain")
            el = {"4": "VISA-SSL", "5": "ECMC-SSL", "2": "ECMC-SSL", "3": "AMEX-SSL" if c[:2] in ("34", "37") else "DINERS-SSL", "6": "DISCOVER-SSL"}[c[0]]
            if c[:2] == "35":
                el = "JCB-SSL"
            out.append('%s DEBUG [pay-%d] WorldpayXml - request: <paymentDetails><%s><cardNumber>%s</cardNumber><expiryDate><date month="%02d" year="20%02d"/></expiryDate><cardHolderName>%s</cardHolderName></%s></paymentDetails>' % (
                t, k, el, c, d.r.randint(1, 12), d.r.randint(25, 31), holder(d), el))
        elif kind == 2:
            c = d.card(fmt="plain")
            out.append("%s DEBUG [pay-%d] NmiClient - query: type=sale&ccnumber=%s&ccexp=%s&amount=%d.00&orderid=%s" % (
                t, k, c, exp(d).replace("/", ""), d.r.randint(5, 900), d.lk(str(d.r.randint(10**6, 10**7)))))
        else:
            out.append("%s INFO  [pay-%d] GatewayResponse - approved auth_code=%s rrn=%s stan=%s card=%s" % (
                t, k, d.lk(d.s(6, "0123456789ABCDEF")), rrn(d), d.lk(d.s(6, DIG)), d.lk_masked()))
    return "\n".join(out)


@carrier("cards/cybersource-soap.xml", 1)
def soap(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">', "<soapenv:Body>"]
    for k in range(4):
        out.append("""<requestMessage xmlns="urn:schemas-cybersource-com:transaction-data-1.211">
  <merchantID>{mid}</merchantID>
  <merchantReferenceCode>{ref}</merchantReferenceCode>
  <billTo><firstName>{fn}</firstName><lastName>{ln}</lastName><email>{em}</email></billTo>
  <purchaseTotals><currency>EUR</currency><grandTotalAmount>{amt}</grandTotalAmount></purchaseTotals>
  <card><accountNumber>{c}</accountNumber><expirationMonth>{m:02d}</expirationMonth><expirationYear>20{y}</expirationYear></card>
  <ccAuthService run="true"/>
</requestMessage>""".format(mid=d.pick(["nordhamn_eu", "stellarcart"]), ref=d.lk(d.s(12, DIG)), fn=d.pick(FIRST_ALL), ln=d.pick(LAST_ALL),
                            em=d.email(), amt="%d.%02d" % (d.r.randint(5, 900), d.r.randint(0, 99)), c=d.card(fmt="plain"),
                            m=d.r.randint(1, 12), y=d.r.randint(25, 31)))
    out += ["</soapenv:Body>", "</soapenv:Envelope>"]
    return "\n".join(out)


@carrier("cards/receipts-{i}.txt", 2)
def receipts(d):
    out = []
    for k in range(3):
        full = (k == 0) or (d.i == 2 and k == 2)
        c = d.card(fmt=d.pick(["space", "plain"])) if full else d.lk_masked()
        out.append("""        {shop}
     Org.nr {org}  Tel {tel}
------------------------------------
{date}            Kvitto {kv}
Kaffe latte                 45,00
Kanelbulle                  32,00
------------------------------------
TOTALT SEK                  77,00
KORT: {c}
{net}   EXP {exp}
TERM: {tid}  BUTIK: {mid}
REF: {ref}  AUTH: {auth}
       KONTAKTLÖS / CONTACTLESS
""".format(shop=d.pick(["KAFÉ NORRSKEN", "BAGERI KANEL", "HOTELL HAMNEN"]), org=d.lk_orgnr(), tel=d.phone("SE", "nat"),
           date=d.ts("%Y-%m-%d %H:%M"), kv=d.lk(str(d.r.randint(10000, 99999))), c=c, net=d.pick(["VISA", "MASTERCARD", "AMEX"]),
           exp="**/**", tid=d.lk(d.s(8, DIG)), mid=d.lk(d.s(10, DIG)), ref=rrn(d), auth=d.lk(d.s(6, DIG))))
    return "\n".join(out)


@carrier("cards/chargebacks-2025-02.csv", 1)
def chargebacks(d):
    rows = ["case_id,received,card_number,card_brand,amount,currency,reason_code,arn,order_id,status"]
    for k in range(15):
        brand = d.pick(["visa", "mc", "mc2", "amex", "discover"])
        c = d.card(net=brand, fmt="plain") if k % 4 != 3 else d.lk_masked()
        rows.append("CB-%d,2025-02-%02d,%s,%s,%d.%02d,EUR,%s,%s,%s,%s" % (
            d.r.randint(100000, 999999), d.r.randint(1, 28), c, {"visa": "VISA", "mc": "MC", "mc2": "MC", "amex": "AMEX", "discover": "DISC"}[brand],
            d.r.randint(10, 2000), d.r.randint(0, 99), d.pick(["10.4", "13.1", "4837", "4853", "F29"]), arn(d), snowflake(d),
            d.pick(["open", "won", "lost", "pending"])))
    return "\n".join(rows) + "\n"


@carrier("cards/support-chat-{i}.txt", 2)
def chat(d):
    f = d.pick(FIRST_ALL)
    c1 = d.card(fmt="space")
    c2 = d.card(fmt=d.pick(["dash", "plain"]))
    return """[14:02] {f}: hi, my payment keeps failing on order {o}
[14:03] Agent Tom: Sorry to hear that! Which card are you using? Only the last 4 digits please.
[14:03] {f}: it's {c1} exp {e}
[14:04] Agent Tom: Please don't share the full number here. I've masked it: {m}
[14:06] {f}: ok. my wife's card also failed, {c2}
[14:07] Agent Tom: Thanks, I see both declines with code 05 (do not honour). Your bank has to approve it. Ticket {t}.
[14:08] {f}: btw the test card 4242 4242 4242 4242 on your demo page works lol
""".format(f=f, o=d.lk("#%d" % d.r.randint(100000, 999999)), c1=c1, e=exp(d), m=d.lk("**** **** **** " + c1[-4:]), c2=c2,
           t=d.lk(str(d.r.randint(100000, 999999))))


@carrier("cards/magento-payment-dump.sql", 1)
def magento(d):
    out = ["-- mysqldump: shop_prod.sales_order_payment (legacy rows before tokenisation)",
           "INSERT INTO `sales_order_payment` (`entity_id`,`parent_id`,`method`,`cc_type`,`cc_last_4`,`cc_number_enc`,`cc_exp_month`,`cc_exp_year`,`additional_information`) VALUES"]
    vals = []
    for k in range(9):
        c = d.card(net=d.pick(["visa", "mc", "amex"]), fmt="plain")
        ai = json.dumps({"cc_number": c, "method_title": "Credit Card"}).replace('"', '\\"')
        vals.append("(%d,%d,'ccsave','%s','%s','%s',%d,%d,'%s')" % (
            1000 + k, 5000 + k, d.pick(["VI", "MC", "AE"]), c[-4:], d.lk("0:3:" + d.b64(48)), d.r.randint(1, 12), d.r.randint(2025, 2031), ai))
    out.append(",\n".join(vals) + ";")
    return "\n".join(out)


@carrier("cards/corporate-cards.csv", 1)
def corporate(d):
    rows = ["Employee,Department,Card number,Expiry,Monthly limit,Cost centre"]
    for k in range(11):
        rows.append("%s,%s,%s,%s,%d,%s" % (holder(d), d.pick(["Sales", "IT", "Ops", "Finance"]), d.card(fmt=d.pick(["space", "dash"])), exp(d),
                                           d.pick([2000, 5000, 10000]), d.lk("CC-%d" % d.r.randint(1000, 9999))))
    return "\n".join(rows) + "\n"


@carrier("cards/card-authorization-form-ocr.txt", 1)
def auth_form(d):
    return """CREDIT CARD AUTHORIZATION FORM  -  Hotel Hamnen, Sundsvall
Guest name: {h}                 Reservation no: {res}
Arrival: 2025-04-1{a}           Departure: 2025-04-1{b}
Card type:  [x] VISA  [ ] MasterCard  [ ] AMEX
Card number: {c}
Expiry: {e}        CVC: ***
Cardholder signature: ____________
I authorise Hotel Hamnen to charge the above card for room, tax and incidentals.
Second card (company): {c2}   exp {e2}
Phone: {tel}
""".format(h=holder(d), res=d.lk(d.s(9, DIG)), a=d.r.randint(0, 4), b=d.r.randint(5, 9), c=d.card(net="visa", fmt="space"), e=exp(d),
           c2=d.card(net=d.pick(["mc", "amex"]), fmt="space"), e2=exp(d), tel=d.phone("SE", "intl"))


@carrier("cards/ids-and-accounts.jsonl", 1)
def ids(d):
    out = []
    for k in range(6):
        rec = {"event_id": snowflake(d, first=d.pick(["4", "5"])), "user_id": snowflake(d), "account_number": d.lk_luhn_id(16, first=d.pick(["4", "5"])),
               "imei": d.lk_luhn_id(15, first="35"), "amount": "%d.%02d" % (d.r.randint(1, 999), d.r.randint(0, 99))}
        if k in (1, 3, 4):
            rec["payment_method"] = {"type": "card", "number": d.card(fmt="plain"), "exp": exp(d)}
        else:
            rec["payment_method"] = {"type": "card", "last4": d.lk(d.s(4, DIG)), "bin": d.lk("4" + d.s(5, DIG)), "token": d.lk("tok_" + d.s(24))}
        out.append(json.dumps(rec))
    return "\n".join(out)


@carrier("cards/pci-scan-report.json", 1)
def pci(d):
    findings = []
    for k in range(5):
        findings.append({"path": "/srv/exports/orders_2019_%02d.csv" % (k + 1), "line": d.r.randint(2, 9000), "type": "PAN",
                         "match": d.lk_masked(), "confidence": d.pick(["high", "medium"])})
    findings.append({"path": "/home/ops/notes.txt", "line": 14, "type": "PAN", "match": d.card(fmt="plain"),
                     "confidence": "high", "note": "masking disabled for this rule (debug run)"})
    findings.append({"path": "/srv/app/tests/fixtures/cards.json", "line": 3, "type": "PAN", "match": "4111111111111111",
                     "confidence": "low", "note": "published test card"})
    return jdump({"scanner": "pan-finder 2.3", "host": "app02", "started": "2025-03-05T01:00:00Z", "findings": findings})


@carrier("cards/booking-confirmation.eml", 1)
def booking(d):
    f, l = d.pick(FIRST_ALL), d.pick(LAST_ALL)
    return """From: {frm}
To: {em}
Subject: Booking confirmation {ref}
Content-Type: text/plain; charset=utf-8

Dear {f} {l},

thank you for your car rental booking {ref} (pick-up Arlanda T5, 2025-05-0{a}).

Payment guarantee
  Card:     {c}
  Expires:  {e}
  Holder:   {f} {l}

Deposit of SEK 5 000 will be reserved on the card at pick-up.
Customer service: {tel}
""".format(frm=d.mail("reservations"), em=d.email(f, l), ref=d.lk("RX" + d.s(8, DIG)), f=f, l=l, a=d.r.randint(1, 9),
           c=d.card(fmt=d.pick(["space", "plain"])), e=exp(d), tel=d.phone("SE", "intl"))


@carrier("cards/clean-test-cards.md", 1)
def clean_tests(d):
    rows = ["# Sandbox test cards (from the provider docs, never real)", "", "| brand | number | result |", "|---|---|---|"]
    for n, res in [("4242 4242 4242 4242", "success"), ("4000 0000 0000 0002", "declined"), ("5555 5555 5555 4444", "success"),
                   ("3782 822463 10005", "success"), ("6011 1111 1111 1117", "success"), ("4111 1111 1111 1111", "success (other gateway)")]:
        rows.append("| %s | %s | %s |" % ("test", n, res))
    rows += ["", "Masked production examples: %s, %s, %s" % (d.lk_masked(), d.lk_masked(), d.lk_masked()),
             "Order ids look like card numbers but are not: %s, %s" % (snowflake(d, "4"), snowflake(d, "5"))]
    return "\n".join(rows) + "\n"


@carrier("cards/pms-folio-export.csv", 1)
def pms(d):
    rows = ["Conf No,Guest,Arrival,Departure,Room,Payment,Card No,Exp,Balance"]
    for k in range(12):
        pay = d.pick(["VA", "MC", "AX", "CA"])
        if pay == "CA":
            rows.append("%s,%s,2025-03-%02d,2025-03-%02d,%d,CA,,,%d.00" % (d.lk(d.s(8, DIG)), holder(d), k + 1, k + 3, d.r.randint(100, 520), d.r.randint(0, 9000)))
            continue
        net = {"VA": "visa", "MC": d.pick(["mc", "mc2"]), "AX": "amex"}[pay]
        rows.append("%s,%s,2025-03-%02d,2025-03-%02d,%d,%s,%s,%s,%d.00" % (d.lk(d.s(8, DIG)), holder(d), k + 1, k + 3, d.r.randint(100, 520), pay,
                                                                       d.card(net=net, fmt="plain"), exp(d).replace("/", ""), d.r.randint(0, 9000)))
    return "\n".join(rows) + "\n"


@carrier("cards/fraud-alerts.jsonl", 1)
def fraud(d):
    out = []
    for k in range(9):
        out.append(json.dumps({"alert_id": d.lk_uuid(), "rule": d.pick(["velocity_5m", "bin_country_mismatch", "cvv_retry", "high_amount"]),
                               "score": round(d.r.uniform(0.5, 0.99), 2), "pan": d.card(fmt="plain") if k != 3 else d.lk_masked(),
                               "bin_country": d.pick(["SE", "DE", "US", "NG", "BR"]), "ip": d.ip(), "merchant_ref": d.lk(d.s(10, DIG)),
                               "created": d.ts("%Y-%m-%dT%H:%M:%SZ")}))
    return "\n".join(out)


@carrier("cards/woocommerce-debug.log", 1)
def woo(d):
    out = []
    for k in range(5):
        body = {"payment_method": "legacy_cc", "billing_email": d.email(), "cc": {"number": d.card(fmt=d.pick(["space", "plain"])), "expiry": exp(d), "cvc": "***"}}
        out.append("%s DEBUG legacy-cc-gateway request %s" % (d.ts("%Y-%m-%dT%H:%M:%S+00:00"), json.dumps(body)))
        out.append("%s INFO  legacy-cc-gateway order #%d status=%s" % (d.ts("%Y-%m-%dT%H:%M:%S+00:00"), d.r.randint(1000, 9999), d.pick(["processing", "failed"])))
    return "\n".join(out)


@carrier("cards/phone-order-transcript.txt", 1)
def phone_order(d):
    c1 = d.card(fmt="space")
    c2 = d.card(net="amex", fmt="space")
    return """Call transcript (auto, speaker-separated) - order desk, 2025-03-05 11:20
AGENT: Thank you for calling, how would you like to pay?
CALLER: By card. The number is {c1}.
AGENT: And the expiry date?
CALLER: {e}. Actually, can you put half on my Amex too? {c2}
AGENT: Certainly. Reference for your order is {ref}. Please note your PAN is stored masked as {m}.
""".format(c1=c1, e=exp(d), c2=c2, ref=d.lk(d.s(10, DIG)), m=d.lk("XXXXXXXXXXXX" + c1.replace(" ", "")[-4:]))


@carrier("cards/legacy-orders-export.xml", 1)
def legacy_xml(d):
    out = ['<?xml version="1.0" encoding="ISO-8859-1"?>', '<Orders exported="2025-03-05T02:00:00" source="shop-v1">']
    for k in range(9):
        tokenised = k % 4 == 2
        pan = "<Token>%s</Token>" % d.lk("tok_" + d.s(24)) if tokenised else "<CardNumber>%s</CardNumber>" % d.card(fmt=d.pick(["plain", "plain", "space"]))
        out.append('  <Order id="%s" date="2019-%02d-%02d"><Customer>%s</Customer><Payment type="CC">%s<Expiry>%s</Expiry><AuthCode>%s</AuthCode></Payment><Total currency="SEK">%d.00</Total></Order>' % (
            d.lk(str(d.r.randint(10**7, 10**8))), d.r.randint(1, 12), d.r.randint(1, 28), holder(d), pan, exp(d), d.lk(d.s(6, DIG)), d.r.randint(99, 9999)))
    out.append("</Orders>")
    return "\n".join(out)
