"""Database server logs: PostgreSQL (several log_line_prefix settings,
log_min_duration_statement output, extended-protocol execute + parameters,
errors with DETAIL/STATEMENT, checkpoints, autovacuum, connection lines,
deadlocks), MySQL 8 general query log, slow query log, error log.
"""
import sys
sys.dont_write_bytecode = True

from rc_util import (V, TS_PG, TS_PG_S, TS_ISO_T_US_Z, TS_EPOCH_S, hexs, uuid4, order_id, sku, pod_ip, eph_port,
                     STATUSES, CURRENCIES, WAREHOUSES, CARRIERS)

DBS = [('orders', 'orders'), ('payments', 'payments'), ('inventory', 'inventory'), ('catalog', 'catalog'), ('ledger', 'ledger'), ('identity', 'auth')]
APPS = ['PostgreSQL JDBC Driver', 'PostgreSQL JDBC Driver', 'psql', 'pgx', 'asyncpg', 'flyway', '[unknown]', 'pg_dump']


def _ts_date(r):
    return '2024-%02d-%02d' % (r.randrange(1, 4), r.randrange(1, 29))


def select_stmt(r, placeholders=False, mysql=False):
    ph = (lambda i: '?') if mysql and placeholders else ((lambda i: '$%d' % i) if placeholders else None)
    oid = order_id(r)

    def val(i, v):
        return ph(i) if ph else v
    k = r.randrange(14)
    if k == 0:
        return 'SELECT o.id, o.status, o.total_amount, o.currency, o.created_at FROM orders o WHERE o.customer_id = %s AND o.created_at >= %s ORDER BY o.created_at DESC LIMIT %s' % (
            val(1, str(r.randrange(10000, 9999999))), val(2, "'%s'" % _ts_date(r)), val(3, str(r.choice((20, 50, 100)))))
    if k == 1:
        return 'UPDATE orders SET status = %s, updated_at = now(), version = version + 1 WHERE id = %s AND version = %s' % (val(1, "'%s'" % r.choice(STATUSES)), val(2, oid), val(3, str(r.randrange(0, 9))))
    if k == 2:
        return 'INSERT INTO order_items (order_id, sku, quantity, unit_price, currency) VALUES (%s, %s, %s, %s, %s)' % (val(1, oid), val(2, "'%s'" % sku(r)), val(3, str(r.randrange(1, 6))), val(4, '%d.%02d' % (r.randrange(1, 500), r.randrange(100))), val(5, "'%s'" % r.choice(CURRENCIES)))
    if k == 3:
        return 'SELECT s.sku, s.available, s.reserved FROM stock_items s WHERE s.warehouse_code = %s AND s.sku IN (%s) FOR UPDATE' % (val(1, "'%s'" % r.choice(WAREHOUSES)), ', '.join(val(i + 2, "'%s'" % sku(r)) for i in range(r.randrange(1, 8))))
    if k == 4:
        return 'DELETE FROM reservations WHERE expires_at < %s RETURNING id' % val(1, "'%s %02d:%02d:%02d+00'" % (_ts_date(r), r.randrange(24), r.randrange(60), r.randrange(60)))
    if k == 5:
        return 'SELECT count(*) FROM outbox_events WHERE published_at IS NULL'
    if k == 6:
        return 'INSERT INTO outbox_events (id, aggregate_type, aggregate_id, type, payload, created_at) VALUES (%s, %s, %s, %s, %s, now())' % (val(1, "'%s'" % uuid4(r)), val(2, "'Order'"), val(3, oid), val(4, "'%s'" % r.choice(('OrderCreated', 'OrderCancelled', 'OrderShipped'))), val(5, "'{\"orderId\":%s,\"items\":%d}'" % (oid, r.randrange(1, 9))))
    if k == 7:
        return 'SELECT p.id, p.state, p.amount FROM payments p WHERE p.psp_reference = %s' % val(1, "'%s'" % hexs(r, 16).upper())
    if k == 8:
        return 'UPDATE stock_items SET available = available - %s, reserved = reserved + %s, version = version + 1 WHERE sku = %s AND warehouse_code = %s AND available >= %s' % (
            val(1, str(r.randrange(1, 5))), val(2, str(r.randrange(1, 5))), val(3, "'%s'" % sku(r)), val(4, "'%s'" % r.choice(WAREHOUSES)), val(5, str(r.randrange(1, 5))))
    if k == 9:
        return 'SELECT pr.sku, pr.title, pr.brand, pr.price_minor FROM products pr JOIN product_categories pc ON pc.product_id = pr.id WHERE pc.category_slug = %s AND pr.active ORDER BY pr.popularity DESC OFFSET %s LIMIT %s' % (
            val(1, "'%s'" % r.choice(('audio', 'computers', 'garden', 'sports', 'toys'))), val(2, str(24 * r.randrange(0, 20))), val(3, '24'))
    if k == 10:
        return 'SELECT a.id, sum(e.amount_minor) FROM accounts a JOIN journal_entries e ON e.account_id = a.id WHERE e.posted_at < %s GROUP BY a.id HAVING sum(e.amount_minor) <> 0' % val(1, "'%s'" % _ts_date(r))
    if k == 11:
        return 'INSERT INTO tracking_events (shipment_id, carrier, code, occurred_at) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING' % (val(1, oid), val(2, "'%s'" % r.choice(CARRIERS)), val(3, "'%s'" % r.choice(('IN_TRANSIT', 'DELIVERED', 'PICKED_UP'))), val(4, "'%s'" % _ts_date(r)))
    if k == 12:
        return 'SELECT 1'
    return 'SELECT session_id, expires_at FROM sessions WHERE session_id = %s' % val(1, "'%s'" % hexs(r, 32))


