"""dev29 core: the Doc helper, value generators, encoders and checksums.

Every labelled value is produced here from a per-document random.Random; nothing is copied from anywhere.
"""
import base64
import datetime
import hashlib
import json
import random
import re
import string
import urllib.parse
import zlib

SEED = 29029

ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"

# words for human-made passwords and passphrases (none is a bad word below)
WORDS = ("Lantern Birch Cobalt Meadow Harbor Granit Tulpan Kanel Meteor Falcon Juniper Orchid Saffron Tundra "
         "Willow Ember Fjord Glacier Heron Island Jasper Kestrel Lichen Marble Nimbus Otter Pebble Quarry Raven "
         "Sorrel Thistle Umber Violet Walnut Yarrow Zephyr Anchor Bramble Cedar Dahlia Elm Fennel Garnet Hazel "
         "Indigo Kelp Lupin Mango Nutmeg Oak Pepper Quince Rowan Spruce Timber Velvet Wren Aspen Basil Clover "
         "Delta Eagle Flint Gravel Hollow Ivory Jade Kiwi Lemon Moss Nordic Olive Pine Ruby Sable Tiger Umbra "
         "Viking Whale Yacht Zinc Blabar Hallon Lingon Smultron Fyren Kompass Stjarna Vinter Sommar Hosten "
         "Varen Skogen Havet Berget Dalen Bryggan Kajak Segel Roder Ankare Lykta Kaktus Paprika Mandel Russin "
         "Lakka Mustikka Kuusi Koivu Saimaa Revontuli Fjell Bakke Skjaer Elv Bolge Hygge Rugbrod Kanal").split()
SWEDISH_WORDS = ("gula tulpaner regnbage sjon skog fjall hav kust stuga brygga eka ara kaffe bulle kanel vinter "
                 "snoflinga ekorre alg varg lo uggla tall gran bjork lonn hassel kottar blabar").split()

BAD = ("test", "example", "fake", "dummy", "sample", "pass", "secret", "token", "admin", "your", "demo", "foo",
       "123", "xxx", "changeme", "redact", "placeholder", "qwerty", "sex", "fuck", "shit")
VENDOR_PREFIXES = ("AKIA", "ASIA", "eyJ", "AIza", "sk-", "sk_", "rk_", "pk_", "ghp_", "gho_", "ghs_", "ghu_",
                   "ghr_", "github_pat", "glpat", "gldt", "glrt", "xox", "xapp", "SG.", "hf_", "npm_", "pypi-",
                   "key-", "ya29", "shp", "AC", "SK", "whsec", "dckr", "hvs.", "sq0", "EAA")

FIRST_M = "Erik Lars Anders Johan Karl Nils Per Olof Mikael Henrik Oskar Gustav Axel Emil Viktor Linus Hampus Ahmed Elias Leo".split()
FIRST_F = "Anna Maria Karin Sara Emma Lena Kristina Elin Ida Linnea Frida Maja Sofia Ebba Moa Amira Agnes Tove Hanna Klara".split()
LAST_SE = ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
           "Jonsson Lindberg Lindqvist Berglund Sandberg Lundgren Holmberg Hedlund Forsberg Nyberg Sjoberg Wallin "
           "Engstrom Ekstrom Lundin Bergqvist Nordin Hassan Haddad").split()
FIRST_FI_M = "Mikko Juha Timo Jari Antti Ville Eero Lauri Aleksi Onni".split()
FIRST_FI_F = "Aino Helmi Sanna Tiina Laura Riikka Minna Venla Elina Johanna".split()
LAST_FI = "Virtanen Korhonen Makinen Nieminen Hamalainen Laine Heikkinen Koskinen Jarvinen Lehtonen Salonen Tuominen".split()
FIRST_NO = "Ola Kari Ingrid Sindre Magnus Solveig Torbjorn Sigrid Eirik Astrid".split()
LAST_NO = "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Haugen Berg Dahl Bakken Solberg".split()
FIRST_DK = "Mads Freja Rasmus Mette Frederik Sofie Jonas Ida Mikkel Camilla".split()
LAST_DK = "Jensen Nielsen Hansen Pedersen Rasmussen Christensen Sorensen Kristensen Madsen Mortensen".split()

MAIL_DOMAINS = ("gmail.com outlook.com hotmail.se telia.com icloud.com bahnhof.se live.se yahoo.se "
                "protonmail.com gmx.de").split()
RESERVED_MAIL = (".invalid", ".test", ".example", ".localhost", "example.com", "example.org", "example.net", "localhost")

