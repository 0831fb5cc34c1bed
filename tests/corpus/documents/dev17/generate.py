#!/usr/bin/env python3
"""Writes the dev17 document set: documents, labels.tsv and stats.json.

Deterministic (seed 17017). Builds everything in memory, runs the self-checks
and writes nothing when one fails.
"""
import collections
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import m_obs, m_db, m_aws, m_apps, m_se, m_api, m_code, m_infra, m_prose  # noqa: E402

SEED = 17017
MODULES = [m_obs, m_db, m_aws, m_apps, m_se, m_api, m_code, m_infra, m_prose]
KEEP = {"generate.py", "NOTES.md", "labels.tsv", "stats.json", "__pycache__"}


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def pnr_shaped_lookalike(v):
    digits = "".join(ch for ch in v if ch.isdigit())
    if len(digits) not in (10, 12) or not all(ch.isdigit() or ch in "-+" for ch in v):
        return False
    ten = digits[-10:]
    return common.luhn_ok(ten)


def build():
    S = common.DocSet(SEED)
    for m in MODULES:
        for fn in m.ALL:
            fn(S)
    return S


def main():
    S = build()
    errors = common.self_check(S)
    if errors:
        for e in errors:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    # stats
    cats = collections.Counter()
    carriers = collections.Counter()
    lookalikes = 0
    pnr_la = 0
    for d in S.docs:
        carriers[d.path.split("/")[0]] += 1
        for c, _ in d.labels:
            cats[c] += 1
        lookalikes += len(d.looks)
        pnr_la += sum(1 for v in set(d.looks) if pnr_shaped_lookalike(v))
    per_cat = collections.Counter()
    for c, n in cats.items():
        for part in c.split("|"):
            per_cat[part] += n
    stats = {"seed": SEED, "documents": len(S.docs), "carriers": len(carriers), "labels": sum(cats.values()),
             "labels_by_label_category": dict(sorted(cats.items())),
             "labels_by_category_any_alternative": dict(sorted(per_cat.items())),
             "registered_lookalikes": lookalikes,
             "luhn_valid_personnummer_shaped_lookalikes": pnr_la,
             "documents_per_carrier": dict(sorted(carriers.items()))}
    # write: remove previously generated carrier directories first
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name in KEEP or name.endswith(".py"):
            continue
        if os.path.isdir(p):
            shutil.rmtree(p)
    for d in S.docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(d.text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for d in sorted(S.docs, key=lambda x: x.path):
            for c, v in d.labels:
                f.write("%s\t%s\t%s\n" % (d.path, c, tsv_escape(v)))
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d documents in %d carriers, %d labels" % (len(S.docs), len(carriers), sum(cats.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
