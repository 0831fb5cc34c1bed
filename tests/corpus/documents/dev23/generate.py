#!/usr/bin/env python3
"""Write the dev23 document set deterministically (seed 23023).

    python3 generate.py           build, check, write documents + labels.tsv + stats.json
    python3 generate.py --check   build and check only

Each document has its own random.Random seeded from sha256("23023+<path>")
(see core.Doc). Nothing is read from outside this directory except
carriers_used.txt from the brief, if present, for the carrier-name check.
"""
import collections
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import docs_bearer  # noqa: E402,F401
import docs_bearer_b  # noqa: E402,F401
import docs_generic  # noqa: E402,F401
import docs_password  # noqa: E402,F401
import docs_prose  # noqa: E402,F401
import docs_aws  # noqa: E402,F401
import docs_swedish  # noqa: E402,F401
import docs_personal  # noqa: E402,F401

USED_CARRIERS_FILE = "/tmp/dev23-brief/carriers_used.txt"

PLACEHOLDER_HINTS = ("${", "{{", "EXAMPLE", "your-", "REDACTED", "changeme", "***", "xxx", "$(", "...")
CHECKED = {"credit-card", "se-personnummer", "iban", "aws-access-key-id", "aws-secret-key", "jwt"}
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".test", ".invalid", ".example", "localhost",
                    ".local", ".internal", ".lan", ".corp", ".home.arpa")


def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def cats(c):
    return c.split("|")


def fail(msg):
    raise SystemExit("CHECK FAILED: " + msg)


def occurrences(text, v):
    i = text.find(v)
    while i >= 0:
        yield i
        i = text.find(v, i + 1)


def build():
    docs = []
    for fn in core.REGISTRY:
        d = fn()
        if d is None:
            continue
        if isinstance(d, list):
            docs.extend(d)
        else:
            docs.append(d)
    return docs


