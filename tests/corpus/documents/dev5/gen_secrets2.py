"""Bearer tokens, Basic credentials, URL credentials and passwords in HTTP
captures (HAR, mitmproxy, Wireshark, Burp, curl -v), access/gateway/wire
logs, client code, dotfiles, shell history, password-manager exports,
chat, tickets and e-mail, with placeholders and masked values beside them."""
import base64
import json
from gen_values import fmt_date, jesc, phone
from gen_secrets import PW, GS, AK, AS, UC, EX_ID

RFC_BASIC = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="


def BT(v, d, shape=None):
    return d.L("bearer-token", v.bearer(shape))


def BA(v, d, user=None):
    return d.L("basic-auth", v.basic(user or v.pick(["svc-sync", "admin", "reporter", "jenkins", "monitor", "api", "ops"])))


def JWT(v, d):
    return d.L("jwt|bearer-token", v.jwt("user-%s" % v.digits(5)))


def hdr_ts(v):
    return "%sT%02d:%02d:%02d.%03dZ" % (fmt_date(v.event_date(2025, 2025), "iso"), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59), v.r.randint(0, 999))


# ------------------------------------------------------------------ HTTP captures
def har(v, d, k):
    host = ["api.lumenpay.com", "portal.brightwave.io"][k]
    ents = []
    login_pw = v.password("rand", "!*-_.~^+=@")
    enc_pw = login_pw.replace("@", "%40").replace("+", "%2B").replace("=", "%3D").replace("^", "%5E").replace("~", "%7E").replace("!", "%21").replace("*", "%2A")
    d.L("password", enc_pw)
    tok = v.bearer("b64u43")
    d.L("bearer-token|generic-secret", tok)
    d.L("bearer-token|generic-secret", tok)

    def ent(method, url, headers, post=None, status=200, resp="{}"):
        e = {"startedDateTime": hdr_ts(v), "time": v.r.randint(20, 900),
             "request": {"method": method, "url": url, "httpVersion": "HTTP/2",
                         "headers": [{"name": a, "value": b} for a, b in headers],
                         "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(post or "")},
             "response": {"status": status, "statusText": "", "httpVersion": "HTTP/2",
                          "headers": [{"name": "content-type", "value": "application/json"}],
                          "content": {"size": len(resp), "mimeType": "application/json", "text": resp}, "redirectURL": "", "headersSize": -1, "bodySize": len(resp)},
             "cache": {}, "timings": {"send": 0, "wait": v.r.randint(10, 800), "receive": 1}}
        if post is not None:
            e["request"]["postData"] = {"mimeType": "application/x-www-form-urlencoded", "text": post}
        return e
    ents.append(ent("POST", "https://%s/oauth/token" % host, [("content-type", "application/x-www-form-urlencoded"), ("authorization", "Basic " + BA(v, d, "web-client"))],
                    post="grant_type=password&username=%s&password=%s" % (v.pick(["m.kaur", "j.otieno"]), enc_pw),
                    resp=json.dumps({"access_token": tok, "token_type": "Bearer", "expires_in": 3600, "refresh_token": GS(v, d, "b64u43")})))
    ents.append(ent("GET", "https://%s/v1/accounts?limit=20" % host, [("authorization", "Bearer " + tok), ("accept", "application/json")]))
    for i in range(8):
        t = BT(v, d) if i != 2 else JWT(v, d)
        ents.append(ent(v.pick(["GET", "POST", "PATCH"]), "https://%s/v1/%s/%s" % (host, v.pick(["invoices", "payouts", "customers", "webhooks"]), v.safe_digits(8)),
                        [("authorization", "Bearer " + t), ("x-request-id", v.uuid()), ("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0")]))
    ents.append(ent("GET", "https://%s/v1/me" % host, [("authorization", "Bearer undefined")], status=401, resp='{"error":"invalid_token"}'))
    ents.append(ent("GET", "https://legacy.%s/export.csv" % host.split(".", 1)[1], [("authorization", "Basic " + BA(v, d, "csv-export"))]))
    har_ = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "pages": [], "entries": ents}}
    return json.dumps(har_, indent=2)


def mitmdump(v, d, k):
    out = []
    for i in range(12):
        host = v.pick(["api.brightwave.io", "graph.pixelforge.dev", "billing.lumenpay.com", "sync.fjordtech.no"])
        out.append("192.168.56.%d:%d: %s https://%s/%s" % (v.r.randint(2, 250), v.r.randint(40000, 65000), v.pick(["GET", "POST", "PUT"]), host, v.pick(["v2/items", "graphql", "api/balance", "v1/sync?since=0"])))
        out.append("    Host: %s" % host)
        if i in (1, 3, 6, 10):
            out.append("    Authorization: Basic %s" % BA(v, d))
        else:
            out.append("    Authorization: Bearer %s" % BT(v, d))
        if i in (4, 8, 11):
            out.append("    X-Api-Key: %s" % GS(v, d, "hex32"))
        out.append("    User-Agent: okhttp/4.12.0")
        out.append("    Content-Length: %d" % v.r.randint(0, 900))
        out.append(" << %s %db" % (v.pick(["200 OK", "201 Created", "401 Unauthorized", "204 No Content"]), v.r.randint(0, 5000)))
        out.append("")
    out.append("192.168.56.9:51000: GET https://api.brightwave.io/v2/health")
    out.append("    Authorization: Bearer ${TOKEN}")
    out.append(" << 401 Unauthorized 58b")
    return "\n".join(out) + "\n"


def wireshark(v, d, k):
    fpw = v.password("alnum")
    d.L("password", fpw)
    return f"""POST /login HTTP/1.1
Host: intranet.dunmore.internal
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/123.0 Safari/537.36
Content-Type: application/x-www-form-urlencoded
Content-Length: 46

username=reception2&password={fpw}&remember=1HTTP/1.1 302 Found
Location: /dashboard
Set-Cookie: lang=en; Path=/

GET /api/v1/rooms?date=2025-03-14 HTTP/1.1
Host: intranet.dunmore.internal
Authorization: Bearer {BT(v, d, 'hex40')}
Accept: application/json

HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 18

{{"rooms":[],"n":0}}GET /printers/status HTTP/1.1
Host: 10.20.0.40
Authorization: Basic {BA(v, d, 'admin')}

HTTP/1.1 200 OK
Content-Length: 2

OKGET /api/v1/guests/export HTTP/1.1
Host: intranet.dunmore.internal
Authorization: Bearer {BT(v, d, 'alnum40')}

HTTP/1.1 403 Forbidden
Content-Length: 0

GET /api/v1/keys HTTP/1.1
Host: intranet.dunmore.internal
Authorization: Bearer {BT(v, d, 'sf')}

HTTP/1.1 200 OK
Content-Length: 0

"""


def burp(v, d, k):
    return f"""======================================================
Burp Suite Professional - saved items ({fmt_date(v.event_date(2025, 2025), 'iso')})
======================================================
[1] https://app.quantumleaf.co/api/users/me
GET /api/users/me HTTP/2
Host: app.quantumleaf.co
Cookie: _ga=GA1.1.{v.digits(9)}.{v.digits(10, '1')}; theme=dark
Authorization: Bearer {BT(v, d, 'dotted')}
Accept: */*
Sec-Fetch-Mode: cors

[2] https://app.quantumleaf.co/api/admin/audit?page=2
GET /api/admin/audit?page=2 HTTP/2
Host: app.quantumleaf.co
Authorization: Bearer {JWT(v, d)}

[3] https://legacy.quantumleaf.co/cgi-bin/export.pl
POST /cgi-bin/export.pl HTTP/1.1
Host: legacy.quantumleaf.co
Authorization: Basic {BA(v, d, 'exporter')}
Content-Type: application/x-www-form-urlencoded

format=csv&all=1

[4] https://legacy.quantumleaf.co/status
GET /status HTTP/1.1
Host: legacy.quantumleaf.co
Authorization: Basic {RFC_BASIC}

[5] https://app.quantumleaf.co/api/files
PUT /api/files/{v.uuid()} HTTP/2
Host: app.quantumleaf.co
Authorization: Bearer {BT(v, d, 'alnum64')}
Authorization: Basic {BA(v, d, 'uploader')}
Content-Type: application/octet-stream

[6] https://app.quantumleaf.co/api/reports/export
GET /api/reports/export?fmt=xlsx HTTP/2
Host: app.quantumleaf.co
Authorization: Bearer {BT(v, d, 'ya29')}

[7] https://app.quantumleaf.co/api/webhooks
POST /api/webhooks HTTP/2
Host: app.quantumleaf.co
Authorization: Bearer {BT(v, d, 'hex64')}
Content-Type: application/json

{{"url":"https://hooks.internal/ql","events":["*"]}}

[8] scanner note: replayed [1] with "Authorization: Bearer <redacted>" -> 401
"""


