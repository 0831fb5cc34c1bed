"""Payment card numbers in processor logs, exports, transcripts and forms, beside card-shaped
look-alikes (order and reference numbers failing Luhn, gift cards, IMEIs, masked PANs, epoch ms)."""
import json
import urllib.parse

from core import doc, AN, ANU, HEXU, luhn_sum_ok

M = "cards"
NETS = ["v", "v", "v", "m", "m", "m2", "a", "d", "j", "dc", "mae"]


def net_name(n):
    return {"v": "VISA", "m": "MASTERCARD", "m2": "MASTERCARD", "a": "AMEX", "d": "DISCOVER", "j": "JCB",
            "dc": "DINERS", "mae": "MAESTRO", "u": "UNIONPAY"}[n]


@doc(M, "pci-dss-scan-findings-csv", "reports/cardscan-2026-01-18-fileserver.csv", "card data discovery scan findings")
def pci_scan(d):
    rows = ["# cardscan 4.2.1 --show-full-match --paths //fs01/Ekonomi,//fs01/Kundtjanst  started 2026-01-18T22:00:02+01:00",
            "scan_id,host,path,line,offset,match_type,match,confidence,file_sha256,last_modified"]
    sid = "SCN-" + d.s("0123456789", 6)
    paths = ["//fs01/Kundtjanst/2019/telefonorder-maj.xlsx", "//fs01/Ekonomi/Reskontra/aterbetalningar_2021.csv",
             "//fs01/Kundtjanst/mallar/kortbetalning_exempel.docx", "//fs01/Ekonomi/Arkiv/old_pos_export.txt",
             "//fs01/Kundtjanst/Inkorg/fwd_kortuppgifter.msg", "//fs01/Ekonomi/Resor/hotellbokning_2022.pdf",
             "//fs01/Kundtjanst/IT/mobiler_inventering.xlsx", "//fs01/Ekonomi/Arkiv/old_pos_export.txt",
             "//fs01/Ekonomi/Reskontra/kvitton_scan.pdf", "//fs01/Kundtjanst/2020/reklamationer.xlsx"]
    kinds = ["pan", "pan", "test", "pan", "pan", "pan", "imei", "maybe", "masked", "pan"]
    for p, k in zip(paths, kinds):
        line, off = d.r.randint(1, 900), d.r.randint(0, 4000)
        if k == "pan":
            m = d.lab("card", d.pick(NETS) + "," + d.pick(["plain", "sp", "dash"]))
            mt, conf = "PAN_" + net_name("v" if m[0] == "4" else "m"), "high"
            if m[0] == "3":
                mt = "PAN_AMEX" if m[:2] in ("34", "37") else ("PAN_JCB" if m[:2] == "35" else "PAN_DINERS")
            elif m[0] == "6":
                mt = "PAN_DISCOVER" if m.startswith(("6011", "64", "65")) else "PAN_MAESTRO"
        elif k == "test":
            m, mt, conf = "4111 1111 1111 1111", "PAN_VISA_TESTCARD", "low"
        elif k == "imei":
            m, mt, conf = d.imei(), "LUHN15", "low"
        elif k == "maybe":
            m, mt, conf = d.card_bad("m", "plain"), "PAN_MASTERCARD_NOLUHN", "low"
        else:
            m, mt, conf = d.masked_card(0), "PAN_TRUNCATED", "info"
        rows.append(f'{sid},fs01,"{p}",{line},{off},{mt},"{m}",{conf},{d.sha256()},2026-01-{d.r.randint(2, 17):02d}T{d.r.randint(6, 20):02d}:{d.r.randint(0, 59):02d}:00Z')
    rows.append(f"# {len(paths)} findings, 6 high, 4 low/info. Scan time 00:41:12. Report id {d.uuid()}")
    return "\n".join(rows) + "\n"


