"""Bearer tokens (load tools, captures, mocks, tests) and AWS keys (process events, code, CI)."""
import json
from core import urlq, jesc, b64s, UP, LO, DG, AN

DOCS = []


def doc(path, kind):
    def deco(fn):
        DOCS.append((path, fn, kind))
        return fn
    return deco


def BT(d, n=None):
    return d.L("bearer-token", d.s(n or d.r.choice([32, 40, 43, 64]), AN + ("-_" if d.r.random() < .5 else "")))


def JB(d, sub="svc", aud="api", alg="RS256"):
    p = {"iss": d.r.choice(["https://auth.kontor.lan/", "https://login.bokningen.se", "https://sso.vardkedjan.se/realms/main"]),
         "sub": sub, "aud": aud, "iat": d.epoch(), "exp": d.epoch() + 3600, "scope": "read write"}
    return d.L("jwt|bearer-token", d.jwt(p, alg=alg, kid=d.s(12, AN) if alg == "RS256" else None))


@doc("bombardier-runs/checkout-api-2025-10-14.txt", "load test output")
def _(d):
    a = BT(d)
    j = JB(d, "loadtest", "checkout")
    return f"""$ bombardier -c 125 -n 20000 -l -H "Authorization: Bearer {a}" -H "Accept: application/json" https://checkout-stg.kassan.se/api/v2/cart/summary
Bombarding https://checkout-stg.kassan.se/api/v2/cart/summary with 20000 request(s) using 125 connection(s)
 20000 / 20000 [=========================================================================] 100.00% 1803/s 11s
Done!
Statistics        Avg      Stdev        Max
  Reqs/sec      1821.44     412.07    3021.15
  Latency       68.52ms    21.33ms   412.80ms
  Latency Distribution
     50%    63.11ms
     75%    77.40ms
     90%    96.02ms
     95%   112.54ms
     99%   171.38ms
  HTTP codes:
    1xx - 0, 2xx - 19988, 3xx - 0, 4xx - 12, 5xx - 0
    others - 0
  Throughput:     2.31MB/s

$ bombardier -c 50 -d 30s -m POST -f order.json -H "Content-Type: application/json" -H "Authorization: Bearer {j}" https://checkout-stg.kassan.se/api/v2/orders
Bombarding https://checkout-stg.kassan.se/api/v2/orders for 30s using 50 connection(s)
[============================================================================================] 30s
Done!
Statistics        Avg      Stdev        Max
  Reqs/sec       402.17      88.90     611.00
  Latency      124.30ms    40.12ms   902.11ms
  HTTP codes:
    1xx - 0, 2xx - 12011, 3xx - 0, 4xx - 54, 5xx - 0
    others - 0
  Throughput:   612.44KB/s

$ bombardier -c 10 -n 100 -H "Authorization: Bearer expired" https://checkout-stg.kassan.se/api/v2/cart/summary
  HTTP codes:
    1xx - 0, 2xx - 0, 3xx - 0, 4xx - 100, 5xx - 0
"""


@doc("h2load-runs/h2load-search.txt", "load test output")
def _(d):
    a = BT(d)
    return f"""$ h2load -n 5000 -c 20 -m 10 -H 'authorization: Bearer {a}' -H 'accept: application/json' https://search.bibliotek-syd.se/v1/search?q=strindberg
starting benchmark...
spawning thread #0: 20 total client(s). 5000 total requests
TLS Protocol: TLSv1.3
Cipher: TLS_AES_128_GCM_SHA256
Server Temp Key: X25519 253 bits
Application protocol: h2
progress: 10% done
progress: 20% done
progress: 30% done
progress: 40% done
progress: 50% done
progress: 60% done
progress: 70% done
progress: 80% done
progress: 90% done
progress: 100% done

finished in 3.41s, 1466.27 req/s, 4.12MB/s
requests: 5000 total, 5000 started, 5000 done, 4998 succeeded, 2 failed, 0 errored, 0 timeout
status codes: 4998 2xx, 0 3xx, 2 4xx, 0 5xx
traffic: 14.05MB (14733022) total, 95.31KB (97600) headers (space savings 93.12%), 13.88MB (14555000) data
                     min         max         mean         sd        +/- sd
time for request:     2.11ms    211.06ms     12.88ms     11.40ms    91.02%
time for connect:    21.40ms     60.11ms     38.77ms     10.02ms    65.00%
time to 1st byte:    71.22ms    104.80ms     88.13ms      9.55ms    60.00%
req/s           :      73.40       77.91       75.01        1.19    70.00%
"""


