"""Bearer tokens in client code of many languages (literals and constants sent by name), API tools,
proxies, load testers, captures and configs."""
from registry import doc


@doc("java-net-http-client-builder", "src/main/java/se/tagtider/feed/TrafficFeedClient.java", "java 11+ HttpClient with a bearer header")
def _(d):
    return d.T('''package se.tagtider.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class TrafficFeedClient {

    private static final String FEED_URL = "https://feed.tagtider.se/v1/departures?station=Cst";
    /** issued 2026-01-12 by the feed operator; the expiry is 12 months */
    static final String FEED_TOKEN = "⟨bt:b64u43⟩";
    static final String SUBSCRIPTION = "⟨uuid⟩";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public String departures() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(FEED_URL))
                .header("Authorization", "Bearer " + FEED_TOKEN)
                .header("Ocp-Apim-Subscription-Key", SUBSCRIPTION)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''')


@doc("go-resty-setauthtoken", "internal/carrier/postnord.go", "go resty client with SetAuthToken")
def _(d):
    return d.T('''package carrier

import (
	"context"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

const (
	trackingBase = "https://api.fraktpartner.se/tracking/v3"
	// trackingToken is the integration token for customer number ⟨int:8⟩.
	trackingToken = "⟨bt:hex40⟩"
	// sandbox customer, same API
	trackingTokenSandbox = "⟨bt:hex40⟩"
)

type Client struct{ r *resty.Client }

func New() *Client {
	c := resty.New().
		SetBaseURL(trackingBase).
		SetTimeout(10 * time.Second).
		SetAuthToken(trackingToken).
		SetHeader("Accept", "application/json").
		SetRetryCount(2)
	if os.Getenv("FRAKT_ENV") == "sandbox" {
		c.SetAuthToken(trackingTokenSandbox)
	}
	return &Client{r: c}
}

func (c *Client) Shipment(ctx context.Context, id string) (*resty.Response, error) {
	return c.r.R().SetContext(ctx).SetPathParam("id", id).Get("/shipments/{id}")
}
''')


@doc("elixir-req-auth-bearer-ex", "lib/bokning/booking_api.ex", "elixir Req client with auth: {:bearer, token}")
def _(d):
    return d.T('''defmodule Bokning.BookingApi do
  @moduledoc "Client for the table booking partner API."

  @base_url "https://partner.bordsbokning.se/api"
  @token "⟨bt:b64u52⟩"

  def new do
    Req.new(base_url: @base_url, auth: {:bearer, @token}, retry: :transient, receive_timeout: 8_000)
  end

  @admin_token "⟨bt:b64u52⟩"

  def close_day(date) do
    Req.post!(@base_url <> "/admin/days/close", json: %{date: date}, auth: {:bearer, @admin_token})
  end

  def list_bookings(date) do
    new()
    |> Req.get!(url: "/restaurants/⟨int:6⟩/bookings", params: [date: date])
    |> Map.fetch!(:body)
  end
end
''')


@doc("dio-interceptor-dart", "lib/core/network/api_client.dart", "flutter dio client with an auth interceptor")
def _(d):
    return d.T('''import 'package:dio/dio.dart';

const kApiBase = 'https://api.cykelpool.se/v1';
// TODO: hämta från secure storage efter inloggning
const kServiceToken = '⟨bt:an56⟩';
const kStagingToken = '⟨bt:an56⟩';

class AuthInterceptor extends Interceptor {
  @override
  void onRequest(RequestOptions options, RequestInterceptorHandler handler) {
    final token = kReleaseMode ? kServiceToken : kStagingToken;
    options.headers['Authorization'] = 'Bearer $token';
    options.headers['X-App-Build'] = '2026.1.4+812';
    handler.next(options);
  }
}

Dio buildDio() {
  final dio = Dio(BaseOptions(baseUrl: kApiBase, connectTimeout: const Duration(seconds: 6)));
  dio.interceptors.add(AuthInterceptor());
  dio.interceptors.add(LogInterceptor(requestHeader: false, responseBody: false));
  return dio;
}
''')


