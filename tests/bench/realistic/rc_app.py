"""Text application logs of Python, Go and Node services (plus Sidekiq):
Python logging formats, gunicorn, uvicorn access lines, Celery worker lines,
Python tracebacks; logrus / slog text (logfmt), Go std log, grpc-go, klog,
goroutine panics; winston text, NestJS, Node error stacks; Sidekiq.
"""
import sys
sys.dont_write_bytecode = True

from rc_util import (V, TS_ISO_SP_COMMA, TS_ISO_T_S_Z, TS_ISO_T_MS_Z, TS_GO_STD, TS_GUNICORN, TS_KLOG, TS_NEST,
                     TS_DJANGO, hexs, uuid4, order_id, sku, api_request, status_for, pod_ip, eph_port, dur_ms, s3_key,
                     trace_id, span_id, CURRENCIES, private_ip)
from rc_json import py_event, go_event, node_event, PY_LOGGERS, node_stack

PY_LEVEL = {'debug': 'DEBUG', 'info': 'INFO', 'warning': 'WARNING', 'error': 'ERROR'}


def _kv_text(extra):
    parts = []
    for k, v in extra.items():
        if isinstance(v, str) and (' ' in v or '=' in v or '"' in v or v == ''):
            parts.append('%s="%s"' % (k, v.replace('\\', '\\\\').replace('"', '\\"')))
        elif isinstance(v, bool):
            parts.append('%s=%s' % (k, 'true' if v else 'false'))
        else:
            parts.append('%s=%s' % (k, v))
    return ' '.join(parts)


def _py_msg(lvl, msg, extra):
    return '%s %s' % (msg.capitalize(), ' '.join('%s=%s' % kv for kv in extra.items()))


def py_logging(r, cat):
    svc = r.choice(cat.by_lang['python'])
    lvl, msg, extra = py_event(r, svc)
    L = PY_LEVEL[lvl]
    lg = r.choice(PY_LOGGERS)
    st = r.randrange(3)
    if st == 0:
        return [TS_ISO_SP_COMMA, ' - %s - %s - %s\n' % (lg, L, _py_msg(lvl, msg, extra))]
    if st == 1:
        return [TS_ISO_SP_COMMA, ' %s [%s] %s: %s\n' % (L, lg, r.choice(('MainThread', 'ThreadPoolExecutor-0_%d' % r.randrange(8), 'asyncio_0')), _py_msg(lvl, msg, extra))]
    return ['%s:%s:%s\n' % (L, lg, _py_msg(lvl, msg, extra))]


def sqlalchemy_echo(r, cat):
    k = r.randrange(3)
    if k == 0:
        body = 'SELECT item_scores.sku, item_scores.score \nFROM item_scores \nWHERE item_scores.model_id = %(model_id_1)s AND item_scores.sku = ANY (%(sku_1)s::VARCHAR[])'
        return [TS_ISO_SP_COMMA, ' INFO sqlalchemy.engine.Engine %s\n' % body, TS_ISO_SP_COMMA, " INFO sqlalchemy.engine.Engine [cached since %.4fs ago] {'model_id_1': %d, 'sku_1': [%s]}\n" % (
            r.random() * 900, r.randrange(1, 40), ', '.join("'%s'" % sku(r) for _ in range(r.randrange(1, 6))))]
    if k == 1:
        return [TS_ISO_SP_COMMA, ' INFO sqlalchemy.engine.Engine BEGIN (implicit)\n']
    return [TS_ISO_SP_COMMA, ' INFO sqlalchemy.engine.Engine %s\n' % r.choice(('COMMIT', 'ROLLBACK'))]


def gunicorn(r, cat):
    k = r.randrange(5)
    pid = r.randrange(7, 60)
    if k == 0:
        m = '[%d] [INFO] Booting worker with pid: %d' % (pid, pid)
    elif k == 1:
        m = '[1] [CRITICAL] WORKER TIMEOUT (pid:%d)' % pid
    elif k == 2:
        m = '[%d] [INFO] Worker exiting (pid: %d)' % (pid, pid)
    elif k == 3:
        m = '[1] [INFO] Listening at: http://0.0.0.0:8000 (1)'
    else:
        m = '[1] [INFO] Using worker: uvicorn.workers.UvicornWorker'
    return ['[', TS_GUNICORN, '] %s\n' % m]


