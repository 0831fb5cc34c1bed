#!/usr/bin/python3.11
"""Deterministic generator of the held-out document corpus.

Written from public format documentation only (see NOTES.md); the author did
not read the scanner's rules. Python 3 standard library only, fixed seed:

    /usr/bin/python3.11 tests/corpus/documents/heldout/generate.py

writes the documents below this directory and labels.tsv. Running it twice
gives the same bytes.
"""

import base64
import hashlib
import json
import os
import random
import shutil
import string
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261202
R = random.Random(SEED)

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
HEXL = "0123456789abcdef"
B64 = UPPER + LOWER + DIG + "+/"
B64URL = UPPER + LOWER + DIG + "-_"
B32 = UPPER + "234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def ri(a, b):
    return R.randint(a, b)


def pick(seq):
    return R.choice(seq)


def b64(data):
    return base64.b64encode(data).decode()


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


CUR = [None]


def auto_decoy(kind):
    """decorator: what the helper returns is a look-alike in the document being built"""
    def deco(fn):
        def wrapper(*a, **k):
            v = fn(*a, **k)
            if CUR[0] is not None and isinstance(v, str):
                CUR[0].D(kind, v)
            return v
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


USED = set()


def unique(fn):
    def wrapper(*a, **k):
        for _ in range(10000):
            v = fn(*a, **k)
            key = v if isinstance(v, str) else repr(v)
            if key not in USED:
                USED.add(key)
                return v
        raise RuntimeError("could not make a unique value with %s" % fn.__name__)
    wrapper.__name__ = fn.__name__
    return wrapper


# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def luhn_break(num):
    last = int(num[-1])
    return num[:-1] + str((last + ri(1, 9)) % 10)


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed([int(x) for x in num if x.isdigit()])):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][ch]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed([int(x) for x in num])):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][ch]]
    return str(VERHOEFF_INV[c])


def bsn_ok(num):
    d = [int(c) for c in num]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97 == 1


def steuer_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_check(ddmmyy, nnn):
    return HETU_CHARS[int(ddmmyy + nnn) % 31]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

CF_ODD = {
    "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
    "A": 1, "B": 0, "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17, "I": 19, "J": 21,
    "K": 2, "L": 4, "M": 18, "N": 20, "O": 11, "P": 3, "Q": 6, "R": 8, "S": 12, "T": 14,
    "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23}


def cf_check(first15):
    total = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:  # 1st, 3rd ... character (odd positions, 1-based)
            total += CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26)


def nir_key(nir13):
    n = nir13.replace("2A", "19").replace("2B", "18")
    return "%02d" % (97 - int(n) % 97)


def _selftest():
    assert luhn_ok("4539578763621486")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert bsn_ok("111222333")
    assert hetu_check("131052", "308") == "T"
    assert DNI_LETTERS[12345678 % 23] == "Z"
    assert cf_check("RSSMRA85T10A562") == "S"
    assert steuer_check("8609574271") == "9"


_selftest()


# ------------------------------------------------------------ people & words

FIRST = {
    "US": ["Jennifer", "Marcus", "Tanisha", "Bradley", "Keisha", "Dustin", "Latoya", "Brent", "Courtney", "Trevor", "Shanice", "Colby"],
    "GB": ["Oliver", "Siobhan", "Callum", "Harriet", "Rhys", "Imogen", "Alistair", "Bethany", "Declan", "Niamh"],
    "DE": ["Jürgen", "Anke", "Torsten", "Heike", "Malte", "Svenja", "Dirk", "Ute", "Bernd", "Frauke"],
    "FR": ["Amélie", "Thibault", "Séverine", "Gaëtan", "Margaux", "Benoît", "Clémence", "Yannick"],
    "NL": ["Sanne", "Joost", "Femke", "Bram", "Maartje", "Sjoerd", "Lieke", "Thijs"],
    "SE": ["Linnea", "Björn", "Ingrid", "Anders", "Elsa", "Magnus", "Sofia", "Pelle"],
    "FI": ["Aino", "Juha", "Kaisa", "Mikko", "Tuula", "Jari", "Satu", "Teemu"],
    "ES": ["Lucía", "Javier", "Mercedes", "Álvaro", "Rocío", "Iñaki", "Pilar", "Sergio"],
    "IT": ["Giulia", "Lorenzo", "Chiara", "Matteo", "Federica", "Davide", "Alessia", "Stefano"],
    "IN": ["Priya", "Rahul", "Ananya", "Vikram", "Deepika", "Arjun", "Kavya", "Sanjay"],
}
LAST = {
    "US": ["Whitfield", "Okafor", "Delgado", "Kowalczyk", "Harrington", "McAllister", "Brennan", "Vasquez", "Pruitt", "Lindqvist"],
    "GB": ["Pemberton", "Ashworth", "Fairbairn", "Cartwright", "Hollis", "Threlfall", "Gwynne", "Rowntree"],
    "DE": ["Schäfer", "Brockmann", "Wendt", "Oberländer", "Kessler", "Hülsmann", "Rietdorf", "Pohl"],
    "FR": ["Lefebvre", "Moreau", "Garnier", "Chevalier", "Rousseau", "Fontaine", "Gauthier", "Perrin"],
    "NL": ["de Vries", "Bakker", "Visser", "van Dijk", "Smit", "Mulder", "de Boer", "Hendriks"],
    "SE": ["Lindström", "Bergqvist", "Sjöberg", "Holmgren", "Nyström", "Engström", "Wallin"],
    "FI": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen", "Salminen"],
    "ES": ["García", "Fernández", "Ruiz", "Navarro", "Castillo", "Ortega", "Iglesias", "Serrano"],
    "IT": ["Bianchi", "Colombo", "Ferrari", "Esposito", "Ricci", "Marino", "Greco", "Galli"],
    "IN": ["Sharma", "Iyer", "Reddy", "Nair", "Banerjee", "Kulkarni", "Menon", "Chatterjee"],
}
MAIL_DOMAINS = {
    "US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "hotmail.com"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    "SE": ["telia.com", "gmail.com", "bredband.net", "outlook.com"],
    "FI": ["elisanet.fi", "gmail.com", "kolumbus.fi", "outlook.com"],
    "ES": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
}
COMPANY_DOMAINS = ["nordhafen-logistik.de", "brightwave.io", "kestrel-analytics.com", "tallyhoapp.co.uk",
                   "fjordline-systems.no", "cobaltpay.eu", "verdanthealth.org", "quillstack.dev",
                   "helmsgate.com", "larkspur-insurance.com", "maraviglia.it", "pixelforge.fr",
                   "oakridge-clinic.co.uk", "sundsvall-energi.se", "tuulivoima.fi", "ribera-seguros.es",
                   "zenithfreight.in", "polderbank.nl", "acornlegal.com", "meridian-hr.de"]
COUNTRIES = ["US", "GB", "DE", "FR", "NL", "SE", "FI", "ES", "IT", "IN"]


def deaccent(s):
    src, dst = "äöüÄÖÜßéèêëàâçîïôûùÉÅåøæíóúñÑÁáÍ", "aouAOUseeeeaaciiouuEAaoaiounNAaI"
    tr = str.maketrans(src, dst[:len(src)].ljust(len(src), "a"))
    return s.translate(tr).replace(" ", "")


class Person:
    def __init__(self, country=None):
        self.country = country or pick(COUNTRIES)
        self.first = pick(FIRST[self.country])
        self.last = pick(LAST[self.country])
        self.name = "%s %s" % (self.first, self.last)


@unique
def v_email(person=None, company=None):
    p = person or Person()
    f, l = deaccent(p.first).lower(), deaccent(p.last).lower()
    local = pick([f + "." + l, f[0] + l, f + l + str(ri(2, 99)), f + "_" + l, l + "." + f[0],
                  f + "." + l + str(ri(60, 99)), f[0] + "." + l])
    dom = company or (pick(COMPANY_DOMAINS) if R.random() < 0.45 else pick(MAIL_DOMAINS[p.country]))
    if R.random() < 0.08:
        local += "+" + pick(["shop", "news", "billing", "jira"])
    return local + "@" + dom


@unique
def v_role_email(company=None):
    return pick(["billing", "accounts", "support", "hr", "payroll", "dpo", "ops-alerts", "finance",
                 "invoices", "security", "noreply-orders"]) + "@" + (company or pick(COMPANY_DOMAINS))


# phones: (country) -> display forms; fictitious ranges are avoided by construction
US_AREAS = ["212", "213", "305", "312", "415", "503", "617", "646", "702", "713", "718", "206", "404",
            "512", "720", "801", "919", "971", "347", "929", "416", "604", "773", "469"]


def _nanp_exchange():
    while True:
        x = "%03d" % ri(201, 989)
        if x != "555" and x[1:] != "11" and x[0] not in "01":
            return x


