#!/usr/bin/env python3
"""dev27 generator: builds every document, runs the self-checks and lint, then writes the
documents, labels.tsv, stats.json and NOTES.md and prints the determinism hash.

    python3 generate.py            build, check, write
    python3 generate.py --check    build and check only
"""
import sys

sys.dont_write_bytecode = True

import base64          # noqa: E402
import collections     # noqa: E402
import datetime        # noqa: E402
import hashlib         # noqa: E402
import json            # noqa: E402
import os              # noqa: E402
import re              # noqa: E402
import shutil          # noqa: E402

import core            # noqa: E402
from core import Doc, MARK, luhn_ok, card_network, TEST_CARDS, iban_ok, ssn_ok, nino_ok, b64url_json_ok, pnr_shape_valid, github_checksum  # noqa: E402
from registry import DOCS  # noqa: E402

import docs_bearer     # noqa: E402,F401
import docs_generic    # noqa: E402,F401
import docs_password   # noqa: E402,F401
import docs_prose      # noqa: E402,F401
import docs_swedish    # noqa: E402,F401
import docs_cards      # noqa: E402,F401
import docs_personal   # noqa: E402,F401
import docs_cloud      # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
CARRIERS_USED = '/tmp/dev27-brief/carriers_used.txt'
MODULE_FILES = ['core.py', 'registry.py', 'generate.py', 'notes.py', 'notes_head.py']

PLACEHOLDER_BITS = ('${', '{{', 'EXAMPLE', 'your-', 'REDACTED', 'changeme', '***', 'xxx', '...', '<', '>')
RESERVED_DOMAINS = re.compile(r'(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(test|invalid|example|localhost)|localhost)$', re.I)


class CheckError(Exception):
    pass


def fail(doc, msg):
    raise CheckError('%s/%s: %s' % (doc.carrier, doc.path, msg))


# ------------------------------------------------------------------ build

def build():
    docs = []
    for carrier, path, desc, module, fn in DOCS:
        d = Doc(carrier, path, desc, module)
        out = fn(d)
        d.text = out if isinstance(out, str) else d.text
        docs.append(d)
    return docs


# ------------------------------------------------------------------ category checks

