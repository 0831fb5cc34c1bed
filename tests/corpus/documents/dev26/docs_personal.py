"""Personal data in labelled fields: phones, e-mail addresses, IBANs, dates of birth, passport numbers,
a few SSNs and NINOs."""
from core import EN_FIRST, EN_LAST, SV_FIRST, SV_LAST
from registry import doc


def nm(d):
    return d.r.choice(EN_FIRST + SV_FIRST), d.r.choice(EN_LAST + SV_LAST)


@doc("ndc-order-passenger-json", "ndc/OrderCreateRQ-passengers.json", "airline NDC order passenger section (json)")
def _(d):
    pax = []
    for i in range(3):
        f, l = nm(d)
        cc = d.r.choice(["se", "de", "uk", "nl"])
        pax.append(d.T(f'''    {{
      "PaxID": "PAX{i + 1}",
      "PTC": "ADT",
      "Individual": {{"GivenName": "{f.upper()}", "Surname": "{l.upper()}", "Birthdate": "⟨dob⟩"}},
      "IdentityDoc": {{"IdentityDocTypeCode": "PT", "IdentityDocID": "⟨pp:{cc}⟩", "ExpiryDate": "203{d.r.randint(0, 5)}-0{d.r.randint(1, 9)}-1{d.r.randint(0, 9)}"}},
      "ContactInfo": {{"EmailAddress": "⟨em:person⟩", "Phone": "⟨ph:{d.r.choice(['se', 'uk', 'de'])}⟩"}},
      "LoyaltyProgramAccount": {{"AccountNumber": "EB⟨int:9⟩"}}
    }}'''))
    return '{\n  "Request": {\n  "PaxList": [\n' + ",\n".join(pax) + '\n  ],\n  "OrderRef": "' + d.T("⟨up:6⟩") + '"\n  }\n}\n'


@doc("consulate-appointment-confirmation-eml", "mail/termin-bestaetigung.eml", "consulate appointment confirmation e-mail")
def _(d):
    return d.T('''From: Terminvergabe Konsulat <noreply@termine.auswaertiges-amt.example>
To: ⟨em:person#to⟩
Subject: Terminbestätigung / Appointment confirmation – Reisepass
Date: Tue, 20 Jan 2026 07:12:44 +0100
Content-Type: text/plain; charset=UTF-8

Sehr geehrte Antragstellerin, sehr geehrter Antragsteller,

Ihr Termin wurde bestätigt.

Name:               Fischer, Hannah
Geburtsdatum:       ⟨dob:%d.%m.%Y⟩
Bisheriger Reisepass Nr.: ⟨pp:de⟩
Telefon:            ⟨ph:se⟩
E-Mail:             ⟨=to⟩
Termin:             03.02.2026, 10:20 Uhr
Buchungsnummer:     ⟨up:10⟩

Bitte bringen Sie ein biometrisches Passfoto mit.
''')


@doc("kyc-onboarding-webhook-json", "webhooks/kyc-verification-completed.json", "identity verification webhook payload")
def _(d):
    return d.T('''{
  "event": "verification.completed",
  "id": "evt_⟨an:24⟩",
  "created": 1768815533,
  "data": {
    "applicant_id": "⟨uuid⟩",
    "status": "approved",
    "person": {
      "first_name": "Liam",
      "last_name": "Walker",
      "date_of_birth": "⟨dob⟩",
      "nationality": "GBR",
      "email": "⟨em:person⟩",
      "phone": "⟨ph:uk⟩"
    },
    "document": {
      "type": "passport",
      "number": "⟨pp:uk⟩",
      "issuing_country": "GBR",
      "expiry": "2033-04-17",
      "mrz_checksum_ok": true
    },
    "bank_account": {"iban": "⟨iban:IE⟩", "holder": "Liam Walker"},
    "selfie_sha256": "⟨sha256⟩"
  }
}
''')


@doc("sepa-mandate-signup-form-txt", "medlem/autogiro-sepa-mandat-0119.txt", "gym membership SEPA mandate signup (form dump)")
def _(d):
    out = []
    for i in range(4):
        f, l = nm(d)
        cc = d.r.choice(["DE", "NL", "AT", "BE", "FI"])
        out.append(d.T(f'''--- Mandat {i + 1} ---
Mandatsreferenz: FIT-⟨up:8⟩
Kontoinhaber:    {f} {l}
Geburtsdatum:    ⟨dob:%d.%m.%Y⟩
IBAN:            ⟨iban:{cc}.sp⟩
E-Mail:          ⟨em:person⟩
Mobil:           ⟨ph:{d.r.choice(['de', 'nl', 'fi'])}⟩
Gläubiger-ID:    DE98ZZZ09999999999
'''))
    out.append("Hinweis: Beispiel-IBAN im Formular-Platzhalter: DE89 3704 0044 0532 0130 00\n")
    return "\n".join(out)


