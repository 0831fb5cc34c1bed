"""Swedish records and letters: personnummer beside date-shaped Luhn-valid numbers of other kinds."""
import json
from values import *


def P(**kw):
    return lab("se-personnummer", pnr(**kw))


def L(v):
    return look(v)


def ph(cc="SE"):
    return lab("phone", phone(cc)[1])


def fk_brev():
    for n in range(2):
        begin(f"fk-brev/beslut-foraldrapenning-{n + 1}.txt")
        name = sv_name()
        child = sv_name().split()[0]
        arende = datey("12d", 2025, 2026)
        end(f"""FÖRSÄKRINGSKASSAN                                      Beslut
                                                       Datum: 2026-11-{R.randint(10, 28)}
                                                       Ärendenummer: {L(arende)}
{name}
{pick(['Storgatan', 'Ringvägen', 'Björkvägen', 'Kyrkogatan'])} {R.randint(1, 80)}
{R.randint(100, 999)} {R.randint(10, 99)} {pick(['Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Umeå'])}

Personnummer: {P(form='12d', y0=1980, y1=1996)}

Beslut om föräldrapenning

Du får föräldrapenning för {child}, personnummer {P(form='12d', y0=2021, y1=2025)}, för perioden
2026-12-01 – 2027-02-28. Ersättningen betalas ut den 25:e varje månad till ditt konto.

Din sjukpenninggrundande inkomst (SGI) är {R.randint(300, 600)} 000 kronor per år.

Har du fått för mycket utbetalt ska du betala tillbaka beloppet till Försäkringskassans
bankgiro {L(bankgiro())} och ange OCR-nummer {L(ocr_ref(date_shaped=True))}.

{'Har du frågor? Ring oss på ' + lab('phone', '0771-524 524') + ' eller logga in på Mina sidor.' if n == 0 else 'Har du frågor? Logga in på Mina sidor eller ring kundcenter.'}
Handläggare: {sv_name()}, Lokalt försäkringscenter, telefon {ph()}
Referens i vårt system: {L(datey('10', 2024, 2026))}

Om du inte är nöjd med beslutet kan du begära omprövning. Skriv ditt personnummer och
ärendenummer ({arende}) i begäran.
""")


