"""Phones, e-mail, IBAN, birth dates, passports, SSN, NINO and BSN in forms, registers and files."""
import datetime
from registry import doc
from core import asciify


@doc('gedcom-family-tree-ged', 'slakt/familjen-holmberg.ged', 'genealogy GEDCOM export with living relatives')
def gedcom(d):
    out = ['0 HEAD', '1 SOUR Gramps', '2 VERS 5.2.3', '2 NAME Gramps', '1 DATE 19 JAN 2026', '2 TIME 20:14:02',
           '1 SUBM @SUBM@', '1 FILE familjen-holmberg.ged', '1 COPR Copyright (c) 2026 Birgitta Holmberg.', '1 GEDC', '2 VERS 5.5.1',
           '2 FORM LINEAGE-LINKED', '1 CHAR UTF-8', '1 LANG Swedish', '0 @SUBM@ SUBM', '1 NAME Birgitta Holmberg']
    sub_em = d.email('Birgitta', 'Holmberg', style='f.l')
    out.append('1 EMAIL ' + sub_em)
    out.append('1 PHON ' + d.phone('se.mob'))
    i = 1
    # deceased ancestors: year-only or historical dates, unlabelled
    for name, born, died, place in [('Anders /Holmberg/', 'ABT 1861', '14 MAR 1932', 'Ovanåker'), ('Kajsa /Persdotter/', '1866', '2 FEB 1941', 'Alfta'),
                                    ('Olof /Holmberg/', 'ABT 1890', '8 NOV 1958', 'Alfta')]:
        out += ['0 @I%d@ INDI' % i, '1 NAME ' + name, '1 SEX ' + ('F' if 'dotter' in name else 'M'), '1 BIRT', '2 DATE ' + born, '2 PLAC ' + place + ', Gävleborg, Sverige',
                '1 DEAT', '2 DATE ' + died]
        i += 1
    for k in range(5):
        p = d.person('sv')
        dob = d.dob('%d %b %Y', 1938, 2012).upper()
        d.labels[-1] = ('date-of-birth', dob)
        out += ['0 @I%d@ INDI' % i, '1 NAME %s /%s/' % (p.first, p.last), '1 SEX ' + p.sex, '1 BIRT', '2 DATE ' + dob,
                '2 PLAC %s, Sverige' % d.r.choice(['Gävle', 'Bollnäs', 'Stockholm', 'Uppsala'])]
        if k % 2 == 0:
            out.append('1 EMAIL ' + d.email(p.first, p.last))
        if k % 3 == 0:
            out.append('1 PHON ' + d.phone(d.r.choice(['se.mob', 'se.mobi'])))
        out.append('1 NOTE Levande. Uppgifter från släktträffen 2025.')
        i += 1
    out += ['0 @F1@ FAM', '1 HUSB @I1@', '1 WIFE @I2@', '1 CHIL @I3@', '0 TRLR']
    return '\n'.join(out) + '\n'


@doc('us-i9-section1-export-csv', 'hr/i9/section1-export-2026-01.csv', 'us employment eligibility form section 1 export (csv)')
def i9(d):
    rows = ['last_name,first_name,middle_initial,other_last_names,address,city,state,zip,date_of_birth,ssn,email,phone,citizenship_status,uscis_a_number,foreign_passport_number,country_of_issuance,signed_date']
    for k in range(6):
        p = d.person('us')
        st = d.r.choice(['1', '1', '1', '3', '4'])
        rows.append('%s,%s,%s,,%d %s St,%s,%s,%05d,%s,%s,%s,%s,%s,%s,%s,%s,2026-01-%02d' % (
            p.last, p.first, d.r.choice('ABCDEJKLMR'), d.r.randint(100, 9999), d.r.choice(['Oak', 'Maple', 'Pine', 'Cedar', 'Elm']),
            *d.r.choice([('Austin', 'TX'), ('Denver', 'CO'), ('Columbus', 'OH'), ('Raleigh', 'NC')]), d.r.randint(10000, 99999),
            d.dob('%m/%d/%Y', 1960, 2006), d.ssn(d.r.choice(['dash', 'dash', 'plain'])) if d.r.random() < 0.85 else '',
            d.email(p.first, p.last, lang='us') if d.r.random() < 0.7 else '', d.phone(d.r.choice(['us', 'us.d'])) if d.r.random() < 0.5 else '', st,
            ('A' + d.intn(9)) if st == '3' else '', d.passport(d.r.choice(['in', 'de', 'es'])) if st == '4' else '',
            {'4': 'India'}.get(st, ''), d.r.randint(5, 16)))
    return '\n'.join(rows) + '\n'


