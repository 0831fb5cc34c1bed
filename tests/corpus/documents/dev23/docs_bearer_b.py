"""Bearer tokens, part 2: captures, logs, API tools, OAuth flows, configs."""
import json

from core import (Doc, doc, T, bearer, jwt, alnum, hexs, b64url, b64, uuid4, sha1, sha256, ts, iso, fmt_t,
                  trace_id, span_id, password, ipv4_private, ipv4_public, ipv4_doc, email, role_email, jesc,
                  urlenc, formenc, apns_token, fcm_token)
from docs_bearer import _claims


@doc
def proxyman_raw():
    d = Doc("proxyman-session-export", "checkout-flow-raw.txt", "macos proxy raw request export")
    r = d.rng
    toks = [d.L("bearer-token", bearer(r, s)) for s in ("opaque", "b64url", "hex", "sfdc")]
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://auth.cafekedjan.se", "app-api", scope="openid orders"), kid=hexs(r, 12)))
    cookie = d.X(b64url(r, 32))
    d.text = T('''# Proxyman 5.8 — "Copy as Raw Request" for the checkout bug (APP-2031), iPhone 15, build 4.12.0 (2219)
# Captured 2026-01-27 10:41 via Wi-Fi proxy 10.20.1.15:9090, SSL proxying enabled for *.cafekedjan.se

#0 GET https://auth.cafekedjan.se/oauth2/authorize?... -> 302 (96 ms)
GET /oauth2/authorize?response_type=code&client_id=ios-app&redirect_uri=se.cafekedjan.app%3A%2F%2Fcallback&scope=openid%20orders&state=⟨state⟩&nonce=⟨nonce⟩&code_challenge=⟨cc⟩&code_challenge_method=S256 HTTP/1.1
Host: auth.cafekedjan.se
User-Agent: Cafekedjan/4.12.0 (se.cafekedjan.app; build:2219; iOS 18.2.1) Alamofire/5.9.1

#1 GET https://api.cafekedjan.se/v2/menu?store=114 -> 200 (183 ms)
GET /v2/menu?store=114 HTTP/1.1
Host: api.cafekedjan.se
Accept: application/json
Authorization: Bearer ⟨jwt⟩
Accept-Language: sv-SE;q=1.0, en-SE;q=0.9
User-Agent: Cafekedjan/4.12.0 (se.cafekedjan.app; build:2219; iOS 18.2.1) Alamofire/5.9.1
Accept-Encoding: br;q=1.0, gzip;q=0.9, deflate;q=0.8
Connection: keep-alive

#2 POST https://api.cafekedjan.se/v2/cart -> 201 (244 ms)
POST /v2/cart HTTP/1.1
Host: api.cafekedjan.se
Content-Type: application/json
Authorization: Bearer ⟨jwt⟩
Content-Length: 96

{"store":114,"items":[{"sku":"LATTE-OAT-L","qty":1},{"sku":"KANELBULLE","qty":2}],"pickup":"ASAP"}

#3 POST https://loyalty.cafekedjan.se/points/preview -> 200 (91 ms)
POST /points/preview HTTP/1.1
Host: loyalty.cafekedjan.se
Content-Type: application/json
Authorization: Bearer ⟨t0⟩
X-Loyalty-Client: ios
Content-Length: 41

{"cart_id":"c_8Hq2","member_level":"GULD"}

#4 POST https://pay-gw.cafekedjan.se/intents -> 502 (30004 ms)  <-- the bug
POST /intents HTTP/1.1
Host: pay-gw.cafekedjan.se
Content-Type: application/json
Authorization: Bearer ⟨t1⟩
Idempotency-Key: ⟨idem⟩
Content-Length: 58

{"cart_id":"c_8Hq2","amount":11800,"currency":"SEK","psp":"swish"}

#5 GET https://cdn-config.cafekedjan.se/flags/ios.json -> 304 (40 ms)
GET /flags/ios.json HTTP/1.1
Host: cdn-config.cafekedjan.se
If-None-Match: "⟨etag⟩"
Authorization: Bearer ⟨t2⟩
Cookie: __cf_bm=⟨cookie⟩

#5b PUT https://api.cafekedjan.se/v2/devices/current -> 204 (77 ms)
PUT /v2/devices/current HTTP/1.1
Host: api.cafekedjan.se
Content-Type: application/json
Authorization: Bearer ⟨jwt⟩
Content-Length: 121

{"platform":"ios","apns_token":"⟨apns⟩","locale":"sv_SE","push_enabled":true}

#6 POST https://kedjan.my.salesforce.com/services/data/v60.0/sobjects/Case -> 201 (612 ms)
POST /services/data/v60.0/sobjects/Case HTTP/1.1
Host: kedjan.my.salesforce.com
Content-Type: application/json
Authorization: Bearer ⟨t3⟩
Content-Length: 77

{"Subject":"App checkout timeout","Origin":"App","Store__c":"114","Priority":"Medium"}
''', jwt=j, t0=toks[0], t1=toks[1], t2=toks[2], t3=toks[3], idem=d.X(uuid4(r)), etag=d.X(hexs(r, 32)), cookie=cookie,
               state=d.X(b64url(r, 16)), nonce=d.X(b64url(r, 16)), cc=d.X(b64url(r, 32)), apns=d.X(apns_token(r)))
    return d


@doc
def webhook_site():
    d = Doc("webhook-site-requests-json", "token-requests-page1.json", "webhook inspector api export")
    r = d.rng
    t1, t2 = d.L("bearer-token", bearer(r, "opaque")), d.L("bearer-token", bearer(r, "airtable"))
    t3 = d.L("bearer-token", bearer(r, "b64url"))
    ip1, ip2, ip3 = d.L("ipv4", ipv4_public(r)), d.L("ipv4", ipv4_public(r)), d.L("ipv4", ipv4_public(r))
    tokid = uuid4(r)
    reqs = []
    for i, (tok, ip, ua, path, body) in enumerate([
        (t1, ip1, "Zapier", "/hook", '{"event":"invoice.paid","id":"in_81244"}'),
        (t2, ip2, "Airtable-Automations/1.0", "/hook?source=airtable", '{"record":"recQ1vD7","status":"Klar"}'),
        (t3, ip3, "python-requests/2.32.3", "/hook", '{"ping":true}'),
        (None, ipv4_doc(r), "curl/8.5.0", "/hook", ""),
    ]):
        hdrs = {"host": ["webhook.site"], "user-agent": [ua], "content-type": ["application/json"],
                "x-request-id": [d.X(uuid4(r))]}
        if tok:
            hdrs["authorization"] = ["Bearer " + tok]
        else:
            hdrs["authorization"] = ["Bearer $TOKEN"]
        t = ts(r)
        reqs.append({"uuid": uuid4(r), "type": "web", "token_id": tokid, "ip": ip, "hostname": "webhook.site",
                     "method": "POST", "user_agent": ua, "content": body, "query": {"source": "airtable"} if "source" in path else None,
                     "headers": hdrs, "url": "https://webhook.site/" + tokid + path,
                     "size": len(body), "files": [], "created_at": fmt_t(t, "%Y-%m-%d %H:%M:%S"), "updated_at": fmt_t(t, "%Y-%m-%d %H:%M:%S"),
                     "sorting": t * 1000000 + i, "custom_action_output": []})
    out = {"data": reqs, "total": 4, "per_page": 50, "current_page": 1, "is_last_page": True, "from": 1, "to": 4}
    d.text = json.dumps(out, indent=4) + "\n"
    return d


