"""Value factories for the dev document corpus (stdlib only, deterministic).

Every factory draws from the module RNG `R`, which generate.py seeds once.
Real values carry valid checksums; fake_* helpers give the look-alikes.
"""
import base64
import json
import random
import string
import struct
import urllib.parse

R = random.Random(20261202)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
B32AWS = UP + "234567"

USED = set()          # every raw real value, corpus-wide


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def uniq(fn):
    """Decorator: regenerate until the raw value was never produced before."""
    def w(*a, **k):
        for _ in range(1000):
            v = fn(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError("no unique value from " + fn.__name__)
    w.__name__ = fn.__name__
    return w


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in DG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(num):
    for c in DG:
        if verhoeff_ok(num + c):
            return num + c


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def bsn_ok(n):
    if len(n) != 9:
        return False
    s = sum(int(n[i]) * (9 - i) for i in range(8)) - int(n[8])
    return s % 11 == 0


def steuer_check(first10):
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        t += CF_ODD[ch] if i % 2 == 0 else cf_even(ch)
    return chr(65 + t % 26)


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


# ---------------------------------------------------------------- people
FIRST = ["Olivia", "Liam", "Emma", "Noah", "Mia", "Lukas", "Hannah", "Jonas", "Chloé", "Lucas",
         "Giulia", "Marco", "Sofía", "Javier", "Anna", "Erik", "Aino", "Mikko", "Priya", "Arjun",
         "Fatima", "Omar", "Zoë", "Daan", "Sanne", "Pieter", "Ingrid", "Lars", "Camille", "Théo",
         "Francesca", "Matteo", "Lucía", "Pablo", "Oliver", "Amelia", "Harry", "Isla", "Jack", "Freya",
         "Wei", "Mei", "Kenji", "Yuki", "Aisha", "Kwame", "Nadia", "Tomasz", "Zuzanna", "Ivan",
         "Grace", "Ethan", "Chloe", "Mason", "Ava", "Logan", "Nora", "Felix", "Leonie", "Maximilian"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Müller", "Schmidt", "Schneider", "Fischer", "Martin",
        "Bernard", "Dubois", "Lefebvre", "Rossi", "Russo", "Ferrari", "Esposito", "García", "Fernández",
        "López", "Martínez", "Johansson", "Andersson", "Virtanen", "Korhonen", "Nieminen", "de Vries",
        "Jansen", "van Dijk", "Bakker", "Patel", "Sharma", "Singh", "Iyer", "O'Brien", "Murphy", "Kelly",
        "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Nowak", "Kowalski", "Wiśniewski",
        "Okafor", "Mensah", "Haddad", "Nakamura", "Tanaka", "Chen", "Wang", "Kim", "Park", "Novak",
        "Horvat", "Popescu", "Papadopoulos", "Dimitrov", "Hansen"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "gmx.de", "web.de", "orange.fr",
                "free.fr", "libero.it", "hotmail.es", "icloud.com", "proton.me", "t-online.de", "btinternet.com",
                "kpnmail.nl", "telia.se", "elisanet.fi", "rediffmail.com", "wp.pl", "seznam.cz", "aol.com",
                "me.com", "googlemail.com", "posteo.de", "laposte.net", "virgilio.it", "ziggo.nl", "bluewin.ch"]
ORG_DOMAINS = ["northwind-traders.com", "brightlane.io", "kestrel-analytics.de", "fjordline-shipping.no",
               "halcyonhealth.co.uk", "bluepeak-energy.com", "corvid-labs.io", "meridian-pay.eu",
               "tallinn-logistics.ee", "quartzsoft.fr", "verdant-farms.ie", "lumenbank.nl", "atlas-insure.it",
               "parcelwise.es", "nordicgrid.se", "helio-cloud.fi", "sunbridge.in", "oakhollow.org",
               "riverstone-legal.com", "pinecrest.edu", "zephyr-mobility.de", "copperline.co"]


def slug(s):
    tr = str.maketrans("éèëüöäåñíóáçłśęążźńśøæ'", "eeeuoaaniaoclseazznsoa ")
    return s.lower().translate(tr).replace(" ", "")


def person_name():
    return R.choice(FIRST), R.choice(LAST)


@uniq
def email(first=None, last=None, org=False):
    if first is None:
        first, last = person_name()
    f, l = slug(first), slug(last)
    dom = R.choice(ORG_DOMAINS if org else MAIL_DOMAINS)
    style = R.randrange(9)
    if style == 0:
        lp = f + "." + l
    elif style == 1:
        lp = f[0] + l
    elif style == 2:
        lp = f + "_" + l + str(R.randrange(10, 99))
    elif style == 3:
        lp = f + "." + l + "+" + R.choice(["shop", "news", "billing", "travel", "github"])
    elif style == 4:
        lp = l + "." + f[0]
    elif style == 5:
        lp = f + str(R.randrange(1960, 2005))
    elif style == 6:
        lp = f + "-" + l
    elif style == 7:
        lp = R.choice(["billing", "accounts", "support", "hr", "payroll", "dpo", "info", "sales"])
        dom = R.choice(ORG_DOMAINS)
    else:
        lp = f[0] + "." + l + str(R.randrange(1, 9))
    if R.random() < 0.12 and style != 7:
        dom = R.choice(["mail.", "eu.", "uk.", "corp."]) + R.choice(ORG_DOMAINS)
    return lp + "@" + dom


# phones -------------------------------------------------------------------
US_AREAS = ["212", "312", "415", "617", "646", "718", "202", "305", "512", "206", "303", "404", "702",
            "808", "919", "971", "503", "480", "602", "713", "214", "469", "347", "929", "510", "650"]


def _us_parts():
    ex = R.randrange(201, 999)
    while ex == 555 or ex % 100 == 11:
        ex = R.randrange(201, 999)
    return R.choice(US_AREAS), "%03d" % ex, "%04d" % R.randrange(0, 10000)


@uniq
def phone(country=None, style=None):
    c = country or R.choice(["US", "US", "UK", "UK", "FR", "FR", "DE", "DE", "NL", "ES", "IT", "AU", "IN", "SE", "CH", "IE", "BR"])
    st = R.randrange(6) if style is None else style
    if c == "US":
        a, e, n = _us_parts()
        return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 ({a}) {e}-{n}"][st % 6]
    if c == "UK":
        kind = R.randrange(4)
        if kind == 0:   # London
            p = R.choice(["7", "3", "8"]) + "%03d" % R.randrange(100, 999)
            if p == "7946":
                p = "7947"
            q = "%04d" % R.randrange(1000, 9999)
            return [f"020 {p} {q}", f"+44 20 {p} {q}", f"+44 (0)20 {p} {q}", f"020{p}{q}", f"+442{0}{p}{q}", f"(020) {p} {q}"][st % 6]
        if kind == 1:   # mobile
            p = "7" + R.choice(["4", "5", "8", "9"]) + "%02d" % R.randrange(10, 99)
            q = "%06d" % R.randrange(100000, 999999)
            return [f"0{p} {q}", f"+44 {p} {q}", f"+44 (0){p} {q}", f"0{p}{q}", f"+44{p}{q}", f"0{p} {q[:3]} {q[3:]}"][st % 6]
        ac = R.choice(["161", "121", "131", "141", "113", "117", "151", "118"])
        mid = R.randrange(200, 999)
        while mid == 496:
            mid = R.randrange(200, 999)
        q = "%04d" % R.randrange(1000, 9999)
        return [f"0{ac} {mid} {q}", f"+44 {ac} {mid} {q}", f"+44 (0){ac} {mid} {q}", f"0{ac}{mid}{q}", f"(0{ac}) {mid} {q}", f"+44 {ac} {mid}{q}"][st % 6]
    if c == "FR":
        a = R.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
        g = ["%02d" % R.randrange(10, 100) for _ in range(4)]
        return [f"0{a} {g[0]} {g[1]} {g[2]} {g[3]}", f"0{a}.{g[0]}.{g[1]}.{g[2]}.{g[3]}", f"+33 {a} {g[0]} {g[1]} {g[2]} {g[3]}",
                f"+33{a}{''.join(g)}", f"0{a}{''.join(g)}", f"+33 (0){a} {g[0]} {g[1]} {g[2]} {g[3]}"][st % 6]
    if c == "DE":
        kind = R.randrange(2)
        if kind == 0:
            ac = R.choice(["30", "89", "40", "69", "221", "211", "711", "341", "351", "511"])
            n = str(R.randrange(2000000, 99999999))[: 9 - len(ac) if len(ac) == 3 else 8]
            return [f"+49 {ac} {n}", f"+49 (0){ac} {n}", f"0{ac} {n}", f"0{ac}/{n}", f"+49 {ac} {n[:4]} {n[4:]}", f"+49-{ac}-{n}"][st % 6]
        ac = R.choice(["151", "160", "170", "171", "172", "175", "176", "177", "152", "157"])
        n = "%07d" % R.randrange(1000000, 9999999)
        return [f"+49 {ac} {n}", f"0{ac} {n}", f"+49 (0){ac} {n}", f"0{ac}-{n}", f"+49{ac}{n}", f"0{ac} {n[:3]} {n[3:]}"][st % 6]
    if c == "NL":
        n = "%07d" % R.randrange(1000000, 9999999)
        if R.random() < 0.5:
            return [f"+31 20 {n[:3]} {n[3:]}", f"020-{n}", f"+31 (0)20 {n[:3]} {n[3:]}", f"020 {n[:3]} {n[3:]}", f"+3120{n}", f"(020) {n}"][st % 6]
        m = "%08d" % R.randrange(10000000, 99999999)
        return [f"06-{m}", f"+31 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+316{m}", f"06{m}", f"+31 6 {m}"][st % 6]
    if c == "ES":
        m = R.choice(["6", "7", "91", "93"])
        rest = "%09d" % R.randrange(10 ** 8, 10 ** 9)
        d = (m + rest)[:9]
        return [f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+34{d}", f"{d}", f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0034 {d[:3]} {d[3:6]} {d[6:]}"][st % 6]
    if c == "IT":
        if R.random() < 0.5:
            n = "%08d" % R.randrange(10 ** 7, 10 ** 8)
            return [f"+39 02 {n[:4]} {n[4:]}", f"02 {n}", f"+39 02{n}", f"(02) {n[:4]} {n[4:]}", f"0039 02 {n}", f"02-{n}"][st % 6]
        n = "3" + R.choice("23456789") + "%d" % R.randrange(1, 10) + "%07d" % R.randrange(10 ** 6, 10 ** 7)
        return [f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", f"+39{n}", f"{n[:3]}-{n[3:]}", f"+39 {n[:3]} {n[3:]}", f"0039{n}"][st % 6]
    if c == "AU":
        if R.random() < 0.5:
            a = R.choice(["2", "3", "7", "8"])
            n = "%08d" % R.randrange(10 ** 7, 10 ** 8)
            if a == "3" and n.startswith("9"):
                n = "8" + n[1:]
            return [f"+61 {a} {n[:4]} {n[4:]}", f"(0{a}) {n[:4]} {n[4:]}", f"0{a} {n[:4]} {n[4:]}", f"+61{a}{n}", f"0{a}{n}", f"+61 (0){a} {n[:4]} {n[4:]}"][st % 6]
        n = "4" + R.choice("0123") + "%07d" % R.randrange(10 ** 6, 10 ** 7)
        return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+61{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+61 {n}"][st % 6]
    if c == "IN":
        n = R.choice("6789") + "%09d" % R.randrange(10 ** 8, 10 ** 9)
        return [f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"0{n[:5]} {n[5:]}", f"+91{n}", f"{n[:5]} {n[5:]}", f"+91 {n}"][st % 6]
    if c == "SE":
        n = "%07d" % R.randrange(10 ** 6, 10 ** 7)
        m = "7" + R.choice("0236") + n
        return [f"+46 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:2]}-{m[2:5]} {m[5:7]} {m[7:]}", f"+46{m}", f"0{m}", f"08-{n[:3]} {n[3:5]} {n[5:]}", f"+46 8 {n[:3]} {n[3:5]} {n[5:]}"][st % 6]
    if c == "CH":
        n = "%07d" % R.randrange(10 ** 6, 10 ** 7)
        a = R.choice(["44", "43", "22", "31", "61", "79", "78", "76"])
        return [f"+41 {a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a} {n[:3]} {n[3:5]} {n[5:]}", f"+41{a}{n}", f"0041 {a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a}{n}", f"+41 (0){a} {n[:3]} {n[3:5]} {n[5:]}"][st % 6]
    if c == "IE":
        n = "%07d" % R.randrange(10 ** 6, 10 ** 7)
        a = R.choice(["1", "21", "91", "85", "86", "87", "83"])
        return [f"+353 {a} {n[:3]} {n[3:]}", f"0{a} {n[:3]} {n[3:]}", f"+353{a}{n}", f"(0{a}) {n}", f"0{a}-{n}", f"+353 (0){a} {n[:3]} {n[3:]}"][st % 6]
    n = "9" + "%08d" % R.randrange(10 ** 7, 10 ** 8)
    a = R.choice(["11", "21", "31", "41", "51", "61"])
    return [f"+55 {a} {n[:5]}-{n[5:]}", f"({a}) {n[:5]}-{n[5:]}", f"+55{a}{n}", f"+55 ({a}) {n[:5]}-{n[5:]}", f"0{a} {n[:5]}-{n[5:]}", f"+55 {a} {n}"][st % 6]


def e164(p):
    """Strip formatting to E.164 if the number is international."""
    d = "".join(ch for ch in p if ch.isdigit() or ch == "+")
    return d.replace("(0)", "")


# cards --------------------------------------------------------------------
CARD_NETS = [
    ("visa", lambda: "4", 16), ("visa", lambda: "4", 16), ("visa", lambda: "4", 19),
    ("mastercard", lambda: str(R.randrange(51, 56)), 16), ("mastercard", lambda: str(R.randrange(2221, 2721)), 16),
    ("amex", lambda: R.choice(["34", "37"]), 15), ("discover", lambda: R.choice(["6011", "65", str(R.randrange(644, 650))]), 16),
    ("jcb", lambda: str(R.randrange(3528, 3590)), 16), ("diners", lambda: R.choice(["36", "38", "30" + str(R.randrange(0, 6))]), 14),
    ("maestro", lambda: R.choice(["6759", "5018", "5020", "5038", "6304", "6761", "6763"]), 0),
    ("unionpay", lambda: "62" + str(R.randrange(2126, 2926)), 0), ("dankort", lambda: "5019", 16),
    ("uatp", lambda: "1" + str(R.randrange(100, 999)), 15), ("mir", lambda: "220" + str(R.randrange(0, 5)), 16),
    ("rupay", lambda: R.choice(["6521", "6522", "60"]), 16), ("troy", lambda: "9792", 16),
    ("amex", lambda: R.choice(["34", "37"]), 15), ("unionpay", lambda: "62" + str(R.randrange(2126, 2926)), 0),
    ("mastercard", lambda: str(R.randrange(51, 56)), 16), ("visa", lambda: "4", 13),
]
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005",
              "371449635398431", "6011111111111117", "3530111333300000", "4012888888881881", "4000056655665556",
              "5200828282828210", "6200000000000005", "30569309025904", "38520000023237", "4111111145551142",
              "4988438843884305", "6011000990139424", "3566002020360505", "5454545454545454", "4917610000000000"}


@uniq
def card_digits(net=None):
    nets = [n for n in CARD_NETS if net is None or n[0] == net]
    name, pf, ln = R.choice(nets)
    p = pf()
    if ln == 0:
        ln = R.choice([16, 16, 19, 18]) if name == "maestro" else R.choice([16, 16, 19])
        if name == "maestro" and R.random() < 0.2:
            ln = 12
    while True:
        body = p + "".join(R.choice(DG) for _ in range(ln - len(p) - 1))
        v = luhn_complete(body)
        if v not in TEST_CARDS and len(set(v[len(p):])) >= 4 and not (len(v) == 12 and verhoeff_ok(v)):
            return v


def card_format(d, style=None):
    st = R.randrange(4) if style is None else style
    if st == 0:
        return d
    sep = " " if st in (1, 3) else "-"
    n = len(d)
    if n == 15:
        g = [d[:4], d[4:10], d[10:]]
    elif n == 14:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, n, 4)]
    return sep.join(g)


