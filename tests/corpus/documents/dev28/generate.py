#!/usr/bin/env python3
"""dev28 generator: builds every document, runs the self-checks, writes the set, prints the determinism hash.

python3 generate.py          build, check, write documents + labels.tsv + stats.json + NOTES.md
python3 generate.py --check  build and check only
"""
import sys
sys.dont_write_bytecode = True
import base64
import collections
import hashlib
import ipaddress
import json
import os
import re
import shutil

import core
from registry import DOCS
import docs_password, docs_prose, docs_generic, docs_bearer, docs_swedish, docs_cards, docs_personal, docs_cloud  # noqa: F401,E401

HERE = os.path.dirname(os.path.abspath(__file__))
USED_LIST = '/tmp/dev28-brief/carriers_used.txt'
MODULE_FILES = ['generate.py', 'core.py', 'registry.py', 'notes_head.py', 'docs_password.py', 'docs_prose.py',
                'docs_generic.py', 'docs_bearer.py', 'docs_swedish.py', 'docs_cards.py', 'docs_personal.py',
                'docs_cloud.py']

CATS = {'email', 'credit-card', 'us-ssn', 'phone', 'iban', 'aws-access-key-id', 'aws-secret-key', 'github-token',
        'gitlab-token', 'slack-token', 'slack-webhook', 'stripe-key', 'google-api-key', 'openai-key', 'anthropic-key',
        'jwt', 'private-key', 'url-credentials', 'basic-auth', 'bearer-token', 'password', 'generic-secret',
        'azure-storage-key', 'npm-token', 'pypi-token', 'huggingface-token', 'sendgrid-key', 'twilio-key',
        'shopify-token', 'datadog-key', 'docker-auth', 'mailgun-key', 'ipv4', 'ipv6', 'date-of-birth', 'passport',
        'uk-nino', 'nl-bsn', 'se-personnummer', 'fi-hetu', 'de-steuer-id', 'fr-nir', 'es-dni', 'it-codice-fiscale',
        'in-aadhaar'}
RESERVED = ('example.com', 'example.org', 'example.net', '.example', '.test', '.invalid', '.localhost', 'localhost')


class Fail(Exception):
    pass


def spans(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + len(v))
    return out


def overlaps(a, b, spanlist):
    return any(s < b and a < e for s, e in spanlist)


