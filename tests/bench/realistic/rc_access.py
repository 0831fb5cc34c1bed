"""HTTP access logs: nginx combined and ingress-nginx upstream format, Apache
combined, Envoy/Istio default format, AWS ALB, HAProxy (via syslog), nginx
error log, uvicorn-style lines are in rc_app.
"""
import sys
sys.dont_write_bytecode = True

from rc_util import (V, TS_CLF, TS_ISO_T_MS_Z, TS_ISO_T_US_Z, TS_SYSLOG, TS_HAPROXY, TS_GO_STD, hexs, uuid4,
                     private_ip, doc_ip, pod_ip, api_request, status_for, user_agent, referer, HOSTS_PUBLIC,
                     eph_port, amzn_trace, dur_ms, order_id, sku, qenc, SEARCH_TERMS)


def _bytes(r, st, method):
    if st in (204, 304):
        return 0
    if st >= 400:
        return r.randrange(40, 700)
    return int(r.lognormvariate(7.2, 1.4))


def _client(r):
    # inside the integration environment: cluster / VPC / documentation ranges only
    x = r.random()
    if x < 0.45:
        return private_ip(r)
    if x < 0.75:
        return pod_ip(r)
    return doc_ip(r)


def _svc_req(r, cat, web_bias=0.5):
    if r.random() < web_bias:
        svc = r.choice([s for s in cat.services if s.lang == 'node'] + [cat.services[0]])
    else:
        svc = r.choice(cat.services)
    m, p = api_request(r, svc)
    return svc, m, p


def _fmt_req_time(r):
    return '%.3f' % (dur_ms(r, 18) / 1000.0)


def nginx_combined(r, cat, client=None, path=None, method=None):
    svc, m, p = _svc_req(r, cat)
    if path is not None:
        p = path
    if method is not None:
        m = method
    st = status_for(r, m)
    host = r.choice(HOSTS_PUBLIC)
    proto = r.choice(('HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0'))
    ua = user_agent(r)
    b = _bytes(r, st, m)
    head = ' - - [' if r.random() < 0.97 else ' - %s [' % r.choice(('svc-monitor', 'deploy', 'admin'))
    out = (list(client) if client else [_client(r)]) + [head, TS_CLF]
    line = '] "%s %s %s" %d %d "%s" "%s"' % (m, p, proto, st, b, referer(r, host), ua)
    if r.random() < 0.6:
        # ingress-nginx upstream-info tail
        up = '%s:%d' % (r.choice(svc.pod_ips), svc.port)
        rt = _fmt_req_time(r)
        line += ' %d %s [%s-%s-%d] [] %s %d %s %d %s' % (r.randrange(180, 2400), rt, svc.ns, svc.name, svc.port, up, b, rt, st, hexs(r, 32))
    elif r.random() < 0.4:
        line += ' rt=%s uct="0.000" uht="%s" urt="%s"' % (_fmt_req_time(r), _fmt_req_time(r), _fmt_req_time(r))
    return out + [line + '\n']


def apache_combined(r, cat):
    svc, m, p = _svc_req(r, cat, 0.8)
    st = status_for(r, m)
    b = _bytes(r, st, m)
    host = r.choice(HOSTS_PUBLIC)
    return [_client(r), ' - - [', TS_CLF, '] "%s %s HTTP/1.1" %d %s "%s" "%s"\n' % (m, p, st, str(b) if b else '-', referer(r, host), user_agent(r))]


RESPONSE_FLAGS = ['-'] * 30 + ['UC', 'UF', 'UH', 'URX', 'NR', 'UT', 'DC', 'LR', 'UO', 'RL']


def envoy(r, cat, xff=None):
    svc = r.choice(cat.services)
    src = r.choice(cat.services)
    m, p = api_request(r, svc)
    st = status_for(r, m)
    flags = r.choice(RESPONSE_FLAGS) if st >= 400 else '-'
    b = _bytes(r, st, m)
    d = int(dur_ms(r, 9)) + 1
    up = '%s:%d' % (r.choice(svc.pod_ips), svc.port)
    auth = '%s:%d' % (svc.name, svc.port) if r.random() < 0.5 else '%s.%s.svc.cluster.local:%d' % (svc.name, svc.ns, svc.port)
    proto = r.choice(('HTTP/1.1', 'HTTP/2'))
    rx = r.randrange(0, 4000) if m in ('POST', 'PUT', 'PATCH') else 0
    out = ['[', TS_ISO_T_MS_Z, '] "%s %s %s" %d %s %s %d %d %d %s "' % (m, p, proto, st, flags, 'via_upstream' if flags == '-' else 'upstream_reset_before_response_started{connection_termination}' if flags == 'UC' else '-', rx, b, d, str(d - r.randrange(0, 2)) if flags == '-' else '-')]
    if xff is not None:
        out += xff
    else:
        out.append(r.choice(('-', '-', _client(r))))
    out.append('" "%s" "%s" "%s" "%s" outbound|%d||%s.%s.svc.cluster.local %s:%d %s:%d %s:%d - %s\n' % (
        user_agent(r), uuid4(r), auth, up, svc.port, svc.name, svc.ns, r.choice(src.pod_ips), eph_port(r), svc.cluster_ip, svc.port,
        r.choice(src.pod_ips), eph_port(r), r.choice(('default', '-', svc.name + '.' + svc.ns + '.svc.cluster.local:%d/*' % svc.port))))
    return out


