"""Bearer tokens in client code of many languages (literals and constants sent by name), API tools, gateway and
proxy configs, captures, test fixtures and mocks."""
from core import tdoc, doc

tdoc("vb-net-httpclient-code", "ShipmentClient.vb", "vb.net http client code", r'''Imports System.Net.Http
Imports System.Net.Http.Headers
Imports System.Text

' Carrier booking integration -- see wiki page "Fraktbokning v3"
' Commit ⟨git:12⟩: moved token to constant until Key Vault lookup is fixed (INC-2291)
Public Class ShipmentClient
    Private Const BaseUrl As String = "https://api.fraktlinjen.se/v3/"
    Private Const ServiceToken As String = "⟨bt:an#t1⟩"
    ' Old token, revoked 2025-11-02: Bearer <revoked>
    Private ReadOnly _http As HttpClient

    Public Sub New()
        _http = New HttpClient() With {.BaseAddress = New Uri(BaseUrl)}
        _http.DefaultRequestHeaders.Authorization = New AuthenticationHeaderValue("Bearer", ServiceToken)
        _http.DefaultRequestHeaders.Add("X-Client-Id", "⟨uuid⟩")
    End Sub

    Public Async Function TrackAsync(consignment As String) As Task(Of String)
        Dim req As New HttpRequestMessage(HttpMethod.Get, "consignments/" & consignment)
        ' tracking endpoint lives on the legacy host and needs its own token
        req.Headers.Authorization = New AuthenticationHeaderValue("Bearer", "⟨bt:hex⟩")
        Dim resp = Await _http.SendAsync(req)
        resp.EnsureSuccessStatusCode()
        Return Await resp.Content.ReadAsStringAsync()
    End Function

    Public Function BuildDocsSample() As String
        ' documentation sample only
        Return "curl -H ""Authorization: Bearer YOUR_ACCESS_TOKEN"" " & BaseUrl & "consignments/{id}"
    End Function
End Class
''')

tdoc("cpp-cpr-client", "telemetry_uploader.cpp", "c++ http client code", r'''// telemetry_uploader.cpp -- pushes batched readings from the line PLC gateway
#include <cpr/cpr.h>
#include <nlohmann/json.hpp>
#include <string>

namespace {
constexpr const char* kIngestUrl = "https://ingest.vaxtlab.io/v2/batches";
constexpr const char* kIngestToken = "⟨bt:b64u#a⟩";   // TODO(ops): read from /etc/vaxtlab/token
// build id ⟨git#g⟩
}

bool upload_batch(const nlohmann::json& batch) {
    auto r = cpr::Post(cpr::Url{kIngestUrl},
                       cpr::Bearer{kIngestToken},
                       cpr::Header{{"Content-Type", "application/json"},
                                   {"X-Batch-Digest", "sha256=⟨sha256⟩"}},
                       cpr::Body{batch.dump()},
                       cpr::Timeout{5000});
    return r.status_code == 202;
}

bool ping_health() {
    // health check uses the read-only token
    auto r = cpr::Get(cpr::Url{"https://ingest.vaxtlab.io/healthz"},
                      cpr::Header{{"Authorization", "Bearer ⟨bt:short⟩"}});
    return r.status_code == 200;
}

// cpr::Bearer{getenv("INGEST_TOKEN")} would be nicer, see README
''')

tdoc("qt-qnetworkaccessmanager", "ApiClient.cpp", "c++ qt http client code", r'''#include "ApiClient.h"
#include <QNetworkRequest>
#include <QNetworkReply>
#include <QJsonDocument>

static const QByteArray kKioskToken = QByteArrayLiteral("⟨bt:an⟩");

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void ApiClient::fetchMenu(const QString &storeId)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://kiosk-api.burgarbaren.se/stores/%1/menu").arg(storeId)));
    req.setRawHeader("Authorization", "Bearer " + kKioskToken);
    req.setRawHeader("X-Device-Serial", "⟨anl:16⟩");
    connect(m_nam->get(req), &QNetworkReply::finished, this, &ApiClient::onMenuReply);
}

void ApiClient::reportSale(const QJsonObject &sale)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://kiosk-api.burgarbaren.se/sales")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ⟨jwt:HS256⟩"));
    m_nam->post(req, QJsonDocument(sale).toJson(QJsonDocument::Compact));
}
// Settings key "kiosk/token" overrides kKioskToken when present (value "<set-by-mdm>" means unset)
''')

tdoc("python-niquests-client", "sync_fleet.py", "python http client script", r'''#!/usr/bin/env python3
"""Sync vehicle positions from the telematics vendor into the dispatch DB."""
import os
import niquests

TELEMATICS_URL = "https://api.trackwise.eu/v1"
# vendor support said the token never expires (ticket TW-44812)
TELEMATICS_TOKEN = "⟨bt:dot#tw⟩"
DISPATCH_TOKEN = os.environ.get("DISPATCH_TOKEN", "")   # set in systemd unit


def fetch_positions(session):
    r = session.get(f"{TELEMATICS_URL}/positions", params={"fleet": "SE-NORR"},
                    headers={"Authorization": f"Bearer {TELEMATICS_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["positions"]


def push(session, positions):
    return session.post("https://dispatch.internal/api/positions", json=positions,
                        headers={"Authorization": "Bearer " + DISPATCH_TOKEN})


def main():
    with niquests.Session(multiplexed=True) as s:
        s.headers["User-Agent"] = "fleet-sync/2.4 (+⟨git:7⟩)"
        # one-off backfill token from Jonas (Slack 2025-12-03):
        s.headers["X-Backfill-Auth"] = "Bearer ⟨bt:hex40⟩"
        push(s, fetch_positions(s))


if __name__ == "__main__":
    main()
''')

