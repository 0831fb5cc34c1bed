"""Bearer tokens in HTTP clients of many languages, proxies, gateways, workflow tools, CLIs and captures."""
from registry import doc


@doc('python-httpx-asyncclient-headers-py', 'lagersync/klient.py', 'python async httpx client with default authorization header')
def _(d):
    return f"""import asyncio
import httpx

BASE = "https://api.lagerpartner.se/v2"
TOKEN = "{d.bt('an_43')}"
# request ids look like: {d.uuid()}

async def hamta_saldon(artiklar: list[str]) -> list[dict]:
    async with httpx.AsyncClient(
        base_url=BASE,
        headers={{"Authorization": f"Bearer {{TOKEN}}", "Accept": "application/json"}},
        timeout=20.0,
    ) as client:
        r = await client.post("/saldo/sok", json={{"artikelnummer": artiklar}})
        r.raise_for_status()
        return r.json()["resultat"]

if __name__ == "__main__":
    print(asyncio.run(hamta_saldon(["100-2231", "100-2232"])))
"""


@doc('java-net-http-client-bearer-java', 'src/main/java/se/fastighet/felanmalan/FelanmalanKlient.java', 'java 11+ HttpClient posting fault reports with a bearer header')
def _(d):
    return f"""package se.fastighet.felanmalan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class FelanmalanKlient {{
    private static final String API = "https://api.fastighetsservice.se/felanmalan/v1/arenden";
    private static final String TOKEN = "{d.jbt('RS256', {'scope': 'felanmalan.write', 'client_id': 'hyresportal'})}";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String skicka(String json) throws Exception {{
        HttpRequest req = HttpRequest.newBuilder(URI.create(API))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "{d.uuid()}")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 300) throw new IllegalStateException("HTTP " + resp.statusCode());
        return resp.body();
    }}
}}
"""


@doc('csharp-authenticationheadervalue-cs', 'src/Tidbok/Integration/JournalKlient.cs', 'c# HttpClient with AuthenticationHeaderValue bearer')
def _(d):
    return f"""using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Tidbok.Integration;

public sealed class JournalKlient
{{
    private readonly HttpClient _http;

    public JournalKlient(HttpClient http)
    {{
        _http = http;
        _http.BaseAddress = new Uri("https://journal-api.vardgivare-nord.se/");
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", "{d.bt('hex64')}");
        _http.DefaultRequestHeaders.Add("X-Api-Version", "2024-10-01");
    }}

    public Task<HttpResponseMessage> BokaAsync(object bokning) =>
        _http.PostAsJsonAsync("tidbok/bokningar", bokning);

    // Vårdenhetens HSA-id skickas i klartext: SE{d.intx(10)}-{d.X(d.rnd('AN4'))}
}}
"""


@doc('go-net-http-header-set-go', 'cmd/elpris/main.go', 'go program fetching electricity prices with net/http and a bearer header')
def _(d):
    return f"""package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

const apiToken = "{d.bt('an_40')}"

type pris struct {{
	Start string  `json:"start"`
	SEK   float64 `json:"sek_per_kwh"`
}}

func main() {{
	req, _ := http.NewRequest("GET", "https://api.elhandel-data.se/v1/spot?area=SE3", nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("User-Agent", "elpris/1.4 (+{d.commit(7)})")
	c := &http.Client{{Timeout: 15 * time.Second}}
	resp, err := c.Do(req)
	if err != nil {{
		log.Fatal(err)
	}}
	defer resp.Body.Close()
	var p []pris
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {{
		log.Fatal(err)
	}}
	for _, x := range p {{
		fmt.Printf("%s\\t%.3f\\n", x.Start, x.SEK)
	}}
}}
"""


@doc('kotlin-ktor-client-defaultrequest-kt', 'app/src/main/java/se/cykel/api/ApiKlient.kt', 'kotlin ktor client with defaultRequest bearer header')
def _(d):
    return f"""package se.cykel.api

import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.http.HttpHeaders
import io.ktor.serialization.kotlinx.json.json

private const val SERVICE_TOKEN = "{d.bt('b64u_32')}"

val apiKlient = HttpClient(OkHttp) {{
    install(ContentNegotiation) {{ json() }}
    defaultRequest {{
        url("https://api.lanecykel.se/v3/")
        headers.append(HttpHeaders.Authorization, "Bearer $SERVICE_TOKEN")
        headers.append("X-App-Build", "{d.X(d.rnd('hex8'))}")
    }}
}}
"""