def pg_prefix(r, style, db, user, pid, host):
    if style == 0:
        return [TS_PG, ' [%d] ' % pid]
    if style == 1:
        return [TS_PG, ' [%d] %s@%s ' % (pid, user, db)]
    if style == 2:
        return [TS_PG_S, ' [%d]: [%d-1] user=%s,db=%s,app=%s,client=%s ' % (pid, r.randrange(1, 400), user, db, r.choice(APPS), host)]
    return [TS_PG, ' [%d] %s %s %s(%d) %s ' % (pid, db, user, host, eph_port(r), hexs(r, 8) + '.' + hexs(r, 4))]


def _pg_ctx(r):
    db, user = r.choice(DBS)
    return db, user, r.randrange(100, 65000), pod_ip(r), r.randrange(4)


def postgres(r, cat):
    db, user, pid, host, st = _pg_ctx(r)
    pre = pg_prefix(r, st, db, user, pid, host)
    k = r.randrange(20)
    if k < 6:
        return pre + ['LOG:  duration: %.3f ms  statement: %s\n' % (r.lognormvariate(0, 1.5) * 4, select_stmt(r))]
    if k < 10:
        stmt = select_stmt(r, placeholders=True)
        n = stmt.count('$')
        out = pre + ['LOG:  duration: %.3f ms  execute %s: %s\n' % (r.lognormvariate(0, 1.5) * 2, r.choice(('<unnamed>', 'S_%d' % r.randrange(1, 30))), stmt)]
        if n:
            out += pre + ['DETAIL:  parameters: %s\n' % ', '.join("$%d = '%s'" % (i + 1, r.choice((order_id(r), r.choice(STATUSES), sku(r), str(r.randrange(0, 100)), _ts_date(r), hexs(r, 16).upper()))) for i in range(n))]
        return out
    if k < 11:
        return pre + ['LOG:  connection received: host=%s port=%d\n' % (host, eph_port(r))]
    if k < 12:
        return pre + ['LOG:  connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)\n' % (user, db, r.choice(APPS))]
    if k < 13:
        return pre + ['LOG:  disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s port=%d\n' % (r.randrange(0, 3), r.randrange(60), r.randrange(60), r.randrange(1000), user, db, host, eph_port(r))]
    if k < 14:
        cons, col, val = r.choice((('orders_idempotency_key_uk', 'idempotency_key', uuid4(r)), ('order_items_order_id_sku_key', 'order_id, sku', '%s, %s' % (order_id(r), sku(r))),
                                   ('payments_psp_reference_key', 'psp_reference', hexs(r, 16).upper()), ('products_sku_key', 'sku', sku(r))))
        return pre + ['ERROR:  duplicate key value violates unique constraint "%s"\n' % cons] + pre + ['DETAIL:  Key (%s)=(%s) already exists.\n' % (col, val)] + pre + ['STATEMENT:  %s\n' % select_stmt(r, True)]
    if k < 15:
        a, b, c = r.randrange(100, 65000), r.randrange(10**5, 10**7), r.randrange(100, 65000)
        return pre + ['ERROR:  deadlock detected\n'] + pre + ['DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: %s\n\tProcess %d: %s\n' % (
            a, b, c, c, b + r.randrange(1, 40), a, a, select_stmt(r, True), c, select_stmt(r, True))] + pre + ['HINT:  See server log for query details.\n'] + pre + ['CONTEXT:  while updating tuple (%d,%d) in relation "stock_items"\n' % (r.randrange(0, 9000), r.randrange(1, 90))]
    if k < 16:
        return pre + ['LOG:  checkpoint starting: time\n'] + pre + ['LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%X, redo lsn=%X/%X\n' % (
            r.randrange(10, 9000), r.random() * 10, r.randrange(0, 3), r.randrange(0, 5), r.random() * 30, r.random() / 10, r.random() * 30, r.randrange(5, 300), r.random() / 20, r.random() / 100,
            r.randrange(100, 90000), r.randrange(100, 90000), r.randrange(0, 16), r.getrandbits(32), r.randrange(0, 16), r.getrandbits(32))]
    if k < 17:
        tbl = r.choice(('orders.public.order_items', 'orders.public.outbox_events', 'inventory.public.stock_items', 'payments.public.payments'))
        return pre + ['LOG:  automatic vacuum of table "%s": index scans: %d\n\tpages: %d removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, %d are dead but not yet removable\n\tremovable cutoff: %d, which was %d XIDs old when operation ended\n\tnew relfrozenxid: %d, which is %d XIDs ahead of previous value\n\tindex scan needed: %d pages from table (%.2f%% of total) had %d dead item identifiers removed\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tbuffer usage: %d hits, %d misses, %d dirtied\n\tWAL usage: %d records, %d full page images, %d bytes\n\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s\n' % (
            tbl, r.randrange(0, 3), 0, r.randrange(100, 90000), r.randrange(10, 9000), r.random() * 30, r.randrange(0, 90000), r.randrange(1000, 10**7), r.randrange(0, 300), r.randrange(10**5, 10**7), r.randrange(0, 300),
            r.randrange(10**5, 10**7), r.randrange(0, 3000), r.randrange(0, 900), r.random() * 10, r.randrange(0, 90000), r.random() * 20, r.random() * 10, r.randrange(100, 90000), r.randrange(0, 900), r.randrange(0, 900),
            r.randrange(0, 90000), r.randrange(0, 900), r.randrange(10**4, 10**8), r.random(), r.random() / 2, r.random() * 3)]
    if k < 18:
        return pre + ['FATAL:  %s\n' % r.choice(('password authentication failed for user "%s"' % user, 'role "readonly" does not exist', 'database "%s_test" does not exist' % db,
                                                'terminating connection due to administrator command', 'remaining connection slots are reserved for roles with the SUPERUSER attribute'))] + \
            (pre + ['DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line %d: "hostssl all all 10.0.0.0/8 scram-sha-256"\n' % r.randrange(90, 130)] if r.random() < 0.5 else [])
    if k < 19:
        return pre + ['LOG:  could not receive data from client: Connection reset by peer\n']
    return pre + ['ERROR:  canceling statement due to statement timeout\n'] + pre + ['STATEMENT:  %s\n' % select_stmt(r)]


