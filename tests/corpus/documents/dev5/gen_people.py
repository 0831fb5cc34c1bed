"""Dates of birth in many countries, languages and formats; passports and
e-mail addresses in HL7, FHIR, vCard, LDIF, X12, MRZ, SQL, CSV, letters,
JSON, APIS, hotel registrations and visa forms."""
import base64
import datetime
from gen_values import phone, phone_digits, fmt_date, jesc, MON_EN, ambiguous


def DOB(v, d, style, y0=1940, y1=2004):
    return d.L("date-of-birth", fmt_date(v.dob(y0, y1), style))


# ------------------------------------------------------------------ HL7 v2
def hl7_adt(v, d, k):
    out = []
    for i in range(4):
        msh_t = "2025%02d%02d%02d%02d%02d" % (v.r.randint(1, 12), v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59))
        fn, ln = v.name_w()
        dob = DOB(v, d, "compact")
        cc = ["US", "US", "CA"][(i + k) % 3]
        hp = d.L("phone", phone(v, cc, 0 if i != 1 else 1).replace(" ", ""))
        wp = d.L("phone", phone(v, cc, 2))
        nk = d.L("phone", phone(v, cc, 1))
        while True:
            adm = fmt_date(v.event_date(2024, 2025), "compact") + "%02d%02d" % (v.r.randint(0, 23), v.r.randint(0, 59))
            if not ambiguous(adm):
                break
        out.append("MSH|^~\\&|EPIC|%s|RHAPSODY|HIE|%s||ADT^A0%d^ADT_A01|%s|P|2.5.1" % (v.pick(["STMARYS", "NORTHSIDE"]), msh_t, [1, 4, 8, 1][i], v.safe_digits(10)))
        out.append("EVN|A0%d|%s" % ([1, 4, 8, 1][i], msh_t))
        out.append("PID|1||%s^^^MRN^MR~%s^^^ENT^PI||%s^%s^%s||%s|%s|||%d %s^^%s^%s^%s^USA||%s^PRN^PH~^NET^Internet^%s|%s^WPN^PH||%s||%s" % (
            v.safe_digits(8), v.safe_digits(9), ln.upper(), fn.upper(), v.pick("ABCDEJ"), dob, v.pick("MF"), v.r.randint(10, 9999),
            v.pick(["OAK ST", "ELM AVE", "LAKESHORE DR"]), v.pick(["AUSTIN", "DENVER", "TORONTO"]), v.pick(["TX", "CO", "ON"]), v.digits(5), hp,
            d.L("email", v.email(fn, ln)), wp, v.pick("SMD"), v.safe_digits(10)))
        out.append("NK1|1|%s^%s|SPO^Spouse^HL70063||%s^PRN^PH" % (ln.upper(), v.pick(["MARIA", "JAMES", "LINDA"]), nk))
        out.append("PV1|1|I|4W^%d^B^%s||||%s^%s^%s^^^^MD|||MED||||1|||%s^%s^%s^^^^MD|IN||||||||||||||||||||||||||%s" % (
            v.r.randint(401, 440), v.pick(["STMARYS", "NORTHSIDE"]), v.digits(6), v.pick(["PATEL", "NGUYEN"]), v.pick(["ANITA", "DUC"]), v.digits(6), v.pick(["GOMEZ", "LEE"]), v.pick(["ROSA", "MIN"]), adm))
        out.append("")
    return "\r".join(out)


# ------------------------------------------------------------------ FHIR
def fhir_bundle(v, d, k):
    entries = []
    for i in range(5):
        fn, ln = v.name_w()
        dob = DOB(v, d, "iso")
        cc = ["GB", "AU", "ZA", "NL", "DE", "IE"][(i + 3 * k) % 6]
        if cc == "IE":
            cc = "GB"
        ph = d.L("phone", phone(v, cc))
        em = d.L("email", v.email(fn, ln))
        ppt = d.L("passport", v.passport(["GB", "AU", "NL", "DE", "IT", "FR"][(i + 3 * k) % 6]))
        pid = v.uuid()
        entries.append(f"""    {{
      "fullUrl": "urn:uuid:{pid}",
      "resource": {{
        "resourceType": "Patient",
        "id": "{pid}",
        "meta": {{"versionId": "{v.r.randint(1, 9)}", "lastUpdated": "{fmt_date(v.event_date(2024, 2025), 'iso')}T10:{v.digits(2, '012345')}:00Z"}},
        "identifier": [
          {{"system": "urn:oid:2.16.840.1.113883.2.1.4.1", "value": "{v.safe_digits(10, '4')}"}},
          {{"type": {{"coding": [{{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN"}}], "text": "Passport number"}}, "value": "{ppt}"}}
        ],
        "name": [{{"use": "official", "family": "{jesc(ln)}", "given": ["{jesc(fn)}"]}}],
        "telecom": [
          {{"system": "phone", "value": "{ph}", "use": "mobile"}},
          {{"system": "email", "value": "{em}"}}
        ],
        "gender": "{v.pick(['male', 'female'])}",
        "birthDate": "{dob}",
        "deceasedBoolean": false
      }},
      "request": {{"method": "PUT", "url": "Patient/{pid}"}}
    }}""")
    return """{
  "resourceType": "Bundle",
  "id": "%s",
  "type": "transaction",
  "timestamp": "%sT08:00:00+00:00",
  "entry": [
%s
  ]
}
""" % (v.uuid(), fmt_date(v.event_date(2025, 2025), "iso"), ",\n".join(entries))


