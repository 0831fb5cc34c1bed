"""dev29 card documents: gateway request logs, dumps, letters, crash reports with card numbers and look-alikes."""
import json
import urllib.parse
from registry import doc


@doc("authorize-net-aim-post-log", "var/log/shop/anet-aim-debug.log", "legacy shop debug log of payment gateway name-value post requests")
def _(d):
    out = []
    for i in range(6):
        t = f"2026-01-19 1{i}:{d.ri(10, 59)}:{d.ri(10, 59)}"
        if i == 2:
            num = "4111111111111111"
        else:
            num = d.card(d.ch(["visa", "mc", "visa", "amex"]))
        inv = d.lkcard(16, "7")
        q = urllib.parse.urlencode({"x_login": "8zR3kP9w", "x_tran_key": "********", "x_type": "AUTH_CAPTURE",
                                    "x_amount": f"{d.ri(100, 4000)}.00", "x_card_num": num,
                                    "x_exp_date": f"{d.ri(1, 12):02d}{d.ri(27, 30)}", "x_invoice_num": inv,
                                    "x_test_request": "TRUE" if i == 2 else "FALSE"})
        out.append(f"[{t}] DEBUG AnetAim: POST https://secure2.authorize.net/gateway/transact.dll body={q}")
        out.append(f"[{t}] DEBUG AnetAim: response=1|1|1|This transaction has been approved.|{d.rs('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}|Y|{d.ri(10 ** 10, 10 ** 11 - 1)}")
    return "\n".join(out) + "\n"


@doc("elavon-converge-xml-request-log", "logs/converge-xml-2026-01-18.log", "payment gateway xml api request log")
def _(d):
    out = []
    for i in range(5):
        c = d.card(["visa", "mc", "disc", "visa", "mc"][i])
        out.append(f"""2026-01-18T14:{20 + i}:05Z TRACE ConvergeClient request xmldata=<txn><ssl_merchant_id>{d.ri(100000, 999999)}</ssl_merchant_id><ssl_user_id>webpos</ssl_user_id><ssl_pin>****</ssl_pin><ssl_transaction_type>ccsale</ssl_transaction_type><ssl_card_number>{c}</ssl_card_number><ssl_exp_date>{d.ri(1, 12):02d}{d.ri(27, 31)}</ssl_exp_date><ssl_amount>{d.ri(10, 900)}.{d.ri(10, 99)}</ssl_amount><ssl_invoice_number>{d.lkcard(16, '1')}</ssl_invoice_number></txn>
2026-01-18T14:{20 + i}:06Z TRACE ConvergeClient response <txn><ssl_result>0</ssl_result><ssl_card_number>{c[:2]}**********{c[-4:]}</ssl_card_number><ssl_approval_code>{d.ri(100000, 999999)}</ssl_approval_code></txn>""")
    return "\n".join(out) + "\n"


@doc("moneris-purchase-request-xml", "support/case-2291/moneris-request.xml", "payment gateway purchase request xml attached to a support case")
def _(d):
    c = d.card("mc")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<request>
  <store_id>monca{d.ri(10000, 99999)}</store_id>
  <api_token>****************</api_token>
  <purchase>
    <order_id>ord-{d.uuid()}</order_id>
    <cust_id>CUST-{d.ri(10000, 99999)}</cust_id>
    <amount>149.00</amount>
    <pan>{c}</pan>
    <expdate>{d.ri(27, 30)}{d.ri(1, 12):02d}</expdate>
    <crypt_type>7</crypt_type>
    <dynamic_descriptor>FJALLSTUGAN</dynamic_descriptor>
  </purchase>
</request>
"""


@doc("chargeback-representment-letter-txt", "disputes/representment-CB-88104.txt", "merchant chargeback representment letter with transaction details")
def _(d):
    c = d.card("visa", " ")
    arn = d.X(str(d.ri(10 ** 22, 10 ** 23 - 1)))
    return f"""Representment – Chargeback CB-88104
Reason code: 13.1 Merchandise/Services Not Received

To: Acquirer disputes team
From: Fjällresor Norr AB, merchant ID {d.ri(10 ** 9, 10 ** 10 - 1)}

Transaction details
  Card number:         {c}
  Masked (acquirer):   {c[:4]} **** **** {c[-4:]}
  ARN:                 {arn}
  Transaction date:    2025-11-02
  Amount:              SEK 12 480.00
  Authorisation code:  {d.ri(100000, 999999)}
  Booking reference:   {d.lkcard(16, '7')}

