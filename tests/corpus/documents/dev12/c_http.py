"""dev12 bearer-token carriers: devtools exports, intercepting proxies, packet dumps, clients' debug logs,
servers' and proxies' header logs, API test tools, fixtures, CI logs."""
import json
from c_common import *
from c_common import _num, _asciify

CARRIERS = []


def carrier(dirname, n, rep=1, sep="\n"):
    """rep > 1: the document holds `rep` captures of the same kind (a log or dump that goes on)."""
    def deco(fn):
        CARRIERS.append((dirname, fn, n, rep, sep))
        return fn
    return deco


def extra_headers(d, k=3):
    """request headers that are not secrets (ids, nonces, csrf, etags)."""
    pool = [
        lambda: ("x-request-id", d.X(uuid4())),
        lambda: ("traceparent", d.X(traceparent())),
        lambda: ("x-csrf-token", d.X(csrf())),
        lambda: ("if-none-match", d.X(etag())),
        lambda: ("idempotency-key", d.X(uuid4())),
        lambda: ("x-amzn-trace-id", d.X("Root=1-" + rs(HEX, 8) + "-" + rs(HEX, 24))),
        lambda: ("x-correlation-id", d.X(rs(HEX, 32))),
        lambda: ("x-client-version", "4." + str(R.randint(0, 30)) + "." + str(R.randint(0, 9))),
        lambda: ("x-device-id", d.X(uuid4())),
        lambda: ("x-signature-nonce", d.X(nonce())),
    ]
    R.shuffle(pool)
    return [f() for f in pool[:k]]


def resp_headers(d):
    h = [("content-type", "application/json; charset=utf-8"), ("date", http_date()),
         ("etag", d.X('W/"' + rs(HEX, 40) + '"')), ("x-request-id", d.X(uuid4()))]
    if R.random() < 0.5:
        h.append(("strict-transport-security", "max-age=63072000; includeSubDomains"))
    if R.random() < 0.4:
        h.append(("x-ratelimit-remaining", str(R.randint(0, 4999))))
    return h


# ------------------------------------------------------------------ browser devtools exports
@carrier("copy-as-curl", 5)
def copy_as_curl(d, i):
    out = []
    for k in range(R.randint(2, 4)):
        host, path = api_host(), api_path()
        tok = d.bearer(bearer_shape())
        hs = [("accept", "application/json, text/plain, */*"), ("accept-language", choice(["sv-SE,sv;q=0.9,en-US;q=0.8", "de-DE,de;q=0.9", "en-GB,en;q=0.9"])),
              ("authorization", "Bearer " + tok)] + extra_headers(d, 2) + [
            ("origin", "https://app." + host.split(".", 1)[1]), ("priority", "u=1, i"), ("referer", "https://app." + host.split(".", 1)[1] + "/"),
            ("sec-ch-ua", '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'), ("sec-ch-ua-mobile", "?0"),
            ("sec-fetch-dest", "empty"), ("sec-fetch-mode", "cors"), ("sec-fetch-site", "same-site"), ("user-agent", choice(UAS))]
        body = None
        if R.random() < 0.4:
            body = json.dumps({"query": "status:open", "page": R.randint(1, 9)})
        if i % 3 == 2:  # cmd flavour
            s = f'curl ^"https://{host}{path}^" ^\n'
            for n, v in hs:
                s += f'  -H ^"{n}: {v.replace(chr(34), chr(92) + "^" + chr(34))}^" ^\n'
            if body:
                s += '  --data-raw ^"' + body.replace('"', '^\\^"') + '^" ^\n'
            s = s.rstrip(" ^\n") + "\n"
        else:
            s = f"curl 'https://{host}{path}' \\\n"
            for n, v in hs:
                s += f"  -H '{n}: {v}' \\\n"
            if body:
                s += f"  --data-raw '{body}' \\\n"
            s = s.rstrip(" \\\n") + "\n"
        out.append(s)
    if R.random() < 0.6:
        out.append("# from the wiki, do not use as is:\ncurl -H 'authorization: Bearer " + bearer_ph() + "' https://" + api_host() + "/v1/ping\n")
    return "\n".join(out), "sh" if i % 3 != 2 else "cmd"


