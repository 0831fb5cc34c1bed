#!/usr/bin/env python3
"""Build the dev19 document set: documents, labels.tsv, stats.json.

python3 generate.py          check, then write (nothing is written if a check fails)
python3 generate.py --check  only build and check
"""
import base64
import ipaddress
import json
import os
import re
import shutil
import sys
import urllib.parse

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common as C  # noqa: E402
import c_http, c_aws, c_pw, c_secret, c_prose, c_pii, c_se, c_code  # noqa: E402,E401

MODULES = [c_http, c_aws, c_pw, c_secret, c_code, c_prose, c_pii, c_se]

CATEGORIES = {"email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id", "aws-secret-key",
              "github-token", "gitlab-token", "slack-token", "slack-webhook", "stripe-key", "google-api-key",
              "openai-key", "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth", "bearer-token",
              "password", "generic-secret", "azure-storage-key", "npm-token", "pypi-token", "huggingface-token",
              "sendgrid-key", "twilio-key", "shopify-token", "datadog-key", "docker-auth", "mailgun-key", "ipv4",
              "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn", "se-personnummer", "fi-hetu",
              "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale", "in-aadhaar"}

DOC_VALUES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
              "GB82WEST12345698765432", "DE89370400440532013000", "4111111111111111", "4242424242424242",
              "5555555555554444", "078-05-1120", "219-09-9999", "123-45-6789"}
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"

PLACEHOLDER_RE = re.compile(r"(?i)^(changeme|change_me|password|passwd|secret|token|xxx+|\*+|•+|null|none|undefined|"
                            r"redacted|\[redacted\]|\[filtered\]|todo|tbd|example|test|admin|root|pass)$|"
                            r"\$\{|\{\{|^<.*>$|\*\*\*|xxxx|EXAMPLE|changeme|REPLACE_?ME|your[-_]|<your|\$\(")
