"""Aadhaar in Indian carriers: eKYC XML/JSON, DBT/PFMS/APBS files, EPFO KYC,
telecom CAF, ABHA/FHIR/HL7, UDISE+, scholarship and bank forms, e-Aadhaar
PDF-to-text, SMS, call-centre notes, PDS, PM-KISAN, MGNREGA, LPG, app logs, SQL.

Look-alikes beside them (never labelled): masked Aadhaar, 16-digit VIDs,
28-digit EIDs, 14-digit ABHA numbers, UAN (starts 10), PAN, IFSC, bank
account numbers (12-digit ones fail Verhoeff), ration-card numbers, ICCID,
IMSI, pincodes, OTPs.  Indian mobiles are phones and are labelled."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *

LBL = {
    "hi": dict(aadhaar="आधार संख्या", name="नाम", dob="जन्म तिथि", mobile="मोबाइल नंबर", addr="पता", m="पुरुष", f="महिला", your="आपका आधार क्रमांक", father="पिता का नाम", gender="लिंग"),
    "mr": dict(aadhaar="आधार क्रमांक", name="नाव", dob="जन्म दिनांक", mobile="मोबाईल क्रमांक", addr="पत्ता", m="पुरुष", f="स्त्री", your="तुमचा आधार क्रमांक", father="वडिलांचे नाव", gender="लिंग"),
    "ta": dict(aadhaar="ஆதார் எண்", name="பெயர்", dob="பிறந்த தேதி", mobile="கைபேசி எண்", addr="முகவரி", m="ஆண்", f="பெண்", your="உங்கள் ஆதார் எண்", father="தந்தை பெயர்", gender="பாலினம்"),
    "te": dict(aadhaar="ఆధార్ సంఖ్య", name="పేరు", dob="పుట్టిన తేదీ", mobile="మొబైల్ నంబర్", addr="చిరునామా", m="పురుషుడు", f="స్త్రీ", your="మీ ఆధార్ సంఖ్య", father="తండ్రి పేరు", gender="లింగం"),
    "kn": dict(aadhaar="ಆಧಾರ್ ಸಂಖ್ಯೆ", name="ಹೆಸರು", dob="ಹುಟ್ಟಿದ ದಿನಾಂಕ", mobile="ಮೊಬೈಲ್ ಸಂಖ್ಯೆ", addr="ವಿಳಾಸ", m="ಗಂಡು", f="ಹೆಣ್ಣು", your="ನಿಮ್ಮ ಆಧಾರ್ ಸಂಖ್ಯೆ", father="ತಂದೆಯ ಹೆಸರು", gender="ಲಿಂಗ"),
    "ml": dict(aadhaar="ആധാർ നമ്പർ", name="പേര്", dob="ജനന തീയതി", mobile="മൊബൈൽ നമ്പർ", addr="വിലാസം", m="പുരുഷൻ", f="സ്ത്രീ", your="നിങ്ങളുടെ ആധാർ നമ്പർ", father="പിതാവിന്റെ പേര്", gender="ലിംഗം"),
    "bn": dict(aadhaar="আধার নম্বর", name="নাম", dob="জন্ম তারিখ", mobile="মোবাইল নম্বর", addr="ঠিকানা", m="পুরুষ", f="মহিলা", your="আপনার আধার সংখ্যা", father="পিতার নাম", gender="লিঙ্গ"),
    "gu": dict(aadhaar="આધાર નંબર", name="નામ", dob="જન્મ તારીખ", mobile="મોબાઇલ નંબર", addr="સરનામું", m="પુરુષ", f="સ્ત્રી", your="તમારો આધાર નંબર", father="પિતાનું નામ", gender="જાતિ"),
    "pa": dict(aadhaar="ਆਧਾਰ ਨੰਬਰ", name="ਨਾਮ", dob="ਜਨਮ ਮਿਤੀ", mobile="ਮੋਬਾਈਲ ਨੰਬਰ", addr="ਪਤਾ", m="ਪੁਰਸ਼", f="ਇਸਤਰੀ", your="ਤੁਹਾਡਾ ਆਧਾਰ ਨੰਬਰ", father="ਪਿਤਾ ਦਾ ਨਾਮ", gender="ਲਿੰਗ"),
    "or": dict(aadhaar="ଆଧାର ନମ୍ବର", name="ନାମ", dob="ଜନ୍ମ ତାରିଖ", mobile="ମୋବାଇଲ ନମ୍ବର", addr="ଠିକଣା", m="ପୁରୁଷ", f="ମହିଳା", your="ଆପଣଙ୍କ ଆଧାର ସଂଖ୍ୟା", father="ପିତାଙ୍କ ନାମ", gender="ଲିଙ୍ଗ"),
    "as": dict(aadhaar="আধাৰ নম্বৰ", name="নাম", dob="জন্মৰ তাৰিখ", mobile="ম'বাইল নম্বৰ", addr="ঠিকনা", m="পুৰুষ", f="মহিলা", your="আপোনাৰ আধাৰ নম্বৰ", father="দেউতাৰ নাম", gender="লিংগ"),
    "ur": dict(aadhaar="آدھار نمبر", name="نام", dob="تاریخ پیدائش", mobile="موبائل نمبر", addr="پتہ", m="مرد", f="عورت", your="آپ کا آدھار نمبر", father="والد کا نام", gender="جنس"),
}

STATES = [("Uttar Pradesh", "Lucknow", "226"), ("Maharashtra", "Pune", "411"), ("Tamil Nadu", "Chennai", "600"),
          ("Telangana", "Hyderabad", "500"), ("Karnataka", "Bengaluru", "560"), ("Kerala", "Kochi", "682"),
          ("West Bengal", "Kolkata", "700"), ("Gujarat", "Ahmedabad", "380"), ("Punjab", "Ludhiana", "141"),
          ("Odisha", "Bhubaneswar", "751"), ("Assam", "Guwahati", "781"), ("Bihar", "Patna", "800"),
          ("Rajasthan", "Jaipur", "302"), ("Madhya Pradesh", "Bhopal", "462"), ("Jharkhand", "Ranchi", "834")]
LANG_STATE = {"hi": 0, "mr": 1, "ta": 2, "te": 3, "kn": 4, "ml": 5, "bn": 6, "gu": 7, "pa": 8, "or": 9, "as": 10, "ur": 0}


def pin(r, st=None):
    st = st or r.choice(STATES)
    return st[2] + digits(r, 3)


def acct(r):
    return lk_digits(r, r.choice([11, 12, 14, 15, 16]), "123456789")


def afmt(r):
    return r.choice(["space", "space", "dash", "plain"])


def vid(r):
    """16-digit VID; neither 12-digit window is a valid Aadhaar."""
    while True:
        v = vid16(r)
        if not card_ok(v) and not aadhaar_ok(v[:12]) and not aadhaar_ok(v[4:]):
            return v


def eid(r):
    return f"{r.randint(1000, 2999)}/{r.randint(10000, 99999)}/{r.randint(10000, 99999)}", \
        f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2011, 2019)} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def abha(r):
    while True:
        s = "91" + lk_digits(r, 12)
        if not aadhaar_ok(s[2:]) and not card_ok(s):
            return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def mob(d, style=None):
    return d.phone("IN", style or d.rng.choice(["natl", "intl", "natl"]))


def mob10(d):
    """A bare 10-digit Indian mobile (labelled phone)."""
    r = d.rng
    v = REG.fresh(lambda: _d10(r), key=lambda e: "tel:" + e[-9:])
    return d.L("phone", v)


def _d10(r):
    while True:
        v = r.choice("6789") + digits(r, 9)
        if not pnr_ok(v):
            return v


# ------------------------------------------------------------------ eKYC

def ekyc_xml(d, i):
    r = d.rng
    name, sex = person_in(r)
    st = r.choice(STATES)
    a = d.aadhaar("plain")
    dob = d.dobv("dmy-")
    ph = b64(rbytes(r, 220))
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<KycRes code="{md5(r)}" ret="Y" ts="2024-06-0{i + 4}T11:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}+05:30" ttl="2024-06-0{i + 5}T11:00:00" txn="UKC:{r.randint(10**9, 10**10)}:{uuid4(r)}">
  <Rar>{b64(rbytes(r, 96))}</Rar>
  <UidData tkn="{rs(r, HEX, 72)}" uid="{a}">
    <Poi dob="{dob}" gender="{sex}" name="{name}" phone="{sha256(r)}" email="{sha256(r)}"/>
    <Poa co="S/O {r.choice(FIRST_IN_M)} {name.split()[1]}" house="{r.randint(1, 400)}" street="{r.choice(['MG Road', 'Station Road', 'Gandhi Nagar', 'Nehru Colony'])}" lm="" loc="{r.choice(['Ward 12', 'Sector 5', 'Civil Lines'])}" vtc="{st[1]}" subdist="{st[1]}" dist="{st[1]}" state="{st[0]}" country="India" pc="{pin(r, st)}" po="{st[1]}"/>
    <LData/>
    <Pht>{ph}</Pht>
  </UidData>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><DigestValue>{b64(rbytes(r, 32))}</DigestValue></SignedInfo><SignatureValue>{b64(rbytes(r, 128))}</SignatureValue></Signature>
</KycRes>
"""


