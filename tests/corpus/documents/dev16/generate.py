#!/usr/bin/env python3
"""Write the dev16 document set deterministically; refuse to write if a self-check fails.

Usage: python3 generate.py   (from any directory)
"""
import collections, json, os, re, shutil, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import docs_bearer, docs_aws, docs_cfg, docs_prose, docs_se  # noqa: E402
from values import luhn_ok  # noqa: E402

OWN = {"generate.py", "values.py", "core.py", "docs_bearer.py", "docs_aws.py", "docs_cfg.py", "docs_prose.py", "docs_se.py",
       "labels.tsv", "stats.json", "NOTES.md", "__pycache__"}


def main():
    for m in (docs_bearer, docs_aws, docs_cfg, docs_prose, docs_se):
        m.build()
    # values written by json.dumps (ensure_ascii) appear \u-escaped: label them as written
    for d in core.DOCS:
        fixed = []
        for cat, v in d.labels:
            if v not in d.body:
                esc = json.dumps(v)[1:-1]
                if esc != v and esc in d.body:
                    v = esc
            fixed.append((cat, v))
        d.labels = fixed
    errors, _ = core.check()
    paths = [d.path for d in core.DOCS]
    if len(paths) != len(set(paths)):
        errors.append("duplicate document path")
    # Luhn-valid personnummer-shaped look-alikes present in the files
    pnr_looks = 0
    for d in core.DOCS:
        for lk in d.looks:
            if lk not in d.body:
                continue
            dd = core.digits10(lk)
            if dd and re.fullmatch(r"[\d\- +]+", lk) and luhn_ok(dd):
                pnr_looks += 1
                if lk in {v for _, v in d.labels}:
                    errors.append("Luhn-valid look-alike labelled in %s" % d.path)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    # clean old documents (only carrier directories we write)
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name not in OWN and os.path.isdir(p):
            shutil.rmtree(p)
    for d in core.DOCS:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.body)
    lines = ["file\tcategory\tvalue"]
    seen = set()
    for d in core.DOCS:
        for cat, v in d.labels:
            key = (d.path, cat, v)
            if key in seen:
                continue
            seen.add(key)
            lines.append("%s\t%s\t%s" % (d.path, cat, core.tsv_escape(v)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    per_cat = collections.Counter()
    for line in lines[1:]:
        per_cat[line.split("\t")[1]] += 1
    per_primary = collections.Counter()
    for cat, n in per_cat.items():
        for c in cat.split("|"):
            per_primary[c] += n
    carriers = sorted({p.split("/")[0] for p in paths})
    stats = {"documents": len(paths), "carrier_directories": len(carriers), "labels": len(lines) - 1,
             "labels_by_category_field": dict(sorted(per_cat.items())),
             "labels_by_category_any": dict(sorted(per_primary.items())),
             "unlabelled_luhn_valid_personnummer_shaped_lookalikes": pnr_looks,
             "unlabelled_lookalikes_registered": sum(1 for d in core.DOCS for lk in d.looks if lk in d.body),
             "carriers": carriers}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(json.dumps({k: v for k, v in stats.items() if k != "carriers"}, indent=2))


if __name__ == "__main__":
    main()
