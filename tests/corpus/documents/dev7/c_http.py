"""HTTP carriers: curl -v, httpie, Postman, HAR, proxy and gateway debug logs,
gRPC, WebSocket, OAuth responses, access logs with token query strings."""
import sys
sys.dont_write_bytecode = True
import json
from gen_common import *

ISSUERS = ["https://login.microsoftonline.com/" , "https://accounts.google.com", "https://auth.corp.example/",
           "https://corp.okta.com/oauth2/default", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_", "https://sso.corp.example/realms/internal"]


def any_bearer(d, kinds=None):
    """Label and return a token to be sent after 'Bearer'."""
    r = d.rng
    k = r.choice(kinds or ["jwt", "jwt", "jwt", "b64url43", "hex40", "ya29", "do", "alnum32", "dotted", "sl", "eaa",
                           "hex64", "b64url64", "okta", "gho", "xoxb", "openai", "pat_hex"])
    if k == "jwt":
        iss = r.choice(ISSUERS)
        if iss.endswith("_"):
            iss += rs(r, ALNUM, 9)
        if "microsoftonline" in iss:
            iss += uuid4(r) + "/v2.0"
        return d.jwt(jwt_claims(r, iss, aud=r.choice(["api://orders", "https://api.corp.example", "account", uuid4(r)]),
                                extra={"scope": r.choice(["openid profile", "orders.read", "read:messages write:messages", "api"])}),
                     alg=r.choice(["RS256", "RS256", "ES256", "PS256"]), cat="jwt|bearer-token", kid=rs(r, B64URL, 27))
    if k == "gho":
        return d.L("github-token|bearer-token", new_github(r, r.choice(["gho_", "ghu_", "ghp_"])))
    if k == "xoxb":
        return d.L("slack-token|bearer-token", new_slack(r, r.choice(["xoxb-", "xoxp-"])))
    if k == "openai":
        return d.L("openai-key|bearer-token", new_openai(r))
    return d.bearer(k)


def basic(d):
    r = d.rng
    user = r.choice(["api", "svc-export", "client", "admin", "partner-7", "grafana", "ci"])
    pw = new_password(r)
    return d.L("basic-auth", b64(f"{user}:{pw}".encode()))


def curl_v(d, i):
    r = d.rng
    host = ["api.payments.corp.example", "graph.partner.example", "orders.internal", "api.digitalocean.com"][i]
    ip = ip_private(r) if i != 3 else "203.0.113.44"
    cid = uuid4(r)
    csec = new_password(r, "alnum")
    basic_v = d.L("basic-auth", b64(f"{cid}:{csec}".encode()))
    at = any_bearer(d, ["jwt"]) if i % 2 == 0 else d.bearer(r.choice(["b64url43", "hex40"]), cat="bearer-token|generic-secret")
    rt = d.sec("b64url_48")
    t2 = any_bearer(d)
    reqid = uuid4(r)
    return f"""$ curl -v -X POST https://{host}/oauth2/token -d 'grant_type=client_credentials&scope=orders.read'  -H 'Authorization: Basic {basic_v}'
*   Trying {ip}:443...
* Connected to {host} ({ip}) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* Server certificate:
*  subject: CN={host}
*  start date: Mar 12 00:00:00 2024 GMT
*  expire date: Apr 11 23:59:59 2025 GMT
*  SSL certificate verify ok.
> POST /oauth2/token HTTP/2
> Host: {host}
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Basic {basic_v}
> Content-Length: 47
> Content-Type: application/x-www-form-urlencoded
>
< HTTP/2 200
< content-type: application/json;charset=UTF-8
< cache-control: no-store
< x-request-id: {reqid}
<
{{"access_token":"{at}","token_type":"Bearer","expires_in":3600,"refresh_token":"{rt}","scope":"orders.read"}}
* Connection #0 to host {host} left intact
$ curl -v https://{host}/v2/orders?limit=2 -H "Authorization: Bearer {t2}"
* Connected to {host} ({ip}) port 443
> GET /v2/orders?limit=2 HTTP/2
> Host: {host}
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer {t2}
>
< HTTP/2 200
< content-type: application/json
< etag: W/"{md5(r)}"
< x-request-id: {uuid4(r)}
< traceparent: 00-{trace_id(r)}-{span_id(r)}-01
<
{{"data":[{{"id":"ord_{rs(r, ALNUM, 14)}","status":"paid"}},{{"id":"ord_{rs(r, ALNUM, 14)}","status":"refunded"}}],"next_cursor":"{cursor(r)}"}}
"""


def httpie(d, i):
    r = d.rng
    t1 = any_bearer(d)
    t2 = any_bearer(d, ["gho", "jwt", "hex64"])
    return f"""$ http --print=HhBb GET https://api.corp.example/v1/users/me "Authorization:Bearer {t1}"
GET /v1/users/me HTTP/1.1
Accept: */*
Accept-Encoding: gzip, deflate
Authorization: Bearer {t1}
Connection: keep-alive
Host: api.corp.example
User-Agent: HTTPie/3.2.2

HTTP/1.1 200 OK
Content-Type: application/json
ETag: "{sha1(r)}"
X-Request-Id: {uuid4(r)}

{{
    "id": "usr_{rs(r, ALNUM, 16)}",
    "roles": [
        "reader"
    ],
    "session_id": "{uuid4(r)}"
}}

$ https -A bearer -a {t2} PATCH api.corp.example/v1/flags/checkout_v2 enabled:=true
HTTP/1.1 204 No Content
X-Request-Id: {uuid4(r)}
"""


def postman(d, i):
    r = d.rng
    t1 = any_bearer(d)
    t2 = d.bearer(r.choice(["b64url43", "hex40", "alnum32"]))
    t3 = any_bearer(d, ["jwt", "okta", "dotted"])
    col = {"info": {"_postman_id": uuid4(r), "name": f"Partner API ({['prod', 'staging'][i]})",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": str(r.randint(10**7, 10**8))},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": t1, "type": "string"}]},
           "item": [
               {"name": "List shipments", "request": {"method": "GET", "header": [{"key": "Idempotency-Key", "value": uuid4(r)}],
                                                      "url": {"raw": "{{baseUrl}}/v3/shipments?page=2", "host": ["{{baseUrl}}"], "path": ["v3", "shipments"],
                                                              "query": [{"key": "page", "value": "2"}]}}},
               {"name": "Create label", "request": {"method": "POST",
                                                    "header": [{"key": "Authorization", "value": f"Bearer {t2}", "type": "text"},
                                                               {"key": "Content-Type", "value": "application/json"}],
                                                    "body": {"mode": "raw", "raw": json.dumps({"shipment_id": "shp_" + rs(r, ALNUM, 12), "format": "PDF"})},
                                                    "url": {"raw": "{{baseUrl}}/v3/labels"}}},
               {"name": "Get rates", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer " + any_bearer(d)}],
                                                 "url": {"raw": "{{baseUrl}}/v3/rates?from=DE&to=SE"}}},
               {"name": "Cancel label", "request": {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": any_bearer(d), "type": "string"}]},
                                                    "method": "DELETE", "url": {"raw": "{{baseUrl}}/v3/labels/{{labelId}}"}}},
               {"name": "Webhook test (uses env var)", "request": {"method": "POST",
                                                                  "header": [{"key": "Authorization", "value": "Bearer {{webhookToken}}"}],
                                                                  "url": {"raw": "{{baseUrl}}/v3/hooks/test"}}},
               {"name": "Admin – rotate", "request": {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": t3, "type": "string"}]},
                                                      "method": "POST", "url": {"raw": "{{baseUrl}}/v3/admin/rotate"}}},
           ],
           "variable": [{"key": "baseUrl", "value": "https://api.partner.example"}, {"key": "webhookToken", "value": ""}]}
    return json.dumps(col, indent="\t", ensure_ascii=False) + "\n"


