"""Aadhaar numbers in Indian KYC / eKYC / DBT / banking / telecom / health /
education / payroll carriers, with Indic-script labels and look-alikes
(VIDs, enrolment ids, masked numbers, UANs, RRNs, account numbers, phones)."""
from gen_common import *

IN_FIRST = ['Aarav', 'Priya', 'Ravi', 'Saanvi', 'Arjun', 'Ananya', 'Vikram', 'Lakshmi', 'Suresh', 'Meena', 'Karthik',
            'Divya', 'Rahul', 'Pooja', 'Sanjay', 'Kavitha', 'Mohammed', 'Fatima', 'Harpreet', 'Gurpreet', 'Anil',
            'Sunita', 'Rajesh', 'Deepa', 'Ishaan', 'Nandini', 'Farhan', 'Bhavna', 'Venkatesh', 'Shalini', 'Tenzin', 'Manoj']
IN_LAST = ['Sharma', 'Iyer', 'Reddy', 'Patel', 'Nair', 'Das', 'Banerjee', 'Singh', 'Kaur', 'Khan', 'Gupta', 'Menon',
           'Pillai', 'Rao', 'Yadav', 'Mishra', 'Chatterjee', 'Joshi', 'Kulkarni', 'Naidu', 'Mukherjee', 'Bhat', 'Hegde', 'Ansari']
STATES = [('Uttar Pradesh', 'Lucknow', '2260'), ('Tamil Nadu', 'Chennai', '6000'), ('Karnataka', 'Bengaluru', '5600'),
          ('Maharashtra', 'Pune', '4110'), ('West Bengal', 'Kolkata', '7000'), ('Kerala', 'Kochi', '6820'),
          ('Telangana', 'Hyderabad', '5000'), ('Gujarat', 'Ahmedabad', '3800'), ('Punjab', 'Ludhiana', '1410'),
          ('Odisha', 'Bhubaneswar', '7510'), ('Bihar', 'Patna', '8000'), ('Rajasthan', 'Jaipur', '3020')]
LABELS = {
    'hi': ('आधार संख्या', 'नाम', 'जन्म तिथि', 'मोबाइल नंबर', 'पता'),
    'ta': ('ஆதார் எண்', 'பெயர்', 'பிறந்த தேதி', 'கைபேசி எண்', 'முகவரி'),
    'te': ('ఆధార్ సంఖ్య', 'పేరు', 'పుట్టిన తేదీ', 'మొబైల్ నంబర్', 'చిరునామా'),
    'bn': ('আধার নম্বর', 'নাম', 'জন্ম তারিখ', 'মোবাইল নম্বর', 'ঠিকানা'),
    'kn': ('ಆಧಾರ್ ಸಂಖ್ಯೆ', 'ಹೆಸರು', 'ಹುಟ್ಟಿದ ದಿನಾಂಕ', 'ಮೊಬೈಲ್ ಸಂಖ್ಯೆ', 'ವಿಳಾಸ'),
    'ml': ('ആധാർ നമ്പർ', 'പേര്', 'ജനന തീയതി', 'മൊബൈൽ നമ്പർ', 'വിലാസം'),
    'gu': ('આધાર નંબર', 'નામ', 'જન્મ તારીખ', 'મોબાઇલ નંબર', 'સરનામું'),
    'pa': ('ਆਧਾਰ ਨੰਬਰ', 'ਨਾਮ', 'ਜਨਮ ਮਿਤੀ', 'ਮੋਬਾਈਲ ਨੰਬਰ', 'ਪਤਾ'),
    'mr': ('आधार क्रमांक', 'नाव', 'जन्म तारीख', 'मोबाईल क्रमांक', 'पत्ता'),
    'or': ('ଆଧାର ନମ୍ବର', 'ନାମ', 'ଜନ୍ମ ତାରିଖ', 'ମୋବାଇଲ ନମ୍ବର', 'ଠିକଣା'),
    'ur': ('آدھار نمبر', 'نام', 'تاریخ پیدائش', 'موبائل نمبر', 'پتہ'),
}
STATE_LANG = {'Uttar Pradesh': 'hi', 'Tamil Nadu': 'ta', 'Karnataka': 'kn', 'Maharashtra': 'mr', 'West Bengal': 'bn',
              'Kerala': 'ml', 'Telangana': 'te', 'Gujarat': 'gu', 'Punjab': 'pa', 'Odisha': 'or', 'Bihar': 'hi', 'Rajasthan': 'hi'}

