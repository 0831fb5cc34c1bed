"""bearer tokens: load-test tools, APM events, crash dumps, mesh/gateway logs, OAuth responses, SDK code, CI logs"""
import json
from gen_common import *

HOSTS = ["api.brightwater.io", "orders.nordvik-logistik.se", "gw.corvid-analytics.com", "billing.tidewell.co.uk", "core.sisu-data.fi"]
PATHS = ["/v2/orders", "/v1/invoices?limit=50", "/api/shipments/track", "/internal/reports/daily", "/v3/customers/search", "/graphql"]


def tok(d, shape=None):
    return d.fresh(opaque_token, shape)


def jw(d, size=None, alg=None):
    return d.fresh(lambda r: jwt(r, size, alg))


def any_bearer(d):
    """returns (category, token)"""
    x = d.r.random()
    if x < 0.35:
        return "jwt|bearer-token", jw(d, d.r.choice([None, 600, 1100, 1800]))
    if x < 0.42:
        return "bearer-token", d.fresh(jwe)
    return "bearer-token", tok(d)


# ---------------- load-test tools ----------------
def jmeter(d, i):
    c, t = any_bearer(d)
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">\n  <hashTree>\n',
        '    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="orders-soak">\n      <elementProp name="TestPlan.user_defined_variables" elementType="Arguments">\n',
        '        <collectionProp name="Arguments.arguments">\n          <elementProp name="HOST" elementType="Argument"><stringProp name="Argument.name">HOST</stringProp><stringProp name="Argument.value">%s</stringProp></elementProp>\n' % d.r.choice(HOSTS),
        '          <elementProp name="RUN_ID" elementType="Argument"><stringProp name="Argument.name">RUN_ID</stringProp><stringProp name="Argument.value">%s</stringProp></elementProp>\n' % uuid(d.r),
        '        </collectionProp>\n      </elementProp>\n    </TestPlan>\n    <hashTree>\n',
        '      <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">\n        <collectionProp name="HeaderManager.headers">\n',
        '          <elementProp name="" elementType="Header"><stringProp name="Header.name">Authorization</stringProp><stringProp name="Header.value">Bearer %s</stringProp></elementProp>\n' % d.L(c, t),
        '          <elementProp name="" elementType="Header"><stringProp name="Header.name">X-Request-Id</stringProp><stringProp name="Header.value">${__UUID()}</stringProp></elementProp>\n')
    if i % 2:
        d.w('          <elementProp name="" elementType="Header"><stringProp name="Header.name">X-Api-Key</stringProp><stringProp name="Header.value">%s</stringProp></elementProp>\n' % d.L("generic-secret", d.fresh(gsecret)))
    d.w('        </collectionProp>\n      </HeaderManager>\n      <hashTree/>\n',
        '      <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="Headers (template)" enabled="false">\n        <collectionProp name="HeaderManager.headers">\n'
        '          <elementProp name="" elementType="Header"><stringProp name="Header.name">Authorization</stringProp><stringProp name="Header.value">Bearer ${ACCESS_TOKEN}</stringProp></elementProp>\n'
        '        </collectionProp>\n      </HeaderManager>\n    </hashTree>\n  </hashTree>\n</jmeterTestPlan>\n')


def gatling(d, i):
    c, t = any_bearer(d)
    d.w("package perf\n\nimport io.gatling.core.Predef._\nimport io.gatling.http.Predef._\nimport scala.concurrent.duration._\n\n",
        "class CheckoutSimulation extends Simulation {\n  // token minted %s for run %s\n" % ("2026-11-%02d" % d.r.randint(1, 28), rs(d.r, HEX, 12)),
        '  val httpProtocol = http\n    .baseUrl("https://%s")\n    .acceptHeader("application/json")\n' % d.r.choice(HOSTS),
        '    .authorizationHeader("Bearer %s")\n' % d.L(c, t),
        '    .userAgentHeader("gatling/3.11")\n\n  val scn = scenario("checkout")\n    .exec(http("list").get("%s").check(status.is(200)))\n' % d.r.choice(PATHS),
        '    .exec(http("legacy").get("/v1/ping").header("Authorization", "Bearer #{legacyToken}"))\n\n  setUp(scn.inject(rampUsers(%d).during(%d.minutes))).protocols(httpProtocol)\n}\n' % (d.r.randint(10, 500), d.r.randint(1, 30)))


def locust(d, i):
    t = tok(d)
    d.w("from locust import HttpUser, task, between\n\n",
        "# shared perf account, rotated weekly (see PERF-%d)\n" % d.r.randint(100, 999),
        'TOKEN = "%s"\n' % d.L("bearer-token|generic-secret", t),
        'TRACE_SEED = "%s"\n\n' % sha1(d.r),
        "class ApiUser(HttpUser):\n    wait_time = between(1, 3)\n    host = \"https://%s\"\n\n" % d.r.choice(HOSTS),
        "    def on_start(self):\n        self.client.headers.update({\"Authorization\": f\"Bearer {TOKEN}\"})\n\n",
        "    @task\n    def list_orders(self):\n        self.client.get(\"%s\")\n" % d.r.choice(PATHS))
    if i % 2:
        t2 = tok(d)
        d.w("\n    @task(2)\n    def admin(self):\n        self.client.get(\"/admin/stats\", headers={\"Authorization\": \"Bearer %s\"})\n" % d.L("bearer-token", t2))


