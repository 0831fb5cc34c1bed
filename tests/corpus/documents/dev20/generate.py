#!/usr/bin/env python3
"""dev20 corpus generator. Python 3.11 stdlib only, deterministic (seed 20020).

Builds every document in memory, runs self-checks, writes nothing if one fails.
    python3 generate.py          build, check, write
    python3 generate.py --check  build and check only
"""
import base64, datetime, hashlib, json, os, random, re, shutil, string, sys, urllib.parse, uuid as _uuid

SEED = 20020
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {}      # path -> Doc
EMAILS_USED = set()

# ---------------------------------------------------------------- values
A_Z2_7 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
WORDS = ["Harbor", "Lantern", "Quartz", "Meadow", "Falcon", "Copper", "Willow", "Ember", "Glacier", "Orchid",
         "Tundra", "Cobalt", "Saffron", "Juniper", "Velvet", "Marble", "Thistle", "Canyon", "Pepper", "Walrus"]
SVWORDS = ["Blåbär", "Älgtjur", "Sjöbod", "Hästhov", "Körsbär", "Skärgård", "Fjällräv", "Ödemark", "Gröt", "Lövskog"]


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0


def luhn_digit(s):
    for c in "0123456789":
        if luhn_ok(s + c):
            return c


class V:
    """value generators bound to one document's Random"""
    def __init__(self, r):
        self.r = r

    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(n, "0123456789abcdef")

    def b64url(self, n):
        return self.s(n, ALNUM + "-_")

    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def pw(self, punct="!#%*-_.+=@^~", style=None):
        r = self.r
        style = style or r.choice(["mix", "mix", "words", "sv", "alnum"])
        if style == "words":
            p = r.choice(WORDS) + r.choice("+-_.") + r.choice(WORDS).lower() + str(r.randint(10, 9999)) + r.choice(punct)
        elif style == "sv":
            p = r.choice(SVWORDS) + r.choice(WORDS).lower() + str(r.randint(10, 999)) + r.choice(punct)
        elif style == "alnum":
            p = self.s(r.randint(14, 22))
            p = r.choice(string.ascii_uppercase) + p + r.choice(string.digits)
        else:
            n = r.randint(12, 20)
            p = (r.choice(string.ascii_uppercase) + r.choice(string.ascii_lowercase) + r.choice(string.digits)
                 + r.choice(punct) + self.s(n - 4, ALNUM + punct))
            p = "".join(r.sample(p, len(p)))
            if not p[0].isalnum():
                p = r.choice(string.ascii_letters) + p
            if not p[-1].isalnum():
                p = p + r.choice(string.digits)
        return p

    def akid(self, pref=None):
        return (pref or self.r.choice(["AKIA", "AKIA", "ASIA"])) + self.s(16, A_Z2_7)

    def awssecret(self):
        while True:
            x = self.s(40, B64)
            if x[0].isalnum() and x[-1].isalnum():
                return x

    def jwt(self, alg=None, big=False):
        r = self.r
        alg = alg or r.choice(["RS256", "ES256", "HS256", "PS256", "EdDSA"])
        h = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            h["kid"] = self.b64url(r.choice([16, 22, 43]))
        now = 1796000000 + r.randint(0, 9000000)
        p = {"iss": r.choice(["https://auth.nordvik-data.se/", "https://login.tallgrove.io", "https://sso.kestrelpay.com/realms/main"]),
             "sub": self.uuid() if r.random() < .5 else str(r.randint(10 ** 7, 10 ** 9)),
             "aud": r.choice(["api", "orders-service", "https://api.tallgrove.io"]), "iat": now, "exp": now + r.choice([300, 900, 3600]),
             "scope": r.choice(["read write", "openid profile", "orders:read", "admin"])}
        if big:
            p["permissions"] = ["%s:%s" % (a, b) for a in ["orders", "users", "reports"] for b in ["read", "write"]]
        e = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        sig = self.b64url({"RS256": 342, "PS256": 342, "ES256": 86, "HS256": 43, "EdDSA": 86}[alg])
        return e(h) + "." + e(p) + "." + sig

    def opaque(self):
        r = self.r
        k = r.randint(0, 6)
        if k == 0: return self.s(r.randint(32, 48))
        if k == 1: return self.hex(40)
        if k == 2: return "ya29." + self.b64url(r.randint(120, 160))
        if k == 3: return self.b64url(43)
        if k == 4: return "at_" + self.s(32)
        if k == 5: return self.uuid().replace("-", "") + self.hex(8)
        return self.s(8) + "." + self.b64url(40)

    def pnr(self, form=None, samord=False, born=None):
        r = self.r
        while True:
            y = born or r.randint(1938, 2012)
            d0 = datetime.date(y, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
            day = d0.day + (60 if samord else 0)
            ser = "%03d" % r.randint(0, 999)
            ten9 = "%02d%02d%02d%s" % (y % 100, d0.month, day, ser)
            c = luhn_digit(ten9)
            form = form or r.choice(["12d", "10d", "12", "10"])
            if form == "12d": v = "%d%02d%02d-%s%s" % (y, d0.month, day, ser, c)
            elif form == "12": v = "%d%02d%02d%s%s" % (y, d0.month, day, ser, c)
            elif form == "10d": v = ten9[:6] + "-" + ser + c
            else: v = ten9 + c
            if v in ("19121212-1212", "191212121212", "121212-1212"):
                continue
            return v

    def orgnr(self):
        b = "55" + str(self.r.choice([6, 9])) + "%06d" % self.r.randint(0, 999999)
        return b[:6] + "-" + b[6:] + luhn_digit(b)

    def se_mobile(self, intl=False):
        r = self.r
        while True:
            pre = r.choice(["70", "72", "73", "76", "79"])
            rest = "%07d" % r.randint(0, 9999999)
            if pre == "70" and rest.startswith("17406"):
                continue
            if intl:
                return "+46 %s %s %s %s" % (pre, rest[:3], rest[3:5], rest[5:])
            return "0%s-%s %s %s" % (pre, rest[:3], rest[3:5], rest[5:])

    def iban(self, cc="SE"):
        r = self.r
        if cc == "SE": bban = "%03d" % r.choice([500, 600, 800, 300, 120]) + "%017d" % r.randint(0, 10 ** 17 - 1)
        elif cc == "DE": bban = "%08d%010d" % (r.randint(10000000, 99999999), r.randint(0, 10 ** 10 - 1))
        elif cc == "NL": bban = r.choice(["ABNA", "RABO", "INGB"]) + "%010d" % r.randint(0, 10 ** 10 - 1)
        else: bban = "%05d%05d" % (r.randint(10000, 99999), r.randint(0, 99999)) + self.s(11, string.ascii_uppercase + string.digits) + "%02d" % r.randint(0, 99)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        return cc + "%02d" % (98 - int(num) % 97) + bban

    def email(self, first=None, last=None):
        r = self.r
        first = first or r.choice(["anna", "erik", "lina", "omar", "sofia", "jonas", "maja", "karim", "elin", "viktor", "ines", "pavel"])
        last = last or r.choice(["lindqvist", "berg", "nyström", "hakimi", "ek", "sandberg", "wolff", "novak", "lund", "ferreira"])
        last = last.replace("ö", "o").replace("å", "a").replace("ä", "a")
        dom = r.choice(["gmail.com", "outlook.com", "telia.com", "hotmail.se", "proton.me", "nordvik-data.se", "tallgrove.io", "kestrelpay.com"])
        while True:
            e = "%s.%s%s@%s" % (first, last, r.choice(["", "", str(r.randint(2, 99))]), dom)
            if e not in EMAILS_USED:
                EMAILS_USED.add(e)
                return e
            dom = r.choice(["gmail.com", "outlook.com", "telia.com", "hotmail.se", "proton.me", "icloud.com", "bahnhof.se", "yahoo.com"])
            last = last + r.choice("0123456789")

    def dob(self, fmt="%Y-%m-%d"):
        d = datetime.date(self.r.randint(1950, 2004), 1, 1) + datetime.timedelta(days=self.r.randint(0, 364))
        return d.strftime(fmt)

    def passport(self, cc="SE"):
        if cc == "SE": return "%08d" % self.r.randint(10 ** 7, 10 ** 8 - 1)
        if cc == "DE": return "C" + self.s(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "US": return "%09d" % self.r.randint(10 ** 8, 10 ** 9 - 1)
        return self.s(2, string.ascii_uppercase) + "%07d" % self.r.randint(0, 9999999)


# ---------------------------------------------------------------- document helper
class Doc:
    def __init__(self, path):
        self.path = path
        self.r = random.Random(hashlib.sha256(("%d+%s" % (SEED, path)).encode()).digest())
        self.v = V(self.r)
        self.labels = []   # (cat, value)
        self.looks = []
        self.text = None

    def L(self, cat, val):
        self.labels.append((cat, val))
        return val

    def X(self, val):
        self.looks.append(val)
        return val


def doc(path):
    def deco(fn):
        d = Doc(path)
        t = fn(d, d.v, d.r)
        d.text = t
        DOCS[path] = d
        return fn
    return deco


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


PW, GS, BT, JB = "password", "generic-secret", "bearer-token", "jwt|bearer-token"
AK, AS = "aws-access-key-id", "aws-secret-key"
UP = "url-credentials|password"
BG = "bearer-token|generic-secret"

exec(open(os.path.join(HERE, "docs_a.py"), encoding="utf-8").read())
exec(open(os.path.join(HERE, "docs_b.py"), encoding="utf-8").read())
exec(open(os.path.join(HERE, "docs_c.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- checks
PLACEHOLDER = re.compile(r"(?i)^(changeme|password|secret|xxx+|\*+|•+|redacted|example|test|dummy)$|\$\{|\{\{|<[^>]*>|EXAMPLE|your[-_]|REDACTED|CHANGEME")
RESERVED = re.compile(r"(?i)(example\.(com|org|net)|\.example|\.test|\.invalid|\.local|localhost)$")
PNR_RE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)?\d{6}[-+]?\d{4})(?![0-9A-Za-z])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def pnr_valid(s):
    d = s.replace("-", "").replace("+", "")
    if len(d) == 12:
        y, rest = int(d[:4]), d[2:]
    else:
        y, rest = 1900 + int(d[:2]), d
    m, dd = int(rest[2:4]), int(rest[4:6])
    if dd > 60: dd -= 60
    try:
        datetime.date(y if len(d) == 12 else 2000, m, dd)
    except ValueError:
        return False
    return luhn_ok(rest)


def iban_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def check(carriers_used):
    errs = []
    seen = {}
    for p, d in DOCS.items():
        carrier = p.split("/")[0]
        if carrier in carriers_used:
            errs.append("carrier used before: " + carrier)
        labvals = set()
        for cat, val in d.labels:
            labvals.add(val)
            if val not in d.text:
                errs.append("%s: label not in file: %r" % (p, val))
            if val != val.strip() or "\n" in val:
                errs.append("%s: whitespace in label %r" % (p, val))
            if PLACEHOLDER.search(val) and cat != "email":
                errs.append("%s: placeholder-like label %r" % (p, val))
            for m in re.finditer(re.escape(val), d.text):
                a, b = m.start(), m.end()
                if (a and d.text[a - 1].isalnum() and val[0].isalnum()) or (b < len(d.text) and d.text[b].isalnum() and val[-1].isalnum()):
                    errs.append("%s: label glued %r" % (p, val))
            if len(val) >= 6:
                if val in seen and seen[val] != p:
                    errs.append("label in two docs: %r %s %s" % (val, p, seen[val]))
                seen[val] = p
            c0 = cat.split("|")[0]
            if c0 == "se-personnummer" and not pnr_valid(val):
                errs.append("%s: bad pnr %s" % (p, val))
            if c0 == AK and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", val):
                errs.append("%s: bad akid %s" % (p, val))
            if c0 == AS and not re.fullmatch(r"[A-Za-z0-9/+]{40}", val):
                try:
                    dec = base64.b64decode(val).decode()
                    assert re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}|[A-Za-z0-9/+]{40}", dec)
                except Exception:
                    errs.append("%s: bad aws secret %s" % (p, val))
            if c0 == "jwt" or cat == JB:
                parts = val.split(".")
                try:
                    assert len(parts) == 3 and val.startswith("eyJ") and parts[2]
                    json.loads(base64.urlsafe_b64decode(parts[0] + "=="))
                except Exception:
                    errs.append("%s: bad jwt %s" % (p, val[:30]))
            if c0 == "iban" and not iban_ok(val):
                errs.append("%s: bad iban %s" % (p, val))
            if c0 == "email" and RESERVED.search(val):
                errs.append("%s: reserved email labelled %s" % (p, val))
            if c0 == "phone" and not (7 <= len(re.sub(r"\D", "", val)) <= 15):
                errs.append("%s: bad phone %s" % (p, val))
            if c0 == "passport" and not re.fullmatch(r"[A-Z0-9]{6,12}", val):
                errs.append("%s: bad passport %s" % (p, val))
        cats = {}
        for cat, val in d.labels:
            if cats.setdefault(val, cat) != cat:
                errs.append("%s: value with two categories %r" % (p, val))
        for lk in d.looks:
            if any(lv in lk for lv in labvals if len(lv) >= 6):
                errs.append("%s: look-alike contains a label %r" % (p, lk))
        # lint: personnummer-shaped, emails, public IPv4
        for m in PNR_RE.finditer(d.text):
            s = m.group(1)
            if pnr_valid(s) and s not in labvals and s not in d.looks:
                errs.append("%s: unaccounted pnr-shaped %s" % (p, s))
        for m in EMAIL_RE.finditer(d.text):
            s = m.group(0)
            if m.start() and d.text[m.start() - 1] == ":":
                continue
            if any(lv.endswith(s.split("@")[0]) for lv in labvals):
                continue  # the end of a labelled URL password before @host
            if not RESERVED.search(s) and s not in labvals and s not in d.looks and not any(s in lv for lv in labvals):
                errs.append("%s: unlabelled email %s" % (p, s))
        for m in IP_RE.finditer(d.text):
            o = [int(x) for x in m.groups()]
            if o[0] in (10, 127) or (o[0] == 192 and o[1] == 168) or (o[0] == 172 and 16 <= o[1] < 32) or o[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]) or o[0] == 0 or o[:2] == [169, 254]:
                continue
            if m.group(0) not in labvals:
                errs.append("%s: public ipv4 %s" % (p, m.group(0)))
    return errs


def tsv(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    cu_path = next((x for x in ["/tmp/dev20-brief/carriers_used.txt", os.path.join(HERE, "carriers_used.txt")] if os.path.exists(x)), None)
    if not cu_path:
        sys.exit("carriers_used.txt not found")
    used = {l.strip() for l in open(cu_path, encoding="utf-8") if l.strip()}
    errs = check(used)
    if errs:
        print("\n".join(errs[:80]))
        print("%d errors, nothing written" % len(errs))
        sys.exit(1)
    ncat = {}
    for d in DOCS.values():
        for c, _ in d.labels:
            ncat[c] = ncat.get(c, 0) + 1
    carriers = {}
    for p in DOCS:
        carriers[p.split("/")[0]] = carriers.get(p.split("/")[0], 0) + 1
    stats = {"documents": len(DOCS), "carriers": len(carriers), "labels": sum(ncat.values()),
             "lookalikes": sum(len(d.looks) for d in DOCS.values()),
             "labels_per_category": dict(sorted(ncat.items(), key=lambda kv: -kv[1])),
             "documents_per_carrier": dict(sorted(carriers.items()))}
    print(json.dumps({k: v for k, v in stats.items() if k != "documents_per_carrier"}, ensure_ascii=False, indent=1))
    if "--check" in sys.argv:
        return
    for c in carriers:
        shutil.rmtree(os.path.join(HERE, c), ignore_errors=True)
    rows = ["file\tcategory\tvalue"]
    for p, d in sorted(DOCS.items()):
        fp = os.path.join(HERE, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
        done = set()
        for c, val in d.labels:
            if (c, val) not in done:
                done.add((c, val))
                rows.append("%s\t%s\t%s" % (p, c, tsv(val)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