def curl_v(v, d, k):
    user = v.pick(["deploy", "grafana", "backup"])
    pw = PW(v, d, "alnum")
    b = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    d.L("basic-auth", b)
    t1 = BT(v, d)
    d.L("bearer-token", t1)
    t2 = BT(v, d, "ya29")
    d.L("bearer-token", t2)
    pw2 = PW(v, d, "word")
    b2 = base64.b64encode(("admin:%s" % pw2).encode()).decode()
    d.L("basic-auth", b2)
    return f"""$ curl -v -u {user}:{pw} https://artifacts.corp.internal/api/storage/releases
*   Trying 10.8.0.21:443...
* Connected to artifacts.corp.internal (10.8.0.21) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server auth using Basic with user '{user}'
> GET /api/storage/releases HTTP/1.1
> Host: artifacts.corp.internal
> Authorization: Basic {b}
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 200 OK
< Content-Type: application/json
<
{{"repo":"releases","children":[{{"uri":"/app-{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.0.tgz","folder":false}}]}}
* Connection #0 to host artifacts.corp.internal left intact

$ curl -sv https://api.pixelforge.dev/v3/projects -H "Authorization: Bearer {t1}" -o /dev/null
> GET /v3/projects HTTP/2
> Host: api.pixelforge.dev
> authorization: Bearer {t1}
> user-agent: curl/8.5.0
< HTTP/2 200

$ curl -v -H "Authorization: Bearer {t2}" https://storage.googleapis.com/storage/v1/b/ml-exports-{v.digits(4)}/o
> GET /storage/v1/b/ml-exports/o HTTP/2
> Host: storage.googleapis.com
> authorization: Bearer {t2}
< HTTP/2 200

$ curl -v --user admin:{pw2} http://10.8.0.30:9200/_cat/indices
* Server auth using Basic with user 'admin'
> GET /_cat/indices HTTP/1.1
> Authorization: Basic {b2}
< HTTP/1.1 200 OK

$ curl -v -H "Authorization: Bearer $API_TOKEN" https://api.pixelforge.dev/v3/me
> authorization: Bearer [redacted by shell wrapper]
< HTTP/2 401
"""


def nginx_auth_log(v, d, k):
    out = ['# log_format authdbg \'$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_authorization" rt=$request_time\';']
    for i in range(18):
        ip = "10.%d.%d.%d" % (v.r.randint(0, 255), v.r.randint(0, 255), v.r.randint(1, 254))
        tm = "%02d/Mar/2025:%02d:%02d:%02d +0000" % (v.r.randint(1, 28), v.r.randint(0, 23), v.r.randint(0, 59), v.r.randint(0, 59))
        if i % 4 == 3:
            auth, user = "Basic " + BA(v, d), v.pick(["ops", "monitor"])
        elif i % 5 == 4:
            auth, user = "-", "-"
        else:
            auth, user = "Bearer " + BT(v, d), "-"
        path = v.pick(["/api/v2/orders", "/api/v2/orders/%s" % v.safe_digits(8), "/metrics", "/api/v2/export?format=csv"])
        if i in (2, 7, 10, 13, 16, 17):
            path = "/api/v2/search?q=invoice&api_key=%s" % GS(v, d, "alnum32")
        out.append('%s - %s [%s] "GET %s HTTP/1.1" %d %d "%s" rt=0.%03d' % (ip, user, tm, path, v.pick([200, 200, 401, 304]), v.r.randint(0, 9000), auth, v.r.randint(1, 999)))
    out.append('10.0.0.1 - - [01/Mar/2025:00:00:00 +0000] "GET /api/v2/orders HTTP/1.1" 401 0 "Bearer null" rt=0.001')
    return "\n".join(out) + "\n"


def gateway_jsonl(v, d, k):
    out = []
    for i in range(20):
        m = v.pick(["GET", "POST", "DELETE", "PUT"])
        hdrs = {"host": "gw.%s" % ["lumenpay.com", "brightwave.io", "meridianhealth.in"][k], "user-agent": v.pick(["python-requests/2.32.3", "Go-http-client/2.0", "axios/1.7.2"])}
        if i % 4 == 1:
            hdrs["authorization"] = "Basic " + BA(v, d)
        elif i == 19:
            hdrs["authorization"] = "Bearer ****" + v.rand(4, "abcdefghijklmnopqrstuvwxyz0123456789")
        elif i == 5:
            hdrs["authorization"] = "Bearer " + JWT(v, d)
        else:
            hdrs["authorization"] = "Bearer " + BT(v, d)
        if i in (2, 6, 10, 14, 18):
            hdrs["x-api-key"] = GS(v, d, "alnum32")
        rec = {"ts": hdr_ts(v), "level": "info", "route": "/v1/%s" % v.pick(["payments", "refunds", "patients", "reports"]), "method": m, "status": v.pick([200, 201, 403, 200]),
               "latency_ms": v.r.randint(3, 900), "request_headers": hdrs, "trace_id": v.hexs(32)}
        if i == 3:
            pw = v.password("rand", "!*-_.~^+=#@%")
            pw = pw[:5] + ("\\" if k == 0 else '"') + pw[5:]
            rec["route"] = "/v1/auth/login"
            rec["request_body"] = {"username": v.pick(["a.rossi", "k.nair"]), "password": pw}
            d.L("password", jesc(pw))
        out.append(json.dumps(rec, separators=(",", ":")))
    return "\n".join(out) + "\n"


def wire_log(v, d, k):
    t1, t2, t3, t4 = BT(v, d), BT(v, d), BT(v, d, "hex64"), BT(v, d)
    t5, t6 = BT(v, d, "sf"), BT(v, d, "dotted")
    b1 = BA(v, d, "soap-client")
    lines = []
    for t in (t1, t2, t5, t6):
        lines += ['DEBUG org.apache.http.wire - http-outgoing-%d >> "GET /partner/v2/catalog?page=%d HTTP/1.1[\\r][\\n]"' % (v.r.randint(0, 9), v.r.randint(1, 9)),
                  'DEBUG org.apache.http.wire - http-outgoing-%d >> "Host: partner.lumenpay.com[\\r][\\n]"' % v.r.randint(0, 9),
                  'DEBUG org.apache.http.wire - http-outgoing-%d >> "Authorization: Bearer %s[\\r][\\n]"' % (v.r.randint(0, 9), t),
                  'DEBUG org.apache.http.wire - http-outgoing-%d << "HTTP/1.1 200 OK[\\r][\\n]"' % v.r.randint(0, 9)]
    lines += ['DEBUG org.apache.http.headers - http-outgoing-3 >> Authorization: Basic %s' % b1,
              'DEBUG org.apache.http.headers - http-outgoing-3 >> SOAPAction: "urn:getStatement"']
    lines += ["D/OkHttp: --> POST https://api.pixelforge.dev/v3/upload", "D/OkHttp: Content-Type: application/json; charset=utf-8",
              "D/OkHttp: Authorization: Bearer %s" % t3, "D/OkHttp: --> END POST (512-byte body)", "D/OkHttp: <-- 200 https://api.pixelforge.dev/v3/upload (412ms)",
              "D/OkHttp: --> GET https://api.pixelforge.dev/v3/me", "D/OkHttp: Authorization: Bearer %s" % t4, "D/OkHttp: --> END GET",
              "D/OkHttp: --> GET https://api.pixelforge.dev/v3/config", "D/OkHttp: Authorization: ██", "D/OkHttp: --> END GET"]
    return "\n".join(["%s %s" % (fmt_date(v.event_date(2025, 2025), "iso"), l) if not l.startswith("D/") else l for l in lines]) + "\n"


def envoy_log(v, d, k):
    out = []
    for i in range(13):
        auth = "Basic " + BA(v, d) if i % 4 == 2 else ("-" if i == 7 else "Bearer " + BT(v, d))
        out.append('[%s] "%s /%s HTTP/2" %d - 0 %d %d %d "10.%d.%d.%d" "grpc-go/1.64.0" "%s" "%s" "10.1.%d.%d:8080" authz="%s"' % (
            hdr_ts(v), v.pick(["GET", "POST"]), v.pick(["ledger.v1.Ledger/Post", "api/v1/balance", "inventory.v2.Stock/Get"]), v.pick([200, 200, 401]), v.r.randint(0, 9999), v.r.randint(1, 900), v.r.randint(1, 900),
            v.r.randint(0, 255), v.r.randint(0, 255), v.r.randint(1, 254), v.uuid(), v.pick(["ledger.internal", "inventory.internal"]), v.r.randint(0, 255), v.r.randint(1, 254), auth))
    return "\n".join(out) + "\n"


def kong_log(v, d, k):
    out = []
    for i in range(14):
        auth = "Basic " + BA(v, d) if i in (1, 5, 9) else "Bearer " + BT(v, d)
        rec = {"request": {"method": "GET", "uri": "/orders/%s" % v.safe_digits(7), "headers": {"authorization": auth, "host": "kong.internal:8000", "accept": "*/*"}, "size": v.r.randint(80, 600)},
               "response": {"status": v.pick([200, 404, 200]), "size": v.r.randint(100, 9000)}, "latencies": {"proxy": v.r.randint(1, 300), "kong": v.r.randint(0, 9), "request": v.r.randint(1, 400)},
               "client_ip": "172.18.0.%d" % v.r.randint(2, 250), "started_at": 1741000000000 + v.r.randint(0, 9999999)}
        out.append(json.dumps(rec, separators=(",", ":")))
    return "\n".join(out) + "\n"


