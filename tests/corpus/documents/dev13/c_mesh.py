"""Service-mesh proxies, web servers and HTTP clients in many languages."""
import json
from values import *

UA = ["okhttp/4.12.0", "Go-http-client/2.0", "grpc-go/1.66.2", "python-httpx/0.27.2", "Java-http-client/21.0.4",
      "reqwest/0.12", "Dart/3.5 (dart:io)", "ktor-client", "Mint/1.6", "curl/8.9.1"]


def istio():
    begin("istio-proxy/checkout-7d9f-istio-proxy.log")
    out = []
    for i in range(40):
        t = ts()
        k = i % 6
        meth, path = pick([("GET", "/api/v2/cart"), ("POST", "/api/v2/checkout"), ("GET", "/healthz"), ("PUT", "/api/v2/cart/items")])
        if k in (0, 1, 2):
            tok, cat = bearer_any()
            auth = f"Bearer {lab(cat, tok)}"
        elif k == 3:
            auth = look(pick(["-", "Bearer <redacted>", "Bearer " + masked_jwt()]))
        elif k == 4:
            tok = jwt(alg="ES256", iss="https://kubernetes.default.svc.cluster.local", aud="istio-ca")
            auth = "Bearer " + lab("jwt|bearer-token", tok)
        else:
            auth = "-"
        xff = lab("ipv4", pub_ip()) if k != 5 else "-"
        out.append(f'[{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999):03d}Z] "{meth} {path} HTTP/1.1" {pick([200, 200, 201, 401, 503])} - via_upstream - "-" '
                   f'{R.randint(0, 900)} {R.randint(20, 9000)} {R.randint(1, 300)} {R.randint(1, 290)} "{xff}" "{pick(UA)}" "{uid()}" '
                   f'"checkout.shop.svc.cluster.local:8080" "{priv_ip()}:8080" inbound|8080|| 127.0.0.6:{R.randint(30000,60000)} '
                   f'{priv_ip()}:8080 {priv_ip()}:{R.randint(30000,60000)} outbound_.8080_._.checkout.shop.svc.cluster.local default auth="{auth}"')
    end("\n".join(out) + "\n")

    begin("istio-proxy/access-log-json.jsonl")
    out = []
    for i in range(24):
        tok, cat = bearer_any()
        rec = {"start_time": f"{ts():%Y-%m-%dT%H:%M:%S}.{R.randint(0,999):03d}Z", "method": "GET", "path": f"/v1/orders/{R.randint(10000,99999)}",
               "protocol": "HTTP/2", "response_code": 200, "response_flags": "-", "bytes_received": 0, "bytes_sent": R.randint(100, 5000),
               "duration": R.randint(2, 200), "x_forwarded_for": "-", "user_agent": pick(UA), "request_id": uid(),
               "authority": "orders.shop:8080", "upstream_host": f"{priv_ip()}:8080", "upstream_cluster": "inbound|8080||",
               "authorization": ("Bearer " + lab(cat, tok)) if i % 4 else look("Bearer ${SERVICE_TOKEN}"),
               "x_b3_traceid": hexs(32), "x_envoy_attempt_count": "1", "etag": etag()}
        out.append(json.dumps(rec))
    end("\n".join(out) + "\n")