# ------------------------------------------------------------------ vCard
def vcards(v, d, k):
    out = []
    for i in range(4):
        fn, ln = v.name_w()
        cc = ["US", "GB", "DE", "FR", "BR", "MX", "JP", "AU"][(i + 4 * k) % 8]
        bday = [("BDAY:%s", "compact"), ("BDAY:%s", "iso"), ("BDAY;VALUE=date:%s", "iso"), ("BDAY:%s", "compact")][i]
        b = DOB(v, d, bday[1])
        if k == 1:
            tel = "+" + phone_digits(v, cc)
        else:
            tel = phone(v, cc)
        d.L("phone", tel)
        tel2 = d.L("phone", phone(v, cc, 0))
        em = d.L("email", v.email(fn, ln))
        lines = ["BEGIN:VCARD", "VERSION:%s" % ("3.0" if k == 0 else "4.0"), "N:%s;%s;;;" % (ln, fn), "FN:%s %s" % (fn, ln),
                 "ORG:%s" % v.pick(["Helios Energie", "Casa Verde Ltda", "Sakura Trading", "Maple Ridge Dental"]),
                 bday[0] % b]
        if i == 1:
            lines.append("ANNIVERSARY:%s" % fmt_date(v.event_date(2005, 2020), "compact"))
        if k == 0:
            lines += ["TEL;TYPE=CELL:%s" % tel, "TEL;TYPE=WORK,VOICE:%s" % tel2, "EMAIL;TYPE=INTERNET:%s" % em]
        else:
            lines += ["TEL;VALUE=uri;TYPE=cell:tel:%s" % tel,
                      "TEL;TYPE=work:%s" % tel2, "EMAIL;TYPE=home:%s" % em]
        lines += ["NOTE:met at trade fair %s" % fmt_date(v.event_date(2023, 2025), "iso"), "REV:%sT%02d%02d%02dZ" % (fmt_date(v.event_date(2024, 2025), "compact"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59)),
                  "UID:urn:uuid:%s" % v.uuid(), "END:VCARD"]
        out.append("\r\n".join(lines))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ LDIF
def ldif(v, d, k):
    out = ["version: 1", ""]
    for i in range(4):
        fn, ln = v.name_w()
        uid = (fn[0] + ln.replace(" ", "").replace("'", "")).lower()
        uid = uid.encode("ascii", "ignore").decode()
        attr = "schacDateOfBirth: %s" % DOB(v, d, "compact") if i % 2 == 0 else "birthDate: %s" % DOB(v, d, "iso")
        ph = d.L("phone", phone(v, ["DE", "NL", "FR", "CH"][i]))
        mob = d.L("phone", phone(v, ["DE", "NL", "FR", "CH"][i]))
        em = d.L("email", v.email(fn, ln, "ostseebank.de"))
        out += ["dn: uid=%s,ou=people,dc=ostseebank,dc=de" % uid, "objectClass: inetOrgPerson", "objectClass: schacPersonalCharacteristics",
                "uid: %s" % uid, "cn: %s %s" % (fn, ln) if (fn + ln).isascii() else "cn:: " + base64.b64encode((fn + " " + ln).encode()).decode(), "sn: %s" % ln.encode("ascii", "ignore").decode(),
                "mail: %s" % em, "telephoneNumber: %s" % ph, "mobile: %s" % mob, attr,
                "employeeNumber: %s" % v.safe_digits(6), "createTimestamp: %s%02d%02d%02dZ" % (fmt_date(v.event_date(2015, 2024), "compact"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59)),
                "pwdChangedTime: %s081500Z" % fmt_date(v.event_date(2025, 2025), "compact"), ""]
    return "\n".join(out)


# ------------------------------------------------------------------ X12 834
def x12_834(v, d, k):
    seg = []
    ctl = v.digits(9, "0123456789")
    t = v.event_date(2025, 2025)
    seg.append("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*1253*^*00501*%s*0*P*:" % ("SPONSOR01", "CARRIER9", fmt_date(t, "compact")[2:], ctl))
    seg.append("GS*BE*SPONSOR01*CARRIER9*%s*1253*%d*X*005010X220A1" % (fmt_date(t, "compact"), v.r.randint(1, 999)))
    seg.append("ST*834*0001*005010X220A1")
    seg.append("BGN*00*%s*%s*1253****2" % (v.digits(8), fmt_date(t, "compact")))
    seg.append("N1*P5*ACME STAFFING*FI*%s" % v.digits(9, "0123456789"))
    for i in range(6):
        fn, ln = v.name_w()
        mem = v.safe_digits(9)
        seg.append("INS*Y*18*021*28*A***FT")
        seg.append("REF*0F*%s" % mem)
        seg.append("DTP*356*D8*%s" % fmt_date(v.event_date(2024, 2025), "compact"))
        seg.append("NM1*IL*1*%s*%s*%s***MI*%s" % (ln.upper().encode("ascii", "ignore").decode(), fn.upper().encode("ascii", "ignore").decode(), v.pick("ABJ"), mem))
        seg.append("PER*IP**HP*%s*WP*%s" % (d.L("phone", phone(v, "US", 8)), d.L("phone", phone(v, "US", 8))))
        seg.append("N3*%d %s" % (v.r.randint(10, 9999), v.pick(["MAIN ST", "RIVER RD", "2ND AVE"])))
        seg.append("N4*%s*%s*%s" % (v.pick(["DALLAS", "PHOENIX", "SEATTLE"]), v.pick(["TX", "AZ", "WA"]), v.digits(5)))
        seg.append("DMG*D8*%s*%s" % (DOB(v, d, "compact"), v.pick("MF")))
        seg.append("HD*021**HLT*PPO%d*EMP" % v.r.randint(1, 5))
        seg.append("DTP*348*D8*%s" % fmt_date(v.event_date(2025, 2025), "compact"))
    seg.append("SE*%d*0001" % (len(seg) - 1))
    seg.append("GE*1*%d" % v.r.randint(1, 999))
    seg.append("IEA*1*%s" % ctl)
    return "~\n".join(seg) + "~\n"


