"""Swedish personnummer and samordningsnummer in Nordic documents, beside date-shaped Luhn-valid case, OCR, booking
and contract numbers, organisation numbers and Nordic ids of other countries in fields named for them."""
import datetime
import json

from core import DIG, UP
from registry import doc

G = 'nordic'


def pf(d):
    return d.ch(['YYYYMMDD-NNNN', 'YYMMDD-NNNN', 'YYYYMMDDNNNN'])


def pers(d, form=None, y0=1935, y1=2006, samord=False):
    first, last, sex = d.person('se')
    return first, last, d.pnr(form or pf(d), y0, y1, sex=sex, samord=samord)


def kr(d, a, b):
    v = d.ri(a, b)
    return f'{v:,}'.replace(',', ' ')


def clearing(d):
    c = d.ch(['8327-9', '8105-9', '6000', '5000', '3300', '9150', '8480-6', '6122'])
    return c, d.digits(9 if c.startswith('8') else 10, '123456789')


@doc('se-bostadsanpassningsbidrag-delegationsbeslut-txt', 'bab/beslut/BAB-2026-0187-beslut.txt',
     'municipal housing adaptation grant decision letter with applicant, representative and contractor', G)
def bab(d):
    first, last, pn = pers(d, 'YYYYMMDD-NNNN', 1930, 1960)
    o_first, o_last, o_pn = pers(d, 'YYYYMMDD-NNNN', 1960, 1990)
    ar = d.lkpnr('YYMMDDNNNN', 2025, 2026)
    org = d.orgnr('556')
    ph = d.phone('se', 0, label=True)
    return f"""Västerviks kommun
Samhällsbyggnadsförvaltningen, bostadsanpassning

DELEGATIONSBESLUT                                   Dnr BAB 2026-0187
                                                    Beslutsdatum 2026-01-19

Sökande:       {first} {last}
Personnummer:  {pn}
Adress:        Storgatan {d.ri(2, 60)} B, 593 {d.ri(30, 39)} Västervik

Ombud:         {o_first} {o_last} (dotter), personnummer {o_pn}
Telefon ombud: {ph}

Ärende-ID i e-tjänsten: {ar}

Beslut
Bostadsanpassningsbidrag beviljas med högst {kr(d, 18000, 95000)} kronor för borttagning av tröskel mellan hall och
badrum, byte av badkar mot duschplats med stödhandtag samt montering av dörrautomatik till entré.

Åtgärderna ska utföras av {d.ch(['Västerviks Bygg & VVS AB', 'Tjustbygden Plåt & Rör AB', 'Kustens Badrumsteknik AB'])}
(org.nr {org}) enligt offert daterad 2026-01-08.

Skäl för beslutet
Sökandens funktionsnedsättning är styrkt genom intyg från arbetsterapeut. Åtgärderna bedöms nödvändiga för att
sökanden ska kunna använda bostaden på ett ändamålsenligt sätt (lagen (2018:222) om bostadsanpassningsbidrag).

Hur man överklagar, se bilaga.

Handläggare: Karin Wallin, bostadsanpassningshandläggare
"""


@doc('se-donationsregistret-utdrag-txt', 'iva/donation/utdrag-donationsregistret-2026-01-21.txt',
     'intensive care unit printout of a donor register lookup with the patient identity', G)
def donation(d):
    first, last, pn = pers(d, 'YYYYMMDD-NNNN', 1950, 2000)
    slag = d.lkpnr('YYYYMMDDNNNN', 2026, 2026)
    reg = d.lkpnr('YYYYMMDD-NNNN', 2012, 2020)
    return f"""SOCIALSTYRELSEN - DONATIONSREGISTRET
Utdrag för behörig vårdpersonal

Sökning utförd:      2026-01-21 03:47
Sökande enhet:       IVA, Centralsjukhuset Karlstad (HSA-id SE2321000206-E000{d.ri(10000, 99999)})
Uppslagsnummer:      {slag}

Personnummer:        {pn}
Namn:                {first} {last}

Registrerad vilja:   JA, jag vill donera organ och vävnader efter min död
Begränsningar:       Inga
Registrerad:         2016-05-{d.ri(10, 28)} (registreringsnummer {reg})
Senast ändrad:       -

Närstående underrättad: se journal.
"""


