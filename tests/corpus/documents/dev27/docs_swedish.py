"""Swedish registers, letters and files with personnummer beside date-shaped Luhn-valid look-alikes."""
import datetime
from registry import doc

GATOR = ['Storgatan', 'Kyrkogatan', 'Björkvägen', 'Skolgatan', 'Ringvägen', 'Tallstigen', 'Ängsvägen', 'Parkgatan',
         'Strandvägen', 'Idrottsvägen', 'Lärkgatan', 'Granvägen', 'Hantverkargatan', 'Åsvägen', 'Södra Vägen',
         'Norra Allén', 'Bäckvägen', 'Kvarngatan', 'Smedjegatan', 'Rosenlundsgatan']
ORTER = [('Gävle', '802'), ('Västerås', '722'), ('Örebro', '703'), ('Linköping', '582'), ('Umeå', '903'),
         ('Växjö', '352'), ('Karlstad', '652'), ('Sundsvall', '852'), ('Luleå', '972'), ('Halmstad', '302'),
         ('Kalmar', '392'), ('Falun', '791'), ('Östersund', '831'), ('Borås', '504'), ('Uppsala', '753')]


BARN = ['Alva', 'Elsa', 'Maja', 'Saga', 'Wilma', 'Liam', 'Noah', 'Hugo', 'William', 'Nils', 'Ella', 'Olivia', 'Astrid',
        'Alice', 'Leo', 'Elias', 'Vera', 'Selma', 'Theo', 'Matteo', 'Ebbe', 'Juni', 'Lo', 'Melvin', 'Iris', 'Sigge']
BARN_F = {'Alva', 'Elsa', 'Maja', 'Saga', 'Wilma', 'Ella', 'Olivia', 'Astrid', 'Alice', 'Vera', 'Selma', 'Juni', 'Lo', 'Iris'}


def barn(d, last):
    from core import Person
    p = Person(d.r.choice(BARN), last, 'sv')
    p.sex = 'F' if p.first in BARN_F else 'M'
    return p


def adress(d):
    ort, pn = d.r.choice(ORTER)
    return '%s %d' % (d.r.choice(GATOR), d.r.randint(1, 80)), '%s %02d' % (pn, d.r.randint(10, 99)), ort


def hhmm(d, h0=8, h1=16):
    return '%02d:%02d' % (d.r.randint(h0, h1), d.r.choice([0, 15, 20, 30, 40, 45]))


def day(d, y=2026, m0=1, m1=3):
    return datetime.date(y, d.r.randint(m0, m1), d.r.randint(1, 28))


@doc('se-vapenlicens-ansokningar-csv', 'polisen/vapenlicens/ansokningar-2026-01.csv', 'swedish weapon licence applications register (csv)')
def vapen(d):
    rows = ['Diarienummer;Inkom;Sökande;Personnummer;Vapentyp;Kaliber;Jägarexamen;Telefon;Status']
    typer = [('Kulgevär', '6,5x55'), ('Hagelgevär', '12/70'), ('Kulgevär', '.308 Win'), ('Salongsgevär', '.22 LR'),
             ('Pistol (målskytte)', '9x19'), ('Kombinationsvapen', '12/70 + 9,3x74R')]
    for i in range(7):
        p = d.person('sv')
        inkom = day(d, 2026, 1, 1)
        t = d.r.choice(typer)
        rows.append('%s;%s;%s;%s;%s;%s;%s;%s;%s' % (
            d.lkpnr('long-', date=inkom), inkom.isoformat(), p.full, d.pnr('long-', 1950, 2006, sex=p.sex), t[0], t[1],
            d.r.choice(['Ja', 'Ja', 'Ja', 'Nej (skytteförening)']), d.phone(d.r.choice(['se.mob', 'se.mob0'])) if d.r.random() < 0.35 else '',
            d.r.choice(['Under handläggning', 'Beviljad', 'Komplettering begärd', 'Väntar på intyg'])))
    return '\n'.join(rows) + '\n'


