"""Telephone numbers of many countries and notations in CRM exports, call
records, SMS / WhatsApp webhooks, vCards, HL7 / FHIR, signatures, forms and chat."""
from gen_common import *

COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IN', 'SE', 'NL', 'ES', 'IT', 'BR', 'JP', 'AU', 'MX', 'ZA', 'NG', 'CN', 'SG', 'AE', 'PL', 'IE', 'CH', 'KE', 'PH', 'KR', 'CA']
CITY = {'US': 'Austin', 'GB': 'Leeds', 'DE': 'Köln', 'FR': 'Lyon', 'IN': 'Pune', 'SE': 'Malmö', 'NL': 'Utrecht', 'ES': 'Sevilla', 'IT': 'Torino',
        'BR': 'Curitiba', 'JP': 'Osaka', 'AU': 'Brisbane', 'MX': 'Monterrey', 'ZA': 'Durban', 'NG': 'Lagos', 'CN': 'Shenzhen', 'SG': 'Singapore',
        'AE': 'Dubai', 'PL': 'Kraków', 'IE': 'Cork', 'CH': 'Basel', 'KE': 'Nairobi', 'PH': 'Cebu', 'KR': 'Busan', 'CA': 'Ottawa'}

def ns_phone(d, c=None):
    """a phone written without spaces (CSV cells, ids)"""
    return d.L('phone', phone(c, pick(['e164', 'nat'])).replace(' ', ''))

def fict():
    return lk('fictitious-phone', FICTIONAL_PHONES())

@tpl(2)
def crm_export_csv(i):
    d = Doc(f'crm/salesforce/contacts-export-{i}.csv')
    rows = ['Id,FirstName,LastName,Account.Name,Email,Phone,MobilePhone,Fax,MailingCity,MailingCountry,LastModifiedDate,Description']
    for n in range(R.randint(10, 13)):
        c = pick(COUNTRIES)
        f, l = person()
        dom = pick(COMPANY_DOMAINS)
        ph = d.phone(c) if n % 7 else fict()
        mob = d.phone(c, pick(['intl', 'nat', 'e164'])) if chance(0.7) else ''
        fax = d.phone(c, 'intl') if chance(0.2) else ''
        desc = pick([f'Lead {a_uuid()}', f'Order {order_no()} follow-up', f'Met at expo {logts(ts(), "%Y-%m-%d")}', f'Ext. {R.randint(100, 999)}', f'Ticket #{R.randint(100000, 999999)}'])
        rows.append(','.join(['003' + rs(15, AN), f, l, '"' + dom.split('.')[0].replace('-', ' ').title() + '"', d.email(f, l, dom) if chance(0.8) else '',
                              '"' + ph + '"', '"' + mob + '"', '"' + fax + '"', CITY[c], c, iso(), '"' + desc + '"']))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def hubspot_contacts(i):
    d = Doc('crm/hubspot/contacts-batch-read.json')
    res = []
    for n in range(R.randint(6, 8)):
        c = pick(COUNTRIES)
        f, l = person()
        props = {'firstname': f, 'lastname': l, 'email': d.email(f, l), 'phone': d.phone(c, 'intl'),
                 'mobilephone': d.phone(c, 'e164') if chance(0.6) else None, 'hs_object_id': str(R.randint(10**9, 10**10)),
                 'createdate': iso(), 'lastmodifieddate': iso(), 'hs_whatsapp_phone_number': None,
                 'zip': rs(5, DG), 'annualrevenue': str(R.randint(10**5, 10**8))}
        res.append({'id': props['hs_object_id'], 'properties': props, 'createdAt': props['createdate'], 'archived': False})
    return d, json.dumps({'status': 'COMPLETE', 'results': res, 'startedAt': iso(), 'completedAt': iso()}, indent=2, ensure_ascii=False) + '\n'