# ------------------------------------------------------------------ MRZ
def mrz_cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            n = int(c)
        elif c == "<":
            n = 0
        else:
            n = ord(c) - 55
        tot += n * w[i % 3]
    return str(tot % 10)


def mrz_scan(v, d, k):
    cc, nat, lang = [("IN", "IND", "en"), ("DE", "D<<", "de"), ("FR", "FRA", "fr")][k]
    fn, ln = v.name_in() if cc == "IN" else v.name_w()
    fn = fn.encode("ascii", "ignore").decode().upper()
    ln = ln.encode("ascii", "ignore").decode().upper().replace(" ", "<").replace("'", "")
    dt = v.dob(1955, 2000)
    ppt = v.passport(cc)
    exp = v.event_date(2027, 2034)
    iss = exp.replace(year=exp.year - 10)
    pno = ppt.ljust(9, "<")
    dob6 = "%02d%02d%02d" % (dt.year % 100, dt.month, dt.day)
    exp6 = "%02d%02d%02d" % (exp.year % 100, exp.month, exp.day)
    pers = "<" * 14
    l2 = pno + mrz_cd(pno) + nat + dob6 + mrz_cd(dob6) + v.pick("MF") + exp6 + mrz_cd(exp6) + pers + mrz_cd(pers)
    l2 += mrz_cd(pno + mrz_cd(pno) + dob6 + mrz_cd(dob6) + exp6 + mrz_cd(exp6) + pers + mrz_cd(pers))
    l1 = ("P<" + nat + ln + "<<" + fn).ljust(44, "<")[:44]
    d.L("passport", ppt)
    d.L("passport", ppt)
    d.L("date-of-birth", dob6)
    viz = fmt_date(dt, "dd MON y")
    if cc == "DE":
        viz = "%02d.%02d.%04d" % (dt.day, dt.month, dt.year)
    d.L("date-of-birth", viz)
    hdr = {"en": ("Passport No.", "Date of Birth", "Date of Issue", "Date of Expiry", "Place of Birth"),
           "de": ("Pass-Nr. / Passport No.", "Geburtsdatum / Date of birth", "Ausstellungsdatum / Date of issue", "Gültig bis / Date of expiry", "Geburtsort / Place of birth"),
           "fr": ("N° du passeport / Passport No.", "Date de naissance / Date of birth", "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry", "Lieu de naissance / Place of birth")}[lang]
    ex = fmt_date(exp, "dd MON y") if cc != "DE" else "%02d.%02d.%04d" % (exp.day, exp.month, exp.year)
    isd = fmt_date(iss, "dd MON y") if cc != "DE" else "%02d.%02d.%04d" % (iss.day, iss.month, iss.year)
    return f"""[ocr] source=scan_{v.hexs(8)}.jpg engine=tesseract 5.3.4 lang=eng+{ 'deu' if cc == 'DE' else 'fra' if cc == 'FR' else 'hin'} psm=6
[ocr] page 1, confidence 87.2

{ {'IN': 'REPUBLIC OF INDIA', 'DE': 'BUNDESREPUBLIK DEUTSCHLAND', 'FR': 'REPUBLIQUE FRANCAISE'}[cc] }
PASSPORT  Type/Typ P   Code {nat.replace('<', '')}
{hdr[0]}
{ppt}
Surname / Nom
{ln.replace('<', ' ')}
Given Names / Prénoms
{fn}
{hdr[1]}
{viz}
{hdr[4]}
{v.pick({'IN': ['LUCKNOW', 'PUNE'], 'DE': ['KOELN', 'BREMEN'], 'FR': ['LYON', 'NANTES']}[cc])}
{hdr[2]}             {hdr[3]}
{isd}                {ex}

{l1}
{l2}

[ocr] mrz checksums: document={mrz_cd(pno)} dob={mrz_cd(dob6)} expiry={mrz_cd(exp6)} composite={l2[-1]} -> OK
"""


# ------------------------------------------------------------------ SQL
def sql_dump(v, d, k):
    out = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--", "-- Host: 10.20.0.15    Database: shop", "-- ------------------------------------------------------",
           "", "DROP TABLE IF EXISTS `customers`;",
           "CREATE TABLE `customers` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `full_name` varchar(120) NOT NULL,\n  `email` varchar(190) NOT NULL,\n  `date_of_birth` date DEFAULT NULL,\n  `phone` varchar(32) DEFAULT NULL,\n  `passport_no` varchar(16) DEFAULT NULL,\n  `created_at` datetime NOT NULL,\n  `last_login` datetime DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
           "", "LOCK TABLES `customers` WRITE;"]
    vals = []
    for i in range(9):
        fn, ln = v.name_w()
        cc = ["GB", "IE", "US", "DE", "ES", "IT", "NL", "FR"][(i + k) % 8]
        if cc == "IE":
            cc = "GB"
        ppt = "'%s'" % d.L("passport", v.passport(["GB", "US", "DE", "ES", "IT", "NL", "FR", "JP", "BR"][i])) if i % 3 != 1 else "NULL"
        vals.append("(%d,'%s','%s','%s','%s',%s,'%s 10:%s:00','%s 18:02:11')" % (
            1000 + i * 7 + k, (fn + " " + ln).replace("'", "\\'"), d.L("email", v.email(fn, ln)), DOB(v, d, "iso"), d.L("phone", phone(v, cc)), ppt,
            fmt_date(v.event_date(2020, 2024), "iso"), v.digits(2, "012345"), fmt_date(v.event_date(2025, 2025), "iso")))
    out.append("INSERT INTO `customers` VALUES " + ",".join(vals) + ";")
    out += ["UNLOCK TABLES;", "", "-- Dump completed on %s 02:00:01" % fmt_date(v.event_date(2025, 2025), "iso")]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ HR CSVs per language
