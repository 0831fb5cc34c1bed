"""One-event-per-line JSON logs: pino / pino-http, winston JSON, zap production,
Go slog JSONHandler, logstash-logback-encoder, Elastic ECS, Python structlog,
Kubernetes CRI container-log wrapping and Docker json-file wrapping, AWS
CloudTrail records.  Also the shared per-language event vocabulary used by
rc_app's text formats.
"""
import sys
sys.dont_write_bytecode = True

from rc_util import (V, TSM, TSN, VM, to_pieces, jdumps, jdumps_sp, jesc, TS_EPOCH_MS, TS_EPOCH_FLOAT,
                     TS_ISO_T_MS_Z, TS_ISO_T_MS_OFF, TS_ISO_T_NS_Z, TS_ISO_T_US_Z, TS_ISO_T_S_Z, hexs, uuid4,
                     order_id, sku, api_request, status_for, user_agent, pod_ip, private_ip, eph_port, dur_ms,
                     trace_id, span_id, snowflake, s3_key, CURRENCIES, CARRIERS, WAREHOUSES, CATEGORIES, STATUSES,
                     java_thread, SEARCH_TERMS, uuid7ish, b64)
import rc_java

# ---------------------------------------------------------------------------
# Shared event vocabulary: (level, message, extra fields dict)
# ---------------------------------------------------------------------------


def node_event(r, svc):
    k = r.randrange(16)
    if k < 3:
        return 'info', 'cart updated', {'cartId': uuid4(r), 'items': r.randrange(1, 12), 'subtotalMinor': r.randrange(500, 90000), 'currency': r.choice(CURRENCIES)}
    if k < 5:
        return 'info', 'render complete', {'route': r.choice(('/checkout', '/product/[slug]', '/c/[category]', '/cart', '/account/orders')), 'durationMs': round(dur_ms(r, 40), 2), 'cache': r.choice(('HIT', 'MISS', 'STALE'))}
    if k < 6:
        return 'warn', 'upstream slow', {'upstream': r.choice(('catalog-service', 'pricing-api', 'cart-api', 'recommendations')), 'latencyMs': r.randrange(800, 6000), 'thresholdMs': 750}
    if k < 7:
        return 'error', 'request to upstream failed', {'upstream': r.choice(('cart-api', 'orders-service', 'auth-service')), 'code': r.choice(('ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN')), 'attempt': r.randrange(1, 4), 'address': pod_ip(r), 'port': r.choice((3000, 8080, 8000))}
    if k < 8:
        return 'debug', 'graphql operation', {'operationName': r.choice(('GetProduct', 'GetCart', 'AddToCart', 'Recommendations', 'GetCategoryTree')), 'complexity': r.randrange(5, 300), 'durationMs': round(dur_ms(r, 25), 3), 'persistedQueryHash': hexs(r, 64)}
    if k < 9:
        if r.random() < 0.3:
            return 'debug', 'loaded configuration', {'config': {'NODE_ENV': 'production', 'PORT': str(svc.port), 'REDIS_URL': 'redis://redis.data.svc.cluster.local:6379/0',
                                                               'REDIS_PASSWORD': '[Redacted]', 'SESSION_SECRET': '[Redacted]', 'UPSTREAM_TIMEOUT_MS': '2500'}}
        return 'info', 'feature flags refreshed', {'flags': r.randrange(10, 80), 'etag': 'W/"%s"' % hexs(r, 16), 'source': 'flagd'}
    if k < 10:
        return 'info', 'session refreshed', {'sessionId': hexs(r, 32), 'ttlSeconds': r.choice((900, 1800, 3600))}
    if k < 11:
        return 'debug', 'redis command', {'cmd': r.choice(('GET', 'SETEX', 'HGETALL', 'EXPIRE', 'DEL')), 'key': 'cart:%s' % uuid4(r), 'ms': round(r.random() * 3, 3)}
    if k < 12:
        return 'info', 'coupon applied', {'cartId': uuid4(r), 'code': r.choice(('SPRING10', 'FREESHIP', 'BUNDLE3', 'WELCOME5')), 'discountMinor': r.randrange(100, 4000)}
    if k < 13:
        return 'warn', 'rate limited', {'bucket': r.choice(('search', 'add-to-cart', 'graphql')), 'remaining': 0, 'resetMs': r.randrange(100, 60000), 'clientId': hexs(r, 12)}
    if k < 14:
        return 'info', 'event published', {'topic': r.choice(('cart.events', 'web.analytics')), 'key': uuid4(r), 'partition': r.randrange(12), 'offset': r.randrange(10**5, 10**8)}
    if k < 15:
        return 'info', 'healthcheck', {'status': 'ok', 'uptimeSec': r.randrange(10, 900000), 'heapUsedMb': r.randrange(60, 900), 'eventLoopLagMs': round(r.random() * 20, 2)}
    return 'info', 'search executed', {'q': r.choice(SEARCH_TERMS), 'hits': r.randrange(0, 4000), 'tookMs': r.randrange(2, 400), 'page': r.randrange(1, 10)}


