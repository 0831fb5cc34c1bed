"""Indian KYC carriers: UIDAI offline e-KYC, QR, bank forms, CKYC/KRA,
DigiLocker, DBT/APB, EPFO, telecom SIM KYC, hospital (ABHA/HL7/FHIR),
school admission, SMS, e-mail, chat, call-centre notes, e-Aadhaar letter,
Java/Python logs, SQL dumps."""
import base64
import json

import gen_core as C
from gen_core import R, pick, chance, digits


def b64blob(n):
    return C.rstr(n, C.B64)


def jdump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def careof(sex, father):
    return ("S/O: " if sex == "M" else pick(["D/O: ", "W/O: "])) + father


# ---------------------------------------------------------------------------
def ekyc_xml(d, i):
    f, l, sex = C.person("in")
    father = pick(C.IN_MALE) + " " + l
    raw = C.aadhaar()
    full = d.L("in-aadhaar", C.fmt_aadhaar(raw, pick(["space", "compact", "dash"])))
    dob = d.dob("dmy-")
    mob = d.ph("in", pick(["e164", "sp", "bare"]))
    mail = d.em(f, l)
    house, city, state, pin = C.addr_in()
    stamp = C.ts("%Y%m%d%H%M%S") + digits(3)
    ref = raw[-4:] + stamp
    created = C.ts("%Y-%m-%dT%H:%M:%S+05:30")
    co = ""
    if chance(0.5):
        cf, cl, csex = C.person("in")
        co = f"""  <CoApplicant relation="{pick(['SPOUSE', 'FATHER', 'MOTHER'])}">
    <Name>{cf} {l}</Name>
    <UID>{d.aad(pick(['dash', 'compact']))}</UID>
    <DateOfBirth>{d.dob('iso')}</DateOfBirth>
    <UIDMasked>{C.masked_aadhaar(None, 'XXXX-XXXX-')}</UIDMasked>
  </CoApplicant>
"""
    photo = "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64blob(180)
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- archived by okyc-service {C.version()} ; do not edit ; retention 8y per PMLA -->
<KycCase caseId="OKYC-{C.lookalike(9, '123456789')}" channel="OFFLINE_XML" createdAt="{created}" branch="{pick(['BLR-KRM', 'PNQ-KTJ', 'HYD-MDP', 'MUM-AND'])}">
  <Applicant>
    <AadhaarNumber>{full}</AadhaarNumber>
    <AadhaarMasked>{C.masked_aadhaar(raw, 'xxxxxxxx')}</AadhaarMasked>
    <ShareCode>{digits(4)}</ShareCode>
    <MobileDeclared>{mob}</MobileDeclared>
    <EmailDeclared>{mail}</EmailDeclared>
    <PAN>{C.pan()}</PAN>
  </Applicant>
{co}  <OfflinePaperlessKyc referenceId="{ref}">
    <UidData>
      <Poi dob="{dob}" e="{C.sha256()}" gender="{sex}" m="{C.sha256()}" name="{f} {l}"/>
      <Poa careof="{careof(sex, father)}" country="India" dist="{city}" house="{house.split(',')[0]}" landmark="" loc="{house.split(', ')[1]}" pc="{pin}" po="{city}" state="{state}" street="{house.split(', ')[1]}" subdist="{city}" vtc="{city}"/>
      <Pht>{photo}</Pht>
    </UidData>
    <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
      <SignedInfo>
        <CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
        <SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
        <Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms>
          <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
          <DigestValue>{b64blob(27)}=</DigestValue>
        </Reference>
      </SignedInfo>
      <SignatureValue>{b64blob(170)}==</SignatureValue>
    </Signature>
  </OfflinePaperlessKyc>
  <Verification status="{pick(['SIGNATURE_VALID', 'MATCHED'])}" refIdLast4="{raw[-4:]}" mobileHashMatch="true" verifiedAt="{C.ts('%Y-%m-%dT%H:%M:%S+05:30')}"/>
</KycCase>
"""


def qr_json(d, i):
    f, l, sex = C.person("in")
    raw = C.aadhaar()
    house, city, state, pin = C.addr_in()
    dob1 = d.dob("dmy-")
    ref = raw[-4:] + C.ts("%Y%m%d%H%M%S") + digits(3)
    f2, _, sex2 = C.person("in")
    legacy_uid = d.L("in-aadhaar", raw)
    dob2 = d.dob("dmy/")
    legacy = (f'<?xml version="1.0" encoding="UTF-8"?>\n<PrintLetterBarcodeData uid="{legacy_uid}" '
              f'name="{f2} {l}" gender="{sex2}" co="{careof(sex2, pick(C.IN_MALE) + " " + l)}" house="{house.split(",")[0]}" '
              f'street="{house.split(", ")[1]}" vtc="{city}" po="{city}" dist="{city}" state="{state}" pc="{pin}" dob="{dob2}"/>')
    obj = {
        "scanId": C.uuid(),
        "device": {"model": pick(["SM-A145F", "RMX3710", "CPH2591", "M2101K6P"]),
                   "sdk": "aadhaar-qr-sdk " + C.version()},
        "scannedAt": C.ts("%Y-%m-%dT%H:%M:%S.000Z"),
        "results": [
            {"qrType": "SECURE_QR_V2", "signatureValid": True,
             "decoded": {"referenceId": ref, "name": f"{f} {l}", "dob": dob1,
                         "gender": sex, "careOf": careof(sex, pick(C.IN_MALE) + " " + l),
                         "district": city, "landmark": "", "house": house.split(",")[0],
                         "location": house.split(", ")[1], "pincode": pin, "postOffice": city,
                         "state": state, "street": house.split(", ")[1],
                         "subDistrict": city, "vtc": city,
                         "mobileHash": C.sha256(), "emailHash": C.sha256(),
                         "aadhaarLast4": raw[-4:], "photo": "/9j/4AAQSkZJRg" + b64blob(60)}},
            {"qrType": "LEGACY_XML", "signatureValid": None,
             "warning": "legacy QR carries the full UID; store masked only",
             "raw": legacy},
        ],
        "storedUid": C.masked_aadhaar(raw, "XXXXXXXX"),
        "agentMobile": d.ph("in", "e164"),
    }
    return jdump(obj)


# ---------------------------------------------------------------------------
def account_form(d, i):
    f, l, sex = C.person("in")
    father = pick(C.IN_MALE)
    bank = pick([("NIRMAN CO-OPERATIVE BANK LTD.", "NIRM"), ("Kaveri Grameen Bank", "KAVG"),
                 ("Suvidha Small Finance Bank", "SUVI")])
    house, city, state, pin = C.addr_in()
    raw = C.aadhaar()
    sp = d.L("in-aadhaar", C.fmt_aadhaar(raw, "space"))
    compact = d.L("in-aadhaar", raw) if chance(0.6) else C.masked_aadhaar(raw, "XXXXXXXX")
    appdate = C.other_date("dmy/", 2022, 2025)
    nf, _, nsex = C.person("in")
    rel, ny0, ny1 = pick([("Spouse", 1950, 2000), ("Son", 1985, 2015), ("Daughter", 1985, 2015), ("Mother", 1935, 1970)])
    nominee_dob = d.dob(pick(["dmy-", "dmy/", "d mon y"]), ny0, ny1)
    vidv = C.vid()
    card = d.card("rupay") if chance(0.5) else "6070 XXXX XXXX " + digits(4)
    land = d.ph("in-land")
    lines = f"""{bank[0]}                                   Form AOF-IND/{R.randint(2021, 2024)}-{R.randint(22, 25)}
ACCOUNT OPENING FORM - INDIVIDUALS  (Savings / Current / Aadhaar-seeded)
Branch : {city} Main (IFSC {bank[1]}0{digits(6)})          Date : {appdate}
Customer ID (office use): {C.lookalike(9, '123456789')}      Account Type: {pick(['SB-GEN', 'SB-BSBD', 'SB-SAL', 'CA-IND'])}
------------------------------------------------------------------------------
A. PERSONAL DETAILS
 1. Name (as in Aadhaar)   : {'Mr.' if sex == 'M' else 'Ms.'} {f} {father} {l}
 2. Father's/Spouse's Name : {father} {l}
 3. Date of Birth          : {d.dob('dmy/')}            Gender: {'Male' if sex == 'M' else 'Female'}
 4. Marital Status         : {pick(['Married', 'Single', 'Widowed'])}
 5. PAN / Form 60          : {C.pan()}
 6. Aadhaar Number         : {sp}
    (Virtual ID, if given) : {vidv}
 7. Occupation             : {pick(['Salaried - Pvt', 'Self-employed', 'Farmer', 'Homemaker', 'Student'])}
 8. Annual Income          : Rs. {pick(['2,50,000', '5,00,000', '9,60,000', '12,00,000'])}

