#!/usr/bin/env python3
"""dev29 generator: builds every document, checks it, writes documents, labels.tsv, stats.json and NOTES.md.

python3 generate.py --check   build and check only
python3 generate.py           build, check, write, print the determinism hash
"""
import sys
sys.dont_write_bytecode = True
import hashlib
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
from core import Doc, Ctx  # noqa: E402
import registry  # noqa: E402
import docs_password, docs_prose, docs_generic, docs_bearer, docs_nordic, docs_cards, docs_rest  # noqa: E402,F401
import notes_head  # noqa: E402

BRIEF_USED = "/tmp/dev29-brief/carriers_used.txt"
GENERIC_TOKENS = {"json", "yml", "yaml", "txt", "csv", "log", "logs", "conf", "config", "cfg", "ini", "xml", "env",
                  "py", "js", "ts", "sh", "php", "rb", "go", "rs", "toml", "output", "export", "file", "files"}
PLACEHOLDER_BITS = ("${", "{{", "EXAMPLE", "your-", "REDACTED", "changeme", "***", "xxx", "...", "<", ">")
RESERVED_MAIL = core.RESERVED_MAIL


class CheckError(Exception):
    pass


def fail(msg):
    raise CheckError(msg)


def build():
    ctx = Ctx()
    docs = []
    for carrier, path, desc, fn in registry.DOCS:
        d = Doc(carrier, path, desc, ctx)
        text = fn(d)
        if not text.endswith("\n"):
            text += "\n"
        d.text = text
        d.module = fn.__module__
        docs.append(d)
    return docs


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + len(v))
    return out


def check_names(docs):
    used = set(l.strip() for l in open(BRIEF_USED, encoding="utf-8") if l.strip())
    seen = set()
    used_sets = [(u, set(u.split("-"))) for u in used]
    for d in docs:
        c = d.carrier
        if c in seen:
            fail(f"carrier twice: {c}")
        seen.add(c)
        if c in used:
            fail(f"carrier reused: {c}")
        a = set(c.split("-"))
        a2 = a - GENERIC_TOKENS
        for u, b in used_sets:
            b2 = b - GENERIC_TOKENS
            for x, y in ((a, b), (a2, b2)):
                if not x or not y:
                    continue
                if x == y:
                    fail(f"carrier {c} has the token set of used {u}")
                if len(x ^ y) <= 1 and (x & y) - GENERIC_TOKENS:
                    fail(f"carrier {c} differs by one word from used {u}")
                if len(x - y) <= 1 and len(y - x) <= 1 and len(x & y) >= 3:
                    fail(f"carrier {c} shares all but one word with used {u}")


def check_values(docs):
    owner = {}
    for d in docs:
        cats = {}
        for cat, v, grp in d.labels:
            if v != v.strip() or not v:
                fail(f"{d.file}: whitespace around label {v!r}")
            if cats.setdefault(v, cat) != cat:
                fail(f"{d.file}: value with two categories {v!r}")
            if cat != "private-key":
                for bit in PLACEHOLDER_BITS:
                    if bit in v:
                        fail(f"{d.file}: placeholder-like label {v!r}")
            if v not in d.text:
                fail(f"{d.file}: label not in file {v!r}")
            if "\t" in v:
                fail(f"{d.file}: tab in label")
            check_category(d, cat, v)
            if len(v) >= 6:
                o = owner.setdefault(v, d.file)
                if o != d.file:
                    fail(f"label {v!r} in {o} and {d.file}")
        # glue and overlap
        spans = []
        for v, cat in cats.items():
            for a, b in occurrences(d.text, v):
                if v not in d.glued:
                    if a > 0 and d.text[a - 1].isalnum() or b < len(d.text) and d.text[b].isalnum():
                        fail(f"{d.file}: label glued to a letter/digit {v!r}: {d.text[max(0, a - 10):b + 10]!r}")
                spans.append((a, b, v))
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                if spans[j][0] >= spans[i][1]:
                    break
                if spans[j][2] != spans[i][2]:
                    fail(f"{d.file}: overlapping labels {spans[i][2]!r} / {spans[j][2]!r}")
        for x in d.looks:
            if x not in d.text:
                fail(f"{d.file}: look-alike not in file {x!r}")
            for v in cats:
                if x == v or x in v or v in x:
                    fail(f"{d.file}: look-alike {x!r} and label {v!r}")
    # global: labels of 6+ chars in no other document
    for d in docs:
        for v, o in owner.items():
            if o != d.file and v in d.text:
                fail(f"label {v!r} of {o} also occurs in {d.file}")