def skv_brev():
    begin("skv-brev/slutskattebesked-2025.txt")
    name = sv_name()
    end(f"""Skatteverket                                          Slutskattebesked
                                                      Inkomstår 2025
{name}                                               Personnummer {P(form='10', y0=1950, y1=1999)}

Specifikation                                               Belopp, kr
Överskott av tjänst                                            {R.randint(200, 900)} 000
Skattereduktion för rutarbete (köpare: {P(form='10', y0=1950, y1=1999)})        -{R.randint(1, 25)} 000
Skattereduktion för rotarbete                                  -{R.randint(1, 50)} 000
Att betala senast 2026-11-12                                   {R.randint(1, 30)} {R.randint(100, 999)}

Betala till Skatteverkets bankgiro {L(bankgiro())}. Ange OCR-nummer {L(ocr_ref(date_shaped=True))}.
Utbetalning av överskjutande skatt görs till konto registrerat hos Skatteverket.

Utförare av rutarbete: Städproffsen i Mälardalen AB, org.nr {L(orgnr())}
Utförare av rotarbete: Takmästarna Norr AB, org.nr {L(orgnr('16'))}
Bostadsrättsförening: Brf Kastanjen, org.nr {L(orgnr_other())}
Beslutsnummer: {L(datey('12', 2025, 2026))}
Frågor: {lab('phone', '0771-567 567')}
""")
    begin("skv-brev/agd-individuppgifter-202610.xml")
    rows = []
    for i in range(22):
        samord = i in (3, 9, 17)
        rows.append(f"""  <agd:Blankettinnehall>
    <agd:IU>
      <agd:ArbetsgivareIUGROUP><agd:AgRegistreradId faltkod="201">{L(orgnr('16').replace('-', ''))}</agd:AgRegistreradId></agd:ArbetsgivareIUGROUP>
      <agd:BetalningsmottagareIUGROUP>
        <agd:BetalningsmottagareIDChoice>
          <agd:BetalningsmottagarId faltkod="215">{P(form='12', y0=1960, y1=2005, samord=samord)}</agd:BetalningsmottagarId>
        </agd:BetalningsmottagareIDChoice>
      </agd:BetalningsmottagareIUGROUP>
      <agd:RedovisningsPeriod faltkod="006">202610</agd:RedovisningsPeriod>
      <agd:Specifikationsnummer faltkod="570">{R.randint(1, 999)}</agd:Specifikationsnummer>
      <agd:KontantErsattningUlagAG faltkod="011">{R.randint(20000, 80000)}</agd:KontantErsattningUlagAG>
      <agd:AvdrPrelSkatt faltkod="001">{R.randint(5000, 25000)}</agd:AvdrPrelSkatt>
    </agd:IU>
  </agd:Blankettinnehall>""")
    end(f"""<?xml version="1.0" encoding="UTF-8"?>
<Skatteverket omrade="Arbetsgivardeklaration" xmlns:agd="http://xmls.skatteverket.se/se/skatteverket/da/komponent/schema/1.1"
  xmlns="http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1">
  <agd:Avsandare>
    <agd:Programnamn>Lönesystemet Hedda 7.2</agd:Programnamn>
    <agd:Organisationsnummer>{L(orgnr('16').replace('-', ''))}</agd:Organisationsnummer>
    <agd:TekniskKontaktperson>
      <agd:Namn>{sv_name()}</agd:Namn>
      <agd:Telefon>{ph()}</agd:Telefon>
      <agd:Epostadress>{lab('email', email(pick(NAMES_F), pick(SURN), 'loneservice-norr.se'))}</agd:Epostadress>
    </agd:TekniskKontaktperson>
    <agd:Skapad>2026-11-08T10:14:22</agd:Skapad>
  </agd:Avsandare>
{chr(10).join(rows)}
</Skatteverket>
""")


def forskola():
    begin("se-forskola/placeringar-ht2026.csv")
    rows = ["Placeringsnr;Barnets personnummer;Förnamn;Efternamn;Avdelning;Startdatum;Vårdnadshavare 1;Pnr VH1;Mobil VH1;Vårdnadshavare 2;Mobil VH2;Fakturanr"]
    for i in range(30):
        kid_p = P(form=pick(["12d", "12d", "10"]), y0=2020, y1=2025)
        vh = sv_name()
        rows.append(";".join([L(datey("12d", 2024, 2026)), kid_p, pick(NAMES_F + NAMES_M), vh.split()[1], pick(["Humlan", "Myran", "Nyckelpigan", "Snigeln"]),
                              f"2026-08-{R.randint(10, 28)}", vh, P(form="12d", y0=1978, y1=1998, samord=(i == 7)), ph(), sv_name() if i % 3 else "",
                              ph() if i % 3 else "", L(ocr_ref(10))]))
    end("\n".join(rows) + "\n")

    begin("se-forskola/barnlista-avdelning-humlan.txt")
    out = ["Avdelning Humlan – närvarolista vecka 47 (skriv inte ut med personnummer!)", "", "Namn              Pnr             Hämtas av / telefon"]
    for i in range(9):
        out.append(f"{pick(NAMES_F + NAMES_M):<17} {P(form='10', y0=2020, y1=2024):<15} {pick(['mamma', 'pappa', 'mormor', 'farfar'])} {ph()}")
    out += ["", f"Ersättare: {sv_name()} {ph()}", f"Placeringsärende {L(datey('10', 2025, 2026))} väntar på beslut.",
            f"Kommunens bankgiro för barnomsorgsavgift: {L(bankgiro())}"]
    end("\n".join(out) + "\n")