@doc("hey-runs/hey-notify.txt", "load test output")
def _(d):
    a = BT(d)
    b = BT(d)
    return f"""# notify-service soak, staging, token from `vault read -field=token secret/stg/notify-loadtest`
$ hey -n 2000 -c 50 -m POST -T "application/json" -H "Authorization: Bearer {a}" -d '{{"channel":"sms","template":"reminder"}}' https://notify-stg.tandvarden.lan/v1/messages

Summary:
  Total:	9.8123 secs
  Slowest:	1.2010 secs
  Fastest:	0.0412 secs
  Average:	0.2388 secs
  Requests/sec:	203.8258

  Total data:	146000 bytes
  Size/request:	73 bytes

Response time histogram:
  0.041 [1]	|
  0.157 [612]	|■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■
  0.273 [811]	|■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■
  0.389 [344]	|■■■■■■■■■■■■■■■■■
  0.505 [141]	|■■■■■■■
  0.621 [52]	|■■■
  0.737 [21]	|■
  0.853 [10]	|
  0.969 [5]	|
  1.085 [2]	|
  1.201 [1]	|

Status code distribution:
  [202]	1996 responses
  [429]	4 responses

$ hey -z 60s -q 20 -H "Authorization: Bearer {b}" https://notify-stg.tandvarden.lan/v1/health
Status code distribution:
  [200]	24000 responses
"""


@doc("got-http-logs/api-client-debug.log", "node http client debug log")
def _(d):
    a = BT(d, 64)
    j = JB(d, "sync-worker", "crm")
    reqid = d.X(d.uuid())
    h1 = json.dumps({"user-agent": "got (https://github.com/sindresorhus/got)", "authorization": f"Bearer {a}", "accept": "application/json"})
    h2 = json.dumps({"user-agent": "crm-sync/3.2.0", "authorization": f"Bearer {j}", "content-type": "application/json"})
    return f"""[{d.ts():%Y-%m-%dT%H:%M:%S}.114Z] DEBUG got:beforeRequest GET https://api.lagerkoll.se/v3/articles?page=1 headers={h1}
[{d.ts():%Y-%m-%dT%H:%M:%S}.402Z] DEBUG got:afterResponse 200 GET https://api.lagerkoll.se/v3/articles?page=1 x-request-id={reqid} 288ms
[{d.ts():%Y-%m-%dT%H:%M:%S}.011Z] DEBUG got:beforeRequest POST https://crm.lagerkoll.se/api/contacts/batch headers={h2}
[{d.ts():%Y-%m-%dT%H:%M:%S}.774Z] WARN  got:beforeRetry POST https://crm.lagerkoll.se/api/contacts/batch attempt=1 error=ETIMEDOUT
[{d.ts():%Y-%m-%dT%H:%M:%S}.915Z] DEBUG got:afterResponse 207 POST https://crm.lagerkoll.se/api/contacts/batch 1641ms
[{d.ts():%Y-%m-%dT%H:%M:%S}.100Z] DEBUG got:beforeRequest GET https://api.lagerkoll.se/v3/health headers={{"authorization":"Bearer [redacted]"}}
"""


@doc("openapi-generator-client-code/sync_invoices.py", "generated client usage code")
def _(d):
    j = JB(d, "fakturasync", "invoice-api")
    t = BT(d, 40)
    return f"""\"\"\"Nightly invoice sync using the generated OpenAPI client (openapi-generator 7.x, python).\"\"\"
import invoice_api_client
from invoice_api_client.rest import ApiException

# Defining the host is optional and defaults to http://localhost
configuration = invoice_api_client.Configuration(
    host="https://api.fakturaportalen.se/v2",
)

# The client must configure the authentication and authorization parameters
# in accordance with the API server security policy.
# Configure Bearer authorization (JWT): bearerAuth
configuration = invoice_api_client.Configuration(
    host="https://api.fakturaportalen.se/v2",
    access_token="{j}",
)
# configuration.access_token = os.environ["BEARER_TOKEN"]

legacy = invoice_api_client.Configuration(host="https://legacy.fakturaportalen.se/v1")
legacy.access_token = "{t}"

with invoice_api_client.ApiClient(configuration) as api_client:
    api = invoice_api_client.InvoicesApi(api_client)
    try:
        page = api.list_invoices(status="unpaid", limit=200)
        for inv in page.items:
            print(inv.id, inv.due_date, inv.amount)
    except ApiException as e:
        print("Exception when calling InvoicesApi->list_invoices: %s\\n" % e)
"""