def artillery(d, i):
    c, t = any_bearer(d)
    d.w("config:\n  target: \"https://%s\"\n  phases:\n    - duration: %d\n      arrivalRate: %d\n" % (d.r.choice(HOSTS), d.r.randint(60, 600), d.r.randint(1, 50)),
        "  defaults:\n    headers:\n      Authorization: \"Bearer %s\"\n      x-correlation-id: \"%s\"\n" % (d.L(c, t), uuid(d.r)),
        "  variables:\n    placeholderToken: \"Bearer {{ $processEnvironment.API_TOKEN }}\"\n",
        "scenarios:\n  - name: browse\n    flow:\n      - get:\n          url: \"%s\"\n" % d.r.choice(PATHS))


def vegeta(d, i):
    d.w("# vegeta attack -targets=targets.txt -rate=%d -duration=60s | vegeta report\n" % d.r.randint(10, 200))
    for _ in range(d.r.randint(2, 4)):
        c, t = any_bearer(d)
        d.w("GET https://%s%s\nAuthorization: Bearer %s\nX-Trace: %s\n\n" % (d.r.choice(HOSTS), d.r.choice(PATHS), d.L(c, t), rs(d.r, HEX, 32)))
    d.w("POST https://%s/v1/events\nAuthorization: Bearer <token>\nContent-Type: application/json\n@body.json\n" % d.r.choice(HOSTS))


def bench_history(d, i):
    lines = []
    n = 1200 + d.r.randint(0, 500)
    for k in range(d.r.randint(4, 7)):
        c, t = any_bearer(d)
        h = d.r.choice(HOSTS)
        f = d.r.choice([
            "hey -n 2000 -c 50 -H \"Authorization: Bearer %s\" https://%s/v2/orders",
            "ab -n 500 -c 20 -H 'Authorization: Bearer %s' https://%s/health/deep",
            "wrk -t4 -c64 -d30s -H \"Authorization: Bearer %s\" https://%s/v1/catalog",
            "oha -z 20s -H 'authorization: Bearer %s' https://%s/api/v1/items",
            "bombardier -c 125 -n 10000 -H \"Authorization: Bearer %s\" https://%s/search",
            "wget --header=\"Authorization: Bearer %s\" -O /dev/null https://%s/export.csv",
            "aria2c --header='Authorization: Bearer %s' https://%s/dumps/latest.tar.zst",
            "websocat -H='Authorization: Bearer %s' wss://%s/stream",
        ])
        lines.append("%5d  %s" % (n + k * 2, f % (d.L(c, t), h)))
        lines.append("%5d  %s" % (n + k * 2 + 1, d.r.choice(["ls -la", "git status", "echo $?", "history | tail", "hey -n 10 -H \"Authorization: Bearer $TOKEN\" https://%s/" % h, "curl -s https://%s/version" % h])))
    d.w("\n".join(lines) + "\n")


def hurl(d, i):
    c, t = any_bearer(d)
    d.w("# smoke.hurl -- run with: hurl --test --variable host=%s smoke.hurl\n" % d.r.choice(HOSTS),
        "GET https://{{host}}/v1/health\nHTTP 200\n\n",
        "GET https://{{host}}%s\nAuthorization: Bearer %s\nAccept: application/json\nHTTP 200\n[Asserts]\njsonpath \"$.items\" count > 0\n\n" % (d.r.choice(PATHS), d.L(c, t)),
        "POST https://{{host}}/v1/orders\nAuthorization: Bearer {{token}}\n{\n  \"sku\": \"SKU-%d\",\n  \"qty\": %d\n}\nHTTP 201\n" % (d.r.randint(10000, 99999), d.r.randint(1, 9)))


def karate(d, i):
    t = tok(d)
    d.w("Feature: invoice api\n\n  Background:\n    * url 'https://%s'\n" % d.r.choice(HOSTS),
        "    * def authToken = '%s'\n" % d.L("bearer-token|generic-secret", t),
        "    * configure headers = { Authorization: '#(\"Bearer \" + authToken)', 'X-Tenant': '%s' }\n\n" % uuid(d.r),
        "  Scenario: list invoices\n    Given path 'v1', 'invoices'\n    When method get\n    Then status 200\n")


