"""HTTP carriers: raw requests, curl -v, HAR, Postman, access logs, OAuth."""
import json

from doc import Doc
from gen_values import basic, jesc, uenc, ALADDIN
from common import user, app, ts, priv_ip

PATHS = ["/api/v1/orders", "/api/v2/users/me", "/v1/invoices?limit=50", "/graphql", "/healthz",
         "/api/v1/search?q=red+shoes", "/oauth/userinfo", "/v3/reports/export", "/metrics"]
UAS = ["curl/8.5.0", "python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/2.0",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "PostmanRuntime/7.37.3", "Apache-HttpClient/5.3 (Java/17.0.10)"]


def auth_value(d, v, allow_none=True):
    """Return the Authorization header value (labelled), or a look-alike."""
    k = v.randint(0, 9)
    if k <= 3:
        return v.choice(["Bearer ", "Bearer ", "Bearer ", "bearer "]) + d.L("bearer-token", v.bearer())
    if k == 4:
        return "Bearer " + d.L("jwt|bearer-token", v.jwt())
    if k <= 7:
        return "Basic " + d.L("basic-auth", basic(user(v), v.password()))
    if k == 8 and allow_none:
        return v.choice(["-", "Bearer [REDACTED]", "Basic " + ALADDIN, "Bearer <token>", "Bearer ${TOKEN}"])
    return "Basic " + d.L("basic-auth", basic(user(v) + "@example.com", v.safe_password()))


def nginx_log(v, i):
    d = Doc("logs/nginx-access-auth-%02d.log" % i)
    lines = []
    for _ in range(v.randint(14, 20)):
        ip = priv_ip(v)
        a = auth_value(d, v) if v.randint(0, 2) else "-"
        when = ts(v, "%d/%b/%Y:%H:%M:%S +0000")
        meth = v.choice(["GET", "GET", "POST", "PUT", "DELETE"])
        st = v.choice([200, 200, 201, 204, 401, 403, 404, 500])
        lines.append('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" "%s" rt=%.3f req_id=%s'
                     % (ip, when, meth, v.choice(PATHS), st, v.randint(0, 90000), v.choice(UAS), a,
                        v.randint(1, 3000) / 1000, v.request_id()))
    hdr = "# log_format authlog '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" \"$http_authorization\" rt=$request_time req_id=$request_id';\n"
    return d.set(hdr + "\n".join(lines) + "\n")


def envoy_log(v, i):
    d = Doc("logs/envoy-access-%02d.jsonl" % i)
    lines = []
    for _ in range(v.randint(10, 14)):
        rec = {"start_time": ts(v) + ".%03dZ" % v.randint(0, 999), "method": v.choice(["GET", "POST"]),
               "path": v.choice(PATHS), "protocol": "HTTP/2", "response_code": v.choice([200, 200, 401, 503]),
               "duration": v.randint(1, 900), "upstream_host": priv_ip(v) + ":8080",
               "x_request_id": v.uuid(), "user_agent": v.choice(UAS)}
        if v.randint(0, 3):
            rec["authorization"] = auth_value(d, v)
        if v.randint(0, 4) == 0:
            rec["x_api_key"] = d.L("generic-secret", v.generic())
        lines.append(json.dumps(rec, separators=(",", ":")))
    return d.set("\n".join(lines) + "\n")


