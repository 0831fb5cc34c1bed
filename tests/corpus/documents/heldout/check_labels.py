#!/usr/bin/python3.11
"""Self-check of the held-out set's labels.tsv (standard library only).

- header is `file<TAB>category<TAB>value`, UTF-8, LF
- every labelled file exists and every labelled value occurs in it
- every category (or each part of an `a|b` alternative) is a known category id
- no value is labelled twice in one file; no real value appears in two files
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
