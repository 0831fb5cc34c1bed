"""Writes NOTES.md (the head is static text; counts, carrier list and hash come from generate.py)."""

HEAD = """# dev28: notes

## Who wrote it and how

A helper session wrote this set blind. It never saw the scanner or its rules. It read only three files:
`/tmp/dev28-brief/documents-README.md` (layout, `labels.tsv` format, categories),
`/tmp/dev28-brief/carriers_used.txt` (carrier names used before) and `/tmp/dev28-brief/example-NOTES.md`
(dev27's notes, used only as a model for this file and for how `generate.py` is organised). It read nothing under
`/work`, no other document set, ran no scanner and no scoring script, and used no search tool and no network.
Formats are written from memory of public tool and format documentation. Every labelled value is random output of
`generate.py` (seed 28028); none was copied from anywhere. The code is new; its design follows dev27's notes.

Well-known or public values used, all **unlabelled**:
- the AWS documentation id `AKIAIOSFODNN7EXAMPLE` in a comment of `aws-export-credentials-env-output`;
- the IRS instructions' example EIN `12-3456789` in `us-w9-intake-form-json` (a field named
  `ein_example_from_instructions`, registered look-alike);
- the .NET public key token `adb9793829ddae60` and the version `8.0.0.0` in `aspnet-data-protection-key-xml`;
- documentation and private addresses only, except the labelled ones: `10.x`, `192.168.x`, `127.0.0.1`,
  `192.0.2.10` (RFC 5737) and `2001:db8:4:1::17` (RFC 3849) beside labelled public IPv4/IPv6 addresses;
- reserved e-mail domains (`.invalid`, `localhost`) for addresses that are not labelled; Kerberos principals
  (`svc-nfs@LAB.NORRDATA.SE`), `user@host` in SSH/MySQL URIs (`borg@backup01.lan`, `clusteradmin@db-ic1.lan`) are
  registered look-alikes, not e-mail addresses;
- public identifiers beside their labelled secrets: a Twilio account SID (`AC…`), a Shopify API key (public client
  id), a Stripe `pk_live_…` publishable key, a Flagsmith client-side environment key `ser.…`, an S3-compatible
  access key id `GK…` (Garage), VAPID public key, WebAuthn/app ids, AWS `AROA…` role id and account id;
- placeholders and masked values beside real ones: `${KIMAI_ADMIN_PASSWORD}`, `${UNLEASH_ADMIN_PASSWORD}`,
  `${MANAGED_WORKER_SECRET:-}`, `$FENCE_PW`, `$EXA_PASS`, `<hidden>`, `********`, `******`, `os.environ.get(...)`,
  `env('POSTMARK_TOKEN')`, `Bearer $GROSSIST_TOKEN` (single-quoted, so not expanded), `${{ secrets.STATUS_TOKEN }}`,
  `$http_authorization`, `unleash-insecure-api-token` (the product's documented development token), bcrypt/SHA-512
  crypt/`$2$` hashes and `key 9 <hex>` encrypted RADIUS keys, masked PANs (`411111******1111` style, `**** **** ****
  1234`, `XXXXXXXXXXXX1234`), masked personnummer (`YYMMDD-XXXX`, `YYYYMMDD****`).

## Layout

- `generate.py`: the driver (build, self-checks, lint, writer, statistics, `NOTES.md`, determinism hash).
  `core.py`: the `Doc` helper, value generators, encoders and checksums. `registry.py`: the `@doc(carrier, path,
  description)` decorator. `notes_head.py`: this file's text (counts, carrier list and hash are filled in).
  - Each document has its own `random.Random`, seeded from `sha256("28028+<carrier>/<path>")`.
  - Builders are plain Python f-strings. `d.L(cat, value)` labels a value exactly as written, `d.X(value)` registers
    an unlabelled look-alike, `d.glue(value)` allows a label to touch a letter (a Japanese date followed by `生`).
  - Value helpers label what they return: `d.pw(style, enc, cat)` (styles `w` Word-Word-47!, `s` word+year, `a`
    random with punctuation, `q` with quotes/backslash/dollar, `y` shell-safe punctuation, `z` safe unquoted in sh and
    cmd, `x` alphanumeric, `p` passphrase with spaces, `l` diceware, `k` short human; encodings `json`, `url`, `xml`,
    `xmltext`, `sql`, `php`, `c`, `sh1`, `ysq`), `d.gs(shape)` generic secret (`hex64`, `an_43`, `b64_32` …),
    `d.bt(shape)` bearer token, `d.jbt(alg)` JWT sent as a bearer (`jwt|bearer-token`), `d.ak()`/`d.sk()`/`d.sts()`
    AWS id, secret and session token, vendor helpers (`ghp` with a valid CRC32 checksum, `glpat`, `xox`, `slackwh`,
    `sklive`, `sg`, `mg`, `oai`, `ant`, `hf`, `npm`, `pypi`, `shpat`, `aiza`, `azkey`, `dd`, `twauth`, `basic`),
    personal data (`pnr(form, years, sex, samord)`, `hetu`, `card(net, sep)`, `iban(cc)`, `phone(cc, style)`,
    `email`, `dob(fmt, lang)`, `passport(cc)`, `ssn`, `nino`, `bsn`, `steuer`, `nir`, `dni`, `cf`, `aadhaar`,
    `ipv4`, `ipv6`, `pem(kind)`); look-alike helpers register what they return (`uuid`, `sha1`, `sha256`, `hexx`,
    `anx`, `intx`, `commit`, `lkpnr` date-shaped Luhn-valid numbers, `maskpnr`, `orgnr`, `lkcard` Luhn-valid numbers
    of no card network, `imei`, `mask`).
  - Personnummer follow the sex of the first name (odd or even ninth digit); forms `YYMMDD-NNNN`, `YYMMDDNNNN`,
    `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`; samordningsnummer have day+60.
  - One exception to per-document independence: a global set keeps every random value unique across the set
    (documents are built in a fixed order, so this is deterministic).
- Modules: `docs_password.py` (daemons, network devices, command lines, connection strings, code), `docs_prose.py`
  (chats, tickets and mail in twelve languages), `docs_generic.py` (self-hosted apps' and frameworks' secrets, code),
  `docs_bearer.py` (HTTP clients in sixteen languages, proxies, gateways, CI, CLIs, captures), `docs_swedish.py`
  (Swedish, Finnish, Norwegian and Danish registers and letters), `docs_cards.py` (payment logs, dumps, mail,
  transcripts), `docs_personal.py` (e-mail, phones, birth dates, passports, national ids, IP addresses),
  `docs_cloud.py` (AWS keys, vendor tokens, docker auth, private keys, JWT, basic auth).
- `python3 generate.py --check` builds and checks without writing. `python3 generate.py` removes the carrier
  directories listed in the previous `stats.json`, writes the documents, `labels.tsv`, `stats.json` and `NOTES.md`,
  removes `__pycache__` (it also sets `sys.dont_write_bytecode`) and prints the determinism hash.

## Self-checks (nothing is written if one fails)

- every label occurs in its file; no surrounding whitespace; no label looks like a placeholder (`${`, `{{`,
  `EXAMPLE`, `your-`, `REDACTED`, `changeme`, `***`, `xxx`, `...`, `<`, `>`); random values reject `test`,
  `example`, `fake`, `dummy`, `sample`, `passw`, `secret`, `token`, `admin`, `your`, `demo`, `foo`, `123`, … and
  vendor prefixes (`AKIA`, `eyJ`, `AIza`, `sk-`, `ghp_`, `xox`, …) they are not meant to have;
- no label occurrence is glued to a letter or digit (except `d.glue`);
- labels of 6+ characters occur in no other document; every random value is unique across the set;
- no value has two categories in one file; no label lies inside a label of another category; no look-alike
  equals, contains or is contained in a label, and every look-alike occurs in its file;
- checksums: cards pass Luhn with a network prefix and length and are not published test cards; personnummer have a
  valid date (day+60 for samordningsnummer) and pass Luhn; HETU check character; IBANs mod 97; BSN 11-test;
  Steuer-ID digit rule and ISO 7064 check; NIR key; DNI/NIE letter; codice fiscale check letter; Aadhaar Verhoeff;
  AWS id and secret shapes; JWT header and payload decode as JSON; `ghp_` CRC32; e-mail domains not reserved; phones
  7–15 digits; passports `[A-Z0-9]{6,12}`; SSN and NINO rules; base64 `user:password` for basic and docker auth;
  public IPv4/IPv6; vendor token shapes; self-tests of the checksum helpers on published valid values;
- lint over every document: each personnummer-shaped string with a valid date and Luhn is labelled, overlaps a
  label or is a registered look-alike; each Luhn-valid card-shaped run with a network prefix is labelled,
  a published test card or registered; each e-mail-shaped string is labelled, reserved or registered; each
  public dotted quad is labelled or registered; every token after `Bearer` is labelled or a placeholder; every
  `AKIA…`/`ASIA…` and JWT is labelled;
- no carrier name is on `carriers_used.txt`; one document per carrier. A token-set comparison against that list
  (same words, or all but one word shared) was run by hand on every name and three near names were replaced.

## Decisions where the README left room

- JWTs sent as bearer tokens are `jwt|bearer-token`; other tokens after `Bearer` are `bearer-token` whatever their
  shape (hex, base64url, opaque). A token sent through `CURLOPT_XOAUTH2_BEARER`, Symfony's `auth_bearer`, httpie's
  `--auth-type=bearer --auth=` or a constant later concatenated after `"Bearer "` is `bearer-token`.
- A GitHub or GitLab token in the password position of a remote URL (`https://x-access-token:ghp_…@github.com`) is
  `github-token|url-credentials` / `gitlab-token|url-credentials`. Passwords in `scheme://user:pw@host` are
  `url-credentials|password`; `user:pw@host` without a scheme (MySQL Router bootstrap, tinyproxy upstream) is
  `password`.
- SNMP communities, RADIUS/TACACS+ keys, iSCSI CHAP secrets, DRBD shared secrets, Wi-Fi keys, cachemgr and
  collectd network passwords are `password`. Rallly's `SECRET_PASSWORD` (a random session key with a password name)
  is `generic-secret|password`.
- AWS session tokens (`aws_session_token`/`AWS_SESSION_TOKEN`) are labelled `generic-secret`: the README has no
  session-token category and they are high-entropy values of a token assignment.
- TeamSpeak's privilege key `token=` and `apikey=` are `generic-secret`; Twilio's auth token next to the account
  SID is `twilio-key`; Slack's signing secret is `generic-secret`.
- A messaging webhook's `wa_id`/`from` (digits only, with country code) is labelled `phone`.
- Birth dates are labelled only where a field or phrase says so (`Date of birth`, `BirthDate`, `fechaNacimiento`,
  `Geburtsdatum`, `Date de naissance`, `Data di nascita`, `dob`, `生年月日`, `Geboortedatum`, `Fodelsedatum` for
  samordningsnummer holders); the dates inside personnummer and HETU are not labelled separately.
- Personnummer look-alikes are date-shaped numbers (`YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDDNNNN`) that pass both the
  date check and Luhn: attendance, case, order, dossier, certificate, booking and contract numbers dated 2005–2026,
  plus organisation numbers, masked numbers and OCR references. Children (born 2010–2025) appear beside case numbers
  dated 2023–2026, so only the column or field name separates them.
- Card look-alikes: Luhn-valid order, transaction, gift-card, loyalty, OCR and ARN numbers starting with 1 or 7
  (no card network), IMEIs (TAC 35/86/01) and masked PANs. A PAN printed with spaces or dashes is labelled as
  printed.
- E-mail addresses on internal-looking but unreserved domains would be real addresses; they were either labelled
  or moved to `.invalid`.

"""


