"""Swedish carriers: personnummer and samordningsnummer beside date-shaped, Luhn-valid case, booking, order,
application, donor, journal and invoice numbers and organisation numbers."""
import json

from common import (alnum, hexs, rs, uuid4, pnr as mkpnr, pnr_lookalike, orgnr, ocr_ref, DG, UP, person,
                    email_for, SV_FIRST, SV_LAST, phone as mkphone, iban as mkiban, fmt_date, birth)

STREETS = ["Storgatan", "Kyrkogatan", "Björkvägen", "Tallstigen", "Åsgatan", "Hamnvägen", "Skolgatan", "Ringvägen",
           "Sjövägen", "Lingonstigen", "Nygatan", "Drottninggatan", "Västra Vägen", "Ekbacken"]
TOWNS = [("Umeå", "903"), ("Kalmar", "392"), ("Västerås", "722"), ("Luleå", "972"), ("Borås", "503"),
         ("Gävle", "803"), ("Växjö", "352"), ("Örebro", "702"), ("Falun", "791"), ("Karlstad", "652"),
         ("Sundsvall", "852"), ("Halmstad", "302")]


def addr(r):
    town, pc = r.choice(TOWNS)
    return f"{r.choice(STREETS)} {r.randint(1, 60)}", f"{pc} {r.randint(10, 99)}", town


def sv(r):
    return r.choice(SV_FIRST), r.choice(SV_LAST)


# ------------------------------------------------------------------ Skatteverket hindersprövning
def hindersprovning(d):
    r = d.r
    f1, l1 = sv(r)
    f2, l2 = sv(r)
    p1 = d.pnr("YYYYMMDD-NNNC", born=(1970, 2000))
    p2 = d.pnr("YYYYMMDD-NNNC", born=(1970, 2000))
    arende = d.pnr_x("YYYYMMDD-NNNC", (2026, 2026), "ärendenummer")
    pf1 = d.pnr("YYYYMMDD-NNNC", born=(1940, 1965))
    pf2 = d.pnr("YYYYMMDD-NNNC", born=(1940, 1965))
    a1 = addr(r)
    ph = d.phone("SE", "nat")
    return f"""SKATTEVERKET                                                    Intyg om hindersprövning
Folkbokföringen                                                  Ärendenummer: {arende}
                                                                 Datum: 2026-03-{r.randint(10, 28):02d}

Skatteverket har prövat om det finns något hinder mot äktenskap mellan

  Parterna                          Personnummer         Adress
  {f1} {l1:<26}{p1}      {a1[0]}, {a1[1]} {a1[2]}
  {f2} {l2:<26}{p2}      {a1[0]}, {a1[1]} {a1[2]}

Resultat: Det finns inte något hinder mot äktenskapet enligt 2 kap. äktenskapsbalken.

Intyget gäller i fyra månader från och med beslutsdagen. Vigseln ska ske senast 2026-07-{r.randint(10, 28):02d}.

Uppgifter om föräldrar (kontroll av släktskap enligt 2 kap. 1 §)
  {f1} {l1}:  mor {r.choice(SV_FIRST)} {l1}, {pf1}
  {f2} {l2}:  far {r.choice(SV_FIRST)} {l2}, {pf2}

Tidigare äktenskap: {f2} {l2} var gift med {r.choice(SV_FIRST)} {r.choice(SV_LAST)} ({d.pnr('YYMMDD-NNNC', born=(1965, 1995))}), upplöst genom dom {d.pnr_x('YYYYMMDD-NNNC', (2019, 2024), 'målnummer')}.

Handläggare: {r.choice(SV_FIRST)} {r.choice(SV_LAST)}, telefon 0771-567 567
Sökandens kontaktnummer: {ph}
Referens för vigselförrättaren: {d.pnr_x('YYYYMMDD-NNNC', (2026, 2026), 'referensnummer')}
"""