@doc('swift-urlsession-request-swift', 'Sources/Parkering/ParkeringAPI.swift', 'swift URLSession request with a bearer authorization header')
def _(d):
    return f"""import Foundation

struct ParkeringAPI {{
    static let bas = URL(string: "https://api.p-bolaget.se/v1")!
    // service account for the kiosk app; device id is public: {d.uuid()}
    private static let token = "{d.bt('an_48')}"

    static func aktivaParkeringar(regnr: String) async throws -> Data {{
        var req = URLRequest(url: bas.appendingPathComponent("parkeringar/\\(regnr)"))
        req.httpMethod = "GET"
        req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, resp) = try await URLSession.shared.data(for: req)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {{ throw URLError(.badServerResponse) }}
        return data
    }}
}}
"""


@doc('dart-http-package-dart', 'lib/services/schema_service.dart', 'flutter service using package:http with a bearer token constant')
def _(d):
    return f"""import 'dart:convert';
import 'package:http/http.dart' as http;

const _bas = 'https://schema.skolplattform-nord.se/api';
const _token = '{d.jbt('ES256', {'scope': 'schema.read', 'aud': 'schema-api'})}';

class SchemaService {{
  Future<List<dynamic>> veckansSchema(String klass, int vecka) async {{
    final svar = await http.get(
      Uri.parse('$_bas/klasser/$klass/schema?vecka=$vecka'),
      headers: {{'Authorization': 'Bearer $_token', 'Accept': 'application/json'}},
    );
    if (svar.statusCode != 200) {{
      throw Exception('Schema: ${{svar.statusCode}}');
    }}
    return jsonDecode(svar.body) as List<dynamic>;
  }}
}}
"""


@doc('php-symfony-httpclient-auth-bearer-php', 'src/Service/FraktService.php', 'symfony service using HttpClient auth_bearer option')
def _(d):
    return f"""<?php

namespace App\\Service;

use Symfony\\Contracts\\HttpClient\\HttpClientInterface;

class FraktService
{{
    private const TOKEN = '{d.bt('an_64')}';

    public function __construct(private HttpClientInterface $client) {{}}

    public function bokaHamtning(array $paket): array
    {{
        $response = $this->client->request('POST', 'https://api.fraktportalen.se/v1/hamtningar', [
            'auth_bearer' => self::TOKEN,
            'json' => $paket,
            'headers' => ['Idempotency-Key' => '{d.uuid()}'],
        ]);

        return $response->toArray();
    }}
}}
"""


@doc('ruby-net-http-bearer-rb', 'lib/bokforing/export.rb', 'ruby net/http client exporting vouchers with a bearer header')
def _(d):
    return f"""require "net/http"
require "json"
require "uri"

module Bokforing
  class Export
    URL = URI("https://api.bokforingstjanst.se/v1/verifikationer")
    TOKEN = "{d.bt('hex40')}".freeze

    def skicka(verifikationer)
      http = Net::HTTP.new(URL.host, URL.port)
      http.use_ssl = true
      req = Net::HTTP::Post.new(URL)
      req["Authorization"] = "Bearer #{{TOKEN}}"
      req["Content-Type"] = "application/json"
      req.body = {{ verifikationer: verifikationer, batch: "{d.uuid()}" }}.to_json
      res = http.request(req)
      raise "export misslyckades: #{{res.code}}" unless res.is_a?(Net::HTTPSuccess)
      JSON.parse(res.body)
    end
  end
end
"""


@doc('perl-http-tiny-headers-pl', 'bin/rapportera_larm.pl', 'perl script posting alarms with HTTP::Tiny and a bearer header')
def _(d):
    return f"""#!/usr/bin/perl
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP qw(encode_json);

my $token = '{d.bt('an_36')}';
my $http  = HTTP::Tiny->new(timeout => 10, agent => 'larm-rapport/0.9');

my $res = $http->post(
    'https://larm.driftcentral.se/api/v1/events',
    {{
        headers => {{
            'Authorization' => "Bearer $token",
            'Content-Type'  => 'application/json',
        }},
        content => encode_json({{ source => 'pumpstation-7', level => 'critical', id => '{d.uuid()}' }}),
    }}
);
die "fel: $res->{{status}} $res->{{reason}}\\n" unless $res->{{success}};
"""


