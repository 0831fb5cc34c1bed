"""The rest: payment cards beside card-shaped look-alikes, passwords in chats, tickets and mail in several languages,
phones in many national formats beside fictitious ranges."""
import json

from core import DIG, UP, LOW, AN, luhn_digit
from registry import doc

G = 'rest'


def exp(d):
    return f'{d.ri(1, 12):02d}/{d.ri(26, 31)}'


def imei(d):
    body = d.ch(['35', '86', '01']) + d.rs(12, DIG)
    return d.X(body + luhn_digit(body))


def rrn(d):
    return d.num(12)


# --------------------------------------------------------------------------------------------- cards


@doc('pos-batch-settlement-report-txt', 'kassa/terminal/batch-0412-detalj.txt',
     'point-of-sale terminal detailed batch report printed with full card numbers', G)
def pos_batch(d):
    tid = d.num(8)
    lines = []
    for net, e in [('visa', 'VISA'), ('mc', 'MASTERCARD'), ('visa', 'VISA DEBIT')]:
        pan = d.card(net)
        lines.append(f'{e:<12} {pan}  {exp(d)}  {d.ri(49, 2400)},{d.ri(0, 99):02d}  AUTH {d.rs(6, UP + DIG)}  RRN {rrn(d)}')
    gift = d.lkcard(16, '7')
    lines.append(f'PRESENTKORT {gift}  --/--  {d.ri(100, 500)},00  INLÖST')
    masked = d.masked_pan(0)
    lines.append(f'AMEX         {masked}  {exp(d)}  {d.ri(100, 900)},00  AVBRUTEN')
    return f"""==========================================
 BATCHRAPPORT - DETALJ
 Butik: Sportkällaren Ystad
 Terminal-ID: {tid}   Batch: {d.ri(100, 999)}
 Serienr terminal: {imei(d)}
 Datum: 2026-01-19  22:04
==========================================
""" + '\n'.join(lines) + f"""
------------------------------------------
 Antal köp: 4   Summa: {d.ri(2000, 6000)},{d.ri(10, 99)} SEK
 Batch avslutad och skickad till inlösare
==========================================
"""


@doc('hotel-night-audit-report-txt', 'pms/nightaudit/guarantee-report-2026-01-18.txt',
     'hotel night audit guarantee report with guaranteed reservations, card numbers and folio numbers', G)
def night_audit(d):
    out = ['NIGHT AUDIT - GUARANTEED ARRIVALS / NO-SHOW CANDIDATES            Business date 18-JAN-2026',
           'Property: Harbour View Hotel Gothenburg', '',
           'Conf no     Guest                     Arr        Nts  Rate     Guarantee card               Exp    Folio']
    for i, net in enumerate(['visa', 'amex', 'mc', None]):
        cc = d.ch(['gb', 'de', 'us', 'nl'])
        first, last, sex = d.person(cc)
        if net:
            pan = d.card(net, ' ' if i != 1 else '')
        else:
            pan = d.masked_pan(1)
        folio = d.lkcard(13, '1')
        out.append(f'{d.num(8):<11} {last.upper() + "/" + first.upper():<25} 18-JAN-26  {d.ri(1, 4):<4} {d.ri(1200, 3400):<8} '
                   f'{pan:<28} {exp(d)}  {folio}')
    ph = d.phone('gb', 0)
    out += ['', f'Late arrival note conf above (2nd line): guest called from {ph}, ETA 01:30, keep room.',
            'Auditor: night desk / JE']
    return '\n'.join(out)


@doc('subscription-dunning-failed-charge-eml', 'mail/billing-alerts/failed-renewal-4471.eml',
     'internal billing alert e-mail about a failed renewal that includes the card the customer re-entered', G)
