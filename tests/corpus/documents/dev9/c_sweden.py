"""Swedish personal identity numbers (personnummer, and samordningsnummer, which
are labelled se-personnummer too) in payroll, school, authority, health, bank,
CRM and log carriers, with organisationsnummer, bankgiro/plusgiro, OCR
references, postcodes, date-based order/case numbers and phones beside them."""
import datetime
import json

from gen_common import (carrier, jdump, xesc, FIRST_SV, LAST_SV, DIG, LALNUM, luhn_digit, luhn_ok)

STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Södra vägen", "Björkvägen", "Ekbacken",
           "Tallstigen", "Skolgatan", "Hamngatan", "Östra Långgatan", "Norra Allén", "Ringvägen", "Kyrkogatan"]
TOWNS = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Västerås", "72"),
         ("Örebro", "70"), ("Linköping", "58"), ("Umeå", "90"), ("Sundsvall", "85"), ("Luleå", "97"),
         ("Jönköping", "55"), ("Karlstad", "65"), ("Gävle", "80"), ("Växjö", "35")]


def person(d):
    return d.pick(FIRST_SV), d.pick(LAST_SV)


def postnr(d, pre=None):
    t, p = d.pick(TOWNS)
    return d.lk("%s%d %02d" % (pre or p, d.r.randint(0, 9), d.r.randint(0, 99))), t


def addr(d):
    return "%s %d" % (d.pick(STREETS), d.r.randint(1, 120))


def clearing_account(d):
    return d.lk("%d-%s" % (d.r.randint(3000, 9900), d.s(d.r.choice([7, 9, 10]), DIG)))


def swish(d):
    return d.lk("123 %s %s %s" % (d.s(3, DIG), d.s(2, DIG), d.s(2, DIG)))


def pnr_digits(v):
    return "".join(c for c in v if c.isdigit())


def ten_of(v):
    g = pnr_digits(v)
    return g[-10:]


def birth_of(v):
    """YYYY-MM-DD of a long-form personnummer (samordningsnummer: day - 60)."""
    g = pnr_digits(v)
    y, m, dd = g[:4], g[4:6], int(g[6:8])
    if dd > 60:
        dd -= 60
    return "%s-%s-%02d" % (y, m, dd)


# ---------------------------------------------------------------- payroll / HR ---
@carrier("sweden/paxml-personal-{i}.xml", 2)
def paxml(d):
    org = d.lk_orgnr(dash=False)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<paxml xsi:noNamespaceSchemaLocation="http://www.paxml.se/2.2/paxml.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
           "  <header>", "    <version>2.2</version>", "    <format>LÖNIN</format>",
           "    <datum>2025-03-0%dT09:14:02</datum>" % d.r.randint(1, 9), "    <foretagid>%s</foretagid>" % org,
           "    <foretagnamn>%s</foretagnamn>" % d.pick(["Nordhamn Logistik AB", "Kvarnbyn Bygg AB", "Ekoteknik i Norr AB"]), "  </header>",
           "  <personal>"]
    for k in range(7):
        f, l = person(d)
        pn = d.pnr(form="long", year=d.r.randint(1962, 2003))
        pnr_ = postnr(d)
        out += ['    <person anstid="%d" persnr="%s">' % (100 + k, pn),
                "      <fornamn>%s</fornamn>" % f, "      <efternamn>%s</efternamn>" % l,
                "      <postadress>%s</postadress>" % addr(d), "      <postnr>%s</postnr>" % pnr_[0], "      <ort>%s</ort>" % pnr_[1],
                "      <land>SE</land>",
                "      <arbetstelefon>%s</arbetstelefon>" % d.phone("SE", d.pick(["nat", "intl", "e164"])),
                "      <epostarb>%s</epostarb>" % d.email(f, l, domain=d.pick(["nordhamn-logistik.se", "kvarnbyn.se", "ekoteknik.se"])),
                "      <bankclearing>%s</bankclearing>" % d.lk(str(d.r.randint(3000, 9900))),
                "      <bankkonto>%s</bankkonto>" % d.lk(d.s(10, DIG)),
                "      <anstdatum>20%02d-%02d-01</anstdatum>" % (d.r.randint(10, 24), d.r.randint(1, 12)),
                "      <manlon datum=\"2025-01-01\">%d</manlon>" % d.r.randint(28000, 72000), "    </person>"]
    out += ["  </personal>", "  <tidtransaktioner>"]
    for k in range(4):
        out.append('    <tidtrans anstid="%d"><tidkod>%s</tidkod><datum>2025-02-%02d</datum><timmar>%d.00</timmar></tidtrans>' % (
            100 + d.r.randint(0, 5), d.pick(["SEM", "SJK", "VAB", "OB1", "OVT"]), d.r.randint(1, 28), d.r.randint(1, 8)))
    out += ["  </tidtransaktioner>", "</paxml>"]
    return "\n".join(out)


