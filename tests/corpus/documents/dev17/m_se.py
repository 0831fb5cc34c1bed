"""Swedish records: personnummer beside Luhn-valid, date-shaped look-alikes."""
import json as _json


class json:  # noqa: N801 - every JSON document here is written as UTF-8, not \u-escaped
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


from common import FIRST_SV, LAST_SV, xesc


def _name(g):
    return g.choice(FIRST_SV) + " " + g.choice(LAST_SV)


def betygskatalog(S):
    d = S.doc("se-skolverket-betygskatalog/betygskatalog_9B_VT2026.csv")
    g = S.g
    rows = ["Skolenhetskod;Skola;Klass;Personnummer;Elev;Ämne;Betyg;Betygsdatum;Dokument-ID;Lärarlegitimation;Utskriftsnr"]
    skolenhet = str(g.randint(10000000, 99999999))
    for i in range(15):
        pnr = d.pnr(g.choice(["long", "long_nodash", "short"]), y0=2010, y1=2011)
        rows.append(";".join([skolenhet, "Kvarnbackens skola", "9B", pnr, _name(g), g.choice(["Matematik", "Svenska", "Engelska", "Idrott och hälsa", "Biologi"]),
                              g.choice(["A", "B", "C", "D", "E", "F"]), "2026-06-%02d" % g.randint(8, 12), d.pla("date10"),
                              d.pla("order"), d.pla("date12")]))
    rows.append(";".join([skolenhet, "Kvarnbackens skola", "9B", "20110229-XXXX", "(skyddad identitet)", "Musik", "C", "2026-06-10", d.pla("date10"), "", ""]))
    d.set("\n".join(rows))


def fk_vab(S):
    d = S.doc("se-fk-vab-beslut/beslut_vab_2026-10.txt")
    g = S.g
    nm = _name(g)
    d.set(f"""FÖRSÄKRINGSKASSAN                                             Datum 2026-10-21
                                                              Ärendenummer {d.pla('dash')}
                                                              Sida 1 (2)

{nm}
Personnummer {d.pnr('short', y0=1980, y1=1992)}
Tallbacksvägen 4 B
352 46 Växjö

Beslut om tillfällig föräldrapenning (vård av barn)

Du får tillfällig föräldrapenning för vård av ditt barn
  Barnets namn:         Elsa {nm.split()[1]}
  Barnets personnummer: {d.pnr('long', y0=2016, y1=2022)}
  Period:               2026-10-06 -- 2026-10-08
  Omfattning:           hel dag

Utbetalning
Du får 2 418 kronor före skatt. Pengarna betalas ut den 2026-10-25 till ditt konto
i {g.choice(['Swedbank', 'Nordea', 'Handelsbanken', 'SEB'])}, clearingnummer {g.randint(6000, 8999)}. Utbetalningsreferens {d.pla('ocr')}.
Skatteavdrag 30 procent enligt skattetabell 33.

Vi har fått uppgift om ditt barn från förskolan (org.nr {d.pla('orgnr')}) och från
den andra föräldern, personnummer {d.pnr('short', y0=1978, y1=1993)}, som inte har begärt ersättning för samma dagar.

Beräkning
Sjukpenninggrundande inkomst (SGI) 412 000 kr/år. Dagsbelopp 1 013 kr. Underlag
från arbetsgivare (org.nr {d.pla('orgnr')}), lönespecifikation nr {d.pla('order')}.

Om du inte är nöjd med beslutet
Du kan begära omprövning. Skriv ärendenummer {d.la(d.looks[0])} i din begäran.
Din begäran måste ha kommit in till oss senast 2026-12-21.

Med vänlig hälsning
Försäkringskassan
Handläggare {g.choice(['Tove', 'Per', 'Agnes'])}, kundcenter, telefon {d.phone('SE', 'nat')}
""")


