"""HTTP traffic, HTTP tools, mocks and API clients: mostly bearer tokens."""
import json

from common import (b64e, b64url, formq, hexs, jesc, jwt, token, uuid4, sha256hex, alnum, urlq, secret, rs, DG,
                    PUNCT_NOAT, PUNCT_MIN, ip4)

CRLF = "\r\n"


def _iso(d, ms=True):
    t = d.ts()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{d.r.randint(0, 999):03d}Z" if ms else "Z")


# ------------------------------------------------------------------ GoReplay capture file
def goreplay(d):
    r = d.r
    out = []
    base = 1772611200 * 10**9 + r.randint(0, 10**15)

    def rec(kind, rid, payload, lat=0):
        nonlocal base
        base += r.randint(10**6, 9 * 10**8)
        out.append(f"{kind} {rid} {base} {lat}\n{payload}\n\U0001F435\U0001F648\U0001F649\n")

    host = "api.mosaic-retail.com"
    reqs = []
    t1 = d.jwtb({"scope": "orders:write", "azp": "pos-terminal"})
    reqs.append(("POST /v2/orders HTTP/1.1", [f"Authorization: Bearer {t1}", "Content-Type: application/json"],
                 '{"sku":"MR-' + str(r.randint(1000, 9999)) + '","qty":2,"store":"SE-0412"}'))
    t2 = d.bearer("b64url")
    reqs.append((f"GET /v2/orders/{r.randint(100000, 999999)} HTTP/1.1", [f"Authorization: Bearer {t2}",
                 "Accept: application/json"], ""))
    reqs.append(("GET /v2/stores HTTP/1.1", [d.X("Authorization: Bearer undefined", "client bug"),
                 "Accept: application/json"], ""))
    t3 = d.bearer("hex40")
    reqs.append(("DELETE /v2/carts/c_" + hexs(r, 12) + " HTTP/1.1", [f"authorization: bearer {t3}"], ""))
    user = d.email()
    p = d.pw(punct=PUNCT_NOAT, enc=formq)
    body = f"grant_type=password&username={formq(user)}&password={p}&client_id=pos-terminal"
    d.labels[-2] = ("email", formq(user))
    reqs.append(("POST /oauth/token HTTP/1.1", ["Content-Type: application/x-www-form-urlencoded"], body))
    t4 = d.jwtb({"scope": "inventory:read"}, alg="ES256")
    reqs.append(("GET /v2/inventory?store=SE-0412 HTTP/1.1", [f"Authorization: Bearer {t4}",
                 "X-Request-Id: " + d.X(uuid4(r), "request id")], ""))
    t5 = d.bearer(r.choice(["square", "paypal", "sfdc"]))
    reqs.append(("POST /v2/payments/capture HTTP/1.1", [f"Authorization: Bearer {t5}",
                 "Idempotency-Key: " + d.X(uuid4(r), "idempotency key"), "Content-Type: application/json"],
                 '{"amount":{"value":"349.00","currency":"SEK"}}'))
    for k in range(12):
        shape = r.choice(["jwt", "b64url", "hex64", "okta", "keycloak-opaque", "zitadel", "uuid"])
        tk = d.jwtb({"scope": "pos"}) if shape == "jwt" else d.bearer(shape)
        hdrs = [f"Authorization: Bearer {tk}", "Accept: application/json"]
        if k % 3 == 0:
            hdrs.append("X-Api-Key: " + d.sec("hex32"))
        reqs.append((f"GET /v2/{r.choice(['receipts', 'loyalty/members', 'prices', 'campaigns', 'shifts'])}/{r.randint(1000, 99999)} HTTP/1.1", hdrs, ""))
    reqs.append(("GET /v2/health HTTP/1.1", [d.X("Authorization: Bearer ${POS_TOKEN}", "unexpanded variable")], ""))
    for i, (line, hdrs, bdy) in enumerate(reqs):
        rid = hexs(r, 24)
        h = [line, f"Host: {host}", "User-Agent: MosaicPOS/5.12.3 (Android 14)"] + hdrs
        if bdy:
            h.append(f"Content-Length: {len(bdy.encode())}")
        rec(1, rid, CRLF.join(h) + CRLF + CRLF + bdy)
        if "/oauth/token" in line:
            at = d.bearer("alnum", cat="bearer-token|generic-secret")
            rt = d.sec("b64url43")
            resp = json.dumps({"access_token": at, "token_type": "bearer", "expires_in": 3599,
                               "refresh_token": rt, "scope": "orders inventory"})
        else:
            resp = '{"ok":true}'
        rh = ["HTTP/1.1 200 OK" if "DELETE" not in line else "HTTP/1.1 204 No Content",
              "Content-Type: application/json", f"Date: {d.ts():%a, %d %b %Y %H:%M:%S} GMT",
              f"Content-Length: {len(resp)}"]
        rec(2, rid, CRLF.join(rh) + CRLF + CRLF + resp, lat=r.randint(3 * 10**6, 9 * 10**7))
    return "".join(out)


# ------------------------------------------------------------------ nghttp -nv
def nghttp(d):
    r = d.r
    runs = []
    for host, path, shape in [("api.tidewater-analytics.com", "/v1/datasets?limit=50", "jwt"),
                              ("graph.kestrel-media.net", "/v2/assets/" + hexs(r, 8), "figma"),
                              ("edge.saltmarsh.io", "/api/v3/devices", "tailscale"),
                              ("api.kestrel-media.net", "/v2/uploads?state=pending", "paseto"),
                              ("api.brightpath.co.uk", "/v1/accounts/me", "jwt")]:
        tok = d.jwtb({"scope": "datasets:read"}) if shape == "jwt" else d.bearer(shape)
        sid = r.choice([1, 13, 15])
        t0 = r.randint(10, 40)
        hdrlen = r.randint(300, 900)
        runs.append(f"""$ nghttp -nv -H 'authorization: Bearer {tok}' https://{host}{path}
[  0.0{t0}] Connected
The negotiated protocol: h2
[  0.0{t0 + 21}] send SETTINGS frame <length=12, flags=0x00, stream_id=0>
          (niv=2)
          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100]
          [SETTINGS_INITIAL_WINDOW_SIZE(0x04):65535]
[  0.0{t0 + 21}] send HEADERS frame <length={hdrlen}, flags=0x25, stream_id={sid}>
          ; END_STREAM | END_HEADERS | PRIORITY
          (padlen=0, dep_stream_id=0, weight=16, exclusive=0)
          ; Open new stream
          :method: GET
          :path: {path}
          :scheme: https
          :authority: {host}
          accept: */*
          accept-encoding: gzip, deflate
          user-agent: nghttp2/1.61.0
          authorization: Bearer {tok}
[  0.0{t0 + 43}] recv SETTINGS frame <length=18, flags=0x00, stream_id=0>
          (niv=3)
          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):128]
          [SETTINGS_INITIAL_WINDOW_SIZE(0x04):65536]
          [SETTINGS_MAX_FRAME_SIZE(0x05):16777215]
[  0.0{t0 + 44}] recv (stream_id={sid}) :status: 200
[  0.0{t0 + 44}] recv (stream_id={sid}) content-type: application/json
[  0.0{t0 + 44}] recv (stream_id={sid}) x-request-id: {d.X(uuid4(r), 'request id')}
[  0.0{t0 + 44}] recv HEADERS frame <length=64, flags=0x04, stream_id={sid}>
          ; END_HEADERS
          (padlen=0)
          ; First response header
[  0.0{t0 + 45}] recv DATA frame <length={r.randint(200, 4000)}, flags=0x01, stream_id={sid}>
          ; END_STREAM
[  0.0{t0 + 45}] send GOAWAY frame <length=8, flags=0x00, stream_id=0>
          (last_stream_id=0, error_code=NO_ERROR(0x00), opaque_data(0)=[])
""")
    # a run that prints the body of a token exchange
    cid = d.X("svc-" + hexs(r, 8), "client id")
    cs = d.sec("alnum40")
    at = d.jwtb({"scope": "ingest"}, cat="jwt|bearer-token|generic-secret")
    runs.append(f"""$ nghttp -v -d token-req.txt -H 'content-type: application/x-www-form-urlencoded' https://auth.tidewater-analytics.com/oauth2/token
# token-req.txt: grant_type=client_credentials&client_id={cid}&client_secret={cs}
[  0.031] Connected
The negotiated protocol: h2
[  0.052] send HEADERS frame <length=96, flags=0x24, stream_id=13>
          ; END_HEADERS | PRIORITY
          :method: POST
          :path: /oauth2/token
          :authority: auth.tidewater-analytics.com
          content-type: application/x-www-form-urlencoded
          content-length: 112
[  0.052] send DATA frame <length=112, flags=0x01, stream_id=13>
          ; END_STREAM
[  0.101] recv (stream_id=13) :status: 200
[  0.101] recv HEADERS frame <length=40, flags=0x04, stream_id=13>
          ; END_HEADERS
{{"access_token":"{at}","token_type":"Bearer","expires_in":900}}
[  0.102] recv DATA frame <length=1024, flags=0x01, stream_id=13>
          ; END_STREAM
""")
    return "\n".join(runs)