def idrott():
    begin("idrottsforening/medlemsregister-export.csv")
    rows = ['"Medlemsnummer","Personnummer","Förnamn","Efternamn","Kön","Mobiltelefon","E-post","Lag","Licensnummer","Avgift betald"']
    for i in range(40):
        kon = pick(["K", "M"])
        f, l = pick(NAMES_F if kon == "K" else NAMES_M), pick(SURN)
        samord = i in (5, 17)
        form = pick(["12", "12d", "10", "10n"])
        age_y = (1950, 2014)
        p = P(form=form, y0=age_y[0], y1=age_y[1], samord=samord, serial_gender=0 if kon == "K" else 1)
        rows.append(",".join(f'"{x}"' for x in [L(datey(pick(["12", "10n"]), 1995, 2026)), p, f, l, kon, ph(),
                                               lab("email", email(f, l)) if i % 4 else "", pick(["P14", "F16", "Dam A", "Herr B", "Veteran"]),
                                               L(datey("10n", 2000, 2026)), pick(["Ja", "Nej"])]))
    end("\n".join(rows) + "\n")

    begin("idrottsforening/styrelsemail-licenser.eml")
    p1, p2 = pnr(form="12d", y0=1990, y1=2010), pnr(form="10", y0=1990, y1=2010, samord=True)
    end(f"""From: Kassör IK Hälsingen <{lab('email', 'kassor@ikhalsingen.se')}>
To: {lab('email', 'styrelsen@ikhalsingen.se')}
Subject: Licenser och medlemsnummer – förväxla inte!
Date: Tue, 17 Nov 2026 19:42:10 +0100
Message-ID: <{hexs(16)}@ikhalsingen.se>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej alla,

Förbundet klagar igen på att vi skickat medlemsnummer i stället för personnummer. Våra
medlemsnummer ser ut som personnummer (registreringsdatum + löpnummer), t.ex. {L(datey('12d', 2015, 2026))}
eller {L(datey('10', 2015, 2026))}, men de ska ALDRIG skickas till förbundet.

Rätt uppgifter för de två nya spelarna:
  - {sv_name()}: personnummer {lab('se-personnummer', p1)}, medlemsnr {L(datey('12d', 2026, 2026))}
  - {sv_name()} (utbytesstudent, samordningsnummer): {lab('se-personnummer', p2)}, medlemsnr {L(datey('12d', 2026, 2026))}

Föreningens org.nr är {L(orgnr_other())} och bankgiro {L(bankgiro())}, plusgiro {L(plusgiro())}.
Licensavgiften betalas med OCR {L(ocr_ref(date_shaped=True))}.

Ring mig på {ph()} om något är oklart.
/{sv_name()}, kassör
""")


def bostadsko():
    begin("bostadsko/koexport-2026-11.tsv")
    rows = ["kö_id\tpersonnummer\tnamn\tködagar\ttelefon\tmedsökande_pnr\tintresse_id\tobjekt"]
    for i in range(30):
        rows.append("\t".join([L(datey("12", 2010, 2026)), P(form=pick(["12", "12d"]), y0=1940, y1=2007, samord=(i == 11)), sv_name(),
                               str(R.randint(30, 6000)), ph(), P(form="12", y0=1940, y1=2007) if i % 4 == 0 else "",
                               L(datey("10n", 2024, 2026)), f"{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1, 9)}"]))
    end("\n".join(rows) + "\n")

    begin("bostadsko/erbjudande-visning.txt")
    nm = sv_name()
    end(f"""Bostadsförmedlingen – Erbjudande om visning
Till: {nm}, {P(form='12d', y0=1960, y1=2000)}
Lägenhetsnummer (Lantmäteriet): 1101   Objektnr: {L(datey('12d', 2026, 2026))}
Adress: {pick(['Vintervägen', 'Sommargatan', 'Höstvägen'])} {R.randint(1, 40)}, 3 rok, 74 m², hyra {R.randint(7, 14)} {R.randint(100, 999)} kr/mån
Hyresvärd: AB Stadsholmen, org.nr {L(orgnr())}, kundtjänst {ph()}
Din köplats: {R.randint(1, 60)} av {R.randint(200, 900)}. Kö-id {L(datey('12', 2012, 2024))}.
Medsökande: {sv_name()}, {P(form='12d', y0=1960, y1=2000)}
Bekräfta senast 2026-11-30 genom att svara på SMS från {L('71130')} eller ring {ph()}.
Referensnummer för bokad visning: {L(datey('10', 2026, 2026))}
""")


