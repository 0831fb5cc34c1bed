"""Personal data carriers: Dutch, German and US HR exports and forms, visa invitation letters."""
import json

BSN, STID, SSN, DOB, PP = "nl-bsn", "de-steuer-id", "us-ssn", "date-of-birth", "passport"

NL_LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
           "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
           "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "Haan", "Vermeulen", "van Dijk"]
NL_FIRST = ["Anne Marie", "Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Eva", "Ruben", "Iris", "Joost", "Noor",
            "Sem", "Femke", "Lars", "Maud", "Jesse", "Roos", "Stijn", "Tess", "Wouter Jan", "Lieke", "Niels", "Yara"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
           "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann"]
DE_FIRST = ["Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lea", "Maximilian", "Hannah", "Paul", "Emilia",
            "Leon", "Johanna", "Tobias", "Katharina", "Moritz", "Lena", "Florian", "Clara", "Niklas"]
US_LAST = ["Johnson", "Martinez", "Nguyen", "Patel", "Robinson", "Walker", "Young", "Hernandez", "King", "Wright",
           "Lopez", "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Perez", "Roberts",
           "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Sanchez"]
US_FIRST = ["Emily", "Michael", "Jessica", "Christopher", "Ashley", "Matthew", "Amanda", "Joshua", "Sarah", "Daniel",
            "Brittany", "Andrew", "Samantha", "Tyler", "Megan", "Brandon", "Lauren", "Kevin", "Rachel", "Justin"]


