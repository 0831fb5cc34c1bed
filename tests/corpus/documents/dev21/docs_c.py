"""docs_c: bearer tokens in HTTP clients' debug output, gateways, mocks and test suites; AWS keys in tools, code and process listings."""
import json

from generate import doc, jesc, uenc

SAFE = "!%*-_.+?"


def B(d, v, jwt=False):
    return d.L("jwt|bearer-token" if jwt else "bearer-token", v)


def AWS(d, prefix="AKIA"):
    return d.L("aws-access-key-id", d.aws_id(prefix)), d.L("aws-secret-key", d.aws_secret())


@doc("go-resty-debug-log/shipment-worker.log")
def resty(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.jwt("RS256", {"iss": "https://auth.fraktportalen.se", "aud": "shipments", "scope": "shipments:write"}), True)
    t3 = B(d, d.opaque("hex"))
    newtok = B(d, d.opaque("alnum"))
    rt = d.L("generic-secret", d.b64url(48))
    cs = d.L("generic-secret", d.alnum(40))
    rid = d.X(d.uuid())

    def block(ts, method, host, path, tok, body, status, rbody):
        return f"""{ts} DEBUG RESTY 
==============================================================================
~~~ REQUEST ~~~
{method}  {path}  HTTP/1.1
HOST   : {host}
HEADERS:
	Accept: application/json
	Authorization: Bearer {tok}
	Content-Type: application/json
	User-Agent: go-resty/2.14.0 (https://github.com/go-resty/resty)
BODY   :
{body}
------------------------------------------------------------------------------
~~~ RESPONSE ~~~
STATUS       : {status}
PROTO        : HTTP/2.0
RECEIVED AT  : 2025-11-03T09:14:22.301127+01:00
TIME DURATION: 183.221ms
HEADERS      :
	Content-Type: application/json; charset=utf-8
	Etag: {d.lk("etag")}
	Traceparent: 00-{d.lk("trace")}-{d.lk("span")}-01
	X-Request-Id: {rid}
BODY         :
{rbody}
==============================================================================
"""
    out = block("2025/11/03 09:14:22.118221", "POST", "api.fraktportalen.se", "/v1/shipments", t1,
                '{\n   "reference": "ORD-558120",\n   "service": "PARCEL",\n   "weight_g": 1840\n}',
                "201 Created", '{\n   "id": "shp_9QkP2",\n   "status": "booked"\n}')
    out += block("2025/11/03 09:14:23.009114", "GET", "api.fraktportalen.se", "/v1/shipments/shp_9QkP2/label", t2,
                 "***** NO CONTENT *****", "200 OK", '{\n   "label_url": "https://cdn.fraktportalen.se/l/shp_9QkP2.pdf"\n}')
    out += f"""2025/11/03 09:15:01.551002 WARN  token for carrier "posten" expired, refreshing (old token {d.lk("literal", "eyJhbGciOi...[truncated]")})
2025/11/03 09:15:01.551090 DEBUG RESTY 
==============================================================================
~~~ REQUEST ~~~
POST  /oauth2/token  HTTP/1.1
HOST   : auth.posten-api.se
HEADERS:
	Content-Type: application/x-www-form-urlencoded
	User-Agent: go-resty/2.14.0 (https://github.com/go-resty/resty)
BODY   :
grant_type=refresh_token&client_id=frakt-worker&client_secret={cs}&refresh_token={rt}
------------------------------------------------------------------------------
~~~ RESPONSE ~~~
STATUS       : 200 OK
PROTO        : HTTP/1.1
RECEIVED AT  : 2025-11-03T09:15:01.702417+01:00
TIME DURATION: 151.327ms
HEADERS      :
	Content-Type: application/json
BODY         :
{{
   "access_token": "{newtok}",
   "token_type": "Bearer",
   "expires_in": 3600
}}
==============================================================================
"""
    out += block("2025/11/03 09:15:01.703881", "POST", "api.posten-api.se", "/booking/v3/parcels", newtok,
                 '{\n   "sender": "Lager Nord AB",\n   "parcels": 3\n}', "202 Accepted", '{\n   "bookingId": "PN-7731102"\n}')
    out += block("2025/11/03 09:16:40.118902", "DELETE", "api.dhl-freight.se", "/v2/bookings/77120", t3,
                 "***** NO CONTENT *****", "204 No Content", "***** NO CONTENT *****")
    t4 = B(d, d.opaque("b64"))
    t5 = B(d, d.jwt("ES256", {"iss": "https://id.schenker-connect.se", "scope": "tracking"}), True)
    out += block("2025/11/03 09:18:02.771402", "GET", "tracking.schenker-connect.se", "/api/v1/track?ref=ORD-558120", t4,
                 "***** NO CONTENT *****", "200 OK", '{\n   "events": []\n}')
    out += block("2025/11/03 09:18:05.004018", "PUT", "tracking.schenker-connect.se", "/api/v1/subscriptions/ORD-558120", t5,
                 '{\n   "webhook": "https://lager.fraktportalen.se/hooks/schenker"\n}', "200 OK", '{\n   "ok": true\n}')
    t6 = B(d, d.opaque("alnum"))
    t7 = B(d, d.opaque("b64url"))
    out += block("2025/11/03 09:20:11.300145", "POST", "api.budbee-partner.se", "/v2/orders", t6,
                 '{\n   "externalId": "ORD-558133",\n   "parcels": 1\n}', "201 Created", '{\n   "token": "bb_ord_7Q2"\n}')
    out += block("2025/11/03 09:21:47.881023", "GET", "api.fraktportalen.se", "/v1/invoices?month=2025-10", t7,
                 "***** NO CONTENT *****", "200 OK", '{\n   "invoices": []\n}')
    ak = d.L("generic-secret", d.alnum(32))
    out += f"""2025/11/03 09:22:30.004511 DEBUG RESTY 
==============================================================================
~~~ REQUEST ~~~
GET  /v1/postcodes/90326  HTTP/1.1
HOST   : api.postnummerdata.se
HEADERS:
	User-Agent: go-resty/2.14.0 (https://github.com/go-resty/resty)
	X-Api-Key: {ak}
BODY   :
***** NO CONTENT *****
==============================================================================
"""
    return out