@doc("urlsession-urlrequest-swift", "Sources/Vattenmatare/ReadingUploader.swift", "swift URLSession upload with a bearer header")
def _(d):
    return d.T('''import Foundation

enum Config {
    static let endpoint = URL(string: "https://api.vattenmatare.se/v2/readings")!
    #if DEBUG
    static let apiToken = "⟨bt:hex64⟩"
    #else
    static let apiToken = "⟨bt:hex64⟩"
    #endif
    static let installationId = "⟨uuid⟩"
}

struct ReadingUploader {
    func upload(_ reading: Data) async throws -> Int {
        var request = URLRequest(url: Config.endpoint)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \\(Config.apiToken)", forHTTPHeaderField: "Authorization")
        request.setValue(Config.installationId, forHTTPHeaderField: "X-Installation")
        let (_, response) = try await URLSession.shared.upload(for: request, from: reading)
        return (response as? HTTPURLResponse)?.statusCode ?? -1
    }
}
''')


@doc("lwp-useragent-default-header-pl", "bin/sync_members.pl", "perl LWP::UserAgent script with a default Authorization header")
def _(d):
    return d.T('''#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP qw(decode_json);

my $token = '⟨bt:an32⟩';
my $ua = LWP::UserAgent->new(timeout => 20, agent => 'member-sync/1.3');
$ua->default_header('Authorization' => "Bearer $token");
$ua->default_header('Accept' => 'application/json');

my $res = $ua->get('https://medlem.seglarforbundet.se/api/v1/clubs/⟨int:4⟩/members?page=1');
die $res->status_line unless $res->is_success;
my $data = decode_json($res->decoded_content);
printf "%d members\\n", scalar @{ $data->{items} };

# licens-API:t har egen token
my $lic = LWP::UserAgent->new(timeout => 20);
my $r2 = $lic->get('https://licens.seglarforbundet.se/api/licenses?year=2026',
    'Authorization' => 'Bearer ⟨bt:an32⟩');
print $r2->decoded_content;
''')


@doc("httr2-req-auth-bearer-r", "R/fetch_sales.R", "R httr2 request with req_auth_bearer_token")
def _(d):
    return d.T('''library(httr2)
library(dplyr)

# Token för försäljningsrapporten (skapad av Maja, gäller till 2026-06-30)
sales_token <- "⟨bt:b64u40⟩"

fetch_sales <- function(from, to) {
  request("https://rapport.kvarnbygget.se/api/sales") |>
    req_url_query(from = from, to = to, store = "⟨int:3⟩") |>
    req_auth_bearer_token(sales_token) |>
    req_retry(max_tries = 3) |>
    req_perform() |>
    resp_body_json(simplifyVector = TRUE) |>
    as_tibble()
}

df <- fetch_sales("2026-01-01", "2026-01-18")
summary(df$amount)
''')


@doc("clj-http-oauth-token-clj", "src/reskontra/bank.clj", "clojure clj-http request with :oauth-token")
def _(d):
    return d.T(''';; Bank statement fetcher (open banking sandbox promoted to prod 2026-01)
(ns reskontra.bank
  (:require [clj-http.client :as http]
            [cheshire.core :as json]))

(def ^:private access-token "⟨bt:b64u64⟩")
(def ^:private consent-id "⟨uuid⟩")
(def ^:private payments-token "⟨bt:b64u64⟩")

(defn initiate-payment [body]
  (http/post "https://psd2.sparbanken-nord.se/v1/payments/swedish-domestic-credit-transfers"
             {:headers {"Authorization" (str "Bearer " payments-token)
                        "Consent-ID" consent-id}
              :form-params body
              :content-type :json}))

(defn transactions [account-id]
  (-> (http/get (str "https://psd2.sparbanken-nord.se/v1/accounts/" account-id "/transactions")
                {:oauth-token access-token
                 :headers {"Consent-ID" consent-id
                           "X-Request-ID" (str (java.util.UUID/randomUUID))}
                 :accept :json
                 :as :json})
      :body
      :transactions))
''')


