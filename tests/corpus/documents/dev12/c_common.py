"""Shared machinery for dev12 (adapted from dev11): seeded RNG, value generators, look-alikes, escaping, label registry."""
import base64, hashlib, json, os, random, re, string, urllib.parse, uuid as _uuid

R = random.Random(20261212)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

USED = set()


def uniq(fn):
    def w(*a, **k):
        for _ in range(1000):
            v = fn(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError("cannot make unique value")
    w.__name__ = fn.__name__
    return w


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def choice(x):
    return R.choice(x)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# ---------------------------------------------------------------- look-alikes (never labelled)
def sha1():
    return rs(HEX, 40)


def sha256():
    return rs(HEX, 64)


def md5():
    return rs(HEX, 32)


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def trace_id():
    return rs(HEX, 32)


def span_id():
    return rs(HEX, 16)


def etag():
    return '"' + rs(HEX, 32) + '"'


def sri():
    return "sha512-" + base64.b64encode(R.randbytes(64)).decode()


def fingerprint_sha256():
    return "SHA256:" + base64.b64encode(R.randbytes(32)).decode().rstrip("=")


def colon_fp():
    return ":".join(rs("0123456789ABCDEF", 2) for _ in range(20))


def ssh_pub():
    body = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + R.randbytes(32)).decode()
    return "ssh-ed25519 " + body


AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
RFC7617 = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
PLACEHOLDERS = ["changeme", "<your-token>", "${API_TOKEN}", "{{ secrets.API_TOKEN }}", "********", "REDACTED",
                "xxx", "<redacted>", "TODO", "__SET_ME__", "%(password)s", "{{ .Values.password }}", "CHANGE_ME",
                "your-api-key-here", "<password>", "****", "[FILTERED]", "null"]


def git_sha():
    return rs(HEX, 40)


def short_sha():
    return rs(HEX, 7)


def aroa():
    return choice(["AROA", "AIDA", "ANPA", "AGPA"]) + rs(B32, 17)


def masked_card():
    return choice(["4", "5", "3"]) + rs("0123456789", 5) + "******" + rs("0123456789", 4)


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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


# ---------------------------------------------------------------- sensitive values
@uniq
def aws_id(kind="AKIA"):
    return kind + rs(B32, 16)


@uniq
def aws_secret():
    while True:
        s = rs(ALNUM, 30) + rs(B64, 10)
        s = "".join(R.sample(s, len(s)))
        if "/" in s or "+" in s or R.random() < 0.3:
            return s


@uniq
def hexs(n):
    return rs(HEX, n)


@uniq
def alnum(n):
    return rs(ALNUM, n)


@uniq
def b64s(nbytes, url=False, pad=True):
    b = R.randbytes(nbytes)
    if url:
        return b64u(b)
    s = base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")


VENDOR_GENERIC = [
    lambda: "hvs." + rs(ALNUM, 24),
    lambda: "dckr_pat_" + rs(B64URL, 27),
    lambda: "lin_api_" + rs(ALNUM, 40),
    lambda: "dop_v1_" + rs(HEX, 64),
    lambda: "glc_" + b64s(48, pad=False),
    lambda: "pnu_" + rs(ALNUM, 36),
    lambda: "whsec_" + b64s(24),
    lambda: "xkeysib-" + rs(HEX, 64) + "-" + rs(ALNUM, 16),
    lambda: "sntrys_" + rs(ALNUM, 60),
    lambda: "phc_" + rs(ALNUM, 43),
    lambda: "tskey-auth-" + rs(ALNUM, 12) + "-" + rs(ALNUM, 30),
    lambda: "fo1_" + rs(ALNUM, 43),
    lambda: "pscale_pw_" + rs(ALNUM, 43),
    lambda: "rnd_" + rs(ALNUM, 32),
]


@uniq
def generic(shape=None):
    shape = shape or choice(["hex32", "hex40", "hex64", "b64_32", "b64_48", "alnum24", "alnum32", "alnum40",
                             "b64url43", "vendor", "vendor", "dash"])
    if shape == "hex32": return rs(HEX, 32)
    if shape == "hex40": return rs(HEX, 40)
    if shape == "hex64": return rs(HEX, 64)
    if shape == "b64_32": return base64.b64encode(R.randbytes(32)).decode()
    if shape == "b64_48": return base64.b64encode(R.randbytes(48)).decode()
    if shape == "alnum24": return rs(ALNUM, 24)
    if shape == "alnum32": return rs(ALNUM, 32)
    if shape == "alnum40": return rs(ALNUM, 40)
    if shape == "b64url43": return b64u(R.randbytes(32))
    if shape == "vendor": return choice(VENDOR_GENERIC)()
    if shape == "dash": return "-".join(rs(ALNUM, 8) for _ in range(4))
    raise ValueError(shape)


WORDS = ["Lakrits", "Tornado", "Sommar", "Vinter", "Kaffe", "Blueberry", "Falcon", "Harbor", "Maple", "Orbit",
         "Pepper", "Quartz", "Rocket", "Saffron", "Tiger", "Violet", "Walrus", "Zephyr", "Kanelbulle", "Fjord",
         "Bratwurst", "Croissant", "Paella", "Tulipan", "Pierogi", "Simit", "Gelato", "Bacalhau", "Stroopwafel",
         "Muesli", "Eisbaer", "Papillon", "Mariposa", "Farfalla", "Motyl", "Kelebek", "Vlinder", "Borboleta",
         "Granit", "Lavendel", "Nordlys", "Sandbox", "Kompass", "Anchor", "Glacier", "Cobalt", "Ember", "Juniper"]
PUNCT = "!*-_.+=?~^@:"


def password(kind=None, avoid=""):
    for _ in range(1000):
        p = _password(kind)
        if any(c in p for c in avoid) or re.search(r"[A-Za-z0-9]@[A-Za-z0-9-]+\.[A-Za-z]{2,}", p) or p in USED:
            continue
        USED.add(p)
        return p
    raise RuntimeError("password")