def iname():
    return pick(IN_FIRST), pick(IN_LAST)

def dob(d, fmt=None):
    x = dob_date()
    f = fmt or pick(['%d/%m/%Y', '%d-%m-%Y', '%Y-%m-%d', '%d.%m.%Y'])
    return d.L('date-of-birth', x.strftime(f)) if f else None

def in_phone(d, style=None, enc=None):
    return d.phone('IN', style, enc)

def in_phone_ns(d, style=None):
    return d.L('phone', phone('IN', style or pick(['nat', 'e164'])).replace(' ', ''))

def masked_phone():
    return lk('masked-phone', pick(['XXXXXX%04d', '******%04d', '+91-XXXXX-X%04d', '98XXXXXX%02d']) % R.randint(0, 9999))

@tpl(2)
def dbt_beneficiary_csv(i):
    scheme = ['PM-KISAN', 'NSAP-IGNOAPS'][i - 1]
    d = Doc(f'kyc/dbt/{scheme.lower()}-payment-file-{i}.csv')
    st = pick(STATES)
    hdr = 'sl_no,beneficiary_name,father_husband_name,aadhaar_no,mobile_no,bank_account_no,ifsc,amount,payment_ref_no,utr_no,status'
    rows = [hdr]
    for n in range(1, R.randint(32, 38)):
        f, l = iname()
        a = d.aadhaar(pick(['plain', 'plain', 'sp']))
        mob = in_phone_ns(d) if chance(0.45) else masked_phone()
        status = pick(['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED - Aadhaar not seeded', 'PENDING'])
        utr = rrn(verhoeff_valid=chance(0.15)) if status == 'SUCCESS' else ''
        rows.append(','.join([str(n), f'{f} {l}', f'{pick(IN_FIRST)} {l}', a, mob, bank_acct(), ifsc(),
                              str(pick([2000, 1000, 500, 6000])), f'{scheme[:4]}{rs(10, DG)}', utr, status]))
    rows.append(f'TOTAL,,,,,,,{R.randint(20000, 90000)},,,')
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def ekyc_api_log(i):
    d = Doc('logs/kyc/aua-ekyc-gateway.log')
    t = ts()
    out = []
    for n in range(R.randint(13, 16)):
        t = stepts(t, R.randint(1, 40))
        txn = f'UKC:{rs(6, UP)}:{a_uuid()}'
        k = n % 4
        if k == 0:
            out.append(f'{iso(t)} INFO  ekyc.request txn={txn} body={{"uid":"{d.aadhaar("plain")}","consent":"Y","authType":"OTP","ac":"{rs(10, UP + DG)}","sa":"{rs(10, UP + DG)}","lk":"{d.L("generic-secret", "M" + rs(55, AN + "_-"))}"}}')
        elif k == 1:
            out.append(f'{iso(t)} INFO  ekyc.request txn={txn} body={{"uid":"{vid().replace(" ", "")}","uidType":"VID","consent":"Y","authType":"BIO-FMR"}}')
        elif k == 2:
            out.append(f'{iso(t)} INFO  ekyc.response txn={txn} ret=y code={hexs(32)} uid={masked_aadhaar()} name="{" ".join(iname())}" dob="{dob(d, "%d-%m-%Y")}" gender={pick("MF")} phone_hash={sha256()}')
        else:
            out.append(f'{iso(t)} WARN  ekyc.response txn={txn} ret=n err=K-100 msg="Aadhaar number {d.aadhaar("sp")} does not have verified mobile" mobile={in_phone(d, "e164")}')
    return d, '\n'.join(out) + '\n'

