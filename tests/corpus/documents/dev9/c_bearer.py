"""Bearer tokens: HTTP/2 dumps, gateways and proxies, gRPC, WebSocket, GraphQL,
SDK debug logs, devtools copies, API-client exports, configs, fixtures, prose,
errors."""
import datetime
import json

from gen_common import (carrier, jdump, jesc, pct, HOSTS, COMPANY_DOMAINS, TENANTS, B64U, HEX,
                        LALNUM, DIG, ALNUM, b64s)

UAS = ["okhttp/4.12.0", "python-requests/2.32.3", "axios/1.7.2", "Go-http-client/2.0",
       "Dart/3.4 (dart:io)", "curl/8.5.0", "grpc-java-netty/1.63.0", "PostmanRuntime/7.39.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "Apache-HttpClient/5.3 (Java/21.0.3)", "Ruby", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
       "Reactor Netty/1.1.19", "insomnia/9.2.0", "Bruno/v1.20.0"]
PATHS = ["/v1/orders?limit=50", "/v2/customers/88121/invoices", "/api/shipments/track?ref=SE48213",
         "/v1/me", "/api/v3/reports/daily?from=2025-03-01&to=2025-03-31", "/oauth2/userinfo",
         "/v1/payouts?status=pending", "/internal/deps", "/api/projects/42/builds?page=2",
         "/v1/accounts/acc_7Q2/balance", "/api/v2/tickets/19022/comments", "/v1/files/upload-url",
         "/api/inventory/sku/883120", "/v1/webhooks/endpoints", "/api/users/search?q=lind"]
DOC_IPS = ["203.0.113.%d", "198.51.100.%d", "192.0.2.%d"]


def host(d):
    return d.pick(HOSTS)


def docip(d):
    return d.pick(DOC_IPS) % d.r.randint(2, 250)


def priv(d):
    return "10.%d.%d.%d" % (d.r.randint(0, 40), d.r.randint(0, 255), d.r.randint(2, 250))


# ---------------------------------------------------------------- HTTP/2 ---
@carrier("http2/nghttp-{i}.txt", 2)
def nghttp(d):
    out = []
    t = 0.02
    for k in range(2):
        h, p = host(d), d.pick(PATHS)
        tok = d.bearer()
        out.append("$ nghttp -nv -H 'authorization: Bearer %s' https://%s%s" % (tok, h, p))
        t += 0.01
        out.append("[%8.3f] Connected" % t)
        out.append("The negotiated protocol: h2")
        out.append("[%8.3f] send SETTINGS frame <length=12, flags=0x00, stream_id=0>\n          (niv=2)\n"
                   "          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):100]\n          [SETTINGS_INITIAL_WINDOW_SIZE(0x04):65535]" % (t + 0.018))
        for sid, w in ((3, 201), (5, 101), (7, 1), (9, 1), (11, 1)):
            out.append("[%8.3f] send PRIORITY frame <length=5, flags=0x00, stream_id=%d>\n          (dep_stream_id=0, weight=%d, exclusive=0)" % (t + 0.018, sid, w))
        out.append("[%8.3f] send HEADERS frame <length=%d, flags=0x25, stream_id=13>\n"
                   "          ; END_STREAM | END_HEADERS | PRIORITY\n"
                   "          (padlen=0, dep_stream_id=11, weight=16, exclusive=0)\n"
                   "          ; Open new stream\n"
                   "          :method: GET\n          :path: %s\n          :scheme: https\n          :authority: %s\n"
                   "          accept: */*\n          accept-encoding: gzip, deflate\n          user-agent: nghttp2/1.59.0\n"
                   "          authorization: Bearer %s" % (t + 0.018, d.r.randint(180, 900), p, h, tok))
        t += 0.05
        rid = d.lk_uuid()
        out.append("[%8.3f] recv SETTINGS frame <length=18, flags=0x00, stream_id=0>\n          (niv=3)\n"
                   "          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):128]\n          [SETTINGS_INITIAL_WINDOW_SIZE(0x04):65536]\n"
                   "          [SETTINGS_MAX_FRAME_SIZE(0x05):16777215]" % t)
        out.append("[%8.3f] recv WINDOW_UPDATE frame <length=4, flags=0x00, stream_id=0>\n          (window_size_increment=2147418112)" % t)
        out.append("[%8.3f] send SETTINGS frame <length=0, flags=0x01, stream_id=0>\n          ; ACK\n          (niv=0)" % t)
        status = d.pick(["200", "200", "401", "403"])
        out.append("[%8.3f] recv (stream_id=13) :status: %s\n[%8.3f] recv (stream_id=13) content-type: application/json\n"
                   "[%8.3f] recv (stream_id=13) x-request-id: %s\n[%8.3f] recv (stream_id=13) etag: W/%s\n"
                   "[%8.3f] recv HEADERS frame <length=96, flags=0x04, stream_id=13>\n          ; END_HEADERS\n"
                   "          (padlen=0)\n          ; First response header" % (t, status, t, t, rid, t, d.lk_etag(), t))
        out.append("[%8.3f] recv DATA frame <length=%d, flags=0x01, stream_id=13>\n          ; END_STREAM" % (t + 0.004, d.r.randint(60, 3000)))
        out.append("[%8.3f] send GOAWAY frame <length=8, flags=0x00, stream_id=0>\n          (last_stream_id=0, error_code=NO_ERROR(0x00), opaque_data(0)=[])\n" % (t + 0.005))
    return "\n".join(out)


@carrier("http2/curl-http2-{i}.txt", 2)
def curl_h2(d):
    h, p = host(d), d.pick(PATHS)
    tok = d.bearer()
    ip = docip(d)
    ver = d.pick(["8.5.0", "8.7.1", "8.9.1", "8.11.0"])
    status = d.pick(["200", "200", "201", "401"])
    rid = d.lk_uuid()
    body = '{"error":"invalid_token","error_description":"The access token expired"}' if status == "401" else \
        '{"data":[{"id":"%s","status":"open"}],"next_cursor":"%s"}' % (d.lk_uuid(), d.lk_b64(24))
    extra = ""
    if d.i == 2:
        tok2 = d.bearer()
        extra = ("\n$ # retry with the service token from the vault\n$ curl -s --http2 -H \"authorization: Bearer %s\" https://%s%s | jq .data[0].id\n\"%s\"\n" % (tok2, h, p, d.lk_uuid()))
    return """$ curl -sv --http2 'https://{h}{p}' -H 'accept: application/json' -H 'authorization: Bearer {tok}'
* Host {h}:443 was resolved.
* IPv6: (none)
* IPv4: {ip}
*   Trying {ip}:443...
* Connected to {h} ({ip}) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
*  CAfile: /etc/ssl/certs/ca-certificates.crt
*  CApath: /etc/ssl/certs
* TLSv1.3 (IN), TLS handshake, Server hello (2):
* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):
* TLSv1.3 (IN), TLS handshake, Certificate (11):
* TLSv1.3 (IN), TLS handshake, CERT verify (15):
* TLSv1.3 (IN), TLS handshake, Finished (20):
* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):
* TLSv1.3 (OUT), TLS handshake, Finished (20):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey
* ALPN: server accepted h2
* Server certificate:
*  subject: CN={h}
*  start date: Jan 12 08:14:03 2025 GMT
*  expire date: Apr 12 08:14:02 2025 GMT
*  subjectAltName: host "{h}" matched cert's "{h}"
*  issuer: C=US; O=Let's Encrypt; CN=E6
*  SSL certificate verify ok.
*   Certificate level 0: Public key type EC/prime256v1 (256/128 Bits/secBits), signed using ecdsa-with-SHA384
* using HTTP/2
* [HTTP/2] [1] OPENED stream for https://{h}{p}
* [HTTP/2] [1] [:method: GET]
* [HTTP/2] [1] [:scheme: https]
* [HTTP/2] [1] [:authority: {h}]
* [HTTP/2] [1] [:path: {p}]
* [HTTP/2] [1] [user-agent: curl/{ver}]
* [HTTP/2] [1] [accept: application/json]
* [HTTP/2] [1] [authorization: Bearer {tok}]
> GET {p} HTTP/2
> Host: {h}
> User-Agent: curl/{ver}
> accept: application/json
> authorization: Bearer {tok}
>
* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):
< HTTP/2 {status}
< content-type: application/json; charset=utf-8
< date: Tue, 04 Mar 2025 09:{mm}:{ss} GMT
< x-request-id: {rid}
< strict-transport-security: max-age=63072000
<
{body}
* Connection #0 to host {h} left intact
{extra}""".format(h=h, p=p, tok=tok, ip=ip, ver=ver, status=status, rid=rid, body=body,
                  mm="%02d" % d.r.randint(0, 59), ss="%02d" % d.r.randint(0, 59), extra=extra)