@doc('se-nummerportering-order-json', 'telekom/portering/ordrar-20260119.json', 'swedish mobile number porting orders (json)')
def portering(d):
    items = []
    for i in range(6):
        p = d.person('sv')
        dt = day(d, 2026, 1, 2)
        items.append('''    {
      "ordernummer": "%s",
      "typ": "%s",
      "abonnent": { "namn": "%s", "personnummer": "%s", "epost": "%s" },
      "nummer": "%s",
      "avlamnande_operator": "%s",
      "simkort_iccid": "%s",
      "onskat_datum": "%s",
      "status": "%s"
    }''' % (d.lkpnr('long', date=dt), d.r.choice(['PRIVAT', 'PRIVAT', 'FORETAG']), p.full, d.pnr('long', 1945, 2007, sex=p.sex),
            d.email(p.first, p.last) if d.r.random() < 0.5 else '', d.phone('se.mobe'), d.r.choice(['Telia', 'Tele2', 'Telenor', 'Tre', 'Comviq']),
            d.X('8946' + d.intn(15)), (dt + datetime.timedelta(days=5)).isoformat(),
            d.r.choice(['BEKRAFTAD', 'SKICKAD', 'AVVISAD_FEL_PNR', 'KLAR'])))
    return '{\n  "batch": "%s",\n  "ordrar": [\n%s\n  ]\n}\n' % (d.ulid(), ',\n'.join(items))


@doc('se-bredband-orderlista-csv', 'fiber/orderlista-etapp3.csv', 'swedish fibre broadband order list (csv)')
def bredband(d):
    rows = ['Ordernr,Kund,Personnr,Adress,Postnr,Ort,Telefon,E-post,Tjänst,Installationsdatum,Fastighetsbeteckning']
    for i in range(6):
        p = d.person('sv')
        a, pn, ort = adress(d)
        inst = day(d, 2026, 2, 4)
        rows.append('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s' % (
            d.lkpnr('short-', date=day(d, 2026, 1, 1)), p.full, d.pnr('short-', 1940, 2004, sex=p.sex), a, pn, ort,
            d.phone(d.r.choice(['se.mob', 'se.land'])) if d.r.random() < 0.7 else '', d.email(p.first, p.last) if d.r.random() < 0.35 else '',
            d.r.choice(['250/250', '500/500', '1000/1000']), inst.isoformat(),
            '%s %s:%d' % (ort.upper(), d.r.choice(['BJÖRKEN', 'LINDEN', 'ÄNGEN', 'MOSSEN']), d.r.randint(1, 40))))
    rows.append('%s,Bostadsrättsföreningen Linden 4,%s,%s,%s,%s,%s,%s,1000/1000 (kollektivt),%s,' % (
        d.lkpnr('short-'), d.orgnr(), *adress(d), d.phone('se.land'), d.role_email('brflinden4.se', 'styrelsen'), day(d, 2026, 3, 3).isoformat()))
    return '\n'.join(rows) + '\n'


