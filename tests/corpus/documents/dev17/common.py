"""Value generators, the Doc helper and the self-checks for dev17.

Every value is random (seeded); nothing is copied from a real source.
"""
import base64
import datetime
import hashlib
import json
import random
import string
import urllib.parse
import uuid as _uuid

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEXD = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

WORDS_EN = ["harbor", "copper", "lantern", "violet", "granite", "meadow", "falcon", "cobalt", "juniper",
            "orbit", "tundra", "saffron", "pebble", "walrus", "cinder", "thistle", "marble", "quartz",
            "willow", "ember", "glacier", "canyon", "hazel", "mosaic", "rocket", "velvet", "nimbus"]
WORDS_SV = ["blåbär", "fjällräv", "sommar", "kanelbulle", "stuga", "granskog", "älgtorn", "skärgård",
            "lingon", "vinter", "kvarn", "fyrtorn", "midsommar", "hjortron", "snöflinga", "ängsblomma",
            "tallbacken", "bryggan", "sjöbod", "regnbåge"]
WORDS_DE = ["Sonnenblume", "Waldweg", "Kirschbaum", "Bergsee", "Zugspitze", "Apfelkuchen", "Leuchtturm",
            "Schneeflocke", "Hafenkran", "Morgentau"]

FIRST_SV = ["Anna", "Erik", "Maja", "Lars", "Karin", "Oskar", "Elin", "Johan", "Sara", "Mikael", "Ebba",
            "Nils", "Linnea", "Gustav", "Ingrid", "Hampus", "Frida", "Axel", "Siv", "Björn", "Astrid",
            "Viktor", "Matilda", "Per", "Agnes", "Olof", "Tove", "Emil", "Greta", "Jonas"]
LAST_SV = ["Lindqvist", "Berg", "Holm", "Sandberg", "Ekström", "Nyberg", "Lundgren", "Sjöberg", "Åkesson",
           "Håkansson", "Wallin", "Forsberg", "Dahl", "Engström", "Strand", "Björklund", "Hedlund",
           "Öberg", "Karlsson", "Nilsson", "Pettersson", "Jonsson", "Mattsson", "Lindgren", "Bergström"]
FIRST_INT = ["Olivia", "Liam", "Noah", "Emma", "Lukas", "Sofia", "Mateo", "Chloé", "Jan", "Priya", "Kenji",
             "Amelia", "Hugo", "Marta", "Tobias", "Leonie", "Rafael", "Fatima", "Daniel", "Yuki"]
LAST_INT = ["Fischer", "Moreau", "Rossi", "García", "Kowalski", "Novak", "Okafor", "Tanaka", "Brennan",
            "Schulz", "Dubois", "Ferreira", "van Dijk", "Nakamura", "O'Connell", "Haddad", "Petrov"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.se", "telia.com", "bredband2.com", "icloud.com",
                "proton.me", "mailbox.org", "gmx.de", "web.de", "orange.fr", "libero.it", "yahoo.co.uk",
                "nordlyckebygg.se", "vasterhavsfrakt.se", "kvarnbackens.se", "brightwell-logistics.co.uk",
                "krueger-haustechnik.de", "tallbo-vard.se", "solvik-energi.se", "lumenfield.io",
                "harbourline.com", "skogsgläntan.se", "oakridge-dental.com", "fjordline-tech.no"]


def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    return luhn_check_digit(digits[:-1]) == digits[-1]


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def pnr_digits10(value):
    """10-digit form of a written personnummer (drops century, separators)."""
    d = "".join(ch for ch in value if ch.isdigit())
    if len(d) == 12:
        d = d[2:]
    return d


def pnr_valid(value):
    d = pnr_digits10(value)
    if len(d) != 10 or not luhn_ok(d):
        return False
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) == 12:
        year = int(digits[:4])
    else:
        yy = int(d[:2])
        year = 1900 + yy if (yy > 12 or "+" in value) else 2000 + yy
        if "+" in value:
            year = 1900 + yy
    month, day = int(d[2:4]), int(d[4:6])
    if day > 60:
        day -= 60
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


CARD_PREFIXES = [("4", 16), ("51", 16), ("52", 16), ("53", 16), ("54", 16), ("55", 16), ("2221", 16),
                 ("2720", 16), ("2475", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16),
                 ("3530", 16), ("3566", 16)]
