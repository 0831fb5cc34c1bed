"""Payment cards (with published test cards, masked cards and Luhn-valid ids beside them),
and personal data as it occurs in the same carriers."""
import json

from core import (Doc, doc, T, card, luhn_id, person, email, role_email, phone_se, phone_intl, passport_no, dob,
                  ipv4_public, ipv4_private, alnum, hexs, uuid4, ts, iso, fmt_t, rnd, urlenc, formenc, DG, UP, AN,
                  password, b64)


def mask(c, style=0):
    c = c.replace(" ", "").replace("-", "")
    if style == 0:
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if style == 1:
        return "XXXX" + c[-4:]
    return "**** **** **** " + c[-4:]


@doc
def authorizenet():
    d = Doc("authorizenet-aim-request-log", "gateway-debug.log", "payment gateway debug log")
    r = d.rng
    login = d.X(alnum(r, 10))
    tk = d.L("generic-secret", alnum(r, 16))
    lines = ["# osc-legacy/includes/modules/payment/authorizenet_aim.php  DEBUG=true  (turned on for INC-3310, turn OFF again!)"]
    base = ts(r)
    for i in range(6):
        fn, ln = person(r, sv=False)
        if i == 3:
            num, real = "4007000000027", False   # Authorize.net sandbox test card
        else:
            num, real = card(r, r.choice(["visa", "mc", "amex", "disc"])), True
        if real:
            d.L("credit-card", num)
        else:
            d.X(num)
        em = d.L("email", email(r, fn, ln, r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])))
        ip = d.L("ipv4", ipv4_public(r))
        amt = f"{r.randint(19, 480)}.{r.randint(0, 99):02d}"
        body = (f"x_login={login}&x_tran_key={tk}&x_version=3.1&x_delim_data=TRUE&x_delim_char=%7C&x_relay_response=FALSE"
                f"&x_type=AUTH_CAPTURE&x_method=CC&x_card_num={num}&x_exp_date={r.randint(1, 12):02d}{r.randint(26, 30)}"
                f"&x_card_code={r.randint(100, 999)}&x_amount={amt}&x_invoice_num={r.randint(100000, 199999)}"
                f"&x_first_name={formenc(fn)}&x_last_name={formenc(ln)}&x_email={urlenc(em)}&x_customer_ip={ip}")
        t = fmt_t(base + i * 611, "%Y-%m-%d %H:%M:%S")
        trans = d.X(luhn_id(r, 11, "6"))
        lines.append(f"[{t}] REQUEST https://secure2.authorize.net/gateway/transact.dll {body}")
        code = "1" if real else "3"
        lines.append(f"[{t}] RESPONSE {code}|1|1|This transaction has been approved.|{rnd(r, UP + DG, 6)}|Y|{trans}|||{amt}|CC|auth_capture||||||||||||||||||||||||||{hexs(r, 32).upper()}|P|2|||||||||||XXXX{num[-4:]}|{['Visa','MasterCard','AmericanExpress','Discover'][int(num[0] == '5') + 2 * int(num[0] == '3') + 3 * int(num[0] == '6')] if real else 'Visa'}")
    d.text = "\n".join(lines) + "\n"
    # the email is URL-encoded in the request; label the encoded form as well
    d.labels = [(c, urlenc(v)) if c == "email" else (c, v) for c, v in d.labels]
    return d


