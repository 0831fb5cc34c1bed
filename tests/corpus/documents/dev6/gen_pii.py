"""Card and personnummer precision traps beside real values, other national
ids, IBANs, vendor tokens, private keys and IP addresses."""
from gen_common import *

SE_FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Elin', 'Mikael', 'Sara', 'Anders', 'Ingrid', 'Oskar', 'Linnea', 'Per', 'Sofia', 'Nils']
SE_LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Holm']

def se_name():
    return pick(SE_FIRST), pick(SE_LAST)

def pnr_ts():
    """a YYYYMMDD-HHMM timestamp / case number, not a personnummer"""
    while True:
        t = ts()
        v = t.strftime('%Y%m%d') + '-' + t.strftime('%H%M')
        if not V.pnr_ok(v):
            return lk('pnr-shaped-timestamp', v)

def ocr_ref(n=None):
    n = n or pick([8, 11, 13, 15, 17])
    while True:
        v = luhn_complete(str(R.randint(1, 9)), n)
        if n != 10 or not V.pnr_ok(v):
            return lk('ocr-reference', v)

def bankgiro():
    return lk('bankgiro', '%d-%04d' % (R.randint(100, 9999), R.randint(0, 9999)))

@tpl(1)
def se_payroll(i):
    d = Doc('hr/se/lonefil-2024-09.csv')
    emp_org = org_nr()
    rows = [f'# Lönekörning september 2024;Arbetsgivare: {pick(SE_LAST)} Bygg AB;Org.nr {lk("se-org-number", emp_org)};Utbetalningsdag 2024-09-25',
            'Anst.nr;Namn;Personnummer;Clearingnr;Kontonr;Bruttolön;Prel. skatt;Nettolön;Skattetabell;Ärende']
    for n in range(R.randint(24, 28)):
        f, l = se_name()
        p = d.pnr(sep=pick(['-', '-', '', 'c-', 'c']))
        rows.append(';'.join([str(R.randint(100, 999)), f'{f} {l}', p, str(R.randint(3000, 9999)), rs(pick([7, 10]), DG),
                              str(R.randint(25000, 70000)), str(R.randint(5000, 20000)), str(R.randint(18000, 50000)), str(pick([30, 31, 32, 33, 34])),
                              pick([pnr_ts(), '', lk('case-no', 'HR-' + rs(6, DG))])]))
    rows.append(f'# Kontroll: {len(rows) - 2} anställda; bankgiro {bankgiro()}; referens {ocr_ref()}; felaktigt pnr rad 7 rättat ({lk("invalid-personnummer", pnr_bad_luhn())})')
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def se_invoice(i):
    d = Doc('finance/se/faktura-%d.txt' % R.randint(10000, 99999))
    f, l = se_name()
    ef = d.pnr(sep='-')
    org = lk('se-org-number', org_nr())
    return d, f'''FAKTURA                                              Fakturanr: {R.randint(10000, 99999)}
                                                     Fakturadatum: {logts(ts(), "%Y-%m-%d")}
{pick(SE_LAST)} Konsult AB                                     Förfallodatum: {logts(ts(), "%Y-%m-%d")}
Org.nr: {org}
Momsreg.nr: SE{org.replace("-", "")}01
Tel: {d.phone("SE", "nat")}

Kund:
{f} {l} (enskild firma)
Organisationsnummer/personnummer: {ef}
Kundnr: {R.randint(1000, 9999)}     Er referens: {f}

Beskrivning                               Antal   À-pris     Belopp
Konsulttjänster augusti                     {R.randint(10, 160)}    950,00   {R.randint(10000, 150000)},00
Resor                                        1     {R.randint(500, 3000)},00   {R.randint(500, 3000)},00

Att betala: {R.randint(10000, 160000)},00 SEK
Betala till bankgiro {bankgiro()} eller plusgiro {lk("plusgiro", rs(6, DG) + "-" + pick(DG))}
OCR-nummer: {ocr_ref()}
Dröjsmålsränta enligt räntelagen. F-skattsedel finns.
Ärende {pnr_ts()}
'''

def _bgmax_line(s):
    return s[:80].ljust(80)

