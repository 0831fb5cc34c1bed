"""Shared helpers for dev15: deterministic value generators, Doc/label bookkeeping, checks."""
import random, string, base64, json, hashlib, uuid, datetime, urllib.parse

R = random.Random(20261505)
USED = set()
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
B32 = UP + "234567"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not make a unique value")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return rs(HEX, n)


def sha1():
    return hashlib.sha1(str(R.random()).encode()).hexdigest()


def sha256():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


def ts(base=datetime.datetime(2026, 10, 14, 8, 0, 0), spread=86400 * 20):
    return base + datetime.timedelta(seconds=R.randint(0, spread))


def iso(t=None, ms=True):
    t = t or ts()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % R.randint(0, 999) if ms else "Z")


def ip_private():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])


def ip_doc():
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


# ---------------------------------------------------------------- AWS
def akid(prefix="AKIA"):
    return uniq(lambda: prefix + rs(B32, 16))


def aws_secret():
    def f():
        s = rs(B64, 40)
        return s if (any(c in "/+" for c in s) or R.random() < 0.3) else f()
    return uniq(f)


def aws_session():
    return uniq(lambda: "IQoJb3JpZ2luX2VjE" + rs(AN, 3) + "aCXVzLWVhc3QtMSJH" + rs(B64, 380) + "==")


def aws_lookalike_ids():
    return "AROA" + rs(B32, 17), "AIDA" + rs(B32, 17)

EX_AKID = "AKIAIOSFODNN7EXAMPLE"
EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

# ---------------------------------------------------------------- tokens
def jwt(alg="RS256", iss="https://auth.example.com/", extra=None, sig_len=None):
    hdr = {"alg": alg, "typ": "JWT", "kid": rs(AN + "-_", 22)}
    now = 1792000000 + R.randint(0, 9000000)
    pl = {"iss": iss, "sub": rs(DG, 18) if R.random() < .5 else uid(), "aud": R.choice(["api://default", "https://api.example.com", "orders-api"]),
          "iat": now, "exp": now + R.choice([300, 900, 3600, 86400]), "scope": R.choice(["read:orders write:orders", "openid profile", "api.read", "admin"])}
    if extra:
        pl.update(extra)
    if sig_len is None:
        sig_len = {"RS256": 342, "HS256": 43, "ES256": 86, "PS256": 342}[alg]
    return uniq(lambda: b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(B64U, sig_len))


def bearer_opaque():
    k = R.randrange(12)
    return uniq(lambda: [
        lambda: rs(AN, R.choice([32, 40, 48])),
        lambda: hexs(R.choice([40, 64])),
        lambda: b64u(R.randbytes(32)),
        lambda: "ya29.a0" + rs(B64U, 150),
        lambda: "hvs.CAESI" + rs(B64U, 86),
        lambda: "dop_v1_" + hexs(64),
        lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67),
        lambda: "lin_api_" + rs(AN, 40),
        lambda: "pscale_tkn_" + rs(AN + "_", 43),
        lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + hexs(8).upper(),
        lambda: rs(AN, 8) + "." + rs(AN, 24) + "." + rs(AN, 16),
        lambda: "EAAG" + rs(AN, 180),
    ][k]())


def secret_generic():
    """a service's own secret: no vendor prefix."""
    k = R.choice([0, 1, 2, 3, 4, 9, 12, 4, 3])
    return uniq(lambda: [
        lambda: hexs(32), lambda: hexs(64), lambda: hexs(40),
        lambda: base64.b64encode(R.randbytes(32)).decode(),
        lambda: rs(AN, R.choice([32, 36, 40, 48])),
        lambda: "whsec_" + base64.b64encode(R.randbytes(24)).decode(),
        lambda: "xkeysib-" + hexs(64) + "-" + rs(AN, 16),
        lambda: "secret_" + rs(AN, 43),
        lambda: "sq0csp-" + rs(B64U, 43),
        lambda: b64u(R.randbytes(48)),
        lambda: "hvs." + rs(AN, 24),
        lambda: "dapi" + hexs(32),
        lambda: rs(AN, 20) + "~" + rs(AN, 14),
        lambda: "glsa_" + rs(AN, 32) + "_" + hexs(8),
    ][k]())


WORDS = ["Sommar", "Vinter", "Kaffe", "Tiger", "Blue", "Falcon", "Granit", "Orkide", "Rocket", "Mango", "Pilot", "Lingon", "Saturn",
         "Harbor", "Nordic", "Cobalt", "Ember", "Willow", "Quartz", "Bjork", "Maple", "Otter", "Zenith", "Fjord", "Raven", "Cactus",
         "Jasmin", "Viking", "Delta", "Koala", "Meteor", "Pepper", "Tulpan", "Vulkan", "Storm", "Lykta"]
LOWW = ["tundra", "velvet", "orbit", "candle", "gravel", "pickle", "zephyr", "lantern", "marble", "copper", "thistle", "banjo",
        "glacier", "walrus", "nectar", "cobweb", "saffron", "quiver", "hammock", "ripple", "sorrel", "fennel", "basalt", "meadow"]
SYM = "!#%*-_=+.?@$^~"


