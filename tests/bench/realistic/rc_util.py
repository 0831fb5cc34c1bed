"""Shared helpers for the realistic corpus generator: random id helpers,
timestamp styles, a small invented service catalogue, user agents, paths.

Everything here is synthetic.  Nothing in this module produces personal data
or secrets: addresses are RFC 1918 / RFC 5737 documentation ranges, domains are
example.com / example.org (RFC 2606) or cluster-internal names.
"""
import sys
sys.dont_write_bytecode = True

import base64
import json
import time

# ---------------------------------------------------------------------------
# Record pieces.  A generator returns a list whose items are either plain
# strings, an int (a timestamp slot, one of the TS_* styles below) or a
# V(...) tuple (a sensitive-value slot, filled in at assembly time).
# ---------------------------------------------------------------------------

def V(kind, enc=None):
    """A sensitive-value slot of `kind`; enc='json' escapes newlines."""
    return ('V', kind, enc)


# Timestamp styles ---------------------------------------------------------
(TS_ISO_SP_MS,      # 2024-03-14 09:26:53.589
 TS_ISO_SP_COMMA,   # 2024-03-14 09:26:53,589
 TS_ISO_T_MS_Z,     # 2024-03-14T09:26:53.589Z
 TS_ISO_T_MS_OFF,   # 2024-03-14T09:26:53.589+00:00
 TS_ISO_T_MS_OFF4,  # 2024-03-14T09:26:53.589+0000
 TS_ISO_T_US_Z,     # 2024-03-14T09:26:53.589123Z
 TS_ISO_T_NS_Z,     # 2024-03-14T09:26:53.589123456Z
 TS_ISO_T_7_Z,      # 2024-03-14T09:26:53.5891234Z
 TS_ISO_T_S_Z,      # 2024-03-14T09:26:53Z
 TS_ISO_T_COMMA,    # 2024-03-14T09:26:53,589
 TS_HMS_MS,         # 09:26:53.589
 TS_CLF,            # 14/Mar/2024:09:26:53 +0000
 TS_HAPROXY,        # 14/Mar/2024:09:26:53.589
 TS_SYSLOG,         # Mar 14 09:26:53
 TS_RFC5424,        # 2024-03-14T09:26:53.589123+00:00
 TS_EPOCH_MS,       # 1710408413589
 TS_EPOCH_FLOAT,    # 1710408413.5891237
 TS_EPOCH_S,        # 1710408413
 TS_EPOCH_US,       # 1710408413589123
 TS_EPOCH_MS_DOT,   # 1710408413.589
 TS_EPOCH_US_DOT,   # 1710408413.589123
 TS_GO_STD,         # 2024/03/14 09:26:53
 TS_REDIS,          # 14 Mar 2024 09:26:53.589
 TS_PG,             # 2024-03-14 09:26:53.589 UTC
 TS_PG_S,           # 2024-03-14 09:26:53 UTC
 TS_UPTIME,         # 12345.678   (process uptime, seconds)
 TS_MONO_US,        # 1234567890123 (monotonic usec)
 TS_DMESG,          # [ 1234.567890]
 TS_JOURNAL_SHORT,  # 2024-03-14T09:26:53+0000
 TS_GUNICORN,       # 2024-03-14 09:26:53 +0000
 TS_HTTP_DATE,      # Thu, 14 Mar 2024 09:26:53 GMT
 TS_KLOG,           # 0314 09:26:53.589123
 TS_DJANGO,         # 14/Mar/2024 09:26:53
 TS_NEST,           # 03/14/2024, 9:26:53 AM
 TS_APACHE_ERR,     # Thu Mar 14 09:26:53.589123 2024
 TS_DATE_ONLY,      # 2024-03-14
 TS_ISO_T_S_OFF,    # 2024-03-14T09:26:53+00:00
 NTS) = range(38)

D3 = ['%03d' % i for i in range(1000)]
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
WDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


