"""Validity checks for labelled values, written from the rules in
tests/corpus/documents/README.md and public format specifications
(Luhn / ISO 7812, Verhoeff, ISO 13616 IBAN, national id check digits).
Shared by generate.py (assertion at write time) and check_labels.py."""
import base64, binascii, datetime, html, json, math, re, urllib.parse

# ---------------------------------------------------------------- check digits
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

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(partial):
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}', s):
        return False
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(country, bban):
    n = ''.join(str(int(c, 36)) for c in (bban + country + '00'))
    return '%s%02d%s' % (country, 98 - int(n) % 97, bban)

def hetu_char(ddmmyyzzz):
    return '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(ddmmyyzzz) % 31]

def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return '0' if c == 10 else str(c)

def bsn_ok(d):
    if not re.fullmatch(r'\d{9}', d):
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0

_CF_ODD = {}
for _k, _v in zip('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  [1,0,5,7,9,13,15,17,19,21]*1 + [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]):
    _CF_ODD[_k] = _v

def cf_char(first15):
    s = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + s % 26)

DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'

# ---------------------------------------------------------------- helpers
def entropy(s):
    if not s:
        return 0.0
    f = {}
    for c in s:
        f[c] = f.get(c, 0) + 1
    return -sum(v / len(s) * math.log2(v / len(s)) for v in f.values())

PLACEHOLDER_MARKS = ['changeme', 'change_me', 'redacted', 'placeholder', 'your-', 'your_', '<', '>',
                     '${', '{{', 'xxxx', '****', 'example']
PLACEHOLDER_WORDS = ['password', 'passwd', 'secret', 'dummy', 'sample', 'filtered', 'todo', 'replace']

def looks_placeholder(v):
    lv = v.lower()
    if any(w in lv for w in PLACEHOLDER_MARKS) or len(set(v)) <= 2:
        return True
    # a dictionary word inside a long random string is chance, not a placeholder
    if len(v) < 24 or entropy(v) < 3.5:
        return any(w in lv for w in PLACEHOLDER_WORDS)
    return False

def decodings(v):
    """The label is the value as written in its file; try the carriers' escapes."""
    out = [v]
    try:
        out.append(urllib.parse.unquote_plus(v) if '+' in v and '%' in v else urllib.parse.unquote(v))
    except Exception:
        pass
    try:
        out.append(json.loads('"' + v + '"'))
    except Exception:
        pass
    out.append(html.unescape(v))
    out.append(v.replace("''", "'"))
    out.append(v.replace('\\\\', '\\').replace('\\n', '\n'))
    seen, res = set(), []
    for o in out:
        if o not in seen:
            seen.add(o); res.append(o)
    return res

RESERVED_DOMAINS = ('example.com', 'example.org', 'example.net')
RESERVED_TLDS = ('.test', '.invalid', '.example', '.localhost', '.local')

def email_ok(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)", v)
    if not m:
        return False
    dom = m.group(1).lower()
    if dom in RESERVED_DOMAINS or any(dom.endswith('.' + d) for d in RESERVED_DOMAINS):
        return False
    if dom == 'localhost' or any(dom.endswith(t) for t in RESERVED_TLDS):
        return False
    if re.search(r'\.(png|jpg|gif|svg|webp)$', dom):
        return False
    return True

def card_network(d):
    n = len(d)
    if d[0] == '4' and n in (13, 16, 19): return 'visa'
    if 51 <= int(d[:2]) <= 55 and n == 16: return 'mastercard'
    if 2221 <= int(d[:4]) <= 2720 and n == 16: return 'mastercard'
    if d[:2] in ('34', '37') and n == 15: return 'amex'
    if (d[:4] == '6011' or d[:2] == '65' or 644 <= int(d[:3]) <= 649) and n in (16, 19): return 'discover'
    if 3528 <= int(d[:4]) <= 3589 and n in (16, 17, 18, 19): return 'jcb'
    if (d[:2] in ('36', '38') or 300 <= int(d[:3]) <= 305) and n == 14: return 'diners'
    if d[:2] == '62' and 16 <= n <= 19: return 'unionpay'
    if d[:4] in ('5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763') and 12 <= n <= 19: return 'maestro'
    if d[:2] in ('60', '81', '82') and n == 16: return 'rupay'
    return None