def apotek():
    for n in range(3):
        begin(f"apotek-kvitto/kvitto-{n + 1}.txt")
        kv = L(datey("12", 2026, 2026))
        lines = [f"APOTEK HJÄRTAT / Apoteket Kronan {pick(['Väst', 'City', 'Gallerian'])}", f"Org.nr {L(orgnr())}", f"Tel {ph()}", "",
                 f"Kvittonr: {kv}   Kassa {R.randint(1, 6)}   {ts():%Y-%m-%d %H:%M}", ""]
        for j in range(R.randint(2, 4)):
            pn = P(form="10", date=rand_date(1920, 1925)) if (n != 1 and j == 0) else P(form="12d", y0=1935, y1=2015)
            lines += [f"RECEPT  {pick(['Omeprazol 20 mg', 'Sertralin 50 mg', 'Levaxin 75 mikrog', 'Amlodipin 5 mg', 'Ventoline 0,1 mg/dos'])}",
                      f"  Patient: {pn}   Förskrivar-id: {R.randint(1000000, 9999999)}",
                      f"  Recept-id: {L(datey('10n', 2024, 2026))}   Uttag {R.randint(1, 4)} av 4",
                      f"  Högkostnadsskydd: {R.randint(0, 1450)},00 kr   Att betala: {R.randint(10, 400)},00 kr"]
        lines += ["", f"Kort ************{R.randint(1000, 9999)}  Contactless", f"Ref {L(ocr_ref(12))}  Term-id {R.randint(10000000, 99999999)}",
                  f"Klubbnummer: {L(datey('12', 2000, 2026))}", "Spara kvittot. Byte inom 30 dagar."]
        end("\n".join(lines) + "\n")


def bankid():
    begin("bankid-logs/rp-service.jsonl")
    out = []
    for i in range(22):
        t = ts()
        order = uid()
        k = i % 3
        if k == 0:
            ev = {"ts": f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999):03d}+01:00", "level": "INFO", "logger": "se.kaprifol.bankid.RpClient",
                  "msg": "auth started", "orderRef": order, "autoStartToken": uid(), "endUserIp": lab("ipv4", pub_ip()),
                  "requirement": {"pinCode": False}, "bookingRef": L(datey("12", 2026, 2026))}
        elif k == 1:
            ev = {"ts": f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999):03d}+01:00", "level": "DEBUG", "logger": "se.kaprifol.bankid.RpClient",
                  "msg": "collect", "orderRef": order, "status": "pending", "hintCode": pick(["outstandingTransaction", "userSign", "started"])}
        else:
            nm = sv_name()
            ev = {"ts": f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999):03d}+01:00", "level": "INFO", "logger": "se.kaprifol.bankid.RpClient",
                  "msg": "collect complete", "orderRef": order, "status": "complete",
                  "completionData": {"user": {"personalNumber": P(form="12", y0=1940, y1=2006), "name": nm, "givenName": nm.split()[0], "surname": nm.split()[1]},
                                     "device": {"ipAddress": lab("ipv4", pub_ip()), "uhi": b64u(27)}, "bankIdIssueDate": f"20{R.randint(18, 26)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}",
                                     "signature": b64std(R.randint(300, 500)), "ocspResponse": b64std(R.randint(300, 500))},
                  "customerNo": L(datey("12", 1998, 2026))}
        out.append(json.dumps(ev, ensure_ascii=False))
    out.append(json.dumps({"ts": "2026-11-20T02:00:00.000+01:00", "level": "WARN", "logger": "se.kaprifol.bankid.Audit",
                           "msg": "masked personalNumber in support export", "personalNumber": L("19" + str(R.randint(40, 99)) + "0" + str(R.randint(1, 9)) + str(R.randint(10, 28)) + "-XXXX")}))
    end("\n".join(out) + "\n")

    begin("bankid-logs/support-chat-en.txt")
    p1 = pnr(form="12", y0=1960, y1=2000)
    end(f"""[2026-11-18 14:02] Customer (Daniel Okafor): Hi, BankID login keeps failing on your site. My personal number is {lab('se-personnummer', p1)}.
[2026-11-18 14:03] Agent Saga: Thanks! I see your order ref {uid()}. Hint code was "startFailed". Did you scan the QR code within 30 seconds?
[2026-11-18 14:05] Customer: Yes. Also note my old coordination number was {lab('se-personnummer', pnr(form='12d', y0=1960, y1=2000, samord=True))} before I got the personnummer.
[2026-11-18 14:06] Agent Saga: Understood. Your customer number {L(datey('12', 2010, 2026))} is linked to the new one. Booking {L(datey('12d', 2026, 2026))} is confirmed.
[2026-11-18 14:07] Customer: Can you call me at {lab('phone', phone('UK')[1])} or my Swedish mobile {ph()}?
[2026-11-18 14:08] Agent Saga: Sure. Ticket #{L(datey('10n', 2026, 2026))} created. Our org number is {L(orgnr())} if you need it for the complaint form.
""")


