"""Core helpers for the dev24 document set: the Doc class, value generators and the template filler.

Every random value comes from a per-document random.Random seeded from sha256("24024+<path>"); global sets keep
every generated value unique across the set (documents are built in a fixed order, so this stays deterministic).
"""
import base64
import datetime as dt
import hashlib
import json
import re
import string
import uuid as _uuid

SEED = 24024
UNIQ = set()
BAD_SUBSTR = ["xxx", "***", "test", "example", "fake", "dummy", "sample", "passw", "secret", "redact", "changeme",
              "your", "placeholder", "todo", "demo", "<", ">", "admin", "token"]

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AN = UP + LO + DI
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def pnr_date_ok(ds):
    """ds: 10 or 12 digits (no separator). True if the date part is a valid date (day+60 allowed)."""
    if len(ds) == 12:
        y, m, d = int(ds[:4]), int(ds[4:6]), int(ds[6:8])
        if not 1890 <= y <= 2030:
            return False
    else:
        y, m, d = 1900 + int(ds[:2]), int(ds[2:4]), int(ds[4:6])
        if y < 1930:
            y += 100
    if d > 60:
        d -= 60
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_valid(ds):
    ds = re.sub(r"\D", "", ds)
    if len(ds) not in (10, 12):
        return False
    return pnr_date_ok(ds) and luhn_ok(ds[-10:])


# ---------------------------------------------------------------- checksums of other ids
VERH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VERH_D[c][VERH_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERH_D[c][VERH_P[(i + 1) % 8][int(ch)]]
    return str(VERH_INV[c])


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s2 = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s2)) % 97 == 1


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_ok(s):
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", s)
    return bool(m) and HETU_CH[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def steuer_check(body):
    prod = 10
    for ch in body:
        s = (int(ch) + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)


def steuer_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 11 and s[0] != "0" and steuer_check(s[:10]) == s[10]


def nir_ok(s):
    s = re.sub(r"\s", "", s)
    return len(s) == 15 and s.isdigit() and 97 - int(s[:13]) % 97 == int(s[13:])


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre = str("XYZ".index(m.group(1))) if m.group(1) else ""
    return DNI_L[int(pre + m.group(2)) % 23] == m.group(3)


CF_ODD = {}
for _k, _v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    CF_ODD[_k] = _v
for _k, _v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[_k] = _v


def cf_check(body):
    tot = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else UP.index(ch)
    return UP[tot % 26]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, se = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and se != "0000"


NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s)
    return bool(m) and s[:2] not in NINO_BAD


# ---------------------------------------------------------------- name pools
SE_FIRST = ["Anna", "Erik", "Maja", "Lars", "Karin", "Johan", "Elin", "Oskar", "Sara", "Mats", "Ingrid", "Nils",
            "Linnea", "Gustav", "Astrid", "Viktor", "Hanna", "Axel", "Frida", "Olof", "Selma", "Hugo", "Tove",
            "Emil", "Agnes", "Leo", "Ebba", "Anders", "Britt", "Per", "Malin", "Jonas", "Siv", "Ali", "Amira",
            "Noah", "Ida", "Kerstin", "Göran", "Åsa", "Björn", "Märta", "Sixten", "Yusuf", "Leila", "Wilma",
            "Alva", "Ludvig", "Elsa", "Ture", "Vera", "Arvid", "Dagny", "Helmer", "Stina", "Kalle", "Moa", "Isak"]
SE_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström", "Holm",
           "Sandberg", "Ekström", "Lundgren", "Hedlund", "Åberg", "Öberg", "Sjöberg", "Nyström", "Wikström",
           "Forsberg", "Dahl", "Engström", "Hassan", "Mohammed", "Berglund", "Fransson", "Strand", "Blom",
           "Lind", "Falk", "Sundqvist", "Hellström", "Björk", "Granath", "Ljung", "Ek", "Norén", "Rydén"]