def dunning(d):
    d.L('email', 'billing-alerts@abo-plattform.de')
    d.L('email', 'zahlungen@abo-plattform.de')
    first, last, sex = d.person('de')
    pan = d.card('mc', ' ')
    mail = d.email(first, last, 'de')
    inv = d.lkcard(12, '1')
    return f"""Return-Path: <billing-alerts@abo-plattform.de>
Received: from mx01.abo-plattform.de (mx01.abo-plattform.de [10.40.1.5])
	by mail.abo-plattform.de with ESMTPS id 4F2K9x0Tz1z9sWm
	for <zahlungen@abo-plattform.de>; Tue, 20 Jan 2026 07:12:44 +0100 (CET)
From: Billing Alerts <billing-alerts@abo-plattform.de>
To: zahlungen@abo-plattform.de
Subject: Verlängerung fehlgeschlagen - Kunde {d.num(7)} (3. Versuch)
Date: Tue, 20 Jan 2026 07:12:44 +0100
Message-ID: <{d.hexx(24)}@abo-plattform.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo Team,

die automatische Verlängerung für Rechnung {inv} ist zum dritten Mal fehlgeschlagen (do_not_honor).
Kunde: {first} {last} <{mail}>
Der Kunde hat im Kontaktformular folgende "neue" Karte angegeben, bitte manuell im Terminal erfassen
und das Formularfeld danach löschen:

  Karte: {pan}   gültig bis {exp(d)}

Danke,
Billing-Bot
"""


@doc('card-over-phone-agent-notes-txt', 'callcenter/anteckningar/2026-01-21-agent-117.txt',
     'call centre agent scratch notes with a card number read over the phone and device identifiers', G)
def phone_notes(d):
    first, last, sex = d.person('se')
    pan = d.card('visa', '-')
    ph = d.phone('se', 0)
    return f"""21/1 kl 10:42 - samtal från {first} {last}, tel {ph}
vill byta kort för abonnemanget (mobil + surfplatta)
kortnr: {pan}  exp {exp(d)}  (cvc tog jag inte)
abonnemang: {d.num(9)}
IMEI surfplatta: {imei(d)}
-> la in kortet i kassan kl 10:47, raderar denna rad sen!!
"""


@doc('fuel-card-transactions-statement-csv', 'fordon/drivmedel/transaktioner-2026-01.csv',
     'fleet fuel card statement with fleet card numbers and one private card payment', G)
def fuel(d):
    rows = ['Datum;Kortnummer;Reg.nr;Station;Produkt;Liter;Belopp;Kommentar']
    for i in range(4):
        card = d.lkcard(16, '7')
        rows.append(f'2026-01-{d.ri(2, 28):02d};{card};{d.rs(3, "ABCDEFGHJKLMNPRSTUWXYZ")}{d.ri(100, 999)};'
                    f'{d.ch(["Circle K Arlanda", "Preem Märsta", "OKQ8 Sigtuna", "St1 Rosersberg"])};Diesel;'
                    f'{d.ri(30, 90)},{d.ri(0, 99):02d};{d.ri(600, 1900)},{d.ri(0, 99):02d};')
    pan = d.card('visa')
    rows.append(f'2026-01-{d.ri(2, 28):02d};{pan};{d.rs(3, "ABCDEFGHJKLMNPRSTUWXYZ")}{d.ri(100, 999)};Circle K Uppsala;'
                f'Diesel;{d.ri(30, 90)},00;{d.ri(600, 1900)},00;privat kort (drivmedelskort glömt), ska vidarefaktureras')
    return '\n'.join(rows)


@doc('gift-card-redemption-ledger-csv', 'butik/presentkort/inlosen-2026-01.csv',
     'gift card redemption ledger with gift card numbers and a remainder paid by card', G)
def giftcard(d):
    rows = ['datum,presentkort,saldo_fore,inlost,saldo_efter,rest_betald_med,kvitto']
    for i in range(4):
        gc = d.lkcard(16, '17' if i % 2 else '8')
        before = d.ri(200, 1500)
        used = min(before, d.ri(100, 1500))
        pay = d.card('mc') if i == 2 else ''
        rows.append(f'2026-01-{d.ri(2, 28):02d},{gc},{before},{used},{before - used},{pay},{d.num(10)}')
    return '\n'.join(rows)


@doc('expense-receipt-ocr-json', 'utlagg/ocr/kvitto-2026-01-17-taxi.json',
     'expense app ocr result of a taxi receipt that printed the full card number', G)
