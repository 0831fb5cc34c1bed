"""Gateways, proxies, tracing, API clients and load-test scripts."""
import json
from c_common import *


def _ts_kong():
    return f"2025/{R.randint(1,12):02d}/{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"


def kong(C):
    # file-log / http-log entries, authorization REDACTED, custom field holds the real value
    for i in range(1, 6):
        d = C.doc(f"kong/file-log-{i:02d}.jsonl")
        lines = []
        for j in range(R.randint(4, 7)):
            started = R.randint(1735689600000, 1767225600000)
            path = choice(["/v1/orders", "/v1/invoices?status=open", "/v2/customers/" + str(R.randint(1000, 9999)), "/oauth/userinfo", "/v1/shipments"])
            hdr = {"host": "api.nordkraft.se", "user-agent": choice(["okhttp/4.12.0", "python-requests/2.32.3", "Go-http-client/2.0", "axios/1.7.2"]),
                   "accept": "application/json", "x-request-id": uuid4(), "authorization": "REDACTED"}
            entry = {"request": {"method": choice(["GET", "POST"]), "uri": path, "url": "https://api.nordkraft.se:443" + path,
                                 "size": R.randint(120, 900), "querystring": {}, "headers": hdr, "tls": {"version": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384"}},
                     "upstream_uri": path, "response": {"status": choice([200, 200, 201, 401, 403]), "size": R.randint(200, 9000),
                                                        "headers": {"content-type": "application/json", "x-kong-upstream-latency": str(R.randint(2, 300)),
                                                                    "x-kong-request-id": rs(HEX, 32), "etag": d.X(etag())}},
                     "route": {"id": uuid4(), "name": "orders-route", "paths": ["/v1"], "protocols": ["https"]},
                     "service": {"id": uuid4(), "name": svc(), "host": host(), "port": 8080, "protocol": "http"},
                     "latencies": {"proxy": R.randint(2, 300), "kong": R.randint(0, 5), "request": R.randint(5, 320)},
                     "client_ip": ip_doc(), "started_at": started}
            r = R.random()
            if r < 0.55:
                entry["x-original-authorization"] = "Bearer " + d.bearer()
            elif r < 0.75:
                hdr["x-api-key"] = d.L("generic-secret", generic(choice(["alnum32", "hex32", "alnum40"])))
            elif r < 0.85:
                u = choice(["svc-reporting", "batch", "edi-partner"]); p = password()
                entry["x-original-authorization"] = "Basic " + d.L("basic-auth", basic(u, p))
            if R.random() < 0.3:
                entry["consumer"] = {"id": uuid4(), "username": choice(["mobile-app", "partner-dhl", "backoffice"]), "custom_id": str(R.randint(1000, 9999))}
            lines.append(json.dumps(entry, separators=(",", ":")))
        d.done("\n".join(lines))
    # deck dump with consumers and credentials
    for i in range(1, 4):
        d = C.doc(f"kong/kong-{choice(['prod', 'stage', 'eu'])}-{i}.yaml")
        cons = []
        for k in range(R.randint(3, 5)):
            u = choice(["mobile-app", "partner-postnord", "backoffice", "webshop", "erp-sync", "bi-export", "partner-dhl"]) + f"-{k}"
            parts = [f"- username: {u}\n  custom_id: \"{R.randint(10000, 99999)}\""]
            t = R.random()
            if t < 0.4:
                parts.append(f"  keyauth_credentials:\n  - key: {d.L('generic-secret', generic(choice(['alnum32', 'hex32', 'b64url43'])))}")
            elif t < 0.7:
                parts.append(f"  basicauth_credentials:\n  - username: {u}\n    password: {d.L('password', password())}")
            elif t < 0.85:
                parts.append(f"  jwt_secrets:\n  - algorithm: HS256\n    key: {u}-issuer\n    secret: {d.L('generic-secret', generic('b64_32'))}")
            else:
                parts.append(f"  keyauth_credentials:\n  - key: ${{{{ env \"DECK_{u.upper().replace('-', '_')}_KEY\" }}}}")
            cons.append("\n".join(parts))
        d.done(f"""_format_version: "3.0"
_info:
  select_tags:
  - {choice(['platform', 'edge'])}
services:
- name: {svc()}
  url: http://{host()}:8080
  retries: 5
  routes:
  - name: orders-v1
    paths:
    - /v1/orders
    strip_path: false
  plugins:
  - name: http-log
    config:
      http_endpoint: https://logs.nordkraft.se/kong
      headers:
        Authorization: Bearer {d.bearer(choice(['opaque', 'hex', 'b64url']))}
      custom_fields_by_lua:
        x-original-authorization: return kong.request.get_header("authorization")
  - name: rate-limiting
    config:
      minute: 600
      policy: redis
      redis:
        host: redis.internal
        port: 6379
        password: {d.L('password', password())}
  - name: openid-connect
    config:
      issuer: https://auth.nordkraft.se/realms/prod/.well-known/openid-configuration
      client_id:
      - kong-gateway
      client_secret:
      - {d.L('generic-secret', generic(choice(['alnum32', 'b64url43'])))}
      session_secret: ${{{{ env "DECK_SESSION_SECRET" }}}}
consumers:
""" + "\n".join(cons))
    # error.log at debug level
    d = C.doc("kong/error-debug.log")
    out = []
    for j in range(9):
        pid = R.randint(1000, 4000); conn = R.randint(1000, 99999)
        t = R.random()
        if t < 0.5:
            out.append(f"{_ts_kong()} [debug] {pid}#0: *{conn} [lua] handler.lua:{R.randint(80, 400)}: [openid-connect] bearer token found in header: {d.bearer(choice(['jwt', 'opaque', 'keycloak_opaque']))}, client: {ip_doc()}, server: kong, request: \"GET /v1/orders HTTP/1.1\", host: \"api.nordkraft.se\"")
        elif t < 0.7:
            out.append(f"{_ts_kong()} [debug] {pid}#0: *{conn} [lua] introspection.lua:{R.randint(40, 140)}: introspecting token with client_id=kong-gateway client_secret={d.L('generic-secret', generic('alnum32'))}")
        else:
            out.append(f"{_ts_kong()} [info] {pid}#0: *{conn} [kong] init.lua:{R.randint(300, 700)} declarative config loaded from /kong/declarative/kong.yml, checksum {d.X(sha256())}, context: init_worker_by_lua*")
        out.append(f"{_ts_kong()} [debug] {pid}#0: *{conn} [lua] balancer.lua:{R.randint(100, 300)}: setting address (try 1): {ip_priv()}:8080, client: {ip_doc()}, request id: {d.X(rs(HEX, 32))}")
    d.done("\n".join(out))


def envoy(C):
    for i in range(1, 5):
        d = C.doc(f"envoy/debug-{i:02d}.log")
        out = []
        for j in range(R.randint(3, 5)):
            t = f"[2025-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}.{R.randint(0,999):03d}]"
            cid, sid = R.randint(1, 900), R.randint(10**17, 10**19)
            out.append(f"{t}[{R.randint(10, 60)}][debug][http] [source/common/http/conn_manager_impl.cc:{choice([1097, 1175, 1313])}] [Tags: \"ConnectionId\":\"{cid}\",\"StreamId\":\"{sid}\"] request headers complete (end_stream={choice(['true', 'false'])}):")
            h = [("':authority'", f"'{host()}'"), ("':path'", "'" + choice(["/v1/orders", "/api/payments/intent", "/graphql", "/v2/me"]) + "'"),
                 ("':method'", "'" + choice(["GET", "POST"]) + "'"), ("':scheme'", "'https'"),
                 ("'user-agent'", "'" + choice(["grpc-java-netty/1.63.0", "curl/8.5.0", "okhttp/4.12.0"]) + "'")]
            r = R.random()
            if r < 0.7:
                h.append(("'authorization'", "'Bearer " + d.bearer() + "'"))
            elif r < 0.85:
                h.append(("'authorization'", "'Basic " + d.L("basic-auth", basic(choice(["metrics", "scraper", "admin"]), password())) + "'"))
            else:
                h.append(("'x-api-key'", "'" + d.L("generic-secret", generic()) + "'"))
            h += [("'x-request-id'", f"'{d.X(uuid4())}'"), ("'x-b3-traceid'", f"'{d.X(span_id())}'"), ("'x-envoy-expected-rq-timeout-ms'", "'15000'")]
            out += [f"{a}, {b}" for a, b in h]
            out.append("")
            out.append(f"{t}[{R.randint(10, 60)}][debug][router] [source/common/router/router.cc:{R.randint(500, 800)}] [Tags: \"ConnectionId\":\"{cid}\",\"StreamId\":\"{sid}\"] cluster '{svc()}' match for URL '/v1'")
            out.append(f"{t}[{R.randint(10, 60)}][debug][pool] [source/common/conn_pool/conn_pool_base.cc:{R.randint(100, 300)}] [Tags: \"ConnectionId\":\"{R.randint(1, 900)}\"] using existing fully connected connection")
        d.done("\n".join(out))
    for i in range(1, 3):
        d = C.doc(f"envoy/envoy-{i}.yaml")
        d.done(f"""static_resources:
  secrets:
  - name: hmac_secret
    generic_secret:
      secret:
        inline_string: "{d.L('generic-secret', generic(choice(['hex64', 'b64_32'])))}"
  - name: oauth_client
    generic_secret:
      secret:
        inline_string: "{d.L('generic-secret', generic('alnum40'))}"
  - name: upstream_cert
    tls_certificate:
      certificate_chain:
        filename: /etc/envoy/certs/tls.crt
      private_key:
        filename: /etc/envoy/certs/tls.key
  listeners:
  - name: listener_0
    address:
      socket_address: {{ address: 0.0.0.0, port_value: 10000 }}
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress_http
          access_log:
          - name: envoy.access_loggers.stdout
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
          route_config:
            name: local_route
            virtual_hosts:
            - name: backend
              domains: ["*"]
              routes:
              - match: {{ prefix: "/legacy" }}
                route: {{ cluster: legacy_erp }}
                request_headers_to_add:
                - header:
                    key: Authorization
                    value: "Bearer {d.bearer(choice(['opaque', 'hex', 'dotted']))}"
                  append_action: OVERWRITE_IF_EXISTS_OR_ADD
              - match: {{ prefix: "/partner" }}
                route: {{ cluster: partner_api }}
                request_headers_to_add:
                - header:
                    key: X-Api-Key
                    value: "%ENVIRONMENT(PARTNER_API_KEY)%"
          http_filters:
          - name: envoy.filters.http.jwt_authn
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication
              providers:
                keycloak:
                  issuer: https://auth.nordkraft.se/realms/prod
                  remote_jwks:
                    http_uri:
                      uri: https://auth.nordkraft.se/realms/prod/protocol/openid-connect/certs
                      cluster: keycloak
                      timeout: 5s
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
  - name: legacy_erp
    type: STRICT_DNS
    load_assignment:
      cluster_name: legacy_erp
      endpoints:
      - lb_endpoints:
        - endpoint:
            address:
              socket_address: {{ address: erp.corp.local, port_value: 8443 }}
""")
    d = C.doc("envoy/access.log")
    out = []
    for j in range(10):
        tok = d.bearer(choice(["opaque", "hex", "b64url", "jwt"])) if R.random() < 0.6 else "-"
        out.append(f"[{ts_iso()}] \"{choice(['GET', 'POST'])} {choice(['/v1/orders', '/v1/customers', '/api/cart'])} HTTP/2\" {choice([200, 200, 204, 401])} - {R.randint(0, 900)} {R.randint(100, 9000)} {R.randint(1, 80)} {R.randint(1, 80)} \"{ip_doc()}\" \"okhttp/4.12.0\" \"{d.X(uuid4())}\" \"{host()}\" \"{ip_priv()}:8080\" auth=\"{('Bearer ' + tok) if tok != '-' else '-'}\"")
    d.done("\n".join(out))


def traefik(C):
    for i in range(1, 4):
        d = C.doc(f"traefik/access-{i}.json.log")
        out = []
        for j in range(R.randint(5, 8)):
            e = {"ClientAddr": f"{ip_doc()}:{R.randint(30000, 65000)}", "ClientHost": ip_doc(), "ClientPort": str(R.randint(30000, 65000)),
                 "ClientUsername": "-", "DownstreamContentSize": R.randint(20, 9000), "DownstreamStatus": choice([200, 200, 401, 502]),
                 "Duration": R.randint(10**5, 10**8), "OriginContentSize": R.randint(20, 9000), "OriginDuration": R.randint(10**5, 10**8),
                 "OriginStatus": 200, "Overhead": R.randint(10**4, 10**6), "RequestAddr": host(), "RequestContentSize": 0,
                 "RequestCount": R.randint(1, 90000), "RequestHost": host(), "RequestMethod": choice(["GET", "POST", "PUT"]),
                 "RequestPath": choice(["/v1/orders", "/api/me", "/v3/tickets?page=2"]), "RequestPort": "-", "RequestProtocol": "HTTP/2.0",
                 "RequestScheme": "https", "RetryAttempts": 0, "RouterName": f"{svc()}@docker", "ServiceName": f"{svc()}@docker",
                 "StartLocal": ts_iso(), "StartUTC": ts_iso(), "entryPointName": "websecure", "level": "info", "msg": "",
                 "request_User-Agent": choice(["Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Dart/3.4 (dart:io)"]),
                 "request_X-Request-Id": d.X(uuid4()), "time": ts_iso(False)}
            r = R.random()
            if r < 0.6:
                e["request_Authorization"] = "Bearer " + d.bearer()
            elif r < 0.75:
                e["request_Authorization"] = "Basic " + d.L("basic-auth", basic(choice(["grafana", "ops", "deploy"]), password()))
            elif r < 0.85:
                e["request_X-Api-Key"] = d.L("generic-secret", generic())
            else:
                e["request_Authorization"] = "REDACTED"
            out.append(json.dumps(e, ensure_ascii=False))
        d.done("\n".join(out))
    for i in range(1, 4):
        d = C.doc(f"traefik/dynamic-{i}.yml")
        hashes = "\n".join(f'          - "{u}:{d.X("$apr1$" + rs(ALNUM, 8) + "$" + rs(ALNUM + "./", 22))}"' for u in ["admin", "ops"])
        d.done(f"""http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:
{hashes}
    legacy-upstream-auth:
      headers:
        customRequestHeaders:
          Authorization: "Bearer {d.bearer(choice(['opaque', 'hex', 'b64url', 'jwt']))}"
          X-Forwarded-Proto: "https"
    partner-key:
      headers:
        customRequestHeaders:
          X-Api-Key: "{d.L('generic-secret', generic())}"
    oidc:
      forwardAuth:
        address: "http://oauth2-proxy.auth.svc:4180/oauth2/auth"
        trustForwardHeader: true
        authResponseHeaders:
          - "X-Auth-Request-Access-Token"
          - "Authorization"
  routers:
    erp:
      rule: "Host(`erp.nordkraft.se`)"
      service: erp
      middlewares: ["legacy-upstream-auth"]
      tls:
        certResolver: letsencrypt
  services:
    erp:
      loadBalancer:
        servers:
          - url: "http://{ip_priv()}:8069"
""")
    d = C.doc("traefik/traefik.toml")
    d.done(f"""[entryPoints]
  [entryPoints.web]
    address = ":80"
  [entryPoints.websecure]
    address = ":443"

[accessLog]
  filePath = "/var/log/traefik/access.log"
  format = "json"
  [accessLog.fields.headers]
    defaultMode = "keep"
    [accessLog.fields.headers.names]
      "Cookie" = "drop"

[certificatesResolvers.letsencrypt.acme]
  email = "{d.L('email', email(domain='nordkraft.se'))}"
  storage = "/letsencrypt/acme.json"
  [certificatesResolvers.letsencrypt.acme.dnsChallenge]
    provider = "route53"

[providers.docker]
  exposedByDefault = false

[metrics.influxDB2]
  address = "http://influx.internal:8086"
  token = "{d.L('generic-secret', b64s(64, url=True) + '==')}"
  org = "nordkraft"
  bucket = "traefik"

[api]
  dashboard = true
""")


def haproxy(C):
    for i in range(1, 4):
        d = C.doc(f"haproxy/haproxy-{i}.cfg")
        d.done(f"""global
    log /dev/log local0
    maxconn 20000
    user haproxy
    group haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin

defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout client 30s
    timeout server 30s

userlist ops_users
    user admin insecure-password {d.L('password', password())}
    user monitor password {d.X('$6$' + rs(ALNUM, 16) + '$' + rs(ALNUM + './', 86))}
    user deploy insecure-password {d.L('password', password())}

frontend fe_https
    bind :443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1
    http-request capture req.hdr(Host) len 64
    http-request capture req.hdr(Authorization) len 512
    acl is_admin path_beg /admin
    http-request auth realm ops if is_admin !{{ http_auth(ops_users) }}
    use_backend be_legacy if {{ path_beg /soap }}
    default_backend be_api

backend be_api
    balance roundrobin
    option httpchk GET /healthz
    server api1 {ip_priv()}:8080 check
    server api2 {ip_priv()}:8080 check

backend be_legacy
    http-request set-header Authorization "Bearer {d.bearer(choice(['opaque', 'hex', 'b64']))}"
    http-request set-header X-Partner-Key {d.L('generic-secret', generic(choice(['alnum32', 'hex40'])))}
    server erp1 erp.corp.local:8443 ssl verify none

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth admin:{d.L('password', password())}
    stats auth readonly:{d.X(choice(['changeme', 'xxx', 'REDACTED']))}
""")
    for i in range(1, 3):
        d = C.doc(f"haproxy/haproxy-{i}.log")
        out = []
        for j in range(8):
            t = f"{choice(['Mar', 'Apr', 'May'])} {R.randint(1, 28):2d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"
            cap = d.bearer() if R.random() < 0.7 else ""
            capv = f"Bearer {cap}" if cap else ""
            out.append(f"{t} lb1 haproxy[{R.randint(1000, 9000)}]: {ip_doc()}:{R.randint(30000, 65000)} [{R.randint(1,28):02d}/Mar/2025:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}.{R.randint(0,999):03d}] fe_https~ be_api/api{R.randint(1,2)} 0/0/1/{R.randint(3, 90)}/{R.randint(4, 95)} {choice([200, 200, 401, 503])} {R.randint(200, 9000)} - - ---- {R.randint(1,40)}/{R.randint(1,40)}/1/1/0 0/0 {{api.nordkraft.se|{capv}}} \"{choice(['GET', 'POST'])} {choice(['/v1/orders', '/v1/stock', '/admin/reload'])} HTTP/1.1\"")
        d.done("\n".join(out))


def _otel_attr(k, v):
    return {"key": k, "value": {"stringValue": v}}


def otel(C):
    for i in range(1, 5):
        d = C.doc(f"otel/otlp-traces-{i:02d}.json")
        spans = []
        tid = d.X(trace_id())
        for j in range(R.randint(3, 5)):
            attrs = [_otel_attr("http.request.method", choice(["GET", "POST"])),
                     _otel_attr("url.full", "https://" + host() + "/v1/" + choice(["orders", "payments", "users/me"])),
                     _otel_attr("server.address", host())]
            r = R.random()
            if r < 0.6:
                attrs.append({"key": "http.request.header.authorization", "value": {"arrayValue": {"values": [{"stringValue": "Bearer " + d.bearer()}]}}})
            elif r < 0.75:
                attrs.append({"key": "http.request.header.x-api-key", "value": {"arrayValue": {"values": [{"stringValue": d.L("generic-secret", generic())}]}}})
            elif r < 0.9:
                u = choice(["app_rw", "svc_orders", "reporting"]); p = password()
                attrs.append(_otel_attr("db.statement", f"ALTER ROLE {u} WITH LOGIN PASSWORD '{d.L('password', p)}'"))
                attrs.append(_otel_attr("db.system", "postgresql"))
            else:
                attrs.append(_otel_attr("http.request.header.authorization", "Bearer ********"))
            attrs.append({"key": "http.response.status_code", "value": {"intValue": str(choice([200, 201, 401]))}})
            spans.append({"traceId": tid, "spanId": d.X(span_id()), "parentSpanId": "" if j == 0 else span_id(), "name": choice(["GET /v1/orders", "POST /v1/payments", "SELECT orders", "HTTP GET"]),
                          "kind": choice([2, 3]), "startTimeUnixNano": str(R.randint(1735689600, 1767225600) * 10**9 + R.randint(0, 10**9)),
                          "endTimeUnixNano": str(R.randint(1735689600, 1767225600) * 10**9), "attributes": attrs, "status": {}})
        doc = {"resourceSpans": [{"resource": {"attributes": [_otel_attr("service.name", svc()), _otel_attr("service.version", f"{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}"),
                                                              _otel_attr("telemetry.sdk.language", choice(["java", "go", "python", "nodejs"])),
                                                              _otel_attr("host.id", d.X(rs(HEX, 32)))]},
                                  "scopeSpans": [{"scope": {"name": choice(["io.opentelemetry.okhttp-3.0", "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "opentelemetry.instrumentation.requests"]), "version": "1.32.0"},
                                                  "spans": spans}]}]}
        d.done(json.dumps(doc, indent=2))
    for i in range(1, 4):
        d = C.doc(f"otel/collector-debug-{i}.log")
        out = [f"{ts_iso()}\tinfo\tTracesExporter\t{{\"kind\": \"exporter\", \"data_type\": \"traces\", \"name\": \"debug\", \"resource spans\": 1, \"spans\": 3}}",
               "ResourceSpans #0", "Resource SchemaURL: https://opentelemetry.io/schemas/1.26.0", "Resource attributes:",
               f"     -> service.name: Str({svc()})", f"     -> k8s.pod.uid: Str({d.X(uuid4())})", "ScopeSpans #0",
               "InstrumentationScope io.opentelemetry.spring-webmvc-6.0 2.9.0-alpha"]
        for j in range(3):
            out += [f"Span #{j}", f"    Trace ID       : {d.X(trace_id())}", f"    Parent ID      : {span_id() if j else ''}",
                    f"    ID             : {span_id()}", f"    Name           : {choice(['GET /api/orders', 'POST /login', 'GET /actuator/health'])}",
                    "    Kind           : Server", f"    Start time     : 2025-0{R.randint(1,9)}-1{R.randint(0,9)} 0{R.randint(0,9)}:1{R.randint(0,9)}:22.{R.randint(100000000, 999999999)} +0000 UTC",
                    "    Status code    : Unset", "    Status message : ", "Attributes:",
                    f"     -> http.request.method: Str({choice(['GET', 'POST'])})"]
            r = R.random()
            if r < 0.5:
                out.append(f"     -> http.request.header.authorization: Slice([\"Bearer {d.bearer()}\"])")
            elif r < 0.8:
                tok = d.L("generic-secret", generic())
                out.append(f"     -> url.query: Str(api_key={tok}&format=json)")
            else:
                u, p = "shop", password()
                pe = pw_url(p)
                out.append(f"     -> url.full: Str(https://{u}:{d.L('url-credentials', pe)}@{host()}/export)")
            out.append(f"     -> user_agent.original: Str(Apache-HttpClient/5.3)")
        d.done("\n".join(out))


def jaeger(C):
    for i in range(1, 5):
        d = C.doc(f"jaeger/trace-{d_id()}.json") if False else C.doc(f"jaeger/trace-{rs(HEX, 16)}.json")
        tid = d.X(rs(HEX, 32))
        spans = []
        for j in range(R.randint(3, 5)):
            tags = [{"key": "span.kind", "type": "string", "value": choice(["server", "client"])},
                    {"key": "http.method", "type": "string", "value": choice(["GET", "POST"])},
                    {"key": "http.status_code", "type": "int64", "value": choice([200, 401, 500])}]
            r = R.random()
            if r < 0.4:
                tags.append({"key": "http.url", "type": "string", "value": f"https://{host()}/v1/export?access_token={d.bearer_assigned(choice(['opaque', 'hex', 'ya29', 'sl']))}"})
            elif r < 0.7:
                tags.append({"key": "http.request.header.authorization", "type": "string", "value": "Bearer " + d.bearer()})
            elif r < 0.85:
                tags.append({"key": "db.statement", "type": "string", "value": f"CREATE USER report_{R.randint(1, 9)} IDENTIFIED BY '{d.L('password', password())}'"})
            else:
                tags.append({"key": "http.url", "type": "string", "value": f"https://{host()}/v1/search?q=status%3Dopen&page=2"})
            logs = [{"timestamp": R.randint(10**15, 2 * 10**15), "fields": [{"key": "event", "type": "string", "value": "token refreshed"},
                                                                              {"key": "token.sha256", "type": "string", "value": d.X(sha256())}]}]
            spans.append({"traceID": tid, "spanID": d.X(span_id()), "operationName": choice(["HTTP GET", "oauth.refresh", "db.query"]),
                          "references": [] if j == 0 else [{"refType": "CHILD_OF", "traceID": tid, "spanID": span_id()}],
                          "startTime": R.randint(10**15, 2 * 10**15), "duration": R.randint(100, 900000), "tags": tags, "logs": logs,
                          "processID": "p1", "warnings": None})
        doc = {"data": [{"traceID": tid, "spans": spans, "processes": {"p1": {"serviceName": svc(), "tags": [
            {"key": "hostname", "type": "string", "value": f"{svc()}-{rs('abcdefghijklmnopqrstuvwxyz0123456789', 10)}-{rs('abcdefghijklmnopqrstuvwxyz0123456789', 5)}"},
            {"key": "jaeger.version", "type": "string", "value": "Go-2.30.0"}, {"key": "ip", "type": "string", "value": ip_priv()}]}}, "warnings": None}],
               "total": 0, "limit": 0, "offset": 0, "errors": None}
        d.done(json.dumps(doc, indent=2))


def insomnia(C):
    for i in range(1, 5):
        d = C.doc(f"insomnia/Insomnia_{2025}-{R.randint(1,12):02d}-{R.randint(1,28):02d}-{i}.json")
        wrk = "wrk_" + d.X(rs(HEX, 32))
        res = [{"_id": wrk, "parentId": None, "modified": R.randint(10**12, 2 * 10**12), "created": R.randint(10**12, 2 * 10**12),
                "name": choice(["Orders API", "Fortnox integration", "Partner gateway", "Backoffice"]), "description": "", "scope": "collection", "_type": "workspace"}]
        envd = {"base_url": "https://" + host()}
        if R.random() < 0.7:
            envd["token"] = d.L("bearer-token|generic-secret", bearer(choice(["opaque", "hex", "jwt", "b64url"]))[0])
            if envd["token"].startswith("eyJ"):
                d.labels[-1] = ("jwt|bearer-token", envd["token"])
        envd["client_secret"] = d.L("generic-secret", generic())
        envd["password"] = d.L("password", password())
        res.append({"_id": "env_" + rs(HEX, 32), "parentId": wrk, "name": "Base Environment", "data": envd, "dataPropertyOrder": {"&": list(envd)},
                    "color": None, "isPrivate": False, "_type": "environment"})
        for j in range(R.randint(3, 5)):
            r = R.random()
            if r < 0.45:
                auth = {"type": "bearer", "token": d.bearer(), "prefix": "", "disabled": False}
            elif r < 0.6:
                auth = {"type": "bearer", "token": "{{ _.token }}", "prefix": ""}
            elif r < 0.8:
                auth = {"type": "basic", "useISO88591": False, "disabled": False, "username": choice(["api", "integration", "admin"]), "password": d.L("password", password())}
            else:
                auth = {"type": "oauth2", "grantType": "client_credentials", "accessTokenUrl": "https://auth.nordkraft.se/oauth/token",
                        "clientId": "insomnia-" + rs("abcdef0123456789", 6), "clientSecret": d.L("generic-secret", generic()), "scope": "orders:read"}
            res.append({"_id": "req_" + rs(HEX, 32), "parentId": wrk, "modified": R.randint(10**12, 2 * 10**12), "url": "{{ _.base_url }}/v1/" + choice(["orders", "invoices", "stock", "customers"]),
                        "name": choice(["List", "Create", "Get by id", "Delete"]) + " " + choice(["orders", "invoice", "stock"]), "description": "",
                        "method": choice(["GET", "POST", "DELETE"]), "body": {}, "parameters": [],
                        "headers": [{"name": "Accept", "value": "application/json"}, {"name": "X-Correlation-Id", "value": d.X(uuid4())}],
                        "authentication": auth, "metaSortKey": -R.randint(10**12, 2 * 10**12), "isPrivate": False, "settingStoreCookies": True,
                        "settingSendCookies": True, "settingDisableRenderRequestBody": False, "settingEncodeUrl": True, "settingRebuildPath": True,
                        "settingFollowRedirects": "global", "_type": "request"})
        doc = {"_type": "export", "__export_format": 4, "__export_date": ts_iso(), "__export_source": "insomnia.desktop.app:v2023.5.8", "resources": res}
        d.done(json.dumps(doc, indent=2, ensure_ascii=False))


def bruno(C):
    for i in range(1, 7):
        d = C.doc(f"bruno/{choice(['orders', 'billing', 'auth', 'partner'])}/{choice(['Get', 'Create', 'Update', 'List'])}-{choice(['order', 'customer', 'invoice', 'token'])}-{i}.bru")
        r = R.random()
        if r < 0.5:
            auth, blk = "bearer", f"auth:bearer {{\n  token: {d.bearer()}\n}}"
        elif r < 0.7:
            auth, blk = "basic", f"auth:basic {{\n  username: {choice(['api-user', 'svc_bruno', 'admin'])}\n  password: {d.L('password', password())}\n}}"
        elif r < 0.85:
            auth, blk = "oauth2", (f"auth:oauth2 {{\n  grant_type: client_credentials\n  access_token_url: https://auth.nordkraft.se/oauth2/token\n"
                                   f"  client_id: bruno-cli\n  client_secret: {d.L('generic-secret', generic())}\n  scope: read\n}}")
        else:
            auth, blk = "bearer", "auth:bearer {\n  token: {{accessToken}}\n}"
        body = ""
        if R.random() < 0.4:
            body = f"""
body:json {{
  {{
    "email": "{d.L('email', email())}",
    "phone": "{d.L('phone', phone())}",
    "externalRef": "{d.X(uuid4())}"
  }}
}}
"""
        d.done(f"""meta {{
  name: {choice(['Get order', 'Create customer', 'Refresh', 'List invoices'])}
  type: http
  seq: {i}
}}

{choice(['get', 'post', 'put'])} {{
  url: {{{{baseUrl}}}}/v1/{choice(['orders', 'customers', 'invoices'])}
  body: {'json' if body else 'none'}
  auth: {auth}
}}

headers {{
  X-Api-Key: {d.L('generic-secret', generic()) if R.random() < 0.5 else '{{apiKey}}'}
  Accept: application/json
}}

{blk}
{body}
tests {{
  test("status is 200", function() {{
    expect(res.getStatus()).to.equal(200);
  }});
}}
""")
    for env in ["Production", "Staging"]:
        d = C.doc(f"bruno/environments/{env}.bru")
        d.done(f"""vars {{
  baseUrl: https://{'api' if env == 'Production' else 'api-stage'}.nordkraft.se
  apiKey: {d.L('generic-secret', generic())}
  accessToken: {d.L('bearer-token|generic-secret', bearer(choice(['opaque', 'hex']))[0])}
  dbPassword: {d.L('password', password())}
  tenantId: {d.X(uuid4())}
}}
vars:secret [
  clientSecret,
  adminPassword
]
""")


def thunder(C):
    for i in range(1, 4):
        d = C.doc(f"thunder-client/thunderclient-{i}.json")
        col = uuid4()
        reqs = []
        for j in range(R.randint(3, 6)):
            r = R.random()
            req = {"_id": uuid4(), "colId": col, "containerId": "", "name": choice(["Get token", "List orders", "Create webhook", "Ping"]),
                   "url": "https://" + host() + "/v1/" + choice(["orders", "hooks", "ping"]), "method": choice(["GET", "POST"]),
                   "sortNum": 10000 * (j + 1), "created": ts_iso(), "modified": ts_iso(), "headers": []}
            if r < 0.45:
                req["auth"] = {"type": "bearer", "bearer": d.bearer()}
            elif r < 0.65:
                req["headers"].append({"name": "Authorization", "value": "Bearer " + d.bearer()})
            elif r < 0.8:
                req["auth"] = {"type": "basic", "basic": {"username": "integration", "password": d.L("password", password())}}
            elif r < 0.9:
                req["headers"].append({"name": "X-Api-Key", "value": d.L("generic-secret", generic())})
            else:
                req["auth"] = {"type": "bearer", "bearer": "{{token}}"}
            if R.random() < 0.3:
                req["body"] = {"type": "json", "raw": json.dumps({"username": "ops", "password": d.L("password", password())}, indent=2), "form": []}
            reqs.append(req)
        d.done(json.dumps({"clientName": "Thunder Client", "collectionName": choice(["Orders", "Partner API", "Shop"]), "collectionId": col,
                           "dateExported": ts_iso(), "version": "1.2", "folders": [], "requests": reqs,
                           "ref": rs(B64URL, 86)}, indent=4))
    d = C.doc("thunder-client/thunderEnvironment.json")
    d.done(json.dumps([{"_id": uuid4(), "name": "prod", "default": False, "sortNum": 10000, "created": ts_iso(), "modified": ts_iso(),
                        "data": [{"name": "baseUrl", "value": "https://api.nordkraft.se"},
                                 {"name": "token", "value": d.L("bearer-token|generic-secret", bearer("hex")[0])},
                                 {"name": "clientSecret", "value": d.L("generic-secret", generic())},
                                 {"name": "adminPassword", "value": d.L("password", password())},
                                 {"name": "placeholder", "value": "<your-token>"}]}], indent=4))


def rest_client(C):
    for i in range(1, 6):
        d = C.doc(f"rest-client/{choice(['orders', 'payments', 'keycloak', 'partner', 'search'])}-{i}.http")
        tok, cat = bearer(choice(["opaque", "jwt", "hex", "b64url"]))
        d.L(cat if cat != "bearer-token" else "bearer-token|generic-secret", tok)
        blocks = [f"@baseUrl = https://{host()}\n@token = {tok}\n@contentType = application/json\n"]
        blocks.append(f"### List orders\nGET {{{{baseUrl}}}}/v1/orders?limit=50\nAuthorization: Bearer {{{{token}}}}\nAccept: application/json\n")
        blocks.append(f"### Direct call with a pasted token\nGET {{{{baseUrl}}}}/v1/me\nAuthorization: Bearer {d.bearer()}\n")
        u, p = choice(["admin", "batch", "migrator"]), password()
        blocks.append(f"### Basic auth\nGET {{{{baseUrl}}}}/admin/metrics\nAuthorization: Basic {d.L('basic-auth', basic(u, p))}\n")
        blocks.append(f"""### Password grant
POST https://auth.nordkraft.se/realms/prod/protocol/openid-connect/token
Content-Type: application/x-www-form-urlencoded

grant_type=password&client_id=cli&client_secret={d.L('generic-secret', generic(choice(['alnum32', 'hex32'])))}&username={choice(['maria', 'erik.l', 'ops'])}&password={d.L('password', pw_url(password()))}
""")
        if R.random() < 0.5:
            blocks.append(f"### Create customer\nPOST {{{{baseUrl}}}}/v1/customers\nContent-Type: {{{{contentType}}}}\nAuthorization: Bearer {{{{$dotenv API_TOKEN}}}}\n\n" +
                          json.dumps({"name": " ".join(name()), "email": d.L("email", email()), "phone": d.L("phone", phone())}, indent=2, ensure_ascii=False) + "\n")
        d.done("\n".join(blocks))
    d = C.doc("rest-client/http-client.private.env.json")
    d.done(json.dumps({"dev": {"token": d.L("bearer-token|generic-secret", bearer("opaque")[0]), "password": d.L("password", password())},
                       "prod": {"token": d.L("bearer-token|generic-secret", bearer("hex")[0]), "password": d.L("password", password()),
                                "apiKey": d.L("generic-secret", generic())}}, indent=2))
    d = C.doc("rest-client/http-client.env.json")
    d.done(json.dumps({"dev": {"baseUrl": "http://localhost:8080", "token": "{{$processEnv DEV_TOKEN}}"}, "prod": {"baseUrl": "https://api.nordkraft.se"}}, indent=2))


def k6(C):
    for i in range(1, 5):
        d = C.doc(f"k6/{choice(['checkout', 'login', 'search', 'soak'])}-{i}.js")
        tok = d.bearer_assigned()
        u, p = "loadtest" + str(i), password()
        d.done(f"""import http from 'k6/http';
import {{ check, sleep }} from 'k6';

export const options = {{
  vus: {R.randint(5, 200)},
  duration: '{R.randint(1, 30)}m',
  thresholds: {{ http_req_duration: ['p(95)<{R.randint(200, 900)}'] }},
}};

const BASE = __ENV.BASE_URL || 'https://{host()}';
// TODO: move to __ENV.K6_TOKEN before committing
const TOKEN = '{tok}';
const API_KEY = __ENV.API_KEY;

export function setup() {{
  const res = http.post(`${{BASE}}/auth/login`, JSON.stringify({{
    username: '{u}',
    password: '{d.L('password', p)}',
  }}), {{ headers: {{ 'Content-Type': 'application/json' }} }});
  return {{ session: res.json('access_token') }};
}}

export default function (data) {{
  const params = {{
    headers: {{
      Authorization: `Bearer ${{TOKEN}}`,
      'X-Api-Key': '{d.L('generic-secret', generic())}',
      'X-Request-Id': '{d.X(uuid4())}',
    }},
  }};
  const r = http.get(`${{BASE}}/v1/products?page=${{__ITER % 20}}`, params);
  check(r, {{ 'status 200': (x) => x.status === 200 }});
  http.get(`${{BASE}}/v1/cart`, {{ headers: {{ Authorization: 'Bearer {d.bearer()}' }} }});
  sleep(1);
}}
""")
    d = C.doc("k6/summary.json")
    d.done(json.dumps({"root_group": {"name": "", "path": "", "checks": [{"name": "status 200", "passes": 4380, "fails": 2}]},
                       "options": {"summaryTrendStats": ["avg", "min", "med", "max", "p(90)", "p(95)"]},
                       "state": {"isStdOutTTY": False, "testRunDurationMs": 600123.4},
                       "setup_data": {"session": d.bearer(choice(["jwt", "opaque"]))},
                       "metrics": {"http_reqs": {"type": "counter", "contains": "default", "values": {"count": 4382, "rate": 7.3}}}}, indent=2))


def jmeter(C):
    for i in range(1, 4):
        d = C.doc(f"jmeter/{choice(['api-load', 'checkout', 'portal'])}-{i}.jmx")
        tok = d.bearer()
        pw = d.L("password", password())
        pw2 = d.L("password", password())
        d.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Orders load test">
      <elementProp name="TestPlan.user_defined_variables" elementType="Arguments" guiclass="ArgumentsPanel" testclass="Arguments">
        <collectionProp name="Arguments.arguments">
          <elementProp name="HOST" elementType="Argument">
            <stringProp name="Argument.name">HOST</stringProp>
            <stringProp name="Argument.value">{host()}</stringProp>
          </elementProp>
          <elementProp name="API_KEY" elementType="Argument">
            <stringProp name="Argument.name">API_KEY</stringProp>
            <stringProp name="Argument.value">{d.L('generic-secret', generic())}</stringProp>
          </elementProp>
          <elementProp name="DB_PASSWORD" elementType="Argument">
            <stringProp name="Argument.name">DB_PASSWORD</stringProp>
            <stringProp name="Argument.value">{pw}</stringProp>
          </elementProp>
          <elementProp name="TOKEN" elementType="Argument">
            <stringProp name="Argument.name">TOKEN</stringProp>
            <stringProp name="Argument.value">${{__P(token,)}}</stringProp>
          </elementProp>
        </collectionProp>
      </elementProp>
    </TestPlan>
    <hashTree>
      <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">
        <collectionProp name="HeaderManager.headers">
          <elementProp name="" elementType="Header">
            <stringProp name="Header.name">Authorization</stringProp>
            <stringProp name="Header.value">Bearer {tok}</stringProp>
          </elementProp>
          <elementProp name="" elementType="Header">
            <stringProp name="Header.name">X-Trace</stringProp>
            <stringProp name="Header.value">{d.X(trace_id())}</stringProp>
          </elementProp>
        </collectionProp>
      </HeaderManager>
      <hashTree/>
      <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">
        <collectionProp name="AuthManager.auth_list">
          <elementProp name="" elementType="Authorization">
            <stringProp name="Authorization.url">https://{host()}/admin</stringProp>
            <stringProp name="Authorization.username">perf-admin</stringProp>
            <stringProp name="Authorization.password">{pw2}</stringProp>
            <stringProp name="Authorization.domain"></stringProp>
            <stringProp name="Authorization.realm"></stringProp>
          </elementProp>
        </collectionProp>
      </AuthManager>
      <hashTree/>
      <JDBCDataSource guiclass="TestBeanGUI" testclass="JDBCDataSource" testname="JDBC Connection Configuration">
        <stringProp name="dataSource">ordersdb</stringProp>
        <stringProp name="dbUrl">jdbc:postgresql://{ip_priv()}:5432/orders</stringProp>
        <stringProp name="driver">org.postgresql.Driver</stringProp>
        <stringProp name="username">perf</stringProp>
        <stringProp name="password">${{DB_PASSWORD}}</stringProp>
      </JDBCDataSource>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
""")
    d = C.doc("jmeter/results.jtl")
    out = ["timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect"]
    for j in range(12):
        url = f"https://{host()}/v1/orders?session={d.L('generic-secret', generic('hex40'))}" if j % 4 == 0 else f"https://{host()}/v1/orders?page={j}"
        out.append(f"{R.randint(10**12, 2 * 10**12)},{R.randint(10, 900)},GET orders,200,OK,Thread Group 1-{j + 1},text,true,,{R.randint(200, 9000)},{R.randint(100, 900)},10,10,{url},{R.randint(5, 400)},0,{R.randint(0, 40)}")
    d.done("\n".join(out))


def gatling(C):
    for i in range(1, 4):
        d = C.doc(f"gatling/{choice(['Checkout', 'Browse', 'Login'])}Simulation{i}.scala")
        d.done(f"""package simulations

import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class CheckoutSimulation{i} extends Simulation {{

  val httpProtocol = http
    .baseUrl("https://{host()}")
    .acceptHeader("application/json")
    .header("Authorization", "Bearer {d.bearer()}")
    .userAgentHeader("gatling/3.11")

  // do not use in CI: real partner credentials
  val partner = http.baseUrl("https://partner.{choice(['postnord', 'dhl', 'bring'])}-gw.se").basicAuth("nordkraft", "{d.L('password', password())}")

  val feeder = csv("users.csv").circular   // columns: username,password

  val scn = scenario("Checkout")
    .feed(feeder)
    .exec(http("login").post("/auth/login")
      .formParam("username", "#{{username}}")
      .formParam("password", "#{{password}}")
      .check(jsonPath("$.access_token").saveAs("token")))
    .exec(http("cart").get("/v1/cart").header("Authorization", "Bearer #{{token}}"))
    .exec(http("pay").post("/v1/payments")
      .header("X-Api-Key", "{d.L('generic-secret', generic())}")
      .body(StringBody(\"\"\"{{"amount": 1299, "currency": "SEK", "idempotencyKey": "{d.X(uuid4())}"}}\"\"\")).asJson)

  setUp(scn.inject(rampUsers({R.randint(50, 500)}).during({R.randint(1, 10)}.minutes))).protocols(httpProtocol)
}}
""")
    d = C.doc("gatling/users.csv")
    rows = ["username,password"]
    for j in range(8):
        rows.append(f"loadtest{j:03d}@{choice(['nordkraft.se', 'fakturera.io'])},{d.L('password', password('gen'))}")
        d.L("email", rows[-1].split(",")[0])
    d.done("\n".join(rows))