def visma_lon(S):
    d = S.doc("se-visma-lon-export/personalregister_202611.txt")
    g = S.g
    rows = ["#FORMAT Visma Lön 600 - Personalregister export", "#FLAGGA 0", "#PROGRAM \"Visma Lön 600\" 2026.2",
            "#GEN 20261102 \"EKONOMI\"", "#ORGNR " + d.pla("orgnr").replace("-", ""), "#FNAMN \"Nordlycke Bygg AB\"",
            "Anst.nr;Personnummer;Namn;Befattning;Anställd fr.o.m.;Månadslön;Skattetabell;Clearingnr;Kontonr;IBAN;Verifikationsnr;Kostnadsställe"]
    for i in range(14):
        pnr = d.pnr(g.choice(["short_nodash", "long_nodash", "long"]), samordning=(i == 5))
        iban = d.iban("SE", False) if i % 2 == 0 else ""
        rows.append(";".join([str(100 + i), pnr, _name(g), g.choice(["Snickare", "Projektledare", "Lagerarbetare", "Ekonom", "Elektriker"]),
                              "20%02d-%02d-01" % (g.randint(12, 25), g.randint(1, 12)), str(g.randint(31, 58)) + " 500", str(g.randint(29, 35)),
                              str(g.randint(6000, 8999)), str(g.randint(100000000, 999999999)), iban, d.pla("date10"), d.pla("order")]))
    d.set("\n".join(rows))


