#!/usr/bin/env python3
"""dev26 generator: builds every document from seed 26026, checks it, writes the set.

python3 generate.py          build, check, write documents + labels.tsv + stats.json + NOTES.md
python3 generate.py --check  build and check only
"""
import sys

sys.dont_write_bytecode = True

import collections
import hashlib
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import registry  # noqa: E402
import docs_bearer, docs_generic, docs_password, docs_prose, docs_swedish, docs_cards, docs_personal, docs_cloud  # noqa
import notes  # noqa: E402

MODULES = [docs_bearer, docs_generic, docs_password, docs_prose, docs_swedish, docs_cards, docs_personal, docs_cloud]

PLACEHOLDER_BITS = ("${", "{{", "EXAMPLE", "your-", "YOUR_", "REDACTED", "changeme", "***", "xxx", "...", "<", ">")
PUBLIC_OK = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
}
RESERVED_MAIL = re.compile(r"@([\w.-]+\.)?(example\.(com|org|net)|[\w-]+\.(test|invalid|example|localhost)|localhost)$", re.I)


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def build():
    docs = []
    for m in MODULES:
        for carrier, path, desc, fn in registry.take(m.__name__):
            d = core.Doc(carrier, path, desc)
            out = fn(d)
            d.text = out if out is not None else d.text
            if not d.text.endswith("\n"):
                d.text += "\n"
            docs.append(d)
    return docs


def occurrences(text, v):
    i, out = 0, []
    while True:
        j = text.find(v, i)
        if j < 0:
            return out
        out.append(j)
        i = j + 1


def is_public_ipv4(s):
    try:
        p = [int(x) for x in s.split(".")]
    except ValueError:
        return False
    if len(p) != 4 or any(x > 255 for x in p):
        return False
    a, b = p[0], p[1]
    if a in (0, 10, 127) or a >= 224:
        return False
    if (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254):
        return False
    if (a == 100 and 64 <= b <= 127) or (a, b, p[2]) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return False
    if a == 198 and b in (18, 19):
        return False
    return True


def check(docs):
    errs = []
    used_carriers = set()
    bl = "/tmp/dev26-brief/carriers_used.txt"
    if os.path.exists(bl):
        used_carriers = {l.strip() for l in open(bl, encoding="utf-8") if l.strip()}
    seen_carriers = collections.Counter(d.carrier for d in docs)
    for c, n in seen_carriers.items():
        if n != 1:
            errs.append(f"carrier {c} has {n} documents")
        if c in used_carriers:
            errs.append(f"carrier {c} was used before")
    where = collections.defaultdict(set)
    for d in docs:
        for cat, v in d.labels:
            where[v].add(d.rel)
    for d in docs:
        t = d.text
        if "⟨" in t or "⟩" in t:
            errs.append(f"{d.rel}: template marker leaked")
        cats_of = collections.defaultdict(set)
        spans = []
        for cat, v in d.labels:
            cats_of[v].add(cat)
            occ = occurrences(t, v)
            if not occ:
                errs.append(f"{d.rel}: label not in file: {cat} {v!r}")
                continue
            if v != v.strip() or ("\n" in v and cat != "private-key"):
                errs.append(f"{d.rel}: label has whitespace/newline: {v!r}")
            if any(b in v for b in PLACEHOLDER_BITS) and cat not in ("private-key",):
                errs.append(f"{d.rel}: label looks like a placeholder: {v!r}")
            for j in occ:
                spans.append((j, j + len(v), cat, v))
                before = t[j - 1] if j > 0 else " "
                after = t[j + len(v)] if j + len(v) < len(t) else " "
                if (before.isalnum() or after.isalnum()) and v not in d.glue_ok:
                    errs.append(f"{d.rel}: label glued to a letter/digit: {v!r} ({before!r},{after!r})")
            if len(v) >= 6 and len(where[v]) > 1:
                errs.append(f"{d.rel}: label in several docs: {v!r}")
            for o in docs:
                if o is not d and len(v) >= 6 and v in o.text:
                    errs.append(f"{d.rel}: labelled value {v!r} also occurs in {o.rel}")
            errs.extend(f"{d.rel}: {e}" for e in category_check(cat, v))
        for v, cs in cats_of.items():
            if len(cs) > 1:
                errs.append(f"{d.rel}: value with two categories: {v!r} {cs}")
        for a in spans:
            for b in spans:
                if a is not b and a[2] != b[2] and a[0] <= b[0] and b[1] <= a[1] and (a[0], a[1]) != (b[0], b[1]):
                    errs.append(f"{d.rel}: label {b[3]!r} inside label {a[3]!r}")
        labelled_vals = {v for _, v in d.labels}
        for x in d.looks:
            if x not in t:
                errs.append(f"{d.rel}: look-alike not in file: {x!r}")
            for v in labelled_vals:
                if v in x or x in v:
                    errs.append(f"{d.rel}: look-alike {x!r} collides with label {v!r}")
        errs.extend(lint(d))
    return errs


