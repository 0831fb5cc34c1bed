"""Swedish carriers: personnummer beside date-shaped, Luhn-valid look-alikes
(order, booking, case, member, contract and OCR numbers, organisation numbers)."""
import json

from core import (Doc, doc, T, pnr, pnr_sex, datelike_luhn, orgnr, ocr, luhn_id, person, email, role_email, phone_se,
                  iban, dob, hexs, uuid4, ts, iso, fmt_t, rnd, DG, UP, FIRST_SV, LAST_SV)

ADDR = ["Storgatan", "Kyrkvägen", "Skolgatan", "Björkvägen", "Ringvägen", "Södra vägen", "Parkgatan",
        "Hamngatan", "Tallstigen", "Åsgatan", "Norra Långgatan", "Idrottsvägen"]
ORTER = [("Östersund", "831"), ("Sundsvall", "852"), ("Västerås", "721"), ("Jönköping", "553"), ("Luleå", "972"),
         ("Karlstad", "652"), ("Växjö", "352"), ("Gävle", "802"), ("Borås", "504"), ("Kalmar", "392")]


def addr(r):
    o, z = r.choice(ORTER)
    return f"{r.choice(ADDR)} {r.randint(1, 80)}", f"{z} {r.randint(10, 99)}", o


def LK(d, *a, **k):
    return d.X(datelike_luhn(d.rng, *a, **k))


@doc
def sl_skolkort():
    d = Doc("se-sl-skolkort-lista", "skolkort-vt2026-beställning.csv", "swedish school card order csv")
    r = d.rng
    skola_org = d.X(orgnr(r, "212"))
    rows = ["Beställningsnr;Skola;Skolans org.nr;Klass;Elev;Personnummer;Kortnr;Giltigt fr.o.m.;Zon;Kommentar"]
    for i in range(7):
        fn, ln = person(r)
        y = r.randint(2010, 2018)
        p = d.L("se-personnummer", pnr(r, y, y, form=r.choice(["long", "long_nodash"])))
        best = LK(d, 2025, 2026, long=True, dash=True)
        kort = d.X(luhn_id(r, 10, "3"))
        kom = r.choice(["", "", "Ersätter förlorat kort", "Ny elev från HT25", "Växelvis boende – två adresser"])
        rows.append(f"{best};Fjällsjöskolan;{skola_org};{2025 - y - 6}{r.choice('ABC')};{fn} {ln};{p};{kort};2026-01-08;A;{kom}")
    # a pupil registered only with date of birth (no personnummer yet)
    fn, ln = person(r)
    best = LK(d, 2025, 2026, long=True, dash=True)
    rows.append(f"{best};Fjällsjöskolan;{skola_org};3B;{fn} {ln};(saknas, samordningsnr sökt);{d.X(luhn_id(r, 10, '3'))};2026-01-08;A;Nyanländ, födelsedatum enl. Migrationsverket")
    fak = d.X(ocr(r, 12))
    d.text = "\ufeff" + "\r\n".join(rows) + f"\r\n;;;;;;;;;\r\nFakturareferens (OCR);{fak};;;;;;;;\r\n"
    return d


@doc
def friskvard():
    d = Doc("se-friskvardsbidrag-underlag", "friskvard-2025-utbetalning.csv", "swedish hr wellness allowance export")
    r = d.rng
    rows = ["Anst.nr;Namn;Personnummer;Kostnadsställe;Kvittonr;Leverantör;Lev. org.nr;Belopp;Godkänt av;Lönekörning"]
    for i in range(6):
        fn, ln = person(r)
        p = d.L("se-personnummer", pnr(r, 1962, 2003, form="short"))
        kv = LK(d, 2025, 2025, long=True, dash=False)
        lev, lo = r.choice([("Friskis&Svettis Västerås", "802"), ("Actic Sverige AB", "556"), ("SATS Sports Club Sweden AB", "556"),
                            ("Padelcenter Mälardalen AB", "559"), ("Yogastudion Lotus HB", "969")])
        rows.append(f"{r.randint(1000, 4999)};{ln}, {fn};{p};{r.choice(['4100','4200','5300'])};{kv};{lev};{d.X(orgnr(r, lo))};{r.choice([1500, 2000, 3000, 5000])},00;EJ;2026-01")
    rows.append("")
    rows.append(f"Underlag skapat 2026-01-12 av lönegruppen. Utbetalningsreferens {LK(d, 2026, 2026, long=True, dash=True)}, bokföringsverifikation {LK(d, 2026, 2026, long=False, dash=False)}.")
    d.text = "\r\n".join(rows) + "\r\n"
    return d