CARD_TEST = {'4111111111111111', '4242424242424242', '4012888888881881', '5555555555554444',
             '5105105105105100', '378282246310005', '371449635398431', '6011111111111117',
             '6011000990139424', '3530111333300000', '3566002020360505', '30569309025904',
             '38520000023237', '4000056655665556', '5200828282828210', '2223003122003222',
             '4000002500003155', '4000000000003220', '6200000000000005', '4000000000000002',
             '4000000000009995', '4000000000000077', '5454545454545454', '4917610000000000',
             '4988438843884305', '6011601160116611', '4444333322221111', '4000000000000010'}

def card_ok(v):
    d = re.sub(r'[ -]', '', v)
    if not re.fullmatch(r'\d{12,19}', d):
        return False
    return luhn_ok(d) and card_network(d) is not None and d not in CARD_TEST

def ssn_ok(v):
    m = re.fullmatch(r'(\d{3})[- ]?(\d{2})[- ]?(\d{4})', v)
    if not m:
        return False
    a, g, s = m.groups()
    if a in ('000', '666') or a[0] == '9' or g == '00' or s == '0000':
        return False
    return a + g + s not in ('078051120', '219099999', '123456789', '111223333')

def phone_digits(v):
    return re.sub(r'\D', '', urllib.parse.unquote(v))

def phone_fictitious(v):
    d = phone_digits(v)
    intl = v.strip().startswith(('+', '%2B', '00'))
    if d.startswith('00'):
        d = d[2:]
    # NANP
    nanp = d[1:] if (len(d) == 11 and d[0] == '1') else (d if len(d) == 10 and not intl else None)
    if nanp and nanp[3:6] == '555' and 100 <= int(nanp[6:]) <= 199:
        return True
    uk = None
    if d.startswith('44'):
        uk = '0' + d[2:]
        if uk.startswith('00'):
            uk = uk[1:]
    elif d.startswith('0') and not intl:
        uk = d
    if uk:
        for p in ('020794600', '0207946', '07700900', '01632960', '01134960', '01144960', '01154960',
                  '01164960', '01174960', '01184960', '01214960', '01314960', '01414960',
                  '01514960', '01614960', '01914980', '02896496', '02920180', '03069990',
                  '08081570', '09098790'):
            if uk.startswith(p):
                return True
    au = None
    if d.startswith('61'):
        au = '0' + d[2:]
    elif d.startswith('0') and not intl:
        au = d
    if au and (au.startswith('049157') or au[2:6] in ('5550', '7010')):
        return True
    return False

def phone_ok(v):
    d = phone_digits(v)
    return 7 <= len(d) <= 15 and not phone_fictitious(v) and len(set(d)) > 2

def pnr_ok(v):
    m = re.fullmatch(r'(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})', v)
    if not m:
        return False
    cent, yy, mm, dd, sep, rest = m.groups()
    if not (1 <= int(mm) <= 12 and 1 <= int(dd) <= 31):
        return False
    year = int((cent or '19') + yy)
    try:
        datetime.date(year, int(mm), int(dd))
    except ValueError:
        return False
    return luhn_ok(yy + mm + dd + rest)

def hetu_ok(v):
    m = re.fullmatch(r'(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])', v)
    if not m:
        return False
    dd, mm, yy, c, zzz, q = m.groups()
    if not (1 <= int(mm) <= 12 and 1 <= int(dd) <= 31) or not (2 <= int(zzz) <= 899):
        return False
    return hetu_char(dd + mm + yy + zzz) == q

