"""Aadhaar carriers: UIDAI XML, e-KYC, QR, DigiLocker / API Setu JSON, DBT files,
EPFO, banks, telecom, tax, health, education, insurance, app logs, messages,
e-mail, OCR, SQL, HTTP, events and spreadsheets."""
import sys

sys.dont_write_bytecode = True

import csv
import io
import json
import urllib.parse

from gen_common import (
    REG, frng, Clock,
    DIG, HEX, B64, ALNUM, BANK_NAME, abha_number, aadhaar_digits, b64digest, bad_aadhaar_digits, bank_account, dob,
    email_for, enrolment_id, epic, fake_b64_blob, fmt4, fmt_aadhaar, fmt_in_mobile, ifsc, in_mobile, json_str_escape,
    lead01_digits, lpg_id, mask_aadhaar, mask_mobile, pan, person, pick_style, place, private_ipv4, public_ipv4,
    ration_card, rrn, rstr, sha256hex, ts, uan, uuid4, vid_digits, imei, iccid, jwt, jwt_claims, token,
)

CAT = "in-aadhaar"

# Aadhaar labels in Indic scripts (what printed letters, forms and portals use)
INDIC = {
    "hi": ("आधार संख्या", "आधार नंबर", "आधार कार्ड नंबर", "मेरा आधार, मेरी पहचान", "जन्म तिथि", "नाम", "पिता का नाम", "पता", "मोबाइल"),
    "mr": ("आधार क्रमांक", "आधार क्र.", "आधार कार्ड क्रमांक", "माझे आधार, माझी ओळख", "जन्म तारीख", "नाव", "वडिलांचे नाव", "पत्ता", "मोबाईल"),
    "bn": ("আধার নম্বর", "আধার সংখ্যা", "আধার কার্ড নম্বর", "আমার আধার, আমার পরিচয়", "জন্ম তারিখ", "নাম", "পিতার নাম", "ঠিকানা", "মোবাইল"),
    "ta": ("ஆதார் எண்", "ஆதார் எண்.", "ஆதார் அட்டை எண்", "எனது ஆதார், எனது அடையாளம்", "பிறந்த தேதி", "பெயர்", "தந்தை பெயர்", "முகவரி", "கைபேசி"),
    "te": ("ఆధార్ సంఖ్య", "ఆధార్ నంబర్", "ఆధార్ కార్డు నంబరు", "నా ఆధార్, నా గుర్తింపు", "పుట్టిన తేదీ", "పేరు", "తండ్రి పేరు", "చిరునామా", "మొబైల్"),
    "kn": ("ಆಧಾರ್ ಸಂಖ್ಯೆ", "ಆಧಾರ್ ನಂಬರ್", "ಆಧಾರ್ ಕಾರ್ಡ್ ಸಂಖ್ಯೆ", "ನನ್ನ ಆಧಾರ್, ನನ್ನ ಗುರುತು", "ಹುಟ್ಟಿದ ದಿನಾಂಕ", "ಹೆಸರು", "ತಂದೆಯ ಹೆಸರು", "ವಿಳಾಸ", "ಮೊಬೈಲ್"),
    "ml": ("ആധാർ നമ്പർ", "ആധാർ നമ്പര്", "ആധാർ കാർഡ് നമ്പർ", "എന്റെ ആധാർ, എന്റെ തിരിച്ചറിയൽ", "ജനന തീയതി", "പേര്", "പിതാവിന്റെ പേര്", "വിലാസം", "മൊബൈൽ"),
    "gu": ("આધાર નંબર", "આધાર ક્રમાંક", "આધાર કાર્ડ નંબર", "મારો આધાર, મારી ઓળખ", "જન્મ તારીખ", "નામ", "પિતાનું નામ", "સરનામું", "મોબાઇલ"),
    "pa": ("ਆਧਾਰ ਨੰਬਰ", "ਆਧਾਰ ਸੰਖਿਆ", "ਆਧਾਰ ਕਾਰਡ ਨੰਬਰ", "ਮੇਰਾ ਆਧਾਰ, ਮੇਰੀ ਪਛਾਣ", "ਜਨਮ ਮਿਤੀ", "ਨਾਮ", "ਪਿਤਾ ਦਾ ਨਾਮ", "ਪਤਾ", "ਮੋਬਾਈਲ"),
    "or": ("ଆଧାର ନମ୍ବର", "ଆଧାର ସଂଖ୍ୟା", "ଆଧାର କାର୍ଡ ନମ୍ବର", "ମୋ ଆଧାର, ମୋ ପରିଚୟ", "ଜନ୍ମ ତାରିଖ", "ନାମ", "ପିତାଙ୍କ ନାମ", "ଠିକଣା", "ମୋବାଇଲ"),
    "ur": ("آدھار نمبر", "آدھار کارڈ نمبر", "آدھار کارڈ نمبر:", "میرا آدھار، میری پہچان", "تاریخ پیدائش", "نام", "والد کا نام", "پتہ", "موبائل"),
}
LANGS = sorted(INDIC)


# --------------------------------------------------------------------------
# small helpers that create and label values
# --------------------------------------------------------------------------
def AD(doc, style=None, w=None, esc=None):
    d = aadhaar_digits()
    st = style or pick_style(doc.rng, w)
    v = fmt_aadhaar(d, st)
    doc.L(CAT, json_str_escape(v) if esc == "json" else v)
    return v, d


def A(doc, style=None, w=None, esc=None):
    return AD(doc, style, w, esc)[0]


def PH(doc, style="plain"):
    m = in_mobile()
    if style == "plain":
        v = m
    elif style == "any":
        v = fmt_in_mobile(m, doc.rng)
    elif style == "cc":
        v = "91" + m
    elif style == "plus":
        v = "+91" + m
    else:
        v = style.replace("M", m)
    doc.L("phone", v)
    return v


def EM(doc, name, domains=None):
    return doc.L("email", email_for(name, doc.rng, domains))


def DOB(doc, fmt="%d/%m/%Y", y0=1950, y1=2006):
    return doc.L("date-of-birth", dob(doc.rng, y0, y1).strftime(fmt))


def IP(doc):
    return doc.L("ipv4", public_ipv4(doc.rng))


def vid(sep=" "):
    d = vid_digits()
    return fmt4(d, sep) if sep is not None else d


def bad(style="compact"):
    return fmt_aadhaar(bad_aadhaar_digits(), style)


def csv_text(rows, delim=",", crlf=True, quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if crlf else "\n", quoting=quoting)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def T(rng, y=2025, fmt="%Y-%m-%d %H:%M:%S"):
    return ts(rng, y).strftime(fmt)


def txn_id(rng, prefix=""):
    return prefix + rstr(rng, "ABCDEF0123456789", 20)


# --------------------------------------------------------------------------
# UIDAI authentication / e-KYC / offline / QR
# --------------------------------------------------------------------------
def uidai_auth_xml(doc):
    r = doc.rng
    uid = A(doc, "compact")
    ac = "STG" + rstr(r, DIG, 6)
    txn = "UKC:" + rstr(r, ALNUM, 10) + ":" + T(r, fmt="%Y%m%d%H%M%S")
    lk = rstr(r, B64, 56) + "="
    ci = T(r, 2027, "%Y%m%d")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Auth uid="{uid}" rc="Y" tid="registered" ac="{ac}" sa="{ac}" ver="2.5" txn="{txn}" lk="{lk}">
  <Uses pi="n" pa="n" pfa="n" bio="y" bt="FMR" pin="n" otp="n"/>
  <Meta udc="" rdsId="{r.choice(['MANTRA.MSIPL', 'MORPHO.SMART', 'STARTEK.ACPL'])}" rdsVer="1.0.{r.randint(1, 9)}" dpId="{r.choice(['MANTRA.MSIPL', 'Morpho.SmartChip', 'STARTEK.ACPL'])}" dc="{uuid4(r)}" mi="{r.choice(['MFS100', 'MSO1300E3', 'FM220U'])}" mc="{rstr(r, B64, 120)}"/>
  <Skey ci="{ci}">{fake_b64_blob(r, 256)}</Skey>
  <Data type="X">{fake_b64_blob(r, 180)}</Data>
  <Hmac>{rstr(r, B64, 63)}=</Hmac>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{b64digest(r)}</DigestValue></Reference></SignedInfo><SignatureValue>{fake_b64_blob(r, 256, 76)}</SignatureValue></Signature>
</Auth>
"""


def uidai_asa_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    ac = "AUA" + rstr(r, DIG, 7)
    for i in range(r.randint(9, 13)):
        t = clk.T("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        txn = "UKC:" + rstr(r, ALNUM, 12)
        kind = r.random()
        if kind < 0.62:
            u = A(doc, "compact")
            note = ""
        elif kind < 0.8:
            u = vid(None)
            note = " idType=VID"
        elif kind < 0.9:
            u = rstr(r, ALNUM, 72)
            note = " idType=UIDTOKEN"
        else:
            u = bad("compact")
            note = " preValidation=FAILED reason=VERHOEFF"
        thread = f"asa-worker-{r.randint(1, 16)}"
        out.append(f"{t} INFO  [{thread}] c.n.asa.AuthForwarder - REQ ac={ac} txn={txn} uid={u}{note} ver=2.5 rdsId=MANTRA.MSIPL")
        if "FAILED" in note:
            out.append(f"{t} WARN  [{thread}] c.n.asa.AuthForwarder - rejected locally txn={txn} err=998")
            continue
        ret = r.choice(["y", "y", "y", "n"])
        code = rstr(r, HEX, 32)
        err = "" if ret == "y" else r.choice(["300", "330", "K-100", "998", "400"])
        out.append(f"{t} INFO  [{thread}] c.n.asa.AuthForwarder - RES txn={txn} ret={ret} code={code} err={err} ts={T(r, fmt='%Y-%m-%dT%H:%M:%S')}.{r.randint(100, 999)}+05:30 latencyMs={r.randint(180, 2400)}")
    return "\n".join(out) + "\n"


def ekyc_kycres(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    uid = A(doc, "compact")
    dobv = DOB(doc, "%d-%m-%Y")
    ph = PH(doc)
    em = EM(doc, p["name"])
    co = ("S/O " if p["gender"] == "M" else r.choice(["D/O ", "W/O "])) + p["father"]
    txn = "UKC:" + rstr(r, ALNUM, 14)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<KycRes code="{rstr(r, HEX, 32)}" ret="Y" ts="{T(r, fmt='%Y-%m-%dT%H:%M:%S')}.{r.randint(100, 999)}+05:30" ttl="{T(r, 2026, '%Y-%m-%dT%H:%M:%S')}" txn="{txn}">
  <UidData tkn="{rstr(r, ALNUM, 72)}" uid="{uid}">
    <Poi dob="{dobv}" email="{em}" gender="{p['gender']}" name="{p['name']}" phone="{ph}"/>
    <Poa co="{co}" country="India" dist="{pl['district']}" house="{r.randint(1, 400)}" lm="Near {r.choice(['Hanuman Mandir', 'Govt School', 'Water Tank', 'Panchayat Bhawan'])}" loc="{pl['village']}" pc="{pl['pin']}" po="{pl['village']}" state="{pl['state']}" street="Ward No {r.randint(1, 20)}" subdist="{pl['district']}" vtc="{pl['village']}"/>
    <LData/>
    <Pht>{fake_b64_blob(r, 300, 76)}</Pht>
  </UidData>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignatureValue>{fake_b64_blob(r, 256, 76)}</SignatureValue></Signature>
</KycRes>
"""


def offline_ekyc(doc):
    """Paperless offline e-KYC: only the last 4 digits in referenceId (no full number)."""
    r = doc.rng
    p, pl = person(r), place(r)
    last4 = rstr(r, DIG, 4)
    ref = last4 + T(r, fmt="%Y%m%d%H%M%S") + "%03d" % r.randint(0, 999)
    dobv = DOB(doc, "%d-%m-%Y")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<OfflinePaperlessKyc referenceId="{ref}">
  <UidData>
    <Poi dob="{dobv}" e="{sha256hex(r)}" gender="{p['gender']}" m="{sha256hex(r)}" name="{p['name']}"/>
    <Poa careof="{'S/O: ' + p['father']}" country="India" dist="{pl['district']}" house="{r.randint(1, 99)}" landmark="" loc="{pl['village']}" pc="{pl['pin']}" po="{pl['village']}" state="{pl['state']}" street="" subdist="{pl['district']}" vtc="{pl['village']}"/>
    <Pht>{fake_b64_blob(r, 240, 76)}</Pht>
  </UidData>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><Reference URI=""><DigestValue>{b64digest(r)}</DigestValue></Reference></SignedInfo><SignatureValue>{fake_b64_blob(r, 256, 76)}</SignatureValue></Signature>
