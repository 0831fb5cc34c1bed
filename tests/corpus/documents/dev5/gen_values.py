"""Value factories for the dev5 corpus (synthetic, checksum-valid values).

All randomness comes from the single random.Random passed in by generate.py.
"""
import base64
import datetime
import json
import string

# ---------------------------------------------------------------- checksums
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(payload):
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_like(ds):
    """10 or 12 digit run that would pass as a Swedish personnummer."""
    if len(ds) == 12:
        if ds[:2] not in ("18", "19", "20"):
            return False
        ds = ds[2:]
    if len(ds) != 10:
        return False
    yy, mm, dd = int(ds[:2]), int(ds[2:4]), int(ds[4:6])
    if dd > 60:
        dd -= 60
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return False
    return luhn_ok(ds)


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_like(six, three, last):
    dd, mm = int(six[:2]), int(six[2:4])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    return HETU_CHARS[int(six + three) % 31] == last


def nir_like(ds):
    if len(ds) != 15 or ds[0] not in "12":
        return False
    return 97 - int(ds[:13]) % 97 == int(ds[13:])


def card_like(ds):
    return 12 <= len(ds) <= 19 and ds[0] in "234568" and luhn_ok(ds)


def aadhaar_like(ds):
    return len(ds) == 12 and ds[0] not in "01" and verhoeff_ok(ds)


def grouped_ambiguous(s):
    """Three consecutive 4-character groups of s that form a valid Aadhaar."""
    groups = [s[i:i + 4] for i in range(0, len(s), 4)]
    for i in range(len(groups) - 2):
        w = "".join(groups[i:i + 3])
        if len(w) == 12 and w.isdigit() and aadhaar_like(w):
            return True
    return False


def ambiguous(ds):
    """True when an unlabelled digit run could pass as a sensitive id."""
    return (aadhaar_like(ds) or card_like(ds) or pnr_like(ds)
            or nir_like(ds))


IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "CH": 21, "CZ": 24,
            "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
            "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28,
            "PT": 25, "SA": 24, "SE": 24}


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


TEST_CARDS = {"4111111111111111", "4242424242424242", "4000056655665556",
              "5555555555554444", "2223003122003222", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431",
              "6011111111111117", "6011000990139424", "3056930009020004",
              "36227206271667", "3566002020360505", "6200000000000005",
              "4012888888881881", "4000000000000002", "4000000000009995"}

MON_EN = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho",
           "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
           "luglio", "agosto", "settembre", "ottobre", "novembre",
           "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
           "lipca", "sierpnia", "września", "października", "listopada",
           "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli",
           "augusti", "september", "oktober", "november", "december"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta",
           "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
           "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
           "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
           "августа", "сентября", "октября", "ноября", "декабря"],
}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(dt, style):
    y, m, d = dt.year, dt.month, dt.day
    mon3 = MON_EN[m - 1][:3]
    f = {
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "dmy.": "%02d.%02d.%04d" % (d, m, y),
        "dmy/": "%02d/%02d/%04d" % (d, m, y),
        "dmy-": "%02d-%02d-%04d" % (d, m, y),
        "mdy/": "%02d/%02d/%04d" % (m, d, y),
        "mdy/yy": "%02d/%02d/%02d" % (m, d, y % 100),
        "ymd/": "%04d/%02d/%02d" % (y, m, d),
        "ymd.": "%04d.%02d.%02d" % (y, m, d),
        "compact": "%04d%02d%02d" % (y, m, d),
        "d mon y": "%d %s %d" % (d, mon3, y),
        "dd MON y": "%02d %s %d" % (d, mon3.upper(), y),
        "dd-mon-y": "%02d-%s-%d" % (d, mon3, y),
        "month d, y": "%s %d, %d" % (MON_EN[m - 1], d, y),
        "month dth, y": "%s %s, %d" % (MON_EN[m - 1], ordinal(d), y),
        "d month y": "%d %s %d" % (d, MON_EN[m - 1], y),
        "ja": "%d年%d月%d日" % (y, m, d),
        "zh": "%d年%02d月%02d日" % (y, m, d),
        "ko": "%d년 %d월 %d일" % (y, m, d),
        "ko.": "%d. %d. %d." % (y, m, d),
        "fi": "%d.%d.%d" % (d, m, y),
        "docs": "%02d%s%02d" % (d, mon3.upper(), y % 100),
        "yymmdd": "%02d%02d%02d" % (y % 100, m, d),
        "d/m/y": "%d/%d/%d" % (d, m, y),
        "de": "%d. %s %d" % (d, MON["de"][m - 1], y),
        "fr": "%d %s %d" % (d, MON["fr"][m - 1], y),
        "es": "%d de %s de %d" % (d, MON["es"][m - 1], y),
        "pt": "%d de %s de %d" % (d, MON["pt"][m - 1], y),
        "it": "%d %s %d" % (d, MON["it"][m - 1], y),
        "nl": "%d %s %d" % (d, MON["nl"][m - 1], y),
        "pl": "%d %s %d" % (d, MON["pl"][m - 1], y),
        "sv": "%d %s %d" % (d, MON["sv"][m - 1], y),
        "fi_long": "%d. %s %d" % (d, MON["fi"][m - 1], y),
        "tr": "%d %s %d" % (d, MON["tr"][m - 1], y),
        "ru": "%d %s %d" % (d, MON["ru"][m - 1], y),
    }
    return f[style]