@doc
def collectum():
    d = Doc("se-collectum-itp-anmalan", "itp-anmalan-202601.txt", "swedish pension reporting file")
    r = d.rng
    arbg = orgnr(r, "556", dash=False)
    d.X(arbg)
    lines = ["#FIL ITP-ANMÄLAN  VERSION 3.2",
             f"#ARBETSGIVARE {arbg}  Hamnkranen Logistik AB",
             f"#AVTAL {LK(d, 2014, 2019, long=True, dash=False)}  ITP1/ITP2",
             f"#SKAPAD 2026-01-31  REFERENS {LK(d, 2026, 2026, long=True, dash=True)}",
             "#----------------------------------------------------------------------",
             "#TYP  PERSONNUMMER   NAMN                           HÄNDELSE   DATUM      LÖN/ÅR   ANST.REF"]
    for i in range(5):
        fn, ln = person(r)
        p = d.L("se-personnummer", pnr(r, 1960, 2004, form="long_nodash"))
        ev = r.choice(["NYANST", "LÖNEÄNDR", "AVGÅNG", "NYANST", "FÖRÄLDRAL"])
        lines.append(f"P     {p}   {(ln + ', ' + fn):<30} {ev:<10} 2026-01-{r.randint(1, 28):02d} {r.randint(360, 720) * 1000:>8}   {LK(d, 2015, 2025, long=True, dash=True)}")
    lines += ["#----------------------------------------------------------------------",
              f"#SUMMA POSTER 5   KONTROLLSUMMA {d.X(hexs(r, 8).upper())}",
              f"#ÄRENDE HOS COLLECTUM {LK(d, 2026, 2026, long=False, dash=True)} (svara med detta nummer)"]
    d.text = "\n".join(lines) + "\n"
    return d


