"""Value generators, checksums and the Doc helper for dev31 (stdlib only)."""
import base64
import datetime
import hashlib
import json
import random
import re
import string
import zlib

SEED = 31031
USED = set()          # every random value handed out, set-wide
BIRTHDATES = set()

BAD_WORDS = ("test", "exampl", "fake", "dummy", "sampl", "pass", "secret", "token",
             "admin", "key", "xxx", "123", "abc", "demo", "todo", "null", "none", "true",
             "false", "chang", "redact", "local", "live", "sk_", "pk_", "rk_", "akia", "asia",
             "eyj", "aiza", "ghp", "gho", "ghs", "ghu", "ghr", "xox", "glpat", "npm_",
             "hf_", "sg.", "whsec", "shp", "fuck", "shit", "cunt", "sex", "nazi", "0000",
             "aaaa", "ffff", "qwer", "asdf", "zzzz", "pwd", "pw_", "dev", "prod", "insecure",
             "mask", "hidden", "ssn", "sk-", "pypi", "glsa", "fm2_", "re_", "pat", "cfpat")

ALNUM = string.ascii_letters + string.digits
LOWERNUM = string.ascii_lowercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
WP_CHARS = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            "!@#$%^&*()-_ []{}<>~`+=,.;:/?|")
DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


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


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s[0] != "0"


def steuer_check(ten):
    product = 10
    for ch in ten:
        sm = (int(ch) + product) % 10
        if sm == 0:
            sm = 10
        product = (sm * 2) % 11
    chk = 11 - product
    return "0" if chk == 10 else str(chk % 10 if chk != 11 else 0)


def steuer_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(c) for c in set(s[:10])]
    if not (counts.count(2) == 1 or counts.count(3) == 1) or max(counts) > 3:
        return False
    return steuer_check(s[:10]) == s[10]


def nir_ok(s):
    s = s.replace(" ", "")
    if len(s) != 15 or not s.isdigit():
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    n = m.group(2)
    if m.group(1):
        if len(n) != 7:
            return False
        n = "XYZ".index(m.group(1)).__str__() + n
    elif len(n) != 8:
        return False
    return DNI_LETTERS[int(n) % 23] == m.group(3)


CF_ODD = {c: v for c, v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])}
CF_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                        14, 16, 10, 22, 25, 24, 23])))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s15):
    t = 0
    for i, c in enumerate(s15):
        t += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + t % 26)


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_ok(s):
    m = re.fullmatch(r"(\d{6})([-+ABCDEFYXWVU])(\d{3})([0-9A-Y])", s)
    if not m:
        return False
    dd, mm = int(s[0:2]), int(s[2:4])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    return HETU_CHARS[int(m.group(1) + m.group(3)) % 31] == m.group(4)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def pnr_date_ok(yy, mm, dd, century=None):
    try:
        y = (century * 100 + yy) if century is not None else (1900 + yy)
        if dd > 60:
            dd -= 60
        datetime.date(y if century is not None else 2000, mm, dd) if century is None else datetime.date(y, mm, dd)
        return True
    except ValueError:
        return False


def pnr_ok(s):
    """s: 10 or 12 digits with optional -/+ separator"""
    d = s.replace("-", "").replace("+", "")
    if not d.isdigit() or len(d) not in (10, 12):
        return False
    if len(d) == 12:
        if d[:2] not in ("18", "19", "20"):
            return False
        cent = int(d[:2]); d10 = d[2:]
    else:
        cent = None; d10 = d
    yy, mm, dd = int(d10[0:2]), int(d10[2:4]), int(d10[4:6])
    if not (1 <= mm <= 12):
        return False
    if dd > 60:
        dd -= 60
    if not (1 <= dd <= 31):
        return False
    try:
        datetime.date((cent * 100 + yy) if cent else 2000, mm, dd)
    except ValueError:
        return False
    return luhn_ok(d10)


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
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or (a + b) in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


def card_network(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    if n in (16, 19) and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if n == 14 and (d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305):
        return "diners"
    if n in (16, 17, 18, 19) and d[:2] == "62":
        return "unionpay"
    if 12 <= n <= 19 and d[:4] in ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"):
        return "maestro"
    return None


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
              "4012888888881881", "5200828282828210", "4000000000000002"}

RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".test", ".invalid", ".example",
                    "localhost", ".local", ".localhost")


def email_reserved(addr):
    dom = addr.replace("%40", "@").replace("//", "@").split("@", 1)[1].lower()
    return any(dom == r.lstrip(".") or dom.endswith(r if r.startswith(".") else "." + r) or dom == r
               for r in RESERVED_DOMAINS)


def ip_public(ip):
    try:
        p = [int(x) for x in ip.split(".")]
    except ValueError:
        return False
    if len(p) != 4 or any(x > 255 for x in p):
        return False
    a, b, c = p[0], p[1], p[2]
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 172 and 16 <= b <= 31:
        return False
    if a == 192 and b == 168:
        return False
    if a == 169 and b == 254:
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0), (192, 88, 99)):
        return False
    if a == 198 and b in (18, 19):
        return False
    return True