def receipt(d):
    pan = d.card('amex')
    ph = d.phone('fi', 1)
    res = {'documentType': 'receipt', 'confidence': 0.94, 'merchant': {'name': 'Taksi Helsinki Oy', 'phone': ph,
                                                                      'businessId': f'{d.ri(1000000, 9999999)}-{d.ri(0, 9)}'},
           'date': '2026-01-17', 'total': {'amount': round(d.rng.uniform(25, 80), 2), 'currency': 'EUR'},
           'vat': [{'rate': 14, 'amount': round(d.rng.uniform(3, 9), 2)}],
           'payment': {'method': 'card', 'cardNumber': pan, 'cardType': 'AMEX'},
           'rawText': f'TAKSI HELSINKI\\nPuh. {ph}\\nKORTTI {pan}\\nYHTEENSÄ EUR'}
    return json.dumps(res, indent=2, ensure_ascii=False)


@doc('car-rental-counter-preauth-log', 'var/log/counter/preauth-2026-01-19.log',
     'car rental counter application log of deposit pre-authorisations with full card numbers', G)
def preauth(d):
    out = []
    hours = sorted(d.ri(7, 21) for _ in range(4))
    for i, net in enumerate(['visa', 'amex', 'mc', 'visa']):
        t = f'2026-01-19 {hours[i]:02d}:{d.ri(10, 59)}:{d.ri(10, 59)},{d.ri(100, 999)}'
        ra = d.lkcard(12, '1')
        if i == 3:
            out.append(f'{t} INFO  PreAuth ra={ra} pan={d.masked_pan(0)} amount=3000.00 SEK result=APPROVED code={d.rs(6, UP + DIG)}')
            continue
        pan = d.card(net)
        out.append(f'{t} DEBUG PreAuthRequest ra={ra} pan={pan} exp={exp(d).replace("/", "")} amount={d.ri(2, 6)}000.00 SEK')
        out.append(f'{t} INFO  PreAuth ra={ra} result={"APPROVED" if i != 1 else "DECLINED"} rrn={rrn(d)}')
    return '\n'.join(out)


@doc('donation-form-submissions-csv', 'insamling/formular/gavor-2026-01.csv',
     'charity donation form submissions export with card numbers, e-mail and reference numbers', G)
def donation(d):
    rows = ['inskickat,namn,e-post,belopp,kortnummer,giltigt,gavobrev,referens']
    for i in range(3):
        first, last, sex = d.person('se')
        mail = d.email(first, last, 'se')
        pan = d.card(d.ch(['visa', 'mc']), ' ' if i == 1 else '')
        rows.append(f'2026-01-{d.ri(2, 28):02d} {d.ri(8, 22):02d}:{d.ri(10, 59)},{first} {last},{mail},{d.ch([100, 200, 250, 500])},'
                    f'{pan},{exp(d)},{d.ch(["ja", "nej"])},{d.lkcard(14, "7")}')
    return '\n'.join(rows)


@doc('airline-refund-claim-eml', 'mail/kundservice/refund-claim-XK4T2P.eml',
     'customer e-mail to an airline asking for a refund to a card, with booking reference and phone', G)
def airline_refund(d):
    d.L('email', 'refunds@nordicwings-air.se')
    first, last, sex = d.person('nl')
    mail = d.email(first, last, 'nl')
    pan = d.card('visa', ' ')
    ph = d.phone('nl', 0)
    tkt = d.X(f'117-{d.ri(1000000000, 9999999999)}')
    return f"""From: {first} {last} <{mail}>
To: refunds@nordicwings-air.se
Subject: Refund request booking XK4T2P - cancelled flight
Date: Sun, 18 Jan 2026 21:04:11 +0100
Content-Type: text/plain; charset="utf-8"

Hello,

my flight from Amsterdam to Stockholm on 12 January was cancelled and I would like a refund.

Booking reference: XK4T2P
Ticket number: {tkt}
Passenger: {first.upper()} {last.upper()}

The original card has expired, please refund to my new card {pan} (expires {exp(d)}).
You can reach me on {ph}.

Kind regards,
{first} {last}
"""


# --------------------------------------------------------------------------------------------- passwords in prose


@doc('chanty-team-chat-export-txt-de', 'export/chanty/team-buero-2026-01.txt',
     'team chat export of an office team sharing account passwords (german)', G)