def steuer_ok(v):
    d = re.sub(r'\s', '', v)
    if not re.fullmatch(r'[1-9]\d{10}', d):
        return False
    counts = [d[:10].count(c) for c in set(d[:10])]
    if not (max(counts) in (2, 3) and counts.count(max(counts)) == 1):
        return False
    return steuer_check(d[:10]) == d[10]

def nir_ok(v):
    d = re.sub(r'\s', '', v)
    if not re.fullmatch(r'[12]\d{14}', d):
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])

def dni_ok(v):
    m = re.fullmatch(r'([XYZ]?)(\d{7,8})-?([A-Z])', v)
    if not m:
        return False
    p, n, l = m.groups()
    num = int(str('XYZ'.index(p)) + n) if p else int(n)
    return DNI_LETTERS[num % 23] == l

def cf_ok(v):
    if not re.fullmatch(r'[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]', v):
        return False
    return cf_char(v[:15]) == v[15]

def nino_ok(v):
    d = v.replace(' ', '')
    m = re.fullmatch(r'([A-Z])([A-Z])\d{6}[A-D]', d)
    if not m:
        return False
    a, b = m.groups()
    if a in 'DFIQUV' or b in 'DFIOQUV' or a + b in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
        return False
    return True

def aadhaar_ok(v):
    d = re.sub(r'[ -]', '', v)
    return bool(re.fullmatch(r'[2-9]\d{11}', d)) and verhoeff_ok(d)

def ipv4_public(v):
    m = re.fullmatch(r'(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})', v)
    if not m:
        return False
    a, b, c, d = (int(x) for x in m.groups())
    if max(a, b, c, d) > 255 or a in (0, 10, 127) or a >= 224:
        return False
    if (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254):
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or (a == 100 and 64 <= b <= 127):
        return False
    if a == 198 and b in (18, 19):
        return False
    return True

def ipv6_public(v):
    import ipaddress
    try:
        ip = ipaddress.IPv6Address(v)
    except ValueError:
        return False
    if ip in ipaddress.IPv6Network('2001:db8::/32'):
        return False
    return ip.is_global

def b64_userpass(v):
    try:
        raw = base64.b64decode(v, validate=True).decode('utf-8')
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    return ':' in raw and len(raw.split(':', 1)[1]) >= 4

def jwt_ok(v):
    parts = v.split('.')
    if len(parts) != 3 or not v.startswith('eyJ') or not parts[2]:
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + '=' * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + '=' * (-len(parts[1]) % 4)))
    except Exception:
        return False
    if str(hdr.get('alg', '')).lower() == 'none':
        return False
    return v != ('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')

def pem_private_ok(v):
    v2 = v.replace('\\n', '\n').replace('\\r', '')
    m = re.fullmatch(r'-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(.*?)-----END \1-----', v2, re.S)
    if not m:
        return False
    body = re.sub(r'^[A-Za-z-]+: .*$', '', m.group(2), flags=re.M)
    body = re.sub(r'\s', '', body)
    return len(body) >= 100 and len(set(body)) > 20

def date_ok(v):
    return bool(re.search(r'\d', v)) and len(v) <= 40

def passport_ok(v):
    return bool(re.fullmatch(r'[A-Z0-9]{6,9}', v.replace(' ', ''))) and any(c.isdigit() for c in v)

def not_placeholder(v, minlen=6):
    return len(v) >= minlen and not looks_placeholder(v)

def generic_ok(v):
    return len(v) >= 16 and entropy(v) >= 3.0 and not looks_placeholder(v)