def check_value(doc, cat, v):
    cats = cat.split('|')
    if 'credit-card' in cats:
        digits = re.sub(r'[ +-]', '', v)
        if not (digits.isdigit() and luhn_ok(digits) and card_network(digits)):
            fail(doc, 'bad card %r' % v)
        if digits in TEST_CARDS:
            fail(doc, 'test card labelled %r' % v)
    if 'se-personnummer' in cats:
        digits = re.sub(r'[-+ ]', '', v)
        if len(digits) == 12:
            ok = pnr_shape_valid(digits[2:], int(digits[:2]))
        elif len(digits) == 10:
            ok = pnr_shape_valid(digits)
        else:
            ok = False
        if not ok:
            fail(doc, 'bad personnummer %r' % v)
    if 'iban' in cats and not iban_ok(v):
        fail(doc, 'bad iban %r' % v)
    if 'aws-access-key-id' in cats and not re.fullmatch(r'(AKIA|ASIA)[A-Z2-7]{16}', v):
        fail(doc, 'bad aws id %r' % v)
    if 'aws-secret-key' in cats and not re.fullmatch(r'[A-Za-z0-9/+]{40}', v):
        fail(doc, 'bad aws secret %r' % v)
    if 'jwt' in cats:
        parts = v.split('.')
        if len(parts) != 3 or not v.startswith('eyJ') or not b64url_json_ok(parts[0]) or not b64url_json_ok(parts[1]):
            fail(doc, 'bad jwt %r' % v)
    if 'email' in cats:
        raw = v.replace('%40', '@')
        if not re.fullmatch(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}', raw):
            fail(doc, 'bad email %r' % v)
        if RESERVED_DOMAINS.search(raw.split('@')[1]):
            fail(doc, 'reserved email domain %r' % v)
    if 'phone' in cats:
        n = len(re.sub(r'\D', '', v))
        if not 7 <= n <= 15:
            fail(doc, 'bad phone %r' % v)
    if 'passport' in cats and not re.fullmatch(r'[A-Z0-9]{6,12}', v):
        fail(doc, 'bad passport %r' % v)
    if 'us-ssn' in cats and not ssn_ok(v):
        fail(doc, 'bad ssn %r' % v)
    if 'uk-nino' in cats and not nino_ok(v):
        fail(doc, 'bad nino %r' % v)
    if 'nl-bsn' in cats:
        s = sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1))) - int(v[8])
        if len(v) != 9 or s % 11:
            fail(doc, 'bad bsn %r' % v)
    if 'basic-auth' in cats or 'docker-auth' in cats:
        try:
            dec = base64.b64decode(v, validate=True).decode()
        except Exception:
            fail(doc, 'bad base64 credentials %r' % v)
        if ':' not in dec:
            fail(doc, 'base64 credentials without colon %r' % v)
    if 'github-token' in cats:
        m = re.fullmatch(r'(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})', v)
        if m:
            if github_checksum(m.group(2)) != m.group(3):
                fail(doc, 'bad github checksum %r' % v)
        elif not re.fullmatch(r'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', v):
            fail(doc, 'bad github token %r' % v)
    if 'gitlab-token' in cats and not re.fullmatch(r'glpat-[A-Za-z0-9_-]{20}', v):
        fail(doc, 'bad gitlab token %r' % v)
    if 'slack-token' in cats and not re.fullmatch(r'(xox[abpe]-[0-9]+-[0-9]+-[0-9A-Za-z-]+|xapp-1-[A-Z0-9]+-[0-9]+-[0-9a-f]+)', v):
        fail(doc, 'bad slack token %r' % v)
    if 'slack-webhook' in cats and not re.fullmatch(r'https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+', v):
        fail(doc, 'bad slack webhook %r' % v)
    if 'stripe-key' in cats and not re.fullmatch(r'(sk|rk)_live_[A-Za-z0-9]{24,99}', v):
        fail(doc, 'bad stripe key %r' % v)
    if 'google-api-key' in cats and not re.fullmatch(r'AIza[A-Za-z0-9_-]{35}', v):
        fail(doc, 'bad google key %r' % v)
    if 'openai-key' in cats and not re.fullmatch(r'sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}', v):
        fail(doc, 'bad openai key %r' % v)
    if 'anthropic-key' in cats and not re.fullmatch(r'sk-ant-api03-[A-Za-z0-9_-]{93}AA', v):
        fail(doc, 'bad anthropic key %r' % v)
    if 'huggingface-token' in cats and not re.fullmatch(r'hf_[A-Za-z]{34}', v):
        fail(doc, 'bad hf token %r' % v)
    if 'npm-token' in cats and not re.fullmatch(r'npm_[A-Za-z0-9]{36}', v):
        fail(doc, 'bad npm token %r' % v)
    if 'pypi-token' in cats and not v.startswith('pypi-AgEIcHlwaS5vcmc'):
        fail(doc, 'bad pypi token %r' % v)
    if 'sendgrid-key' in cats and not re.fullmatch(r'SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}', v):
        fail(doc, 'bad sendgrid key %r' % v)
    if 'twilio-key' in cats and not re.fullmatch(r'(SK)?[0-9a-f]{32}', v):
        fail(doc, 'bad twilio key %r' % v)
    if 'shopify-token' in cats and not re.fullmatch(r'shp(at|ca|pa|ss)_[0-9a-f]{32}', v):
        fail(doc, 'bad shopify token %r' % v)
    if 'datadog-key' in cats and not re.fullmatch(r'[0-9a-f]{32}|[0-9a-f]{40}', v):
        fail(doc, 'bad datadog key %r' % v)
    if 'mailgun-key' in cats and not re.fullmatch(r'key-[0-9a-f]{32}', v):
        fail(doc, 'bad mailgun key %r' % v)
    if 'azure-storage-key' in cats and not re.fullmatch(r'[A-Za-z0-9+/]{86}==', v):
        fail(doc, 'bad azure key %r' % v)
    if 'private-key' in cats and not re.fullmatch(r'-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----', v):
        fail(doc, 'bad private key')


def self_test_helpers():
    assert luhn_ok('4111111111111111') and not luhn_ok('4111111111111112')
    assert iban_ok('GB82WEST12345698765432') and iban_ok('DE89370400440532013000')
    assert pnr_shape_valid('8112189876') and not pnr_shape_valid('8112189875')
    assert ssn_ok('536-22-1234') and not ssn_ok('666-22-1234') and not ssn_ok('123-45-6789')
    assert nino_ok('AB123456C') and not nino_ok('BG123456C') and not nino_ok('DA123456A')
    assert card_network('378282246310005') == 'amex' and card_network('9012345678901234') is None


# ------------------------------------------------------------------ lint

def spans(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + len(value))
    return out


def covered(span, covers):
    return any(a <= span[0] and span[1] <= b for a, b in covers)


def overlaps(span, covers):
    return any(a < span[1] and span[0] < b for a, b in covers)


PNR_RE = re.compile(r'(?<![\d])(\d{6}|\d{8})([-+ ]?)(\d{4})(?!\d)')
DIGRUN_RE = re.compile(r'(?<![\d])\d(?:[ +-]?\d)*(?!\d)')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}')
BEARER_RE = re.compile(r'Bearer\s+([^\s"\'<>,;)\]}\\]+)')
AKIA_RE = re.compile(r'(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}')
JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*')
IPV4_RE = re.compile(r'(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])')


