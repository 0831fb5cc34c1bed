"""Secrets: bearer tokens, AWS keys, passwords and generic secrets in HTTP tools,
SDK debug output, infrastructure code, CI, shell history, configs, source code
and prose, with hashes, ids, placeholders and env references beside them."""
import sys

sys.dont_write_bytecode = True

import base64
import json
import re
import urllib.parse

from gen_common import (
    Clock,
    ALNUM, B64, B64URL, DIG, HEX, aws_akid, aws_other_id, aws_secret, b64digest, fake_b64_blob, frng, jwt,
    jwt_claims, md5hex, password, private_ipv4, public_ipv4, rstr, session_token, sha1hex, sha256hex, token, ts,
    uuid4, REG,
)

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
_MARK = re.compile(r"<<(\w+)>>")


def fill(_tmpl, /, **kw):
    def rep(m):
        return str(kw[m.group(1)])

    return _MARK.sub(rep, _tmpl)


ISSUERS = ["https://login.microsoftonline.com/{t}/v2.0", "https://{h}.eu.auth0.com/", "https://accounts.google.com",
           "https://sso.{h}.io/realms/prod", "https://cognito-idp.ap-south-1.amazonaws.com/ap-south-1_{c}",
           "https://{h}.okta.com/oauth2/default", "https://auth.{h}.com"]
HOSTS = ["acme", "northwind", "contoso-dev", "globex", "initech", "hooli", "umbrella", "stark", "wayne", "tyrell",
         "paynext", "lendwise", "kisanpay", "cloudmart", "fleetops", "medibook"]
API_HOSTS = ["api.{h}.com", "{h}-prod.internal", "gateway.{h}.io", "api.{h}.in", "{h}.azurewebsites.net", "backend.{h}.dev"]


def host(r):
    return r.choice(API_HOSTS).format(h=r.choice(HOSTS))


def iss(r):
    return r.choice(ISSUERS).format(t=uuid4(r), h=r.choice(HOSTS), c=rstr(r, ALNUM, 9))


def mk_jwt(r, extra=None, alg=None):
    claims = jwt_claims(r, iss(r), sub=r.choice([uuid4(r), rstr(r, DIG, 21), "auth0|" + rstr(r, HEX, 24)]),
                        aud=r.choice(["api://default", "https://" + host(r), rstr(r, HEX, 32)]), extra=extra)
    if r.random() < 0.5:
        claims["scope"] = r.choice(["openid profile email", "read:orders write:orders", "api.read", "offline_access user.read"])
    return jwt(claims, alg=alg or r.choice(["RS256", "RS256", "RS256", "HS256", "ES256", "PS256"]), kid=rstr(r, B64URL, 27) if r.random() < 0.7 else None)


def BT(doc, shape=None, cat=None):
    """A bearer token (labelled)."""
    r = doc.rng
    shape = shape or r.choice(["jwt", "jwt", "jwt", "b64url", "hex", "ya29", "alnum", "eaa", "pat", "sl", "b64url"])
    if shape == "jwt":
        v = mk_jwt(r)
        return doc.L(cat or "jwt|bearer-token", v)
    if shape == "b64url":
        v = token("b64url", r.choice([32, 43, 64, 86]))
    elif shape == "hex":
        v = token("hex", r.choice([40, 64, 32]))
    elif shape == "ya29":
        v = token("ya29", r.choice([150, 180, 210]))
    elif shape == "alnum":
        v = token("alnum", r.choice([32, 40, 48]))
    elif shape == "eaa":
        v = "EAA" + token("alnum", r.choice([160, 190]))
    elif shape == "pat":
        v = "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid4(frng("pat"))
        REG.fresh("tok", lambda: v)
    elif shape == "sl":
        v = "sl.B" + token("b64url", 136)
    else:
        raise ValueError(shape)
    return doc.L(cat or "bearer-token", v)


def AK(doc, prefix="AKIA"):
    return doc.L("aws-access-key-id", aws_akid(prefix))


def AS(doc):
    return doc.L("aws-secret-key", aws_secret())


def PW(doc, style=None, enc=None, cat="password"):
    """A password (labelled as written: raw, URL-encoded or XML-escaped)."""
    v = password(style)
    if enc == "url":
        w = urllib.parse.quote(v, safe="")
    elif enc == "xml":
        w = v.replace("&", "&amp;").replace("<", "&lt;")
    else:
        w = v
    doc.L(cat, w)
    return w


def GS(doc, kind="alnum", n=None, cat="generic-secret"):
    return doc.L(cat, token(kind, n))


def PH_TOKEN(r):
    return r.choice(["<token>", "$TOKEN", "${ACCESS_TOKEN}", "YOUR_ACCESS_TOKEN", "{{token}}", "<redacted>", "***", "[REDACTED]",
                     "$(gcloud auth print-access-token)", "${API_TOKEN:?missing}", "xxxxxxxxxxxxxxxx", "<YOUR_TOKEN_HERE>"])


def PH_PW(r):
    return r.choice(["changeme", "********", "${DB_PASSWORD}", "<redacted>", "xxx", "{{ .Values.db.password }}", "<password>",
                     "%(DB_PASS)s", "${{ secrets.DB_PASSWORD }}", "REPLACE_ME", "", "{{ vault_db_password }}", "$(cat /run/secrets/db_password)"])


def ts_iso(r):
    return ts(r).strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(r):
    return ts(r).strftime("%a, %d %b %Y %H:%M:%S GMT")


def git_sha(r):
    return sha1hex(r)


# --------------------------------------------------------------------------
# HTTP clients and tools
# --------------------------------------------------------------------------
def curl_verbose(doc):
    r = doc.rng
    h = host(r)
    t = BT(doc)
    path = r.choice(["/v1/orders?limit=50", "/api/v2/users/me", "/v1/invoices/" + rstr(r, DIG, 8), "/graphql", "/v3/payments/search"])
    ip = private_ipv4(r)
    placeholder = PH_TOKEN(r)
    body = json.dumps({"data": [{"id": uuid4(r), "status": r.choice(["paid", "open"]), "etag": md5hex(r)}], "next_cursor": rstr(r, B64URL, 24)}, indent=2)
    return fill("""$ # from the README: curl -H "Authorization: Bearer <<ph>>" https://<<h>><<p>>
$ curl -v -H "Authorization: Bearer <<t>>" -H "Accept: application/json" "https://<<h>><<p>>"
*   Trying <<ip>>:443...
* Connected to <<h>> (<<ip>>) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* Server certificate:
*  subject: CN=<<h>>
*  SSL certificate verify ok.
* using HTTP/2
> GET <<p>> HTTP/2
> Host: <<h>>
> User-Agent: curl/8.5.0
> Authorization: Bearer <<t>>
> Accept: application/json
>
< HTTP/2 200
< date: <<d>>
< content-type: application/json; charset=utf-8
< etag: W/"<<etag>>"
< x-request-id: <<rid>>
< x-amzn-trace-id: Root=1-<<tr1>>-<<tr2>>
< strict-transport-security: max-age=31536000
<
<<body>>
* Connection #0 to host <<h>> left intact
$ curl -s -X POST "https://<<h>>/v1/exports" -H "Authorization: Bearer <<t2>>" -H "Content-Type: application/json" -d '{"format":"csv"}'
{"id":"exp_<<eid>>","status":"queued","checksum":null}
$ curl -s -H "X-Api-Key: <<xk>>" "https://<<h>>/v1/status" | jq -r .version
<<ver>>
$ curl -s -u "ops:<<upw>>" "https://<<h>>/admin/metrics" | head -3
# HELP http_requests_total Total HTTP requests
# TYPE http_requests_total counter
http_requests_total{code="200"} <<cnt>>
""", t2=BT(doc), eid=rstr(r, ALNUM, 20), xk=GS(doc, r.choice(["hex", "alnum"]), 40), ver="2." + str(r.randint(0, 40)) + "." + str(r.randint(0, 9)), upw=PW(doc, "simple"), cnt=r.randint(1000, 900000), ph=placeholder, h=h, p=path, t=t, ip=ip, d=http_date(r), etag=rstr(r, HEX, 40), rid=uuid4(r), tr1=rstr(r, HEX, 8), tr2=rstr(r, HEX, 24), body=body)


def httpie(doc):
    r = doc.rng
    h = host(r)
    t = BT(doc)
    name = r.choice(["nightly-export", "sync-job", "alert-router"])
    return fill("""$ http --print=HhBb POST https://<<h>>/v1/webhooks Authorization:"Bearer <<t>>" name=<<n>> url=https://hooks.<<h>>/in
POST /v1/webhooks HTTP/1.1
Accept: application/json, */*;q=0.5
Accept-Encoding: gzip, deflate
Authorization: Bearer <<t>>
Connection: keep-alive
Content-Length: <<cl>>
Content-Type: application/json
Host: <<h>>
User-Agent: HTTPie/3.2.2

{
    "name": "<<n>>",
    "url": "https://hooks.<<h>>/in"
}


HTTP/1.1 201 Created
Content-Type: application/json
Date: <<d>>
ETag: "<<etag>>"
X-Request-Id: <<rid>>

{
    "id": "wh_<<wid>>",
    "signing_secret_last4": "<<l4>>",
    "created_at": "<<ca>>"
}

$ http GET https://<<h>>/v1/webhooks/wh_<<wid>>/deliveries "Authorization: Bearer <<t2>>" --print=b
[]
$ http --auth-type=bearer --auth="<<t3>>" GET https://<<h>>/v1/me --print=h
HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: <<rid2>>

""", t2=BT(doc), t3=BT(doc), rid2=uuid4(r), h=h, t=t, n=name, cl=r.randint(60, 90), d=http_date(r), etag=md5hex(r), rid=uuid4(r), wid=rstr(r, ALNUM, 24), l4=rstr(r, ALNUM, 4), ca=ts_iso(r))


def wget_log(doc):
    r = doc.rng
    h = host(r)
    t = BT(doc, r.choice(["hex", "b64url", "alnum", "jwt"]))
    ip = public_ipv4(r)
    doc.L("ipv4", ip)
    f = r.choice(["export.csv", "report.json", "backup.tar.gz"])
    return fill("""$ wget --header="Authorization: Bearer <<t>>" --header="X-Request-Id: <<rid>>" -O <<f>> https://<<h>>/v1/exports/<<eid>>/download
--<<d>>--  https://<<h>>/v1/exports/<<eid>>/download
Resolving <<h>> (<<h>>)... <<ip>>
Connecting to <<h>> (<<h>>)|<<ip>>|:443... connected.
HTTP request sent, awaiting response... 200 OK
Length: <<len>> (<<kb>>K) [application/octet-stream]
Saving to: ‘<<f>>’

<<f>>            100%[===================>]  <<kb>>K  --.-KB/s    in 0.04s

<<d>> (3.1 MB/s) - ‘<<f>>’ saved [<<len>>/<<len>>]

$ sha256sum <<f>>
<<sha>>  <<f>>
""", t=t, rid=uuid4(r), f=f, h=h, eid=rstr(r, DIG, 10), d=ts(r).strftime("%Y-%m-%d %H:%M:%S"), ip=ip, len=r.randint(10000, 900000), kb=r.randint(10, 900), sha=sha256hex(r))


def postman_collection(doc):
    r = doc.rng
    h = host(r)
    t = BT(doc)
    env_tok = BT(doc, r.choice(["b64url", "hex", "alnum"]), cat="bearer-token|generic-secret")
    items = []
    for name, method, path in [("List orders", "GET", "/v1/orders"), ("Create order", "POST", "/v1/orders"), ("Get profile", "GET", "/v1/me"), ("Refund", "POST", "/v1/refunds")][:r.randint(2, 4)]:
        it = {"name": name, "request": {"method": method, "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Correlation-Id", "value": "{{$guid}}"}],
                                        "url": {"raw": "{{baseUrl}}" + path, "host": ["{{baseUrl}}"], "path": path.strip("/").split("/")}}, "response": []}
        if method == "POST":
            it["request"]["body"] = {"mode": "raw", "raw": json.dumps({"amount": r.randint(100, 9000), "currency": "INR", "idempotency_key": uuid4(r)}), "options": {"raw": {"language": "json"}}}
        if name == "Get profile":
            it["request"]["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}
        items.append(it)
    col = {"info": {"_postman_id": uuid4(r), "name": r.choice(HOSTS).title() + " API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": rstr(r, DIG, 8)},
           "item": items,
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": t, "type": "string"}]},
           "event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": ["pm.request.headers.add({key: 'X-Ts', value: Date.now().toString()});"]}}],
           "variable": [{"key": "baseUrl", "value": "https://" + h, "type": "string"}, {"key": "access_token", "value": env_tok, "type": "string"}, {"key": "webhook_id", "value": uuid4(r)}]}
    return json.dumps(col, indent="\t") + "\n"


def har_file(doc):
    r = doc.rng
    h = host(r)
    t = BT(doc, "jwt")
    refresh = GS(doc, "b64url", 86)
    acc2 = BT(doc, "jwt")
    sess = rstr(r, HEX, 32)
    token_text = json.dumps({"access_token": acc2, "token_type": "Bearer", "expires_in": 3600, "refresh_token": refresh, "scope": "openid profile"})
    entries = [
        {"startedDateTime": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": r.randint(40, 900),
         "request": {"method": "POST", "url": f"https://{h}/oauth/token", "httpVersion": "http/2.0",
                     "headers": [{"name": "content-type", "value": "application/x-www-form-urlencoded"}, {"name": "origin", "value": f"https://app.{h}"}],
                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 120,
                     "postData": {"mimeType": "application/x-www-form-urlencoded", "text": f"grant_type=refresh_token&client_id={rstr(r, ALNUM, 32)}&refresh_token=<<prev>>"}},
         "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-request-id", "value": uuid4(r)}],
                      "cookies": [], "content": {"size": len(token_text), "mimeType": "application/json", "text": token_text}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
         "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": r.randint(30, 300), "receive": 0.6}},
        {"startedDateTime": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": r.randint(40, 900),
         "request": {"method": "GET", "url": f"https://{h}/api/v1/accounts?page=1", "httpVersion": "http/2.0",
                     "headers": [{"name": "accept", "value": "application/json"}, {"name": "authorization", "value": "Bearer " + t},
                                 {"name": "if-none-match", "value": 'W/"' + rstr(r, HEX, 27) + '"'}, {"name": "cookie", "value": f"_ga=GA1.1.{rstr(r, DIG, 10)}.{rstr(r, DIG, 10)}; sid={sess}"}],
                     "queryString": [{"name": "page", "value": "1"}], "cookies": [{"name": "sid", "value": sess}], "headersSize": -1, "bodySize": 0},
         "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [{"name": "etag", "value": 'W/"' + rstr(r, HEX, 27) + '"'}, {"name": "x-trace-id", "value": rstr(r, HEX, 32)}],
                      "cookies": [], "content": {"size": 2, "mimeType": "application/json", "text": "[]"}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
         "cache": {}, "timings": {"blocked": 0.8, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": r.randint(30, 300), "receive": 0.3}},
    ]
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "id": "page_1", "title": f"https://app.{h}/dashboard", "pageTimings": {"onContentLoad": 812, "onLoad": 1204}}],
                   "entries": entries}}
    out = json.dumps(har, indent=2)
    # the refresh token used for the call was redacted by the person who exported the HAR
    return out.replace("<<prev>>", "[redacted]") + "\n"


