"""Helpers for the dev28 generator: the Doc object, value generators, encoders, checksums."""
import base64
import datetime
import hashlib
import json
import random
import string
import urllib.parse
import zlib

SEED = 28028

# every random value of the set, kept unique across documents (documents are built in a fixed order)
USED = set()

BAD_SUBSTR = ('test', 'example', 'fake', 'dummy', 'sample', 'passw', 'secret', 'token', 'admin', 'your',
              'demo', 'foo', '123', 'xxx', 'changeme', 'redact', 'placeholder', 'todo', 'null', 'none', '***', '...', '${', '{{')
VENDOR_PREFIXES = ('AKIA', 'ASIA', 'eyJ', 'AIza', 'sk-', 'sk_', 'rk_', 'pk_', 'ghp_', 'gho_', 'ghs_', 'ghu_', 'ghr_',
                   'github_pat', 'glpat', 'xox', 'xapp', 'npm_', 'pypi', 'hf_', 'SG.', 'key-', 'shp', 'SK', 'AC',
                   'ya29', 'whsec', 'dckr', 'hvs.')

AN = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

WORDS = ['Kaffe', 'Hallon', 'Tranbar', 'Sjostjarna', 'Vinter', 'Blabar', 'Granskog', 'Fyrtorn', 'Lingon', 'Norrsken',
         'Kanel', 'Ekorre', 'Snoblasa', 'Sommarang', 'Tallkotte', 'Hjortron', 'Havsorn', 'Klippa', 'Motorbat',
         'Paraply', 'Citron', 'Kastanj', 'Backsippa', 'Rorelse', 'Segelbat', 'Dimma', 'Vattenfall', 'Bergsjo',
         'Falken', 'Mango', 'Orkide', 'Tundra', 'Pelikan', 'Kompass', 'Vulkan', 'Harmoni', 'Cykel', 'Lantern',
         'Murmel', 'Pinguin', 'Sparrow', 'Granite', 'Harbor', 'Meadow', 'Copper', 'Lantern', 'Thistle', 'Willow',
         'Falcon', 'Juniper', 'Orchard', 'Saffron', 'Glacier', 'Marble', 'Canyon', 'Pebble', 'Cobalt', 'Ember',
         'Schnee', 'Apfel', 'Wolke', 'Sonne', 'Berg', 'Kirsche', 'Pilvi', 'Kuusi', 'Lumi', 'Aalto', 'Fjell',
         'Skog', 'Bolge', 'Regnbue', 'Soleil', 'Nuage', 'Girasol', 'Montana', 'Arcobaleno', 'Tulipan', 'Zeemeeuw']
LOWWORDS = ['korv', 'hylla', 'moln', 'stege', 'fjader', 'bastu', 'glass', 'ratt', 'kanot', 'pilot', 'vante', 'tunna',
            'spade', 'radio', 'bricka', 'gardin', 'tulpan', 'orm', 'ficka', 'bok', 'sked', 'mjol', 'gurka', 'lampa',
            'staket', 'dorr', 'brygga', 'fisk', 'sill', 'kvast', 'rosa', 'gron', 'bla', 'gul', 'stark', 'mjuk',
            'orange', 'violet', 'tiger', 'rocket', 'banjo', 'cactus', 'walrus', 'velvet', 'turnip', 'oyster']
SYMS = '!#%&*+-.=?@_~'

FIRST_M = ['Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jonas', 'Oskar', 'Viktor', 'Emil',
           'Gustav', 'Axel', 'Filip', 'Henrik', 'Mattias', 'Daniel', 'Sven', 'Olof', 'Ali', 'Mohammed', 'Ahmad',
           'Leo', 'Hugo', 'Elias', 'Isak', 'Ludvig', 'Arvid', 'Tomas']
FIRST_F = ['Anna', 'Maria', 'Karin', 'Sara', 'Emma', 'Elin', 'Linnea', 'Ida', 'Johanna', 'Sofia', 'Lena', 'Kerstin',
           'Ingrid', 'Maja', 'Alva', 'Ebba', 'Astrid', 'Agnes', 'Fatima', 'Amina', 'Hanna', 'Malin', 'Birgitta',
           'Eva', 'Klara', 'Wilma', 'Saga', 'Tove', 'Frida', 'Greta']
LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
        'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindqvist',
        'Lundgren', 'Berg', 'Holm', 'Sandberg', 'Forsberg', 'Sjoberg', 'Wallin', 'Engstrom', 'Lindholm',
        'Nyberg', 'Hassan', 'Ali', 'Yilmaz', 'Nordin', 'Lund', 'Bergstrom', 'Axelsson', 'Hedlund', 'Strom',
        'Ekstrom', 'Dahlberg', 'Fransson', 'Isaksson', 'Mattsson', 'Sundberg']
LAST_SV = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
           'Gustafsson', 'Pettersson', 'Jönsson', 'Lindström', 'Åberg', 'Sjöberg', 'Öberg', 'Lindqvist', 'Holm',
           'Bergström', 'Ekström', 'Forsberg', 'Hedlund', 'Lundgren', 'Sandberg', 'Wallin', 'Nyström', 'Hassan',
           'Yilmaz', 'Axelsson', 'Fransson', 'Isaksson', 'Dahl', 'Björk', 'Sundqvist', 'Strand', 'Söderberg']
STREETS = ['Storgatan', 'Kyrkogatan', 'Drottninggatan', 'Skolgatan', 'Järnvägsgatan', 'Björkvägen', 'Ringvägen',
           'Västra Vägen', 'Tallstigen', 'Ängsvägen', 'Sjövägen', 'Parkgatan', 'Nygatan', 'Industrivägen',
           'Hantverkargatan', 'Lärkvägen', 'Granvägen', 'Bäckvägen', 'Kvarngatan', 'Åsgatan']
