"""HTTP clients, proxies, gateways, traffic logs: bearer tokens above all."""
import json

from common import new, Clock, J, X, U, AN, HEX, B64U, LO, DG, UP


def ab_verbose_output():
    d = new("ab-verbose-output", "ab-v4-orders.txt")
    g = d.g
    tok = d.bearer("jwt")
    host = "orders-api." + d.company_domain()
    ip = d.ip4()
    lines = [f"$ ab -v 4 -n 3 -c 1 -H 'Authorization: Bearer {tok}' -H 'Accept: application/json' https://{host}/v2/orders?limit=20",
             "This is ApacheBench, Version 2.3 <$Revision: 1913912 $>",
             "Copyright 1996 Adam Twiss, Zeus Technology Ltd, http://www.zeustech.net/",
             "Licensed to The Apache Software Foundation, http://www.apache.org/", "",
             f"Benchmarking {host} (be patient)...INFO: GET header == ",
             "---", f"GET /v2/orders?limit=20 HTTP/1.0", f"Host: {host}", "User-Agent: ApacheBench/2.3",
             "Accept: application/json", f"Authorization: Bearer {tok}", "", "---"]
    for i in range(3):
        rid = d.uuid()
        lines += ["LOG: header received:", "HTTP/1.1 200 OK", "Date: Tue, 11 Mar 2025 09:1%d:0%d GMT" % (i, i + 2),
                  "Content-Type: application/json; charset=utf-8", f"Content-Length: {g.num(1800, 2400)}",
                  "Connection: close", f"X-Request-Id: {rid}", f"ETag: W/\"{d.sha1()[:27]}\"", "",
                  '{"data":[{"id":"ord_%s","status":"shipped"' % g.s(14, AN) + ',"total":%d}],"next":"%s"}' % (g.num(100, 9000), g.b64(18, url=True)),
                  f"LOG: Response code = 200"]
    lines += ["..done", "", "", f"Server Software:        envoy", f"Server Hostname:        {host}",
              "Server Port:            443", "SSL/TLS Protocol:       TLSv1.3,TLS_AES_256_GCM_SHA384,2048,256",
              f"Server Temp Key:        X25519 253 bits", f"TLS Server Name:        {host}", "",
              "Document Path:          /v2/orders?limit=20", "Document Length:        2113 bytes", "",
              "Concurrency Level:      1", "Time taken for tests:   0.612 seconds", "Complete requests:      3",
              "Failed requests:        0", "", f"# resolved {host} -> {ip}"]
    tok2 = d.bearer("opaque48")
    lines += ["", f"$ ab -v 2 -n 1 -H \"Authorization: Bearer {tok2}\" -p body.json -T application/json https://{host}/v2/orders/bulk",
              "LOG: header received:", "HTTP/1.1 401 Unauthorized",
              'WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
              "", "# note: the docs say -H 'Authorization: Bearer <token>' -- use the token from `make token`", ""]
    for k in range(2):
        t3 = d.bearer(g.pick(["jwt", "hex", "opaque"]))
        lines += [f"$ ab -k -n 500 -c 20 -H 'Authorization: Bearer {t3}' https://{host}/v2/orders/{g.num(10000, 99999)}",
                  "Benchmarking (be patient)", "Completed 100 requests", "Completed 200 requests", "Finished 500 requests",
                  f"Requests per second:    {g.num(200, 900)}.{g.num(10, 99)} [#/sec] (mean)",
                  f"Non-2xx responses:      {g.pick([0, 0, 3, 500])}", ""]
    d.text = "\n".join(lines)
    return d


def xh_verbose():
    d = new("xh-verbose", "xh-session.txt")
    g = d.g
    host = "api." + d.company_domain("se")
    t1 = d.bearer("jwt")
    p = d.person("se")
    em = d.email(p)
    ph = d.phone("se", "intl")
    t2 = d.bearer("prefixed")
    d.text = f"""❯ xh -v POST https://{host}/v1/customers Authorization:"Bearer {t1}" name="{p.name}" email={em} phone="{ph}"
POST /v1/customers HTTP/1.1
Accept: application/json, */*;q=0.5
Accept-Encoding: gzip, deflate, br, zstd
Authorization: Bearer {t1}
Connection: keep-alive
Content-Length: {g.num(80, 120)}
Content-Type: application/json
Host: {host}
User-Agent: xh/0.23.1

{{
    "name": "{p.name}",
    "email": "{em}",
    "phone": "{ph}"
}}



HTTP/1.1 201 Created
Content-Type: application/json
Date: Wed, 12 Mar 2025 13:02:11 GMT
Location: /v1/customers/cus_{g.s(14, AN)}
X-Request-Id: {d.uuid()}

{{
    "id": "cus_{g.s(14, AN)}",
    "created": {g.num(1741700000, 1741790000)},
    "livemode": true
}}


❯ xh -v --auth-type bearer --auth {t2} GET https://{host}/v1/webhooks
GET /v1/webhooks HTTP/1.1
Accept: */*
Accept-Encoding: gzip, deflate, br, zstd
Authorization: Bearer {t2}
Connection: keep-alive
Host: {host}
User-Agent: xh/0.23.1



HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 218

{{
    "data": [
        {{
            "id": "we_{g.s(16, AN)}",
            "url": "https://hooks.{d.company_domain('se')}/inbound",
            "signing_secret": "whsec_••••••••••••",
            "status": "enabled"
        }}
    ]
}}

❯ xh -A bearer -a {d.bearer("jwt")} https://{host}/v1/invoices?status=unpaid -p=h
HTTP/1.1 200 OK
Content-Type: application/json
X-Ratelimit-Remaining: 4812

❯ xh --print=H GET https://{host}/v1/me Authorization:"Bearer $TOKEN"
GET /v1/me HTTP/1.1
Authorization: Bearer $TOKEN
"""
    return d


def aiohttp_client_trace():
    d = new("aiohttp-client-trace", "worker.log")
    g = d.g
    c = Clock(d)
    lines = []
    hosts = ["graph.microsoft.com", "api.hubapi.com", "www.googleapis.com", "api." + d.company_domain(),
             "api.notion.com", "api.dropboxapi.com", "api.linear.app"]
    shapes = ["azure", "opaque", "ya29", "jwt", "prefixed", "dropbox", "hex"]
    for i, (h, sh) in enumerate(zip(hosts, shapes)):
        tok = d.bearer(sh)
        rid = d.uuid()
        path = g.pick(["/v1.0/users?$top=50", "/crm/v3/objects/contacts?limit=100", "/drive/v3/files?pageSize=100", "/v2/sync"])
        lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} DEBUG [sync.http] on_request_start method=GET url=URL('https://{h}{path}') "
                     f"headers=<CIMultiDict('User-Agent': 'Python/3.12 aiohttp/3.9.5', 'Authorization': 'Bearer {tok}', 'X-Correlation-Id': '{rid}')>")
        lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} DEBUG [sync.http] on_connection_create_end host={h} elapsed=0.0{g.num(10, 99)}")
        st = g.pick([200, 200, 200, 401, 429])
        lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} DEBUG [sync.http] on_request_end status={st} url=https://{h}{path} "
                     f"resp_headers=<CIMultiDictProxy('Content-Type': 'application/json', 'Request-Id': '{d.uuid()}')>")
        if st == 401:
            lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} WARNING [sync.worker] token rejected, refreshing")
    shp = d.vtok("shpat")
    lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} DEBUG [sync.http] on_request_start method=GET url=URL('https://{d.dom().split('.')[0]}.myshopify.com/admin/api/2024-10/orders.json?status=any') "
                 f"headers=<CIMultiDict('X-Shopify-Access-Token': '{shp}', 'Accept': 'application/json')>")
    rt = d.gs("b64u", cat="generic-secret")
    cs = d.gs("an40")
    newtok = d.L("bearer-token|generic-secret", d.g.b64(32, url=True))
    lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} DEBUG [sync.http] on_request_start method=POST url=URL('https://login.{d.company_domain()}/oauth2/token') "
                 f"headers=<CIMultiDict('Content-Type': 'application/x-www-form-urlencoded')> data='grant_type=refresh_token&refresh_token={rt}&client_id=sync-worker&client_secret={cs}'")
    lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} DEBUG [sync.http] on_request_end status=200 body={{\"access_token\": \"{newtok}\", \"token_type\": \"Bearer\", \"expires_in\": 3599}}")
    lines.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} ERROR [sync.worker] Unhandled exception in task sync-contacts")
    lines += ["Traceback (most recent call last):",
              '  File "/app/sync/worker.py", line 212, in run',
              "    await self.push(batch)",
              '  File "/app/sync/worker.py", line 187, in push',
              "    resp.raise_for_status()",
              '  File "/usr/local/lib/python3.12/site-packages/aiohttp/client_reqrep.py", line 1070, in raise_for_status',
              "    raise ClientResponseError(",
              f"aiohttp.client_exceptions.ClientResponseError: 429, message='Too Many Requests', url=URL('https://{hosts[1]}/crm/v3/objects/contacts/batch/upsert')"]
    d.text = "\n".join(lines) + "\n"
    return d


