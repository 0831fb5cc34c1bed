"""Bearer tokens in HTTP traffic, tool exports, client debug logs, code, OpenAPI, kubeconfig and chat."""
from gen_common import *

def api_host():
    return pick(['api', 'gateway', 'graph', 'svc', 'partner-api']) + '.' + pick(COMPANY_DOMAINS)

UAS = ['curl/8.5.0', 'python-requests/2.31.0', 'okhttp/4.12.0', 'axios/1.6.7', 'Go-http-client/1.1',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
       'PostmanRuntime/7.36.3', 'insomnia/8.6.1', 'Apache-HttpClient/5.2.1 (Java/17.0.10)']

def bph():
    return lk('placeholder', pick(['<token>', '<your-token>', '${TOKEN}', '{{token}}', 'YOUR_ACCESS_TOKEN', '$ACCESS_TOKEN', '***', '[REDACTED]', 'eyJ...']))

@tpl(1)
def http_file(i):
    d = Doc(f'http/raw/{pick(["orders", "users", "reports"])}-api-{i}.http')
    host = api_host()
    reqs = []
    for n in range(R.randint(7, 9)):
        meth, path = pick([('GET', '/v1/orders?limit=50'), ('POST', '/v1/orders'), ('PATCH', f'/v1/users/{R.randint(1, 9999)}'), ('DELETE', f'/v1/sessions/{a_uuid()}'), ('GET', '/v2/reports/daily')])
        if n == 2:
            auth = f'Authorization: Bearer {bph()}'
        elif n == 4:
            auth = 'Authorization: Basic ' + d.L('basic-auth', base64.b64encode((pick(WORDS) + ':' + password(avoid=':')).encode()).decode())
        else:
            auth = f'Authorization: Bearer {d.bearer()}'
        body = '\n\n{"sku": "%s", "qty": %d}' % (rs(8, UP + DG), R.randint(1, 9)) if meth in ('POST', 'PATCH') else ''
        reqs.append(f'### {meth} {path.split("?")[0]}\n{meth} https://{host}{path} HTTP/1.1\nHost: {host}\n{auth}\nAccept: application/json\nX-Correlation-Id: {a_uuid()}' + (('\nContent-Type: application/json' + body) if body else ''))
    return d, '\n\n'.join(reqs) + '\n'

@tpl(1)
def curl_verbose(i):
    d = Doc(f'http/curl/curl-v-{i}.txt')
    host = api_host()
    tok = d.bearer()
    ip = priv_ip()
    return d, f'''$ curl -v -H "Authorization: Bearer {tok}" https://{host}/v1/me
*   Trying {ip}:443...
* Connected to {host} ({ip}) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* Server certificate:
*  subject: CN={host}
*  expire date: Aug 14 23:59:59 2025 GMT
*  issuer: C=US; O=Let's Encrypt; CN=R3
* using HTTP/2
> GET /v1/me HTTP/2
> Host: {host}
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer {d.again(tok)}
>
< HTTP/2 200
< content-type: application/json; charset=utf-8
< x-request-id: {a_uuid()}
< etag: W/"{hexs(16)}"
<
{{"id":"{a_uuid()}","name":"{' '.join(person())}","roles":["{pick(['admin', 'viewer', 'editor'])}"]}}
* Connection #0 to host {host} left intact
'''

@tpl(2)
def curl_commands_doc(i):
    d = Doc(f'docs/api/{pick(["quickstart", "integration-guide", "troubleshooting"])}-{i}.md')
    host = api_host()
    return d, f'''# API quickstart

All requests need an access token in the `Authorization` header:

```bash
curl https://{host}/v1/projects \\
  -H "Authorization: Bearer {bph()}"
```

Tokens are obtained via the client-credentials flow. For the shared **staging** tenant you can use this long-lived token:

```bash
export TOKEN='{d.bearer(cat="bearer-token|generic-secret")}'
curl -sS -H "Authorization: Bearer $TOKEN" https://staging.{host}/v1/projects | jq .
```

With HTTPie:

```bash
http GET https://{host}/v1/projects Authorization:"Bearer {d.bearer()}"
```

With wget:

```bash
wget --header="Authorization: Bearer {d.bearer()}" -O projects.json https://{host}/v1/projects
```

With xh: `xh https://{host}/v1/me --bearer {d.bearer()}`

PowerShell:

```powershell
Invoke-RestMethod -Uri "https://{host}/v1/projects" -Headers @{{ Authorization = "Bearer {d.bearer()}" }}
```

Example response header: `WWW-Authenticate: Bearer realm="api", error="invalid_token"`.
'''