def category_check(cat, v):
    cats = cat.split("|")
    e = []
    c0 = cats[0]
    low = v.lower()
    if "credit-card" in cats and not core.card_ok(v):
        e.append(f"bad card {v}")
    if "se-personnummer" in cats and not core.pnr_ok(v):
        e.append(f"bad personnummer {v}")
    if "iban" in cats and not core.iban_ok(v):
        e.append(f"bad iban {v}")
    if "aws-access-key-id" in cats and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
        e.append(f"bad aws id {v}")
    if "aws-secret-key" in cats and not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
        e.append(f"bad aws secret {v}")
    if "jwt" in cats:
        parts = v.split(".")
        if len(parts) != 3 or not parts[0].startswith("eyJ") or not parts[1].startswith("eyJ"):
            e.append(f"bad jwt {v[:30]}")
        else:
            import base64
            for p in parts[:2]:
                json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    if "email" in cats and (not re.fullmatch(r"[\w.+%-]+(@|%40)[\w-]+(\.[\w-]+)+", v) or RESERVED_MAIL.search(v)):
        e.append(f"bad email {v}")
    if "phone" in cats and not 7 <= len(re.sub(r"\D", "", v)) <= 15:
        e.append(f"bad phone {v}")
    if "passport" in cats and not re.fullmatch(r"[A-Z0-9]{6,12}", v):
        e.append(f"bad passport {v}")
    if "ipv4" in cats and not is_public_ipv4(v):
        e.append(f"bad ipv4 {v}")
    if "us-ssn" in cats:
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
        if not m or m.group(1) in ("000", "666") or m.group(1)[0] == "9" or m.group(2) == "00" or m.group(3) == "0000":
            e.append(f"bad ssn {v}")
    if "uk-nino" in cats:
        s = v.replace(" ", "")
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) or s[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            e.append(f"bad nino {v}")
    if c0 in ("basic-auth", "docker-auth"):
        import base64
        try:
            dec = base64.b64decode(v, validate=True).decode()
            assert ":" in dec
        except Exception:
            e.append(f"bad base64 user:pass {v}")
    if "date-of-birth" in cats and not re.search(r"\d", v):
        e.append(f"bad dob {v}")
    if c0 in ("password", "generic-secret", "bearer-token", "url-credentials"):
        for b in ("changeme", "redacted", "placeholder", "your_", "example"):
            if b in low:
                e.append(f"placeholder-like secret {v}")
        if len(v) < 8 and c0 != "password":
            e.append(f"too short secret {v}")
    vendor_pat = {
        "github-token": r"(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_\w{82}",
        "gitlab-token": r"glpat-[\w-]{20,}", "slack-token": r"xox[bpars]-[\w-]+|xapp-[\w-]+",
        "slack-webhook": r"https://hooks\.slack\.com/services/T\w+/B\w+/\w+", "stripe-key": r"(sk|rk)_live_\w+",
        "sendgrid-key": r"SG\.[\w-]{22}\.[\w-]{43}", "mailgun-key": r"key-[0-9a-f]{32}",
        "openai-key": r"sk-(proj-)?[\w-]+", "anthropic-key": r"sk-ant-api03-[\w-]+", "huggingface-token": r"hf_[A-Za-z]{34}",
        "npm-token": r"npm_[A-Za-z0-9]{36}", "pypi-token": r"pypi-AgEIcHlwaS5vcmc[\w-]+",
        "shopify-token": r"shp(at|ca|pa|ss)_[0-9a-f]{32}", "google-api-key": r"AIza[\w-]{35}",
        "azure-storage-key": r"[A-Za-z0-9+/]{86}==", "twilio-key": r"(SK)?[0-9a-f]{32}",
        "datadog-key": r"[0-9a-f]{32}|[0-9a-f]{40}",
    }
    if c0 in vendor_pat and not re.fullmatch(vendor_pat[c0], v):
        e.append(f"bad {c0} {v}")
    return e


PNR_SHAPE = re.compile(r"(?<![\w])(\d{6}|\d{8})[-+ ]?\d{4}(?![\w])")
CARD_SHAPE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w])")
MAIL_SHAPE = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
IP_SHAPE = re.compile(r"(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.]*\d)")
BEARER = re.compile(r"Bearer[ =:\"']+([A-Za-z0-9._~+/=-]{8,})")


def covered(d, s, e):
    """is text[s:e] inside a labelled value, registered look-alike or public value"""
    t = d.text
    for v in [v for _, v in d.labels] + d.looks + list(d.public) + list(PUBLIC_OK):
        for j in occurrences(t, v):
            if j <= s and e <= j + len(v):
                return True
    return False


