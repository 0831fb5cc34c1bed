"""Swedish and Nordic personal data: personnummer and samordningsnummer in every written form beside date-shaped
Luhn-valid case, booking and member numbers, organisation numbers and masked numbers; phones; IBANs; Finnish HETU."""
import json

from registry import doc
from core import person, addr, FIRST_M, FIRST_F, LAST_SV


def who(d, sex=None):
    return person(d.r, sex)


@doc('se-lok-stod-narvarokort-csv', 'idrott/lok/narvarokort-P14-vt26.csv', 'sports club activity grant attendance card export (csv)')
def _(d):
    rows = ['Sammankomst-ID;Datum;Aktivitet;Ledare;Deltagare;Personnummer;Kön;Närvarande']
    ledare_s, ledare_f, ledare_e = who(d)
    lp = d.pnr('long', 1975, 1990, sex=ledare_s)
    for i in range(7):
        s, f, e = who(d)
        p = d.pnr(d.r.choice(['long', 'long-']), 2011, 2012, sex=s)
        sid = d.lkpnr('long')
        rows.append(f'{sid};2026-01-{10 + i:02d};Träning P14;{ledare_f} {ledare_e};{f} {e};{p};{"Pojke" if s == "m" else "Flicka"};Ja')
    rows.append(f'{d.lkpnr("long")};2026-01-17;Träning P14;{ledare_f} {ledare_e};Ledare;{lp};{"Man" if ledare_s == "m" else "Kvinna"};Ja')
    return '\ufeff' + '\n'.join(rows) + '\n'


@doc('se-valnamnd-rostmottagare-csv', 'val2026/rostmottagare-distrikt-0412.csv', 'municipal election board polling station workers list (csv)')
def _(d):
    rows = ['Valdistrikt,Roll,Förnamn,Efternamn,Personnummer,Mobil,E-post,Utbildning genomförd,Arvode (kr)']
    for i in range(8):
        s, f, e = who(d)
        p = d.pnr('short-', 1950, 2004, sex=s)
        ph = d.phone('se', style=d.r.choice([0, 4]))
        em = d.email(f, e)
        rows.append(f'{d.r.choice(["0412 Centrum N", "0413 Centrum S"])},{d.r.choice(["Ordförande", "Vice ordförande", "Röstmottagare"])},{f},{e},{p},{ph},{em},2026-0{d.r.randint(5, 8)}-{d.r.randint(10, 28)},{d.r.choice([1800, 2400, 3100])}')
    rows.append(f'0412 Centrum N,Reserv,Vakant,,{d.maskpnr()},,,,')
    return '\n'.join(rows) + '\n'