# ------------------------------------------------------------------ flyttanmälan – kvitto
def flyttanmalan(d):
    r = d.r
    members = []
    for i, (lo, hi) in enumerate([(1975, 1992), (1975, 1992), (2008, 2012), (2012, 2020), (2016, 2023)]):
        f, l = sv(r)
        members.append((f, l, d.pnr(r.choice(["YYYYMMDD-NNNC", "YYYYMMDDNNNC"]), born=(lo, hi))))
    coord = d.pnr("YYYYMMDD-NNNC", born=(1985, 1999), coord=True)
    old = addr(r)
    new = addr(r)
    e = d.email(members[0][0], members[0][1])
    lines = "\n".join(f"  {m[0]} {m[1]:<20} {m[2]}" for m in members)
    return f"""Från: Skatteverket <{d.L('email', 'no-reply@skatteverket.se')}>
Till: {e}
Ämne: Kvittens – din flyttanmälan har kommit in

Hej!

Skatteverket har tagit emot din flyttanmälan {d.ts():%Y-%m-%d} kl. {r.randint(8, 21)}:{r.randint(10, 59)}.
Ärende-ID: {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'ärende-id')}
Kontrollnummer: {d.pnr_x('YYMMDD-NNNC', (2025, 2026), 'kontrollnummer')}

Anmälan gäller följande personer:
{lines}
  Inneboende (samordningsnummer): {coord}

Flyttar från: {old[0]}, {old[1]} {old[2]}
Flyttar till: {new[0]}, lgh {r.randint(1001, 1304)}, {new[1]} {new[2]}
Flyttdag: 2026-04-01
Fastighetsägare: Solhem Fastigheter AB, org.nr {d.org_x(prefix='556')}

Du behöver inte göra något mer. Om uppgifterna inte stämmer, kontakta oss och uppge ärende-ID.
Personnummer i mallen nedan är exempel: ÅÅÅÅMMDD-XXXX.
"""


# ------------------------------------------------------------------ blodgivarregister CSV
def blodgivare(d):
    r = d.r
    rows = ["givarnummer;personnummer;fornamn;efternamn;blodgrupp;mobil;epost;senaste_tappning;tappningsnr;nasta_mojliga"]
    for i in range(14):
        f, l = sv(r)
        gn = d.pnr_x("YYYYMMDDNNNC", (2019, 2026), "givarnummer")
        p = d.pnr(r.choice(["YYYYMMDDNNNC", "YYYYMMDD-NNNC", "YYMMDD-NNNC"]), born=(1960, 2006))
        mob = d.phone("SE", "natc")
        em = d.email(f, l)
        last = f"2026-0{r.randint(1, 3)}-{r.randint(10, 28)}"
        tn = d.pnr_x("YYMMDDNNNC", (2025, 2026), "tappningsnummer")
        rows.append(f"{gn};{p};{f};{l};{r.choice(['0+', 'A+', 'B-', 'O-', 'AB+', 'A-'])};{mob};{em};{last};{tn};2026-0{r.randint(4, 6)}-{r.randint(10, 28)}")
    rows.append(f"{d.pnr_x('YYYYMMDDNNNC', (2025, 2026), 'givarnummer')};19XXXXXX-XXXX;Skyddad;Identitet;A+;;;2026-02-11;;2026-05-13")
    d.X("19XXXXXX-XXXX", "protected identity")
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ sjukresor – ersättningsansökan
def sjukresor(d):
    r = d.r
    f, l = sv(r)
    p = d.pnr("YYYYMMDD-NNNC", born=(1938, 1960))
    f2, l2 = sv(r)
    p2 = d.pnr("YYYYMMDD-NNNC", born=(1960, 1990))
    a = addr(r)
    ph = d.phone("SE", "land")
    mob = d.phone("SE", "nat")
    trips = []
    for i in range(4):
        trips.append(f"  2026-02-{r.randint(1, 28):02d}  {a[2]} – Centralsjukhuset   {r.randint(20, 140)} km   Bokningsnr {d.pnr_x('YYYYMMDD-NNNC', (2026, 2026), 'bokningsnummer')}   Vårdbesök: {r.choice(['Ortopeden', 'Onkologen', 'Ögonmottagningen'])}")
    return f"""ANSÖKAN OM ERSÄTTNING FÖR SJUKRESA
Region {r.choice(['Kalmar län', 'Västerbotten', 'Dalarna', 'Värmland'])} – Sjukresekontoret

Patient
  Namn:          {f} {l}
  Personnummer:  {p}
  Adress:        {a[0]}, {a[1]} {a[2]}
  Telefon:       {ph}

Ombud / ledsagare
  Namn:          {f2} {l2}
  Personnummer:  {p2}
  Mobil:         {mob}

Tidigare ombud (återkallat): {r.choice(SV_FIRST)} {r.choice(SV_LAST)}, {d.pnr('YYMMDDNNNC', born=(1960, 1990))}

Resor
{chr(10).join(trips)}

Utbetalning till konto (clearing + kontonr): {r.choice(['8327-9', '6000', '5132'])} {rs(r, DG, 3)} {rs(r, DG, 3)} {rs(r, DG, 3)}
Egenavgift betald: 2 x 150 kr

Jag intygar att uppgifterna är riktiga.   Underskrift: ____________________
Handläggarens anteckning: ärende {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'ärendenummer')}, högkostnadsskydd ej uppnått.
"""