CITIES = [('Uppsala', '75'), ('Västerås', '72'), ('Örebro', '70'), ('Linköping', '58'), ('Umeå', '90'),
          ('Gävle', '80'), ('Sundsvall', '85'), ('Karlstad', '65'), ('Växjö', '35'), ('Luleå', '97'),
          ('Jönköping', '55'), ('Borås', '50'), ('Eskilstuna', '63'), ('Halmstad', '30'), ('Kalmar', '39'),
          ('Östersund', '83'), ('Falun', '79'), ('Skövde', '54'), ('Norrköping', '60'), ('Visby', '62')]
MAILHOSTS = ['gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'telia.com', 'live.se', 'yahoo.se',
             'bredband.net', 'protonmail.com', 'spray.se']

FICTIVE_SE = [('0701740', 605, 699), ('0313900', 600, 699), ('0406280', 400, 499), ('084650', 400499, 400499),
              ('0980319', 200, 299)]

PLACEHOLDER_MARKS = ('${', '{{', 'EXAMPLE', 'your-', 'REDACTED', 'changeme', '***', 'xxx', '...', '<', '>')


def _rej(v, allow=()):
    lv = v.lower()
    for b in BAD_SUBSTR:
        if b in lv and b not in allow:
            return True
    return False


# ---------------------------------------------------------------- encoders
def enc(v, kind=None):
    if not kind:
        return v
    if kind == 'json':
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if kind == 'jsona':
        return json.dumps(v)[1:-1]
    if kind == 'url':
        return urllib.parse.quote(v, safe='')
    if kind == 'form':
        return urllib.parse.quote_plus(v, safe='')
    if kind == 'xml':
        return v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;').replace("'", '&apos;')
    if kind == 'xmltext':
        return v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if kind == 'sql':
        return v.replace("'", "''")
    if kind == 'sqlbs':
        return v.replace('\\', '\\\\').replace("'", "\\'")
    if kind == 'c':
        return v.replace('\\', '\\\\').replace('"', '\\"')
    if kind == 'php':
        return v.replace('\\', '\\\\').replace("'", "\\'")
    if kind == 'sh1':
        return v.replace("'", "'\\''")
    if kind == 'ysq':
        return v.replace("'", "''")
    raise ValueError(kind)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_digit(partial):
    for c in '0123456789':
        if luhn_ok(partial + c):
            return c


def mod97_check(country, bban):
    s = bban + country + '00'
    n = ''.join(str(int(ch, 36)) for ch in s)
    return '%02d' % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban.replace(' ', '')
    s = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 9, 8, 7, 6]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def bsn_ok(n):
    n = n.replace('.', '').replace(' ', '')
    if len(n) != 9:
        return False
    s = sum(int(n[i]) * (9 - i) for i in range(8)) - int(n[8])
    return s % 11 == 0


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return '0' if c == 10 else str(c)


def steuer_ok(n):
    n = n.replace(' ', '')
    if len(n) != 11 or n[0] == '0':
        return False
    counts = [n[:10].count(c) for c in '0123456789']
    if not (counts.count(0) in (1, 2) and max(counts) in (2, 3)):
        return False
    return steuer_check(n[:10]) == n[10]


def nir_ok(n):
    n = n.replace(' ', '')
    return len(n) == 15 and 97 - int(n[:13]) % 97 == int(n[13:])


DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'


def dni_ok(v):
    v = v.replace('-', '')
    m = {'X': '0', 'Y': '1', 'Z': '2'}
    num = (m.get(v[0], v[0]) + v[1:-1])
    return DNI_LETTERS[int(num) % 23] == v[-1]


CF_ODD = {'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21, 'A': 1, 'B': 0,
          'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21, 'K': 2, 'L': 4, 'M': 18, 'N': 20,
          'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14, 'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23}


def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


HETU_CH = '0123456789ABCDEFHJKLMNPRSTUVWXY'


def hetu_ok(h):
    if len(h) != 11:
        return False
    return HETU_CH[int(h[:6] + h[7:10]) % 31] == h[10]


def pnr_ok(v):
    """10- or 12-digit personnummer / samordningsnummer, with optional separator."""
    d = v.replace('-', '').replace('+', '').replace(' ', '')
    if len(d) == 12:
        cent, d = d[:2], d[2:]
        if cent not in ('18', '19', '20'):
            return False
    elif len(d) != 10:
        return False
    else:
        cent = None
    if not d.isdigit():
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if dd > 60:
        dd -= 60
    years = [int(cent) * 100 + yy] if cent else [1900 + yy, 2000 + yy]
    okdate = False
    for y in years:
        try:
            datetime.date(y, mm, dd)
            okdate = True
        except ValueError:
            pass
    return okdate and luhn_ok(d)


def card_network(d):
    n = len(d)
    p2, p4 = int(d[:2]), int(d[:4])
    if d[0] == '4' and n in (13, 16, 19):
        return 'visa'
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return 'mc'
    if p2 in (34, 37) and n == 15:
        return 'amex'
    if (d.startswith('6011') or 644 <= int(d[:3]) <= 649 or d.startswith('65')) and 16 <= n <= 19:
        return 'discover'
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return 'jcb'
    if (300 <= int(d[:3]) <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return 'diners'
    if d.startswith('62') and 16 <= n <= 19:
        return 'unionpay'
    if p2 in (50, 56, 57, 58, 63, 67) and 12 <= n <= 19:
        return 'maestro'
    if 2200 <= p4 <= 2204 and n == 16:
        return 'mir'
    return None


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '4000056655665556', '5105105105105100',
              '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4012888888881881',
              '5200828282828210', '4000000000000002', '4929000000006', '4000000000000077', '2223003122003222'}


def ssn_ok(s):
    a, g, n = s.split('-') if '-' in s else (s[:3], s[3:5], s[5:])
    if a in ('000', '666') or a[0] == '9' or g == '00' or n == '0000':
        return False
    return s.replace('-', '') not in ('078051120', '219099999', '123456789', '111223333')


def nino_ok(v):
    v = v.replace(' ', '')
    if len(v) != 9:
        return False
    p = v[:2]
    if p[0] in 'DFIQUV' or p[1] in 'DFIQUVO' or p in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
        return False
    return v[2:8].isdigit() and v[8] in 'ABCD'