@carrier("sweden/fortnox-employees.json", 1)
def fortnox_emp(d):
    emps = []
    for k in range(5):
        f, l = person(d)
        pc, town = postnr(d)
        emps.append({"@url": "https://api.fortnox.se/3/employees/%d" % (10 + k), "EmployeeId": str(10 + k), "PersonalIdentityNumber": d.pnr(form="long-", year=d.r.randint(1962, 2003)),
                     "FirstName": f, "LastName": l, "FullName": "%s %s" % (f, l), "Address1": addr(d), "PostCode": pc, "City": town,
                     "Phone1": d.phone("SE", "nat"), "Email": d.email(f, l), "EmploymentDate": "2019-0%d-01" % d.r.randint(1, 9),
                     "ClearingNo": d.lk(str(d.r.randint(3000, 9900))), "BankAccountNo": d.lk(d.s(9, DIG)), "TaxTable": str(d.r.randint(29, 36))})
    return jdump({"MetaInformation": {"@TotalResources": 5, "@TotalPages": 1, "@CurrentPage": 1}, "Employees": emps})


@carrier("sweden/fortnox-customers.json", 1)
def fortnox_cust(d):
    cs = []
    for k in range(8):
        private = k % 2 == 1
        f, l = person(d)
        if private:
            name, nr, typ = "%s %s" % (f, l), d.pnr(form="short-"), "PRIVATE"
        else:
            name, nr, typ = d.pick(["Bergviks Måleri AB", "Sjöbergs Rör HB", "Lindqvist Consulting AB", "Ekstrands Fastigheter AB",
                                    "Norrsken Kafé HB", "Hedlunds Åkeri AB"]), d.lk_orgnr(), "COMPANY"
        cs.append({"CustomerNumber": str(1001 + k), "Name": name, "OrganisationNumber": nr, "Type": typ,
                   "Email": d.email(f, l) if private else d.lk("faktura@%s.example" % name.split()[0].lower().replace("å", "a").replace("ö", "o").replace("ä", "a")),
                   "Phone1": d.phone("SE", "nat"), "ZipCode": postnr(d)[0]})
    return jdump({"Customers": cs})


