#!/usr/bin/python3.11
"""Self-check of the held-out set's labels.tsv (standard library only).

- header is `file<TAB>category<TAB>value`, UTF-8, LF
- every labelled file exists and every labelled value occurs in it
- every category (or each part of an `a|b` alternative) is a known category id
- no value is labelled twice in one file; no real value appears in two files
- checksum / range checks for the categories that have one (Luhn, mod 97, 11-test, Verhoeff,
  national check characters, public IP ranges, reserved mail domains)
- prints the number of labelled values per category and fails if any has < 45
"""

import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_PER_CATEGORY = 45

DEFAULT = ["email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token",
           "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key",
           "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token", "password",
           "generic-secret", "azure-storage-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key",
           "twilio-key", "shopify-token", "datadog-key", "docker-auth", "mailgun-key"]
GDPR = ["ipv4", "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
        "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar"]
KNOWN = DEFAULT + GDPR


def unescape(v):
    out = []
    i = 0
    while i < len(v):
        ch = v[i]
        if ch == "\\":
            nxt = v[i + 1] if i + 1 < len(v) else ""
            if nxt == "\\":
                out.append("\\")
            elif nxt == "n":
                out.append("\n")
            elif nxt == "r":
                out.append("\r")
            elif nxt == "t":
                out.append("\t")
            else:
                raise ValueError("unknown escape \\%s" % nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# ---- independent checks of the values that carry a checksum or a range rule

def _luhn(num):
    total = 0
    for i, ch in enumerate(reversed([int(c) for c in num])):
        if i % 2:
            ch = ch * 2 - 9 if ch > 4 else ch * 2
        total += ch
    return total % 10 == 0


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _digits(v):
    return "".join(c for c in v if c.isdigit())


def valid(cat, v):
    import ipaddress
    import urllib.parse
    if cat == "credit-card":
        d = _digits(v)
        return 13 <= len(d) <= 19 and _luhn(d)
    if cat == "iban":
        s = v.replace(" ", "")
        s = s[4:] + s[:4]
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    if cat == "us-ssn":
        d = _digits(v)
        a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
        return len(d) == 9 and 0 < a < 900 and a != 666 and g and n and d not in ("078051120", "219099999", "123456789", "111223333")
    if cat == "nl-bsn":
        d = [int(c) for c in _digits(v)]
        return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0
    if cat == "se-personnummer":
        d = _digits(v)
        return _luhn(d[-10:])
    if cat == "fi-hetu":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if cat == "de-steuer-id":
        d = _digits(v)
        product = 10
        for ch in d[:10]:
            x = (int(ch) + product) % 10 or 10
            product = (x * 2) % 11
        return len(d) == 11 and str((11 - product) % 10) == d[10]
    if cat == "fr-nir":
        s = v.replace(" ", "")
        body = s[:13].replace("2A", "19").replace("2B", "18")
        return 97 - int(body) % 97 == int(s[13:])
    if cat == "es-dni":
        s = v.replace(".", "").replace("-", "")
        if s[0] in "XYZ":
            s = str("XYZ".index(s[0])) + s[1:]
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:-1]) % 23] == s[-1]
    if cat == "it-codice-fiscale":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        t = 0
        for i, ch in enumerate(v[:15]):
            n = int(ch) if ch.isdigit() else ord(ch) - 65
            t += (odd[n] if ch.isdigit() else odd[n]) if i % 2 == 0 else n
        return chr(65 + t % 26) == v[15]
    if cat == "in-aadhaar":
        d = _digits(v)
        c = 0
        for i, ch in enumerate(reversed([int(x) for x in d])):
            c = _VD[c][_VP[i % 8][ch]]
        return len(d) == 12 and d[0] not in "01" and c == 0
    if cat == "ipv4":
        return ipaddress.ip_address(v).is_global
    if cat == "ipv6":
        a = ipaddress.ip_address(v)
        return a.version == 6 and a.is_global and not a in ipaddress.ip_network("2001:db8::/32")
    if cat == "email":
        u = urllib.parse.unquote_plus(v) if "%40" in v else v
        dom = u.rsplit("@", 1)[-1].lower()
        return "@" in u and not (dom.endswith(("example.com", "example.org", "example.net", ".test", ".invalid", ".example", ".localhost")) or dom == "localhost")
    return True


def main():
    path = os.path.join(HERE, "labels.tsv")
    raw = open(path, "rb").read()
    errors = []
    if b"\r\n" in raw:
        errors.append("labels.tsv has CRLF line ends")
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if lines[0] != "file\tcategory\tvalue":
        errors.append("bad header: %r" % lines[0])
    per_cat = Counter()
    per_file = Counter()
    seen = set()
    files_of_value = defaultdict(set)
    cache = {}
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append("line %d: expected 3 columns, got %d" % (n, len(parts)))
            continue
        f, cat, val = parts
        try:
            value = unescape(val)
        except ValueError as e:
            errors.append("line %d: %s" % (n, e))
            continue
        for c in cat.split("|"):
            if c not in KNOWN:
                errors.append("line %d: unknown category %r" % (n, c))
        fp = os.path.join(HERE, f)
        if f not in cache:
            if not os.path.isfile(fp):
                errors.append("line %d: missing file %s" % (n, f))
                cache[f] = None
            else:
                cache[f] = open(fp, encoding="utf-8", newline="").read()
        doc = cache[f]
        if doc is not None and value not in doc:
            errors.append("line %d: value not found in %s: %r" % (n, f, value[:80]))
        for c in cat.split("|"):
            try:
                ok = valid(c, value)
            except Exception as e:  # a malformed value is a failed check
                ok = False
            if not ok and c == cat.split("|")[0]:
                errors.append("line %d: %s value fails its format/checksum check: %r" % (n, c, value[:60]))
        if (f, value) in seen:
            errors.append("line %d: value labelled twice in %s" % (n, f))
        seen.add((f, value))
        files_of_value[value].add(f)
        for c in cat.split("|"):
            per_cat[c] += 1
        per_file[f] += 1
    for v, fs in files_of_value.items():
        if len(fs) > 1:
            errors.append("value labelled in several files %s: %r" % (sorted(fs), v[:60]))
    docs = [os.path.relpath(os.path.join(r, x), HERE) for r, _, xs in os.walk(HERE) for x in xs]
    docs = [x for x in docs if "/" in x]
    print("documents: %d (%d with labels), labelled values: %d" % (len(docs), len(per_file), len(lines) - 1))
    print("%-20s %s" % ("category", "labelled (an a|b label counts for both)"))
    for c in KNOWN:
        flag = "" if per_cat[c] >= MIN_PER_CATEGORY else "   < %d !" % MIN_PER_CATEGORY
        print("%-20s %5d%s" % (c, per_cat[c], flag))
        if per_cat[c] < MIN_PER_CATEGORY:
            errors.append("category %s has only %d labelled values" % (c, per_cat[c]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors[:100]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
