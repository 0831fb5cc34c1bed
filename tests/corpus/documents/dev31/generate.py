#!/usr/bin/env python3
"""dev31 generator: python3 generate.py [--check]

Builds every document registered by the docs_*.py modules, runs the
self-checks and the lint, then (without --check) writes the documents,
labels.tsv, stats.json and NOTES.md into this directory and prints the
determinism hash. Seed 31031; Python 3 standard library only.
"""
import hashlib
import json
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
from registry import BUILDERS, GROUPS  # noqa: E402
import docs_generic, docs_bearer, docs_natid, docs_vendor, docs_rest  # noqa: E402,F401
import notes_head  # noqa: E402
import classes  # noqa: E402

MODULE_ORDER = ["docs_generic", "docs_bearer", "docs_natid", "docs_vendor", "docs_rest"]
USED_CARRIERS = "/tmp/dev31-brief/carriers_used.txt"

PLACEHOLDER_RE = re.compile(r"(\$\{|\{\{|EXAMPLE|REDACTED|changeme|\*\*\*|xxx|\.\.\.|<[a-z_-]+>)", re.I)


def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def build():
    docs = []
    for carrier, path, desc, group, fn in BUILDERS:
        d = core.Doc(carrier, path, desc, group, fn.__module__)
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


FORMAT_WORDS = {'json', 'csv', 'env', 'yml', 'yaml', 'txt', 'py', 'js', 'ts', 'go', 'java', 'kt', 'cs', 'rb',
                'php', 'rs', 'ex', 'exs', 'swift', 'scala', 'sh', 'log', 'xml', 'toml', 'ini', 'conf', 'output',
                'config', 'file', 'md', 'dotenv', 'jsonl', 'ndjson', 'tsv', 'eml', 'sql'}


def carrier_checks(docs, errors):
    used = set()
    if os.path.exists(USED_CARRIERS):
        used = {l.strip() for l in open(USED_CARRIERS, encoding="utf-8") if l.strip()}
    toks = [(u, set(u.split("-")) - FORMAT_WORDS) for u in used]
    for c in sorted({d.carrier for d in docs}):
        if c in used:
            errors.append(f"carrier already used: {c}")
            continue
        t = set(c.split("-")) - FORMAT_WORDS
        for u, ut in toks:
            if ut and t == ut:
                errors.append(f"carrier {c} has the same words as used {u}")


LINTS = []


def lint(fn):
    LINTS.append(fn)
    return fn


def covered(d, s, e, cats=None):
    for cat, v in d.labels:
        if cats and not any(c in cat.split("|") for c in cats):
            continue
        for a, b in occurrences(d.text, v):
            if a <= s and e <= b:
                return True
    return False


def registered(d, s, e):
    for v in d.looks:
        for a, b in occurrences(d.text, v):
            if a <= s and e <= b:
                return True
    return False


def need(d, m, cats, what, errors, group=0):
    s, e = m.span(group)
    if covered(d, s, e, cats) or registered(d, s, e):
        return
    errors.append(f"{d.carrier}/{d.path}: unlabelled {what} {m.group(group)!r}")


@lint
def lint_pnr(d, errors):
    for m in re.finditer(r"(?<![\w-])(\d{6}|\d{8})([-+]?)(\d{4})(?![\w])", d.text):
        if core.pnr_ok(m.group(0)):
            need(d, m, ["se-personnummer"], "personnummer-shaped", errors)


@lint
def lint_hetu(d, errors):
    for m in re.finditer(r"(?<![\w])\d{6}[-+ABCDEFYXWVU]\d{3}[0-9A-Y](?![\w])", d.text):
        if core.hetu_ok(m.group(0)):
            need(d, m, ["fi-hetu"], "hetu", errors)


@lint
def lint_cards(d, errors):
    pats = [r"(?<![\d.-])\d{13,19}(?![\d.-])", r"(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\d])",
            r"(?<![\d-])\d{4}([ -])\d{6}\1\d{5}(?![\d])"]
    for p in pats:
        for m in re.finditer(p, d.text):
            digits = re.sub(r"\D", "", m.group(0))
            if core.luhn_ok(digits) and core.card_network(digits):
                need(d, m, ["credit-card"], "card-shaped", errors)


