#!/usr/bin/env python3
"""Independent self-check of the dev4 corpus (stdlib only).

Does not import the generator.  Checks:
  * labels.tsv format: UTF-8, LF, header, three tab-separated columns, only
    the escapes \\\\ \\n \\r \\t, files exist, no duplicate lines;
  * categories are ids defined in ../README.md (parsed from its tables);
  * every labelled value occurs in its file;
  * per-category validity: Verhoeff (Aadhaar), Luhn + network (cards), SSN
    ranges, IBAN mod 97 and length, phone digit counts and fictitious ranges,
    parseable birth dates, e-mail domains, AWS key shapes, JWT structure,
    password/secret placeholders and entropy;
  * no two labels of a file overlap; labelled values are not glued to
    letters/digits (a password right after a `-p` flag is allowed);
  * every labelled value is unique across the set (occurs in no other file);
  * scans every document for *unlabelled* values that pass a check (Aadhaar,
    cards, SSN, IBAN, AWS ids and secrets, e-mail, phones, bearer tokens,
    birth dates after a birth keyword, password/secret assignments, public
    IPv4 addresses);
  * per-category counts and minimums for the focus categories.
Exit status 0 when everything passes.
"""
import base64
import collections
import datetime
import json
import math
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(os.path.dirname(HERE), "README.md")
FOCUS = {"in-aadhaar": 80, "date-of-birth": 80, "phone": 80, "password": 80,
         "generic-secret": 80, "bearer-token": 80, "aws-secret-key": 80,
         "aws-access-key-id": 80}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# categories from the README
def readme_categories():
    cats = set()
    try:
        text = open(README, encoding="utf-8").read()
    except OSError:
        err("cannot read README.md to learn the categories")
        return cats
    sec = text.split("## Categories", 1)[-1]
    for m in re.finditer(r"^\|\s*`([a-z0-9-]+)`\s*\|", sec, re.M):
        cats.add(m.group(1))
    return cats


# ---------------------------------------------------------------------------
# check-digit algorithms (own implementations)
VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def is_aadhaar(num):
    return len(num) == 12 and num.isdigit() and num[0] not in "01" and verhoeff(num)


