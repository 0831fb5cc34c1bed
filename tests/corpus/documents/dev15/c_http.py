"""Bearer-token carriers: logs, mocks, contracts, load tools, browser/proxy exports."""
import json
from common import *

HOSTS = ["api.example.com", "orders.internal.example", "billing-svc.prod.example.net", "gw.example.org", "search.example.com"]
PATHS = ["/v1/orders", "/v2/customers/%d" % 4411, "/api/invoices?limit=50", "/graphql", "/v1/me", "/healthz", "/v3/payments/intents",
         "/api/v1/reports/export", "/oauth/userinfo", "/v1/files/upload"]
UA = ["okhttp/4.12.0", "python-requests/2.32.3", "Go-http-client/2.0", "axios/1.7.7", "curl/8.5.0", "Dart/3.4 (dart:io)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"]


def tok(d):
    return d.jwtb() if R.random() < 0.3 else d.bearer()


def openresty_logs():
    for n in range(2):
        d = Doc("openresty-logs/access-auth-%02d.log" % (n + 1))
        out = []
        for i in range(26):
            t = ts()
            r = R.random()
            if r < 0.55:
                auth = "Bearer " + tok(d)
            elif r < 0.65:
                auth = "-"
            elif r < 0.72:
                auth = "Bearer"
            elif r < 0.8:
                auth = "Bearer ${ACCESS_TOKEN}"
            elif r < 0.88:
                auth = "Basic -"
            else:
                auth = "Bearer null"
            rec = {"time_iso8601": t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "remote_addr": ip_private(), "request_id": hexs(32),
                   "request": "%s %s HTTP/1.1" % (R.choice(["GET", "POST", "PUT"]), R.choice(PATHS)), "status": R.choice([200, 200, 201, 401, 403, 204, 502]),
                   "body_bytes_sent": R.randint(0, 90000), "request_time": round(R.random() * 2, 3), "upstream_addr": ip_private() + ":8080",
                   "http_user_agent": R.choice(UA), "http_authorization": auth, "upstream_cache_status": R.choice(["MISS", "HIT", "-"])}
            out.append(json.dumps(rec, separators=(",", ":")))
        out.append('2026/10/21 09:14:02 [warn] 2231#2231: *88123 [lua] jwt_guard.lua:57: reject(): token expired, auth header was "Bearer ***" (masked), client: 10.4.1.9, server: gw.example.org, request: "GET /v1/me HTTP/1.1"')
        out.append('2026/10/21 09:14:07 [error] 2231#2231: *88130 [lua] jwt_guard.lua:41: missing bearer token in Authorization header, client: 10.4.7.2, server: gw.example.org')
        t2 = tok(d)
        out.append('2026/10/21 09:15:11 [debug] 2231#2231: *88177 [lua] jwt_guard.lua:63: introspect(): POST http://127.0.0.1:9001/introspect token=%s active=false' % t2)
        d.write("\n".join(out) + "\n")