@doc("curl-oauth2-bearer-cron-sh", "usr/local/bin/push-backup-status.sh", "shell script using curl --oauth2-bearer")
def _(d):
    return d.T('''#!/bin/sh
# Rapporterar nattens backupstatus till statussidan. Körs från cron 06:15.
set -eu

STATUS_TOKEN="⟨bt:an36⟩"
COMPONENT="⟨ulid⟩"
state=operational
if ! grep -q "Backup completed" /var/log/restic-nightly.log; then
  state=degraded_performance
fi

curl -fsS --oauth2-bearer "$STATUS_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -X PATCH "https://status.bergslagens-bygg.se/api/v1/components/$COMPONENT" \\
  -d "{\\"status\\":\\"$state\\"}"

# intern statussida (separat instans)
curl -fsS --oauth2-bearer '⟨bt:an36⟩' -X POST "https://status.int.bergslagens-bygg.se/api/v1/incidents" \\
  -H 'Content-Type: application/json' -d '{"name":"Backup","status":"'"$state"'"}' 
''')


@doc("kreya-operation-settings-json", "kreya/Orders/GetOrder.krop", "kreya (grpc/rest client) operation file")
def _(d):
    return d.T('''{
  "details": {
    "path": "orders.v1.OrderService/GetOrder",
    "method": "GET"
  },
  "requests": [
    {
      "location": "GetOrder-request.json"
    }
  ],
  "operationType": "Unary",
  "invokerName": "grpc",
  "typeHint": "grpc",
  "settings": {
    "endpoint": "https://orders.grpc.tidewater-freight.com:443",
    "metadata": [
      { "key": "authorization", "value": "Bearer ⟨jbt:ES256⟩", "isEnabled": true },
      { "key": "x-trace-id", "value": "⟨hex:32⟩", "isEnabled": false }
    ]
  }
}
''')


@doc("h2o-proxy-header-conf", "etc/h2o/h2o.conf", "h2o web server reverse proxy configuration")
def _(d):
    return d.T('''user: www-data
access-log: /var/log/h2o/access.log
error-log: /var/log/h2o/error.log
hosts:
  "partner.kvarnbygget.se:443":
    listen:
      port: 443
      ssl:
        certificate-file: /etc/h2o/certs/partner.crt
        key-file: /etc/h2o/certs/partner.key
    paths:
      "/partner/orders":
        # legacy order backend wants a static token until it speaks OIDC
        proxy.header.set: "Authorization: Bearer ⟨bt:an40⟩"
        proxy.header.unset: "Cookie"
        proxy.reverse.url: "https://orders-legacy.int.kvarnbygget.se/"
      "/partner/invoices":
        proxy.header.set: "Authorization: Bearer ⟨bt:hex64⟩"
        proxy.reverse.url: "https://invoices.int.kvarnbygget.se/"
      "/partner/stock":
        proxy.header.set: "X-Partner-Id: ⟨uuid⟩"
        proxy.reverse.url: "https://stock.int.kvarnbygget.se/"
''')


@doc("tcpflow-http-capture-txt", "captures/tcpflow-port8080-0119.txt", "tcpflow -c console capture of plain http")
def _(d):
    return d.T('''010.020.004.017.51544-010.020.008.031.08080: POST /api/v1/scans HTTP/1.1
Host: scanner-gw.lager.local:8080
User-Agent: HandheldScanner/5.2 (Android 11; TC52)
Authorization: Bearer ⟨bt:an32#t1⟩
Content-Type: application/json
Content-Length: 97

{"device":"TC52-⟨int:6⟩","barcode":"07350053850019","location":"B-14-03","ts":"2026-01-19T07:41:12Z"}
010.020.008.031.08080-010.020.004.017.51544: HTTP/1.1 201 Created
Content-Type: application/json
X-Request-Id: ⟨uuid⟩
Content-Length: 29

{"id":"⟨ulid⟩","ok":true}
010.020.004.022.40312-010.020.008.031.08080: GET /api/v1/tasks?zone=B HTTP/1.1
Host: scanner-gw.lager.local:8080
User-Agent: HandheldScanner/5.2 (Android 11; TC52)
Authorization: Bearer ⟨bt:an32⟩
Accept: application/json

010.020.004.031.40800-010.020.008.031.08080: POST /api/v1/tasks/claim HTTP/1.1
Host: scanner-gw.lager.local:8080
Authorization: Bearer ⟨bt:an32⟩
Content-Length: 0

010.020.008.031.08080-010.020.004.022.40312: HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 2

[]
''')