def ekyc_log(d, i):
    r = d.rng
    out = []
    t = 9 * 3600 + r.randint(0, 600)
    for k in range(12):
        t += r.randint(3, 120)
        ts = f"2024-06-1{i} {t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d},{r.randint(100, 999)}"
        txn = f"UKC:{r.randint(10**9, 10**10)}:{rs(r, HEX, 12)}"
        kind = r.random()
        if kind < 0.7:
            a = d.aadhaar(r.choice(["plain", "plain", "space"]))
            out.append(f"{ts} INFO  [kua-worker-{r.randint(1, 8)}] c.c.kyc.EkycService - KYC request txn={txn} uid={a} auth=OTP sa=CORPBANK lk={rs(r, ALNUM, 20)}")
            out.append(f"{ts} INFO  [kua-worker-{r.randint(1, 8)}] c.c.kyc.EkycService - KYC response txn={txn} ret=Y code={md5(r)} name_match=0.{r.randint(80, 99)}")
        elif kind < 0.85:
            bad = not_verhoeff_12(r, "23456789")
            out.append(f"{ts} WARN  [kua-worker-{r.randint(1, 8)}] c.c.kyc.AadhaarValidator - rejected uid={bad} reason=CHECKSUM_MISMATCH txn={txn}")
        else:
            out.append(f"{ts} ERROR [kua-worker-{r.randint(1, 8)}] c.c.kyc.EkycService - ASA call failed txn={txn} err=K-{r.choice(['100', '540', '955'])} uid={masked_aadhaar(r, 'xxxxxxxx')}")
            out.append("java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n\tat org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)\n\tat com.corp.kyc.AsaClient.post(AsaClient.java:212)\n\tat com.corp.kyc.EkycService.kyc(EkycService.java:97)")
    return "\n".join(out) + "\n"