GO_CALLERS = ['server/handler.go', 'server/middleware.go', 'internal/carrier/client.go', 'internal/quote/service.go',
              'internal/index/bulk.go', 'internal/store/postgres.go', 'cmd/server/main.go', 'internal/worker/pool.go',
              'internal/cache/redis.go', 'internal/grpcsrv/interceptors.go', 'internal/outbox/relay.go']


def go_event(r, svc):
    k = r.randrange(14)
    if k < 4:
        m, p = api_request(r, svc)
        st = status_for(r, m)
        return 'info', 'request handled', {'method': m, 'path': p.split('?')[0], 'query': p.partition('?')[2], 'status': st,
                                           'latency': round(dur_ms(r, 8) / 1000, 6), 'bytes': r.randrange(0, 90000), 'request_id': uuid4(r), 'remote_addr': '%s:%d' % (pod_ip(r), eph_port(r))}
    if k < 5:
        return 'info', 'quote computed', {'carrier': r.choice(CARRIERS), 'origin': r.choice(WAREHOUSES), 'dest_country': r.choice(('DE', 'NL', 'FR', 'AT', 'PL', 'BE')), 'parcels': r.randrange(1, 4), 'price_minor': r.randrange(300, 4000), 'cache_hit': r.random() < 0.6}
    if k < 6:
        return 'warn', 'carrier api degraded', {'carrier': r.choice(CARRIERS), 'status': r.choice((429, 502, 503, 504)), 'retry_in': '%dms' % r.choice((250, 500, 1000, 2000)), 'attempt': r.randrange(1, 5)}
    if k < 7:
        return 'error', 'failed to index batch', {'index': 'products-v%d' % r.randrange(3, 9), 'batch': r.randrange(1, 9000), 'docs': r.randrange(100, 1000), 'error': r.choice(('context deadline exceeded', 'EOF', 'unexpected status 429', 'dial tcp %s:9200: connect: connection refused' % private_ip(r)))}
    if k < 8:
        return 'debug', 'sql', {'query': r.choice(('SELECT id, status FROM shipments WHERE order_id = $1', 'UPDATE shipments SET status = $1, updated_at = now() WHERE id = $2', 'INSERT INTO tracking_events (shipment_id, code, occurred_at) VALUES ($1, $2, $3)')), 'args': r.randrange(1, 4), 'rows': r.randrange(0, 5), 'elapsed': '%.3fms' % dur_ms(r, 1.5)}
    if k < 9:
        return 'info', 'grpc call', {'grpc.service': 'rates.v1.RateService', 'grpc.method': r.choice(('Quote', 'BatchQuote')), 'grpc.code': r.choice(('OK', 'OK', 'OK', 'DeadlineExceeded', 'Unavailable')), 'grpc.time_ms': round(dur_ms(r, 5), 3), 'peer.address': '%s:%d' % (pod_ip(r), eph_port(r))}
    if k < 10:
        return 'info', 'outbox flushed', {'events': r.randrange(0, 200), 'topic': 'shipping.events', 'duration': '%.2fms' % dur_ms(r, 6)}
    if k < 11:
        return 'info', 'tracking update', {'shipment_id': order_id(r), 'carrier': r.choice(CARRIERS), 'code': r.choice(('PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION')), 'tracking_no': hexs(r, 12).upper()}
    if k < 12:
        return 'debug', 'cache', {'op': r.choice(('get', 'set', 'del')), 'key': 'quote:%s' % hexs(r, 16), 'hit': r.random() < 0.7, 'ttl': '%ds' % r.choice((30, 60, 300))}
    if k < 13:
        return 'info', 'worker pool stats', {'active': r.randrange(0, 32), 'idle': r.randrange(0, 32), 'queued': r.randrange(0, 500), 'processed_total': r.randrange(10**4, 10**8)}
    return 'warn', 'slow request', {'path': api_request(r, svc)[1].split('?')[0], 'elapsed': '%.3fs' % (r.random() * 8 + 1), 'trace_id': trace_id(r)}


PY_LOGGERS = ['app.api.routes', 'app.services.recommend', 'app.workers.reports', 'app.pricing.engine', 'app.media.resize',
              'sqlalchemy.engine.Engine', 'uvicorn.error', 'celery.app.trace', 'app.clients.http', 'app.features.store']


