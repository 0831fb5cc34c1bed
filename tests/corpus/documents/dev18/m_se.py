"""Swedish carriers: personnummer and samordningsnummer beside date-shaped, Luhn-valid
booking, case, invoice, OCR, order and organisation numbers, IMEI/ICCID and chip ids."""
import datetime

from common import new, Clock, J, X, U, SQ, AN, HEX, LO, DG, UP, luhn_digit

STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Björkvägen", "Ringvägen", "Järnvägsgatan",
           "Tallstigen", "Vasagatan", "Nygatan", "Ekbacken", "Sjövägen", "Prästgårdsvägen", "Lärkvägen", "Hamngatan"]
TOWNS = [("111 20", "STOCKHOLM"), ("411 05", "GÖTEBORG"), ("211 42", "MALMÖ"), ("753 20", "UPPSALA"),
         ("582 23", "LINKÖPING"), ("903 26", "UMEÅ"), ("722 11", "VÄSTERÅS"), ("702 10", "ÖREBRO"),
         ("852 30", "SUNDSVALL"), ("352 31", "VÄXJÖ"), ("972 38", "LULEÅ"), ("541 30", "SKÖVDE")]


def addr(d):
    g = d.g
    pn, ort = g.pick(TOWNS)
    return f"{g.pick(STREETS)} {g.num(1, 88)}{g.pick(['', '', 'A', 'B'])}", pn, ort


def bankgiro(d):
    g = d.g
    body = g.digits(6, True)
    c = luhn_digit(body)
    return d.K(f"{body[:3]}-{body[3:]}{c}")


def se_migrationsverket_beslut():
    d = new("se-migrationsverket-beslut", "beslut-uppehallstillstand.txt")
    g = d.g
    p = d.person(g.pick(["ua", "tr", "in"]))
    snr = d.pnr(samord=True, form="long-", year=g.num(1975, 1998))
    pp = d.passport({"ua": "ua", "tr": "tr", "in": "in"}[p.cc])
    dob = d.L("date-of-birth", f"{snr[:4]}-{snr[4:6]}-{int(snr[6:8]) - 60:02d}")
    kid = d.person(p.cc)
    ksnr = d.pnr(samord=True, form="short-", year=g.num(2012, 2019))
    kdob = d.L("date-of-birth", f"20{ksnr[:2]}-{ksnr[2:4]}-{int(ksnr[4:6]) - 60:02d}")
    arende = f"{g.digits(2)}-{g.digits(6)}"
    dnr = d.pnr_look("short-")
    uti = g.digits(8)
    d.K(uti)
    ph = d.phone("se", "nat")
    em = d.email(p)
    st, pn, ort = addr(d)
    d.text = f"""MIGRATIONSVERKET                                         BESLUT
                                                          Datum 2025-03-11
                                                          Ärendenummer {arende}
                                                          Handlingsid {dnr}

{p.name}
c/o {d.person('se').name}
{st}
{pn} {ort}

Sökande
Namn:                     {p.name}
Födelsedatum:             {dob}
Medborgarskap:            {dict(ua='Ukraina', tr='Turkiet', **{'in': 'Indien'})[p.cc]}
Samordningsnummer:        {snr}
Passnummer:               {pp}
UT-kortnummer (tidigare): {uti}

Medsökande barn
Namn:                     {kid.name}
Födelsedatum:             {kdob}
Samordningsnummer:        {ksnr}

Beslut
Migrationsverket beviljar {p.first} {p.last} uppehålls- och arbetstillstånd för tiden 2025-03-11 - 2027-03-10.
{kid.first} beviljas uppehållstillstånd för samma tid som sin förälder.

Skäl för beslutet
Du har ansökt om arbetstillstånd för att arbeta som undersköterska hos {d.dom('se')}. Anställningen ger
en lön som du kan försörja dig på och arbetsgivaren har annonserat tjänsten i Sverige och inom EU/EES.

Uppehållstillståndskort
Du behöver boka en tid för att lämna fingeravtryck och bli fotograferad. Ta med ditt pass ({pp}).

Kontakt
Du har uppgett telefon {ph} och e-post {em}. Vid frågor, kontakta Migrationsverket via
migrationsverket.se/kontakt och uppge ärendenummer {arende}. Ange inte ditt samordningsnummer i e-post.

Hur man överklagar, se bilaga 1 (överklagandehänvisning). Handlingsid {dnr} ska anges.
"""
    return d


