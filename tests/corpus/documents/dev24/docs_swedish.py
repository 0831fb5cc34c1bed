"""Swedish carriers: personnummer beside Luhn-valid, date-shaped look-alikes (order, case, booking, OCR numbers),
organisation numbers, bank accounts and phones."""
import datetime as dt

from core import doc, luhn_digit


def P(d, fmt="12d", y0=1940, y1=2008, sam=False):
    v, date = d.pnr(fmt, y0=y0, y1=y1, sam=sam, want_date=True)
    d.L("se-personnummer", v)
    return d.person("se") + (v, date)


def acct(d):
    """Swedish clearing + account number (unlabelled, not an IBAN)."""
    return d.X("%s-%s, %s" % (d.ch(["8327", "6152", "5201", "3300", "9960", "8105"]), d.ri(0, 9), d.digits(9)))


@doc("se-sie4-enskild-firma", "bokforing-2025.se", "swedish accounting export (SIE 4)")
def sie(d):
    fn, ln, pn, _ = P(d, "10d", 1965, 1995)
    org_cust = [d.X(d.orgnr()) for _ in range(3)]
    lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#PROGRAM "Bokföringsappen" 3.12', '#GEN 20260115 %s' % fold_init(fn, ln),
             '#FNAMN "%s %s Snickeri"' % (fn, ln), '#ORGNR %s' % pn, '#ADRESS "%s %s" "Verkstadsvägen 4" "762 31 RIMBO" "%s"' % (fn, ln, d.L("phone", d.phone("se"))),
             '#RAR 0 20250101 20251231', '#KPTYP BAS2014', '#KONTO 1930 "Företagskonto"', '#KONTO 3001 "Försäljning 25%"',
             '#KONTO 2611 "Utgående moms 25%"', '#KONTO 2013 "Egna uttag"', '#DIM 6 "Kund"']
    for i, o in enumerate(org_cust):
        lines.append('#OBJEKT 6 "K%03d" "Kund %s"' % (i + 1, o))
    for i in range(6):
        inv = d.X(d.pnr_look("10"))
        day = dt.date(2025, d.ri(1, 12), d.ri(1, 28))
        amt = d.ri(2000, 40000)
        lines += ['#VER A %d %s "Faktura %s"' % (i + 1, day.strftime("%Y%m%d"), inv), '{',
                  '   #TRANS 1930 {} %d.00' % (amt * 1.25), '   #TRANS 3001 {6 "K%03d"} -%d.00' % (i % 3 + 1, amt),
                  '   #TRANS 2611 {} -%.2f' % (amt * 0.25), '}']
    lines += ['#VER A 7 20251220 "Eget uttag, ref %s"' % d.X(d.ocr(12)), '{', '   #TRANS 2013 {} 15000.00', '   #TRANS 1930 {} -15000.00', '}']
    return "\r\n".join(lines) + "\r\n"


def fold_up(s):
    from core import fold
    return fold(s).upper()


def fold_init(fn, ln):
    return (fn[0] + ln[0]).upper()


@doc("se-bankgirot-lon-fil", "LON_20260125.txt", "swedish salary payment file (fixed width)")
def bglon(d):
    bg = d.X("%s-%s" % (d.ri(100, 999) * 10 + d.ri(0, 9), d.digits(4)))
    cust = d.X(d.luhn_id(6))
    rows = ["01 %s %-10s %-20s LON %s" % ("20260125", cust, "BYGGNADS AB NORRVIK", bg)]
    total = 0
    for i in range(15):
        fn, ln, pn, _ = P(d, "12", 1955, 2004)
        amt = d.ri(1800000, 5200000)
        total += amt
        clr = d.ch(["8327", "6152", "5201", "3300", "9960"])
        acc = d.digits(10)
        rows.append("35 %s %s %s %012d %-24s %s" % (pn, clr, acc, amt, fold_up(ln + " " + fn)[:24], d.X(d.pnr_look("12", 2025, 2026))))
    rows.append("09 %s %06d %015d" % ("20260125", len(rows) - 1, total))
    return "\n".join(rows) + "\n"


@doc("se-ekonomiskt-bistand-json", "ansokningar-2026-01.json", "swedish social assistance applications export")
def bistand(d):
    import json
    apps = []
    for i in range(4):
        fn, ln, pn, _ = P(d, "12d", 1960, 2000)
        kids = []
        for k in range(d.ri(1, 2)):
            kf, _, kp, kd = P(d, "12d", 2010, 2021)
            kids.append({"fornamn": kf, "personnummer": kp, "relation": "barn"})
        apps.append({"arendenummer": d.X(d.pnr_look("12d", 2025, 2026)), "inkommen": "2026-01-%02d" % d.ri(2, 20),
                     "sokande": {"fornamn": fn, "efternamn": ln, "personnummer": pn,
                                 "telefon": d.L("phone", d.phone("se")), "epost": d.L("email", d.email(fn, ln, dom=d.dom_for("se")))},
                     "hushall": kids, "bank": {"clearing_konto": acct(d)},
                     "hyresvard_orgnr": d.X(d.orgnr()), "hyresavi_ocr": d.X(d.ocr(10)),
                     "handlaggare": "hsa:SE2321000" + d.digits(6) + "-" + d.digits(5)})
    return json.dumps({"export": "Viva/EB", "skapad": "2026-01-21T06:00:00+01:00", "ansokningar": apps}, ensure_ascii=False, indent=2) + "\n"


