"""dev27 core: the Doc helper, random value generators, encoders and checksums.

Every labelled value is produced here from a per-document random.Random seeded from
sha256("27027+<carrier>/<path>"); a global set keeps every random value unique across the set.
"""
import base64
import binascii
import datetime
import hashlib
import json
import random
import re
import string
import urllib.parse

SEED = 27027
USED = set()          # every random value handed out, across the whole set

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + '+/'
B64U = AN + '-_'
B32 = UP + '234567'

BANNED = ('test', 'example', 'fake', 'dummy', 'sample', 'passw', 'secret', 'token', 'admin',
          'your', 'changeme', 'redact', 'xxx', 'null', 'none', 'todo', 'fixme', 'placeholder',
          'insert', 'replace', 'demo', 'foo', 'bar', 'lorem', 'abc', '123')
PREFIXES = ('AKIA', 'ASIA', 'eyJ', 'AIza', 'sk-', 'sk_', 'rk_', 'pk_', 'ghp_', 'gho_', 'ghu_',
            'ghs_', 'ghr_', 'github_pat', 'glpat', 'xox', 'xapp', 'SG.', 'npm_', 'pypi', 'hf_',
            'shp', 'key-', 'ya29', 'AC', 'SK', 'whsec', 'GOCSPX')

LM = '⟨'
RM = '⟩'
MARK = re.compile(LM + '([^' + LM + RM + ']*)' + RM)


# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


def iban_check(cc, bban):
    s = bban + cc + '00'
    n = ''.join(str(int(ch, 36)) for ch in s)
    return '%02d' % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban.replace(' ', '')
    s = s[4:] + s[:4]
    n = ''.join(str(int(ch, 36)) for ch in s)
    return int(n) % 97 == 1


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_shape_valid(digits10, century=None):
    """10 digits YYMMDDNNNC: valid date (day or day+60) in some century and Luhn."""
    yy, mm, dd = int(digits10[0:2]), int(digits10[2:4]), int(digits10[4:6])
    if dd > 60:
        dd -= 60
    if century is not None:
        ok = date_ok(century * 100 + yy, mm, dd)
    else:
        ok = date_ok(1900 + yy, mm, dd) or date_ok(2000 + yy, mm, dd)
    return ok and luhn_ok(digits10)


TEST_CARDS = {
    '4111111111111111', '4242424242424242', '4000056655665556', '5555555555554444',
    '5200828282828210', '5105105105105100', '378282246310005', '371449635398431',
    '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667',
    '3566002020360505', '4012888888881881', '4000000000000002', '4000000000009995',
    '5454545454545454', '4917610000000000', '4444333322221111', '5425233430109903',
    '2223000048410010', '4000000000000077', '6200000000000005', '4035501000000008', '4929000000006',
}


def card_network(d):
    n = len(d)
    if d[0] == '4' and n in (13, 16, 19):
        return 'visa'
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return 'mc'
    if n == 15 and d[:2] in ('34', '37'):
        return 'amex'
    if n in (16, 19) and (d[:4] == '6011' or d[:2] == '65' or 644 <= int(d[:3]) <= 649):
        return 'discover'
    if n in (16, 19) and 3528 <= int(d[:4]) <= 3589:
        return 'jcb'
    if n == 14 and (300 <= int(d[:3]) <= 305 or d[:2] in ('36', '38', '39')):
        return 'diners'
    if n in (16, 19) and d[:2] == '62':
        return 'unionpay'
    if 12 <= n <= 19 and (d[:2] in ('50', '56', '57', '58') or d[:1] == '6'):
        return 'maestro'
    if n == 16 and 2200 <= int(d[:4]) <= 2204:
        return 'mir'
    return None


def ssn_ok(s):
    d = s.replace('-', '').replace(' ', '')
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, ser = d[:3], d[3:5], d[5:]
    if a in ('000', '666') or a[0] == '9' or g == '00' or ser == '0000':
        return False
    return d not in ('078051120', '219099999', '123456789', '111223333')


NINO_BAD_FIRST = set('DFIQUV')
NINO_BAD_SECOND = set('DFIOQUV')
NINO_BAD_PAIRS = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def nino_ok(s):
    d = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', d):
        return False
    return d[0] not in NINO_BAD_FIRST and d[1] not in NINO_BAD_SECOND and d[:2] not in NINO_BAD_PAIRS


def b64url_json_ok(part):
    pad = '=' * (-len(part) % 4)
    try:
        json.loads(base64.urlsafe_b64decode(part + pad).decode('utf-8'))
        return True
    except Exception:
        return False


B62 = DG + UP + LO


def b62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


def github_checksum(body30):
    return b62(binascii.crc32(body30.encode()) & 0xffffffff, 6)


# ---------------------------------------------------------------- encoders

def encode(v, enc):
    if not enc:
        return v
    if enc == 'json':
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if enc == 'jsonascii':
        return json.dumps(v)[1:-1]
    if enc == 'xml':
        return (v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                .replace('"', '&quot;').replace("'", '&apos;'))
    if enc == 'xmltext':
        return v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if enc == 'sql':
        return v.replace("'", "''")
    if enc == 'php':
        return v.replace('\\', '\\\\').replace("'", "\\'")
    if enc == 'url':
        return urllib.parse.quote(v, safe='')
    if enc == 'urlu':   # userinfo: keep unreserved and a few sub-delims that are legal there
        return urllib.parse.quote(v, safe="!$&'()*+,;=-._~")
    if enc == 'form':
        return urllib.parse.quote_plus(v, safe='')
    if enc == 'sh1':
        return v.replace("'", "'\\''")
    if enc == 'dq':     # shell / perl / php double quotes
        return v.replace('\\', '\\\\').replace('"', '\\"').replace('$', '\\$').replace('`', '\\`')
    if enc == 'c':      # C, Java, C#, Go, JS, Rust ... double-quoted string literal
        return v.replace('\\', '\\\\').replace('"', '\\"')
    if enc == 'ysq':    # yaml single quoted, pascal, sql-ish
        return v.replace("'", "''")
    if enc == 'vb':     # basic family: "" doubles
        return v.replace('"', '""')
    if enc == 'b64':
        return base64.b64encode(v.encode()).decode()
    if enc == 'pct':    # percent-encode everything non-alnum (for query strings of old clients)
        return urllib.parse.quote(v, safe='-._~')
    raise ValueError(enc)


# ---------------------------------------------------------------- names and words

