#!/usr/bin/env python3
"""Independent re-check of dev10/labels.tsv from the documents alone (does not import the generator).

usage: python3 check_labels.py [--audit]     exit 1 on any error
--audit also lists unlabelled strict-pattern candidates (AKIA/ASIA ids, JWTs, e-mails, Luhn-valid card
numbers with a network prefix, Luhn-valid personnummer shapes, public IPv4, Bearer values) for review.
"""
import sys
sys.dont_write_bytecode = True
import base64, binascii, datetime, json, math, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def readme_categories():
    p = os.path.join(HERE, "..", "README.md")
    cats = set()
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\| `([a-z0-9-]+)` \|", line)
            if m:
                cats.add(m.group(1))
    return cats


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            if i + 1 >= len(s) or s[i + 1] not in "\\nrt":
                raise ValueError("bad escape")
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[s[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def entropy(s):
    c = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


PLACEHOLDER = re.compile(r"^(\$\{.*\}|\{\{.*\}\}|<.*>|\*+|x+|X+|changeme|change_me|changeit|redacted|\[redacted\]|\[filtered\]|password|secret|token|%\(.*\)s|\$[A-Z_]+)$", re.I)
HASHLIKE = re.compile(r"^(\$2[aby]?\$|\$argon2|\$6\$|\$5\$|\$1\$|\{SSHA\}|\{SHA\}|ENC\(|ENC\[|\*[0-9A-F]{40}$|-pbkdf2)")
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4000056655665556", "5105105105105100",
              "6011111111111117", "3530111333300000", "4012888888881881", "371449635398431", "5200828282828210", "4000000000000002"}
RESERVED_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|example|test|invalid|localhost|local)$", re.I)


def card_ok(v):
    d = re.sub(r"[ -]", "", v)
    if not d.isdigit() or not 13 <= len(d) <= 19 or d in TEST_CARDS or not luhn(d):
        return False
    return bool(re.match(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|62|36|30[0-5]|38|39)", d))


IBAN_LEN = {"SE": 24, "DE": 22, "NL": 18, "GB": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "NO": 15, "BE": 16, "IT": 27}


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def pnr_ok(v):
    m = re.match(r"^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$", v)
    if not m:
        return False
    cent, yy, mm, dd, tail = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    year = int((cent or "19") + yy)
    try:
        datetime.date(year, int(mm), day)
    except ValueError:
        return False
    return luhn(yy + mm + dd + tail)


def b64dec(v):
    try:
        return base64.b64decode(v, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


AKID = re.compile(r"^(AKIA|ASIA)[A-Z2-7]{16}$")
ASK = re.compile(r"^[A-Za-z0-9/+]{40}$")


def akid_ok(v):
    if AKID.match(v) and not v.endswith("EXAMPLE"):
        return True
    dec = b64dec(v)
    return bool(dec and AKID.match(dec) and not dec.endswith("EXAMPLE"))


def ask_ok(v):
    if ASK.match(v) and "EXAMPLEKEY" not in v:
        return True
    dec = b64dec(v)
    if not dec:
        return False
    if ASK.match(dec):
        return True
    m = re.search(r"aws_secret_access_key\s*=\s*([A-Za-z0-9/+]{40})\s*$", dec, re.M)
    return bool(m)


def jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3 or not v.startswith("eyJ") or not all(re.match(r"^[A-Za-z0-9_-]+$", p) for p in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except Exception:
        return False
    return isinstance(hdr, dict) and hdr.get("alg") not in (None, "none")


def email_ok(v):
    m = re.match(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$", v)
    return bool(m) and not RESERVED_DOM.search(m.group(1))


def phone_ok(v):
    d = re.sub(r"[^\d]", "", v.replace("%2B", "+"))
    if not 7 <= len(d) <= 15:
        return False
    if re.search(r"555-?01\d\d", v) or re.search(r"7700 ?900", v):
        return False
    return bool(re.match(r"^(\+|%2B|0|\(|\d)[\d ()+./-]+$", v))


def dob_ok(v):
    fmts = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y", "%d%b%y"]
    for f in fmts:
        try:
            dt = datetime.datetime.strptime(v.title() if f == "%d%b%y" else v, f)
            return 1900 < dt.year < 2026 or f == "%d%b%y"
        except ValueError:
            pass
    return False


def nino_ok(v):
    s = v.replace(" ", "")
    m = re.match(r"^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$", s)
    return bool(m) and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def bsn_ok(v):
    if not re.match(r"^\d{9}$", v):
        return False
    return (sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1))) - int(v[8])) % 11 == 0


def hetu_ok(v):
    m = re.match(r"^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$", v)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(2)) % 31] == m.group(3)


def dni_ok(v):
    m = re.match(r"^(\d{8})([A-Z])$", v)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(m.group(1)) % 23] == m.group(2)


def ipv4_ok(v):
    m = re.match(r"^(\d+)\.(\d+)\.(\d+)\.(\d+)$", v)
    if not m:
        return False
    a, b, c, d = map(int, m.groups())
    if max(a, b, c, d) > 255:
        return False
    if a in (0, 10, 127) or a >= 224 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254) or (a == 100 and 64 <= b <= 127):
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return False
    return True


def secret_ok(v):
    return len(v) >= 16 and entropy(v) >= 3.0 and not PLACEHOLDER.match(v)


