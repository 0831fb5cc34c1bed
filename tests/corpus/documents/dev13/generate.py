#!/usr/bin/env python3
"""Writes the dev13 document set (deterministic, seeded in values.py) and refuses to write when a self-check fails.

Usage: python3 generate.py          (run from anywhere; writes next to this file)
"""
import collections, ipaddress, json, os, re, shutil, sys

sys.dont_write_bytecode = True  # no __pycache__ inside the set (it would be read as documents)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import values as V  # noqa: E402
import c_idp, c_mesh, c_aws, c_ci, c_se, c_phone, c_prose  # noqa: E402

MODULES = [c_idp, c_mesh, c_aws, c_ci, c_se, c_phone, c_prose]
RESERVED_MAIL = re.compile(r"@([\w.-]+\.)?(example\.(com|org|net)|[\w-]+\.(test|invalid|example|localhost|internal))$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
AWSID_RE = re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])")


def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def fail(errors):
    for e in errors[:60]:
        print("CHECK FAILED:", e, file=sys.stderr)
    sys.exit(f"{len(errors)} self-check failure(s); nothing written")


def pnr_ok(v):
    d = re.sub(r"[-+]", "", v)
    if not d.isdigit() or len(d) not in (10, 12):
        return False
    ten = d[-10:]
    mm, dd = int(ten[2:4]), int(ten[4:6])
    if not (1 <= mm <= 12 and (1 <= dd <= 31 or 61 <= dd <= 91)):
        return False
    return V.luhn_ok(ten)