RESERVED_DOMAIN_RE = re.compile(r"(?i)(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid|example|localhost|local|"
                                r"internal|lan|corp|home\.arpa)|localhost)$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IP6_RE = re.compile(r"(?<![0-9A-Za-z:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F:]*[0-9a-fA-F]")
PNR_RE = re.compile(r"(?<!\d)(?:\d{6}|\d{8})[-+]?\d{4}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
GLUE_CHARS = re.compile(r"[A-Za-z0-9]")


def carriers_used():
    for p in ("/tmp/dev19-brief/carriers_used.txt", os.path.join(HERE, "carriers_used.txt")):
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return {l.strip() for l in f if l.strip()}, p
    return None, None


def build():
    docs = []
    for m in MODULES:
        for carrier, fname, fn in m.CARRIERS:
            d = C.Doc(f"{carrier}/{fname}")
            d.text = fn(d)
            docs.append(d)
    return docs


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def check_value(cat, v):
    """Checksum and shape rules per category; returns an error string or ''."""
    if cat == "se-personnummer":
        ok, why = C.pnr_parse(v)
        return "" if ok else f"personnummer {why}"
    if cat == "credit-card":
        if not C.card_ok(v):
            return "card fails Luhn/prefix"
        if re.sub(r"\D", "", v) in DOC_VALUES:
            return "published test card"
        return ""
    if cat == "iban":
        if not C.iban_ok(v):
            return "iban mod 97"
        return "iban doc example" if v.replace(" ", "") in DOC_VALUES else ""
    if cat in ("aws-access-key-id", "aws-secret-key"):
        cands = [urllib.parse.unquote(v).replace("\\/", "/")]
        try:   # Kubernetes data: values are base64 of the key
            cands.append(base64.b64decode(v, validate=True).decode())
        except Exception:
            pass
        if cat == "aws-access-key-id":
            ok = any(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", c) and not c.endswith("EXAMPLE") for c in cands)
            return "" if ok else "aws id shape"
        ok = any(re.fullmatch(r"[A-Za-z0-9/+]{40}", c) and "EXAMPLEKEY" not in c for c in cands)
        return "" if ok else f"aws secret shape ({len(cands[0])})"
    if cat == "jwt":
        parts = v.split(".")
        if len(parts) != 3 or not v.startswith("eyJ") or v.startswith(JWT_IO):
            return "jwt shape"
        try:
            json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        except Exception:
            return "jwt header"
        return ""
    if cat == "email":
        u = urllib.parse.unquote(v)
        if not re.fullmatch(r"[^@\s]+@[A-Za-z0-9\-.]+\.[A-Za-z]{2,}", u):
            return "email shape"
        return "reserved domain" if RESERVED_DOMAIN_RE.search(u.split("@")[1]) else ""
    if cat == "ipv4":
        return "" if C.ip4_is_public(v) else "not a public ipv4"
    if cat == "ipv6":
        try:
            a = ipaddress.IPv6Address(v)
        except ValueError:
            return "ipv6 shape"
        return "" if a.is_global else "ipv6 not global"
    if cat == "phone":
        n = len(re.sub(r"\D", "", v))
        if not 7 <= n <= 15:
            return "phone length"
        d = re.sub(r"\D", "", v)
        if re.search(r"555010\d|555011\d|555019\d|7700900|467017406|07017406|2079460", d):
            return "fictitious phone"
        return ""
    if cat == "basic-auth":
        try:
            dec = base64.b64decode(v).decode()
        except Exception:
            return "basic not base64"
        return "" if ":" in dec else "basic without colon"
    if cat == "passport":
        return "" if re.fullmatch(r"[A-Z0-9]{6,12}", v) else "passport shape"
    if cat == "private-key":
        return "" if "PRIVATE KEY-----" in v else "not a private key block"
    return ""


def self_check(docs):
    errors = []
    used, used_path = carriers_used()
    carriers = sorted({d.path.split("/")[0] for d in docs})
    if used is None:
        print("warning: carriers_used.txt not found; carrier names not checked", file=sys.stderr)
    else:
        for c in carriers:
            if c in used:
                errors.append(f"carrier {c} is in {used_path}")
    paths = [d.path for d in docs]
    if len(set(paths)) != len(paths):
        errors.append("duplicate document path")
    seen_values = {}
    for d in docs:
        t = d.text
        if not isinstance(t, str) or "\n" not in t.strip():
            errors.append(f"{d.path}: not a multi-line text")
            continue
        bycat = {}
        for cat, v in d.labels:
            if v in bycat and bycat[v] != cat:
                errors.append(f"{d.path}: {v!r} labelled {bycat[v]} and {cat}")
            bycat[v] = cat
        spans = []
        for v, cat in bycat.items():
            for c in cat.split("|"):
                if c not in CATEGORIES:
                    errors.append(f"{d.path}: unknown category {c}")
            if v != v.strip() or not v:
                errors.append(f"{d.path}: label with outer whitespace {v!r}")
            if ("\n" in v or "\t" in v) and "PRIVATE KEY" not in v:
                errors.append(f"{d.path}: label with newline/tab {v!r}")
            if PLACEHOLDER_RE.search(v) and cat not in ("email",):
                errors.append(f"{d.path}: placeholder-like label {v!r}")
            if v in DOC_VALUES or v.startswith(JWT_IO):
                errors.append(f"{d.path}: documentation value labelled {v!r}")
            occ = occurrences(t, v)
            if not occ:
                errors.append(f"{d.path}: label not in file: {cat} {v!r}")
            for c in cat.split("|"):
                e = check_value(c, v)
                if e:
                    errors.append(f"{d.path}: {cat} {v!r}: {e}")
            for a, b in occ:
                spans.append((a, b, cat, v))
                if v in d.glue_ok:
                    continue
                before = t[a - 1] if a > 0 else " "
                after = t[b] if b < len(t) else " "
                if GLUE_CHARS.match(before) or GLUE_CHARS.match(after):
                    errors.append(f"{d.path}: {cat} {v!r} glued to {before!r}/{after!r}")
            if len(v) >= 6:
                if v in seen_values and seen_values[v] != d.path:
                    errors.append(f"{d.path}: value {v!r} also labelled in {seen_values[v]}")
                seen_values[v] = d.path
        spans.sort()
        for i in range(1, len(spans)):
            a0, b0, c0, v0 = spans[i - 1]
            a1, b1, c1, v1 = spans[i]
            if a1 < b0 and v0 != v1:
                errors.append(f"{d.path}: labels overlap {v0!r} / {v1!r}")
        look_spans = []
        for v, kind in d.looks:
            if v in bycat:
                errors.append(f"{d.path}: look-alike {v!r} is also labelled")
            for lv in bycat:
                if len(lv) >= 6 and lv in v:
                    errors.append(f"{d.path}: look-alike {v!r} contains label {lv!r}")
            look_spans += occurrences(t, v)

        def covered(a, b, cats=None):
            for (x, y, cat, _) in spans:
                if x < b and a < y and (cats is None or any(c in cat.split("|") for c in cats)):
                    return True
            return False

        def registered(a, b):
            return any(x <= a and b <= y for (x, y) in look_spans)

        # lint: every e-mail-shaped string, public IP, personnummer- and card-shaped number is accounted for
        for m in EMAIL_RE.finditer(t):
            dom = m.group(0).split("@", 1)[1]
            if RESERVED_DOMAIN_RE.search(dom.rstrip(".")) or covered(*m.span()) or registered(*m.span()):
                continue
            errors.append(f"{d.path}: unlabelled e-mail-shaped {m.group(0)!r}")
        for m in IP4_RE.finditer(t):
            if C.ip4_is_public(m.group(0)) and not covered(*m.span()) and not registered(*m.span()):
                errors.append(f"{d.path}: unlabelled public IPv4 {m.group(0)!r}")
        for m in IP6_RE.finditer(t):
            try:
                a = ipaddress.IPv6Address(m.group(0))
            except ValueError:
                continue
            if a.is_global and not covered(*m.span()) and not registered(*m.span()):
                errors.append(f"{d.path}: unlabelled public IPv6 {m.group(0)!r}")
        for m in PNR_RE.finditer(t):
            ok, _ = C.pnr_parse(m.group(0))
            if ok and not covered(*m.span()) and not registered(*m.span()):
                errors.append(f"{d.path}: stray personnummer-shaped {m.group(0)!r}")
        for m in CARD_RE.finditer(t):
            s = m.group(0).strip(" -")
            if C.card_ok(s) and not covered(*m.span()) and not registered(*m.span()):
                errors.append(f"{d.path}: stray card-shaped {s!r}")
    return errors


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def render(docs):
    lines = ["file\tcategory\tvalue"]
    counts, expanded, per_carrier = {}, {}, {}
    looks = 0
    pnr_looks = 0
    for d in sorted(docs, key=lambda x: x.path):
        seen = set()
        for cat, v in d.labels:
            if (cat, v) in seen:
                continue
            seen.add((cat, v))
            lines.append(f"{d.path}\t{cat}\t{tsv_escape(v)}")
            counts[cat] = counts.get(cat, 0) + 1
            for c in cat.split("|"):
                expanded[c] = expanded.get(c, 0) + 1
        c = d.path.split("/")[0]
        per_carrier[c] = per_carrier.get(c, 0) + 1
        uniq_looks = {v: k for v, k in d.looks}
        looks += len(uniq_looks)
        pnr_looks += sum(1 for v in uniq_looks if PNR_RE.fullmatch(v) and C.pnr_parse(v)[0])
    stats = {"seed": C.SEED, "documents": len(docs), "carriers": len(per_carrier),
             "labels": len(lines) - 1,
             "labels_by_category": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
             "labels_by_category_expanded": dict(sorted(expanded.items(), key=lambda kv: (-kv[1], kv[0]))),
             "registered_lookalikes": looks, "personnummer_shaped_lookalikes": pnr_looks,
             "documents_per_carrier": dict(sorted(per_carrier.items()))}
    return "\n".join(lines) + "\n", json.dumps(stats, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write(docs, labels, stats):
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name != "__pycache__" and not name.startswith("."):
            shutil.rmtree(p)
    for d in docs:
        p = os.path.join(HERE, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write(labels)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="") as f:
        f.write(stats)


def main():
    docs = build()
    errors = self_check(docs)
    labels, stats = render(docs)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} errors; nothing written", file=sys.stderr)
        sys.exit(1)
    s = json.loads(stats)
    print(f"{s['documents']} documents, {s['carriers']} carriers, {s['labels']} labels; "
          f"{s['registered_lookalikes']} look-alikes ({s['personnummer_shaped_lookalikes']} personnummer-shaped)")
    print(json.dumps(s["labels_by_category_expanded"]))
    if "--check" in sys.argv:
        return
    write(docs, labels, stats)


if __name__ == "__main__":
    main()
