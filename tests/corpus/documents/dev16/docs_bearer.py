"""Bearer-token carriers: CI logs, runtime/proxy logs, code in many languages."""
import json
import values as V
from values import R
from core import Doc

MASKS = ["Bearer ***", "Bearer ****", "Bearer REDACTED", "Bearer <token>", "Bearer ${TOKEN}", "Bearer $ACCESS_TOKEN",
         "Bearer [MASKED]", "Bearer {{token}}", "Bearer <redacted>", "Bearer ${{ secrets.API_TOKEN }}", "Bearer %s",
         "Bearer [FILTERED]", "Bearer ********"]


def B(d, jwt_p=0.25, kind=None, **kw):
    if kind is None and R.random() < jwt_p:
        return d.S("jwt|bearer-token", V.jwt(**kw))
    return d.S("bearer-token", V.opaque(kind))


def mask():
    return R.choice(MASKS)


def t(fmt="%Y-%m-%dT%H:%M:%S.%fZ"):
    return V.ts().strftime(fmt)


def jenkins():
    for n in range(2):
        d = Doc("jenkins-console-log/job-%s-%d.txt" % (["payments-deploy", "nightly-contract-tests"][n], 180 + n * 37))
        lines = ["Started by timer" if n else "Started by user Julia Brandt",
                 "Running as SYSTEM",
                 "[Pipeline] Start of Pipeline",
                 "[Pipeline] node",
                 "Running on agent-linux-04 in /var/lib/jenkins/workspace/%s" % ["payments-deploy", "nightly-contract-tests"][n],
                 "[Pipeline] {",
                 "[Pipeline] withCredentials",
                 "Masking supported pattern matches of $API_TOKEN",
                 "[Pipeline] sh",
                 "+ curl -sS -H 'Authorization: ****' https://registry.internal.kvarnholm.se/v2/_catalog",
                 '{"repositories":["payments/api","payments/worker"]}']
        for i in range(10):
            tok = B(d)
            host = R.choice(["api.partner-hub.io", "orders.kvarnholm.se", "svc-ledger.prod.internal", "catalog.fjordline.net"])
            lines += ["[Pipeline] sh",
                      "+ curl -v -X GET https://%s/v1/health/%d -H 'Authorization: Bearer %s'" % (host, i, tok),
                      "*   Trying 10.40.%d.%d:443..." % (R.randint(1, 250), R.randint(1, 250)),
                      "* Connected to %s (10.40.1.%d) port 443 (#0)" % (host, R.randint(2, 250)),
                      "> GET /v1/health/%d HTTP/1.1" % i,
                      "> Host: %s" % host,
                      "> User-Agent: curl/8.5.0",
                      "> Accept: */*",
                      "> Authorization: Bearer %s" % tok,
                      ">",
                      "< HTTP/1.1 %s" % R.choice(["200 OK", "401 Unauthorized", "200 OK"]),
                      "< content-type: application/json",
                      "< x-request-id: %s" % d.N(V.uuid()),
                      "<",
                      '{"status":"ok","build":"%s"}' % d.N(V.sha1()),
                      "* Connection #0 to host %s left intact" % host]
        lines += ["[Pipeline] echo", "Using header Authorization: %s" % mask(),
                  "[Pipeline] httpRequest",
                  "HttpMethod: POST", "URL: https://hooks.kvarnholm.se/deploy",
                  "Content-Type: application/json", "Authorization: %s" % mask(),
                  "Sending request to url: https://hooks.kvarnholm.se/deploy",
                  "Response Code: HTTP/1.1 202 Accepted",
                  "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline",
                  "Finished: " + R.choice(["SUCCESS", "UNSTABLE"])]
        d.set("\n".join(lines))