def se_tingsratt_dom():
    d = new("se-tingsratt-dom", "dom-T-2145-24.txt")
    g = d.g
    k, s = d.person("se"), d.person("se")
    kp, sp = d.pnr(form="short-"), d.pnr(form="short-")
    b1, b2 = d.person("se"), d.person("se")
    b1p, b2p = d.pnr(form="long-", year=g.num(2010, 2016)), d.pnr(form="long-", year=g.num(2010, 2016))
    adv = d.person("se")
    advdom = "advokatfirman" + asc_low(adv.last) + ".se"
    aem = d.email(adv, domain=advdom, style="f.l")
    aph = d.phone("se", "nat")
    dok = d.pnr_look("short")
    akt = d.pnr_look("short-")
    ka, kpn, kort = addr(d)
    sa, spn, sort = addr(d)
    d.text = f"""                                                           Mål nr T 2145-24
GÖTEBORGS TINGSRÄTT                DOM                      2025-03-07
Avdelning 3                        meddelad i Göteborg     Dok.Id {dok}

PARTER

Kärande
{k.name}, {kp}
{ka}
{kpn} {kort.title()}

Ombud: Advokat {adv.name}
Advokatfirman {adv.last} AB, Box {g.num(100, 9999)}, 411 05 Göteborg
Tfn {aph}, e-post {aem}

Svarande
{s.name}, {sp}
{sa}
{spn} {sort.title()}

SAKEN
Vårdnad, boende och umgänge

DOMSLUT
1. Tingsrätten anförtror {k.name} ensam vårdnaden om
   a) {b1.first} {k.last}, {b1p}
   b) {b2.first} {k.last}, {b2p}
2. Barnen ska ha umgänge med {s.first} {s.last} varannan helg från fredag kl. 17.00 till söndag kl. 17.00.
3. Vardera parten ska bära sina rättegångskostnader.

BAKGRUND
Parterna har gemensamma barn. Familjerätten i Göteborgs stad har lämnat en vårdnadsutredning
(aktbilaga 41, registrerad som handling {akt}).

Överklagande, se bilaga (DV 401).
Överklagande senast 2025-03-28.

På tingsrättens vägnar
{d.person('se').name}
rådman
"""
    return d


def asc_low(s):
    from common import asc
    return asc(s).lower()


def se_rotrut_begaran_xml():
    d = new("se-rotrut-begaran-xml", "begaran-rot-2025-03.xml")
    g = d.g
    brf = d.orgnr(dash=False)
    items = []
    for i in range(14):
        pn = d.pnr(form="long")
        fnr = d.pnr_look(g.pick(["short", "short", "long"]), (2024, 2025)) if i % 4 != 3 else d.K(str(g.num(10000, 99999)))
        pris = g.num(8000, 120000)
        betalt = int(pris * 0.7)
        begart = pris - betalt
        work = g.pick(["Bygg", "El", "VVS", "Maleri", "Markdranering"])
        fast = f"<htko:Fastighetsbeteckning>{g.pick(['BJÖRKÖ', 'TORSLANDA', 'HISINGS BACKA', 'LERUM TOLLERED'])} {g.num(1, 99)}:{g.num(1, 400)}</htko:Fastighetsbeteckning>" if i % 4 else \
            f"<htko:LagenhetsNr>{g.num(1001, 1299)}</htko:LagenhetsNr>\n        <htko:BrfOrgNr>{brf}</htko:BrfOrgNr>"
        items.append(f"""    <htko:Arenden>
        <htko:Kopare>{pn}</htko:Kopare>
        <htko:BetalningsDatum>2025-0{g.num(1, 3)}-{g.num(10, 28)}</htko:BetalningsDatum>
        <htko:PrisForArbete>{pris}</htko:PrisForArbete>
        <htko:BetaltBelopp>{betalt}</htko:BetaltBelopp>
        <htko:BegartBelopp>{begart}</htko:BegartBelopp>
        <htko:FakturaNr>{fnr}</htko:FakturaNr>
        <htko:Ovrigkostnad>{g.num(0, 9000)}</htko:Ovrigkostnad>
        {fast}
        <htko:UtfortArbete>
          <htko:{work}>
            <htko:AntalTimmar>{g.num(4, 80)}</htko:AntalTimmar>
            <htko:Materialkostnad>{g.num(0, 30000)}</htko:Materialkostnad>
          </htko:{work}>
        </htko:UtfortArbete>
    </htko:Arenden>""")
    d.text = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- Utförare: {d.dom('se').split('.')[0].title()} Bygg AB, org.nr {d.orgnr()} -->