HR = {
    "de": ("Personalnr;Nachname;Vorname;Geburtsdatum;Eintrittsdatum;Telefon;E-Mail;IBAN", ";", "dmy.", "DE", "DE"),
    "fr": ("matricule;nom;prenom;date_naissance;date_embauche;telephone;courriel;iban", ";", "dmy/", "FR", "FR"),
    "es": ("num_empleado,apellidos,nombre,fecha_nac,fecha_alta,telefono,email,iban", ",", "dmy/", "ES", "ES"),
    "it": ("matricola;cognome;nome;data_nascita;data_assunzione;cellulare;email;iban", ";", "dmy/", "IT", "IT"),
    "nl": ("personeelsnr;achternaam;voornaam;geboortedatum;in_dienst;telefoon;e-mail;iban", ";", "dmy-", "NL", "NL"),
    "pl": ("nr_ewid;nazwisko;imie;data_urodzenia;data_zatrudnienia;telefon;email;iban", ";", "iso", "PL", "PL"),
    "tr": ("sicil_no;soyad;ad;dogum_tarihi;ise_giris;telefon;eposta", ";", "dmy.", "TR", None),
    "pt": ("matricula;apelido;nome;data_de_nascimento;data_admissao;telemovel;email;iban", ";", "dmy/", "PT", "PT"),
}


def hr_csv(v, d, lang):
    head, sep, dst, pcc, icc = HR[lang]
    rows = [head]
    for i in range(5):
        fn, ln = v.name_w()
        cols = [v.safe_digits(5), ln, fn, DOB(v, d, dst, 1960, 2003), fmt_date(v.event_date(2010, 2025), dst),
                d.L("phone", phone(v, pcc)), d.L("email", v.email(fn, ln))]
        if icc:
            cols.append(d.L("iban", v.fmt_iban(v.iban(icc), i % 2 == 0)))
        rows.append(sep.join(cols))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ letters / prose
