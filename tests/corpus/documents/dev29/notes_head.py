"""dev29: the text of NOTES.md (counts, carrier list and hash are filled in by generate.py)."""

HEAD = """# dev29: notes

## Who wrote it and how

A helper session wrote this set blind. It never saw the scanner, its rules or any other document set. It read only
three files: `/tmp/dev29-brief/documents-README.md` (layout, `labels.tsv` format, categories),
`/tmp/dev29-brief/carriers_used.txt` (carrier names used before) and `/tmp/dev29-brief/example-NOTES.md` (dev28's
notes, used only as a model for this file and for how `generate.py` is organised). It read nothing under `/work`, ran
no scanner and no scoring script, and used no search tool and no network. Formats are written from memory of public
tool and format documentation. Every labelled value is random output of `generate.py` (seed 29029); none was copied
from anywhere. The code is new; its layout follows dev28's notes.

Weights asked for: about 30% passwords, 20% generic secrets, 15% bearer tokens, 15% Nordic personal data, 10% cards,
10% the rest. The groups reached are in the table under Counts (a label's group is set by the helper that made it:
a phone, IBAN or birth date in a Nordic register counts as Nordic, the same category elsewhere as "rest").

Well-known or public values used, all **unlabelled**:
- the published test card `4111 1111 1111 1111` (a gateway request with `x_test_request=TRUE`, a salon's
  "testkort från kassaleverantören");
- version strings such as `3.0.0.0` (`webpages:Version` in an ASP.NET `Web.config`), registered as an IPv4 look-alike;
- the MeshCentral sample value `MyReallySecretPassword1` under the disabled key `_sessionKey` (the real `sessionKey`
  beside it is labelled); Cacti's default `cactiuser` in its commented remote-poller block;
- documentation and private addresses only, except the labelled ones: `10.x`, `192.168.x`, `127.0.0.1`,
  `0.0.0.0`, `::ffff:10.9.0.x`;
- reserved e-mail domains (`.invalid`) for addresses that are not labelled; `user@host` in an SFTP URL
  (`backup@nas.hemma.lan`) is a registered look-alike, not an e-mail address; the eduroam anonymous identity is
  written `@student.lnu.se` (realm only), the real identity beside it is labelled as an e-mail address;
- public identifiers beside their labelled secrets: OAuth client ids and WSO2 consumer keys, key ids (`kid_…`),
  Keycloak object UUIDs, device ids, report and delivery ids, commit hashes, X.509 fingerprints, Finnish business ids
  (`1234567-8` shape) and Swedish organisation numbers (Luhn-valid, third digit ≥ 2);
- placeholders and masked values beside real ones: `${TEST_INGEST_TOKEN}`, `${KUND_A_TOKEN}`, `$TOKEN`,
  `$TRAFIK_TOKEN`, `Bearer <redacted>`, `Bearer undefined`, `${env.FAKTURA_DB_PASSWORD}`, `${env.MONITOR_PASSWORD}`,
  `${?RAPPORT_DB_PASSWORD}`, `%RAPPORT_PW%`, `$RESTORE_PW`, `$env:RENS_PW`, `process.env…`, `********`,
  `****************`, `changeme`, `{xor}…` (WebSphere-encoded), `ENC(…)` (Artemis), `{SSHA}…` and PBKDF2 hashes,
  masked PANs (`411234******1234`, `XXXXXXXXXXXX1234`, `4**********1234` in gateway responses), masked personnummer and
  HETU (`YYYYMMDD-XXXX`, `******-****`), a zero IBAN placeholder `SE00 0000 …`, Norwegian fødselsnummer masked to
  the date (`DDMMYY*****`, no category in the README).

## Layout

- `generate.py`: the driver (build, self-checks, lint, writer, statistics, `NOTES.md`, determinism hash).
  `core.py`: the `Doc` helper, value generators, encoders and checksums. `registry.py`: the
  `@doc(carrier, path, description)` decorator. `notes_head.py`: this file's text.
  - Each document has its own `random.Random`, seeded from `sha256("29029+<carrier>/<path>")`.
  - Builders are plain Python f-strings. `d.L(cat, value)` labels a value exactly as written, `d.X(value)` registers
    an unlabelled look-alike, `d.glue(value)` allows a label to touch a letter or digit (`isql -P<password>`,
    mod_log_forensic's `Bearer%20<token>`).
  - Value helpers label what they return: `d.pw(style, enc, cat)` (styles `w` Word.Word47!, `W` without separator,
    `s` word+year, `a` random with punctuation, `q` with a quote, backslash or dollar, `y` shell-safe punctuation, `z`
    safe everywhere, `x` alphanumeric, `p` passphrase with spaces, `l` diceware, `k` short human; encodings `json`,
    `url`, `form`, `xml`, `xmltext`, `sql`, `php`, `c`, `sh1`), `d.gs(shape)` generic secret (`hex64`, `HEX128`,
    `an40`, `b64_32`, `b64u_32`, `django` …), `d.bt(shape)` bearer token (opaque, hex, base64url, dotted, `ya29.`),
    `d.jbt(alg)` JWT sent as a bearer (`jwt|bearer-token`), `d.ak()`/`d.sk()` AWS id and secret, vendor helpers
    (`ghp` with a valid CRC32 checksum, `glpat`, `xox`, `hf`, `npm`, `sg`, …), personal data (`pnr(form, years, sex,
    samord)`, `hetu(new_signs)`, `card(net, sep)`, `iban(cc)`, `phone(cc, style)`, `email`, `dob(date, fmt)`,
    `passport(cc)`, `ssn`, `nino`, `bsn`, `steuer`, `nir`, `dni`, `cf`, `ipv4`, `ipv6`, `pem(kind)`); look-alike
    helpers register what they return (`uuid`, `hexx`, `anx`, `commit`, `sha256`, `bcrypt`, `lkpnr` date-shaped
    Luhn-valid numbers, `orgnr`, `lkcard` Luhn-valid numbers starting with 1 or 7, `mask`).
  - Personnummer follow the sex of the first name (odd or even ninth digit); forms `YYMMDD-NNNN`, `YYMMDDNNNN`,
    `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`; samordningsnummer have day+60. HETU use `-`/`A` and, for some, the 2023
    century signs (`U`–`Y`, `B`–`F`). Norwegian account numbers carry their mod-11 check digit, Finnish ones their
    Luhn digit, inside IBANs with valid mod-97 check digits.
  - One exception to per-document independence: a global set keeps every random value unique across the set
    (documents are built in a fixed order, so this is deterministic).
- Modules: `docs_password.py` (daemons, network and telephony gear, app-server CLIs, installers' answer files,
  connection calls in a dozen languages, command lines, user lists), `docs_prose.py` (chats, tickets and mail in
  sixteen languages), `docs_generic.py` (signing, session and encryption keys in code of many languages, self-hosted
  apps, AI tool configs, key inventories and dumps), `docs_bearer.py` (clients in many languages, proxies, logs,
  captures, test output, queues), `docs_nordic.py` (Swedish, Finnish, Norwegian and Danish registers, forms and
  payroll files), `docs_cards.py` (gateway logs, dumps, letters, crash reports, IVR), `docs_rest.py` (e-mail, IP
  addresses, passports, national ids of six countries, vendor tokens, AWS keys, private keys).
- `python3 generate.py --check` builds and checks without writing. `python3 generate.py` removes the carrier
  directories listed in the previous `stats.json`, writes the documents, `labels.tsv`, `stats.json` and `NOTES.md`,
  removes `__pycache__` (it also sets `sys.dont_write_bytecode`) and prints the determinism hash.

## Self-checks (nothing is written if one fails)

- every label occurs in its file; no surrounding whitespace, no tab; no label looks like a placeholder (`${`, `{{`,
  `EXAMPLE`, `your-`, `REDACTED`, `changeme`, `***`, `xxx`, `...`, `<`, `>`); random values reject `test`,
  `example`, `fake`, `dummy`, `sample`, `pass`, `secret`, `token`, `admin`, `your`, `demo`, `foo`, `123`, … and
  vendor prefixes (`AKIA`, `eyJ`, `AIza`, `sk-`, `ghp_`, `xox`, `whsec`, …) they are not meant to have;
- no label occurrence is glued to a letter or digit (except `d.glue`);
- labels of 6+ characters occur in no other document; every random value is unique across the set;
- no value has two categories in one file; no two different labels overlap; no look-alike equals, contains or is
  contained in a label, and every look-alike occurs in its file;
- checksums: cards pass Luhn with a network prefix and length and are not published test cards; personnummer have a
  valid date (day+60 for samordningsnummer) and pass Luhn; HETU check character and century sign; IBANs mod 97 and
  country length; BSN 11-test; Steuer-ID digit rule and ISO 7064 check; NIR key; DNI/NIE letter; codice fiscale
  check letter; AWS id and secret shapes; JWT header and payload decode as JSON; `ghp_` CRC32; e-mail domains not
  reserved; phones 7–15 digits and not NANP 555-01xx; passports `[A-Z0-9]{6,12}`; SSN and NINO rules; public
  IPv4/IPv6; Azure key shape; self-tests of the checksum helpers on published valid values;
- lint over every document: each personnummer-shaped string with a valid date and Luhn is labelled or a registered
  look-alike; each Luhn-valid card-shaped run with a network prefix is labelled, a published test card or registered;
  each valid HETU and IBAN is labelled or registered; each e-mail-shaped string is labelled, reserved or registered;
  each public dotted quad is labelled or registered; every token after `Bearer` is labelled or a placeholder; every
  `AKIA…`/`ASIA…` and JWT is labelled;
- no carrier name is on `carriers_used.txt`; one document per carrier; an automatic token-set comparison against
  that list (same words; or one word more or less with a non-format word shared; or, with three or more shared words,
  one word different on each side; also with format words such as `json`, `csv`, `env` removed) rejects near names.
  Beyond that, names whose tool and subject were already on the list (for example `liquidsoap`, `gatus`, `hey`,
  `zipkin`, `mountebank`) were replaced by hand.

## Decisions where the README left room

- JWTs sent as bearer tokens are `jwt|bearer-token`; other tokens after `Bearer` are `bearer-token` whatever their
  shape. A token kept in a constant and concatenated after `"Bearer "` (VBA, AutoIt, D, GDScript, Common Lisp,
  Apps Script, MATLAB `weboptions`, Guile's `(bearer . token)`, Faraday's `request :authorization, "Bearer", token`)
  is `bearer-token`.
- Passwords in `scheme://user:pw@host` are `url-credentials|password`; `user/pw@tns` (RMAN) and `-P<pw>` (isql) are
  `password`. SNMP communities (Observium, Nagios `$USER5$`), BGP-style shared keys, CHAP and VNC passwords are
  `password`. hapi's cookie `password` (an iron sealing key) is `generic-secret|password`.
- Vendor-prefixed keys without a README category (`tskey-auth-…`, `whsec_…`) are `generic-secret`, labelled with
  their prefix. Shared secrets of TSIG, NTP symmetric keys, Varnish's admin secret, session/cookie/JWT keys and
  `client_secret`/`consumerSecret` values are `generic-secret`; public `client_id`s and consumer keys beside them are
  registered look-alikes.
- Birth dates are labelled only where a field or phrase says so (`Fodelsedatum`, `Fødselsdato`, `Fødselsdag`,
  `syntymäaika`, `Geburtsdatum`, `Date de naissance`, `Date of Birth`, `geboortedatum`, `Data di nascita`, PAXLST `DTM+329`); the dates
  inside personnummer, HETU and codice fiscale are not labelled separately (`Data di nascita` beside a codice
  fiscale is labelled).
- Personnummer look-alikes are date-shaped numbers that pass both the date check and Luhn (case, booking and OCR
  numbers dated 2005–2026) and organisation numbers; card look-alikes are Luhn-valid order, invoice, booking and
  gift-card numbers starting with 1 or 7 (no card network) and masked PANs. A PAN printed with spaces or dashes is
  labelled as printed.
"""


