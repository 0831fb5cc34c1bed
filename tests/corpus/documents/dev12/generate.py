#!/usr/bin/env python3
"""Writes the dev12 document set: every document, labels.tsv, stats.json and NOTES.md.

Deterministic (fixed seed in c_common.R), Python 3.11 standard library only.
Run from anywhere: python3 tests/corpus/documents/dev12/generate.py
Written without reading the scanner's rules, from public format documentation.
"""
import collections
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from c_common import (Corpus, Doc, AWS_DOC_ID, AWS_DOC_SECRET, JWT_IO, PLACEHOLDERS, BEARER_PLACEHOLDERS, R)  # noqa: E402
import c_http, c_aws, c_saas, c_pw, c_pii  # noqa: E402

MODULES = [c_http, c_aws, c_saas, c_pw, c_pii]

# look-alike kinds recognised in the self-check statistics (by shape)
LA_KINDS = [
    ("date-shaped Luhn-valid booking/contract/customer number", re.compile(r"^(19|20)?\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d)-?\d{4}$")),
    ("Luhn-valid order/OCR/invoice number", re.compile(r"^[79]\d{7,15}$")),
    ("other numeric id (order, barcode, tracking)", re.compile(r"^(JJD|00|37)?\d{8,}$")),
    ("uuid", re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")),
    ("sha256/hex64", re.compile(r"^(sha256:)?[0-9a-f]{64}$")),
    ("sha1/git id/hex40", re.compile(r"^[0-9a-f]{40}$")),
    ("md5/trace id/hex32", re.compile(r"^[0-9a-f]{32}$")),
    ("short hex id", re.compile(r"^[0-9a-f]{7,24}$")),
    ("etag", re.compile(r'^(W/)?"[0-9a-f]+"$')),
    ("bcrypt/argon2/crypt/SSHA/SCRAM hash", re.compile(r"^(\$2[aby]\$|\$argon2|\$6\$|\$1\$|\$9\$|\$7\$|\{SSHA\}|SCRAM-SHA-256\$|-pbkdf2-|\*[0-9A-F]{40}|md5[0-9a-f]{32}|S:[0-9A-F]+|grub\.pbkdf2)")),
    ("traceparent", re.compile(r"^00-[0-9a-f]{32}-[0-9a-f]{16}-01$")),
    ("X-Amzn-Trace-Id", re.compile(r"^Root=1-")),
    ("AWS unique id (AROA/AIDA/...)", re.compile(r"^A(ROA|IDA|NPA|GPA)[A-Z2-7]{17}$")),
    ("publishable/public client key", re.compile(r"^(pk_live_|live_|age1|B[A-Za-z0-9_-]{80,}=|0x4AAAA|6L|A[A-Za-z0-9_-]{79}$)")),
    ("fictitious phone", re.compile(r"^(\(555\)|\+1 555|07700|020 7946|0491 570|01632)")),
    ("encrypted blob (Travis secure, eyaml, Maven, base64)", re.compile(r"^[A-Za-z0-9+/]{40,}={0,2}$")),
]


def classify(v):
    from c_common import luhn_ok
    if LA_KINDS[0][1].search(v):
        return LA_KINDS[0][0]
    if v.isdigit() and not luhn_ok(v):
        return "other numeric id (order, barcode, tracking)"
    for name, rx in LA_KINDS:
        if rx.search(v):
            return name
    return "other id / nonce / csrf / key id"


def main():
    root = HERE
    # remove previous output (documents only; keep the generator's own files)
    for entry in os.listdir(root):
        full = os.path.join(root, entry)
        if os.path.isdir(full) and entry != "__pycache__":
            shutil.rmtree(full)
    c = Corpus(root)
    carriers = []
    for mod in MODULES:
        for entry in mod.CARRIERS:
            dirname, fn, n = entry[:3]
            rep, sep = entry[3:] if len(entry) == 5 else (1, "")
            carriers.append(dirname)
            base = dirname.split("-")[0] if len(dirname) > 14 else dirname
            for i in range(n):
                d = Doc(c, None)
                parts = [fn(d, i) for _ in range(rep)]
                text, ext = sep.join(p[0] for p in parts), parts[0][1]
                path = f"{dirname}/{base}-{i + 1:02d}.{ext}"
                assert path not in c.docs, path
                d.path = path
                d.done(text)
    errors, warns = c.check()
    # set-wide checks
    all_labels = collections.defaultdict(set)
    for path, (text, d) in c.docs.items():
        for cat, v in d.labels:
            all_labels[v].add(cat)
            if v in (AWS_DOC_ID, AWS_DOC_SECRET, JWT_IO) or v in PLACEHOLDERS or v in BEARER_PLACEHOLDERS:
                errors.append(f"{path}: documentation example / placeholder labelled: {v}")
            if cat == "password" and re.fullmatch(r"\*+|x+|changeme|<[^>]*>|\$\{[^}]*\}", v, re.I):
                errors.append(f"{path}: placeholder-shaped password labelled: {v}")
    for v, cats in all_labels.items():
        if len(cats) > 1:
            errors.append(f"value labelled with different categories in different files: {v[:40]} {cats}")
    clean_all = set()
    for path, (text, d) in c.docs.items():
        clean_all |= d.clean
    for v in clean_all:
        if v in all_labels:
            errors.append(f"look-alike equals a labelled value somewhere in the set: {v}")
    if warns:
        print(f"{len(warns)} warnings", file=sys.stderr)
        for w in warns[:40]:
            print("  W", w, file=sys.stderr)
    if errors:
        for e in errors[:60]:
            print("  E", e, file=sys.stderr)
        sys.exit(f"{len(errors)} errors")
    rows = c.write()

    per_cat = collections.Counter()
    per_cat_split = collections.Counter()
    for _, cat, _ in rows:
        per_cat[cat] += 1
        for cc in cat.split("|"):
            per_cat_split[cc] += 1
    la = collections.Counter()
    for path, (text, d) in c.docs.items():
        for v in d.clean:
            la[classify(v)] += 1
    placeholders_present = collections.Counter()
    corpus_text = "\n".join(t for t, _ in c.docs.values())
    for ph in sorted(set([x for x in PLACEHOLDERS if x != "null"] + BEARER_PLACEHOLDERS + ["${KC_ADMIN_PASSWORD", "{{ secrets.", "%AWS_ACCESS_KEY_ID%", "$(pass show",
                                                             "os.environ[", "os.getenv(", "getenv(", "process.env.", "ENV['", "[Redacted]",
                                                             "\u2588\u2588", "GENERATE", "ENC[PKCS7", "ENC(", "put your unique phrase here",
                                                             "YOUR-ACCESS-KEY-HERE", "1x00000000000000000000AA", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
                                                             AWS_DOC_ID, AWS_DOC_SECRET, "WWW-Authenticate: Bearer", "www-authenticate: Bearer"])):
        n = corpus_text.count(ph)
        if n:
            placeholders_present[ph] = n
    stats = {
        "documents": len(c.docs),
        "carriers": len(set(carriers)),
        "carrier_dirs": sorted(set(carriers)),
        "labels": len(rows),
        "labels_per_category": dict(sorted(per_cat.items())),
        "labels_per_single_category": dict(sorted(per_cat_split.items())),
        "look_alikes_registered": sum(la.values()),
        "look_alikes_by_kind": dict(la.most_common()),
        "placeholders_and_examples_in_text": dict(placeholders_present.most_common()),
        "warnings": len(warns),
    }
    with open(os.path.join(root, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    write_notes(root, stats, c)
    print(json.dumps({k: stats[k] for k in ("documents", "carriers", "labels", "labels_per_single_category", "warnings")}, indent=1))


def write_notes(root, stats, c):
    by_dir = collections.defaultdict(lambda: [0, collections.Counter()])
    for path, (text, d) in c.docs.items():
        dr = path.split("/")[0]
        by_dir[dr][0] += 1
        for cat, _ in d.labels:
            for cc in cat.split("|"):
                by_dir[dr][1][cc] += 1
    out = ["# dev12 — notes", "",
           "Written by a session that never read `policies/`, `src/`, `include/` or the other sets' documents,",
           "from public format documentation (devtools exports, proxy and server log formats, tool manuals,",
           "SDK references, config references). `generate.py` (seed in `c_common.py`) writes every document,",
           "`labels.tsv`, `stats.json` and this file; it refuses to write when a self-check fails:",
           "every label occurs in its file, checksums hold (Luhn for personnummer, JWT shape, AWS id/secret",
           "shape, base64 of Basic credentials), no look-alike equals a labelled value anywhere in the set,",
           "no documentation example or placeholder is labelled, a value has one category set-wide.", "",
           "Focus: bearer tokens, AWS secret keys (with their key ids), generic secrets and passwords;",
           "phones and personnummer with date-shaped Luhn-valid look-alikes beside them.", "",
           "## Labelling conventions", "",
           "* `Authorization: Bearer X`, `.bearer_auth(\"X\")`, `--auth-type=bearer --auth X`, `Sec-WebSocket-Protocol: bearer, X`:",
           "  `bearer-token`; a JWT there is `jwt|bearer-token`; vendor tokens with a listed category are `<vendor>|bearer-token`",
           "  (ghp_/gho_/ghs_, glpat-, xoxb-/xoxp-, sk_live_, hf_, sk-proj-, npm_); other prefixed tokens (hvs., dop_v1_, lin_api_,",
           "  pat-na1-, ntn_, glsa_, dapi, atlasv1, figd_, re_, gsk_, r8_, Twitter AAAA…%3D…, BQ…, AQ…, dG9rOj…, dp.st., nfp_, sntryu_,",
           "  bkua_, EAAA…, pcsk_, xai-, pplx-) are `bearer-token`.",
           "* an `access_token` in an OAuth token response / Postman environment: `bearer-token|generic-secret` (JWT: `jwt|bearer-token`).",
           "* `refresh_token`, `aws_session_token`/`SessionToken`, API keys, client secrets, signing/webhook secrets, encryption keys,",
           "  salts, license keys, unseal keys: `generic-secret` (JWT-shaped license/internal tokens: `jwt|generic-secret`).",
           "* passwords in URLs (`scheme://user:pw@host`): `url-credentials`, URL-encoded as written; a `password=` query parameter",
           "  of a JDBC URL: `password`, form-encoded as written.",
           "* values as written: JSON-escaped, XML-escaped (`&amp;`, `&lt;`, `&quot;`), SQL/YAML `''`, PHP `\\'`/`\\\\`.", "",
           "## Carriers (documents; labels per category)", "",
           "| dir | docs | labels |", "|---|---|---|"]
    for dr in sorted(by_dir):
        n, cc = by_dir[dr]
        out.append(f"| `{dr}` | {n} | " + ", ".join(f"{k} {v}" for k, v in sorted(cc.items())) + " |")
    out += ["", "## Values per category (a value with `a|b` counted in each)", ""]
    for k, v in stats["labels_per_single_category"].items():
        out.append(f"* {k}: {v}")
    out += ["", f"Label rows: {stats['labels']} in {stats['documents']} documents, {stats['carriers']} carrier directories.", "",
            "## Look-alikes planted (never labelled)", "",
            "Registered look-alikes by shape (the self-check proves none equals a label):", ""]
    for k, v in stats["look_alikes_by_kind"].items():
        out.append(f"* {k}: {v}")
    out += ["", "Placeholders, masks and documentation examples found in the text:", ""]
    for k, v in stats["placeholders_and_examples_in_text"].items():
        out.append(f"* `{k}`: {v}")
    out += ["", "Also: `WWW-Authenticate: Bearer realm=…` challenges, masked headers (`Authorization: *`, `██`, `<masked>`,",
            "`[Redacted]`, `Bearer ****`), `aws configure list` masked keys, Sec-WebSocket-Key/Accept, CSRF tokens,",
            "idempotency keys, Postman-Token, OAuth client ids, Stripe/GitHub/Slack/Svix/Typeform",
            "signature headers, public keys (VAPID public key, age recipient, Sentry DSN keys, publishable and client-side keys,",
            "captcha site keys, Cloudflare zone/account ids), docker digests, Travis `secure:` blobs, eyaml `ENC[PKCS7,…]`,",
            "Maven `{…}` encrypted passwords, Windows unattend base64 passwords, code that names a secret without holding one",
            "(`os.environ[…]`, `os.getenv`, `process.env.X`, `ENV['X']`, `$(pass show …)`, `lookup(…)`, `${VAR:?…}`),",
            "Luhn-valid order/OCR/invoice numbers and date-shaped Luhn-valid booking, contract and customer numbers beside",
            "personnummer, fictitious phone ranges, 10-digit order numbers beside phones.", ""]
    with open(os.path.join(root, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
