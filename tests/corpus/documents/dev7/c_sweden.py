"""Swedish carriers with personnummer / samordningsnummer, beside Swedish
numbers that are not personnummer: organisationsnummer (month digits >= 20),
bankgiro/plusgiro, clearing and account numbers, postnummer, OCR references
(Luhn-valid, length digit, never a date), invoice and customer numbers.
Swedish phone numbers are labelled as phones."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *

ORTER = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Västerås", "72"), ("Örebro", "70"),
         ("Linköping", "58"), ("Umeå", "90"), ("Lund", "22"), ("Sundsvall", "85"), ("Luleå", "97"), ("Jönköping", "55")]
GATOR = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Östra Hamngatan", "Skolgatan", "Björkvägen", "Tallstigen", "Ringvägen"]


def postnr(r, o):
    return f"{o[1]}{r.randint(1, 9)} {r.randint(10, 99)}"


def clearing_konto(r):
    bank = r.choice([("Swedbank", "8" + digits(r, 3) + "-" + str(r.randint(0, 9)), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}-{r.randint(0, 9)}"),
                     ("Handelsbanken", "6" + digits(r, 3), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
                     ("SEB", "5" + digits(r, 3), digits(r, 7)),
                     ("Nordea", "3300", lk_digits(r, 10, "123456789"))])
    return bank


def pick_fmt(r):
    return r.choice(["long_dash", "long_dash", "short_dash", "long", "short_dash", "short"])


def plusgiro(r):
    p = digits(r, 6)
    t = p + luhn_digit(p)
    return f"{t[:-5]} {t[-5:-3]} {t[-3:-1]}-{t[-1]}" if len(t) > 5 else t


# ------------------------------------------------------------------ documents

def hr_export(d, i):
    r = d.rng
    rows = ["Anst.nr;Efternamn;Förnamn;Personnummer;Anställningsdatum;Befattning;Bank;Clearingnr;Kontonr;Gatuadress;Postnr;Ort;Mobil;Månadslön"]
    for k in range(15):
        fn, ln = person_se(r).split()
        o = r.choice(ORTER)
        bank, cl, kt = clearing_konto(r)
        if k == 6 and i == 0:
            p = d.pnr("long_dash", coord=True)
        else:
            p = d.pnr(["long_dash", "long", "short_dash"][i] if k % 4 else pick_fmt(r))
        mob = d.phone("SE", "natl") if k % 3 else ""
        rows.append(f"{r.randint(1000, 1999)};{ln};{fn};{p};20{r.randint(10, 24)}-{r.randint(1, 12):02d}-01;{r.choice(['Utvecklare', 'Ekonom', 'Lagerarbetare', 'Säljare', 'HR-partner', 'Projektledare'])};{bank};{cl};{kt};{r.choice(GATOR)} {r.randint(1, 80)};{postnr(r, o)};{o[0]};{mob};{r.randint(28, 72)} {r.randint(100, 999)}")
    return f"# Export från lönesystemet {['Hogia', 'Visma Lön 600'][i]} — {datestamp(i)} — Arbetsgivare org.nr {orgnr(r)}\n" + "\n".join(rows) + "\n"


def datestamp(i):
    return f"2024-06-1{i}"


def bankid_collect(d, i):
    r = d.rng
    out = []
    for k in range(6):
        oref = uuid4(r)
        fn, ln = person_se(r).split()
        if k % 3 == 2:
            out.append(json.dumps({"orderRef": oref, "status": "pending", "hintCode": r.choice(["outstandingTransaction", "userSign", "started"])}, indent=2))
            continue
        p = d.pnr("long")
        out.append(json.dumps({"orderRef": oref, "status": "complete", "completionData": {
            "user": {"personalNumber": p, "name": f"{fn} {ln}", "givenName": fn, "surname": ln},
            "device": {"ipAddress": ip_doc(r), "uhi": rs(r, B64URL, 27)},
            "bankIdIssueDate": f"20{r.randint(18, 24)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            "stepUp": {"mrtd": False},
            "signature": b64(rbytes(r, 90)) + "...",
            "ocspResponse": b64(rbytes(r, 60)) + "..."}}, indent=2, ensure_ascii=False))
    return "\n".join("// POST /rp/v6.0/collect\n" + o for o in out) + "\n"


def bankid_log(d, i):
    r = d.rng
    out = []
    for k in range(10):
        ts = f"2024-06-12 0{k}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}"
        oref = uuid4(r)
        if k % 4 == 3:
            out.append(f"{ts} WARN  [auth-{r.randint(1, 4)}] BankIdClient - collect failed orderRef={oref} hintCode=expiredTransaction")
            continue
        p = d.pnr(r.choice(["long", "long_dash"]))
        out.append(f"{ts} INFO  [auth-{r.randint(1, 4)}] BankIdClient - auth started orderRef={oref} endUserIp={ip_private(r)} requirement.personalNumber={p}")
        out.append(f"{ts} INFO  [auth-{r.randint(1, 4)}] BankIdClient - collect complete orderRef={oref} personalNumber={p} sessionId={rs(r, HEX, 32)}")
    out.append("2024-06-12 09:00:00.000 INFO  [main] Application - version 4.7.2 commit " + sha1(r))
    return "\n".join(out) + "\n"


def skv_ku_xml(d, i):
    r = d.rng
    org = orgnr(r, dash=False)
    blanketter = []
    for k in range(5):
        p = d.pnr("long")
        blanketter.append(f"""  <ku:Blankett nummer="{r.randint(2300, 2399)}">
    <ku:Arendeinformation><ku:Arendeagare>16{org}</ku:Arendeagare><ku:Period>2023</ku:Period></ku:Arendeinformation>
    <ku:Blankettinnehall>
      <ku:KU10>
        <ku:Inkomstar faltkod="203">2023</ku:Inkomstar>
        <ku:KontantErsattningUlagAG faltkod="011">{r.randint(200000, 900000)}</ku:KontantErsattningUlagAG>
        <ku:AvdragenSkatt faltkod="001">{r.randint(40000, 250000)}</ku:AvdragenSkatt>
        <ku:Inkomsttagare faltkod="215">{p}</ku:Inkomsttagare>
        <ku:UppgiftslamnarId faltkod="201">16{org}</ku:UppgiftslamnarId>
        <ku:Specifikationsnummer faltkod="570">{k + 1}</ku:Specifikationsnummer>
      </ku:KU10>
    </ku:Blankettinnehall>
  </ku:Blankett>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Skatteverket omrade="Kontrolluppgifter" xmlns="http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1"
  xmlns:ku="http://xmls.skatteverket.se/se/skatteverket/da/komponent/schema/1.1">
  <ku:Avsandare>
    <ku:Programnamn>Lönesystem Pro 12.4</ku:Programnamn>
    <ku:Organisationsnummer>16{org}</ku:Organisationsnummer>
    <ku:TekniskKontaktperson><ku:Namn>{person_se(r)}</ku:Namn><ku:Telefon>{d.phone('SE', 'natl')}</ku:Telefon><ku:Epostadress>lon@corp.example</ku:Epostadress></ku:TekniskKontaktperson>
    <ku:Skapad>2024-01-2{i}T10:11:12</ku:Skapad>
  </ku:Avsandare>
  <ku:Blankettgemensamt><ku:Uppgiftslamnare><ku:UppgiftslamnarePersOrgnr>16{org}</ku:UppgiftslamnarePersOrgnr></ku:Uppgiftslamnare></ku:Blankettgemensamt>
{chr(10).join(blanketter)}
</Skatteverket>
"""


def journal(d, i):
    r = d.rng
    nm = person_se(r)
    p = d.pnr(["long_dash", "short_dash"][i])
    tel = d.phone("SE", "natl")
    kin = d.phone("SE", "intl")
    extra = ""
    if i == 1:
        sam = d.pnr("long_dash", coord=True, y0=1975, y1=2000)
        extra = f"\nTolk beställd för medpatient på salen (samordningsnummer {sam}), se separat journal."
    return f"""JOURNALANTECKNING — Vårdcentralen {r.choice(['Solna', 'Majorna', 'Väster', 'Centrum'])}