@tpl(1)
def asterisk_cdr(i):
    d = Doc('telephony/asterisk/Master.csv')
    rows = []
    t = ts()
    for n in range(R.randint(12, 15)):
        t = stepts(t, R.randint(10, 900))
        inbound = chance(0.6)
        ext = str(R.randint(200, 299))
        f, l = person()
        num = phone(pick(['DE', 'DE', 'GB', 'US', 'NL', 'SE']), pick(['e164', 'e164', 'nat'])).replace(' ', '')
        num = d.L('phone', num)
        if inbound:
            src, dst, clid = num, ext, f'"{f} {l}" <{num}>'
            d.again(num)
        else:
            src, dst, clid = ext, num, f'"Ext {ext}" <{ext}>'
        dur = R.randint(0, 1800)
        rows.append(','.join(['""', f'"{src}"', f'"{dst}"', '"from-trunk"' if inbound else '"from-internal"', clid.replace('"', '""').join(['"', '"']),
                              f'"SIP/trunk-{rs(8, LO + DG)}"', f'"SIP/{ext}-{rs(8, LO + DG)}"', '"Dial"', f'"SIP/{ext},30"',
                              f'"{t.strftime("%Y-%m-%d %H:%M:%S")}"', f'"{t.strftime("%Y-%m-%d %H:%M:%S")}"', f'"{stepts(t, dur).strftime("%Y-%m-%d %H:%M:%S")}"',
                              str(dur + R.randint(0, 20)), str(dur), pick(['"ANSWERED"', '"NO ANSWER"', '"BUSY"']), '"DOCUMENTATION"', f'"{1700000000 + R.randint(0, 9999999)}.{R.randint(1, 999)}"', '""']))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def twilio_sms_webhook(i):
    d = Doc('webhooks/twilio/inbound-sms-requests.log')
    out = []
    t = ts()
    biz = d.L('phone', U(phone('US', 'e164')))
    for n in range(R.randint(6, 8)):
        t = stepts(t, R.randint(5, 600))
        frm = d.L('phone', U(phone(pick(['US', 'GB', 'CA', 'MX', 'AU']), 'e164')))
        body = UPL(pick(['STOP', 'Where is my order ' + order_no() + '?', 'Yes, confirm appointment', 'Call me back on ', 'HELP']))
        if 'Call+me' in body:
            body += d.L('phone', UPL(phone('US', 'nat')))
        form = (f'ToCountry=US&ToState=CA&SmsMessageSid=SM{hexs(32)}&NumMedia=0&ToCity=&FromZip=&SmsSid=SM{hexs(32)}&FromState=&SmsStatus=received'
                f'&FromCity=&Body={body}&FromCountry=US&To={d.again(biz)}&MessagingServiceSid=MG{hexs(32)}&ToZip=&NumSegments=1&MessageSid=SM{hexs(32)}'
                f'&AccountSid=AC{hexs(32)}&From={frm}&ApiVersion=2010-04-01')
        out.append(f'{iso(t)} POST /sms/inbound 200 X-Twilio-Signature={lk("hmac-signature", b64(20))} body={form}')
    d.labels[biz][1] = d.labels[biz][1] - 1
    return d, '\n'.join(out) + '\n'

@tpl(1)
def whatsapp_webhook(i):
    d = Doc('webhooks/whatsapp/cloud-api-events.jsonl')
    out = []
    disp = lk('fictitious-phone', '1' + pick(NANP_AREAS) + '55501' + rs(2, DG))
    for n in range(R.randint(5, 7)):
        c = pick(['IN', 'BR', 'DE', 'NG', 'MX', 'ES', 'ZA'])
        num = phone(c, 'e164')[1:]
        num = d.L('phone', num)
        d.again(num)
        f, l = person()
        ev = {'object': 'whatsapp_business_account', 'entry': [{'id': str(R.randint(10**14, 10**15)), 'changes': [{'value': {
            'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': disp, 'phone_number_id': str(R.randint(10**14, 10**15))},
            'contacts': [{'profile': {'name': f'{f} {l}'}, 'wa_id': num}],
            'messages': [{'from': num, 'id': 'wamid.' + b64(30, url=True, pad=False), 'timestamp': str(1700000000 + R.randint(0, 9999999)), 'type': 'text',
                          'text': {'body': pick(['Hi, I need to change my delivery address', 'Order ' + order_no() + ' not received', 'Thanks!'])}}]}, 'field': 'messages'}]}]}
        if n == 2:
            shared = d.phone(c, 'intl')
            ev['entry'][0]['changes'][0]['value']['messages'][0] = {'from': d.again(num), 'type': 'contacts', 'timestamp': str(1700000000 + R.randint(0, 9999999)),
                'contacts': [{'name': {'formatted_name': ' '.join(person())}, 'phones': [{'phone': shared, 'type': 'CELL', 'wa_id': None}]}]}
            d.labels[num][1] -= 1
        out.append(json.dumps(ev, ensure_ascii=False))
    return d, '\n'.join(out) + '\n'