def py_event(r, svc):
    k = r.randrange(14)
    if k < 3:
        return 'info', 'recommendations served', {'sku': sku(r), 'strategy': r.choice(('similar-items', 'bought-together', 'trending')), 'n': 12, 'model_version': '2024-03-%02d-%s' % (r.randrange(1, 29), hexs(r, 7)), 'latency_ms': round(dur_ms(r, 20), 2)}
    if k < 5:
        return 'info', 'report generated', {'report_id': uuid4(r), 'type': r.choice(('daily-sales', 'stock-levels', 'refunds', 'payouts')), 'rows': r.randrange(10, 900000), 's3_key': s3_key(r), 'duration_s': round(r.random() * 90, 3)}
    if k < 6:
        return 'warning', 'price anomaly', {'sku': sku(r), 'old_minor': r.randrange(100, 90000), 'new_minor': r.randrange(100, 90000), 'ratio': round(r.random() * 4, 3), 'rule': 'max_delta_300pct'}
    if k < 7:
        return 'error', 'image processing failed', {'sku': sku(r), 'src': s3_key(r), 'error': r.choice(('cannot identify image file', 'decompression bomb', 'timeout after 30s', 'S3 NoSuchKey'))}
    if k < 8:
        return 'debug', 'feature vector loaded', {'entity': 'sku', 'id': sku(r), 'dims': r.choice((64, 128, 256)), 'store': 'redis', 'ms': round(r.random() * 4, 3)}
    if k < 9:
        return 'info', 'task finished', {'task': r.choice(('app.tasks.build_report', 'app.tasks.resize_image', 'app.tasks.refresh_prices', 'app.tasks.retrain')), 'task_id': uuid4(r), 'state': r.choice(('SUCCESS', 'SUCCESS', 'RETRY', 'FAILURE')), 'runtime': round(r.random() * 30, 4)}
    if k < 10:
        return 'info', 'http request', {'method': 'GET', 'url': 'http://%s%s' % (r.choice(('catalog-service.shop.svc.cluster.local:8080', 'pricing-api.shop.svc.cluster.local:8000')), api_request(r, svc)[1]), 'status': r.choice((200, 200, 200, 404, 503)), 'elapsed_ms': round(dur_ms(r, 12), 2)}
    if k < 11:
        return 'info', 'batch prices refreshed', {'currency': r.choice(CURRENCIES), 'skus': r.randrange(10, 20000), 'changed': r.randrange(0, 500), 'source_etag': hexs(r, 32)}
    if k < 12:
        return 'debug', 'query executed', {'statement': 'SELECT sku, score FROM item_scores WHERE model_id = %(model_id)s AND sku = ANY(%(skus)s)', 'rows': r.randrange(0, 100), 'ms': round(dur_ms(r, 3), 3)}
    if k < 13:
        return 'info', 'model loaded', {'model': r.choice(('als-v7', 'two-tower-v3', 'popularity-v2')), 'size_mb': r.randrange(5, 900), 'sha256': hexs(r, 64)}
    return 'info', 'thumbnail written', {'key': s3_key(r), 'bytes': r.randrange(5000, 900000), 'width': r.choice((320, 640, 1280)), 'format': r.choice(('webp', 'avif'))}


def _svc_lang(r, cat, lang):
    return r.choice(cat.by_lang[lang])


PINO_LEVEL = {'trace': 10, 'debug': 20, 'info': 30, 'warn': 40, 'error': 50, 'fatal': 60}


