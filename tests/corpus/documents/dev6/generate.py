#!/usr/bin/env python3
"""Deterministic generator of the dev6 document corpus.

Writes the carrier folders, labels.tsv and stats.json beside this file.
Python 3 standard library only; the seed is fixed in gen_common.SEED.
Run:  python3 generate.py   then   python3 check_labels.py
"""
import sys
sys.dont_write_bytecode = True
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G
MODULES = ['gen_cred_app', 'gen_cred_ops', 'gen_cred_tools', 'gen_cred_prose', 'gen_secret',
           'gen_aws', 'gen_bearer', 'gen_india', 'gen_phone', 'gen_pii', 'gen_clean']
KEEP = {'generate.py', 'check_labels.py', 'NOTES.md', 'labels.tsv', 'stats.json'}


def main():
    # remove previous output: every sub-folder (carriers) and the two outputs
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
    for name in ('labels.tsv', 'stats.json'):
        if os.path.exists(os.path.join(HERE, name)):
            os.remove(os.path.join(HERE, name))

    import importlib
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + '.py')):
            importlib.import_module(m)

    paths = set()
    for fn, n in G.TEMPLATES:
        for i in range(1, n + 1):
            doc, text = fn(i)
            assert doc.path not in paths, ('duplicate path', doc.path)
            paths.add(doc.path)
            doc.finish(text, HERE)

    rows = []
    per_cat, per_carrier = {}, {}
    for doc in G.Doc.ALL:
        if not hasattr(doc, 'text'):
            continue
        carrier = doc.path.split('/')[0]
        per_carrier.setdefault(carrier, {'documents': 0, 'labels': 0})
        per_carrier[carrier]['documents'] += 1
        for v in doc.order:
            cat = doc.labels[v][0]
            rows.append('%s\t%s\t%s' % (doc.path, cat, G.tsv_escape(v)))
            per_cat[cat] = per_cat.get(cat, 0) + 1
            per_carrier[carrier]['labels'] += 1
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tcategory\tvalue\n')
        fh.write('\n'.join(rows) + '\n')
    # literal placeholders / masks written directly into templates (not counted by G.lk)
    import re
    inline = re.compile(r'\$\{[A-Za-z_][^}]*\}|\{\{[^}]*\}\}|<(?:your|redacted|password|token|must)[^>]*>|\*{3,}|\[(?:REDACTED|MASKED|FILTERED|Filtered|PROTECTED)\]|EXAMPLE|changeme|changeit|T00000000/B00000000|QWxhZGRpbjpvcGVuIHNlc2FtZQ==|\$\(\w+\)|<token>')
    inline_n = 0
    for doc in G.Doc.ALL:
        if hasattr(doc, 'text'):
            inline_n += len(inline.findall(doc.text))
    stats = {'seed': G.SEED, 'documents': len(paths), 'labelled_values': len(rows),
             'inline_placeholder_occurrences': inline_n,
             'labels_per_category': dict(sorted(per_cat.items(), key=lambda kv: -kv[1])),
             'lookalikes_per_kind': dict(sorted(G.LOOK.items(), key=lambda kv: -kv[1])),
             'lookalikes_total': sum(G.LOOK.values()),
             'carriers': dict(sorted(per_carrier.items()))}
    with open(os.path.join(HERE, 'stats.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(stats, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    shutil.rmtree(os.path.join(HERE, '__pycache__'), ignore_errors=True)
    print('%d documents, %d labelled values, %d look-alikes' % (len(paths), len(rows), sum(G.LOOK.values())))
    for c, n in stats['labels_per_category'].items():
        print('  %-28s %d' % (c, n))


if __name__ == '__main__':
    main()