@doc("se-skolmaltid-specialkost-csv", "specialkost-vt2026.csv", "swedish school meal special diet list")
def specialkost(d):
    out = ["Beställnings-ID;Elev;Personnummer;Klass;Kost;Intyg nr;Vårdnadshavare tel"]
    diets = ["Glutenfri", "Laktosfri", "Nötallergi (svår)", "Vegetarisk", "Äggfri", "Fiskallergi", "Mjölkproteinfri"]
    for i in range(14):
        fn, ln, pn, _ = P(d, d.ch(["12d", "12d", "10d"]), 2010, 2019)
        ph = d.L("phone", d.phone("se", "nat"))
        out.append("%s;%s %s;%s;%d%s;%s;%s;%s" % (d.X(d.pnr_look("12", 2025, 2026)), fn, ln, pn, d.ri(1, 9), d.ch("ABC"), d.ch(diets), d.X(d.luhn_id(8)), ph))
    return "\n".join(out) + "\n"


@doc("se-influensavaccin-bokningar-ics", "vaccinationer-v04.ics", "swedish vaccination bookings calendar")
def ics(d):
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vardcentralen Ekdalen//Tidbok 4.2//SV", "CALSCALE:GREGORIAN"]
    for i in range(8):
        fn, ln, pn, _ = P(d, d.ch(["12d", "12"]), 1935, 1965)
        day = dt.datetime(2026, 1, 19 + i % 5, 8 + i, d.ch([0, 15, 30, 45]))
        bnr = d.X(d.pnr_look("12d", 2025, 2026))
        out += ["BEGIN:VEVENT", "UID:%s@tidbok.ekdalen-vc.se" % d.X(d.uuid()), "DTSTAMP:20260112T090000Z",
                "DTSTART;TZID=Europe/Stockholm:%s" % day.strftime("%Y%m%dT%H%M%S"), "DURATION:PT10M",
                "SUMMARY:Influensavaccination – %s %s" % (fn, ln),
                "DESCRIPTION:Pnr: %s\\nTel: %s\\nBokningsnr: %s\\nAvbokning senast 24h innan." % (pn, d.L("phone", d.phone("se", "nat")), bnr),
                "LOCATION:Ekdalens vårdcentral\\, mottagning 2", "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n"


@doc("se-samfallighet-debitering", "debitering-2026.txt", "swedish road association fee list")
def samf(d):
    bg = d.X("%d-%s" % (d.ri(100, 999) * 10 + 3, d.digits(4)))
    out = ["Ekbackens vägsamfällighetsförening  (org.nr %s)" % d.X(d.orgnr(first="7")),
           "Debiteringslängd 2026 – andelstal enligt förrättning %s" % d.X(d.pnr_look("10d", 2019, 2021)),
           "Betala till bankgiro %s senast 2026-03-31. Ange OCR-nummer." % bg, "",
           "%-18s %-26s %-14s %8s %10s %s" % ("Fastighet", "Ägare", "Personnummer", "Andel", "Belopp", "OCR")]
    for i in range(14):
        fn, ln, pn, _ = P(d, "10d", 1938, 1990)
        out.append("%-18s %-26s %-14s %8.3f %10s %s" % ("Ekbacken 1:%d" % d.ri(2, 80), fn + " " + ln, pn, d.ri(100, 2000) / 1000, "%d,00" % d.ri(400, 3500), d.X(d.ocr(d.ch([10, 10, 12])))))
    out += ["", "Kassör: %s, tel %s" % ("Gunnar Lund", d.L("phone", d.phone("sel")))]
    return "\n".join(out) + "\n"


@doc("se-arvskifte-handling", "arvskifte-dodsbo.txt", "swedish estate distribution document")
def arv(d):
    dfn, dln, dpn, _ = P(d, "12d", 1930, 1945)
    heirs = [P(d, "12d", 1955, 1975) for _ in range(3)]
    bo = d.X(d.pnr_look("12d", 2025, 2025))
    t = ["ARVSKIFTESHANDLING", "", "Dödsbo efter %s %s, %s, avliden 2025-09-14." % (dfn, dln, dpn),
         "Bouppteckning registrerad hos Skatteverket, ärende %s." % bo, "", "Dödsbodelägare:"]
    for fn, ln, pn, _ in heirs:
        t.append("  %s %s, %s, konto %s" % (fn, ln, pn, acct(d)))
    t += ["", "Tillgångar enligt bouppteckningen:",
          "  Bankmedel, kontonr %s ............ 412 880 kr" % acct(d),
          "  Fondandelar, depå %s ............. 96 310 kr" % d.X(d.luhn_id(10, "9")),
          "  Fastigheten Björkbacken 3:12 (taxeringsvärde) ... 1 240 000 kr",
          "", "Skulder: kreditkort, avtal %s, 8 112 kr." % d.X(d.luhn_id(12, "7")),
          "", "Varje dödsbodelägare erhåller en tredjedel. Överföring sker från dödsboets konto till respektive konto ovan.",
          "", "Ort och datum: Uppsala 2026-01-10", "",
          "Kontaktperson: %s %s, tel %s, %s" % (heirs[0][0], heirs[0][1], d.L("phone", d.phone("se")), d.L("email", d.email(heirs[0][0], heirs[0][1], dom=d.dom_for("se"))))]
    return "\n".join(t) + "\n"


@doc("se-semesterlista-export", "semester-2026.csv", "swedish hr vacation schedule export")
def semester(d):
    out = ["anstnr,namn,personnummer,avdelning,fran,till,dagar,arende"]
    for i in range(14):
        fn, ln, pn, _ = P(d, d.ch(["10d", "12d", "10"]), 1960, 2003)
        s = dt.date(2026, d.ri(6, 7), d.ri(1, 20))
        out.append('%d,"%s %s",%s,%s,%s,%s,%d,%s' % (d.ri(1000, 9999), fn, ln, pn, d.ch(["Lager", "Ekonomi", "Kundtjänst", "IT"]), s, s + dt.timedelta(days=20), 15, d.X(d.pnr_look("10", 2025, 2026))))
    return "\n".join(out) + "\n"


@doc("se-lakarintyg-sjukpenning", "lakarintyg-utkast.txt", "swedish medical certificate draft")
def lakarintyg(d):
    fn, ln, pn, _ = P(d, "12d", 1965, 1995)
    j = d.X(d.pnr_look("12", 2025, 2026))
    return "\n".join([
        "LÄKARINTYG för sjukpenning (utkast, ej signerat)", "",
        "Patient: %s %s" % (fn, ln), "Personnummer: %s" % pn, "Journalanteckning: %s" % j,
        "Intygs-ID: %s" % d.X(d.uuid()), "",
        "Grund för medicinskt underlag: undersökning av patienten 2026-01-14",
        "Diagnos: M54.5 Lumbago", "Funktionsnedsättning: Nedsatt rörlighet i ländrygg.",
        "Sjukskrivningsgrad: 100 % 2026-01-14 – 2026-01-27",
        "Patienten nås på %s." % d.L("phone", d.phone("se")), "",
        "Intygsutfärdare: Dr. Helena Ström, HSA-id SE2321000%s-E%s, Vårdcentralen Solbacken (org.nr %s)" % (d.digits(6), d.digits(6), d.X(d.orgnr(first="2"))),
    ]) + "\n"


@doc("se-labbremiss-svar-txt", "labbsvar-2026-01-20.txt", "swedish lab results worklist")
def labb(d):
    out = ["LABBSVAR  Klinisk kemi  Akademiska  2026-01-20  (utskrift avdelning 30B)", "",
           "%-14s %-22s %-16s %-12s %-10s %s" % ("Pnr", "Namn", "Remiss", "Prov", "Analys", "Svar")]
    for i in range(13):
        fn, ln, pn, _ = P(d, d.ch(["12d", "10d"]), 1935, 2000)
        out.append("%-14s %-22s %-16s %-12s %-10s %s" % (pn, (ln + ", " + fn)[:22], d.X(d.pnr_look("12d", 2026, 2026)), "P" + d.digits(9), d.ch(["CRP", "Hb", "P-Glukos", "TSH", "Kreatinin"]), d.ch(["12", "134", "5,8", "2,1", "78"])))
    out += ["", "Provnr med P-prefix är laboratoriets egna löpnummer."]
    return "\n".join(out) + "\n"


@doc("se-freja-eid-audit-json", "eid-audit-2026-01-18.jsonl", "swedish e-id authentication audit log")
def freja(d):
    import json
    out = []
    for i in range(11):
        fn, ln, pn, _ = P(d, "12", 1950, 2006, sam=(i == 4))
        out.append(json.dumps({"ts": "2026-01-18T%02d:%02d:%02d.%03dZ" % (7 + i, d.ri(0, 59), d.ri(0, 59), d.ri(0, 999)),
                               "event": d.ch(["auth.completed", "sign.completed", "auth.completed"]), "provider": "freja-eid",
                               "transactionRef": d.X(d.uuid()), "userInfo": {"ssn": pn, "country": "SE", "name": fn + " " + ln},
                               "clientIp": d.L("ipv4", d.ipv4()), "orderRef": d.X(d.pnr_look("12", 2026, 2026)),
                               "relyingParty": "kommunportalen"}, ensure_ascii=False))
    return "\n".join(out) + "\n"


@doc("se-apotek-dosdispensering", "dosordinationer-v03.txt", "swedish pharmacy dose dispensing list")
def dos(d):
    out = ["Dosapoteket Syd – leveranslista vecka 3/2026 – Särskilt boende Lindgården", ""]
    for i in range(11):
        fn, ln, pn, _ = P(d, "10p", 1924, 1925) if i == 3 else P(d, "12d", 1926, 1950)
        out += ["%s %s  (%s)" % (fn, ln, pn), "   Order: %s   Rullnr: %s" % (d.X(d.pnr_look("12d", 2026, 2026)), d.digits(7)),
                "   %s 1 tabl morgon, %s 1 tabl kväll" % (d.ch(["Alvedon 500 mg", "Enalapril 10 mg", "Metformin 500 mg"]), d.ch(["Sertralin 50 mg", "Atorvastatin 20 mg", "Omeprazol 20 mg"]))]
    out += ["", "Kontakt apotek: %s, leveransavtal %s" % (d.L("phone", "040-%s %s %s" % (d.digits(2), d.digits(2), d.digits(2, first="0123456789"))), d.X(d.luhn_id(10, "8")))]
    return "\n".join(out) + "\n"


@doc("se-foraldraledighet-ansokan-hr", "ansokan-foraldraledighet.json", "swedish hr parental leave application")
def fled(d):
    import json
    fn, ln, pn, _ = P(d, "12d", 1982, 1996)
    cf, _, cp, _ = P(d, "12d", 2024, 2025)
    doc_ = {"arendeId": d.X(d.pnr_look("12", 2026, 2026)), "anstalld": {"anstallningsnummer": "E" + d.digits(5), "namn": fn + " " + ln, "personnummer": pn,
            "epost": d.L("email", d.email(fn, ln, dom="hallbygg.se")), "mobil": d.L("phone", d.phone("se"))},
            "barn": {"fornamn": cf, "personnummer": cp, "fodd": "se personnummer"},
            "perioder": [{"fran": "2026-03-02", "till": "2026-05-29", "omfattning": "100%"}, {"fran": "2026-06-01", "till": "2026-08-14", "omfattning": "50%"}],
            "fk_referens": d.X(d.pnr_look("10d", 2025, 2026)), "chef": {"namn": "Karin Ek", "godkand": True}}
    return json.dumps(doc_, ensure_ascii=False, indent=2) + "\n"


@doc("se-tidrapport-export-csv", "tidrapport-202601.csv", "swedish time report export")
def tid(d):
    out = ["Personnummer\tNamn\tProjekt\tAktivitet\tDatum\tTimmar\tAttestref"]
    people = [P(d, d.ch(["10", "12", "10d"]), 1960, 2004, sam=(k == 2)) for k in range(9)]
    projs = [d.X(d.luhn_id(10, "4")) for _ in range(3)]
    for fn, ln, pn, _ in people:
        for k in range(2):
            out.append("%s\t%s %s\t%s\t%s\t2026-01-%02d\t%.1f\t%s" % (pn, fn, ln, d.ch(projs), d.ch(["Montage", "Restid", "Service"]), d.ri(5, 23), d.ri(10, 90) / 10, d.X(d.pnr_look("12", 2026, 2026))))
    return "\n".join(out) + "\n"


@doc("se-konfirmation-anmalan", "anmalningar-konfa-2026.csv", "swedish church confirmation registrations")
def konfa(d):
    out = ["Anmälnings-ID,Konfirmand,Personnummer,Grupp,Vårdnadshavare,Telefon,E-post,Betalref"]
    for i in range(12):
        fn, ln, pn, _ = P(d, d.ch(["12d", "10d"]), 2011, 2012)
        gf, gl = d.person("se")
        out.append('%s,%s %s,%s,%s,%s %s,%s,%s,%s' % (d.X(d.pnr_look("10", 2025, 2025)), fn, ln, pn, d.ch(["Läger Åre", "Lördagsgrupp", "Segling"]), gf, ln,
                                                    d.L("phone", d.phone("se", "nat")), d.L("email", d.email(gf, ln, dom=d.dom_for("se"))), d.X(d.ocr(9))))
    return "\n".join(out) + "\n"