def check(docs):
    paths = set()
    all_labels = []
    used = set()
    if os.path.exists(USED_CARRIERS_FILE):
        used = {ln.strip() for ln in open(USED_CARRIERS_FILE, encoding="utf-8") if ln.strip()}
    texts = {}
    for d in docs:
        if d.path in paths:
            fail("duplicate path " + d.path)
        paths.add(d.path)
        if d.carrier in used:
            fail("carrier name already used: " + d.carrier)
        if not isinstance(d.text, str) or len(d.text) < 120:
            fail("short or missing text " + d.path)
        texts[d.path] = d.text
        for bad in ("{r.", "{d.", "d.L(", "d.X(", "None\n", "<function"):
            if bad in d.text:
                fail(f"generator leak {bad!r} in {d.path}")

    seen_value = {}
    for d in docs:
        t = d.text
        per_val = {}
        uniq = []
        for c, v in d.labels:
            if (c, v) in uniq:
                continue
            uniq.append((c, v))
        d.labels = uniq
        for c, v in d.labels:
            if v != v.strip():
                fail(f"whitespace around label {v!r} in {d.path}")
            if "\n" in v and c != "private-key":
                fail(f"newline in label {v!r} in {d.path}")
            if v not in t:
                fail(f"label not in text: {c} {v!r} in {d.path}")
            if any(h.lower() in v.lower() for h in PLACEHOLDER_HINTS):
                fail(f"placeholder-like label {v!r} in {d.path}")
            if v in per_val and per_val[v] != c:
                fail(f"value with two categories in {d.path}: {v!r}")
            per_val[v] = c
            for i in occurrences(t, v):
                before = t[i - 1] if i > 0 else " "
                after = t[i + len(v)] if i + len(v) < len(t) else " "
                if (before.isalnum() and v[0].isalnum()) or (after.isalnum() and v[-1].isalnum()):
                    if v not in d.glue_ok:
                        fail(f"label glued to alnum in {d.path}: {t[max(0, i - 10):i + len(v) + 10]!r}")
            if len(v) >= 6:
                if v in seen_value and seen_value[v] != d.path:
                    fail(f"label value reused across documents: {v!r} ({seen_value[v]}, {d.path})")
                seen_value[v] = d.path
            # checksums
            cs = cats(c)
            if "credit-card" in cs:
                digits = re.sub(r"[ -]", "", v)
                if not digits.isdigit() or not core.luhn_ok(digits) or digits in core.TEST_CARDS:
                    fail(f"bad card {v} in {d.path}")
            if "se-personnummer" in cs and not core.pnr_ok(v):
                fail(f"bad personnummer {v} in {d.path}")
            if "iban" in cs and not core.iban_ok(v):
                fail(f"bad iban {v} in {d.path}")
            if "aws-access-key-id" in cs and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
                fail(f"bad akid {v} in {d.path}")
            if "aws-secret-key" in cs and not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
                fail(f"bad aws secret {v} in {d.path}")
            if "jwt" in cs and not re.fullmatch(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", v):
                fail(f"bad jwt {v} in {d.path}")
            if "email" in cs and any(v.lower().endswith(rd) for rd in RESERVED_DOMAINS):
                fail(f"reserved-domain email labelled {v} in {d.path}")
            if "phone" in cs:
                nd = sum(ch.isdigit() for ch in v)
                if not 7 <= nd <= 15:
                    fail(f"bad phone {v} in {d.path}")
            if "passport" in cs and not re.fullmatch(r"[A-Z0-9]{6,12}", v):
                fail(f"bad passport {v} in {d.path}")
            if "ipv4" in cs:
                parts = v.split(".")
                if len(parts) != 4 or is_nonpublic(v):
                    fail(f"bad ipv4 {v} in {d.path}")
            all_labels.append((d.path, c, v))
        # labels inside other labels of another category
        for c1, v1 in d.labels:
            for c2, v2 in d.labels:
                if v1 != v2 and v1 in v2 and c1 != c2:
                    fail(f"label {v1!r} ({c1}) inside {v2!r} ({c2}) in {d.path}")
        for x in d.looks:
            if x not in t:
                fail(f"look-alike not in text {x!r} in {d.path}")
            for c, v in d.labels:
                if v in x:
                    fail(f"look-alike {x!r} contains label {v!r} in {d.path}")
        lint(d)
    # 8+ char labels must not appear in any other document
    for p, c, v in all_labels:
        if len(v) >= 8:
            for q, t in texts.items():
                if q != p and v in t:
                    fail(f"label {v!r} of {p} also occurs in {q}")
    return all_labels


def is_nonpublic(ip):
    try:
        a, b, c, dd = (int(x) for x in ip.split("."))
    except ValueError:
        return True
    if a in (0, 10, 127) or a >= 224:
        return True
    if a == 169 and b == 254:
        return True
    if a == 172 and 16 <= b <= 31:
        return True
    if a == 192 and b == 168:
        return True
    if a == 100 and 64 <= b <= 127:
        return True
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return True
    if a == 198 and b in (18, 19):
        return True
    return False


PNR_RE = re.compile(r"(?<![\d])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9\-])")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")


def lint(d):
    t = d.text
    labelled = {v for c, v in d.labels}
    looks = set(d.looks)

    def covered(s, start, end):
        for v in labelled | looks:
            for i in occurrences(t, v):
                if i <= start and i + len(v) >= end:
                    return True
        return False

    for m in PNR_RE.finditer(t):
        s = m.group(0)
        if core.pnr_ok(s) and not covered(s, m.start(), m.end()):
            fail(f"unregistered personnummer-shaped {s} in {d.path}")
    for m in EMAIL_RE.finditer(t):
        s = m.group(0)
        dom = s.split("@", 1)[1].lower().rstrip(".")
        if any(dom.endswith(rd.lstrip(".")) for rd in RESERVED_DOMAINS):
            continue
        if not covered(s, m.start(), m.end()):
            # URL userinfo (user:pass@host) is not an e-mail
            pre = t[max(0, m.start() - 3):m.start()]
            if "://" in t[max(0, m.start() - 80):m.start()] and ":" in s.split("@")[0] + pre:
                continue
            fail(f"unlabelled e-mail-shaped {s} in {d.path}")
    for m in IP_RE.finditer(t):
        s = m.group(0)
        if all(0 <= int(x) <= 255 for x in m.groups()) and not is_nonpublic(s):
            if not covered(s, m.start(), m.end()):
                fail(f"unlabelled public IPv4 {s} in {d.path}")


def stats(docs, labels):
    per_cat = collections.Counter(c for p, c, v in labels)
    kinds = collections.Counter(d.kind for d in docs)
    carriers = collections.OrderedDict()
    for d in docs:
        carriers.setdefault(d.carrier, []).append(
            {"file": d.name, "kind": d.kind, "labels": len(d.labels), "lookalikes": len(d.looks)})
    return {
        "documents": len(docs),
        "carriers": len(carriers),
        "labels": len(labels),
        "registered_lookalikes": sum(len(d.looks) for d in docs),
        "labels_per_category": dict(sorted(per_cat.items())),
        "documents_per_kind": dict(sorted(kinds.items())),
        "carrier_list": carriers,
    }


def write(docs, labels, st):
    sp = os.path.join(HERE, "stats.json")
    if os.path.exists(sp):
        old = json.load(open(sp, encoding="utf-8"))
        for c in old.get("carrier_list", {}):
            p = os.path.join(HERE, c)
            if os.path.isdir(p) and "/" not in c and c not in (".", ".."):
                shutil.rmtree(p)
    for d in docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n")
        for p, c, v in labels:
            f.write(f"{p}\t{c}\t{esc(v)}\n")
    with open(sp, "w", encoding="utf-8") as f:
        json.dump(st, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    docs = build()
    labels = check(docs)
    st = stats(docs, labels)
    if "--check" not in sys.argv:
        write(docs, labels, st)
    print(f"{st['documents']} documents, {st['carriers']} carriers, {st['labels']} labels, "
          f"{st['registered_lookalikes']} registered look-alikes")
    for c, n in st["labels_per_category"].items():
        print(f"  {c:28s} {n}")


if __name__ == "__main__":
    main()