@doc("bombardier-shell-history", "home/loadtest/.bash_history", "shell history of bombardier and hey load tests")
def _(d):
    return d.T('''cd ~/loadtests
bombardier -c 50 -d 30s -l https://staging.api.kalmarhamn.se/v1/berths
bombardier -c 50 -d 30s -l -H "Authorization: Bearer ⟨bt:an40#b1⟩" https://staging.api.kalmarhamn.se/v1/berths
bombardier -c 200 -n 20000 -m POST -H "Authorization: Bearer ⟨=b1⟩" -H 'Content-Type: application/json' -f body.json https://staging.api.kalmarhamn.se/v1/bookings
hey -z 60s -c 40 -H "Authorization: Bearer ⟨bt:hex40⟩" https://staging.api.kalmarhamn.se/v1/vessels
hey -n 500 -c 10 -H "Authorization: Bearer $TOKEN" https://staging.api.kalmarhamn.se/v1/vessels
sha256sum body.json
less results/hey-2026-01-19.txt
''')


@doc("mcp-client-servers-json", "dot-cursor/mcp.json", "model context protocol client server list with headers")
def _(d):
    return d.T('''{
  "mcpServers": {
    "issues": {
      "url": "https://mcp.lindholmen-it.se/issues/sse",
      "headers": {
        "Authorization": "Bearer ⟨bt:an48⟩"
      }
    },
    "docs": {
      "command": "npx",
      "args": ["-y", "@lindholmen/docs-mcp@1.4.2"],
      "env": {
        "DOCS_INDEX": "⟨sha256⟩"
      }
    },
    "tickets": {
      "url": "https://mcp.lindholmen-it.se/tickets/mcp",
      "headers": {
        "Authorization": "Bearer ⟨bt:an48⟩",
        "X-Workspace": "⟨uuid⟩"
      }
    },
    "crm": {
      "url": "https://mcp.lindholmen-it.se/crm/mcp",
      "headers": {
        "Authorization": "Bearer ${env:CRM_MCP_TOKEN}"
      }
    }
  }
}
''')


@doc("got-extend-hooks-mjs", "scripts/refresh-catalog.mjs", "node got instance with a beforeRequest hook")
def _(d):
    return d.T('''import got from 'got';

const CATALOG_TOKEN = '⟨bt:an40⟩';

const api = got.extend({
  prefixUrl: 'https://catalog.fjallvind.se/api/',
  responseType: 'json',
  retry: { limit: 2 },
  hooks: {
    beforeRequest: [
      (options) => {
        options.headers.authorization = `Bearer ${CATALOG_TOKEN}`;
      },
    ],
  },
});

const stats = await got('https://catalog.fjallvind.se/admin/stats', {
  headers: { authorization: 'Bearer ⟨bt:an40⟩' },
}).json();
console.log(stats.products);

const { body } = await api.post('catalog/rebuild', { json: { channel: 'web', revision: '⟨sha1⟩' } });
console.log(body.status);
''')


@doc("axios-create-instance-ts", "src/services/http.ts", "typescript axios instance with default headers")
def _(d):
    return d.T('''import axios from "axios";

// Service account for the booking kiosk (kiosk-07). Do not use from browsers.
const KIOSK_TOKEN = "⟨bt:b64u48⟩";

export const http = axios.create({
  baseURL: "https://kiosk-api.kalmarhamn.se/v2",
  timeout: 8000,
  headers: {
    Authorization: `Bearer ${KIOSK_TOKEN}`,
    "X-Kiosk-Id": "⟨uuid⟩",
  },
});

// admin endpoints (kiosk fleet management)
export const adminHttp = axios.create({
  baseURL: "https://kiosk-api.kalmarhamn.se/admin",
  headers: { Authorization: "Bearer ⟨bt:b64u48⟩" },
});

http.interceptors.response.use(undefined, (err) => {
  if (err.response?.status === 401) {
    console.warn("kiosk token rejected");
  }
  return Promise.reject(err);
});
''')


