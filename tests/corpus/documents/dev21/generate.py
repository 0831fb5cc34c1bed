#!/usr/bin/env python3
"""dev21 document generator.

Deterministic: every document has its own random.Random seeded from
sha256("21021+<path>").  `python3 generate.py --check` builds and checks
without writing; `python3 generate.py` writes the carrier directories,
labels.tsv and stats.json next to this script.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import re
import shutil
import string
import sys
import urllib.parse

SEED = 21021
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_USED = "/tmp/dev21-brief/carriers_used.txt"

REGISTRY = []          # (path, function)


def doc(path):
    def deco(fn):
        REGISTRY.append((path, fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
AWS_SECRET_ALPHA = string.ascii_letters + string.digits + "/+"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    return luhn_digit(digits[:-1]) == digits[-1]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def uenc(s):
    return urllib.parse.quote(s, safe="")


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


IBAN_SPEC = {   # country: (length, pattern of BBAN: n digit, a upper letter, c alnum)
    "SE": "20n", "DE": "18n", "FR": "23n", "NL": "4a10n", "ES": "20n",
    "IT": "1a10n12n", "PL": "24n", "FI": "14n", "NO": "11n", "DK": "14n",
    "BE": "12n", "AT": "16n", "PT": "21n", "CZ": "20n", "HR": "17n",
    "CH": "17n", "IE": "4a14n", "GB": "4a14n", "LT": "16n", "TR": "22n",
}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sofia", "Anders", "Elin", "Mikael",
         "Lena", "Per", "Ida", "Magnus", "Emma", "Jonas", "Sara", "Fredrik", "Linnea", "Oskar",
         "Hanna", "Nils", "Maja", "Gustav", "Frida", "Viktor", "Ebba", "Henrik", "Klara", "Axel",
         "Ingrid", "Olof", "Tove", "Rasmus", "Agnes", "Sven", "Alva", "Kent", "Yasmin", "Ali"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
        "Bengtsson", "Lindberg", "Lindqvist", "Berglund", "Sandberg", "Forsberg", "Holm",
        "Ekström", "Lundgren", "Wallin", "Björk", "Nyström", "Åberg", "Hedlund", "Sjöberg",
        "Öberg", "Engström", "Hussein", "Mohammadi", "Lind", "Strand", "Falk"]

USED_EMAILS = set()
RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_TLDS = (".test", ".invalid", ".example", ".localhost", ".local", ".internal", ".home.arpa")


def is_reserved_domain(dom):
    dom = dom.lower().rstrip(".")
    if dom in RESERVED_DOMAINS or dom == "localhost":
        return True
    for r in RESERVED_DOMAINS:
        if dom.endswith("." + r):
            return True
    return any(dom.endswith(t) for t in RESERVED_TLDS)


BAD_RUN = re.compile(r"(?i)xxx|\*\*\*|example|test|dummy|%[A-Z][A-Z_]{2,}%")


class Doc:
    def __init__(self, path):
        self.path = path
        h = hashlib.sha256(("%d+%s" % (SEED, path)).encode()).digest()
        self.rng = random.Random(int.from_bytes(h[:16], "big"))
        self.labels = []      # (category, value)
        self.looks = []       # values

    # -- registration
    def L(self, cat, value):
        self.labels.append((cat, value))
        return value

    def X(self, value):
        self.looks.append(value)
        return value

    # -- primitive randomness
    def choice(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def s(self, alphabet, n):
        while True:
            v = "".join(self.rng.choice(alphabet) for _ in range(n))
            if not BAD_RUN.search(v):
                return v

    def hex(self, n):
        return self.s(HEX, n)

    def HEXU(self, n):
        return self.s("0123456789ABCDEF", n)

    def alnum(self, n):
        while True:
            v = self.s(ALNUM, n)
            if re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v):
                return v

    def lower_alnum(self, n):
        return self.s(string.ascii_lowercase + string.digits, n)

    def digits(self, n):
        return self.s(string.digits, n)

    def b64(self, nbytes):
        while True:
            v = base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(nbytes))).decode()
            if not BAD_RUN.search(v):
                return v

    def b64url(self, nbytes):
        while True:
            v = b64u(bytes(self.rng.getrandbits(8) for _ in range(nbytes)))
            if not BAD_RUN.search(v):
                return v

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ulid(self):
        return "01" + self.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)

    # -- secrets
    def pw(self, n=None, punct="!#%&*-_.+=?", kind=None):
        kind = kind or self.choice(["mixed", "mixed", "mixed", "words", "human"])
        while True:
            if kind == "mixed":
                n2 = n or self.randint(12, 22)
                chars = ALNUM + punct
                v = self.s(chars, n2)
                if not (re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v)):
                    continue
                if punct and not any(c in punct for c in v):
                    continue
            elif kind == "words":
                words = ["Tulpan", "Fjord", "Kaktus", "Lantern", "Marmor", "Pilot", "Otter",
                         "Sirap", "Granit", "Vulkan", "Kobolt", "Ringo", "Lakrits", "Zebra",
                         "Hamster", "Orkan", "Pelikan", "Salvia", "Tundra", "Vinter", "Mango",
                         "Quartz", "Nebula", "Falke", "Birke", "Molino", "Sardin", "Kanel"]
                sep = self.choice("-_.+") if punct else ""
                sep = sep if (not punct or sep in punct) else punct[0]
                v = sep.join([self.choice(words), self.choice(words), self.choice(words)]) + \
                    (sep if punct else "") + str(self.randint(10, 999))
            elif kind == "human":
                base = self.choice(["Sommar", "Hosten", "Vintern", "Kaffe", "Fotboll", "Katten",
                                    "Winter", "Sonne", "Printemps", "Verano", "Estate", "Zomer",
                                    "Lato", "Kesa", "Ankara", "Praha", "Lisboa", "Hund"])
                tail = self.choice(["!", "#", "?", "!!", "*", "%", "."])
                tail = "".join(c for c in tail if c in punct) or ""
                v = base + self.choice(["", "_", "."] if "_" in punct else [""]) + \
                    self.choice(["", self.s(string.ascii_uppercase, 2)]) + str(self.randint(1960, 2031)) + tail + \
                    str(self.randint(1, 99))
            elif kind == "alnum":
                v = self.alnum(n or self.randint(14, 24))
            elif kind == "hex":
                v = self.hex(n or 32)
            else:
                raise ValueError(kind)
            if re.search(r"@[A-Za-z]", v) or re.search(r"(?i)xxx|test|pass|example|changeme", v):
                continue
            if v[0] in "-+" or v[-1] in "-+.":
                continue
            return v

    def aws_id(self, prefix="AKIA"):
        return prefix + self.s(B32, 16)

    def aws_secret(self):
        return self.s(AWS_SECRET_ALPHA, 40)

    def aws_session(self):
        return "IQoJb3JpZ2luX2VjE" + self.s(B64, 300) + "=="

    def jwt(self, alg="HS256", claims=None, kid=True):
        hdr = {"alg": alg, "typ": "JWT"}
        if kid and alg != "HS256":
            hdr["kid"] = self.b64url(12)
        now = 1764000000 + self.randint(0, 2000000)
        payload = {"sub": claims.pop("sub") if claims and "sub" in claims else self.uuid(),
                   "iat": now, "exp": now + self.choice([300, 900, 3600, 86400])}
        if claims:
            payload.update(claims)
        payload["jti"] = self.b64url(9)
        sig = self.b64url(32 if alg.startswith("HS") else (64 if alg.startswith("ES") else 256))
        return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
            b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + sig

    def opaque(self, kind=None):
        kind = kind or self.choice(["b64url", "hex", "alnum", "ya29", "dotted", "b64"])
        if kind == "b64url":
            return self.b64url(self.choice([24, 32, 36, 48]))
        if kind == "hex":
            return self.hex(self.choice([40, 48, 64]))
        if kind == "alnum":
            return self.alnum(self.choice([32, 40, 48]))
        if kind == "ya29":
            return "ya29." + self.s(B64URL, 150)
        if kind == "dotted":
            return self.alnum(6) + "." + self.b64url(24) + "." + self.b64url(16)
        if kind == "b64":
            v = self.b64(self.choice([33, 36, 48]))
            return v
        raise ValueError(kind)

    # -- registered look-alikes (not secrets, not labelled)
    def lk(self, kind, arg=None):
        r = self
        if kind == "uuid":
            v = r.uuid()
        elif kind == "sha256":
            v = r.hex(64)
        elif kind == "sha1":
            v = r.hex(40)
        elif kind == "md5":
            v = r.hex(32)
        elif kind == "digest":
            v = "sha256:" + r.hex(64)
        elif kind == "git":
            v = r.hex(40)
        elif kind == "short-git":
            v = r.hex(7)
        elif kind == "sshfp":
            v = "SHA256:" + r.b64(32).rstrip("=")
        elif kind == "ed25519":
            v = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r.b64(32)[1:].rstrip("=") + " " + (arg or "deploy@ci")
        elif kind == "trace":
            v = r.hex(32)
        elif kind == "span":
            v = r.hex(16)
        elif kind == "reqid":
            v = "req_" + r.alnum(24)
        elif kind == "etag":
            v = '"' + r.hex(32) + '"'
        elif kind == "var":
            v = "${" + arg + "}"
        elif kind == "tpl":
            v = "{{ " + arg + " }}"
        elif kind == "literal":
            v = arg
        else:
            raise ValueError(kind)
        return self.X(v)

    # -- personal data
    def name(self):
        return self.choice(FIRST), self.choice(LAST)

    def email(self, first, last, domain=None):
        dom = domain or self.choice(["gmail.com", "outlook.com", "hotmail.se", "telia.com",
                                     "icloud.com", "protonmail.com", "yahoo.com", "gmx.de",
                                     "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz"])
        tr = str.maketrans("åäöÅÄÖéüÉ", "aaoAAOeuE")
        f = first.translate(tr).lower()
        l = last.translate(tr).lower()
        for i in range(50):
            pat = self.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}.{l}{n}", "{f}_{l}", "{l}.{f}"])
            local = pat.format(f=f, l=l, f0=f[0], n=self.randint(1, 99))
            v = local + "@" + dom
            if v not in USED_EMAILS:
                USED_EMAILS.add(v)
                return v
        raise RuntimeError("email exhausted")

    def date(self, y0=1940, y1=2006):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.randint(start, end))

    def pnr(self, form=None, d=None, coord=False):
        d = d or self.date(1938, 2007)
        day = d.day + (60 if coord else 0)
        serial = self.digits(3)
        ten = "%02d%02d%02d%s" % (d.year % 100, d.month, day, serial)
        ten += luhn_digit(ten)
        form = form or self.choice(["short", "long", "longplain", "shortplain", "long", "short"])
        if form == "short":
            return ten[:6] + "-" + ten[6:]
        if form == "shortplain":
            return ten
        if form == "long":
            return "%02d" % (d.year // 100) + ten[:6] + "-" + ten[6:]
        if form == "longplain":
            return "%02d" % (d.year // 100) + ten
        raise ValueError(form)

    def datelike_luhn(self, form="long", y0=2018, y1=2025):
        """A Luhn-valid, date-shaped number that is NOT a personnummer (case/order numbers)."""
        d = self.date(y0, y1)
        ten = "%02d%02d%02d%s" % (d.year % 100, d.month, d.day, self.digits(3))
        ten += luhn_digit(ten)
        if form == "long":
            return "%04d" % d.year + ten[2:6] + "-" + ten[6:]
        if form == "longplain":
            return "%04d" % d.year + ten[2:]
        if form == "short":
            return ten[:6] + "-" + ten[6:]
        if form == "shortplain":
            return ten
        raise ValueError(form)

    def orgnr(self, kind="ab"):
        """Swedish organisation number: the third digit is >= 2, so it is never a valid date."""
        if kind == "ab":
            nine = self.choice(["556", "556", "559"]) + self.digits(6)
        elif kind == "forening":
            nine = self.choice(["716", "769", "802", "822", "717"]) + self.digits(6)
        elif kind == "kommun":
            nine = "2120000" + self.digits(2)
        elif kind == "hb":
            nine = self.choice(["969", "916"]) + self.digits(6)
        else:
            raise ValueError(kind)
        return nine[:6] + "-" + nine[6:] + luhn_digit(nine)

    def phone(self, cc, intl=None):
        intl = self.choice([True, False]) if intl is None else intl
        r = self.randint
        if cc == "SE":
            p = self.choice(["70", "72", "73", "76", "79"])
            a, b, c = self.digits(3), self.digits(2), self.digits(2)
            return "+46 %s %s %s %s" % (p, a, b, c) if intl else "0%s-%s %s %s" % (p, a, b, c)
        if cc == "SEfix":
            a = self.choice(["8", "31", "40", "18", "90", "13"])
            n = self.digits(7 if a == "8" else 6)
            return "+46 %s %s %s" % (a, n[:3], n[3:]) if intl else "0%s-%s %s" % (a, n[:3], n[3:])
        if cc == "DE":
            p = self.choice(["151", "152", "160", "170", "171", "176", "157"])
            n = self.digits(8)
            return "+49 %s %s" % (p, n) if intl else "0%s %s" % (p, n)
        if cc == "FR":
            n = self.choice("67") + self.digits(8)
            g = " ".join(n[i:i + 2] for i in range(1, 9, 2))
            return "+33 %s %s" % (n[0], g) if intl else "0%s %s" % (n[0], g)
        if cc == "UK":
            n = "7" + self.choice(["4", "5", "8", "9"]) + self.digits(8)
            return "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
        if cc == "US":
            area = self.choice(["212", "415", "312", "617", "206", "512", "303", "404"])
            ex = str(r(201, 989))
            if ex == "555":
                ex = "556"
            return "+1 %s %s %s" % (area, ex, self.digits(4)) if intl else "(%s) %s-%s" % (area, ex, self.digits(4))
        if cc == "NO":
            n = self.choice("49") + self.digits(7)
            return "+47 %s %s %s" % (n[:3], n[3:5], n[5:]) if intl else "%s %s %s" % (n[:3], n[3:5], n[5:])
        if cc == "DK":
            n = self.choice(["2", "3", "4", "5", "6"]) + self.digits(7)
            return "+45 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]) if intl else "%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])
        if cc == "FI":
            p = self.choice(["40", "44", "45", "50"])
            n = self.digits(7)
            return "+358 %s %s %s" % (p, n[:3], n[3:]) if intl else "0%s %s %s" % (p, n[:3], n[3:])
        if cc == "NL":
            n = self.digits(8)
            return "+31 6 %s %s" % (n[:4], n[4:]) if intl else "06-%s" % n
        if cc == "PL":
            n = self.choice("5678") + self.digits(8)
            return "+48 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
        if cc == "ES":
            n = "6" + self.digits(8)
            return "+34 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
        if cc == "IT":
            n = "3" + self.choice("234") + self.digits(8)
            return "+39 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
        if cc == "PT":
            n = "9" + self.choice("1236") + self.digits(7)
            return "+351 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
        if cc == "CZ":
            n = self.choice("67") + self.digits(8)
            return "+420 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
        if cc == "TR":
            n = "5" + self.choice("345") + self.digits(8)
            return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
        if cc == "HR":
            n = "9" + self.choice("1258") + self.digits(7)
            return "+385 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
        if cc == "AT":
            n = "6" + self.choice(["64", "76", "60", "99"]) + self.digits(7)
            return "+43 %s %s" % (n[:3], n[3:]) if intl else "0%s %s" % (n[:3], n[3:])
        raise ValueError(cc)

    def iban(self, cc, spaced=None):
        spec = IBAN_SPEC[cc]
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([nac])", spec):
            cnt = int(cnt)
            if kind == "n":
                bban += self.digits(cnt)
            elif kind == "a":
                bban += self.s(string.ascii_uppercase, cnt)
            else:
                bban += self.s(string.ascii_uppercase + string.digits, cnt)
        iban = cc + iban_check(cc, bban) + bban
        spaced = self.choice([True, False]) if spaced is None else spaced
        return group4(iban) if spaced else iban

    def passport(self, cc):
        if cc in ("SE", "NO", "DK"):
            return self.digits(8)
        if cc == "DE":
            return self.choice("CFGHJK") + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if cc == "FR":
            return self.digits(2) + self.s(string.ascii_uppercase, 2) + self.digits(5)
        if cc in ("UK", "US"):
            return self.choice("123456789") + self.digits(8)
        if cc == "NL":
            return self.s("BCDFGHJKLMNPRSTVWXYZ", 2) + self.s("BCDFGHJKLMNPRSTVWXYZ0123456789", 6) + self.digits(1)
        if cc in ("IT", "PL", "FI", "HR"):
            return self.s(string.ascii_uppercase, 2) + self.digits(7)
        if cc == "ES":
            return self.s(string.ascii_uppercase, 3) + self.digits(6)
        if cc == "PT":
            return self.s(string.ascii_uppercase, 1) + self.digits(6)
        if cc == "CZ":
            return self.digits(8)
        if cc == "TR":
            return self.choice("UZS") + self.digits(8)
        raise ValueError(cc)


# ---------------------------------------------------------------- checks
PLACEHOLDER_RE = re.compile(r"\$\{|\{\{|<[^>]*>|EXAMPLE|(?i:your[-_]|redacted|changeme|\*\*\*|xxx|placeholder|"
                            r"dummy|insert[-_ ]|replace[-_ ]?me|\$\()|%[A-Z][A-Z_]{2,}%")

PNR_RE = re.compile(r"(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
QUAD_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")


def date_ok(yy, mm, dd, century=None):
    try:
        mm = int(mm)
        dd = int(dd)
        if dd > 60:
            dd -= 60
        if century is not None:
            y = int(century + yy)
        else:
            y = 1900 + int(yy) if int(yy) > 25 else 2000 + int(yy)
        datetime.date(y, mm, dd)
        if century is not None and not 1850 <= y <= 2026:
            return False
        return True
    except ValueError:
        return False


def pnr_valid(v):
    m = re.fullmatch(r"(\d{2})?(\d{6})[-+]?(\d{4})", v)
    if not m:
        return False
    ten = m.group(2) + m.group(3)
    if not date_ok(ten[:2], ten[2:4], ten[4:6], m.group(1)):
        return False
    return luhn_ok(ten)


def quad_allowed(a, b, c, d_):
    a, b, c, d_ = int(a), int(b), int(c), int(d_)
    if max(a, b, c, d_) > 255:
        return True    # not an IP
    if a in (10, 127, 0) or a >= 224 or a == 255:
        return True
    if a == 172 and 16 <= b <= 31:
        return True
    if a == 192 and b == 168:
        return True
    if a == 169 and b == 254:
        return True
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return True
    if a == 100 and 64 <= b <= 127:
        return True    # CGNAT
    return False


def occurrences(text, value):
    out = []
    i = text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def check_doc(d, text, errors):
    p = d.path
    cats_by_value = {}
    spans = []
    for cat, v in d.labels:
        if not v or v != v.strip() or "\n" in v:
            errors.append("%s: label with whitespace %r" % (p, v))
            continue
        occ = occurrences(text, v)
        if not occ:
            errors.append("%s: label not in file: %s %r" % (p, cat, v))
        for a, b in occ:
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errors.append("%s: label glued: %s %r (%r)" % (p, cat, v, text[max(0, a - 3):b + 3]))
            spans.append((a, b, cat))
        if PLACEHOLDER_RE.search(v):
            errors.append("%s: label looks like a placeholder: %r" % (p, v))
        cats_by_value.setdefault(v, set()).add(cat)
        shape_check(p, cat, v, errors)
    for v, cs in cats_by_value.items():
        if len(cs) > 1:
            errors.append("%s: value with two categories %r %s" % (p, v, cs))
    lspans = []
    for v in d.looks:
        occ = occurrences(text, v)
        if not occ:
            errors.append("%s: look-alike not in file %r" % (p, v))
        lspans += occ
        for cat, lv in d.labels:
            if lv in v:
                errors.append("%s: look-alike %r contains label %r" % (p, v, lv))
    # lint: personnummer-shaped
    for m in PNR_RE.finditer(text):
        cent, yy, mm, dd, sep, tail = m.groups()
        if not date_ok(yy, mm, dd, cent):
            continue
        if not luhn_ok(yy + mm + dd + tail):
            continue
        a, b = m.span()
        covered = any(sa <= a and b <= sb for sa, sb, _ in spans) or any(sa <= a and b <= sb for sa, sb in lspans)
        if not covered:
            errors.append("%s: unregistered personnummer-shaped %r" % (p, m.group(0)))
    # lint: e-mail
    for m in EMAIL_RE.finditer(text):
        a, b = m.span()
        dom = m.group(0).split("@", 1)[1]
        if is_reserved_domain(dom):
            continue
        if any(sa <= a and b <= sb and "email" in c for sa, sb, c in spans):
            continue
        # URL userinfo: token before contains ://
        k = a
        while k > 0 and text[k - 1] not in " \t\n\"'<>(`=,;[]{}":
            k -= 1
        if "://" in text[k:a]:
            continue
        errors.append("%s: unlabelled e-mail-shaped %r" % (p, m.group(0)))
    # lint: dotted quads
    for m in QUAD_RE.finditer(text):
        if quad_allowed(*m.groups()):
            continue
        a, b = m.span()
        if any(sa <= a and b <= sb for sa, sb, _ in spans):
            continue
        if any(sa <= a and b <= sb for sa, sb in lspans):
            continue    # a registered look-alike (version number such as ARM's contentVersion)
        errors.append("%s: public dotted quad %r" % (p, m.group(0)))


def jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3 or not v.startswith("eyJ"):
        return False
    try:
        h = parts[0] + "=" * (-len(parts[0]) % 4)
        json.loads(base64.urlsafe_b64decode(h))
        return True
    except Exception:
        return False


def shape_check(p, cat, v, errors):
    cats = cat.split("|")
    bad = None
    if "se-personnummer" in cats and not pnr_valid(v):
        bad = "personnummer"
    if "aws-access-key-id" in cats and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
        bad = "aws id"
    if "aws-secret-key" in cats and not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
        bad = "aws secret"
    if "jwt" in cats and not jwt_ok(v):
        bad = "jwt"
    if "iban" in cats and not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v) and iban_valid(v)):
        bad = "iban"
    if "email" in cats:
        m = re.fullmatch(r"[^@\s]+@([^@\s]+)", v.replace("%40", "@"))
        if not m or is_reserved_domain(m.group(1)):
            bad = "email"
    if "phone" in cats and not 7 <= len(re.sub(r"\D", "", v)) <= 15:
        bad = "phone"
    if "passport" in cats and not re.fullmatch(r"[A-Z0-9]{6,12}", v):
        bad = "passport"
    if bad:
        errors.append("%s: bad shape (%s): %s %r" % (p, bad, cat, v))


# ---------------------------------------------------------------- build
def build():
    sys.modules.setdefault("generate", sys.modules[__name__])
    import docs_a, docs_b, docs_c, docs_d, docs_e  # noqa: F401  (register documents)
    docs = []
    for path, fn in REGISTRY:
        d = Doc(path)
        text = fn(d)
        if not text.endswith("\n"):
            text += "\n"
        docs.append((d, text))
    return docs


def run_checks(docs):
    errors = []
    used = set(l.strip() for l in open(BRIEF_USED, encoding="utf-8") if l.strip())
    paths = set()
    for d, text in docs:
        if d.path in paths:
            errors.append("duplicate path %s" % d.path)
        paths.add(d.path)
        if re.search(r"\{d\.|\bd\.(L|X|lk|pw)\(", text):
            errors.append("%s: template code leaked into the document" % d.path)
        carrier = d.path.split("/")[0]
        if carrier in used:
            errors.append("%s: carrier on carriers_used.txt" % d.path)
        check_doc(d, text, errors)
    seen = {}
    for d, text in docs:
        for cat, v in d.labels:
            if len(v) >= 6:
                other = seen.setdefault(v, d.path)
                if other != d.path:
                    errors.append("label in two documents: %r (%s, %s)" % (v, other, d.path))
    # labels (6+) must not occur in other documents either
    big = {}
    for d, text in docs:
        for cat, v in d.labels:
            if len(v) >= 8:
                big[v] = d.path
    for d, text in docs:
        for v, owner in big.items():
            if owner != d.path and v in text:
                errors.append("label of %s occurs in %s: %r" % (owner, d.path, v))
    return errors


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def stats(docs):
    cats = {}
    looks = 0
    for d, _ in docs:
        seen = set()
        for cat, v in d.labels:
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            cats[cat] = cats.get(cat, 0) + 1
        looks += len(set(d.looks))
    carriers = sorted(set(d.path.split("/")[0] for d, _ in docs))
    return {
        "seed": SEED,
        "documents": len(docs),
        "carriers": len(carriers),
        "labels": sum(cats.values()),
        "lookalikes": looks,
        "categories": dict(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
        "carrier_list": carriers,
    }


def main():
    sys.path.insert(0, HERE)
    docs = build()
    errors = run_checks(docs)
    st = stats(docs)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)
    print(json.dumps({k: v for k, v in st.items() if k != "carrier_list"}, indent=1, ensure_ascii=False))
    if "--check" in sys.argv:
        print("check ok; nothing written")
        return
    # remove the carrier directories of a previous run (listed in its stats.json)
    prev = os.path.join(HERE, "stats.json")
    if os.path.exists(prev):
        for name in json.load(open(prev, encoding="utf-8")).get("carrier_list", []):
            full = os.path.join(HERE, name)
            if name and "/" not in name and os.path.isdir(full):
                shutil.rmtree(full)
    for d, text in docs:
        full = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for d, _ in docs:
            seen = set()
            for cat, v in d.labels:
                if (cat, v) in seen:
                    continue
                seen.add((cat, v))
                f.write("%s\t%s\t%s\n" % (d.path, cat, tsv_escape(v)))
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("written to", HERE)


if __name__ == "__main__":
    main()