@tpl(2)
def bank_account_form(i):
    st = pick(STATES)
    lang = STATE_LANG[st[0]]
    lab = LABELS[lang]
    d = Doc(f'kyc/bank/account-opening-ocr-{i}.txt')
    f, l = iname()
    return d, f'''{pick(["STATE BANK OF INDIA", "CANARA BANK", "HDFC BANK LTD.", "BANK OF BARODA"])}
ACCOUNT OPENING FORM – INDIVIDUALS (OCR extract, page 1 of 4)
Branch: {st[1]} Main   Branch code: {rs(5, DG)}   Date: {logts(ts(), "%d/%m/%Y")}
Customer ID (CIF): {rs(11, DG)}     Account No.: {bank_acct()}

1. Name / {lab[1]}: {f.upper()} {l.upper()}
2. Date of Birth / {lab[2]}: {dob(d, "%d/%m/%Y")}
3. Gender: {pick(["Male", "Female"])}     Marital status: {pick(["Married", "Single"])}
4. PAN: {pan()}        Form 60: N/A
5. Aadhaar No. / {lab[0]}: {d.aadhaar("sp")}
   (Offline XML verified, reference id {rs(4, DG)}{rs(14, DG)})
6. Mobile / {lab[3]}: {in_phone(d)}      Alt. phone: {d.phone('IN', 'nat') if chance(0.5) else '-'}
7. E-mail: {d.email(f, l, pick(["gmail.com", "yahoo.co.in", "rediffmail.com"]))}
8. Address / {lab[4]}: {R.randint(1, 300)}, {pick(["MG Road", "Station Road", "Gandhi Nagar", "Anna Salai"])}, {st[1]}, {st[0]} - {st[2]}{R.randint(10, 99)}
9. Nominee: {" ".join(iname())}  Relationship: {pick(["Spouse", "Son", "Daughter"])}  Nominee DOB: {dob(d, "%d/%m/%Y")}
10. Nominee Aadhaar (optional): {d.aadhaar("sp") if chance(0.6) else masked_aadhaar()}

Declaration: I hereby confirm that the Aadhaar number provided above belongs to me and
I consent to e-KYC authentication. VID (if used instead): {vid()}
Specimen signature on file. Form no. {rs(12, DG)}  Ref: {rrn()}
For office use: CKYC No. {rs(14, DG)}   UCIC {rs(9, DG)}   Verified by EMP{rs(5, DG)}
'''

@tpl(1)
def telecom_caf(i):
    d = Doc('kyc/telecom/sim-activation-caf.jsonl')
    out = []
    for n in range(R.randint(8, 10)):
        f, l = iname()
        st = pick(STATES)
        rec = {'caf_no': 'CAF' + rs(12, DG), 'activation_ts': iso(), 'circle': st[0], 'msisdn': None, 'iccid': lk('iccid', iccid()),
               'imei': lk('imei', imei()), 'customer': {'name': f'{f} {l}', 'dob': None, 'poi_type': 'AADHAAR', 'poi_number': None},
               'ekyc_txn': 'UKC:' + rs(24, UP + DG), 'pos_code': 'POS' + rs(7, DG), 'alt_contact': None}
        rec['msisdn'] = in_phone_ns(d)
        rec['customer']['dob'] = dob(d, pick(['%d-%m-%Y', '%Y-%m-%d']))
        rec['customer']['poi_number'] = d.aadhaar(pick(['plain', 'sp'])) if n % 3 else masked_aadhaar()
        rec['alt_contact'] = in_phone(d) if chance(0.5) else ''
        out.append(json.dumps(rec, ensure_ascii=False))
    return d, '\n'.join(out) + '\n'

