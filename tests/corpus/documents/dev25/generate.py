#!/usr/bin/env python3
"""dev25 generator: builds every document from seed 25025, runs the self-checks and writes
the documents, labels.tsv and stats.json.

    python3 generate.py --check   build and check, write nothing
    python3 generate.py           build, check, then write
"""
import base64
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
from core import (Doc, REGISTRY, luhn_sum_ok, card_network, pnr_shape_valid, iban_valid, ipv4_public,  # noqa: E402
                  verhoeff_ok, bsn_ok, hetu_ok, steuer_ok, nir_ok, dni_ok, cf_ok, ssn_ok, nino_ok, TEST_CARDS)

MODULES = ["docs_bearer", "docs_generic", "docs_password", "docs_cards", "docs_swedish", "docs_prose",
           "docs_personal", "docs_cloud"]

CARRIERS_USED = "/tmp/dev25-brief/carriers_used.txt"

PLACEHOLDER_BITS = ["${", "{{", "EXAMPLE", "your-", "YOUR_", "REDACTED", "changeme", "***", "xxx", "$(", "...",
                    "<", ">"]

RESERVED_EMAIL = re.compile(r"@([a-z0-9.-]*\.)?(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid|example|localhost))$|@localhost$", re.I)

GLUE_SAFE = re.compile(r"[A-Za-z0-9]")


def build():
    for m in MODULES:
        __import__(m)
    docs = []
    seen_paths = set()
    for module, carrier, name, desc, fn in REGISTRY:
        d = Doc(module, carrier, name, desc)
        assert d.path not in seen_paths, d.path
        seen_paths.add(d.path)
        d.text = fn(d)
        if not d.text.endswith("\n"):
            d.text += "\n"
        docs.append(d)
    return docs


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def check_category(cat, v):
    """Return an error string when v is not of category cat (each alternative of a|b must fit)."""
    errs = []
    for c in cat.split("|"):
        digits = re.sub(r"[ -]", "", v)
        if c == "credit-card":
            if not (digits.isdigit() and luhn_sum_ok(digits) and card_network(digits) and digits not in TEST_CARDS):
                errs.append("card")
        elif c == "se-personnummer":
            if not pnr_shape_valid(v):
                errs.append("pnr")
        elif c == "iban":
            if not iban_valid(v):
                errs.append("iban")
        elif c == "aws-access-key-id":
            if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) or v.endswith("EXAMPLE"):
                errs.append("akid")
        elif c == "aws-secret-key":
            if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
                errs.append("aws secret")
        elif c == "jwt":
            parts = v.split(".")
            if len(parts) != 3 or not parts[0].startswith("eyJ") or not parts[1].startswith("eyJ"):
                errs.append("jwt")
        elif c == "email":
            if not re.fullmatch(r"[A-Za-z0-9._%+-]+(@|%40)[A-Za-z0-9.-]+\.[a-z]{2,}", v) or RESERVED_EMAIL.search(v):
                errs.append("email")
        elif c == "phone":
            n = len(re.sub(r"\D", "", v))
            if not 7 <= n <= 15:
                errs.append("phone")
        elif c == "ipv4":
            if not re.fullmatch(r"\d+\.\d+\.\d+\.\d+", v) or not ipv4_public(v):
                errs.append("ipv4")
        elif c == "ipv6":
            low = v.lower()
            if low.startswith(("fe80", "fc", "fd", "2001:db8", "::1")) or ":" not in v:
                errs.append("ipv6")
        elif c == "in-aadhaar":
            if not (re.fullmatch(r"[2-9]\d{11}", digits) and verhoeff_ok(digits)):
                errs.append("aadhaar")
        elif c == "nl-bsn":
            if not bsn_ok(v):
                errs.append("bsn")
        elif c == "fi-hetu":
            if not hetu_ok(v):
                errs.append("hetu")
        elif c == "de-steuer-id":
            if not steuer_ok(v):
                errs.append("steuer")
        elif c == "fr-nir":
            if not nir_ok(v):
                errs.append("nir")
        elif c == "es-dni":
            if not dni_ok(v):
                errs.append("dni")
        elif c == "it-codice-fiscale":
            if not cf_ok(v):
                errs.append("cf")
        elif c == "us-ssn":
            if not ssn_ok(v):
                errs.append("ssn")
        elif c == "uk-nino":
            if not nino_ok(v):
                errs.append("nino")
        elif c == "private-key":
            if not re.fullmatch(r"-----BEGIN [A-Z ]*PRIVATE KEY-----(\n|\\n).+(\n|\\n)-----END [A-Z ]*PRIVATE KEY-----", v, re.S):
                errs.append("pkey")
        elif c == "github-token":
            if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82}", v):
                errs.append("gh")
        elif c == "gitlab-token":
            if not v.startswith(("glpat-", "gldt-", "glrt-", "glptt-")):
                errs.append("gl")
        elif c == "stripe-key":
            if not v.startswith(("sk_live_", "rk_live_")):
                errs.append("stripe")
        elif c == "basic-auth" or c == "docker-auth":
            try:
                dec = base64.b64decode(v).decode()
                if ":" not in dec:
                    errs.append("basic")
            except Exception:
                errs.append("basic")
        elif c == "date-of-birth":
            if not re.search(r"\d", v):
                errs.append("dob")
        elif c == "passport":
            if not re.fullmatch(r"[A-Z0-9]{6,12}", v):
                errs.append("passport")
    return ", ".join(errs)


