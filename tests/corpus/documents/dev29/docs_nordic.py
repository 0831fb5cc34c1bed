"""dev29 nordic documents: swedish, finnish, norwegian and danish registers, forms and payroll files."""
import datetime
import json
from registry import doc


@doc("se-samordningsnummer-tilldelning-xml", "skv/samordningsnummer/svar-batch-2026-0119.xml", "coordination number assignment response batch (xml)")
def _(d):
    recs = []
    for cc, pcc in (("PL", "pl"), ("DE", "de"), ("IT", "it")):
        f, l = {"PL": ("Katarzyna", "Nowak"), "DE": ("Jonas", "Becker"), "IT": ("Luca", "Ferri")}[cc]
        dt = d.bdate((1970, 2000))
        sam = d.pnr("long", date=dt, samord=True)
        dob = d.dob(dt, "%Y-%m-%d")
        pp = d.passport(pcc)
        arende = d.lkpnr("long")
        recs.append(f"""  <Tilldelning>
    <Arendenummer>{arende}</Arendenummer>
    <Samordningsnummer>{sam}</Samordningsnummer>
    <Fornamn>{f}</Fornamn>
    <Efternamn>{l}</Efternamn>
    <Fodelsedatum>{dob}</Fodelsedatum>
    <Medborgarskap>{cc}</Medborgarskap>
    <Identitetshandling typ="PASS" land="{cc}">{pp}</Identitetshandling>
    <Rekvirent>{d.orgnr()}</Rekvirent>
  </Tilldelning>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<SamordningsnummerSvar xmlns="urn:se:skatteverket:samordningsnummer:2.0" skapad="2026-01-19T06:02:11">
{chr(10).join(recs)}
</SamordningsnummerSvar>
"""


@doc("se-god-man-arsrakning-txt", "overformyndare/arsrakning-2025-huvudman-0412.txt", "guardian annual account submitted to the chief guardian (text)")
def _(d):
    hf, hl, hs = d.person("se", "F")
    gf, gl, gs = d.person("se", "M")
    h = d.pnr("short-", years=(1932, 1945), sex="F")
    g = d.pnr("short-", years=(1955, 1975), sex="M")
    ib = d.iban("se", spaced=True)
    ph = d.phone("se", "nat")
    ak = d.lkpnr("long-")
    return f"""ÅRSRÄKNING 2025
Överförmyndarnämnden, Ärendenummer {ak}

Huvudman: {hf} {hl}
Personnummer: {h}
Boende: Vård- och omsorgsboendet Solrosen, avd 3

Ställföreträdare (god man): {gf} {gl}
Personnummer: {g}
Telefon: {ph}

TILLGÅNGAR 2025-12-31
  Transaktionskonto (IBAN {ib})            48 212,50 kr
  Sparkonto (kontonr ****-**-*1182)           120 000,00 kr

INKOMSTER UNDER ÅRET
  Garantipension                         118 404,00 kr
  Bostadstillägg                          62 436,00 kr

UTGIFTER UNDER ÅRET
  Avgift boende                          148 920,00 kr
  Läkemedel, tandvård                      6 210,00 kr

Jag försäkrar på heder och samvete att uppgifterna är riktiga.
Ort och datum: Skellefteå 2026-01-28     Underskrift: {gf} {gl}
"""


@doc("se-korkortsprov-bokning-json", "trafikskola/api/provbokningar-2026-02.json", "driving school driving test bookings api response (json)")
def _(d):
    items = []
    for i in range(4):
        f, l, s = d.person("se")
        p = d.pnr("long", years=(2005, 2008), sex=s)
        items.append({"bokningsnummer": d.lkpnr("long"), "elev": {"namn": f"{f} {l}", "personnummer": p,
                      "mobil": d.phone("se", "nat0")}, "provtyp": "B-korkort, korprov", "provort": "Luleå",
                      "tid": f"2026-02-{d.ri(2, 27):02d}T{d.ri(8, 15):02d}:{d.ch(['00', '30'])}:00+01:00",
                      "handledare": d.X(f.upper()[:3] + str(d.ri(10, 99))), "status": d.ch(["bokad", "bokad", "ombokad"])})
    return json.dumps({"trafikskola": "Norrskens Trafikskola AB", "orgnr": d.orgnr(), "bokningar": items},
                      indent=2, ensure_ascii=False) + "\n"


@doc("agda-ps-lonefil-export-txt", "lon/export/agda-loneutbetalning-202601.txt", "payroll system salary payment export with employees and accounts (text)")
def _(d):
    rows = ["ANSTNR;NAMN;PERSONNUMMER;IBAN;NETTOLON;UTBDAG"]
    for i in range(5):
        f, l, s = d.person("se")
        p = d.pnr("long-", years=(1960, 2002), sex=s, samord=(i == 3))
        ib = d.iban("se")
        rows.append(f"{1000 + d.ri(1, 899)};{l}, {f};{p};{ib};{d.ri(21000, 42000)},{d.ri(10, 99)};2026-01-25")
    rows.append(f"{1000 + d.ri(1, 899)};Vakant, Tjänst;YYYYMMDD-XXXX;SE00 0000 0000 0000 0000 0000;0,00;2026-01-25")
    return "\n".join(rows) + "\n"


@doc("sportadmin-medlemsexport-csv", "forening/sportadmin-export-P2012.csv", "sports club administration member export with guardians (csv)")
def _(d):
    rows = ["Medlemsnr;Förnamn;Efternamn;Personnummer;Lag;Målsman 1;Målsman 1 mobil;Avgift betald;Faktura-OCR"]
    for i in range(4):
        f, l, s = d.person("se")
        p = d.pnr("long-", years=(2012, 2012), sex=s)
        mf, _, _ = d.person("se")
        ocr = d.lkpnr("long")
        rows.append(f"{d.ri(1000, 9999)};{f};{l};{p};P2012 Röd;{mf} {l};{d.phone('se', 'intl')};{d.ch(['Ja', 'Nej'])};{ocr}")
    return "\n".join(rows) + "\n"


@doc("fi-tulorekisteri-palkkatiedot-xml", "tulorekisteri/palkkatietoilmoitus-202601.xml", "finnish incomes register earnings payment report (xml)")
def _(d):
    items = []
    for i in range(3):
        f, l, s = d.person("fi")
        h = d.hetu(years=(1965, 2003), new_signs=(i == 2))
        items.append(f"""    <Report>
      <ReportData><ActionCode>1</ActionCode><ReportId>{d.uuid()}</ReportId></ReportData>
      <IncomeEarner>
        <IncomeEarnerIds><Id><Type>2</Type><Code>{h}</Code></Id></IncomeEarnerIds>
        <IncomeEarnerBasic><LastName>{l}</LastName><FirstName>{f}</FirstName></IncomeEarnerBasic>
      </IncomeEarner>
      <Transactions>
        <Transaction><TransactionBasic><TransactionCode>201</TransactionCode><Amount>{d.ri(2400, 5200)}.{d.ri(10, 99)}</Amount></TransactionBasic></Transaction>
        <Transaction><TransactionBasic><TransactionCode>402</TransactionCode><Amount>{d.ri(400, 1400)}.{d.ri(10, 99)}</Amount></TransactionBasic></Transaction>
      </Transactions>
    </Report>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<WageReportRequestToIR xmlns="http://www.tulorekisteri.fi/2017/1/WageReportsToIR">
  <DeliveryData>
    <Timestamp>2026-01-20T08:00:00</Timestamp>
    <Source>PalkkaPro 4.2</Source>
    <DeliveryDataType>100</DeliveryDataType>
    <DeliveryId>{d.hexx(16)}</DeliveryId>
    <PayerIds><Id><Type>1</Type><Code>{d.X(str(d.ri(1000000, 2999999)) + "-" + str(d.ri(0, 9)))}</Code></Id></PayerIds>
    <PaymentPeriod><PaymentDate>2026-01-31</PaymentDate><StartDate>2026-01-01</StartDate><EndDate>2026-01-31</EndDate></PaymentPeriod>
    <Reports>
{chr(10).join(items)}
    </Reports>
  </DeliveryData>
</WageReportRequestToIR>
"""


@doc("fi-kirjasto-asiakasrekisteri-csv", "kirjasto/asiakkaat-vienti-2026-01.csv", "finnish library patron register export (csv)")
def _(d):
    rows = ["asiakasnumero;sukunimi;etunimi;henkilötunnus;syntymäaika;puhelin;kirjastokortti"]
    for i in range(3):
        f, l, s = d.person("fi")
        dt = d.bdate((1950, 2010))
        if i == 2:
            rows.append(f"{d.ri(100000, 999999)};{l};{f};;{d.dob(dt, '%d.%m.%Y')};{d.phone('fi', 'nat0')};{d.X('2' + str(d.ri(10 ** 12, 10 ** 13 - 1)))}")
        else:
            h = d.hetu(date=dt)
            rows.append(f"{d.ri(100000, 999999)};{l};{f};{h};;{d.phone('fi', 'intl')};{d.X('2' + str(d.ri(10 ** 12, 10 ** 13 - 1)))}")
    return "\n".join(rows) + "\n"


@doc("fi-ajoneuvo-omistajanvaihdos-json", "vaihdot/omistajanvaihdos-ABC-123.json", "finnish vehicle ownership change notification (json)")
def _(d):
    sf, sl, _ = d.person("fi")
    bf, bl, _ = d.person("fi")
    o = {"rekisteritunnus": "ABC-123", "valmistenumero": d.X("WVWZZZ1JZ" + d.rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 8)),
         "myyja": {"nimi": f"{sf} {sl}", "henkilotunnus": d.hetu(), "puhelin": d.phone("fi", "intl0")},
         "ostaja": {"nimi": f"{bf} {bl}", "henkilotunnus": d.hetu(new_signs=True), "puhelin": d.phone("fi", "nat")},
         "kauppapaiva": "2026-01-17", "kauppahinta": 7400, "tilinumero_maksulle": d.iban("fi", spaced=True),
         "viite": d.X(str(d.ri(10 ** 9, 10 ** 10 - 1)))}
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"


@doc("netvisor-palkansaajat-csv", "netvisor/palkansaajat-vienti.csv", "finnish accounting service employee export (csv)")
def _(d):
    rows = ["Palkansaajan numero;Nimi;Henkilötunnus;IBAN;BIC;Verokortti"]
    for i in range(3):
        f, l, s = d.person("fi")
        rows.append(f"{200 + i};{l} {f};{d.hetu(years=(1960, 2000))};{d.iban('fi')};{d.ch(['NDEAFIHH', 'OKOYFIHH', 'DABAFIHH'])};muutosverokortti")
    return "\n".join(rows) + "\n"


@doc("no-barnehage-opptak-csv", "barnehage/opptak-hovedopptak-2026.csv", "norwegian kindergarten admissions list (csv)")
def _(d):
    rows = ["Søknadsnr;Barn;Fødselsdato;Foresatt;Mobil;E-post;Tilbud"]
    for i in range(3):
        f, l = d.person("no")[:2]
        dt = d.bdate((2023, 2025))
        ff = d.person("no")[0]
        rows.append(f"{d.ri(20000, 29999)};{f} {l};{d.dob(dt, '%d.%m.%Y')};{ff} {l};{d.phone('no', 'nat')};"
                    f"{d.email(ff, l, d.ch(['online.no', 'gmail.com', 'hotmail.com']))};{d.ch(['Solstua', 'Trollskogen', 'Venteliste'])}")
    return "\n".join(rows) + "\n"


@doc("tripletex-ansatte-export-csv", "tripletex/ansatte-eksport-2026-01.csv", "norwegian accounting system employee export (csv)")
def _(d):
    rows = ["Ansattnr;Fornavn;Etternavn;Fødselsdato;Fødselsnummer;Mobil;Kontonummer (IBAN)"]
    for i in range(3):
        f, l = d.person("no")[:2]
        dt = d.bdate((1965, 2002))
        rows.append(f"{i + 10};{f};{l};{d.dob(dt, '%d.%m.%Y')};{dt.strftime('%d%m%y')}*****;{d.phone('no', 'intl')};{d.iban('no')}")
    return "\n".join(rows) + "\n"


@doc("holdsport-medlemmer-csv", "holdsport/medlemsliste-U15-fodbold.csv", "danish team sports app member list (csv)")
def _(d):
    rows = ["Navn;Fødselsdato;Forælder;Forælder telefon;Kontingent betalt"]
    for i in range(3):
        f, l = d.person("dk")[:2]
        dt = d.bdate((2011, 2012))
        rows.append(f"{f} {l};{d.dob(dt, '%d-%m-%Y')};{d.person('dk')[0]} {l};{d.phone('dk', 'intl')};{d.ch(['ja', 'nej'])}")
    return "\n".join(rows) + "\n"


@doc("nordic-salary-pain001-xml", "bank/utbetalning/pain001-lon-nordic-202601.xml", "iso 20022 credit transfer file paying salaries to nordic accounts")
def _(d):
    txs = []
    for cc, nat in (("se", "se"), ("fi", "fi"), ("no", "no"), ("dk", "dk"), ("se", "se")):
        f, l = d.person(nat)[:2]
        ib = d.iban(cc)
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>LON202601-{d.ri(1000, 9999)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="{dict(se='SEK', fi='EUR', no='NOK', dk='DKK')[cc]}">{d.ri(18000, 45000)}.00</InstdAmt></Amt>
        <Cdtr><Nm>{f} {l}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{ib}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Lon januari 2026</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>{d.rs('0123456789ABCDEF', 20)}</MsgId>
      <CreDtTm>2026-01-22T10:14:00</CreDtTm>
      <NbOfTxs>5</NbOfTxs>
      <InitgPty><Nm>Nordkalottens Konsult AB</Nm><Id><OrgId><Othr><Id>{d.orgnr(dash=False)}</Id></Othr></OrgId></Id></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>LON-202601</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt><Dt>2026-01-25</Dt></ReqdExctnDt>
      <Dbtr><Nm>Nordkalottens Konsult AB</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{d.iban('se', lab=True)}</IBAN></Id></DbtrAcct>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""