def faktura():
    for n in range(3):
        begin(f"se-faktura-ocr/faktura-{n + 1}.txt")
        kund = sv_name()
        rut = n != 1
        bg = bankgiro()
        org = orgnr()
        lines = [f"{pick(['Hemstäd Väst AB', 'Rörjouren i Norr AB', 'Fönsterputs Stockholm AB'])}", f"Org.nr {L(org)}   Momsreg.nr {L('SE' + org.replace('-', '') + '01')}",
                 f"Bankgiro {L(bg)}   Plusgiro {L(plusgiro())}   Tel {ph()}", "", "FAKTURA", f"Fakturanummer: {L(datey('10n', 2025, 2026))}",
                 f"Kundnummer: {L(datey('12', 2005, 2026))}", f"Fakturadatum: 2026-11-{R.randint(1, 15):02d}   Förfallodatum: 2026-12-{R.randint(1, 28):02d}",
                 "", f"Kund: {kund}", f"{pick(['Lärkvägen', 'Tallstigen', 'Ekgatan'])} {R.randint(1, 60)}, {R.randint(100, 999)} {R.randint(10, 99)} {pick(['Borås', 'Gävle', 'Luleå', 'Sundsvall'])}", ""]
        if rut:
            lines += [f"Skattereduktion ({'RUT' if n == 0 else 'ROT'}) begärs för:",
                      f"  {kund}, personnummer {P(form=pick(['12d', '10']), y0=1940, y1=2000)}, andel 50 %",
                      f"  {sv_name()}, personnummer {P(form='12d', y0=1940, y1=2000)}, andel 50 %",
                      f"  Fastighetsbeteckning: {pick(['Göteborg Lärkan', 'Gävle Tallen', 'Luleå Björken'])} {R.randint(1, 40)}:{R.randint(1, 400)}",
                      f"  Brf org.nr {L(orgnr_other())}, lägenhetsnr {R.randint(1001, 1404)}", ""]
        lines += [f"Arbetskostnad {R.randint(2, 20)} tim    {R.randint(1, 9)} {R.randint(100, 999)},00", f"Material          {R.randint(100, 3000)},00",
                  f"Att betala        {R.randint(1, 9)} {R.randint(100, 999)},00 kr", "",
                  f"Betala till bankgiro {bg} och ange OCR-nummer: {L(ocr_ref(date_shaped=True))}",
                  f"Dröjsmålsränta enligt räntelagen. Referens: {L(datey('12d', 2026, 2026))}"]
        end("\n".join(lines) + "\n")

    begin("se-faktura-ocr/bgmax-inbetalningar.txt")
    # BgMax-like fixed positions (simplified), payer orgnr / pnr in 'avsändare' records
    out = [f"01BGMAX               0120261116081233123456P" + " " * 36]
    out.append(f"05{('00' + bankgiro().replace('-', ''))[-10:]}          SEK" + " " * 58)
    for i in range(10):
        ref = ocr_ref(date_shaped=(i % 2 == 0))
        L(ref)
        out.append(f"20{('00' + bankgiro().replace('-', ''))[-10:]}{ref:<25}{R.randint(10000, 999999):018d}21{R.randint(1000000000, 9999999999):012d}" + " " * 13)
        if i % 3 == 0:
            out.append(f"26{sv_name():<35}" + " " * 43)
            p = pnr(form="12", y0=1940, y1=2004)
            out.append(f"29{lab('se-personnummer', p)}" + " " * 66)
        elif i % 3 == 1:
            out.append(f"29{L('16' + orgnr('n'))}" + " " * 66)
    out.append("15" + "0" * 76)
    out.append(f"70{R.randint(1, 40):08d}00000000" + " " * 60)
    end("\n".join(out) + "\n")