@doc(M, "legacy-ivr-payment-log", "logs/ivr-pay-2026-01-18.log", "telephone payment ivr application log")
def ivr(d):
    out = []
    dnis = d.lab("phone", "SEL,e")
    t = [19, 2, 11]
    for i in range(4):
        callid = d.epoch_ms() + "-" + f"{d.r.randint(1, 99):04d}"
        ani = d.lab("phone", "SE,e") if i != 2 else d.lab("phone", "SEL,e")
        inv = d.X(d.num_safe(10, "4"))
        card = d.lab("card", d.pick(["v", "m", "m", "v"]))
        masked = d.X(card[:6] + "*" * (len(card) - 10) + card[-4:])
        exp = f"{d.r.randint(1, 12):02d}{d.r.randint(26, 30)}"
        amt = f"{d.r.randint(200, 4800)}.{d.pick(['00', '50', '00'])}"
        rrn = d.X(d.num_safe(12, "6"))
        auth = d.s(ANU, 6)
        ts = lambda: f"2026-01-18 {t[0]:02d}:{t[1]:02d}:{t[2]:02d},{d.r.randint(0, 999):03d}"

        def step(sec):
            t[2] += sec
            while t[2] >= 60:
                t[2] -= 60
                t[1] += 1
        w = f"ivr-worker-{d.r.randint(1, 8)}"
        out.append(f"{ts()} INFO  [{w}] CALL {callid} start ANI={ani} DNIS={dnis} lang=sv-SE")
        step(d.r.randint(5, 12))
        out.append(f'{ts()} DEBUG [{w}] CALL {callid} menu=MAIN dtmf="2"')
        step(d.r.randint(8, 20))
        out.append(f'{ts()} DEBUG [{w}] CALL {callid} collect field=invoice_no dtmf="{inv}" valid=true')
        step(d.r.randint(15, 40))
        out.append(f'{ts()} DEBUG [{w}] CALL {callid} collect field=card_number dtmf="{card}#" len={len(card)}')
        step(d.r.randint(5, 12))
        out.append(f'{ts()} DEBUG [{w}] CALL {callid} collect field=expiry dtmf="{exp}"')
        step(d.r.randint(4, 9))
        out.append(f'{ts()} DEBUG [{w}] CALL {callid} collect field=cvc dtmf="***" (masked since IVR-311)')
        step(1)
        out.append(f"{ts()} INFO  [{w}] CALL {callid} PSP auth request ref=IVR-{inv} amount={amt} SEK pan={masked}")
        step(2)
        code = "00" if i != 1 else "51"
        out.append(f"{ts()} INFO  [{w}] CALL {callid} PSP auth response code={code} authcode={auth if code == '00' else '-'} rrn={rrn}")
        step(d.r.randint(60, 300))
    return "\n".join(out) + "\n"


@doc(M, "ms-access-orders-export-csv", "exports/Orders_2018-2019.csv", "desktop database orders table export")
def access_orders(d):
    out = ['"OrderID","OrderDate","CustomerName","Address","City","State","Zip","Phone","CardType","CardNumber","ExpMonth","ExpYear","Amount","Notes"']
    cities = [("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202"), ("Seattle", "WA", "98101"),
              ("Columbus", "OH", "43215"), ("Raleigh", "NC", "27601"), ("Boston", "MA", "02108")]
    streets = ["Oak St", "Maple Ave", "Pine Rd", "Elm St", "Cedar Ln", "Lake Dr", "Hill St"]
    for i in range(7):
        f, l = d.person("us")
        c, st, z = d.pick(cities)
        oid = 10400 + i * d.r.randint(3, 17)
        if i == 5:
            card, ct, notes = "", "Check", "check #" + str(d.r.randint(1000, 9999))
        else:
            net = d.pick(["v", "m", "a", "d", "v"])
            card = d.lab("card", net + "," + d.pick(["plain", "sp", "dash"]))
            ct = {"v": "Visa", "m": "MasterCard", "a": "AmEx", "d": "Discover"}[net]
            notes = d.pick(["", "", "called in", "ship ground", "gift wrap"])
        ph = d.lab("phone", "US," + d.pick(["n", "d"]))
        em, ey = (f"{d.r.randint(1, 12)}", f"{d.r.randint(2019, 2022)}") if card else ("", "")
        out.append(f'{oid},{d.r.randint(1, 12)}/{d.r.randint(1, 28)}/{d.pick(["2018", "2019"])} 0:00:00,"{f} {l}","{d.r.randint(100, 9999)} {d.pick(streets)}","{c}","{st}","{z}","{ph}","{ct}","{card}",{em},{ey},{d.r.randint(12, 480)}.{d.r.randint(0, 99):02d},"{notes}"')
    return "\r\n".join(out) + "\r\n"