@doc
def zuul_debug():
    d = Doc("netflix-zuul-debug-log", "gateway-debug-2026-01-19.log", "api gateway debug log")
    r = d.rng
    toks = [d.L("bearer-token", bearer(r, s)) for s in ("opaque", "hex", "b64url")]
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://sso.vardplattform.se/realms/ext", "booking-api", scope="booking:write"), kid=b64url(r, 16)))
    ips = [ipv4_private(r) for _ in range(4)]
    lines = []
    t = ts(r)
    for n, (tok, uri, svc, st) in enumerate([(toks[0], "/api/booking/slots?clinic=44&date=2026-01-20", "booking-service", 200),
                                             (j, "/api/booking/appointments", "booking-service", 201),
                                             (toks[1], "/api/notify/sms", "notify-service", 202),
                                             (toks[2], "/api/reports/daily?format=csv", "report-service", 200)]):
        tid = d.X(hexs(r, 16))
        stamp = fmt_t(t + n * 7, "%Y-%m-%d %H:%M:%S") + ".%03d" % r.randint(0, 999)
        lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] c.n.zuul.context.Debug : REQUEST:: https {uri.split('?')[0]} HTTP/1.1")
        lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] c.n.zuul.context.Debug : REQUEST:: > host:  gw.vardplattform.se")
        lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] c.n.zuul.context.Debug : REQUEST:: > authorization:  Bearer {tok}")
        lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] c.n.zuul.context.Debug : REQUEST:: > x-forwarded-for:  {ips[n]}")
        if "?" in uri:
            lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] c.n.zuul.context.Debug : REQUEST:: > {uri.split('?')[1]}")
        lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] o.s.c.n.z.f.r.s.AbstractRibbonCommand : route {svc} -> {ips[(n + 1) % 4]}:8080")
        lines.append(f"{stamp} DEBUG [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] c.n.zuul.context.Debug : ORIGIN_RESPONSE:: < HTTP/1.1 {st}")
        lines.append(f"{stamp} INFO  [zuul,{tid},{tid},true] 1 --- [nio-8080-exec-{n + 3}] s.v.gw.filters.post.AccessLogFilter : {uri.split('?')[0]} {st} {r.randint(12, 400)}ms")
    head = ("2026-01-19 06:59:58.004  INFO [zuul,,,] 1 --- [           main] s.v.gw.GatewayApplication : Started GatewayApplication in 21.4 seconds\n"
            "2026-01-19 07:00:00.012  WARN [zuul,,,] 1 --- [           main] s.v.gw.config.DebugConfig : zuul.debug.request=true (INC-7781) - REMOVE AFTER TROUBLESHOOTING\n")
    d.text = head + "\n".join(lines) + "\n"
    return d


@doc
def spring_oauth2_debug():
    d = Doc("spring-security-oauth2-debug", "claims-service-debug.log", "java oauth client debug log")
    r = d.rng
    cs = d.L("generic-secret", alnum(r, 40))
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://idp.forsakringsbolaget-lansa.se/oauth2/default", "api://claims",
                                              sub="claims-service", scope="partners.read"), kid=b64url(r, 20)))
    t0 = ts(r)
    d.text = T('''2026-01-23T08:14:02.311+01:00  INFO 1 --- [claims-service] [           main] o.s.b.w.e.tomcat.TomcatWebServer         : Tomcat started on port 8080 (http) with context path '/'
2026-01-23T08:14:07.902+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.s.o.c.e.RestClientClientCredentialsTokenResponseClient : Requesting token for client registration 'partners'
2026-01-23T08:14:07.905+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.web.client.RestTemplate              : HTTP POST https://idp.forsakringsbolaget-lansa.se/oauth2/default/v1/token
2026-01-23T08:14:07.906+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.web.client.RestTemplate              : Accept=[application/json, application/*+json]
2026-01-23T08:14:07.907+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.web.client.RestTemplate              : Writing [{grant_type=[client_credentials], scope=[partners.read], client_id=[0oa9claimsSvc4471], client_secret=[⟨cs⟩]}] as "application/x-www-form-urlencoded;charset=UTF-8"
2026-01-23T08:14:08.118+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.web.client.RestTemplate              : Response 200 OK
2026-01-23T08:14:08.121+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.web.client.RestTemplate              : Reading to [org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse]
2026-01-23T08:14:08.126+01:00 TRACE 1 --- [claims-service] [nio-8080-exec-1] s.f.c.config.TokenResponseLogging        : token response {"token_type":"Bearer","expires_in":3600,"access_token":"⟨jwt⟩","scope":"partners.read"}
2026-01-23T08:14:08.140+01:00 DEBUG 1 --- [claims-service] [nio-8080-exec-1] o.s.w.r.f.client.ExchangeFunctions       : [5b1e2a7c] HTTP GET https://partner-api.forsakringsbolaget-lansa.se/v1/workshops?region=AB
2026-01-23T08:14:08.141+01:00 TRACE 1 --- [claims-service] [nio-8080-exec-1] o.s.w.r.f.client.ExchangeFunctions       : [5b1e2a7c] HTTP GET https://partner-api.forsakringsbolaget-lansa.se/v1/workshops?region=AB, headers=[Accept:"application/json", Authorization:"Bearer ⟨jwt⟩"]
2026-01-23T08:14:08.402+01:00 DEBUG 1 --- [claims-service] [ctor-http-nio-3] o.s.w.r.f.client.ExchangeFunctions       : [5b1e2a7c] [a1c93f0e-1, L:/10.42.3.17:51022 - R:partner-api.forsakringsbolaget-lansa.se/10.42.9.4:443] Response 200 OK
2026-01-23T08:14:08.419+01:00  INFO 1 --- [claims-service] [nio-8080-exec-1] s.f.c.partner.WorkshopSync               : 37 workshops in region AB, 2 new
2026-01-23T08:15:08.002+01:00 DEBUG 1 --- [claims-service] [   scheduling-1] o.s.s.o.c.OAuth2AuthorizedClientProviderBuilder : Token for 'partners' still valid (expires 09:14:08)
''', cs=cs, jwt=j)
    return d


@doc
def oauth2c():
    d = Doc("oauth2c-cli-output", "client-credentials-debug.txt", "oauth cli output")
    r = d.rng
    cs = d.L("generic-secret", b64url(r, 32))
    at = d.L("bearer-token", bearer(r, "b64url"))
    cid = d.X(uuid4(r))
    d.text = T('''$ oauth2c https://id.energibolaget-ost.se/oauth2 \\
    --client-id ⟨cid⟩ \\
    --client-secret ⟨cs⟩ \\
    --grant-type client_credentials \\
    --auth-method client_secret_post \\
    --scopes meter.read,meter.export

┌──────────────────┐
│ Token request    │
└──────────────────┘
POST https://id.energibolaget-ost.se/oauth2/token
Content-Type: application/x-www-form-urlencoded

client_id=⟨cid⟩&client_secret=⟨cs⟩&grant_type=client_credentials&scope=meter.read+meter.export

┌──────────────────┐
│ Token response   │
└──────────────────┘
{
  "access_token": "⟨at⟩",
  "expires_in": 1800,
  "scope": "meter.read meter.export",
  "token_type": "Bearer"
}
  Access token is opaque (not a JWT), skipping claims
  Token expires in 30m0s

$ curl -s https://api.energibolaget-ost.se/meters/735999100004471220/readings?from=2026-01-01 \\
    -H "Authorization: Bearer ⟨at⟩" | jq '.readings | length'
744
''', cid=cid, cs=cs, at=at)
    return d