<htb:Begaran xmlns:htb="http://xmls.skatteverket.se/se/skatteverket/ht/begaran/6.0" xmlns:htko="http://xmls.skatteverket.se/se/skatteverket/ht/komponent/begaran/6.0">
  <htko:NamnPaBegaran>Rot mars 2025</htko:NamnPaBegaran>
  <htko:RotBegaran>
{chr(10).join(items)}
  </htko:RotBegaran>
</htb:Begaran>
"""
    return d


def se_inkassobrev():
    d = new("se-inkassobrev", "inkassokrav-2025-03-11.txt")
    g = d.g
    p = d.person("se")
    pn = d.pnr(form="short-")
    arende = d.pnr_look("short")
    ocr = d.ocr(14)
    fak = d.pnr_look("short-")
    kund = d.K(g.digits(7, True))
    bg = bankgiro(d)
    ph = d.phone("se", "nat")
    em = d.role_email("kundservice", "nordkrav.se")
    st, pn_, ort = addr(d)
    iban = d.iban("SE", grouped=True)
    d.text = f"""NORDKRAV INKASSO AB                                   INKASSOKRAV
Box 4112, 102 62 Stockholm                            Datum: 2025-03-11
Org.nr {d.orgnr()}                                    Ärendenummer: {arende}

{p.name}
{st}
{pn_} {ort.title()}

Personnummer: {pn}

Vi har fått i uppdrag av {d.dom('se').split('.')[0].title()} AB (kundnummer {kund}) att driva in följande skuld:

  Faktura {fak}, förfallen 2025-01-31         2 340,00 kr
  Påminnelseavgift                               60,00 kr
  Inkassoavgift                                 180,00 kr
  Ränta t.o.m. 2025-03-11                        41,27 kr
  ------------------------------------------------------
  Att betala                                  2 621,27 kr

Betala senast 2025-03-21 till bankgiro {bg}. Ange OCR-nummer {ocr}.
Betalning från utlandet: IBAN {iban}, BIC NDEASESS.

Om du anser att kravet är felaktigt ska du höra av dig till oss innan förfallodagen,
telefon {ph} (vardagar 8-16) eller {em}. Ange alltid ärendenummer {arende}.

Om du inte betalar eller hör av dig kan vi komma att ansöka om betalningsföreläggande hos
Kronofogden. Det kan leda till en betalningsanmärkning.
"""
    return d


def se_bouppteckning():
    d = new("se-bouppteckning", "bouppteckning-utkast.txt")
    g = d.g
    dead = d.person("se")
    dpn = d.pnr(form="short-", year=g.num(1931, 1945))
    wid = d.person("se")
    wpn = d.pnr(form="short-", year=g.num(1933, 1948))
    kids = [(d.person("se"), d.pnr(form="short-", year=g.num(1958, 1975))) for _ in range(3)]
    grand = (d.person("se"), d.pnr(samord=False, form="short-", year=g.num(1990, 2002)))
    fm1, fm2 = d.person("se"), d.person("se")
    fph = d.phone("se", "nat")
    fem = d.email(fm1, domain="begravningsbyran-" + asc_low(fm1.last) + ".se", style="f.l")
    ib1 = d.iban("SE", grouped=True)
    konto = d.K(f"{g.num(3000, 3999)}, {g.digits(10)}")
    forsnr = d.pnr_look("short-", (2005, 2020))
    bankarende = d.pnr_look("short", (2025, 2025))
    arvsskatt = d.pnr_look("long-", (2025, 2025))
    fastnr = d.K(f"{g.pick(['ALINGSÅS', 'BORÅS', 'VÄNERSBORG'])} {g.pick(['SKOGEN', 'TORPET', 'BJÖRKEN'])} {g.num(1, 30)}:{g.num(1, 200)}")
    dodsdatum = "2025-01-14"
    st, pn, ort = addr(d)
    d.text = f"""BOUPPTECKNING (UTKAST)