@doc(M, "freshservice-ticket-json", "tickets/INC-20931.json", "it service desk ticket export (json)")
def freshservice(d):
    cust_first, cust_last, _ = d.person_sv("F")
    sup = d.lab("rmail", "cykelbutiken-umea.se")
    email = d.lab("email", "se")
    card = d.lab("card", "v,sp")
    card2 = d.lab("card", "m,plain")
    ups = d.ups()
    order = d.card_bad("v", "plain")
    masked = d.masked_card(1)
    phone = d.lab("phone", "SE,n")
    conv = [
        {"id": d.r.randint(10**10, 10**11), "body_text": f"Hej! Min beställning {order} har inte kommit. Spårning {ups} står still sedan i fredags. "
                                                         f"Ni får dra pengarna igen från kortet om det behövs: {card} 09/28. Mvh {cust_first} {cust_last}, tel {phone}",
         "incoming": True, "private": False, "user_id": d.r.randint(10**10, 10**11), "from_email": email,
         "created_at": "2026-01-16T09:12:44Z"},
        {"id": d.r.randint(10**10, 10**11), "body_text": f"Hej {cust_first}! Vi har skickat en ny leverans. Skicka aldrig kortnummer via mejl – vi har maskat det i vårt system ({masked}).",
         "incoming": False, "private": False, "user_id": d.r.randint(10**10, 10**11), "from_email": sup,
         "created_at": "2026-01-16T10:03:10Z"},
        {"id": d.r.randint(10**10, 10**11), "body_text": f"Intern: kunden skickade även ett andra kort i chatten ({card2}). Rensa ärendet enligt PCI-rutinen.",
         "incoming": False, "private": True, "user_id": d.r.randint(10**10, 10**11), "from_email": None,
         "created_at": "2026-01-16T10:05:51Z"},
    ]
    t = {"ticket": {"id": 20931, "subject": f"Leverans saknas order {order}", "status": 4, "priority": 2,
                    "source": 1, "requester_id": conv[0]["user_id"], "group_id": d.r.randint(10**10, 10**11),
                    "created_at": "2026-01-16T09:12:44Z", "updated_at": "2026-01-16T10:05:51Z",
                    "custom_fields": {"ordernummer": order, "sparningsnummer": ups}, "conversations": conv}}
    return json.dumps(t, indent=2, ensure_ascii=False) + "\n"