def wiremock():
    for n in range(2):
        d = Doc("wiremock-mappings/mappings-%s.json" % ["orders", "partners"][n])
        maps = []
        for i in range(5):
            t = tok(d)
            maps.append({"id": uid(), "name": "auth ok %d" % i, "priority": 1,
                         "request": {"method": R.choice(["GET", "POST"]), "urlPathPattern": "/v1/%s/.*" % R.choice(["orders", "partners", "stock"]),
                                     "headers": {"Authorization": {"equalTo": "Bearer " + t}}},
                         "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "bodyFileName": "ok-%d.json" % i}})
        maps.append({"id": uid(), "name": "any bearer -> 403", "priority": 5,
                     "request": {"method": "ANY", "urlPathPattern": "/v1/.*", "headers": {"Authorization": {"matches": "Bearer [A-Za-z0-9._~+/-]+=*"}}},
                     "response": {"status": 403, "jsonBody": {"error": "insufficient_scope"}}})
        maps.append({"id": uid(), "name": "no token", "priority": 9, "request": {"method": "ANY", "urlPattern": "/.*", "headers": {"Authorization": {"absent": True}}},
                     "response": {"status": 401, "headers": {"WWW-Authenticate": "Bearer realm=\"partners\", error=\"invalid_token\""}}})
        t = tok(d)
        maps.append({"id": uid(), "name": "token endpoint", "request": {"method": "POST", "url": "/oauth2/token"},
                     "response": {"status": 200, "jsonBody": {"access_token": t, "token_type": "Bearer", "expires_in": 3600}}})
        d.write(json.dumps({"mappings": maps, "meta": {"total": len(maps)}}, indent=2) + "\n")


def pact():
    for n, (cons, prov) in enumerate([("checkout-web", "orders-api"), ("mobile-app", "loyalty-service")]):
        d = Doc("pact-contracts/%s-%s.json" % (cons, prov))
        inter = []
        for i in range(4):
            t = tok(d)
            inter.append({"description": "a request for %s %d" % (R.choice(["an order", "points", "a profile", "a voucher"]), i),
                          "providerState": "user %d exists" % R.randint(100, 999),
                          "request": {"method": "GET", "path": "/v2/items/%d" % R.randint(1000, 9999), "headers": {"Authorization": "Bearer " + t, "Accept": "application/json"}},
                          "response": {"status": 200, "headers": {"Content-Type": "application/json; charset=utf-8"}, "body": {"id": R.randint(1, 99999), "etag": sha1()}},
                          "matchingRules": {"$.request.headers.Authorization": {"match": "regex", "regex": "^Bearer [A-Za-z0-9\\-._~+/]+$"}}})
        inter.append({"description": "an unauthenticated request", "request": {"method": "GET", "path": "/v2/items/1", "headers": {"Authorization": "Bearer invalid-token"}},
                      "response": {"status": 401}})
        d.write(json.dumps({"consumer": {"name": cons}, "provider": {"name": prov}, "interactions": inter,
                            "metadata": {"pactSpecification": {"version": "2.0.0"}, "pact-js": {"version": "12.1.0"}}}, indent=2) + "\n")


def hurl():
    for n in range(2):
        d = Doc("hurl-files/%s.hurl" % ["smoke-prod", "regression-staging"][n])
        parts = ["# Smoke tests run by the nightly job (hurl --test)", "",
                 "POST https://auth.example.com/oauth2/token", "[FormParams]", "grant_type: client_credentials",
                 "client_id: svc-smoke-%d" % R.randint(10, 99), "client_secret: " + d.sec(), "HTTP 200", "[Captures]",
                 'token: jsonpath "$.access_token"', "", "GET https://api.example.com/v1/me", "Authorization: Bearer {{token}}", "HTTP 200", ""]
        for i in range(5):
            parts += ["%s https://api.example.com%s" % (R.choice(["GET", "DELETE", "GET"]), R.choice(PATHS)), "Authorization: Bearer " + tok(d),
                      "X-Request-Id: " + uid(), "HTTP %d" % R.choice([200, 204, 404]), "[Asserts]", 'header "Content-Type" contains "json"', ""]
        parts += ["# expired token must be rejected", "GET https://api.example.com/v1/me", "Authorization: Bearer xxxxxxxx", "HTTP 401", ""]
        d.write("\n".join(parts))


def karate():
    d = Doc("karate-features/payments.feature")
    t1, t2, t3 = tok(d), tok(d), tok(d)
    d.write("""Feature: payment intents

  Background:
    * url baseUrl
    * def adminToken = '%s'
    * def readOnly = "%s"
    * def auth = call read('classpath:auth/login.feature') { username: '#(user)', password: '#(pass)' }
    * header Authorization = 'Bearer ' + auth.token

  Scenario: admin can refund
    Given path 'v3', 'payments', 'intents', 'pi_3QxyZ', 'refund'
    And header Authorization = 'Bearer ' + adminToken
    And request { amount: 1200, reason: 'requested_by_customer' }
    When method post
    Then status 200

  Scenario: read-only token cannot refund
    Given path 'v3', 'payments', 'intents', 'pi_3QxyZ', 'refund'
    And header Authorization = 'Bearer ' + readOnly
    When method post
    Then status 403

  Scenario: hard-coded legacy token still accepted by the sandbox
    Given path 'v1', 'ping'
    And header Authorization = 'Bearer %s'
    When method get
    Then status 200
    And match response == { ok: true, scheme: 'Bearer' }
""" % (t1, t2, t3))


def wget_debug():
    for n in range(2):
        d = Doc("wget-debug/wget-d-%d.txt" % (n + 1))
        out = []
        for i in range(3):
            t = tok(d)
            host = R.choice(HOSTS)
            p = R.choice(PATHS)
            out.append('$ wget -d --header="Authorization: Bearer %s" https://%s%s -O out%d.json' % (t, host, p, i))
            out.append("DEBUG output created by Wget 1.21.4 on linux-gnu.\n")
            out.append("Reading HSTS entries from /home/deploy/.wget-hsts")
            out.append("URI encoding = 'UTF-8'")
            out.append("--2026-10-%02d 07:%02d:%02d--  https://%s%s" % (R.randint(10, 28), R.randint(0, 59), R.randint(0, 59), host, p))
            out.append("Resolving %s (%s)... %s" % (host, host, ip_private()))
            out.append("Caching %s => %s" % (host, ip_private()))
            out.append("Connecting to %s (%s)|%s|:443... connected." % (host, host, ip_private()))
            out.append("Created socket 3.\nReleasing 0x000055d1c0a2b3f0 (new refcount 1).\n")
            out.append("---request begin---\nGET %s HTTP/1.1\nHost: %s\nUser-Agent: Wget/1.21.4\nAccept: */*\nAccept-Encoding: identity\nConnection: Keep-Alive\nAuthorization: Bearer %s\n\n---request end---" % (p, host, t))
            out.append("HTTP request sent, awaiting response... \n---response begin---\nHTTP/1.1 %s\nDate: Wed, 21 Oct 2026 07:11:09 GMT\nContent-Type: application/json\nContent-Length: %d\nETag: \"%s\"\nWWW-Authenticate: Bearer realm=\"api\"\n\n---response end---\n" % (R.choice(["200 OK", "401 Unauthorized"]), R.randint(20, 9000), sha1()))
            out.append("Saving to: 'out%d.json'\n" % i)
        out.append("# tip: use --header=\"Authorization: Bearer $TOKEN\" and keep the token in an env var")
        d.write("\n".join(out) + "\n")


def rollbar():
    for n in range(2):
        d = Doc("rollbar-items/item-%d-occurrences.json" % R.randint(100, 999))
        occ = []
        for i in range(4):
            hdr = {"Host": R.choice(HOSTS), "User-Agent": R.choice(UA), "Accept": "application/json", "X-Forwarded-For": ip_doc()}
            r = R.random()
            hdr["Authorization"] = ("Bearer " + tok(d)) if r < 0.6 else ("*******" if r < 0.8 else "Bearer ********")
            occ.append({"id": R.randint(10 ** 11, 10 ** 12), "timestamp": 1792000000 + R.randint(0, 99999), "version": 2,
                        "data": {"environment": "production", "level": "error", "platform": "linux", "language": "python", "framework": "django",
                                 "code_version": sha1(), "uuid": uid(),
                                 "body": {"trace": {"frames": [{"filename": "/srv/app/orders/views.py", "lineno": 212, "method": "refund"}],
                                                    "exception": {"class": "PermissionDenied", "message": "token lacks scope orders:write"}}},
                                 "request": {"url": "https://%s%s" % (hdr["Host"], R.choice(PATHS)), "method": "POST", "headers": hdr,
                                             "GET": {}, "user_ip": ip_doc()},
                                 "server": {"host": "web-%d" % R.randint(1, 9), "root": "/srv/app", "branch": "main"},
                                 "notifier": {"name": "pyrollbar", "version": "1.0.0"}}})
        d.write(json.dumps({"err": 0, "result": {"page": 1, "instances": occ}}, indent=2) + "\n")


def vegeta():
    d = Doc("vegeta-targets/targets-peak.txt")
    out = ["# vegeta attack -targets=targets-peak.txt -rate=200/s -duration=5m | vegeta report", ""]
    for i in range(10):
        out.append("%s https://%s%s" % (R.choice(["GET", "POST"]), R.choice(HOSTS), R.choice(PATHS)))
        out.append("Authorization: Bearer " + tok(d))
        out.append("X-Load-Test: peak-%02d" % i)
        if R.random() < 0.3:
            out.append("@bodies/order-%d.json" % i)
        out.append("")
    out += ["GET https://api.example.com/v1/me", "Authorization: Bearer REPLACE_ME", ""]
    d.write("\n".join(out))


def wrk():
    d = Doc("wrk-scripts/auth-mix.lua")
    toks = [tok(d) for _ in range(4)]
    d.write("""-- wrk -t8 -c200 -d60s -s auth-mix.lua https://api.example.com
-- rotates through four service tokens so the rate limiter sees several clients
local tokens = {
  "%s",
  "%s",
  "%s",
}
local i = 0
request = function()
  i = (i %% #tokens) + 1
  wrk.headers["Authorization"] = "Bearer " .. tokens[i]
  wrk.headers["Accept"] = "application/json"
  return wrk.format("GET", "/v1/orders?limit=20")
end

-- admin path, separate token
local admin = 'Bearer %s'
response = function(status, headers, body)
  if status == 401 then print("401 for token #" .. i) end
end
""" % (toks[0], toks[1], toks[2], toks[3]))


def ghz():
    d = Doc("ghz-configs/ghz-orders.json")
    cfgs = []
    for i in range(4):
        cfgs.append({"proto": "./protos/orders.proto", "call": "orders.v1.OrderService/%s" % R.choice(["GetOrder", "ListOrders", "CancelOrder"]),
                     "total": 20000, "concurrency": 50, "host": "orders.internal.example:443",
                     "metadata": {"authorization": "Bearer " + tok(d), "x-tenant": "se-%d" % R.randint(10, 99)},
                     "data": {"order_id": "{{.RequestNumber}}"}, "insecure": False})
    d.write(json.dumps(cfgs, indent=2) + "\n")


def krakend():
    d = Doc("krakend/krakend.json")
    eps = []
    for i in range(4):
        eps.append({"endpoint": "/v1/%s" % R.choice(["stock", "prices", "catalog", "shipping"]) + str(i), "method": "GET", "output_encoding": "json",
                    "backend": [{"url_pattern": "/internal/%d" % i, "host": ["http://backend-%d.svc:8080" % i],
                                 "extra_config": {"modifier/martian": {"header.Modifier": {"scope": ["request"], "name": "Authorization", "value": "Bearer " + tok(d)}}}}]})
    eps.append({"endpoint": "/v1/me", "method": "GET", "input_headers": ["Authorization"], "backend": [{"url_pattern": "/me", "host": ["http://users.svc:8080"]}],
                "extra_config": {"auth/validator": {"alg": "RS256", "jwk_url": "https://auth.example.com/.well-known/jwks.json", "cache": True}}})
    d.write(json.dumps({"$schema": "https://www.krakend.io/schema/v2.7/krakend.json", "version": 3, "name": "edge", "timeout": "3000ms", "endpoints": eps}, indent=2) + "\n")


def ambassador():
    d = Doc("emissary-mappings/partner-mappings.yaml")
    out = []
    for i in range(4):
        out.append("""---
apiVersion: getambassador.io/v3alpha1
kind: Mapping
metadata:
  name: partner-%d
  namespace: edge
spec:
  hostname: "*"
  prefix: /partner/%s/
  service: https://%s
  add_request_headers:
    Authorization:
      value: "Bearer %s"
      append: false
  remove_request_headers:
  - Cookie""" % (i, R.choice(["fx", "kyc", "sms", "maps"]) + str(i), R.choice(HOSTS), tok(d)))
    out.append("""---
apiVersion: getambassador.io/v3alpha1
kind: Mapping
metadata:
  name: partner-template
spec:
  prefix: /partner/template/
  service: https://partner.example.org
  add_request_headers:
    Authorization:
      value: "Bearer {{ .Values.partnerToken }}"
""")
    d.write("\n".join(out))


def prom_scrape():
    d = Doc("prometheus-scrape/prometheus.yml")
    jobs = []
    for i in range(3):
        jobs.append("""  - job_name: federate-%d
    scheme: https
    metrics_path: /federate
    authorization:
      type: Bearer
      credentials: %s
    static_configs:
      - targets: ['prom-%d.example.net:9090']""" % (i, tok(d), i))
    jobs.append("""  - job_name: legacy-exporter
    bearer_token: %s
    static_configs:
      - targets: ['10.20.0.14:9100']""" % tok(d))
    jobs.append("""  - job_name: k8s-api
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
    kubernetes_sd_configs: [{role: endpoints}]""")
    d.write("""global:
  scrape_interval: 30s
  evaluation_interval: 30s
remote_write:
  - url: https://metrics.example.com/api/v1/push
    authorization:
      credentials: %s
scrape_configs:
%s
""" % (tok(d), "\n".join(jobs)))


def netlog():
    d = Doc("chrome-netlog/netlog-checkout.json")
    evs = []
    for i in range(6):
        hdrs = [":method: GET", ":authority: %s" % R.choice(HOSTS), ":path: %s" % R.choice(PATHS), "accept: application/json"]
        r = R.random()
        if r < 0.75:
            hdrs.append("authorization: Bearer " + tok(d))
        else:
            hdrs.append("authorization: [redacted]")
        hdrs.append("user-agent: " + UA[-1])
        evs.append({"params": {"headers": hdrs, "line": "", "stream_id": R.randint(1, 300)}, "phase": 0,
                    "source": {"id": R.randint(1000, 99999), "start_time": str(R.randint(10 ** 8, 10 ** 9)), "type": 1}, "time": str(R.randint(10 ** 8, 10 ** 9)), "type": 182})
    d.write(json.dumps({"constants": {"clientInfo": {"name": "Google Chrome", "version": "130.0.6723.92"}, "logEventTypes": {"HTTP2_SESSION_SEND_HEADERS": 182}},
                        "events": evs, "polledData": {}}, indent=1) + "\n")


def newman():
    d = Doc("newman-reports/newman-run-report.json")
    execs = []
    for i in range(7):
        r = R.random()
        hv = ("Bearer " + tok(d)) if r < 0.75 else "Bearer {{accessToken}}"
        execs.append({"id": uid(), "item": {"name": "step %02d" % i},
                      "request": {"url": {"protocol": "https", "host": ["api", "example", "com"], "path": ["v1", R.choice(["orders", "carts", "users"])]},
                                  "header": [{"key": "Authorization", "value": hv}, {"key": "Content-Type", "value": "application/json"},
                                             {"key": "Postman-Token", "value": uid(), "system": True}], "method": R.choice(["GET", "POST"])},
                      "response": {"id": uid(), "status": "OK", "code": 200, "responseTime": R.randint(20, 900), "responseSize": R.randint(100, 9000)}})
    d.write(json.dumps({"collection": {"info": {"_postman_id": uid(), "name": "orders-e2e"}}, "run": {"stats": {"requests": {"total": 7, "failed": 0}}, "executions": execs}}, indent=2) + "\n")


def zap():
    d = Doc("zap-reports/zap-alerts.json")
    alerts = []
    for i in range(4):
        t = tok(d)
        req = "GET https://%s%s HTTP/1.1\r\nhost: %s\r\nauthorization: Bearer %s\r\nuser-agent: Mozilla/5.0 (ZAP)\r\n\r\n" % ("api.example.com", R.choice(PATHS), "api.example.com", t)
        alerts.append({"pluginid": str(R.choice([10035, 10038, 10021, 90022])), "alert": R.choice(["Strict-Transport-Security Header Not Set", "Content Security Policy (CSP) Header Not Set", "X-Content-Type-Options Header Missing", "Application Error Disclosure"]),
                       "riskcode": str(R.randint(0, 3)), "confidence": "2", "instances": [{"uri": "https://api.example.com/", "method": "GET", "evidence": "", "requestHeader": req}],
                       "solution": "Ensure that your web server sets the header.", "cweid": "693"})
    d.write(json.dumps({"@programName": "ZAP", "@version": "2.15.0", "site": [{"@name": "https://api.example.com", "alerts": alerts}]}, indent=2).replace("\\r\\n", "\\r\\n") + "\n")


def artillery():
    d = Doc("artillery/load-checkout.yml")
    d.write("""config:
  target: "https://api.example.com"
  phases:
    - duration: 120
      arrivalRate: 10
      rampTo: 80
  defaults:
    headers:
      Authorization: "Bearer %s"
      x-client: artillery
  variables:
    adminToken:
      - "%s"
      - "%s"
scenarios:
  - name: browse and buy
    flow:
      - get:
          url: "/v1/catalog?page=1"
      - post:
          url: "/v1/carts"
          headers:
            Authorization: "Bearer {{ adminToken }}"
          json:
            sku: "SKU-{{ $randomNumber(1000,9999) }}"
      - get:
          url: "/v1/me"
          headers:
            Authorization: "Bearer %s"
""" % (tok(d), tok(d), tok(d), tok(d)))


def locust():
    d = Doc("locustfiles/locustfile.py")
    a, b = tok(d), tok(d)
    d.write('''import os
from locust import HttpUser, task, between

# tokens minted for the load-test tenant (valid until the end of the campaign)
STATIC_TOKEN = "%s"
PARTNER_TOKEN = os.environ.get("PARTNER_TOKEN", "")


class Shopper(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.headers.update({"Authorization": f"Bearer {STATIC_TOKEN}"})

    @task(3)
    def browse(self):
        self.client.get("/v1/catalog", name="catalog")

    @task
    def partner(self):
        self.client.get("/partner/v2/rates", headers={"Authorization": "Bearer %s"})

    @task
    def env_partner(self):
        self.client.get("/partner/v2/rates", headers={"Authorization": f"Bearer {PARTNER_TOKEN}"})
''' % (a, b))


def nginx_unit():
    d = Doc("nginx-unit/config.json")
    routes = []
    for i in range(3):
        routes.append({"match": {"uri": "/internal/%s/*" % R.choice(["admin", "ops", "metrics"]), "headers": {"Authorization": "Bearer " + tok(d)}},
                       "action": {"pass": "applications/backoffice"}})
    routes.append({"match": {"uri": "/internal/*"}, "action": {"return": 401, "response_headers": {"WWW-Authenticate": "Bearer realm=\"internal\""}}})
    routes.append({"action": {"share": "/srv/www$uri", "fallback": {"pass": "applications/web"}}})
    cfg = {"listeners": {"*:8080": {"pass": "routes"}}, "routes": routes,
           "applications": {"backoffice": {"type": "python 3.12", "path": "/srv/backoffice", "module": "wsgi",
                                           "environment": {"DJANGO_SETTINGS_MODULE": "bo.settings.prod", "UPSTREAM_AUTH": "Bearer " + tok(d)}},
                            "web": {"type": "php", "root": "/srv/www", "index": "index.php"}}}
    d.write(json.dumps(cfg, indent=4) + "\n")


def burp():
    d = Doc("burp-exports/items-login-flow.xml")
    items = []
    for i in range(4):
        t = tok(d)
        p = R.choice(PATHS)
        req = "GET %s HTTP/2\nHost: api.example.com\nAuthorization: Bearer %s\nAccept: */*\n\n" % (p, t)
        items.append("""  <item>
    <time>Wed Oct 21 10:%02d:%02d CEST 2026</time>
    <url><![CDATA[https://api.example.com%s]]></url>
    <host ip="203.0.113.%d">api.example.com</host>
    <port>443</port>
    <protocol>https</protocol>
    <method><![CDATA[GET]]></method>
    <path><![CDATA[%s]]></path>
    <request base64="false"><![CDATA[%s]]></request>
    <status>200</status>
    <responselength>%d</responselength>
    <mimetype>JSON</mimetype>
    <response base64="true"><![CDATA[%s]]></response>
    <comment></comment>
  </item>""" % (R.randint(0, 59), R.randint(0, 59), p, R.randint(1, 254), p, req, R.randint(200, 4000), base64.b64encode(b"HTTP/2 200 OK\r\ncontent-type: application/json\r\n\r\n{\"ok\":true}").decode()))
    d.write('<?xml version="1.0"?>\n<!DOCTYPE items [\n<!ELEMENT items (item*)>\n]>\n<items burpVersion="2024.9.4" exportTime="Wed Oct 21 10:22:41 CEST 2026">\n' + "\n".join(items) + "\n</items>\n")


def build():
    openresty_logs(); wiremock(); pact(); hurl(); karate(); wget_debug(); rollbar(); vegeta(); wrk(); ghz(); krakend(); ambassador()
    prom_scrape(); netlog(); newman(); zap(); artillery(); locust(); nginx_unit(); burp()