efter {dead.name}, {dpn}
avliden {dodsdatum}
senast folkbokförd på {st}, {pn} {ort.title()}

DÖDSBODELÄGARE OCH EFTERARVINGAR
Efterlevande make   {wid.name}, {wpn}, {st}, {pn} {ort.title()}
Barn                {kids[0][0].name}, {kids[0][1]}
Barn                {kids[1][0].name}, {kids[1][1]}
Barn (avliden 2019) genom barnbarn:
                    {grand[0].name}, {grand[1]}
Barn                {kids[2][0].name}, {kids[2][1]}

Testamente finns inte. Äktenskapsförord finns inte.

FÖRRÄTTNINGSMÄN
{fm1.name}, begravningsbyrån, tfn {fph}, {fem}
{fm2.name}

TILLGÅNGAR PER DÖDSDAGEN
Fastighet {fastnr}, taxeringsvärde               1 245 000 kr
Privatkonto Swedbank, clearing/konto {konto}          48 312 kr
Sparkonto (IBAN {ib1})                            212 640 kr
Livförsäkring Folksam, försäkringsnummer {forsnr}      120 000 kr (förmånstagare: make)
Bil Volvo V70 2009, reg.nr {g.s(3, 'ABCDEFGHJKLMNPRSTUWXYZ')} {g.digits(2)}{g.pick(list('0123456789ABC'))}     15 000 kr

SKULDER
Begravningskostnad                                  42 000 kr
Skatteskuld enligt slutskattebesked                  3 211 kr

Uppgifterna om dödsbodelägare är hämtade ur Skatteverkets dödsfallsintyg med släktutredning.
Bankens dödsboärende: {bankarende}. Skatteverkets referens för bouppteckningen: {arvsskatt}.
"""
    return d


def se_sru_deklaration():
    d1 = new("se-sru-deklaration", "INFO.SRU")
    g = d1.g
    firm = d1.orgnr(dash=False, prefix16=True)
    em = d1.role_email("deklaration", "bokforingsbyran-" + g.pick(["norr", "vast", "syd"]) + ".se")
    d1.text = f"""#DATABESKRIVNING_START
#PRODUKT SRU
#MEDIAID DISK_12
#SKAPAD 20250311 101530
#PROGRAM BYRÅDEKL 2025.1
#FILNAMN BLANKETTER.SRU
#DATABESKRIVNING_SLUT
#MEDIELEV_START
#ORGNR {firm}
#NAMN Bokföringsbyrån i Norr AB
#ADRESS Box 312
#POSTNR 90106
#POSTORT UMEÅ
#AVDELNING Deklaration
#KONTAKT {d1.person('se').name}
#EMAIL {em}
#TELEFON {d1.phone('se', 'nosp')}
#MEDIELEV_SLUT
"""
    d2 = new("se-sru-deklaration", "BLANKETTER.SRU")
    g = d2.g
    blocks = []
    for i in range(10):
        p = d2.person("se")
        pn = d2.pnr(form="long")
        blocks.append(f"""#BLANKETT INK1-2024P4
#IDENTITET {pn} 20250311 1015{g.num(10, 59)}
#NAMN {p.name}
#UPPGIFT 1000 {g.num(250000, 780000)}
#UPPGIFT 1070 {g.num(0, 12000)}
#UPPGIFT 1200 {g.num(0, 5000)}
#UPPGIFT 1550 {g.num(0, 30000)}
#BLANKETTSLUT""")
        if i % 3 == 1:
            blocks.append(f"""#BLANKETT K4-2024P4
#IDENTITET {pn} 20250311 1015{g.num(10, 59)}
#NAMN {p.name}
#UPPGIFT 3100 {g.num(1, 500)}
#UPPGIFT 3101 AKTIEBOLAGET {g.pick(['VOLVO SER. B', 'ERICSSON B', 'SANDVIK', 'ATLAS COPCO A'])}
#UPPGIFT 3102 {g.num(10000, 90000)}
#UPPGIFT 3103 {g.num(8000, 80000)}
#UPPGIFT 3104 {g.num(0, 9000)}
#BLANKETTSLUT""")
    d2.text = "\n".join(blocks) + "\n#FIL_SLUT\n"
    return [d1, d2]


