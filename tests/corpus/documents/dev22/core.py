"""Value generators and the Doc helper for dev22 (seed 22022)."""
import base64, re, datetime, hashlib, json, random, string, urllib.parse

SEED = "22022"
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
BAD = ("xxx", "***", "test", "example", "exampl", "fake", "dummy", "sample", "changeme", "passw", "secret", "redact")

USED_EMAILS = set()


def rng_for(path):
    h = hashlib.sha256(f"{SEED}+{path}".encode()).hexdigest()
    return random.Random(int(h, 16))


def clean(v):
    lv = v.lower()
    if re.search(r"%[A-Za-z_]+%|\.\.\.|\$\(|\$\{|\{\{|<|>", v):
        return False
    return not any(b in lv for b in BAD)


class Doc:
    def __init__(self, path):
        self.path = path
        self.r = rng_for(path)
        self.labels = []      # (cat, value)
        self.looks = []       # unlabelled look-alikes

    # labelling -------------------------------------------------------
    def L(self, cat, v):
        self.labels.append((cat, v))
        return v

    def X(self, v):
        self.looks.append(v)
        return v

    # raw generators ---------------------------------------------------
    def s(self, n, alpha=AN):
        while True:
            v = "".join(self.r.choice(alpha) for _ in range(n))
            if clean(v):
                return v

    def hx(self, n):
        return self.s(n, "0123456789abcdef")

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        if url:
            v = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        else:
            v = base64.b64encode(raw).decode()
            if not pad:
                v = v.rstrip("=")
        if not clean(v):
            return self.b64(nbytes, url, pad)
        return v

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pw(self, n=None, punct="!#%^*-_.@+=", words=False):
        r = self.r
        if words:
            w1 = r.choice(WORDS)
            w2 = r.choice(WORDS)
            sep = r.choice(punct) if punct else ""
            v = f"{w1.capitalize()}{sep}{w2}{r.randint(10, 9999)}"
            if punct and r.random() < 0.5:
                v += r.choice(punct)
            return v if clean(v) else self.pw(n, punct, words)
        n = n or r.randint(11, 20)
        while True:
            chars = [r.choice(UP), r.choice(LO), r.choice(DG)]
            if punct:
                chars.append(r.choice(punct))
            pool = AN + (punct or "")
            chars += [r.choice(pool) for _ in range(n - len(chars))]
            r.shuffle(chars)
            v = "".join(chars)
            if v[0] in "-=+" or v[-1] in "=":
                continue
            if clean(v):
                return v

    def akia(self, pre="AKIA"):
        return pre + self.s(16, UP + "234567")

    def awssec(self):
        return self.s(40, B64)

    def jwt(self, payload, alg="HS256", kid=None):
        hdr = {"alg": alg, "typ": "JWT"}
        if kid:
            hdr["kid"] = kid
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.b64(32 if alg.startswith("HS") else 256, url=True)
        return f"{enc(hdr)}.{enc(payload)}.{sig}"

    def ts(self, y0=2025, y1=2026):
        d = datetime.datetime(y0, 1, 1) + datetime.timedelta(seconds=self.r.randint(0, (y1 - y0 + 1) * 365 * 86400 - 1))
        return d

    def epoch(self):
        return int(self.ts().replace(tzinfo=datetime.timezone.utc).timestamp())

    def ip(self):
        return self.r.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.16.{}.{}"]).format(*[self.r.randint(1, 254) for _ in range(3)])[:]

    def pem(self, kind="RSA PRIVATE KEY", nbytes=None):
        prefix = {"RSA PRIVATE KEY": "MIIEowIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                  "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}[kind]
        nbytes = nbytes or {"RSA PRIVATE KEY": 1180, "PRIVATE KEY": 1200, "EC PRIVATE KEY": 90, "OPENSSH PRIVATE KEY": 300}[kind]
        body = prefix + self.b64(nbytes)
        body = body.rstrip("=")
        body = body + "=" * (-len(body) % 4)
        width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    # personal data ----------------------------------------------------
    def dob(self, y0=1950, y1=2004):
        return datetime.date(y0, 1, 1) + datetime.timedelta(days=self.r.randint(0, (y1 - y0) * 365))

    def pnr(self, y0=1940, y1=2012, form=None, samordning=False):
        r = self.r
        d = self.dob(y0, y1)
        day = d.day + (60 if samordning else 0)
        nnn = f"{r.randint(0, 999):03d}"
        base = f"{d.year % 100:02d}{d.month:02d}{day:02d}{nnn}"
        c = luhn_digit(base)
        ten = base + str(c)
        form = form or r.choice(["short-", "long-", "long", "short"])
        sep = "+" if (form == "short-" and d.year < 1925) else "-"
        if form == "short-":
            return f"{ten[:6]}{sep}{ten[6:]}"
        if form == "long-":
            return f"{d.year // 100}{ten[:6]}-{ten[6:]}"
        if form == "long":
            return f"{d.year // 100}{ten}"
        return ten

    def se_lookalike(self, form="short", y0=2019, y1=2026):
        """A Luhn-valid date-shaped number that is not a personnummer (booking, invoice ...)."""
        r = self.r
        d = self.dob(y0, y1)
        base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(0, 999):03d}"
        ten = base + str(luhn_digit(base))
        if form == "short-":
            return f"{ten[:6]}-{ten[6:]}"
        if form == "long":
            return f"{d.year}{ten[2:]}"
        return ten

    def email(self, first, last, domain, style=None):
        r = self.r
        style = style or r.choice(["f.l", "fl", "f_l", "f", "fl99", "f.l99"])
        f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
        local = {"f.l": f"{f}.{l}", "fl": f"{f[0]}{l}", "f_l": f"{f}_{l}", "f": f"{f}{l[0]}",
                 "fl99": f"{f}{l}{r.randint(10, 99)}", "f.l99": f"{f}.{l}{r.randint(1, 99)}"}[style]
        e = f"{local}@{domain}"
        i = 2
        while e in USED_EMAILS:
            e = f"{local}{i}@{domain}"
            i += 1
        USED_EMAILS.add(e)
        return e

    def name(self, cc="se"):
        fn, ln = NAMES[cc]
        return self.r.choice(fn), self.r.choice(ln)

    def phone(self, cc, intl=None):
        r = self.r
        intl = r.random() < 0.5 if intl is None else intl
        d = lambda n: "".join(r.choice(DG) for _ in range(n))
        if cc == "se":
            p = r.choice(["70", "72", "73", "76", "79"]) + d(7)
            return f"+46 {p[:2]} {p[2:5]} {p[5:7]} {p[7:]}" if intl else f"0{p[:2]}-{p[2:5]} {p[5:7]} {p[7:]}"
        if cc == "se-fixed":
            return f"08-{r.randint(31,79)}{d(1)} {d(2)} {d(2)}" if not intl else f"+46 8 {r.randint(31,79)}{d(1)} {d(2)} {d(2)}"
        if cc == "no":
            p = r.choice("49") + d(7)
            return f"+47 {p[:3]} {p[3:5]} {p[5:]}" if intl else f"{p[:3]} {p[3:5]} {p[5:]}"
        if cc == "dk":
            p = r.choice(["2", "3", "4", "5"]) + d(7)
            return f"+45 {p[:2]} {p[2:4]} {p[4:6]} {p[6:]}"
        if cc == "fi":
            p = r.choice(["40", "44", "45", "50"]) + d(7)
            return f"+358 {p[:2]} {p[2:5]} {p[5:]}" if intl else f"0{p[:2]} {p[2:5]} {p[5:]}"
        if cc == "de":
            p = r.choice(["151", "160", "170", "172", "176", "157"]) + d(8)
            return f"+49 {p[:3]} {p[3:]}" if intl else f"0{p[:3]} {p[3:]}"
        if cc == "at":
            p = r.choice(["664", "676", "699", "650"]) + d(7)
            return f"+43 {p[:3]} {p[3:]}" if intl else f"0{p[:3]} {p[3:]}"
        if cc == "ch":
            p = r.choice(["76", "77", "78", "79"]) + d(7)
            return f"+41 {p[:2]} {p[2:5]} {p[5:7]} {p[7:]}" if intl else f"0{p[:2]} {p[2:5]} {p[5:7]} {p[7:]}"
        if cc == "fr":
            p = r.choice("67") + d(8)
            return f"+33 {p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}" if intl else f"0{p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}"
        if cc == "es":
            p = r.choice("67") + d(8)
            return f"+34 {p[:3]} {p[3:6]} {p[6:]}" if intl else f"{p[:3]} {p[3:6]} {p[6:]}"
        if cc == "it":
            p = "3" + r.choice(["20", "28", "33", "39", "47", "49"]) + d(7)
            return f"+39 {p[:3]} {p[3:6]} {p[6:]}" if intl else f"{p[:3]} {p[3:6]} {p[6:]}"
        if cc == "pt":
            p = "9" + r.choice("1236") + d(7)
            return f"+351 {p[:3]} {p[3:6]} {p[6:]}"
        if cc == "nl":
            p = "6" + d(8)
            return f"+31 {p[0]} {p[1:]}" if intl else f"0{p[0]}-{p[1:]}"
        if cc == "be":
            p = "4" + r.choice("789") + d(7)
            return f"+32 {p[:3]} {p[3:5]} {p[5:7]} {p[7:]}"
        if cc == "pl":
            p = r.choice("5678") + d(8)
            return f"+48 {p[:3]} {p[3:6]} {p[6:]}" if intl else f"{p[:3]} {p[3:6]} {p[6:]}"
        if cc == "cz":
            p = r.choice("67") + d(8)
            return f"+420 {p[:3]} {p[3:6]} {p[6:]}"
        if cc == "hu":
            p = r.choice(["20", "30", "70"]) + d(7)
            return f"+36 {p[:2]} {p[2:5]} {p[5:]}" if intl else f"06 {p[:2]} {p[2:5]} {p[5:]}"
        if cc == "ro":
            p = "7" + r.choice("2345") + d(7)
            return f"+40 {p[:3]} {p[3:6]} {p[6:]}" if intl else f"0{p[:3]} {p[3:6]} {p[6:]}"
        if cc == "gr":
            p = "69" + r.choice("3479") + d(7)
            return f"+30 {p[:3]} {p[3:6]} {p[6:]}"
        if cc == "gb":
            p = "7" + r.choice(["4", "5", "8", "9"]) + d(8)
            return f"+44 {p[:4]} {p[4:]}" if intl else f"0{p[:4]} {p[4:]}"
        if cc == "ie":
            p = "8" + r.choice("35679") + d(7)
            return f"+353 {p[:2]} {p[2:5]} {p[5:]}"
        if cc in ("us", "ca"):
            area = r.choice(["212", "312", "415", "617", "720", "503", "404", "206"] if cc == "us" else ["416", "604", "514", "403", "613"])
            ex = f"{r.randint(2, 9)}{d(2)}"
            ln = f"{r.randint(2000, 9999)}"
            return f"+1 {area} {ex} {ln}" if intl else f"({area}) {ex}-{ln}"
        if cc == "au":
            p = "4" + d(8)
            if p.startswith("491570"):
                p = "412" + p[3:]
            return f"+61 {p[:3]} {p[3:6]} {p[6:]}" if intl else f"0{p[:3]} {p[3:6]} {p[6:]}"
        if cc == "jp":
            p = r.choice(["90", "80", "70"]) + d(8)
            return f"+81 {p[:2]}-{p[2:6]}-{p[6:]}" if intl else f"0{p[:2]}-{p[2:6]}-{p[6:]}"
        if cc == "kr":
            p = "10" + d(8)
            return f"+82 {p[:2]}-{p[2:6]}-{p[6:]}" if intl else f"0{p[:2]}-{p[2:6]}-{p[6:]}"
        if cc == "cn":
            p = "1" + r.choice(["38", "39", "58", "86", "37"]) + d(8)
            return f"+86 {p[:3]} {p[3:7]} {p[7:]}"
        if cc == "in":
            p = r.choice("6789") + d(9)
            return f"+91 {p[:5]} {p[5:]}"
        if cc == "br":
            p = r.choice(["11", "21", "31", "41"]) + "9" + d(8)
            return f"+55 {p[:2]} {p[2:7]}-{p[7:]}" if intl else f"({p[:2]}) {p[2:7]}-{p[7:]}"
        if cc == "mx":
            p = r.choice(["55", "33", "81"]) + d(8)
            return f"+52 {p[:2]} {p[2:6]} {p[6:]}"
        if cc == "ar":
            p = "11" + d(8)
            return f"+54 9 {p[:2]} {p[2:6]}-{p[6:]}"
        if cc == "za":
            p = r.choice(["72", "82", "83", "61"]) + d(7)
            return f"+27 {p[:2]} {p[2:5]} {p[5:]}"
        if cc == "tr":
            p = "5" + r.choice(["32", "33", "42", "05", "55"]) + d(7)
            return f"+90 {p[:3]} {p[3:6]} {p[6:8]} {p[8:]}" if intl else f"0{p[:3]} {p[3:6]} {p[6:8]} {p[8:]}"
        if cc == "vn":
            p = r.choice(["90", "91", "98", "97"]) + d(7)
            return f"+84 {p[:2]} {p[2:5]} {p[5:]}"
        if cc == "id":
            p = "81" + d(9)
            return f"+62 {p[:3]}-{p[3:7]}-{p[7:]}"
        if cc == "ng":
            p = r.choice(["803", "806", "813", "703"]) + d(7)
            return f"+234 {p[:3]} {p[3:6]} {p[6:]}"
        if cc == "ke":
            p = "7" + r.choice(["0", "1", "2"]) + d(7)
            return f"+254 {p[:3]} {p[3:]}"
        if cc == "eg":
            p = "1" + r.choice("0125") + d(8)
            return f"+20 {p[:2]} {p[2:6]} {p[6:]}"
        if cc == "ph":
            p = "9" + r.choice(["17", "18", "27", "98"]) + d(7)
            return f"+63 {p[:3]} {p[3:6]} {p[6:]}"
        raise KeyError(cc)

    def iban(self, cc):
        lens = {"SE": (3, 17), "DE": (8, 10), "NL": ("BANK", 10), "FR": (10, 13), "ES": (20, 0), "IT": ("X", 22),
                "FI": (14, 0), "NO": (11, 0), "DK": (14, 0), "BE": (12, 0), "PL": (24, 0), "AT": (16, 0), "IE": ("BOFI", 14), "GB": ("MIDL", 14)}
        r = self.r
        d = lambda n: "".join(r.choice(DG) for _ in range(n))
        if cc == "SE":
            bban = r.choice(["500", "800", "600", "300", "120"]) + d(17)
        elif cc == "DE":
            bban = d(18)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + d(10)
        elif cc == "FR":
            bban = d(10) + d(11) + d(2)
        elif cc == "IT":
            bban = r.choice(UP) + d(10) + d(12)
        elif cc == "GB":
            bban = r.choice(["MIDL", "BARC", "NWBK", "LOYD"]) + d(14)
        elif cc == "IE":
            bban = r.choice(["BOFI", "AIBK"]) + d(14)
        elif cc == "ES":
            bban = d(20)
        else:
            bban = d({"FI": 14, "NO": 11, "DK": 14, "BE": 12, "PL": 24, "AT": 16}[cc])
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return f"{cc}{chk:02d}{bban}"

    def card(self, net="visa"):
        r = self.r
        if net == "visa":
            pre, n = "4" + r.choice("0235678") + "".join(r.choice(DG) for _ in range(4)), 16
        elif net == "mc":
            pre, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]) , 16
        elif net == "amex":
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = "6011", 16
        body = pre + "".join(r.choice(DG) for _ in range(n - 1 - len(pre)))
        return body + str(luhn_digit(body))

    def passport(self, cc):
        r = self.r
        d = lambda n: "".join(r.choice(DG) for _ in range(n))
        if cc == "SE":
            return d(8)
        if cc == "DE":
            return r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc == "FR":
            return d(2) + r.choice(UP) + r.choice(UP) + d(5)
        if cc in ("GB", "US", "AU"):
            return (r.choice("ACEN") if cc != "GB" else "5") + d(8)
        if cc == "NL":
            return "".join(r.choice(UP) for _ in range(2)) + "".join(r.choice("ABCDEFGHJKLNPRSTUVWXYZ0123456789") for _ in range(6)) + d(1)
        if cc == "ES":
            return "".join(r.choice(UP) for _ in range(3)) + d(6)
        if cc == "IT":
            return "Y" + r.choice(UP) + d(7)
        if cc == "PL":
            return "E" + r.choice(UP) + d(7)
        if cc == "IN":
            return r.choice("JKLMNPRSTUVWZ") + d(7)
        if cc == "JP":
            return "T" + r.choice("KRSZ") + d(7)
        if cc == "CN":
            return "E" + d(8)
        if cc == "BR":
            return "F" + r.choice(UP) + d(6)
        return "".join(r.choice(UP) for _ in range(2)) + d(7)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return (10 - tot % 10) % 10


