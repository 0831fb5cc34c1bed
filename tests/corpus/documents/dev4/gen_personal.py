"""Personal data outside India: HR exports and forms in several languages,
US claim forms, form-encoded sign-ups, fixed-width extracts, vCards, CRM
JSON, call-detail records, SMS gateway JSON, SIP traces, contact pages,
order e-mails."""
import json

import gen_core as C
from gen_core import R, pick, chance, digits


def jdump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


COUNTRIES = ["us", "uk", "de", "fr", "es", "it", "nl", "br", "mx", "jp", "au", "ca", "in"]
IBAN_CC = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "uk": "GB"}


def hr_csv(d, i):
    style = ["iso", "mdy/", "dmy/"][i % 3]
    hdr = ("employee_id,first_name,last_name,country,date_of_birth,hire_date,work_phone,mobile_phone,"
           "work_email,personal_email,iban,tax_id,cost_center,manager_id,last_review")
    rows = [hdr]
    for k in range(R.randint(10, 13)):
        c = pick(COUNTRIES)
        if c == "in":
            f, l, _ = C.person("in")
        else:
            f, l, _ = C.person(c)
        dom = pick(["globex-logistics.com", "initech.io", "northwind-traders.com"])
        work = d.L("email", C.email(f, l, c, domain=dom, style=pick(["f.l", "fl"])))
        pers = d.em(f, l, c) if chance(0.5) else ""
        ib = d.iban(IBAN_CC[c], grouped=False) if c in IBAN_CC and chance(0.7) else ""
        tax = d.ssn() if c == "us" and chance(0.6) else ("***-**-" + digits(4) if c == "us" else digits(4))
        wp = d.ph(c) if chance(0.6) else ""
        mp = d.ph(c)
        rows.append(",".join([f"E{C.lookalike(6, '123456789')}", f, l, c.upper(), d.dob(style, 1958, 1996),
                              C.other_date(style, 2014, 2025), f'"{wp}"' if wp else "", f'"{mp}"', work, pers, ib,
                              tax, f"CC-{digits(4)}", f"E{C.lookalike(6, '123456789')}",
                              C.other_date("iso", 2023, 2025)]))
    rows.append(f"# export {C.ts()} by workday-sync {C.version()}; test rows removed: {C.fake_phone('nanp')}, {C.fake_email()}")
    return "\n".join(rows) + "\n"


def de_form(d, i):
    f, l, sex = C.person("de")
    city = pick(["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Leipzig"])
    kids = []
    for k in range(R.randint(1, 2)):
        kf = pick(C.WEST["de"][0])
        st = pick(["de", "dmy."])
        kids.append(f"{kf}, geb. {'am ' if chance(0.4) else ''}{d.dob(st, 2008, 2022)}")
    return f"""Personalfragebogen  (Neueinstellung)                       Personal-Nr.: {C.lookalike(6, '123456789')}
Firma: Zentrix GmbH, {city}                                  Stand: {C.other_date('dmy.', 2023, 2025)}

1. Persönliche Angaben
   Familienname, Vorname : {l}, {f}
   Geburtsname           : {pick(['-', pick(C.WEST['de'][1])])}
   Geburtsdatum          : {d.dob(pick(['dmy.', 'de']), 1960, 2004)}
   Geburtsort / -land    : {pick(['Hamburg', 'Dresden', 'Bremen', 'Ankara', 'Krakau'])}
   Geschlecht            : {'männlich' if sex == 'M' else 'weiblich'}
   Staatsangehörigkeit   : {pick(['deutsch', 'deutsch', 'polnisch', 'türkisch'])}
   Anschrift             : {pick(['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Lindenallee'])} {R.randint(1, 120)}, {digits(5, '1234')} {city}
   Telefon (privat)      : {d.ph('de', pick(['ber', 'muc', 'slash', 'ber+']))}
   Mobil                 : {d.ph('de', pick(['mob', 'mob+', 'e164']))}
   E-Mail (privat)       : {d.em(f, l, 'de')}

2. Beschäftigung
   Eintrittsdatum        : {C.other_date('dmy.', 2024, 2025)}
   Befristung            : {pick(['nein', 'ja, bis ' + C.other_date('dmy.', 2025, 2026)])}
   Wochenarbeitszeit     : {pick(['40', '38,5', '30', '20'])} Std.
   Tätigkeit             : {pick(['Softwareentwicklerin', 'Lagerist', 'Buchhalter', 'Projektleiterin'])}

3. Bankverbindung
   IBAN                  : {d.iban('DE', grouped=True)}
   BIC                   : {pick(['COBADEFFXXX', 'DEUTDEDBBER', 'BYLADEM1001', 'GENODEF1S10'])}
   (Beispiel im Merkblatt: DE89 3704 0044 0532 0130 00 - nicht eintragen)

4. Steuer / Sozialversicherung
   Steuer-ID             : wird nachgereicht
   Steuerklasse          : {R.randint(1, 5)}     Kinderfreibeträge: {R.randint(0, 2)},0
   Krankenkasse          : {pick(['TK', 'AOK Nordost', 'Barmer', 'DAK-Gesundheit'])}
   Kinder                : {'; '.join(kids)}

5. Notfallkontakt
   {pick(C.WEST['de'][0])} {l}, Tel. {d.ph('de', pick(['mob', 'mob+']))}

{city}, den {C.other_date('dmy.', 2023, 2025)}                          Unterschrift: ____________________
"""