@unique
def v_phone(country=None):
    c = country or pick(COUNTRIES + ["AU", "BR", "JP", "CH", "IE", "PL"])
    if c == "US":
        a, x, n = pick(US_AREAS), _nanp_exchange(), "%04d" % ri(0, 9999)
        return pick(["+1 %s-%s-%s" % (a, x, n), "(%s) %s-%s" % (a, x, n), "%s.%s.%s" % (a, x, n),
                     "+1%s%s%s" % (a, x, n), "1-%s-%s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n),
                     "+1 (%s) %s-%s" % (a, x, n)])
    if c == "GB":
        if R.random() < 0.5:
            m = "7%d%02d" % (pick([4, 5, 8, 9]), ri(0, 99))
            r6 = "%06d" % ri(100000, 999999)
            return pick(["0%s %s" % (m, r6), "+44 %s %s" % (m, r6), "+44%s%s" % (m, r6),
                         "0%s %s %s" % (m, r6[:3], r6[3:])])
        area, local = pick([("20", "7%03d %04d" % (ri(100, 899), ri(0, 9999))),
                            ("20", "8%03d %04d" % (ri(100, 899), ri(0, 9999))),
                            ("161", "%03d %04d" % (ri(200, 899), ri(0, 9999))),
                            ("131", "%03d %04d" % (ri(200, 899), ri(0, 9999))),
                            ("117", "%03d %04d" % (ri(200, 899), ri(0, 9999)))])
        if local.startswith("496") or local.startswith("7946"):
            local = "2" + local[1:]
        return pick(["0%s %s" % (area, local), "+44 %s %s" % (area, local), "+44 (0)%s %s" % (area, local)])
    if c == "DE":
        if R.random() < 0.5:
            m = pick(["151", "160", "170", "171", "172", "176", "157", "163"])
            n = "%07d" % ri(1000000, 9999999) + pick(["", str(ri(0, 9))])
            return pick(["+49 %s %s" % (m, n), "0%s %s" % (m, n), "0%s/%s" % (m, n), "+49%s%s" % (m, n),
                         "+49 (0)%s %s" % (m, n)])
        a = pick(["30", "40", "89", "221", "69", "711", "351", "511"])
        n = "%d" % ri(200000, 99999999)
        return pick(["+49 %s %s" % (a, n), "0%s %s" % (a, n), "0%s-%s" % (a, n), "(0%s) %s" % (a, n)])
    if c == "FR":
        d = pick(["1", "6", "7", "4", "2", "5"])
        g = ["%02d" % ri(10, 99) for _ in range(4)]
        return pick(["0%s %s" % (d, " ".join(g)), "+33 %s %s" % (d, " ".join(g)), "0%s.%s" % (d, ".".join(g)),
                     "+33%s%s" % (d, "".join(g)), "+33 (0)%s %s" % (d, " ".join(g))])
    if c == "NL":
        if R.random() < 0.6:
            n = "%08d" % ri(10000000, 99999999)
            return pick(["06-%s" % n, "+31 6 %s" % n, "+316%s" % n, "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
        return pick(["020-%03d %04d" % (ri(200, 899), ri(0, 9999)), "+31 20 %03d %04d" % (ri(200, 899), ri(0, 9999)),
                     "010-%07d" % ri(2000000, 8999999)])
    if c == "SE":
        if R.random() < 0.6:
            p = pick(["70", "72", "73", "76", "79"])
            a, b, cc = ri(100, 999), ri(10, 99), ri(10, 99)
            return pick(["0%s-%d %d %d" % (p, a, b, cc), "+46 %s %d %d %d" % (p, a, b, cc), "+46%s%d%d%d" % (p, a, b, cc)])
        return pick(["08-%03d %02d %02d" % (ri(100, 899), ri(0, 99), ri(0, 99)), "+46 8 %03d %02d %02d" % (ri(100, 899), ri(0, 99), ri(0, 99))])
    if c == "FI":
        p = pick(["40", "41", "44", "45", "50"])
        n = "%07d" % ri(1000000, 9999999)
        return pick(["0%s %s %s" % (p, n[:3], n[3:]), "+358 %s %s %s" % (p, n[:3], n[3:]), "+358%s%s" % (p, n),
                     "0%s-%s" % (p, n)])
    if c == "ES":
        n = "%d%08d" % (pick([6, 7, 9]), ri(0, 99999999))
        return pick(["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), "+34%s" % n,
                     "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
    if c == "IT":
        if R.random() < 0.6:
            n = "3%d%d%07d" % (ri(2, 9), ri(0, 9), ri(0, 9999999))
            return pick(["+39 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), "+39%s" % n,
                         "%s/%s" % (n[:3], n[3:])])
        return pick(["02 %04d %04d" % (ri(1000, 9999), ri(0, 9999)), "+39 06 %04d %04d" % (ri(1000, 9999), ri(0, 9999))])
    if c == "IN":
        n = "%d%09d" % (pick([9, 8, 7]), ri(0, 999999999))
        return pick(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "0%s" % n, "+91%s" % n, "%s %s" % (n[:5], n[5:])])
    if c == "AU":
        n = "4%02d%06d" % (ri(0, 89), ri(0, 999999))
        if n.startswith("491"):
            n = "412" + n[3:]
        return pick(["+61 %s %s %s" % (n[:3], n[3:6], n[6:]), "0%s %s %s" % (n[:3], n[3:6], n[6:]), "+61%s" % n])
    if c == "BR":
        return pick(["+55 11 9%04d-%04d" % (ri(1000, 9999), ri(0, 9999)), "(21) 9%04d-%04d" % (ri(1000, 9999), ri(0, 9999)),
                     "+55 (31) 9%04d-%04d" % (ri(1000, 9999), ri(0, 9999))])
    if c == "JP":
        return pick(["+81 3-%04d-%04d" % (ri(1000, 9999), ri(0, 9999)), "090-%04d-%04d" % (ri(1000, 9999), ri(0, 9999)),
                     "+81 80 %04d %04d" % (ri(1000, 9999), ri(0, 9999))])
    if c == "CH":
        return pick(["+41 79 %03d %02d %02d" % (ri(100, 999), ri(0, 99), ri(0, 99)), "044 %03d %02d %02d" % (ri(200, 899), ri(0, 99), ri(0, 99))])
    if c == "IE":
        return pick(["+353 87 %03d %04d" % (ri(100, 999), ri(0, 9999)), "086 %03d %04d" % (ri(100, 999), ri(0, 9999))])
    if c == "PL":
        return pick(["+48 6%02d %03d %03d" % (ri(0, 99), ri(0, 999), ri(0, 999)), "+48 22 %03d %02d %02d" % (ri(100, 899), ri(0, 99), ri(0, 99))])
    raise ValueError(c)


@auto_decoy('fake-phone')
def fake_phone():
    """Published fictitious numbers (NANP 555-01xx, Ofcom drama ranges, ACMA)."""
    return pick(["(212) 555-01%02d" % ri(0, 99), "+1 415 555 01%02d" % ri(0, 99), "555-01%02d" % ri(0, 99),
                 "020 7946 0%03d" % ri(0, 999), "+44 20 7946 0%03d" % ri(0, 999), "07700 900%03d" % ri(0, 999),
                 "+44 7700 900%03d" % ri(0, 999), "01632 960%03d" % ri(0, 999), "0113 496 0%03d" % ri(0, 999),
                 "0491 570 %03d" % ri(156, 159), "+61 491 570 %03d" % ri(156, 159), "1-800-555-01%02d" % ri(0, 99)])


# ---------------------------------------------------------------- payment

CARD_TEST = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556",
             "5105 1051 0510 5100", "3782 822463 10005", "3714 496353 98431", "6011 1111 1111 1117",
             "4012 8888 8888 1881", "5200 8282 8282 8210", "3530 1113 3330 0000", "2223 0031 2200 3222",
             "4000 0000 0000 0002", "4000 0000 0000 9995", "3566 0020 2036 0505", "6011 0009 9013 9424"]


def _card_digits():
    kind = pick(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "maestro", "up"])
    if kind == "visa":
        p, n = "4" + "%05d" % ri(0, 99999), 16
    elif kind == "mc":
        p, n = str(ri(51, 55)) + "%04d" % ri(0, 9999), 16
    elif kind == "mc2":
        p, n = str(ri(2221, 2720)) + "%02d" % ri(0, 99), 16
    elif kind == "amex":
        p, n = pick(["34", "37"]) + "%04d" % ri(0, 9999), 15
    elif kind == "disc":
        p, n = pick(["6011", "65%02d" % ri(0, 99)]) + "%02d" % ri(0, 99), 16
    elif kind == "jcb":
        p, n = str(ri(3528, 3589)) + "%02d" % ri(0, 99), 16
    elif kind == "diners":
        p, n = pick(["36", "38", "300", "305"]), 14
    elif kind == "maestro":
        p, n = pick(["6759", "6761", "5018", "5020"]), pick([16, 19])
    else:
        p, n = "62" + "%04d" % ri(0, 9999), 16
    body = p + "".join(pick(DIG) for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def card_format(d, style=None):
    style = style or pick(["plain", "space", "dash", "space", "plain"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


@unique
def v_card(style=None):
    return card_format(_card_digits(), style)


@auto_decoy('bad-card')
def bad_card():
    """16 digits with a card prefix that fail Luhn."""
    return card_format(luhn_break(_card_digits()))


@auto_decoy('masked-card')
def masked_card():
    d = _card_digits()
    return pick([d[:6] + "*" * (len(d) - 10) + d[-4:], "**** **** **** " + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:],
                 d[:4] + " **** **** " + d[-4:], "•••• " + d[-4:]])


@unique
def v_ssn(style=None):
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g, s = ri(1, 99), ri(1, 9999)
    if (a, g, s) in [(78, 5, 1120), (219, 9, 9999), (123, 45, 6789), (111, 22, 3333)]:
        s += 1
    style = style or pick(["dash", "dash", "dash", "space", "plain"])
    f = {"dash": "%03d-%02d-%04d", "space": "%03d %02d %04d", "plain": "%03d%02d%04d"}[style]
    return f % (a, g, s)


@auto_decoy('fake-ssn')
def fake_ssn():
    return pick(["078-05-1120", "219-09-9999", "123-45-6789", "000-%02d-%04d" % (ri(1, 99), ri(1, 9999)),
                 "666-%02d-%04d" % (ri(1, 99), ri(1, 9999)), "9%02d-%02d-%04d" % (ri(0, 99), ri(1, 99), ri(1, 9999)),
                 "%03d-00-%04d" % (ri(1, 665), ri(1, 9999)), "%03d-%02d-0000" % (ri(1, 665), ri(1, 99)),
                 "***-**-%04d" % ri(1, 9999), "XXX-XX-%04d" % ri(1, 9999), "111-22-3333"])


def _bban_be():
    n = ri(0, 9999999999)
    c = n % 97 or 97
    return "%010d%02d" % (n, c)


def _bban_fr():
    bank, branch, acct = ri(10000, 30000), ri(0, 99999), ri(0, 99999999999)
    key = 97 - ((89 * bank + 15 * branch + 3 * acct) % 97)
    return "%05d%05d%011d%02d" % (bank, branch, acct, key)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def _bban_es():
    bank, branch, acct = "%04d" % ri(1, 2999), "%04d" % ri(0, 9999), "%010d" % ri(0, 9999999999)
    return bank + branch + "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct)) + acct


def _bban_no():
    while True:
        ten = "%04d%06d" % (ri(1000, 9999), ri(0, 999999))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return ten + str(c)


def _bban_fi():
    return luhn_complete("%d%012d" % (pick([1, 2, 4, 5, 8]), ri(0, 999999999999)))


def _bban_it():
    rest = "%05d%05d%012d" % (ri(1000, 9999), ri(0, 99999), ri(0, 999999999999))
    return _it_cin(rest) + rest


def _it_cin(s22):
    total = 0
    for i, ch in enumerate(s22):
        total += CF_ODD[ch] if i % 2 == 0 else int(ch)
    return chr(65 + total % 26)


def _bban_nl():
    while True:
        acct = "%010d" % ri(100000000, 999999999)
        if sum(int(a) * (10 - i) for i, a in enumerate(acct)) % 11 == 0:
            return pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + acct


IBAN_SPECS = {
    "DE": lambda: "%08d%010d" % (ri(10000000, 89999999), ri(0, 9999999999)),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + "%06d%08d" % (ri(100000, 999999), ri(0, 99999999)),
    "FR": _bban_fr,
    "NL": _bban_nl,
    "ES": _bban_es,
    "IT": _bban_it,
    "BE": _bban_be,
    "AT": lambda: "%05d%011d" % (ri(10000, 99999), ri(0, 99999999999)),
    "CH": lambda: "%05d%012d" % (ri(100, 9999), ri(0, 999999999999)),
    "SE": lambda: "%03d%017d" % (ri(100, 999), ri(0, 99999999999999999)),
    "FI": _bban_fi,
    "PL": lambda: "%024d" % ri(0, 10 ** 24 - 1),
    "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + "%06d%08d" % (ri(900000, 999999), ri(0, 99999999)),
    "PT": lambda: "%021d" % ri(0, 10 ** 21 - 1),
    "DK": lambda: "%014d" % ri(0, 10 ** 14 - 1),
    "NO": _bban_no,
    "LU": lambda: "%03d%013d" % (ri(1, 999), ri(0, 10 ** 13 - 1)),
}


def iban_group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


@unique
def v_iban(country=None, spaced=None):
    cc = country or pick(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    iban = cc + iban_check(cc, bban) + bban
    assert iban_ok(iban)
    if spaced is None:
        spaced = R.random() < 0.45
    return iban_group(iban) if spaced else iban


IBAN_DOC = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
            "DE89370400440532013000", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300",
            "CH93 0076 2011 6238 5295 7", "ES91 2100 0418 4502 0005 1332", "BE68 5390 0754 7034",
            "IT60 X054 2811 1010 0000 0123 456", "AT61 1904 3002 3457 3201", "SE45 5000 0000 0583 9825 7466"]


@auto_decoy('iban-bad')
def bad_iban():
    cc = pick(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    good = iban_check(cc, bban)
    bad = "%02d" % ((int(good) + ri(1, 50)) % 97 + 2)
    if bad == good:
        bad = "%02d" % (int(good) % 96 + 2)
    s = cc + bad + bban
    return iban_group(s) if R.random() < 0.5 else s


# ---------------------------------------------------------------- national ids

@unique
def v_nino(spaced=None):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = "%06d" % ri(0, 999999)
    s = pick("ABCD")
    if spaced is None:
        spaced = R.random() < 0.5
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s) if spaced else p + d + s


@auto_decoy('bad-id')
def fake_nino():
    return pick(["QQ 12 34 56 C", "QQ123456C", "QQ 12 34 56 A", "BG%06dA" % ri(0, 999999), "GB%06dB" % ri(0, 999999),
                 "ZZ %02d %02d %02d D" % (ri(0, 99), ri(0, 99), ri(0, 99)), "NK%06dC" % ri(0, 999999),
                 "DA%06dA" % ri(0, 999999), "JK%06dE" % ri(0, 999999), "TN %02d %02d %02d A" % (ri(0, 99), ri(0, 99), ri(0, 99))])


@unique
def v_bsn(style=None):
    while True:
        d = "%d%07d" % (ri(1, 6), ri(0, 9999999))
        for c in DIG:
            if bsn_ok(d + c):
                n = d + c
                break
        else:
            continue
        break
    style = style or pick(["plain", "plain", "dots", "space"])
    if style == "dots":
        return "%s.%s.%s" % (n[:4], n[4:6], n[6:])
    if style == "space":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    return n


@auto_decoy('bad-id')
def bad_bsn():
    while True:
        n = "%09d" % ri(100000000, 699999999)
        if not bsn_ok(n):
            return n


def _date(y0=1940, y1=2004):
    y = ri(y0, y1)
    m = ri(1, 12)
    d = ri(1, 28)
    return y, m, d


@unique
def v_personnummer(style=None):
    y, m, d = _date(1935, 2006)
    day = d + (60 if R.random() < 0.07 else 0)  # samordningsnummer
    nnn = "%03d" % ri(0, 999)
    ten9 = "%02d%02d%02d%s" % (y % 100, m, day, nnn)
    ten = luhn_complete(ten9)
    style = style or pick(["short", "short", "long", "longplain", "shortplain"])
    if style == "short":
        sep = "+" if y < 1926 else "-"
        return ten[:6] + sep + ten[6:]
    if style == "long":
        return "%d%s-%s" % (y // 100, ten[:6], ten[6:])
    if style == "longplain":
        return "%d%s" % (y // 100, ten)
    return ten


@auto_decoy('bad-id')
def bad_personnummer():
    y, m, d = _date(1950, 2000)
    ten = luhn_break(luhn_complete("%02d%02d%02d%03d" % (y % 100, m, d, ri(0, 999))))
    return ten[:6] + "-" + ten[6:]


@unique
def v_hetu():
    y, m, d = _date(1930, 2012)
    if y < 2000:
        sign = pick("--------YXWVU")
    else:
        sign = pick("AAAAABCDEF")
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    nnn = "%03d" % ri(2, 899)
    return ddmmyy + sign + nnn + hetu_check(ddmmyy, nnn)


@auto_decoy('bad-id')
def bad_hetu():
    y, m, d = _date(1950, 1999)
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    nnn = "%03d" % ri(2, 899)
    good = hetu_check(ddmmyy, nnn)
    bad = pick([c for c in HETU_CHARS if c != good])
    return ddmmyy + "-" + nnn + bad


@unique
def v_steuer(style=None):
    while True:
        digits = list(DIG)
        R.shuffle(digits)
        missing = digits[0]
        rest = digits[1:]
        dbl = pick(rest)
        ten = rest + [dbl]
        R.shuffle(ten)
        if ten[0] != "0":
            break
    ten = "".join(ten)
    n = ten + steuer_check(ten)
    style = style or pick(["plain", "plain", "space"])
    if style == "space":
        return "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])
    return n


@auto_decoy('bad-id')
def bad_steuer():
    n = v_steuer("plain")
    USED.discard(n)
    return n[:-1] + str((int(n[-1]) + ri(1, 9)) % 10)


DEPTS = ["75", "69", "13", "33", "59", "31", "44", "67", "06", "2A", "2B", "92", "93", "94", "35", "38", "76"]


@unique
def v_nir(style=None):
    sex = pick("12")
    y, m, d = _date(1940, 2004)
    dept = pick(DEPTS)
    commune = "%03d" % ri(1, 989)
    order = "%03d" % ri(1, 999)
    n13 = "%s%02d%02d%s%s%s" % (sex, y % 100, m, dept, commune, order)
    key = nir_key(n13)
    style = style or pick(["space", "plain", "space"])
    if style == "space":
        return "%s %s %s %s %s %s %s" % (n13[0], n13[1:3], n13[3:5], n13[5:7], n13[7:10], n13[10:13], key)
    return n13 + key


@auto_decoy('bad-id')
def bad_nir():
    n = v_nir("plain")
    USED.discard(n)
    k = (int(n[-2:]) + ri(1, 40)) % 97 + 1
    return n[:-2] + "%02d" % k


@unique
def v_dni(style=None):
    if R.random() < 0.3:
        pre = pick("XYZ")
        num = ri(0, 9999999)
        letter = DNI_LETTERS[int(str("XYZ".index(pre)) + "%07d" % num) % 23]
        s = "%s%07d%s" % (pre, num, letter)
        return pick([s, "%s-%07d-%s" % (pre, num, letter)]) if style is None else s
    num = ri(1000000, 79999999)
    letter = DNI_LETTERS[num % 23]
    style = style or pick(["plain", "plain", "dash", "dots"])
    if style == "dash":
        return "%08d-%s" % (num, letter)
    if style == "dots":
        s = "%08d" % num
        return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], letter)
    return "%08d%s" % (num, letter)


@auto_decoy('bad-id')
def bad_dni():
    num = ri(1000000, 79999999)
    letter = pick([c for c in DNI_LETTERS if c != DNI_LETTERS[num % 23]])
    return "%08d%s" % (num, letter)


CF_MONTHS = "ABCDEHLMPRST"
CF_COMUNI = ["F205", "H501", "L219", "A944", "G273", "F839", "D612", "L736", "C351", "B157", "E506", "G224"]
CONS = "BCDFGHJKLMNPQRSTVWXYZ"


@unique
def v_cf():
    s = rs(CONS, 3) + rs(CONS, 2) + pick("AEIOU" + CONS)
    y, m, d = _date(1945, 2004)
    day = d + (40 if R.random() < 0.5 else 0)
    body = "%s%02d%s%02d%s" % (s, y % 100, CF_MONTHS[m - 1], day, pick(CF_COMUNI))
    return body + cf_check(body)


@auto_decoy('bad-id')
def bad_cf():
    c = v_cf()
    USED.discard(c)
    return c[:-1] + pick([x for x in UPPER if x != c[-1]])


@unique
def v_aadhaar(style=None):
    eleven = str(ri(2, 9)) + "%010d" % ri(0, 9999999999)
    n = eleven + verhoeff_digit(eleven)
    assert verhoeff_ok(n)
    style = style or pick(["space", "space", "plain", "dash"])
    if style == "space":
        return "%s %s %s" % (n[:4], n[4:8], n[8:])
    if style == "dash":
        return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
    return n


@auto_decoy('bad-id')
def bad_aadhaar():
    while True:
        n = str(ri(2, 9)) + "%011d" % ri(0, 99999999999)
        if not verhoeff_ok(n):
            return "%s %s %s" % (n[:4], n[4:8], n[8:])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


@unique
def v_dob(style=None):
    y, m, d = _date(1938, 2007)
    style = style or pick(["iso", "iso", "dmy_slash", "mdy_slash", "dmy_dot", "long", "us_long", "de_long", "compact"])
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "dmy_slash": "%02d/%02d/%04d" % (d, m, y),
        "mdy_slash": "%02d/%02d/%04d" % (m, d, y),
        "dmy_dot": "%02d.%02d.%04d" % (d, m, y),
        "long": "%d %s %d" % (d, MONTHS[m - 1], y),
        "us_long": "%s %d, %d" % (MONTHS[m - 1], d, y),
        "de_long": "%d. %s %d" % (d, MONATE[m - 1], y),
        "compact": "%04d%02d%02d" % (y, m, d),
    }[style]


@auto_decoy('other-date')
def other_date():
    y, m, d = ri(2019, 2026), ri(1, 12), ri(1, 28)
    return pick(["%04d-%02d-%02d" % (y, m, d), "%02d/%02d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])


@unique
def v_passport(country=None):
    c = country or pick(COUNTRIES)
    if c == "US":
        return pick(["%09d" % ri(500000000, 599999999), pick("ACEHJ") + "%08d" % ri(0, 99999999)])
    if c == "GB":
        return "%09d" % ri(100000000, 999999999)
    if c == "DE":
        return pick("CFGHJK") + rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
    if c == "FR":
        return "%02d%s%05d" % (ri(10, 24), rs(UPPER, 2), ri(0, 99999))
    if c == "NL":
        return rs("ABCDEFGHIJKLMNPRSTUVWXYZ", 2) + rs("ABCDEFGHIJKLMNPRSTUVWXYZ0123456789", 6) + pick(DIG)
    if c == "IN":
        return pick("JKLMNPRSTUVWZ") + "%07d" % ri(1000000, 9999999)
    if c == "ES":
        return rs(UPPER, 3) + "%06d" % ri(0, 999999)
    if c == "IT":
        return rs(UPPER, 2) + "%07d" % ri(0, 9999999)
    if c == "SE":
        return "%08d" % ri(10000000, 99999999)
    if c == "FI":
        return rs(UPPER, 2) + "%07d" % ri(0, 9999999)
    return rs(UPPER, 2) + "%07d" % ri(0, 9999999)


# ---------------------------------------------------------------- network

IPV4_FIRST = [3, 5, 8, 13, 18, 23, 31, 34, 35, 37, 45, 46, 51, 52, 54, 62, 66, 69, 72, 77, 78, 79, 80, 81, 82,
              83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 104, 108, 109, 128, 130, 134, 137, 141, 144,
              146, 151, 152, 154, 157, 159, 162, 165, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


@unique
def v_ipv4():
    return "%d.%d.%d.%d" % (pick(IPV4_FIRST), ri(0, 255), ri(0, 255), ri(1, 254))


@auto_decoy('private-ip')
def private_ipv4():
    return pick(["10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)), "192.168.%d.%d" % (ri(0, 255), ri(1, 254)),
                 "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254)), "127.0.0.1",
                 "192.0.2.%d" % ri(1, 254), "198.51.100.%d" % ri(1, 254), "203.0.113.%d" % ri(1, 254),
                 "169.254.%d.%d" % (ri(0, 255), ri(1, 254)),
                 "0.0.0.0", "255.255.255.0"])


@auto_decoy('version-oid')
def ip_lookalike():
    """Version numbers and OIDs that look like dotted quads."""
    return pick(["1.3.6.1.2.1.1.%d" % ri(1, 9), "1.3.6.1.4.1.%d.%d.%d" % (ri(100, 40000), ri(1, 9), ri(1, 9)),
                 "%d.%d.%d.%d" % (ri(1, 12), ri(0, 20), ri(0, 40), ri(100, 9999)),
                 "v%d.%d.%d.%d" % (ri(1, 9), ri(0, 9), ri(0, 9), ri(0, 99)),
                 "2.16.840.1.%d.%d" % (ri(100000, 114000), ri(1, 9))])


V6_PREFIXES = ["2a01:4f8", "2600:1f18", "2a00:1450", "2606:4700", "2001:41d0", "2a02:8108", "2a03:2880",
               "2607:f8b0", "2a0a:a540", "2c0f:fb50", "2400:cb00", "2804:14c", "2a05:d014", "2620:0:2d0"]


@unique
def v_ipv6(style=None):
    pre = pick(V6_PREFIXES).split(":")
    groups = pre + ["%x" % ri(0, 0xffff) for _ in range(8 - len(pre))]
    style = style or pick(["full", "compressed", "compressed", "upper"])
    if style == "compressed":
        k = ri(len(pre), 5)
        groups = groups[:k] + ["0"] * ri(2, 3) + groups[k:]
        groups = groups[:8]
        # compress the first run of zeros
        s = ":".join(groups)
        zeros = ":".join(["0"] * 2)
        if zeros in s:
            i = groups.index("0")
            j = i
            while j < 8 and groups[j] == "0":
                j += 1
            left = ":".join(groups[:i])
            right = ":".join(groups[j:])
            return left + "::" + right
        return s
    s = ":".join(groups)
    return s.upper() if style == "upper" else s


@auto_decoy('ipv6-nonpublic')
def fake_ipv6():
    return pick(["::1", "fe80::%x:%x:%x:%x" % (ri(0, 0xffff), ri(0, 0xffff), ri(0, 0xffff), ri(0, 0xffff)),
                 "fd%02x:%x:%x::%x" % (ri(0, 255), ri(0, 0xffff), ri(0, 0xffff), ri(1, 0xffff)),
                 "2001:db8:%x::%x" % (ri(0, 0xffff), ri(1, 0xffff)), "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
                 "::ffff:10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))])


@auto_decoy('mac')
def mac():
    return ":".join("%02x" % ri(0, 255) for _ in range(6))


# ---------------------------------------------------------------- secrets

@unique
def v_aws_id(kind=None):
    return (kind or pick(["AKIA", "AKIA", "AKIA", "ASIA"])) + rs(B32, 16)


@auto_decoy('aws-other-id')
def fake_aws_id():
    return pick(["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "AROA" + rs(B32, 17), "AIDA" + rs(B32, 17),
                 "AKIA" + "X" * 16, "AKIAXXXXXXXXXXXXXXXX", "ANPA" + rs(B32, 17), "AGPA" + rs(B32, 17),
                 "AKIA" + rs(B32, 9) + "EXAMPLE"])


@unique
def v_aws_secret():
    return rs(B64, 40)


AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _b62(n, width):
    a = DIG + UPPER + LOWER
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = a[r] + s
    return s.rjust(width, "0")


@unique
def v_github(kind=None):
    kind = kind or pick(["ghp_", "ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    if kind == "github_pat_":
        return "github_pat_" + "11" + rs(UPPER + DIG, 20) + "_" + rs(ALNUM, 59)
    body = rs(ALNUM, 30)
    return kind + body + _b62(zlib.crc32(body.encode()), 6)


@unique
def v_gitlab(kind=None):
    kind = kind or pick(["glpat-", "glpat-", "glpat-", "glpat-r", "gldt-", "glrt-", "glptt-", "glcbt-", "gloas-", "glft-"])
    if kind == "glpat-r":
        return "glpat-" + rs(B64URL, 27) + "." + "01" + "." + rs(LOWER + DIG, 9)
    if kind == "glptt-":
        return "glptt-" + rs(HEXL, 40)
    if kind == "glrt-":
        return "glrt-" + pick(["", "t1_"]) + rs(ALNUM + "_-", 20)
    if kind == "glcbt-":
        return "glcbt-" + "%x" % ri(1, 64) + "_" + rs(ALNUM + "_-", 20)
    if kind == "gloas-":
        return "gloas-" + rs(HEXL, 64)
    return kind + rs(ALNUM + "_-", 20)


@unique
def v_slack(kind=None):
    kind = kind or pick(["xoxb", "xoxb", "xoxp", "xapp", "xoxe.xoxp", "xoxe", "xoxa", "xoxr", "xoxs"])
    t = "%d" % ri(10 ** 9, 10 ** 12)
    if kind == "xoxb":
        return "xoxb-%s-%d-%s" % (t, ri(10 ** 11, 10 ** 13), rs(ALNUM, 24))
    if kind == "xoxp":
        return "xoxp-%s-%d-%d-%s" % (t, ri(10 ** 11, 10 ** 13), ri(10 ** 11, 10 ** 13), rs(HEXL, 32))
    if kind == "xapp":
        return "xapp-1-A%s-%d-%s" % (rs(UPPER + DIG, 10), ri(10 ** 12, 10 ** 13), rs(HEXL, 64))
    if kind == "xoxe.xoxp":
        return "xoxe.xoxp-1-" + rs(ALNUM, 140)
    if kind == "xoxe":
        return "xoxe-1-" + rs(ALNUM, 120)
    if kind == "xoxa":
        return "xoxa-2-%s-%d-%s" % (t, ri(10 ** 11, 10 ** 13), rs(HEXL, 32))
    if kind == "xoxr":
        return "xoxr-%s-%d-%s" % (t, ri(10 ** 11, 10 ** 13), rs(ALNUM, 24))
    return "xoxs-%s-%d-%d-%s" % (t, ri(10 ** 11, 10 ** 13), ri(10 ** 11, 10 ** 13), rs(HEXL, 64))


@unique
def v_slack_hook(kind=None):
    kind = kind or pick(["services", "services", "services", "workflows", "triggers", "http"])
    team = "T" + rs(UPPER + DIG, pick([8, 10]))
    if kind == "workflows":
        return "https://hooks.slack.com/workflows/%s/A%s/%d/%s" % (team, rs(UPPER + DIG, 10), ri(10 ** 17, 10 ** 18), rs(ALNUM, 24))
    if kind == "triggers":
        return "https://hooks.slack.com/triggers/%s/%d/%s" % (team, ri(10 ** 12, 10 ** 13), rs(HEXL, 32))
    scheme = "http" if kind == "http" else "https"
    return "%s://hooks.slack.com/services/%s/B%s/%s" % (scheme, team, rs(UPPER + DIG, pick([8, 10])), rs(ALNUM, 24))


SLACK_DOC_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"


@unique
def v_stripe():
    p = pick(["sk_live_", "sk_live_", "rk_live_"])
    return p + pick(["51" + rs(ALNUM, 97), rs(ALNUM, 24), rs(ALNUM, 34)])


@auto_decoy('stripe-pub')
def fake_stripe():
    return pick(["pk_live_" + rs(ALNUM, 24), "pk_live_51" + rs(ALNUM, 97), "sk_test_" + rs(ALNUM, 24),
                 "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "rk_test_" + rs(ALNUM, 24), "pk_test_" + rs(ALNUM, 24),
                 "sk_live_" + "x" * 24, "sk_live_..."])


@unique
def v_google():
    return "AIza" + pick(["Sy"]) + rs(ALNUM + "-_", 33)


@unique
def v_openai():
    k = pick(["legacy", "proj", "proj", "svc", "admin"])
    if k == "legacy":
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    if k == "proj":
        return "sk-proj-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)
    if k == "svc":
        return "sk-svcacct-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)
    return "sk-admin-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)


@unique
def v_anthropic():
    p = pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"])
    return p + rs(ALNUM + "-_", 93) + "AA"


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
          "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def _jwt_parts(claims=None, alg=None):
    alg = alg or pick(["HS256", "RS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg.startswith(("RS", "ES")) and R.random() < 0.7:
        hdr = {"alg": alg, "kid": rs(B64URL, 22), "typ": "JWT"}
    iat = ri(1760000000, 1790000000)
    c = {"iss": pick(["https://auth.%s" % pick(COMPANY_DOMAINS), "https://login.microsoftonline.com/%s/v2.0" % uuid(),
                      "https://accounts.google.com", "https://%s.eu.auth0.com/" % rs(LOWER, 8)]),
         "sub": pick([uuid(), "auth0|" + rs(HEXL, 24), str(ri(10 ** 17, 10 ** 18))]),
         "aud": pick(["api://default", "https://api.%s" % pick(COMPANY_DOMAINS), rs(ALNUM, 32)]),
         "iat": iat, "exp": iat + pick([300, 900, 3600, 86400]),
         "scope": pick(["openid profile email", "read:orders write:orders", "offline_access"])}
    if claims:
        c.update(claims)
    sig_len = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(c, separators=(",", ":")).encode()) + "." + b64u(rbytes(sig_len)))


@unique
def v_jwt(claims=None, alg=None):
    return _jwt_parts(claims, alg)


@auto_decoy('unsigned-jwt')
def unsigned_jwt():
    hdr = b64u(b'{"alg":"none","typ":"JWT"}')
    body = b64u(json.dumps({"sub": uuid(), "iat": ri(1700000000, 1790000000)}, separators=(",", ":")).encode())
    return hdr + "." + body + "."


PEM_HEAD = {
    "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
    "DSA PRIVATE KEY": "MIIBuwIBAAKBgQ",
}


def _pem_body(head, nbytes):
    body = head + b64(rbytes(nbytes))
    body = body.rstrip("=")
    body = body[: (len(body) // 4) * 4]
    width = 70 if head.startswith("b3Bl") else 64
    return [body[i:i + width] for i in range(0, len(body), width)]


@unique
def v_private_key(kind=None, nl="\n"):
    kind = kind or pick(["RSA PRIVATE KEY", "PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                         "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"])
    if kind == "PGP PRIVATE KEY BLOCK":
        lines = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", ] + _pem_body("lQdGBGV", 1100) + [
            "=" + b64(rbytes(3)), "-----END PGP PRIVATE KEY BLOCK-----"]
        return nl.join(lines)
    size = {"EC PRIVATE KEY": 90, "OPENSSH PRIVATE KEY": 300, "DSA PRIVATE KEY": 420}.get(kind, 1180)
    lines = ["-----BEGIN %s-----" % kind]
    if kind == "RSA PRIVATE KEY" and R.random() < 0.2:
        lines += ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,%s" % rs("0123456789ABCDEF", 32), ""]
    lines += _pem_body(PEM_HEAD[kind], size) + ["-----END %s-----" % kind]
    return nl.join(lines)


@auto_decoy('public-key')
def public_pem(kind=None, nl="\n"):
    kind = kind or pick(["PUBLIC KEY", "CERTIFICATE", "CERTIFICATE REQUEST", "RSA PUBLIC KEY"])
    head = {"PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIU",
            "CERTIFICATE REQUEST": "MIICvDCCAaQCAQAwdzELMAkGA1UEBhMC", "RSA PUBLIC KEY": "MIIBCgKCAQEA"}[kind]
    size = {"CERTIFICATE": 860, "CERTIFICATE REQUEST": 680}.get(kind, 250)
    return nl.join(["-----BEGIN %s-----" % kind] + _pem_body(head, size) + ["-----END %s-----" % kind])


@auto_decoy('public-key')
def ssh_pub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(B64, 43), rs(LOWER, 6), pick(["laptop", "build-01", "bastion"]))


@auto_decoy('placeholder-pem')
def placeholder_pem(nl="\n"):
    kind = pick(["PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = pick(["...", "<your private key here>", "MIIE...snip...", "REDACTED", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"])
    return nl.join(["-----BEGIN %s-----" % kind, body, "-----END %s-----" % kind])


PW_WORDS = ["Sommer", "Winter", "Falcon", "Maple", "Tiger", "Harbor", "Copper", "Velvet", "Nebula", "Quokka",
            "Granit", "Lumen", "Basalt", "Orchid", "Pinguin", "Saffron", "Kestrel", "Juniper", "Cobalt", "Ember"]


@unique
def v_password(kind=None):
    kind = kind or pick(["word", "word", "random", "random", "phrase", "symbol", "hex"])
    if kind == "word":
        return pick(PW_WORDS) + str(ri(10, 2026)) + pick("!?#$%&*.-_@")
    if kind == "random":
        return rs(ALNUM + "!#%&*+-=?@^_~", ri(12, 24))
    if kind == "phrase":
        return "-".join(pick(["river", "lamp", "orbit", "cactus", "violet", "anchor", "pebble", "tundra", "mosaic",
                              "lantern", "walnut", "glacier"]) for _ in range(4)) + str(ri(1, 99))
    if kind == "symbol":
        return rs(ALNUM, 6) + pick(['"', "\\", "'", "$", "%", "&", ";", " "]) + rs(ALNUM, 6) + pick("!@#")
    return rs(HEXL, 24)


@unique
def v_pw_simple():
    """password without characters that need escaping in any carrier"""
    return pick([pick(PW_WORDS) + str(ri(10, 2026)) + pick("!#.-_"), rs(ALNUM, ri(12, 20)),
                 rs(ALNUM, 8) + pick("-_.") + rs(ALNUM, 6)])


PW_PLACEHOLDERS = ["changeme", "********", "${DB_PASSWORD}", "<redacted>", "xxx", "{{ .Values.db.password }}",
                   "REPLACE_ME", "<your-password-here>", "${{ secrets.DB_PASSWORD }}", "%(DB_PASS)s", "***",
                   "[REDACTED]", "<password>", "${env:APP_PASSWORD}", "{{ db_password }}", "xxxxxxxx",
                   "$(cat /run/secrets/db_password)", "...", "password", "secret", "${SMTP_PASS:-}", "null"]


@auto_decoy('ph-pw')
def pw_placeholder():
    return pick(PW_PLACEHOLDERS)


@unique
def v_generic():
    return pick([rs(ALNUM, 32), rs(HEXL, 40), rs(HEXL, 64), rs(ALNUM, 48), b64(rbytes(33)),
                 rs(ALNUM, 24) + rs(DIG, 4), rs(B64URL, 43)])


SECRET_PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                       "${API_KEY}", "{{ .Values.apiKey }}", "<redacted>", "TODO", "0000000000000000",
                       "abcdefghijklmnopqrstuvwxyz123456", "your-secret-here", "${{ secrets.API_TOKEN }}",
                       "####################", "CHANGE_ME_IN_PROD", "dummy", "test", "<token>", "..."]


@auto_decoy('ph-secret')
def secret_placeholder():
    return pick(SECRET_PLACEHOLDERS)


@unique
def v_azure_key():
    return b64(rbytes(64))


AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


@unique
def v_azure_sig():
    return urllib.parse.quote(b64(rbytes(32)), safe="")


@unique
def v_npm():
    return "npm_" + rs(ALNUM, 36)


@unique
def v_pypi():
    return "pypi-AgEIcHlwaS5vcmc" + "CJ" + b64u(rbytes(pick([96, 120, 130])))


@unique
def v_hf():
    return "hf_" + rs(UPPER + LOWER, 34)


@unique
def v_sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


@unique
def v_twilio_sk():
    return "SK" + rs(HEXL, 32)


@unique
def v_hex32():
    return rs(HEXL, 32)


@unique
def v_hex40():
    return rs(HEXL, 40)


@unique
def v_shopify():
    return pick(["shpat_", "shpat_", "shpca_", "shppa_", "shpss_"]) + rs(HEXL, 32)


@unique
def v_mailgun():
    return "key-" + rs(HEXL, 32)


@unique
def v_bearer():
    return pick(["ya29.a0" + rs(ALNUM + "-_", 160), rs(HEXL, 40), rs(B64URL, 43), rs(ALNUM, 32),
                 "v2.local." + rs(B64URL, 120), "00D" + rs(ALNUM, 12) + "!" + rs(ALNUM + ".", 96),
                 "EwB" + rs(ALNUM + "+/", 180) + "=", "at_" + rs(ALNUM, 40), "pat." + rs(HEXL, 48),
                 "%s.%s" % (rs(HEXL, 16), rs(B64URL, 32))])


def basic_of(user, pw):
    return b64(("%s:%s" % (user, pw)).encode())


@unique
def v_basic():
    user = pick(["svc-export", "admin", "jenkins", "grafana", "api", "deploy", "monitor", "partner-%d" % ri(10, 99),
                 "m.%s" % rs(LOWER, 6), "integration"])
    return basic_of(user, v_pw_simple())


RFC7617_BASIC = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="


@unique
def v_docker_auth():
    user = pick(["ci-bot", "deploy", "jenkins", "_json_key", "AWS", "oauth2accesstoken", "%s" % rs(LOWER, 7)])
    pw = pick([v_pw_simple(), "dckr_pat_" + rs(ALNUM + "-_", 27), rs(ALNUM, 36)])
    return b64(("%s:%s" % (user, pw)).encode())


# ---------------------------------------------------------------- noise

@auto_decoy('uuid')
def uuid():
    h = rs(HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


@auto_decoy('hex-digest')
def sha(n=64):
    return rs(HEXL, n)


def ts_iso(day=None):
    y, m, d = 2026, ri(1, 11), day or ri(1, 28)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999))


class Clock:
    """monotonic timestamps for a log"""

    def __init__(self):
        self.t = ri(1767225600, 1793000000)  # 2026

    def tick(self, a=0, b=4):
        self.t += ri(a, b)
        return self.t

    def iso(self, ms=True, z="Z"):
        import time
        s = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(self.tick()))
        return s + (".%03d" % ri(0, 999) if ms else "") + z

    def fmt(self, f):
        import time
        return time.strftime(f, time.gmtime(self.tick()))

    def clf(self):
        import time
        return time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(self.tick()))


@auto_decoy('number')
def safe_digits(n, first="123456789"):
    """a digit run that is no card (Luhn), no Aadhaar (Verhoeff) and no BSN (11-test)"""
    while True:
        s = pick(first) + "".join(pick(DIG) for _ in range(n - 1))
        if luhn_ok(s) or verhoeff_ok(s) or (n == 9 and bsn_ok(s)):
            continue
        return s


@auto_decoy('order-id')
def order_id():
    return pick(["ORD-%s" % safe_digits(8), "#%s" % safe_digits(7), "INV-2026-%05d" % ri(0, 99999),
                 "PO%s" % safe_digits(10), "%s-%s" % (safe_digits(3), safe_digits(7)), "SO-%s" % safe_digits(6)])


def price():
    return "%d.%02d" % (ri(1, 2999), ri(0, 99))


@auto_decoy('epoch')
def epoch_ms():
    return str(ri(1767225600000, 1793000000000))


@auto_decoy('snowflake')
def snowflake():
    return safe_digits(19, "1")


# ---------------------------------------------------------------- documents

CATS = ["email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token",
        "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key",
        "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token", "password",
        "generic-secret", "azure-storage-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key",
        "twilio-key", "shopify-token", "datadog-key", "docker-auth", "mailgun-key",
        "ipv4", "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
        "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar"]
COUNTS = {c: 0 for c in CATS}
DECOYS = {}
DOCS = []


class Doc:
    def __init__(self, path):
        CUR[0] = self
        self.path = path
        self.labels = []
        self.decoys = []
        self._dv = set()
        self.text = None
        DOCS.append(self)

    def L(self, cat, value):
        """label a real value (as it appears in the file) and return it"""
        for c in cat.split("|"):
            assert c in COUNTS, c
        assert value and "\x00" not in value
        if (cat, value) not in self.labels:
            self.labels.append((cat, value))
            COUNTS[cat.split("|")[0]] += 1
        return value

    def D(self, kind, value):
        """a look-alike that must not be reported (counted once per document, if it is in the text)"""
        if value and value not in self._dv:
            self._dv.add(value)
            self.decoys.append((kind, value))
        return value

    def set(self, text):
        self.text = text


def lowest(cats, k=1, exclude=()):
    cs = [c for c in cats if c not in exclude]
    R.shuffle(cs)
    cs.sort(key=lambda c: COUNTS[c])
    return cs[:k]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def qenc(s):
    return urllib.parse.quote(s, safe="")


def qplus(s):
    return urllib.parse.quote_plus(s)


# --------------------------------------------------- personal-data records

ID_OF = {"US": "us-ssn", "GB": "uk-nino", "NL": "nl-bsn", "SE": "se-personnummer", "FI": "fi-hetu",
         "DE": "de-steuer-id", "FR": "fr-nir", "ES": "es-dni", "IT": "it-codice-fiscale", "IN": "in-aadhaar"}
ID_GEN = {"us-ssn": v_ssn, "uk-nino": v_nino, "nl-bsn": v_bsn, "se-personnummer": v_personnummer,
          "fi-hetu": v_hetu, "de-steuer-id": v_steuer, "fr-nir": v_nir, "es-dni": v_dni,
          "it-codice-fiscale": v_cf, "in-aadhaar": v_aadhaar}
ID_KEYS = {
    "us-ssn": ["ssn", "SSN", "social_security_number", "socialSecurityNumber", "ss_number", "tax_id_ssn"],
    "uk-nino": ["nino", "ni_number", "national_insurance_number", "NINumber", "nationalInsuranceNo"],
    "nl-bsn": ["bsn", "BSN", "burgerservicenummer", "bsn_nummer", "BurgerServiceNummer"],
    "se-personnummer": ["personnummer", "personal_identity_number", "pnr", "Personnummer", "person_nr"],
    "fi-hetu": ["hetu", "henkilotunnus", "henkilötunnus", "personal_identity_code", "HETU"],
    "de-steuer-id": ["steuer_id", "steuerliche_identifikationsnummer", "SteuerID", "steuerId", "IdNr", "tax_id"],
    "fr-nir": ["nir", "numero_securite_sociale", "NIR", "num_secu", "insee"],
    "es-dni": ["dni", "DNI", "nif", "documento_identidad", "nie"],
    "it-codice-fiscale": ["codice_fiscale", "codiceFiscale", "cf", "CodiceFiscale", "tax_code"],
    "in-aadhaar": ["aadhaar", "aadhaar_number", "aadhaarNo", "uid_aadhaar", "AADHAAR"],
}
ID_PROSE = {
    "us-ssn": ["SSN", "social security number", "SSN#"],
    "uk-nino": ["National Insurance number", "NI number", "NINO"],
    "nl-bsn": ["BSN", "burgerservicenummer", "BSN-nummer"],
    "se-personnummer": ["personnummer", "personal identity number"],
    "fi-hetu": ["henkilötunnus", "HETU", "personal identity code"],
    "de-steuer-id": ["Steuer-ID", "steuerliche Identifikationsnummer", "Steueridentifikationsnummer", "tax ID (IdNr)"],
    "fr-nir": ["numéro de sécurité sociale", "NIR", "n° de sécu"],
    "es-dni": ["DNI", "NIE", "DNI/NIE"],
    "it-codice-fiscale": ["codice fiscale", "C.F."],
    "in-aadhaar": ["Aadhaar", "Aadhaar no.", "UIDAI number"],
}
ID_BAD = {"us-ssn": fake_ssn, "uk-nino": fake_nino, "nl-bsn": bad_bsn, "se-personnummer": bad_personnummer,
          "fi-hetu": bad_hetu, "de-steuer-id": bad_steuer,
          "fr-nir": bad_nir, "es-dni": bad_dni, "it-codice-fiscale": bad_cf,
          "in-aadhaar": bad_aadhaar}
DOB_KEYS = ["dob", "date_of_birth", "birthDate", "birth_date", "dateOfBirth", "geburtsdatum", "DOB", "birthday",
            "fecha_nacimiento", "data_nascita", "date_naissance", "fodelsedatum", "syntymaaika", "geboortedatum"]
PASSPORT_KEYS = ["passport", "passport_no", "passportNumber", "passport_number", "reisepass_nr", "passeport",
                 "pasaporte", "passaporto", "travel_document_passport", "PassportNo"]
EMAIL_KEYS = ["email", "emailAddress", "e_mail", "mail", "contact_email", "user_email", "Email"]
PHONE_KEYS = ["phone", "phoneNumber", "mobile", "tel", "telephone", "msisdn", "contact_phone", "cell"]
IBAN_KEYS = ["iban", "IBAN", "bank_account_iban", "payout_iban", "debtorIban", "kontonummer_iban"]
CARD_KEYS = ["card_number", "pan", "cardNumber", "cc_number", "creditCard", "card_no"]
PII_CATS = list(ID_GEN) + ["date-of-birth", "passport", "phone", "iban", "credit-card", "email", "ipv4", "ipv6"]


class Rec:
    """a person with labelled fields; fields[k] = (category or None, value)"""

    def __init__(self, d, n_ids=1, want=None, country=None, esc=None):
        esc = esc or (lambda s: s)
        idcat = want or lowest(list(ID_GEN))[0]
        if country is None:
            country = [c for c, k in ID_OF.items() if k == idcat][0]
        self.p = Person(country)
        self.country = country
        self.f = []  # (key, cat, value-as-written)
        self.d = d
        self.esc = esc
        self.add(pick(["name", "full_name", "customer_name", "displayName"]), None, esc(self.p.name))
        self.add(pick(EMAIL_KEYS), "email", esc(v_email(self.p)))
        extra = lowest(["phone", "date-of-birth", "passport", "iban", "credit-card", "ipv4", "ipv6"], ri(2, 4))
        if "phone" in extra or R.random() < 0.5:
            self.add(pick(PHONE_KEYS), "phone", esc(v_phone(country if R.random() < 0.8 else None)))
        if "date-of-birth" in extra:
            self.add(pick(DOB_KEYS), "date-of-birth", esc(v_dob()))
        else:
            self.add(pick(["created_at", "updated_at", "signup_date", "last_login", "hire_date"]), None,
                     d.D("other-date", other_date()))
        self.add(pick(ID_KEYS[idcat]), idcat, esc(ID_GEN[idcat]()))
        if n_ids > 1:
            c2 = lowest(list(ID_GEN), exclude=(idcat,))[0]
            self.add(pick(ID_KEYS[c2]), c2, esc(ID_GEN[c2]()))
        if "passport" in extra:
            self.add(pick(PASSPORT_KEYS), "passport", esc(v_passport(country)))
        if "iban" in extra:
            self.add(pick(IBAN_KEYS), "iban", esc(v_iban(pick([country, None]) if country in IBAN_SPECS else None)))
        if "credit-card" in extra:
            self.add(pick(CARD_KEYS), "credit-card", esc(v_card()))
        else:
            self.add(pick(["card_masked", "card_last4", "pan_masked"]), None, d.D("masked-card", masked_card()))
        if "ipv4" in extra:
            self.add(pick(["last_ip", "signup_ip", "client_ip", "ip_address"]), "ipv4", v_ipv4())
        if "ipv6" in extra:
            self.add(pick(["last_ip6", "ipv6", "remote_addr"]), "ipv6", v_ipv6())
        self.add(pick(["customer_id", "account_no", "member_id"]), None, d.D("id-number", safe_digits(pick([8, 10, 11]))))

    def add(self, key, cat, value):
        if cat:
            self.d.L(cat, value)
        self.f.append((key, cat, value))

    def get(self, cat):
        for k, c, v in self.f:
            if c == cat:
                return v
        return None


@auto_decoy("fake-email")
def fake_email():
    return pick(["jane.doe@example.com", "john.smith@example.org", "qa+%d@example.net" % ri(1, 999), "test.user%d@test.invalid" % ri(1, 99),
                 "user@localhost", "noreply@example.com", "max.mustermann@beispiel.example", "someone@domain.test",
                 "logo@2x.png", "icon-user@3x.webp", "admin@localhost",
                 "${SUPPORT_EMAIL}", "<email>", "%s@example.com" % rs(LOWER, 6)])


class DecoyRec:
    """a QA / sample record: every field is a look-alike"""

    def __init__(self, d, esc=None):
        esc = esc or (lambda s: s)
        cat = pick(list(ID_GEN))
        self.f = [(pick(["name", "full_name", "customer_name"]), None, pick(["Test User", "Jane Doe", "Max Mustermann", "QA Automation", "Erika Musterfrau"])),
                  (pick(EMAIL_KEYS), None, esc(fake_email())),
                  (pick(PHONE_KEYS), None, esc(fake_phone())),
                  (pick(["created_at", "signup_date", "last_login"]), None, esc(other_date())),
                  (pick(ID_KEYS[cat]), None, esc(d.D("bad-id", ID_BAD[cat]()))),
                  (pick(CARD_KEYS), None, esc(pick([d.D("test-card", pick(CARD_TEST)), masked_card(), bad_card()]))),
                  (pick(IBAN_KEYS), None, esc(pick([d.D("iban-doc", pick(IBAN_DOC)), bad_iban()]))),
                  (pick(["ip_address", "last_ip", "client_ip"]), None, pick([private_ipv4(), fake_ipv6()])),
                  (pick(PASSPORT_KEYS), None, d.D("ph-id", pick(["XXXXXXXXX", "<on file>", "000000000", "N/A", "REDACTED"]))),
                  ("is_test_account", None, "true")]
        if R.random() < 0.5:
            self.f.append(("ssn", None, fake_ssn()))

    def get(self, cat):
        return None


def person_json(d, indent=2, rec=None):
    r = rec or Rec(d, esc=jesc)
    obj = "{\n" + ",\n".join('%s"%s": "%s"' % (" " * (indent + 2), k, v) for k, c, v in r.f) + "\n" + " " * indent + "}"
    return obj


# --------------------------------------------------- secret settings

def _url_cred(d, esc=lambda s: s):
    pw = pick([v_pw_simple(), v_pw_simple(), v_password("word")])
    enc = qenc(pw)
    user = pick(["app", "svc_orders", "reporting", "admin", "etl", "postgres", "root", "api_rw", "billing"])
    host = pick(["db-prod-01.internal", "orders.cluster-c8x2k1.eu-west-1.rds.amazonaws.com", "10.20.3.14",
                 "mongo-0.mongo.svc.cluster.local", "redis.%s" % pick(COMPANY_DOMAINS), "mq.internal",
                 "pg.%s" % pick(COMPANY_DOMAINS), "cluster0.%s.mongodb.net" % rs(LOWER + DIG, 5)])
    scheme = pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "https", "ftp", "smtp", "rediss", "mssql"])
    if scheme in ("redis", "rediss") and R.random() < 0.5:
        url = "%s://:%s@%s:6379/0" % (scheme, enc, host)
    else:
        port = {"postgres": ":5432", "postgresql": ":5432", "mysql": ":3306", "amqp": ":5672", "mssql": ":1433"}.get(scheme, "")
        path = pick(["/orders", "/app_prod", "/reporting?sslmode=require", "/", "/vhost", "/db?retryWrites=true&w=majority"])
        url = "%s://%s:%s@%s%s%s" % (scheme, user, enc, host, port, path)
    d.L("url-credentials", esc(enc))
    return esc(url)


def _conn_azure(d):
    if R.random() < 0.6:
        k = v_azure_key()
        d.L("azure-storage-key", k)
        return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            rs(LOWER + DIG, 12), k)
    sig = v_azure_sig()
    d.L("azure-storage-key", sig)
    return "https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2027-01-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=%s" % (
        rs(LOWER + DIG, 10), pick(["exports", "backups", "invoices"]), sig)


# category -> (key names, value maker(d) returning value-as-written & labelling it)
def _simple(cat, gen):
    def f(d):
        return d.L(cat, gen())
    return f


def _twilio_auth(d):
    return d.L("twilio-key", v_hex32())


def _dd(d):
    return d.L("datadog-key", pick([v_hex32, v_hex40])())


def _pw(d):
    return d.L("password", v_pw_simple())


def _jwt(d):
    return d.L("jwt", v_jwt())


def _pk_escaped(d):
    return d.L("private-key", v_private_key(nl="\\n"))


SECRET_KV = {
    "aws-access-key-id": (["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId", "AWS_ACCESS_KEY", "s3_access_key", "S3_KEY_ID"], _simple("aws-access-key-id", v_aws_id)),
    "aws-secret-key": (["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey", "s3_secret_key", "AWS_SECRET_KEY"], _simple("aws-secret-key", v_aws_secret)),
    "github-token": (["GITHUB_TOKEN", "GH_TOKEN", "github_pat", "GITHUB_API_TOKEN", "gh_token", "HOMEBREW_GITHUB_API_TOKEN", "RENOVATE_TOKEN"], _simple("github-token", v_github)),
    "gitlab-token": (["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "gitlab_token", "DANGER_GITLAB_API_TOKEN", "GL_TOKEN", "CI_REGISTRATION_TOKEN"], _simple("gitlab-token", v_gitlab)),
    "slack-token": (["SLACK_BOT_TOKEN", "SLACK_TOKEN", "slack_app_token", "SLACK_USER_TOKEN", "slack_api_token"], _simple("slack-token", v_slack)),
    "slack-webhook": (["SLACK_WEBHOOK_URL", "slack_webhook", "alert_webhook", "SLACK_HOOK", "notify_url"], _simple("slack-webhook", v_slack_hook)),
    "stripe-key": (["STRIPE_SECRET_KEY", "stripe_api_key", "STRIPE_KEY", "stripe_secret", "STRIPE_RESTRICTED_KEY"], _simple("stripe-key", v_stripe)),
    "google-api-key": (["GOOGLE_API_KEY", "MAPS_API_KEY", "firebase_api_key", "GOOGLE_MAPS_KEY", "youtube_api_key", "GEMINI_API_KEY"], _simple("google-api-key", v_google)),
    "openai-key": (["OPENAI_API_KEY", "openai_api_key", "OPENAI_KEY", "openai_token"], _simple("openai-key", v_openai)),
    "anthropic-key": (["ANTHROPIC_API_KEY", "anthropic_api_key", "CLAUDE_API_KEY", "anthropic_key"], _simple("anthropic-key", v_anthropic)),
    "jwt": (["SERVICE_JWT", "API_JWT", "internal_jwt", "ID_TOKEN", "jwt_token", "SUPABASE_SERVICE_ROLE_KEY"], _jwt),
    "url-credentials": (["DATABASE_URL", "REDIS_URL", "MONGO_URI", "AMQP_URL", "SQLALCHEMY_DATABASE_URI", "db_url", "BROKER_URL", "CACHE_URL"], _url_cred),
    "password": (["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "password", "db_pass", "SMTP_PASSWORD", "admin_password",
                  "REDIS_PASSWORD", "ldap_bind_password", "keystore_password", "RABBITMQ_DEFAULT_PASS", "passwd", "pwd",
                  "MSSQL_SA_PASSWORD", "mail_pass", "kafka_sasl_password", "ES_PASSWORD", "grafana_admin_password"], _pw),
    "generic-secret": (["API_KEY", "api_key", "apikey", "SECRET", "client_secret", "CLIENT_SECRET", "token", "access_token",
                        "auth_token", "SECRET_KEY", "app_secret", "signing_key", "ENCRYPTION_KEY", "webhook_secret",
                        "JWT_SECRET", "SESSION_SECRET", "private_token", "x_api_key", "MAPBOX_TOKEN_SECRET", "api_secret",
                        "SENTRY_AUTH_TOKEN", "NEXTAUTH_SECRET", "consumer_secret", "hmac_key"], _simple("generic-secret", v_generic)),
    "azure-storage-key": (["AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage", "AZURE_STORAGE_KEY", "storage_account_key", "BLOB_SAS_URL"], None),
    "npm-token": (["NPM_TOKEN", "NODE_AUTH_TOKEN", "npm_auth_token", "NPM_PUBLISH_TOKEN"], _simple("npm-token", v_npm)),
    "pypi-token": (["PYPI_TOKEN", "PYPI_API_TOKEN", "UV_PUBLISH_TOKEN", "POETRY_PYPI_TOKEN_PYPI", "pypi_upload_token"], _simple("pypi-token", v_pypi)),
    "huggingface-token": (["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "hf_api_token"], _simple("huggingface-token", v_hf)),
    "sendgrid-key": (["SENDGRID_API_KEY", "sendgrid_api_key", "SENDGRID_KEY", "sendgrid_token"], _simple("sendgrid-key", v_sendgrid)),
    "twilio-key": (["TWILIO_API_KEY", "twilio_api_key_sid", "TWILIO_KEY"], _simple("twilio-key", v_twilio_sk)),
    "shopify-token": (["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_API_TOKEN", "shopify_token", "SHOPIFY_API_SECRET"], _simple("shopify-token", v_shopify)),
    "datadog-key": (["DD_API_KEY", "DD_APP_KEY", "DATADOG_API_KEY", "datadog_api_key", "DD_APPLICATION_KEY"], _dd),
    "mailgun-key": (["MAILGUN_API_KEY", "mailgun_key", "MAILGUN_PRIVATE_KEY", "mailgun_api_key"], _simple("mailgun-key", v_mailgun)),
}
KV_CATS = list(SECRET_KV)


def secret_kv(d, cats=None, exclude=()):
    """choose the least-covered secret category and return (key, value as written).
    special: azure returns a connection string; twilio auth token comes with its SID line."""
    cat = lowest(cats or KV_CATS, exclude=exclude)[0]
    keys, maker = SECRET_KV[cat]
    key = pick(keys)
    if cat == "azure-storage-key":
        if key in ("AZURE_STORAGE_KEY", "storage_account_key"):
            return key, d.L(cat, v_azure_key())
        if key == "BLOB_SAS_URL":
            sig = v_azure_sig()
            d.L(cat, sig)
            return key, "https://%s.blob.core.windows.net/%s?sv=2023-01-03&sp=racwdl&se=2027-03-01T00:00:00Z&sr=c&sig=%s" % (
                rs(LOWER + DIG, 10), pick(["exports", "media", "logs"]), sig)
        return key, _conn_azure(d)
    return key, maker(d)


def decoy_kv(d):
    """a settings line a scanner must not report"""
    kind = pick(["ph-secret", "ph-pw", "aws-example", "aws-other-id", "stripe-pub", "code-ref", "hash", "uuid",
                 "slack-doc", "bool", "path", "ph-url", "azurite", "jwt-io", "version", "public-id", "empty"])
    if kind == "ph-secret":
        return pick(["API_KEY", "SECRET_KEY", "client_secret", "token", "GITHUB_TOKEN", "OPENAI_API_KEY", "STRIPE_SECRET_KEY"]), d.D(kind, secret_placeholder())
    if kind == "ph-pw":
        return pick(["DB_PASSWORD", "password", "admin_password", "SMTP_PASSWORD"]), d.D(kind, pw_placeholder())
    if kind == "aws-example":
        return pick(["AWS_ACCESS_KEY_ID", "aws_access_key_id"]), d.D(kind, pick(["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"]))
    if kind == "aws-other-id":
        return pick(["ROLE_ID", "aws_role_unique_id", "IAM_USER_ID"]), d.D(kind, pick(["AROA", "AIDA", "ANPA"]) + rs(B32, 17))
    if kind == "stripe-pub":
        return pick(["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_KEY", "STRIPE_TEST_SECRET_KEY"]), d.D(kind, fake_stripe())
    if kind == "code-ref":
        return pick(["DB_PASSWORD_FILE", "PASSWORD_FILE", "SECRET_PATH", "API_KEY_FILE"]), d.D(kind, pick(["/run/secrets/db_password", "/etc/app/secret.key", "/var/run/secrets/api-key"]))
    if kind == "hash":
        return pick(["BUILD_SHA", "GIT_COMMIT", "CONFIG_CHECKSUM", "ASSET_HASH"]), d.D(kind, sha(pick([40, 64])))
    if kind == "uuid":
        return pick(["TENANT_ID", "CLIENT_ID", "SUBSCRIPTION_ID", "REQUEST_ID", "INSTANCE_ID"]), d.D(kind, uuid())
    if kind == "slack-doc":
        return "SLACK_WEBHOOK_URL", d.D(kind, SLACK_DOC_HOOK)
    if kind == "bool":
        return pick(["PASSWORD_RESET_ENABLED", "REQUIRE_TOKEN", "USE_SECRET_MANAGER", "API_KEY_ROTATION"]), d.D(kind, pick(["true", "false", "1", "0"]))
    if kind == "path":
        return pick(["TLS_KEY_PATH", "PRIVATE_KEY_PATH", "SSL_KEY"]), d.D(kind, pick(["/etc/ssl/private/server.key", "./certs/tls.key", "~/.ssh/id_ed25519"]))
    if kind == "ph-url":
        return pick(["DATABASE_URL", "REDIS_URL", "MONGO_URI"]), d.D(kind, pick([
            "postgres://user:pass@localhost:5432/app", "postgres://${DB_USER}:${DB_PASSWORD}@db:5432/app",
            "mysql://root:password@127.0.0.1:3306/test", "redis://:password@localhost:6379",
            "mongodb://<username>:<password>@cluster0.mongodb.net/", "postgresql://postgres@localhost/dev",
            "amqp://guest:guest@localhost:5672/"]))
    if kind == "azurite":
        return "AZURE_STORAGE_CONNECTION_STRING", d.D(kind, "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" % AZURITE_KEY)
    if kind == "jwt-io":
        return pick(["EXAMPLE_JWT", "TEST_TOKEN", "SAMPLE_ID_TOKEN"]), d.D(kind, JWT_IO)
    if kind == "version":
        return pick(["APP_VERSION", "NODE_VERSION", "MIN_CLIENT_VERSION"]), d.D(kind, "%d.%d.%d" % (ri(1, 22), ri(0, 30), ri(0, 40)))
    if kind == "public-id":
        return pick(["GA_MEASUREMENT_ID", "SENTRY_DSN_PUBLIC", "TWILIO_ACCOUNT_SID", "ALGOLIA_APP_ID"]), d.D(kind, pick(["G-" + rs(UPPER + DIG, 10), "AC" + rs(HEXL, 32), rs(UPPER + DIG, 10)]))
    return pick(["API_KEY", "DB_PASSWORD", "SECRET"]), d.D("empty", "")


def noise_kv():
    return pick([("LOG_LEVEL", pick(["info", "debug", "warn"])), ("PORT", str(pick([3000, 8080, 8443, 5000, 9090]))),
                 ("NODE_ENV", "production"), ("TZ", "Europe/Berlin"), ("WORKERS", str(ri(2, 16))),
                 ("FEATURE_FLAGS", "checkout_v2,new_search"), ("CACHE_TTL_SECONDS", str(pick([60, 300, 3600]))),
                 ("MAX_UPLOAD_MB", str(pick([10, 25, 100]))), ("RELEASE", "2026.%d.%d" % (ri(1, 12), ri(1, 30))),
                 ("AWS_REGION", pick(["eu-west-1", "us-east-1", "eu-central-1"])), ("S3_BUCKET", "acme-%s-prod" % pick(["assets", "exports"])),
                 ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"), ("HTTP_TIMEOUT_MS", str(ri(1000, 30000))),
                 ("SENTRY_ENVIRONMENT", "production"), ("ALLOWED_HOSTS", "api.internal,localhost"),
                 ("RATE_LIMIT", "%d/min" % ri(30, 600)), ("DB_HOST", "db-prod-01.internal"), ("DB_PORT", "5432"),
                 ("DB_USER", pick(["app", "svc_orders"])), ("SMTP_HOST", "smtp.sendgrid.net"), ("SMTP_PORT", "587")])


# =================================================================== carriers
# ---- configuration files built from (key, value, kind) entries

def entries(d, n_sec, n_dec, n_noise, cats=None, exclude=()):
    out = []
    for _ in range(n_sec):
        k, v = secret_kv(d, cats, exclude)
        out.append((k, v, "secret"))
    for _ in range(n_dec):
        k, v = decoy_kv(d)
        out.append((k, v, "decoy"))
    seen = set()
    for _ in range(n_noise):
        k, v = noise_kv()
        if k not in seen:
            seen.add(k)
            out.append((k, v, "noise"))
    R.shuffle(out)
    return out


def c_dotenv(i):
    d = Doc("config/env/%s-%02d.env" % (pick(["app", "api", "worker", "web", "backend", "staging", "prod"]), i))
    lines = ["# %s — generated by deploy-tool %d.%d.%d on %s" % (pick(["orders-api", "billing-worker", "web-frontend", "etl"]),
             ri(1, 4), ri(0, 20), ri(0, 9), ts_iso()), "# do not commit (it got committed anyway)", ""]
    for k, v, kind in entries(d, ri(9, 13), ri(6, 9), ri(6, 10)):
        q = pick(["", "", '"', "'"]) if v and " " not in v else '"'
        pre = "export " if R.random() < 0.15 else ""
        lines.append("%s%s=%s%s%s" % (pre, k, q, v, q))
        if R.random() < 0.1:
            lines.append("")
    if R.random() < 0.5:
        pk = d.L("private-key", v_private_key(pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]), nl="\\n"))
        lines.append('JWT_SIGNING_PRIVATE_KEY="%s"' % pk)
        lines.append('JWT_SIGNING_PUBLIC_KEY="%s"' % d.D("public-key", public_pem("PUBLIC KEY", nl="\\n")))
    if R.random() < 0.6:
        lines.append("TWILIO_ACCOUNT_SID=AC%s" % rs(HEXL, 32))
        lines.append("TWILIO_AUTH_TOKEN=%s" % _twilio_auth(d))
    else:
        lines.append("# TWILIO_ACCOUNT_SID=AC%s" % d.D("public-id", rs(HEXL, 32)))
    d.set("\n".join(lines) + "\n")


def yq(v):
    if v == "" or any(c in v for c in ":#{}[]&*!|>'\"%@`,") or v in ("true", "false", "null", "yes", "no") or v[:1] in "-?+0123456789 ":
        return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')
    return v


def c_k8s_secret(i):
    d = Doc("k8s/secret-%s-%02d.yaml" % (pick(["orders", "billing", "auth", "search", "payments"]), i))
    name = pick(["orders-api", "billing", "auth-gateway", "search-indexer", "payment-svc"])
    out = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-secrets" % name, "  namespace: %s" % pick(["prod", "default", "payments"]),
           "  labels:", "    app.kubernetes.io/name: %s" % name, "    app.kubernetes.io/version: \"%d.%d.%d\"" % (ri(1, 5), ri(0, 30), ri(0, 9)),
           "  annotations:", "    kubectl.kubernetes.io/last-applied-configuration: \"\"", "type: Opaque", "data:"]
    for k in ["DB_USER", "DB_HOST", "DB_PORT", "ENV"]:
        raw = {"DB_USER": pick(["app", "svc"]), "DB_HOST": "db-prod-01.internal", "DB_PORT": "5432", "ENV": "production"}[k]
        out.append("  %s: %s" % (k, d.D("base64-config", b64(raw.encode()))))
    out.append("stringData:")
    for k, v, kind in entries(d, ri(7, 10), ri(5, 8), 2):
        out.append("  %s: %s" % (k, yq(v)))
    if R.random() < 0.4:
        pk = v_private_key(pick(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]))
        d.L("private-key", pk.replace("\n", "\n    "))
        out.append("  tls.key: |")
        out += ["    " + l for l in pk.split("\n")]
        out.append("  tls.crt: |")
        out += ["    " + l for l in d.D("certificate", public_pem("CERTIFICATE")).split("\n")]
    d.set("\n".join(out) + "\n")


def c_k8s_configmap(i):
    d = Doc("k8s/configmap-%02d.yaml" % i)
    out = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % pick(["web", "api", "etl", "gateway"]),
           "  namespace: prod", "data:"]
    for k, v, kind in entries(d, ri(2, 4), ri(6, 9), ri(6, 10)):
        out.append("  %s: %s" % (k, yq(v)))
    out.append("  application.yaml: |")
    out.append("    server:")
    out.append("      port: 8080")
    out.append("    spring:")
    out.append("      datasource:")
    out.append("        url: jdbc:postgresql://db-prod-01.internal:5432/app")
    out.append("        username: app")
    out.append("        password: %s" % pick(["${DB_PASSWORD}", "{{ .Values.db.password }}", "${vault:secret/data/app#password}"]))
    d.D("ph-pw", "x")
    out.append("    snmp:")
    out.append("      sysObjectID: %s" % d.D("oid", "1.3.6.1.4.1.%d.1.%d" % (ri(1000, 50000), ri(1, 99))))
    out.append("    build: %s" % d.D("version", "%d.%d.%d.%d" % (ri(1, 9), ri(0, 20), ri(0, 99), ri(100, 9999))))
    d.set("\n".join(out) + "\n")


def c_helm_values(i):
    d = Doc("helm/values-%s-%02d.yaml" % (pick(["prod", "staging", "eu", "us"]), i))
    out = ["# Default values for %s." % pick(["orders", "shop", "identity"]), "replicaCount: %d" % ri(2, 6), "",
           "image:", "  repository: registry.%s/platform/api" % pick(COMPANY_DOMAINS), "  tag: \"%d.%d.%d\"" % (ri(1, 4), ri(0, 30), ri(0, 9)),
           "  pullPolicy: IfNotPresent", "", "imageCredentials:", "  registry: ghcr.io", "  username: ci-bot"]
    k, v = secret_kv(d, ["github-token", "gitlab-token", "password"])
    out.append("  password: %s" % yq(v))
    out += ["", "postgresql:", "  auth:", "    username: app"]
    out.append("    password: %s" % yq(d.L("password", v_pw_simple())))
    out.append("    postgresPassword: %s" % yq(pick(["", "changeme", "{{ .Values.global.pgPassword }}"])))
    d.D("ph-pw", "x")
    out += ["", "env:"]
    for k, v, kind in entries(d, ri(6, 9), ri(4, 6), ri(3, 5)):
        out.append("  - name: %s" % k)
        out.append("    value: %s" % yq(v))
    out += ["", "resources:", "  limits:", "    cpu: 500m", "    memory: 512Mi", ""]
    if R.random() < 0.5:
        out.append("sso:")
        out.append("  samlSigningKey: |")
        pk = v_private_key("PRIVATE KEY")
        d.L("private-key", pk.replace("\n", "\n    "))
        out += ["    " + l for l in pk.split("\n")]
        out.append("  samlCertificate: |")
        out += ["    " + l for l in d.D("certificate", public_pem("CERTIFICATE")).split("\n")]
    d.set("\n".join(out) + "\n")


def c_compose(i):
    d = Doc("compose/docker-compose-%02d.yml" % i)
    out = ["services:", "  db:", "    image: postgres:%d.%d" % (ri(13, 17), ri(0, 5)), "    environment:"]
    out.append("      POSTGRES_USER: app")
    out.append("      POSTGRES_PASSWORD: %s" % yq(d.L("password", v_pw_simple())))
    out += ["    ports:", "      - \"5432:5432\"", "    volumes:", "      - pgdata:/var/lib/postgresql/data", ""]
    out += ["  api:", "    build: .", "    image: api:%d.%d.%d" % (ri(0, 3), ri(0, 20), ri(0, 9)), "    depends_on: [db, redis]", "    environment:"]
    style = pick(["map", "list"])
    for k, v, kind in entries(d, ri(7, 10), ri(4, 6), ri(3, 6)):
        if style == "map":
            out.append("      %s: %s" % (k, yq(v)))
        else:
            out.append("      - %s=%s" % (k, v))
    out += ["    ports:", "      - \"8080:8080\"", "      - \"9%03d:9%03d\"" % (ri(0, 999), ri(0, 999)), ""]
    out += ["  redis:", "    image: redis:7.2-alpine", "    command: redis-server --requirepass %s" % d.L("password", v_pw_simple()), ""]
    out += ["  mysql:", "    image: mysql:8.4", "    environment:", "      - MYSQL_ROOT_PASSWORD=%s" % d.D("ph-pw", pick(["${MYSQL_ROOT_PASSWORD}", "changeme", "example"])), ""]
    out += ["volumes:", "  pgdata: {}"]
    d.set("\n".join(out) + "\n")


def c_properties(i):
    d = Doc("config/properties/application-%02d.properties" % i)
    out = ["#Spring Boot configuration", "#%s" % Clock().fmt("%a %b %d %H:%M:%S UTC %Y"), "server.port=8080",
           "spring.application.name=%s" % pick(["orders", "ledger", "kyc-service"]),
           "spring.datasource.url=jdbc:postgresql://db-prod-01.internal:5432/app?ssl=true",
           "spring.datasource.username=app"]
    pw = v_password(pick(["word", "random"]))
    # properties escaping: backslash, and leading specials
    pw_w = pw.replace("\\", "\\\\").replace(" ", "\\ ")
    out.append("spring.datasource.password=%s" % d.L("password", pw_w))
    out.append("spring.mail.password=%s" % d.L("password", v_pw_simple()))
    if R.random() < 0.6:
        out.append("legacy.datasource.url=jdbc:mysql://mysql-legacy.internal:3306/erp?useSSL=true&user=erp_ro&password=%s&serverTimezone=UTC" % d.L("password", v_pw_simple()))
    out.append("spring.security.oauth2.client.registration.keycloak.client-secret=%s" % d.L("generic-secret", v_generic()))
    for k, v, kind in entries(d, ri(5, 8), ri(4, 6), ri(2, 4)):
        kk = k.lower().replace("_", ".")
        out.append("app.%s=%s" % (kk, v))
    out.append("management.endpoints.web.exposure.include=health,info,prometheus")
    out.append("javax.net.ssl.keyStorePassword=%s" % d.D("ph-pw", pick(["${KEYSTORE_PASSWORD}", "changeit", "ENC(" + b64(rbytes(24)) + ")"])))
    out.append("logging.pattern.console=%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{36} - %msg%n")
    d.set("\n".join(out) + "\n")


def c_ini(i):
    kind = i % 4
    if kind == 0:
        d = Doc("config/ini/my-%02d.cnf" % i)
        out = ["[client]", "user=%s" % pick(["root", "backup", "reporting"]), "password=%s" % d.L("password", v_pw_simple()),
               "host=%s" % pick(["127.0.0.1", "mysql-primary.internal"]), "port=3306", "", "[mysqldump]", "single-transaction",
               "user=backup", 'password="%s"' % d.L("password", v_pw_simple()), "", "[mysqld]", "bind-address = 0.0.0.0",
               "max_connections = %d" % ri(100, 2000), "innodb_buffer_pool_size = %dG" % ri(1, 64)]
    elif kind == 1:
        d = Doc("config/ini/odbc-%02d.ini" % i)
        out = ["[ODBC Data Sources]", "Reporting = ODBC Driver 18 for SQL Server", "", "[Reporting]", "Driver = ODBC Driver 18 for SQL Server",
               "Server = tcp:%s.database.windows.net,1433" % rs(LOWER, 8), "Database = reporting", "UID = report_reader",
               "PWD = %s" % d.L("password", v_pw_simple()), "Encrypt = yes", "", "[Legacy]", "Driver = FreeTDS",
               "Server = %s" % private_ipv4(), "Port = 1433", "UID = sa", "PWD = %s" % d.D("ph-pw", pw_placeholder())]
    elif kind == 2:
        d = Doc("config/ini/settings-%02d.ini" % i)
        out = ["; application settings", "[general]", "debug = false", "workers = %d" % ri(2, 12), "", "[secrets]"]
        for k, v, kd in entries(d, ri(6, 9), ri(5, 7), 0):
            out.append("%s = %s" % (k.lower(), v))
        out += ["", "[server]", "listen = 0.0.0.0:8443", "version = %s" % d.D("version", "%d.%d.%d.%d" % (ri(1, 9), ri(0, 9), ri(0, 99), ri(1, 9999)))]
    else:
        d = Doc("config/ini/pypirc-%02d.ini" % i)
        out = ["[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__",
               "password = %s" % d.L("pypi-token|password", v_pypi()), "", "[internal]",
               "repository = https://pkgs.%s/simple/" % pick(COMPANY_DOMAINS), "username = deploy",
               "password = %s" % d.L("password", v_pw_simple()), "", "[testpypi]", "repository = https://test.pypi.org/legacy/",
               "username = __token__", "password = %s" % d.D("ph-secret", "pypi-AgENdGVzdC5weXBpLm9yZwIk...")]
    d.set("\n".join(out) + "\n")


def c_toml(i):
    d = Doc("config/toml/config-%02d.toml" % i)
    out = ["# %s configuration" % pick(["gateway", "indexer", "notifier"]), "title = \"%s\"" % pick(["prod", "eu-central"]), "",
           "[server]", "host = \"0.0.0.0\"", "port = %d" % pick([8080, 8443, 9000]), "read_timeout = \"%ds\"" % ri(5, 60), "",
           "[database]", "url = \"%s\"" % _url_cred(d), "pool_size = %d" % ri(5, 50), "", "[integrations]"]
    for k, v, kd in entries(d, ri(6, 9), ri(5, 7), ri(1, 3)):
        out.append("%s = \"%s\"" % (k.lower(), v.replace("\\", "\\\\").replace('"', '\\"')))
    out += ["", "[registries.internal]", "index = \"sparse+https://cargo.%s/index/\"" % pick(COMPANY_DOMAINS),
            "token = \"%s\"" % d.L("generic-secret", v_generic()), "", "[[upstream]]", "name = \"legacy\"",
            "address = \"%s:8080\"" % v_ipv4(), "weight = %d" % ri(1, 10)]
    d.L("ipv4", out[-2].split('"')[1].split(":")[0])
    d.set("\n".join(out) + "\n")


def c_tfvars(i):
    d = Doc("terraform/%s-%02d.tfvars" % (pick(["prod", "staging", "shared"]), i))
    out = ["region          = \"%s\"" % pick(["eu-west-1", "eu-central-1", "us-east-2"]), "environment     = \"prod\"",
           "instance_type   = \"m6i.%s\"" % pick(["large", "xlarge", "2xlarge"]), "allowed_cidrs   = [\"%s/32\", \"10.0.0.0/8\"]" % v_ipv4(), ""]
    d.L("ipv4", out[-2].split('"')[1].split("/")[0])
    out.append("db_master_password = \"%s\"" % d.L("password", v_pw_simple()))
    for k, v, kd in entries(d, ri(5, 8), ri(5, 7), 0):
        out.append("%s = \"%s\"" % (k.lower(), v))
    out.append("")
    out.append("tags = {\n  owner       = \"platform\"\n  cost_center = \"CC-%s\"\n  ticket      = \"OPS-%d\"\n}" % (safe_digits(5), ri(1000, 9999)))
    if R.random() < 0.6:
        out.append("")
        out.append("ssh_private_key = <<EOT")
        out.append(d.L("private-key", v_private_key(pick(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY"]))))
        out.append("EOT")
        out.append("ssh_public_key = \"%s\"" % d.D("public-key", ssh_pub()))
    d.set("\n".join(out) + "\n")


def c_aws_credentials(i):
    d = Doc("aws/credentials-%02d" % i)
    out = []
    for prof in R.sample(["default", "prod", "staging", "billing-ro", "terraform", "data-lake"], ri(2, 4)):
        out.append("[%s]" % prof)
        if R.random() < 0.2:
            out.append("aws_access_key_id = %s" % d.D("aws-example", "AKIAIOSFODNN7EXAMPLE"))
            out.append("aws_secret_access_key = %s" % d.D("aws-example", AWS_DOC_SECRET))
        else:
            kid = v_aws_id()
            out.append("aws_access_key_id = %s" % d.L("aws-access-key-id", kid))
            out.append("aws_secret_access_key = %s" % d.L("aws-secret-key", v_aws_secret()))
            if kid.startswith("ASIA"):
                out.append("aws_session_token = %s" % d.L("generic-secret", "IQoJb3JpZ2luX2VjE" + rs(B64, 300)))
        if R.random() < 0.4:
            out.append("region = %s" % pick(["eu-west-1", "us-east-1"]))
        out.append("")
    out.append("[profile-sso]")
    out.append("role_arn = arn:aws:iam::%s:role/Admin" % safe_digits(12))
    out.append("source_profile = default")
    out.append("# role unique id %s" % d.D("aws-other-id", "AROA" + rs(B32, 17)))
    d.set("\n".join(out) + "\n")


def c_docker_config(i):
    d = Doc("docker/config-%02d.json" % i)
    auths = []
    regs = R.sample(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "%s.dkr.ecr.eu-west-1.amazonaws.com" % safe_digits(12),
                     "quay.io", "registry.%s" % pick(COMPANY_DOMAINS), "europe-docker.pkg.dev", "harbor.internal:5443"], ri(3, 5))
    for reg in regs:
        if R.random() < 0.15:
            auths.append('\t\t"%s": {}' % reg)
            continue
        a = d.L("docker-auth", v_docker_auth())
        extra = ',\n\t\t\t"email": "%s"' % d.L("email", v_email()) if R.random() < 0.3 else ""
        auths.append('\t\t"%s": {\n\t\t\t"auth": "%s"%s\n\t\t}' % (reg, a, extra))
    body = '{\n\t"auths": {\n' + ",\n".join(auths) + '\n\t},\n'
    body += '\t"credHelpers": {\n\t\t"gcr.io": "gcloud",\n\t\t"public.ecr.aws": "ecr-login"\n\t},\n'
    body += '\t"HttpHeaders": {\n\t\t"User-Agent": "Docker-Client/%d.%d.%d (linux)"\n\t},\n' % (ri(20, 27), ri(0, 10), ri(0, 9))
    body += '\t"currentContext": "%s"\n}\n' % pick(["default", "desktop-linux", "colima"])
    d.set(body)


def c_netrc(i):
    d = Doc("config/netrc-%02d" % i)
    out = []
    for host in R.sample(["api.heroku.com", "git.heroku.com", "github.com", "gitlab.%s" % pick(COMPANY_DOMAINS), "ftp.%s" % pick(COMPANY_DOMAINS),
                          "nexus.internal", "artifactory.%s" % pick(COMPANY_DOMAINS)], 4):
        if host == "github.com":
            pw = d.L("github-token|password", v_github("ghp_"))
        elif host.startswith("gitlab"):
            pw = d.L("gitlab-token|password", v_gitlab("glpat-"))
        else:
            pw = d.L("password", v_pw_simple())
        out.append("machine %s\n  login %s\n  password %s" % (host, pick(["deploy", "ci", "jenkins"]), pw))
    out.append("machine localhost login test password %s" % d.D("ph-pw", pick(["test", "password", "changeme"])))
    d.set("\n".join(out) + "\n")


def c_npmrc(i):
    d = Doc("config/npmrc-%02d" % i)
    out = ["registry=https://registry.npmjs.org/", "@%s:registry=https://npm.pkg.github.com" % pick(["acme", "kestrel", "brightwave"]),
           "//registry.npmjs.org/:_authToken=%s" % d.L("npm-token", v_npm()),
           "//npm.pkg.github.com/:_authToken=%s" % d.L("github-token", v_github("ghp_")),
           "//gitlab.%s/api/v4/projects/%d/packages/npm/:_authToken=%s" % (pick(COMPANY_DOMAINS), ri(100, 9999), d.L("gitlab-token", v_gitlab("glpat-"))),
           "//registry.yarnpkg.com/:_authToken=${NPM_TOKEN}", "always-auth=true", "save-exact=true",
           "engine-strict=true"]
    d.D("ph-secret", "${NPM_TOKEN}")
    d.set("\n".join(out) + "\n")


def c_gha(i):
    d = Doc("ci/github-actions-%02d.yml" % i)
    out = ["name: %s" % pick(["release", "deploy", "nightly", "publish"]), "", "on:", "  push:", "    branches: [main]",
           "    tags: ['v*.*.*']", "  workflow_dispatch: {}", "", "env:", "  REGISTRY: ghcr.io",
           "  IMAGE_NAME: ${{ github.repository }}", "  NODE_VERSION: \"20.%d.%d\"" % (ri(0, 18), ri(0, 9))]
    for k, v, kd in entries(d, ri(3, 5), ri(3, 4), 0):
        out.append("  %s: %s" % (k, yq(v)))
    out += ["", "jobs:", "  build:", "    runs-on: ubuntu-24.04", "    timeout-minutes: %d" % ri(10, 60), "    steps:",
            "      - uses: actions/checkout@%s # v4.2.2" % sha(40), "      - uses: actions/setup-node@v4",
            "        with:", "          node-version: ${{ env.NODE_VERSION }}",
            "          registry-url: https://registry.npmjs.org", "      - run: npm ci && npm test",
            "      - name: Publish", "        run: npm publish --access public", "        env:",
            "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"]
    d.D("ph-secret", "${{ secrets.NPM_TOKEN }}")
    out += ["      - name: Login", "        uses: docker/login-action@v3", "        with:", "          registry: ghcr.io",
            "          username: ${{ github.actor }}", "          password: ${{ secrets.GITHUB_TOKEN }}",
            "      - name: Notify", "        run: |"]
    hook = d.L("slack-webhook", v_slack_hook())
    out.append("          curl -sS -X POST -H 'Content-type: application/json' \\")
    out.append("            --data '{\"text\":\"released ${{ github.ref_name }}\"}' \\")
    out.append("            %s" % hook)
    out.append("      - name: Smoke test")
    out.append("        run: |")
    out.append("          curl -fsS -H \"Authorization: Bearer %s\" https://api.%s/healthz" % (d.L("bearer-token", v_bearer()), pick(COMPANY_DOMAINS)))
    out.append("          curl -fsS -u deploy:%s https://nexus.internal/service/rest/v1/status" % d.L("password", v_pw_simple()))
    d.set("\n".join(out) + "\n")


def c_gitlab_ci(i):
    d = Doc("ci/gitlab-ci-%02d.yml" % i)
    out = ["stages: [build, test, deploy]", "", "variables:", "  DOCKER_DRIVER: overlay2", "  GIT_DEPTH: \"%d\"" % ri(1, 50),
           "  POSTGRES_DB: test", "  POSTGRES_USER: runner", "  POSTGRES_PASSWORD: %s" % d.D("ph-pw", pick(["runner", "postgres", "test"]))]
    for k, v, kd in entries(d, ri(4, 6), ri(3, 4), 0):
        out.append("  %s: %s" % (k, yq(v)))
    out += ["", "build:", "  stage: build", "  image: docker:27.3", "  services: [docker:27.3-dind]", "  script:",
            "    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY",
            "    - docker login -u deploy -p %s registry.%s" % (d.L("password", v_pw_simple()), pick(COMPANY_DOMAINS)),
            "    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .", "", "deploy:", "  stage: deploy", "  script:",
            "    - 'curl --request POST --header \"PRIVATE-TOKEN: %s\" \"https://gitlab.%s/api/v4/projects/%d/deployments\"'" % (
                d.L("gitlab-token", v_gitlab()), pick(COMPANY_DOMAINS), ri(10, 9999)),
            "    - 'curl -X POST --fail -F token=%s -F ref=main https://gitlab.com/api/v4/projects/%d/trigger/pipeline'" % (
                d.L("gitlab-token", v_gitlab("glptt-")), ri(1000000, 60000000)),
            "  only: [main]", "  environment: production"]
    d.D("ph-secret", "$CI_JOB_TOKEN")
    d.set("\n".join(out) + "\n")


def c_nginx_conf(i):
    d = Doc("nginx/nginx-%02d.conf" % i)
    up = [v_ipv4() for _ in range(2)]
    for u in up:
        d.L("ipv4", u)
    allow = v_ipv4()
    d.L("ipv4", allow)
    v6 = d.L("ipv6", v_ipv6("compressed"))
    basic = d.L("basic-auth", v_basic())
    out = ["user www-data;", "worker_processes auto;", "pid /run/nginx.pid;", "", "events {", "    worker_connections %d;" % pick([768, 1024, 4096]), "}", "",
           "http {", "    log_format main '$remote_addr - $remote_user [$time_local] \"$request\" '",
           "                    '$status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time';",
           "    upstream backend {", "        server %s:8080 max_fails=3;" % up[0], "        server %s:8080 backup;" % up[1],
           "        server 10.0.%d.%d:8080;" % (ri(0, 255), ri(1, 254)), "        keepalive 32;", "    }", "",
           "    server {", "        listen 443 ssl http2;", "        listen [::]:443 ssl http2;", "        server_name api.%s;" % pick(COMPANY_DOMAINS),
           "        ssl_certificate     /etc/letsencrypt/live/api/fullchain.pem;", "        ssl_certificate_key /etc/letsencrypt/live/api/privkey.pem;",
           "        ssl_protocols TLSv1.2 TLSv1.3;", "", "        location /admin/ {", "            allow %s;" % allow,
           "            allow %s;" % v6, "            allow 192.168.0.0/16;", "            deny all;",
           "            auth_basic \"Restricted\";", "            auth_basic_user_file /etc/nginx/.htpasswd;", "        }", "",
           "        location /legacy-erp/ {", "            proxy_pass https://erp.internal:8443/;",
           "            proxy_set_header Authorization \"Basic %s\";" % basic, "            proxy_set_header X-Real-IP $remote_addr;", "        }", "",
           "        location /partner-api/ {", "            proxy_pass https://partner.%s/v2/;" % pick(COMPANY_DOMAINS)]
    if R.random() < 0.5:
        out.append("            proxy_set_header Authorization \"Bearer %s\";" % d.L("bearer-token", v_bearer()))
    else:
        out.append("            proxy_set_header X-Api-Key \"%s\";" % d.L("generic-secret", v_generic()))
    out += ["            proxy_read_timeout %ds;" % ri(5, 120), "        }", "",
            "        location /docs/ {", "            # example from the vendor docs, not ours", "            # proxy_set_header Authorization \"Basic %s\";" % d.D("rfc-basic", RFC7617_BASIC),
            "            root /var/www;", "        }", "    }", "}"]
    d.set("\n".join(out) + "\n")


def c_pem(i):
    kind = pick(["bundle", "key", "ssh", "pgp", "bundle"])
    if kind == "ssh":
        d = Doc("pem/id_%s-%02d" % (pick(["rsa", "ed25519", "ecdsa"]), i))
        d.set(d.L("private-key", v_private_key("OPENSSH PRIVATE KEY")) + "\n")
        return
    if kind == "pgp":
        d = Doc("pem/secring-%02d.asc" % i)
        pub = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(_pem_body("mQINBGV", 700)) + "\n=" + b64(rbytes(3)) + "\n-----END PGP PUBLIC KEY BLOCK-----"
        d.D("public-key", pub)
        d.set("# exported with gpg (GnuPG) 2.4.%d for %s\n%s\n\n%s\n" % (ri(0, 7), d.L("email", v_email()), pub, d.L("private-key", v_private_key("PGP PRIVATE KEY BLOCK"))))
        return
    d = Doc("pem/%s-%02d.pem" % (pick(["server", "client", "gateway", "saml"]), i))
    parts = []
    if kind == "bundle":
        parts.append("subject=CN = %s\nissuer=C = US, O = Let's Encrypt, CN = R11" % ("api." + pick(COMPANY_DOMAINS)))
        parts.append(d.D("certificate", public_pem("CERTIFICATE")))
        parts.append(d.D("certificate", public_pem("CERTIFICATE")))
    else:
        parts.append(d.D("csr", public_pem("CERTIFICATE REQUEST")))
        parts.append(d.D("public-key", public_pem("PUBLIC KEY")))
    parts.append(d.L("private-key", v_private_key(pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]))))
    R.shuffle(parts)
    d.set("\n".join(parts) + "\n")


def c_gcp_sa(i):
    d = Doc("cloud/gcp-service-account-%02d.json" % i)
    proj = "%s-%s-%d" % (pick(["acme", "kestrel", "orbit", "polder"]), pick(["prod", "data", "ml"]), ri(100000, 999999))
    sa = "%s@%s.iam.gserviceaccount.com" % (pick(["terraform", "bq-loader", "ci-deployer", "looker"]), proj)
    obj = [("type", "service_account"), ("project_id", proj), ("private_key_id", sha(40)),
           ("private_key", "PK"), ("client_email", sa), ("client_id", safe_digits(21)),
           ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
           ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
           ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/%s" % qenc(sa)),
           ("universe_domain", "googleapis.com")]
    pk = v_private_key("PRIVATE KEY", nl="\\n") + "\\n"
    d.L("private-key", pk[:-2])
    d.L("email", sa)
    d.L("email", qenc(sa))
    lines = []
    for k, v in obj:
        lines.append('  "%s": "%s"' % (k, pk if v == "PK" else v))
    d.set("{\n" + ",\n".join(lines) + "\n}\n")


def c_oauth(i):
    d = Doc("api/oauth-token-%02d.json" % i)
    kind = i % 4
    if kind == 0:
        at = d.L("jwt|generic-secret", v_jwt())
        idt = d.L("jwt", v_jwt({"email": v_email(), "email_verified": True}))
        # email inside the base64 payload is not visible text
        body = ('{\n  "access_token": "%s",\n  "token_type": "Bearer",\n  "expires_in": %d,\n  "refresh_token": "%s",\n'
                '  "id_token": "%s",\n  "scope": "openid profile email offline_access"\n}\n') % (
            at, pick([3600, 86399, 300]), d.L("generic-secret", rs(ALNUM + "-_", 54)), idt)
    elif kind == 1:
        at = d.L("generic-secret|bearer-token", "ya29.a0" + rs(ALNUM + "-_", 180))
        body = ('{\n  "access_token": "%s",\n  "expires_in": 3599,\n  "refresh_token": "%s",\n  "scope": "https://www.googleapis.com/auth/drive.readonly",\n'
                '  "token_type": "Bearer",\n  "id_token": "%s"\n}\n') % (at, d.L("generic-secret", "1//0" + rs(ALNUM + "-_", 99)), d.L("jwt", v_jwt(alg="RS256")))
    elif kind == 2:
        at = d.L("slack-token", v_slack("xoxb"))
        body = json.dumps({"ok": True, "app_id": "A" + rs(UPPER + DIG, 10), "authed_user": {"id": "U" + rs(UPPER + DIG, 10), "scope": "chat:write",
                           "access_token": "USER", "token_type": "user"}, "scope": "commands,chat:write,channels:read",
                           "token_type": "bot", "access_token": at, "bot_user_id": "U" + rs(UPPER + DIG, 10),
                           "team": {"id": "T" + rs(UPPER + DIG, 10), "name": pick(["Kestrel Analytics", "Polder Bank"])},
                           "enterprise": None, "is_enterprise_install": False, "refresh_token": "REFRESH", "expires_in": 43200}, indent=4)
        body = body.replace('"USER"', '"%s"' % d.L("slack-token", v_slack("xoxp"))).replace('"REFRESH"', '"%s"' % d.L("slack-token", v_slack("xoxe")))
        body += "\n"
    else:
        body = ('HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nCache-Control: no-store\r\nPragma: no-cache\r\n'
                'Date: %s\r\nX-Request-Id: %s\r\n\r\n{"access_token":"%s","token_type":"Bearer","expires_in":3600,"refresh_token":"%s","example_parameter":"example_value"}\n') % (
            Clock().fmt("%a, %d %b %Y %H:%M:%S GMT"), uuid(), d.L("generic-secret|bearer-token", rs(ALNUM, 40)), d.L("generic-secret", rs(ALNUM, 32)))
        body += "\n# RFC 6749 section 5.1 example for comparison:\n# {\"access_token\":\"%s\",\"token_type\":\"example\",\"expires_in\":3600,\"refresh_token\":\"%s\"}\n" % (
            d.D("rfc-example", "2YotnFZFEjr1zCsicMWpAA"), d.D("rfc-example", "tGzv3JOkF0XG5Qx2TlKWIA"))
    d.set(body)


def c_shell_history(i):
    d = Doc("shell/%s-%02d" % (pick([".bash_history", ".zsh_history"]).lstrip("."), i))
    zsh = "zsh" in d.path
    c = Clock()
    cmds = ["ls -la", "cd ~/src/%s" % pick(["orders", "infra", "billing"]), "git status", "git pull --rebase", "kubectl get pods -n prod",
            "docker ps", "vim .env", "make test", "htop", "history | grep ssh"]
    sec = []
    sec.append("mysql -h %s -u root -p%s orders" % (pick(["mysql-primary.internal", "127.0.0.1"]), d.L("password", v_pw_simple())))
    sec.append("export %s=%s" % secret_kv(d))
    sec.append("export %s=\"%s\"" % secret_kv(d))
    sec.append("curl -u admin:%s https://jenkins.%s/api/json" % (d.L("password", v_pw_simple()), pick(COMPANY_DOMAINS)))
    sec.append("curl -H 'Authorization: Bearer %s' https://api.%s/v1/me" % (d.L("bearer-token", v_bearer()), pick(COMPANY_DOMAINS)))
    sec.append("psql '%s'" % _url_cred(d))
    sec.append("sshpass -p '%s' ssh ops@%s" % (d.L("password", v_pw_simple()), d.L("ipv4", v_ipv4())))
    sec.append("docker login -u ci-bot --password %s registry.%s" % (d.L("password", v_pw_simple()), pick(COMPANY_DOMAINS)))
    sec.append("kubectl create secret generic api --from-literal=%s=%s" % secret_kv(d, ["generic-secret", "stripe-key", "openai-key", "sendgrid-key"]))
    sec.append("aws configure set aws_secret_access_key %s" % d.L("aws-secret-key", v_aws_secret()))
    sec.append("git remote set-url origin https://oauth2:%s@gitlab.%s/platform/infra.git" % (d.L("gitlab-token|url-credentials", v_gitlab("glpat-")), pick(COMPANY_DOMAINS)))
    sec.append("htpasswd -b -c /etc/nginx/.htpasswd admin %s" % d.L("password", v_pw_simple()))
    decoys = ["export DB_PASSWORD=$(vault kv get -field=password secret/app)", "read -s DB_PASSWORD && export DB_PASSWORD",
              "mysql -u root -p", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "ssh -p 2222 deploy@10.0.4.12",
              "ping -c 3 192.0.2.44", "echo $GITHUB_TOKEN | gh auth login --with-token",
              "openssl rand -hex 32", "git log --oneline -n 5 | cat", "curl -s https://api.ipify.org", "sudo systemctl restart nginx",
              "export SECRET_KEY=REPLACE_ME", "docker login -u ci-bot --password-stdin ghcr.io < ~/.ghcr"]
    for x in decoys:
        d.D("cmd-decoy", x)
    allc = sec + R.sample(decoys, ri(5, 8)) + R.sample(cmds, ri(5, 9))
    R.shuffle(allc)
    out = []
    for x in allc:
        out.append(": %d:0;%s" % (c.tick(5, 900), x) if zsh else x)
    d.set("\n".join(out) + "\n")


def c_kubectl(i):
    kind = i % 3
    if kind == 0:
        d = Doc("kubectl/get-secret-%02d.txt" % i)
        out = ["$ kubectl get secret %s -n prod -o yaml" % pick(["regcred", "app-env", "db-creds"]), "apiVersion: v1", "data:"]
        for k in ["username", "host"]:
            out.append("  %s: %s" % (k, d.D("base64-config", b64(pick(["app", "db.internal", "svc"]).encode()))))
        out += ["kind: Secret", "metadata:", "  creationTimestamp: \"%s\"" % ts_iso()[:19] + "Z", "  name: app-env", "  namespace: prod",
                "  resourceVersion: \"%d\"" % ri(100000, 99999999), "  uid: %s" % uuid(), "stringData: {}", "type: Opaque", "",
                "$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d",
                '{"auths":{"ghcr.io":{"username":"ci-bot","password":"%s","auth":"%s"}}}' % (
                    d.L("github-token|password", v_github("ghp_")), d.L("docker-auth", v_docker_auth())),
                "", "$ kubectl exec deploy/api -- env | grep -i -E 'key|token|pass'"]
        for _ in range(ri(5, 8)):
            k, v = secret_kv(d)
            out.append("%s=%s" % (k, v))
        k, v = decoy_kv(d)
        out.append("%s=%s" % (k, v))
    elif kind == 1:
        d = Doc("kubectl/describe-pod-%02d.txt" % i)
        pod = "api-%s-%s" % (rs(LOWER + DIG, 10), rs(LOWER + DIG, 5))
        out = ["Name:             %s" % pod, "Namespace:        prod", "Priority:         0", "Node:             ip-10-0-%d-%d.eu-west-1.compute.internal/10.0.%d.%d" % (
            ri(0, 255), ri(1, 254), ri(0, 255), ri(1, 254)), "Start Time:       %s" % Clock().fmt("%a, %d %b %Y %H:%M:%S +0000"),
            "Labels:           app=api", "                  pod-template-hash=%s" % rs(LOWER + DIG, 10), "Status:           Running",
            "IP:               10.0.%d.%d" % (ri(0, 255), ri(1, 254)), "Containers:", "  api:",
            "    Container ID:   containerd://%s" % sha(64), "    Image:          registry.internal/api:%d.%d.%d" % (ri(1, 3), ri(0, 30), ri(0, 9)),
            "    Image ID:       registry.internal/api@sha256:%s" % sha(64), "    Port:           8080/TCP", "    State:          Running",
            "    Ready:          True", "    Restart Count:  %d" % ri(0, 7), "    Environment:"]
        for _ in range(ri(6, 9)):
            k, v = secret_kv(d)
            out.append("      %-28s %s" % (k + ":", v))
        out.append("      %-28s <set to the key 'password' in secret 'db-creds'>  Optional: false" % "DB_PASSWORD:")
        d.D("code-ref", "<set to the key 'password' in secret 'db-creds'>")
        for _ in range(4):
            k, v = decoy_kv(d)
            out.append("      %-28s %s" % (k + ":", v))
        out += ["    Mounts:", "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)" % rs(LOWER + DIG, 5),
                "Events:", "  Type    Reason   Age   From     Message", "  ----    ------   ----  ----     -------",
                "  Normal  Pulled   %dm   kubelet  Successfully pulled image in %d.%03ds" % (ri(1, 59), ri(0, 9), ri(0, 999))]
    else:
        d = Doc("kubectl/logs-%02d.txt" % i)
        c = Clock()
        out = ["$ kubectl logs deploy/ingress-nginx-controller -n ingress-nginx --since=1h | head -40"]
        for _ in range(ri(10, 16)):
            ip = d.L("ipv4", v_ipv4()) if R.random() < 0.7 else d.L("ipv6", v_ipv6())
            q = pick(["", "?page=%d" % ri(1, 9), "Q", "Q", "?utm_source=newsletter&utm_campaign=%d" % ri(100, 999)])
            if q == "Q":
                q = "?" + query_value(d)
            out.append('%s - - [%s] "GET /api/v%d/%s%s HTTP/1.1" %d %d "-" "%s" %d %.3f [prod-api-8080] [] 10.0.%d.%d:8080 %d %.3f %d %s' % (
                ip, c.clf(), ri(1, 3), pick(["orders", "users/me", "search", "cart"]), q, pick([200, 200, 200, 304, 401, 404, 500]),
                ri(100, 90000), pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "okhttp/4.12.0", "curl/8.7.1"]),
                ri(200, 900), R.random(), ri(0, 255), ri(1, 254), ri(100, 9000), R.random(), pick([200, 304]), sha(32)))
    d.set("\n".join(out) + "\n")


# ---- application logs

JAVA_PKGS = ["com.acme.orders", "eu.polderbank.payments", "io.kestrel.ingest", "de.nordhafen.tms"]


def java_trace(exc, msg, pkg):
    lines = ["%s: %s" % (exc, msg)]
    for _ in range(ri(4, 9)):
        cls = pick(["service.OrderService", "web.CheckoutController", "repo.CustomerRepository", "client.PartnerClient", "kyc.KycVerifier"])
        lines.append("\tat %s.%s.%s(%s.java:%d)" % (pkg, cls, pick(["process", "handle", "lambda$submit$3", "save", "call", "verify"]), cls.split(".")[-1], ri(20, 900)))
    lines += ["\tat org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:%d)" % ri(600, 800),
              "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:%d)" % ri(100, 200),
              "\tat java.base/java.lang.Thread.run(Thread.java:%d)" % pick([840, 1583, 1595]),
              "Caused by: %s" % pick(["java.net.SocketTimeoutException: Read timed out", "org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"customers_email_key\"",
                                      "java.lang.IllegalStateException: validation failed"]),
              "\t... %d common frames omitted" % ri(20, 80)]
    return "\n".join(lines)


def c_java_log(i):
    d = Doc("logs/java/%s-%02d.log" % (pick(["orders-service", "payment-gateway", "kyc", "tms"]), i))
    pkg = pick(JAVA_PKGS)
    c = Clock()
    out = []
    th = lambda: pick(["http-nio-8080-exec-%d" % ri(1, 200), "main", "scheduling-1", "kafka-consumer-%d" % ri(0, 9), "ForkJoinPool.commonPool-worker-%d" % ri(1, 7)])
    pid = ri(1, 9999)

    def line(level, logger, msg):
        out.append("%s %5s %d --- [%s] %-40s : %s" % (c.fmt("%Y-%m-%d %H:%M:%S") + ".%03d" % ri(0, 999), level, pid, th(), pkg + "." + logger, msg))
    line("INFO", "Application", "Started Application in %d.%03d seconds (process running for %d.%d)" % (ri(3, 40), ri(0, 999), ri(4, 50), ri(0, 9)))
    line("INFO", "config.DataSourceConfig", "HikariPool-1 - Starting... jdbc:postgresql://db-prod-01.internal:5432/app user=app password=%s" % d.D("ph-pw", pick(["******", "<masked>", "[PROTECTED]"])))
    for _ in range(ri(8, 14)):
        r = ri(0, 11)
        rid = uuid()
        if r == 0:
            line("INFO", "web.RequestLogger", "POST /api/v2/customers from %s reqId=%s body={\"email\":\"%s\",\"phone\":\"%s\",\"dob\":\"%s\"}" % (
                d.L("ipv4", v_ipv4()), rid, d.L("email", jesc(v_email())), d.L("phone", v_phone()), d.L("date-of-birth", v_dob("iso"))))
        elif r == 1:
            line("DEBUG", "client.PartnerClient", "--> GET https://partner.%s/v1/accounts headers={Authorization=[Bearer %s], X-Request-Id=[%s]}" % (
                pick(COMPANY_DOMAINS), d.L("jwt|bearer-token", v_jwt()), rid))
        elif r == 2:
            line("WARN", "service.PaymentService", "Card declined for order %s: pan=%s amount=%s EUR" % (order_id(), d.L("credit-card", v_card("plain")), price()))
        elif r == 3:
            line("ERROR", "web.GlobalExceptionHandler", "Unhandled exception reqId=%s user=%s\n%s" % (rid, d.L("email", v_email()), java_trace(
                "org.springframework.dao.DataIntegrityViolationException", "could not execute statement; SQL [n/a]; constraint [customers_iban_key]; iban=%s" % d.L("iban", v_iban()), pkg)))
        elif r == 4:
            line("DEBUG", "client.LegacyErpClient", "Request headers: Authorization: Basic %s, Accept: application/xml" % d.L("basic-auth", v_basic()))
        elif r == 5:
            line("INFO", "kyc.KycVerifier", "KYC check passed for customer %s (%s=%s, passport=%s)" % (
                safe_digits(8), *(lambda cat: (pick(ID_PROSE[cat]), d.L(cat, ID_GEN[cat]())))(lowest(list(ID_GEN))[0]), d.L("passport", v_passport())))
        elif r == 6:
            line("INFO", "web.RequestLogger", "GET /api/v2/orders/%s 200 %dms client=%s ua=\"okhttp/4.12.0\"" % (safe_digits(9), ri(3, 900), d.L("ipv6", v_ipv6())))
        elif r == 7:
            line("WARN", "config.Env", "Deprecated property used: app.%s=%s" % secret_kv(d))
        elif r == 8:
            line("INFO", "service.OrderService", "Order %s total=%s EUR items=%d snowflake=%s ts=%s hash=%s score=%s ports=%s" % (
                order_id(), price(), ri(1, 9), d.D("snowflake", snowflake()), d.D("epoch", epoch_ms()), d.D("negative-hash", "-" + safe_digits(10, "12")),
                d.D("float", "0.%s" % safe_digits(16)), d.D("port-list", ",".join(str(x) for x in sorted(R.sample([80, 443, 5432, 6379, 8080, 8443, 9092, 9200, 9300, 27017], 5))))))
        elif r == 9:
            line("DEBUG", "security.JwtFilter", "Rejected token %s: alg none not allowed" % d.D("unsigned-jwt", unsigned_jwt()))
        elif r == 10:
            line("INFO", "notify.SmsSender", "SMS queued to %s template=otp_v3 ttl=%ds" % (d.L("phone", v_phone()), pick([120, 300])))
        else:
            line("INFO", "service.OrderService", "Processed card %s (masked) clause %s" % (d.D("masked-card", masked_card()), d.D("clause", "252.227-%04d" % ri(7000, 7030))))
    line("INFO", "Application", "Graceful shutdown complete")
    d.set("\n".join(out) + "\n")


def c_python_log(i):
    d = Doc("logs/python/%s-%02d.log" % (pick(["celery-worker", "django", "fastapi", "airflow-task"]), i))
    c = Clock()
    out = []
    def line(level, name, msg):
        out.append("[%s,%03d: %s/%s] %s: %s" % (c.fmt("%Y-%m-%d %H:%M:%S"), ri(0, 999), level, pick(["MainProcess", "ForkPoolWorker-%d" % ri(1, 8)]), name, msg))
    line("INFO", "celery.worker", "Connected to %s" % d.D("ph-url", "amqp://guest:**@rabbitmq:5672//"))
    for _ in range(ri(6, 10)):
        r = ri(0, 7)
        if r == 0:
            line("INFO", "tasks.sync_customer", "Task tasks.sync_customer[%s] received args=(%s,) kwargs={'email': '%s', 'phone': '%s'}" % (
                uuid(), safe_digits(7), d.L("email", v_email()), d.L("phone", v_phone())))
        elif r == 1:
            line("WARNING", "urllib3.connectionpool", "Retrying (Retry(total=2, connect=None, read=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.%s', port=443)\")': /v1/charges?api_key=%s" % (
                pick(COMPANY_DOMAINS), d.L("generic-secret", v_generic())))
        elif r == 2:
            line("INFO", "app.payouts", "payout %s scheduled iban=%s amount=%s" % (order_id(), d.L("iban", v_iban()), price()))
        elif r == 3:
            line("DEBUG", "app.auth", "login ok user_id=%s ip=%s trace_id=%s" % (safe_digits(6), d.L("ipv4", v_ipv4()), sha(32)))
        elif r == 4:
            line("INFO", "app.config", "Loaded settings: DEBUG=False ALLOWED_HOSTS=['*'] %s='%s'" % secret_kv(d))
        elif r == 5:
            cat = lowest(list(ID_GEN))[0]
            line("INFO", "app.kyc", "identity verified: %s %s, dob %s" % (pick(ID_PROSE[cat]), d.L(cat, ID_GEN[cat]()), d.L("date-of-birth", v_dob())))
        elif r == 6:
            line("INFO", "app.stats", "processed %d rows in %.2fs (version %s, build %s)" % (ri(100, 90000), R.random() * 60, d.D("version", "3.%d.%d.%d" % (ri(0, 12), ri(0, 9), ri(100, 999))), sha(7)))
        else:
            line("INFO", "app.geo", "lookup %s -> %s (%s)" % (d.L("ipv6", v_ipv6()), pick(["DE", "NL", "FR", "US"]), d.D("mac", mac())))
    pw = v_pw_simple()
    url = _url_cred(d)
    tb = ["Traceback (most recent call last):",
          '  File "/srv/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line %d, in _wrap_pool_connect' % ri(3000, 3400),
          "    return fn()",
          '  File "/srv/app/app/db.py", line %d, in connect' % ri(10, 90),
          "    engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)",
          '  File "/srv/app/app/tasks.py", line %d, in sync_customer' % ri(10, 300),
          "    resp = client.post(url, json=payload, auth=(\"svc-sync\", \"%s\"))" % d.L("password", pw),
          "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed",
          "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
          "Locals: url=%r password=None token=None" % url]
    d.D("code-ref", "password=None")
    line("ERROR", "celery.app.trace", "Task tasks.sync_customer[%s] raised unexpected: OperationalError\n%s" % (uuid(), "\n".join(tb)))
    d.set("\n".join(out) + "\n")


def c_go_log(i):
    d = Doc("logs/go/%s-%02d.log" % (pick(["gateway", "ledger", "notifier"]), i))
    c = Clock()
    out = []
    for _ in range(ri(10, 15)):
        r = ri(0, 7)
        t = c.iso()
        if r == 0:
            out.append('time=%s level=INFO msg="request" method=GET path=/v1/users/%s status=200 dur=%dms remote=%s:%d req_id=%s' % (
                t, safe_digits(6), ri(1, 800), d.L("ipv4", v_ipv4()), ri(1024, 65535), rs(LOWER + DIG, 20)))
        elif r == 1:
            out.append('time=%s level=INFO msg="request" method=POST path=/v1/login status=401 remote=[%s]:%d user=%s' % (
                t, d.L("ipv6", v_ipv6()), ri(1024, 65535), d.L("email", v_email())))
        elif r == 2:
            out.append('time=%s level=DEBUG msg="outbound" url="https://api.%s/v2/send" header.Authorization="Bearer %s"' % (
                t, pick(COMPANY_DOMAINS), d.L("bearer-token", v_bearer())))
        elif r == 3:
            out.append('time=%s level=WARN msg="config fallback" key=%s value=%s' % ((t,) + secret_kv(d)))
        elif r == 4:
            out.append('{"level":"info","ts":%d.%06d,"caller":"notify/sms.go:%d","msg":"sent","to":"%s","sid":"SM%s"}' % (
                c.tick(), ri(0, 999999), ri(20, 300), d.L("phone", v_phone()), rs(HEXL, 32)))
        elif r == 5:
            out.append('time=%s level=INFO msg="peer connected" addr=%s mac=%s uptime=%s' % (t, d.D("private-ip", private_ipv4()), d.D("mac", mac()), pick(["12:04:33", "01:59:59"])))
        elif r == 6:
            out.append('time=%s level=ERROR msg="db ping failed" dsn="%s" err="dial tcp: i/o timeout"' % (t, _url_cred(d)))
        else:
            out.append('time=%s level=INFO msg="build info" version=v%d.%d.%d commit=%s go=go1.%d.%d' % (t, ri(0, 3), ri(0, 30), ri(0, 9), sha(40), ri(21, 24), ri(0, 9)))
    out.append("panic: runtime error: invalid memory address or nil pointer dereference")
    out.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]" % (ri(0, 0x100), ri(0x400000, 0x4fffff)))
    out.append("")
    out.append("goroutine %d [running]:" % ri(1, 900))
    for _ in range(ri(3, 6)):
        out.append("github.com/%s/%s/internal/%s.(*%s).%s(0xc000%06x, {0x%x, 0xc000%06x})" % (
            pick(["kestrel-io", "polderbank"]), pick(["gateway", "ledger"]), pick(["http", "store", "queue"]), pick(["Server", "Store", "Client"]),
            pick(["Handle", "Get", "Publish"]), ri(0, 0xffffff), ri(0x100000, 0xffffff), ri(0, 0xffffff)))
        out.append("\t/build/internal/%s.go:%d +0x%x" % (pick(["http/server", "store/pg", "queue/kafka"]), ri(10, 900), ri(0x10, 0x4ff)))
    d.set("\n".join(out) + "\n")


def c_node_log(i):
    d = Doc("logs/node/%s-%02d.jsonl" % (pick(["storefront", "bff", "auth"]), i))
    c = Clock()
    out = []
    host = "api-%s" % rs(LOWER + DIG, 5)
    for _ in range(ri(10, 15)):
        r = ri(0, 6)
        base = {"level": pick([30, 30, 40, 50]), "time": c.tick() * 1000 + ri(0, 999), "pid": ri(1, 99), "hostname": host, "reqId": "req-%d" % ri(1, 9999)}
        if r == 0:
            base.update({"req": {"method": "POST", "url": "/api/signup", "remoteAddress": d.L("ipv4", v_ipv4()), "remotePort": ri(1024, 65535)},
                         "body": {"email": "E", "password": "P", "newsletter": True}, "msg": "incoming request"})
            s = json.dumps(base).replace('"E"', '"%s"' % d.L("email", jesc(v_email()))).replace('"P"', '"%s"' % d.L("password", jesc(v_password())))
        elif r == 1:
            base.update({"req": {"method": "GET", "url": "/api/me", "headers": {"host": "api.internal", "authorization": "Bearer TOK", "user-agent": "Mozilla/5.0"}}, "msg": "incoming request"})
            tok = v_jwt()
            s = json.dumps(base).replace("TOK", d.L("jwt|bearer-token", tok))
        elif r == 2:
            base.update({"err": {"type": "FetchError", "message": "request to https://api.stripe.com/v1/charges failed", "stack": "FetchError: request failed\n    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)\n    at ClientRequest.emit (node:events:519:28)"},
                         "stripeKey": "SK", "msg": "payment failed"})
            s = json.dumps(base).replace('"SK"', '"%s"' % d.L("stripe-key", v_stripe()))
        elif r == 3:
            base.update({"msg": "password reset requested", "user": {"id": safe_digits(7), "phone": "PH"}, "resetToken": "RT"})
            s = json.dumps(base).replace('"PH"', '"%s"' % d.L("phone", v_phone())).replace('"RT"', '"%s"' % d.L("generic-secret", v_generic()))
        elif r == 4:
            base.update({"msg": "config", "env": {"NODE_ENV": "production", "PORT": "3000", "SESSION_SECRET": "[Redacted]", "DATABASE_URL": "[Redacted]"}})
            d.D("redacted", "[Redacted]")
            s = json.dumps(base)
        elif r == 5:
            base.update({"res": {"statusCode": 200}, "responseTime": round(R.random() * 300, 2), "msg": "request completed", "order": order_id(), "traceId": sha(32)})
            s = json.dumps(base)
        else:
            base.update({"msg": "geoip", "ip": "IP6", "country": pick(["DE", "FR", "SE"]), "asn": ri(1000, 60000)})
            s = json.dumps(base).replace("IP6", d.L("ipv6", v_ipv6()))
        out.append(s)
    d.set("\n".join(out) + "\n")


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
       "python-requests/2.32.3", "curl/8.9.1", "Go-http-client/2.0", "okhttp/4.12.0", "PostmanRuntime/7.42.0",
       "Googlebot/2.1 (+http://www.google.com/bot.html)"]


