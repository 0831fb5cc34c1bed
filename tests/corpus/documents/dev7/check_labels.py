#!/usr/bin/env python3
"""Re-check dev7/labels.tsv from the files alone (no generator state).

Errors (exit status 1):
  * header / column count / escapes in labels.tsv
  * unknown category id, file missing, value not found in its file
  * a value labelled twice in the set
  * a value that is not valid for its category (Luhn + network for cards,
    Verhoeff for Aadhaar, date + Luhn for personnummer, ...)
  * an occurrence embedded in a longer token (alphanumeric on both sides)
  * overlapping occurrences of two different labelled values in one file

Review list (printed, not an error): unlabelled strings in the documents that
match a strict pattern of a category (Verhoeff-valid 12-digit groups,
Luhn-valid card numbers with a network prefix, valid personnummer, AKIA ids,
JWTs, non-reserved e-mail addresses, public IPv4, valid IBANs, tokens after
'Bearer').  Each must be a deliberate look-alike or a placeholder.

Usage: python3 check_labels.py [-q]"""
import sys
sys.dont_write_bytecode = True

import base64
import binascii
import datetime
import ipaddress
import json
import os
import re
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = {
    "email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token",
    "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key", "anthropic-key",
    "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token", "password", "generic-secret",
    "azure-storage-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key", "twilio-key",
    "shopify-token", "datadog-key", "docker-auth", "mailgun-key",
    "ipv4", "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
    "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar",
}

# ------------------------------------------------------------------ algorithms (independent copies)

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


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


def aadhaar_valid(v):
    if not re.fullmatch(r"\d{4}[ -]?\d{4}[ -]?\d{4}", v):
        return False
    d = re.sub(r"\D", "", v)
    return d[0] not in "01" and verhoeff_ok(d)


TEST_CARDS = {"4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "3530111333300000", "4012888888881881",
              "4222222222222", "5200828282828210", "2223003122003222", "6011000990139424", "3566002020360505",
              "30569309025904", "38520000023237", "6200000000000005", "4000000000000002"}


def network(d):
    n = len(d)
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= p2 <= 55 or 2221 <= p4 <= 2720):
        return "mastercard"
    if n == 15 and p2 in (34, 37):
        return "amex"
    if n in (16, 19) and (d.startswith("6011") or p2 == 65 or 644 <= p3 <= 649):
        return "discover"
    if 16 <= n <= 19 and 3528 <= p4 <= 3589:
        return "jcb"
    if n == 14 and (p2 in (36, 38, 39) or 300 <= p3 <= 305):
        return "diners"
    if 16 <= n <= 19 and p2 == 62:
        return "unionpay"
    if n == 16 and p2 in (60, 65, 81, 82):
        return "rupay"
    if 12 <= n <= 19 and (p2 in (50, 56, 57, 58, 63, 67)):
        return "maestro"
    if n == 16 and 2200 <= p4 <= 2204:
        return "mir"
    return None


def card_valid(v):
    v = urllib.parse.unquote(v)
    if not re.fullmatch(r"\d[\d -]{11,22}\d", v):
        return False
    d = re.sub(r"\D", "", v)
    return 12 <= len(d) <= 19 and luhn_ok(d) and network(d) is not None and d not in TEST_CARDS


DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def pnr_valid(v):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", v)
    if not m:
        return False
    cent, yy, mm, dd, sep, tail = m.groups()
    if cent and cent not in ("18", "19", "20"):
        return False
    mm, dd = int(mm), int(dd)
    if dd > 60:
        dd -= 60
    if not (1 <= mm <= 12 and 1 <= dd <= DIM[mm - 1]):
        return False
    return luhn_ok(yy + m.group(3) + m.group(4) + tail)


FICTIONAL_PHONE = [r"555[ .-]?01\d\d", r"\b0?20 ?7946 ?0\d{3}", r"07700 ?900\d{3}", r"01632 ?960\d{3}",
                   r"0491 ?57[0-2]", r"\(0\d\) 5550", r"\(0\d\) 7010", r"\+1555"]


