"""Value factories and the label registry for dev13 (seeded, deterministic)."""
import base64, datetime, hashlib, json, random, string, urllib.parse, uuid

R = random.Random(20261305)
TODAY = datetime.date(2026, 12, 5)

LABELS = []        # (file, category, value)
LOOK = []          # (file, value) look-alikes / placeholders written next to labels
DOCS = {}          # file -> text
_cur = None
_seen_vals = {}    # value -> (file, category)

DOC_EXAMPLES = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
}
JWTIO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
PLACEHOLDERS = ["<token>", "${TOKEN}", "$ACCESS_TOKEN", "xxxxxxxxxxxxxxxx", "REDACTED", "****",
                "[FILTERED]", "<redacted>", "{{ .Values.token }}", "YOUR_TOKEN_HERE", "${{ secrets.API_TOKEN }}"]


def begin(path):
    global _cur
    assert path not in DOCS, path
    _cur = path
    DOCS[path] = None


def end(text):
    DOCS[_cur] = text


def lab(cat, v):
    """Label v (exactly as written) in the current document; returns v."""
    prev = _seen_vals.get(v)
    if prev:
        if prev != (_cur, cat):
            raise SystemExit(f"value reused across files/categories: {v!r} {prev} vs {(_cur, cat)}")
        return v
    _seen_vals[v] = (_cur, cat)
    LABELS.append((_cur, cat, v))
    return v


def look(v):
    """Record a look-alike written in the current document; returns v."""
    LOOK.append((_cur, v))
    return v


def pick(seq):
    return R.choice(seq)


B62 = string.ascii_letters + string.digits
B64U = B62 + "-_"
B64S = B62 + "+/"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b62(n): return rs(B62, n)
def b64u(n): return rs(B64U, n)
def hexs(n): return rs(HEX, n)
def HEXU(n): return rs("0123456789ABCDEF", n)


def b64std(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha1(): return hexs(40)
def sha256(): return hexs(64)
def reqid(): return "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(26))
def etag(): return '"' + hexs(32) + '"'
def cf_id(): return "E" + rs(string.ascii_uppercase + string.digits, 13)


def content_hash40():
    """40-char base64 digest-ish string (NOT a secret: a content hash without a key name)."""
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(30))).decode()


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def ts(base=None, spread=86400 * 20):
    base = base or datetime.datetime(2026, 11, 3, 8, 0, 0)
    return base + datetime.timedelta(seconds=R.randint(0, spread))


def epoch():
    return R.randint(1793000000, 1796000000)


NAMES_F = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Ida", "Linnea", "Elsa", "Maja", "Wilma",
           "Astrid", "Ingrid", "Sofia", "Hanna", "Johanna", "Malin", "Frida", "Ebba", "Alva", "Klara", "Saga", "Tove"]
NAMES_M = ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Oskar", "Lucas", "William", "Hugo", "Elias",
           "Axel", "Gustav", "Magnus", "Mattias", "Fredrik", "Björn", "Olof", "Viktor", "Emil", "Isak", "Leo", "Sixten"]
SURN = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist", "Berg",
        "Lundgren", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Holm", "Nyström", "Åberg", "Öberg",
        "Ekström", "Hedlund", "Lindholm", "Blom", "Mohammed", "Ali", "Hassan", "Nguyen", "Kowalski", "Yilmaz"]
INTL = [("Priya", "Raman"), ("Tomasz", "Nowak"), ("Chloé", "Martin"), ("Lukas", "Becker"), ("Giulia", "Rossi"),
        ("Mateo", "García"), ("Aiko", "Tanaka"), ("Olumide", "Adeyemi"), ("Wei", "Zhang"), ("Fatima", "Khan"),
        ("Jonas", "Virtanen"), ("Ingvild", "Hansen"), ("Mette", "Jensen"), ("Sean", "Murphy"), ("Ana", "Silva"),
        ("Daan", "de Vries"), ("Emre", "Demir"), ("Grace", "Wanjiru"), ("Hiroshi", "Sato"), ("Camila", "Souza")]


def sv_name():
    return f"{pick(NAMES_F + NAMES_M)} {pick(SURN)}"


