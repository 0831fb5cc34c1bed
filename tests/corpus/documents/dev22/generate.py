#!/usr/bin/env python3
"""dev22 generator: writes documents, labels.tsv and stats.json (seed 22022).

python3 generate.py --check   build and check only
python3 generate.py           build, check, write
"""
import collections, datetime, json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import Doc, luhn_ok, luhn_digit  # noqa: E402
import docs_a, docs_b, docs_c, docs_d, docs_e  # noqa: E402

MODULES = [docs_a, docs_b, docs_c, docs_d, docs_e]

# '#'-comment config formats get the header a configuration-management tool writes
HEADER_KINDS = {"ftp daemon config", "connection pooler config", "database cluster config", "softphone config", "dns server config",
                "dynamic dns client config", "mail retriever config", "mail relay config", "http proxy config", "proxy server config",
                "process monitor config", "metrics daemon config", "self-hosted app env file", "web analytics config",
                "auth server config", "identity server config", "mail server config", "container registry config", "ml cluster config",
                "build cache env file", "vpn control server config", "python web framework config", "iac parameter file",
                "cloud cli config", "cloud sdk config", "tunnel agent config", "database migration config", "config templating values",
                "container host config", "time server keys", "mailing list server config", "package registry config", "jvm framework config"}
NO_HEADER = {"matomo-config-ini-php", "sqitch-conf", "alembic-ini", "aliyun-cli-config-json", "tencentcloud-tccli", "mycli-myclirc",
             "pgcli-config", "linode-cli-config", "ovh-conf", "oci-cli-config", "hcloud-cli-toml", "exoscale-cli-toml",
             "vultr-cli-yaml", "pyramid-ini", "sogo-conf", "dma-auth-conf", "supertokens-config-yaml", "baresip-accounts", "linphone-rc"}

PLACEHOLDER = re.compile(r"(\$\{|\{\{|<[^>]*>|EXAMPLE|your[-_]|REDACTED|changeme|\*\*\*|xxx|%[A-Z_]+%|\$\(|•|\.\.\.|"
                         r"^placeholder|^dummy|^secret$|^password$|^token$|^null$|^none$)", re.I)


def build():
    docs = []
    for m in MODULES:
        for path, fn, kind in m.DOCS:
            d = Doc(path)
            d.kind = kind
            text = fn(d)
            if kind in HEADER_KINDS and d.path.split("/")[0] not in NO_HEADER:
                sha, dig, rid = d.X(d.hx(40)), d.X(d.hx(64)), d.X(d.uuid())
                hdr = (f"# Ansible managed: templates/{os.path.basename(d.path).lstrip('.')}.j2\n"
                       f"# commit {sha}  template sha256 {dig}\n# deploy run {rid}\n")
                if text.startswith("#!"):
                    first, rest = text.split("\n", 1)
                    text = first + "\n" + hdr + rest
                else:
                    text = hdr + text
            if not text.endswith("\n"):
                text += "\n"
            d.text = text
            docs.append(d)
    return docs


def pnr_valid(v):
    digits = re.sub(r"[-+]", "", v)
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    if luhn_digit(digits[:9]) != int(digits[9]):
        return False
    yy, mm, dd = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if dd > 60:
        dd -= 60
    full = v.replace("-", "").replace("+", "")
    years = [int(full[:4])] if len(full) == 12 else [1900 + yy, 2000 + yy]
    for y in years:
        try:
            datetime.date(y, mm, dd)
            return True
        except ValueError:
            pass
    return False


def iban_ok(v):
    v = v.replace(" ", "")
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