def raw_http(v, i):
    d = Doc("http/request-%02d.http" % i)
    host_ = "api.example.com"
    k = i % 3
    if k == 0:
        body = json.dumps({"grant_type": "client_credentials", "scope": "orders:read"})
        req = (f"POST /oauth2/token HTTP/1.1\r\nHost: auth.example.com\r\n"
               f"Authorization: Basic {d.L('basic-auth', basic(app(v), v.alnum(32)))}\r\n"
               f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 50\r\n\r\n"
               f"grant_type=client_credentials&scope=orders%3Aread\r\n")
        tok = d.L("bearer-token|generic-secret", v.bearer("alnum"))
        resp = ("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nCache-Control: no-store\r\n"
                "Pragma: no-cache\r\n\r\n" + json.dumps({"access_token": tok, "token_type": "Bearer", "expires_in": 3599,
                                                       "scope": "orders:read"}, indent=2) + "\r\n")
        return d.set(req + "\r\n" + resp)
    if k == 1:
        req = (f"GET /api/v1/orders/{v.randint(10000, 99999)} HTTP/1.1\r\nHost: {host_}\r\n"
               f"User-Agent: {v.choice(UAS)}\r\nAccept: application/json\r\n"
               f"Authorization: Bearer {d.L('bearer-token', v.bearer())}\r\n"
               f"X-Request-ID: {v.uuid()}\r\nIf-None-Match: W/\"{v.sha256()[:32]}\"\r\n\r\n")
        resp = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: W/\"%s\"\r\nX-RateLimit-Remaining: 4998\r\n\r\n"
                % v.sha256()[:32]) + json.dumps({"id": v.randint(10000, 99999), "status": "shipped",
                                                 "tracking": "TRK%d" % v.randint(100000, 999999)}) + "\r\n"
        return d.set(req + resp)
    req = (f"PUT /v1/webhooks/{v.uuid()} HTTP/1.1\r\nHost: {host_}\r\nx-api-key: {d.L('generic-secret', v.generic())}\r\n"
           f"Content-Type: application/json\r\n\r\n"
           + json.dumps({"url": "https://hooks.example.org/in", "secret": d.L("generic-secret", v.hexs(40)),
                         "events": ["order.created"]}) + "\r\n")
    resp = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\r\nContent-Length: 0\r\n\r\n"
    return d.set(req + resp)


def curl_v(v, i):
    d = Doc("http/curl-verbose-%02d.txt" % i)
    u = user(v)
    pw = v.safe_password()
    b = basic(u, pw)
    tok = v.bearer()
    ip = "203.0.113.%d" % v.randint(2, 250)
    return d.set(f"""$ curl -v -u {u}:{d.L('password', pw)} https://registry.example.com/v2/_catalog
*   Trying {ip}:443...
* Connected to registry.example.com ({ip}) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=registry.example.com
*  issuer: C=US; O=Let's Encrypt; CN=R11
* Server auth using Basic with user '{u}'
> GET /v2/_catalog HTTP/2
> Host: registry.example.com
> Authorization: Basic {d.L('basic-auth', b)}
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/2 200
< content-type: application/json; charset=utf-8
< docker-distribution-api-version: registry/2.0
<
{{"repositories":["{app(v)}","{app(v)}-worker"]}}
* Connection #0 to host registry.example.com left intact
$ curl -sv -H "Authorization: Bearer {d.L('bearer-token', tok)}" https://api.example.com/v1/me 2>&1 | grep -i '^[<>]'
> GET /v1/me HTTP/2
> Host: api.example.com
> authorization: Bearer {tok}
> user-agent: curl/8.5.0
< HTTP/2 200
< x-request-id: {v.uuid()}
""")


def har(v, i):
    d = Doc("http/session-%02d.har" % i)
    entries = []
    for n in range(v.randint(3, 5)):
        headers = [{"name": "Accept", "value": "application/json"},
                   {"name": "User-Agent", "value": UAS[4]}]
        if n == 0:
            tok = v.bearer("alnum")
            body = json.dumps({"access_token": tok, "token_type": "bearer", "expires_in": 7200,
                               "refresh_token": d.L("generic-secret", v.alnum(48))})
            d.L("bearer-token|generic-secret", jesc(tok))
            pw = v.password(v.choice(["tricky", "human", "strong"]))
            post = "username=%s&password=%s&grant_type=password" % (user(v), d.L("password", uenc(pw)))
            entries.append({"startedDateTime": ts(v) + ".000Z", "time": v.randint(20, 400),
                            "request": {"method": "POST", "url": "https://auth.example.com/oauth/token", "httpVersion": "HTTP/2",
                                        "headers": headers + [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                                        "queryString": [], "postData": {"mimeType": "application/x-www-form-urlencoded", "text": post}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [],
                                         "content": {"size": len(body), "mimeType": "application/json", "text": body}},
                            "timings": {"send": 0, "wait": 80, "receive": 1}})
            last_tok = tok
        else:
            a = "Bearer " + (last_tok if n == 1 else d.L("bearer-token", v.bearer()))
            if n == 1:
                d.L("bearer-token|generic-secret", last_tok)
            entries.append({"startedDateTime": ts(v) + ".000Z", "time": v.randint(20, 400),
                            "request": {"method": "GET", "url": "https://api.example.com" + v.choice(PATHS), "httpVersion": "HTTP/2",
                                        "headers": headers + [{"name": "Authorization", "value": a},
                                                              {"name": "Cookie", "value": "theme=dark; lang=en"}],
                                        "queryString": []},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2",
                                         "headers": [{"name": "etag", "value": '"%s"' % v.sha256()}],
                                         "content": {"size": 2, "mimeType": "application/json", "text": "{}"}},
                            "timings": {"send": 0, "wait": v.randint(5, 300), "receive": 1}})
    har_ = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": entries}}
    return d.set(json.dumps(har_, indent=2) + "\n")