# ------------------------------------------------------------------ UC kreditupplysning
def uc(d):
    r = d.r
    f, l = sv(r)
    p = d.pnr("YYMMDD-NNNC", born=(1965, 1998))
    a = addr(r)
    rows = []
    for i in range(3):
        rows.append(f"  {d.ts():%Y-%m-%d}  {r.choice(['Betalningsföreläggande', 'Skuldsaldo KFM', 'Ansökan om betalningsföreläggande'])}  "
                    f"{r.randint(2000, 45000)} kr   Borgenär: {r.choice(['Klarna Bank AB', 'Santander Consumer Bank AS', 'Resurs Bank AB'])} ({d.org_x(prefix='556')})  "
                    f"Målnr {d.pnr_x('YYMMDD-NNNC', (2021, 2026), 'målnummer')}")
    f2, l2 = sv(r)
    p2 = d.pnr("YYMMDD-NNNC", born=(1965, 1998))
    return f"""UC AB – Kreditupplysning Privatperson                               Upplysningsnr: {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'upplysningsnummer')}
Beställare: Bergslagens Bil & Finans AB ({d.org_x(prefix='559')})   Datum: {d.ts():%Y-%m-%d}

Personnummer: {p}
Namn:         {l.upper()}, {f}
Adress:       {a[0]}, {a[1]} {a[2]}
Folkbokförd:  {a[2]} kommun sedan 2019-0{r.randint(1, 9)}-{r.randint(10, 28)}

Taxerad inkomst   2024: {r.randint(180, 650)} 000 kr   2023: {r.randint(180, 650)} 000 kr
Riskprognos: {r.uniform(0.2, 9.5):.2f} %
Betalningsanmärkningar (3 st)
{chr(10).join(rows)}
Krediter: {r.randint(1, 6)} st, total kreditlimit {r.randint(20, 400)} 000 kr

Sammanboende enligt folkbokföringen: {f2} {l2}, {p2}
Tidigare frågor (senaste 12 mån): {r.randint(1, 6)} st, senast från Lindholmen IT AB ({d.org_x(prefix='556')}) avseende medsökande {d.pnr('YYYYMMDDNNNC', born=(1965, 1998))}
Kontaktuppgifter enligt beställaren: {d.phone('SE', 'nat')}, {d.email(f, l)}
En kopia av upplysningen (omfrågandekopia) skickas till den upplysningen gäller.
"""


