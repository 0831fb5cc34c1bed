"""Personal data other than personnummer: IBANs, national ids of eight countries, birth dates,
passports, phones, e-mail and IP addresses in statements, HR and tax forms, contacts and logs."""
import json

from core import doc, AN, ANU, HEXL

M = "personal"


@doc(M, "camt053-statement-xml", "bank/camt053_20260118_DE.xml", "iso 20022 bank-to-customer statement")
def camt053(d):
    own = d.lab("iban", "DE")
    ents = []
    bal = d.r.randint(500000, 2000000)
    for i in range(5):
        cc = d.pick(["DE", "DE", "NL", "FR", "ES", "IT"])
        lang = {"DE": "de", "NL": "nl", "FR": "fr", "ES": "es", "IT": "it"}[cc]
        f, l = d.person(lang)
        iban = d.lab("iban", cc)
        amt = d.pick([60, 60, 120, 35, 240])
        bal += amt * 100
        ents.append(f"""      <Ntry>
        <Amt Ccy="EUR">{amt:.2f}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-01-{16 + i % 3}</Dt></BookgDt>
        <ValDt><Dt>2026-01-{16 + i % 3}</Dt></ValDt>
        <AcctSvcrRef>{d.X(d.s(ANU + '0123456789', 16))}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>{d.pick(['NOTPROVIDED', 'BEITRAG-2026-' + str(d.r.randint(100, 999))])}</EndToEndId></Refs>
            <Amt Ccy="EUR">{amt:.2f}</Amt>
            <RltdPties>
              <Dbtr><Pty><Nm>{f} {l}</Nm></Pty></Dbtr>
              <DbtrAcct><Id><IBAN>{iban}</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf><Ustrd>Mitgliedsbeitrag 2026 Mitgl.-Nr. {d.r.randint(100, 999):04d}</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>""")
    body = "\n".join(ents)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>{d.X('STMT' + d.s('0123456789', 14))}</MsgId>
      <CreDtTm>2026-01-19T06:00:12+01:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>{d.X(d.s(ANU, 10))}</Id>
      <ElctrncSeqNb>12</ElctrncSeqNb>
      <CreDtTm>2026-01-19T06:00:12+01:00</CreDtTm>
      <FrToDt><FrDtTm>2026-01-16T00:00:00+01:00</FrDtTm><ToDtTm>2026-01-18T23:59:59+01:00</ToDtTm></FrToDt>
      <Acct>
        <Id><IBAN>{own}</IBAN></Id>
        <Ccy>EUR</Ccy>
        <Ownr><Nm>Turn- und Sportverein Elmshorn e.V.</Nm></Ownr>
        <Svcr><FinInstnId><BICFI>NOLADE21ELH</BICFI></FinInstnId></Svcr>
      </Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">{(bal - 51500) / 100:.2f}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-01-16</Dt></Dt>
      </Bal>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">{bal / 100:.2f}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-01-18</Dt></Dt>
      </Bal>
{body}
    </Stmt>
  </BkToCstmrStmt>
</Document>
"""


@doc(M, "fi-kela-asumistuki-hakemus", "hakemukset/YA1-hakemus-luonnos.txt", "finnish housing allowance application draft")
def kela(d):
    f, l = d.person("fi")
    pf, _ = d.person("fi")
    h1, h2, h3 = d.L("fi-hetu", d.hetu(1975, 1995)), d.L("fi-hetu", d.hetu(1972, 1996)), d.L("fi-hetu", d.hetu(2012, 2020))
    return f"""KELA – Hakemus: Yleinen asumistuki (YA 1)            Luonnos tallennettu 17.1.2026 klo 21.44

1 HAKIJA
  Sukunimi ja etunimet ........ {l} {f}
  Henkilötunnus ............... {h1}
  Puhelinnumero ............... {d.lab('phone', 'FI,n')}
  Sähköposti .................. {d.L('email', d.email('fi', f, l))}

2 PUOLISO / MUUT RUOKAKUNNAN JÄSENET
  {l} {pf}, henkilötunnus {h2}, puoliso
  {l} Helmi, henkilötunnus {h3}, lapsi