def postman_env(d, i):
    r = d.rng
    PWQ = new_password(r, "human")[:-1] + '"' + rs(r, ALNUM, 3) + "!"
    d.L("password", json_inner(PWQ))
    t1 = d.bearer("b64url64", cat="bearer-token|generic-secret")
    cs = d.sec("alnum40")
    pw = d.pw()
    env = {"id": uuid4(r), "name": "prod", "values": [
        {"key": "baseUrl", "value": "https://api.corp.example", "type": "default", "enabled": True},
        {"key": "clientId", "value": uuid4(r), "type": "default", "enabled": True},
        {"key": "clientSecret", "value": cs, "type": "secret", "enabled": True},
        {"key": "password", "value": pw, "type": "secret", "enabled": True},
        {"key": "accessToken", "value": t1, "type": "secret", "enabled": True},
        {"key": "webhookSecret", "value": d.sec("hex64"), "type": "secret", "enabled": True},
        {"key": "adminPassword", "value": PWQ, "type": "secret", "enabled": True},
        {"key": "refreshToken", "value": d.sec("b64url_48"), "type": "secret", "enabled": True},
        {"key": "traceId", "value": trace_id(r), "type": "default", "enabled": True}],
        "_postman_variable_scope": "environment", "_postman_exported_at": "2024-06-04T12:01:55.918Z", "_postman_exported_using": "Postman/11.1.0"}
    return json.dumps(env, indent="\t") + "\n"


