#!/usr/bin/env python3
"""Deterministic generator of the dev8 document corpus.

    python3 generate.py          # (re)write the carrier folders, labels.tsv, stats.json

It deletes and recreates ONLY its own carrier subfolders (listed in the
modules' PLANs), labels.tsv and stats.json. Python 3 standard library only.
"""
import sys

sys.dont_write_bytecode = True

import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c_aadhaar  # noqa: E402
import c_nordic_pay  # noqa: E402
import c_secrets  # noqa: E402
import c_secrets2  # noqa: E402
from gen_common import Doc  # noqa: E402

MODULES = [c_aadhaar, c_secrets, c_secrets2, c_nordic_pay]
LANGS = c_aadhaar.LANGS


def escape_tsv(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def build():
    docs = []
    for mod in MODULES:
        for carrier, tmpl, fn, count in mod.PLAN:
            if isinstance(tmpl, list):
                count = len(tmpl)
            if count == "langs":
                items = [(i + 1, lang) for i, lang in enumerate(LANGS)]
            else:
                items = [(i + 1, LANGS[i % len(LANGS)]) for i in range(count)]
            for i, lang in items:
                name = tmpl[i - 1] if isinstance(tmpl, list) else tmpl.format(i=i, lang=lang)
                rel = carrier + "/" + name
                doc = Doc(rel)
                doc.meta_lang = lang
                doc.meta_i = i - 1
                doc.text = fn(doc)
                docs.append(doc)
    return docs


def validate(docs):
    errors = []
    seen_rel = set()
    owner = {}
    for d in docs:
        if d.rel in seen_rel:
            errors.append("duplicate document path " + d.rel)
        seen_rel.add(d.rel)
        cats = {}
        for cat, v in d.labels:
            if not v:
                errors.append(f"{d.rel}: empty value for {cat}")
                continue
            if v not in d.text:
                errors.append(f"{d.rel}: {cat} value {v!r} not in text")
            if cats.setdefault(v, cat) != cat:
                errors.append(f"{d.rel}: value {v!r} labelled both {cats[v]} and {cat}")
            if owner.setdefault(v, d.rel) != d.rel:
                errors.append(f"value {v!r} labelled in {owner[v]} and {d.rel}")
    return errors


def main():
    docs = build()
    errors = validate(docs)
    if errors:
        for e in errors[:50]:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    carriers = sorted({d.rel.split("/")[0] for d in docs})
    for c in carriers:
        p = os.path.join(HERE, c)
        if os.path.isdir(p):
            shutil.rmtree(p)
    for d in docs:
        path = os.path.join(HERE, d.rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    lines = ["file\tcategory\tvalue"]
    per_cat = {}
    per_carrier = {}
    total_bytes = 0
    for d in sorted(docs, key=lambda x: x.rel):
        seen = set()
        # order of first appearance in the document
        labs = sorted(set(d.labels), key=lambda cv: (d.text.find(cv[1]), cv[0], cv[1]))
        for cat, v in labs:
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            lines.append(f"{d.rel}\t{cat}\t{escape_tsv(v)}")
            per_cat[cat] = per_cat.get(cat, 0) + 1
        c = d.rel.split("/")[0]
        nbytes = len(d.text.encode("utf-8"))
        total_bytes += nbytes
        pc = per_carrier.setdefault(c, {"documents": 0, "bytes": 0, "labels": 0})
        pc["documents"] += 1
        pc["bytes"] += nbytes
        pc["labels"] += len(seen)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    stats = {"documents": len(docs), "labelled_values": len(lines) - 1, "document_bytes": total_bytes,
             "per_category": dict(sorted(per_cat.items())), "per_carrier": dict(sorted(per_carrier.items()))}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(stats, indent=2, sort_keys=True) + "\n")
    print(f"{len(docs)} documents, {len(lines) - 1} labelled values, {total_bytes} bytes")
    for k, v in sorted(per_cat.items()):
        print(f"  {k:<32}{v}")


if __name__ == "__main__":
    main()
