#!/usr/bin/env python3
"""Deterministic generator for the dev15 document set. Refuses to write when a self-check fails."""
import os, re, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import DOCS, LOOKALIKES, pnr_valid, luhn_ok, tsv_esc
import c_http, c_code, c_aws, c_conf, c_bulk, c_more, c_se, c_prose

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = [c_http, c_code, c_aws, c_conf, c_bulk, c_more, c_se, c_prose]


def checks():
    errs = []
    seen_val = {}
    paths = set()
    for d in DOCS:
        if d.path in paths:
            errs.append("duplicate path " + d.path)
        paths.add(d.path)
        if d.text is None:
            errs.append("no text " + d.path)
            continue
        for cat, v in d.labels:
            if "\t" in v or "\n" in v:
                errs.append("value with tab/newline %s" % d.path)
            if v not in d.text:
                errs.append("label not in file: %s %s %r" % (d.path, cat, v[:30]))
                continue
            # every occurrence must stand alone (not glued into a longer alnum run)
            for m in re.finditer(re.escape(v), d.text):
                a, b = m.start(), m.end()
                if (v[0].isalnum() and a > 0 and d.text[a - 1].isalnum() and not re.match(r"(%[0-9A-F]{2}| -p)$", d.text[max(0, a - 3):a])) or (v[-1].isalnum() and b < len(d.text) and d.text[b].isalnum()):
                    errs.append("label glued into longer run: %s %r" % (d.path, v[:30]))
            if cat == "se-personnummer" and not pnr_valid(v):
                errs.append("bad personnummer %s" % v)
            if cat == "se-personnummer" and v.replace("-", "").replace("+", "") in LOOKALIKES:
                errs.append("personnummer equals look-alike")
            if cat == "credit-card" and not luhn_ok(re.sub(r"\D", "", v)):
                errs.append("bad card")
            if cat == "aws-access-key-id" and (not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) or v.endswith("EXAMPLE")):
                errs.append("bad akid " + v)
            if cat == "aws-secret-key" and (len(v) != 40 or "EXAMPLE" in v):
                errs.append("bad aws secret " + v)
            key = v
            if key in seen_val and seen_val[key][0] != d.path:
                errs.append("value reused across files: %s %s" % (d.path, seen_val[key][0]))
            seen_val.setdefault(key, (d.path, cat))
    all_labels = set(v for d in DOCS for _, v in d.labels)
    for la in LOOKALIKES:
        if la in all_labels:
            errs.append("look-alike labelled: " + la)
        for lv in all_labels:
            if len(lv) >= 6 and lv in la:
                errs.append("label inside look-alike %s" % la)
    # labelled values must not be substrings of unlabelled look-alikes/other labels in a different category in the same file
    for d in DOCS:
        vals = set(v for _, v in d.labels)
        for v in vals:
            for w in vals:
                if v != w and v in w:
                    cats_v = {c for c, x in d.labels if x == v}
                    cats_w = {c for c, x in d.labels if x == w}
                    if cats_v != cats_w:
                        errs.append("label inside other label %s %r in %r" % (d.path, v[:20], w[:20]))
    # look-alike personnummer-shaped numbers in documents: every date-shaped Luhn-valid 10/12 digit run must be labelled or a registered look-alike
    for d in DOCS:
        labs = set(v for c, v in d.labels if "se-personnummer" in c)
        for m in re.finditer(r"(?<![\d-])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d])", d.text):
            s = m.group(0)
            digits = m.group(1) + m.group(3)
            if pnr_valid(s) and s not in labs and digits not in LOOKALIKES and s not in LOOKALIKES and d.path.split("/")[0].startswith("se-"):
                errs.append("unregistered pnr-shaped value in %s: %s" % (d.path, s))
    return errs


def relabel_indirect_bearer():
    """A token labelled bearer-token that never stands right after the word Bearer in its file (a variable
    assigned in code, `credentials:` under `type: Bearer`, an introspected token=...) may be found either as
    a bearer token or as a generic secret assignment: label it `bearer-token|generic-secret`."""
    n = 0
    for d in DOCS:
        new = []
        for cat, v in d.labels:
            if cat == "bearer-token" and not re.search(r"(?i)bearer\s+" + re.escape(v), d.text):
                cat = "bearer-token|generic-secret"
                n += 1
            new.append((cat, v))
        d.labels = new
    return n


def main():
    for m in MODULES:
        m.build()
    print("indirect bearer tokens relabelled:", relabel_indirect_bearer())
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        for e in errs[:60]:
            print("  " + e)
        sys.exit(1)
    # write
    for ent in os.listdir(HERE):
        p = os.path.join(HERE, ent)
        if os.path.isdir(p) and not ent.startswith("__"):
            shutil.rmtree(p)
    rows = []
    for d in DOCS:
        fp = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
        seen = set()
        for cat, v in d.labels:
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            rows.append("%s\t%s\t%s" % (d.path, cat, tsv_esc(v)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tvalue\n" + "\n".join(rows) + "\n")
    cats = {}
    for r in rows:
        c = r.split("\t")[1]
        cats[c] = cats.get(c, 0) + 1
    carriers = sorted(set(d.path.split("/")[0] for d in DOCS))
    pn_like = sum(1 for d in DOCS for la in LOOKALIKES if la in d.text)
    stats = {"documents": len(DOCS), "carriers": len(carriers), "labels": len(rows), "labels_per_category": dict(sorted(cats.items())),
             "registered_se_lookalikes": len(LOOKALIKES), "se_lookalike_occurrences_in_documents": pn_like, "carrier_dirs": carriers}
    with open(os.path.join(HERE, "stats.json"), "w") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(json.dumps({k: v for k, v in stats.items() if k != "carrier_dirs"}, indent=1))


if __name__ == "__main__":
    main()