@doc('se-parkeringstillstand-rorelsehindrade-csv', 'trafik/ptillstand/aktiva-tillstand-2026-01.csv',
     'municipal register export of parking permits for people with reduced mobility', G)
def parkering(d):
    rows = ['Tillstandsnummer;Personnummer;Namn;Typ;Giltigt_fran;Giltigt_till;Kommun;Handlaggare']
    for _ in range(6):
        samord = d.ri(0, 9) == 0
        first, last, sex = d.person('se')
        pn = d.pnr('YYYYMMDD-NNNN', 1930, 2004, sex=sex, samord=samord)
        tn = d.lkpnr('YYMMDDNNNN', 2022, 2025)
        fr = datetime.date(2000 + int(tn[:2]), int(tn[2:4]), int(tn[4:6]))
        to = fr.replace(year=fr.year + d.ch([2, 3, 4]))
        rows.append(f"{tn};{pn};{last}, {first};{d.ch(['Förare', 'Passagerare'])};{fr};{to};Umeå;{d.ch(['LB', 'MS', 'TH'])}")
    return '\n'.join(rows)


@doc('se-serveringstillstand-ansokan-txt', 'alkohol/ansokningar/2026-014-ansokan.txt',
     'application for an alcohol serving licence listing persons with significant influence', G)
def servering(d):
    org = d.orgnr('559')
    people = [pers(d, 'YYYYMMDD-NNNN', 1960, 2000) for _ in range(3)]
    ph = d.phone('se', 2)
    mail = d.email(people[0][0], people[0][1], 'se', domain='bistrohamnen.se')
    dnr = d.lkpnr('YYMMDD-NNNN', 2026, 2026)
    lines = '\n'.join(f'  {i + 1}. {p[0]} {p[1]}, personnr {p[2]}, {r}' for i, (p, r) in
                      enumerate(zip(people, ['styrelseledamot, 50 % av aktierna', 'styrelsesuppleant, 50 % av aktierna',
                                             'föreslagen serveringsansvarig (kök)'])))
    return f"""ANSÖKAN OM STADIGVARANDE SERVERINGSTILLSTÅND TILL ALLMÄNHETEN
Inkom: 2026-01-16    Registreringsnummer hos kommunen: {dnr}

1. Sökande
Bolagsnamn:          Bistro Hamnen i Kalmar AB
Organisationsnummer: {org}
Kontaktperson:       {people[0][0]} {people[0][1]}
Telefon:             {ph}
E-post:              {mail}

2. Serveringsställe
Namn: Bistro Hamnen, Skeppsbrogatan {d.ri(1, 40)}, 392 31 Kalmar
Serveringstider: 11.00-01.00 alla dagar, uteservering 11.00-23.00

3. Personer med betydande inflytande (PBI)
{lines}

4. Kunskapsprov
Samtliga PBI har avlagt godkänt kunskapsprov (bilaga 4).
"""


@doc('se-skatteregistrering-fa-skattsedel-txt', 'skatt/registreringsbevis/fa-skatt-bekraftelse.txt',
     'confirmation of f-tax registration for a sole trader whose organisation number is the personnummer', G)
def fskatt(d):
    first, last, sex = d.person('se')
    pn = d.pnr('YYYYMMDD-NNNN', 1970, 2002, sex=sex)
    bg = f'{d.ri(100, 999)}-{d.ri(1000, 9999)}'
    ocr = d.lkpnr('YYMMDDNNNN', 2025, 2026)
    return f"""Skatteverket                                   Bekräftelse på registrering
                                               Datum 2026-01-12

{first} {last}
{d.ch(['Byvägen', 'Skolgatan', 'Ringvägen'])} {d.ri(2, 60)}
{d.ri(100, 999)} {d.ri(10, 99)} {d.ch(['Sala', 'Hallstahammar', 'Norberg', 'Fagersta'])}

Enskild näringsverksamhet
Organisationsnummer (personnummer): {pn}
Företagsnamn: {last}s Trädgårdstjänst

Du är registrerad för:
  FA-skatt (godkänd för F-skatt och A-skatt) från och med 2026-01-01
  Mervärdesskatt från och med 2026-01-01, momsredovisning en gång per år
  Arbetsgivare: nej

Preliminär skatt 2026: {kr(d, 12000, 60000)} kr. Betala till Skatteverkets bankgiro {bg} med ditt OCR-nummer {ocr}.
"""