def letter(v, d, lang):
    fn, ln = v.name_w()
    ev = v.event_date(2024, 2025)
    if lang == "de":
        dob = DOB(v, d, "dmy.")
        kid = DOB(v, d, "de", 2012, 2020)
        ph = d.L("phone", phone(v, "DE"))
        ppt = d.L("passport", v.passport("DE"))
        return f"""Stadt Bremen - Bürgeramt Mitte
Aktenzeichen: BA-{v.digits(4)}/{ev.year}                        Bremen, den {fmt_date(ev, 'dmy.')}

Antrag auf Ausstellung eines Kinderreisepasses

Sehr geehrte Frau {ln},

für Ihr Kind {v.pick(['Mia', 'Ben', 'Leon'])} {ln}, geboren am {kid}, haben wir den Antrag
vom {fmt_date(v.event_date(2024, 2025), 'dmy.')} erhalten. Als Elternteil wurden erfasst:

  Name, Vorname : {ln}, {fn}
  Geburtsdatum  : {dob}
  Reisepass-Nr. : {ppt}  (gültig bis {fmt_date(v.event_date(2027, 2033), 'dmy.')})
  Telefon       : {ph}

Bitte bringen Sie die Geburtsurkunde im Original mit. Die Gebühr beträgt 13,00 EUR.
Termin: {fmt_date(v.event_date(2025, 2025), 'dmy.')}, 09:30 Uhr, Schalter 4.

Mit freundlichen Grüßen
i. A. Krämer
"""
    if lang == "fr":
        dob = DOB(v, d, "fr")
        dob2 = DOB(v, d, "dmy/")
        ph = d.L("phone", phone(v, "FR"))
        em = d.L("email", v.email(fn, ln))
        return f"""CAISSE PRIMAIRE D'ASSURANCE MALADIE
Service Prestations - Dossier n° {v.safe_digits(9)}                 Lyon, le {fmt_date(ev, 'fr')}

Objet : demande de rattachement d'un ayant droit

Madame, Monsieur,

Nous accusons réception de votre demande concernant {fn} {ln}, né(e) le {dob}
à Villeurbanne (69). Le bénéficiaire rattaché est votre conjoint(e), dont la date de
naissance déclarée est le {dob2}.

Votre demande a été enregistrée le {fmt_date(v.event_date(2024, 2025), 'dmy/')} ; la date d'effet des droits est le
{fmt_date(v.event_date(2025, 2025), 'dmy/')}. Pour toute question : {ph} ou {em}.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
"""
    if lang == "es":
        dob = DOB(v, d, "es")
        dob2 = DOB(v, d, "dmy/", 2015, 2021)
        ppt = d.L("passport", v.passport("ES"))
        ph = d.L("phone", phone(v, "ES"))
        return f"""CERTIFICADO DE EMPADRONAMIENTO
Ayuntamiento de Valencia - Oficina de Padrón            Expedido: {fmt_date(ev, 'dmy/')}

D./Dña. {fn} {ln}, nacido/a el {dob} en Alicante,
pasaporte nº {ppt}, teléfono de contacto {ph},
figura inscrito/a en el domicilio C/ de Colón {v.r.randint(1, 90)}, {v.r.randint(1, 8)}º.

Convivientes:
  - {v.pick(['Lucía', 'Pablo', 'Martina'])} {ln}, fecha_nac: {dob2}

Fecha de alta en el padrón: {fmt_date(v.event_date(2015, 2023), 'dmy/')}
CSV (código seguro de verificación): {v.rand(20, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}
"""
    if lang == "pt":
        dob = DOB(v, d, "dmy/")
        dob2 = DOB(v, d, "pt")
        ph = d.L("phone", phone(v, "BR"))
        em = d.L("email", v.email(fn, ln))
        return f"""FICHA CADASTRAL - CLÍNICA SORRISO LTDA               Protocolo {v.safe_digits(8)}
Data do cadastro: {fmt_date(ev, 'dmy/')}

Paciente: {fn} {ln}
Data de nascimento: {dob}
Celular/WhatsApp: {ph}
E-mail: {em}
Responsável financeiro: {v.pick(['Ana', 'Carlos', 'Juliana'])} {ln} (nascido em {dob2})
Convênio: Amil 400 - carteirinha {v.safe_digits(11)} - validade {fmt_date(v.event_date(2026, 2027), 'dmy/')}
Última consulta: {fmt_date(v.event_date(2024, 2025), 'dmy/')}
"""
    if lang == "it":
        dob = DOB(v, d, "dmy/")
        dob2 = DOB(v, d, "it")
        ph = d.L("phone", phone(v, "IT"))
        return f"""COMUNE DI BOLOGNA - Ufficio Anagrafe
Oggetto: richiesta di cambio di residenza - pratica n. {v.safe_digits(7)}/{ev.year}

Il/La sottoscritto/a {fn} {ln}, nato/a a Modena il {dob},
dichiara di aver trasferito la propria dimora abituale in Via Zamboni {v.r.randint(1, 80)}.
Unitamente al dichiarante si trasferisce il figlio, nato il {dob2}.
Recapito telefonico: {ph}
Data di presentazione: {fmt_date(ev, 'dmy/')}    Data di decorrenza: {fmt_date(v.event_date(2025, 2025), 'dmy/')}
"""
    if lang == "nl":
        dob = DOB(v, d, "nl")
        dob2 = DOB(v, d, "dmy-")
        ph = d.L("phone", phone(v, "NL"))
        em = d.L("email", v.email(fn, ln))
        return f"""Gemeente Utrecht - Afdeling Burgerzaken
Kenmerk: BZ/{v.digits(6)}                                  Utrecht, {fmt_date(ev, 'nl')}

Geachte heer/mevrouw {ln},

Wij hebben uw aanvraag voor een verklaring omtrent het gedrag (VOG) ontvangen.
Gegevens aanvrager: {fn} {ln}, geboren op {dob} te Amersfoort.
Partner: geboortedatum {dob2}.
Wij nemen contact met u op via {ph} of {em}.
De aanvraag is geregistreerd op {fmt_date(v.event_date(2025, 2025), 'dmy-')}.
"""
    if lang == "pl":
        dob = DOB(v, d, "pl")
        dob2 = DOB(v, d, "dmy.")
        ph = d.L("phone", phone(v, "PL"))
        return f"""ZAŚWIADCZENIE O ZATRUDNIENIU                          Kraków, dnia {fmt_date(ev, 'dmy.')} r.

Zaświadcza się, że Pan/Pani {fn} {ln}, urodzony/a {dob} r. w Tarnowie,
data urodzenia małżonka: {dob2},
jest zatrudniony/a w firmie Wawel-Tech Sp. z o.o. od dnia {fmt_date(v.event_date(2015, 2023), 'dmy.')} r.
na stanowisku specjalisty ds. logistyki, na podstawie umowy o pracę na czas nieokreślony.
Kontakt z działem kadr: {ph}
Zaświadczenie wydaje się na prośbę pracownika w celu przedłożenia w banku.
"""
    if lang == "sv":
        dob = DOB(v, d, "sv")
        ph = d.L("phone", phone(v, "SE"))
        return f"""Försäkringskassan                                    Datum: {fmt_date(ev, 'iso')}
Ärendenummer: {v.safe_digits(8)}

Beslut om föräldrapenning

Du som är född {dob} har ansökt om föräldrapenning för perioden
{fmt_date(v.event_date(2025, 2025), 'iso')} -- {fmt_date(v.event_date(2025, 2025), 'iso')}.
Barnets födelsedatum: {DOB(v, d, 'iso', 2022, 2024)}
Vi har beviljat din ansökan. Har du frågor, ring oss på {ph}.
"""
    if lang == "fi":
        dob = DOB(v, d, "fi")
        dob2 = DOB(v, d, "fi_long")
        ph = d.L("phone", phone(v, "FI"))
        return f"""Kela - Päätös asumistuesta                           Päivämäärä {fmt_date(ev, 'fi')}
Asianumero {v.safe_digits(9)}

Hakija: {fn} {ln}, syntymäaika {dob}
Puoliso syntynyt {dob2}
Tuki myönnetään ajalle {fmt_date(v.event_date(2025, 2025), 'fi')} alkaen.
Yhteydenotot: {ph}
"""
    if lang == "tr":
        dob = DOB(v, d, "dmy.")
        dob2 = DOB(v, d, "tr")
        ph = d.L("phone", phone(v, "TR"))
        ppt_label = d.L("passport", v.passport("DE"))
        return f"""T.C. İSTANBUL VALİLİĞİ - İl Göç İdaresi Müdürlüğü
İkamet İzni Başvuru Formu                    Başvuru Tarihi: {fmt_date(ev, 'dmy.')}

Adı Soyadı       : {fn} {ln}
Doğum Tarihi     : {dob}
Pasaport No      : {ppt_label}
Eşinin doğum tarihi: {dob2}
Telefon          : {ph}
Randevu tarihi   : {fmt_date(v.event_date(2025, 2025), 'dmy.')} 10:40
"""
    if lang == "ja":
        dob = DOB(v, d, "ja")
        dob2 = DOB(v, d, "ymd/")
        ph = d.L("phone", phone(v, "JP"))
        em = d.L("email", v.email(domain="sakura-trading.co.jp"))
        return f"""履歴書                                    {fmt_date(ev, 'ja')}現在

ふりがな  やまもと はると
氏名      山本 陽翔
生年月日  {dob}生 （満{v.r.randint(25, 45)}歳）
現住所    〒150-0002 東京都渋谷区渋谷{v.r.randint(1, 4)}-{v.r.randint(1, 30)}-{v.r.randint(1, 20)}
電話      {ph}
E-mail    {em}

家族（扶養）: 配偶者 生年月日 {dob2}
入社希望日: {fmt_date(v.event_date(2025, 2025), 'ja')}
"""
    if lang == "zh":
        dob = DOB(v, d, "zh")
        dob2 = DOB(v, d, "iso")
        ph = d.L("phone", phone(v, "CN"))
        ppt = d.L("passport", v.passport("CN"))
        return f"""入职登记表                               填表日期：{fmt_date(ev, 'zh')}

姓名：王芳        性别：女
出生日期：{dob}
护照号码：{ppt}
手机：{ph}
紧急联系人：王伟（配偶），出生日期 {dob2}
入职日期：{fmt_date(v.event_date(2025, 2025), 'zh')}   合同到期：{fmt_date(v.event_date(2027, 2028), 'zh')}
"""
    if lang == "ko":
        dob = DOB(v, d, "ko")
        dob2 = DOB(v, d, "ko.")
        ph = d.L("phone", phone(v, "KR"))
        return f"""회원 가입 정보 확인                          발급일: {fmt_date(ev, 'ko')}

이름: 김민준
생년월일: {dob}
휴대전화: {ph}
보호자 생년월일: {dob2}
가입일: {fmt_date(v.event_date(2024, 2025), 'iso')}
마지막 로그인: {fmt_date(v.event_date(2025, 2025), 'iso')} 21:14
"""
    if lang == "ru":
        dob = DOB(v, d, "dmy.")
        dob2 = DOB(v, d, "ru")
        ph = d.L("phone", phone(v, "RU"))
        em = d.L("email", v.email(domain="yandex.ru"))
        return f"""АНКЕТА КЛИЕНТА (ФИЗИЧЕСКОЕ ЛИЦО)                      Дата заполнения: {fmt_date(ev, 'dmy.')}

Фамилия, имя, отчество: Иванова Ольга Сергеевна
Дата рождения: {dob}
Место рождения: г. Казань
Телефон: {ph}
Эл. почта: {em}
Супруг: Иванов Дмитрий Петрович, родился {dob2} г.
Дата выдачи паспорта РФ: {fmt_date(v.event_date(2010, 2020), 'dmy.')}
"""
    if lang == "ar":
        dob = DOB(v, d, "dmy/")
        dob2 = DOB(v, d, "ymd/")
        ph = d.L("phone", phone(v, "AE"))
        ppt = d.L("passport", v.passport("PK"))
        return f"""طلب تأشيرة إقامة - الإمارات العربية المتحدة
رقم الطلب: {v.safe_digits(10)}        تاريخ الطلب: {fmt_date(ev, 'dmy/')}

الاسم الكامل: أحمد حداد
تاريخ الميلاد: {dob}
رقم جواز السفر: {ppt}
تاريخ انتهاء الجواز: {fmt_date(v.event_date(2027, 2032), 'dmy/')}
رقم الهاتف: {ph}
تاريخ ميلاد الزوجة: {dob2}
"""
    raise ValueError(lang)