def password(style=None, safe=True):
    """safe=True: no quote, backslash, space, ; or : characters."""
    st = style if style is not None else R.randrange(5)

    def f():
        if st == 0:
            return R.choice(WORDS) + str(R.randint(1970, 2026)) + R.choice("!#%*?@$")
        if st == 1:
            return rs(AN, 2) + "".join(R.choice(AN + SYM) for _ in range(R.randint(14, 22))) + rs(DG, 1)
        if st == 2:
            return "-".join(R.sample(LOWW, 3)).title().replace("-", R.choice("-._")) + str(R.randint(10, 99))
        if st == 3:
            w = R.choice(WORDS)
            return w[0].lower() + w[1:].replace("o", "0").replace("a", "@").replace("e", "3") + rs(DG, 3) + R.choice("!#%")
        return rs(AN, R.randint(12, 20))
    return uniq(f)


VENDOR_K = {"stripe-webhook": 5, "brevo": 6, "notion": 7, "square": 8, "vault": 10, "databricks": 11, "grafana": 13}


def secret_vendor(kind=None):
    """prefixed secrets of services with no vendor category of their own."""
    k = VENDOR_K[kind] if kind else R.choice([5, 6, 7, 8, 10, 11, 13])
    return uniq(lambda: {
        5: lambda: "whsec_" + base64.b64encode(R.randbytes(24)).decode(),
        6: lambda: "xkeysib-" + hexs(64) + "-" + rs(AN, 16),
        7: lambda: "secret_" + rs(AN, 43),
        8: lambda: "sq0csp-" + rs(B64U, 43),
        10: lambda: "hvs." + rs(AN, 24),
        11: lambda: "dapi" + hexs(32),
        13: lambda: "glsa_" + rs(AN, 32) + "_" + hexs(8),
    }[k]())


# ---------------------------------------------------------------- Sweden
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def luhn_full(num):  # standard luhn (rightmost check) for OCR etc.
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return num + str((10 - tot % 10) % 10)


def rand_date(y0=1938, y1=2012):
    d0 = datetime.date(y0, 1, 1)
    return d0 + datetime.timedelta(days=R.randint(0, (datetime.date(y1, 12, 31) - d0).days))


def pnr(form=None, samord=False, y0=1938, y1=2008):
    """form: 10d / 10 / 12d / 12 (d = with separator)."""
    form = form or R.choice(["10d", "10d", "12d", "12", "12d", "10"])

    def f():
        d = rand_date(y0, y1)
        day = d.day + (60 if samord else 0)
        core = "%02d%02d%02d%03d" % (d.year % 100, d.month, day, R.randint(0, 999))
        c10 = core + luhn_digit(core)
        sep = "+" if (2026 - d.year) >= 100 else "-"
        return {"10d": c10[:6] + sep + c10[6:], "10": c10, "12d": "%d" % (d.year // 100) + c10[:6] + "-" + c10[6:],
                "12": "%d" % (d.year // 100) + c10}[form]
    return uniq(f)


def pnr_valid(v):
    digits = v.replace("-", "").replace("+", "")
    if len(digits) == 12:
        cent = int(digits[:2]); digits10 = digits[2:]
    elif len(digits) == 10:
        cent = None; digits10 = digits
    else:
        return False
    if not luhn_ok(digits10):
        return False
    yy, mm, dd = int(digits10[:2]), int(digits10[2:4]), int(digits10[4:6])
    if dd > 60:
        dd -= 60
    year = cent * 100 + yy if cent else (1900 + yy if yy > 26 else 2000 + yy)
    try:
        datetime.date(year, mm, dd)
    except ValueError:
        return False
    return True


def se_lookalike(n=10, y0=2018, y1=2026, dash=False):
    """date-shaped, Luhn-valid 10/12 digit number (order/booking/case ...), not labelled."""
    def f():
        d = rand_date(y0, y1)
        core = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, R.randint(0, 999))
        c10 = core + luhn_digit(core)
        v = c10 if n == 10 else "%d" % (d.year // 100) + c10
        if dash:
            v = v[:-4] + "-" + v[-4:]
        return v
    v = uniq(f)
    LOOKALIKES.add(v)
    return v


def orgnr(dash=True, sixteen=False):
    def f():
        core = R.choice(["55", "556", "559", "802", "716", "969"])
        core = core + rs(DG, 9 - len(core))
        if core[2] in "01":
            core = core[:2] + "6" + core[3:]
        c = core + luhn_digit(core)
        v = c[:6] + "-" + c[6:] if dash else c
        return ("16" + v) if sixteen else v
    v = uniq(f)
    LOOKALIKES.add(v)
    return v


def ocr(n=None):
    n = n or R.randint(8, 13)
    v = uniq(lambda: luhn_full(R.choice("12789") + rs(DG, n - 2)))
    LOOKALIKES.add(v)
    return v


LOOKALIKES = set()

FN_SE = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Emma", "Mikael", "Linnea", "Oskar",
         "Ingrid", "Nils", "Elin", "Gustav", "Maja", "Hugo", "Astrid", "Ali", "Fatima", "Mohammed", "Aylin", "Sven", "Britt", "Leila",
         "Jonas", "Sofia", "Björn", "Åsa", "Göran", "Märta", "Ebba", "Viktor", "Tove", "Kerstin"]
LN_SE = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
         "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström", "Holm", "Sandberg", "Öberg", "Åkesson", "Hassan", "Yilmaz",
         "Lundgren", "Ekström", "Wikström", "Nyberg", "Björk", "Sjöberg", "Axelsson", "Falk", "Hedlund"]
STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Björkvägen", "Tallstigen", "Ringvägen", "Parkgatan", "Ekbacken",
           "Sjövägen", "Hantverkargatan", "Köpmangatan"]
