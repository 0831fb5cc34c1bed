"""Shared helpers for the dev23 generator: the Doc object and value generators.

Every document gets its own random.Random seeded from sha256("23023+<path>").
Nothing here reads the network or any file outside this directory.
"""
import base64
import datetime
import hashlib
import json
import random
import string
import urllib.parse
import uuid as _uuid

SEED = 23023

REGISTRY = []          # functions that build documents, in definition order
USED_EMAILS = set()    # global, keeps e-mail addresses unique across the set
USED_VALUES = set()    # global, keeps random values unique across the set

BAD_SUBSTRINGS = ("xxx", "***", "test", "example", "fake", "dummy", "sample",
                  "passw", "secret", "redact", "<", ">", "changeme", "your",
                  "placeholder", "todo", "demo")


def doc(fn):
    """Decorator: register a document builder."""
    REGISTRY.append(fn)
    return fn


class Doc:
    def __init__(self, carrier, name, kind):
        self.carrier = carrier
        self.name = name
        self.kind = kind
        self.path = f"{carrier}/{name}"
        h = hashlib.sha256(f"{SEED}+{self.path}".encode()).digest()
        self.rng = random.Random(int.from_bytes(h[:8], "big"))
        self.labels = []   # (category, value)
        self.looks = []    # registered look-alikes (unlabelled on purpose)
        self.text = None
        self.glue_ok = set()  # labels allowed to touch a letter/digit (e.g. mysql -pVALUE)

    def L(self, cat, value):
        """Label a value; returns it so it can be used inline."""
        self.labels.append((cat, value))
        return value

    def X(self, value):
        """Register an unlabelled look-alike; returns it."""
        self.looks.append(value)
        return value


# ---------------------------------------------------------------- primitives

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = UP + "234567"


def _clean(v):
    lv = v.lower()
    return not any(b in lv for b in BAD_SUBSTRINGS)


def _unique(gen):
    for _ in range(1000):
        v = gen()
        if v not in USED_VALUES and _clean(v):
            USED_VALUES.add(v)
            return v
    raise RuntimeError("could not make a unique value")


def rnd(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def alnum(r, n):
    def g():
        v = rnd(r, AN, n)
        # realistic tokens mix classes
        if not (any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v)):
            return "x" * 3  # rejected by _clean
        return v
    return _unique(g)


def lower_alnum(r, n):
    def g():
        v = rnd(r, LO + DG, n)
        if sum(c.isdigit() for c in v) < 3:
            return "xxx"
        return v
    return _unique(g)


def hexs(r, n, upper=False):
    def g():
        v = rnd(r, HEX, n)
        return v.upper() if upper else v
    return _unique(g)


def b64(r, nbytes, url=False, pad=True):
    def g():
        raw = bytes(r.getrandbits(8) for _ in range(nbytes))
        if url:
            v = base64.urlsafe_b64encode(raw).decode()
            return v.rstrip("=") if not pad else v
        v = base64.b64encode(raw).decode()
        return v if pad else v.rstrip("=")
    return _unique(g)


def b64url(r, nbytes):
    return b64(r, nbytes, url=True, pad=False)


def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


def sha1(r):
    return hexs(r, 40)


def sha256(r):
    return hexs(r, 64)


def b64e(s):
    return base64.b64encode(s.encode()).decode()


def b64ue(obj):
    if isinstance(obj, (dict, list)):
        obj = json.dumps(obj, separators=(",", ":"))
    return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")