def check_value(cat, v):
    cats = cat.split('|')
    for c in cats:
        if c not in CATS:
            raise Fail(f'unknown category {c}')
    c = cats[0]
    digits = re.sub(r'\D', '', v)
    if c == 'credit-card':
        assert core.luhn_ok(digits) and core.card_network(digits) and digits not in core.TEST_CARDS, v
    elif c == 'se-personnummer':
        assert core.pnr_ok(v), v
    elif c == 'iban':
        assert core.iban_ok(v), v
    elif c == 'nl-bsn':
        assert core.bsn_ok(v), v
    elif c == 'de-steuer-id':
        assert core.steuer_ok(v), v
    elif c == 'fr-nir':
        assert core.nir_ok(v), v
    elif c == 'es-dni':
        assert core.dni_ok(v), v
    elif c == 'in-aadhaar':
        assert len(digits) == 12 and digits[0] in '23456789' and core.verhoeff_ok(digits), v
    elif c == 'it-codice-fiscale':
        assert len(v) == 16 and core.cf_check(v[:15]) == v[15], v
    elif c == 'fi-hetu':
        assert core.hetu_ok(v), v
    elif c == 'us-ssn':
        assert core.ssn_ok(v if '-' in v else v[:3] + '-' + v[3:5] + '-' + v[5:]), v
    elif c == 'uk-nino':
        assert core.nino_ok(v), v
    elif c == 'aws-access-key-id':
        assert re.fullmatch(r'(AKIA|ASIA)[A-Z2-7]{16}', v), v
    elif c == 'aws-secret-key':
        assert re.fullmatch(r'[A-Za-z0-9/+]{40}', v), v
    elif c == 'github-token':
        assert (v.startswith('ghp_') and core.ghp_ok(v)) or re.fullmatch(r'gh[ousr]_[A-Za-z0-9]{36}', v) or \
            re.fullmatch(r'github_pat_[A-Za-z0-9_]{82}', v), v
    elif c == 'jwt':
        parts = v.split('.')
        assert len(parts) == 3 and v.startswith('eyJ'), v
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))
    elif c == 'email':
        assert re.fullmatch(r'[A-Za-z0-9._%+-]+(@|%40)[A-Za-z0-9.-]+\.[a-z]{2,}', v) and not v.endswith(RESERVED), v
    elif c == 'phone':
        assert 7 <= len(digits) <= 15, v
    elif c == 'passport':
        assert re.fullmatch(r'[A-Z0-9]{6,12}', v), v
    elif c in ('basic-auth', 'docker-auth'):
        assert ':' in base64.b64decode(v).decode(), v
    elif c == 'ipv4':
        assert ipaddress.ip_address(v).is_global, v
    elif c == 'ipv6':
        assert ipaddress.ip_address(v).is_global and not v.lower().startswith('2001:db8'), v
    elif c == 'private-key':
        assert v.startswith('-----BEGIN ') and 'PRIVATE KEY' in v and v.endswith('-----'), v
    elif c == 'slack-webhook':
        assert v.startswith('https://hooks.slack.com/services/T'), v
    elif c == 'azure-storage-key':
        assert len(v) == 88 and v.endswith('=='), v
    elif c == 'datadog-key':
        assert re.fullmatch(r'[0-9a-f]{32}|[0-9a-f]{40}', v), v
    elif c == 'twilio-key':
        assert re.fullmatch(r'(SK)?[0-9a-f]{32}', v), v
    elif c == 'shopify-token':
        assert re.fullmatch(r'shp(at|ca|pa|ss)_[0-9a-f]{32}', v), v
    elif c == 'sendgrid-key':
        assert re.fullmatch(r'SG\.[\w-]{22}\.[\w-]{43}', v), v
    elif c == 'mailgun-key':
        assert re.fullmatch(r'key-[0-9a-f]{32}', v), v
    elif c == 'huggingface-token':
        assert re.fullmatch(r'hf_[A-Za-z]{34}', v), v
    elif c == 'npm-token':
        assert re.fullmatch(r'npm_[A-Za-z0-9]{36}', v), v
    elif c == 'google-api-key':
        assert re.fullmatch(r'AIza[\w-]{35}', v), v
    elif c == 'stripe-key':
        assert v.startswith(('sk_live_', 'rk_live_')), v
    elif c == 'gitlab-token':
        assert v.startswith(('glpat-', 'gldt-', 'glrt-', 'glptt-')), v
    elif c == 'slack-token':
        assert v.startswith(('xoxb-', 'xoxp-', 'xapp-', 'xoxe')), v


def self_tests():
    assert core.luhn_ok('4111111111111111') and not core.luhn_ok('4111111111111112')
    assert core.verhoeff_ok('2363') and core.verhoeff_digit('236') == '3'
    assert core.pnr_ok('811218-9876') and core.pnr_ok('19811218-9876') and not core.pnr_ok('811218-9875')
    assert core.iban_ok('GB82 WEST 1234 5698 7654 32') and core.iban_ok('DE89 3704 0044 0532 0130 00')
    assert core.bsn_ok('111222333') and core.dni_ok('12345678Z') and core.hetu_ok('131052-308T')
    assert core.nir_ok('255081416802538') and core.steuer_ok('86095742719')
    assert core.cf_check('RSSMRA85T10A562') == 'S'
    assert core.card_network('4111111111111111') == 'visa' and core.card_network('1234567812345670') is None


CARD_RE = re.compile(r'(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){11,18}(?![ -]?\d)')
PNR_RE = re.compile(r'(?<![\d])(\d{6}|\d{8})([-+ ]?)(\d{4})(?![\d])')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
IP_RE = re.compile(r'(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])')
BEARER_RE = re.compile(r'Bearer[ :]+([A-Za-z0-9\-._~+/=]{12,})')
AKIA_RE = re.compile(r'(?:AKIA|ASIA)[A-Z0-9]{16}')
JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+')