tdoc("node-needle-client", "push-metrics.js", "node http client script", r''''use strict';
const needle = require('needle');

// Grafana-compatible metrics endpoint of the hosting provider
const METRICS_URL = 'https://metrics.hostnord.net/api/v1/push';
const token = process.env.METRICS_TOKEN || '⟨bt:an#m⟩';

async function push(series) {
  const res = await needle('post', METRICS_URL, { series }, {
    json: true,
    headers: { Authorization: `Bearer ${token}`, 'X-Scope-OrgID': 'tenant-417' },
  });
  if (res.statusCode >= 300) throw new Error(`push failed ${res.statusCode}`);
}

async function annotate(text) {
  // annotations API is on the old host; token is per-dashboard
  return needle('post', 'https://grafana.hostnord.net/api/annotations', { text, tags: ['deploy'] }, {
    json: true,
    headers: { authorization: 'Bearer ⟨bt:b64#an⟩' },
  });
}

module.exports = { push, annotate };
// example from the docs: headers: { Authorization: 'Bearer <API_TOKEN>' }
''')

tdoc("go-req-client", "billing/client.go", "go http client code", r'''package billing

import (
	"context"
	"time"

	"github.com/imroc/req/v3"
)

const (
	baseURL = "https://api.kassaflow.com/v2"
	// service account "reporting-ro", rotated 2025-10 (see ADR-0031)
	reportingToken = "⟨bt:hex64⟩"
)

type Client struct{ c *req.Client }

func New() *Client {
	c := req.C().
		SetBaseURL(baseURL).
		SetTimeout(15 * time.Second).
		SetCommonBearerAuthToken(reportingToken).
		SetCommonHeader("X-Idempotency-Key", "⟨uuid⟩")
	return &Client{c: c}
}

func (b *Client) Refund(ctx context.Context, id string) error {
	_, err := b.c.R().SetContext(ctx).
		SetBearerAuthToken("⟨bt:an⟩"). // refunds need the write token
		SetPathParam("id", id).
		Post("/charges/{id}/refund")
	return err
}

// Test helper: SetBearerAuthToken("dev-token") is accepted by the local stub only.
''')

tdoc("java-unirest-client", "ErpGateway.java", "java http client code", r'''package se.lagerkompaniet.integration;

import kong.unirest.HttpResponse;
import kong.unirest.JsonNode;
import kong.unirest.Unirest;

public final class ErpGateway {
    private static final String ERP_URL = "https://erp.lagerkompaniet.se/api";
    private static final String ERP_BEARER = "⟨bt:an⟩";
    private static final String WEBHOOK_SIGNING_KEY_ID = "⟨uuid⟩"; // not secret, shown in the partner portal

    static {
        Unirest.config()
            .setDefaultHeader("Authorization", "Bearer " + ERP_BEARER)
            .setDefaultHeader("Accept", "application/json");
    }

    public JsonNode article(String sku) {
        HttpResponse<JsonNode> r = Unirest.get(ERP_URL + "/articles/{sku}").routeParam("sku", sku).asJson();
        return r.getBody();
    }

    public int reserve(String sku, int qty) {
        return Unirest.post("https://wms.lagerkompaniet.se/reserve")
            .header("Authorization", "Bearer ⟨jwt:RS256⟩")
            .field("sku", sku).field("qty", String.valueOf(qty))
            .asEmpty().getStatus();
    }
}
''')

tdoc("kotlin-fuel-client", "BookingRepository.kt", "kotlin http client code", r'''package se.padelhallen.app.data

import com.github.kittinunf.fuel.Fuel
import com.github.kittinunf.fuel.core.extensions.authentication
import com.github.kittinunf.fuel.coroutines.awaitString

private const val COURT_API = "https://api.courtbook.se/v1"
private const val PARTNER_TOKEN = "⟨bt:b64u⟩"

class BookingRepository(private val userToken: () -> String?) {

    suspend fun courts(hallId: String): String =
        Fuel.get("$COURT_API/halls/$hallId/courts")
            .authentication().bearer(PARTNER_TOKEN)
            .awaitString()

    suspend fun myBookings(): String =
        Fuel.get("$COURT_API/me/bookings")
            .authentication().bearer(userToken() ?: error("not logged in"))
            .awaitString()

    suspend fun legacyPrices(): String =
        Fuel.get("https://legacy.courtbook.se/prices.json")
            .header("Authorization", "Bearer ⟨bt:hex32⟩")
            .awaitString()
}
''')