</OfflinePaperlessKyc>
"""


def ovse_log(doc):
    """An offline-verification agent's log: reference ids, share codes, and the full number the customer typed."""
    r = doc.rng
    clk = Clock(r)
    lines = []
    for i in range(r.randint(6, 9)):
        t = clk.T("%Y-%m-%dT%H:%M:%S") + "+05:30"
        case = r.random()
        if case < 0.5:
            v, d = AD(doc, r.choice(["compact", "space"]))
            ref = d[-4:] + T(r, fmt="%Y%m%d%H%M%S") + "%03d" % r.randint(0, 999)
            lines.append(f'{t} okyc.verify caseId=OV{rstr(r, DIG, 8)} referenceId={ref} sigValid=true last4Match=true declaredAadhaar="{v}" shareCode=****')
        else:
            last4 = rstr(r, DIG, 4)
            ref = last4 + T(r, fmt="%Y%m%d%H%M%S") + "%03d" % r.randint(0, 999)
            lines.append(f'{t} okyc.verify caseId=OV{rstr(r, DIG, 8)} referenceId={ref} sigValid={r.choice(["true", "false"])} last4Match=n/a declaredAadhaar=null mobileHash={sha256hex(r)[:16]}...')
    return "\n".join(lines) + "\n"


def qr_scan(doc):
    r = doc.rng
    out = ["# Aadhaar QR scanner export - kiosk " + rstr(r, DIG, 4), ""]
    for i in range(r.randint(3, 5)):
        p, pl = person(r), place(r)
        if r.random() < 0.7:
            uid = A(doc, "compact")
            dobv = DOB(doc, "%d/%m/%Y")
            out.append(f'scan #{i + 1} at {T(r)} type=XML_QR_LEGACY')
            out.append(f'<?xml version="1.0" encoding="UTF-8"?> <PrintLetterBarcodeData uid="{uid}" name="{p["name"]}" gender="{p["gender"]}" dob="{dobv}" co="S/O: {p["father"]}" house="{r.randint(1, 300)}" street="" lm="" loc="{pl["village"]}" vtc="{pl["village"]}" po="{pl["village"]}" dist="{pl["district"]}" subdist="{pl["district"]}" state="{pl["state"]}" pc="{pl["pin"]}"/>')
        else:
            big = r.choice("123456789") + rstr(r, DIG, r.randint(420, 600))
            out.append(f'scan #{i + 1} at {T(r)} type=SECURE_QR_V2')
            out.append("raw=" + big)
            out.append(f'decoded: refId={rstr(r, DIG, 4)}{T(r, fmt="%Y%m%d%H%M%S")}{rstr(r, DIG, 3)} name="{p["name"]}" mobileLast4={rstr(r, DIG, 4)} emailMobileIndicator=3 signature=OK')
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------
# DigiLocker, API Setu, partner JSON
# --------------------------------------------------------------------------
def digilocker_json(doc):
    r = doc.rng
    p = person(r)
    real, d = AD(doc, r.choice(["compact", "compact", "space"]), esc="json")
    masked = "xxxxxxxx" + d[-4:]
    obj = {
        "request_id": uuid4(r),
        "status": "SUCCESS",
        "source": "digilocker",
        "issued_documents": [
            {"name": "Aadhaar Card", "type": "file", "size": "", "date": T(r, fmt="%d-%m-%Y"), "parent": "",
             "mime": ["application/pdf", "application/xml"], "uri": "in.gov.uidai-ADHAR-" + rstr(r, HEX, 32),
             "doctype": "ADHAR", "description": "Aadhaar Card", "issuerid": "in.gov.uidai", "issuer": "Aadhaar, Unique Identification Authority of India"},
            {"name": "PAN Verification Record", "type": "file", "uri": "in.gov.pan-PANCR-" + pan(r, p["last"]),
             "doctype": "PANCR", "issuerid": "in.gov.pan", "issuer": "Income Tax Department"},
        ],
        "eaadhaar": {"uid": masked, "name": p["name"], "gender": p["gender"], "dob": None},
        "customer": {"declared_aadhaar": real, "aadhaar_last4": d[-4:], "consent_ts": T(r, fmt="%Y-%m-%dT%H:%M:%SZ")},
    }
    dv = DOB(doc, "%d-%m-%Y")
    obj["eaadhaar"]["dob"] = dv
    return json.dumps(obj, indent=2) + "\n"


def apisetu_pan_link(doc):
    r = doc.rng
    p = person(r)
    pn = pan(r, p["last"])
    v = A(doc, "compact")
    req = {"txnId": uuid4(r), "format": "json", "certificateParameters": {"PAN": pn, "AadhaarNumber": v, "FullName": p["name"]}, "consentArtifact": {"consent": {"consentId": uuid4(r), "timestamp": T(r, fmt="%Y-%m-%dT%H:%M:%S.000Z"), "dataConsumer": {"id": "api-consumer-" + rstr(r, DIG, 5)}, "purpose": {"description": "KYC re-verification"}}}}
    res = {"status": r.choice(["Y", "N", "P"]), "message": r.choice(["PAN is linked with given Aadhaar", "PAN not linked with Aadhaar", "Linking request pending with UIDAI"]), "linkedAadhaar": "XXXXXXXX" + v[-4:]}
    return ("POST /certificate/v3/pan/panaadhaarlink HTTP/1.1\nHost: apisetu.gov.in\nX-APISETU-CLIENTID: in.co." + rstr(r, "abcdefghijklmnop", 7)
            + "\nX-APISETU-APIKEY: " + "<api-key>" + "\nContent-Type: application/json\n\n" + json.dumps(req, indent=2)
            + "\n\nHTTP/1.1 200 OK\nContent-Type: application/json\nx-request-id: " + uuid4(r) + "\n\n" + json.dumps(res, indent=2) + "\n")


def partner_kyc_json(doc):
    """Fintech onboarding record as stored in a document store (camelCase)."""
    r = doc.rng
    p, pl = person(r), place(r)
    st = r.choice(["compact", "space", "nbsp"])
    v, d = AD(doc, st, esc="json")
    b, ifs = ifsc(r)
    rec = {
        "_id": rstr(r, HEX, 24), "customerId": "CUST" + rstr(r, DIG, 9), "kycStatus": r.choice(["VERIFIED", "PENDING_VKYC", "REJECTED"]),
        "name": p["name"], "gender": p["gender"], "dob": DOB(doc, "%Y-%m-%d"),
        "aadhaarNo": v, "aadhaarMasked": "XXXX XXXX " + d[-4:], "vid": None,
        "pan": pan(r, p["last"]), "ckycNumber": rstr(r, DIG, 14),
        "mobile": PH(doc, "plus"), "address": {"line1": f"H.No {r.randint(1, 500)}, {pl['village']}", "district": pl["district"], "state": pl["state"], "pincode": pl["pin"]},
        "bank": {"accountNumber": bank_account(r), "ifsc": ifs, "bankName": BANK_NAME[b]},
        "createdAt": T(r, fmt="%Y-%m-%dT%H:%M:%S.000Z"), "updatedAt": T(r, fmt="%Y-%m-%dT%H:%M:%S.000Z"),
    }
    if r.random() < 0.4:
        rec["vid"] = vid(None)
    return json.dumps(rec, indent=2) + "\n"


# --------------------------------------------------------------------------
# DBT / welfare files
# --------------------------------------------------------------------------
def pfms_csv(doc):
    r = doc.rng
    scheme = r.choice(["PMMVY", "NSAP-IGNOAPS", "PMAY-G", "NFSM", "SBM-G", "PMKSY"])
    rows = [["Sr No", "Beneficiary Code", "Beneficiary Name", "Father/Husband Name", "Gender", "Aadhaar Number", "Bank Account No", "IFSC Code", "Mobile No", "Amount", "Scheme Code", "Remarks"]]
    for i in range(r.randint(8, 12)):
        p = person(r)
        b, ifs = ifsc(r)
        k = r.random()
        if k < 0.8:
            a = A(doc, "compact", None)
            rem = ""
        elif k < 0.88:
            a = ""
            rem = "Aadhaar not seeded"
        elif k < 0.94:
            a = "XXXXXXXX" + rstr(r, DIG, 4)
            rem = "masked at source"
        else:
            a = bad("compact")
            rem = "Invalid Aadhaar - Verhoeff check failed"
        mob = PH(doc) if r.random() < 0.35 else ""
        rows.append([str(i + 1), f"{scheme[:4]}{rstr(r, DIG, 10)}", p["name"].upper(), p["father"].upper(), p["gender"], a, bank_account(r), ifs, mob, str(r.choice([1000, 1500, 2000, 3000, 5000, 6000])), scheme, rem])
    return csv_text(rows)


def pmkisan_csv(doc):
    r = doc.rng
    pl = place(r)
    rows = [["S.No", "Registration No", "Farmer Name", "Father Name", "Gender", "Category", "Aadhaar No", "Mobile No", "Account No", "IFSC", "State", "District", "Sub-District", "Village", "Land (Ha)", "eKYC Status"]]
    for i in range(r.randint(7, 10)):
        p = person(r)
        _, ifs = ifsc(r)
        k = r.random()
        a = A(doc, r.choice(["compact", "compact", "space"])) if k < 0.85 else ("" if k < 0.93 else "XXXX XXXX " + rstr(r, DIG, 4))
        rows.append([str(i + 1), pl["code"] + rstr(r, DIG, 9), p["name"], p["father"], p["gender"], r.choice(["GEN", "OBC", "SC", "ST"]), a, PH(doc) if r.random() < 0.3 else mask_mobile(in_mobile(), r), bank_account(r), ifs, pl["state"], pl["district"], pl["district"], r.choice(["Rampur", "Sonpur", "Kallur", "Wadgaon", "Belhar"]), "%.2f" % r.uniform(0.1, 2.0), r.choice(["Done", "Pending", "OTP Failed"])])
    return csv_text(rows)


def nrega_txt(doc):
    r = doc.rng
    pl = place(r)
    out = [f"MGNREGA - Job Card Register / Aadhaar Seeding Status", f"State: {pl['state']}   District: {pl['district']}   Block: {pl['village']}   FY: 2025-2026", ""]
    hdr = f"{'Job Card No':<26}{'Applicant Name':<24}{'Age':>4}  {'Aadhaar':<16}{'Account No':<18}{'NPCI Status':<14}"
    out += [hdr, "-" * len(hdr)]
    for i in range(r.randint(8, 12)):
        p = person(r)
        jc = f"{pl['code']}-{r.randint(1, 40):02d}-{r.randint(1, 20):03d}-{r.randint(1, 99):03d}-{r.randint(1, 999):03d}/{r.randint(1, 600)}"
        k = r.random()
        a = A(doc, "compact") if k < 0.8 else ("Not Available" if k < 0.9 else "XXXXXXXX" + rstr(r, DIG, 4))
        out.append(f"{jc:<26}{p['name'][:23]:<24}{r.randint(19, 70):>4}  {a:<16}{bank_account(r):<18}{r.choice(['Active', 'Active', 'Inactive', 'Not Mapped']):<14}")
    out += ["", f"Report generated on {T(r, fmt='%d/%m/%Y %I:%M:%S %p')}"]
    return "\n".join(out) + "\n"


def pds_csv(doc):
    r = doc.rng
    pl = place(r)
    rows = [["ration_card_no", "card_type", "member_id", "member_name", "relation", "age", "uid_no", "uid_seeded", "fps_id", "lpg_consumer_no", "last_txn"]]
    for _ in range(r.randint(3, 4)):
        rc = ration_card(r, pl["code"])
        fps = pl["code"] + rstr(r, DIG, 8)
        for rel in ["SELF", "WIFE", "SON", "DAUGHTER", "MOTHER"][:r.randint(2, 5)]:
            p = person(r)
            seeded = r.random() < 0.82
            rows.append([rc, r.choice(["AAY", "PHH", "NPHH"]), "".join(c for c in rc if c.isdigit()) + "%02d" % (len(rows) % 100), p["name"], rel, str(r.randint(3, 80)), A(doc, "compact") if seeded else "", "Y" if seeded else "N", fps, lpg_id(r) if rel == "SELF" else "", T(r, fmt="%d-%m-%Y")])
    return csv_text(rows, crlf=False)


def scholarship_csv(doc):
    r = doc.rng
    rows = [["Application ID", "Student Name", "Institute Code (AISHE)", "Course", "Year", "Aadhaar Number", "Aadhaar Enrolment ID", "Bank A/c", "IFSC", "Mobile", "Email", "Status"]]
    for i in range(r.randint(6, 9)):
        p = person(r)
        _, ifs = ifsc(r)
        yr = "2025"
        app = f"{p['first'][:2].upper()}{yr}{rstr(r, DIG, 10)}"
        if r.random() < 0.8:
            a, eid = A(doc, r.choice(["compact", "space"])), ""
        else:
            a, eid = "", enrolment_id(r) + " " + T(r, fmt="%d/%m/%Y %H:%M:%S")
        rows.append([app, p["name"], r.choice(["C-", "S-", "U-"]) + rstr(r, DIG, 5), r.choice(["B.A.", "B.Sc.", "B.Tech", "Diploma", "Class XI", "M.A."]), str(r.randint(1, 4)), a, eid, bank_account(r), ifs, PH(doc) if r.random() < 0.4 else "", EM(doc, p["name"]) if r.random() < 0.3 else "", r.choice(["Verified by Institute", "Defective", "Fresh", "Sanctioned"])])
    return csv_text(rows)