@doc(M, "cybersource-soap-debug-log", "logs/payment-gateway.2026-01-19.log", "payment gateway soap client debug log")
def cybersource(d):
    out = []
    for i in range(3):
        f, l = d.person("en")
        card = d.lab("card", d.pick(["v", "m", "a"]))
        em = d.lab("email", "en")
        ph = d.lab("phone", "GB,e")
        ip = d.lab("ip4")
        ref = f"ORD-{d.r.randint(100000, 999999)}"
        req_id = d.num_safe(22, "7")
        tok = d.shape("b64:96", clean=False)
        ts = f"2026-01-19 14:{10 + i * 7:02d}:{d.r.randint(0, 59):02d},{d.r.randint(0, 999):03d}"
        ctype = {"4": "001", "5": "002", "3": "003"}[card[0]]
        out.append(f"""{ts} DEBUG [http-nio-8443-exec-{d.r.randint(1, 20)}] c.c.ws.client.Client - request:
<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:BinarySecurityToken EncodingType="...#Base64Binary" ValueType="...#X509v3">MIIC...(trimmed)</wsse:BinarySecurityToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <requestMessage xmlns="urn:schemas-cybersource-com:transaction-data-1.219">
      <merchantID>teamsport_uk</merchantID>
      <merchantReferenceCode>{ref}</merchantReferenceCode>
      <billTo>
        <firstName>{f}</firstName>
        <lastName>{l}</lastName>
        <street1>{d.r.randint(1, 200)} High Street</street1>
        <city>Leeds</city>
        <postalCode>LS1 {d.r.randint(1, 9)}AB</postalCode>
        <country>GB</country>
        <phoneNumber>{ph}</phoneNumber>
        <email>{em}</email>
        <ipAddress>{ip}</ipAddress>
      </billTo>
      <purchaseTotals><currency>GBP</currency><grandTotalAmount>{d.r.randint(10, 300)}.{d.r.randint(0, 99):02d}</grandTotalAmount></purchaseTotals>
      <card>
        <accountNumber>{card}</accountNumber>
        <expirationMonth>{d.r.randint(1, 12):02d}</expirationMonth>
        <expirationYear>20{d.r.randint(26, 31)}</expirationYear>
        <cardType>{ctype}</cardType>
      </card>
      <ccAuthService run="true"/>
    </requestMessage>
  </soapenv:Body>
</soapenv:Envelope>
{ts[:-4]},{d.r.randint(0, 999):03d} DEBUG [http-nio-8443-exec-{d.r.randint(1, 20)}] c.c.ws.client.Client - response: decision=ACCEPT reasonCode=100 requestID={req_id} requestToken={tok[:60]}""")
        d.X(tok[:60])
    return "\n".join(out) + "\n"


@doc(M, "nmi-transact-api-log", "storage/logs/laravel-2026-01-19.log", "php framework log with payment api requests")
def nmi(d):
    key = d.lab("gs", "an32")
    out = []
    for i in range(3):
        f, l = d.person("us")
        card = d.lab("card", d.pick(["v", "m", "d"]))
        em = d.email("us", f, l)
        em_enc = d.L("email", urllib.parse.quote(em, safe=""))
        ip = d.lab("ip4")
        amt = f"{d.r.randint(9, 250)}.{d.r.randint(0, 99):02d}"
        body = (f"security_key={key}&type=sale&ccnumber={card}&ccexp={d.r.randint(1, 12):02d}{d.r.randint(26, 31)}"
                f"&cvv={d.r.randint(100, 999)}&amount={amt}&first_name={f}&last_name={l}&email={em_enc}&ipaddress={ip}&orderid=WEB{d.r.randint(40000, 49999)}")
        tx = d.X(d.num_safe(11, "1"))
        out.append(f'[2026-01-19 10:{4 + i * 9:02d}:{d.r.randint(10, 59)}] production.DEBUG: NMI request {{"url":"https://secure.nmi.com/api/transact.php","method":"POST","body":"{body}"}}')
        out.append(f'[2026-01-19 10:{4 + i * 9:02d}:{d.r.randint(10, 59)}] production.DEBUG: NMI response {{"status":200,"body":"response=1&responsetext=SUCCESS&authcode={d.r.randint(100000, 999999)}&transactionid={tx}&avsresponse=Y&cvvresponse=M&orderid=WEB{d.r.randint(40000, 49999)}&type=sale&response_code=100"}}')
    out.append('[2026-01-19 10:31:02] production.ERROR: Payment declined {"exception":"[object] (App\\\\Exceptions\\\\PaymentDeclined(code: 0): responsetext=DECLINE at /var/www/shop/app/Services/Nmi.php:88)"}')
    return "\n".join(out) + "\n"


