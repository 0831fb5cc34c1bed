"""Value generators, checksums and the Doc helper for the dev19 document set.

Every value is random output of a per-document random.Random; nothing is copied
from any source.  Documentation placeholders that appear unlabelled (the AWS
example pair, the 4111... test card, 555-01xx ...) are the well-known ones the
corpus README itself names as excluded.
"""
import base64
import calendar
import datetime as _dt
import hashlib
import json
import random
import string
import urllib.parse
import uuid as _uuid

SEED = 19019

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64 = UP + LO + DG + "+/"
B64URL = UP + LO + DG + "-_"
B32 = UP + "234567"
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- primitives
def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def alnum(r, n):
    # at least one digit, one upper and one lower so it never reads as a word
    while True:
        s = rs(r, ALNUM, n)
        if n < 6 or (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
            return s


def lalnum(r, n):
    while True:
        s = rs(r, LO + DG, n)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def b64url(r, n):
    while True:
        s = rs(r, B64URL, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


def b64_bytes(r, nbytes, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 16)).hexdigest()


def sha1hex(r):
    return hashlib.sha1(rbytes(r, 16)).hexdigest()


def md5hex(r):
    return hashlib.md5(rbytes(r, 16)).hexdigest()


def b64e(s):
    return base64.b64encode(s.encode()).decode()


def b64ue(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jesc(s):
    """JSON string escaping without the surrounding quotes."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def urlq(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def formq(s):
    return urllib.parse.quote_plus(s)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    digits = [int(c) for c in digits if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(base):
    for c in "0123456789":
        if luhn_ok(base + c):
            return c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def _date_ok(y, m, d):
    try:
        _dt.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_parse(v):
    """Return (ok, reason) for a personnummer / samordningsnummer as written."""
    s = v.strip()
    sep = None
    for c in "-+":
        if c in s:
            sep = c
    digits = s.replace("-", "").replace("+", "").replace(" ", "")
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False, "shape"
    ten = digits[-10:]
    if not luhn_ok(ten):
        return False, "luhn"
    mm = int(ten[2:4])
    dd = int(ten[4:6])
    if dd > 60:
        dd -= 60
    if len(digits) == 12:
        y = int(digits[:4])
    else:
        yy = int(ten[:2])
        # read as the most recent year that is not in the future (2026 as reference)
        y = 2000 + yy if yy <= 26 else 1900 + yy
        if sep == "+":
            y -= 100
    if not _date_ok(y, mm, dd):
        return False, "date"
    return True, ""


# ---------------------------------------------------------------- name pools
SV_FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Elin", "Anders", "Sara", "Mikael", "Ida", "Per",
            "Linnea", "Oskar", "Ebba", "Gustav", "Maja", "Nils", "Frida", "Viktor", "Astrid", "Hugo", "Saga",
            "Björn", "Agnes", "Måns", "Tove", "Leif", "Ingrid", "Kerstin", "Göran", "Sofia", "Axel", "Elsa",
            "Filip", "Wilma", "Olle", "Siv", "Jonas", "Malin", "Rasmus", "Hanna", "Åsa", "Emil", "Tilda", "Yusuf",
            "Amina", "Dragan", "Leila", "Mehmet"]
SV_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
           "Lindqvist", "Berg", "Sjöberg", "Holm", "Åberg", "Ekström", "Lundgren", "Nyström", "Sandberg",
           "Forsberg", "Hedlund", "Björk", "Wikström", "Dahl", "Öberg", "Strand", "Lund", "Mattsson", "Axelsson",
           "Hassan", "Ali", "Nguyen", "Kovačević", "Yilmaz"]
INTL_FIRST = ["James", "Olivia", "Noah", "Emma", "Liam", "Sophie", "Lukas", "Mia", "Mateo", "Lucía", "Hugo",
              "Chloé", "Jan", "Zofia", "Pieter", "Femke", "Giulia", "Marco", "Aino", "Mikko", "Ingrid", "Ole",
              "Mette", "Rasmus", "Deniz", "Elif", "Ji-woo", "Min-jun", "Wei", "Li", "Priya", "Arjun", "Tomás",
              "Beatriz", "Dmytro", "Olena", "Karel", "Tereza", "Sean", "Aoife", "Kwame", "Amara", "Hiroshi",
              "Yuki", "Carlos", "Ana", "Felix", "Lena", "Omar", "Nadia"]
INTL_LAST = ["Smith", "Brown", "Walker", "Müller", "Schneider", "Fischer", "Dubois", "Moreau", "García",
             "Fernández", "Rossi", "Bianchi", "de Vries", "Jansen", "Kowalski", "Nowak", "Virtanen", "Korhonen",
             "Hansen", "Nielsen", "Jensen", "Kaya", "Demir", "Kim", "Park", "Chen", "Wang", "Sharma", "Patel",
             "Silva", "Santos", "Kovalenko", "Shevchenko", "Novák", "Dvořák", "Murphy", "O'Brien", "Mensah",
             "Okafor", "Tanaka", "Sato", "López", "Weber", "Wagner", "Haddad", "Rahman"]

COMPANY_DOMAINS = ["nordvik-logistik.se", "fjallbyggen.se", "kronoberg-energi.se", "solhem-fastigheter.se",
                   "aurora-labs.io", "brightpath.co.uk", "helvetia-data.ch", "veldhuis-installatie.nl",
                   "kaffeeroesterei-brandt.de", "atelier-morel.fr", "panaderia-sol.es", "studio-ferri.it",
                   "tietotalo.fi", "havnegade-tandlaeger.dk", "bergvik-maskin.no", "lumenworks.com",
                   "quarrytech.com", "tidewater-analytics.com", "pinecrest-health.org", "kestrel-media.net",
                   "mosaic-retail.com", "ironbridge-legal.co.uk", "saltmarsh.io", "gridline-systems.com",
                   "vattenfallsgatan-brf.se", "ostkustens-bygg.se", "lindholmen-it.se", "skargardsbolaget.se",
                   "rapsfalt.se", "norrsken-vard.se"]
FREEMAIL = ["gmail.com", "outlook.com", "hotmail.se", "yahoo.com", "icloud.com", "telia.com", "live.se",
            "protonmail.com", "gmx.de", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "naver.com",
            "bredband.net", "spray.se", "ukr.net", "t-online.de", "kpnmail.nl"]

WORDS = ["Tallrik", "Vinter", "Kanel", "Hummer", "Fjord", "Granit", "Lykta", "Pepparkaka", "Skog", "Hav", "Moln",
         "Tiger", "Rocket", "Falcon", "Marble", "Cobalt", "Saffron", "Thunder", "Walrus", "Orchid", "Bishop",
         "Lantern", "Harbor", "Mango", "Velvet", "Quartz", "Ember", "Juniper", "Pixel", "Raven", "Sommar",
         "Blomma", "Katt", "Hund", "Sonne", "Blume", "Kaffee", "Soleil", "Lapin", "Luna", "Fuego", "Stella",
         "Tulp", "Kwiat", "Kissa", "Sol", "Drage", "Ankka", "Biscuit", "Cactus", "Dolphin", "Gazelle", "Hazel",
         "Igloo", "Jasmine", "Koala", "Lemur", "Nimbus", "Otter", "Puffin"]
SV_WORDS = ["båt", "snö", "räka", "älg", "öga", "gran", "hjortron", "kråka", "lingon", "måne", "sjö", "ekorre",
            "kaffe", "mjölk", "stuga", "ängel"]


def person(r, sv=False):
    if sv:
        return r.choice(SV_FIRST), r.choice(SV_LAST)
    return r.choice(INTL_FIRST), r.choice(INTL_LAST)


_TR = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "č": "c", "ć": "c", "ó": "o", "í": "i",
                     "á": "a", "ř": "r", "ž": "z", "ł": "l", "ø": "o", "æ": "ae", "'": "", " ": "", "-": ""})


def ascii_name(s):
    return s.lower().translate(_TR)


def email_for(r, first, last, domain=None, style=None):
    f, l = ascii_name(first), ascii_name(last)
    domain = domain or r.choice(FREEMAIL + COMPANY_DOMAINS)
    style = style or r.choice(["f.l", "fl", "f", "f_l", "fl2", "f.l2"])
    n = r.randint(2, 99)
    local = {"f.l": f"{f}.{l}", "fl": f"{f[0]}{l}", "f": f"{f}{n}", "f_l": f"{f}_{l}", "fl2": f"{f}{l}{n}",
             "f.l2": f"{f}.{l}{n}"}[style]
    return f"{local}@{domain}"


# ---------------------------------------------------------------- passwords
PUNCT_SAFE = "!#%*+-.=?@_~^"
PUNCT_NOAT = "!#%*+-.=?_~^"
PUNCT_MIN = "!#%*+-._~"
PUNCT_ALL = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def pw(r, kind=None, n=None, punct=PUNCT_SAFE):
    kind = kind or r.choice(["mixed", "mixed", "human", "words", "mixed"])
    if kind == "mixed":
        n = n or r.randint(12, 22)
        while True:
            chars = UP + LO + DG + (punct * 2 if punct else "")
            s = rs(r, chars, n)
            ok = (any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s)
                  and (not punct or any(c in punct for c in s)))
            if ok and s[0].isalnum() and s[-1] not in "\\":
                return s
    if kind == "human":
        sym = r.choice([c for c in "!#?*%" if c in (punct or "")] or [""])
        return f"{r.choice(WORDS)}{r.choice(WORDS).lower()}{r.randint(10, 9999)}{sym}"
    if kind == "words":
        sep = r.choice([c for c in "-._+" if c in (punct or "")] or [""])
        ws = [r.choice(WORDS), r.choice(WORDS).lower(), r.choice(WORDS)]
        return sep.join(ws) + sep + str(r.randint(2, 999))
    if kind == "sv":
        sep = r.choice(["-", ".", ""])
        return sep.join([r.choice(SV_WORDS).capitalize(), r.choice(SV_WORDS), str(r.randint(10, 999))]) + r.choice(["!", "?", ""])
    if kind == "alnum":
        return alnum(r, n or r.randint(14, 24))
    if kind == "hex":
        return hexs(r, n or 32)
    if kind == "b64":
        return b64_bytes(r, n or 24)
    raise ValueError(kind)


# ---------------------------------------------------------------- tokens
def jwt(r, claims=None, alg="RS256", kid=True, typ="JWT"):
    hdr = {"alg": alg, "typ": typ}
    if kid:
        hdr["kid"] = b64url(r, 27) if r.random() < 0.5 else hexs(r, 16)
    now = r.randint(1767225600, 1796169600)   # 2026 .. 2026-12
    body = {"iss": "https://auth.lumenworks.com/", "sub": uuid4(r), "aud": "api", "iat": now, "exp": now + 3600}
    if claims:
        body.update(claims)
    sig_len = {"RS256": 256, "RS512": 256, "PS256": 256, "ES256": 64, "ES384": 96, "HS256": 32, "HS512": 64,
               "EdDSA": 64}[alg]
    h = b64ue(json.dumps(hdr, separators=(",", ":")))
    p = b64ue(json.dumps(body, separators=(",", ":"), ensure_ascii=False))
    s = base64.urlsafe_b64encode(rbytes(r, sig_len)).decode().rstrip("=")
    return f"{h}.{p}.{s}"


def token(r, shape):
    """Opaque bearer/vendor token shapes (no category of their own in the README)."""
    if shape == "b64url":
        return b64url(r, r.choice([32, 40, 43, 48, 64]))
    if shape == "hex40":
        return hexs(r, 40)
    if shape == "hex64":
        return hexs(r, 64)
    if shape == "alnum":
        return alnum(r, r.choice([24, 30, 32, 40]))
    if shape == "ya29":
        return "ya29.a0" + b64url(r, r.randint(150, 210))
    if shape == "fb":
        return "EAA" + r.choice(["G", "B", "J"]) + alnum(r, r.randint(160, 200))
    if shape == "paseto":
        return "v4.public." + b64url(r, r.randint(180, 240))
    if shape == "paseto-local":
        return "v4.local." + b64url(r, r.randint(120, 170))
    if shape == "hvs":
        return "hvs.CAESI" + b64url(r, 86)
    if shape == "hvb":
        return "hvb.AAAAAQ" + b64url(r, 150)
    if shape == "dop":
        return "dop_v1_" + hexs(r, 64)
    if shape == "sfdc":
        return "00D" + alnum(r, 12) + "!" + rs(r, ALNUM + "._", 96)
    if shape == "twitter":
        return "A" * 21 + alnum(r, 12) + "%2B" + alnum(r, 22) + "%3D" + alnum(r, 50)
    if shape == "glsa":
        return "glsa_" + alnum(r, 32) + "_" + hexs(r, 8)
    if shape == "pscale":
        return "pscale_tkn_" + b64url(r, 43)
    if shape == "tfc":
        return alnum(r, 14) + ".atlasv1." + alnum(r, 67)
    if shape == "dapi":
        return "dapi" + hexs(r, 32)
    if shape == "dropbox":
        return "sl.u." + b64url(r, 140)
    if shape == "atlassian":
        return "ATATT3xFfGF0" + b64url(r, 172) + "=" + hexs(r, 8).upper()
    if shape == "hubspot":
        return "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid4(r)
    if shape == "notion":
        return "ntn_" + alnum(r, 46)
    if shape == "linear":
        return "lin_api_" + alnum(r, 40)
    if shape == "figma":
        return "figd_" + b64url(r, 40)
    if shape == "airtable":
        return "pat" + alnum(r, 14) + "." + hexs(r, 64)
    if shape == "doppler":
        return "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + alnum(r, 40)
    if shape == "pulumi":
        return "pul-" + hexs(r, 40)
    if shape == "sentry":
        return "sntryu_" + hexs(r, 64)
    if shape == "buildkite":
        return "bkua_" + hexs(r, 40)
    if shape == "circleci":
        return "CCIPAT_" + alnum(r, 22) + "_" + hexs(r, 40)
    if shape == "tailscale":
        return "tskey-api-" + alnum(r, 17) + "-" + alnum(r, 33)
    if shape == "netlify":
        return "nfp_" + alnum(r, 36)
    if shape == "render":
        return "rnd_" + alnum(r, 32)
    if shape == "supabase":
        return "sbp_" + hexs(r, 40)
    if shape == "contentful":
        return "CFPAT-" + b64url(r, 43)
    if shape == "asana":
        return "2/" + str(r.randint(10**15, 10**16 - 1)) + "/" + str(r.randint(10**15, 10**16 - 1)) + ":" + hexs(r, 32)
    if shape == "square":
        return "EAAA" + b64url(r, 60)
    if shape == "paypal":
        return "A21AA" + b64url(r, 92)
    if shape == "twitch":
        return lalnum(r, 30)
    if shape == "sha256":
        return "sha256~" + b64url(r, 43)
    if shape == "fernet":
        return "gAAAAAB" + b64_bytes(r, 120, url=True)
    if shape == "macaroon":
        return "MDAxY2xvY2F0aW9u" + b64_bytes(r, 150, url=True, pad=False)
    if shape == "uuid":
        return uuid4(r)
    if shape == "okta":
        return "00" + b64url(r, 40)
    if shape == "dckr":
        return "dckr_pat_" + b64url(r, 27)
    if shape == "heroku":
        return "HRKU-AA" + b64url(r, 58)
    if shape == "zitadel":
        return b64url(r, 86)
    if shape == "keycloak-opaque":
        return alnum(r, 16) + "." + b64url(r, 64)
    if shape == "mastodon":
        return b64url(r, 43)
    if shape == "spotify":
        return "BQ" + b64url(r, 170)
    if shape == "linkedin":
        return "AQ" + b64url(r, 350)
    if shape == "box":
        return alnum(r, 32)
    if shape == "azure-sas-like":
        return b64_bytes(r, 32)
    if shape == "cloudflare":
        return b64url(r, 40)
    if shape == "gitea":
        return hexs(r, 40)
    if shape == "teleport":
        return hexs(r, 32)
    if shape == "boundary":
        return "at_" + alnum(r, 10) + "_" + b64url(r, 120)
    if shape == "gitlab-oauth":
        return hexs(r, 64)
    if shape == "k8s-aws":
        return "k8s-aws-v1." + b64_bytes(r, 520, url=True, pad=False)
    raise ValueError(shape)


BEARER_SHAPES = ["b64url", "hex40", "hex64", "alnum", "ya29", "fb", "paseto", "hvs", "dop", "sfdc", "twitter",
                 "glsa", "pscale", "tfc", "dapi", "dropbox", "atlassian", "hubspot", "notion", "linear", "figma",
                 "airtable", "doppler", "pulumi", "sentry", "buildkite", "circleci", "tailscale", "netlify",
                 "render", "supabase", "contentful", "asana", "square", "paypal", "twitch", "sha256", "macaroon",
                 "uuid", "okta", "dckr", "heroku", "zitadel", "keycloak-opaque", "mastodon", "spotify", "box",
                 "cloudflare", "gitea", "boundary", "gitlab-oauth", "paseto-local"]


def secret(r, shape=None):
    """Generic secrets: API keys, webhook/signing secrets, client secrets, encryption keys."""
    shape = shape or r.choice(["hex32", "hex40", "hex64", "b64", "alnum32", "alnum40", "whsec", "gocspx",
                               "b64url43"])
    if shape == "hex32":
        return hexs(r, 32)
    if shape == "hex40":
        return hexs(r, 40)
    if shape == "hex64":
        return hexs(r, 64)
    if shape == "hex128":
        return hexs(r, 128)
    if shape == "b64":
        return b64_bytes(r, 32)
    if shape == "b64-48":
        return b64_bytes(r, 48)
    if shape == "b64url43":
        return b64url(r, 43)
    if shape == "alnum24":
        return alnum(r, 24)
    if shape == "alnum32":
        return alnum(r, 32)
    if shape == "alnum40":
        return alnum(r, 40)
    if shape == "alnum64":
        return alnum(r, 64)
    if shape == "whsec":
        return "whsec_" + b64_bytes(r, 24)
    if shape == "gocspx":
        return "GOCSPX-" + b64url(r, 28)
    if shape == "sq0csp":
        return "sq0csp-" + b64url(r, 43)
    if shape == "brevo":
        return "xkeysib-" + hexs(r, 64) + "-" + alnum(r, 16)
    if shape == "resend":
        return "re_" + alnum(r, 8) + "_" + alnum(r, 24)
    if shape == "groq":
        return "gsk_" + alnum(r, 52)
    if shape == "replicate":
        return "r8_" + alnum(r, 37)
    if shape == "pinecone":
        return "pcsk_" + alnum(r, 5) + "_" + alnum(r, 60)
    if shape == "nrak":
        return "NRAK-" + rs(r, UP + DG, 27)
    if shape == "langsmith":
        return "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)
    if shape == "postman":
        return "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)
    if shape == "rubygems":
        return "rubygems_" + hexs(r, 48)
    if shape == "nuget":
        return "oy2" + rs(r, LO + DG, 43)
    if shape == "age":
        return "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
    if shape == "django":
        return rs(r, LO + DG + "!@#%^&*(-_=+)", 50)
    if shape == "laravel":
        return "base64:" + b64_bytes(r, 32)
    if shape == "fernet-key":
        return b64_bytes(r, 32, url=True)
    if shape == "phx":
        return "phx_" + alnum(r, 47)
    if shape == "mapbox-sk":
        return "sk.eyJ1Ijoi" + b64url(r, 60) + "." + b64url(r, 22)
    if shape == "algolia-admin":
        return hexs(r, 32)
    if shape == "tvly":
        return "tvly-" + alnum(r, 32)
    if shape == "shippo":
        return "shippo_live_" + hexs(r, 40)
    if shape == "easypost":
        return "EZAK" + hexs(r, 54)
    if shape == "frameio":
        return "fio-u-" + b64url(r, 64)
    if shape == "sq-app":
        return "sq0idp-" + b64url(r, 22)
    raise ValueError(shape)


# ---------------------------------------------------------------- AWS
def aws_akid(r, prefix="AKIA"):
    while True:
        s = prefix + rs(r, B32, 16)
        if not s.endswith("EXAMPLE"):
            return s


def aws_secret(r):
    while True:
        s = rs(r, UP + LO + DG + "/+", 40)
        if sum(c.isupper() for c in s) > 3 and sum(c.islower() for c in s) > 3 and sum(c.isdigit() for c in s) > 1:
            return s


def aws_session(r):
    return "IQoJb3JpZ2luX2Vj" + rs(r, B64, r.choice([300, 360, 420])) + r.choice(["", "=", "=="])


def aws_account(r):
    return str(r.randint(10**11, 10**12 - 1))


# ---------------------------------------------------------------- Swedish numbers
def pnr(r, form="YYMMDD-NNNC", born=(1938, 2011), coord=False, century_plus=False):
    while True:
        if century_plus:
            y = r.randint(1918, 1925)
        else:
            y = r.randint(*born)
        m = r.randint(1, 12)
        d = r.randint(1, calendar.monthrange(y, m)[1])
        dd = d + 60 if coord else d
        serial = f"{r.randint(1, 999):03d}"
        base = f"{y % 100:02d}{m:02d}{dd:02d}{serial}"
        c = luhn_digit(base)
        yymmdd, tail = base[:6], serial + c
        if form == "YYMMDD-NNNC":
            v = f"{yymmdd}{'+' if century_plus else '-'}{tail}"
        elif form == "YYMMDDNNNC":
            v = f"{yymmdd}{tail}"
        elif form == "YYYYMMDD-NNNC":
            v = f"{y}{yymmdd[2:]}-{tail}"
        elif form == "YYYYMMDDNNNC":
            v = f"{y}{yymmdd[2:]}{tail}"
        elif form == "YYYYMMDD NNNC":
            v = f"{y}{yymmdd[2:]} {tail}"
        else:
            raise ValueError(form)
        ok, _ = pnr_parse(v)
        if ok:
            return v


def pnr_lookalike(r, form="YYYYMMDD-NNNC", years=(2019, 2026)):
    """A date-shaped number that passes Luhn on its 10-digit form: order, booking, case numbers ..."""
    return pnr(r, form=form, born=years)


def orgnr(r, prefix=None, dash=True, sixteen=False):
    while True:
        p = prefix or r.choice(["556", "559", "769", "802", "716", "212", "969", "916"])
        base = p + f"{r.randint(0, 999999):06d}"
        base = base[:9]
        c = luhn_digit(base)
        v = base + c
        if int(v[2]) < 2:
            continue
        out = (v[:6] + "-" + v[6:]) if dash else v
        return ("16" + out) if sixteen else out


def ocr_ref(r, n=None):
    n = n or r.randint(10, 16)
    base = "".join(r.choice(DG) for _ in range(n - 2))
    base = str(r.randint(1, 9)) + base[1:]
    lenc = str((n) % 10)
    b = base + lenc
    return b + luhn_digit(b)


# ---------------------------------------------------------------- cards, IBAN
def card(r, net=None, sep=""):
    net = net or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, ln = {"visa": (r.choice(["4" + rs(r, DG, 5)]), 16), "mc": (str(r.randint(51, 55)) + rs(r, DG, 4), 16),
               "mc2": (str(r.randint(2221, 2720)) + rs(r, DG, 2), 16), "amex": (r.choice(["34", "37"]) + rs(r, DG, 4), 15),
               "disc": ("6011" + rs(r, DG, 2), 16), "jcb": (str(r.randint(3528, 3589)) + rs(r, DG, 2), 16)}[net]
    while True:
        body = pre + rs(r, DG, ln - len(pre) - 1)
        v = body + luhn_digit(body)
        if v.startswith(("4111111", "4242424", "5555555", "4000000", "5105105", "3782822", "3714496", "6011111",
                         "4012888", "5200828", "4000056")):
            continue
        break
    if sep:
        if ln == 15:
            return sep.join([v[:4], v[4:10], v[10:]])
        return sep.join(v[i:i + 4] for i in range(0, 16, 4))
    return v


def card_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if not luhn_ok(d):
        return False
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return True
    if len(d) == 16 and 3528 <= int(d[:4]) <= 3589:
        return True
    return False


IBAN_BBAN = {"SE": ("n", 20), "DE": ("n", 18), "FR": ("fr", 23), "ES": ("n", 20), "IT": ("it", 23), "NL": ("nl", 14),
             "FI": ("n", 14), "DK": ("n", 14), "NO": ("n", 11), "PL": ("n", 24), "BE": ("n", 12), "AT": ("n", 16),
             "GB": ("gb", 18), "IE": ("gb", 18), "PT": ("n", 21), "CH": ("n", 17)}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]
GB_BANKS = ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "MONZ", "SRLG"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]


def iban(r, cc="SE", spaced=False):
    kind, ln = IBAN_BBAN[cc]
    if kind == "n":
        bban = rs(r, DG, ln)
        if cc == "SE":
            bban = r.choice(["500", "800", "600", "300", "120", "957"]) + bban[3:]
    elif kind == "nl":
        bban = r.choice(NL_BANKS) + rs(r, DG, 10)
    elif kind == "gb":
        bban = r.choice(GB_BANKS if cc == "GB" else IE_BANKS) + rs(r, DG, 14)
    elif kind == "fr":
        bban = rs(r, DG, 10) + rs(r, UP + DG, 11) + rs(r, DG, 2)
    elif kind == "it":
        bban = r.choice(UP) + rs(r, DG, 10) + rs(r, DG, 12)
    for ck in range(2, 99):
        v = f"{cc}{ck:02d}{bban}"
        if iban_ok(v):
            break
    if spaced:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


# ---------------------------------------------------------------- phones
def phone(r, cc="SE", form="intl"):
    """Numbers outside the fictitious ranges the README names."""
    if cc == "SE":
        pre = r.choice(["70", "72", "73", "76", "79"])
        while True:
            sub = rs(r, DG, 7)
            if not (pre == "70" and sub.startswith("17406")):
                break
        if form == "intl":
            return f"+46 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}"
        if form == "e164":
            return f"+46{pre}{sub}"
        if form == "nat":
            return f"0{pre}-{sub[:3]} {sub[3:5]} {sub[5:]}"
        if form == "natc":
            return f"0{pre}{sub}"
        if form == "land":
            area = r.choice(["8", "31", "40", "18", "90", "13", "19", "60"])
            n = rs(r, DG, 8 - len(area) + 1)
            if area == "8" and n.startswith("465004"):
                n = "7" + n[1:]
            return f"0{area}-{n[:-4]} {n[-4:-2]} {n[-2:]}"
    if cc == "DE":
        n = "15" + r.choice("1279") + rs(r, DG, 8)
        return f"+49 {n[:3]} {n[3:]}" if form == "intl" else f"0{n[:3]} {n[3:]}"
    if cc == "GB":
        while True:
            n = "7" + r.choice("45789") + rs(r, DG, 8)
            if not n.startswith("7700900"):
                break
        return f"+44 {n[:4]} {n[4:]}" if form == "intl" else f"0{n[:4]} {n[4:]}"
    if cc == "US":
        while True:
            a = r.choice(["212", "312", "415", "617", "206", "512", "303", "404", "646", "917"])
            x = str(r.randint(201, 989))
            s = rs(r, DG, 4)
            if x != "555":
                break
        return f"+1 {a} {x} {s}" if form == "intl" else f"({a}) {x}-{s}"
    if cc == "FR":
        n = r.choice("67") + rs(r, DG, 8)
        return ("+33 " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))) if form == "intl" else \
            ("0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if cc == "NO":
        n = r.choice("49") + rs(r, DG, 7)
        return f"+47 {n[:3]} {n[3:5]} {n[5:]}"
    if cc == "FI":
        n = r.choice(["40", "44", "45", "50"]) + rs(r, DG, 7)
        return f"+358 {n[:2]} {n[2:5]} {n[5:]}" if form == "intl" else f"0{n[:2]} {n[2:5]} {n[5:]}"
    if cc == "DK":
        n = r.choice("2345") + rs(r, DG, 7)
        return f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if cc == "NL":
        n = "6" + rs(r, DG, 8)
        return f"+31 {n[0]} {n[1:5]} {n[5:]}" if form == "intl" else f"06-{n[1:]}"
    if cc == "ES":
        n = r.choice("67") + rs(r, DG, 8)
        return f"+34 {n[:3]} {n[3:6]} {n[6:]}"
    if cc == "IT":
        n = "3" + r.choice("234589") + rs(r, DG, 8)
        return f"+39 {n[:3]} {n[3:6]} {n[6:]}"
    if cc == "PL":
        n = r.choice("5678") + rs(r, DG, 8)
        return f"+48 {n[:3]} {n[3:6]} {n[6:]}"
    if cc == "KR":
        n = rs(r, DG, 8)
        return f"010-{n[:4]}-{n[4:]}" if form != "intl" else f"+82 10-{n[:4]}-{n[4:]}"
    if cc == "UA":
        n = r.choice(["50", "63", "67", "93", "97"]) + rs(r, DG, 7)
        return f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
    if cc == "BR":
        n = "9" + rs(r, DG, 8)
        return f"+55 {r.choice(['11', '21', '31'])} {n[:5]}-{n[5:]}"
    if cc == "TR":
        n = "5" + r.choice("0345") + rs(r, DG, 8)
        return f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
    if cc == "CN":
        n = "1" + r.choice("3589") + rs(r, DG, 9)
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    raise ValueError(cc)


# ---------------------------------------------------------------- IPs
def _ip4_public(a, b, c, d):
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
    if (a, b, c) in ((192, 0, 0), (192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 88, 99)):
        return False
    if a == 198 and b in (18, 19):
        return False
    return True


def ip4(r):
    while True:
        a, b, c, d = r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)
        if _ip4_public(a, b, c, d) and a not in (1, 2, 3, 4, 5, 6, 7, 8, 9):
            return f"{a}.{b}.{c}.{d}"


def ip4_is_public(s):
    try:
        parts = [int(x) for x in s.split(".")]
    except ValueError:
        return False
    if len(parts) != 4 or any(p > 255 for p in parts):
        return False
    return _ip4_public(*parts)


def ip6(r):
    pre = r.choice(["2a01", "2a02", "2a03", "2a05", "2001:67c", "2a00", "2600", "2604", "2a0e", "2c0f", "2406"])
    groups = pre.split(":")
    while len(groups) < 4:
        groups.append(f"{r.randint(0, 0xffff):x}")
    if r.random() < 0.5:
        return ":".join(groups) + "::" + f"{r.randint(1, 0xffff):x}"
    while len(groups) < 8:
        groups.append(f"{r.randint(0, 0xffff):x}")
    return ":".join(groups)


def priv4(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])


# ---------------------------------------------------------------- birth dates, passports
def birth(r, lo=1945, hi=2006):
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, m)[1])
    return _dt.date(y, m, d)


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(d, f):
    if f == "iso":
        return d.isoformat()
    if f == "dmy.":
        return d.strftime("%d.%m.%Y")
    if f == "dmy/":
        return d.strftime("%d/%m/%Y")
    if f == "mdy/":
        return d.strftime("%m/%d/%Y")
    if f == "ymd":
        return d.strftime("%Y%m%d")
    if f == "yymmdd":
        return d.strftime("%y%m%d")
    if f == "ddMONyy":
        return f"{d.day:02d}{MON[d.month - 1]}{d.year % 100:02d}"
    if f == "long":
        return d.strftime("%d %B %Y").lstrip("0")
    raise ValueError(f)


def passport(r, cc):
    if cc == "SE":
        return rs(r, DG, 8)
    if cc == "DE":
        return "C" + rs(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if cc == "GB":
        return rs(r, DG, 9)
    if cc == "US":
        return r.choice(["5", "6", "A"]) + rs(r, DG, 8)
    if cc == "FR":
        return rs(r, DG, 2) + rs(r, UP, 2) + rs(r, DG, 5)
    if cc == "NL":
        return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + rs(r, DG, 1)
    if cc == "IT":
        return rs(r, UP, 2) + rs(r, DG, 7)
    if cc == "ES":
        return rs(r, UP, 3) + rs(r, DG, 6)
    if cc == "IN":
        return r.choice("JKLMNPRSTUVWZ") + rs(r, DG, 7)
    if cc == "CN":
        return "E" + rs(r, DG, 8)
    if cc == "UA":
        return rs(r, "ABCEFGHJKMNPRSTX", 2) + rs(r, DG, 6)
    if cc == "PL":
        return rs(r, UP, 2) + rs(r, DG, 7)
    if cc == "FI":
        return rs(r, UP, 2) + rs(r, DG, 7)
    if cc == "NO":
        return rs(r, DG, 8)
    if cc == "BR":
        return rs(r, UP, 2) + rs(r, DG, 6)
    if cc == "TR":
        return "U" + rs(r, DG, 8)
    if cc == "KR":
        return "M" + rs(r, DG, 8)
    raise ValueError(cc)


# ---------------------------------------------------------------- the document helper
class Doc:
    """One document: its own random.Random, its labels and its registered look-alikes."""

    def __init__(self, path):
        self.path = path
        seed_int = int.from_bytes(hashlib.sha256(f"{SEED}+{path}".encode()).digest()[:8], "big")
        self.r = random.Random(seed_int)
        self.labels = []        # (category, value)
        self.looks = []         # (value, kind) never labelled
        self.glue_ok = set()    # labelled values that the format glues to letters/digits
        self.text = None

    # label / look-alike registration
    def L(self, cat, v):
        self.labels.append((cat, v))
        return v

    def X(self, v, kind="look-alike"):
        self.looks.append((v, kind))
        return v

    def glued(self, v):
        self.glue_ok.add(v)
        return v

    # shortcuts that generate and label
    def pw(self, kind=None, punct=PUNCT_SAFE, n=None, cat="password", enc=None):
        v = pw(self.r, kind, n, punct)
        return self.L(cat, enc(v) if enc else v)

    def bearer(self, shape=None, cat="bearer-token"):
        shape = shape or self.r.choice(BEARER_SHAPES)
        return self.L(cat, token(self.r, shape))

    def jwtb(self, claims=None, alg="RS256", cat="jwt|bearer-token", **kw):
        return self.L(cat, jwt(self.r, claims, alg, **kw))

    def sec(self, shape=None, cat="generic-secret"):
        return self.L(cat, secret(self.r, shape))

    def akid(self, prefix="AKIA", cat="aws-access-key-id"):
        return self.L(cat, aws_akid(self.r, prefix))

    def sak(self, cat="aws-secret-key"):
        return self.L(cat, aws_secret(self.r))

    def pnr(self, form="YYMMDD-NNNC", **kw):
        return self.L("se-personnummer", pnr(self.r, form, **kw))

    def pnr_x(self, form="YYYYMMDD-NNNC", years=(2019, 2026), kind="date-shaped number"):
        return self.X(pnr_lookalike(self.r, form, years), kind)

    def org_x(self, **kw):
        return self.X(orgnr(self.r, **kw), "organisation number")

    def email(self, first=None, last=None, domain=None, style=None):
        if first is None:
            first, last = person(self.r)
        return self.L("email", email_for(self.r, first, last, domain, style))

    def phone(self, cc="SE", form="intl"):
        return self.L("phone", phone(self.r, cc, form))

    def ip4(self):
        return self.L("ipv4", ip4(self.r))

    def ip6(self):
        return self.L("ipv6", ip6(self.r))

    def iban(self, cc="SE", spaced=False):
        return self.L("iban", iban(self.r, cc, spaced))

    def card(self, net=None, sep=""):
        return self.L("credit-card", card(self.r, net, sep))

    def dob(self, f="iso", lo=1945, hi=2006, d=None):
        d = d or birth(self.r, lo, hi)
        return self.L("date-of-birth", fmt_date(d, f))

    def passport(self, cc):
        return self.L("passport", passport(self.r, cc))

    def person(self, sv=False):
        return person(self.r, sv)

    def uuid(self):
        return uuid4(self.r)

    def ts(self, start=1767225600, span=300 * 86400):
        """A UTC datetime inside 2026."""
        return _dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=self.r.randint(start, start + span))