3 ASUNTO
  Osoite ...................... Hämeenkatu {d.r.randint(1, 60)} B {d.r.randint(1, 40)}, 33100 Tampere
  Vuokra/kk ................... {d.r.randint(650, 1150)},00 €
  Vuokranantaja ............... Tampereen Vuokra-asunnot Oy (Y-tunnus {d.X(str(d.r.randint(1000000, 2999999)) + '-' + str(d.r.randint(0, 9)))})

4 TULOT
  Hakijan palkka/kk ........... {d.r.randint(1400, 2600)},00 €
  Puolison työttömyysetuus .... {d.r.randint(700, 1200)},00 €

5 MAKSUTIEDOT
  Tilinumero (IBAN) ........... {d.lab('iban', 'FI,p')}

Asiakasnumero: {d.X(d.num_safe(9, '5'))}   Luonnoksen tunniste: {d.uuid()}
"""


@doc(M, "fr-attestation-employeur-txt", "rh/attestation-employeur-martin.txt", "french employer certificate for unemployment insurance")
def fr_att(d):
    f, l = d.person("fr")
    nir = d.L("fr-nir", d.nir())
    y = 1900 + int(nir.replace(" ", "")[1:3])
    m = int(nir.replace(" ", "")[3:5])
    day = d.r.randint(1, 28)
    dob = d.L("date-of-birth", f"{day:02d}/{m:02d}/{y}")
    siret = d.X(d.num_safe(14, "3"))
    return f"""ATTESTATION EMPLOYEUR DESTINÉE À FRANCE TRAVAIL
(Articles R. 1234-9, R. 1234-10, R. 1234-11 du code du travail)

EMPLOYEUR
  Raison sociale ............ Atelier Lumière SARL
  N° SIRET .................. {siret}
  Code NAF .................. 7410Z
  Adresse ................... 14 rue des Tanneurs, 69002 Lyon
  Téléphone ................. {d.lab('phone', 'FR,n')}

SALARIÉ
  Nom / Prénom .............. {l.upper()} {f}
  N° de sécurité sociale .... {nir}
  Date de naissance ......... {dob}
  Adresse ................... {d.r.randint(1, 90)} avenue Jean Jaurès, 69007 Lyon
  Emploi occupé ............. Graphiste
  Date d'entrée ............. 03/09/2019      Date de fin de contrat : 16/01/2026
  Motif de la rupture ....... Rupture conventionnelle

SALAIRES DES 12 DERNIERS MOIS (extrait)
  12/2025   2 845,00 €   01/12/2025 - 31/12/2025
  11/2025   2 845,00 €   01/11/2025 - 30/11/2025

Coordonnées bancaires du salarié pour le solde de tout compte : IBAN {d.lab('iban', 'FR,p')}

Fait à Lyon, le 19/01/2026 – Signature et cachet de l'employeur
"""


@doc(M, "de-lohnsteuerbescheinigung-txt", "lohn/LStB-2025-ausdruck.txt", "german annual wage tax certificate printout")
def lstb(d):
    f, l = d.person("de")
    idnr = d.L("de-steuer-id", d.steuer_id())
    dob = d.L("date-of-birth", d.dob("dmy.", 1960, 2002))
    etin = d.X((l[:3] + f[:3]).upper().replace("Ü", "U").replace("Ö", "O") + d.s("0123456789", 2) + d.pick("ABCDEHLMPRST") + d.s("0123456789", 2))
    return f"""Ausdruck der elektronischen Lohnsteuerbescheinigung für 2025
Nachstehende Daten wurden maschinell an die Finanzverwaltung übertragen.

Dauer des Dienstverhältnisses           01.01.2025 - 31.12.2025
Zeiträume ohne Anspruch auf Arbeitslohn  Anzahl "U": 0

Identifikationsnummer:  {idnr}
Personalnummer:         {d.r.randint(1000, 9999)}
Geburtsdatum:           {dob}
Transferticket:         {d.X(d.s(ANU + '0123456789', 16))}
eTIN:                   {etin}

{f} {l}
{d.pick(['Hauptstraße', 'Bahnhofstraße', 'Lindenweg'])} {d.r.randint(1, 80)}
25335 Elmshorn

Dem Lohnsteuerabzug wurden zugrunde gelegt:
Steuerklasse/Faktor: 1        Kinderfreibeträge: 0,5       Kirchensteuermerkmale: ev