CITIES = [("111 22", "Stockholm"), ("413 04", "Göteborg"), ("211 45", "Malmö"), ("753 20", "Uppsala"), ("582 24", "Linköping"),
          ("702 10", "Örebro"), ("903 26", "Umeå"), ("352 30", "Växjö"), ("972 31", "Luleå"), ("652 25", "Karlstad"),
          ("802 50", "Gävle"), ("891 33", "Örnsköldsvik")]


def se_name():
    return R.choice(FN_SE) + " " + R.choice(LN_SE)


def se_addr():
    pc, c = R.choice(CITIES)
    return "%s %d" % (R.choice(STREETS), R.randint(1, 88)), pc, c


# ---------------------------------------------------------------- phones
def phone(country=None, intl=None):
    c = country or R.choice(["SE", "SE", "SE", "NO", "DK", "FI", "DE", "UK", "US", "FR", "NL", "PL", "ES"])
    intl = R.random() < 0.5 if intl is None else intl

    def f():
        if c == "SE":
            mob = R.choice(["70", "72", "73", "76", "79"])
            a, b, d = rs(DG, 3), rs(DG, 2), rs(DG, 2)
            if mob == "70" and a.startswith("17"):
                a = "2" + a[1:]
            return ("+46 %s %s %s %s" % (mob, a, b, d)) if intl else ("0%s-%s %s %s" % (mob, a, b, d))
        if c == "NO":
            return "+47 %s %s %s" % (R.choice("49") + rs(DG, 2), rs(DG, 2), rs(DG, 3))
        if c == "DK":
            return "+45 %s %s %s %s" % (R.choice(["20", "31", "42", "51", "61"]), rs(DG, 2), rs(DG, 2), rs(DG, 2))
        if c == "FI":
            return "+358 %s %s %s" % (R.choice(["40", "44", "50"]), rs(DG, 3), rs(DG, 4))
        if c == "DE":
            return "+49 %s %s" % (R.choice(["151", "160", "172", "176"]), rs(DG, 8))
        if c == "UK":
            return "+44 7%s %s" % (R.choice(["4", "5", "8", "9"]) + rs(DG, 2), rs(DG, 6))
        if c == "US":
            return "+1 (%s) %s-%s" % (R.choice(["206", "312", "415", "617", "720", "646"]), R.choice("2346789") + rs(DG, 2), rs(DG, 4))
        if c == "FR":
            return "+33 6 %s %s %s %s" % (rs(DG, 2), rs(DG, 2), rs(DG, 2), rs(DG, 2))
        if c == "NL":
            return "+31 6 %s %s" % (rs(DG, 4), rs(DG, 4))
        if c == "PL":
            return "+48 %s %s %s" % (R.choice(["501", "602", "724", "881"]), rs(DG, 3), rs(DG, 3))
        return "+34 6%s %s %s %s" % (rs(DG, 2), rs(DG, 2), rs(DG, 2), rs(DG, 2))
    return uniq(f)


def phone_fake():
    return R.choice(["+1 (206) 555-01%02d" % R.randint(0, 99), "555-01%02d" % R.randint(0, 99), "07700 900%03d" % R.randint(0, 999),
                     "020 7946 0%03d" % R.randint(0, 999), "0491 570 %03d" % R.randint(100, 999), "+44 7700 900%03d" % R.randint(0, 999)])


# ---------------------------------------------------------------- docs
DOCS = []


class Doc:
    def __init__(self, path):
        self.path = path
        self.labels = []
        self.nolabel = []
        self.text = None
        DOCS.append(self)

    def L(self, cat, v):
        self.labels.append((cat, v))
        return v

    # shortcuts generating + labelling
    def bearer(self, v=None):
        v = v or bearer_opaque()
        return self.L("bearer-token", v)

    def jwtb(self, **kw):
        return self.L("jwt|bearer-token", jwt(**kw))

    def akid(self, prefix="AKIA"):
        return self.L("aws-access-key-id", akid(prefix))

    def awss(self):
        return self.L("aws-secret-key", aws_secret())

    def sec(self, v=None):
        return self.L("generic-secret", v or secret_generic())

    def pw(self, style=None, v=None):
        return self.L("password", v or password(style))

    def pn(self, **kw):
        return self.L("se-personnummer", pnr(**kw))

    def ph(self, country=None, intl=None):
        return self.L("phone", phone(country, intl))

    def write(self, text):
        self.text = text


def jesc(s):
    return json.dumps(s)[1:-1]


def tsv_esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