def pino_http(r, cat):
    svc = _svc_lang(r, cat, 'node')
    pod = r.choice(svc.pods)
    m, p = api_request(r, svc)
    st = status_for(r, m)
    path, _, q = p.partition('?')
    query = {}
    for kv in q.split('&') if q else []:
        a, _, b = kv.partition('=')
        query[a] = b
    req = {'id': r.choice((r.randrange(1, 90000), 'req-%s' % format(r.randrange(1, 60000), 'x'))), 'method': m, 'url': p, 'query': query, 'params': {},
           'headers': {'host': '%s:%d' % (svc.dns, svc.port) if r.random() < 0.5 else 'shop.example.com', 'user-agent': user_agent(r), 'accept': r.choice(('*/*', 'application/json', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')),
                       'x-request-id': uuid4(r), 'traceparent': '00-%s-%s-01' % (trace_id(r), span_id(r)), 'x-forwarded-for': private_ip(r)},
           'remoteAddress': '::ffff:%s' % pod_ip(r), 'remotePort': eph_port(r)}
    if r.random() < 0.25:
        # pino redact paths with the default censor
        req['headers']['authorization'] = '[Redacted]'
        if r.random() < 0.3:
            req['headers']['cookie'] = '[Redacted]'
    if r.random() < 0.5:
        o = {'level': 30, 'time': TSN(TS_EPOCH_MS), 'pid': svc.pid, 'hostname': pod, 'req': req,
             'res': {'statusCode': st, 'headers': {'content-type': 'application/json; charset=utf-8', 'content-length': str(r.randrange(2, 90000)), 'etag': 'W/"%x-%s"' % (r.randrange(100, 90000), b64(r, 20)[:27])}},
             'responseTime': r.randrange(0, 900), 'msg': 'request completed'}
    else:
        o = {'level': 30, 'time': TSN(TS_EPOCH_MS), 'pid': svc.pid, 'hostname': pod, 'reqId': req['id'], 'req': {'method': m, 'url': p, 'hostname': req['headers']['host'], 'remoteAddress': pod_ip(r), 'remotePort': eph_port(r)},
             'msg': 'incoming request'}
        if r.random() < 0.5:
            o = {'level': 30, 'time': TSN(TS_EPOCH_MS), 'pid': svc.pid, 'hostname': pod, 'reqId': req['id'], 'res': {'statusCode': st}, 'responseTime': round(dur_ms(r, 9), 6), 'msg': 'request completed'}
    return to_pieces(jdumps(o) + '\n')


def pino_app(r, cat):
    svc = _svc_lang(r, cat, 'node')
    lvl, msg, extra = node_event(r, svc)
    o = {'level': PINO_LEVEL[lvl], 'time': TSN(TS_EPOCH_MS), 'pid': svc.pid, 'hostname': r.choice(svc.pods)}
    if r.random() < 0.5:
        o['name'] = svc.name
    o.update(extra)
    if lvl == 'error':
        o['err'] = {'type': 'Error', 'message': '%s %s:%d' % (extra.get('code', 'ECONNRESET'), extra.get('address', pod_ip(r)), extra.get('port', 8080)),
                    'stack': node_stack(r, extra.get('code', 'ECONNRESET'), extra.get('address', pod_ip(r)), extra.get('port', 8080)), 'code': extra.get('code', 'ECONNRESET'), 'errno': -r.choice((104, 110, 111, 3001)), 'syscall': r.choice(('connect', 'read', 'getaddrinfo'))}
    o['msg'] = msg
    return to_pieces(jdumps(o) + '\n')


def node_stack(r, code, addr, port):
    if code == 'ECONNREFUSED':
        fr = ['    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:%d:16)' % r.choice((1555, 1595, 1611))]
        head = 'Error: connect ECONNREFUSED %s:%d' % (addr, port)
    elif code == 'EAI_AGAIN':
        fr = ['    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:%d:26)' % r.choice((107, 118))]
        head = 'Error: getaddrinfo EAI_AGAIN %s' % r.choice(('cart-api.shop.svc.cluster.local', 'redis.data.svc.cluster.local'))
    else:
        fr = ['    at TLSSocket.socketOnEnd (node:_http_client:%d:23)' % r.choice((519, 524)),
              '    at TLSSocket.emit (node:events:%d:28)' % r.choice((530, 531)),
              '    at endReadableNT (node:internal/streams/readable:%d:12)' % r.choice((1696, 1698))]
        head = 'Error: socket hang up' if code == 'ECONNRESET' else 'Error: %s' % code
    fr += ['    at process.processTicksAndRejections (node:internal/process/task_queues:%d:%d)' % (r.choice((82, 95)), r.choice((5, 21)))]
    if r.random() < 0.6:
        fr += ['    at async %s (/app/%s:%d:%d)' % (r.choice(('fetchCart', 'getProduct', 'resolveCheckout', 'CartService.load', 'handler')),
                                                  r.choice(('dist/server/services/cart.js', 'dist/lib/upstream.js', '.next/server/pages/api/cart.js', 'dist/resolvers/product.js')), r.randrange(10, 400), r.randrange(3, 40))]
    return head + '\n' + '\n'.join(fr)


def winston_json(r, cat):
    svc = _svc_lang(r, cat, 'node')
    lvl, msg, extra = node_event(r, svc)
    o = {'level': lvl, 'message': msg}
    o.update(extra)
    o['service'] = svc.name
    o['timestamp'] = TSM(TS_ISO_T_MS_Z)
    return to_pieces(jdumps(o) + '\n')


def zap_json(r, cat):
    svc = _svc_lang(r, cat, 'go')
    lvl, msg, extra = go_event(r, svc)
    o = {'level': lvl, 'ts': TSN(TS_EPOCH_FLOAT), 'logger': svc.name.split('-')[0], 'caller': '%s:%d' % (r.choice(GO_CALLERS), r.randrange(20, 400)), 'msg': msg}
    o.update(extra)
    if lvl == 'error':
        o['stacktrace'] = go_stack(r, svc)
    return to_pieces(jdumps(o) + '\n')


def go_stack(r, svc):
    mod = 'github.com/example/%s' % svc.name
    fr = []
    for _ in range(r.randrange(3, 7)):
        fn = r.choice(('internal/index.(*Bulk).Flush', 'internal/carrier.(*Client).Quote', 'internal/worker.(*Pool).run',
                       'server.(*Handler).ServeHTTP', 'internal/outbox.(*Relay).Tick', 'internal/store.(*Postgres).Exec'))
        fr.append('%s/%s\n\t/src/%s/%s.go:%d' % (mod, fn, fn.split('.')[0], r.choice(('client', 'bulk', 'pool', 'handler', 'relay', 'postgres')), r.randrange(20, 400)))
    fr.append('net/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2166')
    return '\n'.join(fr)


def slog_json(r, cat):
    svc = _svc_lang(r, cat, 'go')
    lvl, msg, extra = go_event(r, svc)
    o = {'time': TSM(TS_ISO_T_NS_Z), 'level': {'info': 'INFO', 'warn': 'WARN', 'error': 'ERROR', 'debug': 'DEBUG'}[lvl], 'msg': msg}
    o.update(extra)
    if r.random() < 0.4:
        o['trace_id'] = trace_id(r)
        o['span_id'] = span_id(r)
    return to_pieces(jdumps(o) + '\n')


def logstash_json(r, cat):
    svc = r.choice(cat.by_lang['java'])
    level, logger, thread, msg = rc_java.java_msg(r, svc)
    o = {'@timestamp': TSM(TS_ISO_T_MS_OFF), '@version': '1', 'message': msg, 'logger_name': logger,
         'thread_name': thread or java_thread(r), 'level': level, 'level_value': {'TRACE': 5000, 'DEBUG': 10000, 'INFO': 20000, 'WARN': 30000, 'ERROR': 40000}[level]}
    if r.random() < 0.7:
        o['traceId'] = trace_id(r)
        o['spanId'] = span_id(r)
    o['app'] = svc.name
    o['version'] = svc.version
    if r.random() < 0.07:
        o['level'] = 'ERROR'
        o['level_value'] = 40000
        o['stack_trace'] = '\n'.join(rc_java.stack_trace(r, svc)) + '\n'
    return to_pieces(jdumps(o) + '\n')


def ecs_json(r, cat):
    svc = r.choice(cat.by_lang['java'])
    level, logger, thread, msg = rc_java.java_msg(r, svc)
    o = {'@timestamp': TSM(TS_ISO_T_MS_Z), 'log.level': level, 'message': msg, 'ecs.version': '1.2.0', 'service.name': svc.name,
         'service.version': svc.version, 'service.environment': 'integration', 'event.dataset': svc.name, 'process.thread.name': thread or java_thread(r),
         'log.logger': logger}
    if r.random() < 0.6:
        o['trace.id'] = trace_id(r)
        o['transaction.id'] = span_id(r)
    if r.random() < 0.05:
        st = rc_java.stack_trace(r, svc)
        o['error.type'] = st[0].split(':')[0]
        o['error.message'] = st[0].partition(': ')[2]
        o['error.stack_trace'] = '\n'.join(st)
    return to_pieces(jdumps(o) + '\n')


def structlog_json(r, cat):
    svc = _svc_lang(r, cat, 'python')
    lvl, msg, extra = py_event(r, svc)
    o = {'event': msg}
    o.update(extra)
    o['level'] = lvl
    o['logger'] = r.choice(PY_LOGGERS)
    o['timestamp'] = TSM(TS_ISO_T_US_Z)
    if r.random() < 0.3:
        o['request_id'] = uuid4(r)
    return to_pieces(jdumps_sp(o) + '\n')


INNER_GENS = None


def cri_wrap(r, cat):
    """Kubernetes CRI log file line: <RFC3339Nano> <stream> <P|F> <line>."""
    gens = (pino_app, zap_json, slog_json, logstash_json, structlog_json, winston_json, zap_json, pino_http)
    g = gens[cat.run_pick % len(gens)] if r.random() < 0.9 else r.choice(gens)
    inner = g(r, cat)
    stream = 'stdout' if r.random() < 0.85 else 'stderr'
    return [TS_ISO_T_NS_Z, ' %s F ' % stream] + inner


def docker_wrap(r, cat):
    """Docker json-file driver: each output line escaped into {"log":...}."""
    k = (cat.run_pick % 10) / 10.0 if r.random() < 0.9 else r.random()
    if k < 0.5:
        inner = rc_java.gen_line(r, cat)
    elif k < 0.8:
        inner = pino_app(r, cat)
    else:
        inner = zap_json(r, cat)
    out = ['{"log":"']
    for p in inner:
        if isinstance(p, str):
            out.append(jesc(p))
        else:
            out.append(p)
    out.append('","stream":"%s","time":"' % ('stdout' if r.random() < 0.85 else 'stderr'))
    out.append(TS_ISO_T_NS_Z)
    out.append('"}\n')
    return out


CT_EVENTS = [
    ('s3.amazonaws.com', 'GetObject', True), ('s3.amazonaws.com', 'PutObject', True), ('kms.amazonaws.com', 'Decrypt', True),
    ('sts.amazonaws.com', 'AssumeRoleWithWebIdentity', False), ('secretsmanager.amazonaws.com', 'GetSecretValue', True),
    ('ecr.amazonaws.com', 'GetAuthorizationToken', True), ('sqs.amazonaws.com', 'SendMessage', True),
    ('ec2.amazonaws.com', 'DescribeInstances', True), ('logs.amazonaws.com', 'PutLogEvents', True),
    ('dynamodb.amazonaws.com', 'GetItem', True), ('eks.amazonaws.com', 'DescribeCluster', True),
]


def cloudtrail(r, cat):
    src, name, ro = r.choice(CT_EVENTS)
    acct = cat.account
    role = r.choice(('orders-service-irsa', 'reporting-worker-irsa', 'media-resizer-irsa', 'ci-deployer', 'karpenter-node'))
    sess = r.choice(('botocore-session-%d' % r.randrange(10**9, 10**10), 'aws-sdk-java-%d' % (1710000000000 + r.randrange(10**10)), 'i-%s' % hexs(r, 17)))
    o = {'eventVersion': '1.09',
         'userIdentity': {'type': 'AssumedRole', 'principalId': 'AROA%s:%s' % (''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(17)), sess),
                          'arn': 'arn:aws:sts::%s:assumed-role/%s/%s' % (acct, role, sess), 'accountId': acct,
                          'sessionContext': {'sessionIssuer': {'type': 'Role', 'principalId': 'AROA' + ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(17)), 'arn': 'arn:aws:iam::%s:role/%s' % (acct, role), 'accountId': acct, 'userName': role},
                                             'attributes': {'creationDate': TSM(TS_ISO_T_S_Z), 'mfaAuthenticated': 'false'}}},
         'eventTime': TSM(TS_ISO_T_S_Z), 'eventSource': src, 'eventName': name, 'awsRegion': 'eu-central-1',
         'sourceIPAddress': r.choice((private_ip(r), 'eks.amazonaws.com', src)),
         'userAgent': r.choice(('aws-sdk-java/2.25.6 Linux/6.1.79 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Eclipse_Adoptium io/sync http/Apache cfg/retry-mode/legacy',
                                'Boto3/1.34.54 md/Botocore#1.34.54 ua/2.0 os/linux#6.1.79 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.54',
                                'aws-sdk-go-v2/1.25.2 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64 api/s3#1.51.1')),
         'requestParameters': None, 'responseElements': None, 'requestID': uuid4(r).upper() if r.random() < 0.5 else hexs(r, 16).upper(),
         'eventID': uuid4(r), 'readOnly': ro, 'eventType': 'AwsApiCall', 'managementEvent': src not in ('s3.amazonaws.com', 'dynamodb.amazonaws.com'),
         'recipientAccountId': acct, 'eventCategory': 'Management' if src != 's3.amazonaws.com' else 'Data',
         'tlsDetails': {'tlsVersion': 'TLSv1.3', 'cipherSuite': 'TLS_AES_128_GCM_SHA256', 'clientProvidedHostHeader': '%s.eu-central-1.amazonaws.com' % src.split('.')[0]}}
    if src == 's3.amazonaws.com':
        bucket = r.choice(('shop-exports-int', 'shop-media-int', 'shop-reports-int', 'shop-ci-cache'))
        o['requestParameters'] = {'bucketName': bucket, 'Host': '%s.s3.eu-central-1.amazonaws.com' % bucket, 'key': s3_key(r)}
        o['resources'] = [{'type': 'AWS::S3::Object', 'ARN': 'arn:aws:s3:::%s/%s' % (bucket, o['requestParameters']['key'])}]
        o['additionalEventData'] = {'SignatureVersion': 'SigV4', 'CipherSuite': 'TLS_AES_128_GCM_SHA256', 'bytesTransferredIn': 0, 'bytesTransferredOut': r.randrange(100, 10**8), 'x-amz-id-2': b64(r, 48)}
    elif src == 'kms.amazonaws.com':
        o['requestParameters'] = {'encryptionAlgorithm': 'SYMMETRIC_DEFAULT', 'encryptionContext': {'aws:s3:arn': 'arn:aws:s3:::shop-exports-int/%s' % s3_key(r)}}
        o['resources'] = [{'accountId': acct, 'type': 'AWS::KMS::Key', 'ARN': 'arn:aws:kms:eu-central-1:%s:key/%s' % (acct, uuid4(r))}]
    elif src == 'secretsmanager.amazonaws.com':
        o['requestParameters'] = {'secretId': 'arn:aws:secretsmanager:eu-central-1:%s:secret:int/%s/db-%s' % (acct, r.choice(('orders', 'payments', 'ledger')), ''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(6)))}
    elif src == 'sqs.amazonaws.com':
        o['requestParameters'] = {'queueUrl': 'https://sqs.eu-central-1.amazonaws.com/%s/%s' % (acct, r.choice(('orders-dlq', 'media-jobs', 'report-requests'))), 'messageBody': 'HIDDEN_DUE_TO_SECURITY_REASONS'}
        o['responseElements'] = {'mD5OfMessageBody': hexs(r, 32), 'messageId': uuid4(r)}
    return to_pieces(jdumps(o) + '\n')