def se_bgmax_inbetalningar():
    d = new("se-bgmax-inbetalningar", "BGMAX_20250311.txt")
    g = d.g
    mott = g.digits(8, True)
    recs = [f"01BGMAX               0120250311061502123456P".ljust(80)]
    recs[0] = ("01" + "BGMAX".ljust(20) + "01" + "20250311061502" + g.digits(6) + "P").ljust(80)
    recs.append(("05" + mott.rjust(10, "0") + " " * 10 + "SEK").ljust(80))
    tot = 0
    n = 0
    for i in range(12):
        sender = g.digits(8, True).rjust(10, "0")
        ref = d.ocr(g.pick([10, 12, 16])) if i % 2 else d.pnr_look("short", (2024, 2025))
        amt = g.num(10000, 900000)
        tot += amt
        n += 1
        recs.append(("20" + sender + ref.ljust(25) + str(amt).rjust(18, "0") + "2" + "1" + g.digits(12) + "0").ljust(80))
        p = d.person("se")
        recs.append(("26" + p.name.upper().ljust(35) + " " * 35).ljust(80))
        st, pn, ort = addr(d)
        recs.append(("27" + st.upper().ljust(35) + pn.replace(" ", "").ljust(9)).ljust(80))
        recs.append(("28" + ort.ljust(35) + " " * 35).ljust(80))
        if i % 4 == 3:
            org = d.orgnr(dash=False)
            recs.append(("29" + ("00" + org).ljust(12)).ljust(80))
        else:
            pno = d.pnr(form="long")
            d.noboundary.add(pno)
            recs.append(("29" + pno).ljust(80))
    konto = g.digits(10)
    recs.append(("15" + ("3000" + konto).ljust(35) + "20250311" + "00001" + str(tot).rjust(18, "0") + "SEK" + str(n).rjust(8, "0") + " ").ljust(80))
    recs.append(("70" + str(n).rjust(8, "0") + "0" * 8 + "0" * 8 + "00000001").ljust(80))
    d.text = "\r\n".join(recs) + "\r\n"
    return d


def se_personalliggare():
    d = new("se-personalliggare", "personalliggare-export-2025-03.csv")
    g = d.g
    org = d.orgnr()
    rows = ["Registrerings-ID;Verksamhetsställe;Org.nr;Datum;Personnummer;Namn;Roll;Incheckning;Utcheckning;ID06-kort;Registrerad av"]
    import datetime as _dt
    people = []
    for i in range(20):
        p = d.person(g.pick(["se", "se", "se", "pl", "ua"]))
        pn = d.pnr(samord=(p.cc != "se"), form=g.pick(["long", "short-", "long-"]), year=g.num(1965, 2004))
        card = d.luhn_look(10, prefix="4")
        people.append((p, pn, card, g.pick(['Snickare', 'Elektriker', 'Lagbas', 'Betongarbetare'])))
    for day in range(1, 4):
        for p, pn, card, role in g.r.sample(people, 12):
            t_in = f"{g.num(6, 8):02d}:{g.num(0, 59):02d}"
            t_out = f"{g.num(15, 18):02d}:{g.num(0, 59):02d}"
            rid = d.pnr_look("short", on=_dt.date(2025, 3, day + 9))
            rows.append(f"{rid};Kv. Sågen 4, Hisings Backa;{org};2025-03-{day + 9:02d};{pn};{p.name};{role};{t_in};{t_out};{card};App")
    rows.append(f"{d.pnr_look('short', on=_dt.date(2025, 3, 12))};Kv. Sågen 4, Hisings Backa;{org};2025-03-12;20110229-XXXX;Skyddad identitet;Besökare;09:10;10:05;;Manuell")
    d.text = "\n".join(rows) + "\n"
    # persons that never appeared in the sample still need to be in the text
    missing = [x for x in people if x[1] not in d.text]
    for p, pn, card, role in missing:
        d.text += f"{d.pnr_look('short', on=_dt.date(2025, 3, 13))};Kv. Sågen 4, Hisings Backa;{org};2025-03-13;{pn};{p.name};{role};07:02;16:11;{card};App\n"
    return d