def newman(d, i):
    c, t = any_bearer(d)
    d.w("newman\n\nbilling-api\n\n→ Get token\n  POST https://%s/oauth/token [200 OK, 1.2kB, %dms]\n" % (d.r.choice(HOSTS), d.r.randint(50, 400)),
        "  ✓  status is 200\n\n→ List invoices\n  GET https://%s/v1/invoices [200 OK, 14.1kB, %dms]\n" % (d.r.choice(HOSTS), d.r.randint(50, 400)),
        "  ┌\n  │ 'request headers', {\n  │   Authorization: 'Bearer %s',\n  │   'User-Agent': 'PostmanRuntime/7.39.0',\n  │   'Postman-Token': '%s'\n  │ }\n  └\n" % (d.L(c, t), uuid(d.r)),
        "  ✓  has items\n\n┌─────────────────────────┬──────────┬──────────┐\n│                         │ executed │   failed │\n├─────────────────────────┼──────────┼──────────┤\n│              iterations │        1 │        0 │\n└─────────────────────────┴──────────┴──────────┘\n")


# ---------------- APM / observability events ----------------
def datadog_event(d, i):
    c, t = any_bearer(d)
    ip = pub_ip(d.r)
    ev = {"id": "AY" + rs(d.r, ALNUM, 20), "content": {"timestamp": "2026-11-%02dT%02d:%02d:11.482Z" % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59)),
          "service": "checkout-api", "host": "i-%s" % rs(d.r, HEX, 17), "tags": ["env:prod", "version:4.%d.%d" % (d.r.randint(0, 20), d.r.randint(0, 9))],
          "attributes": {"http": {"method": "GET", "url": "https://%s%s" % (d.r.choice(HOSTS), d.r.choice(PATHS)), "status_code": 401,
                                  "request_headers": {"authorization": "Bearer " + d.L(c, t), "x-datadog-trace-id": str(d.r.getrandbits(63)), "user-agent": "okhttp/4.12.0"}},
                         "network": {"client": {"ip": d.L("ipv4", ip)}}, "dd": {"trace_id": str(d.r.getrandbits(63)), "span_id": str(d.r.getrandbits(63))},
                         "message": "token rejected: expired", "usr": {"id": uuid(d.r)}}}}
    d.w(jd({"data": [{"type": "log", "id": ev["id"], "attributes": ev["content"]}], "meta": {"page": {"after": b64url(rbytes(d.r, 30))}}}, indent=2) + "\n")


def otel_span(d, i):
    c, t = any_bearer(d)
    span = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "payments-gw"}}]},
            "scopeSpans": [{"scope": {"name": "io.opentelemetry.okhttp-3.0"}, "spans": [{"traceId": rs(d.r, HEX, 32), "spanId": rs(d.r, HEX, 16),
             "name": "GET", "kind": 3, "startTimeUnixNano": str(1764800000000000000 + d.r.getrandbits(40)),
             "attributes": [{"key": "http.request.method", "value": {"stringValue": "GET"}},
                            {"key": "url.full", "value": {"stringValue": "https://%s%s" % (d.r.choice(HOSTS), d.r.choice(PATHS))}},
                            {"key": "http.request.header.authorization", "value": {"arrayValue": {"values": [{"stringValue": "Bearer " + d.L(c, t)}]}}},
                            {"key": "http.request.header.x-b3-traceid", "value": {"arrayValue": {"values": [{"stringValue": rs(d.r, HEX, 32)}]}}},
                            {"key": "http.response.status_code", "value": {"intValue": "200"}}]}]}]}]}
    d.w(jd(span, indent=1) + "\n")


def zipkin(d, i):
    spans = []
    for _ in range(d.r.randint(2, 3)):
        c, t = any_bearer(d)
        spans.append({"traceId": rs(d.r, HEX, 16), "id": rs(d.r, HEX, 16), "kind": "CLIENT", "name": "post", "timestamp": 1764800000000000 + d.r.getrandbits(30),
                      "duration": d.r.randint(900, 90000), "localEndpoint": {"serviceName": "edge"},
                      "tags": {"http.method": "POST", "http.path": d.r.choice(PATHS), "http.header.authorization": "Bearer " + d.L(c, t), "http.status_code": "200"}})
    spans.append({"traceId": rs(d.r, HEX, 16), "id": rs(d.r, HEX, 16), "kind": "SERVER", "name": "get", "tags": {"http.header.authorization": "Bearer [redacted]"}})
    d.w(jd(spans) + "\n")


def sentry_event(d, i):
    c, t = any_bearer(d)
    ev = {"event_id": rs(d.r, HEX, 32), "level": "error", "platform": "python", "release": "api@%d.%d.%d" % (d.r.randint(1, 9), d.r.randint(0, 30), d.r.randint(0, 9)),
          "exception": {"values": [{"type": "HTTPError", "value": "401 Client Error: Unauthorized for url"}]},
          "request": {"url": "https://%s%s" % (d.r.choice(HOSTS), d.r.choice(PATHS)), "method": "GET",
                      "headers": [["Authorization", "Bearer " + d.L(c, t)], ["Cookie", "[Filtered]"], ["X-Request-Id", uuid(d.r)]]},
          "contexts": {"trace": {"trace_id": rs(d.r, HEX, 32), "span_id": rs(d.r, HEX, 16)}}, "sdk": {"name": "sentry.python", "version": "2.19.0"}}
    d.w(jd(ev, indent=2) + "\n")