FIRST = {
    'sv': 'Anna Erik Karin Lars Maria Johan Eva Anders Sara Mikael Lena Per Emma Fredrik Ida Jonas Linnea Oskar Maja Nils Elsa Viktor Ebba Gustav Astrid Henrik Tove Björn Signe Mattias Agnes Rasmus Klara Sebastian Alva Pontus Wilma Tobias Saga Hampus Frida Joakim Elin Ludvig Ingrid Magnus Sofia Axel Hanna Kalle Britt Åsa Göran Yvonne Leif Birgitta'.split(),
    'de': 'Lukas Anna Jonas Lea Felix Marie Paul Laura Maximilian Sophie Leon Hannah Tim Julia Jan Katharina Niklas Lena Moritz Sabine Thomas Petra Stefan Andrea Jürgen Monika'.split(),
    'fr': 'Camille Louis Léa Hugo Chloé Lucas Manon Théo Inès Nathan Julie Antoine Sarah Mathieu Élodie Nicolas Pauline Romain Claire Baptiste'.split(),
    'es': 'Lucía Hugo Martina Pablo Sofía Alejandro Paula Daniel Carmen Javier Elena Sergio Marta Álvaro Irene Diego'.split(),
    'it': 'Giulia Francesco Sofia Alessandro Aurora Lorenzo Chiara Matteo Martina Andrea Federica Davide Giorgia Simone'.split(),
    'nl': 'Daan Emma Sem Julia Lucas Tess Finn Sophie Levi Anouk Bram Fleur Jesse Lotte Thijs Sanne'.split(),
    'pl': 'Jakub Zuzanna Kacper Julia Szymon Maja Filip Hanna Wojciech Aleksandra Michał Katarzyna Piotr Agnieszka'.split(),
    'fi': 'Juha Aino Mikko Eveliina Antti Sanna Janne Laura Ville Heidi Teemu Noora Sami Riikka'.split(),
    'no': 'Ole Ingrid Jakob Nora Emil Sofie Sander Ingeborg Henrik Thea Magnus Kari Sindre Marit'.split(),
    'da': 'Mads Freja Mikkel Ida Rasmus Sofie Frederik Mathilde Søren Mette Kasper Line'.split(),
    'en': 'James Olivia Oliver Amelia Harry Isla George Ava Jack Emily Noah Sophie Thomas Grace William Chloe Daniel Ruth Samuel Megan'.split(),
    'us': 'Michael Jennifer Christopher Jessica Matthew Ashley Joshua Amanda Andrew Brittany Tyler Megan Brandon Kayla Justin Lauren Ryan Stephanie'.split(),
    'pt': 'João Ana Pedro Beatriz Tiago Mariana Rafael Inês Gonçalo Carolina Lucas Gabriela'.split(),
    'cs': 'Jan Tereza Petr Eliška Tomáš Anna Lukáš Kateřina Jakub Lucie'.split(),
    'tr': 'Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Can Merve'.split(),
    'hu': 'Bence Anna Máté Eszter Dávid Réka Levente Zsófia Gergő Nóra'.split(),
    'ja': '翔太 美咲 大輔 さくら 健太 陽菜 拓也 結衣'.split(),
    'ru': 'Алексей Мария Дмитрий Анна Сергей Екатерина Иван Ольга'.split(),
    'el': 'Γιώργος Μαρία Νίκος Ελένη Κώστας Σοφία'.split(),
    'ar': 'محمد فاطمة أحمد مريم علي نور'.split(),
    'zh': '伟 芳 娜 敏 静 磊 洋 艳'.split(),
    'ko': '민준 서연 도윤 지우 하준 서윤'.split(),
}
LAST = {
    'sv': 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Lindberg Lindqvist Lundgren Berglund Sandberg Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Holmberg Nyström Hedlund Åberg Östlund Fransson Lindholm Mårtensson Strand Björk Hellström Bergkvist Sundqvist Lindström Nordin Falk Ekström Blom Borg'.split(),
    'de': 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Braun Zimmermann Krüger Hartmann Lange Werner'.split(),
    'fr': 'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia Fournier Girard Bonnet'.split(),
    'es': 'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez'.split(),
    'it': 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Costa'.split(),
    'nl': 'de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder de Groot Bos'.split(),
    'pl': 'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski'.split(),
    'fi': 'Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen'.split(),
    'no': 'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Berg Haugen'.split(),
    'da': 'Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen'.split(),
    'en': 'Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White Roberts Green Hall'.split(),
    'us': 'Johnson Williams Miller Davis Rodriguez Martinez Anderson Taylor Thomas Moore Jackson Martin Lee Thompson Harris Clark Lewis Walker'.split(),
    'pt': 'Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes'.split(),
    'cs': 'Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý'.split(),
    'tr': 'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın'.split(),
    'hu': 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár'.split(),
    'ja': '佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村'.split(),
    'ru': 'Иванов Смирнов Кузнецов Попов Васильев Петров Соколов'.split(),
    'el': 'Παπαδόπουλος Γεωργίου Οικονόμου Νικολάου Δημητρίου'.split(),
    'ar': 'الحسن العلي الخطيب حداد منصور'.split(),
    'zh': '王 李 张 刘 陈 杨 赵 黄'.split(),
    'ko': '김 이 박 최 정 강'.split(),
}
ASCII = {'å': 'a', 'ä': 'a', 'ö': 'o', 'Å': 'a', 'Ä': 'a', 'Ö': 'o', 'é': 'e', 'è': 'e', 'ü': 'u',
         'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'í': 'i', 'á': 'a', 'ó': 'o', 'ú': 'u', 'ñ': 'n', 'ç': 'c',
         'ł': 'l', 'ś': 's', 'ź': 'z', 'ż': 'z', 'ć': 'c', 'ń': 'n', 'ę': 'e', 'ą': 'a', 'š': 's',
         'č': 'c', 'ř': 'r', 'ž': 'z', 'ý': 'y', 'ě': 'e', 'ů': 'u', 'ı': 'i', 'ş': 's', 'ğ': 'g',
         'É': 'e', 'Á': 'a', 'Ś': 's', 'Ø': 'o', 'Ç': 'c', 'Ş': 's', 'Č': 'c', 'ő': 'o', 'ű': 'u',
         'ê': 'e', 'ã': 'a', 'õ': 'o', 'â': 'a', 'ô': 'o', 'Ü': 'u', 'Ö': 'o', 'Ž': 'z', 'Ł': 'l'}


def asciify(s):
    return ''.join(ASCII.get(c, c) for c in s).lower().replace(' ', '')


WORDS = {
    'sv': 'kanel hallon blåbär lingon fjällripa kvarn lykta snöstorm vitsippa granskog älg tjäder havtorn sjöbod bastu midsommar ekorre trana hägg rönnbär blåval karamell lakrits kardemumma renlav kantarell stjärnfall vinterväg fyrtorn ankdamm'.split(),
    'en': 'copper harbor falcon meadow lantern granite velvet orchard thunder marble saffron glacier compass ember willow quarry tundra beacon cobalt juniper walnut pepper raven cedar'.split(),
    'de': 'Bergwerk Sonnenblume Fahrrad Kuckucksuhr Tannenzapfen Regenbogen Leuchtturm Apfelbaum Schneeflocke Wanderweg Eichhörnchen Kaffeetasse'.split(),
    'fr': 'tournesol lavande croissant marmotte hirondelle citrouille papillon framboise'.split(),
    'es': 'girasol tortuga naranja mariposa castillo montaña ventana guitarra'.split(),
    'it': 'girasole farfalla limone montagna castello finestra cipresso'.split(),
}
SYMS = '!#%&*+-=?@^_~.'


# ---------------------------------------------------------------- Doc

FEMALE = set('''Anna Karin Maria Eva Sara Lena Emma Ida Linnea Maja Elsa Ebba Astrid Tove Signe Agnes Klara Alva Wilma Saga
Frida Elin Ingrid Sofia Hanna Britt Åsa Yvonne Birgitta Lea Marie Laura Sophie Hannah Julia Katharina Lena Sabine Petra Andrea
Monika Camille Léa Chloé Manon Inès Julie Sarah Élodie Pauline Claire Lucía Martina Sofía Paula Carmen Elena Marta Irene Giulia
Aurora Chiara Federica Giorgia Tess Anouk Fleur Lotte Sanne Zuzanna Maja Hanna Aleksandra Katarzyna Agnieszka Aino Eveliina Sanna
Heidi Noora Riikka Nora Sofie Ingeborg Thea Kari Marit Freja Mathilde Mette Line Olivia Amelia Isla Ava Emily Grace Chloe Ruth
Megan Jennifer Jessica Ashley Amanda Brittany Kayla Lauren Stephanie Ana Beatriz Mariana Inês Carolina Gabriela Tereza Eliška
Kateřina Lucie Ayşe Fatma Zeynep Elif Merve Eszter Réka Zsófia Nóra'''.split())


