#!/usr/bin/env python3
"""Independent self-check of the dev5 corpus (does not import the generator).

1. labels.tsv is well formed; every value occurs in its file, is unique across
   the set and is valid for its category (Verhoeff, Luhn, mod 97, formats,
   placeholders, fictitious phone ranges ...).
2. Every occurrence of a labelled value sits on token boundaries.
3. Documents are scanned for unlabelled candidates of every category (the
   corpus promises that whatever is not labelled is clean).
Exit status 0 when everything passes, 1 otherwise.
"""
import sys
sys.dont_write_bytecode = True

import base64
import csv
import datetime
import io
import ipaddress
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NOT_DOCS = {"labels.tsv", "stats.json", "NOTES.md"}

CATS = {"email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id",
        "aws-secret-key", "github-token", "gitlab-token", "slack-token",
        "slack-webhook", "stripe-key", "google-api-key", "openai-key",
        "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth",
        "bearer-token", "password", "generic-secret", "azure-storage-key",
        "npm-token", "pypi-token", "huggingface-token", "sendgrid-key",
        "twilio-key", "shopify-token", "datadog-key", "docker-auth",
        "mailgun-key", "ipv4", "ipv6", "date-of-birth", "passport", "uk-nino",
        "nl-bsn", "se-personnummer", "fi-hetu", "de-steuer-id", "fr-nir",
        "es-dni", "it-codice-fiscale", "in-aadhaar"}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ checksums
VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [list(range(10))]
for _i in range(7):
    VP.append([VP[-1][x] for x in [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]])


def verhoeff(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def digits(s):
    return re.sub(r"\D", "", s)


def aadhaar_ok(ds):
    return len(ds) == 12 and ds[0] not in "01" and verhoeff(ds)


CARD_TEST = {"4111111111111111", "4242424242424242", "4000056655665556",
             "5555555555554444", "2223003122003222", "5105105105105100",
             "378282246310005", "371449635398431", "6011111111111117",
             "3566002020360505", "4012888888881881", "36227206271667",
             "6200000000000005", "4000000000000002", "5200828282828210"}


def card_prefix_ok(ds):
    n = len(ds)
    p2, p3, p4, p6 = int(ds[:2]), int(ds[:3]), int(ds[:4]), int(ds[:6])
    if ds[0] == "4" and n in (13, 16, 19):
        return True
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return True
    if p2 in (34, 37) and n == 15:
        return True
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649) and 16 <= n <= 19:
        return True
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return True
    if (p2 in (36, 38, 39) or 300 <= p3 <= 305) and 14 <= n <= 19:
        return True
    if p2 == 62 and 16 <= n <= 19:
        return True
    if (p2 in (60, 81, 82) or p3 == 508 or p3 == 607) and n == 16:
        return True
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return True
    return False


def card_ok(ds):
    return 12 <= len(ds) <= 19 and luhn(ds) and card_prefix_ok(ds) and ds not in CARD_TEST


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_ok(s):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s)
    if not m:
        return False
    cent, yy, mm, dd, sep, tail = m.groups()
    if cent and cent not in ("18", "19", "20"):
        return False
    day = int(dd) - 60 if int(dd) > 60 else int(dd)
    year = int((cent or "19") + yy)
    if not date_ok(year, int(mm), day):
        return False
    return luhn(yy + mm + dd + tail)


IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21,
            "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
            "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
            "IE": 22, "IS": 26, "IT": 27, "LT": 20, "LU": 20, "LV": 21,
            "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
            "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26}
IBAN_DOC = {"GB82WEST12345698765432", "DE89370400440532013000",
            "FR1420041010050500013M02606", "NL91ABNA0417164300",
            "GB33BUKB20201555555555", "CH9300762011623852957"}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 5 or IBAN_LEN.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"
DNI = "TRWAGMYFPDXBNJZSQVHLCKE"
CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
          16, 10, 22, 25, 24, 23]