def newrelic(d, i):
    rows = []
    for _ in range(d.r.randint(2, 4)):
        c, t = any_bearer(d)
        rows.append({"eventType": "Transaction", "appName": "crm-backend", "name": "WebTransaction/Go/GET %s" % d.r.choice(PATHS), "duration": round(d.r.random(), 4),
                     "request.headers.authorization": "Bearer " + d.L(c, t), "request.headers.host": d.r.choice(HOSTS), "guid": rs(d.r, HEX, 16),
                     "traceId": rs(d.r, HEX, 32), "timestamp": 1764800000000 + d.r.getrandbits(28)})
    d.w(jd({"results": [{"events": rows}], "metadata": {"eventTypes": ["Transaction"], "messages": []}}, indent=2) + "\n")


# ---------------- crash dumps ----------------
def hs_err(d, i):
    t = tok(d)
    ak, sk = d.fresh(aws_akid), d.fresh(aws_secret)
    pw = d.fresh(password)
    d.w("#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f%s, pid=%d, tid=%d\n#\n" % (rs(d.r, HEX, 10), d.r.randint(1000, 99999), d.r.randint(1000, 99999)),
        "# JRE version: OpenJDK Runtime Environment Temurin-21.0.%d+7 (21.0.%d+7) (build 21.0.%d+7-LTS)\n# Problematic frame:\n# C  [libzstd-jni-1.5.5-6%s.so+0x%s]\n#\n\n" % (i % 5, i % 5, i % 5, rs(d.r, DIG, 6), rs(d.r, HEX, 5)),
        "---------------  S Y S T E M  ---------------\n\nCommand Line: -Xmx4g -Dspring.profiles.active=prod -Dspring.datasource.password=%s app.jar\n\n" % d.L("password", pw),
        "Environment Variables:\nJAVA_HOME=/opt/java/openjdk\nPATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n",
        "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n" % (d.L("aws-access-key-id", ak), d.L("aws-secret-key", sk)),
        "API_TOKEN=%s\nGIT_COMMIT=%s\nHOSTNAME=%s\n\n" % (d.L("bearer-token|generic-secret", t), sha1(d.r), rs(d.r, LOWER + DIG, 10)),
        "Signal Handlers:\n   SIGSEGV: crash_handler in libjvm.so, mask=11100110000111111111111111111110, flags=SA_RESTART|SA_SIGINFO\n")


def node_report(d, i):
    t = tok(d)
    pw = d.fresh(password)
    rep = {"header": {"reportVersion": 3, "event": "JavaScript API", "trigger": "GetReport", "filename": None, "dumpEventTime": "2026-11-%02dT10:%02d:33Z" % (d.r.randint(1, 28), d.r.randint(0, 59)),
                      "processId": d.r.randint(100, 40000), "nodejsVersion": "v20.%d.0" % d.r.randint(1, 18), "commandLine": ["node", "dist/server.js"]},
           "javascriptStack": {"message": "Error: ECONNRESET", "stack": ["at TLSWrap.onStreamRead (node:internal/stream_base_commons:218:20)"]},
           "environmentVariables": {"NODE_ENV": "production", "PORT": "8080", "SERVICE_BEARER_TOKEN": d.L("bearer-token|generic-secret", t),
                                    "PGPASSWORD": d.L("password", pw), "SESSION_SECRET": d.L("generic-secret", d.fresh(gsecret)),
                                    "BUILD_SHA": sha1(d.r), "NPM_CONFIG_CACHE": "/tmp/.npm", "SENTRY_RELEASE": "web@%d.%d.0" % (d.r.randint(1, 5), d.r.randint(0, 40))},
           "sharedObjects": ["/lib/x86_64-linux-gnu/libc.so.6"]}
    d.w(jd(rep, indent=2) + "\n")


def proc_environ(d, i):
    ak, sk = d.fresh(aws_akid), d.fresh(aws_secret)
    d.w("$ sudo cat /proc/%d/environ | tr '\\0' '\\n'\n" % d.r.randint(1000, 60000),
        "HOME=/home/svc\nLANG=C.UTF-8\nAWS_REGION=eu-north-1\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n" % (d.L("aws-access-key-id", ak), d.L("aws-secret-key", sk)),
        "AWS_ROLE_ARN=arn:aws:iam::%s:role/worker\nOTEL_TRACE_ID_SEED=%s\n" % (rs(d.r, DIG, 12), sha256(d.r)))
    if i % 2:
        c, t = any_bearer(d)
        d.w("UPSTREAM_AUTH_HEADER=Bearer %s\n" % d.L(c, t))
    d.w("INVOCATION_ID=%s\nJOURNAL_STREAM=8:%d\n" % (rs(d.r, HEX, 32), d.r.randint(10000, 99999)))