def private_ip(a, b, c, dd):
    if a in (10, 127, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254):
        return True
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or a >= 224 or a == 255:
        return True
    return False


def lint(doc):
    t = doc.text
    if MARK.search(t) or '⟨' in t or '⟩' in t:
        fail(doc, 'template marker leaked')
    lab_spans = collections.defaultdict(list)
    all_lab = []
    for cat, v in doc.labels:
        for sp in spans(t, v):
            lab_spans[cat].append(sp)
            all_lab.append(sp)
    lk_spans = []
    for v in doc.lk:
        lk_spans += spans(t, v)
    ok_spans = all_lab + lk_spans
    # personnummer-shaped
    for m in PNR_RE.finditer(t):
        digits = m.group(1) + m.group(3)
        if len(m.group(1)) == 8:
            valid = pnr_shape_valid(digits[2:], int(digits[:2])) if digits[:2] in ('18', '19', '20') else False
        else:
            valid = pnr_shape_valid(digits)
        if valid and not covered(m.span(), ok_spans) and not overlaps(m.span(), all_lab):
            fail(doc, 'unlabelled personnummer-shaped %r' % m.group(0))
    # card-shaped
    for m in DIGRUN_RE.finditer(t):
        digits = re.sub(r'\D', '', m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and card_network(digits) and digits not in TEST_CARDS:
            if not covered(m.span(), ok_spans) and not overlaps(m.span(), all_lab):
                fail(doc, 'unlabelled card-shaped %r' % m.group(0))
    # e-mail-shaped
    for m in EMAIL_RE.finditer(t):
        dom = m.group(0).split('@', 1)[1]
        if RESERVED_DOMAINS.search(dom):
            continue
        pre = t[max(0, m.start() - 40):m.start()]
        if re.search(r'://[^\s/@]*$', pre) or re.search(r'sips?:[^\s]*$', pre):
            continue
        if not overlaps(m.span(), ok_spans):
            fail(doc, 'unlabelled e-mail-shaped %r' % m.group(0))
    # bearer
    for m in BEARER_RE.finditer(t):
        tok = m.group(1)
        if not tok[0].isalnum() or tok.split('=')[0].lower() in ('realm', 'error', 'scope', 'token', 'auth', 'authentication', 'credentials', 'scheme'):
            continue
        if tok.startswith('eyJhbGciOiJFUzI1NiJ9...'):
            continue
        if not overlaps(m.span(1), ok_spans):
            fail(doc, 'unlabelled bearer token %r' % tok)
    for m in AKIA_RE.finditer(t):
        if 'EXAMPLE' not in m.group(0) and not covered(m.span(), lab_spans['aws-access-key-id'] + sum((lab_spans[c] for c in lab_spans if 'aws-access-key-id' in c), [])):
            fail(doc, 'unlabelled aws key id %r' % m.group(0))
    for m in JWT_RE.finditer(t):
        if not overlaps(m.span(), ok_spans):
            fail(doc, 'unlabelled jwt %r' % m.group(0)[:40])
    for m in IPV4_RE.finditer(t):
        a, b, c, dd = map(int, m.groups())
        if max(a, b, c, dd) > 255:
            continue
        if re.search(r'(?i)(version|ver)\W{0,4}$', t[max(0, m.start() - 20):m.start()]):
            continue
        if not private_ip(a, b, c, dd) and not overlaps(m.span(), ok_spans):
            fail(doc, 'public ipv4 %r' % m.group(0))


def check_all(docs):
    self_test_helpers()
    used = set(l.strip() for l in open(CARRIERS_USED, encoding='utf-8') if l.strip()) if os.path.exists(CARRIERS_USED) else set()
    seen_carriers = set()
    label_home = {}
    all_texts = {(d.carrier, d.path): d.text for d in docs}
    for d in docs:
        if d.carrier in used:
            fail(d, 'carrier name already used')
        if d.carrier in seen_carriers:
            fail(d, 'carrier twice')
        seen_carriers.add(d.carrier)
        if not d.text or not d.text.endswith('\n'):
            fail(d, 'empty or unterminated document')
        if '.git' in d.path.split('/') or d.path.endswith('.md') and '/' not in d.path:
            fail(d, 'forbidden path')
        cats_by_value = {}
        for cat, v in d.labels:
            if v != v.strip() or not v:
                fail(d, 'label with surrounding whitespace %r' % v)
            if cat != 'private-key' and ('\n' in v or '\r' in v):
                fail(d, 'label with newline %r' % v)
            if v not in d.text:
                fail(d, 'label not in text %r' % v)
            low = v.lower()
            if any(p.lower() in low for p in PLACEHOLDER_BITS):
                fail(d, 'placeholder-like label %r' % v)
            if cats_by_value.setdefault(v, cat) != cat:
                fail(d, 'value with two categories %r' % v)
            check_value(d, cat, v)
            if v not in d.glue_ok:
                for a, b in spans(d.text, v):
                    before = d.text[a - 1] if a else ' '
                    after = d.text[b] if b < len(d.text) else ' '
                    if before.isalnum() or after.isalnum():
                        fail(d, 'label glued to a letter or digit %r' % v)
            if len(v) >= 6:
                home = label_home.setdefault(v, (d.carrier, d.path))
                if home != (d.carrier, d.path):
                    fail(d, 'label also labelled in %s %r' % (home, v))
                for key, text in all_texts.items():
                    if key != (d.carrier, d.path) and v in text:
                        fail(d, 'label occurs in another document %s %r' % (key, v))
        # a label inside a label of another category
        labs = list(dict.fromkeys(d.labels))
        for c1, v1 in labs:
            for c2, v2 in labs:
                if v1 != v2 and c1 != c2 and v1 in v2:
                    fail(d, 'label %r inside label %r of another category' % (v1, v2))
        for v in d.lk:
            if v not in d.text:
                fail(d, 'look-alike not in text %r' % v)
            for c, lv in d.labels:
                if v in lv or lv in v:
                    fail(d, 'look-alike %r overlaps label %r' % (v, lv))
        lint(d)


# ------------------------------------------------------------------ output

def esc(v):
    return v.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def labels_tsv(docs):
    lines = ['file\tcategory\tvalue']
    for d in docs:
        f = d.carrier + '/' + d.path
        for cat, v in dict.fromkeys(d.labels):
            lines.append('%s\t%s\t%s' % (f, cat, esc(v)))
    return '\n'.join(lines) + '\n'


def stats(docs):
    by_cat = collections.Counter()
    occ_cat = collections.Counter()
    by_mod = collections.Counter()
    n_lab = n_occ = 0
    carriers = []
    for d in docs:
        by_mod[d.module] += 1
        labs = list(dict.fromkeys(d.labels))
        for cat, v in labs:
            by_cat[cat] += 1
            c = d.text.count(v)
            occ_cat[cat] += c
            n_lab += 1
            n_occ += c
        carriers.append({'carrier': d.carrier, 'path': d.path, 'description': d.desc, 'module': d.module + '.py',
                         'labels': len(labs), 'lookalikes': len(set(d.lk))})
    return {
        'set': 'dev27', 'seed': core.SEED, 'documents': len(docs), 'carriers': len(set(d.carrier for d in docs)),
        'labels': n_lab, 'labelled_occurrences': n_occ, 'lookalikes': sum(len(set(d.lk)) for d in docs),
        'categories': {c: {'labels': by_cat[c], 'occurrences': occ_cat[c]} for c in sorted(by_cat, key=lambda c: (-by_cat[c], c))},
        'documents_per_module': {m + '.py': by_mod[m] for m in sorted(by_mod)},
        'documents_list': carriers,
    }


def det_hash(files):
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.encode() + b'\0' + hashlib.sha256(files[path]).hexdigest().encode() + b'\n')
    return h.hexdigest()


