"""Aadhaar-centred documents: OCR of letters and forms, chats, Indic labels,
bookings, school CSVs, AePS/UPI/NPCI logs, hospital, court, insurance JSON,
SOAP/GraphQL/REST, fixed-width APBS files, access logs, Java exceptions."""
from gen_values import phone, phone_digits, fmt_date, jesc

NAMES_HI = [("रवि शर्मा", "Ravi Sharma"), ("सुनीता देवी", "Sunita Devi"),
            ("अनिल कुमार यादव", "Anil Kumar Yadav"), ("पूजा मिश्रा", "Pooja Mishra"),
            ("मोहन लाल गुप्ता", "Mohan Lal Gupta"), ("गीता पाण्डेय", "Geeta Pandey"),
            ("संजय सिंह", "Sanjay Singh"), ("रेखा वर्मा", "Rekha Verma")]
CITIES = [("Secunderabad", "Telangana", "500003"), ("Lucknow", "Uttar Pradesh", "226001"),
          ("Pune", "Maharashtra", "411030"), ("Madurai", "Tamil Nadu", "625001"),
          ("Howrah", "West Bengal", "711101"), ("Jaipur", "Rajasthan", "302004"),
          ("Bhopal", "Madhya Pradesh", "462001"), ("Mysuru", "Karnataka", "570001"),
          ("Patna", "Bihar", "800001"), ("Kochi", "Kerala", "682011")]


def U(v, d, style="space"):
    """A labelled Aadhaar in the given style."""
    return d.L("in-aadhaar", v.fmt_uid(v.aadhaar(), style))


def masked(v):
    return "XXXX XXXX " + v.digits(4, "0123456789")


def pan(v):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return v.rand(3, L) + "P" + v.rand(1, L) + v.digits(4, "0123456789") + v.rand(1, L)


# ------------------------------------------------------------------ OCR
def ocr_letter(v, d, k):
    hi, en = NAMES_HI[k]
    city, state, pin = CITIES[k]
    uid = v.fmt_uid(v.aadhaar(), ["space", "space", "2space"][k])
    d.L("in-aadhaar", uid)
    d.L("in-aadhaar", uid)
    vid = v.vid()
    vidf = " ".join(vid[i:i + 4] for i in range(0, 16, 4))
    dob = d.L("date-of-birth", fmt_date(v.dob(1950, 2001), "dmy/"))
    enr = "%s/%s/%s" % (v.digits(4), v.digits(5, "0123456789"), v.digits(5, "0123456789"))
    issue = fmt_date(v.event_date(2012, 2020), "dmy/")
    dl = fmt_date(v.event_date(2023, 2025), "dmy/")
    sex = ["पुरुष/ MALE", "महिला/ FEMALE", "पुरुष/ MALE"][k]
    rel = ["S/O", "W/O", "S/O"][k]
    return f"""                              भारत सरकार
                           Government of India
           भारतीय विशिष्ट पहचान प्राधिकरण
      Unique Identification Authority of India

नामांकन क्रम/ Enrolment No.: {enr}

To
{hi}
{en}
{rel}: {v.pick(['Mahesh', 'Ramesh', 'Dinesh'])} {en.split()[-1]}, H.No {v.digits(2)}-{v.digits(1)}-{v.digits(3)},
Gandhi Nagar, {city},
{state} - {pin}
Mobile: XXXXXX{v.digits(4, '0123456789')}

Signature Not Verified
Digitally signed by DS Unique
Identification Authority of India 05
Date: {dl[6:]}.{dl[3:5]}.{dl[:2]} 10:{v.digits(2, '012345')}:{v.digits(2, '012345')} IST

आपका आधार क्रमांक / Your Aadhaar No. :

                {uid}
          VID : {vidf}

            मेरा आधार, मेरी पहचान


 आधार पहचान का प्रमाण है, नागरिकता या जन्मतिथि का नहीं ।
 Aadhaar is proof of identity, not of citizenship or date of birth.
 It should be used with verification (online authentication, or
 scanning of QR code / offline XML).

{hi}
{en}
जन्म तिथि/DOB: {dob}
{sex}

                {uid}
          VID : {vidf}
            मेरा आधार, मेरी पहचान
Aadhaar no. issued: {issue}        Download Date: {dl}
                                     www.uidai.gov.in
"""


def ocr_bank_form(v, d, k):
    fn, ln = v.name_in()
    city, state, pin = CITIES[3 + k]
    uid = U(v, d, ["space", "compact", "dash"][k])
    nom_uid = U(v, d, "space")
    dob = d.L("date-of-birth", fmt_date(v.dob(1960, 2003), ["dmy-", "dmy/", "dmy."][k]))
    ndob = d.L("date-of-birth", fmt_date(v.dob(1935, 1975), "dmy/"))
    mob = d.L("phone", phone(v, "IN", [0, 3, 4][k]))
    em = d.L("email", v.email(fn, ln))
    ppt = d.L("passport", v.passport("IN"))
    acct = v.safe_digits(14)
    ckyc = v.safe_digits(14, "3456")
    bank = ["STATE BANK OF INDIA", "PUNJAB NATIONAL BANK", "BANK OF BARODA"][k]
    return f"""{bank}
ACCOUNT OPENING FORM - INDIVIDUALS                      Form No. AOF/{v.digits(6)}
(scanned, OCR text layer)

Branch: {city} Main               Branch Code: {v.digits(5, '0123456789')}
Customer ID (for office use): {v.safe_digits(9)}      A/c No.: {acct}
CKYC Identifier (KIN): {ckyc}

1. PERSONAL DETAILS
Name (as per OVD)     : {fn.upper()} {ln.upper()}
Father's / Spouse Name: {v.pick(['RAJESH', 'SURESH', 'KIRAN'])} {ln.upper()}
Date of Birth (DD-MM-
YYYY)                 : {dob}
Gender  [ ] M  [x] F  [ ] T
PAN                   : {pan(v)}
Aadhaar Number / Proof
of possession of
Aadhaar (optional)    : {uid}
Masked Aadhaar copy   : {masked(v)} (attached)
Passport No. (NRI/
foreign national)     : {ppt}      Expiry: {fmt_date(v.event_date(2027, 2034), 'dmy-')}

2. CONTACT DETAILS
Mobile No.            : {mob}
Tel (Res.) with STD   : --
E-mail                : {em}
Address               : {v.digits(2)}, {v.pick(['Nehru Road', 'MG Road', 'Station Road'])}, {city},
                        {state} PIN {pin}

3. NOMINATION (Form DA-1)
Nominee Name          : {v.pick(['SAVITRI', 'KAMALA', 'RAMESH'])} {ln.upper()}
Relationship          : Mother
Nominee Date of Birth : {ndob}
Nominee Aadhaar       : {nom_uid}

Date of application: {fmt_date(v.event_date(2023, 2025), 'dmy-')}      Place: {city}
Signature / Thumb impression of applicant
____________________
FOR BANK USE: KYC verified by e-KYC (OTP) Txn ID UKC:{v.safe_digits(12, '0')}
"""