@tpl(1)
def abha_fhir(i):
    d = Doc('health/fhir/abdm-patient-bundle.json')
    entries = []
    for n in range(R.randint(3, 4)):
        f, l = iname()
        abha = lk('abha-number', '%02d-%04d-%04d-%04d' % (R.randint(10, 99), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999)))
        ident = [{'type': {'coding': [{'system': 'https://projecteka.in/sct', 'code': 'ABHA'}]}, 'system': 'https://healthid.ndhm.gov.in', 'value': abha},
                 {'type': {'text': 'Aadhaar'}, 'system': 'https://uidai.gov.in/aadhaar', 'value': d.aadhaar(pick(['plain', 'sp']))},
                 {'type': {'text': 'MRN'}, 'system': 'https://hospital.example/mrn', 'value': 'MRN' + rs(8, DG)}]
        entries.append({'fullUrl': 'urn:uuid:' + a_uuid(), 'resource': {'resourceType': 'Patient', 'id': a_uuid(), 'identifier': ident,
                        'name': [{'text': f'{f} {l}', 'family': l, 'given': [f]}], 'gender': pick(['male', 'female']),
                        'birthDate': dob(d, '%Y-%m-%d'), 'telecom': [{'system': 'phone', 'value': in_phone(d, 'intl'), 'use': 'mobile'}],
                        'address': [{'city': pick(STATES)[1], 'postalCode': rs(6, DG), 'country': 'IN'}]}})
    return d, json.dumps({'resourceType': 'Bundle', 'id': a_uuid(), 'type': 'collection', 'timestamp': iso(), 'entry': entries}, indent=2, ensure_ascii=False) + '\n'

@tpl(1)
def hospital_hl7(i):
    d = Doc('health/hl7/his-adt-a04-batch.hl7')
    msgs = []
    for n in range(R.randint(3, 5)):
        f, l = iname()
        t = ts()
        a = d.aadhaar('plain')
        ph = d.phone('IN', 'nat')
        db = d.L('date-of-birth', dob_date().strftime('%Y%m%d'))
        msgs.append('\r'.join([
            f'MSH|^~\\&|HIS|{pick(["AIIMS", "KMC", "CMC", "NIMS"])}|ABDM|HIE|{t.strftime("%Y%m%d%H%M%S")}||ADT^A04|{rs(10, DG)}|P|2.5',
            f'EVN|A04|{t.strftime("%Y%m%d%H%M%S")}',
            f'PID|1||UHID{rs(9, DG)}^^^HIS^MR~{a}^^^UIDAI^NI||{l.upper()}^{f.upper()}||{db}|{pick("MF")}|||{R.randint(1, 200)} {pick(["Main Road", "Nehru Street"])}^^{pick(STATES)[1]}^^{rs(6, DG)}^IND||{ph}^PRN^CP|||||||',
            f'PV1|1|O|OPD^{R.randint(1, 20)}^1||||{rs(6, DG)}^{pick(IN_LAST).upper()}^{pick(IN_FIRST).upper()}^^^DR',
            f'IN1|1|PMJAY|{rs(8, DG)}|Ayushman Bharat PM-JAY||||||||||||||||||||||||||||||||||||||||PMJAY ID {rs(9, UP + DG)}']))
    return d, '\r\n'.join(msgs) + '\r\n'