# ---------------------------------------------------------------------------
# leaky JSON records
# ---------------------------------------------------------------------------
def leak_pino_auth_header(r, cat):
    """pino-http logs every request header by default, including Authorization."""
    svc = _svc_lang(r, cat, 'node')
    m, p = api_request(r, svc)
    o = {'level': 30, 'time': TSN(TS_EPOCH_MS), 'pid': svc.pid, 'hostname': r.choice(svc.pods),
         'req': {'id': r.randrange(1, 90000), 'method': m, 'url': p, 'query': {}, 'params': {},
                 'headers': {'host': 'shop.example.com', 'user-agent': user_agent(r), 'accept': 'application/json',
                             'authorization': 'Bearer ' + VM(r.choice(('jwt', 'jwt', 'bearer_token'))), 'x-request-id': uuid4(r)},
                 'remoteAddress': '::ffff:%s' % pod_ip(r), 'remotePort': eph_port(r)},
         'msg': 'incoming request'}
    return to_pieces(jdumps(o) + '\n')


def leak_user_event(r, cat):
    svc = r.choice(cat.services)
    kind = r.choice(('email', 'email', 'email', 'phone', 'phone'))
    field = {'email': r.choice(('email', 'userEmail', 'customer_email', 'recipient')), 'phone': r.choice(('phone', 'phoneNumber', 'mobile', 'msisdn'))}[kind]
    msg = r.choice(('user profile updated', 'customer created', 'notification queued', 'signup completed', 'contact details changed'))
    g = r.random()
    if g < 0.4:
        o = {'level': 30, 'time': TSN(TS_EPOCH_MS), 'pid': 1, 'hostname': r.choice(svc.pods), 'userId': r.randrange(10000, 9999999), field: VM(kind), 'msg': msg}
    elif g < 0.7:
        o = {'level': 'info', 'ts': TSN(TS_EPOCH_FLOAT), 'caller': '%s:%d' % (r.choice(GO_CALLERS), r.randrange(20, 400)), 'msg': msg, 'user_id': uuid4(r), field: VM(kind), 'locale': r.choice(('de-DE', 'en-GB', 'fr-FR'))}
    else:
        o = {'@timestamp': TSM(TS_ISO_T_MS_OFF), '@version': '1', 'message': '%s for customer %d' % (msg.capitalize(), r.randrange(10000, 9999999)), 'logger_name': 'com.example.shop.customers.CustomerService',
             'thread_name': java_thread(r), 'level': 'INFO', 'level_value': 20000, 'customer': {'id': r.randrange(10000, 9999999), field: VM(kind), 'marketingOptIn': r.random() < 0.4}}
    return to_pieces(jdumps(o) + '\n')