def uvicorn_access(r, cat):
    svc = r.choice(cat.by_lang['python'])
    m, p = api_request(r, svc)
    st = status_for(r, m)
    reason = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
              404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 499: '', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'}[st]
    return ['INFO:     %s:%d - "%s %s HTTP/1.1" %d %s\n' % (pod_ip(r), eph_port(r), m, p, st, reason)]


def django_runserver(r, cat):
    svc = r.choice(cat.by_lang['python'])
    m, p = api_request(r, svc)
    st = status_for(r, m)
    return ['[', TS_DJANGO, '] "%s %s HTTP/1.1" %d %d\n' % (m, p, st, r.randrange(0, 90000))]


def celery(r, cat):
    task = r.choice(('app.tasks.build_report', 'app.tasks.resize_image', 'app.tasks.refresh_prices', 'app.tasks.sync_inventory', 'app.tasks.send_digest', 'app.tasks.retrain_model'))
    tid = uuid4(r)
    k = r.randrange(6)
    if k < 2:
        return ['[', TS_ISO_SP_COMMA, ': INFO/MainProcess] Task %s[%s] received\n' % (task, tid)]
    if k < 4:
        return ['[', TS_ISO_SP_COMMA, ': INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.9fs: %s\n' % (r.randrange(1, 9), task, tid, r.random() * 20,
                                                                                                              r.choice(('None', "{'rows': %d}" % r.randrange(1, 90000), "'%s'" % s3_key(r), 'True')))]
    if k < 5:
        return ['[', TS_ISO_SP_COMMA, ': WARNING/ForkPoolWorker-%d] Task %s[%s] retry: Retry in %ds: %s\n' % (r.randrange(1, 9), task, tid, r.choice((10, 30, 60, 120)),
                                                                                                               r.choice(("ConnectionError('Connection refused')", 'OperationalError(\'server closed the connection unexpectedly\')', "ReadTimeout('timed out')")))]
    return ['[', TS_ISO_SP_COMMA, ': INFO/MainProcess] %s\n' % r.choice(('Connected to redis://redis.data.svc.cluster.local:6379/1', 'mingle: searching for neighbors', 'mingle: all alone',
                                                                         'celery@%s ready.' % r.choice(r.choice(cat.by_lang['python']).pods), 'Events of group {task} enabled by remote.'))]


PY_TB = [
    ('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py', 1969, '_exec_single_context', 'self.dialect.do_execute('),
    ('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/default.py', 922, 'do_execute', 'cursor.execute(statement, parameters)'),
    ('/usr/local/lib/python3.11/site-packages/httpx/_transports/default.py', 69, 'map_httpcore_exceptions', 'yield'),
    ('/usr/local/lib/python3.11/site-packages/httpx/_transports/default.py', 233, 'handle_request', 'resp = self._pool.handle_request(req)'),
    ('/usr/local/lib/python3.11/site-packages/httpcore/_sync/connection_pool.py', 216, 'handle_request', 'raise exc from None'),
    ('/usr/local/lib/python3.11/site-packages/botocore/client.py', 1009, '_make_api_call', 'raise error_class(parsed_response, operation_name)'),
    ('/usr/local/lib/python3.11/site-packages/starlette/middleware/errors.py', 164, '__call__', 'await self.app(scope, receive, _send)'),
    ('/usr/local/lib/python3.11/site-packages/fastapi/routing.py', 274, 'app', 'raw_response = await run_endpoint_function('),
    ('/usr/local/lib/python3.11/site-packages/celery/app/trace.py', 477, 'trace_task', 'R = retval = fun(*args, **kwargs)'),
    ('/usr/local/lib/python3.11/site-packages/PIL/Image.py', 3309, 'open', 'raise UnidentifiedImageError(msg)'),
]
PY_EXC = [
    ('psycopg2.errors.UniqueViolation', 'duplicate key value violates unique constraint "item_scores_pkey"\nDETAIL:  Key (model_id, sku)=(%d, %s) already exists.'),
    ('httpx.ConnectTimeout', 'timed out'),
    ('botocore.errorfactory.NoSuchKey', 'An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.'),
    ('PIL.UnidentifiedImageError', "cannot identify image file <_io.BytesIO object at 0x7f%010x>"),
    ('KeyError', "'currency'"),
    ('redis.exceptions.ConnectionError', 'Error 111 connecting to redis.data.svc.cluster.local:6379. Connection refused.'),
    ('ValueError', 'could not convert string to float: \'N/A\''),
]