def query_value(d):
    r = ri(0, 11)
    if r == 0:
        return "email=%s" % d.L("email", qenc(v_email()))
    if r == 1:
        return "phone=%s" % d.L("phone", qenc(v_phone()))
    if r == 2:
        return "api_key=%s" % d.L("generic-secret", v_generic().replace("+", "").replace("/", "").replace("=", ""))
    if r == 3:
        return "access_token=%s" % d.L("jwt|generic-secret", v_jwt())
    if r == 4:
        return "key=%s" % d.L("google-api-key", v_google())
    if r == 5:
        return "token=%s" % d.D("ph-secret", pick(["REPLACE_ME", "xxxx", "undefined", "null"]))
    if r == 6:
        return "q=%s" % qplus(pick(["winter jacket", "order 4411", "café crème"]))
    if r == 7:
        return "redirect_uri=%s" % qenc("https://app.%s/callback" % pick(COMPANY_DOMAINS))
    if r == 8:
        return "ts=%s" % d.D("epoch", epoch_ms())
    if r == 9:
        return "sig=%s" % d.D("hash", sha(64))
    if r == 10:
        return "contact=%s" % d.L("email", qplus(v_email()))
    return "v=%s" % d.D("version", "%d.%d.%d.%d" % (ri(1, 9), ri(0, 9), ri(0, 9), ri(0, 999)))


