#!/usr/bin/env python3
"""Validate tests/corpus/labelled.tsv (Python 3 standard library only).

Structural checks (always errors):
  * header is exactly  category<TAB>label<TAB>value<TAB>text
  * every line has 4 columns, a known category and label
  * escapes in value/text are only \\\\, \\n and \\t
  * the unescaped value is non-empty and occurs exactly once in the unescaped text
  * no duplicate texts

Lint checks (errors unless --lint-warn): a set of independent, spec-based
approximate detectors (written from the corpus brief, NOT from the policy
under test) is run over every text:
  * nothing any detector finds may lie outside the value span
    (the surrounding text must be clean);
  * a `real` value must be found by its own category's detector with exactly
    the value's bounds (so trailing punctuation etc. is not part of the value);
  * a `near-miss` or `synthetic` value must not be a *valid* value of another
    category, and a near-miss must not be a valid value of its own category
    (except the few documented EXPECTED_NEAR_MISS_HITS).

The detectors are also imported by generate.py to reject bad candidates.

Usage: check_corpus.py [labelled.tsv] [--lint-warn] [-v]
"""
import base64
import binascii
import json
import os
import re
import sys
from collections import Counter, namedtuple

CATEGORIES = [
    "email", "credit-card", "us-ssn", "phone", "iban",
    "aws-access-key-id", "aws-secret-key", "github-token", "gitlab-token",
    "slack-token", "slack-webhook", "stripe-key", "google-api-key",
    "openai-key", "jwt", "private-key", "url-credentials", "basic-auth",
    "bearer-token", "password",
]
LABELS = ["real", "synthetic", "near-miss"]
HEADER = "category\tlabel\tvalue\ttext"


# --------------------------------------------------------------- escaping

def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            if i + 1 >= n:
                raise ValueError("dangling backslash")
            nx = s[i + 1]
            if nx == "\\":
                out.append("\\")
            elif nx == "n":
                out.append("\n")
            elif nx == "t":
                out.append("\t")
            else:
                raise ValueError("unknown escape \\" + nx)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