def _password(kind=None):
    kind = kind or choice(["human", "human", "gen", "gen", "gen", "phrase", "pin"])
    punct = PUNCT
    if kind == "human":
        p = choice(WORDS) + choice(["", choice(WORDS)]) + str(R.randint(1, 9999)) + choice("!?*+")
    elif kind == "gen":
        n = R.randint(14, 26)
        chars = [choice(string.ascii_letters + string.digits)]
        while len(chars) < n:
            chars.append(choice(ALNUM + punct) if R.random() < 0.82 else choice(punct))
        if not any(c in punct for c in chars[1:]):
            chars[R.randint(1, n - 1)] = choice(punct)
        while chars[-1] in ".:-_":
            chars[-1] = choice(ALNUM)
        p = "".join(chars)
    elif kind == "phrase":
        p = "-".join(choice(WORDS).lower() for _ in range(3)) + str(R.randint(10, 99))
    else:  # pin-ish / short human
        p = choice(WORDS) + "." + str(R.randint(1000, 99999))
    return p


def pw_url(p):
    return urllib.parse.quote(p, safe="")


def rand_jwt_parts(payload, alg="RS256", kid=True):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid and alg.startswith("RS") or alg.startswith("ES"):
        hdr["kid"] = rs(B64URL, 22) if R.random() < 0.5 else rs(HEX, 16)
    sig_len = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64, "PS256": 256}[alg]
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(R.randbytes(sig_len))


@uniq
def jwt(sub=None, iss=None, aud=None, alg=None, extra=None):
    now = R.randint(1735689600, 1767225600)
    p = {"iss": iss or choice(["https://auth.nordkraft.se/realms/prod", "https://login.microsoftonline.com/" + uuid4() + "/v2.0",
                               "https://accounts.google.com", "https://dev-" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 8) + ".eu.auth0.com/",
                               "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_" + rs(ALNUM, 9), "api-gateway"]),
         "sub": sub or (uuid4() if R.random() < 0.6 else "user:" + str(R.randint(10000, 999999))),
         "aud": aud or choice(["api://orders", "account", "https://api.fakturera.io", "billing-svc"]),
         "iat": now, "exp": now + choice([300, 900, 3600, 86400]),
         }
    if R.random() < 0.5:
        p["scope"] = choice(["openid profile email", "orders:read orders:write", "read:invoices", "api.full"])
    if extra:
        p.update(extra)
    return rand_jwt_parts(p, alg or choice(["RS256", "RS256", "HS256", "ES256", "PS256", "HS512"]))


@uniq
def bearer(shape=None):
    """returns (value, category)"""
    shape = shape or choice(["opaque", "opaque", "hex", "b64url", "dotted", "ya29", "jwt", "jwt", "azure", "sl",
                             "gho", "okta", "ory", "fb", "sf", "paypal", "keycloak_opaque", "uuidish", "b64"])
    return _bearer(shape)


def _bearer(shape):
    if shape == "opaque": return rs(ALNUM, R.choice([32, 40, 48, 64])), "bearer-token"
    if shape == "hex": return rs(HEX, R.choice([40, 64])), "bearer-token"
    if shape == "b64url": return b64u(R.randbytes(R.choice([32, 48]))), "bearer-token"
    if shape == "b64": return base64.b64encode(R.randbytes(R.choice([30, 36, 45]))).decode(), "bearer-token"
    if shape == "dotted": return rs(ALNUM, 22) + "." + rs(B64URL, 43), "bearer-token"
    if shape == "ya29": return "ya29." + rs(B64URL, R.randint(150, 200)), "bearer-token"
    if shape == "jwt": return jwt(), "jwt|bearer-token"
    if shape == "azure": return "EwB" + rs(ALNUM + "+/", 180) + "=", "bearer-token"
    if shape == "sl": return "sl." + rs(B64URL, 136), "bearer-token"
    if shape == "gho": return "gho_" + rs(ALNUM, 36), "github-token|bearer-token"
    if shape == "okta": return "00" + rs(ALNUM + "-_", 40), "bearer-token"
    if shape == "ory": return "ory_at_" + rs(B64URL, 43) + "." + rs(B64URL, 43), "bearer-token"
    if shape == "fb": return "EAA" + rs(ALNUM, 180), "bearer-token"
    if shape == "sf": return "00D" + rs(ALNUM, 12) + "!" + rs(ALNUM + ".", 96), "bearer-token"
    if shape == "paypal": return "A21AA" + rs(B64URL, 92), "bearer-token"
    if shape == "keycloak_opaque": return rs(HEX, 8) + "." + rs(B64URL, 40) + "." + rs(HEX, 12), "bearer-token"
    if shape == "uuidish": return "at-" + uuid4().replace("-", "") + rs(HEX, 16), "bearer-token"
    if shape in VENDOR_BEARER: return VENDOR_BEARER[shape]()
    if shape == "xoxb": return "xoxb-" + str(R.randint(10**11, 10**12)) + "-" + str(R.randint(10**12, 10**13)) + "-" + rs(ALNUM, 24), "slack-token|bearer-token"
    raise ValueError(shape)


@uniq
def basic(user, pw):
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


FIRST = ["Anna", "Erik", "Johan", "Maria", "Lars", "Karin", "Lena", "Per", "Sofia", "Oskar", "Lukas", "Mia", "Jonas",
         "Hannah", "Pierre", "Camille", "Lucas", "Chloé", "Javier", "Lucía", "Carmen", "Diego", "Giulia", "Marco",
         "Francesca", "João", "Inês", "Tiago", "Daan", "Sanne", "Bram", "Piotr", "Agnieszka", "Kasia", "Mehmet", "Elif",
         "Ayşe", "Emre", "James", "Olivia", "Priya", "Kenji", "Yuki", "Ahmed", "Fatima", "Noah", "Ella", "Wilma", "Astrid"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Lindqvist", "Berg", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Martin",
        "Bernard", "Moreau", "García", "Fernández", "López", "Martínez", "Rossi", "Russo", "Ferrari", "Bianchi",
        "Silva", "Santos", "Ferreira", "de Vries", "Jansen", "Bakker", "Kowalski", "Nowak", "Wiśniewska", "Yılmaz",
        "Kaya", "Demir", "Smith", "O'Brien", "Patel", "Tanaka", "Sato", "Haddad", "Lindgren", "Holm", "Ek"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.se", "telia.com", "bredband.net", "web.de", "gmx.de", "t-online.de",
           "orange.fr", "free.fr", "laposte.net", "yahoo.es", "telefonica.net", "libero.it", "virgilio.it", "sapo.pt",
           "ziggo.nl", "kpnmail.nl", "wp.pl", "onet.pl", "yandex.com.tr", "icloud.com", "proton.me", "fastmail.com",
           "nordkraft.se", "byggmax-partner.se", "fakturera.io", "kranbolaget.se", "stadtwerke-lenz.de",
           "atelier-moreau.fr", "logistica-iberia.es", "farmacia-ponte.it", "transportes-lusos.pt",
           "vandenberg-installatie.nl", "mebleks.pl", "anadolu-lojistik.com.tr", "brightwave.io", "acmecorp.co.uk"]