INTL = {
    "de": (["Jonas", "Lena", "Felix", "Miriam", "Tobias", "Sabine", "Lukas", "Katrin", "Matthias", "Anja"],
           ["Müller", "Schmidt", "Hoffmann", "Wagner", "Becker", "Schulz", "Krüger", "Wolf", "Richter", "Brandt"]),
    "uk": (["Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Callum", "Niamh", "Priya", "Tom"],
           ["Smith", "Jones", "Taylor", "Davies", "Evans", "Walsh", "Patel", "Hughes", "Clarke", "Morgan"]),
    "us": (["Emily", "Marcus", "Jasmine", "Tyler", "Rachel", "Dev", "Brianna", "Caleb", "Maria", "Kevin"],
           ["Johnson", "Williams", "Brown", "Garcia", "Miller", "Rodriguez", "Nguyen", "Kim", "Carter", "Reyes"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Manon", "Julien", "Léa", "Mathieu", "Inès", "Antoine"],
           ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Girard", "Roux", "Fournier", "Blanc"]),
    "nl": (["Daan", "Sanne", "Bram", "Fleur", "Joris", "Lotte", "Sem", "Eva", "Ruben", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos"]),
    "es": (["Lucía", "Javier", "Carmen", "Pablo", "Elena", "Diego", "Marta", "Sergio", "Nuria", "Álvaro"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Andrea", "Elisa", "Davide"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"]),
    "fi": (["Aino", "Eero", "Helmi", "Juho", "Venla", "Mikko", "Siiri", "Ville", "Kaisa", "Tuomas"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"]),
    "pl": (["Zofia", "Jakub", "Maja", "Kacper", "Julia", "Szymon", "Alicja", "Michał"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"]),
    "in": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya"],
           ["Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Desai", "Kulkarni"]),
    "no": (["Sondre", "Ingrid", "Magnus", "Thea", "Håkon", "Nora"], ["Hansen", "Johansen", "Olsen", "Berg", "Haugen"]),
    "hu": (["Anna", "Péter", "Eszter", "Gábor", "Zsófia", "Bence"], ["Kovács", "Nagy", "Tóth", "Szabó", "Horváth"]),
    "pt": (["Inês", "Tiago", "Beatriz", "Rui", "Marta"], ["Silva", "Santos", "Ferreira", "Costa", "Oliveira"]),
    "dk": (["Mads", "Freja", "Rasmus", "Ida", "Mikkel", "Laura"], ["Jensen", "Nielsen", "Pedersen", "Madsen"]),
}
DOM_PERSONAL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "gmx.de",
                "web.de", "telia.com", "live.se", "hotmail.se", "bredband.net", "orange.fr", "libero.it",
                "wp.pl", "kolumbus.fi", "online.no", "mail.dk", "btinternet.com", "comcast.net", "yandex.ru"]
SE_ORG_DOM = ["solna-bygg.se", "nordkust-el.se", "hallonbergen-redovisning.se", "ekhagen-vard.se", "skolwebben.nu",
              "lunds-tennis.se", "vaxjohem.se", "fjallbo-fastigheter.se", "trelleborgs-forsamling.se"]

ASCII_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e", "è": "e",
                            "ü": "u", "ø": "o", "æ": "ae", "á": "a", "í": "i", "ó": "o", "ú": "u", "ł": "l",
                            "ś": "s", "ń": "n", "ć": "c", "ż": "z", "ź": "z", "ę": "e", "ą": "a", "ß": "ss",
                            "Á": "A", "É": "E", "Ł": "L", "Ś": "S", "Ž": "Z", "ñ": "n", "ő": "o", "ű": "u", "ê": "e", "ç": "c", "ã": "a", "Ö": "O", "ï": "i"})


def fold(s):
    return s.translate(ASCII_FOLD)


PW_WORDS = ["Hallon", "Trappa", "Kvist", "Fjord", "Lantern", "Harbor", "Maple", "Granit", "Otter", "Birch",
            "Cobalt", "Quartz", "Ember", "Falke", "Kompass", "Tundra", "Pelikan", "Marmor", "Sparv", "Ankare",
            "Violet", "Nebula", "Glacier", "Walnut", "Sirocco", "Fennel", "Juniper", "Zephyr", "Mandel", "Krokus",
            "Pinje", "Basalt", "Lagune", "Tornado", "Kanel", "Saffran", "Lynx", "Heron", "Tulpan", "Ruby",
            "Vulkan", "Bison", "Meadow", "Orchid", "Kestrel", "Mistral", "Ocelot", "Pepper", "Raven", "Sable"]
SEASONS = ["Sommar", "Vinter", "Var", "Host", "Summer", "Winter", "Spring", "Autumn", "Fruhling", "Herbst"]


class Doc:
    def __init__(self, carrier, name, desc):
        self.carrier, self.name, self.desc = carrier, name, desc
        self.path = carrier + "/" + name
        h = hashlib.sha256(("%d+%s" % (SEED, self.path)).encode()).hexdigest()
        import random
        self.rng = random.Random(int(h, 16))
        self.labels = []
        self.looks = []
        self.refs = {}
        self.glue_ok = set()
        self.text = None

    # ------------------------------------------------------------ bookkeeping
    def L(self, cat, v):
        if (cat, v) not in self.labels:
            self.labels.append((cat, v))
        return v

    def X(self, v):
        if v not in self.looks:
            self.looks.append(v)
        return v

    def uniq(self, fn, bad=True):
        for _ in range(500):
            v = fn()
            low = v.lower()
            if bad and any(b in low for b in BAD_SUBSTR):
                continue
            if v in UNIQ:
                continue
            UNIQ.add(v)
            return v
        raise RuntimeError("cannot make unique value")

    # ------------------------------------------------------------ primitives
    def s(self, n, alpha=AN):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return self.rng.choice(seq)

    def digits(self, n, first="123456789"):
        def f():
            v = self.rng.choice(first) + self.s(n - 1, DI)
            return v
        while True:
            v = f()
            if n in (10, 12) and pnr_valid(v):
                continue
            return v

    def mixed(self, n, alpha=AN):
        while True:
            v = self.s(n, alpha)
            if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
                return v

    # ------------------------------------------------------------ secrets
    def password(self, style="r"):
        r = self.rng

        def f():
            if style == "w":
                return r.choice(PW_WORDS) + r.choice("-_.!") + r.choice(PW_WORDS).lower() + str(r.randint(10, 999)) + r.choice(["!", "#", "?", "", "%", "&"])
            if style == "h":   # human weak-ish
                return r.choice(SEASONS + PW_WORDS) + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, r.randint(10, 99)])) + r.choice("!?#.")
            if style == "a":   # alnum only
                return self.mixed(r.randint(14, 22))
            if style == "u":   # url safe
                return self.mixed(r.randint(12, 20), AN + "-_.~")
            if style == "p":   # passphrase
                return "-".join(r.choice(PW_WORDS).lower() for _ in range(4)) + str(r.randint(1, 99))
            if style == "x":   # wide punctuation
                base = list(self.mixed(r.randint(12, 18)))
                for _ in range(3):
                    base.insert(r.randint(1, len(base) - 1), r.choice("!#$%&()*+,-./:;=?@[]^_{|}~"))
                return "".join(base)
            base = list(self.mixed(r.randint(12, 20)))
            for _ in range(r.randint(1, 3)):
                base.insert(r.randint(1, len(base) - 1), r.choice("!*-_+=.?~^%#"))
            return "".join(base)
        return self.uniq(f)

    def token(self, shape="an"):
        r = self.rng

        def f():
            if shape == "an":
                return self.mixed(r.choice([32, 36, 40, 48, 64]))
            if shape == "hex":
                return self.s(r.choice([32, 40, 64]), HEX)
            if shape == "hex32":
                return self.s(32, HEX)
            if shape == "hex40":
                return self.s(40, HEX)
            if shape == "hex64":
                return self.s(64, HEX)
            if shape == "b64u":
                return self.mixed(43, B64U)
            if shape == "b64":
                return self.mixed(r.choice([40, 44, 56]) - 1, B64) + "="
            if shape == "b64_44":
                return self.mixed(43, AN + "+/") + "="
            if shape == "ya29":
                return "ya29.a0" + self.mixed(r.randint(150, 180), B64U)
            if shape == "dot":
                return self.mixed(22, B64U) + "." + self.mixed(43, B64U)
            if shape == "ory":
                return "ory_at_" + self.mixed(43, B64U) + "." + self.mixed(43, B64U)
            if shape == "sl":
                return "sl.B" + self.mixed(135, B64U)
            if shape == "atza":
                return "Atza|IwEBI" + self.mixed(180, AN + "-_")
            if shape == "sq":
                return "EAAA" + self.mixed(60, B64U)
            if shape == "mp":
                return "APP_USR-%d-%s-%s-%d" % (r.randint(10 ** 15, 10 ** 16 - 1), self.s(6, DI), self.s(32, HEX), r.randint(10 ** 8, 10 ** 9 - 1))
            if shape == "r8":
                return "r8_" + self.mixed(37)
            if shape == "uuidtok":
                return str(_uuid.UUID(int=r.getrandbits(128)))
            if shape == "pat":
                return "pat_" + self.mixed(40)
            if shape == "sfdc":
                return "00D" + self.mixed(12) + "!" + self.mixed(90, AN + "._")
            if shape == "okta":
                return "00" + self.mixed(40, AN + "-_")
            if shape == "azure":
                return "1." + self.mixed(28, B64U)
            if shape == "paseto":
                return "v2.local." + self.mixed(120, B64U)
            if shape == "hvs":
                return "hvs." + self.mixed(24)
            if shape == "dps":
                return "dp.st.prd." + self.mixed(43)
            if shape == "whsec":
                return "whsec_" + self.mixed(32)
            if shape == "re":
                return "re_" + self.mixed(8) + "_" + self.mixed(24)
            if shape == "brevo":
                return "xkeysib-" + self.s(64, HEX) + "-" + self.mixed(16)
            if shape == "mollie":
                return "live_" + self.mixed(30)
            if shape == "tskey":
                return "tskey-auth-k" + self.mixed(10) + "CNTRL-" + self.mixed(33)
            if shape == "sntrys":
                return "sntrys_" + self.mixed(100, B64U)
            if shape == "glc":
                return "glc_" + self.mixed(80, B64U)
            if shape == "atl":
                return "ATATT3xFfGF0" + self.mixed(180, AN + "-_") + "=" + self.s(8, HEX.upper())
            if shape == "pscale":
                return "pscale_pw_" + self.mixed(43, B64U)
            if shape == "nfp":
                return "nfp_" + self.mixed(36)
            if shape == "figd":
                return "figd_" + self.mixed(40, B64U)
            if shape == "rnd":
                return "rnd_" + self.mixed(32)
            if shape == "fo1":
                return "fo1_" + self.mixed(43, B64U)
            if shape == "ntn":
                return "ntn_" + self.mixed(46)
            if shape == "dash":
                return "-".join(self.mixed(8) for _ in range(4))
            if shape == "sk":
                return "sk" + self.mixed(r.choice([150, 180]))
            if shape == "short":
                return self.mixed(r.choice([20, 24, 26]))
            raise ValueError(shape)
        return self.uniq(f)

    def jwt(self, iss=None, alg="RS256", sub=None, extra=None):
        r = self.rng
        hdr = {"alg": alg, "typ": "JWT"}
        if alg.startswith("RS") or alg.startswith("ES"):
            hdr["kid"] = self.s(r.choice([16, 27]), B64U)
        now = 1768000000 + r.randint(0, 4000000)
        pl = {"iss": iss or "https://auth.%s/" % r.choice(["nordlys.io", "kvarnby.se", "hexhaven.dev", "orbitra.net"]),
              "sub": sub or self.s(24, AN), "aud": r.choice(["api", "https://api.partner.net", "billing"]),
              "iat": now, "exp": now + r.choice([300, 900, 3600, 86400]), "scope": r.choice(["read write", "orders:read", "openid profile", "invoices:write"])}
        if extra:
            pl.update(extra)

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig_len = 342 if alg.startswith("RS") else (86 if alg.startswith("ES") else 43)

        def f():
            return enc(hdr) + "." + enc(pl) + "." + self.s(sig_len, B64U)
        return self.uniq(f, bad=False)

    def akid(self, pfx="AKIA"):
        return self.uniq(lambda: pfx + self.s(16, UP + "234567"))

    def aksk(self):
        return self.uniq(lambda: self.mixed(40, AN + "/+"))

    def sess_token(self):
        return self.uniq(lambda: "IQoJb3JpZ2luX2Vj" + self.mixed(300, AN + "/+") + "==")

    # ------------------------------------------------------------ look-alike material
    def uuid(self):
        return self.uniq(lambda: str(_uuid.UUID(int=self.rng.getrandbits(128), version=4)), bad=False)

    def hexs(self, n):
        return self.uniq(lambda: self.s(n, HEX), bad=False)

    # ------------------------------------------------------------ personal data
    def pnr_parts(self, y0=1938, y1=2012, sam=False):
        r = self.rng
        while True:
            d = dt.date(r.randint(y0, y1), 1, 1) + dt.timedelta(days=r.randint(0, 364))
            day = d.day + (60 if sam else 0)
            body = "%02d%02d%02d%03d" % (d.year % 100, d.month, day, r.randint(0, 999))
            full = body + luhn_digit(body)
            cent = "%02d" % (d.year // 100)
            key = cent + full
            if key in UNIQ:
                continue
            UNIQ.add(key)
            return d, cent, full

    def pnr(self, fmt="12d", y0=1938, y1=2012, sam=False, want_date=False):
        d, cent, full = self.pnr_parts(y0, y1, sam)
        v = {"12d": cent + full[:6] + "-" + full[6:], "12": cent + full, "10d": full[:6] + "-" + full[6:],
             "10": full, "10p": full[:6] + "+" + full[6:], "12s": cent + full[:6] + " " + full[6:]}[fmt]
        return (v, d) if want_date else v

    def pnr_look(self, fmt="12d", y0=2019, y1=2025, kind="date"):
        """Luhn-valid, date-shaped number that is not a personnummer (order, booking, case number ...)."""
        r = self.rng
        while True:
            d = dt.date(y0, 1, 1) + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
            if d > dt.date(2026, 1, 31):
                continue
            body = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, r.randint(0, 999))
            full = body + luhn_digit(body)
            cent = "%02d" % (d.year // 100)
            v = {"12d": cent + full[:6] + "-" + full[6:], "12": cent + full, "10d": full[:6] + "-" + full[6:],
                 "10": full}[fmt]
            if v in UNIQ or cent + full in UNIQ:
                continue
            UNIQ.add(v)
            return v

    def orgnr(self, fmt="d", first="5"):
        r = self.rng
        while True:
            body = first + self.ch("56789") + self.s(1, "2345678") + self.s(6, DI)
            v = body + luhn_digit(body)
            if v in UNIQ:
                continue
            UNIQ.add(v)
            if fmt == "d":
                return v[:6] + "-" + v[6:]
            if fmt == "16":
                return "16" + v
            return v

    def ocr(self, n=None):
        n = n or self.rng.choice([8, 9, 11, 13, 14, 16])
        while True:
            body = self.digits(n - 1)
            v = body + luhn_digit(body)
            if v in UNIQ or pnr_valid(v):
                continue
            UNIQ.add(v)
            return v

    def luhn_id(self, n, first="123456789"):
        """Luhn-valid number with a non-card prefix (order id, agreement number ...)."""
        while True:
            body = self.digits(n - 1, first)
            v = body + luhn_digit(body)
            if v in UNIQ or (n in (10, 12) and pnr_valid(v)):
                continue
            UNIQ.add(v)
            return v

    def card(self, net=None, fmt="plain"):
        r = self.rng
        net = net or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        while True:
            if net == "visa":
                body = "4" + self.s(14, DI)
            elif net == "mc":
                body = "5" + r.choice("12345") + self.s(13, DI)
            elif net == "mc2":
                body = str(r.randint(2221, 2720)) + self.s(11, DI)
            elif net == "amex":
                body = r.choice(["34", "37"]) + self.s(12, DI)
            else:
                body = "6011" + self.s(11, DI)
            v = body + luhn_digit(body)
            if v in UNIQ:
                continue
            UNIQ.add(v)
            break
        if fmt == "plain":
            return v
        sep = " " if fmt == "sp" else "-"
        if len(v) == 15:
            return v[:4] + sep + v[4:10] + sep + v[10:]
        return sep.join(v[i:i + 4] for i in range(0, 16, 4))

    def masked_card(self):
        v = self.card()
        UNIQ.discard(v)
        return self.ch([v[:6] + "******" + v[-4:], "**** **** **** " + v[-4:], "XXXX-XXXX-XXXX-" + v[-4:], v[:4] + " **** **** " + v[-4:]])

    def iban(self, cc="se", sp=False):
        cc = cc.upper()
        r = self.rng

        def bb():
            if cc == "SE":
                return r.choice(["500", "600", "800", "300", "120", "923"]) + self.s(17, DI)
            if cc == "DE":
                return self.s(18, DI)
            if cc == "NL":
                return r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + self.s(10, DI)
            if cc == "GB":
                return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.s(14, DI)
            if cc == "FI":
                return self.s(14, DI)
            if cc == "DK":
                return self.s(14, DI)
            if cc == "NO":
                return self.s(11, DI)
            if cc == "PL":
                return self.s(24, DI)
            if cc == "AT":
                return self.s(16, DI)
            if cc == "ES":
                return self.s(20, DI)
            if cc == "FR":
                return self.s(10, DI) + self.s(11, UP + DI) + self.s(2, DI)
            if cc == "IT":
                return self.s(1, UP) + self.s(10, DI) + self.s(12, DI)
            if cc == "IE":
                return r.choice(["AIBK", "BOFI"]) + self.s(14, DI)
            if cc == "BE":
                return self.s(12, DI)
            if cc == "CH":
                return self.s(17, DI)
            raise ValueError(cc)

        def f():
            b = bb()
            v = cc + iban_check(cc, b) + b
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if sp else v
        return self.uniq(f, bad=False)

    def phone(self, cc="se", fmt=None):
        r = self.rng
        D = lambda n: self.s(n, DI)
        nz = lambda: str(r.randint(2, 9))

        def f():
            if cc == "se":
                p = r.choice(["70", "72", "73", "76", "79"])
                a, b, c = D(3), D(2), D(2)
                return r.choice(["0%s-%s %s %s" % (p, a, b, c), "+46 %s %s %s %s" % (p, a, b, c), "+46%s%s%s%s" % (p, a, b, c), "0%s %s %s %s" % (p, a, b, c)]) if fmt is None else {"nat": "0%s-%s %s %s" % (p, a, b, c), "intl": "+46 %s %s %s %s" % (p, a, b, c), "e164": "+46%s%s%s%s" % (p, a, b, c)}[fmt]
            if cc == "sel":   # Swedish landline
                ac = r.choice(["08", "031", "040", "018", "013", "090"])
                return "%s-%s %s %s" % (ac, nz() + D(2), D(2), D(2))
            if cc == "de":
                return r.choice(["+49 15%s %s" % (r.choice("1279"), nz() + D(6)), "0170 %s" % (nz() + D(6)), "+49 30 %s" % (nz() + D(7)), "+49 89 %s" % (nz() + D(6))])
            if cc == "uk":
                a = "7" + r.choice("4589") + D(2)
                return r.choice(["+44 %s %s" % (a, nz() + D(5)), "0%s %s" % (a, nz() + D(5)), "+44 20 3%s %s" % (D(3), D(4))])
            if cc in ("us", "ca"):
                npa = r.choice(["415", "312", "646", "512", "206", "617", "303", "404", "718", "213"] if cc == "us" else ["604", "416", "514", "403", "613"])
                ex = nz() + D(2)
                if ex == "555":
                    ex = "556"
                ln = D(4)
                return r.choice(["+1 %s-%s-%s" % (npa, ex, ln), "(%s) %s-%s" % (npa, ex, ln), "+1 (%s) %s-%s" % (npa, ex, ln), "%s.%s.%s" % (npa, ex, ln)])
            if cc == "fr":
                g = [D(2) for _ in range(4)]
                return r.choice(["+33 6 %s %s %s %s" % tuple(g), "06 %s %s %s %s" % tuple(g), "07 %s %s %s %s" % tuple(g)])
            if cc == "nl":
                return r.choice(["+31 6 %s" % (nz() + D(7)), "06-%s" % (nz() + D(7))])
            if cc == "es":
                return "+34 6%s %s %s" % (D(2), D(3), D(3))
            if cc == "it":
                return "+39 3%s %s %s" % (r.choice(["47", "33", "28", "40", "93"]), D(3), D(4))
            if cc == "pl":
                return "+48 5%s %s %s" % (D(2), D(3), D(3))
            if cc == "no":
                return "+47 %s %s %s" % (r.choice("49") + D(2), D(2), D(3))
            if cc == "dk":
                return "+45 %s %s %s %s" % (r.choice(["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "60"]), D(2), D(2), D(2))
            if cc == "fi":
                return r.choice(["+358 40 %s %s" % (D(3), D(4)), "050 %s %s" % (D(3), D(4)), "+358 44 %s %s" % (D(3), D(4))])
            if cc == "in":
                return r.choice(["+91 9%s %s" % (D(4), D(5)), "+91-8%s%s" % (D(4), D(5))])
            if cc == "br":
                return "+55 11 9%s-%s" % (D(4), D(4))
            if cc == "jp":
                return r.choice(["+81 90-%s-%s" % (D(4), D(4)), "080-%s-%s" % (D(4), D(4))])
            if cc == "au":
                return "+61 4%s %s %s" % (r.choice(["12", "13", "18", "23", "38"]), D(3), D(3))
            if cc == "ie":
                return "+353 8%s %s %s" % (r.choice("3579"), D(3), D(4))
            if cc == "at":
                return "+43 664 %s" % (nz() + D(6))
            if cc == "ch":
                return "+41 7%s %s %s %s" % (r.choice("6789"), D(3), D(2), D(2))
            if cc == "be":
                return "+32 4%s %s %s %s" % (r.choice(["70", "75", "77", "86", "95"]), D(2), D(2), D(2))
            if cc == "pt":
                return "+351 9%s %s %s" % (r.choice("1236"), D(3), D(3) if False else D(3))
            if cc == "mx":
                return "+52 55 %s %s" % (D(4), D(4))
            if cc == "za":
                return "+27 8%s %s %s" % (r.choice("234"), D(3), D(4))
            if cc == "tr":
                return "+90 53%s %s %s %s" % (D(1), D(3), D(2), D(2))
            if cc == "cz":
                return "+420 6%s %s %s" % (D(2), D(3), D(3))
            if cc == "ro":
                return "+40 72%s %s %s" % (D(1), D(3), D(3))
            if cc == "gr":
                return "+30 69%s %s %s" % (D(1), D(3), D(4))
            if cc == "hu":
                return "+36 %s %s %s" % (r.choice(["20", "30", "70"]), D(3), D(4))
            if cc == "kr":
                return "+82 10-%s-%s" % (D(4), D(4))
            if cc == "cn":
                return "+86 13%s %s %s" % (D(1), D(4), D(4))
            if cc == "id":
                return "+62 81%s-%s-%s" % (D(1), D(4), D(4))
            if cc == "ph":
                return "+63 9%s %s %s" % (D(2), D(3), D(4))
            if cc == "ee":
                return "+372 5%s %s" % (D(3), D(4))
            if cc == "lt":
                return "+370 6%s %s" % (D(2), D(5))
            if cc == "hr":
                return "+385 9%s %s %s" % (r.choice("1258"), D(3), D(4))
            if cc == "il":
                return "+972 5%s-%s-%s" % (r.choice("0234"), D(3), D(4))
            if cc == "th":
                return "+66 8%s %s %s" % (D(1), D(3), D(4))
            if cc == "vn":
                return "+84 9%s %s %s" % (D(2), D(3), D(3))
            if cc == "ua":
                return "+380 %s %s %s %s" % (r.choice(["67", "50", "63", "97"]), D(3), D(2), D(2))
            if cc == "ng":
                return "+234 80%s %s %s" % (r.choice("2368"), D(3), D(4))
            if cc == "ke":
                return "+254 7%s %s" % (D(2), D(6))
            raise ValueError(cc)

        def g():
            v = f()
            ds = re.sub(r"\D", "", v)
            if pnr_valid(ds) or (13 <= len(ds) and luhn_ok(ds)):
                return "x" * 3   # rejected by BAD_SUBSTR
            return v
        return self.uniq(g)

    def email(self, first, last, dom=None, style=None):
        r = self.rng
        f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "")
        dom = dom or r.choice(DOM_PERSONAL)
        style = style if style is not None else r.randint(0, 5)

        def g():
            if not l:
                return f + "@" + dom
            local = [f + "." + l, f[0] + l, f + l[:3] + str(r.randint(1, 99)), f + "_" + l, l + "." + f, f + str(r.randint(60, 2005))][style % 6]
            return local + "@" + dom
        for _ in range(50):
            v = g()
            if v not in UNIQ:
                UNIQ.add(v)
                return v
            style += 1
        raise RuntimeError

    def ipv4(self):
        r = self.rng

        def f():
            a = r.choice([5, 31, 37, 46, 51, 62, 77, 78, 80, 81, 82, 83, 85, 87, 88, 89, 90, 91, 94, 95, 104, 109,
                          130, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 34, 35, 52, 54, 66, 72, 98])
            return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        return self.uniq(f, bad=False)

    def ipv6(self):
        r = self.rng

        def f():
            p = r.choice(["2a02:%x" % r.randint(0x1000, 0xffff), "2a01:%x" % r.randint(0x1000, 0xffff), "2001:67c:%x" % r.randint(0x100, 0xfff),
                          "2600:%x" % r.randint(0x1000, 0x1fff), "2a00:%x" % r.randint(0x1000, 0xffff), "2c0f:%x" % r.randint(0xf000, 0xffff)])
            return p + ":%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))
        return self.uniq(f, bad=False)

    def passport(self, cc="se"):
        r = self.rng

        def f():
            if cc == "se":
                return self.s(8, DI)
            if cc == "de":
                return "C" + self.s(8, "CFGHJKLMNPRTVWXYZ0123456789")
            if cc in ("us", "uk", "ie"):
                return self.ch("123456789") + self.s(8, DI)
            if cc == "fr":
                return self.s(2, DI) + self.s(2, UP) + self.s(5, DI)
            if cc == "nl":
                return self.s(2, "BCDFGHJKLMNPRSTVWXYZ") + self.s(6, "BCDFGHJKLMNPRSTVWXYZ0123456789") + self.s(1, DI)
            if cc in ("it", "pl", "fi"):
                return self.s(2, UP) + self.s(7, DI)
            if cc == "es":
                return self.s(3, UP) + self.s(6, DI)
            if cc == "in":
                return self.s(1, "JKLMNPRSTUVWZ") + self.s(7, DI)
            if cc == "no":
                return self.s(2, "CDEFGHJK") + self.s(7, DI)
            return self.s(2, UP) + self.s(7, DI)
        return self.uniq(f)

    def nino(self, sp=False):
        r = self.rng

        def f():
            while True:
                p = self.ch("ABCEGHJKLMNOPRSTWXYZ") + self.ch("ABCEGHJKLMNPRSTWXYZ")
                if p not in NINO_BAD:
                    break
            d = self.s(6, DI)
            sfx = self.ch("ABCD")
            return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], sfx) if sp else p + d + sfx
        return self.uniq(f, bad=False)

    def bsn(self):
        def f():
            while True:
                b = self.ch("123456789") + self.s(7, DI)
                tot = sum(int(b[i]) * (9 - i) for i in range(8))
                c = tot % 11
                if c < 10:
                    v = b + str(c)
                    if bsn_ok(v):
                        return v
        return self.uniq(f, bad=False)

    def hetu(self, d=None):
        r = self.rng

        def f():
            dd = d or (dt.date(r.randint(1950, 2010), 1, 1) + dt.timedelta(days=r.randint(0, 364)))
            sign = "-" if dd.year < 2000 else "A"
            n = "%03d" % r.randint(2, 899)
            base = "%02d%02d%02d" % (dd.day, dd.month, dd.year % 100)
            return base + sign + n + HETU_CH[int(base + n) % 31]
        return self.uniq(f, bad=False)

    def steuer(self, sp=False):
        r = self.rng

        def f():
            while True:
                ds = r.sample("0123456789", 9)
                if ds[0] == "0":
                    continue
                dup = r.choice(ds[1:])
                pos = r.randint(1, 9)
                lst = ds[:]
                lst.insert(pos, dup)
                body = "".join(lst)
                if len(body) != 10 or body[0] == "0":
                    continue
                v = body + steuer_check(body)
                return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:]) if sp else v
        return self.uniq(f, bad=False)

    def nir(self, sp=False, d=None, female=None):
        r = self.rng

        def f():
            sex = r.choice("12") if female is None else ("2" if female else "1")
            yy = "%02d" % (d.year % 100 if d else r.randint(50, 99))
            mm = "%02d" % (d.month if d else r.randint(1, 12))
            dep = "%02d" % r.choice([x for x in range(1, 96) if x != 20])
            com = "%03d" % r.randint(1, 990)
            order = "%03d" % r.randint(1, 999)
            body = sex + yy + mm + dep + com + order
            key = "%02d" % (97 - int(body) % 97)
            if sp:
                return "%s %s %s %s %s %s %s" % (sex, yy, mm, dep, com, order, key)
            return body + key
        return self.uniq(f, bad=False)

    def dni(self, nie=False):
        def f():
            if nie:
                p = self.ch("XYZ")
                n = self.s(7, DI)
                return p + n + DNI_L[int(str("XYZ".index(p)) + n) % 23]
            n = self.ch("123456789") + self.s(7, DI)
            return n + DNI_L[int(n) % 23]
        return self.uniq(f, bad=False)

    def cf(self, first, last, d, female=False):
        def cons(s):
            s = fold(s).upper().replace(" ", "")
            return [c for c in s if c.isalpha() and c not in "AEIOU"], [c for c in s if c in "AEIOU"]
        c, v = cons(last)
        sur = "".join((c + v + ["X"] * 3)[:3])
        c, v = cons(first)
        if len(c) >= 4:
            nam = c[0] + c[2] + c[3]
        else:
            nam = "".join((c + v + ["X"] * 3)[:3])
        mon = "ABCDEHLMPRST"[d.month - 1]
        day = "%02d" % (d.day + (40 if female else 0))
        com = self.ch("ABCDEFGHLM") + "%03d" % self.ri(1, 999)
        body = sur + nam + "%02d" % (d.year % 100) + mon + day + com
        v = body + cf_check(body)
        UNIQ.add(v)
        return v

    def aadhaar(self, sp=True):
        def f():
            b = self.ch("23456789") + self.s(10, DI)
            v = b + verhoeff_digit(b)
            return v[:4] + " " + v[4:8] + " " + v[8:] if sp else v
        return self.uniq(f, bad=False)

    def ssn(self):
        def f():
            while True:
                a = "%03d" % self.ri(1, 899)
                if a == "666":
                    continue
                v = "%s-%02d-%04d" % (a, self.ri(1, 99), self.ri(1, 9999))
                if v not in ("078-05-1120", "219-09-9999", "123-45-6789", "111-22-3333"):
                    return v
        return self.uniq(f, bad=False)

    def date(self, y0=1950, y1=2005):
        r = self.rng
        return dt.date(r.randint(y0, y1), 1, 1) + dt.timedelta(days=r.randint(0, 364))

    def dom_for(self, cc):
        pools = {"se": ["gmail.com", "telia.com", "live.se", "hotmail.se", "bredband.net", "outlook.com", "icloud.com"],
                 "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"], "uk": ["btinternet.com", "gmail.com", "outlook.com", "sky.com"],
                 "us": ["gmail.com", "comcast.net", "yahoo.com", "outlook.com", "icloud.com"], "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
                 "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], "es": ["gmail.com", "hotmail.es", "telefonica.net"],
                 "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"], "fi": ["kolumbus.fi", "gmail.com", "elisanet.fi"],
                 "pl": ["wp.pl", "onet.pl", "gmail.com", "o2.pl"], "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
                 "no": ["online.no", "gmail.com", "hotmail.no"], "dk": ["mail.dk", "gmail.com", "jubii.dk"], "hu": ["freemail.hu", "gmail.com", "citromail.hu"],
                 "pt": ["sapo.pt", "gmail.com"]}
        return self.ch(pools.get(cc, DOM_PERSONAL))

    last_cc = "se"

    def person(self, cc="se"):
        self.last_cc = cc
        if cc == "se":
            fn, ln = self.ch(SE_FIRST), self.ch(SE_LAST)
        else:
            fl, ll = INTL[cc]
            fn, ln = self.ch(fl), self.ch(ll)
        return fn, ln

    # ------------------------------------------------------------ template filling
    def T(self, tpl):
        return re.sub(r"⟨([^⟩]+)⟩", lambda m: self._fill(m.group(1)), tpl)

    def _fill(self, spec):
        if spec.startswith("="):
            return self.refs[spec[1:]]
        ref = None
        if "#" in spec:
            spec, ref = spec.split("#", 1)
            if ref in self.refs:
                return self.refs[ref]
        kind, _, arg = spec.partition(":")
        v = KINDS[kind](self, arg)
        if ref:
            self.refs[ref] = v
        return v

    def set(self, text):
        self.text = text
        return self


