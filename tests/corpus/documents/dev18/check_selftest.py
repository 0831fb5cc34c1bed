#!/usr/bin/env python3
"""Shows that the self-checks in common.self_check catch what they claim to catch,
and scans the built documents for accidental look-alikes.

    python3 check_selftest.py

1. Breaks one label at a time in a copy of the built set (wrong Luhn digit in a
   personnummer or card, wrong IBAN check digits, bad AWS id shape, short AWS
   secret, label missing from its file, unlabelled e-mail and public IPv4,
   a documentation value, wrong Verhoeff and 11-test digit, a placeholder) and
   prints how many errors self_check reports for each; every line must be > 0.
2. Lists unlabelled numbers that pass Luhn with a card prefix and unlabelled
   personnummer-shaped numbers that are not registered look-alikes (expected: 0).
"""
import copy
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
import generate  # noqa: E402


def first(ds, cat):
    for d in ds:
        for i, (c, v) in enumerate(d.labels):
            if c == cat:
                return d, i, v
    raise LookupError(cat)


def bump(v):
    return v[:-1] + str((int(v[-1]) + 1) % 10)


def swap(d, i, v, nv):
    d.labels[i] = (d.labels[i][0], nv)
    d.text = d.text.replace(v, nv)


def main():
    docs = generate.build()
    base = common.self_check(docs)
    print(f"unbroken set: {len(base)} errors")
    cases = [
        ("personnummer Luhn", lambda ds: swap(*first(ds, "se-personnummer"), bump(first(ds, "se-personnummer")[2]))),
        ("card Luhn", lambda ds: swap(*first(ds, "credit-card"), bump(first(ds, "credit-card")[2]))),
        ("IBAN mod 97", lambda ds: swap(*first(ds, "iban"), bump(first(ds, "iban")[2]))),
        ("AWS key id shape", lambda ds: swap(*first(ds, "aws-access-key-id"), "AKIA" + "1" * 16)),
        ("AWS secret length", lambda ds: swap(*first(ds, "aws-secret-key"), first(ds, "aws-secret-key")[2][:39])),
        ("Aadhaar Verhoeff", lambda ds: swap(*first(ds, "in-aadhaar"), bump(first(ds, "in-aadhaar")[2]))),
        ("BSN 11-test", lambda ds: swap(*first(ds, "nl-bsn"), bump(first(ds, "nl-bsn")[2]))),
        ("label missing from file", lambda ds: ds[0].labels.append(("password", "no-such-value-in-file"))),
        ("unlabelled e-mail", lambda ds: setattr(ds[0], "text", ds[0].text + "\nmail anna.berg@kvarnviken.se\n")),
        ("unlabelled public IPv4", lambda ds: setattr(ds[0], "text", ds[0].text + "\nfrom 8.8.4.4\n")),
        ("unlabelled public IPv6", lambda ds: setattr(ds[0], "text", ds[0].text + "\nfrom 2a02:1406:2::1\n")),
        ("documentation value", lambda ds: (ds[0].labels.append(("aws-access-key-id", "AKIAIOSFODNN7EXAMPLE")),
                                            setattr(ds[0], "text", ds[0].text + "\nAKIAIOSFODNN7EXAMPLE\n"))),
        ("placeholder", lambda ds: (ds[0].labels.append(("password", "changeme")),
                                    setattr(ds[0], "text", ds[0].text + "\npassword=changeme\n"))),
    ]
    for name, mut in cases:
        ds = [copy.copy(d) for d in docs]
        for d in ds:
            d.labels = list(d.labels)
        mut(ds)
        errs = [e for e in common.self_check(ds) if e not in base]
        print(f"{name:28s} {len(errs)} error(s)  {errs[0] if errs else ''}")

    card_re = re.compile(r"(?<!\d)(\d[\d -]{11,22}\d)(?!\d)")
    pnr_re = re.compile(r"(?<!\d)(\d{6}[-+]?\d{4}|\d{8}-?\d{4})(?!\d)")
    stray = 0
    for d in docs:
        labs = [v for _, v in d.labels]
        for m in card_re.finditer(d.text):
            s = m.group(1)
            digits = re.sub(r"[ -]", "", s)
            if 13 <= len(digits) <= 19 and common.card_ok(digits) and not any(s in v or v in s for v in labs):
                stray += 1
                print(f"stray card-shaped number: {d.path} {s}")
        for m in pnr_re.finditer(d.text):
            s = m.group(1)
            if common.pnr_ok(s) and s not in labs and not any(s in lk for lk in d.looks):
                stray += 1
                print(f"stray personnummer-shaped number: {d.path} {s}")
    print(f"stray look-alikes not registered: {stray}")


if __name__ == "__main__":
    main()
