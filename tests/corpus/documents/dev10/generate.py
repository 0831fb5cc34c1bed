#!/usr/bin/env python3
"""dev10 generator: builds every document, validates the labels, writes carriers, labels.tsv and stats.json.

Deterministic: each document has its own random.Random("dev10-doc:<path>"); no dict/set order of strings matters.
"""
import sys
sys.dont_write_bytecode = True
import json, os, re, shutil
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_common as G
import c_bearer, c_aws, c_secret, c_pii, c_extra

MODULES = [c_bearer, c_aws, c_secret, c_pii, c_extra]
SCALE = {"c_bearer": 0.55, "c_aws": 0.75, "c_secret": 0.45, "c_pii": 0.4, "c_extra": 0.8}   # documents per builder = max(1, round(count * scale))
OWN = {"generate.py", "gen_common.py", "c_bearer.py", "c_aws.py", "c_secret.py", "c_pii.py", "c_extra.py", "check_labels.py", "NOTES.md", "labels.tsv", "stats.json"}


def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def occurrences(text, v):
    out, k = [], text.find(v)
    while k >= 0:
        out.append(k)
        k = text.find(v, k + 1)
    return out


def validate(path, text, labels):
    spans = []
    for cat, v in labels:
        occ = occurrences(text, v)
        assert occ, (path, cat, v)
        for k in occ:
            a, b = text[k - 1] if k else "", text[k + len(v)] if k + len(v) < len(text) else ""
            if v[0].isalnum() and a.isalnum() and not (k >= 2 and text[k - 2] == "\\"):
                raise AssertionError("cut out of a longer run (left): %s %s %r" % (path, cat, v))
            if v[-1].isalnum() and b.isalnum():
                raise AssertionError("cut out of a longer run (right): %s %s %r" % (path, cat, v))
            spans.append((k, k + len(v), v))
    spans.sort()
    for (a1, b1, v1), (a2, b2, v2) in zip(spans, spans[1:]):
        if a2 < b1 and v1 != v2:
            raise AssertionError("overlapping labels in %s: %r / %r" % (path, v1, v2))


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            if name == "__pycache__":
                shutil.rmtree(p)
                continue
            shutil.rmtree(p)
        elif name not in OWN:
            sys.exit("unknown file in dev10/: %s" % name)
    docs = []
    for mod in MODULES:
        for folder, stem, ext, fn, count in mod.BUILDERS:
            for i in range(max(1, int(count * SCALE[mod.__name__] + 0.5))):
                base = "%s/%s-%02d" % (folder, stem, i + 1)
                d = G.Doc(base + "." + (ext or "x"))
                fn(d, i)
                docs.append(d)
    rows, per_cat, per_exact, per_folder = [], Counter(), Counter(), defaultdict(lambda: {"docs": 0, "bytes": 0, "labels": 0})
    total = 0
    for d in docs:
        text = d.text()
        validate(d.path, text, d.labels)
        full = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        nb = len(text.encode("utf-8"))
        total += nb
        f = d.path.split("/")[0]
        per_folder[f]["docs"] += 1
        per_folder[f]["bytes"] += nb
        per_folder[f]["labels"] += len(d.labels)
        for cat, v in d.labels:
            rows.append("%s\t%s\t%s" % (d.path, cat, esc(v)))
            per_exact[cat] += 1
            for c in cat.split("|"):
                per_cat[c] += 1
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tcategory\tvalue\n" + "\n".join(rows) + "\n")
    stats = {"documents": len(docs), "document_bytes": total, "labels": len(rows),
             "per_category_incl_alternatives": dict(sorted(per_cat.items())), "per_exact_label": dict(sorted(per_exact.items())),
             "per_folder": {k: per_folder[k] for k in sorted(per_folder)}}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
    print("%d documents, %d labels, %d bytes" % (len(docs), len(rows), total))


if __name__ == "__main__":
    main()