The cardholder booked a guided tour package 2–6 December 2025. Attached are the signed
participation list, the hotel check-in record and e-mail correspondence confirming
attendance. We therefore request that the chargeback be reversed.
"""


@doc("kafka-console-consumer-payments-output", "debug/consume-payments-raw.txt", "terminal output of a kafka console consumer reading raw payment events")
def _(d):
    out = ["$ kafka-console-consumer.sh --bootstrap-server kafka1.lan:9092 --topic payments.raw --from-beginning --max-messages 6 --property print.key=true"]
    for i in range(6):
        net = ["visa", "mc", "amex", "jcb", "visa", "diners"][i]
        c = d.card(net)
        ev = {"paymentId": d.uuid(), "merchant": "bokhandeln-online", "card": {"pan": c, "expMonth": d.ri(1, 12),
              "expYear": 2000 + d.ri(27, 31), "holder": " ".join(d.person("se")[:2])}, "amount": {"value": d.ri(100, 9999), "currency": "SEK"},
              "orderRef": d.lkcard(16, "7")}
        out.append(f"{d.hexx(8)}\t" + json.dumps(ev, separators=(",", ":"), ensure_ascii=False))
    out.append("Processed a total of 6 messages")
    return "\n".join(out) + "\n"


@doc("elasticsearch-search-response-payments-json", "debug/es-payments-search.json", "search engine query response over a payments index where card numbers were indexed")
def _(d):
    hits = []
    for i in range(5):
        c = d.card(["visa", "mc", "visa", "mc", "visa"][i], " " if i == 1 else "")
        hits.append({"_index": "payments-2026.01", "_id": d.anx(20), "_score": 1.0, "_source": {
            "@timestamp": f"2026-01-1{i + 2}T0{i + 5}:11:02.114Z", "level": "INFO", "logger": "CheckoutController",
            "message": f"charge request card={c} amount={d.ri(100, 900)}00 currency=SEK",
            "order_id": d.lkcard(16, "7")}})
    hits.append({"_index": "payments-2026.01", "_id": d.anx(20), "_score": 1.0, "_source": {
        "@timestamp": "2026-01-17T10:00:00.000Z", "level": "INFO", "logger": "CheckoutController",
        "message": f"charge request card={d.mask('visa')} amount=4900 currency=SEK", "order_id": d.lkcard(16, "7")}})
    return json.dumps({"took": 12, "timed_out": False, "hits": {"total": {"value": 6, "relation": "eq"}, "max_score": 1.0, "hits": hits}}, indent=2, ensure_ascii=False) + "\n"


@doc("mobile-crash-form-state-json", "crashes/ios-2026-01-16-checkout.json", "mobile app crash report with captured checkout form state")
def _(d):
    c = d.card("visa", " ")
    o = {"event_id": d.hexx(32), "platform": "cocoa", "release": "se.biobiljetter.app@5.12.0+812",
         "exception": {"values": [{"type": "NSInvalidArgumentException", "value": "-[__NSCFNumber length]: unrecognized selector sent to instance"}]},
         "contexts": {"device": {"model": "iPhone15,3", "os_version": "17.6.1"}},
         "extra": {"checkoutFormState": {"cardNumber": c, "expiry": f"{d.ri(1, 12):02d}/{d.ri(27, 30)}", "cvc": "***",
                                         "saveCard": True, "giftCard": d.lkcard(16, "7")}},
         "breadcrumbs": [{"category": "ui.click", "message": "PayButton"}]}
    return json.dumps(o, indent=2) + "\n"


@doc("zen-cart-orders-sql-dump", "backup/zencart-orders-2016.sql", "legacy e-commerce orders table dump with stored card numbers")
def _(d):
    rows = []
    for i in range(6):
        f, l, _ = d.person("se")
        if i == 3:
            num = d.X("XXXXXXXXXXXX" + str(d.ri(1000, 9999)))
            typ = "Visa"
        else:
            typ = ["Visa", "MasterCard", "American Express", "", "Visa", "MasterCard"][i]
            num = d.card({"Visa": "visa", "MasterCard": "mc", "American Express": "amex"}[typ])
        rows.append(f"({2200 + i},{d.ri(100, 900)},'{f} {l}','Storgatan {d.ri(1, 80)}','Umeå','{typ}','{f} {l}','{num}','{d.ri(1, 12):02d}{d.ri(17, 19)}','2016-0{d.ri(1, 9)}-1{i} 12:00:00')")
    return f"""-- MySQL dump 10.13  Distrib 5.5.62, for debian-linux-gnu (x86_64)
-- Host: localhost    Database: zencart
-- ------------------------------------------------------

