#!/usr/bin/env python3
"""Deterministic generator of the dev3 labelled document corpus.

Python 3 standard library only.  Fixed seed: two runs write identical bytes.
Every real value is generated here with valid check digits / ranges and is
unique across the whole set; look-alikes (masked, invalid, fictitious,
documentation examples, other identifiers) are written unlabelled beside them.

Usage:  python3 generate.py        (writes next to this file)
"""
import datetime
import json
import os
import random
import shutil
import urllib.parse

SEED = 32024061
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# check-digit algorithms
# --------------------------------------------------------------------------
VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for d in '0123456789':
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return '0' if c == 10 else str(c)


def steuer_struct_ok(d10):
    if d10[0] == '0':
        return False
    counts = [d10.count(c) for c in '0123456789']
    multi = [c for c in counts if c > 1]
    if len(multi) != 1:
        return False
    if multi[0] == 2:
        return True
    if multi[0] == 3:
        for i in range(8):
            if d10[i] == d10[i + 1] == d10[i + 2]:
                return False
        return True
    return False


def steuer_ok(d11):
    return len(d11) == 11 and d11.isdigit() and steuer_struct_ok(d11[:10]) and steuer_check(d11[:10]) == d11[10]


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0


HETU_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY'


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    return '%02d' % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr10_ok(s):
    if len(s) != 10 or not s.isdigit():
        return False
    m, d = int(s[2:4]), int(s[4:6])
    if d > 60:
        d -= 60
    if not (valid_date(2000 + int(s[:2]), m, d) or valid_date(1900 + int(s[:2]), m, d)):
        return False
    return luhn_ok(s)


def pnr12_ok(s):
    return len(s) == 12 and s[:2] in ('18', '19', '20') and pnr10_ok(s[2:])


def cardish(s):
    n = len(s)
    if not (12 <= n <= 19) or not luhn_ok(s):
        return False
    if s[0] == '1':
        return n == 15
    return s[0] in '23456'


def looks_sensitive(digits):
    """True when a digit string passes a check of a digit-only category."""
    n = len(digits)
    if n == 12 and digits[0] in '23456789' and verhoeff_ok(digits):
        return True
    if cardish(digits):
        return True
    if n == 10 and pnr10_ok(digits):
        return True
    if n == 12 and pnr12_ok(digits):
        return True
    if n == 11 and steuer_ok(digits):
        return True
    if n == 9 and bsn_ok(digits):
        return True
    return False


def digits_of(s):
    return ''.join(ch for ch in s if ch.isdigit())


# --------------------------------------------------------------------------
# uniqueness registry
# --------------------------------------------------------------------------
USED = {}


def unique(gen, key=None):
    for _ in range(10000):
        v = gen()
        k = key(v) if key else v
        if k not in USED:
            USED[k] = True
            return v
    raise RuntimeError('could not make a unique value')