def render(stats, docs, rows, digest):
    out = [HEAD, "## Counts\n"]
    look_pnr = 0
    import re
    import core
    look_card = 0
    for d in docs:
        for x in set(d.looks):
            s = x.replace("-", "")
            if re.fullmatch(r"\d{10}|\d{12}", s) and core.pnr_valid(s):
                look_pnr += 1
            elif re.fullmatch(r"\d{13,19}", s) and core.luhn_ok(s):
                look_card += 1
    out.append(f"{stats['documents']} documents in {stats['documents']} carrier directories (one document each), "
               f"{stats['labels']} labels ({stats['occurrences']} labelled occurrences) and {stats['lookalikes']} "
               f"registered look-alikes, among them {look_pnr} date-shaped Luhn-valid personnummer look-alikes "
               f"(and organisation numbers) and {look_card} Luhn-valid card-shaped numbers of no card network.\n")
    out.append("| group | labels | share |\n|---|---:|---:|")
    names = {"password": "passwords", "generic": "generic secrets", "bearer": "bearer tokens",
             "nordic": "Nordic personal data", "card": "payment cards", "rest": "the rest"}
    for g in ("password", "generic", "bearer", "nordic", "card", "rest"):
        v = stats["groups"].get(g, {"labels": 0, "share": 0})
        out.append(f"| {names[g]} | {v['labels']} | {v['share'] * 100:.1f}% |")
    out.append("\n| category | labels | labelled occurrences |\n|---|---:|---:|")
    for k, v in stats["categories"].items():
        out.append(f"| {k.replace('|', chr(92) + '|')} | {v['labels']} | {v['occurrences']} |")
    out.append("\nDocuments per module: " + ", ".join(f"`{k}.py` {v}" for k, v in sorted(stats["modules"].items())) + ".\n")
    out.append("## Carriers\n")
    nl = {}
    for f, c, v, g, n in rows:
        nl[f] = nl.get(f, 0) + 1
    for d in sorted(docs, key=lambda x: x.carrier):
        out.append(f"- `{d.carrier}`: {d.path} ({d.desc}, {nl.get(d.file, 0)} labels)")
    out.append("\n## Determinism hash\n")
    out.append(f"`{digest}` (sha256 over `path NUL sha256(content) LF` of every document, `labels.tsv` and "
               f"`stats.json`, sorted by path; printed by `python3 generate.py`; two runs gave the same value).\n")
    return "\n".join(out)