@doc('se-anhorigbidrag-utbetalning-csv', 'socialtjanst/utbetalningar/anhorigbidrag-2026-01.csv',
     'municipal carer allowance payment file with carers, care recipients and accounts', G)
def anhorig(d):
    rows = ['Verifikation,Beslut,Mottagare_personnr,Mottagare_namn,Vardtagare_personnr,Belopp,Clearing,Konto,Period']
    for _ in range(4):
        fn, ln, mpn = pers(d, 'YYYYMMDDNNNN', 1945, 1995)
        _, _, vpn = pers(d, 'YYYYMMDDNNNN', 1925, 1960)
        c, k = clearing(d)
        ver = d.num(8)
        rows.append(f'{ver},{d.lkpnr("YYYYMMDD-NNNN", 2023, 2025)},{mpn},"{ln}, {fn}",{vpn},{d.ri(2000, 6000)}.00,{c},{d.X(k)},2026-01')
    return '\n'.join(rows)


@doc('se-familjehem-arvode-utbetalning-csv', 'ifo/familjehem/arvoden-2026-01.csv',
     'social services foster home fee and expense payment list', G)
def familjehem(d):
    rows = ['Uppdrag;Uppdragstagare;Personnr;Barn_personnr;Arvode;Omkostnad;Utbetalningsdag']
    for _ in range(3):
        fn, ln, pn = pers(d, 'YYMMDD-NNNN', 1955, 1990)
        _, _, bpn = pers(d, 'YYMMDD-NNNN', 2009, 2020)
        upp = d.lkpnr('YYMMDD-NNNN', 2021, 2025)
        rows.append(f'{upp};{fn} {ln};{pn};{bpn};{kr(d, 9000, 22000)};{kr(d, 4000, 9000)};2026-01-25')
    return '\n'.join(rows)


@doc('se-pensionarsforening-matrikel-csv', 'forening/matrikel/medlemmar-2026.csv',
     'pensioners association member roll exported from a spreadsheet', G)
def pension(d):
    rows = ['Medlemsnr,Namn,Personnummer,Adress,Postnr,Ort,Telefon,E-post,Betalt 2026,Autogiro-ref']
    for i in range(5):
        first, last, sex = d.person('se')
        pn = d.pnr('YYYYMMDD-NNNN' if i % 2 else 'YYMMDD-NNNN', 1936, 1962, sex=sex)
        ph = d.phone('se', d.ch([0, 4, 5]))
        mail = d.email(first, last, 'se') if i in (0, 2, 3) else ''
        rows.append(f'{d.num(5)},"{last}, {first}",{pn},{d.ch(["Kvarngatan", "Bäckvägen", "Ekstigen"])} {d.ri(1, 40)},'
                    f'{d.ri(100, 999)} {d.ri(10, 99)},Nora,{ph},{mail},{d.ch(["ja", "ja", "nej"])},{d.lkpnr("YYMMDDNNNN", 2016, 2025)}')
    return '\n'.join(rows)


@doc('se-fastighetsbildning-sakagarforteckning-txt', 'lm/arenden/C123456-sakagare.txt',
     'land survey cadastral procedure list of parties with owners, companies and a tenant-owner association', G)