def devtools_copy(doc):
    r = doc.rng
    h = host(r)
    kind = doc.meta_i % 4
    t = BT(doc)
    if kind == 0:
        return fill("""fetch("https://<<h>>/api/v2/search?q=invoice", {
  "headers": {
    "accept": "application/json, text/plain, */*",
    "accept-language": "en-IN,en;q=0.9",
    "authorization": "Bearer <<t>>",
    "sec-ch-ua": "\\"Chromium\\";v=\\"124\\", \\"Google Chrome\\";v=\\"124\\"",
    "sec-fetch-mode": "cors",
    "x-client-version": "<<ver>>"
  },
  "referrer": "https://app.<<h>>/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});
""", h=h, t=t, ver="4." + str(r.randint(1, 30)) + "." + str(r.randint(0, 9)) + "+" + git_sha(r)[:7])
    if kind == 1:
        return fill("""$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
$session.Cookies.Add((New-Object System.Net.Cookie("ai_session", "<<ai>>", "/", "app.<<h>>")))
Invoke-WebRequest -UseBasicParsing -Uri "https://<<h>>/api/tenants/<<tid>>/users" `
-WebSession $session `
-Headers @{
"authority"="<<h>>"
  "method"="GET"
  "accept"="application/json"
  "authorization"="Bearer <<t>>"
  "x-ms-client-request-id"="<<rid>>"
}
""", h=h, t=t, ai=rstr(r, ALNUM, 22) + "|" + rstr(r, DIG, 13), tid=uuid4(r), rid=uuid4(r))
    if kind == 2:
        return fill("""curl ^"https://<<h>>/v1/reports/daily?from=2025-05-01^&to=2025-05-31^" ^
  -H ^"accept: application/json^" ^
  -H ^"authorization: Bearer <<t>>^" ^
  -H ^"if-none-match: W/^\\^"<<etag>>^\\^"^" ^
  -H ^"referer: https://app.<<h>>/reports^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)^"
""", h=h, t=t, etag=rstr(r, HEX, 32))
    return fill("""curl 'https://<<h>>/graphql' \\
  -H 'accept: */*' \\
  -H 'apollographql-client-name: web' \\
  -H 'authorization: Bearer <<t>>' \\
  -H 'content-type: application/json' \\
  -H 'x-request-id: <<rid>>' \\
  --data-raw '{"operationName":"Viewer","variables":{},"query":"query Viewer { viewer { id email } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"<<sha>>"}}}' \\
  --compressed
""", h=h, t=t, rid=uuid4(r), sha=sha256hex(r))


def sdk_debug(doc):
    r = doc.rng
    return "".join(_sdk_debug_one(doc) for _ in range(r.randint(3, 4)))


def _sdk_debug_one(doc):
    r = doc.rng
    h = host(r)
    kind = doc.meta_i % 4
    t = BT(doc)
    if kind == 0:
        return fill("""send: b'GET /v1/customers/<<cid>> HTTP/1.1\\r\\nHost: <<h>>\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer <<t>>\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Date: <<d>>
header: Content-Type: application/json
header: ETag: "<<etag>>"
header: X-Request-Id: <<rid>>
DEBUG:urllib3.connectionpool:https://<<h>>:443 "GET /v1/customers/<<cid>> HTTP/1.1" 200 <<n>>
""", h=h, t=t, cid="cus_" + rstr(r, ALNUM, 14), d=http_date(r), etag=md5hex(r), rid=uuid4(r), n=r.randint(200, 3000))
    if kind == 1:
        return fill("""2025-<<md>> 10:42:0<<s>>.311 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  --> POST https://<<h>>/v2/device/register
2025-<<md>> 10:42:0<<s>>.311 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  Content-Type: application/json; charset=utf-8
2025-<<md>> 10:42:0<<s>>.311 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  Content-Length: 212
2025-<<md>> 10:42:0<<s>>.312 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  Authorization: Bearer <<t>>
2025-<<md>> 10:42:0<<s>>.312 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  X-Device-Id: <<dev>>
2025-<<md>> 10:42:0<<s>>.312 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  {"fcmToken":"<<fcm>>","platform":"android","appVersion":"7.4.1"}
2025-<<md>> 10:42:0<<s>>.313 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  --> END POST (212-byte body)
2025-<<md>> 10:42:0<<s>>.702 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  <-- 200 https://<<h>>/v2/device/register (389ms)
2025-<<md>> 10:42:0<<s>>.702 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  x-request-id: <<rid>>
2025-<<md>> 10:42:0<<s>>.703 21455-21611 okhttp.OkHttpClient      com.<<app>>.android  I  <-- END HTTP (41-byte body)
""", md="%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), s=r.randint(0, 9), app=r.choice(HOSTS), h=h, t=t, dev=uuid4(r), fcm=rstr(r, B64URL, 22) + ":APA91b" + rstr(r, B64URL, 134), rid=uuid4(r))
    if kind == 2:
        return fill("""2025/<<md>> 09:14:22 DEBUG outgoing request:
GET /api/v1/namespaces/payments/pods HTTP/1.1
Host: <<h>>
User-Agent: payments-operator/1.8.2 (linux/amd64)
Accept: application/json
Authorization: Bearer <<t>>
Accept-Encoding: gzip

2025/<<md>> 09:14:22 DEBUG response: HTTP/1.1 200 OK
Audit-Id: <<aid>>
Cache-Control: no-cache, private
Content-Type: application/json
X-Kubernetes-Pf-Flowschema-Uid: <<fs>>
""", md="%02d/%02d" % (r.randint(1, 12), r.randint(1, 28)), h=h, t=t, aid=uuid4(r), fs=uuid4(r))
    return fill("""HTTP 9801: NET 9801: createConnection localhost:443 { path: null, host: '<<h>>', port: 443 }
HTTP 9801: outgoing message end.
(node:9801) request headers: {
  'content-type': 'application/json',
  authorization: 'Bearer <<t>>',
  'x-idempotency-key': '<<idk>>',
  'user-agent': 'axios/1.6.8'
}
HTTP 9801: AGENT incoming response!
HTTP 9801: AGENT socket keep-alive
(node:9801) response status 202 { 'x-request-id': '<<rid>>', etag: 'W/"<<etag>>"' }
""", h=h, t=t, idk=uuid4(r), rid=uuid4(r), etag=rstr(r, B64URL, 27))


def rest_client_http(doc):
    r = doc.rng
    h = host(r)
    tok = BT(doc, r.choice(["jwt", "b64url", "hex"]), cat=None)
    # the variable is named token and used after Bearer
    if not tok.startswith("eyJ"):
        doc.labels[-1] = ("bearer-token|generic-secret", tok)
    return fill("""### VS Code REST Client - local testing
@baseUrl = https://<<h>>
@token = <<tok>>
@orderId = <<oid>>

### list orders
GET {{baseUrl}}/v1/orders?status=open
Authorization: Bearer {{token}}
Accept: application/json

### get one (expects 404 for deleted)
GET {{baseUrl}}/v1/orders/{{orderId}}
Authorization: Bearer {{token}}

### docs example, do not use
GET {{baseUrl}}/v1/ping
Authorization: Bearer <your-token-here>

### create
POST {{baseUrl}}/v1/orders
Authorization: Bearer {{token}}
Content-Type: application/json
Idempotency-Key: <<idk>>

{"sku": "SKU-<<sku>>", "qty": 2}
""", h=h, tok=tok, oid=uuid4(r), idk=uuid4(r), sku=rstr(r, DIG, 6))


def oauth_token_exchange(doc):
    r = doc.rng
    h = host(r)
    cid = rstr(r, ALNUM, 32) if r.random() < 0.5 else uuid4(r)
    kind = doc.meta_i % 2
    if kind == 0:
        cs = GS(doc, r.choice(["alnum", "b64url"]), r.choice([40, 48, 64]))
        cmd = f"$ curl -s -X POST https://{h}/oauth2/token -d grant_type=client_credentials -d client_id={cid} -d client_secret={cs} -d scope=payments.read"
    else:
        raw = cid + ":" + token("b64url", 40)
        b = base64.b64encode(raw.encode()).decode()
        doc.L("basic-auth", b)
        cmd = f"$ curl -s -X POST https://{h}/oauth2/token -H 'Authorization: Basic {b}' -H 'Content-Type: application/x-www-form-urlencoded' -d 'grant_type=client_credentials&scope=payments.read'"
    at = BT(doc, r.choice(["jwt", "b64url", "alnum"]), cat=None)
    if not at.startswith("eyJ"):
        doc.labels[-1] = ("bearer-token|generic-secret", at)
    res = {"access_token": at, "token_type": "Bearer", "expires_in": r.choice([3599, 3600, 86400]), "scope": "payments.read"}
    if r.random() < 0.5:
        res["refresh_token"] = GS(doc, "b64url", 64)
    out = cmd + " | jq .\n" + json.dumps(res, indent=2) + "\n"
    out += f"$ curl -s https://{h}/v1/payments -H \"Authorization: Bearer $(jq -r .access_token token.json)\" | jq '.data | length'\n{r.randint(1, 90)}\n"
    return out


def kubectl_verbose(doc):
    r = doc.rng
    ip = private_ipv4(r)
    t = BT(doc, "jwt")
    return fill("""$ kubectl get pods -n payments -v=8
I0<<md>> 11:02:14.501233   48211 loader.go:395] Config loaded from file:  /home/deploy/.kube/config
I0<<md>> 11:02:14.507881   48211 round_trippers.go:463] GET https://<<ip>>:6443/api/v1/namespaces/payments/pods?limit=500
I0<<md>> 11:02:14.507897   48211 round_trippers.go:469] Request Headers:
I0<<md>> 11:02:14.507905   48211 round_trippers.go:473]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json
I0<<md>> 11:02:14.507912   48211 round_trippers.go:473]     Authorization: Bearer <masked>
I0<<md>> 11:02:14.507919   48211 round_trippers.go:473]     User-Agent: kubectl/v1.29.3 (linux/amd64) kubernetes/6813625
I0<<md>> 11:02:14.561004   48211 round_trippers.go:574] Response Status: 200 OK in 53 milliseconds
I0<<md>> 11:02:14.561019   48211 round_trippers.go:577] Response Headers:
I0<<md>> 11:02:14.561025   48211 round_trippers.go:580]     Audit-Id: <<aid>>
I0<<md>> 11:02:14.561031   48211 round_trippers.go:580]     X-Kubernetes-Pf-Prioritylevel-Uid: <<pl>>
NAME                           READY   STATUS    RESTARTS   AGE
payments-api-7c9f8d6b5-x2kqp   1/1     Running   0          3d2h

$ # same call from the CI runner with the service-account token (older kubectl does not mask it):
$ curl -sk -H "Authorization: Bearer <<t>>" https://<<ip>>:6443/api/v1/namespaces/payments/pods | jq '.items | length'
1
""", md="%d%02d" % (r.randint(1, 9), r.randint(1, 28)), ip=ip, aid=uuid4(r), pl=uuid4(r), t=t)


def aws_cli_debug(doc):
    r = doc.rng
    sts = r.random() < 0.4
    ak = AK(doc, "ASIA" if sts else "AKIA")
    region = r.choice(["ap-south-1", "eu-north-1", "us-east-1", "eu-west-1"])
    bucket = r.choice(HOSTS) + "-" + r.choice(["backups", "exports", "logs"])
    d = ts(r)
    amz = d.strftime("%Y%m%dT%H%M%SZ")
    extra = ""
    if sts:
        extra = "\n2025-" + d.strftime("%m-%d %H:%M:%S") + ",112 - MainThread - botocore.endpoint - DEBUG - X-Amz-Security-Token: [REDACTED]"
    return fill("""$ aws s3 ls s3://<<b>>/ --debug 2>&1 | grep -v "^$"
2025-<<ds>>,001 - MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22
2025-<<ds>>,004 - MainThread - botocore.credentials - INFO - Found credentials in environment variables.
2025-<<ds>>,098 - MainThread - botocore.auth - DEBUG - CanonicalRequest:
GET
/
list-type=2&prefix=&delimiter=%2F&encoding-type=url
host:<<b>>.s3.<<reg>>.amazonaws.com
x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
x-amz-date:<<amz>>

host;x-amz-content-sha256;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
2025-<<ds>>,099 - MainThread - botocore.auth - DEBUG - StringToSign:
AWS4-HMAC-SHA256
<<amz>>
<<day>>/<<reg>>/s3/aws4_request
<<h1>>
2025-<<ds>>,099 - MainThread - botocore.auth - DEBUG - Signature:
<<sig>>
2025-<<ds>>,100 - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=https://<<b>>.s3.<<reg>>.amazonaws.com/?list-type=2&prefix=&delimiter=%2F&encoding-type=url, headers={'User-Agent': b'aws-cli/2.15.30', 'X-Amz-Date': b'<<amz>>', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential=<<ak>>/<<day>>/<<reg>>/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=<<sig>>'}><<extra>>
2025-<<ds>>,311 - MainThread - botocore.parsers - DEBUG - Response headers: {'x-amz-id-2': '<<id2>>', 'x-amz-request-id': '<<rid>>', 'Date': '<<hd>>', 'x-amz-bucket-region': '<<reg>>', 'Content-Type': 'application/xml', 'Server': 'AmazonS3'}
                           PRE 2025-05/
2025-05-31 23:10:02   <<size>> manifest.json
""", b=bucket, ds=d.strftime("%m-%d %H:%M:%S"), reg=region, amz=amz, day=d.strftime("%Y%m%d"), h1=sha256hex(r), sig=sha256hex(r), ak=ak, extra=extra,
                id2=rstr(r, B64, 76), rid=rstr(r, "ABCDEF0123456789", 16), hd=http_date(r), size=r.randint(200, 9000))


# --------------------------------------------------------------------------
# AWS credentials in files, tool output and code
# --------------------------------------------------------------------------
def aws_credentials_file(doc):
    r = doc.rng
    out = []
    profiles = ["default", "prod", "staging", "ci-deployer", "backup", "analytics", "billing-ro", "terraform", "sandbox", "legacy-ses"]
    r.shuffle(profiles)
    for p in profiles[:r.randint(4, 7)]:
        out.append(f"[{p}]")
        if r.random() < 0.2:
            out.append("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")
            out.append("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            out.append("# ^ sample values from the AWS docs, replace")
        else:
            out.append(f"aws_access_key_id = {AK(doc)}")
            out.append(f"aws_secret_access_key = {AS(doc)}")
        if r.random() < 0.4:
            out.append(f"region = {r.choice(['ap-south-1', 'eu-north-1', 'us-east-1'])}")
        out.append("")
    if r.random() < 0.6:
        out += ["[tmp-mfa]", f"aws_access_key_id = {AK(doc, 'ASIA')}", f"aws_secret_access_key = {AS(doc)}",
                f"aws_session_token = {doc.L('generic-secret', session_token())}", f"# expires {ts_iso(r)}", ""]
    return "\n".join(out)


def aws_config_file(doc):
    r = doc.rng
    acct = rstr(r, "123456789", 1) + rstr(r, DIG, 11)
    return fill("""[default]
region = <<reg>>
output = json

[profile sso-admin]
sso_session = corp
sso_account_id = <<acct>>
sso_role_name = AdministratorAccess
region = <<reg>>

[sso-session corp]
sso_start_url = https://<<org>>.awsapps.com/start
sso_region = <<reg>>
sso_registration_scopes = sso:account:access

[profile deploy]
role_arn = arn:aws:iam::<<acct>>:role/deploy
source_profile = legacy
external_id = <<ext>>

[profile legacy]
# TODO move to sso, keys rotated <<d>>
aws_access_key_id = <<ak>>
aws_secret_access_key = <<sk>>
""", reg=r.choice(["ap-south-1", "eu-north-1", "us-east-1"]), acct=acct, org=r.choice(HOSTS), ext=uuid4(r), d=ts(r).strftime("%Y-%m-%d"), ak=AK(doc), sk=AS(doc))


def sts_output(doc):
    r = doc.rng
    acct = rstr(r, "123456789", 1) + rstr(r, DIG, 11)
    role = r.choice(["ci-deploy", "break-glass", "data-reader", "terraform"])
    ak = AK(doc, "ASIA")
    sk = AS(doc)
    st = doc.L("generic-secret", session_token())
    return fill("""$ aws sts assume-role --role-arn arn:aws:iam::<<acct>>:role/<<role>> --role-session-name <<sess>> --duration-seconds 3600
{
    "Credentials": {
        "AccessKeyId": "<<ak>>",
        "SecretAccessKey": "<<sk>>",
        "SessionToken": "<<st>>",
        "Expiration": "<<exp>>"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "<<aroa>>:<<sess>>",
        "Arn": "arn:aws:sts::<<acct>>:assumed-role/<<role>>/<<sess>>"
    }
}
$ export AWS_ACCESS_KEY_ID=<<ak>> AWS_SECRET_ACCESS_KEY=<<sk>> AWS_SESSION_TOKEN=<<st>>
$ aws sts get-caller-identity
{
    "UserId": "<<aroa>>:<<sess>>",
    "Account": "<<acct>>",
    "Arn": "arn:aws:sts::<<acct>>:assumed-role/<<role>>/<<sess>>"
}
""", acct=acct, role=role, sess=r.choice(["gha-", "jenkins-", "laptop-"]) + rstr(r, DIG, 10), ak=ak, sk=sk, st=st, exp=ts_iso(r), aroa=aws_other_id("AROA"))


def iam_create_key(doc):
    r = doc.rng
    user = r.choice(["svc-backup", "svc-ses-smtp", "jenkins", "grafana-cloudwatch", "vendor-integration"])
    return fill("""$ aws iam create-access-key --user-name <<u>>
{
    "AccessKey": {
        "UserName": "<<u>>",
        "AccessKeyId": "<<ak>>",
        "Status": "Active",
        "SecretAccessKey": "<<sk>>",
        "CreateDate": "<<d>>"
    }
}
$ aws iam list-access-keys --user-name <<u>>
{
    "AccessKeyMetadata": [
        {
            "UserName": "<<u>>",
            "AccessKeyId": "<<ak>>",
            "Status": "Active",
            "CreateDate": "<<d>>"
        }
    ]
}
$ aws iam get-user --user-name <<u>> --query User.UserId --output text
<<aida>>
""", u=user, ak=AK(doc), sk=AS(doc), d=ts_iso(r), aida=aws_other_id("AIDA"))


def cloudtrail_event(doc):
    r = doc.rng
    acct = rstr(r, "123456789", 1) + rstr(r, DIG, 11)
    ip = public_ipv4(r)
    doc.L("ipv4", ip)
    recs = []
    for _ in range(r.randint(2, 3)):
        ak = AK(doc, r.choice(["ASIA", "ASIA", "AKIA"]))
        recs.append({"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": aws_other_id("AROA") + ":" + rstr(r, "abcdefghij", 8), "arn": f"arn:aws:sts::{acct}:assumed-role/ops/{rstr(r, 'abcdefghij', 8)}", "accountId": acct, "accessKeyId": ak,
                                                          "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": aws_other_id("AROA"), "arn": f"arn:aws:iam::{acct}:role/ops", "accountId": acct, "userName": "ops"}, "attributes": {"creationDate": ts_iso(r), "mfaAuthenticated": "true"}}},
                     "eventTime": ts_iso(r), "eventSource": "s3.amazonaws.com", "eventName": r.choice(["GetObject", "PutObject", "DeleteObject"]), "awsRegion": "ap-south-1", "sourceIPAddress": ip,
                     "userAgent": "[aws-cli/2.15.30]", "requestParameters": {"bucketName": r.choice(HOSTS) + "-data", "key": f"exports/{ts(r).strftime('%Y/%m/%d')}/{uuid4(r)}.parquet"},
                     "responseElements": None, "additionalEventData": {"SignatureVersion": "SigV4", "CipherSuite": "TLS_AES_128_GCM_SHA256", "bytesTransferredIn": 0, "x-amz-id-2": rstr(r, B64, 76)},
                     "requestID": rstr(r, "ABCDEF0123456789", 16), "eventID": uuid4(r), "readOnly": True, "eventType": "AwsApiCall", "recipientAccountId": acct})
    return json.dumps({"Records": recs}, indent=2) + "\n"