def linkerd():
    begin("linkerd-proxy/proxy-debug.log")
    out = []
    for i in range(28):
        t = ts()
        tok, cat = bearer_any()
        if i % 5 == 4:
            hv = look("Bearer " + pick(PLACEHOLDERS))
        else:
            hv = "Bearer " + lab(cat, tok)
        out.append(f"[{R.randint(100, 99999)}.{R.randint(100000, 999999)}s] DEBUG ThreadId({R.randint(1,4):02d}) inbound:server{{port=8080}}:"
                   f"http{{v=h2}}:http: linkerd_app_inbound::policy::http: Request authorized server.group= server.kind=default "
                   f"server.name=all-authenticated route.name=default authz.name=all-authenticated client.tls=Some(Established "
                   f"{{ client_id: Some(ClientId(Name(\"default.shop.serviceaccount.identity.linkerd.cluster.local\"))) }}) "
                   f"client.ip={priv_ip()}")
        out.append(f"[{R.randint(100, 99999)}.{R.randint(100000, 999999)}s] TRACE ThreadId({R.randint(1,4):02d}) outbound:proxy{{addr={priv_ip()}:443}}:"
                   f"h2: hyper::proto::h2::client: headers={{\"authorization\": \"{hv}\", \"l5d-dst-canonical\": \"payments.shop.svc.cluster.local:443\", "
                   f"\"x-request-id\": \"{uid()}\"}}")
    end("\n".join(out) + "\n")


def httpd():
    begin("httpd-logs/ssl_request_log")
    out = ['# LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\" \\"%{Authorization}i\\" %{X-Request-ID}i" authlog']
    for i in range(40):
        t = ts()
        ip = pub_ip()
        k = i % 6
        if k in (0, 1):
            tok, cat = bearer_any()
            auth = "Bearer " + lab(cat, tok)
            q = ""
        elif k == 2:
            tok = b62(R.randint(32, 48)) if i % 4 else urlq(b64std(R.choice([33, 45, 48])))
            auth = "-"
            q = f"?access_token={lab('bearer-token|generic-secret', tok)}&format=json"
        elif k == 3:
            tok = "ya29.a0" + b64u(170)
            auth = "-"
            q = f"?token_type=Bearer&access_token={lab('bearer-token|generic-secret', tok)}"
        elif k == 4:
            auth = "Bearer " + look(pick(["%{ACCESS_TOKEN}e", "undefined", "null", "[object Object]"]))
            q = ""
        else:
            auth = "-"
            q = f"?v={hexs(8)}&sha={sha1()}"
        out.append(f'{lab("ipv4", ip)} - - [{t:%d/%b/%Y:%H:%M:%S} +0100] "GET /portal/api/{pick(["me", "invoices", "documents", "messages"])}{q} HTTP/1.1" '
                   f'{pick([200, 200, 304, 401])} {R.randint(200, 40000)} "https://portal.halvmane.net/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" '
                   f'"{auth}" {b64u(27)}')
    end("\n".join(out) + "\n")

    begin("httpd-logs/forensic.log")
    out = []
    for i in range(8):
        fid = f"{b64u(24)}:{i}"
        tok, cat = bearer_any()
        ck = b64u(R.randint(40, 80))
        out.append(f"+{fid}|POST /cgi-bin/upload.pl HTTP/1.1|Host:files.halvmane.net|User-Agent:{pick(UA).replace(' ', '%20')}|"
                   f"Authorization:Bearer%20{lab(cat, tok)}|Cookie:sid={lab('generic-secret', ck)};%20theme=dark|Content-Length:{R.randint(1000, 90000)}")
        out.append(f"-{fid}")
    end("\n".join(out) + "\n")


def grpc_go():
    begin("grpc-go-trace/inventory-client.log")
    out = []
    for i in range(24):
        t = ts()
        tok, cat = bearer_any()
        if i % 7 == 6:
            md_auth = look("Bearer " + pick(PLACEHOLDERS))
        else:
            md_auth = ("bearer " if i % 2 else "Bearer ") + lab(cat, tok)
        out.append(f"{t:%Y/%m/%d %H:%M:%S} INFO: [core] [Channel #{R.randint(1,9)} SubChannel #{R.randint(1,20)}] Subchannel Connectivity change to READY")
        out.append(f"{t:%Y/%m/%d %H:%M:%S} DEBUG: [transport] [client-transport {hexs(12)}] Writing headers: "
                   f"metadata=map[:authority:[inventory.internal:443] authorization:[{md_auth}] content-type:[application/grpc] "
                   f"grpc-timeout:[{R.randint(100, 9999)}m] user-agent:[grpc-go/1.66.2] x-request-id:[{uid()}]]")
    out.append(f"2026/11/19 12:00:00 WARN: [transport] token source returned empty token, falling back to {look('Bearer ' + 'x' * 24)}")
    end("\n".join(out) + "\n")