@doc
def worldpay():
    d = Doc("worldpay-xml-orders", "order-submissions.xml.log", "payment gateway xml log")
    r = d.rng
    blocks = []
    for i in range(5):
        fn, ln = person(r, sv=(i % 2 == 0))
        if i == 2:
            num, kind = "4444333322221111", "VISA-SSL"
            d.X(num)
        else:
            kind = r.choice(["VISA-SSL", "ECMC-SSL", "AMEX-SSL"])
            num = d.L("credit-card", card(r, {"VISA-SSL": "visa", "ECMC-SSL": r.choice(["mc", "mc2"]), "AMEX-SSL": "amex"}[kind]))
        em = d.L("email", email(r, fn, ln)) if i != 2 else "qa@example.com"
        ip = d.L("ipv4", ipv4_public(r)) if i != 2 else "203.0.113.7"
        code = d.X(f"WEB-{fmt_t(ts(r), '%Y%m%d')}-{r.randint(1000, 9999)}")
        blocks.append(T('''<!-- ⟨t⟩ POST https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp -->
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE paymentService PUBLIC "-//Worldpay//DTD Worldpay PaymentService v1//EN" "http://dtd.worldpay.com/paymentService_v1.dtd">
<paymentService version="1.4" merchantCode="NORDICFERRIESECOM">
  <submit>
    <order orderCode="⟨code⟩" installationId="⟨inst⟩">
      <description>Färjebiljett Grisslehamn–Eckerö</description>
      <amount currencyCode="SEK" exponent="2" value="⟨amt⟩"/>
      <paymentDetails>
        <⟨kind⟩>
          <cardNumber>⟨num⟩</cardNumber>
          <expiryDate><date month="⟨mm⟩" year="20⟨yy⟩"/></expiryDate>
          <cardHolderName>⟨name⟩</cardHolderName>
          <cvc>⟨cvc⟩</cvc>
        </⟨kind⟩>
        <session shopperIPAddress="⟨ip⟩" id="⟨sid⟩"/>
      </paymentDetails>
      <shopper><shopperEmailAddress>⟨em⟩</shopperEmailAddress></shopper>
    </order>
  </submit>
</paymentService>
''', t=iso(ts(r)), code=code, inst=r.randint(1000000, 1999999), amt=r.randint(19900, 249900), kind=kind, num=num,
                        mm=f"{r.randint(1, 12):02d}", yy=r.randint(26, 31), name=f"{fn.upper()} {ln.upper()}", cvc=r.randint(100, 9999 if kind == 'AMEX-SSL' else 999),
                        ip=ip, sid=d.X(hexs(r, 32)), em=em))
        blocks.append(f"<!-- reply: <lastEvent>AUTHORISED</lastEvent> cardNumber masked as {mask(num, 0)} -->\n")
    d.text = "".join(blocks)
    return d


@doc
def magento_payment():
    d = Doc("magento-payment-debug-log", "payment.log", "e-commerce payment debug log")
    r = d.rng
    lines = []
    for i in range(6):
        t = fmt_t(ts(r), "%Y-%m-%dT%H:%M:%S.%f") + "+00:00"
        inc = d.X(luhn_id(r, 9, "1"))
        quote = d.X(luhn_id(r, 16, "9"))
        if i == 4:
            num = "5555555555554444"
            d.X(num)
        else:
            num = d.L("credit-card", card(r, r.choice(["visa", "mc", "mc2"])))
        payload = {"payment": {"method": "nordpay_direct", "additional_data": {
            "cc_number": num, "cc_exp_month": str(r.randint(1, 12)), "cc_exp_year": str(r.randint(2026, 2031)),
            "cc_cid": str(r.randint(100, 999)), "cc_type": "VI" if num[0] == "4" else "MC"}},
            "order": {"increment_id": inc, "quote_id": quote, "grand_total": f"{r.randint(300, 9000)}.00"}}
        lines.append(f"[{t}] main.DEBUG: NordPay request {json.dumps(payload)} []")
        lines.append(f"[{t}] main.DEBUG: NordPay response {json.dumps({'status': 'approved' if i != 4 else 'test', 'card': mask(num, 0), 'txn_id': uuid4(r)})} []")
    lines.append("[2026-01-29T09:12:00.000000+00:00] main.WARNING: NordPay: debug logging contains cardholder data; set payment/nordpay_direct/debug=0 [] []")
    d.text = "\n".join(lines) + "\n"
    return d


@doc
def restaurant():
    d = Doc("restaurant-reservation-notes", "bokningar-v06-anteckningar.txt", "restaurant booking notes export")
    r = d.rng
    out = ["Restaurang Fyrskeppet — bokningar vecka 6 med anteckningar (export från bordsbokningen, 2026-02-02)", ""]
    for i in range(6):
        fn, ln = person(r, sv=(i < 4))
        tel = d.L("phone", phone_se(r) if i < 4 else phone_intl(r, r.choice(["DE", "UK", "NO"])))
        em = d.L("email", email(r, fn, ln))
        if i == 2:
            kort = "Kort: " + mask(card(r, "visa"), 2) + " (sparat i kassan)"
        elif i == 5:
            kort = "Ingen garanti (stamgäst)"
        else:
            c = card(r, r.choice(["visa", "mc", "amex"]), sep=r.choice([" ", "", "-"]))
            d.L("credit-card", c)
            kort = f"Garanti: {c} exp {r.randint(1, 12):02d}/{r.randint(26, 30)}"
        dag, dt = r.choice([("Tor", 5), ("Fre", 6), ("Lör", 7), ("Lör", 7)])
        out.append(f"{dag} {dt:02d}/02 {r.choice(['18:00','18:30','19:15','20:00'])}  {r.randint(2, 12)} pers  {fn} {ln}  {tel}  {em}")
        out.append(f"    {kort}")
        out.append(f"    {r.choice(['Fönsterbord om möjligt.', 'Glutenfri x1, nötallergi x1.', '50-årsfirande, tårta medtas.', 'Företagsmiddag, faktura till firman.', 'Barnstol.'])}")
        out.append("")
    out.append("Obs! Enligt PCI ska vi inte skriva kortnummer här. Från v7 tas garanti via betallänk.")
    d.text = "\n".join(out) + "\n"
    return d