class Clock:
    """Global simulated wall clock shared by all formats.

    Only clean records advance it (so the clean stream is identical whatever
    --values-per-lines is); value-bearing records reuse the current instant.
    """

    def __init__(self, start_ms, rng):
        self.t = start_ms
        self.boot_ms = start_ms - rng.randrange(3_600_000, 40 * 86_400_000)
        self.proc_ms = start_ms - rng.randrange(20_000, 7_200_000)
        self.rng = rng
        self.sec = -1
        self.us = '000'
        self.ns = '000'
        self._new_second()

    def _new_second(self):
        sec = self.t // 1000
        self.sec = sec
        tm = time.gmtime(sec)
        self.tm = tm
        Y = '%04d' % tm.tm_year
        m = '%02d' % tm.tm_mon
        d = '%02d' % tm.tm_mday
        H = '%02d' % tm.tm_hour
        M = '%02d' % tm.tm_min
        S = '%02d' % tm.tm_sec
        mon = MONTHS[tm.tm_mon - 1]
        hms = H + ':' + M + ':' + S
        ymd = Y + '-' + m + '-' + d
        self.c_ymd_hms_sp = ymd + ' ' + hms
        self.c_ymd_hms_t = ymd + 'T' + hms
        self.c_hms = hms
        self.c_clf = '%s/%s/%s:%s' % (d, mon, Y, hms)
        self.c_syslog = '%s %2d %s' % (mon, tm.tm_mday, hms)
        self.c_go = '%s/%s/%s %s' % (Y, m, d, hms)
        self.c_redis = '%s %s %s %s' % (d, mon, Y, hms)
        self.c_http = '%s, %s %s %s %s GMT' % (WDAYS[tm.tm_wday], d, mon, Y, hms)
        self.c_klog = m + d + ' ' + hms
        self.c_django = '%s/%s/%s %s' % (d, mon, Y, hms)
        h12 = tm.tm_hour % 12 or 12
        self.c_nest = '%s/%s/%s, %d:%s:%s %s' % (m, d, Y, h12, M, S, 'PM' if tm.tm_hour >= 12 else 'AM')
        self.c_apache = '%s %s %s %s' % (WDAYS[tm.tm_wday], mon, d, hms)
        self.c_y = Y
        self.c_ymd = ymd
        self.s_sec = str(sec)

    def advance(self, dt_ms):
        self.t += dt_ms
        if self.t // 1000 != self.sec:
            self._new_second()
        r = self.rng.getrandbits(20)
        self.us = D3[r % 1000]
        self.ns = D3[(r >> 10) % 1000]

    def fmt(self, style):
        t = self.t
        ms = D3[t % 1000]
        if style == TS_ISO_SP_MS:
            return self.c_ymd_hms_sp + '.' + ms
        if style == TS_ISO_SP_COMMA:
            return self.c_ymd_hms_sp + ',' + ms
        if style == TS_ISO_T_MS_Z:
            return self.c_ymd_hms_t + '.' + ms + 'Z'
        if style == TS_ISO_T_MS_OFF:
            return self.c_ymd_hms_t + '.' + ms + '+00:00'
        if style == TS_ISO_T_MS_OFF4:
            return self.c_ymd_hms_t + '.' + ms + '+0000'
        if style == TS_ISO_T_US_Z:
            return self.c_ymd_hms_t + '.' + ms + self.us + 'Z'
        if style == TS_ISO_T_NS_Z:
            return self.c_ymd_hms_t + '.' + ms + self.us + self.ns + 'Z'
        if style == TS_ISO_T_7_Z:
            return self.c_ymd_hms_t + '.' + ms + self.us + self.ns[0] + 'Z'
        if style == TS_ISO_T_S_Z:
            return self.c_ymd_hms_t + 'Z'
        if style == TS_ISO_T_COMMA:
            return self.c_ymd_hms_t + ',' + ms
        if style == TS_HMS_MS:
            return self.c_hms + '.' + ms
        if style == TS_CLF:
            return self.c_clf + ' +0000'
        if style == TS_HAPROXY:
            return self.c_clf + '.' + ms
        if style == TS_SYSLOG:
            return self.c_syslog
        if style == TS_RFC5424:
            return self.c_ymd_hms_t + '.' + ms + self.us + '+00:00'
        if style == TS_EPOCH_MS:
            return self.s_sec + ms
        if style == TS_EPOCH_FLOAT:
            frac = (ms + self.us + self.ns[0]).rstrip('0')
            return self.s_sec + '.' + frac if frac else self.s_sec
        if style == TS_EPOCH_S:
            return self.s_sec
        if style == TS_EPOCH_US:
            return self.s_sec + ms + self.us
        if style == TS_EPOCH_MS_DOT:
            return self.s_sec + '.' + ms
        if style == TS_EPOCH_US_DOT:
            return self.s_sec + '.' + ms + self.us
        if style == TS_GO_STD:
            return self.c_go
        if style == TS_REDIS:
            return self.c_redis + '.' + ms
        if style == TS_PG:
            return self.c_ymd_hms_sp + '.' + ms + ' UTC'
        if style == TS_PG_S:
            return self.c_ymd_hms_sp + ' UTC'
        if style == TS_UPTIME:
            u = t - self.proc_ms
            return '%d.%s' % (u // 1000, D3[u % 1000])
        if style == TS_MONO_US:
            return str(t - self.boot_ms) + self.us
        if style == TS_DMESG:
            u = t - self.boot_ms
            return '[%5d.%s%s]' % (u // 1000, D3[u % 1000], self.us)
        if style == TS_JOURNAL_SHORT:
            return self.c_ymd_hms_t + '+0000'
        if style == TS_GUNICORN:
            return self.c_ymd_hms_sp + ' +0000'
        if style == TS_HTTP_DATE:
            return self.c_http
        if style == TS_KLOG:
            return self.c_klog + '.' + ms + self.us
        if style == TS_DJANGO:
            return self.c_django
        if style == TS_NEST:
            return self.c_nest
        if style == TS_APACHE_ERR:
            return self.c_apache + '.' + ms + self.us + ' ' + self.c_y
        if style == TS_DATE_ONLY:
            return self.c_ymd
        if style == TS_ISO_T_S_OFF:
            return self.c_ymd_hms_t + '+00:00'
        raise ValueError(style)


# ---------------------------------------------------------------------------
# Random id helpers (all take an explicit random.Random)
# ---------------------------------------------------------------------------
HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
K8S_ALPHA = 'bcdfghjklmnpqrstvwxz2456789'
B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'


def hexs(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def uuid4(r):
    h = '%032x' % r.getrandbits(128)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) & 3], h[17:20], h[20:32])


