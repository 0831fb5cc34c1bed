#!/usr/bin/env python3
"""Scan this machine's own text and count what is not genuine contact data.

Runs `privguard scan` over folders of real text installed on the machine
(documentation, headers, Python packages, /etc): the maintainers' e-mail
addresses in it are real and rightly found, and so are the PEM keys some
packages ship for their tests; every other finding is most likely a false
positive (a clause number read as a phone, code naming a password). A few
others are genuine too, organisations' phone numbers in licence texts:
machine_text_genuine.tsv lists them by file and line, reviewed by hand,
and they are counted apart. Prints the rest per rule with a masked
context and fails when there are more than --max (issue 11's target is 10).

Usage: machine_text.py --privguard BIN [--policy FILE] [--max N] [DIR...]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

DIRS = ["/usr/share/doc", "/usr/include", "/usr/lib/python3/dist-packages", "/etc"]
GENUINE = {"email", "private-key"}
GENUINE_LINES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "machine_text_genuine.tsv")


def genuine_lines():
    """(path, line, rule) of the findings reviewed as genuine contact data."""
    keys = set()
    with open(GENUINE_LINES, encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or not row.strip():
                continue
            path, line, rule = row.rstrip("\n").split("\t")[:3]
            keys.add((path, int(line), rule))
    return keys


def context(path, start, end):
    try:
        with open(path, "rb") as f:
            f.seek(max(0, start - 40))
            data = f.read(end - max(0, start - 40) + 40)
    except OSError:
        return "?"
    cut = start - max(0, start - 40)
    before = data[:cut].decode("utf-8", "replace").split("\n")[-1]
    after = data[cut + (end - start):].decode("utf-8", "replace").split("\n")[0]
    return f"{before}<{end - start} bytes>{after}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--privguard", required=True)
    ap.add_argument("--policy")
    ap.add_argument("--max", type=int, default=10)
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    dirs = [d for d in (args.dirs or DIRS) if os.path.isdir(d)]
    cmd = [args.privguard, "scan", "--format", "json"] + (["--policy", args.policy] if args.policy else []) + dirs
    res = subprocess.run(cmd, capture_output=True)
    if res.returncode not in (0, 1):
        sys.exit(f"privguard scan failed ({res.returncode}): {res.stderr.decode(errors='replace')[:2000]}")
    per_rule = collections.defaultdict(list)
    genuine = collections.Counter()
    reviewed = genuine_lines()
    for line in res.stdout.decode("utf-8").splitlines():
        f = json.loads(line)
        if f["rule"] in GENUINE:
            genuine[f["rule"]] += 1
        elif (f["path"], f["line"], f["rule"]) in reviewed:
            genuine[f["rule"] + " (reviewed)"] += 1
        else:
            per_rule[f["rule"]].append(f)
    total = sum(len(v) for v in per_rule.values())
    print(f"scanned {' '.join(dirs)}: {sum(genuine.values())} genuine findings "
          f"({dict(genuine)}), {total} others")
    for rule, found in sorted(per_rule.items(), key=lambda kv: -len(kv[1])):
        print(f"  {rule}: {len(found)}")
        for f in found[:15]:
            print(f"    {f['path']}:{f['line']}: {context(f['path'], f['offset'], f['offset'] + f['length'])}")
    if total > args.max:
        print(f"{total} findings other than e-mail addresses and PEM keys: more than {args.max}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