def chat_de(d):
    d.L('email', 'einkauf@buero-weber.de')
    pw1 = d.pw('w')
    pw2 = d.pw('p')
    return f"""[2026-01-14 08:51] Sabine Krüger: Morgen! Wer hat das Passwort für den Lieferanten-Shop (grosshandel-buero.de)?
[2026-01-14 08:53] Tobias Weber: Benutzer ist einkauf@buero-weber.de, Passwort {pw1}
[2026-01-14 08:53] Tobias Weber: bitte nicht ändern, das nutzt die Buchhaltung auch
[2026-01-14 09:02] Sabine Krüger: danke! und das Gäste-WLAN?
[2026-01-14 09:04] Tobias Weber: WLAN "Buero-Gast", Kennwort: {pw2}
[2026-01-14 09:05] Sabine Krüger: 👍
"""


@doc('tidio-chat-transcript-txt-es', 'soporte/tidio/transcripcion-2026-01-16-1893.txt',
     'website live chat transcript where a customer types their password and phone (spanish)', G)
def chat_es(d):
    first, last, sex = d.person('es')
    pw = d.pw('s')
    ph = d.phone('es', 1)
    return f"""Transcripción de la conversación #1893 - Tienda Online Bicis Levante
Visitante: {first} (vía widget web)

16/01/2026 19:02 {first}: hola, no puedo entrar en mi cuenta
16/01/2026 19:02 Agente (Marta): Hola {first}, ¿qué mensaje te aparece?
16/01/2026 19:03 {first}: dice contraseña incorrecta pero estoy segura que es {pw}
16/01/2026 19:04 Agente (Marta): Por seguridad no compartas tu contraseña por el chat 🙏 Te envío un enlace para restablecerla.
16/01/2026 19:05 {first}: vale, mejor llámame al {ph}
16/01/2026 19:05 Agente (Marta): De acuerdo, te llamamos mañana por la mañana.
"""


@doc('dooray-messenger-export-txt-ko', 'export/dooray/infra-channel-2026-01.txt',
     'work messenger channel export with server passwords shared between colleagues (korean)', G)
def chat_ko(d):
    pw1 = d.pw('a')
    pw2 = d.pw('x')
    return f"""2026-01-15 오전 10:12, 김민수 : 스테이징 DB 접속 정보 좀 알려주세요
2026-01-15 오전 10:14, 이지은 : 호스트 10.20.3.15 / 계정 stg_admin / 비밀번호 {pw1}
2026-01-15 오전 10:14, 이지은 : 운영 DB랑 헷갈리지 마세요!
2026-01-15 오전 10:20, 김민수 : 감사합니다. VPN 공용 계정 비번도 바뀌었나요?
2026-01-15 오전 10:21, 이지은 : 네 어제 바꿨어요. vpn-shared / {pw2}
2026-01-15 오전 10:22, 김민수 : 확인했습니다 👍
"""


@doc('feishu-group-chat-export-txt-zh', 'export/feishu/运维值班群-2026-01.txt',
     'group chat export of an operations on-call group sharing passwords (chinese)', G)
def chat_zh(d):
    pw1 = d.pw('a')
    pw2 = d.pw('w')
    return f"""2026-01-13 21:40 王磊: 今晚谁值班？堡垒机的root密码改了吗
2026-01-13 21:42 陈静: 改了，新的密码是 {pw1}
2026-01-13 21:42 陈静: 用完记得在群里说一声
2026-01-13 21:55 王磊: 收到。监控平台管理员账号 admin 密码：{pw2}，我刚重置的
2026-01-13 21:56 陈静: 好的，明天让安全组统一放到密码库里
"""


@doc('vk-teams-chat-export-txt-ru', 'export/vkteams/buhgalteriya-2026-01.txt',
     'team messenger export of an accounting team sharing a bank client password (russian)', G)
def chat_ru(d):
    pw1 = d.pw('s')
    pw2 = d.pw('y')
    return f"""[15.01.2026 09:31] Ольга Смирнова: Коллеги, кто знает пароль от клиент-банка?
[15.01.2026 09:35] Андрей Козлов: логин buh_firma, пароль {pw1}
[15.01.2026 09:35] Андрей Козлов: только не меняйте, он привязан к токену
[15.01.2026 09:40] Ольга Смирнова: спасибо! а от 1С тоже?
[15.01.2026 09:41] Андрей Козлов: 1С: пользователь Бухгалтер, пароль: {pw2}
"""


@doc('deskpro-ticket-messages-json-pl', 'deskpro/api/tickets-5521-messages.json',
     'help desk api response with ticket messages where a user sends credentials (polish)', G)