def har(d, i):
    r = d.rng
    t1 = any_bearer(d)
    t2 = any_bearer(d, ["jwt"])
    idt = d.jwt(jwt_claims(r, "https://auth.corp.example/", aud=uuid4(r), extra={"nonce": rs(r, B64URL, 22), "email_verified": True}), cat="jwt")
    rt = d.sec("b64url_32")
    def entry(method, url, headers, status, body, mime="application/json"):
        return {"startedDateTime": f"2024-06-0{i + 3}T1{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z", "time": r.randint(20, 900),
                "request": {"method": method, "url": url, "httpVersion": "HTTP/2", "headers": headers, "queryString": [], "cookies": [],
                            "headersSize": -1, "bodySize": 0},
                "response": {"status": status, "statusText": "", "httpVersion": "HTTP/2",
                             "headers": [{"name": "content-type", "value": mime}, {"name": "etag", "value": f'"{md5(r)}"'}],
                             "content": {"size": len(body), "mimeType": mime, "text": body}, "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
                "cache": {}, "timings": {"send": 0, "wait": r.randint(10, 500), "receive": 1}}
    entries = [
        entry("POST", "https://auth.corp.example/oauth/token",
              [{"name": "content-type", "value": "application/x-www-form-urlencoded"}], 200,
              json.dumps({"access_token": t2, "id_token": idt, "refresh_token": rt, "token_type": "Bearer", "expires_in": 900})),
        entry("GET", "https://api.corp.example/v1/dashboard?range=7d",
              [{"name": ":authority", "value": "api.corp.example"}, {"name": "authorization", "value": f"Bearer {t2}"},
               {"name": "x-request-id", "value": uuid4(r)}, {"name": "if-none-match", "value": f'"{md5(r)}"'}], 200,
              json.dumps({"widgets": [{"id": uuid4(r), "kind": "chart"}], "version": "2024.06.1"})),
        entry("GET", "https://files.corp.example/api/v2/list",
              [{"name": "authorization", "value": f"Bearer {t1}"}, {"name": "x-csrf-token", "value": rs(r, B64URL, 43)}], 200,
              json.dumps({"entries": [{"name": "report.pdf", "content_hash": sha256(r)}], "cursor": cursor(r), "has_more": False})),
    ]
    lpw = new_password(r)
    entries.append({"startedDateTime": "2024-06-03T10:00:01.000Z", "time": 180,
                    "request": {"method": "POST", "url": "https://legacy.corp.example/login", "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "content-type", "value": "application/x-www-form-urlencoded"}], "queryString": [], "cookies": [],
                                "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=ops&password=" + d.L("password", formenc(lpw)) + "&remember=1",
                                             "params": [{"name": "username", "value": "ops"}, {"name": "password", "value": d.L("password", lpw) if formenc(lpw) != lpw else lpw}]},
                                "headersSize": -1, "bodySize": 60},
                    "response": {"status": 302, "statusText": "Found", "httpVersion": "HTTP/1.1", "headers": [{"name": "location", "value": "/home"}],
                                 "content": {"size": 0, "mimeType": "text/html"}, "redirectURL": "/home", "headersSize": -1, "bodySize": 0},
                    "cache": {}, "timings": {"send": 0, "wait": 170, "receive": 1}})
    for k in range(3):
        tk = any_bearer(d)
        entries.append(entry("GET", f"https://api.corp.example/v1/notifications?page={k + 2}",
                             [{"name": "authorization", "value": f"Bearer {tk}"}, {"name": "x-request-id", "value": uuid4(r)}], 200,
                             json.dumps({"items": [], "next": cursor(r)})))
    h = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                 "pages": [{"startedDateTime": "2024-06-03T10:00:00.000Z", "id": "page_1", "title": "https://app.corp.example/", "pageTimings": {}}],
                 "entries": entries}}
    return json.dumps(h, indent=2) + "\n"


def nginx_debug(d, i):
    r = d.rng
    lines = []
    t = 10 * 3600
    for k in range(16):
        c = r.randint(100000, 999999)
        tok = any_bearer(d)
        ts = f"2024/06/1{i} {t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"
        t += r.randint(1, 30)
        lines += [f"{ts} [debug] 2811#2811: *{c} http process request line",
                  f"{ts} [debug] 2811#2811: *{c} http request line: \"GET /api/v1/items?page={k + 1} HTTP/1.1\"",
                  f"{ts} [debug] 2811#2811: *{c} http header: \"Host: api.corp.example\"",
                  f"{ts} [debug] 2811#2811: *{c} http header: \"Authorization: Bearer {tok}\"",
                  f"{ts} [debug] 2811#2811: *{c} http header: \"X-Request-ID: {md5(r)}\"",
                  f"{ts} [debug] 2811#2811: *{c} http header done",
                  f"{ts} [debug] 2811#2811: *{c} http upstream request: \"/api/v1/items?page={k + 1}\""]
    lines.append("2024/06/1%d 10:01:02 [debug] 2811#2811: *1 http header: \"Authorization: Bearer <redacted>\"" % i)
    return "\n".join(lines) + "\n"