def luhn_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        s += d - 9 if d > 9 else d
    return s % 10 == 0


def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def pnr(form=None, y0=1932, y1=2022, samord=False, serial_gender=None, date=None):
    """A Luhn-valid personnummer (or samordningsnummer, day+60) as written.
    form: 10 (YYMMDD-NNNC), 10n (no separator), 12 (YYYYMMDDNNNC), 12d (YYYYMMDD-NNNC)."""
    form = form or pick(["10", "10", "12d", "12", "10n"])
    d = date or rand_date(y0, y1)
    day = d.day + (60 if samord else 0)
    serial = R.randint(0, 999) if not samord else R.randint(200, 999)
    if serial_gender is not None:
        serial = serial - serial % 2 + serial_gender
    body = f"{d.year % 100:02d}{d.month:02d}{day:02d}{serial:03d}"
    c = luhn_check(body)
    age = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
    if form == "10":
        return f"{body[:6]}{'+' if age >= 100 else '-'}{body[6:]}{c}"
    if form == "10n":
        return body + c
    if form == "12":
        return f"{d.year // 100}{body}{c}"
    return f"{d.year // 100}{body[:6]}-{body[6:]}{c}"


def datey(form=None, y0=1990, y1=2026, future_ok=True):
    """Date-shaped Luhn-valid NON-personnummer (booking/case/member numbers)."""
    return pnr(form=form, y0=y0, y1=y1)


def orgnr(form="10"):
    while True:
        body = "55" + str(R.randint(6, 9)) + f"{R.randint(0, 999999):06d}"
        c = luhn_check(body)
        n = body + c
        if form == "10":
            return f"{n[:6]}-{n[6:]}"
        if form == "16":
            return f"16{n[:6]}-{n[6:]}"
        return n


def orgnr_other(form="10"):
    """Organisation numbers of non-person entities (2xxxxx foundations/associations, 8xxxxx ideella föreningar)."""
    body = pick(["2", "8", "7", "9"]) + str(R.randint(0, 9)) + str(R.randint(2, 9)) + f"{R.randint(0, 999999):06d}"
    n = body + luhn_check(body)
    return f"{n[:6]}-{n[6:]}"


def bankgiro():
    body = f"{R.randint(100000, 9999999):d}"
    n = body + luhn_check(body)
    return f"{n[:-4]}-{n[-4:]}"


def plusgiro():
    body = f"{R.randint(10000, 9999999):d}"
    n = body + luhn_check(body)
    # formatted in pairs from the right, dash before the check digit
    head = n[:-1]
    pairs = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return " ".join(pairs) + "-" + n[-1]


def ocr_ref(n=None, date_shaped=False):
    if date_shaped:
        return pnr(form="10n", y0=1950, y1=2025)
    n = n or R.randint(8, 18)
    body = "".join(R.choice("0123456789") for _ in range(n - 1))
    if body[0] == "0":
        body = "7" + body[1:]
    return body + luhn_check(body)


# ---------------------------------------------------------------- AWS
A32 = string.ascii_uppercase + "234567"


def aws_id(prefix="AKIA"):
    return prefix + rs(A32, 16)


def aws_secret():
    while True:
        s = rs(B64S, 40)
        if any(c in "+/" for c in s) or R.random() < 0.2:
            return s


def aws_session():
    head = pick(["IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE", "IQoJb3JpZ2luX2VjEP"])
    body = b64std(R.randint(400, 700))
    return head + body.rstrip("=")


def acct():
    return str(R.randint(100000000000, 999999999999))


# ---------------------------------------------------------------- tokens
def jwt(alg="RS256", iss=None, sub=None, aud=None, extra=None, sig=None):
    hdr = {"alg": alg, "typ": "JWT", "kid": b64u(R.choice([16, 22, 43]))}
    if R.random() < 0.3:
        hdr = {"alg": alg, "kid": b64u(27), "typ": "JWT"}
    now = epoch()
    pl = {"iss": iss or pick(["https://auth.nordvik.io/", "https://login.kaprifol.se/realms/main",
                              "https://id.trellbrook.com", "https://sso.halvmane.net/oauth2/default"]),
          "sub": sub or uid(), "aud": aud or pick(["api://orders", "https://api.halvmane.net", "account", "billing-svc"]),
          "iat": now, "exp": now + pick([300, 900, 3600]), "jti": uid()}
    if extra:
        pl.update(extra)
    siglen = {"RS256": 342, "PS256": 342, "ES256": 86, "HS256": 43, "EdDSA": 86, "RS512": 342}[alg]
    return f"{b64url_json(hdr)}.{b64url_json(pl)}.{sig or b64u(siglen)}"