@tpl(1)
def bgmax(i):
    d = Doc('finance/se/BgMax-%s.txt' % ts().strftime('%Y%m%d'))
    t = ts()
    lines = [_bgmax_line(f'01BGMAX               01{t.strftime("%Y%m%d%H%M%S")}{rs(6, DG)}P'),
             _bgmax_line(f'050009912346          SEK')]
    for n in range(R.randint(12, 14)):
        ref = ocr_ref(pick([11, 13, 15]))
        amt = '%018d' % R.randint(10000, 9999999)
        lines.append(_bgmax_line(f'20{rs(10, DG)}{ref.ljust(25)}{amt}23{rs(12, DG)}0'))
        f, l = se_name()
        lines.append(_bgmax_line(f'26{(f + " " + l).upper().ljust(35)}'))
        lines.append(_bgmax_line(f'27{(pick(["STORGATAN", "KUNGSVÄGEN", "BJÖRKVÄGEN"]) + " " + str(R.randint(1, 80))).ljust(35)}{rs(5, DG).ljust(9)}'))
        lines.append(_bgmax_line(f'28{pick(["STOCKHOLM", "GÖTEBORG", "UPPSALA", "LUND"]).ljust(35)}'))
        if n % 3 == 2:
            lines.append(_bgmax_line('29' + lk('se-org-number', '16' + org_nr().replace('-', ''))))
        else:
            lines.append(_bgmax_line('29' + d.pnr(sep='c')))
    lines.append(_bgmax_line(f'15{rs(35, DG)}{t.strftime("%Y%m%d")}{rs(5, DG)}{"%018d" % R.randint(10**6, 10**8)}SEK{rs(8, DG)}'))
    lines.append(_bgmax_line(f'70{len(lines) - 3:08d}{0:08d}{0:08d}{1:08d}'))
    return d, '\r\n'.join(l.rstrip() for l in lines) + '\r\n'

@tpl(1)
def se_health_letter(i):
    d = Doc('health/se/journalutdrag.txt')
    f, l = se_name()
    p = d.pnr(sep=pick(['-', 'c-']))
    return d, f'''JOURNALUTDRAG – {pick(["Vårdcentralen Linden", "Capio Närsjukvård", "Region Skåne, Akutmottagning"])}
Utskrivet: {logts(ts())}   Utskrivet av: {pick(SE_FIRST)} {pick(SE_LAST)}, leg. sjuksköterska

Patient: {f} {l}
Personnummer: {p}
Telefon: {d.phone("SE", "nat")}   Mobil: {d.phone("SE", "intl")}
Närstående: {pick(SE_FIRST)} {l}, tel {d.phone("SE", "nat")}

Anteckning {logts(ts(), "%Y-%m-%d %H:%M")}  Kontaktorsak: {pick(["Feber", "Uppföljning", "Ryggsmärta"])}
Remiss-id {pnr_ts()}, labbprov-id {lk("sample-id", rs(10, DG))}, vårdtillfälle {lk("episode-id", rs(4, DG) + "-" + rs(6, DG))}.
Läkemedel: {pick(["Alvedon 500 mg", "Ipren 400 mg"])}; receptnr {lk("prescription-id", rs(12, DG))}.
Tidigare journal för annan patient felaktigt kopplad ({lk("invalid-personnummer", pnr_bad_luhn())}) – avkopplad {logts(ts(), "%Y-%m-%d")}.
'''

@tpl(1)
def se_support_ticket(i):
    d = Doc('tickets/zendesk/ticket-se-%d.json' % R.randint(100000, 999999))
    f, l = se_name()
    p = d.pnr(sep='')
    comments = [
        {'author': f'{f} {l}', 'body': f'Hej! Jag kan inte logga in med BankID. Mitt personnummer är {p} och ordernumret {order_no()}. Ring mig gärna på {d.phone("SE", "nat")}.'},
        {'author': 'Support', 'body': f'Hej {f}! Vi har maskerat ditt personnummer i ärendet ({p[:8]}-XXXX). Ärendenummer {pnr_ts()}. Vänligen skicka aldrig personnummer via mejl.'},
        {'author': f'{f} {l}', 'body': f'Förlåt! Min sambo har också problem, hennes personnummer är {d.pnr(sep="-")}. Vårt kundnummer är {ocr_ref(10)}.'},
    ]
    return d, json.dumps({'ticket': {'id': R.randint(100000, 999999), 'subject': 'Inloggning fungerar inte', 'requester': {'name': f'{f} {l}', 'email': d.email(f, l, pick(['hotmail.se', 'gmail.com', 'telia.com']))},
                                     'created_at': iso(), 'tags': ['bankid', 'login'], 'comments': comments}}, indent=2, ensure_ascii=False) + '\n'

@tpl(1)
def payment_gateway_log(i):
    d = Doc('logs/payments/gateway-authorisations.jsonl')
    out = []
    for n in range(R.randint(22, 26)):
        k = n % 6
        rec = {'ts': iso(), 'merchant': pick(['ORBITALPAY-EU', 'MERIDIAN-FREIGHT', 'SAKURA-RETAIL']), 'order_id': lk('luhn-valid-order-id', luhn_nonnetwork(16)) if k in (1, 4) else order_no(),
               'amount': R.randint(100, 90000), 'currency': pick(['EUR', 'SEK', 'USD'])}
        if k == 0:
            c = card()
            rec.update({'pan': masked_card(c), 'bin': c[:6], 'last4': c[-4:], 'result': 'AUTHORISED', 'auth_code': rs(6, DG)})
        elif k == 1:
            rec.update({'pan': d.card(style='plain'), 'result': 'REFUSED', 'note': 'raw PAN logged by legacy plugin v1.2 (PCI incident INC-%d)' % R.randint(1000, 9999)})
        elif k == 2:
            rec.update({'pan': lk('test-card', pick(sorted(V.CARD_TEST))), 'env': 'sandbox', 'result': 'AUTHORISED'})
        elif k == 3:
            rec.update({'card': {'number': d.card(style=pick(['sp', 'plain'])), 'exp': '%02d/%02d' % (R.randint(1, 12), R.randint(25, 30))}, 'result': 'ERROR', 'error': 'gateway timeout'})
        elif k == 4:
            rec.update({'pan': masked_card(), 'network_token': lk('network-token', 'tok_' + rs(24)), 'result': 'AUTHORISED'})
        else:
            rec.update({'pan': masked_card(), 'result': 'AUTHORISED', 'arn': lk('acquirer-reference', luhn_complete('7' + rs(5, DG), 23)), 'device_imei': lk('imei', imei())})
        out.append(json.dumps(rec))
    return d, '\n'.join(out) + '\n'