# ------------------------------------------------------------------ libsoup SoupLogger
def libsoup(d):
    r = d.r
    blocks = []
    ptr = lambda: "0x55" + hexs(r, 10)
    msgs = []
    t1 = d.bearer("ya29")
    msgs.append(("GET", "/calendar/v3/users/me/calendarList", "www.googleapis.com", t1, None))
    t2 = d.jwtb({"scope": "openid profile email", "azp": "gnome-shell-ext"}, alg="PS256")
    msgs.append(("GET", "/graph/v1.0/me/messages?$top=25", "graph.lumenworks.com", t2, None))
    t3 = d.bearer("mastodon")
    msgs.append(("POST", "/api/v1/statuses", "social.kestrel-media.net", t3,
                 '{"status":"Deploy window closes 18:00","visibility":"unlisted"}'))
    msgs.append(("GET", "/api/v1/timelines/home?limit=40", "social.kestrel-media.net", d.bearer("mastodon"), None))
    msgs.append(("GET", "/v2/feeds/subscriptions", "feeds.saltmarsh.io", d.bearer("b64url"), None))
    msgs.append(("GET", "/drive/v3/files?pageSize=50", "www.googleapis.com", d.bearer("ya29"), None))
    blocks.append("(gnome-feeds:48211): libsoup-DEBUG: 10:41:03.118: SoupLogger attached, level SOUP_LOGGER_LOG_BODY")
    for i, (m, path, host, tok, body) in enumerate(msgs, 1):
        ts = 1772611200 + r.randint(0, 86400)
        lines = [f"> {m} {path} HTTP/1.1", f"> Soup-Debug-Timestamp: {ts}",
                 f"> Soup-Debug: SoupSession 1 ({ptr()}), SoupMessage {i} ({ptr()}), GSocket {i} ({ptr()})",
                 f"> Host: {host}", f"> Authorization: Bearer {tok}", "> Accept-Encoding: gzip, deflate, br",
                 "> User-Agent: gnome-feeds/2.2 libsoup/3.4.4", "> Connection: Keep-Alive"]
        if body:
            lines += ["> Content-Type: application/json", "> ", "> " + body]
        lines += ["  ", f"< HTTP/1.1 {200 if i != 2 else 401} {'OK' if i != 2 else 'Unauthorized'}",
                  f"< Soup-Debug-Timestamp: {ts + 1}", f"< Soup-Debug: SoupMessage {i} ({ptr()})",
                  "< Content-Type: application/json; charset=utf-8", "< Cache-Control: no-store"]
        if i == 2:
            lines.append('< WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"')
        lines += ["< ", "  "]
        blocks.append("\n".join(lines))
    blocks.append("(gnome-feeds:48211): feeds-WARNING **: 10:41:05.402: token refresh scheduled, provider=graph")
    return "\n".join(blocks) + "\n"


# ------------------------------------------------------------------ gcloud --log-http
def gcloud_log_http(d):
    r = d.r
    out = []

    def req(uri, method, headers, body, status, rbody):
        s = ["=======================", "==== request start ====", f"uri: {uri}", f"method: {method}",
             "== headers start =="]
        s += [f"b'{k}': {v}" for k, v in headers]
        s += ["== headers end ==", "== body start ==", body, "== body end ==", "==== request end ====",
              "---- response start ----", f"status: {status}", "-- headers start --",
              "Content-Type: application/json; charset=UTF-8", "Vary: Origin, X-Origin, Referer",
              f"Date: {d.ts():%a, %d %b %Y %H:%M:%S} GMT", "-- headers end --", "-- body start --", rbody,
              "-- body end --", f"total round trip time (request+response): {r.uniform(0.05, 0.9):.3f} secs",
              "---- response end ----", "----------------------"]
        out.append("\n".join(s))

    ua = "b'google-cloud-sdk gcloud/471.0.0 command/gcloud.compute.instances.list invocation-id/" + hexs(r, 32) + \
         " environment/None environment-version/None client-os/LINUX client-os-ver/6.8.0 client-pltf-arch/x86_64 " \
         "interactive/True from-script/False python/3.11.8 term/xterm-256color (Linux 6.8.0-45-generic)'"
    out.append("$ gcloud compute instances list --project=tidewater-prod --log-http")
    req("https://oauth2.googleapis.com/token", "POST",
        [("Content-Type", "b'application/x-www-form-urlencoded'"), ("user-agent", ua)],
        "Body redacted: Contains oauth token. Set log_http_show_request_body property to True to print the body of this request.",
        200, "Body redacted: Contains oauth token. Set log_http_redact_token property to false to print the body of this response.")
    req("https://compute.googleapis.com/compute/v1/projects/tidewater-prod/aggregated/instances?alt=json&includeAllScopes=True&maxResults=500",
        "GET", [("accept", "b'application/json'"), ("authorization", d.X("--- Token Redacted ---", "gcloud redaction")),
                ("user-agent", ua)], "", 200, '{\n  "kind": "compute#instanceAggregatedList",\n  "items": {}\n}')
    out.append("$ gcloud config set core/log_http_redact_token false\nUpdated property [core/log_http_redact_token].")
    out.append("$ gcloud storage ls gs://tidewater-exports --log-http")
    rt = d.L("generic-secret", "1//0" + b64url(r, 100))
    gcid = d.X(str(r.randint(10**10, 10**11 - 1)) + ".apps.googleusercontent.com", "public client id")
    at1 = d.bearer("ya29", cat="bearer-token|generic-secret")
    req("https://oauth2.googleapis.com/token", "POST",
        [("Content-Type", "b'application/x-www-form-urlencoded'"), ("user-agent", ua)],
        f"client_id={gcid}&grant_type=refresh_token&refresh_token={rt}",
        200, '{\n  "access_token": "' + at1 + '",\n  "expires_in": 3599,\n  "scope": "openid https://www.googleapis.com/auth/cloud-platform https://www.googleapis.com/auth/userinfo.email",\n  "token_type": "Bearer",\n  "id_token": "' + d.L("jwt|generic-secret", jwt(r, {"email_verified": True, "azp": gcid})) + '"\n}')
    at2 = d.bearer("ya29")
    req("https://storage.googleapis.com/storage/v1/b/tidewater-exports/o?alt=json&delimiter=%2F&projection=noAcl",
        "GET", [("accept", "b'application/json'"), ("authorization", f"b'Bearer {at2}'"), ("user-agent", ua)],
        "", 200, '{\n  "kind": "storage#objects",\n  "prefixes": ["daily/", "adhoc/"]\n}')
    at3 = d.bearer("ya29")
    req("https://cloudresourcemanager.googleapis.com/v1/projects/tidewater-prod?alt=json", "GET",
        [("accept", "b'application/json'"), ("authorization", f"b'Bearer {at3}'"),
         ("x-goog-user-project", "b'tidewater-prod'")], "", 403,
        '{\n  "error": {\n    "code": 403,\n    "message": "The caller does not have permission",\n    "status": "PERMISSION_DENIED"\n  }\n}')
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ doctl --trace
def doctl(d):
    r = d.r
    t1 = d.bearer("dop")
    ips = [d.ip4() for _ in range(3)]
    out = [f"""$ doctl compute droplet list --format ID,Name,PublicIPv4,Status --trace
{d.ts():%Y/%m/%d %H:%M:%S} 
GET /v2/droplets?page=1&per_page=200 HTTP/1.1
Host: api.digitalocean.com
User-Agent: doctl/1.110.0-release (linux amd64) godo/1.118.0
Accept: application/json
Authorization: Bearer {t1}
Content-Type: application/json
Accept-Encoding: gzip

HTTP/2.0 200 OK
Content-Type: application/json; charset=utf-8
Ratelimit-Limit: 5000
Ratelimit-Remaining: 4987
X-Request-Id: {d.X(uuid4(r), 'request id')}

ID           Name              Public IPv4        Status
{r.randint(300000000, 499999999)}    web-fra1-01       {ips[0]:<18} active
{r.randint(300000000, 499999999)}    web-fra1-02       {ips[1]:<18} active
{r.randint(300000000, 499999999)}    worker-ams3-01    {ips[2]:<18} off
"""]
    t2 = d.bearer("dop", cat="bearer-token|generic-secret")
    t3 = d.bearer("dop", cat="bearer-token|generic-secret")
    out.append(f"""$ cat ~/.config/doctl/config.yaml
access-token: {t2}
auth-contexts:
  default: {t2}
  staging: {t3}
  sandbox: {d.X('dop_v1_' + '0' * 64, 'zeroed token')}
context: default
output: text
""")
    t4 = d.bearer("dop")
    out.append(f"""$ DIGITALOCEAN_ACCESS_TOKEN=$DO_TOKEN doctl account get --trace
{d.ts():%Y/%m/%d %H:%M:%S} 
GET /v2/account HTTP/1.1
Host: api.digitalocean.com
User-Agent: doctl/1.110.0-release (linux amd64) godo/1.118.0
Accept: application/json
Authorization: Bearer {t4}
Content-Type: application/json
Accept-Encoding: gzip

HTTP/2.0 401 Unauthorized
Content-Type: application/json; charset=utf-8

Error: GET https://api.digitalocean.com/v2/account: 401 ({d.X(uuid4(r), 'request id')}) Unable to authenticate you
""")
    return "\n".join(out)