@doc('r-httr-add-headers-r', 'analys/hamta_matdata.R', 'r script downloading measurement data with httr add_headers')
def _(d):
    return f"""library(httr)
library(jsonlite)

api_url <- "https://api.vattenkvalitet.se/v1/matningar"
token   <- "{d.bt('an_40')}"

svar <- GET(api_url,
            add_headers(Authorization = paste("Bearer", token)),
            query = list(station = "VK-{d.r.randint(100, 999)}", fran = "2025-01-01", till = "2025-12-31"))
stop_for_status(svar)
df <- fromJSON(content(svar, as = "text", encoding = "UTF-8"))
write.csv(df, "data/matningar_2025.csv", row.names = FALSE)
# dataset checksum: {d.sha256()}
"""


@doc('julia-http-jl-request-jl', 'scripts/ladda_vaderdata.jl', 'julia script calling an api with HTTP.jl')
def _(d):
    return f"""using HTTP, JSON3

const TOKEN = "{d.bt('hex48')}"
const URL = "https://api.vaderstation-data.se/v2/observations"

resp = HTTP.get(URL, ["Authorization" => "Bearer $TOKEN", "Accept" => "application/json"];
                query = Dict("station" => "uppsala-aut", "period" => "latest-day"))
obs = JSON3.read(resp.body)
println(length(obs), " observationer, request-id ", HTTP.header(resp, "X-Request-Id"))
"""


@doc('c-libcurl-xoauth2-bearer-c', 'src/upload.c', 'c program uploading files with libcurl CURLOPT_XOAUTH2_BEARER')
def _(d):
    return f"""#include <stdio.h>
#include <curl/curl.h>

/* token for the archive service; rotated by ops (ticket ARK-{d.r.randint(100, 999)}) */
static const char *ARKIV_TOKEN = "{d.bt('an_44')}";

int ladda_upp(const char *fil)
{{
    CURL *curl = curl_easy_init();
    CURLcode rc;
    curl_mime *mime;
    curl_mimepart *part;
    if (!curl)
        return 1;
    mime = curl_mime_init(curl);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "fil");
    curl_mime_filedata(part, fil);
    curl_easy_setopt(curl, CURLOPT_URL, "https://arkiv.kommunen-nord.se/api/v1/handlingar");
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
    curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, ARKIV_TOKEN);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
    rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        fprintf(stderr, "upload: %s\\n", curl_easy_strerror(rc));
    curl_mime_free(mime);
    curl_easy_cleanup(curl);
    return rc != CURLE_OK;
}}
"""


@doc('cpp-boost-beast-request-cpp', 'src/telemetri.cpp', 'c++ boost.beast http request with an authorization field')
def _(d):
    return f"""#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <string>

namespace http = boost::beast::http;

static const std::string kHost = "telemetri.vindkraft-norr.se";
static const std::string kToken = "{d.bt('b64u_48')}";

http::request<http::string_body> byggBegaran(const std::string& json)
{{
    http::request<http::string_body> req{{http::verb::post, "/api/v1/matvarden", 11}};
    req.set(http::field::host, kHost);
    req.set(http::field::user_agent, BOOST_BEAST_VERSION_STRING);
    req.set(http::field::authorization, "Bearer " + kToken);
    req.set(http::field::content_type, "application/json");
    req.set("X-Turbine-Id", "{d.uuid()}");
    req.body() = json;
    req.prepare_payload();
    return req;
}}
"""


@doc('lua-socket-http-request-lua', 'scripts/skicka_status.lua', 'lua script posting status with luasocket http.request')
def _(d):
    return f"""local http = require("socket.http")
local ltn12 = require("ltn12")

local TOKEN = "{d.bt('hex32')}"
local body = '{{"enhet":"router-lada","status":"ok"}}'
local svar = {{}}

local ok, kod = http.request{{
  url = "http://status.gard-iot.se/api/rapport",
  method = "POST",
  headers = {{
    ["Authorization"] = "Bearer " .. TOKEN,
    ["Content-Type"] = "application/json",
    ["Content-Length"] = tostring(#body),
  }},
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(svar),
}}
print(kod, table.concat(svar))
"""


@doc('ocaml-cohttp-lwt-client-ml', 'bin/hamta.ml', 'ocaml program calling an api with cohttp-lwt-unix')
def _(d):
    return f"""open Lwt.Syntax
open Cohttp_lwt_unix

let token = "{d.bt('an_40')}"

let () =
  let uri = Uri.of_string "https://api.bibliotek-nord.se/v1/lan?status=forsenad" in
  let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer " ^ token); ("Accept", "application/json") ] in
  Lwt_main.run
    (let* resp, body = Client.get ~headers uri in
     let* s = Cohttp_lwt.Body.to_string body in
     Printf.printf "%d\\n%s\\n" (Cohttp.Code.code_of_status (Cohttp.Response.status resp)) s;
     Lwt.return_unit)
"""


