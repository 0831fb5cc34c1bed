"""Shared helpers for the dev8 corpus generator (Python 3 standard library only).

Everything random goes through random.Random objects seeded with fixed
strings, so output does not depend on PYTHONHASHSEED or on the machine.
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import hashlib
import json
import random
import string

# --------------------------------------------------------------------------
# check-digit algorithms
# --------------------------------------------------------------------------
_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def make_iban(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


# --------------------------------------------------------------------------
# the document model
# --------------------------------------------------------------------------
class Doc:
    """One document: its relative path, its random source and its labels."""

    def __init__(self, rel):
        self.rel = rel
        self.rng = random.Random("dev8-doc:" + rel)
        self.labels = []
        self.text = None

    def L(self, cat, value):
        """Record `value` as a labelled value of `cat` and return it."""
        self.labels.append((cat, value))
        return value


class Registry:
    """Global uniqueness of generated values (real ones and look-alikes)."""

    def __init__(self):
        self.seen = set()

    def fresh(self, kind, fn):
        for _ in range(10000):
            v = fn()
            key = (kind, v)
            if key not in self.seen:
                self.seen.add(key)
                return v
        raise RuntimeError("cannot find fresh value for " + kind)


REG = Registry()
# one rng per value family, so that adding documents of one family does not
# shift the values of another
_RNGS = {}


def frng(name):
    if name not in _RNGS:
        _RNGS[name] = random.Random("dev8-family:" + name)
    return _RNGS[name]


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
DIG = string.digits


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# --------------------------------------------------------------------------
# Aadhaar and Indian look-alikes
# --------------------------------------------------------------------------
def aadhaar_digits():
    r = frng("aadhaar")

    def make():
        body = r.choice("23456789") + rstr(r, DIG, 10)
        return body + verhoeff_digit(body)

    return REG.fresh("aadhaar", make)


def bad_aadhaar_digits():
    """12 digits starting 2-9 that FAIL Verhoeff (a typo'd or fake number)."""
    r = frng("bad-aadhaar")

    def make():
        while True:
            d = r.choice("23456789") + rstr(r, DIG, 11)
            if not verhoeff_ok(d):
                return d

    return REG.fresh("bad-aadhaar", make)


def lead01_digits():
    """12 digits starting with 0 or 1 and Verhoeff-valid (not an Aadhaar)."""
    r = frng("lead01")

    def make():
        body = r.choice("01") + rstr(r, DIG, 10)
        return body + verhoeff_digit(body)

    return REG.fresh("lead01", make)


def fmt_aadhaar(d, style):
    a, b, c = d[:4], d[4:8], d[8:]
    if style == "space":
        return f"{a} {b} {c}"
    if style == "compact":
        return d
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "nbsp":
        return f"{a}\u00a0{b}\u00a0{c}"
    if style == "double":
        return f"{a}  {b}  {c}"
    if style == "boxes":
        return " ".join(d)
    if style == "dot":
        return f"{a}.{b}.{c}"
    raise ValueError(style)


def pick_style(rng, weights=None):
    w = weights or {"space": 45, "compact": 36, "dash": 8, "nbsp": 4, "double": 4, "dot": 1}
    keys = sorted(w)
    return rng.choices(keys, [w[k] for k in keys])[0]


def vid_digits():
    r = frng("vid")
    return REG.fresh("vid", lambda: r.choice("23456789") + rstr(r, DIG, 15))


def fmt4(d, sep=" "):
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def mask_aadhaar(d, rng):
    return rng.choice([
        "XXXX XXXX " + d[-4:], "xxxxxxxx" + d[-4:], "XXXXXXXX" + d[-4:],
        "**** **** " + d[-4:], "XXXX-XXXX-" + d[-4:], "********" + d[-4:],
    ])


def enrolment_id(rng):
    r = frng("eid")
    return REG.fresh("eid", lambda: "%04d/%05d/%05d" % (r.randint(1000, 2999), r.randint(0, 99999), r.randint(0, 99999)))


def rrn():
    r = frng("rrn")
    return REG.fresh("rrn", lambda: r.choice("45") + "%03d" % r.randint(1, 365) + "%02d" % r.randint(0, 23) + rstr(r, DIG, 6))


def uan():
    r = frng("uan")
    return REG.fresh("uan", lambda: "10" + r.choice("0123") + rstr(r, DIG, 9))


def bank_account(rng=None):
    r = frng("acct")
    return REG.fresh("acct", lambda: r.choice(["3", "2", "5", "6"]) + rstr(r, DIG, r.choice([10, 11, 12, 13])))


BANK_IFSC = ["SBIN", "PUNB", "BARB", "CNRB", "UBIN", "HDFC", "ICIC", "UTIB", "BKID", "IOBA", "KKBK", "MAHB", "IDIB", "UCBA", "CBIN", "PSIB", "JAKA", "KARB", "FDRL", "YESB"]
BANK_NAME = {"SBIN": "State Bank of India", "PUNB": "Punjab National Bank", "BARB": "Bank of Baroda", "CNRB": "Canara Bank",
             "UBIN": "Union Bank of India", "HDFC": "HDFC Bank", "ICIC": "ICICI Bank", "UTIB": "Axis Bank", "BKID": "Bank of India",
             "IOBA": "Indian Overseas Bank", "KKBK": "Kotak Mahindra Bank", "MAHB": "Bank of Maharashtra", "IDIB": "Indian Bank",
             "UCBA": "UCO Bank", "CBIN": "Central Bank of India", "PSIB": "Punjab & Sind Bank", "JAKA": "J&K Bank",
             "KARB": "Karnataka Bank", "FDRL": "Federal Bank", "YESB": "Yes Bank"}


def ifsc(rng):
    b = rng.choice(BANK_IFSC)
    return b, b + "0" + rstr(rng, DIG, 6)


def pan(rng, surname="K", kind="P"):
    return rstr(rng, string.ascii_uppercase, 3) + kind + surname[0].upper() + rstr(rng, DIG, 4) + rng.choice(string.ascii_uppercase)


def epic(rng):
    return rstr(rng, string.ascii_uppercase, 3) + rstr(rng, DIG, 7)


def abha_number(rng):
    d = "91" + rstr(rng, DIG, 12)
    return f"{d[:2]}-{d[2:6]}-{d[6:10]}-{d[10:]}"


def lpg_id(rng):
    return "7" + rstr(rng, DIG, 16)


def ration_card(rng, state="UP"):
    return rng.choice([rstr(rng, DIG, 12), state + rstr(rng, DIG, 10), "%s-%02d-%07d" % (state, rng.randint(1, 75), rng.randint(0, 9999999))])


def pincode(rng, first=None):
    return (first or rng.choice("12345678")) + rstr(rng, DIG, 5)


def in_mobile():
    r = frng("in-mobile")
    return REG.fresh("in-mobile", lambda: r.choice("6789") + rstr(r, DIG, 9))


def fmt_in_mobile(m, rng):
    return rng.choice([m, "+91 " + m[:5] + " " + m[5:], "+91-" + m, "+91" + m, m[:5] + " " + m[5:], "0" + m])


def mask_mobile(m, rng):
    return rng.choice(["XXXXXX" + m[-4:], "******" + m[-4:], m[:2] + "XXXXXX" + m[-2:]])


def public_ipv4(rng):
    r = frng("ipv4")

    def make():
        first = r.choice([49, 103, 106, 117, 122, 136, 152, 157, 182, 223, 27, 59, 14, 42, 110, 115, 171, 183])
        return "%d.%d.%d.%d" % (first, r.randint(1, 254), r.randint(0, 254), r.randint(1, 254))

    return REG.fresh("ipv4", make)


def private_ipv4(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])