def fr_form(d, i):
    f, l, sex = C.person("fr")
    city = pick(["Lyon", "Paris", "Marseille", "Toulouse", "Nantes", "Lille"])
    return f"""FICHE DE RENSEIGNEMENTS SALARIÉ                         Matricule : {C.lookalike(6, '123456789')}
Société : Lumenplast SAS - {city}                          Mise à jour : {C.other_date('dmy/', 2023, 2025)}

État civil
  Nom / Prénom ........... : {l.upper()} {f}
  Nom de naissance ....... : {l.upper()}
  Date de naissance ...... : {d.dob('dmy/', 1960, 2004)}
  Lieu de naissance ...... : {pick(['Lyon (69)', 'Brest (29)', 'Alger', 'Lille (59)'])}
  Situation familiale .... : {pick(['marié(e)', 'célibataire', 'pacsé(e)'])}

Coordonnées
  Adresse ................ : {R.randint(1, 90)} {pick(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, {digits(5, '1234567')} {city}
  Téléphone fixe ......... : {d.ph('fr', pick(['nat', 'intl', 'paren0']))}
  Portable ............... : {d.ph('fr', pick(['mob', 'mob+', 'dots']))}
  Courriel ............... : {d.em(f, l, 'fr')}

Contrat
  Date d'embauche ........ : {C.other_date('dmy/', 2020, 2025)}
  Fin de période d'essai . : {C.other_date('dmy/', 2024, 2025)}
  Visite médicale le ..... : {C.other_date('fr', 2024, 2025)}

Banque
  IBAN ................... : {d.iban('FR', grouped=True)}

Enfants à charge
  {pick(C.WEST['fr'][0])}, {'né' if chance(0.5) else 'née'} le {d.dob('fr', 2006, 2022)}
  {pick(C.WEST['fr'][0])}, date de naissance : {d.dob('dmy/', 2006, 2022)}

Personne à prévenir en cas d'urgence : {pick(C.WEST['fr'][0])} {l} - {d.ph('fr', pick(['mob', 'e164']))}

Fait à {city}, le {C.other_date('fr', 2024, 2025)}.   Signature : {f[0]}. {l}
"""