TEST_CARDS = {"4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3056930009020004", "36227206271667", "3566002020360505", "4012888888881881", "4000000000000002",
              "4000000000000077", "4222222222222", "5454545454545454", "4444333322221111", "2223003122003222",
              "6200000000000005", "4917610000000000", "5500000000000004", "340000000000009", "30000000000004",
              "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777", "4217651111111119",
              "4500600000000061", "5431111111111111", "4000000000000010", "4000000760000002"}


def luhn_ok(s):
    ds = [int(c) for c in s]
    tot = 0
    for i, dd in enumerate(reversed(ds)):
        if i % 2 == 1:
            dd *= 2
            if dd > 9:
                dd -= 9
        tot += dd
    return tot % 10 == 0


def luhn_digit(s):
    for c in "0123456789":
        if luhn_ok(s + c):
            return c


def card_network(num):
    n = len(num)
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return "mastercard"
    if n == 15 and num[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (num.startswith("6011") or num.startswith("65") or 644 <= int(num[:3]) <= 649):
        return "discover"
    if n == 16 and 3528 <= int(num[:4]) <= 3589:
        return "jcb"
    if n == 14 and (num[:2] in ("36", "38") or 300 <= int(num[:3]) <= 305):
        return "diners"
    if 12 <= n <= 19 and num[:4] in ("5018", "5020", "5038", "6304", "6759", "6761", "6763"):
        return "maestro"
    if 16 <= n <= 19 and num[:2] == "62":
        return "unionpay"
    return None


def date_ok(y, m, dd):
    try:
        datetime.date(y, m, dd)
        return True
    except ValueError:
        return False


def pnr_valid(s):
    """s: 10 or 12 digits (separator removed). Day may be +60 (samordningsnummer)."""
    if len(s) == 12:
        y, rest = int(s[:4]), s[2:]
    elif len(s) == 10:
        y, rest = None, s
    else:
        return False
    mm, dd = int(rest[2:4]), int(rest[4:6])
    if dd > 60:
        dd -= 60
    yy = int(rest[:2])
    if y is None:
        ok = date_ok(2000 + yy, mm, dd) or date_ok(1900 + yy, mm, dd)
    else:
        ok = date_ok(y, mm, dd)
    return ok and luhn_ok(rest)


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
              "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def hetu_valid(s):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])", s)
    if not m:
        return False
    dd, mm, yy, sign, nnn, chk = m.groups()
    if not date_ok(HETU_SIGNS[sign] + int(yy), int(mm), int(dd)):
        return False
    return HETU_CHARS[int(dd + mm + yy + nnn) % 31] == chk


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"SE": 24, "FI": 18, "NO": 15, "DK": 18, "DE": 22, "GB": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s[0] != "0"


def steuer_check(s10):
    prod = 10
    for ch in s10:
        tot = (int(ch) + prod) % 10
        if tot == 0:
            tot = 10
        prod = (tot * 2) % 11
    chk = 11 - prod
    return 0 if chk == 10 else chk


def steuer_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return steuer_check(s[:10]) == int(s[10])


def nir_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{12}\d{2}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre, num, let = m.groups()
    if pre:
        num = "XYZ".index(pre).__str__() + num
        if len(num) != 8:
            return False
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == let


CF_ODD = {"0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21, "A": 1, "B": 0,
          "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17, "I": 19, "J": 21, "K": 2, "L": 4, "M": 18, "N": 20,
          "O": 11, "P": 3, "Q": 6, "R": 8, "S": 12, "T": 14, "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23}


def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    return s.replace("-", "") not in ("078051120", "219099999", "123456789", "111223333")


def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    a, b, _ = m.groups()
    if a in "DFIQUV" or b in "DFIOQUV" or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = (string.digits + string.ascii_uppercase + string.ascii_lowercase)[r] + out
    return out.rjust(width, "0")


def ghp_ok(tok):
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


def is_public_ipv4(s):
    try:
        p = [int(x) for x in s.split(".")]
    except ValueError:
        return False
    if len(p) != 4 or any(x > 255 for x in p):
        return False
    a, b, c = p[0], p[1], p[2]
    if a in (0, 10, 127) or a >= 224:
        return False
    if (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254):
        return False
    if (a == 100 and 64 <= b <= 127) or (a == 198 and b in (18, 19)):
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0), (192, 88, 99)):
        return False
    return True


# ---------------------------------------------------------------- encoders
def enc(v, kind):
    if kind is None:
        return v
    if kind == "json":
        return v.replace("\\", "\\\\").replace('"', '\\"')
    if kind == "url":
        return urllib.parse.quote(v, safe="")
    if kind == "form":
        return urllib.parse.quote_plus(v, safe="")
    if kind == "xml":
        return (v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                .replace("'", "&apos;"))
    if kind == "xmltext":
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if kind == "sql":
        return v.replace("'", "''")
    if kind == "php":
        return v.replace("\\", "\\\\").replace("'", "\\'")
    if kind == "c":
        return v.replace("\\", "\\\\").replace('"', '\\"')
    if kind == "sh1":
        return v.replace("'", "'\\''")
    if kind == "b64":
        return base64.b64encode(v.encode()).decode()
    raise ValueError(kind)