def guzzle_history_log():
    d = new("guzzle-history-log", "http-debug.log")
    g = d.g
    c = Clock(d)
    out = []
    for i in range(5):
        host = g.pick(["api.mollie.com", "api.sendcloud.sc", "api." + d.company_domain("de"), "graph.facebook.com"])
        if host == "graph.facebook.com":
            tok = d.bearer("fb")
        elif i == 1:
            tok = d.bearer("hex")
        else:
            tok = d.bearer("jwt")
        ip = d.ip4()
        out.append(f"[{c.step().fmt('%Y-%m-%dT%H:%M:%S.%f')}+01:00] guzzle.DEBUG: >>>>>>>>")
        out.append(f"GET /v2/payments?limit=50 HTTP/1.1\r\nHost: {host}\r\nUser-Agent: GuzzleHttp/7\r\nAuthorization: Bearer {tok}\r\nAccept: application/json\r\n\r\n")
        out.append("<<<<<<<<")
        out.append(f"HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: application/hal+json\r\nX-Forwarded-For: {ip}\r\n\r\n"
                   + '{"count":1,"_embedded":{"payments":[{"resource":"payment","id":"tr_%s","mode":"live"}]}}' % g.s(10, AN))
        out.append("--------")
        out.append("NULL [] []")
    p = d.person("de")
    pw = d.pw(punct="!#%*+-.?_")
    out.append(f"[{c.step().fmt('%Y-%m-%dT%H:%M:%S.%f')}+01:00] guzzle.DEBUG: >>>>>>>>")
    body = f'{{"username":"{d.email(p)}","password":"{pw}","grant_type":"password"}}'
    out.append(f"POST /oauth/token HTTP/1.1\r\nHost: auth.{d.company_domain('de')}\r\nContent-Type: application/json\r\n\r\n{body}")
    out.append("<<<<<<<<")
    at = d.bearer("opaque48", cat="bearer-token|generic-secret")
    out.append(f'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{{"access_token":"{at}","token_type":"Bearer","expires_in":3600}}')
    out.append("--------")
    out.append("NULL [] []")
    d.text = "\n".join(out) + "\n"
    return d


def faraday_logger():
    d = new("faraday-logger", "production.log")
    g = d.g
    c = Clock(d)
    L = []

    def pre(lvl="INFO"):
        c.step()
        return f"{lvl[0]}, [{c.fmt('%Y-%m-%dT%H:%M:%S.%f')} #{g.num(1000, 9999)}]  {lvl} -- "
    for i in range(5):
        kind = ["gho", "jwt", "dropbox", "jwt", "gho"][i]
        host = {"gho": "api.github.com", "jwt": "api." + d.company_domain(), "dropbox": "api.dropboxapi.com"}[kind]
        tok = d.vtok("gho", cat="github-token|bearer-token") if kind == "gho" else d.bearer(kind)
        L.append(pre() + f"request: GET https://{host}/{'user/repos?per_page=100' if kind == 'gho' else '2/files/list_folder'}")
        L.append(pre() + 'request: User-Agent: "Faraday v2.9.0"')
        L.append(pre() + f'request: Authorization: "Bearer {tok}"')
        L.append(pre() + 'request: Accept: "application/vnd.github+json"' if kind == "gho" else pre() + 'request: Content-Type: "application/json"')
        L.append(pre() + "response: Status 200")
        L.append(pre() + f'response: x-github-request-id: "{g.s(4, "ABCDEF0123456789")}:{g.s(6, "ABCDEF0123456789")}:{g.s(7, "ABCDEF0123456789")}"' if kind == "gho"
                 else pre() + f'response: x-dropbox-request-id: "{g.hexs(32)}"')
    L.append(pre() + 'request: Authorization: "Bearer [FILTERED]"')
    L.append(pre("ERROR") + "Octokit::Unauthorized: GET https://api.github.com/user: 401 - Bad credentials // See: https://docs.github.com/rest")
    L.append("/usr/local/bundle/gems/octokit-8.1.0/lib/octokit/response/raise_error.rb:14:in `on_complete'")
    L.append("/usr/local/bundle/gems/faraday-2.9.0/lib/faraday/middleware.rb:18:in `block in call'")
    L.append("app/jobs/import_repos_job.rb:22:in `perform'")
    d.text = "\n".join(L) + "\n"
    return d


def feign_client_logs():
    d = new("feign-client-logs", "billing-service.log")
    g = d.g
    c = Clock(d)
    L = []
    for cl, meth, host in [("InvoiceClient#findOpen", "GET", "invoicing.svc.cluster.local:8080"),
                           ("PaymentClient#capture", "POST", "payments." + d.company_domain()),
                           ("CustomerClient#byId", "GET", "crm." + d.company_domain()),
                           ("ShippingClient#label", "POST", "shipping." + d.company_domain()),
                           ("LedgerClient#post", "POST", "ledger.svc.cluster.local:8080")]:
        tok = d.bearer("jwt")
        th = f"http-nio-8080-exec-{g.num(1, 12)}"
        tr = g.hexs(32)
        L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] ---> {meth} https://{host}/api/v1/{g.pick(['invoices', 'captures', 'customers/42187'])} HTTP/1.1")
        L.append(f"{c.step(0.001, 0.01).fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] Authorization: Bearer {tok}")
        L.append(f"{c.step(0.001, 0.01).fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] Content-Type: application/json")
        if meth == "POST":
            card = d.card_look("masked")
            L.append(f"{c.step(0.001, 0.01).fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] {{\"amount\":{g.num(100, 90000)},\"currency\":\"EUR\",\"card\":\"{card}\"}}")
            L.append(f"{c.step(0.001, 0.01).fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] ---> END HTTP (57-byte body)")
        else:
            L.append(f"{c.step(0.001, 0.01).fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] ---> END HTTP (0-byte body)")
        L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [{th}] [{tr},{g.hexs(16)}] c.a.b.client.{cl.split('#')[0]} : [{cl}] <--- HTTP/1.1 200 ({g.num(20, 400)}ms)")
    for api, par in [("geo", "apikey"), ("vat", "access_key")]:
        L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [scheduling-1] [,] c.a.b.client.{api.title()}Client : [{api.title()}Client#lookup] ---> GET https://{api}.{d.company_domain()}/v1/lookup?q=SE556677889901&{par}={d.gs('an32')} HTTP/1.1")
    key = d.gs("hex32")
    L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} DEBUG 1 --- [scheduling-1] [,] c.a.b.client.FxClient : [FxClient#rates] ---> GET https://fx.{d.company_domain()}/latest?base=EUR&access_key={key} HTTP/1.1")
    L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-3]} ERROR 1 --- [scheduling-1] [,] o.s.s.s.TaskUtils$LoggingErrorHandler : Unexpected error occurred in scheduled task")
    L.append("feign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to [https://crm.internal/api/v1/customers/42187] [CustomerClient#byId(long)]: [{\"error\":\"invalid_token\"}]")
    L.append("\tat feign.FeignException.clientErrorStatus(FeignException.java:222)")
    L.append("\tat feign.FeignException.errorStatus(FeignException.java:203)")
    L.append("\tat feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:92)")
    L.append("\tat feign.AsyncResponseHandler.handleResponse(AsyncResponseHandler.java:98)")
    d.text = "\n".join(L) + "\n"
    return d


def dotnet_httpclient_logs():
    d = new("dotnet-httpclient-logs", "api-20250311.txt")
    g = d.g
    c = Clock(d)
    L = []
    for name, host in [("Graph", "graph.microsoft.com"), ("Fortnox", "api.fortnox.se"), ("Partner", "api." + d.company_domain()),
                       ("Visma", "eaccountingapi.vismaonline.com"), ("Partner", "api." + d.company_domain()), ("Graph", "graph.microsoft.com")]:
        L.append(f"info: System.Net.Http.HttpClient.{name}.LogicalHandler[100]")
        L.append(f"      Start processing HTTP request GET https://{host}/v1/{g.pick(['me', 'invoices', 'orders'])}")
        L.append(f"trce: System.Net.Http.HttpClient.{name}.LogicalHandler[102]")
        L.append(f"      Request Headers:")
        if name == "Graph":
            L.append("      Authorization: *")
        else:
            L.append(f"      Authorization: Bearer {d.bearer('opaque48' if name == 'Fortnox' else 'jwt')}")
        L.append(f"      traceparent: 00-{g.hexs(32)}-{g.hexs(16)}-01")
        L.append(f"info: System.Net.Http.HttpClient.{name}.ClientHandler[101]")
        L.append(f"      Received HTTP response headers after {g.num(30, 900)}.{g.num(1000, 9999)}ms - 200")
    L.append("dbug: Microsoft.EntityFrameworkCore.Database.Connection[20000]")
    pw = d.pw(punct="!#%*+-.?_~")
    L.append(f"      Opening connection to database 'orders' on server 'tcp:sql-prod-{g.num(1, 4)}.database.windows.net,1433'.")
    L.append("fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]")
    L.append(f"      An error occurred using the connection to database 'orders' on server 'tcp:sql-prod-2.database.windows.net,1433'.")
    L.append(f"      Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'orders_app'.")
    L.append(f"      ConnectionString: Server=tcp:sql-prod-2.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={pw};Encrypt=True;TrustServerCertificate=False;")
    L.append("         at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)")
    L.append("         at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)")
    L.append("info: Orders.Api.TokenCache[0]")
    L.append(f"      Cached token for client {d.uuid()} (length 1432, hash {d.sha256()[:16]})")
    d.text = "\n".join(L) + "\n"
    return d