def grpc_log(v, d, k):
    out = []
    for i in range(10):
        tok = BT(v, d, v.pick(["hex40", "alnum40", "b64u86"])) if i != 3 else "[REDACTED]"
        out.append('%s INFO grpc.server call=/payments.v1.Payments/%s peer=10.0.%d.%d:5%d metadata=map[:authority:[payments.internal:50051] authorization:[Bearer %s] content-type:[application/grpc] user-agent:[grpc-java-netty/1.63.0]] code=%s dur=%dms' % (
            hdr_ts(v), v.pick(["Charge", "Refund", "Get"]), v.r.randint(0, 255), v.r.randint(1, 254), v.r.randint(1000, 9999), tok, v.pick(["OK", "OK", "Unauthenticated"]), v.r.randint(1, 500)))
    return "\n".join(out) + "\n"


def rest_http_file(v, d, k):
    return f"""@baseUrl = https://api.brightwave.io/v2
@token = {d.L('bearer-token|generic-secret', v.bearer('alnum40'))}
@apiKey = {GS(v, d, 'hex32')}

### list projects
GET {{{{baseUrl}}}}/projects
Authorization: Bearer {{{{token}}}}

### create project (hard-coded while debugging)
POST {{{{baseUrl}}}}/projects
Authorization: Bearer {BT(v, d)}
Content-Type: application/json

{{"name": "demo"}}

### legacy report
GET https://legacy.brightwave.io/report.csv
Authorization: Basic {BA(v, d, 'report')}

### partner api
GET https://partner.example.com/v1/ping
X-Api-Key: {{{{apiKey}}}}
Authorization: Bearer {BT(v, d, 'dotted')}

### oauth (docs sample, not real)
GET https://api.brightwave.io/v2/me
Authorization: Bearer <access_token>
"""