Patient: {nm}    Personnummer: {p}
Telefon: {tel}    Anhörig: {person_se(r)} (make/maka) {kin}
Datum: 2024-06-1{i} kl {r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])}    Vårdgivare: Leg. läk. {person_se(r)}
Kontaktorsak: Hosta sedan 3 veckor, feber 38,2 igår.
Status: AT gott. Cor RR 72/min. Pulm ua. Sat 97 %. Temp 37,6.
Bedömning: Trolig viral bronkit. CRP 14.
Åtgärd: Egenvård. Åter vid försämring. Remiss nr {r.randint(10**6, 10**7)} ej aktuell.
Diagnos: J20.9{extra}
Journal-id: {uuid4(r)}  Signerad {datestamp(i)} {r.randint(10, 17)}:{r.randint(10, 59)}
"""


def fk_letter(d, i):
    r = d.rng
    nm = person_se(r)
    p = d.pnr("short_dash")
    o = r.choice(ORTER)
    return f"""FÖRSÄKRINGSKASSAN                                          Datum 2024-06-0{i + 3}
                                                             Ärendenummer {r.randint(10**9, 10**10)}
{nm}
{r.choice(GATOR)} {r.randint(1, 60)} lgh {r.randint(1001, 1404)}
{postnr(r, o)} {o[0].upper()}