def jesc(s):
    """JSON-escape a string as it appears between quotes."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def urlenc(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def formenc(s):
    return urllib.parse.quote_plus(s)


def xmlesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- secrets

PUNCT_DEFAULT = "!#%*-_.+=?@^~"

WORDS_EN = ["river", "copper", "lantern", "maple", "harbor", "violet", "granite", "falcon", "meadow",
            "cobalt", "thunder", "orchid", "saffron", "glacier", "pepper", "willow", "ember", "juniper",
            "marble", "raven", "tundra", "walnut", "canyon", "pixel", "quartz", "rocket", "sierra",
            "tango", "urchin", "velvet", "zephyr", "bramble", "cactus", "dolphin", "fjord", "gravel"]
WORDS_SV = ["kaffe", "regn", "sommar", "vinter", "skog", "bastu", "lingon", "fjall", "hallon",
            "strand", "blabar", "kanel", "snoflinga", "grus", "tall", "bjork", "moln", "segel",
            "karlek", "stuga", "sjo", "lykta", "kompass", "tranbar", "varg", "orre"]


def password(r, style=None, punct=PUNCT_DEFAULT, n=None):
    """A realistic, random password. style: mixed | words | pron | human | alnum"""
    style = style or r.choice(["mixed", "mixed", "words", "pron", "human", "alnum"])

    def g():
        if style == "mixed":
            k = n or r.randint(12, 20)
            pool = AN + punct
            v = [r.choice(UP), r.choice(LO), r.choice(DG), r.choice(punct)] + [r.choice(pool) for _ in range(k - 4)]
            r.shuffle(v)
            return "".join(v)
        if style == "words":
            ws = r.sample(WORDS_EN + WORDS_SV, 3)
            sep = r.choice([c for c in "-_.+" if c in punct] or ["-"])
            ws = [w.capitalize() if r.random() < 0.6 else w for w in ws]
            return sep.join(ws) + str(r.randint(2, 99))
        if style == "pron":
            cons, vow = "bcdfghjkmnprstvz", "aeiou"
            parts = []
            for _ in range(3):
                p = "".join(r.choice(cons) + r.choice(vow) for _ in range(2))
                parts.append(p.capitalize() if r.random() < 0.5 else p)
            sep = r.choice([c for c in "-.!" if c in punct] or ["-"])
            return sep.join(parts) + str(r.randint(10, 99))
        if style == "human":
            w = r.choice(WORDS_EN + WORDS_SV).capitalize()
            tail = r.choice(punct) if punct else ""
            return w + r.choice(["", "_", "."] if "_" in punct or "." in punct else [""]) + str(r.randint(1970, 2029)) + tail
        if style == "alnum":
            return alnum_raw(r, n or r.randint(14, 24))
        raise ValueError(style)
    return _unique(g)


def alnum_raw(r, n):
    while True:
        v = rnd(r, AN, n)
        if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
            return v


def akid(r, prefix="AKIA"):
    def g():
        v = prefix + rnd(r, B32, 16)
        return v if sum(c.isdigit() for c in v[4:]) >= 2 else "xxx"
    return _unique(g)


def aws_secret(r):
    def g():
        v = rnd(r, AN + "/+", 40)
        if not (any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v)):
            return "xxx"
        return v
    return _unique(g)


def aws_session_token(r):
    return "IQoJb3JpZ2luX2VjE" + b64(r, 300, pad=False)[:360].replace("\n", "")


def jwt(r, payload, alg="RS256", kid=None, sigbytes=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    if sigbytes is None:
        sigbytes = 256 if alg.startswith(("RS", "PS")) else (64 if alg.startswith("ES") else 32)
    sig = b64url(r, sigbytes)
    v = b64ue(hdr) + "." + b64ue(payload) + "." + sig
    USED_VALUES.add(v)
    return v


def ts(r, start=1767225600, span=40 * 86400):
    """unix seconds in Jan/Feb 2026 by default"""
    return start + r.randint(0, span)


def iso(t, ms=False, z=True):
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t * 1000 % 1000)
    return s + ("Z" if z else "")


def fmt_t(t, f):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime(f)


# ---------------------------------------------------------------- checksums

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    return luhn_digit(s[:-1]) == s[-1]


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def make_iban(country, bban):
    t = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def iban(r, country="SE", spaced=False):
    def g():
        if country == "SE":
            bban = r.choice(["500", "800", "600", "300", "950", "920"]) + rnd(r, DG, 17)
        elif country == "DE":
            bban = rnd(r, DG, 8) + rnd(r, DG, 10)
        elif country == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + rnd(r, DG, 10)
        elif country == "FI":
            bban = rnd(r, DG, 14)
        elif country == "NO":
            bban = rnd(r, DG, 11)
        elif country == "DK":
            bban = rnd(r, DG, 14)
        elif country == "FR":
            bban = rnd(r, DG, 10) + rnd(r, DG, 11) + rnd(r, DG, 2)
        elif country == "ES":
            bban = rnd(r, DG, 20)
        elif country == "PL":
            bban = rnd(r, DG, 24)
        else:
            raise ValueError(country)
        v = make_iban(country, bban)
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v
    return _unique(g)


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "4000056655665556", "5200828282828210", "3530111333300000", "4012888888881881",
              "4000000000000002", "4000000000009995", "2223003122003222", "36227206271667"}


def card(r, net=None, sep=""):
    net = net or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])

    def g():
        if net == "visa":
            body = "4" + rnd(r, DG, 14)
        elif net == "mc":
            body = "5" + r.choice("12345") + rnd(r, DG, 13)
        elif net == "mc2":
            body = str(r.randint(2221, 2720)) + rnd(r, DG, 11)
        elif net == "amex":
            body = r.choice(["34", "37"]) + rnd(r, DG, 12)
        elif net == "disc":
            body = "6011" + rnd(r, DG, 11)
        elif net == "jcb":
            body = str(r.randint(3528, 3589)) + rnd(r, DG, 11)
        else:
            raise ValueError(net)
        v = body + luhn_digit(body)
        if v in TEST_CARDS:
            return "xxx"
        if sep:
            if len(v) == 15:
                v = sep.join([v[:4], v[4:10], v[10:]])
            else:
                v = sep.join(v[i:i + 4] for i in range(0, 16, 4))
        return v
    return _unique(g)


# ---------------------------------------------------------------- personnummer

def _valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr(r, y0=1942, y1=2016, form=None, samord=False):
    """A Swedish personnummer. form: short | short_nodash | long | long_nodash"""
    form = form or r.choice(["short", "long", "long", "long_nodash", "short_nodash"])

    def g():
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        dd = d + 60 if samord else d
        nnn = "%03d" % r.randint(1, 999)
        ten = "%02d%02d%02d%s" % (y % 100, m, dd, nnn)
        c = luhn_digit(ten)
        full = ten + c
        if full[6:] in ("1212", "0000"):
            return "xxx"
        if form == "short":
            return full[:6] + ("+" if y < 1926 else "-") + full[6:]
        if form == "short_nodash":
            return full
        if form == "long":
            return "%04d%02d%02d-%s%s" % (y, m, dd, nnn, c)
        return "%04d%02d%02d%s%s" % (y, m, dd, nnn, c)
    return _unique(g)


def pnr_sex(v):
    """'K' or 'M' from the personnummer's ninth digit."""
    digits = "".join(ch for ch in v if ch.isdigit())
    return "M" if int(digits[-2]) % 2 else "K"