def uuid7ish(r, ms):
    h = '%012x%020x' % (ms & 0xFFFFFFFFFFFF, r.getrandbits(80))
    return '%s-%s-7%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) & 3], h[17:20], h[20:32])


def pick_chars(r, alphabet, n):
    return ''.join(r.choices(alphabet, k=n))


def b64(r, nbytes):
    return base64.b64encode(r.getrandbits(8 * nbytes).to_bytes(nbytes, 'big')).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(r.getrandbits(8 * nbytes).to_bytes(nbytes, 'big')).decode().rstrip('=')


def trace_id(r):
    return hexs(r, 32)


def span_id(r):
    return hexs(r, 16)


def traceparent(r):
    return '00-%s-%s-0%d' % (hexs(r, 32), hexs(r, 16), r.choice((1, 1, 1, 0)))


def amzn_trace(r, t_s=None):
    if t_s is None:
        t_s = 1710000000 + r.randrange(20_000_000)
    return 'Root=1-%08x-%s' % (t_s, hexs(r, 24))


def git_sha(r):
    return hexs(r, 40)


def container_id(r):
    return hexs(r, 64)


def digest(r):
    return 'sha256:' + hexs(r, 64)


def snowflake(r):
    # 64-bit ids of the Twitter/Discord style: ms timestamp << 22 | worker | seq
    ms = 1710000000000 - 1288834974657 + r.randrange(30_000_000_000)
    return str((ms << 22) | r.getrandbits(22))


def order_id(r):
    return str(r.randrange(1_000_000, 99_999_999))


def sku(r):
    return r.choice(('SKU-', 'SKU-', 'P', 'ART-')) + str(r.randrange(10000, 999999))


def dur_ms(r, med=12.0):
    x = r.lognormvariate(0, 1.1) * med
    return x


def fmt_f(x, nd=3):
    return '%.*f' % (nd, x)


def private_ip(r):
    k = r.random()
    if k < 0.55:
        return '10.%d.%d.%d' % (r.choice((0, 0, 1, 2, 8, 20, 42, 96, 100, 244, 244, 244)), r.randrange(256), r.randrange(1, 255))
    if k < 0.75:
        return '172.%d.%d.%d' % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
    if k < 0.9:
        return '192.168.%d.%d' % (r.choice((0, 1, 10, 49, 100, 178)), r.randrange(1, 255))
    return doc_ip(r)


def doc_ip(r):
    return r.choice(('192.0.2.', '198.51.100.', '203.0.113.')) + str(r.randrange(1, 255))


def pod_ip(r):
    return '10.244.%d.%d' % (r.randrange(0, 8), r.randrange(2, 255))


def svc_ip(r):
    return '10.96.%d.%d' % (r.randrange(0, 256), r.randrange(1, 255))


def ula_ipv6(r):
    return 'fd%02x:%x:%x::%x' % (r.randrange(256), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16))