def checks():
    errs = []
    docs = V.DOCS
    for f, t in docs.items():
        if t is None:
            errs.append(f"{f}: never finished")
    labelled = {}
    for f, cat, v in V.LABELS:
        if v in labelled:
            errs.append(f"value labelled twice: {v[:40]!r}")
        labelled[v] = (f, cat)
        if "\t" in v or not v:
            errs.append(f"{f}: bad value {v!r}")
        if v not in (docs.get(f) or ""):
            errs.append(f"{f}: label {cat} not in file: {v[:60]!r}")
        cats = set(cat.split("|"))
        if "se-personnummer" in cats and not pnr_ok(v):
            errs.append(f"{f}: personnummer fails checks: {v}")
        if "credit-card" in cats and not V.luhn_ok(re.sub(r"\D", "", v)):
            errs.append(f"{f}: card fails Luhn: {v}")
        if cats == {"aws-access-key-id"} and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            errs.append(f"{f}: bad key id {v}")
        if cats == {"aws-secret-key"}:
            raw = v.replace("\\\\\\/", "/")
            if not re.fullmatch(r"[A-Za-z0-9/+]{40}", raw):
                errs.append(f"{f}: bad secret {v}")
        if "ipv4" in cats:
            ip = ipaddress.ip_address(v)
            if not ip.is_global:
                errs.append(f"{f}: labelled non-public ip {v}")
        if v in V.DOC_EXAMPLES or v in V.PLACEHOLDERS or "EXAMPLE" in v or v == V.JWTIO:
            errs.append(f"{f}: documentation example / placeholder labelled: {v}")
        if "jwt" in cats and not re.fullmatch(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", v):
            errs.append(f"{f}: jwt label is not a JWS: {v[:40]}")
    # set-wide uniqueness: a labelled value occurs in no other document
    for v, (f, cat) in labelled.items():
        for g, t in docs.items():
            if g != f and t and v in t:
                errs.append(f"labelled value of {f} ({cat}) also occurs in {g}: {v[:50]!r}")
    # labelled values inside other labelled values (would create extra occurrences)
    vals = sorted(labelled, key=len)
    for i, a in enumerate(vals):
        for b in vals[i + 1:]:
            if a in b and labelled[a][0] == labelled[b][0]:
                errs.append(f"label {a[:30]!r} is inside label {b[:30]!r} in {labelled[a][0]}")
    # look-alikes are never labelled and contain no labelled value
    for f, lk in V.LOOK:
        if lk in labelled:
            errs.append(f"{f}: look-alike equals a labelled value: {lk!r}")
        for v in labelled:
            if len(v) >= 6 and v in lk:
                errs.append(f"{f}: look-alike {lk[:30]!r} contains labelled {v[:30]!r}")
    # every real-looking e-mail address, public IPv4 and AWS key id written is labelled
    for f, t in docs.items():
        if not t:
            continue
        for m in EMAIL_RE.finditer(t):
            e = m.group(0)
            if RESERVED_MAIL.search(e) or e in labelled or re.search(r"@\d+x\.", e):
                continue
            if any(e in v for v in labelled if labelled[v][0] == f):
                continue
            line = t[t.rfind("\n", 0, m.start()) + 1:m.start()]
            if line.lower().startswith("message-id") or t[max(0, m.start() - 4):m.start()] in ("sip:", "tel:"):
                continue  # Message-IDs and SIP URIs are not mailboxes
            errs.append(f"{f}: unlabelled e-mail {e}")
        for m in IP_RE.finditer(t):
            s = m.group(1)
            try:
                ip = ipaddress.ip_address(s)
            except ValueError:
                continue
            if ip.is_global and s not in labelled:
                errs.append(f"{f}: unlabelled public ipv4 {s}")
        for m in AWSID_RE.finditer(t):
            if m.group(0) not in labelled and "EXAMPLE" not in m.group(0):
                errs.append(f"{f}: unlabelled AWS key id {m.group(0)}")
    return errs


def main():
    for m in MODULES:
        m.run()
    errs = checks()
    if errs:
        fail(errs)
    # write
    for d in sorted({p.split("/")[0] for p in V.DOCS}):
        full = os.path.join(HERE, d)
        if os.path.isdir(full):
            shutil.rmtree(full)
    for p, t in V.DOCS.items():
        full = os.path.join(HERE, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(t)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tcategory\tvalue\n")
        for f, cat, v in sorted(V.LABELS, key=lambda x: (x[0], x[1], x[2])):
            fh.write(f"{f}\t{cat}\t{esc(v)}\n")
    # statistics
    per_cat = collections.Counter()
    per_carrier = collections.defaultdict(collections.Counter)
    docs_per_carrier = collections.Counter(p.split("/")[0] for p in V.DOCS)
    for f, cat, v in V.LABELS:
        key = min(cat.split("|"))
        per_cat[key] += 1
        per_carrier[f.split("/")[0]][key] += 1
    stats = {"documents": len(V.DOCS), "carriers": len(docs_per_carrier), "labels": len(V.LABELS),
             "labels_by_category": dict(sorted(per_cat.items())),
             "labels_by_full_category": dict(sorted(collections.Counter(c for _, c, _ in V.LABELS).items())),
             "lookalikes_recorded": len(V.LOOK),
             "personnummer_shaped_luhn_valid_lookalikes": sum(1 for _, v in V.LOOK if re.fullmatch(r"(\d{6}|\d{8})[-+]?\d{4}", v) and pnr_ok(v)),
             "carriers_detail": {c: {"documents": docs_per_carrier[c], **dict(sorted(per_carrier[c].items()))} for c in sorted(docs_per_carrier)}}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    write_notes(stats)
    print(f"wrote {stats['documents']} documents in {stats['carriers']} carriers, {stats['labels']} labels")
    for k, n in stats["labels_by_category"].items():
        print(f"  {k:20} {n}")


def write_notes(stats):
    cats = ["bearer-token", "aws-access-key-id", "aws-secret-key", "generic-secret", "se-personnummer", "phone", "email", "ipv4", "other"]
    head = "| carrier | docs | " + " | ".join(cats) + " |\n|---|---:|" + "---:|" * len(cats) + "\n"
    rows = []
    for c, d in stats["carriers_detail"].items():
        other = sum(n for k, n in d.items() if k not in cats and k != "documents")
        rows.append(f"| `{c}` | {d['documents']} | " + " | ".join(str(d.get(k, "")) if k != "other" else str(other or "") for k in cats) + " |")
    body = NOTES_TEXT.format(pl=stats["personnummer_shaped_luhn_valid_lookalikes"], docs=stats["documents"], carriers=stats["carriers"], labels=stats["labels"],
                             bycat="\n".join(f"| `{k}` | {n} |" for k, n in stats["labels_by_category"].items()))
    with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as fh:
        fh.write(body + "\n## Carriers\n\nCounts by the label's first category in sort order (the one `score_documents.py` counts it under).\n\n" + head + "\n".join(rows) + "\n")


NOTES_TEXT = """# dev13 — blind document set

Written by a helper session that **never read** `policies/`, `src/`, `include/` or other sets' documents and never ran
`privguard`; only `tests/corpus/documents/README.md` and `tests/corpus/score_documents.py` (label parsing and
checksums) were read. Formats come from public documentation (Envoy/Istio access-log operators, Okta System Log
LogEvent, Auth0 log event types, AWS SDK for Go v2 logging, Keycloak events, Ory logging, RFC 8693, Skatteverket
AGD XML, BgMax, etc.), written from memory of those formats, never copied.

`python3 generate.py` rewrites every document, `labels.tsv`, `stats.json` and this file (seed in `values.py`). It
refuses to write when a self-check fails: every label occurs in its file as written; personnummer labels pass Luhn on
the 10-digit form with a valid month and day (day+60 for samordningsnummer); AWS key ids match `AKIA|ASIA` + 16 of
`[A-Z2-7]`; secrets are 40 base64 characters (after undoing the escaping they are written in); JWT labels are JWS;
labelled IPv4s are public; no labelled value occurs in any other document (a value has one file and one category
set-wide); no labelled value lies inside another label of its file; no recorded look-alike equals or contains a
labelled value; no documentation example (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
`AKIAI44QH8DHBEXAMPLE`, jwt.io's token) or placeholder is labelled; every real-looking e-mail address, public IPv4
and AWS key id written in a document is labelled.

{docs} documents, {carriers} carriers, {labels} labels; {pl} unlabelled look-alikes shaped like a personnummer
(10 or 12 digits, a valid date, passing Luhn) stand beside the personnummer, plus organisation numbers, Bankgiro,
Plusgiro and shorter OCR references.

| category (first in sort order) | labels |
|---|---:|
{bycat}

## Labelling conventions

- **Bearer tokens**: the token after `Bearer`/`bearer` (any case) in headers, gRPC metadata, logs, CLI flags and
  prose is `bearer-token`; a JWT there is `jwt|bearer-token`. An `access_token` in a token response that has
  `token_type: Bearer`, in a URL fragment or in an `access_token=` query string is `bearer-token|generic-secret`
  (`jwt|bearer-token|generic-secret` when it is a JWT). A `gho_` token after `bearer` is `bearer-token|github-token`.
  A password-file entry whose value is a Google `ya29.` token is `bearer-token|password` (`.netrc`).
- **JWTs not used as bearer tokens** in a token-ish assignment (`subject_token=`, `actor_token=`, `IdToken`,
  `WOODPECKER_TOKEN=`, `--auth-token`, `AUTH0_ACCESS_TOKEN`) are `jwt|generic-secret`.
- **Refresh tokens** (`ory_rt_...`, Cognito's JWE refresh token), client secrets, session cookies, static API
  tokens and app secrets are `generic-secret`; AWS session tokens (`AWS_SESSION_TOKEN`, `X-Amz-Security-Token`,
  `aws.session_token`, `-var aws_token=`) are `generic-secret`.
- **AWS**: every key id is `aws-access-key-id`, every secret `aws-secret-key`, in whatever syntax. Where a
  Kubernetes `data:` field or `consul kv export` holds them base64-encoded, the encoded values are labelled
  `aws-access-key-id|generic-secret` and `aws-secret-key|generic-secret` (unsure: a scanner may not decode these).
  A secret written inside a PHP `json_encode` string nested in JSON is labelled as written (`\\\\\\/` for `/`). A
  secret URL-encoded as the password of Symfony's `ses+api://` DSN is labelled `aws-secret-key|url-credentials`.
  Key ids appearing only in SigV4 `Credential=` scopes are labelled too (they are real ids).
- **Personnummer**: 10-digit with `-` (or `+` for people aged 100 or more on 2026-12-05), 12-digit with or
  without `-`, 10-digit without separator; samordningsnummer (day+60) are labelled `se-personnummer`. Unlabelled
  beside them: date-shaped Luhn-valid booking, member, case, customer, ticket, invoice, policy, queue, placement,
  licence, receipt, prescription and OCR reference numbers (often indistinguishable from a personnummer except by
  their field name), organisation numbers of limited companies (`55xxxx-xxxx`, `16`+12), other legal persons
  (`2x`, `7x`, `8x`, `9x`), VAT numbers, Bankgiro and Plusgiro numbers, masked `19YYMMDD-XXXX`.
- **Phones**: labelled exactly as written, including a leading `+`, `(`, and internal spaces, dots, dashes;
  `tel:`/`sip:` prefixes excluded; a URL-encoded number (`%2B46...`, `+` for space) is labelled in its encoded form.
  Public service numbers (Försäkringskassan, Skatteverket, CSN, `0771-` numbers) are business numbers and labelled.
  Unlabelled: NANP 555-01xx, Ofcom drama numbers, Australian 0491 570, masked numbers, IMEIs, chip ids, order,
  confirmation, badge and tracking numbers, SIP CSeq values, GTINs.
- **Look-alikes** (unlabelled): placeholders, `[FILTERED]`, `REDACTED`, Ory's "Value is sensitive and has been
  redacted" text, truncated JWTs, AWS documentation keys, SHA-1/SHA-256 digests, git ids, ETags, request ids,
  UUIDs, 40-character base64 content hashes without a key name, Dex's documented sample secret, LocalStack's
  `test`/`test`.
- IPv4 addresses: public ones are labelled `ipv4`; otherwise private, loopback, link-local or RFC 5737 ranges are used.

## Cases the writer was unsure how to label

- The Kubernetes WebSocket subprotocol `base64url.bearer.authorization.k8s.io.<...>`: the part after the prefix is
  the bearer token base64url-encoded; labelled `bearer-token`.
- Base64-encoded AWS key ids and secrets in Kubernetes `data:` and Consul KV exports (see above).
- Okta's `00`-prefixed API token (sent as `SSWS`, not `Bearer`): labelled `generic-secret`, with the `00`.
- SIP/tel URIs `sip:+46...@host` look like e-mail addresses; only the number is labelled (`phone`), the URI is not an
  e-mail. `Message-ID` values are not labelled.
- Swedish authorities' public service numbers (`0771-524 524`, `0771-567 567`, `0771-276 000`) are labelled
  `phone` as business numbers; the SMS short code `71130` is not.
- WHOIS `+CC.NNNN` numbers are labelled with the dot as written.
- Date-shaped Luhn-valid numbers that are *not* personnummer are only distinguishable by their field name or the
  sentence around them (`Medlemsnummer`, `Kö-id`, `Bokningsnr`, `OCR-nummer` ...); a scanner that flags them
  will lose precision here by design of the set.
"""

if __name__ == "__main__":
    main()
