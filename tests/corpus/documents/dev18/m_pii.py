"""Personal data carriers: travel (PNR, APIS), rentals, HR exports, DICOM, contacts,
card switch logs, bank statements, payment QR codes, an EOR payroll import."""
import datetime
import json

from common import new, Clock, J, X, U, AN, HEX, LO, DG, UP, asc, FEMALE, pnr_ok

MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
ISO3 = {"se": "SWE", "de": "DEU", "uk": "GBR", "fr": "FRA", "es": "ESP", "it": "ITA", "nl": "NLD", "no": "NOR",
        "dk": "DNK", "fi": "FIN", "pl": "POL", "us": "USA", "in": "IND", "jp": "JPN", "ua": "UKR", "tr": "TUR"}


def amadeus_pnr():
    d = new("amadeus-pnr", "RT-ZK4QWX.txt")
    g = d.g
    pax = []
    for cc in ["se", "se", "de"]:
        p = d.person(cc)
        pax.append(p)
    rloc = g.s(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    L = [f"RP/STOS228AA/STOS228AA            AA/SU  11MAR25/0912Z   {rloc}",
         f"STOS228AA/2871AA/11MAR25"]
    for i, p in enumerate(pax, 1):
        L.append(f"  {i}.{asc(p.last).upper()}/{asc(p.first).upper()} {'MRS' if p.first in FEMALE else 'MR'}")
    L += [f"  4  SK 1415 Y 14APR 1 ARNCPH HK3  0705 0820  14APR  E  SK/{rloc}",
          f"  5  SK 1420 Y 18APR 5 CPHARN HK3  1840 1950  18APR  E  SK/{rloc}"]
    n = 6
    ph = d.phone("se", "intl")
    L.append(f"  {n} AP STO {d.phone('se', 'nat')} - B"); n += 1
    L.append(f"  {n} APM {ph}/P1"); n += 1
    em = d.email(pax[0])
    L.append(f"  {n} APE {em}/P1"); n += 1
    L.append(f"  {n} TK OK11MAR/STOS228AA"); n += 1
    for i, p in enumerate(pax, 1):
        cc = ["se", "se", "de"][i - 1]
        pp = d.passport(cc)
        y = g.num(1950, 2005)
        dd = datetime.date(y, g.num(1, 12), g.num(1, 28))
        dob = d.L("date-of-birth", f"{dd.day:02d}{MON3[dd.month - 1]}{dd.year % 100:02d}")
        exp = f"{g.num(1, 28):02d}{g.pick(MON3)}{g.num(26, 34)}"
        L.append(f"  {n} SSR DOCS SK HK1 P/{ISO3[cc]}/{pp}/{ISO3[cc]}/{dob}/{'F' if p.first in FEMALE else 'M'}/{exp}/{asc(p.last).upper()}/{asc(p.first).upper()}/P{i}")
        n += 1
    L.append(f"  {n} SSR CTCM SK HK1/{d.L('phone', ph.replace(' ', '').lstrip('+'))}/P1"); n += 1
    card = d.card("visa", sep="")
    d.noboundary.add(card)  # Amadeus writes the card right after the CCVI code
    L.append(f"  {n} FP PAX CCVI{card}/0827/A{g.digits(6)}/S4-5/P1-3"); n += 1
    mask = card[:6] + "XXXXXX" + card[-4:]
    L.append(f"  {n} FA PAX 117-{g.digits(10)}/ETSK/SEK3417/11MAR25/STOS228AA/{g.digits(8)}/S4-5/P1"); n += 1
    L.append(f"  {n} FB PAX 0000000000 TTP/ET/RT OK ETICKET/S4-5/P1-3"); n += 1
    L.append(f"  {n} FE PAX NONREF/RESTRICTED/S4-5/P1-3"); n += 1
    L.append(f"  {n} FM *M*0"); n += 1
    L.append(f"  {n} RM PAYMENT CCVI{mask} AUTH OK"); n += 1
    d.K(mask)
    L.append(f"  {n} RM CONTACT KONTOR: SEE AP ELEMENT, DO NOT USE 0771 PHONE"); n += 1
    L.append(f"  {n} OPW STOS228AA-13MAR:1200/1C7/SK REQUIRES TICKET ON OR BEFORE 14MAR:1200/S4-5"); n += 1
    L.append(">")
    d.text = "\n".join(L) + "\n"
    return d


def apis_paxlst_edifact():
    d = new("apis-paxlst-edifact", "PAXLST_DY1302_20250311.edi")
    g = d.g
    segs = ["UNA:+.? '", f"UNB+UNOA:4+NAX+SEAPIS+250311:1405+{g.digits(9)}++APIS'",
            f"UNG+PAXLST+NAX+SEAPIS+250311:1405+{g.digits(6)}+UN+D:05B'",
            f"UNH+{g.digits(8)}+PAXLST:D:05B:UN:IATA+DY1302/250311/1530+01:F'", "BGM+745'",
            "NAD+MS+++NORWEGIAN AIR SHUTTLE'",
            "TDT+20+DY1302+++DY'", "LOC+125+BGO'", "DTM+189:2503111530:201'", "LOC+87+ARN'", "DTM+232:2503111640:201'"]
    cnt = 0
    for i in range(9):
        cc = g.pick(["no", "se", "se", "pl", "de", "uk", "dk"])
        p = d.person(cc)
        y = g.num(1950, 2015)
        dd = datetime.date(y, g.num(1, 12), g.num(1, 28))
        dob = d.L("date-of-birth", dd.strftime("%y%m%d"))
        pp = d.passport(cc)
        exp = f"{g.num(26, 34)}{g.num(1, 12):02d}{g.num(1, 28):02d}"
        segs += [f"NAD+FL+++{asc(p.last).upper()}:{asc(p.first).upper()}'", f"ATT+2++{'F' if p.first in FEMALE else 'M'}'",
                 f"DTM+329:{dob}'", "LOC+178+BGO'", "LOC+179+ARN'", f"NAT+2+{ISO3[cc]}'",
                 f"RFF+AVF:{g.s(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}'", f"RFF+SEA:{g.num(1, 32)}{g.pick('ABCDEF')}'",
                 f"DOC+P:110:111+{pp}'", f"DTM+36:{exp}'", f"LOC+91+{ISO3[cc]}'"]
        cnt += 1
    segs += [f"CNT+42:{cnt}'", f"UNT+{len(segs) - 2}+{g.digits(8)}'", "UNE+1+1'", "UNZ+1+1'"]
    d.text = "\n".join(segs) + "\n"
    return d


def car_rental_agreement():
    d = new("car-rental-agreement", "RA-7731904.txt")
    g = d.g
    p = d.person("uk")
    dob = d.dob("dmy/")
    dl = d.K(f"{asc(p.last).upper()[:5].ljust(5, '9')}{g.digits(6)}{asc(p.first)[0].upper()}9{g.s(2, UP)}")
    pp = d.passport("uk")
    ph = d.phone("uk", "intl")
    em = d.email(p)
    card = d.card("mc", sep=" ")
    ra = d.luhn_look(10, prefix="77")
    p2 = d.person("uk")
    dob2 = d.dob("dmy/")
    dl2 = d.K(f"{asc(p2.last).upper()[:5].ljust(5, '9')}{g.digits(6)}{asc(p2.first)[0].upper()}9{g.s(2, UP)}")
    d.text = f"""RENTAL AGREEMENT                                         RA No. {ra}
Pick-up: Stockholm Arlanda Airport T5   11 MAR 2025 10:15
Return:  Göteborg Landvetter Airport    15 MAR 2025 10:00 (one-way fee applies)

MAIN DRIVER
Name ................ {p.name}
Date of birth ....... {dob}
Driving licence ..... {dl} (GB, valid to 2031)
Passport No. ........ {pp}
Mobile .............. {ph}
E-mail .............. {em}

ADDITIONAL DRIVER
Name ................ {p2.name}
Date of birth ....... {dob2}
Driving licence ..... {dl2} (GB)

VEHICLE  Volvo XC40 B4 or similar (group IFAR)   Reg {g.s(3, 'ABCDEFGHJKLMNPRSTUWXYZ')} {g.digits(2)}{g.pick(list('0123456789A'))}
Fuel out 8/8   Km out {g.num(10000, 60000)}

PAYMENT
Deposit authorised on card {card}, exp 09/27, amount SEK 5,000.00
(Card shown to counter agent; customer signed for the pre-authorisation.)

Customer signature ____________________     Agent: {d.person('se').first} (ARN5)
"""
    return d


def bamboohr_export():
    d = new("bamboohr-export", "employees_2025-03-11.csv")
    g = d.g
    rows = ["Employee #,First Name,Last Name,Birth Date,SSN,Work Email,Home Email,Mobile Phone,Home Phone,Address Line 1,City,State,Zip,Hire Date,Department,Job Title"]
    for i in range(12):
        p = d.person("us")
        dob = d.dob("mdy/", y=g.num(1962, 2002))
        ssn = d.ssn() if i % 4 != 2 else d.K("XXX-XX-" + g.digits(4))
        we = d.email(p, domain=d.dom("us"), style="f.l")
        he = d.email(p) if i % 2 else ""
        mob = d.phone("us", g.pick(["nat", "plain"]))
        home = d.phone("us", "nat") if i % 3 == 0 else ""
        rows.append(f"{1000 + i * 7},{p.first},{p.last},{dob},{ssn},{we},{he},{mob},{home},{g.num(10, 9999)} {g.pick(['Oak St', 'Maple Ave', 'Pine Rd', 'Cedar Ln', 'Elm St'])},"
                    f"{g.pick(['Austin', 'Denver', 'Seattle', 'Boston', 'Portland'])},{g.pick(['TX', 'CO', 'WA', 'MA', 'OR'])},{g.digits(5)},"
                    f"20{g.num(15, 24)}-{g.num(1, 12):02d}-{g.num(1, 28):02d},{g.pick(['Engineering', 'Sales', 'Support', 'Finance'])},{g.pick(['Engineer II', 'Account Executive', 'Support Specialist', 'Analyst'])}")
    rows.append(f"9999,Test,User,01/01/1900,000-00-0000,test.user@example.com,,(555) 555-0100,,1 Main St,Nowhere,XX,00000,2020-01-01,QA,Test")
    d.text = "\n".join(rows) + "\n"
    return d


def personio_export():
    d = new("personio-export", "Mitarbeiter_Export_2025-03.csv")
    g = d.g
    rows = ["ID;Vorname;Nachname;E-Mail;Geburtsdatum;Steuer-ID;Steuerklasse;IBAN;BIC;Telefon (privat);Eintrittsdatum;Abteilung;Standort"]
    for i in range(10):
        p = d.person("de")
        em = d.email(p, domain=d.dom("de"), style="f.l")
        dob = d.dob("dmy.", y=g.num(1960, 2003))
        sid = d.steuerid(spaced=(i % 3 == 0))
        iban = d.iban(g.pick(["DE", "DE", "DE", "AT"]), grouped=(i % 2 == 0))
        ph = d.phone("de", g.pick(["nat", "intl", "nosp"]))
        rows.append(f"{g.num(100000, 999999)};{p.first};{p.last};{em};{dob};{sid};{g.num(1, 5)};{iban};{g.pick(['COBADEFFXXX', 'DEUTDEFFXXX', 'GENODEM1GLS', 'INGDDEFFXXX'])};"
                    f"{ph};{g.num(2016, 2025)}-{g.num(1, 12):02d}-01;{g.pick(['Vertrieb', 'IT', 'Buchhaltung', 'Lager'])};{g.pick(['Berlin', 'München', 'Hamburg'])}")
    d.text = "\n".join(rows) + "\n"
    return d


def dicom_header_dump():
    d = new("dicom-header-dump", "dcmdump-CT-thorax.txt")
    g = d.g
    out = []
    for k in range(2):
        p = d.person("se")
        pn = d.pnr(form="short-", year=g.num(1940, 1999))
        dob = d.L("date-of-birth", "19" + pn[:6])
        ph = d.phone("se", "nosp")
        ref = d.person("se")
        acc = d.pnr_look("short", (2025, 2025))
        uid = f"1.2.752.{g.num(24, 99)}.{g.num(1, 9)}.{g.digits(9)}.{g.digits(8)}.{g.num(1, 999)}"
        out.append(f"""# Dicom-File-Format

# Dicom-Meta-Information-Header
# Used TransferSyntax: Little Endian Explicit
(0002,0000) UL 198                                      #   4, 1 FileMetaInformationGroupLength
(0002,0002) UI =CTImageStorage                          #  26, 1 MediaStorageSOPClassUID
(0002,0003) UI [{uid}]      #  {len(uid) + 1}, 1 MediaStorageSOPInstanceUID
(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID

# Dicom-Data-Set
# Used TransferSyntax: Little Endian Explicit
(0008,0020) DA [20250311]                               #   8, 1 StudyDate
(0008,0050) SH [{acc}]                                #  10, 1 AccessionNumber
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0008,0080) LO [Sahlgrenska Universitetssjukhuset]      #  34, 1 InstitutionName
(0008,0090) PN [{asc(ref.last)}^{asc(ref.first)}]                      #  16, 1 ReferringPhysicianName
(0008,1030) LO [CT Thorax m kontrast]                   #  20, 1 StudyDescription
(0010,0010) PN [{asc(p.last)}^{asc(p.first)}]                   #  18, 1 PatientName
(0010,0020) LO [{pn}]                           #  12, 1 PatientID
(0010,0021) LO [SE:PNR]                                 #   6, 1 IssuerOfPatientID
(0010,0030) DA [{dob}]                               #   8, 1 PatientBirthDate
(0010,0040) CS [{g.pick('MF')}]                                      #   2, 1 PatientSex
(0010,1010) AS [0{g.num(20, 89)}Y]                                 #   4, 1 PatientAge
(0010,2154) SH [{ph}]                         #  12, 1 PatientTelephoneNumbers
(0018,0050) DS [1.25]                                   #   4, 1 SliceThickness
(0020,000d) UI [{uid[:-2]}.1]  #  {len(uid)}, 1 StudyInstanceUID
(7fe0,0010) OW (no value available)                     #   0, 1 PixelData
""")
    d.text = "\n".join(out)
    return d


def google_contacts_csv():
    d = new("google-contacts-csv", "contacts.csv")
    g = d.g
    hdr = "Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name"
    rows = [hdr]
    for i in range(14):
        cc = g.pick(["se", "se", "de", "uk", "fr", "es", "it", "nl", "no", "pl", "us", "jp"])
        p = d.person(cc)
        bd = d.dob("iso", y=g.num(1950, 2010)) if i % 3 != 1 else ""
        e1 = d.email(p)
        e2 = d.email(p, domain=d.company_domain(cc if cc in ("se", "de", "fr", "es", "it", "nl", "no", "pl") else "any")) if i % 4 == 0 else ""
        pcc = {"uk": "uk", "us": "us"}.get(cc, cc)
        ph1 = d.phone(pcc, g.pick(["intl", "nat"]))
        ph2 = d.phone(pcc, "intl") if i % 3 == 0 else ""
        name = p.native if cc == "jp" else p.name
        rows.append(f"{name},{p.first},,{p.last},,{bd},,* myContacts,* Home,{e1},{'Work' if e2 else ''},{e2},Mobile,{ph1},{'Work' if ph2 else ''},{ph2},")
    rows.append(f"Pizzeria Napoli,,,,,,Beställ via appen,* myContacts,,,,,Work,{d.fake_phone('se')},,,Pizzeria Napoli")
    d.text = "\n".join(rows) + "\n"
    return d


def jpos_iso8583_log():
    d = new("jpos-iso8583-log", "q2-20250311.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(12):
        net = g.pick(["visa", "mc", "mc2", "visa", "amex", "discover", "jcb"])
        pan = d.card(net, sep="")
        exp = f"{g.num(26, 30)}{g.num(1, 12):02d}"
        stan = g.digits(6)
        amt = str(g.num(1000, 250000)).rjust(12, "0")
        rrn = g.digits(12)
        tid = f"T{g.digits(7)}"
        ts = c.step(1, 90).fmt("%a %b %d %H:%M:%S.%f")[:-3] + " CET 2025"
        L.append(f'<log realm="channel/{d.priv4()}:8583" at="{ts}" lifespan="{g.num(20, 400)}ms">')
        L.append("  <send>")
        L.append('    <isomsg direction="outgoing">')
        L.append('      <!-- org.jpos.iso.packager.GenericPackager[cfg/iso87binary.xml] -->')
        L.append('      <field id="0" value="0200"/>')
        L.append(f'      <field id="2" value="{pan}"/>')
        L.append('      <field id="3" value="000000"/>')
        L.append(f'      <field id="4" value="{amt}"/>')
        f7 = c.fmt("%m%d%H%M%S")
        if pnr_ok(f7):
            d.K(f7)  # transmission date/time that happens to look like a personnummer
        L.append(f'      <field id="7" value="{f7}"/>')
        L.append(f'      <field id="11" value="{stan}"/>')
        L.append(f'      <field id="14" value="{exp}"/>')
        L.append('      <field id="22" value="051"/>')
        if i % 2 == 0:
            L.append(f'      <field id="35" value="{pan}={exp}201{g.digits(11)}"/>')
        L.append(f'      <field id="37" value="{rrn}"/>')
        L.append(f'      <field id="41" value="{tid}"/>')
        L.append(f'      <field id="42" value="{g.plain_digits(15)}"/>')
        L.append('      <field id="49" value="752"/>')
        L.append(f'      <field id="52" value="{g.hexs(16).upper()}" type="binary"/>')
        L.append(f'      <field id="55" value="9F2608{g.hexs(16).upper()}9F2701809F10120110A0000F040000000000000000000000FF9F3704{g.hexs(8).upper()}" type="binary"/>')
        L.append("    </isomsg>")
        L.append("  </send>")
        L.append("</log>")
        L.append(f'<log realm="channel/{d.priv4()}:8583" at="{ts}">')
        L.append("  <receive>")
        L.append('    <isomsg direction="incoming">')
        L.append('      <field id="0" value="0210"/>')
        L.append(f'      <field id="2" value="{pan[:6]}______{pan[-4:]}"/>')
        L.append(f'      <field id="11" value="{stan}"/>')
        L.append(f'      <field id="38" value="{g.s(6, UP + DG)}"/>')
        L.append(f'      <field id="39" value="{g.pick(["00", "00", "00", "05", "51"])}"/>')
        L.append("    </isomsg>")
        L.append("  </receive>")
        L.append("</log>")
    L.append(f'<log realm="test" at="{c.step().fmt("%a %b %d %H:%M:%S")} CET 2025"><info>echo test with card 4111111111111111 ok</info></log>')
    d.text = "\n".join(L) + "\n"
    return d


def mt940_statement():
    d = new("mt940-statement", "MT940_20250311.sta")
    g = d.g
    own = d.iban("NL", grouped=False)
    bal = g.num(10000, 900000)
    L = [f":20:{g.digits(10)}", f":25:{own}", f":28C:{g.num(1, 300):05d}", f":60F:C250310EUR{bal // 100},{bal % 100:02d}"]
    for i in range(9):
        amt = g.num(1000, 200000)
        dc = g.pick(["C", "D", "C"])
        cp = d.iban(g.pick(["NL", "NL", "DE", "BE", "FR"]), grouped=False)
        p = d.person(g.pick(["nl", "nl", "de", "fr"]))
        eref = g.s(16, UP + DG)
        L.append(f":61:2503{g.num(10, 11)}{dc}{amt // 100},{amt % 100:02d}N{g.pick(['TRF', 'DDT', 'CMI'])}{eref}//{g.digits(14)}")
        remi = g.pick([f"Factuur {g.num(2024, 2025)}-{g.num(100, 9999)}", f"Huur maart {p.last}", "Contributie 2025", f"Order {g.digits(8)}"])
        L.append(f":86:/TRTP/SEPA OVERBOEKING/IBAN/{cp}/BIC/{g.pick(['RABONL2U', 'INGBNL2A', 'ABNANL2A', 'DEUTDEFF', 'GEBABEBB'])}/NAME/{asc(p.name).upper()}/REMI/{remi}/EREF/{eref}")
        d.K(eref)
    L.append(f":62F:C250311EUR{bal // 100 + g.num(-500, 500)},{g.num(10, 99)}")
    L.append(f":64:C250311EUR{bal // 100},{g.num(10, 99)}")
    d.text = "{1:F01RABONL2UXXXX0000000000}{2:O9400000250311RABONL2UXXXX00000000002503110000N}{4:\n" + "\n".join(L) + "\n-}\n"
    return d


def qr_payment_scans():
    d = new("qr-payment-scans", "scanner-app-export.txt")
    g = d.g
    blocks = []
    for i in range(4):
        p = d.person(g.pick(["de", "nl", "fi"]))
        iban = d.iban(g.pick(["DE", "NL", "FI", "AT", "BE"]), grouped=False)
        amt = f"EUR{g.num(5, 900)}.{g.num(0, 99):02d}"
        blocks.append(f"--- scan {i + 1} (QR, EPC069-12) 2025-03-{g.num(1, 11):02d}\nBCD\n002\n1\nSCT\n{g.pick(['COBADEFFXXX', 'INGBNL2A', 'NDEAFIHH', 'GEBABEBB'])}\n{p.name}\n{iban}\n{amt}\n\n\nRechnung {g.num(2025001, 2025999)}\n")
    for i in range(3):
        p = d.person(g.pick(["de", "fr", "it"]))
        qr = d.iban("CHQR", grouped=False)
        ref = g.digits(26)
        ref = ref + str((10 - sum(int(x) for x in ref) % 10) % 10)
        d.K(ref)
        blocks.append(f"--- scan {i + 5} (QR, Swiss QR-bill) 2025-03-{g.num(1, 11):02d}\nSPC\n0200\n1\n{qr}\nS\n{p.name}\n{g.pick(['Bahnhofstrasse', 'Rue du Marché', 'Via Nassa'])}\n{g.num(1, 80)}\n{g.pick(['8001', '1204', '6900'])}\n{g.pick(['Zürich', 'Genève', 'Lugano'])}\nCH\n\n\n\n\n\n\n\n{g.num(10, 900)}.{g.num(0, 99):02d}\nCHF\nK\n{d.person('se').name}\nVasagatan {g.num(1, 40)}\n411 24 Göteborg\n\n\nSE\nQRR\n{ref}\nAbo 2025\nEPD\n")
    blocks.append(f"--- scan 8 (QR) 2025-03-11\nC{g.digits(10)}\n{{\"uqr\":1,\"tp\":1,\"nme\":\"Bageriet\",\"cc\":\"SE\",\"iref\":\"{d.ocr(10)}\",\"due\":85.0,\"pt\":\"BG\",\"acc\":\"{g.digits(3)}-{g.digits(4)}\"}}\n")
    d.text = "".join(blocks)
    return d


def eor_payroll_import():
    d = new("eor-payroll-import", "payroll_import_2025-03.json")
    g = d.g
    emps = []
    for cc in ["es", "es", "it", "it", "fr", "fr", "fi", "nl", "nl", "uk", "uk", "de", "in"]:
        p = d.person(cc)
        rec = {"employee_id": f"E-{g.num(10000, 99999)}", "country": cc.upper() if cc != "uk" else "GB", "first_name": p.first,
               "last_name": p.last, "email": d.email(p, domain=d.dom(), style="f.l"),
               "date_of_birth": d.dob("iso", y=g.num(1965, 2002))}
        if cc == "es":
            rec["national_id"] = {"type": "NIE" if g.r.random() < 0.4 else "DNI"}
            rec["national_id"]["value"] = d.dni(nie=rec["national_id"]["type"] == "NIE")
        elif cc == "it":
            rec["national_id"] = {"type": "codice_fiscale", "value": d.codice_fiscale(p, female=g.r.random() < 0.5)}
        elif cc == "fr":
            rec["national_id"] = {"type": "NIR", "value": d.nir(female=g.r.random() < 0.5, spaced=g.r.random() < 0.5)}
        elif cc == "fi":
            rec["national_id"] = {"type": "henkilötunnus", "value": d.hetu()}
        elif cc == "nl":
            rec["national_id"] = {"type": "BSN", "value": d.bsn()}
        elif cc == "uk":
            rec["national_id"] = {"type": "NINO", "value": d.nino()}
        elif cc == "de":
            rec["national_id"] = {"type": "Steuer-ID", "value": d.steuerid()}
        elif cc == "in":
            rec["national_id"] = {"type": "aadhaar", "value": d.aadhaar(spaced=True)}
            rec["pan"] = d.K(g.s(5, UP) + g.digits(4) + g.s(1, UP))
        rec["bank"] = {"iban": d.iban({"es": "ES", "it": "IT", "fr": "FR", "fi": "FI", "nl": "NL", "uk": "GB", "de": "DE"}[cc], grouped=False)} if cc != "in" else {"account": d.K(g.digits(12)), "ifsc": "HDFC000" + g.digits(4)}
        rec["phone"] = d.phone(cc if cc != "uk" else "uk", "e164")
        if cc in ("in", "uk", "es", "it"):
            rec["work_permit"] = {"passport_number": d.passport(cc if cc != "uk" else "uk"), "passport_country": cc.upper()}
        rec["gross_monthly"] = g.num(2200, 9000)
        emps.append(rec)
    d.text = json.dumps({"batch": g.uuid(), "period": "2025-03", "employer_of_record": "Remote Payroll Services B.V.", "employees": emps},
                        ensure_ascii=False, indent=2) + "\n"
    return d


CARRIERS = [amadeus_pnr, apis_paxlst_edifact, car_rental_agreement, bamboohr_export, personio_export, dicom_header_dump,
            google_contacts_csv, jpos_iso8583_log, mt940_statement, qr_payment_scans, eor_payroll_import]