B. CONTACT DETAILS
 Mobile (registered with Aadhaar) : {d.ph('in', pick(['sp', 'grp', 'dash']))}
 Landline (with STD)              : {land}
 E-mail                           : {d.em(f, l)}

C. ADDRESS (as per Aadhaar / OVD)
 {house}, {city}, {state} - {pin}
 Proof of address: Aadhaar (e-KYC)   Masked copy retained: {C.masked_aadhaar(raw, 'XXXX XXXX ')}

D. NOMINATION (DA-1)
 Nominee : {nf} {l}    Relationship: {rel}
 Nominee Date of Birth: {nominee_dob}   (if minor, guardian details below)
 Nominee Aadhaar (masked): {C.masked_aadhaar(None, 'XXXX XXXX ')}

E. SERVICES REQUESTED
 [x] RuPay Debit Card   card no. issued: {card}
 [x] SMS alerts to registered mobile   [x] UPI   [ ] Cheque book
 [x] Aadhaar seeding for DBT (NPCI mapper)

F. DECLARATION & CONSENT (Aadhaar Act, 2016 s.8)
 I, {f} {l}, holder of Aadhaar No. {compact}, voluntarily submit my Aadhaar
 number and consent to authentication with UIDAI for e-KYC and to seeding it
 to this account for receiving DBT benefits. I understand that my Aadhaar
 number will not be used for any other purpose.
 e-KYC txn: UKC:{bank[1]}:{C.ts('%Y%m%d%H%M%S')}   auth: OTP   response code: {C.rstr(32, C.HEX)}
 Place: {city}                 Date: {appdate}        Signature / LTI: ____________

FOR BANK USE ONLY
 CIF created: {C.lookalike(9, '123456789')}   A/c no. allotted: {C.in_account()}   Welcome kit: WK{digits(8)}
 KYC risk category: {pick(['LOW', 'MEDIUM'])}   Verified by: EMP{digits(5)}   Date: {C.other_date('dmy/', 2022, 2025)}
 Do not photocopy the Aadhaar - store only the masked number ({C.masked_aadhaar(raw, 'XXXXXXXX')}).