def opaque(n=None):
    return b62(n or R.randint(20, 200))


def bearer_any():
    """(token, category) of a random shape."""
    k = R.randint(0, 13)
    if k <= 3:
        return jwt(alg=pick(["RS256", "ES256", "PS256", "HS256"])), "jwt|bearer-token"
    if k == 4:
        return hexs(pick([32, 40, 64])), "bearer-token"
    if k == 5:
        return b64std(pick([24, 33, 48, 64])), "bearer-token"
    if k == 6:
        return "ya29.a0" + b64u(R.randint(150, 220)), "bearer-token"
    if k == 7:
        return "EAAG" + b62(R.randint(150, 190)), "bearer-token"
    if k == 8:
        return "ory_at_" + b64u(43) + "." + b64u(43), "bearer-token"
    if k == 9:
        return b64u(R.randint(30, 60)) + "." + b64u(R.randint(20, 40)), "bearer-token"
    if k == 10:
        return "sl.B" + b64u(R.randint(130, 150)), "bearer-token"
    if k == 11:
        return "pat-" + pick(["na1", "eu1"]) + "-" + uid(), "bearer-token"
    return opaque(), "bearer-token"


def masked_jwt():
    return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9..." if R.random() < 0.5 else "eyJhbGci" + "*" * 12


# ---------------------------------------------------------------- phones
US_AREAS = ["212", "415", "617", "312", "206", "303", "512", "404", "213", "646", "718", "305", "702", "917", "503", "612"]


def _d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def _nz(n):
    return str(R.randint(2, 9)) + _d(n - 1)