# ------------------------------------------------------------------ bolåneansökan JSON (mäklare/lånelöfte)
def bolan(d):
    r = d.r
    apps = []
    for i in range(2):
        f, l = sv(r)
        apps.append({"personnummer": d.pnr(r.choice(["YYYYMMDDNNNC", "YYYYMMDD-NNNC"]), born=(1975, 2000)),
                     "fornamn": f, "efternamn": l, "epost": d.email(f, l), "mobil": d.phone("SE", "e164"),
                     "anstallning": {"typ": "tillsvidare", "arbetsgivare": "Lindholmen IT AB",
                                     "arbetsgivare_orgnr": d.org_x(prefix="556", dash=False),
                                     "manadslon": r.randint(28, 75) * 1000},
                     "konto_for_autogiro": d.iban("SE")})
    doc = {"ansokan_id": d.pnr_x("YYYYMMDDNNNC", (2026, 2026), "ansökans-id"),
           "skapad": d.ts().isoformat() + "+01:00", "kanal": "maklarportal",
           "sokande": apps,
           "objekt": {"typ": "bostadsratt", "forening": "BRF Vattenfallsgatan 12",
                      "forening_orgnr": d.org_x(prefix="769"), "lagenhetsnr": str(r.randint(1001, 1306)),
                      "pris": r.randint(18, 60) * 100000, "kontantinsats": r.randint(3, 12) * 100000},
           "barn": [{"fodelsear": r.randint(2012, 2022)}],
           "lanelofte_referens": d.pnr_x("YYMMDD-NNNC", (2026, 2026), "referensnummer"),
           "borgensman": {"personnummer": d.pnr("YYYYMMDDNNNC", born=(1950, 1975)), "relation": "förälder"},
           "kommentar": "Sökande 2 har skyddad adress – adress utelämnad. Personnummer i exemplet i manualen: 19121212-1212 används inte."}
    d.X("19121212-1212", "well-known test personnummer")
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ aktiebok
def aktiebok(d):
    r = d.r
    org = d.org_x(prefix="559")
    rows = []
    start = 1
    for i in range(9):
        n = r.choice([50, 100, 125, 200, 250])
        if i == 4:
            owner = f"Rapsfält Invest AB  {d.org_x(prefix='556')}"
        else:
            f, l = sv(r)
            owner = f"{f} {l}  {d.pnr(r.choice(['YYMMDD-NNNC', 'YYYYMMDD-NNNC']), born=(1950, 1995))}"
        a = addr(r)
        rows.append(f"{start:>5}–{start + n - 1:<5} {n:>4}  {owner:<44} {a[0]}, {a[1]} {a[2]}   förvärvad {d.ts():%Y-%m-%d}, avräkningsnota {d.pnr_x('YYYYMMDD-NNNC', (2019, 2026), 'avräkningsnota')}")
        start += n
    return f"""AKTIEBOK
Rapsfält Teknik AB, org.nr {org}
Upprättad enligt 5 kap. aktiebolagslagen (2005:551). Senast uppdaterad {d.ts():%Y-%m-%d}.

Aktienr        Antal  Ägare (namn, person-/organisationsnummer)        Adress
{chr(10).join(rows)}

Antal aktier totalt: {start - 1}. Samtliga aktier är av samma slag. Aktiebrev har inte utfärdats.
Förbehåll: hembudsförbehåll (bolagsordningen § 9).
Styrelsens ordförande: se protokoll {d.pnr_x('YYYYMMDD-NNNC', (2024, 2026), 'protokollnummer')}.
"""


# ------------------------------------------------------------------ styrelseprotokoll
def styrelseprotokoll(d):
    r = d.r
    org = d.org_x(prefix="556")
    mem = []
    for role in ["ordförande", "ledamot", "ledamot", "ledamot", "suppleant", "suppleant"]:
        f, l = sv(r)
        mem.append((role, f, l, d.pnr("YYMMDD-NNNC", born=(1955, 1995))))
    nyval = sv(r)
    np_ = d.pnr("YYYYMMDD-NNNC", born=(1970, 1995))
    return f"""PROTOKOLL fört vid styrelsesammanträde i Skärgårdsbolaget i Roslagen AB, org.nr {org}
Datum: {d.ts():%Y-%m-%d}   Plats: Hamnvägen 4, Norrtälje   Protokoll nr {d.pnr_x('YYYYMMDD-NNNC', (2026, 2026), 'protokollnummer')}

Närvarande:
""" + "\n".join(f"  {m[1]} {m[2]} ({m[3]}), {m[0]}" for m in mem) + f"""

§ 1  Mötets öppnande. Ordföranden öppnade mötet.
§ 2  Val av justerare. {mem[1][1]} {mem[1][2]} valdes att jämte ordföranden justera protokollet.
§ 3  Firmateckning. Styrelsen beslutade att firman, utöver styrelsen, tecknas av verkställande
     direktören {nyval[0]} {nyval[1]}, personnummer {np_}, ensam avseende löpande förvaltning.
§ 4  Ändringsanmälan till Bolagsverket (ärende {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'ärendenummer')}) skickas av ordföranden.
§ 5  Bank. Bolagets konto {d.iban('SE', spaced=True)} behålls; Swish-nummer 123 {rs(r, DG, 3)} {rs(r, DG, 2)} {rs(r, DG, 2)} kopplas.
§ 6  Mötets avslutande.

Vid protokollet: {mem[3][1]} {mem[3][2]}        Justeras: {mem[0][1]} {mem[0][2]}, {mem[1][1]} {mem[1][2]}
"""


