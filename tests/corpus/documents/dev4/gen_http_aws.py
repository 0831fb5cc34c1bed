"""Bearer tokens and AWS keys in code and tool output: curl/HTTPie/wget,
curl -v, Python requests, JS fetch/axios, Go net/http, gRPC logs,
WebSocket handshakes, HAR, gateway access logs, kubeconfig, Postman,
Insomnia, OpenAPI; boto3 and other SDKs, .s3cfg, rclone.conf, Hadoop
core-site.xml, Terraform, STS JSON, CI logs, AWS credential files."""
import json

import gen_core as C
from gen_core import R, pick, chance, digits

BG = "bearer-token|generic-secret"   # a token assigned to a variable and sent as Bearer
JB = "jwt|bearer-token"


def api():
    return pick(["https://api.initech.io", "https://api.hooli-analytics.com", "https://gateway.globex-logistics.com",
                 "https://partners.northwind-traders.com", "https://api.bluepeak.ca"])


def path():
    return pick(["/v1/orders", "/v2/customers?page=2", "/v1/reports/daily", "/v1/me", "/v3/shipments/track",
                 "/v1/invoices/export?format=csv", "/v2/inventory/items"])


# ---------------------------------------------------------------------------
def curl_runbook(d, i):
    base = api()
    tok = d.L(BG, C.bearer())
    jw = d.L(JB, C.jwt())
    return f"""#!/usr/bin/env bash
# smoke-tests.sh - API checks after deploy ({C.version()})
set -euo pipefail
BASE={base}
TOKEN="{tok}"

# 1. health with the service token
curl -sS -H "Authorization: Bearer $TOKEN" "$BASE/health"

# 2. explicit header (copied from Postman)
curl -sS "$BASE{path()}" -H 'Accept: application/json' -H 'Authorization: Bearer {d.bt()}'

# 3. curl's own flag
curl --oauth2-bearer {d.bt()} "$BASE{path()}"

# 4. HTTPie
http GET "$BASE{path()}" "Authorization:Bearer {d.bt()}"
http -A bearer -a {d.bt()} GET "$BASE/v1/me"

# 5. wget for the nightly export
wget -q --header="Authorization: Bearer {d.bt()}" -O export.csv "$BASE/v1/invoices/export?format=csv"

# 6. partner API uses an API key header / query parameter instead
curl -sS -H "x-api-key: {d.gs('alnum')}" "$BASE/v1/partners"
curl -sS "$BASE/v1/search?q=shoes&api_key={d.gs('hex32')}&v={C.version()}"

# 7. user token (JWT) captured from the browser for debugging
curl -sS -H "Authorization: Bearer {jw}" "$BASE/v1/me/preferences"

# 8. docs examples - placeholders, not tokens
curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" "$BASE/v1/me"
curl -H "Authorization: Bearer {C.JWT_IO}" "$BASE/v1/echo"
curl -H "Authorization: Bearer ${{ACCESS_TOKEN}}" "$BASE/v1/me"

# 9. basic auth for the legacy admin
curl -u admin:{d.pw(safe='url')} "$BASE/admin/stats"
"""


def curl_verbose(d, i):
    tok = C.bearer(pick(["b64url", "alnum"]))
    d.L(BG, tok)
    cid = pick(["reports", "exporter", "billing-sync"])
    sec = d.gs(pick(["b64url", "alnum"]))
    ip = C.ipv4_private()
    host = api().split("//")[1]
    rid = C.uuid()
    return f"""$ curl -v -X POST https://auth.{host.split('.', 1)[1]}/oauth/token -d 'grant_type=client_credentials&client_id={cid}&client_secret={sec}'
Note: Unnecessary use of -X or --request, POST is already inferred.
*   Trying {ip}:443...
* Connected to auth.{host.split('.', 1)[1]} ({ip}) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* TLSv1.3 (IN), TLS handshake, Server hello (2):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* Server certificate:
*  subject: CN=*.{host.split('.', 1)[1]}
*  expire date: {C.ts('%b %d %H:%M:%S %Y GMT', 2025, 2026)}
* using HTTP/2
> POST /oauth/token HTTP/2
> Host: auth.{host.split('.', 1)[1]}
> User-Agent: curl/8.{R.randint(1, 9)}.0
> Accept: */*
> Content-Length: {R.randint(80, 140)}
> Content-Type: application/x-www-form-urlencoded
>
< HTTP/2 200
< content-type: application/json; charset=utf-8
< cache-control: no-store
< x-request-id: {rid}
<
{{"access_token":"{tok}","token_type":"Bearer","expires_in":3600,"scope":"{cid}:read"}}
* Connection #0 to host auth.{host.split('.', 1)[1]} left intact

$ curl -v {api()}{path()} -H "Authorization: Bearer {tok}"
*   Trying {C.ipv4_private()}:443...
* Connected to {host} port 443
> GET {path()} HTTP/2
> Host: {host}
> User-Agent: curl/8.{R.randint(1, 9)}.0
> Accept: */*
> Authorization: Bearer {tok}
>
< HTTP/2 200
< content-type: application/json
< x-ratelimit-remaining: {R.randint(100, 999)}
< etag: W/"{C.rstr(27, C.B64URL)}"
<
{{"data":[],"next":null}}

$ curl -v {api()}/v1/me -H "Authorization: Bearer {d.bt('hex')}"
> GET /v1/me HTTP/2
> Authorization: Bearer {C.rstr(8, C.HEX)}...[truncated by support tool]
< HTTP/2 401
< www-authenticate: Bearer realm="api", error="invalid_token"
"""