FIRST_M = ["Ramesh", "Suresh", "Mahesh", "Rajesh", "Arjun", "Vikram", "Sanjay", "Anil", "Sunil", "Ravi", "Prakash", "Manoj",
           "Deepak", "Amit", "Rahul", "Sandeep", "Naveen", "Karthik", "Senthil", "Murugan", "Venkatesh", "Srinivas", "Harish",
           "Gopal", "Balaji", "Abdul", "Imran", "Mohammed", "Irfan", "Gurpreet", "Harjeet", "Biswajit", "Subrata", "Debashis",
           "Pradeep", "Santosh", "Dinesh", "Jitendra", "Bhupendra", "Lakshman", "Shankar", "Rajendra", "Ashok", "Vinod",
           "Raghav", "Nitin", "Tushar", "Sachin", "Mukesh", "Pawan", "Ajay", "Hemant", "Kishore", "Anand", "Ganesh"]
FIRST_F = ["Sunita", "Anita", "Kavita", "Priya", "Pooja", "Lakshmi", "Meena", "Rekha", "Geeta", "Savitri", "Radha",
           "Kamala", "Parvati", "Shanti", "Asha", "Usha", "Nirmala", "Sarita", "Mamta", "Neha", "Divya", "Anjali",
           "Fatima", "Ayesha", "Shabana", "Harpreet", "Manpreet", "Mousumi", "Rina", "Sujata", "Padma", "Selvi",
           "Revathi", "Sowmya", "Bhavana", "Jyoti", "Swati", "Rupali", "Snehal", "Archana", "Vandana", "Kiran", "Tulsi"]
