"""Payment cards beside Luhn-valid ids of no card network, masked PANs, order, auth and transaction numbers."""
import json

from registry import doc
from core import FIRST_M, FIRST_F, LAST_SV


@doc('iso8583-authorization-dump', 'logs/iso-switch-trace-20260119.txt', 'payment switch iso 8583 authorization message field dump')
def _(d):
    out = []
    for i in range(3):
        pan = d.card(d.r.choice(['visa', 'mc', 'mc2']))
        exp = f'{d.r.randint(27, 30)}{d.r.randint(1, 12):02d}'
        stan = f'{d.r.randint(0, 999999):06d}'
        rrn = d.intx(12)
        out.append(f"""[2026-01-19 11:{20 + i:02d}:0{i}.{d.r.randint(100, 999)}] <- MTI 0100 from ACQ-03
  [002] PAN ............................ {pan}
  [003] Processing code ................ 000000
  [004] Amount, transaction ............ {d.r.randint(1000, 99999):012d}
  [007] Transmission date & time ....... 0119112{i}0{i}
  [011] STAN ........................... {stan}
  [014] Expiration date ................ {exp}
  [022] POS entry mode ................. 051
  [035] Track 2 ........................ {pan}={exp}201{d.r.randint(10000000, 99999999)}
  [037] RRN ............................ {rrn}
  [041] Terminal id .................... {d.X('T' + d.rnd('dig7'))}
  [042] Merchant id .................... {d.intx(15)}
  [049] Currency ....................... 752
[2026-01-19 11:{20 + i:02d}:0{i + 1}.{d.r.randint(100, 999)}] -> MTI 0110 to ACQ-03  [039]=00  [038] auth={d.X(d.rnd('AN6'))}  [002]={d.X(pan[:6] + '******' + pan[-4:])}""")
    return '\n'.join(out) + '\n'


@doc('cybersource-rest-request-log', 'var/log/checkout/payments-debug.log', 'checkout service debug log with card processor rest request bodies')
def _(d):
    lines = []
    for i in range(3):
        net = d.r.choice(['visa', 'mc', 'amex'])
        pan = d.card(net)
        ref = d.lkcard(16, first='1')
        body = {'clientReferenceInformation': {'code': ref},
                'paymentInformation': {'card': {'number': pan, 'expirationMonth': f'{d.r.randint(1, 12):02d}', 'expirationYear': str(d.r.randint(2027, 2031)), 'securityCode': f'{d.r.randint(100, 9999)}'}},
                'orderInformation': {'amountDetails': {'totalAmount': f'{d.r.randint(100, 5000)}.00', 'currency': 'SEK'},
                                     'billTo': {'firstName': d.r.choice(FIRST_F), 'lastName': d.r.choice(LAST_SV), 'country': 'SE'}}}
        lines.append(f'2026-01-19 13:0{i}:11.{d.r.randint(100, 999)} DEBUG [payments] POST https://api.cybersource.com/pts/v2/payments body={json.dumps(body, ensure_ascii=False)}')
        lines.append(f'2026-01-19 13:0{i}:12.{d.r.randint(100, 999)} DEBUG [payments] 201 id={d.intx(22)} status=AUTHORIZED reconciliationId={d.intx(16)}')
    lines.append(f'2026-01-19 13:05:00.001 INFO  [payments] debug body logging disabled by config reload ({d.sha1()})')
    return '\n'.join(lines) + '\n'


@doc('spreedly-gateway-transcript-json', 'support/gateway-transcript-T88213.json', 'payment orchestration gateway transaction transcript attached to a support case (json)')
def _(d):
    pan = d.cardraw('mc', '')
    d.L('credit-card', pan)
    tx = {'transaction': {'token': d.anx(26), 'created_at': '2026-01-18T16:42:11Z', 'succeeded': False, 'state': 'gateway_processing_failed',
                          'gateway_token': d.anx(26), 'amount': 129900, 'currency_code': 'SEK', 'order_id': d.lkcard(16, first='7'),
                          'payment_method': {'token': d.anx(26), 'card_type': 'master', 'last_four_digits': pan[-4:], 'first_six_digits': pan[:6],
                                             'number': d.X(pan[:6] + '******' + pan[-4:]), 'full_name': f'{d.r.choice(FIRST_M)} {d.r.choice(LAST_SV)}'},
                          'transcript': f'<- POST /v1/authorize\\n<- {{"card":{{"pan":"{pan}","exp":"11/29"}},"amount":129900}}\\n-> HTTP 502 Bad Gateway'}}
    return json.dumps(tx, ensure_ascii=False, indent=2) + '\n'