def aws_env_exports(doc):
    r = doc.rng
    lines = ["#!/usr/bin/env bash", "# source me before running the backup job (do NOT commit)", "set -euo pipefail", ""]
    lines.append(f"export AWS_ACCESS_KEY_ID={AK(doc)}")
    lines.append(f"export AWS_SECRET_ACCESS_KEY=\"{AS(doc)}\"")
    lines.append(f"export AWS_DEFAULT_REGION={r.choice(['ap-south-1', 'eu-north-1'])}")
    lines.append(f"export BACKUP_BUCKET=s3://{r.choice(HOSTS)}-backups")
    lines.append(f"export RESTIC_PASSWORD='{PW(doc)}'")
    lines.append(f"export RESTIC_REPOSITORY=s3:s3.amazonaws.com/{r.choice(HOSTS)}-restic")
    lines.append(f"# old key, disabled on {ts(r).strftime('%Y-%m-%d')}: {aws_akid()} (kept for audit)")
    doc.L("aws-access-key-id", lines[-1].split(": ")[-1].split(" ")[0])
    lines.append(f"export SNAPSHOT_SHA256={sha256hex(r)}")
    lines.append(f"export GIT_COMMIT={git_sha(r)}")
    return "\n".join(lines) + "\n"


def code_boto3(doc):
    r = doc.rng
    return fill('''import os

import boto3
from botocore.config import Config

# TODO(<<who>>): move these into Secrets Manager before go-live
AWS_ACCESS_KEY = "<<ak>>"
AWS_SECRET_KEY = "<<sk>>"

# the docs' example pair, used by the moto-based unit tests only
TEST_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
TEST_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

EXPECTED_ETAG = "<<etag>>"
MANIFEST_SHA1 = "<<sha1>>"


def s3_client():
    return boto3.client(
        "s3",
        region_name=os.environ.get("AWS_REGION", "<<reg>>"),
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", AWS_ACCESS_KEY),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", AWS_SECRET_KEY),
        config=Config(retries={"max_attempts": 5}),
    )


def sqs_client():
    session = boto3.session.Session(
        aws_access_key_id="<<ak2>>",
        aws_secret_access_key="<<sk2>>",
    )
    return session.client("sqs")
''', who=r.choice(["ravi", "anna", "deepak", "lars"]), ak=AK(doc), sk=AS(doc), etag=md5hex(r), sha1=sha1hex(r), reg=r.choice(["ap-south-1", "eu-north-1"]), ak2=AK(doc), sk2=AS(doc))


def code_aws_java(doc):
    r = doc.rng
    return fill('''package com.<<org>>.storage;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public final class S3Factory {
    // FIXME: hardcoded for the PoC; the real ones come from Vault (path secret/data/storage)
    private static final String ACCESS_KEY = "<<ak>>";
    private static final String SECRET_KEY = "<<sk>>";
    private static final String KMS_KEY_ID = "<<kms>>";
    private static final String CHECKSUM = "<<sha>>";

    private S3Factory() {}

    public static AmazonS3 create(String region) {
        BasicAWSCredentials creds = new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY);
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(creds))
                .withRegion(region)
                .build();
    }

    public static AmazonS3 fromEnv(String region) {
        String key = System.getenv("AWS_ACCESS_KEY_ID");
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(key, secret)))
                .withRegion(region).build();
    }
}
''', org=r.choice(HOSTS).replace("-", ""), ak=AK(doc), sk=AS(doc), kms=uuid4(r), sha=sha256hex(r))


def code_aws_node(doc):
    r = doc.rng
    return fill('''// lambdas/export/config.ts
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";

export const s3 = new S3Client({
  region: process.env.AWS_REGION ?? "<<reg>>",
  credentials: {
    accessKeyId: process.env.EXPORT_KEY_ID ?? "<<ak>>",
    secretAccessKey: process.env.EXPORT_SECRET ?? "<<sk>>",
  },
});

export const ses = new SESv2Client({
  region: "<<reg>>",
  credentials: { accessKeyId: "<<ak2>>", secretAccessKey: "<<sk2>>" },
});

export const ARTIFACT_SHA256 = "<<sha>>";
export const DISTRIBUTION_ID = "E<<dist>>";
export const CLOUDFRONT_KEY_PAIR = "APKA<<apka>>";
''', reg=r.choice(["ap-south-1", "eu-north-1"]), ak=AK(doc), sk=AS(doc), ak2=AK(doc), sk2=AS(doc), sha=sha256hex(r), dist=rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13), apka=rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))


def hadoop_site(doc):
    r = doc.rng
    return fill("""<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.s3a.access.key</name>
    <value><<ak>></value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value><<sk>></value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.<<reg>>.amazonaws.com</value>
  </property>
  <property>
    <name>fs.s3a.bucket.archive.access.key</name>
    <value><<ak2>></value>
  </property>
  <property>
    <name>fs.s3a.bucket.archive.secret.key</name>
    <value><<sk2>></value>
  </property>
  <property>
    <name>hive.metastore.warehouse.dir</name>
    <value>s3a://<<b>>/warehouse</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value><<pw>></value>
  </property>
</configuration>
""", ak=AK(doc), sk=AS(doc), reg=r.choice(["ap-south-1", "eu-north-1"]), ak2=AK(doc), sk2=AS(doc), b=r.choice(HOSTS) + "-lake", pw=PW(doc, enc="xml"))


def s3cfg_rclone(doc):
    r = doc.rng
    if doc.meta_i % 2:
        return fill("""[default]
access_key = <<ak>>
secret_key = <<sk>>
bucket_location = <<reg>>
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_passphrase = <<gpg>>
gpg_command = /usr/bin/gpg
signature_v2 = False
use_https = True
""", ak=AK(doc), sk=AS(doc), reg=r.choice(["ap-south-1", "eu-north-1"]), gpg=PW(doc))
    return fill("""[s3-archive]
type = s3
provider = AWS
env_auth = false
access_key_id = <<ak>>
secret_access_key = <<sk>>
region = <<reg>>
storage_class = GLACIER

[gdrive]
type = drive
scope = drive
token = {"access_token":"<<ya>>","token_type":"Bearer","refresh_token":"<<rt>>","expiry":"<<exp>>"}
team_drive =

[crypt]
type = crypt
remote = s3-archive:vault
password = <<obsc>>
""", ak=AK(doc), sk=AS(doc), reg=r.choice(["ap-south-1", "eu-north-1"]), ya=doc.L("bearer-token|generic-secret", token("ya29", 160)), rt=doc.L("generic-secret", "1//0" + token("b64url", 96)), exp=ts(r).strftime("%Y-%m-%dT%H:%M:%S.000000+05:30"), obsc=rstr(r, B64URL, 43))