@tpl(1)
def checkout_chat(i):
    d = Doc('chat/livechat/checkout-help-transcript.txt')
    f, l = person()
    t = ts()
    c1 = d.card(style='sp')
    return d, f'''Chat started: {logts(t)} UTC   Visitor: {f} {l}   Page: /checkout/payment
[{logts(stepts(t, 10), "%H:%M:%S")}] Agent Mia: Hi {f}, how can I help?
[{logts(stepts(t, 40), "%H:%M:%S")}] {f}: payment keeps failing. card is {c1} exp {R.randint(1, 12):02d}/{R.randint(25, 29)}
[{logts(stepts(t, 70), "%H:%M:%S")}] Agent Mia: Please don't share your card number here! I can only see {masked_card()} on our side. Your order number is {lk("luhn-valid-order-id", luhn_nonnetwork(16))}.
[{logts(stepts(t, 100), "%H:%M:%S")}] {f}: sorry. tried my other one too, {d.card(style=pick(["dash", "plain"]))}
[{logts(stepts(t, 140), "%H:%M:%S")}] Agent Mia: Thanks — the issuer declined (code 05). Tracking for your previous parcel: {lk("tracking-number", "9400 " + " ".join(rs(4, DG) for _ in range(4)) + " " + rs(2, DG))}
[{logts(stepts(t, 160), "%H:%M:%S")}] {f}: the gift voucher code {lk("voucher", "-".join(rs(4, UP + DG) for _ in range(4)))} didn't work either
[{logts(stepts(t, 200), "%H:%M:%S")}] Agent Mia: I've escalated it as case {R.randint(10**7, 10**8)}. Chat transcript will be masked after 24h.
'''

@tpl(1)
def iso8583_log(i):
    d = Doc('logs/payments/iso8583-switch-trace.log')
    out = []
    t = ts()
    for n in range(R.randint(6, 8)):
        t = stepts(t, R.randint(1, 60))
        c = card(pick(['visa', 'mastercard', 'rupay', 'discover']))
        masked = n % 2 == 1
        pan = masked_card(c) if masked else d.L('credit-card', c)
        exp = '%02d%02d' % (R.randint(25, 30), R.randint(1, 12))
        track2 = (c[:6] + '*' * (len(c) - 10) + c[-4:] if masked else d.again(c)) + '=' + exp + '101' + rs(13, DG)
        out.append(f'''{logts(t)}.{R.randint(0, 999):03d} [RX] MTI=0100 len={R.randint(180, 260)}
  DE002 (PAN)                 : {pan}
  DE003 (Processing code)     : 000000
  DE004 (Amount)              : {R.randint(100, 99999):012d}
  DE007 (Transmission dt)     : {t.strftime("%m%d%H%M%S")}
  DE011 (STAN)                : {rs(6, DG)}
  DE012 (Local time)          : {t.strftime("%H%M%S")}
  DE014 (Expiry)              : {exp}
  DE035 (Track 2)             : {track2}
  DE037 (RRN)                 : {lk("rrn-12digit", rs(12, DG))}
  DE041 (Terminal id)         : {rs(8, UP + DG)}
  DE042 (Merchant id)         : {lk("merchant-id", rs(15, DG))}
  DE049 (Currency)            : {pick(["978", "752", "840", "356"])}
{logts(stepts(t, 1))}.{R.randint(0, 999):03d} [TX] MTI=0110 DE039={pick(["00", "05", "51", "54"])} DE038={rs(6, UP + DG)}''')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def chargeback_csv(i):
    d = Doc('finance/cards/chargebacks-export.csv')
    rows = ['case_id,received,card_number,card_brand,amount,reason_code,order_reference,arn,customer_phone,status']
    for n in range(R.randint(20, 24)):
        k = n % 4
        net = pick(['visa', 'mastercard', 'amex', 'discover', 'jcb'])
        if k == 0:
            cn = masked_card(card(net))
        elif k == 1:
            cn = lk('luhn-invalid-card-shaped', card_bad_luhn(net))
        else:
            cn = d.L('credit-card', card_fmt(card(net), pick(['plain', 'dash'])))
        rows.append(','.join(['CB' + rs(8, DG), iso()[:10], cn, net.upper(), '%d.%02d' % (R.randint(5, 900), R.randint(0, 99)),
                              pick(['10.4', '13.1', '4853', '4837', 'F29']), lk('luhn-valid-order-id', luhn_nonnetwork(pick([15, 16, 18]))),
                              lk('acquirer-reference', rs(23, DG)), d.phone(pick(['US', 'GB', 'DE'])) if chance(0.4) else '', pick(['open', 'won', 'lost'])]))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def card_email(i):
    d = Doc('email/finance/fraud-alert-forward.eml')
    f, l = person()
    me = d.email(f, l)
    c = d.card(style='sp')
    return d, f'''From: {me}
To: {d.email(pick(FIRST), pick(LAST), pick(COMPANY_DOMAINS))}
Subject: Fwd: Fraud alert on your card ending {c[-4:]}
Date: {ts().strftime('%a, %d %b %Y %H:%M:%S')} +0000
Content-Type: text/plain; charset=utf-8

Can you check this with the bank? The full number is {c}, it's the company card.
Also the loyalty card {lk('loyalty-card', '9' + rs(15, DG))} and the SIM in the work phone ({lk('iccid', iccid())}) were in the same wallet.

---------- Forwarded message ---------
From: Card Services <alerts@cards.example.com>
We noticed a suspicious transaction of EUR {R.randint(100, 2000)},00 at {pick(["ONLINE STORE", "FUEL STATION"])} on your card {masked_card()}.
Reference: {lk('luhn-valid-order-id', luhn_nonnetwork(16))}   Case: {pnr_ts()}
If this wasn't you, call the number on the back of your card.
'''

