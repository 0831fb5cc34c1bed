"""Personal data across carriers: e-mail, phones, IBANs, cards beside Luhn-valid ids, birth dates and passports in
labelled fields, IP addresses and national ids of other countries."""
import datetime as dt
import json

from core import doc, fold


def E(d, fn, ln, dom=None, cc=None):
    return d.L("email", d.email(fn, ln, dom=dom or d.dom_for(cc or d.last_cc)))


def PH(d, cc, fmt=None):
    return d.L("phone", d.phone(cc, fmt))


@doc("ndc-order-create-xml", "OrderCreateRQ-7Q3KXM.xml", "airline ndc order request xml")
def ndc(d):
    pax = []
    for i, cc in enumerate(["de", "de", "uk"]):
        fn, ln = d.person(cc)
        dob = d.date(1960, 2012)
        pax.append('''      <Pax>
        <PaxID>PAX%d</PaxID>
        <PTC>%s</PTC>
        <Birthdate>%s</Birthdate>
        <Individual><GivenName>%s</GivenName><Surname>%s</Surname></Individual>
        <IdentityDoc>
          <IdentityDocID>%s</IdentityDocID>
          <IdentityDocTypeCode>PT</IdentityDocTypeCode>
          <IssuingCountryCode>%s</IssuingCountryCode>
          <ExpiryDate>20%d-0%d-1%d</ExpiryDate>
        </IdentityDoc>
        <ContactInfoRefID>CI%d</ContactInfoRefID>
      </Pax>''' % (i + 1, "ADT" if dob.year < 2010 else "CHD", d.L("date-of-birth", dob.isoformat()), fold(fn).upper(), fold(ln).upper(),
                     d.L("passport", d.passport(cc)), "DE" if cc == "de" else "GB", d.ri(28, 34), d.ri(1, 9), d.ri(0, 9), i + 1))
    fn, ln = d.person("de")
    card = d.L("credit-card", d.card("visa"))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<IATA_OrderCreateRQ xmlns="http://www.iata.org/IATA/2015/EASD/00/IATA_OffersAndOrdersMessage">
  <PayloadAttributes><CorrelationID>%s</CorrelationID><VersionNumber>21.3</VersionNumber></PayloadAttributes>
  <Request>
    <CreateOrder><SelectedOffer><OfferRefID>OFR-%s</OfferRefID></SelectedOffer></CreateOrder>
    <DataLists>
      <ContactInfoList><ContactInfo><ContactInfoID>CI1</ContactInfoID>
        <EmailAddress><EmailAddressText>%s</EmailAddressText></EmailAddress>
        <Phone><PhoneNumber>%s</PhoneNumber></Phone>
      </ContactInfo></ContactInfoList>
      <PaxList>
%s
      </PaxList>
    </DataLists>
    <PaymentFunctions><PaymentProcessingDetails><PaymentMethod><PaymentCard>
      <CardNumber>%s</CardNumber><CardSecurityCode>%03d</CardSecurityCode><ExpirationDate>0%d%d</ExpirationDate>
      <CardHolderName>%s %s</CardHolderName>
    </PaymentCard></PaymentMethod><Amount CurCode="EUR">1284.60</Amount></PaymentProcessingDetails></PaymentFunctions>
  </Request>