@tpl(2)
def har_export(i):
    d = Doc(f'http/har/{pick(["checkout", "dashboard", "admin-console"])}-{i}.har')
    host = api_host()
    entries = []
    t = ts()
    for n in range(R.randint(6, 8)):
        t = stepts(t, R.randint(0, 5))
        tok = d.bearer() if n != 1 else None
        hdrs = [{'name': 'Host', 'value': host}, {'name': 'User-Agent', 'value': UAS[5]}, {'name': 'Accept', 'value': 'application/json'}]
        if tok:
            hdrs.append({'name': pick(['Authorization', 'authorization']), 'value': 'Bearer ' + tok})
        elif chance(0.6):
            hdrs.append({'name': 'Authorization', 'value': 'Basic ' + d.L('basic-auth', base64.b64encode((pick(WORDS) + '@' + pick(['admin', 'ops']) + ':' + password(avoid=':')).encode()).decode())})
        cookies = [{'name': '_ga', 'value': 'GA1.2.%d.%d' % (R.randint(10**8, 10**9), 1700000000 + R.randint(0, 9999999))}, {'name': 'theme', 'value': 'dark'}]
        entries.append({'startedDateTime': iso(t), 'time': R.randint(20, 800),
                        'request': {'method': pick(['GET', 'POST']), 'url': f'https://{host}/v1/{pick(["cart", "orders", "me", "metrics"])}?ts={int(t.timestamp())}',
                                    'httpVersion': 'HTTP/2', 'headers': hdrs, 'cookies': cookies, 'queryString': [], 'headersSize': -1, 'bodySize': 0},
                        'response': {'status': 200, 'statusText': 'OK', 'httpVersion': 'HTTP/2', 'headers': [{'name': 'content-type', 'value': 'application/json'},
                                     {'name': 'x-trace-id', 'value': lk('trace-id', hexs(32))}], 'content': {'size': R.randint(100, 9000), 'mimeType': 'application/json'}, 'redirectURL': '', 'headersSize': -1, 'bodySize': -1},
                        'cache': {}, 'timings': {'send': 0, 'wait': R.randint(10, 500), 'receive': R.randint(1, 40)}})
    return d, json.dumps({'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': '537.36'}, 'pages': [], 'entries': entries}}, indent=2) + '\n'

