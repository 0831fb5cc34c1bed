#!/usr/bin/env python3
"""Self-check of the dev3 corpus (stdlib only).

* labels.tsv format: UTF-8, LF, header, 3 columns, only the escapes \\\\ \\n \\r \\t
* every labelled value occurs in its file; the category is known
* checksum / range check of every value whose category has one
* no two labelled values of a file overlap partially (one inside another)
* a scan for unlabelled values that pass a check (reported as warnings)
* counts per category (focus categories must reach 60)

Exit status 1 on any error.  Implemented independently of generate.py.
"""
import collections
import datetime
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN = set('''email credit-card us-ssn phone iban aws-access-key-id aws-secret-key github-token gitlab-token
slack-token slack-webhook stripe-key google-api-key openai-key anthropic-key jwt private-key url-credentials
basic-auth bearer-token password generic-secret azure-storage-key npm-token pypi-token huggingface-token
sendgrid-key twilio-key shopify-token datadog-key docker-auth mailgun-key ipv4 ipv6 date-of-birth passport
uk-nino nl-bsn se-personnummer fi-hetu de-steuer-id fr-nir es-dni it-codice-fiscale in-aadhaar'''.split())
FOCUS = ['in-aadhaar', 'se-personnummer', 'de-steuer-id', 'nl-bsn', 'date-of-birth', 'phone', 'us-ssn',
         'credit-card', 'fi-hetu', 'passport', 'uk-nino', 'iban']

# ---------------------------------------------------------------- checks
_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_PERM = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]  # permutation applied once per position


def _p(pos, digit):
    for _ in range(pos % 8):
        digit = _P1[digit]
    return digit


def verhoeff(num):
    c = 0
    for i, ch in enumerate(num[::-1]):
        c = _D[c][_p(i, int(ch))]
    return c == 0


def luhn(num):
    s = 0
    for i, ch in enumerate(num[::-1]):
        v = int(ch) * (1 + i % 2)
        s += v // 10 + v % 10
    return s % 10 == 0


def digits(s):
    return re.sub(r'\D', '', s)


def decode(v):
    v = v.replace('\\/', '/')
    if '%' in v:
        v = urllib.parse.unquote_plus(v)
    return v


def ok_aadhaar(v):
    v = decode(v)
    if not re.fullmatch(r'\d{4}([ \-+]?)\d{4}\1\d{4}', v):
        return False
    d = digits(v)
    return d[0] not in '01' and verhoeff(d)


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def ok_pnr(v):
    v = decode(v)
    m = re.fullmatch(r'(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)', v)
    if not m:
        return False
    cent, yy, mm, dd, sep, nnn, c = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    year = int((cent or '19') + yy)
    if cent is None and not (_date_ok(1900 + int(yy), int(mm), day) or _date_ok(2000 + int(yy), int(mm), day)):
        return False
    if cent is not None and (cent not in ('18', '19', '20') or not _date_ok(year, int(mm), day) or sep == '+'):
        return False
    ten = yy + mm + dd + nnn + c
    return luhn(ten) and nnn != '000'


def ok_steuer(v):
    d = digits(decode(v))
    if len(d) != 11 or d[0] == '0':
        return False
    cnt = collections.Counter(d[:10])
    reps = [k for k, n in cnt.items() if n > 1]
    if len(reps) != 1 or cnt[reps[0]] not in (2, 3):
        return False
    if cnt[reps[0]] == 3 and reps[0] * 3 in d[:10]:
        return False
    prod = 10
    for ch in d[:10]:
        s = (int(ch) + prod) % 10 or 10
        prod = 2 * s % 11
    chk = (11 - prod) % 10
    return chk == int(d[10])


def ok_bsn(v):
    d = digits(decode(v))
    if len(d) != 9:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def ok_hetu(v):
    m = re.fullmatch(r'(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])', v)
    if not m:
        return False
    dd, mm, yy, sign, zzz, c = m.groups()
    base = {'+': 1800, '-': 1900, 'U': 1900, 'V': 1900, 'W': 1900, 'X': 1900, 'Y': 1900}.get(sign, 2000)
    if not _date_ok(base + int(yy), int(mm), int(dd)):
        return False
    if not (2 <= int(zzz) <= 899):
        return False
    return '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(dd + mm + yy + zzz) % 31] == c


def ok_ssn(v):
    v = decode(v).replace('+', ' ')
    if not re.fullmatch(r'\d{3}([- ]?)\d{2}\1\d{4}', v):
        return False
    d = digits(v)
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
        return False
    return d not in ('078051120', '219099999', '123456789', '111223333')


