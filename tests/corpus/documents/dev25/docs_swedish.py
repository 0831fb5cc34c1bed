"""Swedish carriers: personnummer and samordningsnummer beside organisation numbers, OCR references,
bankgiro/plusgiro numbers, case/booking/invoice numbers built from dates (most fail Luhn, some are
deliberately Luhn-valid and registered), and personnummer-shaped numbers with a wrong check digit."""
import json

from core import doc, ANU

M = "swedish"


def person(d, fmt="L", y0=1940, y1=2005, sex=None):
    sex = sex or d.pick("MF")
    first, last, _ = d.person_sv(sex)
    p = d.L("se-personnummer", d.pnr(fmt, y0, y1, sex=sex))
    return first, last, p


def case_no(d, fmt="L", valid_prob=0.35, date=None):
    """A date-shaped case/booking number; sometimes deliberately Luhn-valid (registered)."""
    return d.date_serial(fmt, valid=d.r.random() < valid_prob, date=date)


def age_at(d, ref=(2026, 1, 19)):
    y, m, dd = d.last_birth
    return ref[0] - y - ((ref[1], ref[2]) < (m, dd))


@doc(M, "se-skv-skattekonto-ombudslista", "ombud/skattekonton-klienter-2026-01.txt", "swedish tax account summary for an accounting agent")
def skattekonto(d):
    lines = ["SKATTEVERKET – Skattekonto, sammanställning för ombud",
             f"Ombud: Redovisningsbyrån Nord AB, org.nr {d.orgnr('559')}",
             "Utskriven: 2026-01-19 07:45     Period: 2025-12-13 – 2026-01-17",
             "Inbetalningar görs till bankgiro 5050-1055 med klientens OCR-nummer.",
             "",
             f"{'Klient':<34}{'Person-/org.nr':<17}{'OCR-nummer':<18}{'Saldo 2026-01-17':>18}   Nästa förfallodag",
             "-" * 108]
    companies = [("Fjällbygg i Åre AB", "556"), ("Kafé Kvarnen HB", "969"), ("Grusvägens Måleri AB", "559")]
    for i in range(9):
        if i in (1, 4, 7):
            name, grp = companies[(i - 1) // 3]
            nr = d.orgnr(grp)
        else:
            f, l, nr = person(d, "S", 1950, 1998)
            name = f"{f} {l} (enskild firma)"
        ocr = d.ocr(d.pick([13, 14, 15]))
        bal = d.r.randint(-48000, 15000)
        lines.append(f"{name:<34}{nr:<17}{ocr:<18}{bal:>15,} kr   2026-02-12".replace(",", " "))
    lines += ["-" * 108, "",
              "Händelser att följa upp:",
              f"  * Betalningsuppmaning skickad, ärende {case_no(d, 'L')} (förfaller 2026-02-02).",
              f"  * Anstånd beviljat till 2026-05-04, beslut {case_no(d, 'L')}.",
              f"  * Felaktigt personnummer i fullmakt: {d.pnr_bad('S', 1950, 1990)} – kontrollera med klienten.",
              f"  * Återbetalning till konto via Swedbank clearing 8327-9, referens {d.ocr(11)}.",
              ""]
    return "\n".join(lines)


@doc(M, "se-skv-sink-sammanstallning", "arbetsgivare/sink-beslut-2026.csv", "swedish special income tax (SINK) decisions summary")
def sink(d):
    out = ["Samordningsnummer;Efternamn;Förnamn;Födelsedatum;Medborgarskap;Passnummer;Beslutsdatum;Dnr;Period;Arbetsgivare org.nr"]
    emp = d.orgnr("556")
    for i in range(7):
        cc = d.pick(["PL", "PL", "IT", "ES", "DE", "NL"])
        lang = {"PL": "pl", "IT": "it", "ES": "es", "DE": "de", "NL": "nl"}[cc]
        f, l = d.person(lang)
        snr = d.L("se-personnummer", d.pnr("L", 1965, 2002, samord=True))
        y, m, dd = d.last_birth
        dob = d.L("date-of-birth", f"{y}-{m:02d}-{dd:02d}")
        pp = d.L("passport", d.passport(cc))
        dnr = f"131 {d.r.randint(100000, 999999)}-26/{d.r.randint(1000, 9999)}"
        out.append(f"{snr};{l};{f};{dob};{cc};{pp};2026-01-{d.r.randint(5, 16):02d};{dnr};2026-01-01–2026-12-31;{emp}")
    return "\n".join(out) + "\n"


@doc(M, "se-skv-personbevis-familj", "handlingar/personbevis-familj.txt", "swedish population register extract (family)")
def personbevis(d):
    f, l, p = person(d, "L", 1970, 1990, "F")
    sf, sl, sp = person(d, "L", 1968, 1990, "M")
    kids = [person(d, "L", 2008, 2020) for _ in range(2)]
    street, pc, town = d.address_sv()
    kontroll = d.X(d.s(ANU, 4) + "-" + d.s(ANU, 4) + "-" + d.s(ANU, 4))
    kids_txt = "\n".join(f"    {kp}  {kf} {l}" for kf, _, kp in kids)
    return f"""SKATTEVERKET                                             PERSONBEVIS
                                                         Familjebevis
Utfärdat: 2026-01-14                                     Kontrollkod: {kontroll}

Personnummer     {p}
Namn             {f} {l}
Folkbokförd      {town} kommun, {town} församling
Adress           {street}, {pc} {town}
Civilstånd       Gift sedan 2011-06-18

Make/maka
    {sp}  {sf} {sl}

Barn
{kids_txt}

Föräldrar
    {d.L('se-personnummer', d.pnr('L', 1940, 1960, sex='F'))}  {d.pick(['Birgitta', 'Margareta', 'Kerstin'])} {l}
    Uppgift saknas

Personbeviset är giltigt i tre månader. Kontrollera äktheten på skatteverket.se med kontrollkoden.
Beställningsnummer: {case_no(d, 'l')}
"""


@doc(M, "se-fk-tidsredovisning-assistans", "assistans/tidsredovisning-2026-01.txt", "swedish personal assistance time report")
def assistans(d):
    f, l, p = person(d, "L", 1975, 2015)
    anordnare = d.orgnr("556")
    lines = ["FÖRSÄKRINGSKASSAN                         Tidsredovisning – assistansersättning",
             "                                          Redovisningsperiod: 2026-01-01 – 2026-01-31",
             f"Den assistansberättigade: {f} {l}, personnummer {p}",
             f"Anordnare: Omsorg i Norr AB, organisationsnummer {anordnare}, bankgiro {d.bankgiro()}",
             f"Ärendenummer hos Försäkringskassan: {case_no(d, 'L')}",
             "",
             "Assistent                         Personnummer      Timmar  Varav jour  Varav beredskap",
             "-" * 88]
    tot = 0
    for i in range(4):
        af, al, ap = person(d, d.pick(["L", "l"]), 1960, 2004)
        h = d.r.randint(40, 170)
        tot += h
        lines.append(f"{af + ' ' + al:<34}{ap:<18}{h:>6}  {d.r.randint(0, 30):>10}  {d.r.randint(0, 20):>15}")
    lines += ["-" * 88, f"Summa utförda timmar: {tot}", "",
              "Jag intygar att uppgifterna är riktiga.",
              f"Ort och datum: {d.pick(['Umeå', 'Luleå', 'Skellefteå'])} 2026-02-03",
              f"Underskrift anordnare: ___________________   Tel {d.lab('phone', 'SEL,n')}", ""]
    return "\n".join(lines)


@doc(M, "se-fk-underhallsstod-beslut", "brev/beslut-underhallsstod.txt", "swedish maintenance support decision letter")
def underhall(d):
    f, l, p = person(d, "L", 1978, 1995, "F")
    bf, bl, bp = person(d, "L", 1975, 1993, "M")
    kids = [person(d, "L", 2010, 2022) for _ in range(2)]
    street, pc, town = d.address_sv()
    kids_txt = "\n".join(f"  {kf} {l}, {kp}: 1 750 kr/månad från och med februari 2026" for kf, _, kp in kids)
    return f"""Försäkringskassan
Box 1164, 621 22 Visby                               Datum 2026-01-15
                                                     Ärendenummer {case_no(d, 'L')}
{f} {l}
{street}
{pc} {town}

Beslut om underhållsstöd

Vi har beviljat dig underhållsstöd för:
{kids_txt}

Den bidragsskyldiga föräldern {bf} {bl} ({bp}) ska betala 2 350 kr per månad till Försäkringskassan.
Beloppet har beräknats på inkomsten för 2024 enligt beskattningsbeslut.

Så betalar den bidragsskyldiga
Betalning görs till bankgiro {d.bankgiro()} med OCR-nummer {d.ocr(15)}.
Betalningsperiod: månadsvis senast den 25:e. Första betalning: 2026-02-25.

Personnummer du angav för det äldsta barnet i ansökan, {d.pnr_bad('L', 2010, 2015)}, stämde inte
med folkbokföringen. Vi har använt uppgiften från folkbokföringen.

Har du frågor? Ring din handläggare på {d.lab('phone', 'SEL,n')} och uppge ditt personnummer {p}.
Beslutet har fattats av handläggare Karin Åberg, enhet Underhållsstöd 3.
"""


@doc(M, "se-ambulansjournal-export", "export/ambulans-2026-01-18.jsonl", "swedish ambulance record export (jsonl)")
def ambulans(d):
    out = []
    for i in range(6):
        unknown = i == 4
        if unknown:
            pid, name = d.X("RES" + d.s("0123456789", 8)), "Okänd man ca 40 år"
        else:
            f, l, pid = person(d, d.pick(["l", "L"]), 1930, 2015)
            name = f"{f} {l}"
        hnr = case_no(d, "l", 0.4, date=(2026, 1, 18))
        rec = {"handelsenummer": hnr, "enhet": d.pick(["AMB 2410", "AMB 2420", "AMB 2310"]),
               "larm_tid": f"2026-01-18T{d.r.randint(0, 23):02d}:{d.r.randint(0, 59):02d}:00+01:00",
               "patient": {"id": pid, "idtyp": "reservnummer" if unknown else "personnummer", "namn": name},
               "retts": {"ess": d.pick(["ESS 10 Bröstsmärta", "ESS 35 Fall/trauma", "ESS 47 Andningsbesvär", "ESS 2 Buksmärta"]),
                         "prio": d.pick(["Röd", "Orange", "Gul"])},
               "vitalparametrar": {"af": d.r.randint(12, 28), "spo2": d.r.randint(88, 99), "puls": d.r.randint(55, 130),
                                   "bt_sys": d.r.randint(95, 180), "temp": round(36 + d.r.random() * 3, 1)},
               "destination": d.pick(["NUS akut", "Skellefteå lasarett akut", "Hemmet – ej transport"]),
               "kontakt_anhorig": d.lab("phone", "SE,n") if not unknown else None}
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"


@doc(M, "se-akutmottagning-triage-lista", "akuten/tavla-export-2026-01-19T0300.csv", "swedish emergency department board export")
def akuten(d):
    out = ["Besöksnr;Ankomst;Personnummer;Namn;Ålder;Prio;Sökorsak;Ansv. läkare;Rum;Väntetid"]
    for i in range(8):
        if i == 5:
            pid, name, age = d.X("99" + d.s("0123456789", 6) + "-" + d.s("0123456789", 4)), "Reservnr – okänd kvinna", "~70"
        else:
            f, l, pid = person(d, d.pick(["L", "L", "S"]), 1930, 2024)
            name, age = f"{f} {l}", str(age_at(d))
        out.append(f"{case_no(d, 'l', 0.3, date=(2026, 1, 19))};{d.r.randint(0, 2):02d}:{d.r.randint(0, 59):02d};{pid};{name};{age};{d.pick(['Röd', 'Orange', 'Gul', 'Gul', 'Grön', 'Blå'])};"
                   f"{d.pick(['Bröstsmärta', 'Buksmärta', 'Fall', 'Feber', 'Huvudvärk', 'Skärsår hand', 'Andningsbesvär'])};"
                   f"{d.pick(['ST Ekström', 'ÖL Lind', 'UL Hassan', ''])};{d.pick(['R1', 'R2', 'R4', 'Väntrum', 'Korridor 3'])};{d.r.randint(5, 240)} min")
    return "\n".join(out) + "\n"


@doc(M, "se-operationsplanering-csv", "op/planering-sal3-v04.csv", "swedish operating theatre schedule")
def operation(d):
    out = ["Datum,Sal,Start,Personnummer,Patient,Ingrepp,KVÅ,Operatör,Anestesi,Vårdtillfälle"]
    ops = [("Höftledsplastik", "NFB49"), ("Artroskopi knä", "NGA11"), ("Kolecystektomi lap", "JKA21"),
           ("Ljumskbråck", "JAB11"), ("Karpaltunnel", "ACC51"), ("Tonsillektomi", "EMB10")]
    for i in range(7):
        f, l, p = person(d, d.pick(["l", "L"]), 1940, 2015)
        op, kva = d.pick(ops)
        out.append(f"2026-01-{19 + i // 3},Sal 3,{7 + (i % 3) * 2:02d}:{d.pick(['00', '30'])},{p},\"{l}, {f}\",{op},{kva},"
                   f"{d.pick(['Dr Nyström', 'Dr Abdi', 'Dr Wallin'])},{d.pick(['GA', 'Spinal', 'Lokal'])},{case_no(d, 'l', 0.3, date=(2026, 1, d.r.randint(2, 16)))}")
    return "\n".join(out) + "\n"


@doc(M, "se-aldreomsorg-avgiftsberakning", "socialtjanst/avgiftsbeslut-2026.csv", "swedish elderly care fee calculation export")
def aldre(d):
    out = ["Beslutsnr;Personnummer;Namn;Insats;Bruttoinkomst/mån;Bostadskostnad;Förbehållsbelopp;Avgiftsutrymme;Avgift;Make/maka pnr"]
    for i in range(6):
        f, l, p = person(d, d.pick(["L", "S"]), 1925, 1950)
        spouse = ""
        if i % 3 == 0:
            spouse = d.L("se-personnummer", d.pnr("L", 1928, 1952))
        brutto = d.r.randint(11000, 32000)
        bo = d.r.randint(3500, 9800)
        forb = 7243 if not spouse else 5999
        utr = max(0, brutto - bo - forb)
        out.append(f"{case_no(d, 'L', 0.3)};{p};{l} {f};{d.pick(['Hemtjänst 24 h/mån', 'Särskilt boende', 'Trygghetslarm', 'Hemtjänst 8 h/mån'])};"
                   f"{brutto};{bo};{forb};{utr};{min(utr, 2575)};{spouse}")
    out.append(f"# Betalning till bankgiro {d.bankgiro()} – OCR anges på fakturan. Kommunens org.nr {d.orgnr('212')}")
    return "\n".join(out) + "\n"


@doc(M, "se-folkhogskola-antagningslista", "antagning/allmän-kurs-ht26.csv", "swedish folk high school admissions list")
def folkhogskola(d):
    out = ["Ansökningsnr,Personnummer,Efternamn,Förnamn,Kurs,Nivå,Status,Telefon,Boende"]
    for i in range(7):
        f, l, p = person(d, "S", 1975, 2007)
        out.append(f"FHS-{d.r.randint(2600, 2699)}-{d.r.randint(100, 999)},{p},{l},{f},Allmän kurs,{d.pick(['Grund', 'Gymnasie', 'Högskoleförberedande'])},"
                   f"{d.pick(['Antagen', 'Antagen', 'Reserv 1', 'Reserv 2', 'Ej behörig'])},{d.lab('phone', 'SE,n')},{d.pick(['Internat', 'Externat', 'Internat'])}")
    out.append(f"# Skolans bankgiro för internatavgift: {d.bankgiro()}, plusgiro {d.plusgiro()}")
    return "\n".join(out) + "\n"


@doc(M, "se-tentamen-anmalningslista", "tenta/KE1010-2026-01-23.txt", "swedish university exam registration list")
def tentamen(d):
    lines = ["Anmälningslista salstentamen", "Kurs: KE1010 Allmän kemi I, 15 hp   Provkod: 0001", "Datum: 2026-01-23 08:00–13:00   Sal: Aula Nordica",
             "", f"{'Anon.kod':<12}{'Personnummer':<15}{'Namn':<32}{'Bänk':<6}Anpassning", "-" * 78]
    for i in range(8):
        f, l, p = person(d, "S", 1985, 2006)
        code = d.X(f"KE-{d.r.randint(1000, 9999)}-{d.s(ANU, 3)}")
        lines.append(f"{code:<12}{p:<15}{l + ', ' + f:<32}{i + 1:<6}{d.pick(['', '', '', 'Förlängd tid', 'Enskilt rum'])}")
    lines += ["-" * 78, f"Antal anmälda: 8   Utskrift: 2026-01-21 14:02   Ladok-export id {d.uuid()}", ""]
    return "\n".join(lines)


@doc(M, "se-lonerevision-underlag-csv", "hr/lonerevision-2026-underlag.csv", "swedish salary review basis export")
def lonerevision(d):
    out = ["Anst.nr;Personnummer;Namn;Befattning;Kostnadsställe;Nuvarande lön;Förslag;Ökning %;Chef;Kommentar"]
    for i in range(7):
        f, l, p = person(d, d.pick(["l", "L"]), 1962, 2000)
        cur = d.r.randint(29000, 68000)
        new = cur + d.r.randint(600, 2600)
        out.append(f"{d.r.randint(1000, 1999)};{p};{f} {l};{d.pick(['Lagerarbetare', 'Säljare', 'Ekonomiassistent', 'Utvecklare', 'Projektledare'])};"
                   f"{d.r.randint(100, 460)};{cur};{new};{(new - cur) / cur * 100:.1f};{d.pick(['AÅ', 'JL', 'MH'])};{d.pick(['', 'Ny roll', 'Efter medarbetarsamtal', 'Lönekartläggning'])}")
    out.append(f"# Bolag: Hallonbolaget AB ({d.orgnr('556')}). Revisionsdatum 2026-04-01. Underlag id {case_no(d, 'L', 0.0)}")
    return "\n".join(out) + "\n"


@doc(M, "se-las-turordningslista", "hr/turordning-driftenheten.txt", "swedish LAS seniority list")
def las(d):
    lines = ["TURORDNINGSLISTA enligt 22 § LAS", "Arbetsgivare: Norrlandsfisk AB, org.nr " + d.orgnr("556"),
             "Turordningskrets: Driftenheten Piteå (avtalsområde Livsmedelsavtalet)", "Beräkningsdag: 2026-01-31", "",
             f"{'Nr':<4}{'Namn':<28}{'Personnummer':<16}{'Anst. fr.o.m.':<15}{'Anst.tid (mån)':>15}  Undantag"]
    rows = []
    for i in range(9):
        f, l, p = person(d, "L", 1960, 2002)
        start = (d.r.randint(1990, 2024), d.r.randint(1, 12), d.r.randint(1, 28))
        months = (2026 - start[0]) * 12 - start[1] + 1
        rows.append((months, f, l, p, start))
    rows.sort(reverse=True)
    for n, (months, f, l, p, s) in enumerate(rows, 1):
        lines.append(f"{n:<4}{f + ' ' + l:<28}{p:<16}{s[0]}-{s[1]:02d}-{s[2]:02d}     {months:>15}  {'Undantagen' if n in (4,) else ''}")
    lines += ["", "Lika anställningstid avgörs av högre ålder.", f"Förhandlingsprotokoll {case_no(d, 'L', 0.5)} bifogas.", ""]
    return "\n".join(lines)


@doc(M, "se-gdpr-registerutdrag-json", "gdpr/registerutdrag-2026-01-19.json", "swedish data subject access export (json)")
def gdpr(d):
    f, l, p = person(d, "l", 1970, 1999)
    kid_f, _, kid_p = person(d, "l", 2012, 2018)
    street, pc, town = d.address_sv()
    orders = []
    for i in range(4):
        od = (2025, d.r.randint(1, 12), d.r.randint(1, 28))
        orders.append({"ordernummer": case_no(d, "l", 0.5, date=od), "datum": f"{od[0]}-{od[1]:02d}-{od[2]:02d}",
                       "belopp": d.r.randint(149, 3499), "betalning": {"metod": d.pick(["Swish", "Kort", "Faktura"]),
                                                                      "ocr": d.ocr(d.pick([11, 13]))}})
    body = {"begaran": {"id": d.uuid(), "mottagen": "2026-01-05", "levererad": "2026-01-19", "rattslig_grund": "Art. 15 GDPR"},
            "kund": {"kundnummer": d.X(d.num_safe(8, "3")), "personnummer": p, "namn": f"{f} {l}",
                     "adress": {"gata": street, "postnummer": pc, "ort": town},
                     "telefon": d.lab("phone", "SE,e"), "epost": d.lab("email", "se"),
                     "medlemskap": {"klubb": "Hallonklubben", "sedan": "2019-03-02", "poang": d.r.randint(100, 9000)}},
            "familjemedlemmar": [{"namn": kid_f, "personnummer": kid_p, "relation": "barn"}],
            "ordrar": orders,
            "inloggningar": [{"tid": f"2026-01-{d.r.randint(1, 18):02d}T{d.r.randint(6, 22):02d}:{d.r.randint(0, 59):02d}:00Z",
                              "ip": d.lab("ip4"), "klient": d.pick(["iOS-app 5.2", "Safari 18", "Chrome 131"])} for _ in range(3)],
            "samtycken": {"nyhetsbrev": True, "sms": False, "profilering": False},
            "leverantor": {"namn": "Hallonbolaget AB", "orgnr": d.orgnr("556")}}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


@doc(M, "se-skolplattform-vardnadshavare-csv", "skola/vardnadshavare-7B.csv", "swedish school platform guardians export")
def skolplattform(d):
    out = ["Elev;Elevens personnummer;Klass;Vårdnadshavare 1;VH1 personnummer;VH1 mobil;VH1 e-post;Vårdnadshavare 2;VH2 personnummer"]
    for i in range(4):
        ef, el, ep = person(d, "l", 2012, 2013)
        v1f, v1l, v1p = person(d, "l", 1972, 1990, "F")
        row = [f"{ef} {el}", ep, "7B", f"{v1f} {v1l}", v1p, d.lab("phone", "SE,d"), d.lab("email", "se")]
        if i % 3 != 2:
            v2f, v2l, v2p = person(d, "l", 1970, 1990, "M")
            row += [f"{v2f} {v2l}", v2p]
        else:
            row += ["", ""]
        out.append(";".join(row))
    return "\n".join(out) + "\n"


@doc(M, "se-jordbruksverket-sam-ansokan", "sam/sam-ansokan-2026-utkast.txt", "swedish farm support application draft")
def sam(d):
    f, l, p = person(d, "L", 1955, 1990)
    partners = [person(d, "L", 1950, 1995) for _ in range(2)]
    kund = d.X(d.num_safe(7, "1"))
    lines = ["JORDBRUKSVERKET – SAM-ansökan 2026 (utkast, sparad 2026-01-17)",
             f"Kundnummer: {kund}",
             f"Sökande: {f} {l}, personnummer {p}",
             f"Företagsform: Handelsbolag (Gårdsbolaget Lövånger HB, org.nr {d.orgnr('969')})",
             "Delägare:"]
    for pf, pl, pp in partners:
        lines.append(f"  {pf} {pl}  {pp}  andel 25 %")
    lines += ["", "Block och skiften:", f"{'Block-ID':<18}{'Skifte':<8}{'Gröda':<24}{'Areal (ha)':>10}"]
    for i in range(6):
        lines.append(f"{d.X('SE' + d.s('0123456789', 3) + '-' + d.s('0123456789', 4) + '-' + d.s('0123456789', 4)):<18}{i + 1:<8}"
                     f"{d.pick(['Vall', 'Korn', 'Havre', 'Bete', 'Träda']):<24}{d.r.randint(50, 1800) / 100:>10.2f}")
    lines += ["", f"Utbetalning till bankgiro {d.bankgiro()} (tidigare plusgiro {d.plusgiro()})",
              f"Fastighet: Lövånger Gärdsmark 4:{d.r.randint(2, 40)}", f"Kvittens: {case_no(d, 'L', 0.4)}", ""]
    return "\n".join(lines)


@doc(M, "se-advokat-javskontroll", "byra/javskontroll-2026-0041.txt", "swedish law firm conflict check register extract")
def jav(d):
    lines = ["JÄVSKONTROLL – sökning i partsregistret", "Nytt uppdrag: 2026-0041 (tvist om köpeskilling, fastighet)",
             "Utförd av: AÅ, 2026-01-19 10:42", "", "Parter i det nya uppdraget:"]
    f, l, p = person(d, "S", 1950, 1995)
    lines.append(f"  Klient:     {f} {l}, {p}")
    of, ol, op = person(d, "S", 1950, 1995)
    lines.append(f"  Motpart:    {of} {ol}, {op}")
    lines.append(f"  Motpart 2:  Fjällbygg i Åre AB, {d.orgnr('556')}")
    lines += ["", "Träffar i registret:", f"{'Ärende':<12}{'Part':<34}{'Id':<16}{'Roll':<12}Status"]
    for i in range(6):
        if i % 3 == 1:
            name, nr = d.pick(["Fjällbygg i Åre AB", "Norrlandsfisk AB", "Bostadsrättsföreningen Tallbacken"]), d.orgnr(d.pick(["556", "769", "716"]))
        else:
            hf, hl, nr = person(d, "S", 1940, 2000)
            name = f"{hf} {hl}"
        lines.append(f"{'20' + str(d.r.randint(19, 25)) + '-' + str(d.r.randint(1, 400)).zfill(4):<12}{name:<34}{nr:<16}{d.pick(['Klient', 'Motpart', 'Vittne', 'Borgenär']):<12}{d.pick(['Avslutat', 'Pågående', 'Avslutat'])}")
    lines += ["", "Bedömning: Ingen jävssituation. Klientens id kontrollerat mot BankID-legitimering "
              f"(transaktion {d.uuid()}).", ""]
    return "\n".join(lines)


@doc(M, "se-bvc-besoksplanering", "bvc/besok-v04-2026.csv", "swedish child health centre visit plan")
def bvc(d):
    out = ["Bokningsnr;Datum;Tid;Barnets personnummer;Namn;Ålder;Besökstyp;Vårdnadshavare;Telefon;Sjuksköterska;Tolk"]
    for i in range(8):
        f, l, p = person(d, d.pick(["L", "l"]), 2023, 2025)
        y, m, dd = d.last_birth
        age_m = (2026 - y) * 12 + (1 - m)
        vh = d.pick(["Anna", "Sara", "Erik", "Mohammed", "Fatima", "Johan"]) + " " + l
        bd = (2025, 12, d.r.randint(1, 22))
        out.append(f"{case_no(d, 'L', 0.3, date=bd)};2026-01-{19 + i // 3};{8 + (i % 3) * 2:02d}:{d.pick(['00', '30'])};{p};{f} {l};{max(age_m, 1)} mån;"
                   f"{[v for lim, v in ((2, '1-månadsbesök'), (5, '4-månaders'), (9, '6-månaders vaccination'), (15, '12-månaders'), (24, '18-månaders'), (99, '3-årsbesök')) if age_m < lim][0]};{vh};{d.lab('phone', 'SE,n')};"
                   f"{d.pick(['BVC-ssk Lena', 'BVC-ssk Maja'])};{d.pick(['', '', 'arabiska', 'somaliska'])}")
    return "\n".join(out) + "\n"


@doc(M, "se-lon-agi-avstamning-csv", "lon/agi-avstamning-202512.csv", "swedish payroll vs employer declaration reconciliation")
def agi(d):
    out = ["Redovisningsperiod;Arbetsgivare;Specifikationsnr;Personnummer;Namn;Kontant bruttolön (011);Förmåner (012);Avdragen skatt (001);Underlag AG-avgift;AG-avgift;Differens mot lönesystem;Kommentar"]
    emp = d.orgnr("556")
    for i in range(7):
        f, l, p = person(d, d.pick(["l", "l", "L"]), 1958, 2006)
        brutto = d.r.randint(18000, 62000)
        forman = d.pick([0, 0, 0, 1450, 3200])
        skatt = int(brutto * d.pick([0.24, 0.29, 0.31]))
        diff = d.pick([0, 0, 0, 0, 150, -320])
        out.append(f"202512;{emp};{i + 1:03d};{p};{f} {l};{brutto};{forman};{skatt};{brutto + forman};{round((brutto + forman) * 0.3142)};{diff};"
                   f"{'' if not diff else 'Retroaktiv OB ej med i AGI'}")
    out.append(f"# Kvittens AGI: {case_no(d, 'L', 0.5)}  Inlämnad 2026-01-12 09:41 av ombud")
    return "\n".join(out) + "\n"