@doc("delphi-indy-idhttp-pas", "src/uOrderExport.pas", "delphi indy TIdHTTP custom authorization header")
def _(d):
    return d.T('''unit uOrderExport;

interface

uses
  System.SysUtils, System.Classes, IdHTTP, IdSSLOpenSSL;

procedure SendOrders(const AJson: string);

implementation

const
  cApiUrl = 'https://edi.grunwald-technik.de/api/orders';
  cApiToken = '⟨bt:hex40⟩';
  cApiTokenTest = '⟨bt:hex40⟩'; // test.edi.grunwald-technik.de

procedure SendOrders(const AJson: string);
var
  Http: TIdHTTP;
  Ssl: TIdSSLIOHandlerSocketOpenSSL;
  Body: TStringStream;
begin
  Http := TIdHTTP.Create(nil);
  Ssl := TIdSSLIOHandlerSocketOpenSSL.Create(Http);
  Body := TStringStream.Create(AJson, TEncoding.UTF8);
  try
    Http.IOHandler := Ssl;
    Http.Request.ContentType := 'application/json';
    Http.Request.CustomHeaders.Values['Authorization'] := 'Bearer ' + cApiToken;
    Http.Post(cApiUrl, Body);
  finally
    Body.Free;
    Http.Free;
  end;
end;

end.
''')


@doc("power-query-m-web-contents", "powerbi/queries/Leveranser.pq", "power query M script calling a REST api")
def _(d):
    return d.T('''let
    Token = "⟨bt:an44⟩",
    Source = Json.Document(
        Web.Contents(
            "https://api.nordkust-logistik.se",
            [
                RelativePath = "v1/deliveries",
                Query = [from = "2026-01-01", depot = "GBG"],
                Headers = [Authorization = "Bearer " & Token, Accept = "application/json"]
            ]
        )
    ),
    Items = Source[items],
    Tabell = Table.FromRecords(Items),
    Typer = Table.TransformColumnTypes(Tabell, {{"delivered_at", type datetime}, {"weight_kg", type number}})
in
    Typer
''')


@doc("esp8266-httpclient-sketch-ino", "firmware/pannrum_sensor/pannrum_sensor.ino", "arduino esp8266 sketch posting readings with a bearer header")
def _(d):
    return d.T('''#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include <WiFiClientSecureBearSSL.h>

#define WIFI_SSID   "Pannrum-IoT"
#define WIFI_PSK    "⟨pw:n⟩"
#define API_HOST    "https://iot.ekdalens-el.se/api/v1/telemetry"
#define API_BEARER  "⟨bt:hex32⟩"
// SHA1 fingerprint of the server certificate
const char fingerprint[] = "⟨x:4F 1A 7C 09 3B D2 88 6E 51 0F 2C A4 93 7D E1 5B 60 C8 0A 3E⟩";

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PSK);
  while (WiFi.status() != WL_CONNECTED) delay(250);
}

void loop() {
  std::unique_ptr<BearSSL::WiFiClientSecure> client(new BearSSL::WiFiClientSecure);
  client->setFingerprint(fingerprint);
  HTTPClient https;
  https.begin(*client, API_HOST);
  https.addHeader("Content-Type", "application/json");
  https.addHeader("Authorization", "Bearer " API_BEARER);
  float t = analogRead(A0) * 0.1f;
  String body = String("{\\"temp\\":") + t + "}";
  int code = https.POST(body);
  Serial.printf("POST %d\\n", code);
  https.end();
  delay(60000);
}
''')


@doc("proxyman-copy-as-curl-txt", "notes/proxyman-export.txt", "http debugging proxy copy-as-cURL export")
def _(d):
    d.X("eyJhbGciOiJFUzI1NiJ9...")
    return d.T('''# Proxyman → Copy as cURL (iPhone, app build 812), 2026-01-19 09:12
curl 'https://api.cykelpool.se/v1/rides?limit=20' \\
-X GET \\
-H 'Host: api.cykelpool.se' \\
-H 'Accept: application/json' \\
-H 'Authorization: Bearer ⟨jbt:ES256⟩' \\
-H 'User-Agent: Cykelpool/2026.1.4 (iPhone; iOS 18.2; Scale/3.00)' \\
-H 'X-Device-Id: ⟨uuid⟩' \\
-H 'Accept-Language: sv-SE;q=1.0, en-SE;q=0.9' \\
--compressed

# same call from the web app for comparison (token expired)
curl 'https://api.cykelpool.se/v1/rides?limit=20' \\
-H 'Authorization: Bearer eyJhbGciOiJFUzI1NiJ9...' \\
-H 'Accept: application/json'
''')