# ------------------------------------------------------------------ chats
def whatsapp(v, d, k):
    p1 = v.name_in()
    p2 = v.name_in()
    base = v.event_date(2023, 2025)
    dt = "%d/%d/%02d" % (base.day, base.month, base.year % 100)
    uid1 = U(v, d, "space")
    uid2 = U(v, d, "compact")
    uid3 = U(v, d, "space")
    dob1 = d.L("date-of-birth", fmt_date(v.dob(1955, 1990), ["dmy-", "d/m/y", "dmy."][k]))
    dob2 = d.L("date-of-birth", fmt_date(v.dob(2008, 2016), "dmy/"))
    ph = d.L("phone", phone(v, "IN", [0, 4, 9][k]))
    ph2 = d.L("phone", phone(v, "IN", 3))
    otp = v.digits(6)
    return f"""{dt}, 9:02 am - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
{dt}, 9:02 am - {p1[0]} {p1[1]}: Bhaiya CSC centre wale bol rahe hain pension form me aadhaar galat hai
{dt}, 9:03 am - {p1[0]} {p1[1]}: papa ka aadhar no {uid1}
{dt}, 9:03 am - {p2[0]} {p2[1]}: aur dob?
{dt}, 9:04 am - {p1[0]} {p1[1]}: dob {dob1} hai aadhaar card pe
{dt}, 9:05 am - {p2[0]} {p2[1]}: <Media omitted>
{dt}, 9:05 am - {p2[0]} {p2[1]}: ye wala? isme last 4 digit {masked(v)[-4:]} dikh raha hai bas, masked aadhaar hai
{dt}, 9:07 am - {p1[0]} {p1[1]}: haan. mummy ka bhi daal dena {uid2}
{dt}, 9:08 am - {p2[0]} {p2[1]}: ok. OTP aayega papa ke number pe {ph}
{dt}, 9:11 am - {p1[0]} {p1[1]}: OTP {otp} aaya tha, 10 min valid
{dt}, 9:12 am - {p2[0]} {p2[1]}: This message was deleted
{dt}, 9:15 am - {p2[0]} {p2[1]}: chhotu ka school admission bhi - Aadhaar {uid3} , DOB {dob2}
{dt}, 9:16 am - {p1[0]} {p1[1]}: mera naya number save kar lo {ph2}
{dt}, 9:20 am - {p2[0]} {p2[1]}: done 👍 ref no. {v.safe_digits(10)} mila hai
"""


def sms_gateway(v, d, k):
    out = []
    base = v.event_date(2024, 2025)
    for i in range(8):
        ts = "%s %02d:%02d:%02d" % (base.isoformat(), 8 + i, v.r.randint(0, 59), v.r.randint(0, 59))
        msisdn = d.L("phone", phone_digits(v, "IN"))
        mid = v.hexs(12)
        kind = i % 4
        if kind == 0:
            body = "Your Aadhaar XXXXXXXX%s is linked to a/c XX%s. -%s" % (v.digits(4, '0123456789'), v.digits(4, '0123456789'), v.pick(["SBI", "PNB", "BOB"]))
        elif kind == 1:
            uid = U(v, d, "compact")
            body = "eKYC success for Aadhaar %s ref %s" % (uid, v.safe_digits(12, "0"))
        elif kind == 2:
            body = "%s is OTP for Aadhaar (XX%s) authentication. Valid for 10 mins. -UIDAI" % (v.digits(6), v.digits(4, '0123456789'))
        else:
            uid = U(v, d, "space")
            body = "DBT credited Rs %d.00 to Aadhaar-seeded a/c of %s (UID %s). Query: 1800-11-%s" % (v.r.randint(500, 6000), v.pick(["Ramesh", "Kamla", "Suresh"]), uid, v.digits(4, '0123456789'))
        out.append('%s [smsc:%s] SENT msisdn=%s dlr=%d msgid=%s sender=%s text="%s"' % (
            ts, v.pick(["airtel-smpp1", "jio-smpp2", "vi-smpp1"]), msisdn, v.r.choice([1, 2, 8]), mid,
            v.pick(["VM-UIDAI", "AD-SBIBNK", "JD-PFMSGI"]), body))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ Indic forms
