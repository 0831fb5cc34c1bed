#!/usr/bin/env python3
"""The README's detection table: recall and precision per category on the
development and the blind held-out document sets, side by side.

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
        out[c] = (s["labelled"], sd.pct(s["found"], s["labelled"]), s["findings"], sd.pct(s["tp"], s["findings"]))
    return out


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
    rows = {}
    for policy, cats in (("default", sd.DEFAULT_CATEGORIES), ("gdpr", sd.GDPR_CATEGORIES)):
        pol = os.path.join(args.root, "policies", policy + ".toml")
        dev = figures(args.privguard, os.path.join(docs, "dev"), pol, cats)
        held = figures(args.privguard, os.path.join(docs, "heldout"), pol, cats)
        for c in cats:
            rows[c] = (policy, dev[c], held[c])
    print("| category | policy | dev values | dev recall | dev precision | held-out values | held-out recall | held-out precision |")
    print("|---|---|---|---|---|---|---|---|")
    for c, (policy, d, h) in rows.items():
        print(f"| `{c}` | {policy} | {d[0]} | {cell(d[1], 98)} | {cell(d[3], 99.5)} | "
              f"{h[0]} | {cell(h[1], 98)} | {cell(h[3], 99.5)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