@doc
def oidc_agent():
    d = Doc("oidc-agent-terminal", "hpc-login-session.txt", "terminal transcript")
    r = d.rng
    j1 = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://login.forskningsnat.se/auth/realms/hpc", "hpc-portal",
                                               sub=uuid4(r), scope="openid profile eduperson_entitlement storage.read"), kid=b64url(r, 32)))
    j2 = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://login.forskningsnat.se/auth/realms/hpc", "object-store",
                                               sub=uuid4(r), scope="storage.read storage.write"), kid=b64url(r, 32)))
    d.text = T('''[lsv@login1 ~]$ eval $(oidc-agent-service use)
Agent pid 912044
[lsv@login1 ~]$ oidc-add forskning
Enter decryption password for account config 'forskning':
success
[lsv@login1 ~]$ oidc-token forskning
⟨j1⟩
[lsv@login1 ~]$ export TOKEN=$(oidc-token forskning)
[lsv@login1 ~]$ curl -s -H "Authorization: Bearer $TOKEN" https://portal.hpc.forskningsnat.se/api/v1/projects | jq -r '.[].name'
snic2025-5-411
naiss2026-22-17
[lsv@login1 ~]$ oidc-token -s storage.read -s storage.write -a object-store forskning
⟨j2⟩
[lsv@login1 ~]$ rclone lsd :webdav: --webdav-url https://s3gw.forskningsnat.se/dav --webdav-bearer-token "⟨j2⟩"
          -1 2026-01-21 14:02:11        -1 naiss2026-22-17
          -1 2025-11-03 09:40:55        -1 scratch
[lsv@login1 ~]$ curl -s -H "Authorization: Bearer ⟨j1⟩" https://portal.hpc.forskningsnat.se/api/v1/me | jq .quota
{
  "core_hours_left": 18211,
  "storage_gb_used": 1420
}
[lsv@login1 ~]$ history -c
''', j1=j1, j2=j2)
    return d


@doc
def httplib2_debug():
    d = Doc("httplib2-debuglevel-output", "drive-export-debug.txt", "python http client debug output")
    r = d.rng
    y1, y2 = d.L("bearer-token", bearer(r, "ya29")), d.L("bearer-token", bearer(r, "ya29"))
    fid = d.X("1" + b64url(r, 24)[:32])
    d.text = T('''$ HTTPLIB2_DEBUG=4 python3 export_minutes.py --folder styrelse-2026
INFO:googleapiclient.discovery_cache:file_cache is only supported with oauth2client<4.0.0
connect: (www.googleapis.com, 443) ************
send: b'GET /drive/v3/files?q=%27⟨fid⟩%27+in+parents+and+trashed%3Dfalse&fields=files%28id%2Cname%2CmimeType%2CmodifiedTime%29&alt=json HTTP/1.1\\r\\nHost: www.googleapis.com\\r\\ncontent-length: 0\\r\\nuser-agent: (gzip)\\r\\nx-goog-api-client: gdcl/2.151.0 gl-python/3.11.7\\r\\naccept-encoding: gzip, deflate\\r\\naccept: application/json\\r\\nauthorization: Bearer ⟨y1⟩\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json; charset=UTF-8
header: Vary: Origin, X-Origin
header: Content-Encoding: gzip
header: Date: Mon, 26 Jan 2026 18:02:44 GMT
header: Server: ESF
header: Transfer-Encoding: chunked
INFO:export:12 files in folder styrelse-2026
send: b'GET /drive/v3/files/⟨fid2⟩/export?mimeType=application%2Fpdf&alt=media HTTP/1.1\\r\\nHost: www.googleapis.com\\r\\ncontent-length: 0\\r\\nuser-agent: (gzip)\\r\\naccept-encoding: gzip, deflate\\r\\nauthorization: Bearer ⟨y1⟩\\r\\n\\r\\n'
reply: 'HTTP/1.1 401 Unauthorized\\r\\n'
header: WWW-Authenticate: Bearer realm="https://accounts.google.com/", error="invalid_token"
INFO:google.auth.transport.requests:Refreshing credentials due to a 401 response. Attempt 1/2.
send: b'GET /drive/v3/files/⟨fid2⟩/export?mimeType=application%2Fpdf&alt=media HTTP/1.1\\r\\nHost: www.googleapis.com\\r\\ncontent-length: 0\\r\\nuser-agent: (gzip)\\r\\naccept-encoding: gzip, deflate\\r\\nauthorization: Bearer ⟨y2⟩\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/pdf
header: Content-Disposition: attachment
INFO:export:wrote protokoll-2026-01-14.pdf (84 211 bytes)
''', fid=fid, fid2=d.X("1" + b64url(r, 24)[:32]), y1=y1, y2=y2)
    return d


@doc
def tf_log_trace():
    d = Doc("terraform-tf-log-trace", "tf-apply-trace.log", "infrastructure tool debug log")
    r = d.rng
    g1 = d.L("bearer-token", "glsa_" + alnum(r, 32) + "_" + hexs(r, 8))
    c1 = d.L("bearer-token", alnum(r, 40))
    h1 = d.L("bearer-token", bearer(r, "hex"))
    d.text = T('''2026-01-28T13:02:11.412+0100 [INFO]  Terraform version: 1.10.4
2026-01-28T13:02:11.412+0100 [INFO]  Go runtime version: go1.23.3
2026-01-28T13:02:11.413+0100 [INFO]  CLI args: []string{"terraform", "apply", "-auto-approve", "-target=module.dashboards"}
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: ---[ REQUEST ]---------------------------------------
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: GET /api/folders/infra HTTP/1.1
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: Host: grafana.drift.skolplattform.se
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: User-Agent: Terraform/1.10.4 (+https://www.terraform.io) terraform-provider-grafana/3.15.3
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: Accept: application/json
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: Authorization: Bearer ⟨g1⟩
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: Accept-Encoding: gzip
2026-01-28T13:02:14.918+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: -----------------------------------------------------
2026-01-28T13:02:15.077+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: ---[ RESPONSE ]--------------------------------------
2026-01-28T13:02:15.077+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: HTTP/2.0 200 OK
2026-01-28T13:02:15.077+0100 [DEBUG] provider.terraform-provider-grafana_v3.15.3: {"id":41,"uid":"infra","title":"Infra","url":"/dashboards/f/infra/infra","version":3}
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: Cloudflare API Request Details:
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: ---[ REQUEST ]---------------------------------------
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: GET /client/v4/zones/⟨zone⟩/dns_records?name=grafana.drift.skolplattform.se HTTP/1.1
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: Host: api.cloudflare.com
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: Authorization: Bearer ⟨c1⟩
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: Content-Type: application/json
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: User-Agent: terraform/1.10.4 terraform-plugin-sdk/2.35.0 terraform-provider-cloudflare/4.48.0
2026-01-28T13:02:16.201+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: -----------------------------------------------------
2026-01-28T13:02:16.433+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: {"result":[{"id":"⟨rec⟩","type":"CNAME","content":"lb-eu1.drift.skolplattform.se","proxied":true,"ttl":1}],"success":true}
2026-01-28T13:02:17.020+0100 [DEBUG] provider.terraform-provider-http_v3.4.5: Sending HTTP Request: tf_http_req_method=GET tf_http_req_uri=/v1/health tf_http_req_version=HTTP/1.1 tf_http_trans_id=⟨tid⟩ Accept-Encoding=gzip Host=status.skolplattform.se Authorization="Bearer ⟨h1⟩" User-Agent=Go-http-client/1.1
2026-01-28T13:02:17.210+0100 [DEBUG] provider.terraform-provider-http_v3.4.5: Received HTTP Response: tf_http_res_status_code=200 tf_http_res_body="{\\"status\\":\\"ok\\"}" tf_http_trans_id=⟨tid⟩
2026-01-28T13:02:18.004+0100 [INFO]  Apply complete! Resources: 0 added, 2 changed, 0 destroyed.
''', g1=g1, c1=c1, h1=h1, zone=d.X(hexs(r, 32)), rec=d.X(hexs(r, 32)), tid=d.X(uuid4(r)))
    return d


