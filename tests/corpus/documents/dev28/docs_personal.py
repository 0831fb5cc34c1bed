"""E-mail, phones of many countries, birth dates in many languages, passports, national ids, IP addresses."""
import datetime
import json

from registry import doc
from core import fmtdate


@doc('mautic-contacts-export-csv', 'mautic/contacts-export-2026-01-20.csv', 'marketing automation contacts export (csv)')
def _(d):
    rows = ['id,firstname,lastname,email,mobile,phone,company,country,points,last_active']
    data = [('Lena', 'Holm', 'se', 'Sweden'), ('Thomas', 'Becker', 'de', 'Germany'), ('Chloé', 'Martin', 'fr', 'France'),
            ('James', 'Walker', 'uk', 'United Kingdom'), ('Emily', 'Carter', 'us', 'United States'), ('Marco', 'Rossi', 'it', 'Italy'),
            ('Sanne', 'Jansen', 'nl', 'Netherlands'), ('Aarav', 'Sharma', 'in', 'India')]
    for i, (f, l, cc, country) in enumerate(data):
        dom = {'se': 'telia.com', 'de': 'web.de', 'fr': 'orange.fr', 'uk': 'btinternet.com', 'us': 'gmail.com', 'it': 'libero.it', 'nl': 'ziggo.nl', 'in': 'rediffmail.com'}[cc]
        rows.append(f'{3300 + i},{f},{l},{d.email(f.replace("é", "e"), l, domain=dom)},{d.phone(cc, style=0)},,{l} {d.r.choice(["AB", "GmbH", "SARL", "Ltd", "Inc", "Srl", "BV", "Pvt Ltd"])},{country},{d.r.randint(0, 90)},2026-01-{d.r.randint(1, 19):02d} {d.r.randint(8, 20)}:{d.r.randint(10, 59)}:00')
    return '\n'.join(rows) + '\n'


@doc('ics-calendar-invite-attendees-ics', 'mail/invite-styrgrupp.ics', 'calendar invitation with attendees and a dial-in number (ics)')
def _(d):
    org = d.email('Karin', 'Lindqvist', domain='regionnord.se', style=0)
    a1 = d.email('Per', 'Sandberg', domain='regionnord.se', style=0)
    a2 = d.email('Sofie', 'Nielsen', domain='konsulthuset.dk', style=2)
    return f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{d.uuid()}
DTSTAMP:20260119T101500Z
DTSTART;TZID=W. Europe Standard Time:20260127T130000
DTEND;TZID=W. Europe Standard Time:20260127T143000
SUMMARY;LANGUAGE=sv-SE:Styrgrupp digitalisering
LOCATION:Sal Björken / Teams
ORGANIZER;CN="Karin Lindqvist":mailto:{org}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Per Sandberg":mailto:{a1}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sofie Nielsen":mailto:{a2}
DESCRIPTION;LANGUAGE=sv-SE:Ring in via telefon om Teams krånglar: Karin mobil {d.phone('se', style=0)}\\, Sofie {d.phone('dk', style=0)}\\nKonferens-ID: {d.intx(9)}#
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


@doc('whatsapp-cloud-api-webhook-json', 'webhooks/wa-inbound-20260119.jsonl', 'messaging cloud api inbound webhook payloads (jsonl)')
def _(d):
    out = []
    biz = d.L('phone', '4610' + d.rnd('dig7'))
    for cc, name, text in [('se', 'Elin', 'Hej, kan jag flytta min tid till torsdag?'), ('no', 'Kari', 'Hei! Er pakken sendt?'),
                           ('de', 'Jonas', 'Guten Tag, ich habe eine Frage zur Rechnung'), ('es', 'Lucía', 'Hola, ¿tienen cita mañana?')]:
        ph = d.phone(cc, style=0 if cc != 'no' else 2)
        wa = ''.join(ch for ch in ph if ch.isdigit())
        if cc == 'se' and ph.startswith('0'):
            wa = '46' + wa[1:]
        d.L('phone', wa)
        out.append(json.dumps({'object': 'whatsapp_business_account', 'entry': [{'id': d.intx(15), 'changes': [{'field': 'messages', 'value': {
            'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': biz, 'phone_number_id': d.intx(15)},
            'contacts': [{'profile': {'name': name}, 'wa_id': wa}],
            'messages': [{'from': wa, 'id': 'wamid.' + d.anx(40), 'timestamp': str(1768820000 + d.r.randint(0, 9999)), 'type': 'text', 'text': {'body': text}}]}}]}]},
            ensure_ascii=False))
        d.labels = [l for l in d.labels if l[1] != ph]
    return '\n'.join(out) + '\n'