Beslut om bostadsbidrag
Personnummer: {p}

Du får bostadsbidrag med {r.randint(900, 4200)} kronor per månad från och med 1 juli 2024.
Beloppet betalas ut den 20:e varje månad till ditt konto i {r.choice(['Swedbank', 'Nordea', 'SEB', 'Handelsbanken'])}.
Clearingnummer {r.randint(8000, 8999)}-{r.randint(0, 9)}, kontonummer ******{digits(r, 4)}.

Om du vill veta mer kan du ringa oss på 0771-524 524 eller logga in på Mina sidor.
Handläggare: {person_se(r)}, handläggar-id {rs(r, string.ascii_uppercase, 3)}{r.randint(100, 999)}
[Sidan 1 av 2 — OCR: tesseract 5.3 swe, konfidens 0.91]
"""


def faktura(d, i):
    r = d.rng
    nm = person_se(r)
    o = r.choice(ORTER)
    p = d.pnr("long")
    ocr = ocr_ref(r)
    org = orgnr(r)
    return f"""{'ROT' if i == 0 else 'RUT'}-FAKTURA                         {r.choice(WORDS).capitalize()} Bygg & Service AB
                                     Org.nr {org}   Momsreg.nr SE{org.replace('-', '')}01
                                     Bankgiro {bankgiro(r)}   Plusgiro {plusgiro(r)}
Fakturanummer: {r.randint(10000, 99999)}        Fakturadatum: 2024-06-1{i}
Kundnummer: {r.randint(1000, 9999)}              Förfallodatum: 2024-07-1{i}
OCR-nummer: {ocr}

Kund:  {nm}
       {r.choice(GATOR)} {r.randint(1, 80)}, {postnr(r, o)} {o[0]}
       Fastighetsbeteckning: {o[0].upper()} {r.choice(WORDS).upper()} {r.randint(1, 30)}:{r.randint(1, 200)}

Arbete                               Timmar   À-pris     Belopp
{'Byte av badrumsgolv' if i == 0 else 'Hemstädning'}                   {r.randint(8, 40):>6}   {r.choice([450, 520, 640]):>6},00   {r.randint(4000, 25000):>7},00
Material                                                     {r.randint(500, 9000):>7},00
Moms 25 %                                                    {r.randint(1000, 8000):>7},00
{'ROT' if i == 0 else 'RUT'}-avdrag (begärt hos Skatteverket) för personnummer {p}:  -{r.randint(2000, 12000)},00
ATT BETALA                                                   {r.randint(5000, 30000):>7},00