def intl_form(d, i):
    lang = ["es", "it", "nl", "br", "jp"][i % 5]
    if lang == "es":
        f, l, _ = C.person("es")
        return f"""FICHA DE ALTA DE EMPLEADO - Tecnovia S.L.                 Nº empleado: {C.lookalike(6, '123456789')}
Nombre y apellidos   : {f} {l} {pick(C.WEST['es'][1])}
Fecha de nacimiento  : {d.dob(pick(['dmy/', 'es']), 1960, 2004)}
Lugar de nacimiento  : {pick(['Madrid', 'Sevilla', 'Valencia', 'Bilbao'])}
DNI/NIE              : (se adjunta copia)
Domicilio            : Calle {pick(['Mayor', 'de Alcalá', 'Gran Vía'])} {R.randint(1, 120)}, {digits(5, '0')} {pick(['Madrid', 'Valencia'])}
Teléfono fijo        : {d.ph('es', pick(['land', 'land+']))}
Teléfono móvil       : {d.ph('es', pick(['mob', 'mob+', 'e164']))}
Correo electrónico   : {d.em(f, l, 'es')}
Fecha de alta        : {C.other_date('dmy/', 2023, 2025)}
Fecha de baja prevista: {C.other_date('es', 2025, 2026)}
IBAN                 : {d.iban('ES', grouped=True)}
Hijos                : {pick(C.WEST['es'][0])}, nacido el {d.dob('es', 2008, 2022)}
Contacto de emergencia: {pick(C.WEST['es'][0])} {l}, {d.ph('es', 'mob+')}
Firmado en {pick(['Madrid', 'Valencia'])}, a {C.other_date('es', 2024, 2025)}
"""
    if lang == "it":
        f, l, sex = C.person("it")
        nato = "nato" if sex == "M" else "nata"
        return f"""SCHEDA ANAGRAFICA DIPENDENTE - Altavalle S.p.A.           Matricola: {C.lookalike(6, '123456789')}
Il sottoscritto/La sottoscritta {f} {l}, {nato} a {pick(['Roma', 'Milano', 'Napoli', 'Torino'])} il {d.dob('it', 1960, 2004)},
residente in Via {pick(['Garibaldi', 'Roma', 'Dante', 'Verdi'])} {R.randint(1, 90)}, {digits(5, '0123')} {pick(['Roma', 'Milano'])},
Data di nascita (da documento): {d.dob('dmy/', 1960, 2004)} [coniuge]
Telefono ufficio : {d.ph('it', pick(['rome', 'rome+', 'mil']))}
Cellulare        : {d.ph('it', pick(['mob', 'mob+']))}
E-mail           : {d.em(f, l, 'it')}
Data assunzione  : {C.other_date('dmy/', 2020, 2025)}
Scadenza contratto: {C.other_date('it', 2025, 2027)}
IBAN accredito stipendio: {d.iban('IT', grouped=False)}
Codice fiscale   : allegato in copia (non trascrivere)
Luogo e data     : {pick(['Roma', 'Milano'])}, {C.other_date('dmy/', 2024, 2025)}
"""
    if lang == "nl":
        f, l, _ = C.person("nl")
        return f"""PERSONEELSFORMULIER - Dijkstra ICT B.V.                    Personeelsnr.: {C.lookalike(6, '123456789')}
Naam             : {f} {l}
Geboortedatum    : {d.dob(pick(['dmy-', 'nl']), 1960, 2004)}
Geboorteplaats   : {pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen'])}
Adres            : {pick(['Prinsengracht', 'Kerkstraat', 'Dorpsstraat'])} {R.randint(1, 300)}, {digits(4, '123456789')} {C.rstr(2, 'ABCDEFGHJKLMNPRSTVWXZ')} Amsterdam
Telefoon         : {d.ph('nl', pick(['ams', 'ams+']))}
Mobiel           : {d.ph('nl', pick(['mob', 'mob+', 'e164']))}
E-mail           : {d.em(f, l, 'nl')}
Datum in dienst  : {C.other_date('dmy-', 2020, 2025)}
IBAN             : {d.iban('NL', grouped=True)}
Partner          : {pick(C.WEST['nl'][0])}, geboren op {d.dob('nl', 1960, 2004)}
Datum ondertekening: {C.other_date('nl', 2024, 2025)}
"""
    if lang == "br":
        f, l, _ = C.person("br")
        return f"""FICHA CADASTRAL - Brasa Digital Ltda.                      Matrícula: {C.lookalike(6, '123456789')}
Nome completo      : {f} {l} {pick(C.WEST['br'][1])}
Data de nascimento : {d.dob(pick(['dmy/', 'pt']), 1960, 2004)}
Naturalidade       : {pick(['São Paulo/SP', 'Recife/PE', 'Curitiba/PR'])}
CPF                : (anexo)
Telefone           : {d.ph('br', 'land')}
Celular/WhatsApp   : {d.ph('br', pick(['mob', 'mob+', 'e164']))}
E-mail             : {d.em(f, l, 'br')}
Data de admissão   : {C.other_date('dmy/', 2020, 2025)}
Dependente         : {pick(C.WEST['br'][0])}, nascido em {d.dob('pt', 2008, 2022)}
Assinado em {C.other_date('pt', 2024, 2025)}
"""
    f, l, _ = C.person("jp")
    return f"""入社手続き書類 / Employee registration - Kitsune Soft K.K.     社員番号: {C.lookalike(6, '123456789')}
氏名 (Name)            : {l} {f}
生年月日 (Date of birth): {d.dob('ja', 1960, 2004)}
生年月日 (西暦)        : {d.dob('ymd/', 1960, 2004)} (配偶者 / spouse)
電話 (Tel)             : {d.ph('jp', pick(['tokyo', 'tokyo+', 'osaka']))}
携帯 (Mobile)          : {d.ph('jp', pick(['mob', 'mob+']))}
メール (E-mail)        : {d.em(f, l, 'jp')}
入社日 (Start date)    : {C.other_date('ja', 2024, 2025)}
登録日 (Registered)    : {C.other_date('iso', 2024, 2025)}
"""