def rd(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def clean_digits(n, first='123456789'):
    """random digit id that does not pass any validator"""
    def g():
        while True:
            s = R.choice(first) + rd(n - 1)
            if not looks_sensitive(s):
                return s
    return unique(g)


# --------------------------------------------------------------------------
# real values
# --------------------------------------------------------------------------
def gen_aadhaar():
    def g():
        while True:
            base = R.choice('23456789') + rd(10)
            full = base + verhoeff_digit(base)
            if not cardish(full) and not pnr12_ok(full):
                return full
    return unique(g)


def gen_pnr(dob, samord=False):
    def g():
        while True:
            serial = '%03d' % R.randint(1, 979)
            day = dob.day + (60 if samord else 0)
            base = '%02d%02d%02d%s' % (dob.year % 100, dob.month, day, serial)
            full = base + luhn_digit_pnr(base)
            d12 = ('%04d' % dob.year)[:2] + full
            if not (d12[0] in '23456789' and verhoeff_ok(d12)) and not cardish(d12):
                return full
    return unique(g)


def luhn_digit_pnr(base9):
    total = 0
    for i, ch in enumerate(base9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def gen_steuer():
    def g():
        while True:
            digits = list('0123456789')
            R.shuffle(digits)
            if R.random() < 0.8:
                ten = digits[:9]
                ten.insert(R.randint(0, 9), R.choice(ten))
            else:
                ten = digits[:8]
                rep = R.choice(ten)
                for _ in range(2):
                    ten.insert(R.randint(0, len(ten)), rep)
            d10 = ''.join(ten)
            if not steuer_struct_ok(d10):
                continue
            return d10 + steuer_check(d10)
    return unique(g)


def gen_bsn():
    def g():
        while True:
            s = R.choice('123456') + rd(7)
            t = sum(int(s[i]) * (9 - i) for i in range(8)) % 11
            if t == 10:
                continue
            full = s + str(t)
            if bsn_ok(full) and full != '123456782':
                return full
    return unique(g)


def gen_hetu(dob):
    def g():
        y = dob.year
        if y < 1900:
            sign = '+'
        elif y < 2000:
            sign = R.choice('------------YXWVU')
        else:
            sign = R.choice('AAAAAAAAABCDEF')
        zzz = '%03d' % R.randint(2, 899)
        ddmmyy = '%02d%02d%02d' % (dob.day, dob.month, y % 100)
        return ddmmyy + sign + zzz + HETU_CHARS[int(ddmmyy + zzz) % 31]
    return unique(g)


SSN_BAD = {'078051120', '219099999', '123456789', '111223333'}


def gen_ssn():
    def g():
        while True:
            area = R.randint(1, 899)
            if area == 666:
                continue
            s = '%03d%02d%04d' % (area, R.randint(1, 99), R.randint(1, 9999))
            if s in SSN_BAD or bsn_ok(s):
                continue
            return s
    return unique(g)


NINO_A = 'ABCEGHJKLMNPRSTWXYZ'
NINO_B = 'ABCEGHJKLMNPRSTWXYZ'
NINO_BAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'OO', 'CR', 'FY', 'MW', 'NC', 'PP', 'PY', 'PZ'}


def gen_nino():
    def g():
        while True:
            p = R.choice(NINO_A) + R.choice(NINO_B)
            if p in NINO_BAD:
                continue
            return p + rd(6) + R.choice('ABCD')
    return unique(g)


IBAN_SPECS = {
    'DE': lambda: rd(8) + rd(10),
    'NL': lambda: R.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB', 'ASNB', 'BUNQ']) + rd(10),
    'SE': lambda: R.choice(['500', '600', '800', '300', '120', '954']) + rd(17),
    'GB': lambda: R.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA']) + rd(6) + rd(8),
    'FI': lambda: R.choice(['1', '2', '5', '8']) + rd(13),
    'BE': None,
    'FR': None,
    'ES': None,
    'AT': lambda: R.choice(['12000', '20111', '32000', '14000']) + rd(11),
    'IE': lambda: R.choice(['AIBK', 'BOFI', 'IPBS']) + rd(6) + rd(8),
    'CH': lambda: R.choice(['00762', '00235', '08390']) + rd(12),
}


def bban_be():
    first = rd(10)
    chk = int(first) % 97 or 97
    return first + '%02d' % chk


def bban_fr():
    bank, branch, acct = rd(5), rd(5), rd(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + '%02d' % key


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    v = 11 - sum(int(a) * b for a, b in zip(ten, ES_W)) % 11
    return {11: 0, 10: 1}.get(v, v)


def bban_es():
    bank, branch, acct = R.choice(['2100', '0049', '0182', '2038', '0081']), rd(4), rd(10)
    dc = '%d%d' % (es_dc('00' + bank + branch), es_dc(acct))
    return bank + branch + dc + acct


def gen_iban(cc):
    def g():
        if cc == 'BE':
            bban = bban_be()
        elif cc == 'FR':
            bban = bban_fr()
        elif cc == 'ES':
            bban = bban_es()
        else:
            bban = IBAN_SPECS[cc]()
        return cc + iban_check(cc, bban) + bban
    return unique(g)


def fmt_iban(iban, style='print'):
    if style == 'elec':
        return iban
    if style == 'lower':
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


CARD_NETS = ['visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'unionpay', 'maestro', 'diners', 'uatp', 'visa19', 'rupay']


def gen_card(net):
    def g():
        while True:
            if net == 'visa':
                pre, n = '4' + R.choice('0123456789'), 16
            elif net == 'visa19':
                pre, n = '4' + R.choice('0123456789'), 19
            elif net == 'mc':
                pre, n = str(R.randint(51, 55)), 16
            elif net == 'mc2':
                pre, n = str(R.randint(2221, 2720)), 16
            elif net == 'amex':
                pre, n = R.choice(['34', '37']), 15
            elif net == 'discover':
                pre, n = R.choice(['6011', str(R.randint(644, 649)), '65']), R.choice([16, 16, 16, 19])
            elif net == 'jcb':
                pre, n = str(R.randint(3528, 3589)), 16
            elif net == 'unionpay':
                pre, n = R.choice(['6212', '6228', '6250', '6221', '6282']), R.choice([16, 17, 18, 19])
            elif net == 'maestro':
                pre, n = R.choice(['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6763']), R.choice([12, 13, 16, 18, 19])
            elif net == 'diners':
                pre, n = R.choice(['36', '300', '301', '305', '38']), 14
            elif net == 'uatp':
                pre, n = '1' + R.choice('0123456789'), 15
            elif net == 'rupay':
                pre, n = R.choice(['6070', '6080', '6521', '6522', '5085']), 16
            body = pre + rd(n - len(pre) - 1)
            full = body + luhn_digit(body)
            if n == 12 and verhoeff_ok(full):
                continue
            if full in TEST_CARDS_DIGITS:
                continue
            return full
    return unique(g)


def card_groups(num):
    n = len(num)
    if n == 15 and num[0] == '3':
        return [4, 6, 5]
    if n == 15 and num[0] == '1':
        return [4, 5, 6]
    if n == 14:
        return [4, 6, 4]
    return {12: [4, 4, 4], 13: [4, 4, 5], 16: [4, 4, 4, 4], 17: [4, 4, 4, 5], 18: [4, 4, 4, 4, 2], 19: [4, 4, 4, 4, 3]}[n]


def fmt_card(num, style='sp'):
    if style == 'plain':
        return num
    parts, i = [], 0
    for g in card_groups(num):
        parts.append(num[i:i + g])
        i += g
    return (' ' if style == 'sp' else '-').join(parts)


TEST_CARDS = ['4111 1111 1111 1111', '4242 4242 4242 4242', '5555 5555 5555 4444', '5105105105105100',
              '4000 0566 5566 5556', '3782 822463 10005', '6011 1111 1111 1117', '3566 0020 2036 0505',
              '4012888888881881', '2223 0031 2200 3222', '6200 0000 0000 0005', '3056 9300 0902 0004',
              '4000 0000 0000 0002', '5200 8282 8282 8210', '371449635398431']
TEST_CARDS_DIGITS = set(digits_of(t) for t in TEST_CARDS)

# passports --------------------------------------------------------------
DE_PASS = 'CFGHJKLMNPRTVWXYZ0123456789'


def gen_passport(cc):
    def g():
        if cc == 'DE':
            s = R.choice('CFGHJK') + ''.join(R.choice(DE_PASS) for _ in range(8))
            return s if sum(c.isdigit() for c in s) >= 3 else 'C' + rd(8)
        if cc == 'IN':
            return R.choice('ABCDEFGHJKLMNPRSTUVWZ') + R.choice('123456789') + rd(6)
        if cc == 'US':
            return R.choice(['5', '6', '4']) + rd(8) if R.random() < 0.5 else R.choice('ABCEFGHJKLMN') + rd(8)
        if cc == 'UK':
            while True:
                s = R.choice('1235') + rd(8)
                if not bsn_ok(s):
                    return s
        if cc == 'SE':
            return R.choice('789') + rd(7)
        if cc == 'NL':
            L = 'ABCDEFGHIJKLMNPRSTUVWXYZ'
            return R.choice(L) + R.choice(L) + ''.join(R.choice(L + '0123456789') for _ in range(6)) + rd(1)
        if cc == 'FI':
            return R.choice(['XP', 'FP', 'PA']) + rd(7)
        if cc == 'FR':
            return rd(2) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + rd(5)
        if cc == 'ES':
            return R.choice(['PAA', 'PAB', 'PAC', 'XDA']) + rd(6)
        raise KeyError(cc)
    return unique(g)


# phones ------------------------------------------------------------------
class Phone:
    def __init__(self, cc, kind, parts):
        self.cc, self.kind, self.p = cc, kind, parts

    def fmt(self, style):
        f = PHONE_FMT[self.cc]
        return f(self.p, style)


def _ph_se(p, st):
    pre, s = p
    area = pre
    if len(s) == 7:
        g = (s[:3], s[3:5], s[5:])
    else:
        g = (s[:3], s[3:6], s[6:])
    return {
        'nat': '0%s-%s %s %s' % ((area,) + g),
        'nat_sp': '0%s %s %s %s' % ((area,) + g),
        'nat_plain': '0%s%s' % (area, s),
        'intl': '+46 %s %s %s %s' % ((area,) + g),
        'e164': '+46%s%s' % (area, s),
        'intl0': '+46 (0)%s-%s %s %s' % ((area,) + g),
        'dash': '+46-%s-%s-%s-%s' % ((area,) + g),
        '00': '0046 %s %s %s %s' % ((area,) + g),
    }[st]


def _ph_de(p, st):
    pre, s = p
    return {
        'nat': '0%s %s' % (pre, s),
        'nat_sp': '0%s %s %s' % (pre, s[:3], s[3:]),
        'nat_plain': '0%s%s' % (pre, s),
        'slash': '0%s/%s' % (pre, s),
        'paren': '(0%s) %s' % (pre, s),
        'intl': '+49 %s %s' % (pre, s),
        'e164': '+49%s%s' % (pre, s),
        'intl0': '+49 (0)%s %s' % (pre, s),
        '00': '0049 %s %s' % (pre, s),
        'dash': '+49-%s-%s' % (pre, s),
        'din_ext': '0%s %s-%s' % (pre, s[:-2], s[-2:]),
    }[st]


def _ph_nl(p, st):
    pre, s = p
    if pre == '6':
        g = '%s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:])
        return {
            'nat': '06-%s' % s,
            'nat_sp': '06 %s' % g,
            'nat_plain': '06%s' % s,
            'intl': '+31 6 %s' % s,
            'e164': '+316%s' % s,
            'intl0': '+31 (0)6 %s %s' % (s[:4], s[4:]),
            '00': '0031 6 %s' % s,
            'dash': '+31-6-%s' % s,
        }[st]
    return {
        'nat': '0%s-%s %s' % (pre, s[:3], s[3:]),
        'nat_sp': '0%s %s %s' % (pre, s[:3], s[3:]),
        'nat_plain': '0%s%s' % (pre, s),
        'intl': '+31 %s %s %s' % (pre, s[:3], s[3:]),
        'e164': '+31%s%s' % (pre, s),
        'intl0': '+31 (0)%s %s %s' % (pre, s[:3], s[3:]),
        '00': '0031 %s %s' % (pre, s),
        'dash': '+31-%s-%s' % (pre, s),
    }[st]


def _ph_fi(p, st):
    pre, s = p
    return {
        'nat': '0%s %s %s' % (pre, s[:3], s[3:]),
        'nat_sp': '0%s %s %s' % (pre, s[:3], s[3:]),
        'nat_plain': '0%s%s' % (pre, s),
        'intl': '+358 %s %s %s' % (pre, s[:3], s[3:]),
        'e164': '+358%s%s' % (pre, s),
        'intl0': '+358 (0)%s %s' % (pre, s),
        '00': '00358 %s %s' % (pre, s),
        'dash': '+358-%s-%s-%s' % (pre, s[:3], s[3:]),
    }[st]


def _ph_uk(p, st):
    pre, s = p
    if pre.startswith('7'):
        return {
            'nat': '0%s %s' % (pre, s),
            'nat_sp': '0%s %s %s' % (pre, s[:3], s[3:]),
            'nat_plain': '0%s%s' % (pre, s),
            'intl': '+44 %s %s' % (pre, s),
            'e164': '+44%s%s' % (pre, s),
            'intl0': '+44 (0)%s %s' % (pre, s),
            '00': '0044 %s %s' % (pre, s),
            'dash': '+44-%s-%s' % (pre, s),
        }[st]
    if pre == '20':
        a, b = s[:4], s[4:]
    else:
        a, b = s[:3], s[3:]
    return {
        'nat': '0%s %s %s' % (pre, a, b),
        'nat_sp': '(0%s) %s %s' % (pre, a, b),
        'nat_plain': '0%s%s' % (pre, s),
        'intl': '+44 %s %s %s' % (pre, a, b),
        'e164': '+44%s%s' % (pre, s),
        'intl0': '+44 (0)%s %s %s' % (pre, a, b),
        '00': '0044 %s %s %s' % (pre, a, b),
        'dash': '+44-%s-%s-%s' % (pre, a, b),
    }[st]


def _ph_us(p, st):
    a, e, l = p
    return {
        'nat': '(%s) %s-%s' % (a, e, l),
        'nat_sp': '%s %s %s' % (a, e, l),
        'nat_plain': '%s%s%s' % (a, e, l),
        'dashed': '%s-%s-%s' % (a, e, l),
        'dot': '%s.%s.%s' % (a, e, l),
        'intl': '+1 %s %s %s' % (a, e, l),
        'e164': '+1%s%s%s' % (a, e, l),
        'intl0': '+1 (%s) %s-%s' % (a, e, l),
        '00': '1-%s-%s-%s' % (a, e, l),
        'dash': '+1-%s-%s-%s' % (a, e, l),
    }[st]


def _ph_in(p, st):
    pre, s = p
    if pre == 'm':
        return {
            'nat': '%s %s' % (s[:5], s[5:]),
            'nat_sp': '%s %s' % (s[:5], s[5:]),
            'nat_plain': s,
            'nat0': '0%s' % s,
            'intl': '+91 %s %s' % (s[:5], s[5:]),
            'e164': '+91%s' % s,
            'intl0': '+91-%s' % s,
            '00': '0091 %s' % s,
            'dash': '+91-%s-%s' % (s[:5], s[5:]),
        }[st]
    area, loc = pre, s
    return {
        'nat': '0%s-%s %s' % (area, loc[:4], loc[4:]),
        'nat_sp': '0%s %s %s' % (area, loc[:4], loc[4:]),
        'nat_plain': '0%s%s' % (area, loc),
        'nat0': '0%s-%s' % (area, loc),
        'intl': '+91 %s %s %s' % (area, loc[:4], loc[4:]),
        'e164': '+91%s%s' % (area, loc),
        'intl0': '+91-%s-%s' % (area, loc),
        '00': '0091 %s %s' % (area, loc),
        'dash': '+91-%s-%s' % (area, loc),
    }[st]


def _ph_fr(p, st):
    pre, s = p
    g = ' '.join(s[i:i + 2] for i in range(0, 8, 2))
    return {
        'nat': '0%s %s' % (pre, g),
        'nat_sp': '0%s %s' % (pre, g),
        'dot': '0%s.%s' % (pre, g.replace(' ', '.')),
        'nat_plain': '0%s%s' % (pre, s),
        'intl': '+33 %s %s' % (pre, g),
        'e164': '+33%s%s' % (pre, s),
        'intl0': '+33 (0)%s %s' % (pre, g),
        '00': '0033 %s %s' % (pre, g),
        'dash': '+33-%s-%s' % (pre, g.replace(' ', '-')),
    }[st]


def _ph_es(p, st):
    pre, s = p
    n = pre + s
    return {
        'nat': '%s %s %s' % (n[:3], n[3:6], n[6:]),
        'nat_sp': '%s %s %s %s' % (n[:3], n[3:5], n[5:7], n[7:]),
        'nat_plain': n,
        'intl': '+34 %s %s %s' % (n[:3], n[3:6], n[6:]),
        'e164': '+34%s' % n,
        'intl0': '+34 %s %s %s %s' % (n[:3], n[3:5], n[5:7], n[7:]),
        '00': '0034 %s' % n,
        'dash': '+34-%s-%s-%s' % (n[:3], n[3:6], n[6:]),
    }[st]


PHONE_FMT = {'SE': _ph_se, 'DE': _ph_de, 'NL': _ph_nl, 'FI': _ph_fi, 'UK': _ph_uk, 'US': _ph_us,
             'IN': _ph_in, 'FR': _ph_fr, 'ES': _ph_es}
PHONE_STYLES = ['nat', 'nat_sp', 'nat_plain', 'intl', 'e164', 'intl0', '00', 'dash']

US_AREAS = ['212', '415', '312', '617', '206', '512', '303', '404', '713', '646', '718', '202', '305', '408',
            '614', '919', '503', '480', '612', '704']


def _phone_parts(cc, kind):
    if cc == 'SE':
        if kind == 'm':
            pre = R.choice(['70', '72', '73', '76', '79'])
            s = rd(7)
            if pre == '70' and s.startswith('17406'):
                s = '2' + s[1:]
            return (pre, s)
        pre = R.choice(['8', '31', '40', '18', '13'])
        return (pre, R.choice('2345679') + rd(7 if pre == '8' else 6))
    if cc == 'DE':
        if kind == 'm':
            pre = R.choice(['151', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179'])
            return (pre, R.choice('23456789') + rd(7 if pre[:2] in ('15', '17') else 6))
        pre = R.choice(['30', '40', '89', '69', '221', '211', '711', '341', '511'])
        while True:
            s = R.choice('2345678') + rd(7 if len(pre) == 2 else 6)
            bad = (pre == '30' and s.startswith('23125')) or (pre == '69' and s.startswith('90009')) or \
                  (pre == '40' and s.startswith('66969')) or (pre == '221' and s.startswith('4710')) or \
                  (pre == '89' and s.startswith('99998'))
            if not bad:
                return (pre, s)
    if cc == 'NL':
        if kind == 'm':
            return ('6', R.choice('1234') + rd(7))
        return (R.choice(['20', '10', '30', '70', '40']), R.choice('2345678') + rd(6))
    if cc == 'FI':
        if kind == 'm':
            return (R.choice(['40', '41', '44', '45', '50']), rd(7))
        return (R.choice(['9', '2', '3']), R.choice('2345678') + rd(6))
    if cc == 'UK':
        if kind == 'm':
            pre = R.choice(['7412', '7507', '7723', '7817', '7903', '7958', '7984', '7725', '7392'])
            return (pre, rd(6))
        pre = R.choice(['20', '161', '121', '131', '117', '113'])
        while True:
            if pre == '20':
                s = R.choice('378') + rd(7)
                if s.startswith('79460'):
                    continue
            else:
                s = R.choice('2345678') + rd(6)
                if s.startswith('4960'):
                    continue
            return (pre, s)
    if cc == 'US':
        while True:
            e = R.choice('23456789') + rd(2)
            if e == '555' or e[1:] == '11':
                continue
            return (R.choice(US_AREAS), e, rd(4))
    if cc == 'IN':
        if kind == 'm':
            return ('m', R.choice('6789') + rd(9))
        return (R.choice(['11', '22', '80', '44', '40']), R.choice('2345678') + rd(7))
    if cc == 'FR':
        if kind == 'm':
            return (R.choice('67'), rd(8))
        return (R.choice('12345'), rd(8))
    if cc == 'ES':
        return ('6', rd(8)) if kind == 'm' else ('9', R.choice('1345') + rd(7))
    raise KeyError(cc)


def gen_phone(cc, kind='m'):
    def g():
        while True:
            parts = _phone_parts(cc, kind)
            ph = Phone(cc, kind, parts)
            forms = [digits_of(ph.fmt(st)) for st in ['nat_plain', 'e164']]
            if any(looks_sensitive(f) for f in forms):
                continue
            return ph
    return unique(g, key=lambda ph: ph.fmt('e164'))


# dates -------------------------------------------------------------------
MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
           'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
           'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
           'noviembre', 'diciembre'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
           'november', 'december'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
           'november', 'december'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta',
           'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fmt_date(d, st):
    y, m, dd = d.year, d.month, d.day
    en = MONTHS['en'][m - 1]
    return {
        'iso': '%04d-%02d-%02d' % (y, m, dd),
        'dmy/': '%02d/%02d/%04d' % (dd, m, y),
        'mdy/': '%02d/%02d/%04d' % (m, dd, y),
        'dmy.': '%02d.%02d.%04d' % (dd, m, y),
        'dmy-': '%02d-%02d-%04d' % (dd, m, y),
        'ymd/': '%04d/%02d/%02d' % (y, m, dd),
        'ymd.': '%04d.%02d.%02d' % (y, m, dd),
        'compact': '%04d%02d%02d' % (y, m, dd),
        'dmon': '%02d-%s-%04d' % (dd, en[:3], y),
        'DMONYY': '%02d-%s-%02d' % (dd, en[:3].upper(), y % 100),
        'long_en': '%s %d, %04d' % (en, dd, y),
        'abbr_en': '%s %d, %04d' % (en[:3], dd, y),
        'en_gb': '%d %s %04d' % (dd, en, y),
        'en_ord': '%s %s %04d' % (ordinal(dd), en, y),
        'de_long': '%d. %s %04d' % (dd, MONTHS['de'][m - 1], y),
        'fr_long': '%s %s %04d' % ('1er' if dd == 1 else str(dd), MONTHS['fr'][m - 1], y),
        'es_long': '%d de %s de %04d' % (dd, MONTHS['es'][m - 1], y),
        'sv_long': '%d %s %04d' % (dd, MONTHS['sv'][m - 1], y),
        'nl_long': '%d %s %04d' % (dd, MONTHS['nl'][m - 1], y),
        'fi': '%d.%d.%04d' % (dd, m, y),
        'fi_long': '%d. %s %04d' % (dd, MONTHS['fi'][m - 1], y),
        'dmy.yy': '%02d.%02d.%02d' % (dd, m, y % 100),
        'mdy/yy': '%d/%d/%02d' % (m, dd, y % 100),
        'dmy/yy': '%02d/%02d/%02d' % (dd, m, y % 100),
    }[st]


DOB_STYLES = {
    'US': ['mdy/', 'long_en', 'iso', 'mdy/yy', 'abbr_en', 'dashed_us'],
    'UK': ['dmy/', 'en_gb', 'iso', 'dmy/yy', 'en_ord'],
    'IN': ['dmy/', 'dmy-', 'iso', 'dmon', 'en_gb', 'DMONYY'],
    'DE': ['dmy.', 'de_long', 'iso', 'dmy.yy'],
    'FR': ['dmy/', 'fr_long', 'iso'],
    'ES': ['dmy/', 'es_long', 'iso'],
    'SE': ['iso', 'sv_long', 'ymd.'],
    'NL': ['dmy-', 'nl_long', 'iso'],
    'FI': ['fi', 'iso', 'dmy.', 'fi_long'],
}


def dob_style(cc):
    st = R.choice(DOB_STYLES[cc])
    return 'mdy/' if st == 'dashed_us' else st


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def gen_dob(y0=1938, y1=2005):
    return unique(lambda: rand_date(y0, y1), key=lambda d: 'DOB' + d.isoformat())


def other_date(y0=2016, y1=2025):
    return rand_date(y0, y1)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
NAMES = {
    'IN': (['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Pooja', 'Sanjay',
            'Meera', 'Amit', 'Divya', 'Karthik', 'Lakshmi', 'Nikhil', 'Shreya', 'Manoj', 'Asha', 'Deepak', 'Neha'],
           ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Singh', 'Menon', 'Rao', 'Banerjee', 'Kulkarni',
            'Joshi', 'Chatterjee', 'Pillai', 'Verma', 'Mishra', 'Das', 'Bhat', 'Agarwal', 'Kapoor']),
    'SE': (['Anna', 'Erik', 'Lars', 'Karin', 'Johan', 'Maria', 'Per', 'Elin', 'Oskar', 'Sara', 'Nils', 'Ingrid',
            'Gustav', 'Linnea', 'Björn', 'Astrid', 'Mats', 'Frida'],
           ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
            'Lindqvist', 'Berg', 'Lundgren', 'Holm', 'Sjöberg', 'Åberg', 'Ekström']),
    'DE': (['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Maximilian', 'Sophie', 'Paul', 'Hannah', 'Jürgen',
            'Ursula', 'Stefan', 'Sabine', 'Tobias', 'Katrin', 'Jörg', 'Birgit'],
           ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
            'Koch', 'Richter', 'Wolf', 'Schröder', 'Neumann', 'Braun', 'Krüger', 'Hartmann']),
    'NL': (['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Sophie', 'Bram', 'Fleur', 'Thijs', 'Anouk', 'Jeroen',
            'Marieke', 'Pieter', 'Sanne', 'Ruben', 'Lotte', 'Joost', 'Femke'],
           ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer',
            'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker']),
    'FI': (['Mikko', 'Aino', 'Juha', 'Eveliina', 'Matti', 'Laura', 'Antti', 'Johanna', 'Ville', 'Emilia', 'Teemu',
            'Sanna', 'Jari', 'Helmi', 'Tuomas', 'Kaisa'],
           ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen',
            'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen']),
    'US': (['James', 'Mary', 'Michael', 'Jennifer', 'David', 'Linda', 'Robert', 'Patricia', 'Chris', 'Jessica',
            'Daniel', 'Ashley', 'Kevin', 'Megan', 'Brian', 'Laura', 'Tyler', 'Brittany'],
           ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
            'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson']),
    'UK': (['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Emily', 'Jack', 'Olivia', 'Charlie', 'Poppy', 'Thomas',
            'Grace', 'William', 'Sophie', 'Callum', 'Niamh'],
           ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker',
            'Wright', 'Hughes', 'Edwards', 'Green', 'Patel', 'Campbell']),
    'FR': (['Camille', 'Louis', 'Léa', 'Hugo', 'Chloé', 'Jules', 'Manon', 'Gabriel', 'Inès', 'Arthur'],
           ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau']),
    'ES': (['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Alejandro', 'Carmen', 'Javier'],
           ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez']),
}
CITIES = {
    'IN': [('Bengaluru', '560034', 'Karnataka'), ('Mumbai', '400053', 'Maharashtra'), ('Pune', '411014', 'Maharashtra'),
           ('Chennai', '600040', 'Tamil Nadu'), ('Hyderabad', '500081', 'Telangana'), ('Kolkata', '700091', 'West Bengal')],
    'SE': [('Stockholm', '114 55', ''), ('Göteborg', '411 38', ''), ('Malmö', '211 42', ''), ('Uppsala', '753 20', '')],
    'DE': [('Berlin', '10115', ''), ('München', '80331', ''), ('Hamburg', '20095', ''), ('Köln', '50667', ''),
           ('Leipzig', '04109', '')],
    'NL': [('Amsterdam', '1012 AB', ''), ('Utrecht', '3511 LX', ''), ('Rotterdam', '3011 AD', ''), ('Den Haag', '2511 CV', '')],
    'FI': [('Helsinki', '00100', ''), ('Tampere', '33100', ''), ('Espoo', '02150', ''), ('Turku', '20100', '')],
    'US': [('Austin', '78701', 'TX'), ('Seattle', '98101', 'WA'), ('Boston', '02108', 'MA'), ('Denver', '80202', 'CO')],
    'UK': [('London', 'SW1A 2AA', ''), ('Manchester', 'M1 1AE', ''), ('Leeds', 'LS1 4AP', ''), ('Glasgow', 'G1 1XQ', '')],
    'FR': [('Paris', '75011', ''), ('Lyon', '69003', ''), ('Lille', '59000', '')],
    'ES': [('Madrid', '28013', ''), ('Barcelona', '08001', ''), ('Valencia', '46001', '')],
}
STREETS = {'IN': ['12, 4th Cross, Koramangala', 'Flat 302, Sai Residency', '7/B MG Road', 'Plot 45, Sector 7'],
           'SE': ['Storgatan 12', 'Drottninggatan 45', 'Kungsvägen 3', 'Sveavägen 88'],
           'DE': ['Hauptstraße 5', 'Bahnhofstraße 17', 'Lindenweg 3a', 'Schillerstraße 42'],
           'NL': ['Kerkstraat 14', 'Dorpsweg 3', 'Prinsengracht 221', 'Stationsplein 9'],
           'FI': ['Mannerheimintie 12 A 4', 'Hämeenkatu 8 B 12', 'Aleksanterinkatu 30'],
           'US': ['1420 Oak Street', '77 Pine Ave Apt 5', '300 Market St', '18 Elm Court'],
           'UK': ['14 Station Road', '2 Church Lane', 'Flat 3, 21 High Street', '9 Victoria Road'],
           'FR': ['12 rue de la Paix', '4 avenue Jean Jaurès', '27 boulevard Voltaire'],
           'ES': ['Calle Mayor 10', 'Avenida de América 33', 'Calle de Alcalá 120']}
IBAN_CC = {'DE': 'DE', 'NL': 'NL', 'SE': 'SE', 'FI': 'FI', 'UK': 'GB', 'FR': 'FR', 'ES': 'ES', 'IN': None, 'US': None}
RESERVED = ['example.com', 'example.org', 'example.net', 'mail.example', 'corp.example']


def ascii_fold(s):
    tr = str.maketrans({'ä': 'a', 'ö': 'o', 'å': 'a', 'ü': 'u', 'é': 'e', 'è': 'e', 'ß': 'ss', 'Ä': 'A', 'Ö': 'O',
                        'Å': 'A', 'Ü': 'U', 'í': 'i', 'á': 'a', 'ó': 'o', 'ñ': 'n', 'ç': 'c', 'ë': 'e'})
    return s.translate(tr)


class Person:
    pass


def person(cc, old=False, samord=False, net=None, dob_range=None):
    p = Person()
    p.cc = cc
    fn, ln = NAMES[cc]
    p.first, p.last = R.choice(fn), R.choice(ln)
    p.name = '%s %s' % (p.first, p.last)
    p.sex = R.choice('MF')
    if old:
        p.dob = gen_dob(1919, 1923)
    elif dob_range:
        p.dob = gen_dob(*dob_range)
    else:
        p.dob = gen_dob()
    p.city, p.zip, p.region = R.choice(CITIES[cc])
    p.street = R.choice(STREETS[cc])
    p.mobile = gen_phone(cc, 'm')
    p.land = gen_phone(cc, 'l')
    loc = ascii_fold(p.first.lower()) + R.choice(['.', '_', '']) + ascii_fold(p.last.lower().replace(' ', ''))
    p.email = loc + R.choice(['', str(R.randint(1, 99))]) + '@' + R.choice(RESERVED)
    p.samord = samord
    p.nid = None
    if cc == 'IN':
        p.nid = gen_aadhaar()
    elif cc == 'SE':
        p.nid = gen_pnr(p.dob, samord)
    elif cc == 'DE':
        p.nid = gen_steuer()
    elif cc == 'NL':
        p.nid = gen_bsn()
    elif cc == 'FI':
        p.nid = gen_hetu(p.dob)
    elif cc == 'US':
        p.nid = gen_ssn()
    elif cc == 'UK':
        p.nid = gen_nino()
    p.iban = gen_iban(IBAN_CC[cc]) if IBAN_CC[cc] else None
    p.passport = gen_passport(cc) if cc in ('DE', 'IN', 'US', 'UK', 'SE', 'NL', 'FI', 'FR', 'ES') else None
    p.net = net or R.choice(CARD_NETS)
    p.card = gen_card(p.net)
    return p


_NET_ROT = [0]


def next_net():
    n = CARD_NETS[_NET_ROT[0] % len(CARD_NETS)]
    _NET_ROT[0] += 1
    return n


def P(cc, **kw):
    if 'net' not in kw:
        kw['net'] = next_net()
    return person(cc, **kw)


# national id formatting -----------------------------------------------------
def fmt_aadhaar(n, st='sp'):
    return {'sp': '%s %s %s' % (n[:4], n[4:8], n[8:]), 'plain': n,
            'dash': '%s-%s-%s' % (n[:4], n[4:8], n[8:])}[st]


def fmt_pnr(p, st='10-'):
    n = p.nid
    cent = '%02d' % (p.dob.year // 100)
    sep = '+' if p.dob.year <= 1924 else '-'
    return {'10-': n[:6] + sep + n[6:], '10': n[:6] + n[6:], '12': cent + n, '12-': cent + n[:6] + '-' + n[6:]}[st]


def fmt_steuer(n, st='sp'):
    return {'sp': '%s %s %s %s' % (n[:2], n[2:5], n[5:8], n[8:]), 'plain': n,
            'box': ' '.join(n), 'sp4': '%s %s %s' % (n[:4], n[4:8], n[8:])}[st]


def fmt_bsn(n, st='plain'):
    return {'plain': n, 'dot': '%s.%s.%s' % (n[:4], n[4:6], n[6:]), 'sp': '%s %s %s' % (n[:4], n[4:6], n[6:]),
            'sp3': '%s %s %s' % (n[:3], n[3:6], n[6:])}[st]


def fmt_ssn(n, st='dash'):
    return {'dash': '%s-%s-%s' % (n[:3], n[3:5], n[5:]), 'sp': '%s %s %s' % (n[:3], n[3:5], n[5:]), 'plain': n}[st]


def fmt_nino(n, st='plain'):
    return {'plain': n, 'sp': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
            'sp1': '%s %s' % (n[:8], n[8])}[st]


# --------------------------------------------------------------------------
# look-alikes (never labelled)
# --------------------------------------------------------------------------
def la_masked_aadhaar():
    return R.choice(['XXXX XXXX ', 'xxxx-xxxx-', 'XXXXXXXX', '**** **** ']) + rd(4)


def la_vid():
    while True:
        s = R.choice('9') + rd(15)
        if not looks_sensitive(s):
            return '%s %s %s %s' % (s[:4], s[4:8], s[8:12], s[12:])


def la_bad_aadhaar():
    while True:
        base = R.choice('23456789') + rd(10)
        good = verhoeff_digit(base)
        bad = str((int(good) + R.randint(1, 9)) % 10)
        full = base + bad
        if not looks_sensitive(full):
            return fmt_aadhaar(full, R.choice(['sp', 'plain']))


def la_bad_card():
    while True:
        pre = R.choice(['4', '5', '37', '6011'])
        s = pre + rd((15 if pre == '37' else 16) - len(pre))
        if not luhn_ok(s):
            return fmt_card(s, R.choice(['sp', 'plain']))


def la_masked_card():
    first = R.choice(['411111', '453201', '542418', '371449', '601100', '356600', '222300'])
    st = R.choice([0, 1, 2, 3])
    last = rd(4)
    if st == 0:
        return first + '******' + last
    if st == 1:
        return '**** **** **** ' + last
    if st == 2:
        return 'XXXX-XXXX-XXXX-' + last
    return first[:4] + ' ' + first[4:] + 'XX XXXX ' + last


def la_masked_ssn():
    return R.choice(['***-**-', 'XXX-XX-', 'xxx-xx-']) + rd(4)


def la_bad_ssn():
    return R.choice(['000-%s-%s' % (rd(2), rd(4)), '666-%s-%s' % (rd(2), rd(4)), '9%s-%s-%s' % (rd(2), rd(2), rd(4)),
                     '%s-00-%s' % (R.choice('12345678') + rd(2), rd(4)), '123-45-6789', '078-05-1120'])


def la_bad_bsn():
    while True:
        s = R.choice('123456') + rd(8)
        if not bsn_ok(s) and not looks_sensitive(s):
            return s


def la_bad_steuer():
    while True:
        d10 = gen_steuer_raw()
        c = steuer_check(d10)
        bad = d10 + str((int(c) + R.randint(1, 9)) % 10)
        if not steuer_ok(bad):
            return fmt_steuer(bad, R.choice(['sp', 'plain']))


def gen_steuer_raw():
    digits = list('0123456789')
    R.shuffle(digits)
    ten = digits[:9]
    ten.insert(R.randint(1, 9), R.choice(ten))
    if ten[0] == '0':
        ten[0], ten[1] = ten[1], ten[0]
    return ''.join(ten)


def la_bad_hetu():
    d = rand_date(1950, 1999)
    zzz = '%03d' % R.randint(2, 899)
    ddmmyy = '%02d%02d%02d' % (d.day, d.month, d.year % 100)
    good = HETU_CHARS[int(ddmmyy + zzz) % 31]
    bad = HETU_CHARS[(HETU_CHARS.index(good) + R.randint(1, 30)) % 31]
    return ddmmyy + '-' + zzz + bad


def la_bad_pnr():
    d = rand_date(1950, 2000)
    base = '%02d%02d%02d%03d' % (d.year % 100, d.month, d.day, R.randint(1, 979))
    good = luhn_digit_pnr(base)
    bad = str((int(good) + R.randint(1, 9)) % 10)
    return base[:6] + '-' + base[6:] + bad


def la_orgnr():
    """Swedish organisationsnummer: Luhn-valid, month digits >= 20, never a personnummer"""
    while True:
        base = R.choice(['55', '56', '21', '80', '71']) + R.choice('6789') + rd(6)
        full = base + luhn_digit_pnr(base)
        if not pnr10_ok(full):
            return full[:6] + '-' + full[6:]


def la_ytunnus():
    base = rd(7)
    w = [7, 9, 10, 5, 8, 4, 2]
    r = sum(int(a) * b for a, b in zip(base, w)) % 11
    if r == 1:
        base = '1' + base[1:]
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
    c = 0 if r == 0 else 11 - r
    if c == 10:
        c = 0
    return base + '-' + str(c)


def la_bad_iban():
    cc = R.choice(['DE', 'NL', 'SE', 'FR', 'GB'])
    iban = gen_iban_raw(cc)
    chk = int(iban[2:4])
    bad = iban[:2] + '%02d' % ((chk + R.randint(1, 50)) % 97 + 2) + iban[4:]
    if iban_ok(bad):
        bad = iban[:2] + '%02d' % ((chk + 1) % 97 + 2) + iban[4:]
    return fmt_iban(bad)


def gen_iban_raw(cc):
    if cc == 'BE':
        bban = bban_be()
    elif cc == 'FR':
        bban = bban_fr()
    elif cc == 'ES':
        bban = bban_es()
    else:
        bban = IBAN_SPECS[cc]()
    return cc + iban_check(cc, bban) + bban


DOC_IBANS = ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NL91 ABNA 0417 1643 00',
             'FR14 2004 1010 0505 0001 3M02 606', 'GB29 NWBK 6016 1331 9268 19', 'DE89370400440532013000',
             'SE45 5000 0000 0583 9825 7466', 'FI21 1234 5600 0007 85']


def la_masked_iban():
    cc = R.choice(['DE', 'NL', 'SE'])
    return R.choice([cc + '** **** **** **** **' + rd(2) + ' ' + rd(2), cc + '12 XXXX XXXX XXXX ' + rd(4),
                     '****' + rd(4)])


FICT_PHONES = ['(212) 555-0147', '+1 415 555 0100', '555-0199', '(617) 555-0123', '+1-202-555-0173',
               '020 7946 0321', '020 7946 0958', '07700 900123', '07700 900461', '+44 7700 900077', '01632 960555',
               '0113 496 0123', '0161 496 0000', '0491 570 156', '+61 491 570 006', '030 23125 456',
               '+49 30 23125 000', '069 90009 123', '040 66969 742', '0152 28817386', '070-174 06 12',
               '+46 70 174 06 50']


def la_fict_phone():
    return R.choice(FICT_PHONES)


def la_order():
    return R.choice(['ORD-%s-%s' % (R.randint(2019, 2025), rd(6)), 'SO%s' % clean_digits(9),
                     '#%s' % clean_digits(7), 'PO-%s' % rd(5), 'A%s' % rd(8)])


def la_invoice():
    return R.choice(['INV-%s' % rd(9), 'RE-%s-%s' % (R.randint(2020, 2025), rd(5)), 'F%s/%s' % (rd(6), R.randint(2021, 2025)),
                     'Factuur %s' % clean_digits(10)])


def la_tracking():
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    return R.choice(['1Z%s%s' % (''.join(R.choice(al) for _ in range(6)), rd(10)),
                     'JJD%s' % rd(15), '00340434%s' % rd(12), 'RR%sSE' % rd(9), 'LX%sDE' % rd(9)])


def la_epoch_ms():
    return str(R.randint(1577836800000, 1750000000000))


def la_epoch_s():
    while True:
        s = str(R.randint(1577836800, 1750000000))
        if not looks_sensitive(s):
            return s


CLOCK = [None]


def clock_reset():
    d = other_date(2022, 2025)
    CLOCK[0] = datetime.datetime(d.year, d.month, d.day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def la_ts(fmt='iso'):
    CLOCK[0] += datetime.timedelta(seconds=R.randint(1, 600))
    t = CLOCK[0]
    d = t.date()
    h, m, s, ms = t.hour, t.minute, t.second, R.randint(0, 999)
    if fmt == 'iso':
        return '%sT%02d:%02d:%02d.%03dZ' % (d.isoformat(), h, m, s, ms)
    if fmt == 'log':
        return '%s %02d:%02d:%02d,%03d' % (d.isoformat(), h, m, s, ms)
    if fmt == 'logdot':
        return '%s %02d:%02d:%02d.%03d' % (d.isoformat(), h, m, s, ms)
    if fmt == 'hl7':
        return '%04d%02d%02d%02d%02d%02d' % (d.year, d.month, d.day, h, m, s)
    if fmt == 'clf':
        return '%02d/%s/%04d:%02d:%02d:%02d +0000' % (d.day, MONTHS['en'][d.month - 1][:3], d.year, h, m, s)
    if fmt == 'sql':
        return '%s %02d:%02d:%02d' % (d.isoformat(), h, m, s)
    if fmt == 'rfc5322':
        return '%s, %02d %s %04d %02d:%02d:%02d +0100' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()],
                                                          d.day, MONTHS['en'][d.month - 1][:3], d.year, h, m, s)
    if fmt == 'ldap':
        return '%04d%02d%02d%02d%02d%02dZ' % (d.year, d.month, d.day, h, m, s)
    raise KeyError(fmt)