Betala till bankgiro ovan och ange OCR-nummer {ocr}. Dröjsmålsränta 8 % + referensränta.
"""


def ticket_sv(d, i):
    r = d.rng
    nm = person_se(r)
    p = d.pnr("short")
    tel = d.phone("SE", "natl")
    return f"""Ärende #{r.randint(100000, 999999)} — Kundtjänst — Kategori: Faktura/betalning
Skapad: 2024-06-12 09:{r.randint(10, 59)}  Kanal: webbformulär  Prioritet: Normal

Från kund ({nm}):
Hej! Jag har fått en påminnelse på faktura {r.randint(10000, 99999)} men jag betalade den 3 juni med
OCR {ocr_ref(r)}. Mitt personnummer är {p} och ni når mig på {tel} efter kl 16.
Mitt kundnummer är {r.randint(100000, 999999)}. Tack!

Intern anteckning (agent {r.choice(FIRST_SE)}):
Hittat inbetalningen på bankgiro {bankgiro(r)}, belopp 1 249,00 kr, felaktig OCR (siffror omkastade).
Manuellt matchad. Påminnelseavgift 60 kr krediteras, kreditnota {r.randint(10000, 99999)}.
Kunden verifierad med BankID (orderRef {uuid4(r)}).
"""


def kund_sql(d, i):
    r = d.rng
    rows = []
    for k in range(14):
        company = k % 4 == 3
        if company:
            idn = orgnr(r)
            nm = f"{r.choice(WORDS).capitalize()} AB"
            typ = "FORETAG"
        else:
            idn = d.pnr(r.choice(["long_dash", "short_dash", "long"]))
            nm = person_se(r)
            typ = "PRIVAT"
        o = r.choice(ORTER)
        tel = d.phone("SE", "natl") if k % 2 else None
        rows.append(f"  ({k + 501}, '{typ}', '{idn}', '{nm}', '{r.choice(GATOR)} {r.randint(1, 80)}', '{postnr(r, o)}', '{o[0]}', {repr(tel) if tel else 'NULL'}, '{ocr_ref(r, 11)}', '2024-0{r.randint(1, 5)}-{r.randint(10, 28)}')")
    return f"""--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.kund (
    kund_id integer NOT NULL,
    kundtyp text NOT NULL,
    identitetsnummer text NOT NULL, -- personnummer eller organisationsnummer
    namn text NOT NULL,
    gatuadress text,
    postnummer text,
    postort text,
    telefon text,
    ocr_referens text,
    skapad date
);

INSERT INTO public.kund VALUES
{(','+chr(10)).join(rows)};

ALTER TABLE ONLY public.kund ADD CONSTRAINT kund_pkey PRIMARY KEY (kund_id);
-- PostgreSQL database dump complete
"""


def spar_json(d, i):
    r = d.rng
    res = []
    for k in range(4):
        fn, ln = person_se(r).split()
        o = r.choice(ORTER)
        coord = k == 3
        p = d.pnr("long", coord=coord, y0=1960 if not coord else 1980, y1=2004)
        res.append({"PersonId": {"IdNummer": p, "Typ": "SAMORDNINGSNUMMER" if coord else "PERSONNUMMER"},
                    "Sekretessmarkering": "N", "SenasteAndringSPAR": f"2024-0{r.randint(1, 5)}-{r.randint(10, 28)}",
                    "Namn": {"Fornamn": fn, "Efternamn": ln, "Tilltalsnamn": "10"},
                    "Folkbokforingsadress": {"Utdelningsadress2": f"{r.choice(GATOR)} {r.randint(1, 80)}", "PostNr": postnr(r, o).replace(" ", ""), "Postort": o[0].upper()},
                    "Folkbokforingsdatum": f"20{r.randint(10, 23)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                    "LanKod": f"{r.randint(1, 25):02d}", "KommunKod": f"{r.randint(1, 99):02d}"})
    return json.dumps({"Fraga": {"IdNummer": "se svar", "Uppdrag": r.randint(100, 999)}, "PersonsokningSvarsposter": res, "UUID": uuid4(r)}, indent=2, ensure_ascii=False) + "\n"


def lonespec(d, i):
    r = d.rng
    nm = person_se(r)
    p = d.pnr("short_dash")
    brutto = r.randint(30000, 65000)
    return f"""LÖNESPECIFIKATION                                      Utbetalningsdag 2024-06-25