def core_strings(d, i):
    d.w("$ strings -n 12 core.%d | grep -iE 'authorization|token|secret|passw' | head -40\n" % d.r.randint(1000, 99999))
    for _ in range(d.r.randint(3, 5)):
        c, t = any_bearer(d)
        d.w(d.r.choice(["GET %s HTTP/1.1\n" % d.r.choice(PATHS), "", "POST /v1/charges HTTP/1.1\n"]))
        d.w("Authorization: Bearer %s\n" % d.L(c, t))
    d.w("Authorization: Bearer %s\n" % d.r.choice(["${TOKEN}", "<token>", "REDACTED"]))
    d.w("client_secret=%s\n" % d.L("generic-secret", d.fresh(gsecret)))
    d.w("password_reset_url=https://%s/reset\nsha256:%s\n" % (d.r.choice(HOSTS), sha256(d.r)))


def go_panic(d, i):
    c, t = any_bearer(d)
    d.w("panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n",
        "\tpanic: request: &http.Request{Method:\"GET\", URL:(*url.URL)(0xc000%s), Proto:\"HTTP/1.1\", Header:http.Header{\"Accept\":[]string{\"*/*\"}, \"Authorization\":[]string{\"Bearer %s\"}, \"X-Request-Id\":[]string{\"%s\"}}, Host:\"%s\"}\n" % (rs(d.r, HEX, 6), d.L(c, t), uuid(d.r), d.r.choice(HOSTS)),
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]\n\ngoroutine %d [running]:\n" % (rs(d.r, HEX, 6), d.r.randint(10, 9999)),
        "net/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1947 +0xbe\nmain.(*proxy).ServeHTTP(0xc0001a2000, {0x9c4f60, 0xc0002b4000}, 0xc0002ba100)\n\t/src/cmd/edge/proxy.go:%d +0x2f1\n" % d.r.randint(40, 400))


# ---------------- mesh / gateway logs (new kinds) ----------------
def istio_log(d, i):
    for _ in range(d.r.randint(2, 4)):
        c, t = any_bearer(d)
        ip = pub_ip(d.r)
        rec = {"start_time": "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59), d.r.randint(0, 999)),
               "method": "GET", "path": d.r.choice(PATHS), "protocol": "HTTP/2", "response_code": d.r.choice([200, 200, 401, 403]),
               "upstream_cluster": "outbound|8080||orders.prod.svc.cluster.local", "downstream_remote_address": d.L("ipv4", ip) + ":%d" % d.r.randint(1024, 65000),
               "x_forwarded_for": ip, "request_id": uuid(d.r), "authority": d.r.choice(HOSTS), "authorization": "Bearer " + d.L(c, t),
               "upstream_host": "10.%d.%d.%d:8080" % (d.r.randint(0, 255), d.r.randint(0, 255), d.r.randint(1, 254))}
        d.w(jd(rec, separators=(",", ":")) + "\n")


def apisix_log(d, i):
    for _ in range(d.r.randint(2, 4)):
        c, t = any_bearer(d)
        ip = pub_ip(d.r)
        d.w('%s - - [%02d/Nov/2026:%02d:%02d:%02d +0000] %s "GET %s HTTP/1.1" %d %d %.3f "-" "Mozilla/5.0" 10.0.3.%d:9080 %d %.3f "http://%s" auth="Bearer %s"\n' % (
            d.L("ipv4", ip), d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59), d.r.choice(HOSTS), d.r.choice(PATHS), 200, d.r.randint(200, 90000),
            d.r.random(), d.r.randint(2, 250), 200, d.r.random(), d.r.choice(HOSTS), d.L(c, t)))


def tyk_log(d, i):
    for _ in range(d.r.randint(2, 4)):
        c, t = any_bearer(d)
        d.w('time="Nov %02d %02d:%02d:%02d" level=debug msg="Upstream request" api_id=%s api_name="Orders" org_id=%s path=%s headers="map[Accept:[application/json] Authorization:[Bearer %s] X-Forwarded-For:[10.1.4.7]]"\n' % (
            d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59), rs(d.r, HEX, 32), rs(d.r, HEX, 24), d.r.choice(PATHS), d.L(c, t)))
    d.w('time="Nov 30 10:00:00" level=info msg="Key hashed" key=%s\n' % sha256(d.r)[:32])


def gcp_logentry(d, i):
    c, t = any_bearer(d)
    ip = pub_ip(d.r)
    ent = {"insertId": rs(d.r, LOWER + DIG, 14), "httpRequest": {"requestMethod": "POST", "requestUrl": "https://%s%s" % (d.r.choice(HOSTS), d.r.choice(PATHS)), "status": 502,
           "remoteIp": d.L("ipv4", ip), "userAgent": "Go-http-client/2.0", "latency": "1.2%02ds" % d.r.randint(0, 99)},
           "jsonPayload": {"message": "upstream call failed", "upstream_headers": {"authorization": "Bearer " + d.L(c, t), "traceparent": "00-%s-%s-01" % (rs(d.r, HEX, 32), rs(d.r, HEX, 16))}},
           "resource": {"type": "cloud_run_revision", "labels": {"service_name": "ingest", "revision_name": "ingest-000%d-%s" % (d.r.randint(10, 99), rs(d.r, LOWER, 3))}},
           "severity": "ERROR", "logName": "projects/nordvik-prod/logs/run.googleapis.com%2Fstdout", "trace": "projects/nordvik-prod/traces/" + rs(d.r, HEX, 32)}
    d.w(jd(ent, indent=2) + "\n")