def c_nginx_access(i):
    d = Doc("logs/access/nginx-access-%02d.log" % i)
    c = Clock()
    out = []
    for _ in range(ri(16, 24)):
        r = R.random()
        ip = d.L("ipv4", v_ipv4()) if r < 0.55 else (d.L("ipv6", v_ipv6()) if r < 0.75 else d.D("private-ip", private_ipv4()))
        path = pick(["/api/v1/login", "/search", "/checkout", "/unsubscribe", "/static/app.%s.js" % sha(8), "/oauth/callback", "/img/logo@2x.png"])
        q = ("?" + "&".join(query_value(d) for _ in range(ri(1, 2)))) if R.random() < 0.6 and "static" not in path else ""
        user = "-"
        out.append('%s - %s [%s] "%s %s%s HTTP/%s" %d %d "%s" "%s" rt=%.3f uct="%.3f"' % (
            ip, user, c.clf(), pick(["GET", "GET", "POST"]), path, q, pick(["1.1", "2.0"]), pick([200, 200, 302, 404, 499, 502]),
            ri(0, 50000), pick(["-", "https://www.google.com/", "https://%s/" % pick(COMPANY_DOMAINS)]), pick(UAS), R.random(), R.random() / 10))
    d.set("\n".join(out) + "\n")


