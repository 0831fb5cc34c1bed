#!/usr/bin/env python3
"""Writes src/core/tlds.inc: the top-level domains of the ICANN section of
the Public Suffix List (Debian's publicsuffix package), ASCII only, sorted.

Every rule's last label counts: a TLD the list names only through its
second-level domains ("co.za") or a wildcard ("*.bd") is a TLD too.

    python3 scripts/gen_tlds.py > src/core/tlds.inc
"""
import subprocess
import sys

PSL = "/usr/share/publicsuffix/public_suffix_list.dat"


def main() -> None:
    tlds, icann = set(), False
    with open(PSL, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if "===BEGIN ICANN DOMAINS===" in line:
                icann = True
            elif "===END ICANN DOMAINS===" in line:
                break
            elif icann and line and not line.startswith("//"):
                tld = line.lstrip("!").split(".")[-1]
                if tld.isascii() and tld.isalpha():
                    tlds.add(tld.lower())
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "publicsuffix"], capture_output=True,
                             text=True).stdout.strip()
    out = sys.stdout
    out.write("// Top-level domains: the ICANN section of the Public Suffix List\n"
              "// (/usr/share/publicsuffix/public_suffix_list.dat, Debian's publicsuffix\n"
              "// package; the names are IANA's root zone), ASCII ones only, sorted; a\n"
              "// TLD named only through its second-level domains (co.za) or a\n"
              "// wildcard (*.bd) too. Written by scripts/gen_tlds.py.\n"
              f"// publicsuffix {version}\n")
    line = "   "
    for t in sorted(tlds):
        item = f' "{t}",'
        if len(line) + len(item) > 110:
            out.write(line + "\n")
            line = "   "
        line += item
    out.write(line + "\n")


if __name__ == "__main__":
    main()