def csn():
    begin("se-csn/arsbesked-aterbetalning.txt")
    end(f"""CSN – Årsbesked 2027, återbetalning av studielån
Namn: {sv_name()}
Personnummer: {P(form='10', y0=1985, y1=2003)}
Kundnummer hos CSN: {L(datey('10', 1990, 2020))}
Årsbelopp: {R.randint(8, 22)} {R.randint(100, 999)} kr, fördelat på 12 avgifter.

Betalningsuppgifter
Bankgiro: {L(bankgiro())}
OCR-nummer (samma varje månad): {L(ocr_ref(date_shaped=True))}
Om du betalar för någon annan: ange dennes OCR-nummer, inte personnumret.

Medsökande/borgensman enligt gamla lån: {sv_name()}, {P(form='10', y0=1935, y1=1965)}
Frågor: {lab('phone', '0771-276 000')}. Handläggarens direktnummer: {ph()}
""")


def english_hr():
    begin("se-hr-en/relocation-ticket-4471.md")
    p1 = pnr(form="12d", y0=1985, y1=2000, samord=True)
    p2 = pnr(form="12d", y0=1985, y1=2000)
    p3 = pnr(form="10", y0=2015, y1=2024)
    end(f"""## RELO-4471 Payroll setup for new hire in Stockholm (Mateo García)

**Reporter:** {lab('email', 'people-ops@trellbrook.com')}  **Priority:** High

Mateo starts 2027-01-04. Until Skatteverket finishes registration he has a *coordination number*
(samordningsnummer) {lab('se-personnummer', p1)}. Please use that in payroll now and swap to the
personal identity number when it arrives.

Update 2026-11-20: the personnummer arrived: **{lab('se-personnummer', p2)}**. His daughter
(for the childcare benefit) is {lab('se-personnummer', p3)}.

Please do NOT confuse these with:
- our Workday employee number `{L(datey('12d', 1995, 2026))}` (it is date-shaped on purpose, hire date + sequence),
- the relocation invoice `{L(datey('10', 2026, 2026))}` from Nordic Moves AB (org no. {L(orgnr())}),
- the insurance policy `{L(datey('12', 2026, 2026))}`,
- or the apartment contract `{L(datey('10n', 2026, 2026))}`.

Contact: Mateo's Spanish mobile {lab('phone', phone('ES')[1])}, Swedish number once activated {ph()}.
Landlord contact: {ph()}. Nordic Moves hotline {ph()}.
""")
    begin("se-hr-en/insurance-claim-email.eml")
    end(f"""From: {lab('email', 'claims@nordicmutual.co.uk')}
To: {lab('email', email('Ingrid', 'Holm'))}
Subject: Your claim {datey('12d', 2026, 2026) if False else 'NM-2026-118842'} - documents received
Date: Wed, 25 Nov 2026 09:12:44 +0000
Content-Type: text/plain; charset=utf-8

Dear Ms Holm,

We have received the documents for your travel claim. For our records:

  Policyholder:            Ingrid Holm
  Swedish ID number:       {P(form='12d', y0=1950, y1=1990)}
  Co-insured (spouse):     {P(form='12d', y0=1950, y1=1990)}
  Policy number:           {L(datey('12d', 2019, 2025))}
  Claim reference:         {L(datey('10', 2026, 2026))}
  Hospital invoice no.:    {L(ocr_ref(12))}

The payment will be made to the Bankgiro you gave us ({L(bankgiro())}) with reference {L(ocr_ref(date_shaped=True))}.
If you need to reach us, call {lab('phone', phone('UK')[1])} (Mon-Fri) or our Stockholm office on {ph()}.

Kind regards,
Claims Team, Nordic Mutual
""")