def c_apache_access(i):
    d = Doc("logs/access/apache-access-%02d.log" % i)
    c = Clock()
    out = []
    for _ in range(ri(14, 20)):
        ip = d.L("ipv4", v_ipv4()) if R.random() < 0.75 else d.L("ipv6", v_ipv6())
        user = pick(["-", "-", "-", "E", "jenkins"])
        if user == "E":
            user = d.L("email", v_email())
        path = pick(["/index.php", "/wp-login.php", "/api/export.csv", "/reset-password", "/cgi-bin/status", "/account/settings"])
        if R.random() < 0.15:
            path = "/reset-password?password=%s&confirm=1" % d.L("password", qenc(v_password("word")))
            q = ""
        else:
            q = ("?" + query_value(d)) if R.random() < 0.6 else ""
        out.append('%s - %s [%s] "%s %s%s HTTP/1.1" %d %s "%s" "%s" %d' % (
            ip, user, c.clf(), pick(["GET", "POST", "HEAD"]), path, q, pick([200, 301, 403, 404, 500]),
            pick(["-", str(ri(100, 99999))]), "-", pick(UAS), ri(100, 4000000)))
    out.append('%s - - [%s] "GET /server-status HTTP/1.1" 403 199 "-" "%s" 512' % (d.D("doc-ip", "203.0.113.%d" % ri(1, 254)), c.clf(), pick(UAS)))
    d.set("\n".join(out) + "\n")