def py_requests(d, i):
    tok = d.L(BG, C.bearer())
    return f"""\"\"\"Nightly exporter - pulls orders and pushes to the warehouse.\"\"\"
import os
import requests
from opensearchpy import OpenSearch

API = "{api()}"
API_TOKEN = "{tok}"  # TODO: read from env before merge
# API_TOKEN = os.environ["API_TOKEN"]

session = requests.Session()
session.headers.update({{"Authorization": f"Bearer {{API_TOKEN}}", "User-Agent": "exporter/{C.version()}"}})


def fetch_orders(since):
    r = session.get(f"{{API}}/v1/orders", params={{"since": since}}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


def fetch_partner():
    return requests.get(
        "{api()}/v2/partner/catalog",
        headers={{"Authorization": "Bearer {d.bt()}", "Accept": "application/json"}},
        timeout=10,
    ).json()


def push_metrics(rows):
    requests.post("https://metrics.initech.io/ingest", json=rows,
                  headers={{"X-API-Key": "{d.gs('hex40')}"}}, timeout=10)


def legacy_admin():
    return requests.get("https://legacy.initech.io/admin/export", auth=("admin", "{d.pw(safe='shell')}"))


search = OpenSearch(hosts=[{{"host": "search.internal", "port": 9200}}],
                    http_auth=("elastic", "{d.pw(safe='shell')}"), use_ssl=True)

# docs snippet (placeholder):
# headers = {{"Authorization": "Bearer <token>"}}
"""


def js_fetch(d, i):
    return f"""// src/api/client.ts  - generated by openapi-generator {C.version()}, then edited by hand
import axios from "axios";
import {{ Client }} from "@elastic/elasticsearch";

const BASE = process.env.API_BASE ?? "{api()}";

export async function listOrders(token: string) {{
  const res = await fetch(`${{BASE}}/v1/orders`, {{ headers: {{ Authorization: `Bearer ${{token}}` }} }});
  return res.json();
}}

// hard-coded while the auth service is down (remove!)
export async function whoAmI() {{
  const res = await fetch("{api()}/v1/me", {{
    headers: {{ "Authorization": "Bearer {d.bt()}", "Accept": "application/json" }},
  }});
  return res.json();
}}

axios.defaults.headers.common["Authorization"] = "Bearer {d.bt()}";

const headers = new Headers();
headers.set("Authorization", "Bearer " + "{d.bt()}");
headers.set("X-Client-Version", "{C.version()}");

export const es = new Client({{
  node: "https://search.internal:9200",
  auth: {{ username: "elastic", password: "{d.pw(safe='shell')}" }},
}});

export const analyticsKey = "{d.gs('alnum')}";
// example: Authorization: Bearer <your-token>
"""


def go_http(d, i):
    tok = d.L(BG, C.bearer("hex"))
    return f"""package client

import (
	"context"
	"net/http"
	"time"
)

const serviceToken = "{tok}"

func newRequest(ctx context.Context, url string) (*http.Request, error) {{
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "Bearer "+serviceToken)
	req.Header.Set("User-Agent", "ledger-client/{C.version()}")
	return req, nil
}}

func partnerRequest(ctx context.Context) (*http.Request, error) {{
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "{api()}/v1/sync", nil)
	req.Header.Set("Authorization", "Bearer {d.bt()}")
	req.Header.Add("X-Api-Key", "{d.gs('hex32')}")
	return req, nil
}}

func adminRequest(ctx context.Context) (*http.Request, error) {{
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://legacy.initech.io/admin", nil)
	req.SetBasicAuth("svc_ledger", "{d.pw(safe='shell')}")
	return req, nil
}}

var httpClient = &http.Client{{Timeout: 15 * time.Second}}

// Usage in README: req.Header.Set("Authorization", "Bearer <token>")
"""


