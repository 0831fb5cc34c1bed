"""Value generators, escapers and checksum helpers for dev14 (deterministic)."""
import base64
import datetime
import random
import re
import string
import urllib.parse

WORDS_EN = ["river", "falcon", "maple", "copper", "lantern", "harbor", "orchid", "thunder", "violet", "granite",
            "summit", "meadow", "pepper", "willow", "cobalt", "saturn", "breeze", "cactus", "pirate", "walnut",
            "glacier", "biscuit", "rocket", "tundra", "mango", "puzzle", "anchor", "canyon", "dragon", "ember",
            "fossil", "gizmo", "hazel", "igloo", "jasper", "kettle", "lemon", "marble", "nectar", "oyster",
            "pebble", "quartz", "raven", "sparrow", "tulip", "umber", "velvet", "wombat", "yonder", "zephyr"]
WORDS_DE = ["Sonnenblume", "Apfelbaum", "Bergsee", "Kaffeetasse", "Schneeflocke", "Wanderweg", "Rotkehlchen",
            "Fernweh", "Leuchtturm", "Zugspitze", "Brezel", "Eichhorn", "Gewitter", "Hafenkran", "Kuckuck"]
WORDS_NL = ["Tulpenveld", "Fietsbel", "Dijkgraaf", "Stroopwafel", "Molenwiek", "Grachtje", "Hagelslag", "Zeewind",
            "Klompen", "Polderland"]
WORDS_FR = ["Papillon", "Fromage", "Boulanger", "Chateau", "Mistral", "Lavande", "Croissant", "Marseille"]
WORDS_ES = ["Mariposa", "Girasol", "Tortuga", "Relampago", "Naranja", "Montana", "Cangrejo"]
NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Nala", "Rocky", "Daisy", "Oscar", "Frieda", "Bram", "Sanne",
         "Lotte", "Jules", "Amelie", "Pablo", "Greta", "Finn", "Noor", "Teun"]
PUNCT = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
SAFE_PUNCT = "!#%*+-._@^~"