def c_syslog(i):
    d = Doc("logs/syslog/%s-%02d.log" % (pick(["auth", "syslog", "mail"]), i))
    c = Clock()
    host = pick(["bastion-01", "mx1", "web-03", "db-prod-01"])
    out = []
    for _ in range(ri(14, 22)):
        t = c.fmt("%b %d %H:%M:%S").replace(" 0", "  ", 1)
        r = ri(0, 9)
        if r == 0:
            out.append("%s %s sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (t, host, ri(1000, 99999), d.L("ipv4", v_ipv4()), ri(1024, 65535), b64(rbytes(32)).rstrip("=")))
        elif r == 1:
            out.append("%s %s sshd[%d]: Failed password for invalid user %s from %s port %d ssh2" % (t, host, ri(1000, 99999), pick(["admin", "oracle", "test", "ubuntu"]), d.L("ipv4", v_ipv4()), ri(1024, 65535)))
        elif r == 2:
            out.append("%s %s postfix/smtpd[%d]: %s: client=mail-%s.%s[%s]" % (t, host, ri(1000, 99999), rs("0123456789ABCDEF", 10), rs(LOWER, 4), pick(COMPANY_DOMAINS), d.L("ipv4", v_ipv4())))
        elif r == 3:
            out.append("%s %s postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (t, host, ri(1000, 99999), rs("0123456789ABCDEF", 10), d.L("email", v_email()), ri(1000, 90000)))
        elif r == 4:
            out.append("%s %s postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=%.2f, status=sent (250 2.0.0 OK)" % (
                t, host, ri(1000, 99999), rs("0123456789ABCDEF", 10), d.L("email", v_email()), "aspmx.l.google.com", d.L("ipv6", v_ipv6()), R.random() * 3))
        elif r == 5:
            out.append("%s %s sudo[%d]:   ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p%s" % (t, host, ri(1000, 99999), d.L("password", v_pw_simple())))
        elif r == 6:
            out.append("%s %s kernel: [%d.%06d] IN=eth0 OUT= MAC=%s:%s:08:00 SRC=%s DST=10.0.%d.%d LEN=60 TTL=%d PROTO=TCP SPT=%d DPT=22" % (
                t, host, ri(1000, 999999), ri(0, 999999), mac(), mac(), d.L("ipv4", v_ipv4()), ri(0, 255), ri(1, 254), ri(30, 64), ri(1024, 65535)))
        elif r == 7:
            out.append("%s %s snmpd[%d]: Connection from UDP: [%s]:%d->[10.0.0.5]:161 oid %s" % (t, host, ri(100, 9999), d.D("private-ip", private_ipv4()), ri(1024, 65535), d.D("oid", "1.3.6.1.2.1.%d.%d.%d" % (ri(1, 30), ri(1, 9), ri(1, 9)))))
        elif r == 8:
            out.append("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup.sh --s3-key %s --s3-secret %s)" % (
                t, host, ri(1000, 99999), d.L("aws-access-key-id", v_aws_id()), d.L("aws-secret-key", v_aws_secret())))
        else:
            out.append("%s %s systemd[1]: Started %s.service - %s (pid %d, %s)." % (t, host, pick(["nginx", "node-exporter", "app"]), pick(["A high performance web server", "Exporter"]), ri(100, 99999), d.D("version", "v%d.%d.%d" % (ri(0, 2), ri(0, 9), ri(0, 9)))))
    d.set("\n".join(out) + "\n")


def c_json_events(i):
    d = Doc("events/%s-%02d.jsonl" % (pick(["user-events", "audit", "segment-track", "kafka-dump"]), i))
    c = Clock()
    out = []
    for _ in range(ri(8, 12)):
        r = ri(0, 5)
        ev = {"event_id": uuid(), "ts": c.iso(), "schema": "v%d" % ri(1, 4)}
        if r <= 2:
            rec = Rec(d, esc=jesc) if R.random() < 0.8 else DecoyRec(d, esc=jesc)
            ev["type"] = pick(["user.created", "user.updated", "kyc.completed"])
            ev["data"] = "DATA"
            s = json.dumps(ev).replace('"DATA"', "{" + ", ".join('"%s": "%s"' % (k, v) for k, _, v in rec.f) + "}")
        elif r == 3:
            ev.update({"type": "auth.login", "ip": "IP", "ua": pick(UAS), "success": True, "mfa": pick(["totp", "sms", None])})
            s = json.dumps(ev).replace('"IP"', '"%s"' % (d.L("ipv4", v_ipv4()) if R.random() < 0.6 else d.L("ipv6", v_ipv6())))
        elif r == 4:
            ev.update({"type": "payment.captured", "amount": int(float(price()) * 100), "currency": "EUR", "card": {"last4": "%04d" % ri(0, 9999), "bin": "%06d" % ri(400000, 559999), "fingerprint": rs(ALNUM, 16)}, "order": order_id()})
            d.D("card-fragment", "bin")
            s = json.dumps(ev)
        else:
            ev.update({"type": "integration.configured", "provider": pick(["slack", "sendgrid", "twilio", "shopify", "datadog"]), "config": {"K": "V"}})
            if ev["provider"] == "twilio" and R.random() < 0.7:
                s = json.dumps(ev).replace('{"K": "V"}', '{"account_sid": "AC%s", "auth_token": "%s", "from": "%s"}' % (
                    rs(HEXL, 32), _twilio_auth(d), d.L("phone", v_phone("US"))))
            else:
                k, v = secret_kv(d, ["slack-webhook", "sendgrid-key", "twilio-key", "shopify-token", "datadog-key", "mailgun-key", "slack-token"])
                s = json.dumps(ev).replace('{"K": "V"}', '{"%s": "%s"}' % (k.lower(), v))
        out.append(s)
    d.set("\n".join(out) + "\n")


def c_api_response(i):
    d = Doc("api/%s-%02d.json" % (pick(["customers", "employees", "accounts", "patients"]), i))
    recs = [Rec(d, n_ids=pick([1, 2]), esc=jesc) for _ in range(ri(3, 5))] + [DecoyRec(d, esc=jesc) for _ in range(ri(1, 2))]
    R.shuffle(recs)
    items = []
    for r in recs:
        fields = [("id", '"%s"' % uuid())] + [(k, '"%s"' % v) for k, _, v in r.f] + [
            ("address", '{\n        "street": "%s %d",\n        "city": "%s",\n        "postcode": "%s"\n      }' % (
                pick(["Hauptstraße", "Rue de la Paix", "Kungsgatan", "Via Roma", "High Street"]), ri(1, 200),
                pick(["Berlin", "Lyon", "Göteborg", "Milano", "Leeds", "Utrecht"]), "%05d" % ri(1000, 99999))),
            ("tags", '["%s"]' % pick(["vip", "newsletter", "b2b"])), ("created_at", '"%s"' % d.D("other-date", ts_iso()))]
        items.append("    {\n" + ",\n".join('      "%s": %s' % (k, v) for k, v in fields) + "\n    }")
    body = '{\n  "data": [\n' + ",\n".join(items) + '\n  ],\n  "meta": {\n    "page": %d,\n    "per_page": %d,\n    "total": %d,\n    "request_id": "%s",\n    "api_version": "%s"\n  }\n}\n' % (
        ri(1, 20), 25, ri(100, 20000), uuid(), "2026-%02d-%02d" % (ri(1, 11), ri(1, 28)))
    d.set(body)


def c_raw_http(i):
    d = Doc("http/request-%02d.http" % i)
    host = "api.%s" % pick(COMPANY_DOMAINS)
    kind = i % 3
    h = ["POST /v1/%s HTTP/1.1" % pick(["login", "payments", "customers", "tokens"]), "Host: %s" % host, "User-Agent: %s" % pick(UAS),
         "Accept: application/json", "X-Request-ID: %s" % uuid(), "X-Forwarded-For: %s, 10.0.%d.%d" % (d.L("ipv4", v_ipv4()), ri(0, 255), ri(1, 254))]
    if kind == 0:
        h.append("Authorization: Basic %s" % d.L("basic-auth", v_basic()))
        body = "grant_type=password&username=%s&password=%s&client_id=web" % (d.L("email", qenc(v_email())), d.L("password", qenc(v_password())))
        h.append("Content-Type: application/x-www-form-urlencoded")
    elif kind == 1:
        h.append("Authorization: Bearer %s" % d.L("bearer-token", v_bearer()))
        h.append("Cookie: _ga=GA1.2.%s.%d; lang=de; theme=%s" % (safe_digits(9), c_time(), pick(["dark", "light"])))
        rec = Rec(d, esc=jesc)
        body = "{" + ", ".join('"%s": "%s"' % (k, v) for k, _, v in rec.f) + "}"
        h.append("Content-Type: application/json")
    else:
        h.append("X-API-Key: %s" % d.L("generic-secret", v_generic()))
        h.append("Stripe-Version: 2024-06-20")
        h.append("Authorization: Bearer %s" % d.L("stripe-key|bearer-token", v_stripe()))
        body = "amount=%d&currency=eur&source=tok_visa&description=%s&receipt_email=%s" % (ri(100, 99999), qplus("Order " + order_id()), d.L("email", qenc(v_email())))
        h.append("Content-Type: application/x-www-form-urlencoded")
    h.append("Content-Length: %d" % len(body.encode()))
    d.set("\r\n".join(h) + "\r\n\r\n" + body + "\n")


def c_time():
    return ri(1700000000, 1790000000)


def c_curl(i):
    d = Doc("http/curl-verbose-%02d.txt" % i)
    host = "api.%s" % pick(COMPANY_DOMAINS)
    ip = d.L("ipv4", v_ipv4())
    kind = i % 3
    if kind == 1:
        opt = "-H 'Authorization: Bearer %s'" % d.L("github-token|bearer-token", v_github())
    elif R.random() < 0.5:
        opt = "-u svc-export:%s" % d.L("password", v_pw_simple())
    else:
        opt = "-X GET"
    out = ["$ curl -v %s https://%s/v2/%s" % (opt, host, pick(["exports/latest", "repos", "invoices?status=open"])),
           "*   Trying %s:443..." % ip, "* Connected to %s (%s) port 443" % (host, ip), "* ALPN: curl offers h2,http/1.1",
           "* TLSv1.3 (OUT), TLS handshake, Client hello (1):", "* TLSv1.3 (IN), TLS handshake, Server hello (2):",
           "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS", "* Server certificate:",
           "*  subject: CN=%s" % host, "*  start date: %s" % Clock().fmt("%b %d %H:%M:%S %Y GMT"), "*  issuer: C=US; O=Let's Encrypt; CN=R10",
           "*  SSL certificate verify ok.", "* using HTTP/2", "> GET /v2/exports/latest HTTP/2", "> Host: %s" % host, "> User-Agent: curl/8.%d.%d" % (ri(0, 11), ri(0, 3))]
    if kind == 0:
        out.append("> Authorization: Basic %s" % d.L("basic-auth", v_basic()))
    elif kind == 1:
        pass
    else:
        out.append("> Authorization: Bearer %s" % d.L("jwt|bearer-token", v_jwt()))
    out += ["> Accept: */*", ">", "< HTTP/2 200", "< date: %s" % Clock().fmt("%a, %d %b %Y %H:%M:%S GMT"), "< content-type: application/json",
            "< x-ratelimit-remaining: %d" % ri(0, 5000), "< x-request-id: %s" % uuid(), "< etag: W/\"%s\"" % sha(32),
            "< vary: Accept-Encoding", "<"]
    rec = Rec(d, esc=jesc)
    out.append("{" + ",".join('"%s":"%s"' % (k, v) for k, _, v in rec.f) + "}")
    out.append("* Connection #0 to host %s left intact" % host)
    d.set("\n".join(out) + "\n")


def c_har(i):
    # HAR with inner JSON bodies rendered by hand so that the escaped record values are exact
    d = Doc("http/session-%02d.har" % i)
    c = Clock()
    host = "app.%s" % pick(COMPANY_DOMAINS)
    ents = []
    for _ in range(ri(3, 5)):
        r = ri(0, 3)
        hdrs = [("Host", host), ("User-Agent", pick(UAS)), ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8")]
        url = "https://%s/api/%s" % (host, pick(["session", "profile", "cart", "graphql"]))
        post = ""
        if r == 0:
            hdrs.append(("Authorization", "Bearer %s" % d.L("jwt|bearer-token", v_jwt())))
        elif r == 1:
            hdrs.append(("Authorization", "Basic %s" % d.L("basic-auth", v_basic())))
        elif r == 2:
            pw = v_password()
            em = v_email()
            inner = '{\\"email\\":\\"%s\\",\\"password\\":\\"%s\\",\\"remember\\":true}' % (d.L("email", jesc(jesc(em))), d.L("password", jesc(jesc(pw))))
            post = ',\n          "postData": {\n            "mimeType": "application/json",\n            "text": "%s"\n          }' % inner
        else:
            url += "?" + query_value(d)
            hdrs.append(("Cookie", "_ga=GA1.1.%s.%d; consent=%s" % (safe_digits(9), c_time(), pick(["all", "necessary"]))))
        rec = Rec(d, esc=lambda s: jesc(jesc(s)))
        inner_resp = "{" + ",".join('\\"%s\\":\\"%s\\"' % (k, v) for k, _, v in rec.f) + "}"
        hs = ",\n".join('            {"name": "%s", "value": "%s"}' % (k, jesc(v)) for k, v in hdrs)
        ents.append('''    {
        "startedDateTime": "%s",
        "time": %.3f,
        "request": {
          "method": "%s",
          "url": "%s",
          "httpVersion": "HTTP/2",
          "headers": [
%s
          ],
          "queryString": [],
          "cookies": [],
          "headersSize": -1,
          "bodySize": %d%s
        },
        "response": {
          "status": 200,
          "statusText": "",
          "httpVersion": "HTTP/2",
          "headers": [
            {"name": "content-type", "value": "application/json; charset=utf-8"},
            {"name": "x-amz-cf-id", "value": "%s"},
            {"name": "etag", "value": "W/\\"%s\\""}
          ],
          "content": {
            "size": %d,
            "mimeType": "application/json",
            "text": "%s"
          },
          "redirectURL": "",
          "headersSize": -1,
          "bodySize": -1
        },
        "cache": {},
        "timings": {"blocked": -1, "dns": -1, "connect": -1, "send": 0.21, "wait": %.2f, "receive": 1.1, "ssl": -1},
        "serverIPAddress": "%s",
        "connection": "%d"
    }''' % (c.iso(), R.random() * 500, "POST" if post else "GET", url, hs, len(post), post, rs(B64URL, 56), sha(16), ri(100, 9000), inner_resp,
            R.random() * 400, d.L("ipv4", v_ipv4()) if R.random() < 0.7 else d.L("ipv6", v_ipv6()), ri(1000, 99999)))
    s = '''{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "133.0"},
    "pages": [{"startedDateTime": "%s", "id": "page_1", "title": "https://%s/", "pageTimings": {"onContentLoad": %d, "onLoad": %d}}],
    "entries": [
%s
    ]
  }
}
''' % (c.iso(), host, ri(100, 3000), ri(100, 5000), ",\n".join(ents))
    json.loads(s)
    d.set(s)


def c_postman(i):
    d = Doc("http/postman-%02d.postman_collection.json" % i)
    items = []
    base = "https://api.%s" % pick(COMPANY_DOMAINS)
    vars_ = []
    for k, v in [secret_kv(d, ["generic-secret", "stripe-key", "sendgrid-key", "openai-key", "anthropic-key", "shopify-token", "huggingface-token", "mailgun-key"]) for _ in range(ri(2, 3))]:
        vars_.append('    {"key": "%s", "value": "%s", "type": "string"}' % (k.lower(), jesc(v)))
    vars_.append('    {"key": "baseUrl", "value": "%s"}' % base)
    vars_.append('    {"key": "apiKeyTemplate", "value": "{{apiKey}}"}')
    d.D("ph-secret", "{{apiKey}}")
    # bearer auth
    items.append('''    {
      "name": "Get profile",
      "request": {
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "%s", "type": "string"}]},
        "method": "GET",
        "header": [{"key": "X-Request-Id", "value": "%s"}],
        "url": {"raw": "{{baseUrl}}/v1/me", "host": ["{{baseUrl}}"], "path": ["v1", "me"]}
      },
      "response": []
    }''' % (d.L("bearer-token", v_bearer()), uuid()))
    items.append('''    {
      "name": "Legacy export",
      "request": {
        "auth": {"type": "basic", "basic": [{"key": "password", "value": "%s", "type": "string"}, {"key": "username", "value": "export", "type": "string"}]},
        "method": "GET",
        "header": [{"key": "Authorization", "value": "Basic %s"}],
        "url": {"raw": "{{baseUrl}}/export.csv?from=2026-01-01", "host": ["{{baseUrl}}"], "path": ["export.csv"]}
      },
      "response": []
    }''' % (d.L("password", jesc(v_password())), d.L("basic-auth", v_basic())))
    rec = Rec(d, esc=lambda s: jesc(jesc(s)))
    body = "{\\n  " + ",\\n  ".join('\\"%s\\": \\"%s\\"' % (k, v) for k, _, v in rec.f) + "\\n}"
    items.append('''    {
      "name": "Create customer",
      "request": {
        "method": "POST",
        "header": [{"key": "Content-Type", "value": "application/json"}, {"key": "Authorization", "value": "Bearer {{accessToken}}"}],
        "body": {"mode": "raw", "raw": "%s"},
        "url": {"raw": "{{baseUrl}}/v1/customers", "host": ["{{baseUrl}}"], "path": ["v1", "customers"]}
      },
      "response": []
    }''' % body)
    d.D("ph-secret", "{{accessToken}}")
    s = '''{
  "info": {
    "_postman_id": "%s",
    "name": "%s API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    "_exporter_id": "%s"
  },
  "item": [
%s
  ],
  "variable": [
%s
  ]
}
''' % (uuid(), pick(["Partner", "Billing", "Logistics"]), safe_digits(8), ",\n".join(items), ",\n".join(vars_))
    json.loads(s)
    d.set(s)


BICS = ["DEUTDEFF", "COBADEFFXXX", "INGBNL2A", "ABNANL2A", "BNPAFRPP", "SOGEFRPP", "NWBKGB2L", "BARCGB22", "ESSESESS",
        "NDEAFIHH", "BSCHESMM", "UNCRITMM", "GEBABEBB", "RZBAATWW", "UBSWCHZH80A", "AIBKIE2D"]


def c_sepa(i):
    d = Doc("xml/sepa-pain001-%02d.xml" % i)
    c = Clock()
    msg = "MSG-%s-%s" % (c.fmt("%Y%m%d"), rs(UPPER + DIG, 6))
    n = ri(3, 6)
    txs = []
    total = 0.0
    for k in range(n):
        amt = float(price())
        total += amt
        p = Person(pick(COUNTRIES[:9]))
        iban = d.L("iban", v_iban(spaced=False))
        txs.append('''      <CdtTrfTxInf>
        <PmtId>
          <InstrId>INSTR-%d</InstrId>
          <EndToEndId>E2E-%s</EndToEndId>
        </PmtId>
        <Amt>
          <InstdAmt Ccy="EUR">%.2f</InstdAmt>
        </Amt>
        <CdtrAgt>
          <FinInstnId>
            <BICFI>%s</BICFI>
          </FinInstnId>
        </CdtrAgt>
        <Cdtr>
          <Nm>%s</Nm>
          <PstlAdr><Ctry>%s</Ctry></PstlAdr>%s
        </Cdtr>
        <CdtrAcct>
          <Id>
            <IBAN>%s</IBAN>
          </Id>
        </CdtrAcct>
        <RmtInf>
          <Ustrd>%s</Ustrd>
        </RmtInf>
      </CdtTrfTxInf>''' % (k + 1, rs(UPPER + DIG, 12), amt, pick(BICS), xesc(p.name), p.country if p.country != "GB" else "GB",
                           ("\n          <CtctDtls><EmailAdr>%s</EmailAdr></CtctDtls>" % d.L("email", v_email(p))) if R.random() < 0.4 else "",
                           iban, pick(["Rechnung %s" % order_id(), "Invoice %s" % order_id(), "Gehalt %s" % c.fmt("%m/%Y"), "Ref %s" % safe_digits(10),
                                       "Erstattung Bestellung %s" % order_id()])))
    dbt_iban = d.L("iban", v_iban(pick(["DE", "NL", "FR", "AT", "BE"]), spaced=False))
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>%s</MsgId>
      <CreDtTm>%s</CreDtTm>
      <NbOfTxs>%d</NbOfTxs>
      <CtrlSum>%.2f</CtrlSum>
      <InitgPty>
        <Nm>%s</Nm>
      </InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-%s</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>%d</NbOfTxs>
      <ReqdExctnDt><Dt>%s</Dt></ReqdExctnDt>
      <Dbtr>
        <Nm>%s</Nm>
      </Dbtr>
      <DbtrAcct>
        <Id>
          <IBAN>%s</IBAN>
        </Id>
      </DbtrAcct>
      <DbtrAgt>
        <FinInstnId>
          <BICFI>%s</BICFI>
        </FinInstnId>
      </DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>
%s
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
<!-- template reference account: %s (ISO 13616 example), test account %s -->
''' % (msg, c.iso(ms=False, z=""), n, total, pick(["Nordhafen Logistik GmbH", "Polder Bank N.V.", "Kestrel Analytics Ltd"]), rs(UPPER + DIG, 10), n,
       c.fmt("%Y-%m-%d"), pick(["Nordhafen Logistik GmbH", "Pixelforge SAS"]), dbt_iban, pick(BICS), "\n".join(txs),
       d.D("iban-doc", pick(IBAN_DOC)), d.D("iban-bad", bad_iban()))
    d.set(doc)


def c_soap(i):
    d = Doc("xml/soap-%02d.xml" % i)
    c = Clock()
    rec = Rec(d, esc=xesc)
    flds = "\n".join("            <cus:%s>%s</cus:%s>" % (k, v, k) for k, _, v in rec.f)
    pw = v_password()
    doc = '''POST /services/CustomerService HTTP/1.1
Host: crm.%s
Content-Type: text/xml; charset=utf-8
SOAPAction: "urn:createCustomer"

<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cus="http://crm.example.org/customer/v3"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
    xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken wsu:Id="UsernameToken-%s">
        <wsse:Username>integration</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</wsse:Nonce>
        <wsu:Created>%s</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <cus:createCustomerRequest>
      <cus:requestId>%s</cus:requestId>
      <cus:customer>
%s
        <cus:payment>
          <cus:cardNumber>%s</cus:cardNumber>
          <cus:expiry>%02d/%02d</cus:expiry>
          <cus:cardNumberMasked>%s</cus:cardNumberMasked>
        </cus:payment>
      </cus:customer>
      <cus:apiKey>%s</cus:apiKey>
    </cus:createCustomerRequest>
  </soapenv:Body>
</soapenv:Envelope>
''' % (pick(COMPANY_DOMAINS), sha(32).upper(), d.L("password", xesc(pw)), b64(rbytes(16)), c.iso(), uuid(), flds,
       d.L("credit-card", v_card()), ri(1, 12), ri(27, 32), d.D("masked-card", masked_card()), d.L("generic-secret", v_generic()))
    d.set(doc)


def sqlq(s):
    return s.replace("'", "''")


def c_sql_dump(i):
    d = Doc("sql/dump-%02d.sql" % i)
    c = Clock()
    out = ["-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % ri(30, 40), "--", "-- Host: %s    Database: shop" % pick(["db-prod-01.internal", "127.0.0.1"]),
           "-- ------------------------------------------------------", "-- Server version\t8.0.%d" % ri(30, 40), "",
           "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;", "/*!50503 SET NAMES utf8mb4 */;", "",
           "DROP TABLE IF EXISTS `customers`;", "CREATE TABLE `customers` (", "  `id` int NOT NULL AUTO_INCREMENT,", "  `data` json DEFAULT NULL,",
           "  `email` varchar(255) NOT NULL,", "  `password_hash` varchar(100) NOT NULL,", "  `created_at` datetime NOT NULL,", "  PRIMARY KEY (`id`)",
           ") ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4;" % ri(1000, 99999), "", "LOCK TABLES `customers` WRITE;"]
    rows = []
    for k in range(ri(4, 7)):
        if R.random() < 0.8:
            rec = Rec(d, esc=lambda s: sqlq(jesc(s)))
            em = rec.get("email")
        else:
            rec = DecoyRec(d, esc=lambda s: sqlq(jesc(s)))
            em = rec.f[1][2]
        js = "{" + ", ".join('"%s": "%s"' % (kk, v) for kk, _, v in rec.f) + "}"
        rows.append("(%d,'%s','%s','$2b$12$%s','%s')" % (ri(1, 99999), js, em, rs(ALNUM + "./", 53), d.D("other-date", "2026-%02d-%02d %02d:%02d:%02d" % (ri(1, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)))))
    out.append("INSERT INTO `customers` VALUES " + ",".join(rows) + ";")
    out += ["UNLOCK TABLES;", "", "DROP TABLE IF EXISTS `payment_methods`;", "INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES"]
    pm = []
    for k in range(ri(3, 5)):
        if R.random() < 0.6:
            pan = d.L("credit-card", v_card("plain"))
        else:
            pan = d.D(pick(["test-card", "bad-card"]), pick([pick(CARD_TEST).replace(" ", ""), bad_card().replace(" ", "").replace("-", "")]))
        pm.append("(%s,'%s','%s','%s','%s')" % (safe_digits(5), pan, d.L("iban", v_iban(spaced=False)), sqlq(Person().name), sha(40)))
    out.append(",\n".join(pm) + ";")
    out += ["", "CREATE USER 'report'@'%%' IDENTIFIED BY '%s';" % d.L("password", sqlq(v_password())),
            "CREATE USER 'app'@'10.0.%%' IDENTIFIED WITH mysql_native_password BY '%s';" % d.L("password", v_pw_simple()),
            "ALTER USER 'backup'@'localhost' IDENTIFIED BY '%s';" % d.D("ph-pw", pick(["changeme", "<redacted>", "********"])),
            "GRANT SELECT ON shop.* TO 'report'@'%';", "", "-- Dump completed on %s" % c.fmt("%Y-%m-%d %H:%M:%S")]
    d.set("\n".join(out) + "\n")


def c_pg_log(i):
    d = Doc("sql/postgresql-%02d.log" % i)
    c = Clock()
    out = []
    def line(level, msg, user="app", db="app"):
        out.append("%s UTC [%d] %s@%s %s:  %s" % (c.fmt("%Y-%m-%d %H:%M:%S") + ".%03d" % ri(0, 999), ri(1000, 99999), user, db, level, msg))
    for _ in range(ri(10, 15)):
        r = ri(0, 7)
        if r == 0:
            line("LOG", "connection received: host=%s port=%d" % (d.L("ipv4", v_ipv4()), ri(1024, 65535)), "[unknown]", "[unknown]")
        elif r == 1:
            line("LOG", "statement: ALTER ROLE %s WITH PASSWORD '%s'" % (pick(["reporting", "etl", "grafana"]), d.L("password", sqlq(v_password()))), "postgres", "postgres")
        elif r == 2:
            line("LOG", "duration: %.3f ms  statement: INSERT INTO customers (email, phone, iban) VALUES ('%s', '%s', '%s') RETURNING id" % (
                R.random() * 50, d.L("email", v_email()), d.L("phone", v_phone()), d.L("iban", v_iban())))
        elif r == 3:
            line("ERROR", "duplicate key value violates unique constraint \"users_email_key\"")
            out.append("%s UTC [%d] app@app DETAIL:  Key (email)=(%s) already exists." % (c.fmt("%Y-%m-%d %H:%M:%S"), ri(1000, 99999), d.L("email", v_email())))
        elif r == 4:
            cat = lowest(list(ID_GEN))[0]
            line("LOG", "execute <unnamed>: UPDATE patients SET %s = $1, date_of_birth = $2 WHERE id = $3" % ID_KEYS[cat][0])
            out.append("%s UTC [%d] app@app DETAIL:  parameters: $1 = '%s', $2 = '%s', $3 = '%s'" % (c.fmt("%Y-%m-%d %H:%M:%S"), ri(1000, 99999), d.L(cat, ID_GEN[cat]()), d.L("date-of-birth", v_dob("iso")), safe_digits(6)))
        elif r == 5:
            line("LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (ri(10, 9000), R.random() * 10, ri(0, 9), R.random() * 30), "", "")
        elif r == 6:
            line("LOG", "statement: CREATE USER metabase PASSWORD '%s'" % d.D("ph-pw", pick(["changeme", "xxx", "${METABASE_DB_PASS}"])), "postgres", "postgres")
        else:
            line("FATAL", "password authentication failed for user \"%s\"" % pick(["postgres", "admin", "root"]), "postgres", "postgres")
            out.append("%s UTC [%d] postgres@postgres DETAIL:  Connection matched pg_hba.conf line %d: \"host all all 0.0.0.0/0 scram-sha-256\"" % (c.fmt("%Y-%m-%d %H:%M:%S"), ri(1000, 99999), ri(80, 120)))
    d.set("\n".join(out) + "\n")


def c_mysql_log(i):
    d = Doc("sql/mysql-general-%02d.log" % i)
    c = Clock()
    out = ["/usr/sbin/mysqld, Version: 8.0.%d (MySQL Community Server - GPL). started with:" % ri(30, 40),
           "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock", "Time                 Id Command    Argument"]
    for _ in range(ri(10, 14)):
        cid = ri(10, 9999)
        r = ri(0, 5)
        t = c.iso(ms=False)
        if r == 0:
            out.append("%s\t%5d Connect\tapp@%s on shop using TCP/IP" % (t, cid, d.L("ipv4", v_ipv4())))
        elif r == 1:
            out.append("%s\t%5d Query\tSET PASSWORD FOR 'app'@'%%' = '%s'" % (t, cid, d.L("password", sqlq(v_password()))))
        elif r == 2:
            out.append("%s\t%5d Query\tINSERT INTO orders (customer_email, card_number, phone) VALUES ('%s', '%s', '%s')" % (t, cid, d.L("email", v_email()), d.L("credit-card", v_card()), d.L("phone", v_phone())))
        elif r == 3:
            out.append("%s\t%5d Query\tSELECT * FROM customers WHERE ssn = '%s' OR passport_no = '%s'" % (t, cid, d.L("us-ssn", v_ssn()), d.L("passport", v_passport())))
        elif r == 4:
            out.append("%s\t%5d Query\tSELECT id FROM orders WHERE id IN (%s, %s) AND created_at > '%s'" % (t, cid, safe_digits(10), safe_digits(10), d.D("other-date", other_date())))
        else:
            out.append("%s\t%5d Query\tCREATE USER 'ro'@'%%' IDENTIFIED BY '%s'" % (t, cid, d.L("password", sqlq(v_pw_simple()))))
    d.set("\n".join(out) + "\n")


def csvq(v):
    if any(ch in v for ch in ',"\n'):
        return '"%s"' % v.replace('"', '""')
    return v


def c_csv(i):
    d = Doc("csv/%s-%02d.csv" % (pick(["customers-export", "newsletter", "orders", "leads"]), i))
    sep = pick([",", ",", ";"])
    want = lowest(list(ID_GEN))[0]
    hdr = ["id", "first_name", "last_name", pick(["email", "E-Mail", "email_address"]), pick(["phone", "Telefon", "mobile"]),
           pick(["date_of_birth", "dob", "Geburtsdatum", "birth_date"]), pick(ID_KEYS[want]), "iban", "order_total", "created_at", "order_ref"]
    rows = [sep.join(hdr)]
    for _ in range(ri(8, 14)):
        p = Person([c for c, k in ID_OF.items() if k == want][0])
        row = [safe_digits(6), p.first, p.last, d.L("email", v_email(p)),
               d.L("phone", v_phone(p.country)) if R.random() < 0.8 else d.D("fake-phone", fake_phone()),
               d.L("date-of-birth", v_dob(pick(["iso", "dmy_dot", "dmy_slash"]))) if R.random() < 0.8 else "",
               d.L(want, ID_GEN[want]()) if R.random() < 0.85 else d.D("bad-id", ID_BAD[want]()),
               d.L("iban", v_iban(spaced=False)) if R.random() < 0.5 else "",
               price().replace(".", "," if sep == ";" else "."), d.D("other-date", other_date()), order_id()]
        rows.append(sep.join(csvq(x) if sep == "," else x for x in row))
        if R.random() < 0.3:
            row = [safe_digits(6), "Test", pick(["User", "Account", "QA"]), fake_email(), fake_phone(), "", d.D("bad-id", ID_BAD[want]()),
                   pick([d.D("iban-doc", pick(IBAN_DOC)).replace(" ", ""), bad_iban().replace(" ", "")]), "0" + ("," if sep == ";" else ".") + "00",
                   other_date(), order_id()]
            rows.append(sep.join(csvq(x) if sep == "," else x for x in row))
    d.set("\n".join(rows) + "\n")


def c_vcard(i):
    d = Doc("vcard/contacts-%02d.vcf" % i)
    out = []
    for _ in range(ri(3, 6)):
        p = Person(pick(COUNTRIES))
        out += ["BEGIN:VCARD", "VERSION:%s" % pick(["3.0", "4.0"]), "N:%s;%s;;;" % (p.last, p.first), "FN:%s" % p.name,
                "ORG:%s" % pick(["Nordhafen Logistik GmbH", "Kestrel Analytics", "Polder Bank", "Acorn Legal LLP"]),
                "EMAIL;TYPE=INTERNET,WORK:%s" % d.L("email", v_email(p)),
                "TEL;TYPE=CELL:%s" % d.L("phone", v_phone(p.country)),
                "TEL;TYPE=WORK,VOICE:%s" % (d.L("phone", v_phone(p.country)) if R.random() < 0.6 else d.D("fake-phone", fake_phone()))]
        if R.random() < 0.7:
            out.append("BDAY:%s" % d.L("date-of-birth", v_dob(pick(["iso", "compact"]))))
        out.append("ADR;TYPE=HOME:;;%s %d;%s;;%05d;%s" % (pick(["Lindenweg", "Baker Street", "Rue Oberkampf"]), ri(1, 99), pick(["Hamburg", "London", "Paris"]), ri(1000, 99999), p.country))
        out.append("NOTE:met at %s %d; anniversary %s" % (pick(["re:Invent", "FOSDEM", "KubeCon"]), ri(2019, 2026), d.D("other-date", other_date())))
        out.append("REV:%s" % ts_iso())
        out.append("UID:urn:uuid:%s" % uuid())
        out.append("END:VCARD")
    d.set("\r\n".join(out) + "\r\n")


def c_email(i):
    d = Doc("mail/message-%02d.eml" % i)
    c = Clock()
    sender_p = Person(pick(COUNTRIES))
    rcpt_p = Person(pick(COUNTRIES))
    frm = d.L("email", v_email(sender_p))
    to = d.L("email", v_email(rcpt_p))
    cc = d.L("email", v_role_email())
    boundary = "----=_Part_%d_%d.%d" % (ri(1000, 9999), ri(10 ** 8, 10 ** 9), c_time())
    kind = i % 4
    if kind == 0:
        subj = "Re: Rechnung %s - Bankverbindung" % order_id()
        body = ("Hallo %s,\n\nbitte überweisen Sie den offenen Betrag von %s EUR auf unser neues Konto:\n\nIBAN: %s\nBIC: %s\n\n"
                "Unsere alte IBAN (%s) ist ab dem 1. des Monats nicht mehr gültig. Rückfragen gern unter %s.\n\n"
                "Mit freundlichen Grüßen\n%s\nBuchhaltung\nTel. %s\n") % (
            rcpt_p.first, price(), d.L("iban", v_iban("DE", spaced=True)), pick(BICS), d.L("iban", v_iban(spaced=True)),
            d.L("phone", v_phone("DE")), sender_p.name, d.L("phone", v_phone("DE")))
    elif kind == 1:
        subj = "Onboarding documents for %s" % rcpt_p.name
        cat = lowest(list(ID_GEN))[0]
        body = ("Hi %s,\n\nthanks for sending the forms. For payroll I have noted:\n\n  Date of birth: %s\n  %s: %s\n  Passport no.: %s\n  Mobile: %s\n\n"
                "Your temporary VPN password is %s - please change it at first login.\n\nThe example number on the form (%s) is just the template value.\n\nBest,\n%s\nPeople Team\n") % (
            rcpt_p.first, d.L("date-of-birth", v_dob(pick(["long", "us_long", "dmy_slash"]))), pick(ID_PROSE[cat]), d.L(cat, ID_GEN[cat]()),
            d.L("passport", v_passport(rcpt_p.country)), d.L("phone", v_phone(rcpt_p.country)), d.L("password", v_pw_simple()),
            d.D("bad-id", ID_BAD[cat]()), sender_p.first)
    elif kind == 2:
        subj = "[ALERT] Credentials detected in build log #%d" % ri(1000, 99999)
        k1, v1 = secret_kv(d)
        k2, v2 = secret_kv(d)
        body = ("Build %d of pipeline %s printed the following environment values:\n\n    %s=%s\n    %s=%s\n\n"
                "The AWS documentation key AKIAIOSFODNN7EXAMPLE in the README is fine and was ignored.\n"
                "Please rotate the values above and re-run. Dashboard: https://ci.%s/job/%d\n") % (
            ri(1000, 99999), pick(["deploy-prod", "nightly"]), k1, v1, k2, v2, pick(COMPANY_DOMAINS), ri(100, 9999))
        d.D("aws-example", "AKIAIOSFODNN7EXAMPLE")
    else:
        subj = "Your order %s has shipped" % order_id()
        body = ("Dear %s,\n\nyour order is on its way. Paid with card ending %s. Tracking: 1Z%s.\n"
                "Questions? Call us at %s (Mon-Fri) or reply to this e-mail.\n\n(The hotline %s shown in the app is a placeholder.)\n") % (
            rcpt_p.name, d.D("card-fragment", "%04d" % ri(0, 9999)), rs(UPPER + DIG, 16), d.L("phone", v_phone()), d.D("fake-phone", fake_phone()))
    html = body.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>")
    attach = b64(rbytes(ri(300, 900)))
    attach_lines = "\n".join(attach[k:k + 76] for k in range(0, len(attach), 76))
    msg = """Return-Path: <%s>
Received: from mail-%s.%s (mail-%s.%s [%s])
        by mx.%s (Postfix) with ESMTPS id %s
        for <%s>; %s
Received: from [%s] (helo=localhost) by smtp.internal with esmtpa (Exim 4.97)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s1; h=from:to:subject:date; bh=%s; b=%s
Message-ID: <%s>
Date: %s
From: "%s" <%s>
To: %s <%s>
Cc: %s
Subject: %s
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="%s"

--%s
Content-Type: multipart/alternative; boundary="alt-%s"

--alt-%s
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

%s
--alt-%s
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body><p>%s</p></body></html>
--alt-%s--

--%s
Content-Type: application/pdf; name="%s.pdf"
Content-Disposition: attachment; filename="%s.pdf"
Content-Transfer-Encoding: base64

%s
--%s--
""" % (frm, rs(LOWER, 4), pick(COMPANY_DOMAINS), rs(LOWER, 4), pick(COMPANY_DOMAINS), d.L("ipv4", v_ipv4()), pick(COMPANY_DOMAINS), rs("0123456789ABCDEF", 11),
       to, c.fmt("%a, %d %b %Y %H:%M:%S +0000"), d.L("ipv6", v_ipv6()), pick(COMPANY_DOMAINS), b64(rbytes(32)), b64(rbytes(128)),
       d.D("message-id", uuid() + "@" + pick(COMPANY_DOMAINS)), c.fmt("%a, %d %b %Y %H:%M:%S +0100"), sender_p.name, frm, rcpt_p.name, to, cc, subj,
       boundary, boundary, boundary, boundary, body, boundary, html, boundary, boundary, pick(["invoice", "forms", "report"]),
       pick(["invoice", "forms", "report"]), attach_lines, boundary)
    d.set(msg)


def chat_messages(d, n):
    """(text) messages for chats, some with secrets/PII, some with look-alikes"""
    msgs = []
    for _ in range(n):
        r = ri(0, 13)
        if r == 0:
            k, v = secret_kv(d)
            msgs.append("here's the %s for staging, don't share: %s" % (k, v))
        elif r == 1:
            msgs.append("db password is %s (rotating friday)" % d.L("password", v_pw_simple()))
        elif r == 2:
            msgs.append("can you call the customer back on %s? she's been waiting since %s" % (d.L("phone", v_phone()), pick(["9:40", "10:15", "yesterday"])))
        elif r == 3:
            msgs.append("invoice goes to %s, IBAN %s" % (d.L("email", v_email()), d.L("iban", v_iban())))
        elif r == 4:
            msgs.append("use the docs example key `AKIAIOSFODNN7EXAMPLE` in the tests, not a real one")
            d.D("aws-example", "AKIAIOSFODNN7EXAMPLE")
        elif r == 5:
            msgs.append("token is in 1password, it's the usual `<your-token-here>` in the readme")
            d.D("ph-secret", "<your-token-here>")
        elif r == 6:
            msgs.append("test card for the sandbox: %s, any CVC" % d.D("test-card", pick(CARD_TEST)))
        elif r == 7:
            k, v = secret_kv(d)
            msgs.append("```\n%s=%s\n```\nthis one works" % (k, v))
        elif r == 8:
            msgs.append("blocked %s and %s at the WAF, both scanning /wp-admin" % (d.L("ipv4", v_ipv4()), d.L("ipv6", v_ipv6())))
        elif r == 9:
            msgs.append("release %s is out, build %s, see OID %s in the MIB" % (d.D("version", "%d.%d.%d.%d" % (ri(1, 9), ri(0, 9), ri(0, 9), ri(0, 999))), sha(12), d.D("oid", "1.3.6.1.4.1.%d.2.%d" % (ri(1000, 40000), ri(1, 9)))))
        elif r == 10:
            msgs.append("customer's card %s was charged twice for %s" % (d.L("credit-card", v_card()), order_id()))
        elif r == 11:
            msgs.append("the dummy number 555-01%02d from the mockups keeps ending up in prod data lol" % ri(0, 99))
            d.D("fake-phone", "555-01xx")
        elif r == 12:
            msgs.append("curl -H 'Authorization: Bearer %s' https://api.internal/v1/jobs works for me" % d.L("bearer-token", v_bearer()))
        else:
            msgs.append(pick(["lgtm :+1:", "deploying now", "anyone seen latency spikes on eu-west-1?", "standup in 5", "ack, on it"]))
    return msgs


def c_slack_export(i):
    d = Doc("chat/slack-%s-%02d.json" % (pick(["ops", "dev", "support", "finance"]), i))
    c = Clock()
    users = [("U" + rs(UPPER + DIG, 10), n) for n in R.sample(["ops-bot", "mika", "j.doe", "sven", "anna.k", "lucia"], 4)]
    team = "T" + rs(UPPER + DIG, 10)
    msgs = []
    for text in chat_messages(d, ri(8, 12)):
        ts = "%d.%06d" % (c.tick(30, 900), ri(0, 999999))
        u, uname = pick(users)
        msgs.append('''    {
        "user": "%s",
        "type": "message",
        "ts": "%s",
        "client_msg_id": "%s",
        "text": "%s",
        "team": "%s",
        "user_profile": {
            "display_name": "%s",
            "is_restricted": false
        },
        "blocks": []
    }''' % (u, ts, uuid(), jesc(text), team, uname))
    s = "[\n" + ",\n".join(msgs) + "\n]\n"
    json.loads(s)
    # labels were recorded raw; in JSON they appear escaped (only newline / quotes / backslash change)
    fix = []
    for cat, v in d.labels:
        if jesc(v) != v:
            fix.append((cat, v))
    for cat, v in fix:
        d.labels.remove((cat, v))
        d.labels.append((cat, jesc(v)))
    d.set(s)


def c_teams(i):
    d = Doc("chat/teams-%02d.html" % i)
    c = Clock()
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>Microsoft Teams chat export</title></head><body>",
           "<h1>Chat: %s</h1>" % pick(["Payroll questions", "Incident 4471", "Vendor onboarding"])]
    for text in chat_messages(d, ri(8, 12)):
        who = Person()
        out.append('<div class="message" data-id="%s"><span class="author">%s</span> <span class="time">%s</span><div class="body">%s</div></div>' % (
            snowflake(), who.name, (c.tick(60, 1800), c.fmt("%d.%m.%Y %H:%M"))[1], xesc(text).replace("\n", "<br/>")))
    out.append("</body></html>")
    fix = [(cat, v) for cat, v in d.labels if xesc(v) != v]
    for cat, v in fix:
        d.labels.remove((cat, v))
        d.labels.append((cat, xesc(v)))
    d.set("\n".join(out) + "\n")


def c_ticket(i):
    d = Doc("tickets/ticket-%d.txt" % (48000 + i * 37))
    p = Person(pick(COUNTRIES))
    cat = lowest(list(ID_GEN))[0]
    p = Person([c for c, k in ID_OF.items() if k == cat][0])
    c = Clock()
    kind = i % 4
    head = ("Ticket #%d  |  Priority: %s  |  Channel: %s\nCreated: %s  |  Requester: %s <%s>\nAssignee: %s\n"
            "------------------------------------------------------------------\n") % (
        48000 + i * 37, pick(["High", "Normal", "Urgent"]), pick(["E-mail", "Web form", "Phone"]), c.fmt("%Y-%m-%d %H:%M"), p.name,
        d.L("email", v_email(p)), pick(["2nd level", "Billing team", "K. Jansen"]))
    if kind == 0:
        body = ("Hello, I can't log into my account anymore. My username is %s and the password I've been using is %s — "
                "I also tried my old one, %s, no luck. You can reach me on %s or at my office %s. "
                "My date of birth is %s if you need to verify me. Thanks, %s\n") % (
            deaccent(p.first).lower() + str(ri(1, 99)), d.L("password", v_password("word")), d.L("password", v_pw_simple()),
            d.L("phone", v_phone(p.country)), d.L("phone", v_phone(p.country)), d.L("date-of-birth", v_dob(pick(["long", "us_long", "dmy_slash", "de_long"]))), p.first)
    elif kind == 1:
        body = ("Customer called about a double charge. Card on file %s (customer read the full number out: %s, exp %02d/%02d). "
                "Refund to IBAN %s requested instead. Customer's %s is %s; born %s. Passport %s was used for the KYC check "
                "(template value %s in the form is not theirs).\n") % (
            d.D("masked-card", masked_card()), d.L("credit-card", v_card()), ri(1, 12), ri(27, 31), d.L("iban", v_iban()), pick(ID_PROSE[cat]),
            d.L(cat, ID_GEN[cat]()), d.L("date-of-birth", v_dob()), d.L("passport", v_passport(p.country)), d.D("bad-id", ID_BAD[cat]()))
    elif kind == 2:
        k, v = secret_kv(d)
        body = ("Our integration stopped working after the key rotation. We are still sending the old credentials:\n\n"
                "  %s: %s\n  webhook: %s\n\nRequests come from %s and %s. Order reference %s, amount %s EUR, "
                "timestamp %s. Our firewall also lists %s (that's the office printer, ignore).\n") % (
            k, v, d.L("slack-webhook", v_slack_hook()), d.L("ipv4", v_ipv4()), d.L("ipv6", v_ipv6()), order_id(), price(),
            d.D("epoch", str(c_time())), d.D("private-ip", private_ipv4()))
    else:
        body = ("Bonjour, je souhaite mettre à jour mes coordonnées. Nouveau numéro : %s. Mon %s : %s, "
                "date de naissance : %s. Merci de ne plus utiliser l'ancien numéro %s.\n\n"
                "--\nAgent note: verified identity with %s %s. SSN-like value 078-05-1120 in the notes is the famous sample card, ignore.\n") % (
            d.L("phone", v_phone(p.country)), pick(ID_PROSE[cat]), d.L(cat, ID_GEN[cat]()), d.L("date-of-birth", v_dob(pick(["dmy_slash", "long"]))),
            d.L("phone", v_phone(p.country)), "passport", d.L("passport", v_passport(p.country)))
        d.D("fake-ssn", "078-05-1120")
    d.set(head + body)


def c_crm(i):
    d = Doc("crm/%s-%02d.csv" % (pick(["salesforce-contacts", "hubspot-export", "leads"]), i))
    hdr = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Company", "Lifecycle Stage",
           "Create Date", "Last Activity Date", "IP Address", "Annual Revenue", "Notes"]
    rows = [",".join(hdr)]
    for _ in range(ri(8, 14)):
        p = Person(pick(COUNTRIES))
        note = pick(["", "asked for demo", "VIP", "call back after %s" % other_date(), "prefers e-mail"])
        ip = pick(["4", "6", "p", ""])
        ipv = d.L("ipv4", v_ipv4()) if ip == "4" else d.L("ipv6", v_ipv6()) if ip == "6" else d.D("private-ip", private_ipv4()) if ip == "p" else ""
        rows.append(",".join(csvq(x) for x in [safe_digits(11), p.first, p.last, d.L("email", v_email(p)),
                                                d.L("phone", v_phone(p.country)) if R.random() < 0.7 else d.D("fake-phone", fake_phone()),
                                                d.L("phone", v_phone(p.country)) if R.random() < 0.5 else "",
                                                pick(["Nordhafen Logistik", "Brightwave", "Larkspur Insurance", "Oakridge Clinic"]),
                                                pick(["lead", "customer", "opportunity"]), d.D("other-date", other_date()), d.D("other-date", other_date()),
                                                ipv, "%d" % ri(100000, 90000000), note]))
    d.set("\n".join(rows) + "\n")


def c_hr(i):
    kind = i % 3
    if kind == 0:
        d = Doc("hr/employees-%02d.json" % i)
        recs = []
        for _ in range(ri(4, 6)):
            r = Rec(d, n_ids=pick([1, 2]), esc=jesc) if R.random() < 0.8 else DecoyRec(d, esc=jesc)
            r.f.append(("hire_date", None, d.D("other-date", other_date())))
            r.f.append(("salary_eur", None, str(ri(38000, 140000))))
            recs.append("  {\n" + ",\n".join('    "%s": "%s"' % (k, v) for k, _, v in r.f) + "\n  }")
        d.set("[\n" + ",\n".join(recs) + "\n]\n")
    elif kind == 1:
        d = Doc("hr/personnel-%02d.xml" % i)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<personnel export="%s" system="SAP SuccessFactors">' % ts_iso()]
        for _ in range(ri(4, 6)):
            r = Rec(d, n_ids=pick([1, 2]), esc=xesc) if R.random() < 0.8 else DecoyRec(d, esc=xesc)
            out.append('  <employee id="%s">' % safe_digits(8))
            for k, _, v in r.f:
                out.append("    <%s>%s</%s>" % (k, v, k))
            out.append("    <entry_date>%s</entry_date>" % d.D("other-date", other_date()))
            out.append("  </employee>")
        out.append("</personnel>")
        d.set("\n".join(out) + "\n")
    else:
        d = Doc("hr/payroll-%02d.yaml" % i)
        out = ["# payroll run %s" % Clock().fmt("%Y-%m"), "run_id: %s" % uuid(), "employees:"]
        for _ in range(ri(4, 6)):
            r = Rec(d, n_ids=pick([1, 2])) if R.random() < 0.8 else DecoyRec(d)
            first = True
            for k, _, v in r.f:
                out.append("  %s %s: %s" % ("-" if first else " ", k, yq(v)))
                first = False
        # yaml quoting may escape; labels were recorded raw, check values with quotes
        d.set("\n".join(out) + "\n")


def c_py_source(i):
    d = Doc("src/python/%s_%02d.py" % (pick(["settings", "client", "sync_job", "conftest"]), i))
    k1, v1 = secret_kv(d)
    k2, v2 = secret_kv(d)
    pw = v_password()
    src = '''"""%s integration.

Usage:
    python -m app.sync --since 2026-01-01 --dry-run

Example config (from the vendor docs):
    API_KEY = "<your-api-key>"
    AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import requests

# TODO(%s): move to vault before go-live
%s = "%s"
%s = os.environ.get("%s", "%s")
DEFAULT_TIMEOUT = %d  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "%s"


@dataclass
class DbConfig:
    host: str = "db-prod-01.internal"
    port: int = 5432
    user: str = "app"
    password: Optional[str] = None
    dsn_template: str = "postgresql://{user}:{password}@{host}:{port}/app"


def get_password() -> str:
    return os.environ["DB_PASSWORD"]


def connect(cfg: DbConfig):
    password = get_password()
    return psycopg.connect(host=cfg.host, user=cfg.user, password=password)


def legacy_connect():
    # hard-coded fallback, see INC-%d
    return psycopg.connect(host="10.20.3.14", user="etl", password="%s")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "%s"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.%s/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("%s").ping().status_code)
''' % (pick(["Partner", "Billing", "CRM"]), pick(["mika", "sven", "anna"]), k1, v1.replace("\\", "\\\\").replace('"', '\\"'), k2, k2, v2.replace("\\", "\\\\").replace('"', '\\"'),
       ri(5, 60), sha(12), ri(1000, 9999), d.L("password", pw.replace("\\", "\\\\").replace('"', '\\"')), d.L("generic-secret", v_generic()),
       pick(COMPANY_DOMAINS), d.L("bearer-token", v_bearer()))
    for x in ["<your-api-key>", "AKIAIOSFODNN7EXAMPLE", "password: Optional[str] = None", "password = get_password()", "jane.doe@example.com", "+1 202-555-0143", "4242 4242 4242 4242",
              "{password}"]:
        d.D("code-decoy", x)
    if R.random() < 0.5:
        src += '\nSIGNING_KEY = """%s"""\n' % d.L("private-key", v_private_key("EC PRIVATE KEY"))
    d.set(src)


def c_js_source(i):
    d = Doc("src/js/%s-%02d.%s" % (pick(["config", "api", "firebase", "mailer"]), i, pick(["js", "ts", "mjs"])))
    k1, v1 = secret_kv(d)
    k2, v2 = secret_kv(d)
    src = '''// %s
// Generated %s — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "%s",
  authDomain: "%s.firebaseapp.com",
  projectId: "%s",
  storageBucket: "%s.appspot.com",
  messagingSenderId: "%s",
  appId: "1:%s:web:%s",
  measurementId: "G-%s",
};

const %s = process.env.%s || "%s";
const %s = "%s";
const STRIPE_PUBLISHABLE = "%s"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.%s/api",
  auth: { username: "ops", password: "%s" },
  headers: { "x-request-source": "cron", Authorization: "Basic %s" },
  timeout: %d,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: %d };
''' % (pick(["src/config.ts", "lib/api.js"]), ts_iso(), d.L("google-api-key", v_google()), *(lambda p: (p, p, p))(pick(["shop-prod", "acme-app", "kestrel-web"]) + "-%d" % ri(100, 999)),
       safe_digits(12), safe_digits(12), sha(22), rs(UPPER + DIG, 10), k1.lower(), k1, v1, k2.lower(), v2, d.D("stripe-pub", "pk_live_" + rs(ALNUM, 24)),
       pick(COMPANY_DOMAINS), d.L("password", jesc(v_password())), d.L("basic-auth", v_basic()), ri(1000, 30000), ri(100, 2000))
    d.D("ph-secret", "<your-token-here>")
    d.D("code-ref", "process.env.ADMIN_PASSWORD")
    d.set(src)


def c_go_source(i):
    d = Doc("src/go/%s_%02d.go" % (pick(["config", "client", "main"]), i))
    k1, v1 = secret_kv(d)
    src = '''package %s

import (
	"context"
	"net/http"
	"os"
	"time"
)

// Config holds runtime settings. Password is read from the environment; never log it.
type Config struct {
	Addr     string        `env:"ADDR" envDefault:":8080"`
	Password string        `env:"DB_PASSWORD,required"`
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"%ds"`
}

const (
	defaultRegion = "eu-central-1"
	// %s is the legacy credential, remove after migration (JIRA-%d)
	%s = "%s"
	awsKeyID      = "%s"
	awsSecret     = "%s"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "%s"
)

var dsn = "%s"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "%s")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
''' % (pick(["config", "client", "main"]), ri(5, 60), k1, ri(100, 9999), k1[0].lower() + k1[1:].lower().replace("_", ""), v1.replace("\\", "\\\\").replace('"', '\\"'),
       d.L("aws-access-key-id", v_aws_id()), d.L("aws-secret-key", v_aws_secret()), d.D("aws-other-id", "AROA" + rs(B32, 17)), _url_cred(d),
       d.L("password", v_pw_simple()))
    d.D("aws-example", "AKIAIOSFODNN7EXAMPLE")
    d.set(src)


def c_markdown(i):
    d = Doc("docs/%s-%02d.md" % (pick(["README", "runbook", "onboarding", "INCIDENT"]), i))
    k1, v1 = secret_kv(d)
    k2, v2 = secret_kv(d)
    md = '''# %s

> Last updated %s by @%s

## Configuration

Copy `.env.example` to `.env` and fill in the values:

```bash
API_KEY=<your-api-key>
DATABASE_URL=postgres://user:password@localhost:5432/app
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=%s
SLACK_WEBHOOK_URL=%s
```

Test cards (Stripe test mode): `4242 4242 4242 4242`, `5555 5555 5555 4444`. Example JWT from jwt.io:

```
%s
```

## Staging access (temporary!)

The staging box at `%s` accepts the shared key below until the SSO migration is done:

```
%s=%s
%s=%s
```

Support hotline for the pilot customers: %s (fictional demo number in screenshots: %s).

## Network

| host | address | notes |
|---|---|---|
| lb-1 | %s | public |
| lb-1 | %s | public, v6 |
| db | %s | private |
| switch | %s | MAC, not an address |
| snmp | %s | OID |

## Changelog

- %s: bumped to v%d.%d.%d
- %s: clause 252.227-7014 added to the licence file
''' % (pick(["Orders API", "Runbook: payment outage", "Onboarding"]), other_date(), pick(["mika", "j-sven"]), AWS_DOC_SECRET, SLACK_DOC_HOOK, JWT_IO,
       d.L("ipv4", v_ipv4()), k1, v1, k2, v2, d.L("phone", v_phone()), d.D("fake-phone", fake_phone()), d.L("ipv4", v_ipv4()), d.L("ipv6", v_ipv6()),
       d.D("private-ip", private_ipv4()), d.D("mac", mac()), d.D("oid", "1.3.6.1.2.1.2.2.1.%d" % ri(1, 20)), other_date(), ri(1, 4), ri(0, 30), ri(0, 9), other_date())
    for x in ["<your-api-key>", "AKIAIOSFODNN7EXAMPLE", AWS_DOC_SECRET, SLACK_DOC_HOOK, JWT_IO, "4242 4242 4242 4242", "5555 5555 5555 4444", "252.227-7014"]:
        d.D("docs-example", x)
    d.set(md)


def c_crash(i):
    kind = i % 2
    if kind == 0:
        d = Doc("crash/sentry-event-%02d.json" % i)
        rec = Rec(d, esc=jesc)
        ev = '''{
  "event_id": "%s",
  "timestamp": "%s",
  "platform": "python",
  "level": "error",
  "release": "backend@%d.%d.%d",
  "environment": "production",
  "server_name": "web-%d",
  "exception": {"values": [{"type": "KeyError", "value": "'iban'", "stacktrace": {"frames": [
    {"filename": "app/views.py", "function": "checkout", "lineno": %d, "vars": {"card_number": "%s", "cvc": "[Filtered]", "customer": {%s}}},
    {"filename": "app/payments.py", "function": "charge", "lineno": %d, "vars": {"api_key": "%s", "amount": %d}}
  ]}}]},
  "request": {
    "url": "https://shop.%s/checkout",
    "method": "POST",
    "headers": {"Authorization": "Bearer %s", "Cookie": "[Filtered]", "X-Forwarded-For": "%s"},
    "env": {"REMOTE_ADDR": "%s"}
  },
  "user": {"id": "%s", "ip_address": "%s", "email": "%s"},
  "contexts": {"runtime": {"name": "CPython", "version": "3.12.%d"}, "os": {"name": "Linux", "version": "6.8.0-%d-generic"}}
}
''' % (sha(32), ts_iso(), ri(1, 9), ri(0, 40), ri(0, 9), ri(1, 20), ri(10, 400), d.L("credit-card", v_card()),
           ", ".join('"%s": "%s"' % (k, v) for k, _, v in rec.f), ri(10, 400), d.L("stripe-key", v_stripe()), ri(100, 99999), pick(COMPANY_DOMAINS),
           d.L("bearer-token", v_bearer()), d.L("ipv4", v_ipv4()), d.D("private-ip", private_ipv4()), safe_digits(7), d.L("ipv6", v_ipv6()), d.L("email", v_email()), ri(0, 9), ri(10, 60))
        d.D("redacted", "[Filtered]")
        json.loads(ev)
        d.set(ev)
    else:
        d = Doc("crash/hs_err_pid%d.log" % ri(1000, 99999))
        out = ["#", "# A fatal error has been detected by the Java Runtime Environment:", "#",
               "#  SIGSEGV (0xb) at pc=0x%016x, pid=%d, tid=%d" % (ri(0, 2 ** 47), ri(1000, 99999), ri(1000, 99999)), "#",
               "# JRE version: OpenJDK Runtime Environment Temurin-21.0.%d+%d (21.0.%d+%d) (build 21.0.%d+%d-LTS)" % ((ri(1, 5), ri(1, 12)) * 3),
               "# Problematic frame:", "# C  [libnative.so+0x%x]  Java_com_acme_Crypto_sign+0x%x" % (ri(0, 0xfffff), ri(0, 0xfff)), "",
               "---------------  S U M M A R Y ------------", "",
               "Command Line: -Xmx2g -Dspring.datasource.password=%s -Djavax.net.ssl.trustStorePassword=changeit -Dapp.api-key=%s com.acme.Main" % (
                   d.L("password", v_pw_simple()), d.L("generic-secret", v_generic())), "",
               "Host: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz, 8 cores, 31G, Ubuntu 24.04.1 LTS",
               "Time: %s elapsed time: %d.%06d seconds (0d 0h %dm %ds)" % (Clock().fmt("%a %b %d %H:%M:%S %Y UTC"), ri(10, 9999), ri(0, 999999), ri(0, 59), ri(0, 59)), "",
               "---------------  P R O C E S S  ---------------", "", "Environment Variables:",
               "JAVA_HOME=/opt/java/openjdk", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "LANG=C.UTF-8"]
        for _ in range(ri(3, 5)):
            out.append("%s=%s" % secret_kv(d))
        out += ["HOSTNAME=%s" % rs(LOWER + DIG, 12), "", "Registers:", "RAX=0x%016x, RBX=0x%016x, RCX=0x%016x" % (ri(0, 2 ** 63), ri(0, 2 ** 63), ri(0, 2 ** 63)),
                "", "Internal exceptions (%d events):" % ri(1, 20),
                "Event: %d.%03d Thread 0x%x Exception <a 'java/lang/IllegalArgumentException'{0x%x}: Invalid IBAN %s> (0x%x)" % (
                    ri(1, 900), ri(0, 999), ri(0, 2 ** 40), ri(0, 2 ** 40), d.D("iban-bad", bad_iban()), ri(0, 2 ** 40))]
        d.D("ph-pw", "changeit")
        d.set("\n".join(out) + "\n")


def c_ci_output(i):
    d = Doc("ci/jenkins-console-%02d.log" % i)
    c = Clock()
    out = ["Started by user %s" % pick(["admin", "Mika Lindqvist", "timer"]), "Running as SYSTEM", "Building in workspace /var/jenkins_home/workspace/deploy-prod",
           "[Pipeline] Start of Pipeline", "[Pipeline] node", "Running on agent-%d in /home/jenkins/agent" % ri(1, 9),
           "[Pipeline] withCredentials", "Masking supported pattern matches of $DB_PASSWORD or $API_TOKEN", "[Pipeline] {",
           "[Pipeline] sh", "+ echo ****", "****"]
    d.D("redacted", "****")
    out.append("+ ./deploy.sh --env prod --db-password %s" % d.L("password", v_pw_simple()))
    out.append("[deploy] %s Resolving registry.%s (%s)" % (c.iso(), pick(COMPANY_DOMAINS), d.L("ipv4", v_ipv4())))
    for _ in range(ri(3, 5)):
        out.append("+ export %s=%s" % secret_kv(d))
    out.append("+ docker login -u deploy -p %s registry.%s" % (d.L("password", v_pw_simple()), pick(COMPANY_DOMAINS)))
    out.append("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
    out.append("Login Succeeded")
    out.append("+ curl -sf -H 'Authorization: Bearer %s' https://deploy.%s/hooks/rollout" % (d.L("jwt|bearer-token", v_jwt()), pick(COMPANY_DOMAINS)))
    out.append("+ echo '{\"auths\":{\"registry.internal\":{\"auth\":\"%s\"}}}' > ~/.docker/config.json" % d.L("docker-auth", v_docker_auth()))
    out += ["Step 1/9 : FROM eclipse-temurin:21-jre", " ---> %s" % sha(12), "Successfully built %s" % sha(12),
            "Successfully tagged api:%d.%d.%d-build.%d" % (ri(1, 4), ri(0, 30), ri(0, 9), ri(100, 9999)),
            "[Pipeline] }", "[Pipeline] // withCredentials", "Finished: %s" % pick(["SUCCESS", "FAILURE"])]
    d.set("\n".join(out) + "\n")


def c_php(i):
    d = Doc("config/php/wp-config-%02d.php" % i)
    keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT"]
    salts = "\n".join("define( '%s', %s'%s' );" % (k, " " * (17 - len(k)), d.L("generic-secret", rs(ALNUM + "!#$%&()*+,-.:;<=>?@[]^_{|}~", 64))) for k in keys)
    src = '''<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_%s' );
define( 'DB_USER', 'wp_%s' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

%s
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', '%s' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''' % (rs(LOWER, 5), rs(LOWER, 5), d.L("password", v_pw_simple()), salts, d.L("password", v_pw_simple()))
    d.D("ph-pw", "password_here")
    d.D("ph-secret", "put your unique phrase here")
    d.set(src)


def c_appsettings(i):
    d = Doc("config/dotnet/appsettings.%s-%02d.json" % (pick(["Production", "Staging"]), i))
    acct = rs(LOWER + DIG, 12)
    key = d.L("azure-storage-key", v_azure_key())
    sb = d.L("azure-storage-key|generic-secret", b64(rbytes(32)))
    sql_pw = d.L("password", jesc(v_pw_simple()))
    s = '''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Default": "Server=tcp:%s.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=app;Password=%s;MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net",
    "ServiceBus": "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s",
    "LocalDev": "UseDevelopmentStorage=true",
    "Emulator": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "%s",
    "ClientId": "%s",
    "ClientSecret": "%s"
  },
  "Blob": {
    "ExportSasUrl": "https://%s.blob.core.windows.net/exports?sp=r&st=2026-01-01T00:00:00Z&se=2027-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=%s"
  },
  "Smtp": { "Host": "smtp.office365.com", "Port": 587, "User": "%s", "Password": "%s" }
}
''' % (rs(LOWER, 8), sql_pw, acct, key, rs(LOWER, 8), sb, AZURITE_KEY, uuid(), uuid(),
       d.L("generic-secret", rs(ALNUM + "~._-", 40)), acct, d.L("azure-storage-key", v_azure_sig()), d.L("email", v_role_email()), d.L("password", jesc(v_pw_simple())))
    d.D("azurite", AZURITE_KEY)
    json.loads(s)
    d.set(s)


def c_ldif(i):
    d = Doc("ldap/export-%02d.ldif" % i)
    out = ["version: 1", ""]
    for _ in range(ri(3, 5)):
        p = Person(pick(COUNTRIES))
        uid = deaccent(p.first).lower()[0] + deaccent(p.last).lower()
        out += ["dn: uid=%s,ou=people,dc=%s,dc=com" % (uid, pick(["kestrel", "polder", "nordhafen"])), "objectClass: inetOrgPerson", "objectClass: posixAccount",
                "cn: %s" % deaccent(p.name), "sn: %s" % deaccent(p.last), "uid: %s" % uid, "uidNumber: %d" % ri(10000, 60000), "gidNumber: %d" % ri(100, 999),
                "mail: %s" % d.L("email", v_email(p)), "telephoneNumber: %s" % d.L("phone", v_phone(p.country)),
                "userPassword: %s" % ("{SSHA}" + b64(rbytes(24)) if R.random() < 0.5 else d.L("password", v_pw_simple())),
                "homeDirectory: /home/%s" % uid, ""]
    d.set("\n".join(out))


ID_COUNTRY = {v: k for k, v in ID_OF.items()}


def c_kyc_log(i):
    d = Doc("logs/kyc/verification-%02d.log" % i)
    c = Clock()
    out = []
    for _ in range(ri(16, 22)):
        cat = lowest(list(ID_GEN))[0]
        cc = ID_COUNTRY[cat]
        ref = "KYC-%s" % rs(UPPER + DIG, 10)
        r = ri(0, 5)
        t = c.iso()
        if r <= 2:
            style = pick(["kv", "json", "prose"])
            v = ID_GEN[cat]()
            if style == "kv":
                out.append("%s INFO  [kyc-worker-%d] verify ref=%s country=%s doc_type=%s %s=%s result=MATCH score=0.%02d" % (
                    t, ri(1, 8), ref, cc, pick(["national_id", "tax_id", "social_security"]), pick(ID_KEYS[cat]), d.L(cat, v), ri(80, 99)))
            elif style == "json":
                out.append('%s INFO  [kyc-worker-%d] provider response {"ref":"%s","country":"%s","%s":"%s","dob":"%s","status":"verified"}' % (
                    t, ri(1, 8), ref, cc, pick(ID_KEYS[cat]), d.L(cat, v), d.L("date-of-birth", v_dob("iso"))))
            else:
                out.append("%s INFO  [kyc-worker-%d] %s: customer supplied %s %s, name match OK" % (t, ri(1, 8), ref, pick(ID_PROSE[cat]), d.L(cat, v)))
        elif r == 3:
            out.append("%s WARN  [kyc-worker-%d] validation failed ref=%s country=%s %s=%s reason=%s" % (
                t, ri(1, 8), ref, cc, pick(ID_KEYS[cat]), d.D("bad-id", ID_BAD[cat]()), pick(["checksum", "check_character", "invalid_prefix", "test_value"])))
        elif r == 4:
            out.append("%s INFO  [kyc-worker-%d] passport check ref=%s %s=%s nationality=%s expiry=%s" % (
                t, ri(1, 8), ref, pick(PASSPORT_KEYS), d.L("passport", v_passport(cc)), cc, d.D("other-date", other_date())))
        else:
            out.append("%s DEBUG [kyc-worker-%d] masked for audit: %s=%s%s" % (t, ri(1, 8), pick(ID_KEYS[cat]), "*" * ri(5, 8), rs(DIG, 3)))
    out.append("%s INFO  [kyc-worker-1] batch done: %d checks, %d failed, p95=%dms, build %s" % (c.iso(), ri(100, 900), ri(0, 30), ri(100, 2000), ip_lookalike()))
    d.set("\n".join(out) + "\n")


def c_secrets_manager(i):
    d = Doc("cloud/secretsmanager-get-secret-value-%02d.json" % i)
    inner = ['\\"username\\":\\"app\\"', '\\"password\\":\\"%s\\"' % d.L("password", jesc(jesc(v_password())))]
    for _ in range(ri(4, 6)):
        k, v = secret_kv(d)
        inner.append('\\"%s\\":\\"%s\\"' % (k, jesc(v)))
    inner.append('\\"engine\\":\\"postgres\\"')
    inner.append('\\"rotation_placeholder\\":\\"%s\\"' % secret_placeholder())
    if R.random() < 0.5:
        pk = v_private_key(pick(["RSA PRIVATE KEY", "PRIVATE KEY"]), nl="\\n")
        inner.append('\\"tls_key\\":\\"%s\\"' % d.L("private-key", jesc(pk)))
    s = """{
    "ARN": "arn:aws:secretsmanager:eu-west-1:%s:secret:prod/%s-%s",
    "Name": "prod/%s",
    "VersionId": "%s",
    "SecretString": "{%s}",
    "VersionStages": [
        "AWSCURRENT"
    ],
    "CreatedDate": "%s"
}
""" % (safe_digits(12), pick(["orders", "billing"]), rs(ALNUM, 6), pick(["orders/db", "billing/api"]), uuid(), ",".join(inner), Clock().iso(z="+00:00"))
    json.loads(s)
    d.set(s)


def c_vault(i):
    d = Doc("cloud/vault-kv-get-%02d.txt" % i)
    path = "secret/%s/%s" % (pick(["prod", "staging"]), pick(["payments", "crm", "search"]))
    rows = [("password", d.L("password", v_pw_simple()))]
    for _ in range(ri(5, 8)):
        rows.append(secret_kv(d))
    for _ in range(ri(4, 5)):
        rows.append(decoy_kv(d))
    seen = set()
    uniq_rows = []
    for k, v in rows:
        while k in seen:
            k += pick(["_old", "_2", "_prev"])
        seen.add(k)
        uniq_rows.append((k, v))
    rows = sorted(uniq_rows, key=lambda x: x[0].lower())
    w = max(len(k) for k, _ in rows) + 4
    out = ["$ vault kv get %s" % path, "====== Secret Path ======", path.replace("secret/", "secret/data/"), "",
           "======= Metadata =======", "Key                Value", "---                -----",
           "created_time       %s" % Clock().iso(), "custom_metadata    <nil>", "deletion_time      n/a", "destroyed          false",
           "version            %d" % ri(1, 40), "", "====== Data ======", "Key".ljust(w) + "Value", "---".ljust(w) + "-----"]
    for k, v in rows:
        out.append(k.ljust(w) + v)
    d.set("\n".join(out) + "\n")


def c_gateway_log(i):
    d = Doc("logs/gateway/envoy-access-%02d.jsonl" % i)
    c = Clock()
    out = []
    for _ in range(ri(10, 14)):
        r = ri(0, 5)
        hdr = {"user-agent": pick(UAS), "x-request-id": uuid(), "x-b3-traceid": sha(32)}
        if r == 0 or r == 5:
            hdr["authorization"] = "Basic " + d.L("basic-auth", v_basic())
        elif r == 1:
            hdr["authorization"] = "Bearer " + d.L("bearer-token", v_bearer())
        elif r == 2:
            hdr["authorization"] = "Bearer " + d.L("jwt|bearer-token", v_jwt())
        elif r == 3:
            hdr["x-api-key"] = d.L("generic-secret", v_generic())
        else:
            hdr["authorization"] = pick(["Basic " + RFC7617_BASIC, "Bearer <token>", "Bearer undefined", "Bearer ${TOKEN}", "Basic Og=="])
            d.D("rfc-basic", hdr["authorization"].split(" ", 1)[1])
        ip = d.L("ipv4", v_ipv4()) if R.random() < 0.7 else d.L("ipv6", v_ipv6())
        ev = {"start_time": c.iso(), "method": pick(["GET", "POST", "PUT"]), "path": "/v%d/%s" % (ri(1, 3), pick(["accounts", "reports/export", "tokens"])),
              "protocol": "HTTP/1.1", "response_code": pick([200, 200, 201, 401, 403, 503]), "bytes_sent": ri(0, 90000),
              "duration_ms": ri(1, 3000), "downstream_remote_address": (ip + ":" + str(ri(1024, 65535))) if ":" not in ip else "[%s]:%d" % (ip, ri(1024, 65535)),
              "upstream_host": "%s:8080" % private_ipv4(), "request_headers": hdr}
        out.append(json.dumps(ev))
    d.set("\n".join(out) + "\n")


FHIR_SYS = {"us-ssn": "http://hl7.org/fhir/sid/us-ssn", "nl-bsn": "http://fhir.nl/fhir/NamingSystem/bsn",
            "uk-nino": "https://fhir.hl7.org.uk/Id/nino", "se-personnummer": "urn:oid:1.2.752.129.2.1.3.1",
            "fi-hetu": "urn:oid:1.2.246.21", "de-steuer-id": "https://fhir.de/sid/steuer-id",
            "fr-nir": "urn:oid:1.2.250.1.213.1.4.8", "es-dni": "urn:oid:1.3.6.1.4.1.19126.3",
            "it-codice-fiscale": "http://hl7.it/sid/codiceFiscale", "in-aadhaar": "https://uidai.gov.in/aadhaar"}
FHIR_LABEL = {"us-ssn": "Social Security Number", "nl-bsn": "BSN", "uk-nino": "National Insurance number",
              "se-personnummer": "Personnummer", "fi-hetu": "Henkilötunnus", "de-steuer-id": "Steuer-ID",
              "fr-nir": "NIR", "es-dni": "DNI", "it-codice-fiscale": "Codice Fiscale", "in-aadhaar": "Aadhaar"}


def c_fhir(i):
    d = Doc("api/fhir-bundle-%02d.json" % i)
    entries_ = []
    for _ in range(ri(2, 4)):
        cat = lowest(list(ID_GEN))[0]
        p = Person(ID_COUNTRY[cat])
        idv = d.L(cat, ID_GEN[cat]())
        tel = d.L("phone", v_phone(p.country))
        em = d.L("email", jesc(v_email(p)))
        bd = d.L("date-of-birth", v_dob("iso"))
        pid = uuid()
        entries_.append("""    {
      "fullUrl": "urn:uuid:%s",
      "resource": {
        "resourceType": "Patient",
        "id": "%s",
        "meta": {"versionId": "%d", "lastUpdated": "%s"},
        "identifier": [
          {"system": "%s", "type": {"text": "%s"}, "value": "%s"},
          {"system": "urn:oid:2.16.840.1.113883.4.%d", "value": "MRN-%s"}
        ],
        "name": [{"family": "%s", "given": ["%s"]}],
        "telecom": [
          {"system": "phone", "value": "%s", "use": "mobile"},
          {"system": "email", "value": "%s"}
        ],
        "gender": "%s",
        "birthDate": "%s",
        "address": [{"city": "%s", "country": "%s"}]
      }
    }""" % (pid, pid, ri(1, 9), ts_iso(), FHIR_SYS[cat], FHIR_LABEL[cat], idv, ri(1, 9), safe_digits(8), jesc(p.last), jesc(p.first),
            tel, em, pick(["female", "male"]), bd, pick(["Utrecht", "Uppsala", "Tampere", "Leeds", "Bologna", "Sevilla", "Lille", "Pune", "Austin", "Köln"]), p.country))
    s = """{
  "resourceType": "Bundle",
  "id": "%s",
  "type": "searchset",
  "timestamp": "%s",
  "total": %d,
  "entry": [
%s
  ]
}
""" % (uuid(), ts_iso(), len(entries_), ",\n".join(entries_))
    json.loads(s)
    d.set(s)



# ---- documents that hold only look-alikes (all of it must stay unreported)

def c_fixture(i):
    d = Doc("fixtures/test-data-%02d.json" % i)
    recs = [DecoyRec(d, esc=jesc) for _ in range(ri(4, 6))]
    users = []
    for r in recs:
        users.append("    {\n" + ",\n".join('      "%s": "%s"' % (k, v) for k, _, v in r.f) + "\n    }")
    cfg = []
    for _ in range(ri(8, 12)):
        k, v = decoy_kv(d)
        cfg.append('    "%s": "%s"' % (k.lower(), jesc(v)))
    cards = ",\n".join('    "%s"' % d.D("test-card", c) for c in R.sample(CARD_TEST, 5))
    s = """{
  "_comment": "synthetic QA fixtures - generated by faker 2%d.%d.%d, seed %d; not real people",
  "users": [
%s
  ],
  "config": {
%s
  },
  "stripe_test_cards": [
%s
  ],
  "jwt_samples": {
    "jwt_io": "%s",
    "unsigned": "%s",
    "expired_placeholder": "eyJ...redacted..."
  },
  "aws": {"access_key_id": "%s", "secret_access_key": "%s", "role_id": "%s", "user_id": "%s"},
  "basic_auth_rfc7617": "%s",
  "pem_placeholder": "%s",
  "public_key": "%s",
  "ports": [%s],
  "build": {"version": "%s", "commit": "%s", "epoch_ms": %s}
}
""" % (ri(0, 9), ri(0, 9), ri(0, 9), ri(1, 99999), ",\n".join(users), ",\n".join(cfg), cards, d.D("jwt-io", JWT_IO), unsigned_jwt(),
       d.D("aws-example", "AKIAIOSFODNN7EXAMPLE"), d.D("aws-example", AWS_DOC_SECRET), fake_aws_id(), d.D("aws-other-id", "AIDA" + rs(B32, 17)),
       d.D("rfc-basic", RFC7617_BASIC), placeholder_pem(nl="\\n"), public_pem("PUBLIC KEY", nl="\\n"),
       ", ".join(str(x) for x in sorted(R.sample([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9090, 9200, 27017], 6))),
       ip_lookalike(), sha(40), epoch_ms())
    json.loads(s)
    d.set(s)


def c_api_docs(i):
    d = Doc("docs/api-reference-%02d.md" % i)
    em = fake_email()
    ph = fake_phone()
    s = """# %s API reference (v%d)

All requests need an API key. The examples below use **placeholder and documentation values only**.

## Authentication

```http
GET /v%d/accounts HTTP/1.1
Host: api.example.com
Authorization: Bearer <your-token-here>
X-Api-Key: YOUR_API_KEY
```

Basic authentication works too (RFC 7617 example credentials):

```
Authorization: Basic %s
```

A token looks like this one from jwt.io (do not use it):

```
%s
```

## Create a customer

```bash
curl -X POST https://api.example.com/v%d/customers \\
  -H "Authorization: Bearer ${API_TOKEN}" \\
  -d email=%s \\
  -d phone=%s \\
  -d iban=%s \\
  -d card=%s
```

Response:

```json
{
  "id": "cus_%s",
  "email": "%s",
  "phone": "%s",
  "ssn": "%s",
  "card": "%s",
  "created": %s,
  "ip": "%s",
  "ipv6": "%s"
}
```

## Environment

| variable | example |
|---|---|
| `AWS_ACCESS_KEY_ID` | `AKIAIOSFODNN7EXAMPLE` |
| `AWS_SECRET_ACCESS_KEY` | `%s` |
| `STRIPE_KEY` | `%s` |
| `SLACK_WEBHOOK_URL` | `%s` |
| `DATABASE_URL` | `postgres://user:password@localhost:5432/app` |
| `PASSWORD` | `%s` |
| `GITHUB_TOKEN` | `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
| `OPENAI_API_KEY` | `sk-...` |
| `SECRET_KEY` | `%s` |

## Rate limits

Requests per minute: %d. Retry after the number of seconds in `Retry-After`. Our status page lists
outages as `INC-%s`. Clause %s of the contract applies. Ports: %s.
""" % (pick(["Orders", "Payments", "Identity"]), ri(1, 4), ri(1, 4), d.D("rfc-basic", RFC7617_BASIC), d.D("jwt-io", JWT_IO), ri(1, 4),
       qenc(em), qenc(ph), d.D("iban-doc", pick(IBAN_DOC)).replace(" ", ""), d.D("test-card", pick(CARD_TEST)).replace(" ", ""),
       rs(ALNUM, 14), em, ph, fake_ssn(), masked_card(), epoch_ms()[:10], d.D("doc-ip", pick(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % ri(1, 254)),
       fake_ipv6(), d.D("aws-example", AWS_DOC_SECRET), fake_stripe(), d.D("slack-doc", SLACK_DOC_HOOK), pw_placeholder(), secret_placeholder(),
       ri(60, 6000), safe_digits(5), d.D("clause", "252.227-70%02d" % ri(13, 19)), ",".join(str(x) for x in [80, 443, 8080, 8443]))
    for x in ["<your-token-here>", "YOUR_API_KEY", "${API_TOKEN}", "AKIAIOSFODNN7EXAMPLE", "postgres://user:password@localhost:5432/app",
              "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-..."]:
        d.D("docs-example", x)
    d.set(s)


def c_snmp(i):
    d = Doc("monitoring/%s-%02d.txt" % (pick(["snmpwalk", "metrics"]), i))
    out = []
    if i % 2:
        out.append("$ snmpwalk -v2c -c public %s" % private_ipv4())
        for _ in range(ri(18, 26)):
            oid = "1.3.6.1.2.1.%d.%d.%d.%d" % (ri(1, 31), ri(1, 9), ri(1, 20), ri(1, 99))
            d.D("oid", oid)
            r = ri(0, 5)
            if r == 0:
                out.append("iso.%s = Hex-STRING: %s" % (oid[4:], mac().replace(":", " ").upper()))
            elif r == 1:
                out.append("iso.%s = IpAddress: %s" % (oid[4:], private_ipv4()))
            elif r == 2:
                out.append("iso.%s = Timeticks: (%d) %d days, %s" % (oid[4:], ri(10 ** 6, 10 ** 9), ri(0, 400), d.D("time", "%d:%02d:%02d.%02d" % (ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 99)))))
            elif r == 3:
                out.append("iso.%s = STRING: \"%s\"" % (oid[4:], pick(["Cisco IOS Software, Version 15.%d(%d)M%d" % (ri(0, 9), ri(1, 9), ri(1, 9)), "Linux fw01 6.1.0-%d-amd64" % ri(10, 30)])))
            elif r == 4:
                out.append("iso.%s = OID: iso.%s" % (oid[4:], ip_lookalike()))
            else:
                out.append("iso.%s = Counter64: %s" % (oid[4:], safe_digits(ri(6, 13))))
    else:
        out += ["# HELP node_network_info Non-numeric data from /sys/class/net/<iface>", "# TYPE node_network_info gauge"]
        for k in range(ri(4, 7)):
            out.append('node_network_info{address="%s",broadcast="ff:ff:ff:ff:ff:ff",device="eth%d",duplex="full",ifalias="",operstate="up"} 1' % (mac(), k))
        out += ["# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.", "process_start_time_seconds %s.%02d" % (d.D("epoch", str(c_time())), ri(0, 99))]
        for _ in range(ri(8, 14)):
            out.append('http_request_duration_seconds_bucket{handler="/api/v1/%s",le="%s",instance="%s:9100",version="%s"} %s' % (
                pick(["orders", "users"]), pick(["0.005", "0.025", "0.1", "0.5", "+Inf"]), private_ipv4(), ip_lookalike(), safe_digits(ri(3, 8))))
        for _ in range(ri(3, 5)):
            out.append('node_network_address_info{address="%s",device="eth0",scope="link"} 1' % fake_ipv6())
        out.append('go_info{version="go1.%d.%d"} 1' % (ri(20, 24), ri(0, 9)))
        out.append('build_info{revision="%s",branch="main",goversion="go1.22.%d",version="%s"} 1' % (sha(40), ri(0, 9), ip_lookalike()))
        out.append("# uptime %s, load %.2f %.2f %.2f" % (d.D("time", "%02d:%02d:%02d" % (ri(0, 23), ri(0, 59), ri(0, 59))), R.random() * 4, R.random() * 4, R.random() * 4))
    d.set("\n".join(out) + "\n")


def c_build_log(i):
    d = Doc("ci/build-%s-%02d.log" % (pick(["maven", "npm"]), i))
    out = []
    if i % 2:
        out += ["[INFO] Scanning for projects...", "[INFO] ", "[INFO] ------------------< com.acme:orders-service >------------------",
                "[INFO] Building orders-service %s" % ip_lookalike(), "[INFO] --------------------------------[ jar ]---------------------------------"]
        for _ in range(ri(10, 16)):
            out.append("[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/%s/%s/%d.%d.%d/%s-%d.%d.%d.jar (%d kB at %d.%d MB/s)" % (
                pick(["org/springframework", "com/fasterxml/jackson/core", "io/netty"]), pick(["spring-core", "jackson-databind", "netty-handler"]),
                ri(1, 6), ri(0, 20), ri(0, 30), pick(["core", "lib"]), ri(1, 6), ri(0, 20), ri(0, 30), ri(10, 9000), ri(0, 20), ri(0, 9)))
        out += ["[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d, Time elapsed: %d.%03d s" % (ri(50, 900), ri(0, 9), ri(1, 300), ri(0, 999)),
                "[INFO] sha256: %s" % sha(64), "[INFO] Build number %s, timestamp %s" % (safe_digits(5), epoch_ms()),
                "[INFO] BUILD SUCCESS", "[INFO] Total time:  %02d:%02d min" % (ri(0, 20), ri(0, 59)), "[INFO] Finished at: %s" % Clock().iso(z="+01:00")]
    else:
        out += ["$ npm ci", "npm warn deprecated inflight@1.0.6: This module is not supported", "added %d packages, and audited %d packages in %ds" % (ri(200, 2000), ri(200, 2000), ri(5, 90))]
        for _ in range(ri(8, 12)):
            pkg = pick(["lodash", "express", "react", "axios", "zod", "jsonwebtoken", "uuid"])
            out.append('  "node_modules/%s": {"version": "%d.%d.%d", "resolved": "https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz", "integrity": "sha512-%s"}' % (
                pkg, ri(0, 20), ri(0, 30), ri(0, 40), pkg, pkg, ri(0, 20), ri(0, 30), ri(0, 40), d.D("base64-blob", b64(rbytes(64)))))
        out += ["%d vulnerabilities (%d moderate, %d high)" % (ri(0, 9), ri(0, 5), ri(0, 3)), "$ npm test", "Tests:       %d passed, %d total" % (ri(10, 900), ri(10, 900)),
                "Time:        %d.%03d s" % (ri(1, 99), ri(0, 999)), "Ran all test suites. seed=%s ports=%s" % (safe_digits(9), "3000,3001,9229"),
                "$ node -e \"console.log(require('crypto').randomUUID())\"", uuid()]
    d.set("\n".join(out) + "\n")



# =================================================================== main

CARRIERS = [
    (c_dotenv, 16), (c_k8s_secret, 12), (c_k8s_configmap, 4), (c_helm_values, 7), (c_compose, 8), (c_properties, 8),
    (c_ini, 8), (c_toml, 6), (c_tfvars, 6), (c_aws_credentials, 8), (c_docker_config, 16), (c_netrc, 3), (c_npmrc, 3),
    (c_gha, 4), (c_gitlab_ci, 4), (c_nginx_conf, 4), (c_pem, 16), (c_gcp_sa, 8), (c_oauth, 8), (c_shell_history, 6),
    (c_kubectl, 9), (c_java_log, 6), (c_python_log, 5), (c_go_log, 5), (c_node_log, 5), (c_nginx_access, 5),
    (c_apache_access, 4), (c_syslog, 5), (c_json_events, 6), (c_api_response, 10), (c_raw_http, 6), (c_curl, 10),
    (c_har, 4), (c_postman, 4), (c_sepa, 5), (c_soap, 4), (c_sql_dump, 5), (c_pg_log, 5), (c_mysql_log, 4),
    (c_csv, 10), (c_vcard, 5), (c_email, 8), (c_slack_export, 7), (c_teams, 4), (c_ticket, 14), (c_crm, 4), (c_hr, 15),
    (c_py_source, 5), (c_js_source, 5), (c_go_source, 4), (c_markdown, 7), (c_crash, 6), (c_ci_output, 4),
    (c_php, 3), (c_appsettings, 4), (c_ldif, 3), (c_kyc_log, 14), (c_secrets_manager, 12), (c_vault, 10),
    (c_gateway_log, 8), (c_fhir, 9), (c_fixture, 18), (c_api_docs, 12), (c_snmp, 10), (c_build_log, 6),
]


def label_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    for fn, n in CARRIERS:
        for i in range(1, n + 1):
            fn(i)
    # unique paths
    seen = {}
    for d in DOCS:
        while d.path in seen:
            base, ext = os.path.splitext(d.path)
            d.path = base + "b" + ext
        seen[d.path] = d
    problems = []
    all_real = {}
    for d in DOCS:
        assert d.text is not None, d.path
        for cat, v in d.labels:
            if v not in d.text:
                problems.append("label not in file: %s %s %r" % (d.path, cat, v[:60]))
            all_real.setdefault(v, set()).add(d.path)
        for kind, v in d.decoys:
            for cat, rv in d.labels:
                if v and v == rv:
                    problems.append("decoy equals a label: %s %r" % (d.path, v))
    dup = [v for v, ps in all_real.items() if len(ps) > 1]
    if dup:
        problems.append("real values in several files: %d e.g. %r" % (len(dup), dup[:3]))
    if problems:
        print("\n".join(problems[:50]))
        sys.exit(1)
    # wipe old output (only the folders this script writes)
    for top in sorted({d.path.split("/")[0] for d in DOCS}):
        p = os.path.join(HERE, top)
        if os.path.isdir(p):
            shutil.rmtree(p)
    lines = ["file\tcategory\tvalue"]
    for d in DOCS:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
        for cat, v in d.labels:
            lines.append("%s\t%s\t%s" % (d.path, cat, label_escape(v)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("documents: %d in %d carriers" % (len(DOCS), len(CARRIERS)))
    per = {c: 0 for c in CATS}
    for d in DOCS:
        for cat, v in d.labels:
            for c in cat.split("|"):
                per[c] += 1
    for c in CATS:
        print("  %-20s %d" % (c, per[c]))
    stats = decoy_stats()
    print("look-alikes (unlabelled, present in the text): %d" % sum(stats.values()))
    for k in sorted(stats):
        print("  %-16s %d" % (k, stats[k]))
    with open(os.path.join(HERE, "lookalikes-summary.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by generate.py: unlabelled look-alikes per kind (distinct per document)\n")
        for k in sorted(stats):
            f.write("%s\t%d\n" % (k, stats[k]))
        f.write("total\t%d\n" % sum(stats.values()))


def decoy_stats():
    stats = {}
    for d in DOCS:
        vals = [(k, v) for k, v in d.decoys if len(v) >= 3 and v in d.text]
        labels = [lv for _, lv in d.labels]
        for k, v in vals:
            if any(v in lv for lv in labels):
                continue
            if any(v != w and v in w for _, w in vals):
                continue
            stats[k] = stats.get(k, 0) + 1
    return stats


if __name__ == "__main__":
    main()
