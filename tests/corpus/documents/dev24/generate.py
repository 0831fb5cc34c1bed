#!/usr/bin/env python3
"""Build the dev24 document set: python3 generate.py [--check]

Builds every document (modules docs_*.py), runs the self-checks, and (without --check) writes the documents,
labels.tsv and stats.json next to this file. Nothing is written if a check fails.
"""
import collections
import ipaddress
import json
import os
import re
import shutil
import sys

import core
from core import Doc

import docs_bearer  # noqa: F401  (registration order matters for determinism)
import docs_generic  # noqa: F401
import docs_password  # noqa: F401
import docs_aws  # noqa: F401
import docs_prose  # noqa: F401
import docs_swedish  # noqa: F401
import docs_personal  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
USED = "/tmp/dev24-brief/carriers_used.txt"
PLACEHOLDER = ["${", "{{", "EXAMPLE", "your-", "REDACTED", "changeme", "***", "xxx", "$(", "...", "<", ">"]
RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$", re.I)
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4012888888881881", "378282246310005",
              "6011111111111117", "5105105105105100", "4000056655665556", "4444333322221111", "4007000000027"}


def build():
    docs = []
    for carrier, name, desc, fn in core.DOCS:
        d = Doc(carrier, name, desc)
        d.set(fn(d))
        docs.append(d)
    return docs


def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def occurrences(text, v):
    i = text.find(v)
    while i >= 0:
        yield i
        i = text.find(v, i + 1)


def check_value(cat, v):
    cats = cat.split("|")
    errs = []
    digits = re.sub(r"\D", "", v)
    if "credit-card" in cats:
        if not core.luhn_ok(digits) or not 13 <= len(digits) <= 19 or digits in TEST_CARDS:
            errs.append("card")
    if "se-personnummer" in cats and not core.pnr_valid(v):
        errs.append("pnr")
    if "iban" in cats and not core.iban_ok(v):
        errs.append("iban")
    if "aws-access-key-id" in cats and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
        errs.append("akid")
    if "aws-secret-key" in cats and not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
        errs.append("aksk")
    if "jwt" in cats:
        p = v.split(".")
        if len(p) != 3 or not p[0].startswith("eyJ") or not p[1].startswith("eyJ"):
            errs.append("jwt")
    if "email" in cats:
        dom = v.split("@")[-1] if "@" in v else v.split("%40")[-1]
        if RESERVED.search(dom) or not re.search(r"(@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", v):
            errs.append("email")
    if "phone" in cats and not 7 <= len(digits) <= 15:
        errs.append("phone")
    if "passport" in cats and not re.fullmatch(r"[A-Z0-9]{6,12}", v):
        errs.append("passport")
    if "ipv4" in cats:
        try:
            ip = ipaddress.IPv4Address(v)
            if not ip.is_global:
                errs.append("ipv4")
        except ValueError:
            errs.append("ipv4")
    if "ipv6" in cats:
        try:
            ip = ipaddress.IPv6Address(v)
            if not ip.is_global or v.lower().startswith("2001:db8"):
                errs.append("ipv6")
        except ValueError:
            errs.append("ipv6")
    if "uk-nino" in cats and not core.nino_ok(v):
        errs.append("nino")
    if "nl-bsn" in cats and not core.bsn_ok(v):
        errs.append("bsn")
    if "fi-hetu" in cats and not core.hetu_ok(v):
        errs.append("hetu")
    if "de-steuer-id" in cats and not core.steuer_ok(v):
        errs.append("steuer")
    if "fr-nir" in cats and not core.nir_ok(v):
        errs.append("nir")
    if "es-dni" in cats and not core.dni_ok(v):
        errs.append("dni")
    if "in-aadhaar" in cats:
        s = v.replace(" ", "").replace("-", "")
        if not (len(s) == 12 and s[0] in "23456789" and core.verhoeff_ok(s)):
            errs.append("aadhaar")
    if "us-ssn" in cats and not core.ssn_ok(v):
        errs.append("ssn")
    if "it-codice-fiscale" in cats and not (len(v) == 16 and core.cf_check(v[:15]) == v[15]):
        errs.append("cf")
    return errs


PNR_RE = re.compile(r"(?<![\d.,])(\d{8}|\d{6})([-+ ]?)(\d{4})(?![\d])")
CARD_RE = re.compile(r"(?<![\d])(\d[\d -]{11,22}\d)(?![\d])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")