def cf_ok(s):
    t = 0
    for i, c in enumerate(s[:15]):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += CF_ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26) == s[15]


def entropy(s):
    if not s:
        return 0.0
    n = len(s)
    return -sum(s.count(c) / n * math.log2(s.count(c) / n) for c in set(s))


RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_TLDS = (".test", ".invalid", ".example", ".localhost", ".local",
                 ".internal")


def email_real(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    if dom in RESERVED_DOMAINS or any(dom.endswith("." + r) for r in RESERVED_DOMAINS):
        return False
    if dom.endswith(RESERVED_TLDS) or dom == "localhost":
        return False
    if re.search(r"\.(png|jpg|gif|svg|webp)$", dom):
        return False
    return "." in dom


PLACEHOLDER_RE = re.compile(
    r"^(\$\{.*\}|\$\w+|\{\{.*\}\}|<.*>|\*+|x{3,}|X{3,}|\[.*\]|%\(.*\)s|"
    r"changeme|change_me|password|passwd|secret|null|none|None|true|false|"
    r"undefined|REPLACE.*|your[-_].*|.*EXAMPLE.*|TODO|test|dev|demo|"
    r"#\{.*\}#|__.*__|ENC\[.*|\{COQ.*|\*\*\* ENCRYPTED \*\*\*|foobared|"
    r"guest|admin|user|pass|root|redacted|REDACTED|<nil>|nil|)$")


def is_placeholder(v):
    v = v.strip().strip("'\"`")
    if PLACEHOLDER_RE.match(v):
        return True
    if re.match(r"^(os\.|process\.env|System\.|ENV\b|env\(|getenv|std\.|var\.|"
                r"\$|\{\{|%\(|cfg\[|Secrets\.|config\.|settings\.|get_|read_)", v):
        return True
    if re.match(r"^[A-Za-z_][\w.:]*\(.*\)?$", v) or v.startswith("("):
        return True
    if re.fullmatch(r"[a-z_][a-z0-9_.]*", v) and not re.search(r"\d", v):
        return True  # identifier / low-entropy word
    return False


# ------------------------------------------------------------------ load
def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}.get(nxt))
            if out[-1] is None:
                err("bad escape \\%s in labels.tsv" % nxt)
                out[-1] = nxt
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def load_labels():
    raw = open(os.path.join(HERE, "labels.tsv"), "rb").read()
    if b"\r" in raw:
        err("labels.tsv contains CR")
    lines = raw.decode("utf-8").split("\n")
    if lines[0] != "file\tcategory\tvalue":
        err("bad header")
    labels = []
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            err("line %d: %d fields" % (n, len(parts)))
            continue
        f, cat, val = parts
        for c in cat.split("|"):
            if c not in CATS:
                err("line %d: unknown category %s" % (n, c))
        labels.append((f, cat, unescape(val)))
    return labels


def doc_files():
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [x for x in dirs if x != "__pycache__"]
        if root == HERE:
            continue
        for fn in files:
            out.append(os.path.relpath(os.path.join(root, fn), HERE))
    return sorted(out)


def occurrences(text, val):
    res, i = [], text.find(val)
    while i >= 0:
        res.append((i, i + len(val)))
        i = text.find(val, i + 1)
    return res


# ------------------------------------------------------------------ label validity
FICTITIOUS = [r"555[-. ]?01\d\d", r"^\+?1?\D*\d{3}\D*555\D*01\d\d", r"7700\s?900\s?\d{3}",
              r"20\s?7946\s?0\d{3}", r"1632\s?960\s?\d{3}", r"491\s?57[0-2]\s?\d{3}"]


