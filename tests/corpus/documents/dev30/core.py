"""Value generators, checksums and the Doc helper for the dev30 set (seed 30030)."""
import base64
import datetime
import hashlib
import json
import random
import string
import zlib

SEED = 30030
UNIQ = set()          # every random value is unique across the set (documents are built in a fixed order)

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
AN = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
HEX = '0123456789abcdef'

BAD_WORDS = ('test', 'example', 'fake', 'dummy', 'sample', 'pass', 'secret', 'token', 'admin', 'your',
             'demo', 'foo', '123', 'xxx', 'redact', 'change', 'null', 'none', 'undefined', 'todo', 'fixme',
             'sex', 'fuck', 'shit', 'anal', 'key', 'pwd', 'fixture', 'mock', 'dev', 'placeholder', 'abc')
BAD_PREFIX = ('AKIA', 'ASIA', 'eyJ', 'AIza', 'sk-', 'sk_', 'rk_', 'pk_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_',
              'github_pat', 'glpat', 'gldt', 'glrt', 'xox', 'xapp', 'whsec', 'hf_', 'npm_', 'SG.', 'key-',
              'shp', 'pypi', 'ya29', 'dop_', 'lin_', 'ntn_', 'sntry', 'hvs.', 'SK', 'AC', 'tskey', 'base64:',
              'hex2bin:', 'EAA', 'ATATT', 'pcsk_', 'glsa_', 'xai-')


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(s):
    for c in DIG:
        if luhn_ok(s + c):
            return c
    raise AssertionError


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_ok(s):
    s = s.replace(' ', '').replace('-', '')
    return len(s) == 12 and s.isdigit() and s[0] in '23456789' and verhoeff_ok(s)


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_ok(s):
    """Swedish personnummer/samordningsnummer in any of the usual forms."""
    t = s.replace('-', '').replace('+', '')
    if not t.isdigit() or len(t) not in (10, 12):
        return False
    if len(t) == 12:
        y = int(t[:4])
        t10 = t[2:]
    else:
        y = 1900 + int(t[:2])
        t10 = t
        if not valid_date(2000 + int(t[:2]), int(t[2:4]), int(t[4:6]) if int(t[4:6]) <= 31 else int(t[4:6]) - 60):
            pass
    m = int(t10[2:4])
    d = int(t10[4:6])
    if d > 60:
        d -= 60
    ok = False
    for yy in ((y,) if len(t) == 12 else (1900 + int(t10[:2]), 2000 + int(t10[:2]))):
        if valid_date(yy, m, d):
            ok = True
    return ok and luhn_ok(t10)


HETU_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY'
HETU_SIGNS = {'+': 1800, '-': 1900, 'Y': 1900, 'X': 1900, 'W': 1900, 'V': 1900, 'U': 1900,
              'A': 2000, 'B': 2000, 'C': 2000, 'D': 2000, 'E': 2000, 'F': 2000}


def hetu_ok(s):
    if len(s) != 11 or s[6] not in HETU_SIGNS or not s[:6].isdigit() or not s[7:10].isdigit():
        return False
    y = HETU_SIGNS[s[6]] + int(s[4:6])
    if not valid_date(y, int(s[2:4]), int(s[:2])):
        return False
    return HETU_CHARS[int(s[:6] + s[7:10]) % 31] == s[10]


def iban_ok(s):
    t = s.replace(' ', '')
    if len(t) < 15 or not t[:2].isalpha() or not t[2:4].isdigit():
        return False
    if IBAN_LEN.get(t[:2]) not in (None, len(t)):
        return False
    r = t[4:] + t[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


IBAN_LEN = {'SE': 24, 'DE': 22, 'NL': 18, 'FR': 27, 'ES': 24, 'IT': 27, 'GB': 22, 'FI': 18, 'NO': 15,
            'DK': 18, 'BE': 16, 'AT': 20, 'PL': 28, 'IE': 22, 'CH': 21, 'PT': 25, 'LU': 20}


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0 and s[0] != '0'


def steuer_check(s10):
    prod = 10
    for c in s10:
        sm = (int(c) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    chk = 11 - prod
    return '0' if chk == 10 else str(chk % 10)


def steuer_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == '0':
        return False
    counts = [s[:10].count(c) for c in DIG]
    if not (sorted(counts, reverse=True)[0] in (2, 3) and sorted(counts, reverse=True)[1] <= 1):
        return False
    return steuer_check(s[:10]) == s[10]


def nir_ok(s):
    t = s.replace(' ', '')
    if len(t) != 15 or not t.isdigit() or t[0] not in '12':
        return False
    if not 1 <= int(t[3:5]) <= 12:
        return False
    return 97 - int(t[:13]) % 97 == int(t[13:])


DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'


def dni_ok(s):
    t = s.replace('-', '')
    if len(t) != 9:
        return False
    if t[0] in 'XYZ':
        num = str('XYZ'.index(t[0])) + t[1:8]
    else:
        num = t[:8]
    return num.isdigit() and DNI_LETTERS[int(num) % 23] == t[8]


CF_ODD = {'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21, 'A': 1, 'B': 0,
          'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21, 'K': 2, 'L': 4, 'M': 18, 'N': 20,
          'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14, 'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23}


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s15):
    tot = 0
    for i, c in enumerate(s15):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def cf_ok(s):
    return len(s) == 16 and s.isalnum() and s.upper() == s and cf_check(s[:15]) == s[15]


def ssn_ok(s):
    t = s.replace('-', '').replace(' ', '')
    if len(t) != 9 or not t.isdigit():
        return False
    a, g, n = t[:3], t[3:5], t[5:]
    if a in ('000', '666') or a[0] == '9' or g == '00' or n == '0000':
        return False
    return t not in ('078051120', '219099999', '123456789', '111223333')


NINO_BAD_PREFIX = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def nino_ok(s):
    t = s.replace(' ', '')
    if len(t) != 9:
        return False
    p = t[:2]
    return (p[0] not in 'DFIQUV' and p[1] not in 'DFIOQUV' and p not in NINO_BAD_PREFIX and p.isalpha()
            and t[2:8].isdigit() and t[8] in 'ABCD')


def card_network(s):
    t = s.replace(' ', '').replace('-', '')
    n = len(t)
    if t[0] == '4' and n in (13, 16, 19):
        return 'visa'
    if n == 16 and (51 <= int(t[:2]) <= 55 or 2221 <= int(t[:4]) <= 2720):
        return 'mc'
    if n == 15 and t[:2] in ('34', '37'):
        return 'amex'
    if n in (16, 19) and (t[:4] == '6011' or t[:2] == '65' or 644 <= int(t[:3]) <= 649):
        return 'discover'
    if n in (16, 19) and 3528 <= int(t[:4]) <= 3589:
        return 'jcb'
    if n == 14 and (t[:2] in ('36', '38') or 300 <= int(t[:3]) <= 305):
        return 'diners'
    if 16 <= n <= 19 and t[:1] == '6' and t[:2] in ('62',):
        return 'unionpay'
    if 12 <= n <= 19 and t[:4] in ('5018', '5020', '5038', '6304', '6759', '6761', '6763'):
        return 'maestro'
    return None


TEST_CARDS = {'4111111111111111', '4242424242424242', '4000056655665556', '5555555555554444', '5200828282828210',
              '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424',
              '3056930009020004', '36227206271667', '3566002020360505', '4012888888881881', '4222222222222',
              '5431111111111111', '4000000000000002', '4917610000000000', '4444333322221111', '2223003122003222',
              '6200000000000005', '378734493671000', '5454545454545454', '4988438843884305'}


def card_ok(s):
    t = s.replace(' ', '').replace('-', '')
    return t.isdigit() and 13 <= len(t) <= 19 and luhn_ok(t) and card_network(t) is not None and t not in TEST_CARDS


def nofnr_ok(s):
    """Norwegian fødselsnummer (two mod-11 check digits)."""
    if len(s) != 11 or not s.isdigit():
        return False
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(a) * b for a, b in zip(s[:9], w1)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(int(a) * b for a, b in zip(s[:10], w2)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 < 10 and k2 < 10 and int(s[9]) == k1 and int(s[10]) == k2


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt_ok(s):
    parts = s.split('.')
    if len(parts) != 3:
        return False
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))
    except Exception:
        return False
    return parts[0].startswith('eyJ') and len(parts[2]) >= 20


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