def card(net=None, style=None):
    for _ in range(50):
        d = card_digits(net)
        return card_format(d, style), d


# ssn ------------------------------------------------------------------------
BAD_SSN = {"078051120", "219099999", "123456789", "111223333"}


@uniq
def ssn(style=None):
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g, s = R.randrange(1, 100), R.randrange(1, 10000)
        raw = "%03d%02d%04d" % (a, g, s)
        if raw in BAD_SSN:
            continue
        st = R.randrange(6) if style is None else style
        if st == 4:
            return "%03d %02d %04d" % (a, g, s)
        if st == 5:
            return raw
        return "%03d-%02d-%04d" % (a, g, s)


# iban -----------------------------------------------------------------------
IBAN_SPECS = {
    "DE": ("8n10n", None), "GB": ("4a14n", ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "CLRB", "MONZ", "SRLG"]),
    "FR": ("10n11c2n", None), "NL": ("4a10n", ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"]),
    "ES": ("20n", None), "IT": ("1a10n12c", None), "BE": ("12n", None), "AT": ("16n", None),
    "CH": ("5n12c", None), "PL": ("24n", None), "SE": ("20n", None), "IE": ("4a14n", ["AIBK", "BOFI", "IPBS", "ULSB"]),
    "PT": ("21n", None), "LU": ("3n13c", None), "DK": ("14n", None), "FI": ("14n", None), "NO": ("11n", None),
    "CZ": ("20n", None), "HU": ("24n", None), "GR": ("7n16c", None), "LT": ("16n", None), "HR": ("17n", None),
    "SK": ("20n", None), "EE": ("16n", None), "SI": ("15n", None), "RO": ("4a16c", ["RNCB", "BTRL", "INGB", "BRDE"]),
}
DOC_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
             "NL91ABNA0417164300", "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
             "CH9300762011623852957", "GB29NWBK60161331926819", "AT611904300234573201", "SE4550000000058398257466"}


