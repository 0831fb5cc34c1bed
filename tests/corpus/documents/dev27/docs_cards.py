"""Payment cards in payment logs, exports and mail beside Luhn-valid ids of no card network, masked PANs and test cards."""
import urllib.parse
from registry import doc

def qemail(d, p):
    e = d.email(p.first, p.last, lang='de')
    d.labels.pop()
    return d.L('email', urllib.parse.quote(e))


NETS = ['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'maestro', 'disc', 'jcb', 'diners']
CTYPE = {'visa': 'VISA', 'mc': 'MC', 'mc2': 'MC', 'amex': 'AMEX', 'maestro': 'MAESTRO', 'disc': 'DC', 'jcb': 'JCB', 'diners': 'DINERS', 'unionpay': 'UNIONPAY'}


@doc('opayo-direct-protocol-post-log', 'logs/opayo-direct-2019-03.log', 'legacy card gateway direct protocol request log with full card numbers')
def opayo(d):
    lines = []
    for i in range(10):
        p = d.person('en')
        net = d.r.choice(NETS[:8])
        ts = '2019-03-%02d %02d:%02d:%02d' % (d.r.randint(1, 28), d.r.randint(8, 22), d.r.randint(0, 59), d.r.randint(0, 59))
        vtx = 'WEB-%06d' % d.r.randint(1, 999999)
        if i in (3, 7):
            pan = d.mask('visa' if net != 'amex' else 'amex', 2)
        else:
            pan = d.card(net)
        body = urllib.parse.urlencode({'VPSProtocol': '3.00', 'TxType': 'PAYMENT', 'Vendor': 'teashopcornwall', 'VendorTxCode': vtx,
                                       'Amount': '%d.%02d' % (d.r.randint(5, 240), d.r.randint(0, 99)), 'Currency': 'GBP',
                                       'Description': 'Order ' + vtx, 'CardHolder': p.full.upper(), 'CardNumber': pan,
                                       'ExpiryDate': '%02d%02d' % (d.r.randint(1, 12), d.r.randint(20, 24)), 'CV2': '%03d' % d.r.randint(0, 999),
                                       'CardType': CTYPE[net], 'BillingSurname': p.last, 'BillingFirstnames': p.first,
                                       'BillingAddress1': '%d Fore Street' % d.r.randint(1, 90), 'BillingCity': 'Truro',
                                       'BillingPostCode': 'TR1 %d%s' % (d.r.randint(1, 9), d.s('ABDEFGHJLNPQRSTUWXYZ', 2)), 'BillingCountry': 'GB'})
        lines.append('%s DEBUG [opayo] POST https://live.sagepay.com/gateway/service/vspdirect-register.vsp body=%s' % (ts, body))
        lines.append('%s DEBUG [opayo] response Status=%s StatusDetail=%s VPSTxId={%s} SecurityKey=%s' % (
            ts, *d.r.choice([('OK', '0000 : The Authorisation was Successful.'), ('OK', '0000 : The Authorisation was Successful.'),
                             ('NOTAUTHED', '2000 : The Authorisation was Declined by the bank.'), ('3DAUTH', '2007 : Please redirect your customer to the ACSURL to complete the 3DS Transaction.')]),
            d.uuid(True), d.an(10)))
    lines.insert(6, '2019-03-11 10:02:11 INFO  [opayo] test-mode order using 4929000000006 routed to https://test.sagepay.com (ignored)')
    return '\n'.join(lines) + '\n'


@doc('ripgrep-card-number-audit-terminal-txt', 'audit/pan-sok-fil01-2026-01-17.txt', 'terminal output of a ripgrep audit for card numbers on a file server')
def rg_audit(d):
    out = ["$ rg -n --no-heading -e '\\b(?:\\d[ -]?){13,19}\\b' /srv/ekonomi /home/kundtjanst --glob '!*.pdf' | tee /root/pan-sok.txt",]
    files = ['/srv/ekonomi/Reklamationer/2021/kund_%d.txt', '/home/kundtjanst/Skrivbord/anteckningar_%d.txt',
             '/srv/ekonomi/export/gamla_ordrar_%d.csv', '/srv/ekonomi/Bokning/kort_%d.txt', '/home/kundtjanst/mail/sparat_%d.eml']
    notes = ['ring tillbaka, kortet: %s', 'Kortnr %s exp 08/27', '%s;%s;kort;betald', 'betalar med %s, cvc i telefon',
             'Card number: %s']
    for i in range(16):
        f = d.r.choice(files) % d.r.randint(1, 400)
        line = d.r.randint(1, 900)
        kind = d.r.random()
        if kind < 0.55:
            net = d.r.choice(NETS)
            v = d.card(net, d.r.choice(['plain', 'plain', 'sp', 'dash']))
            n = d.r.choice(notes)
            text = n % ((v,) if n.count('%s') == 1 else (d.intn(6), v))
        elif kind < 0.75:
            text = 'ordernr %s levererad' % d.lkcard(16, d.r.choice(['plain', 'sp']))
        elif kind < 0.87:
            text = 'IMEI %s, telefon till ny medarbetare' % d.imei()
        else:
            text = 'maskerat kort %s' % d.mask('visa', d.r.choice([0, 2]))
        out.append('%s:%d:%s' % (f, line, text))
    out.append('/srv/ekonomi/rutiner/kortbetalning.txt:12:Testkort i kassans testläge: 4111 1111 1111 1111')
    out.append('$ wc -l /root/pan-sok.txt')
    out.append('%d /root/pan-sok.txt' % (len(out) - 1))
    out.append('$ # alla träffar med giltigt kortnummer skickas till ekonomi för radering, se ärende SEC-2291')
    return '\n'.join(out) + '\n'


@doc('event-ticketing-refund-export-csv', 'biljetter/aterbetalningar-inställd-konsert.csv', 'event ticketing refund export from a legacy system storing card numbers (csv)')
def ticketing(d):
    rows = ['Bokningsnr;Köpare;E-post;Antal;Belopp;Kortnummer;Giltig;Återbetald;Referens']
    for i in range(9):
        p = d.person('sv')
        masked = d.r.random() < 0.2
        net = d.r.choice(['visa', 'visa', 'mc', 'mc2', 'amex'])
        kort = d.mask(net if net in ('visa', 'mc', 'amex') else 'mc', 1) if masked else d.card(net, d.r.choice(['plain', 'sp']))
        rows.append('%s;%s;%s;%d;%d,00;%s;%02d/%02d;%s;%s' % (
            d.intn(9), p.full, d.email(p.first, p.last) if d.r.random() < 0.5 else '', d.r.randint(1, 4),
            d.r.choice([395, 495, 790, 990, 1480]), kort, d.r.randint(1, 12), d.r.randint(26, 30),
            d.r.choice(['2026-01-15', '2026-01-16', 'väntar']), d.lkcard(16)))
    return '\n'.join(rows) + '\n'


@doc('iata-bsp-hot-file-fop-txt', 'bsp/HOT-SE-2026W03.txt', 'airline billing settlement plan ticket file extract with card forms of payment')
def bsp(d):
    out = ['BFH01SE  20260119BSP SWEDEN          TRAVELAGENT NORD AB   0230',
           'BCH02%s 20260112-20260118' % d.intn(8)]
    for i in range(6):
        tkt = '1' + '%02d' % d.r.randint(17, 99) + d.s('0123456789', 10)
        p = d.person('sv')
        net = d.r.choice(['visa', 'mc', 'amex'])
        out.append('BKS24%s%s  %-30s %s  SEK%010d' % (d.intn(8), tkt, (p.last + '/' + p.first + ('MRS' if p.sex == 'F' else 'MR')).upper(), d.r.choice(['ARN-CPH', 'ARN-LHR', 'GOT-AMS', 'ARN-BCN']), d.r.randint(120000, 890000)))
        out.append('BKP84CC%-4s%-19s%04d%s  SEK%010d' % (CTYPE[net][:2], d.card(net), d.r.randint(1, 12) * 100 + d.r.randint(26, 30), d.s('0123456789', 6), d.r.randint(120000, 890000)))
    out.append('BKP84CA  CASH                        SEK0000345000')
    out.append('BFT99%s' % d.intn(12))
    return '\n'.join(out) + '\n'


@doc('sabre-pnr-display-fop-txt', 'gds/pnr-display-QWXRTY.txt', 'gds passenger name record display with form of payment remarks')
def sabre(d):
    a, b = d.person('en'), d.person('en')
    t = d.T('''*ALL
 1.1⟨$la⟩/⟨$fa⟩⟨$ta⟩  2.1⟨$lb⟩/⟨$fb⟩⟨$tb⟩
 1 BA 819Y 02FEB M LHRARN HK2  0750  1105  /DCBA*⟨AN:6⟩ /E
 2 BA 820Y 09FEB M ARNLHR HK2  1200  1400  /DCBA*⟨AN:6⟩ /E
TKT/TIME LIMIT
  1.TAW20JAN/
PHONES
  1.LON⟨ph:gb.land⟩-A
  2.LON⟨ph:gb.mob⟩-H
PASSENGER EMAIL DATA EXISTS  *PE TO DISPLAY ALL
FORM OF PAYMENT
  1.*⟨card:visa⟩¥12/27
  2.*AX⟨card:amex#ax⟩¥08/28*Z⟨int:6⟩
REMARKS
  1.-*VI⟨mask:visa⟩¥OLD CARD DECLINED
  2.H-CORP DEAL REF ⟨lkcard:16⟩
RECEIVED FROM - TRAVEL DESK
⟨AN:6⟩.⟨AN:4⟩*ATH 1214/19JAN26
''', la=a.last.upper(), fa=a.first.upper(), lb=b.last.upper(), fb=b.first.upper(),
             ta='MRS' if a.sex == 'F' else 'MR', tb='MRS' if b.sex == 'F' else 'MR')
    # GDS fields glue the phone to its city code and the card to its brand code (LON0207..., *AX3712...)
    d.glue_ok.update(v for c, v in d.labels if c in ('phone', 'credit-card'))
    return t


@doc('elavon-virtual-terminal-batch-export-csv', 'exports/virtual-terminal-batch-3318.csv', 'card processor virtual terminal batch export (csv)')
def elavon(d):
    rows = ['"Transaction ID","Date","Type","Card Type","Card Number","Exp","Cardholder","Amount","Auth Code","Status","Invoice"']
    for i in range(10):
        p = d.person('us')
        net = d.r.choice(['visa', 'visa', 'mc', 'amex', 'disc'])
        if i == 4:
            num = d.mask('visa', 2)
        else:
            num = d.card(net)
        rows.append('"%s","01/%02d/2026 %02d:%02d","SALE","%s","%s","%02d%02d","%s","%d.%02d","%s","%s","%s"' % (
            d.uuid(True), d.r.randint(12, 18), d.r.randint(8, 18), d.r.randint(0, 59), CTYPE[net], num, d.r.randint(1, 12),
            d.r.randint(26, 31), p.full.upper(), d.r.randint(20, 900), d.r.randint(0, 99), d.an(6).upper(),
            d.r.choice(['APPROVED', 'APPROVED', 'DECLINED']), 'INV-' + d.intn(6)))
    return '\n'.join(rows) + '\n'


@doc('payone-server-api-request-log', 'var/log/shop/payone-api.log', 'payment provider server api request log with card parameters (german shop)')
def payone(d):
    lines = []
    for i in range(7):
        p = d.person('de')
        net = d.r.choice(['visa', 'mc', 'mc2', 'amex'])
        t = '2026-01-19T%02d:%02d:%02d+01:00' % (d.r.randint(8, 21), d.r.randint(0, 59), d.r.randint(0, 59))
        ct = {'visa': 'V', 'mc': 'M', 'mc2': 'M', 'amex': 'A'}[net]
        pan = d.card(net) if i != 2 else 'XXXXXXXXXXXX' + d.s('0123456789', 4)
        lines.append('[%s] payone.REQUEST request=authorization&mid=%s&portalid=%s&aid=%s&mode=live&clearingtype=cc&reference=%s'
                     '&amount=%d&currency=EUR&lastname=%s&firstname=%s&country=DE&email=%s&cardpan=%s&cardtype=%s&cardexpiredate=%02d%02d'
                     '&cardcvc2=%03d&key=%s' % (t, d.intn(5), d.intn(7), d.intn(5), 'B' + d.intn(8), d.r.randint(500, 30000),
                                                urllib.parse.quote(p.last), urllib.parse.quote(p.first), qemail(d, p),
                                                pan, ct, d.r.randint(26, 30), d.r.randint(1, 12), d.r.randint(0, 999), d.digest(32)))
        lines.append('[%s] payone.RESPONSE status=%s txid=%s userid=%s' % (t, d.r.choice(['APPROVED', 'APPROVED', 'REDIRECT', 'ERROR']), d.intn(9), d.intn(9)))
    return '\n'.join(lines) + '\n'


@doc('dibs-legacy-callback-access-log', 'var/log/apache2/butik-access.log.3', 'apache access log with a legacy payment callback carrying card numbers in the query string')
def dibs(d):
    lines = []
    for i in range(9):
        ip = '10.20.%d.%d' % (d.r.randint(0, 9), d.r.randint(2, 250))
        t = '17/Jan/2026:%02d:%02d:%02d +0100' % (d.r.randint(8, 22), d.r.randint(0, 59), d.r.randint(0, 59))
        if i % 3 == 2:
            lines.append('%s - - [%s] "GET /produkter/kaffe?page=%d HTTP/1.1" 200 18231 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"' % (ip, t, d.r.randint(1, 5)))
            continue
        net = d.r.choice(['visa', 'mc', 'maestro'])
        sep = d.r.choice(['plain', 'plain', 'sp'])
        pan = d.card(net, sep)
        q = 'orderid=%s&transact=%s&amount=%d&currency=752&cardnomask=%s&cardno=%s&paytype=%s&expmon=%02d&expyear=%02d' % (
            d.intn(6), d.intn(9), d.r.randint(9900, 99900), d.mask('visa', 4) if net == 'visa' else 'XXXXXXXXXXXX' + pan.replace(' ', '')[-4:],
            pan.replace(' ', '+'), {'visa': 'VISA', 'mc': 'MC', 'maestro': 'MTRO'}[net], d.r.randint(1, 12), d.r.randint(26, 30))
        if sep == 'sp':
            d.labels.append(('credit-card', pan.replace(' ', '+')))
            d.labels = [l for l in d.labels if l[1] != pan]
        lines.append('%s - - [%s] "GET /betalning/callback.php?%s HTTP/1.1" 302 0 "https://payment.architrade.com/" "Java/1.8.0_202"' % (ip, t, q))
    return '\n'.join(lines) + '\n'


@doc('pay-by-email-reply-eml', 'mail/Re-faktura-20417.eml', 'customer e-mail replying with card details to pay an invoice (swedish/german)')
def paybymail(d):
    a = d.person('de')
    em = d.email(a.first, a.last, lang='de')
    return d.T('''From: ⟨$name⟩ <⟨$em⟩>
To: Ekonomi Fjällstugan <⟨$to⟩>
Subject: Re: Faktura 20417 – Ferienhaus Februar
Date: Sat, 17 Jan 2026 21:14:09 +0100
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej / Guten Abend,

leider klappt die Überweisung aus Deutschland nicht (IBAN wird abgelehnt).
Können Sie bitte einfach meine Kreditkarte belasten?

Karte: ⟨card:mc.sp⟩
Gültig bis: 09/28
Prüfnummer: 412
Karteninhaber: ⟨$name⟩

Falls das nicht geht, hier noch meine zweite Karte: ⟨card:visa.dash⟩ (gültig 03/27).

Telefon für Rückfragen: ⟨ph:de.mobi⟩

Mit freundlichen Grüßen
⟨$name⟩

> Hej,
> bifogat finns faktura 20417 för vistelsen 7–14 februari. Betala gärna till
> bankgiro 5050-1055 eller IBAN ⟨iban:SE.sp⟩, BIC SWEDSESS, senast 2026-01-24.
> Ange OCR ⟨int:12⟩.
> Med vänlig hälsning, Ekonomi Fjällstugan
''', name=a.full, em=em, to=d.role_email('fjallstugan-vemdalen.se', 'ekonomi'))
