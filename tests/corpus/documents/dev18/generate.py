#!/usr/bin/env python3
"""Deterministic generator for the dev18 document set.

Builds every document in memory, runs the self-checks and writes nothing if one
fails. Then it removes the carrier directories it owns, writes the documents,
labels.tsv and stats.json.

    python3 generate.py            # check and write
    python3 generate.py --check    # check only
"""
import collections
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

sys.dont_write_bytecode = True
import common  # noqa: E402

MODULES = ["m_http", "m_aws", "m_secrets", "m_pw", "m_apps", "m_prose", "m_pii", "m_se", "m_net"]
OWN = {"generate.py", "labels.tsv", "stats.json", "NOTES.md"}


def build():
    docs = []
    for mname in MODULES:
        try:
            mod = importlib.import_module(mname)
        except ModuleNotFoundError:
            continue
        for fn in mod.CARRIERS:
            out = fn()
            docs.extend(out if isinstance(out, list) else [out])
    return docs


def main():
    docs = build()
    paths = [d.path for d in docs]
    errors = []
    if len(set(paths)) != len(paths):
        errors.append("duplicate document paths")
    used = set(open(os.path.join(HERE, "carriers_used.txt")).read().split()) if os.path.exists(
        os.path.join(HERE, "carriers_used.txt")) else set()
    brief = "/tmp/dev18-brief/carriers_used.txt"
    if os.path.exists(brief):
        used |= set(open(brief).read().split())
    carriers = sorted({p.split("/")[0] for p in paths})
    for c in carriers:
        if c in used:
            errors.append(f"carrier name already used by another set: {c}")
    errors += common.self_check(docs)
    if errors:
        print("SELF-CHECK FAILED (nothing written):")
        for e in errors[:200]:
            print("  " + e)
        print(f"  ({len(errors)} errors)")
        sys.exit(1)

    # statistics
    by_label = collections.Counter()
    by_cat = collections.Counter()
    rows = []
    for d in docs:
        seen = set()
        for cat, v in d.labels:
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            rows.append((d.path, cat, v))
            by_label[cat] += 1
            for c in cat.split("|"):
                by_cat[c] += 1
    looks = sum(len(set(d.looks)) for d in docs)
    pnr_looks = sum(len(set(d.pnr_looks)) for d in docs)
    per_carrier = collections.Counter(p.split("/")[0] for p in paths)
    stats = {
        "seed": common.SEED,
        "documents": len(docs),
        "carriers": len(carriers),
        "labels": len(rows),
        "labels_by_written_category": dict(sorted(by_label.items(), key=lambda kv: (-kv[1], kv[0]))),
        "labels_by_allowed_category": dict(sorted(by_cat.items(), key=lambda kv: (-kv[1], kv[0]))),
        "lookalikes_registered": looks,
        "personnummer_shaped_lookalikes": pnr_looks,
        "documents_per_carrier": dict(sorted(per_carrier.items())),
    }
    if "--check" in sys.argv:
        print(json.dumps({k: stats[k] for k in ("documents", "carriers", "labels")}))
        print(json.dumps(stats["labels_by_allowed_category"], indent=1))
        print("self-checks passed")
        return

    # remove what an earlier run wrote
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and not name.startswith((".", "__")):
            shutil.rmtree(p)
    for d in docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for path, cat, v in rows:
            f.write(f"{path}\t{cat}\t{common.tsv_escape(v)}\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(docs)} documents in {len(carriers)} carriers, {len(rows)} labels; self-checks passed")


if __name__ == "__main__":
    main()