def grpc_log(d, i):
    clk = C.Clock()
    lines = []
    for k in range(R.randint(4, 6)):
        kind = pick(["go", "java", "grpcurl", "envoy"])
        tok = d.bt() if kind != "envoy" or chance(0.7) else "-"
        rid = C.uuid()
        if kind == "go":
            lines.append(f"{clk.fmt('%Y/%m/%d %H:%M:%S', ms=False)} unary call /orders.v1.OrderService/GetOrder md=map[:authority:[orders.internal:443] authorization:[Bearer {tok}] content-type:[application/grpc] user-agent:[grpc-go/1.{R.randint(55, 65)}.0] x-request-id:[{rid}]]")
        elif kind == "java":
            lines.append(f"{clk.fmt()} DEBUG [grpc-default-executor-{R.randint(0, 9)}] c.i.g.AuthInterceptor - headers=Metadata(content-type=application/grpc,user-agent=grpc-java-netty/1.{R.randint(55, 65)}.0,authorization=Bearer {tok},grpc-accept-encoding=gzip,grpc-timeout=29999m)")
        elif kind == "grpcurl":
            lines.append(f"$ grpcurl -H 'authorization: Bearer {tok}' -d '{{\"id\":\"{C.order_no()}\"}}' orders.initech.io:443 orders.v1.OrderService/GetOrder")
        else:
            lines.append(json.dumps({"start_time": clk.fmt("%Y-%m-%dT%H:%M:%S", ms=True) + "Z", "method": "POST",
                                     "path": "/payments.v1.PaymentService/Capture", "protocol": "HTTP/2",
                                     "response_code": 200, "grpc_status": "0", "authorization": f"Bearer {tok}" if tok != "-" else "-",
                                     "upstream_host": f"{C.ipv4_private()}:8080", "x_request_id": rid,
                                     "duration_ms": R.randint(2, 900)}))
    lines.append(f"{clk.fmt()} WARN  [grpc-default-executor-1] c.i.g.AuthInterceptor - rejected call: authorization=Bearer [REDACTED] status=UNAUTHENTICATED")
    return "\n".join(lines) + "\n"


def websocket(d, i):
    tok = d.L(BG, C.bearer("b64url"))
    key = C.rstr(22, C.B64) + "=="
    return f"""GET /socket/v2?access_token={tok}&client={pick(['web', 'ios', 'android'])} HTTP/1.1
Host: stream.initech.io
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Key: {key}
Sec-WebSocket-Version: 13
Origin: https://app.initech.io
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15

HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Accept: {C.rstr(27, C.B64)}=

GET /chat HTTP/1.1
Host: server.example.com
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==
Origin: http://example.com
Sec-WebSocket-Protocol: chat, superchat
Sec-WebSocket-Version: 13
Authorization: Bearer <token>

GET /live/orders HTTP/1.1
Host: ws.{pick(['hooli-analytics.com', 'globex-logistics.com'])}
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Key: {C.rstr(22, C.B64)}==
Sec-WebSocket-Version: 13
Authorization: Bearer {d.bt()}
X-Request-Id: {C.uuid()}

HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Accept: {C.rstr(27, C.B64)}=
""", "\r\n"


def har(d, i):
    entries = []
    for k in range(R.randint(3, 4)):
        tok = d.bt() if chance(0.8) else None
        url = api() + path()
        hdrs = [{"name": ":authority", "value": url.split("/")[2]}, {"name": ":method", "value": "GET"},
                {"name": "accept", "value": "application/json"}]
        if tok:
            hdrs.append({"name": "authorization", "value": f"Bearer {tok}"})
        hdrs.append({"name": "user-agent", "value": f"Mozilla/5.0 Chrome/{R.randint(110, 126)}.0.0.0"})
        entries.append({"startedDateTime": C.ts("%Y-%m-%dT%H:%M:%S.") + digits(3) + "Z", "time": round(R.uniform(20, 900), 3),
                        "request": {"method": "GET", "url": url, "httpVersion": "http/2.0", "headers": hdrs,
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                        "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                                     "headers": [{"name": "content-type", "value": "application/json"},
                                                 {"name": "x-request-id", "value": C.uuid()}],
                                     "content": {"size": R.randint(100, 9000), "mimeType": "application/json"},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 0.1, "wait": round(R.uniform(10, 800), 3), "receive": 0.4}})
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                               "pages": [{"startedDateTime": C.ts("%Y-%m-%dT%H:%M:%S.000Z"), "id": "page_1",
                                          "title": "Orders dashboard", "pageTimings": {}}],
                               "entries": entries}}, indent=2) + "\n"