# --------------------------------------------------------------------------
# infrastructure as code
# --------------------------------------------------------------------------
def terraform_tf(doc):
    r = doc.rng
    k = doc.meta_i % 3
    if k == 0:
        return fill('''terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
  backend "s3" {
    bucket = "<<org>>-tfstate"
    key    = "prod/network.tfstate"
    region = "<<reg>>"
  }
}

provider "aws" {
  region     = "<<reg>>"
  access_key = "<<ak>>"
  secret_key = "<<sk>>"
}

provider "cloudflare" {
  api_token = "<<cf>>"
}

resource "aws_db_instance" "main" {
  identifier        = "<<org>>-prod"
  engine            = "postgres"
  engine_version    = "15.5"
  instance_class    = "db.t4g.medium"
  username          = "app_admin"
  password          = "<<pw>>"
  kms_key_id        = "arn:aws:kms:<<reg>>:<<acct>>:key/<<kms>>"
  skip_final_snapshot = false
}

resource "aws_ssm_parameter" "api" {
  name  = "/prod/api/signing_key"
  type  = "SecureString"
  value = var.signing_key
}
''', org=r.choice(HOSTS), reg=r.choice(["ap-south-1", "eu-north-1"]), ak=AK(doc), sk=AS(doc), cf=GS(doc, "b64url", 40), pw=PW(doc), acct=rstr(r, "123456789", 1) + rstr(r, DIG, 11), kms=uuid4(r))
    if k == 1:
        return fill('''provider "vault" {
  address = "https://vault.<<org>>.internal:8200"
  token   = "<<vt>>"
}

provider "grafana" {
  url  = "https://grafana.<<org>>.internal"
  auth = "admin:<<gpw>>"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "<<dpw>>"
}

variable "redis_password" {
  type      = string
  sensitive = true
}

module "app" {
  source          = "git::https://git.<<org>>.internal/infra/modules.git//app?ref=<<sha>>"
  db_password     = var.db_password
  redis_password  = var.redis_password
  image_digest    = "sha256:<<dig>>"
  webhook_secret  = "<<whs>>"
}
''', org=r.choice(HOSTS), vt=GS(doc, "vault", 91), gpw=PW(doc), dpw=PW(doc), sha=git_sha(r), dig=sha256hex(r), whs=GS(doc, "hex", 64))
    return fill('''# main.tf - monitoring stack
resource "kubernetes_secret" "alertmanager" {
  metadata {
    name      = "alertmanager-smtp"
    namespace = "monitoring"
  }
  data = {
    smtp_password = "<<smtp>>"
    pagerduty_key = var.pagerduty_key
  }
}

resource "helm_release" "grafana" {
  name  = "grafana"
  chart = "grafana/grafana"
  set_sensitive {
    name  = "adminPassword"
    value = "<<gpw>>"
  }
  set {
    name  = "image.tag"
    value = "10.4.2"
  }
}

resource "random_password" "db" {
  length  = 32
  special = true
}

output "db_password" {
  value     = random_password.db.result
  sensitive = true
}
''', smtp=PW(doc), gpw=PW(doc))


def tfvars(doc):
    r = doc.rng
    return fill('''# prod.auto.tfvars  -- generated by bootstrap.sh on <<d>>
environment        = "prod"
region             = "<<reg>>"
instance_type      = "m6i.large"
db_username        = "app"
db_password        = "<<pw>>"
redis_auth_token   = "<<rt>>"
datadog_site       = "datadoghq.eu"
sentry_dsn         = "https://<<sentpub>>@o<<so>>.ingest.sentry.io/<<sp>>"
api_secret_key     = "<<ask>>"
admin_cidrs        = ["<<cidr>>/32"]
ami_id             = "ami-<<ami>>"
artifact_checksum  = "<<sha>>"
aws_access_key     = "<<ak>>"
aws_secret_key     = "<<sk>>"
''', d=ts(r).strftime("%Y-%m-%d"), reg=r.choice(["ap-south-1", "eu-north-1"]), pw=PW(doc), rt=GS(doc, "alnum", 64), sentpub=rstr(r, HEX, 32), so=rstr(r, DIG, 6), sp=rstr(r, DIG, 7),
                ask=GS(doc, "b64url", 48), cidr=doc.L("ipv4", public_ipv4(r)), ami=rstr(r, HEX, 17), sha=sha256hex(r), ak=AK(doc), sk=AS(doc))


