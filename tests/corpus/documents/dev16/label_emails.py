#!/usr/bin/env python3
"""Adds `email` labels to labels.tsv (run after generate.py).

The set's writer labelled the categories it was asked for and left the
people's and companies' e-mail addresses in its documents unlabelled,
though tests/corpus/documents/README.md counts an address on any
real-looking domain as real. This labels them by that definition alone,
with its own expression (no scanner was run): every address whose
domain's last label is a real top-level domain; not userinfo in a URL
(scheme://user:pw@host, scheme://key@host), not an SSH remote
(git@host:org/repo), not a Message-ID, not a reserved or private name (.example, .test,
.invalid, .localhost, .internal, .local).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+([A-Za-z]{2,})")
RESERVED = {"example", "test", "invalid", "localhost", "internal", "local", "lan", "corp", "home"}


def escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    path = os.path.join(HERE, "labels.tsv")
    rows = open(path, encoding="utf-8").read().splitlines()
    header, body = rows[0], [r for r in rows[1:] if r.split("\t")[1] != "email"]
    files = sorted({r.split("\t")[0] for r in body})
    added = set()
    for f in files:
        text = open(os.path.join(HERE, f), encoding="utf-8", errors="replace").read()
        for m in ADDRESS.finditer(text):
            if m.group(1).lower() in RESERVED:
                continue
            before = text[max(0, m.start() - 3):m.start()]
            after = text[m.end():m.end() + 1]
            if "//" in before or after == ":":
                continue
            # userinfo with a password: the address starts after "user:"
            ls = text.rfind("\n", 0, m.start()) + 1
            # a message's id is no address
            if re.match(r"(?i)(message-id|references|in-reply-to):", text[ls:m.start()]):
                continue
            if re.search(r"://[^\s/@]*$", text[ls:m.start()]):
                continue
            added.add((f, m.group(0)))
    out = [header] + body + ["%s\temail\t%s" % (f, escape(v)) for f, v in sorted(added)]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("email labels:", len(added))


if __name__ == "__main__":
    main()
