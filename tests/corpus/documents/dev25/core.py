"""dev25 core: the Doc helper, value generators, checksums and the template filler.

Every document gets its own random.Random seeded from sha256("25025+<path>").
A global set keeps random values unique across the set (documents are built in a
fixed order, so this stays deterministic).
"""
import base64
import calendar
import hashlib
import html
import json
import random
import re
import string
import urllib.parse

SEED = 25025
GLOBAL_USED = set()

AN = string.ascii_letters + string.digits
ANL = string.ascii_lowercase + string.digits
ANU = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

BAD_SUBSTR = ["xxx", "***", "test", "example", "fake", "dummy", "sample", "passw", "secret",
              "redact", "changeme", "your", "placeholder", "todo", "demo", "admin", "token",
              "mask", "null", "none", "undefined"]
VENDOR_PREFIXES = ["AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat", "glpat", "gldt",
                   "glrt", "xox", "xapp", "AIza", "sk_", "rk_", "pk_", "sk-", "SG.", "hf_", "npm_", "pypi-",
                   "key-", "eyJ", "shp", "whsec", "ya29", "AC", "SK", "dckr", "hvs."]

# ---------------------------------------------------------------- checksums

def luhn_sum_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_check_digit(partial):
    for c in "0123456789":
        if luhn_sum_ok(partial + c):
            return c
    raise AssertionError