def envoy_debug(d, i):
    r = d.rng
    out = []
    for k in range(8):
        tok = any_bearer(d)
        cid = r.randint(1000, 9999)
        out.append(f"[2024-06-12 08:{10 + k}:0{k}.{r.randint(100, 999)}][{r.randint(20, 40)}][debug][http] [source/common/http/conn_manager_impl.cc:1126] [Tags: \"ConnectionId\":\"{cid}\",\"StreamId\":\"{r.randint(10**18, 9 * 10**18)}\"] request headers complete (end_stream=true):")
        out.append(f"':authority', 'orders.svc.cluster.local:8080'\n':path', '/v1/orders/{uuid4(r)}'\n':method', 'GET'\n'authorization', 'Bearer {tok}'\n'x-request-id', '{uuid4(r)}'\n'x-b3-traceid', '{span_id(r)}'\n'user-agent', 'grpc-go/1.64.0'")
        out.append(f"[2024-06-12 08:{10 + k}:0{k}.{r.randint(100, 999)}][{r.randint(20, 40)}][debug][router] [source/common/router/router.cc:735] [Tags: \"ConnectionId\":\"{cid}\"] router decoding headers:")
    return "\n".join(out) + "\n"


def grpcurl(d, i):
    r = d.rng
    t1 = any_bearer(d)
    t2 = any_bearer(d, ["jwt", "b64url43"])
    return f"""$ grpcurl -v -H 'authorization: Bearer {t1}' -d '{{"account_id":"acc_{rs(r, ALNUM, 10)}"}}' ledger.internal:443 ledger.v1.LedgerService/GetBalance

Resolved method descriptor:
rpc GetBalance ( .ledger.v1.GetBalanceRequest ) returns ( .ledger.v1.GetBalanceResponse );

Request metadata to send:
authorization: Bearer {t1}

Response headers received:
content-type: application/grpc
x-envoy-upstream-service-time: 7
x-request-id: {uuid4(r)}

Response contents:
{{
  "balance": {{ "currencyCode": "EUR", "units": "{r.randint(100, 99999)}", "nanos": 450000000 }},
  "asOf": "2024-06-12T08:31:07Z",
  "etag": "{sha1(r)}"
}}

Response trailers received:
(empty)
Sent 1 request and received 1 response
$ GRPC_GO_LOG_VERBOSITY_LEVEL=99 GRPC_GO_LOG_SEVERITY_LEVEL=info ./ledger-cli balance
2024/06/12 08:33:10 INFO: [core] [Channel #1] Channel created
2024/06/12 08:33:10 INFO: [transport] [client-transport 0xc000{rs(r, HEX, 6)}] outgoing metadata: map[authorization:[Bearer {t2}] x-client-version:[2.4.1]]
2024/06/12 08:33:10 INFO: [core] [Channel #1 SubChannel #2] Subchannel Connectivity change to READY
$ grpcurl -H "authorization: Bearer {any_bearer(d)}" -d '{{}}' payments.internal:443 payments.v1.Health/Check
{{
  "status": "SERVING"
}}
"""


def websocket(d, i):
    r = d.rng
    qtok = d.bearer(r.choice(["b64url43", "hex40"]), cat="bearer-token|generic-secret")
    htok = any_bearer(d)
    key = b64(rbytes(r, 16))
    acc = b64(rbytes(r, 20))
    return f"""GET /realtime/v1/websocket?vsn=2.0.0&access_token={qtok} HTTP/1.1\r
Host: rt.corp.example\r
Upgrade: websocket\r
Connection: Upgrade\r
Sec-WebSocket-Key: {key}\r
Sec-WebSocket-Version: 13\r
Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r
Origin: https://app.corp.example\r
\r
HTTP/1.1 101 Switching Protocols\r
Upgrade: websocket\r
Connection: Upgrade\r
Sec-WebSocket-Accept: {acc}\r
\r
GET /socket HTTP/1.1\r
Host: stream.partner.example\r
Upgrade: websocket\r
Connection: Upgrade\r
Authorization: Bearer {htok}\r
Sec-WebSocket-Key: {b64(rbytes(r, 16))}\r
Sec-WebSocket-Protocol: graphql-transport-ws\r
Sec-WebSocket-Version: 13\r
\r
HTTP/1.1 101 Switching Protocols\r
Sec-WebSocket-Accept: {b64(rbytes(r, 20))}\r
Sec-WebSocket-Protocol: graphql-transport-ws\r
\r
GET /v2/stream HTTP/1.1\r
Host: events.partner.example\r
Upgrade: websocket\r
Connection: Upgrade\r
Authorization: Bearer {any_bearer(d)}\r
Sec-WebSocket-Key: {b64(rbytes(r, 16))}\r
Sec-WebSocket-Version: 13\r
\r
"""