def se_arbetsgivarintyg():
    d = new("se-arbetsgivarintyg", "arbetsgivarintyg.txt")
    g = d.g
    p = d.person("se")
    pn = d.pnr(form="long-")
    org = d.orgnr()
    intyg = d.pnr_look("long")
    ref = d.person("se")
    rph = d.phone("se", "nat")
    rem = d.email(ref, domain=d.dom("se"), style="f.l")
    lon = [(f"2024-{m:02d}", g.num(140, 168), g.num(28000, 34000)) for m in range(1, 13)]
    d.text = f"""ARBETSGIVARINTYG                                         Intygsnummer {intyg}
enligt 47 § lagen (1997:238) om arbetslöshetsförsäkring

1. Den anställde
   Namn: {p.name}
   Personnummer: {pn}

2. Arbetsgivare
   {d.dom('se').split('.')[0].title()} Logistik AB, organisationsnummer {org}
   Kontaktperson: {ref.name}, telefon {rph}, e-post {rem}

3. Anställningen
   Anställd fr.o.m. 2019-08-19 t.o.m. 2025-02-28
   Anställningsform: tillsvidare, heltid 40 tim/vecka
   Befattning: Lagerarbetare
   Anställningen upphörde på grund av: arbetsbrist

4. Arbetad tid och lön de senaste 12 månaderna
   Månad     Timmar   Lön (kr)
""" + "\n".join(f"   {m}   {h:>6}   {l:>8}" for m, h, l in lon) + f"""

Intygas på heder och samvete
Göteborg 2025-03-11   {ref.name}, HR-partner
"""
    return d


def se_hundregister():
    d = new("se-hundregister", "hundregister-utdrag.csv")
    g = d.g
    rows = ["ägare_personnummer;ägare_namn;telefon;e-post;hundens_id;registreringsnummer;namn;ras;född;registrerad"]
    for i in range(16):
        p = d.person("se")
        pn = d.pnr(form=g.pick(["short-", "long", "long-"]))
        ph = d.phone("se", g.pick(["nat", "intl", "plain"]))
        em = d.email(p) if i % 3 else ""
        chip = d.K("752098" + g.digits(9))
        regnr = d.pnr_look("short") if i % 2 else d.K("SE" + g.digits(8))
        born = f"20{g.num(14, 24)}-{g.num(1, 12):02d}-{g.num(1, 28):02d}"
        rows.append(f"{pn};{p.name};{ph};{em};{chip};{regnr};{g.pick(['Bamse', 'Molly', 'Ludde', 'Ronja', 'Sixten', 'Saga', 'Charlie'])};"
                    f"{g.pick(['Labrador retriever', 'Jämthund', 'Tax', 'Golden retriever', 'Schäfer', 'Chihuahua'])};{born};2025-0{g.num(1, 3)}-{g.num(10, 28)}")
    d.text = "\n".join(rows) + "\n"
    return d


def se_mobilavtal():
    d = new("se-mobilavtal", "avtalsbekraftelse.eml")
    g = d.g
    p = d.person("se")
    pn = d.pnr(form="long-")
    em = d.email(p)
    ph1 = d.phone("se_m", "nat")
    ph2 = d.phone("se_m", "nat")
    order = d.pnr_look("short-")
    kundnr = d.K(g.digits(9, True))
    imei = d.luhn_look(15, prefix="35")
    iccid = d.luhn_look(20, prefix="894601")
    iban = d.iban("SE", grouped=False)
    st, pn_, ort = addr(d)
    mid = f"<{g.hexs(16)}.{g.hexs(8)}@mail.mobilia.se>"
    d.nonemail.add(mid.strip("<>"))
    d.text = f"""Return-Path: <noreply@mobilia.se>
From: Mobilia Kundservice <noreply@mobilia.se>
To: {p.name} <{em}>
Subject: Orderbekräftelse {order} - ditt nya abonnemang
Date: Tue, 11 Mar 2025 14:02:55 +0100
Message-ID: {mid}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej {p.first}!

Tack för din beställning. Här är en sammanfattning av ditt avtal.

Ordernummer:        {order}
Kundnummer:         {kundnr}
Avtalsinnehavare:   {p.name}, {pn}
Adress:             {st}, {pn_} {ort.title()}

Abonnemang 1:       Mobil Obegränsad 24 mån, 399 kr/mån
  Telefonnummer:    {ph1} (portering från annan operatör 2025-03-18)
  SIM-kort (ICCID): {iccid}
  Telefon:          iPhone 15 128 GB, IMEI {imei}
Abonnemang 2:       Mobil 15 GB, 249 kr/mån
  Telefonnummer:    {ph2}

Betalning:          Autogiro från konto {iban}
Kreditupplysning:   genomförd 2025-03-11 (UC)

Ångerrätt: du har 14 dagars ångerrätt från att du tagit emot varorna.

Vänliga hälsningar
Mobilia Kundservice
Logga in på Mina sidor eller skriv till kundservice@mobilia.se
"""
    d.role_email("noreply", "mobilia.se")
    d.role_email("kundservice", "mobilia.se")
    return d