@doc('us-efw2-wage-file-txt', 'payroll/W2REPORT-2025.txt', 'us social security administration EFW2 wage report (fixed-width)')
def efw2(d):
    ein = d.intn(9)
    out = [('RA%s%s%s' % (ein, ' ' * 8, 'ACMEPAY SERVICES LLC'.ljust(57)))[:100].ljust(100) + '0' * 12,
           ('RE2025 %s%s%s' % (' ' * 4, ein, 'NORTHWIND LOGISTICS INC'.ljust(57))).ljust(120)]
    for k in range(6):
        p = d.person('us')
        ssn = d.ssn('plain')
        d.glue_ok.add(ssn)   # fixed-width record: RW<ssn><first name>
        wages = d.r.randint(3200000, 9800000)
        out.append(('RW%s%-15s%-15s%-20s    %-22s%-22s%-22s%s%s' % (
            ssn, p.first.upper(), d.r.choice('ABCDEFGHJKLM'), p.last.upper(), '%d %s AVE' % (d.r.randint(10, 999), d.r.choice(['LAKE', 'PARK', 'RIVER'])),
            '', d.r.choice(['SEATTLE', 'TACOMA', 'SPOKANE']), 'WA' + '%05d' % d.r.randint(98000, 99400),
            '%011d%011d%011d' % (wages, int(wages * 0.12), wages))))
    out.append('RT%07d%015d' % (6, 0))
    out.append('RF%s%09d' % (' ' * 5, 6))
    return '\n'.join(out) + '\n'


@doc('uk-hmrc-cis-verification-request-xml', 'cis/verification-request-2026-01-19.xml', 'uk construction industry scheme subcontractor verification request (xml)')
def cis(d):
    subs = []
    for k in range(5):
        p = d.person('en')
        subs.append('''      <Subcontractor>
        <Action>verify</Action>
        <Type>soletrader</Type>
        <Name><Ttl>%s</Ttl><Fore>%s</Fore><Sur>%s</Sur></Name>
        <UTR>%s</UTR>
        <NINO>%s</NINO>
%s      </Subcontractor>''' % ('Ms' if p.sex == 'F' else 'Mr', p.first, p.last, d.intn(10), d.nino(d.r.choice(['plain', 'plain', 'sp'])),
                                 ('        <Telephone>%s</Telephone>\n' % d.phone(d.r.choice(['gb.mob', 'gb.land']))) if k % 2 == 0 else ''))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<GovTalkMessage xmlns="http://www.govtalk.gov.uk/CM/envelope">
  <EnvelopeVersion>2.0</EnvelopeVersion>
  <Header>
    <MessageDetails><Class>IR-CIS-VERIFY</Class><Qualifier>request</Qualifier><Function>submit</Function></MessageDetails>
    <SenderDetails><IDAuthentication><SenderID>%s</SenderID><Authentication><Method>clear</Method><Role>principal</Role><Value>********</Value></Authentication></IDAuthentication></SenderDetails>
  </Header>
  <Body>
    <IRenvelope xmlns="http://www.govtalk.gov.uk/taxation/CISrequest">
      <CISrequest>
        <Contractor><UTR>%s</UTR><AOref>123PP%s</AOref></Contractor>
%s
        <Declaration>yes</Declaration>
      </CISrequest>
    </IRenvelope>
  </Body>
</GovTalkMessage>
''' % (d.X('BRICKLANE' + d.intn(4)), d.intn(10), d.intn(8), '\n'.join(subs))


@doc('de-bewerbung-formular-export-txt', 'bewerbungen/2026-01/bewerbung-7731.txt', 'german job application web form export (text)')
def bewerbung(d):
    p = d.person('de')
    return d.T('''Bewerbung über das Karriereportal – Eingang 19.01.2026 08:41
Stelle: Sachbearbeiter/in Finanzbuchhaltung (m/w/d), Kennziffer FB-2026-04

Anrede:            Frau
Vorname:           ⟨$fn⟩
Nachname:          ⟨$ln⟩
Geburtsdatum:      ⟨dob:%d.%m.%Y@1978-2001⟩
Staatsangehörigkeit: deutsch
Straße:            Lindenallee 14
PLZ/Ort:           50968 Köln
Telefon:           ⟨ph:de.land⟩
Mobil:             ⟨ph:de.mob⟩
E-Mail:            ⟨$em⟩
Frühester Eintritt: 01.04.2026
Gehaltsvorstellung: 52.000 EUR brutto p.a.

Fahrtkostenerstattung Vorstellungsgespräch (Bankverbindung):
Kontoinhaber:      ⟨$fn⟩ ⟨$ln⟩
IBAN:              ⟨iban:DE.sp⟩
BIC:               COLSDE33XXX