def ok_nino(v):
    v = decode(v).replace('+', '').replace(' ', '')
    m = re.fullmatch(r'([A-Z])([A-Z])\d{6}[A-D]', v)
    if not m:
        return False
    a, b = m.groups()
    if a in 'DFIQUV' or b in 'DFIQUVO':
        return False
    return a + b not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'OO', 'CR', 'FY', 'MW', 'NC', 'PP', 'PY', 'PZ')


TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '5105105105105100', '4000056655665556',
              '378282246310005', '371449635398431', '6011111111111117', '3566002020360505', '4012888888881881',
              '2223003122003222', '6200000000000005', '30569309025904', '4000000000000002', '5200828282828210',
              '3056930009020004'}


def card_network(d):
    n = len(d)
    if d[0] == '4' and n in (13, 16, 19):
        return 'visa'
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return 'mastercard'
    if n == 15 and d[:2] in ('34', '37'):
        return 'amex'
    if n in (16, 19) and (d[:4] == '6011' or d[:2] == '65' or 644 <= int(d[:3]) <= 649):
        return 'discover'
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589:
        return 'jcb'
    if 16 <= n <= 19 and d[:2] == '62':
        return 'unionpay'
    if n == 14 and (d[:2] in ('36', '38', '39') or 300 <= int(d[:3]) <= 305):
        return 'diners'
    if n == 15 and d[0] == '1':
        return 'uatp'
    if 12 <= n <= 19 and (d[:2] in ('50', '56', '57', '58', '63', '67') or d[:4] in ('6759', '6761', '6763', '6304')):
        return 'maestro'
    if n == 16 and d[:2] in ('60', '65', '81', '82') or d[:3] == '508':
        return 'rupay'
    return None


def ok_card(v):
    v = decode(v)
    if not re.fullmatch(r'\d+(?:[ \-]\d+)*', v):
        return False
    d = digits(v)
    return 12 <= len(d) <= 19 and luhn(d) and card_network(d) is not None and d not in TEST_CARDS


IBAN_LEN = {'DE': 22, 'NL': 18, 'SE': 24, 'GB': 22, 'FI': 18, 'BE': 16, 'FR': 27, 'ES': 24, 'AT': 20, 'IE': 22,
            'CH': 21, 'IT': 27, 'DK': 18, 'NO': 15, 'PL': 28}
DOC_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300', 'FR1420041010050500013M02606',
             'GB29NWBK60161331926819', 'SE4550000000058398257466', 'FI2112345600000785'}


def ok_iban(v):
    s = decode(v).replace('+', '').replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s) or IBAN_LEN.get(s[:2]) != len(s) or s in DOC_IBANS:
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


MON = {}
for lang, names in {
    'en': 'january february march april may june july august september october november december',
    'de': 'januar februar märz april mai juni juli august september oktober november dezember',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta '
          'lokakuuta marraskuuta joulukuuta',
}.items():
    for i, n in enumerate(names.split()):
        MON.setdefault(n, i + 1)
        MON.setdefault(n[:3], i + 1)


def parse_dob(v):
    s = decode(v).replace('+', ' ').strip()
    s2 = s.lower().replace(',', ' ').replace(' de ', ' ')
    y = m = d = None
    for rx, order in [(r'(\d{4})-(\d{2})-(\d{2})', 'ymd'), (r'(\d{4})[/.](\d{2})[/.](\d{2})', 'ymd'),
                      (r'(\d{4})(\d{2})(\d{2})', 'ymd'), (r'(\d{1,2})[./-](\d{1,2})[./-](\d{4})', 'dmy?'),
                      (r'(\d{1,2})[./-](\d{1,2})[./-](\d{2})', 'dmy?')]:
        mt = re.fullmatch(rx, s)
        if mt:
            a, b, c = (int(x) for x in mt.groups())
            if order == 'ymd':
                y, m, d = a, b, c
            else:
                y = c if c > 99 else (1900 + c if c > 10 else 2000 + c)
                if b > 12:
                    m, d = a, b
                else:
                    d, m = a, b
            break
    if y is None:
        toks = re.findall(r'[a-zäéû]+|\d+', s2)
        nums = [int(t) for t in toks if t.isdigit()]
        words = [t for t in toks if not t.isdigit()]
        ms = [MON[w] for w in words if w in MON or w.rstrip('.') in MON]
        if len(ms) == 1 and len(nums) >= 2:
            m = ms[0]
            ys = [n for n in nums if n > 31]
            ds = [n for n in nums if n <= 31]
            if ys and ds:
                y, d = ys[0], ds[0]
                if y < 100:
                    y += 1900
        elif len(ms) == 1:
            mt = re.fullmatch(r'(\d+)(?:st|nd|rd|th|er)?', toks[0]) if toks else None
    if y is None:
        mt = re.fullmatch(r'(\d{1,2})(?:st|nd|rd|th) ([a-z]+) (\d{4})', s2)
        if mt and mt.group(2) in MON:
            y, m, d = int(mt.group(3)), MON[mt.group(2)], int(mt.group(1))
        mt = re.fullmatch(r'(\d{1,2})er ([a-zéû]+) (\d{4})', s2)
        if mt and mt.group(2) in MON:
            y, m, d = int(mt.group(3)), MON[mt.group(2)], int(mt.group(1))
    if y is None or not _date_ok(y, m, d):
        return None
    return datetime.date(y, m, d)