def se_passansokan_kvitto():
    d = new("se-passansokan-kvitto", "kvitto-passansokan.txt")
    g = d.g
    p = d.person("se")
    pn = d.pnr(form="long-")
    old = d.passport("se")
    ans = d.pnr_look("long")
    child = d.person("se")
    cpn = d.pnr(form="long-", year=g.num(2014, 2020))
    ans2 = d.pnr_look("long")
    ph = d.phone("se", "intl")
    em = d.email(p)
    d.text = f"""POLISMYNDIGHETEN
Kvitto - ansökan om pass och nationellt identitetskort
Passexpeditionen Göteborg, Ernst Fontells plats
Datum 2025-03-11 10:42

Sökande
Namn:               {p.name}
Personnummer:       {pn}
Dokument:           Pass (vanligt)
Tidigare pass nr:   {old} (ska lämnas in vid utlämning)
Ansökningsnummer:   {ans}
Avgift:             400 kr (betald, kort)

Sökande (barn under 18 år)
Namn:               {child.name}
Personnummer:       {cpn}
Dokument:           Pass
Ansökningsnummer:   {ans2}
Vårdnadshavares medgivande: båda vårdnadshavarna närvarande

Avisering
Du får ett sms till {ph} och ett e-postmeddelande till {em} när passet kan hämtas.
Ta med giltig legitimation och detta kvitto. Passet kan hämtas tidigast om 10 arbetsdagar.
"""
    return d


def se_fardtjanst_bokning():
    d = new("se-fardtjanst-bokning", "bokningar-2025-03-12.csv")
    g = d.g
    rows = ["bokningsnr,kundnummer (personnummer),namn,telefon,från,till,hämtas,hjälpmedel,ledsagare,bil"]
    for i in range(20):
        p = d.person("se")
        pn = d.pnr(form="short", year=g.num(1925, 1960)) if i not in (5, 16) else d.pnr(plus=True)
        bn = d.pnr_look("short")
        ph = d.phone("se", g.pick(["nat", "plain", "nosp"]))
        f_, _, _ = addr(d)
        t_ = g.pick(["Sahlgrenska sjukhuset, entré 4", "Vårdcentralen Kungshöjd", "Östra sjukhuset, huvudentrén",
                     "Frölunda Torg", "Tandvården Hisingen"])
        rows.append(f"{bn},{pn},{p.name},{ph},\"{f_}, Göteborg\",\"{t_}\",{g.num(7, 15):02d}:{g.pick(['00', '15', '30', '45'])},"
                    f"{g.pick(['rullator', 'rullstol', '-', '-'])},{g.pick(['ja', 'nej', 'nej'])},{g.num(100, 999)}")
    d.text = "\n".join(rows) + "\n"
    return d


