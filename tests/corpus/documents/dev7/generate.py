#!/usr/bin/env python3
"""Driver for the dev7 document corpus.

Deletes and rewrites every carrier folder under this directory, labels.tsv and
stats.json.  Deterministic: two runs give byte-identical output.
Standard library only.  Usage:  python3 generate.py"""
import sys
sys.dont_write_bytecode = True

import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common  # noqa: E402
from gen_common import tsv_escape  # noqa: E402
import c_config, c_code, c_shell, c_http, c_aws, c_misc, c_india, c_phone, c_sweden, c_cards  # noqa: E402

MODULES = [c_config, c_code, c_shell, c_http, c_aws, c_misc, c_india, c_phone, c_sweden, c_cards]
KEEP = {"generate.py", "check_labels.py", "gen_common.py", "NOTES.md", "labels.tsv", "stats.json"} | \
    {m.__name__ + ".py" for m in MODULES}


def primary(cat):
    return cat.split("|")[0]


def main():
    docs = []
    for m in MODULES:
        docs.extend(m.build())
    paths = [d.path for d in docs]
    assert len(paths) == len(set(paths)), "duplicate document path"

    # wipe previous output (only directories: carrier folders) and generated files
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif name in ("labels.tsv", "stats.json"):
            os.remove(p)
        elif name not in KEEP:
            raise SystemExit(f"unexpected file in set directory: {name}")

    rows = []
    for d in sorted(docs, key=lambda x: x.path):
        full = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(d.text.encode("utf-8"))
        order = sorted(d.labels, key=lambda cv: (d.text.find(cv[1]), cv[1]))
        for cat, v in order:
            rows.append((d.path, cat, v))

    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(b"file\tcategory\tvalue\n")
        for f, c, v in rows:
            fh.write(f"{f}\t{c}\t{tsv_escape(v)}\n".encode("utf-8"))

    by_cat, by_primary, by_folder, docs_folder = {}, {}, {}, {}
    for f, c, v in rows:
        by_cat[c] = by_cat.get(c, 0) + 1
        for part in c.split("|"):
            by_primary.setdefault(part, 0)
        by_primary[primary(c)] = by_primary.get(primary(c), 0) + 1
        fo = f.split("/")[0]
        by_folder[fo] = by_folder.get(fo, 0) + 1
    any_cat = {}
    for f, c, v in rows:
        for part in c.split("|"):
            any_cat[part] = any_cat.get(part, 0) + 1
    for d in docs:
        fo = d.path.split("/")[0]
        docs_folder[fo] = docs_folder.get(fo, 0) + 1
    clean = sorted(d.path for d in docs if not d.labels)
    stats = {
        "documents": len(docs),
        "documents_without_labels": len(clean),
        "labelled_values": len(rows),
        "bytes": sum(len(d.text.encode("utf-8")) for d in docs),
        "values_by_label_category": dict(sorted(by_cat.items())),
        "values_by_category_any_alternative": dict(sorted(any_cat.items())),
        "documents_by_carrier_folder": dict(sorted(docs_folder.items())),
        "values_by_carrier_folder": dict(sorted(by_folder.items())),
        "documents_without_labels_list": clean,
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(stats, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"{len(docs)} documents, {len(rows)} labelled values, {stats['bytes']} bytes, {len(clean)} without labels")
    for k, v in sorted(any_cat.items()):
        print(f"  {k:22s} {v}")


if __name__ == "__main__":
    main()
