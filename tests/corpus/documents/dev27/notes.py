"""Renders NOTES.md: the fixed head (notes_head.py), the counts, the carrier list and the determinism hash."""
import re
from notes_head import HEAD
from core import pnr_shape_valid, luhn_ok, card_network


def render(st, docs, digest):
    head = (HEAD.replace('{N_CARRIERS}', str(st['carriers'])).replace('{N_LABELS}', str(st['labels']))
            .replace('{N_DOCS}', str(st['documents'])))
    out = [head.rstrip('\n'), '', '## Counts', '',
           '%d documents in %d carrier directories (one document each), %d labels (%d labelled occurrences) and %d '
           'registered look-alikes.' % (st['documents'], st['carriers'], st['labels'], st['labelled_occurrences'], st['lookalikes']),
           '']
    lk_pnr = lk_card = 0
    for d in docs:
        for v in set(d.lk):
            digits = re.sub(r'[-+ ]', '', v)
            if digits.isdigit() and len(digits) in (10, 12):
                ok = pnr_shape_valid(digits[-10:], int(digits[:2])) if len(digits) == 12 and digits[:2] in ('19', '20') else (len(digits) == 10 and pnr_shape_valid(digits))
                lk_pnr += bool(ok)
            if digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits) and not card_network(digits):
                lk_card += 1
    out += ['Among the look-alikes: %d date-shaped Luhn-valid personnummer look-alikes (case, order, booking, receipt and '
            'referral numbers) and %d Luhn-valid card-shaped numbers of no card network (order references, IMEIs).' % (lk_pnr, lk_card),
            '', '| category | labels | labelled occurrences |', '|---|---:|---:|']
    for c, v in st['categories'].items():
        out.append('| %s | %d | %d |' % (c, v['labels'], v['occurrences']))
    out.append('')
    out.append('Documents per module: ' + ', '.join('`%s` %d' % (m, n) for m, n in st['documents_per_module'].items()) + '.')
    out += ['', '## Carriers', '']
    for item in sorted(st['documents_list'], key=lambda x: x['carrier']):
        out.append('- `%s`: %s (%s, %d labels)' % (item['carrier'], item['path'], item['description'], item['labels']))
    out += ['', '## Determinism hash', '',
            '`%s` (sha256 over `path NUL sha256(content) LF` of every document, `labels.tsv` and `stats.json`, sorted by '
            'path; printed by `python3 generate.py`).' % digest, '']
    return '\n'.join(out)