def luhn(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch) * (2 if i % 2 else 1)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def card_network(num):
    n = len(num)
    if not num.isdigit() or n < 12 or n > 19:
        return None
    p2, p3, p4 = int(num[:2]), int(num[:3]), int(num[:4])
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (num.startswith("6011") or 644 <= p3 <= 649 or num.startswith("65")) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return "diners"
    if num.startswith("62") and 16 <= n <= 19:
        return "unionpay"
    if (num.startswith("60") or num.startswith("508") or p2 in (81, 82)) and n == 16:
        return "rupay"
    if (num.startswith("50") or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


TEST_CARDS = {"4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444",
              "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
              "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
              "3566002020360505", "6200000000000005", "4012888888881881", "4000000000000002",
              "4000000000009995", "2223003122003222", "4917610000000000", "6759649826438453"}


def is_card(num):
    return card_network(num) is not None and luhn(num) and num not in TEST_CARDS and "424242" not in num


IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
            "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IT": 27,
            "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
            "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27}
IBAN_EXAMPLES = {"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                 "NL91ABNA0417164300", "ES9121000418450200051332", "IT60X0542811101000000123456",
                 "BE68539007547034", "AT611904300234573201", "GB29NWBK60161331926819",
                 "CH9300762011623852957", "IE29AIBK93115212345678"}


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 15 or IBAN_LEN.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    return s.replace("-", "") not in ("078051120", "219099999", "123456789", "111223333")


# ---------------------------------------------------------------------------
# phones
CC = ["1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
      "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
      "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "212", "234", "254", "351",
      "352", "353", "354", "358", "380", "420", "421", "852", "880", "886", "966", "971", "972"]


def phone_digits(v):
    if "%" in v:
        v = urllib.parse.unquote_plus(v)
    return v, re.sub(r"\D", "", v)


def fictitious(v):
    v, dg = phone_digits(v)
    nat = dg
    if v.strip().startswith("+"):
        if dg.startswith("1"):
            nat = dg[1:]
        elif dg.startswith("44"):
            nat = "0" + dg[2:]
        elif dg.startswith("61"):
            nat = "0" + dg[2:]
    elif len(dg) == 11 and dg.startswith("1"):
        nat = dg[1:]
    if len(nat) == 10 and nat[3:6] == "555" and 100 <= int(nat[6:]) <= 199:
        return True
    if re.match(r"0(20 ?7946 ?0|7700 ?900|1632 ?960|113 ?496 ?0|114 ?496 ?0|115 ?496 ?0|116 ?496 ?0|"
                r"117 ?496 ?0|118 ?496 ?0|121 ?496 ?0|131 ?496 ?0|141 ?496 ?0|151 ?496 ?0|161 ?496 ?0|"
                r"191 ?498 ?0|28 ?9649 ?6|29 ?2018 ?0|808 ?157 ?0|909 ?879 ?0)", nat):
        return True
    if re.match(r"0491570", nat) or re.match(r"0(2|3|7|8)5550", nat) or re.match(r"0(2|3|7|8)7010", nat):
        return True
    return False


def phone_ok(v):
    raw, dg = phone_digits(v)
    if not 7 <= len(dg) <= 15:
        return "digit count %d" % len(dg)
    if raw.startswith("+") and not any(dg.startswith(c) for c in CC):
        return "unknown country code"
    if fictitious(v):
        return "fictitious range"
    if len(set(dg)) < 3:
        return "degenerate"
    return None


# ---------------------------------------------------------------------------
# dates
MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
           "नवंबर", "दिसंबर"],
}
MONTH_NO = {}
for _lang, _names in MONTHS.items():
    for _i, _n in enumerate(_names):
        MONTH_NO.setdefault(_n, _i + 1)
        if _lang == "en":
            MONTH_NO.setdefault(_n[:3], _i + 1)
MONTH_RE = "|".join(sorted((re.escape(k) for k in MONTH_NO), key=len, reverse=True))