SURNAMES = ["Sharma", "Verma", "Yadav", "Singh", "Kumar", "Patel", "Shah", "Reddy", "Naidu", "Rao", "Iyer", "Nair",
            "Menon", "Pillai", "Das", "Ghosh", "Chatterjee", "Banerjee", "Mukherjee", "Mondal", "Patil", "Jadhav",
            "Deshmukh", "Kulkarni", "Pawar", "Gupta", "Agarwal", "Mishra", "Tiwari", "Pandey", "Chauhan", "Rathore",
            "Meena", "Gurjar", "Khan", "Ansari", "Qureshi", "Sheikh", "Gill", "Sandhu", "Dhillon", "Sahu", "Behera",
            "Nayak", "Mohanty", "Pradhan", "Murmu", "Hansda", "Kisku", "Gowda", "Hegde", "Shetty", "Kamble", "Bhosale",
            "Chaudhary", "Prajapati", "Kushwaha", "Maurya", "Paswan", "Ram", "Devi", "Thakur", "Rawat", "Negi", "Bisht"]

STATES = {
    "Uttar Pradesh": ("UP", ["Lucknow", "Varanasi", "Gorakhpur", "Bareilly", "Sitapur", "Bahraich", "Azamgarh"], "2"),
    "Bihar": ("BR", ["Patna", "Gaya", "Muzaffarpur", "Darbhanga", "Madhubani", "Purnia"], "8"),
    "Maharashtra": ("MH", ["Pune", "Nashik", "Aurangabad", "Nagpur", "Solapur", "Satara", "Jalgaon"], "4"),
    "Tamil Nadu": ("TN", ["Madurai", "Salem", "Tiruchirappalli", "Vellore", "Thanjavur", "Coimbatore"], "6"),
    "Karnataka": ("KA", ["Mysuru", "Belagavi", "Tumakuru", "Kalaburagi", "Mandya", "Hassan"], "5"),
    "West Bengal": ("WB", ["Nadia", "Murshidabad", "Bankura", "Purulia", "Hooghly", "Malda"], "7"),
    "Rajasthan": ("RJ", ["Jaipur", "Ajmer", "Barmer", "Bhilwara", "Sikar", "Udaipur"], "3"),
    "Madhya Pradesh": ("MP", ["Bhopal", "Indore", "Sagar", "Rewa", "Satna", "Chhindwara"], "4"),
    "Odisha": ("OD", ["Cuttack", "Ganjam", "Mayurbhanj", "Balasore", "Koraput", "Puri"], "7"),
    "Telangana": ("TS", ["Warangal", "Karimnagar", "Nizamabad", "Khammam", "Nalgonda"], "5"),
    "Andhra Pradesh": ("AP", ["Guntur", "Krishna", "Kurnool", "Anantapur", "Nellore"], "5"),
    "Kerala": ("KL", ["Thrissur", "Kollam", "Palakkad", "Kannur", "Kottayam"], "6"),
    "Gujarat": ("GJ", ["Rajkot", "Surat", "Bhavnagar", "Kutch", "Mehsana", "Anand"], "3"),
    "Punjab": ("PB", ["Ludhiana", "Amritsar", "Bathinda", "Patiala", "Jalandhar"], "1"),
    "Jharkhand": ("JH", ["Ranchi", "Dumka", "Hazaribagh", "Giridih", "Palamu"], "8"),
}
VILLAGES = ["Rampur", "Sonpur", "Chandpur", "Belhar", "Kesarpur", "Madhopur", "Kothari", "Nandgaon", "Shivpur", "Govindpur",
            "Lalganj", "Devipur", "Haripur", "Khedi", "Pipariya", "Bhatpura", "Karanji", "Wadgaon", "Kallur", "Puthur",
            "Gollapudi", "Thirumangalam", "Kodungallur", "Bhimavaram", "Sirsi", "Kanakpura", "Raiganj", "Kalna", "Jaleswar"]