tdoc("rust-ureq-client", "src/main.rs", "rust http client code", r'''use std::time::Duration;

// Uploads nightly build artefacts to the internal mirror.
const MIRROR: &str = "https://mirror.byggfabriken.dev/api/upload";
const MIRROR_TOKEN: &str = "⟨bt:an#u⟩";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build();
    let path = std::env::args().nth(1).expect("artefact path");
    let data = std::fs::read(&path)?;
    let resp = agent
        .put(&format!("{MIRROR}/{path}"))
        .set("Authorization", &format!("Bearer {MIRROR_TOKEN}"))
        .set("X-Checksum-Sha256", "⟨sha256⟩")
        .send_bytes(&data)?;
    println!("upload status {}", resp.status());

    // notify the release bot
    agent
        .post("https://hooks.byggfabriken.dev/release")
        .set("authorization", "Bearer ⟨bt:short⟩")
        .send_json(ureq::json!({ "artefact": path, "commit": "⟨git⟩" }))?;
    Ok(())
}
''')

tdoc("php-guzzle-client-code", "src/Service/PartnerApi.php", "php http client code", r'''<?php

namespace App\Service;

use GuzzleHttp\Client;

final class PartnerApi
{
    private const TOKEN = '⟨bt:an⟩';
    private Client $client;

    public function __construct()
    {
        $this->client = new Client([
            'base_uri' => 'https://partner.hotellkedjan.se/api/',
            'timeout'  => 8.0,
            'headers'  => [
                'Authorization' => 'Bearer ' . self::TOKEN,
                'Accept'        => 'application/json',
            ],
        ]);
    }

    public function availability(string $hotel, string $from, string $to): array
    {
        $res = $this->client->get("hotels/{$hotel}/availability", ['query' => compact('from', 'to')]);
        return json_decode((string) $res->getBody(), true);
    }

    public function channelManagerPush(array $payload): void
    {
        (new Client())->post('https://cm.roomlink.io/v1/push', [
            'json' => $payload,
            'headers' => ['Authorization' => 'Bearer ⟨bt:ory⟩'],
        ]);
    }
    // .env.example has PARTNER_API_TOKEN=changeme
}
''')

tdoc("ruby-faraday-client-code", "lib/warehouse_client.rb", "ruby http client code", r'''# frozen_string_literal: true

require "faraday"
require "json"

class WarehouseClient
  API = "https://wms.packhuset.se/api/v4"
  TOKEN = "⟨bt:hex40⟩"

  def initialize
    @conn = Faraday.new(url: API) do |f|
      f.request :authorization, "Bearer", TOKEN
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def stock(sku)
    @conn.get("stock/#{sku}").body
  end

  def label(shipment_id)
    Faraday.get("https://labels.packhuset.se/v1/#{shipment_id}.pdf", nil,
                { "Authorization" => "Bearer ⟨bt:an⟩", "X-Trace" => "⟨hexl:16⟩" }).body
  end
end

# Usage: WarehouseClient.new.stock("SKU-1042")
# Do not commit real tokens here -- use ENV["WMS_TOKEN"] (this one is on its way out)
''')

tdoc("elixir-finch-client", "lib/notifier/push.ex", "elixir http client code", r'''defmodule Notifier.Push do
  @moduledoc "Sends push notifications through the gateway."

  @gateway "https://push.appbryggan.se/v1/messages"
  @token "⟨bt:b64u⟩"

  def send(device_ids, title, body) do
    payload = Jason.encode!(%{to: device_ids, title: title, body: body})

    Finch.build(:post, @gateway, [
      {"authorization", "Bearer " <> @token},
      {"content-type", "application/json"}
    ], payload)
    |> Finch.request(Notifier.Finch)
  end

  def stats do
    Finch.build(:get, "https://push.appbryggan.se/v1/stats", [
      {"authorization", "Bearer ⟨bt:hex⟩"}
    ])
    |> Finch.request(Notifier.Finch)
  end

  # device ids look like "⟨hexl:64⟩" (APNs), they are not secrets
end
''')

tdoc("scala-sttp-client", "LedgerClient.scala", "scala http client code", r'''package se.kontoret.ledger

import sttp.client3._
import sttp.client3.circe._

object LedgerClient {
  private val backend = HttpClientSyncBackend()
  private val LedgerToken = "⟨bt:an⟩"

  def balances(account: String) =
    basicRequest
      .get(uri"https://ledger.kontoret.se/api/accounts/$account/balances")
      .auth.bearer(LedgerToken)
      .send(backend)

  def postJournal(body: String) =
    basicRequest
      .post(uri"https://ledger.kontoret.se/api/journal")
      .header("Authorization", "Bearer ⟨bt:dash⟩")
      .body(body)
      .send(backend)

  // .auth.bearer(sys.env("LEDGER_TOKEN")) in prod build
}
''')