@doc("apex-httprequest-callout-cls", "force-app/main/default/classes/ErpCallout.cls", "salesforce apex callout class")
def _(d):
    return d.T('''public with sharing class ErpCallout {
    // TODO: replace with a Named Credential (callout:ERP) before the security review
    private static final String ERP_TOKEN = '⟨bt:an48⟩';
    private static final String ERP_TOKEN_SANDBOX = '⟨bt:an48⟩';

    public static HttpResponse pushOrder(String orderJson) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://erp.grunwald-technik.de/api/v2/orders');
        req.setMethod('POST');
        req.setHeader('Content-Type', 'application/json');
        String tok = [SELECT IsSandbox FROM Organization LIMIT 1].IsSandbox ? ERP_TOKEN_SANDBOX : ERP_TOKEN;
        req.setHeader('Authorization', 'Bearer ' + tok);
        req.setBody(orderJson);
        req.setTimeout(20000);
        return new Http().send(req);
    }

    public static HttpResponse stock(String sku) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint('callout:ERP_Stock/api/v2/stock/' + EncodingUtil.urlEncode(sku, 'UTF-8'));
        req.setMethod('GET');
        req.setHeader('Authorization', 'Bearer {!$Credential.OAuthToken}');
        return new Http().send(req);
    }
}
''')


@doc("vbnet-httpclient-module-vb", "src/Lagerexport/ApiKlient.vb", "visual basic .net http client module")
def _(d):
    return d.T('''Imports System.Net.Http
Imports System.Net.Http.Headers
Imports System.Text

Module ApiKlient
    Private Const ProdToken As String = "⟨bt:hex64⟩"
    Private Const TestToken As String = "⟨bt:hex64⟩"
    Private ReadOnly Klient As New HttpClient With {.BaseAddress = New Uri("https://api.lagerkoll.se/")}

    Public Async Function SkickaSaldo(json As String, prod As Boolean) As Task(Of Integer)
        Dim req As New HttpRequestMessage(HttpMethod.Post, "v1/saldo")
        req.Headers.Authorization = New AuthenticationHeaderValue("Bearer", If(prod, ProdToken, TestToken))
        req.Content = New StringContent(json, Encoding.UTF8, "application/json")
        Dim svar = Await Klient.SendAsync(req)
        Return CInt(svar.StatusCode)
    End Function
End Module
''')


@doc("gleam-httpc-request-gleam", "src/prisbevakning.gleam", "gleam http client request")
def _(d):
    return d.T('''import gleam/http/request
import gleam/httpc
import gleam/io

const price_api_token = "⟨bt:b64u43⟩"

pub fn main() {
  let assert Ok(req) = request.to("https://api.prisbevakning.se/v1/products?store=⟨int:4⟩")
  let req =
    req
    |> request.prepend_header("authorization", "Bearer " <> price_api_token)
    |> request.prepend_header("accept", "application/json")
  let assert Ok(resp) = httpc.send(req)
  io.println(resp.body)
}
''')


@doc("racket-net-http-client-rkt", "tools/sync-kalender.rkt", "racket script using net/http-easy")
def _(d):
    return d.T('''#lang racket/base
(require net/http-easy json)

(define kalender-token "⟨bt:an40⟩")
(define resurs-token "⟨bt:an40⟩")

(define (hamta-bokningar dag)
  (response-json
   (get "https://boka.kvarnbygget.se/api/bookings"
        #:params `((date . ,dag))
        #:headers (hasheq 'authorization (string-append "Bearer " kalender-token)))))

(define (resurser)
  (response-json
   (get "https://resurs.kvarnbygget.se/api/rooms"
        #:auth (bearer-auth resurs-token))))

(for ([b (hamta-bokningar "2026-01-20")])
  (printf "~a ~a\\n" (hash-ref b 'room) (hash-ref b 'start)))
''')