@doc
def jul_httpurlconnection():
    d = Doc("java-util-logging-httpurlconnection", "catalina-http-finest.log", "java http client debug log")
    r = d.rng
    t1, t2 = d.L("bearer-token", bearer(r, "opaque")), d.L("bearer-token", bearer(r, "okta"))
    d.text = T('''27-Jan-2026 09:12:44.118 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [8412] milliseconds
27-Jan-2026 09:13:02.551 FINEST [https-jsse-nio-8443-exec-4] sun.net.www.protocol.http.HttpURLConnection.plainConnect0 ProxySelector Request for https://hr-api.landstinget-v.se/v2/employees?changedSince=2026-01-26
27-Jan-2026 09:13:02.552 FINEST [https-jsse-nio-8443-exec-4] sun.net.www.protocol.http.HttpURLConnection.plainConnect0 Proxy used: DIRECT
27-Jan-2026 09:13:02.560 FINE [https-jsse-nio-8443-exec-4] sun.net.www.protocol.http.HttpURLConnection.writeRequests sun.net.www.MessageHeader@5c2a94b17 pairs: {GET /v2/employees?changedSince=2026-01-26 HTTP/1.1: null}{Authorization: Bearer ⟨t1⟩}{Accept: application/json}{User-Agent: Java/17.0.13}{Host: hr-api.landstinget-v.se}{Connection: keep-alive}
27-Jan-2026 09:13:02.871 FINE [https-jsse-nio-8443-exec-4] sun.net.www.protocol.http.HttpURLConnection.getInputStream0 sun.net.www.MessageHeader@3f7a1e2011 pairs: {null: HTTP/1.1 200 OK}{Date: Tue, 27 Jan 2026 08:13:02 GMT}{Content-Type: application/json}{Transfer-Encoding: chunked}{X-Correlation-Id: ⟨cid⟩}
27-Jan-2026 09:13:03.004 INFO [https-jsse-nio-8443-exec-4] se.landstinget.idm.SyncJob.run 14 changed employees fetched
27-Jan-2026 09:13:03.090 FINE [https-jsse-nio-8443-exec-4] sun.net.www.protocol.http.HttpURLConnection.writeRequests sun.net.www.MessageHeader@1a2b3c4d6 pairs: {POST /api/v1/users HTTP/1.1: null}{Authorization: Bearer ⟨t2⟩}{Content-Type: application/json}{User-Agent: Java/17.0.13}{Host: landstinget-v.okta-emea.com}{Content-Length: 412}
27-Jan-2026 09:13:03.322 FINE [https-jsse-nio-8443-exec-4] sun.net.www.protocol.http.HttpURLConnection.getInputStream0 sun.net.www.MessageHeader@6d7e8f9010 pairs: {null: HTTP/1.1 200 OK}{Content-Type: application/json}{x-okta-request-id: ⟨oid⟩}{x-rate-limit-remaining: 598}
27-Jan-2026 09:13:03.330 INFO [https-jsse-nio-8443-exec-4] se.landstinget.idm.SyncJob.run provisioned 2 users, updated 12
''', t1=t1, t2=t2, cid=d.X(uuid4(r)), oid=d.X(b64url(r, 18)))
    return d


@doc
def ruby_rest_client_log():
    d = Doc("ruby-rest-client-log", "rest_client.log", "ruby http client log")
    r = d.rng
    toks = [d.L("bearer-token", bearer(r, s)) for s in ("opaque", "hex", "b64url", "square")]
    d.text = T('''# RestClient.log = "log/rest_client.log"   (set in config/initializers/rest_client.rb, staging only)
RestClient.get "https://api.lagerstatus.se/v1/stock?warehouse=JKPG", "Accept"=>"application/json", "Accept-Encoding"=>"gzip, deflate", "Authorization"=>"Bearer ⟨t0⟩", "User-Agent"=>"rest-client/2.1.0 (linux x86_64) ruby/3.3.6p108"
# => 200 OK | application/json 18230 bytes, 0.41s
RestClient.post "https://api.lagerstatus.se/v1/reservations", "{\\"sku\\":\\"HX-2201\\",\\"qty\\":4,\\"order\\":\\"W-884120\\"}", "Accept"=>"*/*", "Authorization"=>"Bearer ⟨t0⟩", "Content-Length"=>"44", "Content-Type"=>"application/json", "User-Agent"=>"rest-client/2.1.0 (linux x86_64) ruby/3.3.6p108"
# => 201 Created | application/json 91 bytes, 0.22s
RestClient.get "https://fraktpris.transportbolaget.se/api/quote?from=55318&to=11146&kg=12.5", "Accept"=>"*/*", "Authorization"=>"Bearer ⟨t1⟩", "User-Agent"=>"rest-client/2.1.0 (linux x86_64) ruby/3.3.6p108"
# => 200 OK | application/json 204 bytes, 0.18s
RestClient.put "https://media.butiken-staging.se/api/images/88412", 2 bytes of multipart, "Authorization"=>"Bearer ⟨t2⟩", "Content-Type"=>"multipart/form-data; boundary=----RubyFormBoundary5dT1kQ", "User-Agent"=>"rest-client/2.1.0 (linux x86_64) ruby/3.3.6p108"
# => 413 Payload Too Large | text/html 176 bytes, 0.09s
RestClient.post "https://connect.squareup.com/v2/orders/search", "{\\"location_ids\\":[\\"L7Q2P1BZ3K0XH\\"],\\"limit\\":50}", "Accept"=>"*/*", "Authorization"=>"Bearer ⟨t3⟩", "Square-Version"=>"2025-01-23", "Content-Type"=>"application/json", "User-Agent"=>"rest-client/2.1.0 (linux x86_64) ruby/3.3.6p108"
# => 200 OK | application/json 3311 bytes, 0.52s
RestClient.get "https://api.lagerstatus.se/v1/stock?warehouse=MMX", "Accept"=>"application/json", "Authorization"=>"Bearer [FILTERED]", "User-Agent"=>"rest-client/2.1.0 (linux x86_64) ruby/3.3.6p108"
# => 200 OK | application/json 9120 bytes, 0.33s
''', t0=toks[0], t1=toks[1], t2=toks[2], t3=toks[3])
    return d