def person(rng):
    female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(SURNAMES)
    father = rng.choice(FIRST_M) + " " + last
    return {"name": f"{first} {last}", "first": first, "last": last, "gender": "F" if female else "M",
            "father": father}


def place(rng):
    state = rng.choice(sorted(STATES))
    code, dists, pin0 = STATES[state]
    return {"state": state, "code": code, "district": rng.choice(dists), "village": rng.choice(VILLAGES),
            "pin": pin0 + rstr(rng, DIG, 5)}


def dob(rng, y0=1950, y1=2006):
    return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ts(rng, y=2025):
    return datetime.datetime(y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


class Clock:
    """Increasing timestamps for log files (a log is written in time order)."""

    def __init__(self, rng, y=2025):
        self.r = rng
        self.t = ts(rng, y)

    def next(self, lo=1, hi=600):
        self.t += datetime.timedelta(seconds=self.r.randint(lo, hi), milliseconds=self.r.randint(0, 999))
        return self.t

    def T(self, fmt="%Y-%m-%d %H:%M:%S", lo=1, hi=600):
        return self.next(lo, hi).strftime(fmt)


def email_for(name, rng, domains=None):
    r = frng("email")
    doms = domains or ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com", "yahoo.com"]

    def make():
        base = name.lower().replace(" ", rng.choice([".", "", "_"]))
        return base + rstr(r, DIG, r.choice([0, 2, 3, 4])) + "@" + r.choice(doms)

    return REG.fresh("email", make)


# --------------------------------------------------------------------------
# Swedish personnummer, cards
# --------------------------------------------------------------------------
def personnummer(century_style=False):
    r = frng("pnr")

    def make():
        d = datetime.date(r.randint(1938, 2008), r.randint(1, 12), r.randint(1, 28))
        body = d.strftime("%y%m%d") + rstr(r, DIG, 3)
        return d.strftime("%Y%m%d") + body[6:] + luhn_digit(body)

    return REG.fresh("pnr", make)  # 12 digits YYYYMMDDNNNC


def fmt_pnr(p12, style):
    y4, rest = p12[:4], p12[4:]
    short = p12[2:]
    if style == "short-dash":
        return short[:6] + "-" + short[6:]
    if style == "short":
        return short
    if style == "long":
        return p12
    if style == "long-dash":
        return p12[:8] + "-" + p12[8:]
    if style == "plus":
        return short[:6] + "+" + short[6:]
    raise ValueError(style)


def pnr_fail_lookalike(rng):
    """date + 4 digits whose Luhn check fails (an order number, not a person)."""
    r = frng("pnr-bad")

    def make():
        while True:
            d = datetime.date(r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28))
            body = d.strftime("%y%m%d") + rstr(r, DIG, 4)
            if not luhn_ok(body):
                return d.strftime("%Y%m%d") + body[6:]

    return REG.fresh("pnr-bad", make)