def us_claim(d, i):
    f, l, sex = C.person("us")
    inf, _, _ = C.person("us")
    city, state = pick([("Fresno", "CA"), ("Buffalo", "NY"), ("Plano", "TX"), ("Tacoma", "WA"), ("Springfield", "IL")])
    return f"""HEALTH INSURANCE CLAIM FORM  (NUCC 1500 02/12) - text export from practice management system
Carrier: Pinecrest Health Plan, PO Box {digits(4)}, {pick(['Sacramento, CA', 'Albany, NY', 'Austin, TX'])} {digits(5, '123456789')}
--------------------------------------------------------------------------------
1a. INSURED'S I.D. NUMBER       : PHP{C.lookalike(9, '123456789')}
2.  PATIENT'S NAME              : {l.upper()}, {f.upper()}
3.  PATIENT'S BIRTH DATE        : {d.dob('mdy/', 1945, 2015)}     SEX: {sex}
4.  INSURED'S NAME              : {l.upper()}, {inf.upper()}
5.  PATIENT'S ADDRESS           : {R.randint(100, 9999)} {pick(['Oak St', 'Maple Ave', 'Pine Rd', 'Elm Dr'])}, {city}, {state} {digits(5, '123456789')}
    TELEPHONE (Include Area Code): {d.ph('us', 'paren')}
7.  INSURED'S TELEPHONE         : {d.ph('us', pick(['dash', 'dot']))}
11a. INSURED'S DATE OF BIRTH    : {d.dob(pick(['mdy/', 'm/d/y']), 1940, 2000)}     SEX: {pick('MF')}
11c. INSURANCE PLAN NAME        : PINECREST PPO {pick(['GOLD', 'SILVER'])}
     Patient SSN (secondary payer only): {d.ssn()}
12. PATIENT'S SIGNATURE         : SIGNATURE ON FILE     DATE: {C.other_date('mdy/', 2024, 2025)}
14. DATE OF CURRENT ILLNESS     : {C.other_date('mdy/', 2024, 2025)}  QUAL 431
17. REFERRING PROVIDER          : DR {pick(C.WEST['us'][1]).upper()}   NPI {C.lookalike(10, '1')}
21. DIAGNOSIS                   : A. {pick(['J06.9', 'M54.5', 'E11.9', 'I10'])}   B. {pick(['Z00.00', 'R51.9'])}
24A. DATE(S) OF SERVICE  PLACE  CPT/HCPCS  MOD  DX PTR  CHARGES   UNITS  NPI
     {C.other_date('mdy/', 2024, 2025)}   11     99213           AB      $145.00   1      {C.lookalike(10, '1')}
     {C.other_date('mdy/', 2024, 2025)}   11     87880           A       $ 38.00   1      {C.lookalike(10, '1')}
25. FEDERAL TAX I.D. NUMBER     : {digits(2, '123456789')}-{digits(7)}  EIN
31. SIGNATURE OF PHYSICIAN      : {pick(C.WEST['us'][0]).upper()} {pick(C.WEST['us'][1]).upper()} MD    DATE {C.other_date('mdy/', 2024, 2025)}
33. BILLING PROVIDER INFO & PH #: Pinecrest Family Medicine {d.ph('us', 'paren')}
    (claims helpline in the sample manual: {C.fake_phone('nanp')} - fictitious)
Notes: do not transmit full SSN to clearinghouse; masked ***-**-{digits(4)}; sample SSN 078-05-1120 in training deck is invalid.
"""


def http_form(d, i):
    out = []
    host = pick(["www.hooli-analytics.com", "shop.northwind-traders.com", "app.bluepeak.ca"])
    for k in range(R.randint(2, 3)):
        c = pick(["us", "br", "de", "in", "uk", "fr", "mx", "au"])
        f, l, _ = C.person(c)
        mail = C.email(f, l, c)
        pw = C.password(safe=pick(["", "url"]))
        ph = C.phone(c)
        dob_style = pick(["iso", "dmy/", "mdy/"])
        dobv = C.dob(dob_style)
        fields = [("first_name", f), ("last_name", l), ("email", mail), ("phone", ph),
                  ("dob" if chance(0.5) else "birth_date", dobv), ("password", pw),
                  ("password_confirmation", pw), ("country", c.upper()),
                  ("newsletter", "on"), ("utm_source", pick(["newsletter", "google", "partner"]))]
        body = "&".join(f"{C.urlq(a)}={C.urlq(b)}" for a, b in fields)
        for cat, v in (("email", mail), ("password", pw), ("phone", ph), ("date-of-birth", dobv)):
            d.L(cat, C.urlq(v))
        cookie = f"_ga=GA1.2.{C.lookalike(10, '12345')}.{C.lookalike(10, '1')}; lang=en"
        out.append(f"""POST /account/register HTTP/1.1
Host: {host}
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{R.randint(110, 126)}.0.0.0 Safari/537.36
Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8
Content-Type: application/x-www-form-urlencoded
Content-Length: {len(body.encode())}
Origin: https://{host}
Cookie: {cookie}

{body}

HTTP/1.1 302 Found
Location: /account/welcome?uid={C.uuid()}
Set-Cookie: first_visit=0; Path=/; Secure; SameSite=Lax
Date: {C.ts('%a, %d %b %Y %H:%M:%S GMT')}
Content-Length: 0
""")
    # an access-log line for a GET version
    f, l, _ = C.person("us")
    q = f"name={C.urlq(f + ' ' + l)}&dob={d.L('date-of-birth', C.urlq(C.dob('mdy/')))}&tel={d.L('phone', C.urlq(C.phone('us', 'paren')))}"
    out.append(f"# nginx access.log excerpt\n{C.ipv4_private()} - - [{C.ts('%d/%b/%Y:%H:%M:%S +0000')}] \"GET /quote/start?{q}&ref=v{C.version()} HTTP/2.0\" 200 {R.randint(800, 9000)} \"-\" \"Mozilla/5.0\"\n")
    return "\n".join(out)