# ------------------------------------------------------------------ names
FIRST = {
    "se": ["Elsa", "Maja", "Astrid", "Linnea", "Ebba", "Wilma", "Oskar", "Viktor", "Hugo", "Nils", "Axel", "Ingrid", "Sigrid", "Gustav", "Karin", "Johan", "Petra", "Leif"],
    "fi": ["Aino", "Eino", "Veeti", "Siiri", "Onni", "Helmi", "Juho", "Leena", "Mikko", "Satu", "Ilkka", "Tuula", "Aleksi", "Noora"],
    "no": ["Ingvild", "Sindre", "Ragnhild", "Torbjørn", "Solveig", "Eirik", "Kari", "Håkon", "Synnøve"],
    "dk": ["Mette", "Søren", "Freja", "Rasmus", "Kirsten", "Mads", "Lærke", "Jesper"],
    "de": ["Jonas", "Lena", "Lukas", "Mia", "Felix", "Hannah", "Tobias", "Katrin", "Jürgen", "Sabine", "Matthias", "Ute"],
    "nl": ["Daan", "Sanne", "Bram", "Femke", "Joost", "Lotte", "Ruben", "Anouk", "Sjoerd", "Marloes"],
    "fr": ["Camille", "Lucas", "Chloé", "Hugo", "Manon", "Théo", "Élodie", "Mathieu", "Inès", "Julien"],
    "es": ["Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Pablo", "Nerea", "Sergio", "Ainhoa"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Elena", "Matteo", "Sara", "Paolo"],
    "uk": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Imogen", "Callum", "Niamh"],
    "us": ["Tyler", "Ashley", "Brandon", "Megan", "Jordan", "Kayla", "Dustin", "Brittany", "Marcus", "Shanice", "Cody", "Heather"],
    "in": ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Sneha"],
    "pl": ["Zofia", "Jakub", "Katarzyna", "Mateusz", "Agnieszka", "Piotr"],
    "pt": ["Beatriz", "João", "Mariana", "Tiago", "Rafaela", "Gonçalo"],
    "ee": ["Kadri", "Mart", "Liis", "Tõnu"],
}
LAST = {
    "se": ["Lindqvist", "Bergström", "Holm", "Sandberg", "Nyström", "Ekdahl", "Forsberg", "Wallin", "Åberg", "Lundgren", "Hedlund", "Sjöberg", "Engström", "Dahl"],
    "fi": ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkinen", "Laine", "Koskinen", "Järvinen", "Lehtonen", "Salonen"],
    "no": ["Hansen", "Johannessen", "Berg", "Haugen", "Bakken", "Solberg", "Strand", "Lie"],
    "dk": ["Nielsen", "Jensen", "Rasmussen", "Kristensen", "Sørensen", "Thomsen"],
    "de": ["Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf", "Neumann"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fontaine"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Iglesias"],
    "it": ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"],
    "uk": ["Thompson", "Walsh", "Hughes", "Patel", "Robinson", "Clarke", "Fletcher", "Baxter", "Doyle"],
    "us": ["Miller", "Jackson", "Rodriguez", "Nguyen", "Carter", "Hayes", "Sullivan", "Coleman", "Reyes", "Bennett", "Foster"],
    "in": ["Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Kulkarni"],
    "pl": ["Nowak", "Kowalczyk", "Wiśniewska", "Zieliński", "Mazur"],
    "pt": ["Ferreira", "Costa", "Oliveira", "Pereira", "Rodrigues"],
    "ee": ["Tamm", "Saar", "Kask", "Mägi"],
}

FEMALE = {"Elsa", "Maja", "Astrid", "Linnea", "Ebba", "Wilma", "Ingrid", "Sigrid", "Karin", "Petra", "Aino", "Siiri",
          "Helmi", "Leena", "Satu", "Tuula", "Noora", "Ingvild", "Ragnhild", "Solveig", "Kari", "Synnøve", "Mette",
          "Freja", "Kirsten", "Lærke", "Lena", "Mia", "Hannah", "Katrin", "Sabine", "Ute", "Sanne", "Femke", "Lotte",
          "Anouk", "Marloes", "Camille", "Chloé", "Manon", "Élodie", "Inès", "Lucía", "Carmen", "Marta", "Nerea",
          "Ainhoa", "Giulia", "Chiara", "Francesca", "Elena", "Sara", "Amelia", "Isla", "Poppy", "Imogen", "Niamh",
          "Ashley", "Megan", "Kayla", "Brittany", "Shanice", "Heather", "Priya", "Ananya", "Kavya", "Sneha", "Zofia",
          "Katarzyna", "Agnieszka", "Beatriz", "Mariana", "Rafaela", "Kadri", "Liis"}

_TRANS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "ü": "u", "é": "e",
                        "è": "e", "í": "i", "ó": "o", "ú": "u", "ç": "c", "ã": "a", "õ": "o",
                        "ś": "s", "ł": "l", "ñ": "n", "ß": "ss", "ê": "e"})


def ascii_name(s):
    return s.lower().translate(_TRANS).replace(" ", "").replace("'", "")