@doc
def socat_dump():
    d = Doc("socat-verbose-dump", "socat-8081.txt", "tcp relay verbose dump")
    r = d.rng
    toks = [d.L("bearer-token", bearer(r, s)) for s in ("opaque", "b64url", "hex")]
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://keycloak.labb.stadsnat.se/realms/iot", "sensor-api", scope="ingest"), kid=b64url(r, 32)))
    ipa, ipb = ipv4_private(r), ipv4_private(r)
    def blk(t, n, body):
        return f"> {t}  length={n} from={r.randint(0, 9000)} to={r.randint(9000, 20000)}\n{body}"
    parts = [
        blk("2026/01/29 14:03:11.402188", 212, f"POST /ingest HTTP/1.1\r\nHost: {ipb}:8081\r\nUser-Agent: ESP32HTTPClient\r\nAuthorization: Bearer {toks[0]}\r\nContent-Type: application/json\r\nContent-Length: 61\r\n\r\n{{\"dev\":\"temp-07\",\"t\":-4.2,\"rh\":81,\"bat\":3.71,\"fw\":\"1.4.2\"}}\n"),
        f"< 2026/01/29 14:03:11.409871  length=79 from=0 to=78\nHTTP/1.1 204 No Content\r\nDate: Thu, 29 Jan 2026 13:03:11 GMT\r\nServer: uvicorn\r\n\r\n",
        blk("2026/01/29 14:03:41.118022", 240, f"POST /ingest HTTP/1.1\r\nHost: {ipb}:8081\r\nUser-Agent: ESP32HTTPClient\r\nAuthorization: Bearer {toks[1]}\r\nContent-Type: application/json\r\nContent-Length: 58\r\n\r\n{{\"dev\":\"co2-02\",\"ppm\":1210,\"bat\":3.92,\"fw\":\"1.4.2\"}}\n"),
        f"< 2026/01/29 14:03:41.121553  length=79 from=79 to=157\nHTTP/1.1 204 No Content\r\nDate: Thu, 29 Jan 2026 13:03:41 GMT\r\nServer: uvicorn\r\n\r\n",
        blk("2026/01/29 14:04:02.550311", 690, f"GET /admin/devices HTTP/1.1\r\nHost: {ipb}:8081\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0\r\nAccept: application/json\r\nAuthorization: Bearer {j}\r\nConnection: keep-alive\r\n\r\n"),
        f"< 2026/01/29 14:04:02.561902  length=142 from=158 to=299\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52\r\n\r\n[{{\"dev\":\"temp-07\"}},{{\"dev\":\"co2-02\"}},{{\"dev\":\"pir-11\"}}]",
        blk("2026/01/29 14:04:11.870004", 205, f"POST /ingest HTTP/1.1\r\nHost: {ipb}:8081\r\nUser-Agent: ESP32HTTPClient\r\nAuthorization: Bearer {toks[2]}\r\nContent-Type: application/json\r\nContent-Length: 44\r\n\r\n{{\"dev\":\"pir-11\",\"motion\":1,\"bat\":3.55}}\n"),
    ]
    d.text = f"# socat -v -d TCP-LISTEN:8081,fork,reuseaddr TCP:{ipa}:8000 2> socat-8081.txt   (debugging sensor uploads, ticket IOT-88)\n" + "\n".join(parts) + "\n"
    return d


@doc
def elastic_apm():
    d = Doc("elastic-apm-transactions-json", "apm-transactions-sample.ndjson", "apm event export")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "b64url"))
    ipc = d.L("ipv4", ipv4_public(r))
    lines = []
    for i, (hdrs, url, status) in enumerate([
        ({"Authorization": ["[REDACTED]"], "Accept": ["application/json"], "User-Agent": ["okhttp/4.12.0"]}, "/api/v1/timesheets?week=2026-W04", 200),
        ({"X-Upstream-Authorization": ["Bearer " + t1], "Accept": ["application/json"], "User-Agent": ["Go-http-client/2.0"]}, "/api/v1/projects/414/hours", 200),
        ({"Authorization": ["[REDACTED]"], "Content-Type": ["application/json"], "User-Agent": ["Mozilla/5.0"]}, "/api/v1/timesheets/submit", 202),
        ({"Proxy-Authorization": ["Bearer " + t2], "Accept": ["*/*"], "User-Agent": ["curl/8.11.1"]}, "/api/v1/export/payroll", 403),
    ]):
        t = ts(r) * 1000000
        ev = {"@timestamp": iso(t // 1000000, ms=True), "agent": {"name": "java", "version": "1.52.1"},
              "service": {"name": "tidrapport-api", "environment": "production", "version": "3.8.0"},
              "trace": {"id": d.X(trace_id(r))}, "transaction": {"id": d.X(span_id(r)), "name": "TimesheetController#" + ["list", "hours", "submit", "export"][i],
                                                            "type": "request", "duration": {"us": r.randint(4000, 900000)}, "result": f"HTTP {status // 100}xx", "sampled": True},
              "http": {"request": {"method": "GET" if i != 2 else "POST", "headers": hdrs},
                       "response": {"status_code": status}},
              "url": {"path": url.split("?")[0], "full": "https://tid.byggfirman-norr.se" + url},
              "client": {"ip": ipc if i == 0 else ipv4_private(r)}}
        lines.append(json.dumps(ev, separators=(",", ":")))
    d.text = "\n".join(lines) + "\n"
    return d


@doc
def raygun():
    d = Doc("raygun-crash-reports", "crash-payloads.json", "crash reporter payloads")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://konto.resebokningen.se", "booking-web", scope="profile bookings")))
    ipc = d.L("ipv4", ipv4_public(r))
    d.X("132.0.0.0")  # Chrome version in the User-Agent, not an address
    payloads = []
    for tok, cls, msg in [(t1, "System.Net.Http.HttpRequestException", "Response status code does not indicate success: 503 (Service Unavailable)."),
                          (j, "System.InvalidOperationException", "Sequence contains no elements")]:
        payloads.append({
            "OccurredOn": iso(ts(r)),
            "Details": {
                "MachineName": "WEB0" + str(r.randint(1, 4)),
                "Version": "5.14.2",
                "Error": {"ClassName": cls, "Message": msg,
                          "StackTrace": [{"LineNumber": r.randint(20, 300), "ClassName": "Resebokningen.Web.Controllers.BookingController",
                                          "MethodName": "Confirm(Int32 id)", "FileName": "BookingController.cs"}]},
                "Environment": {"OSVersion": "Microsoft Windows NT 10.0.20348.0", "ProcessorCount": 8},
                "Request": {"HostName": "www.resebokningen.se", "Url": "/bokning/bekrafta/" + str(r.randint(100000, 999999)),
                            "HttpMethod": "POST", "IPAddress": ipc,
                            "Headers": {"Host": "www.resebokningen.se", "Authorization": "Bearer " + tok,
                                        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
                                        "Cookie": "[filtered]"},
                            "Form": {"__RequestVerificationToken": d.X(b64url(r, 64)), "Seats": "2"}},
                "User": {"Identifier": uuid4(r), "IsAnonymous": False},
                "Tags": ["production", "booking"],
                "Client": {"Name": "Raygun4Net", "Version": "11.1.2", "ClientUrl": "https://github.com/MindscapeHQ/raygun4net"}}})
    d.text = json.dumps(payloads, indent=2) + "\n"
    return d


@doc
def slumber():
    d = Doc("slumber-collection-yml", "slumber.yml", "tui http client collection")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    t3 = d.L("bearer-token", bearer(r, "b64url"))
    d.text = T('''# Slumber collection for the school-meals API (https://slumber.lucaspickering.me)
profiles:
  local:
    name: Local
    data:
      host: http://localhost:5173
      token: dev-local-token
  staging:
    name: Staging
    data:
      host: https://staging.skolmaten-api.se
      token: ⟨t1⟩
  prod:
    name: Production (read only!)
    data:
      host: https://api.skolmaten-api.se
      token: ⟨t2⟩

.base: &base
  authentication: !bearer "{{token}}"
  headers:
    Accept: application/json

requests:
  menus: !folder
    name: Menus
    requests:
      week: !request
        <<: *base
        method: GET
        url: "{{host}}/v2/schools/{{school_id}}/menu"
        query:
          - week=2026-W05
      upsert: !request
        <<: *base
        method: PUT
        url: "{{host}}/v2/schools/{{school_id}}/menu/2026-02-02"
        body: !json { "dishes": ["Fiskgratäng", "Vegetarisk lasagne"] }
  allergens: !request
    method: GET
    url: "https://allergen-db.livsmedelsdata.se/api/items"
    authentication: !bearer ⟨t3⟩
''', t1=t1, t2=t2, t3=t3)
    return d


@doc
def httpx_cli():
    d = Doc("httpx-cli-verbose", "httpx-debug.txt", "http cli verbose output")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "groq"))
    ip = d.L("ipv4", ipv4_public(r))
    d.text = T('''$ httpx -v https://api.kundtjanst-ai.se/v1/tickets/recent -H "Authorization: Bearer ⟨t1⟩"
* Connecting to 'api.kundtjanst-ai.se'
* Connected to '⟨ip⟩' on port 443
* SSL established using 'TLSv1.3' / 'TLS_AES_256_GCM_SHA384'
* Selected ALPN protocol 'h2'
* Server certificate:
*   subject: CN=api.kundtjanst-ai.se
*   issuer: C=US, O=Google Trust Services, CN=WE1
*   version: 3
GET /v1/tickets/recent HTTP/2
Host: api.kundtjanst-ai.se
Accept: */*
Accept-Encoding: gzip, deflate, br, zstd
Connection: keep-alive
User-Agent: python-httpx/0.28.1
Authorization: Bearer ⟨t1⟩

HTTP/2 200 OK
date: Fri, 30 Jan 2026 09:21:40 GMT
content-type: application/json
x-request-id: ⟨rid⟩

{
    "tickets": [
        {"id": 99102, "subject": "Fakturan stämmer inte", "lang": "sv"},
        {"id": 99104, "subject": "Leveransen har inte kommit", "lang": "sv"}
    ]
}

$ httpx -v -m POST https://api.groq.com/openai/v1/chat/completions -H "Authorization: Bearer ⟨t2⟩" -j '{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"Sammanfatta ärende 99102"}]}'
* Connecting to 'api.groq.com'
POST /openai/v1/chat/completions HTTP/1.1
Host: api.groq.com
Content-Type: application/json
User-Agent: python-httpx/0.28.1
Authorization: Bearer ⟨t2⟩
Content-Length: 113

HTTP/1.1 200 OK
content-type: application/json
x-ratelimit-remaining-requests: 14399
''', t1=t1, t2=t2, ip=ip, rid=d.X(uuid4(r)))
    return d