# ------------------------------------------------------------------ JSON / US
def profile_epoch(v, d, k):
    items = []
    for i in range(4):
        fn, ln = v.name_w()
        dt = v.dob(1950, 1999)
        ms = int((datetime.datetime(dt.year, dt.month, dt.day) - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)
        s = str(ms)
        from gen_values import ambiguous
        if ambiguous(s.lstrip("-")):
            ms += 3600000
            s = str(ms)
        d.L("date-of-birth", s)
        ca = 1700000000000 + v.r.randint(0, 60000000000)
        items.append('    {"id": %d, "displayName": "%s %s", "birthDate": %s, "createdAt": %d, "lastSeenAt": %d, "email": "%s", "locale": "%s"}' % (
            v.r.randint(10000, 99999), jesc(fn), jesc(ln), s, ca, ca + v.r.randint(1000, 99999999), d.L("email", v.email(fn, ln)), v.pick(["en-GB", "de-DE", "pt-BR"])))
    return '{\n  "page": 1,\n  "pageSize": 4,\n  "users": [\n%s\n  ]\n}\n' % ",\n".join(items)


def kyc_jsonl(v, d, k):
    out = []
    keys = ["dob", "date_of_birth", "birth_date", "dateOfBirth", "DOB", "birthdate", "dob", "birthDate"]
    styles = ["iso", "dmy/", "mdy/", "compact", "iso", "d mon y", "dd-mon-y", "month d, y"]
    for i in range(8):
        fn, ln = v.name_w()
        ev = v.event_date(2025, 2025)
        ts = "%sT%02d:%02d:%02d.%03dZ" % (ev.isoformat(), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999))
        out.append('{"ts":"%s","event":"kyc.submitted","applicant":{"name":"%s","%s":"%s","nationality":"%s"},"document":{"type":"passport","number":"%s","expiry":"%s"},"review_due":"%s"}' % (
            ts, jesc(fn + " " + ln), keys[i], DOB(v, d, styles[i]), v.pick(["GB", "NG", "KE", "PH"]), d.L("passport", v.passport(["GB", "NG", "CA", "PH", "AU", "MX", "KE", "IN"][i])),
            fmt_date(v.event_date(2027, 2034), "iso"), fmt_date(v.event_date(2025, 2025), "iso")))
    out.append('{"ts":"2025-06-01T00:00:00.000Z","event":"kyc.schema","fields":{"dob":"YYYY-MM-DD","document.number":"string"},"example":{"dob":"1900-01-01"}}')
    return "\n".join(out) + "\n"