def valid(cat, v, text):
    c0 = cat.split("|")
    if "in-aadhaar" in c0:
        ds = digits(v.replace("%20", " "))
        return aadhaar_ok(ds) and re.fullmatch(r"\d{4}([ -]|  |%20|\+)?\d{4}\1?\d{4}", v.replace("  ", " ")) is not None or (aadhaar_ok(ds) and len(ds) == 12)
    if "credit-card" in c0:
        return re.fullmatch(r"[\d -]+", v) is not None and card_ok(digits(v))
    if "se-personnummer" in c0:
        return pnr_ok(v)
    if "iban" in c0:
        return iban_ok(v) and v.replace(" ", "") not in IBAN_DOC
    if "aws-access-key-id" in c0:
        return re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None and not v.endswith("EXAMPLE")
    if "aws-secret-key" in c0:
        return re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None and "EXAMPLE" not in v
    if "basic-auth" in c0 or "docker-auth" in c0:
        try:
            dec = base64.b64decode(v, validate=True).decode("utf-8")
        except Exception:
            return False
        return ":" in dec and v != "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    if "email" in c0:
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) is not None and email_real(v)
    if "phone" in c0:
        ds = digits(v.replace("%2B", "+"))
        if not 7 <= len(ds) <= 15:
            return False
        return not any(re.search(p, v) for p in FICTITIOUS)
    if "url-credentials" in c0:
        return not is_placeholder(v) and all(text[a - 1] == ":" and text[b] == "@" for a, b in occurrences(text, v))
    if "jwt" in c0:
        return re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", v) is not None
    if "bearer-token" in c0:
        ok = any(re.search(r"Bearer[\"',\s]*$", text[max(0, a - 12):a]) for a, b in occurrences(text, v))
        if "generic-secret" in c0:
            ok = True
        return ok and len(v) >= 16 and not is_placeholder(v)
    if "password" in c0:
        return len(v) >= 6 and not is_placeholder(v)
    if "generic-secret" in c0:
        return len(v) >= 16 and entropy(v) >= 3.0 and not is_placeholder(v)
    if "passport" in c0:
        return re.fullmatch(r"[A-Z0-9]{6,10}", v) is not None and re.search(r"\d", v) is not None
    if "date-of-birth" in c0:
        return re.search(r"\d", v) is not None
    return True


def mrz_line(text, a):
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", a)
    line = text[ls:le if le >= 0 else len(text)]
    return re.fullmatch(r"[A-Z0-9<]{30,44}", line) is not None


def aln(c):
    return c.isascii() and c.isalnum()


def boundary_ok(text, a, b, val):
    before = text[a - 1] if a > 0 else ""
    after = text[b] if b < len(text) else ""
    if aln(before) and aln(val[0]):
        if text[max(0, a - 2):a] == "-p" or re.fullmatch(r"\?3\d", text[max(0, a - 3):a]):
            return True
        return mrz_line(text, a)
    if aln(after) and aln(val[-1]):
        return mrz_line(text, a)
    if val[0].isdigit() and before in "." and a > 1 and text[a - 2].isdigit():
        return False
    return True


# ------------------------------------------------------------------ candidate scans
NONCARD_CTX = re.compile(r"(?i)(order|invoice|inv-|sku|legacy|id\b|_id|ref|corporate account|ar no|"
                         r"not a card|false positive|tracking|customer|serial|ean|product|case)")
NONCARD_COLS = re.compile(r"(?i)(^id$|order|invoice|sku|ean|serial|customer|legacy|ref|product)")


def csv_column(text, pos):
    """Header name of the CSV cell containing pos, or ''."""
    lines = text.split("\n")
    if not lines:
        return ""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls:le if le >= 0 else len(text)]
    head = lines[0].lstrip("\ufeff")
    for sep in (",", ";", "|"):
        if head.count(sep) >= 2:
            try:
                hcols = next(csv.reader([head], delimiter=sep))
                rcells = next(csv.reader([line], delimiter=sep))
            except StopIteration:
                return ""
            off = pos - ls
            acc = 0
            for i, cell in enumerate(line.split(sep)):
                if acc <= off <= acc + len(cell):
                    return hcols[i] if i < len(hcols) else ""
                acc += len(cell) + 1
    return ""


