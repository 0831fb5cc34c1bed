#!/usr/bin/env python3
"""Builds the dev30 document set (seed 30030): documents, labels.tsv, stats.json, NOTES.md.

python3 generate.py          build, check, write, print the determinism hash
python3 generate.py --check  build and check only
"""
import sys
sys.dont_write_bytecode = True

import hashlib
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
from registry import DOCS  # noqa: E402
import docs_sql  # noqa: E402,F401
import docs_bearer  # noqa: E402,F401
import docs_generic  # noqa: E402,F401
import docs_nordic  # noqa: E402,F401
import docs_rest  # noqa: E402,F401
import notes_head  # noqa: E402

MODULES = ['docs_sql', 'docs_bearer', 'docs_generic', 'docs_nordic', 'docs_rest']
GROUPS = [('sql', 'personal data and ids bound to SQL in database and ORM logs'),
          ('bearer', 'bearer and API tokens handed to SDK and HTTP clients'),
          ('generic', 'generic secrets in framework configs, code and logs'),
          ('nordic', 'Swedish personnummer and Nordic documents'),
          ('rest', 'the rest: cards, passwords in prose, phones')]
CARRIERS_USED = '/tmp/dev30-brief/carriers_used.txt'
FORMAT_WORDS = set('json yaml yml toml ini conf cfg txt csv xml env log logs py js ts go rs java kt cs rb php sh md '
                   'html output exs ex properties sql tsv jsonl cli config file dump export'.split())


class CheckError(Exception):
    pass


def fail(msg):
    raise CheckError(msg)


# ------------------------------------------------------------------------------------------ validators
def validate(cat, v):
    cats = cat.split('|')
    for c in cats:
        ok = True
        if c == 'credit-card':
            ok = core.card_ok(v)
        elif c == 'se-personnummer':
            ok = core.pnr_ok(v)
        elif c == 'fi-hetu':
            ok = core.hetu_ok(v)
        elif c == 'iban':
            ok = core.iban_ok(v)
        elif c == 'nl-bsn':
            ok = core.bsn_ok(v)
        elif c == 'de-steuer-id':
            ok = core.steuer_ok(v.replace(' ', ''))
        elif c == 'fr-nir':
            ok = core.nir_ok(v)
        elif c == 'es-dni':
            ok = core.dni_ok(v)
        elif c == 'it-codice-fiscale':
            ok = core.cf_ok(v)
        elif c == 'in-aadhaar':
            ok = core.aadhaar_ok(v)
        elif c == 'us-ssn':
            ok = core.ssn_ok(v)
        elif c == 'uk-nino':
            ok = core.nino_ok(v)
        elif c == 'email':
            m = re.fullmatch(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)', v)
            ok = bool(m) and not core.email_domain_reserved(m.group(1))
        elif c == 'phone':
            n = sum(ch.isdigit() for ch in v)
            ok = 7 <= n <= 15 and not re.search(r'555-?01\d\d', v)
        elif c == 'jwt':
            ok = core.jwt_ok(v)
        elif c == 'github-token':
            ok = (v.startswith('github_pat_') and len(v) == 93) or (v[:4] in ('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_')
                                                                      and len(v) == 40 and core.gh_checksum_ok(v))
        elif c == 'gitlab-token':
            ok = v.startswith('glpat-') and len(v) >= 26
        elif c == 'slack-token':
            ok = v[:5] in ('xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxr-', 'xoxs-')
        elif c == 'stripe-key':
            ok = v.startswith('sk_live_') or v.startswith('rk_live_')
        elif c == 'openai-key':
            ok = v.startswith('sk-') and not v.startswith('sk-ant')
        elif c == 'anthropic-key':
            ok = v.startswith('sk-ant-api03-') or v.startswith('sk-ant-admin01-')
        elif c == 'huggingface-token':
            ok = re.fullmatch(r'hf_[A-Za-z]{34}', v) is not None
        elif c == 'npm-token':
            ok = re.fullmatch(r'npm_[A-Za-z0-9]{36}', v) is not None
        elif c == 'sendgrid-key':
            ok = re.fullmatch(r'SG\.[\w-]{22}\.[\w-]{43}', v) is not None
        elif c == 'google-api-key':
            ok = re.fullmatch(r'AIza[\w-]{35}', v) is not None
        elif c == 'aws-access-key-id':
            ok = re.fullmatch(r'(AKIA|ASIA)[A-Z2-7]{16}', v) is not None
        elif c == 'aws-secret-key':
            ok = re.fullmatch(r'[A-Za-z0-9+/]{40}', v) is not None
        elif c == 'passport':
            ok = re.fullmatch(r'[A-Z0-9]{6,12}', v) is not None
        elif c == 'date-of-birth':
            ok = re.search(r'\d', v) is not None and len(v) <= 30
        elif c == 'ipv4':
            ok = core.ipv4_public(v)
        elif c == 'mailgun-key':
            ok = re.fullmatch(r'key-[0-9a-f]{32}', v) is not None
        elif c == 'shopify-token':
            ok = re.fullmatch(r'shp(at|ca|pa|ss)_[0-9a-f]{32}', v) is not None
        elif c in ('bearer-token', 'generic-secret', 'password', 'url-credentials', 'basic-auth', 'pypi-token',
                   'twilio-key', 'datadog-key', 'docker-auth', 'private-key', 'azure-storage-key'):
            ok = len(v) >= 6
        else:
            fail(f'unknown category {c}')
        if not ok:
            fail(f'{cat}: value fails its rules: {v!r}')