def la_ip():
    return R.choice(['192.0.2.%d' % R.randint(1, 254), '198.51.100.%d' % R.randint(1, 254),
                     '203.0.113.%d' % R.randint(1, 254), '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])


def la_ip6():
    return '2001:db8:%x:%x::%x' % (R.randint(0, 65535), R.randint(0, 65535), R.randint(1, 65535))


def la_version():
    return R.choice(['v%d.%d.%d' % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)),
                     '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 99), R.randint(1000, 9999)),
                     '%d.%d.%d-SNAPSHOT' % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9))])


def la_isbn():
    while True:
        grp = R.choice(['3', '91', '90', '951', '0', '1', '2', '84', '81'])
        pub = rd(R.randint(2, 5))
        title = rd(12 - 3 - len(grp) - len(pub))
        body = '978' + grp + pub + title
        if len(body) != 12:
            continue
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        chk = str((10 - s % 10) % 10)
        full = body + chk
        if looks_sensitive(full):
            continue
        return '978-%s-%s-%s-%s' % (grp, pub, title, chk)


def la_ean():
    while True:
        body = R.choice(['40', '73', '87', '64', '89', '50', '76']) + rd(10)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not looks_sensitive(full):
            return full


def la_aba():
    while True:
        body = R.choice(['02', '01', '03', '07', '11', '12', '06']) + rd(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(body, w))
        full = body + str((10 - s % 10) % 10)
        if not looks_sensitive(full):
            return full


def la_id(n=None):
    return clean_digits(n or R.choice([9, 10, 11, 12]))


def la_uuid():
    h = '0123456789abcdef'
    s = ''.join(R.choice(h) for _ in range(32))
    return '%s-%s-4%s-%s%s-%s' % (s[:8], s[8:12], s[13:16], R.choice('89ab'), s[17:20], s[20:32])


def la_pan_in():
    L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    return ''.join(R.choice(L) for _ in range(3)) + 'P' + R.choice(L) + rd(4) + R.choice(L)


