"""Shared helpers for the dev7 corpus: seeded randomness, value generators,
validators and the Doc object that records labels as values are written.

Standard library only.  Everything is derived from fixed string seeds, so two
runs produce byte-identical output."""
import sys
sys.dont_write_bytecode = True

import base64
import re
import hashlib
import json
import random
import string
import urllib.parse
import zlib

ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
LOWER_DIG = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def R(name):
    """A random generator seeded from a string (sha512-based, stable)."""
    return random.Random("dev7::" + name)


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- validators

def luhn_ok(s):
    s = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(payload):
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(payload):
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


_DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def pnr_ok(s):
    """Swedish personnummer / samordningsnummer in 10 or 12 digit forms, with
    optional '-' or '+' separator.  Checks date (day may be +60) and Luhn."""
    t = s.replace("-", "").replace("+", "")
    if not t.isdigit() or len(t) not in (10, 12):
        return False
    if len(t) == 12:
        if t[:2] not in ("18", "19", "20"):
            return False
        t = t[2:]
    mm, dd = int(t[2:4]), int(t[4:6])
    if dd > 60:
        dd -= 60
    if not (1 <= mm <= 12 and 1 <= dd <= _DIM[mm - 1]):
        return False
    return luhn_ok(t)


CARD_TEST_NUMBERS = {
    "4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
    "3530111333300000", "4012888888881881", "4222222222222", "5200828282828210",
    "2223003122003222", "6011000990139424", "3566002020360505", "30569309025904",
    "38520000023237", "6200000000000005", "4000000000000002", "4000002500003155",
    "378734493671000", "5019717010103742", "36227206271667", "4917610000000000",
    "6250941006528599", "4988438843884305", "4000000000000077",
}