def sql_column(text, pos):
    """Column name of the INSERT tuple value containing pos, or ''."""
    ins = None
    for m in re.finditer(r"INSERT INTO [^(]*\(([^)]*)\) VALUES", text):
        if m.start() < pos:
            ins = m
    if not ins:
        return ""
    cols = [c.strip(" `\"") for c in ins.group(1).split(",")]
    start = text.rfind("(", 0, pos)
    end = text.find(")", pos)
    tup = text[start + 1:end]
    vals = next(csv.reader([tup], quotechar="'", skipinitialspace=True))
    target = text[text.rfind(",", start, pos) + 1 if text.rfind(",", start, pos) > 0 else start + 1:pos]
    idx = text[start + 1:pos].count(",")
    return cols[idx] if idx < len(cols) else ""


def line_of(text, pos):
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return text[ls:le if le >= 0 else len(text)]


SECRET_KEY_RE = re.compile(
    r"(?i)([\w.\-]*(?:passw(?:or)?d|passwd|\bpwd|_pass\b|\bpass\b|passphrase|\bpsk|secret|token|api[_-]?key|apikey|"
    r"auth[_-]?key|credentials|private[_-]?key|access[_-]?key|secret[_-]?key)[\w.\-]*)"
    r"[\"']?[ \t]*(?:=>|[:=]|[ \t])[ \t]*[\"'`]?([^\s\"'`,;}<>)\]]+)")
KEY_ALLOW = re.compile(r"(?i)(accessor|proxy_pass|withcredentials|_id$|id$|_file$|_path$|file$|_type$|_url$|^token_(duration|renewable|policies)|"
                       r"length|policy|provider|existing|_name$|enabled|required|expires|min_length|credentials_file|"
                       r"validate_password|hashedpassword|password_hash|pwdchangedtime|keyid|^signing\.secretkeyringfile|"
                       r"secretkeyringfile|token_type|idempotency|aws-secret-access-key$|aws-access-key-id$|credentialsprovider)")