3.  Bruttoarbeitslohn einschl. Sachbezüge           {d.r.randint(30000, 72000)},00
4.  Einbehaltene Lohnsteuer                          {d.r.randint(3000, 14000)},00
5.  Einbehaltener Solidaritätszuschlag                    0,00
6.  Einbehaltene Kirchensteuer des Arbeitnehmers       {d.r.randint(200, 900)},00

Finanzamt, an das die Lohnsteuer abgeführt wurde: Elmshorn (2114)
Steuernummer des Arbeitgebers: {d.X(str(d.r.randint(10, 99)) + '/' + str(d.r.randint(100, 999)) + '/' + str(d.r.randint(10000, 99999)))}
Arbeitgeber: Stadtwerke Elmshorn GmbH, Westerstraße 50, 25336 Elmshorn
"""


@doc(M, "es-ficha-alta-empleado-txt", "rrhh/ficha-alta-empleado.txt", "spanish employee onboarding sheet with IRPF data")
def es_ficha(d):
    f, l = d.person("es")
    l2 = d.person("es")[1]
    dni = d.L("es-dni", d.dni())
    nie = d.L("es-dni", d.dni(nie=True))
    dob = d.L("date-of-birth", d.dob("dmy/", 1965, 2003))
    return f"""FICHA DE ALTA DE EMPLEADO                        Fecha de alta: 19/01/2026
Empresa: Distribuciones Levante S.L. – CIF {d.X('B' + d.s('0123456789', 8))}

DATOS PERSONALES
  Nombre y apellidos ......... {f} {l} {l2}
  DNI/NIF .................... {dni}
  Fecha de nacimiento ........ {dob}
  Teléfono móvil ............. {d.lab('phone', 'ES,n')}
  Correo electrónico ......... {d.lab('email', 'es')}
  Nº afiliación Seg. Social .. {d.X(d.s('0123456789', 2) + '/' + d.s('0123456789', 8) + '/' + d.s('0123456789', 2))}
  IBAN para nómina ........... {d.lab('iban', 'ES,p')}

MODELO 145 – COMUNICACIÓN DE DATOS AL PAGADOR
  Situación familiar: 2 (cónyuge a cargo)
  NIF del cónyuge: {nie}
  Descendientes menores de 25 años: 1 (año de nacimiento 2017)
  Movilidad geográfica: No
  Discapacidad: No

Firma del trabajador: __________________   Firma de la empresa: __________________
"""


@doc(M, "it-cu-certificazione-unica-txt", "paghe/CU2026-estratto.txt", "italian single tax certificate extract")
def it_cu(d):
    f, l = d.person("it")
    female = f.endswith("a")
    y, m, dd = 1960 + d.r.randint(0, 40), d.r.randint(1, 12), d.r.randint(1, 28)
    cf = d.L("it-codice-fiscale", d.codice_fiscale(l, f, y, m, dd, female))
    dob = d.L("date-of-birth", f"{dd:02d}/{m:02d}/{y}")
    kid_f = d.pick(["Sofia", "Leonardo", "Aurora", "Tommaso"])
    ky, km, kd = d.r.randint(2010, 2020), d.r.randint(1, 12), d.r.randint(1, 28)
    kid_cf = d.L("it-codice-fiscale", d.codice_fiscale(l, kid_f, ky, km, kd, kid_f.endswith("a")))
    return f"""CERTIFICAZIONE UNICA 2026 – periodo d'imposta 2025

DATI RELATIVI AL DATORE DI LAVORO, ENTE PENSIONISTICO O ALTRO SOSTITUTO D'IMPOSTA
  Codice fiscale ......... {d.X(d.num_safe(11, '0'))}
  Denominazione .......... Ferramenta Colombo S.r.l.
  Comune / Prov. ......... Monza (MB)

DATI RELATIVI AL DIPENDENTE, PENSIONATO O ALTRO PERCETTORE DELLE SOMME
  Codice fiscale ......... {cf}
  Cognome / Nome ......... {l.upper()} {f.upper()}
  Sesso .................. {'F' if female else 'M'}
  Data di nascita ........ {dob}
  Comune di nascita ...... Monza (MB)

FAMILIARI A CARICO
  F  {kid_cf}  mesi a carico 12  percentuale 50

DATI FISCALI
  1 Redditi di lavoro dipendente ........ {d.r.randint(18000, 42000)},00
  21 Ritenute IRPEF ..................... {d.r.randint(3000, 9000)},00
  22 Addizionale regionale .............. {d.r.randint(200, 600)},00