def la_ifsc():
    return R.choice(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK']) + '0' + rd(6)


def la_hex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def la_nhs():
    while True:
        body = R.choice('4679') + rd(8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        c = 11 - s % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        full = body + str(c)
        if not looks_sensitive(full):
            return '%s %s %s' % (full[:3], full[3:6], full[6:])


def la_utr():
    return clean_digits(10)


def la_sortcode():
    return '%s-%s-%s' % (rd(2), rd(2), rd(2))


def la_steuernummer():
    while True:
        v = _la_steuernummer()
        if not looks_sensitive(digits_of(v)):
            return v


def _la_steuernummer():
    return R.choice(['%s/%s/%s' % (rd(2), rd(3), rd(5)), '%s/%s/%s' % (rd(3), rd(3), rd(5)), '%s %s %s' % (rd(3), rd(3), rd(5))])


def la_ustid():
    return 'DE' + clean_digits(9)


def la_kvnr():
    return R.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + rd(9)


def la_btw():
    return 'NL' + rd(9) + 'B' + rd(2)


def la_uan():
    return '10' + rd(10)


# --------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------
DOCS = []


class Doc:
    def __init__(self, path):
        self.path = path
        self.labels = []
        self.crlf = False
        self.bom = False
        self.text = ''

    def L(self, cat, value):
        assert value, (self.path, cat)
        if (cat, value) not in self.labels:
            self.labels.append((cat, value))
        return value

    # convenience formatters that label
    def dob(self, p, st=None, enc=None):
        v = fmt_date(p.dob, st or dob_style(p.cc))
        return self.L('date-of-birth', encode(v, enc))

    def phone(self, ph, st=None, enc=None):
        v = ph.fmt(st or R.choice(PHONE_STYLES))
        return self.L('phone', encode(v, enc))

    def nid(self, p, st=None, enc=None):
        cat = {'IN': 'in-aadhaar', 'SE': 'se-personnummer', 'DE': 'de-steuer-id', 'NL': 'nl-bsn', 'FI': 'fi-hetu',
               'US': 'us-ssn', 'UK': 'uk-nino'}[p.cc]
        if p.cc == 'IN':
            v = fmt_aadhaar(p.nid, st or R.choice(['sp', 'sp', 'plain', 'dash']))
        elif p.cc == 'SE':
            v = fmt_pnr(p, st or R.choice(['10-', '12', '12-', '10-', '12']))
        elif p.cc == 'DE':
            v = fmt_steuer(p.nid, st or R.choice(['sp', 'plain', 'plain']))
        elif p.cc == 'NL':
            v = fmt_bsn(p.nid, st or R.choice(['plain', 'plain', 'dot', 'sp']))
        elif p.cc == 'FI':
            v = p.nid
        elif p.cc == 'US':
            v = fmt_ssn(p.nid, st or R.choice(['dash', 'dash', 'plain', 'sp']))
        elif p.cc == 'UK':
            v = fmt_nino(p.nid, st or R.choice(['plain', 'sp', 'plain']))
        return self.L(cat, encode(v, enc))

    def iban(self, p, st=None, enc=None):
        return self.L('iban', encode(fmt_iban(p.iban, st or R.choice(['print', 'elec'])), enc))

    def card(self, p, st=None, enc=None):
        return self.L('credit-card', encode(fmt_card(p.card, st or R.choice(['sp', 'plain', 'dash', 'sp'])), enc))

    def passport(self, p, enc=None):
        return self.L('passport', encode(p.passport, enc))


def encode(v, enc):
    if enc is None:
        return v
    if enc == 'url':
        return urllib.parse.quote(v, safe='')
    if enc == 'form':
        return urllib.parse.quote_plus(v)
    if enc == 'jsonslash':
        return v.replace('/', '\\/')
    raise KeyError(enc)


def emit(d, text):
    d.text = text
    DOCS.append(d)
    return d


NID_LABEL = {
    'IN': ['aadhaar_no', 'UID', 'Aadhaar Number', 'aadhaarNumber', 'aadhar', 'uid_no', 'Aadhaar No.'],
    'SE': ['personnummer', 'pnr', 'Personnr', 'personal_number', 'personnummer', 'PNR', 'samordningsnummer'],
    'DE': ['Steuer-ID', 'IdNr', 'Steueridentifikationsnummer', 'steuer_id', 'TIN', 'Identifikationsnummer', 'taxId'],
    'NL': ['BSN', 'burgerservicenummer', 'bsn', 'sofinummer', 'BSN-nummer', 'citizen_service_number'],
    'FI': ['henkilötunnus', 'hetu', 'HETU', 'personal_identity_code', 'Henkilötunnus', 'sotu'],
    'US': ['ssn', 'SSN', 'social_security_number', 'SocialSecurityNo', 'ss_number', 'Social Security Number'],
    'UK': ['ni_number', 'NINO', 'National Insurance number', 'nino', 'NI No', 'national_insurance_no'],
}
NID_KEY = {'IN': 'aadhaar_no', 'SE': 'personnummer', 'DE': 'steuer_id', 'NL': 'bsn', 'FI': 'hetu', 'US': 'ssn',
           'UK': 'nino'}
DOB_KEYS = ['dob', 'DOB', 'birthDate', 'date_of_birth', 'birth_date', 'dateOfBirth', 'birthdate', 'DateOfBirth']
LANG_OF = {'IN': 'en', 'SE': 'sv', 'DE': 'de', 'NL': 'nl', 'FI': 'fi', 'US': 'en', 'UK': 'en', 'FR': 'fr', 'ES': 'es'}
DOB_WORD = {'IN': 'DOB', 'SE': 'födelsedatum', 'DE': 'Geburtsdatum', 'NL': 'geboortedatum', 'FI': 'syntymäaika',
            'US': 'DOB', 'UK': 'Date of birth', 'FR': 'date de naissance', 'ES': 'fecha de nacimiento'}


def rot(lst, i):
    return lst[i % len(lst)]


# --------------------------------------------------------------------------
# carriers
# --------------------------------------------------------------------------
def b_kyc_java(i):
    d = Doc('kyc/ekyc-service-%02d.log' % i)
    out = []
    cls = ['c.f.kyc.AadhaarOfflineService', 'c.f.kyc.EkycController', 'c.f.kyc.OcrExtractor', 'c.f.kyc.DedupService',
           'c.f.kyc.VerhoeffValidator', 'c.f.onboarding.LeadService']
    thread = lambda: R.choice(['http-nio-8443-exec-%d' % R.randint(1, 40), 'kyc-worker-%d' % R.randint(1, 8), 'main'])
    ts = lambda: la_ts('logdot')
    out.append('%s  INFO 1 --- [           main] c.f.kyc.KycApplication                   : Started KycApplication %s in 7.412 seconds (JVM running for 8.9)' % (ts(), la_version()))
    for k in range(R.randint(3, 5)):
        p = P('IN')
        txn = 'UKC:%s' % la_uuid()
        st_a = rot(['sp', 'plain', 'dash', 'sp'], i + k)
        out.append('%s  INFO 1 --- [%s] %-40s : eKYC init txn=%s channel=%s client_ip=%s' % (
            ts(), thread(), cls[1], txn, R.choice(['ANDROID', 'WEB', 'IOS']), la_ip()))
        out.append('%s DEBUG 1 --- [%s] %-40s : OCR extracted: {name=%s, aadhaarNo=%s, dob=%s, gender=%s, pincode=%s, vid=%s}' % (
            ts(), thread(), cls[2], p.name.upper(), d.nid(p, st_a), d.dob(p, rot(['dmy/', 'dmy-', 'iso'], k)),
            'MALE' if p.sex == 'M' else 'FEMALE', p.zip, la_vid()))
        out.append('%s  INFO 1 --- [%s] %-40s : masked uid for audit: %s (txn=%s)' % (
            ts(), thread(), cls[0], la_masked_aadhaar(), txn))
        if k % 2 == 0:
            out.append('%s  WARN 1 --- [%s] %-40s : Verhoeff checksum failed for input uid=%s, asking user to re-enter' % (
                ts(), thread(), cls[4], la_bad_aadhaar()))
        out.append('%s  INFO 1 --- [%s] %-40s : lead updated mobile=%s pan=%s created_at=%s' % (
            ts(), thread(), cls[5], d.phone(p.mobile, rot(['intl', 'e164', 'nat_plain', 'intl0', 'nat0'], k + i)),
            la_pan_in(), other_date().isoformat()))
        if k == 1:
            out.append('%s ERROR 1 --- [%s] %-40s : Dedup check failed for application APP%s' % (ts(), thread(), cls[3], rd(10)))
            out.append('com.fintech.kyc.exception.DobMismatchException: DOB on form (%s) does not match UIDAI response (%s), doc_issue_date=%s' % (
                d.dob(p, 'dmon'), d.dob(p, 'iso'), other_date().strftime('%d/%m/%Y')))
            out.append('\tat com.fintech.kyc.service.DedupService.compare(DedupService.java:%d)' % R.randint(80, 300))
            out.append('\tat com.fintech.kyc.service.DedupService.run(DedupService.java:%d)' % R.randint(40, 79))
            out.append('\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)')
            out.append('\tat java.base/java.lang.Thread.run(Thread.java:833)')
        if k == 2:
            out.append('%s  INFO 1 --- [%s] %-40s : passport fallback: passportNo=%s, expiry=%s, file_no=%s' % (
                ts(), thread(), cls[1], d.passport(p), other_date(2026, 2034).strftime('%d/%m/%Y'), 'BN' + rd(10)))
        if k == 3:
            out.append('%s  INFO 1 --- [%s] %-40s : mandate registered account=%s ifsc=%s umrn=%s' % (
                ts(), thread(), cls[5], la_id(12), la_ifsc(), 'HDFC' + rd(16)))
    out.append('%s  INFO 1 --- [           main] o.s.b.a.l.ConditionEvaluationReportLogger : build=%s epoch=%s' % (ts(), la_version(), la_epoch_ms()))
    return emit(d, '\n'.join(out) + '\n')


def b_kyc_node(i):
    d = Doc('kyc/onboarding-api-%02d.jsonl' % i)
    out = []
    ccs = rot([['IN', 'IN', 'SE'], ['IN', 'NL', 'FI'], ['IN', 'UK', 'DE'], ['IN', 'US', 'SE']], i)
    for k, cc in enumerate(ccs):
        p = P(cc)
        t = int(la_epoch_ms())
        key = NID_KEY[cc] if k % 2 == 0 else rot(NID_LABEL[cc], i + k)
        dkey = rot(DOB_KEYS, i + k)
        body = {'firstName': p.first, 'lastName': p.last, key: d.nid(p), dkey: d.dob(p, 'iso'),
                'mobile': d.phone(p.mobile, rot(['e164', 'intl', 'nat_plain'], k)), 'email': p.email,
                'consent': True, 'createdAt': la_ts('iso')}
        if cc == 'IN':
            body['pan'] = la_pan_in()
            body['vid'] = la_vid().replace(' ', '')
        out.append(json.dumps({'level': 30, 'time': t, 'pid': R.randint(100, 9999), 'hostname': 'onb-%s' % la_hex(6),
                               'reqId': 'req-%d' % R.randint(1, 99999), 'req': {'method': 'POST', 'url': '/v2/applicants',
                                                                              'remoteAddress': la_ip() if k % 2 else la_ip6()},
                               'body': body, 'msg': 'applicant received'}, ensure_ascii=False))
        out.append(json.dumps({'level': 40, 'time': t + R.randint(5, 900), 'reqId': 'req-%d' % R.randint(1, 99999),
                               'msg': 'document check pending', 'documentNumberMasked': '*****' + rd(4),
                               'dobVerified': False, 'expiresAt': other_date(2026, 2030).isoformat()}))
        if k == 1:
            out.append(json.dumps({'level': 50, 'time': t + 1500, 'err': {'type': 'ValidationError',
                                   'message': 'passport_number %s does not match MRZ for %s' % (d.passport(p), p.last),
                                   'stack': 'ValidationError: passport mismatch\n    at validate (/app/src/kyc/check.js:%d:11)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)' % R.randint(20, 200)},
                                   'msg': 'verification failed'}))
    out.append(json.dumps({'level': 30, 'time': int(la_epoch_ms()), 'msg': 'health ok', 'version': la_version(), 'uptime': R.randint(1000, 99999)}))
    return emit(d, '\n'.join(out) + '\n')


def b_onboard_py(i):
    d = Doc('kyc/onboarding-worker-%02d.log' % i)
    out = []
    ccs = rot([['SE', 'SE', 'FI'], ['NL', 'NL', 'DE'], ['DE', 'FI', 'UK'], ['FI', 'SE', 'NL'], ['UK', 'DE', 'US'], ['US', 'SE', 'NL']], i)
    for k, cc in enumerate(ccs):
        p = P(cc, samord=(cc == 'SE' and (i + k) % 4 == 1), old=(cc == 'SE' and (i + k) % 5 == 3))
        ts = la_ts('log')
        nidv = d.nid(p)
        out.append("%s INFO [onboarding.views] new applicant {'first_name': '%s', 'last_name': '%s', '%s': '%s', '%s': '%s', 'phone': '%s', '%s': '%s'}" % (
            ts, p.first, p.last, rot(NID_LABEL[cc], i + k), nidv, rot(['date_of_birth', 'dob', 'birth_date'], k),
            d.dob(p, 'iso'), d.phone(p.mobile), 'iban' if p.iban else 'routing_number', d.iban(p) if p.iban else la_aba()))
        out.append('%s DEBUG [onboarding.checks] sanctions screening ok ref=%s score=0.%s' % (la_ts('log'), la_uuid(), rd(3)))
        if cc == 'SE':
            out.append('%s WARNING [onboarding.checks] Luhn check failed for personnummer=%s (user typo?), orgnr %s accepted' % (la_ts('log'), la_bad_pnr(), la_orgnr()))
        elif cc == 'NL':
            out.append('%s WARNING [onboarding.checks] elfproef mislukt voor bsn=%s; KvK %s ok' % (la_ts('log'), la_bad_bsn(), rd(8)))
        elif cc == 'DE':
            out.append('%s WARNING [onboarding.checks] Prüfziffer falsch: IdNr=%s; Steuernummer %s wird ignoriert' % (la_ts('log'), la_bad_steuer(), la_steuernummer()))
        elif cc == 'FI':
            out.append('%s WARNING [onboarding.checks] invalid check char hetu=%s, business id %s' % (la_ts('log'), la_bad_hetu(), la_ytunnus()))
        else:
            out.append('%s WARNING [onboarding.checks] NINO rejected: %s (prefix not allocated), UTR %s' % (la_ts('log'), R.choice(['QQ123456C', 'TN%sA' % rd(6), 'ZZ%sB' % rd(6)]), la_utr()))
        if k == 0:
            out.append('Traceback (most recent call last):')
            out.append('  File "/srv/app/onboarding/tasks.py", line %d, in verify_identity' % R.randint(40, 200))
            out.append('    resp = client.lookup(%s=%r, birth_date=%r)' % (NID_KEY[cc], nidv, fmt_date(p.dob, 'iso')))
            out.append('  File "/srv/app/onboarding/client.py", line %d, in lookup' % R.randint(10, 90))
            out.append('    raise UpstreamTimeout(f"registry timed out after {elapsed}ms")')
            out.append('onboarding.client.UpstreamTimeout: registry timed out after %dms (retry_at=%s)' % (R.randint(3000, 9000), la_ts('iso')))
        if k == 2:
            out.append('%s INFO [onboarding.views] card on file %s (masked), passport %s, issued %s' % (
                la_ts('log'), la_masked_card(), d.passport(p), other_date(2015, 2023).isoformat()))
    return emit(d, '\n'.join(out) + '\n')


HR_HEAD = {
    'DE': (['Personalnummer', 'Nachname', 'Vorname', 'Geburtsdatum', 'Eintrittsdatum', 'Steuer-IdNr', 'IBAN', 'Telefon', 'E-Mail'], 'DE'),
    'NL': (['Personeelsnummer', 'Achternaam', 'Voornaam', 'Geboortedatum', 'Datum in dienst', 'BSN', 'IBAN', 'Telefoon', 'E-mail'], 'NL'),
    'SE': (['Anst.nr', 'Efternamn', 'Förnamn', 'Personnummer', 'Anställningsdatum', 'Födelsedatum', 'Bankkonto (IBAN)', 'Mobil', 'E-post'], 'SE'),
    'FI': (['Henkilönumero', 'Sukunimi', 'Etunimi', 'Henkilötunnus', 'Syntymäaika', 'Aloituspäivä', 'IBAN', 'Puhelin', 'Sähköposti'], 'FI'),
    'UK': (['Employee No', 'Surname', 'Forename', 'DOB', 'Start Date', 'NI Number', 'IBAN', 'Mobile', 'Email'], 'UK'),
    'US': (['EmpID', 'Last Name', 'First Name', 'SSN', 'Date of Birth', 'Hire Date', 'Routing No', 'Phone', 'Email'], 'US'),
    'IN': (['Emp Code', 'Name', 'Aadhaar Number', 'PAN', 'DOB', 'DOJ', 'UAN', 'Mobile', 'Email'], 'IN'),
}


def hr_row(d, cc, p, idx, fs):
    hire = other_date(2012, 2024)
    emp = 'E%05d' % R.randint(100, 99999)
    if cc == 'DE':
        return [emp, p.last, p.first, d.dob(p, rot(['dmy.', 'iso', 'dmy.'], fs)), hire.strftime('%d.%m.%Y'), d.nid(p),
                d.iban(p), d.phone(rot([p.mobile, p.land], idx)), p.email]
    if cc == 'NL':
        return [emp, p.last, p.first, d.dob(p, rot(['dmy-', 'iso'], fs)), hire.strftime('%d-%m-%Y'), d.nid(p),
                d.iban(p), d.phone(p.mobile), p.email]
    if cc == 'SE':
        return [emp, p.last, p.first, d.nid(p, rot(['12', '12-', '10-'], fs)), hire.isoformat(), d.dob(p, 'ymd/'),
                d.iban(p), d.phone(p.mobile), p.email]
    if cc == 'FI':
        return [emp, p.last, p.first, d.nid(p), d.dob(p, 'fi'), '%d.%d.%d' % (hire.day, hire.month, hire.year), d.iban(p),
                d.phone(p.mobile), p.email]
    if cc == 'UK':
        return [emp, p.last, p.first, d.dob(p, rot(['dmy/', 'iso'], fs)), hire.strftime('%d/%m/%Y'), d.nid(p),
                d.iban(p), d.phone(p.mobile), p.email]
    if cc == 'US':
        return [emp, p.last, p.first, d.nid(p), d.dob(p, 'mdy/'), hire.strftime('%m/%d/%Y'), la_aba(),
                d.phone(p.mobile, rot(['nat', 'dashed', 'dot'], idx)), p.email]
    if cc == 'IN':
        return [emp, p.name, d.nid(p), la_pan_in(), d.dob(p, rot(['dmy-', 'dmy/', 'dmon'], fs)),
                hire.strftime('%d-%m-%Y'), la_uan(), d.phone(p.mobile, rot(['nat_plain', 'intl', 'nat0'], idx)), p.email]


def csv_cell(v, sep, quote_all):
    if quote_all or sep in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def b_hr_csv(i):
    cc = rot(['DE', 'NL', 'SE', 'FI', 'UK', 'US', 'IN'], i)
    sep = rot([';', ',', '\t', ';', ','], i)
    xlsx = (i % 4 == 3)
    ext = 'tsv' if sep == '\t' else 'csv'
    d = Doc('hr/%s-employees-%02d.%s' % (cc.lower(), i, ext))
    head, _ = HR_HEAD[cc]
    lines = []
    if xlsx and sep == ';':
        lines.append('sep=;')
    lines.append(sep.join(csv_cell(h, sep, xlsx) for h in head))
    for k in range(R.randint(5, 8)):
        p = P(cc, samord=(cc == 'SE' and k == 2), old=(cc == 'SE' and k == 4))
        row = hr_row(d, cc, p, k, i // 7)
        lines.append(sep.join(csv_cell(c, sep, xlsx) for c in row))
    # trailing look-alike rows: masked / test / terminated employees
    lines.append(sep.join(csv_cell(c, sep, xlsx) for c in (['E00000', 'TEST', 'Test', '', '', '', '', '', 'hr-test@example.com'])))
    d.crlf = xlsx or i % 3 == 0
    d.bom = xlsx
    return emit(d, '\n'.join(lines) + '\n')


def b_hr_json(i):
    d = Doc('hr/workday-export-%02d.json' % i)
    emps = []
    for k in range(R.randint(3, 5)):
        cc = rot(['DE', 'NL', 'SE', 'FI', 'UK', 'US', 'IN'], i + k)
        p = P(cc)
        e = {'workerId': 'W%s' % rd(7), 'legalName': {'first': p.first, 'last': p.last},
             'birthDate': d.dob(p, 'iso'), 'hireDate': other_date(2010, 2024).isoformat(),
             'nationalIds': [{'type': rot(NID_LABEL[cc], i + k), 'country': cc, 'value': d.nid(p)}],
             'phones': [{'type': 'mobile', 'number': d.phone(p.mobile)}, {'type': 'work', 'number': la_fict_phone()}],
             'emails': [{'type': 'work', 'address': p.email}],
             'lastModified': la_ts('iso'), 'costCenter': 'CC-%s' % rd(4)}
        if p.iban:
            e['payment'] = {'iban': d.iban(p), 'bic': R.choice(['DEUTDEFF', 'INGBNL2A', 'ESSESESS', 'NDEAFIHH', 'NWBKGB2L'])}
        if k % 2 == 0:
            e['documents'] = [{'kind': 'passport', 'number': d.passport(p), 'expiry': other_date(2026, 2034).isoformat()}]
        if k == 1:
            e['dependents'] = [{'relation': 'child', 'dateOfBirth': None, 'note': 'pending'}]
        emps.append(e)
    doc = {'export': {'generatedAt': la_ts('iso'), 'tenant': 'acme', 'schemaVersion': la_version(), 'count': len(emps)},
           'workers': emps}
    return emit(d, json.dumps(doc, indent=2, ensure_ascii=False) + '\n')


def xml_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def b_hr_xml(i):
    d = Doc('hr/hris-export-%02d.xml' % i)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<EmployeeExport xmlns="urn:acme:hr:1" created="%s" version="%s">' % (la_ts('iso'), la_version())]
    scheme = {'DE': 'DE-IDNR', 'NL': 'BSN', 'SE': 'SE-PNR', 'FI': 'FI-HETU', 'UK': 'UK-NINO', 'US': 'US-SSN', 'IN': 'IN-AADHAAR'}
    for k in range(R.randint(3, 5)):
        cc = rot(['NL', 'DE', 'FI', 'SE', 'UK', 'US', 'IN'], i * 2 + k)
        p = P(cc)
        out.append('  <Employee id="%s">' % rd(6))
        out.append('    <PersonName><GivenName>%s</GivenName><FamilyName>%s</FamilyName></PersonName>' % (xml_esc(p.first), xml_esc(p.last)))
        out.append('    <BirthDate>%s</BirthDate>' % d.dob(p, 'iso'))
        out.append('    <HireDate>%s</HireDate>' % other_date(2010, 2024).isoformat())
        out.append('    <NationalId schemeID="%s">%s</NationalId>' % (scheme[cc], d.nid(p)))
        out.append('    <Contact><Phone type="mobile">%s</Phone><Email>%s</Email></Contact>' % (d.phone(p.mobile), p.email))
        if p.iban:
            out.append('    <BankAccount><IBAN>%s</IBAN><BIC>%s</BIC></BankAccount>' % (d.iban(p, 'elec'), R.choice(['RABONL2U', 'COBADEFF', 'HANDSESS', 'OKOYFIHH', 'BARCGB22'])))
        if k == 0:
            out.append('    <Passport number="%s" expires="%s"/>' % (d.passport(p), other_date(2026, 2034).isoformat()))
        out.append('    <Audit changedBy="svc-sync" changedAt="%s"/>' % la_ts('iso'))
        out.append('  </Employee>')
    out.append('</EmployeeExport>')
    return emit(d, '\n'.join(out) + '\n')


def b_letter(i):
    cc = rot(['DE', 'NL', 'SE', 'UK', 'US', 'IN', 'FI'], i)
    p = P(cc, old=(cc == 'SE' and i % 2 == 1), samord=(cc == 'SE' and i % 3 == 2))
    d = Doc('letters/%s-letter-%02d.txt' % (cc.lower(), i))
    today = other_date(2022, 2025)
    if cc == 'DE':
        t = ['Bundeszentralamt für Steuern', '53221 Bonn', '', '%s %s' % (p.first, p.last), p.street, '%s %s' % (p.zip, p.city), '',
             'Bonn, %s' % fmt_date(today, 'dmy.'), '',
             'Mitteilung Ihrer steuerlichen Identifikationsnummer nach § 139b Abgabenordnung', '',
             'Sehr geehrte Damen und Herren,', '',
             'Ihnen wurde die folgende Identifikationsnummer zugeteilt:', '',
             '        Identifikationsnummer: %s' % d.nid(p, 'sp'), '',
             'Gespeicherte Daten: Familienname %s, Vorname %s, Geburtsdatum %s, Geburtsort %s.' % (p.last, p.first, d.dob(p, 'dmy.'), p.city),
             'Bitte geben Sie die IdNr %s bei allen Anträgen an Ihr Finanzamt an.' % d.nid(p, 'plain'),
             'Hinweis: Die Steuernummer %s ist nicht mit der Identifikationsnummer identisch.' % la_steuernummer(),
             'Die Beispielnummer 12 345 678 901 in unserem Merkblatt ist keine gültige IdNr.', '',
             'Aktenzeichen: St %s / %s  –  Datum des Schreibens: %s' % (rd(4), rd(6), fmt_date(today, 'de_long')),
             'Rückfragen: Servicetelefon %s (Mo–Fr 8–16 Uhr)' % d.phone(P('DE').land, 'nat'),
             '', 'Mit freundlichen Grüßen', 'Ihr Bundeszentralamt für Steuern']
    elif cc == 'NL':
        t = ['Belastingdienst', 'Postbus %s' % rd(4), '%s %s' % (R.choice(['7300', '6400', '9700']), 'AA Apeldoorn'), '',
             'Datum: %s' % fmt_date(today, 'nl_long'), 'Ons kenmerk: %s' % la_invoice().replace('INV', 'BD'), '',
             'Aan: %s' % p.name, '%s, %s %s' % (p.street, p.zip, p.city), '',
             'Burgerservicenummer: %s' % d.nid(p, 'dot'), 'Geboortedatum: %s' % d.dob(p, 'nl_long'), '',
             'Geachte heer/mevrouw %s,' % p.last, '',
             'U ontvangt deze brief omdat wij uw voorlopige aanslag %s hebben berekend.' % today.year,
             'Het bedrag van EUR %d,%02d wordt teruggestort op rekening %s.' % (R.randint(100, 3000), R.randint(0, 99), d.iban(p, 'print')),
             'Vermeld bij vragen altijd uw BSN (%s) en niet het betalingskenmerk %s.' % (d.nid(p, 'plain'), '%s %s %s %s' % (rd(4), rd(4), rd(4), rd(4))),
             'Let op: een BSN als 1234.56.789 (zoals in onze voorbeelden) is geen geldig nummer.',
             'Bel ons kantoor: %s.' % d.phone(P('NL').land, 'nat'), '', 'Met vriendelijke groet,', 'De inspecteur']
    elif cc == 'SE':
        label = 'Samordningsnummer' if p.samord else 'Personnummer'
        t = ['SKATTEVERKET', 'Personbevis', '', 'Utfärdat: %s' % today.isoformat(), 'Ärendenummer: %s-%s' % (rd(3), rd(6)), '',
             '%s: %s' % (label, d.nid(p, '10-')), 'Namn: %s, %s' % (p.last, p.first),
             'Folkbokföringsort: %s kommun' % p.city, 'Födelsedatum: %s' % d.dob(p, 'iso'),
             'Född: %s' % d.dob(p, 'sv_long'), '',
             'Adress: %s, %s %s' % (p.street, p.zip, p.city), '',
             'Personbeviset gäller för ansökan om pass. Kontrollsiffran i %s har verifierats.' % d.nid(p, '12'),
             'Organisationsnummer för mottagaren: %s' % la_orgnr(),
             'Frågor? Ring %s eller skriv till oss.' % d.phone(P('SE').land, 'nat'),
             'Observera: testnumret %s används endast i utbildningsmaterial.' % la_bad_pnr()]
    elif cc == 'UK':
        t = ['HM Revenue & Customs', 'Pay As You Earn', 'BX9 1AS', '', fmt_date(today, 'en_gb'), '',
             '%s %s' % (p.first, p.last), p.street, '%s %s' % (p.city, p.zip), '',
             'Your National Insurance number: %s' % d.nid(p, 'sp'), 'Date of birth: %s' % d.dob(p, 'en_gb'),
             'Unique Taxpayer Reference: %s' % la_utr(), 'Employer PAYE reference: %s/%s' % (rd(3), 'AB' + rd(5)), '',
             'Dear %s %s,' % ('Mr' if p.sex == 'M' else 'Ms', p.last), '',
             'Your tax code for %d to %d is %dL.' % (today.year, today.year + 1, R.randint(1100, 1300)),
             'Please quote %s when you contact us. Never give your NINO to callers who say they are from HMRC.' % d.nid(p, 'plain'),
             'Our leaflet uses QQ 12 34 56 C as an example - that is not a real number.',
             'Call us on %s or write to the address above.' % d.phone(P('UK').land, 'nat')]
    elif cc == 'US':
        t = ['SOCIAL SECURITY ADMINISTRATION', 'Date: %s' % fmt_date(today, 'long_en'), 'BNC#: %s' % rd(10), '',
             '%s %s' % (p.first.upper(), p.last.upper()), p.street.upper(), '%s %s %s' % (p.city.upper(), p.region, p.zip), '',
             'Your Social Security number is %s.' % d.nid(p, 'dash'), 'Date of birth on our records: %s' % d.dob(p, 'mdy/'), '',
             'We are writing to confirm the earnings we have recorded for %d.' % (today.year - 1),
             'Employer Identification Number: %s-%s' % (rd(2), rd(7)),
             'If you call, please have your SSN (%s) ready. Do not use sample numbers such as 078-05-1120.' % d.nid(p, 'plain'),
             'Masked copy for employer: %s' % la_masked_ssn(),
             'Telephone: %s. Your phone on file: %s' % (d.phone(P('US').land, '00'), d.phone(p.mobile, 'nat'))]
    elif cc == 'IN':
        t = ['Unique Identification Authority of India', 'भारतीय विशिष्ट पहचान प्राधिकरण', '',
             'Enrolment No.: %s/%s/%s' % (rd(4), rd(5), rd(5)), '',
             'To', p.name, 'C/O %s %s' % (R.choice(NAMES['IN'][0]), p.last), p.street, '%s, %s - %s' % (p.city, p.region, p.zip),
             'Mobile: %s' % d.phone(p.mobile, 'nat_plain'), '',
             'आपका आधार क्रमांक / Your Aadhaar No. :', '', '        %s' % d.nid(p, 'sp'), '',
             'VID : %s' % la_vid(), '',
             'जन्म तिथि/DOB: %s' % d.dob(p, 'dmy/'), 'Gender: %s' % ('MALE' if p.sex == 'M' else 'FEMALE'),
             'Issue Date: %s   Download Date: %s' % (other_date().strftime('%d/%m/%Y'), other_date().strftime('%d/%m/%Y')), '',
             'मेरा आधार, मेरी पहचान', 'Aadhaar is a proof of identity, not of citizenship or date of birth.',
             'Masked Aadhaar (for sharing): %s' % la_masked_aadhaar(), ('help@uidai.gov.in | 1947' if i == 5 else 'Helpline 1947')]
        if i == 5:
            d.L('email', 'help@uidai.gov.in')
    else:  # FI
        t = ['Kela - Folkpensionsanstalten', 'PL 450, 00056 KELA', '', 'Päivämäärä: %s' % fmt_date(today, 'fi'), '',
             '%s %s' % (p.first, p.last), p.street, '%s %s' % (p.zip, p.city), '',
             'Henkilötunnus: %s' % d.nid(p), 'Syntymäaika: %s' % d.dob(p, 'fi'), '',
             'Päätös asumistuesta', 'Tuki maksetaan tilille %s kuukauden %d. päivänä.' % (d.iban(p, 'print'), R.randint(1, 28)),
             'Asiakasnumero: %s   Y-tunnus (maksaja): %s' % (rd(9), la_ytunnus()),
             'Puhelin (asiakkaan ilmoittama): %s' % d.phone(p.mobile, rot(['nat', 'intl'], i)),
             'Huom! Esimerkkitunnus 131052-308T ei ole kenenkään oikea henkilötunnus.']
    return emit(d, '\n'.join(t) + '\n')


def b_payroll(i):
    kind = rot(['de', 'se', 'nl', 'uk', 'in'], i)
    if kind == 'de':
        d = Doc('payroll/lohnabrechnung-%02d.txt' % i)
        p = P('DE')
        m = other_date(2023, 2025)
        t = ['Verdienstabrechnung %s %d' % (MONTHS['de'][m.month - 1], m.year), '=' * 60,
             'Arbeitgeber: Muster Logistik GmbH, %s' % la_ustid(),
             'Personal-Nr.: %s        Kostenstelle: %s' % (rd(5), rd(4)),
             'Name: %s, %s' % (p.last, p.first), 'geb. %s      Eintritt: %s' % (d.dob(p, 'dmy.'), other_date(2010, 2022).strftime('%d.%m.%Y')),
             'Steuer-ID: %s   StKl: %d   Konf.: %s' % (d.nid(p), R.randint(1, 5), R.choice(['rk', 'ev', '--'])),
             'SV-Schlüssel: 1111   KK: %s' % R.choice(['TK', 'AOK', 'Barmer']),
             '-' * 60, 'Gehalt                             %8d,00' % R.randint(2500, 7000),
             'Lohnsteuer                         %8d,%02d-' % (R.randint(300, 1500), R.randint(0, 99)),
             'Auszahlungsbetrag                  %8d,%02d' % (R.randint(1800, 4500), R.randint(0, 99)),
             'Überweisung an: %s' % d.iban(p, 'print'), 'Buchungsdatum: %s' % la_ts('sql')[:10],
             'Rückfragen Lohnbüro: %s' % d.phone(P('DE').land, 'din_ext')]
        return emit(d, '\n'.join(t) + '\n')
    if kind == 'se':
        d = Doc('payroll/loneunderlag-%02d.csv' % i)
        lines = ['Personnummer;Namn;Clearingnr;Kontonr;IBAN;Bruttolön;Skatt;Utbetalningsdag;Telefon']
        for k in range(R.randint(5, 8)):
            p = P('SE', old=(k == 3), samord=(k == 5))
            lines.append(';'.join([d.nid(p, rot(['12', '10-', '12-'], k)), p.name, R.choice(['8327-9', '5000', '6000', '3300']),
                                   la_id(10) if k != 2 else d.nid(p, '10'), d.iban(p, 'elec'), str(R.randint(25000, 60000)),
                                   str(R.randint(6000, 18000)), other_date(2024, 2025).isoformat(), d.phone(p.mobile, 'nat')]))
        return emit(d, '\n'.join(lines) + '\n')
    if kind == 'nl':
        d = Doc('payroll/loonstrook-%02d.txt' % i)
        p = P('NL')
        t = ['LOONSTROOK periode %d-%d' % (R.randint(1, 12), R.randint(2023, 2025)), 'Werkgever: Voorbeeld B.V.  Loonheffingennummer %s  BTW %s' % (rd(9) + 'L' + rd(2), la_btw()),
             'Werknemer: %s' % p.name, 'Personeelsnummer: %s' % rd(5), 'Sofinummer/BSN: %s' % d.nid(p, 'plain'),
             'Geboortedatum: %s      In dienst: %s' % (d.dob(p, 'dmy-'), other_date(2010, 2022).strftime('%d-%m-%Y')),
             'Bruto salaris      %7d,00' % R.randint(2500, 6500), 'Loonheffing        %7d,%02d' % (R.randint(400, 2000), R.randint(0, 99)),
             'Netto              %7d,%02d' % (R.randint(1800, 4500), R.randint(0, 99)), 'Uitbetaald op: %s' % d.iban(p, 'print'),
             'Vragen? Bel salarisadministratie %s' % d.phone(P('NL').land, 'nat')]
        return emit(d, '\n'.join(t) + '\n')
    if kind == 'uk':
        d = Doc('payroll/payslips-%02d.csv' % i)
        lines = ['payroll_id,employee,ni_number,ni_category,tax_code,dob,pay_date,gross,net,sort_code,account_no,mobile']
        for k in range(R.randint(4, 7)):
            p = P('UK')
            lines.append(','.join([rd(6), '"%s, %s"' % (p.last, p.first), d.nid(p, rot(['plain', 'sp'], k)), R.choice('ABCJ'), '%dL' % R.randint(1100, 1300),
                                   d.dob(p, 'dmy/'), other_date(2024, 2025).strftime('%d/%m/%Y'), str(R.randint(1500, 6000)),
                                   str(R.randint(1200, 4500)), la_sortcode(), rd(8), d.phone(p.mobile, rot(['nat', 'intl', 'nat_plain'], k))]))
        return emit(d, '\n'.join(lines) + '\n')
    d = Doc('payroll/salary-register-%02d.csv' % i)
    lines = ['emp_code,name,aadhaar,pan,uan,dob,doj,bank_ac,ifsc,net_pay,mobile']
    for k in range(R.randint(4, 7)):
        p = P('IN')
        lines.append(','.join(['EMP%s' % rd(4), p.name, d.nid(p, rot(['plain', 'sp', 'dash'], k)), la_pan_in(), la_uan(),
                               d.dob(p, 'dmy-'), other_date(2015, 2024).strftime('%d-%m-%Y'), la_id(12), la_ifsc(), str(R.randint(20000, 150000)),
                               d.phone(p.mobile, rot(['nat_plain', 'e164', 'nat0'], k))]))
    lines.append('EMP0000,Test User,XXXX XXXX %s,,,,,,,0,' % rd(4))
    return emit(d, '\n'.join(lines) + '\n')


def b_sepa(i):
    d = Doc('payroll/sepa-pain001-%02d.xml' % i)
    co = P(rot(['DE', 'NL', 'FI', 'SE'], i))
    msg = 'MSG-%s' % rd(10)
    n = R.randint(3, 5)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">',
           '  <CstmrCdtTrfInitn>', '    <GrpHdr>', '      <MsgId>%s</MsgId>' % msg, '      <CreDtTm>%s</CreDtTm>' % la_ts('iso')[:19],
           '      <NbOfTxs>%d</NbOfTxs>' % n, '      <InitgPty><Nm>ACME Payroll Services</Nm></InitgPty>', '    </GrpHdr>',
           '    <PmtInf>', '      <PmtInfId>SAL-%s</PmtInfId>' % rd(6), '      <PmtMtd>TRF</PmtMtd>',
           '      <ReqdExctnDt><Dt>%s</Dt></ReqdExctnDt>' % other_date(2024, 2025).isoformat(),
           '      <Dbtr><Nm>ACME Europe</Nm></Dbtr>', '      <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>' % d.iban(co, 'elec'),
           '      <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>']
    for k in range(n):
        p = P(rot(['DE', 'NL', 'FI', 'FR', 'ES', 'SE', 'UK'], i + k))
        out += ['      <CdtTrfTxInf>', '        <PmtId><EndToEndId>E2E-%s</EndToEndId></PmtId>' % rd(12),
                '        <Amt><InstdAmt Ccy="EUR">%d.%02d</InstdAmt></Amt>' % (R.randint(1500, 6000), R.randint(0, 99)),
                '        <Cdtr><Nm>%s</Nm></Cdtr>' % xml_esc(p.name),
                '        <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>' % d.iban(p, 'elec'),
                '        <RmtInf><Ustrd>Gehalt %s ref %s</Ustrd></RmtInf>' % (other_date(2024, 2025).strftime('%m/%Y'), la_invoice()),
                '      </CdtTrfTxInf>']
    out.append('      <!-- sample from bank manual, not used: %s -->' % R.choice(DOC_IBANS))
    out += ['    </PmtInf>', '  </CstmrCdtTrfInitn>', '</Document>']
    return emit(d, '\n'.join(out) + '\n')


def hl7_phone(d, ph, cc):
    st = rot(['nat', 'e164', 'intl'], R.randint(0, 2))
    if cc == 'US':
        a, e, l = ph.p
        v = '(%s)%s-%s' % (a, e, l)
        return d.L('phone', v)
    return d.phone(ph, st)


def b_hl7(i):
    cc = rot(['US', 'NL', 'SE', 'FI', 'UK', 'IN', 'US', 'DE'], i)
    d = Doc('hl7/adt-a04-%02d.hl7' % i)
    segs_all = []
    for k in range(R.randint(1, 3)):
        p = P(cc, old=(cc == 'SE' and k == 1))
        ts = la_ts('hl7')
        mrn = 'MRN%s' % rd(7)
        ids = ['%s^^^HOSP^MR' % mrn]
        if cc == 'US':
            ids.append('%s^^^SSA^SS' % d.nid(p, 'plain'))
        elif cc == 'NL':
            ids.append('%s^^^NLMINBIZA^NNNLD' % d.nid(p, 'plain'))
        elif cc == 'SE':
            ids.append('%s^^^&1.2.752.129.2.1.3.1&ISO^NNSWE' % d.nid(p, rot(['10-', '10'], i)))
        elif cc == 'FI':
            ids.append('%s^^^&1.2.246.21&ISO^NNFIN' % d.nid(p))
        elif cc == 'UK':
            ids.append('%s^^^NHS^NH' % la_nhs().replace(' ', ''))
        elif cc == 'IN':
            ids.append('%s^^^UIDAI^NI' % d.nid(p, 'plain'))
        elif cc == 'DE':
            ids.append('%s^^^GKV^NI' % la_kvnr())
        if k == 0 and p.passport:
            ids.append('%s^^^%s^PPN' % (d.passport(p), {'UK': 'GBR', 'US': 'USA', 'NL': 'NLD', 'SE': 'SWE', 'FI': 'FIN', 'IN': 'IND', 'DE': 'D'}[cc]))
        dob = d.dob(p, 'compact')
        pid19 = d.nid(p, 'dash') if cc == 'US' else ''
        nk = P(cc)
        if cc == 'UK':
            pid19 = ''
        segs = ['MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|GHH|%s||ADT^A04^ADT_A01|MSG%s|P|2.5.1' % (ts, rd(8)),
                'EVN|A04|%s|||%s^%s^%s' % (ts, rd(4), R.choice(NAMES[cc][1]), R.choice(NAMES[cc][0])),
                'PID|1||%s||%s^%s^^^^^L||%s|%s|||%s^^%s^^%s^%s^H||%s^PRN^PH~%s^PRN^CP|%s^WPN^PH||%s|||%s|' % (
                    '~'.join(ids), p.last.upper(), p.first.upper(), dob, 'M' if p.sex == 'M' else 'F', p.street, p.city, p.zip,
                    {'US': 'USA', 'NL': 'NLD', 'SE': 'SWE', 'FI': 'FIN', 'UK': 'GBR', 'IN': 'IND', 'DE': 'DEU'}[cc],
                    hl7_phone(d, p.land, cc), hl7_phone(d, p.mobile, cc), la_fict_phone(), R.choice('MSW'), pid19),
                'NK1|1|%s^%s|SPO^Spouse^HL70063||%s|' % (nk.last.upper(), nk.first.upper(), hl7_phone(d, nk.mobile, cc)),
                'PV1|1|O|CLINIC^%s^01||||%s^%s^%s|||||||||||%s|||||||||||||||||||||||||%s' % (
                    rd(3), rd(6), R.choice(NAMES[cc][1]), R.choice(NAMES[cc][0]), 'V%s' % rd(9), la_ts('hl7')),
                'IN1|1|%s|%s|ACME HEALTH PLAN|||||GRP%s||||%s|%s||||||||||||||||||||||||%s' % (
                    R.choice(['BCBS', 'AETNA', 'ZK']), rd(6), rd(5), other_date(2023, 2024).strftime('%Y%m%d'),
                    other_date(2025, 2026).strftime('%Y%m%d'), 'POL%s' % rd(9))]
        segs_all.append('\r'.join(segs))
    sep = '\r' if i % 2 == 0 else '\n'
    return emit(d, sep.join(s.replace('\r', sep) for s in segs_all) + sep)


FHIR_SYS = {'US': 'http://hl7.org/fhir/sid/us-ssn', 'NL': 'http://fhir.nl/fhir/NamingSystem/bsn',
            'SE': 'urn:oid:1.2.752.129.2.1.3.1', 'FI': 'urn:oid:1.2.246.21', 'IN': 'https://uidai.gov.in/aadhaar',
            'UK': 'https://fhir.nhs.uk/Id/nhs-number', 'DE': 'http://fhir.de/sid/gkv/kvid-10'}


def fhir_patient(d, cc, p):
    ident = [{'use': 'usual', 'type': {'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/v2-0203', 'code': 'MR'}]},
              'system': 'urn:oid:2.16.840.1.113883.19.5', 'value': rd(8)}]
    if cc in ('US', 'NL', 'SE', 'FI', 'IN'):
        st = {'US': 'dash', 'NL': 'plain', 'SE': '12', 'FI': None, 'IN': 'plain'}[cc]
        ident.append({'use': 'official', 'system': FHIR_SYS[cc], 'value': d.nid(p, st)})
    elif cc == 'UK':
        ident.append({'use': 'official', 'system': FHIR_SYS[cc], 'value': la_nhs().replace(' ', '')})
    else:
        ident.append({'use': 'official', 'system': FHIR_SYS[cc], 'value': la_kvnr()})
    if p.passport and R.random() < 0.6:
        ident.append({'type': {'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/v2-0203', 'code': 'PPN'}]},
                      'system': 'urn:oid:2.16.840.1.113883.4.330', 'value': d.passport(p)})
    nk = P(cc)
    return {
        'resourceType': 'Patient', 'id': la_uuid(),
        'meta': {'versionId': str(R.randint(1, 9)), 'lastUpdated': la_ts('iso')},
        'identifier': ident, 'active': True,
        'name': [{'use': 'official', 'family': p.last, 'given': [p.first]}],
        'telecom': [{'system': 'phone', 'value': d.phone(p.mobile), 'use': 'mobile'},
                    {'system': 'phone', 'value': d.phone(p.land), 'use': 'home'},
                    {'system': 'email', 'value': p.email}],
        'gender': 'male' if p.sex == 'M' else 'female', 'birthDate': d.dob(p, 'iso'),
        'address': [{'line': [p.street], 'city': p.city, 'postalCode': p.zip, 'country': cc}],
        'contact': [{'relationship': [{'text': 'emergency contact'}], 'name': {'text': nk.name},
                     'telecom': [{'system': 'phone', 'value': d.phone(nk.mobile)}]}],
    }