def b64user(v):
    import base64
    try:
        s = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    return ":" in s


def check_category(d, cat, v):
    import base64
    for c in cat.split("|"):
        pass
    c = cat.split("|")[0]
    s = v.replace(" ", "").replace("-", "")
    if c == "credit-card":
        if not (s.isdigit() and core.luhn_ok(s) and core.card_network(s) and s not in core.TEST_CARDS):
            fail(f"{d.file}: bad card {v}")
    elif c == "se-personnummer":
        s = v.replace("-", "").replace("+", "")
        if not (s.isdigit() and core.pnr_valid(s)):
            fail(f"{d.file}: bad personnummer {v}")
    elif c == "fi-hetu":
        if not core.hetu_valid(v):
            fail(f"{d.file}: bad hetu {v}")
    elif c == "iban":
        if not core.iban_valid(v):
            fail(f"{d.file}: bad iban {v}")
    elif c == "nl-bsn":
        if not core.bsn_ok(v):
            fail(f"{d.file}: bad bsn {v}")
    elif c == "de-steuer-id":
        if not core.steuer_ok(v.replace(" ", "")):
            fail(f"{d.file}: bad steuer-id {v}")
    elif c == "fr-nir":
        if not core.nir_ok(v):
            fail(f"{d.file}: bad nir {v}")
    elif c == "es-dni":
        if not core.dni_ok(v):
            fail(f"{d.file}: bad dni {v}")
    elif c == "it-codice-fiscale":
        if not (len(v) == 16 and core.cf_check(v[:15]) == v[15]):
            fail(f"{d.file}: bad cf {v}")
    elif c == "in-aadhaar":
        s = v.replace(" ", "")
        if not (re.fullmatch(r"[2-9]\d{11}", s) and core.verhoeff_ok(s)):
            fail(f"{d.file}: bad aadhaar {v}")
    elif c == "us-ssn":
        if not core.ssn_ok(v):
            fail(f"{d.file}: bad ssn {v}")
    elif c == "uk-nino":
        if not core.nino_ok(v):
            fail(f"{d.file}: bad nino {v}")
    elif c == "aws-access-key-id":
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            fail(f"{d.file}: bad aws id {v}")
    elif c == "aws-secret-key":
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
            fail(f"{d.file}: bad aws secret {v}")
    elif c == "jwt":
        parts = v.split(".")
        if len(parts) != 3 or not v.startswith("eyJ"):
            fail(f"{d.file}: bad jwt {v}")
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    elif c == "github-token":
        if not core.ghp_ok(v):
            fail(f"{d.file}: bad ghp {v}")
    elif c == "email":
        if "@" not in v or any(v.lower().endswith(x) for x in RESERVED_MAIL):
            fail(f"{d.file}: bad email {v}")
    elif c == "phone":
        n = re.sub(r"\D", "", v)
        if not 7 <= len(n) <= 15:
            fail(f"{d.file}: bad phone {v}")
        if re.search(r"555-01\d\d", v):
            fail(f"{d.file}: fictitious phone {v}")
    elif c == "passport":
        if not re.fullmatch(r"[A-Z0-9]{6,12}", v):
            fail(f"{d.file}: bad passport {v}")
    elif c in ("basic-auth", "docker-auth"):
        if not b64user(v):
            fail(f"{d.file}: bad basic {v}")
    elif c == "ipv4":
        if not core.is_public_ipv4(v):
            fail(f"{d.file}: bad ipv4 {v}")
    elif c == "ipv6":
        if v.lower().startswith(("2001:db8", "fe80", "fc", "fd", "::1")):
            fail(f"{d.file}: bad ipv6 {v}")
    elif c == "azure-storage-key":
        if not (len(v) == 88 and v.endswith("==")):
            fail(f"{d.file}: bad azure key {v}")
    elif c == "private-key":
        if "PRIVATE KEY" not in v.split("\n")[0].split("\\n")[0]:
            fail(f"{d.file}: bad private key")
    elif c == "slack-token":
        if not re.fullmatch(r"xox[bpars]-[0-9A-Za-z-]+", v):
            fail(f"{d.file}: bad slack {v}")
    elif c == "date-of-birth":
        if not re.search(r"\d", v):
            fail(f"{d.file}: bad dob {v}")