@doc
def apidog():
    d = Doc("apidog-export-json", "hyresportal-apis.apidog.json", "api test tool export")
    r = d.rng
    t1, t2, t3 = (d.L("bearer-token", bearer(r, s)) for s in ("opaque", "b64url", "hex"))
    proj = {
        "apidogProject": "1.0.0",
        "info": {"name": "Hyresportalen", "description": "Tenant portal API", "mockRule": {"rules": [], "enableSystemRule": True}},
        "environments": [
            {"name": "Test", "baseUrls": {"default": "https://test-api.hyresportalen.se"},
             "variables": [{"name": "token", "value": t1, "description": "test tenant 44-1102"}]},
            {"name": "Prod", "baseUrls": {"default": "https://api.hyresportalen.se"},
             "variables": [{"name": "token", "value": "", "description": "fill in locally, never commit"}]},
        ],
        "apiCollection": [{
            "name": "Root", "auth": {"type": "bearer", "bearer": {"token": "{{token}}"}},
            "items": [
                {"name": "Ärenden", "items": [
                    {"name": "Lista felanmälningar", "api": {"method": "get", "path": "/v1/fault-reports",
                                                              "parameters": {"query": [{"name": "status", "example": "open"}]}, "auth": {}}},
                    {"name": "Skapa felanmälan", "api": {"method": "post", "path": "/v1/fault-reports",
                                                           "requestBody": {"type": "application/json", "example": "{\"apartment\":\"1102\",\"text\":\"Droppande kran i köket\"}"}, "auth": {}}},
                ]},
                {"name": "Tvättstuga", "items": [
                    {"name": "Boka pass", "api": {"method": "post", "path": "/v1/laundry/bookings",
                                                   "auth": {"type": "bearer", "bearer": {"token": t2}}}},
                ]},
                {"name": "Fastighetssystem (integration)", "items": [
                    {"name": "Synka kontrakt", "api": {"method": "post", "path": "https://integration.fastighetsdata.se/api/contracts/sync",
                                                        "parameters": {"header": [{"name": "Authorization", "example": "Bearer " + t3}]}, "auth": {"type": "noauth"}}},
                ]},
            ]}],
    }
    d.text = json.dumps(proj, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def alloy_river():
    d = Doc("grafana-alloy-river", "config.alloy", "telemetry collector config")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "b64url"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    d.text = T('''// Grafana Alloy on the edge hosts. Managed in git: infra/alloy/edge.alloy
logging {
  level  = "info"
  format = "logfmt"
}

prometheus.exporter.unix "node" { }

prometheus.scrape "node" {
  targets         = prometheus.exporter.unix.node.targets
  forward_to      = [prometheus.remote_write.central.receiver]
  scrape_interval = "30s"
}

prometheus.remote_write "central" {
  endpoint {
    url          = "https://metrics.obs.vattenverket-nord.se/api/v1/write"
    bearer_token = "⟨t1⟩"

    queue_config {
      capacity            = 10000
      max_samples_per_send = 2000
    }
  }
  external_labels = { site = "edge-vv-04" }
}

otelcol.receiver.otlp "default" {
  grpc { endpoint = "127.0.0.1:4317" }
  output { traces = [otelcol.exporter.otlphttp.tempo.input] }
}

otelcol.auth.bearer "tempo" {
  token = "⟨t2⟩"
}

otelcol.exporter.otlphttp "tempo" {
  client {
    endpoint = "https://traces.obs.vattenverket-nord.se"
    auth     = otelcol.auth.bearer.tempo.handler
  }
}

loki.write "central" {
  endpoint {
    url          = "https://logs.obs.vattenverket-nord.se/loki/api/v1/push"
    bearer_token = sys.env("LOKI_TOKEN")
  }
}
''', t1=t1, t2=t2)
    return d


@doc
def rsyslog_omhttp():
    d = Doc("rsyslog-omhttp-conf", "60-omhttp.conf", "syslog daemon config")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "b64url"))
    d.text = T('''# /etc/rsyslog.d/60-omhttp.conf
# Ship auth and audit logs to the SIEM's HTTP collector (rsyslog >= 8.2102).
module(load="omhttp")

template(name="tpl_siem_json" type="list" option.jsonf="on") {
  property(outname="@timestamp" name="timereported" dateFormat="rfc3339" format="jsonf")
  property(outname="host" name="hostname" format="jsonf")
  property(outname="program" name="programname" format="jsonf")
  property(outname="severity" name="syslogseverity-text" format="jsonf")
  property(outname="message" name="msg" format="jsonf")
}

if ($syslogfacility-text == "authpriv" or $programname == "auditd") then {
  action(type="omhttp"
         server="siem-collector.sakerhet.kommunen-ost.se"
         serverport="8443"
         restpath="ingest/v1/syslog"
         usehttps="on"
         template="tpl_siem_json"
         batch="on" batch.format="jsonarray" batch.maxsize="200"
         httpheaderkey="Authorization"
         httpheadervalue="Bearer ⟨t1⟩"
         retry="on" retry.ruleset="rs_retry_siem"
         errorfile="/var/log/rsyslog/omhttp-errors.log")
}

# second collector for the cloud SOC (pilot until 2026-06)
if ($programname == "sshd") then {
  action(type="omhttp"
         server="eu.soc-cloud-pilot.net" serverport="443" restpath="v2/logs"
         usehttps="on" template="tpl_siem_json"
         httpheaders=["Authorization: Bearer ⟨t2⟩", "X-Tenant: kommunen-ost"])
}
''', t1=t1, t2=t2)
    return d