def orgnr():
    r = frng("orgnr")

    def make():
        body = r.choice(["55", "556", "559", "802", "716", "969", "212"])
        body = (body + rstr(r, DIG, 9))[:9]
        if int(body[2]) < 2:
            body = body[:2] + "6" + body[3:]
        return body + luhn_digit(body)

    return REG.fresh("orgnr", make)


CARD_PREFIXES = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2345", "2506", "2720"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65", "644"], 16), "jcb": (["3528", "3541", "3566", "3589"], 16),
    "diners": (["36", "300", "305"], 14), "maestro": (["6759", "5018", "6304"], 16), "unionpay": (["62"], 16),
    "rupay": (["6521", "6522", "508"], 16), "visa19": (["4"], 19)
}
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4012888888881881", "378282246310005",
              "6011111111111117", "5105105105105100", "4000056655665556", "3530111333300000", "4000000000000002"}


def card_number(network):
    r = frng("card")
    prefs, length = CARD_PREFIXES[network]

    def make():
        p = r.choice(prefs)
        body = p + rstr(r, DIG, length - len(p) - 1)
        v = body + luhn_digit(body)
        return None if v in TEST_CARDS else v

    v = None
    while v is None:
        v = REG.fresh("card", make)
    return v


def fmt_card(n, style):
    if style == "compact":
        return n
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, len(n), 4)]
    return (" " if style == "space" else "-").join(parts)


def luhn_fail_16(rng, first=None):
    r = frng("luhn-fail")

    def make():
        while True:
            d = (first or r.choice("3456")) + rstr(r, DIG, 15)
            if not luhn_ok(d):
                return d

    return REG.fresh("luhn-fail", make)


def imei(rng):
    body = rng.choice(["35", "86", "99", "01"]) + rstr(rng, DIG, 12)
    return body + luhn_digit(body)


def iccid(rng):
    body = "8991" + rstr(rng, DIG, 14)
    return body + luhn_digit(body)


def se_mobile():
    r = frng("se-mobile")
    return REG.fresh("se-mobile", lambda: "07" + r.choice("02369") + rstr(r, DIG, 7))


def fmt_se_mobile(m, rng):
    return rng.choice([m[:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:], "+46 " + m[1:3] + " " + m[3:6] + " " + m[6:8] + " " + m[8:],
                       "+46" + m[1:], m, m[:3] + "-" + m[3:]])


SE_FIRST = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kristina", "Elin", "Ida", "Johanna", "Linnea", "Maja",
            "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Oskar", "Fredrik", "Mattias", "Björn",
            "Åsa", "Göran", "Sven", "Ingrid", "Ulf", "Agneta", "Henrik", "Sofia", "Astrid", "Olof"]
SE_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
           "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist", "Berg",
           "Lundgren", "Sjöberg", "Holm", "Åberg", "Ström", "Forsberg", "Nyström", "Ekström", "Sandberg", "Lindström"]
SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Västerås", "72"),
             ("Örebro", "70"), ("Linköping", "58"), ("Umeå", "90"), ("Lund", "22"), ("Gävle", "80"), ("Jönköping", "55")]


def se_person(rng):
    return rng.choice(SE_FIRST) + " " + rng.choice(SE_LAST)


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
def aws_akid(prefix="AKIA"):
    r = frng("akid")
    return REG.fresh("akid", lambda: prefix + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))


def aws_other_id(prefix):
    r = frng("aws-other")
    return REG.fresh("aws-other", lambda: prefix + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17))


def aws_secret():
    r = frng("aws-secret")

    def make():
        s = rstr(r, ALNUM, 40)
        # real keys usually carry a few '/' or '+'
        s = list(s)
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            s[r.randrange(1, 39)] = r.choice("/+")
        return "".join(s)

    return REG.fresh("aws-secret", make)


def session_token():
    r = frng("aws-sts")
    return REG.fresh("sts", lambda: "IQoJb3JpZ2luX2VjE" + rstr(r, B64, 340).replace("/", "/") + "==")