# ------------------------------------------------------------------ komvux antagningslista
def komvux(d):
    r = d.r
    rows = ["Ansökningsnummer,Personnummer,Förnamn,Efternamn,Kurs,Studieform,Telefon,E-post,Beslut"]
    for i in range(16):
        f, l = sv(r)
        an = d.pnr_x("YYYYMMDD-NNNC", (2026, 2026), "ansökningsnummer")
        p = d.pnr("YYYYMMDD-NNNC", born=(1968, 2007), coord=(i == 5))
        ph = d.phone("SE", "nat")
        em = d.email(f, l)
        rows.append(f"{an},{p},{f},{l},{r.choice(['SVAGRU', 'MATMAT01a', 'ENGENG05', 'VÅRVÅR0', 'SFI-C'])},{r.choice(['Distans', 'Dag', 'Kväll'])},{ph},{em},{r.choice(['Antagen', 'Reserv', 'Antagen'])}")
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ jaktkortsregister (Naturvårdsverket)
def jaktkort(d):
    r = d.r
    out = ["JAKTKORTSREGISTRET – utdrag för jaktlag Björnåsen, Jämtlands län",
           "Utdraget beställt av jaktledaren " + d.ts().strftime("%Y-%m-%d") + ". Jaktåret 2026/27.", "",
           f"{'Namn':<26}{'Personnummer':<16}{'Jaktkortsnr':<18}{'Jägarexamen':<14}{'Vapenlicens (ärende)':<22}Mobil"]
    for i in range(12):
        f, l = sv(r)
        p = d.pnr(r.choice(["YYYYMMDD-NNNC", "YYMMDD-NNNC"]), born=(1945, 2006))
        jk = d.pnr_x("YYYYMMDDNNNC", (2019, 2026), "jaktkortsnummer")
        ex = f"{r.choice(['JE', 'TE'])}{rs(r, DG, 6)}"
        vl = d.pnr_x("YYYYMMDD-NNNC", (2015, 2026), "ärendenummer vapenlicens")
        mob = d.phone("SE", "nat")
        out.append(f"{f + ' ' + l:<26}{p:<16}{jk:<18}{ex:<14}{vl:<22}{mob}")
    out.append("")
    out.append("Obs! Jaktkortsnumret är inte personnummer även om det börjar med ett datum.")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ MVC-journal (mödravård)
def mvc(d):
    r = d.r
    f, l = sv(r)
    p = d.pnr("YYYYMMDD-NNNC", born=(1985, 2003))
    pf, pl = sv(r)
    pp = d.pnr("YYYYMMDD-NNNC", born=(1980, 2001))
    ph = d.phone("SE", "nat")
    pph = d.phone("SE", "nat")
    e = d.email(f, l)
    return f"""MÖDRAHÄLSOVÅRD – Journalanteckning                           Journal-ID: {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'journal-id')}
Enhet: Barnmorskemottagningen Gävle Centrum
Patient: {f} {l}, {p}
Kontakt: {ph}, {e}
Partner: {pf} {pl}, {pp}, tel {pph}

{d.ts():%Y-%m-%d} Besök v.{r.randint(12, 36)}+{r.randint(0, 6)}, barnmorska {r.choice(SV_FIRST)} {r.choice(SV_LAST)}
  Blodtryck {r.randint(100, 130)}/{r.randint(60, 85)}. SF-mått {r.randint(20, 34)} cm. Hb {r.randint(110, 135)}.
  Beräknad partus enligt UL: 2026-{r.randint(6, 10):02d}-{r.randint(1, 28):02d}.
  Remiss till specialistmödravården skickad, remissnr {d.pnr_x('YYYYMMDD-NNNC', (2026, 2026), 'remissnummer')}.
  Tidigare graviditet: son {d.pnr('YYYYMMDD-NNNC', born=(2018, 2023))} (reservnummer vid födseln {d.X('99' + rs(r, DG, 8), 'reservnummer')}, nu folkbokförd).

Nästa besök bokat, bokningsnr {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'bokningsnummer')}.
"""