def gateway_log(d, i):
    lines = []
    for k in range(R.randint(6, 8)):
        kind = pick(["bearer", "bearer", "bearer", "none", "redacted", "basic-ph"])
        auth = {"bearer": None, "none": "-", "redacted": "Bearer ****", "basic-ph": "Bearer <token>"}[kind]
        if auth is None:
            auth = "Bearer " + d.bt()
        lines.append(f"{C.ipv4_private()} - - [{C.ts('%d/%b/%Y:%H:%M:%S +0000')}] \"{pick(['GET', 'POST', 'PUT'])} {path()} HTTP/1.1\" "
                     f"{pick(['200', '200', '201', '401', '403'])} {R.randint(100, 9000)} \"-\" \"{pick(['okhttp/4.12.0', 'python-requests/2.31.0', 'Go-http-client/2.0'])}\" "
                     f"auth=\"{auth}\" rt={R.uniform(0.001, 1.5):.3f} uid={C.uuid()}")
    return ("# nginx log_format apilog '... auth=\"$http_authorization\" rt=$request_time uid=$request_id'\n"
            + "\n".join(lines) + "\n")


def kubeconfig(d, i):
    return f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {C.rstr(120, C.B64)}=
    server: https://{C.ipv4_private()}:6443
  name: prod
- cluster:
    server: https://k8s-staging.internal:6443
    insecure-skip-tls-verify: true
  name: staging
contexts:
- context: {{cluster: prod, user: ci-deployer, namespace: shop}}
  name: prod
- context: {{cluster: staging, user: dev}}
  name: staging
current-context: prod
users:
- name: ci-deployer
  user:
    token: {d.L(BG, C.bearer('b64url'))}
- name: dev
  user:
    username: dev
    password: {d.pw(safe='yaml')}
- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubectl
      args: [oidc-login, get-token, --oidc-issuer-url=https://sso.initech.io, --oidc-client-id=kubernetes]
"""


def postman(d, i):
    items = []
    for k in range(R.randint(2, 3)):
        items.append({"name": pick(["List orders", "Get customer", "Create shipment", "Daily report"]),
                      "request": {"method": "GET",
                                  "header": [{"key": "Authorization", "value": "Bearer " + d.bt(), "type": "text"},
                                             {"key": "Accept", "value": "application/json"}],
                                  "url": {"raw": "{{baseUrl}}" + path(), "host": ["{{baseUrl}}"]}}})
    items.append({"name": "Upload to S3 (SigV4)",
                  "request": {"auth": {"type": "awsv4", "awsv4": [
                      {"key": "accessKey", "value": d.akid(), "type": "string"},
                      {"key": "secretKey", "value": d.asec(), "type": "string"},
                      {"key": "region", "value": pick(["eu-west-1", "ap-south-1"]), "type": "string"},
                      {"key": "service", "value": "s3", "type": "string"}]},
                      "method": "PUT", "url": {"raw": "https://shop-media-prod.s3.amazonaws.com/test.txt"}}})
    items.append({"name": "Me (template)",
                  "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer {{access_token}}"}],
                              "url": {"raw": "{{baseUrl}}/v1/me"}}})
    coll = {"info": {"_postman_id": C.uuid(), "name": pick(["Partner API", "Orders API", "Internal tools"]),
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                     "_exporter_id": digits(8)},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": d.bt(), "type": "string"}]},
            "item": items,
            "variable": [{"key": "baseUrl", "value": api()},
                         {"key": "apiKey", "value": d.gs("alnum")},
                         {"key": "access_token", "value": ""}]}
    return json.dumps(coll, indent="\t") + "\n"


def insomnia(d, i):
    res = [{"_id": "wrk_" + C.rstr(32, C.HEX), "_type": "workspace", "name": "Billing", "scope": "collection"},
           {"_id": "req_" + C.rstr(32, C.HEX), "_type": "request", "name": "List invoices", "method": "GET",
            "url": api() + "/v1/invoices", "authentication": {"type": "bearer", "token": d.bt(), "prefix": ""},
            "headers": [{"name": "Accept", "value": "application/json"}]},
           {"_id": "req_" + C.rstr(32, C.HEX), "_type": "request", "name": "Legacy admin", "method": "GET",
            "url": "https://legacy.initech.io/admin", "authentication": {"type": "basic", "username": "admin",
                                                                          "password": d.pw(safe="shell")}},
           {"_id": "req_" + C.rstr(32, C.HEX), "_type": "request", "name": "Refresh", "method": "POST",
            "url": api() + "/oauth/token", "authentication": {"type": "bearer", "token": "{{ _.token }}"},
            "body": {"mimeType": "application/x-www-form-urlencoded",
                     "params": [{"name": "client_secret", "value": d.gs("b64url")}]}},
           {"_id": "env_" + C.rstr(32, C.HEX), "_type": "environment", "name": "Base Environment",
            "data": {"token": d.L(BG, C.bearer("alnum")), "base": api()}}]
    return json.dumps({"_type": "export", "__export_format": 4, "__export_date": C.ts("%Y-%m-%dT%H:%M:%S.000Z"),
                       "__export_source": f"insomnia.desktop.app:v{C.version()}", "resources": res}, indent=2) + "\n"


def openapi(d, i):
    return f"""openapi: 3.0.3
info:
  title: {pick(['Orders', 'Shipments', 'Ledger'])} API
  version: {C.version()}
  description: |
    Authenticate with a bearer token:

        curl -H "Authorization: Bearer <token>" {api()}/v1/orders

    Internal testers can use the shared staging token
    `{d.bt()}` (rotated monthly).
servers:
  - url: {api()}
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
  parameters:
    Authorization:
      name: Authorization
      in: header
      required: true
      schema: {{type: string}}
      example: "Bearer {C.JWT_IO}"
security:
  - bearerAuth: []
paths:
  /v1/orders:
    get:
      summary: List orders
      x-codeSamples:
        - lang: Shell
          source: |
            curl -s {api()}/v1/orders \\
              -H "Authorization: Bearer {d.bt()}"
        - lang: Python
          source: |
            requests.get(url, headers={{"X-API-Key": "{d.gs('hex32')}"}})
      responses:
        "200":
          description: OK
        "401":
          description: Missing or invalid token (e.g. `Bearer YOUR_ACCESS_TOKEN`)
"""


# ---------------------------------------------------------------------------
def boto3_code(d, i):
    return f"""import os

import boto3
from botocore.config import Config

REGION = "{pick(['ap-south-1', 'eu-west-1', 'us-east-1', 'eu-central-1'])}"

# quick fix for the batch host - credentials hard-coded until the instance role works
s3 = boto3.client(
    "s3",
    aws_access_key_id="{d.akid()}",
    aws_secret_access_key="{d.asec()}",
    region_name=REGION,
    config=Config(retries={{"max_attempts": 5}}),
)

dynamodb = boto3.resource("dynamodb", region_name=REGION,
                          aws_access_key_id='{d.akid()}',
                          aws_secret_access_key='{d.asec()}')

# the right way:
session = boto3.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# from the boto3 docs - example keys, not ours:
# aws_access_key_id="{C.AWS_EXAMPLE_ID}", aws_secret_access_key="{C.AWS_EXAMPLE_SECRET}"

sts = boto3.client("sts")
role = sts.assume_role(RoleArn="arn:aws:iam::{C.aws_account()}:role/etl-writer", RoleSessionName="etl-{digits(6)}")
creds = role["Credentials"]
print(creds["AccessKeyId"], creds["Expiration"])
"""


def sdk_other(d, i):
    if i % 2 == 0:
        return f"""// upload.js - AWS SDK for JavaScript v3
import {{ S3Client, PutObjectCommand }} from "@aws-sdk/client-s3";

const client = new S3Client({{
  region: "{pick(['eu-west-1', 'ap-south-1'])}",
  credentials: {{
    accessKeyId: "{d.akid()}",
    secretAccessKey: "{d.asec()}",
  }},
}});

// Java equivalent kept for the migration notes:
//   BasicAWSCredentials creds = new BasicAWSCredentials("{d.akid()}", "{d.asec()}");
//   AmazonS3 s3 = AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(creds)).build();

export async function upload(key, body) {{
  return client.send(new PutObjectCommand({{ Bucket: "shop-media-prod", Key: key, Body: body }}));
}}
"""
    return f"""package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func NewClient(ctx context.Context) (*s3.Client, error) {{
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("{pick(['eu-central-1', 'us-west-2'])}"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"{d.akid()}", "{d.asec()}", "")),
	)
	if err != nil {{
		return nil, err
	}}
	return s3.NewFromConfig(cfg), nil
}}

// Example from the SDK docs: credentials.NewStaticCredentialsProvider("AKID", "SECRET_KEY", "TOKEN")
var _ = aws.String
"""


def s3cfg(d, i):
    return f"""[default]
access_key = {d.akid()}
access_token =
add_encoding_exts =
bucket_location = {pick(['EU', 'US', 'ap-south-1'])}
ca_certs_file =
check_ssl_certificate = True
default_mime_type = binary/octet-stream
delete_removed = False
encrypt = False
gpg_command = /usr/bin/gpg
gpg_passphrase = {d.pw(safe='shell')}
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
human_readable_sizes = False
secret_key = {d.asec()}
signature_v2 = False
use_https = True
verbosity = WARNING
"""


def rclone(d, i):
    return f"""[s3-prod]
type = s3
provider = AWS
env_auth = false
access_key_id = {d.akid()}
secret_access_key = {d.asec()}
region = {pick(['eu-west-1', 'ap-south-1', 'us-east-2'])}
acl = private
storage_class = STANDARD_IA