@doc("express-gateway-yml/gateway.config.yml", "api gateway config")
def _(d):
    t = BT(d, 48)
    js = d.L("generic-secret", d.s(40, AN))
    return f"""http:
  port: 8080
admin:
  port: 9876
  host: localhost
apiEndpoints:
  orders:
    host: '*'
    paths: '/orders/*'
serviceEndpoints:
  ordersBackend:
    url: 'https://orders-int.kontor.lan'
policies:
  - jwt
  - request-transformer
  - proxy
pipelines:
  ordersPipeline:
    apiEndpoints:
      - orders
    policies:
      - jwt:
          - action:
              secretOrPublicKey: '{js}'
              checkCredentialExistence: false
      - request-transformer:
          - action:
              headers:
                add:
                  Authorization: "'Bearer {t}'"
      - proxy:
          - action:
              serviceEndpoint: ordersBackend
              changeOrigin: true
"""


@doc("packetbeat-http-events/packetbeat-20251102.ndjson", "network capture events")
def _(d):
    lines = []
    agent = d.X(d.uuid())
    for i in range(12):
        ts = d.ts()
        if i == 2:
            user, pw = "kassa01", d.pw(punct="!*-_.")
            ba = d.L("basic-auth", b64s(f"{user}:{pw}"))
            auth = f"Basic {ba}"
        elif i == 4:
            auth = "Bearer <token>"
        elif i in (1, 7, 10):
            auth = "Bearer " + JB(d, "pos-terminal-17", "pos")
        else:
            auth = "Bearer " + BT(d)
        ev = {"@timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "type": "http", "status": "OK",
              "network": {"transport": "tcp", "protocol": "http", "direction": "ingress"},
              "source": {"ip": f"10.44.{d.r.randint(1,9)}.{d.r.randint(2,250)}", "port": d.r.randint(40000, 65000)},
              "destination": {"ip": "10.44.0.10", "port": 8080},
              "http": {"request": {"method": d.r.choice(["GET", "POST"]), "headers": {"authorization": auth, "content-length": d.r.randint(0, 900), "user-agent": "okhttp/4.12.0"}},
                       "response": {"status_code": 200, "headers": {"content-type": "application/json"}}},
              "url": {"path": d.r.choice(["/api/receipts", "/api/items/lookup", "/api/session"]), "domain": "pos-gw.lan"},
              "event": {"duration": d.r.randint(1000000, 90000000), "dataset": "http", "kind": "event"},
              "agent": {"type": "packetbeat", "version": "8.15.2", "id": agent}, "trace": {"id": d.X(d.hx(32))}}
        lines.append(json.dumps(ev, separators=(",", ":")))
    return "\n".join(lines) + "\n"


@doc("mockserver-expectations-json/expectations.json", "api mock definitions")
def _(d):
    a = BT(d)
    b = BT(d)
    j = JB(d, "partner-7781", "partner-api")
    return json.dumps([
        {"id": "partner-auth-ok", "httpRequest": {"method": "GET", "path": "/partner/v1/shipments", "headers": {"Authorization": [f"Bearer {a}"]}},
         "httpResponse": {"statusCode": 200, "body": {"type": "JSON", "json": {"items": [], "next": None}}}},
        {"id": "partner-auth-jwt", "httpRequest": {"method": "POST", "path": "/partner/v1/shipments", "headers": {"Authorization": [f"Bearer {j}"]}},
         "httpResponse": {"statusCode": 201}},
        {"id": "partner-auth-missing", "httpRequest": {"method": "GET", "path": "/partner/v1/shipments", "headers": {"!Authorization": [".*"]}},
         "httpResponse": {"statusCode": 401, "body": "missing bearer"}},
        {"id": "partner-callback", "httpRequest": {"method": "POST", "path": "/hooks/status"},
         "httpForward": {"host": "partner-stub.lan", "port": 443, "scheme": "HTTPS"},
         "httpOverrideForwardedRequest": {"requestOverride": {"headers": {"Authorization": [f"Bearer {b}"]}}}},
    ], indent=2) + "\n"