</IATA_OrderCreateRQ>
''' % (d.X(d.uuid()), d.X(d.luhn_id(16, "9")), E(d, fn, ln), PH(d, "de"), "\n".join(pax), card, d.ri(100, 999), d.ri(1, 9), d.ri(27, 30), fold(fn).upper(), fold(ln).upper())


@doc("ota-hotelresnotif-xml", "resnotif-batch-0119.xml", "hotel channel manager reservation xml")
def ota(d):
    res = []
    for i in range(4):
        cc = d.ch(["se", "de", "uk", "fr", "nl", "us"])
        fn, ln = d.person(cc)
        res.append('''  <HotelReservation CreateDateTime="2026-01-19T%02d:12:44" ResStatus="Book">
    <UniqueID Type="14" ID="%s"/>
    <ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer>
      <PersonName><GivenName>%s</GivenName><Surname>%s</Surname></PersonName>
      <Telephone PhoneNumber="%s"/>
      <Email>%s</Email>
    </Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>
    <ResGlobalInfo>
      <Guarantee><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="%s" CardNumber="%s" ExpireDate="%02d%02d">
        <CardHolderName>%s %s</CardHolderName></PaymentCard></GuaranteeAccepted></GuaranteesAccepted></Guarantee>
      <HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="%s"/></HotelReservationIDs>
      <Comments><Comment><Text>Virtual card on file %s replaced by guest card</Text></Comment></Comments>
    </ResGlobalInfo>
  </HotelReservation>''' % (8 + i, d.X(d.luhn_id(10, "3")), fn, ln, PH(d, cc), E(d, fn, ln), "VI", d.L("credit-card", d.card("visa")), d.ri(1, 12), d.ri(26, 29),
                          fold(fn).upper(), fold(ln).upper(), d.X(d.luhn_id(9, "2")), d.X(d.masked_card())))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="%s" Version="1.003">\n<HotelReservations>\n%s\n</HotelReservations>\n</OTA_HotelResNotifRQ>\n' % (d.X(d.uuid()), "\n".join(res))


@doc("opencart-order-sql-dump", "oc_order-2019-legacy.sql", "e-commerce sql dump")
def opencart(d):
    rows = []
    for i in range(6):
        cc = d.ch(["se", "de", "nl", "fi", "dk", "no"])
        fn, ln = d.person(cc)
        card = d.L("credit-card", d.card(d.ch(["visa", "mc", "mc2", "amex"]), d.ch(["plain", "sp"])))
        rows.append("(%d,'INV-2019-%s',%d,'%s','%s','%s','%s','%s','%s','{\"card_number\":\"%s\",\"cc_exp\":\"%02d/%d\"}','%s',%d)" % (
            4100 + i, d.X(d.luhn_id(8, "1")), 1, fold(fn), fold(ln), E(d, fn, ln), PH(d, cc), fold(fn) + " " + fold(ln), "Storgatan %d" % d.ri(1, 90),
            card, d.ri(1, 12), d.ri(20, 23), d.L("ipv4", d.ipv4()), d.ri(1, 5)))
    return """-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
-- Host: localhost    Database: shop_legacy
-- ------------------------------------------------------
-- NOTE: payment_custom_field held raw card data from the old 'cc_offline' extension (PCI incident 2020-03)

LOCK TABLES `oc_order` WRITE;
/*!40000 ALTER TABLE `oc_order` DISABLE KEYS */;
INSERT INTO `oc_order` (`order_id`,`invoice_prefix`,`store_id`,`firstname`,`lastname`,`email`,`telephone`,`payment_firstname`,`payment_address_1`,`payment_custom_field`,`ip`,`order_status_id`) VALUES
%s;
/*!40000 ALTER TABLE `oc_order` ENABLE KEYS */;
UNLOCK TABLES;
-- test order from the payment provider's docs: 4111111111111111 (never charged)
""" % ",\n".join(rows)


@doc("uk-payroll-rti-fps-xml", "FPS-2025-26-M10.xml", "uk payroll full payment submission xml")
def fps(d):
    emps = []
    for i in range(4):
        fn, ln = d.person("uk")
        dob = d.date(1960, 2004)
        emps.append('''      <Employee>
        <EmployeeDetails>
          <NINO>%s</NINO>
          <Name><Fore>%s</Fore><Sur>%s</Sur></Name>
          <Address><Line>%d %s Road</Line><Line>Leeds</Line><UKPostcode>LS%d %dQ%s</UKPostcode></Address>
          <BirthDate>%s</BirthDate>
          <Gender>%s</Gender>
        </EmployeeDetails>
        <Employment>
          <PayId>%s</PayId>
          <FiguresToDate><TaxablePay>%d.00</TaxablePay><TotalTax>%d.00</TotalTax></FiguresToDate>
          <Payment><PayFreq>M1</PayFreq><PmtDate>2026-01-28</PmtDate><TaxCode>1257L</TaxCode></Payment>
        </Employment>
      </Employee>''' % (d.L("uk-nino", d.nino()), fn, ln, d.ri(2, 200), d.ch(["Otley", "Harrogate", "Kirkstall"]), d.ri(1, 28), d.ri(1, 9), d.ch("ABDEFGHJ"),
                        d.L("date-of-birth", dob.isoformat()), d.ch("MF"), d.X(d.luhn_id(10, "7")), d.ri(20000, 60000), d.ri(3000, 12000)))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<GovTalkMessage xmlns="http://www.govtalk.gov.uk/CM/envelope">
  <EnvelopeVersion>2.0</EnvelopeVersion>
  <Header><MessageDetails><Class>HMRC-PAYE-RTI-FPS</Class><Qualifier>request</Qualifier></MessageDetails></Header>
  <Body>
    <IRenvelope xmlns="http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/25-26/1">
      <FullPaymentSubmission>
        <EmpRefs><OfficeNo>120</OfficeNo><PayeRef>FA%s</PayeRef><AORef>120P%s</AORef></EmpRefs>
        <RelatedTaxYear>25-26</RelatedTaxYear>
%s
      </FullPaymentSubmission>
    </IRenvelope>
  </Body>
</GovTalkMessage>
''' % (d.digits(5), d.digits(8), "\n".join(emps))