def main():
    check_only = '--check' in sys.argv
    docs = build()
    check_all(docs)
    st = stats(docs)
    files = {d.carrier + '/' + d.path: d.text.encode('utf-8') for d in docs}
    files['labels.tsv'] = labels_tsv(docs).encode('utf-8')
    files['stats.json'] = (json.dumps(st, ensure_ascii=False, indent=1) + '\n').encode('utf-8')
    digest = det_hash(files)
    print('documents %d, labels %d, labelled occurrences %d, look-alikes %d' % (st['documents'], st['labels'], st['labelled_occurrences'], st['lookalikes']))
    for c, v in st['categories'].items():
        print('  %-32s %4d %4d' % (c, v['labels'], v['occurrences']))
    print('  per module:', st['documents_per_module'])
    if check_only:
        print('check only; hash would be', digest)
        return
    # remove carrier directories of the previous run
    old = os.path.join(HERE, 'stats.json')
    if os.path.exists(old):
        try:
            for item in json.load(open(old, encoding='utf-8'))['documents_list']:
                p = os.path.join(HERE, item['carrier'])
                if os.path.isdir(p):
                    shutil.rmtree(p)
        except Exception:
            pass
    for rel, data in files.items():
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data)
    import notes
    with open(os.path.join(HERE, 'NOTES.md'), 'w', encoding='utf-8') as f:
        f.write(notes.render(st, docs, digest))
    pc = os.path.join(HERE, '__pycache__')
    if os.path.isdir(pc):
        shutil.rmtree(pc)
    print('determinism hash', digest)


if __name__ == '__main__':
    try:
        main()
    except CheckError as e:
        print('SELF-CHECK FAILED:', e)
        sys.exit(1)