# ------------------------------------------------------------------ Apache HttpClient 5 wire log
def hc5_wire(d):
    r = d.r
    lines = []
    t = d.ts()

    def L(cat, msg):
        nonlocal t
        t = t.replace(microsecond=r.randint(0, 999) * 1000)
        lines.append(f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} DEBUG [pool-3-thread-{r.randint(1, 8)}] {cat} {msg}")

    conns = []
    for i, (host, path, shape) in enumerate([("lumenworks.atlassian.net", "/rest/api/3/issue/OPS-" + str(r.randint(100, 9999)), "atlassian"),
                                             ("api.pinecrest-health.org", "/fhir/r4/Patient?_count=20", "jwt"),
                                             ("api.hubapi.com", "/crm/v3/objects/contacts?limit=100", "hubspot"),
                                             ("api.notion.com", "/v1/databases/" + hexs(r, 32) + "/query", "notion"),
                                             ("api.box.com", "/2.0/folders/0/items", "box"),
                                             ("graph.lumenworks.com", "/v1.0/users?$top=50", "jwt"),
                                             ("api.dropboxapi.com", "/2/files/list_folder", "dropbox")]):
        tok = d.jwtb({"scope": "patient/*.read", "fhirUser": "Practitioner/" + str(r.randint(1000, 9999))}) if shape == "jwt" else d.bearer(shape)
        c = f"http-outgoing-{i}"
        m = "POST" if "query" in path else "GET"
        L("org.apache.hc.client5.http.impl.classic.InternalHttpClient:", f"ex-{r.randint(10**9, 10**10 - 1):010d}: preparing request execution")
        L("org.apache.hc.client5.http.headers:", f"{c} >> {m} {path} HTTP/1.1")
        L("org.apache.hc.client5.http.headers:", f"{c} >> Accept: application/json")
        L("org.apache.hc.client5.http.headers:", f"{c} >> Authorization: Bearer {tok}")
        L("org.apache.hc.client5.http.headers:", f"{c} >> Host: {host}")
        L("org.apache.hc.client5.http.headers:", f"{c} >> User-Agent: Apache-HttpClient/5.3.1 (Java/21.0.3)")
        L("org.apache.hc.client5.http.wire:", f'{c} >> "{m} {path} HTTP/1.1[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} >> "Accept: application/json[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} >> "Authorization: Bearer {tok}[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} >> "Host: {host}[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} >> "Connection: keep-alive[\\r][\\n]"')
        if i % 2 == 1:
            L("org.apache.hc.client5.http.wire:", f'{c} >> "X-Api-Key: {d.sec("hex32")}[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} >> "[\\r][\\n]"')
        st = r.choice(["200 OK", "200 OK", "429 Too Many Requests"])
        L("org.apache.hc.client5.http.wire:", f'{c} << "HTTP/1.1 {st}[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} << "Content-Type: application/json;charset=UTF-8[\\r][\\n]"')
        L("org.apache.hc.client5.http.wire:", f'{c} << "X-Trace-Id: {d.X(hexs(r, 32), "trace id")}[\\r][\\n]"')
        L("org.apache.hc.client5.http.headers:", f"{c} << HTTP/1.1 {st}")
    # a basic-auth fallback and a masked header from an interceptor
    user = d.email(domain="lumenworks.com")
    apitok = token(r, "atlassian")
    lines.append(f"{t:%Y-%m-%d %H:%M:%S},{r.randint(0, 999):03d} WARN  [main] c.l.sync.JiraClient - falling back to basic auth for {user}")
    L("org.apache.hc.client5.http.headers:", f"http-outgoing-4 >> Authorization: Basic {d.L('basic-auth', b64e(user + ':' + apitok))}")
    L("c.l.sync.RedactingInterceptor", "outgoing Authorization: Bearer " + d.X("eyJ***", "masked jwt"))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ requests_toolbelt dump_all
def toolbelt_dump(d):
    r = d.r
    out = ["# python -c 'from requests_toolbelt.utils import dump; ...' > debug/dump-%s.txt" % hexs(r, 6)]
    for host, path, shape, code in [("api.lumenworks.com", "/v4/projects", "jwt", 200),
                                    ("api.airtable.com", "/v0/app" + alnum(r, 14) + "/Leads?maxRecords=3", "airtable", 200),
                                    ("api.linear.app", "/graphql", "linear", 400),
                                    ("api.vercel-edge.quarrytech.com", "/v9/projects", "alnum", 403),
                                    ("api.planetscale.com", "/v1/organizations/quarry/databases", "pscale", 200),
                                    ("app.asana.com", "/api/1.0/workspaces", "asana", 200)]:
        tok = d.jwtb({"scope": "projects:read"}, alg="RS512") if shape == "jwt" else d.bearer(shape)
        m = "POST" if "graphql" in path else "GET"
        body = '{"query":"{ viewer { id name } }"}' if m == "POST" else ""
        req = [f"< {m} {path} HTTP/1.1", f"< Host: {host}", "< User-Agent: python-requests/2.32.3",
               "< Accept-Encoding: gzip, deflate", "< Accept: */*", "< Connection: keep-alive",
               f"< Authorization: Bearer {tok}"]
        if body:
            req += ["< Content-Type: application/json", f"< Content-Length: {len(body)}", "< ", "< " + body]
        else:
            req += ["< "]
        resp = [f"> HTTP/1.1 {code} {'OK' if code == 200 else 'Bad Request' if code == 400 else 'Forbidden'}",
                "> Content-Type: application/json", f"> Date: {d.ts():%a, %d %b %Y %H:%M:%S} GMT", "> ",
                '{"data":[]}' if code == 200 else '{"errors":[{"message":"Authentication required"}]}']
        out.append("\r\n".join(req) + "\r\n\r\n" + "\r\n".join(resp))
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ Ruby Net::HTTP set_debug_output
def net_http_debug(d):
    r = d.r
    out = []
    for host, path, shape in [("api.intercom-relay.saltmarsh.io", "/conversations?per_page=20", "b64url"),
                              ("api.box.com", "/2.0/folders/0/items", "box"),
                              ("api.gridline-systems.com", "/v1/meters/readings", "jwt"),
                              ("api.spotify-proxy.kestrel-media.net", "/v1/me/playlists", "spotify"),
                              ("graph.facebook-relay.mosaic-retail.com", "/v19.0/me/accounts", "fb")]:
        tok = d.jwtb({"scope": "meters"}) if shape == "jwt" else d.bearer(shape)
        out.append(f"""opening connection to {host}:443...
opened
starting SSL for {host}:443...
SSL established, protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384
<- "GET {path} HTTP/1.1\\r\\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3\\r\\nAccept: application/json\\r\\nUser-Agent: Ruby\\r\\nAuthorization: Bearer {tok}\\r\\nConnection: close\\r\\nHost: {host}\\r\\n\\r\\n"
-> "HTTP/1.1 200 OK\\r\\n"
-> "Content-Type: application/json\\r\\n"
-> "Transfer-Encoding: chunked\\r\\n"
-> "X-Runtime: 0.0{r.randint(10, 99)}\\r\\n"
-> "\\r\\n"
-> "{r.randint(100, 999):x}\\r\\n"
reading {r.randint(200, 3000)} bytes...
-> ""
read 0 bytes
Conn close""")
    u = d.email()
    praw = __import__("common").pw(r, "mixed", 15, PUNCT_NOAT)
    praw = praw[:6] + '"' + praw[6:]
    p = d.L("password", jesc(praw))
    out.append(f"""opening connection to auth.gridline-systems.com:443...
opened
starting SSL for auth.gridline-systems.com:443...
SSL established, protocol: TLSv1.3, cipher: TLS_AES_128_GCM_SHA256
<- "POST /oauth/token HTTP/1.1\\r\\nContent-Type: application/json\\r\\nAccept: application/json\\r\\nUser-Agent: Ruby\\r\\nHost: auth.gridline-systems.com\\r\\nContent-Length: 118\\r\\n\\r\\n"
<- "{{\\"grant_type\\":\\"password\\",\\"username\\":\\"{u}\\",\\"password\\":\\"{p}\\"}}"
-> "HTTP/1.1 400 Bad Request\\r\\n"
-> "Content-Type: application/json\\r\\n"
-> "\\r\\n"
reading 61 bytes...
-> "{{\\"error\\":\\"invalid_grant\\",\\"error_description\\":\\"Wrong credentials\\"}}"
read 61 bytes
Conn close""")
    # the escaped password above: JSON inside a Ruby inspect string; relabel the exact bytes as written
    raw = d.labels.pop()
    val = raw[1].replace("\\", "\\\\").replace('"', '\\"')
    out[-1] = out[-1].replace(raw[1], val)
    d.L("password", val)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ pycurl DEBUGFUNCTION log
def pycurl_debug(d):
    r = d.r
    lines = []
    t = d.ts()
    for host, path, shape in [("api.figma.com", "/v1/files/" + alnum(r, 22), "figma"),
                              ("api.contentful.com", "/spaces/" + lalnum_(r) + "/entries", "contentful"),
                              ("api.render.com", "/v1/services?limit=20", "render"),
                              ("api.supabase.com", "/v1/projects", "supabase"),
                              ("api.tailscale.com", "/api/v2/tailnet/-/devices", "tailscale"),
                              ("api.hubapi.com", "/crm/v3/owners", "hubspot"),
                              ("api.doppler.com", "/v3/configs/config/secrets", "doppler")]:
        tok = d.bearer(shape)
        lines += [f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl TEXT: Connected to {host} ({d.ip4()}) port 443",
                  f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl HEADER_OUT: GET {path} HTTP/2",
                  f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl HEADER_OUT: Host: {host}",
                  f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl HEADER_OUT: Authorization: Bearer {tok}",
                  f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl HEADER_OUT: Accept: application/json",
                  f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl HEADER_IN: HTTP/2 200",
                  f"{t:%H:%M:%S}.{r.randint(0, 999):03d} DEBUG curl HEADER_IN: content-type: application/json"]
    lines.insert(0, "# sync_assets.py --verbose (pycurl 7.45.3, libcurl/8.5.0 OpenSSL/3.0.13)")
    lines.append(f"{t:%H:%M:%S}.{r.randint(0, 999):03d} INFO  sync done: 4 sources, 0 failures")
    return "\n".join(lines) + "\n"