def ticket_pl(d):
    first, last, sex = d.person('pl')
    mail = d.email(first, last, 'pl')
    pw = d.pw('s')
    msgs = {'data': [
        {'id': d.ri(10000, 99999), 'ticket': 5521, 'person': {'name': f'{first} {last}', 'email': mail},
         'date_created': '2026-01-19T08:14:02+0100', 'message': f'<p>Dzień dobry, nie mogę zalogować się do poczty. '
                                                                f'Login {mail}, hasło {pw}. Proszę o pomoc.</p>', 'is_agent_note': False},
        {'id': d.ri(10000, 99999), 'ticket': 5521, 'person': {'name': 'Helpdesk IT'}, 'date_created': '2026-01-19T08:31:40+0100',
         'message': '<p>Dziękujemy. Prosimy nie wysyłać haseł w zgłoszeniach - hasło zostało zresetowane, nowe '
                    'tymczasowe hasło wyślemy SMS-em.</p>', 'is_agent_note': False}],
        'meta': {'pagination': {'total': 2, 'count': 2, 'per_page': 10, 'current_page': 1, 'total_pages': 1}}}
    return json.dumps(msgs, indent=2, ensure_ascii=False)


@doc('spiceworks-ticket-comment-print-nl', 'helpdesk/tickets/ticket-2281-afdruk.txt',
     'help desk ticket printout with comments containing a shared password (dutch)', G)
def ticket_nl(d):
    d.L('email', 'receptie@tandartspraktijk-deboer.nl')
    pw = d.pw('w')
    pw2 = d.pw('k')
    return f"""Ticket #2281 - Printer op 2e verdieping vraagt om wachtwoord
Status: Gesloten     Prioriteit: Normaal     Toegewezen aan: Ruben (IT)
Aangemaakt door: receptie@tandartspraktijk-deboer.nl op 14-01-2026 09:12

Opmerkingen
----------
14-01-2026 09:12  Receptie:
  De printer vraagt bij scannen naar map om een wachtwoord. Welk wachtwoord moet ik gebruiken?

14-01-2026 09:40  Ruben (IT):
  Het wachtwoord van het scan-account is {pw}, staat ook in de kluis. Gebruiker: scan-receptie.

14-01-2026 10:05  Receptie:
  Werkt! Kan ik het beheerderswachtwoord van de printer zelf ook krijgen? Dan kan ik de papierlade instellen.

14-01-2026 10:07  Ruben (IT):
  Liever niet, maar goed: {pw2}. Graag niets anders aanpassen.
"""


@doc('email-thread-password-reset-pt', 'mail/suporte/Re-acesso-portal-fornecedores.eml',
     'e-mail thread with a supplier portal account where a temporary password is sent (portuguese)', G)
def mail_pt(d):
    d.L('email', 'suporte@ceramicas-douro.pt')
    d.L('email', 'compras@metalurgica-aveiro.pt')
    first, last, sex = d.person('es')
    pw = d.pw('a')
    ph = d.phone('pt', 0)
    return f"""From: Suporte TI <suporte@ceramicas-douro.pt>
To: compras@metalurgica-aveiro.pt
Subject: Re: Acesso ao portal de fornecedores
Date: Mon, 19 Jan 2026 11:20:05 +0000
Content-Type: text/plain; charset=utf-8

Bom dia,

conforme pedido, criámos o utilizador "metalurgica.aveiro" no portal de fornecedores.
Senha temporária: {pw}
Será pedida a alteração da senha no primeiro acesso.

Qualquer dúvida, ligue para {ph}.

Cumprimentos,
Suporte TI

> Bom dia, precisamos de acesso ao portal para submeter as faturas de janeiro.
> Obrigado
"""


@doc('it-helpdesk-mail-thread-eml-it', 'mail/helpdesk/Re-accesso-gestionale.eml',
     'it help desk e-mail reply with a reset password for an erp account (italian)', G)
def mail_it(d):
    d.L('email', 'helpdesk@studio-ferraris.it')
    d.L('email', 'amministrazione@studio-ferraris.it')
    pw = d.pw('s')
    pw2 = d.pw('w')
    return f"""From: Helpdesk IT <helpdesk@studio-ferraris.it>
To: Giulia <amministrazione@studio-ferraris.it>
Subject: Re: accesso al gestionale bloccato
Date: Tue, 20 Jan 2026 09:02:41 +0100
Content-Type: text/plain; charset=UTF-8

Ciao Giulia,

ho sbloccato l'utente e reimpostato la password: {pw}
Al primo accesso ti chiederà di cambiarla.

Per la PEC la password resta la stessa ({pw2}), non l'ho toccata.

Ciao,
Luca - Helpdesk
"""


