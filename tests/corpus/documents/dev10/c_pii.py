"""personnummer (with date-shaped Luhn-valid booking numbers beside), travel PNRs, HR records, CRM exports, card and IBAN carriers"""
import json
from gen_common import *

SE_STREETS = ["Storgatan", "Kungsgatan", "Vasavägen", "Björkvägen", "Drottninggatan", "Skolgatan", "Parkvägen", "Sjövägen"]
SE_CITIES = [("114 55", "Stockholm"), ("413 04", "Göteborg"), ("211 20", "Malmö"), ("753 20", "Uppsala"), ("582 22", "Linköping"), ("903 26", "Umeå")]


def PN(d, twelve=None, sep=None):
    return d.L("se-personnummer", d.fresh(pnr, twelve, sep))


def booking(d, sep="-"):
    return d.fresh(luhn_booking, sep)


def klarna_order(d, i):
    f, l = person(d.r)
    em = d.L("email", d.fresh(email, f, l))
    ph = d.L("phone", d.fresh(phone, "SE"))
    o = {"order_id": uuid(d.r), "status": "AUTHORIZED", "purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE",
         "merchant_reference1": booking(d, ""), "merchant_reference2": "B-" + booking(d),
         "billing_address": {"given_name": f, "family_name": l, "email": em, "street_address": "%s %d" % (d.r.choice(SE_STREETS), d.r.randint(1, 80)),
                             "postal_code": d.r.choice(SE_CITIES)[0], "city": d.r.choice(SE_CITIES)[1], "phone": ph, "country": "SE"},
         "customer": {"date_of_birth": d.L("date-of-birth", dob(d.r, "iso")), "national_identification_number": PN(d, True, ""), "type": "person"},
         "order_amount": d.r.randint(10000, 900000), "created_at": "2026-11-%02dT10:11:12.000Z" % d.r.randint(1, 28)}
    d.w(jd(o, indent=2, ensure_ascii=False) + "\n")


def trustly_kyc(d, i):
    f, l = person(d.r)
    d.w(jd({"method": "kyc", "params": {"uuid": uuid(d.r), "signature": rs(d.r, B64, 172) + "==",
                    "data": {"notificationid": str(d.r.randint(10 ** 9, 10 ** 10)), "messageid": booking(d, ""), "orderid": str(d.r.randint(10 ** 9, 10 ** 10)),
                             "attributes": {"DOB": d.L("date-of-birth", dob(d.r, "iso")), "PersonID": PN(d, True, ""), "Name": f, "Surname": l, "Street": "%s %d" % (d.r.choice(SE_STREETS), d.r.randint(1, 80)), "ZipCode": d.r.choice(SE_CITIES)[0]}}},
                    "version": "1.1"}, indent=2, ensure_ascii=False) + "\n")


def tesseract_tsv(d, i):
    f, l = person(d.r)
    words = [("Försäkringskassan", None), ("Ansökan", None), ("om", None), ("föräldrapenning", None), ("Personnummer", None), (PN(d, True, "-"), 1),
             ("Namn", None), (f, None), (l, None), ("Barnets", None), ("personnummer", None), (PN(d, True, "-"), 1), ("Ärendenummer", None), (booking(d), None),
             ("Telefon", None), (d.L("phone", d.fresh(lambda r: phone(r, "SE").replace(" ", ""))), 1), ("Datum", None), ("2026-11-%02d" % d.r.randint(1, 28), None)]
    d.w("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n")
    line = 1
    wn = 1
    for w, _ in words:
        if w.startswith("+46") or w.startswith("07"):
            # phones contain spaces: tesseract splits, so keep as one token only when compact
            pass
        d.w("5\t1\t1\t1\t%d\t%d\t%d\t%d\t%d\t%d\t%.6f\t%s\n" % (line, wn, 100 + 80 * wn, 120 + 40 * line, 20 + 9 * len(w), 31, 80 + d.r.random() * 19, w))
        wn += 1
        if wn > 3:
            line, wn = line + 1, 1