"""
    return lines


# ---------------------------------------------------------------------------
def ckyc_upload(d, i):
    fi = f"IN{digits(4)}"
    n = R.randint(5, 7)
    recs = []
    for k in range(n):
        f, l, sex = C.person("in")
        house, city, state, pin = C.addr_in()
        raw = C.aadhaar()
        dobv = d.dob("dmy-")
        mob = d.ph("in", "bare")
        mail = d.em(f, l) if chance(0.7) else ""
        idrec = (f"30|{k + 1}|E|{C.masked_aadhaar(raw, 'XXXXXXXX')}|||01|"
                 if chance(0.5) else f"30|{k + 1}|E|{d.L('in-aadhaar', raw)}|||01|")
        recs.append("\n".join([
            f"20|{k + 1}|01|{C.lookalike(14, '123456789') if chance(0.3) else ''}|{pick(['Mr', 'Ms', 'Mrs'])}|{f.upper()}||{l.upper()}|"
            f"Mr|{pick(C.IN_MALE).upper()}||{l.upper()}|{sex}|{pick(['01', '02'])}|{dobv}|IN|01|{C.pan()}|",
            f"40|{k + 1}|01|{house}|{city}|{city}|{state[:2].upper()}|{pin}|IN|Y|",
            f"50|{k + 1}|+91|{mob}|{mail}|",
            idrec,
            f"30|{k + 1}|C|{C.pan()}|||01|",
            f"60|{k + 1}|{C.other_date('dmy-', 2023, 2025)}|{city}|01|EMP{digits(5)}|{pick(['OFFICER', 'MANAGER'])}|{fi}|"]))
    hdr = f"10|{fi}|{pick(['BR001', 'BR017', 'HO'])}|{C.ts('%d-%m-%Y')}|V1.3|{n:05d}|{C.lookalike(10, '12345')}|"
    note = ("# CKYC bulk upload (CERSAI) - record types: 10 header, 20 individual, 30 id,\n"
            "# 40 address, 50 contact, 60 KYC verification. Aadhaar id type 'E' must be\n"
            "# masked (last 4 only) - rows with the full 12 digits are REJECTED by CKYCRR.\n")
    return note + hdr + "\n" + "\n".join(recs) + "\n99|END|\n"


def kra_csv(d, i):
    rows = ["APP_PAN_NO,APP_NAME,APP_GEN,APP_DOB_DT,APP_UID_NO,APP_MOB_NO,APP_EMAIL,"
            "APP_COR_CITY,APP_KYC_DATE,APP_STATUS,APP_UPDT_DT,APP_REMARKS"]
    for k in range(R.randint(8, 11)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        uid = d.L("in-aadhaar", raw) if chance(0.65) else C.masked_aadhaar(raw, "XXXXXXXX")
        mob = d.ph("in", pick(["bare", "bare", "e164"]))
        mail = d.em(f, l)
        _, city, _, _ = C.addr_in()
        rows.append(",".join([C.pan(), f"{f.upper()} {l.upper()}", sex, d.dob("dmy/"), uid, mob,
                              mail, city.upper(), C.other_date("dmy/", 2010, 2024),
                              pick(["KYC REGISTERED", "ON HOLD", "KYC VALIDATED"]),
                              C.other_date("dmy/", 2023, 2025),
                              pick(["", "AADHAAR SEEDED", "MOBILE NOT VERIFIED", "PAN-AADHAAR LINKED"])]))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------------------
def digilocker_json(d, i):
    f, l, sex = C.person("in")
    raw = C.aadhaar()
    obj = {
        "digilockerid": C.uuid(),
        "name": f"{f} {l}",
        "dob": d.dob("dmyc"),
        "gender": sex,
        "eaadhaar": "Y",
        "photo_sha256": C.sha256(),
        "mobile": d.ph("in", "bare"),
        "email": d.em(f, l) if chance(0.6) else None,
        "issued_documents": [
            {"name": "Aadhaar Card", "type": "file", "size": "", "date": C.other_date("dmy-", 2019, 2024),
             "parent": "", "mime": ["application/xml", "application/pdf"],
             "uri": "in.gov.uidai-ADHAR-" + C.rstr(32, C.HEX), "doctype": "ADHAR",
             "description": "Aadhaar Card", "issuerid": "in.gov.uidai",
             "issuer": "Aadhaar, Unique Identification Authority of India"},
            {"name": "PAN Verification Record", "type": "file", "date": C.other_date("dmy-", 2019, 2024),
             "mime": ["application/pdf"], "uri": "in.gov.pan-PANCR-" + C.pan(),
             "doctype": "PANCR", "issuerid": "in.gov.pan", "issuer": "Income Tax Department"},
            {"name": "Driving License", "type": "file", "date": C.other_date("dmy-", 2016, 2024),
             "mime": ["application/pdf"],
             "uri": f"in.gov.transport-DRVLC-{pick(['KA', 'MH', 'DL', 'TN'])}{digits(2)}{digits(4, '12')}{digits(7)}",
             "doctype": "DRVLC", "issuerid": "in.gov.transport", "issuer": "Ministry of Road Transport"},
        ],
        "app_context": {
            "journey": pick(["loan-onboarding", "demat-open", "insurance-proposal"]),
            "consent_ts": C.ts("%Y-%m-%dT%H:%M:%S+05:30"),
            "aadhaar_number": d.L("in-aadhaar", raw) if chance(0.7) else d.L("in-aadhaar", C.fmt_aadhaar(raw, "space")),
            "aadhaar_masked": C.masked_aadhaar(raw, "xxxxxxxx"),
            "access_token_expires_in": 3600,
            "redirect": "/onboarding/step-3",
        },
    }
    if chance(0.5):
        gf, _, gs = C.person("in")
        obj["app_context"]["guardian"] = {"name": f"{gf} {l}", "relation": "FATHER",
                                          "AadhaarNumber": d.aad("dash"),
                                          "date_of_birth": d.dob("iso", 1940, 1975)}
    return jdump(obj)


# ---------------------------------------------------------------------------
def dbt_csv(d, i):
    scheme = pick([("PMKSN", "PM-KISAN"), ("NSAPO", "IGNOAPS Old Age Pension"),
                   ("PMMVY", "PM Matru Vandana"), ("SCHOL", "Post-Matric Scholarship")])
    rows = [f"# PFMS beneficiary payment file - scheme {scheme[1]} ({scheme[0]}) - batch {C.lookalike(10, '12345')}",
            f"# generated {C.ts('%d/%m/%Y %H:%M')} by DBT cell, {pick(C.IN_PLACES)[0]} district",
            "SNo,Beneficiary_Name,Father_Husband_Name,Gender,DOB,Aadhaar_No,Aadhaar_Seeding,Mobile_No,"
            "Bank_IIN,IFSC,Account_No,Amount,Payment_Mode,UTR_No,Status,Credit_Date"]
    y0, y1 = {"PMKSN": (1945, 1995), "NSAPO": (1935, 1963), "PMMVY": (1988, 2004), "SCHOL": (1999, 2007)}[scheme[0]]
    for k in range(R.randint(10, 14)):
        f, l, sex = C.person("in", "F" if scheme[0] == "PMMVY" else None)
        raw = C.aadhaar()
        mode = pick(["APB", "APB", "NEFT"])
        seeded = pick(["SEEDED", "SEEDED", "NOT SEEDED", "INACTIVE"])
        if seeded == "NOT SEEDED":
            uid = ""
        elif chance(0.2):
            uid = C.masked_aadhaar(raw, "XXXXXXXX")
        else:
            uid = d.L("in-aadhaar", raw)
        mob = d.ph("in", "bare") if chance(0.8) else ""
        status = pick(["SUCCESS", "SUCCESS", "SUCCESS", "FAILED-ACCOUNT CLOSED", "PENDING"])
        rows.append(",".join([str(k + 1), f"{f} {l}", pick(C.IN_MALE) + " " + l, sex,
                              d.dob(pick(["dmy-", "dmy/"]), y0, y1), uid, seeded, mob,
                              C.lookalike(6, "56") if mode == "APB" else "",
                              "" if mode == "APB" else C.ifsc(),
                              "" if mode == "APB" else C.in_account(),
                              pick(["2000.00", "1000.00", "5000.00", "3000.00", "500.00"]), mode,
                              C.utr() if status == "SUCCESS" else "",
                              status, C.other_date("dmy-", 2023, 2025) if status == "SUCCESS" else ""]))
    return "\n".join(rows) + "\n"


def apb_fixed(d, i):
    lines = []
    batch = C.lookalike(10, "12345")
    fdate = C.ts("%Y%m%d")
    spon = C.lookalike(9, "56")
    lines.append(f"33 {spon} {'DBT CELL ' + pick(C.IN_PLACES)[0].upper():<40} {fdate} {batch} {'APBCR':<8} H")
    tot = 0
    n = R.randint(9, 13)
    for k in range(n):
        f, l, _ = C.person("in")
        raw = C.aadhaar()
        amt = R.choice([100000, 200000, 150000, 50000])
        tot += amt
        uid = d.L("in-aadhaar", raw)
        lines.append(f"77 {C.lookalike(6, '56'):<9} {uid:<15} {(f + ' ' + l).upper():<40} "
                     f"{amt:013d} {pick(['PMKSN', 'NSAPO', 'LPGDB']):<8} {C.lookalike(10, '12345')} "
                     f"{k + 1:06d} D")
    lines.append(f"99 {n:09d} {tot:015d} {'':<40} {fdate} {batch} T")
    hdr = ("* NPCI APB credit file (fixed width, single spaces between fields for readability)\n"
           "* 77-record: dest IIN(9) Aadhaar(15) name(40) amount-paise(13) scheme(8) userref(10) seq(6)\n")
    return hdr + "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
def epfo_csv(d, i):
    est = f"{pick(['MH', 'KN', 'TN', 'DL', 'AP'])}{pick(['BAN', 'PUN', 'CHE', 'HYD'])}{digits(7)}000"
    rows = [f"Establishment ID: {est}   Report: KYC Pending for Approval   Downloaded: {C.ts('%d-%b-%Y %H:%M')}",
            "UAN,MEMBER_ID,MEMBER_NAME,FATHER_HUSBAND_NAME,GENDER,DOB,DOJ_EPF,AADHAAR,NAME_AS_PER_AADHAAR,"
            "PAN,BANK_AC_NO,IFSC,MOBILE,EMAIL,KYC_STATUS"]
    for k in range(R.randint(8, 12)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        uan = "10" + C.lookalike(10, "0123456789")
        aad = d.L("in-aadhaar", raw) if chance(0.8) else C.masked_aadhaar(raw, "XXXXXXXX")
        rows.append(",".join([uan, f"{est}{digits(7)}", f"{f.upper()} {l.upper()}",
                              f"{pick(C.IN_MALE).upper()} {l.upper()}", sex, d.dob("dmy/", 1960, 2004),
                              C.other_date("dmy/", 2008, 2025), aad, f"{f.upper()} {l.upper()}",
                              C.pan() if chance(0.7) else "", C.in_account(), C.ifsc(),
                              d.ph("in", "bare"), d.em(f, l) if chance(0.5) else "",
                              pick(["PENDING_EMPLOYER", "DIGITALLY_APPROVED", "REJECTED-NAME MISMATCH"])]))
    return "\n".join(rows) + "\n"


def epfo_json(d, i):
    f, l, sex = C.person("in")
    raw = C.aadhaar()
    hist = []
    for k in range(R.randint(2, 3)):
        hist.append({"memberId": f"{pick(['MHBAN', 'KNBLR', 'TNMAS'])}{digits(7)}000{digits(7)}",
                     "establishment": pick(["Globex Logistics Pvt Ltd", "Initech Software Services LLP",
                                            "Kaveri Textiles Ltd", "Suvidha Telecom Services"]),
                     "dateOfJoining": C.other_date("dmy/", 2005, 2022),
                     "dateOfExit": C.other_date("dmy/", 2010, 2024) if k else None,
                     "reasonOfExit": "CESSATION (SHORT SERVICE)" if k else None})
    obj = {"status": 200, "message": "success", "data": {
        "uan": "10" + C.lookalike(10, "0123456789"),
        "name": f"{f.upper()} {l.upper()}",
        "fatherOrHusbandName": f"{pick(C.IN_MALE).upper()} {l.upper()}",
        "dateOfBirth": d.dob(pick(["dmy/", "d-MON-y", "d mon y"]), 1962, 2003),
        "gender": sex,
        "mobileNumber": d.ph("in", "bare"),
        "emailId": d.em(f, l),
        "kyc": [{"documentType": "AADHAAR", "documentNumber": d.aad(pick(["compact", "space"])),
                 "nameAsPerDocument": f"{f.upper()} {l.upper()}", "verifiedBy": "UIDAI",
                 "approvedOn": C.other_date("dmy/", 2017, 2024)},
                {"documentType": "PAN", "documentNumber": C.pan(), "verifiedBy": "NSDL",
                 "approvedOn": C.other_date("dmy/", 2017, 2024)},
                {"documentType": "BANK", "documentNumber": C.in_account(), "ifsc": C.ifsc(),
                 "approvedOn": C.other_date("dmy/", 2017, 2024)}],
        "aadhaarVerifiedWithDemographics": True,
        "serviceHistory": hist,
        "lastLogin": C.ts("%Y-%m-%dT%H:%M:%S"),
    }}
    return jdump(obj)


# ---------------------------------------------------------------------------
def imei():
    while True:
        b = pick(["35", "86", "35"]) + digits(12)
        s = b + C.luhn_digit(b)
        if C.digits_safe(s):
            return s


def sim_kyc_log(d, i):
    clk = C.Clock()
    lines = []
    retailer = f"RTL-{pick(['KA', 'MH', 'UP', 'TN'])}-{digits(6)}"
    for k in range(R.randint(3, 4)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        th = f"ekyc-worker-{R.randint(1, 8)}"
        txn = "SIMKYC" + clk.t.strftime("%Y%m%d") + C.lookalike(9, "123456789")
        msisdn = d.ph("in", pick(["cc", "e164", "cc"]))
        uid_style = pick(["dash", "compact", "space"])
        uid = d.L("in-aadhaar", C.fmt_aadhaar(raw, uid_style))
        iccid = "8991" + digits(2) + C.lookalike(13, "0123456789") + digits(1)
        imsi = "404" + pick(["45", "10", "86", "20"]) + digits(10)
        lines += [
            f"{clk.fmt(ms=True)} INFO  [{th}] c.s.pos.SimOnboardController - start retailer={retailer} txn={txn} msisdn={msisdn} plan=PREPAID_{pick(['199', '239', '299'])}",
            f"{clk.fmt()} INFO  [{th}] c.s.pos.AadhaarCapture - consent=Y mode={pick(['BIO_FMR', 'FACE', 'OTP'])} uid={uid} device=MFS110 rdsVer={C.version()}",
            f"{clk.fmt()} DEBUG [{th}] c.s.kua.KuaClient - POST https://kua.suvidhatelecom.in/ekyc/2.5 ac=public sa=STLPOS lk=**** txn=UKC:{txn}",
            f"{clk.fmt(lo=1, hi=4)} INFO  [{th}] c.s.kua.KuaClient - response ret=Y code={C.rstr(32, C.HEX)} ts={clk.t.strftime('%Y-%m-%dT%H:%M:%S')} err=NA",
            f"{clk.fmt()} DEBUG [{th}] c.s.kua.KycMapper - poi{{name={f} {l}, dob={d.dob('dmy-')}, gender={sex}}} poa{{co={careof(sex, pick(C.IN_MALE) + ' ' + l)}, pc={C.addr_in()[3]}}}",
            f"{clk.fmt()} INFO  [{th}] c.s.activation.SimActivation - iccid={iccid} imsi={imsi} imei={imei()} status=PENDING_TVC",
        ]
        if chance(0.6):
            lines.append(f"{clk.fmt()} INFO  [{th}] c.s.activation.TvcScheduler - tele-verification call to alt number {d.ph('in', pick(['sp', 'nat0']))} scheduled; customer uid stored as {C.masked_aadhaar(raw, 'XXXXXXXX')}")
        if chance(0.4):
            lines += [f"{clk.fmt()} WARN  [{th}] c.s.pos.DedupeCheck - connections against uid XXXX-XXXX-{raw[-4:]} = {R.randint(2, 9)} (limit 9, TAF)",
                      f"{clk.fmt()} ERROR [{th}] c.s.audit.AuditWriter - failed to write audit row",
                      "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '" + C.bad_aadhaar() + "-" + clk.t.strftime('%Y%m%d') + "' for key 'uk_uid_day'",
                      "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:117)",
                      "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:916)",
                      "\tat com.suvidha.audit.AuditWriter.write(AuditWriter.java:88)"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
def abha_number():
    return f"91-{digits(4)}-{digits(4)}-{digits(4)}"


def abha_json(d, i):
    f, l, sex = C.person("in")
    raw = C.aadhaar()
    house, city, state, pin = C.addr_in()
    dobv_d = C.dob("dmy-", 1950, 2010)
    d.L("date-of-birth", dobv_d)
    obj = {
        "registration": {
            "uhid": f"SRH{C.lookalike(8, '123456789')}",
            "registeredAt": C.ts("%Y-%m-%dT%H:%M:%S+05:30"),
            "counter": f"OPD-REG-{R.randint(1, 9)}",
            "patient": {"fullName": f"{f} {l}", "gender": sex, "dob": dobv_d,
                        "ageYears": None, "mobile": d.ph("in", pick(["bare", "e164"])),
                        "aadhaar_no": d.L("in-aadhaar", C.fmt_aadhaar(raw, pick(["compact", "space"]))),
                        "idProofType": "AADHAAR", "bloodGroup": pick(["B+", "O+", "A+", "AB-"]),
                        "emergencyContact": {"name": pick(C.IN_MALE + C.IN_FEMALE) + " " + l,
                                             "relation": pick(["Spouse", "Son", "Brother"]),
                                             "phone": d.ph("in", pick(["sp", "grp"]))}},
        },
        "abdm": {
            "request": {"method": "POST", "path": "/v3/enrollment/enrol/byAadhaar",
                        "txnId": C.uuid(), "authMethods": ["otp"],
                        "loginId": base64.b64encode(C.rstr(180).encode()).decode()[:240]},
            "response": {
                "message": "Account created successfully", "txnId": C.uuid(),
                "ABHAProfile": {
                    "firstName": f, "middleName": "", "lastName": l, "dob": dobv_d, "gender": sex,
                    "mobile": None, "email": None,
                    "phrAddress": [f"{f.lower()}.{l.lower()}{R.randint(10, 99)}@abdm"],
                    "address": f"{house}, {city}", "districtName": city, "stateName": state,
                    "pinCode": pin, "abhaType": "STANDARD", "stateCode": digits(2),
                    "districtCode": digits(3), "ABHANumber": abha_number(), "abhaStatus": "ACTIVE"},
                "isNew": True},
        },
        "consentArtefact": {"id": C.uuid(), "purpose": "CAREMGT", "hiTypes": ["OPConsultation", "Prescription"],
                            "dateRange": {"from": C.other_date("iso", 2020, 2023), "to": C.other_date("iso", 2024, 2025)}},
    }
    return jdump(obj)


def hl7_adt(d, i):
    out = []
    for k in range(R.randint(2, 3)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        house, city, state, pin = C.addr_in()
        now = C.ts("%Y%m%d%H%M%S")
        mob = C.phone("in", "bare")
        d.L("phone", mob)
        kin_mob = C.phone("in", "bare")
        d.L("phone", kin_mob)
        kf, _, _ = C.person("in")
        mail = d.em(f, l) if chance(0.5) else ""
        uidfield = d.L("in-aadhaar", raw)
        out += [
            f"MSH|^~\\&|HMIS|SHREERAM^HOSP|ABDM-HIU|NHA|{now}||ADT^A04^ADT_A01|MSG{C.lookalike(9, '12345')}|P|2.5.1",
            f"EVN|A04|{now}",
            f"PID|1||SRH{C.lookalike(8, '123456789')}^^^SRH^MR~{uidfield}^^^UIDAI^NI~{abha_number()}^^^ABDM^HC||{l.upper()}^{f.upper()}||"
            f"{d.dob('ymd', 1940, 2012)}|{sex}|||{house}^^{city}^{state}^{pin}^IND||^PRN^CP^^91^{mob}"
            + (f"~^NET^Internet^{mail}" if mail else "") + "|||||||||||||",
            f"NK1|1|{l.upper()}^{kf.upper()}|{pick(['SPO^Spouse', 'CHD^Child', 'FTH^Father', 'MTH^Mother'])}^HL70063||^PRN^CP^^91^{kin_mob}",
            f"PV1|1|O|OPD^{R.randint(1, 30)}^^SRH||||D{digits(4)}^{pick(C.IN_LAST).upper()}^{pick(C.IN_MALE).upper()}|||MED||||1|||||V{C.lookalike(9, '123456789')}|||||||||||||||||||||||||{now}",
            "",
        ]
    return "\r".join(out).rstrip("\r") + "\r", "\n"


def fhir_patient(d, i):
    f, l, sex = C.person("in")
    raw = C.aadhaar()
    house, city, state, pin = C.addr_in()
    obj = {
        "resourceType": "Bundle", "id": C.uuid(), "type": "collection",
        "timestamp": C.ts("%Y-%m-%dT%H:%M:%S+05:30"),
        "entry": [{
            "fullUrl": "urn:uuid:" + C.uuid(),
            "resource": {
                "resourceType": "Patient", "id": C.uuid(),
                "meta": {"versionId": "1", "lastUpdated": C.ts("%Y-%m-%dT%H:%M:%S+05:30"),
                         "profile": ["https://nrces.in/ndhm/fhir/r4/StructureDefinition/Patient"]},
                "identifier": [
                    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR",
                                          "display": "Medical record number"}]},
                     "system": "https://shreeramhospitals.org/mrn", "value": "SRH" + C.lookalike(8, "123456789")},
                    {"type": {"coding": [{"system": "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code",
                                          "code": "ADN", "display": "Adhaar number"}]},
                     "system": "https://uidai.gov.in", "value": d.L("in-aadhaar", C.fmt_aadhaar(raw, pick(["dash", "compact"])))},
                    {"type": {"coding": [{"system": "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code",
                                          "code": "ABHA", "display": "ABHA number"}]},
                     "system": "https://healthid.abdm.gov.in", "value": abha_number()},
                ],
                "name": [{"text": f"{f} {l}", "family": l, "given": [f]}],
                "telecom": [{"system": "phone", "value": d.ph("in", "e164"), "use": "mobile"},
                            {"system": "email", "value": d.em(f, l), "use": "home"}],
                "gender": "male" if sex == "M" else "female",
                "birthDate": d.dob("iso", 1940, 2015),
                "address": [{"line": [house], "city": city, "state": state, "postalCode": pin, "country": "IN"}],
            }},
            {"fullUrl": "urn:uuid:" + C.uuid(),
             "resource": {"resourceType": "Encounter", "id": C.uuid(), "status": "finished",
                          "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                          "period": {"start": C.ts("%Y-%m-%dT%H:%M:%S+05:30"), "end": C.ts("%Y-%m-%dT%H:%M:%S+05:30")}}}],
    }
    return jdump(obj)


# ---------------------------------------------------------------------------
def school_form(d, i):
    f, l, sex = C.person("in")
    ff = pick(C.IN_MALE)
    mf = pick(C.IN_FEMALE)
    house, city, state, pin = C.addr_in()
    cls = pick(["Nursery", "LKG", "I", "II", "V", "VIII", "XI (Science)"])
    stud_style = pick(["dmy/", "dmy-", "d month y"])
    sdob = C.dob(stud_style, 2007, 2020)
    d.L("date-of-birth", sdob)
    father_aad = d.aad(pick(["space", "compact"]))
    mother_aad = d.aad(pick(["space", "dash"])) if chance(0.7) else "applied for (EID " + f"{digits(4)}/{digits(5)}/{digits(5)}" + ")"
    return f"""SAHYADRI PUBLIC SCHOOL, {city.upper()}  (Affiliated to CBSE, No. {digits(7)})