def se_bygglov_beslut():
    d = new("se-bygglov-beslut", "beslut-bygglov.txt")
    g = d.g
    p1, p2 = d.person("se"), d.person("se")
    pn1, pn2 = d.pnr(form="short-"), d.pnr(form="short-")
    ka = d.person("se")
    kaph = d.phone("se", "nat")
    kaem = d.email(ka)
    dnr = d.K(f"BN 2025-{g.num(100, 999):06d}")
    lop = d.pnr_look("short-")
    cert = d.K(f"SC{g.digits(4)}-{g.digits(2)}")
    st, pn, ort = addr(d)
    d.text = f"""SAMHÄLLSBYGGNADSFÖRVALTNINGEN                     BESLUT
Bygglovsenheten                                  Datum: 2025-03-11
                                                 Diarienummer: {dnr}
                                                 Löpnummer: {lop}

Sökande
{p1.name}, {pn1}
{p2.name}, {pn2}
{st}, {pn} {ort.title()}

Fastighet: {g.pick(['ÖSTERÅKER', 'TÄBY', 'NACKA'])} {g.pick(['RUNÖ', 'SKARPÄNG', 'SALTSJÖBADEN'])} {g.num(1, 30)}:{g.num(1, 400)}

Ärendet
Ansökan om bygglov för tillbyggnad av enbostadshus (30 m² BTA) samt rivning av förråd.

Beslut
Bygglovsenheten beviljar bygglov med stöd av 9 kap. 31 § plan- och bygglagen (2010:900).

Kontrollansvarig
{ka.name}, certifikat {cert}, behörighet N, tfn {kaph}, {kaem}

Avgift: 18 420 kr. Faktura skickas separat (ange löpnummer {lop} vid betalning).
Beslutet kungörs i Post- och Inrikes Tidningar. Överklagande senast fyra veckor efter kungörelse.
"""
    return d


def se_sjukanmalan():
    d = new("se-sjukanmalan", "sjukfranvaro-export-v10.json")
    g = d.g
    import json
    recs = []
    for i in range(14):
        p = d.person("se")
        pn = d.pnr(form=g.pick(["long", "long-"]))
        ph = d.phone("se", "e164")
        case = d.pnr_look("short")
        recs.append({"anstalld": {"namn": p.name, "personnummer": pn, "anstallningsnr": g.num(1000, 9999), "mobil": ph},
                     "franvaro": {"arende": case, "typ": g.pick(["sjuk", "vab", "sjuk", "sjuk"]), "from": f"2025-03-{g.num(3, 9):02d}",
                                  "tom": f"2025-03-{g.num(10, 14):02d}", "omfattning": g.pick([100, 100, 50, 25]),
                                  "lakarintyg": g.pick([True, False])},
                     "chef": d.email(d.person("se"), domain=d.dom("se"), style="f.l")})
    d.text = json.dumps({"export": "Sjukfrånvaro vecka 10", "skapad": "2025-03-11T07:00:00+01:00", "rader": recs}, ensure_ascii=False, indent=2) + "\n"
    return d


def se_elhandel_kundlista():
    d = new("se-elhandel-kundlista", "kunder-flytt-mars.csv")
    g = d.g
    rows = ["Kundnr;Avtalsnr;Personnummer;Förnamn;Efternamn;Anläggnings-ID;Elområde;Adress;Postnr;Ort;Mobil;E-post;Avtal;Startdatum;Betalsätt;Konto"]
    for i in range(16):
        p = d.person("se")
        pn = d.pnr(form=g.pick(["short-", "long", "long-"]))
        kn = d.K(g.digits(8, True))
        gsrn = d.K("735999" + g.digits(12))
        st, pn_, ort = addr(d)
        ph = d.phone("se_m", g.pick(["nat", "plain"]))
        em = d.email(p) if i % 4 else ""
        pay = g.pick(["Autogiro", "E-faktura", "Autogiro"])
        konto = d.iban("SE", grouped=False) if pay == "Autogiro" else ""
        avtal = d.pnr_look(g.pick(["short", "long", "long"]), (2025, 2025))
        rows.append(f"{kn};{avtal};{pn};{p.first};{p.last};{gsrn};SE{g.num(1, 4)};{st};{pn_};{ort.title()};{ph};{em};"
                    f"{g.pick(['Rörligt', 'Fast 12 mån', 'Fast 36 mån'])};2025-04-01;{pay};{konto}")
    d.text = "\n".join(rows) + "\n"
    return d


CARRIERS = [se_migrationsverket_beslut, se_tingsratt_dom, se_rotrut_begaran_xml, se_inkassobrev, se_bouppteckning,
            se_sru_deklaration, se_bgmax_inbetalningar, se_personalliggare, se_arbetsgivarintyg, se_hundregister,
            se_mobilavtal, se_passansokan_kvitto, se_fardtjanst_bokning, se_bygglov_beslut, se_sjukanmalan,
            se_elhandel_kundlista]