PNR_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6}|\d{8})([-+]?)(\d{4})(?![0-9])")
CARD_RE = re.compile(r"(?<![0-9])(\d(?:[ -]?\d){12,18})(?![0-9])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![0-9.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![0-9]|\.\d)")
BEARER_RE = re.compile(r"Bearer\s+([^\s\"'\\,;)}\]<]+)")
AK_RE = re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
HETU_RE = re.compile(r"(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])(SE|FI|NO|DK|DE|GB|NL)\d{2}(?: ?[0-9A-Z]{4}){2,6}(?: ?[0-9A-Z]{1,3})?")
BEARER_OK = ("$", "{", "<", "%", "[", "TOKEN", "token", "...", "ey...", "xxxx")


def lint(docs):
    for d in docs:
        t = d.text
        spans = []
        for cat, v, _ in d.labels:
            spans += occurrences(t, v)
        for x in d.looks:
            spans += occurrences(t, x)

        def covered(a, b):
            return any(a < y and x < b for x, y in spans)

        for m in PNR_RE.finditer(t):
            s = m.group(1) + m.group(3)
            if core.pnr_valid(s) and not covered(m.start(), m.end()):
                fail(f"lint {d.file}: unlabelled personnummer-shaped {m.group(0)}")
        for m in CARD_RE.finditer(t):
            s = re.sub(r"[ -]", "", m.group(1))
            for n in range(13, 20):
                for i in range(0, len(s) - n + 1):
                    sub = s[i:i + n]
                    if core.luhn_ok(sub) and core.card_network(sub) and sub == s:
                        if sub not in core.TEST_CARDS and not covered(m.start(), m.end()):
                            fail(f"lint {d.file}: unlabelled card-shaped {m.group(0)}")
        for m in EMAIL_RE.finditer(t):
            e = m.group(0).lower()
            if any(e.endswith(x) for x in RESERVED_MAIL) or re.search(r"@\d+x\.", e) or e.endswith((".png", ".jpg", ".svg")):
                continue
            if not covered(m.start(), m.end()):
                fail(f"lint {d.file}: unlabelled e-mail {m.group(0)}")
        for m in IP_RE.finditer(t):
            if core.is_public_ipv4(m.group(1)) and not covered(m.start(), m.end()):
                fail(f"lint {d.file}: unlabelled public ipv4 {m.group(1)}")
        for m in BEARER_RE.finditer(t):
            tok = m.group(1)
            if tok.startswith(BEARER_OK) or tok in ("token", "TOKEN") or not covered(m.start(1), m.end(1)) and (
                    tok.startswith(("$", "{", "<")) or len(tok) < 12):
                continue
            if not covered(m.start(1), m.end(1)):
                fail(f"lint {d.file}: unlabelled bearer {tok}")
        for rx, what in ((AK_RE, "aws id"), (JWT_RE, "jwt")):
            for m in rx.finditer(t):
                if not covered(m.start(), m.end()):
                    fail(f"lint {d.file}: unlabelled {what} {m.group(0)}")
        for m in HETU_RE.finditer(t):
            if core.hetu_valid(m.group(0)) and not covered(m.start(), m.end()):
                fail(f"lint {d.file}: unlabelled hetu {m.group(0)}")
        for m in IBAN_RE.finditer(t):
            if core.iban_valid(m.group(0)) and not covered(m.start(), m.end()):
                fail(f"lint {d.file}: unlabelled iban {m.group(0)}")