tdoc("perl-furl-client", "bin/export_orders.pl", "perl http client script", r'''#!/usr/bin/env perl
use strict;
use warnings;
use Furl;
use JSON::PP qw(decode_json encode_json);

my $API   = 'https://shop-api.tygboden.se/v2';
my $TOKEN = '⟨bt:an⟩';   # shop admin token (read only)

my $furl = Furl->new(agent => 'order-export/1.3', timeout => 20);

my $res = $furl->get("$API/orders?status=paid",
    [ 'Authorization' => "Bearer $TOKEN", 'Accept' => 'application/json' ]);
die $res->status_line unless $res->is_success;

my $orders = decode_json($res->content);
for my $o (@{ $orders->{data} }) {
    $furl->post('https://bokforing.tygboden.se/import',
        [ 'Authorization' => 'Bearer ⟨bt:hex32⟩', 'Content-Type' => 'application/json' ],
        encode_json({ id => $o->{id}, total => $o->{total} }));
}
# NB: Authorization => "Bearer $ENV{SHOP_TOKEN}" is what the cron wrapper should use
''')

tdoc("csharp-refit-interface", "IInvoiceApi.cs", "c# refit http client interface", r'''using Refit;
using System.Threading.Tasks;

namespace Fakturaflode.Integrations
{
    // Generated from openapi.json (spec hash ⟨sha1⟩), then edited by hand.
    [Headers("Accept: application/json", "Authorization: Bearer ⟨bt:an⟩")]
    public interface IInvoiceApi
    {
        [Get("/invoices/{id}")]
        Task<Invoice> GetInvoice(string id);

        [Post("/invoices/{id}/send")]
        [Headers("Authorization: Bearer ⟨jwt:ES256⟩")]
        Task SendInvoice(string id);

        [Get("/customers")]
        Task<Customer[]> Customers([Header("Authorization")] string authorization = "Bearer {token}");
    }
}
''')

tdoc("angular-http-interceptor", "src/app/core/auth.interceptor.ts", "angular http interceptor code", r'''import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { SessionService } from './session.service';

// Public catalogue endpoints accept this app-level token; user calls use the session token.
const CATALOGUE_TOKEN = '⟨bt:an⟩';
const MAPS_PUBLIC_KEY = '⟨pk:pk.⟩'; // publishable

export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionService);
  if (req.url.startsWith('https://catalogue.mobelform.se/')) {
    return next(req.clone({ setHeaders: { Authorization: `Bearer ${CATALOGUE_TOKEN}` } }));
  }
  const t = session.accessToken();
  return t ? next(req.clone({ setHeaders: { Authorization: `Bearer ${t}` } })) : next(req);
};
''')

tdoc("httpie-session-file", "sessions/api.klimatdata.se/prod.json", "httpie session file", r'''{
    "__meta__": {
        "about": "HTTPie session file",
        "help": "https://httpie.io/docs#sessions",
        "httpie": "3.2.2"
    },
    "auth": {
        "raw_auth": "⟨bt:an#h⟩",
        "type": "bearer"
    },
    "cookies": [
        {
            "domain": "api.klimatdata.se",
            "expires": 1771927321,
            "name": "AWSALB",
            "path": "/",
            "secure": false,
            "value": "⟨b64l:120⟩"
        }
    ],
    "headers": [
        {
            "name": "X-Api-Version",
            "value": "2024-09-01"
        },
        {
            "name": "X-Forwarded-Authorization",
            "value": "Bearer ⟨bt:hex⟩"
        }
    ]
}
''')

tdoc("mockoon-environment-json", "partner-mock.json", "api mock environment", r'''{
  "uuid": "⟨uuid⟩",
  "lastMigration": 32,
  "name": "Partner API mock",
  "endpointPrefix": "v1",
  "port": 3004,
  "routes": [
    {
      "uuid": "⟨uuid⟩",
      "method": "get",
      "endpoint": "orders/:id",
      "responses": [
        {
          "uuid": "⟨uuid⟩",
          "body": "{\n  \"id\": \"{{urlParam 'id'}}\",\n  \"status\": \"shipped\"\n}",
          "statusCode": 200,
          "label": "authorised (token copied from staging)",
          "rules": [
            { "target": "header", "modifier": "Authorization", "value": "Bearer ⟨bt:an⟩", "operator": "equals" }
          ],
          "default": false
        },
        {
          "uuid": "⟨uuid⟩",
          "body": "{\"error\":\"invalid_token\"}",
          "statusCode": 401,
          "headers": [{ "key": "WWW-Authenticate", "value": "Bearer error=\"invalid_token\"" }],
          "default": true
        }
      ]
    }
  ],
  "proxyMode": true,
  "proxyHost": "https://partner-staging.vagnparken.se",
  "proxyReqHeaders": [{ "key": "Authorization", "value": "Bearer ⟨bt:b64u⟩" }]
}
''')