def py_traceback(r, cat):
    svc = r.choice(cat.by_lang['python'])
    exc, msg = r.choice(PY_EXC)
    if '%d' in msg:
        msg = msg % (r.randrange(1, 40), sku(r))
    elif '%010x' in msg:
        msg = msg % r.getrandbits(40)
    lines = ['Traceback (most recent call last):']
    fr = r.sample(PY_TB, r.randrange(2, 6))
    app = [('/app/app/%s.py' % r.choice(('services/recommend', 'workers/reports', 'pricing/engine', 'media/resize', 'api/routes', 'clients/http')), r.randrange(20, 400),
            r.choice(('handle', 'run', 'compute_prices', 'resize', 'get_recommendations', 'fetch')), r.choice(('result = self._client.get(url, timeout=self.timeout)', 'session.execute(stmt)', 'img = Image.open(buf)', 'price = float(row["price"])', 'obj = s3.get_object(Bucket=bucket, Key=key)')))
           for _ in range(r.randrange(1, 4))]
    for f, ln, fn, code in app + fr:
        lines.append('  File "%s", line %d, in %s' % (f, ln, fn))
        lines.append('    ' + code)
    lines.append('%s: %s' % (exc, msg))
    pre = [TS_ISO_SP_COMMA, ' - %s - ERROR - %s\n' % (r.choice(PY_LOGGERS), r.choice(('Unhandled exception', 'Task failed', 'Exception in ASGI application', 'Error processing batch %d' % r.randrange(1, 9000))))]
    return pre + ['\n'.join(lines) + '\n']


def logrus(r, cat):
    svc = r.choice(cat.by_lang['go'])
    lvl, msg, extra = go_event(r, svc)
    return ['time="', TS_ISO_T_S_Z, '" level=%s msg="%s" %s\n' % ({'warn': 'warning'}.get(lvl, lvl), msg, _kv_text(extra))]


def slog_text(r, cat):
    svc = r.choice(cat.by_lang['go'])
    lvl, msg, extra = go_event(r, svc)
    return ['time=', TS_ISO_T_MS_Z, ' level=%s msg="%s" %s\n' % (lvl.upper(), msg, _kv_text(extra))]


def go_std(r, cat):
    svc = r.choice(cat.by_lang['go'])
    m = r.choice(('listening on :%d' % svc.port, 'http: TLS handshake error from %s:%d: EOF' % (pod_ip(r), eph_port(r)),
                  'http: superfluous response.WriteHeader call from main.(*statusRecorder).WriteHeader (middleware.go:%d)' % r.randrange(20, 90),
                  'connected to postgres at postgres.data.svc.cluster.local:5432 (pool max=20)', 'received signal terminated, shutting down',
                  'http: Accept error: accept tcp [::]:%d: accept4: too many open files; retrying in 5ms' % svc.port, 'config loaded from /etc/%s/config.yaml (rev %s)' % (svc.name, hexs(r, 7))))
    return [TS_GO_STD, ' ' + m + '\n']