def ok_dob(v):
    dt = parse_dob(v)
    return dt is not None and 1900 <= dt.year <= 2012


FICT = [r'555-?01\d\d$', r'5550(1\d\d)$', r'2079460\d{3}$', r'7700900\d{3}$', r'1632960\d{3}$',
        r'^(?:0|44)1(?:1[3-8]|21|31|41|51|61|91)4960\d{3}$',
        r'491570\d{3}$', r'3023125\d{3}$', r'6990009\d{3}$', r'4066969\d{3}$', r'2214710\d{3}$', r'8999998\d{3}$',
        r'15228817386$', r'701740(6\d\d)$']


def ok_phone(v):
    s = decode(v)
    if not re.fullmatch(r'[+0-9()./ \-]+', s):
        return False
    d = digits(s)
    if not (7 <= len(d) <= 15):
        return False
    return not any(re.search(rx, d) for rx in FICT)


def ok_passport(v):
    return re.fullmatch(r'[A-Z0-9]{6,10}', decode(v)) is not None


DOC_EXAMPLES = {'131052-308T', '311280-999J'}
RESERVED = ('example.com', 'example.org', 'example.net', '.example', '.test', '.invalid', 'localhost')


def ok_email(v):
    m = re.fullmatch(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+\.)+[A-Za-z]{2,}', v)
    return bool(m) and not v.lower().endswith(RESERVED)


CHECKS = {'in-aadhaar': ok_aadhaar, 'se-personnummer': ok_pnr, 'de-steuer-id': ok_steuer, 'nl-bsn': ok_bsn,
          'fi-hetu': ok_hetu, 'us-ssn': ok_ssn, 'uk-nino': ok_nino, 'credit-card': ok_card, 'iban': ok_iban,
          'date-of-birth': ok_dob, 'phone': ok_phone, 'passport': ok_passport, 'email': ok_email}


# ---------------------------------------------------------------- tsv
def unescape(field, errs, where):
    out, i = [], 0
    while i < len(field):
        ch = field[i]
        if ch == '\\':
            nxt = field[i + 1:i + 2]
            if nxt not in ('\\', 'n', 'r', 't'):
                errs.append('%s: bad escape \\%s' % (where, nxt))
                return None
            out.append({'\\': '\\', 'n': '\n', 'r': '\r', 't': '\t'}[nxt])
            i += 2
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def occurrences(hay, needle):
    res, start = [], 0
    while True:
        k = hay.find(needle, start)
        if k < 0:
            return res
        res.append((k, k + len(needle)))
        start = k + 1