@doc('woocommerce-order-notes-sql', 'backup/wp_comments-ordernotes.sql', 'sql dump of e-commerce order notes where a plugin stored card numbers')
def _(d):
    rows = []
    for i in range(5):
        oid = 41000 + d.r.randint(1, 999)
        if i % 2 == 0:
            note = f'Manuell kortbetalning via telefon: {d.card(d.r.choice(["visa", "mc"]), " ")} exp {d.r.randint(1, 12):02d}/{d.r.randint(27, 30)}. Godkänd.'
        else:
            note = f'Betalning mottagen (kort {d.mask("visa", 1)}). Transaktions-ID: {d.lkcard(18, first="7")}'
        rows.append(f"({900100 + i},{oid},'WooCommerce','woocommerce@localhost','','','2026-01-1{i} 10:{i}2:00','2026-01-1{i} 09:{i}2:00','{note}',0,'1','WooCommerce','order_note',0,0)")
    return f"""-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
-- Host: localhost    Database: butik_wp
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

LOCK TABLES `wp_comments` WRITE;
INSERT INTO `wp_comments` (`comment_ID`, `comment_post_ID`, `comment_author`, `comment_author_email`, `comment_author_url`, `comment_author_IP`, `comment_date`, `comment_date_gmt`, `comment_content`, `comment_karma`, `comment_approved`, `comment_agent`, `comment_type`, `comment_parent`, `user_id`) VALUES
{(',' + chr(10)).join(rows)};
UNLOCK TABLES;
"""


@doc('opera-pms-reservation-export-csv', 'pms/reservations-arrivals-20260120.csv', 'hotel property management arrivals export with guarantee cards (csv)')
def _(d):
    rows = ['Conf No,Guest Name,Arrival,Departure,Room Type,Rate Code,Guarantee,Card Type,Card Number,Exp,Loyalty No']
    for i in range(7):
        net = d.r.choice(['visa', 'mc', 'amex', 'diners'])
        ct = {'visa': 'VA', 'mc': 'MC', 'amex': 'AX', 'diners': 'DC'}[net]
        cn = d.card(net) if i % 3 != 2 else d.mask(net)
        rows.append(f'{d.intx(9)},"{d.r.choice(LAST_SV)}, {d.r.choice(FIRST_F + FIRST_M)}",20-JAN-26,2{d.r.randint(1, 4)}-JAN-26,{d.r.choice(["DBL", "TWN", "SGL", "JRS"])},{d.r.choice(["BAR", "CORP1", "PKG"])},CC,{ct},{cn},{d.r.randint(1, 12):02d}/{d.r.randint(27, 31)},{d.lkcard(16, first="1")}')
    return '\n'.join(rows) + '\n'


@doc('callcentre-crm-notes-txt', 'crm/export-arendeanteckningar-2026-01.txt', 'customer service crm case notes export (swedish)')
def _(d):
    out = []
    for i in range(4):
        cnr = d.intx(8)
        if i % 2 == 0:
            note = f'Kunden ville betala fakturan direkt, läste upp kortnumret {d.card(d.r.choice(["visa", "mc"]), " ")} giltigt till {d.r.randint(1, 12):02d}/{d.r.randint(27, 30)}. Dragning gjord i terminalen.'
        else:
            note = f'Kunden hänvisade till kort som slutar på {d.r.randint(1000, 9999)} ({d.mask("mc", 0)}). Inget sparat. Ordernr {d.lkcard(16, first="7")}.'
        out.append(f'Ärende {cnr} | 2026-01-{10 + i:02d} {9 + i}:15 | Handläggare: KS-{d.r.randint(10, 99)}\n  {note}\n')
    return '\n'.join(out)