def name():
    return choice(FIRST), choice(LAST)


def _asciify(s):
    tr = str.maketrans({"é": "e", "ç": "c", "ã": "a", "ê": "e", "ı": "i", "ş": "s", "ğ": "g", "ö": "o", "ü": "u",
                        "å": "a", "ä": "a", "í": "i", "á": "a", "ó": "o", "ú": "u", "ś": "s", "ł": "l", "ń": "n",
                        "'": "", " ": ""})
    return s.lower().translate(tr)


@uniq
def email(first=None, last=None, domain=None):
    f, l = (first, last) if first else name()
    d = domain or choice(DOMAINS)
    sep = choice([".", "", "_", "."])
    local = _asciify(f) + sep + _asciify(l)
    if R.random() < 0.3:
        local += str(R.randint(1, 99))
    return local + "@" + d


# phones ------------------------------------------------------------------
def _d(n):
    return rs("0123456789", n)


@uniq
def phone(cc=None, intl=None):
    cc = cc or choice(["se", "de", "fr", "uk", "us", "es", "it", "nl", "pl", "tr", "pt", "br", "in", "jp", "au", "no",
                       "dk", "fi", "ch", "at", "be", "ie", "mx", "ca"])
    if intl is None:
        intl = R.random() < 0.5
    x = R
    if cc == "se":
        op = choice(["70", "72", "73", "76", "79"]); a, b, c = _d(3), _d(2), _d(2)
        if choice([0, 1]) and not intl:
            return choice(["08-", "031-", "040-"]) + x.choice("2345678") + _d(2) + " " + _d(2) + " " + _d(2)
        return f"+46 {op} {a} {b} {c}" if intl else choice([f"0{op}-{a} {b} {c}", f"0{op}{a}{b}{c}", f"0{op} {a} {b} {c}"])
    if cc == "de":
        op = choice(["151", "152", "157", "160", "170", "171", "176", "178"]); n = x.choice("123456789") + _d(7)
        if not intl and R.random() < 0.3:
            return choice(["030 ", "089 ", "040 ", "0221 "]) + x.choice("2345678") + _d(6)
        return f"+49 {op} {n}" if intl else choice([f"0{op} {n}", f"0{op}/{n[:4]} {n[4:]}", f"0{op}-{n}"])
    if cc == "fr":
        p = [choice(["6", "7"])] + [_d(2) for _ in range(4)]
        p[1] = x.choice("123456789") + p[1][1]
        return ("+33 " + " ".join(p)) if intl else ("0" + p[0] + " " + " ".join(p[1:]) if R.random() < .7 else "0" + p[0] + ".".join([""] + p[1:]))
    if cc == "uk":
        if R.random() < 0.6:
            n = choice(["7911", "7723", "7456", "7584", "7398", "7852"]) + " " + x.choice("123456789") + _d(5)
        else:
            pre = choice(["20 7", "20 3", "161 8", "131 2", "121 7"])
            if pre.startswith("20"):
                n = pre + _d(3) + " " + _d(4)
                if n.startswith("20 7946"):
                    n = "20 3" + n[4:]
            else:
                n = pre + _d(2) + " " + _d(4)
        return ("+44 " + n) if intl else ("0" + n)
    if cc in ("us", "ca"):
        area = choice(["212", "415", "312", "617", "206", "512", "303", "646"] if cc == "us" else ["416", "604", "514", "403"])
        exch = x.choice("2346789") + _d(2)
        line = _d(4)
        if exch == "555":
            exch = "556"
        return choice([f"+1 {area}-{exch}-{line}", f"+1 ({area}) {exch}-{line}", f"+1{area}{exch}{line}"]) if intl else \
            choice([f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}"])
    if cc == "es":
        n = choice(["6" + _d(2), "6" + _d(2), "7" + choice("1234") + _d(1)]) + " " + _d(3) + " " + _d(3)
        return ("+34 " + n) if intl else n
    if cc == "it":
        n = "3" + choice(["20", "28", "33", "35", "38", "40", "47", "49"]) + " " + _d(3) + " " + _d(4)
        return ("+39 " + n) if intl else n
    if cc == "nl":
        n = "6" + x.choice("123456789") + _d(7)
        return ("+31 6 " + n[1:]) if intl else choice(["06-" + n[1:], "06 " + n[1:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:]])
    if cc == "pl":
        n = choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + _d(1) + " " + _d(3) + " " + _d(3)
        return ("+48 " + n) if intl else n
    if cc == "tr":
        n = "5" + choice(["32", "33", "42", "05", "55", "36"]) + " " + _d(3) + " " + _d(2) + " " + _d(2)
        return ("+90 " + n) if intl else ("0" + n)
    if cc == "pt":
        n = "9" + choice(["1", "2", "3", "6"]) + _d(1) + " " + _d(3) + " " + _d(3)
        return ("+351 " + n) if intl else n
    if cc == "br":
        ddd = choice(["11", "21", "31", "41", "51"])
        n = "9" + _d(4) + "-" + _d(4)
        return f"+55 {ddd} {n}" if intl else f"({ddd}) {n}"
    if cc == "in":
        n = x.choice("6789") + _d(4) + " " + _d(5)
        return ("+91 " + n) if intl else ("0" + n.replace(" ", "") if R.random() < .5 else n)
    if cc == "jp":
        n = choice(["90", "80", "70"]) + "-" + _d(4) + "-" + _d(4)
        return ("+81 " + n) if intl else "0" + n
    if cc == "au":
        n = "4" + choice(["12", "13", "17", "21", "23", "38", "50"]) + " " + _d(3) + " " + _d(3)
        return ("+61 " + n) if intl else "0" + n
    if cc == "no":
        n = choice(["4", "9"]) + _d(2) + " " + _d(2) + " " + _d(3)
        return ("+47 " + n) if intl else n
    if cc == "dk":
        n = choice(["20", "22", "26", "30", "40", "42", "50", "60"]) + " " + _d(2) + " " + _d(2) + " " + _d(2)
        return ("+45 " + n) if intl else n
    if cc == "fi":
        n = choice(["40", "41", "44", "45", "50"]) + " " + _d(3) + " " + _d(4)
        return ("+358 " + n) if intl else "0" + n
    if cc == "ch":
        n = choice(["76", "77", "78", "79"]) + " " + _d(3) + " " + _d(2) + " " + _d(2)
        return ("+41 " + n) if intl else "0" + n
    if cc == "at":
        n = choice(["664", "660", "676", "699", "650"]) + " " + _d(7)
        return ("+43 " + n) if intl else "0" + n
    if cc == "be":
        n = "4" + choice(["70", "75", "77", "85", "95"]) + " " + _d(2) + " " + _d(2) + " " + _d(2)
        return ("+32 " + n) if intl else "0" + n
    if cc == "ie":
        n = "8" + choice(["3", "5", "6", "7", "9"]) + " " + _d(3) + " " + _d(4)
        return ("+353 " + n) if intl else "0" + n
    if cc == "mx":
        n = choice(["55", "33", "81"]) + " " + _d(4) + " " + _d(4)
        return ("+52 " + n) if intl else n
    raise ValueError(cc)


FAKE_PHONES = ["(555) 010-%04d", "+1 555-01%02d", "07700 900%03d", "020 7946 0%03d", "0491 570 %03d", "01632 960%03d"]


def fake_phone():
    t = choice(FAKE_PHONES)
    if "%04d" in t: return t % R.randint(100, 199)
    if "%02d" in t: return t % R.randint(0, 99)
    return t % R.randint(0, 999)


# personnummer --------------------------------------------------------------
def _date(y0=1942, y1=2007):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d


@uniq
def personnummer(form=None):
    y, m, d = _date()
    s = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    s = luhn_complete(s)
    form = form or choice(["short-", "short-", "long-", "long", "short", "long-"])
    if form == "short-": sep = "+" if y < 1925 else "-"; return s[:6] + sep + s[6:]
    if form == "short": return s
    if form == "long-": return f"{y // 100}" + s[:6] + "-" + s[6:]
    if form == "long": return f"{y // 100}" + s
    raise ValueError(form)


def datelike_luhn(form=None):
    """Luhn-valid, date-shaped look-alike (member/order/case number)."""
    y, m, d = _date(1990, 2026)
    s = luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 999):03d}")
    form = form or choice(["short", "long", "short-", "long-"])
    out = {"short": s, "long": f"{y // 100}" + s, "short-": s[:6] + "-" + s[6:], "long-": f"{y // 100}" + s[:6] + "-" + s[6:]}[form]
    USED.add(out)
    return out