# --------------------------------------------------------------- validators

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_mod97(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 5 or not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return iban_mod97(s) == 1


def ssn_ok(area, group, serial):
    a = int(area)
    return 1 <= a <= 899 and a != 666 and int(group) != 0 and int(serial) != 0


def nanp_ok(ten):
    if len(ten) != 10:
        return False
    if ten[0] < "2" or ten[1:3] == "11":
        return False
    if ten[3] < "2" or ten[4:6] == "11":
        return False
    return True


def phone_kind(digits, plus):
    """'strict' if a phone validator (E.164 / NANP) would accept it,
    'national' for a trunk-prefix national number (0 + 8..10 digits),
    None otherwise."""
    n = len(digits)
    if n == 0 or len(set(digits)) == 1:
        return None
    if plus:
        if 8 <= n <= 15 and digits[0] != "0":
            if digits[0] == "1":
                return "strict" if n == 11 and nanp_ok(digits[1:]) else None
            return "strict"
        return None
    if n == 11 and digits[0] == "1":
        return "strict" if nanp_ok(digits[1:]) else None
    if n == 10 and nanp_ok(digits):
        return "strict"
    if digits[0] == "0" and digits[1] != "0" and 9 <= n <= 11:
        return "national"
    return None


def b64url_decode(seg):
    pad = "=" * (-len(seg) % 4)
    return base64.urlsafe_b64decode(seg + pad)


def jwt_header_ok(seg):
    try:
        obj = json.loads(b64url_decode(seg).decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    return isinstance(obj, dict) and "alg" in obj


PLACEHOLDER_WORDS = {
    "changeme", "change_me", "password", "passwd", "secret", "redacted",
    "[redacted]", "[filtered]", "filtered", "null", "none", "undefined",
    "example", "placeholder", "xxx", "dummy", "test", "hidden", "masked",
}


def is_placeholder(v):
    v2 = v.strip("\"'")
    if len(v2) < 4:
        return True
    if len(set(v2)) == 1:
        return True
    if v2.lower() in PLACEHOLDER_WORDS:
        return True
    if re.fullmatch(r"[*xX#.]+", v2):
        return True
    if v2.startswith(("${", "$(", "{{", "<", "%")):
        return True
    if re.fullmatch(r"\$[A-Z_][A-Z0-9_]*", v2):
        return True
    return False


# --------------------------------------------------------------- detectors

Hit = namedtuple("Hit", "cat start end strict what")

EMAIL_RE = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")

# (category, regex, group holding the value (0 = whole match), strict)
SIMPLE = [
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"), 0, True),
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{12,20}\b"), 0, False),
    ("aws-secret-key", re.compile(
        r"(?i)(?:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?"
        r"([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"), 1, True),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"), 0, True),
    ("github-token", re.compile(r"\bgithub_pat_[A-Za-z0-9_]{82}\b"), 0, True),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{4,}"), 0, False),
    ("gitlab-token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])"), 0, True),
    ("gitlab-token", re.compile(r"\bglpat-[A-Za-z0-9_-]{3,}"), 0, False),
    ("slack-token", re.compile(r"\bxox[abprs]-\d+(?:-\d+)*-[A-Za-z0-9]{24,32}\b"), 0, True),
    ("slack-token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{6,}"), 0, False),
    ("slack-webhook", re.compile(
        r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/"
        r"[A-Za-z0-9]{24}(?![A-Za-z0-9/])"), 0, True),
    ("slack-webhook", re.compile(r"hooks\.slack\.com/\S+"), 0, False),
    ("stripe-key", re.compile(r"\b[sr]k_live_[A-Za-z0-9]{24,99}\b"), 0, True),
    ("stripe-key", re.compile(r"\b[spr]k_(?:test|live)_[A-Za-z0-9]{6,}"), 0, False),
    ("google-api-key", re.compile(r"\bAIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])"), 0, True),
    ("google-api-key", re.compile(r"\bAIza[A-Za-z0-9_-]{6,}"), 0, False),
    ("openai-key", re.compile(r"\bsk-proj-[A-Za-z0-9_-]{40,160}(?![A-Za-z0-9_-])"), 0, True),
    ("openai-key", re.compile(r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b"), 0, True),
    ("openai-key", re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"), 0, False),
    ("private-key", re.compile(
        r"-----BEGIN ((?:[A-Z]+ )*PRIVATE KEY)-----.*?-----END \1-----", re.S), 0, True),
    ("private-key", re.compile(r"-----BEGIN [A-Z ]+-----.*?-----END [A-Z ]+-----", re.S), 0, False),
    ("url-credentials", re.compile(
        r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:@/?#\"'<>]+:([^\s@/?#\"'<>]+)@"), 1, True),
    ("basic-auth", re.compile(
        r"(?i)authorization[\"']?\s*[:=]\s*[\"']?basic\s+([A-Za-z0-9+/]+={0,2})"), 1, True),
    ("bearer-token", re.compile(r"(?i)\bbearer\s+([A-Za-z0-9._~+/-]{16,}=*)"), 1, True),
    ("password", re.compile(
        r"(?i)[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd)[\"']?\s*[:=]\s*[\"']?"
        r"([^\s\"'&,;]*)"), 1, True),
]

# Shapes that may appear as a near-miss value but never around a value.
SHAPES = [
    ("shape:uuid", re.compile(
        r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")),
    ("shape:long-hex", re.compile(r"\b[0-9a-fA-F]{32,}\b")),
    ("shape:digit-run", re.compile(r"\d{9,}")),
    ("shape:price", re.compile(r"[$€£]\s?\d")),
    ("shape:version", re.compile(r"(?<![\w.])v?\d+\.\d+\.\d+(?![\w]|\.\d)")),
    ("shape:auth-word", re.compile(r"(?i)\b(?:bearer|basic)\s+[A-Za-z0-9<${]")),
    # includes one character after the separator, so the context right in
    # front of a password value overlaps that value
    ("shape:secret-word", re.compile(r"(?i)(?:password|passwd|pwd)[\"']?\s*[:=]\s*[\"']?.")),
    ("shape:userinfo-url", re.compile(r"://[^\s/@]+@")),
    ("shape:at-sign", re.compile(r"[A-Za-z0-9]@[A-Za-z0-9]")),
]

LONG_TOKEN_RE = re.compile(r"[A-Za-z0-9+/_=-]{24,}")
JWTISH_RE = re.compile(r"[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}")
SSN_RE = re.compile(r"\b(\d{3})[- ](\d{2})[- ](\d{4})\b")
IBAN_RE = re.compile(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){8,32})")
DIGITS_RE = re.compile(r"\d+")
RUN_GAPS = {" ", ".", "-", ") ", ")", " (", "(", ")-", "-(", ". ", " - "}


def _digit_runs(text):
    """Chains of digit groups joined by phone/card-ish separators."""
    groups = [(m.start(), m.end()) for m in DIGITS_RE.finditer(text)]
    runs, cur = [], []
    for g in groups:
        if cur and text[cur[-1][1]:g[0]] in RUN_GAPS:
            cur.append(g)
        else:
            if cur:
                runs.append(cur)
            cur = [g]
    if cur:
        runs.append(cur)
    return runs


def _number_hits(text):
    hits = []
    for run in _digit_runs(text):
        k = len(run)
        for i in range(k):
            s0 = run[i][0]
            # a group glued to a letter/digit/underscore on its left is not a number start
            before = text[s0 - 1] if s0 > 0 else ""
            start = s0
            if before == "(":
                start -= 1
                before = text[start - 1] if start > 0 else ""
            plus = before == "+"
            if plus:
                start -= 1
                before = text[start - 1] if start > 0 else ""
            if before and (before.isalnum() or before == "_"):
                continue
            digits = ""
            lens = []
            seps_card = True
            for j in range(i, k):
                if j > i and text[run[j - 1][1]:run[j][0]] not in (" ", "-"):
                    seps_card = False
                digits += text[run[j][0]:run[j][1]]
                lens.append(run[j][1] - run[j][0])
                if len(digits) > 19:
                    break
                end = run[j][1]
                after = text[end] if end < len(text) else ""
                if after and (after.isalnum() or after == "_"):
                    continue
                if 13 <= len(digits) <= 19 and seps_card and not plus and luhn_ok(digits):
                    hits.append(Hit("credit-card", start if text[start] != "(" else s0, end, True, digits))
                kind = phone_kind(digits, plus)
                if kind:
                    # without a '+', only the usual NANP groupings count as a
                    # certain phone number; other groupings are shapes
                    strict = kind == "strict" and (plus or lens in ([10], [11], [3, 3, 4], [1, 3, 3, 4]))
                    hits.append(Hit("phone", start, end, strict, digits))
    return hits


def detect(text):
    hits = []
    for m in EMAIL_RE.finditer(text):
        hits.append(Hit("email", m.start(), m.end(), True, m.group(0)))
    for cat, rx, grp, strict in SIMPLE:
        for m in rx.finditer(text):
            s, e = m.span(grp)
            val = m.group(grp)
            st = strict
            if cat in ("password", "basic-auth", "bearer-token", "url-credentials"):
                if not val:
                    s, e = m.span(0)
                    st = False
                elif is_placeholder(val):
                    st = False
            if cat == "aws-secret-key" and val.endswith("EXAMPLEKEY"):
                st = True  # found by the rule, removed by the allowlist
            hits.append(Hit(cat, s, e, st, val))
    for m in SSN_RE.finditer(text):
        ok = ssn_ok(m.group(1), m.group(2), m.group(3))
        hits.append(Hit("us-ssn", m.start(), m.end(), ok, m.group(0)))
    for m in IBAN_RE.finditer(text):
        cc = m.group(1)
        want = IBAN_LENGTHS.get(cc)
        seen = 0
        end = None
        for pos in range(m.start(), m.end()):
            if text[pos] != " ":
                seen += 1
                if want and seen == want:
                    end = pos + 1
                    break
        if end is not None and not (end < len(text) and text[end].isalnum()):
            cand = text[m.start():end]
            hits.append(Hit("iban", m.start(), end, iban_ok(cand), cand))
        else:
            hits.append(Hit("iban", m.start(), m.end(), False, m.group(0)))
    for m in JWTISH_RE.finditer(text):
        if jwt_header_ok(m.group(0).split(".")[0]):
            hits.append(Hit("jwt", m.start(), m.end(), True, m.group(0)))
    hits.extend(_number_hits(text))
    for name, rx in SHAPES:
        for m in rx.finditer(text):
            hits.append(Hit(name, m.start(), m.end(), False, m.group(0)))
    for m in LONG_TOKEN_RE.finditer(text):
        t = m.group(0)
        if sum(c.isdigit() for c in t) >= 3 and any(c.isupper() for c in t) and any(c.islower() for c in t):
            hits.append(Hit("shape:long-token", m.start(), m.end(), False, t))
    return hits


# Near-miss values that the simple detectors above would find although the
# brief says they are not sensitive (the real rule must handle them).
EXPECTED_NEAR_MISS_HITS = [
    ("email", re.compile(r"(?i)@[0-9.]+x\.(?:png|jpe?g|gif|svg|webp|avif)$")),  # logo@2x.png
]


def expected_near_miss_hit(cat, value):
    return any(c == cat and rx.search(value) for c, rx in EXPECTED_NEAR_MISS_HITS)


def lint(cat, label, value, text, accept_overlap=()):
    """Returns (errors, overlaps). overlaps: other categories whose strict
    detector overlaps a real value (informational)."""
    errors, overlaps = [], []
    if not value or text.count(value) != 1:
        return ["value does not occur exactly once"], overlaps
    vs = text.index(value)
    ve = vs + len(value)
    own = False
    for h in detect(text):
        inside = h.start < ve and h.end > vs
        if not inside:
            errors.append("outside the value: %s %r" % (h.cat, h.what[:60]))
            continue
        if label == "real":
            if h.cat == cat:
                if h.start == vs and h.end == ve:
                    own = True
                elif h.strict and (h.start < vs or h.end > ve):
                    errors.append("own detector extends beyond the value: %r" % text[h.start:h.end][:80])
            elif h.strict and h.cat in CATEGORIES and h.cat not in accept_overlap:
                overlaps.append(h.cat)
        elif h.strict and h.cat in CATEGORIES:
            if label == "near-miss" and not expected_near_miss_hit(cat, value):
                errors.append("near-miss value is a valid %s: %r" % (h.cat, h.what[:60]))
            if label == "synthetic" and h.cat != cat:
                errors.append("synthetic value is a valid %s: %r" % (h.cat, h.what[:60]))
    if label == "real" and not own:
        errors.append("real value not found by the %s detector with exact bounds" % cat)
    return errors, overlaps


# --------------------------------------------------------------- main

def main(argv):
    args = [a for a in argv[1:] if not a.startswith("-")]
    lint_warn = "--lint-warn" in argv
    verbose = "-v" in argv
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "labelled.tsv")
    errors, lint_problems = [], []
    counts = Counter()
    overlap_counts = Counter()
    texts = set()
    with open(path, "r", encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        errors.append("file contains carriage returns")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        errors.append("file does not end with a newline")
    if not lines or lines[0] != HEADER:
        errors.append("bad header: %r" % (lines[0] if lines else ""))
    for no, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append("line %d: %d columns" % (no, len(cols)))
            continue
        cat, label, ev, et = cols
        if cat not in CATEGORIES:
            errors.append("line %d: unknown category %r" % (no, cat))
        if label not in LABELS:
            errors.append("line %d: unknown label %r" % (no, label))
        try:
            value, text = unescape(ev), unescape(et)
        except ValueError as e:
            errors.append("line %d: %s" % (no, e))
            continue
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text):
            errors.append("line %d: control character in text" % no)
        if not value:
            errors.append("line %d: empty value" % no)
            continue
        if text.count(value) != 1:
            errors.append("line %d: value occurs %d times in text" % (no, text.count(value)))
            continue
        if text in texts:
            errors.append("line %d: duplicate text" % no)
        texts.add(text)
        counts[(cat, label)] += 1
        accept = ("email",) if cat == "url-credentials" else ()
        lerr, ov = lint(cat, label, value, text, accept_overlap=accept)
        for o in ov:
            overlap_counts[(cat, o)] += 1
        for e in lerr:
            lint_problems.append("line %d (%s/%s): %s" % (no, cat, label, e))

    width = max(len(c) for c in CATEGORIES)
    print("%-*s %6s %10s %10s %6s" % (width, "category", "real", "synthetic", "near-miss", "total"))
    tot = Counter()
    for c in CATEGORIES:
        r, s, n = counts[(c, "real")], counts[(c, "synthetic")], counts[(c, "near-miss")]
        tot["real"] += r
        tot["synthetic"] += s
        tot["near-miss"] += n
        print("%-*s %6d %10d %10d %6d" % (width, c, r, s, n, r + s + n))
    print("%-*s %6d %10d %10d %6d" % (width, "TOTAL", tot["real"], tot["synthetic"], tot["near-miss"],
                                       sum(tot.values())))
    if overlap_counts:
        print("\nreal values that also contain a valid value of another category (informational):")
        for (c, o), k in sorted(overlap_counts.items()):
            print("  %s contains %s: %d" % (c, o, k))
    if lint_problems:
        print("\nlint: %d problem(s)" % len(lint_problems))
        for p in lint_problems[: (len(lint_problems) if verbose else 30)]:
            print("  " + p)
    for e in errors[:50]:
        print("ERROR: " + e)
    if errors:
        print("%d structural error(s)" % len(errors))
        return 1
    if lint_problems and not lint_warn:
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