def fixed_width(d, i):
    lines = [f"HDR CUSTMAST {C.ts('%Y%m%d')} {C.lookalike(8, '1')} V{C.version()}",
             f"{'CUSTID':<10} {'LAST':<16} {'FIRST':<12} {'DOB':<8} {'SEX':<3} {'PHONE':<15} {'OPENDT':<8} {'BRANCH':<6} {'EMAIL':<40}"]
    for k in range(R.randint(10, 14)):
        c = pick(["us", "us", "ca"])
        f, l, sex = C.person(c)
        ph = d.ph(c, pick(["e164", "dash"])) if chance(0.9) else C.fake_phone("nanp2")
        mail = d.em(f, l, c) if chance(0.5) else ""
        lines.append(f"{C.lookalike(10, '1'):<10} {l.upper():<16} {f.upper():<12} {d.dob('ymd', 1940, 2006):<8} {sex:<3} "
                     f"{ph:<15} {C.other_date('ymd', 2000, 2025):<8} {digits(6):<6} {mail:<40}".rstrip())
    lines.append(f"TRL {len(lines) - 2:09d} {C.lookalike(12, '1')}")
    return "\n".join(lines) + "\n"


def vcards(d, i):
    cards = []
    for k in range(R.randint(4, 6)):
        c = pick(COUNTRIES)
        f, l, _ = C.person(c)
        ver = pick(["3.0", "4.0"])
        bday_style = pick(["iso", "ymd"])
        tel1 = d.ph(c, pick([None, None]))
        lines = ["BEGIN:VCARD", f"VERSION:{ver}", f"N:{l};{f};;;", f"FN:{f} {l}"]
        if ver == "4.0" and chance(0.5) and tel1.startswith("+") and "(" not in tel1:
            uri = tel1.replace(" ", "-").replace("(", "").replace(")", "")
            d.labels.pop()
            d.labels.append(("phone", uri))
            lines.append(f"TEL;VALUE=uri;TYPE=\"voice,cell\":tel:{uri}")
        else:
            lines.append(f"TEL;TYPE={pick(['CELL', 'WORK,VOICE', 'HOME'])}:{tel1}")
        if chance(0.5):
            lines.append(f"TEL;TYPE=WORK:{d.ph(c)}")
        lines.append(f"EMAIL;TYPE=INTERNET:{d.em(f, l, c)}")
        if chance(0.85):
            lines.append(f"BDAY{';VALUE=date' if ver == '4.0' and chance(0.4) else ''}:{d.dob(bday_style)}")
        if chance(0.4):
            lines.append(f"ANNIVERSARY:{C.other_date('ymd', 1995, 2022)}")
        lines.append(f"ORG:{pick(['Globex Logistics', 'Initech', 'Hooli Analytics', 'Kaveri Textiles'])};{pick(['Sales', 'Finance', 'IT'])}")
        lines.append(f"REV:{C.ts('%Y%m%dT%H%M%SZ')}")
        lines.append(f"UID:urn:uuid:{C.uuid()}")
        lines.append("END:VCARD")
        cards.append("\n".join(lines))
    cards.append("\n".join(["BEGIN:VCARD", "VERSION:3.0", "N:Doe;Jane;;;", "FN:Jane Doe (sample)",
                            f"TEL;TYPE=CELL:{C.fake_phone(pick(['nanp', 'uk-mob', 'au-mob']))}",
                            f"EMAIL:{C.fake_email()}",
                            "NOTE:template contact shipped with the CRM import wizard",
                            "END:VCARD"]))
    return "\n".join(cards) + "\n", "\r\n"