# ------------------------------------------------------------------ trängselskatt – beslut
def trangselskatt(d):
    r = d.r
    f, l = sv(r)
    p = d.pnr("YYMMDD-NNNC", born=(1950, 2000))
    a = addr(r)
    reg = f"{rs(r, 'ABCDEFGHJKLMNOPRSTUWXYZ', 3)} {rs(r, DG, 2)}{r.choice(DG + 'ABCDEFGHJKLMNPRSTUWXYZ')}"
    passages = []
    for i in range(5):
        passages.append(f"  2026-02-{r.randint(1, 28):02d} {r.randint(6, 18):02d}:{r.randint(0, 59):02d}  {r.choice(['Essingeleden', 'Danvikstull', 'Lilla Essingen', 'Ropsten', 'Norrtull'])}   {r.choice([15, 25, 35, 45])} kr")
    ocr = d.X(ocr_ref(r, 16), "OCR reference")
    return f"""TRANSPORTSTYRELSEN                                          BESLUT OM TRÄNGSELSKATT
                                                             Beslutsnummer: {d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'beslutsnummer')}
{f} {l}                                                      Beslutsdatum: {d.ts():%Y-%m-%d}
{a[0]}
{a[1]} {a[2]}

Ägare: personnummer {p}
Fordon: {reg}   (ägarbyte registrerat {d.ts():%Y-%m-%d}, tidigare ägare {d.pnr('YYYYMMDD-NNNC', born=(1950, 1995))})
Brukare enligt avtal: {r.choice(SV_FIRST)} {l}, {d.pnr('YYMMDD-NNNC', born=(1995, 2006))}

Passager februari 2026
{chr(10).join(passages)}

Att betala: {r.randint(100, 900)} kr senast 2026-03-31
Betala till bankgiro 5050-1055, OCR-nummer {ocr}
Om du inte betalar i tid tas en tilläggsavgift ut på 500 kr (ärende {d.pnr_x('YYMMDD-NNNC', (2026, 2026), 'ärendenummer')}).
"""


# ------------------------------------------------------------------ Tullverket – importdeklaration privatperson
def tull(d):
    r = d.r
    f, l = sv(r)
    p = d.pnr("YYYYMMDDNNNC", born=(1960, 2004))
    c = d.pnr("YYYYMMDDNNNC", born=(1980, 2000), coord=True)
    e = d.email(f, l)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Tulldeklaration import, ombud: Nordvik Logistik AB -->
<ImportDeclaration>
  <DeclarationId>{d.pnr_x('YYYYMMDDNNNC', (2026, 2026), 'deklarations-id')}</DeclarationId>
  <MRN>26SE{rs(r, UP + DG, 14)}</MRN>
  <Representative>
    <Name>Nordvik Logistik AB</Name>
    <EORI>SE{d.org_x(prefix='556', dash=False)}</EORI>
  </Representative>
  <Importer>
    <Name>{f} {l}</Name>
    <IdentificationNumber type="personnummer">{p}</IdentificationNumber>
    <Email>{e}</Email>
    <Phone>{d.phone('SE', 'e164')}</Phone>
  </Importer>
  <Consignee>
    <Name>{r.choice(SV_FIRST)} {r.choice(SV_LAST)}</Name>
    <IdentificationNumber type="samordningsnummer">{c}</IdentificationNumber>
  </Consignee>
  <GoodsItem>
    <Description>Begagnad motorcykel, Yamaha XT600, 1991</Description>
    <CommodityCode>8711400000</CommodityCode>
    <Origin>US</Origin>
    <CustomsValue currency="SEK">{r.randint(20000, 80000)}</CustomsValue>
    <TransportDocument>{d.pnr_x('YYYYMMDD-NNNC', (2026, 2026), 'fraktsedelnummer')}</TransportDocument>
  </GoodsItem>
  <Invoice number="{d.pnr_x('YYMMDDNNNC', (2026, 2026), 'fakturanummer')}" />
