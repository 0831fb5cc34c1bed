#!/usr/bin/env python3
"""findings.py REPORT [--call RE] [--rule R] [--kind K] [--exe RE]
                     [--action A] [--peer P] [--fd N] [--split] [--count N]

Exit 0 when REPORT (the shim's JSON-lines findings file) has a finding
matching every filter given (exactly N of them with --count; --count 0
asserts there is none). Otherwise prints what it has, one short line,
and exits 1. Every line must parse and carry the documented fields."""
import argparse
import json
import re
import sys

FIELDS = ("ts", "pid", "exe", "rule", "severity", "action", "call", "fd", "sink",
          "offset", "length", "preview", "fingerprint")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--call")
    ap.add_argument("--rule")
    ap.add_argument("--kind")
    ap.add_argument("--exe")
    ap.add_argument("--action")
    ap.add_argument("--peer")
    ap.add_argument("--fd", type=int)
    ap.add_argument("--split", action="store_true", default=None,
                    help="only findings of a value begun in an earlier call")
    ap.add_argument("--count", type=int)
    a = ap.parse_args()
    try:
        with open(a.report, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    except FileNotFoundError:
        lines = []
    findings = []
    for line in lines:
        try:
            d = json.loads(line)
        except ValueError:
            print(f"bad findings line: {line[:200]}")
            return 1
        missing = [k for k in FIELDS if k not in d]
        if missing:
            print(f"finding lacks {missing}: {line[:200]}")
            return 1
        findings.append(d)

    def matches(d):
        sink = d.get("sink") or {}
        return ((a.call is None or re.fullmatch(a.call, d["call"])) and
                (a.rule is None or d["rule"] == a.rule) and
                (a.kind is None or sink.get("kind") == a.kind) and
                (a.exe is None or re.search(a.exe, d["exe"])) and
                (a.action is None or d["action"] == a.action) and
                (a.peer is None or sink.get("peer") == a.peer) and
                (a.fd is None or d["fd"] == a.fd) and
                (a.split is None or d.get("split") is True))

    n = sum(1 for d in findings if matches(d))
    ok = n == a.count if a.count is not None else n > 0
    if ok:
        return 0
    have = "; ".join(f"{d['exe'].rsplit('/', 1)[-1]} {d['call']} {d['rule']} {d['action']} "
                     f"{json.dumps(d['sink'], separators=(',', ':'))}" for d in findings[:8])
    want = " ".join(f"{k}={v}" for k, v in vars(a).items() if v is not None and k != "report")
    print(f"wanted {want}, matched {n}; findings: {have or 'none'}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
