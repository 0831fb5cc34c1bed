"""HTTP traffic captured by tracing/logging backends and API test tools: bearer tokens of every shape."""
import json as _json


class json:  # noqa: N801 - every JSON document here is written as UTF-8, not \u-escaped
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


from common import jesc, uenc

SHAPES = ["opaque", "hex", "b64url", "dotted", "jwt", "ya29", "azure", "prefixed", "jwt", "opaque", "b64url", "jwt"]


def _tok(d, i, enc=None, cat=None):
    return d.bt(SHAPES[i % len(SHAPES)], enc=enc, cat=cat)


def tempo_trace(S):
    d = S.doc("tempo-trace-json/trace-4bf92f3577b34da6.json")
    g = S.g
    spans = []
    for i in range(26):
        tok = g.bearer(SHAPES[i % len(SHAPES)])
        cat = "jwt|bearer-token" if tok[0] == "jwt" else "bearer-token"
        d.labj(cat, tok[1])
        attrs = [{"key": "http.request.method", "value": {"stringValue": g.choice(["GET", "POST", "PUT"])}},
                 {"key": "url.full", "value": {"stringValue": "https://api.kvarnbackens.se/v2/%s/%d" % (g.choice(["orders", "loans", "members"]), g.randint(1000, 99999))}},
                 {"key": "http.request.header.authorization", "value": {"arrayValue": {"values": [{"stringValue": "Bearer " + tok[1]}]}}},
                 {"key": "http.response.status_code", "value": {"intValue": str(g.choice([200, 200, 201, 401, 403]))}}]
        if i % 3 == 0:
            attrs.append({"key": "client.address", "value": {"stringValue": d.ip4()}})
        if i % 3 == 1:
            attrs.append({"key": "http.request.header.x-api-key", "value": {"arrayValue": {"values": [{"stringValue": d.labj("generic-secret", g.secret("alnum32"))}]}}})
        if i % 5 == 2:
            attrs.append({"key": "enduser.id", "value": {"stringValue": d.labj("email", g.email())}})
        if i % 6 == 3:
            attrs.append({"key": "client.address", "value": {"stringValue": d.ip6()}})
        spans.append({"traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": d.hexid(16), "parentSpanId": "00f067aa0ba902b7",
                      "name": "HTTP %s" % attrs[0]["value"]["stringValue"], "kind": 3,
                      "startTimeUnixNano": str(1793958000000000000 + i * 1000000), "endTimeUnixNano": str(1793958000000000000 + i * 1000000 + 41000000),
                      "attributes": attrs, "status": {}})
    data = {"batches": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "edge-gateway"}},
                                                      {"key": "deployment.environment", "value": {"stringValue": "prod"}}]},
                         "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation.httpx", "version": "0.48b0"}, "spans": spans}]}]}
    d.set(json.dumps(data, indent=2))