def scan_candidates(path, text, spans):
    def covered(a, b, cats=None):
        for (x, y, c) in spans:
            if x < b and a < y and (cats is None or any(k in c for k in cats)):
                return True
        return False

    # aadhaar
    for m in re.finditer(r"(?<![0-9A-Za-z.])([2-9]\d{3})( |-|%20|\+|  )?(\d{4})\2?(\d{4})(?![0-9A-Za-z])", text):
        ds = m.group(1) + m.group(3) + m.group(4)
        if aadhaar_ok(ds) and not covered(m.start(), m.end(), ["in-aadhaar"]):
            err("%s: unlabelled Aadhaar-like %r" % (path, m.group(0)))
    # cards
    for m in re.finditer(r"(?<![0-9A-Za-z.])\d(?:[ -]?\d){11,18}(?![0-9A-Za-z])", text):
        ds = digits(m.group(0))
        if not card_ok(ds) or covered(m.start(), m.end(), ["credit-card"]):
            continue
        if covered(m.start(), m.end()):
            continue
        line = line_of(text, m.start())
        pre = line[:max(0, line.find(m.group(0)))][-60:]
        col = csv_column(text, m.start()) if path.endswith((".csv", ".psv")) else sql_column(text, m.start()) if path.endswith(".sql") else ""
        if NONCARD_CTX.search(pre) or (col and NONCARD_COLS.search(col)):
            continue
        err("%s: unlabelled card-like %r (col=%r)" % (path, m.group(0), col))
    # personnummer
    for m in re.finditer(r"(?<![0-9A-Za-z.])(\d{6}|\d{8})([-+]?)(\d{4})(?![0-9A-Za-z])", text):
        s = m.group(0)
        if pnr_ok(s) and not covered(m.start(), m.end(), ["se-personnummer"]):
            err("%s: unlabelled personnummer-like %r" % (path, s))
    # iban
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", text):
        s = m.group(1)
        cc = s[:2]
        comp = s.replace(" ", "")
        if cc in IBAN_LEN and len(comp) >= IBAN_LEN[cc]:
            cand = comp[:IBAN_LEN[cc]]
            if iban_ok(cand) and cand not in IBAN_DOC and not covered(m.start(), m.end(), ["iban"]):
                err("%s: unlabelled IBAN %r" % (path, s))
    # emails
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text):
        a = m.start()
        if a > 0 and text[a - 1] in ":/":
            continue
        if re.search(r"(?i)message-id:\s*<[^>]*$", text[max(0, a - 80):a]):
            continue
        if re.search(r"://[^\s/@]*:$", text[max(0, a - 80):a]):
            continue
        if email_real(m.group(0)) and not covered(m.start(), m.end(), ["email", "url-credentials"]):
            err("%s: unlabelled email %r" % (path, m.group(0)))
    # aws
    for m in re.finditer(r"\b(AKIA|ASIA)[A-Z2-7]{16}\b", text):
        if not m.group(0).endswith("EXAMPLE") and not covered(m.start(), m.end(), ["aws-access-key-id"]):
            err("%s: unlabelled AWS key id %s" % (path, m.group(0)))
    for m in re.finditer(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])", text):
        s = m.group(0)
        if re.search(r"[A-Z]", s) and re.search(r"[a-z]", s) and re.search(r"\d", s) and "EXAMPLE" not in s:
            if not covered(m.start(), m.end()):
                err("%s: unlabelled 40-char key-like %s" % (path, s))
    # ip
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", text):
        try:
            ip = ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        if ip.is_global and not covered(m.start(), m.end(), ["ipv4"]):
            err("%s: public IPv4 %s" % (path, m.group(0)))
    # jwt and vendor tokens
    for m in re.finditer(r"eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{10,}", text):
        if not covered(m.start(), m.end(), ["jwt"]):
            err("%s: unlabelled JWT" % path)
    for m in re.finditer(r"\b(ghp_|gho_|ghs_|github_pat_|glpat-|xox[abprse]-|sk_live_|rk_live_|AIza|npm_[A-Za-z0-9]{30}|hf_[A-Za-z]{30}|SG\.[\w-]{20}|shp(at|ca|pa|ss)_|sk-[A-Za-z0-9]{20}|key-[0-9a-f]{32})", text):
        if not covered(m.start(), m.end()):
            err("%s: unlabelled vendor token %r" % (path, text[m.start():m.start() + 20]))
    # bearer / basic
    for m in re.finditer(r"Bearer\s+([A-Za-z0-9._~+/=!-]{8,})", text):
        tok = m.group(1)
        if tok.lower() in ("undefined", "null") or not covered(m.start(1), m.end(1)) and not is_placeholder(tok):
            if tok.lower() in ("undefined", "null"):
                continue
            err("%s: unlabelled bearer %r" % (path, tok[:20]))
    for m in re.finditer(r"Basic\s+([A-Za-z0-9+/=]{8,})", text):
        tok = m.group(1)
        if tok != "QWxhZGRpbjpvcGVuIHNlc2FtZQ==" and not covered(m.start(1), m.end(1)):
            err("%s: unlabelled basic %r" % (path, tok[:20]))
    # url credentials
    for m in re.finditer(r"[a-z][a-z0-9+.-]*://([^:/@\s\"']*):([^@/\s\"']+)@", text):
        pw = m.group(2)
        if is_placeholder(pw) or re.fullmatch(r"\*+|\.\.\.", pw):
            continue
        if not covered(m.start(2), m.end(2)):
            err("%s: unlabelled URL credential %r" % (path, pw))
    # key = value secrets and passwords
    for m in SECRET_KEY_RE.finditer(text):
        key, val = m.group(1), m.group(2)
        if KEY_ALLOW.search(key) or is_placeholder(val) or len(val) < 6:
            continue
        if re.match(r"[-*\[#]|https?:|file:", val) or re.fullmatch(r"[A-Z][A-Z0-9_]+|[A-Z][a-z]+|[a-z0-9_./-]*/[a-z0-9_./-]*", val) or val.endswith(("=", ":")):
            continue
        if re.fullmatch(r"[\d.]+[smhdgMGK]?|[0-9]+", val):
            continue
        if covered(m.start(2), m.end(2)):
            continue
        err("%s: unlabelled secret-ish %s=%r" % (path, key, val[:30]))
    # other national ids
    for m in re.finditer(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])", text):
        a, g, s = m.groups()
        if a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000":
            err("%s: SSN-like %s" % (path, m.group(0)))
    for m in re.finditer(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", text):
        err("%s: NINO-like %s" % (path, m.group(0)))
    for m in re.finditer(r"(?<![\w])(\d{2})(\d{2})(\d{2})([-+A])(\d{3})([0-9A-Y])(?![\w])", text):
        dd, mm, yy, sep, nnn, c = m.groups()
        if 1 <= int(dd) <= 31 and 1 <= int(mm) <= 12 and HETU[int(dd + mm + yy + nnn) % 31] == c:
            if not covered(m.start(), m.end(), ["fi-hetu"]):
                err("%s: HETU-like %s" % (path, m.group(0)))
    for m in re.finditer(r"(?<!\d)[12]\d{14}(?!\d)", text):
        s = m.group(0)
        if 97 - int(s[:13]) % 97 == int(s[13:]) and 1 <= int(s[3:5]) <= 12:
            err("%s: NIR-like %s" % (path, s))
    for m in re.finditer(r"\b(\d{8})([A-Z])\b", text):
        if DNI[int(m.group(1)) % 23] == m.group(2):
            err("%s: DNI-like %s" % (path, m.group(0)))
    for m in re.finditer(r"\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b", text):
        if cf_ok(m.group(0)):
            err("%s: codice-fiscale-like %s" % (path, m.group(0)))
    # context scans: a candidate shortly after a keyword must be labelled
    for km in BIRTH_KW.finditer(text):
        window = text[km.end():km.end() + 45]
        window = re.split(r"[\r\n]", window)[0]
        for dm in DATE_TOK.finditer(window):
            a = km.end() + dm.start()
            tok = dm.group(0)
            if covered(a, a + len(tok)) or not plausible_date(tok) or tok in ("1900-01-01", "01/01/1900"):
                continue
            err("%s: unlabelled date after birth keyword: %r" % (path, text[km.start():km.end() + 45].strip()[:90]))
            break
    for km in PASSPORT_KW.finditer(text):
        window = re.split(r"[\r\n]", text[km.end():km.end() + 40])[0]
        for pm in re.finditer(r"(?<![\w])(?=[A-Z0-9]*\d)[A-Z0-9]{7,9}(?![\w])", window):
            a = km.end() + pm.start()
            tok = pm.group(0)
            if covered(a, a + len(tok)) or re.fullmatch(r"0+|\d{2}[A-Z]{3}\d{2}|(19|20)\d{6}", tok):
                continue
            err("%s: unlabelled passport-like %r after %r" % (path, tok, km.group(0)))
    for km in PHONE_KW.finditer(text):
        window = re.split(r"[\r\n]", text[km.end():km.end() + 80])[0]
        for pm in re.finditer(r"(?<![\w.%+-])(?:\+|%2B)?\(?\d[\d ().\-/]{6,18}\d(?!\w|\.\d)", window):
            if pm.start() > 32:
                break
            tok = pm.group(0)
            ds = digits(tok.replace("%2B", "+"))
            if not 8 <= len(ds) <= 15:
                continue
            a = km.end() + pm.start()
            if covered(a, a + len(tok)) or any(re.search(p, tok) for p in FICTITIOUS):
                continue
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+\.\d+|(\d{1,3}\.){3}\d{1,3}", tok):
                continue
            err("%s: unlabelled phone-like %r after %r" % (path, tok, km.group(0)))


BIRTH_KW = re.compile(r"(?i)(birth|\bdob\b|d\.o\.b|geburt|naissance|nacimiento|fecha_nac|nascita|nascimento|"
                      r"geboren|geboorte|urodz|född|syntym|doğum|生年月日|出生日期|생년월일|рожден|родил|الميلاد|"
                      r"जन्म|பிறந்த|জন্ম|పుట్టిన|જન્મ|\bBDAY|\bborn\b|\bné|nato/a|nacido|DMG\*D8\*|urodzony)")
PASSPORT_KW = re.compile(r"(?i:passport|reisepass|pasaporte|passeport|pasaport|护照|جواز|travel document|pass-nr)|/P/[A-Z]{3}/|\bPPN\b")
PHONE_KW = re.compile(r"(?i)(\btel\b|\btel:|phone|mobile|\bmob\b|\bfax\b|\bcell\b|whatsapp|telefon|téléphone|telefono|"
                      r"celular|cellulare|telemovel|電話|电话|手机|휴대|телефон|هاتف|मोबाइल|மொபைல்|মোবাইল|msisdn|\bsip:|callto:|"
                      r"wa\.me/|\bPER\*|\bTEL[;:]|number is|\bcall\b)")
DATE_TOK = re.compile(r"(?<![\d])(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{8}|\d{6}|\d{4}年\d{1,2}月\d{1,2}日|"
                      r"\d{1,2}[ -][A-Za-zÀ-ÿа-яё]{3,}[ -]\d{4}|\d{4}년 \d{1,2}월 \d{1,2}일|\d{12,13})(?![\d])")


def plausible_date(tok):
    if re.fullmatch(r"\d{12,13}", tok):
        return True  # epoch millis
    m = re.fullmatch(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})", tok)
    if m:
        return date_ok(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})", tok)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y if y > 99 else 1900 + y
        return date_ok(y, b, a) or date_ok(y, a, b)
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", tok)
    if m:
        return date_ok(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"\d{6}", tok):
        return date_ok(1900 + int(tok[:2]), int(tok[2:4]), int(tok[4:]))
    return True