@carrier("sweden/lonespecifikation-{i}.txt", 1)
def payslip(d):
    f, l = person(d)
    pc, town = postnr(d)
    return """LÖNESPECIFIKATION                                  Utbetalningsdag 2025-03-25
{co}                                     Org.nr {org}

Anställd:      {f} {l}
Personnummer:  {pn}
Anst.nr:       {an}
Adress:        {a}, {pc} {town}

Löneart                          Antal      À-pris        Belopp
Månadslön                                               {lon:>10}
OB-tillägg vardag kväll          {ob:>5}       {obp:>6}   {obs:>10}
Preliminärskatt (tabell 33)                              -{skatt:>9}

Utbetalas till konto {konto}                       {net:>10}
Frågor om lönen? Ring lönekontoret {tel}
""".format(co=d.pick(["Nordhamn Logistik AB", "Solvik Vård AB", "Kvarnbyn Bygg AB"]), org=d.lk_orgnr(), f=f, l=l,
           pn=d.pnr(form=d.pick(["long-", "short-"]), year=d.r.randint(1962, 2003)), an=d.lk(str(d.r.randint(1000, 9999))), a=addr(d), pc=pc, town=town,
           lon="%d,00" % d.r.randint(28000, 60000), ob="%d,00" % d.r.randint(2, 20), obp="54,20", obs="%d,40" % d.r.randint(100, 999),
           skatt="%d,00" % d.r.randint(6000, 15000), konto=clearing_account(d), net="%d,00" % d.r.randint(20000, 45000),
           tel=d.phone("SE", "nat"))


@carrier("sweden/collectum-itp-anmalan.xml", 1)
def collectum(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<Anmalningar>", "  <Arbetsgivare>", "    <Organisationsnummer>%s</Organisationsnummer>" % d.lk_orgnr(dash=False),
           "    <Kontaktperson telefon=\"%s\">Löneavdelningen</Kontaktperson>" % d.phone("SE", "nat"), "  </Arbetsgivare>"]
    for k in range(5):
        f, l = person(d)
        out += ["  <Anstalld>", "    <Personnummer>%s</Personnummer>" % d.pnr(form="long", year=d.r.randint(1962, 2003)), "    <Fornamn>%s</Fornamn>" % f,
                "    <Efternamn>%s</Efternamn>" % l, "    <Anstallningsdatum>2025-0%d-01</Anstallningsdatum>" % d.r.randint(1, 3),
                "    <Manadslon>%d</Manadslon>" % d.r.randint(30000, 80000), "    <ITPPlan>ITP1</ITPPlan>", "  </Anstalld>"]
    out.append("</Anmalningar>")
    return "\n".join(out)


# ---------------------------------------------------------------- school ---
@carrier("sweden/ss12000-persons.json", 1)
def ss12000(d):
    data = []
    for k in range(6):
        f, l = person(d)
        pn = d.pnr(form="long", year=d.r.randint(2008, 2016))
        bd = d.lab("date-of-birth", birth_of(pn))
        data.append({"id": d.lk_uuid(), "meta": {"created": "2024-08-1%dT06:00:00Z" % k, "modified": "2025-02-2%dT06:00:00Z" % k},
                     "givenName": f, "familyName": l, "civicNo": {"value": pn, "nationality": "SE"}, "birthDate": bd,
                     "sex": d.pick(["Kvinna", "Man"]), "securityMarking": "Ingen",
                     "addresses": [{"type": "Folkbokföring", "streetAddress": addr(d), "postalCode": postnr(d)[0].replace(" ", ""), "locality": d.pick(TOWNS)[0]}],
                     "enrolments": [{"schoolUnit": {"id": d.lk_uuid(), "displayName": d.pick(["Vintergatans skola", "Ekbackens skola"])}, "schoolYear": d.r.randint(1, 9)}]})
    return jdump({"data": data, "pageToken": d.lk(d.b64(24))})


@carrier("sweden/elevlista-{i}.csv", 1)
def elevlista(d):
    rows = ["Elev;Personnummer;Klass;Vårdnadshavare;Telefon VH;E-post VH"]
    for k in range(12):
        f, l = person(d)
        vf = d.pick(FIRST_SV)
        rows.append("%s %s;%s;%d%s;%s %s;%s;%s" % (f, l, d.pnr(form=d.pick(["short-", "long-", "long"]), year=d.r.randint(2009, 2018)),
                                                 d.r.randint(1, 9), d.pick("ABC"), vf, l, d.phone("SE", d.pick(["nat", "nat", "intl"])), d.email(vf, l)))
    rows.append("")
    rows.append("Utskriven %s av skoladministratör. Rum 1102, skolans växel %s." % (d.ts("%Y-%m-%d %H:%M"), d.phone("SE", "nat")))
    return "\n".join(rows) + "\n"