@doc('sv-intranet-forum-post-txt', 'intranat/forum/tradar/skrivare-plan-3.txt',
     'intranet forum thread where colleagues post a printer admin password and a guest wifi key (swedish)', G)
def forum_sv(d):
    pw = d.pw('s')
    pw2 = d.pw('p')
    return f"""Tråd: Skrivaren på plan 3 vill ha lösenord vid skanning
Kategori: IT-frågor   Skapad av: Elin Forsberg 2026-01-13 08:47

Elin Forsberg 08:47
  Någon som vet lösenordet till skrivarens webbsida? Den har tappat adressboken.

Mattias Holm 09:15
  Admin-lösenordet är {pw} (användare admin). Säg till IT efteråt så de kan byta det.

Elin Forsberg 09:20
  Tack! Funkade. Och gäst-wifi för konsulterna i morgon?

Mattias Holm 09:22
  Nätverk "Kontoret-Gast", lösen: {pw2}
"""


# --------------------------------------------------------------------------------------------- phones


@doc('call-center-callback-queue-csv', 'kundservice/aterringning/ko-2026-01-21.csv',
     'contact centre callback queue export with phone numbers of many countries and a test row', G)
def callback(d):
    rows = ['id,skapad,namn,land,telefon,ämne,status']
    for cc, st in [('se', 0), ('se', 2), ('no', 0), ('fi', 0), ('de', 0), ('gb', 1), ('pl', 0), ('dk', 1)]:
        first, last, sex = d.person(cc)
        rows.append(f'{d.num(6)},2026-01-21 {d.ri(8, 16):02d}:{d.ri(10, 59)},{first} {last},{cc.upper()},{d.phone(cc, st)},'
                    f'{d.ch(["faktura", "leverans", "retur", "abonnemang"])},väntar')
    rows.append(f'{d.num(6)},2026-01-21 07:55,Test Testsson,SE,{d.X("070-174 06 42")},test,stängd')
    rows.append(f'{d.num(6)},2026-01-21 07:56,QA UK,GB,{d.X("07700 900461")},test,stängd')
    return '\n'.join(rows)


@doc('sms-gateway-delivery-report-json', 'sms/dlr/delivery-reports-2026-01-20.json',
     'sms gateway delivery report callbacks with recipient numbers', G)
def sms_dlr(d):
    items = []
    for cc in ['se', 'se', 'no', 'dk', 'fi']:
        ph = d.phone(cc, 2)
        items.append({'messageId': d.uuid(), 'to': ph, 'from': 'Vardcentral', 'status': d.ch(['DELIVERED', 'DELIVERED', 'EXPIRED']),
                      'statusCode': 0, 'operator': d.ch(['Telia', 'Tele2', 'Telenor', 'TDC', 'Elisa']),
                      'sentAt': f'2026-01-20T08:{d.ri(10, 59)}:{d.ri(10, 59)}Z', 'doneAt': f'2026-01-20T08:{d.ri(10, 59)}:{d.ri(10, 59)}Z',
                      'parts': 1, 'price': {'amount': 0.045, 'currency': 'EUR'}})
    return json.dumps({'results': items}, indent=2)


@doc('trade-fair-lead-scanner-export-csv', 'massa/leads/elmia-2026-leads.csv',
     'trade fair badge scanner lead export with phones and e-mail addresses of visitors from several countries', G)
def leads(d):
    rows = ['scan_time,badge_id,first_name,last_name,company,country,email,phone,notes']
    for cc, st in [('se', 2), ('de', 0), ('nl', 0), ('fr', 0), ('it', 0)]:
        first, last, sex = d.person(cc)
        dom = d.ch({'se': ['skogsmaskin.se', 'tallbo-industri.se'], 'de': ['holztechnik-meier.de', 'saegewerk-nord.de'],
                    'nl': ['houtbouw-vos.nl'], 'fr': ['scierie-dubois.fr'], 'it': ['legnami-ricci.it']}[cc])
        rows.append(f'2026-01-{d.ri(20, 23)} {d.ri(9, 17):02d}:{d.ri(10, 59)},{d.num(7)},{first},{last},"{dom.split(".")[0]}",'
                    f'{cc.upper()},{d.email(first, last, cc, domain=dom)},"{d.phone(cc, st)}",{d.ch(["wants demo", "price list", "call back Q2", ""])}')
    return '\n'.join(rows)


