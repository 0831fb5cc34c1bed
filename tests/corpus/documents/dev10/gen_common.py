"""dev10 common: the Doc recorder, check digits and seeded value factories."""
import base64, json, random, string

GLOBAL = {}          # labelled value -> path (set-wide uniqueness)
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
B32 = UPPER + "234567"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


class Doc:
    def __init__(self, path):
        self.path = path
        self.r = random.Random("dev10-doc:" + path)
        self.buf = []
        self.labels = []      # (cat, value) in first-record order
        self._seen = set()

    def w(self, *parts):
        self.buf.extend(parts)

    def L(self, cat, value):
        """record value as labelled with category cat; returns value"""
        if value not in self._seen:
            owner = GLOBAL.get(value)
            if owner is not None and owner != self.path:
                raise ValueError("value reused across files: %r (%s, %s)" % (value, owner, self.path))
            GLOBAL[value] = self.path
            self._seen.add(value)
            self.labels.append((cat, value))
        return value

    def text(self):
        return "".join(self.buf)

    # ---- shortcuts -------------------------------------------------
    def fresh(self, fn, *a):
        for _ in range(200):
            v = fn(self.r, *a)
            if v not in GLOBAL and v not in self._seen:
                return v
        raise RuntimeError("no fresh value")


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------- check digits ----------------
def luhn_ok(s):
    s = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(s)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "")
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


# ---------------- secrets ----------------
def aws_akid(r, prefix="AKIA"):
    return prefix + rs(r, B32, 16)


def aws_secret(r):
    while True:
        v = rs(r, ALNUM + "/+", 40)
        if any(c in "/+" for c in v) or r.random() < 0.3:
            return v


def entropy(s):
    import math
    from collections import Counter
    c = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


def gsecret(r, kind=None):
    kind = kind or r.choice(["hex32", "hex40", "hex64", "b64", "alnum", "alnum", "b64u", "pref"])
    if kind == "hex32":
        v = rs(r, HEX, 32)
    elif kind == "hex40":
        v = rs(r, HEX, 40)
    elif kind == "hex64":
        v = rs(r, HEX, 64)
    elif kind == "b64":
        v = base64.b64encode(rbytes(r, r.choice([24, 32, 33]))).decode()
    elif kind == "b64u":
        v = b64url(rbytes(r, 32))
    elif kind == "pref":
        v = r.choice(["whsec_", "sec_", "sk_prod_", "ak_live_", "cs_", "wh_", "svc_"]) + rs(r, ALNUM, 32)
    else:
        v = rs(r, ALNUM, r.choice([24, 32, 40]))
    if entropy(v) < 3.2 or len(v) < 16:
        return gsecret(r, kind)
    return v


def opaque_token(r, shape=None):
    shapes = ["alnum", "hex", "b64u", "dotted", "pref", "macaroon", "paseto", "ory", "vault", "fernet", "b64"]
    shape = shape or r.choice(shapes)
    if shape == "alnum":
        v = rs(r, ALNUM, r.choice([32, 40, 48, 64]))
    elif shape == "hex":
        v = rs(r, HEX, r.choice([40, 64]))
    elif shape == "b64u":
        v = b64url(rbytes(r, r.choice([32, 48])))
    elif shape == "b64":
        v = base64.b64encode(rbytes(r, 45)).decode()
    elif shape == "dotted":
        v = rs(r, ALNUM, 8) + "." + b64url(rbytes(r, 24)) + "." + rs(r, HEX, 24)
    elif shape == "pref":
        v = r.choice(["at_", "oat_", "tok_", "acc_", "atk-", "pat."]) + rs(r, ALNUM, 40)
    elif shape == "macaroon":
        v = base64.b64encode(b"\x00\x1elocation " + rbytes(r, 96)).decode().rstrip("=")
    elif shape == "paseto":
        v = "v4.public." + b64url(rbytes(r, 120))
    elif shape == "ory":
        v = "ory_at_" + b64url(rbytes(r, 32)) + "." + b64url(rbytes(r, 32))
    elif shape == "vault":
        v = "hvb." + b64url(rbytes(r, 90))
    elif shape == "fernet":
        v = "gAAAAAB" + b64url(rbytes(r, 150))
    if entropy(v) < 3.2:
        return opaque_token(r, shape)
    return v