@doc('nginx-proxy-set-header-bearer-conf', 'etc/nginx/conf.d/kartproxy.conf', 'nginx reverse proxy injecting an upstream bearer token')
def _(d):
    return f"""# kartproxy -- the browser app never sees the map provider token
upstream kartleverantor {{
    server api.kartdata-norden.se:443;
    keepalive 16;
}}

server {{
    listen 443 ssl http2;
    server_name karta.kommunen-nord.se;

    ssl_certificate     /etc/letsencrypt/live/karta.kommunen-nord.se/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/karta.kommunen-nord.se/privkey.pem;

    location /tiles/ {{
        proxy_pass https://kartleverantor/v4/tiles/;
        proxy_set_header Host api.kartdata-norden.se;
        proxy_set_header Authorization "Bearer {d.bt('an_52')}";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_ssl_server_name on;
        proxy_cache tiles;
        proxy_cache_valid 200 7d;
    }}

    location /api/ {{
        # the client sends its own token here
        proxy_pass http://127.0.0.1:8080/;
        proxy_set_header Authorization $http_authorization;
    }}
}}
"""


@doc('envoy-lua-filter-authorization-yaml', 'envoy/envoy.yaml', 'envoy proxy configuration with a lua filter adding an authorization header')
def _(d):
    return f"""static_resources:
  listeners:
  - name: ingress
    address:
      socket_address: {{ address: 0.0.0.0, port_value: 10000 }}
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress_http
          route_config:
            name: local_route
            virtual_hosts:
            - name: backend
              domains: ["*"]
              routes:
              - match: {{ prefix: "/lev/" }}
                route: {{ cluster: leverantor, prefix_rewrite: "/" }}
          http_filters:
          - name: envoy.filters.http.lua
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua
              default_source_code:
                inline_string: |
                  function envoy_on_request(request_handle)
                    request_handle:headers():remove("authorization")
                    request_handle:headers():add("authorization", "Bearer {d.bt('hex40')}")
                    request_handle:headers():add("x-envoy-node", "{d.uuid()}")
                  end
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
  - name: leverantor
    type: LOGICAL_DNS
    connect_timeout: 5s
    load_assignment:
      cluster_name: leverantor
      endpoints:
      - lb_endpoints:
        - endpoint:
            address:
              socket_address: {{ address: api.leverantor-edi.se, port_value: 443 }}
    transport_socket:
      name: envoy.transport_sockets.tls
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext
        sni: api.leverantor-edi.se
"""


@doc('haproxy-http-request-set-header-cfg', 'etc/haproxy/haproxy.cfg', 'haproxy configuration setting an authorization header towards a backend')
def _(d):
    return f"""global
    log /dev/log local0
    maxconn 4096
    user haproxy
    group haproxy
    daemon

defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend fe_api
    bind :443 ssl crt /etc/haproxy/certs/api.pem
    acl is_sms path_beg /sms/
    use_backend be_sms if is_sms
    default_backend be_app

backend be_sms
    http-request set-header Authorization "Bearer {d.bt('an_48')}"
    http-request set-header Host api.sms-gateway-norden.se
    http-request replace-path /sms/(.*) /v1/\\1
    server sms1 api.sms-gateway-norden.se:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt sni str(api.sms-gateway-norden.se)

backend be_app
    balance roundrobin
    server app1 10.20.4.11:8080 check
    server app2 10.20.4.12:8080 check

listen stats
    bind 127.0.0.1:8404
    stats enable
    stats uri /stats
    stats auth drift:{d.pw('x')}
"""


@doc('caddy-reverse-proxy-header-up-caddyfile', 'etc/caddy/Caddyfile', 'caddyfile with reverse_proxy header_up authorization')
def _(d):
    return f"""{{
	email drift@hemautomation.invalid
}}

ha.hemma-stugan.se {{
	reverse_proxy 192.168.1.30:8123
}}

energi.hemma-stugan.se {{
	basicauth /* {{
		stugan {d.X('$2a$14$' + d.rnd('an_53').replace('-', '.').replace('_', '/'))}
	}}
	reverse_proxy https://api.energibolaget-data.se {{
		header_up Host {{upstream_hostport}}
		header_up Authorization "Bearer {d.bt('an_40')}"
		header_up -Cookie
	}}
}}
"""