Protocollo telematico: {d.X(d.num_safe(17, '2'))}-{d.r.randint(100000, 999999)}
"""


@doc(M, "nl-ziekmelding-arbodienst", "verzuim/ziekmelding-2026-01-19.txt", "dutch sickness notification to occupational health service")
def nl_ziek(d):
    f, l = d.person("nl")
    bsn = d.L("nl-bsn", d.bsn())
    dob = d.L("date-of-birth", d.dob("dmy-", 1960, 2003))
    return f"""ZIEKMELDING – doorgestuurd naar ArboNed-portaal
Werkgever: Gemeente Westervoort, afdeling Beheer Openbare Ruimte
Melder: P&O (namens leidinggevende)

Werknemer
  Naam ................. {f} {l}
  BSN .................. {bsn}
  Geboortedatum ........ {dob}
  Personeelsnummer ..... {d.r.randint(10000, 99999)}
  Telefoon ............. {d.lab('phone', 'NL,n')}
  E-mail (privé) ....... {d.lab('email', 'nl')}
  Functie .............. Medewerker groenvoorziening, 32 uur

Verzuim
  Eerste ziektedag ..... 19-01-2026
  Verwachte duur ....... onbekend
  Arbeidsongeval ....... nee
  Vangnetregeling ...... nee

Opmerking: medewerker is telefonisch bereikbaar na 10:00. Geen medische details vastleggen.
Dossiernummer arbodienst: {d.X(d.num_safe(9, '7'))}
"""


@doc(M, "uk-p45-txt", "payroll/P45-part1A.txt", "uk leaving certificate (P45) text copy")
def p45(d):
    f, l = d.person("en")
    nino = d.L("uk-nino", d.nino())
    dob = d.L("date-of-birth", d.dob("dmy/", 1960, 2004))
    paye = d.X(f"{d.r.randint(100, 999)}/{d.s(ANU, 2)}{d.r.randint(10000, 99999)}")
    return f"""P45 Part 1A  Details of employee leaving work  Copy for employee
HM Revenue & Customs

1  Employer PAYE reference                {paye}
2  Employee's National Insurance number   {nino}
3  Title: Ms   Surname: {l}   First name(s): {f}
4  Leaving date DD MM YYYY                16 01 2026
5  Continue Student Loan deductions       N
6  Tax code at leaving date               1257L    Week 1/Month 1: No
7  Last entries on Payroll: Week or month number  Month 10
   Total pay to date                      £{d.r.randint(15000, 40000)}.00
   Total tax to date                      £{d.r.randint(1500, 6000)}.00
8  This employment pay and tax            No entry
9  Works number/Payroll number            {d.r.randint(1000, 9999)}   Department: Warehouse
10 Gender                                 F
11 Date of birth                          {dob}
12 Employee's private address             {d.r.randint(1, 120)} Victoria Road, Leeds LS6 1{d.s(ANU, 2)}
13 I certify that the details entered are correct
   Employer name and address              Brightwater Logistics Ltd, Unit 4, Leeds LS11 5QP
   Date DD MM YYYY                        19 01 2026
"""


@doc(M, "us-w4-intake-csv", "onboarding/w4-intake-2026-01.csv", "us employee withholding intake export")
def w4(d):
    out = ["employee_id,first_name,last_name,ssn,date_of_birth,phone,email,filing_status,multiple_jobs,dependents_amount,extra_withholding,start_date"]
    for i in range(3):
        f, l = d.person("us")
        out.append(f"E{d.r.randint(10000, 99999)},{f},{l},{d.L('us-ssn', d.ssn())},{d.L('date-of-birth', d.dob('mdy/', 1965, 2004))},"
                   f"{d.lab('phone', 'US,d')},{d.L('email', d.email('us', f, l))},{d.pick(['single', 'married_joint', 'head_of_household'])},"
                   f"{d.pick(['false', 'true'])},{d.pick([0, 2000, 4000])},{d.pick([0, 0, 25])},2026-01-{d.r.randint(5, 19):02d}")
    return "\n".join(out) + "\n"


@doc(M, "in-bank-account-opening-form", "kyc/savings-account-opening-form.txt", "indian bank savings account opening form (filled)")
def in_bank(d):
    f, l = d.person("in")
    aad = d.L("in-aadhaar", d.aadhaar())
    pan = d.X(d.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) + "P" + l[0].upper() + d.s("0123456789", 4) + d.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1))
    nom_mask = d.X("XXXX XXXX " + d.s("0123456789", 4))
    return f"""ACCOUNT OPENING FORM – INDIVIDUALS (SAVINGS)           Branch: Koramangala, Bengaluru