def grpc_go(r, cat):
    lvl = r.choice(('INFO', 'INFO', 'INFO', 'WARNING'))
    ch = r.randrange(1, 40)
    m = r.choice(('[core] [Channel #%d SubChannel #%d] Subchannel Connectivity change to %s' % (ch, ch + 1, r.choice(('CONNECTING', 'READY', 'IDLE', 'TRANSIENT_FAILURE'))),
                  '[core] [Channel #%d] Channel Connectivity change to %s' % (ch, r.choice(('CONNECTING', 'READY', 'IDLE'))),
                  '[core] [Channel #%d] original dial target is: "dns:///rates-engine.logistics.svc.cluster.local:9090"' % ch,
                  '[core] [Channel #%d SubChannel #%d] Subchannel picks a new address "%s:9090" to connect' % (ch, ch + 1, pod_ip(r)),
                  '[transport] [server-transport %#x] Closing: EOF' % (0xc000000000 + r.getrandbits(28)),
                  '[core] [Server #%d ListenSocket #%d] ListenSocket created' % (ch, ch + 1),
                  '[core] [Channel #%d SubChannel #%d] grpc: addrConn.createTransport failed to connect to {Addr: "%s:9090", ServerName: "rates-engine.logistics.svc.cluster.local:9090", }. Err: connection error: desc = "transport: Error while dialing: dial tcp %s:9090: connect: connection refused"' % (ch, ch + 1, pod_ip(r), pod_ip(r))))
    return ['%s: ' % lvl, TS_GO_STD, ' ' + m + '\n']


def klog_controller(r, cat):
    svc = r.choice(cat.services)
    lvl = r.choice('IIIIW')
    m = r.choice(('"Reconciling" controller="deployment" namespace="%s" name="%s" reconcileID="%s"' % (svc.ns, svc.name, uuid4(r)),
                  '"Successfully synced" key="%s/%s"' % (svc.ns, svc.name),
                  '"Event occurred" object="%s/%s" fieldPath="" kind="Deployment" apiVersion="apps/v1" type="Normal" reason="ScalingReplicaSet" message="Scaled up replica set %s-%s to %d"' % (svc.ns, svc.name, svc.name, svc.rs_hash, r.randrange(1, 6)),
                  '"Lease acquired" lease="kube-system/%s-leader"' % r.choice(('cluster-autoscaler', 'external-dns', 'cert-manager-controller')),
                  'Trace[%d]: "Reflector ListAndWatch" name:k8s.io/client-go/informers/factory.go:159 (%s) (total time: %dms):' % (r.randrange(10**8, 2 * 10**9), '14-Mar-2024', r.randrange(10000, 60000))))
    return [lvl, TS_KLOG, '       1 %s:%d] %s\n' % (r.choice(('controller.go', 'reflector.go', 'leaderelection.go', 'event.go', 'trace.go')), r.randrange(50, 900), m)]


def go_panic(r, cat):
    svc = r.choice(cat.by_lang['go'])
    mod = 'github.com/example/%s' % svc.name
    lines = [r.choice(('panic: runtime error: invalid memory address or nil pointer dereference', 'panic: runtime error: index out of range [%d] with length %d' % (r.randrange(1, 9), r.randrange(0, 2)),
                       'panic: assignment to entry in nil map', 'fatal error: concurrent map writes'))]
    if 'nil pointer' in lines[0]:
        lines.append('[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]' % (r.choice((0, 8, 0x18, 0x30)), 0x400000 + r.getrandbits(22)))
    lines.append('')
    lines.append('goroutine %d [running]:' % r.randrange(1, 9000))
    for _ in range(r.randrange(3, 8)):
        fn = r.choice(('internal/carrier.(*Client).Quote', 'internal/quote.(*Service).Compute', 'internal/worker.(*Pool).run.func1', 'server.(*Handler).ServeHTTP', 'internal/index.(*Bulk).Add'))
        lines.append('%s/%s(%s)' % (mod, fn, ', '.join('0x%x' % r.getrandbits(36) for _ in range(r.randrange(1, 4)))))
        lines.append('\t/src/%s/%s.go:%d +0x%x' % (fn.split('.')[0], r.choice(('client', 'service', 'pool', 'handler', 'bulk')), r.randrange(20, 400), r.getrandbits(10)))
    lines.append('net/http.serverHandler.ServeHTTP({0x%x?}, {0x%x, 0x%x}, 0x%x)' % (r.getrandbits(36), r.getrandbits(24), r.getrandbits(36), r.getrandbits(36)))
    lines.append('\t/usr/local/go/src/net/http/server.go:3137 +0x8e')
    lines.append('created by net/http.(*Server).Serve in goroutine 1')
    lines.append('\t/usr/local/go/src/net/http/server.go:3285 +0x4b4')
    return ['\n'.join(lines) + '\n']