PLACEHOLDER_RE = re.compile(
    r"^(changeme|change_me|password|secret|xxx+|\*+|REDACTED|<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|your[-_].*|"
    r"example|test|admin|root|dummy|todo|null|none|true|false)$", re.I)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("cannot make a unique value")

    # ---- raw material
    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        a = "0123456789ABCDEF" if upper else "0123456789abcdef"
        return self._uniq(lambda: self.chars(a, n))

    def alnum(self, n):
        return self._uniq(lambda: self.chars(string.ascii_letters + string.digits, n))

    def b64(self, nbytes, url=False, pad=True):
        def f():
            b = bytes(self.r.getrandbits(8) for _ in range(nbytes))
            s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
            if not pad:
                s = s.rstrip("=")
            return s
        def g():
            s = f()
            while s.startswith("eyJ") or s.startswith("AKIA") or s.startswith("sk") or s.startswith("SG"):
                s = f()
            return s
        return self._uniq(g)

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randrange(4)]}{h[17:20]}-{h[20:]}"

    # ---- passwords
    def pw_human(self):
        r = self.r
        def f():
            pool = r.choice([WORDS_EN, WORDS_DE, WORDS_NL, WORDS_FR, WORDS_ES, NAMES])
            w = r.choice(pool)
            k = r.randrange(7)
            if k == 0:
                return w.capitalize() + str(r.randrange(1960, 2027)) + r.choice("!?#$*.")
            if k == 1:
                return w.capitalize() + r.choice(SAFE_PUNCT) + r.choice(WORDS_EN).capitalize() + str(r.randrange(10, 99))
            if k == 2:
                lw = w.lower()
                leet = lw[0].upper() + lw[1:].replace("a", "@").replace("e", "3").replace("o", "0").replace("i", "1")
                return leet + str(r.randrange(100, 999)) + r.choice("!$%&")
            if k == 3:
                return r.choice(NAMES) + "_" + w.lower() + str(r.randrange(1, 31)).zfill(2) + str(r.randrange(1, 13)).zfill(2)
            if k == 4:
                return w.upper()[:5] + r.choice("-#") + str(r.randrange(1000, 9999)) + w.lower()[-3:]
            if k == 5:
                return r.choice(WORDS_EN).capitalize() + r.choice(WORDS_EN).capitalize() + str(r.randrange(1, 100)) + r.choice("!?")
            return w + "&" + r.choice(NAMES) + str(r.randrange(2000, 2026))
        return self._uniq(f)

    def pw_rand(self, n=None, punct=PUNCT, space=False):
        r = self.r
        def f():
            m = n or r.randrange(12, 33)
            alpha = string.ascii_letters + string.digits
            s = [r.choice(alpha) for _ in range(m)]
            for i in r.sample(range(1, m - 1), max(2, m // 6)):
                s[i] = r.choice(punct + (" " if space else ""))
            s[0] = r.choice(string.ascii_letters)
            s[-1] = r.choice(alpha)
            return "".join(s)
        return self._uniq(f)

    def pw_phrase(self, sep=None):
        r = self.r
        def f():
            k = r.randrange(3, 6)
            ws = r.sample(WORDS_EN, k)
            s = sep if sep is not None else r.choice(["-", " ", ".", "_", "+"])
            out = s.join(ws)
            if r.random() < 0.5:
                out += s + str(r.randrange(1, 999))
            return out
        return self._uniq(f)

    def pw_short(self, end_digit=False):
        r = self.r
        if end_digit:
            return self._uniq(lambda: r.choice(WORDS_EN + WORDS_NL)[:6].capitalize() + r.choice("!#$%") + str(r.randrange(10, 99)))
        return self._uniq(lambda: r.choice(WORDS_EN + WORDS_NL)[:6].capitalize() + str(r.randrange(10, 99)) + r.choice("!#$%"))

    def pw_any(self, punct=PUNCT, space=False):
        k = self.r.randrange(10)
        if k < 4:
            return self.pw_human()
        if k < 7:
            return self.pw_rand(punct=punct, space=space)
        if k < 8:
            return self.pw_short()
        return self.pw_phrase(sep=None if space else self.r.choice("-._"))

    # ---- secrets of assorted shapes
    def secret(self, kind=None):
        r = self.r
        kind = kind or r.choice(["hex32", "hex64", "b64_32", "b64url_32", "alnum32", "alnum40", "b64_48", "hex40"])
        if kind == "hex32":
            return self.hex(32)
        if kind == "hex40":
            return self.hex(40)
        if kind == "hex64":
            return self.hex(64)
        if kind == "b64_32":
            return self.b64(32)
        if kind == "b64_48":
            return self.b64(48)
        if kind == "b64url_32":
            return self.b64(32, url=True, pad=False)
        if kind == "alnum32":
            return self.alnum(32)
        if kind == "alnum40":
            return self.alnum(40)
        if kind == "alnum24":
            return self.alnum(24)
        raise ValueError(kind)

    # ---- vendor shapes
    def twilio_sid(self):
        return "AC" + self.hex(32)

    def twilio_token(self):
        return self.hex(32)

    def twilio_sk(self):
        return "SK" + self.hex(32)

    def azure_key(self):
        return self._uniq(lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(64))).decode())

    def azure_sig(self):
        return self._uniq(lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(32))).decode())

    # ---- hashes and other look-alikes
    def bcrypt(self):
        a = "./" + string.ascii_letters + string.digits
        return self._uniq(lambda: "$2b$12$" + self.chars(a, 53))

    def argon2(self):
        return self._uniq(lambda: "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16, pad=False) + "$" + self.b64(32, pad=False))

    def sha512crypt(self):
        a = "./" + string.ascii_letters + string.digits
        return self._uniq(lambda: "$6$" + self.chars(a, 16) + "$" + self.chars(a, 86))

    # ---- personal data
    def bsn(self):
        def f():
            while True:
                d = [self.r.randrange(10) for _ in range(8)]
                if d[0] == 0:
                    continue
                s = sum(d[i] * (9 - i) for i in range(8))
                c = s % 11
                if c == 10:
                    continue
                v = "".join(map(str, d)) + str(c)
                if v not in ("111222333", "123456782") and bsn_ok(v):
                    return v
        return self._uniq(f)

    def not_bsn(self):
        while True:
            v = str(self.r.randrange(100000000, 999999999))
            if not bsn_ok(v) and v not in self.used:
                self.used.add(v)
                return v

    def steuer_id(self):
        def f():
            while True:
                digits = self.r.sample(range(10), 9)
                if digits[0] == 0:
                    continue
                dup = self.r.choice(digits)
                pos = self.r.randrange(1, 10)
                ten = digits[:]
                ten.insert(pos, dup)
                if ten[0] == 0:
                    continue
                v = "".join(map(str, ten))
                v += str(steuer_check(v))
                if steuer_ok(v):
                    return v
        return self._uniq(f)

    def ssn(self):
        def f():
            while True:
                a = self.r.randrange(1, 900)
                if a in (0, 666) or a >= 900:
                    continue
                g = self.r.randrange(1, 100)
                s = self.r.randrange(1, 10000)
                v = f"{a:03d}-{g:02d}-{s:04d}"
                if v in ("078-05-1120", "219-09-9999", "123-45-6789", "111-22-3333"):
                    continue
                return v
        return self._uniq(f)

    def dob(self, lo=1950, hi=2004):
        def f():
            d = datetime.date(lo, 1, 1) + datetime.timedelta(days=self.r.randrange((hi - lo) * 365))
            return d
        # uniqueness is applied to the formatted string by the caller
        return f()

    def passport(self, country):
        r = self.r
        def f():
            if country == "US":
                return r.choice(["5", "6", "A", "C"]) + "".join(r.choice(string.digits) for _ in range(8))
            if country == "DE":
                return "C" + self.chars("CFGHJKLMNPRTVWXYZ0123456789", 8)
            if country == "NL":
                return self.chars("ABCDEFGHIJKLMNPRSTUVWXYZ", 2) + self.chars("ABCDEFGHIJKLMNPRSTUVWXYZ0123456789", 6) + r.choice(string.digits)
            if country == "GB":
                return self.chars(string.digits, 9)
            if country == "FR":
                return self.chars(string.digits, 2) + self.chars(string.ascii_uppercase, 2) + self.chars(string.digits, 5)
            if country == "IN":
                return r.choice("JKLMNPRSTUVWZ") + self.chars(string.digits, 7)
            raise ValueError(country)
        return self._uniq(f)


def bsn_ok(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    s = sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])
    return s % 11 == 0 and v[0] != "0"


def steuer_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_ok(v):
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    ten = v[:10]
    counts = sorted((ten.count(d) for d in set(ten)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return steuer_check(ten) == int(v[10])


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
        return False
    return re.sub(r"\D", "", v) not in ("078051120", "219099999", "123456789", "111223333")


# ---- escapers: the value as the syntax writes it
def j(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(s):
    return xml_text(s).replace('"', "&quot;")


def sq_sql(s):
    return s.replace("'", "''")


def php_sq(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def url(s):
    return urllib.parse.quote(s, safe="")


def csvq(s):
    return s.replace('"', '""')


def sh_dq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