[s3-archive]
type = s3
provider = AWS
access_key_id = {d.akid()}
secret_access_key = {d.asec()}
region = us-east-1

[s3-docs-example]
type = s3
provider = AWS
access_key_id = {C.AWS_EXAMPLE_ID}
secret_access_key = {C.AWS_EXAMPLE_SECRET}

[minio-local]
type = s3
provider = Minio
access_key_id = minioadmin
secret_access_key = minioadmin
endpoint = http://localhost:9000
"""


def core_site(d, i):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<!-- core-site.xml for the {pick(['spark-etl', 'hive-prod', 'emr-migration'])} cluster -->
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://nn1.internal:8020</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{d.akid()}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{d.asec()}</value>
    <description>TODO: move to hadoop.security.credential.provider.path (jceks://hdfs/user/etl/s3.jceks)</description>
  </property>
  <property>
    <name>fs.s3a.bucket.shop-archive.access.key</name>
    <value>{d.akid()}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.shop-archive.secret.key</name>
    <value>{d.asec()}</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.{pick(['eu-west-1', 'ap-south-1'])}.amazonaws.com</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs@nn1.internal:8020/user/etl/s3.jceks</value>
  </property>
</configuration>
"""


def terraform(d, i):
    if i % 2 == 0:
        return f"""terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.{R.randint(10, 50)}"
    }}
  }}
  backend "s3" {{
    bucket     = "tfstate-shop-prod"
    key        = "network/terraform.tfstate"
    region     = "eu-west-1"
    access_key = "{d.akid()}"
    secret_key = "{d.asec()}"
  }}
}}

provider "aws" {{
  region     = var.region
  access_key = "{d.akid()}"
  secret_key = "{d.asec()}"
}}

# provider "aws" {{
#   access_key = "my-access-key"
#   secret_key = "my-secret-key"
# }}

resource "aws_db_instance" "shop" {{
  identifier        = "shop-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  username          = "shop"
  password          = "{d.pw(safe='shell')}"
  allocated_storage = 50
}}
"""
    return f"""# terraform.tfvars - prod
region          = "ap-south-1"
aws_access_key  = "{d.akid()}"
aws_secret_key  = "{d.asec()}"
db_password     = "{d.pw(safe='shell')}"
datadog_site    = "datadoghq.eu"
grafana_api_key = "{d.gs('b64url')}"
instance_count  = 3
"""


