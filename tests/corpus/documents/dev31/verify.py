#!/usr/bin/env python3
"""Independent check of the dev31 set (standard library only).

1. labels.tsv: header, five fields never, three fields always, README escapes only
   (\\\\ \\n \\r \\t), every file exists, every value occurs in its file.
2. generate.py regenerates the set byte for byte: the generator is copied to a
   temporary directory, run there, and every file it writes is compared with
   the file here (and no file here is missing from the regenerated set).
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN_FILES = ["generate.py", "core.py", "registry.py", "classes.py", "notes_head.py", "verify.py",
             "docs_generic.py", "docs_bearer.py", "docs_natid.py", "docs_vendor.py", "docs_rest.py"]


def unescape(v):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\":
            n = v[i + 1]
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[n])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def check_labels(root):
    errors = 0
    raw = open(os.path.join(root, "labels.tsv"), "rb").read()
    assert raw.endswith(b"\n") and b"\r" not in raw, "labels.tsv must be LF-only UTF-8"
    lines = raw.decode("utf-8").split("\n")[:-1]
    assert lines[0] == "file\tcategory\tvalue", "bad header"
    cache = {}
    cats = {}
    for n, line in enumerate(lines[1:], 2):
        parts = line.split("\t")
        if len(parts) != 3:
            print(f"line {n}: {len(parts)} fields")
            errors += 1
            continue
        f, cat, v = parts
        v = unescape(v)
        path = os.path.join(root, f)
        if not os.path.isfile(path):
            print(f"line {n}: no file {f}")
            errors += 1
            continue
        if f not in cache:
            cache[f] = open(path, encoding="utf-8").read()
        if v not in cache[f]:
            print(f"line {n}: value not in {f}: {v!r}")
            errors += 1
        cats[cat] = cats.get(cat, 0) + 1
    docs = set()
    for dirpath, _, files in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if rel == ".":
            continue
        for fn in files:
            docs.add(os.path.join(rel, fn))
    unlabelled = docs - set(cache)
    if unlabelled:
        print("documents without labels:", sorted(unlabelled))
        errors += 1
    print(f"labels.tsv: {len(lines) - 1} labels in {len(cache)} documents, "
          f"{len({f.split('/')[0] for f in cache})} carriers, {errors} errors")
    for c, k in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {c:32} {k}")
    return errors


def tree(root):
    out = {}
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x != "__pycache__"]
        for fn in files:
            p = os.path.join(dirpath, fn)
            out[os.path.relpath(p, root)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out


def check_regen(root):
    with tempfile.TemporaryDirectory() as tmp:
        for f in GEN_FILES:
            shutil.copy(os.path.join(root, f), tmp)
        r = subprocess.run([sys.executable, os.path.join(tmp, "generate.py")], capture_output=True, text=True)
        print(r.stdout.strip())
        if r.returncode:
            print(r.stderr)
            return 1
        a, b = tree(root), tree(tmp)
        diff = [p for p in sorted(set(a) | set(b)) if a.get(p) != b.get(p)]
        print(f"regenerated {len(b)} files, {len(diff)} differ")
        for p in diff[:20]:
            print("  differs:", p, "here" if p in a else "-", "regen" if p in b else "-")
        return len(diff)


if __name__ == "__main__":
    e = check_labels(HERE)
    e += check_regen(HERE)
    print("OK" if e == 0 else f"FAILED ({e})")
    sys.exit(1 if e else 0)