def main():
    labels = load_labels()
    files = set(doc_files())
    texts = {}
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        try:
            texts[f] = raw.decode("utf-8")
        except UnicodeDecodeError:
            err("%s: not UTF-8" % f)
    seen = {}
    spans = {f: [] for f in files}
    per_cat = {}
    for f, cat, val in labels:
        if f not in texts:
            err("label for missing file %s" % f)
            continue
        key = (f, cat, val)
        if key in seen:
            err("duplicate label %r" % (key,))
        seen[key] = 1
        occ = occurrences(texts[f], val)
        if not occ:
            err("%s: value not found: %r" % (f, val))
            continue
        for a, b in occ:
            spans[f].append((a, b, cat))
            if not boundary_ok(texts[f], a, b, val):
                err("%s: %s %r embedded in a longer token at %d" % (f, cat, val, a))
        if not valid(cat, val, texts[f]):
            err("%s: invalid %s value %r" % (f, cat, val))
        for c in cat.split("|"):
            per_cat[c] = per_cat.get(c, 0) + 1
    owners = {}
    for f, cat, val in labels:
        owners.setdefault(val, set()).add(f)
    for val, fs in owners.items():
        if len(fs) > 1:
            err("value %r labelled in several files %s" % (val, sorted(fs)))
    bycat = {}
    for f, cat, val in labels:
        bycat.setdefault((f, val), set()).add(cat)
    for (f, val), cs in bycat.items():
        if len(cs) > 1:
            err("%s: value %r has several label lines %s" % (f, val, cs))
    for f in sorted(texts):
        scan_candidates(f, texts[f], spans[f])
    for e in errors:
        print("ERROR", e)
    print("files=%d labels=%d errors=%d" % (len(files), len(labels), len(errors)))
    for c in sorted(per_cat):
        print("  %-20s %d" % (c, per_cat[c]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