B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

FIRST_IN = ["Ravi", "Priya", "Anil", "Sunita", "Rahul", "Kavya", "Arjun",
            "Meena", "Suresh", "Lakshmi", "Deepak", "Anjali", "Vikram",
            "Pooja", "Manoj", "Divya", "Karthik", "Fatima", "Imran",
            "Sneha", "Rohit", "Geeta", "Sanjay", "Nandini", "Prakash",
            "Harpreet", "Gurpreet", "Arvind", "Shalini", "Venkatesh",
            "Bhavna", "Mohan", "Rekha", "Ajay", "Farhan", "Tanvi"]
LAST_IN = ["Sharma", "Verma", "Iyer", "Nair", "Reddy", "Patel", "Gupta",
           "Singh", "Kumar", "Das", "Banerjee", "Chatterjee", "Pillai",
           "Rao", "Joshi", "Kulkarni", "Deshmukh", "Menon", "Yadav",
           "Khan", "Mishra", "Bose", "Naidu", "Gowda", "Shetty", "Sheikh",
           "Mehta", "Chauhan", "Pandey", "Ansari"]
FIRST_W = ["Anna", "Lukas", "Sophie", "Mateo", "Lucía", "Jonas", "Emma",
           "Hugo", "Chloé", "Giulia", "Marco", "Lars", "Ingrid", "Oskar",
           "Aino", "Mikko", "Zeynep", "Emre", "Daan", "Sanne", "Kacper",
           "Zofia", "João", "Beatriz", "Olivia", "Liam", "Noah", "Amelia",
           "Ethan", "Chidi", "Amara", "Wanjiru", "Kofi", "Thabo", "Yuki",
           "Haruto", "Wei", "Mei", "Minjun", "Seoyeon", "Omar", "Layla",
           "Dmitri", "Olga", "Camila", "Diego", "Siobhan", "Callum"]
LAST_W = ["Müller", "Schneider", "Dubois", "Lefèvre", "García", "Martínez",
          "Rossi", "Bianchi", "Johansson", "Lindqvist", "Virtanen",
          "Korhonen", "Yılmaz", "Demir", "de Vries", "Jansen", "Kowalski",
          "Nowak", "Silva", "Santos", "Smith", "Johnson", "Okafor", "Mwangi",
          "Nkosi", "Tanaka", "Sato", "Wang", "Kim", "Park", "Haddad",
          "Ivanova", "Petrov", "Hernández", "López", "O'Brien", "MacLeod",
          "Walsh", "Brennan", "Fischer", "Weber", "Moreau", "Lambert"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.in", "rediffmail.com",
                 "hotmail.com", "web.de", "gmx.de", "orange.fr", "libero.it",
                 "uol.com.br", "yandex.ru", "naver.com", "icloud.com",
                 "protonmail.com", "telia.com", "kolumbus.fi", "wp.pl",
                 "btinternet.com", "bigpond.com", "mweb.co.za",
                 "yahoo.com", "live.nl", "t-online.de", "free.fr"]
ORG_DOMAINS = ["kestrel-logistics.co.uk", "brightwave.io", "meridianhealth.in",
               "nordlicht-versicherung.de", "lumenpay.com", "tatvasoft.co.in",
               "harbourviewclinic.com.au", "sundarbank.in", "pixelforge.dev",
               "aurorafreight.se", "casaverde.com.br", "fjordtech.no",
               "quantumleaf.co", "banyanschool.edu.in", "helios-energie.fr",
               "mapleridge.ca", "sakura-trading.co.jp", "dunmore.ie",
               "ostseebank.de", "kilimanjaro-tours.co.ke", "lagosmart.ng"]