def _bban(spec, banks):
    out, i, num = "", 0, ""
    first = True
    while i < len(spec):
        j = i
        while spec[j].isdigit():
            j += 1
        n, t = int(spec[i:j]), spec[j]
        if t == "a":
            out += R.choice(banks) if (banks and first and n == 4) else rs(UP, n)
        elif t == "n":
            out += rs(DG, n)
        else:
            out += rs(UP + DG + DG, n)
        first = False
        i = j + 1
    return out


@uniq
def iban_raw(cc=None):
    cc = cc or R.choice(list(IBAN_SPECS))
    spec, banks = IBAN_SPECS[cc]
    bban = _bban(spec, banks)
    v = cc + iban_check(cc, bban) + bban
    assert iban_ok(v)
    return v


def iban_format(v, style=None):
    st = R.randrange(4) if style is None else style
    if st in (0, 3):
        return v
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    return (" " if st == 1 else "-").join(g)


# aws ------------------------------------------------------------------------
@uniq
def aws_key_id():
    return R.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(B32AWS, 16)


@uniq
def aws_secret():
    return rs(ALNUM + ALNUM + "/+", 40)


# vendor tokens ----------------------------------------------------------------
@uniq
def github_token():
    if R.random() < 0.2:
        return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(ALNUM, 59)
    return R.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rs(ALNUM, 36)