@tpl(1)
def vcards(i):
    d = Doc('contacts/vcard/team-export.vcf')
    cards = []
    for n in range(R.randint(5, 6)):
        c = pick(COUNTRIES)
        f, l = person()
        dom = pick(COMPANY_DOMAINS)
        lines = ['BEGIN:VCARD', 'VERSION:' + pick(['3.0', '4.0']), f'N:{l};{f};;;', f'FN:{f} {l}', f'ORG:{dom.split(".")[0].replace("-", " ").title()}',
                 f'TEL;TYPE=work,voice:{d.phone(c, "intl")}']
        if chance(0.7):
            lines.append(f'TEL;TYPE=cell:{d.phone(c, pick(["e164", "nat"]))}')
        if chance(0.3):
            lines.append(f'TEL;VALUE=uri;TYPE=home:tel:{d.phone(c, "e164")}')
        lines += [f'EMAIL;TYPE=work:{d.email(f, l, dom)}', f'ADR;TYPE=work:;;{R.randint(1, 200)} {pick(WORDS).title()} St;{CITY[c]};;{rs(5, DG)};{c}',
                  f'REV:{iso()}', f'UID:urn:uuid:{a_uuid()}', 'END:VCARD']
        cards.append('\r\n'.join(lines))
    cards.append('\r\n'.join(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Reception (sample)', f'TEL;TYPE=work:{fict()}', 'EMAIL:reception@example.com', 'END:VCARD']))
    return d, '\r\n'.join(cards) + '\r\n'

@tpl(1)
def hl7_adt(i):
    d = Doc('health/hl7/adt-a08-feed.hl7')
    msgs = []
    for n in range(R.randint(3, 4)):
        f, l = person()
        t = ts()
        a, ex, ln = pick(NANP_AREAS), *(lambda e: e)(_nanp())
        home = d.L('phone', f'({a}){ex}-{ln}')
        a2, ex2, ln2 = pick(NANP_AREAS), *_nanp()
        work = d.L('phone', f'({a2}){ex2}-{ln2}')
        nk = d.phone('US', 'nat')
        db = d.L('date-of-birth', dob_date().strftime('%Y%m%d'))
        msgs.append('\r'.join([f'MSH|^~\\&|EPIC|{pick(["MERCY", "STLUKE", "UCH"])}|||{t.strftime("%Y%m%d%H%M")}||ADT^A08|{rs(12, DG)}|P|2.5.1',
                               f'PID|1||{rs(8, DG)}^^^MRN^MR||{l.upper()}^{f.upper()}^{pick(UP)}||{db}|{pick("MFU")}||2106-3|{R.randint(1, 9999)} {pick(WORDS).upper()} AVE^^{pick(["CHICAGO", "DENVER", "BOSTON"])}^{pick(["IL", "CO", "MA"])}^{rs(5, DG)}||{home}^PRN^PH~^NET^Internet^{d.email(f, l)}|{work}^WPN^PH||S||{d.L("us-ssn", ssn().replace("-", "")) if chance(0.7) else ""}|||',
                               f'NK1|1|{pick(LAST).upper()}^{pick(FIRST).upper()}|SPO^Spouse||{nk}',
                               f'PV1|1|I|4W^{R.randint(400, 499)}^A||||{rs(6, DG)}^{pick(LAST).upper()}^{pick(FIRST).upper()}']))
    return d, '\r\n'.join(msgs) + '\r\n'

def _nanp():
    from gen_common import _nanp_line
    return _nanp_line()

@tpl(1)
def fhir_practitioners(i):
    d = Doc('health/fhir/practitioner-search.json')
    ents = []
    for n in range(R.randint(4, 5)):
        c = pick(['US', 'GB', 'DE', 'NL', 'AU', 'CA'])
        f, l = person()
        ents.append({'fullUrl': f'https://fhir.{pick(COMPANY_DOMAINS)}/Practitioner/{R.randint(1000, 99999)}', 'resource': {
            'resourceType': 'Practitioner', 'id': str(R.randint(1000, 99999)), 'identifier': [{'system': 'http://hl7.org/fhir/sid/us-npi', 'value': rs(10, DG)}],
            'name': [{'family': l, 'given': [f], 'prefix': ['Dr.']}],
            'telecom': [{'system': 'phone', 'value': d.phone(c, 'intl'), 'use': 'work'}, {'system': 'fax', 'value': d.phone(c, 'nat'), 'use': 'work'},
                        {'system': 'email', 'value': d.email(f, l), 'use': 'work'}]}})
    return d, json.dumps({'resourceType': 'Bundle', 'type': 'searchset', 'total': len(ents), 'entry': ents}, indent=2, ensure_ascii=False) + '\n'

@tpl(1)
def email_signatures(i):
    d = Doc('email/threads/supplier-thread.eml')
    sigs = []
    people = []
    for c, tel, mob, lang in [('DE', 'Tel.', 'Mobil', 'Mit freundlichen Grüßen'), ('FR', 'Tél.', 'Portable', 'Cordialement'),
                              ('ES', 'Tel.', 'Móvil', 'Saludos cordiales'), ('JP', 'TEL', '携帯', 'よろしくお願いいたします。'), ('BR', 'Tel.', 'Cel.', 'Atenciosamente'),
                              ('GB', 'T:', 'M:', 'Kind regards')]:
        f, l = person()
        dom = pick(COMPANY_DOMAINS)
        people.append(d.email(f, l, dom))
        sigs.append(f'''{lang}
{f} {l}
{pick(["Einkauf", "Achats", "Compras", "購買部", "Suprimentos", "Procurement"])}
{tel} {d.phone(c, pick(["intl", "nat"]))}   {mob} {d.phone(c, pick(["intl", "nat"]))}
{people[-1]}''')
    t = ts()
    quoted = ''
    for s in sigs[::-1]:
        quoted = f'\n\n{s}\n\n> ' + quoted.replace('\n', '\n> ')
    body = f'''From: {d.again(people[0])}
To: {d.again(people[-1])}
Cc: {", ".join(d.again(p) for p in people[1:-1])}
Subject: Re: AW: RE: Lieferung KW {R.randint(1, 52)} / PO {order_no()}
Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} +0100
Message-ID: <{rs(20, LO + DG)}@mail.corp.example>
Content-Type: text/plain; charset=utf-8

Hallo zusammen,
die Sendung ist unterwegs (Tracking {tracking()}). Hotline bei Problemen: {fict()}.
{quoted}
'''
    return d, body

@tpl(1)
def web_form_submissions(i):
    d = Doc('webhooks/forms/contact-form-submissions.jsonl')
    out = []
    for n in range(R.randint(9, 12)):
        c = pick(COUNTRIES)
        f, l = person()
        ph = pick([lambda: d.phone(c), lambda: d.phone(c, 'e164'), lambda: fict(), lambda: lk('not-a-phone', pick(['n/a', '-', '0000000000', '1234567890']))])()
        out.append(json.dumps({'form_id': 'contact-' + rs(6, LO + DG), 'submitted_at': iso(), 'ip': d.ip4() if chance(0.4) else priv_ip(),
                               'fields': {'name': f'{f} {l}', 'email': d.email(f, l), 'phone': ph, 'company': pick(COMPANY_DOMAINS).split('.')[0],
                                          'message': pick(['Please call me about pricing.', f'Quote for {R.randint(10, 500)} units, ref {order_no()}', 'Demo request'])},
                               'utm_source': pick(['google', 'linkedin', 'newsletter']), 'page_version': f'{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}'}, ensure_ascii=False))
    return d, '\n'.join(out) + '\n'

@tpl(1)
def callcentre_log(i):
    d = Doc('telephony/contact-centre/interactions-2024-Q3.log')
    t = ts()
    out = []
    for n in range(R.randint(9, 11)):
        t = stepts(t, R.randint(20, 900))
        c = pick(['GB', 'IE', 'US', 'AU', 'ZA', 'PH', 'KE'])
        ani = d.phone(c, 'e164')
        dnis = fict() if chance(0.5) else d.L('phone', unique(lambda: '0800 %d%02d %04d' % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 9999))))
        out.append(f'{iso(t)} interaction={a_uuid()} media=voice ani={ani} dnis="{dnis}" queue={pick(["billing", "tech", "sales"])} agent=A{R.randint(1000, 9999)} '
                   f'wait={R.randint(0, 600)}s talk={R.randint(10, 1800)}s wrap={pick(["resolved", "callback", "escalated"])}'
                   + (f' callback_number="{d.phone(c, "nat")}"' if chance(0.3) else '') + f' case={order_no()}')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def multilingual_contacts(i):
    d = Doc('web/pages/impressum-and-contacts.txt')
    return d, f'''=== /de/impressum ===
Impressum
{pick(LAST)} & {pick(LAST)} GmbH, {pick(["Hauptstraße", "Lindenallee"])} {R.randint(1, 99)}, {R.randint(10000, 99999)} {pick(["Berlin", "Köln", "München"])}
Telefon: {d.phone("DE", "nat")}
Telefax: {d.phone("DE", "nat")}
Handelsregister: HRB {R.randint(10000, 199999)}, USt-IdNr.: DE{rs(9, DG)}

=== /fr/contact ===
Service client : {d.phone("FR", "nat")} (du lundi au vendredi, 9h–18h)
Siège : {R.randint(1, 99)} rue {pick(["de la Paix", "Victor Hugo"])}, {R.randint(10000, 95999)} Paris — SIRET {rs(14, DG)}

=== /ja/company ===
会社概要
所在地: 〒{rs(3, DG)}-{rs(4, DG)} 大阪府大阪市北区
電話番号: {d.phone("JP", "nat")}
FAX: {d.phone("JP", "nat")}

=== /es/contacto ===
Teléfono de atención: {d.phone("ES", "intl")} · WhatsApp: {d.phone("ES", "nat")}

=== /pt-br/fale-conosco ===
Central de atendimento: {d.phone("BR", "nat")} — CNPJ {rs(2, DG)}.{rs(3, DG)}.{rs(3, DG)}/0001-{rs(2, DG)}

=== /sv/kontakt ===
Växel: {d.phone("SE", "nat")} · Org.nr {org_nr()} · Bankgiro {lk("bankgiro", rs(3, DG) + "-" + rs(4, DG))}

=== /en-au/contact ===
Sales: {d.phone("AU", "nat")}   Support (sample number in our docs): {fict()}

=== /en-us/support ===
Call us toll-free: {d.phone("US", "nat")} — or text {d.phone("US", "intl")}
Version {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(1000, 9999)} · Build {build_id()}
'''

