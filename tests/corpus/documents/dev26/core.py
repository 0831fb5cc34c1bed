"""dev26 core: Doc helper, value generators, encoders and checksums.

Every document has its own random.Random seeded from sha256("26026+<carrier>/<path>").
A global set keeps every random value unique across the set (documents are built in a
fixed order, so this stays deterministic).
"""
import base64
import datetime
import hashlib
import json
import random
import re
import string
import urllib.parse

SEED = "26026"
ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64U = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

USED = set()          # every random value produced, across the set
BANNED = ("test", "example", "fake", "dummy", "sample", "passw", "secret", "token", "admin",
          "your", "changeme", "xxx", "redact", "placeholder", "demo", "fuck", "shit")
BAD_PREFIX = ("AKIA", "ASIA", "eyJ", "AIza", "sk-", "sk_", "ghp_", "gho_", "hf_", "npm_", "SG.",
              "key-", "xox", "glpat", "pypi-", "shp", "rk_", "pk_", "ya29")


# ----------------------------------------------------------------- checksums
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    t = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in t)
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"


def pnr_ok(v):
    """Swedish personnummer / samordningsnummer: valid date (day+60 allowed), Luhn on 10 digits."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})", v)
    if not m:
        return False
    cent, yy, mm, dd, tail = m.groups()
    year = int((cent or "19") + yy)
    day = int(dd)
    if day > 60:
        day -= 60
    try:
        datetime.date(year, int(mm), day)
    except ValueError:
        return False
    ten = yy + mm + dd + tail
    return luhn_ok(ten)


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "4000056655665556",
              "4012888888881881", "5200828282828210", "3530111333300000", "30569309025904"}


def card_network(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    if n == 14 and (d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305):
        return "diners"
    if n == 16 and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if n in (12, 13, 14, 15, 16, 17, 18, 19) and d[:4] in ("6759", "6761", "6763", "5018", "5020", "5038"):
        return "maestro"
    return None


def card_ok(v):
    d = re.sub(r"[ -]", "", v)
    return d.isdigit() and luhn_ok(d) and card_network(d) is not None and d not in TEST_CARDS


# ----------------------------------------------------------------- encoders
def enc(v, how):
    if not how or how == "raw":
        return v
    if how == "json":
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if how == "xml":
        return (v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("'", "&apos;"))
    if how == "url":
        return urllib.parse.quote(v, safe="-._~")
    if how == "form":
        return urllib.parse.quote_plus(v, safe="-._~")
    if how == "sql":
        return v.replace("'", "''")
    if how == "php":
        return v.replace("\\", "\\\\").replace("'", "\\'")
    if how == "b64":
        return base64.b64encode(v.encode()).decode()
    raise ValueError(how)


# ----------------------------------------------------------------- names & words
SV_FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per", "Lena",
            "Mikael", "Emma", "Fredrik", "Elin", "Magnus", "Ida", "Jonas", "Linnea", "Oskar", "Maja",
            "Gustav", "Ebba", "Nils", "Astrid", "Hugo", "Saga", "Viktor", "Agnes", "Axel", "Tove",
            "Henrik", "Malin", "Björn", "Sofia", "Ali", "Amira", "Yusuf", "Noor", "Dragan", "Jelena"]
SV_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
           "Lindqvist", "Holm", "Berg", "Sandberg", "Forsberg", "Lundgren", "Sjöberg", "Wallin", "Engström",
           "Nyström", "Ekström", "Hassan", "Mohammed", "Öberg", "Åkesson", "Blom", "Lind", "Falk"]
EN_FIRST = ["James", "Olivia", "Liam", "Amelia", "Noah", "Isla", "Ethan", "Grace", "Lucas", "Chloe", "Mason",
            "Priya", "Daniel", "Hannah", "Samuel", "Zoe", "Ryan", "Megan", "Aaron", "Laura", "Tomás", "Mei"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Walker", "Wright", "Patel", "Murphy", "Kelly", "Hughes",
           "Clarke", "Bennett", "Reyes", "Fischer", "Nakamura", "Okafor", "Dubois", "Rossi", "Novak"]
WORDS = ["Granit", "Morgon", "Kaffe", "Tiger", "Falken", "Vinter", "Sommar", "Bryggan", "Lakrits", "Orkan",
         "Mango", "Kastanj", "Polstjarna", "Hummer", "Koppar", "Vulkan", "Fjord", "Lavendel", "Cobalt",
         "Harbor", "Maple", "Juniper", "Quartz", "Ember", "Saffron", "Walrus", "Pepper", "Lantern", "Otter",
         "Birch", "Comet", "Marble", "Falcon", "Nebula", "Cactus", "Raven", "Tundra", "Zephyr", "Kiwi",
         "Glacier", "Bison", "Thistle", "Moose", "Sparv", "Blabar", "Hallon", "Ekorre", "Renen", "Stuga"]
LOWER_WORDS = ["korv", "mos", "senap", "fyren", "skog", "regn", "blå", "cykel", "hamnen", "tåget", "sol",
               "apelsin", "lampa", "gurka", "stjärna", "moln", "katten", "älgen", "ängen", "kanel"]
DOMAINS_PERSONAL = ["gmail.com", "outlook.com", "hotmail.se", "yahoo.se", "icloud.com", "telia.com",
                    "live.se", "proton.me", "gmx.de", "web.de", "bredband.net", "hotmail.com"]
DOMAINS_ORG = ["nordkust-logistik.se", "fjallvind.se", "brunnsgatan-tandvard.se", "kvarnbygget.se",
               "solhem-fastigheter.se", "ekdalens-el.se", "lindholmen-it.se", "harbourline.co.uk",
               "maplecrest-health.com", "tidewater-freight.com", "grunwald-technik.de", "vannstein.no",
               "hedeby-redovisning.se", "bergslagens-bygg.se", "stadsmissionen-vast.se", "kalmarhamn.se",
               "northwind-outfitters.com", "alpenrot.at", "voorburg-zorg.nl", "kestrel-analytics.io"]


def ascii_fold(s):
    t = {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e", "á": "a", "ü": "u"}
    return "".join(t.get(c, c) for c in s)


# ----------------------------------------------------------------- Doc
MARK = re.compile(r"⟨([^⟩]*)⟩")
MARK_PARTS = re.compile(r"^(\w+)(?::([^|#]*))?(?:\|(\w+))?(?:#(\w+))?$")

LABEL_KINDS = {
    "bt": "bearer-token", "jbt": "jwt|bearer-token", "jwt": "jwt", "pw": "password",
    "upw": "url-credentials|password", "gs": "generic-secret", "bgs": "bearer-token|generic-secret",
    "ak": "aws-access-key-id", "sk": "aws-secret-key", "st": "generic-secret", "em": "email",
    "ph": "phone", "dob": "date-of-birth", "pp": "passport", "iban": "iban", "ip4": "ipv4",
    "pnr": "se-personnummer", "sam": "se-personnummer", "card": "credit-card",
    "ghp": "github-token", "glpat": "gitlab-token", "xoxb": "slack-token", "xoxp": "slack-token",
    "slackwh": "slack-webhook", "xapp": "slack-token", "sklive": "stripe-key", "rklive": "stripe-key", "sg": "sendgrid-key",
    "mg": "mailgun-key", "oai": "openai-key", "ant": "anthropic-key", "hf": "huggingface-token",
    "npm": "npm-token", "pypi": "pypi-token", "shpat": "shopify-token", "aiza": "google-api-key",
    "azkey": "azure-storage-key", "dd": "datadog-key", "ddapp": "datadog-key", "twsk": "twilio-key",
    "twauth": "twilio-key", "dauth": "docker-auth", "basic": "basic-auth", "ssn": "us-ssn",
    "nino": "uk-nino", "ugl": "gitlab-token|url-credentials", "ugs": "url-credentials|generic-secret",
}
LOOK_KINDS = {"uuid", "sha256", "sha1", "md5", "hex", "an", "b64u", "lkpnr", "badpnr", "lkcard", "mask",
              "orgnr", "int", "x", "pk", "ulid", "b64", "epoch", "imei", "lkiban"}


class Doc:
    def __init__(self, carrier, path, desc):
        self.carrier = carrier
        self.path = path
        self.rel = f"{carrier}/{path}"
        self.desc = desc
        h = hashlib.sha256(f"{SEED}+{self.rel}".encode()).digest()
        self.r = random.Random(int.from_bytes(h[:8], "big"))
        self.labels = []
        self.looks = []
        self.refs = {}
        self.glue_ok = set()
        self.public = set()   # well-known public values deliberately present
        self.text = ""

    # ---------------- registration
    def L(self, cat, value):
        if (cat, value) not in self.labels:
            self.labels.append((cat, value))
        return value

    def X(self, value):
        if value not in self.looks:
            self.looks.append(value)
        return value

    def P(self, value):
        self.public.add(value)
        return value

    # ---------------- random primitives (unique across the set)
    def uniq(self, fn, check_banned=True):
        for _ in range(1000):
            v = fn()
            low = v.lower()
            if v in USED:
                continue
            if check_banned and any(b in low for b in BANNED):
                continue
            USED.add(v)
            return v
        raise RuntimeError("could not make a unique value")

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def mixed(self, n, alphabet=ALNUM):
        """random string with at least one upper, lower and digit, no vendor prefix"""
        while True:
            v = self.s(alphabet, n)
            if alphabet is ALNUM or alphabet == B64U:
                if not (re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v)):
                    continue
            if v.startswith(BAD_PREFIX) or v[0] in "-_":
                continue
            if v[-1] in "-_":
                continue
            return v

    def shape(self, spec):
        """an40, hex32, b64u43, b64_32 (bytes -> std base64), B32_16, dig10, up12, low20, prefix~shape"""
        if "~" in spec:
            pre, rest = spec.split("~", 1)
            return pre + self.shape(rest)
        m = re.fullmatch(r"(b64u|b64|[a-zA-Z]+)_?(\d+)", spec)
        kind, n = m.group(1), int(m.group(2))
        if kind == "an":
            return self.mixed(n)
        if kind == "hex":
            return self.s(HEX, n)
        if kind == "HEX":
            return self.s(HEX.upper(), n)
        if kind == "b64u":
            return self.mixed(n, B64U)
        if kind == "b64":
            while True:
                v = base64.b64encode(bytes(self.r.randrange(256) for _ in range(n))).decode()
                if not v.startswith(BAD_PREFIX):
                    return v
        if kind == "B":
            return self.s(B32, n)
        if kind == "dig":
            return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)
        if kind == "up":
            return self.s(UPPER_DIG, n)
        if kind == "low":
            return self.s(string.ascii_lowercase + string.digits, n)
        raise ValueError(spec)

    def rshape(self, spec):
        return self.uniq(lambda: self.shape(spec))

    # ---------------- passwords
    def password(self, style="w"):
        r = self.r

        def mk():
            if style == "a":
                return self.mixed(r.randint(14, 20))
            if style == "w":
                a, b = r.sample(WORDS, 2)
                return f"{a}{r.choice('!-_.+')}{b}{r.randint(10, 9999)}"
            if style == "h":
                return f"{r.choice(WORDS)}{r.randint(1960, 2029)}{r.choice('!?#')}"
            if style == "n":
                return self.mixed(r.randint(6, 9)) + r.choice("!-_.") + self.mixed(r.randint(4, 7))
            if style == "p":
                cs = ALNUM + "!@#%^&*()-_=+[]{}:,.?~"
                while True:
                    v = "".join(r.choice(cs) for _ in range(r.randint(14, 22)))
                    if sum(c in "!@#%^&*()-_=+[]{}:,.?~" for c in v) >= 3 and re.search(r"\d", v) \
                            and re.search(r"[a-z]", v) and v[0] not in "-[{" and v[-1] not in "\\":
                        return v
            if style == "q":   # contains a quote or ampersand, for escaping demos
                a, b = r.sample(WORDS, 2)
                sym = r.choice(["&", '"', "&", "'"])
                return f"{a}{sym}{b}!{r.randint(10, 999)}"
            if style == "s":
                ws = r.sample(LOWER_WORDS, 4)
                return " ".join(ws) + " " + str(r.randint(10, 99))
            if style == "d":   # dollar / percent heavy (for escaping in shells, yaml)
                return f"{r.choice(WORDS)}${r.randint(10, 99)}%{self.mixed(6)}"
            if style == "short":
                return f"{r.choice(WORDS).lower()}{r.randint(100, 999)}"
            raise ValueError(style)
        return self.uniq(mk)

    # ---------------- tokens
    def jwt(self, alg="RS256", **extra):
        r = self.r
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.s(B64U[:62], 22)
        now = 1768800000 + r.randint(0, 2000000)
        iss = r.choice(["https://auth.nordkust-logistik.se/realms/intern", "https://login.fjallvind.se",
                        "https://sts.kvarnbygget.se/oauth2", "https://idp.tidewater-freight.com",
                        "https://accounts.kestrel-analytics.io"])
        pl = {"iss": iss, "sub": str(self.uuid()), "aud": r.choice(["api", "orders-api", "partner-gateway"]),
              "iat": now, "exp": now + r.choice([300, 900, 3600, 86400]),
              "scope": r.choice(["read:orders write:orders", "openid profile", "inventory.read", "api"])}
        pl.update(extra)
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        siglen = {"RS256": 256, "ES256": 64, "HS256": 32, "PS256": 256, "EdDSA": 64}[alg]
        sig = base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(siglen))).decode().rstrip("=")
        v = f"{b(hdr)}.{b(pl)}.{sig}"
        USED.add(v)
        return v

    def uuid(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return self.uniq(lambda: f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}", False)

    def aws_id(self, pre="AKIA"):
        return self.uniq(lambda: pre + self.s(B32, 16), False)

    def aws_secret(self):
        return self.uniq(lambda: self.mixed(40, ALNUM + "/+"))

    # ---------------- personal data
    def birth(self, lo=1938, hi=2008):
        d0 = datetime.date(lo, 1, 1).toordinal()
        d1 = datetime.date(hi, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(d0, d1))

    def pnr(self, fmt="long-", sam=False, born=None):
        """fmt: long- (YYYYMMDD-NNNN), long (YYYYMMDDNNNN), short- (YYMMDD-NNNN), short (YYMMDDNNNN)"""
        def mk():
            b = born or self.birth()
            day = b.day + (60 if sam else 0)
            nine = f"{b.year % 100:02d}{b.month:02d}{day:02d}{self.r.randint(0, 999):03d}"
            ten = nine + luhn_digit(nine)
            return self.fmt_pnr(b.year // 100, ten, fmt, b.year)
        return self.uniq(mk, False)

    @staticmethod
    def fmt_pnr(cent, ten, fmt, year):
        sep = "+" if (fmt.endswith("-") and fmt.startswith("short") and year < 1926) else "-"
        if fmt == "long-":
            return f"{cent}{ten[:6]}-{ten[6:]}"
        if fmt == "long":
            return f"{cent}{ten}"
        if fmt == "short-":
            return f"{ten[:6]}{sep}{ten[6:]}"
        if fmt == "short":
            return ten
        if fmt == "long ":
            return f"{cent}{ten[:6]} {ten[6:]}"
        raise ValueError(fmt)

    def lkpnr(self, fmt="long-", lo=2024, hi=2026, valid=True):
        """date-shaped event number (booking/order/case) that passes (valid) or fails Luhn"""
        def mk():
            d = self.birth(lo, hi)
            nine = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{self.r.randint(0, 999):03d}"
            c = luhn_digit(nine)
            if not valid:
                c = str((int(c) + self.r.randint(1, 9)) % 10)
            return self.fmt_pnr(d.year // 100, nine + c, fmt, d.year)
        return self.uniq(mk, False)

    def orgnr(self):
        def mk():
            nine = f"{self.r.choice('25789')}{self.r.randint(0, 9)}{self.r.randint(2, 9)}" + self.s(string.digits, 6)
            ten = nine + luhn_digit(nine)
            return f"{ten[:6]}-{ten[6:]}"
        return self.uniq(mk, False)

    def card(self, net="visa", fmt=""):
        r = self.r

        def mk():
            if net == "visa":
                pre, n = "4" + self.s(string.digits, 5), 16
            elif net == "mc":
                pre, n = (str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))), 16
            elif net == "amex":
                pre, n = r.choice(["34", "37"]), 15
            elif net == "disc":
                pre, n = r.choice(["6011", "65" + str(r.randint(10, 99)), str(r.randint(644, 649))]), 16
            elif net == "diners":
                pre, n = r.choice(["36", "38", str(r.randint(300, 305))]), 14
            elif net == "jcb":
                pre, n = str(r.randint(3528, 3589)), 16
            elif net == "maestro":
                pre, n = r.choice(["6759", "5018", "6761"]), r.choice([16, 19])
            else:
                raise ValueError(net)
            body = pre + self.s(string.digits, n - len(pre) - 1)
            d = body + luhn_digit(body)
            return self.fmt_card(d, fmt)
        v = self.uniq(mk, False)
        return v

    @staticmethod
    def fmt_card(d, fmt):
        if fmt in ("sp", "da"):
            sep = " " if fmt == "sp" else "-"
            if len(d) == 15:
                return sep.join([d[:4], d[4:10], d[10:]])
            if len(d) == 14:
                return sep.join([d[:4], d[4:10], d[10:]])
            return sep.join(d[i:i + 4] for i in range(0, len(d), 4))
        return d

    def lkcard(self, n=16, valid=True):
        """card-shaped id without a card network prefix (Luhn-valid if valid) -- not a card"""
        def mk():
            pre = self.r.choice(["9", "0", "1", "8", "70", "99"])
            body = pre + self.s(string.digits, n - len(pre) - 1)
            c = luhn_digit(body)
            if not valid:
                c = str((int(c) + self.r.randint(1, 9)) % 10)
            return body + c
        return self.uniq(mk, False)

    def mask(self, net="visa", style="6*4"):
        c = re.sub(r"\D", "", self.card(net))
        USED.discard(c)
        if style == "6*4":
            return c[:6] + "*" * (len(c) - 10) + c[-4:]
        if style == "last4":
            return "**** **** **** " + c[-4:]
        if style == "X":
            return "X" * (len(c) - 4) + c[-4:]
        return c[:4] + " **** **** " + c[-4:]

    def imei(self):
        def mk():
            body = self.r.choice(["35", "86", "01"]) + self.s(string.digits, 12)
            return body + luhn_digit(body)
        return self.uniq(mk, False)

    def iban(self, cc="SE", spaced=False):
        L = {"SE": (20, "dig"), "DE": (18, "dig"), "NL": (18, "nl"), "FR": (23, "fr"), "GB": (18, "gb"),
             "ES": (20, "dig"), "FI": (14, "dig"), "NO": (11, "dig"), "DK": (14, "dig"), "IT": (23, "it"),
             "AT": (16, "dig"), "BE": (12, "dig"), "PL": (24, "dig"), "IE": (18, "gb")}
        n, kind = L[cc]

        def mk():
            if kind == "dig":
                bban = self.s(string.digits, n)
                if cc == "SE":
                    bban = self.r.choice(["500", "800", "300", "600", "120"]) + bban[3:]
            elif kind == "nl":
                bban = self.r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + self.s(string.digits, 10)
            elif kind == "gb":
                bban = self.r.choice(["BARC", "LOYD", "NWBK", "MIDL", "AIBK"]) + self.s(string.digits, 14)
            elif kind == "fr":
                bban = self.s(string.digits, 10) + self.s(UPPER_DIG, 11) + self.s(string.digits, 2)
            elif kind == "it":
                bban = self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + self.s(string.digits, 10) + self.s(UPPER_DIG, 12)
            v = iban_make(cc, bban)
            if spaced:
                v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
            return v
        return self.uniq(mk, False)

    def phone(self, cc="se", style="intl"):
        r = self.r

        def mk():
            if cc == "se":
                if style == "intl":
                    return f"+46 7{r.choice('0236')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
                if style == "nat":
                    return f"07{r.choice('0236')}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
                if style == "e164":
                    return f"+467{r.choice('0236')}{r.randint(1000000, 9999999)}"
                if style == "land":
                    return f"0{r.choice(['8', '31', '40', '18', '13', '90'])}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
                if style == "plain":
                    return f"07{r.choice('0236')}{r.randint(1000000, 9999999)}"
            if cc == "uk":
                while True:
                    a = r.randint(7100, 7999)
                    if a != 7700:
                        break
                return f"+44 {a} {r.randint(100000, 999999)}"
            if cc == "us":
                area = r.choice([212, 312, 415, 617, 503, 720, 404, 206, 512, 919])
                return f"+1 {area}-{r.randint(201, 998)}-{r.randint(1000, 9999)}" if style == "intl" else \
                    f"({area}) {r.randint(201, 998)}-{r.randint(1000, 9999)}"
            if cc == "de":
                return f"+49 1{r.choice(['51', '52', '57', '60', '70', '76'])} {r.randint(1000000, 99999999)}"
            if cc == "no":
                return f"+47 {r.choice('49')}{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100, 999)}"
            if cc == "fi":
                return f"+358 4{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
            if cc == "dk":
                return f"+45 {r.randint(20, 31)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
            if cc == "nl":
                return f"+31 6 {r.randint(10000000, 99999999)}"
            if cc == "fr":
                return f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
            if cc == "es":
                return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
            if cc == "pl":
                return f"+48 {r.choice('5678')}{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
            raise ValueError(cc)
        return self.uniq(mk, False)

    def email(self, kind="person", first=None, last=None):
        r = self.r

        def mk():
            f = ascii_fold(first or r.choice(SV_FIRST + EN_FIRST)).lower()
            l = ascii_fold(last or r.choice(SV_LAST + EN_LAST)).lower()
            if kind == "person":
                loc = r.choice([f"{f}.{l}", f"{f}{l[:3]}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{l}{r.randint(60, 99)}"])
                return f"{loc}@{r.choice(DOMAINS_PERSONAL)}"
            if kind == "work":
                return f"{f}.{l}@{r.choice(DOMAINS_ORG)}"
            if kind == "role":
                return f"{r.choice(['drift', 'it-support', 'ekonomi', 'noreply', 'ops', 'billing', 'kundtjanst', 'alerts', 'platform', 'hr'])}@{r.choice(DOMAINS_ORG)}"
            raise ValueError(kind)
        return self.uniq(mk, False)

    def passport(self, cc="se"):
        r = self.r
        def mk():
            if cc == "se":
                return self.s(string.digits, 8)
            if cc == "de":
                return r.choice("CFGHJK") + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8)
            if cc == "fr":
                return f"{r.randint(10, 99)}{self.s(string.ascii_uppercase, 2)}{r.randint(10000, 99999)}"
            if cc in ("uk", "us"):
                return str(r.randint(1, 9)) + self.s(string.digits, 8)
            if cc == "nl":
                return self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.s(UPPER_DIG.replace("O", ""), 6) + str(r.randint(0, 9))
            if cc == "in":
                return r.choice("JKLMNPRSTVWZ") + str(r.randint(1, 9)) + self.s(string.digits, 6)
            raise ValueError(cc)
        return self.uniq(mk, False)

    def ssn(self):
        def mk():
            a = self.r.randint(1, 899)
            if a == 666:
                a = 665
            return f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return self.uniq(mk, False)

    def nino(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"

        def mk():
            while True:
                p = self.r.choice(first) + self.r.choice(second)
                if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                    break
            return f"{p} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.choice('ABCD')}"
        return self.uniq(mk, False)

    def ip4(self):
        def mk():
            while True:
                a = self.r.randint(1, 223)
                if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
                    continue
                return f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return self.uniq(mk, False)

    # ---------------- vendor tokens
    def vendor(self, kind, arg=None):
        r = self.r
        if kind == "ghp":
            return self.uniq(lambda: (arg or "ghp") + "_" + self.mixed(36))
        if kind == "glpat":
            return self.uniq(lambda: "glpat-" + self.mixed(20, ALNUM + "-_"))
        if kind == "xoxb":
            return self.uniq(lambda: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{self.mixed(24)}")
        if kind == "xoxp":
            return self.uniq(lambda: f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{self.s(HEX, 32)}")
        if kind == "xapp":
            return self.uniq(lambda: f"xapp-1-A{self.s(UPPER_DIG, 10)}-{r.randint(10**12, 10**13)}-{self.s(HEX, 64)}")
        if kind == "slackwh":
            return self.uniq(lambda: f"https://hooks.slack.com/services/T{self.s(UPPER_DIG, 10)}/B{self.s(UPPER_DIG, 10)}/{self.mixed(24)}")
        if kind == "sklive":
            return self.uniq(lambda: "sk_live_" + self.mixed(99 if arg == "long" else 24))
        if kind == "rklive":
            return self.uniq(lambda: "rk_live_" + self.mixed(24))
        if kind == "sg":
            return self.uniq(lambda: "SG." + self.mixed(22, B64U) + "." + self.mixed(43, B64U))
        if kind == "mg":
            return self.uniq(lambda: "key-" + self.s(HEX, 32))
        if kind == "oai":
            return self.uniq(lambda: "sk-proj-" + self.mixed(74, B64U) + "T3BlbkFJ" + self.mixed(74, B64U))
        if kind == "ant":
            return self.uniq(lambda: "sk-ant-api03-" + self.mixed(93, B64U) + "AA")
        if kind == "hf":
            return self.uniq(lambda: "hf_" + self.mixed(34, string.ascii_letters))
        if kind == "npm":
            return self.uniq(lambda: "npm_" + self.mixed(36))
        if kind == "pypi":
            return self.uniq(lambda: "pypi-AgEIcHlwaS5vcmc" + self.mixed(150, B64U))
        if kind == "shpat":
            return self.uniq(lambda: (arg or "shpat") + "_" + self.s(HEX, 32))
        if kind == "aiza":
            return self.uniq(lambda: "AIza" + self.mixed(35, B64U))
        if kind == "azkey":
            return self.uniq(lambda: base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode())
        if kind == "dd":
            return self.uniq(lambda: self.s(HEX, 32))
        if kind == "ddapp":
            return self.uniq(lambda: self.s(HEX, 40))
        if kind == "twsk":
            return self.uniq(lambda: "SK" + self.s(HEX, 32))
        if kind == "twauth":
            return self.uniq(lambda: self.s(HEX, 32))
        raise ValueError(kind)

    # ---------------- template filling
    def gen(self, kind, arg):
        """returns (raw value, category or None for look-alike)"""
        a = arg
        if kind == "bt":
            return self.rshape(a or "an40"), LABEL_KINDS[kind]
        if kind in ("gs", "bgs", "st", "ugs"):
            return self.rshape(a or ("b64_120" if kind == "st" else "an32")), LABEL_KINDS[kind]
        if kind in ("jbt", "jwt"):
            return self.jwt(a or "RS256"), LABEL_KINDS[kind]
        if kind in ("pw", "upw"):
            return self.password(a or "w"), LABEL_KINDS[kind]
        if kind == "ak":
            return self.aws_id(a or "AKIA"), LABEL_KINDS[kind]
        if kind == "sk":
            return self.aws_secret(), LABEL_KINDS[kind]
        if kind == "em":
            return self.email(a or "person"), LABEL_KINDS[kind]
        if kind == "ph":
            cc, _, st = (a or "se").partition(".")
            return self.phone(cc, st or "intl"), LABEL_KINDS[kind]
        if kind == "dob":
            return self.birth().strftime(a or "%Y-%m-%d"), LABEL_KINDS[kind]
        if kind == "pp":
            return self.passport(a or "se"), LABEL_KINDS[kind]
        if kind == "iban":
            cc, _, sp = (a or "SE").partition(".")
            return self.iban(cc, sp == "sp"), LABEL_KINDS[kind]
        if kind == "ip4":
            return self.ip4(), LABEL_KINDS[kind]
        if kind == "pnr":
            return self.pnr(a or "long-"), LABEL_KINDS[kind]
        if kind == "sam":
            return self.pnr(a or "long-", sam=True), LABEL_KINDS[kind]
        if kind == "card":
            net, _, fmt = (a or "visa").partition(".")
            return self.card(net, fmt), LABEL_KINDS[kind]
        if kind == "ssn":
            return self.ssn(), LABEL_KINDS[kind]
        if kind == "nino":
            return self.nino(), LABEL_KINDS[kind]
        if kind == "dauth":
            u = a or "deploy"
            return base64.b64encode(f"{u}:{self.password('a')}".encode()).decode(), LABEL_KINDS[kind]
        if kind == "basic":
            u = a or "svc-sync"
            return base64.b64encode(f"{u}:{self.password('a')}".encode()).decode(), LABEL_KINDS[kind]
        if kind == "ugl":
            return self.vendor("glpat"), LABEL_KINDS[kind]
        if kind in LABEL_KINDS:
            return self.vendor(kind, a), LABEL_KINDS[kind]
        # look-alikes
        if kind == "uuid":
            return self.uuid(), None
        if kind == "sha256":
            return self.rshape("hex64"), None
        if kind == "sha1":
            return self.rshape("hex40"), None
        if kind == "md5":
            return self.rshape("hex32"), None
        if kind in ("hex", "an", "b64u", "b64", "int", "low", "up", "HEX", "B"):
            return self.rshape({"b64": "b64_", "int": "dig"}.get(kind, kind) + a), None
        if kind == "ulid":
            return self.uniq(lambda: "01J" + self.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23), False), None
        if kind == "lkpnr":
            return self.lkpnr(a or "long-"), None
        if kind == "badpnr":
            fmt = a or "long-"
            return self.lkpnr(fmt, 1940, 2005, valid=False), None
        if kind == "lkcard":
            return self.lkcard(int(a or 16)), None
        if kind == "mask":
            net, _, st = (a or "visa").partition(".")
            return self.mask(net, st or "6*4"), None
        if kind == "orgnr":
            return self.orgnr(), None
        if kind == "imei":
            return self.imei(), None
        if kind == "epoch":
            return str(1768800000000 + self.r.randint(0, 10**9)), None
        if kind == "pk":   # public/publishable key look-alike with prefix
            pre, _, sh = (a or "pk_live_~an24").partition("~")
            return self.uniq(lambda: pre + self.shape(sh or "an24"), False), None
        if kind == "x":
            return a, None
        raise ValueError(kind)

    def T(self, tpl):
        def rep(m):
            body = m.group(1)
            if body.startswith("="):
                ref, _, how = body[1:].partition("|")
                raw, cat, how0 = self.refs[ref]
                how = how or how0
                w = enc(raw, how)
                if cat:
                    self.L(cat, w)
                else:
                    self.X(w)
                return w
            mm = MARK_PARTS.match(body)
            if not mm:
                raise ValueError(f"bad marker {body!r} in {self.rel}")
            kind, arg, how, ref = mm.groups()
            if kind == "upw" and not how:
                how = "url"
            raw, cat = self.gen(kind, arg)
            w = enc(raw, how)
            if cat:
                self.L(cat, w)
            else:
                self.X(w)
            if ref:
                self.refs[ref] = (raw, cat, how)
            return w
        return MARK.sub(rep, tpl)

    def V(self, ref):
        return self.refs[ref][0]