def _affix(a):
    p = (a or "").split("|")
    return p[0], (p[1] if len(p) > 1 else ""), (p[2] if len(p) > 2 else "")


def _k_bt(d, a):
    sh, pre, suf = _affix(a)
    return d.L("bearer-token", pre + d.token(sh or d.ch(["an", "an", "hex", "b64u", "dot", "short", "b64"])) + suf)


def _k_jwt(d, a):
    return d.L("jwt|bearer-token", d.jwt(alg=a or d.ch(["RS256", "HS256", "ES256"])))


def _k_pw(d, a):
    return d.L("password", d.password(a or d.ch("rrwhap")))


def _k_upw(d, a):
    return d.L("url-credentials|password", d.password(a or "u"))


def _k_gs(d, a):
    sh, pre, suf = _affix(a)
    return d.L("generic-secret", pre + d.token(sh or d.ch(["an", "hex", "hex64", "b64_44", "an", "short"])) + suf)


def _k_x(d, a):
    return d.X(a)


KINDS = {
    "bt": _k_bt, "jwt": _k_jwt, "pw": _k_pw, "upw": _k_upw, "gs": _k_gs,
    "jwtonly": lambda d, a: d.L("jwt", d.jwt()),
    "ak": lambda d, a: d.L("aws-access-key-id", d.akid(a or "AKIA")),
    "sk": lambda d, a: d.L("aws-secret-key", d.aksk()),
    "st": lambda d, a: d.L("generic-secret", d.sess_token()),
    "ip4": lambda d, a: d.L("ipv4", d.ipv4()),
    "ip6": lambda d, a: d.L("ipv6", d.ipv6()),
    "ph": lambda d, a: d.L("phone", d.phone(*(a.split(",") if a else ["se"]))),
    "ib": lambda d, a: d.L("iban", d.iban(a.split(",")[0] if a else "se", sp=a.endswith(",sp"))),
    "cc": lambda d, a: d.L("credit-card", d.card(*(a.split(",") if a else []))),
    "pp": lambda d, a: d.L("passport", d.passport(a or "se")),
    "pn": lambda d, a: d.L("se-personnummer", d.pnr(a or "12d")),
    "pns": lambda d, a: d.L("se-personnummer", d.pnr(a or "12d", sam=True, y0=1970, y1=2004)),
    "nino": lambda d, a: d.L("uk-nino", d.nino(sp=a == "sp")),
    "bsn": lambda d, a: d.L("nl-bsn", d.bsn()),
    "hetu": lambda d, a: d.L("fi-hetu", d.hetu()),
    "steuer": lambda d, a: d.L("de-steuer-id", d.steuer(sp=a == "sp")),
    "nir": lambda d, a: d.L("fr-nir", d.nir(sp=a == "sp")),
    "dni": lambda d, a: d.L("es-dni", d.dni(nie=a == "nie")),
    "aadhaar": lambda d, a: d.L("in-aadhaar", d.aadhaar(sp=a != "plain")),
    "ssn": lambda d, a: d.L("us-ssn", d.ssn()),
    "em": lambda d, a: d.L("email", d.email(*d.person(a or "se"), dom=d.dom_for(a or "se"))),
    "emo": lambda d, a: d.L("email", d.email(d.ch(["info", "kontakt", "ekonomi", "support", "hr", "faktura", "order", "office"]), "", dom=d.uniq(lambda: d.ch(["nordvik", "alpina", "brenner", "skogsgard", "kustlinje", "vallgrav", "tornhem", "hagalund", "lyktan", "grenverk", "molnbyn"]) + d.ch(["-bygg", "-data", "-konsult", "-logistik", "", "-care", "-tech"]) + d.ch([".se", ".com", ".de", ".nl", ".io", ".eu"]), bad=False), style=0)),
    "uuid": lambda d, a: d.X(d.uuid()),
    "sha1": lambda d, a: d.X(d.hexs(40)),
    "sha256": lambda d, a: d.X(d.hexs(64)),
    "md5": lambda d, a: d.X(d.hexs(32)),
    "git": lambda d, a: d.X(d.hexs(int(a) if a else 40)),
    "hexl": lambda d, a: d.X(d.hexs(int(a) if a else 32)),
    "b64l": lambda d, a: d.X(d.uniq(lambda: d.mixed(int(a) if a else 44, AN + "+/"), bad=False)),
    "anl": lambda d, a: d.X(d.uniq(lambda: d.mixed(int(a) if a else 24), bad=False)),
    "pk": lambda d, a: d.X(d.uniq(lambda: (a or "pk_live_") + d.mixed(24 if not a else 32), bad=False)),
    "lk": lambda d, a: d.X(d.pnr_look(a or "12d")),
    "org": lambda d, a: d.X(d.orgnr(a or "d")),
    "ocr": lambda d, a: d.X(d.ocr(int(a) if a else None)),
    "lid": lambda d, a: d.X(d.luhn_id(int(a) if a else 10)),
    "mask": lambda d, a: d.X(d.masked_card()),
    "n": lambda d, a: d.digits(int(a or 6)),
    "x": _k_x,
    "glrt": lambda d, a: d.L("gitlab-token", d.uniq(lambda: "glrt-" + d.mixed(20, AN + "_-"))),
    "lit": lambda d, a: d.L(a.split("=", 1)[0], a.split("=", 1)[1]),
}


DOCS = []


def doc(carrier, name, desc):
    def deco(fn):
        DOCS.append((carrier, name, desc, fn))
        return fn
    return deco


def tdoc(carrier, name, desc, tpl):
    DOCS.append((carrier, name, desc, lambda d: d.T(tpl)))