def lalnum_(r):
    return rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 12)


# ------------------------------------------------------------------ httpyac .http files
def httpyac(d):
    r = d.r
    u = d.email(domain="kestrel-media.net")
    p = d.pw(punct=PUNCT_NOAT, enc=jesc)
    t1 = d.bearer("b64url", cat="bearer-token|generic-secret")
    t2 = d.jwtb({"scope": "assets:write"})
    t3 = d.bearer("cloudflare")
    return f"""# assets.http  (httpyac 6.x)
@host = https://api.kestrel-media.net
@staticToken = {t1}
@placeholderToken = {d.X('<paste-token-here>', 'placeholder')}

### login
# @name login
POST {{{{host}}}}/auth/login
Content-Type: application/json

{{
  "email": "{u}",
  "password": "{p}"
}}

### list assets with the token from login
GET {{{{host}}}}/v1/assets?page=1
Authorization: Bearer {{{{login.access_token}}}}

### list assets with the service token
GET {{{{host}}}}/v1/assets?page=2
Authorization: Bearer {{{{staticToken}}}}

### upload (token pasted from the admin UI on Monday)
POST {{{{host}}}}/v1/assets
Authorization: Bearer {t2}
Content-Type: multipart/form-data; boundary=----httpyac

------httpyac
Content-Disposition: form-data; name="file"; filename="cover.png"
Content-Type: image/png

< ./fixtures/cover.png
------httpyac--

### purge CDN
POST https://api.cloudflare.com/client/v4/zones/{hexs(r, 32)}/purge_cache
Authorization: Bearer {t3}
Content-Type: application/json

{{"purge_everything": false, "files": ["https://cdn.kestrel-media.net/covers/cover.png"]}}

### documentation example (do not run)
GET {{{{host}}}}/v1/assets
Authorization: Bearer {{{{$dotenv KESTREL_TOKEN}}}}
"""


# ------------------------------------------------------------------ Posting (TUI client) collection
def posting(d):
    r = d.r
    t1 = d.bearer("pulumi", cat="bearer-token|generic-secret")
    t2 = d.bearer("tfc")
    user = "ci-bot"
    p = d.pw(punct=PUNCT_MIN)
    return f"""# collection: infra-apis/stacks/list-stacks.posting.yaml
name: List stacks
description: Pulumi Cloud stacks for the org, used by the nightly drift report.
method: GET
url: https://api.pulumi.com/api/user/stacks
params:
- name: organization
  value: gridline
- name: maxResults
  value: '50'
headers:
- name: Accept
  value: application/vnd.pulumi+8
- name: Authorization
  value: token {t1}
---
# collection: infra-apis/tfc/workspaces.posting.yaml
name: TFC workspaces
method: GET
url: https://app.terraform.io/api/v2/organizations/gridline/workspaces
headers:
- name: Content-Type
  value: application/vnd.api+json
- name: Authorization
  value: Bearer {t2}
---
# collection: infra-apis/nexus/search.posting.yaml
name: Nexus search
method: GET
url: https://nexus.gridline-systems.com/service/rest/v1/search?repository=maven-releases
auth:
  type: basic
  basic:
    username: {user}
    password: {p}
---
# collection: infra-apis/grafana/dashboards.posting.yaml
name: Grafana search
method: GET
url: https://grafana.gridline-systems.com/api/search?type=dash-db
headers:
- name: Authorization
  value: Bearer {d.bearer("glsa")}
---
# collection: infra-apis/harbor/projects.posting.yaml
name: Harbor projects
method: GET
url: https://harbor.gridline-systems.com/api/v2.0/projects
auth:
  type: basic
  basic:
    username: robot$posting
    password: {d.sec("alnum32", cat="password|generic-secret")}
---
# collection: infra-apis/nexus/search-template.posting.yaml
name: Nexus search (template)
method: GET
url: $NEXUS_URL/service/rest/v1/search
auth:
  type: basic
  basic:
    username: $NEXUS_USER
    password: {d.X('$NEXUS_PASSWORD', 'variable')}
"""


# ------------------------------------------------------------------ Mockoon environment
def mockoon(d):
    r = d.r
    t1 = d.jwtb({"scope": "admin"}, alg="HS256")
    t2 = d.bearer("b64url")
    t3 = d.bearer("hex64")
    env = {
        "uuid": uuid4(r), "lastMigration": 32, "name": "Partner API sandbox", "endpointPrefix": "api/v2",
        "latency": 0, "port": 3004, "hostname": "", "folders": [], "rootChildren": [],
        "routes": [
            {"uuid": uuid4(r), "type": "http", "documentation": "Requires the partner token", "method": "get",
             "endpoint": "shipments/:id", "responses": [
                {"uuid": uuid4(r), "body": "{\n  \"id\": \"{{urlParam 'id'}}\",\n  \"status\": \"IN_TRANSIT\"\n}",
                 "latency": 0, "statusCode": 200, "label": "authorized", "headers": [{"key": "Content-Type", "value": "application/json"}],
                 "bodyType": "INLINE", "rules": [{"target": "header", "modifier": "Authorization", "value": "Bearer " + t1,
                                                  "invert": False, "operator": "equals"}], "rulesOperator": "OR",
                 "default": False},
                {"uuid": uuid4(r), "body": "{\"error\":\"unauthorized\"}", "statusCode": 401, "label": "no token",
                 "headers": [{"key": "WWW-Authenticate", "value": "Bearer realm=\"partner\""}], "bodyType": "INLINE",
                 "rules": [], "default": True}]},
            {"uuid": uuid4(r), "type": "http", "documentation": "Webhook relay to staging", "method": "post",
             "endpoint": "relay", "responses": [
                {"uuid": uuid4(r), "body": "", "statusCode": 202, "label": "", "headers": [], "bodyType": "INLINE",
                 "rules": [{"target": "header", "modifier": "authorization", "value": "Bearer " + t2,
                            "invert": False, "operator": "equals"}], "default": True}]},
        ],
        "proxyMode": True, "proxyRemovePrefix": False, "proxyHost": "https://partner-api.nordvik-logistik.se",
        "proxyReqHeaders": [{"key": "Authorization", "value": "Bearer " + t3}, {"key": "X-Partner-Key", "value": d.sec("hex40")}],
        "proxyResHeaders": [{"key": "X-Mocked", "value": "false"}],
        "headers": [{"key": "Content-Type", "value": "application/json"},
                    {"key": "Access-Control-Allow-Origin", "value": "*"}],
        "tlsOptions": {"enabled": False, "type": "CERT", "pfxPath": "", "certPath": "", "keyPath": "",
                       "caPath": "", "passphrase": ""},
        "cors": True, "data": [{"uuid": uuid4(r), "id": alnum(r, 4).lower(), "name": "Users",
                                "documentation": "", "value": "[{\"token\":\"" + d.X("{{faker 'string.alphanumeric' 32}}", "template") + "\"}]"}],
    }
    return json.dumps(env, indent=2) + "\n"


# ------------------------------------------------------------------ mountebank imposters
def mountebank(d):
    r = d.r
    t1 = d.bearer("okta")
    t2 = d.jwtb({"scope": "ledger"}, alg="ES256")
    t3 = d.bearer("keycloak-opaque")
    imp = {"imposters": [
        {"port": 4545, "protocol": "http", "name": "ledger-stub", "recordRequests": True, "stubs": [
            {"predicates": [{"equals": {"method": "GET", "path": "/ledger/accounts",
                                        "headers": {"Authorization": "Bearer " + t1}}}],
             "responses": [{"is": {"statusCode": 200, "headers": {"Content-Type": "application/json"},
                                   "body": {"accounts": [{"id": "acc_" + hexs(r, 10), "currency": "EUR"}]}}}]},
            {"predicates": [{"startsWith": {"headers": {"Authorization": "Bearer "}}}],
             "responses": [{"is": {"statusCode": 403}}]}]},
        {"port": 4546, "protocol": "https", "name": "upstream-proxy", "stubs": [
            {"responses": [{"proxy": {"to": "https://ledger.ironbridge-legal.co.uk", "mode": "proxyOnce",
                                      "injectHeaders": {"Authorization": "Bearer " + t2},
                                      "predicateGenerators": [{"matches": {"method": True, "path": True}}]}}]}]},
    ]}
    saved = {"requests": [{"requestFrom": "10.20.4.17:53312", "method": "GET",
                           "path": "/ledger/accounts", "query": {},
                           "headers": {"Host": "localhost:4545", "Authorization": "Bearer " + t3,
                                       "User-Agent": "okhttp/4.12.0"}, "body": "",
                           "timestamp": _iso(d)},
                          {"requestFrom": "10.20.4.22:40118", "method": "GET", "path": "/ledger/accounts/acc_1/entries",
                           "headers": {"Host": "localhost:4545", "Authorization": "Bearer " + d.jwtb({"scope": "ledger"}),
                                       "X-Correlation-Id": d.X(uuid4(r), "correlation id")}, "body": "", "timestamp": _iso(d)},
                          {"requestFrom": "10.20.4.23:40220", "method": "POST", "path": "/ledger/transfers",
                           "headers": {"Host": "localhost:4545", "Authorization": "Bearer " + d.bearer("b64url"),
                                       "Idempotency-Key": d.X(uuid4(r), "idempotency key")}, "body": "{}", "timestamp": _iso(d)}]}
    return ("// imposters.json (mb --configfile imposters.json --allowInjection)\n" + json.dumps(imp, indent=2) +
            "\n// GET /imposters/4545 ?replayable=false -> recorded requests\n" + json.dumps(saved, indent=2) + "\n")