def postman(v, d, k):
    col = {"info": {"_postman_id": v.uuid(), "name": "Lumen Pay internal", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": d.L("bearer-token|generic-secret", v.bearer()), "type": "string"}]},
           "item": [
               {"name": "Get balance", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer " + BT(v, d), "type": "text"}], "url": {"raw": "{{base}}/v1/balance"}}},
               {"name": "Legacy SOAP", "request": {"auth": {"type": "basic", "basic": [{"key": "password", "value": PW(v, d, "alnum"), "type": "string"}, {"key": "username", "value": "soapuser", "type": "string"}]},
                                                  "method": "POST", "url": {"raw": "{{legacy}}/ws"}}},
               {"name": "Env token", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer {{access_token}}"}], "url": {"raw": "{{base}}/v1/me"}}},
           ],
           "variable": [{"key": "base", "value": "https://api.lumenpay.com"}, {"key": "api_key", "value": GS(v, d, "alnum32")},
                        {"key": "client_secret", "value": GS(v, d, "b64u43")}, {"key": "admin_password", "value": PW(v, d, "word")},
                        {"key": "access_token", "value": ""}, {"key": "webhook_secret", "value": GS(v, d, "hex48")}]}
    return json.dumps(col, indent=2) + "\n"


def nginx_conf(v, d, k):
    return f"""upstream legacy_erp {{ server 10.0.5.10:8080; }}

server {{
    listen 443 ssl;
    server_name erp.kestrel-logistics.co.uk;
    ssl_certificate     /etc/nginx/tls/erp.crt;
    ssl_certificate_key /etc/nginx/tls/erp.key;

    location /api/ {{
        proxy_pass http://legacy_erp;
        proxy_set_header Authorization "Basic {BA(v, d, 'erp-proxy')}";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }}

    location /reports/ {{
        auth_basic "Reports";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://10.0.5.11:9000;
    }}

    location /partner/ {{
        proxy_pass https://partner.internal;
        proxy_set_header Authorization "Bearer {BT(v, d, 'alnum64')}";
    }}

    location /metrics {{
        proxy_set_header Authorization $http_authorization;
        proxy_pass http://10.0.5.12:9100;
    }}
}}
# old: proxy_set_header Authorization "Basic {BA(v, d, 'erp-proxy-old')}";
"""


def haproxy(v, d, k):
    return f"""global
    log /dev/log local0
    stats socket /run/haproxy/admin.sock mode 660 level admin

userlist ops_users
    user admin insecure-password {PW(v, d, 'alnum')}
    user viewer insecure-password {PW(v, d, 'word')}
    user legacy password $5$kY2rV5J1$qI0yb6cBd2mXyAGzQ3jCkqZ0f1oC3o3H1f7tD7Q0m9.

frontend fe_api
    bind :443 ssl crt /etc/haproxy/certs/api.pem
    http-request auth realm ops if {{ path_beg /stats }} !{{ http_auth(ops_users) }}
    default_backend be_api

backend be_api
    http-request set-header Authorization "Basic {BA(v, d, 'lb')}"
    server api1 10.0.6.11:8080 check
    server api2 10.0.6.12:8080 check

backend be_search
    http-request set-header Authorization "Bearer {BT(v, d, 'hex40')}"
    server es1 10.0.6.21:9200 check
"""


def heartbeat(v, d, k):
    return f"""heartbeat.monitors:
- type: http
  id: erp-health
  schedule: '@every 30s'
  urls: ["https://erp.internal/health"]
  check.request:
    method: GET
    headers:
      'Authorization': 'Basic {BA(v, d, 'hb')}'
- type: http
  id: search
  urls: ["https://es.internal:9200/_cluster/health"]
  username: heartbeat
  password: "{PW(v, d, 'alnum')}"
- type: http
  id: billing
  urls: ["https://billing.internal/ping"]
  check.request.headers:
    Authorization: "Basic {BA(v, d, 'billing-probe')}"
output.elasticsearch:
  hosts: ["https://es.internal:9200"]
  username: "beats_writer"
  password: "${{ES_PWD}}"
"""


def prometheus(v, d, k):
    return f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['10.0.7.11:9100', '10.0.7.12:9100']
  - job_name: federate
    basic_auth:
      username: prom
      password: {PW(v, d, 'alnum')}
    static_configs:
      - targets: ['prom-eu.internal:9090']
  - job_name: k8s-api
    bearer_token: {d.L('bearer-token|generic-secret', v.bearer('b64u86'))}
    scheme: https
  - job_name: app
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/app.token
remote_write:
  - url: https://metrics.brightwave.io/api/v1/push
    basic_auth:
      username: tenant-{v.digits(4)}
      password_file: /etc/prometheus/rw.pass
"""


def kubeconfig(v, d, k):
    return f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMU1ERXhNREV3TURBd01Gb1hEVE0xTURFd09ERXdNREF3TUZvd0ZURVRNQkVHQTFVRQ==
    server: https://10.0.0.10:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: ci-deployer
  name: prod
current-context: prod
users:
- name: ci-deployer
  user:
    token: {GS(v, d, 'alnum48')}
- name: readonly
  user:
    token: {GS(v, d, 'hex64')}
- name: argo-sync
  user:
    token: {GS(v, d, 'b64u43')}
- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubelogin
"""


# ------------------------------------------------------------------ dotfiles
def git_credentials(v, d, k):
    return "https://ci-bot:%s@git.corp.internal\nhttps://%s:%s@bitbucket.org\nhttps://oauth2:%s@gitlab.kestrel-logistics.co.uk\nhttps://deploy:%s@gitea.internal:3000\nhttps://svc-docs:%s@dev.azure.com\nhttp://jenkins:%s@10.0.21.4:8080\n" % (
        UC(v, d), v.pick(["priya-n", "lars-j"]), UC(v, d), UC(v, d, "alnum"), UC(v, d), UC(v, d), UC(v, d))


def netrc(v, d, k):
    return "machine api.heroku.com\n  login %s\n  password %s\nmachine ftp.partner.internal login feed password %s\nmachine nexus.internal\n  login deploy\n  password %s\nmachine example.com login user password password\n" % (
        d.L("email", v.email(domain="brightwave.io")), PW(v, d, "alnum"), PW(v, d, "word"), PW(v, d, "rand", "!*-_.~^+="))


def pgpass(v, d, k):
    return "# hostname:port:database:username:password\ndb-prod.internal:5432:orders:orders_rw:%s\ndb-prod.internal:5432:*:postgres:%s\n10.0.2.15:6432:reporting:report:%s\n*:*:*:replicator:%s\nlocalhost:5432:dev:dev:dev\n" % (
        PW(v, d, "alnum"), PW(v, d, "rand", "!*-_.~^+="), PW(v, d, "word"), PW(v, d, "alnum"))


def my_cnf(v, d, k):
    return f"""[client]
user=backup
password="{PW(v, d, 'rand', '!*-_.~^+=#')}"
host=mysql-primary.internal

[mysqldump]
user=dumper
password={PW(v, d, 'alnum')}
single-transaction

[mysqld]
# password validation plugin settings
validate_password.length=14
"""


def redis_conf(v, d, k):
    return f"""bind 10.0.9.5
port 6379
protected-mode yes
requirepass {PW(v, d, 'alnum')}
masterauth {PW(v, d, 'alnum')}
# requirepass foobared
user default on >{PW(v, d, 'word')} ~* &* +@all
user metrics on #{v.hexs(64)} ~* +info
maxmemory 2gb
"""


def pip_conf(v, d, k):
    return f"""[global]
index-url = https://pypi-proxy:{UC(v, d)}@nexus.corp.internal/repository/pypi/simple
extra-index-url = https://__token__:{UC(v, d)}@pkgs.corp.internal/simple/
                  https://pypi.org/simple
trusted-host = nexus.corp.internal
timeout = 60
"""


def npmrc(v, d, k):
    return f"""registry=https://npm.corp.internal/repository/npm-group/
//npm.corp.internal/repository/npm-group/:_authToken={GS(v, d, 'b64u43')}
//npm.pkg.github.internal/:_authToken=${{NPM_TOKEN}}
@lumen:registry=https://npm.lumenpay.internal/
//npm.lumenpay.internal/:_authToken={GS(v, d, 'hex48')}
always-auth=true
"""


def docker_config(v, d, k):
    a1 = d.L("docker-auth", base64.b64encode(("robot$ci:" + v.password("alnum")).encode()).decode())
    a2 = d.L("docker-auth", base64.b64encode(("deploy:" + v.password("alnum")).encode()).decode())
    return json.dumps({"auths": {"registry.corp.internal": {"auth": a1}, "harbor.kestrel-logistics.co.uk": {"auth": a2}, "https://index.docker.io/v1/": {}},
                       "credsStore": "", "currentContext": "default", "HttpHeaders": {"User-Agent": "Docker-Client/26.1.4 (linux)"}}, indent="\t") + "\n"


def wpa(v, d, k):
    return f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=IN

network={{
    ssid="Shetty_Home_5G"
    psk="{PW(v, d, 'phrase')}"
    key_mgmt=WPA-PSK
}}

network={{
    ssid="OfficeGuest"
    psk="{PW(v, d, 'word')}"
}}

network={{
    ssid="CORP-8021X"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="n.shetty"
    password="{PW(v, d, 'rand', '!*-_.~^+=#')}"
    phase2="auth=MSCHAPV2"
}}

network={{
    ssid="Neighbour"
    psk={d.L('password', v.hexs(64))}
}}
"""


def tomcat_users(v, d, k):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="admin" password="{PW(v, d, 'alnum')}" roles="manager-gui"/>
  <user username="deployer" password="{PW(v, d, 'rand', '!*-_.~^+=')}" roles="manager-script"/>
  <user username="jmx" password="{PW(v, d, 'word')}" roles="manager-jmx"/>
  <!--
  <user username="tomcat" password="<must-be-changed>" roles="tomcat"/>
  <user username="both" password="<must-be-changed>" roles="tomcat,role1"/>
  -->
  <user username="status" password="{PW(v, d, 'alnum')}" roles="manager-status"/>
</tomcat-users>
"""


def ansible_inv(v, d, k):
    return f"""[web]
web01 ansible_host=10.0.10.11 ansible_user=deploy ansible_password={PW(v, d, 'alnum')}
web02 ansible_host=10.0.10.12 ansible_user=deploy ansible_password="{{{{ vault_deploy_password }}}}"

[db]
db01 ansible_host=10.0.10.21 ansible_user=root ansible_ssh_pass={PW(v, d, 'word')} ansible_become_pass={PW(v, d, 'alnum')}

[windows]
win01 ansible_host=10.0.10.31

[windows:vars]
ansible_user=Administrator
ansible_password={PW(v, d, 'rand', '!*-_.~^+=')}
ansible_connection=winrm
ansible_winrm_server_cert_validation=ignore

[all:vars]
mysql_root_password={PW(v, d, 'alnum')}
api_token={GS(v, d, 'alnum36')}
"""


def filezilla(v, d, k):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.partner.internal</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>feeds</User>
      <Pass>{PW(v, d, 'alnum')}</Pass>
      <Logontype>1</Logontype>
      <Name>Partner feeds</Name>
    </Server>
    <Server>
      <Host>sftp.kestrel-logistics.co.uk</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>edi</User>
      <Pass>{PW(v, d, 'word')}</Pass>
      <Logontype>1</Logontype>
      <Name>EDI</Name>
    </Server>
    <Server>
      <Host>10.0.11.5</Host>
      <Port>21</Port>
      <User>scanner</User>
      <Pass>{PW(v, d, 'weak')}</Pass>
      <Logontype>1</Logontype>
      <Name>Copier scans</Name>
    </Server>
  </Servers>
</FileZilla3>
"""


def pgbouncer(v, d, k):
    return '"orders" "%s"\n"reporting" "%s"\n"pgbouncer_stats" "md5%s"\n"replicator" "%s"\n' % (PW(v, d, "alnum"), PW(v, d, "word"), v.hexs(32), PW(v, d, "alnum"))


def odbc(v, d, k):
    return f"""[ODBC Data Sources]
DWH = ODBC Driver 18 for SQL Server

[DWH]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:dwh.internal,1433
Database = dwh
UID = etl_reader
PWD = {PW(v, d, 'alnum')}
Encrypt = yes

[Oracle_FIN]
Driver = Oracle 21 ODBC driver
DBQ = fin-db.internal:1521/FINPDB
UserID = fin_ro
Password = {PW(v, d, 'word')}
"""


def git_config(v, d, k):
    return f"""[core]
\trepositoryformatversion = 0
\tbare = false
[remote "origin"]
\turl = https://x-access-token:{UC(v, d, 'alnum')}@git.corp.internal/platform/infra.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[remote "mirror"]
\turl = https://mirror-bot:{UC(v, d)}@gitea.internal:3000/mirror/infra.git
[branch "main"]
\tremote = origin
\tmerge = refs/heads/main
"""


def crontab(v, d, k):
    return f"""# m h  dom mon dow   command
15 2 * * * /usr/bin/wget -q -O /srv/feeds/prices.csv ftp://feeds:{UC(v, d)}@ftp.partner.internal/out/prices.csv
30 2 * * * PGPASSWORD='{PW(v, d, 'alnum')}' pg_dump -h db-prod.internal -U backup orders | gzip > /backup/orders.sql.gz
0 * * * * curl -fsS -u monitor:{PW(v, d, 'alnum')} http://10.0.12.4:15672/api/healthchecks/node > /dev/null
*/5 * * * * /opt/sync/run.sh --dest sftp://sync:{UC(v, d)}@backup.internal/data
"""


def etc_environment(v, d, k):
    return f"""PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
http_proxy="http://svc-proxy:{UC(v, d)}@proxy.corp.internal:3128/"
https_proxy="http://svc-proxy:{UC(v, d)}@proxy.corp.internal:3128/"
ftp_proxy="http://proxy.corp.internal:3128/"
no_proxy="localhost,127.0.0.1,.internal"
ALL_PROXY="socks5h://tunnel:{UC(v, d)}@10.0.13.2:1080"
PIP_INDEX_URL="https://pypi-ro:{UC(v, d)}@nexus.corp.internal/repository/pypi/simple"
"""


# ------------------------------------------------------------------ shell history
def bash_history(v, d, k):
    u = v.pick(["root", "deploy", "ops"])
    lines = []
    lines.append("psql \"postgresql://app:%s@db-prod.internal:5432/orders?sslmode=require\"" % UC(v, d))
    lines.append("mysql -h mysql-primary.internal -uroot -p%s -e 'show processlist'" % PW(v, d, "alnum"))
    lines.append("mongosh \"mongodb+srv://admin:%s@cluster0.mongo.internal/?retryWrites=true\"" % UC(v, d))
    lines.append("redis-cli -h 10.0.9.5 -a %s --no-auth-warning info replication" % PW(v, d, "alnum"))
    lines.append("sshpass -p '%s' ssh -o StrictHostKeyChecking=no %s@10.0.10.31" % (PW(v, d, "rand", "!*-_.~^+=#"), u))
    lines.append("openssl pkcs12 -in client.p12 -nocerts -nodes -passin pass:%s -out client.key" % PW(v, d, "word"))
    lines.append("htpasswd -b /etc/nginx/.htpasswd reports %s" % PW(v, d, "alnum"))
    lines.append("keytool -importkeystore -srckeystore old.jks -destkeystore new.p12 -srcstorepass %s -deststorepass %s -deststoretype PKCS12" % (PW(v, d, "alnum"), PW(v, d, "alnum")))
    lines.append("az login -u %s -p '%s'" % (d.L("email", v.email(domain=v.pick(["brightwave.io", "lumenpay.com", "pixelforge.dev"]))), PW(v, d, "rand", "!*-_.~^+=")))
    lines.append("aws configure set aws_secret_access_key %s --profile legacy" % AS(v, d))
    lines.append("export API_TOKEN=%s" % GS(v, d, "alnum36"))
    lines.append("curl -H 'Authorization: Bearer %s' https://api.brightwave.io/v2/jobs" % BT(v, d))
    lines.append("docker login registry.corp.internal -u ci -p %s" % PW(v, d, "alnum"))
    lines.append("git clone https://deploy:%s@git.corp.internal/platform/infra.git" % UC(v, d))
    lines.append("mysql -u report --password=%s reporting < q.sql" % PW(v, d, "word"))
    lines.append("ldapsearch -x -H ldap://ldap.internal -D 'cn=admin,dc=corp,dc=internal' -w %s '(uid=nshetty)'" % PW(v, d, "alnum"))
    lines.append("smbclient //fs01/finance -U 'CORP\\svc-scan%%%s'" % PW(v, d, "alnum"))
    lines.append("curl -H \"Authorization: Basic %s\" http://10.0.12.4:15672/api/overview" % BA(v, d, "guest2"))
    lines.append("psql -h localhost -U postgres   # password: see vault")
    lines.append("AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s aws s3 ls s3://exports-%s" % (AK(v, d), AS(v, d), v.digits(4)))
    lines.append("http GET https://api.pixelforge.dev/v3/builds 'Authorization:Bearer %s'" % BT(v, d, "alnum40"))
    lines.append("wget --header='Authorization: Basic %s' http://10.0.12.9:8081/repository/raw/tools.tgz" % BA(v, d, "nexus-ro"))
    lines.append("rclone copy s3:bucket/in sftp://sync:%s@backup.internal/data" % UC(v, d))
    lines.append("curl -T dump.sql.gz ftp://upload:%s@ftp.partner.internal/incoming/" % UC(v, d))
    lines.append("echo $DB_PASSWORD | docker login -u ci --password-stdin registry.corp.internal")
    lines.append("history -c")
    if k == 1:
        return "".join(": %d:0;%s\n" % (1735000000 + i * 97 + v.r.randint(0, 90), l) for i, l in enumerate(lines))
    if k == 2:
        return "".join("- cmd: %s\n  when: %d\n" % (l, 1735000000 + i * 97) for i, l in enumerate(lines))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ password managers
def pm_export(v, d, k):
    if k == 0:
        rows = ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"]
        for i in range(8):
            site = v.pick(["github.com", "console.aws.amazon.com", "mail.ostseebank.de", "portal.azure.com", "jira.internal", "vpn.corp.internal", "bank.sundarbank.in", "wifi router"])
            pw = v.password(["rand", "word", "phrase", "alnum", "weak"][i % 5], "!*-_.~^+=#@%")
            val = pw.replace('"', '""')
            d.L("password", val)
            rows.append('%s,,login,%s,,,0,https://%s/,%s,"%s",%s' % (v.pick(["Work", "Personal", ""]), site, site, v.pick(["nshetty", "n.shetty", "admin"]), val, "" if i % 3 else d.L("generic-secret", v.rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))))
        return "\n".join(rows) + "\n"
    rows = ["name,url,username,password,note"]
    for i in range(7):
        site = v.pick(["www.irctc.co.in", "accounts.google.com", "netbanking.sundarbank.in", "www.amazon.in", "login.microsoftonline.com", "app.quantumleaf.co", "192.168.1.1"])
        rows.append("%s,https://%s/,%s,%s," % (site, site, v.pick(["priya.n", "priya.nair85", "pnair"]), PW(v, d, ["rand", "word", "weak", "alnum", "phrase", "rand", "word"][i], "!*-_.~^+=#@%")))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ prose
def slack_export(v, d, k):
    pw1 = v.password("word")
    pw2 = v.password("rand", "!*-_.~^+=@#")
    pw2 = pw2[:4] + "\\" + pw2[4:]
    t1 = v.bearer("alnum40")
    b = v.basic("grafana")
    ak = v.aws_id()
    sk = v.aws_secret()
    uc = v.password("alnum", "-_.~")
    msgs = [
        ("U02ABCD1", "hey can someone reset the staging db password? the old one stopped working"),
        ("U02ABCD2", "done. the new password is %s (will rotate after the demo)" % d.L("password", pw1)),
        ("U02ABCD1", "thx! also what's the grafana admin pw?"),
        ("U02ABCD2", "it's in 1Password, don't paste it here pls"),
        ("U02ABCD3", "for the partner API use token %s for now, header is the usual Authorization: Bearer %s" % (d.L("bearer-token", t1), d.L("bearer-token", t1))),
        ("U02ABCD1", "legacy box still wants basic auth: `Authorization: Basic %s`" % d.L("basic-auth", b)),
        ("U02ABCD4", "pwd for the vpn test user: %s" % pw2),
        ("U02ABCD3", "new IAM key for the exporter: %s / %s" % (d.L("aws-access-key-id", ak), d.L("aws-secret-key", sk))),
        ("U02ABCD2", "DSN if you need it: `postgres://exporter:%s@pg.internal:5432/exports`" % d.L("url-credentials", uc)),
        ("U02ABCD4", "reminder: the password is NOT `changeme` anymore :)"),
        ("U02ABCD3", "monitoring webhook: curl -H 'Authorization: Bearer %s' https://status.internal/api/v1/incidents" % d.L("bearer-token", v.bearer("hex40"))),
        ("U02ABCD1", "and the mapping service api_key=%s (prod, read only)" % d.L("generic-secret", v.secret("alnum32"))),
    ]
    d.L("password", jesc(pw2))
    arr = []
    team = "T0" + v.rand(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    for i, (u, t) in enumerate(msgs):
        arr.append({"type": "message", "user": u, "text": t, "ts": "%d.%06d" % (1741000000 + i * 60, v.r.randint(0, 999999)), "team": team})
    return json.dumps(arr, indent=2, ensure_ascii=False) + "\n"


def jira_ticket(v, d, k):
    fn, ln = v.name_w()
    em = d.L("email", v.email(fn, ln, v.pick(["kestrel-logistics.co.uk", "fjordtech.no"])))
    pw = PW(v, d, "alnum")
    pw2 = PW(v, d, "weak")
    tok = GS(v, d, "hex48")
    return f"""OPS-{v.digits(4)}: Integration with carrier API failing since Monday
Reporter: {fn} {ln} ({em})      Priority: High      Status: In Progress
Created: {fmt_date(v.event_date(2025, 2025), 'iso')} 09:41

Description:
The nightly job fails with 401. Credentials we were given by the carrier:
  username: kestrel_int
  password: {pw}
  api_key: {tok}

Steps: run `carrier-sync --env prod`. Log excerpt:
  2025-03-02 02:00:04 ERROR auth failed for kestrel_int (password=********)

Comment ({v.pick(['Liam', 'Oskar', 'Chidi'])}):
  Tried with the old password {pw2} too - same result. Please don't paste secrets
  in tickets; I'm moving them to Vault (path secret/carrier/prod).

Comment ({fn}):
  Carrier says use the bearer flow: Authorization: Bearer {BT(v, d, 'b64u86')}
"""


def teams_chat(v, d, k):
    lines = [
        "[10:02] Siobhan Walsh: is the SFTP for the bank files still sftp://bankfeed:%s@sftp.ostseebank.internal ?" % UC(v, d),
        "[10:03] Kacper Nowak: yes. and the PGP passphrase is %s" % PW(v, d, "phrase"),
        "[10:05] Siobhan Walsh: and the portal login? user fin-ops, password %s right?" % PW(v, d, "rand", "!*-_.~^+="),
        "[10:05] Kacper Nowak: right. the old one (%s) was disabled" % PW(v, d, "weak"),
        "[10:06] Siobhan Walsh: 👍 i'll use the token %s for the reconciliation API then" % GS(v, d, "alnum32"),
        "[10:07] Kacper Nowak: fine, but rotate after. passwords like P@ssw0rd or <your password> in the wiki are just examples",
    ]
    return "\n".join(lines) + "\n"


def handover_mail(v, d, k):
    fn, ln = v.name_w()
    frm = d.L("email", v.email(fn, ln, "fjordtech.no"))
    to = d.L("email", v.email(domain="fjordtech.no"))
    return f"""From: {fn} {ln} <{frm}>
To: <{to}>
Subject: handover before my leave
Date: Fri, 14 Mar 2025 16:22:10 +0100
Content-Type: text/plain; charset=utf-8

Hi,

quick handover for the Oslo migration:

- DB admin: user migrator / password {PW(v, d, 'rand', '!*-_.~^+=')}
- Old DSN (still used by the cron box): mysql://migrator:{UC(v, d)}@10.0.14.2:3306/legacy
- Monitoring API token: {GS(v, d, 'alnum32')}
- Partner sandbox: curl -H "Authorization: Bearer {BT(v, d)}" https://sandbox.partner.internal/v1/ping
- Router admin pw is written on the sticker (not here).

The AWS key id {EX_ID} in the runbook is just the docs example.

/{fn}
"""


# ------------------------------------------------------------------ logs
def login_audit(v, d, k):
    out = []
    for i in range(8):
        user = v.pick(["admin", "root", "n.shetty", "svc-backup", "a.rossi"])
        ts = hdr_ts(v)
        if i % 3 == 0:
            out.append("%s WARN  auth.LoginController - failed login user=%s password=%s ip=10.0.%d.%d reason=bad_credentials" % (ts, user, PW(v, d, v.pick(["alnum", "word", "weak"])), v.r.randint(0, 255), v.r.randint(1, 254)))
        elif i % 3 == 1:
            out.append("%s INFO  auth.LoginController - login ok user=%s password=[PROTECTED] mfa=totp" % (ts, user))
        else:
            out.append("%s DEBUG auth.LdapBind - bind dn=uid=%s,ou=people,dc=corp,dc=internal credentials=%s result=49" % (ts, user, PW(v, d, "alnum")))
    out.append("%s INFO  auth.PasswordPolicy - password=changeme rejected by policy (too common)" % hdr_ts(v))
    return "\n".join(out) + "\n"


def py_traceback(v, d, k):
    pw = v.password("alnum")
    d.L("password", pw)
    d.L("password", pw)
    uc = v.password("alnum", "-_.~")
    d.L("url-credentials", uc)
    key = GS(v, d, "hex32")
    return f"""Traceback (most recent call last):
  File "/app/worker/tasks.py", line 88, in sync_invoices
    conn = psycopg2.connect(host=cfg["host"], user=cfg["user"], password=cfg["password"], dbname="billing")
  File "/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "10.0.15.3", port 5432 failed: FATAL:  password authentication failed for user "billing"

Local variables in frame sync_invoices:
    cfg = {{'host': '10.0.15.3', 'user': 'billing', 'password': '{pw}', 'api_key': '{key}'}}
    password = '{pw}'
    dsn = 'postgresql://billing:{uc}@10.0.15.3:5432/billing'
    retries = 3
"""


def spring_env_dump(v, d, k):
    pw = PW(v, d, "alnum")
    return f"""2025-03-11 08:00:02.114  INFO 1 --- [           main] o.s.b.c.c.ConfigDataEnvironment : Active profiles: prod
2025-03-11 08:00:02.901 DEBUG 1 --- [           main] c.l.orders.config.ConfigDump     : effective config {{spring.datasource.url=jdbc:postgresql://pg.internal:5432/orders, spring.datasource.username=orders, spring.datasource.password={pw}, spring.datasource.hikari.maximum-pool-size=20, app.partner.api-key={GS(v, d, 'alnum32')}, app.partner.secret=******, spring.rabbitmq.password=${{RABBIT_PASSWORD}}, spring.mail.password={PW(v, d, 'word')}, app.jwt.secret={GS(v, d, 'hex64')}}}
2025-03-11 08:00:05.332  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...
2025-03-11 08:00:05.611  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Start completed.
2025-03-11 08:00:07.004  WARN 1 --- [           main] o.s.b.a.o.j.JpaBaseConfiguration : spring.jpa.open-in-view is enabled by default.
2025-03-11 08:00:09.870  INFO 1 --- [           main] c.l.orders.OrdersApplication : Started OrdersApplication in 8.412 seconds
"""


def mongod_log(v, d, k):
    out = []
    for i in range(3):
        out.append('{"t":{"$date":"%s"},"s":"I","c":"NETWORK","id":51800,"ctx":"conn%d","msg":"client metadata","attr":{"remote":"10.0.16.%d:%d","client":"conn%d","doc":{"application":{"name":"etl"},"driver":{"name":"PyMongo","version":"4.7.2"}}}}' % (
            hdr_ts(v), v.r.randint(100, 999), v.r.randint(2, 250), v.r.randint(40000, 60000), v.r.randint(100, 999)))
    out.append('%s ERROR etl.loader - could not connect using mongodb://etl:%s@mongo-0.internal:27017,mongo-1.internal:27017/etl?replicaSet=rs0&authSource=admin: Authentication failed.' % (hdr_ts(v), UC(v, d)))
    out.append('%s INFO  etl.loader - retrying with mongodb://etl:****@mongo-0.internal:27017/etl' % hdr_ts(v))
    out.append('%s INFO  celery.worker - transport: amqp://etl:**@rabbitmq.internal:5672//' % hdr_ts(v))
    out.append('%s INFO  etl.loader - secondary source mongodb://reader:%s@mongo-ro.internal:27017/etl' % (hdr_ts(v), UC(v, d)))
    out.append('%s INFO  celery.worker - results: redis://:%s@redis.internal:6379/2' % (hdr_ts(v), UC(v, d)))
    return "\n".join(out) + "\n"


def oauth_responses(v, d, k):
    out = []
    for i in range(6):
        out.append("$ curl -s -X POST https://auth.%s/oauth2/token -d grant_type=client_credentials -d client_id=%s -d client_secret=%s" % (
            v.pick(["brightwave.io", "lumenpay.com", "pixelforge.dev"]), v.pick(["reporting", "sync-svc", "billing"]), GS(v, d, "b64u43")))
        out.append(json.dumps({"access_token": GS(v, d, v.pick(["alnum48", "b64u43", "hex64"])), "token_type": "Bearer", "expires_in": 3599, "refresh_token": GS(v, d, "alnum48"), "scope": "read write"}, indent=2))
    out.append("$ curl -s -X POST https://auth.brightwave.io/oauth2/token -d grant_type=client_credentials -d client_id=demo -d client_secret=$CLIENT_SECRET")
    out.append('{"error": "invalid_client"}')
    return "\n".join(out) + "\n"


def appsettings(v, d, k):
    return json.dumps({"Logging": {"LogLevel": {"Default": "Information"}},
                       "ConnectionStrings": {"Default": "Server=tcp:sql-fin.internal,1433;Database=Fin;User ID=fin_app;Password=%s;Encrypt=True;" % PW(v, d, "alnum"),
                                             "ReadOnly": "Server=sql-fin-ro;Database=Fin;Authentication=Active Directory Managed Identity;"},
                       "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": v.uuid(), "ClientId": v.uuid(), "ClientSecret": GS(v, d, "alnum32")},
                       "Smtp": {"Host": "smtp.internal", "User": "alerts", "Password": PW(v, d, "word")},
                       "Partner": {"ApiKey": GS(v, d, "hex48"), "BaseUrl": "https://partner.internal", "WebhookSecret": GS(v, d, "b64u43"), "ClientSecret": GS(v, d, "alnum48")},
                       "Placeholder": {"Secret": "__REPLACE_IN_PIPELINE__"}}, indent=2) + "\n"


def serverless(v, d, k):
    return f"""service: invoice-renderer
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    PDF_API_KEY: {GS(v, d, 'alnum32')}
    SIGNING_SECRET: {GS(v, d, 'hex48')}
    DB_PASSWORD: ${{ssm:/invoice/db_password}}
    WEBHOOK_SECRET: "{GS(v, d, 'hex64')}"
    SMTP_PASSWORD: "{PW(v, d, 'alnum')}"
functions:
  render:
    handler: handler.render
"""


def tfvars(v, d, k):
    return f"""environment        = "prod"
db_admin_password  = "{PW(v, d, 'rand', '!*-_.~^+=')}"
cloudflare_api_token = "{GS(v, d, 'alnum36')}"
pagerduty_token    = "{GS(v, d, 'alnum24')}"
grafana_admin_password = "{PW(v, d, 'word')}"
aws_access_key     = "{AK(v, d)}"
aws_secret_key     = "{AS(v, d)}"
vpn_shared_secret  = "{GS(v, d, 'alnum32')}"
datadog_app_name   = "ledger"
sentry_auth_token  = "{GS(v, d, 'hex64')}"
"""


def app_ini(v, d, k):
    return f"""; Gitea app.ini (excerpt)
APP_NAME = Fjord Git
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = 10.0.17.5:5432
NAME     = gitea
USER     = gitea
PASSWD   = {PW(v, d, 'alnum')}

[security]
INSTALL_LOCK   = true
SECRET_KEY     = {GS(v, d, 'alnum48')}
INTERNAL_TOKEN = {d.L('jwt', v.jwt('internal'))}

[oauth2]
JWT_SECRET = {GS(v, d, 'b64u43')}

[mailer]
ENABLED = true
USER    = gitea
PASSWD  = `{PW(v, d, 'word')}`
"""


def oauth_clients(v, d, k):
    return f"""# oauth2-proxy / keycloak clients (decrypted with sops for migration)
clients:
  - clientId: grafana
    secret: {GS(v, d, 'alnum32')}
    redirectUris: ["https://grafana.internal/login/generic_oauth"]
  - clientId: argocd
    secret: {GS(v, d, 'alnum32')}
  - clientId: jenkins
    secret: "{GS(v, d, 'b64u43')}"
  - clientId: public-spa
    publicClient: true
    secret: null
cookie_secret: {GS(v, d, 'b64_44')}
sops:
  mac: ENC[AES256_GCM,data:{v.rand(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')},iv:{v.rand(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=,tag:{v.rand(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}==,type:str]
"""


# ------------------------------------------------------------------ client code
def code_ts(v, d, k):
    return f"""// src/api/client.ts
import axios from "axios";

const BASE = process.env.API_BASE ?? "https://api.brightwave.io/v2";
const SERVICE_TOKEN = "{d.L('bearer-token|generic-secret', v.bearer('alnum64'))}"; // FIXME: move to secret manager

export const api = axios.create({{
  baseURL: BASE,
  headers: {{ Authorization: `Bearer ${{SERVICE_TOKEN}}` }},
}});

export async function legacyReport(): Promise<string> {{
  const res = await fetch("https://legacy.brightwave.io/report.csv", {{
    headers: {{ Authorization: "Basic {BA(v, d, 'report-bot')}" }},
  }});
  return res.text();
}}

export const stripeLikeConfig = {{ apiKey: process.env.PAYMENTS_KEY, webhookSecret: "{GS(v, d, 'hex64')}" }};
export const authHeader = (t: string) => ({{ Authorization: `Bearer ${{t}}` }});
"""


def code_py_client(v, d, k):
    return f"""# tools/api_client.py
import os
import requests

API = "https://api.quantumleaf.co/v1"
TOKEN = os.environ.get("QL_TOKEN", "{d.L('bearer-token|generic-secret', v.bearer('hex40'))}")
HEADERS = {{"Authorization": "Bearer " + TOKEN}}
LEGACY_AUTH = ("exporter", "{PW(v, d, 'alnum')}")
PARTNER_HEADERS = {{"Authorization": "Bearer {BT(v, d, 'b64u43')}", "X-Api-Key": "{GS(v, d, 'alnum32')}"}}


def fetch(path, token=None):
    h = {{"Authorization": f"Bearer {{token}}"}} if token else HEADERS
    return requests.get(API + path, headers=h, timeout=30).json()


def legacy():
    return requests.get("https://legacy.quantumleaf.co/export", auth=LEGACY_AUTH)
"""


def code_php_sync(v, d, k):
    return f"""<?php
// cron/sync_orders.php
$ch = curl_init('https://erp.kestrel-logistics.co.uk/api/orders?since=' . urlencode($since));
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Authorization: Basic {BA(v, d, 'erp-sync')}',
    'Accept: application/json',
]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$orders = json_decode(curl_exec($ch), true);

$pdo = new PDO('mysql:host=10.0.18.2;dbname=shop', 'shop', '{PW(v, d, 'alnum')}');
$apiKey = getenv('CARRIER_API_KEY');
$bearer = 'Bearer {BT(v, d, 'alnum40')}';
$client = new GuzzleHttp\\Client(['headers' => ['Authorization' => $bearer]]);
"""


def code_go_webhook(v, d, k):
    return f"""package webhook

import (
\t"net/http"
\t"os"
)

var signingSecret = []byte("{GS(v, d, 'alnum48')}")

func notify(url string) (*http.Response, error) {{
\treq, _ := http.NewRequest(http.MethodPost, url, nil)
\treq.Header.Set("Authorization", "Bearer {BT(v, d, 'hex64')}")
\treq.SetBasicAuth("notifier", os.Getenv("NOTIFIER_PASSWORD"))
\treturn http.DefaultClient.Do(req)
}}

func legacy(url string) (*http.Response, error) {{
\treq, _ := http.NewRequest(http.MethodGet, url, nil)
\treq.Header.Set("Authorization", "Basic {BA(v, d, 'legacy-notify')}")
\treturn http.DefaultClient.Do(req)
}}
"""


def token_csv(v, d, k):
    rows = ["revoked_at,client,authorization_header,reason"]
    for i in range(10):
        if i in (4, 8):
            hdr = "Basic " + BA(v, d)
        else:
            hdr = "Bearer " + BT(v, d)
        rows.append('%s,%s,"%s",%s' % (hdr_ts(v), v.pick(["ios-app", "android-app", "partner-x", "cli"]), hdr, v.pick(["leaked in log", "user logout", "rotation"])))
    rows.append('%s,docs,"Bearer <token>",example' % hdr_ts(v))
    return "\n".join(rows) + "\n"


def charles(v, d, k):
    out = []
    for i in range(6):
        out.append("Request %d" % (i + 1))
        out.append("  URL         https://api.casaverde.com.br/app/v%d/%s" % (v.r.randint(2, 4), v.pick(["carrinho", "pedidos", "perfil"])))
        out.append("  Status      Complete")
        out.append("  Headers")
        out.append("    :method        %s" % v.pick(["GET", "POST"]))
        if i in (2, 5):
            out.append("    authorization  Basic %s" % BA(v, d, ["app-ios", "app-android"][i // 5]))
        else:
            out.append("    authorization  Bearer %s" % BT(v, d))
        out.append("    x-app-version  %d.%d.%d" % (v.r.randint(3, 9), v.r.randint(0, 20), v.r.randint(0, 99)))
        out.append("")
    return "\n".join(out) + "\n"


def sentry_event(v, d, k):
    t = v.bearer("alnum40")
    d.L("bearer-token", t)
    ev = {"event_id": v.hexs(32), "timestamp": hdr_ts(v), "platform": "python", "level": "error",
          "exception": {"values": [{"type": "HTTPError", "value": "401 Client Error: Unauthorized for url: https://partner.internal/v1/sync"}]},
          "request": {"url": "https://app.internal/sync", "method": "POST", "headers": {"Authorization": "[Filtered]", "Content-Type": "application/json"}},
          "breadcrumbs": {"values": [{"category": "httplib", "message": "POST https://partner.internal/v1/sync headers={'Authorization': 'Bearer %s'}" % t, "level": "info"}]},
          "tags": {"release": "sync@%d.%d.%d" % (v.r.randint(1, 5), v.r.randint(0, 30), v.r.randint(0, 9))}}
    return json.dumps(ev, indent=2) + "\n"


def soap_basic(v, d, k):
    return f"""POST /services/StatementService HTTP/1.1
Host: core.ostseebank.internal:8443
Content-Type: text/xml; charset=utf-8
SOAPAction: "urn:getStatement"
Authorization: Basic {BA(v, d, 'stmt-client')}
Content-Length: 512

<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soap:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>stmt-client</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{PW(v, d, 'alnum')}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body>
    <getStatement><accountRef>{v.safe_digits(10)}</accountRef><from>{fmt_date(v.event_date(2025, 2025), 'iso')}</from></getStatement>
  </soap:Body>
</soap:Envelope>
"""



def gitleaks(v, d, k):
    finds = []
    fn, ln = v.name_w()
    em = v.email(fn, ln, "pixelforge.dev")
    commit = v.hexs(40)

    def f(desc, rule, file, line, match, secret):
        finds.append({"Description": desc, "StartLine": line, "EndLine": line, "StartColumn": 1 + match.find(secret), "EndColumn": match.find(secret) + len(secret),
                      "Match": match, "Secret": secret, "File": file, "SymlinkFile": "", "Commit": commit, "Entropy": round(3.5 + v.r.random() * 1.4, 6),
                      "Author": "%s %s" % (fn, ln), "Email": d.L("email", em), "Date": "%sT11:02:33Z" % fmt_date(v.event_date(2024, 2025), "iso"),
                      "Message": v.pick(["wip", "fix deploy", "add staging config"]), "Tags": [], "RuleID": rule,
                      "Fingerprint": "%s:%s:%s:%d" % (commit, file, rule, line)})
    for i in range(6):
        ak = v.aws_id()
        sk = v.aws_secret()
        d.L("aws-access-key-id", ak)
        d.L("aws-access-key-id", ak)
        d.L("aws-secret-key", sk)
        d.L("aws-secret-key", sk)
        file = v.pick(["deploy/env.sh", "infra/prod.tfvars", "scripts/sync.py", "docker/.env"])
        f("AWS", "aws-access-token", file, 10 + i * 3, "AWS_ACCESS_KEY_ID=%s" % ak, ak)
        f("Generic API Key", "generic-api-key", file, 11 + i * 3, "AWS_SECRET_ACCESS_KEY=%s" % sk, sk)
    for i in range(2):
        g = v.secret("hex40" if i == 0 else "alnum32")
        if i == 0:
            g = v.secret("hex48")
        d.L("generic-secret", g)
        d.L("generic-secret", g)
        f("Generic API Key", "generic-api-key", "app/config/partners.yml", 40 + i, "api_key: \"%s\"" % g, g)
    pw = v.password("alnum")
    d.L("password", pw)
    d.L("password", pw)
    f("Generic API Key", "generic-api-key", "docker/.env", 7, "DB_PASSWORD=%s" % pw, pw)
    return json.dumps(finds, indent=1) + "\n"


def streamlit_secrets(v, d, k):
    return f"""# .streamlit/secrets.toml
OPENWEATHER_API_KEY = "{GS(v, d, 'hex32')}"
admin_password = "{PW(v, d, 'word')}"
MAPS_API_KEY = "{GS(v, d, 'alnum32')}"

[connections.postgresql]
dialect = "postgresql"
host = "pg.internal"
port = "5432"
database = "dash"
username = "dash_ro"
password = "{PW(v, d, 'alnum')}"

[connections.snowflake]
url = "snowflake://dash_svc:{UC(v, d)}@xy12345.eu-west-1/ANALYTICS"

[aws]
aws_access_key_id = "{AK(v, d)}"
aws_secret_access_key = "{AS(v, d)}"

[gcp_service_account]
type = "service_account"
project_id = "dash-{v.digits(6)}"
private_key_id = "{v.hexs(40)}"
private_key = "-----BEGIN PRIVATE KEY-----\\n<paste key here>\\n-----END PRIVATE KEY-----\\n"
"""


def startup_dsn(v, d, k):
    out = []
    for i, (scheme, port, svc) in enumerate([("postgresql", 5432, "orders"), ("mysql", 3306, "legacy"), ("redis", 6379, "cache"), ("amqp", 5672, "events"), ("mongodb", 27017, "catalog"), ("postgresql", 5432, "audit"), ("mysql", 3306, "billing"), ("postgresql", 5432, "search")]):
        if i == 3:
            dsn = "%s://%s:********@%s.internal:%d/%s" % (scheme, svc, svc, port, svc)
        elif scheme == "redis":
            dsn = "redis://:%s@%s.internal:%d/0" % (UC(v, d), svc, port)
        else:
            dsn = "%s://%s:%s@%s.internal:%d/%s" % (scheme, svc, UC(v, d), svc, port, svc)
        out.append("%s INFO  [main] bootstrap.Datasources - registered %-8s dsn=%s pool=%d" % (hdr_ts(v), svc, dsn, v.r.randint(5, 40)))
    out.append("%s WARN  [main] bootstrap.Datasources - DSN for 'reports' uses template postgresql://user:password@localhost/reports, ignoring" % hdr_ts(v))
    out.append("%s INFO  [main] bootstrap.Datasources - sftp drop: sftp://drop:%s@sftp.partner.internal:22/in" % (hdr_ts(v), UC(v, d)))
    return "\n".join(out) + "\n"


def traefik_log(v, d, k):
    out = []
    for i in range(12):
        if i in (3, 7):
            auth = "Basic " + BA(v, d)
        elif i == 9:
            auth = "Bearer "
        else:
            auth = "Bearer " + BT(v, d)
        rec = {"ClientAddr": "10.42.%d.%d:%d" % (v.r.randint(0, 255), v.r.randint(1, 254), v.r.randint(30000, 60000)), "DownstreamStatus": v.pick([200, 200, 401, 404]),
               "Duration": v.r.randint(100000, 90000000), "RequestHost": v.pick(["api.internal", "admin.internal"]), "RequestMethod": v.pick(["GET", "POST"]),
               "RequestPath": "/v1/%s" % v.pick(["users", "orders", "metrics", "exports"]), "RouterName": "api@kubernetescrd", "StartUTC": hdr_ts(v),
               "request_Authorization": auth.strip() if i == 9 else auth, "request_User-Agent": v.pick(["k6/0.50.0", "Go-http-client/1.1"]), "level": "info", "msg": "", "time": hdr_ts(v)}
        out.append(json.dumps(rec, separators=(",", ":")))
    return "\n".join(out) + "\n"


def squid_log(v, d, k):
    out = []
    for i in range(10):
        t = "%d.%03d" % (1741000000 + i * 137, v.r.randint(0, 999))
        if i % 3 == 2:
            hdr = "Host: feeds.partner.internal\\r\\nAuthorization: Bearer %s\\r\\nUser-Agent: curl/8.5.0\\r\\n" % BT(v, d)
            req = "GET http://feeds.partner.internal/v1/prices.csv"
        else:
            hdr = "Host: %s:443\\r\\nProxy-Authorization: Basic %s\\r\\nUser-Agent: %s\\r\\n" % (v.pick(["api.github.internal", "pypi.org", "registry.npmjs.org"]), BA(v, d, v.pick(["build01", "build02", "laptop-ns"])), v.pick(["pip/24.0", "npm/10.5.0", "git/2.43.0"]))
            req = "CONNECT %s:443" % v.pick(["pypi.org", "registry.npmjs.org"])
        out.append("%s %6d 10.0.20.%d TCP_TUNNEL/200 %d %s - HIER_DIRECT/203.0.113.%d - [%s] [HTTP/1.1 200 Connection established\\r\\n\\r\\n]" % (t, v.r.randint(10, 90000), v.r.randint(2, 250), v.r.randint(100, 99999), req, v.r.randint(1, 254), hdr))
    return "\n".join(out) + "\n"

DOCS = []
for _k in range(2):
    DOCS.append(("http/session_%02d.har" % (_k + 1), har, _k))
DOCS.append(("http/mitmdump_flows.txt", mitmdump, 0))
DOCS.append(("http/wireshark_follow_tcp.txt", wireshark, 0))
DOCS.append(("http/burp_saved_items.txt", burp, 0))
DOCS.append(("http/curl_debug.txt", curl_v, 0))
DOCS.append(("logs/nginx_authdbg_access.log", nginx_auth_log, 0))
for _k in range(2):
    DOCS.append(("logs/gateway_%02d.jsonl" % (_k + 1), gateway_jsonl, _k))
DOCS.append(("logs/http_wire_debug.log", wire_log, 0))
DOCS.append(("logs/envoy_access.log", envoy_log, 0))
DOCS.append(("logs/kong_http_log.jsonl", kong_log, 0))
DOCS.append(("logs/grpc_payments.log", grpc_log, 0))
DOCS.append(("api/brightwave.http", rest_http_file, 0))
DOCS.append(("api/postman_collection.json", postman, 0))
DOCS.append(("config/nginx-erp.conf", nginx_conf, 0))
DOCS.append(("config/haproxy.cfg", haproxy, 0))
DOCS.append(("config/heartbeat.yml", heartbeat, 0))
DOCS.append(("config/prometheus.yml", prometheus, 0))
DOCS.append(("k8s/kubeconfig-ci.yaml", kubeconfig, 0))
DOCS.append(("dotfiles/git-credentials", git_credentials, 0))
DOCS.append(("dotfiles/netrc", netrc, 0))
DOCS.append(("dotfiles/pgpass", pgpass, 0))
DOCS.append(("dotfiles/my.cnf", my_cnf, 0))
DOCS.append(("config/redis.conf", redis_conf, 0))
DOCS.append(("dotfiles/pip.conf", pip_conf, 0))
DOCS.append(("dotfiles/npmrc", npmrc, 0))
DOCS.append(("dotfiles/docker-config.json", docker_config, 0))
DOCS.append(("config/wpa_supplicant.conf", wpa, 0))
DOCS.append(("config/tomcat-users.xml", tomcat_users, 0))
DOCS.append(("config/inventory.ini", ansible_inv, 0))
DOCS.append(("dotfiles/sitemanager.xml", filezilla, 0))
DOCS.append(("config/pgbouncer_userlist.txt", pgbouncer, 0))
DOCS.append(("config/odbc.ini", odbc, 0))
DOCS.append(("dotfiles/git-config", git_config, 0))
DOCS.append(("shell/crontab.txt", crontab, 0))
DOCS.append(("config/etc-environment", etc_environment, 0))
DOCS.append(("shell/bash_history", bash_history, 0))
DOCS.append(("shell/zsh_history", bash_history, 1))
DOCS.append(("shell/fish_history", bash_history, 2))
DOCS.append(("passwords/bitwarden_export.csv", pm_export, 0))
DOCS.append(("passwords/chrome_passwords.csv", pm_export, 1))
DOCS.append(("chat/slack_ops_export.json", slack_export, 0))
DOCS.append(("tickets/OPS_carrier_401.txt", jira_ticket, 0))
DOCS.append(("chat/teams_finops.txt", teams_chat, 0))
DOCS.append(("email/handover.eml", handover_mail, 0))
DOCS.append(("logs/auth_audit.log", login_audit, 0))
DOCS.append(("logs/worker_traceback.log", py_traceback, 0))
DOCS.append(("logs/orders_startup.log", spring_env_dump, 0))
DOCS.append(("logs/etl_mongo.log", mongod_log, 0))
DOCS.append(("shell/oauth_token_calls.txt", oauth_responses, 0))
DOCS.append(("config/appsettings.Production.json", appsettings, 0))
DOCS.append(("config/serverless.yml", serverless, 0))
DOCS.append(("terraform/prod.tfvars", tfvars, 0))
DOCS.append(("config/gitea-app.ini", app_ini, 0))
DOCS.append(("config/oauth_clients.yaml", oauth_clients, 0))
DOCS.append(("code/ts/client.ts", code_ts, 0))
DOCS.append(("code/python/api_client.py", code_py_client, 0))
DOCS.append(("code/php/sync_orders.php", code_php_sync, 0))
DOCS.append(("code/go/webhook.go", code_go_webhook, 0))
DOCS.append(("csv/token_revocations.csv", token_csv, 0))
DOCS.append(("http/charles_session.txt", charles, 0))
DOCS.append(("logs/sentry_event.json", sentry_event, 0))
DOCS.append(("http/soap_statement.http", soap_basic, 0))
DOCS.append(("reports/gitleaks_report.json", gitleaks, 0))
DOCS.append(("config/streamlit_secrets.toml", streamlit_secrets, 0))
DOCS.append(("logs/bootstrap_datasources.log", startup_dsn, 0))
DOCS.append(("logs/traefik_access.jsonl", traefik_log, 0))
DOCS.append(("logs/squid_access.log", squid_log, 0))