def jwt(r, size=None, alg=None, iss="https://login.nordvikcloud.se/realms/prod"):
    alg = alg or r.choice(["RS256", "RS256", "ES256", "PS256", "HS256"])
    hdr = {"alg": alg, "typ": "JWT", "kid": rs(r, ALNUM + "-_", 22)}
    now = 1764800000 + r.randint(0, 900000)
    pl = {"iss": iss, "sub": "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(12), r.getrandbits(48)),
          "aud": r.choice(["api://orders", "account", "https://api.brightwater.io", "gateway"]),
          "iat": now, "exp": now + 3600, "jti": rs(r, HEX, 16),
          "scope": " ".join(r.sample(["openid", "profile", "orders:read", "orders:write", "billing:read", "admin", "offline_access"], 3))}
    if size:
        pl["groups"] = []
        while len(b64url(json.dumps(pl, separators=(",", ":")).encode())) < size:
            pl["groups"].append("/" + r.choice(["ops", "eng", "finance", "support", "sre"]) + "/" + rs(r, LOWER, 6))
    sig = {"RS256": 256, "PS256": 256, "ES256": 64, "HS256": 32}[alg]
    return b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64url(rbytes(r, sig))


def jwe(r):
    hdr = {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": rs(r, ALNUM, 12)}
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()), b64url(rbytes(r, 256)), b64url(rbytes(r, 12)), b64url(rbytes(r, r.randint(400, 900))), b64url(rbytes(r, 16))])


WORDS = ["harbor", "tundra", "falcon", "copper", "meadow", "glacier", "orchid", "lantern", "velvet", "cobalt", "saffron",
         "quartz", "nimbus", "juniper", "ember", "walrus", "pebble", "thistle", "marlin", "birch", "kestrel", "fjord", "lynx",
         "mistral", "oak", "raven", "sorrel", "tango", "umber", "vortex", "willow", "zephyr", "blåbär", "sommar", "Himmel", "soleil"]


def password(r, style=None):
    style = style or r.choice(["words", "words", "mixed", "random", "random", "phrase"])
    if style == "words":
        v = r.choice(WORDS).capitalize() + r.choice("!#%&*-_.@$") + r.choice(WORDS).capitalize() + str(r.randint(10, 9999))
    elif style == "mixed":
        v = "".join(r.choice([c.upper(), c]) for c in r.choice(WORDS)) + str(r.randint(100, 99999)) + r.choice("!?#$%")
    elif style == "random":
        v = r.choice(ALNUM) + rs(r, ALNUM + "!#%*+-=?@^_~", r.randint(11, 21))
    else:
        v = "-".join(r.sample(WORDS, 4)) + str(r.randint(1, 99))
    if "changeme" in v.lower() or "password" in v.lower():
        return password(r, style)
    return v


# ---------------- personal ----------------
FIRST = ["Anna", "Erik", "Maja", "Lars", "Sofia", "Johan", "Elin", "Karin", "Oskar", "Linnea", "Hanna", "Nils", "Ingrid", "Mats",
         "Lena", "Pieter", "Sanne", "Jonas", "Chloé", "Mateo", "Lucía", "Aoife", "Ciarán", "Priya", "Tomasz", "Aino", "Ville", "Greta", "Fatima", "Omar"]
LAST = ["Lindqvist", "Bergström", "Nyström", "Holm", "Åberg", "Sandberg", "Ekman", "de Vries", "Janssen", "Moreau", "García", "Fernández",
        "O'Brien", "Kowalski", "Virtanen", "Korhonen", "Schneider", "Hoffmann", "Rossi", "Haddad", "Eklund", "Wikström", "Dahl", "Öberg"]