def lint(d, errors):
    t = d.text
    labelled = {}
    for cat, v in d.labels:
        for span in occurrences(t, v):
            labelled.setdefault(cat, []).append(span)

    def covered(cats, s, e):
        for c in cats:
            for a, b in labelled.get(c, []):
                if a <= s and e <= b:
                    return True
        return False
    looks = set(d.looks)
    # personnummer-shaped strings
    for m in re.finditer(r"(?<![\d])(\d{6}|\d{8})([-+ ]?)(\d{4})(?![\d])", t):
        s = m.group(0)
        if pnr_shape_valid(s) and not covered(["se-personnummer"], m.start(), m.end()) and s not in looks:
            errors.append(f"{d.path}: unlabelled valid personnummer-shaped {s!r}")
    # card-shaped runs
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", t):
        s = m.group(0)
        digits = re.sub(r"\D", "", s)
        if luhn_sum_ok(digits) and card_network(digits) and digits not in TEST_CARDS:
            if not covered(["credit-card"], m.start(), m.end()) and s not in looks and digits not in looks:
                # a sub-run may be the labelled card
                if not any(covered(["credit-card"], m.start() + i, m.start() + i + 1) for i in range(len(s))):
                    errors.append(f"{d.path}: unlabelled Luhn-valid card-shaped {s!r}")
    # e-mail addresses
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", t):
        s = m.group(0)
        if m.end() < len(t) and re.match(r"[A-Za-z0-9]", t[m.end()]):
            continue
        if m.start() > 0 and t[m.start() - 1] == ":":
            continue
        piece = re.split(r"[\s\"'=,(]", t[max(0, m.start() - 300):m.start()])[-1]
        if "://" in piece:
            continue
        if RESERVED_EMAIL.search(s) or s in looks or covered(["email"], m.start(), m.end()):
            continue
        if any(s.endswith(x) for x in looks if "@" in x):
            continue
        # URL userinfo (user:pw@host) is not an address
        pre = t[max(0, m.start() - 12):m.start()]
        if "://" in pre or ":" in s.split("@")[0]:
            continue
        errors.append(f"{d.path}: unlabelled e-mail {s!r}")
    # public IPv4
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", t):
        s = m.group(0)
        if any(int(x) > 255 for x in m.groups()):
            continue
        if ipv4_public(s) and not covered(["ipv4"], m.start(), m.end()) and s not in looks:
            errors.append(f"{d.path}: unlabelled public IPv4 {s!r}")
    # Bearer tokens
    for m in re.finditer(r"Bearer[ :]+([A-Za-z0-9\-._~+/=]{16,})", t):
        s = m.group(1).rstrip(".")
        if not covered([c for c in labelled if "bearer-token" in c.split("|") or c == "jwt"], m.start(1), m.start(1) + len(s)) and s not in looks:
            errors.append(f"{d.path}: unlabelled bearer token {s[:30]!r}")
    # AWS ids, JWTs
    for m in re.finditer(r"(?<![A-Z0-9])(AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])", t):
        if not m.group(0).endswith("EXAMPLE") and not covered(["aws-access-key-id"], m.start(), m.end()):
            errors.append(f"{d.path}: unlabelled AWS key id {m.group(0)}")
    for m in re.finditer(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", t):
        if m.group(0) not in looks and not covered([c for c in labelled if "jwt" in c.split("|") or "bearer-token" in c.split("|") or c == "generic-secret"], m.start(), m.end()):
            errors.append(f"{d.path}: unlabelled JWT {m.group(0)[:30]}")
    for m in re.finditer(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----", t):
        if not covered(["private-key"], m.start(), m.end()) and m.group(0) not in looks:
            errors.append(f"{d.path}: unlabelled private key block")


def check(docs):
    errors = []
    used = set(x.strip() for x in open(CARRIERS_USED, encoding="utf-8") if x.strip())
    carriers = Counter(d.carrier for d in docs)
    for c, n in carriers.items():
        if c in used:
            errors.append(f"carrier {c} is on carriers_used.txt")
        if n != 1:
            errors.append(f"carrier {c} has {n} documents")
    value_docs = {}
    for d in docs:
        t = d.text
        if "⟨" in t or "⟩" in t:
            errors.append(f"{d.path}: template marker left")
        if re.search(r"\bd\.(T|L|X|lab)\(", t):
            errors.append(f"{d.path}: generator code leaked")
        cats_by_value = {}
        for cat, v in d.labels:
            cats_by_value.setdefault(v, set()).add(cat)
            if v != v.strip() or not v:
                errors.append(f"{d.path}: label with surrounding whitespace {v!r}")
            if ("\n" in v or "\t" in v) and cat != "private-key":
                errors.append(f"{d.path}: label with newline/tab {v!r}")
            if cat not in ("private-key",) and any(b.lower() in v.lower() for b in PLACEHOLDER_BITS) and cat not in ("password",):
                errors.append(f"{d.path}: placeholder-like label {v!r}")
            if cat == "password" and any(b in v for b in ("${", "{{", "changeme", "***", "xxx", "REDACTED")):
                errors.append(f"{d.path}: placeholder-like password {v!r}")
            occ = occurrences(t, v)
            if not occ:
                errors.append(f"{d.path}: label not in document {cat} {v!r}")
                continue
            err = check_category(cat, v)
            if err:
                errors.append(f"{d.path}: {cat} {v!r} fails check ({err})")
            for a, b in occ:
                pre = t[a - 1] if a > 0 else ""
                post = t[b] if b < len(t) else ""
                pre2 = t[max(0, a - 2):a]
                if (GLUE_SAFE.match(pre or " ") and GLUE_SAFE.match(v[0])) or (GLUE_SAFE.match(post or " ") and GLUE_SAFE.match(v[-1])) \
                        or re.fullmatch(r"[A-Za-z0-9][_~]", pre2):
                    if v not in d.glue_ok:
                        errors.append(f"{d.path}: label glued to a letter/digit {v!r} ({pre!r}|{post!r})")
            if len(v) >= 6:
                value_docs.setdefault(v, set()).add(d.path)
        for v, cs in cats_by_value.items():
            if len(cs) > 1:
                errors.append(f"{d.path}: value with two categories {v!r} {cs}")
        vals = [v for _, v in d.labels]
        for v in vals:
            for w in vals:
                if v != w and v in w and cats_by_value[v] != cats_by_value[w]:
                    errors.append(f"{d.path}: label {v!r} inside label {w[:40]!r} of another category")
        for x in d.looks:
            if x not in t:
                errors.append(f"{d.path}: look-alike not in document {x!r}")
            for v in vals:
                if v in x or (x in v and len(x) >= 6):
                    errors.append(f"{d.path}: look-alike {x!r} overlaps label {v!r}")
        lint(d, errors)
    for v, paths in value_docs.items():
        if len(paths) > 1:
            errors.append(f"value labelled in several documents {v!r}: {sorted(paths)}")
    # a labelled value must not occur unlabelled in any other document
    alltext = {d.path: d.text for d in docs}
    for v, paths in value_docs.items():
        for p, t in alltext.items():
            if p not in paths and v in t:
                errors.append(f"labelled value {v[:30]!r} of {sorted(paths)} also occurs in {p}")
    # checksum helper self-tests
    assert luhn_sum_ok("79927398713") and not luhn_sum_ok("79927398710")
    assert pnr_shape_valid("811218-9876") and not pnr_shape_valid("811218-9875")
    assert iban_valid("GB82WEST12345698765432")
    assert verhoeff_ok("2363")
    assert steuer_ok("65929970489")
    assert nir_ok("255081416802538")
    assert dni_ok("12345678Z")
    assert hetu_ok("131052-308T")
    assert bsn_ok("111222333")
    assert cf_ok("RSSMRA85T10A562S")
    return errors


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def stats(docs):
    cats = Counter()
    occ = 0
    for d in docs:
        for cat, v in d.labels:
            cats[cat] += 1
            occ += len(occurrences(d.text, v))
    return OrderedDict(
        seed=core.SEED,
        documents=len(docs),
        labels=sum(cats.values()),
        labelled_occurrences=occ,
        lookalikes=sum(len(d.looks) for d in docs),
        valid_pnr_lookalikes=sum(len(d.valid_pnr_looks) for d in docs),
        categories=OrderedDict(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
        modules=OrderedDict(sorted(Counter(d.module for d in docs).items())),
        carriers=OrderedDict((d.carrier, OrderedDict(file=d.path, description=d.desc, labels=len(d.labels)))
                             for d in docs),
    )


def write(docs, st):
    prev = os.path.join(HERE, "stats.json")
    if os.path.exists(prev):
        try:
            old = json.load(open(prev, encoding="utf-8"))
            for c in old.get("carriers", {}):
                p = os.path.join(HERE, c)
                if os.path.isdir(p) and os.path.realpath(p).startswith(HERE):
                    shutil.rmtree(p)
        except Exception:
            pass
    for d in docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for d in docs:
            for cat, v in d.labels:
                f.write(f"{d.path}\t{cat}\t{tsv_escape(v)}\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")


def determinism_hash(st):
    """sha256 over (path, sha256 of content) of every document, labels.tsv and stats.json, sorted by path."""
    import hashlib
    files = sorted([v["file"] for v in st["carriers"].values()] + ["labels.tsv", "stats.json"])
    h = hashlib.sha256()
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            h.update(f.encode() + b"\0" + hashlib.sha256(fh.read()).hexdigest().encode() + b"\n")
    return h.hexdigest()


def main():
    docs = build()
    errors = check(docs)
    st = stats(docs)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print(json.dumps({k: st[k] for k in ("documents", "labels", "labelled_occurrences", "lookalikes",
                                          "valid_pnr_lookalikes", "categories", "modules")}, indent=1, ensure_ascii=False))
    if "--check" not in sys.argv:
        write(docs, st)
        print("written; determinism hash", determinism_hash(st))


if __name__ == "__main__":
    main()