def us_intake(v, d, k):
    fn, ln = v.name_w()
    dob = DOB(v, d, "mdy/yy")
    sp = DOB(v, d, "month dth, y")
    kid = DOB(v, d, "month d, y", 2012, 2020)
    ph = d.L("phone", phone(v, "US", [0, 1][k]))
    ph2 = d.L("phone", phone(v, "US", [2, 7][k]))
    em = d.L("email", v.email(fn, ln))
    return f"""NEW PATIENT INTAKE FORM - {v.pick(['Lakeside Family Medicine', 'Cedar Park Pediatrics'])}
Visit date: {fmt_date(v.event_date(2025, 2025), 'mdy/')}         Chart #: {v.safe_digits(7)}

Patient name: {fn} {ln}
DOB: {dob}                 Sex: {v.pick(['F', 'M'])}
Home phone: {ph}        Cell: {ph2}
E-mail: {em}
Insurance: BlueCross PPO   Member ID: {v.rand(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{v.safe_digits(9)}   Group: {v.digits(6)}
Effective date: {fmt_date(v.event_date(2024, 2025), 'mdy/')}

Spouse/guarantor date of birth: {sp}
Dependent (child) born {kid}
Emergency contact: (512) 555-01{v.digits(2, '0123456789')} (fictitious line given by patient)
Last tetanus shot: {fmt_date(v.event_date(2015, 2022), 'mdy/yy')}

I authorize release of information ... Signature on file, {fmt_date(v.event_date(2025, 2025), 'mdy/')}
"""


def dob_change_log(v, d, k):
    out = []
    for i in range(5):
        ts = "%sT%02d:%02d:%02dZ" % (fmt_date(v.event_date(2025, 2025), "iso"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59))
        old = DOB(v, d, "iso")
        new = DOB(v, d, "iso")
        out.append("%s level=info svc=profile-api msg=\"field updated\" user_id=%d field=birth_date old=%s new=%s actor=support:%s ticket=%s" % (
            ts, v.r.randint(100000, 999999), old, new, v.pick(["m.kaur", "j.otieno", "a.rossi"]), "SUP-" + v.digits(5)))
    out.append("%s level=warn svc=profile-api msg=\"validation failed\" field=birth_date value=\"1984-13-45\" reason=\"invalid month\"" % ts)
    out.append("%s level=info svc=profile-api msg=\"retention job\" deleted_before=%s rows=%d" % (ts, fmt_date(v.event_date(2018, 2019), "iso"), v.r.randint(10, 999)))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ passports
def visa_application(v, d, k):
    fn, ln = v.name_w() if k else v.name_in()
    cc = ["IN", "NG"][k]
    ppt = d.L("passport", v.passport(cc))
    old = d.L("passport", v.passport(cc))
    dob = DOB(v, d, "dmy/")
    sp_ppt = d.L("passport", v.passport(cc))
    ph = d.L("phone", phone(v, cc))
    em = d.L("email", v.email(fn, ln))
    return f"""SCHENGEN VISA APPLICATION - summary printout (VFS Global)
Reference: {v.rand(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}/{v.safe_digits(8)}/{fmt_date(v.event_date(2025, 2025), 'compact')}

1. Surname: {ln.upper()}
3. First name(s): {fn.upper()}
4. Date of birth (day-month-year): {dob}
13. Type of travel document: Ordinary passport
14. Number of travel document: {ppt}
15. Date of issue: {fmt_date(v.event_date(2019, 2024), 'dmy/')}   16. Valid until: {fmt_date(v.event_date(2029, 2034), 'dmy/')}
    Previous passport no.: {old} (cancelled)
17. Applicant's home address and e-mail: {em}
    Telephone no.: {ph}
21. Main purpose(s) of the journey: Tourism
30. Travelling with spouse, passport number {sp_ppt}
Intended date of arrival: {fmt_date(v.event_date(2025, 2025), 'dmy/')}
Fingerprints collected previously for the purpose of applying for a Schengen visa: {fmt_date(v.event_date(2020, 2023), 'dmy/')}
"""


def hotel_registration(v, d, k):
    rows = ["Zimmer;Anreise;Abreise;Name;Vorname;Geburtsdatum;Staatsangehörigkeit;Ausweisart;Ausweis-/Reisepass-Nr.;Telefon"]
    for i in range(9):
        fn, ln = v.name_w()
        cc = ["US", "GB", "JP", "BR", "CA", "AU", "KR", "MX", "IT"][i]
        if i == 3:
            idt, idn = "Personalausweis", "L" + v.rand(8, "CFGHJKLMNPRTVWXYZ0123456789")
        else:
            idt, idn = "Reisepass", d.L("passport", v.passport(cc))
        rows.append("%d;%s;%s;%s;%s;%s;%s;%s;%s;%s" % (
            v.r.randint(101, 420), fmt_date(v.event_date(2025, 2025), "dmy."), fmt_date(v.event_date(2025, 2025), "dmy."), ln, fn, DOB(v, d, "dmy."), cc, idt, idn,
            d.L("phone", phone(v, cc))))
    return "\n".join(rows) + "\n"