CHECKS = {
    'email': email_ok,
    'credit-card': card_ok,
    'us-ssn': ssn_ok,
    'phone': phone_ok,
    'iban': lambda v: iban_ok(v) and v.replace(' ', '') not in ('GB82WEST12345698765432', 'DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'),
    'aws-access-key-id': lambda v: bool(re.fullmatch(r'(AKIA|ASIA)[A-Z2-7]{16}', v)) and not v.endswith('EXAMPLE'),
    'aws-secret-key': lambda v: bool(re.fullmatch(r'[A-Za-z0-9/+]{40}', v)) and 'EXAMPLE' not in v,
    'github-token': lambda v: bool(re.fullmatch(r'gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}', v)),
    'gitlab-token': lambda v: bool(re.fullmatch(r'(glpat|gldt|glrt|glptt|glsoat|glcbt|glffct|gloas)-[A-Za-z0-9_.-]{20,}', v)),
    'slack-token': lambda v: bool(re.fullmatch(r'(xox[bpars]-|xapp-|xoxe[.-])[A-Za-z0-9-]{20,}', v)),
    'slack-webhook': lambda v: bool(re.fullmatch(r'https?://hooks\.slack\.com/(services|workflows|triggers)/T[A-Z0-9]{8,}/[A-Z0-9/]+[A-Za-z0-9]{20,}', v)) and 'XXXX' not in v and 'T00000000' not in v,
    'stripe-key': lambda v: bool(re.fullmatch(r'[sr]k_live_[A-Za-z0-9]{20,}', v)),
    'google-api-key': lambda v: bool(re.fullmatch(r'AIza[A-Za-z0-9_-]{35}', v)),
    'openai-key': lambda v: bool(re.fullmatch(r'sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}', v)) and not v.startswith('sk-ant-'),
    'anthropic-key': lambda v: bool(re.fullmatch(r'sk-ant-(api03|admin01)-[A-Za-z0-9_-]{80,}', v)),
    'jwt': jwt_ok,
    'private-key': pem_private_ok,
    'url-credentials': lambda v: not_placeholder(v, 4) and v.lower() not in ('pass', 'password', 'pwd'),
    'basic-auth': lambda v: b64_userpass(v) and v != 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    'bearer-token': lambda v: len(v) >= 16 and not looks_placeholder(v),
    'password': lambda v: not_placeholder(v, 6),
    'generic-secret': generic_ok,
    'azure-storage-key': lambda v: bool(re.fullmatch(r'[A-Za-z0-9+/]{86}==', v)) or len(v) >= 40,
    'npm-token': lambda v: bool(re.fullmatch(r'npm_[A-Za-z0-9]{36}', v)),
    'pypi-token': lambda v: v.startswith('pypi-AgEIcHlwaS5vcmc') and len(v) > 80,
    'huggingface-token': lambda v: bool(re.fullmatch(r'hf_[A-Za-z]{34}', v)),
    'sendgrid-key': lambda v: bool(re.fullmatch(r'SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}', v)),
    'twilio-key': lambda v: bool(re.fullmatch(r'SK[0-9a-f]{32}|[0-9a-f]{32}', v)),
    'shopify-token': lambda v: bool(re.fullmatch(r'shp(at|ca|pa|ss)_[0-9a-fA-F]{32}', v)),
    'datadog-key': lambda v: bool(re.fullmatch(r'[0-9a-f]{32}|[0-9a-f]{40}', v)),
    'docker-auth': b64_userpass,
    'mailgun-key': lambda v: bool(re.fullmatch(r'key-[0-9a-f]{32}', v)),
    'ipv4': ipv4_public,
    'ipv6': ipv6_public,
    'date-of-birth': date_ok,
    'passport': passport_ok,
    'uk-nino': nino_ok,
    'nl-bsn': lambda v: bsn_ok(v.replace('.', '').replace(' ', '')),
    'se-personnummer': pnr_ok,
    'fi-hetu': hetu_ok,
    'de-steuer-id': steuer_ok,
    'fr-nir': nir_ok,
    'es-dni': dni_ok,
    'it-codice-fiscale': cf_ok,
    'in-aadhaar': aadhaar_ok,
}

def valid(cat, value):
    """True when the value (as written, or once a carrier escape is undone) is valid
    under every category of an `a|b` label."""
    for c in cat.split('|'):
        fn = CHECKS.get(c)
        if fn is None:
            return False, 'unknown category ' + c
        if not any(fn(d) for d in decodings(value)):
            return False, 'not a valid ' + c
    return True, ''
