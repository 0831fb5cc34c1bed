"""Document/label registry and self-checks for dev16."""
import datetime, os, re
from values import luhn_ok

DOCS = []


class Doc:
    def __init__(self, path):
        self.path = path
        self.labels = []   # (category, value)
        self.looks = []    # unlabelled look-alikes
        self.body = None
        DOCS.append(self)

    def S(self, cat, v):
        self.labels.append((cat, v))
        return v

    def N(self, v):
        self.looks.append(v)
        return v

    def set(self, text):
        if not text.endswith("\n"):
            text += "\n"
        self.body = text


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


PNR_RE = re.compile(r"^(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})$")


def pnr_valid(v):
    m = PNR_RE.match(v)
    if not m:
        return False
    yy, mm, dd, tail = m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
    if dd > 60:
        dd -= 60
    cent = m.group(1)
    year = int((cent or "19") + yy)
    try:
        datetime.date(year if cent else 2000 + int(yy), mm, dd)
    except ValueError:
        try:
            datetime.date(1900 + int(yy), mm, dd)
        except ValueError:
            return False
    return luhn_ok(yy + m.group(3) + m.group(4) + tail)


def digits10(v):
    d = re.sub(r"\D", "", v)
    return d[-10:] if len(d) in (10, 12) else None


def check():
    errors = []
    seen = {}
    all_labels = set()
    for d in DOCS:
        assert d.body is not None, d.path
        for cat, v in d.labels:
            all_labels.add(v)
    pnr_looks = 0
    for d in DOCS:
        for cat, v in d.labels:
            if v not in d.body:
                errors.append("label not in file: %s %s" % (d.path, cat))
            if "\t" in cat or not v:
                errors.append("bad label %s" % d.path)
            if "se-personnummer" in cat and not pnr_valid(v):
                errors.append("bad personnummer in %s" % d.path)
            key = v
            if key in seen and seen[key] != (d.path, cat):
                errors.append("duplicate real value across %s and %s" % (seen[key][0], d.path))
            seen.setdefault(key, (d.path, cat))
        # look-alikes
        labvals = [v for _, v in d.labels]
        for lk in d.looks:
            if lk in all_labels:
                errors.append("look-alike equals a label in %s" % d.path)
            for v in labvals:
                if v in lk:
                    errors.append("look-alike contains a label in %s" % d.path)
            dd = digits10(lk)
            if dd and re.fullmatch(r"[\d\- +]+", lk) and luhn_ok(dd):
                pnr_looks += 1
        # labelled values must not be substrings of one another in a doc (different categories)
        for c1, v1 in d.labels:
            for c2, v2 in d.labels:
                if v1 != v2 and v1 in v2:
                    errors.append("label inside another label in %s" % d.path)
    return errors, pnr_looks