def phone(cc=None):
    """(country, number-as-written) of a real-looking number."""
    cc = cc or pick(["SE", "SE", "SE", "US", "UK", "DE", "FR", "NO", "DK", "FI", "NL", "ES", "IT", "PL", "IN", "BR", "JP",
                     "AU", "CA", "MX", "ZA", "NG", "KE", "SG", "HK", "CN", "TR", "AE", "CH", "IE", "AT", "BE", "PT"])
    x = R.random()
    if cc == "SE":
        m = pick(["70", "72", "73", "76", "79"])
        a, b, c = _d(3), _d(2), _d(2)
        if a.startswith("0"):
            a = "4" + a[1:]
        if m == "70" and a.startswith("17"):
            a = "2" + a[1:]
        f = R.randint(0, 6)
        return cc, ["0%s-%s %s %s" % (m, a, b, c), "+46 %s %s %s %s" % (m, a, b, c), "+46%s%s%s%s" % (m, a, b, c),
                    "0%s%s%s%s" % (m, a, b, c), "08-%s %s %s" % (_nz(3), _d(2), _d(2)), "+46 8 %s %s %s" % (_nz(3), _d(2), _d(2)),
                    "031-%s %s %s" % (_nz(2), _d(2), _d(2))][f]
    if cc in ("US", "CA"):
        area = pick(US_AREAS) if cc == "US" else pick(["604", "416", "514", "403", "613", "778"])
        ex = _nz(3)
        while ex == "555" or ex[1:] == "11":
            ex = _nz(3)
        ln = _d(4)
        return cc, pick([f"+1 {area}-{ex}-{ln}", f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1{area}{ex}{ln}",
                         f"+1 ({area}) {ex}-{ln}", f"{area}.{ex}.{ln}"])
    if cc == "UK":
        if x < 0.5:
            p = "7" + pick(["4", "5", "8", "9"]) + _d(2)
            rest = _d(6)
            return cc, pick([f"0{p} {rest}", f"+44 {p} {rest}", f"+44{p}{rest}"])
        mid = "3" + _d(3)
        return cc, pick([f"020 {mid} {_d(4)}", f"+44 20 {mid} {_d(4)}", f"0161 {_nz(3)} {_d(4)}"])
    if cc == "DE":
        return cc, pick([f"+49 30 {_nz(8)}", f"0151 {_d(8)}", f"+49 151 {_d(8)}", f"069 {_nz(7)}", f"+49 (0)89 {_nz(7)}"])
    if cc == "FR":
        return cc, pick([f"+33 6 {_d(2)} {_d(2)} {_d(2)} {_d(2)}", f"06 {_d(2)} {_d(2)} {_d(2)} {_d(2)}",
                         f"+33 1 {_nz(2)} {_d(2)} {_d(2)} {_d(2)}", f"+33612{_d(6)}"])
    if cc == "NO":
        return cc, pick([f"+47 9{_d(2)} {_d(2)} {_d(3)}", f"+47 4{_d(7)}", f"22 {_d(2)} {_d(2)} {_d(2)}"])
    if cc == "DK":
        return cc, pick([f"+45 {_nz(2)} {_d(2)} {_d(2)} {_d(2)}", f"+45{_nz(8)}"])
    if cc == "FI":
        return cc, pick([f"+358 40 {_d(3)} {_d(4)}", f"040 {_d(3)} {_d(4)}", f"+358 50 {_d(7)}", f"09 {_nz(3)} {_d(4)}"])
    if cc == "NL":
        return cc, pick([f"+31 6 {_d(8)}", f"06-{_d(8)}", f"+31 20 {_nz(3)} {_d(4)}", f"020-{_nz(3)} {_d(4)}"])
    if cc == "ES":
        return cc, pick([f"+34 6{_d(2)} {_d(3)} {_d(3)}", f"+34 91 {_d(3)} {_d(2)} {_d(2)}", f"6{_d(2)} {_d(2)} {_d(2)} {_d(2)}"])
    if cc == "IT":
        return cc, pick([f"+39 3{_d(2)} {_d(3)} {_d(4)}", f"+39 06 {_d(4)} {_d(4)}", f"3{_d(2)} {_d(7)}"])
    if cc == "PL":
        return cc, pick([f"+48 5{_d(2)} {_d(3)} {_d(3)}", f"+48 22 {_nz(3)} {_d(2)} {_d(2)}", f"6{_d(2)}-{_d(3)}-{_d(3)}"])
    if cc == "IN":
        return cc, pick([f"+91 9{_d(4)} {_d(5)}", f"+91-8{_d(9)}", f"09{_d(3)}{_d(6)}", f"+91 7{_d(4)} {_d(5)}"])
    if cc == "BR":
        return cc, pick([f"+55 11 9{_d(4)}-{_d(4)}", f"(21) 9{_d(4)}-{_d(4)}", f"+55 (31) 9{_d(4)}-{_d(4)}"])
    if cc == "JP":
        return cc, pick([f"+81 90-{_d(4)}-{_d(4)}", f"090-{_d(4)}-{_d(4)}", f"03-{_nz(4)}-{_d(4)}", f"+81 3-{_nz(4)}-{_d(4)}"])
    if cc == "AU":
        p = "4" + pick(["0", "1", "2", "3", "5", "7"]) + _d(1)
        return cc, pick([f"+61 {p} {_d(3)} {_d(3)}", f"0{p} {_d(3)} {_d(3)}", f"(02) 9{_d(3)} {_d(4)}", f"+61 3 9{_d(3)} {_d(4)}"])
    if cc == "MX":
        return cc, pick([f"+52 55 {_nz(4)} {_d(4)}", f"+52 1 33 {_nz(4)} {_d(4)}"])
    if cc == "ZA":
        return cc, pick([f"+27 82 {_d(3)} {_d(4)}", f"082 {_d(3)} {_d(4)}", f"+27 21 {_nz(3)} {_d(4)}"])
    if cc == "NG":
        return cc, pick([f"+234 803 {_d(3)} {_d(4)}", f"0803 {_d(3)} {_d(4)}", f"+234 809 {_d(3)} {_d(4)}"])
    if cc == "KE":
        return cc, pick([f"+254 7{_d(2)} {_d(6)}", f"07{_d(2)} {_d(3)} {_d(3)}"])
    if cc == "SG":
        return cc, pick([f"+65 9{_d(3)} {_d(4)}", f"+65 6{_d(3)} {_d(4)}", f"8{_d(3)} {_d(4)}"])
    if cc == "HK":
        return cc, f"+852 {pick(['9', '6', '5'])}{_d(3)} {_d(4)}"
    if cc == "CN":
        return cc, pick([f"+86 13{_d(1)} {_d(4)} {_d(4)}", f"+86 10 {_nz(4)} {_d(4)}", f"138{_d(8)}"])
    if cc == "TR":
        return cc, pick([f"+90 53{_d(1)} {_d(3)} {_d(2)} {_d(2)}", f"0 (53{_d(1)}) {_d(3)} {_d(2)} {_d(2)}"])
    if cc == "AE":
        return cc, pick([f"+971 50 {_d(3)} {_d(4)}", f"+971 4 {_nz(3)} {_d(4)}", f"055 {_d(3)} {_d(4)}"])
    if cc == "CH":
        return cc, pick([f"+41 79 {_d(3)} {_d(2)} {_d(2)}", f"044 {_nz(3)} {_d(2)} {_d(2)}"])
    if cc == "IE":
        return cc, pick([f"+353 87 {_d(3)} {_d(4)}", f"01 {_nz(3)} {_d(4)}"])
    if cc == "AT":
        return cc, pick([f"+43 664 {_d(7)}", f"+43 1 {_nz(7)}"])
    if cc == "BE":
        return cc, pick([f"+32 470 {_d(2)} {_d(2)} {_d(2)}", f"+32 2 {_nz(3)} {_d(2)} {_d(2)}"])
    if cc == "PT":
        return cc, pick([f"+351 91{_d(1)} {_d(3)} {_d(3)}", f"+351 21 {_nz(3)} {_d(4)}"])
    raise ValueError(cc)