@doc
def forarprov():
    d = Doc("se-trafikverket-forarprov-bokningar", "bokningar-trafikskola-v06.json", "swedish driving test bookings json")
    r = d.rng
    out = {"trafikskola": {"namn": "Trafikskolan Norrsken", "orgnr": d.X(orgnr(r, "556")), "kundnr": d.X(luhn_id(r, 8))},
           "vecka": "2026-W06", "bokningar": []}
    for i in range(5):
        fn, ln = person(r)
        b = {"bokningsnummer": LK(d, 2026, 2026, long=True, dash=True),
             "elev": {"namn": f"{fn} {ln}", "personnummer": d.L("se-personnummer", pnr(r, 1990, 2008, form="long")),
                      "mobil": d.L("phone", phone_se(r))},
             "prov": r.choice(["Kunskapsprov B", "Körprov B", "Körprov B (automat)"]),
             "provort": r.choice(["Östersund", "Sundsvall", "Umeå"]),
             "tid": f"2026-02-{r.randint(2, 6):02d}T{r.choice(['08:10','09:25','10:40','13:15'])}",
             "betalning": {"ocr": d.X(ocr(r, 14)), "belopp": r.choice([325, 800, 1000]), "status": r.choice(["betald", "ej betald"])},
             "handledartillstand": LK(d, 2023, 2025, long=False, dash=True)}
        out["bokningar"].append(b)
    d.text = json.dumps(out, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def scoutnet():
    d = Doc("se-scoutnet-medlemsexport", "medlemmar-karen.csv", "swedish scout member export csv")
    r = d.rng
    rows = ["member_no,first_name,last_name,ssno,date_of_birth,unit,contact_mobile_dad,contact_mobile_mum,contact_email,avgift_ocr,registrerad"]
    for i in range(6):
        fn, ln = person(r)
        y = r.randint(2008, 2018)
        p = pnr(r, y, y, form="long")
        d.L("se-personnummer", p)
        born = f"{p[:4]}-{p[4:6]}-{p[6:8]}"
        d.L("date-of-birth", born)
        dad = d.L("phone", phone_se(r)) if r.random() < 0.8 else ""
        mum = d.L("phone", phone_se(r))
        em = d.L("email", email(r, r.choice(FIRST_SV), ln))
        rows.append(f"{r.randint(3100000, 3999999)},{fn},{ln},{p},{born},{r.choice(['Spårare','Upptäckare','Äventyrare','Utmanare'])},{dad},{mum},{em},{d.X(ocr(r, 10))},{LK(d, 2021, 2025, long=True, dash=False)}")
    d.text = "\n".join(rows) + "\n"
    return d


@doc
def fritidshem():
    d = Doc("se-fritidshem-placeringsbeslut", "beslut-placering-fritidshem.txt", "swedish municipal decision letter")
    r = d.rng
    bfn, bln = person(r)
    barn = d.L("se-personnummer", pnr(r, 2016, 2019, form="short"))
    v1n, v2n = f"{person(r)[0]} {bln}", f"{person(r)[0]} {person(r)[1]}"
    v1, v2 = d.L("se-personnummer", pnr(r, 1975, 1992, form="short")), d.L("se-personnummer", pnr(r, 1975, 1992, form="short"))
    a1, z1, o1 = addr(r)
    arende = LK(d, 2026, 2026, long=True, dash=True)
    kund = LK(d, 2018, 2022, long=False, dash=False)
    tel = d.L("phone", phone_se(r, mobile=False))
    d.text = T('''Barn- och utbildningsförvaltningen
Östersunds kommun                                        Datum: 2026-01-19
                                                         Ärendenummer: ⟨arende⟩
                                                         Kundnummer: ⟨kund⟩
                                                         Placerings-id: ⟨plac⟩

⟨v1n⟩
⟨a1⟩
⟨z1⟩ ⟨o1⟩

BESLUT OM PLACERING I FRITIDSHEM

Barn:           ⟨bfn⟩ ⟨bln⟩, ⟨barn⟩
Vårdnadshavare: ⟨v1n⟩, ⟨v1⟩
                ⟨v2n⟩, ⟨v2⟩
Skola:          Torvallaskolan, fritidshemmet Ugglan
Startdatum:     2026-02-02
Omfattning:     15 timmar/vecka

Beslut
Ansökan om plats i fritidshem beviljas enligt 14 kap. 5 § skollagen (2010:800).

Avgift
Avgiften beräknas på hushållets samlade inkomst enligt maxtaxan. Fakturan skickas
månadsvis i efterskott. Betala till bankgiro 5050-1055 och ange OCR-nummer ⟨ocr⟩.
Första fakturan har fakturanummer ⟨fnr⟩.
Autogiromedgivande har medgivandereferens ⟨mref⟩.

Hur man överklagar
Beslutet kan överklagas hos Förvaltningsrätten i Härnösand. Skicka överklagandet till
kommunen inom tre veckor från den dag ni fick del av beslutet. Ange ärendenummer
⟨arende⟩.

Frågor? Ring placeringsenheten, ⟨tel⟩ (vardagar 9–11).

Med vänlig hälsning
Placeringsenheten
''', arende=arende, kund=kund, v1n=v1n, a1=a1, z1=z1, o1=o1, bfn=bfn, bln=bln, barn=barn, v1=v1, v2n=v2n, v2=v2,
               ocr=d.X(ocr(r, 16)), plac=LK(d, 2026, 2026, long=True, dash=False), fnr=LK(d, 2026, 2026, long=False, dash=True), mref=LK(d, 2024, 2026, long=True, dash=False), tel=tel)
    return d


@doc
def rontgen():
    d = Doc("se-rontgen-remisslista", "remisser-2026-01-28.txt", "swedish radiology referral worklist")
    r = d.rng
    lines = ["RIS ARBETSLISTA  Röntgen Länssjukhuset  Modalitet: CT1, MR2   Utskrift 2026-01-28 07:02",
             "=" * 100,
             f"{'Remissnr':<16}{'Pat.id':<16}{'Namn':<28}{'Undersökning':<22}{'Prio':<6}{'Tid':<7}{'Acc.nr':<14}Remittent (HSA-id)"]
    for i in range(5):
        fn, ln = person(r)
        p = d.L("se-personnummer", pnr(r, 1938, 2010, form="long", samord=(i == 3)))
        rn = LK(d, 2026, 2026, long=True, dash=True)
        hsa = d.X("SE2321000" + rnd(r, DG, 3) + "-" + rnd(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 1) + rnd(r, DG, 5))
        lines.append(f"{rn:<16}{p:<16}{(ln + ' ' + fn)[:27]:<28}{r.choice(['CT thorax m kontrast','MR knä vä','CT buk','MR hjärna','DT skalle akut']):<22}{r.choice(['1','2','3','A']):<6}{r.choice(['07:30','08:15','09:00','10:20','11:05']):<7}{LK(d, 2026, 2026, long=False, dash=False):<14}{hsa}")
    lines += ["=" * 100,
              f"Reservnummer (okänd patient): {LK(d, 2026, 2026, long=True, dash=True)}  Kön: M  Ålder ca 40  Ankomst via ambulans 06:41",
              f"Vårdkontakt-id sista akutremiss: {LK(d, 2026, 2026, long=True, dash=False)}",
              "Obs: pat. med samordningsnummer – kontrollera identitet mot LMA-kort."]
    d.text = "\n".join(lines) + "\n"
    return d


@doc
def privatleasing():
    d = Doc("se-privatleasing-avtal", "avtal-privatleasing.txt", "swedish car lease contract")
    r = d.rng
    fn, ln = person(r)
    p1 = d.L("se-personnummer", pnr(r, 1965, 2000, form="long"))
    fn2, _ = person(r)
    p2 = d.L("se-personnummer", pnr(r, 1965, 2000, form="long"))
    em = d.L("email", email(r, fn, ln))
    tel = d.L("phone", phone_se(r))
    ib = d.L("iban", iban(r, "SE", spaced=True))
    a1, z1, o1 = addr(r)
    d.text = T('''PRIVATLEASINGAVTAL                                   Avtalsnummer: ⟨avt⟩
Finans Norr AB, org.nr ⟨org⟩                          Offertnummer: ⟨off⟩
                                                     Kundnummer:   ⟨kn⟩

1. LEASETAGARE
Namn:            ⟨fn⟩ ⟨ln⟩
Personnummer:    ⟨p1⟩
Adress:          ⟨a1⟩, ⟨z1⟩ ⟨o1⟩
E-post:          ⟨em⟩
Mobil:           ⟨tel⟩

Medsökande:      ⟨fn2⟩ ⟨ln⟩, ⟨p2⟩

2. FORDON
Märke/modell:    Volvo EX30 Single Motor Extended Range Plus
Reg.nr:          ⟨reg⟩
Chassinummer:    YV1⟨vin⟩
Leveransdatum:   2026-02-14     Återlämning: 2029-02-13

3. AVGIFTER
Månadsavgift:    4 495 kr inkl. moms (fast under avtalstiden)
Körsträcka:      1 500 mil/år, övermil 18 kr/mil
Uppläggningsavgift: 595 kr
Betalning via autogiro från konto ⟨ib⟩ (Swedbank)
Autogiro betalarnummer: ⟨bet⟩

4. KREDITPRÖVNING
Kreditupplysning tagen 2026-01-22 hos UC, referens ⟨uc⟩.

Underskrift leasetagare (BankID, signatur-id ⟨sig⟩)
''', avt=LK(d, 2026, 2026, long=True, dash=True), org=d.X(orgnr(r, "556")), off=LK(d, 2025, 2026, long=False, dash=True), kn=LK(d, 2016, 2024, long=True, dash=False),
               fn=fn, ln=ln, p1=p1, a1=a1, z1=z1, o1=o1, em=em, tel=tel, fn2=fn2, p2=p2,
               reg=rnd(r, "ABCDEFGHJKLMNPRSTUWXYZ", 3) + " " + rnd(r, DG, 2) + rnd(r, "ABCDEFGHJKLMNPRSTUWXYZ", 1),
               vin=rnd(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 14), ib=ib, bet=LK(d, 2026, 2026, long=True, dash=False),
               uc=LK(d, 2026, 2026, long=False, dash=False), sig=d.X(uuid4(r)))
    return d


@doc
def studieforbund():
    d = Doc("se-studieforbund-deltagarlista", "deltagarlista-cirkel.tsv", "swedish study circle attendance tsv")
    r = d.rng
    cirk = LK(d, 2026, 2026, long=True, dash=True)
    rows = [f"# Studiecirkel: Svenska för nybörjare, fortsättning\tCirkelnr: {cirk}\tArrangörsnr: {d.X(orgnr(r, '802'))}",
            "Deltagare\tPersonnummer\tMedlemsnr\tKön\tPostnr\tNärvaro v2\tNärvaro v3\tNärvaro v4\tAnm"]
    for i in range(7):
        fn, ln = person(r)
        p = d.L("se-personnummer", pnr(r, 1950, 2006, form=r.choice(["short", "short_nodash"]), samord=(i == 5)))
        rows.append(f"{fn} {ln}\t{p}\t{LK(d, 2019, 2025, long=False, dash=True)}\t{pnr_sex(p)}\t{r.randint(100, 999)} {r.randint(10, 99)}\t{r.choice('XX-')}\t{r.choice('XX-')}\t{r.choice('XX-')}\t{r.choice(['', '', 'ny', 'byter till tisdagsgruppen'])}")
    rows.append("Tolvan Tolvansson\t121212-1212\t\tM\t123 45\t-\t-\t-\ttestrad i systemet, ta bort")
    d.X("121212-1212")
    rows.append(f"# Rapporterad till förbundet {fmt_t(ts(r), '%Y-%m-%d')}, rapport-id {LK(d, 2026, 2026, long=True, dash=False)}, verifikation {LK(d, 2026, 2026, long=False, dash=True)}")
    d.text = "\n".join(rows) + "\n"
    return d


@doc
def passerkort():
    d = Doc("se-passerkort-register", "kortinnehavare-export.xml", "swedish access control export xml")
    r = d.rng
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<Export system="PasserPro 7.4" site="Kontorshuset Kvarnen" orgnr="{d.X(orgnr(r, "556"))}" created="2026-01-30T16:40:02">',
             f'  <Avtal nummer="{LK(d, 2022, 2024, long=True, dash=True)}" leverantor="Säkerhetsbolaget i Norr AB"/>']
    for i in range(5):
        fn, ln = person(r)
        p = d.L("se-personnummer", pnr(r, 1958, 2004, form=r.choice(["long", "long_nodash"])))
        parts += [f'  <Kortinnehavare id="{r.randint(1000, 9999)}">',
                  f'    <Namn>{fn} {ln}</Namn>',
                  f'    <Personnummer>{p}</Personnummer>',
                  f'    <Foretag>{r.choice(["Redovisningsbyrån Kvarnen", "Advokatfirman Lindqvist", "Kvarnens Tandvård", "IT-konsult Norrland"])}</Foretag>',
                  f'    <Kort nummer="{d.X(luhn_id(r, 12, "6"))}" typ="MIFARE DESFire EV3" giltigt_tom="2027-06-30"/>',
                  f'    <Bestallning>{LK(d, 2025, 2026, long=True, dash=False)}</Bestallning>',
                  f'    <Behorighet>{r.choice(["Entré+Plan 3", "Entré+Plan 2+Garage", "Entré"])}</Behorighet>',
                  '  </Kortinnehavare>']
    parts.append('  <Logg>Export av behörig användare, ärende ' + LK(d, 2026, 2026, long=False, dash=True) + '</Logg>')
    parts.append('</Export>')
    d.text = "\n".join(parts) + "\n"
    return d