@doc
def oscommerce_sql():
    d = Doc("oscommerce-orders-sql", "orders-dump-2019.sql", "e-commerce sql dump")
    r = d.rng
    rows = []
    for i in range(6):
        fn, ln = person(r, sv=True)
        em = d.L("email", email(r, fn, ln))
        tel = d.L("phone", phone_se(r))
        if i == 1:
            typ, num = "Visa", "4242424242424242"
            d.X(num)
        elif i == 4:
            typ, num = "Mastercard", ""
        else:
            typ = r.choice(["Visa", "Mastercard", "Visa"])
            num = d.L("credit-card", card(r, "visa" if typ == "Visa" else "mc"))
        rows.append(f"({2200 + i},{r.randint(100, 999)},'{fn} {ln}','','{r.choice(['Storgatan 4','Villavägen 12','Hamngatan 9B'])}','','Västerås','721 {r.randint(10, 99)}','','Sweden','{tel}','{em}',1,"
                    f"'{typ}','{fn} {ln}','{num}','{r.randint(1, 12):02d}{r.randint(20, 22)}','{fmt_t(ts(r, 1546300800, 300 * 86400), '%Y-%m-%d %H:%M:%S')}',{r.choice([1, 2, 3])},'SEK',1.000000)")
    d.text = ("-- MySQL dump 10.13  Distrib 5.5.62, for debian-linux-gnu (x86_64)\n"
              "-- Host: localhost    Database: osc_tradgard\n"
              "-- ------------------------------------------------------\n"
              "-- Server version\t5.5.62-0+deb8u1\n\n"
              "LOCK TABLES `orders` WRITE;\n"
              "/*!40000 ALTER TABLE `orders` DISABLE KEYS */;\n"
              "INSERT INTO `orders` (`orders_id`, `customers_id`, `customers_name`, `customers_company`, `customers_street_address`, `customers_suburb`, `customers_city`, `customers_postcode`, `customers_state`, `customers_country`, `customers_telephone`, `customers_email_address`, `customers_address_format_id`, `cc_type`, `cc_owner`, `cc_number`, `cc_expires`, `date_purchased`, `orders_status`, `currency`, `currency_value`) VALUES "
              + ",\n".join(rows) + ";\n"
              "/*!40000 ALTER TABLE `orders` ENABLE KEYS */;\n"
              "UNLOCK TABLES;\n\n"
              "-- Dump completed on 2019-11-02  3:10:44\n")
    return d


@doc
def ski_rental():
    d = Doc("ski-rental-agreements-csv", "hyresavtal-are-v05.csv", "equipment rental agreements export")
    r = d.rng
    rows = ["avtal_nr;namn;fodelsedatum;nationalitet;pass_nr;mobil;epost;utrustning;deposition;kortnummer;giltig;kommentar"]
    for i in range(6):
        sv = i in (0, 3)
        fn, ln = person(r, sv=sv)
        cc = r.choice(["NO", "DE", "UK", "DK", "FI"]) if not sv else "SE"
        born = d.L("date-of-birth", dob(r, 1960, 2012))
        pp = d.L("passport", passport_no(r, cc)) if not sv else ""
        tel = d.L("phone", phone_se(r) if sv else phone_intl(r, {"SE": "UK", "NO": "NO", "DE": "DE", "UK": "UK", "DK": "DK", "FI": "FI"}[cc]))
        em = d.L("email", email(r, fn, ln, r.choice(["gmail.com", "hotmail.com", "web.de", "online.no", "outlook.com"])))
        if i == 4:
            kn, kom = mask(card(r, "visa"), 0), "Kort maskerat i nya kassan"
        else:
            kn, kom = d.L("credit-card", card(r, r.choice(["visa", "mc", "mc2", "amex"]))), ""
        avtal = d.X(luhn_id(r, 8, "5"))
        rows.append(f"{avtal};{fn} {ln};{born};{cc};{pp};{tel};{em};{r.choice(['Skidpaket vuxen 6 dgr', 'Snowboard + boots 4 dgr', 'Barnpaket 3 dgr', 'Turskidor 2 dgr'])};{r.choice([1500, 2000, 3000])};{kn};{r.randint(1, 12):02d}/{r.randint(26, 30)};{kom}")
    d.text = "\r\n".join(rows) + "\r\n"
    return d
