"""Swedish carriers: personnummer beside date-shaped Luhn-valid member, order, case and invoice numbers."""
import json
from c_common import *

SV_FN = ["Anna", "Erik", "Karin", "Lars", "Maja", "Oskar", "Elsa", "Nils", "Ingrid", "Gustav", "Saga", "Axel", "Linnea", "Hugo"]
SV_LN = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Lindqvist", "Holm", "Ek"]
STREETS = ["Storgatan", "Drottninggatan", "Kungsvägen", "Björkvägen", "Skolgatan", "Parkvägen", "Tallvägen"]
CITIES = [("114 35", "STOCKHOLM"), ("411 06", "GÖTEBORG"), ("211 22", "MALMÖ"), ("753 20", "UPPSALA"), ("582 24", "LINKÖPING"), ("903 26", "UMEÅ")]


def svname():
    return choice(SV_FN), choice(SV_LN)


def addr():
    z, c = choice(CITIES)
    return f"{choice(STREETS)} {R.randint(1, 80)}", z, c


def akassa(C):
    for i in range(1, 9):
        d = C.doc(f"se-akassa/beslut-{i:02d}.txt")
        fn, ln = svname()
        pnr = d.L("se-personnummer", personnummer(choice(["long-", "short-"])))
        mnr = d.X(datelike_luhn(choice(["short", "long"])))
        arende = d.X(datelike_luhn("short-"))
        st, z, c = addr()
        d.done(f"""Arbetslöshetskassan Nordkraft
Box {R.randint(100, 9999)}, {z} {c}
Telefon {d.L('phone', '0771-' + rs('0123456789', 2) + ' ' + rs('0123456789', 2) + ' ' + rs('0123456789', 2))}

{fn} {ln}
{st}
{z} {c}

BESLUT OM ARBETSLÖSHETSERSÄTTNING
Datum: 2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}

Personnummer: {pnr}
Medlemsnummer: {mnr}
Ärendenummer: {arende}

Vi har prövat din ansökan om arbetslöshetsersättning från och med 2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}.
Du har rätt till ersättning med {R.randint(600, 1200)} kronor per dag före skatt.
Ersättningsperiod: 300 ersättningsdagar. Dagar som förbrukats: {R.randint(0, 60)}.

Har du frågor? Ring oss på {d.L('phone', phone('se', False))} eller skriv via Mina sidor.
Ange alltid ditt medlemsnummer ({mnr}) eller ärendenummer när du kontaktar oss.

Så överklagar du
Om du inte är nöjd med beslutet kan du begära omprövning. Begäran ska ha kommit in till oss
inom två månader från den dag du fick del av beslutet.
""")


def skola(C):
    for i in range(1, 4):
        d = C.doc(f"se-skola/elevlista-{choice(['7A', '8B', '9C', 'F3', '2B'])}-{i}.csv")
        rows = ["Elev-ID;Förnamn;Efternamn;Personnummer;Klass;Vårdnadshavare;VH telefon;VH e-post;Elevnummer (skolkort)"]
        for k in range(R.randint(6, 8)):
            fn, ln = svname()
            vfn, _ = svname()
            pnr = d.L("se-personnummer", personnummer(choice(["long-", "long", "short-"])))
            card_no = d.X(datelike_luhn("long"))
            rows.append(f"{d.X(uuid4())};{fn};{ln};{pnr};{R.randint(1, 9)}{choice('ABC')};{vfn} {ln};{d.L('phone', phone('se', R.random() < 0.3))};{d.L('email', email(vfn, ln))};{card_no}")
        d.done("\n".join(rows))


def bank(C):
    for i in range(1, 5):
        d = C.doc(f"se-bank/kontoutdrag-{i}.csv")
        rows = ["Bokföringsdag;Valutadag;Referens;Text;Belopp;Saldo"]
        bal = R.randint(1000, 90000)
        for k in range(R.randint(6, 10)):
            amt = R.randint(-9000, 9000)
            bal += amt
            ref = d.X(luhn_order(R.choice([10, 12, 14])))
            txt = choice(["KORTKÖP ICA NARA", "SWISH FRÅN", "LÖN", "BG 5050-1055 TELIA", "AUTOGIRO FOLKSAM", "ÖVERFÖRING"])
            if txt == "SWISH FRÅN":
                txt += " " + d.L("phone", "46" + phone('se', True)[4:].replace(" ", ""))
            rows.append(f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d};2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d};{ref};{txt};{amt},00;{bal},00")
        d.done("\n".join(rows))
    for i in range(1, 4):
        d = C.doc(f"se-bank/kyc-kund-{i}.json")
        fn, ln = svname()
        st, z, c = addr()
        d.done(json.dumps({"kundnummer": d.X(datelike_luhn("short")), "personnummer": d.L("se-personnummer", personnummer("long")),
                           "namn": f"{fn} {ln}", "adress": {"gata": st, "postnummer": z, "ort": c},
                           "kontakt": {"mobil": d.L("phone", phone("se", True)), "epost": d.L("email", email(fn, ln))},
                           "medsokande": {"personnummer": d.L("se-personnummer", personnummer("long-"))},
                           "avtalsnummer": d.X(datelike_luhn("long-")), "riskklass": choice(["låg", "normal"]),
                           "pep": False, "skapad": ts_iso(False)}, indent=2, ensure_ascii=False))