def oauth_responses(d, i):
    r = d.rng
    at = any_bearer(d, ["jwt"])
    idt = d.jwt(jwt_claims(r, "https://accounts.google.com", aud=f"{r.randint(10**11, 10**12)}-{rs(r, LOWER_DIG, 32)}.apps.googleusercontent.com",
                           extra={"email_verified": True, "at_hash": rs(r, B64URL, 22)}), cat="jwt")
    rt = d.L("generic-secret", REG.fresh(lambda: "1//0" + rs(r, B64URL, 99)))
    ya = d.L("bearer-token|generic-secret", new_opaque_bearer(r, "ya29"))
    return f"""POST /token HTTP/1.1
Host: oauth2.googleapis.com
Content-Type: application/x-www-form-urlencoded

code=4%2F0A{rs(r, B64URL, 60)}&client_id={r.randint(10**11, 10**12)}-{rs(r, LOWER_DIG, 32)}.apps.googleusercontent.com&client_secret=<client secret>&redirect_uri=https%3A%2F%2Fapp.corp.example%2Fcb&grant_type=authorization_code&code_verifier=<pkce verifier>

HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8
Cache-Control: no-cache, no-store, max-age=0, must-revalidate

{{
  "access_token": "{ya}",
  "expires_in": 3599,
  "refresh_token": "{rt}",
  "scope": "openid https://www.googleapis.com/auth/userinfo.email",
  "token_type": "Bearer",
  "id_token": "{idt}"
}}

--- second IdP (Keycloak) ---
{{
  "access_token" : "{at}",
  "expires_in" : 300,
  "refresh_expires_in" : 1800,
  "token_type" : "Bearer",
  "not-before-policy" : 0,
  "session_state" : "{uuid4(r)}",
  "scope" : "profile email"
}}
"""


def rest_client_http(d, i):
    r = d.rng
    t = d.bearer("b64url43", cat="bearer-token|generic-secret")
    t2 = any_bearer(d, ["xoxb"])
    t3 = any_bearer(d, ["openai"])
    return f"""@baseUrl = https://api.corp.example
@token = {t}
@requestId = {uuid4(r)}

### List invoices
GET {{{{baseUrl}}}}/v1/invoices?status=open
Authorization: Bearer {{{{token}}}}
X-Request-Id: {{{{requestId}}}}

### Post to Slack
POST https://slack.com/api/chat.postMessage
Authorization: Bearer {t2}
Content-Type: application/json; charset=utf-8

{{"channel": "C{rs(r, UPPER_DIG, 10)}", "text": "deploy {short_sha(r)} done"}}

### Summarise
POST https://api.openai.com/v1/chat/completions
Authorization: Bearer {t3}
Content-Type: application/json

{{"model": "gpt-4o-mini", "messages": [{{"role": "user", "content": "Summarise ticket #{r.randint(10000, 99999)}"}}]}}

### Placeholder from the README, not a real token
GET {{{{baseUrl}}}}/v1/ping
Authorization: Bearer <YOUR_TOKEN_HERE>
"""


def k6_script(d, i):
    r = d.rng
    t = any_bearer(d, ["jwt", "hex40"])
    return f"""import http from 'k6/http';
import {{ check, sleep }} from 'k6';

export const options = {{ vus: 20, duration: '2m', thresholds: {{ http_req_failed: ['rate<0.01'] }} }};

const params = {{
  headers: {{
    Authorization: 'Bearer {t}',
    'Content-Type': 'application/json',
  }},
  tags: {{ run: '{uuid4(r)}' }},
}};

export default function () {{
  const res = http.get('https://staging-api.corp.example/v1/catalog?page=' + (__ITER % 50), params);
  check(res, {{ 'status is 200': (r) => r.status === 200 }});
  sleep(1);
}}
"""


def mitm_dump(d, i):
    r = d.rng
    t1 = any_bearer(d)
    b = basic(d)
    t2 = any_bearer(d, ["eaa", "sl", "do"])
    return f"""[10:14:02.331] 10.0.2.15:52114: GET https://graph.facebook.com/v19.0/me/accounts HTTP/2.0
    :authority: graph.facebook.com
    authorization: Bearer {t2}
    user-agent: okhttp/4.12.0
 << HTTP/2.0 200 OK 1.2k
[10:14:03.019] 10.0.2.15:52118: POST https://api.corp.example/v2/sync HTTP/2.0
    authorization: Bearer {t1}
    content-type: application/json
    x-device-id: {uuid4(r)}
    x-app-build: {r.randint(4000, 5000)} ({short_sha(r)})
 << HTTP/2.0 202 Accepted 48b
[10:14:04.775] 10.0.2.15:52120: GET https://legacy.corp.example/export.csv HTTP/1.1
    Authorization: Basic {b}
 << HTTP/1.1 200 OK 88.1k
[10:14:06.201] 10.0.2.15:52125: GET https://api.corp.example/v2/profile HTTP/2.0
    authorization: Bearer {any_bearer(d)}
 << HTTP/2.0 200 OK 2.2k
[10:14:06.990] 10.0.2.15:52126: POST https://telemetry.corp.example/v1/batch HTTP/2.0
    authorization: Bearer {any_bearer(d)}
    content-encoding: gzip
 << HTTP/2.0 204 No Content 0b
[10:14:05.100] 10.0.2.15:52121: GET https://cdn.corp.example/app.{md5(r)[:8]}.js HTTP/2.0
 << HTTP/2.0 304 Not Modified 0b
"""