@carrier("http2/tshark-http2-{i}.txt", 1)
def tshark(d):
    out = []
    for k in range(2):
        h, p = host(d), d.pick(PATHS)
        tok = d.bearer()
        fr = d.r.randint(100, 9000)
        hdrs = [(":method", "GET"), (":scheme", "https"), (":authority", h), (":path", p),
                ("user-agent", d.pick(UAS)), ("accept", "application/json"), ("authorization", "Bearer " + tok)]
        blk = d.hx(24)
        out.append("Frame %d: %d bytes on wire (%d bits), %d bytes captured\n"
                   "Transmission Control Protocol, Src Port: %d, Dst Port: 443, Seq: 518, Ack: 1735, Len: %d\n"
                   "Transport Layer Security\n"
                   "HyperText Transfer Protocol 2\n"
                   "    Stream: HEADERS, Stream ID: %d, Length %d, GET %s\n"
                   "        Length: %d\n        Type: HEADERS (1)\n        Flags: 0x25, Priority, End Headers, End Stream\n"
                   "        0... .... .... .... .... .... .... .... = Reserved: 0x0\n"
                   "        .000 0000 0000 0000 0000 0000 0000 %s = Stream Identifier: %d\n"
                   "        [Pad Length: 0]\n        Header Block Fragment: %s...\n"
                   "        [Header Length: %d]\n        [Header Count: %d]" % (
                       fr, 400 + k, (400 + k) * 8, 400 + k, d.r.randint(40000, 60000), 300 + k, 2 * k + 1, 280,
                       p, 280, format(2 * k + 1, "04b"), 2 * k + 1, d.lk(blk), 520, len(hdrs)))
        for n, v in hdrs:
            out.append("        Header: %s: %s\n            Name Length: %d\n            Name: %s\n"
                       "            Value Length: %d\n            Value: %s\n            [Unescaped: %s]\n"
                       "            Representation: Literal Header Field without Indexing - Indexed Name" % (
                           n, v, len(n), n, len(v), v, v))
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- gateways ---
@carrier("gateway/envoy-debug-{i}.log", 1)
def envoy_debug(d):
    nxt = d.clock()
    out = []
    for k in range(5):
        t = nxt()
        cid, sid = d.r.randint(10, 900), d.r.randint(10**18, 10**19)
        h, p = host(d), d.pick(PATHS)
        hd = "':authority', '%s'\n':path', '%s'\n':method', 'GET'\n':scheme', 'https'\n" % (h, p)
        if k == 1:
            hd += "'authorization', 'Basic %s'\n" % d.lab("basic-auth", b64s("%s:%s" % (d.pick(["svc-sync", "reporter", "etl"]), d.pw(cat="", syms="!.-_"))))
        else:
            hd += "'authorization', 'Bearer %s'\n" % d.bearer()
        hd += "'user-agent', '%s'\n'x-forwarded-proto', 'https'\n'x-request-id', '%s'\n'x-envoy-expected-rq-timeout-ms', '15000'" % (d.pick(UAS), d.lk_uuid())
        ts = t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        out.append("[%s][%d][debug][http] [source/common/http/conn_manager_impl.cc:1135] [Tags: \"ConnectionId\":\"%d\",\"StreamId\":\"%d\"] request headers complete (end_stream=true):\n%s" % (ts, d.r.randint(10, 99), cid, sid, hd))
        out.append("[%s][%d][debug][router] [source/common/router/router.cc:514] [Tags: \"ConnectionId\":\"%d\",\"StreamId\":\"%d\"] cluster 'svc_backend' match for URL '%s'" % (ts, d.r.randint(10, 99), cid, sid, p.split("?")[0]))
        out.append("[%s][%d][debug][http] [source/common/http/conn_manager_impl.cc:1820] [Tags: \"ConnectionId\":\"%d\",\"StreamId\":\"%d\"] encoding headers via codec (end_stream=false):\n':status', '%s'\n'content-type', 'application/json'\n'x-envoy-upstream-service-time', '%d'\n'server', 'envoy'\n" % (ts, d.r.randint(10, 99), cid, sid, d.pick(["200", "200", "401"]), d.r.randint(2, 90)))
    return "\n".join(out)


@carrier("gateway/envoy-access-{i}.log", 2)
def envoy_access(d):
    nxt = d.clock()
    out = ["# access_log format: [%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\" \"%REQ(AUTHORIZATION)%\""]
    toks = {}
    for k in range(14):
        t = nxt()
        if k not in (2, 5, 6) and k % 12 not in toks:
            toks[k % 12] = d.bearer()
        auth = "-" if k in (2, 6) else ("Bearer " + toks[k % 12] if k != 5 else "")
        if k == 5:
            auth = "Bearer " + d.lk("<redacted>")
        xff = d.ip() if k % 3 != 2 else priv(d)
        out.append('[%s] "%s %s HTTP/2" %s - %d %d %d "%s" "%s" "%s" "%s" "%s:8080" "%s"' % (
            t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % d.r.randint(0, 999), d.pick(["GET", "GET", "POST"]),
            d.pick(PATHS), d.pick(["200", "200", "204", "401", "503"]), d.r.randint(0, 900), d.r.randint(0, 9000),
            d.r.randint(1, 400), xff, d.pick(UAS), d.lk_uuid(), host(d), priv(d), auth))
    return "\n".join(out)