Application No: {d.X(d.num_safe(11, '5'))}                          Date: 19-01-2026

A. PERSONAL DETAILS
   Name (as per OVD) ........... {f.upper()} {l.upper()}
   Date of Birth ............... {d.L('date-of-birth', d.dob('dmy-', 1970, 2004))}
   Gender ...................... {d.pick(['Male', 'Female'])}
   Father's / Spouse Name ...... {d.person('in')[0]} {l}
   PAN ......................... {pan}
   Aadhaar Number .............. {aad}
   Mobile ...................... {d.lab('phone', 'IN,i')}
   E-mail ...................... {d.lab('email', 'in')}

B. ADDRESS (as per Aadhaar)
   {d.r.randint(1, 999)}, {d.r.randint(1, 12)}th Cross, {d.r.randint(1, 8)}th Block, Koramangala, Bengaluru 560034, Karnataka

C. NOMINATION (DA-1)
   Nominee Name ................ {d.person('in')[0]} {l}
   Relationship ................ Spouse
   Nominee Aadhaar (masked) .... {nom_mask}

D. KYC
   OVD submitted: Aadhaar (offline XML, share code verified)   CKYC No: {d.X(d.num_safe(14, '5'))}
   Customer ID (bank use): {d.X(d.num_safe(9, '8'))}
"""


@doc(M, "kea-dhcp6-leases-csv", "var/lib/kea/kea-leases6.csv", "dhcpv6 server lease file")
def kea(d):
    out = ["address,duid,valid_lifetime,expire,subnet_id,pref_lifetime,lease_type,iaid,prefix_len,fqdn_fwd,fqdn_rev,hostname,hwaddr,state,user_context,hwtype,hwaddr_source,pool_id"]
    for i in range(6):
        if i == 3:
            addr = "fd12:3456:789a:1::" + "%x" % d.r.randint(16, 4000)
        else:
            addr = d.lab("ip6")
        duid = d.X(":".join("%02x" % d.r.randint(0, 255) for _ in range(14)))
        mac = d.X(":".join("%02x" % d.r.randint(0, 255) for _ in range(6)))
        exp = 1768800000 + d.r.randint(0, 86400)
        out.append(f"{addr},{duid},3600,{exp},1,3000,0,{d.r.randint(1, 99999)},128,0,0,{d.pick(['', 'kund-' + str(d.r.randint(100, 999)) + '.fiber.bredbandsnet.se'])},{mac},0,,1,4,0")
    return "\n".join(out) + "\n"


@doc(M, "outlook-contacts-csv", "export/contacts.csv", "mail client contacts export")
def outlook(d):
    cols = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "E-mail Address", "E-mail 2 Address",
            "Home Phone", "Business Phone", "Mobile Phone", "Job Title", "Department", "Company", "Business Street",
            "Business City", "Business Postal Code", "Business Country/Region", "Birthday", "Anniversary", "Notes"]
    out = [",".join(f'"{c}"' for c in cols)]
    for i in range(3):
        f, l, _ = d.person_sv()
        row = {c: "" for c in cols}
        row.update({"First Name": f, "Last Name": l, "E-mail Address": d.L("email", d.email("se", f, l)),
                    "Mobile Phone": d.lab("phone", "SE,i"), "Company": d.pick(["Hallonbolaget AB", "Fjällbygg i Åre AB", "Lindqvist Konsult"]),
                    "Job Title": d.pick(["Inköpare", "VD", "Projektledare", "Ekonomichef"]), "Business City": d.pick(["Umeå", "Åre", "Luleå"]),
                    "Business Country/Region": "Sverige", "Birthday": d.L("date-of-birth", d.dob("mdy/", 1960, 1998).lstrip("0").replace("/0", "/")),
                    "Notes": d.pick(["", "Träffades på mässan i Umeå", "Föredrar sms"])})
        if i % 2 == 0:
            row["Business Phone"] = d.lab("phone", "SEL,i")
        out.append(",".join(f'"{row[c]}"' for c in cols))
    return "\r\n".join(out) + "\r\n"


@doc(M, "schengen-visa-application-txt", "visum/ansokan-utkast.txt", "schengen visa application form (draft text)")
def schengen(d):
    f, l = d.person("in")
    pp = d.L("passport", d.passport("IN"))
    dob = d.L("date-of-birth", d.dob("dmy-", 1975, 2000))
    hf, hl, _ = d.person_sv()
    return f"""APPLICATION FOR SCHENGEN VISA – draft saved 2026-01-17 (Sweden, VFS Bengaluru)
 1. Surname (Family name): {l.upper()}
 3. First name(s): {f.upper()}
 4. Date of birth (day-month-year): {dob}
 5. Place of birth: Mysuru     6. Country of birth: India     7. Current nationality: Indian
 8. Sex: {d.pick(['Male', 'Female'])}     9. Civil status: Married