def orgnr():
    s = luhn_complete("55" + choice("6789") + rs("0123456789", 6))
    return s[:6] + "-" + s[6:]


# cards ---------------------------------------------------------------------
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117"]


@uniq
def card(fmt=None):
    kind = choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa": p = "4" + choice(["539", "716", "921", "485", "017", "658"]) + rs("0123456789", 11)
    elif kind == "mc": p = "5" + choice("12345") + rs("0123456789", 13)
    elif kind == "mc2": p = "22" + choice(["31", "47", "63"]) + rs("0123456789", 11)
    elif kind == "amex": p = choice(["34", "37"]) + rs("0123456789", 12)
    else: p = "6011" + rs("0123456789", 11)
    n = luhn_complete(p)
    fmt = fmt or choice(["plain", "space", "dash"])
    if fmt == "plain" or len(n) == 15 and fmt != "space":
        return n
    if len(n) == 15:
        return n[:4] + " " + n[4:10] + " " + n[10:]
    sep = " " if fmt == "space" else "-"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def luhn_order(n=16):
    """Luhn-valid number that is not a card (order/invoice/reference)."""
    v = luhn_complete(("9" if n >= 15 else "1") + rs("0123456789", n - 2))
    USED.add(v)
    return v


# time ----------------------------------------------------------------------
def ts_iso(ms=True):
    y = choice([2025, 2026]); mo = R.randint(1, 12); d = R.randint(1, 28)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    base = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}"
    return base + (f".{R.randint(0, 999):03d}Z" if ms else "Z")


def ip_priv():
    return choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                   f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                   f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def ip_doc():
    return choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


def host():
    return choice(["api", "orders", "billing", "auth", "gw", "edge", "payments", "search", "crm", "inventory"]) + \
        choice([".internal", ".svc.cluster.local", ".prod.nordkraft.se", ".fakturera.io", ".corp.local", ".eu-north-1.compute.internal"])


def svc():
    return choice(["orders", "billing", "auth", "gateway", "inventory", "notifications", "search", "ledger", "kyc", "reports",
                   "payments", "shipping", "catalog", "users"])


# ---------------------------------------------------------------- corpus bookkeeping
class Doc:
    def __init__(self, corpus, path):
        self.c, self.path = corpus, path
        self.labels = []
        self.clean = set()
        self.glued = set()

    def L(self, cat, v, glued=False):
        if (cat, v) not in [(c, x) for c, x in self.labels]:
            self.labels.append((cat, v))
        if glued:
            self.glued.add(v)
        return v

    def X(self, v):
        self.clean.add(v)
        return v

    def bearer(self, shape=None):
        v, cat = bearer(shape)
        return self.L(cat, v)

    def bearer_assigned(self, shape=None):
        # (added by the team when first scored: a token held by an
        # access_token= / TOKEN = assignment is a generic-secret by the
        # README's categories too, as dev2-dev10 label it)
        v, cat = bearer(shape)
        return self.L(cat + "|generic-secret" if cat == "bearer-token" else cat, v)

    def done(self, text):
        if not text.endswith("\n"):
            text += "\n"
        self.c.docs[self.path] = (text, self)