def pnr_ok(v):
    digits = "".join(c for c in v if c.isdigit())
    if len(digits) == 12:
        y, digits10 = int(digits[:4]), digits[2:]
    elif len(digits) == 10:
        y, digits10 = None, digits
    else:
        return False
    if not luhn_ok(digits10):
        return False
    m, d = int(digits10[2:4]), int(digits10[4:6])
    if d > 60:
        d -= 60
    yy = y if y else 1900 + int(digits10[:2])
    return _valid_date(yy, m, d) or _valid_date(yy + 100 if y is None else yy, m, d)


def datelike_luhn(r, y0=2019, y1=2026, long=True, dash=True, tail=4):
    """A date-shaped number that passes the personnummer Luhn check (a look-alike)."""
    def g():
        y = r.randint(y0, y1)
        m = r.randint(1, 12) if y < 2026 else 1   # the documents are dated January 2026
        d = r.randint(1, 28)
        nnn = "%03d" % r.randint(0, 999)
        ten = "%02d%02d%02d%s" % (y % 100, m, d, nnn)
        c = luhn_digit(ten)
        if long:
            return "%04d%02d%02d%s%s%s" % (y, m, d, "-" if dash else "", nnn, c)
        return ten[:6] + ("-" if dash else "") + nnn + c
    return _unique(g)