CARD_TEST = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556",
             "378282246310005", "6011111111111117", "5105105105105100", "4012888888881881"}


def card_network_ok(num):
    if num in CARD_TEST:
        return False
    if num[0] == "4" and len(num) in (13, 16, 19):
        return True
    if len(num) == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return True
    if len(num) == 15 and num[:2] in ("34", "37"):
        return True
    if len(num) == 16 and (num[:4] == "6011" or num[:2] == "65"):
        return True
    if len(num) == 16 and 3528 <= int(num[:4]) <= 3589:
        return True
    return False


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def uenc(s, plus=False):
    return urllib.parse.quote_plus(s, safe="") if plus else urllib.parse.quote(s, safe="")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Gen:
    """Seeded generator of unique synthetic values."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    # --- basic helpers -------------------------------------------------
    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("cannot make a unique value")

    def mixed(self, alphabet, n, need=(UP, LO, DIG)):
        while True:
            s = self.chars(alphabet, n)
            if all(any(c in s for c in cls) for cls in need):
                return s

    # --- secrets ---------------------------------------------------------
    def password(self, style=None, punct="!#%*+-=?@^_.~"):
        style = style or self.choice(["mix", "mix", "words", "alnum", "mixlong", "sv", "de"])

        def mk():
            # first character a letter: config syntaxes treat a leading '!', '*', '%', '-' or '@' specially
            if style == "mix":
                return self.choice(UP + LO) + self.mixed(ALNUM + punct, self.randint(11, 17), need=(UP, LO, DIG, punct) if punct else (UP, LO, DIG))
            if style == "mixlong":
                return self.choice(UP + LO) + self.mixed(ALNUM + punct, self.randint(19, 27), need=(UP, LO, DIG))
            if style == "alnum":
                return self.mixed(ALNUM, self.randint(11, 16))
            if style == "words":
                sep = self.choice(["-", ".", "_", ""] if all(c in punct for c in "-._") else [""])
                w = [self.choice(WORDS_EN).capitalize(), self.choice(WORDS_EN), self.choice(WORDS_EN).capitalize()]
                tail = str(self.randint(10, 9999)) + (self.choice(punct) if punct else "")
                return sep.join(w) + sep + tail
            if style == "sv":
                w = self.choice(WORDS_SV).capitalize() + self.choice(WORDS_SV)
                return w + str(self.randint(10, 9999)) + (self.choice(punct) if punct else "")
            if style == "de":
                return self.choice(WORDS_DE) + (self.choice(punct) if punct else "") + str(self.randint(100, 99999)) + self.choice(WORDS_DE)[:3].lower()
            if style == "pin":
                return self.mixed(ALNUM, 10)
            raise ValueError(style)
        return self.uniq(mk)

    def hexs(self, n):
        return self.uniq(lambda: self.chars(HEXD, n))

    def alnum(self, n):
        return self.uniq(lambda: self.mixed(ALNUM, n))

    def b64(self, nbytes, url=False, pad=True):
        def mk():
            raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
            s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
            return s if pad else s.rstrip("=")
        return self.uniq(mk)

    def jwt(self, alg=None, iss="https://auth.internal.lan/", extra=None):
        alg = alg or self.choice(["HS256", "RS256", "ES256", "RS256", "PS256"])

        def mk():
            hdr = {"alg": alg, "typ": "JWT"}
            if alg != "HS256":
                hdr["kid"] = self.chars(ALNUM, 20)
            iat = 1767225600 + self.randint(0, 20000000)
            body = {"iss": iss, "sub": self.chars(ALNUM, 12), "aud": self.choice(["api", "gateway", "orders", "account"]),
                    "iat": iat, "exp": iat + self.choice([300, 900, 3600, 86400]), "jti": str(_uuid.UUID(int=self.r.getrandbits(128)))}
            if extra:
                body.update(extra)
            siglen = {"HS256": 32, "RS256": 256, "PS256": 256, "ES256": 64}[alg]
            sig = bytes(self.r.getrandbits(8) for _ in range(siglen))
            return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                             b64u(json.dumps(body, separators=(",", ":")).encode()), b64u(sig)])
        return self.uniq(mk)

    def bearer(self, shape=None):
        shape = shape or self.choice(["opaque", "hex", "b64url", "dotted", "jwt", "jwt", "ya29", "azure",
                                      "prefixed", "opaque", "b64url"])
        if shape == "jwt":
            return "jwt", self.jwt()
        if shape == "opaque":
            return "opaque", self.alnum(self.choice([32, 40, 48, 64]))
        if shape == "hex":
            return "hex", self.hexs(self.choice([40, 64, 32]))
        if shape == "b64url":
            return "b64url", self.b64(self.choice([32, 48, 64]), url=True, pad=False)
        if shape == "dotted":
            return "dotted", self.uniq(lambda: self.chars(ALNUM, 8) + "." + self.chars(B64URL, 43) + "." + self.chars(ALNUM, 6))
        if shape == "ya29":
            return "ya29", self.uniq(lambda: "ya29.a0" + self.chars(ALNUM + "-_", 150))
        if shape == "azure":
            return "azure", self.uniq(lambda: "EwB" + self.chars(B64, 240) + "=")
        if shape == "prefixed":
            return "prefixed", self.uniq(lambda: self.choice([
                lambda: "glsa_" + self.chars(ALNUM, 32) + "_" + self.chars(HEXD, 8),
                lambda: "dop_v1_" + self.chars(HEXD, 64),
                lambda: "tk_" + self.chars(LO + DIG, 29),
                lambda: "lin_api_" + self.chars(ALNUM, 40),
                lambda: "hvs." + self.chars(ALNUM + "-_", 90),
                lambda: "pat-eu1-" + str(_uuid.UUID(int=self.r.getrandbits(128))),
                lambda: "nfp_" + self.chars(ALNUM, 36),
                lambda: "sl.u." + self.chars(B64URL, 140),
            ])())
        raise ValueError(shape)

    def secret(self, shape=None):
        shape = shape or self.choice(["hex32", "hex40", "hex64", "b64", "alnum32", "alnum40", "b64url", "prefixed", "alnum24"])
        if shape.startswith("hex"):
            return self.hexs(int(shape[3:]))
        if shape.startswith("alnum"):
            return self.alnum(int(shape[5:]))
        if shape == "b64":
            return self.b64(self.choice([24, 32, 48]))
        if shape == "b64url":
            return self.b64(32, url=True, pad=False)
        if shape == "prefixed":
            return self.uniq(lambda: self.choice([
                lambda: "whsec_" + self.chars(B64, 32),
                lambda: "dckr_pat_" + self.chars(B64URL, 27),
                lambda: "hvs." + self.chars(ALNUM, 24),
                lambda: "pscale_pw_" + self.chars(ALNUM + "_", 43),
                lambda: "rnd_" + self.chars(ALNUM, 28),
                lambda: "ntn_" + self.chars(DIG, 11) + self.chars(ALNUM, 35),
                lambda: "sq0csp-" + self.chars(B64URL, 43),
                lambda: "lmkey_" + self.chars(HEXD, 40),
            ])())
        raise ValueError(shape)

    def akid(self, prefix="AKIA"):
        return self.uniq(lambda: prefix + self.chars(B32, 16))

    def aws_secret(self):
        def mk():
            s = self.chars(ALNUM + "/+", 40)
            if not any(c in s for c in "/+") or not any(c in s for c in UP) or not any(c in s for c in LO):
                return self.chars(ALNUM, 40) + "x" * 100  # rejected below
            return s
        while True:
            v = self.uniq(mk)
            if len(v) == 40:
                return v

    def session_token(self):
        return self.uniq(lambda: "IQoJb3JpZ2luX2VjE" + self.chars(B64, 280) + "=")

    # --- non-secret look-alikes ----------------------------------------
    def uuid(self):
        return self.uniq(lambda: str(_uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def sha256(self):
        return self.uniq(lambda: hashlib.sha256(str(self.r.random()).encode()).hexdigest())

    def sha1(self):
        return self.uniq(lambda: hashlib.sha1(str(self.r.random()).encode()).hexdigest())

    def md5(self):
        return self.uniq(lambda: hashlib.md5(str(self.r.random()).encode()).hexdigest())

    def bcrypt(self):
        return self.uniq(lambda: "$2b$12$" + self.chars(ALNUM + "./", 53))

    def argon2(self):
        return self.uniq(lambda: "$argon2id$v=19$m=65536,t=3,p=4$" + self.chars(B64[:-2] + "+/", 22) + "$" + self.chars(B64[:-2] + "+/", 43))

    def sha512crypt(self):
        return self.uniq(lambda: "$6$" + self.chars(ALNUM + "./", 16) + "$" + self.chars(ALNUM + "./", 86))

    def ssh_pub(self, comment):
        return self.uniq(lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.chars(B64, 43) + " " + comment)

    # --- personal data ---------------------------------------------------
    def _date(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.randint(start, end))

    def pnr(self, fmt=None, samordning=False, y0=1938, y1=2010):
        fmt = fmt or self.choice(["short", "short", "long", "long", "long_nodash", "short_nodash"])
        if fmt == "plus":
            y0, y1 = 1915, 1925

        def mk():
            dt = self._date(y0, y1)
            day = dt.day + (60 if samordning else 0)
            nine = "%02d%02d%02d%03d" % (dt.year % 100, dt.month, day, self.randint(0, 999))
            c = luhn_check_digit(nine)
            ten = nine + c
            cent = str(dt.year // 100)
            if fmt == "short":
                return ten[:6] + "-" + ten[6:]
            if fmt == "plus":
                return ten[:6] + "+" + ten[6:]
            if fmt == "short_nodash":
                return ten
            if fmt == "long":
                return cent + ten[:6] + "-" + ten[6:]
            if fmt == "long_nodash":
                return cent + ten
            raise ValueError(fmt)
        return self.uniq(mk)

    def pnr_lookalike(self, kind="order"):
        """Luhn-valid personnummer-shaped numbers that are not personnummer."""
        def mk():
            if kind in ("order", "date10", "dash"):
                dt = self._date(2015, 2027)
                nine = "%02d%02d%02d%03d" % (dt.year % 100, dt.month, dt.day, self.randint(0, 999))
                ten = nine + luhn_check_digit(nine)
                return ten if kind != "dash" else ten[:6] + "-" + ten[6:]
            if kind == "date12":
                dt = self._date(2019, 2027)
                eleven = "%04d%02d%02d%03d" % (dt.year, dt.month, dt.day, self.randint(0, 999))
                return eleven + luhn_check_digit(eleven[2:])
            if kind == "orgnr":
                nine = self.choice(["55", "55", "56", "71", "80", "82", "91", "96", "77"]) + str(self.randint(2, 9)) + "%06d" % self.randint(0, 999999)
                ten = nine + luhn_check_digit(nine)
                return ten[:6] + "-" + ten[6:]
            if kind == "ocr":
                n = self.choice([12, 14, 16, 10, 11])
                body = "".join(self.choice(DIG) for _ in range(n - 1))
                return body + luhn_check_digit(body)
            if kind == "oldperson":  # invalid date (month 13+), Luhn ok
                nine = "%02d%02d%02d%03d" % (self.randint(40, 99), self.randint(13, 19), self.randint(1, 28), self.randint(0, 999))
                ten = nine + luhn_check_digit(nine)
                return ten[:6] + "-" + ten[6:]
            raise ValueError(kind)
        return self.uniq(mk)

    def card(self, fmt=None):
        def mk():
            pre, ln = self.choice(CARD_PREFIXES)
            body = pre + "".join(self.choice(DIG) for _ in range(ln - len(pre) - 1))
            return body + luhn_check_digit(body)
        num = self.uniq(mk)
        fmt = fmt or self.choice(["space", "plain", "dash"])
        if len(num) == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        if fmt == "space":
            return " ".join(groups)
        if fmt == "dash":
            return "-".join(groups)
        return num

    IBAN_SPEC = {"SE": "n20", "DE": "n18", "NL": "a4n10", "FI": "n14", "NO": "n11", "DK": "n14",
                 "ES": "n20", "GB": "a4n14", "FR": "n10a11n2", "IE": "a4n14", "BE": "n12", "AT": "n16", "PL": "n24"}

    def iban(self, cc=None, spaced=None):
        cc = cc or self.choice(list(self.IBAN_SPEC))

        def mk():
            spec = self.IBAN_SPEC[cc]
            bban = ""
            i = 0
            while i < len(spec):
                t = spec[i]
                j = i + 1
                while j < len(spec) and spec[j].isdigit():
                    j += 1
                n = int(spec[i + 1:j])
                bban += self.chars(DIG if t == "n" else (UP if t == "a" else UP + DIG), n)
                i = j
            return cc + iban_check(cc, bban) + bban
        v = self.uniq(mk)
        if spaced is None:
            spaced = self.r.random() < 0.5
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def name(self, sv=True):
        if sv:
            return self.choice(FIRST_SV) + " " + self.choice(LAST_SV)
        return self.choice(FIRST_INT) + " " + self.choice(LAST_INT)

    def email(self, name=None, domain=None):
        def mk():
            nm = name or self.name(self.r.random() < 0.6)
            first, last = nm.split(" ", 1)
            tr = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "á": "a", "í": "i", "'": "", " ": ""})
            first, last = first.lower().translate(tr), last.lower().translate(tr)
            local = self.choice([first + "." + last, first[0] + last, first + last[:3] + str(self.randint(1, 99)),
                                 first + "_" + last, last + "." + first[0]])
            dom = domain or self.choice(MAIL_DOMAINS)
            return local + "@" + dom
        return self.uniq(mk)

    def phone(self, cc=None, fmt=None):
        cc = cc or self.choice(["SE", "SE", "DE", "UK", "US", "FR", "NO", "FI", "NL", "IN", "ES"])
        d = lambda n: "".join(self.choice(DIG) for _ in range(n))
        intl = (fmt == "intl") if fmt else self.r.random() < 0.5

        def mk():
            if cc == "SE":
                pre = self.choice(["70", "72", "73", "76", "79"])
                a, b, c = d(3), d(2), d(2)
                return ("+46 %s %s %s %s" % (pre, a, b, c)) if intl else ("0%s-%s %s %s" % (pre, a, b, c))
            if cc == "DE":
                pre = self.choice(["151", "160", "171", "176", "152"])
                return ("+49 %s %s" % (pre, d(8))) if intl else ("0%s %s" % (pre, d(8)))
            if cc == "UK":
                n = "7" + self.choice(["4", "5", "8", "9"]) + d(2) + " " + d(6)
                return ("+44 " + n) if intl else ("0" + n)
            if cc == "US":
                area = self.choice(["415", "312", "646", "512", "206", "617", "303", "919"])
                ex = str(self.randint(201, 989))
                if ex == "555":
                    ex = "556"
                return ("+1 %s-%s-%s" % (area, ex, d(4))) if intl else ("(%s) %s-%s" % (area, ex, d(4)))
            if cc == "FR":
                return ("+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2))) if intl else ("06 %s %s %s %s" % (d(2), d(2), d(2), d(2)))
            if cc == "NO":
                return "+47 " + self.choice(["4", "9"]) + d(2) + " " + d(2) + " " + d(3)
            if cc == "FI":
                return ("+358 40 %s %s" % (d(3), d(4))) if intl else ("040 %s %s" % (d(3), d(4)))
            if cc == "NL":
                return ("+31 6 %s %s" % (d(4), d(4))) if intl else ("06-%s%s" % (d(4), d(4)))
            if cc == "IN":
                return "+91 " + self.choice(["98", "97", "88", "70"]) + d(3) + " " + d(5)
            if cc == "ES":
                return "+34 6" + d(2) + " " + d(3) + " " + d(3)
            raise ValueError(cc)
        return self.uniq(mk)

    def ipv4(self):
        firsts = [31, 37, 46, 62, 77, 78, 79, 81, 82, 83, 85, 88, 89, 90, 91, 92, 93, 94, 95, 109, 130, 134, 141,
                  145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 52, 54, 18, 35, 104]
        return self.uniq(lambda: "%d.%d.%d.%d" % (self.choice(firsts), self.randint(1, 254), self.randint(0, 255), self.randint(1, 254)))

    def ipv6(self):
        pres = ["2a00", "2a01", "2a02", "2a05", "2600", "2604", "2607", "2620", "2c0f", "2405", "2a0a", "2001:67c"]

        def mk():
            p = self.choice(pres)
            n = 8 - p.count(":") - 1
            groups = ["%x" % self.randint(1, 0xffff) for _ in range(n)]
            if self.r.random() < 0.4:
                k = self.randint(2, 4)
                return p + ":" + ":".join(groups[:k]) + "::" + ":".join(groups[-2:])
            return p + ":" + ":".join(groups)
        return self.uniq(mk)

    def dob(self, fmt=None, y0=1942, y1=2006):
        def mk():
            dt = self._date(y0, y1)
            f = fmt or self.choice(["iso", "dmy.", "dmy/", "mdy/", "long"])
            if f == "iso":
                return dt.isoformat()
            if f == "dmy.":
                return dt.strftime("%d.%m.%Y")
            if f == "dmy/":
                return dt.strftime("%d/%m/%Y")
            if f == "mdy/":
                return dt.strftime("%m/%d/%Y")
            if f == "compact":
                return dt.strftime("%Y%m%d")
            if f == "long":
                return "%d %s %d" % (dt.day, ["January", "February", "March", "April", "May", "June", "July", "August",
                                              "September", "October", "November", "December"][dt.month - 1], dt.year)
            if f == "sv":
                return "%d %s %d" % (dt.day, ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                              "september", "oktober", "november", "december"][dt.month - 1], dt.year)
            raise ValueError(f)
        return self.uniq(mk)


class Doc:
    def __init__(self, S, path):
        self.S = S
        self.g = S.g
        self.path = path
        self.labels = []
        self.looks = []
        self.text = None
        S.docs.append(self)

    # label helpers ---------------------------------------------------------
    def lab(self, cat, written):
        if (cat, written) not in self.labels:
            self.labels.append((cat, written))
        return written

    def la(self, v):
        self.looks.append(v)
        return v

    def labj(self, cat, raw):
        """label the JSON-escaped form, return the raw value (for json.dumps)."""
        self.lab(cat, jesc(raw))
        return raw

    @staticmethod
    def enc(v, how):
        if not how:
            return v
        if how == "json":
            return jesc(v)
        if how == "url":
            return uenc(v)
        if how == "urlplus":
            return uenc(v, plus=True)
        if how == "xml":
            return xesc(v)
        if how == "sq":  # SQL / YAML single-quoted
            return v.replace("'", "''")
        if how == "csv":
            return v.replace('"', '""')
        if how == "dq":  # shell double quotes
            return v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
        raise ValueError(how)

    def pw(self, style=None, enc=None, punct="!#%*+-=?@^_.~"):
        return self.lab("password", self.enc(self.g.password(style, punct), enc))

    def pwraw(self, style=None, punct="!#%*+-=?@^_.~"):
        return self.g.password(style, punct)

    def bt(self, shape=None, enc=None, cat=None):
        kind, v = self.g.bearer(shape)
        c = cat or ("jwt|bearer-token" if kind == "jwt" else "bearer-token")
        return self.lab(c, self.enc(v, enc))

    def jwt(self, cat="jwt", **kw):
        return self.lab(cat, self.g.jwt(**kw))

    def gs(self, shape=None, enc=None):
        return self.lab("generic-secret", self.enc(self.g.secret(shape), enc))

    def ak(self, prefix="AKIA"):
        return self.lab("aws-access-key-id", self.g.akid(prefix))

    def sk(self, enc=None):
        return self.lab("aws-secret-key", self.enc(self.g.aws_secret(), enc))

    def pnr(self, fmt=None, samordning=False, **kw):
        return self.lab("se-personnummer", self.g.pnr(fmt, samordning, **kw))

    def pla(self, kind="order"):
        return self.la(self.g.pnr_lookalike(kind))

    def email(self, name=None, domain=None, enc=None):
        return self.lab("email", self.enc(self.g.email(name, domain), enc))

    def phone(self, cc=None, fmt=None):
        return self.lab("phone", self.g.phone(cc, fmt))

    def ip4(self):
        return self.lab("ipv4", self.g.ipv4())

    def ip6(self):
        return self.lab("ipv6", self.g.ipv6())

    def dob(self, fmt=None, **kw):
        return self.lab("date-of-birth", self.g.dob(fmt, **kw))

    def card(self, fmt=None):
        return self.lab("credit-card", self.g.card(fmt))

    def iban(self, cc=None, spaced=None):
        return self.lab("iban", self.g.iban(cc, spaced))

    # look-alike helpers (unlabelled) ---------------------------------------
    def uuid(self):
        return self.la(self.g.uuid())

    def sha256(self):
        return self.la(self.g.sha256())

    def sha1(self):
        return self.la(self.g.sha1())

    def md5(self):
        return self.la(self.g.md5())

    def hexid(self, n):
        return self.la(self.g.hexs(n))

    def rid(self, n=20):
        return self.la(self.g.alnum(n))

    def bcrypt(self):
        return self.la(self.g.bcrypt())

    def set(self, text):
        if not text.endswith("\n"):
            text += "\n"
        self.text = text


class DocSet:
    def __init__(self, seed):
        self.g = Gen(seed)
        self.docs = []

    def doc(self, path):
        return Doc(self, path)


CATEGORIES = {"email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key",
              "github-token", "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key",
              "openai-key", "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token",
              "password", "generic-secret", "azure-storage-key", "npm-token", "pypi-token", "huggingface-token",
              "sendgrid-key", "twilio-key", "shopify-token", "datadog-key", "docker-auth", "mailgun-key", "ipv4",
              "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
              "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar"}

PLACEHOLDER_WORDS = {"changeme", "password", "secret", "xxx", "xxxxxxxx", "********", "redacted", "example"}


def self_check(S):
    errors = []
    paths = set()
    seen_values = {}
    for d in S.docs:
        if d.path in paths:
            errors.append("duplicate path " + d.path)
        paths.add(d.path)
        if d.text is None:
            errors.append("no text: " + d.path)
            continue
        vals = [v for _, v in d.labels]
        for cat, v in d.labels:
            for c in cat.split("|"):
                if c not in CATEGORIES:
                    errors.append("%s: unknown category %s" % (d.path, c))
            if v not in d.text:
                errors.append("%s: label not in text: %s %r" % (d.path, cat, v))
            if not v or "\t" in v or "\n" in v:
                errors.append("%s: bad label value %r" % (d.path, v))
            cats = cat.split("|")
            if "se-personnummer" in cats and not pnr_valid(v):
                errors.append("%s: invalid personnummer %s" % (d.path, v))
            if "credit-card" in cats:
                digits = "".join(ch for ch in v if ch.isdigit())
                if not (luhn_ok(digits) and card_network_ok(digits)):
                    errors.append("%s: bad card %s" % (d.path, v))
            if "in-aadhaar" in cats:
                digits = "".join(ch for ch in v if ch.isdigit())
                if not (len(digits) == 12 and digits[0] in "23456789" and verhoeff_ok(digits)):
                    errors.append("%s: bad aadhaar %s" % (d.path, v))
            if "iban" in cats and not iban_ok(v):
                errors.append("%s: bad iban %s" % (d.path, v))
            if "aws-access-key-id" in cats:
                if not (len(v) == 20 and v[:4] in ("AKIA", "ASIA") and all(ch in B32 for ch in v[4:])):
                    errors.append("%s: bad akid %s" % (d.path, v))
            if "aws-secret-key" in cats and len(urllib.parse.unquote(v)) != 40:
                errors.append("%s: bad aws secret %s" % (d.path, v))
            if "jwt" in cats and not v.startswith("eyJ"):
                errors.append("%s: bad jwt %s" % (d.path, v))
            if v.lower() in PLACEHOLDER_WORDS:
                errors.append("%s: placeholder labelled %s" % (d.path, v))
            key = v
            if key in seen_values and seen_values[key] != d.path:
                errors.append("value used twice: %r in %s and %s" % (v, d.path, seen_values[key]))
            seen_values.setdefault(key, d.path)
        for i, (c1, v1) in enumerate(d.labels):
            for j, (c2, v2) in enumerate(d.labels):
                if i != j and v1 != v2 and v1 in v2:
                    errors.append("%s: label %r inside label %r" % (d.path, v1, v2))
        for la in d.looks:
            for v in vals:
                if la == v or v in la:
                    errors.append("%s: look-alike %r equals/contains label %r" % (d.path, la, v))
    return errors
