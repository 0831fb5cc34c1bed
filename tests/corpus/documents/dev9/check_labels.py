#!/usr/bin/env python3
"""Re-check dev9/labels.tsv against the documents, independently of the generator.

Errors (exit 1): header/escape/category problems, a value missing from its file,
a value labelled twice or in two files, a value invalid for its category (Luhn and
network prefix for credit-card, Luhn and date for se-personnummer, Verhoeff for
in-aadhaar, 40 chars of [A-Za-z0-9/+] for aws-secret-key, shapes of AWS key ids,
JWTs, IBAN mod 97, public IPv4, e-mail domains, vendor token prefixes, placeholder
passwords, low-entropy generic secrets), digits glued to a numeric value, labelled
values overlapping each other, stats.json disagreeing with labels.tsv.

--audit also lists unlabelled strings that match a strict pattern (e-mail on a
non-reserved domain, public IPv4, AKIA/ASIA id, JWT, token after Bearer, card
number with a network prefix passing Luhn, personnummer passing date and Luhn)
so that each can be confirmed as a deliberate look-alike.  Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import base64
import binascii
import datetime
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OWN = {"generate.py", "gen_common.py", "check_labels.py", "labels.tsv", "stats.json", "NOTES.md"}

CATS = set("""email credit-card us-ssn phone iban aws-access-key-id aws-secret-key github-token gitlab-token
slack-token slack-webhook stripe-key google-api-key openai-key anthropic-key jwt private-key url-credentials
basic-auth bearer-token password generic-secret azure-storage-key npm-token pypi-token huggingface-token
sendgrid-key twilio-key shopify-token datadog-key docker-auth mailgun-key ipv4 ipv6 date-of-birth passport
uk-nino nl-bsn se-personnummer fi-hetu de-steuer-id fr-nir es-dni it-codice-fiscale in-aadhaar""".split())

TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
    "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
    "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505", "30569309025904",
    "38520000023237", "6200000000000005", "4000000000000002", "4000000000009995", "4917610000000000",
    "5454545454545454", "4444333322221111", "4005519200000004", "4035501000000008", "2222400070000005",
    "6759649826438453", "36006666333344"}
PLACEHOLDERS = {"changeme", "changeit", "password", "secret", "xxxxxx", "xxxxxxxx", "********", "<password>", "<redacted>",
                "[redacted]", "redacted", "replace_me", "change_me", "todo", "none", "null", "example", "test"}
RESERVED_MAIL = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid|example|localhost)|localhost)$", re.I)


def luhn(s):
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


def verhoeff(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


def card_network(n):
    p2, p3, p4, p6 = int(n[:2]), int(n[:3]), int(n[:4]), int(n[:6])
    L = len(n)
    if n[0] == "4" and L in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and L == 16:
        return "mastercard"
    if p2 in (34, 37) and L == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65) and 16 <= L <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= L <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38)) and 14 <= L <= 19:
        return "diners"
    if p2 == 62 and 16 <= L <= 19:
        return "unionpay"
    if p4 in (5018, 5020, 5038, 6304, 6759, 6761, 6763) and 12 <= L <= 19:
        return "maestro"
    if 2200 <= p4 <= 2204 and L == 16:
        return "mir"
    return None


def valid_card(v):
    if not re.fullmatch(r"[0-9][0-9 -]*[0-9]", v):
        return "not a digit group"
    n = re.sub(r"[ -]", "", v)
    if not 13 <= len(n) <= 19:
        return "length"
    if not luhn(n):
        return "Luhn"
    if not card_network(n):
        return "no network prefix"
    if n in TEST_CARDS:
        return "published test card"
    return None


def valid_pnr(v):
    m = re.fullmatch(r"(\d{2})?(\d{6})[-+ ]?(\d{4})", v)
    if not m:
        return "shape"
    cc, ymd, tail = m.groups()
    ten = ymd + tail
    if not luhn(ten):
        return "Luhn"
    yy, mm, dd = int(ymd[:2]), int(ymd[2:4]), int(ymd[4:6])
    if dd > 60:
        dd -= 60
    year = int(cc) * 100 + yy if cc else 1900 + yy
    try:
        datetime.date(year, mm, dd)
    except ValueError:
        return "date"
    if cc and cc not in ("18", "19", "20"):
        return "century"
    return None


def b64dec(v):
    try:
        return base64.b64decode(v + "=" * (-len(v) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def valid_aws_secret(v):
    if re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
        return None if "EXAMPLEKEY" not in v else "documentation key"
    dec = b64dec(v)
    if dec and re.fullmatch(r"[A-Za-z0-9/+]{40}", dec):
        return None
    return "not 40 chars of [A-Za-z0-9/+]"


def valid_akid(v):
    if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) and not v.endswith("EXAMPLE"):
        return None
    dec = b64dec(v)
    if dec and re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", dec):
        return None
    return "shape"


def valid_jwt(v):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return "not three base64url parts"
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return "header not JSON"
    if "alg" not in h or h["alg"] == "none":
        return "no alg"
    return None


def public_ip(v):
    m = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", v)
    if not m:
        return "shape"
    a, b, c, d = map(int, m.groups())
    if max(a, b, c, d) > 255:
        return "octet"
    if a in (0, 10, 127) or a >= 224 or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254) or \
            (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 198 and b in (18, 19)) or \
            (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0)):
        return "not public"
    return None


def valid_iban(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return "shape"
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return None if int(num) % 97 == 1 else "mod 97"


def valid_phone(v):
    s = v.replace("%2B", "+").replace("%20", " ")
    dg = re.sub(r"\D", "", s)
    if not 7 <= len(dg) <= 15:
        return "digit count"
    if not re.fullmatch(r"[+0-9(][0-9 ()./-]*[0-9]", s):
        return "characters"
    if re.search(r"555[ .-]?01\d\d", s) or dg.startswith("447700900") or dg.startswith("07700900") or \
            "1632960" in dg or re.search(r"(^|44)2079460", dg) or dg.startswith("0491570") or dg.startswith("61491570"):
        return "fictitious range"
    return None


def valid_email(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}", v)
    if not m:
        return "shape"
    if RESERVED_MAIL.search(v.split("@")[1]):
        return "reserved domain"
    return None


def entropy(v):
    c = {}
    for ch in v:
        c[ch] = c.get(ch, 0) + 1
    return -sum(n / len(v) * math.log2(n / len(v)) for n in c.values())


def valid_secret(v):
    if len(v) < 16:
        return "shorter than 16"
    if entropy(v) < 3.0:
        return "entropy %.2f" % entropy(v)
    if v.lower() in PLACEHOLDERS or "${" in v or "{{" in v:
        return "placeholder"
    return None


def valid_password(v):
    if len(v) < 6:
        return "shorter than 6"
    if v.lower() in PLACEHOLDERS or "${" in v or "{{" in v or set(v) <= set("*x") or v.startswith("$2") or v.startswith("$6$"):
        return "placeholder or hash"
    return None


def valid_dob(v):
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y%m%d", "%d-%m-%Y"):
        try:
            datetime.datetime.strptime(v, fmt)
            return None
        except ValueError:
            pass
    return "not a date"


VENDOR = {
    "github-token": r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})",
    "gitlab-token": r"gl(pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,}",
    "slack-token": r"xox[bpars]-[A-Za-z0-9-]{20,}|xapp-[A-Za-z0-9-]{20,}|xoxe[.-][A-Za-z0-9.-]{20,}",
    "openai-key": r"sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}",
    "huggingface-token": r"hf_[A-Za-z]{34}",
    "stripe-key": r"(sk|rk)_live_[A-Za-z0-9]{24,}",
    "npm-token": r"npm_[A-Za-z0-9]{36}",
}


def validate(cat, v):
    if cat == "credit-card":
        return valid_card(v)
    if cat == "se-personnummer":
        return valid_pnr(v)
    if cat == "in-aadhaar":
        n = re.sub(r"\D", "", v)
        return None if len(n) == 12 and n[0] in "23456789" and verhoeff(n) else "Verhoeff/shape"
    if cat == "aws-secret-key":
        return valid_aws_secret(v)
    if cat == "aws-access-key-id":
        return valid_akid(v)
    if cat == "jwt":
        return valid_jwt(v)
    if cat == "ipv4":
        return public_ip(v)
    if cat == "iban":
        return valid_iban(v)
    if cat == "phone":
        return valid_phone(v)
    if cat == "email":
        return valid_email(v)
    if cat == "basic-auth":
        dec = b64dec(v)
        return None if dec and ":" in dec else "not base64 user:password"
    if cat == "private-key":
        return None if v.startswith("-----BEGIN") and "PRIVATE KEY-----" in v and v.endswith("-----") else "not a PEM private key"
    if cat in ("generic-secret", "bearer-token"):
        return valid_secret(v)
    if cat in ("password", "url-credentials"):
        return valid_password(v)
    if cat == "date-of-birth":
        return valid_dob(v)
    if cat in VENDOR:
        return None if re.fullmatch(VENDOR[cat], v) else "vendor shape"
    return None


def unescape(v):
    out, i = [], 0
    while i < len(v):
        ch = v[i]
        if ch == "\\":
            nx = v[i + 1:i + 2]
            m = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}.get(nx)
            if m is None:
                raise ValueError("bad escape \\%s" % nx)
            out.append(m)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def main():
    audit = "--audit" in sys.argv or "-v" in sys.argv
    errors = []
    path = os.path.join(HERE, "labels.tsv")
    raw = open(path, "rb").read()
    if b"\r\n" in raw:
        errors.append("labels.tsv has CRLF line ends")
    lines = raw.decode("utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    if lines[0] != "file\tcategory\tvalue":
        errors.append("bad header %r" % lines[0])
    labels = []
    seen_pair, seen_value = set(), {}
    for no, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append("line %d: %d fields" % (no, len(parts)))
            continue
        f, cat, ev = parts
        try:
            v = unescape(ev)
        except ValueError as e:
            errors.append("line %d: %s" % (no, e))
            continue
        for c in cat.split("|"):
            if c not in CATS:
                errors.append("line %d: unknown category %s" % (no, c))
        if (f, v) in seen_pair:
            errors.append("line %d: value labelled twice in %s" % (no, f))
        seen_pair.add((f, v))
        if v in seen_value and seen_value[v] != f:
            errors.append("line %d: value also labelled in %s" % (no, seen_value[v]))
        seen_value.setdefault(v, f)
        labels.append((no, f, cat, v))

    texts = {}
    by_file = {}
    for no, f, cat, v in labels:
        if f not in texts:
            p = os.path.join(HERE, f)
            if not os.path.isfile(p):
                errors.append("line %d: missing file %s" % (no, f))
                texts[f] = None
                continue
            texts[f] = open(p, encoding="utf-8", newline="").read()
        t = texts[f]
        if t is None:
            continue
        if v not in t:
            errors.append("line %d: value not found in %s: %r" % (no, f, v[:60]))
            continue
        by_file.setdefault(f, []).append((no, cat, v))
        for c in cat.split("|"):
            why = validate(c, v)
            if why:
                errors.append("line %d: %s %r invalid as %s: %s" % (no, f, v[:60], c, why))
        if cat.split("|")[0] in ("credit-card", "se-personnummer", "phone", "in-aadhaar"):
            for m in re.finditer(re.escape(v), t):
                a, b = m.start(), m.end()
                if (a and t[a - 1].isdigit()) or (b < len(t) and t[b].isdigit()):
                    errors.append("line %d: %r glued to digits in %s" % (no, v, f))
                    break
        else:
            glued = True
            for m in re.finditer(re.escape(v), t):
                b = m.end()
                if b >= len(t) or not (t[b].isalnum() and v[-1].isalnum()):
                    glued = False
                    break
            if glued:
                errors.append("line %d: every occurrence of %r is cut out of a longer run in %s" % (no, v[:40], f))

    # overlaps between different labelled values of one file
    for f, items in by_file.items():
        t = texts[f]
        spans = []
        for no, cat, v in items:
            for m in re.finditer(re.escape(v), t):
                spans.append((m.start(), m.end(), no))
        spans.sort()
        for (a1, b1, n1), (a2, b2, n2) in zip(spans, spans[1:]):
            if a2 < b1 and n1 != n2:
                errors.append("lines %d and %d overlap in %s" % (n1, n2, f))

    # documents on disk and stats.json
    docs = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(x for x in dirs if x != "__pycache__")
        for fn in sorted(files):
            rel = os.path.relpath(os.path.join(root, fn), HERE)
            if os.sep not in rel:
                if fn not in OWN and not (fn.startswith("c_") and fn.endswith(".py")):
                    errors.append("unexpected file in set directory: %s" % fn)
                continue
            docs.append(rel.replace(os.sep, "/"))
    try:
        st = json.load(open(os.path.join(HERE, "stats.json"), encoding="utf-8"))
        if st.get("documents") != len(docs):
            errors.append("stats.json documents %s != %d files" % (st.get("documents"), len(docs)))
        if st.get("labelled_values") != len(labels):
            errors.append("stats.json labelled_values %s != %d" % (st.get("labelled_values"), len(labels)))
        cnt = {}
        for _, _, cat, _ in labels:
            cnt[cat] = cnt.get(cat, 0) + 1
        if st.get("values_by_label") != cnt:
            errors.append("stats.json values_by_label disagrees with labels.tsv")
    except (OSError, ValueError) as e:
        errors.append("stats.json: %s" % e)

    if audit:
        run_audit(docs, by_file)

    for e in errors:
        print("ERROR", e)
    print("%d labels in %d files (%d documents), %d errors" % (len(labels), len(by_file), len(docs), len(errors)))
    return 1 if errors else 0


def run_audit(docs, by_file):
    pats = {
        "email": re.compile(r"(?<![\w.%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}"),
        "ipv4": re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
        "aws-access-key-id": re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}"),
        "jwt": re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
        "bearer-token": re.compile(r"Bearer[ :]+([A-Za-z0-9._~+/=%!:-]{12,})"),
        "credit-card": re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)"),
        "se-personnummer": re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)"),
    }
    n = 0
    for f in docs:
        t = open(os.path.join(HERE, f), encoding="utf-8").read()
        labelled = [v for _, _, v in by_file.get(f, [])]
        for cat, rx in pats.items():
            for m in rx.finditer(t):
                s = m.group(1) if m.groups() else m.group(0)
                if any(s in v or v in s for v in labelled):
                    continue
                if cat == "email" and valid_email(s):
                    continue
                if cat == "ipv4" and public_ip(s):
                    continue
                if cat == "credit-card" and valid_card(s.strip()):
                    continue
                if cat == "se-personnummer" and valid_pnr(s):
                    continue
                if cat == "bearer-token" and (valid_secret(s) or s.startswith("<")):
                    continue
                n += 1
                print("AUDIT %-16s %s: %s" % (cat, f, s[:70]))
    print("audit: %d unlabelled strict-pattern candidates" % n)


if __name__ == "__main__":
    sys.exit(main())