def ekyc_json(d, i):
    r = d.rng
    recs = []
    for k in range(3):
        name, sex = person_in(r)
        st = r.choice(STATES)
        a = d.aadhaar(r.choice(["plain", "space"]))
        recs.append({"reference_id": uuid4(r), "status": "SUCCESS", "aadhaar_number": a,
                     "masked_aadhaar": "XXXXXXXX" + a.replace(" ", "")[-4:], "vid": None,
                     "name": name, "gender": sex, "date_of_birth": d.dobv("dmy-"),
                     "care_of": f"{r.choice(['S/O', 'D/O', 'W/O'])} {person_in(r, 'M')[0]}",
                     "address": {"house": str(r.randint(1, 300)), "district": st[1], "state": st[0], "pincode": pin(r, st)},
                     "mobile_hash": sha256(r), "email_hash": sha256(r), "photo_base64": b64(rbytes(r, 60)) + "...",
                     "share_code": str(r.randint(1000, 9999)), "zip_sha256": sha256(r)})
    recs.append({"reference_id": uuid4(r), "status": "FAILED", "error_code": "INVALID_VID", "vid": vid(r), "message": "VID not valid or expired"})
    return json.dumps({"request_id": uuid4(r), "kua": "CORPNBFC", "results": recs}, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ DBT / PFMS / APBS

def dbt_csv(d, i):
    r = d.rng
    scheme = ["PM-KISAN", "Post Matric Scholarship (SC)", "NSAP-IGNOAPS"][i]
    rows = ["Sl No,Beneficiary Code,Beneficiary Name,Father/Husband Name,Gender,Aadhaar No,Bank Account No,IFSC,Mobile No,District,Amount (INR),Payment Mode"]
    for k in range(20):
        st = STATES[(i * 3 + k) % len(STATES)]
        name, sex = person_in(r)
        if k % 5 == 3:
            a = r.choice(["", "NA", masked_aadhaar(r, "XXXXXXXX")])
            mode = "NEFT"
        else:
            a = d.aadhaar(r.choice(["plain", "plain", "space"]))
            mode = "APBS"
        m = mob10(d) if k % 4 else ""
        rows.append(f"{k + 1},{rs(r, UPPER_DIG, 4)}{lk_digits(r, 9, '0123456789')},{name},{person_in(r, 'M')[0]},{sex},{a},{acct(r)},{ifsc(r)},{m},{st[1]},{r.choice([2000, 6000, 1500, 3000, 12000])}.00,{mode}")
    rows.append(f",,,,,,,,,,TOTAL,")
    return f"# PFMS Beneficiary Upload -- Scheme: {scheme} -- Batch {r.randint(100000, 999999)} -- Generated 1{i}/06/2024\n" + "\n".join(rows) + "\n"


def apbs_file(d, i):
    r = d.rng
    hdr = f"33{'CORPBANK':<40}{'APBS':<12}{r.randint(10**9, 10**10)}{'20240612':<8}{'0' * 15}"
    lines = [hdr]
    total = 0
    for k in range(16):
        a = d.aadhaar("plain")
        iin = r.choice(["607152", "607094", "508534", "607161", "606985"])
        amt = r.choice([200000, 600000, 150000, 100000])
        total += amt
        name = person_in(r)[0].upper()
        lines.append(f"77{'CORPSCHEME':<12}{a:<15}{iin}{name:<40}{amt:013d} {r.randint(10**8, 10**9)}{'PMKSNY':<10}{'20240612'}")
    lines.append(f"99{len(lines) - 1:09d}{total:015d}{sha1(r)[:16]}")
    return "\n".join(lines) + "\n"


def epfo_kyc(d, i):
    r = d.rng
    rows = []
    for k in range(14):
        u = uan(r)
        name = person_in(r)[0].upper()
        t = ["A", "A", "B", "A", "P", "A"][k % 6]
        if t == "A":
            num = d.aadhaar("plain")
            extra = ""
        elif t == "B":
            num = acct(r)
            extra = ifsc(r)
        else:
            num = pan(r)
            extra = ""
        rows.append(f"{u}#~#{t}#~#{num}#~#{name}#~#{extra}#~#")
    ecr = []
    for k in range(5):
        g = r.randint(15000, 60000)
        e = min(g, 15000)
        ecr.append(f"{uan(r)}#~#{person_in(r)[0].upper()}#~#{g}#~#{e}#~#{e}#~#{e}#~#{round(e * 0.12)}#~#{round(e * 0.0833)}#~#{round(e * 0.12) - round(e * 0.0833)}#~#{r.randint(0, 3)}#~#0")
    return ("# EPFO Unified Portal -- Bulk KYC upload (UAN#~#DOC TYPE#~#DOC NUMBER#~#NAME AS PER DOC#~#IFSC#~#)\n"
            "# DOC TYPE: A=Aadhaar B=Bank P=PAN\n" + "\n".join(rows) +
            "\n\n# ECR v2 text file (same establishment, wage month 05/2024) -- contains no KYC documents\n" + "\n".join(ecr) + "\n")


# ------------------------------------------------------------------ telecom

def telecom_caf(d, i):
    r = d.rng
    lang = ["hi", "ta", "bn"][i]
    L = LBL[lang]
    st = STATES[LANG_STATE[lang]]
    name, sex = person_in(r)
    a = d.aadhaar(afmt(r))
    dob = d.dobv("dmy/")
    m = mob(d, "natl")
    alt = mob(d, "intl")
    iccid = "8991" + lk_digits(r, 15, "0123456789")
    imsi = "4045" + digits(r, 11)
    return f"""CUSTOMER ACQUISITION FORM (CAF) — PREPAID MOBILE CONNECTION
[OCR output, page 1 of 2, confidence 0.93]

CAF No.: {rs(r, string.ascii_uppercase, 2)}{lk_digits(r, 10)}            POS Code: POS{r.randint(100000, 999999)}
Date: 0{i + 3}/06/2024

1. {L['name']} / Name of Subscriber : {name.upper()}
2. {L['father']} / Father's/Husband's Name : {person_in(r, 'M')[0].upper()}
3. {L['gender']} / Gender : {L['m'] if sex == 'M' else L['f']} / {'Male' if sex == 'M' else 'Female'}
4. {L['dob']} / Date of Birth : {dob}
5. Nationality : Indian
6. POI/POA Document : Aadhaar (e-KYC)     {L['aadhaar']} / Aadhaar No. : {a}
7. {L['addr']} / Local Address : H.No. {r.randint(1, 500)}, {r.choice(['Shastri Nagar', 'Anna Salai', 'Salt Lake Sector II', 'Lajpat Nagar'])}, {st[1]}, {st[0]} - {pin(r, st)}
8. {L['mobile']} / Mobile No. allotted : {m}
9. Alternate Contact No. : {alt}
10. SIM No. (ICCID) : {iccid}
11. IMSI : {imsi}
12. Connection Type : Prepaid    Tariff Plan : RC {r.choice([199, 239, 299, 479])}
13. UPC (if MNP) : {rs(r, string.ascii_uppercase, 2)}{r.randint(100000, 999999)}

Declaration: I hereby declare that the details furnished above are true and correct.
Customer signature: [illegible]          Agent ID: AG{r.randint(10000, 99999)}
e-KYC Txn ID: UKC:{r.randint(10**9, 10**10)}:{rs(r, HEX, 8)}     Masked Aadhaar on receipt: XXXX XXXX {a.replace(' ', '').replace('-', '')[-4:]}
"""


# ------------------------------------------------------------------ health

def fhir_patient(d, i):
    r = d.rng
    name, sex = person_in(r)
    a = d.aadhaar("plain")
    ph = d.phone("IN", "e164") if i == 0 else mob10(d)
    dob = d.dobv("iso")
    st = r.choice(STATES)
    res = {"resourceType": "Bundle", "id": uuid4(r), "meta": {"versionId": "1", "lastUpdated": "2024-06-11T10:22:31.514+05:30",
                                                          "profile": ["https://nrces.in/ndhm/fhir/r4/StructureDefinition/DocumentBundle"]},
           "identifier": {"system": "http://hip.in", "value": uuid4(r)}, "type": "document", "timestamp": "2024-06-11T10:22:31.514+05:30",
           "entry": [{"fullUrl": "Patient/" + uuid4(r), "resource": {
               "resourceType": "Patient", "id": uuid4(r),
               "identifier": [
                   {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR", "display": "Medical record number"}]},
                    "system": "https://hospital.example/mrn", "value": f"MRN{lk_digits(r, 8)}"},
                   {"type": {"coding": [{"system": "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code", "code": "ABHA", "display": "ABHA Number"}]},
                    "system": "https://healthid.abdm.gov.in", "value": abha(r)},
                   {"type": {"coding": [{"system": "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code", "code": "ADN", "display": "Adhaar number"}]},
                    "system": "https://uidai.gov.in", "value": a}],
               "name": [{"text": name}], "telecom": [{"system": "phone", "value": ph, "use": "mobile"}],
               "gender": "male" if sex == "M" else "female", "birthDate": dob,
               "address": [{"city": st[1], "state": st[0], "postalCode": pin(r, st), "country": "IN"}]}},
               {"fullUrl": "Encounter/" + uuid4(r), "resource": {"resourceType": "Encounter", "id": uuid4(r), "status": "finished",
                                                                 "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                                                                 "period": {"start": "2024-06-11T09:40:00+05:30"}}}]}
    return json.dumps(res, indent=2, ensure_ascii=False) + "\n"


def hl7_adt(d, i):
    r = d.rng
    msgs = []
    for k in range(3):
        name, sex = person_in(r)
        fn, ln = name.split()
        a = d.aadhaar("plain")
        ph = mob10(d)
        dob = d.dobv("ymd")
        st = r.choice(STATES)
        msgs.append("\r".join([
            f"MSH|^~\\&|HIS|CORPHOSP|EMR|CORPHOSP|20240612{r.randint(8, 18):02d}{r.randint(10, 59)}||ADT^A04^ADT_A01|MSG{r.randint(10**7, 10**8)}|P|2.5.1",
            f"EVN|A04|20240612{r.randint(8, 18):02d}{r.randint(10, 59)}",
            f"PID|1||UHID{lk_digits(r, 9)}^^^CORPHOSP^MR~{a}^^^UIDAI^NI~{abha(r)}^^^ABDM^HC||{ln.upper()}^{fn.upper()}||{dob}|{sex}|||{r.randint(1, 300)} {r.choice(['MG Road', 'Park Street', 'Residency Road'])}^^{st[1]}^{st[0]}^{pin(r, st)}^IND||^PRN^CP^^^^^{ph}|||M",
            f"PV1|1|O|OPD^{r.randint(1, 20)}^1||||{r.randint(1000, 9999)}^{r.choice(LAST_IN).upper()}^{r.choice(FIRST_IN_M).upper()}^^^DR|||MED"]))
    return "\r\n".join(msgs) + "\r\n"


def abha_log(d, i):
    r = d.rng
    out = []
    for k in range(4):
        a = d.aadhaar(r.choice(["plain", "space"]))
        txn = uuid4(r)
        enc = b64(rbytes(r, 256))
        out += [f"2024-06-12T10:{10 + k}:01.{r.randint(100, 999)}+05:30 DEBUG abha-gateway --- enrol otp request txn={txn} loginHint=aadhaar loginId(enc)={enc[:60]}...",
                f"2024-06-12T10:{10 + k}:01.{r.randint(100, 999)}+05:30 DEBUG abha-gateway --- plaintext before encryption: {{\"aadhaar\":\"{a}\",\"consent\":\"Y\"}}",
                f"2024-06-12T10:{10 + k}:44.{r.randint(100, 999)}+05:30 INFO  abha-gateway --- enrol success txn={txn} ABHANumber={abha(r)} abhaAddress={r.choice(FIRST_IN_F + FIRST_IN_M).lower()}{r.randint(10, 99)}@abdm mobile=******{digits(r, 4)}"]
    out.append(f"2024-06-12T10:20:00.000+05:30 INFO  abha-gateway --- otp sent to mobile ending {digits(r, 4)}, otp ttl 600s, otp={digits(r, 6)} (sandbox only)")
    return "\n".join(out) + "\n"


def pmjay_claim(d, i):
    r = d.rng
    name, sex = person_in(r)
    a = d.aadhaar("space")
    a2 = d.aadhaar("dash")
    m = mob(d)
    return f"""AYUSHMAN BHARAT PM-JAY — PRE-AUTHORISATION REQUEST (TMS export)
Case No.        : CASE/PS{r.randint(1, 9)}/HOSP{lk_digits(r, 8)}/P{lk_digits(r, 7)}
PM-JAY ID       : P{rs(r, UPPER_DIG, 8)}
Beneficiary     : {name}   Gender: {sex}   Age: {r.randint(20, 80)}
Aadhaar (beneficiary) : {a}
Aadhaar (attendant, for OTP) : {a2}
Family ID (Ration Card) : {lk_digits(r, 12, '0')}
Mobile          : {m}
Hospital ID     : HOSP{lk_digits(r, 8)}   Package: SG{r.randint(10, 99)}A — Cholecystectomy (Lap)
Package amount  : ₹ 22,800.00     Pre-auth raised: 12/06/2024 11:42
Remarks         : Aadhaar biometric failed twice; verified by OTP. Masked on card: XXXX XXXX {a[-4:]}
"""


# ------------------------------------------------------------------ education / welfare

def udise_csv(d, i):
    r = d.rng
    st = STATES[(i + 4) % len(STATES)]
    udise = "0" + digits(r, 10) if False else lk_digits(r, 11, "123")
    rows = ["Student Name,Gender,Date of Birth,Class,Section,PEN,Aadhaar Number,Name as per Aadhaar,Mother Name,Father Name,Mobile Number,Pincode"]
    for k in range(18):
        name, sex = person_in(r)
        if k % 6 == 5:
            a = r.choice(["Not Available", "Applied", "XXXXXXXX" + digits(r, 4)])
        else:
            a = d.aadhaar(r.choice(["plain", "space"]))
        rows.append(f"{name},{'M' if sex == 'M' else 'F'},{d.dobv('dmy/', 2008, 2017)},{r.randint(1, 10)},{r.choice('ABC')},{lk_digits(r, 11)},{a},{name.upper()},{person_in(r, 'F')[0]},{person_in(r, 'M')[0]},{mob10(d) if k % 3 else ''},{pin(r, st)}")
    return f"UDISE+ Student Profile export — School UDISE Code: {udise} — {st[0]} — Academic Year 2024-25\n" + "\n".join(rows) + "\n"


def nsp_form(d, i):
    r = d.rng
    lang = ["hi", "kn", "or"][i]
    L = LBL[lang]
    name, sex = person_in(r)
    a = d.aadhaar(afmt(r))
    dob = d.dobv("dmy/", 2000, 2008)
    m = mob(d, "natl")
    st = STATES[LANG_STATE[lang]]
    return f"""NATIONAL SCHOLARSHIP PORTAL — Application Form (Fresh) — 2024-25
Application ID : {st[0][:2].upper()}{r.randint(2024, 2024)}{lk_digits(r, 10)}
Scheme         : Pre Matric Scholarship for Minorities

A. REGISTRATION DETAILS
   {L['name']} / Student Name      : {name}
   {L['dob']} / Date of Birth      : {dob}
   {L['gender']} / Gender          : {L['m'] if sex == 'M' else L['f']}
   {L['mobile']} / Mobile Number   : {m}
   {L['aadhaar']} / Aadhaar Number : {a}
   Bank IFSC : {ifsc(r)}      Account No. : {acct(r)}
   Annual family income : ₹ {r.randint(50, 240)},000

B. ACADEMIC DETAILS
   Institute AISHE/UDISE code : {lk_digits(r, 11, '123')}
   Roll No. : {r.randint(1, 99)}      Previous class % : {r.randint(50, 98)}.{r.randint(0, 9)}
   Admission fee : ₹ {r.randint(500, 5000)}.00      Tuition fee : ₹ {r.randint(500, 9000)}.00

Declaration accepted on 1{i}-06-2024 {r.randint(10, 22)}:{r.randint(10, 59)}  OTP ref {digits(r, 6)}
"""


def pds_csv(d, i):
    r = d.rng
    st = STATES[(i * 5 + 1) % len(STATES)]
    rows = ["RC_NUMBER\tMEMBER_ID\tMEMBER_NAME\tRELATION\tAGE\tUID\tUID_SEEDED\tFPS_CODE"]
    for k in range(6):
        rc = lk_digits(r, 12, "0123")
        for j in range(r.randint(2, 3)):
            name, sex = person_in(r)
            seeded = r.random() < 0.8
            u = d.aadhaar("plain") if seeded else ""
            rows.append(f"{rc}\t{rc}{j + 1:02d}\t{name.upper()}\t{['SELF', 'WIFE', 'SON', 'DAUGHTER'][j]}\t{r.randint(3, 80)}\t{u}\t{'Y' if seeded else 'N'}\t{r.randint(10**8, 10**9)}")
    return f"-- ePoS / AePDS member seeding report, {st[0]}, district {st[1]}, generated 2024-06-12\n" + "\n".join(rows) + "\n"


def pmkisan_json(d, i):
    r = d.rng
    items = []
    for k in range(4):
        name, sex = person_in(r)
        if k == 2:
            aadh = "XXXXXXXX" + digits(r, 4)
        else:
            aadh = d.aadhaar(r.choice(["plain", "space"]))
        items.append({"RegistrationNo": f"UP{lk_digits(r, 9)}", "FarmerName": name, "AadharNo": aadh,
                      "MobileNo": mob10(d), "BankAccount": "XXXXXX" + digits(r, 4), "IFSC": ifsc(r),
                      "Installments": [{"No": n, "FTO": f"{r.randint(10**9, 10**10)}", "Status": "FTO processed", "Amount": 2000} for n in (16, 17)],
                      "eKYC": "Done", "LandSeeding": "Yes"})
    return json.dumps({"ResponseCode": "1", "Message": "Success", "Data": items, "RequestId": uuid4(r)}, indent=2) + "\n"


def mgnrega(d, i):
    r = d.rng
    st = STATES[12]
    out = [f"MGNREGA — Job Card Register — Gram Panchayat {r.choice(['Rampura', 'Kheri', 'Bhawani', 'Sultanpur'])}, Block {st[1]}, {st[0]}",
           "Job Card No.            | Applicant Name        | Gender | Age | Aadhaar No.      | Bank/PO A/c       | Days worked FY24-25",
           "------------------------+-----------------------+--------+-----+------------------+-------------------+--------------------"]
    for k in range(10):
        jc = f"RJ-{r.randint(10, 35):02d}-{r.randint(1, 20):03d}-{r.randint(1, 40):03d}-{r.randint(1, 200):03d}/{r.randint(1, 400)}"
        name, sex = person_in(r)
        a = d.aadhaar("space") if k % 4 != 1 else "Not seeded"
        out.append(f"{jc:<24}| {name:<22}| {sex:<6} | {r.randint(18, 70):<3} | {a:<16} | {acct(r):<17} | {r.randint(0, 100)}")
    return "\n".join(out) + "\n"


def lpg_pahal(d, i):
    r = d.rng
    out = ["LPG ID,Consumer No,Distributor Code,Consumer Name,Aadhaar,Bank A/c,IFSC,Mobile,CTC Status,Subsidy Credited (Rs)"]
    for k in range(8):
        name, _ = person_in(r)
        a = d.aadhaar("dash") if k % 3 else d.aadhaar("plain")
        out.append(f"{lk_digits(r, 17, '7')},{r.randint(100000, 999999)},{r.randint(10000000, 99999999)},{name},{a},{acct(r)},{ifsc(r)},{mob10(d)},CTC (Aadhaar),{r.choice(['200.00', '300.00'])}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ banking

def bank_form_ocr(d, i):
    r = d.rng
    lang = ["mr", "gu", "te"][i]
    L = LBL[lang]
    name, sex = person_in(r)
    st = STATES[LANG_STATE[lang]]
    a = d.aadhaar(afmt(r))
    dob = d.dobv("dmy/")
    m = mob(d, "natl")
    ck = lk_digits(r, 14, "123456789")
    return f"""{'=' * 70}
 CORP BANK LTD.  — ACCOUNT OPENING FORM (INDIVIDUAL)  — Savings / सेविंग्स
 [scanned: AOF_{r.randint(100000, 999999)}.pdf, OCR engine tesseract 5.3, lang=eng+{ {'mr': 'mar', 'gu': 'guj', 'te': 'tel'}[lang]}]
{'=' * 70}
Branch: {st[1]} Main      Branch Code: {r.randint(1000, 9999)}      Date: 1{i}/06/2024
Customer ID (CIF): {lk_digits(r, 9)}        Account No: {acct(r)}

1. {L['name']} / Name: {name.upper()}
2. {L['dob']} / Date of Birth: {dob}       Gender: {'M' if sex == 'M' else 'F'}
3. {L['father']} / Father's name: {person_in(r, 'M')[0].upper()}
4. PAN: {pan(r)}          Form 60: No
5. {L['aadhaar']} / Aadhaar No.: {a}
   (Consent for Aadhaar e-KYC: [X] Yes  [ ] No)
6. CKYC Identifier (KIN): {ck}
7. {L['mobile']} / Mobile: {m}      Email: {mailbox(name, r)}
8. {L['addr']} / Address: Flat {r.randint(1, 40)}{r.choice('ABCD')}, {r.choice(['Shivaji Nagar', 'Navrangpura', 'Banjara Hills', 'Kothrud'])}, {st[1]}, PIN {pin(r, st)}
9. Nominee: {person_in(r)[0]} (relation: {r.choice(['Spouse', 'Son', 'Daughter', 'Mother'])})
10. Initial deposit: Rs. {r.choice(['5,000', '10,000', '1,000'])}/-   Cheque No. {r.randint(100000, 999999)}

For office use: KYC verified by EMP{r.randint(10000, 99999)}  |  Risk: Low  |  Aadhaar shown as XXXX XXXX {a.replace(' ', '').replace('-', '')[-4:]} in CBS
"""


def sms_log(d, i):
    r = d.rng
    out = ["timestamp,sender,to,body,status"]
    for k in range(10):
        to = d.phone("IN", "digits")
        ts = f"2024-06-12 {r.randint(8, 21):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}"
        kind = k % 5
        if kind == 0:
            a = d.aadhaar("space")
            body = f"Dear Customer, Aadhaar {a} has been successfully seeded to your A/c XX{digits(r, 4)}. -CORPBK"
        elif kind == 1:
            body = f"{digits(r, 6)} is your OTP for Aadhaar e-KYC. Valid for 10 mins. Do not share. -CORPBK"
        elif kind == 2:
            body = f"Your Aadhaar XXXX XXXX {digits(r, 4)} is linked to mobile. For queries call 1947. -UIDAI"
        elif kind == 3:
            a = d.aadhaar("plain")
            body = f"DBT credit of Rs.2000.00 received under PM-KISAN for Aadhaar {a} Ref {lk_digits(r, 12, '4')}. -PFMS"
        else:
            body = f"Your VID is {' '.join(re_group(vid(r)))}. Use VID instead of Aadhaar for authentication. -UIDAI"
        out.append(f'{ts},{r.choice(["VM-CORPBK", "AD-UIDAIS", "JD-PFMSIN", "BZ-CORPBK"])},{to},"{body}",DELIVRD')
    return "\n".join(out) + "\n"


def re_group(v):
    return [v[k:k + 4] for k in range(0, len(v), 4)]


def callcentre(d, i):
    r = d.rng
    out = [f"CRM case notes export — queue: KYC & Aadhaar seeding — agent team {r.choice(['Pune-2', 'Noida-1', 'Chennai-3'])}", ""]
    for k in range(6):
        name, _ = person_in(r)
        case = f"CS{lk_digits(r, 9)}"
        m = mob(d)
        t = k % 3
        if t == 0:
            a = d.aadhaar("dash")
            note = f"Caller {name} ({m}) wants to update mobile linked to Aadhaar. Verified DOB and Aadhaar {a}. Advised visit to Aadhaar Seva Kendra."
        elif t == 1:
            a = d.aadhaar("space")
            note = f"Cx says DBT not received. Aadhaar given as {a}, NPCI mapper shows inactive. Raised ticket to ops. Cx alt no {m}."
        else:
            note = f"Cx {name} called from {m}; refused to share Aadhaar, shared VID {vid(r)} instead. Told them we need last 4 only: {digits(r, 4)}."
        out.append(f"[{case}] 2024-06-1{i} {r.randint(9, 19):02d}:{r.randint(10, 59)}  {note}")
    return "\n".join(out) + "\n"


def app_log_stack(d, i):
    r = d.rng
    out = []
    for k in range(7):
        a = d.aadhaar(r.choice(["plain", "space", "dash"]))
        cid = lk_digits(r, 9)
        out.append(f"2024-06-1{i}T{r.randint(8, 20):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z  INFO 1 --- [nio-8080-exec-{r.randint(1, 9)}] c.c.onboarding.KycController : POST /kyc/aadhaar customer={cid} aadhaar={a} requestId={uuid4(r)}")
        if k % 3 == 1:
            bad = not_verhoeff_12(r, "23456789")
            out.append(f"2024-06-1{i}T{r.randint(8, 20):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z ERROR 1 --- [nio-8080-exec-{r.randint(1, 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception")
            out.append(f"com.corp.onboarding.InvalidAadhaarException: Aadhaar failed Verhoeff check: {bad}\n"
                       f"\tat com.corp.onboarding.AadhaarValidator.validate(AadhaarValidator.java:41)\n"
                       f"\tat com.corp.onboarding.KycController.submit(KycController.java:88)\n"
                       f"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
                       f"\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)")
    out.append(f"2024-06-1{i}T23:00:00.000Z  INFO 1 --- [   scheduling-1] c.c.onboarding.Purge : purged 412 rows older than 90d, VID cache size 1{r.randint(100, 999)}, build {sha1(r)[:10]}")
    return "\n".join(out) + "\n"


def kyc_sql(d, i):
    r = d.rng
    rows = []
    for k in range(14):
        name, sex = person_in(r)
        a = d.aadhaar("plain") if k % 5 != 4 else None
        rows.append(f"({k + 1001},'{name}','{d.dobv('iso')}','{sex}',{repr(a) if a else 'NULL'},'{pan(r)}','{mob10(d)}','{ifsc(r)}','{acct(r)}','{sha256(r)}','2024-0{r.randint(1, 6)}-{r.randint(10, 28)} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}')")
    return f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: kyc-db.internal    Database: onboarding
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `customer_kyc`;
CREATE TABLE `customer_kyc` (
  `id` bigint NOT NULL,
  `full_name` varchar(120) NOT NULL,
  `dob` date NOT NULL,
  `gender` char(1) DEFAULT NULL,
  `aadhaar_no` char(12) DEFAULT NULL,
  `pan` char(10) DEFAULT NULL,
  `mobile` varchar(15) DEFAULT NULL,
  `ifsc` char(11) DEFAULT NULL,
  `account_no` varchar(20) DEFAULT NULL,
  `doc_sha256` char(64) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customer_kyc` WRITE;
INSERT INTO `customer_kyc` VALUES {','.join(rows)};
UNLOCK TABLES;
-- Dump completed on 2024-06-12  2:00:01
"""


def payroll_sheet(d, i):
    r = d.rng
    rows = ["Emp Code\tEmployee Name\tDesignation\tUAN\tPF No\tESIC IP No\tPAN\tAadhaar\tBank A/c\tIFSC\tGross (₹)\tNet (₹)"]
    for k in range(17):
        name, _ = person_in(r)
        g = r.randint(18000, 140000)
        rows.append(f"E{r.randint(1000, 9999)}\t{name}\t{r.choice(['Engineer', 'Sr. Engineer', 'Accountant', 'Driver', 'Executive', 'Manager'])}\t{uan(r)}\tMH/BAN/{r.randint(10000, 99999)}/{r.randint(100, 999)}\t{lk_digits(r, 10)}\t{pan(r)}\t{d.aadhaar(r.choice(['space', 'plain']))}\t{acct(r)}\t{ifsc(r)}\t{g:,}\t{int(g * 0.86):,}")
    return "Sheet: Salary Register — May 2024 — exported from payroll.xlsx (tab separated)\n" + "\n".join(rows) + "\n"


def itr_json(d, i):
    r = d.rng
    name, _ = person_in(r)
    a = d.aadhaar("plain")
    enr = lk_digits(r, 14) + f"20{r.randint(11, 19)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(8, 18):02d}{r.randint(10, 59)}{r.randint(10, 59)}"
    doc = {"ITR": {"ITR1": {"CreationInfo": {"SWVersionNo": "1.0", "SWCreatedBy": "SW20000030", "JSONCreatedBy": "SW20000030", "JSONCreationDate": "2024-06-12", "IntermediaryCity": "Delhi", "Digest": b64(rbytes(r, 32))},
                            "Form_ITR1": {"FormName": "ITR-1", "AssessmentYear": "2024", "SchemaVer": "Ver1.0"},
                            "PersonalInfo": {"AssesseeName": {"FirstName": name.split()[0], "SurNameOrOrgName": name.split()[1]}, "PAN": pan(r),
                                             "Address": {"ResidenceNo": str(r.randint(1, 400)), "CityOrTownOrDistrict": "New Delhi", "StateCode": "09", "PinCode": int("110" + digits(r, 3)),
                                                         "CountryCodeMobile": 91, "MobileNo": int(mob10(d)), "EmailAddress": mailbox(name, r)},
                                             "DOB": d.dobv("iso"), "EmployerCategory": "OTH", "AadhaarCardNo": a, "AadhaarEnrolmentId": None},
                            "Verification": {"Declaration": {"AssesseeVerName": name.upper(), "FatherName": person_in(r, 'M')[0].upper(), "AssesseeVerPAN": pan(r)}, "Capacity": "S", "Place": "Delhi"}}},
           "_note": f"previous-year return referenced enrolment id {enr} before Aadhaar was allotted"}
    return json.dumps(doc, indent=2) + "\n"


# ------------------------------------------------------------------ e-Aadhaar PDF-to-text

def e_aadhaar(d, i):
    r = d.rng
    lang = ["hi", "ta", "bn", "ml", "pa", "as"][i]
    L = LBL[lang]
    st = STATES[LANG_STATE[lang]]
    name, sex = person_in(r)
    a = d.aadhaar("space")
    v = " ".join(re_group(vid(r)))
    en, edt = eid(r)
    dob = d.dobv("dmy/")
    m = mob(d, "natl") if i % 2 == 0 else None
    return f"""भारतीय विशिष्ट पहचान प्राधिकरण
Unique Identification Authority of India

नामांकन क्रम/ Enrolment No.: {en}

To
{name}
C/O {person_in(r, 'M')[0]}
{r.randint(1, 300)}, {r.choice(['Gandhi Road', 'Temple Street', 'Bazaar Para', 'College Road'])}
{st[1]}, {st[0]} - {pin(r, st)}
{('Mobile: ' + m) if m else ''}

{L['your']} / Your Aadhaar No. :
{a}
VID : {v}

{L['aadhaar']} — आधार — आम आदमी का अधिकार

---------------------------------------------------------------- (fold) ----
{name}
{L['dob']}/DOB: {dob}
{L['m'] if sex == 'M' else L['f']}/ {'MALE' if sex == 'M' else 'FEMALE'}

{a}
मेरा आधार, मेरी पहचान

Issue Date: {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2012, 2020)}     Download Date: {r.randint(1, 28):02d}/0{r.randint(1, 6)}/2024
Enrolment date/time printed on slip: {edt}
Digitally signed by DS Unique Identification Authority of India 05  Date: 2024.06.0{i + 1} 1{i}:22:10 IST
This is electronically generated letter. Aadhaar is proof of identity, not of citizenship.
"""


def masked_letter_clean(d, i):
    r = d.rng
    en, edt = eid(r)
    return f"""Unique Identification Authority of India — Masked Aadhaar (PDF-to-text)
Enrolment No.: {en}   {edt}
Your Aadhaar No. : XXXX XXXX {digits(r, 4)}
VID : {' '.join(re_group(vid(r)))}
Name: {person_in(r)[0]}
Year of issue: 2019
Masked Aadhaar shows only the last 4 digits of the Aadhaar number.
For help call 1947 (toll free).
"""


def clean_gst_invoice(d, i):
    r = d.rng
    st = r.choice(STATES)
    return f"""TAX INVOICE                                       Original for Recipient
Supplier: Corp Logistics Pvt Ltd, Plot {r.randint(1, 90)}, MIDC, {st[1]} {pin(r, st)}
GSTIN: 27{pan(r, 'C')}1Z{r.choice('0123456789')}      PAN: {pan(r, 'C')}      CIN: U{r.randint(10000, 99999)}MH20{r.randint(10, 23)}PTC{r.randint(100000, 999999)}
Invoice No: CL/24-25/{r.randint(1000, 9999)}    Invoice Date: 12-06-2024    Place of supply: {st[0]}
E-Way Bill No: {lk_digits(r, 12, '123')}      IRN: {sha256(r)}
Ack No: {lk_digits(r, 15, '1')}   Ack Date: 12-06-2024 11:32

HSN      Description                       Qty    Rate       Taxable     IGST 18%
996511   Road transport of goods             1    48,000.00  48,000.00   8,640.00
996719   Loading / unloading                 1     3,500.00   3,500.00     630.00
                                                           ---------   ---------
                                                           51,500.00   9,270.00
Total (in words): Rupees Sixty Thousand Seven Hundred Seventy Only

Bank: {ifsc(r)}  A/c: {acct(r)}  (Current)
Vehicle No: MH12{rs(r, 'ABCDEFGH', 2)}{r.randint(1000, 9999)}   LR No: {lk_digits(r, 8)}
This is a computer generated invoice.  QR hash: {md5(r)}
"""


def clean_aadhaar_faq(d, i):
    r = d.rng
    return f"""# How we handle Aadhaar in the onboarding service (wiki)

* We never store the full Aadhaar number. The KUA returns a **UID token** (72 hex chars,
  e.g. `{rs(r, HEX, 72)}`) and a masked number such as `XXXX XXXX 1234`.
* Users may give a **VID** (16 digits, e.g. `9999 XXXX XXXX 2345`) instead of the Aadhaar number.
* Enrolment IDs are 28 digits: 14-digit enrolment number plus the 14-digit date-time stamp
  (`yyyymmddhhmmss`). They are not Aadhaar numbers.
* The validator rejects anything that is not 12 digits, starts with 0 or 1, or fails Verhoeff;
  test vectors: `123456789012` (starts with 1), `000000000000`, `XXXX-XXXX-0000`.
* ABHA numbers are 14 digits (`91-XXXX-XXXX-XXXX`) and UANs are 12 digits starting `10`.
* Logs must mask everything except the last 4 digits. Grep pattern used by the log scrubber:
  `\\b[2-9][0-9]{{3}}[ -]?[0-9]{{4}}[ -]?[0-9]{{4}}\\b`
* Support hotline for UIDAI: 1947. Internal escalation: kyc-oncall@corp.example
* Build that introduced the scrubber: {sha1(r)}
"""


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("xml/ekyc-response-{i}.xml", ekyc_xml, 2)
_add("app-logs/kua-ekyc-{i}.log", ekyc_log, 2)
_add("api/ekyc-offline-results-{i}.json", ekyc_json, 2)
_add("bank/pfms-dbt-beneficiaries-{i}.csv", dbt_csv, 2)
_add("bank/apbs-credit-20240612.txt", apbs_file)
_add("csv/epfo-kyc-bulk-upload.txt", epfo_kyc)
_add("ocr/telecom-caf-{i}.txt", telecom_caf, 2)
_add("health/abdm-bundle-{i}.json", fhir_patient, 2)
_add("health/his-adt-a04.hl7", hl7_adt)
_add("app-logs/abha-gateway.log", abha_log)
_add("health/pmjay-preauth.txt", pmjay_claim)
_add("csv/udise-student-profile.csv", udise_csv)
_add("ocr/nsp-application-{i}.txt", nsp_form, 2)
_add("csv/aepds-member-seeding.tsv", pds_csv)
_add("api/pmkisan-beneficiary-status.json", pmkisan_json)
_add("docs/mgnrega-job-card-register.txt", mgnrega)
_add("csv/pahal-dbtl-consumers.csv", lpg_pahal)
_add("ocr/account-opening-form-{i}.txt", bank_form_ocr, 2)
_add("chat/sms-gateway-outbox.csv", sms_log)
_add("tickets/kyc-callcentre-notes-{i}.txt", callcentre, 2)
_add("app-logs/onboarding-kyc-{i}.log", app_log_stack, 2)
_add("sql/onboarding-customer_kyc.sql", kyc_sql)
_add("csv/salary-register-may-2024.tsv", payroll_sheet)
_add("api/itr1-prefill.json", itr_json)
_add("ocr/e-aadhaar-letter-{i}.txt", e_aadhaar, 4)
_add("ocr/masked-aadhaar.txt", masked_letter_clean)
_add("ocr/tax-invoice-logistics.txt", clean_gst_invoice)
_add("docs/aadhaar-handling.md", clean_aadhaar_faq)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