@uniq
def gitlab_token():
    k = R.randrange(7)
    if k == 0:
        return "gldt-" + rs(ALNUM + "_-", 20)
    if k == 1:
        return "glrt-" + rs(ALNUM + "_-", 20)
    if k == 2:
        return "glptt-" + rs(HEX, 40)
    if k == 3:
        return "glpat-" + rs(ALNUM + "_-", 27 + R.randrange(12)) + "." + "01" + rs(LO + DG, 7)
    if k == 4:
        return "glrt-t1_" + rs(ALNUM + "_-", 27) + "." + rs(LO + DG, 2) + rs(LO + DG, 7)
    return "glpat-" + rs(ALNUM + "_-", 20)


@uniq
def slack_token():
    k = R.randrange(8)
    num = lambda n: str(R.randrange(10 ** (n - 1), 10 ** n))
    if k == 0:
        return "xoxb-" + num(12) + "-" + num(13) + "-" + rs(ALNUM, 24)
    if k == 1:
        return "xoxp-" + num(12) + "-" + num(12) + "-" + num(13) + "-" + rs(HEX, 32)
    if k == 2:
        return "xapp-1-A0" + rs(UP + DG, 9) + "-" + num(13) + "-" + rs(HEX, 64)
    if k == 3:
        return "xoxe.xoxp-1-" + rs(ALNUM, 163)
    if k == 4:
        return "xoxe-1-" + rs(ALNUM, 146)
    if k == 5:
        return "xoxa-2-" + num(12) + "-" + num(12) + "-" + num(12) + "-" + rs(HEX, 32)
    if k == 6:
        return R.choice(["xoxr-", "xoxs-"]) + num(11) + "-" + rs(ALNUM, 30)
    return "xoxe.xoxb-1-" + rs(ALNUM, 164)


