#!/usr/bin/env python3
"""Write the dev2 document corpus and labels.tsv (deterministic, stdlib only)."""
import collections
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from doc import tsv_escape  # noqa: E402
from gen_values import Values  # noqa: E402
import carriers_xml  # noqa: E402

MODULES = [carriers_xml]
for name in ["carriers_config", "carriers_app", "carriers_infra", "carriers_cloud", "carriers_http",
             "carriers_code", "carriers_shell", "carriers_prose", "carriers_misc"]:
    try:
        MODULES.append(__import__(name))
    except ImportError:
        pass

SEED = 20260207


def main():
    v = Values(SEED)
    docs = []
    for m in MODULES:
        docs.extend(m.build(v))
    paths = set()
    for d in docs:
        if d.path in paths:
            raise SystemExit("duplicate path " + d.path)
        paths.add(d.path)
        for cat, val in d.labels:
            if val not in d.text:
                raise SystemExit("%s: label %s %r not in text" % (d.path, cat, val))
    # clean old carrier folders
    for entry in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, entry)
        if os.path.isdir(p) and not entry.startswith((".", "__")):
            shutil.rmtree(p)
    counts = collections.Counter()
    carriers = collections.Counter()
    lines = ["file\tcategory\tvalue"]
    for d in sorted(docs, key=lambda d: d.path):
        full = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
        carriers[d.path.split("/")[0]] += 1
        for cat, val in d.labels:
            lines.append("%s\t%s\t%s" % (d.path, cat, tsv_escape(val)))
            counts[cat] += 1
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    stats = {"documents": len(docs), "labels": sum(counts.values()),
             "per_category": dict(sorted(counts.items())),
             "per_carrier_folder": dict(sorted(carriers.items()))}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(stats, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
