"""Synthetic sensitive values in their real-world formats.

Every value is built from seeded random characters: e-mail addresses from
common given names/surnames and mail-provider domains, Luhn-valid card numbers
with real network prefixes, IBANs with valid ISO 7064 mod-97 check digits,
well-formed SSNs, public (non-reserved) IPv4 addresses, and tokens/keys with
the prefixes and alphabets the real issuers use.  None of them is a real
credential or a real person's data (any resemblance is chance).
"""
import sys
sys.dont_write_bytecode = True

import base64
import json

from rc_util import hexs, uuid4, pick_chars, ALNUM, b64url

FIRST = ['james', 'mary', 'john', 'patricia', 'robert', 'jennifer', 'michael', 'linda', 'david', 'elizabeth',
         'william', 'barbara', 'richard', 'susan', 'joseph', 'jessica', 'thomas', 'sarah', 'chris', 'karen',
         'daniel', 'lisa', 'matthew', 'nancy', 'anthony', 'sandra', 'mark', 'ashley', 'steven', 'emily',
         'paul', 'donna', 'andrew', 'michelle', 'joshua', 'carol', 'kevin', 'amanda', 'brian', 'melissa',
         'lukas', 'anna', 'leon', 'sophie', 'finn', 'marie', 'jonas', 'laura', 'felix', 'julia', 'maximilian',
         'lea', 'emma', 'noah', 'louis', 'chloe', 'lucas', 'ines', 'hugo', 'camille', 'sven', 'ingrid',
         'pieter', 'sanne', 'marco', 'giulia', 'pablo', 'lucia', 'jakub', 'zofia', 'oliver', 'amelia',
         'priya', 'arjun', 'wei', 'mei', 'kenji', 'yuki', 'omar', 'fatima', 'mateo', 'valentina']
LAST = ['smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez',
        'hernandez', 'lopez', 'wilson', 'anderson', 'thomas', 'taylor', 'moore', 'jackson', 'martin', 'lee',
        'thompson', 'white', 'harris', 'clark', 'lewis', 'walker', 'hall', 'young', 'king', 'wright',
        'mueller', 'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'schulz', 'hoffmann',
        'dubois', 'lefebvre', 'moreau', 'laurent', 'bernard', 'devries', 'jansen', 'bakker', 'visser', 'rossi',
        'russo', 'ferrari', 'esposito', 'fernandez', 'gonzalez', 'nowak', 'kowalski', 'wisniewski', 'nilsson',
        'andersson', 'patel', 'sharma', 'kumar', 'chen', 'wang', 'tanaka', 'sato', 'nguyen', 'kim', 'park',
        'oconnor', 'murphy', 'kelly', 'novak', 'horvat', 'silva', 'santos', 'costa', 'pereira']
FREE_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com',
                'icloud.com', 'proton.me', 'gmx.de', 'web.de', 't-online.de', 'aol.com', 'live.com', 'yahoo.co.uk',
                'orange.fr', 'free.fr', 'libero.it', 'wp.pl', 'ziggo.nl', 'me.com', 'mail.com', 'hotmail.co.uk']
CORP_WORDS = ['northwind', 'bluepeak', 'acmetools', 'brightlane', 'corvel', 'fjordline', 'greenbyte', 'harborview',
              'ironbark', 'juniper-labs', 'kestrel', 'lumenix', 'meridian-health', 'novatek', 'oakridge', 'pinecrest',
              'quantiva', 'redwoodlaw', 'silverline', 'tallinnsoft', 'umbra-design', 'vireo', 'westgate', 'zentrix']
CORP_TLDS = ['.com', '.com', '.de', '.co.uk', '.io', '.nl', '.fr', '.eu', '.net']


def email(r):
    f = r.choice(FIRST)
    l = r.choice(LAST)
    k = r.randrange(10)
    if k < 3:
        local = f + '.' + l
    elif k < 4:
        local = f + l
    elif k < 5:
        local = f[0] + l
    elif k < 6:
        local = f + '.' + l + str(r.randrange(1, 99))
    elif k < 7:
        local = f + str(r.randrange(1960, 2006))
    elif k < 8:
        local = f + '_' + l
    elif k < 9:
        local = l + '.' + f
    else:
        local = f + '.' + l + '+' + r.choice(('shop', 'orders', 'news', 'test'))
    if r.random() < 0.72:
        dom = r.choice(FREE_DOMAINS)
    else:
        dom = r.choice(CORP_WORDS) + r.choice(CORP_TLDS)
    if r.random() < 0.04:
        local = local.capitalize()
    return local + '@' + dom


def _nanp(r):
    npa = '%d%d%d' % (r.randrange(2, 10), r.randrange(0, 9), r.randrange(0, 10))
    nxx = '%d%02d' % (r.randrange(2, 10), r.randrange(0, 100))
    return npa, nxx, '%04d' % r.randrange(10000)