Arbetsgivare: {r.choice(WORDS).capitalize()} Teknik AB, org.nr {orgnr(r)}
Anställd:     {nm}   Personnr: {p}   Anst.nr {r.randint(1000, 9999)}
Skattetabell: {r.choice([30, 31, 32, 33, 34])}, kolumn 1          Semesterdagar kvar: {r.randint(5, 30)}

Lönart   Benämning                      Antal     À-pris      Belopp
1000     Månadslön                        1,00  {brutto:>9},00  {brutto:>9},00
1310     OB-tillägg vardag kväll          {r.randint(2, 12)},50     {r.randint(40, 70)},00     {r.randint(200, 900)},00
8000     Preliminärskatt                                         -{int(brutto * 0.29):>8},00
                                                   NETTO      {int(brutto * 0.71):>9},00
Utbetalas till konto: {r.randint(8000, 8999)}-{r.randint(0, 9)}, {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}-{r.randint(0, 9)}
Ackumulerat: bruttolön {brutto * 6:,} kr, skatt {int(brutto * 6 * 0.29):,} kr
"""


def school_csv(d, i):
    r = d.rng
    rows = ["Klass,Elev,Personnummer,Vårdnadshavare,VH telefon,Skolskjuts,Allergier"]
    for k in range(10):
        p = d.pnr(r.choice(["long_dash", "short_dash"]), y0=2009, y1=2017)
        rows.append(f"{r.randint(1, 9)}{r.choice('ABC')},{person_se(r)},{p},{person_se(r)},{d.phone('SE', r.choice(['natl', 'intl']))},{r.choice(['Ja', 'Nej'])},{r.choice(['-', 'Nötter', 'Laktos', 'Gluten'])}")
    return "Elevlista — Ekbackeskolan — läsår 2024/25 — utskrift 2024-06-12 (skolenhetskod " + str(r.randint(10**7, 10**8)) + ")\n" + "\n".join(rows) + "\n"


def hyreskontrakt(d, i):
    r = d.rng
    nm = person_se(r)
    p = d.pnr("long_dash")
    o = r.choice(ORTER)
    tel = d.phone("SE", "natl")
    return f"""HYRESKONTRAKT FÖR BOSTADSLÄGENHET        (inskannat, OCR-text)
§1 Parter
Hyresvärd: {r.choice(WORDS).capitalize()}hem Fastigheter AB, org.nr {orgnr(r)}, {r.choice(GATOR)} {r.randint(1, 40)}, {postnr(r, o)} {o[0]}
Hyresgäst: {nm}, personnummer {p}, tel {tel}

§2 Lägenhet
Adress: {r.choice(GATOR)} {r.randint(1, 80)}, lgh nr {r.randint(1001, 1504)}, objektnr {r.randint(100000, 999999)}-{r.randint(10, 99)}
Fastighet: {o[0].upper()} {r.choice(WORDS).upper()} {r.randint(1, 30)}:{r.randint(1, 99)}
Antal rum: {r.randint(1, 5)} rok, yta ca {r.randint(28, 120)} kvm

§3 Hyra
{r.randint(6000, 16000)} kronor per månad, betalas senast sista vardagen före varje månads början
till bankgiro {bankgiro(r)} med OCR {ocr_ref(r, 13)}.
Depositionsavgift: 0 kr. Hyran är förhandlad med Hyresgästföreningen (förhandlingsklausul {r.randint(2019, 2023)}-{r.randint(100, 999)}).