@uniq
def slack_webhook(http=False):
    k = R.randrange(5)
    scheme = "http" if http else "https"
    t = "T" + rs(UP + DG, R.choice([8, 9, 10]))
    if k == 3:
        return f"{scheme}://hooks.slack.com/workflows/{t}/A{rs(UP + DG, 10)}/{R.randrange(10**17, 10**18)}/{rs(ALNUM, 24)}"
    if k == 4:
        return f"{scheme}://hooks.slack.com/triggers/{t}/{R.randrange(10**12, 10**13)}/{rs(HEX, 32)}"
    return f"{scheme}://hooks.slack.com/services/{t}/B{rs(UP + DG, R.choice([8, 10]))}/{rs(ALNUM, 24)}"


@uniq
def stripe_key():
    p = R.choice(["sk_live_", "sk_live_", "rk_live_"])
    return p + (rs(ALNUM, 24) if R.random() < 0.4 else "51" + rs(ALNUM, 97))


@uniq
def google_key():
    return "AIza" + "Sy" + rs(ALNUM + "_-", 33)


@uniq
def openai_key():
    k = R.randrange(4)
    if k == 0:
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    if k == 1:
        return "sk-svcacct-" + rs(ALNUM + "_-", 74) + "T3BlbkFJ" + rs(ALNUM + "_-", 74)
    return "sk-proj-" + rs(ALNUM + "_-", 74) + "T3BlbkFJ" + rs(ALNUM + "_-", 74)


@uniq
def anthropic_key():
    p = "sk-ant-api03-" if R.random() < 0.8 else "sk-ant-admin01-"
    return p + rs(ALNUM + "_-", 93) + "AA"


@uniq
def npm_token():
    return "npm_" + rs(ALNUM, 36)


@uniq
def pypi_token():
    raw = b"\x01\x08\x08pypi.org\x02\x25\x08\x01\x12\x21" + bytes(R.randrange(256) for _ in range(R.choice([120, 150, 170])))
    return "pypi-AgEIcHlwaS5vcmc" + base64.urlsafe_b64encode(raw[11:]).decode().rstrip("=")


@uniq
def hf_token():
    return "hf_" + rs(UP + LO, 34)


@uniq
def sendgrid_key():
    return "SG." + rs(ALNUM + "_-", 22) + "." + rs(ALNUM + "_-", 43)


@uniq
def twilio_sk():
    return "SK" + rs(HEX, 32)


@uniq
def hex32():
    return rs(HEX, 32)


@uniq
def hex40():
    return rs(HEX, 40)


@uniq
def shopify_token():
    return R.choice(["shpat_", "shpat_", "shpca_", "shppa_", "shpss_"]) + rs(HEX, 32)


@uniq
def mailgun_key():
    return "key-" + rs(HEX, 32)


@uniq
def azure_key():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


@uniq
def azure_sig():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()


# jwt / bearer / basic ------------------------------------------------------------
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


@uniq
def jwt(iss=None):
    alg = R.choice(["HS256", "RS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg.startswith(("RS", "ES")):
        hdr = {"alg": alg, "kid": rs(ALNUM + "-_", 27), "typ": "JWT"}
    iat = R.randrange(1_700_000_000, 1_790_000_000)
    pl = {"iss": iss or ("https://auth." + R.choice(ORG_DOMAINS) + "/"), "sub": str(R.randrange(10 ** 6, 10 ** 9)),
          "aud": R.choice(["api", "orders-service", "https://api." + R.choice(ORG_DOMAINS)]),
          "iat": iat, "exp": iat + R.choice([300, 900, 3600, 86400]),
          "scope": R.choice(["read:orders write:orders", "openid profile email", "admin", "payments:read"]),
          "jti": rs(HEX, 16)}
    sig = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(bytes(R.randrange(256) for _ in range(sig)))


@uniq
def bearer_opaque():
    k = R.randrange(8)
    if k == 0:
        return rs(HEX, 40)
    if k == 1:
        return rs(B64URL, 43)
    if k == 2:
        return "ya29.a0" + rs(B64URL, 150)
    if k == 3:
        return rs(ALNUM, 24) + "." + rs(ALNUM, 32)
    if k == 4:
        return base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([30, 33, 48])))).decode()
    if k == 5:
        return "at_" + rs(ALNUM, 40)
    if k == 6:
        return rs(HEX, 8) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 12) + "." + rs(ALNUM, 20)
    return "EAAG" + rs(ALNUM, 180)


USERS = ["svc_orders", "deploy", "ci-bot", "admin", "jenkins", "grafana", "app_rw", "report_ro", "backup",
         "etl_loader", "api-gateway", "metrics", "payments", "root", "postgres", "webhook", "crm_sync"]


@uniq
def password(kind=None, urlsafe=False):
    k = R.randrange(7) if kind is None else kind
    if k == 0:
        v = rs(ALNUM, R.randrange(12, 20))
    elif k == 1:
        w = ["Harbor", "Velvet", "Cobalt", "Maple", "Granite", "Sparrow", "Lantern", "Quartz", "Falcon", "Orchid",
             "Tundra", "Juniper", "Nimbus", "Saffron", "Ember", "Willow", "Glacier", "Pepper"]
        v = R.choice(w) + R.choice(["!", "#", "$", "%", "&", "*", "@", "_", "-", "."]) + str(R.randrange(10, 9999)) + R.choice(w)
    elif k == 2:
        v = rs(ALNUM + "!#%&*+-.=?@^_~", R.randrange(14, 26))
    elif k == 3:
        w = ["correct", "staple", "orbit", "pickle", "rhubarb", "tango", "violet", "anchor", "biscuit", "meadow",
             "copper", "lemon", "socket", "puzzle", "summit", "walnut"]
        v = "-".join(R.sample(w, 4)) + str(R.randrange(10, 99))
    elif k == 4:
        v = R.choice(["Pr0d", "Stg", "Db", "Svc", "Adm1n", "Root"]) + "_" + rs(ALNUM, 10) + R.choice(["!", "#", "$", "%"])
    elif k == 5:
        v = rs(LO + DG, 8) + R.choice(UP) + rs(LO, 4) + R.choice("!$%*") + str(R.randrange(0, 99))
    else:
        v = rs(ALNUM + "$%&/()=?", 16)
    if urlsafe:
        v = "".join(ch for ch in v if ch.isalnum() or ch in "-._~") or rs(ALNUM, 14)
        if len(v) < 10:
            v += rs(ALNUM, 8)
    if v.lower().startswith(("pass", "change", "xxx", "secret")):
        v = "K" + v
    return v