DATE_PATTERNS = [
    (r"(\d{4})-(\d{2})-(\d{2})", "ymd"),
    (r"(\d{4})/(\d{2})/(\d{2})", "ymd"),
    (r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", "dm?y"),
    (r"(\d{4})(\d{2})(\d{2})", "ymd8"),
    (r"(\d{2})(\d{2})(\d{4})", "dmy8"),
    (r"(\d{1,2})\.? (?:de )?(" + MONTH_RE + r")\.?,? (?:de )?(\d{4})", "dMy"),
    (r"(\d{1,2})-(" + MONTH_RE + r")-(\d{4})", "dMy"),
    (r"(" + MONTH_RE + r")\.? (\d{1,2}),? (\d{4})", "Mdy"),
    (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
]


def parse_date(v):
    if "%" in v:
        v = urllib.parse.unquote_plus(v)
    for pat, kind in DATE_PATTERNS:
        m = re.fullmatch(pat, v, re.I)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if kind in ("ymd", "ymd8"):
                return datetime.date(int(a), int(b), int(c))
            if kind == "dmy8":
                return datetime.date(int(c), int(b), int(a))
            if kind == "dm?y":
                try:
                    return datetime.date(int(c), int(b), int(a))
                except ValueError:
                    return datetime.date(int(c), int(a), int(b))
            if kind == "dMy":
                return datetime.date(int(c), MONTH_NO[b.lower()], int(a))
            if kind == "Mdy":
                return datetime.date(int(c), MONTH_NO[a.lower()], int(b))
        except (ValueError, KeyError):
            continue
    return None


DATE_FIND = re.compile(
    r"(?<![\d])(?:\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{8}"
    r"|\d{1,2}\.? (?:de )?(?:" + MONTH_RE + r")\.?,? (?:de )?\d{4}|\d{1,2}-(?:" + MONTH_RE + r")-\d{4}"
    r"|(?:" + MONTH_RE + r")\.? \d{1,2},? \d{4}|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\d{1,2}%2F\d{1,2}%2F\d{4})(?![\d])", re.I)
BIRTH_KW = re.compile(
    r"(date[ _-]?of[ _-]?birth|dateofbirth|birth[ _-]?date|birthdate|\bdob\b|\bd\.o\.b\.?|\bborn\b|\bbday\b|"
    r"geburtsdatum|\bgeb\.|date de naissance|\bn[ée]e?(?:\(e\))? le\b|fecha de nacimiento|nacid[oa] el|"
    r"data di nascita|\bnat[oa]\b|geboortedatum|geboren op|data de nascimento|nascid[oa] em|"
    r"生年月日|जन्म तिथि|janm tithi)", re.I)


# ---------------------------------------------------------------------------
PW_PLACEHOLDERS = {"changeme", "change_me", "password", "passw0rd", "secret", "null", "none", "xxx",
                   "xxxx", "xxxxxxxx", "redacted", "[redacted]", "<redacted>", "your_password",
                   "your_password_here", "password_here", "mypassword", "example", "test", "admin",
                   "tiger", "minioadmin", "placeholder", "__smtp_password__", "true", "false"}
TOKEN_PLACEHOLDERS = {"<token>", "<your-token>", "your_access_token", "{{access_token}}", "****",
                      "[redacted]", "<access_token>", "xxxxxxxxxxxxxxxx"}
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwia"
          "WF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
VENDOR_PREFIXES = ("AKIA", "ASIA", "ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "sk_live_", "rk_live_",
                   "xox", "AIza", "sk-", "SG.", "npm_", "hf_", "key-", "shpat_", "eyJ")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_TLDS = (".test", ".invalid", ".example", ".localhost", ".local")
IMG_EXT = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


def entropy(s):
    c = collections.Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


def placeholder_like(v):
    lv = v.lower()
    if "your-" in lv or "your_" in lv or lv.endswith(("-here", "_here")):
        return True
    return (lv in PW_PLACEHOLDERS or lv in TOKEN_PLACEHOLDERS or v.startswith("${") or v.startswith("$")
            or v.startswith("{{") or (v.startswith("<") and v.endswith(">")) or set(v) <= set("*")
            or set(lv) <= set("x") or v.startswith("%(") or "EXAMPLE" in v)


def email_real(v):
    v = urllib.parse.unquote(v)
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", v)
    if not m:
        return False
    dom = m.group(1).lower()
    if not re.search(r"\.[a-z]{2,}$", dom) or dom.endswith((".internal", ".lan", ".corp", ".home.arpa")):
        return False
    if dom in RESERVED_DOMAINS or any(dom.endswith("." + r) for r in RESERVED_DOMAINS):
        return False
    if dom.endswith(RESERVED_TLDS) or dom.endswith(IMG_EXT) or dom == "localhost":
        return False
    return True


def jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3 or not v.startswith("eyJ"):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return "alg" in hdr
    except Exception:
        return False


def validate(cat, v):
    """Return an error string or None."""
    if cat == "in-aadhaar":
        if not re.fullmatch(r"\d{12}|\d{4} \d{4} \d{4}|\d{4}-\d{4}-\d{4}", v):
            return "not a 12-digit 4-4-4 shape"
        return None if is_aadhaar(re.sub(r"\D", "", v)) else "Verhoeff/first digit fails"
    if cat == "credit-card":
        if not re.fullmatch(r"[\d -]+", v):
            return "bad characters"
        return None if is_card(re.sub(r"\D", "", v)) else "Luhn/network/test number fails"
    if cat == "us-ssn":
        return None if ssn_valid(v) else "invalid SSN"
    if cat == "iban":
        s = v.replace(" ", "")
        if s in IBAN_EXAMPLES:
            return "documentation example"
        return None if iban_valid(v) else "mod 97 / length fails"
    if cat == "phone":
        return phone_ok(v)
    if cat == "date-of-birth":
        d = parse_date(v)
        if not d:
            return "unparseable date"
        return None if 1900 <= d.year <= 2024 else "implausible year"
    if cat == "email":
        return None if email_real(v) else "reserved or malformed"
    if cat == "aws-access-key-id":
        return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) and not v.endswith("EXAMPLE") else "shape"
    if cat == "aws-secret-key":
        if v == "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY":
            return "documentation example"
        return None if re.fullmatch(r"[A-Za-z0-9/+]{40}", v) else "shape"
    if cat == "jwt":
        return None if jwt_ok(v) and v != JWT_IO else "not a signed JWT"
    if cat == "bearer-token":
        if len(v) < 16 or re.search(r"\s", v) or placeholder_like(v) or v == JWT_IO:
            return "placeholder or too short"
        return None
    if cat == "generic-secret":
        if len(v) < 16 or placeholder_like(v) or entropy(v) < 3.0:
            return "low entropy or placeholder"
        if v.startswith(VENDOR_PREFIXES):
            return "vendor prefix (use the vendor category)"
        return None
    if cat in ("password", "url-credentials"):
        raw = v.replace("\\\\", "\\").replace('\\"', '"')
        if len(raw) < 6 or placeholder_like(raw) or re.search(r"\s", raw):
            return "placeholder or too short"
        return None
    return None


def validate_label(cat, v):
    """A label `a|b` is valid when the value is valid for at least one."""
    res = [validate(c, v) for c in cat.split("|")]
    if all(r is not None for r in res):
        return "; ".join(r for r in res if r)
    if "bearer-token" in cat.split("|") and v.startswith("eyJ") and "jwt" not in cat.split("|"):
        return "JWT labelled without jwt"
    return None


# ---------------------------------------------------------------------------
def unescape(field, where):
    out = []
    i = 0
    while i < len(field):
        ch = field[i]
        if ch == "\\":
            nxt = field[i + 1] if i + 1 < len(field) else ""
            if nxt in ("\\", "n", "r", "t"):
                out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[nxt])
                i += 2
                continue
            err(f"{where}: bad escape \\{nxt}")
        out.append(ch)
        i += 1
    return "".join(out)