# ---------------------------------------------------------------- the document
class Ctx:
    def __init__(self):
        self.used = set()


class Doc:
    def __init__(self, carrier, path, desc, ctx):
        self.carrier, self.path, self.desc, self.ctx = carrier, path, desc, ctx
        h = hashlib.sha256(f"{SEED}+{carrier}/{path}".encode()).digest()
        self.r = random.Random(int.from_bytes(h[:8], "big"))
        self.labels = []      # (cat, value, group)
        self.looks = []       # registered unlabelled look-alikes
        self.glued = set()    # labels allowed to touch letters/digits

    @property
    def file(self):
        return f"{self.carrier}/{self.path}"

    # -- labelling
    def L(self, cat, v, grp=None):
        if grp is None:
            grp = default_group(cat)
        self.labels.append((cat, v, grp))
        return v

    def X(self, v):
        self.looks.append(v)
        return v

    def glue(self, v):
        self.glued.add(v)
        return v

    # -- randomness
    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def rs(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def uniq(self, fn, check_bad=True, prefixes=True):
        for _ in range(500):
            v = fn()
            low = v.lower()
            if check_bad and any(b in low for b in BAD):
                continue
            if prefixes and any(v.startswith(p) for p in VENDOR_PREFIXES):
                continue
            if v in self.ctx.used:
                continue
            self.ctx.used.add(v)
            return v
        raise RuntimeError("uniq failed")

    # -- passwords
    def pwr(self, style="w"):
        r = self.r

        def make():
            if style == "w":
                return (self.ch(WORDS) + self.ch("-._") + self.ch(WORDS) + str(self.ri(10, 99)) + self.ch("!?*%+"))
            if style == "W":  # no separator
                return self.ch(WORDS) + self.ch(WORDS) + str(self.ri(10, 99)) + self.ch("!?*%+")
            if style == "s":
                return self.ch(WORDS) + str(self.ri(1979, 2025))
            if style == "a":
                n = self.ri(14, 22)
                alpha = ALNUM * 3 + "!#$%&*+-.:=?@^_~"
                v = self.rs(alpha, n)
                return v if re.search(r"\d", v) and re.search(r"[^A-Za-z0-9]", v) else make()
            if style == "y":
                v = self.rs(ALNUM * 3 + "-_.@%+=:,^", self.ri(14, 20))
                return v if re.search(r"[^A-Za-z0-9]", v) and v[0].isalnum() else make()
            if style == "z":
                v = self.rs(ALNUM * 4 + "-_.+", self.ri(12, 20))
                return v if re.search(r"[-_.+]", v) and v[0].isalnum() and v[-1].isalnum() else make()
            if style == "x":
                return self.rs(ALNUM, self.ri(12, 24))
            if style == "p":
                return " ".join(self.ch(SWEDISH_WORDS) for _ in range(self.ri(3, 4))) + " " + str(self.ri(2, 99))
            if style == "l":
                return "-".join(self.ch(WORDS).lower() for _ in range(self.ri(4, 5)))
            if style == "k":
                return self.ch(WORDS) + str(self.ri(10, 99)) + self.ch("!#")
            if style == "q":
                v = self.rs(ALNUM * 2 + "!#%&*+-.:=?@_", self.ri(10, 16))
                i = self.ri(1, len(v) - 2)
                return v[:i] + self.ch(['"', "'", "\\", "$"]) + v[i:] + self.ch(ALNUM)
            raise ValueError(style)
        return self.uniq(make)

    def pw(self, style="w", e=None, cat="password"):
        return self.L(cat, enc(self.pwr(style), e))

    # -- generic secrets / tokens
    def sec(self, shape):
        r = self.r

        def make():
            if shape.startswith("hex"):
                return self.rs(HEX, int(shape[3:]))
            if shape.startswith("HEX"):
                return self.rs(HEX.upper(), int(shape[3:]))
            if shape.startswith("an"):
                return self.rs(ALNUM, int(shape[2:]))
            if shape.startswith("b64u_"):
                return base64.urlsafe_b64encode(r.randbytes(int(shape[5:]))).decode().rstrip("=")
            if shape.startswith("b64_"):
                return base64.b64encode(r.randbytes(int(shape[4:]))).decode()
            if shape == "django":
                return self.rs("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50)
            if shape.startswith("lower"):
                return self.rs(string.ascii_lowercase + string.digits, int(shape[5:]))
            if shape.startswith("upper"):
                return self.rs(UPPER_DIG, int(shape[5:]))
            if shape == "uuid":
                return str(uuid_from(r))
            raise ValueError(shape)
        return self.uniq(make)

    def gs(self, shape="an40", cat="generic-secret"):
        return self.L(cat, self.sec(shape))

    def bt(self, shape="an40"):
        def make():
            if shape == "ya29":
                return "ya29." + self.rs(B64U, self.ri(140, 170))
            if shape == "dot":
                return self.rs(ALNUM, 8) + "." + self.rs(B64U, 32) + "." + self.rs(ALNUM, 10)
            if shape == "opaque":
                return self.rs(ALNUM + "-._~+/", 47) + "="
            return self.sec(shape)
        if shape in ("ya29", "dot", "opaque"):
            v = self.uniq(make, prefixes=(shape != "ya29"))
        else:
            v = make()
        return self.L("bearer-token", v)

    def jwt(self, alg="HS256", claims=None):
        r = self.r
        hdr = {"alg": alg, "typ": "JWT"}
        if alg.startswith("RS") or alg.startswith("ES"):
            hdr["kid"] = self.rs(B64U, 22)
        now = 1767000000 + self.ri(0, 9000000)
        pl = {"sub": str(self.ri(10000, 999999)), "iat": now, "exp": now + self.ch([900, 3600, 86400])}
        if claims:
            pl.update(claims)
        pl["jti"] = str(uuid_from(r))

        def b(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        nsig = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64, "PS256": 256}[alg]
        sig = base64.urlsafe_b64encode(r.randbytes(nsig)).decode().rstrip("=")
        v = b(hdr) + "." + b(pl) + "." + sig
        self.ctx.used.add(v)
        return v

    def jbt(self, alg="HS256", claims=None):
        return self.L("jwt|bearer-token", self.jwt(alg, claims))

    def basic(self, user, pw_style="x"):
        p = self.pwr(pw_style)
        return self.L("basic-auth", base64.b64encode(f"{user}:{p}".encode()).decode())

    # -- AWS and vendor tokens
    def ak(self):
        return self.L("aws-access-key-id", self.uniq(lambda: self.ch(["AKIA", "AKIA", "ASIA"]) + self.rs(
            string.ascii_uppercase + "234567", 16), prefixes=False))

    def sk(self):
        return self.L("aws-secret-key", self.uniq(lambda: self.rs(ALNUM * 3 + "+/", 40)))

    def ghp(self, kind="ghp"):
        def make():
            body = self.rs(ALNUM, 30)
            return f"{kind}_" + body + b62(zlib.crc32(body.encode()), 6)
        return self.uniq(make, prefixes=False)

    def glpat(self):
        return self.uniq(lambda: "glpat-" + self.rs(ALNUM + "-_", 20), prefixes=False)

    def xox(self, kind="b"):
        return self.uniq(lambda: f"xox{kind}-" + str(self.ri(10 ** 10, 10 ** 12)) + "-" + str(
            self.ri(10 ** 12, 10 ** 13)) + "-" + self.rs(ALNUM, 24), prefixes=False)

    def slackwh(self):
        return self.uniq(lambda: "https://hooks.slack.com/services/T" + self.rs(UPPER_DIG, 10) + "/B" +
                         self.rs(UPPER_DIG, 10) + "/" + self.rs(ALNUM, 24), prefixes=False)

    def sklive(self, kind="sk"):
        return self.uniq(lambda: f"{kind}_live_51" + self.rs(ALNUM, 97), prefixes=False)

    def sg(self):
        return self.uniq(lambda: "SG." + self.rs(B64U, 22) + "." + self.rs(B64U, 43), prefixes=False)

    def hf(self):
        return self.uniq(lambda: "hf_" + self.rs(string.ascii_letters, 34), prefixes=False)

    def npm(self):
        return self.uniq(lambda: "npm_" + self.rs(ALNUM, 36), prefixes=False)

    def aiza(self):
        return self.uniq(lambda: "AIza" + self.rs(ALNUM + "-_", 35), prefixes=False)

    def ant(self):
        return self.uniq(lambda: "sk-ant-api03-" + self.rs(B64U, 93) + "AA", prefixes=False)

    def oai(self):
        return self.uniq(lambda: "sk-proj-" + self.rs(B64U, 74) + "T3BlbkFJ" + self.rs(B64U, 74), prefixes=False)

    def shpat(self):
        return self.uniq(lambda: "shpat_" + self.rs(HEX, 32), prefixes=False)

    def mg(self):
        return self.uniq(lambda: "key-" + self.rs(HEX, 32), prefixes=False)

    def azkey(self):
        return self.uniq(lambda: base64.b64encode(self.r.randbytes(64)).decode(), prefixes=False)

    def pypi(self):
        return self.uniq(lambda: "pypi-AgEIcHlwaS5vcmc" + self.rs(B64U, 150), prefixes=False)

    # -- personal data
    def person(self, nat="se", sex=None):
        sex = sex or self.ch("MF")
        if nat == "se":
            f = self.ch(FIRST_M if sex == "M" else FIRST_F)
            l = self.ch(LAST_SE)
        elif nat == "fi":
            f = self.ch(FIRST_FI_M if sex == "M" else FIRST_FI_F)
            l = self.ch(LAST_FI)
        elif nat == "no":
            f, l = self.ch(FIRST_NO), self.ch(LAST_NO)
        else:
            f, l = self.ch(FIRST_DK), self.ch(LAST_DK)
        return f, l, sex

    def bdate(self, years=(1950, 2003)):
        y = self.ri(*years)
        m = self.ri(1, 12)
        dd = self.ri(1, 28)
        return datetime.date(y, m, dd)

    def pnr(self, form="short-", years=(1945, 2004), sex=None, samord=False, date=None, lab=True):
        def make():
            dt = date or self.bdate(years)
            dd = dt.day + (60 if samord else 0)
            base = f"{dt.year % 100:02d}{dt.month:02d}{dd:02d}"
            nnn = self.ri(0, 99) * 10
            s3 = self.ri(0, 9)
            if sex == "M" and s3 % 2 == 0:
                s3 = (s3 + 1) % 10
            if sex == "F" and s3 % 2 == 1:
                s3 = (s3 + 1) % 10
            n3 = f"{(nnn // 10):02d}{s3}"
            nine = base + n3
            ten = nine + luhn_digit(nine)
            cent = f"{dt.year // 100:02d}"
            sep = "+" if (form.endswith("-") and dt.year < 1926) else "-"
            return {"short-": ten[:6] + sep + ten[6:], "short": ten, "long": cent + ten,
                    "long-": cent + ten[:6] + "-" + ten[6:]}[form]
        v = self.uniq(make, check_bad=False)
        return self.L("se-personnummer", v, "nordic") if lab else v

    def lkpnr(self, form="long-", years=(2005, 2026)):
        """date-shaped Luhn-valid number that is not a personnummer (an order, case, booking number)."""
        def make():
            dt = self.bdate(years)
            base = f"{dt.year % 100:02d}{dt.month:02d}{dt.day:02d}" + f"{self.ri(0, 999):03d}"
            ten = base + luhn_digit(base)
            cent = f"{dt.year // 100:02d}"
            return {"short-": ten[:6] + "-" + ten[6:], "short": ten, "long": cent + ten,
                    "long-": cent + ten[:6] + "-" + ten[6:]}[form]
        return self.X(self.uniq(make, check_bad=False))

    def orgnr(self, dash=True):
        def make():
            base = self.ch("2589") + str(self.ri(0, 9)) + str(self.ri(2, 9)) + f"{self.ri(0, 999999):06d}"
            s = base[:9]
            s = s[:2] + str(self.ri(2, 9)) + s[3:]
            ten = s + luhn_digit(s)
            return ten[:6] + "-" + ten[6:] if dash else ten
        return self.X(self.uniq(make, check_bad=False))

    def hetu(self, years=(1945, 2004), date=None, new_signs=False):
        def make():
            dt = date or self.bdate(years)
            if dt.year >= 2000:
                sign = self.ch("BCDEF") if new_signs else "A"
            else:
                sign = self.ch("YXWVU") if new_signs else "-"
            nnn = f"{self.ri(2, 899):03d}"
            head = f"{dt.day:02d}{dt.month:02d}{dt.year % 100:02d}"
            return head + sign + nnn + HETU_CHARS[int(head + nnn) % 31]
        return self.L("fi-hetu", self.uniq(make, check_bad=False), "nordic")

    def phone(self, cc="se", style="intl", lab=True, grp=None):
        def make():
            if cc == "se":
                p = self.ch(["70", "72", "73", "76", "79"])
                a, b, c = f"{self.ri(200, 999)}", f"{self.ri(10, 99)}", f"{self.ri(10, 99)}"
                return {"intl": f"+46 {p} {a} {b} {c}", "intl0": f"+46{p}{a}{b}{c}", "nat": f"0{p}-{a} {b} {c}",
                        "nat0": f"0{p}{a}{b}{c}", "dash": f"0{p}-{a}{b}{c}", "e164": f"46{p}{a}{b}{c}"}[style]
            if cc == "se-land":
                a = f"{self.ri(500, 799)} {self.ri(10, 99)} {self.ri(10, 99)}"
                return {"intl": f"+46 8 {a}", "nat": f"08-{a}"}[style]
            if cc == "fi":
                p = self.ch(["40", "41", "44", "45", "50"])
                a, b = f"{self.ri(100, 999)}", f"{self.ri(1000, 9999)}"
                return {"intl": f"+358 {p} {a} {b}", "intl0": f"+358{p}{a}{b}", "nat": f"0{p} {a} {b}",
                        "nat0": f"0{p}{a}{b}", "dash": f"0{p}-{a}{b}", "e164": f"358{p}{a}{b}"}[style]
            if cc == "no":
                n = self.ch("49") + f"{self.ri(0, 9999999):07d}"
                return {"intl": f"+47 {n[:3]} {n[3:5]} {n[5:]}", "intl0": f"+47{n}", "nat": f"{n[:3]} {n[3:5]} {n[5:]}",
                        "nat0": n, "e164": f"47{n}", "dash": f"{n[:3]} {n[3:5]} {n[5:]}"}[style]
            if cc == "dk":
                n = self.ch(["2", "3", "4", "5", "6", "7"]) + f"{self.ri(0, 9999999):07d}"
                sp = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
                return {"intl": f"+45 {sp}", "intl0": f"+45{n}", "nat": sp, "nat0": n, "e164": f"45{n}",
                        "dash": sp}[style]
            if cc == "de":
                return f"+49 1{self.ch(['51', '52', '60', '70', '76'])} {self.ri(1000000, 99999999)}"
            if cc == "uk":
                return f"+44 7{self.ri(400, 999)} {self.ri(100000, 999999)}"
            if cc == "us":
                return f"+1 {self.ri(201, 989)}-{self.ri(201, 989)}-{self.ri(2000, 9999)}"
            if cc == "nl":
                return f"+31 6 {self.ri(10000000, 99999999)}"
            if cc == "pl":
                return f"+48 {self.ri(500, 799)} {self.ri(100, 999)} {self.ri(100, 999)}"
            raise ValueError(cc)
        v = self.uniq(make, check_bad=False)
        if grp is None:
            grp = "nordic" if cc in ("se", "se-land", "fi", "no", "dk") else "rest"
        return self.L("phone", v, grp) if lab else v

    def iban(self, cc="se", spaced=False, lab=True):
        def make():
            if cc == "se":
                bban = self.ch(["500", "800", "600", "300", "120", "930"]) + f"{self.ri(0, 10 ** 17 - 1):017d}"
            elif cc == "fi":
                b = self.ch(["1", "5", "8", "4"]) + f"{self.ri(0, 10 ** 12 - 1):012d}"
                bban = b + luhn_digit(b)
            elif cc == "no":
                while True:
                    b = f"{self.ri(1000, 9999)}" + f"{self.ri(0, 999999):06d}"
                    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                    c = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
                    if c == 11:
                        c = 0
                    if c != 10:
                        bban = b + str(c)
                        break
            elif cc == "dk":
                bban = f"{self.ri(1000, 9999)}" + f"{self.ri(0, 10 ** 10 - 1):010d}"
            elif cc == "de":
                bban = f"{self.ri(10000000, 89999999)}" + f"{self.ri(0, 10 ** 10 - 1):010d}"
            else:
                raise ValueError(cc)
            C = cc.upper()
            s = C + iban_check(C, bban) + bban
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
        v = self.uniq(make, check_bad=False)
        grp = "nordic" if cc in ("se", "fi", "no", "dk") else "rest"
        return self.L("iban", v, grp) if lab else v

    def card(self, net="visa", sep="", lab=True):
        def make():
            if net == "visa":
                pre, n = "4" + str(self.ri(0, 9)) + str(self.ri(10, 99)), 16
            elif net == "mc":
                pre, n = (str(self.ri(51, 55)) if self.r.random() < 0.7 else str(self.ri(2221, 2720))), 16
            elif net == "amex":
                pre, n = self.ch(["34", "37"]), 15
            elif net == "disc":
                pre, n = "6011", 16
            elif net == "jcb":
                pre, n = str(self.ri(3528, 3589)), 16
            elif net == "diners":
                pre, n = "36", 14
            else:
                raise ValueError(net)
            body = pre + "".join(str(self.ri(0, 9)) for _ in range(n - len(pre) - 1))
            num = body + luhn_digit(body)
            if num in TEST_CARDS or len(set(num[1:])) < 5:
                return make()
            if not sep:
                return num
            if n == 15:
                return sep.join([num[:4], num[4:10], num[10:]])
            if n == 14:
                return sep.join([num[:4], num[4:10], num[10:]])
            return sep.join(num[i:i + 4] for i in range(0, n, 4))
        v = self.uniq(make, check_bad=False)
        return self.L("credit-card", v) if lab else v

    def lkcard(self, n=16, first="7"):
        """Luhn-valid number of no card network (order / gift card / OCR id)."""
        def make():
            body = first + "".join(str(self.ri(0, 9)) for _ in range(n - 2))
            return body + luhn_digit(body)
        return self.X(self.uniq(make, check_bad=False))

    def mask(self, net="visa"):
        tail = f"{self.ri(0, 9999):04d}"
        head = {"visa": "4" + f"{self.ri(0, 99999):05d}", "mc": "5" + str(self.ri(1, 5)) + f"{self.ri(0, 9999):04d}"}[net]
        return self.X(head + "******" + tail)

    def email(self, first, last, domain=None, style=None):
        dom = domain or self.ch(MAIL_DOMAINS)
        f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
        style = style or self.ch(["dot", "dot", "init", "num"])
        loc = {"dot": f"{f}.{l}", "init": f"{f[0]}{l}", "num": f"{f}.{l}{self.ri(10, 99)}",
               "under": f"{f}_{l}"}[style]
        v = loc + "@" + dom
        if v in self.ctx.used:
            v = f"{f}.{l}{self.ri(2, 9)}@{dom}"
        self.ctx.used.add(v)
        return self.L("email", v)

    def ipv4(self, lab=True):
        def make():
            a = self.ch([31, 37, 46, 62, 77, 78, 79, 81, 83, 85, 87, 88, 89, 90, 91, 92, 94, 95, 109, 130,
                         141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            return f"{a}.{self.ri(1, 254)}.{self.ri(0, 254)}.{self.ri(1, 254)}"
        v = self.uniq(make, check_bad=False)
        return self.L("ipv4", v) if lab else self.X(v)

    def ipv6(self):
        def make():
            p = self.ch(["2a00", "2a01", "2a02", "2a05", "2001:67c", "2a10", "2606"])
            rest = ":".join(f"{self.ri(1, 0xffff):x}" for _ in range(8 - len(p.split(":"))))
            return p + ":" + rest
        return self.L("ipv6", self.uniq(make, check_bad=False))

    def passport(self, cc="se"):
        def make():
            if cc == "se":
                return f"{self.ri(10000000, 99999999)}"
            if cc == "fi":
                return self.rs(string.ascii_uppercase, 2) + f"{self.ri(1000000, 9999999)}"
            if cc == "de":
                return self.ch("CFGHJK") + self.rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
            if cc in ("uk", "us"):
                return f"{self.ri(100000000, 999999999)}"
            if cc == "fr":
                return f"{self.ri(10, 99)}" + self.rs(string.ascii_uppercase, 2) + f"{self.ri(10000, 99999)}"
            if cc in ("it", "pl"):
                return self.rs(string.ascii_uppercase, 2) + f"{self.ri(1000000, 9999999)}"
            if cc == "es":
                return self.rs(string.ascii_uppercase, 3) + f"{self.ri(100000, 999999)}"
            if cc == "nl":
                return self.rs("BCDFGHJKLMNPRSTVWXZ", 2) + self.rs("BCDFGHJKLMNPRSTVWXZ0123456789", 6) + str(self.ri(0, 9))
            if cc == "in":
                return self.ch("JKLMNPRSTVWZ") + f"{self.ri(1000000, 9999999)}"
            raise ValueError(cc)
        return self.L("passport", self.uniq(make))

    def ssn(self):
        def make():
            a = self.ri(1, 899)
            if a == 666:
                a = 667
            return f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"
        return self.L("us-ssn", self.uniq(make, check_bad=False))

    def nino(self, spaced=True):
        def make():
            a = self.ch("ABCEGHJKLMNPRSTWXYZ")
            b = self.ch("ABCEGHJKLMNPRSTWXYZ")
            if a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                return make()
            dg = f"{self.ri(0, 999999):06d}"
            s = self.ch("ABCD")
            return f"{a}{b} {dg[:2]} {dg[2:4]} {dg[4:]} {s}" if spaced else f"{a}{b}{dg}{s}"
        return self.L("uk-nino", self.uniq(make, check_bad=False))

    def bsn(self):
        def make():
            while True:
                s = str(self.ri(1, 9)) + f"{self.ri(0, 9999999):07d}"
                t = sum(int(s[i]) * (9 - i) for i in range(8)) % 11
                if t < 10:
                    return s + str(t)
        return self.L("nl-bsn", self.uniq(make, check_bad=False))

    def steuer(self):
        def make():
            while True:
                digits = self.r.sample("0123456789", 9)
                if digits[0] == "0":
                    continue
                dup = self.ch(digits[1:])
                lst = digits + [dup]
                rest = lst[1:]
                self.r.shuffle(rest)
                s10 = lst[0] + "".join(rest)
                if s10[0] == "0":
                    continue
                return s10 + str(steuer_check(s10))
        return self.L("de-steuer-id", self.uniq(make, check_bad=False))

    def nir(self, spaced=True):
        def make():
            sx = self.ch("12")
            yy, mm = self.ri(50, 99), self.ri(1, 12)
            dep = f"{self.ri(1, 95):02d}"
            if dep == "20":
                dep = "21"
            com, order = f"{self.ri(1, 899):03d}", f"{self.ri(1, 999):03d}"
            s13 = f"{sx}{yy:02d}{mm:02d}{dep}{com}{order}"
            key = f"{97 - int(s13) % 97:02d}"
            if spaced:
                return f"{sx} {yy:02d} {mm:02d} {dep} {com} {order} {key}"
            return s13 + key
        return self.L("fr-nir", self.uniq(make, check_bad=False))

    def dni(self, nie=False):
        def make():
            if nie:
                p = self.ch("XYZ")
                n = f"{self.ri(0, 9999999):07d}"
                return p + n + DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
            n = f"{self.ri(10000000, 79999999)}"
            return n + DNI_LETTERS[int(n) % 23]
        return self.L("es-dni", self.uniq(make, check_bad=False))

    def cf(self, sur, name, dt, female=False):
        def cons(s):
            s = ascii_fold(s).upper()
            c = [x for x in s if x.isalpha() and x not in "AEIOU"]
            v = [x for x in s if x in "AEIOU"]
            return c, v
        c, v = cons(sur)
        s3 = "".join((c + v + ["X", "X", "X"])[:3])
        c, v = cons(name)
        if len(c) >= 4:
            n3 = c[0] + c[2] + c[3]
        else:
            n3 = "".join((c + v + ["X", "X", "X"])[:3])
        day = dt.day + (40 if female else 0)
        code = self.ch(["H501", "F205", "L219", "G273", "A662", "D612"])
        s15 = f"{s3}{n3}{dt.year % 100:02d}{'ABCDEHLMPRST'[dt.month - 1]}{day:02d}{code}"
        return self.L("it-codice-fiscale", s15 + cf_check(s15))

    def aadhaar(self, spaced=True):
        def make():
            s = str(self.ri(2, 9)) + f"{self.ri(0, 10 ** 10 - 1):010d}"
            s = s + verhoeff_digit(s)
            return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s
        return self.L("in-aadhaar", self.uniq(make, check_bad=False))

    def pem(self, kind="rsa", nl="\n"):
        r = self.r
        if kind == "rsa":
            der = bytes.fromhex("308204a40201000282010100") + r.randbytes(1180)
            head, foot = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        elif kind == "pkcs8":
            der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + r.randbytes(1180)
            head, foot = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        elif kind == "ec":
            der = (bytes.fromhex("30770201010420") + r.randbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
                   + r.randbytes(64))
            head, foot = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"
        elif kind == "openssh":
            der = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33"
                   b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + r.randbytes(32) + b"\x00\x00\x00\x88" + r.randbytes(136))
            head, foot = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
        else:
            raise ValueError(kind)
        body = base64.b64encode(der).decode()
        lines = [body[i:i + (70 if kind == "openssh" else 64)] for i in range(0, len(body), 70 if kind == "openssh" else 64)]
        v = nl.join([head] + lines + [foot])
        return self.L("private-key", v)

    # -- look-alikes
    def uuid(self):
        return self.X(str(uuid_from(self.r)))

    def sha1(self):
        return self.X(self.rs(HEX, 40))

    def sha256(self):
        return self.X(self.rs(HEX, 64))

    def md5(self):
        return self.X(self.rs(HEX, 32))

    def commit(self):
        return self.X(self.rs(HEX, 40))

    def anx(self, n):
        return self.X(self.uniq(lambda: self.rs(ALNUM, n)))

    def hexx(self, n):
        return self.X(self.rs(HEX, n))

    def bcrypt(self):
        return self.X("$2y$10$" + self.rs(string.ascii_letters + string.digits + "./", 53))


def uuid_from(r):
    import uuid
    return uuid.UUID(bytes=r.randbytes(16), version=4)


def ascii_fold(s):
    return (s.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("Å", "A").replace("Ä", "A")
            .replace("Ö", "O").replace("ø", "o").replace("æ", "ae").replace("é", "e").replace("ü", "u"))


def default_group(cat):
    if cat in ("password", "url-credentials|password", "generic-secret|password"):
        return "password"
    if cat == "generic-secret":
        return "generic"
    if cat in ("bearer-token", "jwt|bearer-token"):
        return "bearer"
    if cat in ("se-personnummer", "fi-hetu"):
        return "nordic"
    if cat == "credit-card":
        return "card"
    return "rest"


def _dob(self, dt, fmt="%Y-%m-%d", grp="nordic"):
    return self.L("date-of-birth", dt.strftime(fmt), grp)


Doc.dob = _dob
