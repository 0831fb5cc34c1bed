#!/usr/bin/env python3
"""Realistic benchmark corpus generator.

    python3 realistic_corpus.py --mib N [--values-per-lines K] [--seed S] OUT

Writes exactly N MiB of the kind of text services write in an integration
test environment (Java/Spring logs with stack traces, HTTP access logs,
structured JSON logs, Kafka client output, syslog/journald, database logs,
Python/Go/Node logs, GC/CI/curl/Redis/Mongo output).  With K > 0, on
average one line in K carries one synthetic sensitive value, placed the way
such values leak in that format.  See README.md.

Python 3 standard library only; deterministic for a given (N, K, seed,
--pool-mib) whatever PYTHONHASHSEED is.
"""
import sys
sys.dont_write_bytecode = True

import argparse
import os
import random
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import rc_util  # noqa: E402
from rc_util import Clock, Catalog  # noqa: E402
import rc_values  # noqa: E402
import rc_java  # noqa: E402
import rc_access  # noqa: E402
import rc_json  # noqa: E402
import rc_kafka  # noqa: E402
import rc_syslog  # noqa: E402
import rc_sql  # noqa: E402
import rc_app  # noqa: E402
import rc_misc  # noqa: E402

MIB = 1048576

# Category byte shares (documented in README.md).
CATEGORIES = [
    ('java', 0.20, rc_java),
    ('access', 0.20, rc_access),
    ('json', 0.20, rc_json),
    ('kafka', 0.08, rc_kafka),
    ('syslog', 0.10, rc_syslog),
    ('sql', 0.07, rc_sql),
    ('app', 0.10, rc_app),
    ('misc', 0.05, rc_misc),
]

DEFAULT_SEED = 20240314
DEFAULT_POOL_MIB = 64
LEAK_CONTEXTS = 160          # pre-generated contexts per leak template
RUN_SERVICE = ('java', 'json', 'kafka', 'app', 'misc')   # runs narrowed to one service per language
RUN_HOST = ('syslog',)                                     # runs narrowed to one host


def compile_record(pieces, allow_values=False):
    """pieces -> (parts tuple, slots tuple) or a plain str when no slots."""
    parts = []
    slots = []
    cur = []
    for p in pieces:
        if isinstance(p, str):
            cur.append(p)
        else:
            if not allow_values and not isinstance(p, int):
                raise AssertionError('value slot in a clean record: %r' % (p,))
            parts.append(''.join(cur))
            cur = []
            slots.append(p)
    parts.append(''.join(cur))
    if not slots:
        return parts[0]
    return (tuple(parts), tuple(slots))


def _blen(s):
    return len(s) if s.isascii() else len(s.encode('utf-8'))


class SubPool:
    __slots__ = ('name', 'cat', 'recs', 'blens', 'nls', 'order', 'pos', 'burst', 'weight', 'avg', 'blocks')

    def __init__(self, name, cat, burst):
        self.name = name
        self.cat = cat
        self.recs = []
        self.blens = []
        self.nls = []
        self.order = None
        self.pos = 0
        self.burst = burst
        self.weight = 0.0
        self.avg = 1.0
        self.blocks = []

    def reorder(self, rng):
        """Traversal order: the runs (blocks) in a fresh random order, records
        inside a run kept in sequence so a burst reads like one stream."""
        bl = list(self.blocks)
        rng.shuffle(bl)
        self.order = [i for b0, b1 in bl for i in range(b0, b1)]
        self.pos = 0


def build_pool(seed, pool_bytes, catalog):
    subs = []
    for cname, cshare, mod in CATEGORIES:
        tot = sum(x[1] for x in mod.CLEAN)
        for sname, sshare, fn, burst in mod.CLEAN:
            sp = SubPool(sname, cname, burst)
            r = random.Random('%d:pool:%s' % (seed, sname))
            target = pool_bytes * cshare * sshare / tot
            got = 0
            n = 0
            blocks = []
            rrun = random.Random('%d:runs:%s' % (seed, sname))
            while got < target or n < 40:
                if cname in RUN_SERVICE or cname in RUN_HOST:
                    view = catalog.view(rrun, services=cname in RUN_SERVICE, host=cname in RUN_HOST)
                else:
                    view = catalog
                run = rrun.randrange(8, 120)
                b0 = n
                for _ in range(run):
                    rec = compile_record(fn(r, view))
                    if isinstance(rec, str):
                        b = _blen(rec)
                        nl = rec.count('\n')
                        b_est = b
                    else:
                        b = sum(_blen(x) for x in rec[0])
                        nl = sum(x.count('\n') for x in rec[0])
                        b_est = b + 24 * len(rec[1])
                    sp.recs.append(rec)
                    sp.blens.append(b)
                    sp.nls.append(nl)
                    got += b_est
                    n += 1
                    if got >= target and n >= 40:
                        break
                blocks.append((b0, n))
            sp.blocks = blocks
            sp.avg = got / n
            sp.weight = cshare * sshare / tot / (sp.avg * sp.burst)
            subs.append(sp)
    return subs