@tpl(1)
def shopify_orders(i):
    d = Doc('webhooks/shopify/orders-create.jsonl')
    out = []
    for n in range(R.randint(5, 7)):
        c = pick(['US', 'CA', 'GB', 'AU', 'DE', 'NL', 'IE'])
        f, l = person()
        addr = {'first_name': f, 'last_name': l, 'address1': f'{R.randint(1, 999)} {pick(WORDS).title()} Road', 'city': CITY[c],
                'zip': rs(5, DG), 'country_code': c, 'phone': d.phone(c, pick(['intl', 'nat', 'e164']))}
        bill = dict(addr); bill['phone'] = None if chance(0.5) else d.phone(c, 'e164')
        out.append(json.dumps({'id': R.randint(10**12, 10**13), 'name': '#' + str(R.randint(1000, 99999)), 'email': d.email(f, l),
                               'created_at': iso(), 'total_price': '%d.%02d' % (R.randint(10, 900), R.randint(0, 99)), 'currency': pick(['USD', 'EUR', 'GBP', 'AUD']),
                               'phone': None, 'shipping_address': addr, 'billing_address': bill, 'checkout_token': lk('checkout-token', hexs(32)),
                               'payment_details': {'credit_card_bin': card()[:6], 'credit_card_number': '•••• •••• •••• ' + rs(4, DG), 'credit_card_company': 'Visa'},
                               'fulfillments': [{'tracking_number': tracking()}]}, ensure_ascii=False))
    return d, '\n'.join(out) + '\n'