@doc('es-matricula-escolar-xml', 'matricula/solicitudes-2026.xml', 'spanish school enrolment applications (xml)')
def _(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<solicitudesMatricula curso="2026-2027" centro="IES Mediterráneo">']
    for i in range(4):
        dob = d.birth(2010, 2012)
        out += [f'  <solicitud numero="{d.intx(7)}">', f'    <alumno>',
                f'      <nombre>{d.r.choice(["Lucía", "Hugo", "Martina", "Pablo", "Sofía"])}</nombre><apellidos>{d.r.choice(["García", "López", "Martínez"])} {d.r.choice(["Sánchez", "Pérez", "Gómez"])}</apellidos>',
                f'      <fechaNacimiento>{d.L("date-of-birth", dob.strftime("%d/%m/%Y"))}</fechaNacimiento>',
                f'      <dni>{d.dni(nie=(i == 3))}</dni>', '    </alumno>',
                f'    <tutor><nombre>{d.r.choice(["María", "José", "Carmen"])}</nombre><telefono>{d.phone("es", style=1)}</telefono><email>{d.email(domain="gmail.com")}</email></tutor>',
                f'    <fechaSolicitud>2026-01-{10 + i:02d}</fechaSolicitud>', '  </solicitud>']
    out.append('</solicitudesMatricula>')
    return '\n'.join(out) + '\n'


@doc('jp-rirekisho-txt', 'saiyo/rirekisho-ocr-0042.txt', 'ocr text of a japanese resume form')
def _(d):
    dob = d.birth(1990, 2000)
    return f"""履 歴 書                         2026年 1月 15日現在
ふりがな   やまもと はるか
氏名       山本 遥
生年月日   {d.glue(d.L('date-of-birth', fmtdate(dob, 'ja')))}生 (満 {2025 - dob.year} 歳)     性別 女
現住所     〒160-0022 東京都新宿区新宿3丁目
電話       {d.phone('jp')}
E-mail     {d.email('haruka', 'yamamoto', domain='docomo.ne.jp', style=0)}

学歴・職歴
2013年 3月   東京都立新宿高等学校 卒業
2017年 3月   早稲田大学 商学部 卒業
2017年 4月   株式会社ノルディック商事 入社 (社員番号 {d.intx(6)})
"""


@doc('hotel-group-rooming-list-csv', 'groups/rooming-list-KONF-0312.csv', 'conference hotel rooming list with passport numbers and birth dates (csv)')
def _(d):
    rows = ['Room,Last name,First name,Nationality,Date of birth,Passport number,Passport expiry,Arrival,Departure']
    for cc, nat, fn, ln in [('de', 'DEU', 'Lukas', 'Schneider'), ('fr', 'FRA', 'Camille', 'Dubois'), ('us', 'USA', 'Olivia', 'Brooks'),
                            ('it', 'ITA', 'Giulia', 'Ferrari'), ('nl', 'NLD', 'Daan', 'Visser'), ('in', 'IND', 'Priya', 'Nair'),
                            ('pl', 'POL', 'Zofia', 'Kowalska')]:
        rows.append(f'{d.r.randint(201, 540)},{ln},{fn},{nat},{d.dob("%d.%m.%Y", 1965, 2000)},{d.passport(cc)},{d.r.randint(1, 28):02d}.{d.r.randint(1, 12):02d}.{d.r.randint(2027, 2034)},12.03.2026,15.03.2026')
    return '\n'.join(rows) + '\n'


@doc('uk-rti-fps-employee-extract-csv', 'payroll/fps-extract-2026-m10.csv', 'uk payroll full payment submission employee extract (csv)')
def _(d):
    rows = ['PayrollID,Forename,Surname,NINO,BirthDate,Gender,TaxCode,TaxablePay,TaxDeducted,StartDate']
    for i in range(6):
        rows.append(f'{d.intx(5)},{d.r.choice(["Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava"])},{d.r.choice(["Smith", "Jones", "Taylor", "Brown", "Wilson"])},{d.nino()},{d.dob("%Y-%m-%d", 1960, 2004)},{d.r.choice("MF")},{d.r.choice(["1257L", "BR", "K475", "D0"])},{d.r.randint(1500, 6000)}.00,{d.r.randint(100, 1500)}.40,{d.day(2015, 2025)}')
    rows.append(f'{d.intx(5)},Mia,Evans,,,F,0T M1,0.00,0.00,2026-01-05')
    return '\n'.join(rows) + '\n'


@doc('nl-loonstrook-txt', 'salaris/loonstrook-2026-01-0417.txt', 'dutch payslip (text)')
def _(d):
    return f"""LOONSTROOK januari 2026                        Bakkerij Van Dijk B.V.
Werknemer : S. de Boer                          Personeelsnr : {d.intx(5)}
BSN       : {d.bsn()}                            Geboortedatum: {d.dob('%d-%m-%Y', 1970, 2003)}
IBAN      : {d.iban('NL')}               Loonheffingsnr: {d.intx(9)}L01
Dienstverband: 32 uur per week                   Datum in dienst: 01-04-2021

Omschrijving                    Aantal        Tarief        Bedrag
Salaris                          138,67        21,40      2.967,54
Vakantietoeslag (reservering)                                 237,40
Loonheffing                                                  -421,88
Pensioenpremie                                               -144,10
Netto                                                       2.401,56
"""


@doc('de-personalfragebogen-txt', 'personal/neueinstellung/personalfragebogen-2026-02.txt', 'german new-hire personnel questionnaire (text)')
def _(d):
    return f"""PERSONALFRAGEBOGEN (Neueinstellung zum 01.02.2026)
Firma: Müller Haustechnik GmbH, Personalnummer: {d.intx(5)}

Name, Vorname:            Wagner, Jana
Geburtsname:              Schulz
Geburtsdatum:             {d.dob('long', 1985, 2002, lang='de')}
Geburtsort:               Dresden
Staatsangehörigkeit:      deutsch
Steuer-Identifikationsnummer: {d.steuer(spaced=True)}
Steuerklasse / Faktor:    I / –
Sozialversicherungsnummer: {d.r.randint(10, 65)} {d.r.randint(100000, 311299)} W {d.r.randint(100, 999)}
Krankenkasse:             AOK Plus
IBAN:                     {d.iban('DE')}
Telefon (mobil):          {d.phone('de', style=1)}
Reisepass-Nr. (für Auslandsmontage): {d.passport('de')}
"""


@doc('fr-attestation-vitale-txt', 'rh/attestations/attestation-droits-0193.txt', 'french health insurance rights certificate (text)')
def _(d):
    return f"""ATTESTATION DE DROITS À L'ASSURANCE MALADIE
Caisse primaire d'assurance maladie de la Gironde

Assuré(e) : Madame LEFEBVRE Claire
Numéro de sécurité sociale : {d.nir(sex=2)}
Date de naissance : {d.dob('long', 1975, 1998, lang='fr')}
Adresse : 14 rue des Vignes, 33000 Bordeaux
Téléphone : {d.phone('fr', style=1)}

Droits ouverts du 01/01/2026 au 31/12/2026
Organisme d'affiliation : 01 331 {d.r.randint(1000, 9999)}
Médecin traitant déclaré : oui
Référence du document : {d.uuid()}
"""


@doc('it-busta-paga-txt', 'paghe/cedolino-gennaio-2026-0088.txt', 'italian payslip header (text)')
def _(d):
    dob = d.birth(1972, 2000)
    return f"""CEDOLINO PAGA – GENNAIO 2026            Ditta: Trattoria Da Enzo S.r.l.  P.IVA {d.intx(11)}
Dipendente: BIANCHI LUCA                  Matricola: {d.intx(4)}
Codice fiscale: {d.cf('Bianchi', 'Luca', dob)}
Data di nascita: {d.L('date-of-birth', dob.strftime('%d/%m/%Y'))}     Qualifica: Cuoco   Livello: 4
IBAN accredito: {d.iban('IT')}
Retribuzione lorda: 2.140,00   Netto in busta: 1.612,37
"""


@doc('in-kyc-aadhaar-json', 'kyc/onboarding/cust-44910-ekyc.json', 'indian fintech onboarding ekyc record (json)')
def _(d):
    dob = d.birth(1980, 2002)
    rec = {'customer_id': 'CUST' + d.intx(8), 'status': 'VERIFIED', 'name': 'Rohit Kumar Verma',
           'aadhaar_number': d.aadhaar(), 'aadhaar_ref_id': d.uuid(), 'dob': d.L('date-of-birth', dob.strftime('%d-%m-%Y')),
           'mobile': d.phone('in', style=0), 'email': d.email('rohit', 'verma', domain='gmail.com', style=0),
           'pan_verified': True, 'ckyc_number': d.intx(14), 'created_at': '2026-01-19T11:02:44+05:30'}
    return json.dumps(rec, ensure_ascii=False, indent=2) + '\n'


@doc('us-w9-intake-form-json', 'vendors/intake/w9-submission-7713.json', 'us vendor onboarding w-9 form submission (json)')
def _(d):
    rec = {'submission_id': d.uuid(), 'form': 'W-9 (Rev. March 2024)', 'name': 'Daniel R. Moore', 'business_name': 'Moore Woodworks',
           'tax_classification': 'individual/sole proprietor', 'tin_type': 'SSN', 'tin': d.ssn(),
           'address': {'street': '1180 Maple Ave', 'city': 'Madison', 'state': 'WI', 'zip': '53703'},
           'phone': d.phone('us', style=0), 'email': d.email('daniel', 'moore', domain='moorewoodworks.com', style=2),
           'signed_at': '2026-01-16T15:40:12-06:00', 'ein_example_from_instructions': '12-3456789'}
    d.X('12-3456789')
    return json.dumps(rec, indent=2) + '\n'


@doc('postfix-maillog-client-ips', 'var/log/maillog', 'postfix mail log with client addresses and recipients')
def _(d):
    lines = []
    for i in range(5):
        qid = d.X(d.rnd('HEX10'))
        ip = d.ipv4()
        rcpt = d.email(domain=d.r.choice(['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com']))
        lines.append(f'Jan 20 06:1{i}:0{i} mx1 postfix/smtpd[{2200 + i}]: connect from unknown[{ip}]')
        lines.append(f'Jan 20 06:1{i}:0{i} mx1 postfix/smtpd[{2200 + i}]: {qid}: client=unknown[{ip}], sasl_method=PLAIN, sasl_username=kassa{i}')
        lines.append(f'Jan 20 06:1{i}:0{i + 1} mx1 postfix/smtp[{3300 + i}]: {qid}: to=<{rcpt}>, relay=mx.{rcpt.split("@")[1]}[10.9.{i}.1]:25, delay=0.8, dsn=2.0.0, status=sent (250 2.0.0 OK)')
    lines.append('Jan 20 06:20:00 mx1 postfix/smtpd[2299]: disconnect from localhost[127.0.0.1] ehlo=1 quit=1 commands=2')
    return '\n'.join(lines) + '\n'


@doc('nginx-access-log-ipv6', 'var/log/nginx/bokning.access.log', 'nginx access log with ipv6 and ipv4 clients')
def _(d):
    lines = []
    for i in range(6):
        ip = d.ipv6() if i % 2 == 0 else d.ipv4()
        lines.append(f'{ip} - - [20/Jan/2026:09:{10 + i}:2{i} +0100] "GET /api/v1/tider?datum=2026-01-2{i} HTTP/2.0" 200 {d.r.randint(300, 9000)} "https://bokning.tandvarden-nord.se/" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1" rid={d.hexx(32)}')
    lines.append('10.20.4.11 - - [20/Jan/2026:09:20:00 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"')
    lines.append('2001:db8:4:1::17 - - [20/Jan/2026:09:20:01 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "synthetic-check/2.0"')
    return '\n'.join(lines) + '\n'