@doc("mountebank-imposters/imposters.json", "api mock definitions")
def _(d):
    a = BT(d)
    tok = d.L("bearer-token", d.s(43, AN + "-_"))
    body = json.dumps({"access_token": tok, "token_type": "Bearer", "expires_in": 3600})
    return json.dumps({"imposters": [
        {"port": 4545, "protocol": "http", "name": "bank-api",
         "stubs": [
             {"predicates": [{"equals": {"method": "POST", "path": "/oauth2/token"}}],
              "responses": [{"is": {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": body}}]},
             {"predicates": [{"equals": {"path": "/accounts", "headers": {"Authorization": f"Bearer {tok}"}}}],
              "responses": [{"is": {"statusCode": 200, "body": {"accounts": []}}}]},
             {"predicates": [{"equals": {"path": "/payments", "headers": {"Authorization": f"Bearer {a}"}}}],
              "responses": [{"is": {"statusCode": 202}}]},
             {"responses": [{"is": {"statusCode": 401, "body": "Bearer token required"}}]}]}]}, indent=2) + "\n"


@doc("nock-recordings/fetch-orders.json", "http recording fixture")
def _(d):
    a = BT(d)
    j = JB(d, "shop-sync", "shopify-proxy")
    return json.dumps([
        {"scope": "https://api.webbhandel-norr.se:443", "method": "GET", "path": "/v1/orders?status=open",
         "body": "", "status": 200, "response": {"orders": [{"id": 10331, "total": "499.00"}]},
         "rawHeaders": ["Content-Type", "application/json", "X-Request-Id", d.X(d.uuid())],
         "reqheaders": {"authorization": f"Bearer {a}", "accept": "application/json"}, "responseIsBinary": False},
        {"scope": "https://api.webbhandel-norr.se:443", "method": "POST", "path": "/v1/orders/10331/fulfil",
         "body": {"carrier": "postnord"}, "status": 202, "response": "",
         "reqheaders": {"authorization": f"Bearer {j}"}, "responseIsBinary": False},
    ], indent=2) + "\n"


@doc("polly-js-recordings/recording.har", "http recording fixture")
def _(d):
    a = BT(d)
    rid = d.X(d.hx(32))
    return json.dumps({"log": {"_recordingName": "calendar-api/list events", "creator": {"comment": "persister:fs", "name": "Polly.JS", "version": "6.0.6"},
        "entries": [{"_id": rid, "_order": 0, "cache": {}, "request": {"bodySize": 0, "cookies": [],
            "headers": [{"_fromType": "array", "name": "authorization", "value": f"Bearer {a}"}, {"_fromType": "array", "name": "accept", "value": "application/json"}],
            "headersSize": 412, "httpVersion": "HTTP/1.1", "method": "GET", "queryString": [{"name": "from", "value": "2025-11-01"}],
            "url": "https://kalender.frisorkedjan.se/api/events?from=2025-11-01"},
            "response": {"bodySize": 88, "content": {"mimeType": "application/json", "size": 88, "text": "{\"events\":[]}"}, "cookies": [],
            "headers": [{"name": "content-type", "value": "application/json"}], "headersSize": 120, "httpVersion": "HTTP/1.1", "redirectURL": "", "status": 200, "statusText": "OK"},
            "startedDateTime": d.ts().strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 131, "timings": {"blocked": -1, "connect": -1, "dns": -1, "receive": 0, "send": 0, "ssl": -1, "wait": 131}}],
        "pages": [], "version": "1.2"}}, indent=2) + "\n"


@doc("msw-handlers/handlers.ts", "api mock code")
def _(d):
    a = BT(d, 40)
    j = d.L("jwt", d.jwt({"sub": "demo-user", "name": "Demo Användare", "iat": d.epoch()}, alg="HS256"))
    return f"""import {{ http, HttpResponse }} from 'msw'

// Token the staging backend accepts for the storybook/demo build.
const STAGING_TOKEN = '{a}'

export const handlers = [
  http.post('/api/auth/login', () => {{
    return HttpResponse.json({{
      access_token: '{j}',
      token_type: 'Bearer',
    }})
  }}),

  http.get('/api/bookings', ({{ request }}) => {{
    if (request.headers.get('Authorization') !== `Bearer ${{STAGING_TOKEN}}`) {{
      return new HttpResponse(null, {{ status: 401 }})
    }}
    return HttpResponse.json([{{ id: 1, service: 'Klippning', at: '2025-11-20T10:00' }}])
  }}),

  http.get('/api/me', () => HttpResponse.json({{ name: 'Demo' }}, {{ headers: {{ 'x-token': 'not-a-real-token' }} }})),
]
"""


@doc("rspec-webmock-specs/payout_client_spec.rb", "api test code")
def _(d):
    a = BT(d)
    b = BT(d)
    return f"""require "rails_helper"

RSpec.describe PayoutClient do
  let(:token) {{ "{a}" }}
  subject(:client) {{ described_class.new(token: token) }}

  before do
    stub_request(:post, "https://api.utbetalning.se/v1/payouts")
      .with(
        body: hash_including(amount: 125_00, currency: "SEK"),
        headers: {{ "Authorization" => "Bearer {a}", "Content-Type" => "application/json" }}
      )
      .to_return(status: 201, body: {{ id: "po_1" }}.to_json)

    stub_request(:get, "https://api.utbetalning.se/v1/balance")
      .with(headers: {{ "Authorization" => "Bearer {b}" }})
      .to_return(status: 200, body: {{ available: 10_000_00 }}.to_json)
  end

  it "creates a payout" do
    expect(client.create_payout(amount: 125_00)).to include("id" => "po_1")
  end

  it "rejects an invalid token" do
    stub_request(:get, /balance/).with(headers: {{ "Authorization" => "Bearer invalid" }}).to_return(status: 401)
    expect {{ described_class.new(token: "invalid").balance }}.to raise_error(PayoutClient::Unauthorized)
  end
end
"""


@doc("junit-mockwebserver-tests/TrackingClientTest.java", "api test code")
def _(d):
    a = BT(d)
    j = JB(d, "tracking-it", "tracking")
    return f"""package se.fraktbolaget.tracking;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.*;

import static org.junit.jupiter.api.Assertions.*;

class TrackingClientTest {{

    private static final String TOKEN = "{a}";
    private MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {{
        server = new MockWebServer();
        server.start();
    }}

    @AfterEach
    void tearDown() throws Exception {{
        server.shutdown();
    }}

    @Test
    void sendsBearerToken() throws Exception {{
        server.enqueue(new MockResponse().setBody("{{\\"status\\":\\"DELIVERED\\"}}"));
        TrackingClient client = new TrackingClient(server.url("/").toString(), TOKEN);
        client.status("00370712345678901234");
        RecordedRequest recorded = server.takeRequest();
        assertEquals("Bearer {a}", recorded.getHeader("Authorization"));
    }}

    @Test
    void integrationAgainstStaging() throws Exception {{
        TrackingClient client = new TrackingClient("https://tracking-stg.fraktbolaget.se/",
                "{j}");
        assertNotNull(client.status("00370712345678905555"));
    }}
}}
"""


@doc("gdscript-godot/leaderboard_api.gd", "game engine script")
def _(d):
    a = BT(d)
    k = d.L("generic-secret", d.s(32, AN))
    return f"""extends Node

## Posts scores to the leaderboard service.
const API_URL := "https://lb.pixelstugan.se/v1"
const API_TOKEN := "{a}"
const HMAC_KEY := "{k}"

@onready var http: HTTPRequest = $HTTPRequest

func submit_score(player: String, score: int) -> void:
	var body := JSON.stringify({{"player": player, "score": score}})
	var sig := Crypto.new().hmac_digest(HashingContext.HASH_SHA256, HMAC_KEY.to_utf8_buffer(), body.to_utf8_buffer()).hex_encode()
	var headers := [
		"Content-Type: application/json",
		"Authorization: Bearer " + API_TOKEN,
		"X-Signature: " + sig,
	]
	var err := http.request(API_URL + "/scores", headers, HTTPClient.METHOD_POST, body)
	if err != OK:
		push_error("leaderboard request failed: %s" % err)
"""


@doc("phpunit-guzzle-mock/MeterReadingClientTest.php", "api test code")
def _(d):
    a = BT(d)
    b = BT(d)
    return f"""<?php

declare(strict_types=1);

namespace App\\Tests\\Integration;

use App\\Client\\MeterReadingClient;
use GuzzleHttp\\Client;
use GuzzleHttp\\Handler\\MockHandler;
use GuzzleHttp\\HandlerStack;
use GuzzleHttp\\Middleware;
use GuzzleHttp\\Psr7\\Response;
use PHPUnit\\Framework\\TestCase;

final class MeterReadingClientTest extends TestCase
{{
    private const TOKEN = '{a}';

    public function testSendsBearerHeader(): void
    {{
        $history = [];
        $mock = new MockHandler([new Response(200, [], '{{"readings":[]}}')]);
        $stack = HandlerStack::create($mock);
        $stack->push(Middleware::history($history));

        $client = new MeterReadingClient(new Client(['handler' => $stack]), self::TOKEN);
        $client->latest('735999100000012345');

        $request = $history[0]['request'];
        $this->assertSame('Bearer {a}', $request->getHeaderLine('Authorization'));
    }}

    public function testAgainstSandbox(): void
    {{
        $client = new MeterReadingClient(new Client(['base_uri' => 'https://sandbox.elnat-mitt.se/']), '{b}');
        $this->assertIsArray($client->latest('735999100000054321'));
    }}
}}
"""


# ---------------------------------------------------------------- AWS keys

def AK(d, pre="AKIA"):
    return d.L("aws-access-key-id", d.akia(pre))


def AS(d):
    return d.L("aws-secret-key", d.awssec())


@doc("falco-alerts-json/falco-events.json", "runtime security events")
def _(d):
    k1, s1 = AK(d), AS(d)
    k2, s2 = AK(d), AS(d)
    evs = [
        {"output": f"{d.ts():%H:%M:%S}.512300 Notice Credential-like argument in command line (user=root command=aws configure set aws_secret_access_key {s1} container_id={d.X(d.hx(12))} image=amazon/aws-cli)",
         "priority": "Notice", "rule": "Sensitive argument in process cmdline", "time": d.ts().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
         "output_fields": {"proc.cmdline": f"aws configure set aws_secret_access_key {s1}", "proc.name": "aws", "user.name": "root", "container.image.repository": "amazon/aws-cli"}},
        {"output": f"{d.ts():%H:%M:%S}.118021 Notice Credential-like argument in command line (user=root command=aws configure set aws_access_key_id {k1})",
         "priority": "Notice", "rule": "Sensitive argument in process cmdline", "time": d.ts().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
         "output_fields": {"proc.cmdline": f"aws configure set aws_access_key_id {k1}", "proc.name": "aws", "user.name": "root"}},
        {"output": f"{d.ts():%H:%M:%S}.902113 Warning Env var with AWS credentials passed to process (command=sh -c AWS_ACCESS_KEY_ID={k2} AWS_SECRET_ACCESS_KEY={s2} s5 sync /data s3://backup-hall/data)",
         "priority": "Warning", "rule": "AWS credentials in environment", "time": d.ts().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
         "output_fields": {"proc.cmdline": f"sh -c AWS_ACCESS_KEY_ID={k2} AWS_SECRET_ACCESS_KEY={s2} s5 sync /data s3://backup-hall/data", "k8s.ns.name": "backup", "k8s.pod.name": "nightly-sync-28811230-x2k9q"}},
    ]
    return "\n".join(json.dumps(e) for e in evs) + "\n"


@doc("auditd-execve-log/audit.log", "kernel audit log")
def _(d):
    k, s = AK(d), AS(d)
    ser = d.r.randint(10000, 99999)
    t = d.epoch()
    pt = "".join(f"{ord(c):02X}" for c in f"aws configure set aws_access_key_id {k}".replace(" ", "\0"))
    return f"""type=SYSCALL msg=audit({t}.201:{ser}): arch=c000003e syscall=59 success=yes exit=0 a0=55d0c2a1f2a0 a1=55d0c2a21b40 a2=55d0c2a0e4d0 a3=8 items=2 ppid=41233 pid=41812 auid=1004 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts1 ses=77 comm="aws" exe="/usr/local/aws-cli/v2/2.17.20/dist/aws" subj=unconfined key="exec_log"
type=EXECVE msg=audit({t}.201:{ser}): argc=5 a0="aws" a1="configure" a2="set" a3="aws_access_key_id" a4="{k}"
type=CWD msg=audit({t}.201:{ser}): cwd="/root"
type=PROCTITLE msg=audit({t}.201:{ser}): proctitle={pt}
type=SYSCALL msg=audit({t+4}.877:{ser+3}): arch=c000003e syscall=59 success=yes exit=0 a0=55d0c2a1f2a0 a1=55d0c2a21b40 a2=55d0c2a0e4d0 a3=8 items=2 ppid=41233 pid=41830 auid=1004 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts1 ses=77 comm="aws" exe="/usr/local/aws-cli/v2/2.17.20/dist/aws" subj=unconfined key="exec_log"
type=EXECVE msg=audit({t+4}.877:{ser+3}): argc=5 a0="aws" a1="configure" a2="set" a3="aws_secret_access_key" a4="{s}"
type=CWD msg=audit({t+4}.877:{ser+3}): cwd="/root"
type=SYSCALL msg=audit({t+9}.004:{ser+7}): arch=c000003e syscall=59 success=yes exit=0 a0=55d0c2a1f2a0 a1=55d0c2a21b40 a2=55d0c2a0e4d0 a3=8 items=2 ppid=41233 pid=41851 auid=1004 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts1 ses=77 comm="aws" exe="/usr/local/aws-cli/v2/2.17.20/dist/aws" subj=unconfined key="exec_log"
type=EXECVE msg=audit({t+9}.004:{ser+7}): argc=4 a0="aws" a1="sts" a2="get-caller-identity" a3="--no-cli-pager"
"""


@doc("osquery-processes-results/osqueryd.results.log", "endpoint query results")
def _(d):
    k1, s1 = AK(d), AS(d)
    k2, s2, st = AK(d, "ASIA"), AS(d), d.b64(300)
    st = d.L("generic-secret", "IQoJb3JpZ2luX2Vj" + st.replace("+", "Z").replace("/", "k").rstrip("="))
    rows = [
        {"name": "pack_security_process_cmdlines", "hostIdentifier": "build-07", "calendarTime": d.ts().strftime("%a %b %d %H:%M:%S %Y UTC"), "unixTime": d.epoch(),
         "columns": {"pid": "88211", "name": "python3", "cmdline": f"python3 upload.py --access-key {k1} --secret-key {s1} --bucket artefakter-build", "uid": "1001"}, "action": "added"},
        {"name": "pack_security_process_envs", "hostIdentifier": "build-07", "calendarTime": d.ts().strftime("%a %b %d %H:%M:%S %Y UTC"), "unixTime": d.epoch(),
         "columns": {"pid": "88302", "key": "AWS_ACCESS_KEY_ID", "value": k2}, "action": "added"},
        {"name": "pack_security_process_envs", "hostIdentifier": "build-07", "calendarTime": d.ts().strftime("%a %b %d %H:%M:%S %Y UTC"), "unixTime": d.epoch(),
         "columns": {"pid": "88302", "key": "AWS_SECRET_ACCESS_KEY", "value": s2}, "action": "added"},
        {"name": "pack_security_process_envs", "hostIdentifier": "build-07", "calendarTime": d.ts().strftime("%a %b %d %H:%M:%S %Y UTC"), "unixTime": d.epoch(),
         "columns": {"pid": "88302", "key": "AWS_SESSION_TOKEN", "value": st}, "action": "added"},
        {"name": "pack_security_process_envs", "hostIdentifier": "build-07", "calendarTime": d.ts().strftime("%a %b %d %H:%M:%S %Y UTC"), "unixTime": d.epoch(),
         "columns": {"pid": "88302", "key": "AWS_DEFAULT_REGION", "value": "eu-north-1"}, "action": "added"},
    ]
    return "\n".join(json.dumps(r) for r in rows) + "\n"


@doc("sccache-env/ci-sccache.env", "build cache env file")
def _(d):
    k, s = AK(d), AS(d)
    return f"""# sccache S3 backend for the Rust CI runners (self-hosted)
RUSTC_WRAPPER=/usr/local/bin/sccache
SCCACHE_BUCKET=rust-build-cache-ci
SCCACHE_REGION=eu-north-1
SCCACHE_S3_KEY_PREFIX=runners/linux-x64
SCCACHE_S3_USE_SSL=true
SCCACHE_CACHE_SIZE=40G
AWS_ACCESS_KEY_ID={k}
AWS_SECRET_ACCESS_KEY={s}
# AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
"""


@doc("ray-cluster-yaml/cluster.yaml", "ml cluster config")
def _(d):
    k, s = AK(d), AS(d)
    return f"""cluster_name: forecast-train
max_workers: 6
upscaling_speed: 1.0
docker:
  image: "rayproject/ray-ml:2.9.3-py310-gpu"
  container_name: "ray_container"
  pull_before_run: true
provider:
  type: aws
  region: eu-north-1
  availability_zone: eu-north-1a
auth:
  ssh_user: ubuntu
available_node_types:
  ray.head.default:
    resources: {{}}
    node_config:
      InstanceType: m5.2xlarge
      ImageId: {d.X('ami-0' + d.hx(16))}
  ray.worker.gpu:
    min_workers: 0
    max_workers: 6
    node_config:
      InstanceType: g5.xlarge
head_node_type: ray.head.default
setup_commands:
  - pip install -U "s3fs==2024.6.1" "pyarrow>=15"
  - mkdir -p ~/.aws && printf "[default]\\naws_access_key_id = {k}\\naws_secret_access_key = {s}\\n" > ~/.aws/credentials
head_start_ray_commands:
  - ray stop
  - ray start --head --port=6379 --object-manager-port=8076 --autoscaling-config=~/ray_bootstrap_config.yaml --dashboard-host=0.0.0.0
worker_start_ray_commands:
  - ray stop
  - ray start --address=$RAY_HEAD_IP:6379 --object-manager-port=8076
"""


@doc("nextcloud-occ-commands/add-s3-external-storage.sh", "admin command script")
def _(d):
    k, s = AK(d), AS(d)
    return f"""#!/bin/bash
# Adds the archive bucket as external storage for the "Ekonomi" group.
cd /var/www/nextcloud || exit 1

sudo -u www-data php occ app:enable files_external

sudo -u www-data php occ files_external:create /Arkiv amazons3 amazons3::accesskey \\
  -c bucket=ekonomi-arkiv-2025 \\
  -c hostname=s3.eu-north-1.amazonaws.com \\
  -c region=eu-north-1 \\
  -c use_ssl=true \\
  -c use_path_style=false \\
  -c key={k} \\
  -c secret={s}

# mount id printed above; restrict it to the group
sudo -u www-data php occ files_external:applicable --add-group=Ekonomi 3
sudo -u www-data php occ files_external:verify 3
"""


@doc("apps-script-s3-upload/Code.gs", "spreadsheet automation code")
def _(d):
    k, s = AK(d), AS(d)
    return f"""/**
 * Exports the "Beställningar" sheet as CSV to S3 every night.
 * Uses the S3-for-Google-Apps-Script library (S3.getInstance).
 */
var AWS_ACCESS_KEY_ID = '{k}';
var AWS_SECRET_ACCESS_KEY = '{s}';
var BUCKET = 'bestallningar-export';

function exportOrders() {{
  var sheet = SpreadsheetApp.getActive().getSheetByName('Beställningar');
  var csv = sheet.getDataRange().getValues().map(function (r) {{ return r.join(';'); }}).join('\\n');
  var s3 = S3.getInstance(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY);
  var name = 'orders-' + Utilities.formatDate(new Date(), 'Europe/Stockholm', 'yyyy-MM-dd') + '.csv';
  s3.putObject(BUCKET, name, csv, {{ logRequests: false }});
}}

// PropertiesService.getScriptProperties().getProperty('AWS_SECRET_ACCESS_KEY') would be better
"""


@doc("mssql-s3-backup-tsql/s3-backup-credential.sql", "database sql script")
def _(d):
    k, s = AK(d), AS(d)
    return f"""-- SQL Server 2022: back up to S3-compatible object storage
-- The secret is '<AccessKeyID>:<SecretKeyID>'
USE master;
GO
IF EXISTS (SELECT * FROM sys.credentials WHERE name = 's3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod')
    DROP CREDENTIAL [s3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod];
GO
CREATE CREDENTIAL [s3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod]
WITH IDENTITY = 'S3 Access Key',
     SECRET = '{k}:{s}';
GO
BACKUP DATABASE [Ekonomi]
TO URL = 's3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod/Ekonomi_full.bak'
WITH COMPRESSION, STATS = 10, FORMAT, MAXTRANSFERSIZE = 20971520;
GO
"""


@doc("onedev-buildspec-yml/.onedev-buildspec.yml", "ci pipeline config")
def _(d):
    k, s = AK(d), AS(d)
    return f"""version: 33
jobs:
- name: publish-site
  steps:
  - !CheckoutStep
    name: checkout
    cloneCredential: !DefaultCredential {{}}
    withLfs: false
    withSubmodules: false
    condition: ALL_PREVIOUS_STEPS_WERE_SUCCESSFUL
  - !CommandStep
    name: build and sync
    runInContainer: true
    image: node:20
    interpreter: !DefaultInterpreter
      commands: |
        npm ci && npm run build
        pip install awscli
        export AWS_ACCESS_KEY_ID={k}
        export AWS_SECRET_ACCESS_KEY={s}
        aws s3 sync dist/ s3://www-foreningen-site --delete
        # AWS_SECRET_ACCESS_KEY should come from @secret:aws-secret@ instead
    useTTY: true
    condition: ALL_PREVIOUS_STEPS_WERE_SUCCESSFUL
  triggers:
  - !BranchUpdateTrigger
    branches: main
  retryCondition: never
  maxRetries: 3
  retryDelay: 30
  timeout: 3600
"""


@doc("jupyterhub-config-py/jupyterhub_config.py", "notebook server config")
def _(d):
    k, s = AK(d), AS(d)
    cs = d.L("generic-secret", d.s(32, AN))
    ck = d.L("generic-secret", d.hx(64))
    return f"""# Configuration file for jupyterhub.
c = get_config()  #noqa

c.JupyterHub.bind_url = 'http://:8000'
c.JupyterHub.cookie_secret = bytes.fromhex('{ck}')

from oauthenticator.generic import GenericOAuthenticator
c.JupyterHub.authenticator_class = GenericOAuthenticator
c.GenericOAuthenticator.client_id = 'jupyterhub'
c.GenericOAuthenticator.client_secret = '{cs}'
c.GenericOAuthenticator.oauth_callback_url = 'https://jupyter.analysgruppen.se/hub/oauth_callback'

c.JupyterHub.spawner_class = 'dockerspawner.DockerSpawner'
c.DockerSpawner.image = 'quay.io/jupyter/datascience-notebook:2025-01-06'
c.Spawner.environment = {{
    'AWS_ACCESS_KEY_ID': '{k}',
    'AWS_SECRET_ACCESS_KEY': '{s}',
    'AWS_DEFAULT_REGION': 'eu-north-1',
}}
"""