def password_ok(v):
    return len(v) >= 6 and not PLACEHOLDER.match(v) and not HASHLIKE.match(v)


VALID = {
    "credit-card": card_ok, "iban": iban_ok, "se-personnummer": pnr_ok, "aws-access-key-id": akid_ok, "aws-secret-key": ask_ok,
    "jwt": jwt_ok, "email": email_ok, "phone": phone_ok, "date-of-birth": dob_ok, "passport": lambda v: bool(re.match(r"^[A-Z0-9]{6,9}$", v)),
    "uk-nino": nino_ok, "nl-bsn": bsn_ok, "fi-hetu": hetu_ok, "es-dni": dni_ok, "ipv4": ipv4_ok,
    "generic-secret": secret_ok, "bearer-token": secret_ok, "password": password_ok, "url-credentials": password_ok,
}


def boundary_ok(text, k, v):
    a = text[k - 1] if k else ""
    b = text[k + len(v)] if k + len(v) < len(text) else ""
    if v[0].isalnum() and a.isalnum() and not (k >= 2 and text[k - 2] == "\\"):
        return False
    if v[-1].isalnum() and b.isalnum():
        return False
    return True


def main():
    audit = "--audit" in sys.argv
    cats = readme_categories()
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err("labels.tsv contains CR")
    lines = raw.split("\n")
    if lines[0] != "file\tcategory\tvalue":
        err("bad header")
    if lines[-1] != "":
        err("no final newline")
    seen = {}
    per_file = {}
    counts = Counter()
    for n, line in enumerate(lines[1:-1], 2):
        parts = line.split("\t")
        if len(parts) != 3:
            err("line %d: %d fields" % (n, len(parts)))
            continue
        f, cat, ev = parts
        try:
            v = unescape(ev)
        except ValueError:
            err("line %d: bad escape" % n)
            continue
        for c in cat.split("|"):
            if c not in cats:
                err("line %d: unknown category %s" % (n, c))
            elif c in VALID and not VALID[c](v):
                err("line %d: %s fails %s check: %r" % (n, f, c, v[:80]))
        if v in seen:
            err("line %d: value labelled twice (%s and %s)" % (n, seen[v], f))
        seen[v] = f
        counts[cat] += 1
        per_file.setdefault(f, []).append((cat, v))
    texts = {}
    for f, labs in per_file.items():
        p = os.path.join(HERE, f)
        if not os.path.isfile(p):
            err("missing file %s" % f)
            continue
        with open(p, encoding="utf-8", newline="") as fh:
            text = fh.read()
        texts[f] = text
        spans = []
        for cat, v in labs:
            k = text.find(v)
            if k < 0:
                err("%s: value not in file: %r" % (f, v[:60]))
            while k >= 0:
                if not boundary_ok(text, k, v):
                    err("%s: %r cut out of a longer run" % (f, v[:60]))
                spans.append((k, k + len(v), v))
                k = text.find(v, k + 1)
        spans.sort()
        for (a1, b1, v1), (a2, b2, v2) in zip(spans, spans[1:]):
            if a2 < b1 and v1 != v2:
                err("%s: overlapping labels %r / %r" % (f, v1[:40], v2[:40]))
    st = json.load(open(os.path.join(HERE, "stats.json"), encoding="utf-8"))
    if st.get("labels") != sum(counts.values()) or st.get("per_exact_label") != dict(sorted(counts.items())):
        err("stats.json disagrees with labels.tsv")
    ndocs = sum(len(fs) for _, _, fs in [(r, d, [x for x in fs]) for r, d, fs in os.walk(HERE) if r != HERE and "__pycache__" not in r])
    if st.get("documents") != ndocs:
        err("stats.json documents %s != %d files" % (st.get("documents"), ndocs))
    if audit:
        run_audit(seen)
    for e in ERR:
        print("ERROR", e)
    total = sum(counts.values())
    print("%d labels in %d files checked, %d errors" % (total, len(per_file), len(ERR)))
    return 1 if ERR else 0


def run_audit(seen):
    pats = [("aws-access-key-id", re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])"), None),
            ("jwt", re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"), None),
            ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), email_ok),
            ("credit-card", re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?!\d)"), card_ok),
            ("se-personnummer", re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)"), pnr_ok),
            ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"), ipv4_ok),
            ("bearer-token", re.compile(r"Bearer ([A-Za-z0-9._~+/=-]{8,})"), None)]
    labelled_by_file = {}
    for v, f in seen.items():
        labelled_by_file.setdefault(f, []).append(v)
    hits = Counter()
    for root, _, files in os.walk(HERE):
        if root == HERE:
            continue
        for name in sorted(files):
            p = os.path.join(root, name)
            f = os.path.relpath(p, HERE).replace(os.sep, "/")
            text = open(p, encoding="utf-8").read()
            labs = labelled_by_file.get(f, [])
            for cat, rx, chk in pats:
                for m in rx.finditer(text):
                    s = m.group(1) if m.groups() else m.group(0)
                    if chk and not chk(s):
                        continue
                    if any(s in v or v in s for v in labs):
                        continue
                    hits[cat] += 1
                    print("AUDIT %s %s %r" % (f, cat, s[:70]))
    print("audit: %s" % dict(hits))


if __name__ == "__main__":
    sys.exit(main())