APPLICATION FOR ADMISSION - Session {R.randint(2023, 2025)}-{R.randint(24, 26)}         Form No. {C.lookalike(6, '123456789')}

1. Name of the student       : {f} {l}
2. Class to which admission  : {cls}
3. Date of Birth (in figures): {sdob}
   (as per birth certificate, Reg. No. {R.randint(2007, 2020)}/{pick(['BBMP', 'PMC', 'GHMC', 'MCD'])}/{digits(6)})
4. Gender                    : {'Boy' if sex == 'M' else 'Girl'}
5. Student Aadhaar / UID No. : {d.aad(pick(['space', 'compact', 'dash']))}
6. APAAR ID / PEN            : {C.lookalike(12, '23456789')} / {C.lookalike(11, '123456789')}
7. Blood group               : {pick(['A+', 'B+', 'O+', 'O-'])}       Mother tongue: {pick(['Kannada', 'Marathi', 'Hindi', 'Tamil', 'Telugu'])}

PARENT / GUARDIAN DETAILS              Father                      Mother
 Name                                  {ff} {l:<22}{mf} {l}
 Aadhaar                               {father_aad:<28}{mother_aad}
 Mobile                                {d.ph('in', 'bare'):<28}{d.ph('in', pick(['grp', 'sp']))}
 E-mail                                {d.em(ff, l):<28}{d.em(mf, l) if chance(0.6) else '-'}
 Occupation                            {pick(['Engineer', 'Business', 'Govt. service', 'Farmer']):<28}{pick(['Teacher', 'Homemaker', 'Nurse', 'Accountant'])}