@doc('kong-declarative-request-transformer-yml', 'kong/kong.yml', 'kong declarative configuration with a request-transformer plugin')
def _(d):
    return f"""_format_version: "3.0"
_transform: true

services:
- name: bokforing-upstream
  url: https://api.bokforingstjanst.se/v1
  routes:
  - name: bokforing
    paths:
    - /bokforing
    strip_path: true
  plugins:
  - name: request-transformer
    config:
      remove:
        headers:
        - Authorization
      add:
        headers:
        - "Authorization:Bearer {d.bt('hex64')}"
        - "X-Tenant:{d.uuid()}"
  - name: rate-limiting
    config:
      minute: 120
      policy: local

consumers:
- username: ekonomiportal
  keyauth_credentials:
  - key: {d.gs('an32')}
"""


@doc('airflow-simplehttpoperator-dag-py', 'dags/hamta_valutakurser.py', 'airflow dag calling an api with an http operator and a bearer header')
def _(d):
    return f"""from datetime import datetime

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

with DAG(
    dag_id="hamta_valutakurser",
    start_date=datetime(2025, 1, 1),
    schedule="15 6 * * 1-5",
    catchup=False,
    tags=["ekonomi"],
) as dag:
    hamta = HttpOperator(
        task_id="hamta",
        http_conn_id="valuta_api",
        endpoint="v1/kurser/senaste?bas=SEK",
        method="GET",
        headers={{"Authorization": "Bearer {d.bt('an_43')}", "Accept": "application/json"}},
        response_filter=lambda r: r.json()["kurser"],
        log_response=True,
    )
"""


@doc('github-actions-curl-step-yml', 'dot-github/workflows/deploy-notify.yml', 'ci workflow notifying a deploy api with curl and a bearer header')
def _(d):
    return f"""name: deploy-notify
on:
  push:
    branches: [main]

jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{d.commit()}  # v4.2.2
      - name: Tell the release board
        run: |
          curl -fsS -X POST https://releaser.webbyran-nord.se/api/deploys \\
            -H "Authorization: Bearer {d.bt('an_40')}" \\
            -H "Content-Type: application/json" \\
            -d '{{"sha":"${{{{ github.sha }}}}","env":"prod"}}'
      - name: Tell the status page
        run: |
          curl -fsS -X POST https://status.webbyran-nord.se/api/v1/incidents/resolve \\
            -H "Authorization: Bearer ${{{{ secrets.STATUS_TOKEN }}}}"
"""


@doc('gitlab-ci-curl-job-yml', 'dot-gitlab-ci.yml', 'gitlab ci pipeline with a curl job posting to a cms api')
def _(d):
    return f"""stages: [build, publish]

variables:
  CMS_API: https://cms.tidningen-nord.se/api

build:
  stage: build
  image: node:20-alpine
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

publish:
  stage: publish
  image: curlimages/curl:8.11.1
  script:
    - >
      curl --fail -X POST "$CMS_API/content/import"
      -H "Authorization: Bearer {d.bt('an_64')}"
      -F "bundle=@dist/bundle.zip"
    - echo "published $CI_COMMIT_SHORT_SHA"
  only: [main]
"""


@doc('curl-config-file-bearer-curlrc', 'home/drift/.config/curl/bokning.curlrc', 'curl config file (-K) with an authorization header')
def _(d):
    return f"""# use with: curl -K ~/.config/curl/bokning.curlrc https://api.lokalbokning.se/v1/...
header = "Authorization: Bearer {d.bt('an_40')}"
header = "Accept: application/json"
user-agent = "drift-cli/1.0"
silent
show-error
fail
retry = 3
# client id is public: {d.uuid()}
"""


@doc('httpie-bearer-auth-terminal-txt', 'notes/httpie-felsokning.txt', 'terminal session using httpie with bearer auth and verbose output')
def _(d):
    t = d.bt('an_43')
    rid = d.uuid()
    return f"""$ http -v --auth-type=bearer --auth='{t}' GET https://api.hyresvard-nord.se/v1/objekt/4411/felanmalningar status==oppen
GET /v1/objekt/4411/felanmalningar?status=oppen HTTP/1.1
Accept: */*
Accept-Encoding: gzip, deflate
Authorization: Bearer {t}
Connection: keep-alive
Host: api.hyresvard-nord.se
User-Agent: HTTPie/3.2.4



HTTP/1.1 200 OK
Content-Type: application/json
Date: Tue, 20 Jan 2026 08:14:55 GMT
X-Request-Id: {rid}

[
    {{
        "id": 90311,
        "kategori": "VVS",
        "skapad": "2026-01-18T19:02:11Z",
        "status": "oppen"
    }}
]
"""