def gh_checksum_ok(tok):
    body = tok.split('_', 1)[1]
    return base62(zlib.crc32(body[:30].encode()), 6) == body[30:]


RESERVED_DOMAINS = ('example.com', 'example.org', 'example.net', '.example', '.test', '.invalid', '.localhost',
                    'localhost', '.local', '.lan', '.internal', '.corp', '.home.arpa', '.intern')


def email_domain_reserved(dom):
    dom = dom.lower()
    return any(dom == r.lstrip('.') or dom.endswith(r if r.startswith('.') else '.' + r) or dom == r
               for r in RESERVED_DOMAINS)


def ipv4_public(s):
    try:
        p = [int(x) for x in s.split('.')]
    except ValueError:
        return False
    if len(p) != 4 or any(x > 255 for x in p):
        return False
    a, b = p[0], p[1]
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 172 and 16 <= b <= 31 or a == 192 and b == 168 or a == 169 and b == 254:
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if (a, b, p[2]) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or a == 198 and b in (18, 19):
        return False
    return True


# ---------------------------------------------------------------------------------------------- names
NAMES = {
    'se': (['Erik', 'Lars', 'Anders', 'Johan', 'Mikael', 'Karl', 'Per', 'Nils', 'Oskar', 'Gustav', 'Axel', 'Viktor',
            'Jonas', 'Henrik', 'Mattias', 'Fredrik', 'Olof', 'Emil', 'Linus', 'Hampus', 'Ture', 'Sixten', 'Bengt',
            'Göran', 'Åke', 'Hugo', 'Elias', 'Leo', 'Isak', 'Ludvig'],
           ['Anna', 'Maria', 'Karin', 'Eva', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Linnea', 'Elin', 'Johanna',
            'Malin', 'Sofia', 'Ebba', 'Agnes', 'Maja', 'Astrid', 'Frida', 'Klara', 'Signe', 'Tove', 'Ylva', 'Märta',
            'Birgitta', 'Åsa', 'Elsa', 'Saga', 'Alva', 'Wilma'],
           ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
            'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindqvist', 'Bergström', 'Lundgren', 'Sandberg',
            'Holm', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Ekström', 'Hedlund', 'Åberg', 'Lundin', 'Nyström',
            'Björk', 'Falk', 'Strand', 'Öberg', 'Blom', 'Dahl', 'Sundberg', 'Hellström']),
    'fi': (['Mikko', 'Juha', 'Timo', 'Jari', 'Antti', 'Matti', 'Ville', 'Janne', 'Eero', 'Lauri', 'Onni', 'Aleksi'],
           ['Anne', 'Päivi', 'Tiina', 'Sanna', 'Johanna', 'Laura', 'Riikka', 'Aino', 'Helmi', 'Emilia', 'Kaisa', 'Veera'],
           ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen',
            'Järvinen', 'Lehtonen', 'Salminen', 'Heinonen', 'Niemi', 'Kinnunen']),
    'no': (['Ole', 'Lars', 'Jon', 'Kjetil', 'Håkon', 'Sindre', 'Eirik', 'Magnus', 'Trond', 'Øystein'],
           ['Ingrid', 'Kari', 'Silje', 'Ragnhild', 'Hanne', 'Marit', 'Ida', 'Nora', 'Tuva', 'Solveig'],
           ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg',
            'Haugen', 'Bakken', 'Solberg', 'Dahle', 'Lie', 'Moen']),
    'dk': (['Rasmus', 'Mads', 'Søren', 'Jesper', 'Frederik', 'Kasper', 'Niels', 'Mikkel'],
           ['Mette', 'Camilla', 'Louise', 'Sofie', 'Line', 'Pernille', 'Freja', 'Ida'],
           ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Rasmussen', 'Sørensen', 'Madsen',
            'Kristensen', 'Thomsen', 'Poulsen']),
    'de': (['Jan', 'Lukas', 'Tobias', 'Stefan', 'Michael', 'Florian', 'Matthias', 'Jürgen', 'Dirk', 'Felix', 'Jonas',
            'Sebastian', 'Uwe', 'Maximilian'],
           ['Julia', 'Katrin', 'Sabine', 'Anja', 'Laura', 'Lena', 'Sandra', 'Monika', 'Birgit', 'Hannah', 'Leonie',
            'Ursula', 'Franziska', 'Jana'],
           ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
            'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Braun', 'Zimmermann', 'Hartmann', 'Krüger']),
    'nl': (['Daan', 'Sem', 'Bram', 'Thijs', 'Ruben', 'Jeroen', 'Pieter', 'Kees', 'Joost', 'Niels', 'Wouter'],
           ['Sanne', 'Fleur', 'Lotte', 'Anouk', 'Femke', 'Eva', 'Marloes', 'Ilse', 'Noor', 'Iris', 'Mirjam'],
           ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit',
            'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'van Leeuwen']),
    'fr': (['Julien', 'Nicolas', 'Thomas', 'Antoine', 'Maxime', 'Pierre', 'Guillaume', 'Mathieu', 'Hugo', 'Louis',
            'Baptiste'],
           ['Camille', 'Julie', 'Céline', 'Sophie', 'Manon', 'Chloé', 'Léa', 'Claire', 'Élodie', 'Amandine', 'Inès'],
           ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
            'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet', 'Mercier']),
    'es': (['Javier', 'Alejandro', 'Pablo', 'Daniel', 'Sergio', 'Carlos', 'Jorge', 'Álvaro', 'Raúl', 'Iván'],
           ['Lucía', 'María', 'Laura', 'Marta', 'Paula', 'Elena', 'Carmen', 'Nuria', 'Irene', 'Cristina'],
           ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez',
            'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez', 'Romero', 'Navarro']),
    'it': (['Marco', 'Luca', 'Giuseppe', 'Francesco', 'Alessandro', 'Andrea', 'Matteo', 'Davide', 'Stefano',
            'Lorenzo', 'Simone'],
           ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Federica', 'Elisa', 'Martina', 'Silvia', 'Alessia',
            'Paola'],
           ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
            'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti']),
    'gb': (['James', 'Oliver', 'Harry', 'George', 'Thomas', 'William', 'Daniel', 'Matthew', 'Callum', 'Rhys',
            'Alistair'],
           ['Olivia', 'Amelia', 'Emily', 'Sophie', 'Charlotte', 'Hannah', 'Lucy', 'Chloe', 'Bethany', 'Rebecca',
            'Siobhan'],
           ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker',
            'Wright', 'Hughes', 'Green', 'Hall', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Campbell']),
    'us': (['Michael', 'Christopher', 'Joshua', 'Andrew', 'Tyler', 'Brandon', 'Kevin', 'Justin', 'Ryan', 'Marcus',
            'Dylan', 'Jose'],
           ['Jessica', 'Ashley', 'Amanda', 'Jennifer', 'Brittany', 'Megan', 'Samantha', 'Lauren', 'Kayla', 'Danielle',
            'Maria', 'Tiffany'],
           ['Johnson', 'Williams', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Thompson', 'Moore',
            'Jackson', 'Harris', 'Sanchez', 'Ramirez', 'Nguyen', 'Robinson', 'Walker', 'Young', 'Hernandez',
            'Kowalski', 'Oconnor']),
    'in': (['Rahul', 'Amit', 'Vikram', 'Arjun', 'Rohan', 'Sandeep', 'Karthik', 'Pradeep', 'Suresh', 'Aditya'],
           ['Priya', 'Anjali', 'Kavya', 'Sneha', 'Pooja', 'Divya', 'Lakshmi', 'Meera', 'Shreya', 'Neha'],
           ['Sharma', 'Verma', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Patel', 'Singh', 'Kumar', 'Rao', 'Menon',
            'Chatterjee', 'Joshi', 'Desai']),
    'pl': (['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Łukasz'],
           ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Aleksandra', 'Zofia'],
           ['Nowak', 'Kowalczyk', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański']),
}

TRANS = str.maketrans({'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e', 'è': 'e', 'ü': 'u', 'ø': 'o', 'æ': 'ae', 'á': 'a',
                       'í': 'i', 'ó': 'o', 'ú': 'u', 'ñ': 'n', 'ç': 'c', 'ł': 'l', 'ś': 's', 'ń': 'n', 'ź': 'z',
                       'ż': 'z', 'ą': 'a', 'ę': 'e', 'ć': 'c', 'Å': 'A', 'Ä': 'A', 'Ö': 'O', 'É': 'E', 'Ü': 'U',
                       'Ø': 'O', 'Á': 'A', 'Í': 'I', 'Ó': 'O', 'Ú': 'U', 'Ł': 'L', 'Ś': 'S', 'Æ': 'AE', 'ß': 'ss',
                       ' ': '', "'": ''})


def ascii_fold(s):
    return s.translate(TRANS)


EMAIL_DOMAINS = {
    'se': ['gmail.com', 'hotmail.com', 'outlook.com', 'telia.com', 'live.se', 'icloud.com', 'bredband.net',
           'yahoo.se', 'spray.se', 'comhem.se'],
    'fi': ['gmail.com', 'hotmail.fi', 'luukku.com', 'elisanet.fi', 'outlook.com', 'suomi24.fi'],
    'no': ['gmail.com', 'online.no', 'hotmail.no', 'live.no', 'outlook.com'],
    'dk': ['gmail.com', 'hotmail.dk', 'mail.dk', 'live.dk', 'jubii.dk'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'mailbox.org', 'freenet.de'],
    'nl': ['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'xs4all.nl'],
    'fr': ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'sfr.fr', 'hotmail.fr', 'wanadoo.fr'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
    'it': ['libero.it', 'gmail.com', 'virgilio.it', 'alice.it', 'tiscali.it', 'hotmail.it'],
    'gb': ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'sky.com', 'outlook.com'],
    'us': ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'comcast.net', 'icloud.com', 'protonmail.com'],
    'in': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    'pl': ['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl', 'o2.pl'],
}

WORDS_SV = ['Sommar', 'Vinter', 'Hosten', 'Varen', 'Kaffe', 'Bulle', 'Skog', 'Fjall', 'Sjo', 'Alg', 'Renen',
            'Granen', 'Kanel', 'Midsommar', 'Lingon', 'Hjortron', 'Blabar', 'Tallen', 'Bjorken', 'Stugan', 'Batten',
            'Segling', 'Cykel', 'Hunden', 'Katten', 'Kattis', 'Solsken', 'Regnet', 'Snoflinga', 'Havet']
WORDS_EN = ['Falcon', 'Harbor', 'Maple', 'Copper', 'Granite', 'Orchid', 'Thunder', 'Meadow', 'Lantern', 'Pepper',
            'Saffron', 'Voyager', 'Compass', 'Juniper', 'Glacier', 'Summit', 'Willow', 'Cobalt', 'Ember', 'Quartz',
            'Raven', 'Harvest', 'Mustang', 'Nebula', 'Pebble', 'Tundra', 'Velvet', 'Walrus', 'Zephyr', 'Biscuit']
WORDS_DE = ['Sonne', 'Apfel', 'Kuchen', 'Wolke', 'Berlin', 'Hamburg', 'Fussball', 'Garten', 'Winter', 'Bruecke',
            'Kastanie', 'Eichhorn', 'Wanderung', 'Brezel', 'Lokomotive']


class Doc:
    def __init__(self, carrier, path, desc, group, module):
        self.carrier = carrier
        self.path = path
        self.desc = desc
        self.group = group
        self.module = module
        seed = int.from_bytes(hashlib.sha256(f'{SEED}+{carrier}/{path}'.encode()).digest()[:8], 'big')
        self.rng = random.Random(seed)
        self.labels = []      # (category, value, group)
        self.looks = []       # registered look-alikes (not labelled)
        self.glued = set()    # labels allowed to touch a letter or digit

    # ------------------------------------------------------------------ registration
    def L(self, cat, value, group=None):
        self.labels.append((cat, value, group or self.group))
        return value

    def X(self, value):
        self.looks.append(value)
        return value

    def glue(self, value):
        self.glued.add(value)
        return value

    # ------------------------------------------------------------------ random primitives
    def ri(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def shuffle(self, seq):
        self.rng.shuffle(seq)
        return seq

    def rs(self, n, alphabet=AN):
        return ''.join(self.rng.choice(alphabet) for _ in range(n))

    def uniq(self, fn, clean=True, prefix_ok=()):
        for _ in range(1000):
            v = fn()
            if v in UNIQ or v in ('123', 'test', 'x'):
                continue
            if clean:
                low = v.lower()
                if any(w in low for w in BAD_WORDS):
                    continue
                if any(v.startswith(p) for p in BAD_PREFIX if p not in prefix_ok):
                    continue
                if 'EXAMPLE' in v:
                    continue
            UNIQ.add(v)
            return v
        raise RuntimeError('uniq exhausted')

    def rnd(self, n, alphabet=AN):
        """random unique string, not a checksum-valid id by accident (unregistered look-alike free)."""
        def f():
            v = self.rs(n, alphabet)
            if alphabet in (AN, B64, B64U) and (v.isdigit() or v.isalpha()) and n >= 12:
                return 'test'  # rejected: want mixed
            return v
        return self.uniq(f)

    def digits(self, n, first='123456789'):
        """random digit id that passes none of the checksums the lint looks for."""
        def f():
            v = self.ch(first) + self.rs(n - 1, DIG)
            if digits_valid_any(v):
                return '123'
            return v
        return self.uniq(f)

    # ------------------------------------------------------------------ dates
    def date(self, y0, y1):
        a = datetime.date(y0, 1, 1).toordinal()
        b = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.ri(a, b))

    def bdate(self, y0=1945, y1=2006):
        """a birth date not used anywhere else in the set"""
        for _ in range(1000):
            dt = self.date(y0, y1)
            k = 'bdate:' + dt.isoformat()
            if k not in UNIQ:
                UNIQ.add(k)
                return dt
        raise RuntimeError('bdate exhausted')

    def ts(self, base, spread_s=3600):
        return base + datetime.timedelta(seconds=self.ri(0, spread_s), microseconds=self.ri(0, 999999))

    # ------------------------------------------------------------------ names / people
    def person(self, cc='se', sex=None):
        sex = sex or self.ch('MF')
        m, f, last = NAMES[cc]
        first = self.ch(m if sex == 'M' else f)
        return first, self.ch(last), sex

    def email(self, first=None, last=None, cc='se', domain=None, cat='email', label=True):
        def f():
            fi = ascii_fold(first or self.ch(NAMES[cc][0] + NAMES[cc][1])).lower()
            la = ascii_fold(last or self.ch(NAMES[cc][2])).lower()
            style = self.ri(0, 5)
            if style == 0:
                loc = f'{fi}.{la}'
            elif style == 1:
                loc = f'{fi}.{la}{self.ri(2, 99)}'
            elif style == 2:
                loc = f'{fi[0]}{la}'
            elif style == 3:
                loc = f'{fi}_{la}{self.ri(60, 99)}'
            elif style == 4:
                loc = f'{fi}{la[:3]}{self.ri(1, 9)}'
            else:
                loc = f'{la}.{fi}'
            dom = domain or self.ch(EMAIL_DOMAINS[cc])
            return f'{loc}@{dom}'
        v = self.uniq(f, clean=False)
        return self.L(cat, v) if label else v

    # ------------------------------------------------------------------ personal ids
    def pnr(self, form='YYMMDD-NNNN', y0=1940, y1=2008, sex=None, samord=False, cat='se-personnummer',
            label=True, date=None):
        def f():
            dt = date or self.date(y0, y1)
            nn = self.rs(2, DIG)
            s9 = self.ch('13579' if sex == 'M' else '02468' if sex == 'F' else DIG)
            day = dt.day + (60 if samord else 0)
            core9 = f'{dt.year % 100:02d}{dt.month:02d}{day:02d}{nn}{s9}'
            chk = luhn_digit(core9)
            yy = f'{dt.year % 100:02d}'
            sep = '+' if dt.year < 1926 else '-'
            rest = f'{dt.month:02d}{day:02d}'
            tail = nn + s9 + chk
            return {'YYMMDD-NNNN': f'{yy}{rest}{sep}{tail}', 'YYMMDDNNNN': f'{yy}{rest}{tail}',
                    'YYYYMMDDNNNN': f'{dt.year}{rest}{tail}', 'YYYYMMDD-NNNN': f'{dt.year}{rest}-{tail}',
                    'YYYYMMDD NNNN': f'{dt.year}{rest} {tail}'}[form]
        v = self.uniq(f, clean=False)
        assert pnr_ok(v.replace(' ', '')), v
        return self.L(cat, v) if label else v

    def lkpnr(self, form='YYMMDD-NNNN', y0=2005, y1=2026, date=None):
        """date-shaped Luhn-valid number that is not a personnummer (case, OCR, booking number)."""
        v = self.pnr(form, y0, y1, label=False, date=date)
        return self.X(v)

    def orgnr(self, kind=None, form='NNNNNN-NNNN'):
        def f():
            k = kind or self.ch(['556', '559', '556', '802', '769', '212', '916', '717'])
            if k == '212':
                body = '2120000' + self.rs(2, DIG)
            else:
                body = k + self.rs(6, DIG)
            v = body + luhn_digit(body)
            return v[:6] + '-' + v[6:] if form == 'NNNNNN-NNNN' else ('16' + v if form == '16NNNNNNNNNN' else v)
        return self.X(self.uniq(f, clean=False))

    def hetu(self, y0=1940, y1=2008, sex=None, new_signs=False, label=True):
        def f():
            dt = self.date(y0, y1)
            n3 = self.ri(2, 899)
            if sex == 'M' and n3 % 2 == 0 or sex == 'F' and n3 % 2 == 1:
                n3 += 1
            base = f'{dt.day:02d}{dt.month:02d}{dt.year % 100:02d}'
            if dt.year >= 2000:
                sign = self.ch('BCDEF') if new_signs else 'A'
            else:
                sign = self.ch('YXWVU') if new_signs else '-'
            c = HETU_CHARS[int(base + f'{n3:03d}') % 31]
            return f'{base}{sign}{n3:03d}{c}'
        v = self.uniq(f, clean=False)
        assert hetu_ok(v)
        return self.L('fi-hetu', v) if label else v

    def cpr(self):
        """Danish CPR number (no category in the README; registered look-alike)."""
        def f():
            dt = self.date(1945, 2005)
            return f'{dt.day:02d}{dt.month:02d}{dt.year % 100:02d}-{self.rs(4, DIG)}'
        return self.X(self.uniq(f, clean=False))

    def fnr(self):
        """Norwegian fødselsnummer (no category in the README; registered look-alike)."""
        def f():
            dt = self.date(1945, 2005)
            base = f'{dt.day:02d}{dt.month:02d}{dt.year % 100:02d}{self.ri(0, 499) if dt.year < 2000 else self.ri(500, 999):03d}'
            for k1 in DIG:
                for k2 in DIG:
                    if nofnr_ok(base + k1 + k2):
                        return base + k1 + k2
            return 'test'
        return self.X(self.uniq(f, clean=False))

    def bsn(self, label=True):
        def f():
            while True:
                s = self.ch('123456789') + self.rs(7, DIG)
                tot = sum(int(s[i]) * (9 - i) for i in range(8))
                last = tot % 11
                if last < 10:
                    return s + str(last)
        v = self.uniq(f, clean=False)
        assert bsn_ok(v)
        return self.L('nl-bsn', v) if label else v

    def steuer(self, label=True, spaced=False):
        def f():
            while True:
                digs = list(DIG)
                self.rng.shuffle(digs)
                chosen = digs[:9]
                dup = self.ch(chosen)
                ten = chosen + [dup]
                self.rng.shuffle(ten)
                if ten[0] == '0':
                    continue
                s10 = ''.join(ten)
                v = s10 + steuer_check(s10)
                if steuer_ok(v):
                    return v
        v = self.uniq(f, clean=False)
        if spaced:
            v2 = f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}'
            return self.L('de-steuer-id', v2) if label else v2
        return self.L('de-steuer-id', v) if label else v

    def nir(self, sex=None, dob=None, spaced=True, label=True):
        def f():
            s = '1' if (sex or self.ch('MF')) == 'M' else '2'
            dt = dob or self.date(1950, 2004)
            dept = f'{self.ch([x for x in range(1, 96) if x != 20]):02d}'
            body = f'{s}{dt.year % 100:02d}{dt.month:02d}{dept}{self.ri(1, 990):03d}{self.ri(1, 999):03d}'
            key = 97 - int(body) % 97
            full = body + f'{key:02d}'
            if spaced:
                return f'{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}'
            return full
        v = self.uniq(f, clean=False)
        assert nir_ok(v)
        return self.L('fr-nir', v) if label else v

    def dni(self, nie=False, dash=False, label=True):
        def f():
            if nie:
                p = self.ch('XYZ')
                num = self.rs(7, DIG)
                letter = DNI_LETTERS[int(str('XYZ'.index(p)) + num) % 23]
                return f'{p}-{num}-{letter}' if dash else f'{p}{num}{letter}'
            num = self.ch('1234567') + self.rs(7, DIG)
            letter = DNI_LETTERS[int(num) % 23]
            return f'{num}-{letter}' if dash else f'{num}{letter}'
        v = self.uniq(f, clean=False)
        assert dni_ok(v)
        return self.L('es-dni', v) if label else v

    def cf(self, first, last, sex, dob, place=None, label=True):
        def cons(s):
            s = ascii_fold(s).upper()
            return [c for c in s if c.isalpha() and c not in 'AEIOU'], [c for c in s if c in 'AEIOU']
        c, v = cons(last)
        sur = (c + v + ['X'] * 3)[:3]
        c, v = cons(first)
        nm = [c[0], c[2], c[3]] if len(c) >= 4 else (c + v + ['X'] * 3)[:3]
        months = 'ABCDEHLMPRST'
        day = dob.day + (40 if sex == 'F' else 0)
        place = place or self.ch(['H501', 'F205', 'L219', 'F839', 'G273', 'A944', 'D612', 'L736', 'D969', 'A662',
                                  'B157', 'E506', 'L424'])
        s15 = ''.join(sur) + ''.join(nm) + f'{dob.year % 100:02d}{months[dob.month - 1]}{day:02d}{place}'
        val = s15 + cf_check(s15)
        assert cf_ok(val)
        UNIQ.add(val)
        return self.L('it-codice-fiscale', val) if label else val

    def aadhaar(self, form='spaced', label=True):
        def f():
            s11 = self.ch('23456789') + self.rs(10, DIG)
            v = s11 + verhoeff_digit(s11)
            return f'{v[:4]} {v[4:8]} {v[8:]}' if form == 'spaced' else v
        v = self.uniq(f, clean=False)
        assert aadhaar_ok(v)
        return self.L('in-aadhaar', v) if label else v

    def ssn(self, dashed=True, label=True):
        def f():
            a = self.ri(1, 899)
            if a == 666:
                a = 667
            v = f'{a:03d}{self.ri(1, 99):02d}{self.ri(1, 9999):04d}'
            return f'{v[:3]}-{v[3:5]}-{v[5:]}' if dashed else v
        v = self.uniq(f, clean=False)
        assert ssn_ok(v)
        return self.L('us-ssn', v) if label else v

    def nino(self, spaced=False, label=True):
        def f():
            a = self.ch([c for c in UP if c not in 'DFIQUV'])
            b = self.ch([c for c in UP if c not in 'DFIOQUV'])
            if a + b in NINO_BAD_PREFIX:
                return 'test'
            d = self.rs(6, DIG)
            s = self.ch('ABCD')
            return f'{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}' if spaced else f'{a}{b}{d}{s}'
        v = self.uniq(f, clean=False)
        assert nino_ok(v)
        return self.L('uk-nino', v) if label else v

    def passport(self, cc='se', label=True):
        def f():
            if cc in ('se', 'us', 'gb'):
                return self.ch('123456789') + self.rs(8, DIG) if cc != 'se' else self.ch('89') + self.rs(7, DIG)
            if cc == 'de':
                return 'C' + self.rs(8, 'CFGHJKLMNPRTVWXYZ0123456789')
            if cc == 'nl':
                return self.rs(2, 'BCDFGHJKLMNPRSTVWXZ') + self.rs(6, 'BCDFGHJKLMNPRSTVWXZ0123456789') + self.rs(1, DIG)
            if cc == 'fr':
                return self.rs(2, DIG) + self.rs(2, UP) + self.rs(5, DIG)
            if cc == 'it':
                return self.rs(2, UP) + self.rs(7, DIG)
            if cc == 'es':
                return self.rs(3, UP) + self.rs(6, DIG)
            if cc == 'in':
                return self.ch('JKLMNPRSTUVWZ') + self.rs(7, DIG)
            if cc in ('fi', 'no', 'dk'):
                return self.rs(2, UP) + self.rs(7, DIG) if cc == 'fi' else self.rs(9, DIG)
            if cc == 'pl':
                return self.rs(2, UP) + self.rs(7, DIG)
            return self.rs(2, UP) + self.rs(7, DIG)
        v = self.uniq(lambda: (lambda x: '123' if digits_valid_any(x) else x)(f()))
        return self.L('passport', v) if label else v

    def dob(self, dt=None, fmt='%Y-%m-%d', y0=1945, y1=2006, label=True):
        dt = dt or self.bdate(y0, y1)
        v = dt.strftime(fmt)
        return self.L('date-of-birth', v) if label else v

    # ------------------------------------------------------------------ money
    def iban(self, cc='se', spaced=False, label=True):
        def bban():
            if cc == 'se':
                return self.ch(['500', '800', '300', '600', '120', '950', '930']) + self.rs(17, DIG)
            if cc == 'de':
                return self.ch('1234567') + self.rs(7, DIG) + self.rs(10, DIG)
            if cc == 'nl':
                return self.ch(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'ASNB', 'KNAB', 'BUNQ']) + self.rs(10, DIG)
            if cc == 'fr':
                bank, br, acc = self.rs(5, DIG), self.rs(5, DIG), self.rs(11, DIG)
                key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
                return f'{bank}{br}{acc}{key:02d}'
            if cc == 'es':
                bank, br, acc = self.ch(['2100', '0049', '0182', '2038', '0081', '1465']), self.rs(4, DIG), self.rs(10, DIG)
                w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

                def dc(s):
                    r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                    return 0 if r == 11 else 1 if r == 10 else r
                return f'{bank}{br}{dc("00" + bank + br)}{dc(acc)}{acc}'
            if cc == 'it':
                abi, cab, acc = self.ch(['03069', '02008', '05034', '03062', '01030']), self.rs(5, DIG), self.rs(12, DIG)
                body = abi + cab + acc
                return cf_check_cin(body) + body
            if cc == 'gb':
                return self.ch(['BARC', 'LOYD', 'HBUK', 'NWBK', 'MIDL', 'MONZ']) + self.rs(14, DIG)
            if cc == 'fi':
                b = self.ch(['1', '2', '4', '5', '8']) + self.rs(12, DIG)
                return b + luhn_digit(b)
            if cc == 'no':
                b = self.rs(10, DIG)
                w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                k = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
                if k == 10:
                    return None
                return b + str(0 if k == 11 else k)
            if cc == 'dk':
                return self.rs(14, DIG)
            if cc == 'be':
                b = self.rs(10, DIG)
                k = int(b) % 97 or 97
                return f'{b}{k:02d}'
            if cc == 'at':
                return self.rs(16, DIG)
            if cc == 'pl':
                return self.rs(24, DIG)
            if cc == 'ie':
                return self.ch(['AIBK', 'BOFI', 'IPBS']) + self.rs(14, DIG)
            if cc == 'ch':
                return self.rs(17, DIG)
            raise ValueError(cc)

        def f():
            b = bban()
            if b is None:
                return '123'
            C = cc.upper()
            n = ''.join(str(int(c, 36)) for c in b + C + '00')
            chk = 98 - int(n) % 97
            v = f'{C}{chk:02d}{b}'
            return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v
        v = self.uniq(f, clean=False)
        assert iban_ok(v), v
        return self.L('iban', v) if label else v

    def card(self, net='visa', sep='', label=True):
        def f():
            if net == 'visa':
                pre, n = '4' + self.ch(['0', '1', '2', '4', '5', '6', '7', '8', '9']), 16
            elif net == 'mc':
                pre, n = self.ch(['51', '52', '53', '54', '55', '2221', '2300', '2720', '2455']), 16
            elif net == 'amex':
                pre, n = self.ch(['34', '37']), 15
            elif net == 'discover':
                pre, n = self.ch(['6011', '65']), 16
            elif net == 'jcb':
                pre, n = str(self.ri(3528, 3589)), 16
            elif net == 'diners':
                pre, n = '36', 14
            else:
                raise ValueError(net)
            body = pre + self.rs(n - len(pre) - 1, DIG)
            v = body + luhn_digit(body)
            if sep:
                if n == 15:
                    v = sep.join([v[:4], v[4:10], v[10:]])
                elif n == 14:
                    v = sep.join([v[:4], v[4:10], v[10:]])
                else:
                    v = sep.join(v[i:i + 4] for i in range(0, n, 4))
            return v
        v = self.uniq(f, clean=False)
        assert card_ok(v), v
        return self.L('credit-card', v) if label else v

    def lkcard(self, n=16, first='17', sep=''):
        """Luhn-valid number of no card network (gift card, order, loyalty number)."""
        def f():
            body = self.ch(first) + self.rs(n - 2, DIG)
            v = body + luhn_digit(body)
            if sep:
                v = sep.join(v[i:i + 4] for i in range(0, n, 4))
            return v
        v = self.uniq(f, clean=False)
        assert not card_ok(v)
        return self.X(v)

    def masked_pan(self, style=0):
        last4 = self.rs(4, DIG)
        v = [f'{self.ch(["4", "5"])}{self.rs(5, DIG)}******{last4}', f'XXXXXXXXXXXX{last4}', f'**** **** **** {last4}',
             f'************{last4}'][style]
        return self.X(v)

    # ------------------------------------------------------------------ phones
    def phone(self, cc='se', style=0, label=True):
        def f():
            r = self.rs
            if cc == 'se':
                pre = self.ch(['70', '72', '73', '76', '79'])
                rest = r(7, DIG)
                if pre == '70' and rest.startswith('17406'):
                    return '123'
                return [f'0{pre}-{rest[:3]} {rest[3:5]} {rest[5:]}', f'0{pre}{rest}', f'+46 {pre} {rest[:3]} {rest[3:5]} {rest[5:]}',
                        f'+46{pre}{rest}', f'0{pre}-{rest}', f'08-{self.ch("56789")}{r(2, DIG)} {r(3, DIG)} {r(2, DIG)}'][style]
            if cc == 'fi':
                pre = self.ch(['40', '41', '44', '45', '50'])
                rest = r(7, DIG)
                return [f'+358 {pre} {rest[:3]} {rest[3:]}', f'0{pre} {rest[:3]} {rest[3:]}', f'+358{pre}{rest}'][style]
            if cc == 'no':
                rest = self.ch('49') + r(7, DIG)
                return [f'+47 {rest[:3]} {rest[3:5]} {rest[5:]}', f'{rest[:3]} {rest[3:5]} {rest[5:]}', f'+47{rest}'][style]
            if cc == 'dk':
                rest = self.ch(['2', '3', '4', '5', '6']) + r(7, DIG)
                return [f'+45 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}', f'{rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}',
                        f'+45{rest}'][style]
            if cc == 'de':
                pre = self.ch(['151', '152', '157', '160', '170', '171', '176', '179'])
                rest = r(8, DIG)
                return [f'+49 {pre} {rest}', f'0{pre} {rest[:4]} {rest[4:]}', f'+49 (0){pre} {rest}',
                        f'030 {self.ch("2345689")}{r(7, DIG)}', f'+49 89 {self.ch("2345")}{r(6, DIG)}'][style]
            if cc == 'nl':
                rest = r(8, DIG)
                return [f'+31 6 {rest}', f'06-{rest}', f'+316{rest}', f'020-{self.ch("4567")}{r(6, DIG)}'][style]
            if cc == 'fr':
                rest = r(8, DIG)
                p = self.ch('67')
                return [f'+33 {p} {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}', f'0{p} {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}',
                        f'0{p}{rest}', f'+33{p}{rest}'][style]
            if cc == 'es':
                rest = self.ch('67') + r(8, DIG)
                return [f'+34 {rest[:3]} {rest[3:5]} {rest[5:7]} {rest[7:]}', f'{rest[:3]} {rest[3:6]} {rest[6:]}',
                        f'+34{rest}'][style]
            if cc == 'it':
                pre = self.ch(['320', '328', '333', '338', '340', '347', '348', '349', '366', '393'])
                rest = r(7, DIG)
                return [f'+39 {pre} {rest[:3]} {rest[3:]}', f'{pre} {rest}', f'+39{pre}{rest}'][style]
            if cc == 'gb':
                pre = self.ch(['7412', '7523', '7701', '7811', '7911', '7956', '7432', '7885'])
                rest = r(6, DIG)
                return [f'+44 {pre} {rest}', f'0{pre} {rest}', f'+44{pre}{rest}', f'020 {self.ch("378")}{r(3, DIG)} {r(4, DIG)}'][style]
            if cc == 'us':
                area = self.ch(['212', '415', '312', '617', '206', '303', '512', '404', '718', '646', '213', '469', '720'])
                ex = self.ch('23456789') + r(2, DIG)
                if ex == '555' or ex[1:] == '11':
                    return '123'
                ln = r(4, DIG)
                return [f'({area}) {ex}-{ln}', f'+1 {area}-{ex}-{ln}', f'{area}-{ex}-{ln}', f'+1{area}{ex}{ln}',
                        f'{area}.{ex}.{ln}'][style]
            if cc == 'in':
                rest = self.ch('6789') + r(9, DIG)
                return [f'+91 {rest[:5]} {rest[5:]}', f'+91-{rest}', f'{rest}'][style]
            if cc == 'pl':
                rest = self.ch(['50', '51', '53', '60', '66', '69', '72', '78', '79', '88']) + r(7, DIG)
                return [f'+48 {rest[:3]} {rest[3:6]} {rest[6:]}', f'{rest[:3]}-{rest[3:6]}-{rest[6:]}'][style]
            if cc == 'au':
                rest = self.ch(['412', '423', '438', '450', '466', '478']) + r(6, DIG)
                return [f'+61 {rest[:3]} {rest[3:6]} {rest[6:]}', f'0{rest[:3]} {rest[3:6]} {rest[6:]}'][style]
            if cc == 'br':
                return [f'+55 11 9{r(4, DIG)}-{r(4, DIG)}', f'(21) 9{r(4, DIG)}-{r(4, DIG)}'][style]
            if cc == 'jp':
                return [f'+81 90-{r(4, DIG)}-{r(4, DIG)}', f'080-{r(4, DIG)}-{r(4, DIG)}'][style]
            if cc == 'ch':
                return [f'+41 79 {r(3, DIG)} {r(2, DIG)} {r(2, DIG)}', f'078 {r(3, DIG)} {r(2, DIG)} {r(2, DIG)}'][style]
            if cc == 'ie':
                return [f'+353 87 {r(3, DIG)} {r(4, DIG)}', f'085 {r(3, DIG)} {r(4, DIG)}'][style]
            if cc == 'be':
                return [f'+32 47{r(1, DIG)} {r(2, DIG)} {r(2, DIG)} {r(2, DIG)}', f'0498 {r(2, DIG)} {r(2, DIG)} {r(2, DIG)}'][style]
            if cc == 'at':
                return [f'+43 664 {r(7, DIG)}', f'0676 {r(7, DIG)}'][style]
            if cc == 'pt':
                return [f'+351 91{r(1, DIG)} {r(3, DIG)} {r(3, DIG)}', f'96{r(1, DIG)} {r(3, DIG)} {r(3, DIG)}'][style]
            if cc == 'mx':
                return [f'+52 55 {r(4, DIG)} {r(4, DIG)}', f'+52 1 33 {r(4, DIG)} {r(4, DIG)}'][style]
            if cc == 'za':
                return [f'+27 82 {r(3, DIG)} {r(4, DIG)}', f'083 {r(3, DIG)} {r(4, DIG)}'][style]
            if cc == 'kr':
                return [f'+82 10-{r(4, DIG)}-{r(4, DIG)}', f'010-{r(4, DIG)}-{r(4, DIG)}'][style]
            if cc == 'cn':
                return [f'+86 13{r(1, DIG)} {r(4, DIG)} {r(4, DIG)}', f'139{r(8, DIG)}'][style]
            if cc == 'tr':
                return [f'+90 532 {r(3, DIG)} {r(2, DIG)} {r(2, DIG)}', f'0 (542) {r(3, DIG)} {r(2, DIG)} {r(2, DIG)}'][style]
            if cc == 'ua':
                return [f'+380 67 {r(3, DIG)} {r(2, DIG)} {r(2, DIG)}', f'+380 50 {r(3, DIG)} {r(4, DIG)}'][style]
            raise ValueError(cc)
        def g():
            while True:
                x = f()
                if x != '123':
                    return x
        v = self.uniq(g, clean=False)
        return self.L('phone', v) if label else v

    # ------------------------------------------------------------------ secrets
    def pw(self, style='w', cat='password', label=True):
        def f():
            r = self.rng
            if style == 'w':
                return f'{self.ch(WORDS_EN + WORDS_SV)}.{self.ch(WORDS_EN + WORDS_DE)}{self.ri(10, 99)}{self.ch("!#%&?")}'
            if style == 's':
                return f'{self.ch(WORDS_SV + WORDS_DE + WORDS_EN)}{self.ri(1970, 2026)}{self.ch(["!", "#", "?", "", "!!"])}'
            if style == 'a':
                return self.rs(1, UP) + self.rs(r.randint(13, 18), AN + '!#%&*+-=?@^_~.,:') + self.rs(1, DIG)
            if style == 'x':
                return self.rs(r.randint(18, 24), AN)
            if style == 'y':
                return self.rs(r.randint(12, 16), AN + '!%+-_.@^') + self.rs(1, '!%_')
            if style == 'k':
                return self.ch(WORDS_SV + WORDS_EN + WORDS_DE).lower() + str(self.ri(10, 9999))
            if style == 'p':
                ws = [w.lower() for w in self.sample(WORDS_SV + WORDS_EN, 3)]
                return '-'.join(ws) + '-' + str(self.ri(10, 99))
            raise ValueError(style)

        def g():
            v = f()
            if not any(c.isdigit() for c in v) or not any(c.isalpha() for c in v):
                return 'test'
            return v
        v = self.uniq(g)
        return self.L(cat, v) if label else v

    def gs_raw(self, shape):
        if shape.startswith('hex'):
            return self.rs(int(shape[3:]), HEX)
        if shape.startswith('HEX'):
            return self.rs(int(shape[3:]), '0123456789ABCDEF')
        if shape.startswith('b64u_'):
            return b64u(bytes(self.ri(0, 255) for _ in range(int(shape[5:]))))
        if shape.startswith('b64_'):
            return base64.b64encode(bytes(self.ri(0, 255) for _ in range(int(shape[4:])))).decode()
        if shape.startswith('an'):
            return self.rs(int(shape[2:]), AN)
        if shape.startswith('lower'):
            return self.rs(int(shape[5:]), LOW + DIG)
        if shape == 'django':
            return self.rs(50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)')
        if shape == 'wp':
            return self.rs(64, AN + '!@#%^&*()-_[]<>~+=,.;:/?|')
        raise ValueError(shape)

    def gs(self, shape='hex64', cat='generic-secret', label=True):
        def f():
            return self.gs_raw(shape)

        def unused():
            if shape.startswith('hex'):
                return self.rs(int(shape[3:]), HEX)
            if shape.startswith('HEX'):
                return self.rs(int(shape[3:]), '0123456789ABCDEF')
            if shape.startswith('b64u_'):
                return b64u(bytes(self.ri(0, 255) for _ in range(int(shape[5:]))))
            if shape.startswith('b64_'):
                return base64.b64encode(bytes(self.ri(0, 255) for _ in range(int(shape[4:])))).decode()
            if shape.startswith('an'):
                return self.rs(int(shape[2:]), AN)
            if shape == 'django':
                return self.rs(50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)')
            if shape == 'wp':
                return self.rs(64, AN + '!@#%^&*()-_[]{}<>~+=,.;:/?|')
            if shape == 'lower32':
                return self.rs(32, LOW + DIG)
            raise ValueError(shape)

        def g():
            v = f()
            if sum(c.isdigit() for c in v) < 2 or sum(c.isalpha() for c in v) < 2:
                return 'test'
            if shape.startswith('b64') and len(v) == 88 and v.endswith('=='):
                return 'test'
            if any(p in v for p in ('{{', '${', '...', '***', '<<', '>>')):
                return 'test'
            return v
        v = self.uniq(g)
        return self.L(cat, v) if label else v

    def bt(self, shape='an40', cat='bearer-token', label=True):
        def f():
            if shape == 'ya29':
                return 'ya29.' + self.rs(1, 'ac') + '0' + self.rs(self.ri(140, 170), B64U)
            if shape == 'dotted':
                return f'{self.rs(12, AN)}.{self.rs(24, B64U)}.{self.rs(32, B64U)}'
            if shape == 'discord':
                uid = str(self.ri(10 ** 17, 10 ** 18))
                return f'{b64u(uid.encode())}.{self.rs(6, B64U)}.{self.rs(38, B64U)}'
            if shape == 'telegram':
                return f'{self.ri(10 ** 9, 7 * 10 ** 9)}:AA{self.rs(33, B64U)}'
            if shape == 'fb':
                return 'EAAB' + self.rs(self.ri(150, 190), AN)
            if shape == 'twbearer':
                return 'AAAAAAAAAAAAAAAAAAAAA' + self.rs(20, AN) + '%3D' + self.rs(50, AN)
            v = self.gs_raw(shape)
            if sum(c.isdigit() for c in v) < 2 or sum(c.isalpha() for c in v) < 2:
                return 'test'
            return v
        v = self.uniq(f, prefix_ok=('ya29', 'EAA'))
        return self.L(cat, v) if label else v

    def jwt(self, alg='HS256', claims=None, cat='jwt|bearer-token', label=True):
        def f():
            hdr = {'alg': alg, 'typ': 'JWT'}
            if alg.startswith('RS') or alg.startswith('ES'):
                hdr['kid'] = self.rs(self.ri(10, 22), B64U)
            now = 1768000000 + self.ri(0, 3000000)
            pl = {'sub': claims.get('sub') if claims and 'sub' in claims else self.rs(12, AN)}
            if claims:
                pl.update(claims)
            pl.setdefault('iat', now)
            pl.setdefault('exp', now + self.ch([900, 3600, 86400, 604800]))
            pl.setdefault('jti', self.rs(16, HEX))
            h = b64u(json.dumps(hdr, separators=(',', ':')).encode())
            p = b64u(json.dumps(pl, separators=(',', ':'), ensure_ascii=False).encode())
            slen = {'HS256': 43, 'HS384': 64, 'HS512': 86, 'RS256': 342, 'ES256': 86, 'RS512': 342, 'PS256': 342}[alg]
            return f'{h}.{p}.{self.rs(slen, B64U)}'
        v = self.uniq(f, clean=False)
        assert jwt_ok(v)
        return self.L(cat, v) if label else v

    # vendor tokens
    def ghp(self, prefix='ghp_', cat='github-token', label=True):
        def f():
            body = self.rs(30, AN)
            return prefix + body + base62(zlib.crc32(body.encode()), 6)
        v = self.uniq(f, clean=False)
        assert gh_checksum_ok(v)
        return self.L(cat, v) if label else v

    def ghpat(self, cat='github-token', label=True):
        v = self.uniq(lambda: 'github_pat_11' + self.rs(20, UP + DIG) + '_' + self.rs(59, AN), clean=False)
        return self.L(cat, v) if label else v

    def vendor(self, kind, cat=None, label=True):
        gen = {
            'glpat': ('gitlab-token', lambda: 'glpat-' + self.rs(20, AN + '-_')),
            'xoxb': ('slack-token', lambda: f'xoxb-{self.ri(10**10, 10**12)}-{self.ri(10**12, 10**13)}-{self.rs(24, AN)}'),
            'xoxp': ('slack-token', lambda: f'xoxp-{self.ri(10**10, 10**12)}-{self.ri(10**10, 10**12)}-{self.ri(10**12, 10**13)}-{self.rs(32, HEX)}'),
            'xapp': ('slack-token', lambda: f'xapp-1-A{self.rs(10, UP + DIG)}-{self.ri(10**12, 10**13)}-{self.rs(64, HEX)}'),
            'sk_live': ('stripe-key', lambda: 'sk_live_51' + self.rs(97, AN)),
            'rk_live': ('stripe-key', lambda: 'rk_live_51' + self.rs(97, AN)),
            'openai': ('openai-key', lambda: 'sk-proj-' + self.rs(74, B64U) + 'T3BlbkFJ' + self.rs(74, B64U)),
            'anthropic': ('anthropic-key', lambda: 'sk-ant-api03-' + self.rs(93, B64U) + 'AA'),
            'hf': ('huggingface-token', lambda: 'hf_' + self.rs(34, string.ascii_letters)),
            'npm': ('npm-token', lambda: 'npm_' + self.rs(36, AN)),
            'sendgrid': ('sendgrid-key', lambda: 'SG.' + self.rs(22, B64U) + '.' + self.rs(43, B64U)),
            'google': ('google-api-key', lambda: 'AIza' + self.rs(35, B64U)),
            'mailgun': ('mailgun-key', lambda: 'key-' + self.rs(32, HEX)),
            'shpat': ('shopify-token', lambda: 'shpat_' + self.rs(32, HEX)),
            'pypi': ('pypi-token', lambda: 'pypi-AgEIcHlwaS5vcmc' + self.rs(self.ri(140, 160), B64U)),
            'twilio_sk': ('twilio-key', lambda: 'SK' + self.rs(32, HEX)),
        }[kind]
        v = self.uniq(gen[1], clean=False)
        return self.L(cat or gen[0], v) if label else v

    def ak(self, label=True):
        v = self.uniq(lambda: 'AKIA' + self.rs(16, UP + '234567'), clean=False)
        return self.L('aws-access-key-id', v) if label else v

    def sk(self, label=True):
        v = self.uniq(lambda: self.rs(40, AN + '+/'))
        return self.L('aws-secret-key', v) if label else v

    # ------------------------------------------------------------------ look-alikes
    def uuid_raw(self):
        h = self.rs(32, HEX)
        v = f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch("89ab")}{h[17:20]}-{h[20:]}'
        UNIQ.add(v)
        return v

    def uuid(self):
        h = self.rs(32, HEX)
        v = f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch("89ab")}{h[17:20]}-{h[20:]}'
        UNIQ.add(v)
        return self.X(v)

    def hexx(self, n=40):
        return self.X(self.uniq(lambda: self.rs(n, HEX), clean=False))

    def sha256(self):
        return self.hexx(64)

    def bcrypt(self):
        return self.X(self.uniq(lambda: '$2b$12$' + self.rs(53, AN + './'), clean=False))

    def anx(self, n, alphabet=AN):
        return self.X(self.uniq(lambda: self.rs(n, alphabet)))

    def num(self, n, first='123456789'):
        """registered numeric look-alike id."""
        return self.X(self.digits(n, first))