@tpl(1)
def sip_log(i):
    d = Doc('telephony/freeswitch/sip-trace.log')
    out = []
    t = ts()
    for n in range(R.randint(4, 6)):
        t = stepts(t, R.randint(1, 300))
        frm = phone(pick(['DE', 'NL', 'GB', 'FR']), 'e164')
        frm = d.L('phone', frm)
        to = d.phone(pick(['DE', 'NL']), 'e164')
        d.again(frm); d.again(frm); d.again(to)
        cid = a_uuid()
        out.append(f'''{t.strftime("%Y-%m-%d %H:%M:%S.%f")} [NOTICE] sofia.c:1065 New Channel sofia/external/{frm}@sip.carrier.example [{cid}]
recv {R.randint(800, 1400)} bytes from udp/[{doc_ip()}]:5060 at {t.strftime("%H:%M:%S.%f")}:
   INVITE sip:{to}@pbx.corp.example SIP/2.0
   Via: SIP/2.0/UDP {doc_ip()}:5060;branch=z9hG4bK{rs(10, LO + DG)}
   From: <sip:{frm}@sip.carrier.example>;tag={rs(8, LO + DG)}
   To: <sip:{to}@pbx.corp.example>
   P-Asserted-Identity: <sip:{frm}@sip.carrier.example>
   Call-ID: {cid}
   CSeq: 1 INVITE
   User-Agent: {pick(["Sippy", "Ribbon SBC", "Kamailio (5.7.4)"])}''')
    return d, '\n'.join(out) + '\n'