def crc32_b62(s):
    n = zlib.crc32(s.encode()) & 0xffffffff
    out = ''
    al = string.digits + string.ascii_letters
    while n:
        out = al[n % 62] + out
        n //= 62
    return out.rjust(6, '0')


def ghp_ok(t):
    body = t[4:]
    return len(body) == 36 and crc32_b62(body[:30]) == body[30:]


# ---------------------------------------------------------------- the document
class Doc:
    def __init__(self, carrier, path, desc, module):
        self.carrier, self.path, self.desc, self.module = carrier, path, desc, module
        h = hashlib.sha256(f'{SEED}+{carrier}/{path}'.encode()).hexdigest()
        self.r = random.Random(int(h, 16))
        self.labels = []      # (category, value) in order
        self.looks = []       # registered unlabelled look-alikes
        self.glue_ok = set()
        self.lk_pnr = 0
        self.lk_card = 0

    # -- registration
    def L(self, cat, v):
        if (cat, v) not in self.labels:
            self.labels.append((cat, v))
        return v

    def X(self, v):
        if v not in self.looks:
            self.looks.append(v)
        return v

    def glue(self, v):
        self.glue_ok.add(v)
        return v

    # -- primitive random
    def uniq(self, fn, allow=(), check_bad=True, prefixes_ok=False):
        for _ in range(500):
            v = fn()
            if v in USED:
                continue
            if check_bad and _rej(v, allow):
                continue
            if not prefixes_ok and any(v.startswith(p) for p in VENDOR_PREFIXES):
                continue
            USED.add(v)
            return v
        raise RuntimeError('could not make unique value')

    def chars(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def shape(self, spec):
        """an40 hex64 HEX32 b64_32 (bytes) b64u_32 (bytes) AN20 (upper+digits) an_40 (alnum with - _) dig12 b32_20"""
        if spec.startswith('hex'):
            return self.chars(HEX, int(spec[3:]))
        if spec.startswith('HEX'):
            return self.chars(HEX.upper(), int(spec[3:]))
        if spec.startswith('b64u_'):
            return b64u(self.rbytes(int(spec[5:])))
        if spec.startswith('b64_'):
            return base64.b64encode(self.rbytes(int(spec[4:]))).decode()
        if spec.startswith('b32_'):
            return self.chars(B32, int(spec[4:]))
        if spec.startswith('an_'):
            return self.chars(B64U, int(spec[3:]))
        if spec.startswith('AN'):
            return self.chars(string.ascii_uppercase + string.digits, int(spec[2:]))
        if spec.startswith('an'):
            return self.chars(AN, int(spec[2:]))
        if spec.startswith('lc'):
            return self.chars(string.ascii_lowercase + string.digits, int(spec[2:]))
        if spec.startswith('dig'):
            return str(self.r.randint(1, 9)) + self.chars(string.digits, int(spec[3:]) - 1)
        raise ValueError(spec)

    def rnd(self, spec, pre='', suf=''):
        """a unique random value (not labelled)"""
        return pre + self.uniq(lambda: self.shape(spec)) + suf

    # -- passwords
    def pwraw(self, style='w', n=None):
        r = self.r

        def mk():
            if style == 'w':
                return r.choice(WORDS) + r.choice('-_.!') + r.choice(WORDS) + str(r.randint(10, 99)) + r.choice('!#%&?')
            if style == 's':
                return r.choice(WORDS) + str(r.randint(1987, 2026)) + r.choice('!#?&') 
            if style == 'a':
                al = AN + '!#%&*+-=?@^_~.,:;'
                while True:
                    s = self.chars(al, n or r.randint(14, 22))
                    if any(c.isdigit() for c in s) and any(c in '!#%&*+-=?@^_~.,:;' for c in s):
                        return s
            if style == 'q':
                al = AN + '!#%&*+-=?@^_~"\'\\$/'
                while True:
                    s = self.chars(al, n or r.randint(14, 20))
                    if any(c in '"\'\\' for c in s) and s[0] not in ' \\' and s[-1] != '\\':
                        return s
            if style == 'y':   # shell/YAML-safe punctuation (no quotes, no $, no backslash)
                al = AN + '!#%&*+-=?@^_~.,:'
                while True:
                    s = self.chars(al, n or r.randint(12, 20))
                    if any(c.isdigit() for c in s) and any(not c.isalnum() for c in s) and s[0].isalnum():
                        return s
            if style == 'z':   # safe unquoted in shell and cmd
                al = AN + '-_.+@,'
                while True:
                    s = self.chars(al, n or r.randint(12, 18))
                    if any(c.isdigit() for c in s) and any(not c.isalnum() for c in s) and s[0].isalnum() and s[-1].isalnum():
                        return s
            if style == 'x':
                while True:
                    s = self.chars(AN, n or r.randint(16, 24))
                    if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                        return s
            if style == 'p':
                return ' '.join(r.choice(LOWWORDS) for _ in range(r.randint(3, 4))) + ' ' + str(r.randint(2, 99))
            if style == 'l':
                return '-'.join(r.choice(LOWWORDS) for _ in range(4))
            if style == 'h':
                return self.chars(HEX, n or 32)
            if style == 'k':   # short human keyboard password
                return r.choice(WORDS).lower() + str(r.randint(100, 999)) if r.random() < 0.5 else r.choice(WORDS) + r.choice('!?') + str(r.randint(10, 99))
            raise ValueError(style)
        return self.uniq(mk, allow=('123',) if style in ('w', 's', 'k') else ())

    def pw(self, style='w', e=None, cat='password', n=None):
        raw = self.pwraw(style, n)
        self.last = raw
        return self.L(cat, enc(raw, e))

    # -- secrets and tokens
    def gs(self, spec, pre='', suf='', cat='generic-secret', e=None):
        v = self.rnd(spec, pre, suf)
        self.last = v
        return self.L(cat, enc(v, e))

    def bt(self, spec='an40', pre='', suf='', cat='bearer-token'):
        return self.gs(spec, pre, suf, cat)

    def jwtraw(self, alg='RS256', claims=None, kid=True):
        r = self.r
        hdr = {'alg': alg, 'typ': 'JWT'}
        if kid and alg != 'HS256':
            hdr['kid'] = self.shape('an_27') if r.random() < 0.5 else self.shape('hex16')
        now = 1768800000 + r.randint(0, 900000)
        c = {'iss': 'https://auth.nordvik-logistik.se', 'sub': str(r.randint(10000, 99999)), 'aud': 'api',
             'iat': now, 'exp': now + 3600}
        if claims:
            c.update(claims)
        c['jti'] = self.shape('hex16')
        sig = {'RS256': 256, 'ES256': 64, 'HS256': 32, 'PS256': 256, 'EdDSA': 64, 'RS512': 256}[alg]
        return self.uniq(lambda: b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' +
                         b64u(json.dumps(c, separators=(',', ':')).encode()) + '.' + b64u(self.rbytes(sig)),
                         check_bad=False, prefixes_ok=True)

    def jbt(self, alg='RS256', claims=None, cat='jwt|bearer-token'):
        return self.L(cat, self.jwtraw(alg, claims))

    def ak(self, pre='AKIA', cat='aws-access-key-id'):
        return self.L(cat, self.uniq(lambda: pre + self.chars(B32[:26] + '234567', 16), prefixes_ok=True))

    def sk(self, cat='aws-secret-key'):
        def mk():
            s = self.chars(AN + '/+', 40)
            return s if s[0].isalnum() and s[-1].isalnum() else mk()
        return self.L(cat, self.uniq(mk))

    def sts(self, cat='generic-secret'):
        v = self.uniq(lambda: 'IQoJb3JpZ2luX2VjE' + self.chars(B64, 3) + 'aDGV1LW5vcnRoLTEiRzBFAiEA' +
                      base64.b64encode(self.rbytes(560)).decode().rstrip('='), check_bad=False, prefixes_ok=True)
        return self.L(cat, v) if cat else v

    def ghp(self, pre='ghp_', cat='github-token'):
        def mk():
            b = self.chars(AN, 30)
            return pre + b + crc32_b62(b)
        return self.L(cat, self.uniq(mk, prefixes_ok=True))

    def ghpat(self, cat='github-token'):
        return self.L(cat, self.uniq(lambda: 'github_pat_11' + self.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 20) +
                                     '_' + self.chars(AN, 59), prefixes_ok=True))

    def glpat(self, cat='gitlab-token', pre='glpat-'):
        return self.L(cat, self.uniq(lambda: pre + self.chars(AN + '-_', 20), prefixes_ok=True))

    def xox(self, kind='xoxb', cat='slack-token'):
        def mk():
            if kind == 'xapp':
                return 'xapp-1-A0' + self.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9) + '-' + self.shape('dig13') + '-' + self.chars(HEX, 64)
            return (kind + '-' + self.shape('dig12') + '-' + self.shape('dig13') + '-' + self.chars(AN, 24))
        return self.L(cat, self.uniq(mk, prefixes_ok=True))

    def slackwh(self, cat='slack-webhook'):
        return self.L(cat, self.uniq(lambda: 'https://hooks.slack.com/services/T0' + self.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)
                                     + '/B0' + self.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9) + '/' + self.chars(AN, 24),
                                     prefixes_ok=True))

    def sklive(self, pre='sk_live_', cat='stripe-key'):
        return self.L(cat, self.uniq(lambda: pre + '51' + self.chars(AN, 97), prefixes_ok=True))

    def sg(self, cat='sendgrid-key'):
        return self.L(cat, self.uniq(lambda: 'SG.' + self.chars(B64U, 22) + '.' + self.chars(B64U, 43), prefixes_ok=True))

    def mg(self, cat='mailgun-key'):
        return self.L(cat, self.uniq(lambda: 'key-' + self.chars(HEX, 32), prefixes_ok=True))

    def oai(self, cat='openai-key'):
        return self.L(cat, self.uniq(lambda: 'sk-proj-' + self.chars(B64U, 74) + 'T3BlbkFJ' + self.chars(B64U, 74),
                                     prefixes_ok=True))

    def ant(self, cat='anthropic-key'):
        return self.L(cat, self.uniq(lambda: 'sk-ant-api03-' + self.chars(B64U, 93) + 'AA', prefixes_ok=True))

    def hf(self, cat='huggingface-token'):
        return self.L(cat, self.uniq(lambda: 'hf_' + self.chars(string.ascii_letters, 34), prefixes_ok=True))

    def npm(self, cat='npm-token'):
        return self.L(cat, self.uniq(lambda: 'npm_' + self.chars(AN, 36), prefixes_ok=True))

    def pypi(self, cat='pypi-token'):
        return self.L(cat, self.uniq(lambda: 'pypi-AgEIcHlwaS5vcmcCJ' + self.chars(B64U, 150), prefixes_ok=True))

    def shpat(self, pre='shpat_', cat='shopify-token'):
        return self.L(cat, self.uniq(lambda: pre + self.chars(HEX, 32), prefixes_ok=True))

    def aiza(self, cat='google-api-key'):
        return self.L(cat, self.uniq(lambda: 'AIzaSy' + self.chars(B64U, 33), prefixes_ok=True))

    def azkey(self, cat='azure-storage-key'):
        return self.L(cat, self.uniq(lambda: base64.b64encode(self.rbytes(64)).decode()))

    def dd(self, n=32, cat='datadog-key'):
        return self.L(cat, self.uniq(lambda: self.chars(HEX, n)))

    def twauth(self, cat='twilio-key'):
        return self.L(cat, self.uniq(lambda: self.chars(HEX, 32)))

    def twsk(self, cat='twilio-key'):
        return self.L(cat, self.uniq(lambda: 'SK' + self.chars(HEX, 32), prefixes_ok=True))

    def basic(self, user, pwd, cat='basic-auth'):
        return self.L(cat, b64(f'{user}:{pwd}'))

    # -- look-alikes (registered, unlabelled)
    def uuid(self):
        h = self.rnd('hex32')
        return self.X(f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice("89ab")}{h[17:20]}-{h[20:]}')

    def sha1(self):
        return self.X(self.rnd('hex40'))

    def sha256(self):
        return self.X(self.rnd('hex64'))

    def hexx(self, n):
        return self.X(self.rnd(f'hex{n}'))

    def anx(self, n):
        return self.X(self.rnd(f'an{n}'))

    def intx(self, n):
        return self.X(self.uniq(lambda: self.shape(f'dig{n}'), check_bad=False))

    def commit(self, n=40):
        return self.X(self.rnd(f'hex{n}'))

    # -- personal data
    def day(self, y0=2024, y1=2025):
        return self.birth(y0, y1).isoformat()

    def birth(self, y0=1945, y1=2004):
        return datetime.date(self.r.randint(y0, y1), 1, 1) + datetime.timedelta(days=self.r.randint(0, 364))

    def pnrraw(self, form='short-', y0=1945, y1=2004, sex=None, samord=False, date=None):
        r = self.r

        def mk():
            dt = date or self.birth(y0, y1)
            day = dt.day + (60 if samord else 0)
            birthnum = '%02d' % r.randint(0, 99)
            g = r.randint(0, 9)
            if sex == 'm' and g % 2 == 0:
                g += 1
            if sex == 'f' and g % 2 == 1:
                g -= 1
            ten9 = dt.strftime('%y%m') + '%02d' % day + birthnum + str(g)
            ten = ten9 + luhn_digit(ten9)
            cent = dt.strftime('%Y')[:2]
            sep = '+' if form == 'short+' else '-'
            return {'short-': ten[:6] + '-' + ten[6:], 'short': ten, 'long': cent + ten,
                    'long-': cent + ten[:6] + '-' + ten[6:], 'short+': ten[:6] + sep + ten[6:],
                    'short ': ten[:6] + ' ' + ten[6:], 'long ': cent + ten[:6] + ' ' + ten[6:]}[form]
        return self.uniq(mk, check_bad=False)

    def pnr(self, form='short-', y0=1945, y1=2004, sex=None, samord=False, date=None):
        return self.L('se-personnummer', self.pnrraw(form, y0, y1, sex, samord, date))

    def lkpnr(self, form='long-', y0=2023, y1=2026, valid=True):
        """date-shaped look-alike (case, order, booking numbers); Luhn-valid when valid=True"""
        r = self.r

        def mk():
            dt = datetime.date(r.randint(y0, y1), 1, 1) + datetime.timedelta(days=r.randint(0, 364))
            if dt > datetime.date(2026, 1, 19):
                dt = datetime.date(2025, dt.month, dt.day) if not (dt.month == 2 and dt.day == 29) else datetime.date(2025, 2, 28)
            nine = dt.strftime('%y%m%d') + '%03d' % r.randint(0, 999)
            c = luhn_digit(nine)
            if not valid:
                c = str((int(c) + r.randint(1, 9)) % 10)
            ten = nine + c
            cent = dt.strftime('%Y')[:2]
            return {'short-': ten[:6] + '-' + ten[6:], 'short': ten, 'long': cent + ten,
                    'long-': cent + ten[:6] + '-' + ten[6:]}[form]
        v = self.uniq(mk, check_bad=False)
        if valid:
            self.lk_pnr += 1
        return self.X(v)

    def maskpnr(self, form='short-'):
        p = self.pnrraw(form)
        return self.X(p[:-4] + 'XXXX' if self.r.random() < 0.5 else p[:-4] + '****')

    def orgnr(self, dash=True):
        def mk():
            nine = self.r.choice(['556', '559', '802', '716', '969']) + self.shape('dig6')
            ten = nine + luhn_digit(nine)
            return ten[:6] + '-' + ten[6:] if dash else ten
        return self.X(self.uniq(mk, check_bad=False))

    def hetu(self, y0=1950, y1=2004, sex=None):
        def mk():
            dt = self.birth(y0, y1)
            n = self.r.randint(2, 899)
            if sex == 'm' and n % 2 == 0:
                n += 1
            if sex == 'f' and n % 2 == 1:
                n -= 1
            sign = '-' if dt.year < 2000 else 'A'
            base = dt.strftime('%d%m%y') + '%03d' % n
            return dt.strftime('%d%m%y') + sign + '%03d' % n + HETU_CH[int(base) % 31]
        return self.L('fi-hetu', self.uniq(mk, check_bad=False))

    def cardraw(self, net='visa', sep=''):
        r = self.r
        pre = {'visa': lambda: '4' + str(r.choice([0, 1, 2, 4, 5, 6, 7, 8, 9])) + self.shape('dig4')[:4],
               'mc': lambda: str(r.randint(51, 55)) + self.chars(string.digits, 4),
               'mc2': lambda: str(r.randint(2221, 2720)) + self.chars(string.digits, 2),
               'amex': lambda: r.choice(['34', '37']) + self.chars(string.digits, 4),
               'discover': lambda: '6011' + self.chars(string.digits, 2),
               'jcb': lambda: str(r.randint(3528, 3589)) + self.chars(string.digits, 2),
               'diners': lambda: '36' + self.chars(string.digits, 4),
               'unionpay': lambda: '62' + str(r.randint(1, 8)) + self.chars(string.digits, 3),
               'maestro': lambda: r.choice(['5018', '5020', '6759', '6763']) + self.chars(string.digits, 2)}[net]
        ln = {'amex': 15, 'diners': 14}.get(net, 16)
        if net == 'maestro':
            ln = r.choice([16, 18, 19])

        def mk():
            body = pre()
            body += self.chars(string.digits, ln - 1 - len(body))
            d = body + luhn_digit(body)
            if d in TEST_CARDS or card_network(d) is None:
                return mk()
            return d
        d = self.uniq(mk, check_bad=False)
        self.lastcard = d
        return fmtcard(d, sep)

    def card(self, net='visa', sep=''):
        return self.L('credit-card', self.cardraw(net, sep))

    def lkcard(self, n=16, sep='', first=None):
        """Luhn-valid number of no card network (order refs, gift cards, loyalty ids)"""
        def mk():
            f = first or self.r.choice('17')
            body = f + self.chars(string.digits, n - 2)
            return body + luhn_digit(body)
        v = self.uniq(mk, check_bad=False)
        self.lk_card += 1
        return self.X(fmtcard(v, sep) if sep else v)

    def imei(self):
        def mk():
            body = self.r.choice(['35', '86', '01']) + self.chars(string.digits, 12)
            return body + luhn_digit(body)
        self.lk_card += 1
        return self.X(self.uniq(mk, check_bad=False))

    def mask(self, net='visa', style=0):
        d = self.cardraw(net)
        USED.add(d)
        if style == 0:
            v = d[:6] + '*' * (len(d) - 10) + d[-4:]
        elif style == 1:
            v = '**** **** **** ' + d[-4:]
        elif style == 2:
            v = 'XXXXXXXXXXXX' + d[-4:]
        else:
            v = d[:4] + ' ' + 'XX' * 1 + 'XX XXXX ' + d[-4:]
        return self.X(v)

    def iban(self, cc='SE', spaced=True):
        r = self.r
        ln = {'SE': 20, 'NO': 11, 'DK': 14, 'FI': 14, 'DE': 18, 'IS': 22, 'NL': 14, 'GB': 18, 'IT': 23}[cc]

        def mk():
            if cc == 'SE':
                bban = r.choice(['500', '800', '600', '300', '120', '957', '927']) + self.chars(string.digits, 17)
            elif cc == 'NL':
                bban = r.choice(['INGB', 'ABNA', 'RABO']) + self.chars(string.digits, 10)
            elif cc == 'IT':
                bban = r.choice(string.ascii_uppercase) + r.choice(['03069', '05034', '02008', '05428']) + self.chars(string.digits, 5) + self.chars(string.digits, 12)
            elif cc == 'GB':
                bban = r.choice(['NWBK', 'BARC', 'LOYD']) + self.chars(string.digits, 14)
            else:
                bban = self.chars(string.digits, ln)
            s = cc + mod97_check(cc, bban) + bban
            return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
        return self.L('iban', self.uniq(mk, check_bad=False))

    def phone(self, cc='se', style=None):
        r = self.r

        def g(n):
            return self.chars(string.digits, n)

        def mk():
            st = style if style is not None else r.randint(0, 3)
            if cc == 'se':
                p = '7' + r.choice('02369') + g(7)
                for pre, lo, hi in FICTIVE_SE:
                    if ('0' + p).startswith(pre):
                        return mk()
                a, b, c, d = p[:2], p[2:5], p[5:7], p[7:]
                return ['0%s-%s %s %s' % (a, b, c, d), '0' + p, '+46 %s %s %s %s' % (a, b, c, d), '+46' + p,
                        '0%s %s %s %s' % (a, b, c, d), '0046 %s-%s %s %s' % (a, b, c, d)][st % 6]
            if cc == 'sel':
                area = r.choice(['08', '031', '040', '018', '013', '019', '060', '090'])
                if area == '08':
                    s = str(r.randint(2, 7)) + g(6)
                    return ['08-%s %s %s' % (s[:3], s[3:5], s[5:]), '+46 8 %s %s %s' % (s[:3], s[3:5], s[5:])][st % 2]
                s = str(r.randint(1, 7)) + g(5)
                return ['%s-%s %s %s' % (area, s[:2], s[2:4], s[4:]), '+46 %s %s %s %s' % (area[1:], s[:2], s[2:4], s[4:])][st % 2]
            if cc == 'no':
                s = r.choice('49') + g(7)
                return ['+47 %s %s %s' % (s[:3], s[3:5], s[5:]), '%s %s %s' % (s[:3], s[3:5], s[5:]), '+47' + s][st % 3]
            if cc == 'dk':
                s = str(r.randint(2, 9)) + g(7)
                return ['+45 %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:]), '%s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:])][st % 2]
            if cc == 'fi':
                s = r.choice(['40', '44', '45', '50']) + g(7)
                return ['+358 %s %s %s' % (s[:2], s[2:5], s[5:]), '0%s %s %s' % (s[:2], s[2:5], s[5:]), '+358' + s][st % 3]
            if cc == 'is':
                s = r.choice('678') + g(6)
                return '+354 %s %s' % (s[:3], s[3:])
            if cc == 'uk':
                s = '7' + r.choice('1345789') + g(8)
                if s.startswith('7700900'):
                    return mk()
                return ['+44 %s %s' % (s[:4], s[4:]), '0%s %s' % (s[:4], s[4:])][st % 2]
            if cc == 'us':
                npa = r.choice(['206', '312', '415', '617', '646', '718', '773', '801', '919', '972', '503', '612'])
                nxx = str(r.randint(2, 9)) + g(2)
                if nxx == '555':
                    return mk()
                ln = g(4)
                return ['(%s) %s-%s' % (npa, nxx, ln), '+1 %s-%s-%s' % (npa, nxx, ln), '%s.%s.%s' % (npa, nxx, ln)][st % 3]
            if cc == 'de':
                pre = r.choice(['151', '152', '160', '162', '170', '171', '176', '157'])
                return ['+49 %s %s' % (pre, g(8)), '0%s %s' % (pre, g(7)), '+49 (0)%s %s' % (pre, g(8))][st % 3]
            if cc == 'fr':
                s = r.choice('67') + g(8)
                return ['+33 %s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:]), '0%s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:])][st % 2]
            if cc == 'nl':
                return ['+31 6 %s' % g(8), '06-%s' % g(8)][st % 2]
            if cc == 'es':
                s = r.choice('67') + g(8)
                return ['+34 %s %s %s %s' % (s[:3], s[3:5], s[5:7], s[7:]), '%s %s %s' % (s[:3], s[3:6], s[6:])][st % 2]
            if cc == 'it':
                s = '3' + r.choice('234789') + g(8)
                return ['+39 %s %s %s' % (s[:3], s[3:6], s[6:]), '%s %s' % (s[:3], s[3:])][st % 2]
            if cc == 'pl':
                s = r.choice('5678') + g(8)
                return '+48 %s %s %s' % (s[:3], s[3:6], s[6:])
            if cc == 'in':
                s = r.choice('6789') + g(9)
                return ['+91 %s %s' % (s[:5], s[5:]), '+91-' + s][st % 2]
            if cc == 'jp':
                return '0%s-%s-%s' % (r.choice(['80', '90', '70']), g(4), g(4))
            if cc == 'br':
                return '+55 %s 9%s-%s' % (r.choice(['11', '21', '31', '41']), g(4), g(4))
            if cc == 'au':
                s = '4' + g(8)
                if s.startswith('491570'):
                    return mk()
                return '+61 %s %s %s' % (s[:3], s[3:6], s[6:])
            if cc == 'ee':
                return '+372 5%s %s' % (g(3), g(4))
            if cc == 'pt':
                return '+351 9%s %s %s' % (r.choice('1236') + g(1), g(3), g(3))
            raise ValueError(cc)
        return self.L('phone', self.uniq(mk, check_bad=False))

    def email(self, first=None, last=None, domain=None, style=None, cat='email'):
        r = self.r
        first = first or r.choice(FIRST_M + FIRST_F)
        last = last or r.choice(LAST)
        tr = str.maketrans({'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e', 'ü': 'u', 'ø': 'o', 'æ': 'ae', 'Å': 'A', 'Ä': 'A', 'Ö': 'O', 'Ø': 'O', 'Æ': 'Ae', 'Ü': 'U'})
        f, l = first.translate(tr).lower(), last.translate(tr).lower()

        def mk():
            st = style if style is not None else r.randint(0, 4)
            loc = [f'{f}.{l}', f'{f}{l[:3]}{r.randint(10, 99)}', f'{f[0]}{l}', f'{f}_{l}{r.randint(1, 9)}',
                   f'{l}.{f}'][st % 5]
            return loc + '@' + (domain or r.choice(MAILHOSTS))
        return self.L(cat, self.uniq(mk, check_bad=False))

    def dob(self, fmt='%Y-%m-%d', y0=1950, y1=2004, lang=None):
        dt = self.birth(y0, y1)
        return self.L('date-of-birth', fmtdate(dt, fmt, lang))

    def passport(self, cc='se'):
        r = self.r

        def mk():
            if cc == 'se':
                return self.shape('dig8')
            if cc == 'de':
                return r.choice('CFGHJK') + self.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)
            if cc in ('us', 'uk', 'no'):
                return self.shape('dig9')
            if cc == 'fr':
                return '%02d' % r.randint(10, 24) + self.chars(string.ascii_uppercase, 2) + self.chars(string.digits, 5)
            if cc == 'es':
                return self.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 3) + self.chars(string.digits, 6)
            if cc == 'it':
                return self.chars(string.ascii_uppercase, 2) + self.chars(string.digits, 7)
            if cc == 'fi':
                return self.chars(string.ascii_uppercase, 2) + self.chars(string.digits, 7)
            if cc == 'in':
                return r.choice('JKLMNPRSTUVWZ') + self.chars(string.digits, 7)
            if cc == 'pl':
                return self.chars(string.ascii_uppercase, 2) + self.chars(string.digits, 7)
            if cc == 'nl':
                return self.chars('BCDFGHJKLMNPRSTVWXYZ', 2) + self.chars('BCDFGHJKLMNPRSTVWXYZ0123456789', 6) + self.chars(string.digits, 1)
            raise ValueError(cc)
        return self.L('passport', self.uniq(mk))

    def ssn(self, sep='-'):
        def mk():
            a = self.r.randint(1, 899)
            if a == 666:
                a = 667
            s = '%03d%s%02d%s%04d' % (a, sep, self.r.randint(1, 99), sep, self.r.randint(1, 9999))
            return s if ssn_ok(s.replace(sep, '-') if sep else s) else mk()
        return self.L('us-ssn', self.uniq(mk, check_bad=False))

    def nino(self, spaced=False):
        def mk():
            p = self.r.choice('ABCEGHJKLMNOPRSTWXYZ') + self.r.choice('ABCEGHJKLMNPRSTWXYZ')
            v = p + self.chars(string.digits, 6) + self.r.choice('ABCD')
            if not nino_ok(v):
                return mk()
            return f'{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}' if spaced else v
        return self.L('uk-nino', self.uniq(mk, check_bad=False))

    def bsn(self):
        def mk():
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.randint(1, 6)
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s == 10:
                return mk()
            return ''.join(map(str, d)) + str(s)
        return self.L('nl-bsn', self.uniq(mk, check_bad=False))

    def steuer(self, spaced=False):
        def mk():
            digs = list('0123456789')
            self.r.shuffle(digs)
            ten = digs[:9]
            ten.insert(self.r.randint(1, 9), self.r.choice(ten[1:]))
            if ten[0] == '0':
                return mk()
            s = ''.join(ten)
            v = s + steuer_check(s)
            if not steuer_ok(v):
                return mk()
            return f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}' if spaced else v
        return self.L('de-steuer-id', self.uniq(mk, check_bad=False))

    def nir(self, sex=1, dt=None, spaced=True):
        def mk():
            b = dt or self.birth(1955, 2000)
            dep = '%02d' % self.r.choice([13, 31, 33, 44, 59, 67, 69, 75, 92, 93])
            n13 = '%d%s%s%s%03d%03d' % (sex, b.strftime('%y'), b.strftime('%m'), dep, self.r.randint(1, 999), self.r.randint(1, 999))
            key = '%02d' % (97 - int(n13) % 97)
            return (f'{n13[0]} {n13[1:3]} {n13[3:5]} {n13[5:7]} {n13[7:10]} {n13[10:13]} {key}' if spaced else n13 + key)
        return self.L('fr-nir', self.uniq(mk, check_bad=False))

    def dni(self, nie=False):
        def mk():
            if nie:
                p = self.r.choice('XYZ')
                n = self.chars(string.digits, 7)
                return p + n + DNI_LETTERS[int({'X': '0', 'Y': '1', 'Z': '2'}[p] + n) % 23]
            n = self.shape('dig8')
            return n + DNI_LETTERS[int(n) % 23]
        return self.L('es-dni', self.uniq(mk, check_bad=False))

    def cf(self, last, first, dt, female=False):
        cons = lambda s: [c for c in s.upper() if c.isalpha() and c not in 'AEIOU']
        vow = lambda s: [c for c in s.upper() if c in 'AEIOU']
        ln = (cons(last) + vow(last) + ['X'] * 3)[:3]
        fc = cons(first)
        fn = ([fc[0], fc[2], fc[3]] if len(fc) >= 4 else (fc + vow(first) + ['X'] * 3)[:3])
        mcode = 'ABCDEHLMPRST'[dt.month - 1]
        day = dt.day + (40 if female else 0)

        def mk():
            town = self.r.choice(['H501', 'F205', 'L219', 'A944', 'G273', 'D612'])
            s15 = ''.join(ln) + ''.join(fn) + dt.strftime('%y') + mcode + '%02d' % day + town
            return s15 + cf_check(s15)
        return self.L('it-codice-fiscale', self.uniq(mk, check_bad=False))

    def aadhaar(self, spaced=True):
        def mk():
            n = str(self.r.randint(2, 9)) + self.chars(string.digits, 10)
            v = n + verhoeff_digit(n)
            return f'{v[:4]} {v[4:8]} {v[8:]}' if spaced else v
        return self.L('in-aadhaar', self.uniq(mk, check_bad=False))

    def ipv4(self, cat='ipv4'):
        def mk():
            a = self.r.choice([31, 37, 46, 62, 77, 78, 79, 81, 82, 83, 85, 89, 90, 94, 95, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            return f'{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}'
        return self.L(cat, self.uniq(mk, check_bad=False))

    def ipv6(self, cat='ipv6'):
        def mk():
            p = self.r.choice(['2a02:aa1', '2001:2002', '2a00:801', '2a01:4f8', '2001:9b1', '2a05:d014', '2600:1f18', '2a03:2880'])
            grp = [format(self.r.randint(1, 0xffff), 'x') for _ in range(4)]
            return p + ':' + format(self.r.randint(1, 0xffff), 'x') + '::' + ':'.join(grp)
        return self.L(cat, self.uniq(mk, check_bad=False))

    def pem(self, kind='RSA', cat='private-key', escaped=False):
        r = self.r
        if kind == 'RSA':
            head, body = 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + base64.b64encode(self.rbytes(1160)).decode()
        elif kind == 'RSA1':
            head, body = 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA' + base64.b64encode(self.rbytes(1170)).decode()
        elif kind == 'EC':
            head, body = 'EC PRIVATE KEY', 'MHcCAQEEI' + base64.b64encode(self.rbytes(87)).decode()[:-1] + 'A=='
            body = 'MHcCAQEEI' + base64.b64encode(self.rbytes(32)).decode()[:-1] + 'oAoGCCqGSM49AwEHoUQDQgAE' + base64.b64encode(self.rbytes(63)).decode()
        elif kind == 'OPENSSH':
            head = 'OPENSSH PRIVATE KEY'
            body = ('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'
                    'QyNTUxOQAAACA' + base64.b64encode(self.rbytes(300)).decode().rstrip('='))
        lines = [body[i:i + 64] if kind != 'OPENSSH' else body[i:i + 70] for i in range(0, len(body), 64 if kind != 'OPENSSH' else 70)]
        v = f'-----BEGIN {head}-----\n' + '\n'.join(lines) + f'\n-----END {head}-----'
        USED.add(v)
        if escaped:
            v = v.replace('\n', '\\n')
        return self.L(cat, v)


def fmtcard(d, sep):
    if not sep:
        return d
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


MONTHS = {
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'no': ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
}


def fmtdate(dt, fmt, lang=None):
    if fmt == 'long':
        m = MONTHS[lang][dt.month - 1]
        return {'sv': f'{dt.day} {m} {dt.year}', 'de': f'{dt.day}. {m} {dt.year}', 'fr': f'{dt.day} {m} {dt.year}',
                'es': f'{dt.day} de {m} de {dt.year}', 'it': f'{dt.day} {m} {dt.year}', 'nl': f'{dt.day} {m} {dt.year}',
                'pt': f'{dt.day} de {m} de {dt.year}', 'fi': f'{dt.day}. {m} {dt.year}', 'en': f'{m} {dt.day}, {dt.year}',
                'pl': f'{dt.day} {m} {dt.year}', 'no': f'{dt.day}. {m} {dt.year}'}[lang]
    if fmt == 'ja':
        return f'{dt.year}年{dt.month}月{dt.day}日'
    if fmt == 'enuk':
        return f'{dt.day} {MONTHS["en"][dt.month - 1]} {dt.year}'
    if fmt == 'mrz':
        return dt.strftime('%y%m%d')
    return dt.strftime(fmt)


def pick(r, seq, k=None):
    return r.choice(seq) if k is None else r.sample(seq, k)


def person(r, sex=None):
    sex = sex or r.choice('mf')
    first = r.choice(FIRST_M if sex == 'm' else FIRST_F)
    return sex, first, r.choice(LAST_SV)


def addr(r):
    c, pfx = r.choice(CITIES)
    return f'{r.choice(STREETS)} {r.randint(1, 48)}', f'{pfx}{r.randint(1, 9)} {r.randint(10, 99)}', c