def build():
    self_tests()
    docs = []
    seen = set()
    for carrier, path, desc, module, fn in DOCS:
        if carrier in seen:
            raise Fail(f'carrier used twice: {carrier}')
        seen.add(carrier)
        d = core.Doc(carrier, path, desc, module)
        text = fn(d)
        if not text.endswith('\n'):
            text += '\n'
        d.text = text
        d.relpath = f'{carrier}/{path}'
        docs.append(d)
    return docs


def check(docs):
    errs = []
    used = set()
    if os.path.exists(USED_LIST):
        used = {l.strip() for l in open(USED_LIST) if l.strip()}
    all_labels = {}
    for d in docs:
        for c, v in d.labels:
            all_labels.setdefault(v, set()).add(d.relpath)
    for d in docs:
        t = d.text
        where = d.relpath
        if d.carrier in used:
            errs.append(f'{where}: carrier already used')
        if d.carrier in ('.git',) or '/.git/' in '/' + d.relpath or d.relpath.endswith('.md') and '/' not in d.relpath:
            errs.append(f'{where}: bad path')
        if '\x00' in t:
            errs.append(f'{where}: binary')
        lspans = []
        byval = {}
        for c, v in d.labels:
            try:
                check_value(c, v)
            except Exception as e:  # noqa
                errs.append(f'{where}: {c} check failed: {v!r} {e}')
            if v != v.strip() or not v:
                errs.append(f'{where}: whitespace label {v!r}')
            if c.split('|')[0] not in ('private-key',) and any(m in v for m in core.PLACEHOLDER_MARKS):
                errs.append(f'{where}: placeholder-looking label {v!r}')
            if v in byval and byval[v] != c:
                errs.append(f'{where}: value with two categories {v!r}')
            byval[v] = c
            sp = spans(t, v)
            if not sp:
                errs.append(f'{where}: label not in text: {c} {v!r}')
            for s, e in sp:
                if v not in d.glue_ok:
                    if s > 0 and t[s - 1].isalnum() and v[0].isalnum():
                        errs.append(f'{where}: glued before {v!r} ({t[s-10:s]!r})')
                    if e < len(t) and t[e].isalnum() and v[-1].isalnum():
                        errs.append(f'{where}: glued after {v!r} ({t[e:e+10]!r})')
            lspans += [(s, e, c, v) for s, e in sp]
            if len(v) >= 6 and len(all_labels[v]) > 1:
                errs.append(f'{where}: label in several docs {v!r}')
            if len(v) >= 6:
                for o in docs:
                    if o is not d and v in o.text:
                        errs.append(f'{where}: label {v!r} occurs in {o.relpath}')
        # a label inside a label of another category
        for s, e, c, v in lspans:
            for s2, e2, c2, v2 in lspans:
                if c2 != c and s2 <= s and e <= e2 and (s, e) != (s2, e2):
                    errs.append(f'{where}: {c} {v!r} inside {c2} {v2!r}')
        simple = [(s, e) for s, e, c, v in lspans]
        xs = []
        for x in d.looks:
            if x in all_labels:
                errs.append(f'{where}: look-alike equals a label {x!r}')
            for c, v in d.labels:
                if x in v or v in x:
                    errs.append(f'{where}: look-alike {x!r} overlaps label {v!r}')
            xsp = spans(t, x)
            if not xsp:
                errs.append(f'{where}: look-alike not in text {x!r}')
            xs += xsp
        # lint
        for m in PNR_RE.finditer(t):
            if core.pnr_ok(m.group(0)):
                if not overlaps(m.start(), m.end(), simple + xs):
                    errs.append(f'{where}: unlabelled personnummer-shaped {m.group(0)!r}')
        for m in CARD_RE.finditer(t):
            dg = re.sub(r'\D', '', m.group(0))
            if core.luhn_ok(dg) and core.card_network(dg) and dg not in core.TEST_CARDS:
                if not overlaps(m.start(), m.end(), simple + xs):
                    errs.append(f'{where}: unlabelled card-shaped {m.group(0)!r}')
        for m in EMAIL_RE.finditer(t):
            dom = m.group(0).split('@')[1].lower()
            if dom.endswith(core.RESERVED_DOMAINS if hasattr(core, 'RESERVED_DOMAINS') else RESERVED) or dom in ('localhost',):
                continue
            if dom.endswith(('.png', '.jpg', '.svg', '.gif', '.webp')):
                continue
            if not overlaps(m.start(), m.end(), simple + xs):
                errs.append(f'{where}: unlabelled e-mail {m.group(0)!r}')
        for m in IP_RE.finditer(t):
            try:
                ip = ipaddress.ip_address(m.group(1))
            except ValueError:
                continue
            if ip.is_global and not overlaps(m.start(), m.end(), simple + xs):
                errs.append(f'{where}: unlabelled public ip {m.group(1)!r}')
        for m in BEARER_RE.finditer(t):
            if not overlaps(m.start(1), m.end(1), simple + xs):
                errs.append(f'{where}: unlabelled bearer {m.group(1)!r}')
        for m in AKIA_RE.finditer(t):
            if 'EXAMPLE' not in m.group(0) and not overlaps(m.start(), m.end(), simple + xs):
                errs.append(f'{where}: unlabelled aws id {m.group(0)!r}')
        for m in JWT_RE.finditer(t):
            if not overlaps(m.start(), m.end(), simple + xs):
                errs.append(f'{where}: unlabelled jwt {m.group(0)[:30]!r}')
        for leak in ('<built-in', 'object at 0x', 'Traceback (most recent call last):\n  File "/tmp/dev28'):
            if leak in t:
                errs.append(f'{where}: leak {leak}')
    return errs