@doc('hotel-guarantee-fax-txt', 'fax/inkommande/2026-01-19_1022_garanti.txt', 'ocr text of a faxed hotel booking guarantee form')
def _(d):
    return f"""HOTELL NORRSKENET – KREDITKORTSGARANTI / CREDIT CARD AUTHORISATION
Faxnummer: 090-{d.r.randint(10, 99)} {d.r.randint(10, 99)} {d.r.randint(10, 99)}       Sida 1/1

Bokningsnummer / Reservation no: {d.intx(8)}
Gästens namn / Guest name: {d.r.choice(FIRST_M)} {d.r.choice(LAST_SV)}
Ankomst / Arrival: 2026-02-03     Avresa / Departure: 2026-02-06

Korttyp / Card type:  [X] Visa  [ ] Mastercard  [ ] Amex
Kortnummer / Card no: {d.card('visa', ' ')}
Giltigt t.o.m. / Expiry: {d.r.randint(1, 12):02d}/{d.r.randint(27, 30)}
Kortinnehavare / Cardholder: Norrlands Bygg & Montage AB (firmakort)
Belopp / Amount: max 9 000 SEK (logi + frukost)

Underskrift / Signature: ____________________
Företagets kundnummer: {d.lkcard(12, first='7')}
"""


@doc('travel-agency-booking-eml', 'mail/bokning-resebyra-flyg-ARN-LPA.eml', 'e-mail from a traveller to a travel agency with card details for a booking (swedish)')
def _(d):
    f, e = d.r.choice(FIRST_F), d.r.choice(LAST_SV)
    em = d.email(f, e)
    return f"""Return-Path: <{em}>
From: {f} {e} <{em}>
To: Bokning <bokning@resebyra-norrland.invalid>
Subject: Re: Offert 88213 – Gran Canaria v.8
Date: Mon, 19 Jan 2026 20:14:02 +0100
Message-ID: <{d.uuid()}@{em.split('@')[1]}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Vi tar resan enligt offerten. Betala gärna med mitt kort:
{d.card('mc2', ' ')}, utg. {d.r.randint(1, 12):02d}/{d.r.randint(27, 30)}, CVC skickar jag i SMS.
Om det inte går, använd min mans kort {d.card('visa', '-')}.

Mobil: {d.phone('se', style=0)}

Hälsningar
{f}

> Offertnummer: 88213, giltig till 2026-01-22
> Bokningsreferens (preliminär): {d.X(d.rnd('AN6'))}
"""


@doc('braintree-vault-migration-csv', 'migration/vault-export-batch-07.csv', 'card vault migration export from an old payment provider (csv)')
def _(d):
    rows = ['customer_id,cardholder_name,number,expiration_month,expiration_year,billing_postal_code,token']
    for i in range(8):
        net = d.r.choice(['visa', 'mc', 'amex', 'discover', 'jcb'])
        rows.append(f'{d.intx(9)},{d.r.choice(FIRST_F + FIRST_M)} {d.r.choice(LAST_SV)},{d.card(net)},{d.r.randint(1, 12):02d},{d.r.randint(2026, 2031)},{d.r.randint(10000, 99999)},{d.X(d.rnd("lc7"))}')
    return '\n'.join(rows) + '\n'