PLACEHOLDER_RE = re.compile(r'\$\{|\{\{|EXAMPLE|REDACTED|changeme|\*\*\*|xxx|\.\.\.|<[a-z_-]+>', re.I)


# ------------------------------------------------------------------------------------------ lint
LINT = [
    ('pnr', re.compile(r'(?<![0-9A-Za-z])(?:\d{6}|\d{8})[-+]?\d{4}(?![0-9A-Za-z])'), lambda s: core.pnr_ok(s)),
    ('hetu', re.compile(r'(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])'), core.hetu_ok),
    ('email', re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9-])'), None),
    ('ipv4', re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])'), core.ipv4_public),
    ('bearer', re.compile(r'(?i)bearer(?:%20|\+|\s)+([A-Za-z0-9._~+/=-]{16,})'), None),
    ('jwt', re.compile(r'eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}'), None),
    ('aws', re.compile(r'(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])'), None),
    ('ssn', re.compile(r'(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])'), core.ssn_ok),
    ('nino', re.compile(r'(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])'), core.nino_ok),
    ('dni', re.compile(r'(?<![A-Za-z0-9])(?:\d{8}|[XYZ]-?\d{7})-?[A-Z](?![A-Za-z0-9])'), core.dni_ok),
    ('cf', re.compile(r'(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])'), core.cf_ok),
    ('aadhaar', re.compile(r'(?<![0-9A-Za-z])(?<!\d[ -])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![0-9A-Za-z])(?![ -]\d)'),
     core.aadhaar_ok),
    ('bsn', re.compile(r'(?<![0-9A-Za-z])\d{9}(?![0-9A-Za-z])'), core.bsn_ok),
    ('steuer', re.compile(r'(?<![0-9A-Za-z])\d{11}(?![0-9A-Za-z])'), core.steuer_ok),
    ('nir', re.compile(r'(?<![0-9A-Za-z])[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?![0-9A-Za-z])'), core.nir_ok),
]


def covered_spans(text, values):
    spans = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            spans.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return spans


def overlaps(a, b, spans):
    return any(s < b and a < e for s, e in spans)


def lint(d, text):
    spans = covered_spans(text, [v for _, v, _ in d.labels] + d.looks)
    problems = []
    for name, rx, ok in LINT:
        for m in rx.finditer(text):
            s = m.group(0)
            a, b = m.span()
            if name == 'email':
                if core.email_domain_reserved(m.group(1)):
                    continue
            elif name == 'bearer':
                a, b = m.span(1)
                s = m.group(1)
                if re.fullmatch(r'[A-Za-z_.-]*(token|TOKEN|Token)[A-Za-z_.-]*', s):
                    continue
            elif ok is not None and not ok(s):
                continue
            if not overlaps(a, b, spans):
                problems.append(f'{name}: {s!r}')
    # Luhn-valid card-shaped runs
    for m in re.finditer(r'(?<![0-9A-Za-z])\d(?:\d|[ -](?=\d)){11,30}(?![0-9A-Za-z])', text):
        run = m.group(0)
        cands = [(m.start(), m.end(), run)]
        off = m.start()
        for sm in re.finditer(r'\d+', run):
            cands.append((off + sm.start(), off + sm.end(), sm.group(0)))
        for a, b, c in cands:
            t = c.replace(' ', '').replace('-', '')
            if 13 <= len(t) <= 19 and core.card_ok(t) and not overlaps(a, b, spans):
                problems.append(f'card: {c!r}')
    # IBANs
    for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2})\d{2}(?:[ ]?[A-Z0-9]){10,32}', text):
        cc = m.group(1)
        n = core.IBAN_LEN.get(cc)
        if not n:
            continue
        raw = m.group(0)
        cnt = 0
        for i, chx in enumerate(raw):
            if chx != ' ':
                cnt += 1
            if cnt == n:
                cand = raw[:i + 1]
                nxt = raw[i + 1:i + 2]
                if core.iban_ok(cand) and not nxt.isalnum() and not overlaps(m.start(), m.start() + i + 1, spans):
                    problems.append(f'iban: {cand!r}')
                break
    return problems