class Person:
    def __init__(self, first, last, lang):
        self.first, self.last, self.lang = first, last, lang
        self.full = first + ' ' + last
        self.sex = 'F' if first in FEMALE else 'M'

    def __repr__(self):
        return self.full


EMAIL_DOMAINS = {
    'sv': ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com', 'icloud.com', 'live.se', 'bredband.net', 'spray.se', 'yahoo.se', 'comhem.se'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'mailbox.org', 'freenet.de'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'],
    'it': ['libero.it', 'gmail.com', 'tiscali.it', 'virgilio.it', 'alice.it'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'xs4all.nl'],
    'pl': ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com', 'interia.pl'],
    'fi': ['gmail.com', 'luukku.com', 'elisanet.fi', 'outlook.com'],
    'no': ['online.no', 'gmail.com', 'hotmail.no', 'getmail.no'],
    'da': ['gmail.com', 'mail.dk', 'hotmail.dk', 'jubii.dk'],
    'en': ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'outlook.com', 'sky.com', 'virginmedia.com'],
    'us': ['gmail.com', 'yahoo.com', 'comcast.net', 'aol.com', 'outlook.com', 'icloud.com'],
    'pt': ['gmail.com', 'sapo.pt', 'hotmail.com', 'uol.com.br'],
    'cs': ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz'],
    'tr': ['gmail.com', 'hotmail.com.tr', 'yandex.com.tr'],
    'hu': ['freemail.hu', 'gmail.com', 'citromail.hu'],
}
ROLES = ['drift', 'it-support', 'ekonomi', 'faktura', 'info', 'kundtjanst', 'hr', 'lon', 'noc',
         'servicedesk', 'support', 'billing', 'accounts', 'ops', 'security', 'reception', 'kansli',
         'bokning', 'order', 'helpdesk', 'dpo', 'buchhaltung', 'compta', 'soporte', 'kontakt']