def signalr():
    begin("ws-subprotocols/realtime-gateway.log")
    out = []
    for i in range(22):
        t = ts()
        k = i % 4
        tok, cat = bearer_any()
        if k == 0:
            out.append(f"{t:%H:%M:%S.%f} upgrade GET /ws?v=3 Sec-WebSocket-Protocol: graphql-transport-ws, base64url.bearer.authorization.k8s.io.{lab('bearer-token', b64u(R.randint(40, 90)))}")
        elif k == 1:
            out.append(f"{t:%H:%M:%S.%f} upgrade GET /hub/notifications?id={b64u(22)}&access_token={lab('jwt|bearer-token' if cat.startswith('jwt') else 'bearer-token|generic-secret', tok)}")
        elif k == 2:
            out.append(f"{t:%H:%M:%S.%f} connection_init payload={{\"Authorization\":\"Bearer {lab(cat, tok)}\",\"clientVersion\":\"4.12.1\"}}")
        else:
            out.append(f"{t:%H:%M:%S.%f} upgrade GET /socket.io/?EIO=4&transport=websocket&sid={b64u(20)} Sec-WebSocket-Protocol: access_token, {look('REDACTED')}")
    end("\n".join(out) + "\n")


def rust_reqwest():
    begin("rust-tracing/sync-worker.log")
    out = []
    for i in range(20):
        t = ts()
        tok, cat = bearer_any()
        hv = lab(cat, tok)
        out.append(f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999999):06d}Z DEBUG request{{method=POST url=https://api.halvmane.net/v1/sync/{uid()}}}: "
                   f"reqwest::connect: starting new connection: https://api.halvmane.net/")
        out.append(f"{t:%Y-%m-%dT%H:%M:%S}.{R.randint(0,999999):06d}Z TRACE hyper_util::client::legacy::pool: headers={{\"content-type\": \"application/json\", "
                   f"\"authorization\": \"Bearer {hv}\", \"x-idempotency-key\": \"{uid()}\"}}")
    out.append(f"2026-11-20T03:00:00.000000Z WARN sync_worker::auth: refusing to send Sensitive(\"{look('Bearer ******')}\") over plain http")
    end("\n".join(out) + "\n")


def java_httpclient():
    begin("jdk-httpclient/jdk.httpclient.HttpClient.log")
    out = []
    for i in range(18):
        t = ts()
        tok, cat = bearer_any()
        out.append(f"{t:%b %d, %Y %I:%M:%S %p} jdk.internal.net.http.Http1Request logHeaders")
        out.append(f"INFO: REQUEST: https://ledger.halvmane.net/api/entries?page={i} GET")
        out.append(f"{t:%b %d, %Y %I:%M:%S %p} jdk.internal.net.http.common.Log logHeaders")
        out.append(f"INFO: HEADERS: REQUEST HEADERS:\nGET /api/entries?page={i} HTTP/1.1\nAuthorization: Bearer {lab(cat, tok)}\nContent-Length: 0\nHost: ledger.halvmane.net\nUser-Agent: Java-http-client/21.0.4\n")
    end("\n".join(out) + "\n")


def elixir():
    begin("elixir-logs/phoenix-prod.log")
    out = []
    for i in range(22):
        t = ts()
        k = i % 5
        rid = b64u(20)
        if k == 0:
            tok, cat = bearer_any()
            out.append(f"{t:%H:%M:%S.%f}"[:-3] + f" request_id={rid} [debug] Tesla.Middleware.Logger: GET https://graph.partner.io/v1/me -> 200 "
                       f"(headers: [{{\"authorization\", \"Bearer {lab(cat, tok)}\"}}, {{\"accept\", \"application/json\"}}])")
        elif k == 1:
            _, ph = phone()
            out.append(f"{t:%H:%M:%S.%f}"[:-3] + f" request_id={rid} [info] Sent SMS via Twilio to {lab('phone', ph)} (sid=SM{hexs(32)})")
        elif k == 2:
            tok = b64u(R.randint(32, 44))
            out.append(f"{t:%H:%M:%S.%f}"[:-3] + f" request_id={rid} [info] GET /api/export"
                       f"\n  Parameters: %{{\"access_token\" => \"{lab('bearer-token|generic-secret', tok)}\", \"format\" => \"csv\"}}\n  Pipelines: [:api]")
        elif k == 3:
            out.append(f"{t:%H:%M:%S.%f}"[:-3] + f" request_id={rid} [info] POST /api/session\n  Parameters: %{{\"password\" => \"[FILTERED]\", \"token\" => \"[FILTERED]\"}}")
        else:
            tok = jwt(alg="HS256", iss="joken", aud="Joken")
            out.append(f"{t:%H:%M:%S.%f}"[:-3] + f" request_id={rid} [error] ** (Joken.Error) invalid token: \"Bearer {lab('jwt|bearer-token', tok)}\"\n"
                       f"    (joken 2.6.1) lib/joken.ex:{R.randint(100, 400)}: Joken.verify_and_validate/5")
    end("\n".join(out) + "\n")


def ktor():
    begin("ktor-logs/android-app-logcat.txt")
    out = []
    for i in range(16):
        t = ts()
        tok, cat = bearer_any()
        pid = R.randint(8000, 30000)
        out.append(f"{t:%m-%d %H:%M:%S}.{R.randint(0,999):03d}  {pid}  {pid+31} I HttpClient: REQUEST: https://api.kaprifol.se/v3/bookings")
        out.append(f"{t:%m-%d %H:%M:%S}.{R.randint(0,999):03d}  {pid}  {pid+31} I HttpClient: METHOD: HttpMethod(value=GET)")
        out.append(f"{t:%m-%d %H:%M:%S}.{R.randint(0,999):03d}  {pid}  {pid+31} I HttpClient: COMMON HEADERS")
        out.append(f"{t:%m-%d %H:%M:%S}.{R.randint(0,999):03d}  {pid}  {pid+31} I HttpClient: -> Accept: application/json")
        out.append(f"{t:%m-%d %H:%M:%S}.{R.randint(0,999):03d}  {pid}  {pid+31} I HttpClient: -> Authorization: Bearer {lab(cat, tok)}")
    out.append(f"12-01 10:00:00.000  9001  9032 I HttpClient: -> Authorization: {look('***')}")
    end("\n".join(out) + "\n")


def dart():
    begin("dart-dio-logs/flutter-run.txt")
    out = ["Launching lib/main.dart on sdk gphone64 arm64 in debug mode...", "I/flutter ( 7711): *** Request ***"]
    for i in range(14):
        tok, cat = bearer_any()
        _, ph = phone(pick(["SE", "NO", "DK", "FI"]))
        out += [f"I/flutter ( 7711): uri: https://api.kaprifol.se/v2/profile/{uid()}",
                "I/flutter ( 7711): method: PATCH",
                "I/flutter ( 7711): headers:",
                "I/flutter ( 7711):  content-type: application/json; charset=utf-8",
                f"I/flutter ( 7711):  Authorization: Bearer {lab(cat, tok)}",
                f"I/flutter ( 7711): data: {{\"phone\":\"{lab('phone', ph)}\",\"marketingOptIn\":false}}",
                "I/flutter ( 7711): *** Response ***", "I/flutter ( 7711): statusCode: 200"]
    end("\n".join(out) + "\n")


def run():
    istio(); linkerd(); httpd(); grpc_go(); signalr(); rust_reqwest(); java_httpclient(); elixir(); ktor(); dart()