@doc('3cx-call-log-export-csv', 'telefoni/samtalslogg/call-log-2026-01-19.csv',
     'phone system call log export with external caller and callee numbers', G)
def cx_log(d):
    rows = ['Call Time,From,To,Direction,Status,Ringing,Talking,Cost']
    for cc, st in [('se', 1), ('se', 3), ('de', 1), ('us', 3), ('ch', 0), ('es', 2)]:
        ph = d.phone(cc, st)
        ext = f'Ext.{d.ri(100, 130)}'
        if d.ri(0, 1):
            a, b, dr = ph, ext, 'Inbound'
        else:
            a, b, dr = ext, ph, 'Outbound'
        rows.append(f'19/01/2026 {d.ri(8, 17):02d}:{d.ri(10, 59)}:{d.ri(10, 59)},{a},{b},{dr},{d.ch(["Answered", "Answered", "Unanswered"])},'
                    f'00:00:{d.ri(3, 30):02d},00:{d.ri(0, 14):02d}:{d.ri(0, 59):02d},0.00')
    rows.append(f'19/01/2026 09:00:02,{d.X("+1 (555) 010-0173")},Ext.100,Inbound,Unanswered,00:00:12,00:00:00,0.00')
    return '\n'.join(rows)


@doc('aircall-calls-api-json', 'integrations/aircall/calls-page-1.json',
     'cloud phone system calls api response with raw digits of external numbers and agent e-mails', G)
def aircall(d):
    calls = []
    for cc, st in [('fr', 0), ('be', 0), ('gb', 0)]:
        first, last, sex = d.person('fr')
        calls.append({'id': d.ri(1000000000, 1999999999), 'direction': d.ch(['inbound', 'outbound']), 'status': 'done',
                      'started_at': 1768900000 + d.ri(0, 99999), 'duration': d.ri(20, 900), 'raw_digits': d.phone(cc, st),
                      'user': {'id': d.ri(100000, 999999), 'name': f'{first} {last}',
                               'email': d.email(first, last, 'fr', domain='agence-immo-lyon.fr') if cc == 'fr' else None},
                      'number': {'id': d.ri(100000, 999999), 'digits': d.X('+33 4 81 68 00 00') if cc == 'fr' else None,
                                 'name': 'Standard Lyon'}})
    return json.dumps({'calls': calls, 'meta': {'count': 3, 'total': 3, 'current_page': 1, 'per_page': 20}}, indent=2,
                      ensure_ascii=False)


@doc('international-school-parent-directory-csv', 'skola/foraldrar/class-5b-contacts.csv',
     'international school class parent directory with parents of many nationalities', G)
def parents(d):
    rows = ['Student,Parent,Relation,Mobile,Email']
    for cc, st in [('gb', 0), ('in', 0), ('es', 0), ('se', 2), ('us', 1)]:
        first, last, sex = d.person(cc)
        kid = d.person(cc)[0]
        rows.append(f'"{kid} {last}","{first} {last}",{"Mother" if sex == "F" else "Father"},{d.phone(cc, st)},'
                    f'{d.email(first, last, cc)}')
    return '\n'.join(rows)


@doc('ride-share-driver-roster-csv', 'transport/forare/roster-vecka-04.csv',
     'ride share fleet driver roster with mobile numbers in several national formats', G)
def drivers(d):
    rows = ['driver_id;name;mobile;languages;shift']
    for cc, st in [('se', 0), ('tr', 0), ('ua', 0), ('pl', 1), ('in', 1)]:
        first, last, sex = d.person(cc if cc in ('se', 'pl', 'in') else 'se')
        rows.append(f'D{d.num(5)};{first} {last};{d.phone(cc, st)};{d.ch(["sv,en", "en,tr", "uk,ru,en", "pl,en", "hi,en"])};'
                    f'{d.ch(["dag", "kväll", "natt"])}')
    return '\n'.join(rows)