def orgnr(r, prefix=None, dash=True):
    """A Swedish organisation number (third digit >= 2, passes Luhn)."""
    def g():
        p = prefix or r.choice(["556", "559", "802", "716", "769", "969"])
        body = p + rnd(r, DG, 9 - len(p))
        v = body + luhn_digit(body)
        return v[:6] + ("-" if dash else "") + v[6:]
    return _unique(g)


def ocr(r, n=None):
    def g():
        k = n or r.randint(9, 17)
        body = str(r.randint(1, 9)) + rnd(r, DG, k - 2)
        return body + luhn_digit(body)
    return _unique(g)


def luhn_id(r, n, first=None):
    """A Luhn-valid id of n digits (a look-alike for cards or personnummer)."""
    def g():
        f = first or str(r.randint(1, 9))
        body = f + rnd(r, DG, n - 1 - len(f))
        return body + luhn_digit(body)
    return _unique(g)


# ---------------------------------------------------------------- people

FIRST_SV = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Elin", "Per", "Linnea",
            "Mikael", "Emma", "Oskar", "Ida", "Fredrik", "Maja", "Henrik", "Agnes", "Nils", "Astrid",
            "Gustav", "Ebba", "Viktor", "Wilma", "Hugo", "Tove", "Axel", "Frida", "Olle", "Saga", "Liam",
            "Alva", "Isak", "Stina", "Jonas", "Hanna", "Mattias", "Klara", "Ali", "Amira", "Yusuf",
            "Noor", "Dragan", "Mirela", "Kalle", "Signe", "Ronja", "Melvin", "Tuva", "Leo", "Selma"]
LAST_SV = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
           "Lindberg", "Lindqvist", "Berg", "Sandberg", "Forsberg", "Holm", "Wallin", "Engström",
           "Lundgren", "Björk", "Sjöberg", "Nyström", "Hedlund", "Åberg", "Öberg", "Hassan", "Mohammed",
           "Kovačević", "Ström", "Falk", "Ekman", "Lind", "Dahl", "Borg", "Strand", "Mattsson"]
FIRST_INT = ["James", "Olivia", "Lukas", "Sophie", "Mateo", "Lucía", "Giulia", "Marco", "Chloé",
             "Hugo", "Jan", "Zofia", "Pieter", "Fenna", "Mehmet", "Elif", "Yuki", "Haruto", "Min-jun",
             "Seo-yeon", "Wei", "Xiu", "Priya", "Arjun", "Aisha", "Omar", "Noa", "Ethan", "Grace",
             "Thabo", "Ana", "João", "Ingrid", "Aku", "Veera", "Dmitri", "Olena", "Nikos", "Eleni"]
LAST_INT = ["Smith", "Müller", "Rossi", "Dubois", "García", "Kowalski", "de Vries", "Yılmaz", "Tanaka",
            "Kim", "Chen", "Sharma", "Haddad", "Cohen", "Nkosi", "Silva", "Hansen", "Virtanen",
            "Petrov", "Shevchenko", "Papadopoulos", "Novák", "Horváth", "Popescu", "Jensen", "O'Brien"]

DOMAINS_SV = ["telia.com", "gmail.com", "hotmail.se", "outlook.com", "icloud.com", "bredband.net",
              "live.se", "yahoo.se", "spray.se", "bahnhof.se", "comhem.se", "protonmail.com"]