@doc("jersey-logging-feature/catalina.out")
def jersey(d):
    t1 = B(d, d.opaque("dotted"))
    t2 = B(d, d.jwt("RS256", {"iss": "https://idp.kundregister.intra/realms/intern", "azp": "crm-web", "preferred_username": "sbergl"}), True)
    t3 = B(d, d.opaque("b64"))
    t4 = B(d, d.opaque("hex"))
    t5 = B(d, d.jwt("RS256", {"iss": "https://idp.kundregister.intra/realms/intern", "azp": "crm-mobile", "preferred_username": "elinf"}), True)
    return f"""03-Nov-2025 10:02:09.118 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server built: Oct 7 2025 (git {d.lk("short-git")})
03-Nov-2025 10:02:11.402 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [4188] milliseconds
03-Nov-2025 10:02:11.410 INFO [main] se.kundregister.Boot JWKS loaded from https://idp.kundregister.intra/realms/intern/protocol/openid-connect/certs (kid {d.lk("literal", d.b64url(32))})
03-Nov-2025 10:02:14.917 INFO [http-nio-8080-exec-3] org.glassfish.jersey.logging.LoggingInterceptor.log 1 * Sending client request on thread http-nio-8080-exec-3
1 > GET https://api.kundregister.intra/v2/kunder/44118
1 > Accept: application/json
1 > Authorization: Bearer {t1}
1 > User-Agent: Jersey/3.1.5 (HttpUrlConnection 17.0.12)

03-Nov-2025 10:02:15.021 INFO [http-nio-8080-exec-3] org.glassfish.jersey.logging.LoggingInterceptor.log 1 * Client response received on thread http-nio-8080-exec-3
1 < 200
1 < Content-Length: 412
1 < Content-Type: application/json
1 < ETag: W/{d.lk("etag")}

03-Nov-2025 10:03:40.660 INFO [http-nio-8080-exec-7] org.glassfish.jersey.logging.LoggingInterceptor.log 2 * Server has received a request on thread http-nio-8080-exec-7
2 > POST http://crm-api:8080/api/arenden
2 > accept: application/json
2 > authorization: Bearer {t2}
2 > content-type: application/json
2 > host: crm-api:8080
2 > x-forwarded-for: 10.20.4.17
{{"kundId":44118,"rubrik":"Fakturafråga","kanal":"telefon"}}

03-Nov-2025 10:03:40.702 INFO [http-nio-8080-exec-7] org.glassfish.jersey.logging.LoggingInterceptor.log 2 * Server responded with a response on thread http-nio-8080-exec-7
2 < 201
2 < Content-Type: application/json

03-Nov-2025 10:05:02.118 INFO [scheduler-1] org.glassfish.jersey.logging.LoggingInterceptor.log 3 * Sending client request on thread scheduler-1
3 > POST https://hooks.partnerportal.se/v1/events
3 > Authorization: Bearer {t3}
3 > Content-Type: application/json
{{"event":"kund.uppdaterad","id":44118}}

03-Nov-2025 10:05:02.400 WARNING [scheduler-1] org.glassfish.jersey.logging.LoggingInterceptor.log 3 * Client response received on thread scheduler-1
3 < 401
3 < WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"
3 < X-Correlation-Id: {d.lk("uuid")}

03-Nov-2025 10:05:03.001 INFO [scheduler-1] org.glassfish.jersey.logging.LoggingInterceptor.log 4 * Sending client request on thread scheduler-1
4 > POST https://hooks.partnerportal.se/v1/events
4 > Authorization: Bearer {t4}
4 > Content-Type: application/json

03-Nov-2025 10:07:19.550 INFO [http-nio-8080-exec-2] org.glassfish.jersey.logging.LoggingInterceptor.log 5 * Server has received a request on thread http-nio-8080-exec-2
5 > GET http://crm-api:8080/api/kunder?q=lind
5 > authorization: Bearer {t5}
5 > host: crm-api:8080
5 > x-forwarded-for: 10.20.4.31

03-Nov-2025 10:09:44.003 INFO [scheduler-2] org.glassfish.jersey.logging.LoggingInterceptor.log 6 * Sending client request on thread scheduler-2
6 > GET https://api.adressvalidering.se/v1/lookup?postnr=41319
6 > Authorization: Bearer {B(d, d.opaque("b64url"))}
6 > X-Api-Key: {d.L("generic-secret", d.hex(32))}
"""


@doc("lwp-consolelogger-output/sync-prices.log")
def lwp(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("alnum"))
    t3 = B(d, d.jwt("ES256", {"iss": "prisapi", "scope": "prices:read"}), True)
    ck = d.X(d.hex(32))

    def tbl(url, tok, method="GET"):
        w = max(len("Bearer " + tok), 33)
        line = "+" + "-" * 18 + "+" + "-" * (w + 2) + "+"
        return f"""{method} {url}

.{"-" * 18}+{"-" * (w + 2)}.
| Request (before sending) Headers{" " * (w + 2 + 18 - 32 - 1)} |
+{"-" * 18}+{"-" * (w + 2)}+
| Accept           | {"application/json".ljust(w)} |
| Authorization    | {("Bearer " + tok).ljust(w)} |
| User-Agent       | {"libwww-perl/6.77".ljust(w)} |
'{"-" * 18}+{"-" * (w + 2)}'

==> 200 OK

.{"-" * 18}+{"-" * (w + 2)}.
| Response Header  | Value{" " * (w - 5)} |
+{"-" * 18}+{"-" * (w + 2)}+
| Content-Type     | {"application/json".ljust(w)} |
| X-Cache-Key      | {ck.ljust(w)} |
'{"-" * 18}+{"-" * (w + 2)}'
"""
    return (f"""# perl -MLWP::ConsoleLogger::Everywhere bin/sync-prices.pl  (2025-11-04 06:00)
# LWP::ConsoleLogger redacts nothing; the docs suggest ->headers_to_redact('Authorization') -> shows "{d.lk("literal", "[REDACTED]")}"
# run id {d.lk("uuid")}
""" + tbl("https://api.grossistpriser.se/v2/prices?since=2025-11-03", t1)
            + tbl("https://api.grossistpriser.se/v2/stock?warehouse=UME", t2)
            + tbl("https://pris.kedjan-intern.se/api/import", t3, "POST")
            + tbl("https://api.fraktkalkyl.se/v1/rates?from=90326&to=11122", B(d, d.opaque("b64url")))
            + tbl("https://api.valutakurser-nord.se/v1/latest?base=SEK", B(d, d.opaque("hex"))))


@doc("elixir-tesla-logger/dev.log")
def tesla(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("hex"))
    t3 = B(d, d.jwt("RS256", {"iss": "https://login.bokningsappen.se", "aud": "api", "role": "staff"}), True)
    idt = d.L("jwt", d.jwt("RS256", {"iss": "https://login.bokningsappen.se", "aud": "bokning-web", "email_verified": True, "nonce": d.b64url(12)}))
    d.X("request_id=F8a2kq3Z1vXb-HIAAAGB")
    d.X("Bearer invalid")
    d.X("[FILTERED]")
    return f"""10:21:04.118 request_id=F8a2kq3Z1vXb-HIAAAGB [info] GET /api/bokningar
10:21:04.119 [debug] >>> REQUEST >>>
Query: from: 2025-11-04
Query: to: 2025-11-11
accept: application/json
authorization: Bearer {t1}
user-agent: tesla

(no body)

10:21:04.263 [debug] <<< RESPONSE <<<
content-type: application/json; charset=utf-8
x-ratelimit-remaining: 118

{{"data":[{{"id":"bk_2231","start":"2025-11-05T09:00:00+01:00"}}]}}

10:21:04.264 [info] GET https://api.kalenderkoll.se/v1/events -> 200 (145.112 ms)
10:21:30.880 [info] Tesla.Middleware.Logger filter_headers: ["authorization"] enabled for :prod -> authorization: [FILTERED]
10:22:30.002 [debug] >>> REQUEST >>>
accept: application/json
authorization: Bearer {t2}
content-type: application/json

{{"event":"booking.created","booking_id":"bk_2232"}}

10:22:30.190 [info] POST https://notify.smsgateway-nord.se/v2/messages -> 202 (188.004 ms) message_id={d.lk("literal", "msg_" + d.ulid())}
10:23:11.530 [debug] >>> REQUEST >>>
authorization: Bearer {t3}
content-type: application/json

{{"id_token":"{idt}","device":"ios"}}

10:23:11.611 [info] POST http://localhost:4000/api/session/exchange -> 200 (81.3 ms)
10:22:58.771 [debug] >>> REQUEST >>>
accept: application/json
authorization: Bearer {B(d, d.opaque("alnum"))}

10:22:58.902 [info] GET https://api.kalenderkoll.se/v1/calendars/ost-12 -> 200 (131.0 ms)
10:23:05.440 [debug] >>> REQUEST >>>
content-type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=bokning-backend&client_secret={d.L("generic-secret", d.b64url(32))}

10:23:05.601 [info] POST https://login.bokningsappen.se/oauth/token -> 200 (161.2 ms)
10:23:05.603 [debug] >>> REQUEST >>>
authorization: Bearer {B(d, d.opaque("dotted"))}
accept: application/json

10:23:05.700 [info] GET https://api.bokningsappen.se/internal/staff -> 200 (96.8 ms)
10:23:12.004 [debug] >>> REQUEST >>>
authorization: Bearer invalid
user-agent: tesla

10:23:12.020 [info] GET http://localhost:4000/api/me -> 401 (16.0 ms)
"""