RESERVED = re.compile(r"@([a-z0-9-]+\.)*(example\.(com|org|net)|example|test|invalid|localhost|local|internal|home\.arpa)$", re.I)
EMAIL_RE = re.compile(r"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PNR_RE = re.compile(r"(?<![\d])(\d{8}[-+]?\d{4}|\d{6}[-+]?\d{4})(?!\d)")


def check(docs):
    errs = []
    owner = {}
    all_text = {d.path: d.text for d in docs}
    carriers_used = set()
    bp = "/tmp/dev22-brief/carriers_used.txt"
    if os.path.exists(bp):
        carriers_used = set(open(bp).read().split())
    for d in docs:
        carrier = d.path.split("/")[0]
        if carrier in carriers_used:
            errs.append(f"{d.path}: carrier already used")
        cats = {}
        for cat, v in d.labels:
            if v != v.strip() or "\n" in v and not v.startswith("-----BEGIN"):
                errs.append(f"{d.path}: whitespace in label {v!r}")
            if v not in d.text:
                errs.append(f"{d.path}: label not in file {cat} {v!r}")
            if PLACEHOLDER.search(v) and not v.startswith("-----BEGIN"):
                errs.append(f"{d.path}: placeholder-like label {v!r}")
            if cats.get(v, cat) != cat:
                errs.append(f"{d.path}: two categories for {v!r}")
            cats[v] = cat
            for m in re.finditer(re.escape(v), d.text):
                a, b = m.start(), m.end()
                if a > 0 and d.text[a - 1].isalnum() or b < len(d.text) and d.text[b].isalnum():
                    errs.append(f"{d.path}: glued occurrence of {v!r}: {d.text[max(0,a-10):b+10]!r}")
            if len(v) >= 6:
                if v in owner and owner[v] != d.path:
                    errs.append(f"{d.path}: label {v!r} also labelled in {owner[v]}")
                owner[v] = d.path
            if len(v) >= 8:
                for p, t in all_text.items():
                    if p != d.path and v in t:
                        errs.append(f"{d.path}: label {v!r} occurs in {p}")
            cs = cat.split("|")
            if "credit-card" in cs and not luhn_ok(v):
                errs.append(f"{d.path}: card fails Luhn {v}")
            if "se-personnummer" in cs and not pnr_valid(v):
                errs.append(f"{d.path}: bad personnummer {v}")
            if "iban" in cs and not iban_ok(v):
                errs.append(f"{d.path}: bad iban {v}")
            if "aws-access-key-id" in cs and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
                errs.append(f"{d.path}: bad key id {v}")
            if "aws-secret-key" in cs and not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
                errs.append(f"{d.path}: bad aws secret {v}")
            if "jwt" in cs and not (v.startswith("eyJ") and v.count(".") == 2):
                errs.append(f"{d.path}: bad jwt {v}")
            if "email" in cs and RESERVED.search(v):
                errs.append(f"{d.path}: reserved e-mail {v}")
            if "phone" in cs and not 7 <= len(re.sub(r"\D", "", v)) <= 15:
                errs.append(f"{d.path}: bad phone {v}")
            if "passport" in cs and not re.fullmatch(r"[A-Z0-9]{6,12}", v):
                errs.append(f"{d.path}: bad passport {v}")
        labelled = set(v for _, v in d.labels)
        # a labelled value must not sit inside a look-alike or inside another label of another category
        for lk in d.looks:
            if lk not in d.text:
                errs.append(f"{d.path}: look-alike not in file {lk!r}")
            for v in labelled:
                if v in lk:
                    errs.append(f"{d.path}: look-alike {lk!r} contains label {v!r}")
        for v in labelled:
            for w in labelled:
                if v != w and v in w and cats[v] != cats[w]:
                    # every occurrence of v must then be inside w (same sensitive value)? treat as error
                    n_in = d.text.count(w) * w.count(v)
                    if d.text.count(v) > n_in or True:
                        errs.append(f"{d.path}: label {v!r} inside label {w!r} of another category")
        # lint: personnummer-shaped strings
        for m in PNR_RE.finditer(d.text):
            s = m.group(1)
            if pnr_valid(s) and s not in labelled and s not in d.looks:
                if not any(s in lk for lk in d.looks) and not any(s in v for v in labelled):
                    errs.append(f"{d.path}: unregistered personnummer-shaped {s}")
        for m in EMAIL_RE.finditer(d.text):
            e = m.group(0)
            if RESERVED.search(e) or e in labelled or any(e in lk for lk in d.looks) or any(e in v for v in labelled):
                continue
            # userinfo in URLs (scheme://user:password@host) is skipped
            ls = max(d.text.rfind(c, 0, m.start()) for c in " \t\n\"'<(=")
            if "://" in d.text[ls + 1:m.start() + 1] or ":" in d.text[ls + 1:m.start() + 1]:
                continue
            if any(v in e for v in labelled if "@" in v or "%40" in v):
                continue
            errs.append(f"{d.path}: unlabelled e-mail {e}")
        for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", d.text):
            a, b, c, e = map(int, m.groups())
            s = m.group(0)
            private = a in (10, 127, 0) or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31) or (a == 100 and 64 <= b <= 127) \
                or (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or (a == 169 and b == 254) or a >= 224 or s in d.looks
            if not private:
                errs.append(f"{d.path}: public-looking dotted quad {s}")
        for bad in ("{d.", "d.L(", "d.X(", "d.pw("):
            if bad in d.text:
                errs.append(f"{d.path}: generator leak {bad!r}")
    return errs


def tsv_esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def write(docs):
    out = HERE
    old = os.path.join(out, "stats.json")
    if os.path.exists(old):
        for c in json.load(open(old)).get("carriers", {}):
            p = os.path.join(out, c)
            if os.path.isdir(p):
                shutil.rmtree(p)
    for d in docs:
        p = os.path.join(out, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(d.text)
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tcategory\tvalue\n")
        for d in docs:
            seen = set()
            for cat, v in d.labels:
                if (cat, v) in seen:
                    continue
                seen.add((cat, v))
                f.write(f"{d.path}\t{cat}\t{tsv_esc(v)}\n")
    stats = stats_of(docs)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(stats, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    return stats


def stats_of(docs):
    cats = collections.Counter()
    carriers = collections.Counter()
    kinds = collections.Counter()
    nlab = 0
    for d in docs:
        carriers[d.path.split("/")[0]] += 1
        kinds[d.kind] += 1
        for cat, v in set(d.labels):
            cats[cat] += 1
            nlab += 1
    return {"documents": len(docs), "carriers": dict(sorted(carriers.items())), "n_carriers": len(carriers),
            "labels": nlab, "categories": dict(cats.most_common()), "kinds": dict(kinds.most_common()),
            "lookalikes": sum(len(set(d.looks)) for d in docs)}


def main():
    docs = build()
    paths = [d.path for d in docs]
    dup = [p for p, n in collections.Counter(paths).items() if n > 1]
    errs = check(docs)
    if dup:
        errs.append(f"duplicate paths {dup}")
    if errs:
        for e in errs:
            print("FAIL", e)
        print(f"{len(errs)} check failures; nothing written")
        sys.exit(1)
    if "--check" in sys.argv:
        print(json.dumps(stats_of(docs), indent=1, ensure_ascii=False))
        return
    st = write(docs)
    print(f"wrote {st['documents']} documents, {st['n_carriers']} carriers, {st['labels']} labels, {st['lookalikes']} look-alikes")


if __name__ == "__main__":
    main()