@carrier("copy-as-fetch", 5)
def copy_as_fetch(d, i):
    out = []
    node = i % 2 == 1
    for k in range(R.randint(2, 4)):
        host, path = api_host(), api_path()
        tok = d.bearer(bearer_shape())
        h = {"accept": "application/json", "accept-language": "sv-SE,sv;q=0.9", "authorization": "Bearer " + tok,
             "content-type": "application/json"}
        for n, v in extra_headers(d, 2):
            h[n] = v
        if not node:
            h.update({"sec-ch-ua-mobile": "?0", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", "sec-fetch-site": "same-site"})
        obj = {"headers": h}
        if not node:
            obj["referrer"] = "https://app." + host.split(".", 1)[1] + "/dashboard"
            obj["referrerPolicy"] = "strict-origin-when-cross-origin"
        obj["body"] = None if R.random() < 0.5 else json.dumps({"ids": [R.randint(1, 9999) for _ in range(3)]})
        obj["method"] = "GET" if obj["body"] is None else "POST"
        if not node:
            obj["mode"] = "cors"
            obj["credentials"] = "include"
        out.append(f'fetch("https://{host}{path}", ' + json.dumps(obj, indent=2) + ");")
    if R.random() < 0.5:
        out.append('// same call from the app code\nconst res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });')
    return "\n\n".join(out) + "\n", "js"


@carrier("copy-as-powershell", 5)
def copy_as_ps(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    s = "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n"
    s += f'$session.UserAgent = "{choice(UAS)}"\n'
    if R.random() < 0.5:
        s += f'$session.Cookies.Add((New-Object System.Net.Cookie("theme", "dark", "/", "app.{host.split(".", 1)[1]}")))\n'
    s += f'Invoke-WebRequest -UseBasicParsing -Uri "https://{host}{path}" `\n-WebSession $session `\n-Headers @{{\n'
    s += f'"authority"="{host}"\n  "method"="GET"\n  "path"="{path}"\n  "scheme"="https"\n  "accept"="application/json, text/plain, */*"\n'
    s += f'  "authorization"="Bearer {tok}"\n'
    for n, v in extra_headers(d, 2):
        s += f'  "{n}"="{v.replace(chr(34), "`" + chr(34))}"\n'
    s += '  "sec-fetch-mode"="cors"\n} `\n-ContentType "application/json"\n'
    for _k in range(R.randint(1, 2)):
        tok2 = d.bearer(bearer_shape())
        s += "\n# second call copied from the Network tab\n"
        s += f'$headers = @{{ Authorization = "Bearer {tok2}"; "X-Request-Id" = "{d.X(uuid4())}" }}\n'
        s += f'Invoke-RestMethod -Method Post -Uri "https://{api_host()}/v1/exports" -Headers $headers -Body (@{{format="csv"}} | ConvertTo-Json)\n'
    s += '\n# script version for the team: $env:API_TOKEN is set by the pipeline\n'
    s += 'Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $($env:API_TOKEN)" }\n'
    return s, "ps1"


@carrier("har-chrome", 5)
def har(d, i):
    entries = []
    for k in range(R.randint(3, 4)):
        host, path = api_host(), api_path()
        tok = d.bearer(bearer_shape())
        hdrs = [{"name": ":authority", "value": host}, {"name": ":method", "value": "GET"}, {"name": ":path", "value": path},
                {"name": ":scheme", "value": "https"}, {"name": "accept", "value": "application/json"},
                {"name": "authorization", "value": "Bearer " + tok}]
        hdrs += [{"name": n, "value": v} for n, v in extra_headers(d, 2)]
        resp = small_json_body()
        rh = [{"name": n, "value": v} for n, v in resp_headers(d)]
        entries.append({"_initiator": {"type": "script"}, "_priority": "High", "_resourceType": "fetch", "cache": {},
                        "connection": str(R.randint(1000, 99999)), "pageref": "page_" + str(R.randint(1, 9)),
                        "request": {"method": "GET", "url": f"https://{host}{path}", "httpVersion": "http/2.0", "headers": hdrs,
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                        "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": rh, "cookies": [],
                                     "content": {"size": 412, "mimeType": "application/json", "text": json.dumps(resp)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 640, "_error": None},
                        "serverIPAddress": ip_doc(), "startedDateTime": ts_iso(), "time": round(R.uniform(20, 900), 3),
                        "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 88.4, "receive": 1.9}})
    if True:  # token endpoint response in the same HAR
        at, cat = bearer(choice(["jwt", "opaque", "b64url", "ory"]))
        d.L(cat + "|generic-secret" if cat == "bearer-token" else cat, at)
        rt = d.L("generic-secret", generic(choice(["alnum40", "b64url43", "hex64"])))
        body = {"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt, "scope": "openid profile"}
        entries.append({"request": {"method": "POST", "url": "https://auth." + api_host().split(".", 1)[1] + "/oauth2/token", "httpVersion": "http/2.0",
                                    "headers": [{"name": "content-type", "value": "application/x-www-form-urlencoded"}],
                                    "postData": {"mimeType": "application/x-www-form-urlencoded",
                                                 "text": "grant_type=refresh_token&refresh_token=" + d.L("generic-secret", generic(choice(["alnum40", "b64url43"]))) + "&client_id=" + d.X(uuid4())}},
                        "response": {"status": 200, "headers": [{"name": "cache-control", "value": "no-store"}],
                                     "content": {"mimeType": "application/json", "text": json.dumps(body)}},
                        "startedDateTime": ts_iso(), "time": 143.2})
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": ts_iso(), "id": "page_1", "title": "https://app.fakturera.io/", "pageTimings": {}}],
                   "entries": entries}}
    return json.dumps(har, indent=2), "har"


# ------------------------------------------------------------------ intercepting proxies
@carrier("mitmproxy", 4)
def mitm(d, i):
    out = []
    for k in range(R.randint(4, 5)):
        host, path = api_host(), api_path()
        tok = d.bearer(bearer_shape()) if k < 4 else None
        cli = f"{ip_priv()}:{R.randint(40000, 65000)}"
        out.append(f"{cli}: GET https://{host}{path}")
        out.append(f"    Host: {host}")
        out.append(f"    User-Agent: {choice(CLIENT_UAS)}")
        out.append("    Accept: application/json")
        if tok:
            out.append(f"    Authorization: Bearer {tok}")
        else:
            out.append(f"    Authorization: Bearer {bearer_ph()}")
        for n, v in extra_headers(d, 1):
            out.append(f"    {n}: {v}")
        out.append(f" << {choice(['200 OK', '200 OK', '401 Unauthorized', '304 Not Modified'])} {R.randint(1, 9)}.{R.randint(0, 9)}k")
        for n, v in resp_headers(d):
            out.append(f"    {n}: {v}")
        if R.random() < 0.3:
            out.append('    www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"')
        out.append("")
        out.append("    " + json.dumps(small_json_body()))
        out.append("")
    return "\n".join(out), "txt"


@carrier("charles", 4)
def charles(d, i):
    sessions = []
    for k in range(R.randint(2, 4)):
        host, path = api_host(), api_path()
        tok = d.bearer(bearer_shape())
        hdr = [{"name": "Host", "value": host}, {"name": "Authorization", "value": "Bearer " + tok},
               {"name": "Accept", "value": "*/*"}, {"name": "User-Agent", "value": choice(CLIENT_UAS)}]
        hdr += [{"name": n, "value": v} for n, v in extra_headers(d, 2)]
        sessions.append({
            "status": "COMPLETE", "method": "GET", "protocolVersion": "HTTP/1.1", "scheme": "https", "host": host,
            "actualPort": 443, "path": path.split("?")[0], "query": path.split("?")[1] if "?" in path else None,
            "tunnel": False, "keptAlive": True, "webSocket": False, "remoteAddress": host + "/" + ip_doc(),
            "clientAddress": "/127.0.0.1", "clientPort": R.randint(50000, 65000),
            "times": {"start": ts_iso(), "requestBegin": ts_iso(), "end": ts_iso()},
            "durations": {"total": R.randint(30, 900), "dns": None, "connect": None, "ssl": None, "request": 1, "response": 3, "latency": 88},
            "speeds": {"overall": 5120, "request": 0, "response": 0}, "totalSize": 2203,
            "ssl": {"protocol": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256"},
            "request": {"sizes": {"headers": 512, "body": 0}, "mimeType": None, "charset": None, "contentEncoding": None,
                        "header": {"firstLine": f"GET {path} HTTP/1.1", "headers": hdr}},
            "response": {"status": 200, "sizes": {"headers": 380, "body": 412}, "mimeType": "application/json", "charset": "utf-8",
                         "contentEncoding": None, "header": {"firstLine": "HTTP/1.1 200 OK",
                                                             "headers": [{"name": n, "value": v} for n, v in resp_headers(d)]},
                         "body": {"text": json.dumps(small_json_body()), "charset": "utf-8"}}})
    return json.dumps(sessions, indent=2), "chlsj"


@carrier("fiddler", 4, rep=2, sep="\r\n------------------------------------------------------------------\r\n\r\n")
def fiddler(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    body = json.dumps(small_json_body())
    s = f"POST https://{host}{path.split('?')[0]} HTTP/1.1\r\nHost: {host}\r\nConnection: keep-alive\r\n"
    s += f"Authorization: Bearer {tok}\r\nContent-Type: application/json\r\n"
    for n, v in extra_headers(d, 2):
        s += f"{n}: {v}\r\n"
    s += f"User-Agent: {choice(CLIENT_UAS)}\r\nContent-Length: {len(body)}\r\n\r\n{body}\r\n\r\n"
    s += "------------------------------------------------------------------\r\n\r\n"
    rb = json.dumps(small_json_body())
    s += f"HTTP/1.1 {choice(['200 OK', '201 Created'])}\r\n"
    for n, v in resp_headers(d):
        s += f"{n}: {v}\r\n"
    s += f"Content-Length: {len(rb)}\r\n\r\n{rb}\r\n"
    if True:
        at, cat = bearer(choice(["jwt", "opaque", "azure", "b64url"]))
        d.L(cat + "|generic-secret" if cat == "bearer-token" else cat, at)
        s += "\r\n------------------------------------------------------------------\r\n\r\n"
        s += f"POST https://login.{host.split('.', 1)[1]}/connect/token HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n"
        cid = d.X(uuid4())
        s += f"grant_type=client_credentials&client_id={cid}&scope=api\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
        s += json.dumps({"access_token": at, "expires_in": 3599, "token_type": "Bearer", "scope": "api"}) + "\r\n"
    return s, "txt"


# ------------------------------------------------------------------ packet captures
@carrier("packet-captures", 4, rep=2, sep="\n")
def packets(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    src, dst = ip_priv(), ip_priv()
    body = json.dumps(small_json_body())
    if i % 3 == 0:  # tcpdump -A
        s = f"tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\nlistening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n"
        s += f"{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{_num(6)} IP {src}.{R.randint(40000, 60000)} > {dst}.http: Flags [P.], seq 1:{R.randint(300, 700)}, ack 1, win 502, options [nop,nop,TS val {_num(10)} ecr {_num(10)}], length {R.randint(300, 700)}\n"
        s += "E..q..@.@.." + rs(".0123456789", 8) + "....P..k..........\n........GET " + path + " HTTP/1.1\n"
        s += f"Host: {host}\nUser-Agent: {choice(CLIENT_UAS)}\nAccept: */*\nAuthorization: Bearer {tok}\nX-Request-Id: {d.X(uuid4())}\n\n"
        s += f"{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{_num(6)} IP {dst}.http > {src}.{R.randint(40000, 60000)}: Flags [P.], seq 1:611, ack 412, win 509, length 610\n"
        s += "E.....@.?.." + rs(".0123456789", 6) + "...P.....\nHTTP/1.1 200 OK\nContent-Type: application/json\nETag: " + d.X(etag()) + "\n\n" + body + "\n"
        s += "\n2 packets captured\n2 packets received by filter\n0 packets dropped by kernel\n"
    elif i % 3 == 1:  # Wireshark Follow HTTP Stream
        s = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {choice(CLIENT_UAS)}\r\nAccept: application/json\r\nAuthorization: Bearer {tok}\r\n"
        for n, v in extra_headers(d, 2):
            s += f"{n}: {v}\r\n"
        s += f"\r\nHTTP/1.1 200 OK\r\nServer: nginx\r\nDate: {http_date()}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}"
        s += "\r\n\r\n===================================================================\r\nFollow: HTTP,text\r\nFilter: tcp.stream eq " + str(R.randint(0, 90)) + "\r\n"
    else:  # tshark -V
        s = f"Frame {R.randint(10, 9999)}: {R.randint(300, 900)} bytes on wire, {R.randint(300, 900)} bytes captured on interface eth0, id 0\n"
        s += f"Ethernet II, Src: 02:42:ac:11:00:02, Dst: 02:42:ac:11:00:03\nInternet Protocol Version 4, Src: {src}, Dst: {dst}\n"
        s += f"Transmission Control Protocol, Src Port: {R.randint(40000, 60000)}, Dst Port: 8080, Seq: 1, Ack: 1, Len: {R.randint(200, 700)}\n"
        s += "Hypertext Transfer Protocol\n"
        s += f"    GET {path} HTTP/1.1\\r\\n\n        [Expert Info (Chat/Sequence): GET {path} HTTP/1.1\\r\\n]\n        Request Method: GET\n        Request URI: {path}\n        Request Version: HTTP/1.1\n"
        s += f"    Host: {host}\\r\\n\n    Authorization: Bearer {tok}\\r\\n\n"
        s += f"    X-Trace-Id: {d.X(trace_id())}\\r\\n\n    \\r\\n\n    [Full request URI: http://{host}{path}]\n    [HTTP request 1/1]\n    [Response in frame: {R.randint(10, 9999)}]\n"
    return s, "txt"


# ------------------------------------------------------------------ API tools
@carrier("swagger-ui", 4, rep=2, sep="\n\n")
def swagger(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    body = json.dumps(small_json_body(), indent=2)
    s = "Curl\n\n"
    s += f"curl -X 'GET' \\\n  'https://{host}{path}' \\\n  -H 'accept: application/json' \\\n  -H 'Authorization: Bearer {tok}'\n\n"
    s += f"Request URL\n\nhttps://{host}{path}\n\nServer response\nCode\tDetails\n200\t\nResponse body\n\n{body}\n\nResponse headers\n\n"
    for n, v in resp_headers(d):
        s += f" {n}: {v} \n"
    s += "\nResponses\nCode\tDescription\tLinks\n200\tSuccessful Response\tNo links\n401\tUnauthorized\tNo links\n"
    s += '\nAvailable authorizations\nbearerAuth  (http, Bearer)\nJWT Authorization header using the Bearer scheme. Example: "Authorization: Bearer {token}"\nValue:\n' + "*" * 12 + "\nLogout  Close\n"
    return s, "txt"


@carrier("postman-console", 4)
def postman_console(d, i):
    out = []
    for k in range(R.randint(3, 4)):
        host, path = api_host(), api_path()
        tok = d.bearer(bearer_shape())
        out += [f"GET https://{host}{path}", choice(["200", "200", "404"]), f"{R.randint(40, 900)} ms", "Network",
                "addresses: {", f"  local: {{ address: \"{ip_priv()}\", family: \"IPv4\", port: {R.randint(50000, 65000)} }}",
                f"  remote: {{ address: \"{ip_doc()}\", family: \"IPv4\", port: 443 }}", "}", "tls: {", '  protocol: "TLSv1.3"', "}",
                "Request Headers", f"Authorization: Bearer {tok}", f"User-Agent: PostmanRuntime/7.43.0", "Accept: */*",
                f"Postman-Token: {d.X(uuid4())}", f"Host: {host}", "Accept-Encoding: gzip, deflate, br", "Connection: keep-alive",
                "Response Headers"]
        out += [f"{n.title()}: {v}" for n, v in resp_headers(d)]
        out += ["Response Body", json.dumps(small_json_body()), ""]
    if True:
        at, cat = bearer(choice(["jwt", "opaque", "hex", "okta"]))
        d.L(cat + "|generic-secret" if cat == "bearer-token" else cat, at)
        out += ['console.log("token refreshed", pm.environment.get("access_token"))',
                f'token refreshed {at}', 'POST https://auth.' + choice(API_HOSTS).split(".", 1)[1] + "/oauth/token", "200", "211 ms"]
    return "\n".join(out) + "\n", "log"


@carrier("httpie", 4, rep=2, sep="\n")
def httpie(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    if i % 2:
        s = f"$ https -v --auth-type=bearer --auth '{tok}' {host}{path}\n"
    else:
        s = f"$ http -v GET https://{host}{path} \"Authorization:Bearer {tok}\" X-Request-Id:{d.X(uuid4())}\n"
    s += f"GET {path} HTTP/1.1\nAccept: */*\nAccept-Encoding: gzip, deflate, br\nAuthorization: Bearer {tok}\nConnection: keep-alive\nHost: {host}\nUser-Agent: HTTPie/3.2.4\n\n\n"
    s += "HTTP/1.1 200 OK\n"
    for n, v in resp_headers(d):
        s += f"{n.title()}: {v}\n"
    s += "\n" + json.dumps(small_json_body(), indent=4) + "\n"
    s += "\n$ cat ~/.config/httpie/config.json\n{\n    \"default_options\": [\"--style=fruity\", \"--auth-type=bearer\", \"--auth=$API_TOKEN\"]\n}\n"
    return s, "txt"


@carrier("grpcurl", 4, rep=2, sep="\n")
def grpc(d, i):
    tok = d.bearer(bearer_shape())
    svc_ = choice(["orders.v1.OrderService/GetOrder", "billing.v2.Invoices/List", "inventory.v1.Stock/Reserve", "auth.v1.Session/Introspect"])
    if i % 2 == 0:
        s = f"$ grpcurl -v -H 'authorization: Bearer {tok}' -H 'x-request-id: {d.X(uuid4())}' -d '{{\"id\": \"{d.X(uuid4())}\"}}' grpc.{api_host().split('.', 1)[1]}:443 {svc_}\n\n"
        s += f"Resolved method descriptor:\nrpc {svc_.split('/')[1]} ( .{svc_.split('/')[0]}Request ) returns ( .{svc_.split('/')[0]}Response );\n\n"
        s += f"Request metadata to send:\nauthorization: Bearer {tok}\nx-request-id: (see above)\n\nResponse headers received:\ncontent-type: application/grpc\ndate: {http_date()}\nserver: envoy\nx-envoy-upstream-service-time: {R.randint(2, 90)}\n\n"
        s += "Response contents:\n" + json.dumps(small_json_body(), indent=2) + "\n\nResponse trailers received:\n(empty)\nSent 1 request and received 1 response\n"
    else:
        tok2 = d.bearer(bearer_shape())
        s = f"{ts_iso()} DEBUG grpc interceptor: outgoing call method=/{svc_}\n"
        s += f'{ts_iso()} DEBUG grpc interceptor: metadata=map[authorization:[Bearer {tok}] user-agent:[grpc-go/1.69.2] x-b3-traceid:[{d.X(trace_id())}]]\n'
        s += f"{ts_iso()} INFO  grpc: call completed code=OK duration={R.randint(2, 400)}ms\n"
        s += f"{ts_iso()} DEBUG server interceptor: incoming metadata: MD{{\"authorization\":[\"Bearer {tok2}\"], \":authority\":[\"{api_host()}\"], \"grpc-accept-encoding\":[\"gzip\"]}}\n"
        s += f"{ts_iso()} WARN  server interceptor: rejected: metadata authorization=[\"Bearer ****\"] code=Unauthenticated\n"
    return s, "txt"


@carrier("ws-handshakes", 4, rep=2, sep="\n")
def ws(d, i):
    host = api_host()
    tok = d.bearer(bearer_shape())
    key = d.X(base64.b64encode(R.randbytes(16)).decode())
    acc = d.X(base64.b64encode(R.randbytes(20)).decode())
    if i % 2 == 0:
        s = f"$ wscat -c wss://{host}/ws/v1/stream -H \"Authorization: Bearer {tok}\"\nConnected (press CTRL+C to quit)\n"
        s += f"< {{\"type\":\"welcome\",\"session\":\"{d.X(uuid4())}\"}}\n> {{\"op\":\"subscribe\",\"topic\":\"orders\"}}\n< {{\"op\":\"ack\",\"seq\":{R.randint(1, 99)}}}\n\n"
        s += "--- raw upgrade captured by the sidecar ---\n"
    else:
        s = "--- websocket upgrade (proxy debug) ---\n"
    s += f"GET /ws/v1/stream HTTP/1.1\nHost: {host}\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: {key}\nSec-WebSocket-Version: 13\n"
    s += f"Authorization: Bearer {tok}\nOrigin: https://app.{host.split('.', 1)[1]}\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Accept: {acc}\n"
    if True:
        tok2 = d.bearer(choice(["jwt", "opaque", "b64url"]))
        s += f"\n--- browser client (token in subprotocol) ---\nGET /realtime HTTP/1.1\nHost: rt.{host.split('.', 1)[1]}\nSec-WebSocket-Protocol: bearer, {tok2}\nSec-WebSocket-Key: {d.X(base64.b64encode(R.randbytes(16)).decode())}\n"
    return s, "txt"


@carrier("graphql-clients", 4)
def gql(d, i):
    tok = d.bearer(bearer_shape())
    host = api_host()
    if i % 3 == 0:  # Altair export
        obj = {"version": 1, "type": "window", "windowName": "Orders", "apiUrl": f"https://{host}/graphql",
               "query": "query Orders($first: Int) {\n  orders(first: $first) { edges { node { id status } } }\n}",
               "variables": "{\"first\": 20}", "subscriptionUrl": f"wss://{host}/graphql",
               "headers": [{"key": "Authorization", "value": "Bearer " + tok, "enabled": True},
                           {"key": "X-Admin-Authorization", "value": "Bearer " + d.bearer(bearer_shape()), "enabled": False},
                           {"key": "X-Request-Id", "value": d.X(uuid4()), "enabled": False}],
               "preRequestScript": "", "preRequestScriptEnabled": False}
        return json.dumps(obj, indent=2), "agq"
    if i % 3 == 1:  # graphql-request / Apollo code
        s = "import { GraphQLClient, gql } from 'graphql-request'\n\n"
        s += f"const client = new GraphQLClient('https://{host}/graphql', {{\n  headers: {{\n    authorization: 'Bearer {tok}',\n  }},\n}})\n\n"
        s += f"const adminClient = new GraphQLClient('https://admin.{host.split('.', 1)[1]}/graphql', {{ headers: {{ Authorization: `Bearer {d.bearer(bearer_shape())}` }} }})\n\n"
        s += "// Apollo link used in the web app reads it from storage instead:\n"
        s += "const authLink = setContext((_, { headers }) => ({ headers: { ...headers, authorization: `Bearer ${localStorage.getItem('token')}` } }))\n"
        return s, "ts"
    s = f"[apollo] {ts_iso()} request operation=GetInvoices url=https://{host}/graphql\n"
    s += json.dumps({"operationName": "GetInvoices", "variables": {"first": 10}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": d.X(sha256())}}}) + "\n"
    s += f"[apollo] headers: {json.dumps({'authorization': 'Bearer ' + tok, 'apollographql-client-name': 'web', 'apollographql-client-version': '3.12.4'})}\n"
    s += f"[apollo] response 200 in {R.randint(20, 400)}ms\n"
    s += f"[apollo] {ts_iso()} subscription connection_init payload={json.dumps({'authorization': 'Bearer ' + d.bearer(bearer_shape())})}\n"
    return s, "log"


# ------------------------------------------------------------------ clients' debug logs
@carrier("okhttp-logcat", 4)
def okhttp(d, i):
    pid = R.randint(1000, 30000)
    pkg = choice(["se.nordkraft.app", "io.fakturera.mobile", "pl.mebleks.sklep", "de.stadtwerke.lenz"])
    out = []
    for k in range(R.randint(3, 4)):
        host, path = api_host(), api_path()
        t = f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}"
        pre = f"{t}  {pid}-{pid + R.randint(5, 80)}  okhttp.OkHttpClient     {pkg}  I  "
        out.append(pre + f"--> GET https://{host}{path}")
        if k == 1 and R.random() < 0.5:
            out.append(pre + "Authorization: \u2588\u2588")
        else:
            out.append(pre + f"Authorization: Bearer {d.bearer(bearer_shape())}")
        out.append(pre + f"X-Device-Id: {d.X(uuid4())}")
        out.append(pre + "--> END GET")
        out.append(pre + f"<-- 200 https://{host}{path} ({R.randint(40, 900)}ms)")
        out.append(pre + "content-type: application/json")
        out.append(pre + json.dumps(small_json_body()))
        out.append(pre + "<-- END HTTP (412-byte body)")
    return "\n".join(out) + "\n", "log"


@carrier("python-http-debug", 4, rep=2, sep="\n")
def pydebug(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    if i % 2 == 0:
        s = f"DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): {host}:443\n"
        s += f"send: b'GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {tok}\\r\\nX-Request-ID: {d.X(uuid4())}\\r\\n\\r\\n'\n"
        s += "reply: 'HTTP/1.1 200 OK\\r\\n'\nheader: Content-Type: application/json\nheader: ETag: " + d.X(etag()) + "\nheader: Content-Length: 412\n"
        s += f'DEBUG:urllib3.connectionpool:https://{host}:443 "GET {path} HTTP/1.1" 200 412\n'
    else:
        s = f"{ts_iso()} DEBUG httpcore.connection connect_tcp.started host='{host}' port=443 local_address=None timeout=5.0\n"
        s += f"{ts_iso()} DEBUG httpcore.http11 send_request_headers.started request=<Request [b'GET']>\n"
        s += f"{ts_iso()} DEBUG app.client request headers: [(b'Host', b'{host}'), (b'Accept', b'*/*'), (b'Authorization', b'Bearer {tok}'), (b'User-Agent', b'python-httpx/0.28.1')]\n"
        s += f"{ts_iso()} DEBUG httpcore.http11 receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', [(b'Content-Type', b'application/json'), (b'X-Request-Id', b'{d.X(uuid4())}')])\n"
        s += f"{ts_iso()} INFO httpx HTTP Request: GET https://{host}{path} \"HTTP/1.1 200 OK\"\n"
    if True:
        tok2 = d.bearer(bearer_shape())
        s += f"\n>>> session.headers\n{{'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Bearer {tok2}'}}\n"
    s += ">>> os.environ.get('API_TOKEN') is None\nFalse\n"
    return s, "log"


@carrier("node-debug", 4, rep=2, sep="\n")
def nodedebug(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    s = f"[axios] request config {{\n  url: '{path}',\n  method: 'get',\n  baseURL: 'https://{host}',\n  headers: Object [AxiosHeaders] {{\n"
    s += f"    Accept: 'application/json, text/plain, */*',\n    'Content-Type': undefined,\n    Authorization: 'Bearer {tok}',\n    'X-Correlation-Id': '{d.X(uuid4())}',\n    'User-Agent': 'axios/1.7.9'\n  }},\n  timeout: 10000,\n  xsrfCookieName: 'XSRF-TOKEN',\n  xsrfHeaderName: 'X-XSRF-TOKEN'\n}}\n"
    if True:
        tok2 = d.bearer(bearer_shape())
        s += f"HTTP {R.randint(1000, 60000)}: outgoing message end.\nundici:request sending request to GET https://{host}/healthz\n"
        s += f"  headers: [ 'authorization', 'Bearer {tok2}', 'x-api-version', '2024-10-01' ]\n"
    s += "AxiosError: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n"
    s += f"  config: {{ headers: {{ Authorization: 'Bearer ' + process.env.SERVICE_TOKEN }} }}  // masked in prod: Authorization: 'Bearer [Filtered]'\n"
    return s, "log"


@carrier("aspnet-logging", 4, rep=2, sep="\n")
def aspnet(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    s = "info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]\n      Request:\n      Protocol: HTTP/1.1\n      Method: GET\n      Scheme: https\n      PathBase: \n"
    s += f"      Path: {path.split('?')[0]}\n      Accept: application/json\n      Host: {host}\n      User-Agent: {choice(CLIENT_UAS)}\n"
    s += f"      Authorization: Bearer {tok}\n      traceparent: {d.X(traceparent())}\n      Cookie: [Redacted]\n"
    s += f"info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[2]\n      Response:\n      StatusCode: 200\n      Content-Type: application/json; charset=utf-8\n      Date: [Redacted]\n"
    tok2 = d.bearer(bearer_shape())
    s += f"trce: System.Net.Http.HttpClient.PaymentsApi.ClientHandler[102]\n      Request Headers:\n      Authorization: Bearer {tok2}\n      X-Request-ID: {d.X(uuid4())}\n"
    s += "trce: System.Net.Http.HttpClient.LedgerApi.ClientHandler[102]\n      Request Headers:\n      Authorization: *\n"
    s += "dbug: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[9]\n      AuthenticationScheme: Bearer was not authenticated.\n"
    return s, "log"


@carrier("cli-debug", 4, rep=2, sep="\n")
def clidebug(d, i):
    k = i % 3
    if k == 0:
        tok = d.bearer("jwt")
        s = f"cli.azure.cli.core.sdk.policies: Request URL: 'https://management.azure.com/subscriptions/{d.X(uuid4())}/resourcegroups?api-version=2022-09-01'\n"
        s += "cli.azure.cli.core.sdk.policies: Request method: 'GET'\ncli.azure.cli.core.sdk.policies: Request headers:\n"
        s += f"cli.azure.cli.core.sdk.policies:     'Accept': 'application/json'\ncli.azure.cli.core.sdk.policies:     'x-ms-client-request-id': '{d.X(uuid4())}'\n"
        s += f"cli.azure.cli.core.sdk.policies:     'Authorization': 'Bearer {tok}'\n"
        s += "cli.azure.cli.core.sdk.policies:     'User-Agent': 'AZURECLI/2.52.0 (MSI) azsdk-python-core/1.28.0 Python/3.10.11 (Windows-10-10.0.22631-SP0)'\n"
        s += "cli.azure.cli.core.sdk.policies: Response status: 200\n"
        s += "\n# newer az versions print: 'Authorization': '*****'\n"
    elif k == 1:
        tok = d.bearer(choice(["jwt", "opaque", "b64url"]))
        s = f"I0{R.randint(101, 928)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{_num(6)}   {R.randint(10000, 99999)} loader.go:395] Config loaded from file:  /home/ci/.kube/config\n"
        s += f"I0{R.randint(101, 928)} 10:11:12.{_num(6)}   {R.randint(10000, 99999)} round_trippers.go:466] curl -v -XGET  -H \"Accept: application/json\" -H \"User-Agent: kubectl/v1.21.3 (linux/amd64) kubernetes/ca643a4\" -H \"Authorization: Bearer {tok}\" 'https://{ip_priv()}:6443/api/v1/namespaces/prod/pods?limit=500'\n"
        s += f"I0{R.randint(101, 928)} 10:11:12.{_num(6)}   {R.randint(10000, 99999)} round_trippers.go:553] GET https://{ip_priv()}:6443/api/v1/namespaces/prod/pods?limit=500 200 OK in 23 milliseconds\n"
        s += f"I0{R.randint(101, 928)} 10:11:13.{_num(6)}   {R.randint(10000, 99999)} round_trippers.go:466] curl -v -XGET  -H \"Authorization: Bearer <masked>\" 'https://{ip_priv()}:6443/version'\n"
    else:
        tok = d.bearer(choice(["ghs", "gho", "ghp"]))
        s = f"$ GH_DEBUG=api gh api /repos/nordkraft/infra/actions/runs --paginate\n* Request at {ts_iso()}\n* Request to https://api.github.com/repos/nordkraft/infra/actions/runs?per_page=100\n"
        s += f"> GET /repos/nordkraft/infra/actions/runs?per_page=100 HTTP/1.1\n> Host: api.github.com\n> Accept: application/vnd.github.merge-info-preview+json\n> Authorization: token \u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\n"
        s += "> User-Agent: GitHub CLI 2.63.2\n\n< HTTP/2.0 200 OK\n< X-Github-Request-Id: " + d.X(rs("0123456789ABCDEF", 4) + ":" + rs("0123456789ABCDEF", 6) + ":" + rs("0123456789ABCDEF", 7)) + "\n"
        s += f"\n# same call with curl from the runbook\ncurl -sS -H \"Authorization: Bearer {tok}\" -H \"X-GitHub-Api-Version: 2022-11-28\" https://api.github.com/repos/nordkraft/infra/actions/runs\n"
    return s, "log"


# ------------------------------------------------------------------ servers and proxies that log headers
@carrier("squid", 4)
def squid(d, i):
    out = []
    for k in range(R.randint(6, 8)):
        host, path = api_host(), api_path()
        ts = f"{R.randint(1767225600, 1798761600)}.{R.randint(100, 999)}"
        if k % 2 == 0:
            tok = d.bearer(choice(["jwt", "opaque", "hex", "b64url", "dotted", "okta", "ory", "hvs", "dop", "glpat", "ya29"]))
            hdr = f"[Host: {host}%0D%0AAuthorization: Bearer {tok}%0D%0AAccept: */*%0D%0AUser-Agent: {choice(CLIENT_UAS)}%0D%0AX-Request-Id: {d.X(uuid4())}%0D%0A]"
        else:
            hdr = f"[Host: {host}%0D%0AAccept: */*%0D%0AIf-None-Match: {d.X(etag())}%0D%0A]"
        out.append(f"{ts} {R.randint(20, 900):>6} {ip_priv()} TCP_MISS/200 {R.randint(400, 9000)} GET http://{host}{path} - HIER_DIRECT/{ip_doc()} application/json {hdr} [HTTP/1.1 200 OK%0D%0AContent-Type: application/json%0D%0A]")
    return "\n".join(out) + "\n", "log"


@carrier("iis-logs", 4)
def iis(d, i):
    s = "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2026-02-11 00:00:03\n"
    s += "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken Authorization X-Forwarded-For\n"
    for k in range(R.randint(6, 8)):
        path = api_path()
        stem, q = (path.split("?") + ["-"])[:2]
        if k % 2 == 0:
            auth = "Bearer+" + d.bearer(choice(["jwt", "opaque", "hex", "b64url", "azure", "okta"]))
        else:
            auth = "-"
        s += f"2026-02-11 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} {ip_priv()} GET {stem} {q or '-'} 443 - {ip_priv()} {choice(CLIENT_UAS).replace(' ', '+')} - {choice([200, 200, 401])} 0 0 {R.randint(5, 900)} {auth} {ip_doc()}\n"
    return s, "log"


@carrier("nginx-debug", 4, rep=2, sep="\n")
def nginxdbg(d, i):
    pid = R.randint(100, 9999)
    cn = R.randint(1, 9999)
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    t = f"2026/0{R.randint(1, 9)}/{R.randint(10, 28)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}"
    s = f"{t} [debug] {pid}#{pid}: *{cn} http request line: \"GET {path} HTTP/1.1\"\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http uri: \"{path.split('?')[0]}\"\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http header: \"Host: {host}\"\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http header: \"User-Agent: {choice(CLIENT_UAS)}\"\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http header: \"Authorization: Bearer {tok}\"\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http header: \"X-Request-ID: {d.X(rs(HEX, 32))}\"\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http header done\n"
    s += f"{t} [debug] {pid}#{pid}: *{cn} http proxy header:\n\"GET {path} HTTP/1.0\r\nHost: upstream_api\r\nConnection: close\r\nAuthorization: Bearer {tok}\r\n\r\n\"\n"
    if True:
        tok2 = d.bearer(bearer_shape())
        s += f"\n# access log with log_format authlog '$remote_addr - $remote_user [$time_local] \"$request\" $status \"$http_authorization\"';\n"
        s += f"{ip_priv()} - - [11/Feb/2026:10:02:17 +0100] \"GET {api_path()} HTTP/1.1\" 200 \"Bearer {tok2}\"\n"
        s += f"{ip_priv()} - - [11/Feb/2026:10:02:18 +0100] \"GET /healthz HTTP/1.1\" 200 \"-\"\n"
    return s, "log"


@carrier("varnishlog", 4, rep=3, sep="\n")
def varnish(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    vxid = R.randint(10000, 999999)
    s = f"*   << Request  >> {vxid}\n-   Begin          req {vxid - 1} rxreq\n-   Timestamp      Start: {R.randint(1767225600, 1798761600)}.{_num(6)} 0.000000 0.000000\n"
    s += f"-   ReqStart       {ip_priv()} {R.randint(40000, 60000)} a0\n-   ReqMethod      GET\n-   ReqURL         {path}\n-   ReqProtocol    HTTP/1.1\n"
    s += f"-   ReqHeader      Host: {host}\n-   ReqHeader      Authorization: Bearer {tok}\n-   ReqHeader      User-Agent: {choice(CLIENT_UAS)}\n"
    s += f"-   ReqHeader      X-Forwarded-For: {ip_priv()}\n-   VCL_call       RECV\n-   VCL_return     pass\n-   VCL_call       HASH\n-   VCL_return     lookup\n"
    s += f"-   RespProtocol   HTTP/1.1\n-   RespStatus     200\n-   RespHeader     ETag: {d.X(etag())}\n-   RespHeader     X-Varnish: {vxid}\n-   VCL_call       DELIVER\n-   End\n\n"
    s += f"**  << BeReq    >> {vxid + 1}\n-   BereqMethod    GET\n-   BereqURL       {path}\n-   BereqHeader    Authorization: Bearer {tok}\n-   BereqHeader    X-Varnish: {vxid + 1}\n-   End\n"
    return s, "log"


@carrier("lambda-events", 4, rep=1, sep="")
def lambdaev(d, i):
    host = choice(["wt6mne2s9k", "r3pmxmplak", "k7aq2zx1b4"]) + ".execute-api.eu-north-1.amazonaws.com"
    tok = d.bearer(bearer_shape())
    if i % 3 == 0:
        ev = {"type": "TOKEN", "authorizationToken": "Bearer " + tok,
              "methodArn": f"arn:aws:execute-api:eu-north-1:{_num(12)}:{host.split('.')[0]}/prod/GET/orders"}
    elif i % 3 == 1:
        ev = {"version": "2.0", "routeKey": "GET /orders", "rawPath": "/orders", "rawQueryString": "limit=20",
              "headers": {"accept": "application/json", "authorization": "Bearer " + tok, "host": host,
                          "x-amzn-trace-id": d.X("Root=1-" + rs(HEX, 8) + "-" + rs(HEX, 24)), "x-forwarded-proto": "https"},
              "requestContext": {"accountId": _num(12), "apiId": host.split(".")[0], "domainName": host, "http": {"method": "GET", "path": "/orders", "protocol": "HTTP/1.1", "sourceIp": ip_doc()},
                                 "requestId": d.X(rs(ALNUM, 16) + "="), "stage": "$default", "time": "11/Feb/2026:10:02:17 +0000", "timeEpoch": R.randint(1767225600, 1798761600) * 1000},
              "isBase64Encoded": False}
    else:
        ev = {"resource": "/{proxy+}", "path": "/v1/invoices", "httpMethod": "POST",
              "headers": {"Authorization": "Bearer " + tok, "Content-Type": "application/json", "Host": host},
              "multiValueHeaders": {"Authorization": ["Bearer " + tok]},
              "requestContext": {"requestId": d.X(uuid4()), "identity": {"sourceIp": ip_doc(), "userAgent": choice(CLIENT_UAS)}},
              "body": "{\"amount\": 1200}", "isBase64Encoded": False}
    ev = {"event": ev, "downstream": {"url": f"https://{api_host()}/v1/ledger", "headers": {"Authorization": "Bearer " + d.bearer(bearer_shape())}}} if i % 2 else ev
    return json.dumps(ev, indent=2), "json"


# ------------------------------------------------------------------ fixtures, recordings, test code
@carrier("vcr-cassettes", 4)
def vcr(d, i):
    host, path = api_host(), api_path()
    tok = d.bearer(bearer_shape())
    if i % 2 == 0:
        s = "---\nhttp_interactions:\n- request:\n    method: get\n    uri: https://" + host + path + "\n    body:\n      encoding: US-ASCII\n      string: ''\n    headers:\n"
        s += f"      Authorization:\n      - Bearer {tok}\n      User-Agent:\n      - Faraday v2.12.2\n      Accept-Encoding:\n      - gzip;q=1.0,deflate;q=0.6,identity;q=0.3\n"
        s += "  response:\n    status:\n      code: 200\n      message: OK\n    headers:\n      Content-Type:\n      - application/json\n      Etag:\n      - '" + d.X(etag()) + "'\n"
        s += "    body:\n      encoding: UTF-8\n      string: '" + json.dumps(small_json_body()) + "'\n  recorded_at: " + http_date() + "\n"
        s += "- request:\n    method: post\n    uri: https://" + host + "/v1/exports\n    headers:\n      Authorization:\n      - Bearer " + d.bearer(bearer_shape()) + "\n  response:\n    status:\n      code: 202\n"
        s += "- request:\n    method: get\n    uri: https://" + host + "/v1/me\n    headers:\n      Authorization:\n      - Bearer <API_TOKEN>\n  response:\n    status:\n      code: 200\n"
        s += "recorded_with: VCR 6.3.1\n"
        return s, "yml"
    s = "interactions:\n- request:\n    body: null\n    headers:\n      Accept:\n      - '*/*'\n      Accept-Encoding:\n      - gzip, deflate\n"
    s += f"      Authorization:\n      - Bearer {tok}\n      Connection:\n      - keep-alive\n      User-Agent:\n      - python-requests/2.32.3\n"
    s += f"    method: GET\n    uri: https://{host}{path}\n  response:\n    body:\n      string: '{json.dumps(small_json_body())}'\n"
    s += f"    headers:\n      Content-Type:\n      - application/json\n      X-Request-Id:\n      - {d.X(uuid4())}\n    status:\n      code: 200\n      message: OK\n"
    s += f"- request:\n    body: '{{\"status\": \"shipped\"}}'\n    headers:\n      Authorization:\n      - Bearer {d.bearer(bearer_shape())}\n    method: PATCH\n    uri: https://{host}/v1/orders/{R.randint(1000, 99999)}\n  response:\n    body:\n      string: ''\n    status:\n      code: 204\n      message: No Content\nversion: 1\n"
    return s, "yaml"


API_TEST_EXTRA = {
    "go": 'func adminRequest() *http.Request {{\n\treq := httptest.NewRequest(http.MethodDelete, "/admin/cache", nil)\n\treq.Header.Add("Authorization", "Bearer {t}")\n\treturn req\n}}\n',
    "java": 'class AdminFixtures {{\n    static final HttpHeaders ADMIN = new HttpHeaders();\n    static {{ ADMIN.setBearerAuth("{t}"); }}\n}}\n',
    "cs": 'internal static class AdminAuth\n{{\n    public static readonly AuthenticationHeaderValue Header = new("Bearer", "{t}");\n}}\n',
    "php": "function adminHeaders(): array\n{{\n    return ['Authorization' => 'Bearer {t}'];\n}}\n",
    "ex": 'defmodule ApiWeb.AdminFixtures do\n  def admin_conn(conn), do: Plug.Conn.put_req_header(conn, "authorization", "Bearer {t}")\nend\n',
    "kt": 'fun adminHeaders() = headersOf(HttpHeaders.Authorization, "Bearer {t}")\n',
    "rs": 'fn admin_client() -> reqwest::RequestBuilder {{\n    reqwest::Client::new().delete("https://{h}/admin/cache").bearer_auth("{t}")\n}}\n',
    "dart": "final adminHeaders = {{'Authorization': 'Bearer {t}'}};\n",
}


@carrier("api-tests", 9)
def apitests(d, i):
    s, ext = _apitests(d, i)
    lang = ["go", "java", "cs", "php", "ex", "kt", "rs", "dart", "hurl"][i % 9]
    if lang in API_TEST_EXTRA:
        s += "\n" + API_TEST_EXTRA[lang].format(t=d.bearer(bearer_shape()), h=api_host())
    return s, ext


def _apitests(d, i):
    lang = ["go", "java", "cs", "php", "ex", "kt", "rs", "dart", "hurl"][i % 9]
    host, path = api_host(), api_path()
    if lang == "go":
        tok = d.bearer(bearer_shape())
        s = f'package orders_test\n\nimport (\n\t"net/http"\n\t"net/http/httptest"\n\t"testing"\n)\n\nfunc TestListOrders(t *testing.T) {{\n\treq := httptest.NewRequest(http.MethodGet, "{path}", nil)\n\treq.Header.Set("Authorization", "Bearer {tok}")\n\treq.Header.Set("X-Request-Id", "{d.X(uuid4())}")\n\trr := httptest.NewRecorder()\n\trouter().ServeHTTP(rr, req)\n\tif rr.Code != http.StatusOK {{\n\t\tt.Fatalf("status %d", rr.Code)\n\t}}\n}}\n'
        s += '\nfunc TestRejectsBadToken(t *testing.T) {\n\treq := httptest.NewRequest(http.MethodGet, "/v1/orders", nil)\n\treq.Header.Set("Authorization", "Bearer invalid")\n}\n'
        return s, "go"
    if lang == "java":
        tok = d.bearer(bearer_shape())
        return (f'@SpringBootTest\n@AutoConfigureMockMvc\nclass OrderControllerIT {{\n\n    @Autowired MockMvc mvc;\n\n    @Test\n    void listsOrders() throws Exception {{\n'
                f'        mvc.perform(get("{path.split("?")[0]}")\n                .header(HttpHeaders.AUTHORIZATION, "Bearer {tok}")\n                .header("Idempotency-Key", "{d.X(uuid4())}"))\n'
                f'            .andExpect(status().isOk());\n    }}\n\n    @Test\n    void rejectsMissingToken() throws Exception {{\n        mvc.perform(get("/v1/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + System.getenv("IT_TOKEN")))\n            .andExpect(status().isUnauthorized());\n    }}\n}}\n'), "java"
    if lang == "cs":
        tok = d.bearer(bearer_shape())
        return (f'public class InvoicesApiTests : IClassFixture<WebApplicationFactory<Program>>\n{{\n    [Fact]\n    public async Task Get_ReturnsInvoices()\n    {{\n        var client = _factory.CreateClient();\n'
                f'        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{tok}");\n        var resp = await client.GetAsync("{path}");\n        resp.EnsureSuccessStatusCode();\n    }}\n}}\n'), "cs"
    if lang == "php":
        tok = d.bearer(bearer_shape())
        return (f"<?php\n\nclass ShipmentApiTest extends TestCase\n{{\n    public function test_track(): void\n    {{\n        $response = $this->withHeaders([\n            'Authorization' => 'Bearer {tok}',\n            'X-Request-Id' => '{d.X(uuid4())}',\n        ])->getJson('{path}');\n\n        $response->assertOk();\n    }}\n\n    public function test_guest(): void\n    {{\n        $this->withToken(env('TEST_API_TOKEN'))->getJson('/api/v1/me')->assertUnauthorized();\n    }}\n}}\n"), "php"
    if lang == "ex":
        tok = d.bearer(bearer_shape())
        return (f'defmodule ApiWeb.OrderControllerTest do\n  use ApiWeb.ConnCase\n\n  test "GET /api/orders", %{{conn: conn}} do\n    conn =\n      conn\n      |> put_req_header("authorization", "Bearer {tok}")\n      |> get(~p"/api/orders")\n\n    assert json_response(conn, 200)["data"]\n  end\nend\n'), "exs"
    if lang == "kt":
        tok = d.bearer(bearer_shape())
        return (f'class ClientTest {{\n    private val client = HttpClient(CIO) {{\n        install(Auth) {{\n            bearer {{\n                loadTokens {{ BearerTokens("{tok}", "") }}\n            }}\n        }}\n    }}\n\n    @Test\n    fun fetchesMe() = runTest {{\n        val r = client.get("https://{host}/api/users/me")\n        assertEquals(HttpStatusCode.OK, r.status)\n    }}\n}}\n'), "kt"
    if lang == "rs":
        tok = d.bearer(bearer_shape())
        return (f'#[tokio::test]\nasync fn lists_items() {{\n    let client = reqwest::Client::new();\n    let resp = client\n        .get("https://{host}{path}")\n        .bearer_auth("{tok}")\n        .header("x-request-id", "{d.X(uuid4())}")\n        .send()\n        .await\n        .unwrap();\n    assert!(resp.status().is_success());\n}}\n'), "rs"
    if lang == "dart":
        tok = d.bearer(bearer_shape())
        return (f"void main() {{\n  test('fetch catalog', () async {{\n    final r = await http.get(\n      Uri.parse('https://{host}{path}'),\n      headers: {{'Authorization': 'Bearer {tok}', 'Accept': 'application/json'}},\n    );\n    expect(r.statusCode, 200);\n  }});\n}}\n"), "dart"
    tok = d.bearer(bearer_shape())
    tok2 = d.bearer(bearer_shape())
    return (f"# smoke.hurl\nGET https://{host}{path}\nAuthorization: Bearer {tok}\nAccept: application/json\nHTTP 200\n[Asserts]\njsonpath \"$.status\" == \"open\"\n\n"
            f"POST https://{host}/v1/exports\nAuthorization: Bearer {tok2}\nIdempotency-Key: {d.X(uuid4())}\n{{\"format\": \"csv\"}}\nHTTP 202\n\n"
            "GET https://{{host}}/v1/me\nAuthorization: Bearer {{token}}\nHTTP 200\n"), "hurl"


# ------------------------------------------------------------------ CI
@carrier("azure-pipelines", 4, rep=2, sep="")
def azp(d, i):
    host = api_host()
    tok = d.bearer(bearer_shape())
    t = f"2026-0{R.randint(1, 9)}-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{_num(7)}Z"
    s = f"{t} ##[section]Starting: Smoke test deployed API\n{t} ==============================================================================\n"
    s += f"{t} Task         : Command line\n{t} Version      : 2.250.1\n{t} ==============================================================================\n"
    s += f"{t} Generating script.\n{t} ========================== Starting Command Output ===========================\n"
    s += f"{t} [command]/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/{d.X(uuid4())}.sh\n"
    s += f"{t} *   Trying {ip_doc()}:443...\n{t} * Connected to {host} ({ip_doc()}) port 443\n"
    s += f"{t} > GET /v1/health/deep HTTP/2\n{t} > Host: {host}\n{t} > user-agent: curl/8.5.0\n{t} > authorization: Bearer {tok}\n{t} > accept: */*\n"
    s += f"{t} < HTTP/2 200\n{t} < x-request-id: {d.X(uuid4())}\n"
    s += f"{t} ##[debug]Evaluating condition for step: 'Smoke test deployed API'\n"
    s += f"{t} ##[debug]SYSTEM_ACCESSTOKEN=***\n"
    if True:
        tok2 = d.bearer(bearer_shape())
        s += f"{t} ##[debug]Processed: ##vso[task.setvariable variable=API_BEARER;issecret=false]{tok2}\n"
        s += f"{t} curl -fsS -H \"Authorization: Bearer {tok2}\" https://{api_host()}/v1/deployments\n"
    s += f"{t} ##[section]Finishing: Smoke test deployed API\n"
    return s, "log"


# ------------------------------------------------------------------ chat and tickets (mixed categories)
@carrier("jira-export", 4)
def jira(d, i):
    key = f"{choice(['OPS', 'PAY', 'PLAT', 'SUP'])}-{R.randint(100, 9999)}"
    host = api_host()
    tok = d.bearer(bearer_shape())
    f, l = name()
    em = d.L("email", email(f, l))
    desc = (f"h3. Steps to reproduce\n# Log in as the integration user\n# Run:\n{{code:bash}}\ncurl -i https://{host}/v1/orders -H \"Authorization: Bearer {tok}\"\n{{code}}\n"
            f"# Expected 200, got 403 with WWW-Authenticate: Bearer error=\"insufficient_scope\"\n\nRequest id {d.X(uuid4())}, trace {d.X(trace_id())}.\n")
    s = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="0.92">\n<channel>\n<title>Jira</title>\n<item>\n'
    s += f"<title>[{key}] Integration user gets 403 on /v1/orders</title>\n<key id=\"{R.randint(10000, 99999)}\">{key}</key>\n"
    s += f"<description>{xml(desc)}</description>\n<reporter username=\"{f.lower()}\">{f} {l}</reporter>\n"
    s += f"<comments>\n<comment id=\"{R.randint(10000, 99999)}\" author=\"{f.lower()}\" created=\"{http_date()}\">{xml('Contact me at ' + em + ' if you need the HAR.')}</comment>\n"
    s += f"<comment id=\"{R.randint(10000, 99999)}\" author=\"{f.lower()}\" created=\"{http_date()}\">{xml('Same with the staging token: Authorization: Bearer ' + d.bearer(bearer_shape()))}</comment>\n"
    s += f"<comment id=\"{R.randint(10000, 99999)}\" author=\"svc-jira\" created=\"{http_date()}\">{xml('Please rotate the token above and paste only Bearer <redacted> next time.')}</comment>\n</comments>\n"
    s += "</item>\n</channel>\n</rss>\n"
    return s, "xml"
