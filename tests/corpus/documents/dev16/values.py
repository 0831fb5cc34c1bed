"""Random value generators for dev16 (deterministic: one seeded RNG)."""
import base64, datetime, json, random, string, urllib.parse, uuid as _uuid

R = random.Random(16016)
USED = set()

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"


def _uniq(fn):
    def w(*a, **k):
        for _ in range(1000):
            v = fn(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError("no unique value")
    w.__name__ = fn.__name__
    return w


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def mixed(alpha, n, need=(UP, LO, DG)):
    while True:
        s = rs(alpha, n)
        if all(any(c in grp for c in s) for grp in need):
            return s


# ---------------- AWS ----------------
@_uniq
def akid(prefix="AKIA"):
    return prefix + rs(UP + "234567", 16)


@_uniq
def aws_secret():
    while True:
        s = rs(B64, 40)
        if any(c in "/+" for c in s) and any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s):
            return s


@_uniq
def aws_session_token():
    return "IQoJb3JpZ2luX2Vj" + rs(B64, 300)


# ---------------- bearer ----------------
def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@_uniq
def jwt(iss="https://auth.internal.svc/", sub=None, alg="RS256", extra=None, sig_len=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if alg.startswith("RS") or alg.startswith("ES"):
        hdr["kid"] = rs(B64U, 22)
    now = 1764900000 + R.randint(0, 400000)
    pl = {"iss": iss, "sub": sub or str(_uuid.UUID(int=R.getrandbits(128))),
          "aud": R.choice(["api", "https://api.kvarnholm.se", "orders-service", "account"]),
          "iat": now, "exp": now + R.choice([300, 900, 3600, 86400]),
          "jti": rs(AN, 16)}
    if extra:
        pl.update(extra)
    if sig_len is None:
        sig_len = {"RS256": 342, "HS256": 43, "ES256": 86, "PS256": 342, "EdDSA": 86}[alg]
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(B64U, sig_len)


@_uniq
def opaque(kind=None):
    kind = kind or R.choice(["an32", "an40", "hex40", "hex64", "b64u43", "b64u86", "dotted", "ya29", "an64", "b64", "paseto", "lin", "hubspot", "fb", "dropbox"])
    if kind == "an32":
        return mixed(AN, 32)
    if kind == "an40":
        return mixed(AN, 40)
    if kind == "an64":
        return mixed(AN, 64)
    if kind == "hex40":
        return rs(HEX, 40)
    if kind == "hex64":
        return rs(HEX, 64)
    if kind == "b64u43":
        return mixed(B64U, 43)
    if kind == "b64u86":
        return mixed(B64U, 86)
    if kind == "b64":
        return mixed(B64, 44)[:43] + "="
    if kind == "dotted":
        return mixed(AN, 24) + "." + mixed(B64U, 40) + "." + rs(HEX, 16)
    if kind == "ya29":
        return "ya29.a0" + mixed(B64U, 150)
    if kind == "paseto":
        return "v4.public." + mixed(B64U, 180)
    if kind == "lin":
        return "lin_api_" + mixed(AN, 40)
    if kind == "hubspot":
        return "pat-eu1-" + str(_uuid.UUID(int=R.getrandbits(128)))
    if kind == "fb":
        return "EAAB" + mixed(AN, 180)
    if kind == "dropbox":
        return "sl.B" + mixed(B64U, 136)
    raise ValueError(kind)


# ---------------- generic secrets ----------------
@_uniq
def secret(kind=None):
    kind = kind or R.choice(["hex32", "hex64", "b64", "b64u", "an32", "an40", "whsec", "pre", "an48", "b64_64"])
    if kind == "hex32":
        return rs(HEX, 32)
    if kind == "hex64":
        return rs(HEX, 64)
    if kind == "hex40":
        return rs(HEX, 40)
    if kind == "hex48":
        return rs(HEX, 48)
    if kind == "b64":
        return mixed(B64, 43) + "="
    if kind == "b64_64":
        return mixed(B64, 86) + "=="
    if kind == "b64u":
        return mixed(B64U, 43)
    if kind == "an32":
        return mixed(AN, 32)
    if kind == "an40":
        return mixed(AN, 40)
    if kind == "an48":
        return mixed(AN, 48)
    if kind == "whsec":
        return "whsec_" + mixed(AN, 32)
    if kind == "pre":
        return R.choice(["mk_live_", "sec_", "key_", "psk_", "tok_", "rk_prod_", "aky_"]) + mixed(AN, 36)
    raise ValueError(kind)


# ---------------- passwords ----------------
WORDS = ["Pelican", "tractor", "Kanel", "saffron", "Orkester", "glacier", "Lantern", "mossa", "Harbour", "velvet", "Tundra",
         "pumpkin", "Fjord", "cobalt", "Marzipan", "lingon", "Walrus", "ember", "Quokka", "juniper", "Skorsten", "cactus",
         "Meridian", "otter", "Blåbär", "falcon", "Gravel", "nectar", "Orchid", "pylon", "Rhubarb", "sextant", "Trombone",
         "umber", "Viking", "whisker", "Zeppelin", "anchor", "Bramble", "copper", "Dynamo", "elk", "Fennel", "gondola"]
SYM = "!#%&*+-=?@^_~.,:;"


@_uniq
def password(kind=None, symbols=SYM):
    kind = kind or R.choice(["human", "human", "random", "random", "phrase", "random_long", "pin_word"])
    if kind == "human":
        w = R.choice(WORDS)
        return w + str(R.randint(10, 9999)) + R.choice(symbols)
    if kind == "phrase":
        return "-".join(R.choice(WORDS).lower() for _ in range(3)) + "-" + str(R.randint(2, 99))
    if kind == "random":
        return mixed(AN + symbols, R.randint(12, 20), need=(UP, LO, DG, symbols))
    if kind == "random_long":
        return mixed(AN + symbols, R.randint(24, 32), need=(UP, LO, DG, symbols))
    if kind == "pin_word":
        return R.choice(WORDS).capitalize() + R.choice(symbols) + R.choice(WORDS).lower() + str(R.randint(1, 99))
    if kind == "alnum":
        return mixed(AN, R.randint(14, 22))
    raise ValueError(kind)


# ---------------- look-alikes ----------------
def sha1():
    return rs(HEX, 40)


def sha256():
    return rs(HEX, 64)


def uuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def ident(n=12):
    return rs(LO + DG, n)


# ---------------- personnummer ----------------
def luhn_digit(digits9):
    s = 0
    for i, ch in enumerate(digits9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def luhn_ok(d10):
    return luhn_digit(d10[:9]) == d10[9]


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


@_uniq
def pnr(form=None, y0=1938, y1=2009, samordning=False):
    d = rand_date(y0, y1)
    day = d.day + (60 if samordning else 0)
    serial = "%03d" % R.randint(1, 999)
    core = "%02d%02d%02d%s" % (d.year % 100, d.month, day, serial)
    c = luhn_digit(core)
    yymmdd = core[:6]
    form = form or R.choice(["dash", "dash", "long_dash", "long", "plain"])
    cent = str(d.year // 100)
    if form == "dash":
        sep = "+" if d.year < 1926 else "-"
        return yymmdd + sep + serial + c
    if form == "long_dash":
        return cent + yymmdd + "-" + serial + c
    if form == "long":
        return cent + yymmdd + serial + c
    if form == "plain":
        return yymmdd + serial + c
    if form == "space":
        return yymmdd + " " + serial + c
    raise ValueError(form)


@_uniq
def lookalike_num(form="plain", y0=2019, y1=2026, prefix=""):
    """date-shaped (recent date) Luhn-valid 10-digit numbers used as order/booking/case ids."""
    d = rand_date(y0, y1)
    serial = "%03d" % R.randint(0, 999)
    core = "%02d%02d%02d%s" % (d.year % 100, d.month, d.day, serial)
    c = luhn_digit(core)
    if form == "plain":
        return prefix + core + c
    if form == "dash":
        return prefix + core[:6] + "-" + serial + c
    if form == "long":
        return prefix + str(d.year) + core[2:] + c
    if form == "long_dash":
        return prefix + str(d.year) + core[2:6] + "-" + serial + c
    raise ValueError(form)


@_uniq
def orgnr(dash=True):
    first = R.choice(["55", "556", "559", "716", "802", "212", "969", "832"])
    core = first + rs(DG, 9 - len(first))
    # organisation numbers: third digit >= 2 (month >= 20)
    if int(core[2]) < 2:
        core = core[:2] + "2" + core[3:]
    c = luhn_digit(core)
    return (core[:6] + "-" + core[6:] + c) if dash else core + c


def urlq(s):
    return urllib.parse.quote(s, safe="")


def jesc(s):
    return json.dumps(s)[1:-1]


def ts(base=datetime.datetime(2026, 11, 18, 7, 12, 3), spread=86400 * 9):
    return base + datetime.timedelta(seconds=R.randint(0, spread), microseconds=R.randint(0, 999999))


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


NAMES_SE = [("Anna", "Lindqvist"), ("Erik", "Johansson"), ("Maja", "Bergström"), ("Oskar", "Nyberg"), ("Elin", "Sandberg"),
            ("Johan", "Håkansson"), ("Sara", "Öberg"), ("Nils", "Axelsson"), ("Ida", "Forsberg"), ("Karl", "Wallin"),
            ("Linnea", "Ekström"), ("Viktor", "Holm"), ("Ebba", "Lundgren"), ("Gustav", "Sjöberg"), ("Alva", "Engström"),
            ("Hugo", "Dahl"), ("Wilma", "Nordin"), ("Axel", "Åberg"), ("Saga", "Isaksson"), ("Filip", "Mattsson"),
            ("Freja", "Blom"), ("Ludvig", "Strand"), ("Astrid", "Hedlund"), ("Emil", "Falk"), ("Tilde", "Lind"),
            ("Amir", "Haddad"), ("Leyla", "Yilmaz"), ("Mohammed", "Ali"), ("Sofia", "Persson"), ("Arvid", "Borg")]
NAMES = ["Priya Raman", "Tom Okafor", "Julia Brandt", "Mateo García", "Chen Wei", "Hanna Virtanen", "Lukas Novak",
         "Aisha Bello", "Marco Rossi", "Nora Haugen", "Ben Fischer", "Yuki Tanaka", "Olga Petrenko", "Dev Mehta",
         "Sam Whitaker", "Inès Morel", "Kofi Mensah", "Rosa Silva", "Jonas Weber", "Lena Kowalski"]


def se_name():
    return R.choice(NAMES_SE)


def name():
    return R.choice(NAMES)