DOMAINS = ["nordvik-logistik.se", "brightwater.io", "kvarnbacken.se", "fjallmark.com", "tidewell.co.uk", "altamira-viajes.es",
           "hollandse-bouw.nl", "sisu-data.fi", "lumen-apotek.se", "rheinfeld-gmbh.de", "corvid-analytics.com", "ostkustbyggen.se",
           "maplegrove.ca", "bluecedar.com.au", "alpenrose.at", "skarholmen-vvs.se"]


def deaccent(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email(r, first=None, last=None, dom=None):
    f, l = first or r.choice(FIRST), last or r.choice(LAST)
    dom = dom or r.choice(DOMAINS)
    sep = r.choice([".", "_", "", "."])
    return "%s%s%s%s@%s" % (deaccent(f), sep, deaccent(l), r.choice(["", "", str(r.randint(2, 99))]), dom)


def pnr(r, twelve=None, sep=None):
    y = r.randint(1942, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    n = r.randint(0, 999)
    body = "%02d%02d%02d%03d" % (y % 100, m, d, n)
    c = luhn_digit(body)
    twelve = r.random() < 0.6 if twelve is None else twelve
    sep = r.choice(["-", "-", ""]) if sep is None else sep
    if twelve:
        return "%04d%02d%02d%s%03d%s" % (y, m, d, sep, n, c)
    return "%s%s%s" % (body[:6], sep, body[6:] + c)


def luhn_booking(r, sep="-"):
    """date-shaped, Luhn-valid booking / order number (NOT a personnummer by context)"""
    y = r.randint(2019, 2026)
    body = "%02d%02d%02d%03d" % (y % 100, r.randint(1, 12), r.randint(1, 28), r.randint(0, 999))
    c = luhn_digit(body)
    return "%04d%s%s%s" % (y, body[2:6], sep, body[6:] + c)


def orgnr(r):
    body = r.choice(["556", "559", "802", "969", "716"]) + "%06d" % r.randint(0, 999999)
    return body[:6] + "-" + body[6:] + luhn_digit(body)


CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16),
               ("3528", 16), ("62", 16), ("36", 14)]
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4000056655665556", "5105105105105100",
              "6011111111111117", "3530111333300000", "4012888888881881", "371449635398431", "5200828282828210"}


def card(r):
    p, n = r.choice(CARD_PREFIX)
    while True:
        body = p + rs(r, DIG, n - len(p) - 1)
        v = body + luhn_digit(body)
        if v not in TEST_CARDS:
            return v


def fmt_card(r, v):
    s = r.choice(["", " ", "-"])
    if len(v) == 15:
        return v[:4] + s + v[4:10] + s + v[10:]
    if len(v) == 14:
        return v[:4] + s + v[4:10] + s + v[10:]
    return s.join(v[i:i + 4] for i in range(0, 16, 4))


def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(["SE", "DE", "NL", "GB", "DK", "ES"])
    bban = {"SE": lambda: rs(r, DIG, 20), "DE": lambda: rs(r, DIG, 18), "DK": lambda: rs(r, DIG, 14), "ES": lambda: rs(r, DIG, 20),
            "NL": lambda: r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + rs(r, DIG, 10),
            "GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rs(r, DIG, 14)}[cc]()
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    v = cc + "%02d" % (98 - num % 97) + bban
    spaced = r.random() < 0.5 if spaced is None else spaced
    if spaced:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


PHONE_FMT = {
    "SE": lambda r: r.choice(["+46 7%d %03d %02d %02d", "07%d-%03d %02d %02d", "+467%d%03d%02d%02d"]) % (r.choice([0, 2, 3, 6, 9]), r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)),
    "DE": lambda r: r.choice(["+49 151 %04d%04d", "0171 %03d%04d", "+49 30 %04d%04d"]) % (r.randint(1000, 9999), r.randint(1000, 9999)) if r.random() < 0.01 else r.choice(["+49 151 %04d %04d", "+49 30 %04d %04d", "0172 %04d%04d"]) % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "GB": lambda r: r.choice(["+44 7%d%02d %06d", "07%d%02d %06d"]) % (r.choice([4, 5, 8, 9]), r.randint(10, 99), r.randint(100000, 999999)),
    "US": lambda r: r.choice(["+1 (%d) %d-%04d", "(%d) %d-%04d", "+1-%d-%d-%04d"]) % (r.choice([212, 415, 617, 312, 206, 512, 303]), r.randint(201, 549), r.randint(0, 9999)),
    "NL": lambda r: r.choice(["+31 6 %04d %04d", "06-%04d%04d"]) % (r.randint(1000, 9999), r.randint(1000, 9999)),
    "FR": lambda r: "+33 6 %02d %02d %02d %02d" % tuple(r.randint(10, 99) for _ in range(4)),
    "ES": lambda r: "+34 6%02d %03d %03d" % (r.randint(10, 99), r.randint(100, 999), r.randint(100, 999)),
    "FI": lambda r: "+358 40 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
}