def linkerd_tap(d, i):
    for _ in range(d.r.randint(2, 4)):
        c, t = any_bearer(d)
        d.w(jd({"source": {"ip": "10.42.%d.%d" % (d.r.randint(0, 9), d.r.randint(2, 250)), "port": d.r.randint(30000, 60000)},
                        "destination": {"ip": "10.42.1.%d" % d.r.randint(2, 250), "port": 8080}, "routeMeta": None, "proxyDirection": "INBOUND",
                        "requestInitEvent": {"id": {"base": d.r.randint(1, 99), "stream": d.r.randint(1, 99)}, "method": "GET", "scheme": "http", "authority": "orders:8080", "path": d.r.choice(PATHS),
                                             "headers": [{"name": ":authority", "value": "orders:8080"}, {"name": "authorization", "value": "Bearer " + d.L(c, t)}, {"name": "l5d-dst-canonical", "value": "orders.prod.svc.cluster.local:8080"}]}}, indent=2) + "\n")


# ---------------- OAuth token responses ----------------
def oauth_resp(d, i):
    idp = d.r.choice(["keycloak", "entra", "okta", "auth0", "cognito", "hydra", "zitadel", "authentik"])
    jwt_access = idp in ("keycloak", "entra", "cognito", "zitadel") or d.r.random() < 0.3
    if jwt_access:
        at = jw(d, d.r.choice([None, 900, 1500]), "RS256")
        acat = "jwt|bearer-token"
    else:
        at = tok(d, "ory" if idp == "hydra" else None)
        acat = "bearer-token|generic-secret"
    rt = d.fresh(gsecret, "b64u") if idp != "keycloak" else jw(d, None, "HS256")
    rcat = "generic-secret" if idp != "keycloak" else "jwt|generic-secret"
    d.w("$ http --form POST https://%s/oauth2/token grant_type=authorization_code code=%s redirect_uri=https://app.%s/cb client_id=%s code_verifier=%s\n" % (
        d.r.choice(HOSTS), rs(d.r, ALNUM, 30), d.r.choice(DOMAINS), uuid(d.r), "<verifier>"),
        "HTTP/1.1 200 OK\nCache-Control: no-store\nContent-Type: application/json;charset=UTF-8\nPragma: no-cache\n\n")
    body = {"access_token": d.L(acat, at), "token_type": "Bearer", "expires_in": 3600, "refresh_token": d.L(rcat, rt), "scope": "openid profile offline_access"}
    if d.r.random() < 0.5:
        body["id_token"] = d.L("jwt", jw(d, None, "RS256"))
    if idp == "entra":
        body["ext_expires_in"] = 3599
    d.w(jd(body, indent=4) + "\n\n")
    d.w("$ http GET https://%s/v1/me 'Authorization:Bearer %s'\nHTTP/1.1 200 OK\n" % (d.r.choice(HOSTS), at))