</ImportDeclaration>
"""


# ------------------------------------------------------------------ hemvärnet kontaktlista
def hemvarn(d):
    r = d.r
    rows = ["Pluton;Befattning;Namn;Personnummer;Mobil;E-post;Utrustningskvitto"]
    for i in range(14):
        f, l = sv(r)
        p = d.pnr(r.choice(["YYYYMMDD-NNNC", "YYMMDD-NNNC", "YYYYMMDDNNNC"]), born=(1960, 2005))
        mob = d.phone("SE", r.choice(["nat", "intl"]))
        em = d.email(f, l)
        kv = d.pnr_x("YYYYMMDD-NNNC", (2020, 2026), "kvittensnummer")
        rows.append(f"{r.choice(['1. pluton', '2. pluton', 'Stab'])};{r.choice(['Gruppchef', 'Soldat', 'Sjukvårdare', 'Signalist'])};{f} {l};{p};{mob};{em};{kv}")
    rows.append("# Listan är INTE hemlig men ska hanteras enligt kompaniets rutin. Personnummer i mallen: ÅÅMMDD-NNNN.")
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ begravningsbyrå – uppdragsbekräftelse
def begravning(d):
    r = d.r
    fd, ld = sv(r)
    pd = d.pnr("YYMMDD-NNNC", century_plus=True)
    fc, lc = sv(r)
    pc = d.pnr("YYYYMMDD-NNNC", born=(1950, 1975))
    ph = d.phone("SE", "nat")
    em = d.email(fc, lc)
    ib = d.iban("SE", spaced=True)
    return f"""FONUS / Uppdragsbekräftelse                                    Uppdragsnr: {d.pnr_x('YYYYMMDD-NNNC', (2026, 2026), 'uppdragsnummer')}

Avliden:       {fd} {ld}
Personnummer:  {pd}     (född 1919 – personnummer skrivs med + efter 100 års ålder)
Dödsdatum:     2026-02-{r.randint(1, 28):02d}
Folkbokförd:   {r.choice(TOWNS)[0]}

Uppdragsgivare (dödsbodelägare)
Namn:          {fc} {lc}
Personnummer:  {pc}
Telefon:       {ph}
E-post:        {em}

Övriga dödsbodelägare: {r.choice(SV_FIRST)} {ld} ({d.pnr('YYYYMMDD-NNNC', born=(1945, 1960))}), {r.choice(SV_FIRST)} {ld} ({d.pnr('YYMMDD-NNNC', born=(1948, 1965))}), tel {d.phone('SE', 'nat')}

Ceremoni: {r.choice(['Borgerlig', 'Svenska kyrkan'])}, {r.choice(['Skogskyrkogården', 'Norra kapellet'])} 2026-03-{r.randint(10, 28)} kl 13.00
Gravsättning: urna, minneslund. Gravrättsnummer {d.pnr_x('YYMMDD-NNNC', (2026, 2026), 'gravrättsnummer')}

Faktura {d.pnr_x('YYMMDDNNNC', (2026, 2026), 'fakturanummer')} skickas till dödsboet. Dödsboets konto för återbetalning: {ib}
"""


# ------------------------------------------------------------------ god man – årsräkning
def arsrakning(d):
    r = d.r
    fh, lh = sv(r)
    ph_ = d.pnr("YYYYMMDD-NNNC", born=(1935, 1960))
    fg, lg = sv(r)
    pg = d.pnr("YYYYMMDD-NNNC", born=(1955, 1985))
    tel = d.phone("SE", "nat")
    em = d.email(fg, lg)
    accts = [d.iban("SE"), d.iban("SE")]
    return f"""ÅRSRÄKNING 2025 – Överförmyndarnämnden i {r.choice(TOWNS)[0]}