Anlagen: Lebenslauf.pdf, Zeugnisse.pdf, Anschreiben.pdf
Datenschutzeinwilligung: erteilt (Löschung nach 6 Monaten)
''', fn=p.first, ln=p.last, em=d.email(p.first, p.last, lang='de'))


@doc('nl-huurder-inschrijving-json', 'api/inschrijvingen/woningzoekende-4471.json', 'dutch housing applicant registration api body (json)')
def huurder(d):
    p, q = d.person('nl'), d.person('nl')

    def bsn():
        while True:
            ds = [d.r.randint(0, 9) for _ in range(8)]
            if ds[0] == 0:
                continue
            s = sum(x * w for x, w in zip(ds, range(9, 1, -1)))
            c = s % 11
            if c < 10:
                v = ''.join(map(str, ds)) + str(c)
                return d.L('nl-bsn', v)
    return d.T('''{
  "inschrijfnummer": "⟨int:8⟩",
  "ingeschreven_op": "2026-01-19",
  "aanvrager": {
    "voorletters": "⟨$i1⟩",
    "achternaam": "⟨$l1⟩",
    "geboortedatum": "⟨dob:%Y-%m-%d@1984-1996⟩",
    "bsn": "⟨$b1⟩",
    "telefoon": "⟨ph:nl.mob⟩",
    "email": "⟨$e1⟩",
    "iban": "⟨iban:NL⟩"
  },
  "medeaanvrager": {
    "voorletters": "⟨$i2⟩",
    "achternaam": "⟨$l2⟩",
    "geboortedatum": "⟨dob:%Y-%m-%d@1984-1996⟩",
    "bsn": "⟨$b2⟩",
    "telefoon": "⟨ph:nl.mobi⟩"
  },
  "huishouden": { "personen": 3, "bruto_jaarinkomen": 58400, "kinderen_geboortejaren": [2019] },
  "voorkeuren": { "plaatsen": ["Utrecht", "Nieuwegein"], "max_huur": 1100, "min_kamers": 3 }
}
''', i1=p.first[0] + '.', l1=p.last, b1=bsn(), e1=d.email(p.first, p.last, lang='nl'), i2=q.first[0] + '.', l2=p.last, b2=bsn())


@doc('fr-dossier-inscription-creche-txt', 'creche/dossier-inscription-2026-0113.txt', 'french daycare enrolment file (text)')
def creche(d):
    m, pa = d.person('fr'), d.person('fr')
    return d.T('''CRÈCHE MUNICIPALE « LES PETITS LOUPS » — DOSSIER D'INSCRIPTION N° 2026-0113

ENFANT
Nom : ⟨$ln⟩            Prénom : ⟨fn:fr⟩
Date de naissance : ⟨dob:%d/%m/%Y@2025-2025⟩ (née à Lyon 3e)
Date d'entrée souhaitée : 01/09/2026 — 4 jours/semaine

RESPONSABLE LÉGAL 1
Nom : ⟨$ln⟩   Prénom : ⟨$mf⟩
Né(e) le : ⟨dob:%d/%m/%Y@1986-1995⟩
Portable : ⟨ph:fr.mob⟩     Courriel : ⟨$me⟩
Employeur : Hospices Civils de Lyon

RESPONSABLE LÉGAL 2
Nom : ⟨$pl⟩   Prénom : ⟨$pf⟩
Né(e) le : ⟨dob:%d/%m/%Y@1984-1994⟩
Portable : ⟨ph:fr.mobd⟩

Numéro allocataire CAF : ⟨int:7⟩
Prélèvement SEPA — IBAN : ⟨iban:FR.sp⟩  BIC : CCBPFRPPLYO
Personne autorisée à venir chercher l'enfant : ⟨name:fr⟩, ⟨ph:fr.mob⟩