def pdftext_payslip(d, i):
    f, l = person(d.r)
    d.w("%s AB%sLÖNESPECIFIKATION\n%sOrg.nr %s\n\n" % (d.r.choice(["Östkustbyggen", "Kvarnbacken", "Lumen Apotek", "Fjällmark"]), " " * 30, " " * 42, orgnr(d.r)),
        "Anställningsnr: %d%sUtbetalningsdag: 2026-11-25\nNamn: %s %s%sPersonnr: %s\n" % (d.r.randint(1000, 9999), " " * 25, f, l, " " * 20, PN(d, d.r.random() < 0.5, "-")),
        "Bankkonto: %s%sOCR: %s\n\n" % (d.L("iban", d.fresh(iban, "SE", True)), " " * 6, rs(d.r, DIG, 14)),
        "Lönearter              Antal     À-pris       Belopp\nMånadslön                                   %d,00\nFriskvårdsbidrag                              500,00\nPreliminärskatt                           -%d,00\n" % (d.r.randint(28000, 62000), d.r.randint(7000, 19000)),
        "\nVerifikationsnr %s    Löneperiod 2026-11-01 - 2026-11-30\n" % booking(d))


def es_search(d, i):
    hits = []
    for _ in range(d.r.randint(3, 5)):
        f, l = person(d.r)
        hits.append({"_index": "crm-customers-2026.11", "_id": rs(d.r, ALNUM + "-_", 20), "_score": round(d.r.random() * 9, 4),
                     "_source": {"customer_no": booking(d, ""), "name": "%s %s" % (f, l), "personnummer": PN(d), "email": d.L("email", d.fresh(email, f, l)),
                                 "mobile": d.L("phone", d.fresh(phone, "SE")), "last_order": "ORD-" + booking(d), "created": "2026-0%d-1%dT08:00:00Z" % (d.r.randint(1, 9), d.r.randint(0, 9))}})
    d.w(jd({"took": d.r.randint(2, 90), "timed_out": False, "_shards": {"total": 3, "successful": 3, "skipped": 0, "failed": 0},
                    "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 8.1, "hits": hits}}, indent=2, ensure_ascii=False) + "\n")


def mongoexport(d, i):
    for _ in range(d.r.randint(3, 5)):
        f, l = person(d.r)
        doc = {"_id": {"$oid": rs(d.r, HEX, 24)}, "bookingRef": booking(d), "guest": {"first": f, "last": l, "pnr": PN(d, False, "-"), "phone": d.L("phone", d.fresh(phone, "SE"))},
               "invoiceNo": booking(d, ""), "checkIn": {"$date": "2026-12-%02dT15:00:00Z" % d.r.randint(1, 28)}, "room": d.r.randint(100, 560)}
        d.w(jd(doc, ensure_ascii=False, separators=(",", ":")) + "\n")


def visma_fixed(d, i):
    d.w("#FLAGGA 0\n#PROGRAM \"Visma Lön 600\" 2026.3\n#FORMAT PC8\n#GEN 20261130\n")
    for k in range(d.r.randint(4, 7)):
        f, l = person(d.r)
        p = d.fresh(pnr, True, "")
        d.w("%-6d%-13s%-20s%-20s%s%10d\n" % (1000 + k, d.L("se-personnummer", p), l[:20], f[:20], booking(d, ""), d.r.randint(20000, 70000)))


def sms_export(d, i):
    d.w('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<smses count="4">\n')
    for _ in range(d.r.randint(3, 5)):
        num = d.L("phone", d.fresh(phone, "SE").replace(" ", ""))
        kind = d.r.randint(0, 2)
        if kind == 0:
            body = "Din bokning %s är bekräftad. Ange personnummer %s vid ankomst." % (booking(d), PN(d))
        elif kind == 1:
            body = "Hej! Här är mitt personnummer för fakturan: %s /%s" % (PN(d), d.r.choice(FIRST))
        else:
            body = "Kod %d. Ordernr %s skickas idag." % (d.r.randint(100000, 999999), booking(d, ""))
        d.w('  <sms protocol="0" address="%s" date="%d" type="1" body="%s" read="1" />\n' % (num, 1764800000000 + d.r.getrandbits(30), body))
    d.w("</smses>\n")


def se_email(d, i):
    f, l = person(d.r)
    em = d.L("email", d.fresh(email, f, l))
    box = d.L("email", d.fresh(lambda r: "%s@%s" % (r.choice(["kundtjanst", "faktura", "kundservice", "support", "info", "ekonomi", "reskontra"]), r.choice(DOMAINS))))
    d.w("From: %s %s <%s>\nTo: %s\nSubject: Ang. faktura %s\nDate: Mon, %d Nov 2026 09:%02d:00 +0100\n\n" % (f, l, em, box, booking(d, ""), d.r.randint(1, 28), d.r.randint(0, 59)),
        "Hej,\n\nJag har fått en faktura (fakturanr %s, OCR %s) men den gäller min son. Hans personnummer är %s och mitt är %s.\n" % (booking(d), rs(d.r, DIG, 12), PN(d), PN(d)),
        "Bokningsnummer %s hör till samma ärende. Ring mig gärna på %s.\n\nMvh\n%s\n\n> Ert ärende %s har registrerats.\n" % (booking(d), d.L("phone", d.fresh(phone, "SE")), f, booking(d)))


def ladok_csv(d, i):
    d.w("Personnummer;Efternamn;Förnamn;Kurskod;Anmälningskod;Registrerad;Epost\n")
    for _ in range(d.r.randint(5, 9)):
        f, l = person(d.r)
        d.w("%s;%s;%s;%s;%s;2026-08-%02d;%s\n" % (PN(d, True, "-"), l, f, rs(d.r, UPPER, 2) + str(d.r.randint(1000, 1999)), booking(d, ""), d.r.randint(1, 30), d.L("email", d.fresh(email, f, l, "student.sisu-data.fi"))))


# ---------------- travel ----------------
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def amadeus_pnr(d, i):
    d.w("--- RLR ---\nRP/STOS12345/STOS12345            AA/SU  %02dNOV26/1012Z   %s\n" % (d.r.randint(1, 28), rs(d.r, UPPER + DIG, 6)))
    pax = []
    for k in range(d.r.randint(1, 3)):
        f, l = person(d.r)
        pax.append((deaccent(l).upper(), deaccent(f).upper()))
        d.w("  %d.%s/%s MR\n" % (k + 1, pax[-1][0], pax[-1][1]))
    n = len(pax) + 1
    d.w("  %d  SK1415 Y %02dDEC 1 ARNCPH HK%d  0715 0825  %02dDEC  E  SK/%s\n" % (n, d.r.randint(1, 28), len(pax), d.r.randint(1, 28), rs(d.r, UPPER + DIG, 6)))
    n += 1
    for k, (l, f) in enumerate(pax):
        y, m, dd = d.r.randint(1950, 2004), d.r.randint(0, 11), d.r.randint(1, 28)
        dobs = "%02d%s%02d" % (dd, MONTHS[m], y % 100)
        pp = d.fresh(passport, "GB")
        d.w("  %d SSR DOCS SK HK1 P/GBR/%s/GBR/%s/M/%02d%s%02d/%s/%s/P%d\n" % (n, d.L("passport", pp), d.L("date-of-birth", dobs), d.r.randint(1, 28), MONTHS[d.r.randint(0, 11)], d.r.randint(27, 35), l, f, k + 1))
        n += 1
        d.w("  %d SSR CTCM SK HK1/%s/P%d\n" % (n, d.L("phone", "44" + rs(d.r, DIG, 1) and d.fresh(lambda r: "447" + str(r.choice([4, 5, 8, 9])) + rs(r, DIG, 8))), k + 1))
        n += 1
    d.w("  %d AP STO %s - %s TRAVEL - A\n  %d TK OK%02dNOV/STOS12345\n  %d FE PAX NONREF/CHG FEE\n" % (n, d.L("phone", d.fresh(phone, "SE")), "NORDVIK", n + 1, d.r.randint(1, 28), n + 2))


def booking_json(d, i):
    travellers = []
    for _ in range(d.r.randint(1, 3)):
        f, l = person(d.r)
        cc = d.r.choice(["DE", "NL", "ES", "SE"])
        travellers.append({"firstName": f, "lastName": l, "dateOfBirth": d.L("date-of-birth", dob(d.r, "iso")), "nationality": cc,
                           "document": {"type": "PASSPORT", "number": d.L("passport", d.fresh(passport, cc)), "expiryDate": "20%d-0%d-15" % (d.r.randint(27, 35), d.r.randint(1, 9)), "issuingCountry": cc},
                           "loyalty": {"programme": "SK", "number": "EBG" + rs(d.r, DIG, 9)}})
    f, l = travellers[0]["firstName"], travellers[0]["lastName"]
    pan = d.fresh(card)
    d.w(jd({"bookingId": "BK-" + rs(d.r, UPPER + DIG, 8), "createdAt": "2026-11-%02dT11:02:33Z" % d.r.randint(1, 28), "travellers": travellers,
                    "contact": {"email": d.L("email", d.fresh(email, f, l)), "phone": d.L("phone", d.fresh(phone))},
                    "payment": {"method": "card", "cardNumber": d.L("credit-card", pan), "maskedPan": masked_card(d.r), "expiry": "%02d/%d" % (d.r.randint(1, 12), d.r.randint(27, 31)), "authCode": rs(d.r, DIG, 6)},
                    "ticketNumbers": ["117" + rs(d.r, DIG, 10) for _ in travellers]}, indent=2, ensure_ascii=False) + "\n")


def hotel_regcard(d, i):
    f, l = person(d.r)
    cc = d.r.choice(["DE", "NL", "US", "GB"])
    d.w("                       HOTEL %s\n                 GUEST REGISTRATION CARD\n\n" % d.r.choice(["ALPENROSE", "MAPLEGROVE", "TIDEWELL"]),
        "Surname: %-20s First name: %s\nDate of birth: %s          Nationality: %s\n" % (l, f, d.L("date-of-birth", dob(d.r, "dmydot")), cc),
        "Passport / ID no.: %s\nAddress: %d %s\nMobile: %s\nE-mail: %s\n" % (d.L("passport", d.fresh(passport, cc)), d.r.randint(1, 200), "Harbour Road", d.L("phone", d.fresh(phone)), d.L("email", d.fresh(email, f, l))),
        "Arrival: %02d.12.2026   Departure: %02d.12.2026   Room: %d   Conf. no.: %s\n" % (d.r.randint(1, 14), d.r.randint(15, 28), d.r.randint(100, 560), rs(d.r, DIG, 10)),
        "Card on file: %s   (guarantee)\n\nSignature: ______________\n" % masked_card(d.r))


# ---------------- HR / CRM ----------------
def hr_mssql(d, i):
    d.w("USE [HR]\nGO\nSET IDENTITY_INSERT [dbo].[Employee] ON\nGO\n")
    for k in range(d.r.randint(2, 4)):
        f, l = person(d.r)
        c = d.r.choice(["NL", "NL", "GB", "ES", "FI", "DE"])
        nid = {"NL": lambda: d.L("nl-bsn", d.fresh(nl_bsn)), "GB": lambda: d.L("uk-nino", d.fresh(uk_nino)), "ES": lambda: d.L("es-dni", d.fresh(es_dni)),
               "FI": lambda: d.L("fi-hetu", d.fresh(fi_hetu)), "DE": lambda: "NULL"}[c]()
        d.w("INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [LastName], [BirthDate], [Country], [NationalID], [IBAN], [Email], [Mobile], [HireDate]) VALUES (%d, N'%s', N'%s', CAST(N'%s' AS Date), N'%s', %s, N'%s', N'%s', N'%s', CAST(N'2024-0%d-01' AS Date))\nGO\n" % (
            100 + k, f.replace("'", "''"), l.replace("'", "''"), d.L("date-of-birth", dob(d.r, "iso")), c, nid if nid == "NULL" else "N'%s'" % nid,
            d.L("iban", d.fresh(iban, {"NL": "NL", "GB": "GB", "ES": "ES", "FI": "DK", "DE": "DE"}[c], False)), d.L("email", d.fresh(email, f, l)), d.L("phone", d.fresh(phone, {"NL": "NL", "GB": "GB", "ES": "ES", "FI": "FI", "DE": "DE"}[c])), d.r.randint(1, 9)))
    d.w("SET IDENTITY_INSERT [dbo].[Employee] OFF\nGO\n")


def personio_csv(d, i):
    d.w("ID,First name,Last name,Email,Date of birth,Phone,Tax ID,Bank IBAN,Employee number,Contract ref\n")
    for k in range(d.r.randint(3, 5)):
        f, l = person(d.r)
        d.w("%d,%s,%s,%s,%s,%s,%s,%s,%d,%s\n" % (d.r.randint(100000, 999999), f, '"%s"' % l if " " in l else l, d.L("email", d.fresh(email, f, l)), d.L("date-of-birth", dob(d.r, "dmydot")),
                                                 d.L("phone", d.fresh(phone, "DE")), "", d.L("iban", d.fresh(iban, "DE", False)), 2000 + k, "CTR-" + booking(d)))


def crm_csv(d, i):
    kind = ["pipedrive", "zoho", "dynamics"][i % 3]
    hdr = {"pipedrive": "Person - Name,Person - Email,Person - Phone,Organization - Name,Deal - ID,Deal - Value",
           "zoho": "Record Id,First Name,Last Name,Email,Mobile,Date of Birth,Lead Source",
           "dynamics": "(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Full Name,Email,Business Phone,Mobile Phone,Birthday"}[kind]
    d.w(hdr + "\n")
    for _ in range(d.r.randint(3, 5)):
        f, l = person(d.r)
        em = d.L("email", d.fresh(email, f, l))
        if kind == "pipedrive":
            d.w("%s %s,%s,%s,%s AB,%d,%d SEK\n" % (f, l, em, d.L("phone", d.fresh(phone)), d.r.choice(["Kvarnbacken", "Fjällmark", "Tidewell"]), d.r.randint(1000, 9999), d.r.randint(1000, 99000)))
        elif kind == "zoho":
            d.w("zcrm_%s,%s,%s,%s,%s,%s,Web Form\n" % (rs(d.r, DIG, 18), f, l, em, d.L("phone", d.fresh(phone)), d.L("date-of-birth", dob(d.r, "iso"))))
        else:
            d.w("%s,%s,%s,%s %s,%s,%s,%s,%s\n" % (uuid(d.r), base64_ck(d), "2026-11-%02dT10:00:00Z" % d.r.randint(1, 28), f, l, em, d.L("phone", d.fresh(phone)), d.L("phone", d.fresh(phone)), d.L("date-of-birth", dob(d.r, "mdy"))))


def base64_ck(d):
    return rs(d.r, B64, 40) + "=="


# ---------------- cards and IBANs ----------------
def card_redis(d, i):
    d.w("$ redis-cli --scan --pattern 'checkout:*' | head\n$ redis-cli HGETALL checkout:%s\n" % uuid(d.r))
    pan = d.fresh(card)
    d.w(' 1) "pan"\n 2) "%s"\n 3) "exp"\n 4) "%02d%d"\n 5) "display"\n 6) "%s"\n 7) "order_ref"\n 8) "%s"\n 9) "email"\n10) "%s"\n' % (d.L("credit-card", pan), d.r.randint(1, 12), d.r.randint(27, 31), masked_card(d.r), luhn_like_order(d), d.L("email", d.fresh(email))))


def luhn_like_order(d):
    body = "9" + rs(d.r, DIG, 14)
    return body + luhn_digit(body)


def card_mongo(d, i):
    for _ in range(d.r.randint(3, 5)):
        pan = d.fresh(card)
        d.w(jd({"_id": {"$oid": rs(d.r, HEX, 24)}, "orderId": luhn_like_order(d), "payment": {"cardNumber": d.L("credit-card", fmt_card(d.r, pan)), "last4": pan[-4:], "brand": "auto", "testCard": "4111 1111 1111 1111"},
                        "iban": d.L("iban", d.fresh(iban)), "createdAt": {"$date": 1764800000000 + d.r.getrandbits(30)}}, separators=(",", ":")) + "\n")


def card_ocr(d, i):
    f, l = person(d.r)
    pan = d.fresh(card)
    d.w("CREDIT CARD AUTHORIZATION FORM\n\nCardholder: %s %s\nCard number: %s\nExpiry: %02d/%02d   CVV: ***\nBilling phone: %s\n" % (f, l, d.L("credit-card", fmt_card(d.r, pan)), d.r.randint(1, 12), d.r.randint(27, 31), d.L("phone", d.fresh(phone))),
        "Amount: EUR %d.00   Reservation: %s\nFor reference only: %s (masked copy)\n" % (d.r.randint(50, 4000), rs(d.r, DIG, 16) if False else "R" + rs(d.r, DIG, 9), masked_card(d.r)))


def sepa_camt(d, i):
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n <BkToCstmrStmt>\n  <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-11-30T23:00:00</CreDtTm></GrpHdr>\n  <Stmt>\n   <Id>%s</Id>\n   <Acct><Id><IBAN>%s</IBAN></Id></Acct>\n' % (rs(d.r, UPPER + DIG, 16), rs(d.r, DIG, 12), d.L("iban", d.fresh(iban, None, False))))
    for _ in range(d.r.randint(2, 4)):
        f, l = person(d.r)
        d.w('   <Ntry><Amt Ccy="EUR">%d.%02d</Amt><CdtDbtInd>CRDT</CdtDbtInd><NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs>\n    <RltdPties><Dbtr><Pty><Nm>%s %s</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>\n    <RmtInf><Ustrd>Invoice %s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n' % (
            d.r.randint(10, 9000), d.r.randint(0, 99), rs(d.r, UPPER + DIG, 20), f, l, d.L("iban", d.fresh(iban, None, False)), booking(d)))
    d.w("  </Stmt>\n </BkToCstmrStmt>\n</Document>\n")


BUILDERS = [
    ("se-records", "klarna-order", "json", klarna_order, 8), ("se-records", "trustly-kyc", "json", trustly_kyc, 6), ("se-records", "fk-ansokan-ocr", "tsv", tesseract_tsv, 6),
    ("se-records", "lonespec", "txt", pdftext_payslip, 8), ("se-records", "es-search", "json", es_search, 6), ("se-records", "bookings", "jsonl", mongoexport, 6),
    ("se-records", "visma-export", "txt", visma_fixed, 5), ("se-records", "sms-backup", "xml", sms_export, 6), ("se-records", "kundtjanst", "eml", se_email, 8),
    ("se-records", "kursregistrering", "csv", ladok_csv, 5),
    ("travel", "pnr", "txt", amadeus_pnr, 6), ("travel", "booking", "json", booking_json, 7), ("travel", "regcard", "txt", hotel_regcard, 6),
    ("hr", "employees", "sql", hr_mssql, 6), ("hr", "personio-export", "csv", personio_csv, 4), ("hr", "crm-export", "csv", crm_csv, 6),
    ("billing", "redis-checkout", "txt", card_redis, 5), ("billing", "orders", "jsonl", card_mongo, 5), ("billing", "auth-form-ocr", "txt", card_ocr, 5), ("billing", "camt053", "xml", sepa_camt, 5),
]