def occurrences(text, v):
    i = text.find(v)
    while i >= 0:
        yield i, i + len(v)
        i = text.find(v, i + 1)


def main():
    cats_ok = readme_categories()
    path = os.path.join(HERE, "labels.tsv")
    raw = open(path, "rb").read()
    if b"\r" in raw:
        err("labels.tsv contains CR (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err("labels.tsv is not UTF-8")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\n"):
        err("labels.tsv does not end with LF")
    lines = text.split("\n")[:-1]
    if not lines or lines[0] != "file\tcategory\tvalue":
        err("labels.tsv header must be 'file<TAB>category<TAB>value'")
    labels = []
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            err(f"labels.tsv:{n}: expected 3 columns, got {len(parts)}")
            continue
        f, cat, ev = parts
        v = unescape(ev, f"labels.tsv:{n}")
        if not v:
            err(f"labels.tsv:{n}: empty value")
            continue
        for c in cat.split("|"):
            if c not in cats_ok:
                err(f"labels.tsv:{n}: unknown category {c!r}")
        if (f, cat, v) in seen:
            err(f"labels.tsv:{n}: duplicate label")
        seen.add((f, cat, v))
        if f.startswith("/") or ".." in f.split("/") or "/" not in f:
            err(f"labels.tsv:{n}: bad path {f!r}")
        labels.append((f, cat, v, n))

    # documents: every file under a carrier folder
    docs = {}
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(x for x in dirs if not x.startswith("__"))
        rel_root = os.path.relpath(root, HERE)
        if rel_root == ".":
            continue
        for fn in sorted(files):
            rel = os.path.join(rel_root, fn).replace(os.sep, "/")
            try:
                docs[rel] = open(os.path.join(root, fn), "rb").read().decode("utf-8")
            except UnicodeDecodeError:
                err(f"{rel}: not UTF-8")

    by_file = collections.defaultdict(list)
    for f, cat, v, n in labels:
        if f not in docs:
            err(f"labels.tsv:{n}: file {f} does not exist")
            continue
        by_file[f].append((cat, v, n))

    # same value labelled twice in one file under different categories
    for f, items in by_file.items():
        vals = collections.Counter(v for _, v, _ in items)
        for v, k in vals.items():
            if k > 1:
                err(f"{f}: value {v!r} labelled {k} times (combine categories with |)")

    # presence, validity, glue, overlap
    value_files = collections.defaultdict(set)
    for f, items in by_file.items():
        text = docs[f]
        spans = []
        for cat, v, n in items:
            value_files[v].add(f)
            occ = list(occurrences(text, v))
            if not occ:
                err(f"labels.tsv:{n}: value not found in {f}: {v!r}")
                continue
            why = validate_label(cat, v)
            if why:
                err(f"labels.tsv:{n}: {f}: invalid {cat} {v!r}: {why}")
            for s, e in occ:
                before = text[s - 1] if s else ""
                after = text[e] if e < len(text) else ""
                if before.isalnum() and v[0].isalnum():
                    flag_ok = "password" in cat and re.search(r"(?:^|[\s'\"=])-p$", text[max(0, s - 4):s])
                    if not flag_ok:
                        err(f"{f}: {cat} {v!r} glued to {before!r} before it")
                if after.isalnum() and v[-1].isalnum():
                    err(f"{f}: {cat} {v!r} glued to {after!r} after it")
                spans.append((s, e, cat, v))
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                if spans[j][0] >= spans[i][1]:
                    break
                if spans[j][3] != spans[i][3]:
                    err(f"{f}: labels overlap: {spans[i][2]} {spans[i][3]!r} / {spans[j][2]} {spans[j][3]!r}")

    # uniqueness across the set
    for v, fs in value_files.items():
        if len(fs) > 1:
            err(f"value {v!r} labelled in several files: {sorted(fs)}")
    all_vals = sorted(value_files, key=len, reverse=True)
    for f, text in docs.items():
        for v in all_vals:
            if len(v) >= 8 and f not in value_files[v] and v in text:
                for s, e in occurrences(text, v):
                    b = text[s - 1] if s else ""
                    a = text[e] if e < len(text) else ""
                    if not (b.isalnum() or b in "._-+%") and not (a.isalnum() and v[-1].isalnum()):
                        err(f"{f}: contains {v!r}, a value labelled in {sorted(value_files[v])}")
                        break

    # unlabelled scans
    for f, text in sorted(docs.items()):
        items = by_file.get(f, [])
        spans = []
        for cat, v, _ in items:
            for s, e in occurrences(text, v):
                spans.append((s, e, set(cat.split("|"))))
        scan_unlabelled(f, text, spans)

    # counts
    per_cat = collections.Counter(cat for _, cat, _, _ in labels)
    per_comp = collections.Counter(c for _, cat, _, _ in labels for c in cat.split("|"))
    for c, minimum in FOCUS.items():
        if per_cat.get(c, 0) < minimum:
            err(f"focus category {c}: only {per_cat.get(c, 0)} pure labels (< {minimum})")
    nbytes = sum(len(t.encode("utf-8")) for t in docs.values())
    unlabelled_docs = [f for f in docs if f not in by_file]

    print(f"documents: {len(docs)}   bytes: {nbytes}   labels: {len(labels)}")
    print("labels per category (as written):")
    for c, k in sorted(per_cat.items()):
        print(f"  {c:30s} {k:5d}")
    print("labels per category (each id of a|b counted):")
    for c, k in sorted(per_comp.items()):
        print(f"  {c:30s} {k:5d}")
    if unlabelled_docs:
        warnings.append(f"{len(unlabelled_docs)} documents carry no label: {unlabelled_docs[:5]}")
    if not 150 <= len(docs) <= 260:
        warnings.append(f"document count {len(docs)} outside the aim (about 200)")
    if not 300_000 <= nbytes <= 450_000:
        warnings.append(f"size {nbytes} outside 300-450 kB")
    if not 1500 <= len(labels) <= 2500:
        warnings.append(f"label count {len(labels)} outside 1,500-2,500")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


