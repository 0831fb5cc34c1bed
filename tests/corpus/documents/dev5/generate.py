#!/usr/bin/env python3
"""Deterministic generator of the dev5 blind document corpus.

Python 3 standard library only.  One random.Random(SEED), builders called in
a fixed order.  Deletes and rewrites every carrier folder, labels.tsv and
stats.json next to this file.
"""
import sys
sys.dont_write_bytecode = True

import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_values  # noqa: E402
import gen_aadhaar  # noqa: E402
import gen_people  # noqa: E402
import gen_phone  # noqa: E402
import gen_fin  # noqa: E402
import gen_secrets  # noqa: E402
import gen_secrets2  # noqa: E402

SEED = 20261203


class Doc:
    def __init__(self, path):
        self.path = path
        self.labels = []          # (category, value) once per occurrence

    def L(self, cat, value):
        assert value and value == value.strip(), (self.path, cat, value)
        self.labels.append((cat, value))
        return value


def count_occ(text, value):
    n, i = 0, text.find(value)
    while i >= 0:
        n += 1
        i = text.find(value, i + 1)
    return n


def tsv_escape(s):
    return (s.replace("\\", "\\\\").replace("\n", "\\n")
             .replace("\r", "\\r").replace("\t", "\\t"))


def main():
    rng = random.Random(SEED)
    v = gen_values.Values(rng)
    builders = []
    for mod in (gen_aadhaar, gen_people, gen_phone, gen_fin, gen_secrets,
                gen_secrets2):
        builders.extend(mod.DOCS)

    docs = []
    owner = {}
    for path, fn, arg in builders:
        d = Doc(path)
        text = fn(v, d, arg)
        if not text.endswith("\n") and not path.endswith((".json", ".har", ".ipynb")):
            text += "\n"
        per = {}
        for cat, val in d.labels:
            per.setdefault(val, set()).add(cat)
        for val, cats in per.items():
            assert len(cats) == 1, (path, val, cats)
            want = sum(1 for c, x in d.labels if x == val)
            got = count_occ(text, val)
            assert got == want, (path, val, want, got)
            assert owner.setdefault(val, path) == path, (val, owner[val], path)
        docs.append((d, text))

    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
    seen_paths = set()
    total = 0
    lines = ["file\tcategory\tvalue"]
    cats = {}
    carriers = {}
    for d, text in docs:
        assert d.path not in seen_paths, d.path
        seen_paths.add(d.path)
        full = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.encode("utf-8")
        with open(full, "wb") as f:
            f.write(data)
        total += len(data)
        carriers[d.path.split("/")[0]] = carriers.get(d.path.split("/")[0], 0) + 1
        done = set()
        for cat, val in d.labels:
            if (cat, val) in done:
                continue
            done.add((cat, val))
            lines.append("%s\t%s\t%s" % (d.path, cat, tsv_escape(val)))
            cats[cat] = cats.get(cat, 0) + 1
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    stats = {
        "seed": SEED,
        "documents": len(docs),
        "document_bytes": total,
        "labels": len(lines) - 1,
        "labels_per_category": dict(sorted(cats.items())),
        "documents_per_carrier": dict(sorted(carriers.items())),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(stats, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