@tpl(1)
def scholarship_csv(i):
    d = Doc('kyc/education/nsp-applications-export.csv')
    rows = ['application_id,student_name,gender,date_of_birth,aadhaar,mobile,email,institute_aishe_code,course,annual_family_income,bank_account,ifsc,verification']
    for n in range(R.randint(14, 18)):
        f, l = iname()
        rows.append(','.join([f'{pick(["UP", "TN", "KA", "WB", "MH"])}{2024}{rs(8, DG)}', f'{f} {l}', pick(['M', 'F']), dob(d, '%d/%m/%Y'),
                              d.aadhaar(pick(['plain', 'dash'])) if n % 5 else masked_aadhaar(), in_phone_ns(d, 'nat') if chance(0.5) else masked_phone(),
                              d.email(f, l, pick(['gmail.com', 'yahoo.co.in'])) if chance(0.5) else '', f'C-{R.randint(10000, 60000)}',
                              pick(['B.Sc', 'B.Tech', 'Class XI', 'ITI', 'M.A.']), str(pick([95000, 180000, 240000])), bank_acct(), ifsc(),
                              pick(['INSTITUTE VERIFIED', 'DISTRICT VERIFIED', 'DEFECTIVE - AADHAAR MISMATCH'])]))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def school_admission_hindi(i):
    d = Doc('kyc/education/pravesh-patra-ocr.txt')
    f, l = iname()
    return d, f'''राजकीय उच्चतर माध्यमिक विद्यालय, {pick(["लखनऊ", "पटना", "जयपुर"])}
प्रवेश आवेदन पत्र – सत्र 2024-25                 प्रवेश संख्या: {R.randint(1000, 9999)}/{R.randint(10, 99)}

छात्र का नाम (Student name): {f} {l}
जन्म तिथि (DOB): {dob(d, "%d-%m-%Y")}
छात्र का आधार संख्या: {d.aadhaar("sp")}
पिता का नाम: {pick(IN_FIRST)} {l}        पिता का आधार: {d.aadhaar("sp")}
माता का नाम: {pick(IN_FIRST)} {l}        माता का आधार: {masked_aadhaar()}
मोबाइल नंबर: {in_phone(d, "nat")}
अपार आईडी (APAAR ID): {lk("apaar-id", rs(12, DG))}
पिछली कक्षा का अनुक्रमांक: {rs(8, DG)}
समग्र शिक्षा / यू-डाइस कोड: {rs(11, DG)}
बैंक खाता संख्या: {bank_acct()}   आईएफएससी: {ifsc()}

घोषणा: मैं प्रमाणित करता/करती हूँ कि उपरोक्त जानकारी सत्य है।
दिनांक: {logts(ts(), "%d/%m/%Y")}                 अभिभावक के हस्ताक्षर
'''

@tpl(1)
def epfo_ecr(i):
    d = Doc('kyc/payroll/epfo-ecr-202409.txt')
    rows = []
    for n in range(R.randint(10, 14)):
        f, l = iname()
        gross = R.randint(15000, 90000)
        rows.append('#~#'.join([uan(), f'{f.upper()} {l.upper()}', str(gross), str(min(gross, 15000)), str(min(gross, 15000)), str(min(gross, 15000)),
                                str(round(min(gross, 15000) * 0.12)), str(round(min(gross, 15000) * 0.0833)), str(round(min(gross, 15000) * 0.0367)), '0', '0']))
    seed = ['', '# Aadhaar seeding exceptions (for HR, not part of ECR upload)', 'UAN|NAME|AADHAAR|DOB|MOBILE|REMARK']
    for n in range(R.randint(5, 7)):
        f, l = iname()
        seed.append('|'.join([uan(), f'{f} {l}', d.aadhaar(pick(['plain', 'sp'])), dob(d, '%d/%m/%Y'), in_phone_ns(d, 'nat'),
                              pick(['name mismatch with UIDAI', 'DOB mismatch', 'demographic auth failed', 'pending employer approval'])]))
    return d, '\n'.join(rows + seed) + '\n'

@tpl(1)
def ration_nrega(i):
    d = Doc('kyc/dbt/mgnrega-jobcard-register-ta.csv')
    lab = LABELS['ta']
    rows = [f'job_card_no,{lab[1]} (name),{lab[0]} (aadhaar),{lab[3]} (mobile),ration_card_no,days_worked,wage_rs']
    for n in range(R.randint(15, 18)):
        f, l = iname()
        rows.append(','.join([f'TN-{R.randint(1, 38):02d}-{R.randint(1, 99):03d}-{R.randint(1, 99):03d}-{R.randint(1, 999):03d}/{R.randint(1, 500)}',
                              f'{f} {l}', d.aadhaar(pick(['sp', 'plain'])) if n % 4 else pick([masked_aadhaar(), 'NOT SEEDED']),
                              in_phone_ns(d, 'nat') if chance(0.7) else '-', f'{R.randint(1, 9)}{pick(["PHH", "AAY", "NPHH"])}{rs(9, DG)}',
                              str(R.randint(5, 100)), str(R.randint(500, 30000))]))
    return d, '\n'.join(rows) + '\n'