def fake_phone():
    """Fictitious-range numbers (look-alikes, unlabelled)."""
    k = R.randint(0, 5)
    if k == 0:
        return f"+1 {pick(US_AREAS)}-555-01{_d(2)}"
    if k == 1:
        return f"({pick(US_AREAS)}) 555-01{_d(2)}"
    if k == 2:
        return f"020 7946 0{_d(3)}"
    if k == 3:
        return f"07700 900{_d(3)}"
    if k == 4:
        return f"0491 570 {_nz(3)}"
    return f"+44 1632 960{_d(3)}"


def email(first, last, domain=None):
    dom = domain or pick(["gmail.com", "outlook.com", "telia.com", "hotmail.se", "bredband.net", "icloud.com",
                          "protonmail.com", "yahoo.co.uk", "gmx.de", "live.se"])
    f = first.lower().translate(str.maketrans("åäöéüø", "aaoeuo"))
    l = last.lower().replace(" ", "").translate(str.maketrans("åäöéüø", "aaoeuo"))
    while True:
        e = pick([f"{f}.{l}@{dom}", f"{f}{l[:3]}{R.randint(1, 99)}@{dom}", f"{f[0]}{l}@{dom}", f"{f}.{l}{R.randint(1, 999)}@{dom}"])
        if e not in _seen_vals:
            return e


def pub_ip():
    while True:
        a = R.choice([31, 46, 62, 77, 78, 81, 83, 85, 90, 94, 95, 151, 155, 178, 185, 193, 194, 212, 213, 217])
        ip = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return ip


def priv_ip():
    return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                 f"192.168.{R.randint(0, 255)}.{R.randint(2, 254)}"])


def doc_ip():
    return pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


def jesc(s):
    """JSON-escape a string body (no quotes)."""
    return json.dumps(s)[1:-1]


def urlq(s):
    return urllib.parse.quote(s, safe="")


def card(prefix=None, n=16):
    prefix = prefix or pick(["4", "51", "52", "53", "54", "55", "2221", "2720"])
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_check(body)


def unlab(*vals):
    """Forget labels of values that end up written in another form."""
    LABELS[:] = [l for l in LABELS if l[2] not in vals]
    for v in vals:
        _seen_vals.pop(v, None)