@lint
def lint_ids(d, errors):
    t = d.text
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", t):
        if core.ssn_ok(m.group(0)):
            need(d, m, ["us-ssn"], "ssn", errors)
    for m in re.finditer(r"(?<![\w])\d{9}(?![\w])", t):
        if core.bsn_ok(m.group(0)):
            need(d, m, ["nl-bsn"], "bsn-valid 9 digits", errors)
    for m in re.finditer(r"(?<![\w])\d{11}(?![\w])", t):
        if core.steuer_ok(m.group(0)):
            need(d, m, ["de-steuer-id"], "steuer-id-valid", errors)
    for m in re.finditer(r"(?<![\w])[2-9]\d{3} ?\d{4} ?\d{4}(?![\w])", t):
        if core.verhoeff_ok(m.group(0).replace(" ", "")):
            need(d, m, ["in-aadhaar"], "aadhaar-valid", errors)
    for m in re.finditer(r"(?<![\w])[12] ?\d\d ?\d\d ?\d\d ?\d{3} ?\d{3} ?\d\d(?![\w])", t):
        if core.nir_ok(m.group(0).replace(" ", "")):
            need(d, m, ["fr-nir"], "nir-valid", errors)
    for m in re.finditer(r"(?<![\w])[XYZ]?\d{7,8}[A-Z](?![\w])", t):
        if core.dni_ok(m.group(0)):
            need(d, m, ["es-dni"], "dni-valid", errors)
    for m in re.finditer(r"(?<![\w])[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z](?![\w])", t):
        if core.cf_ok(m.group(0)):
            need(d, m, ["it-codice-fiscale"], "codice fiscale", errors)
    for m in re.finditer(r"(?<![\w])[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D](?![\w])", t):
        if core.nino_ok(m.group(0)):
            need(d, m, ["uk-nino"], "nino-shaped", errors)
    for m in re.finditer(r"(?<![\w])[A-Z]{2}\d\d(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])", t):
        if core.iban_ok(m.group(0)):
            need(d, m, ["iban"], "iban", errors)


@lint
def lint_email(d, errors):
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", d.text):
        s = m.start()
        if s > 0 and d.text[s - 1] in ":/@":
            continue
        if core.email_reserved(m.group(0)):
            continue
        local = m.group(0).split("@", 1)[0]
        if any(v == local for _, v in d.labels):
            continue  # token@host (DENO_AUTH_TOKENS, URL userinfo)
        need(d, m, ["email"], "e-mail", errors)


@lint
def lint_ip(d, errors):
    for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", d.text):
        if core.ip_public(m.group(0)):
            need(d, m, ["ipv4"], "public ipv4", errors)


@lint
def lint_tokens(d, errors):
    t = d.text
    for m in re.finditer(r"Bearer\s+([A-Za-z0-9._~+/=-]{8,})", t):
        need(d, m, None, "token after Bearer", errors, 1)
    pats = [r"(?:AKIA|ASIA)[A-Z2-7]{16}", r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", r"sk_live_\w+", r"rk_live_\w+",
            r"xox[bpares]-[\w-]+", r"gh[pousr]_\w{36}", r"github_pat_\w+", r"glpat-[\w-]{20}", r"SG\.[\w-]{22}\.[\w-]{43}",
            r"key-[0-9a-f]{32}", r"AIza[\w-]{35}", r"shp(?:at|ca|pa|ss)_[0-9a-f]{32}", r"npm_\w{36}", r"hf_[A-Za-z]{34}",
            r"sk-proj-[\w-]+", r"sk-ant-[\w-]+", r"hooks\.slack\.com/services/T\w+/B\w+/\w+", r"pypi-AgEI[\w-]+"]
    for p in pats:
        for m in re.finditer(p, t):
            need(d, m, None, "vendor-shaped token", errors)
    for m in re.finditer(r"(?<![\w+])\+\d[\d \-().]{7,}\d", t):
        if len(re.sub(r"\D", "", m.group(0))) >= 8:
            need(d, m, ["phone"], "+international number", errors)


