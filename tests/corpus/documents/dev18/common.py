"""Value generators, the Doc helper and the self-checks for the dev18 set.

Every value is random output of a random.Random seeded from the base seed and
the document's path, so a document does not change when another one is added.
"""
import base64
import datetime
import hashlib
import ipaddress
import json
import random
import re
import string
import urllib.parse

SEED = 18018

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"

# ---------------------------------------------------------------- encoders

def J(s):
    """JSON string body (no quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def X(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def XA(s):  # XML attribute in single quotes is rarer; we use double quotes
    return X(s)


def U(s):
    return urllib.parse.quote(s, safe="")


def UP_(s):  # form encoding, space as +
    return urllib.parse.quote_plus(s, safe="")


def SQ(s):  # SQL single-quoted
    return s.replace("'", "''")


def SH(s):  # inside shell double quotes
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")


def ident(s):
    return s


# ---------------------------------------------------------------- names

SE_FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Elin", "Per", "Linnea",
            "Mikael", "Ida", "Oskar", "Frida", "Gustav", "Matilda", "Henrik", "Emma", "Nils", "Sofia",
            "Björn", "Ebba", "Magnus", "Klara", "Jonas", "Astrid", "Fredrik", "Maja", "Olof", "Hanna",
            "Viktor", "Agnes", "Pontus", "Tove", "Kerstin", "Göran", "Birgitta", "Åsa", "Sten"]
SE_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström",
           "Sandberg", "Holm", "Lundgren", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson",
           "Håkansson", "Lindgren", "Nyström", "Öberg", "Åberg", "Hedlund", "Falk", "Björk", "Strand"]
DE_FIRST = ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Laura", "Paul", "Julia",
            "Tobias", "Katharina", "Stefan", "Sabine", "Jürgen", "Monika", "Florian", "Carina"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
           "Schulz", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann"]
EN_FIRST = ["James", "Olivia", "Michael", "Emily", "David", "Sophie", "Daniel", "Grace", "Thomas",
            "Chloe", "Ryan", "Hannah", "Andrew", "Megan", "Kevin", "Rachel", "Brian", "Laura", "Sean"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Davies", "Wilson", "Evans", "Walker",
           "Wright", "Robinson", "Thompson", "Hughes", "Clarke", "Murphy", "Kelly", "Foster", "Reid"]
FR_FIRST = ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Lucas", "Léa", "Julien", "Élodie", "Mathieu"]
FR_LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"]
ES_FIRST = ["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Alejandro", "Carmen", "Javier", "Elena"]
ES_LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"]
IT_FIRST = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo"]
IT_LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"]
PL_FIRST = ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Joanna", "Marcin"]
PL_LAST = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski"]
NL_FIRST = ["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Ruben", "Eva"]
NL_LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"]
DK_FIRST = ["Mads", "Sofie", "Rasmus", "Ida", "Frederik", "Freja", "Mikkel", "Line"]
DK_LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Rasmussen"]
FI_FIRST = ["Aino", "Juha", "Eveliina", "Mikko", "Sanna", "Ville", "Riikka", "Antti"]
FI_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine"]
NO_FIRST = ["Ingrid", "Ola", "Kari", "Sindre", "Silje", "Håkon", "Marte", "Eirik"]
NO_LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg", "Haugen", "Bakken"]
JP_NAMES = [("Haruto", "Sato", "佐藤 陽翔"), ("Yui", "Suzuki", "鈴木 結衣"), ("Ren", "Takahashi", "高橋 蓮"),
            ("Aoi", "Tanaka", "田中 葵"), ("Sota", "Watanabe", "渡辺 蒼太"), ("Mei", "Ito", "伊藤 芽衣")]
KR_NAMES = [("Minjun", "Kim", "김민준"), ("Seoyeon", "Lee", "이서연"), ("Jiho", "Park", "박지호"),
            ("Hayoon", "Choi", "최하윤"), ("Dohyun", "Jung", "정도현")]
CZ_FIRST = ["Jan", "Tereza", "Jakub", "Lucie", "Tomáš", "Veronika"]
CZ_LAST = ["Novák", "Svoboda", "Dvořák", "Černá", "Procházka", "Kučerová"]
TR_FIRST = ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak"]
TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"]
PT_FIRST = ["Beatriz", "João", "Inês", "Tiago", "Mariana", "Rui"]
PT_LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa"]
GR_FIRST = ["Georgios", "Maria", "Dimitris", "Eleni", "Nikos", "Katerina"]
GR_LAST = ["Papadopoulos", "Nikolaou", "Georgiou", "Pappas", "Vlachos", "Oikonomou"]
UA_FIRST = ["Oleksandr", "Olena", "Andrii", "Iryna", "Dmytro", "Natalia"]
UA_LAST = ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"]
IN_FIRST = ["Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun"]
IN_LAST = ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta"]

FEMALE = {"Anna", "Maria", "Karin", "Sara", "Elin", "Linnea", "Ida", "Frida", "Matilda", "Emma", "Sofia", "Ebba",
          "Klara", "Astrid", "Maja", "Hanna", "Agnes", "Tove", "Kerstin", "Birgitta", "Åsa", "Lea", "Hannah", "Laura",
          "Julia", "Katharina", "Sabine", "Monika", "Carina", "Olivia", "Emily", "Sophie", "Grace", "Chloe", "Megan",
          "Rachel", "Camille", "Chloé", "Manon", "Léa", "Élodie", "Lucía", "Martina", "Sofía", "Carmen", "Elena",
          "Giulia", "Francesca", "Chiara", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Sanne", "Lotte", "Femke",
          "Eva", "Sofie", "Freja", "Line", "Aino", "Eveliina", "Sanna", "Riikka", "Ingrid", "Kari", "Silje", "Marte",
          "Tereza", "Lucie", "Veronika", "Elif", "Zeynep", "Ayşe", "Beatriz", "Inês", "Mariana", "Eleni", "Katerina",
          "Olena", "Iryna", "Natalia", "Priya", "Ananya", "Sneha", "Yui", "Aoi", "Mei", "Seoyeon", "Hayoon"}

NAMES = {
    "se": (SE_FIRST, SE_LAST), "de": (DE_FIRST, DE_LAST), "en": (EN_FIRST, EN_LAST), "us": (EN_FIRST, EN_LAST),
    "uk": (EN_FIRST, EN_LAST), "fr": (FR_FIRST, FR_LAST), "es": (ES_FIRST, ES_LAST), "it": (IT_FIRST, IT_LAST),
    "pl": (PL_FIRST, PL_LAST), "nl": (NL_FIRST, NL_LAST), "dk": (DK_FIRST, DK_LAST), "fi": (FI_FIRST, FI_LAST),
    "no": (NO_FIRST, NO_LAST), "cz": (CZ_FIRST, CZ_LAST), "tr": (TR_FIRST, TR_LAST), "pt": (PT_FIRST, PT_LAST),
    "gr": (GR_FIRST, GR_LAST), "ua": (UA_FIRST, UA_LAST), "in": (IN_FIRST, IN_LAST),
}

ASCII_MAP = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "ü": "u", "Ü": "U",
                           "é": "e", "É": "E", "è": "e", "ç": "c", "í": "i", "á": "a", "ó": "o", "ñ": "n",
                           "ú": "u", "ł": "l", "ś": "s", "ń": "n", "ż": "z", "ź": "z", "ć": "c", "ę": "e",
                           "ą": "a", "ř": "r", "č": "c", "ě": "e", "š": "s", "ž": "z", "ý": "y", "ı": "i",
                           "ş": "s", "ğ": "g", "ø": "o", "æ": "ae", "Ø": "O", "Š": "S", "Č": "C", "Ç": "C",
                           "Ş": "S", "Ö": "O", " ": ""})


def asc(s):
    return s.translate(ASCII_MAP)


FREEMAIL = {
    "se": ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "bredband.net", "icloud.com", "live.se", "spray.se"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "dk": ["gmail.com", "mail.dk", "jubii.dk", "hotmail.dk"],
    "fi": ["gmail.com", "luukku.com", "elisanet.fi", "hotmail.fi"],
    "no": ["online.no", "gmail.com", "hotmail.no", "yahoo.no"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "gr": ["gmail.com", "otenet.gr", "yahoo.gr"],
    "ua": ["ukr.net", "gmail.com", "i.ua"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "jp": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"],
    "kr": ["naver.com", "daum.net", "gmail.com"],
}

SYL = ["nor", "vik", "berg", "lund", "dal", "sten", "ska", "holm", "tek", "lin", "mar", "sol", "kon", "bri",
       "vest", "ost", "ark", "fal", "ren", "tor", "gran", "lit", "mo", "ver", "sa", "qua", "zen", "pol", "kai"]
TLDS = {"se": ["se"], "de": ["de"], "en": ["co.uk", "com", "io"], "us": ["com", "io", "net"], "fr": ["fr"],
        "es": ["es"], "it": ["it"], "pl": ["pl"], "nl": ["nl"], "dk": ["dk"], "fi": ["fi"], "no": ["no"],
        "any": ["com", "io", "net", "eu", "dev", "cloud", "app", "tech"]}

RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_TLDS = (".test", ".invalid", ".example", ".localhost", ".local", ".internal", ".lan", ".corp", ".home.arpa")


class Person:
    def __init__(self, first, last, cc, native=None):
        self.first, self.last, self.cc = first, last, cc
        self.name = f"{first} {last}"
        self.native = native or self.name


# ---------------------------------------------------------------- checksums

def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for c in DG:
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def iban_check(cc, bban):
    t = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in t)
    return "%02d" % (98 - int(n) % 97)


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0 and s[0] != "0"


def hetu_ok(s):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])", s)
    if not m:
        return False
    dd, mm, yy, sep, nnn, ch = m.groups()
    cent = {"+": 1800, "-": 1900, "U": 1900, "V": 1900, "W": 1900, "X": 1900, "Y": 1900}.get(sep, 2000)
    try:
        datetime.date(cent + int(yy), int(mm), int(dd))
    except ValueError:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + nnn) % 31] == ch


def dni_ok(s):
    m = re.fullmatch(r"([XYZ]|\d)(\d{7})([A-Z])", s)
    if not m:
        return False
    first = {"X": "0", "Y": "1", "Z": "2"}.get(m.group(1), m.group(1))
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(first + m.group(2)) % 23] == m.group(3)


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(UP)}}


def cf_check(body15):
    tot = 0
    for i, c in enumerate(body15):
        tot += CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
    return UP[tot % 26]


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def nir_ok(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", t):
        return False
    return 97 - int(t[:13]) % 97 == int(t[13:])


def steuerid_check(body10):
    product = 10
    for ch in body10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def steuerid_ok(s):
    t = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", t):
        return False
    from collections import Counter
    cnt = Counter(t[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3)):
        return False
    return steuerid_check(t[:10]) == t[10]


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    t = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", t)
    if not m:
        return False
    a, b = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in NINO_BAD_PREFIX


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    return a + g + n not in ("078051120", "219099999", "123456789", "111223333")


def pnr_ok(s):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)", s)
    if not m:
        return False
    cc, yy, mm, dd, sep, nnn, c = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    if cc:
        year = int(cc + yy)
    else:
        year = (1900 if sep == "+" else 2000) + int(yy)
        if year > 2025:
            year -= 100
    try:
        datetime.date(year, int(mm), day)
    except ValueError:
        return False
    return luhn_ok(yy + mm + dd + nnn + c)


CARD_TEST = {"4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
             "5200828282828210", "5105105105105100", "378282246310005", "371449635398431", "378734493671000",
             "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505",
             "6200000000000005", "4012888888881881", "4222222222222", "5454545454545454", "4000000000000002",
             "4917610000000000", "4988438843884305", "5101180000000007", "6011601160116611", "3530111333300000"}


def card_network(d):
    if re.match(r"4", d) and len(d) in (13, 16, 19):
        return "visa"
    if re.match(r"5[1-5]", d) and len(d) == 16:
        return "mc"
    if re.match(r"2(2[2-9][1-9]|2[3-9]|[3-6]|7[01]|720)", d) and len(d) == 16:
        return "mc"
    if re.match(r"3[47]", d) and len(d) == 15:
        return "amex"
    if re.match(r"6011|65|64[4-9]", d) and len(d) == 16:
        return "discover"
    if re.match(r"35(2[89]|[3-8])", d) and len(d) == 16:
        return "jcb"
    if re.match(r"3(0[0-5]|[68])", d) and len(d) == 14:
        return "diners"
    return None


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and luhn_ok(d) and card_network(d) is not None and d not in CARD_TEST


# ---------------------------------------------------------------- RNG helpers

class Gen:
    def __init__(self, r):
        self.r = r

    def s(self, n, alpha=AN):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return self.s(n, HEX)

    def b64(self, nbytes, url=False, pad=True):
        b = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(b).decode().rstrip("=")
        e = base64.b64encode(b).decode()
        return e if pad else e.rstrip("=")

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n, first_nonzero=False):
        s = self.s(n, DG)
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def plain_digits(self, n, first_nonzero=True):
        """Digits for ids and counters that must not pass for a card number by accident."""
        while True:
            s = self.digits(n, first_nonzero)
            if not card_ok(s):
                return s

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


WORDS = ["falcon", "harbor", "copper", "meadow", "lantern", "orbit", "thistle", "granite", "velvet", "cobalt",
         "juniper", "saffron", "tundra", "marble", "willow", "ember", "quartz", "raven", "cedar", "pebble",
         "nimbus", "aurora", "glacier", "canyon", "fjord", "birch", "otter", "walrus", "mango", "pepper"]
HUMAN = ["Sommar", "Vinter", "Hösten", "Kanelbulle", "Lingon", "Midsommar", "Sonnenschein", "Frühling", "Bayern",
         "Liverpool", "Arsenal", "Chelsea", "Soleil", "Printemps", "Verano", "Primavera", "Juventus", "Welkom",
         "Kopenhagen", "Helsinki", "Tiramisu", "Dragon", "Monkey", "Sunshine", "Football", "Pingvin", "Elefant",
         "Zaragoza", "Maradona", "Krakow", "Gdansk", "Ajax", "Feyenoord", "Hammarby", "Djurgarden", "Fenerbahce"]
PLACEHOLDERS = {"changeme", "password", "********", "xxx", "secret", "<redacted>", "redacted", "[redacted]",
                "REDACTED", "***", "****", "admin", "test", "example", "your-password", "<password>", "null",
                "none", "TODO", "CHANGEME", "hunter2", "pass", "passw0rd", "P@ssw0rd", "letmein"}

EXCLUDED = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "NL91ABNA0417164300",
    "SE4550000000058398257466", "078-05-1120", "219-09-9999", "123-45-6789",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
}

# ---------------------------------------------------------------- the Doc

ALT = {
    "jwt-bearer": "jwt|bearer-token",
}


class Doc:
    def __init__(self, path):
        self.path = path
        self.r = random.Random(f"{SEED}/{path}")
        self.g = Gen(self.r)
        self.labels = []        # (category, value)
        self.looks = []         # unlabelled look-alikes (values)
        self.pnr_looks = []     # personnummer-shaped Luhn-valid look-alikes
        self.nonemail = set()   # e-mail-shaped strings that are not addresses
        self.nonip = set()      # dotted quads that are not addresses
        self.noboundary = set()  # labels allowed to touch an alnum
        self.text = None
        self._used = set()

    # -- bookkeeping
    def L(self, cat, v, nb=False):
        self.labels.append((cat, v))
        if nb:
            self.noboundary.add(v)
        return v

    def K(self, v):
        self.looks.append(v)
        return v

    def uniq(self, fn):
        for _ in range(50):
            v = fn()
            if v not in self._used:
                self._used.add(v)
                return v
        raise RuntimeError("no unique value")

    # -- people
    def person(self, cc="se"):
        g = self.g
        if cc == "jp":
            f, l, n = g.pick(JP_NAMES)
            return Person(f, l, cc, n)
        if cc == "kr":
            f, l, n = g.pick(KR_NAMES)
            return Person(f, l, cc, n)
        fs, ls = NAMES.get(cc, NAMES["en"])
        return Person(g.pick(fs), g.pick(ls), cc)

    def dom(self, cc="any"):
        if not hasattr(self, "_dom"):
            self._dom = self.company_domain(cc)
        return self._dom

    def company_domain(self, cc="any"):
        g = self.g
        base = g.pick(SYL) + g.pick(SYL) + g.pick(["", "", "-" + g.pick(["data", "bygg", "konsult", "logistik", "media", "labs", "systems", "group", "care", "energi"])])
        return base + "." + g.pick(TLDS.get(cc, TLDS["any"]))

    def email(self, p=None, domain=None, style=None, cat="email", enc=None):
        g = self.g
        p = p or self.person()
        cc = p.cc
        if domain is None:
            domain = g.pick(FREEMAIL.get(cc, FREEMAIL["en"]))
        f, l = asc(p.first).lower(), asc(p.last).lower().replace("'", "")
        style = style or g.pick(["f.l", "fl", "f.l.n", "fl_n", "f_l", "fi.l", "f"])
        n = str(g.num(1, 99))
        local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f.l.n": f"{f}.{l}{n}", "fl_n": f"{f}{l[:3]}_{n}",
                 "f_l": f"{f}_{l}", "fi.l": f"{f[0]}.{l}", "f": f"{f}.{l[0]}{n}"}[style]
        v = f"{local}@{domain}"
        if v in self._used:
            v = f"{local}{g.num(100, 999)}@{domain}"
        self._used.add(v)
        return self.L(cat, enc(v) if enc else v)

    def role_email(self, role, domain, cat="email"):
        return self.L(cat, f"{role}@{domain}")

    # -- secrets
    def pw(self, style=None, n=None, punct="!#%&*+-.=?@^_~", enc=None, cat="password", nb=False):
        g = self.g

        def mk():
            st = style or g.pick(["rand", "rand", "rand", "human", "phrase", "mixed"])
            if st == "rand":
                k = n or g.num(12, 22)
                chars = [g.pick(UP), g.pick(LO), g.pick(DG)] + ([g.pick(punct)] if punct else [])
                chars += [g.pick(AN + (punct or "")) for _ in range(k - len(chars))]
                g.r.shuffle(chars)
                if not chars[0].isalnum():
                    chars[0] = g.pick(LO)
                if not chars[-1].isalnum():
                    chars[-1] = g.pick(DG)
                return "".join(chars)
            if st == "human":
                sym = g.pick(punct) if punct else ""
                return g.pick(HUMAN) + str(g.num(1970, 2025)) + sym + g.pick(DG + LO)
            if st == "phrase":
                sep = g.pick([c for c in "-_." if c in (punct or "-_.")] or ["-"])
                return sep.join(g.pick(WORDS) for _ in range(3)) + sep + str(g.num(10, 99))
            if st == "mixed":
                return g.pick(WORDS).capitalize() + g.s(3, DG) + (g.pick(punct) if punct else "") + g.s(5, AN)
            if st == "alnum":
                return g.s(n or 20, AN)
            if st == "hex":
                return g.hexs(n or 32)
            raise ValueError(st)
        v = self.uniq(mk)
        return self.L(cat, enc(v) if enc else v, nb)

    def akid(self, kind="AKIA", cat="aws-access-key-id"):
        v = self.uniq(lambda: kind + self.g.s(16, B32))
        return self.L(cat, v)

    def awssec(self, enc=None, cat="aws-secret-key", safe=False):
        alpha = AN if safe else AN + "+/"
        v = self.uniq(lambda: self.g.s(40, alpha))
        return self.L(cat, enc(v) if enc else v)

    def sesstok(self, cat="generic-secret"):
        g = self.g
        v = "IQoJb3JpZ2luX2VjE" + g.s(3, AN) + "aCXVzLWVhc3QtMSJHMEUCI" + g.b64(g.num(250, 330)).rstrip("=")
        return self.L(cat, v)

    def jwt(self, iss=None, cat="jwt|bearer-token", alg=None, claims=None):
        g = self.g
        alg = alg or g.pick(["RS256", "RS256", "ES256", "HS256", "PS256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = g.s(g.pick([8, 16, 27]), B64U)
        now = 1733300000 + g.num(0, 3000000)
        pl = {"iss": iss or g.pick(["https://auth.%s/" % self.company_domain(),
                                     "https://login.microsoftonline.com/%s/v2.0" % g.uuid(),
                                     "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_%s" % g.s(9, AN),
                                     "https://sso.%s/realms/%s" % (self.company_domain(), g.pick(["prod", "staff", "kunder"]))]),
              "sub": g.uuid() if g.r.random() < 0.7 else "auth0|" + g.hexs(24),
              "aud": g.pick(["api://default", "account", "https://api.%s" % self.company_domain(), g.uuid()]),
              "iat": now, "exp": now + g.pick([300, 900, 3600, 86400]),
              "scope": g.pick(["openid profile email", "read:orders write:orders", "api.read", "offline_access"])}
        if claims:
            pl.update(claims)
            if "kubernetes.io" in claims:
                pl.pop("scope", None)
        if g.r.random() < 0.5:
            pl["jti"] = g.uuid()
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = {"RS256": 256, "PS256": 256, "ES256": 64, "HS256": 32}[alg]
        v = enc(hdr) + "." + enc(pl) + "." + g.b64(sig, url=True)
        self._used.add(v)
        return self.L(cat, v) if cat else v

    def bearer(self, shape=None, cat=None):
        """A token sent after `Bearer`. Returns the token and labels it."""
        g = self.g
        shape = shape or g.pick(["jwt", "jwt", "opaque", "hex", "ya29", "b64", "dotted", "prefixed"])
        if shape == "jwt":
            return self.jwt(cat=cat or "jwt|bearer-token")
        if shape == "opaque":
            v = g.b64(32, url=True)
        elif shape == "opaque48":
            v = g.b64(48, url=True)
        elif shape == "hex":
            v = g.hexs(g.pick([40, 64]))
        elif shape == "ya29":
            v = "ya29.a0" + g.s(g.num(170, 220), B64U)
        elif shape == "b64":
            v = g.b64(g.pick([30, 45, 60]))
        elif shape == "dotted":
            v = g.s(g.num(6, 10), AN) + "." + g.s(g.num(24, 40), B64U) + "." + g.s(g.num(30, 60), B64U)
        elif shape == "azure":
            v = "EwB" + g.s(g.num(380, 460), B64)
            v = v.rstrip("+/") + "="
        elif shape == "twitter":
            v = "A" * 22 + g.s(7, AN) + "A" * 7 + g.s(10, AN) + "%2B" + g.s(12, AN) + "%3D" + g.s(50, AN)
        elif shape == "prefixed":
            p = g.pick(["dop_v1_", "sntrys_", "glc_", "pnu_", "sbp_", "nfp_", "secret_", "ntn_", "dapi", "rnd_",
                        "phx_", "lin_oauth_", "sq0atp-"])
            body = {"dop_v1_": lambda: g.hexs(64), "sntrys_": lambda: g.b64(90, url=True),
                    "glc_": lambda: g.b64(80, url=True), "pnu_": lambda: g.s(36, AN), "sbp_": lambda: g.hexs(40),
                    "nfp_": lambda: g.s(36, AN), "secret_": lambda: g.s(43, AN), "ntn_": lambda: g.s(46, AN),
                    "dapi": lambda: g.hexs(32), "rnd_": lambda: g.s(28, AN), "phx_": lambda: g.s(47, AN),
                    "lin_oauth_": lambda: g.hexs(64), "sq0atp-": lambda: g.s(22, B64U)}[p]()
            v = p + body
        elif shape == "atlas":
            v = g.s(14, AN) + ".atlasv1." + g.s(68, AN)
        elif shape == "dropbox":
            v = "sl.B" + g.s(g.num(130, 140), B64U)
        elif shape == "fb":
            v = "EAA" + g.s(g.num(150, 190), AN)
        elif shape == "airtable":
            v = "pat" + g.s(14, AN) + "." + g.hexs(64)
        elif shape == "sha256~":
            v = "sha256~" + g.s(43, B64U)
        elif shape == "k8s-sa":
            ns, sa = g.pick(["ci", "monitoring", "argo"]), g.pick(["deployer", "prometheus", "runner"])
            return self.jwt(cat=cat or "jwt|bearer-token", alg="RS256",
                            claims={"iss": "https://kubernetes.default.svc.cluster.local",
                                    "sub": f"system:serviceaccount:{ns}:{sa}", "aud": ["https://kubernetes.default.svc.cluster.local"],
                                    "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": g.uuid()}}})
        else:
            raise ValueError(shape)
        self._used.add(v)
        return self.L(cat or "bearer-token", v)

    def gs(self, shape=None, cat="generic-secret", enc=None, nb=False):
        g = self.g
        shape = shape or g.pick(["hex32", "hex40", "hex64", "b64_32", "an32", "an40", "b64u"])

        def mk():
            if shape.startswith("hex"):
                return g.hexs(int(shape[3:]))
            if shape.startswith("HEX"):
                return g.hexs(int(shape[3:])).upper()
            if shape.startswith("an"):
                return g.s(int(shape[2:]), AN)
            if shape.startswith("b64_"):
                return g.b64(int(shape[4:]))
            if shape == "b64u":
                return g.b64(32, url=True)
            if shape == "hvs":
                return "hvs." + g.s(24, AN) if g.r.random() < 0.3 else "hvs.CAESI" + g.s(88, B64U)
            if shape == "dckr":
                return "dckr_pat_" + g.s(27, B64U)
            if shape == "glsa":
                return "glsa_" + g.s(32, AN) + "_" + g.hexs(8)
            if shape == "whsec":
                return "whsec_" + g.s(32, AN)
            if shape == "xkeysib":
                return "xkeysib-" + g.hexs(64) + "-" + g.s(16, AN)
            if shape == "age":
                return "AGE-SECRET-KEY-1" + g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())
            if shape == "re_":
                return "re_" + g.s(8, AN) + "_" + g.s(24, AN)
            if shape == "lin_api":
                return "lin_api_" + g.s(40, AN)
            if shape == "atatt":
                return "ATATT3xFfGF0" + g.s(180, B64U) + "=" + g.hexs(8).upper()
            if shape == "sdk":
                return "sdk-" + g.uuid()
            if shape == "figd":
                return "figd_" + g.s(40, B64U)
            if shape == "tg":
                return str(g.num(5000000000, 7999999999)) + ":AA" + g.s(33, B64U)
            if shape == "pscale":
                return "pscale_pw_" + g.s(43, B64U)
            if shape == "ltai":
                return g.s(30, AN)
            if shape == "k3s":
                return "K10" + g.hexs(64) + "::server:" + g.hexs(32)
            if shape == "kubeadm":
                return g.s(6, LO + DG) + "." + g.s(16, LO + DG)
            if shape == "b64_44":
                return g.b64(32)
            raise ValueError(shape)
        v = self.uniq(mk)
        return self.L(cat, enc(v) if enc else v, nb)

    def vtok(self, kind, cat=None):
        """Vendor tokens with their own category."""
        g = self.g
        mk = {
            "ghp": ("github-token", lambda: "ghp_" + g.s(36, AN)),
            "gho": ("github-token", lambda: "gho_" + g.s(36, AN)),
            "ghs": ("github-token", lambda: "ghs_" + g.s(36, AN)),
            "ghu": ("github-token", lambda: "ghu_" + g.s(36, AN)),
            "github_pat": ("github-token", lambda: "github_pat_11" + g.s(20, UP + DG) + "_" + g.s(59, AN)),
            "glpat": ("gitlab-token", lambda: "glpat-" + g.s(20, AN + "-_")),
            "glrt": ("gitlab-token", lambda: "glrt-" + g.s(20, AN + "-_")),
            "gldt": ("gitlab-token", lambda: "gldt-" + g.s(20, AN + "-_")),
            "xoxb": ("slack-token", lambda: f"xoxb-{g.digits(12, True)}-{g.digits(13, True)}-{g.s(24, AN)}"),
            "xoxp": ("slack-token", lambda: f"xoxp-{g.digits(12, True)}-{g.digits(12, True)}-{g.digits(13, True)}-{g.hexs(32)}"),
            "xapp": ("slack-token", lambda: f"xapp-1-A{g.s(10, UP + DG)}-{g.digits(13, True)}-{g.hexs(64)}"),
            "slackhook": ("slack-webhook", lambda: f"https://hooks.slack.com/services/T{g.s(10, UP + DG)}/B{g.s(10, UP + DG)}/{g.s(24, AN)}"),
            "sk_live": ("stripe-key", lambda: "sk_live_51" + g.s(g.pick([24, 97]), AN)),
            "rk_live": ("stripe-key", lambda: "rk_live_51" + g.s(g.pick([24, 97]), AN)),
            "aiza": ("google-api-key", lambda: "AIza" + g.s(35, AN + "-_")),
            "openai": ("openai-key", lambda: "sk-proj-" + g.s(74, B64U) + "T3BlbkFJ" + g.s(74, B64U)),
            "openai_svc": ("openai-key", lambda: "sk-svcacct-" + g.s(74, B64U) + "T3BlbkFJ" + g.s(74, B64U)),
            "anthropic": ("anthropic-key", lambda: "sk-ant-api03-" + g.s(93, B64U) + "AA"),
            "npm": ("npm-token", lambda: "npm_" + g.s(36, AN)),
            "pypi": ("pypi-token", lambda: "pypi-AgEIcHlwaS5vcmc" + g.s(g.num(150, 180), B64U)),
            "hf": ("huggingface-token", lambda: "hf_" + g.s(34, UP + LO)),
            "sendgrid": ("sendgrid-key", lambda: "SG." + g.s(22, B64U) + "." + g.s(43, B64U)),
            "twilio_sk": ("twilio-key", lambda: "SK" + g.hexs(32)),
            "twilio_auth": ("twilio-key", lambda: g.hexs(32)),
            "shpat": ("shopify-token", lambda: "shpat_" + g.hexs(32)),
            "shpss": ("shopify-token", lambda: "shpss_" + g.hexs(32)),
            "dd_api": ("datadog-key", lambda: g.hexs(32)),
            "dd_app": ("datadog-key", lambda: g.hexs(40)),
            "mailgun": ("mailgun-key", lambda: "key-" + g.hexs(32)),
            "azure_key": ("azure-storage-key", lambda: g.b64(64)),
        }[kind]
        c, fn = mk
        v = self.uniq(fn)
        return self.L(cat or c, v)

    def docker_auth(self, user, pw_plain, cat="docker-auth"):
        v = base64.b64encode(f"{user}:{pw_plain}".encode()).decode()
        return self.L(cat, v)

    def basic(self, user, pw_plain, cat="basic-auth"):
        v = base64.b64encode(f"{user}:{pw_plain}".encode()).decode()
        return self.L(cat, v)

    def raw_pw(self, style=None, n=None, punct="!#%&*+-.=?@^_~"):
        """An unlabelled password string (used only inside encoded carriers)."""
        g = self.g
        st = style or "rand"
        if st == "rand":
            k = n or g.num(12, 20)
            return g.pick(UP) + g.s(k - 3, AN) + (g.pick(punct) if punct else g.pick(DG)) + g.pick(DG)
        return g.pick(WORDS).capitalize() + g.s(4, DG) + (g.pick(punct) if punct else "")

    # -- personal data
    def pnr(self, form=None, year=None, samord=False, plus=False, cat="se-personnummer"):
        g = self.g

        def mk():
            y = year or g.num(1940, 2006)
            if plus:
                y = g.num(1915, 1924)
            while True:
                try:
                    d = datetime.date(y, g.num(1, 12), g.num(1, 28 if g.r.random() < 0.5 else 31))
                    break
                except ValueError:
                    continue
            day = d.day + (60 if samord else 0)
            nnn = g.digits(3)
            body = f"{d.year % 100:02d}{d.month:02d}{day:02d}{nnn}"
            c = luhn_digit(body)
            f = form or g.pick(["short-", "long-", "long", "short-", "short", "long-"])
            if plus:
                return f"{body[:6]}+{body[6:]}{c}"
            if f == "short-":
                return f"{body[:6]}-{body[6:]}{c}"
            if f == "short":
                return body + c
            if f == "long-":
                return f"{d.year // 100}{body[:6]}-{body[6:]}{c}"
            if f == "long":
                return f"{d.year // 100}{body}{c}"
            if f == "long ":
                return f"{d.year // 100}{body[:6]} {body[6:]}{c}"
            raise ValueError(f)
        v = self.uniq(mk)
        return self.L(cat, v)

    def pnr_look(self, form="short-", year_range=(2018, 2025), on=None):
        """Date-shaped, Luhn-valid number that is NOT a personnummer (booking, OCR, case ...).
        `on` fixes the date (a registration or booking number built from the day it was made)."""
        g = self.g

        def mk():
            y = on.year if on else g.num(*year_range)
            d = on or datetime.date(y, g.num(1, 12), g.num(1, 28))
            body = f"{y % 100:02d}{d.month:02d}{d.day:02d}{g.digits(3)}"
            c = luhn_digit(body)
            if form == "short-":
                return f"{body[:6]}-{body[6:]}{c}"
            if form == "short":
                return body + c
            if form == "long":
                return f"{y // 100}{body}{c}"
            if form == "long-":
                return f"{y // 100}{body[:6]}-{body[6:]}{c}"
        v = self.uniq(mk)
        self.pnr_looks.append(v)
        return self.K(v)

    def orgnr(self, dash=True, prefix16=False):
        g = self.g

        def mk():
            body = g.pick(["55", "556", "559", "802", "716", "969", "212"]) 
            body = body + g.digits(9 - len(body))
            c = luhn_digit(body)
            s = body + c
            if prefix16:
                return "16" + s
            return f"{s[:6]}-{s[6:]}" if dash else s
        v = self.uniq(mk)
        self.pnr_looks.append(v)
        return self.K(v)

    def luhn_look(self, n=10, prefix=""):
        g = self.g

        def mk():
            body = prefix + g.digits(n - 1 - len(prefix))
            return body + luhn_digit(body)
        v = self.uniq(mk)
        return self.K(v)

    def ocr(self, n=None):
        return self.luhn_look(n or self.g.pick([8, 10, 12, 14, 16]), prefix=self.g.pick(["7", "8", "9", "1"]))

    def card(self, net=None, sep=None, cat="credit-card"):
        g = self.g
        net = net or g.pick(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb"])

        def mk():
            pre = {"visa": lambda: "4" + g.digits(5), "mc": lambda: "5" + str(g.num(1, 5)) + g.digits(4),
                   "mc2": lambda: str(g.num(2221, 2720)) + g.digits(2), "amex": lambda: g.pick(["34", "37"]) + g.digits(4),
                   "discover": lambda: g.pick(["6011", "65" + g.digits(2)]) + g.digits(2),
                   "jcb": lambda: str(g.num(3528, 3589)) + g.digits(2)}[net]()
            ln = 15 if net == "amex" else 16
            body = pre + g.digits(ln - 1 - len(pre))
            d = body + luhn_digit(body)
            sp = sep if sep is not None else g.pick(["", " ", " ", "-"])
            if not sp:
                return d
            if ln == 15:
                return sp.join([d[:4], d[4:10], d[10:]])
            return sp.join(d[i:i + 4] for i in range(0, 16, 4))
        v = self.uniq(mk)
        return self.L(cat, v)

    def card_look(self, kind="masked"):
        g = self.g
        if kind == "masked":
            d = g.pick(["4", "5" + str(g.num(1, 5))]) + g.digits(5)
            return self.K(d + "******" + g.digits(4))
        if kind == "test":
            return self.K(g.pick(["4111 1111 1111 1111", "4242424242424242", "5555 5555 5555 4444", "378282246310005"]))
        if kind == "order":  # 16 digits, Luhn-valid, no card network prefix
            return self.luhn_look(16, prefix=g.pick(["70", "80", "90", "10", "98"]))
        raise ValueError(kind)

    IBAN_SPEC = {
        "SE": lambda g: g.pick(["500", "800", "600", "300", "120", "915", "957"]) + g.digits(17),
        "DE": lambda g: g.digits(18),
        "FR": lambda g: g.digits(10) + g.digits(11) + g.digits(2),
        "NL": lambda g: g.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ"]) + g.digits(10),
        "GB": lambda g: g.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + g.digits(14),
        "IE": lambda g: g.pick(["AIBK", "BOFI", "IPBS"]) + g.digits(14),
        "ES": lambda g: g.digits(20),
        "IT": lambda g: g.pick(UP) + g.digits(10) + g.digits(12),
        "NO": lambda g: g.digits(11),
        "DK": lambda g: g.digits(14),
        "FI": lambda g: g.digits(14),
        "CH": lambda g: g.digits(17),
        "CHQR": lambda g: str(g.num(30000, 31999)) + g.digits(12),
        "BE": lambda g: g.digits(12),
        "AT": lambda g: g.digits(16),
        "PL": lambda g: g.digits(24),
        "PT": lambda g: g.digits(21),
        "LT": lambda g: g.digits(16),
    }

    def iban(self, cc="SE", grouped=None, cat="iban"):
        g = self.g

        def mk():
            c2 = "CH" if cc == "CHQR" else cc
            bban = self.IBAN_SPEC[cc](g)
            s = c2 + iban_check(c2, bban) + bban
            gr = grouped if grouped is not None else g.r.random() < 0.5
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if gr else s
        v = self.uniq(mk)
        return self.L(cat, v)

    def phone(self, cc="se", fmt=None, cat="phone"):
        g = self.g

        def mk():
            f = fmt or g.pick(["intl", "nat"])
            if cc in ("se", "se_m"):
                if cc == "se_m" or g.r.random() < 0.7:
                    p = g.pick(["70", "72", "73", "76", "79"])
                    a, b = g.digits(3), g.digits(4)
                    if p == "70" and a == "174":
                        a = "284"
                    return {"intl": f"+46 {p} {a} {b[:2]} {b[2:]}", "nat": f"0{p}-{a} {b[:2]} {b[2:]}",
                            "e164": f"+46{p}{a}{b}", "plain": f"0{p}{a}{b}", "nosp": f"0{p}-{a}{b}"}[f]
                area = g.pick(["8", "31", "40", "18", "13", "90", "60", "46"])
                if area == "8":
                    n = str(g.num(50, 79)) + g.digits(5)
                    return {"intl": f"+46 8 {n[:3]} {n[3:5]} {n[5:]}", "nat": f"08-{n[:3]} {n[3:5]} {n[5:]}",
                            "e164": f"+468{n}", "plain": f"08{n}", "nosp": f"08-{n}"}[f]
                n = str(g.num(20, 79)) + g.digits(4)
                return {"intl": f"+46 {area} {n[:2]} {n[2:4]} {n[4:]}", "nat": f"0{area}-{n[:2]} {n[2:4]} {n[4:]}",
                        "e164": f"+46{area}{n}", "plain": f"0{area}{n}", "nosp": f"0{area}-{n}"}[f]
            if cc == "de":
                if g.r.random() < 0.6:
                    p = g.pick(["151", "152", "160", "162", "170", "171", "172", "175", "176", "178"])
                    n = g.digits(7 if p.startswith("17") else 8, True)
                    return {"intl": f"+49 {p} {n}", "nat": f"0{p} {n}", "e164": f"+49{p}{n}", "plain": f"0{p}{n}",
                            "nosp": f"0{p}/{n}"}[f]
                a = g.pick(["30", "40", "89", "221", "69", "711", "211", "341"])
                n = g.digits(8 - len(a) + 2, True)
                return {"intl": f"+49 {a} {n}", "nat": f"0{a} {n}", "e164": f"+49{a}{n}", "plain": f"0{a}{n}",
                        "nosp": f"0{a}/{n}"}[f]
            if cc == "uk":
                if g.r.random() < 0.6:
                    p = "7" + g.pick(["4", "5", "7", "8", "9"]) + g.digits(2)
                    if p == "7700":
                        p = "7712"
                    n = g.digits(6)
                    return {"intl": f"+44 {p} {n}", "nat": f"0{p} {n}", "e164": f"+44{p}{n}",
                            "plain": f"0{p}{n}", "nosp": f"0{p} {n[:3]} {n[3:]}"}[f]
                a, n = g.pick([("20", "3" + g.digits(3) + " " + g.digits(4)), ("20", "8" + g.digits(3) + " " + g.digits(4)),
                               ("161", str(g.num(2, 9)) + g.digits(2) + " " + g.digits(4)),
                               ("131", str(g.num(2, 5)) + g.digits(2) + " " + g.digits(4)),
                               ("117", str(g.num(2, 9)) + g.digits(2) + " " + g.digits(4))])
                if n.startswith("496") or n.startswith("7946"):
                    n = "3" + n[1:]
                return {"intl": f"+44 {a} {n}", "nat": f"0{a} {n}", "e164": f"+44{a}{n.replace(' ', '')}",
                        "plain": f"0{a}{n.replace(' ', '')}", "nosp": f"0{a} {n}"}[f]
            if cc in ("us", "ca"):
                a = g.pick(["212", "312", "415", "617", "206", "303", "512", "646", "718", "404", "305", "702", "503"]
                           if cc == "us" else ["416", "604", "514", "403", "613"])
                x = str(g.num(2, 9)) + g.digits(2)
                if x == "555":
                    x = "556"
                n = g.digits(4)
                return {"intl": f"+1 {a} {x} {n}", "nat": f"({a}) {x}-{n}", "e164": f"+1{a}{x}{n}",
                        "plain": f"{a}-{x}-{n}", "nosp": f"{a}.{x}.{n}"}[f]
            if cc in ("fr", "fr_m"):
                p = g.pick(["6", "7"] if cc == "fr_m" else ["6", "7", "1", "4", "5"])
                n = g.digits(8)
                if p == "6" and n.startswith("3998"):
                    n = "4" + n[1:]
                if p == "1" and n.startswith("9900"):
                    n = "4" + n[1:]
                pairs = " ".join(n[i:i + 2] for i in range(0, 8, 2))
                return {"intl": f"+33 {p} {pairs}", "nat": f"0{p} {pairs}", "e164": f"+33{p}{n}",
                        "plain": f"0{p}{n}", "nosp": f"0{p}.{pairs.replace(' ', '.')}"}[f]
            if cc == "nl":
                n = g.digits(8)
                return {"intl": f"+31 6 {n}", "nat": f"06-{n}", "e164": f"+316{n}", "plain": f"06{n}",
                        "nosp": f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"}[f]
            if cc == "no":
                n = g.pick(["4", "9"]) + g.digits(7)
                return {"intl": f"+47 {n[:3]} {n[3:5]} {n[5:]}", "nat": f"{n[:3]} {n[3:5]} {n[5:]}",
                        "e164": f"+47{n}", "plain": n, "nosp": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"}[f]
            if cc == "dk":
                n = g.pick(["2", "3", "4", "5", "6"]) + g.digits(7)
                pairs = " ".join(n[i:i + 2] for i in range(0, 8, 2))
                return {"intl": f"+45 {pairs}", "nat": pairs, "e164": f"+45{n}", "plain": n, "nosp": pairs}[f]
            if cc == "fi":
                p = g.pick(["40", "41", "44", "45", "50"])
                n = g.digits(7)
                return {"intl": f"+358 {p} {n[:3]} {n[3:]}", "nat": f"0{p} {n[:3]} {n[3:]}", "e164": f"+358{p}{n}",
                        "plain": f"0{p}{n}", "nosp": f"0{p}-{n}"}[f]
            if cc == "es":
                n = g.pick(["6", "7"]) + g.digits(8)
                return {"intl": f"+34 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+34{n}", "plain": n, "nosp": f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"}[f]
            if cc == "it":
                n = "3" + g.pick(["20", "28", "33", "35", "38", "40", "47", "49", "66", "93"]) + g.digits(7)
                return {"intl": f"+39 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+39{n}", "plain": n, "nosp": f"{n[:3]} {n[3:]}"}[f]
            if cc == "pl":
                n = g.pick(["5", "6", "7", "88"]) + g.digits(8)
                n = n[:9]
                return {"intl": f"+48 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+48{n}", "plain": n, "nosp": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[f]
            if cc == "in":
                n = g.pick(["9", "8", "7"]) + g.digits(9)
                return {"intl": f"+91 {n[:5]} {n[5:]}", "nat": f"0{n[:5]} {n[5:]}", "e164": f"+91{n}",
                        "plain": n, "nosp": f"+91-{n}"}[f]
            if cc == "jp":
                p = g.pick(["90", "80", "70"])
                n = g.digits(8, True)
                return {"intl": f"+81 {p} {n[:4]} {n[4:]}", "nat": f"0{p}-{n[:4]}-{n[4:]}", "e164": f"+81{p}{n}",
                        "plain": f"0{p}{n}", "nosp": f"0{p}-{n[:4]}-{n[4:]}"}[f]
            if cc == "kr":
                n = g.digits(8, True)
                return {"intl": f"+82 10 {n[:4]} {n[4:]}", "nat": f"010-{n[:4]}-{n[4:]}", "e164": f"+8210{n}",
                        "plain": f"010{n}", "nosp": f"010-{n[:4]}-{n[4:]}"}[f]
            if cc == "br":
                n = "9" + g.digits(8)
                a = g.pick(["11", "21", "31", "41", "51"])
                return {"intl": f"+55 {a} {n[:5]}-{n[5:]}", "nat": f"({a}) {n[:5]}-{n[5:]}", "e164": f"+55{a}{n}",
                        "plain": f"{a}{n}", "nosp": f"({a}) {n}"}[f]
            if cc == "au":
                n = g.pick(["12", "13", "00", "38", "47", "58", "66"]) + g.digits(7)
                n = "4" + n[:8]
                if n.startswith("491"):
                    n = "412" + n[3:]
                return {"intl": f"+61 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"0{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+61{n}", "plain": f"0{n}", "nosp": f"0{n[:3]}-{n[3:6]}-{n[6:]}"}[f]
            if cc == "ch":
                n = g.pick(["76", "77", "78", "79"]) + g.digits(7)
                return {"intl": f"+41 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", "nat": f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                        "e164": f"+41{n}", "plain": f"0{n}", "nosp": f"0{n}"}[f]
            if cc == "at":
                n = g.pick(["664", "660", "676", "699"]) + g.digits(7)
                return {"intl": f"+43 {n[:3]} {n[3:]}", "nat": f"0{n[:3]} {n[3:]}", "e164": f"+43{n}",
                        "plain": f"0{n}", "nosp": f"0{n[:3]}/{n[3:]}"}[f]
            if cc == "ie":
                n = g.pick(["83", "85", "86", "87", "89"]) + g.digits(7)
                return {"intl": f"+353 {n[:2]} {n[2:5]} {n[5:]}", "nat": f"0{n[:2]} {n[2:5]} {n[5:]}",
                        "e164": f"+353{n}", "plain": f"0{n}", "nosp": f"0{n[:2]}-{n[2:]}"}[f]
            if cc == "cz":
                n = g.pick(["6", "7"]) + g.digits(8)
                return {"intl": f"+420 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+420{n}", "plain": n, "nosp": f"{n[:3]}{n[3:6]}{n[6:]}"}[f]
            if cc == "tr":
                n = "5" + g.pick(["30", "32", "35", "42", "44", "05", "55"]) + g.digits(7)
                return {"intl": f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "nat": f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                        "e164": f"+90{n}", "plain": f"0{n}", "nosp": f"0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}"}[f]
            if cc == "gr":
                n = "69" + g.pick(["4", "7", "8", "9"]) + g.digits(7)
                return {"intl": f"+30 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+30{n}", "plain": n, "nosp": f"{n[:3]}{n[3:]}"}[f]
            if cc == "pt":
                n = "9" + g.pick(["1", "2", "3", "6"]) + g.digits(7)
                return {"intl": f"+351 {n[:3]} {n[3:6]} {n[6:]}", "nat": f"{n[:3]} {n[3:6]} {n[6:]}",
                        "e164": f"+351{n}", "plain": n, "nosp": f"{n[:3]}{n[3:]}"}[f]
            if cc == "ua":
                n = g.pick(["50", "63", "67", "68", "93", "97"]) + g.digits(7)
                return {"intl": f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", "nat": f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                        "e164": f"+380{n}", "plain": f"0{n}", "nosp": f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}"}[f]
            if cc == "mx":
                n = g.digits(8, True)
                return {"intl": f"+52 55 {n[:4]} {n[4:]}", "nat": f"55 {n[:4]} {n[4:]}", "e164": f"+5255{n}",
                        "plain": f"55{n}", "nosp": f"55-{n[:4]}-{n[4:]}"}[f]
            raise ValueError(cc)
        v = self.uniq(mk)
        return self.L(cat, v)

    def fake_phone(self, cc="us"):
        g = self.g
        v = {"us": lambda: f"(212) 555-01{g.digits(2)}", "us2": lambda: f"+1 415 555 01{g.digits(2)}",
             "uk": lambda: f"07700 900{g.digits(3)}", "uk2": lambda: f"020 7946 0{g.digits(3)}",
             "uk3": lambda: f"01632 960{g.digits(3)}", "au": lambda: f"0491 570 {g.digits(3)}",
             "se": lambda: f"070-174 06 {g.num(5, 99):02d}", "se2": lambda: f"031-390 06 {g.digits(2)}",
             "fr": lambda: f"06 39 98 {g.digits(2)} {g.digits(2)}"}[cc]()
        return self.K(v)

    def ip4(self, cat="ipv4"):
        g = self.g

        def mk():
            while True:
                a = g.num(1, 223)
                b, c, d = g.num(0, 255), g.num(0, 255), g.num(1, 254)
                ip = f"{a}.{b}.{c}.{d}"
                if ip_public(ip):
                    return ip
        v = self.uniq(mk)
        return self.L(cat, v)

    def ip6(self, cat="ipv6"):
        g = self.g

        def mk():
            p = g.pick(["2a02:%s" % g.hexs(4).lstrip("0"), "2a01:%s" % g.hexs(3), "2001:%s" % g.pick(["67c", "4c8", "6b0", "470"]),
                        "2600:%s" % g.hexs(4).lstrip("0"), "2a00:%s" % g.hexs(4).lstrip("0"), "2c0f:%s" % g.hexs(3),
                        "2406:%s" % g.hexs(3)])
            rest = [g.hexs(g.num(1, 4)).lstrip("0") or "0" for _ in range(g.pick([2, 3, 6]))]
            if len(rest) == 6:
                return p + ":" + ":".join(rest)
            return p + ":" + ":".join(rest[:1]) + "::" + ":".join(rest[1:])
        v = self.uniq(mk)
        return self.L(cat, v)

    def client_ip(self, p_public=0.4):
        """A client address: public (labelled) or private (behind a load balancer)."""
        return self.ip4() if self.r.random() < p_public else self.priv4()

    def priv4(self):
        g = self.g
        return g.pick([f"10.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}",
                       f"192.168.{g.num(0, 255)}.{g.num(1, 254)}",
                       f"172.{g.num(16, 31)}.{g.num(0, 255)}.{g.num(1, 254)}"])

    def doc4(self):
        g = self.g
        return g.pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(g.num(1, 254))

    def dob(self, fmt="iso", y=None, cat="date-of-birth"):
        g = self.g
        y = y or g.num(1941, 2008)
        d = datetime.date(y, g.num(1, 12), g.num(1, 28))
        MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
        MON_SE = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                  "november", "december"]
        MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember"]
        MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]
        MON_3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        v = {"iso": d.isoformat(), "dmy.": d.strftime("%d.%m.%Y"), "dmy/": d.strftime("%d/%m/%Y"),
             "mdy/": d.strftime("%m/%d/%Y"), "ymd": d.strftime("%Y%m%d"), "en": f"{d.day} {MON[d.month - 1]} {d.year}",
             "se": f"{d.day} {MON_SE[d.month - 1]} {d.year}", "de": f"{d.day}. {MON_DE[d.month - 1]} {d.year}",
             "fr": f"{d.day} {MON_FR[d.month - 1]} {d.year}", "ddMONyy": f"{d.day:02d}{MON_3[d.month - 1]}{d.year % 100:02d}",
             "dmy-": d.strftime("%d-%m-%Y"), "us": f"{MON[d.month - 1]} {d.day}, {d.year}",
             "jp": f"{d.year}年{d.month}月{d.day}日", "ymd/": d.strftime("%Y/%m/%d"),
             "ddMONyyyy": f"{d.day:02d}{MON_3[d.month - 1]}{d.year}", "dmy. ": f"{d.day:02d}.{d.month:02d}.{d.year}"}[fmt]
        self._last_dob = d
        return self.L(cat, v)

    def passport(self, cc="se", cat="passport"):
        g = self.g
        mk = {"se": lambda: g.digits(8, True), "de": lambda: g.pick("CFGHJK") + g.s(8, "CFGHJKLMNPRTVWXYZ0123456789"),
              "uk": lambda: g.digits(9, True), "us": lambda: g.pick(["", "A"]) + g.digits(9, True),
              "fr": lambda: g.digits(2) + g.s(2, UP) + g.digits(5), "nl": lambda: g.s(2, "NBPX") + g.s(6, UP + DG) + g.digits(1),
              "in": lambda: g.pick("JKLMNPRSTVWZ") + g.digits(7, True), "es": lambda: g.s(3, UP) + g.digits(6),
              "it": lambda: g.s(2, UP) + g.digits(7), "pl": lambda: g.s(2, UP) + g.digits(7),
              "jp": lambda: "T" + g.s(1, "KRZ") + g.digits(7), "no": lambda: g.digits(8, True),
              "dk": lambda: g.digits(9, True), "fi": lambda: "P" + g.s(1, "ABCD") + g.digits(7),
              "cn": lambda: "E" + g.digits(8), "br": lambda: g.s(2, UP) + g.digits(6),
              "ua": lambda: g.s(2, UP) + g.digits(6), "kr": lambda: "M" + g.digits(8),
              "tr": lambda: "U" + g.digits(8), "au": lambda: g.s(1, "NPE") + g.digits(7),
              "ie": lambda: g.s(2, UP) + g.digits(7), "ca": lambda: g.s(2, UP) + g.digits(6)}[cc]
        v = self.uniq(mk)
        if v.isdigit() is False and cc == "us":
            pass
        return self.L(cat, v)

    # national ids
    def hetu(self, cat="fi-hetu"):
        g = self.g

        def mk():
            y = g.num(1945, 2010)
            d = datetime.date(y, g.num(1, 12), g.num(1, 28))
            sep = "-" if y < 2000 else "A"
            nnn = f"{g.num(2, 899):03d}"
            body = d.strftime("%d%m") + f"{y % 100:02d}"
            return body + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body + nnn) % 31]
        return self.L(cat, self.uniq(mk))

    def bsn(self, cat="nl-bsn"):
        g = self.g

        def mk():
            while True:
                s = g.digits(8, True)
                tot = sum(int(s[i]) * (9 - i) for i in range(8))
                c = tot % 11
                if c < 10:
                    return s + str(c)
        return self.L(cat, self.uniq(mk))

    def dni(self, nie=False, cat="es-dni"):
        g = self.g

        def mk():
            if nie:
                p = g.pick("XYZ")
                n = g.digits(7)
                return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int({"X": "0", "Y": "1", "Z": "2"}[p] + n) % 23]
            n = g.digits(8, True)
            return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
        return self.L(cat, self.uniq(mk))

    def codice_fiscale(self, p, female=False, cat="it-codice-fiscale"):
        g = self.g

        def cons(s):
            s = asc(s).upper()
            c = [x for x in s if x.isalpha() and x not in "AEIOU"]
            v = [x for x in s if x in "AEIOU"]
            return c, v

        def code_last(s):
            c, v = cons(s)
            return "".join((c + v + ["X"] * 3)[:3])

        def code_first(s):
            c, v = cons(s)
            if len(c) >= 4:
                return c[0] + c[2] + c[3]
            return "".join((c + v + ["X"] * 3)[:3])

        def mk():
            y = g.num(1950, 2005)
            m = g.num(1, 12)
            d = g.num(1, 28) + (40 if female else 0)
            body = code_last(p.last) + code_first(p.first) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{d:02d}" + \
                g.pick(["H501", "F205", "L219", "A944", "G273", "D612", "F839"])
            return body + cf_check(body)
        return self.L(cat, self.uniq(mk))

    def nir(self, female=False, spaced=True, cat="fr-nir"):
        g = self.g

        def mk():
            s = ("2" if female else "1") + f"{g.num(50, 99):02d}" + f"{g.num(1, 12):02d}" + f"{g.num(1, 95):02d}".replace("20", "21") + \
                f"{g.num(1, 990):03d}" + f"{g.num(1, 999):03d}"
            k = 97 - int(s) % 97
            if spaced:
                return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {k:02d}"
            return s + f"{k:02d}"
        return self.L(cat, self.uniq(mk))

    def steuerid(self, spaced=False, cat="de-steuer-id"):
        g = self.g
        from collections import Counter

        def mk():
            while True:
                ds = g.r.sample("0123456789", 9)
                if ds[0] == "0":
                    continue
                dup = g.pick(ds[1:] if g.r.random() < 0.5 else ds)
                pos = g.num(1, 9)
                body = ds[:pos] + [dup] + ds[pos:]
                body = "".join(body)
                if body[0] == "0" or sorted(Counter(body).values(), reverse=True)[0] != 2:
                    continue
                s = body + steuerid_check(body)
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s
        return self.L(cat, self.uniq(mk))

    def nino(self, cat="uk-nino"):
        g = self.g

        def mk():
            while True:
                a, b = g.pick(UP), g.pick(UP)
                if a in "DFIQUV" or b in "DFIOQUV" or a + b in NINO_BAD_PREFIX:
                    continue
                n = g.digits(6)
                return f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {g.pick('ABCD')}"
        return self.L(cat, self.uniq(mk))

    def ssn(self, cat="us-ssn"):
        g = self.g

        def mk():
            while True:
                a = f"{g.num(1, 899):03d}"
                if a == "666":
                    continue
                s = f"{a}-{g.num(1, 99):02d}-{g.num(1, 9999):04d}"
                if ssn_ok(s):
                    return s
        return self.L(cat, self.uniq(mk))

    def aadhaar(self, spaced=True, cat="in-aadhaar"):
        g = self.g

        def mk():
            body = str(g.num(2, 9)) + g.digits(10)
            s = body + verhoeff_digit(body)
            return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s
        return self.L(cat, self.uniq(mk))

    # look-alikes
    def sha256(self):
        return self.K(self.g.hexs(64))

    def sha1(self):
        return self.K(self.g.hexs(40))

    def md5(self):
        return self.K(self.g.hexs(32))

    def uuid(self):
        return self.K(self.g.uuid())

    def bcrypt(self):
        return self.K("$2b$12$" + self.g.s(53, AN + "./"))

    def sitekey(self):
        return self.K("6L" + self.g.s(1, "cdeDEf") + self.g.s(37, AN + "-_"))

    def pk_live(self):
        return self.K("pk_live_51" + self.g.s(97, AN))

    def mapbox_pk(self):
        g = self.g
        return self.K("pk.eyJ1Ijoi" + g.s(20, AN) + "IiwiYSI6Im" + g.s(18, AN) + "In0." + g.s(22, B64U))

    def oauth_client_id(self):
        g = self.g
        return self.K(f"{g.digits(12, True)}-{g.s(32, LO + DG)}.apps.googleusercontent.com")

    def ssh_pub(self, kind="ed25519"):
        g = self.g
        if kind == "ed25519":
            return self.K("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(43, B64))
        return self.K("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + g.s(540, B64))

    def wg_pub(self):
        return self.K(self.g.b64(32))

    def digest(self):
        return self.K("sha256:" + self.g.hexs(64))


def ip_public(ip):
    try:
        a, b, c, d = [int(x) for x in ip.split(".")]
    except ValueError:
        return False
    if not all(0 <= x <= 255 for x in (a, b, c, d)):
        return False
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
    if a == 192 and b == 0 and c in (0, 2):
        return False
    if a == 192 and b == 88 and c == 99:
        return False
    if a == 198 and b in (18, 19):
        return False
    if a == 198 and b == 51 and c == 100:
        return False
    if a == 203 and b == 0 and c == 113:
        return False
    return True


# ---------------------------------------------------------------- checks

CHECKERS = {
    "se-personnummer": pnr_ok,
    "credit-card": card_ok,
    "iban": iban_ok,
    "in-aadhaar": lambda s: bool(re.fullmatch(r"[2-9]\d{11}", s.replace(" ", "").replace("-", ""))) and verhoeff_ok(s.replace(" ", "").replace("-", "")),
    "nl-bsn": bsn_ok,
    "fi-hetu": hetu_ok,
    "es-dni": dni_ok,
    "it-codice-fiscale": cf_ok,
    "fr-nir": nir_ok,
    "de-steuer-id": steuerid_ok,
    "uk-nino": nino_ok,
    "us-ssn": ssn_ok,
    "aws-access-key-id": lambda s: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s)) and not s.endswith("EXAMPLE"),
    "aws-secret-key": lambda s: len(urllib.parse.unquote(s)) == 40 and "EXAMPLE" not in s,
    "jwt": lambda s: s.startswith("eyJ") and s.count(".") == 2,
    "github-token": lambda s: bool(re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", s)),
    "gitlab-token": lambda s: bool(re.match(r"gl(pat|dt|rt|ptt)-", s)),
    "slack-token": lambda s: bool(re.match(r"xox[bpars]-|xapp-|xoxe", s)),
    "slack-webhook": lambda s: s.startswith("https://hooks.slack.com/") and "T00000000" not in s,
    "stripe-key": lambda s: bool(re.match(r"(sk|rk)_live_", s)),
    "google-api-key": lambda s: bool(re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", s)),
    "openai-key": lambda s: s.startswith("sk-"),
    "anthropic-key": lambda s: s.startswith("sk-ant-"),
    "npm-token": lambda s: bool(re.fullmatch(r"npm_[A-Za-z0-9]{36}", s)),
    "pypi-token": lambda s: s.startswith("pypi-AgEIcHlwaS5vcmc"),
    "huggingface-token": lambda s: bool(re.fullmatch(r"hf_[A-Za-z]{34}", s)),
    "sendgrid-key": lambda s: bool(re.fullmatch(r"SG\.[\w-]{22}\.[\w-]{43}", s)),
    "shopify-token": lambda s: bool(re.fullmatch(r"shp(at|ca|pa|ss)_[0-9a-f]{32}", s)),
    "mailgun-key": lambda s: bool(re.fullmatch(r"key-[0-9a-f]{32}", s)),
    "datadog-key": lambda s: bool(re.fullmatch(r"[0-9a-f]{32}|[0-9a-f]{40}", s)),
    "twilio-key": lambda s: bool(re.fullmatch(r"SK[0-9a-f]{32}|[0-9a-f]{32}", s)),
    "azure-storage-key": lambda s: (len(s) == 88 and s.endswith("==")) or "sig=" in s or len(s) > 40,
    "docker-auth": lambda s: len(base64.b64decode(s).decode().split(":", 1)) == 2,
    "basic-auth": lambda s: ":" in base64.b64decode(s).decode(),
    "private-key": lambda s: s.startswith("-----BEGIN") and "PRIVATE KEY" in s and s.endswith("-----"),
}

KNOWN_CATS = {"email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token",
              "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key",
              "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token", "password",
              "generic-secret", "azure-storage-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key",
              "twilio-key", "shopify-token", "datadog-key", "docker-auth", "mailgun-key", "ipv4", "ipv6",
              "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu", "de-steuer-id",
              "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IP6_RE = re.compile(r"(?<![\w:.])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")


def email_reserved(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    return dom in RESERVED_DOMAINS or any(dom.endswith("." + r) for r in RESERVED_DOMAINS) or \
        any(dom.endswith(t) for t in RESERVED_TLDS) or dom == "localhost"


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append(i)
        i = text.find(v, i + 1)
    return out


def self_check(docs):
    errors = []
    seen_vals = {}
    for d in docs:
        t = d.text
        if t is None:
            errors.append(f"{d.path}: no text")
            continue
        labels = d.labels
        vals = {v for _, v in labels}
        spans = []
        for cat, v in labels:
            cats = cat.split("|")
            for c in cats:
                if c not in KNOWN_CATS:
                    errors.append(f"{d.path}: unknown category {c}")
                chk = CHECKERS.get(c)
                if chk:
                    try:
                        ok = chk(v)
                    except Exception:
                        ok = False
                    if not ok:
                        errors.append(f"{d.path}: {c} check fails for {v[:60]!r}")
            if v in EXCLUDED or v.replace(" ", "") in EXCLUDED:
                errors.append(f"{d.path}: excluded documentation value {v[:40]!r}")
            if v.strip().lower() in {p.lower() for p in PLACEHOLDERS}:
                errors.append(f"{d.path}: placeholder labelled {v!r}")
            occ = occurrences(t, v)
            if not occ:
                errors.append(f"{d.path}: label not in file: {cat} {v[:60]!r}")
            if v != v.strip() or not v:
                errors.append(f"{d.path}: label has outer whitespace {v!r}")
            if v not in d.noboundary:
                for i in occ:
                    a = t[i - 1] if i > 0 else " "
                    b = t[i + len(v)] if i + len(v) < len(t) else " "
                    if (a.isascii() and a.isalnum() and v[0].isalnum()) or (b.isascii() and b.isalnum() and v[-1].isalnum()):
                        errors.append(f"{d.path}: label {cat} {v[:40]!r} touches alnum ({a!r},{b!r})")
                        break
            for i in occ:
                spans.append((i, i + len(v), cat, v))
            if len(v) >= 8 and not set(cats) & {"se-personnummer", "email", "date-of-birth", "ipv4", "ipv6", "phone"}:
                if v in seen_vals and seen_vals[v] != d.path:
                    errors.append(f"{d.path}: value also labelled in {seen_vals[v]}: {v[:40]!r}")
                seen_vals.setdefault(v, d.path)
        # a password inside URL userinfo must allow url-credentials, and the other way round
        for cat, v in labels:
            for i in occurrences(t, v):
                pre = t[max(0, i - 80):i]
                post = t[i + len(v):i + len(v) + 1]
                in_url = bool(re.search(r"[a-z0-9+.-]+://[^/\s:@]*:$", pre)) and post == "@"
                if in_url and "url-credentials" not in cat and cat in ("password", "generic-secret"):
                    errors.append(f"{d.path}: {cat} {v[:30]!r} sits in URL userinfo, use url-credentials|password")
                if "url-credentials" in cat and not in_url:
                    errors.append(f"{d.path}: url-credentials {v[:30]!r} is not in URL userinfo")
        # nested labels
        vl = sorted(vals, key=len)
        for i, a in enumerate(vl):
            for b in vl[i + 1:]:
                if a != b and a in b:
                    errors.append(f"{d.path}: label {a[:30]!r} inside label {b[:30]!r}")
        # duplicate (value, different categories)
        cat_of = {}
        for cat, v in labels:
            if v in cat_of and cat_of[v] != cat:
                errors.append(f"{d.path}: value labelled twice with different categories {v[:30]!r}")
            cat_of[v] = cat
        for lk in d.looks:
            if lk in vals:
                errors.append(f"{d.path}: look-alike is labelled {lk!r}")
            for v in vals:
                if len(v) >= 6 and v in lk:
                    errors.append(f"{d.path}: look-alike {lk[:30]!r} contains label {v[:30]!r}")
        for lk in d.pnr_looks:
            if pnr_ok(lk) is False and not lk.startswith("16") and len(lk.replace("-", "")) == 10:
                # org numbers have month digits >12 often; they need not be date-valid
                pass
        # e-mail lint
        for m in EMAIL_RE.finditer(t):
            s, e = m.span()
            addr = m.group(0)
            if email_reserved(addr) or addr in d.nonemail:
                continue
            if any(ls <= s and e <= le and "email" in c for ls, le, c, _ in spans):
                continue
            if any(not (e <= ls or le <= s) and "email" not in c for ls, le, c, _ in spans):
                continue  # password@host inside a URL and the like
            if re.search(r"\.(png|jpg|svg|gif|webp)$", addr):
                continue
            errors.append(f"{d.path}: unlabelled e-mail-shaped string {addr!r}")
        # IPv4 lint
        for m in IP4_RE.finditer(t):
            ip = m.group(0)
            if not ip_public(ip) or ip in d.nonip:
                continue
            s, e = m.span()
            if any(ls <= s and e <= le and "ipv4" in c for ls, le, c, _ in spans):
                continue
            errors.append(f"{d.path}: unlabelled public IPv4 {ip!r}")
        # IPv6 lint
        for m in IP6_RE.finditer(t):
            cand = m.group(1)
            try:
                ip6 = ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            if not ip6.is_global or ip6 in ipaddress.IPv6Network("2001:db8::/32"):
                continue
            s, e = m.span(1)
            if any(ls <= s and e <= le and "ipv6" in c for ls, le, c, _ in spans):
                continue
            errors.append(f"{d.path}: unlabelled public IPv6 {cand!r}")
    return errors


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


class Clock:
    """Monotonic timestamps for log lines."""

    def __init__(self, d, start="2025-03-11T08:14:02"):
        self.d = d
        self.t = datetime.datetime.fromisoformat(start) + datetime.timedelta(seconds=d.g.num(0, 40000))

    def step(self, lo=0.05, hi=3.0):
        self.t += datetime.timedelta(milliseconds=int(self.d.r.uniform(lo, hi) * 1000))
        return self

    def iso(self, ms=True, z=True):
        s = self.t.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += ".%03d" % (self.t.microsecond // 1000)
        return s + ("Z" if z else "")

    def fmt(self, f):
        return self.t.strftime(f)

    def clf(self):
        return self.t.strftime("%d/%b/%Y:%H:%M:%S +0000")

    def epoch(self):
        return int(self.t.replace(tzinfo=datetime.timezone.utc).timestamp())

    def epoch_ms(self):
        return int(self.t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)


def new(carrier, name):
    return Doc(f"{carrier}/{name}")