class Doc:
    def __init__(self, carrier, path, desc, module):
        self.carrier, self.path, self.desc, self.module = carrier, path, desc, module
        h = hashlib.sha256(('%d+%s/%s' % (SEED, carrier, path)).encode()).hexdigest()
        self.r = random.Random(int(h, 16))
        self.labels = []     # (cat, value) in order
        self.lk = []         # registered look-alikes (value)
        self.glue_ok = set()
        self.refs = {}
        self.text = None

    # ------------------------------------------------ registration
    def L(self, cat, value):
        self.labels.append((cat, value))
        return value

    def X(self, value):
        self.lk.append(value)
        return value

    def uniq(self, fn, check=None, ban=True, prefix_ok=()):
        for _ in range(2000):
            v = fn()
            if v in USED:
                continue
            if ban:
                low = v.lower()
                if any(b in low for b in BANNED):
                    continue
                if any(v.startswith(p) for p in PREFIXES if p not in prefix_ok):
                    continue
            if check and not check(v):
                continue
            USED.add(v)
            return v
        raise RuntimeError('cannot generate unique value')

    # ------------------------------------------------ raw random strings
    def s(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def mixed(self, alphabet, n, need=(UP, LO, DG)):
        def f():
            return self.s(alphabet, n)

        def ok(v):
            return all(any(c in grp for c in v) for grp in need if any(c in alphabet for c in grp))
        return self.uniq(f, ok)

    def an(self, n):
        return self.mixed(AN, n)

    def hexs(self, n, upper=False):
        v = self.uniq(lambda: self.s('0123456789abcdef', n), lambda x: any(c.isalpha() for c in x) and any(c.isdigit() for c in x))
        return v.upper() if upper else v

    def b64(self, nbytes):
        return self.uniq(lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode())

    def b64u(self, nbytes, pad=False):
        def f():
            v = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()
            return v if pad else v.rstrip('=')
        return self.uniq(f, lambda x: not x.startswith('-') and not x.startswith('_'))

    def shape(self, spec):
        """an32, AN32 (upper+digits), az32 (lower+digits), hex64, HEX32, b64_32 (bytes), b64u_32, b32_16, d12"""
        m = re.fullmatch(r'(an|AN|az|hex|HEX|b64u_|b64_|b32_|d|az_)(\d+)', spec)
        if not m:
            raise ValueError(spec)
        k, n = m.group(1), int(m.group(2))
        if k == 'an':
            return self.an(n)
        if k == 'AN':
            return self.mixed(UP + DG, n, (UP, DG))
        if k == 'az':
            return self.mixed(LO + DG, n, (LO, DG))
        if k == 'az_':
            return self.mixed(LO + DG + '_-', n, (LO, DG))
        if k == 'hex':
            return self.hexs(n)
        if k == 'HEX':
            return self.hexs(n, True)
        if k == 'b64_':
            return self.b64(n)
        if k == 'b64u_':
            return self.b64u(n)
        if k == 'b32_':
            return self.mixed(B32, n, (UP,))
        if k == 'd':
            return self.uniq(lambda: str(self.r.randint(1, 9)) + self.s(DG, n - 1))

    # ------------------------------------------------ people
    def person(self, lang='sv'):
        f = self.r.choice(FIRST[lang])
        l = self.r.choice(LAST[lang])
        return Person(f, l, lang)

    def email(self, first=None, last=None, domain=None, lang='sv', style=None, cat='email'):
        if first is None:
            p = self.person(lang)
            first, last = p.first, p.last
        doms = EMAIL_DOMAINS.get(lang, EMAIL_DOMAINS['en'])

        def f():
            st = style or self.r.choice(['f.l', 'fl', 'f.l', 'f_l', 'fl99', 'f.l99', 'ilast'])
            fa, la = asciify(first), asciify(last)
            local = {'f.l': fa + '.' + la, 'fl': fa + la, 'f_l': fa + '_' + la,
                     'fl99': fa + la + str(self.r.randint(1, 99)),
                     'f.l99': fa + '.' + la + str(self.r.randint(60, 99)),
                     'ilast': fa[0] + la, 'first': fa, 'f.l.': fa + '.' + la}[st]
            return local + '@' + (domain or self.r.choice(doms))
        return self.L(cat, self.uniq(f, ban=False))

    def role_email(self, domain, role=None):
        return self.L('email', self.uniq(lambda: (role or self.r.choice(ROLES)) + '@' + domain, ban=False))

    # ------------------------------------------------ passwords
    def pw(self, style='w'):
        m = re.fullmatch(r'([a-z])(\d*)', style)
        k, n = m.group(1), int(m.group(2) or 0)
        r = self.r

        def f():
            if k == 'w':      # Word-Word-47!
                lang = r.choice(['sv', 'en', 'sv', 'de'])
                ws = [asciify(w).capitalize() for w in r.sample(WORDS[lang], 2)]
                sep = r.choice(['-', '.', '_', '', '+'])
                return ws[0] + sep + ws[1] + sep + str(r.randint(10, 9999)) + r.choice(['', '!', '#', '?', '%', '&', '*'])
            if k == 'n':      # nordic letters kept
                ws = [w.capitalize() for w in r.sample(WORDS['sv'], 2)]
                return ws[0] + r.choice(['-', '', '_']) + ws[1] + str(r.randint(10, 999)) + r.choice(['!', '', '.'])
            if k == 's':      # simple word + digits
                w = asciify(r.choice(WORDS[r.choice(['sv', 'en'])])).capitalize()
                return w + str(r.randint(1950, 2026)) + r.choice(['', '!', ''])
            if k == 'a':      # random with punctuation
                ln = n or r.randint(14, 20)
                return self.s(AN + SYMS, ln)
            if k == 'x':      # alnum generated
                return self.s(AN, n or r.randint(16, 24))
            if k == 'p':      # passphrase with spaces
                lang = r.choice(['sv', 'en'])
                return ' '.join(r.sample(WORDS[lang], 3)) + ' ' + str(r.randint(2, 99))
            if k == 'q':      # quotes, backslash, dollar
                ln = n or 16
                base = list(self.s(AN, ln - 3))
                for ch in r.sample(['"', "'", '\\', '$', '`', '&', '%', '#', ';'], 3):
                    base.insert(r.randrange(len(base)), ch)
                return ''.join(base)
            if k == 'y':      # punctuation that is harmless in most syntaxes
                ln = n or r.randint(14, 18)
                return self.s(AN + '!#%*+-=?^_.~', ln)
            if k == 'l':      # lowercase words joined (diceware-ish)
                return '-'.join(asciify(w) for w in r.sample(WORDS['en'], 4))
            if k == 'h':      # hex-ish generated (openssl rand -hex)
                return self.s('0123456789abcdef', n or 24)
            raise ValueError(style)

        def ok(v):
            if v[0] in ' ' or v[-1] in ' ':
                return False
            if k in ('a', 'x', 'y', 'q'):
                return any(c.isupper() for c in v) and any(c.isdigit() for c in v) and any(c.islower() for c in v) and v[0].isalnum() and v[-1] not in '\\'
            return True
        return self.uniq(f, ok)

    # ------------------------------------------------ tokens
    def jwt(self, alg='HS256', claims=None):
        r = self.r
        hdr = {'alg': alg, 'typ': 'JWT'}
        if alg != 'HS256':
            hdr['kid'] = self.s(AN + '-_', r.choice([16, 22, 43]))
        now = 1768800000 + r.randint(0, 3000000)
        pl = {'iss': r.choice(['https://auth.kundportal.se/', 'https://login.lagerhus.io/oauth2/default',
                              'https://idp.verkstad-nord.se/realms/prod', 'https://sts.fjordcargo.no',
                              'urn:fakturaflode:issuer', 'https://accounts.bostadsbolaget.se']),
              'sub': r.choice([self.s(DG, 8), 'svc-' + self.s(LO, 6), self.s(AN, 24)]),
              'aud': r.choice(['api', 'https://api.internal', 'orders', 'erp-gateway']),
              'iat': now, 'exp': now + r.choice([300, 900, 3600, 86400 * 30]),
              'jti': self.s(AN, 16)}
        if r.random() < 0.5:
            pl['scope'] = r.choice(['read:orders write:orders', 'openid profile', 'reports.read', 'ingest'])
        if claims:
            pl.update(claims)
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
        sig_n = {'HS256': 32, 'HS512': 64, 'RS256': 256, 'ES256': 64, 'PS256': 256, 'EdDSA': 64}[alg]
        return self.uniq(lambda: enc(hdr) + '.' + enc(pl) + '.' + self.b64u(sig_n), ban=False)

    def bearer(self, shape='an40'):
        r = self.r
        if shape.startswith('an') or shape.startswith('hex') or shape.startswith('b64u_') or shape.startswith('az'):
            return self.shape(shape)
        if shape == 'okta':
            return self.uniq(lambda: '00' + self.s(AN + '-_', 40), ban=False)
        if shape == 'ya29':
            return self.uniq(lambda: 'ya29.' + self.s(AN + '-_', r.randint(150, 200)), ban=False, prefix_ok=('ya29',))
        if shape == 'ms':     # long base64 with + / and padding
            return self.uniq(lambda: 'EwB' + self.s(B64, r.randint(300, 360)) + '=', ban=False)
        if shape == 'paseto':
            return self.uniq(lambda: 'v4.local.' + self.s(B64U, 180), ban=False)
        if shape == 'dotted':  # opaque id.secret
            return self.uniq(lambda: self.s(DG, 6) + '|' + self.s(AN, 40), ban=False)
        if shape == 'sfdc':
            return self.uniq(lambda: '00D' + self.s(AN, 12) + '!' + self.s(AN + '._', 96), ban=False)
        if shape == 'b64pad':
            return self.b64(r.choice([30, 33, 48]))
        if '~' in shape:       # prefix~shape
            return self.gsecret(shape)
        raise ValueError(shape)

    SHAPE_RE = re.compile(r'(an|AN|az|hex|HEX|b64u_|b64_|b32_|d|az_)(\d+)')

    def gsecret(self, spec):
        """parts joined by ~: a part matching a shape (an32, hex64, b64_32 ...) is random, any other part is literal"""
        parts = spec.split('~')
        if len(parts) == 1:
            return self.shape(spec)

        def f():
            return ''.join(self.shape(p) if self.SHAPE_RE.fullmatch(p) else p for p in parts)
        return self.uniq(f, ban=False)

    def aws_id(self, prefix='AKIA'):
        return self.uniq(lambda: prefix + self.s(B32, 16), lambda v: 'EXAMPLE' not in v, ban=False)

    def aws_secret(self):
        return self.uniq(lambda: self.s(B64, 40), lambda v: v[0].isalnum() and any(c in '+/' for c in v))

    def aws_session(self):
        return self.uniq(lambda: 'IQoJb3JpZ2luX2VjE' + self.s(B64, 400) + '==', ban=False)

    # vendor tokens
    def ghp(self, p='ghp_'):
        return self.uniq(lambda: (lambda b: p + b + github_checksum(b))(self.s(AN, 30)), ban=False)

    def github_pat(self):
        return self.uniq(lambda: 'github_pat_11' + self.s(UP + DG, 20) + '_' + self.s(AN, 59), ban=False)

    def glpat(self):
        return self.uniq(lambda: 'glpat-' + self.s(AN + '-_', 20), lambda v: v[-1] not in '-_', ban=False)

    def xox(self, p='xoxb'):
        if p == 'xoxp':
            return self.uniq(lambda: 'xoxp-' + self.s(DG, 12) + '-' + self.s(DG, 12) + '-' + self.s(DG, 13) + '-' + self.s('0123456789abcdef', 32), ban=False)
        return self.uniq(lambda: p + '-' + self.s(DG, 12) + '-' + self.s(DG, 13) + '-' + self.s(AN, 24), ban=False)

    def xapp(self):
        return self.uniq(lambda: 'xapp-1-A0' + self.s(UP + DG, 9) + '-' + self.s(DG, 13) + '-' + self.s('0123456789abcdef', 64), ban=False)

    def slack_webhook(self):
        return self.uniq(lambda: 'https://hooks.slack.com/services/T0' + self.s(UP + DG, 8) + '/B0' + self.s(UP + DG, 9) + '/' + self.s(AN, 24), ban=False)

    def stripe(self, p='sk_live_'):
        return self.uniq(lambda: p + self.s(AN, 99 if self.r.random() < 0.5 else 24), ban=False)

    def aiza(self):
        return self.uniq(lambda: 'AIza' + self.s(AN + '-_', 35), lambda v: v[-1] not in '-_', ban=False)

    def openai(self):
        return self.uniq(lambda: 'sk-proj-' + self.s(AN + '-_', 74) + 'T3BlbkFJ' + self.s(AN + '-_', 74), lambda v: v[-1] not in '-_', ban=False)

    def anthropic(self):
        return self.uniq(lambda: 'sk-ant-api03-' + self.s(AN + '-_', 93) + 'AA', ban=False)

    def hf(self):
        return self.uniq(lambda: 'hf_' + self.s(UP + LO, 34), ban=False)

    def npm(self):
        return self.uniq(lambda: 'npm_' + self.s(AN, 36), ban=False)

    def pypi(self):
        return self.uniq(lambda: 'pypi-AgEIcHlwaS5vcmc' + self.s(B64U, 160), lambda v: v[-1] not in '-_', ban=False)

    def sendgrid(self):
        return self.uniq(lambda: 'SG.' + self.s(AN + '-_', 22) + '.' + self.s(AN + '-_', 43), lambda v: v[-1] not in '-_', ban=False)

    def twilio_sk(self):
        return self.uniq(lambda: 'SK' + self.s('0123456789abcdef', 32), ban=False)

    def twilio_sid(self):
        return self.uniq(lambda: 'AC' + self.s('0123456789abcdef', 32), ban=False)

    def shpat(self, p='shpat_'):
        return self.uniq(lambda: p + self.s('0123456789abcdef', 32), ban=False)

    def mailgun(self):
        return self.uniq(lambda: 'key-' + self.s('0123456789abcdef', 32), ban=False)

    def azkey(self):
        return self.uniq(lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(64))).decode())

    def basic(self, user, pw):
        return base64.b64encode((user + ':' + pw).encode()).decode()

    def pem_private(self, kind='PRIVATE KEY', lines=26):
        body = []
        first = {'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
                 'EC PRIVATE KEY': 'MHcCAQEEI', 'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA'}[kind]
        rest = self.s(B64, 64 * lines - len(first) + 20)
        allb = first + rest
        for i in range(0, 64 * lines, 64):
            body.append(allb[i:i + 64])
        body.append(self.s(B64, 40) + '==' if kind != 'EC PRIVATE KEY' else self.s(B64, 12) + '==')
        if kind == 'EC PRIVATE KEY':
            body = body[:3]
        v = '-----BEGIN %s-----\n%s\n-----END %s-----' % (kind, '\n'.join(body), kind)
        USED.add(v)
        return v

    # ------------------------------------------------ personal data
    def rdate(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(start, end))

    def _pnr(self, d, fmt, sam=False, sex=None):
        def f():
            serial = '%03d' % self.r.randint(2, 998)
            while sex and (int(serial[-1]) % 2 == 1) != (sex == 'M'):
                serial = '%03d' % self.r.randint(2, 998)
            day = d.day + (60 if sam else 0)
            core = '%02d%02d%02d%s' % (d.year % 100, d.month, day, serial)
            c = luhn_digit(core)
            yyyy = '%04d' % d.year
            tail = serial + c
            ymd6 = core[:6]
            if fmt == 'long-':
                return yyyy[:2] + ymd6 + '-' + tail
            if fmt == 'long':
                return yyyy[:2] + ymd6 + tail
            if fmt == 'long ':
                return yyyy[:2] + ymd6 + ' ' + tail
            if fmt == 'short-':
                return ymd6 + '-' + tail
            if fmt == 'short':
                return ymd6 + tail
            if fmt == 'short+':
                return ymd6 + '+' + tail
            raise ValueError(fmt)
        return self.uniq(f, ban=False)

    def pnr(self, fmt='long-', y0=1938, y1=2010, date=None, sex=None):
        d = date or self.rdate(y0, y1)
        return self.L('se-personnummer', self._pnr(d, fmt, sex=sex))

    def sam(self, fmt='long-', y0=1960, y1=2004, sex=None):
        return self.L('se-personnummer', self._pnr(self.rdate(y0, y1), fmt, sam=True, sex=sex))

    def lkpnr(self, fmt='long-', y0=2024, y1=2026, date=None):
        """date-shaped, Luhn-valid number that is not a personnummer (order, case, booking number)"""
        d = date or self.rdate(y0, y1)
        if d > datetime.date(2026, 6, 30):
            d = datetime.date(2026, self.r.randint(1, 6), self.r.randint(1, 28))
        return self.X(self._pnr(d, fmt))

    def orgnr(self, dash=True, p16=False):
        def f():
            core = self.r.choice(['55', '56', '71', '80', '82', '84', '91', '96']) + str(self.r.randint(2, 9)) + self.s(DG, 6)
            if core[:2] == '55' or core[:2] == '56':
                core = core[:2] + str(self.r.randint(2, 9)) + core[3:]
            v = core + luhn_digit(core)
            v = (v[:6] + '-' + v[6:]) if dash else v
            return ('16' + v) if p16 else v
        return self.X(self.uniq(f, ban=False))

    def card(self, net='visa', fmt='plain'):
        r = self.r

        def f():
            if net == 'visa':
                pre, n = '4' + self.s(DG, 5), 16
            elif net == 'mc':
                pre, n = str(r.randint(51, 55)) + self.s(DG, 4), 16
            elif net == 'mc2':
                pre, n = str(r.randint(2221, 2720)) + self.s(DG, 2), 16
            elif net == 'amex':
                pre, n = r.choice(['34', '37']) + self.s(DG, 4), 15
            elif net == 'disc':
                pre, n = '6011' + self.s(DG, 2), 16
            elif net == 'jcb':
                pre, n = str(r.randint(3528, 3589)) + self.s(DG, 2), 16
            elif net == 'diners':
                pre, n = r.choice(['36', '38', '300', '305']), 14
            elif net == 'maestro':
                pre, n = r.choice(['6759', '6763', '5018', '5020', '6304']), r.choice([16, 19])
            elif net == 'unionpay':
                pre, n = '62' + self.s(DG, 4), 16
            elif net == 'visa13':
                pre, n = '4' + self.s(DG, 5), 13
            else:
                raise ValueError(net)
            body = pre + self.s(DG, n - 1 - len(pre))
            d = body + luhn_digit(body)
            if fmt == 'plain':
                return d
            sep = ' ' if fmt == 'sp' else '-'
            if n == 15:
                return d[:4] + sep + d[4:10] + sep + d[10:]
            if n == 14:
                return d[:4] + sep + d[4:10] + sep + d[10:]
            return sep.join(d[i:i + 4] for i in range(0, n, 4))
        return self.L('credit-card', self.uniq(f, lambda v: v.replace(' ', '').replace('-', '') not in TEST_CARDS, ban=False))

    def lkcard(self, n=16, fmt='plain', first=None):
        """Luhn-valid card-shaped id whose first digit is no card network's"""
        def f():
            fd = first or self.r.choice(['0', '1', '7', '8', '9'])
            body = fd + self.s(DG, n - 1 - len(fd))
            d = body + luhn_digit(body)
            if fmt == 'plain':
                return d
            sep = ' ' if fmt == 'sp' else '-'
            return sep.join(d[i:i + 4] for i in range(0, n, 4))
        return self.X(self.uniq(f, ban=False))

    def imei(self):
        def f():
            body = self.r.choice(['35', '86', '01']) + self.s(DG, 12)
            return body + luhn_digit(body)
        return self.X(self.uniq(f, ban=False))

    def mask(self, net='visa', style=0):
        pre = {'visa': '4' + self.s(DG, 5), 'mc': '5' + str(self.r.randint(1, 5)) + self.s(DG, 4), 'amex': '37' + self.s(DG, 4)}[net]
        last = self.s(DG, 4)
        v = [pre + '******' + last, '**** **** **** ' + last, 'XXXXXXXXXXXX' + last, pre[:4] + ' **** **** ' + last, pre + 'xxxxxx' + last][style]
        return self.X(v)

    IBAN_SPEC = {'SE': ['n3', 'n17'], 'DE': ['n18'], 'GB': ['A4', 'n14'], 'FR': ['n10', 'c11', 'n2'],
                 'NL': ['A4', 'n10'], 'ES': ['n20'], 'IT': ['A1', 'n10', 'c12'], 'NO': ['n11'],
                 'DK': ['n14'], 'FI': ['n14'], 'PL': ['n24'], 'BE': ['n12'], 'AT': ['n16'],
                 'CH': ['n5', 'c12'], 'IE': ['A4', 'n14'], 'PT': ['n21'], 'LT': ['n16'], 'EE': ['n16']}
    BANKS = {'SE': ['500', '600', '800', '300', '920', '957'], 'GB': ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'],
             'NL': ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'], 'IE': ['AIBK', 'BOFI']}

    def iban(self, cc='SE', fmt='plain'):
        def f():
            parts = []
            for i, sp in enumerate(self.IBAN_SPEC[cc]):
                k, n = sp[0], int(sp[1:])
                if i == 0 and cc in self.BANKS:
                    parts.append(self.r.choice(self.BANKS[cc]))
                    continue
                parts.append(self.s({'n': DG, 'A': UP, 'c': UP + DG}[k], n))
            bban = ''.join(parts)
            if cc == 'SE':
                bban = bban[:3] + '0000' + bban[7:]
            v = cc + iban_check(cc, bban) + bban
            if fmt == 'sp':
                return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
            return v
        return self.L('iban', self.uniq(f, ban=False))

    def phone(self, spec='se.mob'):
        """cc.kind: se.mob se.mobi se.mobe se.mob0 se.land se.landi de.mob de.mobi de.land gb.mob gb.mobi gb.land
        us us.i us.d fr.mob fr.mobi no.mobi dk.mobi fi.mob fi.mobi nl.mob nl.mobi es.mobi it.mobi pl.mobi pt.mobi
        ch.mobi at.mobi ie.mobi au.mob au.mobi in.mobi jp.mob jp.mobi br.mobi tr.mobi cz.mobi hu.mobi gr.mobi
        kr.mob cn.mobi ru.mobi mx.mobi ca ca.i"""
        r = self.r
        cc, _, kind = spec.partition('.')

        def g(n):
            return self.s(DG, n)

        def f():
            if cc == 'se':
                if kind.startswith('land'):
                    area, rest = r.choice([('8', 8), ('31', 7), ('40', 7), ('18', 6), ('90', 6), ('13', 6), ('19', 6), ('60', 6)])
                    num = str(r.randint(2, 8)) + g(rest - 1)
                    if area == '8' and num.startswith('4650'):
                        return None
                    if kind == 'landi':
                        return '+46 %s %s %s %s' % (area, num[:-4], num[-4:-2], num[-2:]) if rest > 6 else '+46 %s %s %s %s' % (area, num[:2], num[2:4], num[4:])
                    if rest == 8:
                        return '0%s-%s %s %s' % (area, num[:3], num[3:6], num[6:])
                    if rest == 7:
                        return '0%s-%s %s %s' % (area, num[:3], num[3:5], num[5:])
                    return '0%s-%s %s %s' % (area, num[:2], num[2:4], num[4:])
                p = r.choice(['70', '72', '73', '76', '79'])
                n7 = g(7)
                if p == '70' and n7.startswith('17406'):
                    return None
                if kind == 'mob':
                    return '0%s-%s %s %s' % (p, n7[:3], n7[3:5], n7[5:])
                if kind == 'mob0':
                    return '0%s%s' % (p, n7)
                if kind == 'mobs':
                    return '0%s %s %s %s' % (p, n7[:3], n7[3:5], n7[5:])
                if kind == 'mobi':
                    return '+46 %s %s %s %s' % (p, n7[:3], n7[3:5], n7[5:])
                if kind == 'mobe':
                    return '+46%s%s' % (p, n7)
                if kind == 'mob00':
                    return '0046%s%s' % (p, n7)
            if cc == 'de':
                if kind == 'land':
                    a = r.choice(['30', '40', '89', '221', '69', '711', '351'])
                    return '0%s %s' % (a, str(r.randint(2, 9)) + g(9 - len(a)))
                p = r.choice(['151', '152', '157', '160', '162', '170', '171', '172', '175', '176', '177', '179'])
                n = str(r.randint(2, 9)) + g(r.choice([6, 7]))
                return {'mob': '0%s %s' % (p, n), 'mobi': '+49 %s %s' % (p, n), 'mobe': '+49%s%s' % (p, n),
                        'mobs': '0%s/%s' % (p, n)}[kind]
            if cc == 'gb':
                if kind == 'land':
                    a = r.choice(['20 7', '20 8', '161', '131', '117', '113'])
                    if a.startswith('20'):
                        n = g(3) + ' ' + g(4)
                        if a == '20 7' and n.startswith('946'):
                            return None
                        return '0%s%s' % (a, n)
                    n = g(3) + ' ' + g(4)
                    if n.startswith('496'):
                        return None
                    return '0%s %s' % (a, n)
                n = str(r.choice([1, 2, 3, 4, 5, 7, 8, 9])) + g(2) + ' ' + g(6)
                if n.startswith('700 900'):
                    return None
                return {'mob': '07%s' % n, 'mobi': '+44 7%s' % n, 'mobe': '+447%s' % n.replace(' ', '')}[kind]
            if cc in ('us', 'ca'):
                npa = r.choice(['212', '312', '415', '617', '206', '303', '512', '713', '404', '305', '602', '801', '919', '646', '773', '503'] if cc == 'us' else ['416', '604', '514', '403', '613'])
                nxx = str(r.randint(2, 9)) + g(2)
                if nxx == '555' or nxx[1:] == '11':
                    return None
                x = g(4)
                return {'': '(%s) %s-%s' % (npa, nxx, x), 'd': '%s-%s-%s' % (npa, nxx, x), 'i': '+1 %s %s %s' % (npa, nxx, x),
                        'e': '+1%s%s%s' % (npa, nxx, x), 'dot': '%s.%s.%s' % (npa, nxx, x)}[kind]
            if cc == 'fr':
                p = r.choice(['6', '7'])
                n = [g(2) for _ in range(4)]
                if p == '6' and n[0] == '39' and n[1] == '98':
                    return None
                return {'mob': '0%s %s' % (p, ' '.join(n)), 'mobi': '+33 %s %s' % (p, ' '.join(n)), 'mobd': '0%s.%s' % (p, '.'.join(n))}[kind]
            if cc == 'no':
                n = r.choice(['4', '9']) + g(7)
                return '+47 %s %s %s' % (n[:3], n[3:5], n[5:]) if kind == 'mobi' else '%s %s %s' % (n[:3], n[3:5], n[5:])
            if cc == 'dk':
                n = r.choice(['2', '3', '4', '5', '6']) + g(7)
                return '+45 %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:])
            if cc == 'fi':
                p = r.choice(['40', '41', '44', '45', '50'])
                n = g(7)
                return '+358 %s %s %s' % (p, n[:3], n[3:]) if kind == 'mobi' else '0%s %s %s' % (p, n[:3], n[3:])
            if cc == 'nl':
                n = g(8)
                return '+31 6 %s' % n if kind == 'mobi' else '06-%s' % n
            if cc == 'es':
                n = r.choice(['6', '7']) + g(8)
                return '+34 %s %s %s' % (n[:3], n[3:6], n[6:]) if kind == 'mobi' else '%s %s %s' % (n[:3], n[3:6], n[6:])
            if cc == 'it':
                n = '3' + str(r.randint(20, 99)) + g(7)
                return '+39 %s %s %s' % (n[:3], n[3:6], n[6:]) if kind == 'mobi' else '%s %s' % (n[:3], n[3:])
            if cc == 'pl':
                n = r.choice(['5', '6', '7', '8']) + g(8)
                return '+48 %s %s %s' % (n[:3], n[3:6], n[6:])
            if cc == 'pt':
                n = '9' + r.choice(['1', '2', '3', '6']) + g(7)
                return '+351 %s %s %s' % (n[:3], n[3:6], n[6:])
            if cc == 'ch':
                n = r.choice(['76', '77', '78', '79']) + g(7)
                return '+41 %s %s %s %s' % (n[:2], n[2:5], n[5:7], n[7:]) if kind == 'mobi' else '0%s %s %s %s' % (n[:2], n[2:5], n[5:7], n[7:])
            if cc == 'at':
                return '+43 %s %s' % (r.choice(['664', '660', '676', '699']), g(7))
            if cc == 'ie':
                return '+353 %s %s %s' % (r.choice(['83', '85', '86', '87']), g(3), g(4))
            if cc == 'au':
                n = '4' + g(8)
                if n.startswith('491570'):
                    return None
                return '+61 %s %s %s' % (n[:3], n[3:6], n[6:]) if kind == 'mobi' else '0%s %s %s' % (n[:3], n[3:6], n[6:])
            if cc == 'in':
                n = r.choice(['98', '99', '97', '94', '88', '70']) + g(8)
                return '+91 %s %s' % (n[:5], n[5:])
            if cc == 'jp':
                n = r.choice(['90', '80', '70']) + g(8)
                return '+81 %s-%s-%s' % (n[:2], n[2:6], n[6:]) if kind == 'mobi' else '0%s-%s-%s' % (n[:2], n[2:6], n[6:])
            if cc == 'br':
                return '+55 %s 9%s-%s' % (r.choice(['11', '21', '31', '41', '51']), g(4), g(4))
            if cc == 'tr':
                n = '5' + r.choice(['3', '4', '5']) + g(8)
                return '+90 %s %s %s %s' % (n[:3], n[3:6], n[6:8], n[8:])
            if cc == 'cz':
                n = r.choice(['6', '7']) + g(8)
                return '+420 %s %s %s' % (n[:3], n[3:6], n[6:])
            if cc == 'hu':
                return '+36 %s %s %s' % (r.choice(['20', '30', '70']), g(3), g(4))
            if cc == 'gr':
                n = '69' + g(8)
                return '+30 %s %s %s' % (n[:3], n[3:6], n[6:])
            if cc == 'kr':
                return '010-%s-%s' % (g(4), g(4))
            if cc == 'cn':
                return '+86 1%s %s %s' % (r.choice(['38', '39', '58', '86', '37']), g(4), g(4))
            if cc == 'ru':
                return '+7 9%s %s-%s-%s' % (g(2), g(3), g(2), g(2))
            if cc == 'mx':
                return '+52 55 %s %s' % (g(4), g(4))
            raise ValueError(spec)
        return self.L('phone', self.uniq(lambda: f() or 'x', lambda v: v != 'x', ban=False))

    def dob(self, fmt='%Y-%m-%d', y0=1950, y1=2005, date=None):
        d = date or self.rdate(y0, y1)
        v = d.strftime(fmt)
        if v in USED:
            return self.dob(fmt, y0, y1)
        USED.add(v)
        return self.L('date-of-birth', v)

    def passport(self, cc='se'):
        r = self.r

        def f():
            if cc == 'se':
                return self.s(DG, 8)
            if cc == 'de':
                return r.choice('CFGHJK') + self.s('CFGHJKLMNPRTVWXYZ0123456789', 8)
            if cc == 'us':
                return r.choice(['5', '6', 'A']) + self.s(DG, 8)
            if cc == 'gb':
                return str(r.randint(1, 9)) + self.s(DG, 8)
            if cc == 'fr':
                return self.s(DG, 2) + self.s(UP, 2) + self.s(DG, 5)
            if cc == 'nl':
                return self.s('ABCDEFGHIJKLMNPRSTUVWXYZ', 2) + self.s('ABCDEFGHIJKLMNPRSTUVWXYZ0123456789', 6) + self.s(DG, 1)
            if cc == 'in':
                return r.choice('JKLMNPRSTUVWZ') + self.s(DG, 7)
            if cc == 'es':
                return r.choice(['PAA', 'PAB', 'PAC', 'XDA']) + self.s(DG, 6)
            if cc == 'it':
                return r.choice(['YA', 'YB', 'YC']) + self.s(DG, 7)
            if cc == 'pl':
                return r.choice(['EA', 'EB', 'EC', 'ED']) + self.s(DG, 7)
            if cc in ('no', 'fi', 'dk'):
                return self.s(UP, 2) + self.s(DG, 7) if cc == 'fi' else self.s(DG, 9 if cc == 'dk' else 8)
            if cc == 'cn':
                return 'E' + self.s(DG, 8)
            raise ValueError(cc)
        return self.L('passport', self.uniq(f, ban=False))

    def ssn(self, fmt='dash'):
        def f():
            a = '%03d' % self.r.randint(1, 899)
            g = '%02d' % self.r.randint(1, 99)
            s = '%04d' % self.r.randint(1, 9999)
            return {'dash': '%s-%s-%s', 'plain': '%s%s%s', 'sp': '%s %s %s'}[fmt] % (a, g, s)
        return self.L('us-ssn', self.uniq(f, ssn_ok, ban=False))

    def nino(self, fmt='sp'):
        def f():
            a = self.r.choice([c for c in UP if c not in NINO_BAD_FIRST])
            b = self.r.choice([c for c in UP if c not in NINO_BAD_SECOND])
            d = self.s(DG, 6)
            s = self.r.choice('ABCD')
            return (a + b + ' ' + d[:2] + ' ' + d[2:4] + ' ' + d[4:] + ' ' + s) if fmt == 'sp' else a + b + d + s
        return self.L('uk-nino', self.uniq(f, nino_ok, ban=False))

    # ------------------------------------------------ look-alikes
    def uuid(self, upper=False):
        def f():
            x = self.s('0123456789abcdef', 32)
            v = '%s-%s-4%s-%s%s-%s' % (x[:8], x[8:12], x[13:16], self.r.choice('89ab'), x[17:20], x[20:32])
            return v.upper() if upper else v
        return self.X(self.uniq(f, ban=False))

    def digest(self, n):
        return self.X(self.uniq(lambda: self.s('0123456789abcdef', n), ban=False))

    def intn(self, n):
        def ok(v):
            return not (13 <= n <= 19 and luhn_ok(v) and v[0] in '23456') and not (n in (10, 12) and pnr_shape_valid(v[-10:]))
        return self.X(self.uniq(lambda: str(self.r.randint(1, 9)) + self.s(DG, n - 1), ok, ban=False))

    def ulid(self):
        return self.X(self.uniq(lambda: '01J' + self.s('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23), ban=False))

    # ------------------------------------------------ templates
    def gen(self, kind, arg):
        """returns (raw value, category or None for a registered look-alike, or '' for neither)"""
        a = arg
        if kind == 'bt':
            return self.bearer(a or 'an40'), 'bearer-token'
        if kind == 'jbt':
            return self.jwt(a or 'HS256'), 'jwt|bearer-token'
        if kind == 'jwt':
            return self.jwt(a or 'HS256'), 'jwt'
        if kind == 'jgs':
            return self.jwt(a or 'HS256'), 'jwt|generic-secret'
        if kind == 'pw':
            return self.pw(a or 'w'), 'password'
        if kind == 'upw':
            return self.pw(a or 'w'), 'url-credentials|password'
        if kind == 'gs':
            return self.gsecret(a or 'an32'), 'generic-secret'
        if kind == 'ugs':
            return self.gsecret(a or 'an32'), 'url-credentials|generic-secret'
        if kind == 'ak':
            return self.aws_id(a or 'AKIA'), 'aws-access-key-id'
        if kind == 'sk':
            return self.aws_secret(), 'aws-secret-key'
        if kind == 'st':
            return self.aws_session(), 'generic-secret'
        if kind in ('ghp', 'gho', 'ghs', 'ghu', 'ghr'):
            return self.ghp(kind + '_'), 'github-token'
        if kind == 'ghpat':
            return self.github_pat(), 'github-token'
        if kind == 'glpat':
            return self.glpat(), 'gitlab-token'
        if kind in ('xoxb', 'xoxp', 'xoxa', 'xoxe'):
            return self.xox(kind), 'slack-token'
        if kind == 'xapp':
            return self.xapp(), 'slack-token'
        if kind == 'slackwh':
            return self.slack_webhook(), 'slack-webhook'
        if kind in ('sklive', 'rklive'):
            return self.stripe(kind[:2] + '_live_'), 'stripe-key'
        if kind == 'aiza':
            return self.aiza(), 'google-api-key'
        if kind == 'oai':
            return self.openai(), 'openai-key'
        if kind == 'ant':
            return self.anthropic(), 'anthropic-key'
        if kind == 'hf':
            return self.hf(), 'huggingface-token'
        if kind == 'npm':
            return self.npm(), 'npm-token'
        if kind == 'pypi':
            return self.pypi(), 'pypi-token'
        if kind == 'sg':
            return self.sendgrid(), 'sendgrid-key'
        if kind == 'twsk':
            return self.twilio_sk(), 'twilio-key'
        if kind == 'twauth':
            return self.hexs(32), 'twilio-key'
        if kind == 'shpat':
            return self.shpat(a or 'shpat_'), 'shopify-token'
        if kind == 'dd':
            return self.hexs(32), 'datadog-key'
        if kind == 'ddapp':
            return self.hexs(40), 'datadog-key'
        if kind == 'mg':
            return self.mailgun(), 'mailgun-key'
        if kind == 'azkey':
            return self.azkey(), 'azure-storage-key'
        if kind == 'basic':
            user = a or 'svc'
            return self.basic(user, self.pw('x')), 'basic-auth'
        if kind == 'dauth':
            user = a or 'ci'
            return self.basic(user, self.pw('x')), 'docker-auth'
        if kind == 'pem':
            return self.pem_private(a or 'PRIVATE KEY'), 'private-key'
        # personal
        if kind == 'pnr':
            fmt, _, rng = (a or 'long-').partition('@')
            y0, y1 = map(int, rng.split('-')) if rng else (1938, 2010)
            return self._pnr(self.rdate(y0, y1), fmt), 'se-personnummer'
        if kind == 'sam':
            return self._pnr(self.rdate(1960, 2004), a or 'long-', True), 'se-personnummer'
        if kind == 'card':
            net, _, fmt = (a or 'visa').partition('.')
            v = self.card(net, fmt or 'plain')
            self.labels.pop()
            return v, 'credit-card'
        if kind == 'iban':
            cc, _, fmt = (a or 'SE').partition('.')
            v = self.iban(cc, fmt or 'plain')
            self.labels.pop()
            return v, 'iban'
        if kind == 'ph':
            v = self.phone(a or 'se.mob')
            self.labels.pop()
            return v, 'phone'
        if kind == 'em':
            if a and a.startswith('role@'):
                v = self.role_email(a[5:])
            elif a and a.startswith('@'):
                v = self.email(domain=a[1:])
            else:
                v = self.email(lang=a or 'sv')
            self.labels.pop()
            return v, 'email'
        if kind == 'dob':
            fmt, _, rng = (a or '%Y-%m-%d').partition('@')
            y0, y1 = map(int, rng.split('-')) if rng else (1950, 2005)
            v = self.dob(fmt, y0, y1)
            self.labels.pop()
            return v, 'date-of-birth'
        if kind == 'pp':
            v = self.passport(a or 'se')
            self.labels.pop()
            return v, 'passport'
        if kind == 'ssn':
            v = self.ssn(a or 'dash')
            self.labels.pop()
            return v, 'us-ssn'
        if kind == 'nino':
            v = self.nino(a or 'sp')
            self.labels.pop()
            return v, 'uk-nino'
        # look-alikes (registered)
        if kind == 'uuid':
            v = self.uuid(); self.lk.pop(); return v, None
        if kind in ('sha256', 'sha1', 'md5', 'sha512'):
            v = self.digest({'sha256': 64, 'sha1': 40, 'md5': 32, 'sha512': 128}[kind]); self.lk.pop(); return v, None
        if kind == 'hex':
            return self.hexs(int(a)), None
        if kind in ('AN', 'HEX', 'az', 'az_', 'd', 'b32_', 'b64u_'):
            return self.shape(kind + a), None
        if kind == 'an':
            return self.an(int(a)), None
        if kind == 'b64':
            return self.b64(int(a)), None
        if kind == 'int':
            v = self.intn(int(a)); self.lk.pop(); return v, None
        if kind == 'ulid':
            v = self.ulid(); self.lk.pop(); return v, None
        if kind == 'lkpnr':
            v = self.lkpnr(a or 'long-'); self.lk.pop(); return v, None
        if kind == 'lkcard':
            n, _, fmt = (a or '16').partition('.')
            v = self.lkcard(int(n), fmt or 'plain'); self.lk.pop(); return v, None
        if kind == 'imei':
            v = self.imei(); self.lk.pop(); return v, None
        if kind == 'mask':
            net, _, st = (a or 'visa').partition('.')
            v = self.mask(net, int(st or 0)); self.lk.pop(); return v, None
        if kind == 'orgnr':
            v = self.orgnr(dash=(a != 'plain'), p16=(a == '16')); self.lk.pop(); return v, None
        if kind == 'pk':     # publishable / public key-like: prefix~shape
            return self.gsecret(a), None
        if kind == 'x':
            return a, None
        if kind == 'name':
            return self.person(a or 'sv').full, ''
        if kind == 'fn':
            return self.person(a or 'sv').first, ''
        raise ValueError('unknown marker kind %r' % kind)

    def T(self, tpl, **kw):
        def sub(m):
            s = m.group(1)
            if s.startswith('$'):
                return str(kw[s[1:]])
            if s.startswith('='):
                body, _, cat_override = s[1:].partition('!')
                ref, _, enc = body.partition('|')
                raw, cat, out0 = self.refs[ref]
                cat = cat_override or cat
                out = encode(raw, enc) if enc else out0
                self._reg(out, cat)
                return out
            body, _, ref = s.partition('#')
            body, _, cat_override = body.partition('!')
            body, _, enc = body.partition('|')
            kind, _, arg = body.partition(':')
            raw, cat = self.gen(kind, arg)
            if cat_override:
                cat = cat_override
            out = encode(raw, enc)
            self._reg(out, cat)
            if ref:
                self.refs[ref] = (raw, cat, out)
            return out
        return MARK.sub(sub, tpl)

    def _reg(self, out, cat):
        if cat is None:
            self.lk.append(out)
        elif cat == '':
            pass
        else:
            self.labels.append((cat, out))

    def ref(self, name):
        return self.refs[name][2]

    def set(self, text):
        self.text = text
        return self
