"""Card numbers in payment carriers beside card-shaped look-alikes: Luhn-valid ids without a card network
prefix, masked PANs, IMEIs, published test cards (unlabelled)."""
from core import EN_FIRST, EN_LAST, SV_FIRST, SV_LAST
from registry import doc

NETS = ["visa", "visa", "mc", "mc", "amex", "disc", "diners", "jcb", "maestro"]


def nm(d):
    return f"{d.r.choice(EN_FIRST + SV_FIRST)} {d.r.choice(EN_LAST + SV_LAST)}"


@doc("hotel-pms-folio-export-csv", "pms/folio-guarantees-2026-01-19.csv", "hotel property management folio guarantee export")
def _(d):
    rows = ["ReservationNo,Guest,Arrival,Nights,GuaranteeType,CardNumber,Expiry,LoyaltyNo"]
    for i in range(10):
        if i % 4 == 3:
            card = d.mask(d.r.choice(["visa", "mc"]), "X")
            d.X(card)
            gt = "CC (tokenised)"
        else:
            card = d.L("credit-card", d.card(d.r.choice(NETS)))
            gt = "CC"
        rows.append(d.T(f"⟨lkcard:16⟩,{nm(d)},2026-01-{d.r.randint(19, 30)},{d.r.randint(1, 5)},{gt},{card},{d.r.randint(1, 12):02d}/{d.r.randint(27, 30)},⟨lkcard:16⟩"))
    return "\n".join(rows) + "\n"


@doc("recurring-billing-migration-csv", "migration/subscriptions-legacy-export.csv", "subscription billing migration export")
def _(d):
    rows = ["subscription_id,customer_email,plan,card_number,card_exp,device_imei,next_bill"]
    for i in range(10):
        rows.append(d.T(f"⟨lkcard:16⟩,⟨em:person⟩,{d.r.choice(['basic', 'plus', 'family'])},⟨card:{d.r.choice(NETS)}⟩,{d.r.randint(1, 12):02d}/{d.r.randint(27, 31)},⟨imei⟩,2026-02-0{d.r.randint(1, 9)}"))
    return "\n".join(rows) + "\n"


@doc("ecommerce-orders-sql-dump", "backups/webshop-orders-2019.sql", "old webshop database dump with stored card numbers")
def _(d):
    out = ["-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)", "-- Host: localhost    Database: webshop",
           "LOCK TABLES `orders` WRITE;", "INSERT INTO `orders` (`id`,`order_no`,`email`,`cc_number`,`cc_exp`,`cc_cvv`,`total`) VALUES"]
    vals = []
    for i in range(9):
        net = d.r.choice(NETS)
        vals.append(d.T(f"({1200 + i},'⟨lkcard:16⟩','⟨em:person⟩','⟨card:{net}⟩','{d.r.randint(1, 12):02d}/{d.r.randint(19, 24)}','{d.r.randint(100, 999)}',{d.r.randint(100, 3000)}.00)"))
    vals.append("(1299,'9000000000000001','qa@shop.test','4242424242424242','12/34','123',1.00)")
    out.append(",\n".join(vals) + ";")
    out.append("UNLOCK TABLES;")
    return "\n".join(out) + "\n"


@doc("moneris-batch-close-report-txt", "reports/moneris-batch-312.txt", "card processor batch close report")
def _(d):
    out = ["BATCH CLOSE REPORT   Merchant: TIDEWATER FREIGHT   Batch: 312   2026-01-19", "-" * 72,
           f"{'Txn':<6}{'Card':<22}{'Type':<10}{'Amount':>10}  Ref"]
    for i in range(10):
        net = d.r.choice(["visa", "mc", "amex", "disc"])
        if i % 3 == 1:
            card = d.X(d.mask(net, "4**4"))
        else:
            card = d.L("credit-card", d.card(net, d.r.choice(["sp", ""])))
        out.append(f"{i + 1:<6}{card:<22}{d.r.choice(['PURCHASE', 'REFUND']):<10}{d.r.randint(10, 900):>7}.{d.r.randint(10, 99)}  " + d.T("⟨lkcard:18⟩"))
    return "\n".join(out) + "\n"