def b_fhir(i):
    cc = rot(['NL', 'US', 'SE', 'FI', 'IN', 'UK', 'DE'], i)
    if i % 3 == 2:
        d = Doc('fhir/patient-%02d.xml' % i)
        p = P(cc)
        pt = fhir_patient(d, cc, p)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Patient xmlns="http://hl7.org/fhir">', '  <id value="%s"/>' % pt['id'],
               '  <meta><lastUpdated value="%s"/></meta>' % pt['meta']['lastUpdated']]
        for idn in pt['identifier']:
            out.append('  <identifier><system value="%s"/><value value="%s"/></identifier>' % (idn['system'], idn['value']))
        out.append('  <name><family value="%s"/><given value="%s"/></name>' % (xml_esc(p.last), xml_esc(p.first)))
        for tc in pt['telecom']:
            out.append('  <telecom><system value="%s"/><value value="%s"/></telecom>' % (tc['system'], tc['value']))
        out.append('  <gender value="%s"/>' % pt['gender'])
        out.append('  <birthDate value="%s"/>' % pt['birthDate'])
        out.append('  <contact><name><text value="%s"/></name><telecom><system value="phone"/><value value="%s"/></telecom></contact>' % (
            xml_esc(pt['contact'][0]['name']['text']), pt['contact'][0]['telecom'][0]['value']))
        out.append('</Patient>')
        return emit(d, '\n'.join(out) + '\n')
    d = Doc('fhir/bundle-%02d.json' % i)
    entries = []
    for k in range(R.randint(1, 3)):
        p = P(cc)
        pt = fhir_patient(d, cc, p)
        entries.append({'fullUrl': 'urn:uuid:%s' % pt['id'], 'resource': pt, 'request': {'method': 'PUT', 'url': 'Patient/%s' % pt['id']}})
        entries.append({'fullUrl': 'urn:uuid:%s' % la_uuid(), 'resource': {
            'resourceType': 'Appointment', 'status': 'booked', 'start': '%sT%02d:00:00+01:00' % (other_date(2024, 2025).isoformat(), R.randint(8, 17)),
            'created': other_date(2023, 2024).isoformat(), 'participant': [{'actor': {'reference': 'Patient/%s' % pt['id']}}]}})
    bundle = {'resourceType': 'Bundle', 'type': 'transaction', 'timestamp': la_ts('iso'), 'entry': entries}
    return emit(d, json.dumps(bundle, indent=2, ensure_ascii=False) + '\n')