# ------------------------------------------------------------------ Hoverfly simulation
def hoverfly(d):
    r = d.r
    pairs = []
    for path, shape in [("/v1/payouts", "paypal"), ("/v1/balance", "square"), ("/v3/customers", "jwt"),
                        ("/v1/refunds", "b64url"), ("/v2/mandates", "jwt")]:
        tok = d.jwtb({"scope": "customers"}) if shape == "jwt" else d.bearer(shape)
        pairs.append({"request": {"path": [{"matcher": "exact", "value": path}],
                                  "method": [{"matcher": "exact", "value": "GET"}],
                                  "destination": [{"matcher": "exact", "value": "api.brightpath.co.uk"}],
                                  "scheme": [{"matcher": "exact", "value": "https"}],
                                  "headers": {"Authorization": [{"matcher": "exact", "value": "Bearer " + tok}]}},
                      "response": {"status": 200, "body": "{\"data\":[]}", "encodedBody": False,
                                   "headers": {"Content-Type": ["application/json"],
                                               "Hoverfly": ["Was-Here"]}, "templated": False}})
    pairs.append({"request": {"path": [{"matcher": "glob", "value": "/v1/*"}],
                              "headers": {"Authorization": [{"matcher": "regex", "value": "Bearer .*"}]}},
                  "response": {"status": 401, "body": "", "encodedBody": False, "templated": False}})
    sim = {"data": {"pairs": pairs, "globalActions": {"delays": [], "delaysLogNormal": []}},
           "meta": {"schemaVersion": "v5.2", "hoverflyVersion": "v1.9.1", "timeExported": _iso(d, ms=False)}}
    return json.dumps(sim, indent=2) + "\n"


# ------------------------------------------------------------------ Taurus (bzt) config
def taurus(d):
    r = d.r
    t1 = d.jwtb({"scope": "search"})
    t2 = d.bearer("hvs", cat="bearer-token|generic-secret")
    p = d.pw(punct=PUNCT_MIN)
    return f"""# perf/search-soak.yml  (bzt perf/search-soak.yml -o modules.blazemeter.report-name="soak")
execution:
- concurrency: 40
  ramp-up: 2m
  hold-for: 30m
  scenario: search-api

scenarios:
  search-api:
    default-address: https://search.mosaic-retail.com
    headers:
      Authorization: Bearer {t1}
      Accept: application/json
    requests:
    - url: /v2/search?q=${{__RandomString(5,abcdefgh,)}}
      label: search
    - url: /v2/suggest?q=jack
      label: suggest
      headers:
        Authorization: Bearer ${{__P(SUGGEST_TOKEN,)}}
  geo:
    default-address: https://geo.mosaic-retail.com
    headers:
      X-Api-Key: {d.sec("hex32")}
      Authorization: Bearer {d.bearer("b64url")}
    requests:
    - /v1/stores/near?lat=59.33&lon=18.06
  vault-read:
    default-address: https://vault.mosaic-retail.com:8200
    headers:
      X-Vault-Token: {t2}
    requests:
    - /v1/secret/data/perf/search

modules:
  jmeter:
    properties:
      SUGGEST_TOKEN: {d.X('${SUGGEST_TOKEN}', 'env reference')}
  blazemeter:
    token: {d.X('<blazemeter-api-key-id>:<secret>', 'placeholder')}
  influxdb-reporter:
    address: influx.mosaic-retail.com
    username: perf
    password: {p}

reporting:
- module: final-stats
- module: console
"""


# ------------------------------------------------------------------ drill benchmark
def drill(d):
    r = d.r
    t1 = d.bearer("gitlab-oauth")
    t2 = d.jwtb({"scope": "read"}, alg="HS512")
    return f"""---
# benchmark.yml for drill (drill --benchmark benchmark.yml --stats)
concurrency: 8
base: 'https://git.gridline-systems.com'
iterations: 400
rampup: 4

plan:
  - name: Fetch projects
    request:
      url: /api/v4/projects?per_page=50
      headers:
        Authorization: 'Bearer {t1}'

  - name: Fetch one pipeline
    request:
      url: /api/v4/projects/{r.randint(10, 900)}/pipelines/latest
      headers:
        Authorization: 'Bearer {t1}'

  - name: Reporting API
    request:
      url: 'https://reports.gridline-systems.com/v1/summary'
      headers:
        Authorization: "Bearer {t2}"
        Accept: application/json

  - name: Export job
    request:
      url: 'https://reports.gridline-systems.com/v1/exports'
      method: POST
      body: '{{"format": "csv"}}'
      headers:
        Authorization: 'Bearer {d.bearer("hex64")}'
        X-Api-Key: '{d.sec("alnum32")}'

  - name: Public health check
    request:
      url: /-/health
      headers:
        Authorization: 'Bearer {{{{ token }}}}'
"""


# ------------------------------------------------------------------ nock recordings
def nock(d):
    r = d.r
    recs = []
    for path, shape, status in [("/v1/customers?limit=10", "b64url", 200), ("/v1/subscriptions", "jwt", 200),
                                ("/v1/invoices/in_" + alnum(r, 14), "hex40", 404),
                                ("/v1/credit_notes", "jwt", 200), ("/v1/usage_records", "uuid", 200)]:
        tok = d.jwtb({"scope": "billing"}) if shape == "jwt" else d.bearer(shape)
        recs.append({"scope": "https://api.quarrytech.com:443", "method": "GET", "path": path, "body": "",
                     "status": status,
                     "response": {"data": []} if status == 200 else {"error": {"type": "invalid_request_error"}},
                     "rawHeaders": ["Content-Type", "application/json", "Request-Id", "req_" + alnum(r, 14)],
                     "reqheaders": {"authorization": "Bearer " + tok, "user-agent": "quarry-node/3.4.0",
                                    "accept": "application/json"},
                     "responseIsBinary": False})
    cid = d.X(uuid4(r), "client id")
    cs = d.sec("alnum40")
    at = d.bearer("b64url", cat="bearer-token|generic-secret")
    recs.append({"scope": "https://auth.quarrytech.com:443", "method": "POST", "path": "/oauth/token",
                 "body": {"grant_type": "client_credentials", "client_id": cid, "client_secret": cs},
                 "status": 200, "response": {"access_token": at, "token_type": "Bearer", "expires_in": 7200},
                 "rawHeaders": ["Content-Type", "application/json"], "responseIsBinary": False})
    return json.dumps(recs, indent=2) + "\n"


# ------------------------------------------------------------------ Polly.JS recording (HAR)
def pollyjs(d):
    r = d.r
    entries = []
    for url, shape in [("https://api.github-proxy.kestrel-media.net/repos/kestrel/web/pulls?state=open", "gitea"),
                       ("https://api.kestrel-media.net/v2/me", "jwt"),
                       ("https://api.twitter-gw.kestrel-media.net/2/tweets/search/recent?query=kestrel", "twitter")]:
        tok = d.jwtb({"scope": "me"}) if shape == "jwt" else d.bearer(shape)
        entries.append({"_id": hexs(r, 32), "_order": 0, "cache": {},
                        "request": {"bodySize": 0, "cookies": [], "headers": [
                            {"_fromType": "array", "name": "accept", "value": "application/json"},
                            {"_fromType": "array", "name": "authorization", "value": "Bearer " + tok},
                            {"name": "host", "value": url.split("/")[2]}], "headersSize": r.randint(300, 900),
                            "httpVersion": "HTTP/1.1", "method": "GET", "queryString": [], "url": url},
                        "response": {"bodySize": 2, "content": {"mimeType": "application/json", "size": 2, "text": "[]"},
                                     "cookies": [], "headers": [{"name": "content-type", "value": "application/json"}],
                                     "headersSize": 120, "httpVersion": "HTTP/1.1", "redirectURL": "", "status": 200,
                                     "statusText": "OK"},
                        "startedDateTime": _iso(d), "time": r.randint(20, 400),
                        "timings": {"blocked": -1, "connect": -1, "dns": -1, "receive": 0, "send": 0, "ssl": -1,
                                    "wait": r.randint(20, 400)}})
    for u in ["https://api.kestrel-media.net/v2/orgs", "https://uploads.kestrel-media.net/v1/sign"]:
        entries.append({"_id": hexs(r, 32), "_order": 0, "request": {"headers": [
            {"name": "authorization", "value": "Bearer " + d.bearer("b64url")},
            {"name": "x-api-key", "value": d.sec("hex32")}], "method": "GET", "url": u},
            "response": {"status": 200}, "startedDateTime": _iso(d)})
    entries.append({"_id": hexs(r, 32), "_order": 0, "request": {"headers": [
        {"name": "authorization", "value": d.X("Bearer [REDACTED]", "polly beforePersist redaction")}],
        "method": "GET", "url": "https://api.kestrel-media.net/v2/billing"}, "response": {"status": 200}})
    har = {"log": {"_recordingName": "kestrel-web/pull-requests", "creator": {"comment": "persister:fs",
                                                                              "name": "Polly.JS", "version": "6.0.6"},
                   "entries": entries, "pages": [], "version": "1.2"}}
    return json.dumps(har, indent=2) + "\n"


