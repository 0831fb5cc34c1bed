#!/usr/bin/env python3
"""Write the dev9 document set: carrier folders, labels.tsv and stats.json.

Deterministic: every random choice comes from random.Random seeded with a fixed
string ("dev9-doc:<path>"), documents are built in registration order, and no
output depends on PYTHONHASHSEED.  Standard library only."""
import sys

sys.dont_write_bytecode = True

import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import c_bearer  # noqa: E402,F401
import c_aws  # noqa: E402,F401
import c_secret  # noqa: E402,F401
import c_password  # noqa: E402,F401
import c_sweden  # noqa: E402,F401
import c_phone  # noqa: E402,F401
import c_cards  # noqa: E402,F401

OWN_FILES = {"generate.py", "gen_common.py", "c_bearer.py", "c_aws.py", "c_secret.py",
             "c_password.py", "c_sweden.py", "c_phone.py", "c_cards.py", "check_labels.py",
             "labels.tsv", "stats.json", "NOTES.md"}


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def build():
    docs = []
    seen_paths = set()
    for pattern, n, fn in G.REGISTRY:
        for i in range(1, n + 1):
            path = pattern.format(i=i)
            assert path not in seen_paths, path
            seen_paths.add(path)
            d = G.Doc(path, i)
            text = fn(d)
            if not text.endswith("\n"):
                text += "\n"
            d.text = text
            check_doc(d)
            docs.append(d)
    return docs


def check_doc(d):
    t = d.text
    vals = [v for _, v in d.labels]
    for cat, v in d.labels:
        if v not in t:
            raise SystemExit("%s: labelled %s value not in text: %r" % (d.path, cat, v))
        for w in vals:
            if w != v and v in w:
                raise SystemExit("%s: value %r lies inside %r" % (d.path, v, w))
        if cat in ("credit-card", "se-personnummer", "phone"):
            for m in re.finditer(re.escape(v), t):
                a, b = m.start(), m.end()
                if (a > 0 and t[a - 1].isdigit()) or (b < len(t) and t[b].isdigit()):
                    raise SystemExit("%s: %s %r glued to digits" % (d.path, cat, v))


def first_pos(d, v):
    return d.text.find(v)


def main():
    docs = build()
    # remove old carrier folders (only sub-directories) and outputs
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            if name == "__pycache__":
                shutil.rmtree(p)
                continue
            shutil.rmtree(p)
        elif name not in OWN_FILES:
            raise SystemExit("unknown file in set directory: %s" % name)
    total_bytes = 0
    for d in docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        data = d.text.encode("utf-8")
        total_bytes += len(data)
        with open(p, "wb") as f:
            f.write(data)
    lines = ["file\tcategory\tvalue"]
    per_cat, per_alt, per_folder = {}, {}, {}
    unlabelled = []
    for d in sorted(docs, key=lambda x: x.path):
        folder = d.path.split("/")[0]
        pf = per_folder.setdefault(folder, {"documents": 0, "values": 0, "bytes": 0})
        pf["documents"] += 1
        pf["bytes"] += len(d.text.encode("utf-8"))
        if not d.labels:
            unlabelled.append(d.path)
        for cat, v in sorted(d.labels, key=lambda cv: (first_pos(d, cv[1]), cv[1])):
            lines.append("%s\t%s\t%s" % (d.path, cat, tsv_escape(v)))
            per_cat[cat] = per_cat.get(cat, 0) + 1
            for c in cat.split("|"):
                per_alt[c] = per_alt.get(c, 0) + 1
            pf["values"] += 1
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    stats = {
        "set": "dev9",
        "documents": len(docs),
        "documents_without_labels": len(unlabelled),
        "labelled_values": len(lines) - 1,
        "look_alikes_counted": sum(d.looks for d in docs),
        "document_bytes": total_bytes,
        "values_by_label": dict(sorted(per_cat.items())),
        "values_by_category_alternative": dict(sorted(per_alt.items())),
        "folders": dict(sorted(per_folder.items())),
        "documents_without_labels_list": sorted(unlabelled),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
    print("documents: %d, labelled values: %d, bytes: %d" % (len(docs), len(lines) - 1, total_bytes))
    for c, n in sorted(per_alt.items(), key=lambda x: -x[1]):
        print("  %-20s %d" % (c, n))


if __name__ == "__main__":
    main()