13. Type of travel document: Ordinary passport
14. Number of travel document: {pp}
15. Date of issue: {d.r.randint(1, 28):02d}-{d.r.randint(1, 12):02d}-2019   16. Valid until: 2029   17. Issued by: Bengaluru
19. Applicant's home address: {d.r.randint(1, 300)}, 6th Main, Jayanagar, Bengaluru 560041
    Telephone: {d.lab('phone', 'IN,d')}   E-mail: {d.lab('email', 'in')}
21. Current occupation: Software engineer
22. Employer: Infosys Ltd, Electronics City, Bengaluru
23. Purpose of journey: Business (customer workshop)
31. Inviting company: Hallonbolaget AB, Storgatan 12, 903 26 Umeå
    Contact person: {hf} {hl}, tel {d.lab('phone', 'SE,i')}, {d.L('email', d.email('se', hf, hl, 'hallonbolaget.se'))}
32. Cost of travelling covered by: the inviting company
Intended date of arrival: 09-03-2026   departure: 20-03-2026
VFS reference: {d.X('SWE/BLR/' + d.s('0123456789', 6) + '/2026')}
"""


@doc(M, "elb-access-log", "alb-logs/app.prod-web.log", "cloud load balancer access log")
def elb(d):
    acct = d.num_safe(12, "3")
    lbid = d.hexs(16)
    ips = [d.lab("ip4") for _ in range(5)]
    v6 = d.lab("ip6")
    out = []
    reqs = ["GET https://www.kvartersappen.se:443/ HTTP/2.0", "GET https://www.kvartersappen.se:443/api/v1/listings?page=2 HTTP/2.0",
            "POST https://www.kvartersappen.se:443/api/v1/login HTTP/2.0", "GET https://www.kvartersappen.se:443/static/app.9f2c1.js HTTP/2.0",
            "GET https://www.kvartersappen.se:443/healthz HTTP/1.1", "GET https://www.kvartersappen.se:443/api/v1/me HTTP/2.0"]
    uas = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1"',
          '"okhttp/4.12.0"', '"curl/8.5.0"']
    for i in range(8):
        ip = v6 if i == 5 else ips[i % 5]
        cli = f"[{ip}]" if ":" in ip else ip
        tgt = d.ipv4_private()
        ts = f"2026-01-19T10:{14 + i:02d}:{d.r.randint(10, 59)}.{d.r.randint(100000, 999999)}Z"
        trace = d.X(f"Root=1-{d.hexs(8)}-{d.hexs(24)}")
        out.append(f'h2 {ts} app/prod-web/{lbid} {cli}:{d.r.randint(20000, 65000)} {tgt}:8080 0.001 0.0{d.r.randint(10, 99)} 0.000 '
                   f'{d.pick([200, 200, 200, 304, 401])} {d.pick([200, 200, 304])} {d.r.randint(100, 900)} {d.r.randint(200, 90000)} "{reqs[i % len(reqs)]}" '
                   f'{d.pick(uas)} TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:eu-north-1:{acct}:targetgroup/prod-web/{d.hexs(16)} '
                   f'"{trace}" "www.kvartersappen.se" "arn:aws:acm:eu-north-1:{acct}:certificate/{d.uuid()}" 0 {ts} "forward" "-" "-" "{tgt}:8080" "200" "-" "-" TID_{d.hexs(32)}')
    return "\n".join(out) + "\n"