def apis_docs(v, d, k):
    out = ["QU HDQRMXH", ".%sRM %s" % (v.pick(["LHR", "FRA"]), fmt_date(v.event_date(2025, 2025), "compact")[4:] + "1012"),
           "PNL", "%s%d/%s %s PART1" % (v.pick(["BA", "LH"]), v.r.randint(100, 999), fmt_date(v.event_date(2025, 2025), "docs")[:5], v.pick(["LHR", "FRA"]))]
    for i in range(8):
        fn, ln = v.name_w() if i % 2 else v.name_in()
        fnu = fn.upper().encode("ascii", "ignore").decode()
        lnu = ln.upper().encode("ascii", "ignore").decode().replace(" ", "").replace("'", "")
        cc3, cc = [("IND", "IN"), ("GBR", "GB"), ("USA", "US"), ("NGA", "NG"), ("JPN", "JP"), ("FRA", "FR"), ("CHN", "CN"), ("PAK", "PK")][i]
        ppt = d.L("passport", v.passport(cc))
        dob = DOB(v, d, "docs")
        out.append("1%s/%s %s" % (lnu, fnu, "MR" if i % 2 else "MRS"))
        out.append(".L/%s" % v.rand(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
        out.append(".R/DOCS HK1/P/%s/%s/%s/%s/%s/%s/%s/%s" % (cc3, ppt, cc3, dob, v.pick("MF"), fmt_date(v.event_date(2027, 2034), "docs"), lnu, fnu))
        if i % 3 == 0:
            out.append(".R/CTCM HK1/%s" % d.L("phone", phone_digits_plain(v, cc)))
    out.append("ENDPNL")
    return "\n".join(out) + "\n"


def phone_digits_plain(v, cc):
    from gen_values import phone_digits
    return phone_digits(v, cc)


def onboarding_json(v, d, k):
    emps = []
    for i in range(8):
        fn, ln = v.name_w()
        cc = ["PH", "KE", "MX", "KR", "ES", "NL", "AU", "NG"][i]
        emps.append("""    {
      "employee_id": "E%s",
      "legal_name": "%s",
      "date_of_birth": "%s",
      "passport_no": "%s",
      "passport_expiry": "%s",
      "work_phone": "%s",
      "personal_email": "%s",
      "start_date": "%s",
      "visa_status": "%s"
    }""" % (v.safe_digits(6), jesc(fn + " " + ln), DOB(v, d, "iso"), d.L("passport", v.passport(cc)), fmt_date(v.event_date(2027, 2034), "iso"),
             d.L("phone", phone(v, cc)), d.L("email", v.email(fn, ln)), fmt_date(v.event_date(2025, 2025), "iso"), v.pick(["H-1B", "L-1", "pending"])))
    return '{\n  "batch": "%s",\n  "generated_at": "%sT06:00:00Z",\n  "employees": [\n%s\n  ]\n}\n' % (v.uuid(), fmt_date(v.event_date(2025, 2025), "iso"), ",\n".join(emps))


def travel_agency_csv(v, d, k):
    rows = ["booking_ref,traveller,passport_number,passport_country,birthdate,mobile,email,departure"]
    for i in range(8):
        fn, ln = v.name_w()
        cc = ["US", "CA", "AU", "BR", "SE", "IT", "PH", "CA"][i]
        rows.append('%s,"%s, %s",%s,%s,%s,%s,%s,%s' % (v.rand(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), ln, fn, d.L("passport", v.passport(cc)), cc, DOB(v, d, "mdy/"),
                                                    d.L("phone", phone(v, cc)), d.L("email", v.email(fn, ln)), fmt_date(v.event_date(2025, 2025), "iso")))
    rows.append("XX0000,\"SAMPLE, TRAVELLER\",000000000,US,01/01/1900,,noreply@example.com,2025-01-01")
    return "\n".join(rows) + "\n"


DOCS = []
for _k in range(2):
    DOCS.append(("hl7/adt_batch_%02d.hl7" % (_k + 1), hl7_adt, _k))
for _k in range(1):
    DOCS.append(("fhir/patient_bundle_%02d.json" % (_k + 1), fhir_bundle, _k))
for _k in range(2):
    DOCS.append(("vcard/contacts_%02d.vcf" % (_k + 1), vcards, _k))
DOCS.append(("ldif/people_export.ldif", ldif, 0))
for _k in range(1):
    DOCS.append(("edi/benefit_enrollment_%02d.x12" % (_k + 1), x12_834, _k))
for _k in range(3):
    DOCS.append(("ocr/passport_scan_%02d.txt" % (_k + 1), mrz_scan, _k))
for _k in range(1):
    DOCS.append(("sql/customers_dump_%02d.sql" % (_k + 1), sql_dump, _k))
for _l in ["de", "fr", "es", "it", "nl", "pl", "tr"]:
    DOCS.append(("csv/hr_export_%s.csv" % _l, hr_csv, _l))
for _l in ["de", "fr", "es", "pt", "it", "nl", "pl", "sv", "fi", "tr", "ja", "zh", "ko", "ru", "ar"]:
    DOCS.append(("letters/letter_%s.txt" % _l, letter, _l))
DOCS.append(("api/users_page.json", profile_epoch, 0))
DOCS.append(("logs/kyc_events.jsonl", kyc_jsonl, 0))
for _k in range(1):
    DOCS.append(("forms/patient_intake_%02d.txt" % (_k + 1), us_intake, _k))
DOCS.append(("logs/profile_audit.log", dob_change_log, 0))
for _k in range(1):
    DOCS.append(("forms/schengen_visa_%02d.txt" % (_k + 1), visa_application, _k))
DOCS.append(("csv/meldeschein_export.csv", hotel_registration, 0))
DOCS.append(("airline/pnl_docs.txt", apis_docs, 0))
DOCS.append(("api/onboarding_batch.json", onboarding_json, 0))
DOCS.append(("csv/travel_agency_bookings.csv", travel_agency_csv, 0))