def postman(v, i):
    d = Doc("http/postman-collection-%02d.json" % i)
    pm_pw = v.password(v.choice(["tricky", "human"]))
    d.L("password", jesc(pm_pw))
    items = [
        {"name": "List orders", "request": {"method": "GET", "url": "{{baseUrl}}/api/v1/orders",
                                              "auth": {"type": "bearer", "bearer": [{"key": "token", "value": d.L("bearer-token", v.bearer()), "type": "string"}]}}},
        {"name": "Admin login", "request": {"method": "GET", "url": "{{baseUrl}}/admin",
                                             "auth": {"type": "basic", "basic": [
                                                 {"key": "password", "value": pm_pw, "type": "string"},
                                                 {"key": "username", "value": "admin", "type": "string"}]}}},
        {"name": "Report export", "request": {"method": "POST", "url": "{{baseUrl}}/v3/reports/export",
                                               "header": [{"key": "X-API-Key", "value": d.L("generic-secret", v.generic())},
                                                          {"key": "Authorization", "value": "Bearer {{accessToken}}"}]}},
        {"name": "Legacy", "request": {"method": "GET", "url": "{{baseUrl}}/legacy",
                                        "header": [{"key": "Authorization", "value": "Basic " + d.L("basic-auth", basic("legacy", v.safe_password()))}]}},
    ]
    col = {"info": {"_postman_id": v.uuid(), "name": "%s API" % app(v),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items,
           "variable": [{"key": "baseUrl", "value": "https://api.example.com"},
                        {"key": "accessToken", "value": ""},
                        {"key": "clientSecret", "value": d.L("generic-secret", v.alnum(40))}]}
    return d.set(json.dumps(col, indent="\t") + "\n")


def oauth_responses(v, i):
    d = Doc("http/oauth-token-responses-%02d.log" % i)
    out = []
    for n in range(3):
        at = v.jwt() if n == 2 else v.bearer(v.choice(["alnum", "ya29", "b64url", "okta"]))
        cat = "jwt|bearer-token" if n == 2 else "bearer-token|generic-secret"
        body = {"access_token": d.L(cat, at), "token_type": "Bearer", "expires_in": 3600,
                "refresh_token": d.L("generic-secret", v.alnum(64) if n else "1//0" + v.alnum(90)),
                "scope": "openid profile email"}
        if n == 1:
            body["id_token"] = d.L("jwt", v.jwt(sub="%d" % v.randint(10 ** 8, 10 ** 9)))
        out.append("%s DEBUG oauth.client - token endpoint response: %s" % (ts(v), json.dumps(body)))
        out.append("%s INFO  oauth.client - using Authorization: Bearer %s... (truncated)" % (ts(v), at[:6]))
    out.append('%s DEBUG oauth.client - token request body: grant_type=refresh_token&refresh_token=[FILTERED]&client_id=%s&client_secret=%s'
               % (ts(v), app(v), d.L("generic-secret", v.alnum(40))))
    out.append('%s WARN  oauth.client - {"error":"invalid_grant","error_description":"Token is not active"}' % ts(v))
    return d.set("\n".join(out) + "\n")


def build(v):
    out = []
    for i in range(1, 5):
        out.append(nginx_log(v, i))
    for i in range(1, 4):
        out += [envoy_log(v, i), har(v, i)]
    for i in range(1, 5):
        out.append(raw_http(v, i))
    for i in range(1, 4):
        out += [curl_v(v, i), postman(v, i), oauth_responses(v, i)]
    return out
