"""Shared value generators for the dev4 corpus (stdlib only, deterministic).

Written blind: only tests/corpus/documents/README.md and public format
documentation were used.  Every random draw comes from the single RNG ``R``
seeded with ``SEED``; documents are built in a fixed order, so two runs give
byte-identical files.
"""
import datetime
import hashlib
import json
import random
import re
import string
import urllib.parse

SEED = 20240611
R = random.Random(SEED)

# --------------------------------------------------------------------------
# registries: every real value is unique across the set
USED = set()          # normalised real values
DATE_STRS = set()     # every formatted date string used (birth or not)
DATES = set()         # every date object used as a birth date or look-alike


def _fresh(gen, key=lambda v: v):
    for _ in range(5000):
        v = gen()
        k = key(v)
        if k not in USED:
            USED.add(k)
            return v
    raise RuntimeError("value space exhausted")


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n, first=None):
    s = (R.choice(first) if first else R.choice("0123456789"))
    return s + "".join(R.choice("0123456789") for _ in range(n - 1))


# --------------------------------------------------------------------------
# check digits
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d


def card_like(d):
    """True when a digit run could be read as a payment card number."""
    n = len(d)
    if n < 12 or n > 19 or not luhn_ok(d):
        return False
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return True
    if p2 in (34, 37) and n == 15:
        return True
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return True
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return True
    if (p2 in (50, 60, 62, 65, 81, 82) or 56 <= p2 <= 69) and 12 <= n <= 19:
        return True
    return False


def aadhaar_like(d):
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def digits_safe(s):
    """No digit run (compact or 4-4-4 grouped) reads as Aadhaar or card."""
    for m in re.finditer(r"\d+", s):
        run = m.group()
        if aadhaar_like(run) or card_like(run):
            return False
    for m in re.finditer(r"\d{4}[ -]\d{4}[ -]\d{4}(?:[ -]\d{4})?", s):
        run = re.sub(r"\D", "", m.group())
        if aadhaar_like(run[:12]) or card_like(run):
            return False
    return True


def lookalike(n, first="123456789"):
    """A digit string of length n that is no Aadhaar/card (order id, UTR...)."""
    while True:
        s = digits(n, first)
        if digits_safe(s):
            return s


# --------------------------------------------------------------------------
# Aadhaar
def aadhaar():
    def g():
        while True:
            b = digits(11, "23456789")
            s = b + verhoeff_digit(b)
            if not card_like(s) and len(set(s)) > 3:
                return s
    return _fresh(g)


def fmt_aadhaar(s, style="space"):
    if style == "space":
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if style == "dash":
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"
    return s


def bad_aadhaar():
    """12 digits, first 2-9, failing Verhoeff (a look-alike)."""
    while True:
        s = digits(12, "23456789")
        if not verhoeff_ok(s) and not card_like(s):
            return s


def masked_aadhaar(s=None, style=None):
    last = (s or digits(4))[-4:]
    style = style or pick(["XXXX XXXX ", "xxxxxxxx", "********", "XXXX-XXXX-",
                           "xxxx xxxx "])
    return style + last


def vid():
    while True:
        s = "9" + digits(15)
        if digits_safe(s):
            return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


# --------------------------------------------------------------------------
# dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
           "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho",
           "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
           "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
}


def fmt_date(d, style):
    D, M, Y = d.day, d.month, d.year
    en = MONTHS["en"][M - 1]
    table = {
        "iso": f"{Y:04d}-{M:02d}-{D:02d}",
        "dmy/": f"{D:02d}/{M:02d}/{Y:04d}",
        "dmy-": f"{D:02d}-{M:02d}-{Y:04d}",
        "dmy.": f"{D:02d}.{M:02d}.{Y:04d}",
        "mdy/": f"{M:02d}/{D:02d}/{Y:04d}",
        "m/d/y": f"{M}/{D}/{Y:04d}",
        "ymd/": f"{Y:04d}/{M:02d}/{D:02d}",
        "ymd": f"{Y:04d}{M:02d}{D:02d}",
        "dmyc": f"{D:02d}{M:02d}{Y:04d}",
        "d mon y": f"{D:02d} {en[:3]} {Y}",
        "d-MON-y": f"{D:02d}-{en[:3].upper()}-{Y}",
        "mon d, y": f"{en[:3]} {D}, {Y}",
        "month d, y": f"{en} {D}, {Y}",
        "d month y": f"{D} {en} {Y}",
        "de": f"{D}. {MONTHS['de'][M - 1]} {Y}",
        "fr": f"{D} {MONTHS['fr'][M - 1]} {Y}",
        "es": f"{D} de {MONTHS['es'][M - 1]} de {Y}",
        "it": f"{D} {MONTHS['it'][M - 1]} {Y}",
        "nl": f"{D} {MONTHS['nl'][M - 1]} {Y}",
        "pt": f"{D} de {MONTHS['pt'][M - 1]} de {Y}",
        "hi": f"{D} {MONTHS['hi'][M - 1]} {Y}",
        "ja": f"{Y}年{M}月{D}日",
    }
    return table[style]