def skola():
    begin("se-elevhalsa/vaccinationslista-ak5.csv")
    rows = ["elev_pnr,namn,klass,vårdnadshavare_tel,HPV dos 1,HPV dos 2,journal_id"]
    for i in range(24):
        rows.append(",".join([P(form=pick(["12", "12d"]), y0=2013, y1=2015, samord=(i == 12)), sv_name(), f"5{pick('ABC')}", ph(),
                              f"2026-0{R.randint(3, 9)}-{R.randint(10, 28)}", "" if i % 3 else f"2026-1{R.randint(0, 1)}-{R.randint(10, 28)}",
                              L(datey("12", 2013, 2015))]))
    end("\n".join(rows) + "\n")


def parkering():
    begin("se-parkering/kontrollavgifter-export.json")
    recs = []
    for i in range(10):
        owner_is_company = i % 3 == 0
        recs.append({"avgiftsnr": L(datey("12", 2026, 2026)), "regnr": f"{rs('ABCDEFGHJKLMNPRSTUWXYZ', 3)} {R.randint(10, 99)}{rs('ABCDEFGHJKLMNPRSTUWXYZ0123456789', 1)}",
                     "utfardad": f"{ts():%Y-%m-%dT%H:%M}", "belopp": pick([300, 500, 700, 1000]),
                     "agare": {"typ": "juridisk" if owner_is_company else "fysisk",
                               "id": L(orgnr()) if owner_is_company else P(form="12d", y0=1945, y1=2004),
                               "telefon": ph() if not owner_is_company else None},
                     "betalning": {"bankgiro": L(bankgiro()), "ocr": L(ocr_ref(date_shaped=(i % 2 == 0)))}})
    end(json.dumps(recs, indent=2, ensure_ascii=False) + "\n")


def vard():
    begin("se-vardcentral/tidbok-export.txt")
    out = ["Vårdcentralen Björkhagen – tidbok 2026-11-23", "Tid    Pnr            Namn                 Tel               Bokningsnr      Anm"]
    for i in range(24):
        out.append(f"{8 + i // 3:02d}:{pick(['00', '20', '40'])}  {P(form='10', y0=1925, y1=2024):<14} {sv_name():<20} {ph():<17} {L(datey('12d', 2026, 2026)):<15} "
                   f"{pick(['återbesök', 'provtagning', 'telefontid', 'vaccination', ''])}")
    # a centenarian uses '+'
    d = rand_date(1921, 1925)
    out.append(f"16:40  {P(form='10', date=d):<14} {sv_name():<20} {ph():<17} {L(datey('12d', 2026, 2026)):<15} hembesök")
    end("\n".join(out) + "\n")


def run():
    fk_brev(); skv_brev(); forskola(); idrott(); bostadsko(); apotek(); bankid(); faktura(); csn(); english_hr(); skola(); parkering(); vard()