def phone_valid(v):
    v2 = urllib.parse.unquote_plus(v)
    if not re.fullmatch(r"\+?[\d ().\-/]{6,24}", v2):
        return False
    digs = re.sub(r"\D", "", v2)
    if not 8 <= len(digs) <= 15:
        return False
    return not any(re.search(p, v2) for p in FICTIONAL_PHONE)


def iban_valid(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


PLACEHOLDERS = {"changeme", "<password>", "********", "password", "secret", "xxx", "<redacted>", "redacted",
                "[redacted]", "null", "none", "****", "change_me", "replace_me", "example", "test", "admin"}


def entropy(s):
    import math
    from collections import Counter
    c = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


def b64dec(v):
    try:
        return base64.b64decode(v + "=" * (-len(v) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def jwt_valid(v):
    parts = v.split(".")
    if len(parts) != 3 or not v.startswith("eyJ"):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except Exception:
        return False
    return "alg" in h and len(parts[2]) >= 20


def date_valid(v):
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%m/%d/%Y"):
        try:
            datetime.datetime.strptime(v, fmt)
            return True
        except ValueError:
            pass
    return False


def valid_for(cat, v):
    """Return None if v is valid for cat, else a reason."""
    if cat == "in-aadhaar":
        return None if aadhaar_valid(v) else "not a valid Aadhaar"
    if cat == "credit-card":
        return None if card_valid(v) else "not Luhn/network card"
    if cat == "se-personnummer":
        return None if pnr_valid(v) else "not a valid personnummer"
    if cat == "phone":
        return None if phone_valid(v) else "not a plausible phone"
    if cat == "aws-secret-key":
        return None if re.fullmatch(r"[A-Za-z0-9/+]{40}", v) and "EXAMPLE" not in v else "bad AWS secret"
    if cat == "aws-access-key-id":
        return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) and not v.endswith("EXAMPLE") else "bad key id"
    if cat == "jwt":
        return None if jwt_valid(v) else "bad JWT"
    if cat == "bearer-token":
        return None if re.fullmatch(r"[A-Za-z0-9._~+/=%|!-]{16,}", v) else "bad bearer token"
    if cat == "password":
        if v.lower() in PLACEHOLDERS or re.search(r"\$\{|\{\{|%\(|<[a-z]", v) or len(v) < 6:
            return "placeholder-like password"
        return None
    if cat == "generic-secret":
        if len(v) < 16 or entropy(v) < 3.0:
            return "low-entropy generic secret"
        return None
    if cat == "url-credentials":
        return None if len(v) >= 6 and v.lower() not in PLACEHOLDERS else "placeholder"
    if cat == "basic-auth":
        b = b64dec(v)
        return None if b and b":" in b and v != "QWxhZGRpbjpvcGVuIHNlc2FtZQ==" else "bad basic auth"
    if cat == "docker-auth":
        b = b64dec(v)
        return None if b and b":" in b else "bad docker auth"
    if cat == "date-of-birth":
        return None if date_valid(v) else "bad date"
    if cat == "iban":
        return None if iban_valid(v) else "bad IBAN"
    if cat == "github-token":
        return None if re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82}", v) else "bad github token"
    if cat == "gitlab-token":
        return None if re.fullmatch(r"(glpat|glrt|gldt|glptt)-[\w-]{20,}", v) else "bad gitlab token"
    if cat == "slack-token":
        return None if re.fullmatch(r"xox[bpaers]-[\w-]{20,}", v) else "bad slack token"
    if cat == "slack-webhook":
        return None if re.fullmatch(r"https?://hooks\.slack\.com/services/T\w+/B\w+/\w+", v) and "XXXX" not in v else "bad webhook"
    if cat == "stripe-key":
        return None if re.fullmatch(r"(sk|rk)_live_\w{24,}", v) else "bad stripe key"
    if cat == "google-api-key":
        return None if re.fullmatch(r"AIza[\w-]{35}", v) else "bad google key"
    if cat == "openai-key":
        return None if re.fullmatch(r"sk-(proj-|svcacct-)?[\w-]{20,}", v) else "bad openai key"
    if cat == "npm-token":
        return None if re.fullmatch(r"npm_[A-Za-z0-9]{36}", v) else "bad npm token"
    if cat == "pypi-token":
        return None if v.startswith("pypi-AgEIcHlwaS5vcmc") else "bad pypi token"
    if cat == "sendgrid-key":
        return None if re.fullmatch(r"SG\.[\w-]{22}\.[\w-]{43}", v) else "bad sendgrid key"
    if cat == "azure-storage-key":
        return None if re.fullmatch(r"[A-Za-z0-9+/]{86}==", v) else "bad azure key"
    if cat == "datadog-key":
        return None if re.fullmatch(r"[0-9a-f]{32}|[0-9a-f]{40}", v) else "bad datadog key"
    if cat == "private-key":
        return None if re.match(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", v) else "bad private key"
    if cat == "ipv4":
        try:
            a = ipaddress.IPv4Address(v)
            return None if a.is_global else "non-public IPv4"
        except ValueError:
            return "bad IPv4"
    if cat == "email":
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) and not re.search(r"example\.(com|org|net)$|\.(test|invalid|example|localhost)$", v) else "reserved/bad email"
    return None


# ------------------------------------------------------------------ loading

def unescape(v, lineno):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\":
            if i + 1 >= len(v):
                raise ValueError(f"line {lineno}: dangling backslash")
            n = v[i + 1]
            m = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}.get(n)
            if m is None:
                raise ValueError(f"line {lineno}: unknown escape \\{n}")
            out.append(m)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def occurrences(text, v):
    out, start = [], 0
    while True:
        k = text.find(v, start)
        if k < 0:
            return out
        out.append((k, k + len(v)))
        start = k + 1