@doc("fr-dsn-declaration", "DSN-mensuelle-202512.txt", "french payroll social declaration file")
def dsn(d):
    out = ["S10.G00.00.001,'Paie+ v8.2'", "S10.G00.00.006,'P25V01'", "S10.G00.01.001,'%s'" % d.X(d.digits(9)),
           "S20.G00.05.001,'01'", "S20.G00.05.005,'01122025'", "S21.G00.06.001,'%s'" % d.X(d.digits(9))]
    for i in range(4):
        fn, ln = d.person("fr")
        dob = d.date(1960, 2003)
        out += ["S21.G00.30.001,'%s'" % d.L("fr-nir", d.nir(d=dob, female=None)), "S21.G00.30.002,'%s'" % fold(ln).upper(),
                "S21.G00.30.004,'%s'" % fold(fn).upper(), "S21.G00.30.005,'0%d'" % d.ri(1, 2),
                "S21.G00.30.006,'%s'" % d.L("date-of-birth", dob.strftime("%d%m%Y")), "S21.G00.30.007,'%s'" % d.ch(["PARIS", "LYON", "LILLE", "NANTES"]),
                "S21.G00.30.018,'%s'" % E(d, fn, ln), "S21.G00.40.009,'%s'" % d.X(d.digits(8))]
    return "\n".join(out) + "\n"


@doc("de-datev-lodas-stammdaten", "lodas-stammdaten-2026-01.txt", "german payroll master data import")
def datev(d):
    out = ["[Allgemein]", "Ziel=LODAS", "Version_SST=1.0", "BeraterNr=%s" % d.digits(6), "MandantenNr=%s" % d.digits(5), "Datumsangaben=TTMMJJJJ", "",
           "[Satzbeschreibung]", "1;u_lod_psd_mitarbeiter;pnr#psd;duevo_familienname#psd;duevo_vorname#psd;geburtsdatum_ttmmjjjj#psd;steuer_id#psd;iban#psd;telefon#psd", "",
           "[Stammdaten]"]
    for i in range(4):
        fn, ln = d.person("de")
        dob = d.date(1960, 2004)
        out.append("1;%d;%s;%s;%s;%s;%s;%s" % (100 + i, ln, fn, d.L("date-of-birth", dob.strftime("%d.%m.%Y")), d.L("de-steuer-id", d.steuer()),
                                               d.L("iban", d.iban("de")), PH(d, "de")))
    return "\n".join(out) + "\n"


@doc("fi-palkka-aineisto-csv", "palkka-aineisto-2026-01.csv", "finnish payroll export")
def fi(d):
    out = ["henkilötunnus;sukunimi;etunimi;tilinumero;puhelin;sähköposti;palkka"]
    for i in range(4):
        fn, ln = d.person("fi")
        out.append("%s;%s;%s;%s;%s;%s;%d,00" % (d.L("fi-hetu", d.hetu()), ln, fn, d.L("iban", d.iban("fi", sp=True)), PH(d, "fi"), E(d, fn, ln), d.ri(2500, 5200)))
    return "\n".join(out) + "\n"