def esc(v):
    return v.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def render(docs):
    files = {}
    for d in docs:
        files[d.relpath] = d.text
    lines = ['file\tcategory\tvalue']
    per_cat = collections.Counter()
    per_cat_occ = collections.Counter()
    occ = 0
    for d in docs:
        for c, v in d.labels:
            lines.append(f'{d.relpath}\t{c}\t{esc(v)}')
            n = d.text.count(v)
            per_cat[c] += 1
            per_cat_occ[c] += n
            occ += n
    files['labels.tsv'] = '\n'.join(lines) + '\n'
    stats = {
        'seed': core.SEED,
        'documents': len(docs),
        'labels': sum(per_cat.values()),
        'labelled_occurrences': occ,
        'look_alikes': sum(len(d.looks) for d in docs),
        'pnr_lookalikes_luhn_valid': sum(d.lk_pnr for d in docs),
        'card_lookalikes_luhn_valid': sum(d.lk_card for d in docs),
        'categories': {c: {'labels': per_cat[c], 'occurrences': per_cat_occ[c]}
                       for c in sorted(per_cat, key=lambda k: (-per_cat[k], k))},
        'documents_per_module': dict(sorted(collections.Counter(d.module for d in docs).items())),
        'carriers': [d.carrier for d in docs],
    }
    files['stats.json'] = json.dumps(stats, indent=2, ensure_ascii=False) + '\n'
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(p.encode() + b'\x00' + hashlib.sha256(files[p].encode()).hexdigest().encode() + b'\n')
    return files, stats, h.hexdigest()


def write(files, docs, stats, digest):
    prev = os.path.join(HERE, 'stats.json')
    if os.path.exists(prev):
        for c in json.load(open(prev)).get('carriers', []):
            p = os.path.join(HERE, c)
            if os.path.isdir(p) and c not in MODULE_FILES:
                shutil.rmtree(p)
    for p, text in files.items():
        full = os.path.join(HERE, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    import notes_head
    with open(os.path.join(HERE, 'NOTES.md'), 'w', encoding='utf-8') as f:
        f.write(notes_head.render(docs, stats, digest))
    shutil.rmtree(os.path.join(HERE, '__pycache__'), ignore_errors=True)


def main():
    docs = build()
    errs = check(docs)
    if errs:
        for e in errs[:200]:
            print('FAIL', e)
        print(f'{len(errs)} problems; nothing written')
        sys.exit(1)
    files, stats, digest = render(docs)
    print(f"{stats['documents']} documents, {stats['labels']} labels, {stats['labelled_occurrences']} occurrences, "
          f"{stats['look_alikes']} look-alikes")
    for c, v in stats['categories'].items():
        print(f"  {c:28s} {v['labels']:4d} {v['occurrences']:4d}")
    print('modules', stats['documents_per_module'])
    if '--check' not in sys.argv:
        write(files, docs, stats, digest)
    print('determinism hash', digest)


if __name__ == '__main__':
    main()