def phone(r):
    k = r.randrange(12)
    if k < 4:
        a, b, c = _nanp(r)
        return '+1' + a + b + c
    if k < 5:
        a, b, c = _nanp(r)
        return '(%s) %s-%s' % (a, b, c)
    if k < 6:
        a, b, c = _nanp(r)
        return '%s-%s-%s' % (a, b, c)
    if k < 7:
        return '+447%d' % r.randrange(100000000, 999999999)
    if k < 8:
        return '+44 7%03d %06d' % (r.randrange(100, 1000), r.randrange(1000000))
    if k < 9:
        return '+49 1%d%d %d' % (r.choice((5, 6, 7)), r.randrange(0, 10), r.randrange(1000000, 99999999))
    if k < 10:
        return '+4915%d%d' % (r.randrange(0, 10), r.randrange(10000000, 99999999))
    if k < 11:
        return '+33 %d %02d %02d %02d %02d' % (r.choice((6, 7)), r.randrange(100), r.randrange(100), r.randrange(100), r.randrange(100))
    return '+31 6 %08d' % r.randrange(10000000, 100000000)


def luhn_complete(prefix_digits, length, r):
    s = prefix_digits + ''.join(str(r.randrange(10)) for _ in range(length - len(prefix_digits) - 1))
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return s + str((10 - total % 10) % 10)


def card(r):
    k = r.randrange(100)
    if k < 48:
        num = luhn_complete('4', 16, r)
    elif k < 70:
        num = luhn_complete(str(r.randrange(51, 56)), 16, r)
    elif k < 78:
        num = luhn_complete(str(r.randrange(2221, 2721)), 16, r)
    elif k < 88:
        num = luhn_complete(r.choice(('34', '37')), 15, r)
    elif k < 94:
        num = luhn_complete(r.choice(('6011', '65', '644', '645', '649')), 16, r)
    else:
        num = luhn_complete(str(r.randrange(3528, 3590)), 16, r)
    f = r.random()
    if f < 0.8:
        return num
    sep = ' ' if f < 0.93 else '-'
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    s = '%03d-%02d-%04d' % (a, r.randrange(1, 100), r.randrange(1, 10000))
    if r.random() < 0.12:
        s = s.replace('-', '')
    return s


IBAN_SPECS = [
    # country, list of (kind, length) for the BBAN: n=digits, a=upper letters, c=alnum
    ('DE', [('n', 18)]),
    ('DE', [('n', 18)]),
    ('GB', [('a', 4), ('n', 14)]),
    ('FR', [('n', 10), ('c', 11), ('n', 2)]),
    ('NL', [('a', 4), ('n', 10)]),
    ('ES', [('n', 20)]),
    ('IT', [('a', 1), ('n', 10), ('c', 12)]),
    ('BE', [('n', 12)]),
    ('AT', [('n', 16)]),
    ('CH', [('n', 5), ('c', 12)]),
    ('PL', [('n', 24)]),
    ('IE', [('a', 4), ('n', 14)]),
]


def iban(r):
    cc, spec = r.choice(IBAN_SPECS)
    parts = []
    for kind, n in spec:
        if kind == 'n':
            parts.append(''.join(str(r.randrange(10)) for _ in range(n)))
        elif kind == 'a':
            parts.append(''.join(chr(65 + r.randrange(26)) for _ in range(n)))
        else:
            parts.append(''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(n)))
    bban = ''.join(parts)
    rearr = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in rearr)
    check = 98 - int(num) % 97
    s = '%s%02d%s' % (cc, check, bban)
    if r.random() < 0.3:
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


_RESERVED_CIDRS = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
                   '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15',
                   '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4']
_RES = []
for _c in _RESERVED_CIDRS:
    _a, _p = _c.split('/')
    _o = [int(x) for x in _a.split('.')]
    _RES.append(((_o[0] << 24) | (_o[1] << 16) | (_o[2] << 8) | _o[3], ((1 << int(_p)) - 1) << (32 - int(_p))))


def public_ipv4(r):
    while True:
        a = r.randrange(1, 224)
        x = a << 24 | r.getrandbits(16) << 8 | r.randrange(1, 255)
        if all((x & m) != b for b, m in _RES):
            return '%d.%d.%d.%d' % (x >> 24, (x >> 16) & 255, (x >> 8) & 255, x & 255)


def bearer_token(r):
    k = r.randrange(3)
    if k == 0:
        return b64url(r, 32)
    if k == 1:
        return pick_chars(r, ALNUM, 40)
    return 'at_' + pick_chars(r, ALNUM + '-_', 48)