@tpl(1)
def aeps_log(i):
    d = Doc('logs/payments/aeps-switch.log')
    t = ts()
    out = []
    for n in range(R.randint(9, 12)):
        t = stepts(t, R.randint(1, 20))
        typ = pick(['CW', 'BE', 'MS', 'CW'])
        a = d.aadhaar('plain') if n % 3 != 2 else masked_aadhaar()
        out.append(f'{t.strftime("%d%m%Y %H:%M:%S")} AEPS {typ} iin={pick(["607094", "607152", "608001", "508534"])} uid={a} stan={rs(6, DG)} rrn={rrn(verhoeff_valid=chance(0.2))} '
                   f'amt={R.randint(100, 10000) if typ == "CW" else 0} term=AEPS{rs(8, DG)} agent_mobile={in_phone_ns(d, "nat")} resp={pick(["00", "00", "U3", "51", "91"])}')
    return d, '\n'.join(out) + '\n'

@tpl(3)
def indic_eaadhaar(i):
    langs = [('ta', 'bn', 'kn'), ('te', 'ml', 'gu'), ('pa', 'mr', 'or')][i - 1]
    d = Doc(f'kyc/eaadhaar/ocr-letters-{i}.txt')
    parts = []
    for lang in langs:
        lab = LABELS[lang]
        f, l = iname()
        st = [s for s in STATES if STATE_LANG[s[0]] == lang] or [pick(STATES)]
        st = st[0]
        a = d.aadhaar(pick(['sp', 'sp', 'plain']))
        parts.append(f'''===== page {R.randint(1, 3)} / OCR lang={lang}+eng =====
Unique Identification Authority of India
Enrolment No.: {eid()}
To
{f} {l}
{R.randint(1, 200)}, {pick(["1st Cross", "Temple Street", "Nagar Colony"])}, {st[1]}, {st[0]} - {st[2]}{R.randint(10, 99)}
{lab[3]} / Mobile: {in_phone(d, pick(["nat", "intl"]))}

{lab[0]} / Your Aadhaar No. :
{a}
VID : {vid()}
{lab[1]} / Name: {f} {l}
{lab[2]} / DOB: {dob(d, "%d/%m/%Y")}
{pick(["Male", "Female"])}
Issue Date: {logts(ts(2019), "%d/%m/%Y")}   Download Date: {logts(ts(), "%d/%m/%Y")}
Aadhaar is proof of identity, not of citizenship or date of birth.
''')
    parts.append(f'''===== page 4 / OCR lang=hi+eng =====
मेरा आधार, मेरी पहचान
आधार संख्या: {d.aadhaar("sp")}     आभासी पहचान संख्या (VID): {vid()}
1947 | {d.L('email', 'help@uidai.gov.in') if i == 1 else 'www.uidai.gov.in'} | www.uidai.gov.in
''')
    return d, '\n'.join(parts)

@tpl(1)
def support_chat_india(i):
    d = Doc('chat/whatsapp/bank-support-export.txt')
    f, l = iname()
    t = ts()
    me = d.phone('IN', 'intl')
    return d, f'''{logts(t, "%d/%m/%y, %I:%M %p").lower()} - {pick(["Kotak", "Axis", "PNB"])} Care: Hi {f}, to update your KYC please share your Aadhaar number (only the last 4 digits are enough for verification).
{logts(stepts(t, 200), "%d/%m/%y, %I:%M %p").lower()} - {me}: my aadhar is {d.aadhaar(pick(["plain", "sp"]))} and pan {pan()}
{logts(stepts(t, 260), "%d/%m/%y, %I:%M %p").lower()} - {d.again(me)}: dob {dob(d, "%d.%m.%Y")}
{logts(stepts(t, 400), "%d/%m/%y, %I:%M %p").lower()} - Care: Thank you. Please do not share the full number in chat. We have masked it as {masked_aadhaar()}. Your request no. is SR{rs(9, DG)}.
{logts(stepts(t, 500), "%d/%m/%y, %I:%M %p").lower()} - {d.again(me)}: ok. also my wife account – her aadhaar {d.aadhaar("dash")}, mobile {in_phone(d, "nat")}
{logts(stepts(t, 700), "%d/%m/%y, %I:%M %p").lower()} - Care: Noted. UPI ref for your last failed transaction: {rrn(verhoeff_valid=True)} (amount refunded).
'''