@doc('worldpay-xml-order-request-log', 'logs/wp-xml-gateway.log', 'legacy xml payment gateway order request log with card details')
def _(d):
    out = []
    for i in range(2):
        pan = d.card(d.r.choice(['visa', 'mc']))
        out.append(f"""2026-01-19 15:2{i}:04,221 DEBUG XmlGatewayClient - request:
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE paymentService PUBLIC "-//WorldPay//DTD WorldPay PaymentService v1//EN" "http://dtd.worldpay.com/paymentService_v1.dtd">
<paymentService version="1.4" merchantCode="NORRBUTIK">
  <submit>
    <order orderCode="{d.lkcard(16, first='1')}">
      <description>Webbordrar januari</description>
      <amount currencyCode="SEK" exponent="2" value="{d.r.randint(10000, 999999)}"/>
      <paymentDetails>
        <{'VISA-SSL' if pan[0] == '4' else 'ECMC-SSL'}>
          <cardNumber>{pan}</cardNumber>
          <expiryDate><date month="{d.r.randint(1, 12):02d}" year="{d.r.randint(2027, 2030)}"/></expiryDate>
          <cardHolderName>{d.r.choice(FIRST_M)} {d.r.choice(LAST_SV)}</cardHolderName>
        </{'VISA-SSL' if pan[0] == '4' else 'ECMC-SSL'}>
      </paymentDetails>
    </order>
  </submit>
</paymentService>
2026-01-19 15:2{i}:05,002 DEBUG XmlGatewayClient - response: lastEvent=AUTHORISED authId={d.X(d.rnd('dig6'))}""")
    return '\n'.join(out) + '\n'


@doc('ivr-payment-transcript-txt', 'ivr/transkript-samtal-4471.txt', 'speech-to-text transcript of a phone payment call (swedish)')
def _(d):
    pan = d.cardraw('visa', ' ')
    d.L('credit-card', pan)
    spoken = pan
    return f"""[00:00:02] IVR: Välkommen till Norrtrafikens kundtjänst. Samtalet spelas in.
[00:00:09] Handläggare: Hej, du ville betala din kontrollavgift?
[00:00:12] Kund: Ja, avgift nummer {d.lkcard(12, first='7')}.
[00:00:21] Handläggare: Då behöver jag kortnumret.
[00:00:24] Kund: Det är {spoken}.
[00:00:38] Handläggare: Och giltigt till?
[00:00:40] Kund: Noll åtta tjugonio.
[00:00:52] Handläggare: Tack, betalningen är godkänd. Referens {d.X(d.rnd('AN8'))}.
[00:01:03] Kund: Kan ni skicka kvitto till mitt nummer {d.phone('se', style=0)}?
[00:01:10] Handläggare: Absolut. Ha en bra dag!
"""


@doc('acquirer-retrieval-request-eml', 'mail/retrieval-request-RR-2026-0191.eml', 'acquirer retrieval request e-mail with the disputed card and transaction')
def _(d):
    return f"""From: Dispute Team <disputes@acquirer-nordic.invalid>
To: ekonomi@norrbutiken.invalid
Subject: Retrieval request RR-2026-0191 – response due 2026-01-29
Date: Tue, 20 Jan 2026 08:02:44 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear merchant,

We have received a retrieval request from the issuer for the transaction below.
Please provide the signed receipt or proof of delivery within 10 days.

Card number:           {d.card('visa')}
Card (as printed):     {d.mask('visa', 0)}
Transaction date:      2025-12-14
Amount:                2 349,00 SEK
ARN:                   {d.lkcard(23, first='7')}
Authorisation code:    {d.X(d.rnd('AN6'))}
Merchant id:           {d.intx(15)}
Reason code:           6305 (cardholder does not agree with amount)

Case reference: {d.uuid()}

Kind regards,
Dispute Team
"""


@doc('risk-team-manual-review-json', 'risk/manual-review-queue-2026-01-20.json', 'fraud risk manual review queue export (json)')
def _(d):
    items = []
    for i in range(5):
        items.append({'review_id': d.uuid(), 'order_number': d.lkcard(16, first='1'), 'score': round(d.r.random(), 3),
                      'card': {'pan': d.card(d.r.choice(['visa', 'mc', 'amex'])), 'bin_country': d.r.choice(['SE', 'NO', 'GB', 'US'])},
                      'device_imei': d.imei(), 'ip': '10.' + '.'.join(str(d.r.randint(0, 254)) for _ in range(3)),
                      'reasons': d.r.sample(['velocity', 'bin_mismatch', 'new_device', 'high_amount'], 2)})
    return json.dumps({'queue': 'manual-review', 'generated': '2026-01-20T06:00:00Z', 'items': items}, indent=2) + '\n'