@doc("es-contrato-alquiler-txt", "contrato-arrendamiento-vivienda.txt", "spanish rental contract")
def es(d):
    a, b = d.person("es"), d.person("es")
    ib = d.L("iban", d.iban("es", sp=True))
    return "\n".join([
        "CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "", "En Valencia, a 12 de enero de 2026", "", "REUNIDOS", "",
        "De una parte, D./Dña. %s %s, mayor de edad, con DNI %s, teléfono %s y correo electrónico %s, en adelante EL ARRENDADOR." % (a[0], a[1], d.L("es-dni", d.dni()), PH(d, "es"), E(d, *a)),
        "", "De otra parte, D./Dña. %s %s, con NIE %s, nacido/a el %s, pasaporte n.º %s, teléfono %s, en adelante EL ARRENDATARIO." % (
            b[0], b[1], d.L("es-dni", d.dni(nie=True)), d.L("date-of-birth", d.date(1980, 2000).strftime("%d/%m/%Y")), d.L("passport", d.passport("it")), PH(d, "it")),
        "", "CLÁUSULAS", "", "PRIMERA. Objeto: vivienda sita en Calle de Cirilo Amorós %d, %d.º, referencia catastral %s." % (d.ri(1, 90), d.ri(1, 8), d.X(d.s(14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + "0001" + d.s(2, "ABCDEFGHJKLMNPQRSTUVWXYZ"))),
        "SEGUNDA. Renta: 950 EUR mensuales, pagaderos por transferencia a la cuenta %s (titular: el arrendador)." % ib,
        "TERCERA. Fianza: una mensualidad, depositada en el organismo autonómico con número de expediente %s." % d.X(d.luhn_id(11, "4")),
        "", "Ejemplo de formato del IBAN facilitado por el banco: ES91 2100 0418 4502 0005 1332 (no utilizar).",
    ]) + "\n"


@doc("it-fattura-elettronica-xml", "IT01234567890_0A1B2.xml", "italian e-invoice xml")
def fattura(d):
    fn, ln = d.person("it")
    dob = d.date(1965, 1995)
    female = fn in ("Giulia", "Francesca", "Chiara", "Sara", "Elisa")
    cf = d.L("it-codice-fiscale", d.cf(fn, ln, dob, female))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>
      <ProgressivoInvio>0A1B2</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>0000000</CodiceDestinatario>
      <PECDestinatario>%s</PECDestinatario></DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>
      <Anagrafica><Denominazione>Studio Tecnico Valdarno s.r.l.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Contatti><Telefono>%s</Telefono></Contatti></CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><CodiceFiscale>%s</CodiceFiscale>
      <Anagrafica><Nome>%s</Nome><Cognome>%s</Cognome></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Via dei Mille %d</Indirizzo><CAP>50131</CAP><Comune>Firenze</Comune><Provincia>FI</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-01-15</Data><Numero>%s</Numero></DatiGeneraliDocumento></DatiGenerali>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>
      <ImportoPagamento>1220.00</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
''' % (d.X(d.digits(11)), d.L("email", d.email(fn, ln, dom="pec.it")), d.X(d.digits(11)), PH(d, "it"), cf, fn, ln, d.ri(1, 90), d.X(d.luhn_id(8, "2")), d.L("iban", d.iban("it")))


@doc("nl-huurcontract-txt", "huurovereenkomst-woonruimte.txt", "dutch rental agreement")
def nl(d):
    a, b = d.person("nl"), d.person("nl")
    return "\n".join([
        "HUUROVEREENKOMST WOONRUIMTE (model ROZ 2024)", "", "Ondergetekenden:", "",
        "1. %s %s, geboren op %s, BSN %s, hierna 'verhuurder'," % (a[0], a[1], d.L("date-of-birth", d.date(1950, 1985).strftime("%d-%m-%Y")), d.L("nl-bsn", d.bsn())),
        "   telefoon %s, e-mail %s;" % (PH(d, "nl"), E(d, *a)), "",
        "2. %s %s, geboren op %s, burgerservicenummer %s, paspoortnummer %s," % (b[0], b[1], d.L("date-of-birth", d.date(1985, 2003).strftime("%d-%m-%Y")), d.L("nl-bsn", d.bsn()), d.L("passport", d.passport("nl"))),
        "   telefoon %s, e-mail %s, hierna 'huurder'." % (PH(d, "nl"), E(d, *b)), "",
        "Artikel 1: verhuurder verhuurt aan huurder de woonruimte Oudegracht %d, Utrecht." % d.ri(1, 300),
        "Artikel 4: de huurprijs bedraagt EUR 1.375,- per maand, te voldoen op rekening %s t.n.v. verhuurder." % d.L("iban", d.iban("nl", sp=True)),
        "Artikel 7: de waarborgsom (referentie %s) wordt binnen 14 dagen na einde huur terugbetaald." % d.X(d.luhn_id(9, "5")),
        "", "Let op: het voorbeeld-IBAN in de toelichting (NL91 ABNA 0417 1643 00) is niet van partijen.",
    ]) + "\n"


@doc("us-1099-nec-import-csv", "1099nec-2025-import.csv", "us tax form bulk import csv")
def us1099(d):
    out = ["Recipient TIN Type,Recipient TIN,Recipient Name,Address,City,State,ZIP,Email,Phone,Box 1 Nonemployee Comp,Account Number"]
    for i in range(5):
        fn, ln = d.person("us")
        out.append('SSN,%s,"%s %s","%d %s St",%s,%s,%05d,%s,%s,%d.00,%s' % (d.L("us-ssn", d.ssn()), fn, ln, d.ri(10, 9999), d.ch(["Oak", "Maple", "Cedar", "Pine"]),
                                                                       d.ch(["Austin", "Denver", "Portland", "Madison"]), d.ch(["TX", "CO", "OR", "WI"]), d.ri(10000, 99999),
                                                                       E(d, fn, ln), PH(d, "us"), d.ri(800, 40000), d.X(d.luhn_id(10, "6"))))
    out.append('EIN,%s-%s,"Brightline Studio LLC","400 Main St",Boise,ID,83702,,,12000.00,' % (d.digits(2), d.digits(7)))
    return "\n".join(out) + "\n"


@doc("x12-834-enrollment", "834_benefits_20260115.edi", "us benefit enrollment edi file")
def x834(d):
    segs = ["ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*260115*0930*^*00501*%09d*0*P*:" % ("SPONSOR" + d.digits(4), "CARRIER" + d.digits(4), d.ri(1, 10 ** 8)),
            "GS*BE*SPONSOR*CARRIER*20260115*0930*1*X*005010X220A1", "ST*834*0001*005010X220A1", "BGN*00*%s*20260115*0930****2" % d.hexs(8).upper(),
            "N1*P5*NORTHPEAK LOGISTICS*FI*%s" % d.digits(9)]
    for i in range(3):
        fn, ln = d.person("us")
        dob = d.date(1960, 2005)
        ssn = d.L("us-ssn", d.ssn().replace("-", ""))
        segs += ["INS*Y*18*021*28*A*E**FT", "REF*0F*%s" % ssn, "REF*1L*GRP%s" % d.digits(6),
                 "NM1*IL*1*%s*%s****34*%s" % (fold(ln).upper(), fold(fn).upper(), ssn),
                 "PER*IP**TE*%s*EM*%s" % (d.L("phone", d.phone("us")), E(d, fn, ln)),
                 "DMG*D8*%s*%s" % (d.L("date-of-birth", dob.strftime("%Y%m%d")), d.ch("MF")),
                 "HD*021**HLT*PPO0%d*EMP" % d.ri(1, 9), "DTP*348*D8*20260201"]
    segs += ["SE*%d*0001" % (len(segs) - 1), "GE*1*1", "IEA*1*%09d" % 1]
    return "~\n".join(segs) + "~\n"


@doc("mailgun-events-json", "events-page-2026-01-20.json", "email service events api export")
def mailgun(d):
    items = []
    for i in range(5):
        cc = d.ch(["se", "de", "uk", "fr", "us"])
        fn, ln = d.person(cc)
        items.append({"id": d.X(d.anl(22) if False else d.uniq(lambda: d.mixed(22), bad=False)), "event": d.ch(["delivered", "opened", "clicked", "failed"]), "timestamp": 1768900000.0 + d.ri(0, 80000),
                      "recipient": E(d, fn, ln), "recipient-domain": "",
                      "message": {"headers": {"message-id": "%s@mg.nyhetsbrev.se" % d.hexs(24), "from": "Nyhetsbrevet <nyheter@mg.nyhetsbrev.se>", "subject": "Veckans nyheter v3"}},
                      "client-info": {"client-ip": d.L("ipv4", d.ipv4()) if i % 3 else d.L("ipv6", d.ipv6()), "client-name": "Apple Mail", "user-agent": "Mozilla/5.0"},
                      "storage": {"key": d.X(d.uniq(lambda: d.mixed(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789="), bad=False))}})
        items[-1]["recipient-domain"] = items[-1]["recipient"].split("@")[1]
    d.L("email", "nyheter@mg.nyhetsbrev.se")
    for it in items:
        d.X(it["message"]["headers"]["message-id"])
    return json.dumps({"items": items, "paging": {"next": "https://api.eu.mailgun.net/v3/mg.nyhetsbrev.se/events/%s" % d.X(d.uniq(lambda: d.mixed(40), bad=False))}}, indent=2) + "\n"


@doc("openvpn-status-log", "openvpn-status.log", "vpn server status file")
def ovpn(d):
    out = ["OpenVPN CLIENT LIST", "Updated,2026-01-20 14:02:11", "Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since"]
    clients = []
    for i in range(5):
        fn, ln = d.person(d.ch(["se", "de", "uk"]))
        cn = E(d, fn, ln, dom="fjordtech.se")
        ip = d.L("ipv4", d.ipv4())
        clients.append((cn, ip))
        out.append("%s,%s:%d,%d,%d,2026-01-20 %02d:%02d:%02d" % (cn, ip, d.ri(1024, 65000), d.ri(10 ** 5, 10 ** 8), d.ri(10 ** 5, 10 ** 8), d.ri(6, 13), d.ri(0, 59), d.ri(0, 59)))
    out += ["ROUTING TABLE", "Virtual Address,Common Name,Real Address,Last Ref"]
    for i, (cn, ip) in enumerate(clients):
        out.append("10.8.0.%d,%s,%s:%d,2026-01-20 14:01:%02d" % (6 + i * 4, cn, ip, d.ri(1024, 65000), d.ri(0, 59)))
    out += ["GLOBAL STATS", "Max bcast/mcast queue length,3", "END"]
    return "\n".join(out) + "\n"


@doc("fritzbox-anrufliste-csv", "FRITZ.Box_Anrufliste.csv", "german router call list")
def fritz(d):
    out = ["sep=;", "Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer"]
    for i in range(6):
        fn, ln = d.person("de")
        out.append("%d;%02d.01.26 %02d:%02d;%s;%s;%s;%s;0:%02d" % (d.ch([1, 2, 3]), d.ri(2, 20), d.ri(8, 20), d.ri(0, 59), "%s %s" % (fn, ln) if i % 3 else "",
                                                               PH(d, d.ch(["de", "de", "at", "ch"])), d.ch(["Küche", "Büro", "Anrufbeantworter"]), "Internet: 030%s" % d.digits(6) if False else "Festnetz", d.ri(0, 59)))
    return "\n".join(out) + "\n"


@doc("cruise-manifest-csv", "manifest-MS-Nordlys-20260118.csv", "cruise passenger manifest")
def cruise(d):
    out = ["cabin,surname,given_names,nationality,date_of_birth,passport_number,passport_expiry,emergency_contact_phone,booking_ref"]
    for i in range(6):
        cc = d.ch(["de", "uk", "us", "no", "fr", "it"])
        fn, ln = d.person(cc)
        out.append("%d,%s,%s,%s,%s,%s,20%d-%02d-%02d,%s,%s" % (d.ri(4001, 9220), fold(ln).upper(), fold(fn).upper(), cc.upper(),
                                                               d.L("date-of-birth", d.date(1940, 2010).strftime("%d/%m/%Y")), d.L("passport", d.passport(cc)),
                                                               d.ri(27, 35), d.ri(1, 12), d.ri(1, 28), PH(d, cc), d.X(d.luhn_id(8, "6"))))
    return "\n".join(out) + "\n"


@doc("in-tenant-police-verification-form", "tenant-verification-flat-402.txt", "indian tenant verification form")
def intv(d):
    fn, ln = d.person("in")
    gfn, gln = d.person("in")
    return "\n".join([
        "TENANT / DOMESTIC HELP VERIFICATION FORM — Bengaluru City Police", "", "Owner: %s %s, Mobile: %s" % (gfn, gln, PH(d, "in")),
        "Owner Aadhaar: %s" % d.L("in-aadhaar", d.aadhaar()), "", "Tenant name: %s %s" % (fn, ln),
        "Date of birth: %s" % d.L("date-of-birth", d.date(1985, 2002).strftime("%d-%m-%Y")),
        "Aadhaar No.: %s" % d.L("in-aadhaar", d.aadhaar()), "Passport No.: %s" % d.L("passport", d.passport("in")),
        "Mobile: %s   Email: %s" % (PH(d, "in"), E(d, fn, ln)), "Permanent address: H.No. %d, Kothapet, Guntur, AP 522001" % d.ri(1, 400),
        "Rental agreement e-stamp no.: IN-KA%s%s" % (d.digits(8), d.s(1, "ABCDEFGH")), "",
        "Sample Aadhaar shown in the guidelines: XXXX XXXX 1234 (masked)",
    ]) + "\n"