def kong_log(d, i):
    r = d.rng
    out = []
    for k in range(16):
        tok = any_bearer(d)
        ev = {"request": {"method": r.choice(["GET", "POST"]), "uri": f"/orders/v1/{r.choice(['orders', 'carts', 'refunds'])}?page={k}",
                          "headers": {"host": "gw.corp.example", "authorization": f"Bearer {tok}", "x-request-id": uuid4(r),
                                      "user-agent": "Mozilla/5.0"}, "size": r.randint(200, 900)},
              "response": {"status": r.choice([200, 200, 201, 401]), "size": r.randint(300, 5000)},
              "route": {"id": uuid4(r), "name": "orders"}, "service": {"id": uuid4(r), "name": "orders-svc"},
              "latencies": {"proxy": r.randint(2, 90), "kong": r.randint(0, 3), "request": r.randint(5, 120)},
              "client_ip": ip_doc(r), "started_at": 1718180000000 + r.randint(0, 10**6)}
        out.append(json.dumps(ev, separators=(",", ":")))
    ev = {"request": {"method": "GET", "uri": "/health", "headers": {"authorization": "REDACTED"}}, "response": {"status": 200}}
    out.append(json.dumps(ev, separators=(",", ":")))
    return "\n".join(out) + "\n"


def access_log_tokens(d, i):
    r = d.rng
    lines = []
    months = "Jun"
    for k in range(28):
        ip = ip_any(r)
        ts = f"1{i}/{months}/2024:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"
        kind = k % 7
        if kind == 0:
            t = d.bearer(r.choice(["b64url43", "hex40", "alnum32"]), cat="bearer-token|generic-secret")
            path = f"/ws/notifications?access_token={t}"
        elif kind == 1:
            t = d.sec(r.choice(["hex32", "alnum32"]))
            path = f"/api/v1/export.csv?api_key={t}&from=2024-06-01"
        elif kind == 2:
            path = f"/static/js/main.{md5(r)[:8]}.js"
        elif kind == 3:
            path = f"/api/v1/search?q=invoice+{r.randint(1000, 9999)}&cursor={urlenc(cursor(r))}"
        elif kind == 4:
            t = d.sec("hex40")
            path = f"/hooks/deploy?token={t}"
        elif kind == 5:
            path = f"/s/{rs(r, B64URL, 10)}?utm_source=newsletter&utm_campaign=2024-06"
        else:
            path = f"/api/v1/items/{uuid4(r)}?If-None-Match={md5(r)}"
        status = r.choice([200, 200, 200, 304, 401, 404])
        lines.append(f'{ip} - - [{ts}] "GET {path} HTTP/1.1" {status} {r.randint(0, 50000)} "-" "Mozilla/5.0 (X11; Linux x86_64)" rt={r.randint(1, 900) / 1000:.3f} rid={md5(r)}')
    return "\n".join(lines) + "\n"


def gcloud_log_http(d, i):
    r = d.rng
    ya = d.bearer("ya29")
    return f"""$ gcloud compute instances list --log-http --project corp-prod-{r.randint(100, 999)}
=======================
==== request start ====
uri: https://compute.googleapis.com/compute/v1/projects/corp-prod/aggregated/instances?alt=json&includeAllScopes=True&maxResults=500
method: GET
== headers start ==
b'authorization': b'Bearer {ya}'
b'content-length': b'0'
b'user-agent': b'google-cloud-sdk gcloud/479.0.0 command/gcloud.compute.instances.list invocation-id/{md5(r)} environment/None'
b'x-goog-api-client': b'cred-type/u'
== headers end ==
== body start ==

== body end ==
==== request end ====
---- response start ----
status: 200
-- headers start --
ETag: {b64(rbytes(r, 12))}
-- headers end --
---- response end ----
----------------------
NAME          ZONE            MACHINE_TYPE  STATUS
web-{rs(r, LOWER_DIG, 4)}      europe-west1-b  e2-medium     RUNNING
"""


def kubectl_v8(d, i):
    r = d.rng
    sa = d.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                "kubernetes.io/serviceaccount/secret.name": "deployer-token-" + rs(r, LOWER_DIG, 5),
                "kubernetes.io/serviceaccount/service-account.name": "deployer",
                "kubernetes.io/serviceaccount/service-account.uid": uuid4(r), "sub": "system:serviceaccount:ci:deployer"}, cat="jwt|bearer-token")
    ca = b64(pem_cert(r, 10).encode())
    return f"""$ cat ~/.kube/config
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {ca}
    server: https://k8s-api.corp.example:6443
  name: prod
contexts:
- context:
    cluster: prod
    namespace: ci
    user: deployer
  name: prod-ci
current-context: prod-ci
users:
- name: deployer
  user:
    token: {sa}
$ kubectl get ns -v=8 2>&1 | head -8
I0612 09:11:20.118203   41822 loader.go:395] Config loaded from file:  /home/ops/.kube/config
I0612 09:11:20.122908   41822 round_trippers.go:463] GET https://k8s-api.corp.example:6443/api/v1/namespaces?limit=500
I0612 09:11:20.122931   41822 round_trippers.go:469] Request Headers:
I0612 09:11:20.122940   41822 round_trippers.go:473]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json
I0612 09:11:20.122947   41822 round_trippers.go:473]     User-Agent: kubectl/v1.30.1 (linux/amd64) kubernetes/{short_sha(r)}
I0612 09:11:20.122953   41822 round_trippers.go:473]     Authorization: Bearer <masked>
I0612 09:11:20.141001   41822 round_trippers.go:574] Response Status: 200 OK in 18 milliseconds
I0612 09:11:20.141022   41822 round_trippers.go:577] Response Headers:
"""