def indic_form(v, d, k):
    lang = ["ta", "bn", "mr", "hi", "te", "gu"][k]
    lab = {
        "ta": ("குடும்ப அட்டை விவரங்கள் / Ration Card Details (TNPDS)", "ஆதார் எண்", "பிறந்த தேதி", "கைபேசி எண்", "பெயர்", "உறவு"),
        "bn": ("খাদ্য সাথী - পরিবারের সদস্যদের তালিকা", "আধার নম্বর", "জন্ম তারিখ", "মোবাইল নম্বর", "নাম", "সম্পর্ক"),
        "mr": ("७/१२ उतारा - खातेदार तपशील (महाभूमी)", "आधार क्रमांक", "जन्मतारीख", "मोबाईल क्रमांक", "खातेदाराचे नाव", "नाते"),
        "hi": ("वृद्धावस्था पेंशन आवेदन पत्र - लाभार्थी विवरण", "आधार संख्या", "जन्म तिथि", "मोबाइल नंबर", "नाम", "संबंध"),
        "te": ("రైతు భరోసా దరఖాస్తు - కుటుంబ వివరాలు", "ఆధార్ సంఖ్య", "పుట్టిన తేదీ", "మొబైల్ నంబర్", "పేరు", "సంబంధం"),
        "gu": ("મા અમૃતમ કાર્ડ - કુટુંબ વિગત", "આધાર નંબર", "જન્મ તારીખ", "મોબાઇલ નંબર", "નામ", "સંબંધ"),
    }[lang]
    rels = {"ta": ["குடும்பத் தலைவர்", "மனைவி", "மகன்", "மகள்"],
            "bn": ["পরিবার প্রধান", "স্ত্রী", "পুত্র", "কন্যা"],
            "mr": ["खातेदार", "पत्नी", "मुलगा", "मुलगी"],
            "hi": ["आवेदक", "पत्नी", "पुत्र", "पुत्री"],
            "te": ["కుటుంబ పెద్ద", "భార్య", "కుమారుడు", "కుమార్తె"],
            "gu": ["કુટુંબના વડા", "પત્ની", "પુત્ર", "પુત્રી"]}[lang]
    card = v.safe_digits(12, "0")  # ration card / khata number (starts 0)
    lines = [lab[0], "=" * 40, "Card / Khata No.: %s    Date: %s" % (card, fmt_date(v.event_date(), "dmy/")), ""]
    n = 4
    for i in range(n):
        nm = " ".join(v.name_in())
        st = ["space", "compact", "dash", "space"][(i + k) % 4]
        uid = U(v, d, st)
        dstyle = ["dmy/", "dmy-", "dmy.", "iso"][(i + k) % 4]
        dob = d.L("date-of-birth", fmt_date(v.dob(1950 if i < 2 else 1998, 1990 if i < 2 else 2015), dstyle))
        lines.append("%d. %s / Name: %s" % (i + 1, lab[4], nm))
        lines.append("   %s / Relation: %s" % (lab[5], rels[i]))
        lines.append("   %s / Aadhaar No.: %s" % (lab[1], uid))
        lines.append("   %s / DOB: %s" % (lab[2], dob))
        if i == 0:
            lines.append("   %s / Mobile: %s" % (lab[3], d.L("phone", phone(v, "IN", [0, 8, 1, 9, 3, 5][k]))))
        lines.append("")
    lines.append("%s (masked, e-KYC): %s" % (lab[1], masked(v)))
    lines.append("Survey No./ Gat No.: %s/%d   Area: %d.%02d Ha" % (v.digits(3), v.r.randint(1, 9), v.r.randint(0, 5), v.r.randint(0, 99)))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ bookings
def irctc(v, d, k):
    pnr = v.safe_digits(10, "2468")
    tr = v.digits(5, "12")
    pax = []
    for i in range(3):
        fn, ln = v.name_in()
        if i == 1:
            idp = "Aadhaar Card    %s" % U(v, d, "compact")
        else:
            idp = "Aadhaar Card    %s" % U(v, d, "space")
        pax.append("%d  %-22s %-3d %-2s  CNF/B%d/%d   %s" % (i + 1, (fn + " " + ln).upper(), v.r.randint(20, 70), v.pick("MF"), v.r.randint(1, 9), v.r.randint(1, 72), idp))
    mob = d.L("phone", phone(v, "IN", 4))
    em = d.L("email", v.email())
    jd = v.event_date(2024, 2025)
    return f"""ELECTRONIC RESERVATION SLIP (ERS)                          Normal User
Booked From: {v.pick(['NEW DELHI (NDLS)', 'MUMBAI CST (CSMT)', 'HOWRAH JN (HWH)'])}    To: {v.pick(['PATNA JN (PNBE)', 'CHENNAI CENTRAL (MAS)', 'BENGALURU (SBC)'])}
Start Date* {fmt_date(jd, 'dd-mon-y')}     Departure* 16:55 {fmt_date(jd, 'dd-mon-y')}
PNR: {pnr}   Train No./Name: {tr}/{v.pick(['RAJDHANI EXP', 'DURONTO EXP', 'GARIB RATH'])}   Class: THIRD AC (3A)
Quota: TATKAL (TQ)   Distance: {v.r.randint(400, 2000)} KM   Booking Date: {fmt_date(v.event_date(2024, 2025), 'dd-mon-y')} 10:00:{v.digits(2, '012345')} HRS
Transaction ID: {v.safe_digits(12, '1')}

Passenger Details:
#  Name                   Age Sex Booking Status  ID Card Type     ID Card Number
{chr(10).join(pax)}

Ticket Fare: Rs {v.r.randint(1200, 6000)}.00   IRCTC Convenience Fee: Rs 35.40
Contact: {mob} / {em}
* Tatkal passengers must carry the original ID proof mentioned above.
Aadhaar (masked) as shown on ticket image: {masked(v)}
"""