def checks(docs):
    errs = []
    used = set(open(USED).read().split()) if os.path.exists(USED) else set()
    owner = {}
    paths = set()
    for d in docs:
        t = d.text
        if d.path in paths:
            errs.append("duplicate path " + d.path)
        paths.add(d.path)
        if d.carrier in used:
            errs.append("carrier used before: " + d.carrier)
        if "⟨" in t or "⟩" in t:
            errs.append("%s: unfilled marker" % d.path)
        if not d.labels:
            errs.append("%s: no labels" % d.path)
        spans = []
        vals = {}
        for cat, v in d.labels:
            if v in vals and vals[v] != cat:
                errs.append("%s: %r has two categories" % (d.path, v))
            vals[v] = cat
            if not v or v != v.strip() or "\n" in v:
                errs.append("%s: bad label %r" % (d.path, v))
            if v not in t:
                errs.append("%s: label not in text %s %r" % (d.path, cat, v))
                continue
            if cat not in ("date-of-birth",) and any(p.lower() in v.lower() for p in PLACEHOLDER):
                errs.append("%s: placeholder-like label %r" % (d.path, v))
            for e in check_value(cat, v):
                errs.append("%s: %s fails %s check %r" % (d.path, cat, e, v))
            for i in occurrences(t, v):
                a = t[i - 1] if i else " "
                b = t[i + len(v)] if i + len(v) < len(t) else " "
                if (a.isalnum() or b.isalnum()) and v not in d.glue_ok:
                    errs.append("%s: label glued %r ...%r|%r|%r" % (d.path, cat, t[max(0, i - 10):i], v, t[i + len(v):i + len(v) + 5]))
                spans.append((i, i + len(v), cat, v))
            if len(v) >= 6:
                if v in owner and owner[v] != d.path:
                    errs.append("%s: label %r also labelled in %s" % (d.path, v, owner[v]))
                owner.setdefault(v, d.path)
        for a in spans:
            for b in spans:
                if a is not b and a[2] != b[2] and a[0] < b[1] and b[0] < a[1]:
                    errs.append("%s: labels overlap %r / %r" % (d.path, a[3], b[3]))
        for x in d.looks:
            if x not in t:
                errs.append("%s: look-alike not in text %r" % (d.path, x))
            for cat, v in d.labels:
                if v in x:
                    errs.append("%s: look-alike %r contains label %r" % (d.path, x, v))
        # ---- lint
        labelled_text = [v for _, v in d.labels]
        covered = lambda s, e: any(s0 <= s and e <= e0 for s0, e0, _, _ in spans)
        for m in PNR_RE.finditer(t):
            ds = m.group(1) + m.group(3)
            if core.pnr_valid(ds):
                s, e = m.span()
                if not covered(s, e) and not any(m.group(0) in x or x == m.group(0) for x in d.looks):
                    errs.append("%s: unregistered pnr-shaped %r" % (d.path, m.group(0)))
        for m in CARD_RE.finditer(t):
            raw = m.group(1)
            ds = re.sub(r"\D", "", raw)
            if 13 <= len(ds) <= 19 and core.luhn_ok(ds) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65", ds):
                if re.fullmatch(r"\d{4}([ -]?)\d{4,6}\1\d{4,5}(\1\d{4})?(\1\d{1,3})?", raw) or raw.isdigit():
                    s, e = m.span()
                    if not covered(s, e) and not any(raw in x or x in raw for x in d.looks) and ds not in TEST_CARDS:
                        errs.append("%s: unregistered card-shaped %r" % (d.path, raw))
        for m in EMAIL_RE.finditer(t):
            s, e = m.span()
            dom = m.group(0).split("@")[1]
            if RESERVED.search(dom) or covered(s, e) or any(m.group(0) in x for x in d.looks):
                continue
            if re.search(r"://[^\s/]*$", t[max(0, s - 80):s]) or t[s - 1:s] == ":":
                continue
            errs.append("%s: unlabelled e-mail %r" % (d.path, m.group(0)))
        for m in IP_RE.finditer(t):
            ip = m.group(1)
            try:
                a = ipaddress.IPv4Address(ip)
            except ValueError:
                continue
            if not a.is_global:
                continue
            s, e = m.span(1)
            if not covered(s, e) and ip not in d.looks:
                errs.append("%s: unlabelled public IPv4 %r" % (d.path, ip))
        for bad in ("d.T(", "self.", "lambda", "⟨"):
            if bad in t:
                errs.append("%s: generator code leaked %r" % (d.path, bad))
    # selftests of checksum helpers
    assert core.verhoeff_digit("236") == "3"
    assert core.iban_ok("GB82 WEST 1234 5698 7654 32")
    assert core.luhn_ok("4111111111111111")
    assert core.bsn_ok("111222333")
    assert core.hetu_ok("131052-308T")
    assert core.dni_ok("12345678Z")
    assert core.cf_check("RSSMRA85T10A562") == "S"
    return errs


def stats(docs):
    cats = collections.Counter()
    for d in docs:
        for c, _ in d.labels:
            cats[c] += 1
    return {
        "documents": len(docs),
        "carriers": len({d.carrier for d in docs}),
        "labels": sum(cats.values()),
        "lookalikes": sum(len(d.looks) for d in docs),
        "labelled_occurrences": sum(sum(1 for _ in occurrences(d.text, v)) for d in docs for _, v in d.labels),
        "per_category": dict(sorted(cats.items())),
        "carrier_list": sorted({d.carrier for d in docs}),
        "pnr_lookalikes_in_swedish_carriers": sum(1 for d in docs if d.carrier.startswith("se-") for x in d.looks if core.pnr_valid(x) or re.fullmatch(r"\d{6}-?\d{4}|\d{8}-?\d{4}|16\d{10}", x)),
        "files": {d.path: {"desc": d.desc, "labels": len(d.labels)} for d in docs},
    }


def main():
    docs = build()
    errs = checks(docs)
    if errs:
        for e in errs:
            print("CHECK:", e)
        print("%d problems; nothing written" % len(errs))
        sys.exit(1)
    st = stats(docs)
    print(json.dumps({k: st[k] for k in ("documents", "carriers", "labels", "lookalikes", "labelled_occurrences", "per_category", "pnr_lookalikes_in_swedish_carriers")}, indent=1, ensure_ascii=False))
    if "--check" in sys.argv:
        return
    old = os.path.join(HERE, "stats.json")
    if os.path.exists(old):
        for c in json.load(open(old)).get("carrier_list", []):
            p = os.path.join(HERE, c)
            if os.path.isdir(p):
                shutil.rmtree(p)
    for d in docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for d in docs:
            for c, v in d.labels:
                f.write("%s\t%s\t%s\n" % (d.path, c, esc(v)))
    with open(old, "w", encoding="utf-8") as f:
        json.dump(st, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