REAL_MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'web.de', 'gmx.de', 'telia.com', 'ziggo.nl', 'kpnmail.nl', 'yahoo.co.in',
                     'rediffmail.com', 'hotmail.co.uk', 'icloud.com', 'elisanet.fi', 'protonmail.com']


def real_email(d, p):
    loc = ascii_fold(p.first.lower()) + '.' + ascii_fold(p.last.lower().replace(' ', '')) + rd(2)
    return d.L('email', loc + '@' + R.choice(REAL_MAIL_DOMAINS))


def b_crm(i):
    d = Doc('crm/contacts-export-%02d.csv' % i)
    lines = ['Id,FirstName,LastName,Email,Phone,MobilePhone,Birthdate,CreatedDate,LastModifiedDate,MailingCountry,Description']
    for k in range(R.randint(5, 9)):
        cc = rot(['US', 'UK', 'DE', 'FR', 'ES', 'SE', 'NL', 'FI', 'IN'], i + k)
        p = P(cc)
        email = real_email(d, p) if k % 3 == 0 else p.email
        desc = ''
        if k % 4 == 1:
            desc = '"Prefers calls after 5pm; old number %s disconnected"' % la_fict_phone()
        elif k % 4 == 2:
            desc = '"Order %s shipped, tracking %s"' % (la_order(), la_tracking())
        if k % 4 == 3:
            desc = '"Bought ISBN %s and EAN %s"' % (la_isbn(), la_ean())
        land = d.phone(p.land, rot(['intl', 'nat', 'e164'], k))
        if cc == 'US' and k % 2 == 0:
            land = '"%s x%d"' % (land, R.randint(100, 999))
        elif cc == 'UK' and k % 2 == 0:
            land = '"%s ext. %d"' % (land, R.randint(10, 99))
        lines.append(','.join(['003%s' % la_hex(12).upper(), p.first, '"%s"' % p.last if ' ' in p.last else p.last, email,
                               land, d.phone(p.mobile), d.dob(p, 'iso'),
                               la_ts('iso'), la_ts('iso'), cc, desc]))
    return emit(d, '\n'.join(lines) + '\n')