@doc
def kapitalforsakring():
    d = Doc("se-kapitalforsakring-ansokan", "ansokan-kf.json", "swedish insurance application json")
    r = d.rng
    fn, ln = person(r)
    p_t = d.L("se-personnummer", pnr(r, 1970, 1995, form="long_nodash"))
    bfn = person(r)[0]
    p_b = d.L("se-personnummer", pnr(r, 2012, 2020, form="long_nodash"))
    mfn = person(r)[0]
    p_m = d.L("se-personnummer", pnr(r, 1970, 1995, form="long_nodash"))
    app = {"ansokningsnummer": LK(d, 2026, 2026, long=True, dash=False),
           "kundnummer": LK(d, 2011, 2020, long=True, dash=True),
           "depanummer": LK(d, 2026, 2026, long=False, dash=False),
           "produkt": "Kapitalförsäkring Barn", "skapad": "2026-01-24T19:02:44+01:00", "kanal": "webb",
           "forsakringstagare": {"namn": f"{fn} {ln}", "personnummer": p_t, "epost": d.L("email", email(r, fn, ln)),
                                 "mobil": d.L("phone", phone_se(r, intl=True)), "medborgarskap": ["SE"], "pep": False},
           "forsakrad": {"namn": f"{bfn} {ln}", "personnummer": p_b},
           "formanstagare": [{"typ": "namngiven", "namn": f"{mfn} {ln}", "personnummer": p_m, "andel": 100}],
           "insattning": {"manadsbelopp": 500, "startdatum": "2026-03-01",
                          "konto": {"iban": d.L("iban", iban(r, "SE")), "clearing": "8" + rnd(r, DG, 4)},
                          "autogiro_betalarnummer": LK(d, 2026, 2026, long=True, dash=False)},
           "kundkannedom": {"syfte": "Sparande till barn", "ursprung": "Lön", "referens": LK(d, 2026, 2026, long=False, dash=False)},
           "signering": {"metod": "BankID", "orderRef": d.X(uuid4(r)), "signerad": "2026-01-24T19:05:10+01:00"},
           "intern": {"forsakringsbolag_orgnr": d.X(orgnr(r, "516")), "tidigare_ansokan": LK(d, 2023, 2024, long=True, dash=True)}}
    d.text = json.dumps(app, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def andrahand():
    d = Doc("se-andrahandsuthyrning-register", "ansokningar-andrahand-2026.txt", "swedish housing sublet register")
    r = d.rng
    out = ["BOSTADSBOLAGET SUNDSVALLSHEM — ANSÖKNINGAR OM ANDRAHANDSUTHYRNING",
           "Utdrag ur hyresgästregistret 2026-01-29, handläggare: kundcenter",
           "-" * 96]
    for i in range(4):
        fn, ln = person(r)
        p1 = d.L("se-personnummer", pnr(r, 1960, 2002, form="short"))
        fn2, ln2 = person(r)
        p2 = d.L("se-personnummer", pnr(r, 1985, 2005, form="short", samord=(i == 2)))
        a1, z1, o1 = addr(r)
        out += [f"Ärende {LK(d, 2026, 2026, long=True, dash=True)}   Kontrakt {LK(d, 2012, 2024, long=True, dash=False)}   Objekt {r.randint(1000, 1999)}-{r.randint(100, 999)}-{r.randint(1000, 1399)}",
                f"  Hyresgäst:          {fn} {ln}, {p1}",
                f"  Andrahandshyresgäst: {fn2} {ln2}, {p2}",
                f"  Adress:             {a1}, lgh {r.randint(1001, 1403)}, {z1} {o1}",
                f"  Skäl:               {r.choice(['Arbete på annan ort', 'Studier', 'Provbo med sambo', 'Vård av anhörig'])}",
                f"  Period:             2026-{r.randint(2, 4):02d}-01 – 2027-01-31",
                f"  Beslut:             {r.choice(['Beviljas', 'Beviljas', 'Avslag – skäl saknas', 'Komplettering begärd'])}",
                f"  Hyresavi-OCR:       {d.X(ocr(r, 12))}",
                ""]
    out += ["-" * 96, f"Registrerat hos Hyresnämnden: ärende {LK(d, 2025, 2026, long=False, dash=True)}, diarienummer {LK(d, 2025, 2026, long=True, dash=True)}"]
    d.text = "\n".join(out) + "\n"
    return d