def asciify(s):
    tr = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e", "è": "e",
                        "ü": "u", "ç": "c", "č": "c", "ć": "c", "ı": "i", "í": "i", "ú": "u", "ó": "o",
                        "á": "a", "ñ": "n", "ã": "a", "ł": "l", "ø": "o", "ë": "e", "ő": "o", "š": "s",
                        "ž": "z", "ž": "z", "'": "", " ": ""})
    return s.translate(tr)


def person(r, sv=True):
    fn = r.choice(FIRST_SV if sv else FIRST_INT)
    ln = r.choice(LAST_SV if sv else LAST_INT)
    return fn, ln


def email(r, fn=None, ln=None, domain=None):
    for _ in range(1000):
        f = fn or r.choice(FIRST_SV + FIRST_INT)
        l = ln or r.choice(LAST_SV + LAST_INT)
        dom = domain or r.choice(DOMAINS_SV)
        pat = r.choice(["{f}.{l}", "{f}{l}", "{f}.{l}{n}", "{f0}{l}", "{f}_{l}", "{l}.{f}"])
        local = pat.format(f=asciify(f).lower(), l=asciify(l).lower(), f0=asciify(f).lower()[0],
                           n=r.randint(1, 99))
        v = f"{local}@{dom}"
        if v not in USED_EMAILS and _clean(v):
            USED_EMAILS.add(v)
            return v
    raise RuntimeError("email")


def role_email(r, local, domain):
    v = f"{local}@{domain}"
    if v in USED_EMAILS:
        raise RuntimeError("dup email " + v)
    USED_EMAILS.add(v)
    return v


def phone_se(r, intl=False, mobile=True):
    def g():
        if mobile:
            p = r.choice(["70", "72", "73", "76", "79"])
            a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
            if p == "70" and a == 174:
                return "xxx"
            return f"+46 {p} {a} {b:02d} {c:02d}" if intl else f"0{p}-{a} {b:02d} {c:02d}"
        area = r.choice(["8", "31", "40", "18", "13", "90", "60", "63", "46", "54"])
        if area == "8":
            n = f"{r.randint(100, 799)} {r.randint(10, 99)} {r.randint(10, 99)}"
        else:
            n = f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        return f"+46 {area} {n}" if intl else f"0{area}-{n}"
    return _unique(g)


def phone_intl(r, cc):
    def g():
        if cc == "DE":
            return f"+49 1{r.choice('567')}{r.randint(0, 9)} {r.randint(1000000, 9999999)}"
        if cc == "FR":
            return "+33 " + r.choice("67") + " " + " ".join("%02d" % r.randint(0, 99) for _ in range(4))
        if cc == "ES":
            return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if cc == "IT":
            return f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if cc == "NL":
            return f"+31 6 {r.randint(10000000, 99999999)}"
        if cc == "PL":
            return f"+48 {r.choice('5678')}{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if cc == "UK":
            return f"+44 7{r.choice('3459')}{r.randint(10, 99)} {r.randint(100000, 999999)}"
        if cc == "US":
            return f"+1 {r.choice(['312', '415', '646', '512', '206', '617'])} {r.randint(201, 989)} {r.randint(1000, 9999)}"
        if cc == "NO":
            return f"+47 {r.choice('49')}{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100, 999)}"
        if cc == "FI":
            return f"+358 4{r.choice('0145')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if cc == "DK":
            return f"+45 {r.randint(20, 31)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if cc == "JP":
            return f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if cc == "VN":
            return f"+84 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if cc == "TR":
            return f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        raise ValueError(cc)
    return _unique(g)


PUBLIC_FIRST_OCTETS = [31, 37, 46, 62, 77, 78, 79, 80, 81, 83, 85, 88, 89, 91, 94, 95, 109, 130, 141,
                       145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


def ipv4_public(r):
    def g():
        return "%d.%d.%d.%d" % (r.choice(PUBLIC_FIRST_OCTETS), r.randint(1, 254), r.randint(0, 255), r.randint(1, 254))
    return _unique(g)


def ipv4_private(r):
    k = r.random()
    if k < 0.4:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    if k < 0.7:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254))
    return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))