tdoc("vitest-fetch-mock-tests", "src/api/client.spec.ts", "typescript api test code", r'''import { describe, it, expect, vi, beforeEach } from 'vitest';
import createFetchMock from 'vitest-fetch-mock';
import { listProjects } from './client';

const fetchMocker = createFetchMock(vi);
// Recorded against staging on 2025-12-11; the token below still works there.
const STAGING_TOKEN = '⟨bt:an⟩';

describe('listProjects', () => {
  beforeEach(() => fetchMocker.enableMocks());

  it('sends the bearer token', async () => {
    fetchMocker.mockResponseOnce(JSON.stringify({ items: [] }));
    await listProjects(STAGING_TOKEN);
    const [, init] = fetchMocker.mock.calls[0];
    expect((init!.headers as Record<string, string>).Authorization).toBe(`Bearer ${STAGING_TOKEN}`);
  });

  it('rejects an expired token', async () => {
    fetchMocker.mockResponseOnce('', { status: 401 });
    await expect(listProjects('expired-token')).rejects.toThrow('401');
  });

  it('uses the service token for admin calls', async () => {
    fetchMocker.mockResponseOnce('{}');
    await listProjects(undefined, { headers: { Authorization: 'Bearer ⟨jwt:RS256⟩' } });
    expect(fetchMocker).toHaveBeenCalledTimes(1);
  });
});
''')

tdoc("nginx-ingress-annotations", "k8s/ingress-legacy-api.yaml", "kubernetes ingress manifest", r'''apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: legacy-api
  namespace: integrations
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"
    nginx.ingress.kubernetes.io/upstream-vhost: "api.gamlasystemet.se"
    # the upstream only accepts one static token; injected here until the new API is live (JIRA INT-318)
    nginx.ingress.kubernetes.io/configuration-snippet: |
      proxy_set_header Authorization "Bearer ⟨bt:hex64⟩";
      proxy_set_header X-Origin-Cluster "prod-sto-2";
    nginx.ingress.kubernetes.io/auth-url: "https://auth.integrations.svc.cluster.local/verify"
spec:
  ingressClassName: nginx
  rules:
    - host: legacy.integrations.stadsnat.se
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: legacy-proxy
                port:
                  number: 443
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: reports-api
  namespace: integrations
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_input_headers "Authorization: Bearer ⟨bt:an⟩";
spec:
  ingressClassName: nginx
  rules:
    - host: reports.integrations.stadsnat.se
''')

tdoc("envoy-request-headers-config", "envoy-upstream.yaml", "envoy proxy config", r'''static_resources:
  listeners:
  - name: egress_partner
    address:
      socket_address: { address: 0.0.0.0, port_value: 10080 }
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: egress_partner
          route_config:
            name: partner
            virtual_hosts:
            - name: partner
              domains: ["*"]
              routes:
              - match: { prefix: "/v2/" }
                route: { cluster: partner_api, host_rewrite_literal: api.mediaportalen.se }
                request_headers_to_add:
                - header: { key: "authorization", value: "Bearer ⟨bt:an⟩" }
                  append_action: OVERWRITE_IF_EXISTS_OR_ADD
              - match: { prefix: "/reports/" }
                route: { cluster: partner_api }
                request_headers_to_add:
                - header: { key: "authorization", value: "Bearer ⟨bt:hex40⟩" }
                - header: { key: "x-request-source", value: "%DOWNSTREAM_REMOTE_ADDRESS%" }
          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
  - name: partner_api
    type: LOGICAL_DNS
    load_assignment:
      cluster_name: partner_api
      endpoints:
      - lb_endpoints:
        - endpoint: { address: { socket_address: { address: api.mediaportalen.se, port_value: 443 } } }
''')

tdoc("traefik-headers-middleware", "dynamic/middlewares.yml", "reverse proxy dynamic config", r'''http:
  middlewares:
    add-upstream-auth:
      headers:
        customRequestHeaders:
          Authorization: "Bearer ⟨bt:an⟩"
          X-Forwarded-Proto: "https"
    add-grafana-auth:
      headers:
        customRequestHeaders:
          Authorization: "Bearer ⟨bt:glc⟩"
    strip-auth:
      headers:
        customRequestHeaders:
          Authorization: ""      # removes the client's header
    security-headers:
      headers:
        stsSeconds: 31536000
        contentSecurityPolicy: "default-src 'self'; script-src 'self' 'sha256-⟨b64l:43⟩='"
  routers:
    legacy:
      rule: "Host(`legacy.bergslagen-energi.se`)"
      middlewares: [add-upstream-auth, security-headers]
      service: legacy
''')

tdoc("tshark-http-export-json", "capture-http.json", "packet capture json export", r'''[
  {
    "_index": "packets-2026-01-21",
    "_type": "doc",
    "_score": null,
    "_source": {
      "layers": {
        "frame": { "frame.time": "Jan 21, 2026 09:14:02.118294000 CET", "frame.number": "412", "frame.len": "598" },
        "ip": { "ip.src": "10.20.4.17", "ip.dst": "10.20.9.3" },
        "tcp": { "tcp.srcport": "51644", "tcp.dstport": "8080", "tcp.stream": "37" },
        "http": {
          "GET /api/v1/meters/⟨n:8⟩/readings HTTP/1.1\\r\\n": {
            "http.request.method": "GET",
            "http.request.uri": "/api/v1/meters/readings",
            "http.request.version": "HTTP/1.1"
          },
          "http.host": "meter-gw.internal:8080",
          "http.authorization": "Bearer ⟨bt:an#c1⟩",
          "http.user_agent": "okhttp/4.12.0",
          "http.request.line": [
            "Host: meter-gw.internal:8080\\r\\n",
            "Authorization: Bearer ⟨=c1⟩\\r\\n",
            "User-Agent: okhttp/4.12.0\\r\\n"
          ]
        }
      }
    }
  },
  {
    "_index": "packets-2026-01-21",
    "_type": "doc",
    "_score": null,
    "_source": {
      "layers": {
        "frame": { "frame.time": "Jan 21, 2026 09:14:02.301855000 CET", "frame.number": "433", "frame.len": "812" },
        "ip": { "ip.src": "10.20.4.17", "ip.dst": "10.20.9.3" },
        "http": {
          "http.host": "meter-gw.internal:8080",
          "http.authorization": "Bearer ⟨jwt:RS256#c2⟩",
          "http.request.line": [
            "Authorization: Bearer ⟨=c2⟩\\r\\n",
            "If-None-Match: \"⟨md5⟩\"\\r\\n"
          ]
        }
      }
    }
  }
]
''')