def tfstate(doc):
    r = doc.rng
    acct = rstr(r, "123456789", 1) + rstr(r, DIG, 11)
    user = r.choice(["svc-ses", "svc-backup", "ci"])
    ak = AK(doc)
    sk = AS(doc)
    smtp = doc.L("password", rstr(frng("smtp"), B64, 44))
    dbpw = PW(doc)
    st = {"version": 4, "terraform_version": "1.7.5", "serial": r.randint(10, 300), "lineage": uuid4(r), "outputs": {"bucket_arn": {"value": f"arn:aws:s3:::{r.choice(HOSTS)}-data", "type": "string"}},
          "resources": [
              {"mode": "managed", "type": "aws_iam_access_key", "name": "svc", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
               "instances": [{"schema_version": 0, "attributes": {"create_date": ts_iso(r), "encrypted_secret": None, "encrypted_ses_smtp_password_v4": None, "id": ak, "key_fingerprint": None,
                                                                  "pgp_key": None, "secret": sk, "ses_smtp_password_v4": smtp, "status": "Active", "user": user}, "sensitive_attributes": [], "private": "bnVsbA=="}]},
              {"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
               "instances": [{"schema_version": 2, "attributes": {"address": f"{r.choice(HOSTS)}.{rstr(r, 'abcdefghijklmnop', 12)}.ap-south-1.rds.amazonaws.com", "arn": f"arn:aws:rds:ap-south-1:{acct}:db:main",
                                                                  "password": dbpw, "username": "postgres", "kms_key_id": f"arn:aws:kms:ap-south-1:{acct}:key/{uuid4(r)}", "resource_id": "db-" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 26)},
                              "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]], "private": base64.b64encode(json.dumps({"e2bfb730-ecaa-11e6-8f88-34363bc7c4c0": {"create": 2400000000000}}).encode()).decode()}]},
          ], "check_results": None}
    return json.dumps(st, indent=2) + "\n"


def tf_plan(doc):
    r = doc.rng
    return fill('''Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_instance.bastion will be updated in-place
  ~ resource "aws_instance" "bastion" {
        id                                   = "i-<<iid>>"
      ~ user_data                            = "<<ud1>>" -> "<<ud2>>"
        tags                                 = {
            "Name" = "bastion"
        }
    }

  # aws_db_instance.reports will be created
  + resource "aws_db_instance" "reports" {
      + allocated_storage   = 100
      + engine              = "mysql"
      + password            = (sensitive value)
      + username            = "reports"
    }

  # kubernetes_config_map.app will be updated in-place
  ~ resource "kubernetes_config_map" "app" {
      ~ data = {
          ~ "LOG_LEVEL"       = "debug" -> "info"
          + "PAYMENTS_API_KEY" = "<<pak>>"
          ~ "DB_PASSWORD"     = "<<old>>" -> "<<new>>"
        }
        id   = "default/app"
    }

Plan: 1 to add, 2 to change, 0 to destroy.
''', iid=rstr(r, HEX, 17), ud1=sha1hex(r), ud2=sha1hex(r), pak=GS(doc, "alnum", 40), old=PW(doc), new=PW(doc))


def ansible_inventory(doc):
    r = doc.rng
    lines = ["[web]"]
    for i in range(r.randint(2, 3)):
        lines.append(f"web{i + 1}.{r.choice(HOSTS)}.internal ansible_host={private_ipv4(r)} ansible_user=deploy ansible_password={PW(doc, 'simple')} ansible_become_pass={PW(doc, 'simple')}")
    lines += ["", "[db]", f"db1 ansible_host={private_ipv4(r)} ansible_user=root ansible_ssh_pass='{PW(doc)}'", "",
              "[windows]", f"win-ad01 ansible_host={private_ipv4(r)}", "", "[windows:vars]", "ansible_user=Administrator", f"ansible_password={PW(doc, 'simple')}",
              "ansible_connection=winrm", "ansible_winrm_server_cert_validation=ignore", "", "[all:vars]", "ansible_python_interpreter=/usr/bin/python3",
              "# vault_password_file=~/.ansible/vault_pass.txt", ""]
    return "\n".join(lines)


def ansible_group_vars(doc):
    r = doc.rng
    vault_blob = "\n".join("          " + rstr(r, HEX, 80) for _ in range(r.randint(3, 5)))
    return fill("""---
# group_vars/prod/main.yml
app_name: <<app>>
app_port: 8080
mysql_root_password: "<<p1>>"
mysql_users:
  - name: app
    host: "%"
    password: "<<p2>>"
    priv: "app.*:ALL"
  - name: reporting
    host: "10.%"
    password: "{{ vault_reporting_password }}"
    priv: "app.*:SELECT"
rabbitmq_default_pass: '<<p3>>'
jwt_signing_secret: "<<js>>"
smtp_relay_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
<<vb>>
ssl_cert_sha256: <<sha>>
password_min_length: 12
admin_password_reset_url: https://<<app>>.internal/reset
""", app=r.choice(HOSTS), p1=PW(doc), p2=PW(doc), p3=PW(doc, "simple"), js=GS(doc, "b64url", 64), vb=vault_blob, sha=sha256hex(r))


def ansible_output(doc):
    r = doc.rng
    h = f"db1.{r.choice(HOSTS)}.internal"
    return fill("""$ ansible-playbook -i inventories/prod site.yml --tags mysql -vv
ansible-playbook [core 2.16.5]
PLAY [db] **********************************************************************

TASK [mysql : create application user] *****************************************
changed: [<<h>>] => (item={'name': 'app', 'host': '%', 'password': '<<p1>>', 'priv': 'app.*:ALL'}) => {"ansible_loop_var": "item", "changed": true, "item": {"host": "%", "name": "app", "password": "<<p1>>", "priv": "app.*:ALL"}, "msg": "User added", "user": "app"}
changed: [<<h>>] => (item=None) => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": true}

TASK [mysql : set root password] ***********************************************
ok: [<<h>>] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}

TASK [app : render .env] ********************************************************
--- before: /srv/app/.env
+++ after: /home/deploy/.ansible/tmp/ansible-local-<<pid>>/tmp<<tmp>>/env.j2
@@ -3,4 +3,4 @@
 DB_HOST=<<ip>>
-DB_PASSWORD=<<old>>
+DB_PASSWORD=<<new>>
 REDIS_URL=redis://<<ip>>:6379/0

changed: [<<h>>] => {"changed": true, "checksum": "<<sha1>>", "dest": "/srv/app/.env", "md5sum": "<<md5>>", "mode": "0600"}

PLAY RECAP *********************************************************************
<<h>>      : ok=12   changed=3    unreachable=0    failed=0    skipped=1    rescued=0    ignored=0
""", h=h, p1=PW(doc), pid=rstr(r, DIG, 6), tmp=rstr(r, "abcdefghijklmnopqrstuvwxyz0123456789_", 8), ip=private_ipv4(r), old=PW(doc, "simple"), new=PW(doc, "simple"), sha1=sha1hex(r), md5=md5hex(r))


def helm_values(doc):
    r = doc.rng
    return fill("""# values-prod.yaml
image:
  repository: registry.<<org>>.internal/payments/api
  tag: "2.14.1"
  digest: sha256:<<dig>>

postgresql:
  enabled: true
  auth:
    username: payments
    password: "<<p1>>"
    postgresPassword: "<<p2>>"
    database: payments
    existingSecret: ""

redis:
  auth:
    enabled: true
    password: <<p3>>

externalSecrets:
  enabled: false   # TODO

env:
  - name: PAYMENTS_API_KEY
    value: "<<pak>>"
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: payments-db
        key: password
  - name: OTEL_EXPORTER_OTLP_HEADERS
    value: "authorization=Bearer <<bt>>"

ingress:
  annotations:
    nginx.ingress.kubernetes.io/auth-url: "https://auth.<<org>>.internal/verify"
  tls:
    - secretName: payments-tls
""", org=r.choice(HOSTS), dig=sha256hex(r), p1=PW(doc), p2=PW(doc), p3=PW(doc, "simple"), pak=GS(doc, "hex", 40), bt=BT(doc, r.choice(["b64url", "hex", "alnum"])))


def helm_commands(doc):
    r = doc.rng
    return fill("""$ helm repo add bitnami https://charts.bitnami.com/bitnami
"bitnami" has been added to your repositories
$ helm upgrade --install kc bitnami/keycloak -n auth --create-namespace \\
    --set auth.adminUser=admin \\
    --set auth.adminPassword='<<p1>>' \\
    --set postgresql.auth.password=<<p2>> \\
    --set externalDatabase.existingSecret=keycloak-db
Release "kc" has been upgraded. Happy Helming!
NAME: kc
LAST DEPLOYED: <<d>>
NAMESPACE: auth
STATUS: deployed
REVISION: 7
$ helm get values kc -n auth
USER-SUPPLIED VALUES:
auth:
  adminPassword: <<p1>>
  adminUser: admin
postgresql:
  auth:
    password: <<p2>>
$ kubectl -n auth get secret kc-keycloak -o jsonpath='{.data.admin-password}' | base64 -d
<<p1>>
""", p1=PW(doc, "simple"), p2=PW(doc, "simple"), d=ts(r).strftime("%a %b %d %H:%M:%S %Y"))


def k8s_manifest(doc):
    r = doc.rng
    app = r.choice(["orders", "billing", "notifier", "search"])
    return fill("""apiVersion: v1
kind: Secret
metadata:
  name: <<app>>-credentials
  namespace: <<app>>
type: Opaque
stringData:
  DB_USER: <<app>>
  DB_PASSWORD: "<<p1>>"
  STRIPE_WEBHOOK_SIGNING: "<<whs>>"
  INTERNAL_API_TOKEN: <<it>>
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: <<app>>
  namespace: <<app>>
  annotations:
    checksum/config: <<chk>>
spec:
  replicas: 2
  selector:
    matchLabels: {app: <<app>>}
  template:
    metadata:
      labels: {app: <<app>>}
    spec:
      containers:
        - name: <<app>>
          image: registry.internal/<<app>>@sha256:<<dig>>
          envFrom:
            - secretRef:
                name: <<app>>-credentials
          env:
            - name: SMTP_PASSWORD
              value: "<<p2>>"
            - name: CACHE_PASSWORD
              valueFrom:
                secretKeyRef: {name: redis, key: password}
            - name: REQUEST_SIGNING_KEY_ID
              value: "<<kid>>"
""", app=app, p1=PW(doc), whs=GS(doc, "b64url", 43), it=GS(doc, "hex", 64), chk=sha256hex(r), dig=sha256hex(r), p2=PW(doc), kid=uuid4(r))


def kubeconfig(doc):
    r = doc.rng
    ip = private_ipv4(r)
    t = BT(doc, "jwt") if doc.meta_i % 2 else BT(doc, "alnum", cat="bearer-token|generic-secret")
    ca = fake_b64_blob(r, 300, 10000)
    return fill("""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: <<ca>>
    server: https://<<ip>>:6443
  name: prod-<<reg>>
contexts:
- context:
    cluster: prod-<<reg>>
    namespace: payments
    user: ci-deployer
  name: prod
- context:
    cluster: prod-<<reg>>
    user: oidc
  name: prod-oidc
current-context: prod
users:
- name: ci-deployer
  user:
    token: <<t>>
- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubelogin
      args: ["get-token", "--oidc-issuer-url=https://sso.internal/realms/k8s", "--oidc-client-id=kubernetes"]
""", ca=ca, ip=ip, reg=r.choice(["ap-south-1", "eu-north-1"]), t=t)


def docker_compose(doc):
    r = doc.rng
    k = doc.meta_i % 3
    if k == 0:
        return fill("""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: <<p1>>
      POSTGRES_DB: app
    volumes: [pgdata:/var/lib/postgresql/data]
  api:
    build: .
    environment:
      - DATABASE_URL=postgresql://app:<<p1u>>@db:5432/app
      - SECRET_KEY=<<sk>>
      - AWS_ACCESS_KEY_ID=<<ak>>
      - AWS_SECRET_ACCESS_KEY=<<as>>
      - SENTRY_RELEASE=<<sha>>
    depends_on: [db]
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: <<pgm>>
      PGADMIN_DEFAULT_PASSWORD: "<<p2>>"
volumes:
  pgdata: {}
""", **_compose_vals(doc, r))
    if k == 1:
        return fill("""version: "3.9"
services:
  mysql:
    image: mysql:8.0
    command: --default-authentication-plugin=mysql_native_password
    environment:
      MYSQL_ROOT_PASSWORD: '<<p1>>'
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:-changeme}
      MYSQL_USER: wordpress
  wordpress:
    image: wordpress:6.5
    environment:
      WORDPRESS_DB_HOST: mysql
      WORDPRESS_DB_PASSWORD: ${MYSQL_PASSWORD:-changeme}
      WORDPRESS_AUTH_KEY: '<<wk>>'
  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: <<p2>>
""", p1=PW(doc), wk=GS(doc, "django", 64), p2=PW(doc, "simple"))
    return fill("""services:
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD: "<<p1>>"
      GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: <<cs>>
      GF_AUTH_GENERIC_OAUTH_CLIENT_ID: <<cid>>
  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: admin
      RABBITMQ_DEFAULT_PASS: <<p2>>
  worker:
    image: registry.internal/worker@sha256:<<dig>>
    environment:
      BROKER_URL: amqp://admin:<<p2>>@rabbitmq:5672//
      API_TOKEN: <<tok>>
      HEALTHCHECK_ID: <<uuid>>
""", p1=PW(doc), cs=GS(doc, "alnum", 40), cid=uuid4(r), p2=PW(doc, "simple", cat="password|url-credentials"), dig=sha256hex(r), tok=GS(doc, "hex", 40), uuid=uuid4(r))


def _compose_vals(doc, r):
    p1 = password("simple")
    doc.L("password|url-credentials", p1)
    return dict(pgm=doc.L("email", "admin@" + r.choice(HOSTS) + ".com"), p1=p1, p1u=p1, sk=GS(doc, "django", 50), ak=AK(doc), **{"as": AS(doc)}, sha=git_sha(r), org=r.choice(HOSTS), p2=PW(doc))


def docker_inspect(doc):
    r = doc.rng
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", f"DB_PASSWORD={PW(doc, 'simple')}", f"JWT_SECRET={GS(doc, 'b64url', 64)}",
           "NODE_ENV=production", f"GIT_SHA={git_sha(r)}", f"AWS_ACCESS_KEY_ID={AK(doc)}", f"AWS_SECRET_ACCESS_KEY={AS(doc)}", "REDIS_PASSWORD="]
    obj = [{"Id": sha256hex(r), "Created": ts(r).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z", "Path": "docker-entrypoint.sh", "Args": ["node", "server.js"],
            "State": {"Status": "running", "Running": True, "Pid": r.randint(1000, 90000), "StartedAt": ts_iso(r)}, "Image": "sha256:" + sha256hex(r),
            "Name": "/api-" + rstr(r, "abcdefghij", 5), "Config": {"Hostname": rstr(r, HEX, 12), "Env": env, "Image": "registry.internal/api:2.3.1", "Labels": {"org.opencontainers.image.revision": git_sha(r)}},
            "NetworkSettings": {"IPAddress": private_ipv4(r), "MacAddress": "02:42:ac:11:00:%02x" % r.randint(2, 200)}}]
    return "$ docker inspect api\n" + json.dumps(obj, indent=4) + "\n"


def dockerfile(doc):
    r = doc.rng
    return fill("""FROM python:3.12-slim@sha256:<<dig>>
ARG PIP_INDEX_URL
ARG BUILD_SHA=<<sha>>
ENV PYTHONDONTWRITEBYTECODE=1 \\
    APP_ENV=production \\
    DJANGO_SECRET_KEY="<<dsk>>" \\
    DATABASE_PASSWORD=<<pw>>
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
# healthcheck token is rotated by the platform, value below is the checksum of the script
LABEL healthcheck.sha1=<<sha1>>
CMD ["gunicorn", "app.wsgi", "-b", "0.0.0.0:8000"]
""", dig=sha256hex(r), sha=git_sha(r), dsk=GS(doc, "django", 50), pw=PW(doc, "simple"), sha1=sha1hex(r))


# --------------------------------------------------------------------------
# CI
# --------------------------------------------------------------------------
def gha_workflow(doc):
    r = doc.rng
    return fill("""name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
env:
  AWS_REGION: <<reg>>
  # temporary until the OIDC role is approved
  AWS_ACCESS_KEY_ID: <<ak>>
  AWS_SECRET_ACCESS_KEY: <<sk>>
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<<sha>>
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::<<acct>>:role/gha-deploy
          aws-region: ${{ env.AWS_REGION }}
      - name: smoke test
        run: |
          curl -fsS -H "Authorization: Bearer ${{ secrets.SMOKE_TOKEN }}" https://api.<<org>>.com/health
          curl -fsS -H "Authorization: Bearer <<bt>>" https://staging.<<org>>.com/health
      - name: db migrate
        env:
          PGPASSWORD: ${{ secrets.PGPASSWORD }}
          DATABASE_URL: postgres://migrator:<<pwu>>@db.<<org>>.internal:5432/app
        run: ./manage.py migrate
""", reg=r.choice(["ap-south-1", "eu-north-1"]), ak=AK(doc), sk=AS(doc), sha=git_sha(r), acct=rstr(r, "123456789", 1) + rstr(r, DIG, 11), org=r.choice(HOSTS),
                bt=BT(doc, r.choice(["hex", "b64url", "alnum"])), pwu=PW(doc, enc="url", cat="url-credentials|password"))


def gha_log(doc):
    r = doc.rng
    t0 = ts(r)
    stamp = t0.strftime("%Y-%m-%dT%H:%M:%S")
    return fill("""<<s>>.1023456Z ##[group]Run ./scripts/deploy.sh
<<s>>.1024012Z ./scripts/deploy.sh
<<s>>.1043120Z shell: /usr/bin/bash -e {0}
<<s>>.1043544Z env:
<<s>>.1043801Z   AWS_ACCESS_KEY_ID: ***
<<s>>.1044027Z   AWS_SECRET_ACCESS_KEY: ***
<<s>>.1044330Z   DEPLOY_TOKEN: ***
<<s>>.1044612Z ##[endgroup]
<<s>>.2311784Z + echo 'deploying <<sha>>'
<<s>>.2312011Z deploying <<sha>>
<<s>>.2410033Z + curl -s -X POST https://deploy.<<org>>.internal/api/releases -H 'Authorization: Bearer ***' -d '{"sha":"<<sha>>"}'
<<s>>.5120448Z {"release_id":"<<rid>>","status":"queued"}
<<s>>.5130999Z + export SERVICE_TOKEN=<<st>>
<<s>>.5131220Z + curl -s https://deploy.<<org>>.internal/api/releases/<<rid>>/promote -H 'Authorization: Bearer <<st>>'
<<s>>.7001873Z {"status":"promoted"}
<<s>>.7012098Z + mysql -h <<ip>> -u deploy -p<<mpw>> -e 'SELECT 1'
<<s>>.7102011Z mysql: [Warning] Using a password on the command line interface can be insecure.
<<s>>.7310442Z 1
<<s>>.7400012Z Post job cleanup.
<<s>>.7500018Z Cleaning up orphan processes
""", s=stamp, sha=git_sha(r), org=r.choice(HOSTS), rid=uuid4(r), st=BT(doc, r.choice(["hex", "b64url"]), cat="bearer-token|generic-secret"), ip=private_ipv4(r), mpw=PW(doc, "simple"))


def gitlab_ci(doc):
    r = doc.rng
    return fill("""stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  POSTGRES_DB: test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: "<<p1>>"
  SONAR_TOKEN: "<<sonar>>"
  DEPLOY_PASSWORD: $DEPLOY_PASSWORD   # masked CI/CD variable

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements-dev.txt
    - pytest -q --cov

build:
  stage: build
  image: docker:24
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
    - docker login -u svc-push -p '<<p2>>' registry.<<org>>.internal
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .

deploy:
  stage: deploy
  script:
    - 'curl --fail -H "Authorization: Bearer <<bt>>" -X POST https://deploy.<<org>>.internal/hooks/<<hook>>'
  only: [main]
""", p1=PW(doc, "simple"), sonar=GS(doc, "hex", 40), p2=PW(doc), org=r.choice(HOSTS), bt=BT(doc, r.choice(["b64url", "hex", "jwt"])), hook=uuid4(r))


def jenkins_console(doc):
    r = doc.rng
    return fill("""Started by user <<who>>
Running in Durability level: MAX_SURVIVABILITY
[Pipeline] Start of Pipeline
[Pipeline] node
Running on agent-<<n>> in /var/lib/jenkins/workspace/payments-deploy
[Pipeline] withCredentials
Masking supported pattern matches of $REG_PASS or $DB_PASS
[Pipeline] {
[Pipeline] sh
+ docker login -u ci -p **** registry.internal
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] sh
+ ./gradlew flywayMigrate -Pflyway.password=****
BUILD SUCCESSFUL in 21s
[Pipeline] }
[Pipeline] // withCredentials
[Pipeline] sh
+ set -x
+ export NEXUS_PASSWORD=<<np>>
+ curl -u deployer:<<np>> --upload-file build/libs/app-<<ver>>.jar https://nexus.internal/repository/releases/
+ curl -s -H 'Authorization: Bearer <<bt>>' https://api.statuspage.io/v1/pages/<<pg>>/incidents
[]
[Pipeline] echo
commit <<sha>> deployed, artifact md5 <<md5>>
[Pipeline] End of Pipeline
Finished: SUCCESS
""", who=r.choice(["ravi.k", "anna.l", "deploy-bot"]), n=r.randint(1, 9), np=PW(doc, "simple"), ver="1." + str(r.randint(0, 40)) + ".0", bt=BT(doc, r.choice(["hex", "alnum", "b64url"])), pg=rstr(r, "abcdefghijklmnopqrstuvwxyz0123456789", 12), sha=git_sha(r), md5=md5hex(r))


def circleci_config(doc):
    r = doc.rng
    return fill("""version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: <<p1>>
    environment:
      DATABASE_URL: postgresql://circle:<<p1>>@localhost/circle_test
      STRIPE_KEY: $STRIPE_TEST_KEY
      MAPS_API_SECRET: <<ms>>
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
  upload:
    docker: [{image: cimg/base:stable}]
    environment:
      AWS_ACCESS_KEY_ID: <<ak>>
      AWS_SECRET_ACCESS_KEY: <<sk>>
    steps:
      - aws-cli/setup
      - run: aws s3 sync dist/ s3://<<b>>/ --delete
workflows:
  main: {jobs: [test, upload]}
""", p1=PW(doc, "simple", cat="password|url-credentials"), ms=GS(doc, "b64url", 40), ak=AK(doc), sk=AS(doc), b=r.choice(HOSTS) + "-static")


def bitbucket_azure(doc):
    r = doc.rng
    if doc.meta_i % 2:
        return fill("""image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy
          deployment: production
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: '<<ak>>'
                AWS_SECRET_ACCESS_KEY: '<<sk>>'
                AWS_DEFAULT_REGION: '<<reg>>'
                S3_BUCKET: '<<b>>'
                LOCAL_PATH: 'dist'
            - curl -X POST -H "Authorization: Bearer $CLOUDFLARE_TOKEN" https://api.cloudflare.com/client/v4/zones/<<zone>>/purge_cache -d '{"purge_everything":true}'
""", ak=AK(doc), sk=AS(doc), reg=r.choice(["ap-south-1", "eu-north-1"]), b=r.choice(HOSTS) + "-web", zone=rstr(r, HEX, 32))
    return fill("""trigger:
  - main
pool:
  vmImage: ubuntu-latest
variables:
  buildConfiguration: Release
  sqlAdminPassword: '<<p1>>'
  storageAccountName: <<org>>artifacts
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: '--configuration $(buildConfiguration)'
  - script: |
      sqlcmd -S tcp:<<org>>-sql.database.windows.net -U sqladmin -P '<<p2>>' -i migrations.sql
    displayName: migrate
  - script: echo "##vso[task.setvariable variable=apiToken;issecret=true]$(API_TOKEN)"
""", p1=PW(doc), org=r.choice(HOSTS).replace("-", ""), p2=PW(doc))


# --------------------------------------------------------------------------
# shell history
# --------------------------------------------------------------------------
def shell_history(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    ip = private_ipv4(r)
    cmds = []
    pool = [
        lambda: f"mysql -h {ip} -u root -p'{PW(doc)}' app_prod",
        lambda: f"mysql -uadmin -p{PW(doc, 'simple')} -e 'show processlist'",
        lambda: f"PGPASSWORD='{PW(doc)}' pg_dump -h {ip} -U postgres -Fc app > app.dump",
        lambda: f"psql \"postgresql://report:{PW(doc, enc='url', cat='url-credentials|password')}@{ip}:5432/reports?sslmode=require\"",
        lambda: f"export AWS_ACCESS_KEY_ID={AK(doc)}",
        lambda: f"export AWS_SECRET_ACCESS_KEY={AS(doc)}",
        lambda: f"aws configure set aws_secret_access_key {AS(doc)} --profile legacy",
        lambda: f"curl -H \"Authorization: Bearer {BT(doc)}\" https://api.{org}.com/v1/me",
        lambda: f"curl -u admin:{PW(doc, 'simple')} http://{ip}:15672/api/queues",
        lambda: f"sshpass -p '{PW(doc)}' ssh -o StrictHostKeyChecking=no ubuntu@{ip}",
        lambda: f"docker login -u deploy -p {PW(doc, 'simple')} registry.{org}.internal",
        lambda: f"redis-cli -h {ip} -a '{PW(doc)}' --no-auth-warning info keyspace",
        lambda: f"htpasswd -b -c /etc/nginx/.htpasswd ops {PW(doc, 'simple')}",
        lambda: f"kubectl create secret generic api-keys --from-literal=api_key={GS(doc, 'hex', 40)} -n prod",
        lambda: f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{PW(doc, 'simple')}",
        lambda: f"mongosh \"mongodb://admin:{PW(doc, 'simple', cat='url-credentials|password')}@{ip}:27017/admin\"",
        lambda: f"git clone https://deploy:{GS(doc, 'alnum', 40, cat='url-credentials|generic-secret')}@git.{org}.internal/platform/infra.git",
        lambda: f"ldapsearch -x -H ldap://{ip} -D 'cn=admin,dc={org},dc=internal' -w '{PW(doc)}' '(uid=*)'",
        lambda: f"smbclient //{ip}/share -U 'svc_backup%{PW(doc, 'simple')}'",
        lambda: f"vault login {GS(doc, 'vault', 91)}",
        lambda: f"export OPENWEATHER_APPID={GS(doc, 'hex', 32)}",
        lambda: f"echo '{PW(doc, 'simple')}' | sudo -S systemctl restart nginx",
    ]
    plain = ["ls -la", "cd /srv/app", "git pull --rebase", "sudo systemctl status nginx", "history | grep curl", "sha256sum release.tar.gz",
             f"git log -1 --format=%H  # {git_sha(r)}", "export PGPASSWORD=$(pass show db/prod)", "curl -H \"Authorization: Bearer $TOKEN\" https://api." + org + ".com/v1/me",
             "aws sts get-caller-identity", "kubectl get pods -A", "docker ps", "vim .env", "exit", "tail -f /var/log/syslog", "mysql -u root -p",
             f"curl -sI https://{org}.com | grep -i etag", "unset AWS_SECRET_ACCESS_KEY", "echo $AWS_ACCESS_KEY_ID", "openssl rand -hex 32"]
    idx = list(range(len(pool)))
    r.shuffle(idx)
    chosen = sorted(idx[:r.randint(12, 16)])
    for i in chosen:
        for _ in range(r.randint(1, 3)):
            cmds.append(r.choice(plain))
        cmds.append(pool[i]())
    kind = doc.meta_i % 3
    if kind == 1:   # zsh extended history
        t = r.randint(1700000000, 1760000000)
        out = []
        for c in cmds:
            t += r.randint(5, 4000)
            out.append(f": {t}:0;{c}")
        return "\n".join(out) + "\n"
    if kind == 2:   # fish
        t = r.randint(1700000000, 1760000000)
        out = []
        for c in cmds:
            t += r.randint(5, 4000)
            out.append(f"- cmd: {c}\n  when: {t}")
        return "\n".join(out) + "\n"
    return "\n".join(cmds) + "\n"


def powershell_history(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    return fill("""Connect-AzAccount -Tenant <<tid>>
$pw = ConvertTo-SecureString '<<p1>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('<<org>>\\svc_sql', $pw)
Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -Query "SELECT @@VERSION"
net use Z: \\\\fs01\\finance /user:<<org>>\\j.doe <<p2>>
$headers = @{ Authorization = "Bearer <<bt>>" }
Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/users -Headers $headers
Get-FileHash .\\installer.msi -Algorithm SHA256
New-LocalUser -Name "kiosk" -Password (ConvertTo-SecureString "<<p3>>" -AsPlainText -Force)
Get-Credential
$env:AZURE_CLIENT_SECRET = "<<cs>>"
$env:AZURE_CLIENT_ID = "<<cid>>"
""", tid=uuid4(r), p1=PW(doc), org=org.upper().replace("-", "")[:8], p2=PW(doc, "simple"), bt=BT(doc, "jwt"), p3=PW(doc), cs=GS(doc, "b64url", 40), cid=uuid4(r))


# --------------------------------------------------------------------------
# configuration files
# --------------------------------------------------------------------------
def dotenv(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    k = doc.meta_i % 3
    lines = ["# .env - local overrides, NOT for git", f"APP_NAME={org}", "APP_ENV=production", "APP_DEBUG=false"]
    if k == 0:
        lines += [f"APP_KEY={doc.L('generic-secret', 'base64:' + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode())}", "",
                  "DB_CONNECTION=mysql", f"DB_HOST={private_ipv4(r)}", "DB_PORT=3306", "DB_DATABASE=app", "DB_USERNAME=app", f"DB_PASSWORD={PW(doc, 'simple')}", "",
                  "MAIL_MAILER=smtp", "MAIL_HOST=smtp.gmail.com", "MAIL_USERNAME=", f"MAIL_PASSWORD=\"{PW(doc)}\"", "",
                  f"AWS_ACCESS_KEY_ID={AK(doc)}", f"AWS_SECRET_ACCESS_KEY={AS(doc)}", "AWS_DEFAULT_REGION=ap-south-1", f"AWS_BUCKET={org}-uploads",
                  f"PUSHER_APP_SECRET={GS(doc, 'hex', 20)}", "PUSHER_APP_KEY=" + rstr(r, HEX, 20), f"BUILD_SHA={git_sha(r)}"]
    elif k == 1:
        lines += [f"DATABASE_URL=postgres://app:{PW(doc, enc='url', cat='url-credentials|password')}@{private_ipv4(r)}:5432/app", "REDIS_URL=redis://localhost:6379/0",
                  f"SECRET_KEY='{GS(doc, 'django', 50)}'", f"JWT_SECRET={GS(doc, 'b64url', 64)}", "JWT_EXPIRES_IN=3600",
                  f"OAUTH_CLIENT_ID={uuid4(r)}", f"OAUTH_CLIENT_SECRET={GS(doc, 'alnum', 40)}", "SMTP_PASSWORD=", "ADMIN_PASSWORD=changeme",
                  f"WEBHOOK_SIGNING_SECRET={GS(doc, 'hex', 64)}", f"CACHE_BUST={md5hex(r)}", "API_TOKEN=${API_TOKEN}"]
    else:
        lines += [f"POSTGRES_PASSWORD={PW(doc)}", f"KEYCLOAK_ADMIN_PASSWORD={PW(doc, 'simple')}", f"MINIO_SECRET_KEY={GS(doc, 'alnum', 40)}",
                  f"MEILI_MASTER_KEY={GS(doc, 'b64url', 43)}", f"SESSION_SECRET={GS(doc, 'hex', 64)}", f"INTEGRITY=sha384-{b64digest(r, 48)}",
                  f"TRACE_SAMPLER_ARG=0.1", f"RELEASE_ID={uuid4(r)}", "# NEXTAUTH_SECRET=", f"NEXTAUTH_SECRET={GS(doc, 'b64', 43)}"]
    return "\n".join(lines) + "\n"


def spring_properties(doc):
    r = doc.rng
    ip = private_ipv4(r)
    return fill("""# application-prod.properties
server.port=8080
spring.datasource.url=jdbc:postgresql://<<ip>>:5432/orders
spring.datasource.username=orders
spring.datasource.password=<<p1>>
spring.datasource.hikari.maximum-pool-size=20
spring.rabbitmq.host=<<ip>>
spring.rabbitmq.password=<<p2>>
spring.mail.password=${MAIL_PASSWORD}
spring.security.oauth2.client.registration.keycloak.client-id=orders-api
spring.security.oauth2.client.registration.keycloak.client-secret=<<cs>>
app.jwt.secret=<<js>>
app.encryption.key-id=<<kid>>
app.password.min-length=12
app.password.reset-token-ttl=PT15M
management.endpoints.web.exposure.include=health,info
cloud.aws.credentials.access-key=<<ak>>
cloud.aws.credentials.secret-key=<<sk>>
build.commit=<<sha>>
""", ip=ip, p1=PW(doc), p2=PW(doc, "simple"), cs=GS(doc, "alnum", 32), js=GS(doc, "b64", 43), kid=uuid4(r), ak=AK(doc), sk=AS(doc), sha=git_sha(r))


def spring_yaml(doc):
    r = doc.rng
    return fill("""spring:
  datasource:
    url: jdbc:mysql://<<ip>>:3306/billing?useSSL=true
    username: billing
    password: '<<p1>>'
  data:
    redis:
      password: <<p2>>
  security:
    oauth2:
      client:
        registration:
          azure:
            client-id: <<cid>>
            client-secret: <<cs>>
            scope: openid, profile
jasypt:
  encryptor:
    password: <<jp>>
billing:
  gateway:
    api-key: <<gk>>
    api-key-id: key_<<kidn>>
    webhook-secret: ENC(<<enc>>)
  hashing:
    salt-length: 16
    algorithm: SHA-256
""", ip=private_ipv4(r), p1=PW(doc), p2=PW(doc, "simple"), cid=uuid4(r), cs=GS(doc, "b64url", 40), jp=PW(doc, "simple"), gk=GS(doc, "alnum", 48), kidn=rstr(r, DIG, 8), enc=rstr(r, B64, 44))


def appsettings(doc):
    r = doc.rng
    org = r.choice(HOSTS).replace("-", "")
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "ConnectionStrings": {"Default": f"Server=tcp:{org}-sql.database.windows.net,1433;Initial Catalog=app;Persist Security Info=False;User ID=appuser;Password={PW(doc, 'simple')};MultipleActiveResultSets=False;Encrypt=True;",
                                 "Reporting": f"Host={private_ipv4(r)};Database=reports;Username=reader;Password={PW(doc, 'simple')}", "Cache": "localhost:6379,abortConnect=false"},
           "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": uuid4(r), "ClientId": uuid4(r), "ClientSecret": GS(doc, "b64url", 40), "CallbackPath": "/signin-oidc"},
           "Jwt": {"Issuer": f"https://{org}.com", "Key": GS(doc, "alnum", 64), "ExpiryMinutes": 60},
           "Smtp": {"Host": "smtp.office365.com", "Port": 587, "User": "noreply@" + org + ".com", "Password": ""},
           "FeatureFlags": {"NewCheckout": True}, "BuildInfo": {"Commit": git_sha(r), "ContentHash": b64digest(r)}}
    doc.L("email", "noreply@" + org + ".com")
    return json.dumps(obj, indent=2) + "\n"


def django_settings(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    return fill('''"""Django settings for <<org>> project (prod)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "<<sk>>"
DEBUG = False
ALLOWED_HOSTS = ["<<org>>.com", "www.<<org>>.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "<<org>>",
        "USER": "<<org>>_app",
        "PASSWORD": "<<pw>>",
        "HOST": os.environ.get("DB_HOST", "<<ip>>"),
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "<<org>>",
        "USER": "readonly",
        "PASSWORD": os.environ["REPLICA_PASSWORD"],
        "HOST": "replica.internal",
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

EMAIL_HOST = "smtp.sendinblue.com"
EMAIL_HOST_USER = "ops@<<org>>.com"
EMAIL_HOST_PASSWORD = "<<epw>>"

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "<<gk>>.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "<<gs>>"
RAZORPAY_KEY_SECRET = "<<rz>>"
STATIC_VERSION = "<<md5>>"
''', org=org, sk=GS(doc, "django", 50), pw=PW(doc), ip=private_ipv4(r), epw=PW(doc), gk=rstr(r, DIG, 12) + "-" + rstr(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32),
                gs=doc.L("generic-secret", "GOCSPX-" + token("b64url", 28)), rz=GS(doc, "alnum", 24), md5=md5hex(r)).replace("ops@" + org + ".com", doc.L("email", "ops@" + org + ".com"))


def wp_config(doc):
    r = doc.rng
    keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    alpha = ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"
    salts = []
    for k in keys:
        v = rstr(frng("wp-salt"), alpha, 64)
        doc.L("generic-secret", v)
        salts.append(f"define( '{k}',{' ' * (17 - len(k))}'{v}' );")
    return fill("""<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_<<org>>' );
define( 'DB_USER', 'wp_<<org>>' );
define( 'DB_PASSWORD', '<<pw>>' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the WordPress.org secret-key service.
 */
<<salts>>
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", org=r.choice(HOSTS).replace("-", ""), pw=PW(doc), salts="\n".join(salts))


def rails_yml(doc):
    r = doc.rng
    return fill("""# config/database.yml
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: app_development

production:
  <<: *default
  database: app_production
  username: app
  password: <<pw>>
  host: <<ip>>

# config/secrets.yml (legacy, pre-credentials.yml.enc)
production:
  secret_key_base: <<skb>>
  stripe_publishable_key: pk_live_<<pk>>
  devise_pepper: <<pep>>
""", pw=PW(doc, "simple"), ip=private_ipv4(r), skb=GS(doc, "hex", 128), pk=rstr(r, ALNUM, 24), pep=GS(doc, "hex", 64))


def small_dotfiles(doc):
    r = doc.rng
    ip = private_ipv4(r)
    org = r.choice(HOSTS)
    k = doc.meta_i % 6
    if k == 0:
        return "\n".join([f"{ip}:5432:*:postgres:{PW(doc)}", f"replica.{org}.internal:5432:reports:reader:{PW(doc, 'simple')}", f"*:*:*:backup:{PW(doc)}", "localhost:5432:app:app:" + PW(doc, "simple")]) + "\n"
    if k == 1:
        return fill("""[client]
user=root
password="<<p1>>"
host=<<ip>>

[mysqldump]
user=backup
password=<<p2>>
single-transaction

[mysql]
prompt=\\u@\\h [\\d]>\\_
""", p1=PW(doc), ip=ip, p2=PW(doc, "simple"))
    if k == 2:
        return fill("""machine api.heroku.com
  login ops@<<org>>.com
  password <<t1>>
machine git.<<org>>.internal
  login deploy
  password <<p1>>
machine ftp.<<org>>.com login uploader password <<p2>>
""", org=org, t1=GS(doc, "hex", 32, cat="password|generic-secret"), p1=PW(doc, "simple"), p2=PW(doc, "simple")).replace("ops@" + org + ".com", doc.L("email", "ops@" + org + ".com"))
    if k == 3:
        return "\n".join([f"https://{r.choice(['ravi', 'anna', 'deploy'])}:{GS(doc, 'alnum', 40, cat='url-credentials|generic-secret')}@git.{org}.internal",
                          f"https://ci-bot:{PW(doc, enc='url', cat='url-credentials|password')}@bitbucket.org", f"https://oauth2:{GS(doc, 'b64url', 43, cat='url-credentials|generic-secret')}@gitlab.{org}.internal"]) + "\n"
    if k == 4:
        return fill("""[global]
index-url = https://pypi-ro:<<p1>>@nexus.<<org>>.internal/repository/pypi/simple
extra-index-url = https://pypi.org/simple
trusted-host = nexus.<<org>>.internal
timeout = 60
""", p1=PW(doc, enc="url", cat="url-credentials|password"), org=org)
    return fill("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployer</username>
      <password><<p1>></password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>gpg.passphrase</id>
      <passphrase><<p2>></passphrase>
    </server>
  </servers>
  <mirrors>
    <mirror><id>central</id><url>https://nexus.<<org>>.internal/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", p1=PW(doc, enc="xml"), p2=PW(doc, enc="xml"), org=org)


def service_configs(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    k = doc.meta_i % 8
    if k == 0:
        return fill("""[server]
protocol = https
domain = grafana.<<org>>.internal
root_url = %(protocol)s://%(domain)s/

[database]
type = postgres
host = <<ip>>:5432
name = grafana
user = grafana
password = """ + '"""<<p1>>"""' + """

[security]
admin_user = admin
admin_password = <<p2>>
secret_key = <<sk>>

[auth.generic_oauth]
enabled = true
client_id = grafana
client_secret = <<cs>>
""", org=org, ip=private_ipv4(r), p1=PW(doc), p2=PW(doc, "simple"), sk=GS(doc, "alnum", 20), cs=GS(doc, "alnum", 32))
    if k == 1:
        return fill("""# redis.conf (excerpt)
bind 127.0.0.1 <<ip>>
protected-mode yes
port 6379
requirepass <<p1>>
masterauth <<p1>>
rename-command FLUSHALL ""
# ACL users
user default off
user app on ><<p2>> ~app:* +@all -@dangerous
user metrics on #<<hash>> ~* +info
""", ip=private_ipv4(r), p1=PW(doc, "simple"), p2=PW(doc, "simple"), hash=sha256hex(r))
    if k == 2:
        return fill("""[connection]
id=Office-5G
uuid=<<u>>
type=wifi
interface-name=wlp2s0

[wifi]
mode=infrastructure
ssid=Office-5G

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=<<p1>>

[ipv4]
method=auto
""", u=uuid4(r), p1=PW(doc))
    if k == 3:
        return fill("""global:
  smtp_smarthost: 'smtp.office365.com:587'
  smtp_from: 'alerts@<<org>>.com'
  smtp_auth_username: 'alerts@<<org>>.com'
  smtp_auth_password: '<<p1>>'
route:
  receiver: ops
receivers:
  - name: ops
    webhook_configs:
      - url: https://events.<<org>>.internal/alertmanager
        http_config:
          authorization:
            type: Bearer
            credentials: <<bt>>
  - name: opsgenie
    opsgenie_configs:
      - api_key: <<ogk>>
""", org=org, p1=PW(doc), bt=BT(doc, r.choice(["hex", "b64url", "alnum"]), cat="bearer-token|generic-secret"), ogk=GS(doc, "hex", 32)).replace("alerts@" + org + ".com", doc.L("email", "alerts@" + org + ".com"))
    if k == 4:
        return fill("""scrape_configs:
  - job_name: kubernetes-apiservers
    scheme: https
    bearer_token: <<bt>>
    tls_config:
      insecure_skip_verify: true
    static_configs:
      - targets: ['<<ip>>:6443']
  - job_name: blackbox
    basic_auth:
      username: prom
      password: <<p1>>
    metrics_path: /probe
  - job_name: node
    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token
""", bt=BT(doc, "jwt"), ip=private_ipv4(r), p1=PW(doc, "simple"))
    if k == 5:
        return fill("""[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = <<p1>>
db_host = <<ip>>
db_port = 5432
db_user = odoo
db_password = <<p2>>
dbfilter = ^prod$
list_db = False
proxy_mode = True
""", p1=PW(doc, "simple"), ip=private_ipv4(r), p2=PW(doc, "simple"))
    if k == 6:
        return fill("""[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700

[inet_http_server]
port=127.0.0.1:9001
username=admin
password=<<p1>>

[program:worker]
command=/srv/app/venv/bin/celery -A app worker -l info
environment=CELERY_BROKER_URL="amqp://worker:<<p2u>>@<<ip>>:5672//",API_SECRET="<<as>>"
autorestart=true
""", p1=PW(doc, "simple"), p2u=PW(doc, "simple", cat="url-credentials|password"), ip=private_ipv4(r), **{"as": GS(doc, "hex", 48)})
    return fill("""input {
  jdbc {
    jdbc_connection_string => "jdbc:postgresql://<<ip>>:5432/app"
    jdbc_user => "logstash"
    jdbc_password => "<<p1>>"
    statement => "SELECT * FROM events WHERE id > :sql_last_value"
  }
}
output {
  elasticsearch {
    hosts => ["https://es.<<org>>.internal:9200"]
    user => "logstash_writer"
    password => "<<p2>>"
    api_key => "${ES_API_KEY}"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
  }
}
""", ip=private_ipv4(r), p1=PW(doc), org=org, p2=PW(doc))


def toml_configs(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    if doc.meta_i % 2:
        return fill("""# config.toml (gitea-runner / app settings)
[server]
host = "0.0.0.0"
port = 3000

[database]
type = "postgres"
host = "<<ip>>:5432"
user = "gitea"
passwd = "<<p1>>"

[security]
INSTALL_LOCK = true
SECRET_KEY = "<<sk>>"
INTERNAL_TOKEN = "<<it>>"

[oauth2]
JWT_SECRET = "<<js>>"

[mailer]
PASSWD = "<<p2>>"
""", ip=private_ipv4(r), p1=PW(doc), sk=GS(doc, "alnum", 64), it=doc.L("jwt|generic-secret", mk_jwt(r, alg="HS256")), js=GS(doc, "b64url", 43), p2=PW(doc))
    return fill("""[app]
name = "<<org>>-sync"
log_level = "info"

[upstream]
base_url = "https://api.<<org>>.com"
api_key = "<<ak>>"
api_key_header = "X-Api-Key"
timeout_secs = 30

[upstream.retry]
max_attempts = 5

[storage]
kind = "s3"
access_key_id = "<<akid>>"
secret_access_key = "<<sk>>"
checksum = "sha256:<<sha>>"

[auth]
client_id = "<<cid>>"
client_secret = "<<cs>>"
token_url = "https://auth.<<org>>.com/oauth/token"
""", org=org, ak=GS(doc, "alnum", 40), akid=AK(doc), sk=AS(doc), sha=sha256hex(r), cid=uuid4(r), cs=GS(doc, "b64url", 48))


def lookalike_configs(doc):
    """Files full of hashes, ids and references with one or two real values."""
    r = doc.rng
    if doc.meta_i % 2:
        lines = []
        for u in ["admin", "ops", "deploy", "ravi", "anna"]:
            lines.append(f"{u}:$apr1${rstr(r, ALNUM, 8)}${rstr(r, ALNUM + './', 22)}")
        lines.append(f"legacy:{{SHA}}{b64digest(r, 20)}")
        lines.append(f"bcrypt-user:$2y$10${rstr(r, ALNUM + './', 53)}")
        out = "# /etc/nginx/.htpasswd\n" + "\n".join(lines) + "\n\n# pgbouncer userlist.txt\n"
        out += f'"app" "md5{md5hex(r)}"\n"reporting" "SCRAM-SHA-256$4096:{b64digest(r, 16)}${b64digest(r)}:{b64digest(r)}"\n'
        out += f'"legacy_batch" "{PW(doc, "simple")}"\n'
        return out
    return fill("""{
  "name": "@<<org>>/web",
  "version": "3.12.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-<<i1>>"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-<<i2>>"
    }
  },
  "config": {
    "apiBase": "https://api.<<org>>.com",
    "sentryRelease": "<<sha>>",
    "publicKey": "pk_<<pk>>",
    "recaptchaSiteKey": "6L<<rk>>",
    "buildId": "<<uuid>>",
    "apiSecret": "<<sec>>"
  }
}
""", org=r.choice(HOSTS), i1=b64digest(r, 48) + b64digest(r, 16)[:22] + "==", i2=b64digest(r, 48) + b64digest(r, 16)[:22] + "==", sha=git_sha(r), pk=rstr(r, ALNUM, 32), rk=rstr(r, B64URL, 38), uuid=uuid4(r), sec=GS(doc, "hex", 40))


# --------------------------------------------------------------------------
# source code in many languages
# --------------------------------------------------------------------------
def code_files(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    k = doc.meta_i % 10
    if k == 0:
        return fill('''package client

import (
	"net/http"
	"os"
	"time"
)

const (
	baseURL      = "https://api.<<org>>.com/v2"
	serviceToken = "<<bt>>" // TODO: read from env before release
	userAgent    = "<<org>>-go/1.4.0"
	schemaDigest = "<<sha>>"
)

func New() *http.Client { return &http.Client{Timeout: 10 * time.Second} }

func authorize(req *http.Request) {
	tok := os.Getenv("SERVICE_TOKEN")
	if tok == "" {
		tok = serviceToken
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("User-Agent", userAgent)
}

func dbDSN() string {
	return "host=db.internal user=svc password=<<pw>> dbname=ledger sslmode=require"
}
''', org=org, bt=BT(doc, r.choice(["hex", "b64url", "alnum"]), cat="bearer-token|generic-secret"), sha=sha256hex(r), pw=PW(doc, "simple"))
    if k == 1:
        return fill('''import axios from "axios";

// Tokens: see 1Password "Partner API". The fallback below is the sandbox token.
const API_TOKEN = process.env.PARTNER_TOKEN || "<<tok>>";
const PASSWORD_MIN = 12;

export const api = axios.create({
  baseURL: "https://partner.<<org>>.com/api",
  headers: { Authorization: `Bearer ${API_TOKEN}` },
});

export async function login(user: string, password: string) {
  // password is supplied by the form, never stored
  return api.post("/login", { user, password });
}

export const adminClient = axios.create({
  baseURL: "https://admin.<<org>>.com",
  headers: { Authorization: "Bearer <<bt>>", "X-Request-Id": "<<rid>>" },
});
''', tok=GS(doc, "alnum", 40, cat="bearer-token|generic-secret"), org=org, bt=BT(doc), rid=uuid4(r))
    if k == 2:
        return fill('''import java.sql.Connection;
import java.sql.DriverManager;

public class LegacyReportJob {
    private static final String URL = "jdbc:oracle:thin:@//<<ip>>:1521/REPORTS";
    private static final String USER = "RPT_OWNER";
    private static final String PASSWORD = "<<pw>>";
    private static final String PASSWORD_PROPERTY = "reports.db.password";
    private static final String API_SECRET = "<<as>>";

    public static Connection open() throws Exception {
        String pw = System.getProperty(PASSWORD_PROPERTY, PASSWORD);
        return DriverManager.getConnection(URL, USER, pw);
    }

    static String sftpPassword() {
        return "<<sp>>"; // vendor SFTP, expires Q3
    }
}
''', ip=private_ipv4(r), pw=PW(doc), **{"as": GS(doc, "hex", 40)}, sp=PW(doc))
    if k == 3:
        return fill('''using System.Net.Http.Headers;

namespace <<Org>>.Integrations;

public sealed class CrmClient
{
    private const string ClientSecret = "<<cs>>";
    private const string ConnectionString = "Server=sql01;Database=Crm;User Id=crm_app;Password=<<pw>>;TrustServerCertificate=True";
    private readonly HttpClient _http = new();

    public CrmClient()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "<<bt>>");
        _http.DefaultRequestHeaders.Add("X-Correlation-Id", "<<cid>>");
    }

    public string PasswordPolicy => "min 12 chars";
}
''', Org=org.title().replace("-", ""), cs=GS(doc, "b64url", 40), pw=PW(doc, "simple"), bt=BT(doc), cid=uuid4(r))
    if k == 4:
        return fill('''require "net/http"
require "aws-sdk-s3"

Aws.config.update(
  region: "<<reg>>",
  credentials: Aws::Credentials.new("<<ak>>", "<<sk>>")
)

SLACK_SIGNING_SECRET = ENV.fetch("SLACK_SIGNING_SECRET")
MAILER_PASSWORD = "<<pw>>"
CHECKSUM = "<<md5>>"

def fetch_orders
  uri = URI("https://api.<<org>>.com/v1/orders")
  req = Net::HTTP::Get.new(uri)
  req["Authorization"] = "Bearer <<bt>>"
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
end
''', reg=r.choice(["ap-south-1", "eu-north-1"]), ak=AK(doc), sk=AS(doc), pw=PW(doc), md5=md5hex(r), org=org, bt=BT(doc))
    if k == 5:
        return fill('''<?php
// config/services.php
return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
    'razorpay' => [
        'key_id' => 'rzp_live_<<rk>>',
        'key_secret' => '<<rs>>',
    ],
    'sms' => [
        'username' => 'txn<<org>>',
        'password' => '<<pw>>',
        'sender' => 'PAYNXT',
    ],
];

$pdo = new PDO('mysql:host=<<ip>>;dbname=shop', 'shop', '<<pw2>>');
$hash = password_hash($password, PASSWORD_DEFAULT);
''', rk=rstr(r, ALNUM, 14), rs=GS(doc, "alnum", 24), org=org.replace("-", ""), pw=PW(doc, "simple"), ip=private_ipv4(r), pw2=PW(doc))
    if k == 6:
        return fill('''use reqwest::Client;

const API_BASE: &str = "https://api.<<org>>.com";
const SERVICE_KEY: &str = "<<sk>>";
const BUILD_HASH: &str = "<<sha>>";

pub async fn sync(client: &Client) -> reqwest::Result<()> {
    client
        .get(format!("{API_BASE}/v1/sync"))
        .bearer_auth("<<bt>>")
        .header("X-Service-Key", SERVICE_KEY)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
''', org=org, sk=GS(doc, "b64url", 43), sha=git_sha(r), bt=BT(doc, r.choice(["hex", "b64url", "jwt"])))
    if k == 7:
        return fill('''import okhttp3.OkHttpClient
import okhttp3.Request

object Api {
    private const val BASE = "https://api.<<org>>.com"
    private const val TOKEN = "<<tok>>"
    private const val DB_PASSWORD = "<<pw>>"
    val client = OkHttpClient()

    fun me() = Request.Builder()
        .url("$BASE/v1/me")
        .addHeader("Authorization", "Bearer $TOKEN")
        .build()

    fun legacy() = Request.Builder()
        .url("$BASE/v0/me")
        .addHeader("Authorization", "Bearer <<bt>>")
        .build()
}
''', org=org, tok=GS(doc, "alnum", 40, cat="bearer-token|generic-secret"), pw=PW(doc), bt=BT(doc))
    if k == 8:
        return fill('''import Foundation

enum Secrets {
    static let apiKey = "<<ak>>"
    static let analyticsWriteKey = "<<wk>>"
    static let placeholderToken = "YOUR_TOKEN_HERE"
}

func makeRequest() -> URLRequest {
    var req = URLRequest(url: URL(string: "https://api.<<org>>.com/v1/profile")!)
    req.setValue("Bearer <<bt>>", forHTTPHeaderField: "Authorization")
    req.setValue(UUID().uuidString, forHTTPHeaderField: "X-Request-ID")
    return req
}
''', ak=GS(doc, "alnum", 32), wk=GS(doc, "alnum", 32), org=org, bt=BT(doc))
    return fill('''#!/usr/bin/env bash
# nightly export - runs from cron on bastion
set -euo pipefail

API="https://api.<<org>>.com"
TOKEN="<<tok>>"
DB_PASS='<<pw>>'
EXPECTED_SHA256="<<sha>>"

curl -fsS -H "Authorization: Bearer ${TOKEN}" "${API}/v1/export?since=$(date -d yesterday +%F)" -o /tmp/export.json
echo "${EXPECTED_SHA256}  /tmp/export.json" | sha256sum -c -
mysql -h db.internal -u exporter -p"${DB_PASS}" warehouse < load.sql
curl -fsS -X POST -H "Authorization: Bearer <<bt>>" "${API}/v1/export/ack"
''', org=org, tok=GS(doc, "hex", 40, cat="bearer-token|generic-secret"), pw=PW(doc), sha=sha256hex(r), bt=BT(doc, r.choice(["hex", "b64url"])))


def sql_users(doc):
    r = doc.rng
    return fill("""-- 2025-06 migration: service accounts
CREATE USER 'reporting'@'10.%' IDENTIFIED BY '<<p1>>';
GRANT SELECT ON analytics.* TO 'reporting'@'10.%';
CREATE USER etl WITH PASSWORD '<<p2>>' VALID UNTIL '2026-01-01';
ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '<<p3>>';
ALTER ROLE readonly WITH LOGIN PASSWORD 'md5<<md5>>';
-- do not use: ALTER USER admin PASSWORD 'changeme';
CREATE LOGIN svc_bi WITH PASSWORD = '<<p4>>', CHECK_POLICY = OFF;
UPDATE api_clients SET secret_hash = '<<sha>>' WHERE client_id = '<<cid>>';
INSERT INTO integrations (name, api_key, created_at) VALUES ('sms-gateway', '<<ak>>', NOW());
""", p1=PW(doc), p2=PW(doc), p3=PW(doc), md5=md5hex(r), p4=PW(doc), sha=sha256hex(r), cid=uuid4(r), ak=GS(doc, "alnum", 32))


# --------------------------------------------------------------------------
# prose: tickets, chat, e-mail, wiki
# --------------------------------------------------------------------------
def prose_ticket(doc):
    r = doc.rng
    org = r.choice(HOSTS)
    k = doc.meta_i % 5
    if k == 0:
        return fill("""OPS-<<n>>: Reporting DB access for the new analyst

Reporter: <<who>>    Assignee: DBA on-call    Priority: Medium

Description
-----------
Please create a read-only login on reports-db for Priya. I already created it on staging with password <<p1>> so
you can reuse the same one on prod (she will change it after first login).

Comments
--------
DBA (<<d>>): Done. Prod password is <<p2>> - please don't paste passwords in Jira next time, use the vault link.
<<who>>: Noted, thanks. Also the temp password for the VPN portal was set to <<p3>> by IT, Priya has it.
DBA: Password policy reminder: min 14 chars, see https://wiki.<<org>>.internal/security/passwords (do not use "Welcome@123" style).
""", n=r.randint(1000, 9999), who=r.choice(["Ravi K", "Anna L", "Deepak S"]), p1=PW(doc), d=ts(r).strftime("%d %b %Y"), p2=PW(doc), p3=PW(doc, "word"), org=org)
    if k == 1:
        msgs = [
            ("ravi", f"hey, prod API token for the partner sandbox is {BT(doc, 'b64url', cat='bearer-token|generic-secret')}, pls add it to the postman env"),
            ("anna", "done. the collection uses {{access_token}} everywhere now"),
            ("ravi", f"also AWS creds for the export bucket: {AK(doc)} / {AS(doc)}"),
            ("lars", "🙈 rotate those after the demo please"),
            ("anna", f"the checksum of the file is {sha256hex(r)} btw, and request id {uuid4(r)} if support asks"),
            ("ravi", f"db password for the demo box: {PW(doc)}"),
        ]
        return json.dumps([{"type": "message", "user": u, "text": t, "ts": f"{r.randint(1700000000, 1760000000)}.{rstr(r, DIG, 6)}"} for u, t in msgs], indent=2, ensure_ascii=False) + "\n"
    if k == 2:
        return fill("""From: <<who>> <<<em>>>
To: <<vs>>
Subject: Re: API integration not working (case #<<case>>)
Date: <<date>>
Content-Type: text/plain; charset=utf-8

Hi,

we are still getting 401 from /v2/shipments. We send the header exactly as in your docs:

    Authorization: Bearer <<bt>>

Our client id is <<cid>> and the client secret you issued is <<cs>>. The sample in your PDF
(Authorization: Bearer YOUR_API_TOKEN) works in the sandbox only.

Request id of the last failure: <<rid>>

Regards,
<<who>>
""", who=r.choice(["Ravi Kumar", "Anna Lind", "Deepak Shah"]), em=doc.L("email", r.choice(["ravi.kumar", "anna.lind", "deepak.shah"]) + "@" + org + ".com"), vs=doc.L("email", "vendor-support@" + r.choice(["shipfast", "parcelly", "logix"]) + ".com"),
                    case=rstr(r, DIG, 8), date=ts(r).strftime("%a, %d %b %Y %H:%M:%S +0530"), bt=BT(doc), cid=uuid4(r), cs=GS(doc, "alnum", 40), rid=uuid4(r))
    if k == 3:
        return fill("""# Runbook: restoring the reporting replica

1. SSH to the bastion (`ssh ops@bastion.<<org>>.internal`).
2. Stop the replica: `sudo systemctl stop postgresql`.
3. Run the base backup. The replication user's password is `<<p1>>` (rotated <<d>>).
   ```
   PGPASSWORD='<<p1>>' pg_basebackup -h primary.internal -U replicator -D /var/lib/postgresql/16/main -R -P
   ```
4. Start the service and check `SELECT pg_is_in_recovery();` returns `t`.
5. If the Grafana panel stays empty, log in as `admin` (password: <<p2>>) and re-save the datasource.

> Note: the example password `s3cr3t` in older versions of this page was never valid.

Artifact checksum for the restore script: `<<sha>>` (sha256).
""", org=org, p1=PW(doc), d=ts(r).strftime("%Y-%m-%d"), p2=PW(doc, "simple"), sha=sha256hex(r))
    return fill("""Post-incident review: leaked credentials in public repository

Summary: On <<d>> a developer pushed `config/prod.env` to a public fork. The file contained the AWS key
<<ak>> with secret <<sk>>, and the database password <<p1>>.
GitHub secret scanning alerted within 4 minutes.

Timeline
- 10:02 push (commit <<sha>>)
- 10:06 alert received, key <<ak>> deactivated
- 10:20 new key <<ak2>> issued (secret stored in Vault only)
- 11:45 DB password rotated; the old value is listed above for the audit trail

Other identifiers in the file (not secrets): account <<acct>>, KMS key <<kms>>, request id <<rid>>.
Action items: enable push protection; pre-commit hook with secret scanning.
""", d=ts(r).strftime("%Y-%m-%d"), ak=AK(doc), sk=AS(doc), p1=PW(doc), sha=git_sha(r), ak2=AK(doc), acct=rstr(r, "123456789", 1) + rstr(r, DIG, 11), kms=uuid4(r), rid=rstr(r, "ABCDEF0123456789", 16))


def app_log_secrets(doc):
    """Application logs that print request headers / configs by mistake."""
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(14, 20)):
        t = clk.T("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randint(0, 999)
        k = r.random()
        if k < 0.3:
            out.append(json.dumps({"ts": t, "level": "debug", "msg": "outbound request", "method": "POST", "url": "https://" + host(r) + "/v1/charge",
                                   "headers": {"authorization": "Bearer " + BT(doc), "content-type": "application/json", "x-request-id": uuid4(r)}}))
        elif k < 0.45:
            out.append(json.dumps({"ts": t, "level": "info", "msg": "config loaded", "db": {"host": private_ipv4(r), "user": "app", "password": PW(doc)}, "cache": {"ttl": 300}}))
        elif k < 0.55:
            out.append(json.dumps({"ts": t, "level": "info", "msg": "config loaded", "db": {"host": private_ipv4(r), "user": "app", "password": "[FILTERED]"}, "api_key": "[FILTERED]"}))
        elif k < 0.65:
            out.append(json.dumps({"ts": t, "level": "warn", "msg": "token refresh", "client_id": uuid4(r), "client_secret": GS(doc, "alnum", 40), "grant_type": "client_credentials"}))
        elif k < 0.75:
            out.append(f"{t} ERROR botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records. (key={AK(doc)})")
        else:
            out.append(json.dumps({"ts": t, "level": "info", "msg": "request completed", "status": 200, "duration_ms": r.randint(3, 900), "trace_id": rstr(r, HEX, 32), "span_id": rstr(r, HEX, 16),
                                   "etag": md5hex(r), "user_agent": "Mozilla/5.0"}))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# plan
# --------------------------------------------------------------------------
PLAN = [
    ("httptools", "curl_verbose_{i:02d}.txt", curl_verbose, 4),
    ("httptools", "httpie_{i:02d}.txt", httpie, 2),
    ("httptools", "wget_{i:02d}.txt", wget_log, 1),
    ("httptools", "postman_{i:02d}.postman_collection.json", postman_collection, 2),
    ("httptools", "session_{i:02d}.har", har_file, 2),
    ("httptools", ["copy_as_fetch.js", "copy_as_powershell.ps1", "copy_as_curl_cmd.bat", "copy_as_curl_bash.sh"], devtools_copy, None),
    ("httptools", ["requests_httpclient.log", "okhttp_logcat.txt", "operator_debug.log", "node_debug.log"], sdk_debug, None),
    ("httptools", "requests_{i:02d}.http", rest_client_http, 2),
    ("httptools", "oauth_token_{i:02d}.txt", oauth_token_exchange, 3),
    ("httptools", "kubectl_v8_{i:02d}.txt", kubectl_verbose, 1),
    ("httptools", "aws_cli_debug_{i:02d}.txt", aws_cli_debug, 1),
    ("aws", "credentials_{i:02d}", aws_credentials_file, 4),
    ("aws", "config_{i:02d}", aws_config_file, 1),
    ("aws", "sts_assume_role_{i:02d}.txt", sts_output, 2),
    ("aws", "iam_create_key_{i:02d}.txt", iam_create_key, 2),
    ("aws", "cloudtrail_{i:02d}.json", cloudtrail_event, 1),
    ("aws", "env_{i:02d}.sh", aws_env_exports, 2),
    ("aws", "storage_{i:02d}.py", code_boto3, 1),
    ("aws", "S3Factory_{i:02d}.java", code_aws_java, 1),
    ("aws", "config_{i:02d}.ts", code_aws_node, 1),
    ("aws", "core-site_{i:02d}.xml", hadoop_site, 1),
    ("aws", ["rclone.conf", ".s3cfg"], s3cfg_rclone, None),
    ("infra", "main_{i:02d}.tf", terraform_tf, 3),
    ("infra", "prod_{i:02d}.auto.tfvars", tfvars, 2),
    ("infra", "terraform_{i:02d}.tfstate", tfstate, 1),
    ("infra", "plan_{i:02d}.txt", tf_plan, 1),
    ("infra", "inventory_{i:02d}.ini", ansible_inventory, 1),
    ("infra", "group_vars_{i:02d}.yml", ansible_group_vars, 1),
    ("infra", "ansible_run_{i:02d}.txt", ansible_output, 1),
    ("infra", "values-prod_{i:02d}.yaml", helm_values, 2),
    ("infra", "helm_{i:02d}.txt", helm_commands, 1),
    ("infra", "k8s_{i:02d}.yaml", k8s_manifest, 2),
    ("infra", "kubeconfig_{i:02d}.yaml", kubeconfig, 2),
    ("infra", "docker-compose_{i:02d}.yml", docker_compose, 3),
    ("infra", "docker_inspect_{i:02d}.txt", docker_inspect, 1),
    ("infra", "Dockerfile_{i:02d}", dockerfile, 1),
    ("ci", "deploy_{i:02d}.yml", gha_workflow, 2),
    ("ci", "gha_job_{i:02d}.log", gha_log, 2),
    ("ci", "gitlab-ci_{i:02d}.yml", gitlab_ci, 2),
    ("ci", "jenkins_{i:02d}.log", jenkins_console, 2),
    ("ci", "circleci_{i:02d}.yml", circleci_config, 1),
    ("ci", ["azure-pipelines.yml", "bitbucket-pipelines.yml"], bitbucket_azure, None),
    ("shell", "history_{i:02d}.txt", shell_history, 6),
    ("shell", "ConsoleHost_history_{i:02d}.txt", powershell_history, 1),
    ("config", "env_{i:02d}.env", dotenv, 4),
    ("config", "application-prod_{i:02d}.properties", spring_properties, 1),
    ("config", "application_{i:02d}.yml", spring_yaml, 1),
    ("config", "appsettings_{i:02d}.json", appsettings, 1),
    ("config", "settings_{i:02d}.py", django_settings, 1),
    ("config", "wp-config_{i:02d}.php", wp_config, 1),
    ("config", "rails_{i:02d}.yml", rails_yml, 1),
    ("config", [".pgpass", ".my.cnf", ".netrc", ".git-credentials", "pip.conf", "settings.xml"], small_dotfiles, None),
    ("config", ["grafana.ini", "redis.conf", "Office-5G.nmconnection", "alertmanager.yml", "prometheus.yml", "odoo.conf", "supervisord.conf", "logstash.conf"], service_configs, None),
    ("config", "settings_{i:02d}.toml", toml_configs, 2),
    ("config", ["package-lock.json", "htpasswd_and_userlist.txt"], lookalike_configs, None),
    ("code", ["client.go", "api.ts", "LegacyReportJob.java", "CrmClient.cs", "orders.rb", "services.php", "sync.rs", "Api.kt", "Secrets.swift", "nightly_export.sh"], code_files, None),
    ("code", "migration_{i:02d}.sql", sql_users, 1),
    ("prose", ["OPS-ticket.txt", "slack_export.json", "vendor_reply.eml", "runbook_replica.md", "postmortem_leak.md"], prose_ticket, None),
    ("applogs-sec", "service_{i:02d}.jsonl", app_log_secrets, 3),
]