§4 Hyrestid
Från och med 2024-07-01 och tills vidare. Uppsägningstid 3 månader.
Ort och datum: {o[0]} 2024-06-1{i}
"""


def email_sv(d, i):
    r = d.rng
    nm = person_se(r)
    p = d.pnr("long")
    p2 = d.pnr("short_dash")
    tel = d.phone("SE", "intl")
    return f"""From: {nm} <{mailbox(nm, r, 'mail.test')}>
To: ekonomi@corp.example
Subject: Utlägg maj + ändrat konto
Date: Tue, 11 Jun 2024 21:14:09 +0200
Message-ID: <{uuid4(r)}@mail.test>
Content-Type: text/plain; charset=utf-8

Hej!

Bifogar kvitton för maj (tåg SJ bokningsnr {rs(r, UPPER_DIG, 6)}, hotell faktura {r.randint(100000, 999999)}).
Totalt 3 482,50 kr. Mitt personnummer är {p} om ni behöver det för utbetalningen.
Jag har bytt bank: clearingnummer {r.randint(8000, 8999)}-{r.randint(0, 9)}, konto {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}-{r.randint(0, 9)}.

Min sambo ({p2}) ska också skicka in sina utlägg från konferensen, hon har anställningsnummer {r.randint(1000, 9999)}.

Ring gärna {tel} om något är oklart.

Hälsningar
{nm}
"""


def sepa_pain001(d, i):
    r = d.rng
    dbt = d.iban("SE")
    txs = []
    tot = 0
    for k, cc in enumerate(["DE", "FR", "NL", "ES", "IT", "DE", "GB"]):
        amt = r.randint(10000, 900000) / 100
        tot += amt
        ib = d.iban(cc)
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><InstrId>INSTR-{r.randint(10**5, 10**6)}</InstrId><EndToEndId>E2E-{uuid4(r)[:18]}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{amt:.2f}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{rs(r, string.ascii_uppercase, 4)}{cc}{rs(r, UPPER_DIG, 2)}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{r.choice(WORDS).capitalize()} {r.choice(['GmbH', 'SARL', 'BV', 'S.L.', 'S.r.l.', 'AG', 'Ltd'])}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{ib}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Faktura {r.randint(10000, 99999)} / order {r.randint(10**6, 10**7)}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>MSG-20240612-{r.randint(1000, 9999)}</MsgId>
      <CreDtTm>2024-06-12T09:30:00</CreDtTm>
      <NbOfTxs>{len(txs)}</NbOfTxs>
      <CtrlSum>{tot:.2f}</CtrlSum>
      <InitgPty><Nm>{r.choice(WORDS).capitalize()} Handel AB</Nm><Id><OrgId><Othr><Id>{orgnr(r, dash=False)}</Id><SchmeNm><Cd>BANK</Cd></SchmeNm></Othr></OrgId></Id></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-{r.randint(10**5, 10**6)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt><Dt>2024-06-13</Dt></ReqdExctnDt>
      <Dbtr><Nm>{r.choice(WORDS).capitalize()} Handel AB</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{dbt}</IBAN></Id><Ccy>EUR</Ccy></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>ESSESESS</BICFI></FinInstnId></DbtrAgt>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
<!-- template example account from the bank's guide, not used: DE89 3704 0044 0532 0130 00 -->
"""