Pièces jointes : justificatif de domicile, avis d'imposition 2025, carnet de vaccinations.
''', ln=m.last, mf=m.first, me=d.email(m.first, m.last, lang='fr'), pl=pa.last, pf=pa.first)


@doc('clinical-trial-screening-log-csv', 'trial/NW-2291/screening-log-site04.csv', 'clinical trial site screening log (csv)')
def clinical(d):
    rows = ['screening_id,initials,date_of_birth,sex,phone,email,referral_source,screen_date,eligible,reason']
    for k in range(7):
        p = d.person('en')
        el = d.r.choice(['Y', 'N', 'Y'])
        rows.append('S04-%03d,%s%s,%s,%s,%s,%s,%s,2026-01-%02d,%s,%s' % (
            k + 1, p.first[0], p.last[0], d.dob('%d/%m/%Y', 1948, 1990), d.r.choice('MF'), d.phone(d.r.choice(['gb.mob', 'gb.mobi'])) if d.r.random() < 0.6 else '',
            d.email(p.first, p.last, lang='en') if d.r.random() < 0.4 else '', d.r.choice(['GP letter', 'website', 'clinic']),
            d.r.randint(5, 16), el, '' if el == 'Y' else d.r.choice(['"HbA1c out of range"', '"on excluded medication"', '"withdrew consent"'])))
    return '\n'.join(rows) + '\n'


@doc('school-trip-consent-form-responses-csv', 'trips/Berlin-2026-consent (Responses).csv', 'online form responses for a school trip abroad (csv)')
def schooltrip(d):
    rows = ['Timestamp,Email Address,Student full name,Student date of birth,Passport number,Passport expiry,Nationality,Parent/guardian name,Parent mobile,Emergency contact number,Medical info,Consent']
    for k in range(5):
        s, g = d.person('en'), d.person('en')
        nat = d.r.choice(['British', 'British', 'British', 'Irish', 'Polish'])
        pp = d.passport({'British': 'gb', 'Irish': 'gb', 'Polish': 'pl'}[nat])
        rows.append('%s,%s,%s %s,%s,%s,%s,%s,%s %s,%s,%s,%s,Yes' % (
            '2026/01/%02d %02d:%02d:%02d' % (d.r.randint(5, 18), d.r.randint(7, 22), d.r.randint(0, 59), d.r.randint(0, 59)),
            d.email(g.first, s.last, lang='en'), s.first, s.last, d.dob('%d/%m/%Y', 2010, 2011), pp,
            '%02d/%02d/%d' % (d.r.randint(1, 28), d.r.randint(1, 12), d.r.randint(2027, 2034)), nat, g.first, s.last,
            d.phone('gb.mob'), d.phone(d.r.choice(['gb.mob', 'gb.land'])) if d.r.random() < 0.3 else 'as parent', d.r.choice(['None', 'Asthma - inhaler', 'Nut allergy (EpiPen)', 'None'])))
    return '\n'.join(rows) + '\n'


@doc('exchange-student-host-placement-json', 'placements/2026-27/placement-ES-0412.json', 'exchange student host family placement record (json)')
def exchange_student(d):
    p = d.person('es')
    return d.T('''{
  "placement_id": "⟨ulid⟩",
  "program": "High School Year 2026/27",
  "arrival": "2026-08-17",
  "student": {
    "first_name": "⟨$fn⟩",
    "last_name": "⟨$ln⟩",
    "date_of_birth": "⟨dob:%Y-%m-%d@2009-2010⟩",
    "nationality": "Spanish",
    "passport": { "number": "⟨pp:es⟩", "expiry": "2031-03-14" },
    "email": "⟨$em⟩",
    "mobile": "⟨ph:es.mobi⟩"
  },
  "natural_parent": { "name": "⟨name:es⟩", "relation": "mother", "phone": "⟨ph:es.mobi⟩" },
  "host_family": { "family_name": "Lindqvist", "town": "Umeå", "phone": "⟨ph:se.mobi⟩", "pets": ["cat"] },
  "school": "Dragonskolan, Umeå",
  "insurance_policy": "⟨AN:10⟩"
}
''', fn=p.first, ln=p.last, em=d.email(p.first, p.last, lang='es'))


@doc('pain001-salary-credit-transfer-xml', 'bank/out/pain001-lon-2026-01-25.xml', 'iso 20022 customer credit transfer initiation for salaries (pain.001)')
def pain001(d):
    txs = []
    for k in range(6):
        p = d.person(d.r.choice(['sv', 'sv', 'fi', 'de']))
        cc = {'sv': 'SE', 'fi': 'FI', 'de': 'DE'}[p.lang]
        txs.append('''      <CdtTrfTxInf>
        <PmtId><EndToEndId>LON2601-%03d</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="SEK">%d.00</InstdAmt></Amt>
        <Cdtr><Nm>%s</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Lön januari 2026</Ustrd></RmtInf>
      </CdtTrfTxInf>''' % (k + 1, d.r.randint(24000, 52000), p.full, d.iban(cc)))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>LON-2026-01-25-001</MsgId>
      <CreDtTm>2026-01-22T14:03:11</CreDtTm>
      <NbOfTxs>6</NbOfTxs>
      <InitgPty><Nm>Norrlands Trä AB</Nm><Id><OrgId><Othr><Id>%s</Id></Othr></OrgId></Id></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>LON2601</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <PmtTpInf><CtgyPurp><Cd>SALA</Cd></CtgyPurp></PmtTpInf>
      <ReqdExctnDt><Dt>2026-01-25</Dt></ReqdExctnDt>
      <Dbtr><Nm>Norrlands Trä AB</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>HANDSESS</BICFI></FinInstnId></DbtrAgt>
%s
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
''' % (d.orgnr(dash=False), d.iban('SE'), '\n'.join(txs))