Residential address: {house}, {city}, {state} {pin}
Previous school: {pick(['Little Flower Convent', 'Kendriya Vidyalaya No. 2', 'St. Joseph High School'])}, TC No. {digits(5)} dated {C.other_date('dmy/', 2022, 2025)}
Sibling in school: {pick(['No', 'Yes - Adm. No. ' + digits(5)])}

Documents enclosed: [x] Birth certificate  [x] Aadhaar (student)  [x] Aadhaar (parent)  [ ] Caste certificate
Date of application: {C.other_date('dmy/', 2023, 2025)}       Interaction on: {C.other_date('d mon y', 2023, 2025)}
Fee receipt no.: SPS/{digits(4)}/{digits(5)}   Amount: Rs. {pick(['15,500', '22,000', '31,750'])}   UPI ref: {C.utr()}
(Note for office: enter only the last four digits of Aadhaar in the register - XXXX XXXX {digits(4)})
"""


def school_csv(d, i):
    rows = ["Adm_No,Student_Name,Gender,DOB,Class,Student_Aadhaar,Name_As_Per_Aadhaar,Father_Name,Mother_Name,"
            "Parent_Mobile,Parent_Email,Admission_Date,PEN,APAAR_ID,Remarks"]
    for k in range(R.randint(9, 12)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        aad = d.L("in-aadhaar", raw) if chance(0.75) else ""
        rows.append(",".join([str(2400 + R.randint(1, 800)), f"{f} {l}", sex,
                              d.dob(pick(["dmy/", "iso"]), 2006, 2020), pick(["I", "II", "III", "VI", "IX"]),
                              aad, f"{f.upper()} {l.upper()}" if aad else "", pick(C.IN_MALE) + " " + l,
                              pick(C.IN_FEMALE) + " " + l, d.ph("in", "bare"),
                              d.em(pick(C.IN_MALE), l) if chance(0.5) else "",
                              C.other_date("dmy/", 2022, 2025), C.lookalike(11, "123456789"),
                              C.lookalike(12, "23456789") if chance(0.7) else "",
                              pick(["", "Aadhaar pending", "UDISE updated", "RTE quota"])]))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------------------
def sms_backup(d, i):
    msgs = []
    clk = C.Clock()
    friend = C.phone("in", "e164")
    d.L("phone", friend)
    raw_self = C.aadhaar()
    for k in range(R.randint(9, 12)):
        kind = pick(["uidai_otp", "pan_link", "bank_seed", "gst", "friend", "friend", "epfo", "dbt"])
        t = clk.tick(60, 86400)
        ms = C.epoch_ms(t)
        readable = t.strftime("%d-%b-%Y %I:%M:%S %p")
        if kind == "uidai_otp":
            addr, body = pick(["AX-UIDAIG", "VM-UIDAI"]), f"{digits(6)} is OTP for Aadhaar (XX{raw_self[-4:]}) to download Aadhaar. Valid for 10 mins. Do not share - UIDAI"
        elif kind == "pan_link":
            addr, body = "JD-ITDEPT", f"Your PAN {C.pan()} is now linked with Aadhaar XXXXXXXX{raw_self[-4:]}. Ref {C.lookalike(12, '23456789')}. -Income Tax Department"
        elif kind == "bank_seed":
            addr, body = pick(["AD-NIRMBK", "VK-KAVGBK"]), f"Dear Customer, Aadhaar no. {raw_self[:4]}XXXX{raw_self[-4:]} is successfully seeded to your A/c XX{digits(4)} on {C.other_date('dmy-', 2023, 2025)} for DBT. -Nirman Bank"
        elif kind == "gst":
            addr, body = "BP-GSTIND", f"Aadhaar authentication for GST registration ARN AA{digits(2)}{digits(6)}{digits(7)} is pending. Use link sent to your email. -GSTN"
        elif kind == "epfo":
            addr, body = "AD-EPFOHO", f"Dear {pick(C.IN_MALE)}, your Aadhaar ending {raw_self[-4:]} is seeded against UAN 10{C.lookalike(10, '0123456789')}. -EPFO"
        elif kind == "dbt":
            addr, body = "VM-PFMSGO", f"Rs.2000 credited to A/c XX{digits(4)} under PM-KISAN via APB, UTR {C.utr()}. Aadhaar XXXX{raw_self[-4:]}."
        else:
            addr = friend
            body = pick([
                lambda: f"Bhai mera aadhaar {d.aad('space')} hai, form me daal dena. DOB {d.dob('dmy/')}",
                lambda: f"Mummy ka aadhar no {d.aad('compact')}, naam spelling same rakhna",
                lambda: f"आधार नंबर {d.aad('space')} है, जन्म तिथि {d.dob(pick(['dmy-', 'hi']))}",
                lambda: f"Papa ka UID {d.aad('dash')} aur mobile {d.ph('in', 'grp')}",
                lambda: "OTP mat bhejna kisi ko, bank wale kabhi nahi maangte",
                lambda: f"Call me on {d.ph('in', 'sp')} after 6",
            ])()
        msgs.append(f'  <sms protocol="0" address="{addr}" date="{ms}" type="{pick(["1", "1", "2"]) if addr == friend else "1"}" '
                    f'subject="null" body="{C.xesc(body)}" toa="null" sc_toa="null" service_center="null" read="1" '
                    f'status="-1" locked="0" date_sent="{ms - R.randint(1000, 9000)}" sub_id="1" '
                    f'readable_date="{readable}" contact_name="{pick(["Ramesh Bhaiya", "Ammi", "(Unknown)", "Chintu"]) if addr == friend else "(Unknown)"}" />')
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
            f"<!--File Created By SMS Backup & Restore v10.{R.randint(10, 20)}.{R.randint(1, 9)} on {clk.t.strftime('%d/%m/%Y %H:%M:%S')}-->\n"
            f"<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>\n"
            f"<smses count=\"{len(msgs)}\" backup_set=\"{C.uuid()}\" backup_date=\"{C.epoch_ms(clk.t)}\" type=\"full\">\n"
            + "\n".join(msgs) + "\n</smses>\n")


def email_gst(d, i):
    f, l, sex = C.person("in")
    ca_f, ca_l, _ = C.person("in")
    user_mail = d.em(f, l)
    ca_mail = d.oem(pick(["office", "ca." + ca_l.lower(), "gst.filing", ca_f.lower()]),
                    pick(["kaveri-associates.in", "mehta-ca.co.in", "taxsahayak.in"]))
    date = C.ts("%a, %d %b %Y %H:%M:%S +0530")
    mx = R.randint(40, 80)
    boundary = "000000000000" + C.rstr(12, C.HEX)
    aad_sp = d.aad(pick(["space", "dash"]))
    dob = d.dob(pick(["d mon y", "dmy/", "month d, y", "d month y"]))
    mob = d.ph("in", pick(["sp", "grp", "dash"]))
    pan = C.pan()
    kind = pick(["gst", "panlink", "itr"])
    subj = {"gst": "GST registration - my documents", "panlink": "Re: PAN Aadhaar link failed - penalty paid",
            "itr": "ITR-1 AY 2024-25 details"}[kind]
    extra = ""
    if kind == "gst":
        pf, _, _ = C.person("in")
        extra = (f"Partner 2: {pf} {pick(C.IN_LAST)}, Aadhaar {d.aad('compact')}, DOB {d.dob('dmy-')},\n"
                 f"mobile {d.ph('in', 'bare')}, email {d.em(pf, pick(C.IN_LAST))}\n")
    elif kind == "panlink":
        extra = (f"Challan (ITNS 280) CIN: {digits(7)}{C.other_date('dmyc', 2024, 2025)}{digits(5)}\n"
                 f"The portal says 'Aadhaar XXXXXXXX{aad_sp[-4:]} is already linked with some other PAN'.\n")
    else:
        extra = (f"Form 16 from employer attached. Savings a/c {C.in_account()} ({C.ifsc()}).\n"
                 f"Rent receipts - landlord PAN {C.pan()}.\n")
    plain = f"""Hi {ca_f} ji,