def sts_json(d, i):
    kind = pick(["assume", "session", "lambda"]) if i > 1 else ["assume", "session"][i]
    if kind == "lambda":
        return json.dumps({
            "FunctionName": "shop-thumbnailer", "FunctionArn": f"arn:aws:lambda:eu-west-1:{C.aws_account()}:function:shop-thumbnailer",
            "Runtime": "python3.12", "Role": f"arn:aws:iam::{C.aws_account()}:role/lambda-thumbs",
            "Handler": "app.handler", "CodeSize": R.randint(10000, 900000), "Timeout": 30, "MemorySize": 512,
            "LastModified": C.ts("%Y-%m-%dT%H:%M:%S.000+0000"), "CodeSha256": C.rstr(43, C.B64) + "=",
            "Version": "$LATEST",
            "Environment": {"Variables": {"BUCKET": "shop-media-prod", "AWS_ACCESS_KEY": d.akid(),
                                          "AWS_SECRET": d.asec(), "LOG_LEVEL": "INFO",
                                          "THUMB_API_TOKEN": d.gs("hex40")}},
            "TracingConfig": {"Mode": "PassThrough"}, "RevisionId": C.uuid()}, indent=4) + "\n"
    out = []
    n = R.randint(1, 2)
    for k in range(n):
        if kind == "assume":
            acct = C.aws_account()
            sess = f"etl-{digits(6)}"
            out.append(f"$ aws sts assume-role --role-arn arn:aws:iam::{acct}:role/etl-writer --role-session-name {sess}")
            out.append(json.dumps({"Credentials": {"AccessKeyId": d.akid("ASIA"), "SecretAccessKey": d.asec(),
                                                   "SessionToken": d.L("generic-secret", C.aws_session_token()),
                                                   "Expiration": C.ts("%Y-%m-%dT%H:%M:%S+00:00")},
                                   "AssumedRoleUser": {"AssumedRoleId": "AROA" + C.rstr(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":" + sess,
                                                       "Arn": f"arn:aws:sts::{acct}:assumed-role/etl-writer/{sess}"}}, indent=4))
        else:
            out.append("$ aws sts get-session-token --serial-number arn:aws:iam::" + C.aws_account() + f":mfa/{pick(C.WEST['us'][0]).lower()} --token-code {digits(6)}")
            out.append(json.dumps({"Credentials": {"AccessKeyId": d.akid("ASIA"), "SecretAccessKey": d.asec(),
                                                   "SessionToken": d.L("generic-secret", C.aws_session_token()),
                                                   "Expiration": C.ts("%Y-%m-%dT%H:%M:%SZ")}}, indent=4))
    out.append("$ aws configure list")
    out.append(f"""      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************{C.rstr(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')} shared-credentials-file
secret_key     ****************{C.rstr(4, C.ALNUM)} shared-credentials-file
    region                eu-west-1      config-file    ~/.aws/config""")
    out.append("$ aws iam list-access-keys --user-name ci-deployer")
    out.append(json.dumps({"AccessKeyMetadata": [{"UserName": "ci-deployer", "AccessKeyId": d.akid(), "Status": "Active",
                                                  "CreateDate": C.ts("%Y-%m-%dT%H:%M:%S+00:00")}]}, indent=4))
    return "\n".join(out) + "\n"


def ci_log(d, i):
    clk = C.Clock()

    def t():
        return clk.fmt("%Y-%m-%dT%H:%M:%S", ms=False, lo=0.1, hi=8) + "." + digits(7) + "Z"
    akid = d.akid()
    sec = d.asec()
    lines = [f"{t()} ##[group]Run aws-actions/configure-aws-credentials@v4",
             f"{t()} with:",
             f"{t()}   aws-access-key-id: ***",
             f"{t()}   aws-secret-access-key: ***",
             f"{t()}   aws-region: eu-west-1",
             f"{t()} ##[endgroup]",
             f"{t()} ##[group]Run ./scripts/debug-env.sh",
             f"{t()} + env | sort",
             f"{t()} AWS_ACCESS_KEY_ID={akid}",
             f"{t()} AWS_DEFAULT_REGION=eu-west-1",
             f"{t()} AWS_SECRET_ACCESS_KEY={sec}",
             f"{t()} CI=true",
             f"{t()} GITHUB_RUN_ID={C.lookalike(10, '1')}",
             f"{t()} GITHUB_SHA={C.rstr(40, C.HEX)}",
             f"{t()} ##[endgroup]",
             f"{t()} + aws configure set aws_access_key_id {d.akid()} --profile deploy",
             f"{t()} + aws configure set aws_secret_access_key {d.asec()} --profile deploy",
             f"{t()} + aws s3 sync dist/ s3://shop-web-prod --delete",
             f"{t()} upload: dist/index.html to s3://shop-web-prod/index.html",
             (lambda h: f"{t()} upload: dist/app.{h}.js to s3://shop-web-prod/app.{h}.js")(C.rstr(8, C.HEX)),
             f"{t()} + curl -sS -X POST -H 'Authorization: Bearer {d.bt()}' https://deploy.initech.io/hooks/released",
             f"{t()} {{\"ok\":true,\"release\":\"{C.version()}\"}}",
             f"{t()} Post job cleanup.",
             f"{t()} [command]/usr/bin/git config --local --unset-all http.https://github.com/.extraheader"]
    return "\n".join(lines) + "\n"


def aws_credentials(d, i):
    if i == 20:
        rows = ["User name,Password,Access key ID,Secret access key,Console login link"]
        for k in range(R.randint(3, 4)):
            rows.append(f"{pick(['ci-deployer', 'etl-writer', 'backup-bot', 'analytics-ro', 'svc-thumbs'])}{k},"
                        f"{d.pw(safe='alnum') if chance(0.3) else ''},{d.akid()},{d.asec()},"
                        f"https://{C.aws_account()}.signin.aws.amazon.com/console")
        return "\n".join(rows) + "\n"
    if i == 30:
        return f"""# ~/.aws/config
[default]
region = eu-west-1
output = json

[profile prod-admin]
role_arn = arn:aws:iam::{C.aws_account()}:role/OrganizationAccountAccessRole
source_profile = default
mfa_serial = arn:aws:iam::{C.aws_account()}:mfa/ops

[profile legacy]
region = us-east-1
aws_access_key_id = {d.akid()}
aws_secret_access_key = {d.asec()}

[profile sso-dev]
sso_start_url = https://initech.awsapps.com/start
sso_region = eu-west-1
sso_account_id = {C.aws_account()}
sso_role_name = Developer

[profile vault]
credential_process = /usr/local/bin/aws-vault exec prod --json
"""
    prof = []
    for k, name in enumerate(["default", pick(["prod", "production"]), pick(["staging", "dev"]), "backup"][:R.randint(3, 4)]):
        if name == "backup":
            lines = [f"[{name}]", f"aws_access_key_id={d.akid('ASIA')}", f"aws_secret_access_key={d.asec()}",
                     f"aws_session_token={d.L('generic-secret', C.aws_session_token())}"]
        else:
            lines = [f"[{name}]", f"aws_access_key_id = {d.akid()}", f"aws_secret_access_key = {d.asec()}"]
        prof.append("\n".join(lines))
    prof.append(f"[example]\n# from the AWS CLI user guide\naws_access_key_id = {C.AWS_EXAMPLE_ID}\naws_secret_access_key = {C.AWS_EXAMPLE_SECRET}")
    return "\n\n".join(prof) + "\n"


def ecs_taskdef(d, i):
    return json.dumps({
        "family": pick(["shop-api", "ledger-worker"]), "networkMode": "awsvpc",
        "executionRoleArn": f"arn:aws:iam::{C.aws_account()}:role/ecsTaskExecutionRole",
        "containerDefinitions": [{
            "name": "app", "image": f"{C.aws_account()}.dkr.ecr.eu-west-1.amazonaws.com/shop-api:{C.version()}",
            "essential": True, "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
            "environment": [{"name": "AWS_ACCESS_KEY_ID", "value": d.akid()},
                            {"name": "AWS_SECRET_ACCESS_KEY", "value": d.asec()},
                            {"name": "DB_PASSWORD", "value": d.pw(safe="shell")},
                            {"name": "UPSTREAM_TOKEN", "value": d.gs("hex40")},
                            {"name": "LOG_LEVEL", "value": "info"}],
            "secrets": [{"name": "STRIPE_KEY", "valueFrom": f"arn:aws:secretsmanager:eu-west-1:{C.aws_account()}:secret:stripe-{C.rstr(6, C.ALNUM)}"}],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/shop-api",
                                                                     "awslogs-region": "eu-west-1"}}}],
        "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024"}, indent=2) + "\n"