@carrier("sweden/kursanmalan.tsv", 1)
def kurs(d):
    rows = ["Tidsstämpel\tNamn\tPersonnummer (ÅÅMMDDXXXX)\tMobil\tE-post\tKurs"]
    for k in range(8):
        f, l = person(d)
        rows.append("%s\t%s %s\t%s\t%s\t%s\t%s" % (d.ts("%Y-%m-%d %H:%M:%S"), f, l, d.pnr(form="short"), d.phone("SE", "nat"), d.email(f, l),
                                              d.pick(["Svenska för invandrare", "Truckkort A+B", "Hjärt-lungräddning", "Excel fortsättning"])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- authorities ---
@carrier("sweden/forsakringskassan-beslut-{i}.txt", 2)
def fk(d):
    f, l = person(d)
    pc, town = postnr(d)
    bf = d.pick(FIRST_SV)
    return """Försäkringskassan                                   Datum {dt}
                                                    Ärendenummer {case}

{f} {l}
{a}
{pc} {town}

BESLUT OM FÖRÄLDRAPENNING

Personnummer: {pn}
Barnets namn: {bf} {l}
Barnets personnummer: {bpn}

Du får föräldrapenning för perioden 2025-04-01 – 2025-06-30 med {amt} kronor per dag.
Pengarna betalas ut till ditt konto {konto} omkring den 25:e varje månad.

Om du har frågor kan du ringa oss på {tel}. Ange ärendenumret ovan.
""".format(dt=d.ts("%Y-%m-%d"), case=d.lk("%d-%06d" % (d.r.randint(2024, 2025), d.r.randint(1, 999999))), f=f, l=l, a=addr(d), pc=pc, town=town,
           pn=d.pnr(form="long-", year=d.r.randint(1980, 1996)), bf=bf, bpn=d.pnr(form="long-", year=2024),
           amt=d.r.randint(250, 1250), konto=clearing_account(d), tel=d.phone("SE", "nat"))


@carrier("sweden/skatteverket-{i}.txt", 1)
def skv(d):
    f, l = person(d)
    pc, town = postnr(d)
    pn = d.pnr(form="long-")
    return """Skatteverket
Beslut om slutlig skatt för inkomstår 2024                Datum {dt}

{f} {l}
{a}
{pc} {town}

Personnummer {pn}

Slutlig skatt                         {sk} kr
Preliminär skatt                      {pre} kr
Att betala                            {diff} kr

Betala senast 2025-11-12 till Skatteverkets bankgiro {bg}.
Ange ditt OCR-nummer {ocr}.
Handläggare: {hf} {hl}, telefon {tel}
""".format(dt=d.ts("%Y-%m-%d"), f=f, l=l, a=addr(d), pc=pc, town=town, pn=pn, sk=d.r.randint(40000, 200000),
           pre=d.r.randint(40000, 200000), diff=d.r.randint(100, 9000), bg=d.lk_bankgiro(), ocr=d.lk_ocr(16),
           hf=d.pick(FIRST_SV), hl=d.pick(LAST_SV), tel=d.phone("SE", "nat"))


@carrier("sweden/migrationsverket-samordningsnummer.txt", 1)
def samord(d):
    out = ["Intern PM – nyanställda med samordningsnummer (HR)", ""]
    for k in range(6):
        f, l = d.pick(["Ahmed", "Olena", "Tomasz", "Priya", "Wei", "Mateo"]), d.pick(["Haddad", "Kovalenko", "Kowalski", "Patel", "Chen", "García"])
        sn = d.pnr(form=d.pick(["long-", "short-"]), samord=True, year=d.r.randint(1965, 2002))
        out.append("%s %s – samordningsnummer %s, personalnummer %s, start %s" % (
            f, l, sn, d.lk(str(d.r.randint(2000, 2999))), d.ts("%Y-%m-%d")))
    out += ["", "Samordningsnummer har dag + 60 (t.ex. född den 5:e blir 65). Kontrollera mot Skatteverket innan lönekörning.",
            "LMA-kort (asylsökande) är inte samordningsnummer: %s, %s" % (d.lk("%02d-%06d/%d" % (d.r.randint(10, 99), d.r.randint(1, 999999), d.r.randint(0, 9))),
                                                                              d.lk("%02d-%06d/%d" % (d.r.randint(10, 99), d.r.randint(1, 999999), d.r.randint(0, 9))))]
    return "\n".join(out)


# ---------------------------------------------------------------- health ---
@carrier("sweden/journal-export-{i}.json", 1)
def journal(d):
    f, l = person(d)
    pn = d.pnr(form="long")
    nf = d.pick(FIRST_SV)
    notes = [
        {"datum": "2025-02-%02d" % d.r.randint(1, 28), "vardenhet": "Vårdcentral %s" % d.pick(["Ekbacken", "Norrmalm", "Söder"]),
         "yrkesroll": "Läkare", "text": "Patienten söker för hosta sedan två veckor. Närstående: %s %s (make/maka), pnr %s, tel %s." % (
             nf, l, d.pnr(form="short-"), d.phone("SE", "nat"))},
        {"datum": "2025-03-%02d" % d.r.randint(1, 28), "vardenhet": "Klinisk kemi", "yrkesroll": "BMA",
         "text": "Provnummer %s, remiss-ID %s. CRP 12." % (d.lk_datenum(luhn=d.r.random() < 0.5, dash=False), d.lk(d.s(10, DIG)))},
    ]
    return jdump({"patient": {"personnummer": pn, "namn": "%s %s" % (f, l), "fodelsedatum": d.lab("date-of-birth", birth_of(pn)),
                              "telefon": d.phone("SE", "intl")},
                  "anteckningar": notes, "exporterad": d.ts("%Y-%m-%dT%H:%M:%S"), "exportId": d.lk_uuid()})


@carrier("sweden/vaccinationer.csv", 1)
def vacc(d):
    rows = ["personnummer,namn,vaccin,batch,datum,vaccinatör"]
    for k in range(9):
        f, l = person(d)
        rows.append("%s,%s %s,%s,%s,2024-%02d-%02d,%s" % (d.pnr(form="long-"), f, l, d.pick(["Comirnaty JN.1", "Influvac Tetra", "Vaxigrip"]),
                                                      d.lk(d.pick(["HX", "FR", "LK"]) + d.s(4, DIG)), d.r.randint(9, 12), d.r.randint(1, 28),
                                                      d.pick(["SSK Holm", "SSK Falk"])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- bank / KYC / CRM ---
@carrier("sweden/kyc-onboarding.jsonl", 1)
def kyc(d):
    out = []
    for k in range(7):
        pn = d.pnr(form="long")
        f, l = person(d)
        out.append(json.dumps({"event": "kyc.completed", "at": d.ts("%Y-%m-%dT%H:%M:%SZ"), "customerId": d.lk_uuid(),
                               "idp": {"provider": "freja", "authRef": d.lk_uuid(), "status": "APPROVED",
                                       "details": {"ssn": {"ssn": pn, "country": "SE"}, "registrationLevel": "PLUS"}},
                               "customer": {"name": "%s %s" % (f, l), "pep": d.r.random() < 0.1, "citizenship": ["SE"],
                                            "email": d.email(f, l), "phone": d.phone("SE", "e164"),
                                            "payoutAccount": d.iban("SE")}}, ensure_ascii=False))
    return "\n".join(out)


@carrier("sweden/crm-export.csv", 1)
def crm(d):
    rows = ["Kundnr,Namn,Person-/orgnr,Kundtyp,Telefon,E-post,Senaste order"]
    for k in range(11):
        f, l = person(d)
        if k % 3 == 0:
            rows.append("%d,%s,%s,Företag,%s,%s,%s" % (5000 + k, d.pick(["Ekström Bygg AB", "Falks Frisör HB", "Hedlund Data AB"]), d.lk_orgnr(),
                                                        d.phone("SE", "nat"), d.lk("info@foretag.example"), d.lk_datenum(dash=True)))
        else:
            rows.append("%d,%s %s,%s,Privat,%s,%s,%s" % (5000 + k, f, l, d.pnr(form=d.pick(["short-", "long-"])), d.phone("SE", "nat"), d.email(f, l),
                                                      d.lk_datenum(dash=True, luhn=d.r.random() < 0.5)))
    return "\n".join(rows) + "\n"


@carrier("sweden/kivra-deliveries.json", 1)
def kivra(d):
    items = []
    for k in range(4):
        items.append({"ssn": d.pnr(form="long"), "subject": d.pick(["Lönespecifikation mars", "Faktura 2025-03", "Avtalsbekräftelse"]),
                      "type": d.pick(["salary", "invoice.payment", "letter"]), "generated_at": d.ts("%Y-%m-%d"),
                      "payment": {"payable": True, "account": d.lk_bankgiro(), "method": 1, "reference": d.lk_ocr(12), "amount": "%d.00" % d.r.randint(100, 9000)}})
    return jdump({"tenant": d.lk(d.s(16, DIG)), "deliveries": items})


@carrier("sweden/hyresavtal.txt", 1)
def hyra(d):
    f, l = person(d)
    f2, l2 = person(d)
    return """HYRESAVTAL FÖR BOSTADSLÄGENHET

Hyresvärd: Fastighets AB Granitbacken, org.nr {org}
Hyresgäst 1: {f} {l}, personnummer {p1}
Hyresgäst 2: {f2} {l2}, personnummer {p2}
Telefon: {t1} / {t2}

Lägenhetsnummer (Skatteverket): {lgh}   Objektnummer: {obj}
Adress: {a}, {pc}

Hyran betalas i förskott till bankgiro {bg} senast sista vardagen före varje månads början.
Hyran är {hyra} kr per månad. Referens (OCR): {ocr}
""".format(org=d.lk_orgnr(), f=f, l=l, p1=d.pnr(form="long-"), f2=f2, l2=l2, p2=d.pnr(form="short-"), t1=d.phone("SE", "nat"), t2=d.phone("SE", "nat"),
           lgh=d.lk(str(d.r.randint(1001, 1704))), obj=d.lk("%d-%03d-%04d" % (d.r.randint(100, 999), d.r.randint(1, 999), d.r.randint(1, 9999))),
           a=addr(d), pc=postnr(d)[0], bg=d.lk_bankgiro(), hyra=d.r.randint(6000, 14000), ocr=d.lk_ocr(10))


@carrier("sweden/faktura-rot-{i}.txt", 2)
def rot(d):
    f, l = person(d)
    fnr = d.lk_datenum(luhn=True if d.i == 1 else None, dash=True)
    return """FAKTURA                                         Fakturanr {fnr}
{co}, Org.nr {org}, Innehar F-skattsedel
Bankgiro {bg}   Plusgiro {pg}

Kund: {f} {l}
Personnummer för skattereduktion (ROT): {pn}
Fastighetsbeteckning: {fast}

Arbete (byte av badrumsgolv)      {arb} kr
Material                          {mat} kr
Avgår ROT-avdrag 30 %            -{rot} kr
Att betala                        {tot} kr

Förfallodatum 2025-04-{ff}. Ange OCR {ocr} vid betalning.
Vid frågor: {tel}
""".format(fnr=fnr, co=d.pick(["Bergviks Bygg & Måleri AB", "Sjöbergs VVS AB"]), org=d.lk_orgnr(), bg=d.lk_bankgiro(), pg=d.lk_plusgiro(),
           f=f, l=l, pn=d.pnr(form=d.pick(["long-", "short-"])), fast=d.lk("%s %s %d:%d" % (d.pick(["Sundsvall", "Uppsala", "Nacka"]), d.pick(["Granlo", "Kåbo", "Sicklaön"]), d.r.randint(1, 300), d.r.randint(1, 40))),
           arb=d.r.randint(10000, 60000), mat=d.r.randint(2000, 20000), rot=d.r.randint(3000, 18000), tot=d.r.randint(10000, 60000),
           ff="%02d" % d.r.randint(1, 28), ocr=d.lk_ocr(14), tel=d.phone("SE", "nat"))


@carrier("sweden/orders-dump.sql", 1)
def orders_sql(d):
    out = ["-- pg_dump of shop.customers / shop.orders (excerpt)", "COPY shop.customers (id, full_name, personnummer, email, phone) FROM stdin;"]
    for k in range(8):
        f, l = person(d)
        out.append("%d\t%s %s\t%s\t%s\t%s" % (300 + k, f, l, d.pnr(form=d.pick(["long", "long-", "short-"])), d.email(f, l), d.phone("SE", "e164")))
    out += ["\\.", "", "COPY shop.orders (order_no, customer_id, total_sek, created_at) FROM stdin;"]
    for k in range(8):
        out.append("%s\t%d\t%d.00\t2025-03-%02d 1%d:%02d:00" % (d.lk_datenum(luhn=(k % 2 == 0), dash=(k % 3 != 0)), 300 + d.r.randint(0, 5),
                                                              d.r.randint(99, 9999), d.r.randint(1, 28), d.r.randint(0, 9), d.r.randint(0, 59)))
    out.append("\\.")
    return "\n".join(out)


# ---------------------------------------------------------------- logs / chat ---
@carrier("sweden/app-{i}.log", 1)
def applog(d):
    nxt = d.clock()
    out = []
    for k in range(7):
        t = nxt().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        rid = d.lk(d.hx(16))
        if k in (0, 3, 5):
            out.append("%s INFO  [exec-%d] [rid=%s pnr=%s] se.nordhamn.kyc.LookupService - SPAR lookup ok" % (t, k, rid, d.pnr(form="long")))
        elif k == 1:
            bad = d.lk_datenum(luhn=False, dash=False, year=d.r.randint(1950, 2000))
            out.append("%s WARN  [exec-%d] [rid=%s] se.nordhamn.kyc.Validator - rejected personnummer %s: checksum" % (t, k, rid, bad))
        elif k == 2:
            out.append('%s - - [%s] "GET /api/kund?personnummer=%s HTTP/1.1" 200 812' % (d.ip(), nxt().strftime("%d/%b/%Y:%H:%M:%S +0100"), d.pnr(form="long")))
        elif k == 4:
            out.append("%s INFO  [exec-%d] [rid=%s] se.nordhamn.order.OrderService - order %s created for customer %s" % (
                t, k, rid, d.lk_datenum(luhn=True, dash=True), d.lk(str(d.r.randint(10000, 99999)))))
        else:
            out.append("%s ERROR [exec-%d] [rid=%s] se.nordhamn.kyc.LookupService - SPAR timeout for %s, retry 2/3" % (t, k, rid, d.pnr(form="long-")))
    return "\n".join(out)


@carrier("sweden/es-slowlog.log", 1)
def es_slow(d):
    out = []
    for k in range(3):
        out.append('[2025-03-05T10:1%d:22,118][WARN ][i.s.s.query] [es-data-0%d] [customers][2] took[1.%ds], took_millis[1%d00], total_hits[1 hits], search_type[QUERY_THEN_FETCH], total_shards[5], source[{"query":{"bool":{"filter":[{"term":{"personnummer":{"value":"%s"}}}]}}}], id[],' % (
            k, k + 1, k, k, d.pnr(form="long")))
    return "\n".join(out)


@carrier("sweden/support-chatt-{i}.txt", 2)
def chat(d):
    f, l = person(d)
    return """[{t1}] Kund: Hej, jag har inte fått min återbetalning
[{t1}] Agent Sara: Hej! Kan du ange ordernummer?
[{t2}] Kund: {ono}
[{t2}] Agent Sara: Tack. För att verifiera dig behöver jag ditt personnummer.
[{t3}] Kund: mitt personnummer är {pn}
[{t3}] Kund: ring mig gärna på {tel} istället
[{t4}] Agent Sara: Tack {f}. Återbetalningen gick till kontot som slutar på {last4}. Ärende {case} är skapat.
[{t4}] Agent Sara: (Du behöver inte skriva personnummer i chatten nästa gång, BankID räcker.)
""".format(t1="10:02", t2="10:03", t3="10:05", t4="10:07", ono=d.lk_datenum(luhn=True, dash=True), pn=d.pnr(form=d.pick(["short-", "short", "long-"])),
           tel=d.phone("SE", "nat"), f=f, last4=d.lk(d.s(4, DIG)), case=d.lk("CS-%d" % d.r.randint(100000, 999999)))


@carrier("sweden/epost-hr.eml", 1)
def hr_mail(d):
    f, l = person(d)
    em = d.email(f, l, domain="sundsvik-energi.se")
    bpn = d.pnr(form="long-", year=2015)
    return """From: {f} {l} <{em}>
To: {lon}
Subject: Uppgifter till lönen
Date: Tue, 04 Mar 2025 07:55:12 +0100
Content-Type: text/plain; charset=utf-8

Hej!

Här kommer mina uppgifter inför första lönen:
Personnummer: {pn}
Clearingnummer och konto: {konto}
Min dotter ska också med på sjukvårdsförsäkringen, hennes personnummer är {bpn}.

Hennes födelsedatum för försäkringen: {dob}

Vänliga hälsningar
{f}
Mobil {tel}
""".format(f=f, l=l, em=em, lon=d.mail("lon", "sundsvik-energi.se"), pn=d.pnr(form="long-"), konto=clearing_account(d), bpn=bpn,
           dob=d.lab("date-of-birth", birth_of(bpn)), tel=d.phone("SE", "nat"))


# ---------------------------------------------------------------- clean Swedish documents ---
@carrier("sweden/clean-leverantorsreskontra.csv", 1)
def clean_lev(d):
    rows = ["Leverantör;Org.nr;Bankgiro;Plusgiro;Fakturanr;OCR;Förfallodatum;Belopp"]
    for k in range(7):
        rows.append("%s;%s;%s;%s;%s;%s;2025-04-%02d;%d,00" % (
            d.pick(["Telia Sverige AB", "Vattenfall AB", "Ahlsell AB", "Dustin AB", "Lyreco AB", "PostNord Sverige AB"]), d.lk_orgnr(), d.lk_bankgiro(),
            d.lk_plusgiro(), d.lk_datenum(dash=d.r.random() < 0.5), d.lk_ocr(), d.r.randint(1, 28), d.r.randint(100, 90000)))
    return "\n".join(rows) + "\n"


@carrier("sweden/clean-ordrar-och-kolli.txt", 1)
def clean_orders(d):
    out = ["Dagens utleveranser (lager Sundsvall)", ""]
    for k in range(8):
        out.append("Order %s  kolli %s  postnr %s  vikt %d,%d kg  Swish %s" % (
            d.lk_datenum(luhn=(k % 2 == 0), dash=(k % 2 == 1)), d.lk("00" + d.s(18, DIG)), postnr(d)[0], d.r.randint(0, 30), d.r.randint(0, 9), swish(d)))
    out.append("")
    out.append("Tidsstämplar: %s" % ", ".join(d.lk(d.ts("%Y%m%d%H%M")) for _ in range(3)))
    return "\n".join(out)