@tpl(1)
def kyc_sql_dump(i):
    d = Doc('sql/mysql/kyc_customers_dump.sql')
    rows = []
    for n in range(R.randint(10, 14)):
        f, l = iname()
        a = d.aadhaar(pick(['plain', 'sp'])) if n % 4 else ''
        rows.append(f"({R.randint(10000, 99999)},'{f} {l}','{pan()}','{a}','{dob(d, '%Y-%m-%d')}','{in_phone(d, 'e164')}','{sha256()}','{iso()[:19].replace('T', ' ')}')")
    return d, f'''-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: {dbhost('mysql')}    Database: kyc
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL,
  `full_name` varchar(120) NOT NULL,
  `pan` char(10) DEFAULT NULL,
  `aadhaar_no` varchar(14) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `mobile` varchar(16) DEFAULT NULL,
  `doc_hash` char(64) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES {','.join(rows)};
UNLOCK TABLES;
'''

@tpl(1)
def sms_gateway_log(i):
    d = Doc('logs/sms/in-transactional-sms.log')
    t = ts()
    out = []
    for n in range(R.randint(9, 12)):
        t = stepts(t, R.randint(1, 120))
        to = in_phone(d, 'e164')
        k = n % 4
        if k == 0:
            msg = f'Your PAN {pan()[:2]}XXXXX{rs(2, DG)}{pick(UP)} is linked with Aadhaar {masked_aadhaar()}. -ITDEPT'
        elif k == 1:
            msg = f'{R.randint(100000, 999999)} is your OTP for Aadhaar e-KYC. Valid for 10 min. Do not share. -UIDAI'
        elif k == 2:
            msg = f'Rs.{R.randint(500, 6000)} credited to A/c XX{R.randint(1000, 9999)} under DBT (Aadhaar {d.aadhaar("sp")}). UTR {rrn()} -PFMS'
        else:
            msg = f'Dear customer, your Aadhaar {d.aadhaar("plain")} seeding request {rs(10, DG)} is successful. Call {lk("toll-free-short", "1947")} for help.'
        out.append(f'{iso(t)} submit_sm dst={to} sender={pick(["VM-ITDEPT", "AD-UIDAI", "JM-PFMSIN", "BZ-SBIINB"])} dlt_tmpl={rs(19, DG)} msg="{msg}" status=DELIVRD')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def insurance_claim_xml(i):
    d = Doc('health/claims/pmjay-preauth.xml')
    f, l = iname()
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<PreAuthRequest xmlns="urn:nha:pmjay:claims:v2" version="2.1">
  <Header>
    <RequestId>{a_uuid()}</RequestId>
    <HospitalCode>HOSP{rs(8, DG)}</HospitalCode>
    <Timestamp>{iso()}</Timestamp>
  </Header>
  <Beneficiary>
    <PMJAYId>{rs(9, UP + DG)}</PMJAYId>
    <Name>{f} {l}</Name>
    <Gender>{pick("MF")}</Gender>
    <DateOfBirth>{dob(d, "%Y-%m-%d")}</DateOfBirth>
    <AadhaarNumber>{d.aadhaar("plain")}</AadhaarNumber>
    <AadhaarVerified>true</AadhaarVerified>
    <Mobile>{in_phone_ns(d, 'nat')}</Mobile>
    <FamilyId>{rs(12, DG)}</FamilyId>
  </Beneficiary>
  <Attendant>
    <Name>{pick(IN_FIRST)} {l}</Name>
    <Relation>{pick(["Son", "Spouse", "Daughter"])}</Relation>
    <AadhaarNumber>{d.aadhaar("sp")}</AadhaarNumber>
    <Mobile>{in_phone(d, "intl")}</Mobile>
  </Attendant>
  <Clinical>
    <PackageCode>{pick(["SG039A", "MG064B", "OR005C"])}</PackageCode>
    <AdmissionDate>{logts(ts(), "%Y-%m-%d")}</AdmissionDate>
    <EstimatedAmount currency="INR">{R.randint(20000, 200000)}</EstimatedAmount>
    <TransactionRef>{rrn()}</TransactionRef>
  </Clinical>
</PreAuthRequest>
'''