def leak_payment_payload(r, cat):
    kind = r.choice(('card', 'card', 'iban'))
    body = {'orderId': order_id(r), 'amount': {'value': r.randrange(100, 99999), 'currency': r.choice(CURRENCIES)}}
    if kind == 'card':
        body['paymentMethod'] = {'type': 'scheme', 'number': VM('card'), 'expiryMonth': '%02d' % r.randrange(1, 13), 'expiryYear': '20%d' % r.randrange(25, 31), 'holderName': '***'}
    else:
        body['paymentMethod'] = {'type': 'sepadirectdebit', 'iban': VM('iban'), 'ownerName': '***'}
    o = {'level': 'debug', 'ts': TSN(TS_EPOCH_FLOAT), 'caller': 'psp/client.go:%d' % r.randrange(40, 300), 'msg': 'psp request', 'method': 'POST', 'url': 'https://psp-sandbox.example.com/v71/payments', 'body': body}
    return to_pieces(jdumps(o) + '\n')


def leak_kyc_ssn(r, cat):
    o = {'event': 'kyc submission', 'applicant_id': uuid4(r), 'country': 'US', 'payload': {'ssn': VM('ssn'), 'document_type': 'drivers_license'},
         'level': 'debug', 'logger': 'app.clients.kyc', 'timestamp': TSM(TS_ISO_T_US_Z)}
    return to_pieces(jdumps_sp(o) + '\n')