def insomnia(d, i):
    r = d.rng
    t1 = any_bearer(d)
    t2 = any_bearer(d, ["jwt", "hex64"])
    res = {"_type": "export", "__export_format": 4, "__export_date": "2024-05-29T15:11:12.845Z", "__export_source": "insomnia.desktop.app:v9.2.0",
           "resources": [
               {"_id": "req_" + rs(r, HEX, 32), "_type": "request", "name": "Get tenant", "method": "GET",
                "url": "{{ _.base_url }}/tenants/{{ _.tenant }}",
                "authentication": {"type": "bearer", "token": t1, "prefix": "Bearer"}, "headers": []},
               {"_id": "req_" + rs(r, HEX, 32), "_type": "request", "name": "Audit log", "method": "GET",
                "url": "{{ _.base_url }}/audit?since=2024-05-01",
                "headers": [{"name": "Authorization", "value": f"Bearer {t2}"}, {"name": "X-Trace", "value": trace_id(r)}]},
               {"_id": "req_" + rs(r, HEX, 32), "_type": "request", "name": "Rotate key", "method": "POST",
                "url": "{{ _.base_url }}/keys/rotate", "authentication": {"type": "bearer", "token": any_bearer(d), "prefix": "Bearer"}, "headers": []},
               {"_id": "req_" + rs(r, HEX, 32), "_type": "request", "name": "Usage", "method": "GET",
                "url": "{{ _.base_url }}/usage", "headers": [{"name": "Authorization", "value": "Bearer " + any_bearer(d)}]},
               {"_id": "env_" + rs(r, HEX, 32), "_type": "environment", "name": "Base",
                "data": {"base_url": "https://admin.corp.example/api", "tenant": "t_" + rs(r, LOWER_DIG, 10)}}]}
    return json.dumps(res, indent=2) + "\n"


def fiddler_raw(d, i):
    r = d.rng
    t = any_bearer(d)
    b = basic(d)
    return f"""POST https://api.corp.example/v1/payments HTTP/1.1\r
Host: api.corp.example\r
Connection: keep-alive\r
Content-Length: 118\r
Authorization: Bearer {t}\r
Content-Type: application/json\r
Idempotency-Key: {uuid4(r)}\r
User-Agent: CorpPOS/5.3.1 (Windows NT 10.0; Win64; x64)\r
\r
{{"amount":4599,"currency":"EUR","merchant_ref":"POS-{r.randint(100000, 999999)}","terminal":"T{r.randint(1000, 9999)}","capture":true}}\r
\r
HTTP/1.1 201 Created\r
Content-Type: application/json\r
Location: /v1/payments/pay_{rs(r, ALNUM, 18)}\r
Request-Id: req_{rs(r, ALNUM, 14)}\r
\r
{{"id":"pay_{rs(r, ALNUM, 18)}","status":"succeeded"}}\r
\r
DELETE https://api.corp.example/v1/sessions/current HTTP/1.1\r
Host: api.corp.example\r
Authorization: Bearer {any_bearer(d)}\r
\r
HTTP/1.1 204 No Content\r
\r
GET https://reports.corp.example/daily.csv HTTP/1.1\r
Host: reports.corp.example\r
Authorization: Basic {b}\r
\r
HTTP/1.1 200 OK\r
Content-Type: text/csv\r
ETag: "{md5(r)}"\r
\r
"""


def js_ws_client(d, i):
    r = d.rng
    t = any_bearer(d, ["jwt", "b64url43", "alnum32"])
    return f"""// realtime.js
const WS_URL = 'wss://rt.corp.example/socket';
const SERVICE_TOKEN = '{t}';

export function connect(onMessage) {{
  const ws = new WebSocket(`${{WS_URL}}?v=2`, ['bearer', SERVICE_TOKEN]);
  ws.onmessage = (ev) => onMessage(JSON.parse(ev.data));
  return ws;
}}

export async function fetchState(roomId) {{
  const res = await fetch(`https://rt.corp.example/api/rooms/${{roomId}}`, {{
    headers: {{ Authorization: 'Bearer ' + SERVICE_TOKEN, 'X-Client': 'web/{short_sha(r)}' }},
  }});
  return res.json();
}}
"""
    