@doc("moya-network-logger/xcode-console.txt")
def moya(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.jwt("RS256", {"iss": "https://auth.hemtjanst-appen.se", "aud": "mobile", "sub": d.uuid()}), True)
    rt = d.L("generic-secret", d.b64url(32))
    t3 = B(d, d.opaque("alnum"))
    return f"""2025-11-04 07:42:10.551203+0100 Hemtjanst[3321:118902] [Networking] Moya_Logger: [04/11/2025 07:42:10] Request: https://api.hemtjanst-appen.se/v3/schema/today
Moya_Logger: [04/11/2025 07:42:10] Request Headers: ["Authorization": "Bearer {t1}", "Accept": "application/json", "X-App-Version": "4.12.0 (881)"]
Moya_Logger: [04/11/2025 07:42:10] HTTP Request Method: GET
Moya_Logger: [04/11/2025 07:42:10] Request Headers (device): ["X-Device-Id": "{d.X(d.uuid().upper())}"]
Moya_Logger: [04/11/2025 07:42:10] Response: <NSHTTPURLResponse: 0x600000c2a4e0> {{ URL: https://api.hemtjanst-appen.se/v3/schema/today }} {{ Status Code: 401, Headers {{
    "Content-Type" =     (
        "application/json"
    );
}} }}
Moya_Logger: [04/11/2025 07:42:10] Request: https://auth.hemtjanst-appen.se/oauth/token
Moya_Logger: [04/11/2025 07:42:10] Request Headers: ["Content-Type": "application/x-www-form-urlencoded"]
Moya_Logger: [04/11/2025 07:42:10] HTTP Request Method: POST
Moya_Logger: [04/11/2025 07:42:10] Request Body: grant_type=refresh_token&refresh_token={rt}&client_id=ios-app
Moya_Logger: [04/11/2025 07:42:11] Response Body: {{"access_token":"{t2}","token_type":"Bearer","expires_in":900,"refresh_token":"{rt}"}}
Moya_Logger: [04/11/2025 07:42:11] Request: https://api.hemtjanst-appen.se/v3/schema/today
Moya_Logger: [04/11/2025 07:42:11] Request Headers: ["Authorization": "Bearer {t2}", "Accept": "application/json", "X-App-Version": "4.12.0 (881)"]
Moya_Logger: [04/11/2025 07:42:11] HTTP Request Method: GET
Moya_Logger: [04/11/2025 07:42:12] Request: https://media.hemtjanst-appen.se/upload/signature
Moya_Logger: [04/11/2025 07:42:12] Request Headers: ["Content-Type": "image/png", "Authorization": "Bearer {t3}"]
Moya_Logger: [04/11/2025 07:42:12] HTTP Request Method: PUT
Moya_Logger: [04/11/2025 07:42:12] Response Headers: ["x-amz-request-id": "{d.lk("literal", d.HEXU(16))}", "ETag": {d.lk("etag")}]
Moya_Logger: [04/11/2025 07:43:30] Request: https://push.hemtjanst-appen.se/v1/devices
Moya_Logger: [04/11/2025 07:43:30] Request Headers: ["Authorization": "Bearer {B(d, d.opaque("hex"))}", "Content-Type": "application/json"]
Moya_Logger: [04/11/2025 07:43:30] HTTP Request Method: POST
Moya_Logger: [04/11/2025 07:44:02] Request: https://maps.kartdata-nord.se/v1/route?from=60.67,17.14&to=60.71,17.16
Moya_Logger: [04/11/2025 07:44:02] Request Headers: ["X-Api-Key": "{d.L("generic-secret", d.alnum(40))}", "Authorization": "Bearer {B(d, d.opaque("b64url"))}"]
Moya_Logger: [04/11/2025 07:44:02] HTTP Request Method: GET
Moya_Logger: [04/11/2025 07:43:30] Request Body: {{"apns_token":"{d.X(d.hex(64))}","platform":"ios"}}
"""


@doc("skipper-eskip-routes/routes.eskip")
def skipper(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("hex"))
    t3 = B(d, d.opaque("ya29"))
    return f"""// routes for the legacy partner APIs, loaded by skipper -routes-file
// generated {d.lk("literal", "2025-10-29")} from partners.yaml@{d.lk("short-git")}
health: Path("/healthz") -> inlineContent("ok") -> <shunt>;

// docs example, kept as a template: setRequestHeader("Authorization", "Bearer {d.lk("literal", "<token>")}")

// upstream wants a static token; we inject it so the clients never see it
lagerstatus: PathSubtree("/partner/lager")
  -> modPath("^/partner/lager", "/api/v1")
  -> setRequestHeader("Authorization", "Bearer {t1}")
  -> "https://lagerstatus.leverantor-nord.se";

priser: PathSubtree("/partner/priser")
  -> setRequestHeader("Authorization", "Bearer {t2}")
  -> setRequestHeader("X-Partner", "kedjan")
  -> "https://api.prisdata.se";

// BigQuery export proxy (short-lived token pasted in by hand during the incident, remove!)
bq: PathSubtree("/export/bq")
  -> setRequestHeader("Authorization", "Bearer {t3}")
  -> "https://bigquery.googleapis.com";

kartor: PathSubtree("/partner/kartor")
  -> setRequestHeader("Authorization", "Bearer {B(d, d.opaque("alnum"))}")
  -> "https://tiles.kartleverantor.se";

statistik: Path("/partner/statistik") && Method("POST")
  -> setRequestHeader("Authorization", "Bearer {B(d, d.jwt("RS256", {"iss": "https://sso.kedjan-intern.se", "aud": "statistik"}), True)}")
  -> "https://statistik.kedjan-intern.se";

vader: PathSubtree("/partner/vader")
  -> setRequestHeader("X-Api-Key", "{d.L("generic-secret", d.hex(32))}")
  -> setRequestHeader("Authorization", "Bearer {B(d, d.opaque("b64"))}")
  -> "https://api.vaderdata.se";

// the right way: token file mounted from the secret
kundkort: PathSubtree("/partner/kundkort")
  -> bearerinjector("/meta/credentials/kundkort")
  -> "https://kundkort.kedjan-intern.se";
"""


@doc("ocelot-gateway-json/ocelot.json")
def ocelot(d):
    t1 = B(d, d.opaque("alnum"))
    t2 = B(d, d.jwt("RS256", {"iss": "https://sts.kommun-ehalsa.se", "client_id": "gateway", "scope": ["journal.read"]}), True)
    t3 = B(d, d.opaque("b64"))
    return f"""{{
  "Routes": [
    {{
      "DownstreamPathTemplate": "/api/v2/{{everything}}",
      "DownstreamScheme": "https",
      "DownstreamHostAndPorts": [ {{ "Host": "bokning-api.intra", "Port": 443 }} ],
      "UpstreamPathTemplate": "/bokning/{{everything}}",
      "UpstreamHttpMethod": [ "Get", "Post" ],
      "AuthenticationOptions": {{ "AuthenticationProviderKey": "Bearer", "AllowedScopes": [] }},
      "Key": "{d.lk("uuid")}",
      "AddHeadersToRequest": {{ "Authorization": "Bearer {t1}" }}
    }},
    {{
      "DownstreamPathTemplate": "/fhir/{{everything}}",
      "DownstreamScheme": "https",
      "DownstreamHostAndPorts": [ {{ "Host": "fhir.kommun-ehalsa.se", "Port": 443 }} ],
      "UpstreamPathTemplate": "/journal/{{everything}}",
      "UpstreamHttpMethod": [ "Get" ],
      "AddHeadersToRequest": {{
        "Authorization": "Bearer {t2}",
        "X-Tenant": "ost"
      }}
    }},
    {{
      "DownstreamPathTemplate": "/sms/send",
      "DownstreamScheme": "https",
      "DownstreamHostAndPorts": [ {{ "Host": "api.smsbolaget.se", "Port": 443 }} ],
      "UpstreamPathTemplate": "/notify/sms",
      "UpstreamHttpMethod": [ "Post" ],
      "UpstreamHeaderTransform": {{ "Authorization": "Bearer {t3}" }},
      "RateLimitOptions": {{ "EnableRateLimiting": true, "Period": "1s", "Limit": 5 }}
    }},
    {{
      "DownstreamPathTemplate": "/v1/{{everything}}",
      "DownstreamScheme": "https",
      "DownstreamHostAndPorts": [ {{ "Host": "api.tolktjanst-syd.se", "Port": 443 }} ],
      "UpstreamPathTemplate": "/tolk/{{everything}}",
      "AddHeadersToRequest": {{ "Authorization": "Bearer {B(d, d.opaque("hex"))}" }}
    }},
    {{
      "DownstreamPathTemplate": "/api/{{everything}}",
      "DownstreamScheme": "https",
      "DownstreamHostAndPorts": [ {{ "Host": "api.hjalpmedel-ost.se", "Port": 443 }} ],
      "UpstreamPathTemplate": "/hjalpmedel/{{everything}}",
      "AddHeadersToRequest": {{
        "Authorization": "Bearer {B(d, d.opaque("b64url"))}",
        "X-Api-Key": "{d.L("generic-secret", d.alnum(32))}"
      }}
    }}
  ],
  "DynamicRoutes": [],
  "Aggregates": [ {{ "RouteKeys": [ "{d.lk("uuid")}" ] }} ],
  "GlobalConfiguration": {{
    "BaseUrl": "https://gw.kommun-ehalsa.se",
    "RequestIdKey": "X-Correlation-Id",
    "ServiceDiscoveryProvider": {{ "Token": "{d.lk("var", "CONSUL_TOKEN")}" }}
  }}
}}
"""