ALB_IDS = ['app/k8s-shop-ingress-%s/%s' % (x, y) for x, y in (('4f2a9c1e07', '50dc6c495c0c9188'), ('b81d33e2aa', '7a3c9e22f4d10b6e'), ('c0ffee12ab', '1d2e3f4a5b6c7d8e'))]
CIPHERS = ['ECDHE-RSA-AES128-GCM-SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'ECDHE-RSA-AES256-GCM-SHA384']


def alb(r, cat, client=None, path=None):
    svc, m, p = _svc_req(r, cat, 0.6)
    if path is not None:
        p = path
    st = status_for(r, m)
    b = _bytes(r, st, m)
    host = r.choice(HOSTS_PUBLIC)
    typ = r.choice(('https', 'https', 'h2', 'http'))
    port = 80 if typ == 'http' else 443
    scheme = 'http' if typ == 'http' else 'https'
    tgt = '%s:%d' % (r.choice(svc.pod_ips), svc.port)
    rp = '%.3f' % (r.random() / 1000)
    tp = '%.3f' % (dur_ms(r, 20) / 1000)
    cip = client if client is not None else [doc_ip(r)]
    tls = ('-', '-') if typ == 'http' else (r.choice(CIPHERS), r.choice(('TLSv1.2', 'TLSv1.3')))
    acct = cat.account
    out = [typ + ' ', TS_ISO_T_US_Z, ' %s ' % r.choice(ALB_IDS)] + cip
    out.append(':%d %s %s %s 0.000 %d %d %d %d "%s %s://%s:%d%s %s" "%s" %s %s arn:aws:elasticloadbalancing:eu-central-1:%s:targetgroup/k8s-%s-%s-%s/%s "%s" "%s" "arn:aws:acm:eu-central-1:%s:certificate/%s" %d ' % (
        eph_port(r), tgt, rp, tp, st, st, r.randrange(200, 3000), b, m, scheme, host, port, p, 'HTTP/2.0' if typ == 'h2' else 'HTTP/1.1',
        user_agent(r), tls[0], tls[1], acct, svc.ns[:6], svc.name[:8], hexs(r, 10), hexs(r, 16), amzn_trace(r), host, acct, uuid4(r), r.choice((1, 2, 10, 20, 100))))
    out.append(TS_ISO_T_US_Z)
    out.append(' "forward" "-" "-" "%s" "%d" "-" "-" TID_%s\n' % (tgt, st, hexs(r, 32)))
    return out


def haproxy(r, cat):
    svc, m, p = _svc_req(r, cat, 0.3)
    st = status_for(r, m)
    b = _bytes(r, st, m)
    tq, tw, tc, tr = r.randrange(0, 3), r.randrange(0, 2), r.randrange(0, 3), int(dur_ms(r, 12))
    ta = tq + tw + tc + tr + r.randrange(0, 3)
    srv = 'srv%d' % r.randrange(1, 5)
    term = '----' if st < 500 else r.choice(('sH--', 'SC--', 'cD--', 'CD--'))
    return [TS_SYSLOG, ' lb-01 haproxy[%d]: %s:%d [' % (r.choice((1187, 2311, 904)), _client(r), eph_port(r)), TS_HAPROXY,
            '] %s be_%s/%s %d/%d/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0 "%s %s HTTP/1.1"\n' % (
                r.choice(('fe_https~', 'fe_http', 'fe_api~')), svc.name.replace('-', '_'), srv, tq, tw, tc, tr, ta, st, b, term,
                r.randrange(1, 400), r.randrange(1, 300), r.randrange(0, 80), r.randrange(0, 20), m, p)]


def nginx_error(r, cat):
    svc, m, p = _svc_req(r, cat)
    up = '%s:%d' % (r.choice(svc.pod_ips), svc.port)
    k = r.randrange(4)
    if k == 0:
        msg = 'connect() failed (111: Connection refused) while connecting to upstream'
    elif k == 1:
        msg = 'upstream timed out (110: Connection timed out) while reading response header from upstream'
    elif k == 2:
        msg = 'recv() failed (104: Connection reset by peer) while reading response header from upstream'
    else:
        msg = 'upstream prematurely closed connection while reading response header from upstream'
    return [TS_GO_STD, ' [error] %d#%d: *%d %s, client: %s, server: %s, request: "%s %s HTTP/1.1", upstream: "http://%s%s", host: "%s"\n' % (
        r.randrange(20, 40), r.randrange(20, 40), r.randrange(1000, 9999999), msg, _client(r), r.choice(HOSTS_PUBLIC + ['_']), m, p, up, p, r.choice(HOSTS_PUBLIC))]


# ---------------------------------------------------------------------------
# leaky access log lines
# ---------------------------------------------------------------------------
def leak_public_client(r, cat):
    k = r.randrange(4)
    if k == 0:
        return nginx_combined(r, cat, client=[V('ipv4_public')])
    if k == 1:
        return alb(r, cat, client=[V('ipv4_public')])
    if k == 2:
        return envoy(r, cat, xff=[V('ipv4_public'), ',' + private_ip(r)])
    out = apache_combined(r, cat)
    out[0] = V('ipv4_public')
    return out


def _q_email_path(r):
    return r.choice(('/api/v1/newsletter/subscribe?email=', '/api/v1/users/exists?email=', '/account/password-reset?email=',
                     '/api/v2/customers/search?email=', '/unsubscribe?list=weekly&email='))


def leak_email_query(r, cat):
    pre = _q_email_path(r)
    tail = r.choice(('', '&source=footer', '&lang=de-DE', '&_=%d' % (1710000000000 + r.randrange(10**10))))
    out = nginx_combined(r, cat, path='\x00', method='GET') if r.random() < 0.7 else alb(r, cat, path='\x00')
    return _splice(out, '\x00', [pre, V('email'), tail])


def leak_token_query(r, cat):
    pre = r.choice(('/ws/notifications?access_token=', '/api/v1/exports/download?token=', '/sse/orders/stream?access_token=',
                    '/oauth2/callback?id_token=', '/api/v1/reports/%s.csv?jwt=' % uuid4(r)))
    out = nginx_combined(r, cat, path='\x00', method='GET')
    return _splice(out, '\x00', [pre, V('jwt')])


def leak_phone_query(r, cat):
    pre = r.choice(('/api/v1/otp/send?channel=sms&phone=', '/api/v2/customers/lookup?phone=', '/api/v1/callback-request?tel='))
    out = nginx_combined(r, cat, path='\x00', method=r.choice(('GET', 'POST')))
    return _splice(out, '\x00', [pre, V('phone')])


def leak_password_query(r, cat):
    pre = '/api/%s?username=%s&password=' % (r.choice(('login', 'v1/auth/login', 'legacy/authenticate')), r.choice(('svc-reporting', 'integration-test', 'backoffice', 'admin')))
    out = nginx_combined(r, cat, path='\x00', method='GET')
    return _splice(out, '\x00', [pre, V('password'), r.choice(('', '&remember=true'))])


def leak_stripe_query(r, cat):
    out = nginx_combined(r, cat, path='\x00', method='GET')
    return _splice(out, '\x00', ['/internal/psp/health?key=', V('stripe_key')])


def _splice(pieces, marker, repl):
    out = []
    for p in pieces:
        if isinstance(p, str) and marker in p:
            a, b = p.split(marker, 1)
            out.append(a)
            out.extend(repl)
            out.append(b)
        else:
            out.append(p)
    return out


CLEAN = [
    ('access.nginx', 0.42, nginx_combined, 40),
    ('access.apache', 0.08, apache_combined, 25),
    ('access.envoy', 0.25, envoy, 30),
    ('access.alb', 0.15, alb, 25),
    ('access.haproxy', 0.07, haproxy, 25),
    ('access.nginx_error', 0.03, nginx_error, 3),
]

LEAKS = [
    (('ipv4_public',), 30, leak_public_client),
    (('email',), 14, leak_email_query),
    (('jwt',), 8, leak_token_query),
    (('phone',), 5, leak_phone_query),
    (('password',), 3, leak_password_query),
    (('stripe_key',), 0.5, leak_stripe_query),
]
