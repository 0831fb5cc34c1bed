"""Payment card numbers where they leak: gateway debug logs, ISO 8583 traces,
legacy SQL tables, CSV exports, chat, tickets, e-mail, receipts, POS logs,
hotel/airline records, query strings.  Beside them: masked PANs, published
test cards, Luhn-valid order ids without a card network prefix, IMEIs, ICCIDs,
millisecond timestamps, RRNs, STANs, auth codes, random integers."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *

TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117", "4111111111111111", "5105105105105100"]


def order_id(r):
    return luhn_nonnetwork(r, 16, "0179")


def ms_ts(r):
    return str(1718000000000 + r.randint(0, 10**9))


def exp(r):
    return f"{r.randint(1, 12):02d}/{r.randint(25, 30)}"


def gateway_log(d, i):
    r = d.rng
    out = []
    for k in range(12):
        ts = f"2024-06-1{i}T{r.randint(8, 22):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z"
        oid = order_id(r)
        if k % 3 == 2:
            body = {"order_id": oid, "amount": r.randint(100, 99999), "currency": "EUR",
                    "payment_method": {"type": "card", "card": {"last4": digits(r, 4), "brand": r.choice(["visa", "mastercard"]), "fingerprint": rs(r, ALNUM, 16)}}}
            out.append(f"{ts} DEBUG [checkout-{r.randint(1, 6)}] GatewayClient - tokenised request body={json.dumps(body, separators=(',', ':'))}")
        else:
            pan = d.card(r.choice(["visa", "mc", "mc2", "amex", "discover"]), "plain")
            body = {"order_id": oid, "amount": r.randint(100, 99999), "currency": r.choice(["EUR", "GBP", "USD"]),
                    "card": {"number": pan, "exp_month": r.randint(1, 12), "exp_year": r.randint(2025, 2030), "cvc": "***"},
                    "client_ts": int(ms_ts(r)), "device_id": uuid4(r)}
            out.append(f"{ts} DEBUG [checkout-{r.randint(1, 6)}] GatewayClient - POST /v1/authorize body={json.dumps(body, separators=(',', ':'))}")
            out.append(f"{ts} INFO  [checkout-{r.randint(1, 6)}] GatewayClient - authorize result={r.choice(['APPROVED', 'APPROVED', 'DECLINED_51', 'DECLINED_05'])} rrn={lk_digits(r, 12)} auth_code={rs(r, UPPER_DIG, 6)} latency_ms={r.randint(80, 900)}")
    out.append(f"2024-06-1{i}T23:59:00.000Z WARN  [scheduler] PanScrubber - debug body logging is ON in prod (ticket SEC-{r.randint(1000, 9999)})")
    return "\n".join(out) + "\n"


def iso8583(d, i):
    r = d.rng
    out = []
    for k in range(6):
        pan = d.card(r.choice(["visa", "mc", "rupay", "unionpay"]))
        e = f"{r.randint(25, 30)}{r.randint(1, 12):02d}"
        out.append(f"""<isomsg direction="outgoing">
  <!-- org.jpos.iso.packager.GenericPackager[deploy/cfg/iso87ascii.xml] -->
  <field id="0" value="0200"/>
  <field id="2" value="{pan}"/>
  <field id="3" value="000000"/>
  <field id="4" value="{r.randint(100, 999999):012d}"/>
  <field id="7" value="0612{r.randint(100000, 235959)}"/>
  <field id="11" value="{r.randint(0, 999999):06d}"/>
  <field id="14" value="{e}"/>
  <field id="22" value="051"/>
  <field id="35" value="{pan}={e}{r.choice(['101', '201', '221'])}{lk_digits(r, 12)}"/>
  <field id="37" value="{lk_digits(r, 12)}"/>
  <field id="41" value="TID{r.randint(10000, 99999)}"/>
  <field id="42" value="{lk_digits(r, 15)}"/>
  <field id="49" value="{r.choice(['978', '840', '826', '356'])}"/>
  <field id="55" value="{rs(r, '0123456789ABCDEF', 120)}"/>