def clean_bgmax(d, i):
    r = d.rng
    lines = [f"01BGMAX               0120240612{r.randint(100000, 999999)}{r.randint(100000, 999999)}P" + " " * 38]
    lines.append(f"050009912346          SEK" + " " * 55)
    tot = 0
    for k in range(9):
        amt = r.randint(10000, 900000)
        tot += amt
        ref = ocr_ref(r, r.choice([11, 13, 15]))
        lines.append(f"20{lk_digits(r, 10, '0'):<10}{ref:<25}{amt:018d}2 {r.randint(10**11, 10**12)}" + " " * 5)
        lines.append(f"26{r.choice(WORDS).upper()} {r.choice(WORDS).upper()} AB".ljust(80))
    lines.append(f"15{'0' * 15}{r.randint(10**9, 10**10)}20240612{r.randint(10000, 99999)}{tot:018d}SEK{9:08d}" + " " * 14)
    lines.append(f"7000000001000000000000000000000001{9:08d}" + " " * 38)
    return "\n".join(lines) + "\n"


def clean_sie(d, i):
    r = d.rng
    org = orgnr(r)
    ver = []
    for k in range(8):
        a = r.randint(500, 50000)
        ver.append(f"""#VER A {k + 1} 202406{k + 10:02d} "{r.choice(['Kundfaktura', 'Leverantörsfaktura', 'Lön juni', 'Bankavgift'])} {r.randint(1000, 9999)}"
{{
   #TRANS 1930 {{}} {a}.00
   #TRANS {r.choice([3001, 4010, 7010, 6570])} {{}} -{int(a * 0.8)}.00
   #TRANS 2611 {{}} -{a - int(a * 0.8)}.00
}}""")
    return f"""#FLAGGA 0
#PROGRAM "Bokföring Plus" 5.2
#FORMAT PC8
#GEN 20240612
#SIETYP 4
#FNAMN "{r.choice(WORDS).capitalize()} Konsult AB"
#ORGNR {org}
#ADRESS "Ekonomi" "{r.choice(GATOR)} {r.randint(1, 40)}" "{r.randint(100, 984)} {r.randint(10, 99)} Stockholm" ""
#RAR 0 20240101 20241231
#KPTYP BAS2024
#KONTO 1930 "Företagskonto"
#KONTO 2611 "Utgående moms 25%"
#KONTO 3001 "Försäljning 25%"
#IB 0 1930 {r.randint(10000, 900000)}.00
{chr(10).join(ver)}
"""


def clean_bolagsverket(d, i):
    r = d.rng
    rows = []
    for k in range(12):
        rows.append(f"{orgnr(r)}  {r.choice(WORDS).capitalize()} {r.choice(['AB', 'Handelsbolag', 'Ekonomisk förening', 'AB (publ)'])}  Reg. {r.randint(1990, 2023)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}  SNI {r.randint(10000, 99999)}  Säte: {r.choice(ORTER)[0]}  Aktiekapital {r.choice([25000, 50000, 100000, 500000]):,} kr".replace(",", " "))
    return "Utdrag — företag registrerade i urvalet (org.nr  namn  registrering  SNI  säte)\n" + "\n".join(rows) + f"\nUttagsid {uuid4(r)}; antal poster 12; kontrollsumma {md5(r)}\n"


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("csv/anstallda-export-{i}.csv", hr_export, 2)
_add("api/bankid-collect-responses.json", bankid_collect)
_add("app-logs/bankid-auth.log", bankid_log)
_add("xml/kontrolluppgifter-ku10.xml", skv_ku_xml)
_add("health/journalanteckning-{i}.txt", journal, 2)
_add("ocr/forsakringskassan-beslut.txt", fk_letter)
_add("ocr/faktura-{i}.txt", faktura, 2)
_add("tickets/kundtjanst-arende.txt", ticket_sv)
_add("sql/kund-dump.sql", kund_sql)
_add("api/spar-personsokning.json", spar_json)
_add("ocr/lonespecifikation.txt", lonespec)
_add("csv/elevlista.csv", school_csv)
_add("ocr/hyreskontrakt.txt", hyreskontrakt)
_add("email/utlagg-maj.eml", email_sv)
_add("bank/sepa-pain001-20240612.xml", sepa_pain001)
_add("bank/bgmax-20240612.txt", clean_bgmax)
_add("bank/bokforing-2024.se", clean_sie)
_add("docs/bolagsverket-utdrag.txt", clean_bolagsverket)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