@tpl(2)
def postman_collection(i):
    d = Doc(f'http/postman/{pick(["Billing", "Inventory", "Identity"])}-API-{i}.postman_collection.json')
    host = api_host()
    items = []
    for n in range(R.randint(3, 5)):
        if n == 0:
            auth = {'type': 'bearer', 'bearer': [{'key': 'token', 'value': d.L('bearer-token|generic-secret', unique(bearer_opaque)), 'type': 'string'}]}
        elif n == 1:
            auth = {'type': 'bearer', 'bearer': [{'key': 'token', 'value': '{{accessToken}}', 'type': 'string'}]}
        else:
            auth = None
        req = {'method': pick(['GET', 'POST']), 'header': [{'key': 'Accept', 'value': 'application/json'}],
               'url': {'raw': f'https://{host}/v1/{pick(["invoices", "items", "users"])}', 'protocol': 'https', 'host': host.split('.'), 'path': ['v1', pick(['invoices', 'items'])]}}
        if auth:
            req['auth'] = auth
        else:
            req['header'].append({'key': 'Authorization', 'value': 'Bearer ' + d.bearer()})
        items.append({'name': f'{req["method"]} {pick(["list", "get", "create"])}', 'request': req, 'response': []})
    coll = {'info': {'_postman_id': a_uuid(), 'name': f'API {i}', 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
            'item': items, 'variable': [{'key': 'baseUrl', 'value': f'https://{host}'}, {'key': 'accessToken', 'value': ''}]}
    return d, json.dumps(coll, indent='\t') + '\n'

@tpl(1)
def insomnia_export(i):
    d = Doc('http/insomnia/insomnia-export.json')
    res = [{'_id': 'wrk_' + hexs(32), '_type': 'workspace', 'name': 'Partner API'}]
    for n in range(R.randint(3, 4)):
        res.append({'_id': 'req_' + hexs(32), '_type': 'request', 'parentId': res[0]['_id'], 'name': f'request {n}',
                    'method': 'GET', 'url': f'https://{api_host()}/v2/{pick(["shipments", "quotes"])}',
                    'authentication': {'type': 'bearer', 'token': d.L('bearer-token|generic-secret', unique(bearer_opaque)) if n != 2 else '{{ _.token }}', 'prefix': ''}})
    res.append({'_id': 'env_' + hexs(32), '_type': 'environment', 'name': 'Base Environment', 'data': {'token': d.L('jwt|bearer-token', unique(jwt))}})
    return d, json.dumps({'_type': 'export', '__export_format': 4, '__export_date': iso(), '__export_source': 'insomnia.desktop.app:v8.6.1', 'resources': res}, indent=2) + '\n'

@tpl(2)
def access_log_auth(i):
    d = Doc(f'logs/access/{["envoy-ingress", "nginx-debug"][i - 1]}.log')
    out = []
    t = ts()
    for n in range(R.randint(15, 19)):
        t = stepts(t, R.randint(0, 10))
        ip = d.ip4() if chance(0.3) else priv_ip()
        tok = d.bearer() if n % 4 != 3 else None
        authv = ('Bearer ' + tok) if tok else pick(['-', 'Bearer ' + lk('placeholder', 'undefined'), 'Basic ' + lk('placeholder', 'Og==')])
        if i == 1:
            out.append(json.dumps({'start_time': iso(t), 'method': pick(['GET', 'POST']), 'path': f'/api/v1/{pick(["items", "carts", "me"])}',
                                   'protocol': 'HTTP/2', 'response_code': pick([200, 200, 401, 503]), 'authorization': authv,
                                   'x_forwarded_for': ip, 'request_id': a_uuid(), 'upstream_host': f'{priv_ip()}:8080', 'duration': R.randint(1, 900)}))
        else:
            out.append(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S +0000")}] "GET /api/{pick(["orders", "stock", "users"])} HTTP/1.1" {pick([200, 401])} {R.randint(100, 9000)} "-" "{pick(UAS)}" auth="{authv}" rt={R.random():.3f} req_id={a_uuid()} sha={short_sha()}')
    return d, '\n'.join(out) + '\n'

@tpl(8)
def client_debug_logs(i):
    kind = ['python-httpclient', 'okhttp', 'apache-wire', 'node-axios', 'go-dump', 'dotnet', 'ruby-faraday', 'php-guzzle'][i - 1]
    d = Doc(f'logs/http-clients/{kind}.log')
    host = api_host()
    t = ts()
    out = []
    for n in range(R.randint(4, 6)):
        tok = d.bearer()
        path = f'/v1/{pick(["accounts", "payments", "tickets", "events"])}/{R.randint(100, 99999)}'
        t = stepts(t, R.randint(1, 30))
        if kind == 'python-httpclient':
            out.append(f"send: b'GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {tok}\\r\\n\\r\\n'")
            out.append("reply: 'HTTP/1.1 200 OK\\r\\n'")
            out.append(f'header: Content-Type: application/json\nheader: X-Request-Id: {a_uuid()}')
            out.append(f'{logts(t)} DEBUG urllib3.connectionpool https://{host}:443 "GET {path} HTTP/1.1" 200 {R.randint(100, 5000)} etag={md5()}')
        elif kind == 'okhttp':
            out.append(f'{t.strftime("%m-%d %H:%M:%S.%f")[:-3]} {R.randint(1000, 9999)} {R.randint(1000, 9999)} I okhttp.OkHttpClient: --> GET https://{host}{path}')
            out.append(f'{t.strftime("%m-%d %H:%M:%S.%f")[:-3]} {R.randint(1000, 9999)} {R.randint(1000, 9999)} I okhttp.OkHttpClient: Authorization: Bearer {tok}')
            out.append(f'{t.strftime("%m-%d %H:%M:%S.%f")[:-3]} {R.randint(1000, 9999)} {R.randint(1000, 9999)} I okhttp.OkHttpClient: --> END GET')
            out.append(f'{t.strftime("%m-%d %H:%M:%S.%f")[:-3]} {R.randint(1000, 9999)} {R.randint(1000, 9999)} I okhttp.OkHttpClient: <-- 200 https://{host}{path} ({R.randint(30, 900)}ms)')
        elif kind == 'apache-wire':
            c = R.randint(0, 9)
            out.append(f'{logts(t)},{R.randint(0, 999):03d} DEBUG [main] org.apache.hc.client5.http.wire: http-outgoing-{c} >> "GET {path} HTTP/1.1[\\r][\\n]"')
            out.append(f'{logts(t)},{R.randint(0, 999):03d} DEBUG [main] org.apache.hc.client5.http.wire: http-outgoing-{c} >> "Host: {host}[\\r][\\n]"')
            out.append(f'{logts(t)},{R.randint(0, 999):03d} DEBUG [main] org.apache.hc.client5.http.wire: http-outgoing-{c} >> "Authorization: Bearer {tok}[\\r][\\n]"')
            out.append(f'{logts(t)},{R.randint(0, 999):03d} DEBUG [main] org.apache.hc.client5.http.wire: http-outgoing-{c} << "HTTP/1.1 200 OK[\\r][\\n]"')
        elif kind == 'node-axios':
            out.append(f'{iso(t)} debug: request {{"method":"get","url":"https://{host}{path}","headers":{{"Accept":"application/json, text/plain, */*","Authorization":"Bearer {tok}","User-Agent":"axios/1.6.7"}}}}')
            out.append(f'HTTP {R.randint(10000, 99999)}: outgoing message end.')
            out.append(f'{iso(t)} debug: response {{"status":200,"duration_ms":{R.randint(5, 700)}}}')
        elif kind == 'go-dump':
            out.append(f'{t.strftime("%Y/%m/%d %H:%M:%S")} request dump:\nGET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Go-http-client/1.1\r\nAuthorization: Bearer {tok}\r\nAccept-Encoding: gzip\r\n\r\n')
        elif kind == 'dotnet':
            out.append(f'info: System.Net.Http.HttpClient.PartnerApi.LogicalHandler[100]\n      Start processing HTTP request GET https://{host}{path}')
            out.append(f'trce: System.Net.Http.HttpClient.PartnerApi.ClientHandler[102]\n      Request Headers:\n      Authorization: Bearer {tok}\n      traceparent: 00-{hexs(32)}-{hexs(16)}-01')
            out.append(f'info: System.Net.Http.HttpClient.PartnerApi.ClientHandler[101]\n      Received HTTP response headers after {R.randint(10, 900)}.{R.randint(1000, 9999)}ms - 200')
        elif kind == 'ruby-faraday':
            out.append(f'I, [{t.strftime("%Y-%m-%dT%H:%M:%S.%f")} #{R.randint(1000, 99999)}]  INFO -- request: GET https://{host}{path}')
            out.append(f'I, [{t.strftime("%Y-%m-%dT%H:%M:%S.%f")} #{R.randint(1000, 99999)}]  INFO -- request: Authorization: "Bearer {tok}"\nUser-Agent: "Faraday v2.9.0"')
            out.append(f'I, [{t.strftime("%Y-%m-%dT%H:%M:%S.%f")} #{R.randint(1000, 99999)}]  INFO -- response: Status 200')
        else:
            out.append(f'> GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: GuzzleHttp/7\r\nAuthorization: Bearer {tok}\r\n\r\n< HTTP/1.1 200 OK\r\n< Content-Type: application/json\r\n< X-Request-Id: {a_uuid()}\r\n')
    if chance(0.7):
        out.append(f'{logts(stepts(t, 4))} DEBUG token refreshed (expires_in=3599, token={lk("placeholder", "[masked]")})')
    return d, '\n'.join(out) + '\n'

@tpl(8)
def bearer_code(i):
    lang = ['python', 'javascript', 'java', 'csharp', 'go', 'kotlin', 'swift', 'rust'][i - 1]
    ext = {'python': 'py', 'javascript': 'mjs', 'java': 'java', 'csharp': 'cs', 'go': 'go', 'kotlin': 'kt', 'swift': 'swift', 'rust': 'rs'}[lang]
    d = Doc(f'code/{lang}/api_client_bearer.{ext}')
    host = api_host()
    # a token assigned to a constant is a bearer token by its use and a
    # generic secret by the README's definitions (a token assignment)
    named = 'bearer-token|generic-secret'
    tok = d.bearer(cat=named if lang in ('python', 'javascript', 'java', 'go', 'rust') else 'bearer-token')
    tok2 = d.bearer(cat=named if lang == 'swift' else 'bearer-token')
    if lang == 'python':
        body = f'''import requests

TOKEN = "{tok}"
session = requests.Session()
session.headers.update({{"Authorization": f"Bearer {{TOKEN}}"}})

def admin_call():
    # service account token for the admin API
    return requests.get("https://{host}/admin/v1/jobs", headers={{"Authorization": "Bearer {tok2}"}}, timeout=10)

def user_call(token):
    return requests.get("https://{host}/v1/me", headers={{"Authorization": f"Bearer {{token}}"}})
'''
    elif lang == 'javascript':
        body = f'''const TOKEN = '{tok}';

export async function listJobs() {{
  const res = await fetch('https://{host}/v1/jobs', {{
    headers: {{ Authorization: `Bearer ${{TOKEN}}`, Accept: 'application/json' }},
  }});
  return res.json();
}}

export const adminHeaders = {{ 'Authorization': 'Bearer {tok2}' }};
// headers: {{ Authorization: 'Bearer <token>' }}
'''
    elif lang == 'java':
        body = f'''import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class JobsClient {{
    private static final String TOKEN = "{tok}";

    public HttpRequest list() {{
        return HttpRequest.newBuilder(URI.create("https://{host}/v1/jobs"))
                .header("Authorization", "Bearer " + TOKEN)
                .build();
    }}

    public HttpRequest admin() {{
        return HttpRequest.newBuilder(URI.create("https://{host}/admin/v1/jobs"))
                .header("Authorization", "Bearer {tok2}")
                .build();
    }}
}}
'''
    elif lang == 'csharp':
        body = f'''using System.Net.Http.Headers;

var client = new HttpClient {{ BaseAddress = new Uri("https://{host}/") }};
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{tok}");
var jobs = await client.GetStringAsync("v1/jobs");

var admin = new HttpRequestMessage(HttpMethod.Get, "admin/v1/jobs");
admin.Headers.Add("Authorization", "Bearer {tok2}");
'''
    elif lang == 'go':
        body = f'''package client

import "net/http"

const token = "{tok}"

func newReq(url string) (*http.Request, error) {{
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "Bearer "+token)
	return req, nil
}}

func adminReq() *http.Request {{
	req, _ := http.NewRequest("GET", "https://{host}/admin/v1/jobs", nil)
	req.Header.Add("Authorization", "Bearer {tok2}")
	return req
}}
'''
    elif lang == 'kotlin':
        body = f'''import io.ktor.client.*
import io.ktor.client.plugins.auth.*
import io.ktor.client.plugins.auth.providers.*

val client = HttpClient {{
    install(Auth) {{
        bearer {{
            loadTokens {{ BearerTokens("{tok}", "{d.sec('b62long')}") }}
        }}
    }}
}}

val adminHeader = "Bearer {tok2}"
'''
    elif lang == 'swift':
        body = f'''import Foundation

var request = URLRequest(url: URL(string: "https://{host}/v1/jobs")!)
request.setValue("Bearer {tok}", forHTTPHeaderField: "Authorization")

let adminToken = "{tok2}"
var admin = URLRequest(url: URL(string: "https://{host}/admin/v1/jobs")!)
admin.addValue("Bearer \\(adminToken)", forHTTPHeaderField: "Authorization")
'''
    else:
        body = f'''use reqwest::Client;

const TOKEN: &str = "{tok}";

pub async fn jobs(c: &Client) -> reqwest::Result<String> {{
    c.get("https://{host}/v1/jobs").bearer_auth(TOKEN).send().await?.text().await
}}

pub async fn admin(c: &Client) -> reqwest::Result<String> {{
    c.get("https://{host}/admin/v1/jobs")
        .header("Authorization", "Bearer {tok2}")
        .send().await?.text().await
}}
'''
    return d, body

@tpl(1)
def openapi_examples(i):
    d = Doc('docs/api/openapi.yaml')
    return d, f'''openapi: 3.0.3
info:
  title: Fleet API
  version: 2.4.0
servers:
  - url: https://{api_host()}/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  parameters:
    Authorization:
      name: Authorization
      in: header
      required: true
      schema:
        type: string
      example: Bearer {d.bearer('jwt')}
security:
  - bearerAuth: []
paths:
  /vehicles:
    get:
      summary: List vehicles
      parameters:
        - in: header
          name: Authorization
          schema:
            type: string
          examples:
            placeholder:
              value: Bearer {bph()}
            sandbox:
              summary: token of the public sandbox tenant
              value: Bearer {d.bearer()}
      responses:
        "200":
          description: OK
        "401":
          description: Unauthorized
          headers:
            WWW-Authenticate:
              schema:
                type: string
              example: Bearer error="invalid_token"
  /oauth/token:
    post:
      responses:
        "200":
          content:
            application/json:
              example:
                access_token: {d.L('bearer-token|generic-secret', unique(bearer_opaque))}
                token_type: Bearer
                expires_in: 3600
                refresh_token: {d.sec('b62long')}
'''

@tpl(2)
def kubeconfig(i):
    d = Doc(f'k8s/kubeconfig/{["ci-deployer", "ops-laptop"][i - 1]}.yaml')
    clusters, users, ctxs = [], [], []
    for n in range(R.randint(2, 3)):
        name = pick(['prod-eu', 'staging', 'dev', 'prod-us', 'data']) + f'-{n}'
        clusters.append(f'''- cluster:
    certificate-authority-data: {blob64(120)}
    server: https://{priv_ip()}:6443
  name: {name}''')
        if n == 0:
            tok = d.L('jwt|bearer-token', unique(lambda: jwt(iss='kubernetes/serviceaccount', sub='system:serviceaccount:ci:deployer', alg='RS256')))
        elif n == 1:
            tok = d.L('bearer-token|generic-secret', rs(6, LO + DG) + '.' + rs(16, LO + DG))
        else:
            tok = d.L('bearer-token|generic-secret', 'k8s-aws-v1.' + b64(300, url=True, pad=False))
        users.append(f'''- name: {name}-user
  user:
    token: {tok}''')
        ctxs.append(f'''- context:
    cluster: {name}
    user: {name}-user
    namespace: default
  name: {name}''')
    users.append(f'''- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubectl
      args: [oidc-login, get-token, --oidc-issuer-url=https://sso.internal, --oidc-client-id=kubernetes]''')
    return d, 'apiVersion: v1\nkind: Config\nclusters:\n' + '\n'.join(clusters) + '\ncontexts:\n' + '\n'.join(ctxs) + f'\ncurrent-context: {clusters[0].split("name: ")[-1]}\nusers:\n' + '\n'.join(users) + '\npreferences: {}\n'

@tpl(1)
def chat_bearer(i):
    d = Doc(f'chat/discord/api-help-{i}.txt')
    a, b = pick(FIRST).lower() + str(R.randint(1, 99)), pick(FIRST).lower()
    t = ts()
    return d, f'''[{logts(t, "%d.%m.%Y %H:%M")}] {a}: getting 401 from /v1/orders, here's my request:
curl -H "Authorization: Bearer {d.bearer()}" https://{api_host()}/v1/orders
[{logts(stepts(t, 120), "%d.%m.%Y %H:%M")}] {b}: that token is expired (exp was yesterday). Get a new one from /oauth/token. And please don't post tokens in public channels 😅
[{logts(stepts(t, 300), "%d.%m.%Y %H:%M")}] {a}: oops. new one works: Bearer {d.bearer()}
[{logts(stepts(t, 420), "%d.%m.%Y %H:%M")}] {b}: …you did it again. Revoking it now. Use `Authorization: Bearer <token>` when you ask for help.
[{logts(stepts(t, 500), "%d.%m.%Y %H:%M")}] {a}: sorry!! request id was {a_uuid()} if that helps
'''

@tpl(1)
def grpc_ws_graphql(i):
    d = Doc('logs/app/grpc-gateway.log')
    t = ts()
    out = []
    for n in range(R.randint(5, 7)):
        t = stepts(t, R.randint(0, 15))
        tok = d.bearer()
        k = n % 3
        if k == 0:
            out.append(f'{iso(t)} INFO grpc.server call=/inventory.v1.StockService/Reserve peer={priv_ip()}:{R.randint(30000, 60000)} metadata=map[:authority:[inventory:50051] authorization:[Bearer {tok}] content-type:[application/grpc] user-agent:[grpc-go/1.62.1]] code=OK')
        elif k == 1:
            out.append(f'{iso(t)} DEBUG ws.upgrade GET /socket?v=2 HTTP/1.1 | Upgrade: websocket | Sec-WebSocket-Key: {lk("ws-key", b64(16))} | Authorization: Bearer {tok}')
        else:
            out.append(f'{iso(t)} DEBUG graphql request headers={json.dumps({"Authorization": "Bearer " + tok, "X-Apollo-Operation-Name": "GetCart"})} query="query GetCart {{ cart {{ id total }} }}"')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def prometheus_scrape(i):
    d = Doc('config/prometheus/prometheus.yml')
    return d, f'''global:
  scrape_interval: 30s

scrape_configs:
  - job_name: kubernetes-apiservers
    kubernetes_sd_configs:
      - role: endpoints
    scheme: https
    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token
  - job_name: federate-eu
    scheme: https
    metrics_path: /federate
    authorization:
      type: Bearer
      credentials: {d.L('bearer-token|generic-secret', unique(bearer_opaque))}
    static_configs:
      - targets: ['prom-eu.internal:9090']
  - job_name: legacy-exporter
    bearer_token: {d.L('bearer-token|generic-secret', hexs(40))}
    static_configs:
      - targets: ['{priv_ip()}:9100']
  - job_name: blackbox
    static_configs:
      - targets: ['https://status.{pick(COMPANY_DOMAINS)}']
'''

@tpl(1)
def grafana_datasource(i):
    d = Doc('config/grafana/provisioning/datasources/loki.yaml')
    return d, f'''apiVersion: 1
datasources:
  - name: Loki (central)
    type: loki
    access: proxy
    url: https://loki.{pick(COMPANY_DOMAINS)}
    jsonData:
      httpHeaderName1: Authorization
      httpHeaderName2: X-Scope-OrgID
    secureJsonData:
      httpHeaderValue1: 'Bearer {d.bearer()}'
      httpHeaderValue2: tenant-{R.randint(1, 99)}
  - name: Tempo
    type: tempo
    url: http://tempo:3200
    secureJsonData:
      httpHeaderValue1: 'Bearer ${{TEMPO_TOKEN}}'
'''

@tpl(1)
def proxy_configs(i):
    d = Doc('config/nginx/partner-proxy.conf')
    return d, f'''upstream partner_api {{
    server partner-api.{pick(COMPANY_DOMAINS)}:443;
    keepalive 16;
}}

server {{
    listen 8443 ssl;
    server_name partner-proxy.internal;

    location /v1/ {{
        proxy_pass https://partner_api;
        proxy_set_header Host partner-api.{pick(COMPANY_DOMAINS)};
        proxy_set_header Authorization "Bearer {d.bearer()}";
        proxy_set_header X-Api-Key {d.sec()};
        proxy_ssl_server_name on;
    }}

    location /v2/ {{
        proxy_pass https://partner_api;
        proxy_set_header Authorization $http_authorization;
    }}

    # Apache equivalent on the old box:
    # RequestHeader set Authorization "Bearer {d.bearer()}"
}}
'''

@tpl(1)
def oauth_token_response_log(i):
    d = Doc('logs/app/oauth-client.log')
    t = ts()
    out = []
    for n in range(R.randint(3, 4)):
        t = stepts(t, R.randint(30, 3000))
        at = unique(jwt) if chance(0.5) else unique(bearer_opaque)
        cat = 'jwt|bearer-token|generic-secret' if at.startswith('eyJ') else 'bearer-token|generic-secret'
        cat = 'jwt|bearer-token' if at.startswith('eyJ') else 'bearer-token|generic-secret'
        at = d.L(cat, at)
        rt = d.sec('b62long')
        out.append(f'{iso(t)} DEBUG TokenClient POST https://sso.{pick(COMPANY_DOMAINS)}/oauth2/token grant_type=client_credentials client_id={pick(WORDS)}-svc client_secret={lk("placeholder", "****")}')
        out.append(f'{iso(stepts(t, 0))} DEBUG TokenClient response {{"access_token":"{at}","token_type":"Bearer","expires_in":3600,"refresh_token":"{rt}","scope":"orders:read"}}')
        out.append(f'{iso(stepts(t, 1))} DEBUG ApiClient GET /v1/orders Authorization=Bearer {d.again(at)}')
    return d, '\n'.join(out) + '\n'