@uniq
def generic_secret():
    k = R.randrange(6)
    if k == 0:
        return rs(HEX, R.choice([32, 40, 48, 64]))
    if k == 1:
        return rs(ALNUM, R.choice([24, 32, 40]))
    if k == 2:
        return base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([24, 32, 48])))).decode()
    if k == 3:
        return rs(B64URL, 43)
    if k == 4:
        return rs(LO + DG, 50)
    return rs(HEX, 8) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 12) + rs(ALNUM, 8)


@uniq
def basic_cred():
    u = R.choice(USERS + [slug(R.choice(FIRST))])
    p = password(R.choice([0, 2, 4]))
    return base64.b64encode(f"{u}:{p}".encode()).decode()


@uniq
def docker_auth():
    u = R.choice(["ci-pusher", "deploybot", slug(R.choice(FIRST)) + str(R.randrange(1, 99)), "_json_key", "AWS", "oauth2accesstoken"])
    p = R.choice([rs(ALNUM, 24), "dckr_pat_" + rs(ALNUM + "-_", 27), github_token(), rs(ALNUM + "-_", 36)])
    return base64.b64encode(f"{u}:{p}".encode()).decode()


# private keys ---------------------------------------------------------------------
def _wrap(b64, width=64):
    return "\n".join(b64[i:i + width] for i in range(0, len(b64), width))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


@uniq
def private_key(kind=None):
    k = R.randrange(7) if kind is None else kind
    if k == 0:
        body = base64.b64encode(bytes.fromhex("308204a40201000282010100") + rbytes(1180)).decode()
        return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(body) + "\n-----END RSA PRIVATE KEY-----"
    if k == 1:
        body = base64.b64encode(bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rbytes(1170)).decode()
        return "-----BEGIN PRIVATE KEY-----\n" + _wrap(body) + "\n-----END PRIVATE KEY-----"
    if k == 2:
        body = base64.b64encode(bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + rbytes(65)).decode()
        return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap(body) + "\n-----END EC PRIVATE KEY-----"
    if k == 3:
        pub = rbytes(32)
        blob = b"openssh-key-v1\x00" + struct.pack(">I", 4) + b"none" + struct.pack(">I", 4) + b"none" + struct.pack(">I", 0) + \
            struct.pack(">I", 1) + struct.pack(">I", 51) + struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + pub + \
            struct.pack(">I", 144) + rbytes(144)
        body = base64.b64encode(blob).decode()
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    if k == 4:
        body = base64.b64encode(bytes.fromhex("30820a0a") + rbytes(760)).decode()
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + _wrap(body) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    if k == 5:
        body = base64.b64encode(bytes.fromhex("9507c6") + rbytes(820)).decode()
        crc = base64.b64encode(rbytes(3)).decode()
        return "-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: exported " + R.choice(["2023", "2024", "2025"]) + \
            "\n\n" + _wrap(body) + "\n=" + crc + "\n-----END PGP PRIVATE KEY BLOCK-----"
    body = base64.b64encode(bytes.fromhex("308204a30201000282010100") + rbytes(1180)).decode()
    return "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC," + rs("0123456789ABCDEF", 32) + \
        "\n\n" + _wrap(body) + "\n-----END RSA PRIVATE KEY-----"


def public_block(kind=None):
    k = R.randrange(4) if kind is None else kind
    if k == 0:
        return "-----BEGIN PUBLIC KEY-----\n" + _wrap(base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(262)).decode()) + "\n-----END PUBLIC KEY-----"
    if k == 1:
        return "-----BEGIN CERTIFICATE-----\n" + _wrap(base64.b64encode(bytes.fromhex("308203") + rbytes(880)).decode()) + "\n-----END CERTIFICATE-----"
    if k == 2:
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + _wrap(base64.b64encode(bytes.fromhex("308202") + rbytes(650)).decode()) + "\n-----END CERTIFICATE REQUEST-----"
    return "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + _wrap(base64.b64encode(bytes.fromhex("99018d04") + rbytes(500)).decode()) + "\n=" + base64.b64encode(rbytes(3)).decode() + "\n-----END PGP PUBLIC KEY BLOCK-----"


def ssh_pub():
    if R.random() < 0.5:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rbytes(32)).decode()[1:] + " " + slug(R.choice(FIRST)) + "@laptop"
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + base64.b64encode(rbytes(256)).decode() + " deploy@ci"