class Corpus:
    def __init__(self, root):
        self.root = root
        self.docs = {}

    def doc(self, path):
        assert path not in self.docs, path
        return Doc(self, path)

    def check(self):
        errors, warns = [], []
        for path, (text, d) in self.docs.items():
            cats = {}
            for cat, v in d.labels:
                if v in cats and cats[v] != cat:
                    errors.append(f"{path}: value has two categories {cats[v]} / {cat}: {v}")
                cats[v] = cat
                if v not in text:
                    errors.append(f"{path}: label not in file [{cat}] {v}")
                if v in d.clean:
                    errors.append(f"{path}: look-alike equals label {v}")
                if "\t" in v or "\n" in v:
                    errors.append(f"{path}: label with tab/newline {v!r}")
                for m in re.finditer(re.escape(v), text):
                    a, b = m.start(), m.end()
                    if v in d.glued:
                        continue
                    if a > 0 and v[0].isalnum() and text[a - 1].isalnum():
                        warns.append(f"{path}: glued-left [{cat}] {v!r} ...{text[max(0, a - 15):b + 5]!r}")
                    if b < len(text) and v[-1].isalnum() and text[b].isalnum():
                        warns.append(f"{path}: glued-right [{cat}] {v!r} ...{text[a - 5:b + 15]!r}")
                validate(cat, v, errors, path)
            # a label inside another label of another category
            vals = [v for _, v in d.labels]
            for v in vals:
                for w in vals:
                    if v != w and v in w and cats[v] != cats[w]:
                        errors.append(f"{path}: label {v!r} inside label {w!r}")
        return errors, warns

    def write(self):
        rows = []
        for path, (text, d) in sorted(self.docs.items()):
            full = os.path.join(self.root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            for cat, v in d.labels:
                rows.append((path, cat, v.replace("\\", "\\\\")))
        with open(os.path.join(self.root, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("file\tcategory\tvalue\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
        return rows


PNR_RE = re.compile(r"^(\d{2})?(\d{6})[-+]?(\d{4})$")


def validate(cat, v, errors, path):
    cs = cat.split("|")
    if "se-personnummer" in cs:
        m = PNR_RE.match(v)
        if not m or not luhn_ok(m.group(2) + m.group(3)):
            errors.append(f"{path}: bad personnummer {v}")
    if "credit-card" in cs:
        dg = re.sub(r"[ -]", "", v)
        if not dg.isdigit() or not luhn_ok(dg) or dg in TEST_CARDS:
            errors.append(f"{path}: bad card {v}")
    if "jwt" in cs:
        parts = v.split(".")
        if len(parts) != 3 or not v.startswith("eyJ") or v == JWT_IO:
            errors.append(f"{path}: bad jwt {v[:30]}")
    if "aws-access-key-id" in cs:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) or v.endswith("EXAMPLE"):
            errors.append(f"{path}: bad aws id {v}")
    if "aws-secret-key" in cs:
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v) or v == AWS_DOC_SECRET:
            errors.append(f"{path}: bad aws secret {v}")
    if "basic-auth" in cs:
        try:
            dec = base64.b64decode(v, validate=True).decode()
            assert ":" in dec and v != RFC7617
        except Exception:
            errors.append(f"{path}: bad basic {v}")
    if "email" in cs:
        if not re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v) or re.search(r"example\.|\.test$|\.invalid$", v):
            errors.append(f"{path}: bad email {v}")
    if "password" in cs and v.lower() in {p.lower() for p in PLACEHOLDERS}:
        errors.append(f"{path}: placeholder as password {v}")


# ================================================================ dev12 additions
def _num(n):
    return str(R.randint(10 ** (n - 1), 10 ** n - 1))


VENDOR_BEARER = {
    # listed vendor categories (either category is right)
    "ghp": lambda: ("ghp_" + rs(ALNUM, 36), "github-token|bearer-token"),
    "gho": lambda: ("gho_" + rs(ALNUM, 36), "github-token|bearer-token"),
    "ghs": lambda: ("ghs_" + rs(ALNUM, 36), "github-token|bearer-token"),
    "glpat": lambda: ("glpat-" + rs(ALNUM + "-_", 20), "gitlab-token|bearer-token"),
    "xoxb": lambda: ("xoxb-" + _num(12) + "-" + _num(13) + "-" + rs(ALNUM, 24), "slack-token|bearer-token"),
    "xoxp": lambda: ("xoxp-" + _num(12) + "-" + _num(12) + "-" + _num(13) + "-" + rs(HEX, 32), "slack-token|bearer-token"),
    "sk_live": lambda: ("sk_live_" + rs(ALNUM, 99), "stripe-key|bearer-token"),
    "hf": lambda: ("hf_" + rs(string.ascii_letters, 34), "huggingface-token|bearer-token"),
    "openai": lambda: ("sk-proj-" + rs(B64URL, 156), "openai-key|bearer-token"),
    "npm": lambda: ("npm_" + rs(ALNUM, 36), "npm-token|bearer-token"),
    # vendor tokens no listed category names: bearer-token
    "hvs": lambda: ("hvs." + rs(ALNUM, 24), "bearer-token"),
    "hvs_long": lambda: ("hvs.CAESI" + rs(B64URL, 80), "bearer-token"),
    "dop": lambda: ("dop_v1_" + rs(HEX, 64), "bearer-token"),
    "lin": lambda: ("lin_api_" + rs(ALNUM, 40), "bearer-token"),
    "hubspot": lambda: ("pat-" + choice(["na1", "eu1", "na2"]) + "-" + uuid4(), "bearer-token"),
    "notion": lambda: ("ntn_" + rs(ALNUM, 46), "bearer-token"),
    "notion_old": lambda: ("secret_" + rs(ALNUM, 43), "bearer-token"),
    "glsa": lambda: ("glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8), "bearer-token"),
    "dapi": lambda: ("dapi" + rs(HEX, 32), "bearer-token"),
    "tfe": lambda: (rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67), "bearer-token"),
    "figd": lambda: ("figd_" + rs(B64URL, 40), "bearer-token"),
    "resend": lambda: ("re_" + rs(ALNUM, 8) + "_" + rs(ALNUM, 24), "bearer-token"),
    "groq": lambda: ("gsk_" + rs(ALNUM, 52), "bearer-token"),
    "replicate": lambda: ("r8_" + rs(ALNUM, 37), "bearer-token"),
    "twitter": lambda: ("AAAAAAAAAAAAAAAAAAAAA" + rs(ALNUM, 19) + "%3D" + rs(ALNUM, 50), "bearer-token"),
    "cloudflare": lambda: (rs(ALNUM + "_-", 40), "bearer-token"),
    "spotify": lambda: ("BQ" + rs(B64URL, 150), "bearer-token"),
    "linkedin": lambda: ("AQ" + rs(B64URL, 200), "bearer-token"),
    "intercom": lambda: ("dG9rOj" + base64.b64encode((uuid4() + ":" + uuid4()[:13] + ":1:0").encode()).decode()[6:], "bearer-token"),
    "asana": lambda: ("2/" + _num(16) + "/" + _num(16) + ":" + rs(HEX, 32), "bearer-token"),
    "doppler": lambda: ("dp.st.prd." + rs(ALNUM, 43), "bearer-token"),
    "netlify": lambda: ("nfp_" + rs(ALNUM, 36), "bearer-token"),
    "sentry_user": lambda: ("sntryu_" + rs(HEX, 64), "bearer-token"),
    "buildkite": lambda: ("bkua_" + rs(HEX, 40), "bearer-token"),
    "square": lambda: ("EAAA" + rs(ALNUM + "-_", 60), "bearer-token"),
    "twitch": lambda: (rs("abcdefghijklmnopqrstuvwxyz0123456789", 30), "bearer-token"),
    "pinecone": lambda: ("pcsk_" + rs(ALNUM, 5) + "_" + rs(ALNUM, 64), "bearer-token"),
    "xai": lambda: ("xai-" + rs(ALNUM, 80), "bearer-token"),
    "pplx": lambda: ("pplx-" + rs(HEX, 48), "bearer-token"),
    "mistral": lambda: (rs(ALNUM, 32), "bearer-token"),
}
VENDOR_BEARER_KEYS = list(VENDOR_BEARER)
BEARER_SHAPES = ["opaque", "opaque", "hex", "b64url", "b64", "dotted", "ya29", "jwt", "jwt", "jwt", "azure", "sl",
                 "okta", "ory", "fb", "sf", "paypal", "keycloak_opaque", "uuidish", "vendor", "vendor", "vendor"]


def bearer_shape():
    s = choice(BEARER_SHAPES)
    return choice(VENDOR_BEARER_KEYS) if s == "vendor" else s


# ---------------------------------------------------------------- more look-alikes
def bcrypt():
    return "$2" + choice("aby") + "$" + choice(["10", "12"]) + "$" + rs(string.ascii_letters + string.digits + "./", 53)


def argon2():
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64s(16, pad=False) + "$" + b64s(32, pad=False)


def sha512crypt():
    return "$6$" + rs(ALNUM + "./", 16) + "$" + rs(ALNUM + "./", 86)


def ssha():
    return "{SSHA}" + base64.b64encode(R.randbytes(24)).decode()


def nonce():
    return b64u(R.randbytes(16))


def csrf():
    return b64u(R.randbytes(32))


def req_id():
    return choice([uuid4(), "req_" + rs(ALNUM, 14), rs(HEX, 32), "Root=1-" + rs(HEX, 8) + "-" + rs(HEX, 24)])


def traceparent():
    return f"00-{rs(HEX, 32)}-{rs(HEX, 16)}-01"


def order_luhn(prefix_len=12):
    v = luhn_complete("7" + rs("0123456789", prefix_len - 2))
    USED.add(v)
    return v


def git_id():
    return rs(HEX, 40)


def docker_digest():
    return "sha256:" + rs(HEX, 64)


def rsa_pub_b64():
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + base64.b64encode(R.randbytes(240)).decode()[:300] + "IDAQAB"


def pgp_fpr():
    return " ".join(rs("0123456789ABCDEF", 4) for _ in range(10))


# ---------------------------------------------------------------- passwords with carrier-dependent characters
HARD = ",;&=:'\"()[]{}<>#%\\ "
ALLP = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ "
SAFE = "!*-_.+=?~^@:"


def _pick_hard(allow):
    h = [c for c in HARD if c in allow]
    return h


def pw(allow=SAFE, kind=None, minlen=10):
    """A fresh password whose characters are all letters, digits or in `allow`."""
    for _ in range(2000):
        k = kind or choice(["human", "human", "gen", "gen", "gen", "phrase", "leet"])
        hard = _pick_hard(allow)
        soft = [c for c in allow if c not in HARD and c != "$" and c != "`"]
        if k == "human":
            p = choice(WORDS + HUMAN_WORDS) + choice(["", str(R.randint(0, 9)), choice(WORDS).lower()]) + str(R.randint(1, 2026))
            tail = [c for c in "!?*#&%+" if c in allow] or soft or [""]
            p += choice(tail)
            if hard and R.random() < 0.35:
                p = p[:3] + choice(hard) + p[3:]
        elif k == "gen":
            n = R.randint(12, 28)
            chars = [choice(string.ascii_letters)]
            pool = ALNUM + "".join(soft)
            while len(chars) < n:
                chars.append(choice(pool))
            nh = R.randint(1, 3) if hard else 0
            for _i in range(nh):
                chars[R.randint(1, n - 2)] = choice(hard)
            if soft and not any(c in soft for c in chars):
                chars[R.randint(1, n - 2)] = choice(soft)
            chars[-1] = choice(ALNUM + "".join(c for c in allow if c not in " \\'\".,;:-"))
            p = "".join(chars)
        elif k == "phrase":
            sep = choice([c for c in " -._,;+" if c in allow] or ["-"]) if (" " in allow or R.random() < .5) else "-"
            if sep not in allow and not sep.isalnum():
                sep = ""
            p = sep.join(choice(PHRASE_WORDS) for _ in range(R.randint(3, 4))) + choice(["", str(R.randint(1, 99))])
        else:  # leet
            w = choice(WORDS + HUMAN_WORDS)
            p = w.replace("a", "@" if "@" in allow else "4").replace("o", "0").replace("e", "3").replace("i", "1")
            p = p[0].upper() + p[1:] + str(R.randint(10, 999)) + choice([c for c in "!#$%&" if c in allow] or ["9"])
        if any(not (c.isalnum() or c in allow) for c in p):
            continue
        if len(p) < minlen or p != p.strip() or p in USED or p.lower() in {x.lower() for x in PLACEHOLDERS}:
            continue
        if re.search(r"[A-Za-z0-9]@[A-Za-z0-9-]+\.[A-Za-z]{2,}", p) or "${" in p or "{{" in p or "$(" in p or "%(" in p:
            continue
        if "://" in p or "//" in p or "/*" in p:
            continue
        USED.add(p)
        return p
    raise RuntimeError("pw")


HUMAN_WORDS = ["Sonnenschein", "Bergwerk", "Marmelade", "Soleil", "Printemps", "Girasol", "Verano", "Primavera",
               "Tramonto", "Saudade", "Zomerdag", "Midsommar", "Fjellvann", "Hygge", "Revontuli", "Wiosna", "Praha",
               "Istanbul", "Moskva", "Sakura", "Fuji", "Nordstern", "Hafen", "Schatz", "Musique", "Futbol", "Calcio",
               "Ajax", "Bayern", "Hammarby", "Gremio", "Galatasaray", "Spartak", "Kaiser", "Drache", "Lapin"]
PHRASE_WORDS = ["correct", "horse", "battery", "staple", "river", "lantern", "cobalt", "meadow", "piano", "tundra",
                "walnut", "harbour", "violet", "ember", "orbit", "glacier", "pepper", "willow", "sparrow", "canyon",
                "biscuit", "marble", "thunder", "velvet", "comet", "saffron", "falcon", "juniper", "nectar", "quartz"]


# ---------------------------------------------------------------- escaping as the carrier writes it
def j(v):
    """JSON string body (no quotes)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def xml(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sqlq(v):
    return v.replace("'", "''")


def yaml_sq(v):
    return v.replace("'", "''")


def toml_basic(v):
    return v.replace("\\", "\\\\").replace('"', '\\"')


def php_sq(v):
    return v.replace("\\", "\\\\").replace("'", "\\'")


def url(v):
    return urllib.parse.quote(v, safe="")


def formenc(v):
    return urllib.parse.quote_plus(v, safe="")


# ---------------------------------------------------------------- generic secrets: (public id, secret) pairs of SaaS products
SAAS = {
    "auth0": lambda: (rs(ALNUM, 32), rs(B64URL, 64)),
    "okta": lambda: ("0oa" + rs(ALNUM, 17), rs(B64URL, 40)),
    "entra": lambda: (uuid4(), rs(ALNUM, 3) + str(R.randint(1, 9)) + "Q~" + rs(ALNUM + "_.~-", 34)),
    "google": lambda: (_num(12) + "-" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.googleusercontent.com", "GOCSPX-" + rs(B64URL, 28)),
    "github_app": lambda: ("Iv23li" + rs(ALNUM, 14), rs(HEX, 40)),
    "mixpanel": lambda: (rs(HEX, 32), rs(HEX, 32)),
    "plaid": lambda: (rs(HEX, 24), rs(HEX, 30)),
    "braintree": lambda: (rs("abcdefghijklmnopqrstuvwxyz0123456789", 16), rs(HEX, 32)),
    "razorpay": lambda: ("rzp_live_" + rs(ALNUM, 14), rs(ALNUM, 24)),
    "square": lambda: ("sq0idp-" + rs(B64URL, 22), "sq0csp-" + rs(B64URL, 43)),
    "twitch": lambda: (rs("abcdefghijklmnopqrstuvwxyz0123456789", 30), rs("abcdefghijklmnopqrstuvwxyz0123456789", 30)),
    "spotify": lambda: (rs(HEX, 32), rs(HEX, 32)),
    "discord": lambda: (_num(19), rs(B64URL, 32)),
    "slack_app": lambda: (_num(11) + "." + _num(13), rs(HEX, 32)),
    "vonage": lambda: (rs(HEX, 8), rs(ALNUM, 16)),
    "mailjet": lambda: (rs(HEX, 32), rs(HEX, 32)),
    "stream": lambda: (rs("abcdefghijklmnopqrstuvwxyz0123456789", 12), rs("abcdefghijklmnopqrstuvwxyz0123456789", 64)),
    "agora": lambda: (rs(HEX, 32), rs(HEX, 32)),
    "xero": lambda: (rs("0123456789ABCDEF", 32), rs(B64URL, 48)),
    "quickbooks": lambda: ("AB" + rs(ALNUM, 48), rs(ALNUM, 40)),
    "alpaca": lambda: ("AK" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18), rs(ALNUM, 40)),
    "b2": lambda: ("005" + rs(HEX, 22), "K005" + rs(ALNUM + "/+", 27)),
    "cloudinary": lambda: (_num(15), rs(B64URL, 27)),
    "contentful": lambda: (rs("abcdefghijklmnopqrstuvwxyz0123456789", 12), rs(B64URL, 43)),
    "recaptcha": lambda: ("6L" + rs(B64URL, 38), "6L" + rs(B64URL, 38)),
    "turnstile": lambda: ("0x4AAAAAAA" + rs(B64URL, 12), "0x4AAAAAAA" + rs(B64URL, 24)),
    "hcaptcha": lambda: (uuid4(), "0x" + rs(HEX, 40)),
    "pusher": lambda: (rs(HEX, 20), rs(HEX, 20)),
    "binance": lambda: (rs(ALNUM, 64), rs(ALNUM, 64)),
}
SECRETS = {
    "newrelic_license": lambda: rs(HEX, 36) + "NRAL",
    "newrelic_user": lambda: "NRAK-" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27),
    "honeycomb": lambda: "hcaik_" + rs("0123456789abcdefghijklmnopqrstuvwxyz", 58),
    "rollbar": lambda: rs(HEX, 32),
    "launchdarkly": lambda: "sdk-" + uuid4(),
    "pagerduty": lambda: rs(HEX, 32),
    "pagerduty_api": lambda: rs(ALNUM + "+_-", 20),
    "telegram": lambda: _num(10) + ":AA" + rs(B64URL, 33),
    "discord_bot": lambda: "MT" + rs(ALNUM, 24) + "." + rs(B64URL, 6) + "." + rs(B64URL, 38),
    "fcm_legacy": lambda: "AAAA" + rs(B64URL, 7) + ":APA91b" + rs(B64URL, 134),
    "expo": lambda: rs(ALNUM + "_-", 40),
    "zendesk": lambda: rs(ALNUM, 40),
    "freshdesk": lambda: rs(ALNUM, 20),
    "airtable": lambda: "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64),
    "atlassian": lambda: "ATATT3xFfGF0" + rs(B64URL, 170) + "=" + rs("0123456789ABCDEF", 8),
    "trello_token": lambda: "ATTA" + rs(HEX, 64) + rs("0123456789ABCDEF", 8),
    "clickup": lambda: "pk_" + _num(8) + "_" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32),
    "shippo": lambda: "shippo_live_" + rs(HEX, 40),
    "easypost": lambda: "EZAK" + rs(HEX, 60),
    "lob": lambda: "live_" + rs(HEX, 32),
    "mollie": lambda: "live_" + rs(ALNUM, 30),
    "paddle": lambda: "pdl_live_apikey_" + rs("0123456789abcdefghjkmnpqrstvwxyz", 26) + "_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 3),
    "adyen": lambda: "AQE" + rs(ALNUM, 5) + "+" + rs(B64, 100) + "=" + "-" + rs(B64, 43) + "=-" + rs(ALNUM, 14),
    "cloudflare_token": lambda: rs(ALNUM + "_-", 40),
    "cloudflare_global": lambda: rs(HEX, 37),
    "fastly": lambda: rs(B64URL, 32),
    "hetzner": lambda: rs(ALNUM, 64),
    "linode": lambda: rs(HEX, 64),
    "vultr": lambda: rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 36),
    "rails_skb": lambda: rs(HEX, 128),
    "laravel": lambda: "base64:" + base64.b64encode(R.randbytes(32)).decode(),
    "django": lambda: "django-insecure-" + rs("abcdefghijklmnopqrstuvwxyz0123456789!@#^&*(-_=+)", 50) if R.random() < 0.2 else rs("abcdefghijklmnopqrstuvwxyz0123456789!@#^&*(-_=+)", 50),
    "fernet": lambda: b64u(R.randbytes(32)) + "=",
    "hex32": lambda: rs(HEX, 32),
    "hex64": lambda: rs(HEX, 64),
    "hex40": lambda: rs(HEX, 40),
    "b64_32": lambda: base64.b64encode(R.randbytes(32)).decode(),
    "b64_24": lambda: base64.b64encode(R.randbytes(24)).decode(),
    "b64url": lambda: b64u(R.randbytes(32)),
    "alnum32": lambda: rs(ALNUM, 32),
    "alnum48": lambda: rs(ALNUM, 48),
    "whsec": lambda: "whsec_" + base64.b64encode(R.randbytes(24)).decode(),
    "age": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "svix": lambda: "whsec_" + base64.b64encode(R.randbytes(32)).decode(),
    "contentful_cma": lambda: "CFPAT-" + rs(B64URL, 43),
    "akamai_secret": lambda: base64.b64encode(R.randbytes(32)).decode(),
    "akamai_token": lambda: "akab-" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 16) + "-" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 16),
    "onesignal": lambda: "os_v2_app_" + rs("abcdefghijklmnopqrstuvwxyz234567", 113),
    "syncfusion": lambda: "Ngo9BigBOggjHTQxAR8/V1" + rs(B64, 60) + "=",
    "aggrid": lambda: "[TRIAL]_this_{AG_Charts_and_AG_Grid}_Enterprise_key_{AG-" + _num(6) + "}_is_granted_for_evaluation_only___" + rs(HEX, 32),
    "vault_unseal": lambda: base64.b64encode(R.randbytes(33)).decode(),
    "consul_gossip": lambda: base64.b64encode(R.randbytes(32)).decode(),
    "sidekiq": lambda: rs(HEX, 8) + ":" + rs(HEX, 8),
}


@uniq
def saas(kind):
    return SAAS[kind]()


@uniq
def sec(kind):
    return SECRETS[kind]()


def fake_phone2():
    return fake_phone()


# ---------------------------------------------------------------- HTTP scenery
API_HOSTS = ["api.fakturera.io", "orders.nordkraft.se", "api.brightwave.io", "gateway.kranbolaget.se", "api.mebleks.pl",
             "billing.stadtwerke-lenz.de", "api.logistica-iberia.es", "graph.atelier-moreau.fr", "api.farmacia-ponte.it",
             "core.transportes-lusos.pt", "api.vandenberg-installatie.nl", "svc.anadolu-lojistik.com.tr",
             "api.acmecorp.co.uk", "partner-api.hemkraft.no", "rest.kauppahalli.fi", "api.zelenypark.cz", "data.havnelys.dk"]
PATHS = ["/v1/orders?limit=50&status=open", "/v2/invoices/INV-2026-0412", "/api/users/me", "/api/v3/shipments/track",
         "/v1/customers/search?q=lind", "/graphql", "/api/reports/monthly?period=2026-03", "/oauth2/userinfo",
         "/v1/payments/intents", "/api/v1/inventory/items?page=3", "/v4/catalog/products/88213", "/api/tickets/4411/comments",
         "/v1/accounts/balance", "/internal/metrics/export", "/api/v2/sync/delta?since=1767225600"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"]
CLIENT_UAS = ["python-requests/2.32.3", "okhttp/4.12.0", "axios/1.7.9", "Go-http-client/2.0", "curl/8.11.1",
              "PostmanRuntime/7.43.0", "HTTPie/3.2.4", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "Dart/3.6 (dart:io)",
              "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "grpc-go/1.69.2", "ktor-client"]
BEARER_PLACEHOLDERS = ["<token>", "$TOKEN", "${ACCESS_TOKEN}", "{{access_token}}", "***", "[REDACTED]", "<your-access-token>",
                       "$(cat ~/.token)", "%API_TOKEN%", "xxxxxxxx", "{{ secrets.API_TOKEN }}", "<masked>", "REDACTED"]


def api_host():
    return choice(API_HOSTS)


def api_path():
    return choice(PATHS)


def bearer_ph():
    return choice(BEARER_PLACEHOLDERS)


def http_date():
    import datetime
    t = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


def small_json_body():
    return choice([
        {"id": "ord_" + rs(ALNUM, 12), "status": "open", "total": {"amount": R.randint(100, 99999), "currency": "SEK"}},
        {"data": [{"sku": "SKU-" + _num(5), "qty": R.randint(1, 40)}], "next_cursor": b64u(R.randbytes(12))},
        {"user": {"id": R.randint(1000, 999999), "locale": choice(["sv-SE", "de-DE", "fr-FR"]), "roles": ["viewer"]}},
        {"ok": True, "count": R.randint(0, 500), "etag": rs(HEX, 16)},
    ])