@doc("ngrok-agent-requests-json/requests.json")
def ngrok(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("hex"))
    t3 = B(d, d.jwt("HS256", {"iss": "kassa-dev", "store": 14}), True)
    t4 = B(d, d.opaque("alnum"))
    t5 = B(d, d.opaque("b64"))
    reqs = []
    for i, (tok, path) in enumerate([(t1, "/webhooks/swish"), (t2, "/webhooks/klarna"), (t3, "/api/kassa/sync"),
                                     (t4, "/webhooks/fortnox"), (t5, "/api/kassa/z-rapport"),
                                     (B(d, d.opaque("hex")), "/api/kassa/lager")]):
        rid = d.X("airt_" + d.alnum(27))
        raw = "POST %s HTTP/1.1\r\nHost: kassa-dev.ngrok.app\r\nAuthorization: Bearer %s\r\n\r\n{}" % (path, tok)
        import base64
        r64 = d.X(base64.b64encode(raw.encode()).decode())
        reqs.append({
            "uri": "/api/requests/http/" + rid, "id": rid, "tunnel_name": "command_line",
            "remote_addr": "192.0.2.%d" % (40 + i), "start": "2025-11-04T13:0%d:12+01:00" % i,
            "duration": 41000000 + i * 1733,
            "request": {"method": "POST", "proto": "HTTP/1.1",
                        "headers": {"Accept-Encoding": ["gzip"], "Authorization": ["Bearer " + tok],
                                    "X-Signature-256": ["sha256=" + d.X(d.hex(64))],
                                    "Content-Type": ["application/json"], "User-Agent": ["Go-http-client/2.0"],
                                    "X-Forwarded-For": ["192.0.2.%d" % (40 + i)]},
                        "uri": path, "raw": r64},
            "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                         "headers": {"Content-Type": ["application/json"]}, "raw": "SFRUUC8xLjEgMjAwIE9LDQoNCnt9"},
        })
    d.X("SFRUUC8xLjEgMjAwIE9LDQoNCnt9")
    return json.dumps({"uri": "/api/requests/http", "requests": reqs}, indent=2) + "\n"


@doc("hoverfly-simulation-json/simulation.json")
def hoverfly(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("alnum"))
    at = B(d, d.jwt("RS256", {"iss": "https://id.forsakring-syd.se", "aud": "claims"}), True)
    cs = d.L("generic-secret", d.alnum(32))
    pairs = [
        {"request": {"path": [{"matcher": "exact", "value": "/claims/v1/claims"}],
                     "method": [{"matcher": "exact", "value": "GET"}],
                     "headers": {"Authorization": [{"matcher": "exact", "value": "Bearer " + t1}]}},
         "response": {"status": 200, "body": "{\"items\":[]}", "headers": {"Content-Type": ["application/json"]}}},
        {"request": {"path": [{"matcher": "exact", "value": "/oauth2/token"}],
                     "method": [{"matcher": "exact", "value": "POST"}],
                     "body": [{"matcher": "form", "value": {"client_secret": [{"matcher": "exact", "value": cs}],
                                                            "grant_type": [{"matcher": "exact", "value": "client_credentials"}]}}]},
         "response": {"status": 200, "body": json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600}),
                      "headers": {"Content-Type": ["application/json"]}}},
        {"request": {"path": [{"matcher": "glob", "value": "/claims/v1/claims/*"}],
                     "headers": {"Authorization": [{"matcher": "exact", "value": "Bearer " + at}]}},
         "response": {"status": 200, "body": "{\"status\":\"OPEN\"}"}},
        {"request": {"path": [{"matcher": "exact", "value": "/documents/upload"}],
                     "headers": {"Authorization": [{"matcher": "exact", "value": "Bearer " + t2}]}},
         "response": {"status": 201, "body": ""}},
        {"request": {"path": [{"matcher": "exact", "value": "/payments/v2/payouts"}],
                     "headers": {"Authorization": [{"matcher": "exact", "value": "Bearer " + B(d, d.opaque("hex"))}]}},
         "response": {"status": 202, "body": "{\"payout\":\"queued\"}"}},
        {"request": {"path": [{"matcher": "exact", "value": "/customers/v1/lookup"}],
                     "headers": {"Authorization": [{"matcher": "exact", "value": "Bearer " + B(d, d.opaque("alnum"))}]}},
         "response": {"status": 200, "body": "{\"found\":false}"}},
        {"request": {"path": [{"matcher": "exact", "value": "/claims/v1/health"}],
                     "headers": {"Authorization": [{"matcher": "regex", "value": "Bearer .*"}]}},
         "response": {"status": 200, "body": "ok", "headers": {"X-Trace-Id": [d.lk("trace")], "ETag": ['W/"' + d.lk("md5") + '"']}}},
    ]
    d.X("Bearer .*")
    return json.dumps({"data": {"pairs": pairs, "globalActions": {"delays": []}},
                       "meta": {"schemaVersion": "v5.2", "hoverflyVersion": "v1.10.5", "buildHash": d.lk("git"),
                                "timeExported": "2025-11-04T14:02:18+01:00"}}, indent=2, ensure_ascii=False) + "\n"


@doc("venom-testsuite-yaml/medlem_api.yml")
def venom(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("hex"))
    cs = d.L("generic-secret", d.b64url(32))
    for v in ["Bearer {{.login.token}}", "Bearer {{.admin_token}}", "{{.client_secret}}"]:
        d.X(v)
    return f"""name: Medlems-API
vars:
  url: https://medlem-api.stage.idrottsforbundet-vast.se
  admin_token: "{t1}"
  # local mock: admin_token: "{d.lk("literal", "local-dev-token")}"
  client_secret: "{cs}"

testcases:
- name: login
  steps:
  - type: http
    method: POST
    url: "{{{{.url}}}}/oauth/token"
    body: "grant_type=client_credentials&client_id=venom&client_secret={{{{.client_secret}}}}"
    headers:
      Content-Type: application/x-www-form-urlencoded
    assertions:
    - result.statuscode ShouldEqual 200
    vars:
      token:
        from: result.bodyjson.access_token

- name: lista medlemmar
  steps:
  - type: http
    method: GET
    url: "{{{{.url}}}}/v1/medlemmar?forening=441"
    headers:
      Authorization: "Bearer {{{{.login.token}}}}"
    assertions:
    - result.statuscode ShouldEqual 200

- name: admin export
  steps:
  - type: http
    method: GET
    url: "{{{{.url}}}}/admin/export"
    headers:
      Authorization: "Bearer {{{{.admin_token}}}}"
    assertions:
    - result.statuscode ShouldEqual 200

- name: gammal token avvisas
  steps:
  - type: http
    method: GET
    url: "{{{{.url}}}}/v1/medlemmar"
    headers:
      Authorization: Bearer {t2}
    assertions:
    - result.statuscode ShouldEqual 401

- name: statistik (api-nyckel + token)
  steps:
  - type: http
    method: GET
    url: https://statistik.idrottsforbundet-vast.se/api/aktivitet
    headers:
      x-api-key: "{d.L("generic-secret", d.alnum(36))}"
      Authorization: "Bearer {B(d, d.opaque("hex"))}"

- name: partner-api (fast token)
  steps:
  - type: http
    method: GET
    url: https://partner.idrottsforbundet-vast.se/api/v2/licenser
    headers:
      authorization: Bearer {B(d, d.opaque("alnum"))}
"""