def winston_text(r, cat):
    svc = r.choice(cat.by_lang['node'])
    lvl, msg, extra = node_event(r, svc)
    import json
    if r.random() < 0.5:
        return ['%s: %s %s\n' % (lvl, msg, json.dumps(dict(extra, service=svc.name), separators=(',', ':')))]
    return [TS_ISO_T_MS_Z, ' [%s] %s: %s %s\n' % (svc.name, lvl, msg, _kv_text(extra))]


def nest(r, cat):
    svc = r.choice(cat.by_lang['node'])
    k = r.randrange(5)
    ctx, m = r.choice((('RouterExplorer', 'Mapped {/api/%s, %s} route' % (r.choice(('orders/:id', 'cart', 'cart/items', 'checkout', 'health')), r.choice(('GET', 'POST', 'DELETE')))),
                       ('RoutesResolver', '%sController {/api/%s}:' % (r.choice(('Cart', 'Checkout', 'Health', 'Orders')), r.choice(('cart', 'checkout', 'health', 'orders')))),
                       ('InstanceLoader', '%sModule dependencies initialized' % r.choice(('Config', 'Redis', 'Cart', 'Http', 'Terminus'))),
                       ('NestApplication', 'Nest application successfully started'),
                       ('CartService', 'Cart %s merged into %s (%d items)' % (uuid4(r), uuid4(r), r.randrange(1, 9)))))
    lvl = 'LOG' if k < 4 else r.choice(('WARN', 'ERROR', 'DEBUG'))
    return ['[Nest] %d  - ' % svc.pid, TS_NEST, '   %5s [%s] %s +%dms\n' % (lvl, ctx, m, r.randrange(0, 40))]


def node_error(r, cat):
    code = r.choice(('ECONNREFUSED', 'ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT'))
    st = node_stack(r, code, pod_ip(r), r.choice((6379, 8080, 3000)))
    return [TS_ISO_T_MS_Z, ' [error]: Unhandled rejection ' + st + '\n']


def sidekiq(r, cat):
    cls = r.choice(('InvoiceMailerJob', 'ExportOrdersJob', 'SyncStockJob', 'WebhookDeliveryJob', 'ReindexProductJob'))
    jid = hexs(r, 24)
    tid = format(r.getrandbits(24), 'x')
    k = r.randrange(3)
    if k == 0:
        return [TS_ISO_T_MS_Z, ' pid=%d tid=%s class=%s jid=%s INFO: start\n' % (r.randrange(7, 40), tid, cls, jid)]
    if k == 1:
        return [TS_ISO_T_MS_Z, ' pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done\n' % (r.randrange(7, 40), tid, cls, jid, r.random() * 5)]
    return [TS_ISO_T_MS_Z, ' pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: fail\n' % (r.randrange(7, 40), tid, cls, jid, r.random() * 30)] + \
        [TS_ISO_T_MS_Z, ' pid=%d tid=%s WARN: %s\n' % (r.randrange(7, 40), tid, r.choice(('Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>', 'ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected',
                                                                                        'Redis::CannotConnectError: Error connecting to Redis on redis.data.svc.cluster.local:6379 (Errno::ECONNREFUSED)')))]


# ---------------------------------------------------------------------------
# leaky app logs
# ---------------------------------------------------------------------------
def leak_py_email(r, cat):
    lg = r.choice(PY_LOGGERS)
    m = r.choice(('Sending digest to ', 'Report %s shared with ' % uuid4(r), 'Invalid address in feed row %d: ' % r.randrange(1, 90000), 'Unsubscribed '))
    return [TS_ISO_SP_COMMA, ' - %s - INFO - %s' % (lg, m), V('email'), '\n']


def leak_celery_args(r, cat):
    tid = uuid4(r)
    return ['[', TS_ISO_SP_COMMA, ": INFO/MainProcess] Task app.tasks.send_welcome_email[%s] received args=('" % tid, V('email'), "',) kwargs={'locale': 'de-DE'}\n"]