</isomsg>""")
    return "\n".join(out) + "\n"


def legacy_sql(d, i):
    r = d.rng
    rows = []
    for k in range(20):
        if k % 4 == 3:
            pan = f"'{masked_card(r, 'first6')}'"
        else:
            pan = "'" + d.card(None, r.choice(["plain", "plain", "space", "dash"])) + "'"
        rows.append(f"INSERT INTO `payments` VALUES ({r.randint(10**5, 10**6)},{order_id(r)},{pan},'{exp(r)}','{person_en(r)}',{r.randint(100, 99999) / 100:.2f},{ms_ts(r)},'{r.choice(['captured', 'refunded', 'voided'])}');")
    return f"""-- MySQL dump 10.19  Distrib 10.3.39-MariaDB, for debian-linux-gnu (x86_64)
-- Host: legacy-shop-db    Database: shop2009
-- WARNING: table `payments` predates tokenisation (see PCI-{r.randint(100, 999)})

CREATE TABLE `payments` (
  `id` int(11) NOT NULL,
  `order_ref` bigint(20) NOT NULL,
  `card_number` varchar(32) DEFAULT NULL,
  `card_expiry` char(5) DEFAULT NULL,
  `cardholder` varchar(64) DEFAULT NULL,
  `amount` decimal(10,2) NOT NULL,
  `created_ms` bigint(20) NOT NULL,
  `status` varchar(16) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

{chr(10).join(rows)}
"""


def card_csv(d, i):
    r = d.rng
    rows = ["Cardholder,Department,Card Number,Expiry,Monthly Limit,Cost Centre,Employee No,Last Statement (ms)"]
    for k in range(16):
        c = d.card(r.choice(["visa", "mc", "amex", "mc2"]), r.choice(["space", "space", "plain", "dash"]))
        rows.append(f"{person_en(r)},{r.choice(['Sales', 'Engineering', 'Finance', 'Ops'])},\"{c}\",{exp(r)},{r.choice([2500, 5000, 10000])},{r.randint(4000, 4999)}-{r.randint(100, 999)},{r.randint(10000, 99999)},{ms_ts(r)}")
    return "Corporate card register (exported from Finance/cards.xlsx, sheet 'Active')\n" + "\n".join(rows) + "\n"


def chat_card(d, i):
    r = d.rng
    c1 = d.card(r.choice(["visa", "mc"]), "space")
    c2 = d.card(r.choice(["amex", "discover", "jcb"]), "plain")
    oid = order_id(r)
    msgs = [
        ("visitor", f"hi, my payment for order {oid} keeps failing"),
        ("agent", "Sorry about that! Could you tell me the last 4 digits of the card you used?"),
        ("visitor", f"it's {c1} exp {exp(r)}"),
        ("agent", "Please don't share the full number here – I only need the last four. I've asked our team to redact that message."),
        ("visitor", f"ok sorry. the other one I tried was {c2}"),
        ("agent", f"Thanks. I can see two declines (codes 05 and 51) at {r.randint(10, 23)}:{r.randint(10, 59)}. Your bank declined them; reference {lk_digits(r, 12)}."),
        ("visitor", f"my phone imei is {imei(r)} if that matters, using the app v{r.randint(3, 6)}.{r.randint(0, 20)}.{r.randint(0, 9)}"),
        ("agent", "Not needed, but thanks! Please call the number on the back of your card."),
    ]
    if i == 0:
        conv = {"conversation_id": uuid4(r), "channel": "web_chat", "messages": [
            {"id": ms_ts(r), "author": a, "text": t, "ts": f"2024-06-12T1{k // 3}:{r.randint(10, 59)}:{r.randint(10, 59)}Z"} for k, (a, t) in enumerate(msgs)]}
        return json.dumps(conv, indent=2, ensure_ascii=False) + "\n"
    return "\n".join(f"[{10 + k // 4}:{r.randint(10, 59)}] {a.upper()}: {t}" for k, (a, t) in enumerate(msgs)) + "\n"


def ticket_card(d, i):
    r = d.rng
    c = d.card(r.choice(["visa", "mc"]), "dash")
    c2 = d.card("visa", "plain")
    return f"""Ticket #{r.randint(10000, 99999)} — Billing — "Double charge on renewal"
Requester: {person_en(r)} <{mailbox(person_en(r), r)}>
Created: 2024-06-12 08:14 UTC   Status: Pending   Tags: refund, pci-redact

Customer:
I was charged twice (£{r.randint(10, 200)}.{r.randint(0, 99):02d} on 10/06 and 11/06). Card {c}.
Invoice numbers INV-{r.randint(10000, 99999)} and INV-{r.randint(10000, 99999)}.

Agent note (internal):
Found both charges, txn ids ch_{rs(r, ALNUM, 24)} / ch_{rs(r, ALNUM, 24)}. Refunded the second.
Customer also pasted old card {c2} in the web form "notes" field — flagged for redaction.
Card on file now shows as {masked_card(r, 'stars4')} (fingerprint {rs(r, ALNUM, 16)}).
"""


def email_card(d, i):
    r = d.rng
    nm = person_intl(r)
    c = d.card(r.choice(["visa", "mc", "amex"]), "space")
    return f"""From: {nm} <{mailbox(nm, r, 'mail.test')}>
To: reservations@hotel.example
Subject: Guarantee for booking {rs(r, UPPER_DIG, 8)}
Date: Mon, 10 Jun 2024 19:02:44 +0200
Message-ID: <{uuid4(r)}@mail.test>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_{md5(r)}"

--b1_{md5(r)}
Content-Type: text/plain; charset=UTF-8

Dear reservations team,

Please use the following card to guarantee my booking (2 nights from 02/07/2024, room type DBL):

Card holder: {nm}
Card number: {c}
Valid thru: {exp(r)}

Booking reference {r.randint(10**8, 10**9)}, loyalty no. {lk_digits(r, 9)}.

Kind regards,
{nm}

--b1_{md5(r)}--
"""


def receipt_ocr(d, i):
    r = d.rng
    c = d.card(r.choice(["visa", "mc"]), "plain") if i == 0 else None
    return f"""        {r.choice(['CAFE NORD', 'BAKERY 21', 'FUEL STOP 7', 'BOOK CORNER'])}
        {r.randint(1, 200)} {r.choice(['HIGH ST', 'MAIN RD', 'QUAY ST'])}
   VAT REG {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}
--------------------------------
 MERCHANT COPY
 {'CARD NO: ' + c if c else 'CARD NO: ' + masked_card(r, 'x12')}
 {r.choice(['VISA', 'MASTERCARD'])} CONTACTLESS
 AID: A000000{r.choice(['0031010', '0041010'])}
 TID: {r.randint(10**7, 10**8)}   MID: {lk_digits(r, 15)}
 DATE: 12/06/24   TIME: {r.randint(10, 21)}:{r.randint(10, 59)}
 AUTH CODE: {rs(r, UPPER_DIG, 6)}
 RECEIPT NO: {r.randint(1000, 9999)}   STAN {r.randint(100000, 999999)}
 SALE                    GBP {r.randint(1, 90)}.{r.randint(0, 99):02d}
 APPROVED
--------------------------------
 ATC: {rs(r, '0123456789ABCDEF', 4)}  TC: {rs(r, '0123456789ABCDEF', 16)}
 [OCR from photo IMG_{r.randint(1000, 9999)}.HEIC, {ms_ts(r)}]
"""


def pos_log(d, i):
    r = d.rng
    out = []
    for k in range(14):
        ts = f"12.06.2024 {r.randint(8, 20):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}"
        if k % 2 == 0:
            c = d.card(r.choice(["visa", "mc", "mc2", "jcb", "diners"]))
            out.append(f"{ts} [EMV] track2 equiv parsed pan={c} psn=00 exp={r.randint(25, 30)}{r.randint(1, 12):02d} svc=201")
        else:
            out.append(f"{ts} [EMV] ARQC sent stan={r.randint(100000, 999999)} amt={r.randint(100, 99999)} pan={masked_card(r, 'first6')} tvr={rs(r, '0123456789ABCDEF', 10)}")
        out.append(f"{ts} [HOST] resp=00 rrn={lk_digits(r, 12)} batch={r.randint(100, 999)} seq={r.randint(1, 500)} ts_ms={ms_ts(r)}")
    out.append(f"12.06.2024 21:00:00 [SYS] terminal sn={lk_digits(r, 10)} imei={imei(r)} fw=4.2.{r.randint(0, 9)} debug=ON (disable before go-live!)")
    return "\n".join(out) + "\n"


def querystring_log(d, i):
    r = d.rng
    out = []
    for k in range(10):
        ip = ip_any(r)
        if k % 2 == 0:
            raw = new_card(r, r.choice(["visa", "mc", "amex"]), r.choice(["plain", "space"]))
            enc = d.L("credit-card", urlenc(raw)) if " " in raw else d.L("credit-card", raw)
            path = f"/legacy/pay.php?order={order_id(r)}&cc_number={enc}&cc_exp={r.randint(1, 12):02d}{r.randint(25, 30)}&amount={r.randint(1, 900)}.{r.randint(0, 99):02d}"
        else:
            path = f"/legacy/status.php?order={order_id(r)}&t={ms_ts(r)}"
        out.append(f'{ip} - - [12/Jun/2024:{10 + k}:{r.randint(10, 59)}:{r.randint(10, 59)} +0000] "GET {path} HTTP/1.1" 200 {r.randint(200, 5000)} "-" "Mozilla/5.0"')
    return "\n".join(out) + "\n"


def ota_card(d, i):
    r = d.rng
    c = d.card(r.choice(["visa", "mc", "amex"]))
    code = {"4": "VI", "5": "MC", "2": "MC", "3": "AX"}[c[0]]
    return f"""<OTA_HotelResRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.003" EchoToken="{uuid4(r)}">
  <HotelReservations><HotelReservation>
    <ResGlobalInfo>
      <Guarantee GuaranteeType="CC/DC/Voucher">
        <GuaranteesAccepted><GuaranteeAccepted>
          <PaymentCard CardCode="{code}" CardNumber="{c}" ExpireDate="{r.randint(1, 12):02d}{r.randint(25, 30)}" SeriesCode="***">
            <CardHolderName>{person_intl(r).upper()}</CardHolderName>
          </PaymentCard>
        </GuaranteeAccepted></GuaranteesAccepted>
      </Guarantee>
      <HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="{r.randint(10**8, 10**9)}"/></HotelReservationIDs>
      <Total AmountAfterTax="{r.randint(100, 2000)}.00" CurrencyCode="EUR"/>
    </ResGlobalInfo>
  </HotelReservation></HotelReservations>
</OTA_HotelResRQ>
"""


def slack_export(d, i):
    r = d.rng
    c = d.card("visa", "space")
    c2 = d.card("mc", "plain")
    msgs = [
        {"type": "message", "user": "U" + rs(r, UPPER_DIG, 10), "text": f"finance pls pay the AWS invoice with the ops card {c} (exp {exp(r)}) — limit raised yesterday", "ts": f"{1718180000 + r.randint(0, 9999)}.{r.randint(100000, 999999)}", "client_msg_id": uuid4(r)},
        {"type": "message", "user": "U" + rs(r, UPPER_DIG, 10), "text": "please don't paste card numbers in Slack :rotating_light: deleting in 5 min", "ts": f"{1718180000 + r.randint(10000, 19999)}.{r.randint(100000, 999999)}"},
        {"type": "message", "user": "U" + rs(r, UPPER_DIG, 10), "text": f"for the record the test card for the sandbox is 4242 4242 4242 4242, not a real one. build {short_sha(r)}", "ts": f"{1718180000 + r.randint(20000, 29999)}.{r.randint(100000, 999999)}"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B" + rs(r, UPPER_DIG, 10), "text": f"Expense EXP-{r.randint(10000, 99999)} approved: card ending {c2[-4:]}, {r.randint(100, 999)}.00 USD", "ts": f"{1718180000 + r.randint(30000, 39999)}.{r.randint(100000, 999999)}"},
        {"type": "message", "user": "U" + rs(r, UPPER_DIG, 10), "text": f"old one was {c2}, cancelled", "ts": f"{1718180000 + r.randint(40000, 49999)}.{r.randint(100000, 999999)}"},
    ]
    return json.dumps(msgs, indent=4, ensure_ascii=False) + "\n"


def airline_fop(d, i):
    r = d.rng
    c = d.card("visa")
    c2 = d.card("amex")
    return f"""> RT{rs(r, UPPER_DIG, 6)}
RP/LONBA28AA/LONBA28AA            AA/SU  12JUN24/0911Z   {rs(r, UPPER_DIG, 6)}
  1.{r.choice(LAST_EN).upper()}/{r.choice(FIRST_EN).upper()} MS
  2  BA 492 Y 03JUL 3 LHRMAD HK1  0715 1040  03JUL  E  BA/{rs(r, UPPER_DIG, 6)}
  3 AP LON 020 7946 0{r.randint(100, 999)} - CORP TRAVEL
  4 FA PAX 125-{lk_digits(r, 10)}/ETBA/GBP287.40/12JUN24/LONBA28AA/91212345/S2
  5 FP CC{'VI'}{c}/{r.randint(1, 12):02d}{r.randint(25, 30)}*CV/N1
  6 FP O/CCAX{c2}/{r.randint(1, 12):02d}{r.randint(25, 30)}/N1
  7 RM CARD VERIFIED BY PHONE {r.randint(10, 23)}{r.randint(10, 59)}Z
"""


def exception_log(d, i):
    r = d.rng
    out = []
    for k in range(5):
        c = d.card(r.choice(["visa", "mc", "discover"]))
        out.append(f"2024-06-12 1{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)} ERROR [http-nio-8443-exec-{r.randint(1, 20)}] c.c.p.CardService : validation failed for order {order_id(r)}")
        out.append(f"com.corp.payments.CardExpiredException: card {c} expired {r.randint(1, 12):02d}/{r.randint(20, 24)}\n"
                   f"\tat com.corp.payments.CardService.validate(CardService.java:{r.randint(50, 300)})\n"
                   f"\tat com.corp.payments.CheckoutController.pay(CheckoutController.java:{r.randint(50, 300)})\n"
                   f"\tat jdk.internal.reflect.GeneratedMethodAccessor{r.randint(100, 999)}.invoke(Unknown Source)\n"
                   f"\t... 48 common frames omitted")
        out.append(f"2024-06-12 1{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)} INFO  [http-nio-8443-exec-{r.randint(1, 20)}] c.c.p.DeviceInfo : device imei={imei(r)} requestTs={ms_ts(r)} session={lk_digits(r, 16, '1')}")
    return "\n".join(out) + "\n"


def chargeback_csv(d, i):
    r = d.rng
    rows = ["Case ID;Received;Reason Code;Card Number;Auth Date;Amount;Currency;ARN;Merchant Ref;Status"]
    for k in range(14):
        if k % 6 == 5:
            c = masked_card(r, "first6")
        else:
            c = d.card(r.choice(["visa", "mc", "mc2", "amex", "jcb", "unionpay"]), r.choice(["plain", "space"]))
        rows.append(f"CB{r.randint(10**7, 10**8)};2024-06-{r.randint(1, 12):02d};{r.choice(['10.4', '13.1', '4837', '4853', 'F29'])};{c};2024-05-{r.randint(1, 28):02d};{r.randint(5, 900)},{r.randint(0, 99):02d};EUR;{lk_digits(r, 23, '2478')};{order_id(r)};{r.choice(['OPEN', 'REPRESENTED', 'LOST'])}")
    return "Acquirer dispute report — merchant 4410{r.randint(100000, 999999)} — export 2024-06-12\n".replace("{r.randint(100000, 999999)}", str(r.randint(100000, 999999))) + "\n".join(rows) + "\n"


def clean_stripe_events(d, i):
    r = d.rng
    evs = []
    for k in range(3):
        evs.append({"id": "evt_" + rs(r, ALNUM, 24), "object": "event", "api_version": "2024-04-10", "created": 1718180000 + k * 777,
                    "type": "charge.succeeded", "data": {"object": {"id": "ch_" + rs(r, ALNUM, 24), "amount": r.randint(100, 99999), "currency": "eur",
                                                                    "payment_method_details": {"type": "card", "card": {"brand": r.choice(["visa", "mastercard", "amex"]), "last4": digits(r, 4), "exp_month": r.randint(1, 12), "exp_year": r.randint(2025, 2030), "fingerprint": rs(r, ALNUM, 16), "country": "DE", "funding": "credit", "network_transaction_id": lk_digits(r, 15)}},
                                                                    "metadata": {"order_id": order_id(r)}, "balance_transaction": "txn_" + rs(r, ALNUM, 24)}},
                    "request": {"id": "req_" + rs(r, ALNUM, 14), "idempotency_key": uuid4(r)}})
    return json.dumps(evs, indent=2) + "\n"


def clean_test_cards_doc(d, i):
    r = d.rng
    rows = "\n".join(f"| {c} | {n} |" for c, n in zip(TEST_CARDS, ["Visa – succeeds", "Visa debit", "Mastercard", "Amex", "Discover", "Visa (legacy)", "Mastercard (legacy)"]))
    return f"""# Payments sandbox — test data

Use only these published test numbers in the sandbox; real cards are rejected there.

| Number | Behaviour |
|---|---|
{rows}

Any future expiry (e.g. 12/34) and any CVC work. Masked values in logs look like `{masked_card(r, 'first6')}`.

Order ids are 16 digits with a Luhn check digit so that typos are caught, e.g. `{order_id(r)}`,
`{order_id(r)}`. They are **not** card numbers and never start with a card-network prefix.

Device IMEIs in crash reports (e.g. `{imei(r)}`) and millisecond timestamps (`{ms_ts(r)}`)
are also digit runs that the log scrubber must leave alone. SIM ICCIDs look like `8944{lk_digits(r, 15, '0123456789')}`.
"""


def clean_crash_report(d, i):
    r = d.rng
    return f"""{{
  "crash_id": "{uuid4(r)}",
  "app": "com.corp.wallet",
  "version": "6.{r.randint(0, 9)}.{r.randint(0, 20)} ({r.randint(10000, 99999)})",
  "device": {{"model": "SM-S918B", "imei": "{imei(r)}", "iccid": "8946{lk_digits(r, 15, '0123456789')}", "android": "14"}},
  "occurred_at_ms": {ms_ts(r)},
  "uploaded_at_ms": {ms_ts(r)},
  "session": "{lk_digits(r, 16, '1')}",
  "order_in_progress": "{order_id(r)}",
  "thread": "main",
  "exception": "java.lang.IllegalStateException: Fragment CardEntryFragment not attached",
  "frames": [
    "com.corp.wallet.ui.CardEntryFragment.onTextChanged(CardEntryFragment.kt:212)",
    "android.widget.TextView.sendOnTextChanged(TextView.java:11036)"
  ],
  "build_sha": "{sha1(r)}"
}}
"""


def clean_pci_report(d, i):
    r = d.rng
    rows = []
    for k in range(6):
        rows.append(f"  {k + 1}. /var/log/checkout/app.log.{r.randint(1, 9)}.gz  line {r.randint(100, 99999)}  match {masked_card(r, 'first6')}  (Luhn ok, BIN {r.choice(['Visa', 'Mastercard'])})  status: REMEDIATED")
    return f"""PAN DISCOVERY SCAN — summary                     scan id {uuid4(r)}
Scope: app-prod-*, 1{r.randint(10, 99)} hosts, 2024-06-11 22:00 → 2024-06-12 03:41
Engine: cardscan 3.4.1  rules rev {short_sha(r)}

Findings (masked):
{chr(10).join(rows)}

False positives suppressed: {r.randint(100, 999)} (order ids with Luhn check, IMEIs, epoch-ms timestamps)
Next scan: 2024-06-19 22:00 UTC
"""


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("app-logs/checkout-gateway-{i}.log", gateway_log, 3)
_add("app-logs/jpos-iso8583-trace.log", iso8583)
_add("sql/shop2009-payments.sql", legacy_sql)
_add("csv/corporate-cards.csv", card_csv)
_add("chat/support-chat-{i}.txt", chat_card, 2)
_add("tickets/billing-double-charge.txt", ticket_card)
_add("email/booking-guarantee.eml", email_card)
_add("ocr/receipt-merchant-copy.txt", receipt_ocr)
_add("app-logs/pos-terminal.log", pos_log)
_add("access-logs/legacy-pay.log", querystring_log)
_add("xml/ota-hotel-res-guarantee.xml", ota_card)
_add("chat/slack-finance-export.json", slack_export)
_add("docs/pnr-fop.txt", airline_fop)
_add("app-logs/payments-exceptions.log", exception_log)
_add("csv/acquirer-disputes.csv", chargeback_csv)
_add("events/stripe-events.json", clean_stripe_events)
_add("docs/payments-sandbox.md", clean_test_cards_doc)
_add("api/crash-report.json", clean_crash_report)
_add("docs/pan-scan-summary.txt", clean_pci_report)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
