#!/usr/bin/python3.11
"""Self-check of the dev document corpus (stdlib only).

  /usr/bin/python3.11 tests/corpus/documents/dev/check_labels.py

Checks: labels.tsv format; every labelled value occurs in its file; categories
are known; no value is labelled twice in the corpus (every real value unique);
checksums of the values that have one (Luhn, IBAN mod-97, Verhoeff, 11-test,
Steuer-ID, NIR key, DNI/NIE letter, codice fiscale, HETU, personnummer);
vendor shapes; counts per category (fails if any category has < 50).
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIN = 50
CATS = ["email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key", "github-token",
        "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key", "openai-key", "anthropic-key",
        "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token", "password", "generic-secret",
        "azure-storage-key", "npm-token", "pypi-token", "huggingface-token", "sendgrid-key", "twilio-key",
        "shopify-token", "datadog-key", "docker-auth", "mailgun-key", "ipv4", "ipv6", "date-of-birth", "passport",
        "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu", "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale",
        "in-aadhaar"]


def unesc(v):
    out, i = [], 0
    while i < len(v):
        if v[i] == "\\" and i + 1 < len(v):
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[v[i + 1]])
            i += 2
        else:
            out.append(v[i])
            i += 1
    return "".join(out)


def luhn(n):
    s = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff(n):
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def digits(v):
    return re.sub(r"\D", "", v)


def urldec(v):
    import urllib.parse
    return urllib.parse.unquote_plus(v) if "%" in v or "+" in v and "@" not in v else v


def check_value(cat, v):
    """Return an error string or None."""
    if cat == "credit-card":
        d = digits(v)
        return None if 12 <= len(d) <= 19 and luhn(d) else "luhn"
    if cat == "iban":
        s = re.sub(r"[\s-]", "", v)
        r = s[4:] + s[:4]
        return None if int("".join(str(int(c, 36)) for c in r)) % 97 == 1 else "mod97"
    if cat == "in-aadhaar":
        d = digits(v)
        return None if len(d) == 12 and d[0] not in "01" and verhoeff(d) else "verhoeff"
    if cat == "nl-bsn":
        d = digits(v)
        return None if len(d) == 9 and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0 else "11-test"
    if cat == "de-steuer-id":
        d = digits(v)
        p = 10
        for ch in d[:10]:
            s = (int(ch) + p) % 10 or 10
            p = s * 2 % 11
        c = 11 - p
        return None if len(d) == 11 and (0 if c == 10 else c) == int(d[10]) else "steuer check"
    if cat == "fr-nir":
        s = re.sub(r"\s", "", v)
        n = int(s[:13].replace("2A", "19").replace("2B", "18"))
        return None if 97 - n % 97 == int(s[13:]) else "nir key"
    if cat == "es-dni":
        s = v.replace("-", "")
        n = s[:-1]
        if n[0] in "XYZ":
            n = str("XYZ".index(n[0])) + n[1:]
        return None if "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23] == s[-1] else "dni letter"
    if cat == "it-codice-fiscale":
        odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                                                                 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
        t = sum(odd[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(v[:15]))
        return None if chr(65 + t % 26) == v[15] else "cf check"
    if cat == "fi-hetu":
        return None if "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10] else "hetu check"
    if cat == "se-personnummer":
        d = digits(v)
        return None if luhn(d[-10:]) else "personnummer luhn"
    if cat == "us-ssn":
        d = digits(v)
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        bad = a == 0 or a == 666 or a >= 900 or g == 0 or s == 0 or d in ("078051120", "219099999", "123456789", "111223333")
        return "ssn rules" if bad else None
    if cat == "uk-nino":
        s = v.replace(" ", "")
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") else "nino shape"
    if cat == "aws-access-key-id":
        return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) else "aws id shape"
    if cat == "aws-secret-key":
        return None if len(v) == 40 and "EXAMPLE" not in v else "aws secret shape"
    if cat == "github-token":
        return None if re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", v) else "github shape"
    if cat == "slack-webhook":
        return None if re.match(r"https?://hooks\.slack\.com/(services|workflows|triggers)/T", v) else "webhook shape"
    if cat == "stripe-key":
        return None if re.match(r"(sk|rk)_live_", v) else "stripe shape"
    if cat == "google-api-key":
        return None if re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", v) else "google shape"
    if cat == "npm-token":
        return None if re.fullmatch(r"npm_[A-Za-z0-9]{36}", v) else "npm shape"
    if cat == "huggingface-token":
        return None if re.fullmatch(r"hf_[A-Za-z]{34}", v) else "hf shape"
    if cat == "sendgrid-key":
        return None if re.fullmatch(r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", v) else "sendgrid shape"
    if cat == "mailgun-key":
        return None if re.fullmatch(r"key-[0-9a-f]{32}", v) else "mailgun shape"
    if cat == "shopify-token":
        return None if re.fullmatch(r"shp(at|ca|pa|ss)_[0-9a-f]{32}", v) else "shopify shape"
    if cat == "jwt":
        return None if re.fullmatch(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", v) else "jwt shape"
    if cat == "private-key":
        return None if v.startswith("-----BEGIN") and "PRIVATE KEY" in v and v.endswith("-----") else "pem shape"
    if cat == "email":
        d = urldec(v).split("@")[-1].lower()
        if re.search(r"(^|\.)(example\.(com|org|net)|test|invalid|example|localhost)$", d):
            return "reserved domain"
        return None if "@" in urldec(v) or "%40" in v else "email shape"
    if cat == "ipv4":
        a = [int(x) for x in v.split(".")]
        if a[0] in (0, 10, 127) or a[0] >= 224 or (a[0] == 172 and 16 <= a[1] <= 31) or (a[0] == 192 and a[1] == 168) or \
                (a[0] == 169 and a[1] == 254) or (a[0] == 100 and 64 <= a[1] <= 127) or a[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]):
            return "non-public ipv4"
        return None
    if cat == "ipv6":
        l = v.lower()
        return "non-public ipv6" if l.startswith(("fe80", "fc", "fd", "2001:db8", "::")) else None
    if cat == "phone":
        d = digits(urldec(v).replace("(0)", ""))
        if len(d) == 10 or len(d) == 11 and d[0] == "1":
            n = d[-10:]
            if n[3:6] == "555" and n[6:8] == "01":
                return "fictitious NANP 555-01xx"
        for pre in ("44", "0"):
            if d.startswith(pre) and d[len(pre):].startswith(("2079460", "7700900", "1632960", "1134960", "1214960", "1314960", "1614960")):
                return "Ofcom drama range"
        if d.startswith(("0491570", "61491570")):
            return "ACMA fictitious range"
        return None if 8 <= len(d) <= 15 else "phone length"
    return None


def main():
    path = os.path.join(HERE, "labels.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    errors = []
    if lines[0] != "file\tcategory\tvalue":
        errors.append("bad header")
    if lines[-1] != "":
        errors.append("labels.tsv must end with LF")
    counts = collections.Counter()
    any_counts = collections.Counter()
    seen = {}
    files = {}
    occ = 0
    for no, line in enumerate(lines[1:-1], 2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append(f"line {no}: {len(parts)} columns")
            continue
        fn, cat, raw = parts
        v = unesc(raw)
        cats = cat.split("|")
        for c in cats:
            if c not in CATS:
                errors.append(f"line {no}: unknown category {c}")
            any_counts[c] += 1
        counts[cats[0]] += 1
        if fn not in files:
            p = os.path.join(HERE, fn)
            if not os.path.isfile(p):
                errors.append(f"line {no}: missing file {fn}")
                files[fn] = ""
            else:
                with open(p, encoding="utf-8", newline="") as f:
                    files[fn] = f.read()
        n = files[fn].count(v)
        occ += n
        if n == 0:
            errors.append(f"line {no}: value not in {fn}: {raw[:60]}")
        key = v
        if key in seen and seen[key] != fn:
            errors.append(f"line {no}: value also labelled in {seen[key]}: {raw[:60]}")
        seen[key] = fn
        e = check_value(cats[0], v)
        if e:
            errors.append(f"line {no}: {cat} {raw[:60]}: {e}")
    on_disk = sum(1 for r, _, fs in os.walk(HERE) for f in fs if r != HERE and "__pycache__" not in r)
    print(f"{len(lines) - 2} labels, {occ} occurrences, {len(files)} labelled documents, {on_disk} documents on disk")
    print(f"{'category':20s} {'primary':>8s} {'any':>6s}")
    for c in CATS:
        print(f"{c:20s} {counts[c]:8d} {any_counts[c]:6d}")
        if counts[c] < MIN:
            errors.append(f"category {c}: {counts[c]} < {MIN}")
    for e in errors[:50]:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