def leak_login_body(r, cat):
    svc = _svc_lang(r, cat, 'node')
    o = {'level': 20, 'time': TSN(TS_EPOCH_MS), 'pid': 1, 'hostname': r.choice(svc.pods), 'reqId': 'req-%x' % r.randrange(1, 60000),
         'body': {'username': r.choice(('svc-reporting', 'qa-user-%d' % r.randrange(1, 40), 'backoffice-admin')), 'password': VM('password'), 'remember': True}, 'msg': 'login request body'}
    return to_pieces(jdumps(o) + '\n')


def leak_dsn(r, cat):
    svc = _svc_lang(r, cat, r.choice(('go', 'python')))
    db = svc.name.split('-')[0]
    o = {'level': 'info', 'ts': TSN(TS_EPOCH_FLOAT), 'caller': 'cmd/server/main.go:%d' % r.randrange(30, 120), 'msg': 'connecting to database',
         'dsn': 'postgres://%s:%s@postgres.data.svc.cluster.local:5432/%s?sslmode=require' % (db, VM('password'), db), 'max_conns': 20}
    return to_pieces(jdumps(o) + '\n')


def leak_client_ip(r, cat):
    svc = r.choice(cat.services)
    if r.random() < 0.5:
        o = {'level': 30, 'time': TSN(TS_EPOCH_MS), 'pid': 1, 'hostname': r.choice(svc.pods), 'req': {'method': 'GET', 'url': api_request(r, svc)[1], 'remoteAddress': pod_ip(r),
             'headers': {'x-forwarded-for': VM('ipv4_public') + ', ' + private_ip(r), 'user-agent': user_agent(r)}}, 'msg': 'incoming request'}
    else:
        o = {'level': 'info', 'ts': TSN(TS_EPOCH_FLOAT), 'caller': 'server/middleware.go:%d' % r.randrange(20, 200), 'msg': 'request handled', 'method': 'GET', 'path': api_request(r, svc)[1].split('?')[0],
             'status': 200, 'client_ip': VM('ipv4_public'), 'latency': round(dur_ms(r, 8) / 1000, 6)}
    return to_pieces(jdumps(o) + '\n')