@tpl(1)
def hr_eu_export(i):
    d = Doc('hr/eu/employee-master-export.csv')
    rows = ['employee_id;country;first_name;last_name;national_id_type;national_id;date_of_birth;passport_no;iban;work_phone;email']
    specs = [('GB', 'NINO', lambda: d.L('uk-nino', nino())), ('NL', 'BSN', lambda: d.L('nl-bsn', bsn())), ('FI', 'HETU', lambda: d.L('fi-hetu', hetu())),
             ('DE', 'Steuer-ID', lambda: d.L('de-steuer-id', steuer_id())), ('FR', 'NIR', lambda: d.L('fr-nir', nir(spaced=chance(0.5)))),
             ('ES', 'DNI', lambda: d.L('es-dni', dni())), ('ES', 'NIE', lambda: d.L('es-dni', dni(True))), ('IT', 'Codice fiscale', lambda: d.L('it-codice-fiscale', codice_fiscale())),
             ('US', 'SSN', lambda: d.L('us-ssn', ssn())), ('SE', 'Personnummer', lambda: d.pnr(sep='-'))]
    for n in range(R.randint(30, 33)):
        c, typ, fn = specs[n % len(specs)]
        f, l = person()
        pc, pn = passport(c if c in ('US', 'GB', 'DE', 'FR', 'SE', 'NL', 'ES', 'IT') else None)
        ib = d.L('iban', iban(c if c in IBAN_SPECS else None, spaced=chance(0.4))) if c != 'US' else ''
        idv = fn()
        dfmt = pick(['%Y-%m-%d', '%d.%m.%Y', '%d/%m/%Y'])
        if typ == 'HETU':
            born = datetime.date(int(('19' if idv[6] == '-' else '20') + idv[4:6]), int(idv[2:4]), int(idv[:2]))
        elif typ == 'Personnummer':
            dd = idv.replace('-', '')
            born = datetime.date(int(dd[:4]) if len(dd) == 12 else 1900 + int(dd[:2]), int(dd[-8:-6]), int(dd[-6:-4]))
        elif typ == 'Codice fiscale':
            born = datetime.date(1900 + int(idv[6:8]), 'ABCDEHLMPRST'.index(idv[8]) + 1, int(idv[9:11]) % 40)
        else:
            born = dob_date()
        dob_s = d.L('date-of-birth', born.strftime(dfmt))
        rows.append(';'.join([f'E{R.randint(10000, 99999)}', c, f, l, typ, idv, dob_s,
                              d.L('passport', pn) if chance(0.6) else '', ib, d.phone(c if c in ('GB', 'NL', 'DE', 'FR', 'ES', 'IT', 'US', 'SE') else 'DE') if chance(0.35) else '',
                              d.email(f, l, pick(COMPANY_DOMAINS)) if chance(0.4) else '']))
    rows.append(';'.join(['E00000', 'GB', 'Sample', 'Row', 'NINO', lk('doc-example', 'QQ123456C'), lk('not-dob', '1900-01-01'), '', lk('doc-example-iban', 'GB82 WEST 1234 5698 7654 32'), '', 'sample.row@example.com']))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def sepa_pain001(i):
    d = Doc('finance/sepa/pain.001-batch.xml')
    txs = []
    for n in range(R.randint(5, 7)):
        c = pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'IE', 'FI'])
        txs.append(f'''      <CdtTrfTxInf>
        <PmtId><EndToEndId>{lk("end-to-end-id", "E2E" + rs(16, UP + DG))}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{R.randint(10, 9000)}.{R.randint(0, 99):02d}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{rs(4, UP)}{c}{rs(2, UP)}XXX</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{" ".join(person())}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{d.L("iban", iban(c, spaced=False))}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>INV {order_no()}</Ustrd></RmtInf>
      </CdtTrfTxInf>''')
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>{lk("message-id", "MSG" + rs(20, DG))}</MsgId>
      <CreDtTm>{iso()[:19]}</CreDtTm>
      <NbOfTxs>{len(txs)}</NbOfTxs>
      <InitgPty><Nm>{pick(COMPANY_DOMAINS).split(".")[0].title()} GmbH</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>{rs(12, UP + DG)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt><Dt>{logts(ts(), "%Y-%m-%d")}</Dt></ReqdExctnDt>
      <Dbtr><Nm>{pick(COMPANY_DOMAINS).split(".")[0].title()} GmbH</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{d.L("iban", iban("DE", spaced=False))}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
      <!-- template example: <IBAN>DE89370400440532013000</IBAN> -->
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
'''

@tpl(1)
def us_payroll(i):
    d = Doc('hr/us/w4-onboarding-extract.txt')
    out = ['EMPLOYEE ONBOARDING – FORM W-4 / I-9 DATA EXTRACT', f'Employer EIN: {lk("ein", "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)))}', '']
    for n in range(R.randint(6, 8)):
        f, l = person()
        s = d.L('us-ssn', ssn() if chance(0.7) else ssn().replace('-', ' '))
        out.append(f'{l.upper()}, {f}  SSN: {s}  DOB: {d.L("date-of-birth", dob_date().strftime("%m/%d/%Y"))}  Phone: {d.phone("US", "nat")}  Filing: {pick(["Single", "MFJ", "HOH"])}')
    out += ['', 'Rejected entries (invalid SSNs, returned by SSA verification):',
            f'  Sample Employee  SSN: {lk("invalid-ssn", "078-05-1120")}  (the Woolworth wallet number)',
            f'  Test Employee    SSN: {lk("invalid-ssn", "123-45-6789")}',
            f'  ITIN holder      TIN: {lk("itin", "9%02d-7%d-%04d" % (R.randint(0, 99), R.randint(0, 9), R.randint(0, 9999)))}',
            f'  Typo             SSN: {lk("invalid-ssn", "%03d-00-%04d" % (R.randint(100, 600), R.randint(1, 9999)))}',
            f'Batch {build_id()} processed {logts()}']
    return d, '\n'.join(out) + '\n'

@tpl(1)
def passport_kyc(i):
    d = Doc('kyc/travel/passenger-apis.json')
    pax = []
    for n in range(R.randint(5, 7)):
        c, pn = passport()
        f, l = person()
        pax.append({'pnr_locator': lk('booking-ref', rs(6, UP + DG)), 'surname': l.upper(), 'given_names': f.upper(), 'nationality': c,
                    'date_of_birth': d.L('date-of-birth', dob_date().isoformat()), 'document': {'type': 'P', 'number': d.L('passport', pn), 'issuing_state': c,
                    'expiry': '20%02d-%02d-%02d' % (R.randint(25, 34), R.randint(1, 12), R.randint(1, 28))},
                    'contact': {'phone': d.phone(c if c in ('US', 'GB', 'DE', 'FR', 'IN', 'SE', 'NL', 'ES', 'IT', 'CA') else None, 'e164'), 'email': d.email(f, l)},
                    'ticket_number': lk('ticket-number', '%03d%010d' % (R.randint(1, 999), R.randint(0, 9999999999))), 'frequent_flyer': lk('ffp-number', rs(9, DG))})
    return d, json.dumps({'flight': f'{pick(["SK", "LH", "AI", "BA"])}{R.randint(100, 999)}', 'departure': iso(), 'passengers': pax}, indent=2) + '\n'

@tpl(2)
def vendor_token_report(i):
    if i == 1:
        d = Doc('docs/security/secret-scan-report.md')
        sid = twilio_sid()
        rows = [('Slack bot token', 'slack-token', slack_bot()), ('Slack user token', 'slack-token', slack_user()),
                ('Slack app token', 'slack-token', 'xapp-1-A%s-%d-%s' % (rs(10, UP + DG), R.randint(10**12, 10**13), hexs(64))),
                ('GitHub PAT (fine-grained)', 'github-token', gh_pat_fine()), ('GitHub app token', 'github-token', gh_token('ghs_')),
                ('GitLab PAT', 'gitlab-token', gitlab_pat()), ('GitLab runner token', 'gitlab-token', 'glrt-' + rs(20, AN + '_-')),
                ('OpenAI key', 'openai-key', openai_key()), ('Anthropic key', 'anthropic-key', anthropic_key()),
                ('Hugging Face token', 'huggingface-token', hf_token()), ('npm token', 'npm-token', npm_token()),
                ('Shopify admin token', 'shopify-token', shopify_token()), ('Twilio API key', 'twilio-key', twilio_api_key()),
                ('Mailgun key', 'mailgun-key', mailgun_key()), ('SendGrid key', 'sendgrid-key', sendgrid_key()),
                ('Stripe restricted key', 'stripe-key', stripe_live('rk_live_')), ('Google API key', 'google-api-key', google_key())]
        body = [f'# Secret scanning report – {pick(WORDS)}-monorepo', '', f'Scan of commit range `{short_sha()}..{short_sha()}`, {len(rows) + 3} findings.', '',
                '| # | Type | Secret | File | Status |', '|---|---|---|---|---|']
        for n, (name, cat, v) in enumerate(rows, 1):
            body.append(f'| {n} | {name} | `{d.L(cat, v)}` | `{pick(["src", "scripts", "config", "notebooks"])}/{pick(WORDS)}.{pick(["py", "ts", "yaml", "env"])}` | {pick(["revoked", "open", "rotated"])} |')
        body.append(f'| {len(rows) + 1} | Twilio auth token | `{d.L("twilio-key", hexs(32))}` (account `{sid}`) | `config/sms.yaml` | open |')
        body.append(f'| {len(rows) + 2} | Slack webhook | `{d.L("slack-webhook", slack_webhook())}` | `ops/alert.sh` | revoked |')
        body.append(f'| {len(rows) + 3} | Stripe test key (ignored) | `{lk("placeholder", "sk_test_" + rs(24))}` | `tests/fixtures.py` | false positive |')
        body += ['', 'False positives: the Slack docs webhook `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`, '
                 f'`{lk("publishable-key", "pk_live_" + rs(24))}` (publishable) and the jwt.io sample token `{JWT_IO}`.']
        return d, '\n'.join(body) + '\n'
    d = Doc('code/python/integrations/settings_local.py')
    sid = twilio_sid()
    return d, f'''# local overrides - NEVER COMMIT (committed {logts(ts(), "%Y-%m-%d")})
SLACK_BOT_TOKEN = "{d.L('slack-token', slack_bot())}"
SLACK_SIGNING_SECRET = "{d.sec('hex32')}"
GITHUB_TOKEN = "{d.L('github-token', gh_token('ghp_'))}"
OPENAI_API_KEY = "{d.L('openai-key', openai_key())}"
ANTHROPIC_API_KEY = "{d.L('anthropic-key', anthropic_key())}"
HF_TOKEN = "{d.L('huggingface-token', hf_token())}"
TWILIO_ACCOUNT_SID = "{sid}"
TWILIO_AUTH_TOKEN = "{d.L('twilio-key', hexs(32))}"
SHOPIFY_ACCESS_TOKEN = "{d.L('shopify-token', shopify_token())}"
DD_API_KEY = "{d.L('datadog-key', hexs(32))}"
DD_APP_KEY = "{d.L('datadog-key', hexs(40))}"
AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName={rs(12, LO + DG)};AccountKey={d.L('azure-storage-key', azure_key())};EndpointSuffix=core.windows.net"
SUPABASE_SERVICE_ROLE_KEY = "{d.L('jwt', jwt(iss='supabase', alg='HS256', extra={'role': 'service_role'}))}"
SUPABASE_ANON_KEY = "{lk('public-anon-jwt', unsigned_jwt())}"
JWT_IO_SAMPLE = "{JWT_IO}"
'''

@tpl(1)
def private_keys(i):
    d = Doc('keys/deploy/ci-runner.id_ed25519')
    return d, d.L('private-key', pem_key('openssh')) + '\n'

@tpl(1)
def gcp_service_account(i):
    d = Doc('keys/gcp/%s-%s.json' % (pick(WORDS), hexs(12)))
    proj = f'{pick(WORDS)}-{pick(WORDS)}-{R.randint(100000, 999999)}'
    sa = f'{pick(["etl", "ci-deployer", "bq-reader"])}@{proj}.iam.gserviceaccount.com'
    key = pem_key('pkcs8') + '\n'
    return d, '{\n' + ',\n'.join([
        '  "type": "service_account"', f'  "project_id": "{proj}"', f'  "private_key_id": "{hexs(40)}"',
        f'  "private_key": "{d.L("private-key", J(key.rstrip(chr(10))))}\\n"', f'  "client_email": "{d.L("email", sa)}"',
        f'  "client_id": "{R.randint(10**20, 10**21)}"', '  "auth_uri": "https://accounts.google.com/o/oauth2/auth"',
        '  "token_uri": "https://oauth2.googleapis.com/token"', '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"',
        f'  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/{U(sa)}"', '  "universe_domain": "googleapis.com"']) + '\n}\n'

@tpl(1)
def pem_bundle(i):
    d = Doc('keys/tls/haproxy-bundle.pem')
    return d, f'''# {pick(WORDS)}.{pick(COMPANY_DOMAINS)} – leaf + chain + key (haproxy crt format)
{pem_cert()}
{pem_cert()}
{d.L('private-key', pem_key('rsa'))}
'''

@tpl(1)
def pgp_and_placeholders(i):
    d = Doc('keys/docs/signing-keys-README.md')
    return d, f'''# Release signing

Public key (safe to publish):

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ{b64(60)}
=({rs(4, AN)})
-----END PGP PUBLIC KEY BLOCK-----
```

Template for the CI secret (do **not** fill in here):

```
-----BEGIN PRIVATE KEY-----
<paste the key here>
-----END PRIVATE KEY-----
```

Backup of the old release key (revoked {logts(ts(), "%Y-%m-%d")}, still sensitive):

```
{d.L('private-key', pem_key('pgp'))}
```

Old EC key used by the webhook signer:

```
{d.L('private-key', pem_key('ec'))}
```

Certificate request for reference:

```
-----BEGIN CERTIFICATE REQUEST-----
{b64(300)[:64]}
{b64(300)[:64]}
-----END CERTIFICATE REQUEST-----
```
'''

@tpl(1)
def firewall_log(i):
    d = Doc('logs/network/edge-fw.log')
    out = []
    t = ts()
    for n in range(R.randint(14, 18)):
        t = stepts(t, R.randint(0, 30))
        k = n % 5
        if k in (0, 1):
            src, dst = d.ip4(), priv_ip()
        elif k == 2:
            src, dst = priv_ip(), d.ip4()
        elif k == 3:
            src, dst = '[' + d.ip6() + ']', '[' + pick(['fd12:3456:789a::10', 'fe80::1%eth0', '2001:db8::25', '::1']) + ']'
        else:
            src, dst = doc_ip(), priv_ip()
        out.append(f'{t.strftime("%b %d %H:%M:%S")} edge-fw01 kernel: [{R.randint(100000, 999999)}.{R.randint(100000, 999999)}] {pick(["DROP", "ACCEPT", "REJECT"])} IN=eth0 OUT= '
                   f'SRC={src.strip("[]")} DST={dst.strip("[]")} LEN={R.randint(40, 1500)} TTL={R.randint(30, 128)} PROTO={pick(["TCP", "UDP"])} SPT={R.randint(1024, 65535)} DPT={pick([22, 443, 3389, 5432, 8080])}')
    out.append(f'{t.strftime("%b %d %H:%M:%S")} edge-fw01 snmpd[812]: OID 1.3.6.1.2.1.1.3.0 polled by {priv_ip()}; firmware 10.4.12.1; uptime 4.1.2.3 days')
    return d, '\n'.join(out) + '\n'


@tpl(1)
def dlp_scan_report(i):
    d = Doc('docs/security/dlp-card-scan-findings.csv')
    rows = ['finding_id,share,path,line,match,detector_verdict,analyst_verdict,notes']
    kinds = ['real', 'real', 'real', 'test', 'badluhn', 'imei', 'iccid', 'order', 'masked', 'real', 'account', 'tracking']
    for n in range(R.randint(26, 30)):
        k = kinds[n % len(kinds)]
        path = '\\\\fs01\\' + pick(['finance', 'support', 'sales', 'hr']) + '\\' + pick(['exports', 'old', 'Q3']) + '\\' + pick(WORDS) + pick(['.xlsx', '.csv', '.txt', '.msg'])
        if k == 'real':
            m, av, note = d.card(style=pick(['plain', 'sp', 'dash'])), 'TRUE POSITIVE', pick(['customer card in ticket export', 'refund sheet', 'call notes'])
        elif k == 'test':
            m, av, note = lk('test-card', pick(sorted(V.CARD_TEST))), 'FALSE POSITIVE', 'published test card'
        elif k == 'badluhn':
            m, av, note = lk('luhn-invalid-card-shaped', card_bad_luhn()), 'FALSE POSITIVE', 'fails Luhn – invoice number'
        elif k == 'imei':
            m, av, note = lk('imei', imei()), 'FALSE POSITIVE', 'IMEI in asset list'
        elif k == 'iccid':
            m, av, note = lk('iccid', iccid()), 'FALSE POSITIVE', 'SIM ICCID'
        elif k == 'order':
            m, av, note = lk('luhn-valid-order-id', luhn_nonnetwork(16)), 'FALSE POSITIVE', 'order reference (prefix not a card network)'
        elif k == 'masked':
            m, av, note = masked_card(), 'FALSE POSITIVE', 'already masked'
        elif k == 'account':
            m, av, note = lk('account-number', rs(3, DG) + '-' + rs(7, DG) + '-' + rs(4, DG)), 'FALSE POSITIVE', 'bank account'
        else:
            m, av, note = lk('tracking-number', '9400 ' + ' '.join(rs(4, DG) for _ in range(4)) + ' ' + rs(2, DG)), 'FALSE POSITIVE', 'USPS tracking'
        rows.append(','.join([f'F-{R.randint(100000, 999999)}', 'fs01', '"' + path + '"', str(R.randint(1, 5000)), '"' + m + '"',
                              pick(['HIGH', 'MEDIUM']), av, '"' + note + '"']))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def se_customer_register(i):
    d = Doc('crm/se/kundregister-export.csv')
    rows = ['Kundnr;Typ;Namn;Person-/Organisationsnummer;Telefon;E-post;Postnr;Ort;Senaste order;Kundsedan']
    for n in range(R.randint(22, 26)):
        if n % 4 == 3:
            typ, name, idn = 'Företag', pick(SE_LAST) + ' ' + pick(['Bygg', 'Konsult', 'Transport', 'Data']) + ' AB', lk('se-org-number', org_nr())
            f, l = se_name()
        else:
            f, l = se_name()
            typ, name, idn = 'Privat', f'{f} {l}', d.pnr(sep=pick(['-', '', 'c-', 'c']))
        rows.append(';'.join([str(R.randint(10000, 99999)), typ, name, idn, d.phone('SE', pick(['nat', 'intl', 'e164'])) if chance(0.5) else '',
                              d.email(f, l, pick(['hotmail.se', 'gmail.com', 'telia.com', 'outlook.com'])) if chance(0.35) else '',
                              f'{R.randint(100, 999)} {R.randint(10, 99)}', pick(['Stockholm', 'Göteborg', 'Malmö', 'Umeå', 'Örebro']),
                              pick([order_no(), pnr_ts(), lk('ocr-reference', ocr_ref(10))]), str(R.randint(2005, 2024))]))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def se_kontrolluppgift(i):
    d = Doc('finance/se/kontrolluppgifter-KU10.xml')
    kus = []
    for n in range(R.randint(9, 11)):
        f, l = se_name()
        kus.append(f"""    <ku:Blankett>
      <ku:Arendeinformation>
        <ku:Arendeagare>{lk('se-org-number', '16' + org_nr().replace('-', ''))}</ku:Arendeagare>
        <ku:Period>2023</ku:Period>
      </ku:Arendeinformation>
      <ku:Blankettinnehall>
        <ku:KU10>
          <ku:Inkomstar>2023</ku:Inkomstar>
          <ku:InkomsttagareKU10>
            <ku:Inkomsttagare faltkod="215">{d.pnr(sep='c')}</ku:Inkomsttagare>
            <ku:Fornamn faltkod="216">{f}</ku:Fornamn>
            <ku:Efternamn faltkod="217">{l}</ku:Efternamn>
          </ku:InkomsttagareKU10>
          <ku:KontantBruttolonMm faltkod="011">{R.randint(200000, 900000)}</ku:KontantBruttolonMm>
          <ku:AvdragenSkatt faltkod="001">{R.randint(50000, 250000)}</ku:AvdragenSkatt>
          <ku:Specifikationsnummer faltkod="570">{R.randint(1, 999)}</ku:Specifikationsnummer>
        </ku:KU10>
      </ku:Blankettinnehall>
    </ku:Blankett>""")
    return d, f"""<?xml version="1.0" encoding="UTF-8"?>
<Skatteverket xmlns="http://xmls.skatteverket.se/se/skatteverket/ai/instans/infoForBeskattning/8.0" xmlns:ku="http://xmls.skatteverket.se/se/skatteverket/ai/komponent/infoForBeskattning/8.0" omrade="Kontrolluppgifter">
  <ku:Avsandare>
    <ku:Programnamn>Lonesystem {R.randint(5, 12)}.{R.randint(0, 9)}</ku:Programnamn>
    <ku:Organisationsnummer>{lk('se-org-number', '16' + org_nr().replace('-', ''))}</ku:Organisationsnummer>
    <ku:TekniskKontaktperson>
      <ku:Namn>{' '.join(se_name())}</ku:Namn>
      <ku:Telefon>{d.phone('SE', 'nat')}</ku:Telefon>
      <ku:Epostadress>{d.email(*se_name(), domain='kvarnberg.se')}</ku:Epostadress>
      <ku:Skapad>{iso()[:19]}</ku:Skapad>
    </ku:TekniskKontaktperson>
  </ku:Avsandare>
  <ku:Blankettgemensamt>
    <ku:Uppgiftslamnare>
      <ku:UppgiftslamnarePersOrgnr>{lk('se-org-number', '16' + org_nr().replace('-', ''))}</ku:UppgiftslamnarePersOrgnr>
    </ku:Uppgiftslamnare>
  </ku:Blankettgemensamt>
{chr(10).join(kus)}
</Skatteverket>
"""