@doc('mysql-general-log-payment-insert', 'var/log/mysql/general.log.2', 'mysql general query log with payment inserts from a legacy shop')
def _(d):
    lines = ['/usr/sbin/mysqld, Version: 8.0.40 (MySQL Community Server - GPL). started with:',
             'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock',
             'Time                 Id Command    Argument']
    for i in range(4):
        pan = d.card(d.r.choice(['visa', 'mc', 'maestro']))
        lines.append(f"2026-01-19T17:0{i}:12.{d.r.randint(100000, 999999)}Z\t  {8812 + i} Query\tINSERT INTO betalningar (order_id, kortnummer, utgang, belopp, skapad) VALUES ({d.lkcard(13, first='1')}, '{pan}', '{d.r.randint(1, 12):02d}{d.r.randint(27, 30)}', {d.r.randint(100, 9000)}.00, NOW())")
        lines.append(f"2026-01-19T17:0{i}:12.{d.r.randint(100000, 999999)}Z\t  {8812 + i} Query\tCOMMIT")
    lines.append(f"2026-01-19T17:05:00.000001Z\t  8820 Query\tSELECT kortnummer FROM betalningar WHERE kortnummer LIKE '4%' LIMIT 0")
    return '\n'.join(lines) + '\n'


@doc('zendesk-ticket-card-redaction-failed-json', 'support/tickets/440219.json', 'help desk ticket api response where a customer pasted card numbers (json)')
def _(d):
    c1 = d.cardraw('amex', ' ')
    d.L('credit-card', c1)
    t = {'ticket': {'id': 440219, 'subject': 'Dubbeldragning på kortet', 'status': 'open', 'priority': 'normal',
                    'requester_id': d.intx(12), 'created_at': '2026-01-19T19:22:10Z', 'tags': ['betalning', 'dubbeldragning'],
                    'comments': [{'id': d.intx(14), 'public': True,
                                  'body': f'Hej, ni har dragit pengar två gånger från mitt kort {c1} för order {d.lkcard(16, first="7")}. Snälla återbetala.'},
                                 {'id': d.intx(14), 'public': True,
                                  'body': f'Hej! Vi har maskerat kortnumret i ärendet ({d.mask("amex", 2)}). Återbetalning är gjord, referens {d.X(d.rnd("AN10"))}.'}]}}
    return json.dumps(t, ensure_ascii=False, indent=2) + '\n'


@doc('ingenico-terminal-trace-log', 'terminal/trace/TRC20260119.log', 'card terminal trace log in debug mode with a full pan')
def _(d):
    pan = d.card('visa')
    pan2 = d.card('mc')
    return f"""19/01/26 12:41:02.118 [APP ] Transaction start amt=000000018900 cur=752 type=SALE
19/01/26 12:41:03.402 [EMV ] AID selected A0000000031010 (VISA CREDIT)
19/01/26 12:41:03.455 [EMV ] Tag 5A (PAN) len=8 val={pan}
19/01/26 12:41:03.456 [EMV ] Tag 5F24 (Exp) val={d.r.randint(27, 30)}{d.r.randint(1, 12):02d}31
19/01/26 12:41:03.460 [EMV ] Tag 9F36 (ATC) val={d.X(d.rnd('HEX4'))}
19/01/26 12:41:04.990 [HOST] Auth OK code={d.X(d.rnd('dig6'))} stan={d.X(d.rnd('dig6'))}
19/01/26 12:41:05.001 [RCPT] PAN printed as {d.mask('visa', 2)}
19/01/26 12:44:11.730 [EMV ] AID selected A0000000041010 (MASTERCARD)
19/01/26 12:44:11.781 [EMV ] Tag 5A (PAN) len=8 val={pan2}
19/01/26 12:44:13.002 [HOST] Declined 51
19/01/26 12:44:13.010 [SYS ] Terminal S/N {d.X(d.rnd('dig11'))}  IMEI {d.imei()}
"""