# ------------------------------------------------------------------ Ory Oathkeeper decision logs
def oathkeeper(d):
    r = d.r
    lines = []
    for i in range(26):
        ip = (d.ip6() if i in (7, 13, 21) else d.ip4()) if i != 2 else "10.42.0.19"
        if i == 2:
            auth = d.X("Bearer " + "${TOKEN}", "unexpanded variable")
        elif i == 4:
            auth = "Bearer " + d.bearer("paseto")
        else:
            auth = "Bearer " + (d.jwtb({"scope": "app"}) if i % 2 == 0 else d.bearer(r.choice(["zitadel", "keycloak-opaque", "b64url"])))
        ev = {"audience": "application", "granted": i != 2,
              "http_host": "api.aurora-labs.io", "http_method": "GET", "http_url": f"/v1/reports/{r.randint(1, 999)}",
              "http_user_agent": "Mozilla/5.0", "level": "info" if i != 2 else "warning",
              "msg": "Access request granted" if i != 2 else "Access request denied",
              "request": {"headers": {"Accept": ["application/json"], "Authorization": [auth],
                                      "X-Forwarded-For": [ip]}, "remote": ip + ":" + str(r.randint(30000, 65000))},
              "service_name": "ORY Oathkeeper", "service_version": "v0.40.7", "subject": uuid4(r),
              "time": _iso(d)}
        lines.append(json.dumps(ev))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ Apollo Router config
def apollo_router(d):
    r = d.r
    t1 = d.bearer("hex64")
    t2 = d.jwtb({"scope": "subgraph"})
    key = d.L("generic-secret", "service:lumenworks-graph:" + b64url(r, 22))
    return f"""# router.yaml (Apollo Router 1.5x)
supergraph:
  listen: 0.0.0.0:4000
  introspection: false
headers:
  all:
    request:
      - propagate:
          named: traceparent
  subgraphs:
    inventory:
      request:
        - insert:
            name: Authorization
            value: "Bearer {t1}"
    billing:
      request:
        - insert:
            name: authorization
            value: Bearer {t2}
    reviews:
      request:
        - insert:
            name: Authorization
            value: "Bearer ${{env.REVIEWS_TOKEN}}"
authentication:
  router:
    jwt:
      jwks:
        - url: https://auth.lumenworks.com/.well-known/jwks.json
  subgraph:
    subgraphs:
      accounts:
        aws_sig_v4:
          hardcoded:
            access_key_id: "{d.akid()}"
            secret_access_key: "{d.sak()}"
            region: eu-west-1
            service_name: lambda
telemetry:
  apollo:
    # APOLLO_KEY normally comes from the environment; pasted here for the load test
    # APOLLO_KEY={key}
    field_level_instrumentation_sampler: 0.01
"""


# ------------------------------------------------------------------ GraphQL Mesh .meshrc.yaml
def graphql_mesh(d):
    r = d.r
    t1 = d.bearer("asana")
    t2 = d.bearer("b64url")
    t3 = d.bearer("sentry")
    return f"""sources:
  - name: Asana
    handler:
      openapi:
        source: ./specs/asana.yaml
        endpoint: https://app.asana.com/api/1.0
        operationHeaders:
          Authorization: Bearer {t1}
  - name: Warehouse
    handler:
      graphql:
        endpoint: https://wms.nordvik-logistik.se/graphql
        operationHeaders:
          Authorization: "Bearer {t2}"
          X-Tenant: nordvik
  - name: Errors
    handler:
      openapi:
        source: https://sentry.io/api/0/openapi.json
        operationHeaders:
          Authorization: Bearer {t3}
  - name: Contentful
    handler:
      graphql:
        endpoint: https://graphql.contentful.com/content/v1/spaces/{lalnum_(r)}
        operationHeaders:
          Authorization: Bearer {d.bearer("contentful")}
  - name: Users
    handler:
      graphql:
        endpoint: https://users.nordvik-logistik.se/graphql
        operationHeaders:
          Authorization: Bearer {{context.headers['x-user-token']}}
serve:
  port: 4100
"""


# ------------------------------------------------------------------ Hasura metadata (actions + env)
def hasura(d):
    r = d.r
    t1 = d.bearer("hex40")
    t2 = d.jwtb({"https://hasura.io/jwt/claims": {"x-hasura-default-role": "service"}}, alg="HS256")
    adm = d.sec("alnum32")
    p = d.pw(punct=PUNCT_MIN, enc=urlq, cat="url-credentials|password")
    jwt_key = d.sec("b64-48")
    return f"""# metadata/actions.yaml
actions:
  - name: createInvoice
    definition:
      kind: synchronous
      handler: https://billing.saltmarsh.io/hasura/actions/create-invoice
      forward_client_headers: false
      headers:
        - name: Authorization
          value: Bearer {t1}
    permissions:
      - role: accountant
  - name: sendReminder
    definition:
      kind: asynchronous
      handler: '{{{{ACTIONS_BASE_URL}}}}/send-reminder'
      headers:
        - name: Authorization
          value_from_env: REMINDER_TOKEN
  - name: syncLedger
    definition:
      kind: synchronous
      handler: https://ledger.saltmarsh.io/hook
      headers:
        - name: authorization
          value: Bearer {t2}
---
# .env used by docker compose for graphql-engine
HASURA_GRAPHQL_DATABASE_URL=postgres://hasura:{p}@pg-primary.saltmarsh.internal:5432/app
HASURA_GRAPHQL_ADMIN_SECRET={adm}
HASURA_GRAPHQL_JWT_SECRET={{"type":"HS256","key":"{jwt_key}"}}
HASURA_GRAPHQL_ENABLE_CONSOLE=false
REMINDER_TOKEN={d.X('${REMINDER_TOKEN}', 'variable')}
"""


# ------------------------------------------------------------------ Privoxy debug log
def privoxy(d):
    r = d.r
    lines = []
    t = d.ts()
    tid = "7f" + hexs(r, 10)

    def L(kind, msg):
        lines.append(f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d} {tid} {kind}: {msg}")

    L("Info", "Privoxy version 3.0.34")
    L("Info", "Program name: /usr/sbin/privoxy")
    for host, shape in [("api.heroku.com", "heroku"), ("api.netlify.com", "netlify"),
                        ("api.buildkite.com", "buildkite"), ("circleci.com", "circleci"), ("api.nordvik-logistik.se", "jwt"),
                        ("api.linear.app", "linear"), ("api.sentry.io", "sentry"), ("app.terraform.io", "tfc"),
                        ("api.figma.com", "figma"), ("api.airtable.com", "airtable"), ("api.pulumi.com", "pulumi"),
                        ("api.render.com", "render")]:
        tok = d.jwtb({"scope": "tracking"}) if shape == "jwt" else d.bearer(shape)
        L("Request", f"{host}/v2/{'apps' if 'heroku' in host else 'sites'}")
        L("Header", f"scan: GET https://{host}/ HTTP/1.1")
        L("Header", f"scan: Host: {host}")
        L("Header", f"scan: Authorization: Bearer {tok}")
        L("Header", "scan: Accept: application/json")
        L("Connect", f"Created new connection to {host}:443 on socket {r.randint(8, 40)}.")
    L("Header", "scan: Proxy-Authorization: Basic " + d.L("basic-auth", b64e("ci:" + __import__("common").pw(r, "mixed", 16, PUNCT_MIN))))
    L("Header", "scan: Authorization: Bearer " + d.X("$CIRCLE_TOKEN", "unexpanded variable"))
    L("Header", "scan: X-Api-Key: " + d.sec("alnum32"))
    L("Header", "scan: X-Auth-Token: " + d.bearer("fernet", cat="bearer-token|generic-secret"))
    L("Header", "scan: Authorization: Bearer " + d.bearer("boundary"))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ tcpflow -c
def tcpflow(d):
    r = d.r
    out = ["# tcpflow -c -i eth1 port 8080   (service mesh disabled on the debug node)"]
    for i in range(10):
        src = f"010.042.{r.randint(0, 9):03d}.{r.randint(10, 250):03d}.{r.randint(30000, 65000):05d}"
        dst = f"010.042.011.020.08080"
        shape = ["jwt", "hvs", "b64url", "uuid", "jwt", "hex64", "hvb", "jwt", "alnum", "keycloak-opaque"][i]
        tok = d.jwtb({"scope": "internal"}) if shape == "jwt" else d.bearer(shape, cat="bearer-token|generic-secret" if shape in ("hvs", "hvb") else "bearer-token")
        hdr = "X-Vault-Token" if shape in ("hvs", "hvb") else "Authorization"
        val = tok if shape in ("hvs", "hvb") else "Bearer " + tok
        out.append(f"{src}-{dst}: GET /internal/v1/{['users', 'secrets', 'reports', 'jobs', 'billing', 'exports', 'leases', 'audit', 'quotas', 'sessions'][i]}?page={i + 1} HTTP/1.1\r\n"
                   f"Host: users.svc:8080\r\nUser-Agent: Go-http-client/1.1\r\n{hdr}: {val}\r\nAccept-Encoding: gzip\r\n\r\n")
        out.append(f"{dst}-{src}: HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nDate: {d.ts():%a, %d %b %Y %H:%M:%S} GMT\r\nContent-Length: 2\r\n\r\n[]")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ ngrep -W byline