def lantmateri(d):
    p = [pers(d, 'YYMMDD-NNNN', 1940, 1995) for _ in range(3)]
    o1 = d.orgnr('556')
    o2 = d.orgnr('769')
    ar = d.lkpnr('YYYYMMDD-NNNN', 2025, 2025)
    return f"""LANTMÄTERIET                                     Ärende: C{d.num(6)}
Sakägarförteckning                               Fastighetsbildning, avstyckning
                                                 Upprättad 2026-01-14

Fastighet            Ägare / rättighetshavare                        Andel   Identitet
Löddeköpinge 12:41   {p[0][0]} {p[0][1]:<40} 1/2     {p[0][2]}
Löddeköpinge 12:41   {p[1][0]} {p[1][1]:<40} 1/2     {p[1][2]}
Löddeköpinge 12:57   Brf Strandängen i Löddeköpinge                  1/1     {o2}
Löddeköpinge 12:58   Kävlinge Mark & Exploatering AB                 1/1     {o1}

Rättighetshavare
Servitut (väg) 1261K-2004/{d.ri(10, 99)}.1, förmån för Löddeköpinge 12:41
Inteckningshavare: {p[2][0]} {p[2][1]}, {p[2][2]}

Ansökan inkom {ar[:4]}-{ar[4:6]}-{ar[6:8]} (inkommande handling nr {ar}).
"""


@doc('se-hyresnamnd-ansokan-txt', 'hyresnamnden/ansokningar/2026-01-ansokan-andring-villkor.txt',
     'application to the rent tribunal about changed tenancy terms', G)
def hyresnamnd(d):
    first, last, pn = pers(d, 'YYYYMMDD-NNNN', 1950, 2000)
    ph = d.phone('se', 0)
    mail = d.email(first, last, 'se')
    org = d.orgnr('556')
    kn = d.lkpnr('YYMMDDNNNN', 2015, 2024)
    return f"""Till Hyresnämnden i Göteborg

ANSÖKAN - Ändring av hyresvillkor (12 kap. 54 § jordabalken)

Sökande (hyresgäst)
Namn:             {first} {last}
Personnummer:     {pn}
Adress:           {d.ch(['Mölndalsvägen', 'Vasagatan', 'Övre Husargatan'])} {d.ri(1, 90)}, lgh {d.ri(1001, 1504)}, 41{d.ri(100, 999)} Göteborg
Telefon:          {ph}
E-post:           {mail}

Motpart (hyresvärd)
Fastighets AB Kvarteret Linden, org.nr {org}
Kontraktsnummer:  {kn}

Yrkande
Jag yrkar att hyresnämnden fastställer att hyresvärden ska återställa tvättstugan i huset till minst två
maskiner, alternativt att hyran sätts ned med {d.ri(200, 600)} kr per månad tills detta är gjort.

Göteborg 2026-01-{d.ri(10, 28)}
{first} {last}
"""


@doc('se-studentbostad-kontrakt-txt', 'stiftelsen/kontrakt/kontrakt-korridor-2026-02.txt',
     'student housing corridor room tenancy contract with contract number and ocr reference', G)
def student(d):
    first, last, pn = pers(d, 'YYYYMMDD-NNNN', 1998, 2007)
    kn = d.lkpnr('YYYYMMDDNNNN', 2026, 2026)
    ocr = d.lkpnr('YYMMDDNNNN', 2026, 2026)
    mail = d.email(first, last, 'se', domain=d.ch(['student.lu.se', 'student.uu.se', 'student.su.se']))
    return f"""HYRESKONTRAKT FÖR BOSTADSLÄGENHET (korridorsrum)
Kontraktsnummer: {kn}

Hyresvärd:   Stiftelsen Studentbostäder i Lund, org.nr {d.orgnr('802')}
Hyresgäst:   {first} {last}, personnummer {pn}
E-post:      {mail}
Studier vid: Lunds universitet (studieintyg bilagt)

Objekt:      Rum {d.ri(100, 999)}, korridor {d.ch('ABCDEF')}, Sparta, {d.ri(20, 24)} kvm, gemensamt kök
Hyrestid:    2026-02-01 tills vidare, med en ömsesidig uppsägningstid av en kalendermånad
Hyra:        {d.ri(4100, 5600)} kr/månad inkl. el, värme, bredband och möbler

Hyran betalas i förskott senast sista vardagen före varje månad till bankgiro {d.ri(100, 999)}-{d.ri(1000, 9999)}
med OCR-nummer {ocr}.
"""