# network ------------------------------------------------------------------------
def _ip_public(a, b):
    if a in (0, 10, 127) or a >= 224 or a == 100 and 64 <= b <= 127 or a == 169 and b == 254 or \
            a == 172 and 16 <= b <= 31 or a == 192 and b == 168 or a == 198 and b in (18, 19, 51) or \
            a == 192 and b == 0 or a == 203 and b == 0:
        return False
    return True


@uniq
def ipv4():
    while True:
        a, b = R.randrange(1, 224), R.randrange(0, 256)
        if _ip_public(a, b):
            c, d = R.randrange(0, 256), R.randrange(1, 255)
            if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
                continue
            return f"{a}.{b}.{c}.{d}"


def ipv4_private():
    return R.choice([f"10.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}",
                     f"192.168.{R.randrange(256)}.{R.randrange(1, 255)}",
                     f"172.{R.randrange(16, 32)}.{R.randrange(256)}.{R.randrange(1, 255)}",
                     f"192.0.2.{R.randrange(1, 255)}", f"198.51.100.{R.randrange(1, 255)}", f"203.0.113.{R.randrange(1, 255)}",
                     "127.0.0.1", f"100.{R.randrange(64, 128)}.{R.randrange(256)}.{R.randrange(1, 255)}",
                     f"169.254.{R.randrange(256)}.{R.randrange(1, 255)}"])


@uniq
def ipv6():
    pre = R.choice(["2a00:1450", "2a02:908", "2600:1f18", "2606:4700", "2a01:4f8", "2001:4860", "2a03:2880",
                    "2604:a880", "2a0c:5a80", "2001:67c", "2a05:d014", "2406:da18", "2003:e2", "2a01:cb19"])
    groups = pre.split(":") + ["%x" % R.randrange(0, 65536) for _ in range(8 - len(pre.split(":")))]
    k = R.randrange(3)
    if k == 0:
        return ":".join(groups)
    if k == 1:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups[:3]) + "::" + groups[7]


def ipv6_private():
    return R.choice(["::1", "fe80::%x:%x:%x:%x" % tuple(R.randrange(65536) for _ in range(4)),
                     "fd%02x:%x:%x::%x" % (R.randrange(256), R.randrange(65536), R.randrange(65536), R.randrange(1, 65536)),
                     "2001:db8::%x" % R.randrange(1, 65536), "2001:db8:%x:%x::1" % (R.randrange(65536), R.randrange(65536)), "::ffff:10.0.0.%d" % R.randrange(1, 255)])


def mac():
    return ":".join("%02x" % R.randrange(256) for _ in range(6))