@carrier("gateway/kong-file-log-{i}.jsonl", 1)
def kong(d):
    out = []
    for k in range(10):
        h, p = host(d), d.pick(PATHS)
        ua = d.pick(UAS)
        hdrs = {"accept": "application/json", "host": h, "user-agent": ua, "x-forwarded-proto": "https"}
        if k == 2:
            hdrs["authorization"] = "Bearer " + d.lk("REDACTED")
        else:
            hdrs["authorization"] = "Bearer " + d.bearer()
        rec = {"request": {"method": "GET", "uri": p, "url": "https://%s:443%s" % (h, p), "size": d.r.randint(200, 900),
                           "querystring": {}, "headers": hdrs,
                           "tls": {"version": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384", "client_verify": "NONE"}},
               "upstream_uri": p.split("?")[0], "response": {"status": d.pick([200, 200, 401, 429]), "size": d.r.randint(300, 9000),
                                                              "headers": {"content-type": "application/json", "x-kong-upstream-latency": str(d.r.randint(3, 90))}},
               "tries": [{"balancer_latency": 0, "port": 8080, "balancer_start": 1741080000000 + d.r.randint(0, 10**7), "ip": priv(d)}],
               "client_ip": d.ip(), "latencies": {"request": d.r.randint(5, 120), "kong": d.r.randint(0, 4), "proxy": d.r.randint(5, 110)},
               "service": {"host": "orders.internal", "name": "orders-svc", "id": d.lk_uuid(), "protocol": "http"},
               "route": {"paths": ["/v1"], "name": "orders-v1", "id": d.lk_uuid()},
               "started_at": 1741080000000 + d.r.randint(0, 10**8)}
        out.append(json.dumps(rec, separators=(",", ":")))
    return "\n".join(out)


@carrier("gateway/traefik-access-{i}.json", 1)
def traefik(d):
    out = []
    nxt = d.clock()
    for k in range(10):
        t = nxt()
        ip = d.ip()
        rec = {"ClientAddr": "%s:%d" % (ip, d.r.randint(1024, 65000)), "ClientHost": ip, "ClientPort": str(d.r.randint(1024, 65000)),
               "ClientUsername": "-", "DownstreamContentSize": d.r.randint(100, 9000), "DownstreamStatus": d.pick([200, 200, 401]),
               "Duration": d.r.randint(10**6, 10**8), "OriginStatus": 200, "RequestAddr": host(d), "RequestHost": host(d),
               "RequestMethod": "GET", "RequestPath": d.pick(PATHS), "RequestProtocol": "HTTP/2.0", "RequestScheme": "https",
               "RetryAttempts": 0, "RouterName": "api-router@kubernetescrd", "ServiceName": "default-api-8080@kubernetescrd",
               "StartUTC": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "entryPointName": "websecure", "level": "info", "msg": "",
               "request_Authorization": "Bearer " + (d.bearer() if k != 3 else d.lk("***")),
               "request_User-Agent": d.pick(UAS), "time": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
        out.append(json.dumps(rec, separators=(",", ":")))
    return "\n".join(out)


@carrier("gateway/haproxy-{i}.log", 1)
def haproxy(d):
    nxt = d.clock()
    out = []
    for k in range(14):
        t = nxt()
        ip = d.ip()
        if k == 4:
            cap = "{-|%s}" % d.pick(UAS)
        else:
            cap = "{Bearer %s|%s}" % (d.bearer(), d.pick(UAS)[:40])
        out.append("%s lb%d haproxy[%d]: %s:%d [%s] fe_https~ be_api/api%d 0/0/%d/%d/%d %s %d - - ---- %d/%d/%d/%d/0 0/0 %s \"%s %s HTTP/1.1\"" % (
            t.strftime("%b %d %H:%M:%S"), d.i, 1200 + d.i, ip, d.r.randint(1024, 65000),
            t.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % d.r.randint(0, 999), d.r.randint(1, 4), d.r.randint(0, 3),
            d.r.randint(5, 90), d.r.randint(5, 95), d.pick(["200", "200", "401", "502"]), d.r.randint(100, 8000),
            d.r.randint(50, 300), d.r.randint(40, 290), d.r.randint(1, 20), d.r.randint(1, 9), cap,
            d.pick(["GET", "POST"]), d.pick(PATHS)))
    return "# capture request header Authorization len 512\n# capture request header User-Agent len 64\n" + "\n".join(out)


@carrier("gateway/apache-authz-{i}.log", 1)
def apache(d):
    nxt = d.clock()
    out = []
    for k in range(12):
        t = nxt()
        if k == 3:
            a = "Basic " + d.lab("basic-auth", b64s("%s:%s" % (d.pick(["deploy", "monitor", "admin"]), d.pw(cat="", syms="!.-_#"))))
        elif k == 5:
            a = "-"
        else:
            a = "Bearer " + d.bearer()
        out.append('%s - - [%s] "%s %s HTTP/1.1" %s %d "-" "%s" "%s" %d' % (
            d.ip(), t.strftime("%d/%b/%Y:%H:%M:%S +0100"), d.pick(["GET", "GET", "PUT"]), d.pick(PATHS),
            d.pick(["200", "200", "401", "404"]), d.r.randint(100, 9000), d.pick(UAS), a, d.r.randint(1000, 90000)))
    return "\n".join(out)


@carrier("gateway/lambda-authorizer-{i}.log", 1)
def lambda_auth(d):
    nxt = d.clock()
    out = []
    for k in range(5):
        rid = d.lk_uuid()
        t = nxt()
        tok = d.jwt(kind=d.pick(["cognito", "auth0", "okta"]))
        arn = "arn:aws:execute-api:eu-north-1:%s:%s/prod/GET/orders" % (d.s(12, DIG), d.s(10, LALNUM))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % d.r.randint(0, 999)
        out.append("START RequestId: %s Version: $LATEST" % rid)
        out.append("%s\t%s\tINFO\tReceived event: {\"type\":\"TOKEN\",\"authorizationToken\":\"Bearer %s\",\"methodArn\":\"%s\"}" % (ts, rid, tok, arn))
        out.append("%s\t%s\tINFO\tPolicy: Allow principalId=%s" % (ts, rid, d.lk_uuid()))
        out.append("END RequestId: %s" % rid)
        out.append("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 128 MB\tMax Memory Used: %d MB\t" % (
            rid, d.r.uniform(2, 80), d.r.randint(3, 81), d.r.randint(60, 90)))
    # the API Gateway execution log beside it masks the header
    out.append("%s\t(%s) Method request headers: {Authorization=****************%s, Host=%s.execute-api.eu-north-1.amazonaws.com, X-Forwarded-Proto=https}" % (
        nxt().strftime("%Y-%m-%dT%H:%M:%S.000Z"), d.lk_uuid(), d.s(4), d.s(10, LALNUM)))
    return "\n".join(out)


@carrier("gateway/ingress-nginx-{i}.log", 1)
def ingress(d):
    nxt = d.clock()
    out = ["# log-format-upstream: $remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_length $request_time [$proxy_upstream_name] $upstream_addr $req_id auth=\"$http_authorization\""]
    for k in range(10):
        t = nxt()
        a = "Bearer " + d.bearer() if k != 2 else ""
        out.append('%s - - [%s] "GET %s HTTP/2.0" %s %d "-" "%s" %d %.3f [default-api-80] %s:8080 %s auth="%s"' % (
            d.ip(), t.strftime("%d/%b/%Y:%H:%M:%S +0000"), d.pick(PATHS), d.pick(["200", "200", "401"]), d.r.randint(100, 9000),
            d.pick(UAS), d.r.randint(200, 900), d.r.uniform(0.001, 0.4), priv(d), d.lk_md5(), a))
    return "\n".join(out)


# ---------------------------------------------------------------- gRPC ---
@carrier("grpc/grpcurl-{i}.txt", 1)
def grpcurl(d):
    tok = d.bearer()
    oid = "ord_" + d.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    return """$ grpcurl -v -H 'authorization: Bearer {tok}' -d '{{"order_id": "{oid}"}}' grpc.{dom}:443 orders.v1.OrderService/GetOrder

Resolved method descriptor:
// Returns a single order by id.
rpc GetOrder ( .orders.v1.GetOrderRequest ) returns ( .orders.v1.Order );

Request metadata to send:
authorization: Bearer {tok}

Response headers received:
content-type: application/grpc
date: Wed, 05 Mar 2025 14:{mm}:09 GMT
grpc-accept-encoding: identity, deflate, gzip
server: envoy
x-envoy-upstream-service-time: {ms}

Response contents:
{{
  "orderId": "{oid}",
  "status": "STATUS_SHIPPED",
  "totalMinor": "{amt}",
  "currency": "SEK",
  "trackingRef": "{trk}"
}}

Response trailers received:
(empty)
Sent 1 request and received 1 response
""".format(tok=tok, oid=oid, dom=d.pick(COMPANY_DOMAINS), mm="%02d" % d.r.randint(0, 59), ms=d.r.randint(3, 60),
           amt=d.r.randint(1000, 900000), trk=d.lk_digits(18))


@carrier("grpc/orders_client.py", 1)
def grpc_py(d):
    tok = d.bearer(assigned=True)
    tok2 = d.bearer(assigned=True)
    return '''"""Small gRPC client used by the nightly reconciliation job."""
import grpc

from orders.v1 import orders_pb2, orders_pb2_grpc

TARGET = "grpc.{dom}:443"
# TODO(ops): move to the secret store before the next release
SERVICE_TOKEN = "{tok}"


def stub():
    creds = grpc.composite_channel_credentials(
        grpc.ssl_channel_credentials(),
        grpc.access_token_call_credentials("{tok2}"),
    )
    return orders_pb2_grpc.OrderServiceStub(grpc.secure_channel(TARGET, creds))


def get_order(order_id: str):
    s = stub()
    return s.GetOrder(
        orders_pb2.GetOrderRequest(order_id=order_id),
        metadata=(("authorization", "Bearer " + SERVICE_TOKEN), ("x-request-id", "{rid}")),
        timeout=5,
    )
'''.format(dom=d.pick(COMPANY_DOMAINS), tok=tok, tok2=tok2, rid=d.lk_uuid())


@carrier("grpc/grpc-go-interceptor-{i}.log", 1)
def grpc_go(d):
    nxt = d.clock()
    out = []
    for k in range(7):
        t = nxt()
        m = d.pick(["/payments.v2.Ledger/PostEntry", "/orders.v1.OrderService/ListOrders", "/users.v1.Directory/Lookup"])
        a = "[Bearer %s]" % d.bearer() if k != 1 else "[]"
        out.append('%s INFO unary call method=%s peer=%s:%d md=map[:authority:[grpc.internal:443] authorization:%s content-type:[application/grpc] grpc-accept-encoding:[gzip] user-agent:[grpc-go/1.64.0] x-b3-traceid:[%s]] dur=%dms code=%s' % (
            t.strftime("%Y/%m/%d %H:%M:%S.%f")[:-3], m, priv(d), d.r.randint(30000, 60000), a, d.lk(d.hx(32)),
            d.r.randint(1, 90), d.pick(["OK", "OK", "Unauthenticated", "DeadlineExceeded"])))
    return "\n".join(out)


@carrier("grpc/ghz-config.json", 1)
def ghz(d):
    return jdump({"proto": "./protos/inventory.proto", "call": "inventory.v1.Stock.Reserve", "total": 20000,
                  "concurrency": 50, "timeout": "10s",
                  "metadata": {"authorization": "Bearer " + d.bearer(), "x-tenant": d.pick(TENANTS)},
                  "data": {"sku": "SKU-%d" % d.r.randint(10000, 99999), "qty": 1},
                  "host": "grpc.%s:443" % d.pick(COMPANY_DOMAINS), "insecure": False})


@carrier("grpc/evans-session.txt", 1)
def evans(d):
    tok = d.bearer()
    return """$ evans --host grpc.{dom} --port 443 --tls -r repl

  ______
 |  ____|
 | |__    __   __   __ _   _ __    ___
 |  __|   \\ \\ / /  / _. | | '_ \\  / __|
 | |____   \\ V /  | (_| | | | | | \\__ \\
 |______|   \\_/    \\__,_| |_| |_| |___/

 more expressive universal gRPC client

users.v1.Directory@grpc.{dom}:443> header authorization="Bearer {tok}"
users.v1.Directory@grpc.{dom}:443> show header
{table}

users.v1.Directory@grpc.{dom}:443> call Lookup
user_id (TYPE_STRING) => {uid}
{{
  "displayName": "service account",
  "active": true
}}
""".format(dom=d.pick(COMPANY_DOMAINS), tok=tok, uid=d.lk_uuid(), table=_table([("authorization", "Bearer " + tok), ("grpc-client", "evans")]))


def _table(rows):
    w1 = max(len(a) for a, _ in rows + [("KEY", "")]) + 2
    w2 = max(len(b) for _, b in rows + [("", "VAL")]) + 2
    sep = "+" + "-" * w1 + "+" + "-" * w2 + "+"
    out = [sep, "|" + "KEY".center(w1) + "|" + "VAL".center(w2) + "|", sep]
    for a, b in rows:
        out.append("| " + a.ljust(w1 - 1) + "| " + b.ljust(w2 - 1) + "|")
    out.append(sep)
    return "\n".join(out)


# ---------------------------------------------------------------- WebSocket / GraphQL ---
@carrier("websocket/wscat-{i}.txt", 1)
def wscat(d):
    tok = d.bearer()
    h = host(d)
    tok2 = d.bearer(assigned=True)
    return """$ wscat -c wss://{h}/v1/stream -H "Authorization: Bearer {tok}"
Connected (press CTRL+C to quit)
< {{"type":"welcome","session":"{sess}","heartbeat":30}}
> {{"type":"subscribe","channels":["orders","fills"]}}
< {{"type":"subscribed","channels":["orders","fills"]}}
< {{"type":"order","id":"{oid}","state":"filled"}}
Disconnected (code: 1006, reason: "")

$ wscat -c "wss://{h}/v1/stream?access_token={tok2}"
error: Unexpected server response: 401
""".format(h=h, tok=tok, tok2=tok2, sess=d.lk_uuid(), oid=d.lk_uuid())


@carrier("websocket/devtools-graphql-ws.txt", 1)
def gql_ws(d):
    tok = d.bearer(kinds=["jwt", "jwt", "opaque", "hex64"])
    h = host(d)
    return """Request URL: wss://{h}/graphql
Request Method: GET
Status Code: 101 Switching Protocols

Response Headers
connection: upgrade
sec-websocket-accept: {acc}
sec-websocket-protocol: graphql-transport-ws
upgrade: websocket

Request Headers
Accept-Encoding: gzip, deflate, br, zstd
Cache-Control: no-cache
Connection: Upgrade
Host: {h}
Origin: https://app.{dom}
Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits
Sec-WebSocket-Key: {key}
Sec-WebSocket-Protocol: graphql-transport-ws
Sec-WebSocket-Version: 13
Upgrade: websocket

Messages
\u2191 {{"type":"connection_init","payload":{{"Authorization":"Bearer {tok}"}}}}\t55\t10:41:07.114
\u2193 {{"type":"connection_ack"}}\t25\t10:41:07.190
\u2191 {{"id":"{sid}","type":"subscribe","payload":{{"query":"subscription OnShipment($id: ID!) {{ shipmentUpdated(id: $id) {{ status eta }} }}","variables":{{"id":"SHP-{n}"}}}}}}\t190\t10:41:07.201
\u2193 {{"id":"{sid}","type":"next","payload":{{"data":{{"shipmentUpdated":{{"status":"IN_TRANSIT","eta":"2025-03-07"}}}}}}}}\t104\t10:41:12.998
""".format(h=h, dom=d.pick(COMPANY_DOMAINS), tok=tok, acc=d.lk(d.b64(20)), key=d.lk(d.b64(16)), sid=d.lk_uuid(),
           n=d.r.randint(100000, 999999))


@carrier("graphql/apollo-client.ts", 1)
def apollo(d):
    tok = d.bearer(assigned=True)
    return """import {{ ApolloClient, InMemoryCache, createHttpLink }} from "@apollo/client";
import {{ setContext }} from "@apollo/client/link/context";

// staging service account, rotates monthly (see runbook RB-114)
const STAGING_TOKEN = "{tok}";

const httpLink = createHttpLink({{ uri: "https://{h}/graphql" }});

const authLink = setContext((_, {{ headers }}) => {{
  const token = localStorage.getItem("token") ?? STAGING_TOKEN;
  return {{
    headers: {{
      ...headers,
      authorization: token ? `Bearer ${{token}}` : "",
    }},
  }};
}});

export const client = new ApolloClient({{
  link: authLink.concat(httpLink),
  cache: new InMemoryCache(),
}});
""".format(tok=tok, h=host(d))


@carrier("graphql/altair-collection.agc", 1)
def altair(d):
    q = []
    for k in range(3):
        q.append({"version": 1, "type": "window", "query": "query { viewer { login repositories(first: 5) { nodes { name } } } }",
                  "apiUrl": "https://%s/graphql" % host(d),
                  "variables": "{}", "subscriptionUrl": "", "headers": [
                      {"key": "Authorization", "value": "Bearer " + d.bearer(), "enabled": True},
                      {"key": "X-Request-Id", "value": d.lk_uuid(), "enabled": False}],
                  "windowName": d.pick(["viewer", "orders", "inventory"]) + " %d" % k, "created_at": 1741000000000 + k})
    return jdump({"version": 1, "type": "collection", "title": "Partner API", "queries": q, "id": d.lk_uuid()})


@carrier("graphql/graphql-request-{i}.mjs", 1)
def gqlreq(d):
    tok = d.bearer()
    return """import {{ GraphQLClient, gql }} from "graphql-request";

const client = new GraphQLClient("https://{h}/graphql", {{
  headers: {{ authorization: "Bearer {tok}" }},
}});

const query = gql`
  query Stock($sku: String!) {{
    stock(sku: $sku) {{ available reserved warehouse }}
  }}
`;

const data = await client.request(query, {{ sku: "{sku}" }});
console.log(JSON.stringify(data, null, 2));
""".format(h=host(d), tok=tok, sku="SKU-%d" % d.r.randint(10000, 99999))


# ---------------------------------------------------------------- SDK debug ---
@carrier("sdk-debug/ruby-net-http.log", 1)
def ruby(d):
    out = []
    for k in range(2):
        h, p = host(d), d.pick(PATHS)
        tok = d.bearer()
        out.append('opening connection to %s:443...\nopened\nstarting SSL for %s:443...\nSSL established, protocol: TLSv1.3, cipher: TLS_AES_128_GCM_SHA256\n'
                   '<- "GET %s HTTP/1.1\\r\\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3\\r\\nAccept: application/json\\r\\nUser-Agent: Ruby\\r\\nAuthorization: Bearer %s\\r\\nHost: %s\\r\\n\\r\\n"\n'
                   '-> "HTTP/1.1 200 OK\\r\\n"\n-> "Content-Type: application/json\\r\\n"\n-> "X-Request-Id: %s\\r\\n"\n-> "Content-Length: %d\\r\\n"\n-> "\\r\\n"\nreading %d bytes...\n-> "{\\"ok\\":true}"\nread %d bytes\nConn keep-alive' % (
                       h, h, p, tok, h, d.lk_uuid(), 11, 11, 11))
    return "\n".join(out)


@carrier("sdk-debug/java-httpclient.log", 1)
def java_http(d):
    out = []
    nxt = d.clock()
    for k in range(2):
        h, p = host(d), d.pick(PATHS)
        t = nxt()
        out.append("%s jdk.internal.net.http.Http1Exchange sendHeadersAsync\nINFO: HEADERS: REQUEST HEADERS:\nGET %s HTTP/1.1\nauthorization: Bearer %s\ncontent-length: 0\nhost: %s\nuser-agent: Java-http-client/21.0.3\naccept: application/json\n" % (
            t.strftime("%b %d, %Y %I:%M:%S %p"), p, d.bearer(), h))
        out.append("%s jdk.internal.net.http.Http1Response lambda$readHeadersAsync$0\nINFO: HEADERS: RESPONSE HEADERS:\n    content-type: application/json\n    date: %s\n    x-trace-id: %s\n" % (
            nxt().strftime("%b %d, %Y %I:%M:%S %p"), t.strftime("%a, %d %b %Y %H:%M:%S GMT"), d.lk(d.hx(32))))
    return "\n".join(out)


@carrier("sdk-debug/dotnet-httpclient.log", 1)
def dotnet(d):
    out = []
    for k in range(3):
        h, p = host(d), d.pick(PATHS)
        out.append("info: System.Net.Http.HttpClient.PartnerApi.LogicalHandler[100]\n      Start processing HTTP request GET https://%s%s" % (h, p))
        out.append("trce: System.Net.Http.HttpClient.PartnerApi.LogicalHandler[102]\n      Request Headers:\n      Accept: application/json\n      Authorization: %s" % (
            "*" if k == 1 else "Bearer " + d.bearer()))
        out.append("info: System.Net.Http.HttpClient.PartnerApi.ClientHandler[101]\n      Received HTTP response headers after %.4fms - 200" % d.r.uniform(10, 400))
    return "\n".join(out) + "\n"


@carrier("sdk-debug/go-resty.log", 1)
def resty(d):
    out = []
    for k in range(2):
        h, p = host(d), d.pick(PATHS)
        out.append("""2025/03/05 10:1%d:%02d DEBUG RESTY
==============================================================================
~~~ REQUEST ~~~
GET  %s  HTTP/1.1
HOST   : %s
HEADERS:
	Accept: application/json
	Authorization: Bearer %s
	User-Agent: go-resty/2.13.1 (https://github.com/go-resty/resty)
BODY   :
***** NO CONTENT *****
------------------------------------------------------------------------------
~~~ RESPONSE ~~~
STATUS       : 200 OK
PROTO        : HTTP/2.0
RECEIVED AT  : 2025-03-05T10:1%d:%02d.%d+01:00
TIME DURATION: %dms
HEADERS      :
	Content-Type: application/json
	X-Request-Id: %s
BODY         :
{
   "items": []
}
==============================================================================""" % (k, d.r.randint(0, 59), p, h, d.bearer(), k, d.r.randint(0, 59), d.r.randint(100000, 999999),
                                                                                     d.r.randint(10, 300), d.lk_uuid()))
    return "\n".join(out)


@carrier("sdk-debug/rust-reqwest-verbose.log", 1)
def reqwest(d):
    out = []
    for k in range(2):
        h, p = host(d), d.pick(PATHS)
        cid = d.hx(8)
        out.append('2025-03-05T09:0%d:11.%06dZ TRACE reqwest::connect::verbose: %s write: b"GET %s HTTP/1.1\\r\\naccept: application/json\\r\\nauthorization: Bearer %s\\r\\nhost: %s\\r\\n\\r\\n"' % (
            k, d.r.randint(0, 999999), cid, p, d.bearer(), h))
        out.append('2025-03-05T09:0%d:11.%06dZ TRACE reqwest::connect::verbose: %s read: b"HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: 2\\r\\netag: \\"%s\\"\\r\\n\\r\\n{}"' % (
            k, d.r.randint(0, 999999), cid, d.lk(d.hx(40))))
    return "\n".join(out)


@carrier("sdk-debug/dart-dio.log", 1)
def dio(d):
    out = []
    for k in range(2):
        out.append("""I/flutter ( 8123): *** Request ***
I/flutter ( 8123): uri: https://%s%s
I/flutter ( 8123): method: GET
I/flutter ( 8123): responseType: ResponseType.json
I/flutter ( 8123): followRedirects: true
I/flutter ( 8123): connectTimeout: 0:00:15.000000
I/flutter ( 8123): headers:
I/flutter ( 8123):  Authorization: Bearer %s
I/flutter ( 8123):  content-type: application/json
I/flutter ( 8123):  x-app-version: 4.%d.%d
I/flutter ( 8123): *** Response ***
I/flutter ( 8123): statusCode: %s""" % (host(d), d.pick(PATHS), d.bearer(), d.r.randint(0, 9), d.r.randint(0, 20), d.pick(["200", "401"])))
    return "\n".join(out)


@carrier("sdk-debug/alamofire-curl.txt", 1)
def alamofire(d):
    return """2025-03-05 11:42:09.118 Shop[4412:193811] [Network] $ curl -v \\
	-X GET \\
	-H "Accept-Encoding: br;q=1.0, gzip;q=0.9, deflate;q=0.8" \\
	-H "Accept-Language: sv-SE;q=1.0, en-SE;q=0.9" \\
	-H "Authorization: Bearer {t1}" \\
	-H "User-Agent: Shop/5.2.1 (se.{dom}.shop; build:881; iOS 17.5.1) Alamofire/5.9.1" \\
	"https://{h}/v1/cart"
2025-03-05 11:42:09.502 Shop[4412:193811] [Network] Response 401 for https://{h}/v1/cart, refreshing token
2025-03-05 11:42:09.977 Shop[4412:193811] [Network] $ curl -v \\
	-X GET \\
	-H "Authorization: Bearer {t2}" \\
	"https://{h}/v1/cart"
""".format(t1=d.bearer(), t2=d.bearer(), h=host(d), dom=d.pick(TENANTS))


@carrier("sdk-debug/ktor-client.log", 1)
def ktor(d):
    out = []
    for k in range(2):
        out.append("""%s [DefaultDispatcher-worker-%d] INFO  io.ktor.client.HttpClient - REQUEST: https://%s%s
METHOD: HttpMethod(value=GET)
COMMON HEADERS
-> Accept: application/json
-> Accept-Charset: UTF-8
-> Authorization: Bearer %s
CONTENT HEADERS
-> Content-Length: 0""" % (d.ts("%H:%M:%S.000"), k + 1, host(d), d.pick(PATHS), d.bearer()))
    return "\n".join(out)


@carrier("sdk-debug/elixir-tesla.log", 1)
def tesla(d):
    out = []
    for k in range(2):
        out.append("""%s [debug] GET https://%s%s -> %s (%.3f ms)
[debug] >>> REQUEST >>>
accept: application/json
authorization: Bearer %s
user-agent: tesla/1.9.0

(no body)

[debug] <<< RESPONSE <<<
content-type: application/json; charset=utf-8
x-request-id: %s
""" % (d.ts("%H:%M:%S.%f")[:12], host(d), d.pick(PATHS), d.pick(["200", "200", "401"]), d.r.uniform(5, 300), d.bearer(), d.lk(d.s(20, ALNUM))))
    return "\n".join(out)


@carrier("sdk-debug/aiohttp-trace.log", 1)
def aiohttp(d):
    out = []
    for k in range(3):
        out.append("%s DEBUG sync.http on_request_start method=GET url=URL('https://%s%s') headers=<CIMultiDict('Authorization': 'Bearer %s', 'Accept': 'application/json', 'X-Idempotency-Key': '%s')>" % (
            d.ts("%Y-%m-%d %H:%M:%S,%f")[:23], host(d), d.pick(PATHS), d.bearer(), d.lk_uuid()))
    return "\n".join(out)


@carrier("sdk-debug/guzzle-debug.txt", 1)
def guzzle(d):
    h, p = host(d), d.pick(PATHS)
    return """*   Trying {ip}:443...
* Connected to {h} ({ip}) port 443 (#0)
* ALPN: offers http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET {p} HTTP/1.1
Host: {h}
User-Agent: GuzzleHttp/7
Accept: application/json
Authorization: Bearer {t}

< HTTP/1.1 403 Forbidden
< Content-Type: application/problem+json
< X-Request-Id: {rid}
<
* Connection #0 to host {h} left intact
""".format(ip=docip(d), h=h, p=p, t=d.bearer(), rid=d.lk_uuid())


# ---------------------------------------------------------------- devtools copies ---
@carrier("devtools/copy-as-fetch-{i}.js", 1)
def cp_fetch(d):
    h = host(d)
    return """fetch("https://{h}{p}", {{
  "headers": {{
    "accept": "application/json, text/plain, */*",
    "accept-language": "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7",
    "authorization": "Bearer {t}",
    "sec-ch-ua": "\\"Not/A)Brand\\";v=\\"8\\", \\"Chromium\\";v=\\"126\\", \\"Google Chrome\\";v=\\"126\\"",
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": "\\"Windows\\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site",
    "x-csrf-token": "{csrf}"
  }},
  "referrer": "https://app.{dom}/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
}});
""".format(h=h, p=d.pick(PATHS), t=d.bearer(), csrf=d.lk(d.b64u(32)), dom=d.pick(COMPANY_DOMAINS))


@carrier("devtools/copy-as-node-fetch.js", 1)
def cp_node(d):
    return """fetch("https://{h}{p}", {{
  "headers": {{
    "accept": "*/*",
    "authorization": "Bearer {t}",
    "content-type": "application/json"
  }},
  "body": "{{\\"items\\":[{{\\"sku\\":\\"{sku}\\",\\"qty\\":2}}]}}",
  "method": "POST"
}});
""".format(h=host(d), p="/v1/carts", t=d.bearer(), sku="SKU-%d" % d.r.randint(10000, 99999))


@carrier("devtools/copy-as-powershell-{i}.ps1", 1)
def cp_ps(d):
    h = host(d)
    p = d.pick(PATHS)
    return """$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"
Invoke-WebRequest -UseBasicParsing -Uri "https://{h}{p}" `
-WebSession $session `
-Headers @{{
"authority"="{h}"
  "method"="GET"
  "path"="{p}"
  "scheme"="https"
  "accept"="application/json"
  "accept-encoding"="gzip, deflate, br, zstd"
  "authorization"="Bearer {t}"
  "origin"="https://portal.{dom}"
  "priority"="u=1, i"
  "sec-fetch-mode"="cors"
}}
""".format(h=h, p=p, t=d.bearer(), dom=d.pick(COMPANY_DOMAINS))


@carrier("devtools/copy-as-curl-cmd.txt", 1)
def cp_cmd(d):
    h = host(d)
    return """curl ^"https://{h}{p}^" ^
  -H ^"accept: application/json^" ^
  -H ^"accept-language: en-GB,en;q=0.9^" ^
  -H ^"authorization: Bearer {t}^" ^
  -H ^"origin: https://admin.{dom}^" ^
  -H ^"referer: https://admin.{dom}/^" ^
  -H ^"sec-fetch-site: same-site^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36^"
""".format(h=h, p=d.pick(PATHS), t=d.bearer(), dom=d.pick(COMPANY_DOMAINS))


@carrier("devtools/copy-as-curl-bash-{i}.sh", 1)
def cp_bash(d):
    h = host(d)
    return """curl 'https://{h}/graphql' \\
  -H 'accept: application/graphql-response+json, application/json' \\
  -H 'authorization: Bearer {t}' \\
  -H 'content-type: application/json' \\
  -H 'origin: https://app.{dom}' \\
  -H 'x-apollo-operation-name: Viewer' \\
  --data-raw '{{"operationName":"Viewer","variables":{{}},"query":"query Viewer {{ viewer {{ id email }} }}"}}'
""".format(h=h, t=d.bearer(), dom=d.pick(COMPANY_DOMAINS))


@carrier("devtools/chrome-export.har", 1)
def har(d):
    entries = []
    for k in range(5):
        h, p = host(d), d.pick(PATHS)
        hdr = [{"name": ":authority", "value": h}, {"name": ":method", "value": "GET"}, {"name": ":path", "value": p},
               {"name": ":scheme", "value": "https"}, {"name": "accept", "value": "application/json"},
               {"name": "authorization", "value": "Bearer " + d.bearer()},
               {"name": "user-agent", "value": UAS[8]}]
        entries.append({"startedDateTime": "2025-03-05T10:1%d:0%d.123Z" % (k, k), "time": d.r.uniform(20, 300),
                        "request": {"method": "GET", "url": "https://%s%s" % (h, p), "httpVersion": "http/2.0",
                                    "headers": hdr, "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                        "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                                     "headers": [{"name": "etag", "value": d.lk_etag()}, {"name": "x-request-id", "value": d.lk_uuid()}],
                                     "content": {"size": 2, "mimeType": "application/json", "text": "{}"},
                                     "redirectURL": "", "headersSize": -1, "bodySize": 2, "_transferSize": 310},
                        "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "connect": -1, "send": 0.1, "wait": 80.5, "receive": 0.9, "ssl": -1},
                        "serverIPAddress": docip(d), "_priority": "High", "_resourceType": "fetch"})
    return jdump({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": entries}})


# ---------------------------------------------------------------- API clients ---
@carrier("apiclients/bruno/{i}-get-orders.bru", 2)
def bruno(d):
    mode = d.i % 3
    h = host(d)
    if mode == 1:
        auth = "auth:bearer {\n  token: %s\n}\n" % d.bearer()
        a = "bearer"
        hd = "headers {\n  accept: application/json\n}\n"
    elif mode == 2:
        auth = ""
        a = "none"
        hd = "headers {\n  accept: application/json\n  authorization: Bearer %s\n  ~x-debug: 1\n}\n" % d.bearer()
    else:
        auth = "auth:bearer {\n  token: {{accessToken}}\n}\n"
        a = "bearer"
        hd = "headers {\n  x-request-id: %s\n}\n" % d.lk_uuid()
    return """meta {{
  name: {name}
  type: http
  seq: {i}
}}

get {{
  url: https://{h}{p}
  body: none
  auth: {a}
}}

{hd}
{auth}
assert {{
  res.status: eq 200
}}
""".format(name=d.pick(["List orders", "Get invoice", "Search users", "Track shipment"]), i=d.i, h=h, p=d.pick(PATHS), a=a, hd=hd, auth=auth)


@carrier("apiclients/bruno/environments/{i}.bru", 1)
def bruno_env(d):
    return """vars {{
  baseUrl: https://{h}
  tenant: {t}
  accessToken: {tok}
}}
vars:secret [
  clientSecret
]
""".format(h=host(d), t=d.pick(TENANTS), tok=d.bearer(assigned=True))


@carrier("apiclients/thunder-tests/thunderclient.json", 1)
def thunder(d):
    reqs = []
    for k in range(5):
        reqs.append({"_id": d.lk_uuid(), "colId": "c0f1e2d3-aaaa-4bbb-8ccc-0123456789ab", "containerId": "", "name": d.pick(["orders", "users", "refunds"]) + str(k),
                     "url": "https://%s%s" % (host(d), d.pick(PATHS)), "method": "GET", "sortNum": 10000 * (k + 1),
                     "created": "2025-02-1%dT08:00:00.000Z" % k, "modified": "2025-03-0%dT09:00:00.000Z" % (k + 1),
                     "headers": [{"name": "Accept", "value": "application/json"}],
                     "auth": {"type": "bearer", "bearer": d.bearer()} if k != 1 else {"type": "bearer", "bearer": "{{token}}"},
                     "tests": [{"type": "res-code", "custom": "", "action": "equal", "value": "200"}]})
    return jdump(reqs)


@carrier("apiclients/hoppscotch-collection.json", 1)
def hopp(d):
    reqs = []
    for k in range(4):
        reqs.append({"v": "2", "endpoint": "https://%s%s" % (host(d), d.pick(PATHS)), "name": "req %d" % k, "params": [], "headers": [],
                     "method": "GET", "auth": {"authType": "bearer", "authActive": True, "token": d.bearer()},
                     "preRequestScript": "", "testScript": "", "body": {"contentType": None, "body": None}})
    return jdump({"v": 2, "name": "Partner API", "folders": [], "requests": reqs})


@carrier("apiclients/http-client.private.env.json", 1)
def jb_env(d):
    return jdump({"dev": {"host": "https://dev-" + host(d), "token": d.bearer(assigned=True)},
                  "prod": {"host": "https://" + host(d), "token": d.bearer(assigned=True)}})


@carrier("apiclients/insomnia-export.json", 1)
def insomnia(d):
    res = [{"_id": "wrk_" + d.hx(32), "_type": "workspace", "name": "Billing", "scope": "collection"}]
    for k in range(2):
        res.append({"_id": "req_" + d.hx(32), "_type": "request", "parentId": res[0]["_id"], "name": "call %d" % k,
                    "url": "https://%s%s" % (host(d), d.pick(PATHS)), "method": "GET", "body": {}, "parameters": [], "headers": [],
                    "authentication": {"type": "bearer", "token": d.bearer(), "prefix": "", "disabled": False}})
    return jdump({"_type": "export", "__export_format": 4, "__export_date": "2025-03-05T10:00:00.000Z",
                  "__export_source": "insomnia.desktop.app:v9.2.0", "resources": res})


# ---------------------------------------------------------------- configs ---
@carrier("configs/otel-collector-{i}.yaml", 1)
def otel(d):
    return """receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
      http:
        endpoint: 0.0.0.0:4318
processors:
  batch:
    timeout: 5s
exporters:
  otlphttp/vendor:
    endpoint: https://otlp.{dom}
    headers:
      authorization: "Bearer {t1}"
  otlp/backup:
    endpoint: otel-backup.{dom2}:4317
    headers:
      Authorization: Bearer {t2}
    tls:
      insecure: false
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlphttp/vendor, otlp/backup]
""".format(dom=d.pick(COMPANY_DOMAINS), dom2=d.pick(COMPANY_DOMAINS), t1=d.bearer(), t2=d.bearer())


@carrier("configs/grafana-datasources.yaml", 1)
def grafana_ds(d):
    return """apiVersion: 1
datasources:
  - name: Orders API
    type: marcusolsson-json-datasource
    access: proxy
    url: https://{h}
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: "Bearer {t1}"
  - name: Loki
    type: loki
    url: http://loki.monitoring.svc:3100
    jsonData:
      httpHeaderName1: X-Scope-OrgID
    secureJsonData:
      httpHeaderValue1: {org}
  - name: Tempo (vendor)
    type: tempo
    url: https://tempo.{dom}
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: Bearer {t2}
""".format(h=host(d), t1=d.bearer(), t2=d.bearer(), org=d.pick(TENANTS), dom=d.pick(COMPANY_DOMAINS))


@carrier("configs/proxy-snippets-{i}.conf", 1)
def proxy_snips(d):
    return """# --- nginx: upstream to partner API ---
location /partner/ {{
    proxy_pass https://{h}/;
    proxy_set_header Authorization "Bearer {t1}";
    proxy_set_header X-Request-Id $request_id;
}}

# --- Caddyfile ---
reverse_proxy /ext/* https://{h2} {{
    header_up Authorization "Bearer {t2}"
    header_up Host {{upstream_hostport}}
}}

# --- HAProxy ---
backend be_vendor
    http-request set-header Authorization "Bearer {t3}"
    server vendor1 {h}:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt
""".format(h=host(d), h2=host(d), t1=d.bearer(), t2=d.bearer(), t3=d.bearer())


@carrier("configs/shipper-{i}.env", 1)
def env_bearer(d):
    return """# shipping integration
CARRIER_API_URL=https://{h}
CARRIER_AUTH_HEADER="Bearer {t1}"
UPSTREAM_AUTHORIZATION=Bearer {t2}
CARRIER_TIMEOUT_MS=8000
# placeholder for local runs
CARRIER_SANDBOX_AUTH_HEADER="Bearer ${{SANDBOX_TOKEN}}"
BUILD_SHA={sha}
""".format(h=host(d), t1=d.bearer(), t2=d.bearer(), sha=d.lk_sha1())


@carrier("configs/pipelines.ini", 1)
def ini_bearer(d):
    return """[source.crm]
url = https://{h}/v2/contacts
headers = Authorization: Bearer {t1}
page_size = 200

[source.tickets]
url = https://{h2}/api/v2/tickets
headers = Authorization: Bearer {t2}; Accept: application/json

[sink.warehouse]
dsn = snowflake://etl@{acct}/RAW
""".format(h=host(d), h2=host(d), t1=d.bearer(), t2=d.bearer(), acct=d.s(8, LALNUM))


@carrier("configs/fluent-bit.conf", 1)
def fluentbit(d):
    return """[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log
    Tag    kube.*

[OUTPUT]
    Name        http
    Match       kube.*
    Host        logs.{dom}
    Port        443
    URI         /v1/ingest
    Format      json
    tls         On
    Header      Authorization Bearer {t}
    Header      X-Source k8s-prod
""".format(dom=d.pick(COMPANY_DOMAINS), t=d.bearer())


@carrier("configs/vector.toml", 1)
def vector(d):
    return """[sources.app]
type = "file"
include = ["/var/log/app/*.log"]

[sinks.siem]
type = "http"
inputs = ["app"]
uri = "https://siem.{dom}/api/events"
encoding.codec = "json"

[sinks.siem.auth]
strategy = "bearer"
token = "{t}"

[sinks.siem.request.headers]
X-Checksum = "{lk}"
""".format(dom=d.pick(COMPANY_DOMAINS), t=d.bearer(assigned=True), lk=d.lk_sha256())




@carrier("configs/serilog-events.json", 1)
def serilog(d):
    out = []
    for k in range(3):
        hd = {"Authorization": "Bearer " + d.bearer(), "Accept": "application/json"}
        out.append(json.dumps({"@t": "2025-03-05T10:0%d:11.%07dZ" % (k, d.r.randint(0, 9999999)), "@mt": "Outgoing request {Method} {Uri} {Headers}",
                               "Method": "POST", "Uri": "https://%s/v1/events" % host(d),
                               "Headers": json.dumps(hd), "SourceContext": "Billing.Outbox.Dispatcher",
                               "TraceId": d.lk(d.hx(32)), "SpanId": d.lk(d.hx(16))}))
    return "\n".join(out)


@carrier("configs/logstash-http-output.conf", 1)
def logstash(d):
    return """output {{
  http {{
    url => "https://ingest.{dom}/v2/bulk"
    http_method => "post"
    format => "json_batch"
    headers => {{
      "Authorization" => "Bearer {t}"
      "X-Pipeline" => "orders"
    }}
  }}
}}
""".format(dom=d.pick(COMPANY_DOMAINS), t=d.bearer())


@carrier("configs/uptime-checks.yaml", 1)
def gatus(d):
    out = ["endpoints:"]
    for k in range(3):
        out.append("""  - name: {n}
    url: "https://{h}/healthz"
    interval: 60s
    headers:
      Authorization: "Bearer {t}"
    conditions:
      - "[STATUS] == 200"
      - "[RESPONSE_TIME] < 500\"""".format(n=d.pick(["orders", "payments", "search", "auth"]) + "-%d" % k, h=host(d), t=d.bearer()))
    return "\n".join(out)


@carrier("configs/crontab-{i}.txt", 1)
def cron(d):
    return """# m h  dom mon dow   command
*/5 * * * * curl -fsS -m 10 -H "Authorization: Bearer {t1}" https://{h}/v1/heartbeat >/dev/null
15 2 * * * /opt/sync/bin/export.sh --token "{t2}" --since yesterday >> /var/log/sync.log 2>&1
30 3 * * 0 docker image prune -af
""".format(t1=d.bearer(), t2=d.bearer(assigned=True), h=host(d))


# ---------------------------------------------------------------- fixtures ---
@carrier("fixtures/vcr-cassette-{i}.yml", 1)
def vcr(d):
    h = host(d)
    return """---
http_interactions:
- request:
    method: post
    uri: https://{h}/oauth/token
    body:
      encoding: UTF-8
      string: grant_type=client_credentials&scope=customers.read
    headers:
      Authorization:
      - Bearer {t0}
  response:
    status:
      code: 200
      message: OK
    body:
      encoding: UTF-8
      string: '{{"token_type":"Bearer","expires_in":3600}}'
  recorded_at: Tue, 04 Mar 2025 12:00:31 GMT
- request:
    method: get
    uri: https://{h}/v1/customers?email=
    body:
      encoding: US-ASCII
      string: ''
    headers:
      Authorization:
      - Bearer {t}
      Accept-Encoding:
      - gzip;q=1.0,deflate;q=0.6,identity;q=0.3
      User-Agent:
      - Faraday v2.9.0
  response:
    status:
      code: 200
      message: OK
    headers:
      Etag:
      - W/{etag}
      X-Request-Id:
      - {rid}
    body:
      encoding: UTF-8
      string: '{{"data":[],"has_more":false}}'
  recorded_at: Tue, 04 Mar 2025 12:0{m}:33 GMT
recorded_with: VCR 6.2.0
""".format(h=h, t0=d.bearer(), t=d.bearer(), etag=d.lk_etag(), rid=d.lk_uuid(), m=d.r.randint(0, 9))


@carrier("fixtures/test_client_cassette.yaml", 1)
def vcrpy(d):
    return """interactions:
- request:
    body: null
    headers:
      Accept:
      - '*/*'
      Authorization:
      - Bearer {t}
      Connection:
      - keep-alive
      User-Agent:
      - python-requests/2.32.3
    method: GET
    uri: https://{h}/v1/me
  response:
    body:
      string: '{{"id": "{uid}", "plan": "team"}}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
""".format(t=d.bearer(), h=host(d), uid=d.lk_uuid())


@carrier("fixtures/wiremock-mappings-{i}.json", 1)
def wiremock(d):
    return jdump({"mappings": [
        {"request": {"method": "GET", "urlPath": "/v1/orders",
                     "headers": {"Authorization": {"equalTo": "Bearer " + d.bearer()}}},
         "response": {"status": 200, "jsonBody": {"items": []}, "headers": {"Content-Type": "application/json"}}},
        {"request": {"method": "GET", "urlPath": "/v1/invoices",
                     "headers": {"Authorization": {"equalTo": "Bearer " + d.bearer()}}},
         "response": {"status": 200, "jsonBody": {"items": []}}},
        {"request": {"method": "GET", "urlPath": "/v1/orders",
                     "headers": {"Authorization": {"absent": True}}},
         "response": {"status": 401}},
        {"request": {"method": "POST", "urlPath": "/v1/refunds",
                     "headers": {"Authorization": {"matches": "Bearer [A-Za-z0-9._-]+"}}},
         "response": {"status": 201, "jsonBody": {"id": d.lk_uuid()}}}]})


@carrier("fixtures/pact-consumer-orders.json", 1)
def pact(d):
    return jdump({"consumer": {"name": "web-shop"}, "provider": {"name": "orders-api"}, "interactions": [
        {"description": "a request for open orders", "providerState": "orders exist",
         "request": {"method": "GET", "path": "/v1/orders", "query": "status=open",
                     "headers": {"Authorization": "Bearer " + d.bearer(), "Accept": "application/json"}},
         "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"items": [{"id": 1}]}}},
        {"description": "a request with a revoked token", "providerState": "token revoked",
         "request": {"method": "GET", "path": "/v1/orders", "headers": {"Authorization": "Bearer " + d.bearer()}},
         "response": {"status": 401}}],
        "metadata": {"pactSpecification": {"version": "2.0.0"}}})


@carrier("fixtures/client.test.js.snap", 1)
def jest(d):
    return """// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`OrdersClient sends the service token 1`] = `
{{
  "headers": {{
    "Accept": "application/json",
    "Authorization": "Bearer {t}",
    "X-Client": "web-shop/3.2.0",
  }},
  "method": "GET",
  "url": "https://{h}/v1/orders",
}}
`;
""".format(t=d.bearer(), h=host(d))


@carrier("fixtures/conftest.py", 1)
def conftest(d):
    t = d.bearer(assigned=True)
    return '''import pytest

API = "https://{h}"
# token of the CI service account in the shared staging tenant
CI_TOKEN = "{t}"


@pytest.fixture
def auth_headers():
    return {{"Authorization": f"Bearer {{CI_TOKEN}}", "Accept": "application/json"}}


@pytest.fixture
def expired_headers():
    return {{"Authorization": "Bearer expired-token-for-tests"}}
'''.format(h=host(d), t=t)




# ---------------------------------------------------------------- prose ---
@carrier("prose/slack-incident-{i}.json", 1)
def slack(d):
    msgs = []
    t0 = 1741170000 + d.r.randint(0, 10**6)
    tok = d.bearer()
    tok2 = d.bearer()
    lines = [
        ("U04ABCD", "partner API is returning 401 for us since the rotation"),
        ("U05EFGH", "can you paste what you send? mask it pls"),
        ("U04ABCD", "```curl -H \"Authorization: Bearer %s\" https://%s/v1/orders```" % (tok, host(d))),
        ("U05EFGH", "that one was revoked this morning. the new one is in 1Password, or use `Bearer %s` until tomorrow" % tok2),
        ("U04ABCD", "works now :+1:"),
        ("U06IJKL", "reminder: never paste `Bearer <token>` values in channels, use `Bearer ****` in examples"),
    ]
    for k, (u, txt) in enumerate(lines):
        msgs.append({"type": "message", "user": u, "text": txt, "ts": "%d.%06d" % (t0 + 60 * k, d.r.randint(0, 999999))})
    return jdump(msgs)


@carrier("prose/jira-{i}.txt", 1)
def jira(d):
    t = d.bearer()
    who = d.pick(["Karin Lindberg", "Oskar Holm", "Priya Patel", "Jonas Weber"])
    return """[OPS-{n}] Webhook deliveries to carrier fail with 401
Reporter: {who}    Priority: High    Status: In Progress

Steps to reproduce:
1. POST https://{h}/v1/webhooks/test
2. Header used by the dispatcher (from the config map):
   Authorization: Bearer {t}
3. Response: {{"error":"invalid_token"}}

Expected: 204.

Comment ({who2}): The token above is the one from the old tenant. Please never paste live tokens in tickets; write "Bearer <token>" instead. I have asked the vendor to revoke it.
""".format(n=d.r.randint(1000, 9999), who=who, h=host(d), t=t, who2=d.pick(["Erik Nyström", "Anna Sjöberg"]))


@carrier("prose/email-vendor-{i}.eml", 1)
def email(d):
    f, l = d.name("sv")
    frm = d.email(f, l, domain=d.pick(COMPANY_DOMAINS))
    to = d.email(domain=d.pick(COMPANY_DOMAINS))
    t = d.bearer()
    return """From: {f} {l} <{frm}>
To: {to}
Subject: Re: API access for the integration
Date: Wed, 05 Mar 2025 14:{m}:09 +0100
Message-ID: <{mid}@mail.{dom}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

your integration user is active now. For the test calls you can use this
token until Friday:

    Authorization: Bearer {t}

After that, request your own token through the client-credentials flow
(POST /oauth/token). The sandbox uses "Bearer test_123" in all examples in
the docs; that one does not work against production.

Best regards
{f} {l}
""".format(f=f, l=l, frm=frm, to=to, m="%02d" % d.r.randint(0, 59), mid=d.lk(d.hx(16)), dom=d.pick(COMPANY_DOMAINS), t=t)


@carrier("prose/github-issue-{i}.md", 1)
def gh_issue(d):
    t = d.bearer()
    return """### Describe the bug

Uploading artifacts fails with `403 Forbidden` after upgrading to v{v}.

### To reproduce

```console
$ http --verbose POST https://{h}/v1/artifacts name=build.zip 'Authorization:Bearer {t}'
POST /v1/artifacts HTTP/1.1
Accept: application/json, */*;q=0.5
Authorization: Bearer {t}
Content-Type: application/json
Host: {h}
User-Agent: HTTPie/3.2.2

{{
    "name": "build.zip"
}}

HTTP/1.1 403 Forbidden
```

### Environment
- OS: Ubuntu 24.04
- commit: {sha}

> **Edit:** oops, that token is a real one. Rotated it, please ignore.
""".format(v="2.%d.%d" % (d.r.randint(0, 9), d.r.randint(0, 9)), h=host(d), t=t, sha=d.lk_sha1())


@carrier("prose/teams-chat-{i}.txt", 1)
def teams(d):
    a = d.pick(["Maja Ekström", "Liam Walker", "Sofia Falk"])
    b = d.pick(["Henrik Åberg", "Nora Fischer", "Viktor Strand"])
    t = d.bearer()
    return """[{d1} 09:12] {a}: hur testar jag mot nya gatewayn?
[{d1} 09:14] {b}: kör med min token tills vidare: Bearer {t}
[{d1} 09:14] {b}: den går ut på fredag
[{d1} 09:20] {a}: funkar 👍 men varför svarar /v1/me med 403?
[{d1} 09:22] {b}: scope saknas, be om "orders.read"
""".format(d1="2025-03-0%d" % d.r.randint(1, 9), a=a, b=b, t=t)


# ---------------------------------------------------------------- errors ---
@carrier("errors/python-traceback-{i}.txt", 1)
def py_tb(d):
    t = d.bearer()
    h = host(d)
    return """Traceback (most recent call last):
  File "/srv/app/sync/partner.py", line 88, in pull_orders
    resp.raise_for_status()
  File "/srv/app/.venv/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://{h}/v1/orders?since=2025-03-01

Local variables in pull_orders:
    headers = {{'Authorization': 'Bearer {t}', 'Accept': 'application/json'}}
    since   = '2025-03-01'
    attempt = 3
    run_id  = '{rid}'
""".format(h=h, t=t, rid=d.lk_uuid())


@carrier("errors/feign-debug.log", 1)
def feign(d):
    nxt = d.clock()
    t = d.bearer()
    h = host(d)
    ts = nxt().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    return """{ts} DEBUG 1 --- [nio-8080-exec-4] c.s.b.client.LedgerClient               : [LedgerClient#postEntry] ---> POST https://{h}/v2/entries HTTP/1.1
{ts} DEBUG 1 --- [nio-8080-exec-4] c.s.b.client.LedgerClient               : [LedgerClient#postEntry] Authorization: Bearer {t}
{ts} DEBUG 1 --- [nio-8080-exec-4] c.s.b.client.LedgerClient               : [LedgerClient#postEntry] Content-Type: application/json
{ts} DEBUG 1 --- [nio-8080-exec-4] c.s.b.client.LedgerClient               : [LedgerClient#postEntry] ---> END HTTP (212-byte body)
{ts} DEBUG 1 --- [nio-8080-exec-4] c.s.b.client.LedgerClient               : [LedgerClient#postEntry] <--- HTTP/1.1 401 Unauthorized (38ms)
{ts} ERROR 1 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception
feign.FeignException$Unauthorized: [401 Unauthorized] during [POST] to [https://{h}/v2/entries] [LedgerClient#postEntry(EntryRequest)]: [{{"error":"invalid_token"}}]
	at feign.FeignException.clientErrorStatus(FeignException.java:222)
	at feign.FeignException.errorStatus(FeignException.java:203)
	at feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:94)
	at feign.AsyncResponseHandler.handleResponse(AsyncResponseHandler.java:98)
	at feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:141)
""".format(ts=ts, h=h, t=t)


@carrier("errors/dotnet-exception.txt", 1)
def dotnet_exc(d):
    return """System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).
   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()
   at Billing.Sync.PartnerClient.GetInvoicesAsync(CancellationToken ct) in /src/Billing.Sync/PartnerClient.cs:line 57
Request: Method: GET, RequestUri: 'https://{h}/v1/invoices?status=open', Version: 1.1, Content: <null>, Headers:
{{
  Authorization: Bearer {t}
  Accept: application/json
  traceparent: 00-{tp}-{sp}-01
}}
""".format(h=host(d), t=d.bearer(), tp=d.lk(d.hx(32)), sp=d.lk(d.hx(16)))


@carrier("errors/axios-error.log", 1)
def axios(d):
    return """AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3135:11) {{
  code: 'ERR_BAD_REQUEST',
  config: {{
    method: 'get',
    url: 'https://{h}/v1/reports/daily',
    headers: Object [AxiosHeaders] {{
      Accept: 'application/json, text/plain, */*',
      Authorization: 'Bearer {t}',
      'User-Agent': 'axios/1.7.2',
      'Accept-Encoding': 'gzip, compress, deflate, br'
    }},
    timeout: 10000
  }},
  response: {{ status: 403, statusText: 'Forbidden' }}
}}
""".format(h=host(d), t=d.bearer())


@carrier("errors/laravel.log", 1)
def laravel(d):
    return """[2025-03-05 08:14:22] production.ERROR: Client error: `GET https://{h}/v1/stock` resulted in a `401 Unauthorized` response:
{{"message":"Unauthenticated."}}
 {{"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401): Client error","request":{{"headers":{{"Authorization":["Bearer {t}"],"Accept":["application/json"]}}}},"file":"/var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113"}}
[2025-03-05 08:14:23] production.INFO: Retrying with refreshed token {{"token_id":"{kid}"}}
""".format(h=host(d), t=d.bearer(), kid=d.lk(d.s(20)))


@carrier("errors/spring-webclient.log", 1)
def webclient(d):
    ts = d.ts("%Y-%m-%dT%H:%M:%S.123+01:00")
    return """{ts} DEBUG 7 --- [ctor-http-nio-3] o.s.w.r.f.client.ExchangeFunctions       : [5b1c2a7e] HTTP GET https://{h}/v1/catalog, headers=[Authorization:"Bearer {t}", Accept:"application/json"]
{ts} DEBUG 7 --- [ctor-http-nio-3] o.s.w.r.f.client.ExchangeFunctions       : [5b1c2a7e] [a1b2c3d4-1] Response 401 UNAUTHORIZED, headers=[WWW-Authenticate:"Bearer error=\\"invalid_token\\", error_description=\\"Jwt expired\\"", Content-Length:"0"]
{ts} DEBUG 7 --- [ctor-http-nio-3] o.s.w.r.f.client.ExchangeFunctions       : [6e0f9d11] HTTP GET https://{h}/v1/catalog, headers=masked
""".format(ts=ts, h=host(d), t=d.bearer(kinds=["jwt"]))


@carrier("errors/oauth-token-response-{i}.json", 1)
def oauth_resp(d):
    return jdump({"access_token": d.bearer(assigned=True, kinds=["jwt", "opaque", "b64u43", "hex64", "ya29"]),
                  "token_type": "Bearer", "expires_in": 3600,
                  "refresh_token": d.secret("b64u43"),
                  "scope": "orders.read orders.write", "id_token_hint": None,
                  "request_id": d.lk_uuid()})


# ---------------------------------------------------------------- more gateways / proxies ---
@carrier("gateway/oauth-introspection.log", 1)
def introspect(d):
    nxt = d.clock()
    out = []
    for k in range(7):
        t = nxt().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        rs = d.pick(["orders-api", "billing-api", "search-api"])
        if k == 3:
            out.append("%s DEBUG introspection request from %s body=token=%s&token_type_hint=access_token" % (t, rs, d.lk("%5BREDACTED%5D")))
            continue
        tok = d.bearer(assigned=True, kinds=["opaque", "b64u43", "hex40", "hex64", "jwe", "uuid"])
        out.append("%s DEBUG introspection request from %s body=token=%s&token_type_hint=access_token" % (t, rs, tok))
        out.append("%s DEBUG introspection response active=%s client_id=%s scope=\"orders.read\" exp=%d" % (
            t, d.pick(["true", "true", "false"]), d.lk(d.s(20)), 1741100000 + d.r.randint(0, 90000)))
    return "\n".join(out)


@carrier("gateway/aws-waf-log.jsonl", 1)
def waf(d):
    out = []
    for k in range(6):
        ip = d.ip()
        hdrs = [{"name": "host", "value": d.pick(HOSTS)}, {"name": "user-agent", "value": d.pick(UAS)},
                {"name": "authorization", "value": "Bearer " + d.bearer()}, {"name": "accept", "value": "*/*"}]
        out.append(json.dumps({"timestamp": 1741170000000 + k * 7331, "formatVersion": 1, "webaclId": "arn:aws:wafv2:eu-north-1:%s:regional/webacl/api-acl/%s" % (d.lk(d.s(12, DIG)), d.lk_uuid()),
                               "terminatingRuleId": "Default_Action", "terminatingRuleType": "REGULAR", "action": d.pick(["ALLOW", "ALLOW", "BLOCK"]),
                               "httpSourceName": "ALB", "httpSourceId": "%s-app/api-alb/%s" % (d.lk(d.s(12, DIG)), d.lk(d.hx(16))),
                               "httpRequest": {"clientIp": ip, "country": d.pick(["SE", "DE", "NO", "US", "FI"]), "headers": hdrs,
                                               "uri": d.pick(PATHS).split("?")[0], "args": "", "httpVersion": "HTTP/1.1", "httpMethod": "GET",
                                               "requestId": "1-%s-%s" % (d.lk(d.hx(8)), d.lk(d.hx(24)))}}, separators=(",", ":")))
    return "\n".join(out)


@carrier("gateway/cloudflare-logpush.jsonl", 1)
def cf_logpush(d):
    out = []
    for k in range(6):
        rh = {"authorization": "Bearer " + d.bearer()} if k != 2 else {"authorization": "Bearer " + d.lk("[redacted]")}
        out.append(json.dumps({"ClientIP": d.ip(), "ClientRequestHost": d.pick(HOSTS), "ClientRequestMethod": "GET",
                               "ClientRequestURI": d.pick(PATHS), "EdgeResponseStatus": d.pick([200, 200, 401, 403]),
                               "EdgeStartTimestamp": "2025-03-05T12:%02d:%02dZ" % (k, d.r.randint(0, 59)), "RayID": d.lk(d.hx(16)),
                               "RequestHeaders": rh, "SecurityAction": "unknown"}, separators=(",", ":")))
    return "\n".join(out)


@carrier("gateway/nginx-debug-error.log", 1)
def nginx_debug(d):
    out = []
    for k in range(5):
        cid = d.r.randint(100, 99999)
        ts = "2025/03/05 10:%02d:%02d" % (k * 3, d.r.randint(0, 59))
        out.append('%s [debug] 2211#2211: *%d http process request line\n%s [debug] 2211#2211: *%d http request line: "GET %s HTTP/1.1"\n'
                   '%s [debug] 2211#2211: *%d http header: "Host: %s"\n%s [debug] 2211#2211: *%d http header: "Authorization: Bearer %s"\n'
                   '%s [debug] 2211#2211: *%d http header: "User-Agent: %s"\n%s [debug] 2211#2211: *%d http header done' % (
                       ts, cid, ts, cid, d.pick(PATHS), ts, cid, d.pick(HOSTS), ts, cid, d.bearer(), ts, cid, d.pick(UAS), ts, cid))
    return "\n".join(out)


@carrier("gateway/varnishlog.txt", 1)
def varnish(d):
    out = []
    for k in range(5):
        vxid = d.r.randint(10000, 999999)
        out.append("*   << Request  >> %d\n-   Begin          req %d rxreq\n-   Timestamp      Start: 1741170%03d.%06d 0.000000 0.000000\n"
                   "-   ReqStart       %s %d a0\n-   ReqMethod      GET\n-   ReqURL         %s\n-   ReqProtocol    HTTP/1.1\n"
                   "-   ReqHeader      Host: %s\n-   ReqHeader      Authorization: Bearer %s\n-   ReqHeader      X-Forwarded-For: %s\n"
                   "-   VCL_call       RECV\n-   VCL_return     pass\n-   End" % (
                       vxid, vxid - 1, d.r.randint(0, 999), d.r.randint(0, 999999), priv(d), d.r.randint(30000, 60000),
                       d.pick(PATHS), d.pick(HOSTS), d.bearer(), d.ip()))
    return "\n\n".join(out)


@carrier("configs/prometheus-scrape.yml", 1)
def prom(d):
    out = ["scrape_configs:"]
    for k, job in enumerate(["partner-exporter", "billing-api", "edge-metrics"]):
        out.append("""  - job_name: {job}
    scheme: https
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials: {t}
    static_configs:
      - targets: ['{h}:443']""".format(job=job, t=d.bearer(assigned=True, kinds=["opaque", "hex64", "b64u43", "grafana", "jwt"]), h=d.pick(HOSTS)))
    out.append("""  - job_name: node
    authorization:
      credentials_file: /etc/prometheus/node.token
    static_configs:
      - targets: ['node-exporter:9100']""")
    return "\n".join(out)


@carrier("sdk-debug/Invoke-Partner.ps1", 1)
def ps_irm(d):
    return """param([string]$Since = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))
$token = '{t}'
$headers = @{{ Authorization = "Bearer $token"; Accept = 'application/json' }}
$r = Invoke-RestMethod -Uri "https://{h}/v1/orders?since=$Since" -Headers $headers -Method Get
$r.items | Export-Csv orders.csv -NoTypeInformation
# older script, still scheduled on app02:
Invoke-RestMethod -Uri "https://{h}/v1/stock" -Headers @{{ "Authorization" = "Bearer {t2}" }}
""".format(t=d.bearer(assigned=True), h=d.pick(HOSTS), t2=d.bearer())


@carrier("websocket/socketio-client.js", 1)
def socketio(d):
    return """import {{ io }} from "socket.io-client";

const socket = io("wss://{h}", {{
  transports: ["websocket"],
  extraHeaders: {{ Authorization: "Bearer {t}" }},
  auth: {{ token: "{t2}" }},
}});

socket.on("connect_error", (err) => console.error(err.message));
""".format(h=d.pick(HOSTS), t=d.bearer(), t2=d.bearer(assigned=True))


@carrier("fixtures/polly-recording.har", 1)
def polly(d):
    entries = []
    for k in range(3):
        entries.append({"_id": d.lk(d.hx(32)), "_order": 0, "request": {"method": "GET", "url": "https://%s%s" % (d.pick(HOSTS), d.pick(PATHS)),
                        "headers": [{"name": "authorization", "value": "Bearer " + d.bearer()}, {"name": "accept", "value": "application/json"}],
                        "headersSize": 210, "bodySize": 0, "cookies": [], "queryString": [], "httpVersion": "HTTP/1.1"},
                        "response": {"status": 200, "statusText": "OK", "headers": [{"name": "etag", "value": d.lk_etag()}],
                                     "content": {"mimeType": "application/json", "size": 2, "text": "{}"}, "cookies": [], "headersSize": 80,
                                     "bodySize": 2, "httpVersion": "HTTP/1.1", "redirectURL": ""},
                        "startedDateTime": "2025-03-05T12:0%d:00.000Z" % k, "time": 41, "timings": {"wait": 41}, "cache": {}})
    return jdump({"log": {"_recordingName": "orders-client/lists open orders", "creator": {"name": "Polly.JS", "version": "6.0.6"},
                          "version": "1.2", "entries": entries, "pages": []}})


@carrier("prose/postmortem-token-leak.md", 1)
def postmortem(d):
    t1, t2, t3 = d.bearer(), d.bearer(), d.bearer()
    return """# Post-mortem: partner tokens in the debug log bucket

**Date:** 2025-03-04  **Severity:** SEV-2  **Author:** platform team

## Summary
The `httpclient` debug flag was left on in `billing-worker` for nine days. Every outbound
request line, including the `Authorization` header, went to the shared log bucket.

## Examples found in the bucket (all revoked on 2025-03-04 14:10 CET)

```
> GET /v2/invoices HTTP/1.1
> Authorization: Bearer {t1}
```

```
authorization: Bearer {t2}
```

One line even carried a token for the sandbox (`Bearer sbx_test_token`), which is harmless,
and one carried the service token of the reconciliation job: `Bearer {t3}`.

## Action items
- drop `Authorization` in the log formatter (masking to `Bearer ****`)
- alert on `Bearer [A-Za-z0-9]` in the log pipeline
""".format(t1=t1, t2=t2, t3=t3)


@carrier("errors/kubectl-v8.log", 1)
def kubectl_v(d):
    h = "api.k8s-prod.%s" % d.pick(COMPANY_DOMAINS)
    return """I0305 10:14:02.118221   48211 loader.go:395] Config loaded from file:  /home/ci/.kube/config
I0305 10:14:02.121044   48211 round_trippers.go:466] curl -v -XGET  -H "Accept: application/json" -H "User-Agent: kubectl/v1.29.2 (linux/amd64) kubernetes/4b8e819" -H "Authorization: Bearer <masked>" 'https://{h}:6443/api/v1/namespaces/shop/pods?limit=500'
I0305 10:14:02.211917   48211 round_trippers.go:553] GET https://{h}:6443/api/v1/namespaces/shop/pods?limit=500 401 Unauthorized in 90 milliseconds
---- the same call from the old jump host (kubectl v1.15, which did not mask) ----
I0304 16:41:10.007431   11802 round_trippers.go:419] curl -k -v -XGET  -H "Accept: application/json" -H "Authorization: Bearer {t}" 'https://{h}:6443/api/v1/namespaces/shop/pods?limit=500'
""".format(h=h, t=d.jwt(kind="k8s"))