As discussed on call, sharing my details:

Name      : {f} {l}
PAN       : {pan}
Aadhaar   : {aad_sp}
DOB       : {dob}
Mobile    : {mob}   (Aadhaar-linked, OTP will come here)
Email     : {user_mail}
{extra}
The OTP from UIDAI usually takes 2-3 mins. Please do not share the OTP
screenshots on the group.

Thanks,
{f}

On {C.ts('%a, %d %b %Y')} {ca_f} {ca_l} <{ca_mail}> wrote:
> Please send PAN, Aadhaar (masked is fine: XXXX XXXX 1234 style) and DOB.
> Our office number is {d.ph('in-land')}.
"""
    html = plain.replace(f"<{ca_mail}>", f"&lt;<a href=\"mailto:{ca_mail}\">{ca_mail}</a>&gt;")
    html = "\n".join(("&gt; " + ln[2:]) if ln.startswith("> ") else ln for ln in html.split("\n"))
    html = html.replace("\n", "<br>\n")
    return f"""Return-Path: <{user_mail}>
Received: from mail-pj1-f{mx}.google.com (mail-pj1-f{mx}.google.com [{C.ipv4_private()}])
	by mx.{ca_mail.split('@')[1]} with ESMTPS id {C.rstr(12, C.ALNUM)}
	for <{ca_mail}>; {date}
Message-ID: <CA+{C.rstr(40, C.B64URL)}@mail.gmail.com>
Date: {date}
From: {f} {l} <{user_mail}>
To: {ca_f} {ca_l} <{ca_mail}>
Subject: {subj}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{plain}
--{boundary}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr">{html}</div>

