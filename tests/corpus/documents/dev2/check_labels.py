#!/usr/bin/env python3
"""Self-check of labels.tsv: format, escapes, occurrence, categories, counts."""
import collections
import ipaddress
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN = set("""email credit-card us-ssn phone iban aws-access-key-id aws-secret-key
github-token gitlab-token slack-token slack-webhook stripe-key google-api-key openai-key
anthropic-key jwt private-key url-credentials basic-auth bearer-token password
generic-secret azure-storage-key npm-token pypi-token huggingface-token sendgrid-key
twilio-key shopify-token datadog-key docker-auth mailgun-key ipv4 ipv6 date-of-birth
passport uk-nino nl-bsn se-personnummer fi-hetu de-steuer-id fr-nir es-dni
it-codice-fiscale in-aadhaar""".split())
FOCUS = ["password", "generic-secret", "bearer-token", "azure-storage-key",
         "aws-secret-key", "basic-auth", "url-credentials"]


def unescape(v, lineno):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\":
            if i + 1 >= len(v) or v[i + 1] not in "\\nrt":
                raise ValueError("line %d: bad escape in %r" % (lineno, v))
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[v[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


AUDIT = [
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b")),
    ("jwt", re.compile(r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}")),
    ("slack-token", re.compile(r"\bx(?:ox[abprs]|app)-[\w-]{20,}")),
]


def audit(path, text, values):
    """Warn about likely-sensitive strings that carry no label (look-alikes are expected)."""
    warns = []
    for cat, rx in AUDIT:
        for m in rx.finditer(text):
            if m.group(0).endswith("EXAMPLE") or any(m.group(0) in v for v in values):
                continue
            warns.append("%s: unlabelled %s %s" % (path, cat, m.group(0)[:40]))
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        doc_net = any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
        if ip.is_global and not doc_net:
            warns.append("%s: public IPv4 %s" % (path, ip))
    for m in re.finditer(r"[\w.+-]+@([A-Za-z][\w-]*(?:\.[\w-]+)+)", text):
        dom = m.group(1)
        if re.search(r"(^|\.)example\.(com|org|net)$", dom) or dom[0].isdigit() or dom.startswith("1319."):
            continue  # reserved domain, IP host of a URL, or a Jenkins plugin version
        warns.append("%s: address-like %s" % (path, m.group(0)[:50]))
    return warns


def main():
    errors = []
    raw = open(os.path.join(HERE, "labels.tsv"), "rb").read()
    if b"\r" in raw:
        errors.append("labels.tsv contains CR")
    text = raw.decode("utf-8")
    if not text.endswith("\n"):
        errors.append("labels.tsv does not end with LF")
    lines = text.split("\n")[:-1]
    if lines[0] != "file\tcategory\tvalue":
        errors.append("bad header")
    counts = collections.Counter()
    per_cat_values = collections.defaultdict(set)
    all_values = collections.Counter()
    files_seen = set()
    cache = {}
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append("line %d: %d columns" % (n, len(parts)))
            continue
        path, cat, val = parts
        for c in cat.split("|"):
            if c not in KNOWN:
                errors.append("line %d: unknown category %s" % (n, c))
        try:
            value = unescape(val, n)
        except ValueError as e:
            errors.append(str(e))
            continue
        if not value or value != value.strip():
            errors.append("line %d: empty value or surrounding whitespace" % n)
        full = os.path.join(HERE, path)
        if not os.path.isfile(full):
            errors.append("line %d: missing file %s" % (n, path))
            continue
        if path not in cache:
            cache[path] = open(full, encoding="utf-8", newline="").read()
        if value not in cache[path]:
            errors.append("line %d: value not in %s: %r" % (n, path, value))
        files_seen.add(path)
        counts[cat] += 1
        for c in cat.split("|"):
            per_cat_values[c].add(value)
        all_values[(cat, value)] += 1
    dup = [k for k, c in all_values.items() if c > 1]
    if dup:
        print("note: %d values labelled in more than one file (same value reused):" % len(dup))
        for k in dup[:10]:
            print("   ", k)
    labelled = collections.defaultdict(list)
    for line in lines[1:]:
        parts = line.split("\t")
        if len(parts) == 3:
            try:
                labelled[parts[0]].append(unescape(parts[2], 0))
            except ValueError:
                pass
    warns = []
    ndocs = 0
    size = 0
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [x for x in dirs if not x.startswith((".", "__"))]
        if root == HERE:
            continue
        for f in files:
            ndocs += 1
            full = os.path.join(root, f)
            size += os.path.getsize(full)
            rel = os.path.relpath(full, HERE)
            warns += audit(rel, open(full, encoding="utf-8", newline="").read(), labelled.get(rel, []))
    print("documents: %d (%d bytes), files with labels: %d" % (ndocs, size, len(files_seen)))
    for cat, c in sorted(counts.items()):
        print("  %-36s %4d" % (cat, c))
    for f in FOCUS:
        n = len([1 for cat in counts for _ in [0] if f in cat.split("|")])
        total = sum(c for cat, c in counts.items() if f in cat.split("|"))
        flag = "" if total >= 60 else "   <-- below 60"
        print("focus %-20s %4d%s" % (f, total, flag))
    for w in warns:
        print("warning:", w)
    if errors:
        print("\n".join(errors[:50]))
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
