#!/usr/bin/env python3
"""Run generate.py twice (with different PYTHONHASHSEED) and compare a sha256 over every written file."""
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def tree_hash():
    h = hashlib.sha256()
    for dp, dn, fn in os.walk(HERE):
        dn.sort()
        if "__pycache__" in dp:
            continue
        for f in sorted(fn):
            if f.endswith(".py") or f.endswith(".md"):
                continue
            p = os.path.join(dp, f)
            h.update(os.path.relpath(p, HERE).encode())
            with open(p, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


hashes = []
for seed in ("1", "4242"):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py")], check=True, env=env, stdout=subprocess.DEVNULL)
    hashes.append(tree_hash())
print("\n".join(hashes))
print("identical" if len(set(hashes)) == 1 else "DIFFERENT")
sys.exit(0 if len(set(hashes)) == 1 else 1)