def curl_vendor(d, i):
    r = d.rng
    t1 = any_bearer(d, ["gho"])
    t2 = any_bearer(d, ["xoxb"])
    t3 = any_bearer(d, ["do"])
    t4 = any_bearer(d, ["openai"])
    return f"""# runbook snippets pasted into the incident channel
curl -s -H "Authorization: Bearer {t1}" -H "Accept: application/vnd.github+json" \\
     https://api.github.com/repos/corp/infra/actions/runs?status=failure | jq '.workflow_runs[0].head_sha'
"{sha1(r)}"

curl -s -X POST https://slack.com/api/conversations.history \\
     -H "Authorization: Bearer {t2}" -d channel=C{rs(r, UPPER_DIG, 10)} -d limit=5

curl -s -X GET "https://api.digitalocean.com/v2/droplets?tag_name=edge" \\
     -H "Authorization: Bearer {t3}"

curl https://api.openai.com/v1/models -H "Authorization: Bearer {t4}"

# docs example, not a token:
curl -H "Authorization: Bearer $TOKEN" https://api.corp.example/v1/ping
"""


def clean_openapi(d, i):
    r = d.rng
    return f"""openapi: 3.0.3
info:
  title: Orders API
  version: 2.14.0
servers:
  - url: https://api.corp.example/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: |
        Send the access token in the Authorization header:

            Authorization: Bearer <access_token>

        Example (truncated): `Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...`
  parameters:
    IdempotencyKey:
      name: Idempotency-Key
      in: header
      schema: {{type: string, format: uuid}}
      example: {uuid4(r)}
  schemas:
    TokenResponse:
      type: object
      properties:
        access_token: {{type: string, example: "<access_token>"}}
        token_type: {{type: string, example: Bearer}}
        expires_in: {{type: integer, example: 3600}}
    Order:
      type: object
      properties:
        id: {{type: string, example: ord_{rs(r, ALNUM, 14)}}}
        etag: {{type: string, example: "W/\\"{md5(r)}\\""}}
        cursor: {{type: string, example: "{cursor(r)}"}}
security:
  - bearerAuth: []
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - name: cursor
          in: query
          schema: {{type: string}}
      responses:
        "200": {{description: OK}}
        "401": {{description: Missing or invalid bearer token}}
"""


def clean_csrf_html(d, i):
    r = d.rng
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="csrf-token" content="{rs(r, B64URL, 86)}">
  <meta name="build" content="{sha1(r)}">
  <link rel="stylesheet" href="/assets/app-{md5(r)}.css" integrity="sha384-{b64(rbytes(r, 48))}" crossorigin="anonymous">
  <title>Developer docs – Authentication</title>
</head>
<body>
<h1>Authentication</h1>
<p>Every form includes a hidden field, for example:</p>
<pre><code>&lt;input type="hidden" name="authenticity_token" value="{rs(r, B64URL, 43)}"&gt;  &lt;!-- example --&gt;</code></pre>
<p>API calls use <code>Authorization: Bearer &lt;token&gt;</code>. Tokens are shown once in
<em>Settings → API keys</em> and look like <code>tok_live_••••••••</code>.</p>
<p>Nonces in CSP headers are per request, e.g. <code>nonce-{b64(rbytes(r, 16))}</code> (sample).</p>
<script nonce="{b64(rbytes(r, 16))}" src="/assets/app-{md5(r)[:10]}.js"></script>
</body>
</html>
"""


DOCS = []
def _add(name, fn, n=1):
    for i in range(n):
        DOCS.append(((name if n == 1 else name.replace("{i}", str(i + 1))), fn, i))


_add("http/curl-verbose-{i}.txt", curl_v, 3)
_add("http/httpie-session.txt", httpie)
_add("http/partner-api.postman_collection.json", postman)
_add("http/prod.postman_environment.json", postman_env)
_add("http/app-session.har", har)
_add("http/nginx-debug.log", nginx_debug)
_add("http/envoy-debug.log", envoy_debug)
_add("http/grpcurl-ledger.txt", grpcurl)
_add("http/websocket-handshakes.txt", websocket)
_add("http/oauth-token-responses.txt", oauth_responses)
_add("http/requests.http", rest_client_http)
_add("http/load-test.k6.js", k6_script)
_add("http/mitmproxy-flows.txt", mitm_dump)
_add("http/kong-access.ndjson", kong_log)
_add("access-logs/api-gateway.log", access_log_tokens)
_add("http/gcloud-log-http.txt", gcloud_log_http)
_add("http/kubeconfig-and-v8.txt", kubectl_v8)
_add("http/insomnia-export.json", insomnia)
_add("http/fiddler-session.txt", fiddler_raw)
_add("code/realtime.js", js_ws_client)
_add("http/incident-curl-snippets.txt", curl_vendor)
_add("docs/openapi-orders.yaml", clean_openapi)
_add("docs/authentication.html", clean_csrf_html)


def build():
    out = []
    for path, fn, i in DOCS:
        d = Doc(path)
        out.append(d.finish(fn(d, i)))
    return out