def doc_ipv6(r):
    return '2001:db8:%x:%x::%x' % (r.getrandbits(16), r.getrandbits(8), r.getrandbits(16))


def eph_port(r):
    return r.randrange(32768, 61000)


def jdumps(o):
    return json.dumps(o, separators=(',', ':'), ensure_ascii=False)


def jdumps_sp(o):
    return json.dumps(o, ensure_ascii=False)


# ---------------------------------------------------------------------------
# Invented service catalogue
# ---------------------------------------------------------------------------
SERVICE_DEFS = [
    # name, language, namespace, port, java base package
    ('orders-service', 'java', 'shop', 8080, 'com.example.shop.orders'),
    ('payment-service', 'java', 'payments', 8080, 'com.example.payments'),
    ('inventory-service', 'java', 'shop', 8080, 'com.example.shop.inventory'),
    ('catalog-service', 'java', 'shop', 8080, 'com.example.shop.catalog'),
    ('notification-service', 'java', 'platform', 8080, 'com.example.platform.notify'),
    ('auth-service', 'java', 'identity', 8080, 'com.example.identity.auth'),
    ('ledger-service', 'java', 'payments', 8080, 'com.example.payments.ledger'),
    ('checkout-web', 'node', 'web', 3000, None),
    ('storefront-bff', 'node', 'web', 3000, None),
    ('cart-api', 'node', 'shop', 3000, None),
    ('shipping-api', 'go', 'logistics', 8080, None),
    ('rates-engine', 'go', 'logistics', 9090, None),
    ('edge-gateway', 'go', 'edge', 8443, None),
    ('search-indexer', 'go', 'search', 8080, None),
    ('recommendations', 'python', 'ml', 8000, None),
    ('reporting-worker', 'python', 'analytics', 8000, None),
    ('pricing-api', 'python', 'shop', 8000, None),
    ('media-resizer', 'python', 'media', 8000, None),
]


class Service:
    def __init__(self, r, d):
        self.name, self.lang, self.ns, self.port, self.pkg = d
        self.rs_hash = pick_chars(r, K8S_ALPHA, r.choice((9, 10, 10)))
        n = r.randrange(2, 5)
        self.pods = ['%s-%s-%s' % (self.name, self.rs_hash, pick_chars(r, K8S_ALPHA, 5)) for _ in range(n)]
        self.pod_ips = [pod_ip(r) for _ in range(n)]
        self.cids = [container_id(r) for _ in range(n)]
        self.pod_uids = [uuid4(r) for _ in range(n)]
        self.cluster_ip = svc_ip(r)
        self.dns = '%s.%s.svc.cluster.local' % (self.name, self.ns)
        self.version = '%d.%d.%d' % (r.randrange(0, 4), r.randrange(0, 30), r.randrange(0, 20))
        self.image = 'registry.example.com/%s/%s:%s' % (self.ns, self.name, self.version)
        self.image_digest = digest(r)
        self.git = git_sha(r)
        self.node = 'ip-10-0-%d-%d.eu-central-1.compute.internal' % (r.randrange(0, 64), r.randrange(2, 255))
        self.pid = 1 if r.random() < 0.7 else r.randrange(6, 80)


class Catalog:
    def __init__(self, r):
        self.services = [Service(r, d) for d in SERVICE_DEFS]
        self.by_lang = {}
        for s in self.services:
            self.by_lang.setdefault(s.lang, []).append(s)
        self.nodes = ['ip-10-0-%d-%d.eu-central-1.compute.internal' % (r.randrange(0, 64), r.randrange(2, 255)) for _ in range(6)]
        self.hosts = ['worker-%02d' % i for i in range(1, 7)] + ['bastion-01', 'db-01', 'lb-01', 'ci-runner-03']
        self.kafka_brokers = ['kafka-%d.kafka-headless.data.svc.cluster.local' % i for i in range(3)]
        self.boot_id = hexs(r, 32)
        self.machine_id = hexs(r, 32)
        self.account = r.choice(('123456789012', '210987654321', '111122223333'))
        self.run_pick = 0

    def view(self, r, services=True, host=False):
        """A narrowed copy used for one 'run' of records: one service per
        language (so a burst reads like one container's stream) and/or one host."""
        v = Catalog.__new__(Catalog)
        v.__dict__.update(self.__dict__)
        if services:
            v.by_lang = {lang: [r.choice(lst)] for lang, lst in self.by_lang.items()}
            v.services = [v.by_lang[r.choice(sorted(v.by_lang))][0]]
        if host:
            v.nodes = [r.choice(self.nodes[:4] + self.hosts)]
            v.hosts = []
        v.run_pick = r.getrandbits(16)
        return v