def render(docs, stats, digest):
    out = [HEAD]
    out.append('## Counts\n\n')
    out.append(f"{stats['documents']} documents in {stats['documents']} carrier directories (one document each), "
               f"{stats['labels']} labels ({stats['labelled_occurrences']} labelled occurrences) and "
               f"{stats['look_alikes']} registered look-alikes.\n\n")
    out.append(f"Among the look-alikes: {stats['pnr_lookalikes_luhn_valid']} date-shaped Luhn-valid personnummer "
               f"look-alikes and {stats['card_lookalikes_luhn_valid']} Luhn-valid card-shaped numbers of no card "
               f"network (order, transaction and OCR references, IMEIs).\n\n")
    out.append('| category | labels | labelled occurrences |\n|---|---:|---:|\n')
    for c, v in stats['categories'].items():
        out.append(f"| {c} | {v['labels']} | {v['occurrences']} |\n")
    out.append('\nDocuments per module: ' + ', '.join(f'`{m}.py` {n}' for m, n in stats['documents_per_module'].items()) + '.\n\n')
    out.append('## Carriers\n\n')
    for d in sorted(docs, key=lambda x: x.carrier):
        out.append(f'- `{d.carrier}`: {d.path} ({d.desc}, {len(d.labels)} labels)\n')
    out.append('\n## Determinism hash\n\n')
    out.append(f'`{digest}` (sha256 over `path NUL sha256(content) LF` of every document, `labels.tsv` and '
               f'`stats.json`, sorted by path; printed by `python3 generate.py`).\n')
    return ''.join(out)