def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def pnr_shape_valid(s):
    """True when s (6 or 8 digits, optional separator, 4 digits) is a date-valid, Luhn-valid
    personnummer or samordningsnummer."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})", s)
    if not m:
        return False
    cent, yy, mm, dd, tail = m.groups()
    year = int((cent or "19") + yy)
    d = int(dd)
    if d > 60:
        d -= 60
    if not valid_date(year if cent else 2000 + int(yy), int(mm), d) and not valid_date(1900 + int(yy), int(mm), d):
        return False
    return luhn_sum_ok(yy + mm + dd + tail)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_ok(s):
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", s)
    return bool(m) and HETU_CHARS[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def steuer_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return steuer_check(s[:10]) == s[10]


def nir_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre = {"": "", "X": "0", "Y": "1", "Z": "2"}[m.group(1)]
    return DNI_LETTERS[int(pre + m.group(2)) % 23] == m.group(3)


CF_ODD = {}
for _c, _v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]):
    CF_ODD[_c] = _v
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        tot += CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch]
    return chr(65 + tot % 26)


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    return a + g + n not in ("078051120", "219099999", "123456789", "111223333")


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    return bool(m) and m.group(1) not in NINO_BAD_FIRST and m.group(2) not in NINO_BAD_SECOND \
        and (m.group(1) + m.group(2)) not in NINO_BAD_PREFIX


TEST_CARDS = {"4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
              "5105105105105100", "5200828282828210", "378282246310005", "371449635398431", "378734493671000",
              "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505", "30569309025904",
              "38520000023237", "4000000000000002", "4000000000009995", "2223003122003222", "6200000000000005",
              "4012000033330026", "4444333322221111", "5454545454545454", "36148900647913"}

CARD_NETS = {
    "v": (["4"], [16]), "m": (["51", "52", "53", "54", "55"], [16]), "a": (["34", "37"], [15]),
    "d": (["6011", "644", "645", "646", "647", "648", "649", "65"], [16]),
    "j": ([str(x) for x in range(3528, 3590)], [16]), "dc": (["36", "38", "300", "301", "302", "305"], [14]),
    "u": (["62"], [16]), "mae": (["6759", "5018", "5020", "5038", "6304"], [16]),
    "m2": ([str(x) for x in range(2221, 2721)], [16]),
}


def card_network(digits):
    """Return the network of a digit string whose prefix and length fit a network, else None."""
    n = len(digits)
    for net, (prefixes, lengths) in CARD_NETS.items():
        for p in prefixes:
            if digits.startswith(p) and (n in lengths or (net in ("v",) and n in (13, 19))
                                         or (net in ("u", "mae", "j", "d") and 16 <= n <= 19)):
                return net
    return None


def ipv4_public(ip):
    p = [int(x) for x in ip.split(".")]
    a, b, c = p[0], p[1], p[2]
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if a == 169 and b == 254:
        return False
    if a == 172 and 16 <= b <= 31:
        return False
    if a == 192 and b == 168:
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0)):
        return False
    if a == 198 and b in (18, 19):
        return False
    return True


# ---------------------------------------------------------------- encoders

def _xml(v):
    return html.escape(v, quote=True)


ENC = {
    "raw": lambda v: v,
    "json": lambda v: json.dumps(v, ensure_ascii=False)[1:-1],
    "url": lambda v: urllib.parse.quote(v, safe=""),
    "form": lambda v: urllib.parse.quote_plus(v, safe=""),
    "xml": _xml,
    "sq": lambda v: v.replace("'", "''"),
    "dq": lambda v: v.replace("\\", "\\\\").replace('"', '\\"'),
    "php": lambda v: v.replace("\\", "\\\\").replace("'", "\\'"),
    "xmlq": lambda v: "&quot;" + _xml(v) + "&quot;",
}

# ---------------------------------------------------------------- word lists

WORDS_EN = ["Marble", "Copper", "Falcon", "Harbor", "Juniper", "Quartz", "Velvet", "Ember", "Saffron", "Tundra",
            "Orchid", "Cobalt", "Meadow", "Lantern", "Glacier", "Walnut", "Pepper", "Canyon", "Ripple", "Thistle",
            "Bramble", "Cinder", "Dolphin", "Fennel", "Granite", "Heron", "Indigo", "Jasper", "Kestrel", "Lupin",
            "Mango", "Nutmeg", "Oyster", "Pebble", "Quill", "Raven", "Sorrel", "Tamarind", "Umber", "Willow",
            "Yarrow", "Zephyr", "Beacon", "Cactus", "Drizzle", "Fjord", "Goblet", "Hazel", "Island", "Kettle"]
WORDS_SV = ["Kanel", "Lingon", "Fjall", "Mossa", "Granit", "Hallon", "Blabar", "Vinter", "Sommar", "Kvarn",
            "Ekorre", "Ripa", "Havtorn", "Skargard", "Tallbit", "Myrstack", "Fikapaus", "Kantarell", "Snostorm",
            "Grusvag", "Ladugard", "Strommen", "Vargen", "Ljung", "Nypon", "Bryggan", "Saltsjo", "Renen"]
WORDS_LOW = ["tulpan", "grus", "vante", "morot", "kaffe", "ladder", "pencil", "orbit", "velcro", "cactus",
             "puffin", "tractor", "lemon", "violin", "sparrow", "nickel", "ribbon", "walrus", "anchor", "basil",
             "comet", "dune", "ferry", "gravel", "hammock", "iris", "jigsaw", "kayak", "lagoon", "marsh"]

SV_FIRST_M = ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Oskar", "Viktor",
              "Henrik", "Axel", "Gustav", "Filip", "Emil", "Magnus", "Olof", "Sven", "Hugo", "Liam", "Elias",
              "Björn", "Göran", "Åke", "Jörgen", "Mattias", "Ali", "Mohammed", "Ahmad"]
SV_FIRST_F = ["Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Ingrid", "Linnéa", "Elsa",
              "Maja", "Ebba", "Wilma", "Astrid", "Sofia", "Johanna", "Malin", "Ida", "Helena", "Birgitta",
              "Märta", "Åsa", "Annika", "Fatima", "Amina", "Saga", "Alma", "Agnes", "Ronja"]
SV_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
           "Lindqvist", "Lundgren", "Berglund", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström",
           "Danielsson", "Håkansson", "Lundin", "Björk", "Öberg", "Holmberg", "Nyström", "Åberg", "Sundberg",
           "Hedlund", "Strand", "Ekström", "Mohammadi", "Yilmaz", "Nguyen", "Abdi"]
SV_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Björkvägen", "Ringvägen",
              "Parkvägen", "Kyrkogatan", "Östra Långgatan", "Tallstigen", "Åsvägen", "Sjövägen", "Linnégatan",
              "Hantverkargatan", "Järnvägsgatan", "Granvägen", "Ekbacken", "Backvägen", "Solvägen"]
SV_TOWNS = [("111 22", "Stockholm"), ("413 01", "Göteborg"), ("211 45", "Malmö"), ("753 20", "Uppsala"),
            ("582 24", "Linköping"), ("702 10", "Örebro"), ("903 26", "Umeå"), ("852 31", "Sundsvall"),
            ("972 38", "Luleå"), ("652 25", "Karlstad"), ("352 30", "Växjö"), ("802 50", "Gävle"),
            ("721 30", "Västerås"), ("553 18", "Jönköping"), ("302 42", "Halmstad"), ("831 34", "Östersund"),
            ("621 55", "Visby"), ("461 30", "Trollhättan"), ("791 71", "Falun"), ("371 33", "Karlskrona")]

INTL_NAMES = {
    "en": (["James", "Olivia", "Daniel", "Grace", "Ryan", "Chloe", "Nathan", "Megan", "Tom", "Laura"],
           ["Walker", "Hughes", "Bennett", "Fletcher", "Porter", "Reid", "Sullivan", "Parker", "Doyle", "Marsh"]),
    "de": (["Jonas", "Lea", "Felix", "Hannah", "Lukas", "Mia", "Tobias", "Katrin", "Stefan", "Julia"],
           ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Wolf"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Manon", "Lucas", "Inès", "Théo", "Léa", "Julien"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"]),
    "es": (["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Álvaro", "Carmen", "Javier", "Elena", "Diego"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Andrea", "Elisa", "Davide"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"]),
    "nl": (["Daan", "Sanne", "Lars", "Femke", "Bram", "Lotte", "Ruben", "Anouk", "Thijs", "Iris"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "fi": (["Aino", "Eero", "Helmi", "Juho", "Sanna", "Mikko", "Laura", "Ville", "Noora", "Antti"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen"]),
    "pl": (["Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Michał", "Natalia", "Piotr", "Ewa"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"]),
    "no": (["Ola", "Ingrid", "Sindre", "Kari", "Håkon", "Silje", "Eirik", "Nora", "Magnus", "Tuva"],
           ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Berg"]),
    "in": (["Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Karthik", "Divya", "Rohan", "Meera"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Rao", "Joshi", "Kulkarni"]),
    "us": (["Ashley", "Tyler", "Brittany", "Kevin", "Jessica", "Brandon", "Amanda", "Justin", "Heather", "Cody"],
           ["Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore"]),
    "pt": (["João", "Beatriz", "Tiago", "Inês", "Rui", "Marta", "Pedro", "Carolina", "Nuno", "Rita"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes"]),
    "ko": (["민준", "서연", "지훈", "하은", "도윤"], ["김", "이", "박", "최", "정"]),
}

EMAIL_PROVIDERS = {"se": ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com",
                          "bredband.net", "yahoo.se", "spray.se", "bahnhof.se", "proton.me"],
                   "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
                   "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
                   "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
                   "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
                   "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
                   "fi": ["gmail.com", "luukku.com", "elisanet.fi", "outlook.com"],
                   "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
                   "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net"],
                   "en": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
                   "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
                   "no": ["online.no", "gmail.com", "hotmail.no"],
                   "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
                   "ko": ["naver.com", "daum.net", "gmail.com"]}

TRANSLIT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "ß": "ss", "í": "i",
                          "á": "a", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l", "ś": "s", "ź": "z",
                          "ż": "z", "ń": "n", "ć": "c", "ę": "e", "ą": "a", "ã": "a", "ê": "e", "ô": "o",
                          "Å": "a", "Ä": "a", "Ö": "o", "Á": "a", "É": "e", " ": ""})


def ascii_local(s):
    return s.lower().translate(TRANSLIT)


# ---------------------------------------------------------------- DER / keys

def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def der_int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


def pem(label, data):
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def _probable_prime(n, rng):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


def rsa_numbers(rng, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(bits // 2, rng)
        q = _gen_prime(bits // 2, rng)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        if p < q:
            p, q = q, p
        return dict(n=p * q, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_pkcs1_der(k):
    return der_seq(der_int(0), *(der_int(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")))


RSA_ALG = der_seq(der_oid("1.2.840.113549.1.1.1"), der(0x05, b""))


def rsa_pkcs8_der(k):
    return der_seq(der_int(0), RSA_ALG, der(0x04, rsa_pkcs1_der(k)))


def rsa_spki_der(k):
    return der_seq(RSA_ALG, der(0x03, b"\x00" + der_seq(der_int(k["n"]), der_int(k["e"]))))


P256 = dict(p=0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff,
            a=-3, n=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551,
            gx=0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
            gy=0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    p = P256["p"]
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256["a"]) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return x, (lam * (P[0] - x) - P[1]) % p


def ec_p256_pkcs8_der(rng):
    d = rng.randrange(1, P256["n"])
    R, Q = None, (P256["gx"], P256["gy"])
    k = d
    while k:
        if k & 1:
            R = _ec_add(R, Q)
        Q = _ec_add(Q, Q)
        k >>= 1
    pub = b"\x04" + R[0].to_bytes(32, "big") + R[1].to_bytes(32, "big")
    sec1 = der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")), der(0xA1, der(0x03, b"\x00" + pub)))
    alg = der_seq(der_oid("1.2.840.10045.2.1"), der_oid("1.2.840.10045.3.1.7"))
    return der_seq(der_int(0), alg, der(0x04, sec1))


# ---------------------------------------------------------------- Doc

MARK = re.compile(r"⟨([^⟨⟩]+)⟩")
SPEC = re.compile(r"^(=?[A-Za-z0-9_]+)(?::([^|#]*))?(?:\|([a-z]+))?(?:#([A-Za-z0-9_]+))?$")


class Doc:
    def __init__(self, module, carrier, name, desc):
        self.module, self.carrier, self.name, self.desc = module, carrier, name, desc
        self.path = f"{carrier}/{name}"
        h = hashlib.sha256(f"{SEED}+{self.path}".encode()).digest()
        self.r = random.Random(int.from_bytes(h, "big"))
        self.labels = []
        self.looks = []
        self.valid_pnr_looks = []   # registered look-alikes that pass the personnummer date + Luhn checks
        self.refs = {}
        self.glue_ok = set()
        self.text = None

    # -- registration
    def L(self, cat, v):
        if (cat, v) not in self.labels:
            self.labels.append((cat, v))
        return v

    def X(self, v):
        if v not in self.looks:
            self.looks.append(v)
        return v

    def pick(self, seq):
        return self.r.choice(seq)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, gen, clean=True):
        for _ in range(2000):
            v = gen()
            if v in GLOBAL_USED:
                continue
            if clean:
                low = v.lower()
                if any(b in low for b in BAD_SUBSTR):
                    continue
                if any(v.startswith(p) for p in VENDOR_PREFIXES):
                    continue
            GLOBAL_USED.add(v)
            return v
        raise RuntimeError("uniq exhausted")

    # -- shaped random strings
    def shape(self, spec, clean=True):
        prefix = ""
        if "~" in spec:
            prefix, spec = spec.split("~", 1)
        m = re.fullmatch(r"(an|anl|anu|hex|HEX|b64u|b64np|b64|b32|num):?(\d+)", spec)
        assert m, spec
        kind, n = m.group(1), int(m.group(2))

        def gen():
            if kind == "an":
                body = self.s(AN, n)
            elif kind == "anl":
                body = self.s(ANL, n)
            elif kind == "anu":
                body = self.s(ANU, n)
            elif kind == "hex":
                body = self.s(HEXL, n)
            elif kind == "HEX":
                body = self.s(HEXU, n)
            elif kind == "num":
                body = self.s("0123456789", n)
            elif kind == "b32":
                body = self.s(B32, n)
            else:
                raw = bytes(self.r.getrandbits(8) for _ in range(n))
                if kind == "b64":
                    body = base64.b64encode(raw).decode()
                elif kind == "b64np":
                    body = base64.b64encode(raw).decode().rstrip("=")
                else:
                    body = base64.urlsafe_b64encode(raw).decode().rstrip("=")
            if kind in ("an", "b64", "b64u", "b64np") and len(body) >= 12:
                if not (re.search(r"[A-Z]", body) and re.search(r"[a-z]", body) and re.search(r"\d", body)):
                    return None
            if kind in ("anl", "anu", "hex", "HEX", "b32") and len(body) >= 12:
                if not re.search(r"\d", body) or not re.search(r"[A-Za-z]", body):
                    return None
            low = body.lower()
            if clean and any(b in low for b in BAD_SUBSTR):
                return None
            return prefix + body

        def g():
            while True:
                v = gen()
                if v is not None:
                    return v
        return self.uniq(g, clean and not prefix)

    def hexs(self, n):
        return self.s(HEXL, n)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return self.X(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")

    def sha1(self):
        return self.X(self.hexs(40))

    def sha256(self):
        return self.X(self.hexs(64))

    def md5(self):
        return self.X(self.hexs(32))

    # -- secrets
    def password(self, style="h"):
        r = self.r

        def gen():
            if style == "h":
                w = self.pick(WORDS_EN + WORDS_SV)
                w2 = self.pick(WORDS_EN + WORDS_SV)
                num = str(r.randint(10, 9999))
                sym = self.pick("!#%&*?@$")
                pat = r.randint(0, 4)
                if pat == 0:
                    return f"{w}{num}{sym}"
                if pat == 1:
                    return f"{w}{sym}{num}{w2.lower()}"
                if pat == 2:
                    return f"{w}-{w2}-{num}"
                if pat == 3:
                    return f"{w.lower()}{w2}{num}{sym}"
                return f"{sym}{w}{w2}{num}"
            if style == "r":
                n = r.randint(14, 20)
                al = AN + "!%*+-.=@^_~?"
                v = self.s(al, n)
                v = self.pick(AN) + v[1:-1] + self.pick(AN + "!?@%*")
                if sum(c in "!%*+-.=@^_~?" for c in v) < 2 or not re.search(r"\d", v):
                    return None
                return v
            if style == "a":
                return self.s(AN, r.randint(16, 24))
            if style == "p":
                ws = [self.pick(WORDS_LOW) for _ in range(r.randint(3, 4))]
                return self.pick("-.") .join(ws) + str(r.randint(2, 99))
            if style == "u":
                v = self.s(AN + "-._~", r.randint(16, 24))
                return self.pick(AN) + v[1:-1] + self.pick(AN)
            if style == "x":
                v = self.s(AN + "@:/#?%&+!$", r.randint(14, 20))
                v = self.pick(AN) + v[1:-1] + self.pick(AN)
                return v if re.search(r"[@:/#?%]", v) else None
            if style == "s":
                sy = "!\"#$%&'()*+,-./:;<=>?@[\\]^_{|}~"
                v = self.s(AN + sy + sy, r.randint(14, 20))
                v = self.pick(AN) + v[1:-1] + self.pick(AN)
                return v if re.search(r"[\"'\\&<>$]", v) else None
            if style == "q":
                sy = "!#%&()*+,-./:;<=>?@[]^_{|}~"
                v = self.s(AN + sy, r.randint(14, 20))
                v = self.pick(AN) + v[1:-1] + self.pick(AN + "!#%")
                return v if sum(c in sy for c in v) >= 2 else None
            if style == "w":
                ws = [self.pick(WORDS_LOW) for _ in range(r.randint(3, 4))]
                return " ".join(ws).capitalize() + " " + str(r.randint(2, 99))
            if style == "n":   # short alnum (device pins, sip secrets)
                return self.s(ANL, r.randint(10, 14))
            raise ValueError(style)

        def g():
            while True:
                v = gen()
                if v and not re.search(r"\s\s|^\s|\s$", v):
                    if style != "w" and re.search(r"\s", v):
                        continue
                    if not re.search(r"\d", v):
                        continue
                    return v
        return self.uniq(g)

    def bearer_value(self, shape):
        if shape == "ya29":
            return self.uniq(lambda: "ya29." + self.s(AN + "-_", self.r.randint(150, 190)), clean=False)
        if shape == "paseto":
            raw = bytes(self.r.getrandbits(8) for _ in range(self.r.randint(120, 170)))
            return self.uniq(lambda: "v4.public." + base64.urlsafe_b64encode(
                raw + bytes(self.r.getrandbits(8) for _ in range(4))).decode().rstrip("="), clean=False)
        if shape == "uuid":
            h = self.hexs(32)
            return self.uniq(lambda: f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}", clean=False)
        return self.shape(shape)

    def jwt(self, alg="RS256", iss=None, sub=None, aud=None, extra=None, kid=True):
        iss = iss or self.pick(["https://login.kvartersappen.se", "https://auth.hallonbolaget.se/realms/main",
                                "https://sts.windows.net/" + self.hexs(8) + "-" + self.hexs(4) + "-4" + self.hexs(3) + "-a" + self.hexs(3) + "-" + self.hexs(12) + "/",
                                "https://idp.nordtra.se", "https://accounts.fraktnod.se", "https://sso.hemlabbet.se/application/o/api/"])
        aud = aud or self.pick(["api", "orders-api", "https://api.partner.grossist.se", "account", "mobile-app"])
        now = 1768500000 + self.r.randint(0, 4000000)
        hdr = {"alg": alg, "typ": "JWT"}
        if kid:
            hdr["kid"] = self.s(AN + "-_", 22)
        pl = {"iss": iss, "sub": sub or self.s(ANL, 24), "aud": aud, "iat": now, "exp": now + self.pick([900, 3600, 28800, 86400])}
        if extra:
            pl.update(extra)
        pl["jti"] = self.hexs(16)
        siglen = {"RS256": 256, "RS512": 256, "PS256": 256, "HS256": 32, "HS512": 64, "ES256": 64, "EdDSA": 64}[alg]
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(siglen))).decode().rstrip("=")
        return self.uniq(lambda: b(hdr) + "." + b(pl) + "." + sig, clean=False)

    def aws_akid(self, prefix="AKIA"):
        return self.uniq(lambda: prefix + self.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), clean=False)

    def aws_secret(self):
        def g():
            v = self.s(AN + "/+", 40)
            return v if re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v) else "EXAMPLE"
        for _ in range(100):
            v = self.uniq(g)
            if v != "EXAMPLE":
                return v

    # -- personal data
    def person_sv(self, sex=None):
        sex = sex or self.pick("MF")
        first = self.pick(SV_FIRST_M if sex == "M" else SV_FIRST_F)
        return first, self.pick(SV_LAST), sex

    def person(self, lang):
        f, l = INTL_NAMES[lang]
        return self.pick(f), self.pick(l)

    def address_sv(self):
        pc, town = self.pick(SV_TOWNS)
        return f"{self.pick(SV_STREETS)} {self.r.randint(1, 88)}{self.pick(['', '', '', 'A', 'B'])}", pc, town

    def pnr(self, fmt="L", y0=1940, y1=2012, samord=False, sex=None, century_plus=False):
        """Return a labelled-quality personnummer (not registered; caller labels it)."""
        r = self.r
        while True:
            y = r.randint(1918, 1925) if century_plus else r.randint(y0, y1)
            m = r.randint(1, 12)
            d = r.randint(1, calendar.monthrange(y, m)[1])
            serial = r.randint(2, 998)
            if sex:
                want = 1 if sex == "M" else 0
                if serial % 2 != want:
                    serial += 1 if serial < 998 else -1
            dd = d + 60 if samord else d
            base9 = f"{y % 100:02d}{m:02d}{dd:02d}{serial:03d}"
            c = luhn_check_digit(base9)
            tail = f"{serial:03d}{c}"
            if fmt == "L":
                v = f"{y}{m:02d}{dd:02d}-{tail}"
            elif fmt == "l":
                v = f"{y}{m:02d}{dd:02d}{tail}"
            elif fmt == "S":
                v = f"{y % 100:02d}{m:02d}{dd:02d}{'+' if century_plus else '-'}{tail}"
            elif fmt == "s":
                v = f"{y % 100:02d}{m:02d}{dd:02d}{tail}"
            elif fmt == "sp":
                v = f"{y}{m:02d}{dd:02d} {tail}"
            else:
                raise ValueError(fmt)
            if v in GLOBAL_USED:
                continue
            GLOBAL_USED.add(v)
            self.last_birth = (y, m, d)
            self.last_sex = "M" if serial % 2 else "F"
            return v

    def pnr_bad(self, fmt="L", y0=1940, y1=2012):
        """Personnummer-shaped, valid date, wrong check digit (registered look-alike)."""
        v = self.pnr(fmt, y0, y1)
        last = int(v[-1])
        v = v[:-1] + str((last + self.r.randint(1, 9)) % 10)
        assert not pnr_shape_valid(v)
        return self.X(v)

    def date_serial(self, fmt="L", valid=False, y0=2023, y1=2026, date=None):
        """Date + serial reference (case, order, booking number). valid=True makes it pass Luhn
        (a deliberately valid look-alike, counted in NOTES.md); otherwise it fails Luhn."""
        r = self.r
        while True:
            y = r.randint(y0, y1)
            m = r.randint(1, 12) if y < 2026 else 1
            d = r.randint(1, calendar.monthrange(y, m)[1]) if y < 2026 else r.randint(1, 18)
            if date:
                y, m, d = date
            serial = f"{r.randint(0, 9999):04d}"
            ymd = f"{y}{m:02d}{d:02d}" if fmt in ("L", "l") else f"{y % 100:02d}{m:02d}{d:02d}"
            sep = "-" if fmt in ("L", "S") else ""
            v = ymd + sep + serial
            ok = pnr_shape_valid(v)
            if ok != valid or v in GLOBAL_USED:
                continue
            GLOBAL_USED.add(v)
            self.X(v)
            if valid:
                self.valid_pnr_looks.append(v)
            return v

    def orgnr(self, group=None):
        """Swedish organisation number (Luhn-valid, third digit >= 2 so never a date)."""
        r = self.r
        while True:
            g = group or self.pick(["556", "559", "802", "716", "969", "212", "222", "769"])
            rest = self.s("0123456789", 9 - len(g))
            base = g + rest
            if int(base[2]) < 2:
                continue
            v = base[:6] + "-" + base[6:] + luhn_check_digit(base)
            if v in GLOBAL_USED:
                continue
            GLOBAL_USED.add(v)
            return self.X(v)

    def ocr(self, length=None):
        """OCR payment reference with Luhn check digit; never personnummer- or card-shaped."""
        r = self.r
        while True:
            n = length or self.pick([8, 9, 11, 13, 14, 15, 17, 18])
            body = self.pick("1789") + self.s("0123456789", n - 2)
            v = body + luhn_check_digit(body)
            if n in (10, 12) and pnr_shape_valid(v):
                continue
            if card_network(v):
                continue
            if v in GLOBAL_USED:
                continue
            GLOBAL_USED.add(v)
            return self.X(v)

    def bankgiro(self):
        n = self.pick([7, 8])
        body = self.s("0123456789", n - 1)
        body = str(self.r.randint(1, 9)) + body[1:]
        v = body + luhn_check_digit(body)
        v = v[:-4] + "-" + v[-4:]
        GLOBAL_USED.add(v)
        return self.X(v)

    def plusgiro(self):
        body = str(self.r.randint(1, 9)) + self.s("0123456789", self.r.randint(4, 6))
        v = body + "-" + luhn_check_digit(body)
        return self.X(v)

    def card(self, net="v", fmt="plain"):
        prefixes, lengths = CARD_NETS[net]
        while True:
            p = self.pick(prefixes)
            n = self.pick(lengths)
            body = p + self.s("0123456789", n - len(p) - 1)
            v = body + luhn_check_digit(body)
            if v in TEST_CARDS or v in GLOBAL_USED or len(set(v)) < 5:
                continue
            GLOBAL_USED.add(v)
            self.last_card_digits = v
            return self.fmt_card(v, fmt)

    def fmt_card(self, v, fmt):
        if fmt == "plain":
            return v
        sep = {"sp": " ", "dash": "-"}[fmt]
        if len(v) == 15:
            return sep.join([v[:4], v[4:10], v[10:]])
        if len(v) == 14:
            return sep.join([v[:4], v[4:10], v[10:]])
        return sep.join(v[i:i + 4] for i in range(0, len(v), 4))

    def card_bad(self, net="v", fmt="plain", n=None):
        """Card-shaped with a network prefix but failing Luhn (order ids, gift cards, ...)."""
        prefixes, lengths = CARD_NETS[net]
        while True:
            p = self.pick(prefixes)
            ln = n or self.pick(lengths)
            body = p + self.s("0123456789", ln - len(p))
            if luhn_sum_ok(body) or body in GLOBAL_USED:
                continue
            GLOBAL_USED.add(body)
            return self.X(self.fmt_card(body, fmt))

    def digits_bad_luhn(self, n, first="123456789"):
        while True:
            v = self.pick(first) + self.s("0123456789", n - 1)
            if not luhn_sum_ok(v) and v not in GLOBAL_USED:
                GLOBAL_USED.add(v)
                return self.X(v)

    def masked_card(self, style=0, net="v"):
        full = self.card(net)
        GLOBAL_USED.add(full)
        if style == 0:
            v = full[:6] + "*" * (len(full) - 10) + full[-4:]
        elif style == 1:
            v = "**** **** **** " + full[-4:]
        elif style == 2:
            v = "X" * (len(full) - 4) + full[-4:]
        else:
            v = full[:4] + " **** **** " + full[-4:]
        return self.X(v)

    def imei(self):
        tac = self.pick(["35", "86", "01"]) + self.s("0123456789", 6)
        body = tac + self.s("0123456789", 6)
        v = body + luhn_check_digit(body)
        return self.X(v)

    def epoch_ms(self):
        return self.X(str(1768000000000 + self.r.randint(0, 5000000000)))

    def ups(self):
        return self.X("1Z" + self.s(ANU, 6) + self.s("0123456789", 10))

    def iban(self, cc="SE", paper=False):
        r = self.r
        bban = {
            "SE": lambda: self.pick(["500", "800", "600", "300", "120", "957"]) + self.s("0123456789", 17),
            "DE": lambda: self.s("0123456789", 18),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.s("0123456789", 14),
            "FR": lambda: self.s("0123456789", 10) + self.s(ANU, 11) + self.s("0123456789", 2),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + self.s("0123456789", 10),
            "ES": lambda: self.s("0123456789", 20),
            "IT": lambda: self.pick(ANU[:26]) + self.s("0123456789", 10) + self.s("0123456789", 12),
            "FI": lambda: self.s("0123456789", 14),
            "NO": lambda: self.s("0123456789", 11),
            "DK": lambda: self.s("0123456789", 14),
            "PL": lambda: self.s("0123456789", 24),
            "PT": lambda: self.s("0123456789", 21),
            "IE": lambda: self.pick(["AIBK", "BOFI"]) + self.s("0123456789", 14),
        }[cc]
        b = bban()
        num = "".join(str(int(c, 36)) for c in b + cc + "00")
        chk = 98 - int(num) % 97
        v = f"{cc}{chk:02d}{b}"
        assert iban_valid(v)
        GLOBAL_USED.add(v)
        if paper:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def phone(self, cc="SE", fmt="n"):
        r = self.r
        d = lambda n: self.s("0123456789", n)
        while True:
            if cc == "SE":
                pre = self.pick(["70", "72", "73", "76", "79"])
                a, b, c = d(3), d(2), d(2)
                if pre == "70" and (a + b).startswith("1740"):
                    continue
                v = {"n": f"0{pre}-{a} {b} {c}", "i": f"+46 {pre} {a} {b} {c}", "e": f"+46{pre}{a}{b}{c}",
                     "c": f"0{pre}{a}{b}{c}", "d": f"0{pre}-{a}{b}{c}"}[fmt]
            elif cc == "SEL":   # Swedish landline
                area, n = self.pick([("8", 8), ("31", 7), ("40", 7), ("18", 6), ("90", 6), ("13", 6), ("19", 6)])
                num = str(r.randint(2, 9)) + d(n - 1)
                if area == "8" and num.startswith("46500"):
                    continue
                grp = (num[:3] + " " + num[3:6] + " " + num[6:]) if n == 8 else (
                    num[:2] + " " + num[2:4] + " " + num[4:] if n == 6 else num[:3] + " " + num[3:5] + " " + num[5:])
                v = {"n": f"0{area}-{grp}", "i": f"+46 {area} {grp}", "e": f"+46{area}{num}"}[fmt]
            elif cc == "NO":
                n = self.pick("49") + d(7)
                v = {"n": f"{n[:3]} {n[3:5]} {n[5:]}", "i": f"+47 {n[:3]} {n[3:5]} {n[5:]}", "e": f"+47{n}"}[fmt]
            elif cc == "DK":
                n = self.pick(["2", "3", "4", "5", "6"]) + d(7)
                v = {"n": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", "i": f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", "e": f"+45{n}"}[fmt]
            elif cc == "FI":
                pre = self.pick(["40", "44", "45", "50"])
                n = d(7)
                v = {"n": f"0{pre} {n[:3]} {n[3:]}", "i": f"+358 {pre} {n[:3]} {n[3:]}", "e": f"+358{pre}{n}"}[fmt]
            elif cc == "DE":
                pre = self.pick(["151", "152", "160", "170", "171", "176", "157"])
                n = d(8)
                v = {"n": f"0{pre} {n}", "i": f"+49 {pre} {n}", "e": f"+49{pre}{n}", "d": f"0{pre}/{n}"}[fmt]
            elif cc == "GB":
                n = "7" + self.pick(["4", "5", "8", "9"]) + d(8)
                v = {"n": f"0{n[:4]} {n[4:]}", "i": f"+44 {n[:4]} {n[4:]}", "e": f"+44{n}"}[fmt]
            elif cc == "US":
                area = self.pick(["212", "415", "312", "617", "206", "303", "512", "704", "919", "614", "503"])
                ex = str(r.randint(2, 9)) + d(2)
                ln = d(4)
                if ex == "555":
                    continue
                v = {"n": f"({area}) {ex}-{ln}", "i": f"+1 {area}-{ex}-{ln}", "e": f"+1{area}{ex}{ln}", "d": f"{area}-{ex}-{ln}"}[fmt]
            elif cc == "FR":
                n = self.pick("67") + d(8)
                v = {"n": " ".join(["0" + n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]),
                     "i": "+33 " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), "e": f"+33{n}"}[fmt]
            elif cc == "NL":
                n = d(8)
                v = {"n": f"06-{n}", "i": f"+31 6 {n}", "e": f"+316{n}"}[fmt]
            elif cc == "ES":
                n = self.pick("67") + d(8)
                v = {"n": f"{n[:3]} {n[3:6]} {n[6:]}", "i": f"+34 {n[:3]} {n[3:6]} {n[6:]}", "e": f"+34{n}"}[fmt]
            elif cc == "IT":
                n = "3" + self.pick(["20", "33", "40", "47", "88", "93"]) + d(7)
                v = {"n": f"{n[:3]} {n[3:6]} {n[6:]}", "i": f"+39 {n[:3]} {n[3:6]} {n[6:]}", "e": f"+39{n}"}[fmt]
            elif cc == "PL":
                n = self.pick("5678") + d(8)
                v = {"n": f"{n[:3]} {n[3:6]} {n[6:]}", "i": f"+48 {n[:3]} {n[3:6]} {n[6:]}", "e": f"+48{n}"}[fmt]
            elif cc == "IN":
                n = self.pick("6789") + d(9)
                v = {"n": f"{n[:5]} {n[5:]}", "i": f"+91 {n[:5]} {n[5:]}", "e": f"+91{n}", "d": f"+91-{n}"}[fmt]
            elif cc == "PT":
                n = "9" + self.pick("1236") + d(7)
                v = {"n": f"{n[:3]} {n[3:6]} {n[6:]}", "i": f"+351 {n[:3]} {n[3:6]} {n[6:]}", "e": f"+351{n}"}[fmt]
            elif cc == "KR":
                n = d(8)
                v = {"n": f"010-{n[:4]}-{n[4:]}", "i": f"+82 10-{n[:4]}-{n[4:]}", "e": f"+8210{n}"}[fmt]
            elif cc == "CN":
                n = "1" + self.pick(["38", "39", "58", "86", "36"]) + d(8)
                v = {"n": f"{n[:3]} {n[3:7]} {n[7:]}", "i": f"+86 {n[:3]} {n[3:7]} {n[7:]}", "e": f"+86{n}"}[fmt]
            elif cc == "CZ":
                n = self.pick("67") + d(8)
                v = {"n": f"{n[:3]} {n[3:6]} {n[6:]}", "i": f"+420 {n[:3]} {n[3:6]} {n[6:]}", "e": f"+420{n}"}[fmt]
            elif cc == "TR":
                n = "5" + self.pick(["32", "33", "42", "05", "55"]) + d(7)
                v = {"n": f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "i": f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "e": f"+90{n}"}[fmt]
            else:
                raise ValueError(cc)
            if v in GLOBAL_USED:
                continue
            digits = re.sub(r"\D", "", v)
            if len(digits) in (10, 12) and pnr_shape_valid(digits):
                continue
            GLOBAL_USED.add(v)
            return v

    def email(self, lang="se", first=None, last=None, domain=None):
        if first is None:
            if lang == "se":
                first, last, _ = self.person_sv()
            else:
                first, last = self.person(lang)
        f, l = ascii_local(first), ascii_local(last or "")
        if not re.fullmatch(r"[a-z]+", f or "x"):
            f = self.pick(["min", "seo", "jiho", "hana", "yuna"])
        if last is not None and not re.fullmatch(r"[a-z]+", l or "x"):
            l = self.pick(["kim", "lee", "park", "choi", "jung"])
        dom = domain or self.pick(EMAIL_PROVIDERS[lang])
        while True:
            pat = self.r.randint(0, 5)
            if domain:
                local = [f"{f}.{l}", f"{f[0]}{l}", f, f"{f}.{l[0]}", f"{f}{l[0]}", f"{f}_{l}"][pat]
            else:
                local = [f"{f}.{l}{self.r.randint(1, 99)}", f"{f}{l}", f"{f[0]}.{l}", f"{f}.{l}",
                         f"{f}{self.r.randint(60, 2005)}", f"{l}.{f}"][pat]
            v = f"{local}@{dom}"
            if v not in GLOBAL_USED:
                GLOBAL_USED.add(v)
                return v

    def ipv4(self):
        while True:
            a = self.pick([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 94, 95,
                           104, 130, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            v = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if ipv4_public(v) and v not in GLOBAL_USED:
                GLOBAL_USED.add(v)
                return v

    def ipv4_private(self):
        k = self.r.randint(0, 2)
        if k == 0:
            v = f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        elif k == 1:
            v = f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        else:
            v = f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return v

    def ipv6(self):
        pre = self.pick(["2a02:{}", "2a01:{}", "2001:67c:{}", "2a00:{}", "2600:{}", "2a0a:{}", "2003:{}"])
        h = lambda: "%x" % self.r.randint(1, 0xffff)
        body = ":".join(h() for _ in range(7 - pre.count(":")))
        v = pre.format(body)
        if self.r.random() < 0.4:
            parts = v.split(":")
            i = self.r.randint(3, len(parts) - 3)
            v = ":".join(parts[:i]) + "::" + ":".join(parts[i + 2:])
        GLOBAL_USED.add(v)
        return v

    def dob(self, fmt="iso", y0=1950, y1=2005):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        self.last_birth = (y, m, d)
        return {"iso": f"{y}-{m:02d}-{d:02d}", "dmy.": f"{d:02d}.{m:02d}.{y}", "dmy/": f"{d:02d}/{m:02d}/{y}",
                "mdy/": f"{m:02d}/{d:02d}/{y}", "ymd": f"{y}{m:02d}{d:02d}", "dmy-": f"{d:02d}-{m:02d}-{y}"}[fmt]

    def passport(self, cc="SE"):
        d = lambda n: self.s("0123456789", n)
        v = {"SE": lambda: d(8), "DE": lambda: "C" + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8),
             "US": lambda: self.pick("56789") + d(8), "GB": lambda: "1" + d(8),
             "FR": lambda: d(2) + self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(5), "IN": lambda: self.pick("JKLMNPRSTUVWZ") + d(7),
             "NL": lambda: self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.s("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + d(1),
             "IT": lambda: self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(7), "ES": lambda: self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + d(6),
             "PL": lambda: self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(7), "NO": lambda: d(8),
             "KR": lambda: "M" + d(8), "CN": lambda: "E" + d(8)}[cc]
        return self.uniq(v, clean=False)

    def ssn(self, dashed=True):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if ssn_ok(v) and v not in GLOBAL_USED:
                GLOBAL_USED.add(v)
                return v if dashed else v.replace("-", "")

    def nino(self, spaced=True):
        while True:
            a = self.pick("ABCEGHJKLMNOPRSTWXYZ")
            b = self.pick("ABCEGHJKLMNPRSTWXYZ")
            v = f"{a}{b}{self.s('0123456789', 6)}{self.pick('ABCD')}"
            if nino_ok(v):
                return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if spaced else v

    def bsn(self):
        while True:
            v = str(self.r.randint(1, 6)) + self.s("0123456789", 8)
            if bsn_ok(v):
                return v

    def hetu(self, y0=1950, y1=2004):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        n = self.r.randint(2, 899)
        ds = f"{d:02d}{m:02d}{y % 100:02d}"
        c = HETU_CHARS[int(ds + f"{n:03d}") % 31]
        v = f"{ds}{'-' if y < 2000 else 'A'}{n:03d}{c}"
        assert hetu_ok(v)
        return v

    def steuer_id(self):
        while True:
            digits = self.r.sample("0123456789", 9)
            if digits[0] == "0":
                continue
            dup = self.pick(digits[1:])
            pos = self.r.randint(1, 9)
            d10 = digits[:pos] + [dup] + digits[pos:]
            d10 = "".join(d10[:10])
            if d10[0] == "0":
                continue
            v = d10 + steuer_check(d10)
            if steuer_ok(v):
                return v

    def nir(self, sex=None, spaced=True):
        s = sex or self.pick("12")
        yy = self.r.randint(50, 99)
        mm = self.r.randint(1, 12)
        dept = f"{self.pick([13, 31, 33, 44, 59, 69, 75, 92, 93, 67]):02d}"
        base = f"{s}{yy:02d}{mm:02d}{dept}{self.r.randint(1, 999):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(base) % 97
        v = base + f"{key:02d}"
        assert nir_ok(v)
        if spaced:
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        return v

    def dni(self, nie=False):
        if nie:
            p = self.pick("XYZ")
            n = self.s("0123456789", 7)
            return p + n + DNI_LETTERS[int({"X": "0", "Y": "1", "Z": "2"}[p] + n) % 23]
        n = str(self.r.randint(10000000, 79999999))
        return n + DNI_LETTERS[int(n) % 23]

    def codice_fiscale(self, surname, name, y, m, d, female):
        def cons(s):
            return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

        def vows(s):
            return [c for c in s.upper() if c in "AEIOU"]
        sc = (cons(surname) + vows(surname) + ["X"] * 3)[:3]
        nc = cons(name)
        if len(nc) >= 4:
            nc = [nc[0], nc[2], nc[3]]
        nc = (nc + vows(name) + ["X"] * 3)[:3]
        month = "ABCDEHLMPRST"[m - 1]
        day = d + 40 if female else d
        comune = self.pick(["H501", "F205", "L219", "G273", "A944", "D612", "F839", "C351"])
        s15 = "".join(sc + nc) + f"{y % 100:02d}{month}{day:02d}{comune}"
        v = s15 + cf_check(s15)
        assert cf_ok(v), v
        return v

    def aadhaar(self, spaced=True):
        body = str(self.r.randint(2, 9)) + self.s("0123456789", 10)
        v = body + verhoeff_digit(body)
        assert verhoeff_ok(v)
        return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v

    # -- template filler
    def T(self, tpl):
        def rep(m):
            spec = m.group(1)
            mm = SPEC.match(spec)
            if not mm:
                raise ValueError(f"{self.path}: bad marker {spec!r}")
            kind, args, enc, ref = mm.groups()
            if kind.startswith("="):
                raw, cat, rendered = self.refs[kind[1:]]
                if enc is None:
                    return rendered
                out = ENC[enc](raw)
                if cat:
                    c = cat
                    if cat == "url-credentials|password" and enc != "url":
                        c = "password"
                    self.L(c, out)
                return out
            raw, cat = self.make(kind, args)
            if kind == "upw":
                out = urllib.parse.quote(raw, safe="")
            else:
                out = ENC[enc or "raw"](raw)
            if cat:
                self.L(cat, out)
            if ref:
                self.refs[ref] = (raw, cat, out)
            return out
        out = MARK.sub(rep, tpl)
        return out

    def make(self, kind, args):
        a = args or ""
        if kind == "bt":
            return self.bearer_value(a or "an40"), "bearer-token"
        if kind == "jbt":
            return self.jwt(a or "RS256"), "jwt|bearer-token"
        if kind == "jwt":
            return self.jwt(a or "HS256"), "jwt"
        if kind == "pw":
            return self.password(a or "h"), "password"
        if kind == "upw":
            return self.password(a or "u"), "url-credentials|password"
        if kind == "gs":
            return self.shape(a or "an32"), "generic-secret"
        if kind == "gsbt":
            return self.shape(a or "an40"), "bearer-token|generic-secret"
        if kind == "ak":
            return self.aws_akid(a or "AKIA"), "aws-access-key-id"
        if kind == "sk":
            return self.aws_secret(), "aws-secret-key"
        if kind == "email":
            lang, _, dom = a.partition("@")
            return self.email(lang or "se", domain=dom or None), "email"
        if kind == "rmail":   # role address of an organisation: random role local part at the given domain
            roles = ["noreply", "no-reply", "info", "kundservice", "drift", "support", "postmaster", "kontakt",
                     "ekonomi", "it", "admin-notify", "bokning", "order", "faktura", "larm", "system", "webmaster"]
            return self.uniq(lambda: self.pick(roles) + "@" + a, clean=False), "email"
        if kind == "phone":
            cc, _, fmt = a.partition(",")
            return self.phone(cc or "SE", fmt or "n"), "phone"
        if kind == "ip4":
            return self.ipv4(), "ipv4"
        if kind == "ip6":
            return self.ipv6(), "ipv6"
        if kind == "iban":
            cc, _, p = a.partition(",")
            return self.iban(cc or "SE", paper=bool(p)), "iban"
        if kind == "card":
            net, _, fmt = a.partition(",")
            return self.card(net or "v", fmt or "plain"), "credit-card"
        if kind == "pnr":
            return self.pnr(a or "L"), "se-personnummer"
        if kind == "basic":
            user = a or self.pick(["svc-sync", "integration", "reporter", "deploy", "monitor"])
            pw = self.password("r")
            return base64.b64encode(f"{user}:{pw}".encode()).decode(), "basic-auth"
        if kind == "dockerauth":
            user = a or "ci-bot"
            pw = self.password("a")
            return base64.b64encode(f"{user}:{pw}".encode()).decode(), "docker-auth"
        # vendor tokens
        if kind == "ghp":
            return self.uniq(lambda: (a or "ghp") + "_" + self.s(AN, 36), clean=False), "github-token"
        if kind == "glpat":
            return self.uniq(lambda: "glpat-" + self.s(AN + "-_", 20), clean=False), "gitlab-token"
        if kind == "xoxb":
            return self.uniq(lambda: f"xoxb-{self.s('0123456789', 12)}-{self.s('0123456789', 13)}-{self.s(AN, 24)}", clean=False), "slack-token"
        if kind == "xapp":
            return self.uniq(lambda: f"xapp-1-A0{self.s(ANU, 9)}-{self.s('0123456789', 13)}-{self.s(HEXL, 64)}", clean=False), "slack-token"
        if kind == "slackwh":
            return self.uniq(lambda: f"https://hooks.slack.com/services/T{self.s(ANU, 10)}/B{self.s(ANU, 10)}/{self.s(AN, 24)}", clean=False), "slack-webhook"
        if kind == "sklive":
            return self.uniq(lambda: f"{a or 'sk'}_live_" + self.s(AN, 99 if a == 'rk' else 99), clean=False), "stripe-key"
        if kind == "aiza":
            return self.uniq(lambda: "AIza" + self.s(AN + "-_", 35), clean=False), "google-api-key"
        if kind == "oai":
            return self.uniq(lambda: "sk-proj-" + self.s(AN + "-_", 156), clean=False), "openai-key"
        if kind == "ant":
            return self.uniq(lambda: "sk-ant-api03-" + self.s(AN + "-_", 93) + "AA", clean=False), "anthropic-key"
        if kind == "npm":
            return self.uniq(lambda: "npm_" + self.s(AN, 36), clean=False), "npm-token"
        if kind == "pypi":
            body = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(150))).decode().rstrip("=")
            return self.uniq(lambda: "pypi-AgEIcHlwaS5vcmc" + body, clean=False), "pypi-token"
        if kind == "hf":
            return self.uniq(lambda: "hf_" + self.s(string.ascii_letters, 34), clean=False), "huggingface-token"
        if kind == "sg":
            return self.uniq(lambda: "SG." + self.s(AN + "-_", 22) + "." + self.s(AN + "-_", 43), clean=False), "sendgrid-key"
        if kind == "twauth":
            return self.uniq(lambda: self.s(HEXL, 32), clean=False), "twilio-key"
        if kind == "twsk":
            return self.uniq(lambda: "SK" + self.s(HEXL, 32), clean=False), "twilio-key"
        if kind == "shpat":
            return self.uniq(lambda: (a or "shpat") + "_" + self.s(HEXL, 32), clean=False), "shopify-token"
        if kind == "ddapi":
            return self.uniq(lambda: self.s(HEXL, 32), clean=False), "datadog-key"
        if kind == "mg":
            return self.uniq(lambda: "key-" + self.s(HEXL, 32), clean=False), "mailgun-key"
        if kind == "azkey":
            return self.uniq(lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(64))).decode(), clean=False), "azure-storage-key"
        # look-alikes (unlabelled, registered)
        if kind == "uuid":
            return self.uuid(), None
        if kind == "sha1":
            return self.sha1(), None
        if kind == "sha256":
            return self.sha256(), None
        if kind == "md5":
            return self.md5(), None
        if kind == "short":
            return self.X(self.hexs(int(a) if a else 7)), None
        if kind == "hex":
            return self.X(self.hexs(int(a))), None
        if kind == "lk":   # look-alike shaped string, e.g. lk:an32, lk:pk_live~an24
            return self.X(self.shape(a, clean=False)), None
        if kind == "b64":
            return self.X(base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(int(a)))).decode()), None
        if kind == "ip4p":
            return self.ipv4_private(), None
        if kind == "int":
            lo, hi = (int(x) for x in a.split("-"))
            return str(self.r.randint(lo, hi)), None
        if kind == "ms":
            return self.epoch_ms(), None
        if kind == "pnrbad":
            return self.pnr_bad(a or "L"), None
        if kind == "dsn":
            return self.date_serial(a or "L", valid=False), None
        if kind == "dsv":
            return self.date_serial(a or "L", valid=True), None
        if kind == "orgnr":
            return self.orgnr(a or None), None
        if kind == "ocr":
            return self.ocr(int(a) if a else None), None
        if kind == "bg":
            return self.bankgiro(), None
        if kind == "pg":
            return self.plusgiro(), None
        if kind == "cardbad":
            net, _, fmt = a.partition(",")
            return self.card_bad(net or "v", fmt or "plain"), None
        if kind == "masked":
            return self.masked_card(int(a or 0)), None
        if kind == "imei":
            return self.imei(), None
        if kind == "ups":
            return self.ups(), None
        if kind == "x":   # literal registered look-alike (version strings, placeholders ...)
            return self.X(a), None
        if kind == "iptest":
            return self.pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randint(2, 250)), None
        raise ValueError(f"{self.path}: unknown kind {kind}")

    def custom(self, cat, gen, clean=False):
        """Generate a unique value with gen(); label it with cat, or register it as a look-alike."""
        v = self.uniq(gen, clean)
        return self.L(cat, v) if cat else self.X(v)

    def num_safe(self, n, first="123456789"):
        """n random digits that are neither personnummer- nor card-valid (ids, account numbers)."""
        while True:
            v = self.pick(first) + self.s("0123456789", n - 1)
            if n in (10, 12) and pnr_shape_valid(v):
                continue
            if 12 <= n <= 19 and luhn_sum_ok(v) and card_network(v):
                continue
            if v not in GLOBAL_USED:
                GLOBAL_USED.add(v)
                return v

    # convenience for code-driven docs
    def lab(self, kind, args="", enc=None):
        raw, cat = self.make(kind, args)
        out = urllib.parse.quote(raw, safe="") if kind == "upw" else ENC[enc or "raw"](raw)
        if cat:
            self.L(cat, out)
        return out

    def privkey(self, kind="rsa"):
        if kind == "rsa":
            k = rsa_numbers(self.r)
            self.last_rsa = k
            return pem("RSA PRIVATE KEY", rsa_pkcs1_der(k))
        if kind == "pkcs8":
            k = rsa_numbers(self.r)
            self.last_rsa = k
            return pem("PRIVATE KEY", rsa_pkcs8_der(k))
        if kind == "ec":
            return pem("PRIVATE KEY", ec_p256_pkcs8_der(self.r))
        raise ValueError(kind)

    def pubkey_of_last(self):
        return pem("PUBLIC KEY", rsa_spki_der(self.last_rsa))


REGISTRY = []


def doc(module, carrier, name, desc):
    """Decorator: register a document-building function f(d) -> text."""
    def deco(fn):
        REGISTRY.append((module, carrier, name, desc, fn))
        return fn
    return deco


def tdoc(module, carrier, name, desc, tpl):
    """Register a pure template document."""
    REGISTRY.append((module, carrier, name, desc, lambda d: d.T(tpl)))