def forsakring(C):
    for i in range(1, 5):
        d = C.doc(f"se-forsakring/skadeanmalan-{i}.eml")
        fn, ln = svname()
        em = d.L("email", email(fn, ln))
        pnr = d.L("se-personnummer", personnummer(choice(["short-", "long-", "short"])))
        skade = d.X(datelike_luhn(choice(["short-", "long"])))
        forsnr = d.X(datelike_luhn("short"))
        d.done(f"""From: {fn} {ln} <{em}>
To: {d.L('email', 'skador@nordkraftforsakring.se')}
Subject: Skadeanmälan – vattenskada, skadenummer {skade}
Date: Mon, {R.randint(1, 28)} Apr 2025 08:{R.randint(10, 59)}:{R.randint(10, 59)} +0200
Message-ID: <{d.X(uuid4())}@{em.split('@')[1]}>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej,

Jag vill komplettera min skadeanmälan (skadenummer {skade}, försäkringsnummer {forsnr}).
Mitt personnummer är {pnr} och min sambo står som medförsäkrad.
Fakturan från rörmokaren har nummer {d.X(datelike_luhn('long'))} och OCR {d.X(luhn_order(12))}.

Ni når mig på {d.L('phone', phone('se', False))} dagtid.

Vänliga hälsningar
{fn} {ln}
""")


def paxml(C):
    for i in range(1, 4):
        d = C.doc(f"paxml/lonefil-2025{R.randint(1, 12):02d}-{i}.xml")
        persons, trans = [], []
        for k in range(R.randint(4, 6)):
            fn, ln = svname()
            anstid = str(R.randint(100, 999))
            pnr = d.L("se-personnummer", personnummer("long"))
            persons.append(f'    <person anstid="{anstid}" persnr="{pnr}">\n      <fornamn>{fn}</fornamn>\n      <efternamn>{ln}</efternamn>\n      <telefon>{d.L("phone", phone("se", False))}</telefon>\n    </person>')
            trans.append(f'    <tidtrans anstid="{anstid}">\n      <tidkod>SEM</tidkod>\n      <datum>2025-0{R.randint(1, 9)}-1{R.randint(0, 9)}</datum>\n      <timmar>8.00</timmar>\n    </tidtrans>')
        d.done(f"""<?xml version="1.0" encoding="utf-8"?>
<paxml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.paxml.se/2.0/paxml.xsd">
  <header>
    <version>2.0</version>
    <datum>2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T10:00:00</datum>
    <foretagorgnr>{d.X(orgnr())}</foretagorgnr>
    <foretagnamn>Nordkraft Service AB</foretagnamn>
    <exportid>{d.X(datelike_luhn('long'))}</exportid>
  </header>
  <personal>
{chr(10).join(persons)}
  </personal>
  <tidtransaktioner>
{chr(10).join(trans)}
  </tidtransaktioner>
</paxml>
""")


def sie(C):
    for i in range(1, 4):
        d = C.doc(f"sie/export-{i}.se")
        fn, ln = svname()
        pnr = personnummer("short-")
        d.L("se-personnummer", pnr)
        lines = ["#FLAGGA 0", '#PROGRAM "Fortnox" 3.0', "#FORMAT PC8", f"#GEN 2025{R.randint(1, 12):02d}{R.randint(10, 28)}", "#SIETYP 4",
                 f'#FNAMN "{fn} {ln} Konsult"', f"#ORGNR {pnr}", f'#ADRESS "{fn} {ln}" "{choice(STREETS)} {R.randint(1, 60)}" "{choice(CITIES)[0]} {choice(CITIES)[1]}" "{d.L("phone", phone("se", False))}"',
                 "#RAR 0 20250101 20251231", "#KPTYP BAS2014", '#KONTO 1930 "Företagskonto"', '#KONTO 3001 "Försäljning 25%"', '#KONTO 2611 "Utgående moms 25%"']
        for k in range(R.randint(3, 5)):
            fak = d.X(datelike_luhn("short"))
            amt = R.randint(1000, 50000)
            lines += [f'#VER A {k + 1} 2025{R.randint(1, 12):02d}{R.randint(10, 28)} "Faktura {fak}"', "{",
                      f"   #TRANS 1930 {{}} {amt}.00", f"   #TRANS 3001 {{}} -{amt * 4 // 5}.00", f"   #TRANS 2611 {{}} -{amt - amt * 4 // 5}.00", "}"]
        d.done("\n".join(lines))


def vard(C):
    for i in range(1, 4):
        d = C.doc(f"se-1177-bokning/bokning-{i}.json")
        fn, ln = svname()
        d.done(json.dumps({"bokningsnummer": d.X(datelike_luhn("long")), "patient": {"personnummer": d.L("se-personnummer", personnummer("long")),
                                                                                      "namn": f"{fn} {ln}", "mobil": d.L("phone", phone("se", True))},
                           "vardgivare": {"hsaId": "SE" + rs("0123456789", 10) + "-" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 5), "namn": "Vårdcentralen Björken"},
                           "tid": ts_iso(False), "remissnummer": d.X(datelike_luhn("short-")), "sms_paminnelse": True,
                           "anhorig": {"namn": " ".join(svname()), "telefon": d.L("phone", phone("se", False))}}, indent=2, ensure_ascii=False))