def runtime_logs():
    # Temporal worker (JSON lines)
    d = Doc("temporal-worker-logs/worker-invoice-activities.jsonl")
    out = []
    for i in range(22):
        e = {"level": R.choice(["INFO", "DEBUG", "WARN"]), "ts": t(), "logger": "temporal_sdk_core",
             "msg": "Activity HTTP call", "Namespace": "billing-prod", "TaskQueue": "invoice-activities",
             "WorkflowID": "invoice-%s" % d.N(V.uuid()), "RunID": d.N(V.uuid()), "ActivityType": R.choice(["PushToErp", "FetchRates", "SendReminder"]),
             "Attempt": R.randint(1, 3)}
        if i % 3 == 2:
            e["request_headers"] = {"Authorization": R.choice(["Bearer ***", "Bearer [REDACTED]"]), "Accept": "application/json"}
        else:
            e["request_headers"] = {"Authorization": "Bearer " + B(d, jwt_p=0.3), "Accept": "application/json",
                                    "X-Correlation-Id": d.N(V.uuid())}
        out.append(json.dumps(e))
    d.set("\n".join(out))

    # Knative queue-proxy request logs
    d = Doc("knative-queue-proxy/queue-proxy-checkout-00017.log")
    out = []
    for i in range(20):
        hdrs = {"Accept-Encoding": "gzip", "User-Agent": R.choice(["Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3"]),
                "K-Proxy-Request": "activator", "Traceparent": "00-%s-%s-01" % (d.N(V.rs(V.HEX, 32)), V.rs(V.HEX, 16))}
        if i % 4 == 3:
            hdrs["Authorization"] = "Bearer"
        else:
            hdrs["Authorization"] = "Bearer " + B(d)
        e = {"severity": "INFO", "timestamp": t(), "logger": "queueproxy", "caller": "logging/config.go:80",
             "message": "request", "knative.dev/key": "shop/checkout", "knative.dev/pod": "checkout-00017-deployment-7c9f%s" % V.ident(5),
             "httpRequest": {"requestMethod": R.choice(["GET", "POST"]), "requestUrl": "/api/cart/%d" % R.randint(1000, 9999),
                             "status": R.choice([200, 200, 201, 401]), "latency": "%.6fs" % R.random(), "protocol": "HTTP/1.1",
                             "headers": hdrs}}
        out.append(json.dumps(e))
    d.set("\n".join(out))

    # OpenFaaS gateway
    d = Doc("openfaas-gateway/gateway-debug.log")
    out = ["%s Version: 0.27.6\tSHA: %s" % (t("%Y/%m/%d %H:%M:%S"), d.N(V.sha1())),
           "%s Binding to external function provider: http://faas-netes.openfaas:8081/" % t("%Y/%m/%d %H:%M:%S"),
           "%s Basic authentication: true" % t("%Y/%m/%d %H:%M:%S")]
    for i in range(15):
        fn = R.choice(["resize-image", "pdf-render", "notify-slack", "geo-lookup"])
        if i == 5:
            out.append("%s Forwarded [POST] to /function/%s - [200] - 0.%ds headers=map[Authorization:[%s] Content-Type:[application/json]]" % (t("%Y/%m/%d %H:%M:%S"), fn, R.randint(10, 99), mask()))
            continue
        out.append("%s Forwarded [POST] to /function/%s - [%d] - 0.%04ds headers=map[Accept:[*/*] Authorization:[Bearer %s] Content-Type:[application/json] X-Call-Id:[%s]]" % (
            t("%Y/%m/%d %H:%M:%S"), fn, R.choice([200, 200, 502]), R.randint(10, 9999), B(d), d.N(V.uuid())))
    d.set("\n".join(out))

    # Argo Events sensor logs
    d = Doc("argo-events-sensor/sensor-webhook-to-http.log")
    out = []
    for i in range(13):
        tok = B(d, jwt_p=0.4, iss="https://dex.platform.kvarnholm.se")
        out.append(json.dumps({"level": "info", "ts": 1764900000.0 + i * 13.7, "logger": "argo-events.sensor",
                               "caller": "sensors/listener.go:357", "msg": "Making a http request...",
                               "sensorName": "ci-dispatch", "triggerName": "http-trigger",
                               "url": "https://ci.platform.kvarnholm.se/api/v1/dispatch",
                               "headers": {"Authorization": "Bearer " + tok, "Content-Type": "application/json"}}))
        out.append(json.dumps({"level": "info", "ts": 1764900000.2 + i * 13.7, "logger": "argo-events.sensor",
                               "msg": "Successfully processed trigger 'http-trigger'", "triggeredBy": ["github-push"],
                               "triggeredByEvents": [d.N(V.rs(V.HEX, 32))]}))
    out.append('# sensor spec uses secureHeaders: - name: Authorization valueFrom: secretKeyRef: {name: ci-token, key: bearer}')
    d.set("\n".join(out))

    # Mule runtime
    d = Doc("mule-runtime-logs/mule_ee.log")
    out = []
    for i in range(17):
        tid = d.N(V.uuid())
        if i % 5 == 4:
            out.append("INFO  %s [[MuleRuntime].uber.%02d: [sapi-orders].get-orders.CPU_LITE @%s] [processor: get-orders/processors/1; event: %s] org.mule.extension.http.internal.HttpMessageLogger: REQUESTER\nGET /orders?since=2026-11-01 HTTP/1.1\nAuthorization: %s\nHost: erp-gw.kvarnholm.se:443\n" % (
                t("%Y-%m-%d %H:%M:%S,%f")[:-3], i, V.rs(V.HEX, 8), tid, mask()))
            continue
        out.append("DEBUG %s [[MuleRuntime].uber.%02d: [sapi-orders].get-orders.CPU_LITE @%s] [processor: get-orders/processors/1; event: %s] org.mule.extension.http.internal.HttpMessageLogger: REQUESTER\nGET /orders/%d HTTP/1.1\nAuthorization: Bearer %s\nclient_id: %s\nHost: erp-gw.kvarnholm.se:443\nTransfer-Encoding: chunked\n" % (
            t("%Y-%m-%d %H:%M:%S,%f")[:-3], i, V.rs(V.HEX, 8), tid, R.randint(10000, 99999), B(d), d.N(V.rs(V.HEX, 32))))
    d.set("\n".join(out))

    # Camel
    d = Doc("camel-route-trace/camel-tracer.log")
    out = []
    for i in range(16):
        tok = B(d, jwt_p=0.35)
        out.append("%s INFO  [Camel (camel-1) thread #%d - timer://poll] route2 - Exchange[Id: %s, RouteId: route2, ExchangePattern: InOnly, Properties: {CamelToEndpoint=https://api.fraktbolaget.se/v2/shipments}, Headers: {Authorization=Bearer %s, CamelHttpMethod=GET, CamelHttpResponseCode=%d, breadcrumbId=%s}, BodyType: String, Body: [Body is instance of java.io.InputStream]]" % (
            t("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(1, 6), d.N(V.rs(V.HEX, 15).upper() + "-" + "%016X" % R.getrandbits(60)), tok, R.choice([200, 204, 401]), d.N(V.uuid())))
    out.append("%s INFO  [main] o.a.c.i.e.AbstractCamelContext - Apache Camel 4.8.1 (camel-1) started in 412ms (build:97ms init:0ms start:315ms)" % t("%Y-%m-%d %H:%M:%S.%f")[:-3])
    out.append("# header set from {{api.token}} property; masked in production by camel.main.mask-sensitive-values = Bearer xxxxx")
    d.set("\n".join(out))

    # NiFi provenance / bulletin
    d = Doc("nifi-provenance/invokehttp-attributes.txt")
    out = ["Provenance Event  (Processor: InvokeHTTP[id=%s])" % d.N(V.uuid())]
    for i in range(13):
        out += ["--- FlowFile %s ---" % d.N(V.uuid()),
                "Event Type: SEND", "Event Time: %s" % t("%m/%d/%Y %H:%M:%S.%f")[:-3] + " UTC",
                "Transit Uri: https://ingest.datalager.se/api/batches",
                "Attribute Values:",
                "  Authorization      Bearer %s" % B(d),
                "  invokehttp.status.code   %d" % R.choice([200, 202, 401]),
                "  invokehttp.tx.id   %s" % d.N(V.uuid()),
                "  mime.type   application/json",
                "  filename   %s.json" % V.rs(V.DG, 13)]
    out += ["", "Dynamic property on processor: Authorization = Bearer #{ingest.token}   (sensitive parameter)"]
    d.set("\n".join(out))

    # Airbyte
    d = Doc("airbyte-sync-logs/sync-4471-attempt-2.log")
    out = []
    for i in range(13):
        out.append("%s source > INFO i.a.i.s.h.HttpClient(send):88 GET https://api.crm-nord.se/v3/contacts?cursor=%s headers={Accept=[application/json], Authorization=[Bearer %s]}" % (
            t("%Y-%m-%d %H:%M:%S"), d.N(V.rs(V.B64U, 24)), B(d)))
        out.append("%s source > INFO i.a.c.i.LineGobbler(voidCall):149 Read %d records from stream contacts" % (t("%Y-%m-%d %H:%M:%S"), R.randint(100, 5000)))
    out.append("%s replication-orchestrator > Config: {\"credentials\":{\"auth_type\":\"Bearer\",\"access_token\":\"**********\"}}" % t("%Y-%m-%d %H:%M:%S"))
    d.set("\n".join(out))

    # Erlang hackney trace
    d = Doc("erlang-hackney-trace/hackney-debug.log")
    out = []
    for i in range(11):
        out.append("=INFO REPORT==== %s ===\n    hackney_request: {send_request,<<\"POST\">>,<<\"https://push.mobilsvar.se/v1/messages\">>,\n        [{<<\"Authorization\">>,<<\"Bearer %s\">>},\n         {<<\"Content-Type\">>,<<\"application/json\">>},\n         {<<\"X-Msg-Id\">>,<<\"%s\">>}]}" % (
            t("%d-%b-%Y::%H:%M:%S"), B(d), d.N(V.uuid())))
    out.append("=ERROR REPORT==== %s ===\n    ** header token missing: expected <<\"Bearer \">> followed by token" % t("%d-%b-%Y::%H:%M:%S"))
    d.set("\n".join(out))

    # Octopus deploy task log
    d = Doc("octopus-task-log/ServerTasks-31877.log.txt")
    out = ["Task ID:        ServerTasks-31877", "Related IDs:    Deployments-5510, Channels-41, Releases-2093, Projects-88",
           "Task status:    Success", "Task queued:    %s" % t("%A, %d %B %Y %I:%M:%S %p +00:00"), "Server version: 2025.3.9141", ""]
    for i in range(13):
        tok = B(d)
        out.append("%s   Verbose  |       Invoking health-check: Invoke-RestMethod -Uri https://api.%s.kvarnholm.se/health -Headers @{ Authorization = \"Bearer %s\" }" % (
            t("%H:%M:%S"), R.choice(["stage", "prod", "ops"]), tok))
        out.append("%s   Info     |       StatusCode 200, elapsed %dms" % (t("%H:%M:%S"), R.randint(12, 900)))
    out.append("%s   Verbose  |       Octopus.Action[Smoke].Output.AuthHeader = Bearer ********" % t("%H:%M:%S"))
    out.append("%s   Info     |       Sensitive variable 'Api.Token' was masked in this log" % t("%H:%M:%S"))
    d.set("\n".join(out))

    # Ansible Tower job stdout
    d = Doc("ansible-tower-job-output/job_20931_stdout.txt")
    out = ["Identity added: /runner/artifacts/20931/ssh_key_data (deploy@awx)", "",
           "PLAY [Register services with API gateway] *********************************", ""]
    for i in range(11):
        tok = B(d, jwt_p=0.3)
        host = "app%02d.prod.kvarnholm.se" % (i + 1)
        out += ["TASK [gateway : register upstream] *****************************************",
                "task path: /runner/project/roles/gateway/tasks/main.yml:14",
                "ok: [%s] => {\"changed\": false, \"connection\": \"close\", \"content_type\": \"application/json\", \"cookies\": {}, \"elapsed\": 0, \"invocation\": {\"module_args\": {\"body_format\": \"json\", \"headers\": {\"Authorization\": \"Bearer %s\"}, \"method\": \"PUT\", \"status_code\": [200, 201], \"url\": \"https://gw-admin.kvarnholm.se/upstreams/%s\"}}, \"status\": 200}" % (host, tok, host), ""]
    out += ["TASK [gateway : print header (no_log)] ************************************",
            "ok: [app01.prod.kvarnholm.se] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\"}",
            "", "PLAY RECAP *********************************************************************"]
    d.set("\n".join(out))


def code():
    # Zig
    d = Doc("zig-src/src/api_client.zig")
    t1, t2 = B(d, jwt_p=0), d.S("generic-secret", V.secret("hex64"))
    d.set('''const std = @import("std");

// TODO(linnea): move to env before release, this is the staging token
const staging_token = "%s";
const signing_secret = "%s";

pub fn fetchInvoices(alloc: std.mem.Allocator, client: *std.http.Client) ![]u8 {
    var buf: [4096]u8 = undefined;
    const uri = try std.Uri.parse("https://api.stage.fakturera.se/v2/invoices");
    var req = try client.open(.GET, uri, .{
        .server_header_buffer = &buf,
        .extra_headers = &.{
            .{ .name = "authorization", .value = "Bearer " ++ staging_token },
            .{ .name = "accept", .value = "application/json" },
        },
    });
    defer req.deinit();
    try req.send();
    try req.wait();
    return try req.reader().readAllAlloc(alloc, 1 << 20);
}

test "auth header" {
    const hdr = "Bearer " ++ staging_token;
    try std.testing.expect(std.mem.startsWith(u8, hdr, "Bearer "));
    // prod reads std.posix.getenv("API_TOKEN") and formats "Bearer {s}"
}
''' % (t1, t2))

    # Nim
    d = Doc("nim-src/src/notifier.nim")
    tk = B(d, jwt_p=0)
    d.set('''import std/[httpclient, json, os, strformat]

const fallbackToken = "%s"   # old CI token, rotate!

proc notify*(msg: string) =
  let token = getEnv("NOTIFY_TOKEN", fallbackToken)
  var client = newHttpClient(timeout = 5000)
  client.headers = newHttpHeaders({
    "Authorization": &"Bearer {token}",
    "Content-Type": "application/json"
  })
  let resp = client.post("https://notify.kvarnholm.se/api/v1/messages", $(%%*{"text": msg}))
  echo resp.status

when isMainModule:
  # curl equivalent:
  # curl -H "Authorization: Bearer %s" -d '{"text":"hi"}' https://notify.kvarnholm.se/api/v1/messages
  notify("deploy done")
''' % (tk, tk))

    # Crystal
    d = Doc("crystal-src/src/github_sync.cr")
    tk1 = B(d, jwt_p=0)
    tk2 = B(d, jwt_p=1)
    d.set('''require "http/client"
require "json"

module GithubSync
  API = URI.parse("https://git.kvarnholm.se/api/v1")

  # service account token for the mirror job
  TOKEN = ENV["SYNC_TOKEN"]? || "%s"

  def self.client
    c = HTTP::Client.new(API)
    c.before_request { |req| req.headers["Authorization"] = "Bearer #{TOKEN}" }
    c
  end

  def self.spec_headers
    # captured from the identity service in staging, expires soon
    HTTP::Headers{"Authorization" => "Bearer %s", "Accept" => "application/json"}
  end
end
''' % (tk1, tk2))

    # OCaml cohttp
    d = Doc("ocaml-src/bin/sync_client.ml")
    tk1, tk2 = B(d, jwt_p=0), B(d, jwt_p=0)
    d.set('''open Lwt.Syntax
open Cohttp_lwt_unix

(* token of the read-only robot user; the write token lives in the vault *)
let robot_token = "%s"

let headers tok =
  Cohttp.Header.of_list
    [ ("Authorization", "Bearer " ^ tok); ("Accept", "application/json") ]

let fetch_builds () =
  let uri = Uri.of_string "https://ci.kvarnholm.se/api/builds?limit=20" in
  let* _resp, body = Client.get ~headers:(headers robot_token) uri in
  Cohttp_lwt.Body.to_string body

let () =
  (* debugging: Printf.printf "Authorization: Bearer %%s\\n" robot_token *)
  let fallback = Cohttp.Header.init_with "Authorization" "Bearer %s" in
  ignore fallback;
  print_endline (Lwt_main.run (fetch_builds ()))
''' % (tk1, tk2))

    # Elm
    d = Doc("elm-src/src/Api.elm")
    tk = B(d, jwt_p=1, iss="https://login.kvarnholm.se/realms/web")
    d.set('''module Api exposing (getProfile, devToken)

import Http
import Json.Decode as D


{-| Only used in the local dev build (elm reactor). Never ship.
-}
devToken : String
devToken =
    "%s"


getProfile : String -> (Result Http.Error Profile -> msg) -> Cmd msg
getProfile token toMsg =
    Http.request
        { method = "GET"
        , headers = [ Http.header "Authorization" ("Bearer " ++ token) ]
        , url = "/api/me"
        , body = Http.emptyBody
        , expect = Http.expectJson toMsg profileDecoder
        , timeout = Just 10000
        , tracker = Nothing
        }


type alias Profile =
    { name : String, email : String }


profileDecoder : D.Decoder Profile
profileDecoder =
    D.map2 Profile (D.field "name" D.string) (D.field "email" D.string)
''' % tk)

    # Dart http
    d = Doc("dart-http-src/lib/src/backend.dart")
    tk1, tk2, tk3 = B(d, jwt_p=0), B(d, jwt_p=1), B(d, jwt_p=0, kind="hex64")
    d.set('''import 'dart:convert';
import 'package:http/http.dart' as http;

class Backend {
  Backend(this._token);
  final String _token;

  static const _kioskToken = '%s';

  Map<String, String> get _headers => {
        'Authorization': 'Bearer $_token',
        'Content-Type': 'application/json',
      };

  Future<List<dynamic>> tables() async {
    final r = await http.get(Uri.parse('https://bokning.restaurangnorr.se/api/tables'), headers: _headers);
    return jsonDecode(r.body) as List<dynamic>;
  }

  static Backend kiosk() => Backend(_kioskToken);
}

// test/backend_test.dart fixture
const recordedAuth = 'Bearer %s';
// printer integration, token from the vendor portal
final printerHeaders = {'authorization': 'Bearer %s'};
''' % (tk1, tk2, tk3))

    # Go httptest
    d = Doc("go-httptest/internal/payments/client_test.go")
    toks = [B(d, jwt_p=0.3) for _ in range(4)]
    d.set('''package payments

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestClientSendsBearer(t *testing.T) {
	const want = "Bearer %s"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != want {
			t.Fatalf("Authorization = %%q, want %%q", got, want)
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	c := New(srv.URL, "%s")
	if err := c.Ping(); err != nil {
		t.Fatal(err)
	}
}

func TestRejectsEmpty(t *testing.T) {
	req, _ := http.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer ")
	// token_type "Bearer" with no token must be refused
}

var liveSmoke = map[string]string{
	"se": "Bearer %s",
	"no": "Bearer %s",
}
''' % (toks[0], toks[0], toks[1], toks[2]) + "\n// reconciliation token: " + toks[3] + " (used by cmd/recon, header Authorization: Bearer <token>)\n")
    # fix: toks[3] appears without Bearer prefix only; make it explicit
    d.body = d.body.replace("// reconciliation token: " + toks[3], "// reconciliation: curl -H 'Authorization: Bearer " + toks[3] + "'")

    # Kotlin MockMvc
    d = Doc("kotlin-mockmvc/src/test/kotlin/se/kvarnholm/orders/OrderControllerTest.kt")
    toks = [B(d, jwt_p=0.5, iss="https://idp.kvarnholm.se") for _ in range(4)]
    d.set('''package se.kvarnholm.orders

import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest
import org.springframework.http.HttpHeaders
import org.springframework.test.web.servlet.MockMvc
import org.springframework.test.web.servlet.get

@WebMvcTest(OrderController::class)
class OrderControllerTest(@Autowired val mvc: MockMvc) {

    private val adminToken = "%s"
    private val readerToken = "%s"

    @Test
    fun `admin can list orders`() {
        mvc.get("/api/orders") {
            header(HttpHeaders.AUTHORIZATION, "Bearer $adminToken")
        }.andExpect { status { isOk() } }
    }

    @Test
    fun `reader gets 403 on delete`() {
        mvc.get("/api/orders/17") { header("Authorization", "Bearer $readerToken") }
            .andExpect { status { isForbidden() } }
    }

    @Test
    fun `expired token`() {
        mvc.get("/api/orders") { header("Authorization", "Bearer %s") }
            .andExpect { status { isUnauthorized() } }
    }

    @Test
    fun `missing token`() {
        mvc.get("/api/orders") { header("Authorization", "Bearer") }
            .andExpect { status { isUnauthorized() } }
    }
}
// captured from staging for the contract test: Authorization: Bearer %s
''' % tuple(toks))

    # Swift XCTest
    d = Doc("swift-xctest/Tests/APIClientTests/AuthTests.swift")
    toks = [B(d, jwt_p=0.3) for _ in range(3)]
    d.set('''import XCTest
@testable import APIClient

final class AuthTests: XCTestCase {
    func testAuthorizationHeader() throws {
        var request = URLRequest(url: URL(string: "https://api.kvarnholm.se/v1/me")!)
        request.setValue("Bearer %s", forHTTPHeaderField: "Authorization")
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization")?.hasPrefix("Bearer "), true)
    }

    func testRefreshUsesNewToken() async throws {
        let store = TokenStore(access: "%s", refresh: nil)
        let client = Client(store: store)
        let req = try await client.authorizedRequest(path: "/v1/cart")
        XCTAssertEqual(req.allHTTPHeaderFields?["Authorization"], "Bearer \\(store.access)")
    }

    // Found in crash log from TestFlight build 412:
    // Authorization: Bearer %s
}
''' % tuple(toks))

    # Rust axum test
    d = Doc("rust-axum-src/tests/auth_layer.rs")
    toks = [B(d, jwt_p=0.5) for _ in range(3)]
    d.set('''use axum::{body::Body, http::{header, Request, StatusCode}};
use tower::ServiceExt;

const SERVICE_TOKEN: &str = "%s";

#[tokio::test]
async fn accepts_service_token() {
    let app = app::router(app::Config::from_env());
    let res = app
        .oneshot(
            Request::builder()
                .uri("/internal/reindex")
                .header(header::AUTHORIZATION, format!("Bearer {SERVICE_TOKEN}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn rejects_malformed() {
    for bad in ["Bearer", "Bearer ", "bearer", "Basic Zm9vOmJhcg=="] {
        let _ = bad; // each must yield 401
    }
}

// staging user token for manual testing with `xh`:
// xh :8080/api/me 'Authorization:Bearer %s'
// old key, revoked 2026-10-02? not sure: %s
''' % tuple(toks))
    d.body = d.body.replace("// old key, revoked 2026-10-02? not sure: " + toks[2], "// old header, revoked 2026-10-02? not sure: Bearer " + toks[2])

    # Deno
    d = Doc("deno-scripts/scripts/sync_kv.ts")
    toks = [B(d, jwt_p=0.2) for _ in range(3)]
    d.set('''#!/usr/bin/env -S deno run --allow-net --allow-env
// deno run --allow-net --allow-env scripts/sync_kv.ts

const TOKEN = Deno.env.get("EDGE_TOKEN") ?? "%s";

const res = await fetch("https://edge-config.kvarnholm.se/v1/items", {
  headers: { Authorization: `Bearer ${TOKEN}` },
});
console.log(res.status);

// second region still uses the legacy token
await fetch("https://edge-config-eu2.kvarnholm.se/v1/items", {
  headers: new Headers({ "authorization": "Bearer %s" }),
});

/* console output when run with --log-level=debug:
DEBUG RS - reqwest::connect:451 starting new connection: https://edge-config.kvarnholm.se/
DEBUG RS - deno_fetch:312 request headers: {"authorization": "Bearer %s", "accept": "*/*"}
*/
''' % tuple(toks))

    # Bun test output
    d = Doc("bun-test-output/bun-test-ci.txt")
    out = ["bun test v1.1.38 (%s)" % d.N(V.rs(V.HEX, 8)), "", "test/api.test.ts:"]
    for i in range(6):
        tk = B(d)
        if i % 2:
            out += ["✓ GET /orders/%d returns 200 [%.2fms]" % (i, R.random() * 40)]
            out += ["  [fetch] > GET https://api.kvarnholm.se/orders/%d" % i, "  [fetch] > authorization: Bearer %s" % tk, "  [fetch] < 200 OK"]
        else:
            out += ["✗ PATCH /orders/%d updates status [%.2fms]" % (i, R.random() * 90),
                    "error: expect(received).toEqual(expected)",
                    "  Expected: \"Bearer <token>\"", "  Received: \"Bearer %s\"" % tk]
    out += ["", " 3 pass", " 3 fail", " 12 expect() calls", "Ran 6 tests across 1 files. [412.00ms]"]
    d.set("\n".join(out))


def reviews_and_chat():
    # Gerrit review comments export
    d = Doc("gerrit-review/change-48213-comments.json")
    comments = []
    for i in range(5):
        tk = B(d)
        comments.append({"id": d.N(V.rs(V.HEX, 8) + "_" + V.rs(V.HEX, 8)), "author": {"name": V.name()},
                         "updated": t("%Y-%m-%d %H:%M:%S.000000000"), "line": R.randint(10, 300),
                         "message": "This hardcodes \"Authorization: Bearer %s\" - please read it from the secret store instead." % tk if i % 2 == 0 else
                         "Test fixture leaks a live token: `Bearer %s`. Rotate it?" % tk, "unresolved": True})
    comments.append({"id": "c1a2_%s" % V.rs(V.HEX, 8), "author": {"name": V.name()}, "message": "Use `Bearer ${TOKEN}` in the README example, not a real value.", "unresolved": False})
    d.set(")]}'\n" + json.dumps({"src/main/java/se/kvarnholm/Client.java": comments}, indent=2, ensure_ascii=False))

    # Zulip export
    d = Doc("zulip-export/messages-000001.json")
    msgs = []
    texts = []
    for i in range(10):
        tk = B(d, jwt_p=0.3)
        texts.append(R.choice([
            "@**Hugo Dahl** the smoke test fails with 401, I used `curl -H \"Authorization: Bearer %s\" https://api.stage.kvarnholm.se/v1/ping`" % tk,
            "here is the token from the staging IdP, valid 1h:\n```\nAuthorization: Bearer %s\n```" % tk,
            "Postman shows `Bearer %s` in the header tab, is that the right tenant?" % tk,
        ]))
    texts += ["pls don't paste tokens here, use `Bearer <token>` in examples", "the spec says token_type is \"Bearer\", case-insensitive"]
    for i, tx in enumerate(texts):
        msgs.append({"id": 480000 + i * 17, "sender_full_name": V.name(), "sender_email": "user%d@zulip.kvarnholm.se" % R.randint(10, 99),
                     "timestamp": 1764900000 + i * 97, "subject": "stage outage", "recipient_id": 44, "content": tx, "rendered_content": None})
    d.set(json.dumps({"zerver_message": msgs}, indent=1, ensure_ascii=False))

    # Rocket.Chat export
    d = Doc("rocketchat-export/ops-channel.csv")
    rows = ['"Username","Date","Message"']
    for i in range(10):
        tk = B(d)
        rows.append('"%s","%s","%s"' % (V.ident(6), t("%Y-%m-%d %H:%M"), R.choice([
            "tried with Bearer %s still 403" % tk,
            "curl -H ""Authorization: Bearer %s"" https://metrics.kvarnholm.se/api/query" % tk,
            "new grafana service account token: Bearer %s (read only)" % tk])))
    rows.append('"%s","%s","please use the bearer flow from the docs and Bearer *** in screenshots"' % (V.ident(6), t("%Y-%m-%d %H:%M")))
    d.set("\n".join(rows))

    # Intercom conversation
    d = Doc("intercom-conversations/conversation_21554987.json")
    tk1, tk2 = B(d, jwt_p=1), B(d, jwt_p=0)
    parts = [{"part_type": "comment", "author": {"type": "user", "name": V.name()}, "body": "<p>Our integration started returning 401. Request:</p><pre>GET /v2/stock HTTP/1.1\nHost: api.lagerkoll.se\nAuthorization: Bearer %s</pre>" % tk1},
             {"part_type": "comment", "author": {"type": "admin", "name": "Support"}, "body": "<p>Thanks! That token expired. Please never send tokens here; write <code>Bearer &lt;token&gt;</code> instead.</p>"},
             {"part_type": "comment", "author": {"type": "user", "name": V.name()}, "body": "<p>OK, new one works: Bearer %s</p>" % tk2}]
    d.set(json.dumps({"type": "conversation", "id": "21554987", "created_at": 1764902211, "conversation_parts": {"conversation_parts": parts}}, indent=2))

    # HelpScout thread
    d = Doc("helpscout-threads/thread-88213.txt")
    tk1, tk2 = B(d), B(d, jwt_p=1)
    d.set('''Conversation #88213 — "Webhook deliveries failing"
Customer: Nora Haugen <nora.haugen@vinterhamn.no>
Mailbox: API support

--- Customer, Nov 21 2026 09:14 ---
Hi, deliveries to our endpoint fail. Our receiver expects the header
Authorization: Bearer %s
Could you check what you send?

--- Lucas (agent), Nov 21 2026 10:02 ---
We send "Authorization: Bearer <your configured token>". Can you confirm the configured one is the same?
(Internal note: I masked it in the dashboard as Bearer ****)

--- Customer, Nov 21 2026 10:40 ---
Our gateway log shows this coming from you:
  authorization: Bearer %s
so it looks like an old token.
''' % (tk1, tk2))


def docs_notes():
    # Notion export (API docs-like with real-looking tokens)
    d = Doc("notion-export/Integrationer 3f2a9c/Lagerkoll API 8c1d.md")
    toks = [B(d, jwt_p=0.3) for _ in range(4)]
    d.set('''# Lagerkoll API

Owner: Saga Isaksson
Tags: integration, api
Last edited: November 24, 2026

## Authentication

All calls use OAuth2 client credentials. The token endpoint returns `"token_type": "Bearer"`; send it as `Authorization: Bearer <access_token>`.

### Tokens currently in use

| Environment | Header |
| --- | --- |
| test | `Bearer %s` |
| stage | `Bearer %s` |
| prod (read-only) | `Bearer %s` |

## Example

```bash
curl https://api.lagerkoll.se/v2/stock?sku=88120 \\
  -H "Authorization: Bearer %s"
```

> Don't copy prod tokens here — (too late, see above. /Saga)
''' % tuple(toks))

    # Confluence storage format
    d = Doc("confluence-storage/page-44012-runbook.xml")
    toks = [B(d, jwt_p=0.3) for _ in range(3)]
    d.set('''<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body><p>Runbook: restarting the ingest pipeline</p></ac:rich-text-body></ac:structured-macro>
<h2>Check health</h2>
<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="%s"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[curl -s -H "Authorization: Bearer %s" https://ingest.datalager.se/api/health | jq .]]></ac:plain-text-body></ac:structured-macro>
<p>If the token is expired, ask in #data-platform. The on-call token is <code>Bearer %s</code> (rotated monthly).</p>
<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">http</ac:parameter><ac:plain-text-body><![CDATA[POST /api/replay HTTP/1.1
Host: ingest.datalager.se
Authorization: Bearer %s
Content-Type: application/json

{"from":"2026-11-20T00:00:00Z"}]]></ac:plain-text-body></ac:structured-macro>
<p>Template for new pages: <code>Authorization: Bearer {token}</code></p>
''' % (d.N(V.uuid()), toks[0], toks[1], toks[2]))

    # Obsidian vault note
    d = Doc("obsidian-vault/Work/Debugging 2026-11-19.md")
    toks = [B(d, jwt_p=0.5) for _ in range(3)]
    d.set('''---
tags: [work, debugging]
created: 2026-11-19
---
# 401 from billing API

- [[Billing service]] rejects token from the mobile app
- token from the app (copied from Proxyman):
  `Bearer %s`
- token from web (works): `%s`
  ^ sent as `Authorization: Bearer %s` hmm, same issuer?

## Fix
- audience claim was wrong (`aud` = "api" vs "billing")
- retested with Bearer %s ✅

> [!note] Use `Bearer ${TOKEN}` in the ticket, not the real one
''' % (toks[0], toks[1], toks[1], toks[2]))

    # Joplin note
    d = Doc("joplin-notes/5c2e8d1a9b3f4e7d8a6b1c0d2e3f4a5b.md")
    toks = [B(d) for _ in range(3)]
    d.set('''API tokens (personal)

Home Assistant long-lived: Bearer %s
Paperless-ngx: Authorization: Bearer %s
Jellyfin (old): Bearer %s

id: 5c2e8d1a9b3f4e7d8a6b1c0d2e3f4a5b
parent_id: %s
created_time: 2026-10-03T18:22:41.117Z
updated_time: 2026-11-27T07:55:02.310Z
is_conflict: 0
markup_language: 1
is_shared: 0
type_: 1''' % (toks[0], toks[1], toks[2], d.N(V.rs(V.HEX, 32))))


def build():
    jenkins()
    runtime_logs()
    code()
    reviews_and_chat()
    docs_notes()