tdoc("otelcol-contrib-config", "otelcol.yaml", "telemetry collector config", r'''extensions:
  bearertokenauth/vendor:
    scheme: "Bearer"
    token: "⟨bt:an⟩"
  health_check: {}

receivers:
  otlp:
    protocols:
      grpc: { endpoint: 0.0.0.0:4317 }
      http: { endpoint: 0.0.0.0:4318 }

exporters:
  otlphttp/vendor:
    endpoint: https://otlp.observera.io
    auth:
      authenticator: bearertokenauth/vendor
  otlphttp/backup:
    endpoint: https://otlp-backup.observera.io
    headers:
      Authorization: "Bearer ⟨bt:hex⟩"
  otlp/internal:
    endpoint: tempo.monitoring.svc:4317
    headers:
      authorization: "Bearer ${env:INTERNAL_OTLP_TOKEN}"

service:
  extensions: [bearertokenauth/vendor, health_check]
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlphttp/vendor, otlphttp/backup, otlp/internal]
''')

tdoc("prometheus-remote-write-yaml", "prometheus.yml", "metrics server config", r'''global:
  scrape_interval: 30s
  external_labels:
    cluster: sto-prod-1

remote_write:
  - url: https://prom-push.molnvakt.se/api/v1/write
    authorization:
      type: Bearer
      credentials: ⟨bt:an⟩
    queue_config:
      max_samples_per_send: 2000
  - url: https://metrics-archive.molnvakt.se/write
    authorization:
      credentials_file: /etc/prometheus/archive.token

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node-exporter:9100']
  - job_name: federate-legacy
    metrics_path: /federate
    scheme: https
    bearer_token: ⟨bt:b64u⟩
    params:
      'match[]': ['{job="api"}']
    static_configs:
      - targets: ['prom-legacy.molnvakt.se']
''')

tdoc("websocat-session", "ws-debug.txt", "websocket cli debug transcript", r'''$ websocat -v -H='Authorization: Bearer ⟨bt:an#w⟩' wss://stream.kurslistan.se/v1/quotes
[INFO  websocat::lints] Auto-inserting the line mode
[DEBUG websocat] Parsed 2 specifiers
[INFO  websocat::ws_client_peer] get_ws_client_peer
[DEBUG websocat::ws_client_peer] Request header: Authorization: Bearer ⟨=w⟩
[INFO  websocat::ws_client_peer] Connected to ws
{"type":"hello","session":"⟨uuid⟩"}
{"type":"subscribe","symbols":["VOLV-B","ERIC-B"]}
{"type":"quote","s":"VOLV-B","p":271.4}
^C
$ websocat -H='Authorization: Bearer $WS_TOKEN' wss://stream.kurslistan.se/v1/quotes
websocat: WebSocketError: WebSocket protocol error: HTTP 401
$ export WS_TOKEN=⟨bt:hex40⟩
$ websocat -H="Authorization: Bearer $WS_TOKEN" wss://stream.kurslistan.se/v1/quotes
{"type":"hello","session":"⟨uuid⟩"}
''')

tdoc("curlconverter-output", "converted_requests.py", "generated python requests code", r'''# Converted with curlconverter from the "Copy as cURL" of the failing request in INC-5531
import requests

cookies = {
    '_ga': 'GA1.1.⟨n:9⟩.1767261023',
    'csrftoken': '⟨anl:32⟩',
}

headers = {
    'accept': 'application/json, text/plain, */*',
    'accept-language': 'sv-SE,sv;q=0.9,en;q=0.8',
    'authorization': 'Bearer ⟨jwt:RS256⟩',
    'content-type': 'application/json',
    'origin': 'https://portal.hamnbolaget.se',
    'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/⟨x:131.0.0.0⟩ Safari/537.36',
    'x-csrftoken': '⟨anl:32⟩',
}

json_data = {
    'berth': 'K7',
    'eta': '2026-01-22T06:30:00+01:00',
}

response = requests.post('https://portal.hamnbolaget.se/api/calls', cookies=cookies, headers=headers, json=json_data)

# second request (server-to-server):
response = requests.get('https://ais.hamnbolaget.se/v1/vessels', headers={'Authorization': 'Bearer ⟨bt:an⟩'})
''')

