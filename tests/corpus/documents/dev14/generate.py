#!/usr/bin/env python3
"""Writes the dev14 document set: documents, labels.tsv, stats.json, NOTES.md.

Deterministic (fixed seed). Refuses to write anything when a self-check fails.
Run: python3 generate.py
"""
import collections
import datetime
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # no __pycache__ inside the set: every file under it is read as a document

import vals  # noqa: E402
from vals import Gen  # noqa: E402

SEED = 140014
CATS = {"password", "generic-secret", "twilio-key", "azure-storage-key", "nl-bsn", "de-steuer-id", "us-ssn",
        "date-of-birth", "passport"}


class Doc:
    def __init__(self, s, path):
        self.s = s
        self.path = path
        self.parts = []
        self.labs = []      # (cat, value) one per embedded occurrence
        self.fakes = []

    def w(self, *parts):
        self.parts.extend(parts)
        return self

    def L(self, cat, v):
        self.labs.append((cat, v))
        return v

    def F(self, v):
        """A look-alike (not labelled) that is registered for the checks."""
        self.fakes.append(v)
        return v

    def text(self):
        return "".join(self.parts)


class Set:
    def __init__(self):
        self.g = Gen(SEED)
        self.docs = []
        self.carrier_desc = {}

    def doc(self, path):
        d = Doc(self, path)
        self.docs.append(d)
        return d

    def find(self, path):
        return next(x for x in self.docs if x.path == path)

    def desc(self, carrier, text):
        self.carrier_desc[carrier] = text

    # date-of-birth helper: a unique formatted date
    def dob(self, fmt, lo=1950, hi=2004):
        while True:
            d = self.g.dob(lo, hi)
            v = d.strftime(fmt)
            if v not in self.g.used:
                self.g.used.add(v)
                return v


def build():
    s = Set()
    import c_ops
    import c_apps
    import c_prose
    import c_pii
    import c_more
    for mod in (c_ops, c_apps, c_prose, c_pii, c_more):
        mod.build(s)
    return s


def check(s):
    errs = []
    texts = {d.path: d.text() for d in s.docs}
    paths = [d.path for d in s.docs]
    if len(set(paths)) != len(paths):
        errs.append("duplicate document path")
    owner = {}
    cat_of = {}
    for d in s.docs:
        t = texts[d.path]
        cnt = collections.Counter(v for _, v in d.labs)
        for cat, v in d.labs:
            for c in cat.split("|"):
                if c not in CATS:
                    errs.append(f"{d.path}: unknown category {c}")
            if not v or v != v.strip():
                errs.append(f"{d.path}: empty or padded value {v!r}")
            if "\t" in v or "\n" in v:
                errs.append(f"{d.path}: tab/newline in value {v!r}")
            if cat_of.setdefault(v, cat) != cat:
                errs.append(f"{d.path}: {v!r} has two categories {cat_of[v]} / {cat}")
            if owner.setdefault(v, d.path) != d.path:
                errs.append(f"{d.path}: {v!r} also labelled in {owner[v]}")
            if vals.PLACEHOLDER_RE.match(v):
                errs.append(f"{d.path}: placeholder labelled {v!r}")
        for v, n in cnt.items():
            occ = t.count(v)
            if occ != n:
                errs.append(f"{d.path}: {v!r} occurs {occ} times, labelled {n} times")
    for d in s.docs:
        for f in d.fakes:
            if f in cat_of:
                errs.append(f"{d.path}: look-alike equals a labelled value {f!r}")
    # values unique set-wide: no labelled value in any other document
    for v, p in owner.items():
        for q, t in texts.items():
            if q != p and v in t:
                errs.append(f"{v!r} labelled in {p} also occurs in {q}")
    # category checks
    for v, cat in cat_of.items():
        if cat == "nl-bsn" and not vals.bsn_ok(v):
            errs.append(f"bad BSN {v}")
        if cat == "de-steuer-id" and not vals.steuer_ok(re.sub(r"\s", "", v)):
            errs.append(f"bad Steuer-ID {v}")
        if cat == "us-ssn" and not vals.ssn_ok(v):
            errs.append(f"bad SSN {v}")
        if cat == "azure-storage-key":
            raw = v.replace("%2B", "+").replace("%2F", "/").replace("%3D", "=")
            if not re.fullmatch(r"[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=", raw):
                errs.append(f"bad azure key {v}")
        if cat.startswith("twilio-key"):
            if not re.fullmatch(r"SK[0-9a-f]{32}|[0-9a-f]{32}|[A-Za-z0-9]{32}", v):
                errs.append(f"bad twilio value {v}")
        if cat == "date-of-birth":
            ok = False
            for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%m/%d/%Y", "%d/%m/%Y", "%Y%m%d", "%d %B %Y",
                        "%B %d, %Y", "%d %b %Y", "%Y-%m-%dT00:00:00"):
                try:
                    datetime.datetime.strptime(v, fmt)
                    ok = True
                except ValueError:
                    pass
            if not ok:
                errs.append(f"bad DOB {v}")
        if cat in ("generic-secret", "password") or "generic-secret" in cat:
            low = v.lower()
            for pre in ("akia", "ghp_", "glpat-", "xox", "sk_live", "sk-", "aiza", "sg.", "npm_", "hf_", "eyj",
                        "shpat_", "pypi-", "key-"):
                if low.startswith(pre):
                    errs.append(f"vendor-shaped value labelled {cat}: {v}")
    # score_documents' own parser must accept the labels
    return errs


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    s = build()
    errs = check(s)
    if errs:
        for e in errs[:200]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print(f"{len(errs)} problems; nothing written", file=sys.stderr)
        return 1
    # wipe old documents (only sub-directories of this set)
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name != "__pycache__":
            shutil.rmtree(p)
    rows = []
    for d in s.docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text())
        seen = set()
        for cat, v in d.labs:
            if (cat, v) not in seen:
                seen.add((cat, v))
                rows.append((d.path, cat, v))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for p, c, v in rows:
            f.write(f"{p}\t{c}\t{tsv_escape(v)}\n")
    # statistics
    per_cat = collections.Counter(c for _, c, _ in rows)
    per_carrier = collections.defaultdict(lambda: collections.Counter())
    docs_per_carrier = collections.Counter(d.path.split("/")[0] for d in s.docs)
    for p, c, _ in rows:
        per_carrier[p.split("/")[0]][c] += 1
    stats = {"seed": SEED, "documents": len(s.docs), "carriers": len(docs_per_carrier), "labels": len(rows),
             "labels_per_category": dict(sorted(per_cat.items())),
             "carriers_detail": {k: {"documents": docs_per_carrier[k], "labels": dict(sorted(per_carrier[k].items()))}
                                 for k in sorted(docs_per_carrier)}}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1, sort_keys=False)
        f.write("\n")
    import notes
    with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write(notes.render(stats, s.carrier_desc))
    print(f"{len(s.docs)} documents, {len(docs_per_carrier)} carriers, {len(rows)} labels")
    for c, n in sorted(per_cat.items()):
        print(f"  {c:32} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