def luhn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    return luhn_digit(s[:-1]) == int(s[-1])


def ascii_fold(s):
    t = str.maketrans("åäöÅÄÖéèëüÜøØæÆçñáíóúłśżźćńęąšžčřýěůőűğşıâãêôõàòùîì", "aaoAAOeeeuUoOaAcnaioulszzcneaszcryeuougsiaaeooaouii")
    return s.translate(t)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def urlq(s):
    return urllib.parse.quote(s, safe="")


def jesc(s):
    return json.dumps(s)[1:-1]


WORDS = ["falcon", "harbor", "maple", "granit", "river", "nordic", "kaffe", "sommar", "vinter", "pepper", "orbit",
         "tundra", "lantern", "copper", "willow", "fjord", "raven", "cobalt", "ember", "quartz", "birch", "tiger",
         "mango", "velvet", "saffron", "glacier", "polaris", "kestrel", "juniper", "lotus", "meadow", "onyx"]

NAMES = {
    "se": (["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Elin", "Per", "Linnea", "Oskar", "Ebba",
            "Nils", "Maja", "Gustav", "Ingrid", "Hugo", "Astrid", "Viktor", "Frida", "Axel", "Sofia", "Mats", "Greta",
            "Björn", "Ulla", "Olle", "Wilma", "Emil", "Agnes", "Leo", "Märta", "Sven", "Tove", "Åsa"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Sjöberg", "Holm", "Engström",
            "Lundgren", "Bergström", "Åberg", "Hedlund", "Sundberg", "Nyström", "Ekström", "Björk", "Wallin", "Öberg"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Moritz", "Hannah", "Jan", "Katrin"],
           ["Müller", "Schmidt", "Weber", "Fischer", "Becker", "Hoffmann", "Wagner", "Schulz", "Koch", "Richter"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo", "Manon", "Julien"], ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Lefèvre", "Roux"]),
    "es": (["Lucía", "Javier", "Carmen", "Diego", "Marta", "Pablo"], ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"], ["Rossi", "Bianchi", "Esposito", "Ricci", "Marino", "Greco"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Joris", "Femke"], ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder"]),
    "pl": (["Kasia", "Piotr", "Agnieszka", "Tomasz", "Magda", "Paweł"], ["Nowak", "Kowalski", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska"]),
    "gb": (["Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Grace"], ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts"]),
    "us": (["Michael", "Jessica", "David", "Ashley", "Chris", "Megan", "Brian", "Lauren"], ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Anderson", "Clark", "Lewis"]),
    "jp": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"]),
    "no": (["Ola", "Ingrid", "Magnus", "Nora", "Sindre", "Hedda"], ["Hansen", "Olsen", "Haugen", "Berge", "Dahl", "Bakke"]),
    "fi": (["Aino", "Eetu", "Venla", "Juho", "Siiri", "Lauri"], ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkinen", "Laine"]),
    "br": (["João", "Ana", "Pedro", "Beatriz", "Rafael", "Larissa"], ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira"]),
    "in": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Neha"], ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta"]),
}