@doc("exunit-conn-tests/booking_controller_test.exs")
def exunit(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.jwt("HS512", {"iss": "tvattstuga", "sub": "lgh-1102"}), True)
    t3 = B(d, d.opaque("alnum"))
    return f"""defmodule TvattstugaWeb.BookingControllerTest do
  use TvattstugaWeb.ConnCase, async: true

  # token of the staging integration user, copied from the admin UI
  @staging_token "{t1}"
  @webhook_secret "{d.L("generic-secret", d.b64(32))}"

  # fixture user id {d.lk("uuid")}
  # signing salt for test sessions (public, from endpoint config): {d.lk("literal", d.alnum(8))}
  setup %{{conn: conn}} do
    conn =
      conn
      |> put_req_header("accept", "application/json")
      |> put_req_header("authorization", "Bearer " <> @staging_token)

    {{:ok, conn: conn}}
  end

  test "lists bookings", %{{conn: conn}} do
    conn = get(conn, ~p"/api/bookings")
    assert json_response(conn, 200)["data"] == []
  end

  test "tenant token can book", %{{conn: _}} do
    conn =
      build_conn()
      |> put_req_header("authorization", "Bearer {t2}")
      |> post(~p"/api/bookings", %{{"slot" => "2025-11-12T07:00"}})

    assert %{{"id" => _}} = json_response(conn, 201)["data"]
  end

  test "kiosk token only reads" do
    conn =
      build_conn()
      |> put_req_header("authorization", "Bearer {B(d, d.opaque("hex"))}")
      |> delete(~p"/api/bookings/1")

    assert conn.status == 403
  end

  test "webhook signature is verified" do
    body = ~s({{"event":"booking.cancelled","id":17}})
    sig = :crypto.mac(:hmac, :sha256, @webhook_secret, body) |> Base.encode16(case: :lower)

    conn =
      build_conn()
      |> put_req_header("x-signature", sig)
      |> put_req_header("authorization", "Bearer {B(d, d.opaque("b64url"))}")
      |> post(~p"/api/webhooks/booking", body)

    assert conn.status == 204
  end

  test "rejects a garbage token" do
    conn = build_conn() |> put_req_header("authorization", "Bearer {d.lk("literal", "not-a-token")}") |> get(~p"/api/bookings")
    assert conn.status == 401
  end

  @tag :external
  test "smoke against staging" do
    {{:ok, resp}} =
      Req.get("https://stage.tvattstugan.se/api/health", auth: {{:bearer, "{t3}"}})

    assert resp.status == 200
  end
end
"""


@doc("xunit-integration-tests/OrdersApiTests.cs")
def xunit(d):
    t1 = B(d, d.opaque("b64"))
    t2 = B(d, d.jwt("RS256", {"iss": "https://login.microsoftonline.com/" + d.uuid() + "/v2.0", "aud": "api://orders", "roles": ["Orders.Write"]}), True)
    t3 = B(d, d.opaque("hex"))
    tid = d.X(d.uuid())
    return f"""using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Orders.Api.Tests;

public class OrdersApiTests : IClassFixture<WebApplicationFactory<Program>>
{{
    private readonly HttpClient _client;
    // tenant {tid}; app registration (client id, public) {d.lk("uuid")}
    private const string FakeToken = "{d.lk("literal", "fake-jwt-for-unit-tests")}";
    private const string ServiceToken = "{t1}";
    private const string PartnerApiKey = "{d.L("generic-secret", d.alnum(40))}";
    private const string PartnerToken = "{B(d, d.opaque("alnum"))}";

    public OrdersApiTests(WebApplicationFactory<Program> factory)
    {{
        _client = factory.CreateClient();
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServiceToken);
    }}

    [Fact]
    public async Task Get_orders_returns_ok()
    {{
        var resp = await _client.GetAsync("/api/orders?page=1");
        Assert.Equal(HttpStatusCode.OK, resp.StatusCode);
    }}

    [Fact]
    public async Task Writer_role_can_create()
    {{
        using var req = new HttpRequestMessage(HttpMethod.Post, "/api/orders");
        req.Headers.Add("Authorization", "Bearer {t2}");
        req.Content = JsonContent.Create(new {{ sku = "A-1001", qty = 2 }});
        var resp = await _client.SendAsync(req);
        Assert.Equal(HttpStatusCode.Created, resp.StatusCode);
    }}

    [Fact]
    public async Task Reader_cannot_delete()
    {{
        using var req = new HttpRequestMessage(HttpMethod.Delete, "/api/orders/17");
        req.Headers.Authorization = AuthenticationHeaderValue.Parse("Bearer {B(d, d.opaque("b64url"))}");
        var resp = await _client.SendAsync(req);
        Assert.Equal(HttpStatusCode.Forbidden, resp.StatusCode);
    }}

    [Fact]
    public async Task Partner_endpoint_needs_key_and_token()
    {{
        using var req = new HttpRequestMessage(HttpMethod.Get, "/api/partner/stock");
        req.Headers.Add("X-Api-Key", PartnerApiKey);
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PartnerToken);
        var resp = await _client.SendAsync(req);
        Assert.Equal(HttpStatusCode.OK, resp.StatusCode);
    }}

    [Fact(Skip = "needs VPN")]
    public async Task Legacy_erp_ping()
    {{
        using var erp = new HttpClient {{ BaseAddress = new Uri("https://erp-gw.intra/") }};
        erp.DefaultRequestHeaders.Authorization = new("Bearer", "{t3}");
        var resp = await erp.GetAsync("ping");
        Assert.True(resp.IsSuccessStatusCode);
    }}
}}
"""


# ------------------------------------------------------------------ AWS


