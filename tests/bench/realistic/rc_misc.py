"""Misc output: JVM GC logs (unified -Xlog:gc* and JDK 8 PrintGCDetails), CI
job output (GitHub Actions timestamps, Maven, npm, Gradle, docker buildx),
curl -v transcripts, Redis server log and MONITOR output, MongoDB 4.4+
structured JSON logs.
"""
import sys
sys.dont_write_bytecode = True

from rc_util import (V, TSM, to_pieces, jdumps, TS_ISO_T_MS_OFF4, TS_UPTIME, TS_ISO_T_7_Z, TS_REDIS, TS_EPOCH_US_DOT,
                     TS_ISO_T_MS_OFF, TS_HTTP_DATE, hexs, uuid4, git_sha, digest, order_id, sku, pod_ip, private_ip,
                     eph_port, svc_ip, api_request, user_agent, b64)


def gc_unified(r, cat):
    n = r.randrange(1, 9000)
    heap = r.choice((256, 512, 1024, 2048))
    before = r.randrange(heap // 4, heap)
    after = r.randrange(heap // 10, max(heap // 10 + 1, before // 2))
    k = r.randrange(6)
    def L(tags, msg):
        return ['[', TS_ISO_T_MS_OFF4, '][', TS_UPTIME, 's][info][%s] GC(%d) %s\n' % (tags, n, msg)]
    if k < 3:
        out = L('gc,start', 'Pause Young (Normal) (G1 Evacuation Pause)')
        out += L('gc,task', 'Using %d workers of %d for evacuation' % (r.randrange(1, 3), 2))
        out += L('gc,phases', '  Pre Evacuate Collection Set: %.1fms' % (r.random() / 5))
        out += L('gc,phases', '  Merge Heap Roots: %.1fms' % (r.random() / 5))
        out += L('gc,phases', '  Evacuate Collection Set: %.1fms' % (r.random() * 8))
        out += L('gc,phases', '  Post Evacuate Collection Set: %.1fms' % (r.random()))
        out += L('gc,phases', '  Other: %.1fms' % (r.random() / 3))
        out += L('gc,heap', 'Eden regions: %d->0(%d)' % (r.randrange(5, 120), r.randrange(5, 120)))
        out += L('gc,heap', 'Survivor regions: %d->%d(%d)' % (r.randrange(0, 9), r.randrange(0, 9), r.randrange(5, 20)))
        out += L('gc,heap', 'Old regions: %d->%d' % (r.randrange(5, 300), r.randrange(5, 300)))
        out += L('gc,heap', 'Humongous regions: %d->%d' % (r.randrange(0, 9), r.randrange(0, 9)))
        mu, mc, cu, cc = r.randrange(60000, 180000), 0, r.randrange(8000, 20000), 0
        mc = mu + r.randrange(500, 4000)
        cc = cu + r.randrange(200, 2000)
        out += L('gc,metaspace', 'Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)->%dK(%dK) Class: %dK(%dK)->%dK(%dK)' % (
            mu, mc, mu, mc, mu - cu, mc - cc, mu - cu, mc - cc, cu, cc, cu, cc))
        out += L('gc', 'Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms' % (before, after, heap, r.random() * 20 + 0.5))
        out += L('gc,cpu', 'User=%.2fs Sys=%.2fs Real=%.2fs' % (r.random() / 20, r.random() / 50, r.random() / 50))
        return out
    if k < 4:
        return L('gc', 'Pause Remark %dM->%dM(%dM) %.3fms' % (before, after, heap, r.random() * 10)) + L('gc,cpu', 'User=%.2fs Sys=%.2fs Real=%.2fs' % (r.random() / 20, r.random() / 50, r.random() / 50))
    if k < 5:
        return L('gc', 'Concurrent Mark Cycle %.3fms' % (r.random() * 300)) + L('gc', 'Pause Cleanup %dM->%dM(%dM) %.3fms' % (before, before, heap, r.random()))
    return ['[', TS_ISO_T_MS_OFF4, '][', TS_UPTIME, 's][info][safepoint] Safepoint "%s", Time since last: %d ns, Reaching safepoint: %d ns, Cleanup: %d ns, At safepoint: %d ns, Total: %d ns\n' % (
        r.choice(('G1CollectForAllocation', 'Cleanup', 'ICBufferFull', 'HandshakeAllThreads')), r.randrange(10**6, 10**10), r.randrange(1000, 900000), r.randrange(1000, 90000), r.randrange(1000, 9 * 10**6), r.randrange(10**4, 10**7))]


def gc_jdk8(r, cat):
    y1, y2, yc = r.randrange(50000, 400000), r.randrange(2000, 40000), r.randrange(400000, 600000)
    h1, h2, hc = r.randrange(400000, 900000), r.randrange(100000, 400000), r.randrange(1000000, 2000000)
    t = r.random() / 20
    return [TS_ISO_T_MS_OFF4, ': ', TS_UPTIME, ': [GC (Allocation Failure) [PSYoungGen: %dK->%dK(%dK)] %dK->%dK(%dK), %.7f secs] [Times: user=%.2f sys=%.2f, real=%.2f secs] \n' % (
        y1, y2, yc, h1, h2, hc, t, t * 2, t / 5, t)]


CI_STEPS = ['Run actions/checkout@v4', 'Run actions/setup-java@v4', 'Run actions/setup-node@v4', 'Run actions/cache@v4', 'Run ./mvnw -B verify',
            'Run npm ci', 'Run npm test -- --ci', 'Run docker/build-push-action@v5', 'Run go test ./... -race -count=1', 'Run make integration-test']


def ci_line(r, cat):
    k = r.randrange(22)
    if k < 2:
        body = '##[group]%s' % r.choice(CI_STEPS)
    elif k < 3:
        body = '##[endgroup]'
    elif k < 6:
        g = r.choice(('org/springframework/boot/spring-boot-starter-web/3.2.4/spring-boot-starter-web-3.2.4.pom', 'com/fasterxml/jackson/core/jackson-databind/2.15.4/jackson-databind-2.15.4.jar',
                      'org/postgresql/postgresql/42.7.3/postgresql-42.7.3.jar', 'org/testcontainers/kafka/1.19.7/kafka-1.19.7.jar', 'io/micrometer/micrometer-core/1.12.4/micrometer-core-1.12.4.jar',
                      'org/apache/kafka/kafka-clients/3.6.1/kafka-clients-3.6.1.jar', 'org/hibernate/orm/hibernate-core/6.4.4.Final/hibernate-core-6.4.4.Final.jar'))
        body = r.choice(('[INFO] Downloading from central: https://repo.maven.apache.org/maven2/%s' % g,
                         '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/%s (%d kB at %.1f MB/s)' % (g, r.randrange(2, 9000), r.random() * 30)))
    elif k < 8:
        cls = r.choice(('OrderServiceTest', 'OrderControllerIT', 'ReservationServiceTest', 'KafkaListenerIT', 'PaymentFlowIT', 'JwtIssuerTest', 'OutboxRelayTest'))
        body = '[INFO] Tests run: %d, Failures: %d, Errors: 0, Skipped: %d, Time elapsed: %.3f s - in com.example.%s' % (r.randrange(1, 80), r.choice((0, 0, 0, 1)), r.randrange(0, 3), r.random() * 40, cls)
    elif k < 9:
        body = '[INFO] --- %s ---' % r.choice(('maven-surefire-plugin:3.2.5:test (default-test) @ orders-service', 'jacoco-maven-plugin:0.8.11:report (report) @ orders-service',
                                              'maven-failsafe-plugin:3.2.5:integration-test (default) @ payment-service', 'spring-boot-maven-plugin:3.2.4:repackage (repackage) @ catalog-service'))
    elif k < 11:
        step = r.randrange(1, 12)
        body = r.choice(('#%d [build %d/9] RUN npm ci --omit=dev' % (step + 5, step), '#%d [build %d/9] COPY --chown=app:app . .' % (step + 5, step),
                         '#%d DONE %.1fs' % (step + 5, r.random() * 60), '#%d sha256:%s %.2fMB / %.2fMB %.1fs done' % (step + 5, hexs(r, 64), r.random() * 90, r.random() * 90 + 90, r.random() * 9),
                         '#%d exporting manifest %s done' % (step + 5, digest(r)), '#%d pushing layers %.1fs done' % (step + 5, r.random() * 30),
                         '#%d [internal] load metadata for docker.io/library/eclipse-temurin:17-jre-jammy' % step, '#%d CACHED' % (step + 5)))
    elif k < 12:
        body = r.choice(('HEAD is now at %s Merge pull request #%d from example/feature/%s' % (hexs(r, 7), r.randrange(100, 9000), r.choice(('outbox-relay', 'jwt-rotation', 'stock-locking', 'bump-deps'))),
                         '/usr/bin/git checkout --progress --force -B main refs/remotes/origin/main', "Switched to a new branch 'main'",
                         "branch 'main' set up to track 'origin/main'.", '[command]/usr/bin/git log -1 --format=%%H\n%s' % git_sha(r)))
    elif k < 14:
        body = r.choice(('npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.',
                         'added %d packages, and audited %d packages in %ds' % (r.randrange(300, 1800), r.randrange(300, 1800), r.randrange(5, 90)),
                         '%d packages are looking for funding' % r.randrange(50, 300),
                         'PASS src/%s.test.ts (%.3f s)' % (r.choice(('cart/cart.service', 'checkout/checkout.controller', 'lib/upstream', 'utils/money')), r.random() * 9),
                         'Tests:       %d passed, %d total' % ((lambda x: (x, x))(r.randrange(20, 600))),
                         'ok  \tgithub.com/example/shipping-api/internal/%s\t%.3fs\tcoverage: %.1f%% of statements' % (r.choice(('carrier', 'quote', 'store', 'worker')), r.random() * 9, r.random() * 100)))
    elif k < 16:
        body = r.choice(('Digest: %s' % digest(r), 'Status: Downloaded newer image for %s' % r.choice(('postgres:16-alpine', 'confluentinc/cp-kafka:7.6.0', 'redis:7.2', 'testcontainers/ryuk:0.6.0')),
                         '%s: Pull complete' % hexs(r, 12), '%s: Waiting' % hexs(r, 12), '%s: Pushed' % hexs(r, 12),
                         '%s: digest: %s size: %d' % (r.choice(('1.14.2', 'main-%s' % hexs(r, 7), 'pr-%d' % r.randrange(100, 9000))), digest(r), r.randrange(1000, 4000))))
    elif k < 17:
        body = r.choice(('Creating container %s ... done' % hexs(r, 12), 'Container integration-kafka-1  Healthy', 'Container integration-postgres-1  Started',
                         'Network integration_default  Created', 'Waiting for services to be healthy (%d/%d)' % (r.randrange(1, 9), 9)))
    elif k < 18:
        body = '> Task :%s' % r.choice(('compileJava', 'processResources', 'test', 'jacocoTestReport', 'bootJar', 'integrationTest'))
    elif k < 19:
        body = r.choice(('Cache restored from key: %s-maven-%s' % (r.choice(('Linux', 'linux-x64')), hexs(r, 64)), 'Cache saved with key: node-cache-Linux-npm-%s' % hexs(r, 64),
                         'Received %d of %d (100.0%%), %.1f MBs/sec' % ((lambda x: (x, x, r.random() * 90))(r.randrange(10**6, 10**9)))))
    elif k < 20:
        body = r.choice(('Run go test ./... -race -count=1', '=== RUN   Test%s' % r.choice(('QuoteCache', 'BulkFlush', 'CarrierRetry', 'Handler/not_found')), '--- PASS: Test%s (%.2fs)' % (r.choice(('QuoteCache', 'BulkFlush', 'CarrierRetry')), r.random() * 3)))
    elif k < 21:
        body = r.choice(('Attaching to integration-orders-service-1, integration-payment-service-1', 'Post job cleanup.', 'Cleaning up orphan processes',
                         '/usr/bin/docker buildx build --platform linux/amd64 --cache-from type=gha --cache-to type=gha,mode=max --tag registry.example.com/shop/orders-service:%s --push .' % hexs(r, 7)))
    else:
        body = r.choice(('env:\n  JAVA_HOME: /opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/17.0.10-7/x64\n  MAVEN_OPTS: -Xmx2g\n  TESTCONTAINERS_RYUK_DISABLED: false',
                         'Job defined at: example/shop-platform/.github/workflows/ci.yml@refs/heads/main', 'Runner name: \'ci-runner-03\'', 'Uploading artifact \'surefire-reports\' (%d files)' % r.randrange(10, 200)))
    if r.random() < 0.8:
        return [TS_ISO_T_7_Z, ' ' + body.replace('\n', '\n') + '\n']
    return [body + '\n']


def curl_v(r, cat):
    svc = r.choice(cat.services)
    m, p = api_request(r, svc)
    internal = r.random() < 0.6
    lines = []
    if internal:
        host = '%s:%d' % (svc.dns, svc.port)
        ip = svc.cluster_ip
        lines.append('*   Trying %s:%d...' % (ip, svc.port))
        lines.append('* Connected to %s (%s) port %d' % (svc.dns, ip, svc.port))
    else:
        host = r.choice(('api.example.com', 'shop.example.com', 'psp-sandbox.example.com'))
        ip = private_ip(r)
        lines += ['*   Trying %s:443...' % ip, '* Connected to %s (%s) port 443' % (host, ip), '* ALPN: curl offers h2,http/1.1',
                  '* TLSv1.3 (OUT), TLS handshake, Client hello (1):', '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
                  '* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):', '* TLSv1.3 (IN), TLS handshake, Certificate (11):',
                  '* TLSv1.3 (IN), TLS handshake, CERT verify (15):', '* TLSv1.3 (IN), TLS handshake, Finished (20):',
                  '* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):', '* TLSv1.3 (OUT), TLS handshake, Finished (20):',
                  '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS', '* ALPN: server accepted http/1.1',
                  '* Server certificate:', '*  subject: CN=*.example.com', '*  start date: Jan %2d 00:00:00 2024 GMT' % r.randrange(1, 29),
                  '*  expire date: Apr %2d 23:59:59 2024 GMT' % r.randrange(1, 29), '*  subjectAltName: host "%s" matched cert\'s "*.example.com"' % host,
                  "*  issuer: C=US; O=Let's Encrypt; CN=R3", '*  SSL certificate verify ok.']
    lines += ['> %s %s HTTP/1.1' % (m, p), '> Host: %s' % host, '> User-Agent: curl/8.5.0', '> Accept: */*']
    if m in ('POST', 'PUT', 'PATCH'):
        lines += ['> Content-Type: application/json', '> Content-Length: %d' % r.randrange(20, 900)]
    status = r.choice(('200 ', '200 OK', '201 Created', '404 Not Found', '503 Service Unavailable', '401 Unauthorized'))
    lines += ['> ', '< HTTP/1.1 %s' % status]
    if status.startswith('401'):
        lines.append('< WWW-Authenticate: Bearer realm="%s", error="invalid_token", error_description="The access token expired"' % r.choice(('api', 'orders', 'shop')))
    lines += ['< Content-Type: application/json',
              '< Transfer-Encoding: chunked', '< X-Request-Id: %s' % uuid4(r)]
    pre = ['\n'.join(lines) + '\n< Date: ', TS_HTTP_DATE, '\n< \n{ [%d bytes data]\n* Connection #0 to host %s left intact\n' % (r.randrange(20, 9000), host.split(':')[0])]
    return pre


def redis_log(r, cat):
    pid = r.choice((1, 1, 1, r.randrange(20, 9000)))
    role = 'M' if pid == 1 else 'C'
    m = r.choice(('* Background saving started by pid %d' % r.randrange(20, 9000), '* DB saved on disk', '* Fork CoW for RDB: current %d MB, peak %d MB, average %d MB' % (r.randrange(0, 9), r.randrange(0, 9), r.randrange(0, 9)),
                  '* Background saving terminated with success', '* %d changes in %d seconds. Saving...' % (r.choice((1, 10, 100, 10000)), r.choice((60, 300, 3600))),
                  '* Ready to accept connections tcp', '# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.',
                  '* Connection with replica %s:6379 lost.' % pod_ip(r), '* Synchronization with replica %s:6379 succeeded' % pod_ip(r),
                  '# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo', '* Running mode=standalone, port=6379.'))
    return ['%d:%s ' % (pid, role), TS_REDIS, ' ' + m + '\n']


def redis_monitor(r, cat):
    db = r.choice((0, 0, 1, 2))
    addr = '%s:%d' % (pod_ip(r), eph_port(r))
    cmd = r.choice(('"GET" "cart:%s"' % uuid4(r), '"SETEX" "session:%s" "1800" "%s"' % (hexs(r, 32), b64(r, 48)), '"HGETALL" "product:%s"' % sku(r),
                    '"EXPIRE" "rate:%s:%d" "60"' % (hexs(r, 12), r.randrange(10**6)), '"INCR" "rate:%s:%d"' % (hexs(r, 12), r.randrange(10**6)),
                    '"PING"', '"AUTH" "(redacted)"', '"EVALSHA" "%s" "1" "lock:order:%s" "%s" "30000"' % (hexs(r, 40), order_id(r), uuid4(r)),
                    '"XADD" "stream:events" "*" "type" "cart_updated" "cart" "%s"' % uuid4(r), '"DEL" "lock:order:%s"' % order_id(r)))
    return [TS_EPOCH_US_DOT, ' [%d %s] %s\n' % (db, addr, cmd)]


def mongo_log(r, cat):
    k = r.randrange(5)
    if k == 0:
        o = {'t': {'$date': TSM(TS_ISO_T_MS_OFF)}, 's': 'I', 'c': 'NETWORK', 'id': 22943, 'ctx': 'listener', 'msg': 'Connection accepted',
             'attr': {'remote': '%s:%d' % (pod_ip(r), eph_port(r)), 'uuid': {'uuid': {'$uuid': uuid4(r)}}, 'connectionId': r.randrange(1, 90000), 'connectionCount': r.randrange(1, 300)}}
    elif k == 1:
        o = {'t': {'$date': TSM(TS_ISO_T_MS_OFF)}, 's': 'I', 'c': 'NETWORK', 'id': 51800, 'ctx': 'conn%d' % r.randrange(1, 90000), 'msg': 'client metadata',
             'attr': {'remote': '%s:%d' % (pod_ip(r), eph_port(r)), 'client': 'conn%d' % r.randrange(1, 90000), 'doc': {'driver': {'name': r.choice(('nodejs', 'mongo-java-driver|sync', 'PyMongo')), 'version': r.choice(('6.5.0', '4.11.1', '4.6.2'))},
                                                                                                       'os': {'type': 'Linux', 'name': 'linux', 'architecture': 'x64', 'version': '6.1.79'}, 'platform': r.choice(('Node.js v20.11.1, LE', 'Java/Eclipse Adoptium/17.0.10+7', 'CPython 3.11.8.final.0'))}}}
    elif k == 2:
        o = {'t': {'$date': TSM(TS_ISO_T_MS_OFF)}, 's': 'I', 'c': 'COMMAND', 'id': 51803, 'ctx': 'conn%d' % r.randrange(1, 90000), 'msg': 'Slow query',
             'attr': {'type': 'command', 'ns': 'catalog.products', 'command': {'find': 'products', 'filter': {'category': r.choice(('audio', 'garden', 'toys')), 'active': True}, 'sort': {'popularity': -1}, 'limit': 24, 'lsid': {'id': {'$uuid': uuid4(r)}}, '$db': 'catalog'},
                      'planSummary': r.choice(('COLLSCAN', 'IXSCAN { category: 1, popularity: -1 }')), 'keysExamined': r.randrange(0, 90000), 'docsExamined': r.randrange(0, 900000), 'nreturned': 24,
                      'queryHash': hexs(r, 8).upper(), 'planCacheKey': hexs(r, 8).upper(), 'reslen': r.randrange(1000, 90000), 'locks': {}, 'protocol': 'op_msg', 'durationMillis': r.randrange(100, 5000)}}
    elif k == 3:
        o = {'t': {'$date': TSM(TS_ISO_T_MS_OFF)}, 's': 'I', 'c': 'NETWORK', 'id': 22944, 'ctx': 'conn%d' % r.randrange(1, 90000), 'msg': 'Connection ended',
             'attr': {'remote': '%s:%d' % (pod_ip(r), eph_port(r)), 'uuid': {'uuid': {'$uuid': uuid4(r)}}, 'connectionId': r.randrange(1, 90000), 'connectionCount': r.randrange(1, 300)}}
    else:
        o = {'t': {'$date': TSM(TS_ISO_T_MS_OFF)}, 's': 'I', 'c': 'STORAGE', 'id': 22430, 'ctx': 'Checkpointer', 'msg': 'WiredTiger message',
             'attr': {'message': {'ts_sec': 1710000000 + r.randrange(10**7), 'ts_usec': r.randrange(10**6), 'thread': '1:0x7f%010x' % r.getrandbits(40), 'message': '[WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: %d' % (r.randrange(10**5), r.randrange(10**5), r.randrange(10**6))}}}
    return to_pieces(jdumps(o) + '\n')


# ---------------------------------------------------------------------------
# leaky misc records
# ---------------------------------------------------------------------------
def leak_ci_env(r, cat):
    k = r.randrange(5) if r.random() < 0.97 else 5
    if k == 0:
        return [TS_ISO_T_7_Z, ' + export AWS_ACCESS_KEY_ID=', V('aws_key_id'), '\n', TS_ISO_T_7_Z, ' + export AWS_SECRET_ACCESS_KEY=', V('aws_secret'), '\n']
    if k == 1:
        return [TS_ISO_T_7_Z, ' + git clone https://x-access-token:', V('github_token'), '@github.com/example/deploy-config.git /tmp/deploy-config\n']
    if k == 2:
        return [TS_ISO_T_7_Z, ' + docker login -u ci-bot -p ', V('password'), ' registry.example.com\n', TS_ISO_T_7_Z, ' WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n']
    if k == 3:
        return [TS_ISO_T_7_Z, ' + curl -sS -X POST -H "Authorization: Bearer ', V('slack_token'), '" -H "Content-type: application/json" --data @payload.json https://slack.com/api/chat.postMessage\n']
    if k == 4:
        return [TS_ISO_T_7_Z, ' STRIPE_SECRET_KEY=', V('stripe_key'), '\n']
    return [TS_ISO_T_7_Z, ' + echo "$DEPLOY_KEY"\n', V('private_key'), '\n']


def leak_curl_auth(r, cat):
    svc = r.choice(cat.services)
    m, p = api_request(r, svc)
    host = r.choice(('api.example.com', 'shop.example.com'))
    kind = r.choice(('jwt', 'jwt', 'bearer_token', 'stripe_key'))
    hdr = '> Authorization: Bearer ' if kind != 'stripe_key' else '> Authorization: Bearer '
    return ['*   Trying %s:443...\n* Connected to %s (%s) port 443\n> %s %s HTTP/1.1\n> Host: %s\n> User-Agent: curl/8.5.0\n> Accept: */*\n%s' % (private_ip(r), host, private_ip(r), m, p, host, hdr),
            V(kind), '\n> \n< HTTP/1.1 200 OK\n< Content-Type: application/json\n< Date: ', TS_HTTP_DATE, '\n< \n{ [%d bytes data]\n* Connection #0 to host %s left intact\n' % (r.randrange(20, 9000), host)]


def leak_redis_monitor(r, cat):
    addr = '%s:%d' % (pod_ip(r), eph_port(r))
    kind = r.choice(('email', 'email', 'phone', 'jwt'))
    if kind == 'jwt':
        return [TS_EPOCH_US_DOT, ' [0 %s] "SETEX" "token:%s" "900" "' % (addr, hexs(r, 16)), V('jwt'), '"\n']
    return [TS_EPOCH_US_DOT, ' [0 %s] "HSET" "customer:%d" "%s" "' % (addr, r.randrange(10000, 9999999), kind), V(kind), '"\n']


def leak_mongo(r, cat):
    o = {'t': {'$date': TSM(TS_ISO_T_MS_OFF)}, 's': 'I', 'c': 'COMMAND', 'id': 51803, 'ctx': 'conn%d' % r.randrange(1, 90000), 'msg': 'Slow query',
         'attr': {'type': 'command', 'ns': 'crm.customers', 'command': {'find': 'customers', 'filter': {'email': '\ue000Vemail\ue000'}, 'limit': 1, '$db': 'crm'},
                  'planSummary': 'COLLSCAN', 'keysExamined': 0, 'docsExamined': r.randrange(10**4, 10**6), 'nreturned': 1, 'durationMillis': r.randrange(100, 3000)}}
    return to_pieces(jdumps(o) + '\n')


CLEAN = [
    ('misc.gc_unified', 0.24, gc_unified, 2),
    ('misc.gc_jdk8', 0.05, gc_jdk8, 6),
    ('misc.ci', 0.25, ci_line, 30),
    ('misc.curl_v', 0.14, curl_v, 1),
    ('misc.redis', 0.08, redis_log, 6),
    ('misc.redis_monitor', 0.10, redis_monitor, 25),
    ('misc.mongo', 0.14, mongo_log, 8),
]

LEAKS = [
    (('aws_key_id', 'github_token', 'password', 'slack_token', 'stripe_key', 'private_key'), 8, leak_ci_env),
    (('jwt', 'bearer_token', 'stripe_key'), 5, leak_curl_auth),
    (('email', 'phone', 'jwt'), 5, leak_redis_monitor),
    (('email',), 3, leak_mongo),
]