@doc(M, "payflow-pro-nvp-log", "logs/payflow-debug.log", "legacy payment gateway name-value-pair debug log")
def payflow(d):
    pw = d.lab("pw", "a")
    out = []
    for i in range(3):
        f, l = d.person("us")
        card = d.lab("card", d.pick(["v", "m", "a"]))
        em = d.lab("email", "us")
        pnref = d.X(d.s(ANU, 12))
        out.append(f"2026-01-19 09:{11 + i * 4:02d}:{d.r.randint(10, 59)} [PayflowNVP] PARMLIST: TRXTYPE=S&TENDER=C&PARTNER=PayPal&VENDOR=trailgearco&USER=trailgearco&PWD[{len(pw)}]={pw}"
                   f"&ACCT={card}&EXPDATE={d.r.randint(1, 12):02d}{d.r.randint(26, 31)}&AMT={d.r.randint(20, 400)}.00&CURRENCY=USD"
                   f"&BILLTOFIRSTNAME[{len(f)}]={f}&BILLTOLASTNAME[{len(l)}]={l}&BILLTOEMAIL[{len(em)}]={em}&COMMENT1=web order&VERBOSITY=HIGH")
        out.append(f"2026-01-19 09:{11 + i * 4:02d}:{d.r.randint(10, 59)} [PayflowNVP] RESPONSE: RESULT=0&PNREF={pnref}&RESPMSG=Approved&AUTHCODE={d.r.randint(100000, 999999)}&AVSADDR=Y&AVSZIP=Y&CVV2MATCH=Y&HOSTCODE=A&PROCAVS=Y&PROCCVV2=M&TRANSTIME=2026-01-19 09:{11 + i * 4:02d}:30&AMEXID=&CARDTYPE={d.r.randint(0, 3)}")
    return "\n".join(out) + "\n"


@doc(M, "fraud-review-queue-csv", "exports/fraud-queue-2026-01-19.csv", "fraud review queue export")
def fraud(d):
    out = ["case_id,created_at,order_id,customer_email,ip,bin,last4,pan_full,amount,currency,risk_score,reason,decision"]
    for i in range(7):
        escal = i in (1, 3, 4, 6)
        net = d.pick(["v", "m", "m2", "a"])
        full = d.card(net)
        if escal:
            pan = d.L("credit-card", full)
        else:
            pan = ""
        if i % 2:
            oid = d.card_bad(d.pick(["v", "m"]))
        else:
            while True:
                oid = "2026011" + d.s("0123456789", 9)
                if not luhn_sum_ok(oid):
                    break
            d.X(oid)
        em = d.lab("email", d.pick(["en", "us", "de", "se"]))
        ip = d.lab("ip4")
        score = d.r.randint(55, 99)
        reason = d.pick(["velocity_email", "ip_country_mismatch", "bin_country_mismatch", "proxy_detected", "many_cards_one_device"])
        dec = d.pick(["", "", "approve", "refund", "block"]) if not escal else "escalated"
        out.append(f"FRQ-{d.r.randint(100000, 999999)},2026-01-19T{d.r.randint(0, 23):02d}:{d.r.randint(0, 59):02d}:{d.r.randint(0, 59):02d}Z,{oid},{em},{ip},{full[:6]},{full[-4:]},{pan},{d.r.randint(15, 900)}.{d.r.randint(0, 99):02d},{d.pick(['EUR', 'SEK', 'GBP'])},{score},{reason},{dec}")
    # card-shaped order ids with a card prefix that fail Luhn
    out.append(f"# merged duplicates: {d.card_bad('v')} -> {d.card_bad('m')}")
    return "\n".join(out) + "\n"


@doc(M, "tsys-batch-detail-report-txt", "reports/batch_detail_0412.txt", "card processor batch detail print report")
def tsys(d):
    mid = d.X(d.num_safe(13, "8"))
    lines = ["TSYS MERCHANT SERVICES                        BATCH DETAIL REPORT                       PAGE    1",
             f"MERCHANT: {mid}  KAFFEROSTERIET STORGATAN        TERMINAL: 0001    BATCH: 0412",
             "REPORT DATE: 01/19/2026 06:00             DATE RANGE: 01/18/2026 - 01/18/2026",
             "-" * 96,
             "SEQ  CARD TYPE   CARD NUMBER            EXP    TRAN TYPE    AMOUNT      AUTH     REF NUMBER     ",
             "-" * 96]
    tot = 0
    for i in range(9):
        net = d.pick(["v", "m", "a", "d", "v", "m"])
        if i == 4:
            num = d.masked_card(2)
            ctype = "VISA"
        else:
            num = d.lab("card", net)
            ctype = net_name(net)
        amt = d.r.randint(300, 9800)
        tot += amt
        ref = d.X(d.num_safe(12, "6"))
        ttype = "SALE" if i != 5 else "RETURN"
        lines.append(f"{i + 1:04d} {ctype:<11} {num:<22} {d.r.randint(1, 12):02d}/{d.r.randint(26, 30)}  {ttype:<12} ${amt / 100:>9.2f}  {d.s(ANU, 6)}   {ref}")
    lines += ["-" * 96, f"BATCH TOTAL  COUNT: 9   NET AMOUNT: ${tot / 100:,.2f}", "",
              "*** CARDHOLDER NUMBERS ARE NOT TRUNCATED ON THIS LEGACY REPORT - STORE SECURELY ***", ""]
    return "\n".join(lines)