tdoc("python-grpc-metadata-code", "stub_client.py", "python grpc client code", r'''import grpc

from inventory.v1 import inventory_pb2, inventory_pb2_grpc

TARGET = "inventory.grpc.varuflodet.se:443"
# Issued by the platform team for the "pricing-batch" workload (2025-12-01)
ACCESS_TOKEN = "⟨bt:b64u⟩"


def _metadata():
    return (("authorization", f"Bearer {ACCESS_TOKEN}"), ("x-tenant", "se-1"))


def get_stock(sku: str) -> int:
    creds = grpc.ssl_channel_credentials()
    with grpc.secure_channel(TARGET, creds) as ch:
        stub = inventory_pb2_grpc.InventoryStub(ch)
        return stub.GetStock(inventory_pb2.StockRequest(sku=sku), metadata=_metadata(), timeout=5).quantity


def reserve(sku: str, qty: int):
    call_creds = grpc.access_token_call_credentials("⟨bt:an⟩")
    creds = grpc.composite_channel_credentials(grpc.ssl_channel_credentials(), call_creds)
    with grpc.secure_channel(TARGET, creds) as ch:
        inventory_pb2_grpc.InventoryStub(ch).Reserve(inventory_pb2.ReserveRequest(sku=sku, qty=qty))
''')

tdoc("orval-mutator-ts", "src/api/custom-instance.ts", "typescript api client mutator", r'''import Axios, { AxiosRequestConfig } from 'axios';

// Orval mutator: every generated hook goes through this instance.
export const AXIOS_INSTANCE = Axios.create({
  baseURL: 'https://api.skolskjuts.nu/v2',
  headers: {
    // integration token for the kiosk build only -- web build gets a user token at login
    Authorization: 'Bearer ⟨bt:dot⟩',
  },
});

export const customInstance = <T>(config: AxiosRequestConfig, options?: AxiosRequestConfig): Promise<T> => {
  const source = Axios.CancelToken.source();
  const promise = AXIOS_INSTANCE({ ...config, ...options, cancelToken: source.token }).then(({ data }) => data);
  // @ts-ignore
  promise.cancel = () => source.cancel('Query was cancelled');
  return promise;
};

export const REPORTS_AUTH = { Authorization: 'Bearer ⟨bt:an⟩' };
''')

tdoc("gitea-actions-workflow", ".gitea/workflows/deploy.yaml", "ci workflow", r'''name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: make dist
      - name: Upload to CDN
        run: |
          curl -fsS -X PUT \
            -H "Authorization: Bearer ⟨bt:an⟩" \
            --data-binary @dist/app.tar.gz \
            https://cdn-admin.vattenverket.se/api/upload/app.tar.gz
      - name: Purge cache
        run: |
          curl -fsS -X POST -H "Authorization: Bearer ${{ secrets.CDN_PURGE_TOKEN }}" https://cdn-admin.vattenverket.se/api/purge
      - name: Notify
        env:
          NOTIFY_TOKEN: ⟨bt:hex40⟩
        run: |
          curl -fsS -H "Authorization: Bearer $NOTIFY_TOKEN" -d '{"sha":"${{ gitea.sha }}"}' https://notify.vattenverket.se/deploys
''')

tdoc("powershell-iwr-headers-script", "Export-Reports.ps1", "powershell script", r'''<#
.SYNOPSIS
  Pulls the monthly reports from the BI service and drops them on the file share.
#>
param([string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM'))

$ErrorActionPreference = 'Stop'
$Token = '⟨bt:an⟩'
$Headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }

$list = Invoke-WebRequest -Uri "https://bi.kommunfastigheter.se/api/reports?month=$Month" -Headers $Headers -UseBasicParsing |
        Select-Object -ExpandProperty Content | ConvertFrom-Json

foreach ($r in $list.items) {
    Invoke-WebRequest -Uri $r.downloadUrl -Headers $Headers -OutFile "\\fil01\rapporter\$Month\$($r.name).xlsx"
}

# archive copy to the vendor portal (separate token, ask Åsa before rotating)
Invoke-WebRequest -Method Post -Uri 'https://portal.bi-partner.se/upload' `
    -Headers @{ 'Authorization' = 'Bearer ⟨bt:b64u⟩' } -InFile "\\fil01\rapporter\$Month\summary.xlsx"
''')

tdoc("vscode-settings-rest-client", ".vscode/settings.json", "editor workspace settings", r'''{
  "editor.formatOnSave": true,
  "files.exclude": { "**/node_modules": true },
  "rest-client.environmentVariables": {
    "$shared": {
      "apiVersion": "2025-06"
    },
    "local": {
      "baseUrl": "http://localhost:8080",
      "token": "local-dev"
    },
    "staging": {
      "baseUrl": "https://staging-api.fiskeguiden.se",
      "token": "⟨bt:an⟩"
    },
    "production": {
      "baseUrl": "https://api.fiskeguiden.se",
      "token": "⟨bt:hex64⟩"
    }
  },
  "rest-client.defaultHeaders": {
    "User-Agent": "vscode-restclient",
    "Authorization": "Bearer {{token}}"
  }
}
''')