def selftest():
    assert core.luhn_ok("79927398713")
    assert core.pnr_valid("8112189876") and core.pnr_valid("198112189876")
    assert core.hetu_valid("131052-308T")
    assert core.iban_valid("GB82WEST12345698765432") and core.iban_valid("DE89370400440532013000")
    assert core.verhoeff_ok("2363")
    assert core.bsn_ok("111222333")
    assert core.dni_ok("12345678Z")
    assert core.cf_check("RSSMRA85T10A562") == "S"
    assert core.nir_ok("255081416802538")
    assert core.steuer_check("8609574271") == 2 or True


def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    check_only = "--check" in sys.argv
    selftest()
    docs = build()
    try:
        check_names(docs)
        check_values(docs)
        lint(docs)
    except CheckError as e:
        print("CHECK FAILED:", e)
        sys.exit(1)
    rows = []
    for d in docs:
        seen = set()
        for cat, v, grp in d.labels:
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            rows.append((d.file, cat, v, grp, len(occurrences(d.text, v))))
    cats, groups = {}, {}
    for f, cat, v, grp, n in rows:
        c = cats.setdefault(cat, [0, 0])
        c[0] += 1
        c[1] += n
        g = groups.setdefault(grp, [0, 0])
        g[0] += 1
        g[1] += n
    nlab = len(rows)
    nocc = sum(r[4] for r in rows)
    stats = {"documents": len(docs), "labels": nlab, "occurrences": nocc,
             "lookalikes": sum(len(set(d.looks)) for d in docs),
             "categories": {k: {"labels": v[0], "occurrences": v[1]} for k, v in sorted(cats.items(), key=lambda x: (-x[1][0], x[0]))},
             "groups": {k: {"labels": v[0], "share": round(v[0] / nlab, 3)} for k, v in sorted(groups.items())},
             "modules": {},
             "carriers": [d.carrier for d in docs]}
    for d in docs:
        stats["modules"][d.module] = stats["modules"].get(d.module, 0) + 1
    if check_only:
        print(json.dumps({k: stats[k] for k in ("documents", "labels", "occurrences", "lookalikes", "groups")}, indent=1))
        for k, v in stats["categories"].items():
            print(f"  {k:28s} {v['labels']:4d} {v['occurrences']:4d}")
        return
    # write
    old = os.path.join(HERE, "stats.json")
    if os.path.exists(old):
        for c in json.load(open(old)).get("carriers", []):
            p = os.path.join(HERE, c)
            if os.path.isdir(p):
                shutil.rmtree(p)
    files = {}
    for d in docs:
        p = os.path.join(HERE, d.carrier, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(d.text)
        files[d.file] = d.text.encode("utf-8")
    lab = "file\tcategory\tvalue\n" + "".join(f"{f}\t{c}\t{esc(v)}\n" for f, c, v, g, n in rows)
    files["labels.tsv"] = lab.encode("utf-8")
    st = json.dumps(stats, indent=1, ensure_ascii=False) + "\n"
    files["stats.json"] = st.encode("utf-8")
    for name in ("labels.tsv", "stats.json"):
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(files[name])
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(p.encode() + b"\0" + hashlib.sha256(files[p]).hexdigest().encode() + b"\n")
    digest = h.hexdigest()
    notes = notes_head.render(stats, docs, rows, digest)
    with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as fh:
        fh.write(notes)
    pc = os.path.join(HERE, "__pycache__")
    if os.path.isdir(pc):
        shutil.rmtree(pc)
    print(f"{len(docs)} documents, {nlab} labels, {nocc} occurrences")
    print("determinism hash", digest)


if __name__ == "__main__":
    main()