@doc(M, "emv-kernel-tlv-trace", "logs/emv-trace-T0007-20260119.log", "payment terminal emv kernel trace")
def emv(d):
    out = []
    for i, (aid, label, net) in enumerate([("A0000000031010", "VISA CREDIT", "v"), ("A0000000041010", "MASTERCARD", "m"),
                                           ("A0000000031010", "VISA DEBIT", "v")]):
        pan = d.lab("card", net)
        d.glue_ok.add(pan)
        exp = f"{d.r.randint(26, 31)}{d.r.randint(1, 12):02d}"
        t2 = f"{pan}D{exp}201{d.s('0123456789', 13)}F"
        f, l = d.person("en")
        t = f"10:{22 + i * 3:02d}:{d.r.randint(10, 59)}"
        out.append(f"""[EMV] {t}.114 txn start amount=000000012900 currency=0752 type=00
[EMV] {t}.130 SELECT PPSE -> 9000
[EMV] {t}.166 SELECT AID {aid} ({label}) -> 9000
[EMV] {t}.230 GPO -> 77 12 82 02 19 80 94 0C 08 01 01 00 10 01 03 01 18 01 02 00
[EMV] {t}.410 READ RECORD SFI 1 REC 1
    57   Track 2 Equivalent Data ........ {t2}
    5A   Application PAN ................ {pan}
    5F24 Application Expiration Date .... {exp}31
    5F20 Cardholder Name ................ {l.upper()}/{f.upper()}
    5F34 PAN Sequence Number ............ 01
[EMV] {t}.512 GENERATE AC (ARQC)
    9F26 Application Cryptogram ......... {d.X(d.s(HEXU, 16))}
    9F36 Application Transaction Counter  {d.s(HEXU, 4)}
    95   Terminal Verification Results .. 0000048000
    9F37 Unpredictable Number ........... {d.s(HEXU, 8)}
[EMV] {t}.940 online auth result 00 approval {d.s(ANU, 6)}""")
    return "\n".join(out) + "\n"