def token(kind, n=None):
    """Opaque secret strings in the shapes services use."""
    r = frng("tok-" + kind)

    def make():
        if kind == "hex":
            return rstr(r, HEX, n or 40)
        if kind == "alnum":
            return rstr(r, ALNUM, n or 32)
        if kind == "b64":
            raw = rstr(r, B64, n or 43)
            return raw + "="
        if kind == "b64url":
            return rstr(r, B64URL, n or 43)
        if kind == "ya29":
            return "ya29.a0" + rstr(r, B64URL, n or 180)
        if kind == "dotted":
            return rstr(r, ALNUM, 8) + "." + rstr(r, B64URL, n or 40)
        if kind == "vault":
            return "hvs." + rstr(r, B64URL, n or 90)
        if kind == "django":
            return rstr(r, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", n or 50)
        if kind == "upper":
            return rstr(r, string.ascii_uppercase + string.digits, n or 32)
        raise ValueError(kind)

    return REG.fresh("tok", make)


def jwt(claims, alg="RS256", kid=None):
    r = frng("jwt")
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(claims, separators=(",", ":")).encode())
    siglen = {"RS256": 342, "HS256": 43, "ES256": 86, "PS256": 342, "RS512": 342}[alg]
    s = rstr(r, B64URL, siglen)
    return REG.fresh("jwt", lambda: f"{h}.{p}.{s}")


def jwt_claims(rng, iss, sub=None, aud=None, extra=None):
    iat = 1735689600 + rng.randint(0, 31000000)
    c = {"iss": iss, "sub": sub or rstr(rng, HEX, 24), "aud": aud or "api", "iat": iat, "exp": iat + rng.choice([300, 900, 3600, 86400])}
    if extra:
        c.update(extra)
    return c


PW_WORDS = ["Monsoon", "Tiger", "Falcon", "Sunrise", "Krishna", "Ganga", "Kaveri", "Himalaya", "Cricket", "Mango",
            "Lotus", "Peacock", "Bangalore", "Mumbai", "Rocket", "Winter", "Dragon", "Copper", "Harbor", "Velvet",
            "Saffron", "Nebula", "Orchid", "Granite", "Pepper", "Maple", "Thunder", "Silver", "Marigold", "Cobalt"]
PW_SYMS = "!@#%&*?_.-"


def password(style=None):
    r = frng("pw")

    def make():
        st = style or r.choice(["word", "word", "random", "random", "random", "phrase", "leet", "hexish"])
        if st == "word":
            return r.choice(PW_WORDS) + r.choice(PW_SYMS) + str(r.randint(10, 9999)) + r.choice(["", r.choice(PW_SYMS)])
        if st == "random":
            return rstr(r, ALNUM + "!#%&*+-=?@^_", r.randint(12, 24))
        if st == "phrase":
            ws = r.sample([w.lower() for w in PW_WORDS], 3)
            return r.choice("-_.").join(ws) + str(r.randint(1, 99))
        if st == "leet":
            w = r.choice(PW_WORDS)
            return w.replace("o", "0").replace("a", "@").replace("e", "3") + str(r.randint(100, 999)) + r.choice(PW_SYMS)
        if st == "hexish":
            return rstr(r, ALNUM, r.randint(16, 32))
        if st == "simple":  # no characters that need escaping anywhere
            return r.choice(PW_WORDS) + rstr(r, ALNUM, 6) + str(r.randint(10, 99))
        raise ValueError(st)

    return REG.fresh("pw", make)


def uuid4(rng):
    h = rstr(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha1hex(rng):
    return hashlib.sha1(rstr(rng, ALNUM, 20).encode()).hexdigest()


def sha256hex(rng):
    return hashlib.sha256(rstr(rng, ALNUM, 20).encode()).hexdigest()


def md5hex(rng):
    return hashlib.md5(rstr(rng, ALNUM, 20).encode()).hexdigest()


def b64digest(rng, nbytes=32):
    return base64.b64encode(hashlib.sha256(rstr(rng, ALNUM, 20).encode()).digest()[:nbytes]).decode()


def fake_b64_blob(rng, n, width=64):
    s = base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def json_str_escape(s):
    """JSON escaping as json.dumps(ensure_ascii=True) writes it (without quotes)."""
    return json.dumps(s)[1:-1]


def json_str_escape_utf8(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]