def b_ticket(i):
    lang = rot(['en', 'de', 'fr', 'sv', 'nl', 'hi', 'es', 'en'], i)
    d = Doc('tickets/ticket-%s-%02d.txt' % (lang, i))
    tid = 'TKT-%s' % rd(6)
    created = la_ts('iso')
    if lang == 'en':
        cc = rot(['US', 'UK'], i // 8)
        p = P(cc)
        t = ['Ticket: %s   Priority: High   Created: %s' % (tid, created), 'Subject: Card declined and account locked', '',
             '--- Customer (%s) ---' % p.name,
             "Hi, my card %s got declined twice today and now I'm locked out." % d.card(p, 'sp'),
             'My date of birth is %s and my %s is %s if you need to verify.' % (
                 d.dob(p, 'long_en' if cc == 'US' else 'en_ord'), 'SSN' if cc == 'US' else 'NI number', d.nid(p)),
             'You can call me on %s (ext. %d at work) - not the old %s.' % (d.phone(p.mobile), R.randint(10, 99), la_fict_phone()),
             'The form had pre-filled %s, which is not mine.' % (la_bad_ssn() if cc == 'US' else 'QQ 12 34 56 C'),
             '', '--- Agent (Mark) ---',
             'Thanks. For security I have redacted your card to %s and SSN to %s in this ticket.' % (la_masked_card(), la_masked_ssn()),
             'Your new card will ship with tracking %s, order %s. Expiry on the replacement is 09/%d.' % (la_tracking(), la_order(), R.randint(27, 30)),
             '', '--- Customer ---', 'Also, my passport number is %s if that helps with the ID check. Born %s.' % (d.passport(p), d.dob(p, 'iso')),
             'Internal note: appointment booked for %s, KB article %s.' % (other_date(2024, 2025).isoformat(), la_version())]
    elif lang == 'de':
        p = P('DE')
        t = ['Ticket #%s – erstellt am %s' % (rd(7), created), 'Betreff: Änderung Bankverbindung / Steuer-ID', '',
             'Kundin: %s' % p.name,
             'Guten Tag, bitte ändern Sie meine Bankverbindung auf %s.' % d.iban(p, 'print'),
             'Meine Steueridentifikationsnummer lautet %s, geb. %s.' % (d.nid(p, 'sp'), d.dob(p, 'dmy.')),
             'Erreichbar bin ich unter %s oder mobil %s.' % (d.phone(p.land, rot(['nat', 'slash', 'intl0'], i)), d.phone(p.mobile, rot(['nat', 'intl', 'nat_sp'], i))),
             'Reisepass-Nr.: %s (gültig bis %s)' % (d.passport(p), other_date(2027, 2034).strftime('%d.%m.%Y')),
             '(Im Muster aus der Anleitung stand die Passnummer C01X00T47 von Erika Mustermann.)',
             '', 'Antwort Support:', 'Die alte IBAN %s wurde deaktiviert. Ihre Kundennummer %s bleibt gleich.' % (la_masked_iban(), la_id(10)),
             'Hinweis: die Nummer %s in unserem Formular war nur ein Beispiel.' % R.choice(['DE89 3704 0044 0532 0130 00', '12 345 678 901']),
             'Rückruf vereinbart für den %s um 14:00 Uhr.' % other_date(2024, 2025).strftime('%d.%m.%Y')]
    elif lang == 'fr':
        p = P('FR')
        q = P('FI') if i % 2 else P('NL')
        t = ['Demande n° %s — ouverte le %s' % (rd(6), created), 'Objet : mise à jour de mon dossier', '',
             'Client : %s, né le %s à %s.' % (p.name, d.dob(p, 'fr_long'), p.city),
             'Date de naissance : %s' % d.dob(p, 'dmy/'),
             'Mon numéro de portable : %s (ancien fixe : %s).' % (d.phone(p.mobile, rot(['nat', 'dot', 'intl'], i)), d.phone(p.land, 'nat')),
             'RIB / IBAN : %s' % d.iban(p, 'print'),
             'Numéro de passeport : %s, délivré le %s.' % (d.passport(p), other_date(2016, 2023).strftime('%d/%m/%Y')),
             'Je paie par carte %s.' % d.card(p, 'sp'),
             '', 'Conjoint(e) : %s, %s : %s' % (q.name, 'henkilötunnus' if q.cc == 'FI' else 'BSN', d.nid(q)),
             '', 'Réponse du conseiller :', 'Merci, la carte est masquée (%s) dans nos systèmes. Facture %s.' % (la_masked_card(), la_invoice()),
             'Rendez-vous fixé au %s.' % fmt_date(other_date(2024, 2025), 'fr_long')]
    elif lang == 'sv':
        p = P('SE', samord=(i % 2 == 1))
        t = ['Ärende %s  (skapat %s)' % (rd(6), created), 'Rubrik: Byte av telefonnummer', '',
             'Hej! Jag heter %s, pnr %s, och vill byta mitt mobilnummer till %s.' % (p.name, d.nid(p, '10-'), d.phone(p.mobile, rot(['nat', 'nat_sp', 'intl'], i))),
             'Födelsedatum: %s. Gammalt nummer: %s.' % (d.dob(p, 'iso'), la_fict_phone()),
             'Lön ska gå till %s.' % d.iban(p, 'print'),
             '', 'Svar från kundtjänst:', 'Tack! Vi har noterat %s. Vårt organisationsnummer är %s och ditt kundnummer %s.' % (
                 d.nid(p, '12'), la_orgnr(), la_id(9)),
             'Personnumret %s som stod i exemplet i vårt formulär är ogiltigt.' % la_bad_pnr(),
             'Vi ringer dig %s.' % fmt_date(other_date(2024, 2025), 'sv_long')]
    elif lang == 'nl':
        p = P('NL')
        t = ['Melding %s (aangemaakt %s)' % (rd(7), created), 'Onderwerp: wijziging gegevens zorgverzekering', '',
             'Beste klantenservice,', 'Mijn burgerservicenummer is %s en mijn geboortedatum %s.' % (d.nid(p, rot(['dot', 'plain', 'sp'], i)), d.dob(p, 'nl_long')),
             'Graag premie afschrijven van %s.' % d.iban(p, 'print'),
             'Bel me op %s of op mijn werk %s.' % (d.phone(p.mobile, rot(['nat', 'nat_sp', 'intl'], i)), d.phone(p.land, 'nat')),
             'Paspoortnummer: %s' % d.passport(p), '',
             'Antwoord:', 'Bedankt. Uw polisnummer is %s. Het BSN %s dat u eerder stuurde klopte niet (elfproef).' % (la_id(9), la_bad_bsn()),
             'Afspraak staat op %s.' % fmt_date(other_date(2024, 2025), 'dmy-')]
    elif lang == 'hi':
        p = P('IN')
        t = ['Ticket %s | Created %s | Channel: WhatsApp' % (tid, created), '',
             'Customer: Namaste, mera KYC pending hai. Aadhaar number %s hai, DOB %s.' % (d.nid(p, rot(['sp', 'plain'], i)), d.dob(p, 'dmy/')),
             'Customer: mobile %s pe OTP nahi aa raha.' % d.phone(p.mobile, rot(['nat_plain', 'intl', 'nat'], i)),
             'Agent: Sir, please full Aadhaar share mat kijiye, sirf last 4 digits (%s) kaafi hain. VID bhi chalega.' % la_masked_aadhaar(),
             'Customer: ok, VID %s hai. PAN %s.' % (la_vid(), la_pan_in()),
             'Customer: card %s se payment karna hai' % d.card(p, rot(['sp', 'plain'], i)),
             'Agent: order %s ka refund %s tak aa jayega.' % (la_order(), other_date(2024, 2025).strftime('%d/%m/%Y')),
             'Customer: passport no. %s bhi de sakta hoon.' % d.passport(p)]
    else:  # es
        p = P('ES')
        t = ['Incidencia %s — abierta el %s' % (rd(6), created), 'Asunto: cambio de cuenta bancaria', '',
             'Cliente: %s, fecha de nacimiento: %s.' % (p.name, d.dob(p, 'es_long')),
             'Nueva cuenta: %s' % d.iban(p, 'print'), 'Teléfono: %s' % d.phone(p.mobile, rot(['nat', 'intl', 'nat_sp'], i)),
             'Pasaporte: %s' % d.passport(p), 'Tarjeta: %s' % d.card(p),
             '', 'Respuesta:', 'Hemos anonimizado la tarjeta (%s). Pedido %s.' % (la_masked_card(), la_order()),
             'Cita programada: %s.' % fmt_date(other_date(2024, 2025), 'dmy/')]
    return emit(d, '\n'.join(t) + '\n')


def b_chat(i):
    d = Doc('chat/transcript-%02d.json' % i)
    cc = rot(['IN', 'SE', 'NL', 'DE', 'FI', 'UK', 'US'], i)
    p = P(cc)
    msgs = []
    base = int(la_epoch_s())

    def m(who, text):
        msgs.append({'ts': '%d.%06d' % (base + len(msgs) * 45 + R.randint(0, 40), R.randint(0, 999999)), 'user': who, 'text': text})
    lab = rot(NID_LABEL[cc], i)
    m('visitor', 'hi, need help updating my profile')
    m('bot', 'Sure! For verification please share your %s and date of birth.' % lab)
    if cc == 'IN':
        m('visitor', 'aadhaar %s, dob %s' % (d.nid(p), d.dob(p, 'dmy-')))
    elif cc == 'SE':
        m('visitor', 'personnummer %s, född %s' % (d.nid(p), d.dob(p, 'iso')))
    elif cc == 'NL':
        m('visitor', 'bsn %s, geboren %s' % (d.nid(p), d.dob(p, 'dmy-')))
    elif cc == 'DE':
        m('visitor', 'Steuer-ID %s, geb. am %s' % (d.nid(p), d.dob(p, 'dmy.')))
    elif cc == 'FI':
        m('visitor', 'hetu %s, syntynyt %s' % (d.nid(p), d.dob(p, 'fi')))
    elif cc == 'UK':
        m('visitor', 'NINO %s and I was born %s' % (d.nid(p), d.dob(p, 'en_gb')))
    else:
        m('visitor', 'ssn %s, dob %s' % (d.nid(p), d.dob(p, 'mdy/')))
    m('agent', 'Thanks, verified. I masked it in the CRM. Anything else?')
    m('visitor', 'new number is %s. also pay with %s' % (d.phone(p.mobile), d.card(p)))
    m('agent', 'Done. Reference %s, callback scheduled %s. Please never share the CVV.' % (la_invoice(), la_ts('iso')))
    m('visitor', 'thx. passport_no %s in case the form asks' % d.passport(p))
    doc = {'channel': 'C%s' % la_hex(8).upper(), 'exported_at': la_ts('iso'), 'messages': msgs}
    # JSON with escaped slashes like PHP json_encode
    text = json.dumps(doc, indent=1, ensure_ascii=(i % 2 == 0))
    if i % 2 == 0:
        # ensure_ascii escapes non-ASCII; labels are ASCII so unaffected
        pass
    if i % 3 == 0:
        text = text.replace('/', '\\/')
        d.labels = [(c, v.replace('/', '\\/')) for c, v in d.labels]
    return emit(d, text + '\n')


def qp_safe(s):
    return s


def b_email(i):
    cc = rot(['UK', 'DE', 'NL', 'IN', 'SE', 'US', 'FI', 'FR'], i)
    d = Doc('email/message-%02d.eml' % i)
    p = P(cc)
    hr = 'hr@%s' % R.choice(RESERVED)
    bnd = '----=_Part_%s_%s' % (rd(6), rd(10))
    date = la_ts('rfc5322')
    sender = real_email(d, p) if i % 2 == 0 else p.email
    nidlab = rot(NID_LABEL[cc], i) if cc in NID_LABEL else 'ID'
    lines_txt = ['Hello,', '', 'as requested, here are my details for the onboarding form:', '',
                 'Name: %s' % p.name, '%s: %s' % (DOB_WORD[cc], d.dob(p))]
    if cc in NID_LABEL:
        lines_txt.append('%s: %s' % (nidlab, d.nid(p)))
    lines_txt += ['Phone: %s' % d.phone(p.mobile), 'IBAN: %s' % d.iban(p, 'print') if p.iban else 'Card: %s' % d.card(p),
                  'Passport: %s' % d.passport(p), '',
                  'My start date is %s and the contract reference is %s.' % (other_date(2024, 2025).isoformat(), la_invoice()),
                  '', 'Best regards,', p.name, '--', 'Sent from my phone']
    txt = '\n'.join(lines_txt)
    html = '<html><body><p>' + '<br>\n'.join(xml_esc(x) for x in lines_txt) + '</p></body></html>'
    head = ['Return-Path: <%s>' % sender, 'Received: from mail-%s.example.net (mail.example.net [%s])' % (rd(3), la_ip()),
            '\tby mx.example.org with ESMTPS id %s; %s' % (la_hex(10), date),
            'Message-ID: <%s@example.net>' % la_uuid(), 'Date: %s' % date, 'From: "%s" <%s>' % (p.name, sender),
            'To: %s' % hr, 'Subject: =?UTF-8?Q?Onboarding_documents?=', 'MIME-Version: 1.0',
            'X-Mailer: %s' % la_version(), 'Content-Type: multipart/alternative; boundary="%s"' % bnd, '']
    body = ['This is a multi-part message in MIME format.', '--' + bnd, 'Content-Type: text/plain; charset=UTF-8',
            'Content-Transfer-Encoding: 8bit', '', txt, '', '--' + bnd, 'Content-Type: text/html; charset=UTF-8',
            'Content-Transfer-Encoding: 8bit', '', html, '', '--' + bnd + '--', '']
    d.crlf = True
    return emit(d, '\n'.join(head + body))


def sql_q(v):
    return "'" + v.replace("'", "''") + "'"


def b_sql(i):
    kind = rot(['mysql', 'pg', 'sqlite', 'log'], i)
    d = Doc('sql/%s-dump-%02d.sql' % (kind, i))
    rows = []
    for k in range(R.randint(4, 7)):
        cc = rot(['IN', 'SE', 'NL', 'DE', 'FI', 'UK', 'US'], i + k)
        p = P(cc, samord=(cc == 'SE' and k % 2 == 1))
        rows.append((k + 1, p.first, p.last, d.dob(p, 'iso'), cc, d.nid(p), d.phone(p.mobile),
                     (d.iban(p, 'elec') if p.iban else None) if kind != 'log' else None, la_ts('sql'), p))
    if kind == 'mysql':
        out = ['-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)' % R.randint(20, 36), '--',
               '-- Host: 10.0.0.%d    Database: crm' % R.randint(2, 250), '-- Server version\t8.0.%d' % R.randint(20, 36), '',
               'DROP TABLE IF EXISTS `customers`;',
               'CREATE TABLE `customers` (', '  `id` int NOT NULL AUTO_INCREMENT,', '  `first_name` varchar(64),',
               '  `last_name` varchar(64),', '  `date_of_birth` date,', '  `country` char(2),', '  `national_id` varchar(32),',
               '  `phone` varchar(32),', '  `iban` varchar(34),', '  `created_at` datetime,', '  PRIMARY KEY (`id`)',
               ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', '', 'LOCK TABLES `customers` WRITE;',
               'INSERT INTO `customers` VALUES ' + ','.join(
                   '(%d,%s,%s,%s,%s,%s,%s,%s,%s)' % (r[0], sql_q(r[1]), sql_q(r[2]), sql_q(r[3]), sql_q(r[4]), sql_q(r[5]),
                                                    sql_q(r[6]), sql_q(r[7]) if r[7] else 'NULL', sql_q(r[8])) for r in rows) + ';',
               'UNLOCK TABLES;', '', "INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (1,%s,%s,'%02d/%d');" % (
                   sql_q(d.card(rows[0][9], 'plain')), sql_q(la_masked_card()), R.randint(1, 12), R.randint(26, 31)),
               "INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (2,'4111111111111111','411111******1111','12/30');",
               '-- Dump completed on %s' % la_ts('sql')]
    elif kind == 'pg':
        out = ['--', '-- PostgreSQL database dump', '--', '', 'SET statement_timeout = 0;', "SET client_encoding = 'UTF8';", '',
               'CREATE TABLE public.patients (id integer, given text, family text, birth_date date, country text, national_id text, phone text, iban text, updated_at timestamp);',
               '', 'COPY public.patients (id, given, family, birth_date, country, national_id, phone, iban, updated_at) FROM stdin;']
        for r in rows:
            out.append('\t'.join([str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7] or '\\N', r[8]]))
        out += ['\\.', '', "SELECT pg_catalog.setval('public.patients_id_seq', %d, true);" % len(rows), '',
                '--', '-- PostgreSQL database dump complete', '--']
    elif kind == 'sqlite':
        out = ['PRAGMA foreign_keys=OFF;', 'BEGIN TRANSACTION;',
               'CREATE TABLE members(id INTEGER PRIMARY KEY, first TEXT, last TEXT, dob TEXT, cc TEXT, natid TEXT, tel TEXT, iban TEXT, joined TEXT);']
        for r in rows:
            out.append('INSERT INTO members VALUES(%d,%s,%s,%s,%s,%s,%s,%s,%s);' % (
                r[0], sql_q(r[1]), sql_q(r[2]), sql_q(r[3]), sql_q(r[4]), sql_q(r[5]), sql_q(r[6]), sql_q(r[7]) if r[7] else 'NULL', sql_q(r[8])))
        out += ['COMMIT;']
    else:
        out = []
        for r in rows:
            out.append('%s UTC [%d] LOG:  duration: %d.%03d ms  statement: UPDATE users SET phone = %s, birth_date = %s, updated_at = now() WHERE natid = %s' % (
                la_ts('logdot'), R.randint(1000, 30000), R.randint(0, 50), R.randint(0, 999), sql_q(r[6]), sql_q(r[3]), sql_q(r[5])))
            out.append('%s UTC [%d] LOG:  duration: 0.%03d ms  statement: SELECT id FROM orders WHERE order_no = %s AND created_at > %s' % (
                la_ts('logdot'), R.randint(1000, 30000), R.randint(0, 999), sql_q(la_order()), sql_q(other_date().isoformat())))
    return emit(d, '\n'.join(out) + '\n')


def b_access(i):
    d = Doc('http/access-%02d.log' % i)
    out = []
    for k in range(R.randint(5, 8)):
        cc = rot(['IN', 'SE', 'NL', 'UK', 'US', 'DE', 'FI'], i + k)
        p = P(cc)
        enc = 'url' if k % 2 == 0 else 'form'
        nidk = rot(['aadhaar', 'pnr', 'bsn', 'nino', 'ssn', 'idnr', 'hetu'], ['IN', 'SE', 'NL', 'UK', 'US', 'DE', 'FI'].index(cc))
        q = '%s=%s&%s=%s&phone=%s&ref=%s&ts=%s' % (
            nidk, d.nid(p, enc=enc), rot(['dob', 'birthdate', 'date_of_birth'], k), d.dob(p, rot(['dmy/', 'iso', 'mdy/', 'long_en'], k), enc=enc),
            d.phone(p.mobile, rot(['e164', 'intl', 'nat'], k), enc=enc), la_order().replace('#', '%23'), la_epoch_ms())
        out.append('%s - - [%s] "GET /api/v1/verify?%s HTTP/1.1" 200 %d "-" "Mozilla/5.0 (Linux; Android 14)" rt=0.%03d' % (
            la_ip(), la_ts('clf'), q, R.randint(200, 5000), R.randint(0, 999)))
        if k % 3 == 0:
            out.append('%s - - [%s] "GET /static/app.%s.js?v=%s HTTP/2.0" 304 0 "-" "curl/8.%d.0"' % (la_ip(), la_ts('clf'), la_hex(8), la_version(), R.randint(0, 9)))
        if k % 3 == 1:
            out.append('%s - - [%s] "POST /checkout?card=%s&cvc=xxx HTTP/1.1" 402 %d "-" "okhttp/4.12.0"' % (
                la_ip(), la_ts('clf'), urllib.parse.quote(la_masked_card()), R.randint(100, 900)))
        if k % 3 == 2:
            out.append('%s - - [%s] "GET /pay?pan=%s&exp=%02d%d HTTP/1.1" 200 %d "-" "python-requests/2.31"' % (
                la_ip(), la_ts('clf'), d.card(p, 'plain'), R.randint(1, 12), R.randint(26, 31), R.randint(100, 900)))
    return emit(d, '\n'.join(out) + '\n')


def b_form(i):
    d = Doc('http/form-post-%02d.http' % i)
    cc = rot(['SE', 'NL', 'DE', 'IN', 'FI', 'UK', 'US'], i)
    p = P(cc, samord=(cc == 'SE' and i % 2 == 0))
    fields = [('first_name', p.first), ('last_name', p.last)]
    body_parts = []
    for k, v in fields:
        body_parts.append('%s=%s' % (k, urllib.parse.quote_plus(v)))
    body_parts.append('%s=%s' % (rot(NID_LABEL[cc], i).replace(' ', '_').replace('.', ''), d.nid(p, enc='form')))
    body_parts.append('%s=%s' % (rot(['dob', 'birth_date', 'geburtsdatum', 'geboortedatum', 'fodelsedatum'], i), d.dob(p, enc='form')))
    body_parts.append('mobile=%s' % d.phone(p.mobile, rot(['intl', 'e164', 'nat'], i), enc='form'))
    if p.iban:
        body_parts.append('iban=%s' % d.iban(p, 'print', enc='form'))
    body_parts.append('passport_no=%s' % d.passport(p, enc='form'))
    body_parts.append('appointment=%s' % urllib.parse.quote_plus(other_date(2024, 2025).isoformat()))
    body_parts.append('csrf_token=%s' % la_hex(32))
    body = '&'.join(body_parts)
    if i % 2 == 0:
        t = ['POST /forms/apply HTTP/1.1', 'Host: portal.example.org', 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
             'Content-Type: application/x-www-form-urlencoded', 'Content-Length: %d' % len(body.encode()),
             'Cookie: sessionid=%s' % la_hex(24), 'X-Request-ID: %s' % la_uuid(), '', body]
        d.crlf = True
        return emit(d, '\n'.join(t) + '\n')
    t = ['$ curl -v -X POST https://portal.example.org/forms/apply \\', "    -H 'Content-Type: application/x-www-form-urlencoded' \\",
         "    --data '%s'" % body, '*   Trying 203.0.113.%d:443...' % R.randint(1, 254), '* Connected to portal.example.org (203.0.113.%d) port 443' % R.randint(1, 254),
         '> POST /forms/apply HTTP/2', '> Host: portal.example.org', '> content-length: %d' % len(body.encode()), '>',
         '< HTTP/2 302', '< location: /forms/thanks?id=%s' % la_id(10), '< date: %s' % la_ts('rfc5322'), '<']
    return emit(d, '\n'.join(t) + '\n')