@doc("pharo-znclient-smalltalk-st", "src/Leverans-Klient/LeveransKlient.class.st", "pharo smalltalk zinc http client class")
def _(d):
    return d.T('''"
I fetch delivery status from the carrier API.
"
Class {
	#name : #LeveransKlient,
	#superclass : #Object,
	#category : #'Leverans-Klient'
}

{ #category : #accessing }
LeveransKlient class >> token [
	^ '⟨bt:hex40⟩'
]

{ #category : #api }
LeveransKlient >> status: aShipmentId [
	^ ZnClient new
		url: 'https://api.fraktpartner.se/v3/shipments/' , aShipmentId;
		headerAt: 'Authorization' put: 'Bearer ' , self class token;
		accept: ZnMimeType applicationJson;
		get
]

{ #category : #api }
LeveransKlient >> labels [
	^ ZnClient new
		url: 'https://labels.fraktpartner.se/v1/batch';
		setBearerAuthentication: '⟨bt:hex40⟩';
		get
]
''')


@doc("haxe-http-request-hx", "src/net/ScoreClient.hx", "haxe cross-platform http request")
def _(d):
    return d.T('''package net;

import haxe.Http;
import haxe.Json;

class ScoreClient {
    static inline var BASE = "https://games.vannstein.no/api";
    static inline var SERVER_TOKEN = "⟨bt:an32⟩";
    static inline var ADMIN_TOKEN = "⟨bt:an32⟩";

    public static function submit(player:String, score:Int):Void {
        var h = new Http(BASE + "/scores");
        h.setHeader("Authorization", "Bearer " + SERVER_TOKEN);
        h.setHeader("Content-Type", "application/json");
        h.setPostData(Json.stringify({player: player, score: score}));
        h.onData = function(d) trace(d);
        h.request(true);
    }

    public static function resetSeason():Void {
        var h = new Http(BASE + "/admin/season/reset");
        h.setHeader("Authorization", "Bearer " + ADMIN_TOKEN);
        h.request(true);
    }
}
''')


@doc("purescript-affjax-request-purs", "src/Api/Orders.purs", "purescript affjax request module")
def _(d):
    return d.T('''module Api.Orders where

import Prelude
import Affjax.Web as AX
import Affjax.RequestHeader (RequestHeader(..))
import Affjax.ResponseFormat as RF
import Data.HTTP.Method (Method(..))
import Data.Maybe (Maybe(..))

apiToken :: String
apiToken = "⟨bt:b64u48⟩"

fetchOrders = AX.request $ AX.defaultRequest
  { url = "https://shop-api.northwind-outfitters.com/v1/orders?status=open"
  , method = Left GET
  , headers = [ RequestHeader "Authorization" ("Bearer " <> apiToken) ]
  , responseFormat = RF.json
  }
''')


@doc("sysdig-http-chisel-output-txt", "captures/sysdig-httplog-api01.txt", "sysdig echo_fds capture of http traffic")
def _(d):
    out = ["# sysdig -A -c echo_fds fd.port=8080 and proc.name=java", ""]
    for i in range(8):
        kind = i % 3
        tok = "⟨jbt:RS256⟩" if kind == 0 else ("⟨bt:an40⟩" if kind == 1 else "⟨bt:hex64⟩")
        out.append(d.T(f'''------ Read 412B from   10.60.1.{20 + i}:{40000 + i * 17}->10.60.1.5:8080 (java)
GET /api/v1/{d.r.choice(['orders', 'customers', 'invoices'])}?page={i + 1} HTTP/1.1
Host: api01.int:8080
Authorization: Bearer {tok}
User-Agent: {d.r.choice(['okhttp/4.12.0', 'python-requests/2.32.3', 'Go-http-client/1.1'])}
X-Request-ID: ⟨uuid⟩
'''))
    out.append("------ Read 96B from   10.60.1.30:41000->10.60.1.5:8080 (java)\nGET /healthz HTTP/1.1\nHost: api01.int:8080\nAuthorization: Bearer \n")
    return "\n".join(out)