@doc(M, "contact-center-transcript-json", "transcripts/contact-2026-01-19-0931.json", "contact centre call analytics transcript")
def contact(d):
    card = d.lab("card", "m,sp")
    card_spoken = d.lab("card", "v,plain")
    em = d.lab("email", "en")
    phone = d.lab("phone", "GB,e")
    cid = d.uuid()
    t = [
        ("AGENT", "Thank you for calling Brightwater Energy, you're speaking with Daniel. How can I help?"),
        ("CUSTOMER", "Hi, I want to pay my overdue bill, the account is on my husband's name though."),
        ("AGENT", "No problem. Can I take the email address on the account?"),
        ("CUSTOMER", f"Yes it's {em}."),
        ("AGENT", "Thanks. And the long card number please, I will put you through to the secure line after."),
        ("CUSTOMER", f"It's {card}, expiry nine twenty-eight."),
        ("AGENT", "That one was declined, do you have another card?"),
        ("CUSTOMER", f"Try the Visa then, {card_spoken}."),
        ("AGENT", "That went through. Your reference is BW" + d.num_safe(9, "3") + ". Anything else?"),
    ]
    tr, off = [], 0
    for who, txt in t:
        dur = 1500 + len(txt) * 55
        tr.append({"ParticipantId": who, "Id": d.uuid(), "Content": txt, "BeginOffsetMillis": off,
                   "EndOffsetMillis": off + dur, "Sentiment": d.pick(["NEUTRAL", "NEUTRAL", "POSITIVE", "NEGATIVE"])})
        off += dur + d.r.randint(200, 900)
    doc_ = {"Version": "1.1.0", "AccountId": d.num_safe(12, "4"), "Channel": "VOICE", "ContentMetadata": {"Output": "Raw", "RedactionTypes": []},
            "JobStatus": "COMPLETED", "LanguageCode": "en-GB", "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
                                                                                 {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"}],
            "CustomerMetadata": {"ContactId": cid, "InstanceId": d.uuid(), "InputS3Uri": f"s3://connect-recordings-bw/{cid}.wav",
                                 "CustomerEndpoint": phone},
            "Transcript": tr}
    return json.dumps(doc_, indent=2) + "\n"


@doc(M, "mail-order-form-ocr-txt", "scans/postorder-batch-0119.ocr.txt", "ocr text of scanned mail-order forms")
def ocr_forms(d):
    out = []
    for i in range(3):
        f, l, sex = d.person_sv()
        pnr = d.lab("pnr", d.pick(["L", "S"]))
        card = d.lab("card", d.pick(["v", "m"]) + ",sp")
        street, pc, town = d.address_sv()
        ph = d.lab("phone", "SE,n")
        em = d.lab("email", "se", )
        order = d.X(d.num_safe(8, "3"))
        out.append(f"""===== sida {i + 1} / 3  (scan 2026-01-19 08:{12 + i:02d}, 300 dpi, konfidens 0.9{d.r.randint(1, 8)}) =====
HEMTEXTILKATALOGEN VÅREN 2026           BESTÄLLNINGSBLANKETT
Kundnr (om du har): {d.X(d.num_safe(7, '2'))}            Ordernr (ifylls av oss): {order}

Namn: {f} {l}
Adress: {street}
Postnr/Ort: {pc} {town}
Telefon dagtid: {ph}
E-post: {em}
Personnummer (för delbetalning): {pnr}

Art.nr    Antal   Benämning                      Pris
{d.r.randint(10000, 99999)}     {d.r.randint(1, 3)}       Påslakan 150x210 grå       {d.r.randint(199, 699)},00
{d.r.randint(10000, 99999)}     {d.r.randint(1, 4)}       Örngott 50x60 2-pack       {d.r.randint(99, 299)},00

Betalning:  [ ] Faktura   [x] Kort   [ ] Delbetalning
Kortnummer: {card}
Giltigt t.o.m.: {d.r.randint(1, 12):02d}/{d.r.randint(26, 30)}     CVC: [   ]  (ring oss)
Underskrift: ~~{f[0]}. {l}~~
""")
    return "\n".join(out)


@doc(M, "giftcard-batch-activation-csv", "giftcards/activation-batch-B2026-007.csv", "gift card batch activation file")
def giftcards(d):
    out = ["card_number,pin,value,currency,activated_at,store,batch"]
    for i in range(12):
        if i % 2:
            gc = d.digits_bad_luhn(19, "7")
        else:
            g16 = d.digits_bad_luhn(16, "6")
            d.looks.remove(g16)
            gc = d.X(d.fmt_card(g16, "sp"))
        out.append(f"{gc},{d.r.randint(1000, 9999)},{d.pick([250, 500, 500, 1000])},SEK,2026-01-19T08:{10 + i:02d}:00+01:00,Butik 14 Umeå,B2026-007")
    paid = d.lab("card", "m,sp")
    out.append(f"# batch paid by corporate card {paid} (exp 11/27), invoice ref {d.X(d.num_safe(9, '4'))}")
    out.append(f"# replacement for lost card {d.card_bad('v', 'sp')} -- old card number from the 2019 system, no Luhn")
    return "\n".join(out) + "\n"


@doc(M, "travel-agency-cards-on-file-tsv", "kundregister/kort-pa-fil.tsv", "travel agency cards-on-file sheet (tsv)")
def travel_cards(d):
    out = ["Resenär\tFöretag\tKorttyp\tKortnummer\tGiltig t.o.m.\tKortinnehavare\tTelefon\tEuroBonus\tAnteckning"]
    for i in range(6):
        f, l, _ = d.person_sv()
        net = d.pick(["a", "dc", "v", "m", "a", "v"])
        card = d.lab("card", net + "," + ("sp" if net in ("a", "dc") else d.pick(["sp", "plain"])))
        comp = d.pick(["Byggfirman Syd AB", "Lindqvist Konsult", "Hallonbolaget AB", "Norrlandsfisk HB"])
        out.append(f"{f} {l}\t{comp}\t{net_name(net)}\t{card}\t{d.r.randint(1, 12):02d}/{d.r.randint(26, 31)}\t{f.upper()} {l.upper()}\t"
                   f"{d.lab('phone', 'SE,i')}\tEBG {d.X(d.num_safe(9, '6'))}\t{d.pick(['fönsterplats', 'vegetarisk', '', 'alltid flex'])}")
    return "\n".join(out) + "\n"


@doc(M, "card-vault-migration-jsonl", "migration/vault-export-part-003.jsonl", "card vault migration export (jsonl)")
def vault(d):
    out = []
    for i in range(6):
        lang = d.pick(["de", "fr", "nl", "en"])
        f, l = d.person(lang)
        net = d.pick(["v", "m", "m2", "a", "v"])
        card = d.lab("card", net)
        rec = {"customer_id": "cus_" + d.X(d.s(AN, 14)), "email": d.email(lang, f, l),
               "card": {"number": card, "exp_month": d.r.randint(1, 12), "exp_year": d.r.randint(2026, 2031),
                        "name": f"{f} {l}", "brand": net_name(net).lower()},
               "billing_address": {"line1": f"{d.r.randint(1, 120)} " + d.pick(["Rue de la Paix", "Hauptstraße", "Kerkstraat", "King Street"]),
                                   "postal_code": str(d.r.randint(10000, 99999)), "country": {"de": "DE", "fr": "FR", "nl": "NL", "en": "GB"}[lang]},
               "fingerprint": d.X(d.s(AN, 16)), "created": 1700000000 + d.r.randint(0, 68000000)}
        d.L("email", rec["email"])
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"


@doc(M, "parking-pay-station-log", "logs/P-0114/paystation-20260119.log", "parking pay station debug log")
def parking(d):
    imei = d.imei()
    out = [f"2026-01-19T05:58:02.001 P-0114 [BOOT] fw=4.12.7 build={d.X(d.hexs(8))} modem IMEI={imei} ICCID=8946{d.X(d.num_safe(15, '2'))}"]
    plates = ["ABC123", "KLM45X", "RTS901", "GHU22B"]
    for i in range(4):
        card = d.lab("card", d.pick(["m", "v", "mae"]))
        exp = f"{d.r.randint(26, 31)}{d.r.randint(1, 12):02d}"
        t = f"2026-01-19T07:{10 + i * 9:02d}:{d.r.randint(10, 59)}"
        swipe = i % 2 == 0
        out.append(f"{t}.110 P-0114 [CARD] {'swipe detected, track2 len=' + str(len(card) + 22) if swipe else 'chip inserted'}")
        if swipe:
            out.append(f"{t}.112 P-0114 [CARD] T2=;{card}={exp}201{d.s('0123456789', 12)}?")
        else:
            out.append(f"{t}.112 P-0114 [CARD] EMV 5A={card} 5F24={exp}31")
        out.append(f"{t}.301 P-0114 [ACQ] auth req amount={d.r.randint(10, 90)}.00 SEK stan={d.r.randint(1, 999999):06d} tid={d.X(d.num_safe(8, '7'))} ts={d.epoch_ms()}")
        out.append(f"{t}.884 P-0114 [ACQ] auth resp 00 approval={d.s(ANU, 6)} rrn={d.X(d.num_safe(12, '6'))}")
        out.append(f"{t}.990 P-0114 [TICKET] plate={plates[i]} zone=4102 valid_until=2026-01-19T{9 + i:02d}:{d.r.randint(0, 59):02d}")
    return "\n".join(out) + "\n"