def build(s):
    g = s.g
    r = g.r

    # ------------------------------------------------------------ nl-hr
    s.desc("nl-hr", "Dutch HR exports: personnel file CSV and a payroll-tax data letter")
    d = s.doc("nl-hr/personeelsdossier-export-2026-11.csv")
    d.w("personeelsnummer;achternaam;voornamen;geboortedatum;bsn;nationaliteit;id_soort;id_nummer;id_geldig_tot;datum_in_dienst;afdeling;uren_per_week\n")
    for i in range(26):
        pnr = g.not_bsn() if i % 2 == 0 else "P" + str(r.randrange(10000, 99999))
        d.F(pnr)
        soort = r.choice(["paspoort", "paspoort", "identiteitskaart", "rijbewijs"])
        if soort == "paspoort":
            idn = d.L(PP, g.passport("NL"))
        elif soort == "identiteitskaart":
            idn = d.F("I" + g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + g.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + str(r.randrange(10)))
        else:
            idn = d.F(str(r.randrange(10**9, 10**10)))
        dob = d.L(DOB, s.dob("%d-%m-%Y", 1958, 2005))
        d.w(f"{pnr};{r.choice(NL_LAST)};{r.choice(NL_FIRST)};{dob};{d.L(BSN, g.bsn())};{r.choice(['NL', 'NL', 'NL', 'BE', 'DE'])};{soort};{idn};",
            f"{r.randrange(1, 28):02d}-{r.randrange(1, 13):02d}-{r.randrange(2027, 2036)};{r.randrange(1, 28):02d}-{r.randrange(1, 13):02d}-{r.randrange(2008, 2026)};",
            f"{r.choice(['Logistiek', 'Klantenservice', 'Financiën', 'ICT', 'Inkoop'])};{r.choice([24, 32, 36, 40])}\n")
    d = s.doc("nl-hr/opgaaf-gegevens-loonheffingen.txt")
    d.w("OPGAAF GEGEVENS VOOR DE LOONHEFFINGEN — verzamelstaat nieuwe medewerkers december 2026\n",
        "Werkgever: Groothandel Example B.V.   Loonheffingennummer: ", d.F(str(r.randrange(10**8, 10**9)) + "L01"), "\n",
        "(het loonheffingennummer is het fiscaal nummer van de werkgever, geen BSN)\n\n")
    for i in range(7):
        n = f"{r.choice(NL_FIRST)} {r.choice(NL_LAST)}"
        dob = s.dob("%d-%m-%Y", 1960, 2006)
        d.w(f"{i + 1}. Naam: {n}\n   Burgerservicenummer: {d.L(BSN, g.bsn())}\n   Geboortedatum: {d.L(DOB, dob)}\n",
            f"   Loonheffingskorting toepassen: {r.choice(['ja', 'nee'])}   Ingangsdatum: 01-12-2026\n",
            f"   Personeelsnummer: {d.F(g.not_bsn())}\n\n")
    d.w("Ondertekend door de werknemers; originelen in het personeelsdossier.\n")

    # ------------------------------------------------------------ de-hr
    s.desc("de-hr", "German HR: DATEV-style master data export and filled-in Personalfragebogen")
    d = s.doc("de-hr/stammdaten-export.csv")
    d.w("Personalnummer;Nachname;Vorname;Geburtsdatum;Steuer-ID;Steuerklasse;Konfession;Krankenkasse;KV-Nummer;Eintritt;Reisepassnummer\n")
    for i in range(28):
        pnr = str(10000 + r.randrange(90000))
        kv = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + str(r.randrange(10**8, 10**9))
        pp = d.L(PP, g.passport("DE")) if r.random() < 0.3 else ""
        d.w(f"{pnr};{r.choice(DE_LAST)};{r.choice(DE_FIRST)};{d.L(DOB, s.dob('%d.%m.%Y', 1958, 2006))};{d.L(STID, g.steuer_id())};",
            f"{r.choice([1, 1, 3, 4, 5])};{r.choice(['rk', 'ev', '--'])};{r.choice(['TK', 'AOK Bayern', 'Barmer', 'DAK'])};{d.F(kv)};",
            f"{r.randrange(1, 28):02d}.{r.randrange(1, 13):02d}.{r.randrange(2010, 2026)};{pp}\n")
    d = s.doc("de-hr/personalfrageboegen-scan-ocr.txt")
    for n in range(6):
        d.w(f"--- Seite {n + 1} (OCR) ---\n")
        ln, fn = r.choice(DE_LAST), r.choice(DE_FIRST)
        sid = g.steuer_id()
        shown = sid if n % 2 == 0 else f"{sid[:2]} {sid[2:5]} {sid[5:8]} {sid[8:]}"
        d.w("PERSONALFRAGEBOGEN für geringfügig / kurzfristig Beschäftigte\n", "=" * 60, "\n\n",
            f"Familienname: {ln}\nVorname: {fn}\nGeburtsname: {ln}\n",
            f"Geburtsdatum: {d.L(DOB, s.dob('%d.%m.%Y', 1965, 2007))}\nGeburtsort: {r.choice(['Köln', 'Leipzig', 'Bremen', 'Augsburg'])}\n",
            f"Straße/Hausnr.: {r.choice(['Lindenstraße', 'Am Markt', 'Goethestraße'])} {r.randrange(1, 90)}\nPLZ/Ort: {r.randrange(10000, 99999)} Musterstadt\n\n",
            f"Steuerliche Identifikationsnummer (Steuer-ID): {d.L(STID, shown)}\n",
            f"Steuernummer des Arbeitgebers (nicht ausfüllen): {d.F(f'{r.randrange(10, 99)}/{r.randrange(100, 999)}/{r.randrange(10000, 99999)}')}\n",
            f"Steuerklasse: {r.choice(['I', 'II', 'V', 'VI'])}   Kinderfreibeträge: 0\n\n",
            f"Ausweisdokument: Reisepass   Nr.: {d.L(PP, g.passport('DE'))}   gültig bis: {r.randrange(1, 28):02d}.{r.randrange(1, 13):02d}.{r.randrange(2027, 2036)}\n",
            "Bankverbindung: IBAN DE89 3704 0044 0532 0130 00 (Beispiel aus dem Formular – bitte eigene IBAN eintragen)\n\n",
            f"Beginn der Beschäftigung: 01.12.2026   Datum: {r.randrange(1, 28):02d}.11.2026\nUnterschrift: ____________\n")

    # ------------------------------------------------------------ us-hr
    s.desc("us-hr", "US HRIS onboarding export (I-9 documents) and a benefits enrollment CSV")
    d = s.doc("us-hr/onboarding-export.json")
    emps = []
    labs = []
    for i in range(16):
        ssn = g.ssn()
        if i % 3 == 1:
            ssn = ssn.replace("-", "")
        dob = s.dob("%Y-%m-%d", 1960, 2005)
        e = {"employee_id": f"E{r.randrange(100000, 999999)}", "legal_name": {"first": r.choice(US_FIRST), "last": r.choice(US_LAST)},
             "ssn": ssn, "date_of_birth": dob, "hire_date": f"2026-{r.randrange(9, 13):02d}-{r.randrange(1, 29):02d}",
             "work_state": r.choice(["CA", "TX", "NY", "WA", "IL"]),
             "i9": {"citizenship_status": r.choice(["us_citizen", "lawful_permanent_resident"]),
                    "list_a": None, "list_b": None, "list_c": None,
                    "employer_rep": "HR Ops", "section2_completed_at": "2026-11-0" + str(r.randrange(1, 9)) + "T16:20:00Z"},
             "employer_ein": d.F(f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}")}
        labs.append((SSN, ssn))
        labs.append((DOB, dob))
        if r.random() < 0.55:
            pp = g.passport("US")
            e["i9"]["list_a"] = {"document_title": "U.S. Passport", "issuing_authority": "U.S. Department of State",
                                 "document_number": pp, "expiration_date": f"20{r.randrange(28, 36)}-0{r.randrange(1, 9)}-15"}
            labs.append((PP, pp))
        else:
            e["i9"]["list_b"] = {"document_title": "Driver's License", "issuing_authority": e["work_state"],
                                 "document_number": d.F(r.choice("ABCDFGS") + str(r.randrange(10**7, 10**8))), "expiration_date": "2029-05-31"}
            e["i9"]["list_c"] = {"document_title": "Social Security Card", "document_number": "see ssn"}
        emps.append(e)
    d.w(json.dumps({"export": "onboarding", "generated_at": "2026-12-04T07:00:00Z", "employees": emps}, indent=2), "\n")
    for c, v in labs:
        d.L(c, v)
    d = s.doc("us-hr/benefits-enrollment-2027.csv")
    d.w("member_id,member_name,member_ssn,member_dob,plan,coverage_tier,dependent_name,relationship,dependent_ssn,dependent_dob,effective_date\n")
    for i in range(12):
        mid = f"M{r.randrange(10**6, 10**7)}"
        mdob = s.dob("%m/%d/%Y", 1962, 2000)
        ms = g.ssn()
        if r.random() < 0.6:
            ds, ddob = g.ssn(), s.dob("%m/%d/%Y", 2008, 2025)
            dep = f"{r.choice(US_FIRST)} {r.choice(US_LAST)},{r.choice(['child', 'spouse'])},{d.L(SSN, ds)},{d.L(DOB, ddob)}"
        else:
            dep = ",,,"
        d.w(f"{mid},{r.choice(US_FIRST)} {r.choice(US_LAST)},{d.L(SSN, ms)},{d.L(DOB, mdob)},{r.choice(['PPO 500', 'HDHP 3000', 'HMO Select'])},",
            f"{r.choice(['employee', 'employee+spouse', 'family'])},{dep},01/01/2027\n")

    # ------------------------------------------------------------ visa invitation letters
    s.desc("visa-letters", "conference visa invitation letters with passport numbers and dates of birth")
    d = s.doc("visa-letters/invitation-letters-batch-07.txt")
    for cc, nat, name in [("IN", "Indian", "Ms. Priya Subramanian"), ("GB", "British", "Mr. Oliver Hughes"), ("FR", "French", "Mme Camille Laurent"),
                          ("US", "American", "Mr. Daniel Ortiz"), ("IN", "Indian", "Mr. Arjun Mehta"), ("NL", "Dutch", "Mrs. Eline Kuipers"),
                          ("DE", "German", "Dr. Stefan Vogt"), ("US", "American", "Ms. Grace Kim")]:
        dob = s.dob("%d %B %Y", 1965, 2001)
        pp = g.passport(cc)
        d.w("To the Consular Section\nRe: Invitation to the European Open Infrastructure Summit, Amsterdam, 9–11 March 2027\n\n",
            f"We hereby confirm that {name}, {nat} national, born {d.L(DOB, dob)}, holder of passport number {d.L(PP, pp)},\n",
            "is registered as a speaker at the above conference. Our organisation covers conference fees only.\n",
            f"Registration reference: {d.F('EOIS27-' + str(r.randrange(10000, 99999)))}\n\nYours faithfully,\nConference Office\n\n", "-" * 72, "\n\n")