# national ids ------------------------------------------------------------------------
def rand_birth():
    y = R.randrange(1941, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


@uniq
def dob(style=None):
    y, m, d = rand_birth()
    st = R.randrange(7) if style is None else style
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return [f"{y:04d}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y:04d}", f"{d:02d}/{m:02d}/{y:04d}", f"{m:02d}/{d:02d}/{y:04d}",
            f"{months[m-1]} {d}, {y}", f"{d} {months[m-1]} {y}", f"{y:04d}{m:02d}{d:02d}"][st]


@uniq
def passport(country=None):
    c = country or R.choice(["US", "UK", "DE", "FR", "IN", "NL", "ES", "IT", "CA"])
    if c in ("US", "UK"):
        return str(R.randrange(100000000, 999999999)) if c == "UK" or R.random() < 0.6 else R.choice(UP) + "%08d" % R.randrange(10 ** 7, 10 ** 8)
    if c == "DE":
        return R.choice("CFGHJK") + rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
    if c == "FR":
        return "%02d" % R.randrange(10, 99) + rs(UP, 2) + "%05d" % R.randrange(10000, 99999)
    if c == "IN":
        return R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randrange(10 ** 6, 10 ** 7)
    if c == "NL":
        return rs("BCDFGHJKLMNPRSTVWXYZ", 2) + rs("BCDFGHJKLMNPRSTVWXYZ0123456789", 6) + R.choice(DG)
    if c == "ES":
        return rs(UP, 3) + "%06d" % R.randrange(10 ** 5, 10 ** 6)
    if c == "IT":
        return rs(UP, 2) + "%07d" % R.randrange(10 ** 6, 10 ** 7)
    return rs(UP, 2) + "%06d" % R.randrange(10 ** 5, 10 ** 6)


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


@uniq
def nino(style=None):
    while True:
        a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NINO_BAD:
            break
    n = "%06d" % R.randrange(0, 10 ** 6)
    s = R.choice("ABCD")
    st = R.randrange(3) if style is None else style
    return [f"{a}{b}{n}{s}", f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{a}{b}{n}{s}"][st]


@uniq
def bsn():
    while True:
        n = str(R.randrange(10000000, 99999999)).zfill(8)
        if n[0] == "0":
            continue
        s = sum(int(n[i]) * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = n + str(s)
            if bsn_ok(v):
                return v


@uniq
def personnummer(style=None):
    y, m, d = rand_birth()
    serial = "%03d" % R.randrange(0, 1000)
    base = f"{y % 100:02d}{m:02d}{d:02d}{serial}"
    for c in DG:
        if luhn_ok(base + c):
            break
    st = R.randrange(3) if style is None else style
    if st == 2 and verhoeff_ok(f"{y:04d}{m:02d}{d:02d}{serial}{c}"):
        st = 1
    if st == 0:
        return f"{y % 100:02d}{m:02d}{d:02d}-{serial}{c}"
    if st == 1:
        return f"{y:04d}{m:02d}{d:02d}-{serial}{c}"
    return f"{y:04d}{m:02d}{d:02d}{serial}{c}"


@uniq
def hetu():
    y, m, d = rand_birth()
    sign = "-" if y < 2000 else "A"
    if y < 2000 and R.random() < 0.25:
        sign = R.choice("YXWVU")
    if y >= 2000 and R.random() < 0.25:
        sign = R.choice("BCDEF")
    zzz = "%03d" % R.randrange(2, 900)
    c = HETU_CHARS[int(f"{d:02d}{m:02d}{y % 100:02d}{zzz}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{zzz}{c}"


@uniq
def steuer_id(style=None):
    while True:
        digs = list(range(10))
        R.shuffle(digs)
        first10 = digs[:9]
        dup = R.choice(first10)
        pos = R.randrange(1, 10)
        first10.insert(pos, dup)
        s = "".join(map(str, first10))
        if s[0] == "0":
            continue
        v = s + str(steuer_check(s))
        st = R.randrange(3) if style is None else style
        return [v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", v][st]


@uniq
def nir(style=None):
    sex = R.choice("12")
    y, m, d = rand_birth()
    dep = "%02d" % R.choice([75, 69, 13, 33, 59, 31, 44, 67, 6, 92, 93, 94, 35, 34, 38, 76])
    com = "%03d" % R.randrange(1, 990)
    order = "%03d" % R.randrange(1, 999)
    corsica = R.random() < 0.08
    if corsica:
        dep = R.choice(["2A", "2B"])
    body = f"{sex}{y % 100:02d}{m:02d}{dep}{com}{order}"
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = "%02d" % (97 - num % 97)
    st = R.randrange(3) if style is None else style
    if st == 1:
        return f"{sex} {y % 100:02d} {m:02d} {dep} {com} {order} {key}"
    return body + key


@uniq
def dni():
    if R.random() < 0.3:
        p = R.choice("XYZ")
        n = "%07d" % R.randrange(0, 10 ** 7)
        letter = DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
        return p + n + letter
    n = "%08d" % R.randrange(10 ** 6, 10 ** 8)
    return n + DNI_LETTERS[int(n) % 23] if R.random() < 0.8 else n + "-" + DNI_LETTERS[int(n) % 23]


@uniq
def codice_fiscale():
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    y, m, d = rand_birth()
    sur = rs(cons, 2) + R.choice("AEIOU" + cons)
    nam = rs(cons, 3)
    if R.random() < 0.5:
        d += 40
    bel = R.choice(["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "C351", "Z404", "E506"])
    s = f"{sur}{nam}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{d:02d}{bel}"
    return s + cf_check(s)


@uniq
def aadhaar(style=None):
    while True:
        n = str(R.randrange(2, 10)) + "%010d" % R.randrange(0, 10 ** 10)
        v = verhoeff_complete(n)
        if not (v.startswith(("19", "20")) and luhn_ok(v[2:])) and not luhn_ok(v):
            break
    st = R.randrange(3) if style is None else style
    return [f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"][st]


# ---------------------------------------------------------------- noise
def uuid4():
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def sha(n=64):
    return rs(HEX, n)


def b64blob(n):
    return base64.b64encode(rbytes(n)).decode()


def reqid():
    return R.choice([lambda: "req_" + rs(ALNUM, 14), lambda: rs(HEX, 16), lambda: uuid4(),
                     lambda: "Root=1-" + rs(HEX, 8) + "-" + rs(HEX, 24), lambda: rs(UP + DG, 26)])()


def order_id():
    return R.choice([lambda: "ORD-%d-%06d" % (R.randrange(2021, 2027), R.randrange(10 ** 5, 10 ** 6)),
                     lambda: "#%d" % R.randrange(100000, 9999999), lambda: "INV-%07d" % R.randrange(10 ** 6, 10 ** 7),
                     lambda: "po_%s" % rs(ALNUM, 14)])()


def not_luhn(n, first="1"):
    """n-digit number that fails Luhn (never a card look-alike that is real)."""
    while True:
        v = first + "".join(R.choice(DG) for _ in range(n - 1))
        if not luhn_ok(v) and (n != 12 or not verhoeff_ok(v)):
            return v


def snowflake():
    while True:
        v = "1" + not_luhn(18, R.choice("12"))
        if not luhn_ok(v):
            return v


def epoch():
    return str(R.randrange(1_690_000_000, 1_800_000_000))


def epoch_ms():
    return str(R.randrange(1_690_000_000_000, 1_800_000_000_000))


def price():
    return "%d.%02d" % (R.randrange(1, 2000), R.randrange(100))


def version():
    return "%d.%d.%d" % (R.randrange(0, 20), R.randrange(0, 40), R.randrange(0, 100))


def hexdump_lines(data, xxd=True, base=0):
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        if xxd:
            hx = " ".join(chunk[i:i + 2].hex() for i in range(0, len(chunk), 2))
            asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
            out.append("%08x: %-39s  %s" % (base + off, hx, asc))
        else:
            hx = " ".join("%02x" % b for b in chunk)
            asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
            out.append("%08x  %-48s |%s|" % (base + off, hx, asc))
    return "\n".join(out)


def iso_ts(day=None):
    d = day or R.randrange(1, 29)
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randrange(1, 12), d, R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))


def date_nb():
    """A non-birth date (created_at etc.)."""
    return "20%02d-%02d-%02d" % (R.randrange(19, 27), R.randrange(1, 13), R.randrange(1, 29))


def pct(s):
    return urllib.parse.quote(s, safe="")


def plus(s):
    return urllib.parse.quote_plus(s)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]
