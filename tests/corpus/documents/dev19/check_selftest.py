#!/usr/bin/env python3
"""Show that generate.self_check catches broken labels: build the set in memory, break one thing at a time in a
copy, and report how many errors self_check gives for each break (0 for the unbroken set, >= 1 for each break)."""
import copy
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import generate as G  # noqa: E402


def find(docs, cat):
    for i, d in enumerate(docs):
        for j, (c, v) in enumerate(d.labels):
            if c == cat:
                return i, j, v
    raise LookupError(cat)


def flip_last_digit(v):
    k = max(i for i, ch in enumerate(v) if ch.isdigit())
    return v[:k] + str((int(v[k]) + 1) % 10) + v[k + 1:]


def mutate_value(docs, cat, fn):
    i, j, v = find(docs, cat)
    nv = fn(v)
    docs[i].text = docs[i].text.replace(v, nv)
    docs[i].labels = [(c, nv if x == v else x) for c, x in docs[i].labels]


def main():
    base = G.build()
    print(f"unbroken set: {len(G.self_check(base))} errors")
    cases = []

    def case(name, fn):
        docs = copy.deepcopy(base)
        fn(docs)
        errs = G.self_check(docs)
        cases.append((name, len(errs), errs[:1]))

    case("personnummer with a wrong Luhn digit", lambda ds: mutate_value(ds, "se-personnummer", flip_last_digit))
    case("card with a wrong Luhn digit", lambda ds: mutate_value(ds, "credit-card", flip_last_digit))
    case("IBAN with wrong check digits", lambda ds: mutate_value(ds, "iban", lambda v: v[:2] + ("00" if v[2:4] != "00" else "01") + v[4:]))
    case("AWS key id with a lower-case letter", lambda ds: mutate_value(ds, "aws-access-key-id", lambda v: v[:-1] + "a"))
    case("AWS secret of 39 characters", lambda ds: mutate_value(ds, "aws-secret-key", lambda v: v[:-1]))
    case("JWT without its third part", lambda ds: mutate_value(ds, "jwt|bearer-token", lambda v: v.rsplit(".", 1)[0]))

    def missing(ds):
        ds[0].labels.append(("password", "Qz8!notInTheFile"))
    case("label missing from its file", missing)

    def stray_email(ds):
        ds[0].text += "\ncontact: anna.stray@lindholmen-it.se\n"
    case("unlabelled e-mail address added", stray_email)

    def stray_ip(ds):
        ds[0].text += "\nclient 84.216.33.17 connected\n"
    case("unlabelled public IPv4 added", stray_ip)

    def stray_ip6(ds):
        ds[0].text += "\nclient 2a02:aa1:1022:7f3::41 connected\n"
    case("unlabelled public IPv6 added", stray_ip6)

    def stray_pnr(ds):
        ds[0].text += "\nkund " + C.pnr(C.random.Random(1), "YYYYMMDD-NNNC") + "\n"
    case("unlabelled personnummer added", stray_pnr)

    def stray_card(ds):
        ds[0].text += "\ncard " + C.card(C.random.Random(2), "visa") + "\n"
    case("unlabelled card number added", stray_card)

    def doc_value(ds):
        ds[0].text += "\nAKIAIOSFODNN7EXAMPLE\n"
        ds[0].labels.append(("aws-access-key-id", "AKIAIOSFODNN7EXAMPLE"))
    case("documentation value labelled", doc_value)

    def placeholder(ds):
        ds[0].text += "\npassword=changeme\n"
        ds[0].labels.append(("password", "changeme"))
    case("placeholder labelled", placeholder)

    def glued(ds):
        ds[0].text += "\nxQz8Rt5LmN0pW2v\n"
        ds[0].labels.append(("password", "Qz8Rt5LmN0pW2v"))
    case("label glued to a letter", glued)

    def used_carrier(ds):
        ds[0].path = "kubectl/x.txt"
    case("carrier name from carriers_used.txt", used_carrier)

    bad = 0
    for name, n, first in cases:
        flag = "ok " if n >= 1 else "MISSED"
        if n < 1:
            bad += 1
        print(f"{flag} {name}: {n} error(s)" + (f"  e.g. {first[0][:110]}" if first else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