@doc("wmic-process-commandline/processes.txt")
def wmic(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    a3, s3 = AWS(d)
    a4, s4 = AWS(d, "ASIA")
    st = d.L("generic-secret", d.aws_session())
    pw = d.L("password", d.pw(punct="!%*-_.+?#"))
    rows = [
        ("C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule", "svchost.exe", 1432),
        ("\"C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe\" sts assume-role --role-arn arn:aws:iam::%s:role/backup-writer --role-session-name nightly --external-id %s" % (d.X(d.digits(12)), d.X(d.uuid())), "aws.exe", 8790),
        ("\"C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe\" configure set aws_access_key_id %s --profile backup" % a1, "aws.exe", 8812),
        ("\"C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe\" configure set aws_secret_access_key %s --profile backup" % s1, "aws.exe", 8840),
        ("C:\\tools\\rclone\\rclone.exe sync D:\\Export s3remote:kedjan-export --s3-provider AWS --s3-access-key-id %s --s3-secret-access-key %s --s3-region eu-north-1" % (a2, s2), "rclone.exe", 9120),
        ("\"C:\\Program Files\\Veeam\\Backup and Replication\\Console\\veeam.backup.shell.exe\" /session:%s" % d.lk("uuid"), "veeam.backup.shell.exe", 5120),
        ("C:\\Windows\\system32\\msiexec.exe /i C:\\Temp\\AWSCLIV2.msi /qn /l*v C:\\Temp\\aws.log PRODUCTCODE={%s}" % d.X(d.uuid().upper()), "msiexec.exe", 7712),
        ("powershell.exe -NoProfile -Command \"Set-AWSCredential -AccessKey %s -SecretKey %s -StoreAs deploy\"" % (a3, s3), "powershell.exe", 10244),
        ("C:\\Windows\\System32\\cmd.exe /c set AWS_ACCESS_KEY_ID=%s&& set AWS_SECRET_ACCESS_KEY=%s&& set AWS_SESSION_TOKEN=%s&& node upload.js" % (a4, s4, st), "cmd.exe", 11020),
        ("\"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe\" --host=10.30.1.22 --user=backup --password=%s --all-databases" % pw, "mysqldump.exe", 11380),
        ("C:\\Windows\\system32\\conhost.exe 0x4", "conhost.exe", 11384),
        ("curl.exe -s -H \"Authorization: Bearer %s\" https://api.kassasystem-nord.se/v1/export/z-rapport -o D:\\Export\\z.json" % B(d, d.opaque("b64url")), "curl.exe", 11702),
        ("\"C:\\Program Files\\Cyberduck CLI\\duck.exe\" --username %s --password %s --upload s3://arkiv-kontor/ D:\\Skannat" % AWS(d), "duck.exe", 11610),
    ]
    d.X("arn:aws:iam::") if False else None
    out = "PS C:\\> wmic process get ProcessId,Name,CommandLine /format:list | Out-File processes.txt\n\n"
    for cl, name, pid in rows:
        out += "\nCommandLine=%s\nName=%s\nProcessId=%d\n\n" % (cl, name, pid)
    return out


@doc("pstree-a-snapshot/pstree-app03.txt")
def pstree(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    a3, s3 = AWS(d)
    a4, s4 = AWS(d)
    pw = d.L("password", d.pw(punct="!%*-_.+?"))
    rp = d.L("password", d.pw(punct="!%*-_.+?"))
    return f"""# captured for INC-4471 (disk full on app03), `pstree -alp` as root
# (docker container {d.lk("sha256")} was already stopped)
systemd,1 --switched-root --system --deserialize 31
  |-containerd,812
  |   `-containerd-shim-runc-v2,3011 -namespace moby -id {d.lk("sha256")} -address /run/containerd/containerd.sock
  |-cron,901 -f
  |   `-cron,22810 -f
  |       `-sh,22811 -c /opt/etl/run.sh
  |           `-env,22812 AWS_ACCESS_KEY_ID={a1} AWS_SECRET_ACCESS_KEY={s1} AWS_DEFAULT_REGION=eu-north-1 python3 /opt/etl/export_orders.py --since yesterday
  |               `-python3,22812 /opt/etl/export_orders.py --since yesterday
  |-docker-proxy,1480 -proto tcp -host-ip 0.0.0.0 -host-port 9100 -container-ip 172.18.0.4 -container-port 9100
  |-java,1544 -Xmx4g -Daws.accessKeyId={a2} -Daws.secretKey={s2} -Dspring.profiles.active=prod -jar /opt/katalog/katalog.jar
  |   |-{{java}},1560
  |   `-{{java}},1561
  |-mysqld_exporter,1702 --mysqld.address=127.0.0.1:3306 --mysqld.username=exporter
  |-grafana-agent,1650 --config.file=/etc/grafana-agent.yaml --server.http.address=127.0.0.1:12345 -config.expand-env
  |-alloy,1701 run /etc/alloy/config.alloy --stability.level=generally-available
  |   `-{{alloy}},1702
  |-node,2113 /srv/bilder/server.js --api-key={d.L("generic-secret", d.hex(40))}
  |-rclone,2290 mount arkiv:arkiv-app03 /mnt/arkiv --s3-access-key-id={d.L("aws-access-key-id", d.aws_id())} --s3-secret-access-key={d.L("aws-secret-key", d.aws_secret())} --daemon
  |-redis-server,990
  |-curl,23190 -sf -H Authorization: Bearer {B(d, d.opaque("alnum"))} https://status.kedjan-intern.se/api/heartbeat/app03
  |-redis-cli,23102 -h 10.0.4.11 -a {rp} --no-auth-warning monitor
  |-sshd,1022
  |   `-sshd,22001
  |       `-bash,22003
  |           |-duplicity,22990 incremental --s3-use-new-style --s3-european-buckets /srv/data boto3+s3://arkiv-app03/data
  |           |-mysql,23000 -h 10.0.4.20 -u support --password={pw} katalog
  |           `-sudo,23150 pstree -alp
  |-restic,23304 backup /srv/data --repo s3:s3.eu-north-1.amazonaws.com/restic-app03 --password-file /root/.restic-pw --tag {d.lk("short-git")}
  |-s3fs,1190 kundfiler /mnt/kundfiler -o passwd_file=/etc/passwd-s3fs -o url=https://s3.eu-north-1.amazonaws.com
  `-s5cmd,23001 --credentials-file /root/.aws/credentials cp /srv/logs/*.gz s3://loggar-app03/

# /proc/1190/environ was empty; /etc/passwd-s3fs contains:
kundfiler:{a3}:{s3}

# and the duplicity wrapper (/root/bin/arkiv.sh):
export AWS_ACCESS_KEY_ID="{a4}"
export AWS_SECRET_ACCESS_KEY="{s4}"
"""


@doc("bareos-droplet-profile/grep-droplet.txt")
def bareos(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    pw = d.L("password", d.alnum(32))
    d.X("AKIAIOSFODNN7EXAMPLE")
    d.X("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    return f"""root@bareos-sd01:~# grep -r . /etc/bareos/bareos-sd.d/device/droplet/ /etc/bareos/bareos-sd.d/director/
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:host=s3.eu-north-1.amazonaws.com:443
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:use_https=true
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:backend=s3
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:aws_auth_sign_version=4
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:aws_region=eu-north-1
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:access_key={a1}
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:secret_key={s1}
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:pricing_dir=""
/etc/bareos/bareos-sd.d/device/droplet/aws-stockholm.profile:# bucket policy etag {d.lk("etag")}
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:host=s3.eu-west-1.amazonaws.com:443
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:use_https=true
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:backend=s3
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:aws_auth_sign_version=4
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:aws_region=eu-west-1
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:access_key={a2}
/etc/bareos/bareos-sd.d/device/droplet/aws-irland.profile:secret_key={s2}
/etc/bareos/bareos-sd.d/device/droplet/example.profile:#access_key=AKIAIOSFODNN7EXAMPLE
/etc/bareos/bareos-sd.d/device/droplet/example.profile:#secret_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
/etc/bareos/bareos-sd.d/director/bareos-dir.conf:Director {{
/etc/bareos/bareos-sd.d/director/bareos-dir.conf:  Name = bareos-dir
/etc/bareos/bareos-sd.d/director/bareos-dir.conf:  Password = "{pw}"
/etc/bareos/bareos-sd.d/director/bareos-dir.conf:}}
/etc/bareos/bareos-sd.d/director/bareos-mon.conf:  Password = "{d.lk("literal", "[md5]" + d.hex(32))}"
"""


@doc("amanda-conf/amanda.conf")
def amanda(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    return f"""org "DailySet1"
mailto "drift-larm@lindbergsbygg.se"
dumpuser "amandabackup"
inparallel 4
dumpcycle 1 week
runspercycle 7
tapecycle 15 tapes

define changer s3_vtapes {{
    tpchanger "chg-multi:s3:lindbergsbygg-amanda/DailySet1/slot-{{01,02,03,04,05,06,07,08,09,10,11,12,13,14,15}}"
    device-property "S3_ACCESS_KEY" "{a1}"
    device-property "S3_SECRET_KEY" "{s1}"
    device-property "S3_SSL" "YES"
    device-property "S3_BUCKET_LOCATION" "eu-north-1"
    device-property "STORAGE_API" "AWS4"
    changerfile "s3-statefile"
}}

define changer s3_offsite {{
    tpchanger "chg-multi:s3:lindbergsbygg-offsite/DailySet1/slot-{{1,2,3,4,5}}"
    device-property "S3_ACCESS_KEY" "{a2}"
    device-property "S3_SECRET_KEY" "{s2}"
    device-property "S3_BUCKET_LOCATION" "eu-central-1"
}}

# S3 device docs example: device-property "S3_ACCESS_KEY" "{d.lk("literal", "MYACCESSKEY")}"
tpchanger "s3_vtapes"
tapetype S3
define tapetype S3 {{
    length 20 gigabytes
}}

# amanda-{d.lk("literal", "3.5.4")} built from {d.lk("git")}
holdingdisk hd1 {{
    directory "/var/amanda/holding"
    use 50 Gb
}}
""".replace("drift-larm@lindbergsbygg.se", d.L("email", "drift-larm@lindbergsbygg.se"))


@doc("duply-profile-conf/conf")
def duply(d):
    a1, s1 = AWS(d)
    a0, s0 = AWS(d)
    gp = d.L("password", d.pw(punct="!%*-_.+?#"))
    gk = d.X(d.HEXU(8))
    return f"""# gpg encryption settings, simple settings:
#  GPG_KEY='disabled' - disables encryption alltogether
#  GPG_KEY='<key1>[,<key2>]'; GPG_PW='pass' - encrypt with keys,
#   sign if secret key of key1 is available use GPG_PW for sign & decrypt
GPG_KEY='{gk}'
GPG_PW='{gp}'

# backend, credentials & location of the backup target (URL-Format)
# generic syntax is
#   scheme://[user[:password]@]host[:port]/[/]path
# eg.
#   TARGET='b2://account_id[:application_key]@bucket_name/folder/'
TARGET='boto3+s3://arkiv-fileserver01/duply/etc'
TARGET_USER='{a1}'
TARGET_PASS='{s1}'
# previous IAM user (deactivated? check with Karin before deleting this)
#TARGET_USER='{a0}'
#TARGET_PASS='{s0}'

# (sample conf: TARGET_USER='{d.lk("literal", "_backend_username_")}' TARGET_PASS='{d.lk("literal", "_backend_password_")}')
# base directory to backup
SOURCE='/etc'

# gpg key fingerprint {d.lk("literal", d.HEXU(40))}
MAX_AGE=6M
MAX_FULL_BACKUPS=2
VOLSIZE=250
DUPL_PARAMS="$DUPL_PARAMS --volsize $VOLSIZE --s3-region-name eu-north-1 "
"""


@doc("buildbot-master-cfg/master.cfg")
def buildbot(d):
    w1 = d.L("password", d.pw(punct="!%*-_.+?#"))
    w2 = d.L("password", d.pw(punct="!%*-_.+?#"))
    up = d.L("password", d.pw(punct="!%*-_.+?#"))
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    ghs = d.L("generic-secret", d.hex(40))
    return f"""# -*- python -*-
# ex: set filetype=python:

from buildbot.plugins import *

c = BuildmasterConfig = {{}}

####### WORKERS
c['workers'] = [
    worker.Worker("linux-amd64", "{w1}"),
    worker.Worker("linux-arm64", "{w2}", max_builds=2),
    worker.EC2LatentWorker("ec2-large", "sekrit", "c7i.2xlarge",
                           region="eu-north-1",
                           ami="{d.lk("literal", "ami-" + d.hex(17))}",
                           identifier="{a1}",
                           secret_identifier="{s1}",
                           keypair_name="buildbot", security_name="buildbot-workers"),
]
c['protocols'] = {{'pb': {{'port': 9989}}}}
# worker ssh host key for the latent worker AMI: {d.lk("sshfp")}

####### CHANGESOURCES / WEB
c['www'] = dict(port=8010,
                plugins=dict(waterfall_view={{}}, console_view={{}}),
                auth=util.UserPasswordAuth({{"release-team": "{up}"}}),
                change_hook_dialects={{'github': {{'secret': "{ghs}", 'strict': True}}}})

####### BUILDERS
upload = util.BuildFactory()
upload.addStep(steps.Git(repourl='https://git.kartverktyg.se/kart/tiles.git', mode='incremental'))
upload.addStep(steps.ShellCommand(command=["make", "tiles"]))
upload.addStep(steps.ShellCommand(
    command=["aws", "s3", "sync", "out/", "s3://kartverktyg-tiles/"],
    env={{"AWS_ACCESS_KEY_ID": "{a2}",
         "AWS_SECRET_ACCESS_KEY": "{s2}",
         "AWS_DEFAULT_REGION": "eu-north-1"}}))

upload.addStep(steps.ShellCommand(
    command=["curl", "-fsS", "-X", "POST", "-H", "Authorization: Bearer {B(d, d.opaque("hex"))}",
             "https://cdn-api.kartverktyg.se/v1/purge?prefix=/tiles/"]))

c['builders'] = [util.BuilderConfig(name="tiles", workernames=["linux-amd64"], factory=upload)]
c['title'] = "Kartverktyg CI"
# buildbot.tac of the workers has: passwd = '{d.lk("var", "WORKER_PASSWORD")}' (templated by ansible)
c['buildbotURL'] = "https://ci.kartverktyg.se/"
c['db'] = {{'db_url': "sqlite:///state.sqlite"}}
"""


@doc("alpakka-s3-hocon/application.conf")
def alpakka(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    return f"""akka.http.client.idle-timeout = 90s

# deployment {d.lk("uuid")}
alpakka.s3 {{
  buffer = "memory"
  path-style-access = false
  aws {{
    credentials {{
      provider = static
      access-key-id = "{a1}"
      secret-access-key = "{s1}"
    }}
    region {{
      provider = static
      default-region = "eu-north-1"
    }}
  }}
  list-bucket-api-version = 2
}}

# second client for the data-lake account, used by the Parquet writer
datalake.s3 = ${{alpakka.s3}}
datalake.s3.sse.kms-key-id = "{d.lk("uuid")}"
datalake.s3.aws.credentials {{
  provider = static
  access-key-id = "{a2}"
  secret-access-key = "{s2}"
}}

# role used by the k8s service account: arn:aws:iam::{d.lk("literal", d.digits(12))}:role/parquet-writer
# in CI the default chain is used instead:
# alpakka.s3.aws.credentials.provider = default
"""


@doc("cognitect-aws-clj/src/arkiv/s3.clj")
def cognitect(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    return f"""(ns arkiv.s3
  (:require [cognitect.aws.client.api :as aws]
            [cognitect.aws.credentials :as credentials]))

;; REPL convenience -- TODO move to env before merging
(def creds
  (credentials/basic-credentials-provider
    {{:access-key-id     "{a1}"
     :secret-access-key "{s1}"}}))

;; aws-api dep sha {d.lk("git")}
(def s3 (aws/client {{:api :s3
                     :region "eu-north-1"
                     :credentials-provider creds}}))

(def reports-s3
  (aws/client {{:api :s3
               :region "eu-west-1"
               :credentials-provider (credentials/basic-credentials-provider
                                       {{:access-key-id "{a2}"
                                        :secret-access-key "{s2}"}})}}))

;; kms key for SSE: arn:aws:kms:eu-north-1:{d.lk("literal", d.digits(12))}:key/{d.lk("uuid")}
(defn put-pdf! [bucket k bytes]
  (aws/invoke s3 {{:op :PutObject
                  :request {{:Bucket bucket :Key k :Body bytes
                            :ContentType "application/pdf"}}}}))

(comment
  (aws/invoke s3 {{:op :ListBuckets}})
  (put-pdf! "arkiv-kvitton" "2025/11/kvitto-4411.pdf" (.getBytes "test")))
"""


@doc("coldfusion-cfml-s3/Application.cfc")
def coldfusion(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    dp = d.L("password", d.pw(punct="!%*-_.+?#"))
    return f"""component {{
    this.name = "Kundportalen";
    this.sessionManagement = true;
    this.applicationId = "{d.lk("uuid")}";
    this.sessionTimeout = createTimeSpan(0, 0, 30, 0);

    // native S3 support (Lucee / ACF): s3://bucket/path
    this.s3.accessKeyId = "{a1}";
    this.s3.awsSecretKey = "{s1}";
    this.s3.defaultLocation = "eu-north-1";
    this.mappings["/arkiv"] = "s3:///kundportalen-arkiv";   // uses the credentials above
    this.javaSettings = {{ loadPaths: ["./lib/aws-java-sdk-{d.lk("literal", "1.12.779")}.jar"] }};

    this.datasources["kund"] = {{
        class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",
        connectionString: "jdbc:sqlserver://10.30.1.15:1433;DATABASENAME=Kund;sendStringParametersAsUnicode=true",
        username: "cf_kund",
        password: "{dp}"
    }};

    // ACF admin docs: this.s3.accessKeyId = "{d.lk("literal", "<your key>")}";
    function onApplicationStart() {{
        application.arkivBucket = "s3://{a2}:{s2}@kundportalen-arkiv/";
        return true;
    }}
}}
"""


@doc("systemctl-show-output/show-environment.txt")
def systemctl_show(d):
    a1, s1 = AWS(d)
    a2, s2 = AWS(d)
    a3, s3 = AWS(d)
    dp = d.L("password", d.pw(punct="!%*-_.+?"))
    return f"""$ systemctl show -p InvocationID loki.service
InvocationID={d.lk("md5")}
$ systemctl show -p Environment -p EnvironmentFiles -p ExecStart loki.service mimir-compactor.service thumbnailer.service
Environment=AWS_ACCESS_KEY_ID={a1} AWS_SECRET_ACCESS_KEY={s1} AWS_REGION=eu-north-1
EnvironmentFiles=
ExecStart={{ path=/usr/local/bin/loki ; argv[]=/usr/local/bin/loki -config.file=/etc/loki/config.yml ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }}

Environment=GOMAXPROCS=4 MIMIR_CLUSTER_ID={d.lk("uuid")} MIMIR_S3_ACCESS_KEY_ID={a2} MIMIR_S3_SECRET_ACCESS_KEY={s2}
EnvironmentFiles=/etc/default/mimir (ignore_errors=yes)
InvocationID={d.lk("md5")}
ExecStart={{ path=/usr/local/bin/mimir ; argv[]=/usr/local/bin/mimir -target=compactor -config.file=/etc/mimir/mimir.yml -config.expand-env=true ; ignore_errors=no ; start_time=[Mon 2025-11-03 02:00:01 CET] ; stop_time=[n/a] ; pid=1882 ; code=(null) ; status=0/0 }}

Environment="AWS_ACCESS_KEY_ID={a3}" "AWS_SECRET_ACCESS_KEY={s3}" "PGPASSWORD={dp}" "THUMB_SIGNING_SECRET={d.L("generic-secret", d.b64url(32))}" NODE_ENV=production
EnvironmentFiles=
ExecStart={{ path=/usr/bin/node ; argv[]=/usr/bin/node /srv/thumbnailer/index.js ; ignore_errors=no ; start_time=[Tue 2025-11-04 08:12:44 CET] ; stop_time=[n/a] ; pid=2231 ; code=(null) ; status=0/0 }}
"""


@doc("ats-header-rewrite-config/partner-upstreams.config")
def ats(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("hex"))
    t3 = B(d, d.jwt("RS256", {"iss": "https://sts.mediehuset-nord.se", "aud": "archive-api"}), True)
    k = d.L("generic-secret", d.alnum(32))
    return f"""# header_rewrite rules for the partner upstreams (ATS 9.2.5, config rev {d.lk("short-git")})
# referenced from remap.config:
#   map https://partner.mediehuset-nord.se/lager/ https://lager.leverantor.se/api/ @plugin=header_rewrite.so @pparam=partner-upstreams.config
#   map https://partner.mediehuset-nord.se/arkiv/ https://archive.mediehuset-nord.se/ @plugin=header_rewrite.so @pparam=partner-upstreams.config

cond %{{REMAP_PSEUDO_HOOK}}
cond %{{CLIENT-URL:PATH}} /^lager\\// [AND]
cond %{{METHOD}} =GET
    rm-header Cookie
    set-header Authorization "Bearer {t1}"

cond %{{REMAP_PSEUDO_HOOK}}
cond %{{CLIENT-URL:PATH}} /^arkiv\\//
    set-header Authorization "Bearer {t3}"
    set-header X-Api-Key "{k}"

# bilder: the CDN token below replaced the old one {d.lk("literal", "tok_" + "*" * 8)} on 2025-10-30
cond %{{REMAP_PSEUDO_HOOK}}
cond %{{CLIENT-URL:PATH}} /^bilder\\//
    set-header Authorization "Bearer {t2}"

cond %{{REMAP_PSEUDO_HOOK}}
cond %{{CLIENT-URL:PATH}} /^video\//
    set-header Authorization "Bearer {B(d, d.opaque("alnum"))}"

# sample from the ATS docs (template only): set-header Authorization "Bearer {d.lk("literal", "%{{CLIENT-HEADER:X-Token}}")}"
# strip whatever the client sent to the origin-only paths
cond %{{READ_REQUEST_HDR_HOOK}}
cond %{{CLIENT-HEADER:Authorization}} /.+/
    rm-header X-Internal-Token
"""


@doc("httr2-req-verbose/console-session.txt")
def httr2(d):
    t1 = B(d, d.opaque("b64url"))
    t2 = B(d, d.opaque("alnum"))
    t3 = B(d, d.jwt("RS256", {"iss": "https://login.regiondata.se", "scope": "stat.read"}), True)
    t4 = B(d, d.opaque("hex"))
    k = d.L("generic-secret", d.alnum(40))
    d.X("'<REDACTED>'")
    return f"""R version 4.4.1 (2024-06-14) -- "Race for Your Life"
> library(httr2)
> packageDescription("httr2")$RemoteSha
[1] "{d.lk("git")}"
> Sys.setenv(REGIONDATA_API_KEY = "{k}")
> req <- request("https://api.regiondata.se/v1/tabeller") |>
+   req_headers(Authorization = "Bearer {t1}")
> req |> req_perform(verbosity = 1)
-> GET /v1/tabeller HTTP/2
-> Host: api.regiondata.se
-> User-Agent: httr2/1.0.5 r-curl/5.2.3 libcurl/8.6.0
-> Accept: */*
-> Accept-Encoding: deflate, gzip
-> Authorization: Bearer {t1}
-> 
<- HTTP/2 200 
<- content-type: application/json; charset=utf-8
<- date: Tue, 04 Nov 2025 09:12:40 GMT
<- x-request-id: {d.lk("uuid")}
<- etag: {d.lk("etag")}
<- 
<httr2_response>
GET https://api.regiondata.se/v1/tabeller
Status: 200 OK
Content-Type: application/json
Body: In memory (18211 bytes)
> Sys.getenv("REGIONDATA_TOKEN")
[1] ""
> # the proper helper redacts it when printing:
> req2 <- request("https://api.regiondata.se/v1/befolkning") |> req_auth_bearer_token("{t2}")
> req2
<httr2_request>
GET https://api.regiondata.se/v1/befolkning
Headers:
* Authorization: '<REDACTED>'
Body: empty
> req2 |> req_perform(verbosity = 2)
-> GET /v1/befolkning HTTP/2
-> Host: api.regiondata.se
-> Authorization: Bearer {t2}
-> 
<- HTTP/2 200 
> tok <- "{t3}"
> request("https://stat.regiondata.se/v2/kommun/1480") |> req_auth_bearer_token(tok) |> req_perform(verbosity = 1)
-> GET /v2/kommun/1480 HTTP/2
-> Host: stat.regiondata.se
-> Authorization: Bearer {t3}
-> 
<- HTTP/2 403 
Error in `req_perform()`:
! HTTP 403 Forbidden.
> request("https://stat.regiondata.se/v1/kommun/1480") |> req_headers(authorization = "Bearer {t4}") |> req_perform(verbosity = 1)
-> GET /v1/kommun/1480 HTTP/2
-> authorization: Bearer {t4}
-> 
<- HTTP/2 200 
"""