def airline_manifest(v, d, k):
    rows = ["PNR,SEQ,LAST_NAME,FIRST_NAME,PAX_TYPE,ID_TYPE,ID_NUMBER,DOB,MOBILE,CHECKIN_TS"]
    for i in range(7):
        fn, ln = v.name_in()
        pnr = v.rand(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        typ = "INF" if i in (2, 5) else "ADT"
        if i == 4:
            idt, idn = "PASSPORT", d.L("passport", v.passport("IN"))
        elif i == 6:
            idt, idn = "AADHAAR_MASKED", "XXXXXXXX" + v.digits(4, "0123456789")
        else:
            idt, idn = "AADHAAR", U(v, d, "compact")
        dob = d.L("date-of-birth", fmt_date(v.dob(2023, 2025) if typ == "INF" else v.dob(1950, 2000), "dd-mon-y").upper()) if typ == "INF" or i % 2 == 0 else ""
        mob = d.L("phone", phone(v, "IN", 2)) if typ == "ADT" and i != 6 else ""
        ts = "%s %02d:%02d" % (v.event_date(2025, 2025).isoformat(), v.r.randint(0, 23), v.r.randint(0, 59))
        rows.append("%s,%d,%s,%s,%s,%s,%s,%s,%s,%s" % (pnr, i + 1, ln.upper(), fn.upper(), typ, idt, idn, dob, mob, ts))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ CSV
def school_csv(v, d, k):
    if k == 0:
        head = "Sl No,Student Name,Father Name,D.O.B,Aadhar No (Student),Aadhar No (Father),Mobile,Admission Date,Class"
    else:
        head = "\"S.No.\",\"STUDENT_NAME\",\"DOB (DD/MM/YYYY)\",\"AADHAAR NO.(12 DIGIT)\",\"Parent UID / EID\",\"Contact No\",\"DOA\",\"SATS ID\""
    rows = [head]
    for i in range(5):
        fn, ln = v.name_in()
        dob = d.L("date-of-birth", fmt_date(v.dob(2010, 2019), "dmy/" if k else "dmy-"))
        doa = fmt_date(v.event_date(2024, 2025), "dmy/" if k else "dmy-")
        mob = d.L("phone", phone(v, "IN", 4))
        if k == 0:
            su = U(v, d, "compact")
            if i == 3:
                fu = "2.%sE+11" % v.digits(5, "0123456789")  # Excel mangled
            else:
                fu = U(v, d, "space")
            rows.append("%d,%s %s,%s %s,%s,%s,%s,%s,%s,%s" % (i + 1, fn, ln, v.pick(["Ramesh", "Kishore", "Abdul"]), ln, dob, su, fu, mob, doa, v.pick(["LKG", "I", "VI", "IX"])))
        else:
            su = U(v, d, "compact")
            fu = "=\"%s\"" % U(v, d, "compact") if i % 2 == 0 else "EID %s" % v.safe_digits(14, "2")
            rows.append("\"%d\",\"%s %s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"" % (i + 1, fn.upper(), ln.upper(), dob, su, fu.replace('"', '""'), mob, doa, v.safe_digits(9, "1")))
    return "\r\n".join(rows) + "\r\n"


def excel_odd_headers(v, d, k):
    rows = ["Beneficiary Name,Aadhaar#,UID / EID,IFSC,Bank A/c,Amount (Rs),Mobile No,Remarks"]
    for i in range(9):
        fn, ln = v.name_in()
        if i == 2:
            a, b = "", "EID " + v.safe_digits(14, "2")
        elif i == 4:
            a, b = "'" + U(v, d, "compact"), ""
        else:
            a, b = U(v, d, ["space", "compact", "dash"][i % 3]), ""
        mob = d.L("phone", phone(v, "IN", 4)) if i % 2 == 0 else "NA"
        rows.append("%s %s,%s,%s,%s%s,%s,%d,%s,%s" % (fn, ln, a, b, v.pick(["SBIN", "PUNB", "BARB", "UBIN"]), "0" + v.digits(6, "0123456789"),
                                                     v.safe_digits(11), v.r.randint(1000, 6000), mob, v.pick(["PM-KISAN inst 16", "NSAP", "seeding pending", ""])))
    rows.append("Total,,,,,%d,," % v.r.randint(20000, 30000))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ logs
def aeps_log(v, d, k):
    out = []
    base = v.event_date(2024, 2025).isoformat()
    for i in range(13):
        ts = "%sT%02d:%02d:%02d.%03d+05:30" % (base, 9 + i // 2, v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999))
        rrn = v.safe_digits(12, "4")
        stan = v.digits(6, "0123456789")
        iin = v.pick(["607152", "508534", "607094", "606985"])
        if i % 3 == 2:
            uid = "XXXXXXXX" + v.digits(4, "0123456789")
        else:
            uid = U(v, d, "compact")
        out.append("%s INFO  [aeps-switch-%d] c.n.aeps.TxnProcessor - txnType=%s bankIIN=%s uid=%s amount=%d.00 rrn=%s stan=%s terminalId=%s resp=%s" % (
            ts, k + 1, v.pick(["CW", "BE", "MS", "CW"]), iin, uid, v.r.randint(0, 10000), rrn, stan, "AEPS" + v.digits(8, "0123456789"), v.pick(["00", "00", "U3", "52"])))
        if i == 4:
            out.append("%s WARN  [aeps-switch-%d] c.n.aeps.BioAuth - UIDAI auth failed err=300 (Biometric data did not match) for uid=%s, retry 1/3" % (ts, k + 1, U(v, d, "compact")))
    return "\n".join(out) + "\n"


def upi_log(v, d, k):
    out = []
    for i in range(6):
        t = "%s %02d:%02d:%02d,%03d" % (v.event_date(2025, 2025).isoformat(), 11, i * 7, v.r.randint(0, 59), v.r.randint(0, 999))
        rrn = v.safe_digits(12, "5")
        if i % 2 == 0:
            out.append('%s DEBUG npci.upi.ReqPay - <upi:ReqPay xmlns:upi="http://npci.org/upi/schema/"><Head ver="2.0" ts="%s" orgId="%s" msgId="%s"/><Txn id="%s" type="PAY" refId="%s"/><Payer addr="%s@%s" name="%s" type="PERSON"><Info><Identity type="AADHAAR" verifiedName="%s" id="%s"/></Info></Payer></upi:ReqPay>' % (
                t, t.replace(" ", "T")[:19] + "+05:30", v.pick(["400021", "400063"]), v.rand(35, "ABCDEF0123456789"), v.rand(35, "ABCDEFGHIJ0123456789"), rrn,
                v.pick(["ravi.k", "anju1987", "sunilp"]), v.pick(["okaxis", "ybl", "oksbi"]), "NA", v.pick(["Ravi K", "Anju P", "Sunil P"]), U(v, d, "compact")))
        else:
            out.append("%s INFO  npci.upi.RespPay - result=SUCCESS rrn=%s payerAadhaar=%s approvalNum=%s amount=%d.00" % (
                t, rrn, "XXXXXXXX" + v.digits(4, "0123456789") if i == 3 else U(v, d, "compact"), v.digits(6), v.r.randint(10, 9000)))
    out.append("%s ERROR npci.upi.Mapper - UID-based mapper lookup failed: aadhaar=%s bankIIN=%s errCode=XB" % (t, U(v, d, "dash"), v.pick(["607152", "508534"])))
    return "\n".join(out) + "\n"


def access_uid(v, d, k):
    out = []
    for i in range(10):
        ip = "10.%d.%d.%d" % (v.r.randint(0, 255), v.r.randint(0, 255), v.r.randint(1, 254))
        tm = "%02d/Mar/2025:%02d:%02d:%02d +0530" % (v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59))
        if i % 3 == 0:
            path = "/api/v1/ekyc?uid=%s&consent=Y&channel=%s" % (U(v, d, "compact"), v.pick(["web", "app"]))
        elif i % 3 == 1:
            path = "/citizen/%s/profile?lang=hi" % U(v, d, "dash")
        else:
            enc = v.fmt_uid(v.aadhaar(), "space").replace(" ", "%20" if i == 2 else "+")
            path = "/beneficiary/search?aadhaar=%s&scheme=PMKISAN&page=%d" % (d.L("in-aadhaar", enc), v.r.randint(1, 5))
        out.append('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36"' % (
            ip, tm, path, v.pick([200, 200, 404, 302]), v.r.randint(200, 9000)))
    out.append('10.0.4.17 - - [03/Mar/2025:10:11:12 +0530] "GET /citizen/XXXX-XXXX-%s/profile HTTP/1.1" 403 118 "-" "curl/8.5.0"' % v.digits(4, "0123456789"))
    return "\n".join(out) + "\n"


def java_exc(v, d, k):
    a1 = U(v, d, "compact")
    d.L("in-aadhaar", a1)
    a2 = U(v, d, "compact")
    a3 = U(v, d, "space")
    return f"""2025-02-{10 + k} 14:22:07.311 ERROR 4127 --- [nio-8080-exec-{k + 3}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into beneficiary (name, aadhaar_no, scheme_id) values (?, ?, ?)]; ERROR: duplicate key value violates unique constraint "uk_beneficiary_aadhaar"
  Detail: Key (aadhaar_no)=({a1}) already exists.] with root cause

org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_beneficiary_aadhaar"
  Detail: Key (aadhaar_no)=({a1}) already exists.
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)
\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:517)
\tat in.gov.dbt.beneficiary.service.EnrolService.enrol(EnrolService.java:88)

2025-02-{10 + k} 14:22:09.004  WARN 4127 --- [nio-8080-exec-{k + 5}] i.g.d.b.web.GlobalExceptionHandler        : java.lang.IllegalArgumentException: Aadhaar {a2} is not seeded with NPCI mapper (bank IIN 607152)
\tat in.gov.dbt.beneficiary.validation.AadhaarValidator.checkSeeding(AadhaarValidator.java:54)
\tat in.gov.dbt.beneficiary.service.EnrolService.validate(EnrolService.java:61)
2025-02-{10 + k} 14:22:11.870 ERROR 4127 --- [pool-2-thread-1] i.g.d.b.sync.PfmsSync                     : PFMS push failed for batch {v.safe_digits(8)}: com.fasterxml.jackson.databind.JsonMappingException: Unrecognized field "aadhar" (class in.gov.dbt.Beneficiary) at [Source: (String)"{{"aadhar":"{a3}","name":"{' '.join(v.name_in())}","amt":2000}}"; line: 1, column: 12]
2025-02-{10 + k} 14:22:12.001  INFO 4127 --- [pool-2-thread-1] i.g.d.b.sync.PfmsSync                     : validation regex for aadhaar is ^[2-9][0-9]{{11}}$ (sample 2XXXXXXXXXX1 masked)
"""


# ------------------------------------------------------------------ health / legal
def discharge(v, d, k):
    fn, ln = v.name_in()
    uid = U(v, d, ["space", "dash", "compact"][k])
    dob = d.L("date-of-birth", fmt_date(v.dob(1940, 1995), ["dmy/", "d mon y", "dmy-"][k]))
    adm = v.event_date(2024, 2025)
    abha = "%s-%s-%s-%s" % (v.digits(2, "9"), v.digits(4, "0123456789"), v.digits(4, "0123456789"), v.digits(4, "0123456789"))
    mob = d.L("phone", phone(v, "IN", [0, 5, 8][k]))
    att = d.L("phone", phone(v, "IN_LL", k))
    return f"""{v.pick(['GOVT. GENERAL HOSPITAL', 'DISTRICT HOSPITAL', 'AIIMS'])} - DEPARTMENT OF GENERAL MEDICINE
DISCHARGE SUMMARY                                   PM-JAY ID: {v.rand(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}

UHID        : {v.safe_digits(10, '1')}          IP No : {v.safe_digits(7)}
Patient Name: {fn} {ln}            Age/Sex: {v.r.randint(30, 80)} Y / {v.pick('MF')}
Date of Birth: {dob}
Aadhaar No  : {uid}
ABHA No     : {abha}
Contact     : {mob}   Attendant (landline): {att}
Date of Admission : {fmt_date(adm, 'dmy/')} 11:40
Date of Discharge : {fmt_date(v.event_date(2024, 2025), 'dmy/')} 16:05
Ward/Bed    : {v.pick(['MW-2', 'FW-1', 'ICU'])}/{v.r.randint(1, 40)}

Diagnosis: Community acquired pneumonia (J18.9); Type 2 DM (E11.9)
Course in hospital: Patient admitted with fever x 5 days, productive cough.
Treated with IV ceftriaxone 1g BD x 5 days, nebulisation, insulin sliding scale.
Condition at discharge: hemodynamically stable, SpO2 97% on RA.

Advice on discharge:
1. Tab. Amoxiclav 625 mg BD x 5 days
2. Tab. Metformin 500 mg BD
3. Review in OPD after 1 week (OPD No. {v.safe_digits(6)}), bring this summary.

Claim submitted under PM-JAY, pre-auth no. {v.safe_digits(12, '0')}; beneficiary verified (BIS) with Aadhaar e-KYC, masked {masked(v)}.
"""


def court_order(v, d, k):
    a = U(v, d, "space")
    b = U(v, d, "space")
    c = U(v, d, "compact")
    n1, n2 = " ".join(v.name_in()), " ".join(v.name_in())
    return f"""IN THE HIGH COURT OF JUDICATURE AT {v.pick(['BOMBAY', 'MADRAS', 'ALLAHABAD'])}
CRIMINAL APPELLATE JURISDICTION
CRIMINAL BAIL APPLICATION NO. {v.r.randint(100, 3999)} OF 2024

{n1}, aged about {v.r.randint(25, 60)} years,
Aadhaar No. {a}, r/o {v.pick(['Dharavi', 'Ambattur', 'Civil Lines'])}          ...Applicant
        Versus
The State of {v.pick(['Maharashtra', 'Tamil Nadu', 'Uttar Pradesh'])}                         ...Respondent

CORAM : HON'BLE JUSTICE {v.pick(['A. S. KULKARNI', 'R. N. PILLAI', 'S. K. MISHRA'])}
DATE  : {fmt_date(v.event_date(2024, 2025), 'dmy.')}

ORDER:
1. The applicant seeks regular bail in C.R. No. {v.r.randint(10, 900)}/2023 registered with
   {v.pick(['Kurla', 'Anna Nagar', 'Hazratganj'])} Police Station for offences punishable under Sections 420, 468
   and 471 of the IPC and Section 66C of the IT Act.
2. The prosecution alleges that SIM cards were obtained using the Aadhaar of one
   {n2} (Aadhaar No. {b}) without consent. The CDR analysis shows
   {v.r.randint(20, 90)} activations from the applicant's shop.
3. The co-accused's e-KYC log records the identity number {c} against
   {v.r.randint(3, 12)} different mobile connections.
4. Considering the period of incarceration, the applicant is released on bail on
   furnishing P.R. bond of Rs. 25,000/- with one solvent surety. The applicant
   shall surrender his passport, if any, and shall not tamper with evidence.
5. The Registry shall redact Aadhaar numbers to the last four digits (XXXX XXXX {a[-4:]})
   in the copy uploaded to the website, per the Supreme Court's directions.

                                                       ({v.pick(['A. S. KULKARNI', 'R. N. PILLAI'])}, J.)
"""


def insurance_json(v, d, k):
    fn, ln = v.name_in()
    uid = U(v, d, "compact")
    uid2 = U(v, d, "space")
    dob = d.L("date-of-birth", fmt_date(v.dob(1950, 1995), "iso"))
    dob2 = d.L("date-of-birth", fmt_date(v.dob(1955, 1998), "dmy/"))
    mob = d.L("phone", phone(v, "IN", 2))
    em = d.L("email", v.email(fn, ln))
    return f"""{{
  "claimId": "CLM-{v.safe_digits(10)}",
  "policyNumber": "{v.digits(4)}/{v.safe_digits(8)}/00/000",
  "policyStartDate": "{fmt_date(v.event_date(2022, 2024), 'iso')}",
  "createdAt": "{fmt_date(v.event_date(2025, 2025), 'iso')}T09:{v.digits(2, '012345')}:11.204Z",
  "insured": {{
    "name": "{fn} {ln}",
    "dateOfBirth": "{dob}",
    "gender": "M",
    "aadhaarNumber": "{uid}",
    "maskedAadhaar": "XXXXXXXX{v.digits(4, '0123456789')}",
    "mobile": "{mob}",
    "email": "{em}"
  }},
  "claimant": {{
    "relation": "SPOUSE",
    "name": "{v.pick(['Kavita', 'Lata', 'Usha'])} {ln}",
    "dob": "{dob2}",
    "kyc": {{"type": "AADHAAR_OFFLINE_XML", "uid": "{uid2}", "refId": "{v.digits(4)}{fmt_date(v.event_date(), 'compact')}{v.digits(6, '0123456789')}"}}
  }},
  "hospital": {{"rohiniId": "{v.safe_digits(13, '8')}", "name": "City Care Multispeciality"}},
  "amountClaimed": {v.r.randint(20000, 400000)},
  "status": "UNDER_REVIEW"
}}
"""


def soap_ekyc(v, d, k):
    uid = U(v, d, "compact")
    uid2 = U(v, d, "compact")
    txn = "UKC:%s:%s" % (v.safe_digits(8), v.hexs(16))
    return f"""POST /uidkyc/kyc/2.5/public/{v.digits(1)}/{v.digits(1)}/$ASA_LICENSE_KEY HTTP/1.1
Host: kua.{v.pick(['sundarbank.in', 'meridianhealth.in'])}
Content-Type: application/xml; charset=UTF-8
SOAPAction: "urn:uidai:kyc"

<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:kyc="http://www.uidai.gov.in/kyc/uid-kyc-request/1.0">
  <soapenv:Body>
    <Kyc ver="2.5" ra="O" rc="Y" lr="N" de="N" pfr="N">
      <Rad>
        <Auth uid="{uid}" rc="Y" tid="public" ac="public" sa="public" ver="2.5" txn="{txn}" lk="[license key omitted]">
          <Uses pi="n" pa="n" pfa="n" bio="n" bt="" pin="n" otp="y"/>
          <Meta udc="UKC:SampleClient" rdsId="" rdsVer="" dpId="" dc="" mi="" mc=""/>
          <Skey ci="{fmt_date(v.event_date(2026, 2028), 'compact')}">[encrypted session key]</Skey>
          <Data type="X">[encrypted PID block]</Data>
          <Hmac>[hmac]</Hmac>
          <Signature>[xmldsig omitted]</Signature>
        </Auth>
      </Rad>
    </Kyc>
  </soapenv:Body>
</soapenv:Envelope>

HTTP/1.1 200 OK
Content-Type: application/xml

<KycRes ret="Y" code="{v.hexs(32)}" txn="{txn}" ts="{fmt_date(v.event_date(2025, 2025), 'iso')}T12:01:44.133+05:30" ttl="{fmt_date(v.event_date(2026, 2026), 'iso')}T12:01:44">
  <UidData uid="{uid2}" tkn="{v.hexs(20)}">
    <Poi name="{' '.join(v.name_in())}" dob="{d.L('date-of-birth', fmt_date(v.dob(1960, 2000), 'dmy-'))}" gender="F" phone="{v.hexs(12)}" email=""/>
    <Poa co="W/O {v.pick(['Rajan', 'Kumar'])}" house="{v.digits(2)}" street="Temple Road" vtc="{v.pick(['Madurai', 'Salem'])}" dist="{v.pick(['Madurai', 'Salem'])}" state="Tamil Nadu" pc="625001"/>
  </UidData>
</KycRes>
"""


def graphql_kyc(v, d, k):
    uid = U(v, d, "compact")
    uid2 = U(v, d, "space")
    dob = d.L("date-of-birth", fmt_date(v.dob(1970, 2002), "iso"))
    mob = d.L("phone", phone(v, "IN", 6))
    return f"""{{
  "operationName": "UpsertCustomerKyc",
  "variables": {{
    "input": {{
      "customerId": "cus_{v.rand(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
      "documents": [
        {{"type": "AADHAAR", "number": "{uid}", "verifiedVia": "DIGILOCKER"}},
        {{"type": "PAN", "number": "{pan(v)}"}},
        {{"type": "AADHAAR", "number": "XXXX-XXXX-{v.digits(4, '0123456789')}", "verifiedVia": "MASKED_UPLOAD"}}
      ],
      "birthDate": "{dob}",
      "phone": "{mob}",
      "nominee": {{"name": "{' '.join(v.name_in())}", "aadhaar": "{uid2}"}}
    }}
  }},
  "query": "mutation UpsertCustomerKyc($input: KycInput!) {{ upsertKyc(input: $input) {{ id status riskBand updatedAt }} }}"
}}
"""


def rest_http(v, d, k):
    uid = U(v, d, "compact")
    a2 = U(v, d, "compact")
    return f"""### ration-card-portal: link member aadhaar (captured with HTTPie --verbose)
PUT /api/v2/ration-cards/{v.safe_digits(12, '0')}/members/3 HTTP/1.1
Host: epds.{v.pick(['portal.internal', 'state.local'])}
Accept: application/json
Content-Type: application/json
X-Request-Id: {v.uuid()}

{{"memberName": "{' '.join(v.name_in())}", "relation": "DAUGHTER", "uidNo": "{uid}", "seeded": true}}

HTTP/1.1 409 Conflict
Content-Type: application/json

{{"error": "UID_ALREADY_SEEDED", "message": "Aadhaar {a2} is already seeded on ration card {v.safe_digits(12, '0')} (duplicate across FPS)", "traceId": "{v.hexs(16)}"}}
"""


def fixed_apbs(v, d, k):
    out = ["H%s%s%s%-40s%s" % ("APBS", fmt_date(v.event_date(2025, 2025), "dmy/").replace("/", ""), v.digits(9, "0123456789"), "DBT DIVISION, SOCIAL WELFARE DEPT", "0" * 12)]
    for i in range(11):
        nm = (" ".join(v.name_in())).upper()
        amt = "%013d" % (v.r.randint(500, 6000) * 100)
        uid = U(v, d, "compact")
        out.append("D%-15s%-15s%-40s%s%s%s" % ("33", uid, nm[:40], amt, v.pick(["SBIN", "PUNB", "CNRB"]) + "0" + v.digits(6, "0123456789"), v.digits(10, "0123456789")))
    out.append("T%09d%015d" % (11, v.r.randint(100000, 900000)))
    return "\n".join(out) + "\n"


def ration_html(v, d, k):
    rows = []
    for i in range(5):
        nm = " ".join(v.name_in())
        if i == 2:
            u = "XXXX-XXXX-" + v.digits(4, "0123456789")
        else:
            u = U(v, d, "dash" if i % 2 else "space")
        rows.append("      <tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, nm, v.pick(["HOF", "Spouse", "Son", "Daughter"]), u, v.pick(["Seeded", "Pending eKYC"])))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RC Details - AePDS</title></head>
<body>
  <h3>Ration Card Details : {v.safe_digits(12, '0')}  (PHH)</h3>
  <p>FPS ID: {v.digits(7)} &nbsp; Last transaction: {fmt_date(v.event_date(2025, 2025), 'dmy-')}</p>
  <table class="table table-bordered">
    <thead><tr><th>S.No</th><th>Member Name</th><th>Relation</th><th>UID</th><th>eKYC</th></tr></thead>
    <tbody>
{chr(10).join(rows)}
    </tbody>
  </table>
  <!-- UID column should be masked per UIDAI circular; rendered raw in legacy template -->
</body></html>
"""


def pfms_csv(v, d, k):
    rows = ["BeneficiaryCode|Name|AadhaarNo|AccountNo|IFSC|Mobile|Status|ValidatedOn"]
    for i in range(10):
        nm = " ".join(v.name_in())
        u = U(v, d, "compact") if i != 3 else ""
        mob = d.L("phone", phone(v, "IN", 4))
        rows.append("%s|%s|%s|%s|%s|%s|%s|%s" % ("BEN" + v.digits(9), nm, u, v.safe_digits(15), v.pick(["SBIN0", "IOBA0", "CNRB0"]) + v.digits(6, "0123456789"), mob,
                                             v.pick(["ACCEPTED", "NPCI_FAILED", "ACCEPTED"]), fmt_date(v.event_date(), "dmy/")))
    return "\n".join(rows) + "\n"


def ekyc_mail(v, d, k):
    fn, ln = v.name_in()
    frm = d.L("email", v.email(domain=v.pick(["sundarbank.in", "tatvasoft.co.in"])))
    to = d.L("email", v.email(fn, ln))
    uid = U(v, d, "space")
    ph = d.L("phone", phone(v, "IN_LL", 3))
    return f"""From: KYC Cell <{frm}>
To: {fn} {ln} <{to}>
Subject: Re: KYC update pending for a/c ending {v.digits(4, '0123456789')}
Date: {v.pick(['Mon', 'Tue', 'Wed'])}, {v.r.randint(1, 28)} Jan 2025 11:{v.digits(2, '012345')}:02 +0530
Message-ID: <{v.hexs(16)}@mail.sundarbank.in>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Dear Customer,

We have received your request. As per our records the Aadhaar furnished is
{uid}; however the name on the Aadhaar ({fn.upper()} {ln[0]}.) does not match
the account name. Kindly visit the branch with original Aadhaar and PAN.

Please do not share your Aadhaar OTP with anyone. Bank officials will never
ask for it. For assistance call our branch at {ph}.

Regards,
KYC Operations

> On 12 Jan 2025, {fn} wrote:
> my aadhaar is attached, pls update. masked copy shows {masked(v)}
"""


DOCS = []
for _k in range(2):
    DOCS.append(("ocr/eaadhaar_letter_%02d.txt" % (_k + 1), ocr_letter, _k))
for _k in range(2):
    DOCS.append(("ocr/account_opening_form_%02d.txt" % (_k + 1), ocr_bank_form, _k))
for _k in range(2):
    DOCS.append(("chat/whatsapp_family_%02d.txt" % (_k + 1), whatsapp, _k))
for _k in range(1):
    DOCS.append(("sms/gateway_%02d.log" % (_k + 1), sms_gateway, _k))
for _k, _n in enumerate(["ration_card_tamil", "khadya_sathi_bengali", "satbara_marathi",
                         "pension_form_hindi", "rythu_bharosa_telugu", "ma_card_gujarati"]):
    DOCS.append(("forms/%s.txt" % _n, indic_form, _k))
for _k in range(1):
    DOCS.append(("booking/irctc_ers_%02d.txt" % (_k + 1), irctc, _k))
DOCS.append(("booking/domestic_checkin_manifest.csv", airline_manifest, 0))
for _k in range(2):
    DOCS.append(("csv/school_admission_%02d.csv" % (_k + 1), school_csv, _k))
DOCS.append(("csv/dbt_beneficiaries_export.csv", excel_odd_headers, 0))
for _k in range(2):
    DOCS.append(("logs/aeps_switch_%02d.log" % (_k + 1), aeps_log, _k))
DOCS.append(("logs/npci_upi_mapper.log", upi_log, 0))
for _k in range(1):
    DOCS.append(("logs/epds_access_%02d.log" % (_k + 1), access_uid, _k))
for _k in range(1):
    DOCS.append(("logs/dbt_service_%02d.log" % (_k + 1), java_exc, _k))
for _k in range(2):
    DOCS.append(("health/discharge_summary_%02d.txt" % (_k + 1), discharge, _k))
for _k in range(1):
    DOCS.append(("legal/bail_order_%02d.txt" % (_k + 1), court_order, _k))
for _k in range(1):
    DOCS.append(("api/insurance_claim_%02d.json" % (_k + 1), insurance_json, _k))
DOCS.append(("api/kua_ekyc_soap.http", soap_ekyc, 0))
DOCS.append(("api/graphql_upsert_kyc.json", graphql_kyc, 0))
DOCS.append(("api/epds_member_put.http", rest_http, 0))
for _k in range(2):
    DOCS.append(("fixed/apbs_credit_%02d.txt" % (_k + 1), fixed_apbs, _k))
DOCS.append(("html/ration_card_details.html", ration_html, 0))
DOCS.append(("csv/pfms_validation.psv", pfms_csv, 0))
DOCS.append(("email/kyc_mismatch.eml", ekyc_mail, 0))