@doc('se-namnbyte-ansokan-xml', 'skv/namnbyte/ansokningar-export.xml', 'swedish name change applications export (xml)')
def namnbyte(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Namnansokningar exportdatum="2026-01-19" enhet="Namnenheten">']
    for i in range(4):
        p = d.person('sv')
        nytt = d.r.choice(['Fjällström', 'Ekvall', 'Sjölund', 'Björkman', 'Lövgren', 'Silfver', 'Granlund'])
        out.append('  <Ansokan>')
        out.append('    <Arendenummer>%s</Arendenummer>' % d.lkpnr('long-', date=day(d, 2026, 1, 1)))
        out.append('    <Sokande>')
        out.append('      <Personnummer>%s</Personnummer>' % d.pnr('long', 1960, 2000, sex=p.sex))
        out.append('      <NuvarandeNamn>%s</NuvarandeNamn>' % p.full)
        out.append('      <OnskatEfternamn>%s</OnskatEfternamn>' % nytt)
        if d.r.random() < 0.5:
            out.append('      <Telefon>%s</Telefon>' % d.phone('se.mob'))
        out.append('    </Sokande>')
        if d.r.random() < 0.7:
            for _ in range(d.r.randint(1, 2)):
                b = barn(d, p.last)
                out.append('    <Barn><Personnummer>%s</Personnummer><Fornamn>%s</Fornamn><SammaNamn>ja</SammaNamn></Barn>' % (d.pnr('long', 2012, 2023, sex=b.sex), b.first))
        out.append('    <Avgift betald="true" belopp="%d"/>' % d.r.choice([450, 550]))
        out.append('  </Ansokan>')
    out.append('</Namnansokningar>')
    return '\n'.join(out) + '\n'


@doc('se-tjanstebil-formansvarde-csv', 'lon/formaner/tjanstebilar-2026.csv', 'swedish payroll company car benefit list (csv)')
def tjanstebil(d):
    rows = ['Anst.nr;Namn;Personnummer;Leasingavtal;Regnr;Modell;Nybilspris;Extrautrustning;Förmånsvärde/mån;Drivmedel;Kostnadsställe']
    modeller = [('Volvo XC60 T6 Recharge', 729000), ('Kia EV6', 559900), ('VW ID.4 Pro', 529900), ('Tesla Model Y', 499990),
                ('Volvo V60 B4', 489000), ('Škoda Enyaq 85', 549900), ('Toyota RAV4 Hybrid', 459900)]
    for i in range(7):
        p = d.person('sv')
        m = d.r.choice(modeller)
        reg = d.X('%s%s%d%s' % (d.s('ABCDEFGHJKLMNOPRSTUWXYZ', 3), '', d.r.randint(10, 99), d.s('0123456789ABCDEFGHJKLMNPRSTUWXYZ', 1)))
        rows.append('%d;%s;%s;%s;%s;%s;%d;%d;%d;%s;%d' % (
            d.r.randint(1000, 4999), p.full, d.pnr(d.r.choice(['long-', 'long']), 1960, 1998, sex=p.sex),
            d.lkpnr(d.r.choice(['long-', 'long']), 2023, 2025), reg, m[0], m[1],
            d.r.choice([0, 12000, 18500, 24900]), d.r.randint(2900, 7800), d.r.choice(['El', 'Laddhybrid', 'Bensin']),
            d.r.choice([4100, 4200, 5300, 6100])))
    return '\n'.join(rows) + '\n'


@doc('se-lotteri-vinnarlista-txt', 'lotteri/vinnarlista-julotteriet-2025.txt', 'swedish association lottery winner list (text)')
def lotteri(d):
    lines = ['IFK SKOGSBYN – JULLOTTERIET 2025', 'Dragning 2026-01-10 under övervakning av kontrollant. Tillstånd %s.' % d.lkpnr('long-', date=datetime.date(2025, 10, 2)),
             '', 'Vinster över 1 000 kr betalas ut mot uppvisande av legitimation. Personnummer krävs för kontrolluppgift.', '',
             '%-8s %-34s %-28s %-16s %s' % ('Lott', 'Vinst', 'Vinnare', 'Personnr', 'Utbetald')]
    vinster = ['Presentkort ICA 5 000 kr', 'Cykel Crescent', 'Grill Weber', 'Presentkort 1 000 kr', 'Middag för två',
               'Hotellnatt Åre', 'Presentkort 2 000 kr', 'Robotdammsugare']
    for v in vinster:
        p = d.person('sv')
        lott = '%05d' % d.r.randint(1, 9999)
        if d.r.random() < 0.25:
            pnr = '%02d%02d%02d-XXXX' % (d.r.randint(50, 99), d.r.randint(1, 12), d.r.randint(1, 28))
        else:
            pnr = d.pnr('short-', 1945, 2005, sex=p.sex)
        lines.append('%-8s %-34s %-28s %-16s %s' % (lott, v, p.full, pnr, d.r.choice(['2026-01-12', '2026-01-14', 'ej hämtad', '2026-01-15 (Swish)'])))
    lines += ['', 'Frågor: kansliet ' + d.phone('se.land') + ', ' + d.role_email('ifkskogsbyn.se', 'kansli')]
    return '\n'.join(lines) + '\n'


@doc('se-fullmakt-ombud-txt', 'brev/fullmakt-bank-och-myndigheter.txt', 'swedish power of attorney document (text)')
def fullmakt(d):
    a = d.person('sv')
    while a.sex != 'F':
        a = d.person('sv')
    son = d.person('sv')
    while son.sex != 'M':
        son = d.person('sv')
    aa = adress(d)
    return d.T('''FULLMAKT

Härmed befullmäktigar jag

  Namn:           ⟨$a⟩
  Personnummer:   ⟨$pa⟩
  Adress:         ⟨$adr⟩

min son

  Namn:           ⟨$b⟩
  Personnummer:   ⟨$pb⟩
  Telefon:        ⟨ph:se.mob⟩

att för min räkning företräda mig gentemot bank (Swedbank, kontonummer 8327-9, ⟨int:10⟩),
Försäkringskassan, Skatteverket, Pensionsmyndigheten och vårdgivare, samt att
ta del av och kvittera handlingar som rör mig.

Fullmakten gäller från och med undertecknandet och tills vidare, dock längst
till och med 2027-12-31. Fullmakten kan återkallas när som helst.

Referens hos banken: ⟨$ref⟩

Ort och datum: Gävle, 2026-01-16

Underskrift: _________________________

Bevittnas:
1. ⟨name:sv⟩, ⟨pnr:short-⟩
2. ⟨name:sv⟩ (legitimation kontrollerad, körkort nr ⟨int:9⟩)
''', a=a.full, b=son.first + ' ' + a.last, adr='%s, %s %s' % aa,
        pa=d.pnr('long-', 1934, 1946, sex='F'), pb=d.pnr('long-', 1960, 1978, sex='M'),
        ref=d.lkpnr('long-', date=datetime.date(2026, 1, 14)))


@doc('se-hittegods-register-csv', 'hittegods/register-jan-2026.csv', 'swedish lost property register with identified owners (csv)')
def hittegods(d):
    rows = ['Fyndnummer,Inlämnat,Föremål,Fyndplats,Identifierad ägare,Personnummer,Telefon,Underrättad,Status']
    foremal = ['Plånbok (brun) med ID-kort', 'Körkort', 'Ryggsäck med dator', 'Mobiltelefon', 'Nyckelknippa',
               'Pass', 'Handväska med bankkort', 'Glasögon', 'Paraply']
    for f in foremal:
        dt = day(d, 2026, 1, 1)
        if f in ('Nyckelknippa', 'Glasögon', 'Paraply', 'Mobiltelefon'):
            rows.append('%s,%s,%s,%s,,,,,Ej identifierad' % (d.lkpnr('long-', date=dt), dt.isoformat(), f, d.r.choice(['Buss 11', 'Centralstationen', 'Resecentrum', 'Simhallen'])))
            continue
        p = d.person('sv')
        rows.append('%s,%s,"%s",%s,%s,%s,%s,%s,%s' % (
            d.lkpnr('long-', date=dt), dt.isoformat(), f, d.r.choice(['Tåg 8712', 'Stadsbiblioteket', 'Taxi', 'Buss 2', 'Ishallen']),
            p.full, d.pnr('long-', 1950, 2008, sex=p.sex), d.phone('se.mob') if d.r.random() < 0.4 else '', d.r.choice(['brev', 'sms', 'telefon']),
            d.r.choice(['Utlämnat', 'Väntar', 'Skickat till Polisen'])))
    return '\n'.join(rows) + '\n'


@doc('se-mammografi-kallelse-csv', 'screening/kallelser-vecka05.csv', 'swedish breast screening invitation list (csv)')
def mammografi(d):
    rows = ['KallelseID;Personnummer;Namn;Utdelningsadress;Postnr;Ort;Tid;Mottagning;Ombokad;Mobil']
    for i in range(9):
        p = d.person('sv')
        while p.first in ('Erik', 'Lars', 'Johan', 'Anders', 'Mikael', 'Per', 'Fredrik', 'Jonas', 'Oskar', 'Nils', 'Viktor',
                          'Gustav', 'Henrik', 'Björn', 'Mattias', 'Rasmus', 'Sebastian', 'Pontus', 'Tobias', 'Hampus',
                          'Joakim', 'Ludvig', 'Magnus', 'Axel', 'Kalle', 'Göran', 'Leif'):
            p = d.person('sv')
        a, pn, ort = adress(d)
        t = day(d, 2026, 1, 2)
        rows.append('%s;%s;%s;%s;%s;%s;%s %s;%s;%s;%s' % (
            d.lkpnr('long', date=t), d.pnr('long', 1952, 1986, sex=p.sex), p.full, a, pn, ort, t.isoformat(), hhmm(d),
            d.r.choice(['Mammografi Centrum', 'Mobila enheten (Hudiksvall)', 'Mammografi Södra']),
            d.r.choice(['', '', 'J']), d.phone('se.mob0') if d.r.random() < 0.3 else ''))
    return '\n'.join(rows) + '\n'


@doc('se-glasogonbidrag-ansokan-json', 'api/glasogonbidrag/ansokningar-batch-17.json', 'swedish children\'s glasses subsidy applications (json)')
def glasogon(d):
    items = []
    for i in range(4):
        vh = d.person('sv')
        barn = globals()['barn'](d, vh.last)
        items.append('''  {
    "ansokningsnummer": "%s",
    "barn": { "namn": "%s", "personnummer": "%s" },
    "vardnadshavare": { "namn": "%s", "personnummer": "%s", "mobil": %s, "epost": "%s" },
    "optiker": { "namn": "%s", "organisationsnummer": "%s" },
    "kvittonummer": "%s",
    "kostnad": %d,
    "bidrag": %d,
    "glasogonrecept_datum": "%s"
  }''' % (d.lkpnr('long-', date=day(d, 2026, 1, 1)), barn.full, d.pnr('long-', 2009, 2019, sex=barn.sex), vh.full,
          d.pnr('long-', 1972, 1992, sex=vh.sex), ('"%s"' % d.phone('se.mobi')) if i % 2 == 0 else 'null', d.email(vh.first, vh.last),
          d.r.choice(['Synsam Gävle', 'Specsavers Sandviken', 'Optiker Lindqvist', 'Smarteyes Valbo']), d.orgnr(),
          d.lkpnr('short', date=day(d, 2025, 11, 12)), d.r.randint(900, 2800), 800,
          day(d, 2025, 9, 12).isoformat()))
    return '[\n' + ',\n'.join(items) + '\n]\n'


@doc('se-hjalpmedel-utlan-csv', 'hjalpmedel/utlan-aktiva-2026-01.csv', 'swedish assistive devices loan register (csv)')
def hjalpmedel(d):
    rows = ['Utlåningsnr;Artikelnr;Benämning;Individnr;Brukare;Personnummer;Förskrivare;Utlämnad;Återlämnas']
    art = [('204467', 'Duschpall'), ('118920', 'Manuell rullstol Etac'), ('402211', 'Toalettförhöjning'),
           ('558013', 'Vårdsäng'), ('771502', 'Griptång'), ('313307', 'Rollator inomhus'), ('620118', 'Trygghetslarm-knapp')]
    for a in art:
        p = d.person('sv')
        old = d.r.random() < 0.15
        pnr = d.pnr('short+', 1920, 1925, sex=p.sex) if old else d.pnr(d.r.choice(['short-', 'long-']), 1928, 1960, sex=p.sex)
        ut = day(d, 2025, 1, 12)
        rows.append('%s;%s;%s;%s;%s;%s;%s;%s;%s' % (
            d.lkpnr('long', date=ut if ut.year >= 2024 else day(d, 2025)), a[0], a[1], d.intn(8), p.full, pnr,
            d.r.choice(['Arbetsterapeut Åsa H', 'Fysioterapeut Nils B', 'Distriktssköterska Maria K']), ut.isoformat(),
            d.r.choice(['tills vidare', '2026-06-30', '2026-03-31'])))
    return '\n'.join(rows) + '\n'


@doc('se-modersmal-anmalan-csv', 'grundskola/modersmal/anmalningar-vt26.csv', 'swedish mother tongue tuition registrations (csv)')
def modersmal(d):
    rows = ['Anmälan,Elevens personnummer,Elevens namn,Skola,Årskurs,Språk,Vårdnadshavare,Telefon vårdnadshavare,E-post,Anmäld']
    sprak = ['arabiska', 'somaliska', 'persiska', 'finska', 'polska', 'bosniska', 'spanska', 'dari']
    for s in sprak:
        v = d.person('sv')
        b = barn(d, v.last)
        anm = d.lkpnr('long', date=datetime.date(2026, 1, d.r.randint(2, 18)))
        pn = d.pnr(d.r.choice(['long-', 'long']), 2011, 2019, sex=b.sex) if d.r.random() > 0.15 else d.sam('long-', 2011, 2018, sex=b.sex)
        ak = 2025 - int(pn[:4]) - 6
        rows.append('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s' % (
            anm, pn, b.full, d.r.choice(['Björkskolan', 'Hagaskolan', 'Västra skolan', 'Ängsskolan']), 'F' if ak < 1 else str(ak), s,
            v.full, d.phone(d.r.choice(['se.mob', 'se.mobi'])) if d.r.random() < 0.4 else '', d.email(v.first, v.last) if d.r.random() < 0.4 else '',
            day(d, 2026, 1, 1).isoformat()))
    return '\n'.join(rows) + '\n'


@doc('se-hogskoleprov-resultat-csv', 'uhr/hogskoleprov/resultat-prov-h25-urval.csv', 'swedish scholastic aptitude test results extract (csv)')
def hogskoleprov(d):
    rows = ['Provdatum;Personnummer;Efternamn;Förnamn;Provort;Verbal del;Kvantitativ del;Normerad total;Anmälningskod']
    for i in range(8):
        p = d.person('sv')
        v, k = d.r.randint(20, 78) / 40, d.r.randint(20, 78) / 40
        rows.append(('2025-10-19;%s;%s;%s;%s;%.2f;%.2f;%.2f;' % (
            d.pnr(d.r.choice(['short-', 'long-']), 1985, 2008, sex=p.sex), p.last, p.first,
            d.r.choice(['Uppsala', 'Gävle', 'Falun', 'Borlänge']), min(v, 2.0), min(k, 2.0), min((v + k) / 2, 2.0))).replace('.', ',')
            + d.X('HP25H-' + d.s('0123456789', 7)))
    return '\n'.join(rows) + '\n'


@doc('se-golfklubb-medlemsregister-csv', 'golf/medlemmar-fakturering-2026.csv', 'swedish golf club member register for invoicing (csv)')
def golf(d):
    rows = ['GolfID;Medlemsnr;Namn;Personnummer;Medlemskategori;Hcp;Årsavgift;Mobil;E-post;Autogiro;Fakturanr']
    for i in range(8):
        p = d.person('sv')
        bd = d.rdate(1945, 2008)
        pnr = d.L('se-personnummer', d._pnr(bd, 'long-', sex=p.sex))
        gid = d.X(bd.strftime('%y%m%d') + '-' + '%03d' % d.r.randint(1, 99))
        rows.append('%s;%s;%s;%s;%s;%.1f;%d;%s;%s;%s;%s' % (
            gid, d.lkpnr('long-', max(bd.year + 8, 1990), 2025), p.full, pnr, 'Junior' if bd.year >= 2004 else d.r.choice(['Senior', 'Senior vardag', 'Greenfee-medlem']),
            d.r.randint(20, 360) / 10, d.r.choice([2400, 6900, 8900, 11500]), d.phone('se.mob') if d.r.random() < 0.5 else '',
            d.email(p.first, p.last) if d.r.random() < 0.5 else '',
            d.r.choice(['Ja', 'Nej']), d.lkpnr('short', date=datetime.date(2026, 1, d.r.randint(2, 16)))))
    return '\n'.join(rows) + '\n'


@doc('se-trygghetslarm-kunder-csv', 'omsorg/trygghetslarm/kunder-aktiva.csv', 'swedish municipal personal alarm customer list (csv)')
def trygghetslarm(d):
    rows = ['Kundnr,Namn,Personnummer,Adress,Larmtelefon,Anhörig,Anhörig telefon,Nyckelnr,Larmenhet IMEI,Startdatum,Beslut']
    for i in range(7):
        p, a = d.person('sv'), d.person('sv')
        old = d.r.random() < 0.2
        adr = adress(d)
        rows.append('%d,%s,%s,"%s, %s %s",%s,%s,%s,N-%03d,%s,%s,%s' % (
            d.r.randint(20000, 29999), p.full, d.pnr('short+', 1918, 1925, sex=p.sex) if old else d.pnr('short-', 1926, 1950, sex=p.sex),
            adr[0], adr[1], adr[2], d.phone('se.land') if d.r.random() < 0.6 else 'via larmcentral', a.first + ' ' + p.last, d.phone('se.mob') if d.r.random() < 0.3 else '',
            d.r.randint(1, 400), d.imei(), day(d, 2024, 1, 12).isoformat(), d.lkpnr('long-', 2024, 2025)))
    return '\n'.join(rows) + '\n'


@doc('se-k4-aktieforsaljning-sru', 'deklaration/sru/BLANKETTER.SRU', 'swedish tax return SRU file with K4 forms')
def sru(d):
    out = []
    for i in range(4):
        p = d.person('sv')
        out += ['#BLANKETT K4-2025P4', '#IDENTITET %s 20260119 %s' % (d.pnr('long', 1950, 1995), '%02d%02d%02d' % (d.r.randint(8, 18), d.r.randint(0, 59), d.r.randint(0, 59))),
                '#NAMN %s' % p.full]
        n = 3100
        for aktie in d.r.sample(['Investor B', 'Volvo B', 'Ericsson B', 'Atlas Copco A', 'SEB A', 'Hennes & Mauritz B', 'Sandvik'], 2):
            antal = d.r.randint(10, 400)
            fp = antal * d.r.randint(80, 300)
            ob = int(fp * d.r.uniform(0.6, 1.2))
            out += ['#UPPGIFT %d %d' % (n, antal), '#UPPGIFT %d %s' % (n + 1, aktie), '#UPPGIFT %d %d' % (n + 2, fp),
                    '#UPPGIFT %d %d' % (n + 3, ob), '#UPPGIFT %d %d' % (n + 4 if fp > ob else n + 5, abs(fp - ob))]
            n += 10
        out.append('#BLANKETTSLUT')
    out.append('#FIL_SLUT')
    return '\n'.join(out) + '\n'


@doc('se-k10-underlag-txt', 'deklaration/K10-underlag-2025.txt', 'swedish closely held company shareholder K10 worksheet (text)')
def k10(d):
    a, b = d.person('sv'), d.person('sv')
    return d.T('''UNDERLAG K10 – INKOMSTÅR 2025 (förenklingsregeln / huvudregeln)
Bolag: Lindqvist Snickeri & Bygg AB, org.nr ⟨orgnr⟩
Räkenskapsår: 2025-01-01 – 2025-12-31

Delägare 1: ⟨$a⟩, personnummer ⟨pnr:long-⟩
  Antal aktier: 600 av 1 000 (60 %)
  Omkostnadsbelopp: 30 000 kr
  Sparat utdelningsutrymme från föregående år: 212 480 kr
  Lönebaserat utrymme: ej uppfyllt lönekravet
  Utdelning beslutad på årsstämma 2026-05-12: 180 000 kr

Delägare 2: ⟨$b⟩, personnummer ⟨pnr:long-⟩
  Antal aktier: 400 av 1 000 (40 %)
  Omkostnadsbelopp: 20 000 kr
  Sparat utdelningsutrymme: 141 650 kr

Gränsbelopp enligt förenklingsregeln (2,75 IBB 2024 = 209 550 kr) fördelas efter ägarandel.
Kontrolluppgift KU31 lämnas av bolaget, referens ⟨lkpnr:long⟩.

Byrå: Redovisningsbyrån Norrtull, ⟨ph:se.land⟩, ⟨em:role@redovisning-norrtull.se⟩
''', a=a.full, b=b.full)


@doc('se-namndeman-forteckning-txt', 'tingsratt/namndeman-2024-2027.txt', 'swedish district court lay judge roster (text)')
def namndeman(d):
    lines = ['GÄVLE TINGSRÄTT – NÄMNDEMÄN MANDATPERIODEN 2024–2027', 'Internt underlag för kallelser. Får ej lämnas ut utan sekretessprövning.', '',
             '%-26s %-14s %-6s %-34s %-16s %s' % ('Namn', 'Personnr', 'Parti', 'Adress', 'Telefon', 'E-post')]
    for i in range(7):
        p = d.person('sv')
        a = adress(d)
        lines.append('%-26s %-14s %-6s %-34s %-16s %s' % (
            p.full, d.pnr(d.r.choice(['short-', 'short']), 1948, 1990, sex=p.sex), d.r.choice(['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP']),
            '%s, %s %s' % a, d.phone('se.mob') if d.r.random() < 0.6 else '-', d.email(p.first, p.last) if d.r.random() < 0.5 else '-'))
    lines += ['', 'Tjänstgöringslistor skickas ut senast den 20:e varje månad. Frågor: ' + d.role_email('dom.se', 'gavle.tingsratt') + ', ' + d.phone('se.land')]
    return '\n'.join(lines) + '\n'


@doc('se-gron-teknik-avdrag-csv', 'skv/gron-teknik/begaran-2026-01.csv', 'swedish green technology tax reduction request file (csv)')
def gronteknik(d):
    rows = ['Köparens personnummer;Fakturanummer;Betalningsdatum;Typ av installation;Arbetskostnad;Materialkostnad;Begärt belopp;Fastighetsbeteckning/BRF orgnr']
    for i in range(8):
        typ = d.r.choice(['Nätanslutet solcellssystem', 'Laddningspunkt till elfordon', 'System för lagring av egenproducerad elenergi'])
        arb, mat = d.r.randint(8000, 40000), d.r.randint(20000, 120000)
        pct = 0.15 if typ.startswith('Nät') else 0.5
        bet = day(d, 2026, 1, 1)
        fast = '%s %s:%d' % (d.r.choice(['GÄVLE', 'SANDVIKEN', 'HOFORS']), d.r.choice(['TALLEN', 'SKOGEN', 'VÄGEN']), d.r.randint(1, 60)) if d.r.random() < 0.7 else d.orgnr()
        rows.append('%s;%s;%s;%s;%d;%d;%d;%s' % (d.pnr('long', 1945, 1995), d.lkpnr('long', date=bet), bet.isoformat(), typ, arb, mat, int((arb + mat) * pct), fast))
    return '\n'.join(rows) + '\n'


@doc('se-fjarrvarme-kundregister-csv', 'energi/fjarrvarme/kunder-export.csv', 'swedish district heating customer register (csv)')
def fjarrvarme(d):
    rows = ['Kundnr,Kundtyp,Namn,Person-/orgnr,Anläggnings-ID,Adress,Telefon,E-post,Avtal,Senaste faktura']
    for i in range(7):
        if d.r.random() < 0.25:
            rows.append('%d,Företag,%s,%s,%s,"%s, %s %s",%s,%s,Företag Bas' % (
                d.r.randint(100000, 199999), d.r.choice(['Bostadsrättsföreningen Granen', 'Fastighets AB Kvarnen', 'Sandvikens Hyreshus AB']),
                d.orgnr(), d.X('735999' + d.s('0123456789', 12)), *adress(d), d.phone('se.land'), d.role_email('fastighet-kvarnen.se')) + ',' + d.lkpnr('long', date=datetime.date(2026, 1, 5)))
            continue
        p = d.person('sv')
        rows.append('%d,Privat,%s,%s,%s,"%s, %s %s",%s,%s,%s' % (
            d.r.randint(100000, 199999), p.full, d.pnr(d.r.choice(['short-', 'long-', 'long']), 1940, 1995, sex=p.sex),
            d.X('735999' + d.s('0123456789', 12)), *adress(d), d.phone(d.r.choice(['se.mob', 'se.land'])) if d.r.random() < 0.45 else '',
            d.email(p.first, p.last) if d.r.random() < 0.3 else '',
            d.r.choice(['Villa Bas', 'Villa Fast pris 3 år', 'Villa Rörligt'])) + ',' + d.lkpnr('long', date=datetime.date(2026, 1, 5)))
    return '\n'.join(rows) + '\n'


@doc('se-adressandring-bekraftelse-eml', 'mail/bekraftelse-adressandring.eml', 'swedish address change confirmation e-mail')
def adressandring(d):
    a = d.person('sv')
    b = d.person('sv')
    em = d.email(a.first, a.last)
    ny, gammal = adress(d), adress(d)
    return d.T('''From: Svensk Adressändring <⟨$frm⟩>
To: ⟨$em⟩
Subject: Bekräftelse på din adressändring (ärende ⟨lkpnr:long-⟩)
Date: Mon, 19 Jan 2026 10:12:40 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej ⟨$fn⟩!

Vi har tagit emot din anmälan om adressändring. Följande personer flyttar:

  ⟨$a⟩         ⟨pnr:long-⟩
  ⟨$b⟩         ⟨pnr:long-⟩
  ⟨$c⟩         ⟨pnr:long-⟩ (barn)

Tidigare adress: ⟨$gammal⟩
Ny adress:       ⟨$ny⟩
Gäller från:     2026-02-01
Eftersändning:   6 månader (tjänst beställd, betalas via faktura)

Företag som får den nya adressen: banker, försäkringsbolag, tidningar m.fl.
Folkbokföringen hos Skatteverket ska anmälas separat via skatteverket.se.

Har du frågor? Ring ⟨ph:se.land⟩ vardagar 8–17.

Med vänliga hälsningar
Svensk Adressändring
''', frm=d.role_email('adressandring.se', 'kundservice'), em=em, fn=a.first, a=a.full, b=b.first + ' ' + a.last,
        c=d.person('sv').first + ' ' + a.last, gammal='%s, %s %s' % gammal, ny='%s, %s %s' % ny)


@doc('se-prao-platser-elevlista-csv', 'grundskola/prao/prao-v11-elevlista.csv', 'swedish school work experience placement list (csv)')
def prao(d):
    rows = ['Klass;Elev;Personnummer;Arbetsplats;Praoavtal;Handledare;Handledare telefon;Elevens mobil;Allergier/övrigt']
    platser = ['ICA Kvantum Valbo', 'Brandstationen', 'Förskolan Solrosen', 'Bilverkstan Nord', 'Stadsbiblioteket',
               'Djursjukhuset', 'Byggfirman Eriksson', 'Sandvikens sjukhus kök', 'Frisörsalong Lyx']
    for pl in platser:
        e, h = d.person('sv'), d.person('sv')
        rows.append('%s;%s;%s;%s;%s;%s;%s;%s;%s' % (
            d.r.choice(['8A', '8B', '8C']), e.full, d.pnr(d.r.choice(['long-', 'short-']), 2011, 2012, sex=e.sex), pl,
            d.lkpnr('short-', date=datetime.date(2025, 12, d.r.randint(1, 19))), h.full,
            d.phone(d.r.choice(['se.mob', 'se.land'])) if d.r.random() < 0.4 else 'växeln', d.phone('se.mob0') if d.r.random() < 0.2 else '',
            d.r.choice(['', '', 'nötallergi', 'astma', 'glutenfri kost'])))
    return '\n'.join(rows) + '\n'


@doc('se-horselvard-tidbok-csv', 'horselvard/tidbok-2026-01-26.csv', 'swedish hearing care clinic appointment book (csv)')
def horsel(d):
    rows = ['Tid,Personnummer,Namn,Besökstyp,Audionom,Remiss-ID,Telefon,Tolk']
    for i in range(9):
        p = d.person('sv')
        rows.append('2026-01-26 %s,%s,%s,%s,%s,%s,%s,%s' % (
            hhmm(d), d.pnr(d.r.choice(['long-', 'long']), 1930, 2015, sex=p.sex), p.full,
            d.r.choice(['Nybesök', 'Utprovning', 'Uppföljning', 'Service hörapparat']), d.r.choice(['Karin A', 'Mats B', 'Leila C']),
            d.lkpnr('long-', date=day(d, 2025, 10, 12)), d.phone(d.r.choice(['se.mob', 'se.land'])) if d.r.random() < 0.35 else '', d.r.choice(['', '', 'arabiska', 'teckenspråk'])))
    return '\n'.join(rows) + '\n'