def _b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(r):
    alg = r.choice(('RS256', 'RS256', 'ES256', 'HS256'))
    hdr = {'alg': alg, 'typ': 'JWT'}
    if alg != 'HS256':
        hdr['kid'] = hexs(r, 16) if r.random() < 0.5 else b64url(r, 12)
    iat = 1710000000 + r.randrange(20_000_000)
    pl = {'iss': r.choice(('https://auth.example.com/', 'https://login.example.org/realms/shop', 'auth-service')),
          'sub': r.choice((uuid4(r), 'auth0|' + hexs(r, 24), str(r.randrange(10000, 9999999)))),
          'aud': r.choice(('orders-api', 'storefront', 'https://api.example.com', 'account')),
          'iat': iat, 'exp': iat + r.choice((300, 900, 3600, 86400))}
    if r.random() < 0.6:
        pl['scope'] = r.choice(('openid profile', 'orders:read orders:write', 'cart:write checkout', 'read:reports'))
    if r.random() < 0.5:
        pl['jti'] = uuid4(r)
    if r.random() < 0.3:
        pl['azp'] = r.choice(('web-frontend', 'mobile-app', 'backoffice'))
    siglen = {'RS256': 256, 'ES256': 64, 'HS256': 32}[alg]
    return _b64u_json(hdr) + '.' + _b64u_json(pl) + '.' + b64url(r, siglen)


B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def aws_key_id(r):
    return 'AKIA' + pick_chars(r, B32, 16)


def aws_secret(r):
    return pick_chars(r, ALNUM + '/+', 40)


def github_token(r):
    if r.random() < 0.8:
        return 'ghp_' + pick_chars(r, ALNUM, 36)
    return 'github_pat_' + pick_chars(r, ALNUM, 22) + '_' + pick_chars(r, ALNUM, 59)


PW_WORDS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Dragon', 'Monkey', 'Sunshine', 'Welcome', 'Shadow', 'Master',
            'Football', 'Baseball', 'Orange', 'Purple', 'Falcon', 'Tiger', 'Coffee', 'Rocket', 'Galaxy', 'Pepper',
            'Secret', 'Admin', 'Passw0rd', 'Changeme', 'Letmein', 'Qwerty', 'Hunter', 'Trustno1']
PW_SAFE = ALNUM + '!*_.-~$'


def password(r):
    k = r.randrange(5)
    if k < 2:
        return r.choice(PW_WORDS) + str(r.randrange(1, 2025)) + r.choice(('!', '$', '*', '', '.', '_'))
    if k < 4:
        return pick_chars(r, PW_SAFE, r.randrange(12, 25))
    return r.choice(PW_WORDS).lower() + '-' + r.choice(PW_WORDS).lower() + '-' + str(r.randrange(10, 99))


def slack_token(r):
    return 'xoxb-%d-%d-%s' % (r.randrange(10**9, 10**12), r.randrange(10**11, 10**13), pick_chars(r, ALNUM, 24))


def stripe_key(r):
    if r.random() < 0.5:
        return 'sk_live_' + pick_chars(r, ALNUM, 24)
    return 'sk_live_51' + pick_chars(r, ALNUM, 97)


def _pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


def private_key(r):
    k = r.randrange(4)
    if k == 0:
        body = bytes.fromhex('308204a40201000282010100') + r.getrandbits(8 * 1180).to_bytes(1180, 'big')
        return _pem('RSA PRIVATE KEY', body)
    if k == 1:
        body = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100') + r.getrandbits(8 * 1180).to_bytes(1180, 'big')
        return _pem('PRIVATE KEY', body)
    if k == 2:
        body = (bytes.fromhex('30770201010420') + r.getrandbits(256).to_bytes(32, 'big') +
                bytes.fromhex('a00a06082a8648ce3d030107a14403420004') + r.getrandbits(512).to_bytes(64, 'big'))
        return _pem('EC PRIVATE KEY', body)
    body = b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519' + r.getrandbits(8 * 340).to_bytes(340, 'big')
    return _pem('OPENSSH PRIVATE KEY', body, 70)


GENERATORS = {
    'email': email,
    'phone': phone,
    'card': card,
    'ssn': ssn,
    'iban': iban,
    'ipv4_public': public_ipv4,
    'bearer_token': bearer_token,
    'jwt': jwt,
    'aws_key_id': aws_key_id,
    'aws_secret': aws_secret,
    'github_token': github_token,
    'password': password,
    'slack_token': slack_token,
    'stripe_key': stripe_key,
    'private_key': private_key,
}

KINDS = list(GENERATORS)


def make_value(r, kind, enc):
    v = GENERATORS[kind](r)
    if enc == 'json':
        v = v.replace('\n', '\\n')
    elif enc == 'sql':
        v = v.replace("'", "''")
    elif enc == 'indent':
        v = v.replace('\n', '\n    ')
    return v
