"""The fixed head of NOTES.md (kept in a .py file: a .md at the set's top would be scored as a document).
Placeholders in {BRACES} are filled by notes.py."""

HEAD = '''# dev27: notes

## Who wrote it and how

A helper session wrote this set blind. It never saw the scanner or its rules. It read only three files:
`/tmp/dev27-brief/documents-README.md` (layout, `labels.tsv` format, categories),
`/tmp/dev27-brief/carriers_used.txt` (carrier names used before) and `/tmp/dev27-brief/example-NOTES.md`
(dev26's notes, used only as a model for this file and for how `generate.py` is organised). It read nothing under
`/work`, no other document set, ran no scanner and no scoring script, and used no search tool and no network.
Formats are written from memory of public tool and format documentation. Every labelled value is random output of
`generate.py` (seed 27027); none was copied from anywhere.

Well-known or public values used, all **unlabelled**:
- the AWS documentation id `AKIAIOSFODNN7EXAMPLE` in a comment of `django-storages-settings-py`;
- published test cards `4111 1111 1111 1111` (`ripgrep-card-number-audit-terminal-txt`, a till's test mode) and the
  13-digit gateway test Visa `4929000000006` (`opayo-direct-protocol-post-log`, a line saying it was ignored);
- `sk_test_…` / `pk_test_…` Stripe test-mode keys (`spree-payment-method-seeds-rb`), Stripe `pk_live_…`, a Turnstile
  site key, a reCAPTCHA site key, a Mapbox `pk.` token, an Adyen `live_` client key, a PayPal client id, a Plivo auth
  id, a 46elks API user name, Klarna API user names, Vonage and Agora app ids, Last.fm and Spotify client ids, Shopware
  `SWSC`/`SWIA` access key ids, a Twilio account SID, a GA measurement id: all public identifiers beside their labelled
  secrets;
- a WireGuard key that a forum reply presents as "the placeholder in the docs" (`reddit-homelab-comment-json`; the
  value is invented, the reply's claim is part of the document) and a Pi-hole-style API token that the poster says is
  harmless (labelled, it is a real-looking token posted in public);
- the Swish test alias `1234567890` (`quart-app-config-py`), `test/test` described as not secret in a chat, the
  eduroam outer identity `anonymous@lnu.se` (a NAI, not a mailbox; registered look-alike);
- placeholders and masked values right beside real ones: `Bearer ${FAKTURA_TOKEN}`, `Bearer ${QA_TOKEN}`,
  `Bearer <token>`, `@{concat('Bearer ', parameters('erpToken'))}` (Logic Apps), `Bearer ' || current_setting(…)`,
  an empty `Bearer ` in an strace capture, `{{ dns_api_token }}`, `${partner.repo.password}`, `${KLARNA_PLAYGROUND_PASSWORD}`,
  `${THEMEKIT_PASSWORD}`, `${CI_JOB_TOKEN}`, `$MQTT_PASS`, `********`, `'********'` in a cqlsh history, `[fjernet]`,
  `…3f1a`, `$4$`/`$6$`/`des` password hashes, an encrypted TACACS+ key (`tacacs-server key 2 $…`), masked PANs (`419205******1373`,
  `XXXXXXXXXXXX1234`, `**** **** **** 1234`), masked personnummer (`900507-XXXX`);
- private and documentation addresses only (`10.x`, `172.16-31.x`, `192.168.x`, `192.0.2.x`, `198.51.100.x`,
  `203.0.113.x`); no public IP address appears, so there are no `ipv4` labels.

## Layout

- `generate.py`: the driver (build, self-checks, lint, writer, statistics, `NOTES.md`, determinism hash).
  `core.py`: the `Doc` helper, value generators, encoders and checksums. `registry.py`: the `@doc(carrier, path,
  description)` decorator. `notes.py` + `notes_head.py`: this file (the counts, carrier list and hash are filled in
  by `generate.py`).
  - Each document has its own `random.Random`, seeded from `sha256("27027+<carrier>/<path>")`.
  - `d.L(cat, value)` labels a value, `d.X(value)` registers an unlabelled look-alike, `d.glue_ok` lists labels that
    legitimately touch a letter or digit (fixed-width EFW2 records `RW<ssn><name>`, GDS fields `*AX3712…`,
    `LON0113…`).
  - Templates use `⟨kind:arg|enc!category#ref⟩` markers filled by `Doc.T()`: `⟨bt:an40⟩` a labelled bearer token
    (shapes `an40`, `hex64`, `b64u_32`, …), `⟨jbt:RS256⟩` a JWT sent as a bearer (`jwt|bearer-token`), `⟨pw:w|json⟩`
    a password escaped as the syntax needs (`json`, `xml`, `xmltext`, `sql`, `php`, `c`, `dq`, `sh1`, `ysq`, `url`,
    `form`), password styles `w` (Word-Word-47!), `s` (word+year), `a`/`y`/`q` (random with punctuation, quotes,
    backslash), `x` (alnum), `p` (passphrase with spaces), `l` (diceware), `h` (hex); `⟨upw:x16⟩` a URL-encoded
    password in a URL (`url-credentials|password`), `⟨gs:whsec_~b64_24⟩` a generic secret whose literal parts
    (prefix or suffix, `~`-separated) are inside the label, `!category` overrides the category
    (`⟨uuid!generic-secret⟩` for UUID-shaped tokens), `⟨ak⟩`/`⟨sk⟩`/`⟨st⟩` AWS id, secret and session token, vendor
    kinds (`⟨ghp⟩`, `⟨ghpat⟩`, `⟨glpat⟩`, `⟨xoxb⟩`, `⟨xapp⟩`, `⟨slackwh⟩`, `⟨rklive⟩`, `⟨sg⟩`, `⟨mg⟩`, `⟨oai⟩`,
    `⟨ant⟩`, `⟨hf⟩`, `⟨npm⟩`, `⟨pypi⟩`, `⟨shpat:shppa_⟩`, `⟨aiza⟩`, `⟨azkey⟩`, `⟨dd⟩`, `⟨ddapp⟩`, `⟨twauth⟩`,
    `⟨twsk⟩`, `⟨dauth⟩`, `⟨basic⟩`), personal data (`⟨pnr:long-@1950-1998⟩`, `⟨card:amex⟩`, `⟨iban:SE.sp⟩`,
    `⟨ph:se.mob⟩`, `⟨em:role@domain⟩`, `⟨dob:%d/%m/%Y@1984-1994⟩`, `⟨pp:es⟩`) and registered look-alikes (`⟨uuid⟩`,
    `⟨sha1⟩`, `⟨sha256⟩`, `⟨hex:32⟩`, `⟨an:24⟩`, `⟨AN:10⟩`, `⟨int:10⟩`, `⟨ulid⟩`, `⟨lkpnr:long-⟩`, `⟨lkcard:16⟩`,
    `⟨mask:visa⟩`, `⟨imei⟩`, `⟨orgnr⟩`, `⟨pk:pk_live_~an99⟩`, `⟨x:literal⟩`); `⟨=ref⟩` repeats a value
    (re-encoded with `⟨=ref|url⟩`), `⟨$name⟩` inserts a keyword argument.
    Register-style documents (Swedish, cards, personal data) are Python loops over rows; personnummer follow the sex of
    the first name (odd or even ninth digit).
  - One exception to per-document independence: a global set keeps every random value unique across the set
    (documents are built in a fixed order, so this is deterministic).
- Modules: `docs_bearer.py` (bearer tokens in client code of many languages and in tools), `docs_generic.py` (generic
  secrets), `docs_password.py` (passwords), `docs_prose.py` (people writing secrets), `docs_swedish.py` (personnummer),
  `docs_cards.py` (cards), `docs_personal.py` (phones, e-mail, IBAN, birth dates, passports, SSN, NINO, BSN),
  `docs_cloud.py` (AWS keys and vendor tokens).
- `python3 generate.py --check` builds and checks without writing. `python3 generate.py` removes the carrier
  directories listed in the previous `stats.json`, writes the documents, `labels.tsv`, `stats.json` and `NOTES.md`,
  removes `__pycache__` (it also sets `sys.dont_write_bytecode`) and prints the determinism hash.

## Self-checks (nothing is written if one fails)

- every label occurs in its file; no surrounding whitespace or newline; no label looks like a placeholder (`${`,
  `{{`, `EXAMPLE`, `your-`, `REDACTED`, `changeme`, `***`, `xxx`, `...`, `<`, `>`); random values reject `test`,
  `example`, `fake`, `dummy`, `sample`, `passw`, `secret`, `token`, `admin`, `your`, `demo`, `foo`, `123`, … and
  vendor prefixes (`AKIA`, `eyJ`, `AIza`, `sk-`, `ghp_`, `xox`, …) they are not meant to have;
- no label occurrence is glued to a letter or digit (except `glue_ok`);
- labels of 6+ characters are labelled in one document only and occur in no other document; every random value is
  unique across the set;
- no value has two categories in one file; no label lies inside a label of another category; no look-alike
  contains or is contained in a label, and every look-alike occurs in its file;
- checksums: cards pass Luhn with a network prefix and length and are not published test cards; personnummer have a
  valid date (day+60 for samordningsnummer) and pass Luhn on the 10-digit form; IBANs pass mod 97; BSN pass the
  11-test; AWS ids `AKIA|ASIA` + 16 `[A-Z2-7]`, secrets 40 `[A-Za-z0-9/+]`; JWTs have three parts and their header
  and payload decode as JSON; GitHub `ghp_` tokens carry a valid CRC32/base62 checksum; e-mail addresses are not on
  reserved domains; phones 7–15 digits; passports `[A-Z0-9]{6,12}`; SSN area/group/serial rules; NINO
  prefix/suffix rules; base64 `user:password` for basic and docker auth; vendor token shapes; self-tests of the
  checksum helpers on known values;
- lint over every document: each personnummer-shaped string (6 or 8 digits, optional `-`/`+`/space, 4 digits) with a
  valid date and Luhn is labelled, overlaps a label (a Swedish mobile number written `07XXXXXXXX` can be
  date-shaped) or is a registered look-alike; each Luhn-valid card-shaped run (digits with single space, dash or `+`)
  with a network prefix and length is labelled, a published test card or registered; each e-mail-shaped string is
  labelled, reserved, URL userinfo or registered; each public dotted quad is labelled (there are none; version
  strings are skipped); every token after `Bearer` is labelled or a placeholder; every `AKIA…`/`ASIA…` and JWT is
  labelled; no template marker leaked;
- no carrier name is on `carriers_used.txt`, one document per carrier.

## Unsure about

- **Carrier novelty.** All {N_CARRIERS} directory names are new. A word-level scan of `carriers_used.txt` was run over
  every candidate; exact and near-identical tool+artifact pairs were replaced (`wordpress-wp-remote-request` →
  a Joomla plugin, `sts-output` → an SSO `get-role-credentials` output, `pci-dss-scan-findings-csv` → a ripgrep audit
  transcript, `language-school-enrolment-xml` → an exchange-student placement). Remaining overlaps are different
  artifacts of a known tool (e.g. `ansible-uri-task-headers-yml` beside earlier Ansible inventories). New tools and
  languages include Ada (AWS.Client), SWI-Prolog, V, Roblox Luau, Unreal C++, Oracle UTL_HTTP, SQL Server
  `sp_invoke_external_rest_endpoint`, pgsql-http, Logic Apps, openHAB, YARP, Scrapy, http.rb, imroc/req, isahc, awc,
  ky, RTK Query, http4s, HTTPoison, Erlang httpc, hato, Lazarus, gawk `/inet`, vibe.d, PowerBuilder, Visual FoxPro,
  Heartbeat, Raku Cro, ObjectScript, OpenEdge ABL, LotusScript, strace; Quart, Bottle, Falcon, Sinatra, Hanami, Roda,
  Fiber, RedwoodJS, Astro, Sylius, Shopware, Navidrome, Tandoor, Invidious, SearXNG, mautrix, LibreChat, Continue,
  aider; MPD, Transmission, Deluge, Liquidsoap, sssd, Redis Sentinel, Ivy, Bundler, wpa_supplicant, netplan,
  tac_plus, proxmoxer, libvirt, Percona Toolkit, Hibernate, motion, OpenSMTPD, stunnel, Jakarta Mail, x/crypto/ssh,
  imapflow, MailKit, smbprotocol, cqlsh, VeraCrypt, Ruckus ICX, Zyxel USG, Check Point Gaia, ISPConfig, DirectAdmin,
  ejabberd; Element, Znuny, Groove, LiveAgent, tawk.to, Userlike, WeCom, Typetalk, Viva Engage, Whisper SRT, Gitter,
  Azure DevOps, Nextcloud Deck, Missive, Trengo; Opayo, IATA BSP, Sabre, Elavon, PAYONE, DIBS; GEDCOM, EFW2, CIS,
  pain.001; Shrine, Active Storage, GoReleaser, python-gitlab, Poetry, Kaggle, Theme Kit, datadog-ci, Hubot, Spree,
  django-two-factor-auth, Umbraco.
- Tokens defined as constants and sent as a bearer by name (`"Bearer " & WMS_Token`, `SetCommonBearerAuthToken`,
  `bearer_auth(token)`, `HTTP.auth("Bearer #{…}")`, `Http::withToken`, `auth => { bearer => … }`, `:oauth-token`,
  `Header.Authorization.Bearer`, `Credentials.Token(AuthScheme.Bearer, …)`) are `bearer-token`; JWTs sent as bearer
  are `jwt|bearer-token`. A NetBox `Token …` header value is `generic-secret`.
- UUID-shaped secrets are labelled `generic-secret` beside UUID look-alikes (request ids, client ids, tenant ids):
  an `X-Consul-Token` in an strace capture, a Codecov upload token, a Postmark server token, a Proxmox Backup Server
  API token.
- Labels keep vendor prefixes and suffixes inside the value (`AQE…` Adyen API key, `0x4AAAAAAA…` Turnstile secret,
  `6L…` reCAPTCHA secret, `ATATT3x…` Atlassian token, `…-us14` Mailchimp key, `sk-` of a DeepSeek key). A PayPlug
  `sk_live_…` key is `generic-secret|stripe-key` (same shape as Stripe's).
- SNMP communities, TACACS+ and RADIUS keys, IPsec/L2TP pre-shared keys, Wi-Fi passphrases (with spaces), VNC/SPICE
  passwords, MPD `password "pw@perms"` (only the part before `@`), Bundler `user:pass` (only the pass) are
  `password`. A WPA PSK in hex (`wpa_passphrase` output), stunnel PSKs and a 46elks "API password" are
  `password|generic-secret`. Hashed or encrypted values (`$4$`, `$6$`, `des`, `key 2 $…`) are unlabelled
  look-alikes.
- Secrets that a chat says were revoked afterwards (an Azure DevOps comment, a Gitter message) are still labelled:
  the document shows a real-looking secret and gives no proof.
- Role addresses of organisations (`kansli@`, `soporte@`, `notifications@tawk.to`, …) are labelled `email`; URL
  userinfo (`smtp://butik%40…:pw@`) and a Sentry DSN key are not; an `%40`-encoded address in a
  payment log's query string is labelled `email` as written.
- Personnummer look-alikes: registered date-shaped numbers that pass both the date check and Luhn (application,
  case, order, booking, receipt, invoice, lease, lottery-permit and referral numbers dated 2023–2026, and golf club
  member numbers built from the join date, 1990–2025, so they look like adults' numbers), Swedish organisation
  numbers, Golf-IDs (`YYMMDD-NNN`, birth date plus three digits), GSRN metering ids `735999…`, ICCIDs and masked
  numbers (`900507-XXXX`). Children in the name-change, glasses-subsidy and mother-tongue registers are born
  2009–2023 while the case numbers are dated 2024–2026, so the date range alone does not separate them; the column
  name does. Centenarians use the `+` separator; a few samordningsnummer (day+60) appear.
- Card look-alikes: Luhn-valid card-shaped ids whose first digit is no card network's (order and deal references),
  IMEIs (TAC 35/86/01), masked PANs and published test cards. PANs written with `+` between groups (a URL-encoded
  query string) are labelled as written.
- Birth dates are labelled only in fields that say so (`date_of_birth`, `Geburtsdatum`, `geboortedatum`,
  `Date de naissance`, `Né(e) le`, GEDCOM `BIRT`/`DATE` of living relatives); GEDCOM ancestors have year-only or
  approximate birth dates and death dates, unlabelled; dates inside personnummer are not labelled separately.

**Deviations from the brief**: {N_LABELS} labels instead of about 750 (the Swedish, card and personal-data registers
carry a phone or e-mail in many rows; rows were thinned twice); {N_DOCS} documents for about 180.
'''