@doc('se-laddbox-bidrag-ansokningar-json', 'bidrag/laddbox/ansokningar-vecka-03.json',
     'environmental agency style charger grant applications api export', G)
def laddbox(d):
    items = []
    for i in range(4):
        first, last, sex = d.person('se')
        samord = i == 2
        pn = d.pnr('YYYYMMDDNNNN', 1950, 2000, sex=sex, samord=samord)
        items.append({'arendenummer': d.lkpnr('YYYYMMDDNNNN', 2026, 2026), 'status': d.ch(['INKOMMEN', 'KOMPLETTERING', 'BEVILJAD']),
                      'sokande': {'personnummer': pn, 'namn': f'{first} {last}', 'typ': 'privatperson'},
                      'installator': {'organisationsnummer': d.orgnr('556'), 'namn': d.ch(['Elfirman Nord AB', 'Laddproffsen i Mälardalen AB'])},
                      'kostnad_sek': d.ri(9000, 25000), 'begart_bidrag_sek': d.ri(4000, 10000),
                      'inkom': f'2026-01-{d.ri(12, 18)}T{d.ri(8, 20):02d}:{d.ri(10, 59)}:{d.ri(10, 59)}+01:00'})
    return json.dumps({'vecka': '2026-W03', 'antal': len(items), 'ansokningar': items}, indent=2, ensure_ascii=False)


@doc('se-rattshjalp-ansokan-txt', 'advokatbyra/rattshjalp/ansokan-2026-009.txt',
     'law firm draft of a legal aid application with applicant and opposing party', G)
def rattshjalp(d):
    first, last, pn = pers(d, 'YYMMDD-NNNN', 1960, 2000)
    mf, ml, mpn = pers(d, 'YYMMDD-NNNN', 1960, 2000)
    ph = d.phone('se', 1)
    ref = d.lkpnr('YYMMDD-NNNN', 2025, 2026)
    return f"""ANSÖKAN OM RÄTTSHJÄLP (utkast)                       Vår ref: {ref}

Sökande:            {first} {last}, {pn}
Telefon:            {ph}
Motpart:            {mf} {ml}, {mpn}
Angelägenhet:       Bodelning efter skilsmässa
Ekonomiskt underlag: {kr(d, 180000, 250000)} kr/år (lönespecifikation bifogas)

Sökanden har ingen rättsskyddsförsäkring som täcker angelägenheten (intyg från försäkringsbolaget bifogas).
Rådgivning en timme har lämnats 2026-01-09.

Biträde: Advokat Helena Åberg, Advokatfirman Åberg & Lind KB
"""


@doc('se-bilstod-handlaggning-xml', 'fk/bilstod/handlaggning-export-0412.xml',
     'vehicle grant case handling export with applicant and child in xml', G)
def bilstod(d):
    first, last, pn = pers(d, 'YYYYMMDDNNNN', 1970, 1995)
    cf, cl, cpn = pers(d, 'YYYYMMDDNNNN', 2010, 2020)
    arende = d.lkpnr('YYYYMMDDNNNN', 2025, 2026)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Bilstodsarende xmlns="urn:se:bilstod:handlaggning:1">
  <Arendenummer>{arende}</Arendenummer>
  <Inkom>2026-01-08</Inkom>
  <Sokande>
    <Personnummer>{pn}</Personnummer>
    <Fornamn>{first}</Fornamn>
    <Efternamn>{last}</Efternamn>
    <Roll>Förälder till barn med funktionsnedsättning</Roll>
  </Sokande>
  <Barn>
    <Personnummer>{cpn}</Personnummer>
    <Fornamn>{cf}</Fornamn>
  </Barn>
  <Stod>
    <Typ>Grundbidrag</Typ>
    <Typ>Anpassningsbidrag</Typ>
    <Belopp valuta="SEK">{d.ri(60000, 200000)}</Belopp>
  </Stod>
  <Handlaggare>FK{d.num(5)}</Handlaggare>