def axios_interceptor_logs():
    d = new("axios-interceptor-logs", "pm2-out.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(5):
        sh = ["jwt", "opaque", "prefixed", "jwt", "airtable"][i]
        tok = d.bearer(sh)
        url = g.pick(["https://api.hubapi.com/crm/v3/objects/deals", "https://api.notion.com/v1/databases/query",
                      f"https://api.{d.company_domain()}/v3/shipments"])
        L.append(f"{c.step().iso()} [axios] request {{")
        L.append(f"  method: 'post',")
        L.append(f"  url: '{url}',")
        L.append(f"  headers: AxiosHeaders {{")
        L.append(f"    Accept: 'application/json, text/plain, */*',")
        L.append(f"    'Content-Type': 'application/json',")
        L.append(f"    Authorization: 'Bearer {tok}',")
        if i == 1:
            L.append(f"    'Notion-Version': '2022-06-28',")
        L.append(f"    'User-Agent': 'axios/1.6.8'")
        L.append(f"  }},")
        L.append(f"  timeout: 15000")
        L.append("}")
        L.append(f"{c.step().iso()} [axios] response {g.pick([200, 201, 202])} {url} ({g.num(40, 800)} ms)")
    L.append(f"{c.step().iso()} [axios] request {{ method: 'get', url: 'https://api.{d.company_domain()}/v3/me', headers: AxiosHeaders {{ Authorization: 'Bearer ' + process.env.API_TOKEN }} }}")
    L.append(f"{c.step().iso()} AxiosError: Request failed with status code 403")
    L.append("    at settle (/srv/app/node_modules/axios/dist/node/axios.cjs:1966:12)")
    L.append("    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/dist/node/axios.cjs:3065:11)")
    tok = d.bearer("hex")
    L.append(f"  config: {{ headers: {{ Authorization: 'Bearer {tok}', 'X-Api-Version': '3' }} }},")
    L.append(f"  code: 'ERR_BAD_REQUEST'")
    d.text = "\n".join(L) + "\n"
    return d


def wso2_apim_wire_logs():
    d = new("wso2-apim-wire-logs", "wso2carbon.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(9):
        tok = d.bearer("jwt") if i % 3 != 1 else d.bearer("opaque")
        cip = d.client_ip(0.5)
        io = f"HTTP-Listener I/O dispatcher-{g.num(1, 4)}"
        ts = c.step().fmt("%Y-%m-%d %H:%M:%S,%f")[:-3]
        for hdr in [f"GET /pizzashack/1.0.0/menu HTTP/1.1", f"Host: gw.{d.company_domain()}:8243", "accept: application/json",
                    f"Authorization: Bearer {tok}", f"X-Forwarded-For: {cip}", ""]:
            L.append(f"[{ts}] DEBUG {{org.apache.synapse.transport.http.wire}} - {io} >> \"{hdr}[\\r][\\n]\"")
        ts = c.step().fmt("%Y-%m-%d %H:%M:%S,%f")[:-3]
        L.append(f"[{ts}] DEBUG {{org.apache.synapse.transport.http.wire}} - HTTP-Sender I/O dispatcher-1 << \"HTTP/1.1 200 OK[\\r][\\n]\"")
        L.append(f"[{ts}] DEBUG {{org.apache.synapse.transport.http.wire}} - HTTP-Sender I/O dispatcher-1 << \"Content-Type: application/json[\\r][\\n]\"")
    ck, cs = g.s(28, AN + "_"), g.s(28, AN)
    basic = d.basic(ck, cs)
    ts = c.step().fmt("%Y-%m-%d %H:%M:%S,%f")[:-3]
    for hdr in ["POST /oauth2/token HTTP/1.1", f"Authorization: Basic {basic}", "Content-Type: application/x-www-form-urlencoded", ""]:
        L.append(f"[{ts}] DEBUG {{org.apache.synapse.transport.http.wire}} - HTTP-Listener I/O dispatcher-2 >> \"{hdr}[\\r][\\n]\"")
    at = d.L("bearer-token|generic-secret", g.uuid())
    L.append(f"[{ts}] DEBUG {{org.apache.synapse.transport.http.wire}} - HTTP-Listener I/O dispatcher-2 << \"{{\"access_token\":\"{at}\",\"scope\":\"default\",\"token_type\":\"Bearer\",\"expires_in\":3600}}\"")
    L.append(f"[{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]}]  WARN {{org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler}} - API authentication failure due to Invalid Credentials")
    d.text = "\n".join(L) + "\n"
    return d


def gravitee_request_logs():
    d = new("gravitee-request-logs", "api-logs-export.json")
    g = d.g
    c = Clock(d)
    items = []
    for i in range(10):
        tok = d.bearer("jwt" if i % 3 != 2 else "hex")
        key = d.gs("hex32")
        ip = d.client_ip(0.5)
        items.append({
            "id": g.uuid(), "api": g.uuid(), "timestamp": c.step(1, 60).epoch_ms(), "transactionId": g.uuid(),
            "clientRequest": {"method": "GET", "uri": f"/shop/v2/products?page={i + 1}",
                              "headers": {"accept": ["application/json"], "authorization": [f"Bearer {tok}"],
                                          "x-gravitee-api-key": [key], "x-forwarded-for": [ip],
                                          "user-agent": ["okhttp/4.12.0"]}},
            "proxyRequest": {"method": "GET", "uri": f"http://products.shop.svc:8080/products?page={i + 1}",
                             "headers": {"authorization": [f"Bearer {tok}"]}},
            "clientResponse": {"status": 200, "headers": {"content-type": ["application/json"]}},
        })
    d.text = json.dumps({"data": items, "metadata": {"total": 3}}, indent=2) + "\n"
    return d


def azure_apim_trace():
    d = new("azure-apim-trace", "ocp-apim-trace.json")
    g = d.g
    c = Clock(d)
    sub = d.gs("hex32")
    tok = d.bearer("jwt")
    ip = d.ip4()
    be_key = d.gs("b64_32")
    doc = {
        "traceId": g.hexs(32), "ocp-apim-trace": True,
        "traceEntries": {
            "inbound": [
                {"source": "api-inspector", "timestamp": c.step().iso(ms=True), "elapsed": "00:00:00.0012",
                 "data": {"request": {"method": "POST", "url": f"https://apim-{g.pick(['weu', 'neu'])}-prod.azure-api.net/claims/v1/submit",
                                      "headers": [{"name": "Ocp-Apim-Subscription-Key", "value": sub},
                                                  {"name": "Authorization", "value": f"Bearer {tok}"},
                                                  {"name": "X-Forwarded-For", "value": ip},
                                                  {"name": "Content-Type", "value": "application/json"}]}}},
                {"source": "validate-jwt", "timestamp": c.step().iso(), "elapsed": "00:00:00.0031",
                 "data": {"message": "JWT validation succeeded", "claims": {"aud": "api://claims", "appid": g.uuid()}}},
                {"source": "set-header", "timestamp": c.step().iso(), "elapsed": "00:00:00.0033",
                 "data": {"message": "Specified value was assigned to the header (see below).",
                          "header": {"name": "x-functions-key", "value": be_key}}},
            ],
            "backend": [
                {"source": "forward-request", "timestamp": c.step().iso(), "elapsed": "00:00:00.0102",
                 "data": {"message": "Request is being forwarded to the backend service. Timeout set to 300 seconds.",
                          "request": {"method": "POST", "url": "https://func-claims-prod.azurewebsites.net/api/submit"}}},
            ],
            "outbound": [{"source": "transfer-response", "timestamp": c.step().iso(), "elapsed": "00:00:00.2231",
                          "data": {"message": "Response has been sent completely."}}],
        }}
    d.text = json.dumps(doc, indent=2) + "\n"
    return d


def apigw_execution_logs():
    d = new("apigw-execution-logs", "API-Gateway-Execution-Logs_prod.txt")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(5):
        rid = g.uuid()
        ip = d.client_ip(0.6)
        mask = "*" * g.num(280, 330) + g.hexs(4)
        qs = f"{{access_token={d.L('bearer-token|generic-secret', g.b64(30, url=True))}, page=2}}" if i == 1 else "{}"
        key = d.gs("an40")
        body_tok = d.L("bearer-token|generic-secret", g.hexs(64))
        refresh = d.gs("hex64")
        ts = c.step(1, 20).iso()
        L += [f"{ts} ({rid}) Extended Request Id: {g.s(14, AN)}=",
              f"{ts} ({rid}) Verifying Usage Plan for request: {rid}. API Key: {'*' * 30}{g.s(10, AN)} API Stage: {g.s(10, LO + DG)}/prod",
              f"{ts} ({rid}) Method request path: {{proxy=partner/v1/orders}}",
              f"{ts} ({rid}) Method request query string: {qs}",
              f"{ts} ({rid}) Method request headers: {{Authorization={mask}, X-Forwarded-For={ip}, X-Partner-Key={key}, User-Agent=Apache-HttpClient/4.5.14 (Java/17.0.10), Host=api.{d.company_domain()}}}",
              f"{ts} ({rid}) Endpoint request URI: https://partner-backend.{d.company_domain()}/v1/orders",
              f"{ts} ({rid}) Endpoint response body before transformations: {{\"access_token\":\"{body_tok}\",\"token_type\":\"bearer\",\"expires_in\":86400,\"refresh_token\":\"{refresh}\"}}",
              f"{ts} ({rid}) Method completed with status: 200"]
    d.text = "\n".join(L) + "\n"
    return d


def aws_waf_logs():
    d = new("aws-waf-logs", "aws-waf-logs-cf-20250311.jsonl")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(14):
        ip = d.ip6() if i % 5 == 3 else d.client_ip(0.6)
        if i % 6 == 2:
            auth = "REDACTED"
        else:
            auth = "Bearer " + d.bearer(g.pick(["jwt", "opaque", "b64"]))
        ev = {"timestamp": c.step(1, 30).epoch_ms(), "formatVersion": 1,
              "webaclId": f"arn:aws:wafv2:us-east-1:{g.digits(12, True)}:global/webacl/edge-acl/{g.uuid()}",
              "terminatingRuleId": g.pick(["Default_Action", "AWS-AWSManagedRulesCommonRuleSet", "rate-limit-login"]),
              "terminatingRuleType": "REGULAR", "action": g.pick(["ALLOW", "ALLOW", "BLOCK"]),
              "httpSourceName": "CF", "httpSourceId": g.s(14, UP + DG),
              "httpRequest": {"clientIp": ip, "country": g.pick(["SE", "DE", "US", "NL", "FI"]),
                              "headers": [{"name": "host", "value": "shop." + d.company_domain()},
                                          {"name": "authorization", "value": auth},
                                          {"name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64)"}],
                              "uri": g.pick(["/api/cart", "/api/checkout", "/api/account/orders"]), "args": "",
                              "httpVersion": "HTTP/2.0", "httpMethod": g.pick(["GET", "POST"]),
                              "requestId": g.s(20, AN) + "=="}}
        L.append(json.dumps(ev, separators=(",", ":")))
    d.text = "\n".join(L) + "\n"
    return d


def modsecurity_audit_log():
    d = new("modsecurity-audit-log", "modsec_audit.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(5):
        bid = g.s(8, "abcdef0123456789")
        ip = d.ip4()
        uid = g.s(27, AN)
        L += [f"--{bid}-A--", f"[{c.step(5, 60).fmt('%d/%b/%Y:%H:%M:%S.%f')} +0100] {uid} {ip} {g.num(30000, 65000)} 10.20.0.5 443",
              f"--{bid}-B--"]
        if i == 3:
            p = d.person("se")
            raw = d.raw_pw(punct="!#%&+=?@ ")
            body = f"username={d.email(p, enc=U)}&password={d.L('password', U(raw))}&remember=1"
            L += ["POST /login HTTP/1.1", f"Host: app.{d.company_domain()}", "Content-Type: application/x-www-form-urlencoded",
                  f"Content-Length: {len(body)}", "", f"--{bid}-C--", body, ""]
        elif i % 3 == 1:
            user = g.pick(["svc-export", "reporting"])
            pw = d.raw_pw()
            L += [f"POST /api/export HTTP/1.1", f"Host: intra.{d.company_domain()}", f"Authorization: Basic {d.basic(user, pw)}",
                  "Content-Type: application/json", "Content-Length: 48", ""]
        else:
            L += [f"GET /api/v1/users?filter=admin'-- HTTP/1.1" if i == 2 else "GET /api/v1/profile HTTP/1.1",
                  f"Host: app.{d.company_domain()}", f"Authorization: Bearer {d.bearer('jwt')}",
                  "Accept: */*", "User-Agent: sqlmap/1.8" if i == 2 else "User-Agent: Mozilla/5.0", ""]
        L += [f"--{bid}-F--", "HTTP/1.1 403 Forbidden" if i == 2 else "HTTP/1.1 200 OK", "Content-Type: application/json", "",
              f"--{bid}-H--"]
        if i == 2:
            L.append(f'Message: Warning. detected SQLi using libinjection with fingerprint \'s&1c\' [file "/etc/modsecurity/crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "46"] [id "942100"] [msg "SQL Injection Attack Detected via libinjection"]')
        L += ["Apache-Handler: proxy-server", f"Stopwatch: {c.epoch()}{g.digits(6)} {g.num(1000, 90000)} (- - -)",
              "Producer: ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/); OWASP_CRS/3.3.5.", "Server: Apache",
              "Engine-Mode: \"ENABLED\"", "", f"--{bid}-Z--", ""]
    d.text = "\n".join(L)
    return d


def suricata_eve_json():
    d = new("suricata-eve-json", "eve.json")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(12):
        src = d.priv4()
        dst = d.ip4() if i % 2 == 0 else d.priv4()
        ev = {"timestamp": c.step(1, 50).fmt("%Y-%m-%dT%H:%M:%S.%f") + "+0100", "flow_id": int(g.plain_digits(16)),
              "in_iface": "eth1", "event_type": "http", "src_ip": src, "src_port": g.num(30000, 65000), "dest_ip": dst,
              "dest_port": 80, "proto": "TCP",
              "http": {"hostname": g.pick(["api.", "cdn.", "telemetry."]) + d.company_domain(), "url": g.pick(["/v1/events", "/sync", "/upload"]),
                       "http_user_agent": "Go-http-client/1.1", "http_method": "POST", "protocol": "HTTP/1.1", "status": 200,
                       "length": g.num(20, 900),
                       "request_headers": [{"name": "Host", "value": "x"}, {"name": "Authorization", "value": "Bearer " + d.bearer(g.pick(["jwt", "hex", "opaque"]))},
                                           {"name": "Content-Type", "value": "application/json"}],
                       "response_headers": [{"name": "Server", "value": "nginx"}]}}
        ev["http"]["request_headers"][0]["value"] = ev["http"]["hostname"]
        L.append(json.dumps(ev, separators=(",", ":")))
    ev = {"timestamp": c.step().fmt("%Y-%m-%dT%H:%M:%S.%f") + "+0100", "event_type": "alert", "src_ip": d.ip4(), "src_port": 51544,
          "dest_ip": d.priv4(), "dest_port": 22, "proto": "TCP",
          "alert": {"action": "allowed", "gid": 1, "signature_id": 2001219, "rev": 20, "signature": "ET SCAN Potential SSH Scan", "category": "Attempted Information Leak", "severity": 2}}
    L.append(json.dumps(ev, separators=(",", ":")))
    ev = {"timestamp": c.step().fmt("%Y-%m-%dT%H:%M:%S.%f") + "+0100", "event_type": "dns", "src_ip": d.priv4(), "dest_ip": d.ip6(),
          "proto": "UDP", "dns": {"type": "query", "id": g.num(1, 65000), "rrname": "api." + d.company_domain(), "rrtype": "AAAA"}}
    L.append(json.dumps(ev, separators=(",", ":")))
    d.text = "\n".join(L) + "\n"
    return d


def zeek_http_log():
    d = new("zeek-http-log", "http.log")
    g = d.g
    c = Clock(d)
    L = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\thttp",
         "#open\t2025-03-11-09-00-00",
         "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tusername\tpassword",
         "#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tstring\tstring"]
    for i in range(12):
        orig = d.priv4()
        resp = d.ip4() if i % 3 != 2 else d.priv4()
        user, pw = "-", "-"
        if i in (0, 6, 9):
            uri = f"/api/v2/track?access_token={d.L('bearer-token|generic-secret', g.hexs(40))}&event=open"
        elif i == 2:
            uri = f"/oauth/callback?code={g.s(20, AN)}&state={g.s(16, AN)}"
        elif i == 3:
            user = g.pick(["camera", "nvr-admin", "printer"])
            pw = d.pw(style="rand", punct="")
            uri = "/cgi-bin/snapshot.cgi"
        elif i in (4, 8, 11):
            uri = f"/ws/v1/feed?token={d.L('bearer-token|generic-secret', g.b64(24, url=True))}"
        else:
            uri = g.pick(["/index.html", "/favicon.ico", "/assets/app.js"])
        L.append("\t".join([f"{c.step(1, 40).epoch()}.{g.digits(6)}", "C" + g.s(17, AN), orig, str(g.num(30000, 65000)), resp, "80", "1",
                            "GET", g.pick(["cdn.", "api.", "cam."]) + d.company_domain(), uri, "-", "1.1", "Mozilla/5.0", "0",
                            str(g.num(0, 90000)), "200", "OK", user, pw]))
    L.append("#close\t2025-03-11-10-00-00")
    d.text = "\n".join(L) + "\n"
    return d


def curl_trace_ascii():
    d = new("curl-trace-ascii", "trace.txt")
    g = d.g
    host = "api." + d.company_domain()
    ip = d.ip4()
    tok = d.bearer("opaque")  # 43 chars, fits a 64-byte line with the header name

    def dump(lines):
        out, off = [], 0
        for ln in lines:
            out.append(f"{off:04x}: {ln}")
            off += len(ln) + 2
        return out
    req = [f"GET /v3/accounts/me HTTP/1.1", f"Host: {host}", "User-Agent: curl/8.5.0", "Accept: */*",
           f"Authorization: Bearer {tok}", ""]
    size = sum(len(x) + 2 for x in req)
    L = [f"== Info:   Trying {ip}:443...", f"== Info: Connected to {host} ({ip}) port 443", "== Info: ALPN: curl offers h2,http/1.1",
         "== Info: SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / id-ecPublicKey",
         f"== Info: Server certificate:", f"== Info:  subject: CN={host}", f"== Info:  issuer: C=US; O=Let's Encrypt; CN=E6",
         f"=> Send header, {size} bytes (0x{size:x})"] + dump(req)
    resp = ["HTTP/1.1 200 OK", "content-type: application/json", f"x-request-id: {d.uuid()}", ""]
    L += [f"<= Recv header, 17 bytes (0x11)"] + dump(resp[:1]) + [f"<= Recv header, 32 bytes (0x20)"] + dump(resp[1:2])
    L += ["<= Recv data, 61 bytes (0x3d)", '0000: {"id":"acc_%s","plan":"business","seats":12}' % g.s(8, AN), "== Info: Connection #0 to host left intact"]
    tok2 = d.bearer("hex")
    req2 = [f"POST /v3/exports HTTP/1.1", f"Host: {host}", f"Authorization: Bearer {tok2}", "Content-Type: application/json", ""]
    size = sum(len(x) + 2 for x in req2)
    L += [f"== Info: Re-using existing connection with host {host}", f"=> Send header, {size} bytes (0x{size:x})"] + dump(req2)
    L += ["=> Send data, 26 bytes (0x1a)", '0000: {"format":"csv","all":1}', "== Info: upload completely sent off: 26 bytes"]
    d.text = "\n".join(L) + "\n"
    return d


def signalr_client_logs():
    d = new("signalr-client-logs", "browser-console.log")
    g = d.g
    c = Clock(d)
    host = "hub." + d.company_domain()
    t1 = d.jwt(cat="jwt|bearer-token")
    t2 = d.jwt(cat="jwt|bearer-token")
    cid = g.s(22, B64U)
    L = [f"[{c.step().iso()}] Debug: Starting HubConnection.",
         f"[{c.step().iso()}] Debug: Starting connection with transfer format 'Text'.",
         f"[{c.step().iso()}] Debug: Sending negotiation request: https://{host}/hubs/dispatch/negotiate?negotiateVersion=1.",
         f"[{c.step().iso()}] Trace: (XHR transport) sending data. String data of length 0.",
         f"[{c.step().iso()}] Debug: Selecting transport 'WebSockets'.",
         f"[{c.step().iso()}] Trace: (WebSockets transport) Connecting.",
         f"WebSocket connection to 'wss://{host}/hubs/dispatch?id={cid}&access_token={t1}' failed: ",
         f"[{c.step().iso()}] Error: Failed to start the transport 'WebSockets': Error: WebSocket failed to connect. The connection could not be found on the server, either the endpoint may not be a SignalR endpoint, the connection ID is not present on the server, or there is a proxy blocking WebSockets.",
         f"[{c.step().iso()}] Debug: Selecting transport 'ServerSentEvents'.",
         f"[{c.step().iso()}] Trace: (SSE transport) Connecting.",
         f"[{c.step().iso()}] Information: SSE connected to https://{host}/hubs/dispatch?id={cid}&access_token={t2}",
         f"[{c.step().iso()}] Information: Using HubProtocol 'json'.",
         f"[{c.step().iso()}] Trace: (SSE transport) sending data. String data of length 32. Content: '{{\"protocol\":\"json\",\"version\":1}}\u001e'.",
         f"[{c.step().iso()}] Trace: (XHR transport) sending data. String data of length 32.",
         f"POST https://{host}/hubs/dispatch?id={cid} 200 (OK)",
         f"Request headers: Authorization: Bearer {t2}", ""]
    d.text = "\n".join(L) + "\n"
    return d


def socketio_debug():
    d = new("socketio-debug", "DEBUG-socket.io.log")
    g = d.g
    c = Clock(d)
    host = "rt." + d.company_domain()
    tok = d.L("bearer-token|generic-secret", g.b64(32, url=True))
    jt = d.jwt(cat="jwt")
    sid = g.s(20, B64U)
    L = [f"  engine.io-client:socket creating transport \"polling\" +0ms",
         f"  engine.io-client:polling polling +1ms",
         f"  engine.io-client:polling-xhr xhr poll +0ms",
         f"  engine.io-client:polling-xhr xhr open GET: https://{host}/socket.io/?EIO=4&transport=polling&t={g.s(7, AN)}&token={tok} +1ms",
         f"  engine.io-client:socket setting transport polling +2ms",
         f"  engine.io-client:socket socket receive: type \"open\", data \"{{\"sid\":\"{sid}\",\"upgrades\":[\"websocket\"],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}}\" +84ms",
         f"  socket.io-client:manager open +0ms",
         f"  socket.io-client:socket transport is open - connecting +1ms",
         f"  socket.io-parser encoding packet {{\"type\":0,\"nsp\":\"/\",\"data\":{{\"token\":\"{jt}\",\"device\":\"{d.uuid()}\"}}}} +0ms",
         f"  socket.io-parser encoded {{\"type\":0,\"nsp\":\"/\",\"data\":{{\"token\":\"{jt}\",\"device\":\"...\"}}}} as 0{{\"token\":\"{jt}\"}} +1ms",
         f"  engine.io-client:socket flushing 1 packets in socket +0ms",
         f"  socket.io-parser decoded 0{{\"sid\":\"{g.s(20, B64U)}\"}} as {{\"type\":0,\"nsp\":\"/\"}} +60ms",
         f"  socket.io-client:socket socket connected with id {g.s(20, B64U)} +0ms",
         f"  engine.io-client:socket probe transport \"websocket\" opened +42ms",
         f"  socket.io-parser encoding packet {{\"type\":2,\"nsp\":\"/\",\"data\":[\"subscribe\",{{\"room\":\"orders\"}}]}} +2s"]
    d.text = "\n".join(L) + "\n"
    return d


def playwright_storage_state():
    d = new("playwright-storage-state", "auth-admin.json")
    g = d.g
    host = "admin." + d.company_domain()
    at = d.jwt(cat="jwt")
    rt = d.gs("b64u", cat="generic-secret")
    idt = d.jwt(cat="jwt")
    okta_at = d.jwt(cat="jwt")
    st = {"cookies": [
        {"name": "_ga", "value": f"GA1.1.{g.num(10**8, 10**9)}.{g.num(1730000000, 1741000000)}", "domain": "." + host.split(".", 1)[1],
         "path": "/", "expires": 1775000000, "httpOnly": False, "secure": False, "sameSite": "Lax"},
        {"name": "locale", "value": "sv-SE", "domain": host, "path": "/", "expires": -1, "httpOnly": False, "secure": True, "sameSite": "Lax"}],
        "origins": [{"origin": f"https://{host}", "localStorage": [
            {"name": "auth.accessToken", "value": at},
            {"name": "auth.refreshToken", "value": rt},
            {"name": "okta-token-storage", "value": json.dumps({"idToken": {"idToken": idt, "claims": {"sub": "00u" + g.s(17, AN)}},
                                                                 "accessToken": {"accessToken": okta_at, "tokenType": "Bearer", "expiresAt": 1741779000}})},
            {"name": "featureFlags", "value": json.dumps({"newCheckout": True, "ldClientId": g.hexs(24)})},
            {"name": "posthog_pk", "value": "phc_" + g.s(43, AN)}]}]}
    d.K(st["origins"][0]["localStorage"][4]["value"])
    text = json.dumps(st, indent=2)
    d.text = text + "\n"
    return d


def soapui_project_xml():
    d = new("soapui-project-xml", "Payments-soapui-project.xml")
    g = d.g
    host = "ws." + d.company_domain("se")
    tok = d.bearer("jwt")
    user = g.pick(["integration", "soapui", "b2b_user"])
    pw = d.pw(enc=X)
    wss_pw = d.pw(enc=X)
    d.text = f"""<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project id="{g.uuid()}" activeEnvironment="Default" name="Payments" resourceRoot="" soapui-version="5.7.2" xmlns:con="http://eviware.com/soapui/config">
  <con:settings/>
  <con:interface xsi:type="con:WsdlInterface" id="{g.uuid()}" wsaVersion="NONE" name="PaymentServiceSoap11" type="wsdl" bindingName="{{http://{host}/payments}}PaymentServiceSoap11" soapVersion="1_1" definition="https://{host}/ws/payments.wsdl" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <con:endpoints>
      <con:endpoint>https://{host}/ws</con:endpoint>
    </con:endpoints>
    <con:operation id="{g.uuid()}" isOneWay="false" action="" name="GetPaymentStatus" bindingOperationName="GetPaymentStatus" type="Request-Response" inputName="" receivesAttachments="false" sendsAttachments="false">
      <con:call id="{g.uuid()}" name="Request 1">
        <con:settings>
          <con:setting id="com.eviware.soapui.impl.wsdl.WsdlRequest@request-headers">&lt;xml-fragment xmlns:con="http://eviware.com/soapui/config"&gt;
  &lt;con:entry key="Authorization" value="Bearer {tok}"/&gt;
&lt;/xml-fragment&gt;</con:setting>
        </con:settings>
        <con:encoding>UTF-8</con:encoding>
        <con:endpoint>https://{host}/ws</con:endpoint>
        <con:request><![CDATA[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pay="http://{host}/payments">
   <soapenv:Header>
      <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
         <wsse:UsernameToken>
            <wsse:Username>{user}</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{wss_pw}</wsse:Password>
         </wsse:UsernameToken>
      </wsse:Security>
   </soapenv:Header>
   <soapenv:Body>
      <pay:GetPaymentStatusRequest>
         <pay:PaymentId>{g.digits(12, True)}</pay:PaymentId>
      </pay:GetPaymentStatusRequest>
   </soapenv:Body>
</soapenv:Envelope>]]></con:request>
        <con:credentials>
          <con:username>{user}</con:username>
          <con:password>{pw}</con:password>
          <con:selectedAuthProfile>Basic</con:selectedAuthProfile>
          <con:authType>Global HTTP Settings</con:authType>
        </con:credentials>
        <con:jmsConfig JMSDeliveryMode="PERSISTENT"/>
        <con:wsaConfig mustUnderstand="NONE" version="200508" action="http://{host}/payments/GetPaymentStatus"/>
      </con:call>
    </con:operation>
  </con:interface>
  <con:properties>
    <con:property><con:name>clientCertPassword</con:name><con:value>${{#Env#CERT_PW}}</con:value></con:property>
  </con:properties>
  <con:wssContainer/>
  <con:oAuth2ProfileContainer/>
</con:soapui-project>
"""
    return d


def tsung_xml():
    d = new("tsung-xml", "tsung-checkout.xml")
    g = d.g
    host = "shop." + d.company_domain()
    toks = [d.bearer("jwt"), d.bearer("hex")]
    pw = d.pw(enc=X, punct="!#%*+-.?_")
    d.text = f"""<?xml version="1.0"?>
<!DOCTYPE tsung SYSTEM "/usr/share/tsung/tsung-1.0.dtd">
<tsung loglevel="notice" version="1.0">
  <clients>
    <client host="localhost" use_controller_vm="true" maxusers="2000"/>
  </clients>
  <servers>
    <server host="{host}" port="443" type="ssl"/>
  </servers>
  <load>
    <arrivalphase phase="1" duration="5" unit="minute">
      <users arrivalrate="20" unit="second"/>
    </arrivalphase>
  </load>
  <options>
    <option type="ts_http" name="user_agent">
      <user_agent probability="100">tsung-loadtest</user_agent>
    </option>
  </options>
  <sessions>
    <session name="browse-and-checkout" probability="80" type="ts_http">
      <request>
        <http url="/api/products?page=1" method="GET" version="1.1">
          <http_header name="Authorization" value="Bearer {toks[0]}"/>
        </http>
      </request>
      <thinktime value="2" random="true"/>
      <request>
        <http url="/api/cart" method="POST" version="1.1" contents='{{"sku":"SKU-{g.digits(6)}","qty":1}}' content_type="application/json">
          <http_header name="Authorization" value="Bearer {toks[0]}"/>
        </http>
      </request>
    </session>
    <session name="admin-report" probability="20" type="ts_http">
      <request>
        <http url="/admin/login" method="POST" version="1.1" contents="user=loadtest-admin&amp;password={pw}" content_type="application/x-www-form-urlencoded"/>
      </request>
      <request>
        <http url="/api/admin/reports/daily" method="GET" version="1.1">
          <http_header name="Authorization" value="Bearer {toks[1]}"/>
          <http_header name="If-None-Match" value="&quot;{d.md5()}&quot;"/>
        </http>
      </request>
      <request>
        <http url="/api/admin/exports" method="POST" version="1.1" contents="{{&quot;type&quot;:&quot;orders&quot;}}" content_type="application/json">
          <http_header name="Authorization" value="Bearer {d.bearer("opaque")}"/>
        </http>
      </request>
    </session>
  </sessions>
</tsung>
"""
    return d


def siege_config():
    d = new("siege-config", "siegerc")
    g = d.g
    host = "api." + d.company_domain()
    tok = d.bearer("jwt")
    user = "perf"
    pw = d.pw(punct="!#%*+-._")
    d2 = new("siege-config", "urls.txt")
    tok2 = d2.bearer("opaque")
    pw2 = d2.pw(punct="", cat="url-credentials|password")
    d.text = f"""# Siege configuration for the perf team, generated by `siege.config` and edited.
verbose = false
color = on
quiet = false
json_output = true
show-logfile = true
logging = true
logfile = /var/log/siege/siege.log
protocol = HTTP/1.1
chunked = true
cache = false
connection = close
concurrent = 25
time = 2M
delay = 0.5
internet = false
benchmark = false
user-agent = siege-perf/4.1.6
accept-encoding = gzip, deflate
timeout = 30
failures = 1024
#
# header: add custom headers (one per line)
header = Authorization: Bearer {tok}
header = X-Perf-Run: {g.uuid()}
#
# login: HTTP basic authentication, siege sends it when challenged
# login = jdoe:topsecret
login = {user}:{pw}
#
# proxy settings, unused
# proxy-host = proxy.internal
# proxy-port = 3128
# proxy-login = jeff:secret:corporate
"""
    d2.text = f"""# urls for `siege -f urls.txt`
HOST=https://{host}
TOKEN={tok2}
$(HOST)/v1/catalog?limit=50
$(HOST)/v1/catalog/search POST {{"q":"kaffe","limit":20}}
$(HOST)/v1/orders?access_token=$(TOKEN)
https://ops:{pw2}@{host}/internal/metrics
"""
    return [d, d2]


def kubeconfig_files():
    d = new("kubeconfig-files", "config")
    g = d.g
    sa = d.bearer("k8s-sa", cat="jwt|bearer-token|generic-secret")
    oidc = d.jwt(cat="jwt")
    rt = d.gs("b64u")
    static = d.L("bearer-token|generic-secret", g.s(6, LO + DG) + "." + g.s(16, LO + DG))
    ca = g.b64(600)
    ip = d.ip4()
    d.text = f"""apiVersion: v1
kind: Config
preferences: {{}}
current-context: prod-deployer
clusters:
- cluster:
    certificate-authority-data: {ca}
    server: https://{ip}:6443
  name: prod
- cluster:
    insecure-skip-tls-verify: true
    server: https://k8s-lab.{d.company_domain()}:6443
  name: lab
- cluster:
    server: https://kubernetes.docker.internal:6443
  name: docker-desktop
contexts:
- context:
    cluster: prod
    namespace: ci
    user: deployer
  name: prod-deployer
- context:
    cluster: lab
    user: oidc-lab
  name: lab
- context:
    cluster: lab
    user: bootstrap
  name: lab-bootstrap
users:
- name: deployer
  user:
    token: {sa}
- name: oidc-lab
  user:
    auth-provider:
      name: oidc
      config:
        client-id: kubernetes
        client-secret: ""
        id-token: {oidc}
        idp-issuer-url: https://sso.{d.company_domain()}/realms/lab
        refresh-token: {rt}
- name: bootstrap
  user:
    token: {static}
- name: eks-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod"]
      env:
      - name: AWS_PROFILE
        value: prod
- name: eks-legacy
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "legacy", "--region", "eu-west-1"]
      env:
      - name: AWS_ACCESS_KEY_ID
        value: {d.akid()}
      - name: AWS_SECRET_ACCESS_KEY
        value: {d.awssec()}
- name: rancher-ci
  user:
    token: {d.L("bearer-token|generic-secret", "kubeconfig-u-" + g.s(10, LO + DG) + ":" + g.s(54, LO + DG))}
"""
    return d


def openshift_oc_history():
    d = new("openshift-oc-history", "bash_history")
    g = d.g
    api = f"https://api.ocp-{g.pick(['prod', 'test'])}.{d.company_domain()}:6443"
    t1 = d.bearer("sha256~", cat="bearer-token|generic-secret")
    t2 = d.bearer("sha256~", cat="bearer-token|generic-secret")
    t3 = d.bearer("sha256~")
    pw = d.pw(punct="!%*+-._")
    d.text = f"""oc whoami --show-server
oc login --token={t1} --server={api}
oc project payments
oc get pods -o wide
oc logs -f deploy/payments-api --since=10m
oc login -u kubeadmin -p {pw} {api} --insecure-skip-tls-verify
oc whoami -t
curl -sk -H "Authorization: Bearer $(oc whoami -t)" {api}/apis/user.openshift.io/v1/users/~
oc login --token={t2} --server={api}
oc adm top nodes
curl -sk -H "Authorization: Bearer {d.bearer("sha256~")}" {api}/apis/route.openshift.io/v1/namespaces/payments/routes
oc login https://api.ocp-test.internal:6443 -u developer -p {d.pw(punct="!%*+-._")}
curl -sk -H "Authorization: Bearer {t3}" {api}/api/v1/namespaces/payments/secrets | jq '.items[].metadata.name'
oc create secret generic db-creds --from-literal=username=payments --from-literal=password="$DB_PASSWORD" -n payments
oc rollout restart deploy/payments-api
oc get route payments-api -o jsonpath='{{.spec.host}}'
history | grep login
"""
    return d


def zipkin_spans_json():
    d = new("zipkin-spans-json", "trace-export.json")
    g = d.g
    tid = g.hexs(32)
    spans = []
    for i in range(10):
        tags = {"http.method": g.pick(["GET", "POST"]), "http.path": g.pick(["/api/v1/cart", "/api/v1/payments", "/api/v1/users/me"]),
                "http.status_code": "200"}
        if i % 4 != 2:
            tags["http.request.header.authorization"] = "Bearer " + d.bearer(g.pick(["jwt", "opaque"]))
        else:
            tags["http.request.header.authorization"] = "Bearer ***"
        if i == 3:
            tags["db.statement"] = "SELECT id, email FROM users WHERE id = ?"
        spans.append({"traceId": tid, "parentId": g.hexs(16) if i else None, "id": g.hexs(16),
                      "kind": "SERVER" if i % 2 == 0 else "CLIENT", "name": tags["http.method"].lower() + " " + tags["http.path"],
                      "timestamp": 1741680000000000 + g.num(0, 10**9), "duration": g.num(300, 90000),
                      "localEndpoint": {"serviceName": g.pick(["gateway", "cart", "payments", "users"]), "ipv4": d.priv4()},
                      "remoteEndpoint": {"ipv4": d.ip4(), "port": g.num(30000, 65000)} if i == 0 else {"serviceName": "cart"},
                      "tags": tags})
        if spans[-1]["parentId"] is None:
            del spans[-1]["parentId"]
    d.text = json.dumps([spans], indent=1) + "\n"
    return d


def pino_json_logs():
    d = new("pino-json-logs", "api.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(16):
        ip = d.client_ip(0.4) if i % 4 != 3 else d.ip6()
        req = {"id": i + 1, "method": "GET", "url": g.pick(["/v1/items", "/v1/me", "/v1/orders?status=open"]),
               "query": {}, "params": {},
               "headers": {"host": "api." + d.company_domain(), "user-agent": "Mozilla/5.0", "accept": "*/*"},
               "remoteAddress": ip, "remotePort": g.num(30000, 65000)}
        if i % 5 != 2:
            req["headers"]["authorization"] = "Bearer " + d.bearer(g.pick(["jwt", "jwt", "hex", "prefixed", "opaque", "dotted"]))
        else:
            req["headers"]["authorization"] = "[Redacted]"
        L.append(json.dumps({"level": 30, "time": c.step(0.1, 5).epoch_ms(), "pid": 17, "hostname": f"api-{g.s(10, LO + DG)}-{g.s(5, LO + DG)}",
                             "reqId": f"req-{i + 1}", "req": req, "msg": "incoming request"}, separators=(",", ":")))
        L.append(json.dumps({"level": 30, "time": c.step(0.01, 0.5).epoch_ms(), "pid": 17, "reqId": f"req-{i + 1}",
                             "res": {"statusCode": 200}, "responseTime": round(g.r.uniform(1, 90), 3), "msg": "request completed"}, separators=(",", ":")))
    mongo_pw = d.pw(style="alnum", n=24, cat="url-credentials|password")
    L.append(json.dumps({"level": 50, "time": c.step().epoch_ms(), "pid": 17,
                         "err": {"type": "MongoServerSelectionError", "message": "connection timed out",
                                 "stack": "MongoServerSelectionError: connection timed out\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)"},
                         "uri": f"mongodb+srv://api:{mongo_pw}@cluster0.{g.s(5, LO + DG)}.mongodb.net/app?retryWrites=true",
                         "msg": "db connect failed"}, separators=(",", ":")))
    d.text = "\n".join(L) + "\n"
    return d


def nlog_files():
    d = new("nlog-files", "2025-03-11.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(6):
        tok = d.bearer(g.pick(["jwt", "azure", "opaque", "opaque48"]))
        L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-2]}|DEBUG|Erp.Integration.Http.LoggingHandler|Request: GET https://api.{d.company_domain()}/odata/SalesOrders?$top=200 Headers: Authorization=Bearer {tok}; Accept=application/json")
        L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-2]}|DEBUG|Erp.Integration.Http.LoggingHandler|Response: 200 OK in {g.num(50, 1500)} ms")
    pw = d.pw(punct="!#%*+-.?_~")
    L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-2]}|ERROR|Erp.Integration.Jobs.NightlySync|Nightly sync failed System.Data.SqlClient.SqlException (0x80131904): Cannot open database \"ERP_PROD\" requested by the login. The login failed.")
    L.append(f"Login failed for user 'erp_sync'.")
    L.append(f"   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions, SqlCredential credential, Object providerInfo, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance)")
    L.append(f"   at Erp.Integration.Jobs.NightlySync.Run() in C:\\build\\src\\Erp.Integration\\Jobs\\NightlySync.cs:line 88")
    L.append(f"   connectionString=Data Source=SQL01\\ERP;Initial Catalog=ERP_PROD;User Id=erp_sync;Password={pw};MultipleActiveResultSets=True")
    smtp_pw = d.pw(style="human")
    sender = d.role_email("noreply-erp", d.company_domain("se"))
    L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S.%f')[:-2]}|WARN|Erp.Integration.Mail|SMTP auth failed for {sender} using password {smtp_pw} on smtp.office365.com:587")
    d.text = "\n".join(L) + "\n"
    return d