def ipv4_doc(r):
    return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % r.randint(1, 254)


def passport_no(r, country="SE"):
    def g():
        if country in ("SE", "FI", "NO", "DK"):
            return rnd(r, DG, 8)
        if country == "DE":
            return "C" + rnd(r, "CFGHJKLMNPRTVWXYZ" + "0123456789", 8)
        if country in ("UK", "US"):
            return rnd(r, DG, 9)
        if country == "FR":
            return "%02d" % r.randint(10, 24) + rnd(r, UP, 2) + rnd(r, DG, 5)
        return rnd(r, UP, 2) + rnd(r, DG, 7)
    return _unique(g)


def dob(r, y0=1950, y1=2005, fmt="%Y-%m-%d"):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return datetime.date(y, m, d).strftime(fmt)


# ---------------------------------------------------------------- non-secret look-alikes

def apns_token(r):
    return hexs(r, 64)


def fcm_token(r):
    return b64url(r, 16)[:22] + ":APA91b" + b64url(r, 105)[:134]


def ssh_pub(r, comment):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(r, 32)[:43] + " " + comment


def recaptcha_site(r):
    return "6L" + rnd(r, AN + "-_", 38)


def trace_id(r):
    return hexs(r, 32)


def span_id(r):
    return hexs(r, 16)


def amz_request_id(r):
    return rnd(r, UP + DG, 16)


def amz_id2(r):
    return b64(r, 57)


def etag(r):
    return hexs(r, 32)


# ---------------------------------------------------------------- bearer token shapes

def bearer(r, shape=None):
    shape = shape or r.choice(["opaque", "hex", "b64url", "ya29", "sl", "dop", "hubspot", "linear",
                               "airtable", "intercom", "twitter", "sfdc", "groq", "square", "typeform"])
    if shape == "opaque":
        return alnum(r, r.choice([32, 40, 48, 64]))
    if shape == "hex":
        return hexs(r, r.choice([40, 64]))
    if shape == "b64url":
        return b64url(r, r.choice([32, 48]))
    if shape == "ya29":
        return "ya29.a0" + b64url(r, 140)[:180]
    if shape == "sl":
        return "sl.B" + b64url(r, 100)[:130]
    if shape == "dop":
        return "dop_v1_" + hexs(r, 64)
    if shape == "hubspot":
        return "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid4(r)
    if shape == "linear":
        return "lin_api_" + alnum(r, 40)
    if shape == "airtable":
        return "pat" + alnum(r, 14) + "." + hexs(r, 64)
    if shape == "intercom":
        return b64e("tok:" + uuid4(r).replace("-", "_") + ":1:0")
    if shape == "twitter":
        return "AAAAAAAAAAAAAAAAAAAAA" + alnum(r, 22) + "%2F" + alnum(r, 14) + "%3D" + alnum(r, 50)
    if shape == "sfdc":
        return "00D" + alnum(r, 12) + "!" + alnum(r, 16) + "." + b64url(r, 70)[:90]
    if shape == "groq":
        return "gsk_" + alnum(r, 52)
    if shape == "square":
        return "EAAA" + b64url(r, 46)[:60]
    if shape == "typeform":
        return "tfp_" + alnum(r, 44) + "_" + alnum(r, 14)
    if shape == "okta":
        return "00" + b64url(r, 30)[:40]
    if shape == "dotted":
        return alnum(r, 12) + "." + b64url(r, 24) + "." + alnum(r, 10)
    if shape == "mistral":
        return alnum(r, 32)
    raise ValueError(shape)


def T(template, **kw):
    """Fill ⟨name⟩ markers (so code with braces needs no escaping)."""
    s = template
    for k, v in kw.items():
        s = s.replace("⟨" + k + "⟩", str(v))
    if "⟨" in s:
        i = s.index("⟨")
        raise RuntimeError("unfilled marker " + s[i:i + 30])
    return s