@doc("callcenter-pci-redaction-audit-jsonl", "audit/redaction-misses-2026-01.jsonl", "contact centre pci redaction audit (jsonl)")
def _(d):
    out = []
    for i in range(7):
        net = d.r.choice(["visa", "mc", "amex"])
        out.append(d.T(f'{{"call_id":"⟨uuid⟩","agent":"A{d.r.randint(100, 999)}","utterance":"yes the card number is ⟨card:{net}.sp⟩ and it expires {d.r.randint(1, 12)}/{d.r.randint(27, 30)}","redacted":false,"customer_phone":"⟨ph:uk⟩"}}'))
    out.append(d.T('{"call_id":"⟨uuid⟩","agent":"A204","utterance":"the card number is [REDACTED]","redacted":true,"customer_phone":"⟨ph:uk⟩"}'))
    return "\n".join(out) + "\n"


@doc("verifone-terminal-debug-log", "terminal/VX520-0412-debug.log", "payment terminal debug log")
def _(d):
    out = []
    for i in range(4):
        net = d.r.choice(["visa", "mc"])
        pan = d.card(net)
        d.L("credit-card", pan)
        out += [d.T(f"01/19 14:{10 + i}:01 EMV  AID A0000000{'031010' if net == 'visa' else '041010'} selected"),
                f"01/19 14:{10 + i}:02 EMV  5A(PAN)={pan}",
                f"01/19 14:{10 + i}:02 EMV  5F24(EXP)={d.r.randint(27, 31)}{d.r.randint(1, 12):02d}31",
                d.T(f"01/19 14:{10 + i}:02 EMV  9F36(ATC)=00{d.r.randint(10, 99)} 9F26(AC)=⟨HEX:16⟩"),
                d.T(f"01/19 14:{10 + i}:03 HOST STAN=⟨int:6⟩ RRN=⟨int:12⟩ RESP=00")]
    return "\n".join(out) + "\n"


@doc("giftcard-and-loyalty-lookup-log", "logs/kassa-lookup-2026-01-19.log", "retail till card lookup log (gift, loyalty and payment cards)")
def _(d):
    out = []
    for i in range(10):
        kind = i % 4
        if kind == 0:
            out.append(d.T("INFO lookup type=GIFTCARD number=⟨lkcard:19⟩ balance=500.00"))
        elif kind == 1:
            out.append(d.T("INFO lookup type=LOYALTY member=⟨lkcard:16⟩ tier=silver"))
        elif kind == 2:
            out.append(d.T(f"WARN lookup type=UNKNOWN number=⟨card:{d.r.choice(['visa', 'mc'])}⟩ -> looks like a payment card, rejected (cashier typed card into gift field)"))
        else:
            out.append(d.T("INFO lookup type=GIFTCARD number=⟨lkcard:16⟩ balance=0.00"))
    return "\n".join(out) + "\n"


@doc("travel-expense-card-statement-csv", "expenses/corporate-card-2026-01.csv", "corporate card statement export")
def _(d):
    rows = ["Cardholder,Card Number,Transaction Date,Merchant,Amount SEK,Expense Report"]
    for i in range(10):
        net = d.r.choice(["visa", "mc", "amex", "diners"])
        rows.append(d.T(f"{nm(d)},⟨card:{net}⟩,2026-01-{d.r.randint(2, 18):02d},{d.r.choice(['SAS', 'SJ', 'Scandic', 'Taxi Kurir', 'Espresso House'])},{d.r.randint(45, 4000)},ER-⟨lkcard:16⟩"))
    return "\n".join(rows) + "\n"


@doc("payment-iframe-postmessage-debug", "logs/checkout-frontend-2026-01-19.log", "web checkout frontend debug log")
def _(d):
    return d.T('''[checkout] 09:12:03.118 init iframe origin=https://pay.northwind-outfitters.com
[checkout] 09:12:41.502 postMessage {"type":"card-change","brand":"visa","bin":"4⟨int:5⟩","last4":"⟨int:4⟩"}
[checkout] 09:12:52.907 postMessage {"type":"submit","pan":"⟨card:visa⟩","exp":"08/29","name":"Laura Bennett"}
[checkout] 09:12:52.911 WARN full PAN crossed the iframe boundary – debug build only
[checkout] 09:13:10.044 postMessage {"type":"submit","pan":"⟨card:mc.sp⟩","exp":"11/28","name":"Aaron Clarke"}
[checkout] 09:14:22.300 test mode: {"pan":"5555555555554444","exp":"12/34"} -> ok
[checkout] 09:15:01.781 order ⟨lkcard:16⟩ confirmed, payment ⟨lkcard:16⟩
''')