@doc('wget-header-download-log', 'var/log/hamta-prislista.log', 'cron log of wget downloading a price list with an authorization header')
def _(d):
    t = d.bt('hex40')
    return f"""+ wget -nv --header='Authorization: Bearer {t}' -O /data/prislista.csv https://api.grossist-norden.se/v1/prislista.csv
2026-01-20 05:00:03 URL:https://api.grossist-norden.se/v1/prislista.csv [482113/482113] -> "/data/prislista.csv" [1]
+ sha256sum /data/prislista.csv
{d.sha256()}  /data/prislista.csv
+ wget -nv --header='Authorization: Bearer $GROSSIST_TOKEN' -O /data/kampanj.csv https://api.grossist-norden.se/v1/kampanj.csv
https://api.grossist-norden.se/v1/kampanj.csv:
2026-01-20 05:00:04 ERROR 401: Unauthorized.
"""


@doc('nc-raw-http-request-txt', 'debug/nc-request.txt', 'raw http request typed into netcat while debugging an api')
def _(d):
    t = d.jbt('RS256', {'scope': 'orders:read', 'azp': 'lager-klient'})
    return f"""$ printf 'GET /v1/orders/88121 HTTP/1.1\\r\\nHost: orders.int.lager.lan\\r\\nAuthorization: Bearer {t}\\r\\nConnection: close\\r\\n\\r\\n' | nc orders.int.lager.lan 8080
HTTP/1.1 200 OK
Content-Type: application/json
X-Trace-Id: {d.hexx(32)}
Content-Length: 87
Connection: close

{{"id":88121,"status":"PLOCKAD","rader":3,"uppdaterad":"2026-01-20T07:41:09Z"}}
"""


@doc('tcpdump-ascii-capture-txt', 'debug/tcpdump-port8080.txt', 'tcpdump -A capture of plain http traffic between services')
def _(d):
    t = d.bt('an_40')
    return f"""# tcpdump -i eth0 -A -s 0 'tcp port 8080 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)'
tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
09:21:44.118201 IP 10.42.1.17.53122 > 10.42.3.9.8080: Flags [P.], seq 1:262, ack 1, win 502, options [nop,nop,TS val 3391 ecr 1187], length 261: HTTP: POST /api/v1/utskick HTTP/1.1
E..9..@.?..`
*..
*..........x.....P....
POST /api/v1/utskick HTTP/1.1
Host: utskick.svc.cluster.local:8080
User-Agent: Go-http-client/1.1
Content-Length: 58
Authorization: Bearer {t}
Content-Type: application/json
Accept-Encoding: gzip

{{"mall":"paminnelse","mottagare":1204,"kanal":"sms"}}
09:21:44.131877 IP 10.42.3.9.8080 > 10.42.1.17.53122: Flags [P.], seq 1:148, ack 262, win 507, length 147: HTTP: HTTP/1.1 202 Accepted
HTTP/1.1 202 Accepted
Content-Type: application/json
X-Request-Id: {d.uuid()}
Content-Length: 35

{{"id":"{d.X(d.rnd('lc26'))}"}}
"""


@doc('powershell-invoke-restmethod-bearer-ps1', 'scripts/Synka-Anstallda.ps1', 'powershell script calling an hr api with Invoke-RestMethod')
def _(d):
    return f"""# Synka-Anstallda.ps1 -- hämtar nyanställda från HR-systemet och skapar AD-konton
$ErrorActionPreference = 'Stop'
$Bas = 'https://api.hr-system-norden.se/v2'
$Token = '{d.bt('an_56')}'
$Huvud = @{{ Authorization = "Bearer $Token"; Accept = 'application/json' }}

$nya = Invoke-RestMethod -Uri "$Bas/anstallda?status=ny" -Headers $Huvud -Method Get
foreach ($a in $nya.data) {{
    Write-Host "Skapar konto för $($a.fornamn) $($a.efternamn) ($($a.anstallningsId))"
    # New-ADUser ...
}}
# senaste körning: {d.uuid()}
"""
