"""Renders NOTES.md from the statistics."""

CATS = ["password", "generic-secret", "generic-secret|password", "twilio-key", "twilio-key|generic-secret",
        "azure-storage-key", "nl-bsn", "de-steuer-id", "us-ssn", "date-of-birth", "passport"]
SHORT = {"password": "pw", "generic-secret": "gs", "generic-secret|password": "gs/pw", "twilio-key": "tw",
         "twilio-key|generic-secret": "tw/gs", "azure-storage-key": "az", "nl-bsn": "bsn", "de-steuer-id": "stid",
         "us-ssn": "ssn", "date-of-birth": "dob", "passport": "pp"}


def render(stats, desc):
    out = []
    out.append("# dev14 — passwords and generic secrets in carriers no earlier set used\n\n")
    out.append("Written by a session that never read `policies/`, `src/`, `include/` or the rules, and never ran\n"
               "privguard: formats come from public documentation (vendor docs and manuals found with the search\n"
               "tool: FileZilla's sitemanager.xml, Redis ACL files, Windows answer files, fly secrets list, doppler\n"
               "secrets download, 1Password `op item get` JSON ...), values are random but shaped the way people and\n"
               "generators make them. Everything is written by `generate.py` (seed fixed in the script) with the\n"
               "helper modules `vals.py`, `c_ops.py`, `c_apps.py`, `c_prose.py`, `c_pii.py`, `c_more.py`,\n"
               "`notes.py`; it refuses\n"
               "to write when a self-check fails.\n\n")
    out.append(f"**{stats['documents']} documents, {stats['carriers']} carrier directories, {stats['labels']} labels.**\n\n")
    out.append("| category | labels |\n|---|---|\n")
    for c, n in stats["labels_per_category"].items():
        out.append(f"| `{c.replace('|', chr(92) + '|')}` | {n} |\n")
    out.append("\n## Labelling conventions\n\n"
               "- The label is the value exactly as the file holds it: JSON-escaped (`\\\"`, `\\\\`), XML entities\n"
               "  (`&amp;`, `&lt;`), SQL `''`, CSV `\"\"`, PHP `\\'`, URL-encoded (`sig=` values). No quotes, keys or `=`.\n"
               "- `password`: values of password keys, `IDENTIFIED BY`/`WITH PASSWORD`, `-p`/`-P`/`-w`/`-s` flags,\n"
               "  `>pass` in Redis ACLs, `{PLAIN}` in Dovecot passwd-files, `user/pass@db` in SQL*Plus, prose\n"
               "  (\"mein Passwort ist ...\", \"mot de passe : ...\"). Also reversible encodings that a config stores\n"
               "  in the password field: FileZilla `<Pass encoding=\"base64\">`, Windows answer-file `<Value>` with\n"
               "  `<PlainText>false</PlainText>` (base64 of UTF-16LE password + element name) and Group Policy\n"
               "  Preferences `cpassword` (AES with Microsoft's published key): labelled `password` because anyone can\n"
               "  decode them.\n"
               "- `generic-secret`: API keys, client secrets, signing/webhook/HMAC secrets, encryption keys, salts\n"
               "  (CakePHP `Security.salt`, Phoenix `signing_salt`), session secrets, license keys, registry tokens\n"
               "  (Cargo, Sonar `squ_`), TOTP seeds (Bitwarden `login_totp`, 1Password OTP field), Telegram bot\n"
               "  tokens, `whsec_`/`xsmtpsib-`/`re_` prefixed values no vendor category covers.\n"
               "- `generic-secret|password`: shared secrets a person types and both peers know — RADIUS client\n"
               "  secrets, IPsec PSKs (ipsec.secrets, swanctl `0s` base64 — the label is the base64 after `0s`),\n"
               "  a VPN PSK in an e-mail.\n"
               "- `twilio-key`: auth tokens (32 hex) next to an `AC` account SID and `SK` API key SIDs;\n"
               "  `twilio-key|generic-secret`: the 32-alphanumeric secret of an API key.\n"
               "- `azure-storage-key`: 88-char account keys (alone, `AccountKey=`, JSON, `az` output, INI) and SAS\n"
               "  `sig=` values as written (URL-encoded).\n"
               "- Personal data only in fields that say what they are: `bsn`/`Burgerservicenummer` (11-test),\n"
               "  `Steuer-ID` (11 digits, one digit twice, ISO 7064 check digit; some written `12 345 678 901`),\n"
               "  `ssn`/`member_ssn` (issuable areas, with and without dashes), birth-date fields and \"born ...\",\n"
               "  passport-number fields (NL, DE, US, GB, FR, IN shapes).\n\n"
               "**Not labelled (look-alikes on purpose):** placeholders (`changeme`, `<secret>`, `${VAR}`,\n"
               "`$__file{...}`, `!secret name`, `$${default_password}`, `&&app_password`, `********`, `CHANGE_ME`,\n"
               "`your-apple-id-password`), code naming a password (`password: str`, `SecretStr`, `process.env.X`,\n"
               "`System.getenv`, `passwordPrompt()`, `Read-Host`), hashes (bcrypt, argon2, SHA512-crypt, `$apr1$`,\n"
               "MySQL `$A$005$`, SCRAM, Redis `#sha256`, Jetty `MD5:`/`OBF:`, NT hashes, MD5 `md5_cred`, Oracle `S:`\n"
               "verifiers), public ids next to secrets (client ids, Twilio `AC`/`MG`/`VA`/`CL` SIDs, Algolia search\n"
               "keys, reCAPTCHA/Turnstile site keys, `pk_live_`, key ids, team ids, UUIDs, KV/D1 ids, commit SHAs,\n"
               "fly secret digests, SOPS `ENC[...]` blobs, Windows product keys), documented defaults\n"
               "(`testing123` in FreeRADIUS, Android debug keystore `android`, CakePHP test `secret`), low-entropy\n"
               "values (`api_key_header: X-Api-Key`, `PSDscAllowPlainTextPassword = $true`), paths\n"
               "(`password_file:`, `TLSPSKFile=`), personnel numbers that fail the 11-test, German KV numbers,\n"
               "Steuernummern, the documentation IBAN DE89 3704 0044 0532 0130 00, EINs, driver's licence and\n"
               "ID-card numbers (not passports), hire/expiry dates.\n\n")
    out.append("## Self-checks (generate.py refuses to write otherwise)\n\n"
               "Every label occurs in its file exactly as many times as it was written there; no labelled value\n"
               "occurs in any other document; a value has one category; no look-alike equals a labelled value;\n"
               "no labelled value matches the placeholder list; BSN 11-test, Steuer-ID digit rule and check digit,\n"
               "SSN issuability, Azure key/SAS shapes, Twilio shapes and date parsing hold; no `generic-secret`\n"
               "or `password` label starts with a vendor prefix another category covers.\n\n")
    out.append("## Carriers\n\n| carrier | what | docs | " + " | ".join(SHORT[c] for c in CATS) + " |\n")
    out.append("|---|---|---|" + "---|" * len(CATS) + "\n")
    for k, v in stats["carriers_detail"].items():
        cells = [str(v["labels"].get(c, "")) for c in CATS]
        out.append(f"| `{k}/` | {desc.get(k, '')} | {v['documents']} | " + " | ".join(cells) + " |\n")
    out.append("\nColumns: " + ", ".join(f"{SHORT[c]} = `{c}`" for c in CATS) + ".\n\n")
    out.append("## Unsure\n\n"
               "- Encoded passwords (FileZilla base64, unattend `PlainText=false`, GPP `cpassword`) are labelled\n"
               "  `password`; a scanner that only reads plain values will miss them by design.\n"
               "- RADIUS secrets and IPsec PSKs carry `generic-secret|password`.\n"
               "- Twilio API-key secrets carry `twilio-key|generic-secret`.\n"
               "- Passwords that are a random 32-hex string (ESPHome OTA) are `password` because of their key.\n")
    return "".join(out)