def phone(r, cc=None):
    cc = cc or r.choice(list(PHONE_FMT))
    return PHONE_FMT[cc](r)


def dob(r, fmt=None):
    y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
    fmt = fmt or r.choice(["iso", "iso", "dmy", "dmydot", "mdy"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "dmy": "%02d/%02d/%04d" % (d, m, y), "dmydot": "%02d.%02d.%04d" % (d, m, y),
            "mdy": "%02d/%02d/%04d" % (m, d, y)}[fmt]


def passport(r, cc=None):
    cc = cc or r.choice(["US", "GB", "DE", "SE", "NL", "ES"])
    if cc in ("US", "GB"):
        return str(r.randint(1, 9)) + rs(r, DIG, 8)
    if cc == "DE":
        return r.choice("CFGHJK") + rs(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if cc == "SE":
        return rs(r, DIG, 8)
    if cc == "NL":
        return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + str(r.randint(0, 9))
    return rs(r, UPPER, 3) + rs(r, DIG, 6)


def uk_nino(r):
    a = [c for c in UPPER if c not in "DFIQUV"]
    b = [c for c in UPPER if c not in "DFIQUVO"]
    while True:
        p = r.choice(a) + r.choice(b)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    dd = rs(r, DIG, 6)
    if r.random() < 0.5:
        return "%s%s%s" % (p, dd, r.choice("ABCD"))
    return "%s %s %s %s %s" % (p, dd[:2], dd[2:4], dd[4:], r.choice("ABCD"))


def nl_bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.randint(1, 9)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def fi_hetu(r):
    y, m, d = r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)
    n = r.randint(2, 899)
    x = int("%02d%02d%02d%03d" % (d, m, y % 100, n))
    return "%02d%02d%02d%s%03d%s" % (d, m, y % 100, "-" if y < 2000 else "A", n, "0123456789ABCDEFHJKLMNPRSTUVWXY"[x % 31])


def es_dni(r):
    n = r.randint(10000000, 79999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def pub_ip(r):
    while True:
        a = r.choice([31, 46, 62, 77, 78, 81, 83, 85, 89, 94, 151, 176, 185, 188, 193, 194, 212, 213, 217])
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


# ---------------- look-alikes (never labelled) ----------------
def uuid(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def sha256(r):
    return rs(r, HEX, 64)


def sha1(r):
    return rs(r, HEX, 40)


def masked_card(r):
    v = card(r)
    return r.choice([v[:6] + "*" * (len(v) - 10) + v[-4:], "**** **** **** " + v[-4:], "XXXX-XXXX-XXXX-" + v[-4:]])


PLACEHOLDERS = ["<your-token>", "${API_TOKEN}", "xxxxxxxxxxxxxxxx", "REDACTED", "[REDACTED]", "********", "<redacted>", "{{ token }}",
                "$TOKEN", "changeme", "CHANGE_ME", "<insert-secret-here>", "%(token)s", "***", "[FILTERED]"]


def jd(obj, **kw):
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)
