#!/usr/bin/env python3
"""Independent re-check of the written set: re-reads labels.tsv, undoes its escapes, finds every value
in its file and re-runs the category checksums (Luhn, personnummer date + Luhn, IBAN mod 97, ...)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import check_category  # noqa: E402


def unescape(v):
    out, i = [], 0
    while i < len(v):
        if v[i] == "\\" and i + 1 < len(v):
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[v[i + 1]])
            i += 2
        else:
            out.append(v[i])
            i += 1
    return "".join(out)


def main():
    lines = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().split("\n")
    assert lines[0] == "file\tcategory\tvalue", lines[0]
    problems, n = 0, 0
    seen = set()
    for ln in lines[1:]:
        if not ln:
            continue
        f, cat, v = ln.split("\t")
        v = unescape(v)
        n += 1
        if (f, cat, v) in seen:
            print("duplicate line", f, cat, v[:40])
            problems += 1
        seen.add((f, cat, v))
        p = os.path.join(HERE, f)
        if not os.path.isfile(p):
            print("missing file", f)
            problems += 1
            continue
        t = open(p, encoding="utf-8").read()
        if v not in t:
            print("value not found", f, cat, v[:40])
            problems += 1
        err = check_category(cat, v)
        if err:
            print("check failed", f, cat, v[:40], err)
            problems += 1
    print(f"{n} labels, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