# A value preceded by one of these is a flag or prefix glued to it by design
GLUE_BEFORE = re.compile(r"(-p|-P|-A|-X|/p:|CC[A-Z]{2}|Basic |Bearer |Key |tel:|sip:|=|%2B|\+)$")


def main():
    quiet = "-q" in sys.argv
    errors = []
    path = os.path.join(HERE, "labels.tsv")
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errors.append("labels.tsv contains CR")
    lines = raw.decode("utf-8").split("\n")
    if lines[0] != "file\tcategory\tvalue":
        errors.append("bad header")
    if lines[-1] != "":
        errors.append("labels.tsv does not end with LF")
    labels = []
    seen = {}
    for n, line in enumerate(lines[1:-1], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append(f"line {n}: {len(parts)} columns")
            continue
        f, cat, v = parts
        try:
            v = unescape(v, n)
        except ValueError as e:
            errors.append(str(e))
            continue
        for c in cat.split("|"):
            if c not in CATEGORIES:
                errors.append(f"line {n}: unknown category {c}")
        if v in seen:
            errors.append(f"line {n}: value also labelled on line {seen[v]}: {v!r}")
        seen[v] = n
        labels.append((f, cat, v, n))

    texts = {}
    by_file = {}
    for f, cat, v, n in labels:
        if f not in texts:
            p = os.path.join(HERE, f)
            if not os.path.isfile(p):
                errors.append(f"line {n}: missing file {f}")
                texts[f] = None
                continue
            texts[f] = open(p, "rb").read().decode("utf-8")
        t = texts[f]
        if t is None:
            continue
        occ = occurrences(t, v)
        if not occ:
            errors.append(f"line {n}: value not in {f}: {v[:60]!r}")
            continue
        reasons = [valid_for(c, v) for c in cat.split("|")]
        if all(reasons):
            errors.append(f"line {n}: {cat} invalid ({reasons[0]}): {v[:60]!r}")
        for a, b in occ:
            before = t[max(0, a - 6):a]
            after = t[b:b + 1]
            if v[0].isalnum() and a > 0 and t[a - 1].isalnum() and not GLUE_BEFORE.search(before):
                errors.append(f"line {n}: occurrence in {f} glued to preceding text {t[max(0, a - 12):b][:50]!r}")
            if v[-1].isalnum() and after.isalnum():
                errors.append(f"line {n}: occurrence in {f} glued to following text {t[a:b + 8][-50:]!r}")
        by_file.setdefault(f, []).extend((a, b, v, cat) for a, b in occ)

    for f, spans in by_file.items():
        spans.sort()
        for (a1, b1, v1, c1), (a2, b2, v2, c2) in zip(spans, spans[1:]):
            if a2 < b1 and v1 != v2:
                errors.append(f"nested/overlapping labels in {f}: {v1[:30]!r} / {v2[:30]!r}")

    # ------------------------------------------------------------ review list
    review = []
    all_files = []
    for root, dirs, files in os.walk(HERE):
        dirs.sort()
        for fn in sorted(files):
            rel = os.path.relpath(os.path.join(root, fn), HERE)
            if "/" not in rel:
                continue
            all_files.append(rel)
    for f in all_files:
        t = open(os.path.join(HERE, f), "rb").read().decode("utf-8")
        spans = sorted(by_file.get(f, []))

        def covered(a, b):
            return any(x < b and a < y for x, y, _, _ in spans)

        def add(kind, m, a=None, b=None):
            a = m.start() if a is None else a
            b = m.end() if b is None else b
            if not covered(a, b):
                review.append((kind, f, t[a:b]))
        for m in re.finditer(r"(?<![\d\w])([2-9]\d{3})([ -]?)(\d{4})\2(\d{4})(?![\d]|[ -]\d)", t):
            if verhoeff_ok(m.group(1) + m.group(3) + m.group(4)):
                add("aadhaar-shaped (Verhoeff ok)", m)
        for m in re.finditer(r"(?<![\d\w.])\d(?:[ -]?\d){11,18}(?![\d])", t):
            s = m.group(0)
            dg = re.sub(r"\D", "", s)
            if re.search(r"\d  \d|\d--\d", s):
                continue
            if luhn_ok(dg) and network(dg) and dg not in TEST_CARDS:
                add("card-shaped (Luhn + network)", m)
        for m in re.finditer(r"(?<![\d\w])(?:\d{6}|\d{8})[-+]?\d{4}(?![\d])", t):
            if pnr_valid(m.group(0)):
                add("personnummer-shaped", m)
        for m in re.finditer(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", t):
            if not m.group(0).endswith("EXAMPLE"):
                add("aws key id", m)
        for m in re.finditer(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{20,}", t):
            add("jwt", m)
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[A-Za-z]{2,}", t):
            if not re.search(r"@([\w-]+\.)*(example\.(com|org|net)|[\w-]+\.(test|invalid|example|localhost))$", m.group(0)):
                add("email", m)
        for m in re.finditer(r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])", t):
            try:
                if ipaddress.IPv4Address(m.group(0)).is_global:
                    add("public ipv4", m)
            except ValueError:
                pass
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", t):
            if iban_valid(m.group(0)):
                add("iban", m)
        for m in re.finditer(r"[Bb]earer[ \"',:]+([A-Za-z0-9._~+/%=-]{16,})", t):
            add("token after Bearer", m, m.start(1), m.end(1))

    kinds = {}
    for k, f, s in review:
        kinds.setdefault(k, []).append((f, s))
    print(f"labels: {len(labels)} values in {len(texts)} files; documents on disk: {len(all_files)}")
    if not quiet:
        for k in sorted(kinds):
            print(f"\n== unlabelled, {k}: {len(kinds[k])} (confirm each is a deliberate look-alike)")
            for f, s in kinds[k]:
                print(f"   {f}: {s[:70]}")
    else:
        for k in sorted(kinds):
            print(f"unlabelled {k}: {len(kinds[k])}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