@doc('se-medborgarskap-ansokan-xml', 'migration/medborgarskap/export-2026-01-19.xml', 'citizenship applications case export (xml)')
def _(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Arendeexport skapad="2026-01-19T06:00:04+01:00" system="EMA">']
    for i in range(5):
        s, f, e = who(d)
        sam = i % 2 == 0
        p = d.pnr('long', 1960, 2000, sex=s, samord=sam)
        out.append(f'  <Arende arendenummer="{d.intx(8)}" inkommet="{d.day()}">')
        out.append(f'    <Sokande>')
        out.append(f'      <Fornamn>{f}</Fornamn><Efternamn>{e}</Efternamn>')
        out.append(f'      <{"Samordningsnummer" if sam else "Personnummer"}>{p}</{"Samordningsnummer" if sam else "Personnummer"}>')
        out.append(f'      <Medborgarskap>{d.r.choice(["SYR", "AFG", "ERI", "IRQ", "SOM", "THA", "POL"])}</Medborgarskap>')
        out.append(f'      <Telefon>{d.phone("se", style=1)}</Telefon>')
        out.append(f'    </Sokande>')
        out.append(f'    <Handlaggning status="{d.r.choice(["Mottaget", "Under utredning", "Beslut fattat"])}" dossiernummer="{d.lkpnr("long")}"/>')
        out.append('  </Arende>')
    out.append('</Arendeexport>')
    return '\n'.join(out) + '\n'


@doc('se-tomtko-registrerade-csv', 'tomtko/registrerade-2026-01.csv', 'municipal building plot queue register (csv)')
def _(d):
    rows = ['Könummer;Registrerad;Sökande;Personnummer;Medsökande;Personnummer medsökande;Adress;Postnr;Ort;Telefon;Köavgift betald']
    for i in range(7):
        s, f, e = who(d)
        p = d.pnr('short-', 1960, 1998, sex=s)
        if d.r.random() < 0.5:
            s2, f2, e2 = who(d, 'f' if s == 'm' else 'm')
            co, cp = f'{f2} {e2}', d.pnr('short-', 1960, 1998, sex=s2)
        else:
            co, cp = '', ''
        a, pn, c = addr(d.r)
        rows.append(f'{d.lkpnr("long-", 2005, 2025)};{2005 + i * 3}-0{d.r.randint(1, 9)}-1{d.r.randint(0, 9)};{f} {e};{p};{co};{cp};{a};{pn};{c};{d.phone("se", style=0)};2025')
    return '\n'.join(rows) + '\n'


@doc('se-skolval-ansokningar-json', 'skolval/api/ansokningar-fk-2026.json', 'school choice applications api response (json)')
def _(d):
    apps = []
    for i in range(5):
        s, f, e = who(d)
        vs, vf, ve = who(d)
        apps.append({'ansokanId': d.lkpnr('long-'), 'skapad': f'2026-01-{12 + i:02d}T{8 + i}:14:22+01:00',
                     'barn': {'fornamn': f, 'efternamn': e, 'personnummer': d.pnr('long-', 2019, 2020, sex=s)},
                     'vardnadshavare': [{'namn': f'{vf} {ve}', 'personnummer': d.pnr('long-', 1978, 1993, sex=vs),
                                         'epost': d.email(vf, ve), 'mobil': d.phone('se', style=3)}],
                     'val': [{'prioritet': 1, 'skolenhetskod': d.intx(8)}, {'prioritet': 2, 'skolenhetskod': d.intx(8)}],
                     'status': 'Inskickad'})
    return json.dumps({'termin': 'HT2026', 'antal': len(apps), 'ansokningar': apps}, ensure_ascii=False, indent=2) + '\n'


@doc('se-faderskapsbekraftelse-txt', 'familjeratt/bekraftelse-2026-0117.txt', 'paternity acknowledgement document from a family law unit (text)')
def _(d):
    bs, bf, be = who(d)
    mf, me = d.r.choice(FIRST_F), d.r.choice(LAST_SV)
    ff, fe = d.r.choice(FIRST_M), d.r.choice(LAST_SV)
    return f"""FAMILJERÄTTEN I NORRSTAD
Bekräftelse av faderskap enligt 1 kap. 4 § föräldrabalken

Dnr: FR {d.lkpnr('long-')}
Datum: 2026-01-17

Barnet
  Namn: {bf} {be}
  Personnummer: {d.pnr('long-', 2025, 2025, sex=bs)}

Modern
  Namn: {mf} {me}
  Personnummer: {d.pnr('short-', 1988, 2000, sex='f')}
  Telefon: {d.phone('se', style=0)}

Mannen
  Namn: {ff} {fe}
  Personnummer: {d.pnr('long', 1985, 1999, sex='m')}
  Samordningsnummer (tidigare): {d.pnr('short-', 1985, 1999, sex='m', samord=True)}

Mannen bekräftar härmed att han är far till barnet. Bekräftelsen har skett digitalt
via e-legitimation. Signatur-id: {d.uuid()}

Handläggare: Familjerättssekreterare, tfn {d.phone('sel', style=0)}
Meddelande har skickats till Skatteverket (ärendereferens {d.lkpnr('long', 2026, 2026)}).
"""


@doc('se-skolfoto-samtycke-csv', 'skolfoto/samtycken-akeskolan-2026.csv', 'school photo consent responses (csv)')
def _(d):
    rows = ['Tidstämpel,Elevens namn,Klass,Elevens personnummer,Vårdnadshavare,E-post,Samtycke publicering,Samtycke katalog']
    for i in range(8):
        s, f, e = who(d)
        vf = d.r.choice(FIRST_F + FIRST_M)
        rows.append(f'2026/01/{14 + i % 5:02d} {9 + i}:0{i}:11 EET,{f} {e},{d.r.choice(["4A", "4B", "5A", "6C"])},{d.pnr(d.r.choice(["long", "short-"]), 2014, 2016, sex=s)},{vf} {e},{d.email(vf, e)},{d.r.choice(["Ja", "Nej"])},Ja')
    return '\n'.join(rows) + '\n'


@doc('se-bytesansokan-lagenhet-json', 'bytesportal/ansokan-{}.json'.format('B-20419'), 'apartment swap application from a landlord portal (json)')
def _(d):
    parts = []
    for i in range(2):
        s, f, e = who(d)
        parts.append({'hyresgast': {'namn': f'{f} {e}', 'personnummer': d.pnr('short', 1950, 1999, sex=s),
                                    'telefon': d.phone('se', style=2), 'epost': d.email(f, e)},
                      'lagenhet': {'objektnummer': f'{d.r.randint(100, 999)}-{d.r.randint(1000, 9999)}-{d.r.randint(1000, 9999)}',
                                   'kontraktsnummer': d.lkpnr('short'), 'rum': d.r.randint(1, 5), 'hyra': d.r.randint(5000, 14000)}})
    return json.dumps({'bytesId': 'B-20419', 'inkommen': '2026-01-18T21:40:02+01:00', 'parter': parts,
                       'skal': 'Behöver större lägenhet', 'status': 'Under handläggning'}, ensure_ascii=False, indent=2) + '\n'


@doc('se-stiftelse-stipendieansokningar-json', 'stiftelsen/ansokningar-2026.json', 'foundation scholarship applications export (json)')
def _(d):
    out = []
    for i in range(5):
        s, f, e = who(d)
        out.append({'id': d.uuid(), 'inskickad': f'2026-01-{5 + i * 3:02d}', 'sokande': f'{f} {e}',
                    'personnummer': d.pnr('long', 1998, 2006, sex=s), 'utbildning': d.r.choice(['Sjuksköterska', 'Civilingenjör', 'Lärare', 'Snickare']),
                    'utbetalning': {'iban': d.iban('SE'), 'bic': d.r.choice(['ESSESESS', 'SWEDSESS', 'HANDSESS', 'NDEASESS'])},
                    'telefon': d.phone('se', style=0), 'belopp_sokt': d.r.choice([10000, 15000, 25000])})
    return json.dumps(out, ensure_ascii=False, indent=2) + '\n'


@doc('se-ideell-forening-registerutdrag-kontroll-csv', 'forening/registerkontroll-ledare-2026.csv', 'voluntary association police record check log for leaders (csv)')
def _(d):
    rows = ['Kontrollnr;Ledare;Personnummer;Utdrag daterat;Utdrag diarienr;Kontrollerat av;Resultat']
    for i in range(7):
        s, f, e = who(d)
        rows.append(f'{i + 1};{f} {e};{d.pnr("short-", 1960, 2005, sex=s)};2026-01-{d.r.randint(2, 18):02d};{d.lkpnr("long-", 2026, 2026)};Ordförande;Inga noteringar')
    return '\n'.join(rows) + '\n'


@doc('se-socialstyrelsen-legitimationsansokan-xml', 'legitimation/ansokningar-batch-0119.xml', 'professional licence applications batch (xml)')
def _(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Ansokningar xmlns="urn:se:legitimation:ansokan:2">']
    for i in range(4):
        s, f, e = who(d)
        sam = i == 3
        out += [f'  <Ansokan diarienummer="{d.lkpnr("long-", 2025, 2026)}">', f'    <Yrke>{d.r.choice(["Sjuksköterska", "Läkare", "Fysioterapeut", "Barnmorska"])}</Yrke>',
                f'    <Person>', f'      <Namn>{f} {e}</Namn>',
                f'      <Identitet typ="{"samordningsnummer" if sam else "personnummer"}">{d.pnr("short-" if i % 2 else "long-", 1975, 2000, sex=s, samord=sam)}</Identitet>',
                f'      <Fodelsedatum>{d.birth(1975, 2000).isoformat()}</Fodelsedatum>' if sam else '',
                f'      <Epost>{d.email(f, e)}</Epost>', '    </Person>',
                f'    <Examen larosate="{d.r.choice(["Umeå universitet", "Karolinska Institutet", "Lunds universitet"])}" datum="2025-06-{d.r.randint(10, 20)}"/>',
                '  </Ansokan>']
    out.append('</Ansokningar>')
    txt = '\n'.join(x for x in out if x) + '\n'
    # the birth date of a samordningsnummer holder in a field named Fodelsedatum is a date of birth
    import re
    for m in re.finditer(r'<Fodelsedatum>([0-9-]+)</Fodelsedatum>', txt):
        d.L('date-of-birth', m.group(1))
    return txt


@doc('se-dansskola-terminsavgifter-csv', 'dansskola/terminsavgifter-vt26.csv', 'dance school term fee invoicing list (csv)')
def _(d):
    rows = ['Kund-nr;Elev;Personnummer elev;Betalare;Personnummer betalare;OCR;Belopp;Förfallodag;Telefon']
    for i in range(7):
        s, f, e = who(d)
        bf = d.r.choice(FIRST_F + FIRST_M)
        ocr = d.lkcard(12, first='1')
        rows.append(f'{d.r.randint(1000, 9999)};{f} {e};{d.pnr("short", 2008, 2018, sex=s)};{bf} {e};{d.pnr("short", 1972, 1990)};{ocr};{d.r.choice([1450, 1850, 2200])};2026-02-15;{d.phone("se", style=1)}')
    return '\n'.join(rows) + '\n'


@doc('se-va-abonnenter-kundlista-csv', 'va/abonnenter-export-2026-01.csv', 'municipal water and sewage subscriber list (csv)')
def _(d):
    rows = ['Anläggnings-id;Fastighetsbeteckning;Kund;Person-/orgnr;Adress;Mätarnummer;Senaste avläsning;Telefon']
    for i in range(8):
        a, pn, c = addr(d.r)
        if i % 4 == 3:
            kund, idn = f'Brf {d.r.choice(["Granen", "Eken", "Ljuset"])} {i}', d.orgnr()
        else:
            s, f, e = who(d)
            kund, idn = f'{e}, {f}', d.pnr('short-', 1940, 1995, sex=s)
        rows.append(f'{d.X("735999" + d.rnd("dig12"))};{c.upper()} {d.r.choice(["TALLEN", "BJÖRKEN", "ÅKERN"])} {d.r.randint(1, 30)}:{d.r.randint(1, 200)};{kund};{idn};{a};{d.intx(8)};{d.day(2025, 2025)};{d.phone("se", style=0) if i % 2 else ""}')
    return '\n'.join(rows) + '\n'


@doc('se-hemsjukvard-lakemedelslista-txt', 'hemsjukvard/lakemedelslista-utskrift.txt', 'home healthcare medication list printout (text)')
def _(d):
    s, f, e = who(d)
    return f"""LÄKEMEDELSLISTA – HEMSJUKVÅRDEN NORRA DISTRIKTET           Utskriven 2026-01-19 10:41
Patient: {f} {e}                               Personnummer: {d.pnr('long-', 1930, 1945, sex=s)}
Adress: {' '.join(addr(d.r))}
Anhörig: {d.r.choice(FIRST_F)} {e}, tfn {d.phone('se', style=0)}
Ordinationsnr: {d.lkpnr('long-')}   Dosdispenserad: Ja   Apotek: Apoteket Nordstjärnan

Läkemedel                   Styrka     Dosering                 Ändamål
Alvedon                     665 mg     1 x 3                    smärta
Eliquis                     2,5 mg     1 x 2                    blodförtunnande
Furix                       40 mg      1 x 1 morgon             vätska
Sertralin                   50 mg      1 x 1                    nedstämdhet

Ansvarig sjuksköterska: tfn {d.phone('sel', style=0)}
Signerad: leg. ssk, HSA-id SE{d.intx(10)}-{d.X(d.rnd('AN5'))}
"""


@doc('se-loneutmatning-beslut-txt', 'kronofogden/utmatning-lon-beslut.txt', 'wage garnishment decision sent to an employer (text)')
def _(d):
    s, f, e = who(d)
    return f"""BESLUT OM UTMÄTNING AV LÖN
Till arbetsgivare: Norrlands Bygg & Montage AB, org.nr {d.orgnr()}

Gäldenär: {f} {e}
Personnummer: {d.pnr('short-', 1970, 1995, sex=s)}
Mål nr: {d.intx(10)}-{d.r.randint(10, 99)}    Beslutsdatum: 2026-01-16

Arbetsgivaren ska från och med löneutbetalningen i februari 2026 göra avdrag
med {d.r.randint(2, 9)} {d.r.randint(100, 999)} kronor per månad och betala in beloppet till
bankgiro {d.r.randint(100, 999)}-{d.r.randint(1000, 9999)} med OCR-nummer {d.lkcard(14, first='1')}.

Förbehållsbelopp: 8 121 kr. Avdraget ska göras vid varje löneutbetalning tills annat meddelas.
Kontakta oss via kronofogden.se. Handläggarens direktnummer {d.phone('sel', style=0)}.
Referens för arbetsgivaren: {d.lkpnr('long-', 2026, 2026)}
"""


@doc('se-arbetsmiljoutbildning-intyg-csv', 'utbildning/bam-intyg-2025.csv', 'work environment training certificates register (csv)')
def _(d):
    rows = ['Intygsnr,Deltagare,Personnummer,Arbetsplats,Kursdatum,Giltigt till,E-post']
    for i in range(7):
        s, f, e = who(d)
        rows.append(f'{d.lkpnr("long", 2025, 2025)},{f} {e},{d.pnr("long-", 1965, 2002, sex=s)},{d.r.choice(["Lager Syd", "Produktion", "Kontor", "Verkstad"])},2025-11-{d.r.randint(3, 28):02d},2028-11-30,{d.email(f, e, domain="norrlandsbygg.se")}')
    return '\n'.join(rows) + '\n'


@doc('se-hastpass-agarregister-csv', 'hast/agarregister-utdrag.csv', 'horse passport owner register extract (csv)')
def _(d):
    rows = ['UELN;Hästens namn;Chipnummer;Född;Ägare;Ägarens personnummer;Telefon;Registrerad ägare sedan']
    for i in range(7):
        s, f, e = who(d)
        ueln = '752004' + d.rnd('dig9')
        d.X(ueln)
        rows.append(f'{ueln};{d.r.choice(["Blixten", "Stjärna", "Tindra", "Maximus", "Vilja", "Prins"])} {d.r.choice(["", "Ö", "S"])};{d.X("752" + d.rnd("dig12"))};{d.r.randint(2005, 2022)};{f} {e};{d.pnr(d.r.choice(["short-", "long"]), 1955, 2005, sex=s)};{d.phone("se", style=0)};{d.day(2015, 2025)}')
    return '\n'.join(rows) + '\n'


@doc('se-ekonomisk-forening-andelsregister-csv', 'forening/andelsregister-2026.csv', 'economic association share register of a village fibre co-op (csv)')
def _(d):
    rows = ['Medlemsnr;Namn;Person-/orgnr;Insats (kr);Inträde;Adress;E-post;Utbetalningskonto']
    for i in range(7):
        a, pn, c = addr(d.r)
        if i == 4:
            rows.append(f'{100 + i};Byns Lanthandel AB;{d.orgnr()};5000;2019-05-01;{a}, {pn} {c};;')
            continue
        s, f, e = who(d)
        rows.append(f'{100 + i};{f} {e};{d.pnr("short-", 1945, 1995, sex=s)};5000;{d.r.randint(2015, 2024)}-0{d.r.randint(1, 9)}-01;{a}, {pn} {c};{d.email(f, e)};{d.iban("SE", spaced=False) if i % 2 else ""}')
    return '\n'.join(rows) + '\n'


@doc('se-gavoavdrag-kontrolluppgift-xml', 'skv/ku/gava-ku70-2025.xml', 'charity gift deduction information return to the tax agency (xml)')
def _(d):
    org = d.orgnr(dash=False)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<Skatteverket omrade="Kontrolluppgifter" xmlns="http://xmls.skatteverket.se/se/skatteverket/ai/instans/infoForBeskattning/8.0"',
           '  xmlns:ku="http://xmls.skatteverket.se/se/skatteverket/ai/komponent/infoForBeskattning/8.0">',
           '  <ku:Avsandare>', '    <ku:Programnamn>Gavoregister 3.1</ku:Programnamn>', f'    <ku:Organisationsnummer>16{org}</ku:Organisationsnummer>',
           f'    <ku:TekniskKontaktperson><ku:Namn>Insamlingsavdelningen</ku:Namn><ku:Telefon>{d.phone("sel", style=0)}</ku:Telefon>'
           f'<ku:Epost>{d.L("email", "ku@hjalpinsamlingen.se")}</ku:Epost></ku:TekniskKontaktperson>',
           '    <ku:Skapad>2026-01-19T10:12:00</ku:Skapad>', '  </ku:Avsandare>',
           f'  <ku:Blankettgemensamt><ku:Uppgiftslamnare><ku:UppgiftslamnarePersOrgnr>16{org}</ku:UppgiftslamnarePersOrgnr></ku:Uppgiftslamnare></ku:Blankettgemensamt>']
    for i in range(5):
        s, f, e = who(d)
        out += ['  <ku:Blankett nummer="2313">', '    <ku:Arendeinformation><ku:Arendeagare>16' + org + '</ku:Arendeagare><ku:Period>2025</ku:Period></ku:Arendeinformation>',
                '    <ku:Blankettinnehall><ku:KU70>', f'      <ku:Inkomstar>2025</ku:Inkomstar>',
                f'      <ku:Gavobelopp faltkod="654">{d.r.choice([2000, 2400, 3600, 6000])}</ku:Gavobelopp>',
                f'      <ku:InkomsttagareKU70><ku:Inkomsttagare faltkod="215">{d.pnr("long", 1940, 2000, sex=s)}</ku:Inkomsttagare><ku:Fornamn>{f}</ku:Fornamn><ku:Efternamn>{e}</ku:Efternamn></ku:InkomsttagareKU70>',
                f'      <ku:UppgiftslamnareKU70><ku:UppgiftslamnarId faltkod="201">16{org}</ku:UppgiftslamnarId></ku:UppgiftslamnareKU70>',
                '    </ku:KU70></ku:Blankettinnehall>', '  </ku:Blankett>']
    out.append('</Skatteverket>')
    return '\n'.join(out) + '\n'


@doc('fi-taloyhtio-asukasluettelo-csv', 'isannointi/asukasluettelo-as-oy-koivukuja.csv', 'finnish housing company resident register (csv)')
def _(d):
    rows = ['Huoneisto;Nimi;Henkilötunnus;Muuttopäivä;Puhelin;Sähköposti;Osakas']
    fn = ['Matti', 'Juha', 'Mikko', 'Anna', 'Laura', 'Sari', 'Jari', 'Tiina', 'Pekka', 'Aino']
    ln = ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen']
    for i in range(7):
        f, e = d.r.choice(fn), d.r.choice(ln)
        rows.append(f'{d.r.choice("ABC")} {d.r.randint(1, 24)};{e} {f};{d.hetu(1940, 2004)};{d.r.randint(1, 28)}.{d.r.randint(1, 12)}.{d.r.randint(1995, 2025)};{d.phone("fi", style=d.r.randint(0, 1))};{d.email(f, e, domain=d.r.choice(["gmail.com", "elisanet.fi", "outlook.com"]))};{d.r.choice(["Kyllä", "Ei"])}')
    return '\n'.join(rows) + '\n'


@doc('fi-verokortti-muutos-txt', 'palkat/verokortit/muutosverokortti-tiedote.txt', 'finnish payroll note listing changed tax cards (text)')
def _(d):
    lines = ['MUUTOSVEROKORTIT – palkanlaskenta, tammikuu 2026', 'Lähde: Verohallinnon verokorttirajapinta, haku 19.1.2026', '',
             f'{"Henkilö":28s}{"Hetu":14s}{"Pidätys-%":10s}{"Tuloraja":10s}Voimassa']
    for i in range(6):
        f = d.r.choice(['Ville', 'Kaisa', 'Eero', 'Minna', 'Antti', 'Heidi'])
        e = d.r.choice(['Lehtonen', 'Salminen', 'Järvinen', 'Koskinen', 'Saarinen'])
        lines.append(f'{e + " " + f:28s}{d.hetu(1960, 2003):14s}{d.r.choice(["18,5", "22,0", "24,5", "31,0"]):10s}{d.r.randint(20, 60)} 000  1.2.2026–31.1.2027')
    lines += ['', f'Haun tunniste: {d.uuid()}', 'Huom. lisäpidätysprosentit tarkistettu, ks. tiketti PALKKA-' + d.intx(4)]
    return '\n'.join(lines) + '\n'


@doc('fi-ylioppilastutkinto-ilmoittautuminen-csv', 'lukio/yo-ilmoittautumiset-k2026.csv', 'finnish matriculation exam registrations (csv)')
def _(d):
    rows = ['Kokelasnumero,Sukunimi,Etunimet,Henkilötunnus,Äidinkieli,Kokeet,Huoltajan puhelin']
    for i in range(7):
        rows.append(f'{d.r.randint(1000, 9999)},{d.r.choice(["Aaltonen", "Rantanen", "Lindholm", "Karjalainen", "Ahonen"])},{d.r.choice(["Emma", "Onni", "Aada", "Leevi", "Ella", "Väinö"])},{d.hetu(2006, 2008)},{d.r.choice(["suomi", "ruotsi"])},"A, M, BI, FY",{d.phone("fi", style=1)}')
    return '\n'.join(rows) + '\n'


@doc('no-borettslag-andelseiere-csv', 'borettslag/andelseiere-2026.csv', 'norwegian housing co-op shareholder list (csv)')
def _(d):
    rows = ['Andelsnr;Leilighet;Navn;Telefon;E-post;Konto for tilbakebetaling']
    fn = ['Ole', 'Kari', 'Lars', 'Ingrid', 'Nora', 'Jonas', 'Sindre', 'Marit']
    ln = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Dahl']
    for i in range(7):
        f, e = d.r.choice(fn), d.r.choice(ln)
        rows.append(f'{i + 1};H0{d.r.randint(1, 4)}0{d.r.randint(1, 4)};{e}, {f};{d.phone("no")};{d.email(f, e, domain=d.r.choice(["online.no", "gmail.com", "hotmail.com"]))};{d.iban("NO") if i % 2 == 0 else ""}')
    return '\n'.join(rows) + '\n'


@doc('dk-grundejerforening-kontingent-csv', 'forening/kontingent-2026.csv', 'danish homeowners association dues list (csv)')
def _(d):
    rows = ['Matr.nr.;Navn;Telefon;E-mail;Kontingent;Betalt;Konto (refusion)']
    fn = ['Mette', 'Søren', 'Jens', 'Anne', 'Lars', 'Camilla', 'Mads']
    ln = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen']
    for i in range(7):
        f, e = d.r.choice(fn), d.r.choice(ln)
        rows.append(f'{d.r.randint(1, 40)}{d.r.choice("abc")};{f} {e};{d.phone("dk")};{d.email(f, e, domain=d.r.choice(["mail.dk", "gmail.com", "live.dk"]))};850;{d.r.choice(["Ja", "Nej"])};{d.iban("DK") if i % 3 == 0 else ""}')
    return '\n'.join(rows) + '\n'


@doc('se-sms-paminnelse-gateway-log', 'var/log/smsgw/paminnelser-2026-01-20.log', 'sms gateway log of appointment reminders with personnummer in the reference (log)')
def _(d):
    lines = []
    for i in range(7):
        s, f, e = who(d)
        p = d.pnr(d.r.choice(['long', 'short']), 1940, 2005, sex=s)
        ph = d.phone('se', style=3)
        uid = d.uuid()
        lines.append(f'2026-01-20T07:{i * 3:02d}:1{i}+01:00 INFO  smsgw.send id={uid} to={ph} ref=pat:{p} tpl=tandvard_paminnelse len=142 status=QUEUED')
        lines.append(f'2026-01-20T07:{i * 3:02d}:1{i + 1}+01:00 INFO  smsgw.dlr  id={uid} status=DELIVERED operator=24001')
    lines.append(f'2026-01-20T07:30:00+01:00 WARN  smsgw.send ref=pat:{d.maskpnr("long")} skipped: opted out')
    lines.append(f'2026-01-20T07:30:01+01:00 INFO  smsgw.batch booking_batch={d.lkpnr("long")} sent=7 skipped=1')
    return '\n'.join(lines) + '\n'