@doc
def apache_headers():
    d = Doc("apache-mod-headers-conf", "legacy-proxy.conf", "web server vhost config")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "hex"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    d.text = T('''# /etc/apache2/sites-available/legacy-proxy.conf
# The old intranet calls these APIs without auth; the proxy adds service tokens.
<VirtualHost *:443>
    ServerName intranet-proxy.kommunen-ost.se
    SSLEngine on
    SSLCertificateFile    /etc/ssl/certs/intranet-proxy.pem
    SSLCertificateKeyFile /etc/ssl/private/intranet-proxy.key

    ProxyPreserveHost Off
    SSLProxyEngine on

    <Location "/ekonomi/">
        Require ip 10.0.0.0/8
        ProxyPass        "https://api.ekonomisystem-leverantor.se/kommunen-ost/"
        ProxyPassReverse "https://api.ekonomisystem-leverantor.se/kommunen-ost/"
        RequestHeader set Authorization "Bearer ⟨t1⟩"
        RequestHeader unset Cookie
    </Location>

    <Location "/personal/">
        Require ip 10.12.0.0/16
        ProxyPass        "https://hr.personalsystemet.se/api/"
        ProxyPassReverse "https://hr.personalsystemet.se/api/"
        RequestHeader set Authorization "Bearer ⟨t2⟩"
    </Location>

    # LogFormat without %{Authorization}i on purpose (SEC-112)
    LogFormat "%h %l %u %t \\"%r\\" %>s %b %D" proxy
    CustomLog ${APACHE_LOG_DIR}/intranet-proxy.log proxy
</VirtualHost>
''', t1=t1, t2=t2)
    return d


@doc
def dredd_hooks():
    d = Doc("dredd-hooks-js", "hooks.js", "api contract test hooks")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "b64url"))
    d.text = T('''// Dredd hooks for apiary.apib (run: dredd apiary.apib https://staging.kursbokning.se --hookfiles=hooks.js)
const hooks = require('hooks');

const ADMIN_TOKEN = '⟨t1⟩';
let createdCourseId;

hooks.beforeEach((transaction, done) => {
  transaction.request.headers['Authorization'] = `Bearer ${ADMIN_TOKEN}`;
  done();
});

hooks.before('Courses > Course list > List courses', (transaction, done) => {
  // public endpoint: make sure it also works without a token
  delete transaction.request.headers['Authorization'];
  done();
});

hooks.after('Courses > Course list > Create a course', (transaction, done) => {
  createdCourseId = JSON.parse(transaction.real.body).id;
  done();
});

hooks.before('Courses > Course > Delete a course', (transaction, done) => {
  transaction.fullPath = transaction.fullPath.replace('42', createdCourseId);
  done();
});

hooks.before('Participants > Participant list > List participants', (transaction, done) => {
  // teacher role, not admin
  transaction.request.headers['Authorization'] = 'Bearer ⟨t2⟩';
  done();
});

hooks.before('Participants > Participant > Invalid token', (transaction, done) => {
  transaction.request.headers['Authorization'] = 'Bearer invalid';
  transaction.expected.statusCode = '401';
  done();
});
''', t1=t1, t2=t2)
    return d