@doc("emacs-restclient-http-buffer", "notes/api-kontroller.http", "emacs restclient-mode request buffer")
def _(d):
    return d.T('''# -*- restclient -*-
# API-kontroller efter releasen 2026-01-19
:host = https://api.kalmarhamn.se
:token = ⟨bt:an48⟩
:admin-token = ⟨bt:an48⟩

# Lista kajplatser
GET :host/v1/berths
Authorization: Bearer :token
Accept: application/json

# Ny bokning
POST :host/v1/bookings
Authorization: Bearer :token
Content-Type: application/json

{"berth": "K7", "vessel": "⟨int:7⟩", "from": "2026-01-22T06:00:00Z"}

# Admin: töm cachen
DELETE :host/admin/cache
Authorization: Bearer :admin-token

# Partner-API (egen token, gick ut 31/12 – ny begärd)
GET https://partner.kalmarhamn.se/v2/arrivals
Authorization: Bearer ⟨bt:hex40⟩
''')


@doc("drill-benchmark-yml", "bench/benchmark.yml", "drill http load test plan")
def _(d):
    return d.T('''---
concurrency: 20
base: 'https://staging.lagerkoll.se'
iterations: 400
rampup: 5

plan:
  - name: Login-less stock lookup
    request:
      url: /api/v1/stock/{{ item }}
      headers:
        Authorization: 'Bearer ⟨bt:an40⟩'
    with_items:
      - 7350053850019
      - 7350053850026

  - name: Create reservation
    request:
      url: /api/v1/reservations
      method: POST
      body: '{"sku":"7350053850019","qty":1}'
      headers:
        Authorization: 'Bearer ⟨bt:an40⟩'
        Content-Type: 'application/json'

  - name: Admin stats
    request:
      url: /admin/stats
      headers:
        Authorization: 'Bearer ⟨jbt:HS256⟩'
''')


@doc("ffmpeg-ytdlp-shell-history", "home/media/.bash_history", "shell history of media tools fetching protected streams")
def _(d):
    return d.T('''ffprobe -hide_banner https://media.kvarnbygget.se/live/kanal1/index.m3u8
ffmpeg -headers "Authorization: Bearer ⟨bt:b64u43⟩"$'\\r\\n' -i https://media.kvarnbygget.se/live/kanal1/index.m3u8 -c copy kanal1-2026-01-19.mkv
yt-dlp --add-header "Authorization:Bearer ⟨bt:an40⟩" -o '%(title)s.%(ext)s' https://play.fjallvind.se/v/⟨an:11⟩
yt-dlp --add-header "Authorization: Bearer $PLAY_TOKEN" https://play.fjallvind.se/v/⟨an:11⟩
aria2c -x8 --header="Authorization: Bearer ⟨bt:hex64⟩" https://arkiv.kvarnbygget.se/export/inspelningar-2025.tar
sha256sum inspelningar-2025.tar
''')


@doc("git-http-extraheader-config", "srv/build/repos/infra/dot-git/config", "git repository config with an http extraHeader")
def _(d):
    return d.T('''[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://git.lindholmen-it.se/plattform/infra.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[http "https://git.lindholmen-it.se/"]
	extraHeader = Authorization: Bearer ⟨bt:an40⟩
[branch "main"]
	remote = origin
	merge = refs/heads/main
[submodule "charts"]
	url = https://git.lindholmen-it.se/plattform/charts.git
[http "https://artefakter.lindholmen-it.se/"]
	extraheader = AUTHORIZATION: bearer ⟨bt:b64u52⟩
''')


@doc("curlie-shell-history", "home/utv/.zsh_history", "zsh history with curlie api calls")
def _(d):
    return d.T(''': 1768890001:0;curlie https://api.cykelpool.se/v1/health
: 1768890040:0;curlie -H "Authorization: Bearer ⟨bt:an56⟩" https://api.cykelpool.se/v1/rides limit==5
: 1768890102:0;curlie POST https://api.cykelpool.se/v1/bikes/⟨int:5⟩/lock Authorization:"Bearer ⟨jbt:ES256⟩" reason=service
: 1768890188:0;curlie -H "Authorization: Bearer ⟨bt:an56⟩" https://stage-api.cykelpool.se/v1/rides
: 1768890240:0;export CP_TOKEN=⟨bt:an56⟩
: 1768890251:0;curlie -H "Authorization: Bearer $CP_TOKEN" https://api.cykelpool.se/v1/me
''')