LOCK TABLES `zen_orders` WRITE;
/*!40000 ALTER TABLE `zen_orders` DISABLE KEYS */;
INSERT INTO `zen_orders` (`orders_id`, `customers_id`, `customers_name`, `customers_street_address`, `customers_city`, `cc_type`, `cc_owner`, `cc_number`, `cc_expires`, `date_purchased`) VALUES {','.join(rows)};
/*!40000 ALTER TABLE `zen_orders` ENABLE KEYS */;
UNLOCK TABLES;
"""


@doc("dtmf-payment-ivr-debug-log", "var/log/ivr/betalning-debug.log", "ivr debug log collecting card digits as dtmf")
def _(d):
    out = []
    for i in range(5):
        c = d.card(["visa", "mc", "visa", "mc", "visa"][i])
        cid = d.phone("se", "intl0", grp="rest")
        out.append(f"2026-01-20 08:{11 + i * 7}:02 [call {d.ri(100000, 999999)}] caller={cid} menu=betala_faktura")
        out.append(f"2026-01-20 08:{11 + i * 7}:31 [call] DTMF collected field=pan digits={c} terminator=#")
        out.append(f"2026-01-20 08:{11 + i * 7}:44 [call] DTMF collected field=expiry digits={d.ri(1, 12):02d}{d.ri(27, 30)}")
        out.append(f"2026-01-20 08:{11 + i * 7}:49 [call] DTMF collected field=cvc digits=***")
        out.append(f"2026-01-20 08:{11 + i * 7}:52 [call] invoice={d.lkcard(14, '1')} result=APPROVED")
    return "\n".join(out) + "\n"


@doc("expense-report-card-export-csv", "ekonomi/utlagg-jan-2026.csv", "expense report export where employees typed the card they paid with")
def _(d):
    rows = ["Anställd;Datum;Belopp;Beskrivning;Betalkort;Kvitto-ID"]
    for i in range(7):
        f, l, _ = d.person("se")
        if i == 1:
            kort = "privat kort"
        elif i == 3:
            kort = d.mask("mc")
        else:
            kort = d.card(d.ch(["visa", "mc"]), "-" if i == 2 else " ")
        rows.append(f"{f} {l};2026-01-{d.ri(2, 28):02d};{d.ri(80, 2400)},00;{d.ch(['Taxi Arlanda', 'Hotell Göteborg', 'Lunch kund', 'Tågbiljett'])};{kort};{d.lkcard(16, '7')}")
    return "\n".join(rows) + "\n"


@doc("salon-booking-card-on-file-csv", "salong/kunder-kortuppgifter.csv", "hair salon customer list kept with cards for no-show fees (csv)")
def _(d):
    rows = ["Kund,Telefon,Kort,Utg,Anteckning"]
    for i in range(6):
        f, l, _ = d.person("se")
        c = d.card(d.ch(["visa", "mc", "visa"]), " ")
        rows.append(f"{f} {l},{d.phone('se', 'nat')},{c},{d.ri(1, 12):02d}/{d.ri(27, 30)},{d.ch(['färg var 6:e vecka', 'allergi mot ammoniak', 'bara klippning', ''])}")
    rows.append("Testkund Kassa,,4111 1111 1111 1111,12/30,testkort från kassaleverantören")
    return "\n".join(rows) + "\n"


@doc("iis-w3c-log-card-querystring", "inetpub/logs/LogFiles/W3SVC2/u_ex260119.log", "iis w3c log of a legacy checkout that sent card data in the query string")
def _(d):
    out = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-01-19 00:00:05",
           "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken"]
    for i in range(6):
        if i == 2:
            q = "step=2&order=" + d.lkcard(16, "7")
        else:
            c = d.card(["visa", "mc", "visa", "amex", "mc", "visa"][i])
            q = f"step=3&ccnum={c}&ccexp={d.ri(1, 12):02d}{d.ri(27, 30)}&order={d.lkcard(16, '7')}"
        out.append(f"2026-01-19 0{i + 7}:{d.ri(10, 59)}:{d.ri(10, 59)} 10.2.0.15 GET /kassa/betala.asp {q} 443 - 10.2.0.1 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) 302 0 0 {d.ri(20, 400)}")
    return "\n".join(out) + "\n"


@doc("php-error-log-post-dump", "var/log/php/error.log", "php error log with a var_export of the checkout post data")
def _(d):
    out = []
    for i in range(4):
        c = d.card(["mc", "visa", "jcb", "visa"][i], " " if i == 1 else "")
        out.append(f"""[19-Jan-2026 1{i + 1}:0{i}:12 Europe/Stockholm] PHP Warning:  Undefined array key "cvc" in /var/www/butik/kassa/process.php on line 88
[19-Jan-2026 1{i + 1}:0{i}:12 Europe/Stockholm] DEBUG POST: array (
  'order_id' => '{d.lkcard(16, '7')}',
  'card_holder' => '{' '.join(d.person('se')[:2])}',
  'card_number' => '{c}',
  'card_exp' => '{d.ri(1, 12):02d}/{d.ri(27, 30)}',
  'amount' => '{d.ri(100, 3000)}.00',
)""")
    return "\n".join(out) + "\n"