def gcp_logging(S):
    d = S.doc("gcp-cloud-logging-export/run-requests-2026-11-04.json")
    g = S.g
    entries = []
    for i in range(20):
        tok = g.bearer(SHAPES[(i + 3) % len(SHAPES)])
        d.labj("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
        ip = d.ip4() if i % 4 else d.ip6()
        url = "https://booking-api-x7k2pq-lz.a.run.app/v1/bookings" + ("?api_key=" + d.labj("generic-secret", g.secret("alnum32")) if i % 4 == 2 else "")
        e = {"insertId": d.rid(16).lower(), "httpRequest": {"requestMethod": "POST", "requestUrl": url,
                                                              "status": g.choice([200, 201, 401, 500]), "remoteIp": ip, "userAgent": "okhttp/4.12.0",
                                                              "latency": "0.%06ds" % g.randint(10000, 999999)},
             "jsonPayload": {"message": "request headers", "headers": {"authorization": "Bearer " + tok[1], "x-cloud-trace-context": d.hexid(32) + "/" + str(g.randint(10**15, 10**16)) + ";o=1"}},
             "resource": {"type": "cloud_run_revision", "labels": {"service_name": "booking-api", "location": "europe-north1", "revision_name": "booking-api-00041-kax"}},
             "timestamp": "2026-11-04T08:%02d:%02d.%06dZ" % (i * 3, g.randint(0, 59), g.randint(0, 999999)), "severity": "DEBUG",
             "logName": "projects/kvarn-prod/logs/run.googleapis.com%2Fstdout"}
        if i % 3 == 1:
            e["jsonPayload"]["headers"]["x-api-key"] = d.labj("generic-secret", g.secret(g.choice(["alnum32", "hex40", "b64url"])))
        if i % 7 == 3:
            e["jsonPayload"]["env"] = {"AWS_ACCESS_KEY_ID": d.ak(), "AWS_SECRET_ACCESS_KEY": d.sk(), "AWS_REGION": "eu-north-1"}
        if i % 5 == 4:
            e["jsonPayload"]["message"] = "db connect"
            e["jsonPayload"]["dsn"] = "postgresql://booking:" + d.labj("url-credentials|password", g.password("alnum")) + "@10.88.0.3:5432/booking"
        entries.append(e)
    d.set(json.dumps(entries, indent=2))


def workers_tail(S):
    d = S.doc("workers-tail-json/wrangler-tail.ndjson")
    g = S.g
    out = []
    for i in range(23):
        tok = g.bearer(SHAPES[(i + 5) % len(SHAPES)])
        d.labj("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
        ev = {"outcome": "ok", "scriptName": "api-edge", "diagnosticsChannelEvents": [], "exceptions": [],
              "logs": [{"message": ["auth header", "Bearer " + tok[1]], "level": "log", "timestamp": 1793958412000 + i * 311}],
              "eventTimestamp": 1793958412000 + i * 311,
              "event": {"request": {"url": "https://api.kvarnbackens.se/v3/items?page=%d" % i, "method": "GET",
                                    "headers": {"accept": "application/json", "authorization": "REDACTED", "cf-connecting-ip": d.ip4() if i % 3 else d.ip6(),
                                                "cf-ipcountry": g.choice(["SE", "NO", "DE", "FI"]), "user-agent": "KvarnApp/5.2 (iPhone; iOS 18.1)"},
                                    "cf": {"colo": "ARN", "asn": g.randint(1000, 60000), "city": "Stockholm"}},
                        "response": {"status": g.choice([200, 304, 401])}}}
        if i % 3 == 2:
            ev["logs"].append({"message": ["env check", {"UPSTREAM_KEY": d.labj("generic-secret", g.secret("hex40"))}], "level": "debug", "timestamp": 1793958412001 + i * 311})
        out.append(json.dumps(ev, separators=(",", ":")))
    d.set("\n".join(out))


def vercel_drain(S):
    d = S.doc("vercel-log-drain/drain-batch.ndjson")
    g = S.g
    out = []
    for i in range(21):
        tok = g.bearer(SHAPES[(i + 7) % len(SHAPES)])
        d.labj("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
        if i % 3 == 0:
            msg0 = "cms client init apiKey=%s" % d.labj("generic-secret", g.secret("hex40"))
            out.append(json.dumps({"id": d.rid(20), "message": msg0, "timestamp": 1793958411000 + i * 977, "type": "stdout", "source": "build"}))
        msg = "[GET] /api/account status=200 auth=Bearer %s" % tok[1] if i % 2 else "upstream fetch https://cms.kvarnbackens.se/graphql with headers {\"Authorization\":\"Bearer %s\"}" % tok[1]
        ev = {"id": d.rid(20), "message": msg, "timestamp": 1793958412000 + i * 977, "type": "stdout", "source": "lambda",
              "projectId": "prj_" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 28), "deploymentId": "dpl_" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 28),
              "host": "kvarn-web-git-main-kvarn.vercel.app", "path": "/api/account", "proxy": {"clientIp": d.ip4(), "method": "GET", "statusCode": 200, "region": "arn1"}}
        out.append(json.dumps(ev, ensure_ascii=False))
    d.set("\n".join(out))


def yaak(S):
    d = S.doc("yaak-export/yaak.kvarn-api.json")
    g = S.g
    reqs = []
    for i in range(16):
        k = i % 4
        base = {"model": "http_request", "id": "rq_" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 10), "workspaceId": "wk_Kv4rnAp1x9",
                "name": g.choice(["List orders", "Create member", "Refresh", "Health", "Upload avatar", "Search"]) + " %d" % i,
                "method": g.choice(["GET", "POST"]), "url": "${[ BASE_URL ]}/v2/" + g.choice(["orders", "members", "search"]), "headers": []}
        if k == 0:
            tok = g.bearer(SHAPES[i % len(SHAPES)])
            d.labj("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
            base["authenticationType"] = "bearer"
            base["authentication"] = {"token": tok[1]}
        elif k == 1:
            base["authenticationType"] = "basic"
            base["authentication"] = {"username": "partner-" + str(i), "password": d.labj("password", g.password("mix", punct="!#%*-=?@_."))}
        elif k == 2:
            tok = g.bearer(SHAPES[(i + 1) % len(SHAPES)])
            d.labj("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
            base["headers"] = [{"enabled": True, "name": "Authorization", "value": "Bearer " + tok[1]},
                               {"enabled": False, "name": "Authorization", "value": "Bearer ${[ TOKEN ]}"}]
        else:
            base["headers"] = [{"enabled": True, "name": "X-API-Key", "value": d.labj("generic-secret", g.secret(g.choice(["hex32", "alnum40", "b64url"])))}]
        reqs.append(base)
    envs = [{"model": "environment", "id": "ev_prod", "name": "Production", "variables": [
        {"enabled": True, "name": "BASE_URL", "value": "https://api.kvarnbackens.se"},
        {"enabled": True, "name": "TOKEN", "value": d.labj("bearer-token|generic-secret", g.bearer("opaque")[1])},
        {"enabled": True, "name": "CLIENT_SECRET", "value": d.labj("generic-secret", g.secret("alnum40"))},
        {"enabled": True, "name": "CLIENT_ID", "value": d.uuid()}]}]
    d.set(json.dumps({"yaakVersion": "2024.13.0", "yaakSchema": 2, "timestamp": "2026-11-02T09:14:22",
                      "resources": {"workspaces": [{"model": "workspace", "id": "wk_Kv4rnAp1x9", "name": "Kvarn API"}],
                                    "environments": envs, "httpRequests": reqs}}, indent=2))


def requestly(S):
    d = S.doc("requestly-rules/requestly_export.json")
    g = S.g
    rules = []
    for i in range(16):
        tok = g.bearer(SHAPES[(i + 2) % len(SHAPES)])
        d.labj("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
        hdrs = [{"header": "Authorization", "value": "Bearer " + tok[1], "type": "Add", "id": d.rid(5).lower()}]
        if i % 2 == 1:
            hdrs.append({"header": "X-Debug-Key", "value": d.labj("generic-secret", g.secret("hex32")), "type": "Add", "id": d.rid(5).lower()})
        rules.append({"creationDate": 1790000000000 + i * 86400000, "description": "", "groupId": "", "id": "Headers_" + d.rid(5).lower(),
                      "isSample": False, "name": "%s token (%s)" % (g.choice(["staging", "prod", "partner", "qa"]), g.choice(["anna", "nils", "frida", "ci"])),
                      "objectType": "rule", "pairs": [{"id": d.rid(5).lower(), "modifications": {"Request": hdrs, "Response": []},
                                                         "source": {"filters": [], "key": "Url", "operator": "Contains", "value": "api.kvarnbackens.se"}}],
                      "ruleType": "Headers", "status": "Active" if i % 2 else "Inactive", "version": 2})
    rules.append({"id": "Headers_docs", "name": "TEMPLATE - replace token", "ruleType": "Headers", "status": "Inactive",
                  "pairs": [{"modifications": {"Request": [{"header": "Authorization", "value": "Bearer <paste-token-here>", "type": "Add"}]}}]})
    d.set(json.dumps(rules, indent=2))


def schemathesis(S):
    d = S.doc("schemathesis-cassette/cassette.yaml")
    g = S.g
    parts = ["command: 'st run https://api.kvarnbackens.se/openapi.json --checks all --cassette-path cassette.yaml'", "recorded_with: 'Schemathesis 3.36.1'", "http_interactions:"]
    for i in range(18):
        tok = g.bearer(SHAPES[(i + 4) % len(SHAPES)])
        d.lab("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
        path = g.choice(["/v2/orders", "/v2/members/{id}", "/v2/search", "/v2/invoices"])
        parts.append(f"""- id: '{i + 1}'
  status: '{g.choice(["SUCCESS", "FAILURE"])}'
  seed: '{g.randint(10**37, 10**38)}'
  elapsed: '0.{g.randint(10000, 99999)}'
  recorded_at: '2026-11-03T10:{i:02d}:41.118203'
  checks:
  - name: 'not_a_server_error'
    status: 'SUCCESS'
    message: ~
  request:
    uri: 'https://api.kvarnbackens.se{path.replace("{id}", str(g.randint(1, 9999)))}'
    method: '{g.choice(["GET", "POST", "DELETE"])}'
    headers:
      User-Agent: ['schemathesis/3.36.1']
      Accept: ['*/*']
      Authorization: ['Bearer {tok[1]}']
      X-Schemathesis-TestCaseId: ['{d.rid(10)}']{chr(10) + "      X-Api-Key: ['" + d.gs(g.choice(['alnum32', 'hex40'])) + "']" if i % 2 else ''}
    body:
      encoding: 'utf-8'
      base64_string: '{S.g.b64(g.randint(6, 30))}'
  response:
    status:
      code: '{g.choice([200, 400, 401, 404, 422])}'
      message: 'OK'
    headers:
      Content-Type: ['application/json']
    body:
      encoding: 'utf-8'
      string: '{{"detail":"ok"}}'
    http_version: '1.1'""")
    d.set("\n".join(parts))


def stepci(S):
    d = S.doc("stepci-workflow/workflow.yml")
    g = S.g
    steps = []
    for i in range(20):
        k = i % 3
        if k == 0:
            steps.append(f"""      - name: {g.choice(['List orders', 'Get member', 'Search items'])} {i}
        http:
          url: ${{{{env.host}}}}/v2/{g.choice(['orders', 'members', 'items'])}
          method: GET
          auth:
            bearer:
              token: {d.bt(SHAPES[i % len(SHAPES)])}
          check:
            status: 200""")
        elif k == 1:
            steps.append(f"""      - name: Legacy endpoint {i}
        http:
          url: ${{{{env.host}}}}/legacy/report
          method: GET
          headers:
            Authorization: Bearer {d.bt(SHAPES[(i + 6) % len(SHAPES)])}
            X-Api-Key: {d.gs('hex32')}
          check:
            status: /^20/""")
        else:
            steps.append(f"""      - name: Basic auth admin {i}
        http:
          url: ${{{{env.host}}}}/admin/health
          method: GET
          auth:
            basic:
              username: admin
              password: {d.pw('alnum')}
          check:
            status: 200""")
    d.set(f"""version: "1.1"
name: Kvarn API smoke
env:
  host: https://api.kvarnbackens.se
  # template: token: ${{{{secrets.api_token}}}}
tests:
  smoke:
    steps:
""" + "\n".join(steps) + "\n")


def robot(S):
    d = S.doc("robotframework-api/orders_api.robot")
    g = S.g
    cases = []
    for i in range(15):
        cases.append(f"""{g.choice(['Get Orders', 'Create Order', 'Cancel Order', 'Get Member'])} As {g.choice(['Customer', 'Admin', 'Partner', 'Courier'])} {i}
    &{{headers}}=    Create Dictionary    Authorization=Bearer {d.bt(SHAPES[(i + 8) % len(SHAPES)])}    Accept=application/json
    ${{resp}}=    GET On Session    api    /v2/orders    headers=${{headers}}    expected_status=any
    Should Be True    ${{resp.status_code}} < 500
""")
    d.set(f"""*** Settings ***
Library           RequestsLibrary
Library           Collections
Suite Setup       Create Session    api    ${{BASE_URL}}    verify=True

*** Variables ***
${{BASE_URL}}       https://api.kvarnbackens.se
${{ADMIN_USER}}     qa-admin
${{ADMIN_PASS}}     {d.pw('mix', punct='!#%*-=?@_.')}
${{PARTNER_KEY}}    {d.gs('alnum40')}
${{DB_PASSWORD}}    {d.pw('alnum')}
${{SFTP_PASSWORD}}  {d.pw('words')}
${{COURIER_PASS}}   {d.pw('alnum')}
${{KEYSTORE_PASS}}  {d.pw('mix', punct='!#%*-=?@_.')}
# ${{TOKEN}}        <set with --variable TOKEN:...>

*** Test Cases ***
Login With Password
    ${{auth}}=    Create List    ${{ADMIN_USER}}    ${{ADMIN_PASS}}
    Create Session    admin    ${{BASE_URL}}    auth=${{auth}}
    ${{resp}}=    POST On Session    admin    /auth/login    json={{"username": "qa-customer", "password": "{d.pw('words', enc='json')}"}}
    Status Should Be    200    ${{resp}}

""" + "\n".join(cases))


def cypress(S):
    d = S.doc("cypress-e2e/api.cy.ts")
    g = S.g
    its = []
    for i in range(15):
        its.append(f"""  it('{g.choice(['lists orders', 'creates member', 'refreshes session', 'rejects expired token', 'uploads avatar'])} #{i}', () => {{
    cy.request({{
      method: '{g.choice(['GET', 'POST'])}',
      url: '/api/v2/{g.choice(['orders', 'members', 'session'])}',
      headers: {{ Authorization: 'Bearer {d.bt(SHAPES[(i + 9) % len(SHAPES)])}' }},
      failOnStatusCode: false,
    }}).its('status').should('be.oneOf', [200, 201, 401]);
  }});
""")
    d.set(f"""/// <reference types="cypress" />
// NOTE: tokens below were copied from the staging admin UI; move to cypress.env.json (SEC-431)

const ADMIN_PASSWORD = '{d.pw('mix', enc='sq' if False else None, punct='!#%*-=?@_.')}';
const STRIPE_TEST_CARD = '4242 4242 4242 4242';

const USERS = {{
  courier: {{ email: '{d.email()}', password: '{d.pw('alnum')}' }},
  support: {{ email: '{d.email()}', password: '{d.pw('words')}' }},
  viewer: {{ email: 'viewer@example.com', password: 'changeme' }},
}};

describe('api v2', () => {{
  before(() => {{
    cy.request('POST', '/api/auth/login', {{ email: '{d.email()}', password: ADMIN_PASSWORD }});
  }});

""" + "\n".join(its) + "});\n")


def scg_wiretap(S):
    d = S.doc("spring-cloud-gateway-wiretap/gateway.log")
    g = S.g
    lines = []
    for i in range(21):
        tok = g.bearer(SHAPES[(i + 10) % len(SHAPES)])
        d.lab("jwt|bearer-token" if tok[0] == "jwt" else "bearer-token", tok[1])
        cid = g.chars("0123456789abcdef", 8)
        ip = d.ip4()
        lines.append(f"2026-11-04 09:{i + 10:02d}:{g.randint(0, 59):02d}.{g.randint(100, 999)} DEBUG 1 --- [ctor-http-nio-{i % 4 + 1}] reactor.netty.http.server.HttpServer  : [{cid}-1, L:/10.60.2.14:8080 - R:/{ip}:{g.randint(30000, 65000)}] READ: {g.randint(300, 900)}B GET /api/members/{g.randint(1, 9999)} HTTP/1.1")
        lines.append(f"Host: gw.kvarnbackens.se")
        lines.append(f"Authorization: Bearer {tok[1]}")
        lines.append(f"X-Forwarded-For: {ip}")
        lines.append(f"Accept: application/json")
        lines.append("")
        if i % 3 == 2:
            lines.append(f"2026-11-04 09:{i + 10:02d}:{g.randint(0, 59):02d}.{g.randint(100, 999)} DEBUG 1 --- [ctor-http-nio-{i % 4 + 1}] o.s.c.g.filter.factory.AddRequestHeaderGatewayFilterFactory : adding header X-Internal-Key={d.gs('hex40')}")
    lines.append("2026-11-04 09:31:02.001  WARN 1 --- [           main] o.s.c.g.r.RouteDefinitionRouteLocator    : RouteDefinition legacy applying filter {_genkey_0=Authorization, _genkey_1=Bearer ${LEGACY_TOKEN}}")
    d.set("\n".join(lines))


def oha(S):
    d = S.doc("oha-bench/bench.sh")
    g = S.g
    cmds = []
    for i in range(17):
        cmds.append(f"oha -z {g.choice(['30s', '1m', '2m'])} -c {g.choice([10, 50, 100])} -q {g.choice([100, 500, 1000])} --latency-correction --disable-keepalive \\\n"
                    f"  -H 'Authorization: Bearer {d.bt(SHAPES[(i + 11) % len(SHAPES)])}' \\\n"
                    + (f"  -H 'X-Partner-Key: {d.gs('alnum40')}' \\\n" if i % 2 else "") +
                    f"  'https://{g.choice(['api', 'search', 'gw'])}.kvarnbackens.se/v2/{g.choice(['orders', 'items?q=lamp', 'members/me'])}' > results/run-{i:02d}.txt")
    d.set("#!/usr/bin/env bash\n# load test matrix before Black Friday, tokens belong to synthetic load-test users lt-000..lt-009\nset -euo pipefail\nmkdir -p results\n\n" + "\n\n".join(cmds) + "\n\n# template:\n# oha -z 30s -H 'Authorization: Bearer $TOKEN' https://api.kvarnbackens.se/v2/orders\n")


def tavern(S):
    d = S.doc("tavern-tests/test_members.tavern.yaml")
    g = S.g
    stages = []
    for i in range(16):
        stages.append(f"""  - name: {g.choice(['fetch member', 'update member', 'list loans', 'renew loan'])} {i}
    request:
      url: "{{service:s}}/v2/members/{g.randint(1, 9999)}"
      method: {g.choice(['GET', 'PATCH'])}
      headers:
        authorization: "Bearer {d.bt(SHAPES[(i + 1) % len(SHAPES)])}"
    response:
      status_code: 200""")
    d.set(f"""---
test_name: Members API regression

includes:
  - !include common.yaml

stages:
  - name: login
    request:
      url: "{{service:s}}/auth/token"
      method: POST
      json:
        username: regression-bot
        password: "{d.pw('mix', enc='json', punct='!#%*-=?@_.')}"
        client_secret: "{d.gs('alnum40')}"
        admin_override_password: "{d.pw('alnum')}"
    response:
      status_code: 200
      save:
        json:
          access_token: access_token
""" + "\n".join(stages) + "\n")


ALL = [tempo_trace, gcp_logging, workers_tail, vercel_drain, yaak, requestly, schemathesis, stepci, robot, cypress, scg_wiretap,
       oha, tavern]