</Bilstodsarende>
"""


@doc('se-hyrbil-bokningar-csv', 'uthyrning/bokningar-2026-01-20.csv',
     'car rental branch daily bookings with drivers, booking numbers and phones', G)
def hyrbil(d):
    rows = ['bokningsnr;forare;personnr;korkortsnr;telefon;bil;upphamtning;aterlamning']
    for _ in range(4):
        first, last, sex = d.person('se')
        pn = d.pnr('YYMMDD-NNNN', 1950, 2004, sex=sex)
        bn = d.lkpnr('YYMMDDNNNN', 2026, 2026)
        rows.append(f'{bn};{first} {last};{pn};{d.num(8)};{d.phone("se", 1)};{d.ch(["VW Golf", "Volvo XC40", "Kia Niro EV", "Toyota Corolla"])}'
                    f' {d.rs(3, "ABCDEFGHJKLMNPRSTUWXYZ")}{d.ri(10, 99)}{d.ch("ABCDEFGHJKLMNPRSTUWXYZ0123456789")};'
                    f'2026-01-20 {d.ri(7, 18):02d}:00;2026-01-2{d.ri(1, 7)} {d.ri(7, 18):02d}:00')
    return '\n'.join(rows)


@doc('se-kontaktperson-arvoden-csv', 'ifo/kontaktpersoner/arvoden-jan-2026.csv',
     'social services contact person fees with assignment case numbers', G)
def kontaktperson(d):
    rows = ['Arendenr,Uppdragstagare,Personnummer,Timmar,Arvode,Omkostnad']
    for _ in range(4):
        fn, ln, pn = pers(d, 'YYYYMMDD-NNNN', 1950, 2000)
        rows.append(f'{d.lkpnr("YYYYMMDD-NNNN", 2023, 2025)},{fn} {ln},{pn},{d.ri(4, 16)},{kr(d, 1500, 4500)},{d.ri(300, 800)}')
    return '\n'.join(rows)


@doc('nordic-hr-employee-master-json', 'hr/export/employees-nordics-2026-01.json',
     'hr system employee master export for the nordic subsidiaries with national ids in fields named for them', G)
def nordic_hr(d):
    emps = []
    for cc in ('se', 'se', 'fi', 'no', 'dk'):
        first, last, sex = d.person(cc)
        e = {'employeeId': f'N{d.num(6)}', 'country': cc.upper(), 'firstName': first, 'lastName': last}
        if cc == 'se':
            e['nationalId'] = {'type': 'SE_PERSONNUMMER', 'value': d.pnr('YYYYMMDD-NNNN', 1960, 2003, sex=sex)}
            e['bank'] = {'iban': d.iban('se')}
            e['mobile'] = d.phone('se', 2)
        elif cc == 'fi':
            e['nationalId'] = {'type': 'FI_HETU', 'value': d.hetu(1960, 2003, sex, new_signs=d.ri(0, 1) == 1)}
            e['bank'] = {'iban': d.iban('fi')}
            e['mobile'] = d.phone('fi', 0)
        elif cc == 'no':
            e['nationalId'] = {'type': 'NO_FODSELSNUMMER', 'value': d.fnr()}
            e['bank'] = {'iban': d.iban('no')}
            e['mobile'] = d.phone('no', 0)
        else:
            e['nationalId'] = {'type': 'DK_CPR', 'value': d.cpr()}
            e['bank'] = {'iban': d.iban('dk')}
        e['legalEntity'] = {'se': 'Nordvik Logistik AB', 'fi': 'Nordvik Logistiikka Oy', 'no': 'Nordvik Logistikk AS',
                            'dk': 'Nordvik Logistik ApS'}[cc]
        e['costCenter'] = d.num(4)
        e['contractNo'] = d.lkpnr('YYYYMMDDNNNN', 2008, 2025)
        emps.append(e)
    return json.dumps({'exportedAt': '2026-01-20T05:00:00Z', 'source': 'hr-core', 'employees': emps}, indent=2, ensure_ascii=False)


@doc('fi-kotihoito-kayntilista-csv', 'kotihoito/kayntilistat/2026-01-21-reitti-3.csv',
     'finnish home care daily visit list with client identity codes and relatives phones', G)
def kotihoito(d):
    rows = ['Aika;Asiakas;Henkilötunnus;Osoite;Käynnin sisältö;Omainen puh.']
    for i in range(4):
        first, last, sex = d.person('fi')
        h = d.hetu(1928, 1955, sex)
        rel = d.phone('fi', 1) if i % 2 == 0 else ''
        rows.append(f'{7 + i * 2:02d}:{d.ch(["00", "15", "30", "45"])};{last} {first};{h};{d.ch(["Kauppakatu", "Koulukatu", "Rantatie"])} '
                    f'{d.ri(1, 40)} {d.ch("ABC")} {d.ri(1, 20)};{d.ch(["lääkkeet", "aamutoimet", "haavanhoito", "ateria"])};{rel}')
    return '\n'.join(rows)


@doc('dk-lonseddel-tekst-txt', 'loen/lonsedler/2026-01/lonseddel-0412.txt',
     'danish payslip as text with the cpr number and nemkonto details', G)
def dk_payslip(d):
    first, last, sex = d.person('dk')
    cpr = d.cpr()
    mail = d.email(first, last, 'dk')
    return f"""LØNSEDDEL                                         Periode: 01.01.2026 - 31.01.2026