def card_network(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    if n in (16, 17, 18, 19) and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if n == 14 and (d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305):
        return "diners"
    if 16 <= n <= 19 and d.startswith("62"):
        return "unionpay"
    if n == 16 and d[:2] in ("60", "65", "81", "82") :
        return "rupay"
    if 12 <= n <= 19 and (d[:2] in ("50", "56", "57", "58", "63", "67") or d[:4] in ("6759",)):
        return "maestro"
    if n == 16 and 2200 <= int(d[:4]) <= 2204:
        return "mir"
    return None


def card_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return 12 <= len(d) <= 19 and luhn_ok(d) and card_network(d) is not None and d not in CARD_TEST_NUMBERS


# ---------------------------------------------------------------- registry

class Registry:
    def __init__(self):
        self.used = set()      # every generated sensitive raw value / key
        self.labels = {}       # label string -> file

    def fresh(self, fn, key=None):
        for _ in range(1000):
            v = fn()
            k = key(v) if key else v
            if k not in self.used:
                self.used.add(k)
                return v
        raise RuntimeError("could not find a fresh value")


REG = Registry()


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def json_inner(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def urlenc(v):
    return urllib.parse.quote(v, safe="")


def formenc(v):
    return urllib.parse.quote_plus(v, safe="")


# ---------------------------------------------------------------- word lists

WORDS = """amber anchor apple arrow aspen atlas aurora autumn badger bamboo banjo basil
beacon birch bison blossom bonfire boulder bramble breeze bronze buckle cactus
canyon caramel cedar cello chalk cherry cinder citrus clover cobalt comet copper
coral cotton crane crater cricket crimson crystal cypress dahlia delta desert
dolphin dragon drift eagle ember falcon fennel fern fiddle fjord flint forest
fossil fox galaxy garnet geyser ginger glacier granite gravel harbor hazel heron
hickory horizon indigo iris island ivory jasmine juniper kestrel kettle lagoon
lantern larch lemon lilac linen lotus lynx magnet mango maple marble meadow
mercury mesa meteor mint monsoon moss nectar nimbus nutmeg oak oasis ocean olive
onyx orbit orchid osprey otter paprika pebble pepper petal pine planet plum
pollen poppy prairie prism pumpkin quartz quill raven reef ridge river robin
saffron sage salmon sapphire savanna scarlet sequoia shadow sierra silver
sparrow spruce storm summit sundial swallow tangerine thistle thunder tiger
timber topaz tulip tundra turtle valley velvet violet walnut willow winter
wren yarrow zephyr zinnia""".split()

SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Monsoon", "Harvest"]

FIRST_IN_M = "Aarav Vivaan Aditya Arjun Sai Reyansh Krishna Ishaan Rohan Kabir Anil Suresh Ramesh Manoj Rajesh Vikram Sanjay Deepak Ravi Prakash Harish Naveen Gopal Mohan Imran Farhan Gurpreet Harjit Biswajit Subhash Venkatesh Murugan Senthil Karthik Nikhil".split()
FIRST_IN_F = "Aanya Diya Saanvi Ananya Pari Myra Sunita Priya Kavita Lakshmi Meena Anjali Pooja Neha Rekha Savitri Geeta Shabana Fatima Harpreet Sujata Moumita Revathi Divya Shalini Bhavana Nandini Sarita Usha Jyoti".split()
LAST_IN = "Sharma Verma Gupta Singh Kumar Yadav Patel Shah Reddy Rao Naidu Iyer Nair Menon Pillai Das Ghosh Banerjee Chatterjee Mukherjee Mishra Tiwari Pandey Dubey Joshi Kulkarni Deshmukh Patil Jadhav Khan Ansari Qureshi Siddiqui Gill Sandhu Dhillon Mahato Behera Mohanty Sahu Murmu Hansda Bora Baruah Thakur Chauhan Rathore Meena Gowda Hegde Shetty".split()
FIRST_SE = "Erik Lars Karl Anders Johan Per Nils Mikael Lennart Jan Hans Oskar Lucas William Elias Hugo Axel Liam Maja Anna Eva Maria Karin Kristina Lena Emma Ingrid Sara Elsa Alice Wilma Ebba Astrid Signe Linnea Sofia Agnes".split()
LAST_SE = "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Lindberg Lindqvist Lundgren Berglund Bergström Sandberg Forsberg Sjöberg Wallin Engström Danielsson Håkansson Lundberg Holm Nyström Åberg Ekström Björk Falk Hedlund".split()
FIRST_EN = "James Olivia Noah Emma Liam Ava Mason Sophia Ethan Isabella Lucas Mia Henry Amelia Oliver Harper Jack Evelyn Leo Abigail Daniel Emily Samuel Ella Owen Grace Caleb Chloe Isaac Nora Ruth Dylan Hannah Ryan Zoe Aaron Leah Marcus Tessa Gavin".split()
LAST_EN = "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Reed Bailey Bell Cooper Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Foster Powell Long Perry Butler Barnes Fisher Henderson Coleman".split()
FIRST_INTL = "Lukas Sophie Maximilian Hannah Pierre Camille Julien Léa Mateo Lucía Javier Carmen Giulia Marco Alessandro Chiara Daan Sanne Thabo Naledi Chinedu Ngozi Wanjiru Kamau Yuki Haruto Sakura Wei Mei Jun Siti Ahmad Maria João Ana Tomasz Agnieszka Hamid Layla Rafael Beatriz".split()
LAST_INTL = "Müller Schmidt Schneider Fischer Weber Dubois Martin Bernard Moreau García Fernández López Martínez Rossi Russo Bianchi Romano de_Vries Jansen Nkosi Dlamini Okafor Adeyemi Mwangi Otieno Tanaka Suzuki Sato Wang Li Zhang Tan Lim Silva Santos Kowalski Nowak Haddad Mansour Costa Oliveira".split()


def person_en(rng):
    return f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"


def person_in(rng, sex=None):
    sex = sex or rng.choice("MF")
    fn = rng.choice(FIRST_IN_M if sex == "M" else FIRST_IN_F)
    return f"{fn} {rng.choice(LAST_IN)}", sex


def person_se(rng):
    return f"{rng.choice(FIRST_SE)} {rng.choice(LAST_SE)}"


def person_intl(rng):
    return f"{rng.choice(FIRST_INTL)} {rng.choice(LAST_INTL).replace('_', ' ')}"


RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "corp.example", "mail.test",
                    "shop.example", "acme.test", "bank.example", "hospital.example", "mx.invalid"]


def mailbox(name, rng, domain=None):
    base = name.lower().replace(" ", ".").replace("å", "a").replace("ä", "a").replace("ö", "o") \
        .replace("é", "e").replace("ü", "u").replace("ó", "o").replace("í", "i").replace("ã", "a")
    base = "".join(c for c in base if c.isalnum() or c == ".")
    return f"{base}@{domain or rng.choice(RESERVED_DOMAINS)}"


TLDS = ["com", "io", "net", "co.uk", "de", "se", "in", "co.in", "com.au", "nl", "fr", "ca"]


def invented_domain(rng):
    return f"{rng.choice(WORDS)}{rng.choice(['-', ''])}{rng.choice(WORDS)}{rng.choice(['', 'hq', 'labs', 'works', 'group'])}.{rng.choice(TLDS)}"


# ---------------------------------------------------------------- secrets

def new_hex(rng, n):
    return REG.fresh(lambda: rs(rng, HEX, n))


def new_alnum(rng, n):
    return REG.fresh(lambda: rs(rng, ALNUM, n))


def new_b64(rng, nbytes):
    return REG.fresh(lambda: b64(rbytes(rng, nbytes)))


def new_b64url(rng, nbytes):
    return REG.fresh(lambda: b64u(rbytes(rng, nbytes)))


DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def new_django_key(rng, insecure=False):
    return REG.fresh(lambda: ("django-insecure-" if insecure else "") + rs(rng, DJANGO_CHARS, 50))


def new_secret(rng, kind=None):
    """A generic high-entropy secret in one of the shapes real tools generate."""
    kind = kind or rng.choice(["hex32", "hex64", "b64_32", "b64url_32", "alnum40", "alnum32",
                               "hex40", "b64_48", "alnum24"])
    if kind.startswith("hex"):
        return new_hex(rng, int(kind[3:]))
    if kind.startswith("alnum"):
        return new_alnum(rng, int(kind[5:]))
    if kind.startswith("b64url_"):
        return new_b64url(rng, int(kind[7:]))
    if kind.startswith("b64_"):
        return new_b64(rng, int(kind[4:]))
    if kind == "laravel":
        return REG.fresh(lambda: "base64:" + b64(rbytes(rng, 32)))
    if kind == "django":
        return new_django_key(rng)
    if kind == "rails":
        return new_hex(rng, 128)
    if kind == "vault":
        return REG.fresh(lambda: "hvs." + rs(rng, B64URL, 91).replace("-", "_").replace("__", "_a"))
    if kind == "vault_old":
        return REG.fresh(lambda: "s." + rs(rng, ALNUM, 24))
    if kind == "fernet":
        return REG.fresh(lambda: base64.urlsafe_b64encode(rbytes(rng, 32)).decode())
    if kind == "wp":
        chars = ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"
        return REG.fresh(lambda: rs(rng, chars, 64))
    if kind == "uuid":
        return REG.fresh(lambda: uuid4(rng))
    raise ValueError(kind)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def new_aws_id(rng, prefix="AKIA"):
    return REG.fresh(lambda: prefix + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))


def new_aws_secret(rng):
    def g():
        s = rs(rng, ALNUM + "+/", 40)
        return s if s[0] not in "+/" and "EXAMPLE" not in s else g()
    return REG.fresh(g)


def new_session_token(rng):
    return REG.fresh(lambda: rng.choice(["IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE"]) + b64(rbytes(rng, rng.choice([240, 276, 312])))[:-4].rstrip("=") + rs(rng, ALNUM, 4) + "=")


def _b62(n, width):
    al = string.digits + string.ascii_uppercase + string.ascii_lowercase
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = al[r] + s
    return s.rjust(width, "0")


def new_github(rng, prefix="ghp_"):
    def g():
        body = rs(rng, ALNUM, 30)
        return prefix + body + _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)
    return REG.fresh(g)


def new_slack(rng, prefix="xoxb-"):
    return REG.fresh(lambda: f"{prefix}{digits(rng, 1).replace('0', '7')}{digits(rng, 12)}-{digits(rng, 13)}-{rs(rng, ALNUM, 24)}")