def ngrep(d):
    r = d.r
    out = ["interface: ens5 (10.0.3.0/255.255.255.0)", "filter: ( port 80 ) and ((ip || ip6) || (vlan && (ip || ip6)))",
           "match: Authorization"]
    n = r.randint(10, 80)
    for i, shape in enumerate(["jwt", "b64url", "hex64", "twitch", "macaroon", "jwt", "fernet", "alnum", "paseto", "jwt", "b64url", "okta"]):
        tok = d.jwtb({"scope": "legacy"}) if shape == "jwt" else d.bearer(shape)
        cli = d.ip4() if i % 2 == 0 else f"10.0.3.{r.randint(2, 250)}"
        n += r.randint(1, 40)
        out.append("#" * 1)
        out.append(f"T {cli}:{r.randint(30000, 65000)} -> 10.0.3.40:80 [AP] #{n}")
        out.append(f"GET /legacy/api/{['orders', 'stock', 'export', 'streams', 'files', 'returns', 'tokens', 'labels', 'zones', 'pickups', 'carriers', 'manifests'][i]} HTTP/1.1.")
        out.append("Host: legacy.mosaic-retail.com.")
        out.append(f"Authorization: Bearer {tok}.")
        out.append("X-Forwarded-Proto: https.")
        out.append(".")
    out.append("#")
    out.append(f"T 10.0.3.77:{r.randint(30000, 65000)} -> 10.0.3.40:80 [AP] #{n + 9}")
    out.append("GET /legacy/api/ping HTTP/1.1.")
    out.append("Authorization: Bearer null.")
    d.X("Bearer null", "null token")
    out.append(".")
    out.append("exit")
    out.append(f"{n + 9} received, 0 dropped")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ oauth2l
def oauth2l(d):
    r = d.r
    t1 = d.bearer("ya29")
    t2 = d.bearer("ya29", cat="bearer-token|generic-secret")
    rt = d.L("generic-secret", "1//0" + b64url(r, 100))
    cid = d.X(str(r.randint(10**11, 10**12 - 1)) + "-" + lalnum_(r) + lalnum_(r) + ".apps.googleusercontent.com", "public client id")
    idt = d.L("jwt|generic-secret", jwt(r, {"email_verified": True, "azp": cid}))
    return f"""$ oauth2l header --scope cloud-platform
Authorization: Bearer {t1}

$ oauth2l fetch --scope cloud-platform,userinfo.email --output_format json
{{
  "access_token": "{t2}",
  "token_type": "Bearer",
  "refresh_token": "{rt}",
  "expiry": "{d.ts():%Y-%m-%dT%H:%M:%S}.{r.randint(100000, 999999)}+01:00",
  "id_token": "{idt}"
}}

$ oauth2l info --token {d.X('$(oauth2l fetch --scope cloud-platform)', 'command substitution')}
{{
  "azp": "{cid}",
  "scope": "https://www.googleapis.com/auth/cloud-platform",
  "exp": "{r.randint(1767225600, 1796169600)}",
  "expires_in": "{r.randint(100, 3599)}",
  "access_type": "offline"
}}

$ oauth2l reset
"""


# ------------------------------------------------------------------ ExecCredential JSON
def exec_credential(d):
    r = d.r
    out = []
    eks = d.L("bearer-token|generic-secret", token(r, "k8s-aws"))
    out.append("$ aws eks get-token --cluster-name prod-eu-north-1 --output json\n" + json.dumps(
        {"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {},
         "status": {"expirationTimestamp": _iso(d, ms=False), "token": eks}}, indent=4))
    gke = d.bearer("ya29", cat="bearer-token|generic-secret")
    out.append("$ gke-gcloud-auth-plugin\n" + json.dumps(
        {"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {"interactive": False},
         "status": {"expirationTimestamp": _iso(d, ms=False), "token": gke}}))
    srv = d.X(uuid4(r), "public application id")
    kl = d.L("jwt|bearer-token|generic-secret", jwt(r, {"aud": srv, "scp": "user.read"}))
    out.append(f"$ kubelogin get-token --login devicecode --server-id {srv}\n" + json.dumps(
        {"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {"interactive": False},
         "status": {"expirationTimestamp": _iso(d, ms=False), "token": kl}}))
    oidc = d.L("jwt|bearer-token|generic-secret", jwt(r, {"aud": "kubernetes", "groups": ["platform"]}))
    out.append("$ kubectl oidc-login get-token --oidc-issuer-url=https://dex.gridline-systems.com --oidc-client-id=kubernetes\n" + json.dumps(
        {"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1", "spec": {"interactive": False},
         "status": {"expirationTimestamp": _iso(d, ms=False), "token": oidc}}, indent=2))
    rt = d.L("bearer-token|generic-secret", "kubeconfig-u-" + lalnum_(r)[:5] + ":" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 54))
    out.append("$ rancher token --server rancher.gridline-systems.com --user ops-anna --auth-provider activeDirectoryProvider\n" + json.dumps(
        {"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {},
         "status": {"expirationTimestamp": _iso(d, ms=False), "token": rt}}))
    out.append("$ kubectl --token=" + d.X("$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)", "command substitution") + " get ns")
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ JFrog CLI config
def jfrog_cli(d):
    r = d.r
    at = d.L("jwt|bearer-token|generic-secret", jwt(r, {"scp": "applied-permissions/user", "aud": "*@*"}, alg="RS256"))
    rt = d.X(uuid4(r), "refresh token id")
    p1 = d.pw(punct=PUNCT_MIN, enc=jesc)
    at2 = d.L("generic-secret", "cmVmdGtuOjAxOjE3" + b64url(r, 48))
    cfg = {"servers": [
        {"url": "https://artifacts.gridline-systems.com/", "artifactoryUrl": "https://artifacts.gridline-systems.com/artifactory/",
         "distributionUrl": "https://artifacts.gridline-systems.com/distribution/", "xrayUrl": "https://artifacts.gridline-systems.com/xray/",
         "user": "ci-publisher", "accessToken": at, "refreshToken": rt, "tokenRefreshInterval": 60,
         "serverId": "gridline", "isDefault": True},
        {"url": "https://jfrog.aurora-labs.io/", "artifactoryUrl": "https://jfrog.aurora-labs.io/artifactory/",
         "user": "deploy", "password": "@@@PLACEHOLDER@@@", "serverId": "aurora-legacy"},
        {"url": "https://repo.saltmarsh.io/", "artifactoryUrl": "https://repo.saltmarsh.io/artifactory/",
         "user": "jenkins", "password": "PLACEHOLDER", "serverId": "saltmarsh"},
        {"url": "https://mirror.saltmarsh.io/", "artifactoryUrl": "https://mirror.saltmarsh.io/artifactory/",
         "accessToken": at2, "serverId": "mirror"},
        {"url": "https://edge.saltmarsh.io/", "artifactoryUrl": "https://edge.saltmarsh.io/artifactory/",
         "user": "edge-sync", "password": "EDGEPW", "serverId": "edge"}], "version": "6"}
    s = json.dumps(cfg, indent=2)
    s = s.replace('"@@@PLACEHOLDER@@@"', f'"{p1}"')
    s = s.replace('"EDGEPW"', '"' + d.pw(punct="!#%*-_.", enc=jesc) + '"')
    s = s.replace('"PLACEHOLDER"', '"' + d.X("{{ jfrog_password }}", "template") + '"')
    return "// ~/.jfrog/jfrog-cli.conf.v6\n" + s + "\n"


# ------------------------------------------------------------------ Portainer API session
def portainer(d):
    r = d.r
    p = d.pw(punct=PUNCT_NOAT, enc=jesc)
    j = d.L("jwt|bearer-token|generic-secret", jwt(r, {"id": 1, "username": "admin", "role": 1, "scope": "default"}, alg="HS256", kid=False))
    ptr = d.L("generic-secret", "ptr_" + b64url(r, 43))
    return f"""$ curl -s -X POST https://portainer.lumenworks.com/api/auth -H 'Content-Type: application/json' \\
    -d '{{"username":"admin","password":"{p}"}}'
{{"jwt":"{j}"}}

$ export PJWT={d.X('$(curl -s ... | jq -r .jwt)', 'command substitution')}
$ curl -s https://portainer.lumenworks.com/api/endpoints -H "Authorization: Bearer {j}" | jq '.[].Name'
"local"
"edge-fra1"

$ curl -s -X POST https://portainer.lumenworks.com/api/users/1/tokens -H "Authorization: Bearer $PJWT" \\
    -d '{{"description":"renovate","password":"{d.X('********', 'mask')}"}}'
{{"rawAPIKey":"{ptr}","apiKey":{{"id":7,"userId":1,"description":"renovate","prefix":"ptr_{d.X(ptr[4:7], 'key prefix')}","dateCreated":{r.randint(1767225600, 1796169600)},"lastUsed":0,"digest":"{d.X(b64e(sha256hex(r))[:44], 'digest')}"}}}}

$ curl -s https://portainer.lumenworks.com/api/stacks -H "X-API-Key: {ptr}" | jq length
14

$ curl -s -X POST https://portainer.lumenworks.com/api/registries -H "X-API-Key: {ptr}" \\
    -d '{{"Name":"harbor","URL":"harbor.lumenworks.com","Authentication":true,"Username":"robot$portainer","Password":"{d.pw(punct="!#%*-_.", enc=jesc)}","Type":3}}'
{{"Id":4,"Name":"harbor"}}

$ curl -s -X POST https://portainer.lumenworks.com/api/webhooks/{uuid4(r)}   # stack redeploy webhook (no auth)
14
"""