Nordvik Logistik ApS, CVR {d.num(8)}
Industrivej {d.ri(2, 40)}, 6000 Kolding

Medarbejder:  {first} {last}
CPR-nr.:      {cpr}
Medarb.nr.:   {d.num(4)}
E-mail:       {mail}

Tekst                                  Sats        Antal        Beløb
Månedsløn                                                    {d.ri(32000, 46000)},00
AM-bidrag 8 %                                               -{d.ri(2500, 3700)},00
A-skat 37 %                                                 -{d.ri(9000, 14000)},00
ATP                                                            -99,00

Til udbetaling (NemKonto, {d.iban('dk')}):                  {d.ri(19000, 29000)},00
"""


@doc('no-a-melding-arbeidsforhold-xml', 'altinn/a-melding/a-melding-2026-01.xml',
     'norwegian employer report (a-melding) with employees, organisation numbers and a contact person', G)
def a_melding(d):
    def orgno():
        while True:
            b = d.ch('89') + d.rs(7, DIG)
            w = [3, 2, 7, 6, 5, 4, 3, 2]
            k = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
            if k == 11:
                k = 0
            if k < 10:
                return d.X(b + str(k))
    first, last, sex = d.person('no')
    ph = d.phone('no', 1)
    mail = d.email(first, last, 'no', domain='nordvik.no')
    org = orgno()
    sub = orgno()
    emps = ''
    for _ in range(2):
        ef, el, es = d.person('no')
        emps += f"""        <inntektsmottaker>
          <norskIdentifikator>{d.fnr()}</norskIdentifikator>
          <identifiserendeInformasjon><navn>{ef} {el}</navn></identifiserendeInformasjon>
          <arbeidsforhold>
            <arbeidsforholdId>{d.num(5)}</arbeidsforholdId>
            <typeArbeidsforhold>ordinaertArbeidsforhold</typeArbeidsforhold>
            <stillingsprosent>100</stillingsprosent>
          </arbeidsforhold>
          <inntekt><loennsinntekt><beskrivelse>fastloenn</beskrivelse></loennsinntekt><beloep>{d.ri(42000, 61000)}</beloep></inntekt>
        </inntektsmottaker>
"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<melding xmlns="urn:ske:fastsetting:innsamling:a-meldingen:v2_0">
  <Leveranse>
    <kalendermaaned>2026-01</kalendermaaned>
    <kildesystem>Nordvik Lønn 4.2</kildesystem>
    <meldingsId>{d.uuid()}</meldingsId>
    <opplysningspliktig><norskIdentifikator>{org}</norskIdentifikator></opplysningspliktig>
    <kontaktinformasjon>
      <navn>{first} {last}</navn>
      <telefonnummer>{ph}</telefonnummer>
      <epostadresse>{mail}</epostadresse>
    </kontaktinformasjon>
    <oppgave>
      <virksomhet>
        <norskIdentifikator>{sub}</norskIdentifikator>
{emps}      </virksomhet>
    </oppgave>
  </Leveranse>
</melding>
"""