class Values:
    def __init__(self, rng):
        self.r = rng
        self.used = set()        # every labelled value and id numbers
        self.used_dates = set()  # (y, m, d) of birth dates

    # ------------------------------------------------------------ basics
    def uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise AssertionError("no unique value")

    def digits(self, n, first="123456789"):
        r = self.r
        return r.choice(first) + "".join(r.choice("0123456789")
                                         for _ in range(n - 1))

    def safe_digits(self, n, first="123456789"):
        """A digit id that is not a valid Aadhaar/card/personnummer/NIR."""
        while True:
            s = self.digits(n, first)
            if not ambiguous(s) and s not in self.used:
                self.used.add(s)
                return s

    def luhn_id(self, n, first="4"):
        """Look-alike id that passes Luhn (deliberately, unlabelled)."""
        while True:
            p = first + "".join(self.r.choice("0123456789")
                                for _ in range(n - len(first) - 1))
            s = p + luhn_digit(p)
            if s not in self.used and not aadhaar_like(s):
                self.used.add(s)
                return s

    def rand(self, n, alphabet):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.rand(n, HEX)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # ------------------------------------------------------------ aadhaar
    def aadhaar(self):
        while True:
            p = self.digits(11, "23456789")
            for d in "0123456789":
                if verhoeff_ok(p + d):
                    s = p + d
                    break
            if luhn_ok(s) or s in self.used or pnr_like(s):
                continue
            self.used.add(s)
            return s

    def aadhaar_bad(self):
        """12 digits starting 2-9 that fail Verhoeff (look-alike)."""
        while True:
            s = self.digits(12, "23456789")
            if not ambiguous(s) and s not in self.used:
                self.used.add(s)
                return s

    @staticmethod
    def fmt_uid(s, style="space"):
        if style == "space":
            return "%s %s %s" % (s[:4], s[4:8], s[8:])
        if style == "dash":
            return "%s-%s-%s" % (s[:4], s[4:8], s[8:])
        if style == "2space":
            return "%s  %s  %s" % (s[:4], s[4:8], s[8:])
        return s

    def vid(self):
        while True:
            s = self.digits(16, "9")
            if not luhn_ok(s) and s not in self.used and not grouped_ambiguous(s):
                self.used.add(s)
                return s

    # ------------------------------------------------------------ dates
    def date(self, y0, y1):
        r = self.r
        while True:
            dt = datetime.date(r.randint(y0, y1), r.randint(1, 12),
                               r.randint(1, 28))
            return dt

    def dob(self, y0=1940, y1=2004):
        while True:
            dt = self.date(y0, y1)
            k = (dt.year, dt.month, dt.day)
            if k not in self.used_dates:
                self.used_dates.add(k)
                return dt

    def event_date(self, y0=2019, y1=2025):
        return self.date(y0, y1)

    # ------------------------------------------------------------ cards
    def card(self, net="visa"):
        r = self.r
        while True:
            if net == "visa":
                p, n = "4", 16
            elif net == "mc":
                p, n = r.choice(["51", "52", "53", "54", "55",
                                 str(r.randint(2221, 2720))]), 16
            elif net == "amex":
                p, n = r.choice(["34", "37"]), 15
            elif net == "discover":
                p, n = r.choice(["6011", "65"]), 16
            elif net == "jcb":
                p, n = str(r.randint(3528, 3589)), 16
            elif net == "diners":
                p, n = r.choice(["36", "38"]), 14
            elif net == "unionpay":
                p, n = "62", 16
            elif net == "rupay":
                p, n = r.choice(["6521", "6522", "508", "607"]), 16
            elif net == "maestro":
                p, n = r.choice(["6759", "5018", "5020"]), 16
            pay = p + "".join(r.choice("0123456789")
                              for _ in range(n - len(p) - 1))
            s = pay + luhn_digit(pay)
            if s in TEST_CARDS or s in self.used or grouped_ambiguous(s) or \
                    (len(s) == 15 and aadhaar_like(s[3:])) or aadhaar_like(s[-12:]) or aadhaar_like(s[:12]):
                continue
            self.used.add(s)
            return s

    @staticmethod
    def fmt_card(s, sep=" "):
        if len(s) == 15:
            g = [s[:4], s[4:10], s[10:]]
        elif len(s) == 14:
            g = [s[:4], s[4:10], s[10:]]
        else:
            g = [s[i:i + 4] for i in range(0, len(s), 4)]
        return sep.join(g)

    # ------------------------------------------------------------ sweden
    def personnummer(self, y0=1935, y1=2008):
        r = self.r
        while True:
            dt = self.dob(y0, y1)
            six = "%02d%02d%02d" % (dt.year % 100, dt.month, dt.day)
            three = "%03d" % r.randint(2, 998)
            chk = luhn_digit(six + three)
            full = six + three + chk
            if hetu_like(six, three, chk):
                continue
            long12 = "%d" % dt.year + six[2:] + three + chk
            if aadhaar_like(long12) or full in self.used:
                continue
            self.used.add(full)
            return dt, six, three + chk

    @staticmethod
    def fmt_pnr(dt, six, four, style):
        cent = "%04d" % dt.year
        if style == "short":
            return six + "-" + four
        if style == "long":
            return cent + six[2:] + "-" + four
        if style == "long12":
            return cent + six[2:] + four
        if style == "ten":
            return six + four
        if style == "plus":
            return six + "+" + four
        raise ValueError(style)

    def orgnr(self):
        r = self.r
        while True:
            p = r.choice(["556", "559", "802", "716", "969", "212"]) + \
                self.digits(6, "0123456789")
            s = p + luhn_digit(p)
            if s not in self.used:
                self.used.add(s)
                return s[:6] + "-" + s[6:]

    def pnr_lookalike(self):
        """Date + 4 digits that fail Luhn (e.g. ticket references)."""
        while True:
            dt = self.event_date(2021, 2025)
            s = "%04d%02d%02d" % (dt.year, dt.month, dt.day) + \
                self.digits(4, "0123456789")
            if not ambiguous(s) and s not in self.used:
                self.used.add(s)
                return s

    # ------------------------------------------------------------ iban
    def iban(self, cc):
        r = self.r
        dg = lambda n: self.digits(n, "0123456789")
        while True:
            if cc == "DE":
                b = dg(8) + dg(10)
            elif cc == "AT":
                b = dg(5) + dg(11)
            elif cc == "CH":
                b = dg(5) + dg(12)
            elif cc == "GB":
                b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL",
                              "NAIA"]) + dg(6) + dg(8)
            elif cc == "IE":
                b = r.choice(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8)
            elif cc == "NL":
                b = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + dg(10)
            elif cc == "FR":
                bank, br, acct = dg(5), dg(5), dg(11)
                key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97
                b = bank + br + acct + "%02d" % key
            elif cc == "ES":
                bank, br, acct = dg(4), dg(4), dg(10)
                w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

                def c(x):
                    v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
                    return {10: 1, 11: 0}.get(v, v)
                b = bank + br + str(c("00" + bank + br)) + str(c(acct)) + acct
            elif cc == "IT":
                abi, cab, acct = dg(5), dg(5), dg(12)
                odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
                s = abi + cab + acct
                tot = sum(odd[int(ch)] if i % 2 == 0 else int(ch)
                          for i, ch in enumerate(s))
                b = chr(65 + tot % 26) + s
            elif cc == "BE":
                f = dg(10)
                k = int(f) % 97 or 97
                b = f + "%02d" % k
            elif cc == "PL":
                bank = dg(7)
                w = [3, 9, 7, 1, 3, 9, 7]
                ck = (10 - sum(int(a) * x for a, x in zip(bank, w)) % 10) % 10
                b = bank + str(ck) + dg(16)
            elif cc == "PT":
                f = dg(19)
                b = f + "%02d" % (98 - int(f) * 100 % 97)
            elif cc == "SE":
                b = r.choice(["500", "800", "600", "300", "957", "923"]) + dg(17)
            elif cc == "FI":
                f = dg(13)
                b = f + luhn_digit(f)
            elif cc == "DK":
                b = dg(14)
            elif cc == "NO":
                f = dg(10)
                w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                k = 11 - sum(int(a) * x for a, x in zip(f, w)) % 11
                if k == 10:
                    continue
                b = f + str(k % 11)
            elif cc == "LU":
                b = dg(3) + dg(13)
            elif cc == "AE":
                b = dg(3) + dg(16)
            elif cc == "SA":
                b = dg(2) + dg(18)
            elif cc == "CZ":
                b = dg(4) + dg(6) + dg(10)
            else:
                raise ValueError(cc)
            s = cc + iban_check(cc, b) + b
            assert len(s) == IBAN_LEN[cc] and iban_ok(s)
            if s in self.used or grouped_ambiguous(s) or pnr_like(s[-10:]) or pnr_like(s[-12:]):
                continue
            self.used.add(s)
            return s

    def iban_bad(self, cc):
        s = self.iban(cc)
        ck = int(s[2:4])
        bad = "%02d" % ((ck + 1 + self.r.randint(0, 80)) % 97 + 2)
        t = s[:2] + bad + s[4:]
        if iban_ok(t):
            return self.iban_bad(cc)
        return t

    @staticmethod
    def fmt_iban(s, grouped=True):
        if not grouped:
            return s
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    # ------------------------------------------------------------ passport
    def passport(self, cc):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWY"
        while True:
            if cc == "IN":
                s = r.choice("JKLMNPRSTUVWZ") + self.digits(7, "123456789")
            elif cc == "US":
                if r.random() < 0.5:
                    s = self.digits(9, "5")
                else:
                    s = r.choice("ACEFGH") + self.digits(8, "0123456789")
            elif cc == "GB":
                s = self.digits(9, "12345")
            elif cc == "DE":
                s = r.choice("CFGHJK") + self.rand(8, "CFGHJKLMNPRTVWXYZ0123456789")
            elif cc == "FR":
                s = self.digits(2, "12") + self.rand(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + \
                    self.digits(5, "0123456789")
            elif cc == "ES":
                s = r.choice(["PAA", "PAB", "PAC", "XDA"]) + self.digits(6, "0123456789")
            elif cc == "IT":
                s = r.choice(["YA", "YB", "YC", "AA"]) + self.digits(7, "0123456789")
            elif cc == "CN":
                s = r.choice("EG") + self.digits(8, "123456789")
            elif cc == "JP":
                s = r.choice(["TK", "TR", "MZ", "TZ"]) + self.digits(7, "0123456789")
            elif cc == "BR":
                s = r.choice(["FZ", "GB", "YB"]) + self.digits(6, "0123456789")
            elif cc == "SE":
                s = self.digits(8, "89")
            elif cc == "NL":
                s = self.rand(2, "BCDFGHJKLMNPRSTVWXZ") + self.rand(6, "0123456789BCDFGHJKLMNP") + \
                    self.digits(1, "0123456789")
            elif cc == "NG":
                s = r.choice("ABD") + self.digits(8, "0123456789")
            elif cc == "CA":
                s = self.rand(2, L) + self.digits(6, "0123456789")
            elif cc == "AU":
                s = r.choice(["PA", "PB", "N", "E"])
                s = s + self.digits(9 - len(s), "0123456789")
            elif cc == "PH":
                s = "P" + self.digits(7, "0123456789") + r.choice("AB")
            elif cc == "KR":
                s = "M" + self.digits(8, "0123456789")
            elif cc == "KE":
                s = r.choice(["AK", "BK"]) + self.digits(7, "0123456789")
            elif cc == "MX":
                s = "G" + self.digits(8, "0123456789")
            elif cc == "PK":
                s = self.rand(2, "ABCDEFGH") + self.digits(7, "0123456789")
            else:
                raise ValueError(cc)
            if s in self.used or ambiguous("".join(c for c in s if c.isdigit())):
                continue
            self.used.add(s)
            return s

    # ------------------------------------------------------------ people
    def name_in(self):
        return self.pick(FIRST_IN), self.pick(LAST_IN)

    def name_w(self):
        return self.pick(FIRST_W), self.pick(LAST_W)

    def email(self, first=None, last=None, domain=None):
        r = self.r

        def mk():
            f = (first or self.pick(FIRST_W + FIRST_IN))
            l_ = (last or self.pick(LAST_W + LAST_IN))
            f = ascii_fold(f).lower()
            l_ = ascii_fold(l_).lower().replace(" ", "").replace("'", "")
            dom = domain or self.pick(EMAIL_DOMAINS + ORG_DOMAINS)
            style = r.randint(0, 4)
            if style == 0:
                loc = "%s.%s" % (f, l_)
            elif style == 1:
                loc = "%s%s%d" % (f[0], l_, r.randint(1, 99))
            elif style == 2:
                loc = "%s_%s" % (f, l_)
            elif style == 3:
                loc = "%s.%s%d" % (f, l_[0], r.randint(70, 99))
            else:
                loc = "%s%s" % (f, l_[:3])
            return loc + "@" + dom
        return self.uniq(mk)

    # ------------------------------------------------------------ secrets
    def password(self, kind="mixed", safe="!*-_.~^+="):
        r = self.r
        words = ["Marigold", "Kestrel", "Tamarind", "Ocelot", "Brahma",
                 "Zephyr", "Quokka", "Saffron", "Nimbus", "Pelican",
                 "Juniper", "Orchid", "Falcon", "Monsoon", "Granite",
                 "Cobalt", "Lantern", "Walrus", "Paprika", "Velvet",
                 "Harbor", "Tundra", "Mango", "Sequoia", "Cricket",
                 "Basalt", "Magenta", "Otter", "Cinder", "Vortex"]

        def mk():
            k = kind if kind != "mixed" else r.choice(
                ["word", "word", "rand", "rand", "phrase", "weak", "rand"])
            if k == "word":
                return (r.choice(words) + r.choice(safe) +
                        str(r.randint(10, 9999)) + r.choice(["", r.choice(words).lower()[:4]]))
            if k == "rand":
                n = r.randint(12, 22)
                while True:
                    s = self.rand(n, ALNUM + safe)
                    if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                            and any(c.islower() for c in s) and s[0] not in "-+=~"):
                        return s
            if k == "phrase":
                return "-".join(r.choice(words).lower() for _ in range(3)) + \
                    str(r.randint(2, 99))
            if k == "weak":
                return r.choice(["Welcome", "Summer", "Monsoon", "Winter",
                                 "Diwali", "Spring", "Autumn"]) + \
                    r.choice(["@", "!", "#", "_"]) + str(r.randint(2015, 2026))
            if k == "alnum":
                while True:
                    s = self.rand(r.randint(12, 20), ALNUM)
                    if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                        return s
            raise ValueError(k)
        return self.uniq(mk)

    def secret(self, shape=None):
        r = self.r
        shapes = ["hex32", "hex48", "hex64", "b64u43", "alnum32", "alnum24",
                  "alnum48", "b64_44"]

        def mk():
            sh = shape or r.choice(shapes)
            if sh.startswith("hex"):
                return self.hexs(int(sh[3:]))
            if sh.startswith("alnum"):
                while True:
                    s = self.rand(int(sh[5:]), ALNUM)
                    if any(c.isdigit() for c in s):
                        return s
            if sh == "b64u43":
                return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
            if sh == "b64_44":
                return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
            if sh.startswith("b64u"):
                return self.rand(int(sh[4:]), B64URL)
            raise ValueError(sh)
        while True:
            s = self.uniq(mk)
            if not s.startswith(("sk", "pk", "rk", "gh", "gl", "xo", "AIza",
                                 "hf_", "npm", "SG.", "sh", "eyJ", "AKIA",
                                 "ASIA", "key-")):
                return s

    def aws_id(self, prefix="AKIA"):
        return self.uniq(lambda: prefix + self.rand(16, B32))

    def aws_secret(self):
        def mk():
            while True:
                s = self.rand(40, B64)
                if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                        and any(c.islower() for c in s) and s[0] not in "+/"):
                    return s
        return self.uniq(mk)

    def session_token(self):
        return self.uniq(lambda: "IQoJb3JpZ2luX2VjE" + self.rand(r_len(self.r), B64) + "=")

    def bearer(self, shape=None):
        r = self.r
        shapes = ["hex40", "alnum40", "b64u43", "ya29", "alnum64", "dotted",
                  "hex64", "b64u86", "sf"]

        def mk():
            sh = shape or r.choice(shapes)
            if sh == "ya29":
                return "ya29." + self.rand(r.randint(150, 190), B64URL)
            if sh == "dotted":
                return self.rand(8, ALNUM) + "." + self.rand(30, B64URL) + "." + self.rand(12, ALNUM)
            if sh == "sf":
                return "00D" + self.rand(12, ALNUM) + "!" + self.rand(90, ALNUM + ".")
            if sh.startswith("hex"):
                return self.hexs(int(sh[3:]))
            if sh.startswith("alnum"):
                return self.rand(int(sh[5:]), ALNUM)
            if sh.startswith("b64u"):
                return self.rand(int(sh[4:]), B64URL)
            raise ValueError(sh)
        while True:
            s = self.uniq(mk)
            if not s.startswith(("sk", "gh", "gl", "xo", "eyJ", "AKIA", "hf_",
                                 "npm", "pk", "rk", "key-")) and s[0] not in "-_":
                return s

    def jwt(self, sub, iss="https://login.brightwave.io/"):
        r = self.r
        hdr = {"alg": r.choice(["RS256", "ES256", "HS256"]), "typ": "JWT",
               "kid": self.rand(8, ALNUM)}
        pl = {"iss": iss, "sub": sub, "aud": "api", "iat": 1733200000 + r.randint(0, 9999999)}
        pl["exp"] = pl["iat"] + 3600
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return self.uniq(lambda: enc(hdr) + "." + enc(pl) + "." + self.rand(86, B64URL))

    def basic(self, user, pw=None):
        pw = pw or self.password("alnum")
        return self.uniq(lambda: base64.b64encode((user + ":" + pw).encode()).decode())