def log4j2_json_layout():
    d = new("log4j2-json-layout", "app.json.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(6):
        tok = d.bearer("jwt" if i % 2 == 0 else "opaque")
        ip = d.client_ip(0.5)
        L.append(json.dumps({"instant": {"epochSecond": c.step(1, 30).epoch(), "nanoOfSecond": g.num(0, 999999999)},
                             "thread": f"http-nio-8080-exec-{g.num(1, 10)}", "level": "DEBUG",
                             "loggerName": "org.springframework.web.filter.CommonsRequestLoggingFilter",
                             "message": f"After request [GET /api/accounts/{g.num(1000, 99999)}, client={ip}, headers=[host:\"api.{d.company_domain()}\", authorization:\"Bearer {tok}\", accept:\"application/json\"]]",
                             "endOfBatch": False, "loggerFqcn": "org.apache.commons.logging.LogAdapter$Log4jLog", "threadId": g.num(30, 90), "threadPriority": 5},
                            separators=(",", ":")))
    pw = d.pw(punct="!#%*+-.?_")
    user = "app_rw"
    L.append(json.dumps({"instant": {"epochSecond": c.step().epoch(), "nanoOfSecond": 0}, "thread": "main", "level": "ERROR",
                         "loggerName": "com.zaxxer.hikari.pool.HikariPool",
                         "message": "HikariPool-1 - Exception during pool initialization.",
                         "thrown": {"commonElementCount": 0, "localizedMessage": f"FATAL: password authentication failed for user \"{user}\"",
                                    "message": f"FATAL: password authentication failed for user \"{user}\"", "name": "org.postgresql.util.PSQLException",
                                    "extendedStackTrace": "org.postgresql.util.PSQLException: FATAL: password authentication failed\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)"},
                         "contextMap": {"spring.datasource.url": "jdbc:postgresql://pg-main:5432/accounts", "spring.datasource.username": user,
                                        "spring.datasource.password": pw}}, separators=(",", ":")))
    d.text = "\n".join(L) + "\n"
    return d


def logback_access_logs():
    d = new("logback-access-logs", "access.2025-03-11.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(28):
        ip = d.client_ip(0.3)
        if i in (2, 6, 13):
            auth = "Basic " + d.basic(g.pick(["monitor", "actuator"]), d.raw_pw())
        elif i in (4, 10, 17):
            auth = "-"
        else:
            auth = "Bearer " + d.bearer(g.pick(["jwt", "opaque", "hex", "b64", "dotted"]))
        L.append(f'{ip} - - [{c.step(0.1, 20).clf()}] "GET {g.pick(["/api/v1/items", "/actuator/health", "/api/v1/search?q=ost"])} HTTP/1.1" '
                 f'200 {g.num(100, 9000)} {g.num(1, 300)} "{auth}" "{g.pick(["okhttp/4.12.0", "Mozilla/5.0", "kube-probe/1.29"])}"')
    d.text = "\n".join(L) + "\n"
    return d


def gunicorn_access_logs():
    d = new("gunicorn-access-logs", "gunicorn-access.log")
    g = d.g
    c = Clock(d)
    L = ["# access_log_format = '%(h)s %(l)s %(u)s %(t)s \"%(r)s\" %(s)s %(b)s \"%(f)s\" \"%(a)s\" \"%({authorization}i)s\" %(L)s'"]
    for i in range(22):
        ip = d.client_ip(0.3)
        auth = "Bearer " + d.bearer(g.pick(["jwt", "opaque", "b64", "dotted", "hex"])) if i % 4 != 1 else "-"
        path = g.pick(["/api/v2/reports", "/api/v2/me", "/healthz"])
        if i in (5, 12):
            path = f"/api/v2/export.csv?api_key={d.gs('hex32')}"
        L.append(f'{ip} - - [{c.step(0.1, 20).fmt("%d/%b/%Y:%H:%M:%S +0100")}] "GET {path} HTTP/1.1" 200 {g.num(10, 90000)} "-" "python-requests/2.31.0" "{auth}" 0.{g.digits(6)}')
    d.text = "\n".join(L) + "\n"
    return d


def lograge_json():
    d = new("lograge-json", "production.log")
    g = d.g
    c = Clock(d)
    L = []
    for i in range(8):
        ip = d.client_ip(0.5)
        params = {"controller": "api/v1/sessions" if i == 1 else "api/v1/orders", "action": "create" if i == 1 else "index"}
        if i == 1:
            params["user"] = {"email": d.email(d.person("en")), "password": "[FILTERED]"}
        if i == 3:
            params["api_token"] = d.gs("an32")
            params["payment"] = {"card_number": d.card("mc", sep=""), "cvc": "[FILTERED]", "exp": "04/28"}
        if i == 4:
            params["user"] = {"email": d.email(d.person("en")), "current_password": "[FILTERED]",
                              "new_passwd": (lambda raw: (d.L("password", J(raw)), raw)[1])(d.raw_pw(punct='"\\#%*+-.?_'))}
        ev = {"method": "POST" if i in (1, 4) else "GET", "path": "/api/v1/" + ("sessions" if i == 1 else "orders"),
              "format": "json", "controller": params["controller"].title().replace("/", "::") + "Controller",
              "action": params["action"], "status": 200, "allocations": g.num(1000, 9000), "duration": round(g.r.uniform(5, 300), 2),
              "view": round(g.r.uniform(0, 20), 2), "db": round(g.r.uniform(0, 60), 2), "remote_ip": ip,
              "request_id": g.uuid(), "params": params, "@timestamp": c.step(1, 50).iso()}
        if i in (0, 2, 5, 6, 7):
            ev["authorization"] = "Bearer " + d.bearer(g.pick(["jwt", "opaque"]))
        L.append(json.dumps(ev, separators=(",", ":")))
    d.text = "\n".join(L) + "\n"
    return d


def honeybadger_notices():
    d = new("honeybadger-notices", "notice-export.json")
    g = d.g
    p = d.person("en")
    em = d.email(p)
    tok = d.bearer("jwt")
    ip = d.ip4()
    sk = d.gs("hex64")
    notice = {"api_key": d.L("generic-secret", "hbp_" + g.s(30, AN)), "notifier": {"name": "honeybadger-ruby", "url": "https://github.com/honeybadger-io/honeybadger-ruby", "version": "5.4.1"},
              "error": {"class": "ActiveRecord::RecordNotFound", "message": "Couldn't find Invoice with 'id'=88213", "fingerprint": d.sha1(),
                        "backtrace": [{"number": "40", "file": "[PROJECT_ROOT]/app/controllers/invoices_controller.rb", "method": "set_invoice"},
                                      {"number": "8", "file": "[GEM_ROOT]/gems/actionpack-7.1.3/lib/abstract_controller/callbacks.rb", "method": "block in <module:Callbacks>"}]},
              "request": {"url": f"https://billing.{d.company_domain()}/invoices/88213", "component": "invoices", "action": "show",
                          "params": {"id": "88213"}, "session": {"session_id": d.md5()},
                          "context": {"user_id": g.num(100, 9999), "user_email": em},
                          "cgi_data": {"REQUEST_METHOD": "GET", "HTTP_AUTHORIZATION": f"Bearer {tok}", "REMOTE_ADDR": ip,
                                       "HTTP_COOKIE": "[FILTERED]", "SERVER_PROTOCOL": "HTTP/1.1",
                                       "HTTP_USER_AGENT": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"}},
              "server": {"project_root": "/app", "environment_name": "production", "hostname": f"web-{g.num(1, 9)}",
                         "stats": {"mem": {"total": 7965.2}}},
              "details": {"env": {"SECRET_KEY_BASE": sk, "RAILS_MASTER_KEY": "[FILTERED]",
                                  "AWS_ACCESS_KEY_ID": d.akid(), "AWS_SECRET_ACCESS_KEY": d.awssec(),
                                  "SMTP_PASSWORD": d.pw(enc=J)}}}
    d.text = json.dumps(notice, indent=2) + "\n"
    return d


def airbrake_notices():
    d = new("airbrake-notices", "notices.jsonl")
    g = d.g
    L = []
    for i in range(5):
        tok = d.bearer(g.pick(["jwt", "opaque"]))
        pw = d.pw() if i in (1, 3) else None
        env = {"NODE_ENV": "production", "HOSTNAME": f"worker-{g.s(5, LO + DG)}"}
        if i == 2:
            env["STRIPE_SECRET_KEY"] = d.vtok("sk_live")
            env["AWS_ACCESS_KEY_ID"] = d.akid()
            env["AWS_SECRET_ACCESS_KEY"] = d.awssec()
            env["JWT_SECRET"] = d.gs("b64_32")
            env["STRIPE_PUBLISHABLE_KEY"] = d.pk_live()
        n = {"errors": [{"type": "TypeError", "message": "Cannot read properties of undefined (reading 'id')",
                         "backtrace": [{"file": "/app/dist/handlers/checkout.js", "line": g.num(10, 300), "column": g.num(1, 80), "function": "handle"}]}],
             "context": {"notifier": {"name": "airbrake-js/node", "version": "2.1.8"}, "environment": "production",
                         "url": f"https://shop.{d.company_domain()}/api/checkout", "httpMethod": "POST",
                         "userAddr": d.ip4()},
             "params": {"body": {"cart": g.s(12, AN)}, "headers": {"authorization": f"Bearer {tok}"}},
             "environment": env}
        if pw:
            n["params"]["body"]["password"] = pw
            n["params"]["body"]["card"] = {"number": d.card(g.pick(["visa", "amex"]), sep=" "), "exp_month": g.num(1, 12), "exp_year": 2028}
        L.append(json.dumps(n, separators=(",", ":")))
    d.text = "\n".join(L) + "\n"
    return d


CARRIERS = [ab_verbose_output, xh_verbose, aiohttp_client_trace, guzzle_history_log, faraday_logger, feign_client_logs,
            dotnet_httpclient_logs, axios_interceptor_logs, wso2_apim_wire_logs, gravitee_request_logs, azure_apim_trace,
            apigw_execution_logs, aws_waf_logs, modsecurity_audit_log, suricata_eve_json, zeek_http_log, curl_trace_ascii,
            signalr_client_logs, socketio_debug, playwright_storage_state, soapui_project_xml,
            tsung_xml, siege_config, kubeconfig_files, openshift_oc_history, zipkin_spans_json,
            pino_json_logs, nlog_files, log4j2_json_layout, logback_access_logs, gunicorn_access_logs, lograge_json,
            honeybadger_notices, airbrake_notices]
