#!/usr/bin/env python3
"""Re-check dev8/labels.tsv against the documents alone (no scanner involved).

    python3 check_labels.py            # exit 1 on any error
    python3 check_labels.py --audit    # also list unlabelled numbers that pass a
                                       # category's checksum (the look-alikes), for review

Checks: header and escapes; every labelled value occurs in its file; the
category ids are known; validators (Verhoeff for Aadhaar, Luhn + IIN for cards,
Luhn + date for personnummer, mod-97 for IBAN, JWT structure, AWS key shapes,
public IPv4, ...); numeric values are not cut out of a longer digit run;
labelled occurrences of different values do not overlap; no value is labelled
in two files; stats.json agrees with labels.tsv.
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import ipaddress
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

KNOWN = {
    "email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token", "gitlab-token",
    "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key", "anthropic-key", "jwt", "private-key",
    "url-credentials", "basic-auth", "bearer-token", "password", "generic-secret", "azure-storage-key", "npm-token",
    "pypi-token", "huggingface-token", "sendgrid-key", "twilio-key", "shopify-token", "datadog-key", "docker-auth",
    "mailgun-key", "ipv4", "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
    "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar",
}

_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff(d):
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def unescape(v):
    out, i = [], 0
    while i < len(v):
        if v[i] == "\\" and i + 1 < len(v):
            nxt = v[i + 1]
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}.get(nxt, None) or "")
            if nxt not in "\\nrt":
                raise ValueError("bad escape \\" + nxt)
            i += 2
        else:
            out.append(v[i])
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# validators: return None when fine, else a reason
# --------------------------------------------------------------------------
def v_aadhaar(v):
    s = v.replace("\\u00a0", " ").replace("%20", " ").replace("%C2%A0", " ")
    if re.search(r"[^0-9 \u00a0+\-.|]", s):
        return "unexpected characters"
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return "not 12 digits"
    if d[0] in "01":
        return "starts with 0/1"
    if not verhoeff(d):
        return "Verhoeff fails"
    return None


CARD_IIN = re.compile(r"^(4|5[1-5]|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|3(0[0-5]|[68])|35(2[89]|[3-8]\d)|6011|64[4-9]|65|62|67|50|5[06-8]|6\d)")
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4012888888881881", "378282246310005", "6011111111111117",
              "5105105105105100", "4000056655665556", "3530111333300000"}


def v_card(v):
    if re.search(r"[^0-9 \-]", v):
        return "unexpected characters"
    d = re.sub(r"\D", "", v)
    if not 13 <= len(d) <= 19:
        return "length"
    if not luhn(d):
        return "Luhn fails"
    if not CARD_IIN.match(d):
        return "unknown IIN"
    if d in TEST_CARDS:
        return "published test number"
    return None


def v_pnr(v):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", v)
    if not m:
        return "shape"
    yy, mm, dd = m.group(2), int(m.group(3)), int(m.group(4))
    if not 1 <= mm <= 12 or not 1 <= dd <= 31:
        return "not a date"
    ten = m.group(2) + m.group(3) + m.group(4) + m.group(6)
    if not luhn(ten):
        return "Luhn fails"
    if m.group(1):
        try:
            datetime.date(int(m.group(1) + yy), mm, dd)
        except ValueError:
            return "invalid date"
    return None


def v_phone(v):
    if re.search(r"[^0-9 +\-()]", v):
        return "unexpected characters"
    n = len(re.sub(r"\D", "", v))
    return None if 7 <= n <= 15 else "digit count"


RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|test|invalid|example|localhost)$", re.I)


def v_email(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+)", v)
    if not m:
        return "shape"
    if RESERVED.search(m.group(1)):
        return "reserved domain"
    return None


def v_ipv4(v):
    try:
        ip = ipaddress.IPv4Address(v)
    except ValueError:
        return "not an IPv4"
    doc_nets = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or any(ip in n for n in doc_nets):
        return "not public"
    return None


def v_dob(v):
    for f in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%d-%b-%Y"):
        try:
            d = datetime.datetime.strptime(v, f).date()
            return None if 1900 < d.year < 2026 else "implausible year"
        except ValueError:
            pass
    return "unparsed date"


def v_akid(v):
    if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
        return "shape"
    return "EXAMPLE id" if v.endswith("EXAMPLE") else None


def v_awssecret(v):
    if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
        return "shape"
    return "docs example" if v == "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" else None


def v_jwt(v):
    parts = v.split(".")
    if len(parts) != 3 or not v.startswith("eyJ"):
        return "shape"
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except Exception:  # noqa: BLE001
        return "header/payload not JSON"
    return None if "alg" in h and parts[2] else "no alg / signature"


PLACEHOLDERS = {"changeme", "password", "secret", "xxx", "********", "<redacted>", "redacted", "***", "token", "your_token_here", "null", "undefined"}


def entropy(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def v_bearer(v):
    if re.search(r"\s", v) or len(v) < 16 or v.lower() in PLACEHOLDERS or "{" in v or "$" in v:
        return "not a token"
    return None


def v_password(v):
    if len(v) < 6 or v.lower() in PLACEHOLDERS or re.search(r"[\s]", v) or v.startswith("${"):
        return "placeholder or too short"
    return None


def v_generic(v):
    if len(v) < 16 or entropy(v) < 3.0 or v.lower() in PLACEHOLDERS:
        return "low entropy / short"
    return None


def v_urlcred(v):
    if re.search(r"[\s:@/]", v) or len(v) < 6:
        return "shape"
    return None


def v_basic(v):
    try:
        raw = base64.b64decode(v, validate=True).decode()
    except Exception:  # noqa: BLE001
        return "not base64"
    return None if ":" in raw else "no colon"


def v_iban(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return "shape"
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return None if int(num) % 97 == 1 else "mod-97 fails"


VALIDATORS = {"in-aadhaar": v_aadhaar, "credit-card": v_card, "se-personnummer": v_pnr, "phone": v_phone, "email": v_email,
              "ipv4": v_ipv4, "date-of-birth": v_dob, "aws-access-key-id": v_akid, "aws-secret-key": v_awssecret, "jwt": v_jwt,
              "bearer-token": v_bearer, "password": v_password, "generic-secret": v_generic, "url-credentials": v_urlcred,
              "basic-auth": v_basic, "iban": v_iban}
DIGIT_BOUNDED = {"in-aadhaar", "credit-card", "se-personnummer", "phone"}


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def audit(files, labelled_by_file):
    """Print unlabelled digit runs that pass a checksum (the deliberate look-alikes)."""
    counts = {"aadhaar-shaped": 0, "card-shaped": 0, "pnr-shaped": 0}
    for rel in sorted(files):
        text = files[rel]
        lab = labelled_by_file.get(rel, [])
        spans = [sp for v in lab for sp in occurrences(text, v)]

        def covered(a, b):
            return any(x <= a and b <= y for x, y in spans)

        for m in re.finditer(r"(?<![\d])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\d])", text):
            d = re.sub(r"\D", "", m.group())
            if verhoeff(d) and not covered(m.start(), m.end()):
                counts["aadhaar-shaped"] += 1
                print(f"  aadhaar-shaped  {rel}: {m.group()!r}  ...{text[max(0, m.start() - 30):m.start()]!r}")
        for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
            d = re.sub(r"\D", "", m.group())
            if luhn(d) and CARD_IIN.match(d) and not covered(m.start(), m.end()):
                counts["card-shaped"] += 1
                print(f"  card-shaped     {rel}: {m.group()!r}  ...{text[max(0, m.start() - 30):m.start()]!r}")
        for m in re.finditer(r"(?<![\d])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d])", text):
            if v_pnr(m.group()) is None and not covered(m.start(), m.end()):
                counts["pnr-shaped"] += 1
                print(f"  pnr-shaped      {rel}: {m.group()!r}  ...{text[max(0, m.start() - 30):m.start()]!r}")
    print("audit:", counts)


def main():
    errors = []
    path = os.path.join(HERE, "labels.tsv")
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errors.append("labels.tsv contains CR (must be LF)")
    lines = raw.decode("utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "file\tcategory\tvalue":
        errors.append("bad header")
    files, labelled_by_file, owner, per_cat = {}, {}, {}, {}
    seen_lines = set()
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append(f"line {n}: expected 3 columns")
            continue
        rel, cat, ev = parts
        if line in seen_lines:
            errors.append(f"line {n}: duplicate line")
        seen_lines.add(line)
        try:
            v = unescape(ev)
        except ValueError as e:
            errors.append(f"line {n}: {e}")
            continue
        if rel not in files:
            fp = os.path.join(HERE, rel)
            if not os.path.isfile(fp):
                errors.append(f"line {n}: no such file {rel}")
                continue
            try:
                files[rel] = open(fp, encoding="utf-8", newline="").read()
            except UnicodeDecodeError:
                errors.append(f"{rel}: not UTF-8")
                continue
        text = files[rel]
        cats = cat.split("|")
        for c in cats:
            if c not in KNOWN:
                errors.append(f"line {n}: unknown category {c}")
        per_cat[cat] = per_cat.get(cat, 0) + 1
        if not v:
            errors.append(f"line {n}: empty value")
            continue
        occ = occurrences(text, v)
        if not occ:
            errors.append(f"line {n}: value not found in {rel}: {v[:60]!r}")
            continue
        for c in cats:
            fn = VALIDATORS.get(c)
            if fn:
                why = fn(v)
                if why:
                    errors.append(f"line {n}: {c} {v[:60]!r} in {rel}: {why}")
        if set(cats) & DIGIT_BOUNDED:
            for a, b in occ:
                if (a > 0 and text[a - 1].isdigit() and v[0].isdigit()) or (b < len(text) and text[b].isdigit() and v[-1].isdigit()):
                    errors.append(f"line {n}: {v!r} is cut out of a longer digit run in {rel}")
                    break
        if owner.setdefault(v, rel) != rel:
            errors.append(f"line {n}: value {v[:40]!r} labelled in {owner[v]} and {rel}")
        labelled_by_file.setdefault(rel, []).append(v)
    # overlapping occurrences of different labelled values within one file
    for rel, vals in labelled_by_file.items():
        text = files[rel]
        spans = sorted((a, b, v) for v in set(vals) for a, b in occurrences(text, v))
        for (a1, b1, v1), (a2, b2, v2) in zip(spans, spans[1:]):
            if a2 < b1 and v1 != v2:
                errors.append(f"{rel}: labelled values overlap: {v1[:30]!r} / {v2[:30]!r}")
    # stats.json agrees
    try:
        stats = json.load(open(os.path.join(HERE, "stats.json"), encoding="utf-8"))
        if stats.get("labelled_values") != len(lines) - 1:
            errors.append("stats.json labelled_values disagrees with labels.tsv")
        if stats.get("per_category") != dict(sorted(per_cat.items())):
            errors.append("stats.json per_category disagrees with labels.tsv")
    except (OSError, ValueError) as e:
        errors.append(f"stats.json: {e}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(lines) - 1} labels in {len(files)} files checked, {len(errors)} errors")
    if "--audit" in sys.argv:
        all_files = {}
        for root, dirs, fns in os.walk(HERE):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for fn in fns:
                rel = os.path.relpath(os.path.join(root, fn), HERE)
                if os.sep in rel:
                    all_files[rel] = open(os.path.join(root, fn), encoding="utf-8", newline="").read()
        audit(all_files, labelled_by_file)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