def new_slack_webhook(rng):
    return REG.fresh(lambda: f"https://hooks.slack.com/services/T{rs(rng, UPPER_DIG, 8)}/B{rs(rng, UPPER_DIG, 10)}/{rs(rng, ALNUM, 24)}")


def new_stripe(rng, prefix="sk_live_"):
    return REG.fresh(lambda: prefix + "51" + rs(rng, ALNUM, 97))


def new_google_key(rng):
    return REG.fresh(lambda: "AIza" + rs(rng, B64URL, 35))


def new_openai(rng):
    return REG.fresh(lambda: "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74))


def new_sendgrid(rng):
    return REG.fresh(lambda: "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43))


def new_npm(rng):
    return REG.fresh(lambda: "npm_" + rs(rng, ALNUM, 36))


def new_gitlab(rng, prefix="glpat-"):
    return REG.fresh(lambda: prefix + rs(rng, B64URL, 20))


def new_azure_key(rng):
    return REG.fresh(lambda: b64(rbytes(rng, 64)))


def new_dd_key(rng):
    return new_hex(rng, 32)


def new_jwt(rng, claims, alg="RS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "PS256": 256, "HS512": 64}[alg]

    def g():
        return (b64u(json.dumps(header, separators=(",", ":")).encode()) + "." +
                b64u(json.dumps(claims, separators=(",", ":")).encode()) + "." +
                b64u(rbytes(rng, siglen)))
    return REG.fresh(g)


def jwt_claims(rng, iss, sub=None, aud=None, iat=1718000000, extra=None):
    c = {"iss": iss, "sub": sub or uuid4(rng), "aud": aud or "api", "iat": iat + rng.randrange(5_000_000),
         }
    c["exp"] = c["iat"] + rng.choice([300, 900, 3600, 86400])
    if extra:
        c.update(extra)
    c["jti"] = rs(rng, ALNUM, 16)
    return c


def new_opaque_bearer(rng, kind=None):
    kind = kind or rng.choice(["b64url43", "hex40", "ya29", "do", "alnum32", "dotted", "lin", "figd", "tfc", "sl", "eaa", "twitter", "hex64", "b64url64"])
    if kind == "b64url43":
        return new_b64url(rng, 32)
    if kind == "b64url64":
        return new_b64url(rng, 48)
    if kind == "hex40":
        return new_hex(rng, 40)
    if kind == "hex64":
        return new_hex(rng, 64)
    if kind == "alnum32":
        return new_alnum(rng, 32)
    if kind == "ya29":
        return REG.fresh(lambda: "ya29.a0" + rs(rng, B64URL, 150) + "0" + str(rng.randrange(100, 200)))
    if kind == "do":
        return REG.fresh(lambda: "dop_v1_" + rs(rng, HEX, 64))
    if kind == "dotted":
        return REG.fresh(lambda: rs(rng, ALNUM, 12) + "." + rs(rng, B64URL, 43) + "." + rs(rng, ALNUM, 8))
    if kind == "lin":
        return REG.fresh(lambda: "lin_api_" + rs(rng, ALNUM, 40))
    if kind == "figd":
        return REG.fresh(lambda: "figd_" + rs(rng, B64URL, 40))
    if kind == "tfc":
        return REG.fresh(lambda: rs(rng, ALNUM, 14) + ".atlasv1." + rs(rng, ALNUM, 67))
    if kind == "sl":
        return REG.fresh(lambda: "sl.B" + rs(rng, B64URL, 135))
    if kind == "eaa":
        return REG.fresh(lambda: "EAAG" + rs(rng, ALNUM, 180))
    if kind == "twitter":
        return REG.fresh(lambda: "A" * 22 + rs(rng, ALNUM, 18) + "%2B" + rs(rng, ALNUM, 20) + "%3D" + rs(rng, ALNUM, 50))
    if kind == "okta":
        return REG.fresh(lambda: "00" + rs(rng, B64URL, 40))
    if kind == "pat_hex":
        return new_hex(rng, 48)
    raise ValueError(kind)


# ---------------------------------------------------------------- passwords

SYMS = "!#$%&*+-=?@^_~."


def new_password(rng, style=None):
    style = style or rng.choice(["human", "human", "leet", "random", "random", "phrase", "mixed"])

    def g():
        if style == "human":
            w = rng.choice(WORDS).capitalize()
            return w + rng.choice(["", rng.choice(WORDS)]) + str(rng.randrange(10, 2026)) + rng.choice("!#$@*?.") 
        if style == "leet":
            w = rng.choice(WORDS) + rng.choice(WORDS)
            tr = str.maketrans({"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"})
            w = w.translate(tr)
            return w[0].upper() + w[1:] + str(rng.randrange(1, 99))
        if style == "random":
            n = rng.choice([12, 14, 16, 18, 20, 24])
            al = ALNUM + "!#%&*+-=?@^_~"
            while True:
                s = rs(rng, al, n)
                if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0].isalnum():
                    return s
        if style == "phrase":
            return "-".join(rng.sample(WORDS, 3)) + "-" + str(rng.randrange(10, 99))
        if style == "mixed":
            return rng.choice(SEASONS) + rng.choice(["", "_", "@", "#"]) + str(rng.randrange(2015, 2026)) + rng.choice(["!", "!!", "$", "#", "", "*"]) + rs(rng, "ABCDEFGHJKMNPQRSTUVWXYZ", 2)
        if style == "alnum":
            return rs(rng, ALNUM, rng.choice([16, 20, 24, 32]))
        if style == "simple":
            return rng.choice(WORDS) + rng.choice(WORDS) + str(rng.randrange(10, 99))
        raise ValueError(style)
    return REG.fresh(g)


PW_PLACEHOLDERS = ["changeme", "<password>", "********", "${DB_PASSWORD}", "%(pw)s", "<redacted>",
                   "xxx", "{{ .Values.db.password }}", "CHANGE_ME", "REPLACE_ME", "****",
                   "${{ secrets.DB_PASSWORD }}", "$PGPASSWORD", "<your-password>", "[REDACTED]",
                   "{{ db_password }}", "{{ vault_db_password }}", "%s", "?", "null", "''"]


# ---------------------------------------------------------------- phones

US_AREAS = ["212", "213", "214", "303", "305", "312", "317", "404", "408", "412", "415", "503",
            "510", "512", "602", "612", "617", "646", "702", "704", "713", "718", "720", "773",
            "801", "813", "816", "832", "858", "917", "919", "971", "206", "978"]
CA_AREAS = ["416", "647", "604", "778", "514", "438", "403", "613", "902", "780"]


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + digits(rng, n - 1)


def _phone_parts(rng, cc):
    """Return (e164, {'intl': [...], 'natl': [...]}) for a fresh number."""
    if cc in ("US", "CA"):
        a = rng.choice(US_AREAS if cc == "US" else CA_AREAS)
        while True:
            e = _d(rng, 3, "23456789")
            if e[1:] != "11" and e != "555" and e != "958" and e != "959":
                break
        ln = digits(rng, 4)
        return "+1" + a + e + ln, {
            "intl": [f"+1 {a} {e} {ln}", f"+1-{a}-{e}-{ln}", f"+1 ({a}) {e}-{ln}", f"+1.{a}.{e}.{ln}", f"+1 {a}-{e}-{ln}"],
            "natl": [f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"{a}.{e}.{ln}", f"1-{a}-{e}-{ln}", f"({a}) {e} {ln}", f"{a} {e} {ln}"]}
    if cc == "GB":
        k = rng.choice(["mob", "mob", "ldn", "geo"])
        if k == "mob":
            while True:
                n = "7" + rng.choice("1234579") + digits(rng, 8)
                if not n.startswith("7700900"):
                    break
            return "+44" + n, {"intl": [f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:7]} {n[7:]}"],
                               "natl": [f"0{n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0{n[:4]}-{n[4:]}"]}
        if k == "ldn":
            while True:
                loc = rng.choice("378") + digits(rng, 7)
                if not loc.startswith("79460") and not loc.startswith("7946"):
                    break
            return "+4420" + loc, {"intl": [f"+44 20 {loc[:4]} {loc[4:]}", f"+44 (0)20 {loc[:4]} {loc[4:]}"],
                                   "natl": [f"020 {loc[:4]} {loc[4:]}", f"(020) {loc[:4]} {loc[4:]}", f"020-{loc[:4]}-{loc[4:]}"]}
        ac = rng.choice(["113", "114", "115", "116", "117", "121", "131", "141", "151", "161", "1223", "1865", "1392"])
        while True:
            loc = _d(rng, 10 - len(ac), "2345678")
            if not loc.startswith("49"):
                break
        sp = len(loc) - 4
        return "+44" + ac + loc, {"intl": [f"+44 {ac} {loc[:sp]} {loc[sp:]}", f"+44 (0){ac} {loc}"],
                                  "natl": [f"0{ac} {loc[:sp]} {loc[sp:]}", f"(0{ac}) {loc[:sp]} {loc[sp:]}", f"0{ac} {loc}"]}
    if cc == "DE":
        if rng.random() < 0.5:
            p = rng.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
            loc = _d(rng, 8 if p[:2] == "15" else 7, "123456789")
            if loc.startswith("392"):
                loc = "4" + loc[1:]
            return "+49" + p + loc, {"intl": [f"+49 {p} {loc}", f"+49 {p} {loc[:4]} {loc[4:]}", f"+49 (0){p} {loc}"],
                                     "natl": [f"0{p} {loc}", f"0{p}/{loc}", f"0{p}-{loc}", f"0{p} {loc[:4]} {loc[4:]}"]}
        ac = rng.choice(["30", "40", "89", "69", "221", "211", "711", "341", "351", "511", "911"])
        while True:
            loc = _d(rng, 10 - len(ac) if len(ac) == 2 else 7, "2345789")
            if not any(loc.startswith(x) for x in ("23125", "90009", "66969", "4710", "99998")):
                break
        return "+49" + ac + loc, {"intl": [f"+49 {ac} {loc}", f"+49 (0){ac} {loc}", f"+49-{ac}-{loc}"],
                                  "natl": [f"0{ac} {loc}", f"0{ac}/{loc}", f"0{ac}-{loc}", f"(0{ac}) {loc}"]}
    if cc == "FR":
        while True:
            n = rng.choice("1234567") + digits(rng, 8)
            if not any(n.startswith(x) for x in ("19900", "26191", "35301", "46571", "53649", "63998", "77900")):
                break
        g = [n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]
        return "+33" + n, {"intl": ["+33 " + " ".join(g), "+33 (0)" + " ".join(g), "+33" + n],
                           "natl": ["0" + " ".join(g).replace(" ", "", 1), "0" + ".".join(g).replace(".", "", 1), "0" + n]}
    if cc == "IN":
        if rng.random() < 0.8:
            n = _d(rng, 10, "6789")
            return "+91" + n, {"intl": [f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"+91 {n}", f"+91{n}", f"91{n}"],
                               "natl": [f"0{n}", f"{n[:5]} {n[5:]}", f"{n}", f"{n[:5]}-{n[5:]}"]}
        ac = rng.choice(["11", "22", "80", "44", "33", "40", "20", "79"])
        loc = _d(rng, 8, "23456")
        return "+91" + ac + loc, {"intl": [f"+91 {ac} {loc[:4]} {loc[4:]}", f"+91-{ac}-{loc}"],
                                  "natl": [f"0{ac}-{loc[:4]} {loc[4:]}", f"0{ac}-{loc}", f"0{ac} {loc}"]}
    if cc == "SE":
        if rng.random() < 0.6:
            p = rng.choice(["70", "72", "73", "76", "79"])
            while True:
                loc = digits(rng, 7)
                if not (p == "70" and loc.startswith("17406")):
                    break
            return "+46" + p + loc, {"intl": [f"+46 {p} {loc[:3]} {loc[3:5]} {loc[5:]}", f"+46{p}{loc}", f"+46 (0){p}-{loc[:3]} {loc[3:5]} {loc[5:]}"],
                                     "natl": [f"0{p}-{loc[:3]} {loc[3:5]} {loc[5:]}", f"0{p}{loc}", f"0{p} {loc[:3]} {loc[3:5]} {loc[5:]}", f"0{p}-{loc}"]}
        ac, ln = rng.choice([("8", 8), ("8", 7), ("31", 7), ("40", 7), ("18", 6), ("13", 6), ("90", 6)])
        while True:
            loc = _d(rng, ln, "1234567")
            if not ((ac == "8" and loc.startswith("4650")) or (ac == "31" and loc.startswith("3900"))):
                break
        pretty = f"{loc[:-4]} {loc[-4:-2]} {loc[-2:]}"
        return "+46" + ac + loc, {"intl": [f"+46 {ac} {pretty}", f"+46{ac}{loc}"],
                                  "natl": [f"0{ac}-{pretty}", f"0{ac}-{loc}", f"0{ac} {pretty}"]}
    if cc == "AU":
        if rng.random() < 0.6:
            while True:
                n = "4" + digits(rng, 8)
                if not n.startswith("4915"):
                    break
            return "+61" + n, {"intl": [f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}"],
                               "natl": [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}"]}
        ac = rng.choice(["2", "3", "7", "8"])
        loc = rng.choice("9386") + digits(rng, 7)
        return "+61" + ac + loc, {"intl": [f"+61 {ac} {loc[:4]} {loc[4:]}"],
                                  "natl": [f"(0{ac}) {loc[:4]} {loc[4:]}", f"0{ac} {loc[:4]} {loc[4:]}"]}
    if cc == "BR":
        ac = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        if rng.random() < 0.7:
            loc = "9" + _d(rng, 8, "6789")
        else:
            loc = _d(rng, 8, "2345")
        a, b = loc[:-4], loc[-4:]
        return "+55" + ac + loc, {"intl": [f"+55 {ac} {a}-{b}", f"+55 ({ac}) {a}-{b}", f"+55{ac}{loc}"],
                                  "natl": [f"({ac}) {a}-{b}", f"{ac} {a}-{b}", f"0{ac} {a} {b}"]}
    if cc == "JP":
        if rng.random() < 0.5:
            p = rng.choice(["90", "80", "70"])
            a, b = _d(rng, 4, "123456789"), digits(rng, 4)
            return "+81" + p + a + b, {"intl": [f"+81 {p} {a} {b}", f"+81-{p}-{a}-{b}"],
                                       "natl": [f"0{p}-{a}-{b}", f"0{p} {a} {b}", f"0{p}{a}{b}"]}
        ac = rng.choice(["3", "6"])
        a, b = _d(rng, 4, "3456789"), digits(rng, 4)
        return "+81" + ac + a + b, {"intl": [f"+81 {ac} {a} {b}", f"+81-{ac}-{a}-{b}"],
                                    "natl": [f"0{ac}-{a}-{b}", f"(0{ac}) {a}-{b}"]}
    if cc == "ES":
        n = rng.choice(["6", "6", "7", "91", "93", "95"]) 
        n = n + digits(rng, 9 - len(n))
        return "+34" + n, {"intl": [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34{n}", f"0034 {n[:3]} {n[3:6]} {n[6:]}"],
                           "natl": [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]}
    if cc == "IT":
        if rng.random() < 0.6:
            n = "3" + rng.choice("234567") + digits(rng, 8)
            return "+39" + n, {"intl": [f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}", f"+39{n}"],
                               "natl": [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}"]}
        ac = rng.choice(["02", "06", "011", "055", "081"])
        loc = _d(rng, 10 - len(ac), "2345789")
        return "+39" + ac + loc, {"intl": [f"+39 {ac} {loc}", f"+39 {ac} {loc[:4]} {loc[4:]}"],
                                  "natl": [f"{ac} {loc}", f"{ac}/{loc}", f"{ac}-{loc}"]}
    if cc == "NL":
        if rng.random() < 0.6:
            n = "6" + _d(rng, 8, "123456789")
            return "+31" + n, {"intl": [f"+31 6 {n[1:]}", f"+31 (0)6 {n[1:]}", f"+31 6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31{n}"],
                               "natl": [f"06-{n[1:]}", f"06 {n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"]}
        ac = rng.choice(["20", "10", "30", "70", "40"])
        loc = _d(rng, 7, "2345678")
        return "+31" + ac + loc, {"intl": [f"+31 {ac} {loc[:3]} {loc[3:]}", f"+31 (0){ac} {loc}"],
                                  "natl": [f"0{ac}-{loc[:3]} {loc[3:]}", f"0{ac} {loc}", f"0{ac}-{loc}"]}
    if cc == "ZA":
        p = rng.choice(["82", "83", "72", "73", "84", "61", "11", "21", "31"])
        loc = _d(rng, 7, "23456789")
        return "+27" + p + loc, {"intl": [f"+27 {p} {loc[:3]} {loc[3:]}", f"+27{p}{loc}"],
                                 "natl": [f"0{p} {loc[:3]} {loc[3:]}", f"0{p}-{loc[:3]}-{loc[3:]}"]}
    if cc == "NG":
        p = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "817", "909"])
        loc = digits(rng, 7)
        return "+234" + p + loc, {"intl": [f"+234 {p} {loc[:3]} {loc[3:]}", f"+234{p}{loc}", f"+234-{p}-{loc[:3]}-{loc[3:]}"],
                                  "natl": [f"0{p} {loc[:3]} {loc[3:]}", f"0{p}{loc}"]}
    if cc == "KE":
        p = "7" + rng.choice("0129") + digits(rng, 1)
        loc = digits(rng, 6)
        return "+254" + p + loc, {"intl": [f"+254 {p} {loc[:3]} {loc[3:]}", f"+254{p}{loc}"],
                                  "natl": [f"0{p} {loc[:3]} {loc[3:]}", f"0{p} {loc}", f"0{p}{loc}"]}
    if cc == "MX":
        ac = rng.choice(["55", "33", "81"])
        loc = _d(rng, 8, "12345689")
        return "+52" + ac + loc, {"intl": [f"+52 {ac} {loc[:4]} {loc[4:]}", f"+52 1 {ac} {loc[:4]} {loc[4:]}", f"+52{ac}{loc}"],
                                  "natl": [f"{ac} {loc[:4]} {loc[4:]}", f"({ac}) {loc[:4]}-{loc[4:]}"]}
    if cc == "SG":
        n = rng.choice("689") + digits(rng, 7)
        return "+65" + n, {"intl": [f"+65 {n[:4]} {n[4:]}", f"+65{n}", f"(+65) {n[:4]} {n[4:]}"],
                           "natl": [f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}"]}
    if cc == "CN":
        if rng.random() < 0.7:
            n = "1" + rng.choice(["38", "39", "58", "86", "35", "50", "87", "36"]) + digits(rng, 8)
            return "+86" + n, {"intl": [f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86-{n}", f"+86{n}"],
                               "natl": [f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}"]}
        ac = rng.choice(["10", "21"])
        loc = _d(rng, 8, "2345678")
        return "+86" + ac + loc, {"intl": [f"+86 {ac} {loc[:4]} {loc[4:]}"], "natl": [f"0{ac}-{loc}", f"(0{ac}) {loc[:4]} {loc[4:]}"]}
    if cc == "IE":
        if rng.random() < 0.6:
            p = "8" + rng.choice("35679")
            loc = _d(rng, 7, "123456789")
            return "+353" + p + loc, {"intl": [f"+353 {p} {loc[:3]} {loc[3:]}", f"+353{p}{loc}"],
                                      "natl": [f"0{p} {loc[:3]} {loc[3:]}", f"0{p}-{loc}"]}
        loc = _d(rng, 7, "2345678")
        return "+3531" + loc, {"intl": [f"+353 1 {loc[:3]} {loc[3:]}"], "natl": [f"(01) {loc[:3]} {loc[3:]}", f"01 {loc[:3]} {loc[3:]}"]}
    if cc == "PL":
        n = rng.choice(["5", "6", "7", "8", "22", "12"])
        n = n + digits(rng, 9 - len(n))
        return "+48" + n, {"intl": [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}"],
                           "natl": [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]}
    if cc == "CH":
        p = rng.choice(["79", "78", "76", "44", "31", "61", "22"])
        loc = _d(rng, 7, "2345678")
        return "+41" + p + loc, {"intl": [f"+41 {p} {loc[:3]} {loc[3:5]} {loc[5:]}", f"+41{p}{loc}"],
                                 "natl": [f"0{p} {loc[:3]} {loc[3:5]} {loc[5:]}", f"0{p}/{loc[:3]} {loc[3:5]} {loc[5:]}"]}
    if cc == "AE":
        p = rng.choice(["50", "52", "55", "56", "4", "2"])
        loc = _d(rng, 7, "2345678")
        return "+971" + p + loc, {"intl": [f"+971 {p} {loc[:3]} {loc[3:]}", f"+971{p}{loc}", f"00971 {p} {loc}"],
                                  "natl": [f"0{p} {loc[:3]} {loc[3:]}", f"0{p}-{loc}"]}
    if cc == "PH":
        p = "9" + rng.choice(["17", "18", "05", "15", "27", "99"])
        loc = digits(rng, 7)
        return "+63" + p + loc, {"intl": [f"+63 {p} {loc[:3]} {loc[3:]}", f"+63{p}{loc}"],
                                 "natl": [f"0{p} {loc[:3]} {loc[3:]}", f"0{p}-{loc[:3]}-{loc[3:]}"]}
    raise ValueError(cc)


PHONE_CCS = ["US", "GB", "DE", "FR", "IN", "SE", "AU", "BR", "JP", "ES", "IT", "NL", "ZA", "NG",
             "KE", "MX", "SG", "CN", "IE", "PL", "CH", "AE", "PH", "CA"]


def new_phone(rng, cc=None, style="any"):
    """Returns the formatted string. style: 'e164', 'intl', 'natl', 'any', 'digits' (intl without +)."""
    cc = cc or rng.choice(PHONE_CCS)
    holder = {}

    def g():
        e164, forms = _phone_parts(rng, cc)
        holder["forms"] = forms
        return e164
    while True:
        e164 = REG.fresh(g, key=lambda e: "tel:" + e[-9:])
        forms = holder["forms"]
        if style == "e164":
            v = e164
        elif style == "digits":
            v = e164[1:]
        elif style == "intl":
            v = rng.choice(forms["intl"])
        elif style == "natl":
            v = rng.choice(forms["natl"])
        else:
            v = rng.choice(forms["intl"] + forms["natl"] + [e164])
        # keep phones from also being valid personnummer / Aadhaar / card strings
        bare = v.replace(" ", "").replace("-", "")
        if pnr_ok(v) or (bare.isdigit() and (aadhaar_ok(bare) or card_ok(bare))):
            continue
        return v


# ---------------------------------------------------------------- Aadhaar & India

def new_aadhaar(rng, fmt="space"):
    def g():
        p = rng.choice("23456789") + digits(rng, 10)
        return p + verhoeff_digit(p)
    a = REG.fresh(g)
    if fmt == "space":
        return f"{a[:4]} {a[4:8]} {a[8:]}"
    if fmt == "dash":
        return f"{a[:4]}-{a[4:8]}-{a[8:]}"
    return a


def not_verhoeff_12(rng, first="0123456789"):
    while True:
        s = rng.choice(first) + digits(rng, 11)
        if not verhoeff_ok(s) or s[0] in "01":
            return s


def vid16(rng):
    p = rng.choice("23456789") + digits(rng, 14)
    return p + verhoeff_digit(p)


def pan(rng, kind="P"):
    return rs(rng, string.ascii_uppercase, 3) + kind + rng.choice(string.ascii_uppercase) + digits(rng, 4) + rng.choice(string.ascii_uppercase)


IFSC_BANKS = ["SBIN", "HDFC", "ICIC", "PUNB", "CNRB", "BARB", "UBIN", "IOBA", "BKID", "UTIB", "KKBK", "MAHB"]


def ifsc(rng):
    return rng.choice(IFSC_BANKS) + "0" + digits(rng, 6)


def uan(rng):
    return "10" + digits(rng, 10)


def masked_aadhaar(rng, style=None):
    last = digits(rng, 4)
    style = style or rng.choice(["XXXX XXXX ", "xxxxxxxx", "XXXXXXXX", "********", "XXXX-XXXX-", "**** **** "])
    return style + last


# ---------------------------------------------------------------- Sweden

def new_pnr(rng, fmt="short_dash", y0=1942, y1=2006, coord=False):
    def g():
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, _DIM[m - 1] if m != 2 else 28)
        if coord:
            d += 60
        serial = digits(rng, 3)
        core = f"{y % 100:02d}{m:02d}{d:02d}{serial}"
        return f"{y}", core + luhn_digit(core)
    y, t = REG.fresh(g, key=lambda v: "pnr:" + v[1])
    sep = "+" if int(y) < 1925 and fmt.startswith("short") else "-"
    if fmt == "short_dash":
        return f"{t[:6]}{sep}{t[6:]}"
    if fmt == "short":
        return t
    if fmt == "long_dash":
        return f"{y[:2]}{t[:6]}-{t[6:]}"
    if fmt == "long":
        return f"{y[:2]}{t}"
    raise ValueError(fmt)


def orgnr(rng, dash=True):
    """Luhn-valid organisationsnummer (third digit >= 2, so never a date)."""
    p = rng.choice(["55", "556", "559", "802", "716", "969", "212"])
    p = p + digits(rng, 9 - len(p))
    if int(p[2]) < 2:
        p = p[:2] + "6" + p[3:]
    t = p + luhn_digit(p)
    return f"{t[:6]}-{t[6:]}" if dash else t


def luhn10_not_date(rng):
    """A Luhn-valid 10-digit number whose first six digits are not a date."""
    while True:
        p = digits(rng, 2) + str(rng.randint(13, 99)) + digits(rng, 5)
        t = p + luhn_digit(p)
        if not pnr_ok(t):
            return t


def ocr_ref(rng, n=None):
    """Bankgirot OCR reference with length digit and Luhn check (never date-shaped)."""
    n = n or rng.choice([8, 11, 13, 15])
    while True:
        p = digits(rng, n - 2)
        p = p + str(n % 10)
        t = p + luhn_digit(p)
        if not pnr_ok(t):
            return t


def bankgiro(rng):
    p = digits(rng, 6)
    p = rng.choice("123456789") + p
    t = p + luhn_digit(p)
    return f"{t[:3]}-{t[3:]}" if len(t) == 7 else f"{t[:4]}-{t[4:]}"


def postcode_se(rng):
    return f"{rng.randint(100, 984)} {rng.randint(10, 99)}"


# ---------------------------------------------------------------- cards

def new_card(rng, net=None, fmt="plain"):
    net = net or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay", "rupay"])

    def g():
        if net == "visa":
            p, n = "4" + digits(rng, 5), 16
        elif net == "mc":
            p, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
        elif net == "mc2":
            p, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
        elif net == "amex":
            p, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
        elif net == "discover":
            p, n = rng.choice(["6011", "65" + digits(rng, 2)]) + digits(rng, 2), 16
        elif net == "jcb":
            p, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
        elif net == "diners":
            p, n = rng.choice(["36", "38"]) + digits(rng, 4), 14
        elif net == "unionpay":
            p, n = "62" + digits(rng, 4), 16
        elif net == "rupay":
            p, n = rng.choice(["6521", "6522", "6080", "6070", "8172"]) + digits(rng, 2), 16
        else:
            raise ValueError(net)
        body = p + digits(rng, n - 1 - len(p))
        c = body + luhn_digit(body)
        assert card_ok(c), c
        return c
    c = REG.fresh(g)
    if fmt == "plain":
        return c
    sep = " " if fmt == "space" else "-"
    if len(c) == 15:
        return f"{c[:4]}{sep}{c[4:10]}{sep}{c[10:]}"
    if len(c) == 14:
        return f"{c[:4]}{sep}{c[4:10]}{sep}{c[10:]}"
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def luhn_nonnetwork(rng, n=16, first="0179"):
    while True:
        p = rng.choice(first) + digits(rng, n - 2)
        t = p + luhn_digit(p)
        if card_network(t) is None:
            return t


def not_luhn(rng, n=16, first="0123456789"):
    while True:
        t = rng.choice(first) + digits(rng, n - 1)
        if not luhn_ok(t):
            return t


def imei(rng):
    p = rng.choice(["35", "86", "01", "99"]) + digits(rng, 12)
    return p + luhn_digit(p)


def masked_card(rng, style=None):
    style = style or rng.choice(["first6", "stars4", "x12", "dots"])
    if style == "first6":
        return rng.choice(["4", "5"]) + digits(rng, 5) + "******" + digits(rng, 4)
    if style == "stars4":
        return "**** **** **** " + digits(rng, 4)
    if style == "x12":
        return "XXXXXXXXXXXX" + digits(rng, 4)
    return "•••• " + digits(rng, 4)


# ---------------------------------------------------------------- IBAN

def new_iban(rng, cc="DE"):
    def g():
        if cc == "DE":
            bban = digits(rng, 18)
        elif cc == "SE":
            bban = digits(rng, 20)
        elif cc == "FR":
            bban = digits(rng, 10) + rs(rng, UPPER_DIG, 11) + digits(rng, 2)
        elif cc == "NL":
            bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(rng, 10)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + digits(rng, 14)
        elif cc == "ES":
            bban = digits(rng, 20)
        elif cc == "IT":
            bban = rng.choice(string.ascii_uppercase) + digits(rng, 10) + rs(rng, UPPER_DIG, 12)
        else:
            raise ValueError(cc)
        return cc + iban_check(cc, bban) + bban
    return REG.fresh(g)


def iban_spaced(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# ---------------------------------------------------------------- look-alikes

def sha1(rng):
    return rs(rng, HEX, 40)


def sha256(rng):
    return rs(rng, HEX, 64)


def md5(rng):
    return rs(rng, HEX, 32)


def short_sha(rng):
    return rs(rng, HEX, rng.choice([7, 8, 10, 12]))


def trace_id(rng):
    return rs(rng, HEX, 32)


def span_id(rng):
    return rs(rng, HEX, 16)


def digest(rng):
    return "sha256:" + sha256(rng)


def integrity(rng):
    return "sha512-" + b64(rbytes(rng, 64))


def req_id(rng, prefix="req_"):
    return prefix + rs(rng, ALNUM, 14)


def ulid(rng):
    return "01" + rs(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


def ssh_pub(rng, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + b64(blob) + " " + comment


def fingerprint(rng):
    return "SHA256:" + b64(rbytes(rng, 32)).rstrip("=")


def colon_fp(rng, n=32):
    return ":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(n))


def cursor(rng):
    return b64(json.dumps({"id": rng.randrange(10**6, 10**7), "ts": 1718000000 + rng.randrange(10**6)}, separators=(",", ":")).encode())


def ip_private(rng):
    k = rng.choice(["10", "172", "192"])
    if k == "10":
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ip_doc(rng):
    return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + "." + str(rng.randrange(1, 255))


def ip_any(rng):
    return ip_private(rng) if rng.random() < 0.6 else ip_doc(rng)


def new_public_ip(rng):
    def g():
        while True:
            a = rng.randint(11, 223)
            if a in (100, 127, 169, 172, 192, 198, 203, 10):
                continue
            return f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return REG.fresh(g)


def pem_cert(rng, lines=18):
    body = "MIID" + b64(rbytes(rng, 48 * lines))[4:]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----"


def pem_pubkey(rng):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(rbytes(rng, 240))[:-4] + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


def openssh_private(rng):
    def g():
        body = b64(b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(rng, 330))
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body[i:i + 70] for i in range(0, len(body), 70)) + "\n-----END OPENSSH PRIVATE KEY-----"
    return REG.fresh(g)


def pem_private(rng, kind="RSA"):
    def g():
        if kind == "RSA":
            body = "MIIEow" + "IBAAKCAQEA" + b64(rbytes(rng, 1160))[:-4]
            hdr = "RSA PRIVATE KEY"
        elif kind == "EC":
            body = "MHcCAQEEI" + b64(rbytes(rng, 84))[:-1]
            hdr = "EC PRIVATE KEY"
        else:
            body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(rbytes(rng, 1170))[:-4]
            hdr = "PRIVATE KEY"
        return f"-----BEGIN {hdr}-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + f"\n-----END {hdr}-----"
    return REG.fresh(g)


# ---------------------------------------------------------------- Doc

class Doc:
    def __init__(self, path):
        self.path = path
        self.rng = R(path)
        self.labels = []
        self._cat = {}
        self.text = None

    def L(self, cat, value):
        assert value, (self.path, cat)
        if value in self._cat:
            assert self._cat[value] == cat, (self.path, value, cat, self._cat[value])
            return value
        owner = REG.labels.get(value)
        assert owner is None, f"value labelled twice: {value!r} in {owner} and {self.path}"
        REG.labels[value] = self.path
        self._cat[value] = cat
        self.labels.append((cat, value))
        return value

    # convenience generators that label at once --------------------------
    def pw(self, style=None, cat="password"):
        return self.L(cat, new_password(self.rng, style))

    def sec(self, kind=None, cat="generic-secret"):
        return self.L(cat, new_secret(self.rng, kind))

    def phone(self, cc=None, style="any"):
        return self.L("phone", new_phone(self.rng, cc, style))

    def aadhaar(self, fmt="space"):
        return self.L("in-aadhaar", new_aadhaar(self.rng, fmt))

    def pnr(self, fmt="short_dash", **kw):
        return self.L("se-personnummer", new_pnr(self.rng, fmt, **kw))

    def card(self, net=None, fmt="plain"):
        return self.L("credit-card", new_card(self.rng, net, fmt))

    def aws(self, prefix="AKIA", label_id=True):
        i = new_aws_id(self.rng, prefix)
        s = new_aws_secret(self.rng)
        if label_id:
            self.L("aws-access-key-id", i)
        self.L("aws-secret-key", s)
        return i, s

    def jwt(self, claims, alg="RS256", cat="jwt", kid=None):
        return self.L(cat, new_jwt(self.rng, claims, alg, kid))

    def bearer(self, kind=None, cat="bearer-token"):
        return self.L(cat, new_opaque_bearer(self.rng, kind))

    def email(self, name=None):
        name = name or person_en(self.rng)
        return self.L("email", REG.fresh(lambda: mailbox(name, self.rng, invented_domain(self.rng))))

    def dob(self, value):
        return self.L("date-of-birth", value)

    def ip(self):
        return self.L("ipv4", new_public_ip(self.rng))

    def iban(self, cc="DE", spaced=False):
        i = new_iban(self.rng, cc)
        return self.L("iban", iban_spaced(i) if spaced else i)

    def finish(self, text):
        self.text = text
        for cat, v in self.labels:
            assert v in text, f"{self.path}: label {cat} {v!r} not in text"
        return self


def dob_date(rng, y0=1950, y1=2004):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------- quoting helpers

def yq(v):
    """YAML scalar: quote when the plain form would be misread."""
    if re.search(r"[:#{}\[\],&*?|<>=!%@`'\"]", v) or v[0] in "-~ " or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def xesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def shq(v):
    """Shell single-quote when needed."""
    if re.fullmatch(r"[A-Za-z0-9_./:@%+=,-]+", v):
        return v
    return "'" + v.replace("'", "'\\''") + "'"


def lk_digits(rng, n, first="123456789"):
    """Random digits that are NOT a valid card, Aadhaar or personnummer."""
    while True:
        s = rng.choice(first) + digits(rng, n - 1)
        if card_ok(s) or (n == 12 and aadhaar_ok(s)) or (n in (10, 12) and pnr_ok(s)):
            continue
        return s


def new_dob(rng, fmt="dmy/", y0=1950, y1=2004):
    def g():
        y, m, dd = dob_date(rng, y0, y1)
        return {"dmy/": f"{dd:02d}/{m:02d}/{y}", "dmy-": f"{dd:02d}-{m:02d}-{y}", "iso": f"{y}-{m:02d}-{dd:02d}",
                "ymd": f"{y}{m:02d}{dd:02d}", "dmy.": f"{dd:02d}.{m:02d}.{y}", "mdy/": f"{m:02d}/{dd:02d}/{y}"}[fmt]
    return REG.fresh(g)


def _doc_dob(self, fmt="dmy/", y0=1950, y1=2004):
    return self.L("date-of-birth", new_dob(self.rng, fmt, y0, y1))


Doc.dobv = _doc_dob