--{boundary}--
"""


def whatsapp(d, i):
    clk = C.Clock()
    names = [pick(["Ramesh Bhaiya", "Papa", "Chachu", "Sunita Didi"]), pick(["Priya", "Rohan", "Anjali", "Me"])]
    unsaved = d.ph("in", "sp")
    lines = [f"{clk.t.strftime('%d/%m/%y, %I:%M %p').lower()} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."]

    def say(who, text):
        lines.append(f"{clk.fmt('%d/%m/%y, %I:%M %p', ms=False, lo=20, hi=900).lower()} - {who}: {text}")
    a, b = names
    say(b, "form bharna hai scholarship ka, aadhaar number bhejo")
    say(a, "ruko card dhundta hu")
    say(a, d.aad("space"))
    say(a, f"DOB {d.dob(pick(['dmy/', 'dmy-']))} hai")
    say(b, "aur mummy ka?")
    say(a, f"आधार नंबर {d.aad('space')} है, जन्म तिथि {d.dob(pick(['dmy/', 'hi']))}")
    say(b, "mobile kaunsa link hai aadhaar se?")
    say(a, f"{d.ph('in', pick(['bare', 'grp']))} wala")
    say(b, f"OTP aaya {digits(6)} - ye kisi ko forward mat karna")
    say(a, "<Media omitted>")
    if chance(0.6):
        say(a, f"UPI pe {R.randint(2, 9)}00 bhej diya, ref {C.utr()}, id {pick(C.IN_MALE).lower()}.{pick(C.IN_LAST).lower()}@oksbi")
    say(b, f"portal bol raha 'Aadhaar {C.bad_aadhaar()[:4]} XXXX XXXX invalid' - ruko dubara try karti hu")
    lines.append(f"{clk.fmt('%d/%m/%y, %I:%M %p', ms=False).lower()} - {unsaved}: Namaste, main CSC centre se bol raha hu, biometric ke liye kal aana, Aadhaar original laana")
    say(b, f"ok. mera naya number {d.ph('in', pick(['bare', 'e164']))} save kar lo")
    if chance(0.7):
        say(a, f"Dadi ka bhi kar dena: aadhar {d.aad(pick(['compact', 'space']))}, janm tithi {d.dob('dmy/', 1930, 1955)}")
    say(b, "done 👍 acknowledgement no. " + f"{C.lookalike(14, '123456789')}")
    say(a, "Version update karo app ka, " + C.version() + " me bug hai")
    return "\n".join(lines) + "\n"


def callcentre(d, i):
    out = [f"=== CRM export: queue AADHAAR-SEEDING / DBT-HELPDESK  ({C.ts('%d-%b-%Y')})  ===", ""]
    for k in range(R.randint(3, 4)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        agent = f"{pick(C.IN_FEMALE + C.IN_MALE)[0]}. {pick(C.IN_LAST)} (EMP{digits(5)})"
        tid = f"CC-{R.randint(2023, 2025)}-{C.lookalike(6, '123456789')}"
        aad = C.fmt_aadhaar(raw, pick(["space", "compact", "dash"]))
        d.L("in-aadhaar", aad)
        body = pick([
            f"Customer says his Aadhaar {aad} is not reflecting in NPCI mapper. Checked: mapper shows IIN {C.lookalike(6, '56')} (old bank), last updated {C.other_date('iso', 2019, 2023)}.",
            f"Caller read out full aadhaar {aad} on call though IVR asked only last 4. Advised to submit seeding form at branch.",
            f"Wants LPG subsidy (DBTL) to come to new account. UID: {aad}. Explained consent form, mapper update takes 48h.",
            f"Pension not credited since {pick(['March', 'April', 'May'])}; beneficiary aadhaar {aad} shows INACTIVE in mapper.",
        ])
        out += [
            f"Ticket #{tid} | Channel: {pick(['Inbound call', 'Inbound call', 'Branch walk-in', 'IVR callback'])} | Agent: {agent} | Priority: P{R.randint(2, 4)}",
            f"Opened: {C.ts('%d/%m/%Y %H:%M')}   Caller: {'Mr.' if sex == 'M' else 'Mrs.'} {f} {l}",
            f"RMN: {d.ph('in', pick(['sp', 'nat0', 'dash']))} (OTP verified)   Alt: {d.ph('in', pick(['bare', 'grp'])) if chance(0.5) else C.fake_phone('uk-mob') + ' (test no., ignore)'}",
            f"DOB (verification): {d.dob(pick(['dmy-', 'dmy/', 'd mon y', 'iso', 'hi', 'mon d, y']))}   Last-4 verified: {raw[-4:]}",
            f"Notes: {body}",
            f"       IVR log shows uid as XXXX-XXXX-{raw[-4:]}; complaint ref CMP/{R.randint(2023, 2025)}/{digits(5)}; next follow-up {C.other_date('dmy/', 2024, 2025)}.",
            (f"Card hotlisted on request: {d.card(pick(['rupay', 'visa', 'mc']), pick(['space', 'compact']))} (customer read it out; replacement dispatched)"
             if chance(0.35) else f"Card: not discussed (masked on screen as XXXX XXXX XXXX {digits(4)})"),
            f"Status: {pick(['Resolved', 'Pending - branch', 'Escalated L2'])}",
            "",
        ]
    out.append(f"Helpline: 1800-{digits(3)}-{digits(4)} (toll free)  |  export by {pick(['qa_audit', 'ops_mis'])} v{C.version()}")
    return "\n".join(out) + "\n"


def eaadhaar_letter(d, i):
    f, l, sex = C.person("in")
    house, city, state, pin = C.addr_in()
    raw = C.aadhaar()
    masked = chance(0.25)
    if masked:
        show = f"xxxx xxxx {raw[-4:]}"
    else:
        show = d.L("in-aadhaar", C.fmt_aadhaar(raw, "space"))
    v = C.vid()
    dobv = d.dob("dmy/")
    enrol = f"{digits(4)}/{digits(5)}/{digits(5)}"
    issue = C.other_date("dmy/", 2012, 2020)
    dl = C.other_date("dmy/", 2021, 2025)
    mob = d.ph("in", "bare") if not masked and chance(0.5) else "XXXXXX" + digits(4)
    footer = ("help@uidai.gov.in  |  www.uidai.gov.in  |  1947" if i == 0 else "www.uidai.gov.in  |  1947")
    if i == 0:
        d.L("email", "help@uidai.gov.in")
    return f"""भारत सरकार
Government of India
भारतीय विशिष्ट पहचान प्राधिकरण
Unique Identification Authority of India

नामांकन क्रम / Enrolment No.: {enrol}

To
{f} {l}
{careof(sex, pick(C.IN_MALE) + ' ' + l)}
{house},
{city}, {state} - {pin}
Mobile: {mob}

                                                   {C.lookalike(10, '12345')}
आपका आधार क्रमांक / Your Aadhaar No. :

                     {show}
                 VID : {v}

                    मेरा आधार, मेरी पहचान

Issue Date: {issue}



भारत सरकार
Government of India

{f} {l}
जन्म तिथि/DOB: {dobv}
{'पुरुष/ MALE' if sex == 'M' else 'महिला/ FEMALE'}

                     {show}
                 VID : {v}
                    मेरा आधार, मेरी पहचान

सूचना / INFORMATION
■ आधार पहचान का प्रमाण है, नागरिकता का नहीं ।
■ Aadhaar is proof of identity, not of citizenship or date of birth.
  Date of birth must be verified with other documents.
■ Use Secure QR code / Offline XML / Online Authentication for verification.
■ This is electronically generated letter.

Download Date: {dl}
Signature Not Verified
Digitally signed by DS Unique Identification Authority of India 0{R.randint(1, 9)}
Date: {dl[6:]}.{dl[3:5]}.{dl[:2]} {C.ts('%H:%M:%S')} IST

{footer}
"""


def java_log(d, i):
    clk = C.Clock()
    app = pick(["kyc-service", "onboarding-api", "loan-origination"])
    lines = []
    for k in range(R.randint(4, 5)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        th = f"http-nio-8080-exec-{R.randint(1, 20)}"
        pid = R.randint(1000, 9999)
        trace = C.rstr(16, C.HEX)
        kind = pick(["tostring", "json", "exception", "param"])
        if kind == "tostring":
            msg = (f"Saving customer Customer{{id={R.randint(10000, 99999)}, name='{f} {l}', "
                   f"aadhaarNo='{d.aad(pick(['space', 'dash']))}', dob={d.dob('iso')}, "
                   f"mobile='{d.ph('in', 'sp')}', email='{d.em(f, l)}', pan='{C.pan()}'}}")
            lines.append(f"{clk.fmt()}  INFO {pid} --- [{th}] i.a.k.service.CustomerService   : [{trace}] {msg}")
        elif kind == "json":
            body = json.dumps({"aadhaarNumber": d.aad("compact"), "consent": "Y", "name": f"{f} {l}",
                               "dateOfBirth": d.dob("dmy-"), "mobile": d.ph("in", "bare"),
                               "requestId": C.uuid()})
            lines.append(f"{clk.fmt()} DEBUG {pid} --- [{th}] i.a.k.web.RequestLoggingFilter  : [{trace}] POST /api/v2/ekyc/init payload={body}")
            lines.append(f"{clk.fmt()}  INFO {pid} --- [{th}] i.a.k.client.UidaiClient        : [{trace}] OTP sent, txn={C.uuid()}, uid={C.masked_aadhaar(raw, 'XXXXXXXX')}")
        elif kind == "exception":
            a = d.aad("compact")
            lines += [f"{clk.fmt()} ERROR {pid} --- [{th}] o.a.c.c.C.[.[.[/].[dispatcherServlet]  : Servlet.service() for servlet [dispatcherServlet] threw exception",
                      f"in.acme.kyc.exception.AuaException: K-100 Resident authentication failed for uid {a} (ret=N, err=K-100, txn={C.uuid()})",
                      "\tat in.acme.kyc.client.AuaClient.authenticate(AuaClient.java:214)",
                      "\tat in.acme.kyc.service.EkycService.verify(EkycService.java:97)",
                      "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                      f"Caused by: java.lang.IllegalStateException: dob mismatch expected={d.dob('dmy-')} got={C.other_date('dmy-', 2001, 2006)}",
                      "\t... 87 common frames omitted"]
        else:
            dq = d.L("date-of-birth", C.urlq(C.dob("dmy/")))
            mq = d.L("phone", "%2B91" + C.phone("in", "bare"))
            lines.append(f"{clk.fmt()}  WARN {pid} --- [{th}] o.s.web.servlet.PageNotFound      : No mapping for GET /api/v1/customer?aadhaar={d.aad('compact')}&dob={dq}&mobile={mq}")
        if chance(0.5):
            lines.append(f"{clk.fmt()}  INFO {pid} --- [scheduling-1] i.a.k.job.PurgeJob                : purged {R.randint(10, 900)} rows older than {C.other_date('iso', 2016, 2018)}, build={C.version()} order={C.order_no()}")
    return "\n".join(lines) + "\n"


def python_log(d, i):
    clk = C.Clock()
    lines = []
    for k in range(R.randint(5, 7)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        lvl = pick(["INFO", "INFO", "WARNING", "ERROR", "DEBUG"])
        kind = pick(["dict", "fstr", "tb", "extra"])
        t = clk.fmt("%Y-%m-%d %H:%M:%S", ms=False).replace(" ", " ") + "," + digits(3)
        if kind == "dict":
            rec = {"aadhaar_no": d.aad(pick(["compact", "space"])), "dob": d.dob(pick(["iso", "dmy/"])),
                   "mobile": d.ph("in", pick(["e164", "bare"])), "name": f"{f} {l}", "status": "PENDING"}
            lines.append(f"{t} {lvl:<8} dbt.sync:{R.randint(20, 400)} upsert beneficiary {rec!r}")
        elif kind == "fstr":
            lines.append(f"{t} {lvl:<8} dbt.mapper:{R.randint(20, 400)} NPCI mapper lookup uid={d.aad('compact')} -> iin={C.lookalike(6, '56')} bank='{pick(['SBI', 'PNB', 'Kaveri Grameen'])}' last_seen={C.other_date('iso', 2018, 2024)}")
        elif kind == "tb":
            a = d.aad("compact")
            lines += [f"{t} ERROR    dbt.worker:{R.randint(20, 400)} payment failed for row {R.randint(1, 500)}",
                      "Traceback (most recent call last):",
                      '  File "/srv/dbt/worker.py", line 142, in process_row',
                      "    resp = apb.credit(uid=row['aadhaar'], amount=row['amount'])",
                      '  File "/srv/dbt/apb.py", line 77, in credit',
                      "    raise MapperError(f\"uid {uid} not seeded\")",
                      f"dbt.apb.MapperError: uid {a} not seeded"]
        else:
            lines.append(f"{t} {lvl:<8} api.audit:{R.randint(20, 400)} request_id={C.uuid()} path=/beneficiary/{d.aad('compact')} user=op_{pick(C.IN_LAST).lower()} ip={C.ipv4_private()} took={R.randint(20, 900)}ms")
        if chance(0.3):
            lines.append(f"{t} INFO     dbt.sync:{R.randint(20, 400)} masked for export: {C.masked_aadhaar(raw, 'XXXXXXXX')} (sha256={C.sha256hex(raw)[:16]}...)")
    return "\n".join(lines) + "\n"


def mysql_dump(d, i):
    tbl = pick(["customers", "kyc_applicants", "beneficiaries"])
    rows = []
    for k in range(R.randint(7, 10)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        aad = d.L("in-aadhaar", C.fmt_aadhaar(raw, pick(["compact", "compact", "space"])))
        mob = d.ph("in", pick(["bare", "e164"]))
        mail = f"'{d.em(f, l)}'" if chance(0.7) else "NULL"
        rows.append(f"({k + 1},'{f} {l}','{sex}','{d.dob('iso')}','{aad}','XXXXXXXX{raw[-4:]}','{mob}',{mail},"
                    f"'{C.pan()}','{C.ts()}','{C.ts()}')")
    return f"""-- MySQL dump 10.13  Distrib {pick(['8.0.36', '8.0.39', '5.7.44'])}, for Linux (x86_64)