def crm_json(d, i):
    keyset = [("birthDate", "phoneNumber", "iso"), ("dob", "mobile", "mon d, y"),
              ("geburtsdatum", "telefon", "dmy."), ("date_of_birth", "phone", "iso")][i % 4]
    items = []
    for k in range(R.randint(4, 6)):
        c = "de" if keyset[0] == "geburtsdatum" else pick(COUNTRIES)
        f, l, _ = C.person(c)
        it = {"id": C.uuid(), "firstName": f, "lastName": l,
              "email": d.em(f, l, c),
              keyset[1]: d.ph(c, pick(["e164", None])),
              keyset[0]: d.dob(keyset[2]),
              "created_at": C.ts("%Y-%m-%dT%H:%M:%SZ"),
              "updated_at": C.ts("%Y-%m-%dT%H:%M:%SZ"),
              "lastOrderDate": C.other_date("iso", 2023, 2025),
              "loyalty": {"tier": pick(["gold", "silver", "bronze"]), "points": R.randint(0, 9000),
                          "memberSince": C.other_date("iso", 2010, 2022)},
              "orders": [C.order_no() for _ in range(R.randint(1, 3))]}
        if chance(0.3):
            it["secondaryPhone"] = d.ph(c)
        items.append(it)
    items.append({"id": C.uuid(), "firstName": "Test", "lastName": "User", "email": C.fake_email(),
                  keyset[1]: C.fake_phone("nanp2"), keyset[0]: None,
                  "created_at": C.ts("%Y-%m-%dT%H:%M:%SZ"), "note": "QA fixture"})
    return jdump({"data": items, "meta": {"page": i + 1, "pageSize": 50, "total": len(items),
                                          "generatedAt": C.ts("%Y-%m-%dT%H:%M:%SZ"),
                                          "apiVersion": C.version()}})


def cdr_csv(d, i):
    rows = ["call_id,start_time,answer_time,end_time,duration_s,calling_number,called_number,direction,"
            "trunk,cell_id,imsi,disposition,cost_eur"]
    base = pick(["de", "uk", "nl", "fr", "es", "it"])
    for k in range(R.randint(12, 16)):
        clk = C.Clock(2023, 2025)
        st = clk.t.strftime("%Y-%m-%d %H:%M:%S")
        ring = R.randint(2, 25)
        dur = R.randint(0, 1800)
        ans = (clk.tick(ring, ring)).strftime("%Y-%m-%d %H:%M:%S")
        end = (clk.tick(dur, dur)).strftime("%Y-%m-%d %H:%M:%S")
        kind = pick(["real", "real", "real", "short", "fake"])
        a = d.ph(base, pick(["e164", "mob+", None]))
        if kind == "real":
            b = d.ph(pick(COUNTRIES), "e164")
        elif kind == "short":
            b = pick(["112", "*100#", "116117", "22333", "8888"])
        else:
            b = C.fake_phone(pick(["uk-lon", "uk-gen", "nanp2"]))
        rows.append(",".join([C.uuid(), st, ans if dur else "", end, str(dur), f'"{a}"', f'"{b}"',
                              pick(["MO", "MT"]), f"TRK-{digits(3)}", f"{digits(3)}-{digits(2)}-{digits(5)}-{digits(3)}",
                              "262" + digits(12), pick(["ANSWERED", "NO ANSWER", "BUSY"]),
                              f"{R.uniform(0, 3):.4f}"]))
    return "\n".join(rows) + "\n"


def sms_gateway(d, i):
    kind = ["twilio", "msg91", "generic"][i % 3]
    if kind == "twilio":
        msgs = []
        for k in range(R.randint(3, 4)):
            c = pick(["us", "ca", "uk", "au"])
            to = d.ph(c, "e164")
            frm = d.ph("us", "e164")
            sid = "SM" + C.rstr(32, C.HEX)
            msgs.append({"account_sid": "AC" + C.rstr(32, C.HEX), "api_version": "2010-04-01",
                         "body": f"Your appointment is on {C.other_date('mdy/', 2024, 2025)} at 10:30. Reply C to confirm. Call {d.ph('us', 'paren')} to reschedule.",
                         "date_created": C.ts("%a, %d %b %Y %H:%M:%S +0000"), "date_sent": None,
                         "direction": "outbound-api", "error_code": None, "from": frm,
                         "messaging_service_sid": "MG" + C.rstr(32, C.HEX), "num_media": "0",
                         "num_segments": "1", "price": None, "sid": sid, "status": "queued", "to": to,
                         "uri": f"/2010-04-01/Accounts/AC{C.rstr(32, C.HEX)}/Messages/{sid}.json"})
        return jdump({"messages": msgs, "page": 0, "page_size": 50})
    if kind == "msg91":
        recips = []
        for k in range(R.randint(4, 6)):
            f, l, _ = C.person("in")
            recips.append({"mobiles": d.ph("in", "cc"), "name": f, "var1": C.order_no(),
                           "var2": C.other_date("dmy/", 2024, 2025)})
        return jdump({"template_id": C.rstr(24, C.HEX), "short_url": "1", "realTimeResponse": "1",
                      "recipients": recips,
                      "_response": {"type": "success", "message": C.rstr(24, C.HEX)},
                      "_note": "sender id SUVIDH; DLT entity " + C.lookalike(19, "1")})
    events = []
    for k in range(R.randint(4, 6)):
        c = pick(COUNTRIES)
        events.append({"event": pick(["delivered", "sent", "failed", "inbound"]),
                       "msisdn": d.ph(c, "e164"), "timestamp": C.ts("%Y-%m-%dT%H:%M:%S.000Z"),
                       "message_id": C.uuid(), "network_code": digits(5), "price": f"{R.uniform(0.01, 0.09):.4f}",
                       "text": pick([lambda: "STOP", lambda: "Yes", lambda: "Thanks! See you",
                                      lambda: f"call me back on {d.ph(c)}", lambda: "Order " + C.order_no()])()})
    events.append({"event": "test", "msisdn": C.fake_phone("nanp2"), "timestamp": C.ts("%Y-%m-%dT%H:%M:%S.000Z"),
                   "message_id": C.uuid(), "text": "webhook test"})
    return "\n".join(json.dumps(e, ensure_ascii=False) for e in events) + "\n"