def cloud_init(d, i):
    return f"""#cloud-config
# user-data for the batch AMI ({C.version()})
package_update: true
packages: [awscli, jq, postgresql-client]
write_files:
  - path: /root/.aws/credentials
    permissions: "0600"
    content: |
      [default]
      aws_access_key_id = {d.akid()}
      aws_secret_access_key = {d.asec()}
  - path: /etc/batch/env
    content: |
      PGPASSWORD={d.pw(safe='shell')}
      API_TOKEN={d.gs('alnum')}
runcmd:
  - [ sh, -c, "aws s3 cp s3://batch-artifacts/job.tar.gz /opt/ && tar xzf /opt/job.tar.gz -C /opt" ]
  - [ sh, -c, "curl -fsS -H 'Authorization: Bearer {d.bt()}' https://deploy.initech.io/hooks/booted" ]
"""


DOCS = [
    ("http/smoke-tests-{:02d}.sh", curl_runbook, 4),
    ("http/curl-verbose-{:02d}.txt", curl_verbose, 2),
    ("code/exporter-{:02d}.py", py_requests, 2),
    ("code/client-{:02d}.ts", js_fetch, 2),
    ("code/client-{:02d}.go", go_http, 2),
    ("logs/grpc-{:02d}.log", grpc_log, 2),
    ("http/websocket-{:02d}.txt", websocket, 2),
    ("http/session-{:02d}.har", har, 2),
    ("logs/api-gateway-{:02d}.log", gateway_log, 3),
    ("k8s/kubeconfig-{:02d}.yaml", kubeconfig, 2),
    ("api/postman-{:02d}.json", postman, 3),
    ("api/insomnia-{:02d}.json", insomnia, 1),
    ("api/openapi-{:02d}.yaml", openapi, 2),
    ("aws/boto3-{:02d}.py", boto3_code, 4),
    ("aws/upload-{:02d}.js", lambda d, i: sdk_other(d, 0), 1),
    ("aws/storage-{:02d}.go", lambda d, i: sdk_other(d, 1), 1),
    ("aws/s3cfg-{:02d}.ini", s3cfg, 2),
    ("aws/rclone-{:02d}.conf", rclone, 3),
    ("aws/core-site-{:02d}.xml", core_site, 3),
    ("aws/terraform-{:02d}.tf", terraform, 4),
    ("aws/sts-{:02d}.txt", sts_json, 5),
    ("aws/ci-deploy-{:02d}.log", ci_log, 4),
    ("aws/credentials-{:02d}.ini", aws_credentials, 3),
    ("aws/new_user_credentials-{:02d}.csv", lambda d, i: aws_credentials(d, 20), 1),
    ("aws/config-{:02d}.ini", lambda d, i: aws_credentials(d, 30), 1),
    ("aws/ecs-taskdef-{:02d}.json", ecs_taskdef, 3),
    ("aws/cloud-init-{:02d}.yaml", cloud_init, 2),
]
