#!/usr/bin/env python3
"""The README's detection table: recall and precision per category on the
development sets together (the bar is per category over all of them),
each of them (dev, dev2, ... dev31) and the blind held-out set, side by
side.

Each category is scored with the policy that has it (default.toml for its
own, gdpr.toml for those it adds), as the corpus ctests do.

Usage: documents_table.py --privguard BIN [--root REPO]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_documents as sd  # noqa: E402


def figures(privguard, set_dir, policy, categories):
    labels = sd.read_labels(set_dir)
    names = sorted(sd.documents(set_dir))
    stats, _, _ = sd.score(set_dir, labels, sd.scan(privguard, policy, set_dir, names))
    out = {}
    for c in categories:
        s = stats.get(c, {"labelled": 0, "found": 0, "findings": 0, "tp": 0})
        out[c] = (s["labelled"], s["found"], s["findings"], s["tp"])
    return out


def rates(counts):
    labelled, found, findings, tp = counts
    return (labelled, sd.pct(found, labelled), findings, sd.pct(tp, findings))


def cell(v, target):
    if v is None:
        return "-"
    text = f"{v:.1f}"
    return text if v >= target else f"**{text}**"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--privguard", required=True)
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    args = ap.parse_args()
    docs = os.path.join(args.root, "tests", "corpus", "documents")
    sets = (("dev", "dev"), ("dev2", "dev2"), ("dev3", "dev3"), ("dev4", "dev4"), ("dev5", "dev5"),
            ("dev6", "dev6"), ("dev7", "dev7"), ("dev8", "dev8"), ("dev9", "dev9"), ("dev10", "dev10"),
            ("dev11", "dev11"), ("dev12", "dev12"), ("dev13", "dev13"), ("dev14", "dev14"), ("dev15", "dev15"), ("dev16", "dev16"), ("dev17", "dev17"), ("dev18", "dev18"), ("dev19", "dev19"), ("dev20", "dev20"), ("dev21", "dev21"), ("dev22", "dev22"), ("dev23", "dev23"), ("dev24", "dev24"), ("dev25", "dev25"), ("dev26", "dev26"), ("dev27", "dev27"), ("dev28", "dev28"), ("dev29", "dev29"), ("dev30", "dev30"), ("dev31", "dev31"), ("held-out", "heldout"))
    rows = {}
    for policy, cats in (("default", sd.DEFAULT_CATEGORIES), ("gdpr", sd.GDPR_CATEGORIES)):
        pol = os.path.join(args.root, "policies", policy + ".toml")
        per_set = [figures(args.privguard, os.path.join(docs, d), pol, cats) for _, d in sets]
        for c in cats:
            # (all development sets together: every set but the held-out one)
            together = tuple(sum(f[c][k] for (name, _), f in zip(sets, per_set) if name != "held-out") for k in range(4))
            rows[c] = (policy, [rates(together)] + [rates(f[c]) for f in per_set])
    names = ["all dev"] + [name for name, _ in sets]
    head = " | ".join(f"{name} values | {name} recall | {name} precision" for name in names)
    print(f"| category | policy | {head} |")
    print("|---|---|" + "---|---|---|" * len(names))
    for c, (policy, figs) in rows.items():
        cells = " | ".join(f"{f[0]} | {cell(f[1], 98)} | {cell(f[3], 99.5)}" for f in figs)
        print(f"| `{c}` | {policy} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