def token_exchange(d, i):
    sub = jw(d, 700, "ES256")
    out = d.fresh(opaque_token, "alnum")
    d.w("POST /realms/prod/protocol/openid-connect/token HTTP/1.1\nHost: sso.%s\nContent-Type: application/x-www-form-urlencoded\n\n" % d.r.choice(DOMAINS),
        "grant_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Agrant-type%%3Atoken-exchange&subject_token=%s&subject_token_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Atoken-type%%3Aaccess_token&audience=ledger\n\n" % d.L("jwt|bearer-token", sub),
        "HTTP/1.1 200 OK\nContent-Type: application/json\n\n",
        jd({"access_token": d.L("bearer-token|generic-secret", out), "issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "N_A", "expires_in": 300}, indent=2) + "\n")


def device_flow(d, i):
    at = tok(d)
    d.w("$ ./cli login --device\nOpen https://login.%s/activate and enter code %s-%s\nWaiting for authorization" % (d.r.choice(DOMAINS), rs(d.r, "BCDFGHJKLMNPQRSTVWXZ", 4), rs(d.r, "BCDFGHJKLMNPQRSTVWXZ", 4)))
    d.w("....... done\n[debug] poll response: {\"error\":\"authorization_pending\"}\n[debug] poll response: {\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":28800,\"device_code\":\"%s\"}\n" % (d.L("bearer-token|generic-secret", at), rs(d.r, ALNUM + "-_", 43)),
        "Logged in. Token stored in ~/.config/cli/hosts.yml\n")


# ---------------- SDK code in less common languages ----------------
LANGS = {
    "scala": ("scala", 'import sttp.client4._\n\nobject Ledger {\n  private val token = "%(t)s"\n  val req = basicRequest.get(uri"https://%(h)s/v1/ledger").header("Authorization", s"Bearer $token")\n  val ping = basicRequest.get(uri"https://%(h)s/ping").auth.bearer("%(t2)s")\n}\n'),
    "clj": ("clj", '(ns ledger.client\n  (:require [clj-http.client :as http]))\n\n(def api-token "%(t)s")\n\n(defn fetch-orders []\n  (http/get "https://%(h)s/v2/orders"\n            {:headers {"Authorization" (str "Bearer " api-token)}\n             :as :json}))\n\n(defn health [] (http/get "https://%(h)s/health" {:oauth-token "%(t2)s"}))\n'),
    "hs": ("hs", '{-# LANGUAGE OverloadedStrings #-}\nmodule Client where\n\nimport Network.Wreq\nimport Control.Lens\n\napiToken :: ByteString\napiToken = "%(t)s"\n\nfetch = getWith (defaults & header "Authorization" .~ ["Bearer " <> apiToken]) "https://%(h)s/v1/items"\nadminFetch = getWith (defaults & auth ?~ oauth2Bearer "%(t2)s") "https://%(h)s/admin"\n'),
    "fs": ("fs", 'open System.Net.Http\nopen System.Net.Http.Headers\n\nlet token = "%(t)s"\nlet client = new HttpClient(BaseAddress = System.Uri "https://%(h)s/")\nclient.DefaultRequestHeaders.Authorization <- AuthenticationHeaderValue("Bearer", token)\nlet admin = new HttpRequestMessage(HttpMethod.Get, "admin")\nadmin.Headers.Add("Authorization", "Bearer %(t2)s")\n'),
    "vb": ("vb", 'Imports System.Net.Http\n\nModule Sync\n    Private Const ApiToken As String = "%(t)s"\n\n    Sub Main()\n        Dim c As New HttpClient()\n        c.DefaultRequestHeaders.Authorization = New Headers.AuthenticationHeaderValue("Bearer", ApiToken)\n        c.DefaultRequestHeaders.Add("X-Admin", "Bearer %(t2)s")\n        Dim r = c.GetAsync("https://%(h)s/v1/sync").Result\n    End Sub\nEnd Module\n'),
    "m": ("m", '#import <Foundation/Foundation.h>\n\nstatic NSString * const kApiToken = @"%(t)s";\n\n- (void)load {\n    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://%(h)s/v1/feed"]];\n    [req setValue:[NSString stringWithFormat:@"Bearer %%@", kApiToken] forHTTPHeaderField:@"Authorization"];\n    [req addValue:@"Bearer %(t2)s" forHTTPHeaderField:@"X-Upstream-Authorization"];\n}\n'),
    "jl": ("jl", 'using HTTP, JSON3\n\nconst TOKEN = "%(t)s"\n\nfunction orders()\n    r = HTTP.get("https://%(h)s/v2/orders", ["Authorization" => "Bearer $TOKEN"])\n    JSON3.read(r.body)\nend\n\nstats() = HTTP.get("https://%(h)s/stats", ["Authorization" => "Bearer %(t2)s"])\n'),
    "nim": ("nim", 'import httpclient, json\n\nconst apiToken = "%(t)s"\n\nlet client = newHttpClient()\nclient.headers = newHttpHeaders({"Authorization": "Bearer " & apiToken})\necho client.getContent("https://%(h)s/v1/items")\nlet adm = newHttpHeaders({"Authorization": "Bearer %(t2)s"})\n'),
    "cr": ("cr", 'require "http/client"\n\nTOKEN = "%(t)s"\n\nheaders = HTTP::Headers{"Authorization" => "Bearer #{TOKEN}"}\nresp = HTTP::Client.get("https://%(h)s/v1/items", headers: headers)\nadmin = HTTP::Headers{"Authorization" => "Bearer %(t2)s"}\nputs resp.status_code\n'),
    "erl": ("erl", '-module(api_client).\n-export([fetch/0]).\n\n-define(TOKEN, "%(t)s").\n\nfetch() ->\n    Headers = [{"authorization", "Bearer " ++ ?TOKEN}],\n    httpc:request(get, {"https://%(h)s/v1/items", Headers}, [], []).\n\nadmin() ->\n    httpc:request(get, {"https://%(h)s/admin", [{"authorization", "Bearer %(t2)s"}]}, [], []).\n'),
    "ml": ("ml", 'open Lwt.Syntax\nopen Cohttp_lwt_unix\n\nlet token = "%(t)s"\n\nlet fetch () =\n  let headers = Cohttp.Header.init_with "Authorization" ("Bearer " ^ token) in\n  let* _resp, body = Client.get ~headers (Uri.of_string "https://%(h)s/v1/items") in\n  Cohttp_lwt.Body.to_string body\n\nlet admin_headers = Cohttp.Header.init_with "Authorization" "Bearer %(t2)s"\n'),
    "cls": ("cls", 'public with sharing class LedgerCallout {\n    private static final String TOKEN = \'%(t)s\';\n\n    public static HttpResponse fetch() {\n        HttpRequest req = new HttpRequest();\n        req.setEndpoint(\'https://%(h)s/v1/ledger\');\n        req.setMethod(\'GET\');\n        req.setHeader(\'Authorization\', \'Bearer \' + TOKEN);\n        req.setHeader(\'X-Fallback-Auth\', \'Bearer %(t2)s\');\n        return new Http().send(req);\n    }\n    // Named Credential alternative: callout:Ledger/v1/ledger with {!$Credential.OAuthToken}\n}\n'),
}


def sdk_code(d, key):
    ext, tpl = LANGS[key]
    t = tok(d, d.r.choice(["alnum", "hex", "b64u", "pref", "dotted"]))
    c2, t2 = any_bearer(d)
    d.L("bearer-token|generic-secret", t)
    d.L(c2, t2)
    d.w(tpl % {"t": t, "t2": t2, "h": d.r.choice(HOSTS)})


# ---------------- CI logs of other systems ----------------
def ci_log(d, i):
    kind = ["drone", "woodpecker", "teamcity", "tekton", "argo", "concourse", "harness", "bamboo"][i % 8]
    c, t = any_bearer(d)
    pfx = {"drone": "", "woodpecker": "", "teamcity": "[%02d:%02d:%02d]i: [Step 2/4] " % (d.r.randint(0, 23), d.r.randint(0, 59), d.r.randint(0, 59)),
           "tekton": "[deploy : step-notify] ", "argo": "deploy-%s-%d: " % (rs(d.r, LOWER + DIG, 5), d.r.randint(10 ** 9, 10 ** 10)), "concourse": "",
           "harness": "%s INFO  " % "2026-11-20 10:11:12", "bamboo": "build\t20-Nov-2026 10:11:%02d\t" % d.r.randint(0, 59)}[kind]
    d.w("%s+ export DEPLOY_ENV=production\n" % pfx,
        "%s+ curl -sSf -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer %s' https://%s/v1/deployments -d @payload.json\n" % (pfx, d.L(c, t), d.r.choice(HOSTS)),
        '%s{"id":"%s","status":"queued"}\n' % (pfx, uuid(d.r)),
        "%s+ curl -sSf -H 'Authorization: Bearer ********' https://%s/v1/deployments/status\n" % (pfx, d.r.choice(HOSTS)))
    if i % 2:
        ak, sk = d.fresh(aws_akid), d.fresh(aws_secret)
        d.w("%s+ aws configure set aws_access_key_id %s\n%s+ aws configure set aws_secret_access_key %s\n" % (pfx, d.L("aws-access-key-id", ak), pfx, d.L("aws-secret-key", sk)),
            "%s+ aws s3 cp dist/ s3://releases-%s/ --recursive\n" % (pfx, rs(d.r, LOWER, 6)))
    if i % 3 == 0:
        pw = d.fresh(password)
        d.w("%s+ docker login registry.%s -u deploy -p %s\n%sWARNING! Using --password via the CLI is insecure. Use --password-stdin.\n%sLogin Succeeded\n" % (pfx, d.r.choice(DOMAINS), d.L("password", pw), pfx, pfx))
    d.w("%sdigest: sha256:%s size: 2417\n%sDone.\n" % (pfx, sha256(d.r), pfx))


BUILDERS = [
    ("loadtest", "jmeter-plan", "jmx", jmeter, 6), ("loadtest", "CheckoutSimulation", "scala", gatling, 5), ("loadtest", "locustfile", "py", locust, 6),
    ("loadtest", "artillery", "yml", artillery, 5), ("loadtest", "vegeta-targets", "txt", vegeta, 5), ("loadtest", "bench-history", "txt", bench_history, 6),
    ("loadtest", "smoke", "hurl", hurl, 6), ("loadtest", "invoices", "feature", karate, 4), ("loadtest", "newman-run", "txt", newman, 5),
    ("apm", "datadog-logs", "json", datadog_event, 6), ("apm", "otel-span", "json", otel_span, 5), ("apm", "zipkin-spans", "json", zipkin, 5),
    ("apm", "sentry-event", "json", sentry_event, 5), ("apm", "nrql-result", "json", newrelic, 5),
    ("crash", "hs_err_pid", "log", hs_err, 6), ("crash", "node-report", "json", node_report, 6), ("crash", "proc-environ", "txt", proc_environ, 6),
    ("crash", "core-strings", "txt", core_strings, 6), ("crash", "panic", "log", go_panic, 5),
    ("mesh", "istio-access", "jsonl", istio_log, 6), ("mesh", "apisix-access", "log", apisix_log, 5), ("mesh", "tyk-gateway", "log", tyk_log, 5),
    ("mesh", "cloudrun-entry", "json", gcp_logentry, 5), ("mesh", "linkerd-tap", "json", linkerd_tap, 4),
    ("oauth", "token-response", "txt", oauth_resp, 12), ("oauth", "token-exchange", "http", token_exchange, 5), ("oauth", "device-login", "txt", device_flow, 5),
("cilogs", "build", "log", ci_log, 16),
]

for _k in sorted(LANGS):
    BUILDERS.append(("sdk", "client-" + _k, LANGS[_k][0], (lambda key: (lambda d, i: sdk_code(d, key if i == 0 else key)))(_k), 2))