def scan_unlabelled(text, spans):
    """candidate sensitive values not covered by any labelled span"""
    warn = []

    def covered(a, b):
        return any(x < b and a < y for x, y in spans)
    for m in re.finditer(r'(?<![\w.\-/])\d(?:[ \-]?\d){8,18}(?![\w])', text):
        d = digits(m.group())
        hit = None
        if len(d) == 12 and d[0] not in '01' and verhoeff(d):
            hit = 'in-aadhaar'
        elif 12 <= len(d) <= 19 and luhn(d) and card_network(d) and d not in TEST_CARDS:
            hit = 'credit-card'
        elif len(d) == 11 and ok_steuer(d):
            hit = 'de-steuer-id'
        elif len(d) in (10, 12) and ok_pnr(d):
            hit = 'se-personnummer'
        if hit and not covered(*m.span()):
            warn.append((hit, m.group()))
    for m in re.finditer(r'(?<![\w])\d{6}[-+]\d{4}(?!\w)', text):
        if ok_pnr(m.group()) and not covered(*m.span()):
            warn.append(('se-personnummer', m.group()))
    for m in re.finditer(r'(?<![\w])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?!\w)', text):
        if ok_hetu(m.group()) and m.group() not in DOC_EXAMPLES and not covered(*m.span()):
            warn.append(('fi-hetu', m.group()))
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b', text):
        if ok_iban(m.group()) and not covered(*m.span()):
            warn.append(('iban', m.group()))
    for m in re.finditer(r'(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])', text):
        if ok_ssn(m.group()) and not covered(*m.span()):
            warn.append(('us-ssn', m.group()))
    for m in re.finditer(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+', text):
        if ok_email(m.group()) and not covered(*m.span()):
            warn.append(('email', m.group()))
    return warn


def main():
    errs, warns = [], []
    raw = open(os.path.join(HERE, 'labels.tsv'), 'rb').read()
    if b'\r' in raw:
        errs.append('labels.tsv contains CR')
    text = raw.decode('utf-8')
    lines = text.split('\n')
    if lines[-1] != '':
        errs.append('labels.tsv does not end with LF')
    lines = lines[:-1]
    if lines[0] != 'file\tcategory\tvalue':
        errs.append('bad header %r' % lines[0])
    per_file = collections.defaultdict(list)
    counts = collections.Counter()
    seen = set()
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != 3:
            errs.append('line %d: %d columns' % (n, len(cols)))
            continue
        f, cat, val = cols
        val = unescape(val, errs, 'line %d' % n)
        if val is None:
            continue
        if (f, cat, val) in seen:
            errs.append('line %d: duplicate label' % n)
        seen.add((f, cat, val))
        cats = cat.split('|')
        for c in cats:
            if c not in KNOWN:
                errs.append('line %d: unknown category %s' % (n, c))
        path = os.path.join(HERE, f)
        if not os.path.isfile(path):
            errs.append('line %d: missing file %s' % (n, f))
            continue
        for c in cats:
            chk = CHECKS.get(c)
            if chk and not chk(val):
                errs.append('line %d: %s value fails check: %r (%s)' % (n, c, val, f))
        counts[cats[0]] += 1
        per_file[f].append((cat, val))
    # value uniqueness across the set (normalised), except org e-mail
    norm = collections.defaultdict(set)
    for f, labs in per_file.items():
        for cat, val in labs:
            key = (cat, re.sub(r'[^0-9A-Za-z]', '', decode(val)).upper())
            if cat in ('date-of-birth',):
                dt = parse_dob(val)
                key = (cat, dt.isoformat() if dt else val)
            norm[key].add(f)
    for key, files in sorted(norm.items()):
        if len(files) > 1:
            warns.append('value used in %d files: %s %s' % (len(files), key[0], key[1]))
    multi = 0
    for f, labs in sorted(per_file.items()):
        data = open(os.path.join(HERE, f), 'rb').read().decode('utf-8')
        spans = []
        for cat, val in labs:
            occ = occurrences(data, val)
            if not occ:
                errs.append('%s: value not found: %s %r' % (f, cat, val))
            if len(occ) > 1 and cat == 'date-of-birth':
                multi += 1
            for x, y in occ:
                before, after = data[x - 1:x], data[y:y + 1]
                if (before.isalnum() and val[0].isalnum()) or (after.isalnum() and val[-1].isalnum()):
                    warns.append('%s: %s %r glued to %r/%r' % (f, cat, val, before, after))
            spans += [(a, b, cat, val) for a, b in occ]
        for i, (a, b, c1, v1) in enumerate(spans):
            for (x, y, c2, v2) in spans[i + 1:]:
                if v1 != v2 and a < y and x < b:
                    errs.append('%s: overlapping labels %s %r / %s %r' % (f, c1, v1, c2, v2))
        for hit, v in scan_unlabelled(data, [(a, b) for a, b, _, _ in spans]):
            warns.append('%s: unlabelled candidate %s %r' % (f, hit, v))
    # every document should be a real file under a carrier folder
    ndocs = 0
    for root, _, files in os.walk(HERE):
        rel = os.path.relpath(root, HERE)
        if rel == '.' or rel.startswith('__'):
            continue
        ndocs += len(files)
    print('documents: %d, labelled files: %d, labels: %d' % (ndocs, len(per_file), sum(counts.values())))
    for c in sorted(counts):
        flag = '' if c not in FOCUS or counts[c] >= 60 else '   <-- below 60'
        print('  %-16s %5d%s' % (c, counts[c], flag))
        if flag:
            errs.append('category %s has only %d labels' % (c, counts[c]))
    for c in FOCUS:
        if c not in counts:
            errs.append('focus category %s missing' % c)
    print('date-of-birth values occurring more than once in their file: %d' % multi)
    for w in warns:
        print('WARN', w)
    for e in errs:
        print('ERROR', e)
    print('%d errors, %d warnings' % (len(errs), len(warns)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