def _rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def dob(style, y0=1942, y1=2011):
    """A fresh birth date formatted in `style` (unique date and string)."""
    while True:
        d = _rand_date(y0, y1)
        s = fmt_date(d, style)
        if d in DATES or s in DATE_STRS or not digits_safe(s):
            continue
        DATES.add(d)
        DATE_STRS.add(s)
        USED.add(s)
        return s


def other_date(style, y0=2015, y1=2025):
    """A non-birth date (issue, expiry, created...) never equal to a DOB."""
    while True:
        d = _rand_date(y0, y1)
        s = fmt_date(d, style)
        if d in DATES or s in USED:
            continue
        DATE_STRS.add(s)
        return s


def ts(fmt="%Y-%m-%d %H:%M:%S", y0=2023, y1=2025):
    d = _rand_date(y0, y1)
    t = datetime.datetime(d.year, d.month, d.day, R.randint(0, 23),
                          R.randint(0, 59), R.randint(0, 59))
    return t.strftime(fmt)


def epoch_ms(t):
    """Milliseconds since the epoch of a naive datetime taken as UTC."""
    return int((t - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)


def epoch(t):
    return int((t - datetime.datetime(1970, 1, 1)).total_seconds())


class Clock:
    """Monotonic timestamps for log files."""

    def __init__(self, y0=2024, y1=2025):
        d = _rand_date(y0, y1)
        self.t = datetime.datetime(d.year, d.month, d.day, R.randint(6, 20),
                                   R.randint(0, 59), R.randint(0, 59),
                                   R.randint(0, 999) * 1000)

    def tick(self, lo=0.05, hi=40.0):
        self.t += datetime.timedelta(seconds=R.uniform(lo, hi))
        return self.t

    def fmt(self, f="%Y-%m-%d %H:%M:%S", ms=True, lo=0.05, hi=40.0):
        t = self.tick(lo, hi)
        s = t.strftime(f)
        if ms:
            s += ".%03d" % (t.microsecond // 1000)
        return s


# --------------------------------------------------------------------------
# phones
US_AREAS = ["212", "415", "312", "617", "206", "512", "303", "404", "646",
            "718", "213", "702", "305", "503", "612", "919", "972", "480"]
CA_AREAS = ["416", "604", "514", "403", "613", "905"]
IN_STD = {"11": "Delhi", "22": "Mumbai", "80": "Bengaluru", "44": "Chennai",
          "33": "Kolkata", "40": "Hyderabad", "20": "Pune", "79": "Ahmedabad"}


def _in_mobile():
    return digits(1, "6789") + digits(9)


def phone(country, style=None):
    """A fresh real-looking phone number formatted for `country`."""
    for _ in range(5000):
        s = _phone_once(country, style)
        key = re.sub(r"\D", "", s)
        if key in USED or not digits_safe(s):
            continue
        USED.add(key)
        return s
    raise RuntimeError


def _phone_once(country, style):
    c = country
    if style == "e164" and c in ("it", "jp", "au"):
        if c == "it":
            return "+39" + pick(["320", "328", "347", "349", "366", "393"]) + digits(7)
        if c == "jp":
            return "+81" + pick(["90", "80", "70"]) + digits(8, "123456789")
        while True:
            n = "4" + digits(8)
            if not n.startswith("491570"):
                return "+61" + n
    if c == "in":
        n = _in_mobile()
        st = style or pick(["e164", "sp", "dash", "nat0", "bare", "grp",
                            "sp10"])
        return {"e164": "+91" + n, "sp": f"+91 {n[:5]} {n[5:]}",
                "dash": f"+91-{n}", "nat0": "0" + n, "bare": n,
                "grp": f"{n[:5]} {n[5:]}", "sp10": f"+91 {n}",
                "dash3": f"{n[:3]}-{n[3:6]}-{n[6:]}", "cc": "91" + n}[st]
    if c == "in-land":
        code = pick(list(IN_STD))
        sub = digits(8, "234567")
        st = style or pick(["intl", "nat", "paren"])
        return {"intl": f"+91 {code} {sub[:4]} {sub[4:]}",
                "nat": f"0{code}-{sub}",
                "paren": f"(0{code}) {sub[:4]} {sub[4:]}"}[st]
    if c == "uk":
        kind = style or pick(["mob", "mob+", "lon", "lon+", "man", "e164"])
        if kind in ("mob", "mob+", "e164"):
            while True:
                n = "7" + digits(1, "1234589") + digits(8)
                if not n.startswith("7700900"):
                    break
            return {"mob": f"0{n[:4]} {n[4:]}", "mob+": f"+44 {n[:4]} {n[4:]}",
                    "e164": "+44" + n}[kind]
        if kind in ("lon", "lon+"):
            while True:
                n = digits(1, "378") + digits(7)
                if not n.startswith("79460"):
                    break
            return (f"020 {n[:4]} {n[4:]}" if kind == "lon"
                    else f"+44 20 {n[:4]} {n[4:]}")
        area = pick(["161", "121", "113", "131", "141", "117", "151"])
        while True:
            n = digits(1, "2345678") + digits(6)
            if not n.startswith("4960") and not n.startswith("4980"):
                break
        return f"0{area} {n[:3]} {n[3:]}"
    if c == "de":
        kind = style or pick(["ber", "ber+", "muc", "mob", "mob+", "e164",
                              "slash", "paren0"])
        if kind in ("mob", "mob+", "e164"):
            pre = pick(["151", "152", "160", "162", "170", "171", "172",
                        "175", "176", "177", "179"])
            n = digits(7 if pre[:2] == "17" else 8, "123456789")
            return {"mob": f"0{pre} {n}", "mob+": f"+49 {pre} {n}",
                    "e164": f"+49{pre}{n}"}[kind]
        area = "30" if kind.startswith("ber") else pick(["89", "40", "69",
                                                         "221", "211"])
        n = digits(pick([7, 8]) if len(area) == 2 else 7, "23456789")
        return {"ber": f"030 {n}", "ber+": f"+49 30 {n}",
                "muc": f"0{area} {n}", "slash": f"0{area}/{n}",
                "paren0": f"+49 (0){area} {n}"}[kind]
    if c == "fr":
        kind = style or pick(["nat", "intl", "mob", "mob+", "dots", "paren0",
                              "e164"])
        first = "67" if kind.startswith("mob") or kind == "e164" else "12345"
        while True:
            n = digits(1, first) + digits(8)
            if n[1:3] != "99":
                break
        p = [n[1:3], n[3:5], n[5:7], n[7:9]]
        return {"nat": f"0{n[0]} " + " ".join(p),
                "intl": f"+33 {n[0]} " + " ".join(p),
                "mob": f"0{n[0]} " + " ".join(p),
                "mob+": f"+33 {n[0]} " + " ".join(p),
                "dots": f"0{n[0]}." + ".".join(p),
                "paren0": f"+33 (0){n[0]} " + " ".join(p),
                "e164": "+33" + n}[kind]
    if c == "es":
        kind = style or pick(["mob", "mob+", "land", "land+", "e164"])
        if kind in ("mob", "mob+", "e164"):
            n = digits(1, "67") + digits(8)
            return {"mob": f"{n[:3]} {n[3:6]} {n[6:]}",
                    "mob+": f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                    "e164": "+34" + n}[kind]
        n = pick(["91", "93", "95", "96"]) + digits(7, "2345678")
        return (f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}" if kind == "land"
                else f"+34 {n[:3]} {n[3:6]} {n[6:]}")
    if c == "it":
        kind = style or pick(["mob", "mob+", "rome", "rome+", "mil"])
        if kind.startswith("mob"):
            n = pick(["320", "328", "333", "338", "340", "347", "349", "366",
                      "388", "393"]) + digits(7)
            return (f"{n[:3]} {n[3:]}" if kind == "mob"
                    else f"+39 {n[:3]} {n[3:6]} {n[6:]}")
        if kind.startswith("rome"):
            n = digits(8, "3456789")
            return (f"06 {n[:4]} {n[4:]}" if kind == "rome"
                    else f"+39 06 {n[:4]} {n[4:]}")
        n = digits(8, "2345678")
        return f"02 {n[:4]} {n[4:]}"
    if c == "nl":
        kind = style or pick(["mob", "mob+", "ams", "ams+", "e164"])
        if kind in ("mob", "mob+", "e164"):
            n = "6" + digits(8, "123456789")
            return {"mob": f"06-{n[1:]}", "mob+": f"+31 6 {n[1:]}",
                    "e164": "+31" + n}[kind]
        n = digits(7, "2345678")
        return (f"020 {n[:3]} {n[3:]}" if kind == "ams"
                else f"+31 20 {n[:3]} {n[3:]}")
    if c == "br":
        kind = style or pick(["mob", "mob+", "land", "e164"])
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        if kind == "land":
            n = digits(8, "2345")
            return f"({ddd}) {n[:4]}-{n[4:]}"
        n = "9" + digits(8, "6789")
        return {"mob": f"({ddd}) {n[:5]}-{n[5:]}",
                "mob+": f"+55 {ddd} {n[:5]}-{n[5:]}",
                "e164": f"+55{ddd}{n}"}[kind]
    if c == "mx":
        kind = style or pick(["intl", "nat", "e164"])
        area = pick(["55", "81", "33"])
        n = digits(8, "123456789")
        return {"intl": f"+52 {area} {n[:4]} {n[4:]}",
                "nat": f"{area} {n[:4]} {n[4:]}",
                "e164": f"+52{area}{n}"}[kind]
    if c == "jp":
        kind = style or pick(["tokyo", "tokyo+", "mob", "mob+", "osaka"])
        if kind.startswith("mob"):
            pre = pick(["90", "80", "70"])
            n = digits(8, "123456789")
            return (f"0{pre}-{n[:4]}-{n[4:]}" if kind == "mob"
                    else f"+81 {pre}-{n[:4]}-{n[4:]}")
        n = digits(8, "3456789")
        if kind == "osaka":
            return f"06-{n[:4]}-{n[4:]}"
        return (f"03-{n[:4]}-{n[4:]}" if kind == "tokyo"
                else f"+81 3-{n[:4]}-{n[4:]}")
    if c == "au":
        kind = style or pick(["land", "land+", "mob", "mob+"])
        if kind.startswith("mob"):
            while True:
                n = "4" + digits(8, "0123456789")
                if not n.startswith("491570"):
                    break
            return (f"0{n[:3]} {n[3:6]} {n[6:]}" if kind == "mob"
                    else f"+61 {n[:3]} {n[3:6]} {n[6:]}")
        area = pick(["2", "3", "7", "8"])
        n = digits(8, "6789")
        if n.startswith("5550") or n.startswith("7010"):
            n = "9" + n[1:]
        return (f"(0{area}) {n[:4]} {n[4:]}" if kind == "land"
                else f"+61 {area} {n[:4]} {n[4:]}")
    if c in ("us", "ca"):
        area = pick(US_AREAS if c == "us" else CA_AREAS)
        while True:
            ex = digits(1, "23456789") + digits(2)
            if ex != "555" and ex[1:] != "11":
                break
        sub = digits(4)
        st = style or pick(["paren", "dash", "dot", "intl", "intl-", "e164"])
        return {"paren": f"({area}) {ex}-{sub}", "dash": f"{area}-{ex}-{sub}",
                "dot": f"{area}.{ex}.{sub}",
                "intl": f"+1 {area} {ex} {sub}",
                "intl-": f"+1-{area}-{ex}-{sub}",
                "e164": f"+1{area}{ex}{sub}",
                "one": f"1-{area}-{ex}-{sub}"}[st]
    raise ValueError(country)


def fake_phone(kind=None):
    """Numbers from ranges reserved for fiction/documentation (look-alikes)."""
    kind = kind or pick(["nanp", "nanp2", "uk-lon", "uk-mob", "uk-gen",
                         "au-mob"])
    x = R.randint(0, 99)
    if kind == "nanp":
        return f"(212) 555-01{x:02d}"
    if kind == "nanp2":
        return f"+1-415-555-01{x:02d}"
    if kind == "uk-lon":
        return f"020 7946 0{R.randint(0, 999):03d}"
    if kind == "uk-mob":
        return f"07700 900{R.randint(0, 999):03d}"
    if kind == "uk-gen":
        return f"01632 960{R.randint(0, 999):03d}"
    return f"0491 570 {pick(['006', '156', '157', '158', '159', '110'])}"


# --------------------------------------------------------------------------
# names, places, e-mail
IN_MALE = ["Rahul", "Amit", "Suresh", "Vikram", "Arjun", "Rohan", "Karthik",
           "Sanjay", "Manoj", "Rakesh", "Deepak", "Anil", "Prakash", "Naveen",
           "Harish", "Imran", "Farhan", "Gurpreet", "Abhishek", "Venkatesh",
           "Mohammed", "Siddharth", "Yash", "Aditya", "Nikhil", "Ramesh",
           "Mahesh", "Ganesh", "Sunil", "Kiran", "Ajay", "Vivek", "Tarun"]
IN_FEMALE = ["Priya", "Anjali", "Sneha", "Pooja", "Kavita", "Lakshmi",
             "Divya", "Neha", "Ayesha", "Meena", "Sunita", "Rekha", "Shalini",
             "Deepika", "Nandini", "Fatima", "Harpreet", "Swati", "Aishwarya",
             "Bhavana", "Jyoti", "Radha", "Sushma", "Geeta", "Ritu", "Asha"]
IN_LAST = ["Sharma", "Verma", "Patel", "Reddy", "Nair", "Iyer", "Gupta",
           "Singh", "Kumar", "Das", "Banerjee", "Chatterjee", "Mehta", "Shah",
           "Joshi", "Kulkarni", "Deshpande", "Rao", "Naidu", "Pillai",
           "Khan", "Qureshi", "Sheikh", "Gill", "Sandhu", "Yadav", "Mishra",
           "Tiwari", "Pandey", "Chauhan", "Bhat", "Menon", "Hegde", "Jain"]
IN_PLACES = [("Bengaluru", "Karnataka", "5600"), ("Mumbai", "Maharashtra", "4000"),
             ("Pune", "Maharashtra", "4110"), ("Chennai", "Tamil Nadu", "6000"),
             ("Hyderabad", "Telangana", "5000"), ("Kolkata", "West Bengal", "7000"),
             ("Lucknow", "Uttar Pradesh", "2260"), ("Jaipur", "Rajasthan", "3020"),
             ("Patna", "Bihar", "8000"), ("Bhopal", "Madhya Pradesh", "4620"),
             ("Kochi", "Kerala", "6820"), ("Ahmedabad", "Gujarat", "3800"),
             ("Indore", "Madhya Pradesh", "4520"), ("Nagpur", "Maharashtra", "4400"),
             ("Guwahati", "Assam", "7810"), ("Bhubaneswar", "Odisha", "7510"),
             ("Chandigarh", "Chandigarh", "1600"), ("Varanasi", "Uttar Pradesh", "2210")]
IN_STREETS = ["MG Road", "Station Road", "Gandhi Nagar", "Nehru Colony",
              "Shivaji Path", "Temple Street", "Ring Road", "Civil Lines",
              "Sector 21", "Park Street", "Jayanagar 4th Block",
              "Koramangala 5th Block", "Anna Salai", "Banjara Hills Road No 3",
              "Laxmi Nagar", "Indira Colony", "Subhash Marg"]

WEST = {
    "us": (["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer",
            "David", "Linda", "Daniel", "Ashley", "Kevin", "Megan"],
           ["Johnson", "Miller", "Garcia", "Davis", "Rodriguez", "Wilson",
            "Anderson", "Thomas", "Moore", "Jackson", "Martin", "Lee"]),
    "uk": (["Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack",
            "Sophie", "Thomas", "Charlotte"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Evans",
            "Walker", "Wright", "Hughes", "Clarke"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Laura", "Maximilian",
            "Sophie", "Jan", "Katharina"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Hoffmann", "Schäfer"]),
    "fr": (["Lucas", "Camille", "Hugo", "Léa", "Louis", "Chloé", "Jules",
            "Manon", "Gabriel", "Inès"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau"]),
    "es": (["Alejandro", "Lucía", "Pablo", "María", "Javier", "Carmen",
            "Diego", "Elena", "Sergio", "Paula"],
           ["García", "Fernández", "González", "Rodríguez", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"]),
    "it": (["Francesco", "Giulia", "Alessandro", "Chiara", "Lorenzo",
            "Martina", "Matteo", "Sara", "Andrea", "Federica"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Finn", "Tess",
            "Bram", "Sanne"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "br": (["João", "Ana", "Pedro", "Mariana", "Lucas", "Beatriz", "Gabriel",
            "Larissa", "Rafael", "Fernanda"],
           ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira",
            "Costa", "Carvalho", "Almeida", "Ribeiro"]),
    "mx": (["José", "Guadalupe", "Luis", "Sofía", "Miguel", "Valeria",
            "Carlos", "Ximena", "Jorge", "Regina"],
           ["Hernández", "García", "Martínez", "López", "González", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Flores"]),
    "jp": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura",
            "Kaito", "Mio"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito",
            "Yamamoto", "Nakamura", "Kobayashi", "Kato"]),
    "au": (["Jack", "Charlotte", "William", "Olivia", "Noah", "Ava",
            "Lachlan", "Mia", "Cooper", "Isla"],
           ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor",
            "Nguyen", "Martin", "White", "Kelly"]),
}
WEST["ca"] = WEST["us"]

FREE_MAIL = {
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com",
           "hotmail.com", "yahoo.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"],
    "ca": ["gmail.com", "outlook.com", "rogers.com", "shaw.ca"],
    "uk": ["gmail.com", "btinternet.com", "outlook.com", "sky.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "br": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"],
    "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "jp": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au"],
}
ORG_DOMAINS = ["nirmanbank.co.in", "acmefinserv.in", "shreeramhospitals.org",
               "sahyadri-school.edu.in", "globex-logistics.com", "initech.io",
               "hooli-analytics.com", "vaidyanath-pharma.in", "zentrix.de",
               "lumenplast.fr", "tecnovia.es", "altavalle.it", "dijkstra-ict.nl",
               "brasa-digital.com.br", "kitsune-soft.jp", "southerncross-it.com.au",
               "northwind-traders.com", "bluepeak.ca", "pinecrest-health.com",
               "jalmitra-ngo.org", "suvidhatelecom.in", "kaveri-textiles.in"]

ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e",
                       "ë": "e", "à": "a", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u",
                       "ù": "u", "ç": "c", "ñ": "n", "á": "a", "í": "i", "ó": "o", "ú": "u",
                       "ã": "a", "õ": "o", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "É": "E"})


def person(country="in", sex=None):
    if country == "in":
        sex = sex or pick("MF")
        first = pick(IN_MALE if sex == "M" else IN_FEMALE)
        return first, pick(IN_LAST), sex
    f, l = WEST[country]
    k = R.randrange(len(f))
    return f[k], pick(l), "M" if k % 2 == 0 else "F"


def email(first, last, country="in", domain=None, style=None):
    def g():
        f = first.lower().translate(ASCII).replace(" ", "")
        l_ = last.lower().translate(ASCII).replace(" ", "")
        st = style or pick(["f.l", "fl", "f_l", "fl99", "f.l99", "f9", "lf"])
        n = str(R.randint(1, 99))
        local = {"f.l": f"{f}.{l_}", "fl": f"{f}{l_}", "f_l": f"{f}_{l_}",
                 "fl99": f"{f}{l_}{n}", "f.l99": f"{f}.{l_}{n}",
                 "f9": f"{f}{R.randint(1960, 2005)}", "lf": f"{l_}.{f[0]}"}[st]
        dom = domain or pick(FREE_MAIL.get(country, FREE_MAIL["us"]))
        return f"{local}@{dom}"
    return _fresh(g)


def org_email(local, domain):
    if f"{local}@{domain}" not in USED:
        USED.add(f"{local}@{domain}")
        return f"{local}@{domain}"
    return _fresh(lambda: f"{local}{R.randint(2, 99)}@{domain}")


def fake_email():
    return pick(["user@example.com", "noreply@example.org", "jane.doe@example.com",
                 "support@example.net", "test@test.test", "someone@mail.example",
                 "admin@localhost", "foo@bar.invalid", "john.smith@example.com"])


def addr_in():
    city, state, pin = pick(IN_PLACES)
    return (f"{R.randint(1, 480)}, {pick(IN_STREETS)}", city, state,
            pin + digits(2))


# --------------------------------------------------------------------------
# payment & national ids (secondary categories)
def card(network=None):
    def g():
        net = network or pick(["visa", "mc", "amex", "rupay", "mc2", "disc"])
        pre, n = {"visa": ("4" + digits(5), 16), "mc": (str(R.randint(51, 55)) + digits(4), 16),
                  "mc2": (str(R.randint(2221, 2720)) + digits(2), 16),
                  "amex": (pick(["34", "37"]) + digits(4), 15),
                  "rupay": (pick(["6070", "6521", "6522", "5085", "6081"]) + digits(2), 16),
                  "disc": ("6011" + digits(2), 16)}[net]
        body = pre + digits(n - len(pre) - 1)
        s = body + luhn_digit(body)
        if "424242" in s or "111111" in s:
            return g()
        return s
    return _fresh(g)


def fmt_card(s, style="space"):
    if style == "compact":
        return s
    sep = "-" if style == "dash" else " "
    if len(s) == 15:
        return sep.join([s[:4], s[4:10], s[10:]])
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_SPEC = {"DE": ("8n10n", 22), "GB": ("4a14n", 22), "FR": ("10n11c2n", 27),
             "ES": ("20n", 24), "IT": ("1a10n12c", 27), "NL": ("4a10n", 18),
             "BE": ("12n", 16), "AT": ("16n", 20), "IE": ("4a14n", 22)}
BANK_CODES = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
              "NL": ["ABNA", "INGB", "RABO", "SNSB"],
              "IE": ["AIBK", "BOFI"]}


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban(cc=None, grouped=None):
    def g():
        c = cc or pick(list(IBAN_SPEC))
        if c in BANK_CODES:
            bban = pick(BANK_CODES[c]) + digits(IBAN_SPEC[c][1] - 8)
        elif c == "IT":
            bban = pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(22)
        elif c == "FR":
            bban = digits(21) + digits(2)
        else:
            bban = digits(IBAN_SPEC[c][1] - 4)
        return c + _iban_check(c, bban) + bban
    s = _fresh(g)
    if grouped is None:
        grouped = chance(0.6)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn(style="dash"):
    def g():
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if s in ("078-05-1120", "219-09-9999", "123-45-6789", "111-22-3333"):
            return g()
        return s
    s = _fresh(g)
    return s if style == "dash" else s.replace("-", "")


# --------------------------------------------------------------------------
# secrets
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rstr(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def _mixed(s):
    return (any(c.islower() for c in s) and any(c.isupper() for c in s)
            and any(c.isdigit() for c in s))


def aws_key_id(prefix="AKIA"):
    def g():
        s = prefix + rstr(16, string.ascii_uppercase + "234567")
        return g() if s.endswith("EXAMPLE") else s
    return _fresh(g)


def aws_secret():
    def g():
        while True:
            s = rstr(40, B64)
            if _mixed(s) and "EXAMPLE" not in s:
                return s
    return _fresh(g)


def aws_session_token():
    return _fresh(lambda: "IQoJb3JpZ2luX2VjE" + rstr(R.randint(280, 360), B64) + "=")


def aws_account():
    return lookalike(12, "123456789")


def bearer(kind=None):
    """An opaque bearer token (not a JWT)."""
    def g():
        k = kind or pick(["b64url", "hex", "alnum", "ya29", "dotted", "b64"])
        if k == "b64url":
            s = rstr(R.randint(32, 64), B64URL)
        elif k == "hex":
            s = rstr(pick([40, 48, 64]), HEX)
        elif k == "alnum":
            s = rstr(R.randint(28, 48))
        elif k == "ya29":
            s = "ya29." + rstr(R.randint(90, 140), B64URL)
        elif k == "dotted":
            s = rstr(24, ALNUM) + "." + rstr(18, ALNUM) + "." + rstr(27, B64URL)
        else:
            s = rstr(R.randint(40, 56), B64).rstrip("/+") + "=="
        if s[0] in "-_" or s[-1] in "-_" or (k != "hex" and not _mixed(s[:30])):
            return g()
        return s
    return _fresh(g)


def _b64u(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(sub=None, iss=None):
    def g():
        hdr = _b64u(json.dumps({"alg": pick(["RS256", "HS256", "ES256"]),
                                "typ": "JWT", "kid": rstr(8, HEX)},
                               separators=(",", ":")).encode())
        body = _b64u(json.dumps({"iss": iss or "https://auth.initech.io/",
                                 "sub": sub or rstr(12, HEX),
                                 "aud": "api", "iat": 1718000000 + R.randint(0, 9999999),
                                 "exp": 1718003600 + R.randint(0, 9999999),
                                 "scope": pick(["read write", "orders:read", "admin"])},
                                separators=(",", ":")).encode())
        sig = rstr(43 if chance(0.5) else 86, B64URL)
        return f"{hdr}.{body}.{sig}"
    return _fresh(g)


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
          "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def gsecret(kind=None):
    """A high-entropy secret for api_key/secret/token assignments."""
    def g():
        k = kind or pick(["hex32", "hex40", "hex64", "alnum", "b64", "b64url"])
        if k == "hex32":
            s = rstr(32, HEX)
        elif k == "hex40":
            s = rstr(40, HEX)
        elif k == "hex64":
            s = rstr(64, HEX)
        elif k == "alnum":
            s = rstr(R.randint(24, 40))
        elif k == "b64":
            s = rstr(R.randint(30, 44), B64).strip("/+") + "="
        else:
            s = rstr(R.randint(32, 48), B64URL).strip("-_")
        if k.startswith("hex"):
            if sum(c.isalpha() for c in s) < 4:
                return g()
        elif not _mixed(s):
            return g()
        bad = ("AKIA", "ASIA", "ghp_", "sk_", "xox", "AIza", "glpat", "SG.",
               "npm_", "hf_", "key-", "shp", "eyJ", "EXAMPLE")
        if any(b in s for b in bad):
            return g()
        return s
    return _fresh(g)


WORDS = ["monsoon", "kaveri", "saffron", "tiger", "falcon", "harbor", "quartz",
         "lantern", "copper", "velvet", "orbit", "cobalt", "maple", "ember",
         "glacier", "pepper", "meadow", "sparrow", "thunder", "crimson",
         "nimbus", "juniper", "walnut", "ranger", "cactus", "indigo", "marble",
         "zephyr", "basil", "comet", "delta", "nebula", "paprika", "willow",
         "badger", "coral", "drift", "flint", "garnet", "hazel", "mango",
         "pilot", "rocket", "tundra", "umber", "vortex", "yonder", "bishop"]


def password(kind=None, safe=""):
    """A realistic password.  `safe` restricts the symbols used:
    'url'  -> only -_.~ (survives URLs unencoded),
    'shell'-> no quotes/backslash/$/`/! ,
    'alnum'-> letters and digits only,
    ''     -> any printable symbol except quote/backslash/whitespace."""
    syms = {"url": "-_.~", "shell": "@#%^_-+=.,:", "alnum": "",
            "xml": "#%*_-+=.,!?@", "ora": "_#", "yaml": "@%^_-+=.",
            "": "!@#$%^&*_-+=.?"}[safe]

    def g():
        k = kind or pick(["word", "word", "rand", "rand", "phrase", "leet"])
        if k == "word":
            w = pick(WORDS)
            s = (w.capitalize() + pick(["", "_", "@", "#", "."] if syms else [""])
                 + str(R.randint(1, 9999)) + (pick(syms) if syms and chance(0.6) else ""))
        elif k == "rand":
            alpha = ALNUM + syms
            while True:
                s = rstr(R.randint(12, 20), alpha)
                if _mixed(s):
                    break
        elif k == "phrase":
            sep = pick([c for c in "-._" if c in syms] or [""])
            s = sep.join(pick(WORDS) for _ in range(3)) + (sep if sep else "") + str(R.randint(10, 99))
            if not sep:
                s = s.capitalize()
        else:
            w = pick(WORDS).capitalize()
            s = w.replace("o", "0").replace("a", "4").replace("e", "3").replace("i", "1")
            s += pick(syms) if syms else "X"
            s += str(R.randint(10, 999))
        if len(s) < 8 or not any(c.isdigit() for c in s):
            return g()
        if not s[0].isalnum() or not (s[-1].isalnum() or s[-1] in "!#%@*_$^&+"):
            return g()
        return s
    return _fresh(g)


PW_PLACEHOLDERS = ["changeme", "********", "${DB_PASSWORD}", "<password>",
                   "<your-password>", "xxx", "{{ .Values.db.password }}",
                   "REDACTED", "[redacted]", "$PGPASSWORD", "%(db_password)s",
                   "your_password_here", "****", "CHANGE_ME", "<redacted>",
                   "${{ secrets.DB_PASSWORD }}", "{{ vault_db_password }}"]
TOKEN_PLACEHOLDERS = ["<token>", "<your-token>", "$TOKEN", "${API_TOKEN}",
                      "YOUR_ACCESS_TOKEN", "{{access_token}}", "****",
                      "[REDACTED]", "<ACCESS_TOKEN>", "${{ secrets.API_TOKEN }}",
                      "$ACCESS_TOKEN", "xxxxxxxxxxxxxxxx"]
AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


# --------------------------------------------------------------------------
# misc look-alikes
def uuid():
    h = rstr(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def sha256():
    return rstr(64, HEX)


def ipv4_private():
    return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"203.0.113.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}"])


def version():
    return f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 40)}"


def pan():
    return (rstr(3, string.ascii_uppercase) + "P" + rstr(1, string.ascii_uppercase)
            + digits(4) + rstr(1, string.ascii_uppercase))


def ifsc():
    return pick(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "BARB", "CNRB", "KKBK"]) + "0" + digits(6)


def in_account():
    return lookalike(pick([11, 13, 14, 15]), "123456789")


def isbn():
    b = "978" + digits(9)
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - tot % 10) % 10)


def utr():
    return lookalike(12, "3456789")


def order_no():
    return pick(["ORD-", "INV-", "PO-", "#", "SO"]) + lookalike(R.randint(7, 10), "12345")


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def urlq(s, plus=True):
    return urllib.parse.quote_plus(s) if plus else urllib.parse.quote(s, safe="")


def md5hex(s):
    return hashlib.md5(s.encode()).hexdigest()


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()