# ------------------------------------------------------------------ Doc
class Doc:
    def __init__(self, carrier, path, desc, group, module):
        self.carrier, self.path, self.desc, self.group, self.module = carrier, path, desc, group, module
        h = hashlib.sha256(f"{SEED}+{carrier}/{path}".encode()).digest()
        self.rng = random.Random(int.from_bytes(h[:8], "big"))
        self.labels = []
        self.looks = []
        self.glued = set()
        self.text = None

    # --- labelling
    def L(self, cat, v):
        if (cat, v) not in self.labels:
            self.labels.append((cat, v))
        return v

    def X(self, v):
        if v not in self.looks:
            self.looks.append(v)
        return v

    def glue(self, v):
        self.glued.add(v)
        return v

    # --- raw random
    def _uniq(self, fn, check=None, bad=True):
        for _ in range(10000):
            v = fn()
            low = v.lower()
            if bad and any(w in low for w in BAD_WORDS):
                continue
            if re.search(r"(.)\1\1\1", v):
                continue
            if check and not check(v):
                continue
            if v in USED:
                continue
            USED.add(v)
            return v
        raise RuntimeError("no unique value")

    def pick(self, seq):
        return self.rng.choice(seq)

    def chars(self, n, alphabet, bad=True, check=None):
        return self._uniq(lambda: "".join(self.rng.choice(alphabet) for _ in range(n)), check, bad)

    def hex(self, n, upper=False):
        a = "0123456789ABCDEF" if upper else "0123456789abcdef"
        return self.chars(n, a, check=lambda v: sum(c.isdigit() for c in v) not in (0, n)
                          and sum(c.isalpha() for c in v) >= n // 5)

    def alnum(self, n):
        return self.chars(n, ALNUM, check=lambda v: any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v))

    def lowalnum(self, n):
        return self.chars(n, LOWERNUM, check=lambda v: sum(c.isdigit() for c in v) >= 2 and sum(c.isalpha() for c in v) >= 2)

    def b64url(self, n):
        return self.chars(n, B64URL, check=lambda v: any(c.isdigit() for c in v) and any(c.isupper() for c in v) and v[0] not in "-_" and v[-1] not in "-_")

    def b64(self, nbytes):
        """standard base64 of nbytes random bytes (with padding)"""
        def f():
            return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(nbytes))).decode()
        return self._uniq(f, check=lambda v: v[0] not in "+/" and any(c.isdigit() for c in v))

    def b64u_bytes(self, nbytes, pad=False):
        def f():
            s = base64.urlsafe_b64encode(bytes(self.rng.randrange(256) for _ in range(nbytes))).decode()
            return s if pad else s.rstrip("=")
        return self._uniq(f, check=lambda v: v[0] not in "-_" and v.rstrip("=")[-1] not in "-_")

    def digits(self, n, first="123456789"):
        return self._uniq(lambda: self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1)),
                          check=clean_number, bad=False)

    def num(self, n, first="123456789"):
        """random number (id) registered as look-alike? no: it passes no checksum"""
        return self.digits(n, first)

    def uuid(self):
        v = self.hex(32)
        v = v[:12] + "4" + v[13:16] + self.pick("89ab") + v[17:]
        u = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
        return self.X(u)

    def sha256(self):
        return self.X(hashlib.sha256(self.hex(24).encode()).hexdigest())

    def sha1(self):
        return self.X(hashlib.sha1(self.hex(24).encode()).hexdigest())

    def bcrypt(self):
        return self.X("$2b$12$" + self.chars(53, "./" + ALNUM))

    def ts(self, base=None, spread_s=86400 * 20):
        base = base or datetime.datetime(2026, 11, 2, 6, 0, 0)
        return base + datetime.timedelta(seconds=self.rng.randrange(spread_s))

    # --- labelled generic secrets
    def secret(self, shape):
        k, _, n = shape.partition(":")
        n = int(n) if n else 0
        if k == "hex":
            v = self.hex(n)
        elif k == "HEX":
            v = self.hex(n, upper=True)
        elif k == "b64":
            v = self.b64(n)
        elif k == "b64u":
            v = self.b64u_bytes(n)
        elif k == "alnum":
            v = self.alnum(n)
        elif k == "low":
            v = self.lowalnum(n)
        elif k == "url":
            v = self.b64url(n)
        elif k == "wp":
            v = self.chars(64, WP_CHARS, check=lambda v: v[0] != " " and v[-1] != " " and "  " not in v and not re.search(r"@[a-z_][a-z0-9_]*@", v))
        elif k == "django":
            v = self.chars(50, DJANGO_CHARS, check=lambda v: not v.startswith("django") and not re.search(r"@[a-z_][a-z0-9_]*@", v))
        elif k == "print":
            al = ALNUM + "!#%&*+-.:=?^_~"
            v = self.chars(n, al, check=lambda v: v[0].isalnum() and v[-1].isalnum())
        else:
            raise ValueError(shape)
        return v

    def S(self, shape, cat="generic-secret"):
        return self.L(cat, self.secret(shape))

    # --- JWT
    def jwt(self, claims, alg="HS256", kid=None):
        hdr = {"alg": alg, "typ": "JWT"}
        if kid:
            hdr = {"alg": alg, "kid": kid, "typ": "JWT"}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.b64u_bytes(32 if alg.startswith("HS") else 256)
        return f"{enc(hdr)}.{enc(claims)}.{sig}"

    # --- vendor tokens
    def ghp(self, prefix="ghp_"):
        def f():
            body = "".join(self.rng.choice(ALNUM) for _ in range(30))
            c = zlib.crc32(body.encode())
            b62 = ""
            while c:
                c, r = divmod(c, 62)
                b62 = (string.digits + string.ascii_letters)[r] + b62
            return prefix + body + b62.rjust(6, "0")
        return self._uniq(f, bad=False, check=lambda v: not any(w in v[len(prefix):].lower() for w in BAD_WORDS))

    def glpat(self):
        return "glpat-" + self.chars(20, ALNUM + "-_", check=lambda v: v[0].isalnum() and v[-1].isalnum())

    def xoxb(self, kind="xoxb"):
        return f"{kind}-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"

    def slack_hook(self):
        return f"https://hooks.slack.com/services/T{self.chars(10, string.ascii_uppercase + string.digits)}/B{self.chars(10, string.ascii_uppercase + string.digits)}/{self.alnum(24)}"

    def stripe(self, kind="sk_live_"):
        return kind + "51" + self.alnum(97)

    def sendgrid(self):
        return "SG." + self.b64url(22) + "." + self.b64url(43)

    def mailgun(self):
        return "key-" + self.hex(32)

    def twilio_sid(self, p="AC"):
        return self.X(p + self.hex(32))

    def openai(self):
        return "sk-proj-" + self.b64url(156)

    def anthropic(self):
        return "sk-ant-api03-" + self.b64url(93) + "AA"

    def google_key(self):
        return "AIza" + self.chars(35, B64URL, check=lambda v: v[-1] not in "-_")

    def shopify(self, p="shpat_"):
        return p + self.hex(32)

    def npm(self):
        return "npm_" + self.alnum(36)

    def hf(self):
        return "hf_" + self.chars(34, string.ascii_letters, check=lambda v: any(c.isupper() for c in v))

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmc" + self.b64url(150)

    def akia(self, p="AKIA"):
        return p + self.chars(16, string.ascii_uppercase + "234567", check=lambda v: sum(c.isdigit() for c in v) >= 3)

    def aws_secret(self):
        return self.chars(40, ALNUM + "+/", check=lambda v: v[0].isalnum() and any(c in "+/" for c in v))

    def azure_key(self):
        return self.b64(64)  # 88 chars ending ==

    # --- personal data
    def name(self, cc):
        seen = self.__dict__.setdefault("_names", set())
        for _ in range(200):
            n = (self.pick(FIRST[cc]), self.pick(LAST[cc]))
            if n not in seen:
                seen.add(n)
                return n
        return n

    def email(self, first, last, domain=None, style=None, label=True):
        dom = domain or self.pick(["gmail.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "yahoo.com"])
        f, l = ascii_name(first), ascii_name(last)
        style = style if style is not None else self.rng.randrange(5)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.rng.randrange(10, 99)}", f"{f}_{l}", f"{l}.{f}"][style]
        v = f"{local}@{dom}"
        if v in USED:
            v = f"{f}.{l}{self.rng.randrange(100, 999)}@{dom}"
        USED.add(v)
        return self.L("email", v) if label else v

    def ip(self):
        def f():
            a = self.pick([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            return f"{a}.{self.rng.randrange(1, 255)}.{self.rng.randrange(0, 255)}.{self.rng.randrange(1, 255)}"
        return self.L("ipv4", self._uniq(f, check=ip_public, bad=False))

    def ipv6(self):
        def f():
            p = self.pick(["2a02", "2a01", "2a00", "2001:9b1", "2a05", "2003"])
            parts = p.split(":")
            while len(parts) < 4:
                parts.append("%x" % self.rng.randrange(0x100, 0xffff))
            return ":".join(parts) + ":" + ":".join("%x" % self.rng.randrange(0x1, 0xffff) for _ in range(4))
        return self.L("ipv6", self._uniq(f, bad=False))

    def privip(self):
        return f"10.{self.rng.randrange(0, 255)}.{self.rng.randrange(0, 255)}.{self.rng.randrange(2, 254)}"

    def birth(self, y0=1950, y1=2004):
        while True:
            d = datetime.date(self.rng.randrange(y0, y1 + 1), self.rng.randrange(1, 13), self.rng.randrange(1, 29))
            if d not in BIRTHDATES:
                BIRTHDATES.add(d)
                return d

    def dob(self, date, fmt="%Y-%m-%d"):
        return self.L("date-of-birth", date.strftime(fmt))

    # Swedish personnummer
    def pnr(self, form="10dash", date=None, samord=False, label=True, female=None):
        while True:
            dt = date or self.birth(1938, 2008)
            dd = dt.day + (60 if samord else 0)
            serial = "%03d" % self.rng.randrange(2, 999)
            if female is not None and (int(serial[-1]) % 2 == 0) != female:
                continue
            d9 = dt.strftime("%y%m") + "%02d" % dd + serial
            v10 = d9 + luhn_digit(d9)
            sep = "+" if (dt.year < 1926 and form == "10dash") else "-"
            v = {"10dash": v10[:6] + sep + v10[6:], "10": v10,
                 "12dash": str(dt.year)[:2] + v10[:6] + "-" + v10[6:], "12": str(dt.year)[:2] + v10}[form]
            if v in USED:
                date = None
                continue
            USED.add(v)
            return self.L("se-personnummer", v) if label else v

    def lkpnr(self, form="10", y0=2005, y1=2026):
        """date-shaped Luhn-valid number that is not a personnummer (booking, case ...)"""
        while True:
            dt = datetime.date(self.rng.randrange(y0, y1 + 1), self.rng.randrange(1, 13), self.rng.randrange(1, 29))
            d9 = dt.strftime("%y%m%d") + "%03d" % self.rng.randrange(0, 999)
            v10 = d9 + luhn_digit(d9)
            v = {"10": v10, "10dash": v10[:6] + "-" + v10[6:], "12": dt.strftime("%Y") + v10[2:] if False else str(dt.year)[:2] + v10,
                 "12dash": str(dt.year)[:2] + v10[:6] + "-" + v10[6:]}[form]
            if v in USED:
                continue
            USED.add(v)
            return self.X(v)

    def hetu(self, date=None, new_sign=False, label=True, female=None):
        while True:
            dt = date or self.birth(1940, 2010)
            if dt.year >= 2000:
                sign = self.pick("BCDEF") if new_sign else "A"
            else:
                sign = self.pick("YXWVU") if new_sign else "-"
            ind = "%03d" % self.rng.randrange(2, 899)
            if female is not None and (int(ind[-1]) % 2 == 0) != female:
                continue
            base = dt.strftime("%d%m%y") + ind
            v = dt.strftime("%d%m%y") + sign + ind + HETU_CHARS[int(base) % 31]
            if v in USED:
                date = None
                continue
            USED.add(v)
            return self.L("fi-hetu", v) if label else v

    def cpr(self, date=None):
        dt = date or self.birth(1945, 2005)
        v = dt.strftime("%d%m%y") + "-" + "%04d" % self.rng.randrange(0, 9999)
        USED.add(v)
        return self.X(v)

    def fnr(self, date=None):
        dt = date or self.birth(1945, 2005)
        while True:
            d = dt.strftime("%d%m%y") + "%03d" % self.rng.randrange(0, 499)
            w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
            k1 = 11 - sum(int(a) * b for a, b in zip(d, w1)) % 11
            if k1 == 11:
                k1 = 0
            if k1 == 10:
                continue
            d += str(k1)
            w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            k2 = 11 - sum(int(a) * b for a, b in zip(d, w2)) % 11
            if k2 == 11:
                k2 = 0
            if k2 == 10:
                continue
            v = d + str(k2)
            USED.add(v)
            return self.X(v)

    def isikukood(self, date=None, male=True):
        dt = date or self.birth(1950, 2004)
        while True:
            first = ("3" if male else "4") if dt.year < 2000 else ("5" if male else "6")
            d = first + dt.strftime("%y%m%d") + "%03d" % self.rng.randrange(0, 999)
            w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
            c = sum(int(a) * b for a, b in zip(d, w1)) % 11
            if c == 10:
                w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
                c = sum(int(a) * b for a, b in zip(d, w2)) % 11
                if c == 10:
                    c = 0
            v = d + str(c)
            USED.add(v)
            return self.X(v)

    def bsn(self, label=True):
        while True:
            d = self.rng.choice("123456789") + "".join(self.rng.choice("0123456789") for _ in range(7))
            t = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
            if t == 10:
                continue
            v = d + str(t)
            if bsn_ok(v) and v not in USED:
                USED.add(v)
                return self.L("nl-bsn", v) if label else v

    def steuer(self, label=True):
        while True:
            digs = list("0123456789")
            self.rng.shuffle(digs)
            ten = digs[:9]
            ten.append(self.rng.choice(ten))
            self.rng.shuffle(ten)
            if ten[0] == "0":
                continue
            s = "".join(ten)
            v = s + steuer_check(s)
            if steuer_ok(v) and v not in USED:
                USED.add(v)
                return self.L("de-steuer-id", v) if label else v

    def nir(self, date=None, male=True, spaced=False, label=True):
        dt = date or self.birth(1950, 2004)
        dept = "%02d" % self.pick([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])
        s13 = ("1" if male else "2") + dt.strftime("%y%m") + dept + "%03d" % self.rng.randrange(1, 999) + "%03d" % self.rng.randrange(1, 999)
        key = "%02d" % (97 - int(s13) % 97)
        v = s13 + key
        if spaced:
            v = f"{s13[0]} {s13[1:3]} {s13[3:5]} {s13[5:7]} {s13[7:10]} {s13[10:13]} {key}"
        USED.add(v)
        return self.L("fr-nir", v) if label else v

    def dni(self, nie=False, label=True):
        if nie:
            p = self.pick("XYZ")
            n7 = "%07d" % self.rng.randrange(0, 9999999)
            v = p + n7 + DNI_LETTERS[int(str("XYZ".index(p)) + n7) % 23]
        else:
            n8 = "%08d" % self.rng.randrange(10000000, 79999999)
            v = n8 + DNI_LETTERS[int(n8) % 23]
        USED.add(v)
        return self.L("es-dni", v) if label else v

    def cf(self, first, last, date, female=False, label=True):
        def cons(s):
            s = ascii_name(s).upper()
            return [c for c in s if c.isalpha() and c not in "AEIOU"], [c for c in s if c in "AEIOU"]
        c, v_ = cons(last)
        sur = (c + v_ + ["X", "X", "X"])[:3]
        c, v_ = cons(first)
        if len(c) >= 4:
            nm = [c[0], c[2], c[3]]
        else:
            nm = (c + v_ + ["X", "X", "X"])[:3]
        month = "ABCDEHLMPRST"[date.month - 1]
        day = "%02d" % (date.day + (40 if female else 0))
        town = self.pick(["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "C351", "B157"])
        s15 = "".join(sur) + "".join(nm) + date.strftime("%y") + month + day + town
        v = s15 + cf_check(s15)
        USED.add(v)
        return self.L("it-codice-fiscale", v) if label else v

    def aadhaar(self, spaced=True, label=True):
        while True:
            d = self.rng.choice("23456789") + "".join(self.rng.choice("0123456789") for _ in range(10))
            v = d + verhoeff_digit(d)
            if verhoeff_ok(v) and v not in USED:
                USED.add(v)
                out = f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v
                USED.add(out)
                return self.L("in-aadhaar", out) if label else out

    def ssn(self, dashed=True, label=True):
        while True:
            a = self.rng.randrange(1, 900)
            if a == 666:
                continue
            v = "%03d%02d%04d" % (a, self.rng.randrange(1, 100), self.rng.randrange(1, 10000))
            if not ssn_ok(v) or v in USED:
                continue
            USED.add(v)
            out = f"{v[:3]}-{v[3:5]}-{v[5:]}" if dashed else v
            return self.L("us-ssn", out) if label else out

    def nino(self, spaced=False, label=True):
        while True:
            a = self.pick("ABCEGHJKLMNOPRSTWXYZ")
            b = self.pick("ABCEGHJKLMNPRSTWXYZ")
            v = a + b + "%06d" % self.rng.randrange(0, 999999) + self.pick("ABCD")
            if nino_ok(v) and v not in USED:
                USED.add(v)
                if spaced:
                    v = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
                return self.L("uk-nino", v) if label else v

    def passport(self, cc="GB", label=True):
        if cc in ("GB", "US", "IN_"):
            v = self.digits(9)
        elif cc == "DE":
            v = self.chars(9, "CFGHJKLMNPRTVWXYZ0123456789", bad=False, check=lambda v: v[0] in "CFGHJK" and sum(c.isdigit() for c in v) >= 3)
        elif cc == "FR":
            v = self.digits(2) + self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(5)
        elif cc == "SE":
            v = self.digits(8)
        elif cc == "IN":
            v = self.pick("JKLMNPRSTUVWZ") + self.digits(7)
        elif cc == "NL":
            v = self.chars(2, "BCDFGHJKLMNPRSTVWXZ", bad=False) + self.chars(6, "BCDFGHJKLMNPRSTVWXZ0123456789", bad=False, check=lambda v: v[-1].isdigit()) + self.digits(1)
        elif cc == "IT":
            v = self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(7)
        elif cc == "ES":
            v = self.chars(3, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(6)
        elif cc == "FI":
            v = self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(7)
        elif cc == "PL":
            v = self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(7)
        elif cc == "BR":
            v = self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(6)
        elif cc == "JP":
            v = self.chars(2, "TMRP", bad=False) + self.digits(7)
        else:
            v = self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ", bad=False) + self.digits(7)
        USED.add(v)
        return self.L("passport", v) if label else v

    def iban(self, cc="SE", spaced=False, label=True):
        lens = {"SE": 20, "DE": 18, "NL": None, "FI": 14, "FR": 23, "ES": 20, "IT": None, "GB": None, "DK": 14, "NO": 11, "BE": 12, "AT": 16, "IE": None, "PL": 24, "PT": 21}
        if cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "SNSB"]) + self.digits(10, "0123456789")
        elif cc == "GB":
            bban = self.pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + self.digits(14)
        elif cc == "IE":
            bban = self.pick(["AIBK", "BOFI"]) + self.digits(14)
        elif cc == "IT":
            bban = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(10, "0123456789") + self.chars(12, string.digits, bad=False)
        else:
            bban = self.digits(lens[cc], "123456789")
        while True:
            cs = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
            v = f"{cc}{cs:02d}{bban}"
            if iban_ok(v):
                break
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        USED.add(v)
        return self.L("iban", v) if label else v

    def card(self, net="visa", sep="", label=True):
        while True:
            if net == "visa":
                p = "4" + self.digits(5, "0123456789"); n = 16
            elif net == "mc":
                p = self.pick(["51", "52", "53", "54", "55"]) + self.digits(4, "0123456789"); n = 16
            elif net == "mc2":
                p = str(self.rng.randrange(2221, 2721)) + self.digits(2, "0123456789"); n = 16
            elif net == "amex":
                p = self.pick(["34", "37"]) + self.digits(4, "0123456789"); n = 15
            elif net == "disc":
                p = "6011" + self.digits(2, "0123456789"); n = 16
            else:
                raise ValueError(net)
            body = p + "".join(self.rng.choice("0123456789") for _ in range(n - len(p) - 1))
            v = body + luhn_digit(body)
            if v in TEST_CARDS or v in USED or re.search(r"(\d)\1\1\1", v):
                continue
            USED.add(v)
            if sep:
                if n == 15:
                    v = f"{v[:4]}{sep}{v[4:10]}{sep}{v[10:]}"
                else:
                    v = sep.join(v[i:i + 4] for i in range(0, 16, 4))
            return self.L("credit-card", v) if label else v

    def lkcard(self, first="7", n=16, sep=""):
        """Luhn-valid number of no card network (gift, fleet, loyalty ...)"""
        while True:
            body = first + "".join(self.rng.choice("0123456789") for _ in range(n - len(first) - 1))
            v = body + luhn_digit(body)
            if card_network(v) or v in USED:
                continue
            USED.add(v)
            if sep:
                v = sep.join(v[i:i + 4] for i in range(0, len(v), 4))
            return self.X(v)

    def imei(self):
        while True:
            body = self.pick(["35", "86", "01"]) + "".join(self.rng.choice("0123456789") for _ in range(12))
            v = body + luhn_digit(body)
            if card_network(v) or v in USED:
                continue
            USED.add(v)
            return self.X(v)

    def masked(self, net="visa"):
        first = {"visa": "4" + self.digits(5, "0123456789"), "mc": "5" + self.digits(5, "0123456789")}[net]
        return self.X(first + "******" + self.digits(4, "0123456789"))

    # phones --------------------------------------------------------------
    def phone(self, cc, style="intl", label=True):
        r = self.rng
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        while True:
            if cc == "se":
                pre = r.choice(["70", "72", "73", "76", "79"]); sub = D(7)
                if pre == "70" and sub.startswith("17406"):
                    continue
                v = {"intl": f"+46 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}", "e164": f"+46{pre}{sub}",
                     "nat": f"0{pre}-{sub[:3]} {sub[3:5]} {sub[5:]}", "plain": f"0{pre}{sub}"}[style]
            elif cc == "fi":
                pre = r.choice(["40", "41", "44", "45", "50"]); sub = D(7)
                v = {"intl": f"+358 {pre} {sub[:3]} {sub[3:]}", "e164": f"+358{pre}{sub}", "nat": f"0{pre} {sub[:3]} {sub[3:]}", "plain": f"0{pre}{sub}"}[style]
            elif cc == "no":
                sub = r.choice("49") + D(7)
                v = {"intl": f"+47 {sub[:3]} {sub[3:5]} {sub[5:]}", "e164": f"+47{sub}", "nat": f"{sub[:3]} {sub[3:5]} {sub[5:]}", "plain": sub}[style]
            elif cc == "dk":
                sub = r.choice(["20", "22", "28", "30", "31", "40", "42", "50", "60", "61"]) + D(6)
                v = {"intl": f"+45 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", "e164": f"+45{sub}", "nat": f"{sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", "plain": sub}[style]
            elif cc == "de":
                pre = r.choice(["151", "152", "160", "162", "170", "171", "172", "176", "157", "163"]); sub = D(8 if pre != "160" else 7)
                v = {"intl": f"+49 {pre} {sub}", "e164": f"+49{pre}{sub}", "nat": f"0{pre} {sub[:4]} {sub[4:]}", "plain": f"0{pre}{sub}"}[style]
            elif cc == "de_land":
                pre = r.choice(["30", "40", "89", "221", "69", "711"]); sub = D(7 if len(pre) == 2 else 6)
                v = {"intl": f"+49 {pre} {sub}", "e164": f"+49{pre}{sub}", "nat": f"0{pre} {sub}", "plain": f"0{pre}{sub}"}[style]
            elif cc == "nl":
                sub = D(8)
                v = {"intl": f"+31 6 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", "e164": f"+316{sub}", "nat": f"06-{sub}", "plain": f"06{sub}"}[style]
            elif cc == "fr":
                sub = r.choice("67") + D(8)
                v = {"intl": f"+33 {sub[0]} {sub[1:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}", "e164": f"+33{sub}", "nat": f"0{sub[0]} {sub[1:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}", "plain": f"0{sub}"}[style]
            elif cc == "es":
                sub = r.choice("67") + D(8)
                v = {"intl": f"+34 {sub[:3]} {sub[3:6]} {sub[6:]}", "e164": f"+34{sub}", "nat": f"{sub[:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}", "plain": sub}[style]
            elif cc == "it":
                sub = "3" + r.choice("234789") + D(8)
                v = {"intl": f"+39 {sub[:3]} {sub[3:6]} {sub[6:]}", "e164": f"+39{sub}", "nat": f"{sub[:3]} {sub[3:]}", "plain": sub}[style]
            elif cc == "uk":
                sub = "7" + r.choice("45789") + D(8)
                if sub.startswith("7700900"):
                    continue
                v = {"intl": f"+44 {sub[:4]} {sub[4:]}", "e164": f"+44{sub}", "nat": f"0{sub[:4]} {sub[4:]}", "plain": f"0{sub}"}[style]
            elif cc == "us":
                area = r.choice(["212", "312", "415", "503", "617", "646", "702", "713", "206", "404", "512", "720", "919"])
                ex = str(r.randrange(201, 999)); ln = D(4)
                if ex == "555":
                    continue
                v = {"intl": f"+1 {area} {ex} {ln}", "e164": f"+1{area}{ex}{ln}", "nat": f"({area}) {ex}-{ln}", "plain": f"{area}-{ex}-{ln}", "dots": f"{area}.{ex}.{ln}"}[style]
            elif cc == "ca":
                area = r.choice(["416", "604", "514", "403", "613"]); ex = str(r.randrange(201, 999)); ln = D(4)
                if ex == "555":
                    continue
                v = {"intl": f"+1 {area} {ex} {ln}", "e164": f"+1{area}{ex}{ln}", "nat": f"({area}) {ex}-{ln}", "plain": f"{area}-{ex}-{ln}"}[style]
            elif cc == "pl":
                sub = r.choice("5678") + D(8)
                v = {"intl": f"+48 {sub[:3]} {sub[3:6]} {sub[6:]}", "e164": f"+48{sub}", "nat": f"{sub[:3]} {sub[3:6]} {sub[6:]}", "plain": sub}[style]
            elif cc == "pt":
                sub = "9" + r.choice("1236") + D(7)
                v = {"intl": f"+351 {sub[:3]} {sub[3:6]} {sub[6:]}", "e164": f"+351{sub}", "nat": f"{sub[:3]} {sub[3:6]} {sub[6:]}", "plain": sub}[style]
            elif cc == "br":
                ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]); sub = "9" + D(8)
                v = {"intl": f"+55 {ddd} {sub[:5]}-{sub[5:]}", "e164": f"+55{ddd}{sub}", "nat": f"({ddd}) {sub[:5]}-{sub[5:]}", "plain": f"{ddd}{sub}"}[style]
            elif cc == "in":
                sub = r.choice("6789") + D(9)
                v = {"intl": f"+91 {sub[:5]} {sub[5:]}", "e164": f"+91{sub}", "nat": f"0{sub[:5]} {sub[5:]}", "plain": sub}[style]
            elif cc == "jp":
                pre = r.choice(["90", "80", "70"]); sub = D(8)
                v = {"intl": f"+81 {pre}-{sub[:4]}-{sub[4:]}", "e164": f"+81{pre}{sub}", "nat": f"0{pre}-{sub[:4]}-{sub[4:]}", "plain": f"0{pre}{sub}"}[style]
            elif cc == "mx":
                sub = r.choice(["55", "33", "81"]) + D(8)
                v = {"intl": f"+52 {sub[:2]} {sub[2:6]} {sub[6:]}", "e164": f"+52{sub}", "nat": f"{sub[:2]} {sub[2:6]} {sub[6:]}", "plain": sub}[style]
            elif cc == "ie":
                sub = "8" + r.choice("35679") + D(7)
                v = {"intl": f"+353 {sub[:2]} {sub[2:5]} {sub[5:]}", "e164": f"+353{sub}", "nat": f"0{sub[:2]} {sub[2:5]} {sub[5:]}", "plain": f"0{sub}"}[style]
            elif cc == "ch":
                sub = "7" + r.choice("6789") + D(7)
                v = {"intl": f"+41 {sub[:2]} {sub[2:5]} {sub[5:7]} {sub[7:]}", "e164": f"+41{sub}", "nat": f"0{sub[:2]} {sub[2:5]} {sub[5:7]} {sub[7:]}", "plain": f"0{sub}"}[style]
            elif cc == "at":
                sub = "6" + r.choice(["64", "60", "76", "99", "50"]) + D(7)
                v = {"intl": f"+43 {sub[:3]} {sub[3:]}", "e164": f"+43{sub}", "nat": f"0{sub[:3]} {sub[3:]}", "plain": f"0{sub}"}[style]
            elif cc == "be":
                sub = "4" + r.choice(["70", "75", "77", "78", "85", "86", "94", "96"]) + D(6)
                v = {"intl": f"+32 {sub[:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}", "e164": f"+32{sub}", "nat": f"0{sub[:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}", "plain": f"0{sub}"}[style]
            elif cc == "ee":
                sub = "5" + D(7)
                v = {"intl": f"+372 {sub[:4]} {sub[4:]}", "e164": f"+372{sub}", "nat": f"{sub[:4]} {sub[4:]}", "plain": sub}[style]
            elif cc == "za":
                sub = r.choice(["72", "82", "83", "84", "60", "71"]) + D(7)
                v = {"intl": f"+27 {sub[:2]} {sub[2:5]} {sub[5:]}", "e164": f"+27{sub}", "nat": f"0{sub[:2]} {sub[2:5]} {sub[5:]}", "plain": f"0{sub}"}[style]
            elif cc == "sg":
                sub = r.choice("89") + D(7)
                v = {"intl": f"+65 {sub[:4]} {sub[4:]}", "e164": f"+65{sub}", "nat": f"{sub[:4]} {sub[4:]}", "plain": sub}[style]
            elif cc == "kr":
                sub = D(8)
                v = {"intl": f"+82 10-{sub[:4]}-{sub[4:]}", "e164": f"+8210{sub}", "nat": f"010-{sub[:4]}-{sub[4:]}", "plain": f"010{sub}"}[style]
            elif cc == "tr":
                sub = "5" + r.choice("0345") + D(8)
                v = {"intl": f"+90 {sub[:3]} {sub[3:6]} {sub[6:8]} {sub[8:]}", "e164": f"+90{sub}", "nat": f"0{sub[:3]} {sub[3:6]} {sub[6:8]} {sub[8:]}", "plain": f"0{sub}"}[style]
            elif cc == "cz":
                sub = r.choice("67") + r.choice("0237") + D(7)
                v = {"intl": f"+420 {sub[:3]} {sub[3:6]} {sub[6:]}", "e164": f"+420{sub}", "nat": f"{sub[:3]} {sub[3:6]} {sub[6:]}", "plain": sub}[style]
            elif cc == "au":
                sub = "4" + D(8)
                if sub.startswith("491570") or sub.startswith("491571") or sub.startswith("491572"):
                    continue
                v = {"intl": f"+61 {sub[:3]} {sub[3:6]} {sub[6:]}", "e164": f"+61{sub}", "nat": f"0{sub[:3]} {sub[3:6]} {sub[6:]}", "plain": f"0{sub}"}[style]
            else:
                raise ValueError(cc)
            if v in USED or not phone_clean(v):
                continue
            USED.add(v)
            return self.L("phone", v) if label else v


def phone_clean(v):
    for m in re.finditer(r"(?<![\w-])(\d{6}|\d{8})([-+]?)(\d{4})(?![\w])", v):
        if pnr_ok(m.group(0)):
            return False
    dg = re.sub(r"\D", "", v)
    for cand in (dg, dg.lstrip("0")):
        if 13 <= len(cand) <= 19 and luhn_ok(cand) and card_network(cand):
            return False
    if len(dg) == 9 and bsn_ok(dg):
        return False
    if len(dg) == 12 and dg[0] in "23456789" and verhoeff_ok(dg):
        return False
    if len(dg) == 11 and steuer_ok(dg):
        return False
    return True


def clean_number(v):
    """a random id must pass none of the checksums the lint looks for"""
    if luhn_ok(v):
        return False
    n = len(v)
    if n == 9 and bsn_ok(v):
        return False
    if n == 11 and steuer_ok(v):
        return False
    if n == 12 and verhoeff_ok(v):
        return False
    if n == 15 and nir_ok(v):
        return False
    if re.search(r"(\d)\1\1\1", v) or "123" in v:
        return False
    return True


def fill(template, **kw):
    used = set()

    def rep(m):
        k = m.group(1)
        if k in kw:
            used.add(k)
            return str(kw[k])
        return m.group(0)
    out = re.sub(r"@([a-z_][a-z0-9_]*)@", rep, template)
    missing = set(kw) - used
    if missing:
        raise KeyError(f"unused slots {missing}")
    return out


def php_json(v):
    return v.replace("\\", "\\\\").replace("/", "\\/").replace('"', '\\"')


def json_str(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]