# ------------------------------------------------------------------ HashiCorp Boundary CLI
def boundary(d):
    r = d.r
    p = d.pw(punct=PUNCT_MIN)
    at = d.L("bearer-token|generic-secret", token(r, "boundary"))
    at2 = d.bearer("boundary")
    return f"""$ BOUNDARY_PASSWORD='{p}' boundary authenticate password -auth-method-id ampw_{alnum(r, 10)} \\
    -login-name ops-anna -password env://BOUNDARY_PASSWORD -format json
{{
  "status_code": 200,
  "item": {{
    "id": "at_{at[3:13]}",
    "scope": {{"id": "global", "type": "global", "name": "global"}},
    "token": "{at}",
    "user_id": "u_{alnum(r, 10)}",
    "auth_method_id": "ampw_{alnum(r, 10)}",
    "account_id": "acctpw_{alnum(r, 10)}",
    "created_time": "{_iso(d)}",
    "expiration_time": "{_iso(d)}",
    "type": "auth-token"
  }}
}}

$ cat /etc/boundary/worker.hcl | grep -E 'token|password'
  controller_generated_activation_token = "{d.L('generic-secret', 'neslat_' + b64url(r, 120))}"
  # kms "aead" key for worker-auth:
  key = "{d.sec('b64')}"

$ boundary targets list -recursive -token env://BOUNDARY_TOKEN
Target information:
  ID:                    ttcp_{alnum(r, 10)}
    Scope ID:            p_{alnum(r, 10)}
    Name:                prod-postgres
    Type:                tcp

$ curl -s -H "Authorization: Bearer {at2}" https://boundary.lumenworks.com/v1/sessions?scope_id=global | jq '.items | length'
3
"""


# ------------------------------------------------------------------ bombardier and hey
def bombardier(d):
    r = d.r
    t1 = d.jwtb({"scope": "catalog"})
    t2 = d.bearer("okta")
    return f"""$ bombardier -c 125 -n 100000 -l -H "Authorization: Bearer {t1}" https://catalog.mosaic-retail.com/v3/products?page=1
Bombarding https://catalog.mosaic-retail.com/v3/products?page=1 with 100000 request(s) using 125 connection(s)
 100000 / 100000 [=============================================================] 100.00% 2873/s 34s
Done!
Statistics        Avg      Stdev        Max
  Reqs/sec      2890.31     412.77    4401.20
  Latency       43.21ms     9.88ms   312.04ms
  Latency Distribution
     50%    41.20ms
     75%    47.03ms
     90%    55.91ms
     95%    61.77ms
     99%    89.12ms
  HTTP codes:
    1xx - 0, 2xx - 99871, 3xx - 0, 4xx - 129, 5xx - 0
    others - 0
  Throughput:    11.02MB/s

$ bombardier -c 20 -d 60s -m POST -H 'Content-Type: application/json' -H 'Authorization: Bearer {t2}' \\
    -b '{{"sku":"MR-1001","qty":1}}' https://cart.mosaic-retail.com/v1/cart/items
Bombarding https://cart.mosaic-retail.com/v1/cart/items for 1m0s using 20 connection(s)
[=========================================================================] 1m0s
Done!
Statistics        Avg      Stdev        Max
  Reqs/sec       812.44      73.10    1021.00
  Latency       24.60ms     4.12ms   140.33ms
  HTTP codes:
    1xx - 0, 2xx - 48701, 3xx - 0, 4xx - 45, 5xx - 0
  Throughput:   612.30KB/s

$ bombardier -c 10 -n 1000 -H "Authorization: Bearer $TOKEN" https://catalog.mosaic-retail.com/healthz
$ bombardier -c 40 -d 2m -H "X-Api-Key: {d.sec('alnum32')}" -H "Authorization: Bearer {d.bearer('b64url')}" https://prices.mosaic-retail.com/v1/prices?store=0412
"""


def hey(d):
    r = d.r
    t1 = d.bearer("hex40")
    t2 = d.jwtb({"scope": "search"}, alg="ES384")
    return f"""#!/usr/bin/env bash
# loadtest/hey-smoke.sh -- quick smoke numbers before each release
set -euo pipefail

hey -z 30s -c 50 -H "Authorization: Bearer {t1}" https://search.tidewater-analytics.com/v1/search?q=storm
hey -n 2000 -c 20 -m POST -T application/json -H "Authorization: Bearer {t2}" \\
    -d '{{"query":"rainfall","limit":10}}' https://search.tidewater-analytics.com/v1/query
hey -n 200 -c 5 -H "Authorization: Bearer ${{SEARCH_TOKEN:?set SEARCH_TOKEN}}" https://search.tidewater-analytics.com/healthz
hey -n 500 -c 10 -H "Authorization: Bearer {d.bearer('okta')}" https://tiles.tidewater-analytics.com/v1/tiles/8/135/75.png
hey -n 300 -c 10 -a ingest:{d.pw(punct="!#%*-_.")} https://ingest.tidewater-analytics.com/v1/ping

# Summary of the last run (pasted from CI):
# Summary:
#   Total:        30.0212 secs
#   Slowest:      0.4120 secs
#   Fastest:      0.0101 secs
#   Average:      0.0390 secs
#   Requests/sec: 1281.0331
# Status code distribution:
#   [200] 38449 responses
#   [401] 12 responses
"""


# ------------------------------------------------------------------ buf curl (Connect RPC)
def buf_curl(d):
    r = d.r
    t1 = d.jwtb({"scope": "payments.v1"})
    t2 = d.bearer("b64url")
    return f"""$ buf curl --schema ./proto --header "Authorization: Bearer {t1}" \\
    --data '{{"merchant_id":"m_{hexs(r, 10)}","page_size":20}}' -v \\
    https://payments.brightpath.co.uk/brightpath.payments.v1.PaymentService/ListPayments
buf: * Using server reflection to resolve "brightpath.payments.v1.PaymentService"
buf: * Dialing (tcp) payments.brightpath.co.uk:443...
buf: * ALPN: server accepted h2
buf: > (#1) POST /grpc.reflection.v1.ServerReflection/ServerReflectionInfo
buf: > (#1) Authorization: Bearer {t1}
buf: > (#1) Content-Type: application/grpc
buf: > (#2) POST /brightpath.payments.v1.PaymentService/ListPayments
buf: > (#2) Accept-Encoding: gzip
buf: > (#2) Authorization: Bearer {t1}
buf: > (#2) Connect-Protocol-Version: 1
buf: > (#2) Content-Type: application/json
buf: > (#2) User-Agent: connect-go/1.16.2 (go1.22.4)
buf: }} (#2) [57 bytes data]
buf: < (#2) HTTP/2.0 200 OK
buf: < (#2) Content-Type: application/json
{{
  "payments": []
}}

$ buf curl --header 'x-api-key: {d.sec("hex40")}' --header "authorization: Bearer {d.jwtb({'scope': 'fx'})}" \\
    https://fx.brightpath.co.uk/brightpath.fx.v1.RateService/Latest
{{"rates": []}}

$ buf curl --protocol grpc --header 'authorization: Bearer {t2}' \\
    https://ledger.brightpath.co.uk/brightpath.ledger.v2.LedgerService/GetBalance
{{
  "balance": {{"currencyCode": "GBP", "units": "1204", "nanos": 500000000}}
}}
"""


CARRIERS = [
    ("goreplay-gor-capture", "requests-20260304.gor", goreplay),
    ("nghttp-verbose-frames", "nghttp-session.txt", nghttp),
    ("libsoup-debug-log", "gnome-feeds-stderr.log", libsoup),
    ("gcloud-log-http", "gcloud-debug.txt", gcloud_log_http),
    ("doctl-trace-output", "doctl-trace.txt", doctl),
    ("httpclient5-wire-log", "sync-service.log", hc5_wire),
    ("requests-toolbelt-dump", "dump-all.txt", toolbelt_dump),
    ("ruby-net-http-debug", "net-http-debug.log", net_http_debug),
    ("pycurl-debugfunction", "sync-assets-debug.log", pycurl_debug),
    ("httpyac-files", "assets.http", httpyac),
    ("posting-collections", "infra-apis.posting.yaml", posting),
    ("api-mock-definitions", "partner-sandbox.json", mockoon),
    ("api-mock-definitions", "imposters.json", mountebank),
    ("api-mock-definitions", "payouts-simulation.json", hoverfly),
    ("perf-scenario-configs", "search-soak.yml", taurus),
    ("perf-scenario-configs", "benchmark.yml", drill),
    ("js-http-recordings", "billing-client.json", nock),
    ("js-http-recordings", "recording.har", pollyjs),
    ("oathkeeper-decision-logs", "oathkeeper.jsonl", oathkeeper),
    ("graphql-gateway-configs", "router.yaml", apollo_router),
    ("graphql-gateway-configs", ".meshrc.yaml", graphql_mesh),
    ("hasura-metadata", "actions-and-env.yaml", hasura),
    ("privoxy-debug-log", "privoxy.log", privoxy),
    ("tcpflow-ngrep-dumps", "tcpflow-8080.txt", tcpflow),
    ("tcpflow-ngrep-dumps", "ngrep-port80.txt", ngrep),
    ("oauth2l-output", "oauth2l-session.txt", oauth2l),
    ("exec-credential-json", "kube-exec-plugins.txt", exec_credential),
    ("jfrog-cli-config", "jfrog-cli.conf.v6", jfrog_cli),
    ("portainer-api-calls", "portainer-session.txt", portainer),
    ("boundary-cli-output", "boundary-session.txt", boundary),
    ("http-benchmark-cli", "bombardier-release-4.2.txt", bombardier),
    ("http-benchmark-cli", "hey-smoke.sh", hey),
    ("buf-curl-verbose", "buf-curl.txt", buf_curl),
]