def build_leaks(seed, catalog):
    leaks = {}
    for cname, cshare, mod in CATEGORIES:
        entries = []
        for kinds, w, fn in mod.LEAKS:
            r = random.Random('%d:leak:%s:%s' % (seed, cname, fn.__name__))
            recs = []
            for _ in range(LEAK_CONTEXTS):
                rec = compile_record(fn(r, catalog), allow_values=True)
                if isinstance(rec, str):
                    raise AssertionError('leak template without value: %s' % fn.__name__)
                recs.append(rec)
            entries.append((w, fn.__name__, recs))
        leaks[cname] = entries
    return leaks


def generate(out_path, mib, k, seed, pool_mib, stats=False):
    t0 = time.time()
    target = mib * MIB
    rsetup = random.Random('%d:catalog' % seed)
    catalog = Catalog(rsetup)
    subs = build_pool(seed, pool_mib * MIB, catalog)
    leaks = build_leaks(seed, catalog) if k > 0 else None
    t_pool = time.time() - t0

    rmain = random.Random('%d:main' % seed)
    rclock = random.Random('%d:clock' % seed)
    rleak = random.Random('%d:leakpick:%d' % (seed, k))
    rval = random.Random('%d:values:%d' % (seed, k))
    start_ms = 1709251200000 + rsetup.randrange(0, 60 * 86400) * 1000   # within Mar/Apr 2024
    clock = Clock(start_ms, rclock)
    fmt = clock.fmt
    advance = clock.advance
    getbits = rclock.getrandbits

    cum = []
    acc = 0.0
    for sp in subs:
        acc += sp.weight
        cum.append(acc)
    for sp in subs:
        sp.reorder(rmain)

    counts = {kk: 0 for kk in rc_values.KINDS}
    pending = []          # (end_offset, kind) of inserted values
    sub_bytes = {}
    written = 0
    nbytes = 0            # bytes appended (written + buffered)
    lines = 0
    next_leak = rleak.randint(1, 2 * k - 1) if k > 0 else None
    first_reuse = None    # (output offset, sub-format) where a pooled record is first emitted again
    buf = []
    buf_bytes = 0
    CHUNK = 4 * MIB
    make_value = rc_values.make_value

    f = open(out_path, 'wb')
    try:
        while nbytes < target:
            sp = rmain.choices(subs, cum_weights=cum)[0]
            if sp.burst > 1:
                n = 1 + int(rmain.expovariate(1.0 / (sp.burst - 1)))
            else:
                n = 1
            recs = sp.recs
            blens = sp.blens
            nls = sp.nls
            order = sp.order
            sb = 0
            for _ in range(n):
                if sp.pos >= len(order):
                    sp.reorder(rmain)
                    order = sp.order
                    if first_reuse is None:
                        first_reuse = (nbytes, sp.name)
                idx = order[sp.pos]
                sp.pos += 1
                advance(1 + getbits(5))
                rec = recs[idx]
                if rec.__class__ is str:
                    buf.append(rec)
                    b = blens[idx]
                else:
                    parts, slots = rec
                    b = blens[idx]
                    buf.append(parts[0])
                    i = 1
                    for st in slots:
                        ts = fmt(st)
                        buf.append(ts)
                        b += len(ts)
                        buf.append(parts[i])
                        i += 1
                        if i < len(parts) - 1:
                            advance(getbits(2))
                nbytes += b
                buf_bytes += b
                sb += b
                lines += nls[idx]
                guard = 0
                while next_leak is not None and lines >= next_leak:
                    guard += 1
                    if guard > 8:
                        # K smaller than the value-bearing records are long: re-anchor
                        next_leak = lines + rleak.randint(1, 2 * k - 1)
                        break
                    entries = leaks[sp.cat]
                    tw = 0.0
                    for w, _, _ in entries:
                        tw += w
                    x = rleak.random() * tw
                    for w, name, lrecs in entries:
                        x -= w
                        if x <= 0:
                            break
                    parts, slots = lrecs[rleak.randrange(len(lrecs))]
                    lb = 0
                    kinds = []
                    buf.append(parts[0])
                    lb += _blen(parts[0])
                    for i, st in enumerate(slots):
                        if isinstance(st, int):
                            s = fmt(st)
                        else:
                            s = make_value(rval, st[1], st[2])
                            kinds.append(st[1])
                        buf.append(s)
                        lb += _blen(s)
                        p = parts[i + 1]
                        buf.append(p)
                        lb += _blen(p)
                        lines += s.count('\n')
                    for p in parts:
                        lines += p.count('\n')
                    nbytes += lb
                    buf_bytes += lb
                    sb += lb
                    for kk in kinds:
                        pending.append((nbytes, kk))
                    next_leak += rleak.randint(1, 2 * k - 1)
                if buf_bytes >= CHUNK:
                    data = ''.join(buf).encode('utf-8')
                    if written + len(data) > target:
                        data = data[:target - written]
                    f.write(data)
                    written += len(data)
                    buf = []
                    buf_bytes = 0
                    if written >= target:
                        break
            sub_bytes[sp.name] = sub_bytes.get(sp.name, 0) + sb
            if written >= target:
                break
        if written < target:
            data = ''.join(buf).encode('utf-8')
            data = data[:target - written]
            # never end inside a UTF-8 sequence
            cut = len(data)
            while cut > 0 and (data[cut - 1] & 0xC0) == 0x80:
                cut -= 1
            if cut > 0 and data[cut - 1] >= 0xC0:
                lead = data[cut - 1]
                need = 2 if lead < 0xE0 else (3 if lead < 0xF0 else 4)
                if len(data) - (cut - 1) < need:
                    data = data[:cut - 1] + b'.' * (len(data) - cut + 1)
            f.write(data)
            written += len(data)
    finally:
        f.close()

    for end, kk in pending:
        if end <= target:
            counts[kk] += 1
    # count lines exactly from the file (fast, C-level)
    nl = 0
    with open(out_path, 'rb') as fh:
        while True:
            blk = fh.read(16 * MIB)
            if not blk:
                break
            nl += blk.count(b'\n')
    total_vals = sum(counts.values())
    dt = time.time() - t0
    kinds_s = ' '.join('%s=%d' % (kk, v) for kk, v in counts.items() if v)
    sys.stderr.write('realistic_corpus: bytes=%d lines=%d values=%d%s%s (K=%d seed=%d pool=%.1fs total=%.1fs)\n' % (
        written, nl, total_vals, ' ' if kinds_s else '', kinds_s, k, seed, t_pool, dt))
    if stats:
        catb = {}
        tot = sum(sub_bytes.values()) or 1
        for sp in subs:
            catb[sp.cat] = catb.get(sp.cat, 0) + sub_bytes.get(sp.name, 0)
        for cname, cshare, _ in CATEGORIES:
            sys.stderr.write('  %-8s %5.1f%% (target %4.1f%%)\n' % (cname, 100.0 * catb.get(cname, 0) / tot, 100 * cshare))
        sys.stderr.write('  pool: %d records, %.1f MiB; first re-use of a pooled record: %s\n' % (
            sum(len(sp.recs) for sp in subs), sum(sp.avg * len(sp.recs) for sp in subs) / MIB,
            'none' if first_reuse is None else 'at byte %d (%s)' % first_reuse))
        for sp in subs:
            sys.stderr.write('    %-26s %5.2f%%  pool=%6d recs %8.0f KiB\n' % (sp.name, 100.0 * sub_bytes.get(sp.name, 0) / tot, len(sp.recs), sp.avg * len(sp.recs) / 1024))
    return written, nl, counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--mib', type=int, required=True, help='output size in MiB (exact)')
    ap.add_argument('--values-per-lines', type=int, default=0, metavar='K',
                    help='0 = clean (default); K>0 = on average one line in K carries one sensitive value')
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--pool-mib', type=int, default=DEFAULT_POOL_MIB,
                    help='size of the pre-generated record pool (default %d); part of the determinism key' % DEFAULT_POOL_MIB)
    ap.add_argument('--stats', action='store_true', help='also print per-format byte shares to stderr')
    ap.add_argument('out')
    a = ap.parse_args(argv)
    if a.mib <= 0 or a.values_per_lines < 0 or a.pool_mib <= 0:
        ap.error('--mib and --pool-mib must be > 0, K must be >= 0')
    generate(a.out, a.mib, a.values_per_lines, a.seed, a.pool_mib, a.stats)
    return 0


if __name__ == '__main__':
    sys.exit(main())