def sip_trace(d, i):
    out = []
    c = pick(["de", "uk", "fr", "nl", "us"])
    dom = {"de": "pbx.zentrix.de", "uk": "sip.northwind-traders.com", "fr": "voip.lumenplast.fr",
           "nl": "sip.dijkstra-ict.nl", "us": "pbx.bluepeak.ca"}[c]
    for k in range(R.randint(2, 3)):
        a = C.phone(c, "e164")
        b = C.phone(pick(COUNTRIES), "e164")
        d.L("phone", a)
        d.L("phone", b)
        f, l, _ = C.person(c if c in C.WEST else "us")
        call = C.rstr(24, C.ALNUM) + "@" + C.ipv4_private()
        branch = "z9hG4bK" + C.rstr(10, C.ALNUM)
        tag = C.rstr(10, C.HEX)
        ua = f"Asterisk PBX {pick(['18.20.0', '20.5.2', '16.30.1'])}"
        ext = digits(3, "123456789")
        out.append(f"""<--- SIP read from UDP:{C.ipv4_private()}:5060 --->
INVITE sip:{b}@{dom};user=phone SIP/2.0
Via: SIP/2.0/UDP {C.ipv4_private()}:5060;rport;branch={branch}
Max-Forwards: 70
From: "{f} {l}" <sip:{a}@{dom}>;tag={tag}
To: <sip:{b}@{dom};user=phone>
Contact: <sip:{ext}@{C.ipv4_private()}:5060;transport=udp>
Call-ID: {call}
CSeq: {R.randint(1, 200)} INVITE
P-Asserted-Identity: <tel:{a}>
User-Agent: {ua}
Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY
Content-Type: application/sdp
Content-Length: {R.randint(200, 300)}

v=0
o=- {C.lookalike(10, '1')} {C.lookalike(10, '1')} IN IP4 {C.ipv4_private()}
s={ua}
c=IN IP4 {C.ipv4_private()}
t=0 0
m=audio {R.randint(10000, 20000)} RTP/AVP 8 0 101
a=rtpmap:101 telephone-event/8000
<------------->
<--- SIP write to UDP:{C.ipv4_private()}:5060 --->
SIP/2.0 200 OK
Via: SIP/2.0/UDP {C.ipv4_private()}:5060;rport;branch={branch}
From: "{f} {l}" <sip:{a}@{dom}>;tag={tag}
To: <sip:{b}@{dom};user=phone>;tag={C.rstr(10, C.HEX)}
Call-ID: {call}
CSeq: {R.randint(1, 200)} INVITE
Server: {ua}
Content-Length: 0
<------------->
""")
    return "\n".join(out), "\r\n"