def r_len(r):
    return r.randint(180, 260)


def ascii_fold(s):
    tr = str.maketrans({"ü": "u", "é": "e", "è": "e", "í": "i", "ç": "c",
                        "ö": "o", "ä": "a", "ı": "i", "ã": "a", "ø": "o",
                        "å": "a", "ł": "l", "ñ": "n", "ó": "o", "á": "a",
                        "Ö": "O", "Ü": "U"})
    return s.translate(tr)


def jesc(s):
    """JSON string body escaping, as json.dumps writes it (non-ASCII kept)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ---------------------------------------------------------------- phones
US_AREAS = ["212", "312", "415", "512", "617", "646", "720", "206", "305",
            "404", "469", "602", "703", "818", "917", "713", "480", "971"]
CA_AREAS = ["416", "604", "514", "403", "613", "902"]


def _phone_raw(v, cc):
    """Returns (list of format strings, digits dict)."""
    r = v.r
    d = lambda n, f="0123456789": v.digits(n, f)
    if cc in ("US", "CA"):
        a = r.choice(US_AREAS if cc == "US" else CA_AREAS)
        while True:
            e = d(3, "23456789")
            if e[1:] != "11" and e != "555" and e != "958" and e != "959":
                break
        ln = d(4)
        return [
            "(%s) %s-%s" % (a, e, ln), "%s-%s-%s" % (a, e, ln),
            "%s.%s.%s" % (a, e, ln), "+1 %s %s %s" % (a, e, ln),
            "+1-%s-%s-%s" % (a, e, ln), "1-%s-%s-%s" % (a, e, ln),
            "+1%s%s%s" % (a, e, ln), "+1 (%s) %s-%s" % (a, e, ln),
            "%s%s%s" % (a, e, ln)]
    if cc == "IN":
        n = r.choice("6789") + d(9)
        a, b = n[:5], n[5:]
        return ["+91 %s %s" % (a, b), "+91-%s" % n, "+91%s" % n, "0%s" % n,
                n, "+91 %s" % n, "91%s" % n, "(+91) %s-%s" % (a, b),
                "0%s %s" % (a, b), "+91 %s-%s" % (a, b)]
    if cc == "IN_LL":
        std, ln = r.choice([("22", 8), ("80", 8), ("11", 8), ("44", 8),
                            ("33", 8), ("40", 8), ("20", 8), ("79", 8)])
        n = d(ln, "2346")
        return ["0%s-%s" % (std, n), "+91 %s %s" % (std, n),
                "0%s %s %s" % (std, n[:4], n[4:]), "(0%s) %s" % (std, n)]
    if cc == "GB":
        if r.random() < 0.6:
            while True:
                n = "7" + r.choice("45789") + d(8)
                if not n.startswith("7700900"):
                    break
            return ["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]),
                    "+44 (0)%s %s" % (n[:4], n[4:]), "+44%s" % n,
                    "0%s %s %s" % (n[:4], n[4:7], n[7:]), "0%s" % n]
        while True:
            n = "20" + r.choice("378") + d(7)
            if not n.startswith("2079460"):
                break
        return ["020 %s %s" % (n[2:6], n[6:]), "+44 20 %s %s" % (n[2:6], n[6:]),
                "+44 (0)20 %s %s" % (n[2:6], n[6:]), "(020) %s %s" % (n[2:6], n[6:])]
    if cc == "DE":
        if r.random() < 0.5:
            p = r.choice(["151", "160", "170", "171", "172", "176", "157", "162"])
            n = d(8 if p in ("151", "176", "157", "162") else 7, "123456789")
            return ["0%s %s" % (p, n), "+49 %s %s" % (p, n), "+49%s%s" % (p, n),
                    "0%s/%s" % (p, n), "0%s-%s" % (p, n),
                    "+49 (0)%s %s %s" % (p, n[:4], n[4:])]
        p = r.choice(["30", "89", "40", "69", "221", "711"])
        n = d(8 if len(p) == 2 else 7, "2345789")
        if n.startswith("23125"):
            n = "4" + n[1:]
        return ["0%s %s" % (p, n), "+49 %s %s" % (p, n), "0%s/%s" % (p, n),
                "+49 (0)%s %s %s" % (p, n[:4], n[4:]), "0%s-%s" % (p, n),
                "+49-%s-%s" % (p, n)]
    if cc == "FR":
        while True:
            n = r.choice("1234567") + d(8)
            if n[1:3] not in ("99", "61", "53", "65", "36", "39"):
                break
        g = [n[1:3], n[3:5], n[5:7], n[7:9]]
        return ["0%s %s" % (n[0], " ".join(g)), "+33 %s %s" % (n[0], " ".join(g)),
                "0%s.%s" % (n[0], ".".join(g)), "+33 (0)%s %s" % (n[0], " ".join(g)),
                "0%s" % n, "+33%s" % n]
    if cc == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48"])
        if r.random() < 0.6:
            n = "9" + d(8, "6789")
            return ["+55 %s %s-%s" % (ddd, n[:5], n[5:]), "(%s) %s-%s" % (ddd, n[:5], n[5:]),
                    "+55 (%s) %s-%s" % (ddd, n[:5], n[5:]), "+55%s%s" % (ddd, n)]
        n = d(8, "2345")
        return ["(%s) %s-%s" % (ddd, n[:4], n[4:]), "+55 %s %s-%s" % (ddd, n[:4], n[4:])]
    if cc == "MX":
        a = r.choice(["55", "81", "33"])
        n = d(8, "123456789")
        return ["+52 %s %s %s" % (a, n[:4], n[4:]), "(%s) %s-%s" % (a, n[:4], n[4:]),
                "+52 1 %s %s %s" % (a, n[:4], n[4:]), "%s %s %s" % (a, n[:4], n[4:])]
    if cc == "JP":
        if r.random() < 0.5:
            p = r.choice(["90", "80", "70"])
            n = d(8, "123456789")
            return ["0%s-%s-%s" % (p, n[:4], n[4:]), "+81 %s-%s-%s" % (p, n[:4], n[4:]),
                    "+81 %s %s %s" % (p, n[:4], n[4:]), "0%s%s" % (p, n)]
        p = r.choice(["3", "6"])
        n = d(8, "23456789")
        return ["0%s-%s-%s" % (p, n[:4], n[4:]), "+81 %s-%s-%s" % (p, n[:4], n[4:]),
                "0%s(%s)%s" % (p, n[:4], n[4:])]
    if cc == "AU":
        if r.random() < 0.6:
            while True:
                n = "4" + d(8)
                if not n.startswith(("491", "470")):
                    break
            return ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "+61 %s %s %s" % (n[:3], n[3:6], n[6:]),
                    "+61%s" % n, "0%s" % n]
        a = r.choice(["2", "3", "7", "8"])
        while True:
            n = d(8, "3689")
            if not n.startswith(("5550", "7010")):
                break
        return ["(0%s) %s %s" % (a, n[:4], n[4:]), "+61 %s %s %s" % (a, n[:4], n[4:]),
                "0%s %s %s" % (a, n[:4], n[4:])]
    if cc == "ZA":
        if r.random() < 0.6:
            p = r.choice(["82", "83", "72", "73", "84", "79", "61"])
            n = d(7)
            return ["+27 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]),
                    "+27%s%s" % (p, n), "0%s-%s-%s" % (p, n[:3], n[3:])]
        p = r.choice(["11", "21", "31", "12"])
        n = d(7, "2345789")
        return ["0%s %s %s" % (p, n[:3], n[3:]), "+27 %s %s %s" % (p, n[:3], n[3:])]
    if cc == "NG":
        p = r.choice(["803", "806", "813", "816", "703", "706", "805", "807",
                      "815", "905", "802", "808", "812", "701", "902"])
        n = d(7)
        return ["+234 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]),
                "+234%s%s" % (p, n), "0%s%s" % (p, n), "+234 (0)%s %s %s" % (p, n[:3], n[3:])]
    if cc == "KE":
        p = r.choice(["722", "721", "712", "733", "701", "710", "115", "740"])
        n = d(6)
        return ["+254 %s %s %s" % (p, n[:3], n[3:]), "0%s %s%s" % (p, n[:3], n[3:]),
                "+254%s%s" % (p, n), "0%s %s %s" % (p, n[:3], n[3:])]
    if cc == "PH":
        p = r.choice(["917", "918", "927", "908", "939", "995", "966"])
        n = d(7)
        return ["+63 %s %s %s" % (p, n[:3], n[3:]), "0%s-%s-%s" % (p, n[:3], n[3:]),
                "+63%s%s" % (p, n), "0%s %s %s" % (p, n[:3], n[3:])]
    if cc == "ID":
        p = r.choice(["812", "813", "821", "852", "857", "878", "896"])
        n = d(8)
        return ["+62 %s-%s-%s" % (p, n[:4], n[4:]), "0%s %s %s" % (p, n[:4], n[4:]),
                "+62%s%s" % (p, n), "0%s-%s-%s" % (p, n[:4], n[4:])]
    if cc == "AE":
        if r.random() < 0.6:
            p = r.choice(["50", "52", "54", "55", "56", "58"])
            n = d(7)
            return ["+971 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]),
                    "+971%s%s" % (p, n), "+971-%s-%s" % (p, n)]
        p = r.choice(["4", "2", "6"])
        n = d(7, "2345789")
        return ["+971 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:])]
    if cc == "SA":
        p = r.choice(["50", "53", "54", "55", "56", "59"])
        n = d(7)
        return ["+966 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]),
                "+966%s%s" % (p, n), "00966 %s %s %s" % (p, n[:3], n[3:])]
    if cc == "SE":
        p = r.choice(["70", "72", "73", "76", "79"])
        while True:
            n = d(7, "23456789")
            if not (p == "70" and n.startswith("174")):
                break
        return ["0%s-%s %s %s" % (p, n[:3], n[3:5], n[5:]), "+46 %s %s %s %s" % (p, n[:3], n[3:5], n[5:]),
                "+46%s%s" % (p, n), "0%s %s %s %s" % (p, n[:3], n[3:5], n[5:])]
    if cc == "NL":
        n = d(8, "123456789")
        return ["+31 6 %s" % n, "06-%s" % n, "+31 (0)6 %s %s" % (n[:4], n[4:]), "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])]
    if cc == "ES":
        n = r.choice("67") + d(8)
        return ["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:]),
                "+34%s" % n]
    if cc == "IT":
        n = "3" + r.choice("2345789") + d(8)
        return ["+39 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s%s" % (n[:3], n[3:6], n[6:]),
                "+39 02 %s %s" % (n[2:6], n[6:])]
    if cc == "PL":
        n = r.choice("5678") + d(8)
        return ["+48 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])]
    if cc == "TR":
        n = "5" + r.choice("0345") + d(8)
        return ["+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]),
                "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])]
    if cc == "RU":
        n = "9" + r.choice("0123568") + d(8)
        return ["+7 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
                "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])]
    if cc == "CN":
        n = "1" + r.choice("3589") + d(9)
        return ["+86 %s %s %s" % (n[:3], n[3:7], n[7:]), "%s-%s-%s" % (n[:3], n[3:7], n[7:]),
                "+86-%s" % n, n]
    if cc == "KR":
        n = d(8, "23456789")
        return ["010-%s-%s" % (n[:4], n[4:]), "+82 10-%s-%s" % (n[:4], n[4:]), "+82 10 %s %s" % (n[:4], n[4:])]
    if cc == "FI":
        p = r.choice(["40", "50", "44", "45"])
        n = d(7)
        return ["+358 %s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]), "0%s-%s" % (p, n)]
    if cc == "PT":
        n = "9" + r.choice("1236") + d(7)
        return ["+351 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:])]
    if cc == "CH":
        p = r.choice(["44", "31", "61", "79", "78"])
        n = d(7, "23456789")
        return ["+41 %s %s %s %s" % (p, n[:3], n[3:5], n[5:]), "0%s %s %s %s" % (p, n[:3], n[3:5], n[5:])]
    raise ValueError(cc)


def phone(v, cc, idx=None):
    """A unique phone of country cc; idx picks a format (else random)."""
    while True:
        forms = _phone_raw(v, cc)
        s = forms[idx % len(forms)] if idx is not None else v.r.choice(forms)
        ds = "".join(c for c in s if c.isdigit())
        core = ds[-9:]
        if ambiguous(ds) or ("ph:" + core) in v.used:
            continue
        v.used.add("ph:" + core)
        v.used.add(s)
        return s


def phone_digits(v, cc):
    """Digits-only international form (no +), e.g. for CDRs and wa.me."""
    while True:
        s = phone(v, cc, 0)
        ds = "".join(c for c in s if c.isdigit())
        if s.startswith("0"):
            ds = {"GB": "44", "DE": "49", "FR": "33", "AU": "61", "ZA": "27",
                  "NG": "234", "KE": "254", "PH": "63", "ID": "62", "AE": "971",
                  "SA": "966", "SE": "46", "JP": "81", "TR": "90",
                  "FI": "358", "IN": "91", "CH": "41", "IN_LL": "91",
                  "KR": "82", "MX": "52", "BR": "55"}[cc] + ds[1:]
        if cc in ("US", "CA") and not ds.startswith("1"):
            ds = "1" + ds
        if not ambiguous(ds) and ds not in v.used:
            v.used.add(ds)
            return ds