# ------------------------------------------------------------------------------------------ carriers
def near_names(name, used):
    t = set(name.split('-'))
    out = []
    for u in used:
        us = set(u.split('-'))
        if name == u:
            out.append(u)
            continue
        for a, b in ((t, us), (t - FORMAT_WORDS, us - FORMAT_WORDS)):
            if not a or not b:
                continue
            sh = a & b
            if a == b or (len(a ^ b) == 1 and sh - FORMAT_WORDS) or \
                    (len(sh) >= 3 and len(a - b) == 1 and len(b - a) == 1):
                out.append(u)
                break
    return out


# ------------------------------------------------------------------------------------------ build
def tsv_escape(v):
    return v.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def build():
    core.selftest()
    built = []
    for carrier, path, desc, group, fn in DOCS:
        d = core.Doc(carrier, path, desc, group, fn.__module__)
        text = fn(d)
        if not text.endswith('\n'):
            text += '\n'
        built.append((d, text))
    return built


def check(built):
    used = [l.strip() for l in open(CARRIERS_USED, encoding='utf-8') if l.strip()]
    usedset = set(used)
    carriers = [d.carrier for d, _ in built]
    if len(set(carriers)) != len(carriers):
        fail('duplicate carrier')
    for c in carriers:
        if c in usedset:
            fail(f'carrier on carriers_used.txt: {c}')
        nn = near_names(c, used)
        if nn:
            fail(f'carrier {c} is a near name of {nn}')
        if not re.fullmatch(r'[a-z0-9][a-z0-9-]*', c):
            fail(f'bad carrier name {c}')
    all_texts = {f'{d.carrier}/{d.path}': t for d, t in built}
    problems = []
    for d, text in built:
        fname = f'{d.carrier}/{d.path}'
        seen = {}
        for cat, v, grp in d.labels:
            validate(cat, v)
            if v not in text:
                fail(f'{fname}: label not in file: {v!r}')
            if v != v.strip() or '\t' in v:
                fail(f'{fname}: whitespace in label {v!r}')
            if PLACEHOLDER_RE.search(v):
                fail(f'{fname}: label looks like a placeholder: {v!r}')
            if v in seen and seen[v] != cat:
                fail(f'{fname}: value with two categories {v!r}')
            seen[v] = cat
            if v not in d.glued:
                for s, e in covered_spans(text, [v]):
                    before = text[s - 1] if s else ''
                    after = text[e] if e < len(text) else ''
                    if before.isalnum() or after.isalnum():
                        fail(f'{fname}: label glued to a letter or digit: {v!r} ({before!r}{after!r})')
            if len(v) >= 6:
                for other, t in all_texts.items():
                    if other != fname and v in t:
                        fail(f'{fname}: label {v!r} also occurs in {other}')
        # overlapping labels
        labs = sorted(set(v for _, v, _ in d.labels))
        for i, a in enumerate(labs):
            for b in labs[i + 1:]:
                if a in b or b in a:
                    fail(f'{fname}: labels contain each other {a!r} {b!r}')
                sa = covered_spans(text, [a])
                sb = covered_spans(text, [b])
                if any(x < f2 and e1 > y for x, e1 in sa for y, f2 in sb):
                    fail(f'{fname}: labels overlap {a!r} {b!r}')
        for x in d.looks:
            if x not in text:
                fail(f'{fname}: look-alike not in file {x!r}')
            for v in labs:
                if x in v or v in x:
                    fail(f'{fname}: look-alike {x!r} and label {v!r} contain each other')
        for p in lint(d, text):
            problems.append(f'{fname}: {p}')
        if not d.labels:
            fail(f'{fname}: no labels')
    if problems:
        fail('lint:\n  ' + '\n  '.join(problems))