@doc("pain008-direct-debit-xml", "sepa/pain008-2026-01-20.xml", "iso 20022 direct debit initiation (pain.008)")
def _(d):
    txs = []
    for i in range(4):
        f, l = nm(d)
        txs.append(d.T(f'''      <DrctDbtTxInf>
        <PmtId><EndToEndId>E2E-⟨up:12⟩</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">{d.r.randint(20, 80)}.00</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>M-⟨int:8⟩</MndtId><DtOfSgntr>2025-1{d.r.randint(0, 2)}-0{d.r.randint(1, 9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
        <Dbtr><Nm>{f} {l}</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>⟨iban:{d.r.choice(['DE', 'NL', 'FR', 'ES', 'IT'])}⟩</IBAN></Id></DbtrAcct>
        <RmtInf><Ustrd>Mitgliedsbeitrag Februar 2026</Ustrd></RmtInf>
      </DrctDbtTxInf>'''))
    return d.T('''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
  <CstmrDrctDbtInitn>
    <GrpHdr><MsgId>MSG-⟨up:14⟩</MsgId><CreDtTm>2026-01-20T08:00:00</CreDtTm><NbOfTxs>4</NbOfTxs></GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-⟨up:10⟩</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <Cdtr><Nm>Alpenrot Sportverein</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>⟨iban:AT⟩</IBAN></Id></CdtrAcct>
''') + "\n".join(txs) + "\n    </PmtInf>\n  </CstmrDrctDbtInitn>\n</Document>\n"


@doc("gusto-employee-import-csv", "payroll/new-hires-import.csv", "us payroll new hire import")
def _(d):
    rows = ["first_name,last_name,email,ssn,date_of_birth,phone,start_date"]
    for i in range(4):
        f, l = d.r.choice(EN_FIRST), d.r.choice(EN_LAST)
        rows.append(d.T(f"{f},{l},⟨em:person⟩,⟨ssn⟩,⟨dob:%m/%d/%Y⟩,⟨ph:us.nat⟩,2026-02-02"))
    rows.append("Sample,Employee,sample@example.com,123-45-6789,01/01/1990,(555) 010-0199,2026-02-02")
    return "\n".join(rows) + "\n"


@doc("uk-starter-checklist-txt", "hr/starter-checklist-2026-01.txt", "uk new starter checklist (text)")
def _(d):
    return d.T('''HMRC Starter Checklist – completed online form

Surname:                 Hughes
First names:             Grace Eleanor
Date of birth:           ⟨dob:%d/%m/%Y⟩
National Insurance no:   ⟨nino⟩
Home address:            14 Mill Lane, Leeds LS6 2QR
Mobile:                  ⟨ph:uk⟩
Personal email:          ⟨em:person⟩
Employee statement:      B
Student loan:            Plan 2
Bank sort code / acct:   see payroll form (not copied here)
''')


@doc("guest-registration-api-json", "api/checkin/guest-0119-2231.json", "holiday rental guest registration api body")
def _(d):
    guests = []
    for i in range(3):
        f, l = nm(d)
        cc = d.r.choice(["de", "fr", "nl", "uk"])
        guests.append(d.T(f'''    {{"first_name": "{f}", "last_name": "{l}", "birth_date": "⟨dob⟩", "document_type": "passport", "passport_number": "⟨pp:{cc}⟩", "nationality": "{cc.upper()}"}}'''))
    return d.T('''{
  "reservation": "HM⟨up:8⟩",
  "property_id": "⟨int:7⟩",
  "check_in": "2026-01-24",
  "lead_guest_email": "⟨em:person⟩",
  "lead_guest_phone": "⟨ph:fr⟩",
  "guests": [
''') + ",\n".join(guests) + "\n  ]\n}\n"


@doc("recruitee-candidates-export-csv", "recruiting/candidates-backend-dev.csv", "applicant tracking candidates export")
def _(d):
    rows = ["Name,Email,Phone,Source,Stage,Date of birth (optional),Created"]
    for i in range(6):
        f, l = nm(d)
        dob = d.T("⟨dob⟩") if i % 2 == 0 else ""
        rows.append(f"{f} {l}," + d.L("email", d.email("person", f, l)) + d.T(f",⟨ph:{d.r.choice(['se', 'pl', 'es', 'fi'])}⟩,{d.r.choice(['LinkedIn', 'Career site', 'Referral'])},{d.r.choice(['Applied', 'Phone screen', 'Interview'])},") + dob + ",2026-01-1" + str(d.r.randint(0, 9)))
    return "\n".join(rows) + "\n"