def hogia(S):
    d = S.doc("se-hogia-personalregister/anstallda_export.xml")
    g = S.g
    parts = []
    for i in range(11):
        nm = _name(g)
        parts.append(f"""  <Anstalld>
    <Anstallningsnummer>{2000 + i}</Anstallningsnummer>
    <Personnummer>{d.pnr(g.choice(['long', 'long_nodash']))}</Personnummer>
    <Namn>{nm}</Namn>
    <Epost>{d.email(nm)}</Epost>
    <Mobil>{d.phone('SE')}</Mobil>
    <Avtalsnummer>{d.pla('date10')}</Avtalsnummer>
    <Lonekonto clearing="{g.randint(6000, 8999)}">{g.randint(100000000, 999999999)}</Lonekonto>
    <Anhorig relation="make/maka">
      <Namn>{_name(g)}</Namn>
      <Telefon>{d.phone('SE')}</Telefon>
    </Anhorig>
    <Referensnummer>{d.pla('order')}</Referensnummer>
  </Anstalld>""")
    d.set(f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<HogiaPersonal version="4.2" exportdatum="2026-11-03" foretag="{d.pla('orgnr')}">
""" + "\n".join(parts) + "\n</HogiaPersonal>\n")


def fortnox(S):
    d = S.doc("se-fortnox-api-json/employees_and_invoices.json")
    g = S.g
    emps = []
    for i in range(5):
        nm = _name(g)
        fn, ln = nm.split()
        emps.append({"@url": "https://api.fortnox.se/3/employees/%d" % (10 + i), "EmployeeId": str(10 + i),
                     "PersonalIdentityNumber": d.labj("se-personnummer", g.pnr("long")), "FirstName": fn, "LastName": ln,
                     "Email": d.labj("email", g.email(nm)), "Phone1": d.labj("phone", g.phone("SE")),
                     "ClearingNo": str(g.randint(6000, 8999)), "BankAccountNo": str(g.randint(1000000000, 9999999999)),
                     "EmploymentDate": "20%02d-0%d-01" % (g.randint(15, 25), g.randint(1, 9)), "EmploymentForm": "TV", "Inactive": False})
    invs = []
    for i in range(5):
        invs.append({"@url": "https://api.fortnox.se/3/invoices/%d" % (4400 + i), "DocumentNumber": str(4400 + i),
                     "CustomerNumber": str(g.randint(1000, 9999)), "CustomerName": g.choice(["Solvik Energi AB", "Brf Tallbacken", "Kvarnbackens Bygg HB"]),
                     "OrganisationNumber": d.la(g.pnr_lookalike("orgnr")), "OCR": d.la(g.pnr_lookalike("ocr")),
                     "YourOrderNumber": d.la(g.pnr_lookalike("order")), "InvoiceDate": "2026-10-%02d" % (i + 3), "Total": g.randint(2000, 90000)})
    # a sole trader: organisation number is the personnummer
    invs.append({"@url": "https://api.fortnox.se/3/invoices/4405", "DocumentNumber": "4405", "CustomerNumber": "1190",
                 "CustomerName": "Gustav Berg Måleri (enskild firma)", "OrganisationNumber": d.labj("se-personnummer", g.pnr("short")),
                 "OCR": d.la(g.pnr_lookalike("ocr")), "YourOrderNumber": d.la(g.pnr_lookalike("date10")), "InvoiceDate": "2026-10-09", "Total": 6250})
    d.set("# GET /3/employees\n" + json.dumps({"MetaInformation": {"@TotalResources": 5, "@TotalPages": 1, "@CurrentPage": 1}, "Employees": emps}, indent=2, ensure_ascii=False)
          + "\n# GET /3/invoices?filter=unpaid\n" + json.dumps({"Invoices": invs}, indent=2, ensure_ascii=False))


def autogiro(S):
    d = S.doc("se-autogiro-medgivande/BFEP.IAGAG.K0571234.txt")
    g = S.g
    bg = "%010d" % g.randint(1000000, 9999999)
    lines = ["01" + "20261103" + "AUTOGIRO" + " " * 44 + bg.rjust(16, "0")[6:] + "AG-MEDAVI".ljust(20)]
    for i in range(10):
        if i % 3 == 2:
            org = g.pnr_lookalike("orgnr").replace("-", "")
            d.la(org)
            payer = ("00" + org).rjust(16, "0")
            ident = "00" + org
        else:
            p = g.pnr("long_nodash", y0=1940, y1=2000)
            d.lab("se-personnummer", p)
            payer = "%016d" % g.randint(10000, 99999)
            ident = p
        clearing = str(g.randint(6000, 8999))
        konto = "%012d" % g.randint(100000000, 999999999)
        lines.append("04" + bg + payer + clearing + konto + "    " + ident + " " * 20 + "  " + "AG")
    lines.append("09" + "20261103" + "9900" + "%07d" % 7 + " " * 59)
    body = "\n".join(lines)
    d.set(f"""* Medgivandeunderlag till Bankgirot, Autogiro (TK01/TK04/TK09), bankgironummer {bg[-8:-4]}-{bg[-4:]}
* skapad av Föreningsregistret 4.2 för Brf Tallbacken (org.nr {d.pla('orgnr')}), sändningsreferens {d.pla('date10')}
{body}
* kontrollsumma {d.pla('ocr')}
""")


def journal(S):
    d = S.doc("se-journalkopia/journalkopia_vardcentral.txt")
    g = S.g
    nm = _name(g)
    d.set(f"""REGION KRONOBERG                                   JOURNALKOPIA
Vårdcentralen Tallbacken                           Utskriven 2026-11-02 14:12 av sjuksköterska
                                                   Utskrifts-ID {d.pla('date12')}
Patient: {nm}
Personnummer: {d.pnr('long')}
Adress: Skogsstigen 9, 352 50 Växjö   Telefon: {d.phone('SE')}
Närstående: {_name(g)} (dotter), tel {d.phone('SE')}

----------------------------------------------------------------------
2026-10-14 09:40  Besök, Distriktsläkare                    Vårdkontakt {d.pla('date10')}
Kontaktorsak: Hosta sedan tre veckor.
Anamnes: Tidigare frisk. Ingen feber. Röker ej.
Status: AT gott. Cor: RR. Pulm: Vesikulära andningsljud bilateralt.
Bedömning: Trolig postinfektiös hosta.
Åtgärd: Lungröntgen remitteras, remissnr {d.pla('order')}.
----------------------------------------------------------------------
2026-10-16 11:02  Provsvar, Lab                             Provnr {d.pla('date10')}
CRP <5 mg/L. Hb 138 g/L. LPK 6,1.
----------------------------------------------------------------------
2026-10-21 08:15  Telefonkontakt, Sjuksköterska
Pat ringer från dotterns telefon. Röntgen utan anm. Informeras.
Pat önskar att maken ({_name(g)}, pnr {d.pnr('short')}) får ta del av provsvar;
fullmakt finns inskannad, dokument-ID {d.pla('dash')}.
----------------------------------------------------------------------
2026-10-30 13:30  Anteckning, Kurator
Samtal angående anhörigstöd. Kontakt med kommunens anhörigkonsulent,
ärende {d.pla('order')}. Pat vill att barnbarnet, {d.pnr('long_nodash', y0=2004, y1=2008)}, kontaktas om tid.
----------------------------------------------------------------------
Vårdgivare: Region Kronoberg, org.nr {d.pla('orgnr')}, HSA-id SE2321000065-E000001{g.randint(10000, 99999)}
""")


def skv_ku(S):
    d = S.doc("se-skv-kontrolluppgift-xml/KU10_2026_arbetsgivare.xml")
    g = S.g
    org = "16" + d.pla("orgnr").replace("-", "")
    d.la(org)
    blanketter = []
    for i in range(6):
        pnr = d.pnr("long_nodash", samordning=(i == 3))
        blanketter.append(f"""  <ku:Blankett>
    <ku:Arendeinformation>
      <ku:Arendeagare>{org}</ku:Arendeagare>
      <ku:Period>2026</ku:Period>
    </ku:Arendeinformation>
    <ku:Blankettinnehall>
      <ku:KU10>
        <ku:AvdragPreliminarSkatt faltkod="001">{g.randint(40000, 160000)}</ku:AvdragPreliminarSkatt>
        <ku:KontantBruttolonMm faltkod="011">{g.randint(200000, 600000)}</ku:KontantBruttolonMm>
        <ku:Inkomstar faltkod="203">2026</ku:Inkomstar>
        <ku:Specifikationsnummer faltkod="570">{d.pla('date10')}</ku:Specifikationsnummer>
        <ku:InkomsttagareKU10>
          <ku:Inkomsttagare faltkod="215">{pnr}</ku:Inkomsttagare>
        </ku:InkomsttagareKU10>
        <ku:UppgiftslamnareKU10>
          <ku:UppgiftslamnarId faltkod="201">{org}</ku:UppgiftslamnarId>
        </ku:UppgiftslamnareKU10>
      </ku:KU10>
    </ku:Blankettinnehall>
  </ku:Blankett>""")
    d.set(f"""<?xml version="1.0" encoding="UTF-8"?>
<Skatteverket omrade="Kontrolluppgifter" xmlns="http://xmls.skatteverket.se/se/skatteverket/ai/instans/infoForBeskattning/8.0"
  xmlns:ku="http://xmls.skatteverket.se/se/skatteverket/ai/komponent/infoForBeskattning/8.0">
  <ku:Avsandare>
    <ku:Programnamn>Lönesystemet 26.1</ku:Programnamn>
    <ku:Organisationsnummer>{org}</ku:Organisationsnummer>
    <ku:TekniskKontaktperson>
      <ku:Namn>{_name(g)}</ku:Namn>
      <ku:Telefon>{d.phone('SE')}</ku:Telefon>
      <ku:Epost>{d.email(domain='nordlyckebygg.se')}</ku:Epost>
    </ku:TekniskKontaktperson>
    <ku:Skapad>2026-11-02T10:14:22</ku:Skapad>
  </ku:Avsandare>
  <ku:Blankettgemensamt>
    <ku:Uppgiftslamnare>
      <ku:UppgiftslamnarePersOrgnr>{org}</ku:UppgiftslamnarePersOrgnr>
    </ku:Uppgiftslamnare>
  </ku:Blankettgemensamt>
""" + "\n".join(blanketter) + "\n</Skatteverket>\n")


def polis(S):
    d = S.doc("se-polisanmalan-kopia/anmalan_kopia.txt")
    g = S.g
    d.set(f"""POLISMYNDIGHETEN                         KOPIA AV ANMÄLAN          Sida 1(2)
Anmälningsnummer 5000-K{g.randint(100000, 999999)}-26            Registrerad 2026-10-29 21:14
Diarienummer (ärendehantering) {d.pla('date10')}

BROTTSKOD 0808  Stöld genom inbrott i bostad, ej fritidshus
Brottstid: 2026-10-29 mellan 08:00 och 17:30
Brottsplats: Granstigen 14, Växjö

MÅLSÄGANDE
Namn: {_name(g)}
Personnummer: {d.pnr('long')}
Telefon: {d.phone('SE')}      E-post: {d.email()}

ANMÄLARE (om annan än målsägande)
Namn: {_name(g)}
Personnummer: {d.pnr('short')}
Telefon: {d.phone('SE')}

BESKRIVNING
Målsägande kom hem 17:30 och såg att altandörren var uppbruten. Tillgripet:
bärbar dator (serienummer C02{g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}), smycken, kontanter ca 2 000 kr.
Grannen, {_name(g)}, pnr {d.pnr('short')}, såg en vit skåpbil kl. 14 ungefär.
Målsägande har försäkring i Länsförsäkringar, skadenummer {d.pla('order')}.
Ordernummer för den stulna datorn enligt kvitto: {d.pla('date10')}.

BESLUT
Förundersökning inleds. Ärendet handläggs av Utredningsenhet Syd, ärende-ID {d.pla('dash')}.

Kopian är utfärdad för försäkringsbolag. Kontrollkod {d.pla('ocr')}
""")


def ladok(S):
    d = S.doc("se-ladok-resultat/resultat_export_HT26.csv")
    g = S.g
    rows = ['"Personnummer","Efternamn","Förnamn","E-post","Kurskod","Modul","Betyg","Examinationsdatum","Protokollnummer","Anmälningskod"']
    for i in range(14):
        nm = _name(g)
        fn, ln = nm.split()
        pnr = d.pnr(g.choice(["long", "long_nodash", "short"]), y0=1995, y1=2006, samordning=(i == 6))
        rows.append('"%s","%s","%s","%s","2DV50%d","Tentamen","%s","2026-10-%02d","%s","%s"' % (
            pnr, ln, fn, d.email(nm, domain="student.lnu.se"), g.randint(0, 9), g.choice(["VG", "G", "U"]), g.randint(20, 30),
            d.pla("date10"), d.pla("order")))
    d.set("\n".join(rows))


def swish(S):
    d = S.doc("se-swish-foretag-rapport/swish_rapport_2026-10.csv")
    g = S.g
    rows = ["Swish-nummer mottagare;123 118 11 89", "Företag;IK Kvarnen (org.nr %s)" % d.pla("orgnr"), "",
            "Bokföringsdag;Transaktionsdag;Betalningsreferens;Avsändare;Avsändarnummer;Belopp;Meddelande"]
    for i in range(13):
        nm = _name(g)
        ph = "467%d%s" % (g.choice([0, 2, 3, 6]), g.chars("0123456789", 8))
        g.used.add(ph)
        d.lab("phone", ph)
        msg = g.choice(["Medlemsavgift 2027", "Träningsavgift HT", "Cup Kvarnen", "Licens"])
        if i % 2 == 0:
            msg += " " + d.pnr(g.choice(["short", "short_nodash", "long"]), y0=2008, y1=2018)
        else:
            msg += " faktura " + d.pla("ocr")
        rows.append("2026-10-%02d;2026-10-%02d;%s;%s;%s;%d,00;%s" % (i + 2, i + 2, d.pla("date10"), nm.upper(), ph, g.choice([350, 600, 900, 1200]), msg))
    d.set("\n".join(rows))


def hemtjanst(S):
    d = S.doc("se-hemtjanst-schema/genomforandeplan_export.txt")
    g = S.g
    out = ["Växjö kommun - Omsorgsförvaltningen", "Genomförandeplaner, export 2026-11-01 (Lifecare/Treserva-export)", ""]
    for i in range(5):
        nm = _name(g)
        out += [f"Brukare: {nm}   Personnummer: {d.pnr(g.choice(['short', 'long', 'plus']), y0=1926, y1=1945)}",
                f"  Beslut nr {d.pla('date10')} (SoL 4 kap 1 §), giltigt t.o.m. 2027-03-31, dnr {d.pla('dash')}",
                f"  Insatser: {g.choice(['Morgonhjälp, dusch tisdag', 'Inköp, städ varannan vecka', 'Tillsyn natt, trygghetslarm'])}",
                f"  Kontaktperson anhörig: {_name(g)}, tel {d.phone('SE')}",
                f"  Nyckelhantering: nyckelgömma, kod lämnas muntligt (ej i plan)",
                f"  Trygghetslarm serienr {d.pla('order')}", ""]
    d.set("\n".join(out))


def pension(S):
    d = S.doc("se-pensionsmyndigheten-brev/besked_bostadstillagg.txt")
    g = S.g
    nm = _name(g)
    d.set(f"""Pensionsmyndigheten                                  2026-10-28
Box 38190, 100 64 Stockholm                          Vårt ärendenummer {d.pla('date10')}

{nm}
Lärkvägen 3
343 31 Älmhult

Beslut om bostadstillägg

Personnummer: {d.pnr('plus')}

Du får bostadstillägg med 5 118 kronor per månad från och med november 2026.
Vi har räknat med din make/maka {_name(g)} ({d.pnr('short', y0=1930, y1=1950)}).

Underlag:
  Hyresavtal, hyresvärd Brf Lärkan org.nr {d.pla('orgnr')}, avtalsnummer {d.pla('order')}
  Taxering 2026, Skatteverkets referens {d.pla('date12')}

Pengarna betalas ut den 19:e varje månad till konto med IBAN {d.iban('SE', True)}.
Om du har frågor, ring oss på {d.phone('SE', 'nat')} och uppge ärendenummer.
""")


def agarbyte(S):
    d = S.doc("se-transportstyrelsen-agarbyte/bekraftelse_agarbyte.txt")
    g = S.g
    reg = g.chars("ABCDEFGHJKLMNPRSTUWXYZ", 3) + str(g.randint(10, 99)) + g.chars("ABCDEFGHJKLMNPRSTUWXYZ0123456789", 1)
    d.set(f"""Transportstyrelsen - Bekräftelse på ägarbyte
Fordon: {reg}  VOLVO V60 2019
Registrerat: 2026-10-30 16:02          Ärende-ID {d.pla('date10')}

Säljare
  {_name(g)}, personnummer {d.pnr('long')}

Köpare
  {_name(g)}, personnummer {d.pnr('long_nodash')}
  Adress: Ekbacken 7, 352 52 Växjö

Tidigare ägare (historik)
  2019-04-02  Bilfirma Kvarnen AB, org.nr {d.pla('orgnr')}
  2021-06-14  {_name(g)}, {d.pnr('short')}

Kontrollnummer för registreringsbevis del 2: {g.randint(1000, 9999)} (ej giltigt efter ägarbytet)
Nytt registreringsbevis skickas till köparen. Betalningsreferens fordonsskatt {d.pla('ocr')}.
Försäkring: Trafikförsäkring gäller från 2026-10-30, försäkringsnummer {d.pla('order')}.
""")


def kundklubb(S):
    d = S.doc("se-kundklubb-export/medlemmar_2026-11-01.csv")
    g = S.g
    rows = ["medlemsnummer,fornamn,efternamn,personnummer,fodelsedatum,epost,mobil,bonusniva,kort_id,senaste_order"]
    for i in range(14):
        nm = _name(g)
        fn, ln = nm.split()
        if i % 3 == 0:
            pnr, dob = "", d.dob("iso", y0=1950, y1=2004)
        else:
            pnr, dob = d.pnr(g.choice(["long_nodash", "short_nodash", "long"])), ""
        rows.append(",".join([d.pla("date10"), fn, ln, pnr, dob, d.email(nm), d.phone("SE") if i % 2 else "", g.choice(["Guld", "Silver", "Bas"]), d.pla("ocr"), d.pla("order")]))
    d.set("\n".join(rows))


def lss(S):
    d = S.doc("se-lss-beslut/lss_beslut_personlig_assistans.txt")
    g = S.g
    d.set(f"""VÄXJÖ KOMMUN                         BESLUT                      Dnr SN 2026/{g.randint(1000, 9999)}
Omsorgsnämnden                                                     Beslutsnummer {d.pla('date10')}

Sökande: {_name(g)}, {d.pnr('long', y0=2012, y1=2019)}
Företrädd av vårdnadshavare: {_name(g)}, {d.pnr('long', y0=1975, y1=1990)}
                             {_name(g)}, {d.pnr('short', y0=1975, y1=1990)}

Beslut
Omsorgsnämnden beviljar personlig assistans enligt 9 § 2 LSS med 48 timmar per vecka
under perioden 2026-11-01 -- 2027-10-31.

Utförare: Kvarnen Assistans AB, org.nr {d.pla('orgnr')}, avtal {d.pla('order')}.
Tidigare beslut {d.pla('dash')} upphör att gälla.

Överklagande: se bilaga. Ange beslutsnummer vid kontakt.
Handläggare: LSS-handläggare, tel {d.phone('SE', 'nat')}, e-post {d.email(domain='vaxjo.se')}
""")


def recept(S):
    d = S.doc("se-ehalsomyndigheten-receptlista/receptlista_utskrift.txt")
    g = S.g
    nm = _name(g)
    items = []
    for i in range(5):
        items.append(f"""  {g.choice(['Omeprazol Krka 20 mg', 'Sertralin Teva 50 mg', 'Levaxin 75 mikrog', 'Alvedon 665 mg', 'Enalapril 10 mg'])}
    Dosering: 1 tablett dagligen   Förpackning: 100 st   Uttag kvar: {g.randint(0, 3)} av 4
    Förskrivare: {_name(g)}, förskrivarkod {g.randint(1000000, 9999999)}, arbetsplatskod {g.randint(1000000000, 9999999999)}
    Recept-ID {d.pla('date12')}   Ordinationsnr {d.pla('date10')}
""")
    d.set(f"""Läkemedelsförteckningen / Mina recept - utskrift 2026-11-02
Person: {nm}
Personnummer: {d.pnr('long')}
Fullmaktshavare: {_name(g)} ({d.pnr('long_nodash')}), fullmakt nr {d.pla('order')}

Aktuella recept
""" + "\n".join(items) + f"""
Apotek senaste uttag: Apoteket Tallen, org.nr {d.pla('orgnr')}, kvitto {d.pla('ocr')}
""")


ALL = [betygskatalog, fk_vab, visma_lon, hogia, fortnox, autogiro, journal, skv_ku, polis, ladok, swish, hemtjanst, pension,
       agarbyte, kundklubb, lss, recept]