def stats_of(built):
    cats, occ, groups, mods = {}, {}, {}, {}
    looks = 0
    lk_pnr = 0
    lk_card = 0
    carriers = []
    for d, text in built:
        mods[d.module] = mods.get(d.module, 0) + 1
        for cat, v, grp in d.labels:
            cats[cat] = cats.get(cat, 0) + 1
            occ[cat] = occ.get(cat, 0) + text.count(v)
            groups[grp] = groups.get(grp, 0) + 1
        lset = set(d.looks)
        looks += len(lset)
        for x in lset:
            t = x.replace('-', '').replace('+', '').replace(' ', '')
            if t.isdigit() and len(t) in (10, 12) and core.pnr_ok(t):
                lk_pnr += 1
            if t.isdigit() and 13 <= len(t) <= 19 and core.luhn_ok(t):
                lk_card += 1
        carriers.append({'carrier': d.carrier, 'path': d.path, 'description': d.desc, 'group': d.group,
                         'module': d.module, 'labels': len(d.labels)})
    return {'seed': core.SEED, 'documents': len(built), 'carriers': len(built),
            'labels': sum(cats.values()), 'occurrences': sum(occ.values()), 'lookalikes': looks,
            'pnr_lookalikes_luhn_date': lk_pnr, 'card_lookalikes_luhn': lk_card,
            'categories': dict(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
            'category_occurrences': dict(sorted(occ.items(), key=lambda kv: (-cats[kv[0]], kv[0]))),
            'groups': groups, 'modules': dict(sorted(mods.items())), 'carrier_list': carriers}


def det_hash(files):
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(p.encode() + b'\0' + hashlib.sha256(files[p]).hexdigest().encode() + b'\n')
    return h.hexdigest()


def notes(st, dh):
    out = [notes_head.HEAD.strip('\n'), '', '## Counts', '']
    out.append(f"{st['documents']} documents in {st['carriers']} carrier directories (one document each), "
               f"{st['labels']} labels ({st['occurrences']} labelled occurrences) and {st['lookalikes']} registered "
               f"look-alikes, among them {st['pnr_lookalikes_luhn_date']} date-shaped Luhn-valid "
               f"personnummer look-alikes and {st['card_lookalikes_luhn']} Luhn-valid card-shaped numbers of no "
               f"card network.")
    out += ['', '| group | labels | share |', '|---|---:|---:|']
    tot = st['labels']
    for g, gname in GROUPS:
        n = st['groups'].get(g, 0)
        out.append(f'| {gname} | {n} | {100.0 * n / tot:.1f}% |')
    out += ['', '| category | labels | labelled occurrences |', '|---|---:|---:|']
    for c, n in st['categories'].items():
        out.append(f"| {c.replace('|', chr(92) + '|')} | {n} | {st['category_occurrences'][c]} |")
    out += ['', 'Documents per module: ' + ', '.join(f'`{m}.py` {n}' for m, n in st['modules'].items()) + '.',
            '', '## Carriers', '']
    for c in sorted(st['carrier_list'], key=lambda x: x['carrier']):
        out.append(f"- `{c['carrier']}`: {c['path']} ({c['description']}, {c['labels']} labels)")
    out += ['', '## Determinism hash', '',
            f'`{dh}` (sha256 over `path NUL sha256(content) LF` of every document, `labels.tsv` and `stats.json`, '
            'sorted by path; printed by `python3 generate.py`; two runs gave the same value).', '']
    return '\n'.join(out)


def main():
    built = build()
    check(built)
    st = stats_of(built)
    if '--check' in sys.argv:
        print(json.dumps({k: st[k] for k in ('documents', 'labels', 'occurrences', 'lookalikes', 'groups')},
                         indent=1))
        print(json.dumps(st['categories'], indent=1))
        return
    files = {}
    for d, text in built:
        files[f'{d.carrier}/{d.path}'] = text.encode('utf-8')
    lines = ['file\tcategory\tvalue']
    for d, text in built:
        for cat, v, grp in d.labels:
            lines.append(f'{d.carrier}/{d.path}\t{cat}\t{tsv_escape(v)}')
    files['labels.tsv'] = ('\n'.join(lines) + '\n').encode('utf-8')
    files['stats.json'] = (json.dumps(st, indent=1, ensure_ascii=False, sort_keys=False) + '\n').encode('utf-8')
    dh = det_hash(files)
    # remove previous carrier directories
    prev = os.path.join(HERE, 'stats.json')
    if os.path.exists(prev):
        try:
            for c in json.load(open(prev, encoding='utf-8'))['carrier_list']:
                p = os.path.join(HERE, c['carrier'])
                if os.path.isdir(p):
                    shutil.rmtree(p)
        except (ValueError, KeyError):
            pass
    for d, _ in built:
        p = os.path.join(HERE, d.carrier)
        if os.path.isdir(p):
            shutil.rmtree(p)
    for rel, data in files.items():
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'NOTES.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(notes(st, dh))
    for root, dirs, _ in os.walk(HERE):
        for dd in list(dirs):
            if dd == '__pycache__':
                shutil.rmtree(os.path.join(root, dd))
    print(f"{st['documents']} documents, {st['labels']} labels, {st['occurrences']} occurrences")
    print(dh)


if __name__ == '__main__':
    try:
        main()
    except CheckError as e:
        print('CHECK FAILED:', e, file=sys.stderr)
        sys.exit(1)