def leak_ct(r, cat):
    o = {'eventVersion': '1.09',
         'userIdentity': {'type': 'IAMUser', 'principalId': 'AIDA' + ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(17)),
                          'arn': 'arn:aws:iam::%s:user/ci-legacy-deployer' % cat.account, 'accountId': cat.account, 'accessKeyId': VM('aws_key_id'), 'userName': 'ci-legacy-deployer'},
         'eventTime': TSM(TS_ISO_T_S_Z), 'eventSource': 's3.amazonaws.com', 'eventName': 'PutObject', 'awsRegion': 'eu-central-1',
         'sourceIPAddress': VM('ipv4_public') if r.random() < 0.5 else private_ip(r), 'userAgent': 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.ubuntu.22',
         'requestParameters': {'bucketName': 'shop-ci-cache', 'key': s3_key(r)}, 'eventID': uuid4(r), 'readOnly': False, 'eventType': 'AwsApiCall', 'recipientAccountId': cat.account}
    return to_pieces(jdumps(o) + '\n')


def leak_config_dump(r, cat):
    svc = _svc_lang(r, cat, 'node')
    kind = r.choice(('stripe_key', 'slack_token', 'github_token'))
    key = {'stripe_key': 'STRIPE_SECRET_KEY', 'slack_token': 'SLACK_BOT_TOKEN', 'github_token': 'GITHUB_TOKEN'}[kind]
    o = {'level': 20, 'time': TSN(TS_EPOCH_MS), 'pid': 1, 'hostname': r.choice(svc.pods), 'config': {'NODE_ENV': 'production', 'PORT': '3000', 'LOG_LEVEL': 'debug',
         'REDIS_URL': 'redis://redis.data.svc.cluster.local:6379/0', key: VM(kind), 'FEATURE_FLAGS_URL': 'http://flagd.platform.svc.cluster.local:8013'}, 'msg': 'loaded configuration'}
    return to_pieces(jdumps(o) + '\n')


def leak_pem_json(r, cat):
    o = {'@timestamp': TSM(TS_ISO_T_MS_OFF), '@version': '1', 'message': 'Loaded TLS client key for mTLS to psp-sandbox.example.com', 'logger_name': 'com.example.payments.config.TlsConfig',
         'thread_name': 'main', 'level': 'DEBUG', 'level_value': 10000, 'keyPem': VM('private_key', 'json')}
    return to_pieces(jdumps(o) + '\n')


CLEAN = [
    ('json.pino_http', 0.16, pino_http, 20),
    ('json.pino', 0.10, pino_app, 10),
    ('json.winston', 0.05, winston_json, 8),
    ('json.zap', 0.14, zap_json, 15),
    ('json.slog', 0.06, slog_json, 10),
    ('json.logstash', 0.15, logstash_json, 10),
    ('json.ecs', 0.06, ecs_json, 8),
    ('json.structlog', 0.07, structlog_json, 8),
    ('json.k8s_cri', 0.11, cri_wrap, 15),
    ('json.docker', 0.05, docker_wrap, 10),
    ('json.cloudtrail', 0.05, cloudtrail, 6),
]

LEAKS = [
    (('jwt',), 10, leak_pino_auth_header),
    (('email', 'phone'), 22, leak_user_event),
    (('card', 'iban'), 8, leak_payment_payload),
    (('ssn',), 3, leak_kyc_ssn),
    (('password',), 4, leak_login_body),
    (('password',), 3, leak_dsn),
    (('ipv4_public',), 10, leak_client_ip),
    (('aws_key_id',), 2, leak_ct),
    (('stripe_key', 'slack_token', 'github_token'), 3, leak_config_dump),
    (('private_key',), 0.3, leak_pem_json),
]