def contact_html(d, i):
    c = pick(["uk", "au", "us", "de", "fr", "in", "es"])
    org = pick(["Northwind Traders", "Southern Cross IT", "Pinecrest Health", "Zentrix GmbH", "Lumenplast"])
    offices = []
    ld = []
    for k in range(R.randint(2, 3)):
        cc = pick([c, c, pick(COUNTRIES)])
        disp = C.phone(cc, None)
        while not disp.startswith("+") or "(" in disp:
            disp = C.phone(cc, None)
        uri = "+" + "".join(ch for ch in disp if ch.isdigit())
        d.L("phone", disp)
        d.L("phone", uri)
        city = pick(["London", "Sydney", "Boston", "Berlin", "Paris", "Mumbai", "Madrid", "Toronto"])
        mail = d.oem(pick(["info", "sales", "contact", "hello", "office." + city.lower()]),
                     pick(C.ORG_DOMAINS))
        offices.append(f"""    <div class="office" itemscope itemtype="https://schema.org/Place">
      <h3>{city}</h3>
      <p>Call us: <a href="tel:{uri}">{disp}</a><br>
         E-mail: <a href="mailto:{mail}">{mail}</a><br>
         Fax: {C.fake_phone(pick(['uk-lon', 'uk-gen', 'nanp']))} (decommissioned)</p>
    </div>""")
        ld.append({"@type": "ContactPoint", "telephone": disp, "contactType": "customer service",
                   "areaServed": cc.upper(), "email": mail})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Contact us | {org}</title>
  <link rel="stylesheet" href="/static/css/site.{C.rstr(8, C.HEX)}.css?v={C.version()}">
  <link rel="icon" href="/static/img/logo@2x.png">
  <script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "Organization", "name": org, "contactPoint": ld}, indent=2, ensure_ascii=False)}
  </script>
</head>
<body>
  <main>
    <h1>Contact {org}</h1>
{chr(10).join(offices)}
    <p class="small">Press kit ISBN {C.isbn()} &middot; build {C.version()} &middot; order line for samples: {C.fake_phone('nanp')}</p>
    <p class="small">Example number format for the form: {C.fake_phone('uk-mob')} / {C.fake_phone('au-mob')}</p>
  </main>
</body>
</html>
"""


def order_email(d, i):
    c = pick(["uk", "in", "us", "au"])
    f, l, _ = C.person(c)
    mail = d.em(f, l, c)
    ph = d.ph(c)
    shop = pick(["northwind-traders.com", "kaveri-textiles.in", "brasa-digital.com.br"])
    noreply = d.oem(pick(["orders", "no-reply", "shop"]), shop)
    order = C.order_no()
    track = pick([f"1Z{C.rstr(6, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(10)}",
                  f"EE{digits(9)}IN", f"JD{digits(18)}", f"{C.lookalike(12, '123456789')}"])
    return f"""From: {shop.split('.')[0].title()} Orders <{noreply}>
To: {f} {l} <{mail}>
Subject: Your order {order} has shipped
Date: {C.ts('%a, %d %b %Y %H:%M:%S +0000')}
Message-ID: <{C.uuid()}@{shop}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi {f},

Good news - order {order} placed on {C.other_date('d mon y', 2024, 2025)} is on its way.

Tracking number : {track}
Carrier         : {pick(['UPS', 'India Post', 'DHL', 'Royal Mail'])}
Estimated       : {C.other_date('d mon y', 2024, 2025)}
Delivery phone  : {ph}  (the courier may call this number)
Ship to         : {f} {l}, {R.randint(1, 99)} {pick(['High Street', 'Station Road', 'King St'])}
Payment         : {pick(['Visa', 'Mastercard', 'RuPay'])} ending {digits(4)} (card no. •••• •••• •••• {digits(4)})
Invoice no.     : INV/{R.randint(2024, 2025)}/{digits(6)}  dated {C.other_date('dmy/', 2024, 2025)}

Questions? Reply to this e-mail or call {C.fake_phone(pick(['uk-lon', 'nanp2']))} (automated line).
Item: "Learning Python, 6th ed." ISBN {C.isbn()} x1

-- 
This message was sent to {mail}. Manage preferences at https://{shop}/account?ref={C.rstr(10, C.ALNUM)}
"""


DOCS = [
    ("hr/employees-{:02d}.csv", hr_csv, 3),
    ("hr/personalfragebogen-{:02d}.txt", de_form, 2),
    ("hr/fiche-salarie-{:02d}.txt", fr_form, 2),
    ("hr/intl-form-{:02d}.txt", intl_form, 5),
    ("insurance/claim-1500-{:02d}.txt", us_claim, 3),
    ("http/register-form-{:02d}.http", http_form, 3),
    ("fixedwidth/custmast-{:02d}.dat", fixed_width, 1),
    ("crm/contacts-{:02d}.vcf", vcards, 2),
    ("crm/customers-api-{:02d}.json", crm_json, 3),
    ("telephony/cdr-{:02d}.csv", cdr_csv, 2),
    ("telephony/sms-gateway-{:02d}.json", sms_gateway, 3),
    ("telephony/sip-trace-{:02d}.log", sip_trace, 2),
    ("web/contact-{:02d}.html", contact_html, 2),
    ("messages/order-shipped-{:02d}.eml", order_email, 2),
]