def pension_fixed(doc):
    r = doc.rng
    pl = place(r)
    out = ["GOVERNMENT OF " + pl["state"].upper(), "SOCIAL SECURITY PENSION - PAYMENT ADVICE FILE", f"District : {pl['district']:<20} Month : {r.choice(['APR', 'MAY', 'JUN', 'JUL'])}-2025", ""]
    out.append("SNO  PPO NO        PENSIONER NAME            AADHAAR NO      ACCOUNT NO          IFSC         AMOUNT")
    out.append("---  ------------  ------------------------  --------------  ------------------  -----------  ------")
    total = 0
    for i in range(r.randint(7, 10)):
        p = person(r)
        _, ifs = ifsc(r)
        amt = r.choice([500, 1000, 1200, 1500])
        total += amt
        a = A(doc, "space") if r.random() < 0.85 else "--            "
        out.append(f"{i + 1:>3}  {pl['code']}{rstr(r, DIG, 10)}  {p['name'].upper()[:24]:<24}  {a:<14}  {bank_account(r):<18}  {ifs}  {amt:>6}")
    out += ["", f"TOTAL{total:>95}", "", "Checked by: ________   Approved by: ________"]
    return "\n".join(out) + "\n"


def dbt_response_xml(doc):
    """NPCI APB-style Aadhaar payment bridge response, as an XML batch."""
    r = doc.rng
    items = []
    for i in range(r.randint(5, 7)):
        ok = r.random() < 0.8
        a = A(doc, "compact")
        items.append(f'  <Txn seq="{i + 1}" aadhaarNo="{a}" iin="{r.choice(["607094", "508534", "607153", "606985"])}" amount="{r.choice([2000, 1000, 500])}.00" status="{"SUCCESS" if ok else "FAILED"}" rrn="{rrn()}" reason="{"" if ok else r.choice(["Aadhaar not mapped", "Account closed", "Inactive Aadhaar"])}"/>')
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<ApbBatchResponse batchId="APB{rstr(r, DIG, 12)}" userNo="{rstr(r, DIG, 6)}" settlementDate="{T(r, fmt="%Y-%m-%d")}">\n' + "\n".join(items) + "\n</ApbBatchResponse>\n"


# --------------------------------------------------------------------------
# EPFO, bank, telecom, tax
# --------------------------------------------------------------------------
def epfo_kyc_txt(doc):
    r = doc.rng
    out = []
    for _ in range(r.randint(6, 9)):
        p = person(r)
        u = uan()
        k = r.random()
        if k < 0.6:
            out.append(f"{u}#A#{A(doc, 'compact')}#{p['name'].upper()}##")
        elif k < 0.8:
            out.append(f"{u}#T#{pan(r, p['last'])}#{p['name'].upper()}##")
        else:
            _, ifs = ifsc(r)
            out.append(f"{u}#B#{bank_account(r)}#{p['name'].upper()}#{ifs}#")
    return "\n".join(out) + "\n"


def epfo_form11(doc):
    r = doc.rng
    p = person(r)
    a = A(doc, r.choice(["space", "compact"]))
    dv = DOB(doc, "%d/%m/%Y")
    prev = uan()
    return f"""FORM No. 11 (New) - DECLARATION FORM
(To be retained by the employer for future reference)
EMPLOYEES' PROVIDENT FUND ORGANISATION

1. Name of the member                      : {p['name'].upper()}
2. Father's Name / Spouse's Name           : {p['father'].upper()}
3. Date of Birth (DD/MM/YYYY)              : {dv}
4. Gender                                  : {'Male' if p['gender'] == 'M' else 'Female'}
5. Marital Status                          : {r.choice(['Married', 'Unmarried'])}
6. (a) Email ID                            : {EM(doc, p['name'])}
   (b) Mobile No.                          : {PH(doc)}
7. Whether earlier a member of EPF Scheme  : Yes
8. Previous employment details
   a) Universal Account Number (UAN)       : {prev}
   b) Previous PF Account Number           : {r.choice(['MH', 'KN', 'DL', 'TN'])}/{r.choice(['BAN', 'PUN', 'CHE'])}/{rstr(r, DIG, 7)}/000/{rstr(r, DIG, 7)}
   c) Date of exit from previous employment: {T(r, 2024, '%d/%m/%Y')}
   d) Scheme Certificate No (if issued)    : NA
   e) PPO No (if issued)                   : NA
9. a) International Worker                 : No
10. KYC Details
   a) Bank Account No. & IFSC              : {bank_account(r)}  {ifsc(r)[1]}
   b) AADHAR Number                        : {a}
   c) Permanent Account Number (PAN)       : {pan(r, p['last'])}

UNDERTAKING
I certify that all the information given above is true to the best of my knowledge and belief.
Date: {T(r, fmt='%d/%m/%Y')}            Place: {place(r)['district']}        Signature of Member
"""


def ckyc_pipe(doc):
    """CKYC bulk upload (pipe-delimited): POI 'E' records carry only the last four digits."""
    r = doc.rng
    out = [f"10|{rstr(r, 'ABCDEFGHIJ', 4)}{rstr(r, DIG, 4)}|{T(r, fmt='%d-%m-%Y')}|{r.randint(5, 9)}|V1.3||||"]
    for i in range(r.randint(5, 8)):
        p, pl = person(r), place(r)
        dv = DOB(doc, "%d-%m-%Y")
        out.append(f"20|{i + 1}|01|{r.choice(['Mr', 'Mrs', 'Ms'])}|{p['first'].upper()}||{p['last'].upper()}|{p['gender']}|{dv}|IN|{pl['pin']}|{pl['state'][:2].upper()}|")
        out.append(f"30|{i + 1}|E|XXXXXXXX{rstr(r, DIG, 4)}||||01|")
        out.append(f"30|{i + 1}|C|{pan(r, p['last'])}||||01|")
    return "\n".join(out) + "\n"