def mysql_general(r, cat):
    cid = r.randrange(8, 90000)
    k = r.randrange(10)
    if k < 6:
        return [TS_ISO_T_US_Z, '\t%5d Query\t%s\n' % (cid, select_stmt(r, mysql=True).replace('now()', 'NOW(6)'))]
    if k < 7:
        db, user = r.choice(DBS)
        return [TS_ISO_T_US_Z, '\t%5d Connect\t%s@%s on %s using SSL/TLS\n' % (cid, user, pod_ip(r), db)]
    if k < 8:
        return [TS_ISO_T_US_Z, '\t%5d Quit\t\n' % cid]
    if k < 9:
        return [TS_ISO_T_US_Z, '\t%5d Prepare\t%s\n' % (cid, select_stmt(r, True, True))]
    if r.random() < 0.04:
        # MySQL rewrites passwords in the general log
        return [TS_ISO_T_US_Z, "\t%5d Query\t%s\n" % (cid, r.choice(("CREATE USER 'reporting'@'%%' IDENTIFIED BY <secret>", "ALTER USER 'app_rw'@'10.%%' IDENTIFIED BY <secret>",
                                                                        "SET PASSWORD FOR 'debezium'@'%%' = <secret>")))]
    return [TS_ISO_T_US_Z, '\t%5d Query\t%s\n' % (cid, r.choice(('SET autocommit=0', 'COMMIT', 'ROLLBACK', 'SELECT @@session.transaction_read_only', 'SET NAMES utf8mb4', 'SHOW WARNINGS', 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED')))]


def mysql_slow(r, cat):
    db, user = r.choice(DBS)
    qt = r.lognormvariate(0, 1) * 1.5 + 0.5
    return ['# Time: ', TS_ISO_T_US_Z, '\n# User@Host: %s[%s] @  [%s]  Id: %5d\n# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d\nuse %s;\nSET timestamp=' % (
        user, user, pod_ip(r), r.randrange(8, 90000), qt, r.random() / 1000, r.randrange(0, 500), r.randrange(1000, 5_000_000), db), TS_EPOCH_S, ';\n%s;\n' % select_stmt(r, mysql=True)]


def mysql_error(r, cat):
    k = r.randrange(5)
    if k == 0:
        m = "0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."
    elif k == 1:
        m = "0 [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known" % pod_ip(r)
    elif k == 2:
        db, user = r.choice(DBS)
        m = "%d [Note] [MY-010914] [Server] Aborted connection %d to db: '%s' user: '%s' host: '%s' (Got an error reading communication packets)." % (r.randrange(8, 90000), r.randrange(8, 90000), db, user, pod_ip(r))
    elif k == 3:
        m = "%d [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'" % r.randrange(8, 90000)
    else:
        m = "0 [Note] [MY-011953] [InnoDB] Page cleaner took %dms to flush %d pages" % (r.randrange(1000, 9000), r.randrange(100, 9000))
    return [TS_ISO_T_US_Z, ' ' + m + '\n']


# ---------------------------------------------------------------------------
# leaky SQL logs
# ---------------------------------------------------------------------------
PII_SQL = [
    ('email', "UPDATE customers SET email = '%s', updated_at = now() WHERE id = %d", 'customers'),
    ('email', "SELECT id, status, created_at FROM customers WHERE lower(email) = lower('%s')", 'customers'),
    ('email', "INSERT INTO newsletter_subscriptions (email, list, created_at) VALUES ('%s', 'weekly', now())", None),
    ('phone', "UPDATE customers SET phone = '%s' WHERE id = %d", 'customers'),
    ('iban', "UPDATE payout_accounts SET iban = '%s', verified = false WHERE merchant_id = %d", None),
    ('ssn', "SELECT id, kyc_status FROM applicants WHERE ssn = '%s'", None),
    ('card', "SELECT token FROM card_vault WHERE pan = '%s'", None),
    ('ipv4_public', "INSERT INTO login_audit (customer_id, ip, success, at) VALUES (%d, '%s', false, now())", None),
]


def _pii_stmt(r, kind):
    opts = [p for p in PII_SQL if p[0] == kind]
    kind, tmpl, _ = r.choice(opts)
    a, _, b = tmpl.partition('%s')
    if '%d' in a:
        a = a % r.randrange(10000, 9999999)
    if '%d' in b:
        b = b % r.randrange(10000, 9999999)
    return [a, V(kind, 'sql'), b]


def leak_pg_statement(r, cat):
    kind = r.choice(('email', 'email', 'email', 'phone', 'iban', 'ssn', 'card', 'ipv4_public'))
    db, user, pid, host, st = _pg_ctx(r)
    pre = pg_prefix(r, st, db, user, pid, host)
    return pre + ['LOG:  duration: %.3f ms  statement: ' % (r.lognormvariate(0, 1.5) * 4)] + _pii_stmt(r, kind) + ['\n']


def leak_pg_params(r, cat):
    db, user, pid, host, st = _pg_ctx(r)
    pre = pg_prefix(r, st, db, user, pid, host)
    kind = r.choice(('email', 'email', 'phone'))
    col = 'email' if kind == 'email' else 'phone'
    return pre + ['LOG:  duration: %.3f ms  execute S_%d: SELECT c.id, c.status FROM customers c WHERE c.%s = $1 AND c.tenant_id = $2\n' % (r.random() * 3, r.randrange(1, 30), col)] + \
        pre + ["DETAIL:  parameters: $1 = '", V(kind), "', $2 = '%d'\n" % r.randrange(1, 40)]


def leak_pg_dupkey(r, cat):
    db, user, pid, host, st = _pg_ctx(r)
    pre = pg_prefix(r, st, db, user, pid, host)
    return pre + ['ERROR:  duplicate key value violates unique constraint "customers_email_key"\n'] + pre + ['DETAIL:  Key (email)=(', V('email'), ') already exists.\n'] + \
        pre + ['STATEMENT:  INSERT INTO customers (email, status, created_at) VALUES ($1, $2, $3) RETURNING id\n']


def leak_pg_alter_user(r, cat):
    db, user, pid, host, st = _pg_ctx(r)
    pre = pg_prefix(r, st, db, 'postgres', pid, host)
    return pre + ["LOG:  statement: ALTER ROLE %s WITH LOGIN PASSWORD '" % r.choice(('app_rw', 'reporting', 'debezium', 'flyway')), V('password', 'sql'), "'\n"]


def leak_mysql_general(r, cat):
    kind = r.choice(('email', 'email', 'phone', 'iban', 'ipv4_public'))
    return [TS_ISO_T_US_Z, '\t%5d Query\t' % r.randrange(8, 90000)] + _pii_stmt(r, kind) + ['\n']


def leak_mysql_slow(r, cat):
    db, user = r.choice(DBS)
    return ['# Time: ', TS_ISO_T_US_Z, '\n# User@Host: %s[%s] @  [%s]  Id: %5d\n# Query_time: %.6f  Lock_time: %.6f Rows_sent: 1  Rows_examined: %d\nuse %s;\nSET timestamp=' % (
        user, user, pod_ip(r), r.randrange(8, 90000), r.random() * 5 + 1, r.random() / 1000, r.randrange(10**5, 5 * 10**6), db), TS_EPOCH_S, ';\n'] + _pii_stmt(r, 'email') + [';\n']


CLEAN = [
    ('sql.postgres', 0.62, postgres, 10),
    ('sql.mysql_general', 0.22, mysql_general, 15),
    ('sql.mysql_slow', 0.11, mysql_slow, 3),
    ('sql.mysql_error', 0.05, mysql_error, 3),
]

LEAKS = [
    (('email',), 10, leak_pg_statement),
    (('email', 'phone'), 6, leak_pg_params),
    (('email',), 4, leak_pg_dupkey),
    (('password',), 3, leak_pg_alter_user),
    (('email',), 5, leak_mysql_general),
    (('email',), 2, leak_mysql_slow),
]