--
-- Host: {C.ipv4_private()}    Database: {pick(['kyc_prod', 'onboarding', 'dbt_mis'])}
-- ------------------------------------------------------
-- Server version	{pick(['8.0.36', '8.0.39', '5.7.44'])}

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `{tbl}`
--

DROP TABLE IF EXISTS `{tbl}`;
CREATE TABLE `{tbl}` (
  `id` int NOT NULL AUTO_INCREMENT,
  `full_name` varchar(120) NOT NULL,
  `gender` char(1) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `aadhaar_no` varchar(14) DEFAULT NULL COMMENT 'TODO: must be tokenised (ADV vault) before go-live',
  `aadhaar_masked` varchar(12) DEFAULT NULL,
  `mobile` varchar(16) DEFAULT NULL,
  `email` varchar(120) DEFAULT NULL,
  `pan` char(10) DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_aadhaar` (`aadhaar_no`)
) ENGINE=InnoDB AUTO_INCREMENT={len(rows) + 1} DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `{tbl}`
--

LOCK TABLES `{tbl}` WRITE;
/*!40000 ALTER TABLE `{tbl}` DISABLE KEYS */;
INSERT INTO `{tbl}` VALUES {','.join(rows)};
/*!40000 ALTER TABLE `{tbl}` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on {C.ts()}
"""


def pg_copy(d, i):
    rows = []
    for k in range(R.randint(8, 11)):
        f, l, sex = C.person("in")
        raw = C.aadhaar()
        aad = d.L("in-aadhaar", raw) if chance(0.8) else "\\N"
        mail = d.em(f, l) if chance(0.5) else "\\N"
        rows.append("\t".join([str(1000 + k), f"{f} {l}", d.dob("iso"), aad, d.ph("in", pick(["e164", "bare"])),
                               mail, pick(["APPROVED", "PENDING", "REJECTED"]),
                               C.ts("%Y-%m-%d %H:%M:%S.") + digits(6) + "+05:30"]))
    return f"""--
-- PostgreSQL database dump
--

-- Dumped from database version {pick(['14.11', '15.6', '16.2'])}
-- Dumped by pg_dump version {pick(['15.6', '16.2'])}

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.ekyc_applicant (
    id bigint NOT NULL,
    full_name text NOT NULL,
    date_of_birth date,
    uid character(12),
    mobile character varying(16),
    email text,
    status text DEFAULT 'PENDING'::text,
    created_at timestamp with time zone DEFAULT now()
);

ALTER TABLE public.ekyc_applicant OWNER TO kyc_owner;

--
-- Data for Name: ekyc_applicant; Type: TABLE DATA; Schema: public; Owner: kyc_owner
--

COPY public.ekyc_applicant (id, full_name, date_of_birth, uid, mobile, email, status, created_at) FROM stdin;
""" + "\n".join(rows) + f"""
\\.

SELECT pg_catalog.setval('public.ekyc_applicant_id_seq', {1000 + len(rows)}, true);

--
-- PostgreSQL database dump complete
--
"""


DOCS = [
    ("ekyc/offline-ekyc-{:02d}.xml", ekyc_xml, 5),
    ("ekyc/secure-qr-scan-{:02d}.json", qr_json, 2),
    ("bank-forms/account-opening-{:02d}.txt", account_form, 5),
    ("ckyc/ckyc-upload-{:02d}.txt", ckyc_upload, 3),
    ("ckyc/kra-export-{:02d}.csv", kra_csv, 1),
    ("digilocker/user-profile-{:02d}.json", digilocker_json, 4),
    ("dbt/pfms-beneficiaries-{:02d}.csv", dbt_csv, 3),
    ("dbt/apb-credit-{:02d}.txt", apb_fixed, 2),
    ("epfo/kyc-pending-{:02d}.csv", epfo_csv, 2),
    ("epfo/member-passbook-{:02d}.json", epfo_json, 2),
    ("telecom/sim-kyc-{:02d}.log", sim_kyc_log, 3),
    ("hospital/abha-registration-{:02d}.json", abha_json, 3),
    ("hospital/adt-a04-{:02d}.hl7", hl7_adt, 2),
    ("hospital/fhir-patient-{:02d}.json", fhir_patient, 2),
    ("school/admission-form-{:02d}.txt", school_form, 3),
    ("school/udise-students-{:02d}.csv", school_csv, 1),
    ("messages/sms-backup-{:02d}.xml", sms_backup, 3),
    ("messages/ca-email-{:02d}.eml", email_gst, 3),
    ("chat/whatsapp-family-{:02d}.txt", whatsapp, 3),
    ("callcentre/crm-notes-{:02d}.txt", callcentre, 3),
    ("eaadhaar/eaadhaar-letter-{:02d}.txt", eaadhaar_letter, 4),
    ("logs/kyc-service-{:02d}.log", java_log, 3),
    ("logs/dbt-worker-{:02d}.log", python_log, 3),
    ("sql/kyc-dump-{:02d}.sql", mysql_dump, 2),
    ("sql/ekyc-applicant-{:02d}.sql", pg_copy, 1),
]