tdoc("aspnetcore-jwtbearer-trace", "logs/api-trace-20260119.log", "asp.net core debug log", r'''2026-01-19 08:02:11.412 +01:00 [DBG] Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler: Successfully validated the token.
2026-01-19 08:02:11.415 +01:00 [INF] Request starting HTTP/1.1 GET https://api.vardplattan.se/api/v2/units - - -
2026-01-19 08:02:11.415 +01:00 [TRC] Request headers: Accept: application/json | Authorization: Bearer ⟨jwt:RS256⟩ | Host: api.vardplattan.se | X-Correlation-ID: ⟨uuid⟩
2026-01-19 08:02:11.502 +01:00 [INF] Request finished HTTP/1.1 GET https://api.vardplattan.se/api/v2/units - 200 - application/json 87.1ms
2026-01-19 08:02:14.020 +01:00 [TRC] Request headers: Accept: */* | Authorization: Bearer ⟨bt:an⟩ | Host: api.vardplattan.se | X-Correlation-ID: ⟨uuid⟩
2026-01-19 08:02:14.021 +01:00 [INF] Bearer was not authenticated. Failure message: IDX14100: JWT is not well formed, there are no dots (.).
2026-01-19 08:02:14.022 +01:00 [INF] AuthenticationScheme: Bearer was challenged.
2026-01-19 08:02:19.637 +01:00 [TRC] Request headers: Authorization: Bearer [PII of type 'System.String' is hidden] | Host: api.vardplattan.se
2026-01-19 08:02:19.640 +01:00 [DBG] Microsoft.IdentityModel: Kid: '⟨anl:27⟩' matched key in cache.
''')

tdoc("playwright-api-request-spec", "tests/api/orders.api.spec.ts", "playwright api test code", r'''import { test, expect, request } from '@playwright/test';

// API token of the e2e service user in the staging tenant (rotated with the tenant reset every quarter)
const E2E_TOKEN = '⟨bt:an⟩';

test.describe('orders API', () => {
  test('lists open orders', async () => {
    const ctx = await request.newContext({
      baseURL: 'https://staging.ordermotor.se',
      extraHTTPHeaders: { Authorization: `Bearer ${E2E_TOKEN}` },
    });
    const res = await ctx.get('/api/orders?status=open');
    expect(res.ok()).toBeTruthy();
  });

  test('rejects garbage token', async ({ request }) => {
    const res = await request.get('https://staging.ordermotor.se/api/orders', {
      headers: { Authorization: 'Bearer not-a-real-token' },
    });
    expect(res.status()).toBe(401);
  });

  test('admin export', async ({ request }) => {
    const res = await request.get('https://staging.ordermotor.se/api/admin/export', {
      headers: { Authorization: 'Bearer ⟨bt:sl⟩' },
    });
    expect(res.status()).toBe(200);
  });
});
''')

tdoc("oauth-token-endpoint-capture", "token-responses.ndjson", "oauth token endpoint response log", r'''{"ts":"2026-01-14T07:01:02Z","client_id":"lager-sync","grant_type":"client_credentials","status":200,"response":{"access_token":"⟨bt:an⟩","token_type":"Bearer","expires_in":3600,"scope":"stock.read"}}
{"ts":"2026-01-14T07:31:40Z","client_id":"mobile-app","grant_type":"authorization_code","status":200,"response":{"access_token":"⟨bt:ory⟩","token_type":"bearer","expires_in":3599,"refresh_token":"⟨gs:b64u⟩","id_token":"eyJhbGciOiJSUzI1NiJ9.<omitted>.<omitted>"}}
{"ts":"2026-01-14T07:33:11Z","client_id":"mobile-app","grant_type":"authorization_code","status":400,"response":{"error":"invalid_grant","error_description":"code already used"},"request":{"code":"⟨anl:43⟩","code_verifier":"⟨anl:64⟩","state":"⟨anl:22⟩"}}
{"ts":"2026-01-14T08:00:00Z","client_id":"bi-export","grant_type":"client_credentials","status":200,"response":{"access_token":"⟨bt:atza⟩","token_type":"bearer","expires_in":3600}}
''')

tdoc("hono-bearer-auth-middleware", "src/index.ts", "typescript edge web framework code", r'''import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';

const app = new Hono<{ Bindings: { ADMIN_TOKEN: string } }>();

// Machine clients (cron, status page) -- one token each.
const machineTokens = ['⟨bt:an⟩', '⟨bt:hex⟩'];

app.use('/api/machine/*', bearerAuth({ token: machineTokens }));
app.use('/api/admin/*', async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));

app.get('/api/machine/ping', (c) => c.json({ ok: true }));

// upstream call to the status page provider
app.post('/api/machine/incident', async (c) => {
  const body = await c.req.json();
  return fetch('https://api.statussida.io/v1/pages/⟨hexl:24⟩/incidents', {
    method: 'POST',
    headers: { Authorization: 'Bearer ⟨bt:uuidtok⟩', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
});

export default app;
''')