def checks(docs):
    errors = []
    carrier_checks(docs, errors)
    seen_paths = set()
    value_doc = {}
    for d in docs:
        key = f"{d.carrier}/{d.path}"
        if key in seen_paths:
            errors.append(f"duplicate path {key}")
        seen_paths.add(key)
        if not d.labels:
            errors.append(f"{key}: no labels")
        cats_by_value = {}
        for cat, v in d.labels:
            if v != v.strip() or "\t" in v or not v:
                errors.append(f"{key}: bad label {v!r}")
            if cat not in ("password", "date-of-birth", "phone") and PLACEHOLDER_RE.search(v):
                errors.append(f"{key}: placeholder-like label {v!r}")
            occ = occurrences(d.text, v)
            if not occ:
                errors.append(f"{key}: label not in text {cat} {v!r}")
            for a, b in occ:
                before = d.text[a - 1] if a else " "
                after = d.text[b] if b < len(d.text) else " "
                if (before.isalnum() or after.isalnum()) and v not in d.glued:
                    errors.append(f"{key}: label glued {v!r} ({before!r},{after!r})")
            cats_by_value.setdefault(v, set()).add(cat)
            if len(v) >= 6:
                if v in value_doc and value_doc[v] != key:
                    errors.append(f"{key}: label also in {value_doc[v]}: {v!r}")
                value_doc[v] = key
            if cat == "credit-card":
                dg = re.sub(r"\D", "", v)
                if not (core.luhn_ok(dg) and core.card_network(dg)) or dg in core.TEST_CARDS:
                    errors.append(f"{key}: bad card {v}")
            checks_by_cat = {"se-personnummer": core.pnr_ok, "fi-hetu": core.hetu_ok, "nl-bsn": core.bsn_ok,
                             "de-steuer-id": core.steuer_ok, "fr-nir": core.nir_ok, "es-dni": core.dni_ok,
                             "it-codice-fiscale": core.cf_ok, "us-ssn": core.ssn_ok, "uk-nino": core.nino_ok,
                             "iban": core.iban_ok,
                             "in-aadhaar": lambda s: core.verhoeff_ok(s.replace(" ", "")) and len(s.replace(" ", "")) == 12}
            if cat in checks_by_cat and not checks_by_cat[cat](v):
                errors.append(f"{key}: {cat} fails its check: {v}")
            if cat == "email" and core.email_reserved(v):
                errors.append(f"{key}: reserved e-mail labelled {v}")
            if cat == "phone":
                n = len(re.sub(r"\D", "", v))
                if not 7 <= n <= 15:
                    errors.append(f"{key}: phone length {v}")
            if cat == "ipv4" and not core.ip_public(v):
                errors.append(f"{key}: non-public ip labelled {v}")
        for v, cs in cats_by_value.items():
            if len(cs) > 1:
                errors.append(f"{key}: value with two categories {v!r} {cs}")
        vals = [v for _, v in d.labels]
        for i, v in enumerate(vals):
            for w in vals:
                if v != w and v in w:
                    errors.append(f"{key}: label {v!r} inside label {w!r}")
        spans = sorted((a, b, v) for v in set(vals) for a, b in occurrences(d.text, v))
        for (a1, b1, v1), (a2, b2, v2) in zip(spans, spans[1:]):
            if a2 < b1 and v1 != v2:
                errors.append(f"{key}: overlapping labels {v1!r} {v2!r}")
        for x in d.looks:
            if not occurrences(d.text, x):
                errors.append(f"{key}: look-alike not in text {x!r}")
            for v in vals:
                if x == v or x in v or v in x:
                    errors.append(f"{key}: look-alike {x!r} vs label {v!r}")
        for fn in LINTS:
            fn(d, errors)
    return errors


def digest(files):
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(p.encode() + b"\0" + hashlib.sha256(files[p]).hexdigest().encode() + b"\n")
    return h.hexdigest()


def stats(docs):
    cat_labels, cat_occ, grp = {}, {}, {}
    for d in docs:
        for cat, v in d.labels:
            cat_labels[cat] = cat_labels.get(cat, 0) + 1
            cat_occ[cat] = cat_occ.get(cat, 0) + len(occurrences(d.text, v))
            grp[d.group] = grp.get(d.group, 0) + 1
    mods = {}
    for d in docs:
        mods[d.module] = mods.get(d.module, 0) + 1
    cls = {}
    for d in docs:
        for cat, v in d.labels:
            k = classes.value_class(cat, d.module)
            cls[k] = cls.get(k, 0) + 1
    return {
        "seed": core.SEED,
        "documents": len(docs),
        "carriers": sorted({d.carrier for d in docs}),
        "labels": sum(cat_labels.values()),
        "occurrences": sum(cat_occ.values()),
        "lookalikes": sum(len(d.looks) for d in docs),
        "by_category": dict(sorted(cat_labels.items(), key=lambda kv: (-kv[1], kv[0]))),
        "occurrences_by_category": dict(sorted(cat_occ.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_group": {g: grp.get(g, 0) for g in GROUPS},
        "documents_by_module": dict(sorted(mods.items())),
        "by_value_class": {str(k): cls.get(k, 0) for k in sorted(classes.NAMES)},
    }


def main():
    docs = build()
    errors = checks(docs)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    st = stats(docs)
    if "--check" in sys.argv:
        print(json.dumps({k: st[k] for k in ("documents", "labels", "occurrences", "by_group", "by_category")}, indent=1))
        print(f"carriers: {len(st['carriers'])}")
        return
    # remove previous output
    old = os.path.join(HERE, "stats.json")
    if os.path.exists(old):
        for c in json.load(open(old, encoding="utf-8")).get("carriers", []):
            p = os.path.join(HERE, c)
            if os.path.isdir(p) and c and "/" not in c:
                shutil.rmtree(p)
    files = {}
    for d in docs:
        rel = f"{d.carrier}/{d.path}"
        files[rel] = d.text.encode("utf-8")
    lines = ["file\tcategory\tvalue"]
    for d in docs:
        for cat, v in d.labels:
            lines.append(f"{d.carrier}/{d.path}\t{cat}\t{esc(v)}")
    files["labels.tsv"] = ("\n".join(lines) + "\n").encode("utf-8")
    files["stats.json"] = (json.dumps(st, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    set_digest = digest(files)
    files["NOTES.md"] = notes_head.render(docs, st, GROUPS, set_digest).encode("utf-8")
    for rel, data in files.items():
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
    print(f"{st['documents']} documents, {len(st['carriers'])} carriers, {st['labels']} labels "
          f"({st['occurrences']} occurrences), {st['lookalikes']} look-alikes")
    print("determinism hash (documents, labels.tsv, stats.json)", set_digest)
    print("hash including NOTES.md", digest(files))


if __name__ == "__main__":
    main()