def lint(d):
    t = d.text
    e = []
    for m in PNR_SHAPE.finditer(t):
        if core.pnr_ok(m.group(0)) and not covered(d, m.start(), m.end()):
            e.append(f"{d.rel}: unlabelled personnummer-shaped {m.group(0)!r}")
    for m in CARD_SHAPE.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if core.luhn_ok(digits) and core.card_network(digits) and digits not in core.TEST_CARDS \
                and not covered(d, m.start(), m.end()):
            e.append(f"{d.rel}: unlabelled card-shaped {m.group(0)!r}")
    for m in MAIL_SHAPE.finditer(t):
        v = m.group(0)
        if RESERVED_MAIL.search(v) or covered(d, m.start(), m.end()):
            continue
        dom = v.split("@")[1]
        if re.search(r"\.(png|jpg|svg|gif|css|js)$", dom) or re.fullmatch(r"[\d.]+", dom):
            continue
        # URL userinfo (scheme://user:pw@host) is not an address
        pre = t[max(0, m.start() - 200):m.start()]
        if re.search(r"://[^\s/@]*$", pre):
            continue
        if re.search(r"sips?:$", pre):
            continue
        e.append(f"{d.rel}: unlabelled e-mail {v!r}")
    for m in IP_SHAPE.finditer(t):
        if is_public_ipv4(m.group(0)) and not covered(d, m.start(), m.end()):
            e.append(f"{d.rel}: unlabelled public ipv4 {m.group(0)!r}")
    for m in BEARER.finditer(t):
        tok = m.group(1).rstrip(".")
        if re.fullmatch(r"[A-Z_]+|[a-z]+(-[a-z]+)+", tok):
            continue
        if tok.startswith(("$", "{", "<", "ey...", "YOUR", "***")) or tok in ("undefined", "null", "token", "TOKEN"):
            continue
        if not covered(d, m.start(1), m.end(1)) and not any(tok.startswith(x) for x in d.looks + list(d.public)):
            e.append(f"{d.rel}: unlabelled bearer token {tok!r}")
    for m in re.finditer(r"(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])", t):
        if not covered(d, m.start(), m.end()):
            e.append(f"{d.rel}: unlabelled aws id {m.group(0)}")
    for m in re.finditer(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", t):
        if not covered(d, m.start(), m.end()):
            e.append(f"{d.rel}: unlabelled jwt {m.group(0)[:40]}")
    if re.search(r"PRIVATE KEY-----", t):
        e.append(f"{d.rel}: private key present (none expected)")
    return e


def selftest():
    assert core.luhn_ok("4111111111111111") and not core.luhn_ok("4111111111111112")
    assert core.iban_ok("GB82WEST12345698765432") and core.iban_ok("DE89370400440532013000")
    assert core.pnr_ok("19121212-1212") and core.pnr_ok("811228-9874") and not core.pnr_ok("811228-9875")
    assert core.pnr_ok("701063-2391")  # samordningsnummer form (day+60)
    assert not core.card_ok("4111111111111111")


def main():
    selftest()
    docs = build()
    errs = check(docs)
    if errs:
        for x in errs[:200]:
            print("ERROR", x)
        print(f"{len(errs)} errors; nothing written")
        sys.exit(1)
    stats = make_stats(docs)
    if "--check" in sys.argv:
        print(json.dumps(stats["per_category"], indent=1))
        print(len(docs), "documents OK")
        return
    out = HERE
    old = os.path.join(out, "stats.json")
    if os.path.exists(old):
        for c in json.load(open(old))["carriers"]:
            p = os.path.join(out, c)
            if os.path.isdir(p):
                shutil.rmtree(p)
    files = {}
    for d in docs:
        files[d.rel] = d.text.encode("utf-8")
    lines = ["file\tcategory\tvalue"]
    for d in docs:
        for cat, v in d.labels:
            lines.append(f"{d.rel}\t{cat}\t{tsv_escape(v)}")
    files["labels.tsv"] = ("\n".join(lines) + "\n").encode("utf-8")
    files["stats.json"] = (json.dumps(stats, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    for rel, data in files.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode() + b"\0" + hashlib.sha256(files[rel]).hexdigest().encode() + b"\n")
    digest = h.hexdigest()
    with open(os.path.join(out, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write(notes.render(docs, stats, digest))
    pc = os.path.join(out, "__pycache__")
    if os.path.isdir(pc):
        shutil.rmtree(pc)
    print(f"{len(docs)} documents, {stats['labels']} labels, {stats['occurrences']} labelled occurrences")
    print("determinism hash:", digest)


def make_stats(docs):
    per = collections.Counter()
    occ = collections.Counter()
    for d in docs:
        for cat, v in d.labels:
            per[cat] += 1
            occ[cat] += len(occurrences(d.text, v))
    return {
        "documents": len(docs),
        "carriers": sorted({d.carrier for d in docs}),
        "labels": sum(per.values()),
        "occurrences": sum(occ.values()),
        "lookalikes": sum(len(d.looks) for d in docs),
        "per_category": {c: {"labels": per[c], "occurrences": occ[c]} for c in sorted(per, key=lambda c: (-per[c], c))},
        "per_module": dict(collections.Counter(registry.module_of(d.carrier) for d in docs)),
    }


if __name__ == "__main__":
    main()