# ---------------------------------------------------------------------------
# HTTP vocabulary
# ---------------------------------------------------------------------------
SEARCH_TERMS = ['wireless headphones', 'usb c cable', 'running shoes', 'coffee grinder', 'desk lamp', 'yoga mat',
                'backpack', 'water bottle', 'mechanical keyboard', 'winter jacket', 'garden hose', 'phone case',
                'led strip', 'office chair', 'air fryer', 'hdmi adapter', 'rain boots', 'standing desk', 'tent',
                'screen protector', 'espresso cups', 'power bank', 'bike helmet', 'notebook a5', 'wool socks']
CATEGORIES = ['audio', 'computers', 'home-kitchen', 'garden', 'sports', 'fashion', 'toys', 'books', 'beauty',
              'office', 'outdoor', 'pet-supplies', 'tools', 'baby', 'grocery']
STATUSES = ['PENDING', 'CONFIRMED', 'PAID', 'PICKING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'RETURNED']
CURRENCIES = ['EUR', 'EUR', 'EUR', 'USD', 'GBP', 'CHF', 'SEK', 'PLN']
LOCALES = ['de-DE', 'en-GB', 'en-US', 'fr-FR', 'nl-NL', 'it-IT', 'es-ES', 'pl-PL', 'sv-SE']
WAREHOUSES = ['WH-FRA-1', 'WH-FRA-2', 'WH-AMS-1', 'WH-WAW-1', 'WH-MAD-1', 'WH-MIL-1']
CARRIERS = ['dhl', 'ups', 'dpd', 'gls', 'postnl', 'fedex', 'hermes']
UTM_SRC = ['newsletter', 'google', 'facebook', 'instagram', 'partner', 'affiliate', 'push']
UTM_MED = ['email', 'cpc', 'social', 'referral', 'display', 'app']
UTM_CMP = ['spring_sale', 'black_friday_24', 'back2school', 'winter_clearance', 'weekly_digest', 'abandoned_cart']


def qenc(s):
    out = []
    for ch in s:
        if ch == ' ':
            out.append('+')
        elif ch.isalnum() or ch in '-_.~':
            out.append(ch)
        else:
            out.append('%%%02X' % ord(ch))
    return ''.join(out)


def api_request(r, svc):
    """Return (method, path_with_query) for a service."""
    n = svc.name
    x = r.random()
    if x < 0.08:
        return 'GET', r.choice(('/actuator/health/liveness', '/actuator/health/readiness', '/healthz', '/readyz',
                                '/actuator/prometheus', '/metrics', '/livez', '/actuator/health'))
    if n == 'orders-service':
        c = r.randrange(7)
        if c == 0:
            return 'GET', '/api/v1/orders/%s' % order_id(r)
        if c == 1:
            return 'GET', '/api/v1/orders?status=%s&page=%d&size=%d&sort=createdAt,desc' % (r.choice(STATUSES), r.randrange(0, 40), r.choice((20, 50, 100)))
        if c == 2:
            return 'POST', '/api/v1/orders'
        if c == 3:
            return 'POST', '/api/v1/orders/%s/cancel' % order_id(r)
        if c == 4:
            return 'GET', '/api/v1/orders/%s/items?include=product,price' % order_id(r)
        if c == 5:
            return 'PATCH', '/api/v1/orders/%s' % order_id(r)
        return 'GET', '/api/v1/customers/%d/orders?from=2024-0%d-01&to=2024-0%d-28&limit=25' % (r.randrange(10000, 9999999), r.randrange(1, 5), r.randrange(5, 10))
    if n == 'payment-service':
        c = r.randrange(5)
        if c == 0:
            return 'POST', '/api/v1/payments/authorize'
        if c == 1:
            return 'POST', '/api/v1/payments/%s/capture' % uuid4(r)
        if c == 2:
            return 'GET', '/api/v1/payments/%s' % uuid4(r)
        if c == 3:
            return 'POST', '/api/v1/refunds'
        return 'POST', '/webhooks/psp/notifications'
    if n == 'inventory-service':
        c = r.randrange(4)
        if c == 0:
            return 'GET', '/api/v1/stock/%s' % sku(r)
        if c == 1:
            return 'POST', '/api/v1/reservations'
        if c == 2:
            return 'DELETE', '/api/v1/reservations/%s' % uuid4(r)
        return 'GET', '/api/v1/stock?skus=%s&warehouse=%s' % (','.join(sku(r) for _ in range(r.randrange(1, 6))), r.choice(WAREHOUSES))
    if n == 'catalog-service':
        c = r.randrange(4)
        if c == 0:
            return 'GET', '/api/v2/products/%s?lang=%s' % (sku(r), r.choice(LOCALES))
        if c == 1:
            return 'GET', '/api/v2/products?category=%s&page=%d&size=24&currency=%s' % (r.choice(CATEGORIES), r.randrange(0, 30), r.choice(CURRENCIES))
        if c == 2:
            return 'GET', '/api/v2/categories/%s/products?sort=price_asc&offset=%d&limit=48' % (r.choice(CATEGORIES), 48 * r.randrange(0, 20))
        return 'GET', '/api/v2/search?q=%s&limit=24&offset=%d&facets=brand,color,size' % (qenc(r.choice(SEARCH_TERMS)), 24 * r.randrange(0, 8))
    if n == 'notification-service':
        return r.choice((('POST', '/internal/v1/notifications'), ('GET', '/internal/v1/templates/%s/versions/%d' % (r.choice(('order-confirmation', 'shipping-update', 'password-reset', 'invoice')), r.randrange(1, 12)))))
    if n == 'auth-service':
        c = r.randrange(5)
        if c == 0:
            return 'POST', '/oauth2/token'
        if c == 1:
            return 'GET', '/.well-known/openid-configuration'
        if c == 2:
            return 'GET', '/oauth2/jwks'
        if c == 3:
            return 'POST', '/api/v1/sessions/refresh'
        return 'GET', '/oauth2/authorize?response_type=code&client_id=web-frontend&redirect_uri=https%%3A%%2F%%2Fshop.example.com%%2Fcallback&scope=openid%%20profile&state=%s&nonce=%s' % (hexs(r, 16), hexs(r, 16))
    if n == 'ledger-service':
        return r.choice((('POST', '/api/v1/journal-entries'), ('GET', '/api/v1/accounts/%d/balance?asOf=2024-03-%02d' % (r.randrange(1000, 99999), r.randrange(1, 29)))))
    if n in ('checkout-web', 'storefront-bff'):
        c = r.randrange(9)
        if c == 0:
            return 'GET', '/_next/static/chunks/pages/%s-%s.js' % (r.choice(('checkout', 'cart', 'product', '_app', 'index', 'account')), hexs(r, 16))
        if c == 1:
            return 'GET', '/static/media/%s.%s.%s' % (r.choice(('logo', 'hero', 'icons', 'fonts/inter-var')), hexs(r, 8), r.choice(('svg', 'woff2', 'png', 'webp')))
        if c == 2:
            return 'GET', '/api/cart'
        if c == 3:
            return 'GET', '/product/%s?utm_source=%s&utm_medium=%s&utm_campaign=%s' % (sku(r).lower(), r.choice(UTM_SRC), r.choice(UTM_MED), r.choice(UTM_CMP))
        if c == 4:
            return 'GET', '/c/%s?page=%d&sort=%s' % (r.choice(CATEGORIES), r.randrange(1, 10), r.choice(('relevance', 'price_asc', 'price_desc', 'newest')))
        if c == 5:
            return 'POST', '/graphql?operationName=%s' % r.choice(('GetProduct', 'GetCart', 'AddToCart', 'Recommendations', 'GetCategoryTree'))
        if c == 6:
            return 'GET', r.choice(('/favicon.ico', '/robots.txt', '/manifest.webmanifest', '/sitemap.xml'))
        if c == 7:
            return 'GET', '/search?q=%s&_=%d' % (qenc(r.choice(SEARCH_TERMS)), 1710000000000 + r.randrange(20_000_000_000))
        return 'GET', '/checkout/%s' % r.choice(('shipping', 'payment', 'review', 'confirmation'))
    if n == 'cart-api':
        return r.choice((('GET', '/v1/carts/%s' % uuid4(r)), ('POST', '/v1/carts/%s/items' % uuid4(r)),
                         ('DELETE', '/v1/carts/%s/items/%s' % (uuid4(r), sku(r))), ('PUT', '/v1/carts/%s/coupon' % uuid4(r))))
    if n == 'shipping-api':
        return r.choice((('GET', '/v1/shipments/%s/tracking' % order_id(r)), ('POST', '/v1/quotes'),
                         ('GET', '/v1/carriers?country=%s' % r.choice(('DE', 'NL', 'FR', 'PL', 'AT'))),
                         ('GET', '/v1/labels/%s.pdf' % uuid4(r))))
    if n == 'rates-engine':
        return 'POST', r.choice(('/rates.v1.RateService/Quote', '/rates.v1.RateService/BatchQuote', '/grpc.health.v1.Health/Check'))
    if n == 'edge-gateway':
        return r.choice((('GET', '/healthz'), ('GET', '/metrics'), ('GET', '/api/v1/orders/%s' % order_id(r))))
    if n == 'search-indexer':
        return r.choice((('POST', '/v1/index/products/_bulk'), ('GET', '/v1/index/products/_stats')))
    if n == 'recommendations':
        return 'GET', '/v1/recommendations?sku=%s&limit=12&strategy=%s' % (sku(r), r.choice(('similar-items', 'bought-together', 'trending')))
    if n == 'reporting-worker':
        return 'GET', '/v1/reports/%s/status' % uuid4(r)
    if n == 'pricing-api':
        return 'GET', '/v1/prices?sku=%s&currency=%s&region=%s' % (sku(r), r.choice(CURRENCIES), r.choice(('eu-central', 'eu-west', 'uk')))
    if n == 'media-resizer':
        return 'GET', '/img/products/%s/%dx%d/%s.%s' % (sku(r), r.choice((320, 640, 1280)), r.choice((320, 640, 960)), hexs(r, 12), r.choice(('webp', 'avif', 'jpg')))
    return 'GET', '/'


def status_for(r, method):
    x = r.random()
    if x < 0.82:
        return 201 if method == 'POST' and r.random() < 0.4 else (204 if method == 'DELETE' else 200)
    if x < 0.86:
        return r.choice((301, 302, 304, 304))
    if x < 0.95:
        return r.choice((400, 401, 403, 404, 404, 404, 409, 422, 429))
    return r.choice((499, 500, 502, 503, 504))


HOSTS_PUBLIC = ['shop.example.com', 'www.example.com', 'api.example.com', 'static.example.com', 'admin.example.org',
                'm.example.com', 'partners.example.org']


def user_agent(r):
    x = r.random()
    cv = r.randrange(116, 125)
    if x < 0.20:
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv
    if x < 0.30:
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % cv
    if x < 0.38:
        iv = r.randrange(15, 18)
        mv = r.randrange(0, 6)
        return 'Mozilla/5.0 (iPhone; CPU iPhone OS %d_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Mobile/15E148 Safari/604.1' % (iv, mv, iv, mv)
    if x < 0.45:
        return 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36' % cv
    if x < 0.50:
        fv = r.randrange(115, 124)
        return r.choice(('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0',
                         'Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0',
                         'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:%d.0) Gecko/20100101 Firefox/%d.0')) % (fv, fv)
    if x < 0.53:
        return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.%d.%d' % (cv, cv, r.randrange(1900, 2500), r.randrange(30, 120))
    if x < 0.56:
        sv = r.randrange(16, 18)
        return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Safari/605.1.15' % (sv, r.randrange(0, 6))
    if x < 0.62:
        return 'ShopApp/%d.%d.%d (%s) okhttp/4.%d.0' % (r.randrange(4, 6), r.randrange(0, 20), r.randrange(0, 10),
                                                      r.choice(('Android 13; Pixel 7', 'Android 14; SM-S911B', 'Android 12; moto g(60)', 'Android 14; Pixel 8 Pro')), r.randrange(9, 13))
    if x < 0.66:
        return 'ShopApp/%d.%d.%d (iPhone; iOS %d.%d.%d; Scale/3.00)' % (r.randrange(4, 6), r.randrange(0, 20), r.randrange(0, 10), r.randrange(16, 18), r.randrange(0, 6), r.randrange(0, 3))
    if x < 0.74:
        return 'kube-probe/1.%d' % r.randrange(26, 30)
    if x < 0.78:
        return r.choice(('Prometheus/2.48.1', 'Prometheus/2.49.0', 'Prometheus/2.50.1', 'ELB-HealthChecker/2.0', 'Envoy/HC', 'Blackbox Exporter/0.24.0'))
    if x < 0.82:
        return r.choice(('curl/7.88.1', 'curl/8.4.0', 'curl/8.5.0', 'curl/8.6.0', 'Wget/1.21.4'))
    if x < 0.86:
        return r.choice(('python-requests/2.31.0', 'python-httpx/0.26.0', 'aiohttp/3.9.3', 'python-urllib3/2.2.1'))
    if x < 0.90:
        return r.choice(('Go-http-client/1.1', 'Go-http-client/2.0', 'grpc-go/1.62.1'))
    if x < 0.94:
        return r.choice(('Apache-HttpClient/5.2.1 (Java/17.0.10)', 'Java-http-client/17.0.10', 'ReactorNetty/1.1.17', 'okhttp/4.12.0', 'grpc-java-netty/1.62.2'))
    if x < 0.97:
        return r.choice(('axios/1.6.7', 'axios/1.6.8', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'undici', 'got (https://github.com/sindresorhus/got)'))
    return r.choice(('k6/0.49.0 (https://k6.io/)', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
                     'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'Datadog Agent/7.51.0'))


def referer(r, host):
    if r.random() < 0.55:
        return '-'
    return 'https://%s/%s' % (host, r.choice(('', 'cart', 'checkout/shipping', 'c/' + r.choice(CATEGORIES), 'product/' + sku(r).lower(), 'search?q=' + qenc(r.choice(SEARCH_TERMS)), 'account/orders')))


def s3_key(r):
    return r.choice((
        'exports/orders/dt=2024-03-%02d/part-%05d-%s.snappy.parquet' % (r.randrange(1, 29), r.randrange(0, 200), uuid4(r)),
        'reports/%s/%s.csv.gz' % (r.choice(('daily-sales', 'stock-levels', 'refunds', 'payouts')), uuid4(r)),
        'media/products/%s/original/%s.jpg' % (sku(r), hexs(r, 32)),
        'invoices/2024/%02d/INV-%d.pdf' % (r.randrange(1, 13), r.randrange(100000, 9999999)),
        'backups/pg/orders/base/%s.tar.zst' % hexs(r, 24),
        'ci-cache/%s/%s.tgz' % (r.choice(('maven', 'npm', 'gradle', 'go-build')), hexs(r, 40)),
    ))


JAVA_THREADS = ['http-nio-8080-exec-%d', 'http-nio-8080-exec-%d', 'http-nio-8080-exec-%d', 'scheduling-%d', 'task-%d',
                'reactor-http-epoll-%d', 'kafka-consumer-%d', 'ForkJoinPool.commonPool-worker-%d', 'lettuce-nioEventLoop-4-%d',
                'HikariPool-1 housekeeper', 'main', 'pool-2-thread-%d', 'boundedElastic-%d', 'parallel-%d',
                'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-%d', 'grpc-default-executor-%d']


def java_thread(r):
    t = r.choice(JAVA_THREADS)
    if '%d' in t:
        t = t % r.randrange(1, 12)
    return t


def abbrev_logger(fqcn, width=39):
    """Logback %logger{39}-style abbreviation."""
    if len(fqcn) <= width:
        return fqcn
    parts = fqcn.split('.')
    for i in range(len(parts) - 1):
        parts[i] = parts[i][0]
        s = '.'.join(parts)
        if len(s) <= width:
            return s
    return '.'.join(parts)


def java_file_of(cls):
    base = cls.split('.')[-1].split('$')[0]
    return base + '.java'


# ---------------------------------------------------------------------------
# Marker strings: lets generators build JSON with json.dumps and still leave
# timestamp / value slots.  U+E000 survives json.dumps(ensure_ascii=False).
# ---------------------------------------------------------------------------
MK = '\ue000'


def TSM(style):
    """Timestamp slot inside a JSON string value."""
    return '%sT%d%s' % (MK, style, MK)


def TSN(style):
    """Timestamp slot that must end up as a bare JSON number."""
    return '%sN%d%s' % (MK, style, MK)


def VM(kind, enc=None):
    return '%sV%s%s%s' % (MK, kind, (':' + enc) if enc else '', MK)


def to_pieces(s):
    if MK not in s:
        return [s]
    s = s.replace('"' + MK + 'N', MK + 'N')
    out = []
    parts = s.split(MK)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if p:
                if p[0] == '"' and i > 0 and parts[i - 1][0] == 'N':
                    p = p[1:]
                if p:
                    out.append(p)
        else:
            if p[0] in 'TN':
                out.append(int(p[1:]))
            else:
                kind, _, enc = p[1:].partition(':')
                out.append(V(kind, enc or None))
    return out


def jesc(s):
    """Escape a str for inclusion inside a JSON string literal (no quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]