Ärendenummer: {d.pnr_x('YYYYMMDD-NNNC', (2019, 2024), 'ärendenummer')}

Huvudman:  {fh} {lh}, personnummer {ph_}
Make/maka: {r.choice(SV_FIRST)} {lh}, personnummer {d.pnr('YYMMDD-NNNC', born=(1935, 1960))} (eget boende)
God man:   {fg} {lg}, personnummer {pg}, telefon {tel}, e-post {em}

Tillgångar 2025-01-01
  Bankkonto (transaktionskonto)  {accts[0]}   {r.randint(5, 60)} {r.randint(100, 999)} kr
  Sparkonto                      {accts[1]}   {r.randint(10, 300)} {r.randint(100, 999)} kr
Inkomster 2025
  Pension (Pensionsmyndigheten)  {r.randint(120, 220)} {r.randint(100, 999)} kr
  Bostadstillägg                 {r.randint(10, 60)} {r.randint(100, 999)} kr
Utgifter 2025
  Boendeavgift, vård- och omsorgsboende, faktura {d.pnr_x('YYYYMMDDNNNC', (2025, 2025), 'fakturanummer')}
  Arvode god man enligt beslut {d.pnr_x('YYMMDD-NNNC', (2025, 2026), 'beslutsnummer')}

Jag försäkrar på heder och samvete att uppgifterna är riktiga.
"""


# ------------------------------------------------------------------ skolskjuts – elevlista
def skolskjuts(d):
    r = d.r
    rows = [f"Skolskjuts HT 2026 – Tur {r.randint(1, 30)}  (Entreprenör: Rapsfält Buss AB, org.nr {d.org_x(prefix='556')})",
            "Hållplats;Tid;Elev;Personnummer;Klass;Vårdnadshavare;Telefon vh;Resekort"]
    for i in range(14):
        f, l = sv(r)
        p = d.pnr(r.choice(["YYYYMMDD-NNNC", "YYYYMMDDNNNC"]), born=(2011, 2020))
        vf, _ = sv(r)
        tel = d.phone("SE", "nat")
        kort = d.pnr_x("YYYYMMDDNNNC", (2024, 2026), "resekortsnummer")
        rows.append(f"{r.choice(['Bäckvägen', 'Kyrkbyn', 'Gamla vägskälet', 'Norrby gård'])};07:{r.randint(10, 55)};{f} {l};{p};{r.randint(1, 9)}{r.choice('ABC')};{vf} {l};{tel};{kort}")
    return "\n".join(rows) + "\n"


CARRIERS = [
    ("se-hindersprovning-intyg", "intyg-hindersprovning.txt", hindersprovning),
    ("se-flyttanmalan-kvitto", "kvittens-flyttanmalan.eml", flyttanmalan),
    ("se-blodgivarregister", "givare-export.csv", blodgivare),
    ("se-sjukresor-ansokan", "sjukresa-ansokan.txt", sjukresor),
    ("se-uc-kreditupplysning", "kreditupplysning.txt", uc),
    ("se-bolan-ansokan-json", "ansokan.json", bolan),
    ("se-aktiebok", "aktiebok.txt", aktiebok),
    ("se-styrelseprotokoll", "protokoll-styrelse.txt", styrelseprotokoll),
    ("se-komvux-antagning", "antagning-vt.csv", komvux),
    ("se-jaktkortsregister", "jaktlag-utdrag.txt", jaktkort),
    ("se-mvc-journal", "journal-mvc.txt", mvc),
    ("se-trangselskatt-beslut", "beslut-trangselskatt.txt", trangselskatt),
    ("se-tull-importdeklaration", "importdeklaration.xml", tull),
    ("se-hemvarn-kontaktlista", "kontaktlista.csv", hemvarn),
    ("se-begravning-uppdrag", "uppdragsbekraftelse.txt", begravning),
    ("se-godman-arsrakning", "arsrakning-2025.txt", arsrakning),
    ("se-skolskjuts-elevlista", "tur-elevlista.csv", skolskjuts),
]
