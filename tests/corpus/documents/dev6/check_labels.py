#!/usr/bin/env python3
"""Checks dev6/labels.tsv against the documents:

1. the header and the escapes are well formed (only \\\\ \\n \\r \\t);
2. every labelled file exists and every labelled value occurs in it;
3. every labelled value is unique across the set;
4. every labelled value is valid under the README's rules for each of its
   categories (check digits, prefixes, not documentation examples, not
   placeholders ...), once its carrier escape is undone;
5. no labelled value of a file lies inside another labelled value of the file;
6. a leak scan: strict-pattern values (e-mail addresses on real-looking
   domains, public IPv4, AWS key ids, vendor token prefixes, JWTs, PEM private
   keys, Aadhaar-valid 12-digit groups, card numbers) that occur in a document
   but are not labelled are listed, so that every such occurrence was a
   deliberate look-alike.
Exit status 1 on any error of 1-5.
"""
import sys
sys.dont_write_bytecode = True
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_validate as V


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i + 1] if i + 1 < len(s) else ''
            m = {'\\': '\\', 'n': '\n', 'r': '\r', 't': '\t'}.get(n)
            if m is None:
                raise ValueError('bad escape \\' + n)
            out.append(m); i += 2
        else:
            out.append(c); i += 1
    return ''.join(out)


LEAK_PATTERNS = {
    'email': re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    'ipv4': re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])'),
    'aws-access-key-id': re.compile(r'(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])'),
    'vendor': re.compile(r'\b(?:gh[pousr]_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20}|xox[bpas]-[A-Za-z0-9-]{20,}|sk_live_[A-Za-z0-9]{20,}|AIza[A-Za-z0-9_-]{35}|npm_[A-Za-z0-9]{36}|hf_[A-Za-z]{34}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|key-[0-9a-f]{32}|shpat_[0-9a-f]{32}|sk-ant-api03-[A-Za-z0-9_-]{20,})'),
    'jwt': re.compile(r'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}'),
    'private-key': re.compile(r'-----BEGIN (?:RSA |EC |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----'),
    'in-aadhaar': re.compile(r'(?<![\d/.-])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\d/.-])'),
    'credit-card': re.compile(r'(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])'),
}


def leak_check(cat, m):
    if cat == 'email':
        return V.email_ok(m)
    if cat == 'ipv4':
        return V.ipv4_public(m)
    if cat == 'aws-access-key-id':
        return not m.endswith('EXAMPLE')
    if cat == 'jwt':
        return V.jwt_ok(m)
    if cat == 'in-aadhaar':
        return V.aadhaar_ok(m)
    if cat == 'credit-card':
        return V.card_ok(m)
    return True


def main():
    errors, warnings = [], []
    path = os.path.join(HERE, 'labels.tsv')
    with open(path, encoding='utf-8', newline='') as fh:
        raw = fh.read()
    if '\r' in raw:
        errors.append('labels.tsv must use LF line ends')
    lines = raw.split('\n')
    if lines[0] != 'file\tcategory\tvalue':
        errors.append('bad header: %r' % lines[0])
    seen = {}
    per_file = {}
    texts = {}
    n = 0
    for ln, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            errors.append('line %d: %d columns' % (ln, len(parts)))
            continue
        f, cat, ev = parts
        try:
            v = unescape(ev)
        except ValueError as e:
            errors.append('line %d: %s' % (ln, e)); continue
        n += 1
        if v in seen:
            errors.append('line %d: value repeated (first on line %d)' % (ln, seen[v]))
        seen[v] = ln
        fp = os.path.join(HERE, f)
        if f not in texts:
            if not os.path.isfile(fp):
                errors.append('line %d: no file %s' % (ln, f)); continue
            with open(fp, encoding='utf-8', newline='') as fh:
                texts[f] = fh.read()
        if v not in texts[f]:
            errors.append('line %d: value not in %s: %r' % (ln, f, v[:60]))
        ok, why = V.valid(cat, v)
        if not ok:
            errors.append('line %d: %s: %s %r' % (ln, f, why, v[:60]))
        per_file.setdefault(f, []).append((cat, v))
    for f, items in per_file.items():
        vals = [v for _, v in items]
        for a in vals:
            for b in vals:
                if a != b and a in b:
                    errors.append('%s: label %r lies inside label %r' % (f, a[:40], b[:40]))
    # documents without labels are fine (clean documents); list the document files
    docs = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if d != '__pycache__']
        if root == HERE:
            continue
        for name in files:
            docs.append(os.path.relpath(os.path.join(root, name), HERE).replace(os.sep, '/'))
    for f in docs:
        if f not in texts:
            with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
                texts[f] = fh.read()
        text = texts[f]
        labelled = [v for _, v in per_file.get(f, [])]
        for cat, rx in LEAK_PATTERNS.items():
            for m in rx.finditer(text):
                s = m.group(0)
                if not leak_check(cat, s):
                    continue
                if any(s in v or v in s for v in labelled):
                    continue
                warnings.append('%s: unlabelled %s-shaped %r' % (f, cat, s[:50]))
    for e in errors:
        print('ERROR', e)
    if '-v' in sys.argv:
        for w in warnings:
            print('note ', w)
    print('%d labelled values in %d of %d documents; %d errors; %d unlabelled strict-pattern look-alikes%s'
          % (n, len(per_file), len(docs), len(errors), len(warnings), '' if '-v' in sys.argv else ' (-v lists them)'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
