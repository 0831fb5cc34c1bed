#!/usr/bin/env python3
"""Write the dev4 document corpus: carrier folders, labels.tsv, stats.json.

Python 3 stdlib only, fixed seed (gen_core.SEED), deterministic: two runs
give byte-identical files.  Written blind (see NOTES.md): only the corpus
README and public format documentation were used.

    python3 generate.py && python3 check_labels.py
"""
import sys

sys.dont_write_bytecode = True  # no __pycache__ folder among the carriers

import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_core as C  # noqa: E402


class Retry(Exception):
    pass


class Doc:
    """One document under construction: its labels and value helpers."""

    def __init__(self, path):
        self.path = path
        self.labels = []

    def L(self, cat, value):
        if not value:
            raise ValueError("empty label in " + self.path)
        self.labels.append((cat, value))
        return value

    # shorthands that draw a fresh real value and label it
    def aad(self, style="space"):
        return self.L("in-aadhaar", C.fmt_aadhaar(C.aadhaar(), style))

    def dob(self, style, y0=1942, y1=2011):
        return self.L("date-of-birth", C.dob(style, y0, y1))

    def ph(self, country="in", style=None):
        return self.L("phone", C.phone(country, style))

    def em(self, first, last, country="in", **kw):
        return self.L("email", C.email(first, last, country, **kw))

    def oem(self, local, domain):
        return self.L("email", C.org_email(local, domain))

    def pw(self, kind=None, safe=""):
        return self.L("password", C.password(kind, safe))

    def gs(self, kind=None):
        return self.L("generic-secret", C.gsecret(kind))

    def bt(self, kind=None, cat="bearer-token"):
        return self.L(cat, C.bearer(kind))

    def akid(self, prefix="AKIA"):
        return self.L("aws-access-key-id", C.aws_key_id(prefix))

    def asec(self):
        return self.L("aws-secret-key", C.aws_secret())

    def card(self, network=None, style="space"):
        return self.L("credit-card", C.fmt_card(C.card(network), style))

    def iban(self, cc=None, grouped=None):
        return self.L("iban", C.iban(cc, grouped))

    def ssn(self, style="dash"):
        return self.L("us-ssn", C.ssn(style))


# ---------------------------------------------------------------------------
# in-generator sanity (check_labels.py is the independent full check)
GLUE_OK_BEFORE = re.compile(r"(?:^|[\s'\"=])-p$")


def occurrences(text, value):
    i = text.find(value)
    while i >= 0:
        yield i
        i = text.find(value, i + 1)


def sanity(path, text, labels):
    spans = []
    for cat, v in labels:
        occ = list(occurrences(text, v))
        if not occ:
            raise AssertionError(f"{path}: label not in text: {cat} {v!r}")
        for s in occ:
            e = s + len(v)
            before = text[s - 1] if s else ""
            after = text[e] if e < len(text) else ""
            glued = (before.isalnum() and v[0].isalnum()) or (after.isalnum() and v[-1].isalnum())
            if before.isalnum() and v[0].isalnum() and cat == "password" and \
                    GLUE_OK_BEFORE.search(text[max(0, s - 4):s]):
                glued = after.isalnum() and v[-1].isalnum()
            if glued:
                raise AssertionError(f"{path}: glued {cat} {v!r}: "
                                     f"{text[max(0, s - 20):e + 20]!r}")
            spans.append((s, e, cat, v))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1] and a[3] != b[3]:
            raise AssertionError(f"{path}: overlapping labels {a[2:]} {b[2:]}")

    def covered(s, e, cats):
        return any(x[0] <= s and e <= x[1] and any(c in x[2].split("|") for c in cats)
                   for x in spans)

    # accidental Aadhaar / card look-alikes that nobody labelled -> retry
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{12,19}(?![0-9A-Za-z])", text):
        run = m.group()
        if C.aadhaar_like(run) and not covered(m.start(), m.end(), ["in-aadhaar"]):
            raise Retry(run)
        if C.card_like(run) and not covered(m.start(), m.end(), ["credit-card"]):
            raise Retry(run)
    for m in re.finditer(r"(?<![0-9A-Za-z])(?<!\d[ -])\d{4}([ -])\d{4}\1\d{4}(?:\1\d{4})?(?![0-9A-Za-z])(?![ -]\d)", text):
        run = re.sub(r"\D", "", m.group())
        if len(run) == 12 and C.aadhaar_like(run) and not covered(m.start(), m.end(), ["in-aadhaar"]):
            raise Retry(run)
        if C.card_like(run) and not covered(m.start(), m.end(), ["credit-card"]):
            raise Retry(run)


# ---------------------------------------------------------------------------
def build_registry():
    import gen_india
    import gen_personal
    import gen_creds
    import gen_http_aws
    reg = []
    for mod in (gen_india, gen_personal, gen_creds, gen_http_aws):
        reg.extend(mod.DOCS)
    return reg


def tsv_escape(s):
    return (s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t"))


def main():
    reg = build_registry()
    carriers = sorted({p.split("/")[0] for p, _, _ in reg})
    for c in carriers:
        shutil.rmtree(os.path.join(HERE, c), ignore_errors=True)
    for f in ("labels.tsv", "stats.json"):
        if os.path.exists(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))

    all_labels = []
    files = {}
    for pattern, fn, count in reg:
        for i in range(count):
            path = pattern.format(i + 1)
            for attempt in range(50):
                d = Doc(path)
                out = fn(d, i)
                eol = "\n"
                if isinstance(out, tuple):
                    out, eol = out
                try:
                    sanity(path, out, d.labels)
                    break
                except Retry:
                    continue
            else:
                raise RuntimeError("could not build " + path)
            if eol != "\n":
                out = out.replace("\n", eol)
            if path in files:
                raise RuntimeError("duplicate path " + path)
            files[path] = out.encode("utf-8")
            seen = set()
            for cat, v in d.labels:
                if (cat, v) not in seen:
                    seen.add((cat, v))
                    all_labels.append((path, cat, v))

    for path, data in files.items():
        full = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)

    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        lines = ["file\tcategory\tvalue"]
        for path, cat, v in all_labels:
            lines.append(f"{path}\t{cat}\t{tsv_escape(v)}")
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))

    per_cat = {}
    per_component = {}
    for _, cat, _ in all_labels:
        per_cat[cat] = per_cat.get(cat, 0) + 1
        for c in cat.split("|"):
            per_component[c] = per_component.get(c, 0) + 1
    per_carrier = {}
    for path, data in files.items():
        c = path.split("/")[0]
        pc = per_carrier.setdefault(c, {"documents": 0, "bytes": 0, "labels": 0})
        pc["documents"] += 1
        pc["bytes"] += len(data)
    for path, _, _ in all_labels:
        per_carrier[path.split("/")[0]]["labels"] += 1
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path] + b"\0")
    stats = {
        "seed": C.SEED,
        "documents": len(files),
        "bytes": sum(len(v) for v in files.values()),
        "labels": len(all_labels),
        "labels_per_category": dict(sorted(per_cat.items())),
        "labels_per_category_component": dict(sorted(per_component.items())),
        "carriers": dict(sorted(per_carrier.items())),
        "documents_sha256": digest.hexdigest(),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(stats, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    print(f"{stats['documents']} documents, {stats['bytes']} bytes, "
          f"{stats['labels']} labels")
    for k, v in stats["labels_per_category"].items():
        print(f"  {k:32s} {v}")


if __name__ == "__main__":
    main()