@doc
def python_responses():
    d = Doc("python-responses-tests", "test_invoice_sync.py", "python api test code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    d.text = T('''import pytest
import responses
from responses import matchers

from invoicesync.client import FortnoxLikeClient, sync_invoices

# Token of the sandbox company "Testbolaget Syd AB" (shared by the whole team).
SANDBOX_TOKEN = "⟨t1⟩"


@pytest.fixture
def client():
    return FortnoxLikeClient(base_url="https://sandbox.bokforing-api.se/3", token=SANDBOX_TOKEN)


@responses.activate
def test_sync_sends_bearer(client):
    responses.get(
        "https://sandbox.bokforing-api.se/3/invoices",
        match=[matchers.header_matcher({"Authorization": f"Bearer {SANDBOX_TOKEN}"}),
               matchers.query_param_matcher({"filter": "unbooked"})],
        json={"Invoices": [{"DocumentNumber": "1001", "Total": 1250.0}]},
    )
    assert [i.number for i in sync_invoices(client)] == ["1001"]


@responses.activate
def test_archive_uses_own_token(client):
    responses.put(
        "https://arkiv.dokumentlager.se/api/v1/documents/1001",
        match=[matchers.header_matcher({"Authorization": "Bearer ⟨t2⟩"}, strict_match=False)],
        status=204,
    )
    client.archive("1001", b"%PDF-1.7")


@responses.activate
def test_expired_token_raises(client):
    responses.get("https://sandbox.bokforing-api.se/3/invoices", status=401,
                  json={"ErrorInformation": {"message": "Invalid access token"}})
    with pytest.raises(PermissionError):
        sync_invoices(FortnoxLikeClient(base_url="https://sandbox.bokforing-api.se/3", token="expired"))
''', t1=t1, t2=t2)
    return d


@doc
def betamax():
    d = Doc("betamax-cassettes-json", "test_member_lookup.json", "http recording fixture")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "b64url"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    recs = []
    for tok, uri, body in [(t1, "https://api.golfklubben-syd.se/v1/members?handicap_lt=10", '{"members":[{"id":881,"hcp":7.4},{"id":902,"hcp":9.1}]}'),
                           (t2, "https://tee-times.golfklubben-syd.se/v1/bookings?date=2026-05-02", '{"bookings":[]}')]:
        recs.append({"request": {"body": {"encoding": "utf-8", "string": ""},
                                 "headers": {"User-Agent": ["python-requests/2.32.3"], "Accept-Encoding": ["gzip, deflate"],
                                             "Accept": ["*/*"], "Connection": ["keep-alive"], "Authorization": ["Bearer " + tok]},
                                 "method": "GET", "uri": uri},
                     "response": {"body": {"encoding": "utf-8", "string": body},
                                  "headers": {"Content-Type": ["application/json"], "Date": ["Sat, 31 Jan 2026 10:02:1%d GMT" % r.randint(0, 9)]},
                                  "status": {"code": 200, "message": "OK"}, "url": uri},
                     "recorded_at": "2026-01-31T10:02:1%dZ" % r.randint(0, 9)})
    d.text = json.dumps({"http_interactions": recs, "recorded_with": "betamax/0.9.0"}, indent=2) + "\n"
    return d


@doc
def frisby():
    d = Doc("frisby-api-specs", "orders.spec.js", "javascript api test code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://auth.cykelverkstan.nu", "orders", scope="orders:admin"), alg="HS256"))
    d.text = T('''const frisby = require('frisby');
const { Joi } = frisby;

const BASE = process.env.API_URL || 'https://staging-api.cykelverkstan.nu';

describe('orders API', () => {
  beforeAll(() => {
    frisby.globalSetup({
      request: {
        headers: {
          Authorization: 'Bearer ⟨t1⟩',
          'Content-Type': 'application/json',
        },
      },
    });
  });

  it('lists open repair orders', () =>
    frisby
      .get(`${BASE}/v1/orders?status=open`)
      .expect('status', 200)
      .expect('jsonTypes', 'orders.*', { id: Joi.number(), bike: Joi.string(), due: Joi.date() }));

  it('lets an admin close an order', () =>
    frisby
      .setup({ request: { headers: { Authorization: 'Bearer ⟨jwt⟩' } } })
      .patch(`${BASE}/v1/orders/5521`, { status: 'done' })
      .expect('status', 200));

  it('rejects a missing token', () =>
    frisby
      .setup({ request: { headers: { Authorization: '' } } })
      .get(`${BASE}/v1/orders`)
      .expect('status', 401));
});
''', t1=t1, jwt=j)
    return d


@doc
def nuxt_ofetch():
    d = Doc("nuxt-ofetch-plugin", "api.server.ts", "web framework server plugin code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "b64url"))
    site = d.X(recaptcha_site_like(r))
    d.text = T('''// server/plugins/api.server.ts — server-side fetch clients for the Nuxt BFF
import { ofetch } from 'ofetch';

// Public, rendered into the page (reCAPTCHA v3 site key for the contact form)
export const RECAPTCHA_SITE_KEY = '⟨site⟩';

const CMS_TOKEN = process.env.NUXT_CMS_TOKEN ?? '⟨t1⟩';

export const cms = ofetch.create({
  baseURL: 'https://cms.arkitektkontoret-vast.se/api',
  onRequest({ options }) {
    options.headers = new Headers(options.headers);
    options.headers.set('Authorization', `Bearer ${CMS_TOKEN}`);
  },
  retry: 1,
});

export const search = ofetch.create({
  baseURL: 'https://search.arkitektkontoret-vast.se/indexes/projects',
  headers: { Authorization: 'Bearer ⟨t2⟩' },
});

export default defineNitroPlugin(() => {
  console.info('[api] clients ready');
});
''', t1=t1, t2=t2, site=site)
    return d


def recaptcha_site_like(r):
    from core import recaptcha_site
    return recaptcha_site(r)


@doc
def restfox():
    d = Doc("restfox-export-json", "Restfox_2026-02-02.json", "api client export")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "hex"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    ws = uuid4(r)
    coll = [
        {"_id": uuid4(r), "_type": "request_group", "name": "Laddstolpar", "parentId": None, "workspaceId": ws,
         "environment": {"base": "https://api.laddnatverket.se"}},
        {"_id": uuid4(r), "_type": "request", "name": "Status per stolpe", "method": "GET",
         "url": "{{ base }}/ocpi/2.2/locations?limit=50", "parentId": None, "workspaceId": ws,
         "authentication": {"type": "bearer", "token": t1}, "headers": [{"name": "Accept", "value": "application/json"}]},
        {"_id": uuid4(r), "_type": "request", "name": "Starta laddning", "method": "POST",
         "url": "{{ base }}/ocpi/2.2/commands/START_SESSION", "parentId": None, "workspaceId": ws,
         "authentication": {"type": "No Auth"},
         "headers": [{"name": "Authorization", "value": "Bearer " + t2}, {"name": "Content-Type", "value": "application/json"}],
         "body": {"mimeType": "application/json", "text": "{\n  \"evse_uid\": \"SE*LNV*E4471*1\",\n  \"token\": {\"uid\": \"0488AC2217\"}\n}"}},
        {"_id": uuid4(r), "_type": "request", "name": "Tariffer (prod)", "method": "GET",
         "url": "{{ base }}/ocpi/2.2/tariffs", "parentId": None, "workspaceId": ws,
         "authentication": {"type": "bearer", "token": "{{ prodToken }}"}},
    ]
    d.text = json.dumps({"exportedFrom": "Restfox-0.31.0", "collection": coll}, indent=4, ensure_ascii=False) + "\n"
    return d


@doc
def bash_api_helpers():
    d = Doc("bash-api-helper-functions", "api-helpers.sh", "shell function library")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hubspot"))
    t3 = d.L("bearer-token", bearer(r, "b64url"))
    d.text = T('''# ~/.config/ops/api-helpers.sh — sourced from ~/.bashrc on the jump host
# usage: nb get dcim/devices/?site=sto1 | jq .

export NETBOX_URL="https://netbox.drift.hamnbolaget.se/api"
NETBOX_TOKEN_RO="⟨t1⟩"

nb() {
    local method=${1^^}; shift
    curl -fsS -X "$method" "$NETBOX_URL/$1" \\
        -H "Authorization: Bearer $NETBOX_TOKEN_RO" \\
        -H "Accept: application/json; indent=2" "${@:2}"
}

crm_contact() {
    curl -fsS "https://api.hubapi.com/crm/v3/objects/contacts/search" \\
        -H 'Authorization: Bearer ⟨t2⟩' \\
        -H 'Content-Type: application/json' \\
        -d "{\\"filterGroups\\":[{\\"filters\\":[{\\"propertyName\\":\\"email\\",\\"operator\\":\\"EQ\\",\\"value\\":\\"$1\\"}]}]}"
}

# Status page incidents (token for the ops-bot user)
status_incident() {
    local title=$1 body=$2
    curl -fsS -X POST https://status.hamnbolaget.se/api/v1/incidents \\
        --oauth2-bearer "⟨t3⟩" \\
        --json "{\\"name\\":\\"$title\\",\\"message\\":\\"$body\\",\\"status\\":2}"
}

# old helper, token moved to pass(1):  pass show ops/pagerduty
pd_ack() { curl -fsS -X PUT "https://api.pagerduty.com/incidents/$1" -H "Authorization: Token token=$(pass show ops/pagerduty)"; }
''', t1=t1, t2=t2, t3=t3)
    return d


@doc
def exceptionless():
    d = Doc("exceptionless-events-json", "events-export.json", "error tracker event export")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    ip = d.L("ipv4", ipv4_public(r))
    evs = []
    for tok, path in [(t1, "/api/schema/sok"), (t2, "/api/vikarier/bokning")]:
        evs.append({"id": hexs(r, 24), "type": "error", "date": iso(ts(r), ms=True).replace("Z", "+01:00"),
                    "message": "Object reference not set to an instance of an object.",
                    "reference_id": d.X(hexs(r, 10)),
                    "data": {"@request": {"user_agent": "Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X)", "http_method": "GET",
                                          "is_secure": True, "host": "vikarie.skolkontoret-nord.se", "path": path, "port": 443,
                                          "client_ip_address": ip if tok == t1 else ipv4_private(r),
                                          "headers": {"Authorization": ["Bearer " + tok], "Accept-Language": ["sv-SE"]},
                                          "query_string": {"datum": "2026-02-03"}},
                             "@environment": {"machine_name": "APP02", "runtime_version": ".NET 8.0.12"},
                             "@error": {"type": "System.NullReferenceException",
                                        "stack_trace": [{"name": "Sok", "declaring_type": "Vikarie.Web.Api.SchemaController", "line_number": r.randint(40, 200)}]}},
                    "tags": ["prod"], "count": r.randint(1, 40)})
    d.text = json.dumps(evs, indent=2) + "\n"
    return d