def account_opening_ocr(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    b, ifs = ifsc(r)
    st = r.choice(["space", "boxes", "compact", "double"])
    a = A(doc, st)
    vv = vid(" ")
    return f"""{BANK_NAME[b].upper()}
ACCOUNT OPENING FORM - INDIVIDUALS (SAVINGS)          Branch: {pl['district']}   IFSC: {ifs}
Customer ID: {rstr(r, DIG, 9)}                       CKYC No: {rstr(r, DIG, 14)}

A. PERSONAL DETAILS
Name (as per OVD)  : {p['name'].upper()}
Father's/Spouse    : {p['father'].upper()}
Date of Birth      : {DOB(doc, '%d-%m-%Y')}        Gender: {p['gender']}
Mobile No.         : {PH(doc, 'any')}
E-mail             : {EM(doc, p['name'])}

B. PROOF OF IDENTITY / ADDRESS (tick one)
[X] Aadhaar Card   [ ] Passport   [ ] Voter ID   [ ] Driving Licence   [ ] NREGA Job Card
Aadhaar No.        : {a}
VID (optional)     : {vv}
PAN                : {pan(r, p['last'])}
Voter ID (EPIC)    : {epic(r)}

C. ADDRESS
{r.randint(1, 300)}, {pl['village']}, Tehsil {pl['district']}
Dist. {pl['district']}, {pl['state']} - {pl['pin']}

D. DECLARATION
I hereby consent to the Bank using my Aadhaar number for e-KYC authentication and for seeding with my
account for receipt of DBT benefits (NPCI mapper).       Signature / Thumb impression: ______________
Place: {pl['district']}  Date: {T(r, fmt='%d/%m/%Y')}

FOR BANK USE: A/c No. {bank_account(r)}   Opened by: {rstr(r, DIG, 6)}   Verified (OVD seen): Y
"""


def npci_seeding_csv(doc):
    r = doc.rng
    rows = [["ACCOUNT_NO", "AADHAAR_NO", "IIN", "MANDATE_FLAG", "OD_FLAG", "CONSENT_DATE", "MAPPER_STATUS", "LAST_UPDATED_RRN"]]
    for _ in range(r.randint(7, 10)):
        rows.append([bank_account(r), A(doc, "compact"), r.choice(["607094", "508534", "607153", "606985", "607387"]), r.choice(["Y", "N"]), r.choice(["Y", "N"]), T(r, fmt="%d%m%Y"), r.choice(["MAPPED", "MAPPED", "UNMAPPED", "MAPPED_OTHER_BANK"]), rrn()])
    return csv_text(rows, delim="|", crlf=False)


def telecom_pos_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(5, 8)):
        t = clk.T("%Y-%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999)
        caf = "CAF" + rstr(r, DIG, 10)
        msisdn = PH(doc, "cc")
        dev = imei(r)
        sim = iccid(r)
        k = r.random()
        if k < 0.7:
            a = A(doc, r.choice(["compact", "compact", "space"]), esc="json")
            body = json.dumps({"cafNo": caf, "msisdn": msisdn, "iccid": sim, "posCode": "POS" + rstr(r, DIG, 6), "ekyc": {"aadhaar": a, "authType": "FMR", "deviceImei": dev}, "poiType": "AADHAAR"})
        else:
            body = json.dumps({"cafNo": caf, "msisdn": msisdn, "iccid": sim, "posCode": "POS" + rstr(r, DIG, 6), "ekyc": {"vid": vid(None), "authType": "FACE", "deviceImei": dev}, "poiType": "AADHAAR_VID"})
        out.append(f"{t} DEBUG [pos-ekyc] --> POST /sim-activation/v2/ekyc {body}")
        out.append(f"{t} INFO  [pos-ekyc] <-- 200 caf={caf} status={r.choice(['EKYC_SUCCESS', 'EKYC_SUCCESS', 'BIOMETRIC_MISMATCH', 'TRAI_LIMIT_EXCEEDED'])} txn={txn_id(r)}")
    return "\n".join(out) + "\n"


def telecom_caf(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    return f"""CUSTOMER APPLICATION FORM (CAF) - PREPAID MOBILE CONNECTION
CAF No.: {rstr(r, DIG, 12)}          POS Code: {rstr(r, 'ABCDEFGH', 3)}{rstr(r, DIG, 7)}        Date: {T(r, fmt='%d-%b-%Y')}

Subscriber Name      : {p['name']}
Father/Husband Name  : {p['father']}
Date of Birth        : {DOB(doc, '%d-%b-%Y')}
Mobile No. allotted  : {PH(doc, 'any')}
SIM No. (ICCID)      : {iccid(r)}
Handset IMEI         : {imei(r)}
Alternate Contact    : {PH(doc)}
POI / POA document   : Aadhaar (e-KYC)
Aadhaar / UID No.    : {A(doc, r.choice(['space', 'compact']))}
UIDAI Auth Code      : {rstr(r, HEX, 32)}
Local Reference      : {r.randint(1, 200)}, {pl['village']}, {pl['district']}, {pl['state']} {pl['pin']}
No. of connections in subscriber's name (all TSPs): {r.randint(1, 5)}
Previous Operator / UPC (MNP only): NA

Declaration: I confirm that I am the holder of the above Aadhaar number and consent to biometric e-KYC.
"""


def itr_json(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    a = A(doc, "compact")
    obj = {"ITR": {"ITR1": {
        "CreationInfo": {"SWVersionNo": "1.0", "SWCreatedBy": "SW" + rstr(r, DIG, 8), "JSONCreatedBy": "SW" + rstr(r, DIG, 8), "JSONCreationDate": T(r, fmt="%Y-%m-%d"), "IntermediaryCity": "Delhi", "Digest": "-"},
        "Form_ITR1": {"FormName": "ITR-1", "Description": "For Indls having Income from Salary, Pension, family pension and Interest", "AssessmentYear": "2025", "SchemaVer": "Ver1.0", "FormVer": "Ver1.0"},
        "PersonalInfo": {"AssesseeName": {"FirstName": p["first"].upper(), "SurNameOrOrgName": p["last"].upper()}, "PAN": pan(r, p["last"]),
                         "Address": {"ResidenceNo": str(r.randint(1, 400)), "LocalityOrArea": pl["village"].upper(), "CityOrTownOrDistrict": pl["district"].upper(), "StateCode": "%02d" % r.randint(1, 36), "CountryCode": "91", "PinCode": int(pl["pin"]),
                                     "CountryCodeMobile": 91, "MobileNo": int(PH(doc)), "EmailAddress": doc.L("email", email_for(p["name"], r).upper())},
                         "DOB": DOB(doc, "%Y-%m-%d"), "EmployerCategory": r.choice(["OTH", "PSU", "CGOV"]), "AadhaarCardNo": a},
        "FilingStatus": {"ReturnFileSec": 11, "OptOutNewTaxRegime": "N", "ItrFilingDueDate": "2025-09-15"},
        "Refund": {"RefundDue": r.randint(0, 40000), "BankAccountDtls": {"AddtnlBankDetails": [{"IFSCCode": ifsc(r)[1], "BankName": "STATE BANK OF INDIA", "BankAccountNo": bank_account(r), "UseForRefund": "true"}]}},
    }}}
    return json.dumps(obj, indent=2) + "\n"


def pan_link_sms(doc):
    r = doc.rng
    out = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", f'<smses count="{0}" backup_set="{uuid4(r)}" backup_date="{r.randint(1700000000000, 1760000000000)}">']
    n = 0
    for _ in range(r.randint(4, 6)):
        p = person(r)
        a = A(doc, r.choice(["compact", "compact", "space"]))
        pn = pan(r, p["last"])
        t = r.randint(1700000000000, 1760000000000)
        out.append(f'  <sms protocol="0" address="567678" date="{t}" type="2" subject="null" body="UIDPAN {a} {pn}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" readable_date="{T(r, fmt="%d %b %Y %I:%M:%S %p")}" contact_name="(Unknown)" />')
        out.append(f'  <sms protocol="0" address="ITDEPT" date="{t + 60000}" type="1" subject="null" body="Your request for linking PAN {pn[:2]}XXXXXX{pn[-2:]} with Aadhaar XXXXXXXX{a.replace(" ", "")[-4:]} has been received and is under process. -ITD" toa="null" sc_toa="null" service_center="{PH(doc, "+91M")}" read="1" status="-1" locked="0" date_sent="{t + 59000}" readable_date="{T(r, fmt="%d %b %Y %I:%M:%S %p")}" contact_name="(Unknown)" />')
        n += 2
    out.append("</smses>")
    out[1] = out[1].replace('count="0"', f'count="{n}"')
    return "\n".join(out) + "\n"


def gst_reg_json(doc):
    r = doc.rng
    promoters = []
    for _ in range(r.randint(2, 3)):
        p = person(r)
        promoters.append({"fnm": p["first"], "lnm": p["last"], "dob": DOB(doc, "%d/%m/%Y"), "mobno": PH(doc), "em": EM(doc, p["name"]), "desig": r.choice(["Proprietor", "Partner", "Director"]), "din": rstr(r, DIG, 8), "pan": pan(r, p["last"]), "aadhaar": A(doc, "compact"), "isPrimaryAuthSignatory": r.choice(["Y", "N"])})
    obj = {"formName": "GST REG-01", "trn": rstr(r, DIG, 12) + "TRN", "arn": "AA" + "%02d" % r.randint(1, 37) + T(r, fmt="%m%y") + rstr(r, DIG, 7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
           "bzdtls": {"lgnm": r.choice(["SHREE", "NEW", "SRI"]) + " " + r.choice(["GANESH", "BALAJI", "LAXMI", "SAI"]) + " TRADERS", "pan": pan(r, "T", "F"), "constitution": "Partnership", "state": "%02d" % r.randint(1, 37)},
           "promoters": promoters, "aadhaarAuth": {"opted": "Y", "status": "AUTHENTICATED", "authTxnId": rstr(r, DIG, 16)}}
    return json.dumps(obj, indent=1) + "\n"


# --------------------------------------------------------------------------
# health, education, insurance
# --------------------------------------------------------------------------
def abha_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(3, 4)):
        t = clk.T("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randint(0, 999)
        enc = rstr(r, B64, 342) + "=="
        txn = uuid4(r)
        out.append(f'{t} INFO  abdm-gateway  POST /v3/enrollment/request/otp {{"txnId":"","scope":["abha-enrol"],"loginHint":"aadhaar","loginId":"{enc}","otpSystem":"aadhaar"}}')
        if r.random() < 0.55:
            v = A(doc, "compact")
            out.append(f'{t} DEBUG abdm-gateway  pre-encrypt aadhaar={v} txnId={txn}')
        out.append(f'{t} INFO  abdm-gateway  200 {{"txnId":"{txn}","message":"OTP sent to Aadhaar registered mobile number ending with ******{rstr(r, DIG, 4)}"}}')
        ab = abha_number(r)
        out.append(f'{t} INFO  abdm-gateway  enrol OK ABHANumber={ab} preferredAbhaAddress={rstr(r, "abcdefghijklmnop", 8)}{r.randint(10, 99)}@abdm healthIdNumber={ab}')
    return "\n".join(out) + "\n"


def hl7_adt(doc):
    r = doc.rng
    segs = []
    for _ in range(r.randint(3, 4)):
        p, pl = person(r), place(r)
        mrn = "MRN" + rstr(r, DIG, 7)
        a = A(doc, "compact")
        ab = abha_number(r).replace("-", "")
        dv = DOB(doc, "%Y%m%d")
        msh = f"MSH|^~\\&|HIS|{pl['district'].upper()}_DH|ABDM_BRIDGE|NHA|{T(r, fmt='%Y%m%d%H%M%S')}||ADT^A04^ADT_A01|MSG{rstr(r, DIG, 8)}|P|2.5.1"
        pid = f"PID|1||{mrn}^^^HOSP^MR~{a}^^^UIDAI^NI~{ab}^^^ABDM^HC||{p['last'].upper()}^{p['first'].upper()}||{dv}|{p['gender']}|||{r.randint(1, 300)} {pl['village']}^^{pl['district']}^{pl['state']}^{pl['pin']}^IND||^PRN^CP^^91^{PH(doc)}"
        pv1 = f"PV1|1|O|OPD^{r.randint(1, 30)}^^{pl['district'].upper()}_DH||||{rstr(r, DIG, 6)}^{r.choice(['RAO', 'SINGH', 'IYER'])}^{r.choice(['K', 'M', 'S'])}"
        segs.append("\r".join([msh, f"EVN|A04|{T(r, fmt='%Y%m%d%H%M%S')}", pid, pv1]))
    return "\r\n".join(segs) + "\r\n"


def fhir_patient(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    a = A(doc, r.choice(["compact", "compact", "space"]))
    res = {"resourceType": "Patient", "id": uuid4(r), "meta": {"versionId": "1", "lastUpdated": T(r, fmt="%Y-%m-%dT%H:%M:%S.000+05:30"), "profile": ["https://nrces.in/ndhm/fhir/r4/StructureDefinition/Patient"]},
           "identifier": [
               {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR", "display": "Medical record number"}]}, "system": "https://hospital.example.org/mrn", "value": rstr(r, DIG, 8)},
               {"type": {"coding": [{"system": "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code", "code": "ADN", "display": "Adhaar number"}]}, "system": "https://uidai.gov.in", "value": a},
               {"type": {"coding": [{"system": "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code", "code": "ABHA", "display": "Ayushman Bharat Health Account"}]}, "system": "https://healthid.abdm.gov.in", "value": abha_number(r)}],
           "name": [{"text": p["name"]}], "telecom": [{"system": "phone", "value": PH(doc, "plus"), "use": "mobile"}],
           "gender": "male" if p["gender"] == "M" else "female", "birthDate": DOB(doc, "%Y-%m-%d"),
           "address": [{"line": [f"{r.randint(1, 300)}, {pl['village']}"], "district": pl["district"], "state": pl["state"], "postalCode": pl["pin"], "country": "IN"}]}
    return json.dumps(res, indent=2) + "\n"


def discharge_summary(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    lang = r.choice(["hi", "mr", "bn", "ta", "te", "kn"])
    lab = INDIC[lang]
    a = A(doc, r.choice(["space", "compact", "double"]))
    return f"""{pl['district'].upper()} DISTRICT HOSPITAL
DISCHARGE SUMMARY                                   IPD No: {rstr(r, DIG, 7)}   UHID: {rstr(r, DIG, 10)}

Patient Name : {p['name']}            Age/Sex: {r.randint(18, 85)}/{p['gender']}
{lab[0]} / Aadhaar No : {a}
ABHA No      : {abha_number(r)}          PM-JAY ID: {rstr(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 9)}
Mobile       : {PH(doc, 'any')}
Address      : {pl['village']}, {pl['district']}, {pl['state']} - {pl['pin']}
Date of Admission : {T(r, fmt='%d/%m/%Y %H:%M')}     Date of Discharge : {T(r, fmt='%d/%m/%Y %H:%M')}

Diagnosis: {r.choice(['Acute gastroenteritis with moderate dehydration', 'Community acquired pneumonia', 'Dengue fever without warning signs', 'Type 2 DM with cellulitis left foot', 'Fracture shaft of femur (R)'])}
Treatment given: IV fluids, antibiotics as per chart, analgesics. Vitals stable at discharge.
Advice: Review in OPD after 7 days. Tab. Paracetamol 650 mg SOS. Plenty of oral fluids.

Lab ref: SR{rstr(r, DIG, 9)}   Bill No: {rstr(r, DIG, 8)}   Claim (PM-JAY) TMS ID: CASE/{rstr(r, DIG, 8)}/{rstr(r, DIG, 5)}
Consultant: Dr. {r.choice(['A. Rao', 'S. Iyer', 'P. Singh', 'M. Das'])} (Reg. No. {rstr(r, DIG, 5)})
"""


def pmjay_csv(doc):
    r = doc.rng
    rows = [["PMJAY_ID", "FAMILY_ID", "NAME", "GENDER", "YOB", "AADHAAR", "AADHAAR_VERIFIED", "MOBILE", "DISTRICT", "CARD_STATUS"]]
    for _ in range(r.randint(7, 10)):
        p, pl = person(r), place(r)
        v = r.random() < 0.8
        rows.append([rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ123456789", 9), rstr(r, DIG, 8), p["name"].upper(), p["gender"], str(r.randint(1940, 2010)), A(doc, "compact") if v else "", "Y" if v else "N", PH(doc) if r.random() < 0.3 else "", pl["district"], r.choice(["APPROVED", "PENDING", "REJECTED"])])
    return csv_text(rows)


def udise_csv(doc):
    r = doc.rng
    rows = [["UDISE Code", "Student PEN", "Class", "Section", "Student Name", "Gender", "DOB", "Mother Name", "Father Name", "Student Aadhaar", "Name as per Aadhaar", "Aadhaar Validated", "APAAR ID"]]
    udise = str(r.randint(10, 38)) + rstr(r, DIG, 9)
    for _ in range(r.randint(7, 10)):
        p = person(r)
        has = r.random() < 0.85
        rows.append([udise, rstr(r, DIG, 11), str(r.randint(1, 12)), r.choice("ABC"), p["name"], p["gender"], DOB(doc, "%d/%m/%Y", 2008, 2019), r.choice(["Sunita", "Kamala", "Rekha", "Lakshmi"]) + " " + p["last"], p["father"], A(doc, "compact") if has else "", p["name"].upper() if has else "", r.choice(["Yes", "Yes", "No", "Pending"]) if has else "NA", rstr(r, DIG, 12)])
    return csv_text(rows)


def admission_form(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    lang = r.choice(LANGS)
    lab = INDIC[lang]
    d = aadhaar_digits()
    boxes = "|" + "|".join(d) + "|"
    doc.L(CAT, "|".join(d))
    return f"""{r.choice(['GOVT. SENIOR SECONDARY SCHOOL', 'KENDRIYA VIDYALAYA', 'ZILLA PARISHAD HIGH SCHOOL'])}, {pl['village'].upper()}
ADMISSION FORM  2025-26                                   Adm. No. {rstr(r, DIG, 5)}

1. {lab[5]} / Name of student : {p['name']}
2. {lab[4]} / Date of Birth   : {DOB(doc, '%d-%m-%Y', 2010, 2019)}
3. {lab[6]} / Father's name  : {p['father']}
4. {lab[0]} / Aadhaar No. of student (write one digit in each box)
   {boxes}
5. Aadhaar of parent/guardian : {A(doc, r.choice(['space', 'compact']))}
6. {lab[8]} / Mobile : {PH(doc)}
7. {lab[7]} / Address : {pl['village']}, {pl['district']} {pl['pin']}
8. Category: GEN / OBC / SC / ST       Religion: ________   CWSN: No
9. Previous school TC No.: {rstr(r, DIG, 4)}/{r.randint(2020, 2025)}   SR No.: {rstr(r, DIG, 4)}

(For office use) Student PEN: {rstr(r, DIG, 11)}    APAAR ID: {rstr(r, DIG, 12)}    Fee receipt: {rstr(r, DIG, 6)}
"""


def insurance_claim_json(doc):
    r = doc.rng
    p = person(r)
    nominee = person(r)
    obj = {"claimNo": "CL" + rstr(r, DIG, 12), "policyNo": f"{r.randint(100, 999)}/{rstr(r, DIG, 8)}/{r.randint(10, 99)}/000", "scheme": r.choice(["PMJJBY", "PMSBY", "HEALTH-RETAIL", "MOTOR-TP"]),
           "insured": {"name": p["name"], "dob": DOB(doc, "%d-%m-%Y"), "aadhaar": A(doc, r.choice(["compact", "space"])), "mobile": PH(doc, "any"), "bankAccount": bank_account(r), "ifsc": ifsc(r)[1]},
           "nominee": {"name": nominee["name"], "relation": r.choice(["SPOUSE", "SON", "DAUGHTER", "MOTHER"]), "aadhaar": A(doc, "compact"), "kycDoc": "AADHAAR"},
           "documents": [{"type": "AADHAAR_FRONT", "sha256": sha256hex(r)}, {"type": "DEATH_CERT", "sha256": sha256hex(r)}, {"type": "CANCELLED_CHEQUE", "sha256": sha256hex(r)}],
           "intimationDate": T(r, fmt="%Y-%m-%d"), "status": r.choice(["UNDER_REVIEW", "SETTLED", "QUERY_RAISED"])}
    return json.dumps(obj, indent=2) + "\n"


def pmjjby_csv(doc):
    r = doc.rng
    rows = [["Account Number", "Customer Name", "Aadhaar Number", "Nominee Name", "Nominee Relation", "Nominee Aadhaar", "Premium Debited", "Enrolment Date", "Mobile"]]
    for _ in range(r.randint(6, 8)):
        p, n = person(r), person(r)
        rows.append([bank_account(r), p["name"].upper(), A(doc, r.choice(["compact", "compact", "space"])), n["name"].upper(), r.choice(["SPOUSE", "SON", "DAUGHTER", "FATHER"]), A(doc, "compact") if r.random() < 0.5 else "", "436.00", T(r, fmt="%d/%m/%Y"), PH(doc) if r.random() < 0.3 else ""])
    return csv_text(rows)


# --------------------------------------------------------------------------
# app logs, stack traces, UPI/AePS, access logs
# --------------------------------------------------------------------------
def java_kyc_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    pkg = r.choice(["com.paynext.onboarding", "in.fincorp.kyc", "com.lendwise.kyc.service"])
    for _ in range(r.randint(4, 6)):
        t = clk.T("%Y-%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999)
        th = f"http-nio-8080-exec-{r.randint(1, 40)}"
        cid = uuid4(r)
        v = A(doc, r.choice(["compact", "space"]))
        k = r.random()
        out.append(f"{t}  INFO 1 --- [{th}] {pkg}.AadhaarController     : initiate OTP request customerId={cid} aadhaarNumber={v} consent=true")
        if k < 0.5:
            out.append(f"{t} ERROR 1 --- [{th}] {pkg}.UidaiClient           : OTP generation failed for uid {v}")
            out.append(f"{pkg}.exception.UidaiException: K-100 Resident not eligible for OTP (uid={v}, txn=UKC:{rstr(r, ALNUM, 12)})")
            out.append(f"\tat {pkg}.UidaiClient.generateOtp(UidaiClient.java:{r.randint(80, 300)})")
            out.append(f"\tat {pkg}.AadhaarService.initiate(AadhaarService.java:{r.randint(40, 200)})")
            out.append(f"\tat {pkg}.AadhaarController.initiate(AadhaarController.java:{r.randint(30, 90)})")
            out.append("\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)")
            out.append("\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:258)")
            out.append(f"\t... {r.randint(40, 90)} common frames omitted")
        else:
            out.append(f"{t}  INFO 1 --- [{th}] {pkg}.UidaiClient           : OTP sent, txn=UKC:{rstr(r, ALNUM, 12)} maskedMobile=******{rstr(r, DIG, 4)} uidToken={rstr(r, ALNUM, 72)}")
    return "\n".join(out) + "\n"


def python_trace_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(2, 4)):
        t = clk.T("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        v = A(doc, r.choice(["compact", "space", "dash"]))
        rid = uuid4(r)
        out.append(f"{t} ERROR [celery.worker] Task kyc.tasks.verify_aadhaar[{rid}] raised unexpected: ValidationError({{'aadhaar_number': ['Name mismatch for {v}']}})")
        out.append("Traceback (most recent call last):")
        out.append('  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task')
        out.append("    R = retval = fun(*args, **kwargs)")
        out.append('  File "/app/kyc/tasks.py", line ' + str(r.randint(40, 160)) + ", in verify_aadhaar")
        out.append("    result = client.verify(aadhaar_number=aadhaar_number, name=name)")
        out.append('  File "/app/kyc/clients/karza.py", line ' + str(r.randint(20, 120)) + ", in verify")
        out.append("    raise ValidationError({'aadhaar_number': [f'Name mismatch for {aadhaar_number}']})")
        out.append(f"rest_framework.exceptions.ValidationError: {{'aadhaar_number': [ErrorDetail(string='Name mismatch for {v}', code='invalid')]}}")
        out.append(f"{t} WARNING [kyc.tasks] retrying in 60s (attempt {r.randint(1, 3)}/3) request_id={rstr(r, HEX, 32)}")
    return "\n".join(out) + "\n"


def aeps_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(8, 12)):
        t = clk.T("%d-%m-%Y %H:%M:%S")
        k = r.random()
        stan = rstr(r, DIG, 6)
        rr = rrn()
        typ = r.choice(["CW", "BE", "MS", "CD"])
        amt = "0.00" if typ in ("BE", "MS") else "%d.00" % r.choice([500, 1000, 2000, 3000])
        if k < 0.55:
            a = A(doc, "compact")
        elif k < 0.85:
            a = "XXXXXXXX" + rstr(r, DIG, 4)
        else:
            a = vid(None)
        out.append(f"{t}|AEPS|{typ}|agent={rstr(r, 'ABCDEFGH', 2)}{rstr(r, DIG, 8)}|iin={r.choice(['607094', '508534', '607153', '606985'])}|aadhaar={a}|amt={amt}|stan={stan}|rrn={rr}|resp={r.choice(['00', '00', '00', '51', 'U3', '91'])}|bal={r.randint(0, 50000)}.{r.randint(0, 99):02d}")
    return "\n".join(out) + "\n"


def upi_log(doc):
    """UPI switch log: RRNs, txn ids, VPAs (no Aadhaar except AePS/Aadhaar-OTP onboarding)."""
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(8, 12)):
        t = clk.T("%Y-%m-%dT%H:%M:%S.") + "%03d+05:30" % r.randint(0, 999)
        p = person(r)
        vpa = f"{p['first'].lower()}{rstr(r, DIG, 3)}@{r.choice(['oksbi', 'ybl', 'paytm', 'okaxis', 'ibl'])}"
        k = r.random()
        if k < 0.35:
            v = A(doc, "compact", esc="json")
            out.append(f'{t} INFO upi-onboard setPin mode=AADHAAR_OTP payload={{"vpa":"{vpa}","aadhaarNo":"{v}","bank":"{r.choice(list(BANK_NAME))}","ts":"{T(r)}"}}')
        else:
            out.append(f'{t} INFO upi-switch ReqPay txnId={r.choice(["YBL", "AXL", "PTM", "ICI"])}{rstr(r, HEX, 32)} rrn={rrn()} payer={vpa} payee={rstr(r, "abcdefghij", 6)}@{r.choice(["axl", "ybl", "hdfcbank"])} amount={r.randint(10, 5000)}.00 result={r.choice(["SUCCESS", "SUCCESS", "FAILURE", "DEEMED"])} respCode={r.choice(["00", "U30", "ZM", "Z9"])}')
    return "\n".join(out) + "\n"


def nginx_access(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(10, 14)):
        ip = IP(doc) if r.random() < 0.5 else private_ipv4(r)
        t = clk.T("%d/%b/%Y:%H:%M:%S +0530")
        k = r.random()
        if k < 0.55:
            d = aadhaar_digits()
            st = r.choice(["space+", "space%20", "compact", "dash"])
            if st == "space+":
                v = "+".join([d[:4], d[4:8], d[8:]])
            elif st == "space%20":
                v = "%20".join([d[:4], d[4:8], d[8:]])
            elif st == "dash":
                v = fmt_aadhaar(d, "dash")
            else:
                v = d
            doc.L(CAT, v)
            key = r.choice(["aadhaar", "aadhaar_no", "uid", "aadhaarNumber", "adhar"])
            path = f"/api/v1/beneficiary/search?{key}={v}&state={r.choice(['UP', 'BR', 'MH'])}"
        elif k < 0.75:
            path = f"/api/v1/txn/status?rrn={rrn()}&utr={rstr(r, DIG, 12)}"
        else:
            path = f"/api/v1/beneficiary/{r.randint(100000, 999999)}?vid={vid(None)}"
        out.append(f'{ip} - - [{t}] "GET {path} HTTP/1.1" {r.choice([200, 200, 200, 404, 401, 500])} {r.randint(120, 9000)} "-" "{r.choice(["okhttp/4.12.0", "Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36", "python-requests/2.31.0"])}" rt={r.randint(1, 900) / 1000:.3f}')
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# messages, e-mail, OCR, SQL, HTTP, events, sheets
# --------------------------------------------------------------------------
HINGLISH = [
    "bhai mera aadhaar number {a} hai, form me daal dena",
    "Aadhar no. {a} - mummy ka hai, pension wale form me lagana",
    "sir aapne aadhaar manga tha: {a}",
    "Adhaar {a} naam {n}, bank me KYC ke liye bhej raha hu",
    "UID {a} check karo na, OTP nahi aa raha",
    "ye lo papa ka aadhar {a} aur ration card {rc}",
]


def whatsapp_export(doc):
    r = doc.rng
    p1, p2 = person(r), person(r)
    lines = []
    lang = r.choice(LANGS)
    lab = INDIC[lang]
    for t in sorted(ts(r) for _ in range(r.randint(9, 13))):
        who = r.choice([p1["first"], p2["first"]])
        k = r.random()
        if k < 0.45:
            a = A(doc, r.choice(["space", "compact", "compact", "double", "dash"]))
            msg = r.choice(HINGLISH).format(a=a, n=p1["name"], rc=ration_card(r, "UP"))
        elif k < 0.6:
            a = A(doc, r.choice(["space", "compact"]))
            msg = f"{lab[0]}: {a}"
        elif k < 0.7:
            msg = f"OTP mat bhejna kisi ko. Mera VID hai {vid(' ')} - isse kaam chal jayega"
        elif k < 0.8:
            msg = f"mera mobile {PH(doc, r.choice(['plain', 'any']))} pe call karo"
        elif k < 0.88:
            msg = f"payment aa gaya, UTR {rrn()} ✅"
        else:
            msg = r.choice(["ok", "👍", "thik hai", "kal bhejta hu", "<Media omitted>", "haan ho gaya"])
        lines.append(f"[{t.strftime('%d/%m/%y, %I:%M:%S %p')}] {who}: {msg}")
    return "\n".join(lines) + "\n"


def sms_inbox_csv(doc):
    r = doc.rng
    rows = [["_id", "address", "date", "type", "body"]]
    for i in range(r.randint(8, 12)):
        k = r.random()
        d = str(r.randint(1700000000000, 1760000000000))
        if k < 0.3:
            a, dg = AD(doc, "compact")
            body = f"Dear Customer, your Aadhaar {a} has been successfully seeded with A/c XX{rstr(r, DIG, 4)} for DBT. -{r.choice(['SBI', 'PNB', 'BOB'])}"
            # real banks mask; some do not
        elif k < 0.5:
            body = f"Aadhaar No. XXXXXXXX{rstr(r, DIG, 4)} has been authenticated for {r.choice(['eKYC', 'OTP'])} at {T(r, fmt='%d/%m/%Y %H:%M')} (Txn:{rstr(r, DIG, 6)}). If not done by you, lock your biometrics. -UIDAI"
        elif k < 0.65:
            body = f"{rstr(r, DIG, 6)} is OTP for Aadhaar (XX{rstr(r, DIG, 4)}) (valid for 10 mins). To update Aadhaar, upload documents on myAadhaar portal. -UIDAI"
        elif k < 0.8:
            a = A(doc, r.choice(["space", "compact"]))
            body = f"PM-KISAN: Rs 2000 credited for Aadhaar {a}. Installment {r.randint(15, 21)}. Check status on pmkisan.gov.in"
        elif k < 0.9:
            body = f"Your Enrolment ID {enrolment_id(r)} {T(r, fmt='%d/%m/%Y %H:%M:%S')} for Aadhaar update is under process. -UIDAI"
        elif k < 0.95:
            body = f"PNR:{r.choice('2468')}{rstr(r, DIG, 9)},TRN:{r.randint(12001, 22999)},DOJ:{T(r, fmt='%d-%m-%y')},SL,{r.choice(['NDLS', 'BCT', 'MAS', 'HWH'])}-{r.choice(['LKO', 'PNBE', 'SBC', 'ADI'])},Dep:{r.randint(0, 23):02d}:{r.choice(['05', '35', '50'])},{person(r)['name'].split()[0].upper()}+1,S{r.randint(1, 9)} {r.randint(1, 72)},Fare:{r.randint(300, 2500)},SC Fee:11.8+PG CHGS. -IRCTC"
        else:
            body = f"Rs.{r.randint(100, 5000)}.00 debited from A/c XX{rstr(r, DIG, 4)} on {T(r, fmt='%d-%m-%y')} via UPI Ref No {rrn()}. Not you? Call {doc.L('phone', '1800' + rstr(r, DIG, 7))}"
        if "IRCTC" in body:
            sender = r.choice(["AD-IRCTCi", "VM-IRCTCi"])
        elif "PM-KISAN" in body:
            sender = "JD-PMKISN"
        elif "-UIDAI" in body:
            sender = r.choice(["AX-UIDAI", "BZ-UIDAI"])
        elif "-SBI" in body:
            sender = "VM-SBIINB"
        elif "-BOB" in body:
            sender = "JM-BOBTXN"
        elif "-PNB" in body:
            sender = "AD-PNBSMS"
        else:
            sender = r.choice(["JM-BOBTXN", "VK-HDFCBK", "AX-ICICIT"])
        rows.append([str(1000 + i), sender, d, "1", body])
    return csv_text(rows, crlf=False)


def support_email(doc):
    r = doc.rng
    p = person(r)
    frm = EM(doc, p["name"])
    a = A(doc, r.choice(["space", "compact", "nbsp", "dash"]))
    a2 = A(doc, r.choice(["space", "compact"])) if r.random() < 0.6 else None
    tk = rstr(r, DIG, 7)
    second = f"\nMy wife's Aadhaar card number is {a2}, please update hers also.\n" if a2 else ""
    dom = ["paynext.in", "kisanmitra.co.in", "finserv-help.in", "lendwise.co.in", "agrocredit.in"][doc.meta_i]
    sup = doc.L("email", "support@" + dom)
    boundary = "----=_Part_" + rstr(r, DIG, 6) + "_" + rstr(r, DIG, 9) + "." + rstr(r, DIG, 13)
    return f"""Return-Path: <{frm}>
Received: from mail-pj1-f{r.randint(40, 70)}.google.com (mail-pj1-f{r.randint(40, 70)}.google.com [{doc.L("ipv4", REG.fresh("ipv4", lambda: "209.85.%d.%d" % (frng("gmail-ip").randint(128, 255), frng("gmail-ip").randint(2, 250))))}])
	by mx.helpdesk.in (Postfix) with ESMTPS id {rstr(r, '0123456789ABCDEF', 11)}
	for <{sup}>; {ts(r).strftime('%a, %d %b %Y %H:%M:%S +0530')}
From: {p['name']} <{frm}>
To: {sup}
Subject: Re: [Ticket #{tk}] KYC rejected - Aadhaar mismatch
Date: {ts(r).strftime('%a, %d %b %Y %H:%M:%S +0530')}
Message-ID: <CA{rstr(r, ALNUM, 40)}@mail.gmail.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hello team,

My KYC was rejected saying "Aadhaar details mismatch". My Aadhaar no is {a} and name on card is
{p['name'].upper()}. I have already updated my address. My enrolment id for update was
{enrolment_id(r)} {T(r, fmt='%d/%m/%Y %H:%M:%S')}.
{second}
Registered mobile: {PH(doc, 'any')}

Thanks,
{p['first']}

On {T(r, fmt='%a, %d %b %Y')} Support <{doc.L("email", "noreply@" + dom)}> wrote:
> Dear Customer, we could not verify your Aadhaar XXXX XXXX {rstr(r, DIG, 4)}. Please reply with a
> clear copy of your e-Aadhaar. Do NOT share your OTP or VID with anyone.

--{boundary}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr">Hello team,<br><br>My KYC was rejected saying &quot;Aadhaar details mismatch&quot;. My Aadhaar no is <b>{a}</b> and name on card is {p['name'].upper()}.<br>{second.replace(chr(10), '<br>')}</div>

--{boundary}--
"""


def ticket_thread(doc):
    r = doc.rng
    out = [f"Ticket #{rstr(r, DIG, 6)}  Priority: {r.choice(['High', 'Normal'])}  Queue: KYC-Escalations  Status: {r.choice(['Open', 'Pending', 'Resolved'])}", ""]
    for _ in range(r.randint(3, 5)):
        p = person(r)
        who = r.choice(["Agent " + p["first"], "Customer", "L2 " + p["first"]])
        k = r.random()
        if k < 0.55:
            a = A(doc, r.choice(["space", "compact", "dash", "double"]))
            msg = r.choice([f"Customer says UID {a} is correct but e-KYC returns K-100.",
                            f"Please re-run eKYC for Aadhaar {a}, the earlier txn timed out.",
                            f"Aadhaar number given in the call: {a} (verified the last 4 with the masked copy).",
                            f"Duplicate account found with same aadhaar_no={a}; merging.",
                            f"Verified UIDAI No. {a} against the e-Aadhaar PDF; name matches."])
        elif k < 0.75:
            msg = f"The customer shared only the VID {vid(' ')} and masked Aadhaar XXXX XXXX {rstr(r, DIG, 4)}; asked for e-Aadhaar."
        else:
            msg = f"Refund processed, RRN {rrn()}, ack no {rstr(r, DIG, 15)}."
        out.append(f"--- {who} ({T(r)}) ---")
        out.append(msg)
        out.append("")
    return "\n".join(out)


def eaadhaar_ocr(doc):
    r = doc.rng
    p, pl = person(r), place(r)
    lang = doc.meta_lang
    lab = INDIC[lang]
    v, d = AD(doc, r.choice(["space", "space", "space", "double", "nbsp"]))
    vv = vid(" ")
    eid = enrolment_id(r)
    dv = DOB(doc, "%d/%m/%Y")
    noise = r.choice(["", "|", "'", "."])
    return f"""भारतीय विशिष्ट पहचान प्राधिकरण
Unique Identification Authority of India
नामांकन क्रम / Enrolment No.: {eid}
To
{p['name']}
{('S/O' if p['gender'] == 'M' else 'D/O')}: {p['father']}
{r.randint(1, 400)}, {pl['village']}, {pl['district']}
{pl['state']} - {pl['pin']}
{lab[8]}/Mobile: {mask_mobile(in_mobile(), r)}

{lab[2]} / Your Aadhaar No. :
{v}
VID : {vv}
{lab[3]}

{noise}{lab[5]} / Name: {p['name']}
{lab[4]} / DOB: {dv}
{'पुरुष / MALE' if p['gender'] == 'M' else 'महिला / FEMALE'}
{v}
{lab[1]} / Aadhaar no. issued: {T(r, 2019, '%d/%m/%Y')}   Details as on: {T(r, fmt='%d/%m/%Y')}
Download Date: {T(r, fmt='%d/%m/%Y')}
Aadhaar is proof of identity, not of citizenship or date of birth. It should be used with verification (online authentication, or scanning of QR code / offline XML).
"""


def indic_letter(doc):
    """A letter / application in an Indic language quoting the Aadhaar number in prose."""
    r = doc.rng
    lang = doc.meta_lang
    lab = INDIC[lang]
    p, pl = person(r), place(r)
    a = A(doc, r.choice(["space", "compact", "dash"]))
    a2 = A(doc, r.choice(["space", "compact"]))
    mob = PH(doc, r.choice(["plain", "any"]))
    bodies = {
        "hi": f"सेवा में,\nशाखा प्रबंधक,\n{BANK_NAME[ifsc(r)[0]]}, {pl['district']}\n\nविषय: खाते में आधार सीडिंग हेतु आवेदन\n\nमहोदय,\nनिवेदन है कि मेरा बचत खाता संख्या {bank_account(r)} आपकी शाखा में है। कृपया मेरा {lab[0]} {a} मेरे खाते से जोड़ने की कृपा करें, ताकि डीबीटी की राशि सीधे खाते में आ सके। मेरी पत्नी का {lab[1]} {a2} है।\n{lab[8]}: {mob}\n\nभवदीय\n{p['name']}\nदिनांक: {T(r, fmt='%d/%m/%Y')}",
        "mr": f"प्रति,\nमा. तहसीलदार साहेब, {pl['district']}\n\nविषय: संजय गांधी निराधार योजनेसाठी अर्ज\n\nमी {p['name']}, राहणार {pl['village']}, अर्ज करतो की मला योजनेचा लाभ मिळावा. माझा {lab[0]} {a} असून बँक खाते {bank_account(r)} आहे. माझ्या पत्नीचा {lab[1]} {a2}.\n{lab[8]}: {mob}\n\nआपला विश्वासू,\n{p['name']}",
        "bn": f"প্রতি,\nবিডিও মহাশয়, {pl['district']}\n\nবিষয়: লক্ষ্মীর ভাণ্ডার প্রকল্পে নাম সংশোধন\n\nমহাশয়,\nআমার {lab[0]} {a} এবং আমার স্বামীর {lab[1]} {a2}। দয়া করে তথ্য সংশোধন করুন।\n{lab[8]}: {mob}\n\nবিনীত,\n{p['name']}",
        "ta": f"அனுப்புநர்:\n{p['name']}, {pl['village']}\n\nபெறுநர்:\nவட்டாட்சியர், {pl['district']}\n\nபொருள்: முதியோர் உதவித்தொகை விண்ணப்பம்\n\nஐயா,\nஎனது {lab[0]} {a}. எனது மனைவியின் {lab[1]} {a2}. வங்கிக் கணக்கு எண் {bank_account(r)}.\n{lab[8]}: {mob}\n\nஇப்படிக்கு,\n{p['name']}",
        "te": f"గౌరవనీయులైన మండల రెవెన్యూ అధికారి గారికి,\n{pl['district']}\n\nవిషయం: రైతు బంధు పథకంలో పేరు నమోదు\n\nనా {lab[0]} {a}. నా భార్య {lab[1]} {a2}. పట్టాదారు పాస్‌బుక్ నం. {rstr(r, 'ABCDEFGHJK', 1)}{rstr(r, DIG, 9)}.\n{lab[8]}: {mob}\n\nఇట్లు,\n{p['name']}",
        "kn": f"ಗೆ,\nತಹಶೀಲ್ದಾರರು, {pl['district']}\n\nವಿಷಯ: ಗೃಹಲಕ್ಷ್ಮಿ ಯೋಜನೆ ಅರ್ಜಿ\n\nನನ್ನ {lab[0]} {a}. ನನ್ನ ಗಂಡನ {lab[1]} {a2}. ಪಡಿತರ ಚೀಟಿ ಸಂಖ್ಯೆ {ration_card(r, 'KA')}.\n{lab[8]}: {mob}\n\nಇಂತಿ,\n{p['name']}",
        "ml": f"സ്വീകർത്താവ്,\nവില്ലേജ് ഓഫീസർ, {pl['district']}\n\nവിഷയം: വരുമാന സർട്ടിഫിക്കറ്റിനുള്ള അപേക്ഷ\n\nഎന്റെ {lab[0]} {a}. ഭർത്താവിന്റെ {lab[1]} {a2}. റേഷൻ കാർഡ് നമ്പർ {rstr(r, DIG, 10)}.\n{lab[8]}: {mob}\n\nവിശ്വസ്തതയോടെ,\n{p['name']}",
        "gu": f"પ્રતિ,\nમામલતદારશ્રી, {pl['district']}\n\nવિષય: વિધવા સહાય યોજના અરજી\n\nમારો {lab[0]} {a} છે. મારા પુત્રનો {lab[1]} {a2} છે. બેંક ખાતા નંબર {bank_account(r)}.\n{lab[8]}: {mob}\n\nલિ.\n{p['name']}",
        "pa": f"ਸੇਵਾ ਵਿਖੇ,\nਐਸ.ਡੀ.ਐਮ. ਸਾਹਿਬ, {pl['district']}\n\nਵਿਸ਼ਾ: ਬੁਢਾਪਾ ਪੈਨਸ਼ਨ ਲਈ ਅਰਜ਼ੀ\n\nਮੇਰਾ {lab[0]} {a} ਹੈ ਅਤੇ ਮੇਰੀ ਪਤਨੀ ਦਾ {lab[1]} {a2} ਹੈ। ਖਾਤਾ ਨੰਬਰ {bank_account(r)}।\n{lab[8]}: {mob}\n\nਧੰਨਵਾਦ ਸਹਿਤ,\n{p['name']}",
        "or": f"ପ୍ରତି,\nବିଡିଓ, {pl['district']}\n\nବିଷୟ: କାଳିଆ ଯୋଜନା ଆବେଦନ\n\nମୋର {lab[0]} {a}। ମୋ ସ୍ତ୍ରୀଙ୍କ {lab[1]} {a2}। ବ୍ୟାଙ୍କ ଖାତା {bank_account(r)}।\n{lab[8]}: {mob}\n\nଆପଣଙ୍କ ବିଶ୍ୱସ୍ତ,\n{p['name']}",
        "ur": f"بخدمت جناب تحصیلدار صاحب، {pl['district']}\n\nموضوع: وظیفہ کے لیے درخواست\n\nجناب عالی،\nمیرا {lab[0]} {a} ہے اور میری بیوی کا {lab[1]} {a2} ہے۔ بینک کھاتہ نمبر {bank_account(r)}۔\n{lab[8]}: {mob}\n\nآپ کا تابعدار\n{p['name']}",
    }
    return bodies[lang] + "\n"


def ocr_form_noisy(doc):
    """OCR of a scanned welfare form: broken layout, stray characters, a VID and masked copies."""
    r = doc.rng
    lang = doc.meta_lang
    lab = INDIC[lang]
    p, pl = person(r), place(r)
    v, d = AD(doc, r.choice(["space", "double", "compact"]))
    return f"""~~ page 1/2 ~~   scanned {T(r, fmt='%d-%m-%Y')}  dpi=300  conf=0.{r.randint(71, 96)}
{pl['state'].upper()} {r.choice(['AWAS', 'PENSION', 'KRISHI'])} YOJANA - APPLICATION
|{lab[5]} / Name ....... {p['name']}
|{lab[6]} / Father ..... {p['father']}
|{lab[4]} / DOB ........ {DOB(doc, '%d.%m.%Y')}
|{lab[0]} / Aadhaar No. {v} |
|VID (if any) ..... {vid(' ')}
|{lab[8]} .... {PH(doc)}
|Ration Card No .. {ration_card(r, pl['code'])}    EPIC: {epic(r)}
|Bank A/c .......... {bank_account(r)}  IFSC {ifsc(r)[1]}
|Self-attested copy of Aadhaar (XXXX XXXX {d[-4:]}) enclosed.   Enrolment: {enrolment_id(r)}
~~ page 2/2 ~~
Verified by Gram Sevak: ______  Seal  Date: {T(r, fmt='%d/%m/%Y')}
"""


def sql_dump(doc):
    r = doc.rng
    tbl = r.choice(["beneficiary", "customers_kyc", "ekyc_requests", "farmers"])
    out = [f"-- MySQL dump 10.13  Distrib 8.0.{r.randint(30, 39)}, for Linux (x86_64)", "--", f"-- Host: {private_ipv4(r)}    Database: {r.choice(['dbt_prod', 'kyc', 'lms'])}", "-- ------------------------------------------------------", "",
           f"DROP TABLE IF EXISTS `{tbl}`;", f"CREATE TABLE `{tbl}` (", "  `id` bigint NOT NULL AUTO_INCREMENT,", "  `name` varchar(120) NOT NULL,", "  `aadhaar_no` char(12) DEFAULT NULL,",
           "  `aadhaar_ref` varchar(72) DEFAULT NULL COMMENT 'Aadhaar Data Vault reference key',", "  `mobile` varchar(15) DEFAULT NULL,", "  `account_no` varchar(20) DEFAULT NULL,", "  `ifsc` char(11) DEFAULT NULL,", "  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,", "  PRIMARY KEY (`id`),", "  UNIQUE KEY `uk_aadhaar` (`aadhaar_no`)", ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;", "",
           f"LOCK TABLES `{tbl}` WRITE;", f"INSERT INTO `{tbl}` VALUES "]
    vals = []
    for i in range(r.randint(6, 9)):
        p = person(r)
        k = r.random()
        av = "'" + A(doc, "compact") + "'" if k < 0.8 else "NULL"
        vals.append(f"({i + 1},'{p['name']}',{av},'{rstr(r, HEX, 64)}',{chr(39) + PH(doc) + chr(39) if r.random() < 0.4 else 'NULL'},'{bank_account(r)}','{ifsc(r)[1]}','{T(r)}')")
    out[-1] += ",".join(vals) + ";"
    out += ["UNLOCK TABLES;", "", f"-- Dump completed on {T(r)}"]
    return "\n".join(out) + "\n"


def pg_copy(doc):
    r = doc.rng
    out = ["--", "-- PostgreSQL database dump", "--", "", "COPY public.aeps_customers (id, full_name, uid, vid, mobile_no, consent_at, agent_code) FROM stdin;"]
    for i in range(r.randint(6, 8)):
        p = person(r)
        uidv = A(doc, "compact") if r.random() < 0.8 else "\\N"
        out.append("\t".join([str(1000 + i), p["name"], uidv, vid(None) if r.random() < 0.3 else "\\N", PH(doc, "cc") if r.random() < 0.4 else "\\N", T(r) + "+05:30", "AG" + rstr(r, DIG, 6)]))
    out += ["\\.", "", "--", "-- PostgreSQL database dump complete", "--"]
    return "\n".join(out) + "\n"


def http_form_post(doc):
    r = doc.rng
    p = person(r)
    d = aadhaar_digits()
    st = r.choice(["plus", "pct", "compact"])
    enc = {"plus": f"{d[:4]}+{d[4:8]}+{d[8:]}", "pct": f"{d[:4]}%20{d[4:8]}%20{d[8:]}", "compact": d}[st]
    doc.L(CAT, enc)
    name = urllib.parse.quote_plus(p["name"])
    mob = PH(doc)
    body = f"csrfmiddlewaretoken={rstr(r, ALNUM, 64)}&full_name={name}&aadhaar_number={enc}&mobile={mob}&consent=on&scheme=PMAY-G"
    ip = IP(doc)
    return f"""POST /beneficiary/register/ HTTP/1.1
Host: {r.choice(['dbt-portal.gov.example.in', 'pmayg-registration.nic.example.in'])}
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36
Content-Type: application/x-www-form-urlencoded
Content-Length: {len(body.encode())}
Origin: https://dbt-portal.gov.example.in
Referer: https://dbt-portal.gov.example.in/beneficiary/register/
X-Forwarded-For: {ip}
Cookie: csrftoken={rstr(r, ALNUM, 32)}; sessionid={rstr(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 32)}

{body}

HTTP/1.1 302 Found
Location: /beneficiary/acknowledgement/{rstr(r, DIG, 10)}/
Set-Cookie: messages="{rstr(r, B64, 40)}"; Path=/; HttpOnly
"""


def http_json_exchange(doc):
    r = doc.rng
    p = person(r)
    v = A(doc, r.choice(["compact", "space"]))
    rid = uuid4(r)
    req = json.dumps({"id_number": v, "consent": "Y", "consent_text": "I hereby give my consent to fetch my Aadhaar details", "client_ref": rid})
    res = json.dumps({"data": {"client_id": "aadhaar_v2_" + rstr(r, ALNUM, 20), "otp_sent": True, "if_number": True, "valid_aadhaar": True, "status": "generate_otp_success"}, "status_code": 200, "success": True, "message": "OTP Sent.", "message_code": "success"}, indent=2)
    return f"""> POST /api/v1/aadhaar-v2/generate-otp HTTP/2
> Host: kyc-api.{r.choice(['verifyfast', 'idcheck', 'kycbox'])}.in
> user-agent: curl/8.5.0
> accept: */*
> content-type: application/json
> authorization: Bearer <redacted>
> content-length: {len(req)}
>
{req}
< HTTP/2 200
< date: {ts(r).strftime('%a, %d %b %Y %H:%M:%S GMT')}
< content-type: application/json
< x-request-id: {rid}
<
{res}
"""


def kafka_events(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(6, 9)):
        p = person(r)
        k = r.random()
        st = r.choice(["compact", "space", "nbsp"])
        if k < 0.7:
            v = A(doc, st, esc="json")
            ev = {"eventType": "BENEFICIARY_UPSERTED", "eventId": uuid4(r), "occurredAt": clk.T("%Y-%m-%dT%H:%M:%S.000Z"), "payload": {"beneficiaryId": rstr(r, DIG, 10), "name": p["name"], "uidNo": v, "schemeCode": r.choice(["PMKSN", "NSAP", "PMMVY"]), "pfmsStatus": r.choice(["ACCEPTED", "PENDING"])}}
        else:
            ev = {"eventType": "PAYMENT_SETTLED", "eventId": uuid4(r), "occurredAt": clk.T("%Y-%m-%dT%H:%M:%S.000Z"), "payload": {"beneficiaryId": rstr(r, DIG, 10), "rrn": rrn(), "utr": "SBIN" + rstr(r, DIG, 12), "amount": r.choice([2000, 6000, 1500])}}
        out.append(json.dumps(ev))
    return "\n".join(out) + "\n"


def sheet_tsv(doc):
    r = doc.rng
    rows = [["Block", "Village", "Name", "Aadhaar", "Mobile", "Bank", "Remark"]]
    pl = place(r)
    for _ in range(r.randint(7, 10)):
        p = person(r)
        st = r.choice(["compact", "space", "space", "dash", "nbsp"])
        k = r.random()
        a = A(doc, st) if k < 0.85 else r.choice(["pending", "XXXX XXXX " + rstr(r, DIG, 4), bad("space"), fmt_aadhaar(lead01_digits(), "space")])
        rows.append([pl["district"], r.choice(["Rampur", "Kallur", "Sonpur", "Belhar"]), p["name"], a, PH(doc) if r.random() < 0.3 else "", r.choice(list(BANK_NAME.values())), r.choice(["", "", "aadhaar seeded", "NPCI inactive", "name mismatch"])])
    return csv_text(rows, delim="\t", crlf=True)


def sheet_quoted_csv(doc):
    r = doc.rng
    rows = [["Name", "Aadhaar Card Number", "Enrolment/UID", "Notes"]]
    for _ in range(r.randint(7, 9)):
        p = person(r)
        k = r.random()
        if k < 0.45:
            a, eu, nt = A(doc, "space"), "", ""
        elif k < 0.7:
            a, eu, nt = "", A(doc, r.choice(["compact", "space"])), "UID known, card lost"
        elif k < 0.85:
            a, eu, nt = "", enrolment_id(r) + " " + T(r, fmt="%d/%m/%Y %H:%M:%S"), "applied, EID only"
        else:
            a, eu, nt = "XXXX XXXX " + rstr(r, DIG, 4), "", f'masked copy; VID "{vid(" ")}"'
        rows.append([p["name"], a, eu, nt])
    return csv_text(rows, quoting=csv.QUOTE_ALL)


def markdown_table(doc):
    """A wiki/markdown table where the number is split into three cells (as typed from a card)."""
    r = doc.rng
    out = ["## Field survey - Aadhaar copies collected", "", f"Surveyor: {person(r)['name']}, date {T(r, fmt='%d-%m-%Y')}", "",
           "| # | Name | Aadhaar (1) | (2) | (3) | Mobile |", "|---|------|------|------|------|--------|"]
    for i in range(r.randint(5, 7)):
        p = person(r)
        d = aadhaar_digits()
        doc.L(CAT, f"{d[:4]} | {d[4:8]} | {d[8:]}")
        out.append(f"| {i + 1} | {p['name']} | {d[:4]} | {d[4:8]} | {d[8:]} | {PH(doc)} |")
    out += ["", "Note: numbers copied from the card; VIDs not collected. Example row from the SOP: `| 0 | Name | 1234 | 5678 | 9012 | 9XXXXXXXXX |`."]
    return "\n".join(out) + "\n"


def code_fixture(doc):
    """Source code with test fixtures and real numbers pasted into a seed script."""
    r = doc.rng
    rows = []
    for _ in range(r.randint(4, 6)):
        p = person(r)
        rows.append(f'    {{"name": "{p["name"]}", "aadhaar": "{A(doc, "compact")}", "mobile": "{PH(doc)}"}},')
    return f'''"""Seed script for the staging database (copied from a prod extract - TODO: scrub!)."""
import re

AADHAAR_RE = re.compile(r"^[2-9][0-9]{{3}}\\s?[0-9]{{4}}\\s?[0-9]{{4}}$")

# examples from the UIDAI docs / unit tests (not real people)
DOC_EXAMPLE = "1234 5678 9012"
MASKED = "XXXX XXXX 9012"
VID_EXAMPLE = "9999 8888 7777 6666"

SEED_BENEFICIARIES = [
{chr(10).join(rows)}
]


def is_valid(aadhaar: str) -> bool:
    digits = aadhaar.replace(" ", "")
    return bool(AADHAAR_RE.match(aadhaar)) and verhoeff_check(digits)
'''


def dev_chat(doc):
    """Slack-style export: engineers pasting Aadhaar numbers while debugging."""
    r = doc.rng
    msgs = []
    for _ in range(r.randint(6, 9)):
        p = person(r)
        k = r.random()
        if k < 0.5:
            a = A(doc, r.choice(["compact", "space"]), esc="json")
            text = r.choice([f"prod issue: eKYC fails for {a}, can someone check UIDAI error 998?",
                             f"customer escalated, uid `{a}` shows as not seeded in NPCI mapper",
                             f"can you dedupe this aadhaar {a}? two CIFs have it"])
        elif k < 0.7:
            text = f"use the sandbox test UID 999999990019 please, not real ones"
        elif k < 0.85:
            text = f"RRN for the failed AePS txn is {rrn()}, stan {rstr(r, DIG, 6)}"
        else:
            text = f"the VID {vid(None)} expired, ask them to regenerate"
        msgs.append({"type": "message", "user": "U0" + rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8), "text": text, "ts": f"{r.randint(1700000000, 1760000000)}.{rstr(r, DIG, 6)}", "user_profile": {"real_name": p["name"]}})
    return json.dumps(msgs, indent=4) + "\n"


def fixed_width_bank(doc):
    """Core-banking 'Aadhaar seeding pending' report with the number split in form-like columns."""
    r = doc.rng
    out = [f"RUN DATE: {T(r, fmt='%d/%m/%Y')}   BRANCH: {rstr(r, DIG, 5)}   REPORT: ADHSEED-PND   PAGE 1", "",
           "CIF         ACCOUNT NO        CUSTOMER NAME               AADHAAR (AS ENTERED)   PAN          STATUS",
           "=" * 100]
    for _ in range(r.randint(7, 10)):
        p = person(r)
        k = r.random()
        if k < 0.8:
            a = A(doc, r.choice(["space", "compact", "dash"]))
        elif k < 0.9:
            a = bad("space")
        else:
            a = "NOT PROVIDED"
        out.append(f"{rstr(r, DIG, 10):<12}{bank_account(r):<18}{p['name'].upper()[:26]:<28}{a:<23}{pan(r, p['last']):<13}{r.choice(['PENDING NPCI', 'REJ-INVALID', 'PENDING CBS', 'REJ-NAME MISMATCH'])}")
    out += ["=" * 100, "** END OF REPORT **"]
    return "\n".join(out) + "\n"


def aadhaar_vault_log(doc):
    """Aadhaar Data Vault: reference keys and tokens (look-alikes) plus a few leaked plain numbers."""
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(8, 11)):
        t = clk.T("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randint(0, 999)
        k = r.random()
        if k < 0.4:
            v = A(doc, "compact")
            out.append(f'{t} level=debug svc=adv-api msg="tokenize" uid={v} refKey={rstr(r, HEX, 64)} hsm=slot{r.randint(0, 3)}')
        elif k < 0.75:
            out.append(f'{t} level=info svc=adv-api msg="detokenize denied" refKey={rstr(r, HEX, 64)} caller=svc-{r.choice(["lending", "collections", "crm"])} reason=POLICY')
        else:
            out.append(f'{t} level=info svc=adv-api msg="lookup" refKey={rstr(r, HEX, 64)} lastFour={rstr(r, DIG, 4)} vidPresent={r.choice(["true", "false"])} uan={uan()}')
    return "\n".join(out) + "\n"


def js_console(doc):
    r = doc.rng
    v = A(doc, r.choice(["compact", "space"]), esc="json")
    v2 = A(doc, "compact")
    return f"""[HMR] connected
Download the React DevTools for a better development experience: https://reactjs.org/link/react-devtools
KycStepper.tsx:142 step=aadhaar form values: {{"aadhaar":"{v}","consent":true,"mobile":"{PH(doc)}"}}
KycStepper.tsx:150 validating checksum... ok
api.ts:58 POST https://api.{r.choice(['lendwise', 'paynext', 'kisanpay'])}.in/v2/kyc/aadhaar/otp 422 (Unprocessable Entity)
api.ts:61 {{detail: 'Aadhaar {v2} is linked to another account', code: 'AADHAAR_DUPLICATE', traceId: '{rstr(r, HEX, 32)}'}}
KycStepper.tsx:171 fallback: ask for VID instead
Warning: Each child in a list should have a unique "key" prop.
"""


def excel_like_report(doc):
    """An .xls-exported-as-text district report with banners and merged headers."""
    r = doc.rng
    pl = place(r)
    out = ["\t\t" + f"Department of Rural Development, {pl['state']}", "\t\t" + "Beneficiary-wise Aadhaar verification report (as on " + T(r, fmt="%d.%m.%Y") + ")", "",
           "Sl.\tBlock\tPanchayat\tBeneficiary\tUID No.\tUID Status\tAccount\tIFSC"]
    for i in range(r.randint(7, 10)):
        p = person(r)
        st = r.choice(["compact", "space"])
        ok = r.random() < 0.85
        out.append(f"{i + 1}\t{pl['district']}\t{r.choice(['Rampur', 'Sonpur', 'Kallur', 'Belhar'])}\t{p['name']}\t{A(doc, st) if ok else lead01_digits()}\t{'Verified' if ok else 'Invalid UID'}\t{bank_account(r)}\t{ifsc(r)[1]}")
    out += ["", "\tTotal\t\t\t" + str(i + 1)]
    return "\r\n".join(out) + "\r\n"


def ivr_transcript(doc):
    r = doc.rng
    p = person(r)
    d = aadhaar_digits()
    words = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
    spoken = f"{d[:4]} {d[4:8]} {d[8:]}"
    doc.L(CAT, spoken)
    return f"""Call ID: {rstr(r, DIG, 10)}   DNIS: {doc.L('phone', '1800' + rstr(r, DIG, 6))}   ANI: {PH(doc, '+91M')}   Duration: 00:0{r.randint(3, 9)}:{r.randint(10, 59)}
[00:00:04] IVR: Welcome to the Kisan helpline. Please say or enter your 12 digit Aadhaar number.
[00:00:11] CALLER (DTMF): {spoken}
[00:00:13] IVR: You entered {' '.join(words[c] for c in d[:4])} ... Press 1 to confirm.
[00:00:19] CALLER (DTMF): 1
[00:00:21] IVR: Your last installment of rupees two thousand was credited on {T(r, fmt='%d %B %Y')}. Reference {rrn()}.
[00:00:35] AGENT ({p['first']}): For security I will only read the last four digits: {d[-4:]}.
"""


def state_portal_json(doc):
    """A state DBT portal API that uses Indic field names; json.dumps escapes them as \\uXXXX."""
    r = doc.rng
    lang = doc.meta_lang
    lab = INDIC[lang]
    recs = []
    for _ in range(r.randint(3, 5)):
        p, pl = person(r), place(r)
        st = r.choice(["compact", "space", "nbsp"])
        v = A(doc, st, esc="json")
        recs.append({lab[5]: p["name"], lab[6]: p["father"], lab[0]: v, lab[8]: PH(doc) if r.random() < 0.4 else None,
                     "scheme": r.choice(["KALIA", "Ladli Behna", "Rythu Bandhu", "Lakshmir Bhandar", "Gruha Lakshmi"]),
                     "vid": vid(None) if r.random() < 0.3 else None, "district": pl["district"]})
    return json.dumps({"status": "ok", "page": 1, "count": len(recs), "records": recs}) + "\n"


# --------------------------------------------------------------------------
# document plan: (carrier, name template, function, count, language?)
# --------------------------------------------------------------------------
PLAN = [
    ("uidai", "auth_request_{i:02d}.xml", uidai_auth_xml, 1),
    ("uidai", "asa_switch_{i:02d}.log", uidai_asa_log, 3),
    ("uidai", "kyc_response_{i:02d}.xml", ekyc_kycres, 3),
    ("uidai", "offline_ekyc_{i:02d}.xml", offline_ekyc, 1),
    ("uidai", "ovse_verify_{i:02d}.log", ovse_log, 3),
    ("uidai", "qr_scans_{i:02d}.txt", qr_scan, 3),
    ("digilocker", "pull_{i:02d}.json", digilocker_json, 2),
    ("digilocker", "apisetu_pan_aadhaar_{i:02d}.http", apisetu_pan_link, 2),
    ("digilocker", "onboarding_record_{i:02d}.json", partner_kyc_json, 4),
    ("dbt", "pfms_beneficiary_{i:02d}.csv", pfms_csv, 5),
    ("dbt", "pmkisan_{i:02d}.csv", pmkisan_csv, 4),
    ("dbt", "nrega_jobcards_{i:02d}.txt", nrega_txt, 3),
    ("dbt", "pds_members_{i:02d}.csv", pds_csv, 3),
    ("dbt", "nsp_scholarship_{i:02d}.csv", scholarship_csv, 3),
    ("dbt", "pension_advice_{i:02d}.txt", pension_fixed, 3),
    ("dbt", "apb_response_{i:02d}.xml", dbt_response_xml, 3),
    ("dbt", "beneficiary_events_{i:02d}.jsonl", kafka_events, 4),
    ("epfo", "kyc_bulk_{i:02d}.txt", epfo_kyc_txt, 3),
    ("epfo", "form11_{i:02d}.txt", epfo_form11, 2),
    ("bank", "ckyc_upload_{i:02d}.txt", ckyc_pipe, 1),
    ("bank", "account_opening_{i:02d}.txt", account_opening_ocr, 4),
    ("bank", "npci_mapper_{i:02d}.txt", npci_seeding_csv, 3),
    ("bank", "seeding_pending_{i:02d}.txt", fixed_width_bank, 3),
    ("telecom", "pos_ekyc_{i:02d}.log", telecom_pos_log, 3),
    ("telecom", "caf_{i:02d}.txt", telecom_caf, 2),
    ("tax", "itr1_{i:02d}.json", itr_json, 2),
    ("tax", "sms_backup_{i:02d}.xml", pan_link_sms, 2),
    ("tax", "gst_reg01_{i:02d}.json", gst_reg_json, 3),
    ("health", "abha_enrol_{i:02d}.log", abha_log, 1),
    ("health", "adt_{i:02d}.hl7", hl7_adt, 2),
    ("health", "patient_{i:02d}.fhir.json", fhir_patient, 2),
    ("health", "discharge_{i:02d}.txt", discharge_summary, 2),
    ("health", "pmjay_{i:02d}.csv", pmjay_csv, 2),
    ("education", "udise_students_{i:02d}.csv", udise_csv, 3),
    ("education", "admission_form_{i:02d}.txt", admission_form, 4),
    ("insurance", "claim_{i:02d}.json", insurance_claim_json, 3),
    ("insurance", "pmjjby_enrol_{i:02d}.csv", pmjjby_csv, 2),
    ("applogs", "kyc_service_{i:02d}.log", java_kyc_log, 3),
    ("applogs", "celery_{i:02d}.log", python_trace_log, 2),
    ("applogs", "aeps_{i:02d}.log", aeps_log, 4),
    ("applogs", "upi_switch_{i:02d}.log", upi_log, 1),
    ("applogs", "access_{i:02d}.log", nginx_access, 3),
    ("applogs", "adv_{i:02d}.log", aadhaar_vault_log, 2),
    ("applogs", "browser_console_{i:02d}.txt", js_console, 1),
    ("messages", "whatsapp_{i:02d}.txt", whatsapp_export, 5),
    ("messages", "sms_inbox_{i:02d}.csv", sms_inbox_csv, 4),
    ("messages", "slack_{i:02d}.json", dev_chat, 2),
    ("messages", "ivr_{i:02d}.txt", ivr_transcript, 2),
    ("email", "kyc_ticket_{i:02d}.eml", support_email, 4),
    ("email", "helpdesk_thread_{i:02d}.txt", ticket_thread, 3),
    ("ocr", "eaadhaar_{lang}.txt", eaadhaar_ocr, "langs"),
    ("ocr", "letter_{lang}.txt", indic_letter, "langs"),
    ("ocr", "form_{lang}_{i:02d}.txt", ocr_form_noisy, 4),
    ("sql", "mysql_{i:02d}.sql", sql_dump, 4),
    ("sql", "pg_copy_{i:02d}.sql", pg_copy, 3),
    ("http", "form_post_{i:02d}.http", http_form_post, 4),
    ("http", "curl_otp_{i:02d}.txt", http_json_exchange, 2),
    ("sheets", "village_list_{i:02d}.tsv", sheet_tsv, 3),
    ("sheets", "collected_{i:02d}.csv", sheet_quoted_csv, 3),
    ("sheets", "survey_{i:02d}.md", markdown_table, 2),
    ("sheets", "uid_report_{i:02d}.xls.txt", excel_like_report, 3),
    ("applogs", "seed_staging_{i:02d}.py", code_fixture, 1),
    ("dbt", "state_portal_{lang}.json", state_portal_json, 5),
]