def b_pdf(i):
    kind = rot(['lstb', 'aadhaar', 'bank', 'p60', 'w2', 'nl', 'fi', 'se'], i)
    d = Doc('pdf/extract-%s-%02d.txt' % (kind, i))
    FF = '\f'
    if kind == 'lstb':
        p = P('DE')
        t = ['Ausdruck der elektronischen Lohnsteuerbescheinigung für %d' % R.randint(2021, 2024), '',
             'Dauer des Dienstverhältnisses          01.01. - 31.12.',
             '%-38s%s' % ('Identifikationsnummer:', d.nid(p, rot(['plain', 'box', 'sp'], i // 8))),
             '%-38s%s' % ('Geburtsdatum:', d.dob(p, 'dmy.')),
             '%-38s%s' % ('Transferticket:', '%s%s' % (''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4)), rd(10))),
             '%-38s%s' % ('Personalnummer:', rd(6)), '',
             'Dem Arbeitgeber mitgeteilte                 Steuerklasse/Faktor      gültig ab',
             'Besteuerungsmerkmale                        %d                        01.01.' % R.randint(1, 5), '',
             '3.  Bruttoarbeitslohn                                   %6d,%02d' % (R.randint(30000, 90000), R.randint(0, 99)),
             '4.  Einbehaltene Lohnsteuer                             %6d,%02d' % (R.randint(3000, 20000), R.randint(0, 99)),
             FF + 'Finanzamt    %s      Steuernummer %s' % (rd(4), la_steuernummer()),
             'Anschrift des Arbeitgebers: Beispiel GmbH, %s' % la_ustid()]
    elif kind == 'aadhaar':
        p = P('IN')
        n = p.nid
        t = ['', '                 Government of India', '', '   %s' % p.name, '   जन्म तिथि / DOB : %s' % d.dob(p, 'dmy/'),
             '   पुरुष / MALE' if p.sex == 'M' else '   महिला / FEMALE', '', '', '          %s' % d.nid(p, 'sp'),
             '   ─────────────────────────────', '          मेरा आधार, मेरी पहचान', FF,
             '   Address: %s, %s, %s - %s' % (p.street, p.city, p.region, p.zip), '',
             '   VID : %s' % la_vid(), '   Download Date: %s   Issue Date: %s' % (other_date().strftime('%d/%m/%Y'), other_date().strftime('%d/%m/%Y')),
             '   1947    www.uidai.gov.in']
    elif kind == 'bank':
        p = P(rot(['NL', 'DE', 'FI', 'SE'], i // 8))
        t = ['KONTOAUSZUG / ACCOUNT STATEMENT                     Page 1 of 2', '',
             'Account holder: %s' % p.name, 'IBAN:  %s       BIC: %s' % (d.iban(p, 'print'), R.choice(['INGBNL2A', 'DEUTDEFF', 'NDEAFIHH', 'ESSESESS'])),
             'Statement period: %s - %s' % (other_date(2024, 2024).isoformat(), other_date(2025, 2025).isoformat()), '',
             'Date        Description                                 Amount',
             '%s  SEPA transfer to %s             -%d.%02d' % (other_date().strftime('%d.%m.%Y'), la_masked_iban(), R.randint(10, 999), R.randint(0, 99)),
             '%s  Card payment %s  REWE             -%d.%02d' % (other_date().strftime('%d.%m.%Y'), la_masked_card(), R.randint(10, 200), R.randint(0, 99)),
             '%s  Salary ACME BV ref %s          +%d.%02d' % (other_date().strftime('%d.%m.%Y'), la_invoice(), R.randint(2000, 5000), R.randint(0, 99)),
             FF + 'Customer service: %s' % d.phone(P(p.cc).land, 'intl'), 'Example IBAN shown in our brochure: %s' % R.choice(DOC_IBANS)]
    elif kind == 'p60':
        p = P('UK')
        t = ['P60 End of Year Certificate', 'Tax year to 5 April %d' % R.randint(2022, 2025), '',
             'Employee\'s details', 'Surname   %s        Forenames or initials   %s' % (p.last.upper(), p.first.upper()),
             'National Insurance           Works/payroll number',
             'number                       %s' % rd(6), '%s' % d.nid(p, 'sp'), '',
             'Date of birth (if known)     %s' % d.dob(p, 'dmy/'), '', 'Pay in this employment        £ %d.%02d' % (R.randint(20000, 80000), R.randint(0, 99)),
             'Employer PAYE reference      %s/%s' % (rd(3), 'BA' + rd(5)), FF, 'Keep this certificate in a safe place.']
    elif kind == 'w2':
        p = P('US')
        t = ['Form W-2 Wage and Tax Statement %d' % R.randint(2021, 2024), '',
             'a Employee\'s social security number      OMB No. 1545-0008', '  %s' % d.nid(p, 'dash'),
             'b Employer identification number (EIN)        1 Wages, tips, other compensation',
             '  %s-%s                                     %d.%02d' % (rd(2), rd(7), R.randint(30000, 150000), R.randint(0, 99)),
             'e Employee\'s first name and initial   Last name', '  %s                  %s' % (p.first, p.last),
             '  %s, %s %s %s' % (p.street, p.city, p.region, p.zip), FF,
             'Employee phone (optional): %s   birth date: %s' % (d.phone(p.mobile, 'dot'), d.dob(p, 'mdy/'))]
    elif kind == 'nl':
        p = P('NL')
        t = ['UITTREKSEL BASISREGISTRATIE PERSONEN', '', 'Gemeente %s                         Datum uitgifte %s' % (p.city, other_date().strftime('%d-%m-%Y')), '',
             'Burgerservicenummer      %s' % d.nid(p, rot(['sp3', 'plain', 'dot'], i // 8)), 'Geslachtsnaam            %s' % p.last,
             'Voornamen                %s' % p.first, 'Geboortedatum            %s' % d.dob(p, 'dmy-'), 'Geboorteplaats           %s' % p.city,
             'Datum inschrijving       %s' % other_date(1990, 2015).strftime('%d-%m-%Y'), FF, 'Kenmerk: %s' % la_id(10)]
    elif kind == 'fi':
        p = P('FI')
        t = ['VÄESTÖTIETOJÄRJESTELMÄ - OTE', '', 'Henkilötunnus   %s' % d.nid(p), 'Sukunimi        %s' % p.last, 'Etunimet        %s' % p.first,
             'Syntymäaika     %s' % d.dob(p, 'fi_long'), 'Kotikunta       %s' % p.city, '', 'Tulostettu %s' % fmt_date(other_date(), 'fi'), FF]
    else:
        p = P('SE', old=(i % 3 == 0))
        t = ['FÖRSÄKRINGSKASSAN                                   Beslut', '', 'Personnummer:  %s' % d.nid(p, '10-'),
             'Namn:          %s' % p.name, 'Född:          %s' % d.dob(p, 'sv_long'), '', 'Beslutsdatum: %s    Diarienr: %s' % (other_date().isoformat(), rd(6)),
             'Utbetalning till konto %s' % d.iban(p, 'print'), FF, 'Kontakta oss på %s.' % d.phone(P('SE').land, 'nat')]
    return emit(d, '\n'.join(t) + '\n')


def vcard_escape(v):
    return v.replace(',', '\\,').replace(';', '\\;')


def b_vcard(i):
    d = Doc('vcard/contacts-%02d.vcf' % i)
    out = []
    for k in range(R.randint(3, 5)):
        cc = rot(['SE', 'DE', 'NL', 'FI', 'UK', 'US', 'IN', 'FR', 'ES'], i * 3 + k)
        p = P(cc)
        ver = rot(['3.0', '4.0', '2.1'], i + k)
        out.append('BEGIN:VCARD')
        out.append('VERSION:%s' % ver)
        out.append('N:%s;%s;;;' % (p.last, p.first))
        out.append('FN:%s' % p.name)
        if ver == '4.0':
            out.append('TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:%s' % d.phone(p.mobile, 'dash'))
            out.append('TEL;VALUE=uri;TYPE=home:tel:%s' % d.phone(p.land, 'e164'))
            out.append('BDAY:%s' % d.dob(p, 'iso' if cc == 'SE' else rot(['compact', 'iso'], k)))
            out.append('ANNIVERSARY:%s' % other_date(2000, 2020).strftime('%Y%m%d'))
        elif ver == '3.0':
            out.append('TEL;TYPE=CELL:%s' % d.phone(p.mobile, rot(['intl', 'nat'], k)))
            out.append('TEL;TYPE=HOME,VOICE:%s' % d.phone(p.land, 'nat'))
            out.append('BDAY:%s' % d.dob(p, 'iso'))
        else:
            out.append('TEL;CELL:%s' % d.phone(p.mobile, 'nat_plain'))
            out.append('TEL;WORK;VOICE:%s' % la_fict_phone())
            out.append('BDAY:%s' % d.dob(p, 'iso'))
        out.append('EMAIL;TYPE=INTERNET:%s' % (real_email(d, p) if k == 1 else p.email))
        out.append('ADR;TYPE=HOME:;;%s;%s;;%s;%s' % (vcard_escape(p.street), p.city, p.zip, cc))
        if k == 0 and cc in NID_LABEL:
            out.append('NOTE:%s %s' % (rot(NID_LABEL[cc], i), d.nid(p)))
        out.append('REV:%s' % la_ts('ldap'))
        out.append('UID:urn:uuid:%s' % la_uuid())
        out.append('END:VCARD')
    d.crlf = True
    return emit(d, '\n'.join(out) + '\n')


def b_ldif(i):
    d = Doc('ldif/people-%02d.ldif' % i)
    out = ['version: 1', '# export of ou=people,dc=example,dc=org on %s' % la_ts('iso'), '']
    for k in range(R.randint(3, 5)):
        cc = rot(['SE', 'NL', 'FI', 'DE', 'UK', 'US'], i + k)
        p = P(cc)
        uid = ascii_fold(p.first.lower())[0] + ascii_fold(p.last.lower().replace(' ', ''))[:7] + rd(2)
        out += ['dn: uid=%s,ou=people,dc=example,dc=org' % uid, 'objectClass: inetOrgPerson', 'objectClass: schacPersonalCharacteristics',
                'uid: %s' % uid, 'cn: %s' % p.name, 'sn: %s' % p.last, 'givenName: %s' % p.first,
                'mail: %s' % p.email, 'telephoneNumber: %s' % d.phone(p.land, rot(['intl', 'e164'], k)),
                'mobile: %s' % d.phone(p.mobile, rot(['intl', 'nat', 'e164'], k)),
                'schacDateOfBirth: %s' % d.dob(p, 'compact')]
        if cc == 'SE':
            out.append('schacPersonalUniqueID: urn:schac:personalUniqueID:se:pnr:%s' % d.nid(p, '10'))
        elif cc == 'NL':
            out.append('schacPersonalUniqueID: urn:schac:personalUniqueID:nl:bsn:%s' % d.nid(p, 'plain'))
        elif cc == 'FI':
            out.append('schacPersonalUniqueID: urn:schac:personalUniqueID:fi:hetu:%s' % d.nid(p))
        elif cc == 'DE':
            out.append('employeeNumber: %s' % rd(6))
            out.append('description: Steuer-ID %s' % d.nid(p, 'plain'))
        elif cc == 'US':
            out.append('employeeType: contractor')
            out.append('description: SSN %s, badge %s' % (d.nid(p, 'dash'), rd(5)))
        else:
            out.append('employeeType: contractor')
            out.append('description: NI number %s' % d.nid(p, 'sp'))
        out += ['createTimestamp: %s' % la_ts('ldap'), 'modifyTimestamp: %s' % la_ts('ldap'), '']
    return emit(d, '\n'.join(out))


def b_yaml(i):
    d = Doc('yaml/fixtures-%02d.yaml' % i)
    out = ['# fixtures exported from staging on %s (pii NOT scrubbed - ticket SEC-%s)' % (la_ts('iso'), rd(4))]
    for k in range(R.randint(3, 5)):
        cc = rot(['NL', 'SE', 'FI', 'IN', 'DE', 'UK', 'US'], i + k)
        p = P(cc)
        out += ['- model: accounts.customer', '  pk: %d' % (k + 1), '  fields:', '    first_name: %s' % p.first,
                '    last_name: "%s"' % p.last, '    %s: %s' % (rot(['date_of_birth', 'dob', 'birth_date'], k), d.dob(p, 'iso')),
                "    %s: '%s'" % (NID_KEY[cc], d.nid(p)), '    phone: "%s"' % d.phone(p.mobile),
                '    passport_number: %s' % d.passport(p), '    created: %s' % la_ts('iso'),
                '    last_login: %s' % la_ts('iso'), '    loyalty_card: "%s"' % la_ean()]
        if p.iban:
            out.append('    iban: %s' % d.iban(p, 'elec'))
    out += ['- model: payments.testcard', '  pk: 1', '  fields:', '    number: "4242424242424242"',
            '    note: stripe test card, never charge', '    masked: "%s"' % la_masked_card()]
    return emit(d, '\n'.join(out) + '\n')


def b_payments(i):
    d = Doc('payments/gateway-%02d.log' % i)
    out = []
    for k in range(R.randint(4, 6)):
        cc = rot(['US', 'UK', 'DE', 'IN', 'FR', 'NL', 'SE', 'ES', 'FI'], i + k)
        p = P(cc)
        if k % 2 == 0:
            ev = {'ts': la_ts('iso'), 'level': 'error', 'event': 'authorize.failed', 'gateway': R.choice(['adyen', 'worldpay', 'razorpay']),
                  'order_id': la_order(), 'amount': {'value': R.randint(100, 99999), 'currency': R.choice(['EUR', 'USD', 'INR', 'SEK', 'GBP'])},
                  'card': {'number': d.card(p, rot(['plain', 'sp'], k)), 'expiry': '%02d/%d' % (R.randint(1, 12), R.randint(26, 31)),
                           'holder': p.name.upper(), 'bin': p.card[:6], 'last4': p.card[-4:]},
                  'billing': {'phone': d.phone(p.mobile), 'dob': d.dob(p, 'iso')}, 'ip': la_ip(), 'reason': 'DO_NOT_HONOR'}
            out.append(json.dumps(ev, ensure_ascii=False))
        else:
            out.append('%s INFO  [PaymentService] charge ok order=%s pan=%s token=tok_%s amount=%d.%02d' % (
                la_ts('log'), la_order(), la_masked_card(), la_hex(24), R.randint(1, 999), R.randint(0, 99)))
            out.append('%s DEBUG [PaymentService] raw request card_number=%s exp_month=%d exp_year=%d name="%s"' % (
                la_ts('log'), d.card(p, rot(['dash', 'plain'], k)), R.randint(1, 12), R.randint(2026, 2031), p.name))
        if k == 1:
            out.append('%s WARN  [PaymentService] sandbox card %s used in production (order %s)' % (la_ts('log'), R.choice(TEST_CARDS), la_order()))
            out.append('%s WARN  [Fraud] Luhn failed for %s, BIN lookup skipped' % (la_ts('log'), la_bad_card()))
            out.append('%s WARN  [Payout] IBAN checksum invalid: %s (book %s)' % (la_ts('log'), la_bad_iban(), la_isbn()))
        if k == 2:
            out.append('%s INFO  [Payout] payout to %s ref=%s routing=%s' % (la_ts('log'), d.iban(p, 'elec') if p.iban else 'ACH', la_invoice(), la_aba()))
    return emit(d, '\n'.join(out) + '\n')


def b_sms(i):
    """Twilio-style webhook / SMS log CSV with phones of many countries, tel: URIs"""
    d = Doc('sms/outbound-%02d.csv' % i)
    lines = ['sid,date_sent,from,to,status,body,price']
    for k in range(R.randint(6, 9)):
        cc = rot(['US', 'UK', 'DE', 'SE', 'NL', 'FI', 'IN', 'FR', 'ES'], i + k)
        p = P(cc)
        kind = k % 4
        if kind == 0:
            body = 'Your code is %s' % rd(6)
        elif kind == 1:
            body = 'Appointment on %s at 10:30' % other_date(2024, 2025).isoformat()
        elif kind == 2:
            body = 'Order %s shipped' % la_order()
        else:
            body = 'Call us back at tel:%s' % d.phone(P(cc).land, 'dash')
        lines.append(','.join(['SM%s' % la_hex(32), la_ts('iso'), 'ACME', d.phone(p.mobile, 'e164'),
                               R.choice(['delivered', 'failed', 'queued']), '"%s"' % body, '-0.0%d' % R.randint(10, 99)]))
    lines.append(','.join(['SM%s' % la_hex(32), la_ts('iso'), 'ACME', '+15005550006', 'failed', '"magic test number"', '0']))
    return emit(d, '\n'.join(lines) + '\n')


NOTE_TPL = {
    'en': ('born %s', "caller's mother, born on %s, is the account holder"),
    'fr': ('né le %s', 'née le %s à Lyon, date de naissance confirmée'),
    'de': ('geboren am %s', 'geb. %s laut Ausweis'),
    'sv': ('född den %s', 'född %s enligt personbevis'),
    'nl': ('geboren op %s', 'geboortedatum %s gecontroleerd'),
    'es': ('nacido el %s', 'fecha de nacimiento: %s'),
    'fi': ('syntynyt %s', 'syntymäaika %s tarkistettu'),
}
NOTE_CC = {'en': ['US', 'UK', 'IN'], 'fr': ['FR'], 'de': ['DE'], 'sv': ['SE'], 'nl': ['NL'], 'es': ['ES'], 'fi': ['FI']}
NOTE_DOB = {'en': ['en_gb', 'long_en', 'abbr_en', 'en_ord'], 'fr': ['fr_long', 'dmy/'], 'de': ['de_long', 'dmy.'],
            'sv': ['sv_long', 'iso'], 'nl': ['nl_long', 'dmy-'], 'es': ['es_long', 'dmy/'], 'fi': ['fi', 'fi_long']}
NOTE_ID = {'US': 'SSN', 'UK': 'NINO', 'IN': 'UID', 'DE': 'Steuer-ID', 'SE': 'Personnr', 'NL': 'sofinummer', 'FI': 'henkilötunnus'}


def b_notes(i):
    """CRM free-text notes export (JSON lines), natural-language birth dates and ids"""
    d = Doc('crm/notes-%02d.jsonl' % i)
    out = []
    for k in range(R.randint(4, 6)):
        lang = rot(['en', 'fr', 'de', 'sv', 'nl', 'es', 'fi'], i + k)
        cc = rot(NOTE_CC[lang], i)
        p = P(cc)
        tpl = rot(NOTE_TPL[lang], k)
        body = tpl % d.dob(p, rot(NOTE_DOB[lang], i + k))
        if cc in NOTE_ID:
            body += '; %s %s' % (NOTE_ID[cc], d.nid(p))
        body += '; tel %s' % d.phone(p.mobile, rot(PHONE_STYLES, i + k))
        if k % 3 == 0:
            body += '; follow-up %s, case opened %s' % (other_date(2024, 2025).isoformat(), other_date(2023, 2024).strftime('%d.%m.%Y'))
        out.append(json.dumps({'id': int(clean_digits(9)), 'created_at': la_ts('iso'), 'author': 'agent-%d' % R.randint(1, 40),
                               'contact': p.name, 'lang': lang, 'body': body}, ensure_ascii=False))
    return emit(d, '\n'.join(out) + '\n')


# --------------------------------------------------------------------------
PLAN = [
    (b_kyc_java, 10), (b_kyc_node, 8), (b_onboard_py, 10), (b_hr_csv, 16), (b_hr_json, 7), (b_hr_xml, 6),
    (b_letter, 14), (b_payroll, 10), (b_sepa, 5), (b_hl7, 10), (b_fhir, 10), (b_crm, 7), (b_ticket, 16),
    (b_chat, 8), (b_email, 10), (b_sql, 10), (b_access, 6), (b_form, 8), (b_pdf, 16), (b_vcard, 6),
    (b_ldif, 5), (b_yaml, 5), (b_payments, 8), (b_sms, 4), (b_notes, 8),
]


def tsv_escape(v):
    return v.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def main():
    for sub in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, sub)
        if os.path.isdir(full) and not sub.startswith('.') and sub != '__pycache__':
            shutil.rmtree(full)
    for fn, n in PLAN:
        for i in range(n):
            clock_reset()
            fn(i)
    paths = [d.path for d in DOCS]
    assert len(paths) == len(set(paths)), 'duplicate paths'
    label_lines = ['file\tcategory\tvalue']
    stats = {'documents': len(DOCS), 'labels': {}, 'carriers': {}, 'bytes': 0}
    for d in sorted(DOCS, key=lambda x: x.path):
        text = d.text
        if d.crlf:
            text = text.replace('\r\n', '\n').replace('\n', '\r\n')
        data = (('\ufeff' if d.bom else '') + text).encode('utf-8')
        out = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, 'wb') as f:
            f.write(data)
        stats['bytes'] += len(data)
        car = d.path.split('/')[0]
        stats['carriers'][car] = stats['carriers'].get(car, 0) + 1
        for cat, val in d.labels:
            label_lines.append('%s\t%s\t%s' % (d.path, cat, tsv_escape(val)))
            stats['labels'][cat] = stats['labels'].get(cat, 0) + 1
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(('\n'.join(label_lines) + '\n').encode('utf-8'))
    stats['labels'] = dict(sorted(stats['labels'].items()))
    stats['carriers'] = dict(sorted(stats['carriers'].items()))
    stats['label_total'] = sum(stats['labels'].values())
    with open(os.path.join(HERE, 'stats.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(stats, f, indent=2, sort_keys=False)
        f.write('\n')
    print(json.dumps(stats, indent=2))


if __name__ == '__main__':
    main()