class _All:
    def __and__(self, other):
        return True

    def __rand__(self, other):
        return True


ALL = _All()


def covered(spans, s, e, cats):
    return any(a <= s and e <= b and (cs & cats) for a, b, cs in spans)


def overlaps(spans, s, e, cats):
    return any(a < e and s < b and (cs & cats) for a, b, cs in spans)


def scan_unlabelled(f, text, spans):
    def miss(kind, s, e):
        err(f"{f}: unlabelled {kind} {text[s:e]!r} at {s}")

    # Aadhaar (compact or 4-4-4 grouped, not part of a longer number)
    for m in re.finditer(r"(?<![0-9A-Za-z])(?<!\d[ -])(\d{4}([ -]?)\d{4}\2\d{4})(?![0-9A-Za-z])(?![ -]\d)", text):
        num = re.sub(r"\D", "", m.group(1))
        if is_aadhaar(num) and not covered(spans, m.start(1), m.end(1), {"in-aadhaar"}):
            miss("Aadhaar", m.start(1), m.end(1))
    # cards
    for m in re.finditer(r"(?<![0-9A-Za-z])(?<!\d[ -])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![0-9A-Za-z])(?![ -]\d)", text):
        num = re.sub(r"\D", "", m.group(1))
        if is_card(num) and not covered(spans, m.start(1), m.end(1), {"credit-card"}):
            miss("card", m.start(1), m.end(1))
    # SSN
    for m in re.finditer(r"(?<![0-9A-Za-z-])(\d{3}-\d{2}-\d{4})(?![0-9A-Za-z-])", text):
        if ssn_valid(m.group(1)) and not covered(spans, m.start(1), m.end(1), {"us-ssn"}):
            miss("SSN", m.start(1), m.end(1))
    # IBAN
    for m in re.finditer(r"(?<![0-9A-Za-z])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![0-9A-Za-z])", text):
        v = m.group(1)
        if iban_valid(v) and v.replace(" ", "") not in IBAN_EXAMPLES and \
                not covered(spans, m.start(1), m.end(1), {"iban"}):
            miss("IBAN", m.start(1), m.end(1))
    # AWS access key ids
    for m in re.finditer(r"(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Za-z0-9])", text):
        if not m.group(1).endswith("EXAMPLE") and not covered(spans, m.start(1), m.end(1), {"aws-access-key-id"}):
            miss("AWS key id", m.start(1), m.end(1))
    # AWS secrets: 40 base64 chars shortly after a secret key name or a key id
    for m in re.finditer(r"(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", text):
        v = m.group(1)
        if not (re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v)):
            continue
        ctx = text[max(0, m.start() - 120):m.start()]
        if re.search(r"(secret|AKIA|ASIA)", ctx, re.I) and "EXAMPLE" not in v and \
                not overlaps(spans, m.start(1), m.end(1), {"aws-secret-key", "generic-secret", "bearer-token", "password"}):
            miss("AWS secret", m.start(1), m.end(1))
    # e-mail
    for m in re.finditer(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
        v = m.group(1).rstrip(".")
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        if text[max(0, m.start() - 4):m.start()].endswith((":", "/")) or \
                re.match(r"(?i)(message-id|references|in-reply-to):", line):
            continue   # URL userinfo, SIP URI or message id: not an e-mail address
        if email_real(v) and not overlaps(spans, m.start(1), m.start(1) + len(v), ALL):
            miss("e-mail", m.start(1), m.start(1) + len(v))
    # phones
    pats = [r"(?<![\w+%])(\+\d[\d ()./-]{6,20}\d)(?!\d)",
            r"(?:tel:|sip:)(\+?\d[\d-]{5,18}\d)",
            r"(%2B\d[\d+%-]{6,24}\d)(?!\d)",
            r"(?<![\w(])(\(\d{3}\) \d{3}-\d{4})(?!\d)",
            r"(?<![\w.-])(\d{3}[-.]\d{3}[-.]\d{4})(?![\w-])",
            r"(?<![\w+-])([6-9]\d{9})(?![\w-])",
            r"(?<![\w+-])([6-9]\d{4} \d{5})(?![\w-])",
            r"(?<![\w+/.-])(?<!\d )(0\d{2,4}[ /-]\d{3,8}(?: \d{3,4})?)(?![\w-])(?! \d)"]
    for p in pats:
        for m in re.finditer(p, text):
            v = m.group(1)
            dg = re.sub(r"\D", "", urllib.parse.unquote(v))
            if p.startswith(r"(?<![\w.-])") and (dg[0] in "01" or dg[3] in "01"):
                continue
            if not 7 <= len(dg) <= 15 or fictitious(v):
                continue
            if overlaps(spans, m.start(1), m.end(1), {"phone", "in-aadhaar", "credit-card", "iban", "date-of-birth"}):
                continue
            miss("phone", m.start(1), m.end(1))
    # bearer tokens
    for m in re.finditer(r"(?:Bearer\s+|--oauth2-bearer\s+|-A bearer -a\s+)([A-Za-z0-9\-._~+/]{16,}=*)", text):
        v = m.group(1)
        if v == JWT_IO or placeholder_like(v):
            continue
        if not covered(spans, m.start(1), m.end(1), {"bearer-token"}):
            miss("bearer token", m.start(1), m.end(1))
    # birth dates after a birth keyword (same line, within 45 characters)
    for m in BIRTH_KW.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        window = text[m.end():min(end, m.end() + 45)]
        dm = DATE_FIND.search(window)
        if not dm:
            continue
        s = m.end() + dm.start()
        e = m.end() + dm.end()
        if not overlaps(spans, s, e, {"date-of-birth"}):
            miss("birth date", s, e)
    # password / secret assignments
    for m in re.finditer(r"(?i)(?<![A-Za-z])(password|passwd|pwd|pass|passphrase|db_pass)[\"']?[ \t]*(?:=>|[:=]|[ \t])[ \t]*[\"']?([^\s\"'<>;,&)}\]`]{4,})", text):
        v = m.group(2)
        if placeholder_like(v) or re.match(r"[\w.:]+\(", v) or v.endswith(("=", ":")) or v.startswith("!") \
                or (("@" in v) and not email_real(v)) or v.lower() in ("is", "from", "for", "of", "the",
                                                                          "policy", "file", "in", "reset", "please"):
            continue
        if not overlaps(spans, m.start(2), m.end(2), {"password", "url-credentials", "generic-secret", "email"}):
            miss("password", m.start(2), m.end(2))
    for m in re.finditer(r"(?i)(api[_-]?key|apikey|secret|token|access_token|auth_token|client_secret|_key)[\"']?[ \t]*(?:=>|[:=])[ \t]*[\"']?([A-Za-z0-9+/=_\-.]{16,})", text):
        v = m.group(2)
        if placeholder_like(v) or entropy(v) < 3.3 or re.fullmatch(r"[0-9a-f]{64}", v) and "sha" in text[max(0, m.start() - 20):m.start()].lower():
            continue
        if not overlaps(spans, m.start(2), m.end(2), {"generic-secret", "bearer-token", "aws-secret-key", "aws-access-key-id", "password", "jwt"}):
            miss("secret", m.start(2), m.end(2))
    # public IPv4 (the set carries no ipv4 labels, so none may appear)
    for m in re.finditer(r"(?<![\w./])((?:\d{1,3}\.){3}\d{1,3})(?![\w.]|\.\d)", text):
        octs = [int(x) for x in m.group(1).split(".")]
        if any(o > 255 for o in octs):
            continue
        a, b = octs[0], octs[1]
        private = (a in (0, 10, 127) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)
                   or (a == 169 and b == 254) or a >= 224
                   or m.group(1).startswith(("192.0.2.", "198.51.100.", "203.0.113.")))
        if not private:
            miss("public IPv4", m.start(1), m.end(1))


if __name__ == "__main__":
    sys.exit(main())