def leak_http_client_debug(r, cat):
    """http.client debuglevel=1 dumps request bytes including the Authorization header."""
    host = r.choice(('api.example.com', 'psp-sandbox.example.com', 'catalog-service.shop.svc.cluster.local:8080'))
    return ["send: b'GET /v1/%s HTTP/1.1\\r\\nHost: %s\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer " % (r.choice(('orders', 'reports/daily', 'prices')), host),
            V(r.choice(('jwt', 'bearer_token'))), "\\r\\n\\r\\n'\n"]


def leak_go_sms(r, cat):
    return ['time="', TS_ISO_T_S_Z, '" level=info msg="sending sms" provider=%s to="' % r.choice(('twilio', 'messagebird')), V('phone'), '" template=delivery_window shipment_id=%s\n' % order_id(r)]


def leak_go_dsn(r, cat):
    return [TS_GO_STD, ' connecting to postgres://shipping:', V('password'), '@postgres.data.svc.cluster.local:5432/shipping?sslmode=disable\n']


def leak_node_user(r, cat):
    svc = r.choice(cat.by_lang['node'])
    return [TS_ISO_T_MS_Z, ' [%s] info: checkout started email=' % svc.name, V('email'), ' cartId=%s items=%d\n' % (uuid4(r), r.randrange(1, 9))]


def leak_py_card(r, cat):
    return [TS_ISO_SP_COMMA, " - app.clients.http - DEBUG - POST https://psp-sandbox.example.com/v1/tokens body={'card_number': '", V('card'), "', 'exp': '%02d/%d', 'cvc': '***'}\n" % (r.randrange(1, 13), r.randrange(25, 31))]


def leak_py_aws(r, cat):
    return [TS_ISO_SP_COMMA, ' - botocore.credentials - DEBUG - Using static credentials: access_key=', V('aws_key_id'), ' secret_key=', V('aws_secret'), '\n']


def leak_go_github(r, cat):
    return ['time=', TS_ISO_T_MS_Z, ' level=DEBUG msg="cloning config repo" url=https://x-access-token:', V('github_token'), '@github.com/example/deploy-config.git ref=main\n']


def leak_uvicorn_ip(r, cat):
    return ['INFO:     ', V('ipv4_public'), ':%d - "GET /v1/recommendations?sku=%s&limit=12 HTTP/1.1" 200 OK\n' % (eph_port(r), sku(r))]


CLEAN = [
    ('app.py_logging', 0.20, py_logging, 10),
    ('app.sqlalchemy', 0.04, sqlalchemy_echo, 6),
    ('app.gunicorn', 0.02, gunicorn, 3),
    ('app.uvicorn', 0.10, uvicorn_access, 20),
    ('app.django', 0.03, django_runserver, 10),
    ('app.celery', 0.08, celery, 10),
    ('app.py_traceback', 0.04, py_traceback, 1),
    ('app.logrus', 0.11, logrus, 12),
    ('app.slog_text', 0.08, slog_text, 12),
    ('app.go_std', 0.02, go_std, 3),
    ('app.grpc_go', 0.04, grpc_go, 6),
    ('app.klog', 0.04, klog_controller, 6),
    ('app.go_panic', 0.01, go_panic, 1),
    ('app.winston_text', 0.09, winston_text, 10),
    ('app.nest', 0.04, nest, 8),
    ('app.node_error', 0.02, node_error, 1),
    ('app.sidekiq', 0.04, sidekiq, 10),
]

LEAKS = [
    (('email',), 8, leak_py_email),
    (('email',), 5, leak_celery_args),
    (('jwt', 'bearer_token'), 4, leak_http_client_debug),
    (('phone',), 4, leak_go_sms),
    (('password',), 3, leak_go_dsn),
    (('email',), 6, leak_node_user),
    (('card',), 3, leak_py_card),
    (('aws_key_id', 'aws_secret'), 1, leak_py_aws),
    (('github_token',), 1, leak_go_github),
    (('ipv4_public',), 6, leak_uvicorn_ip),
]