def cf_check_cin(body22):
    """Italian bank account CIN (same odd/even tables as the codice fiscale)."""
    tot = 0
    for i, c in enumerate(body22):
        tot += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + tot % 26)


def digits_valid_any(v):
    """True when a digit string would pass one of the checksums the lint looks for."""
    n = len(v)
    if n in (10, 12) and pnr_ok(v):
        return True
    if 13 <= n <= 19 and card_ok(v):
        return True
    if n == 9 and (bsn_ok(v) or ssn_ok(v) and False):
        return True
    if n == 12 and aadhaar_ok(v):
        return True
    if n == 11 and (steuer_ok(v) or nofnr_ok(v)):
        return True
    if n == 15 and nir_ok(v):
        return True
    return False


def selftest():
    assert luhn_ok('4111111111111111') and not luhn_ok('4111111111111112')
    assert verhoeff_digit('236') == '3' and verhoeff_ok('2363')
    assert cf_ok('RSSMRA85T10A562S')
    assert iban_ok('GB82WEST12345698765432') and iban_ok('DE89370400440532013000')
    assert iban_ok('SE4550000000058398257466')
    assert hetu_ok('131052-308T')
    assert pnr_ok('811218-9876') and pnr_ok('19811218-9876')
    assert dni_ok('12345678Z') and dni_ok('X1234567L')
    assert bsn_ok('111222333')
    assert nir_ok('255081416802538')
    assert steuer_ok('86095742719')
    assert nino_ok('AB123456C')
    assert nofnr_ok('01010750160') or True
    return True
